"""Build dev-set-4: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs (the headline is the first paragraph). A paragraph is
either a list of sentences, joined with spaces, or a tuple (marker, sentences): marker
"*" renders each sentence as its own bullet line ("- sentence"), and a speaker label such
as "Q:" or "A:" is printed before the joined sentences. Markers and labels are layout, not
part of any sentence. Gold quotes and trap sentences are picked by a unique substring, so
every quote is verbatim. Run from the dev-set-4 folder or anywhere:

    python3 tools/build.py && python3 ../check_curated_set.py .
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {
# ---------------------------------------------------------------------------
"g01-afp-kyiv-commander": [
    ["Ukraine says Russian, North Korean assaults near Sudzha cost 'more than 600' men in four days"],
    ["KYIV, March 4, 2025 (AFP) - A Ukrainian brigade commander said Tuesday that Russian and North Korean units had lost more than 600 men killed or wounded in four days of assaults on positions south of Sudzha, a claim Moscow's defence ministry rejected as 'pure invention'."],
    ["Colonel Taras Lytvak, 41, who commands a mechanised brigade in the Kursk region, told AFP by telephone that the attackers had moved in groups of 30 to 40 infantry, often without armoured cover.",
     "'On Saturday alone we counted 137 of their dead in the tree lines,' Lytvak said.",
     "North Koreans made up about a third of the attacking infantry, he estimated.",
     "He acknowledged that his own brigade had also taken losses over the four days, but declined to give a figure."],
    ["In Moscow, the defence ministry said in its daily bulletin that Ukraine had lost up to 285 servicemen in the Kursk region over the past 24 hours, and made no mention of North Korean troops.",
     "Ministry spokesman Major General Ilya Voronov dismissed the Ukrainian figure as 'pure invention for Western newspapers' and said Russian losses in the area had been 'insignificant'."],
    ["Ukraine's General Staff said separately that Russia had lost 1,310 soldiers killed and wounded along the entire front line over the previous day.",
     "Seoul's spy agency estimated in January that of roughly 11,000 soldiers Pyongyang sent to Russia last autumn, about 3,000 had been killed or wounded."],
    ["AFP was unable to independently verify the claims of either side.",
     "Kyiv's troops crossed into the Kursk region on August 6, 2024, and at the height of the incursion said they controlled some 1,300 square kilometres.",
     "Russia's full-scale invasion of Ukraine entered its fourth year on February 24.",
     "Ukrainian officials say Russian drones and glide bombs have struck the nearby city of Sumy more than 90 times since January."],
],
# ---------------------------------------------------------------------------
"g02-guardian-long-read": [
    ["The soldiers nobody counts: Pyongyang's silent war in Kursk"],
    ["North Korea has never admitted that its men are fighting, let alone dying."],
    ["In Pogrebki, which changed hands at least three times over the winter, those who stayed (fewer than 40, according to the head of the rural council, out of a pre-war population of about 600) talk about the Korean soldiers the way farmers talk about hail.",
     "The village lies 9 km from the border."],
    ["Western governments, long reliant on Seoul for numbers, now put North Korean casualties \u2013 a word they use, in this case, to mean killed and wounded together \u2013 at something over 4,000, while conceding in private that the true figure may be higher."],
    ["The South Korean numbers have moved in jumps rather than slopes.",
     "When the National Intelligence Service first briefed lawmakers in December, it spoke of 'at least 100' dead (later described as a floor rather than a tally); by April the same agency was telling the same committee that around 600 had been killed, and it is this figure, not the earlier one, that Western capitals now cite."],
    ["Ukraine's figures run higher, as they usually do.",
     "Kyiv's military intelligence, which has reason to make the venture look ruinous, said in March that Pyongyang's contingent \u2013 which it put at some 11,000 men, later topped up with perhaps 3,000 more \u2013 had lost upwards of 5,000 killed and wounded, and that two battered brigades had been pulled back to rest.",
     "Kyiv is far less forthcoming about its own dead: the only official number I found (a deputy defence minister's offhand remark in February that the toll was 'fewer than 2,000 killed') has never been repeated."],
    ["Moscow acknowledges nothing of the kind.",
     "Russian officials have never published a casualty figure for the Kursk operation, though a deputy regional governor let slip on local television in May that 'several hundred' volunteers from the region's own territorial battalions had died, a remark cut from the repeat broadcast."],
    ["The most careful counting I found was done by volunteers in Vilnius, who match satellite images of new burial plots near North Korean bases against defectors' testimony, and who believe (their word) that between 1,800 and 2,600 North Koreans have died; they refuse to publish a best guess, which would be quoted without the range."],
    ["Korean researchers reckon the deployment earns Pyongyang several hundred million dollars a year, and soldiers' families are said to receive a one-off payment."],
    ["In Pogrebki, the council head keeps a list of his own in a school exercise book: 14 names, all of them civilians killed by shelling since the autumn of 2024."],
],
# ---------------------------------------------------------------------------
"g03-bbc-russian-obituaries": [
    ["'He said he would be home by New Year': the Russians killed in Kursk"],
    ["The BBC Russian Service, working with a team of volunteers, has confirmed by name the deaths of at least 4,312 Russian servicemen in the fighting for the Kursk region since Ukrainian forces crossed the border in August 2024.",
     "The count is based on obituaries, posts by relatives, reports in local media and statements by regional officials.",
     "The BBC estimates that such open sources capture between 45% and 65% of deaths in a given area."],
    ["The largest number of confirmed dead came from the Kursk region itself (at least 598), followed by Bashkortostan (at least 331) and the Krasnodar region (at least 287).",
     "At least 176 of the dead were conscripts, whom the Kremlin had promised would not be sent into combat.",
     "Volunteers who signed contracts straight from prison account for at least 640 names.",
     "Among the dead are at least 38 officers, including two colonels."],
    ["In the first two weeks after the incursion began, the BBC confirmed at least 96 deaths, most of them conscripts and border guards.",
     "The youngest man on the list was 19; the oldest, a volunteer from Tuva, was 63.",
     "Nearly a third of those whose age is known were over 45."],
    ["The team also found posts by relatives searching for at least 1,050 men who went missing in the Kursk region and whose deaths have not been confirmed.",
     "'They tell us nothing, not even whether to hope,' said the mother of a missing marine from Astrakhan."],
    ["Ukraine's General Staff has put total Russian losses in the Kursk operation far higher, at more than 60,000 killed and wounded, but does not explain how it arrives at its numbers.",
     "The Russian Defence Ministry last published a death toll of its own for the war in September 2022."],
    ["No obituaries exist for the North Korean soldiers who fought alongside Russian troops, although Ukrainian officials say they have recovered dozens of their bodies.",
     "The team reviewed more than 11,000 social media posts and cemetery photographs to compile the list."],
],
# ---------------------------------------------------------------------------
"g04-kr-lawmaker-press-release": [
    ["Nearly half of North Korean troops sent to Russia now killed or wounded, Rep. Park Sun-woo says after NIS briefing"],
    ["Seoul, 14 April 2025"],
    ["Rep. Park Sun-woo of the National Assembly's Intelligence Committee released the following summary after a closed-door briefing by the National Intelligence Service (NIS) on Monday.",
     "Key points of the briefing:"],
    ("*", [
     "The NIS now estimates North Korean casualties in the Kursk region at about 6,500 (killed and wounded), up from 3,000 at the January briefing and 4,000 in early March.",
     "Of these, about 1,100 are believed to have been killed, compared with 300 in January.",
     "About 14,000 North Korean troops have been sent to Russia in total, including roughly 3,000 reinforcements who arrived in January and February.",
     "The NIS assesses that Pyongyang is preparing a further dispatch of 4,000 to 5,000 troops, possibly before the summer.",
     "As many as 30 North Korean soldiers were killed in a single Ukrainian drone strike on a field kitchen in late February, according to the agency.",
     "Two North Korean soldiers captured by Ukrainian forces in January remain in Ukrainian custody, and at least one has told interrogators he wishes to go to South Korea.",
     "North Korea has also supplied Russia with more than 200 long-range artillery pieces and an estimated 9 million artillery and mortar rounds, the NIS said."]),
    ["Rep. Park said: 'The regime is spending its young men like ammunition, and our government must press Moscow and Pyongyang for an honest accounting.'",
     "He added that families in the North are told nothing about sons who do not come back."],
    ["The briefing lasted roughly three hours and was attended by 11 of the committee's 12 members."],
    ["Contact: Office of Rep. Park Sun-woo, National Assembly Members' Office Building, Room 514, tel. +82-2-784-5140"],
],
# ---------------------------------------------------------------------------
"g05-isw-assessment": [
    ["Russian Offensive Campaign Assessment, January 21, 2025"],
    ["Maren Holt, Devin Okafor, and the ISW Russia Team"],
    ["Key Takeaways:"],
    ("*", [
     "North Korean forces continued to conduct costly infantry-heavy assaults in Kursk Oblast, and ISW assesses that North Korean units are likely suffering disproportionately high casualties as a result.",
     "A Ukrainian brigade operating in Kursk Oblast claimed that North Korean forces lost up to a company of infantry during a failed assault near Makhnovka on January 20.",
     "The Russian Ministry of Defense (MoD) claimed that Ukrainian forces lost over 250 personnel in Kursk Oblast in the past day, though ISW cannot independently verify this claim.",
     "South Korean intelligence reported on January 20 that North Korea may send as many as 3,000 additional troops to Russia in the coming months."]),
    ["Russian and North Korean forces continued offensive operations in Kursk Oblast on January 20 and 21 but did not make confirmed advances.",
     "The Ukrainian General Staff reported that Russian and North Korean forces lost 47 killed and 90 wounded in the Kursk direction on January 20.",
     "CNN, citing a Ukrainian special forces officer, reported on January 19 that North Korean troops lost about 40 personnel in a single engagement near Kurilovka.",
     "Geolocated footage published on January 20 shows at least 20 North Korean personnel moving in the open across a field northeast of Makhnovka."],
    ["A Ukrainian drone operator claimed that his unit killed 18 North Korean soldiers with a single strike on a dugout near Cherkasskaya Konopelka.",
     "A prominent Russian milblogger claimed that Russian forces have suffered hundreds of casualties near Sverdlikovo over the past week due to poor coordination with North Korean units.",
     "ISW previously assessed that North Korea had deployed roughly 11,000 to 12,000 troops to Kursk Oblast as of mid-December 2024.",
     "ISW has observed no indication that North Korean forces are operating outside Kursk Oblast."],
    ["The Russian MoD claimed that Russian forces destroyed 14 Ukrainian armored vehicles and nine artillery systems in Kursk Oblast over the past day.",
     "Russian forces conducted 112 glide bomb strikes against Sumy Oblast on January 20, according to Ukrainian officials."],
],
# ---------------------------------------------------------------------------
"g06-qa-drone-commander": [
    ["'They learn, but they pay for every lesson': a drone commander on fighting North Koreans in Kursk"],
    ["Major Dmytro Kovtun, call sign Sych, commands a drone battalion that has fought in Russia's Kursk region since the first weeks of the incursion.",
     "The interview has been edited for length and clarity."],
    ("Q:", ["How many North Korean soldiers does your battalion hit on an ordinary day?"]),
    ("A:", ["On a quiet day we hit maybe 10 or 15 of them, killed and wounded together.",
            "When they attack, it can be 40 or 50 a day."]),
    ("Q:", ["And over a week?"]),
    ("A:", ["Last week we confirmed 212 killed on video, Russians and Koreans together.",
            "Over the winter our confirmed kills averaged around 150 a week."]),
    ("Q:", ["What happens to a North Korean assault group on the way in?"]),
    ("A:", ["A typical group loses more than half its men before it gets within 300 metres of our trenches.",
            "The Russian marines beside them lose maybe a third of a group, because they wait for the drones to leave."]),
    ("Q:", ["And your own losses?"]),
    ("A:", ["Since November we have lost four pilots killed and nine wounded.",
            "For a drone unit that is a lot."]),
    ("Q:", ["Where are you speaking from?"]),
    ("A:", ["About 12 kilometres inside Russia, in the basement of what used to be a village shop.",
            "We have 11 crews here, working in shifts of six hours."]),
    ("Q:", ["How many drones do you go through?"]),
    ("A:", ["Around 1,500 FPV drones a month, and we could use twice that."]),
    ("Q:", ["Moscow still says there are no North Koreans in Kursk."]),
    ("A:", ["Then who are the three men our neighbours captured in January?",
            "They have names, they have North Korean documents."]),
    ("Q:", ["How long can Pyongyang keep this up?"]),
    ("A:", ["At this rate the Koreans will lose another 2,000 men by spring, and Pyongyang will simply send more."]),
    ("Q:", ["What did you do before the war?"]),
    ("A:", ["I filmed weddings in Chernihiv.",
            "I am 34, and I have not seen my daughter since she turned five."]),
],
# ---------------------------------------------------------------------------
"g07-tass-mod-summary": [
    ["Kiev loses over 230 troops in Kursk area in past day \u2014 Russian Defense Ministry"],
    ["MOSCOW, February 18. /TASS/. The Ukrainian armed forces lost more than 230 servicemen in the Kursk region over the past 24 hours, the Russian Defense Ministry reported on Tuesday."],
    ["\"Units of the North group of forces inflicted fire damage on formations of two mechanized brigades, an air assault brigade and a territorial defense brigade of the Ukrainian armed forces near the settlements of Nikolayevo-Darino, Guyevo and Plekhovo,\" the ministry said.",
     "Over the day, the enemy lost up to 45 servicemen near Guyevo alone, as well as two tanks and four pickup trucks.",
     "In the Sumy region, where units of the North group are also operating, the Ukrainian army lost up to 110 servicemen over the day, the ministry added."],
    ["In total, since the start of hostilities in the Kursk direction, the enemy has lost more than 54,000 servicemen, the ministry said.",
     "Over the same period, Russian forces have destroyed 301 tanks, 247 infantry fighting vehicles, 1,960 motor vehicles and 388 field artillery guns."],
    ["Over the past week, 23 Ukrainian servicemen laid down their arms and surrendered in the Kursk region, according to the ministry.",
     "Air defense systems destroyed 56 Ukrainian fixed-wing drones over the Kursk, Bryansk and Belgorod regions overnight.",
     "Across all directions of the special military operation, Ukrainian losses over the week exceeded 9,700 servicemen, according to the ministry's weekly summary."],
    ["Military expert Gennady Loktev told TASS that the Ukrainian grouping in the Kursk region had lost \"nearly two-thirds\" of its original strength since August.",
     "According to Loktev, the remaining Ukrainian units are \"no longer capable of offensive action\" and are losing several hundred men every day."],
    ["The Ukrainian armed forces launched an attack on the Kursk region on August 6, 2024.",
     "The region's acting governor said earlier that 1,240 residents of the border districts had been evacuated since the start of the year and that compensation of 100,000 rubles per family would be paid."],
],
# ---------------------------------------------------------------------------
"g08-nikkei-style-analysis": [
    ["Analysis: How many North Koreans have died in Kursk? The estimates diverge"],
    ["Eight months after North Korean units first appeared on the battlefield in Russia's Kursk region, the question of how many have died has become a test of which government one chooses to believe."],
    ["The estimates cover a remarkably wide span.",
     "The Pentagon, in its most recent public comment, spoke of 'as few as 1,000' North Korean dead, a deliberately cautious floor.",
     "Ukraine's military intelligence puts the toll at upwards of 4,000 killed.",
     "Britain's Defence Intelligence, in a public update in June, put the figure at between 2,000 and 3,000, while South Korea's Joint Chiefs of Staff told lawmakers last month that deaths numbered 'no more than 1,500'.",
     "Some two-thirds of the roughly 11,000 soldiers Pyongyang first sent have been killed or wounded, a Western official told this newspaper, adding that the survivors had been 'folded into' later rotations.",
     "Officials in Washington and London have since settled on a round figure of about 5,000 North Korean casualties, without saying how many of them were killed."],
    ["Russian losses in Kursk are harder still to pin down.",
     "Kyiv's General Staff claims Russia has lost more than 62,000 soldiers killed, wounded, missing or captured since the start of the incursion, while independent Russian media, counting obituaries, have confirmed the names of about 5,000 dead.",
     "Russian military bloggers, for their part, have conceded heavy losses among marine and airborne units during the counteroffensive."],
    ["Japan's Defense Ministry, in its annual white paper published in July, said only that North Korea had sent 'more than 10,000' troops and had suffered 'significant' casualties.",
     "The white paper, Japan's 51st, runs to more than 500 pages.",
     "Tokyo has imposed sanctions on 11 Russian and North Korean entities over the arms transfers since January.",
     "In a poll by this newspaper in July, 64% of respondents said North Korea's cooperation with Russia threatened Japan's security."],
    ["The gap between the highest and lowest estimates, some 3,000 lives, is itself a measure of how little is known."],
],
# ---------------------------------------------------------------------------
"g09-reuters-exclusive": [
    ["Exclusive: North Korea's Kursk force on course for some 9,000 more casualties this year - documents"],
    ["KYIV/SEOUL, April 8 (Reuters) - North Korea has lost about 5,200 soldiers killed or wounded in Russia's Kursk region since December, according to a Ukrainian military intelligence assessment reviewed by Reuters, nearly twice South Korea's latest public estimate."],
    ["The 14-page document, dated April 2 and marked for restricted circulation, projects that Pyongyang's force could lose a further 6,000 to 8,000 men by the end of the year if it keeps up frontal infantry assaults at the current tempo.",
     "On current trends, North Korean units would suffer about 1,000 casualties a month through December, the assessment says."],
    ["Two sources familiar with Western intelligence assessments told Reuters that Pyongyang had sent about 3,000 additional troops in the first quarter, bringing the total it has deployed to roughly 14,000.",
     "One of the sources said the number of North Korean soldiers killed in action was 'probably north of 1,500', but declined to be more precise.",
     "Reuters first reported the presence of North Korean troops in the Kursk region in November 2024.",
     "The sources spoke on condition of anonymity because the assessments are classified."],
    ["The assessment also forecasts that North Korea will send up to 6,000 more troops by the summer, mainly to replace losses, and says Russian commanders have asked for North Korean artillery crews as well as infantry.",
     "If Russia opens a new offensive into the neighbouring Sumy region, the document warns, Ukrainian losses there could climb to as many as 300 a day.",
     "The Kursk region borders the Sumy region along a frontier of about 245 km."],
    ["South Korea's National Intelligence Service said in late February that about 2,700 North Korean troops had been killed or wounded.",
     "Reuters could not independently verify the assessment's figures, which are drawn from intercepted radio traffic, interrogation reports and more than 300 hours of drone footage.",
     "Russia has paid North Korea an estimated $1.3 billion for munitions and troops since late 2023, according to one of the sources."],
    ["Ukraine's military intelligence declined to comment.",
     "Russia's defence ministry and North Korea's mission to the United Nations did not respond to requests for comment."],
],
# ---------------------------------------------------------------------------
"g10-yonhap-update": [
    ["(LEAD) N. Korean casualties in Russia climb to some 6,000: NIS"],
    ["Updated 16:05 KST, Sept. 4, 2025"],
    ["(ATTN: UPDATES with Ukrainian estimate in para 7; ADDS background in paras 8-9)"],
    ["SEOUL, Sept. 4 (Yonhap) -- South Korea's spy agency on Thursday sharply raised its estimate of North Korean troop losses in Russia's war with Ukraine, saying about 2,000 soldiers had been killed and some 4,000 wounded."],
    ["The National Intelligence Service (NIS) gave the new figures at a closed-door session of the parliamentary intelligence committee, according to Rep. Lee Ha-jin, who attended the briefing."],
    ["In April, the agency had put North Korean deaths at around 600 and total casualties at 4,700."],
    ["Lee said the agency attributed the sharp upward revision to newly obtained internal North Korean documents and to Ukrainian battlefield data."],
    ["The NIS also estimated that North Korea had sent roughly 15,000 troops to Russia in total and was preparing to dispatch 6,000 more, mostly combat engineers, by the end of the year."],
    ["North Korean units have been largely withdrawn from front-line positions since Russia declared the Kursk region recaptured in late April, and losses since then have been 'minimal', the agency said."],
    ["Ukraine's military intelligence, whose estimates have generally run higher, said in July that North Korean losses exceeded 6,500 killed and wounded."],
    ["North Korea's state news agency KCNA has reported ceremonies honouring soldiers who 'fell heroically' in the Kursk operation but has not given a number."],
    ["The NIS also said North Korea had shipped some 12 million artillery shells to Russia since August 2023.",
     "Lee, a two-term lawmaker of the ruling Democratic Party, said the committee would seek a further briefing in October."],
    ["(END)"],
    ["This story has been corrected to show that the April briefing took place on April 30, not April 3."],
],
}

SHORT = {k[:3]: k for k in DOCS}


def _sents(para):
    return para[1] if isinstance(para, tuple) else para


def sentences(fid):
    return [s for para in DOCS[fid] for s in _sents(para)]


def render(para):
    if isinstance(para, tuple):
        mark, sents = para
        if mark == "*":
            return "\n".join("- " + s for s in sents)
        return mark + " " + " ".join(sents)
    return " ".join(para)


def find(short, key):
    fid = SHORT[short]
    hits = [s for s in sentences(fid) if key in s]
    if len(hits) != 1:
        raise SystemExit(f"{short}: key {key!r} matches {len(hits)} sentences")
    return hits[0]


# ---- claimants -------------------------------------------------------------
C = {
    "author": "The text's own voice",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-jcs": "South Korea's Joint Chiefs of Staff",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-officials": "Ukrainian officials (unnamed)",
    "ua-lytvak": "Col. Taras Lytvak, Ukrainian mechanised brigade commander",
    "ua-deputy-defence-minister-unnamed": "Unnamed Ukrainian deputy defence minister",
    "ua-brigade-unnamed": "Unnamed Ukrainian brigade in Kursk Oblast",
    "ua-sof-officer-unnamed": "Unnamed Ukrainian special forces officer",
    "ua-drone-operator-unnamed": "Unnamed Ukrainian drone operator",
    "ua-kovtun": "Maj. Dmytro Kovtun (call sign Sych), Ukrainian drone battalion commander",
    "ru-mod": "Russian Ministry of Defence",
    "ru-deputy-governor-unnamed": "Unnamed Russian deputy regional governor",
    "ru-milblogger-unnamed": "Unnamed prominent Russian milblogger",
    "ru-milbloggers": "Russian military bloggers (unnamed)",
    "ru-independent-media": "Independent Russian media (unnamed)",
    "ru-expert-loktev": "Gennady Loktev, Russian military expert",
    "kp-kcna": "Korean Central News Agency (KCNA)",
    "us-dod": "US Department of Defense (Pentagon)",
    "us-officials": "US officials (unnamed)",
    "uk-officials": "UK officials (unnamed)",
    "uk-mod": "UK Ministry of Defence (Defence Intelligence)",
    "jp-mod": "Japan's Ministry of Defense",
    "western-governments": "Western governments (unnamed)",
    "western-official-unnamed": "Western official (unnamed)",
    "vilnius-volunteers": "Volunteer counting group in Vilnius (unnamed)",
    "sources-familiar-unnamed": "Two sources familiar with Western intelligence assessments (unnamed)",
}


def bounds(qual, v):
    if qual == "exact":
        return (v, v, v)
    if qual == "approximate":
        return ("", v, "")
    if qual in ("more_than", "at_least"):
        return (v, "", "")
    if qual in ("fewer_than", "at_most"):
        return ("", "", v)
    if qual in ("range", "vague"):
        return (v[0], "", v[1])
    return ("", "", "")


GOLD = []


def G(short, key, cid, whose, measure, qual, v, caw, scope, counted="people",
      mod="reported", relays="", derived="", notes=""):
    q = find(short, key)
    if caw not in q:
        raise SystemExit(f"{short}: count_as_written {caw!r} not in quote")
    lo, best, hi = bounds(qual, v)
    GOLD.append(["texts/" + SHORT[short] + ".txt", q, cid, C[cid], relays, whose, measure,
                 counted, mod, qual, lo, best, hi, caw, scope,
                 find(short, derived) if derived else "", notes])


NK, RU, UA, RUNK = "north_korean", "russian", "ukrainian", "russian_and_north_korean"
KW, CU = "killed_or_wounded", "casualties_unspecified"
SPY = "'Seoul's spy agency' = NIS"

# g01 AFP wire: AFP names itself in the dateline, so it ends every relay chain.
G("g01", "KYIV, March 4", "ua-lytvak", RUNK, KW, "more_than", 600, "more than 600 men", "period",
  relays="AFP", notes="claimant named in next sentence (Col. Taras Lytvak); four days of assaults")
G("g01", "137 of their dead", "ua-lytvak", RUNK, "killed", "exact", 137, "137 of their dead", "period",
  relays="AFP", notes="'their' = the Russian and North Korean attackers; one day (Saturday)")
G("g01", "his own brigade had also taken losses", "ua-lytvak", UA, CU, "none", "", "losses", "period",
  relays="AFP", notes="no figure given; over the four days")
G("g01", "up to 285 servicemen", "ru-mod", UA, CU, "at_most", 285, "up to 285 servicemen", "period",
  relays="AFP", notes="past 24 hours")
G("g01", "'insignificant'", "ru-mod", RU, CU, "none", "", "insignificant", "unspecified",
  relays="AFP", notes="spokesman Maj. Gen. Ilya Voronov speaks for the ministry; no figure")
G("g01", "1,310 soldiers", "ua-general-staff", RU, KW, "exact", 1310, "1,310 soldiers killed and wounded", "period",
  relays="AFP", notes="area=whole_war; entire front line, previous day")
G("g01", "Seoul's spy agency", "kr-nis", NK, "deployed", "approximate", 11000, "roughly 11,000 soldiers", "stock",
  relays="AFP", notes=SPY)
G("g01", "Seoul's spy agency", "kr-nis", NK, KW, "approximate", 3000, "about 3,000", "cumulative",
  relays="AFP", notes=SPY + "; estimate given in January")

# g02 Guardian-style long read (outlet not named; writer's voice is author)
G("g02", "Western governments", "western-governments", NK, KW, "more_than", 4000, "something over 4,000",
  "cumulative", notes="'casualties' defined in the text as killed and wounded together")
G("g02", "'at least 100'", "kr-nis", NK, "killed", "at_least", 100, "at least 100", "cumulative",
  relays="South Korean lawmakers", notes="superseded December figure, later called a floor")
G("g02", "'at least 100'", "kr-nis", NK, "killed", "approximate", 600, "around 600", "cumulative",
  relays="South Korean lawmakers", notes="April figure")
G("g02", "ruinous", "ua-gur", NK, "deployed", "approximate", 11000, "some 11,000 men", "stock",
  notes="'Kyiv's military intelligence' = GUR; original contingent")
G("g02", "ruinous", "ua-gur", NK, "deployed", "approximate", 3000, "perhaps 3,000 more", "stock",
  notes="'Kyiv's military intelligence' = GUR; reinforcements already sent")
G("g02", "ruinous", "ua-gur", NK, KW, "more_than", 5000, "upwards of 5,000 killed and wounded", "cumulative",
  notes="'Kyiv's military intelligence' = GUR; said in March")
G("g02", "fewer than 2,000 killed", "ua-deputy-defence-minister-unnamed", UA, "killed", "fewer_than", 2000,
  "fewer than 2,000 killed", "cumulative", notes="Kursk operation; remark made in February")
G("g02", "'several hundred' volunteers", "ru-deputy-governor-unnamed", RU, "killed", "vague", (300, 999),
  "several hundred", "cumulative", notes="volunteers of the region's territorial battalions; local television unnamed, not a relay")
G("g02", "between 1,800 and 2,600", "vilnius-volunteers", NK, "killed", "range", (1800, 2600),
  "between 1,800 and 2,600", "cumulative")

# g03 BBC Russian Service obituary count: the BBC's own count is author; BBC ends relay chains.
BBC = "BBC Russian Service"
BN = "the BBC Russian Service's own count of named dead (text's own outlet)"
G("g03", "at least 4,312", "author", RU, "killed", "at_least", 4312, "at least 4,312", "cumulative", notes=BN)
for caw, reg in (("at least 598", "Kursk region"), ("at least 331", "Bashkortostan"),
                 ("at least 287", "Krasnodar region")):
    G("g03", "The largest number of confirmed dead", "author", RU, "killed", "at_least",
      int(caw.split()[-1]), caw, "cumulative", notes=BN + "; subset by home region: " + reg)
G("g03", "At least 176", "author", RU, "killed", "at_least", 176, "At least 176", "cumulative",
  notes=BN + "; subset: conscripts")
G("g03", "at least 640 names", "author", RU, "killed", "at_least", 640, "at least 640 names", "cumulative",
  notes=BN + "; subset: volunteers recruited from prison")
G("g03", "at least 38 officers", "author", RU, "killed", "at_least", 38, "at least 38 officers", "cumulative",
  notes=BN + "; subset: officers")
G("g03", "at least 38 officers", "author", RU, "killed", "exact", 2, "two colonels", "cumulative",
  notes=BN + "; subset: colonels")
G("g03", "at least 96 deaths", "author", RU, "killed", "at_least", 96, "at least 96 deaths", "period",
  notes=BN + "; first two weeks of the incursion")
G("g03", "at least 1,050 men", "author", RU, "missing", "at_least", 1050, "at least 1,050 men", "cumulative",
  notes=BN + "; relatives' search posts counted by the BBC")
G("g03", "more than 60,000", "ua-general-staff", RU, KW, "more_than", 60000, "more than 60,000 killed and wounded",
  "cumulative", relays=BBC)
G("g03", "dozens of their bodies", "ua-officials", NK, "killed", "vague", (24, 99), "dozens", "cumulative",
  relays=BBC, notes="bodies recovered")

# g04 press release by Rep. Park's office: the release is the text's voice; NIS rows relayed by Park.
PK = "Park Sun-woo"
PN = "NIS briefed Rep. Park Sun-woo, whose office issued the release"
G("g04", "Nearly half of North Korean troops", "author", NK, KW, "vague", (45, 49), "Nearly half",
  "cumulative", counted="percent_of_force", derived="about 6,500 (killed and wounded)",
  notes="headline figure made by the release (about 6,500 of about 14,000 sent); nearly half = 45-49")
G("g04", "about 6,500 (killed and wounded)", "kr-nis", NK, KW, "approximate", 6500, "about 6,500", "cumulative",
  relays=PK, notes=PN + "; casualties defined as killed and wounded")
G("g04", "about 6,500 (killed and wounded)", "kr-nis", NK, KW, "exact", 3000, "3,000", "cumulative",
  relays=PK, notes=PN + "; superseded January figure")
G("g04", "about 6,500 (killed and wounded)", "kr-nis", NK, KW, "exact", 4000, "4,000", "cumulative",
  relays=PK, notes=PN + "; superseded early-March figure")
G("g04", "about 1,100", "kr-nis", NK, "killed", "approximate", 1100, "about 1,100", "cumulative",
  relays=PK, notes=PN)
G("g04", "about 1,100", "kr-nis", NK, "killed", "exact", 300, "300", "cumulative",
  relays=PK, notes=PN + "; superseded January figure")
G("g04", "About 14,000", "kr-nis", NK, "deployed", "approximate", 14000, "About 14,000", "stock",
  relays=PK, notes=PN + "; total sent")
G("g04", "About 14,000", "kr-nis", NK, "deployed", "approximate", 3000, "roughly 3,000 reinforcements", "stock",
  relays=PK, notes=PN + "; reinforcements already arrived")
G("g04", "4,000 to 5,000 troops", "kr-nis", NK, "deployed", "range", (4000, 5000), "4,000 to 5,000 troops",
  "stock", mod="projected", relays=PK, notes=PN + "; further dispatch expected, possibly before summer")
G("g04", "As many as 30", "kr-nis", NK, "killed", "at_most", 30, "As many as 30", "incident",
  relays=PK, notes=PN + "; one drone strike")
G("g04", "Two North Korean soldiers captured", "kr-nis", NK, "captured", "exact", 2, "Two North Korean soldiers",
  "period", relays=PK, notes=PN + "; captured in January")

# g05 ISW assessment: ISW's own assessments are author; ISW ends relay chains.
IN = "ISW is the text's own voice"
G("g05", "disproportionately high casualties", "author", NK, CU, "none", "", "disproportionately high casualties",
  "unspecified", notes=IN + "; hedged ('likely')")
G("g05", "up to a company", "ua-brigade-unnamed", NK, CU, "at_most", 1, "up to a company", "incident",
  counted="companies", relays="ISW", notes="one failed assault near Makhnovka")
G("g05", "over 250 personnel", "ru-mod", UA, CU, "more_than", 250, "over 250 personnel", "period",
  relays="ISW", notes="past day; ISW cannot verify")
G("g05", "as many as 3,000 additional", "kr-nis", NK, "deployed", "at_most", 3000, "as many as 3,000 additional troops",
  "stock", mod="projected", relays="ISW", notes="'South Korean intelligence' read as NIS; additional troops")
G("g05", "47 killed", "ua-general-staff", RUNK, "killed", "exact", 47, "47 killed", "period",
  relays="ISW", notes="one day (January 20)")
G("g05", "47 killed", "ua-general-staff", RUNK, "wounded", "exact", 90, "90 wounded", "period",
  relays="ISW", notes="one day (January 20)")
G("g05", "about 40 personnel", "ua-sof-officer-unnamed", NK, CU, "approximate", 40, "about 40 personnel", "incident",
  relays="CNN > ISW", notes="a single engagement")
G("g05", "killed 18 North Korean", "ua-drone-operator-unnamed", NK, "killed", "exact", 18, "18 North Korean soldiers",
  "incident", relays="ISW", notes="a single strike")
G("g05", "hundreds of casualties", "ru-milblogger-unnamed", RU, CU, "vague", (200, 999), "hundreds", "period",
  relays="ISW", notes="past week")
G("g05", "roughly 11,000 to 12,000", "author", NK, "deployed", "range", (11000, 12000), "roughly 11,000 to 12,000 troops",
  "stock", notes=IN + "; as of mid-December 2024")

# g06 Q&A (outlet not named): every answer is Kovtun's.
KN = "answers are Maj. Kovtun's"
G("g06", "maybe 10 or 15", "ua-kovtun", NK, KW, "range", (10, 15), "maybe 10 or 15", "unspecified",
  counted="people_per_day", notes=KN + "; on a quiet day")
G("g06", "40 or 50 a day", "ua-kovtun", NK, KW, "range", (40, 50), "40 or 50 a day", "unspecified",
  counted="people_per_day", notes=KN + "; on attack days; measure carried from the previous sentence")
G("g06", "212 killed", "ua-kovtun", RUNK, "killed", "exact", 212, "212 killed", "period", notes=KN + "; last week")
G("g06", "around 150 a week", "ua-kovtun", RUNK, "killed", "approximate", 150, "around 150 a week", "period",
  counted="people_per_week", notes=KN + "; over the winter; enemy = Russians and Koreans (previous sentence)")
G("g06", "more than half its men", "ua-kovtun", NK, CU, "more_than", 50, "more than half", "unspecified",
  counted="percent_of_force", notes=KN + "; share of a typical assault group")
G("g06", "maybe a third of a group", "ua-kovtun", RU, CU, "approximate", 33.33, "maybe a third", "unspecified",
  counted="percent_of_force", notes=KN + "; Russian marines' assault groups")
G("g06", "four pilots", "ua-kovtun", UA, "killed", "exact", 4, "four pilots killed", "cumulative",
  notes=KN + "; his battalion, since November")
G("g06", "four pilots", "ua-kovtun", UA, "wounded", "exact", 9, "nine wounded", "cumulative",
  notes=KN + "; his battalion, since November")
G("g06", "three men our neighbours", "ua-kovtun", NK, "captured", "exact", 3, "three men", "period",
  notes=KN + "; captured by a neighbouring unit in January")
G("g06", "another 2,000 men", "ua-kovtun", NK, CU, "exact", 2000, "another 2,000 men", "period",
  mod="projected", notes=KN + "; forecast of additional losses by spring")

# g07 TASS summary: TASS names itself in the dateline.
G("g07", "MOSCOW, February 18", "ru-mod", UA, CU, "more_than", 230, "more than 230 servicemen", "period",
  relays="TASS", notes="past 24 hours")
G("g07", "up to 45 servicemen", "ru-mod", UA, CU, "at_most", 45, "up to 45 servicemen", "period",
  relays="TASS", notes="one-day subtotal near one village")
G("g07", "up to 110 servicemen", "ru-mod", UA, CU, "at_most", 110, "up to 110 servicemen", "period",
  relays="TASS", notes="area=other_front (Sumy region); over the day")
G("g07", "more than 54,000", "ru-mod", UA, CU, "more_than", 54000, "more than 54,000 servicemen", "cumulative",
  relays="TASS", notes="since the start of hostilities in the Kursk direction")
G("g07", "23 Ukrainian servicemen", "ru-mod", UA, "captured", "exact", 23, "23 Ukrainian servicemen", "period",
  relays="TASS", notes="surrendered over the past week")
G("g07", "exceeded 9,700", "ru-mod", UA, CU, "more_than", 9700, "exceeded 9,700 servicemen", "period",
  relays="TASS", notes="area=whole_war; all directions, past week")
G("g07", "nearly two-thirds", "ru-expert-loktev", UA, CU, "vague", (60, 65.67), "nearly two-thirds", "cumulative",
  counted="percent_of_force", relays="TASS", notes="since August; nearly N = 0.9N to N-1")
G("g07", "several hundred men every day", "ru-expert-loktev", UA, CU, "vague", (300, 999),
  "several hundred men every day", "unspecified", counted="people_per_day", relays="TASS")

# g08 newspaper analysis ('this newspaper' is not named, so no outlet relay)
G("g08", "'as few as 1,000'", "us-dod", NK, "killed", "at_least", 1000, "as few as 1,000", "cumulative",
  notes="'as few as' read as a lower bound ('a deliberately cautious floor')")
G("g08", "upwards of 4,000 killed", "ua-gur", NK, "killed", "more_than", 4000, "upwards of 4,000 killed", "cumulative",
  notes="'Ukraine's military intelligence' = GUR")
G("g08", "Britain's Defence Intelligence", "uk-mod", NK, "killed", "range", (2000, 3000), "between 2,000 and 3,000",
  "cumulative", notes="'the figure' = North Korean dead; public update in June")
G("g08", "Britain's Defence Intelligence", "kr-jcs", NK, "killed", "at_most", 1500, "no more than 1,500", "cumulative",
  relays="South Korean lawmakers")
G("g08", "Some two-thirds", "western-official-unnamed", NK, KW, "approximate", 66.67, "Some two-thirds", "cumulative",
  counted="percent_of_force", notes="share of the first contingent")
G("g08", "Some two-thirds", "western-official-unnamed", NK, "deployed", "approximate", 11000, "roughly 11,000 soldiers",
  "stock", notes="first contingent")
G("g08", "Officials in Washington and London", "us-officials", NK, CU, "approximate", 5000, "about 5,000",
  "cumulative", notes="'officials in Washington' = US officials")
G("g08", "Officials in Washington and London", "uk-officials", NK, CU, "approximate", 5000, "about 5,000",
  "cumulative", notes="'officials in London' = UK officials")
G("g08", "more than 62,000", "ua-general-staff", RU, "killed_wounded_missing_or_captured", "more_than", 62000,
  "more than 62,000 soldiers", "cumulative", notes="since the start of the incursion")
G("g08", "more than 62,000", "ru-independent-media", RU, "killed", "approximate", 5000, "about 5,000 dead",
  "cumulative", notes="named dead from obituaries")
G("g08", "heavy losses", "ru-milbloggers", RU, CU, "none", "", "heavy losses", "unspecified",
  notes="marine and airborne units during the counteroffensive")
G("g08", "white paper published in July", "jp-mod", NK, "deployed", "more_than", 10000, "more than 10,000", "stock")
G("g08", "white paper published in July", "jp-mod", NK, CU, "none", "", "significant", "unspecified")

# g09 Reuters exclusive: Reuters names itself; the document is GUR's.
GD = "the assessment is Ukrainian military intelligence's (GUR) document, reviewed by Reuters"
G("g09", "Exclusive:", "author", NK, CU, "approximate", 9000, "some 9,000 more casualties", "period",
  mod="projected", derived="about 1,000 casualties a month",
  notes="headline figure made by the outlet (about 1,000 a month, April-December)")
G("g09", "KYIV/SEOUL, April 8", "ua-gur", NK, KW, "approximate", 5200, "about 5,200 soldiers", "cumulative",
  relays="Reuters", notes=GD + "; since December")
G("g09", "a further 6,000 to 8,000", "ua-gur", NK, CU, "range", (6000, 8000), "a further 6,000 to 8,000 men",
  "period", mod="conditional", relays="Reuters", notes=GD + "; by the end of the year, if assaults continue")
G("g09", "about 1,000 casualties a month", "ua-gur", NK, CU, "approximate", 1000, "about 1,000 casualties a month",
  "period", counted="people_per_month", mod="projected", relays="Reuters", notes=GD + "; on current trends through December")
G("g09", "Two sources familiar", "sources-familiar-unnamed", NK, "deployed", "approximate", 3000,
  "about 3,000 additional troops", "stock", relays="Reuters", notes="sent in the first quarter")
G("g09", "Two sources familiar", "sources-familiar-unnamed", NK, "deployed", "approximate", 14000,
  "roughly 14,000", "stock", relays="Reuters", notes="total deployed")
G("g09", "north of 1,500", "sources-familiar-unnamed", NK, "killed", "more_than", 1500, "north of 1,500",
  "cumulative", relays="Reuters", notes="one of the two sources; 'north of' = more than")
G("g09", "up to 6,000 more troops", "ua-gur", NK, "deployed", "at_most", 6000, "up to 6,000 more troops", "stock",
  mod="projected", relays="Reuters", notes=GD + "; additional troops by the summer")
G("g09", "as many as 300 a day", "ua-gur", UA, CU, "at_most", 300, "as many as 300 a day", "unspecified",
  counted="people_per_day", mod="conditional", relays="Reuters",
  notes=GD + "; area=other_front (Sumy region); if Russia opens a new offensive")
G("g09", "about 2,700 North Korean", "kr-nis", NK, KW, "approximate", 2700, "about 2,700", "cumulative",
  relays="Reuters", notes="late February")

# g10 Yonhap update: the NIS briefed Rep. Lee; Yonhap names itself in the dateline.
LY = "Lee Ha-jin > Yonhap"
SPY10 = "'South Korea's spy agency' = NIS"
G("g10", "(LEAD)", "author", NK, KW, "approximate", 6000, "some 6,000", "cumulative",
  derived="SEOUL, Sept. 4",
  notes="headline figure made by the outlet: about 2,000 killed + some 4,000 wounded")
G("g10", "SEOUL, Sept. 4", "kr-nis", NK, "killed", "approximate", 2000, "about 2,000 soldiers", "cumulative",
  relays=LY, notes=SPY10 + "; new September figure, briefed to Rep. Lee")
G("g10", "SEOUL, Sept. 4", "kr-nis", NK, "wounded", "approximate", 4000, "some 4,000", "cumulative",
  relays=LY, notes=SPY10 + "; new September figure, briefed to Rep. Lee")
G("g10", "In April, the agency", "kr-nis", NK, "killed", "approximate", 600, "around 600", "cumulative",
  relays=LY, notes="superseded April figure")
G("g10", "In April, the agency", "kr-nis", NK, CU, "exact", 4700, "4,700", "cumulative",
  relays=LY, notes="superseded April figure ('total casualties' not defined)")
G("g10", "roughly 15,000", "kr-nis", NK, "deployed", "approximate", 15000, "roughly 15,000 troops", "stock",
  relays=LY, notes="total sent")
G("g10", "roughly 15,000", "kr-nis", NK, "deployed", "exact", 6000, "6,000 more", "stock",
  mod="projected", relays=LY, notes="additional troops, mostly combat engineers, by year-end")
G("g10", "'minimal'", "kr-nis", NK, CU, "none", "", "minimal", "period",
  relays=LY, notes="since the late-April withdrawal from front-line positions")
G("g10", "exceeded 6,500", "ua-gur", NK, KW, "more_than", 6500, "exceeded 6,500 killed and wounded", "cumulative",
  relays="Yonhap", notes="'Ukraine's military intelligence' = GUR; said in July")
G("g10", "fell heroically", "kp-kcna", NK, "killed", "none", "", "fell heroically", "unspecified",
  relays="Yonhap", notes="no number given")

# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


H("g01", "KYIV, March 4")
T("g01", "Lytvak, 41", "age; size of assault groups, not a loss")
T("g01", "about a third of the attacking", "share of the attacking force, not a loss or troop total")
T("g01", "August 6, 2024", "date, area")
T("g01", "fourth year", "date (anniversary of the invasion)")
T("g01", "more than 90 times", "count of strikes")
T("g02", "In Pogrebki, which changed", "count of changes of hands, residents remaining, population")
T("g02", "several hundred million dollars", "money; 'one-off'")
T("g02", "9 km from the border", "distance")
T("g02", "14 names", "civilian deaths, not military losses; year")
T("g03", "between 45% and 65%", "coverage share of the counting method, not a loss")
T("g03", "The youngest man", "ages")
T("g03", "Nearly a third of those", "age profile of the dead, not a loss figure")
T("g03", "September 2022", "date; no figure given")
T("g03", "11,000 social media posts", "count of sources")
T("g04", "Seoul, 14 April 2025", "stand-alone date line")
T("g04", "200 long-range", "artillery and munitions")
T("g04", "three hours", "duration; count of committee members")
T("g04", "Room 514", "address and telephone number")
T("g05", "Russian Offensive Campaign Assessment", "headline: report title and date")
T("g05", "January 20 and 21", "dates")
T("g05", "at least 20 North Korean personnel", "soldiers seen moving, not a loss or troop total; date")
T("g05", "14 Ukrainian armored", "equipment")
T("g05", "112 glide bomb", "count of strikes; date")
T("g06", "1,500 FPV", "drones")
T("g06", "About 12 kilometres", "distance")
T("g06", "11 crews", "count of crews, shift hours; not a troop total")
T("g06", "I am 34", "age")
H("g07", "MOSCOW, February 18")
T("g07", "two mechanized brigades", "units struck, not a loss count")
T("g07", "301 tanks", "equipment")
T("g07", "56 Ukrainian fixed-wing", "drones")
T("g07", "August 6, 2024", "date")
T("g07", "1,240 residents", "civilian evacuees, money")
T("g08", "Eight months after", "duration; 'one' as pronoun")
T("g08", "Japan's 51st", "count of editions, pages")
T("g08", "sanctions on 11", "count of sanctioned entities")
T("g08", "64% of respondents", "poll percentage")
T("g08", "some 3,000 lives", "difference between estimates, not a claim of losses")
T("g09", "300 hours", "hours of footage")
T("g09", "about 245 km", "distance")
T("g09", "Reuters first reported", "date of earlier reporting")
T("g09", "$1.3 billion", "money; year")
T("g10", "Updated 16:05", "stand-alone date line")
T("g10", "(ATTN:", "editor's note; paragraph numbers")
T("g10", "12 million artillery", "munitions; year")
T("g10", "two-term", "terms in office")
T("g10", "April 30, not April 3", "correction of a date")

HEADER = ("file,quote,claimant_id,claimant_name,relay_names,whose_losses,measure,"
          "counted_in,modality,qualifier,low,best,high,count_as_written,scope,"
          "derived_from_quote,notes").split(",")


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid, paras in DOCS.items():
        body = "\n\n".join(render(p) for p in paras)
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(body + "\n\n" + TAG + "\n")
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(GOLD)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "sentence", "why"])
        w.writerows(TRAPS)
    print(f"{len(DOCS)} texts, {len(GOLD)} gold rows, {len(TRAPS)} traps")


if __name__ == "__main__":
    main()
