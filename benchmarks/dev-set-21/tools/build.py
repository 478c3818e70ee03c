#!/usr/bin/env python3
"""Build the fabricated dev-set-21: texts/*.txt, gold.csv and traps.csv.

Every text, name, figure and quote below is invented.  Quotes in gold.csv and
sentences in traps.csv are looked up from DOCS by a unique key, so no sentence
is typed twice.
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOOTER = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {
    # ------------------------------------------------------------------ v01
    "v01-nikkei-intel-sharing": [
        ["Japan and South Korea pool intelligence as North Korean toll in Kursk tops 4,000"],
        ["TOKYO -- Japan's Defense Intelligence Headquarters has begun sharing satellite imagery and intercepted radio traffic on North Korean units in Russia's Kursk region with Seoul, three officials in Tokyo told Nikkei.",
         "The arrangement, agreed at a meeting of vice ministers on Jan. 14, is the first of its kind since the two governments revived a 2016 military information pact.",
         "Officials describe it as a quiet but significant shift for a country that has long kept its military intelligence close."],
        ["Japanese analysts now estimate that more than 4,000 North Korean soldiers have been killed or wounded since the troops entered combat in early December, according to a Defense Ministry document seen by Nikkei.",
         "The document puts the number of dead at roughly 1,100.",
         "The ministry declined to comment on it."],
        ["South Korea's Yonhap News Agency, citing a government source in Seoul, reported on Friday that about 11,000 North Korean troops remained in the region.",
         "Japanese officials believe the figure is closer to 12,000, and Seoul's spy agency forecast in December that Pyongyang would send up to 3,000 more soldiers by April."],
        ["One Japanese official, speaking on condition of anonymity, said the North Korean units had lost up to a battalion in a single assault near the village of Plekhovo on Jan. 9.",
         "The official said losses over the past week had fallen to about 40 a day as the troops learned to disperse under drone attack.",
         "American, British and Japanese officials, briefing reporters separately in Washington, London and Tokyo, all described North Korean losses as \"disproportionately high\" for the size of the force."],
        ["Kyiv has offered its own figures.",
         "Ukraine's military intelligence, the HUR, said last week that at least 1,500 North Korean soldiers had been killed and about 2,700 wounded."],
        ["Tokyo has set aside 2.3 billion yen in the fiscal 2025 budget to expand its team of North Korea military analysts, a Defense Ministry spokesman said.",
         "The spokesman said the team would also watch for the transfer of Russian missile technology to Pyongyang."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ v02
    "v02-meduza-named-dead": [
        ["Named and buried: counting Russia's dead in the Kursk region"],
        ["For eleven months, our reporters and a group of volunteers have read obituaries, regional news sites and memorial pages on VKontakte to identify soldiers who died fighting Ukraine's incursion into the Kursk region.",
         "By Dec. 5, we had confirmed the names of 2,147 Russian servicemen killed in the region since August 2024."],
        ["That is a minimum, not an estimate.",
         "Demographers we consulted say published obituaries typically capture between 45 and 60 percent of actual deaths.",
         "Applying that ratio, we estimate the true toll at between 3,600 and 4,800 dead."],
        ["Among the named dead are 214 conscripts, even though the Kremlin promised that conscripts would not be sent into combat.",
         "One battalion of a naval infantry brigade lost about a third of its men in a single week of fighting near Sudzha in March, according to the wives and mothers of five of its marines whom we interviewed.",
         "A Telegram channel run by relatives of servicemen from the Kursk grouping listed 389 men as missing in action as of November."],
        ["Russia's Ministry of Defense has not published a death toll for the Kursk operation.",
         "It last gave a figure for the whole war in the autumn of 2022, when it said 5,820 soldiers had been killed.",
         "The ministry did not answer our questions."],
        ["Ukraine's General Staff claims far higher numbers.",
         "On Tuesday it said Russia had lost 38,000 troops in the Kursk direction since August, a figure it said included the wounded.",
         "Our count can neither confirm nor refute that claim."],
        ["In Rylsk, a town of about 15,000 people, the cemetery has added 63 graves with military honours since the spring, its caretaker told us.",
         "\"We dig every week now,\" he said.",
         "Local officials asked us not to photograph the new section."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ v03
    "v03-ukrinform-general-staff": [
        ["Russia loses about 195 soldiers a day in Kursk direction"],
        ["KYIV, March 4 (Ukrinform) -- Over the past week, Russian forces and their North Korean allies lost 1,365 personnel in the Kursk direction, the General Staff of the Armed Forces of Ukraine reported on Facebook."],
        ["According to the General Staff, 412 of them were killed and 953 wounded.",
         "In a single assault near the village of Zhuravli on Sunday, up to a company of North Korean infantry was wiped out, the post said."],
        ["Since Aug. 6 last year, Russia has lost about 58,000 troops in the Kursk region, including roughly 4,100 North Koreans, the General Staff said.",
         "The General Staff also reported destroying 11 tanks, 37 artillery systems and 96 drones in the sector over the week."],
        ["Col. Vadym Movchan, a spokesman for the Kursk group of forces, told Ukrinform by phone that Ukrainian units had also suffered \"painful but manageable losses\" and declined to give a figure.",
         "He said North Korean soldiers now attack in groups of 10 to 15, down from waves of 30 or more in December.",
         "Movchan said that if the current tempo held, the enemy would lose another 5,000 men before the end of the month."],
        ["Ukrinform earlier reported, citing Kyiv's military spy agency, that Pyongyang had rotated about 1,500 fresh troops into the Kursk region in February.",
         "The General Staff publishes its tallies every morning, and Ukrinform relays them in full."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ v04
    "v04-dailynk-sources": [
        ["Families in Hamhung told sons 'died in training' as Kursk toll grows"],
        ["Authorities in South Hamgyong Province have notified at least 30 families that their sons died during \"overseas training,\" a source in the province told Daily NK on Wednesday."],
        ["The source, who asked not to be named for security reasons, said the notices were delivered in person by officers of the 11th Corps, the elite Storm Corps that Pyongyang sent to Russia.",
         "Each family received 500,000 won and a sack of rice, the source added.",
         "The source said dozens of soldiers from a single battalion based near Hamhung had been killed in one week in December."],
        ["A second source in Pyongyang said party cadres had been told at a closed meeting that \"several hundred\" soldiers had been killed in Russia, but that ordinary residents were not to be informed.",
         "According to the Pyongyang source, around 2,000 wounded soldiers have been brought home and are being treated at a military hospital outside the capital under orders not to discuss the fighting."],
        ["In Seoul, Rep. Cho Min-hyuk, who sits on the National Assembly's intelligence committee, told reporters after a closed-door briefing that the National Intelligence Service estimated about 600 North Korean soldiers had been killed and some 3,100 wounded.",
         "The NIS also expects Pyongyang to send an additional 2,500 troops by the end of March, Cho said."],
        ["North Korea's state media has not acknowledged any deaths in Russia.",
         "A third source, a trader in Sinuiju who deals with border guards, predicted that if the fighting continued through the summer, \"a thousand more\" families would receive notices.",
         "\"People are afraid to ask where their sons are,\" the trader said."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ v05
    "v05-fp-korean-war-essay": [
        ["Pyongyang's Kursk Gamble Echoes 1950"],
        ["When Chinese \"volunteers\" crossed the Yalu River in October 1950, Beijing insisted they were not an army at all.",
         "Seventy-five years later, Pyongyang has played a similar game in Russia's Kursk region, where thousands of North Korean soldiers have been killed or wounded since December."],
        ["The costs look familiar, too.",
         "Western historians put Chinese dead in the Korean War at anywhere from 180,000 to 400,000, far above the figure Beijing published for decades.",
         "By the Pentagon's count, North Korea's losses in Kursk had reached about 4,000 killed or wounded by late January, or roughly a third of the force it sent.",
         "American, British and South Korean officials interviewed for this essay put the number of North Korean dead at between 1,000 and 1,500 by the end of February.",
         "On page 23 of its April report, the Seoul-based Hanbit Institute for Security Studies estimates that 4,700 North Korean soldiers had been killed or wounded by early April."],
        ["A senior South Korean official I interviewed in Seoul in March went further.",
         "Up to half of the original contingent, he told me, had been killed, wounded, captured or gone missing."],
        ["Ukraine, which captured three North Korean soldiers in January, has offered to exchange them for Ukrainians held in Russia.",
         "If the attrition of the winter had continued, one Western intelligence estimate circulated in Washington concluded, Pyongyang would have used up its entire expeditionary force by the summer."],
        ["Instead, Moscow declared the region retaken on April 26, and the North Korean contingent, perhaps 6,000 strong by then according to Seoul, turned to clearing mines.",
         "Pyongyang has since pledged 1,500 sappers and 4,000 military builders for the region.",
         "Together, the two sides have lost tens of thousands of men in a region the size of Belgium, Western officials say."],
        ["The Korean War armistice came after three years and 17 days of fighting; nobody in Pyongyang or Moscow is talking about an armistice now."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ v06
    "v06-cnn-frontline-hospital": [
        ["'They come in waves': Inside a Ukrainian field hospital on the Kursk front"],
        ["SUMY REGION, Ukraine (CNN) -- The stretchers arrive before dawn, carried from armored ambulances that have driven 40 kilometers along roads watched by Russian drones."],
        ["On a bad night, as many as 60 wounded soldiers come through the doors, said Dr. Iryna Kovalchuk, 41, the hospital's chief surgeon.",
         "Kovalchuk said the hospital had received more than 1,800 wounded since August, when Ukrainian troops first crossed into the Kursk region.",
         "Of those, 146 died of their wounds, she said.",
         "On Tuesday, a dozen wounded men from a single platoon arrived together after a glide bomb hit their dugout, Kovalchuk said."],
        ["Sgt. Andriy Melnyk, 27, a medic with an assault battalion, said his company had lost nearly half of its men in the three weeks since it was sent to hold positions near the border.",
         "Most were hit by drones, not bullets, Melnyk said."],
        ["The Ukrainian military does not publish casualty figures.",
         "Russia's Defense Ministry claims Ukraine has lost more than 64,000 troops in the Kursk region since August, a figure CNN cannot verify and that Ukrainian officials call absurd.",
         "The Ukrainian outlet RBC Ukraine, citing a source in military intelligence, reported on Monday that North Korean units had lost about 55 soldiers a day in January.",
         "A Ukrainian military official, speaking on condition of anonymity, told CNN that Moscow's figure was \"fantasy\" and that North Korean units had suffered \"heavy losses\" in assaults across open fields in December."],
        ["In the courtyard, a generator hums beside 12 beds set up in a tent, and the building has been hit twice by glide bombs since October.",
         "Kovalchuk expects the flow of wounded to rise to about 80 a day if Russia launches the offensive this spring that Ukrainian commanders fear."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ v07
    "v07-isw-daily-assessment": [
        ["Russian Offensive Campaign Assessment, January 21, 2025"],
        ["Russian forces, supported by North Korean troops, continued offensive operations in Kursk Oblast on January 21 and recently advanced near Makhnovka.",
         "ISW assesses that North Korean forces have likely suffered at least 3,800 casualties since entering combat in December 2024, based on Ukrainian and South Korean reporting."],
        ["A prominent Russian milblogger claimed on January 20 that a Russian naval infantry battalion lost up to 70 percent of its personnel in a failed assault near Sverdlikovo.",
         "The milblogger blamed poor coordination with North Korean units, which he claimed do not share radio frequencies with Russian commanders."],
        ["Colonel Mykola Danyliuk, a spokesperson for a Ukrainian group of forces operating in Kursk Oblast, stated on January 21 that Russian and North Korean forces conducted up to 25 assaults per day over the past week and lost roughly 150 personnel per day.",
         "Danyliuk added that Ukrainian forces killed or captured nearly 50 North Korean soldiers during a clearing operation near Kurilovka on January 19 and 20.",
         "ISW cannot independently verify these figures."],
        ["The Russian Ministry of Defense (MoD) claimed that Ukrainian forces have lost over 52,000 personnel in Kursk Oblast since August 2024.",
         "The Russian MoD's claims are likely significantly inflated.",
         "Russian milbloggers also claimed that Ukrainian forces suffered significant losses during failed counterattacks near Cherkasskaya Konopelka."],
        ["South Korea's Joint Chiefs of Staff (JCS) assessed on January 21 that North Korean casualties could reach 8,000 by April 2025 at the current rate.",
         "ISW previously assessed that North Korea deployed roughly 11,000 to 12,000 personnel to Kursk Oblast in late 2024."],
        ["Geolocated footage published on January 20 indicates that Russian forces advanced about 1.5 kilometers along the 38K-030 road west of Sudzha.",
         "Ukrainian forces maintain positions in and around Sudzha."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ v08
    "v08-nato-briefing-transcript": [
        ["Press briefing by NATO Spokesperson Allison Marek, 14 November 2025"],
        ["ALLISON MAREK (NATO Spokesperson): Good afternoon, and thank you for joining us.",
         "I will start with a short update on Russia's war against Ukraine, and then take your questions."],
        ["According to Allied assessments, North Korea has now sent more than 14,000 soldiers to Russia in total, including around 3,000 who arrived as reinforcements earlier this year.",
         "Of those, we assess that around 6,000 have been killed or wounded in the Kursk region."],
        ["Russia, for its part, is losing well over 1,000 soldiers a day across the whole front line.",
         "Since February 2022, Russian casualties have passed 1.1 million killed and wounded.",
         "These are staggering numbers for very small gains."],
        ["QUESTION (Kyodo News): Thank you.",
         "Japan says it has shared intelligence on North Korean units with Allies.",
         "Can you confirm the figures Tokyo has published?"],
        ["MAREK: I won't go into intelligence details.",
         "What I can say is that North Korea's losses have been heavy, and that Pyongyang has paid for this deployment with its soldiers' lives."],
        ["QUESTION (Yonhap): South Korea's intelligence service told lawmakers last week that Pyongyang may send another 6,000 troops by the end of the year.",
         "Does NATO share that assessment?"],
        ["MAREK: We have seen those reports.",
         "We are not in a position to confirm a number, but we do see continued preparations for further deployments."],
        ["QUESTION (Ukrinform): Ukraine's armed forces chief said on Monday that Ukrainian losses in the Kursk operation were under 5 percent of the troops involved.",
         "Do Allies have their own estimate?"],
        ["MAREK: No, we do not publish estimates of Ukrainian losses.",
         "Let me add that Allies have delivered more than 2,000 air-defence interceptors to Ukraine since January, and a further 4 billion euro package was agreed last week.",
         "Thank you all."],
        [FOOTER],
    ],
}


def sentences(fid):
    """Every sentence of text `fid`, in order (title first, footer last)."""
    return [s for para in DOCS[fid] for s in para]


def text_of(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


def find(fid, key):
    hits = [s for s in sentences(fid) if key in s]
    if len(hits) != 1:
        raise SystemExit(f"{fid}: key {key!r} matched {len(hits)} sentences")
    return hits[0]


GOLD_HEADER = ["file", "quote", "claimant_id", "claimant_name", "relay_names", "whose_losses", "measure",
               "counted_in", "modality", "qualifier", "low", "best", "high", "count_as_written", "scope",
               "derived_from_quote", "notes"]

# (fid, key, claimant_id, claimant_name, relays, whose, measure, counted_in, modality, qualifier,
#  low, best, high, count_as_written, scope, derived_key, notes)
NK, RU, RUNK, UA, BOTH = "north_korean", "russian", "russian_and_north_korean", "ukrainian", "both_sides"
G = []


def row(fid, key, cid, cname, relays, whose, measure, unit, modality, qual, low, best, high, caw, scope,
        derived=None, notes=""):
    G.append((fid, key, cid, cname, relays, whose, measure, unit, modality, qual, low, best, high, caw, scope,
              derived, notes))


# v01 -- Nikkei-style
f = "v01-nikkei-intel-sharing"
row(f, "Japanese analysts now estimate", "jp-mod", "Japan's Ministry of Defense (internal document)", "Nikkei",
    NK, "killed_or_wounded", "people", "reported", "more_than", 4000, "", "", "more than 4,000", "cumulative",
    notes="the ministry's document, not the analysts' voice; headline restates this figure")
row(f, "The document puts", "jp-mod", "Japan's Ministry of Defense (internal document)", "Nikkei",
    NK, "killed", "people", "reported", "approximate", "", 1100, "", "roughly 1,100", "cumulative",
    notes="claimant referred to as 'the document'")
row(f, "Yonhap News Agency, citing", "kr-officials", "a South Korean government source (unnamed)", "Yonhap > Nikkei",
    NK, "deployed", "people", "reported", "approximate", "", 11000, "", "about 11,000", "stock",
    notes="outlet citing an outlet citing an anonymous source")
row(f, "closer to 12,000", "jp-officials", "Japanese officials (unnamed)", "Nikkei",
    NK, "deployed", "people", "reported", "approximate", "", 12000, "", "closer to 12,000", "stock")
row(f, "closer to 12,000", "kr-nis", "South Korea's National Intelligence Service (NIS)", "Nikkei",
    NK, "deployed", "people", "projected", "at_most", "", "", 3000, "up to 3,000 more", "stock",
    notes="NIS named as 'Seoul's spy agency'; forecast of additional troops by April")
row(f, "One Japanese official", "jp-officials", "a Japanese official (unnamed)", "Nikkei",
    NK, "casualties_unspecified", "battalions", "reported", "at_most", "", "", 1, "up to a battalion", "incident",
    notes="Jan. 9 is a date")
row(f, "The official said losses", "jp-officials", "a Japanese official (unnamed)", "Nikkei",
    NK, "casualties_unspecified", "people_per_day", "reported", "approximate", "", 40, "", "about 40 a day", "period")
for cid, cname in [("us-officials", "American officials (unnamed)"), ("uk-officials", "British officials (unnamed)"),
                   ("jp-officials", "Japanese officials (unnamed)")]:
    row(f, "American, British and Japanese officials", cid, cname, "Nikkei",
        NK, "casualties_unspecified", "people", "reported", "none", "", "", "", "disproportionately high",
        "unspecified", notes="loss stated without a number; three claimants in one sentence")
row(f, "the HUR, said last week", "ua-gur", "Defence Intelligence of Ukraine (GUR)", "Nikkei",
    NK, "killed", "people", "reported", "at_least", 1500, "", "", "at least 1,500", "cumulative",
    notes="named as 'Ukraine's military intelligence, the HUR'")
row(f, "the HUR, said last week", "ua-gur", "Defence Intelligence of Ukraine (GUR)", "Nikkei",
    NK, "wounded", "people", "reported", "approximate", "", 2700, "", "about 2,700", "cumulative")

# v02 -- Meduza-style investigation
f = "v02-meduza-named-dead"
row(f, "we had confirmed the names", "author", "The investigation's own voice (outlet not named)", "",
    RU, "killed", "people", "reported", "exact", 2147, 2147, 2147, "2,147", "cumulative",
    notes="count of named dead, a floor by the authors' own account")
row(f, "Applying that ratio", "author", "The investigation's own voice (outlet not named)", "",
    RU, "killed", "people", "reported", "range", 3600, "", 4800, "between 3,600 and 4,800", "cumulative",
    notes="extrapolated from the named count and the 45-60 percent coverage ratio")
row(f, "214 conscripts", "author", "The investigation's own voice (outlet not named)", "",
    RU, "killed", "people", "reported", "exact", 214, 214, 214, "214", "cumulative",
    notes="subset (conscripts) of the 2,147 named dead")
row(f, "One battalion of a naval infantry", "ru-marines-relatives",
    "wives and mothers of five marines of the battalion (interviewed)", "",
    RU, "casualties_unspecified", "percent_of_force", "reported", "approximate", "", 33.33, "",
    "about a third of its men", "period", notes="share of one battalion in a single week; 'five' counts interviewees")
row(f, "A Telegram channel", "ru-relatives-telegram", "a Telegram channel run by relatives of servicemen", "",
    RU, "missing", "people", "reported", "exact", 389, 389, 389, "389", "cumulative")
row(f, "It last gave a figure", "ru-mod", "Russia's Ministry of Defense", "",
    RU, "killed", "people", "reported", "exact", 5820, 5820, 5820, "5,820", "cumulative",
    notes="area=whole_war; figure dated autumn 2022, before the ledger period; claimant called 'it'")
row(f, "On Tuesday it said Russia", "ua-general-staff", "General Staff of the Armed Forces of Ukraine", "",
    RU, "killed_or_wounded", "people", "reported", "exact", 38000, 38000, 38000, "38,000", "cumulative",
    notes="'lost' defined by the text as including the wounded")
row(f, "In Rylsk", "rylsk-cemetery-caretaker", "the caretaker of the cemetery in Rylsk", "",
    RU, "killed", "people", "reported", "exact", 63, 63, 63, "63", "cumulative",
    notes="graves since the spring; 15,000 is the town's population, not a loss")

# v03 -- Ukrinform retelling the General Staff
f = "v03-ukrinform-general-staff"
row(f, "Russia loses about 195", "author", "Ukrinform (the report's own voice)", "",
    RUNK, "casualties_unspecified", "people_per_day", "reported", "approximate", "", 195, "", "about 195 soldiers a day",
    "period", derived="Over the past week, Russian forces", notes="headline figure the outlet computed: 1,365 / 7")
row(f, "Over the past week, Russian forces", "ua-general-staff", "General Staff of the Armed Forces of Ukraine",
    "Ukrinform", RUNK, "casualties_unspecified", "people", "reported", "exact", 1365, 1365, 1365, "1,365", "period",
    notes="relayed from a Facebook post; inline dateline is part of the sentence")
row(f, "412 of them were killed", "ua-general-staff", "General Staff of the Armed Forces of Ukraine", "Ukrinform",
    RUNK, "killed", "people", "reported", "exact", 412, 412, 412, "412", "period", notes="part of the weekly 1,365")
row(f, "412 of them were killed", "ua-general-staff", "General Staff of the Armed Forces of Ukraine", "Ukrinform",
    RUNK, "wounded", "people", "reported", "exact", 953, 953, 953, "953", "period", notes="part of the weekly 1,365")
row(f, "up to a company", "ua-general-staff", "General Staff of the Armed Forces of Ukraine", "Ukrinform",
    NK, "casualties_unspecified", "companies", "reported", "at_most", "", "", 1, "up to a company", "incident",
    notes="'wiped out' left unspecified; claimant called 'the post'")
row(f, "about 58,000 troops", "ua-general-staff", "General Staff of the Armed Forces of Ukraine", "Ukrinform",
    RUNK, "casualties_unspecified", "people", "reported", "approximate", "", 58000, "", "about 58,000", "cumulative",
    notes="total includes the North Koreans; Aug. 6 is a date")
row(f, "about 58,000 troops", "ua-general-staff", "General Staff of the Armed Forces of Ukraine", "Ukrinform",
    NK, "casualties_unspecified", "people", "reported", "approximate", "", 4100, "", "roughly 4,100", "cumulative",
    notes="subset of the 58,000")
row(f, "painful but manageable", "ua-kursk-group-spokesman",
    "Col. Vadym Movchan, spokesman for the Kursk group of forces", "Ukrinform",
    UA, "casualties_unspecified", "people", "reported", "none", "", "", "", "painful but manageable losses",
    "unspecified", notes="loss stated without a number")
row(f, "Movchan said that if", "ua-kursk-group-spokesman",
    "Col. Vadym Movchan, spokesman for the Kursk group of forces", "Ukrinform",
    RUNK, "casualties_unspecified", "people", "conditional", "exact", 5000, 5000, 5000, "another 5,000", "period",
    notes="additional losses forecast to the end of the month; 'the enemy' read as Russian and North Korean forces")
row(f, "Ukrinform earlier reported", "ua-gur", "Defence Intelligence of Ukraine (GUR)", "Ukrinform",
    NK, "deployed", "people", "reported", "approximate", "", 1500, "", "about 1,500 fresh troops", "stock",
    notes="GUR named as 'Kyiv's military spy agency'; a rotation of fresh troops")

# v04 -- Daily NK-style
f = "v04-dailynk-sources"
row(f, "notified at least 30 families", "kp-source-south-hamgyong", "a source in South Hamgyong Province (unnamed)",
    "Daily NK", NK, "killed", "people", "reported", "at_least", 30, "", "", "at least 30", "cumulative",
    notes="deaths notified as 'overseas training'; counted as families notified")
row(f, "dozens of soldiers", "kp-source-south-hamgyong", "a source in South Hamgyong Province (unnamed)",
    "Daily NK", NK, "killed", "people", "reported", "vague", 24, "", 99, "dozens", "period",
    notes="one battalion, one week in December")
row(f, "A second source in Pyongyang", "kp-wpk", "North Korea's Workers' Party (closed briefing to cadres)",
    "a source in Pyongyang > Daily NK", NK, "killed", "people", "reported", "vague", 300, "", 999,
    "several hundred", "cumulative", notes="claim made inside a party meeting, passed on by the source")
row(f, "According to the Pyongyang source", "kp-source-pyongyang", "a source in Pyongyang (unnamed)", "Daily NK",
    NK, "wounded", "people", "reported", "approximate", "", 2000, "", "around 2,000", "cumulative",
    notes="wounded brought home")
row(f, "Rep. Cho Min-hyuk", "kr-nis", "South Korea's National Intelligence Service (NIS)", "Rep. Cho Min-hyuk",
    NK, "killed", "people", "reported", "approximate", "", 600, "", "about 600", "cumulative",
    notes="lawmaker relaying a closed-door briefing")
row(f, "Rep. Cho Min-hyuk", "kr-nis", "South Korea's National Intelligence Service (NIS)", "Rep. Cho Min-hyuk",
    NK, "wounded", "people", "reported", "approximate", "", 3100, "", "some 3,100", "cumulative")
row(f, "The NIS also expects", "kr-nis", "South Korea's National Intelligence Service (NIS)", "Rep. Cho Min-hyuk",
    NK, "deployed", "people", "projected", "exact", 2500, 2500, 2500, "an additional 2,500", "stock",
    notes="forecast of additional troops by the end of March; relay named by surname")
row(f, "A third source", "kp-source-sinuiju", "a trader in Sinuiju (unnamed source)", "Daily NK",
    NK, "killed", "people", "conditional", "approximate", "", 1000, "", "a thousand more", "period",
    notes="counted as families notified; horizon 'through the summer'")

# v05 -- Foreign Policy-style essay
f = "v05-fp-korean-war-essay"
row(f, "Seventy-five years later", "author", "The essay's author, in their own voice", "",
    NK, "killed_or_wounded", "people", "reported", "vague", 2000, "", 9999, "thousands", "cumulative",
    notes="'Seventy-five years' is not a loss")
row(f, "By the Pentagon's count", "us-dod", "US Department of Defense (Pentagon)", "",
    NK, "killed_or_wounded", "people", "reported", "approximate", "", 4000, "", "about 4,000", "cumulative")
row(f, "By the Pentagon's count", "us-dod", "US Department of Defense (Pentagon)", "",
    NK, "killed_or_wounded", "percent_of_force", "reported", "approximate", "", 33.33, "",
    "roughly a third of the force", "cumulative")
for cid, cname in [("us-officials", "American officials (unnamed)"), ("uk-officials", "British officials (unnamed)"),
                   ("kr-officials", "South Korean officials (unnamed)")]:
    row(f, "American, British and South Korean officials", cid, cname, "",
        NK, "killed", "people", "reported", "range", 1000, "", 1500, "between 1,000 and 1,500", "cumulative",
        notes="interviewed by the author; three claimants in one sentence")
row(f, "On page 23", "hanbit-institute", "Hanbit Institute for Security Studies (Seoul)", "",
    NK, "killed_or_wounded", "people", "reported", "exact", 4700, 4700, 4700, "4,700", "cumulative",
    notes="report quoted by page; 23 is a page number")
row(f, "Up to half", "kr-officials", "a senior South Korean official (unnamed, interviewed)", "",
    NK, "killed_wounded_missing_or_captured", "percent_of_force", "reported", "at_most", "", "", 50, "Up to half",
    "cumulative")
row(f, "Ukraine, which captured three", "author", "The essay's author, in their own voice", "",
    NK, "captured", "people", "reported", "exact", 3, 3, 3, "three", "period")
row(f, "If the attrition", "western-intelligence", "a Western intelligence estimate circulated in Washington", "",
    NK, "casualties_unspecified", "percent_of_force", "conditional", "exact", 100, 100, 100,
    "its entire expeditionary force", "cumulative", notes="projected total; counterfactual if-clause")
row(f, "perhaps 6,000 strong", "kr-officials", "Seoul (the South Korean government)", "",
    NK, "deployed", "people", "reported", "approximate", "", 6000, "", "perhaps 6,000", "stock",
    notes="April 26 is a date")
row(f, "1,500 sappers", "kp-government", "North Korea's government (Pyongyang)", "",
    NK, "deployed", "people", "projected", "exact", 1500, 1500, 1500, "1,500 sappers", "stock",
    notes="pledged future deployment")
row(f, "1,500 sappers", "kp-government", "North Korea's government (Pyongyang)", "",
    NK, "deployed", "people", "projected", "exact", 4000, 4000, 4000, "4,000 military builders", "stock",
    notes="pledged future deployment of military construction troops")
row(f, "tens of thousands", "western-officials", "Western officials (unnamed)", "",
    BOTH, "casualties_unspecified", "people", "reported", "vague", 20000, "", 99999, "tens of thousands",
    "cumulative", notes="'tens of thousands' bounded 20,000-99,999 by curator choice")

# v06 -- CNN-style hospital report
f = "v06-cnn-frontline-hospital"
KOV = ("ua-hospital-surgeon", "Dr. Iryna Kovalchuk, chief surgeon of a Ukrainian field hospital")
row(f, "as many as 60", *KOV, "CNN", UA, "wounded", "people_per_day", "reported", "at_most", "", "", 60,
    "as many as 60", "unspecified", notes="'on a bad night'; 41 is her age")
row(f, "more than 1,800 wounded", *KOV, "CNN", UA, "wounded", "people", "reported", "more_than", 1800, "", "",
    "more than 1,800", "cumulative", notes="patients received at one hospital")
row(f, "146 died", *KOV, "CNN", UA, "killed", "people", "reported", "exact", 146, 146, 146, "146", "cumulative",
    notes="died of wounds; subset of the 1,800")
row(f, "a dozen wounded men", *KOV, "CNN", UA, "wounded", "people", "reported", "approximate", "", 12, "",
    "a dozen", "incident")
row(f, "Sgt. Andriy Melnyk", "ua-medic-melnyk", "Sgt. Andriy Melnyk, a medic with an assault battalion", "CNN",
    UA, "casualties_unspecified", "percent_of_force", "reported", "approximate", "", 50, "", "nearly half",
    "period", notes="one company over three weeks; 27 is his age")
row(f, "more than 64,000", "ru-mod", "Russia's Ministry of Defense", "CNN",
    UA, "casualties_unspecified", "people", "reported", "more_than", 64000, "", "", "more than 64,000",
    "cumulative")
row(f, "RBC Ukraine, citing", "ua-gur", "a source in Ukrainian military intelligence", "RBC Ukraine > CNN",
    NK, "casualties_unspecified", "people_per_day", "reported", "approximate", "", 55, "", "about 55 soldiers a day",
    "period", notes="outlet citing an outlet; rate tied to January")
row(f, "heavy losses", "ua-officials", "a Ukrainian military official (unnamed)", "CNN",
    NK, "casualties_unspecified", "people", "reported", "none", "", "", "", "heavy losses", "period",
    notes="loss stated without a number; December")
row(f, "about 80 a day", *KOV, "CNN", UA, "wounded", "people_per_day", "conditional", "approximate", "", 80, "",
    "about 80 a day", "period", notes="if-clause forecast for the spring")

# v07 -- ISW-style assessment
f = "v07-isw-daily-assessment"
row(f, "ISW assesses", "author", "ISW (the assessment's own voice)", "",
    NK, "casualties_unspecified", "people", "reported", "at_least", 3800, "", "", "at least 3,800", "cumulative",
    notes="hedged 'likely'")
row(f, "A prominent Russian milblogger", "ru-milblogger", "a prominent Russian milblogger (unnamed)", "ISW",
    RU, "casualties_unspecified", "percent_of_force", "reported", "at_most", "", "", 70, "up to 70 percent",
    "incident", notes="one battalion, one failed assault")
row(f, "Colonel Mykola Danyliuk", "ua-kursk-forces-spokesperson",
    "Col. Mykola Danyliuk, spokesperson for a Ukrainian group of forces in Kursk Oblast", "ISW",
    RUNK, "casualties_unspecified", "people_per_day", "reported", "approximate", "", 150, "",
    "roughly 150 personnel per day", "period", notes="'up to 25 assaults per day' is not a loss")
row(f, "Danyliuk added", "ua-kursk-forces-spokesperson",
    "Col. Mykola Danyliuk, spokesperson for a Ukrainian group of forces in Kursk Oblast", "ISW",
    NK, "killed_or_captured", "people", "reported", "vague", 45, "", 49, "nearly 50", "incident",
    notes="one clearing operation over two days")
row(f, "over 52,000 personnel", "ru-mod", "Russia's Ministry of Defense", "ISW",
    UA, "casualties_unspecified", "people", "reported", "more_than", 52000, "", "", "over 52,000", "cumulative")
row(f, "Russian milbloggers also", "ru-milbloggers", "Russian milbloggers (unnamed)", "ISW",
    UA, "casualties_unspecified", "people", "reported", "none", "", "", "", "significant losses", "incident",
    notes="loss stated without a number")
row(f, "could reach 8,000", "kr-jcs", "South Korea's Joint Chiefs of Staff (JCS)", "ISW",
    NK, "casualties_unspecified", "people", "projected", "exact", 8000, 8000, 8000, "8,000", "cumulative",
    notes="projected total by April 2025")
row(f, "ISW previously assessed", "author", "ISW (the assessment's own voice)", "",
    NK, "deployed", "people", "reported", "range", 11000, "", 12000, "roughly 11,000 to 12,000", "stock")

# v08 -- NATO press briefing
f = "v08-nato-briefing-transcript"
NATO = ("nato", "Allison Marek, NATO Spokesperson")
row(f, "more than 14,000 soldiers", *NATO, "", NK, "deployed", "people", "reported", "more_than", 14000, "", "",
    "more than 14,000", "stock", notes="'Allied assessments'; total sent over time")
row(f, "more than 14,000 soldiers", *NATO, "", NK, "deployed", "people", "reported", "approximate", "", 3000, "",
    "around 3,000", "stock", notes="reinforcements, part of the 14,000")
row(f, "Of those, we assess", *NATO, "", NK, "killed_or_wounded", "people", "reported", "approximate", "", 6000,
    "", "around 6,000", "cumulative")
row(f, "well over 1,000", *NATO, "", RU, "casualties_unspecified", "people_per_day", "reported", "more_than",
    1000, "", "", "well over 1,000 soldiers a day", "unspecified", notes="area=whole_war")
row(f, "1.1 million", *NATO, "", RU, "killed_or_wounded", "people", "reported", "more_than", 1100000, "", "",
    "passed 1.1 million", "cumulative", notes="area=whole_war; since February 2022")
row(f, "have been heavy", *NATO, "", NK, "casualties_unspecified", "people", "reported", "none", "", "", "",
    "heavy", "unspecified", notes="loss stated without a number")
row(f, "another 6,000 troops", "kr-nis", "South Korea's National Intelligence Service (NIS)",
    "South Korean lawmakers > Yonhap", NK, "deployed", "people", "projected", "exact", 6000, 6000, 6000,
    "another 6,000", "stock", notes="claim relayed in a reporter's question; forecast of additional troops")
row(f, "under 5 percent", "ua-barhylevych", "Ukraine's armed forces chief", "Ukrinform",
    UA, "casualties_unspecified", "percent_of_force", "reported", "fewer_than", "", "", 5, "under 5 percent",
    "cumulative", notes="claim relayed in a reporter's question; ledger body named by title only")

# ------------------------------------------------------------------ traps
T = []


def trap(fid, key, why):
    T.append((fid, key, why))


def restates(fid, key, body_key):
    T.append((fid, key, "headline restates: " + find(fid, body_key)))


restates("v01-nikkei-intel-sharing", "tops 4,000", "Japanese analysts now estimate")
trap("v01-nikkei-intel-sharing", "three officials in Tokyo", "number of sources, not a loss")
trap("v01-nikkei-intel-sharing", "The arrangement, agreed", "date, ordinal, count of governments and a year")
trap("v01-nikkei-intel-sharing", "2.3 billion yen", "money and a fiscal year")
trap("v02-meduza-named-dead", "For eleven months", "duration of the investigation")
trap("v02-meduza-named-dead", "between 45 and 60 percent", "coverage ratio of obituaries, not a loss")
trap("v05-fp-korean-war-essay", "Echoes 1950", "headline year")
trap("v05-fp-korean-war-essay", "October 1950", "historical date")
trap("v05-fp-korean-war-essay", "180,000 to 400,000",
     "historical Korean War figures for Chinese forces (1950-53), outside the ledger's Kursk scope and no whose_losses value")
trap("v05-fp-korean-war-essay", "three years and 17 days", "duration of a past war")
trap("v03-ukrinform-general-staff", "11 tanks", "equipment, not people")
trap("v03-ukrinform-general-staff", "groups of 10 to 15", "size of attack groups, not a loss or troop count")
trap("v04-dailynk-sources", "11th Corps", "unit designation")
trap("v04-dailynk-sources", "500,000 won", "money paid to families")
trap("v06-cnn-frontline-hospital", "40 kilometers", "distance; inline dateline")
trap("v06-cnn-frontline-hospital", "12 beds", "beds and number of strikes")
trap("v07-isw-daily-assessment", "January 21, 2025", "stand-alone date line (title)")
trap("v07-isw-daily-assessment", "recently advanced near Makhnovka", "date")
trap("v07-isw-daily-assessment", "1.5 kilometers", "distance, date and road number")
trap("v08-nato-briefing-transcript", "14 November 2025", "stand-alone date line (title)")
trap("v08-nato-briefing-transcript", "2,000 air-defence", "interceptors and money")


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        body = text_of(fid)
        n = len(body.split())
        if not 220 <= n <= 420:
            raise SystemExit(f"{fid}: {n} words")
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(body)
    with open(os.path.join(ROOT, "gold.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(GOLD_HEADER)
        for (fid, key, cid, cname, relays, whose, measure, unit, modality, qual, low, best, high, caw, scope,
             derived, notes) in G:
            w.writerow([f"texts/{fid}.txt", find(fid, key), cid, cname, relays, whose, measure, unit, modality,
                        qual, low, best, high, caw, scope, find(fid, derived) if derived else "", notes])
    with open(os.path.join(ROOT, "traps.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "sentence", "why"])
        for fid, key, why in T:
            w.writerow([f"texts/{fid}.txt", find(fid, key), why])
    print(f"{len(DOCS)} texts, {len(G)} gold rows, {len(T)} trap rows")
    for fid in DOCS:
        print(fid, len(text_of(fid).split()), "words")


if __name__ == "__main__":
    main()
