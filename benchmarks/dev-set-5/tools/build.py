"""Build dev-set-5: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). Gold quotes and trap sentences are picked by a unique substring,
so every quote is verbatim. Run from the dev-set-5 folder or anywhere:

    python3 tools/build.py && python3 ../check_curated_set.py .
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {
"k01-yonhap-jcs-acknowledgement": [
    ["(LEAD) JCS says about 600 N. Korean troops killed in Kursk as Pyongyang admits deaths"],
    ["SEOUL, April 30 (Yonhap) -- South Korea's Joint Chiefs of Staff (JCS) said Wednesday that about 600 North Korean soldiers have been killed in Russia's Kursk region since their deployment, days after Pyongyang admitted for the first time that its troops had died there."],
    ["The JCS put the number of North Korean troops killed or wounded at around 4,200, up from 3,400 in its February estimate.",
     "The figures were released at a regular briefing two days after the North's announcement."],
    ["On Monday, the Korean Central News Agency (KCNA) carried a statement by the ruling Workers' Party's Central Military Commission acknowledging that an unspecified number of soldiers had been killed in what it called the liberation of Kursk.",
     "The statement praised their \"heroic\" sacrifice and said a memorial would be built in Pyongyang."],
    ["A JCS official, speaking on condition of anonymity, said the North now keeps about 9,500 troops in Russia after rotating in some 2,500 replacements since January.",
     "Most of the replacements are believed to have come from the same special operations units as the first wave, the official added."],
    ["South Korea's military does not rule out a third dispatch and estimates that Pyongyang could send up to 6,000 additional troops if Russia presses ahead with an offensive in Ukraine's Sumy region.",
     "It also said the North has shipped about 250 long-range rocket launchers and more than 12 million artillery shells to Russia since August 2023."],
    ["Separately, the National Intelligence Service (NIS) told lawmakers on Tuesday that at least two North Korean generals were among the wounded, according to Rep. Lee Jae-kwon of the intelligence committee, who attended the closed-door session.",
     "Lee quoted the agency as saying that the death toll among North Korean troops may already have passed 700, higher than the military's count.",
     "The NIS also said the two North Koreans captured by Ukrainian forces in January were still being held in Kyiv and had been questioned by South Korean officials, according to Lee."],
    ["The two Koreas remain technically at war because the 1950-53 Korean War ended in an armistice, not a peace treaty.",
     "(END)"],
],
"k02-washington-analysis": [
    ["U.S. estimate of North Korean casualties in Kursk nearly doubles, to more than 5,000"],
    ["WASHINGTON \u2014 American intelligence agencies have sharply raised their estimate of North Korea's casualties in Russia's Kursk region, concluding that Pyongyang's expeditionary force has been ground down far faster than believed over the winter, according to three U.S. officials familiar with the findings."],
    ["The latest assessment, completed in early May, puts North Korean casualties \u2014 killed and wounded \u2014 at about 5,200, the officials said, speaking on the condition of anonymity to discuss classified intelligence.",
     "An earlier estimate, shared with allies in January, had put the figure at roughly 2,800.",
     "The assessment concludes that at least 1,100 of them have been killed, roughly one in ten of the soldiers Pyongyang has sent, one of the officials said."],
    ["The difference reflects both heavier fighting and better information, the officials said, including intercepted communications and drone footage supplied by Ukraine.",
     "Since Moscow declared the region cleared of Ukrainian troops in late April, the officials estimate, North Korean units have been losing about 15 men a day, compared with more than 100 a day during the January fighting."],
    ["U.S. and South Korean officials say roughly 11,000 North Korean troops were sent in the first wave last fall and about 3,000 replacements followed in early 2025.",
     "A senior NATO official, who was not authorized to speak publicly, offered a grimmer view, saying allied estimates of North Korean dead ranged from 1,500 to 2,000.",
     "The same official said Russian forces had also suffered significant losses in Kursk, but declined to give a number."],
    ["Ukrainian officials have not disclosed their own losses in the region, which Western military analysts describe as considerable."],
    ["The findings arrive as the administration weighs whether to resume weapons shipments that were paused for eight days in March.",
     "North Korea has sent Russia more than 170 self-propelled guns and 240 multiple rocket launchers, according to a separate allied estimate.",
     "Moscow and Pyongyang signed their mutual defense treaty in June 2024, and the North confirmed the deployment only in late April.",
     "The Pentagon declined to comment, and the North Korean mission to the United Nations did not respond to a request sent on Tuesday."],
],
"k03-kyiv-assault-report": [
    ["'They kept coming': 95th Brigade says it held the line near Staraya Kositsa"],
    ["Ukraine's 95th Air Assault Brigade said on Feb. 9 that it had beaten back a North Korean assault on its positions near the village of Staraya Kositsa in Russia's Kursk Oblast, killing 112 attackers and wounding about 180 over 72 hours of fighting."],
    ["The brigade's press officer, Lt. Andrii Soroka, told the Kyiv Independent that the North Korean troops had advanced in waves of 30 to 40 men across frozen fields, often without armored support.",
     "By the second day, he said, the attackers had lost up to two companies.",
     "Ukrainian losses in the battle were four killed and 11 wounded, Soroka said, a figure the Kyiv Independent could not independently verify.",
     "He added that the brigade had captured one North Korean soldier, the first it has taken alive."],
    ["Staraya Kositsa, about 12 kilometers north of the border, had a prewar population of roughly 350.",
     "The brigade said it also destroyed 14 drones and two armored vehicles during the fighting."],
    ["Ukraine's General Staff said in its daily update on Feb. 10 that Russian forces had lost 1,240 troops killed and wounded along the entire front over the previous 24 hours.",
     "Its running tally of Russian troops killed and wounded since the full-scale invasion began stood at 851,390.",
     "In the Kursk direction alone, the General Staff reported 48 combat clashes that day."],
    ["Russia's Defense Ministry claimed the same day that Ukraine had lost up to 210 servicemen in the Kursk area over the previous day, and made no mention of North Korean troops.",
     "The ministry's figures cannot be independently verified, and Moscow does not disclose its own losses."],
    ["Soroka said the assaults had slowed by the evening of Feb. 9 but that the brigade expected them to resume.",
     "\"They keep coming, and we keep counting,\" he said."],
],
"k04-exile-outlet-milblogger": [
    ["Pro-war blogger names 146 dead from one Kursk regiment and says the real toll is three times higher"],
    ["March 31, 2025, 18:40"],
    ["A Russian military blogger who writes under the name Sever-Z has published a list of 146 servicemen from the 338th Separate Assault Regiment who, he says, were killed in the Kursk region between January and March, each identified by name, rank and hometown.",
     "The blogger, whose Telegram channel has about 260,000 subscribers, said he had compiled the list from obituaries, relatives' posts and tips passed to him by the regiment's own officers."],
    ["Our journalists were able to confirm the deaths of 131 of the men on the list through social media and local news reports, but could not verify the rest.",
     "Sever-Z argues that named obituaries capture only about a third of real deaths, because many families stay silent, and he estimates the regiment's true toll at between 400 and 450 dead."],
    ["He also wrote that the regiment had started the year with about 1,800 men and had since received two rounds of reinforcements, the second of them some 300 strong.",
     "Citing the regiment's chief of staff, whom he did not name, Sever-Z wrote that the unit lost 37 men killed and 60 wounded in a single night assault on the village of Novaya Sorochina on Feb. 21."],
    ["The post accuses commanders of hiding the toll from families and of sending wounded men back into assaults.",
     "It also claims that the Ukrainian units defending the area suffered catastrophic losses, without offering figures."],
    ["For comparison, Mediazona and the BBC Russian Service, which count confirmed deaths across the whole army, said in late March that they had identified more than 106,000 Russian soldiers killed since February 2022.",
     "The Defence Ministry has not published a toll of its own dead since 2022."],
    ["The regiment was formed in 2023 near Novorossiysk.",
     "The post was deleted after 19 hours, but copies continue to circulate."],
],
"k05-uk-defence-intelligence": [
    ["Latest Defence Intelligence update on the situation in Ukraine \u2013 14 February 2025"],
    ["Russian forces have almost certainly sustained an average of 1,410 casualties (killed and wounded) per day during January 2025, the highest monthly average since the start of the full-scale invasion.",
     "This equates to a monthly total of around 43,700 casualties.",
     "Defence Intelligence assesses that total Russian casualties since February 2022 are likely to have exceeded 830,000."],
    ["In Kursk Oblast, North Korean forces have likely suffered around 4,000 casualties since first engaging in combat in early December 2024, including several hundred killed.",
     "North Korean casualty rates likely peaked at approximately 120 a day during the week of 6 to 12 January, when the troops were used in dismounted mass assaults across open ground."],
    ["The North Korean contingent, originally around 11,000 personnel, has highly likely been reduced to fewer than 8,000 combat-effective troops.",
     "Ukrainian casualties in Kursk are unlikely to be disclosed by Kyiv, but are almost certainly significant."],
    ["Russia is likely to continue to rely on North Korean manpower; a further deployment of up to 3,000 troops is a realistic possibility in the coming months.",
     "At current rates, Russian casualties in 2025 are likely to exceed 400,000 for the year."],
    ["Russia also likely lost around 190 armoured vehicles during January, mostly to Ukrainian drones.",
     "Ukrainian forces likely still hold approximately 500 square kilometres of Kursk Oblast, down from a peak of over 1,000 in late August 2024.",
     "Today is day 1,087 of the full-scale invasion."],
    ["Find out more about the UK government's response to the invasion on GOV.UK."],
],
"k06-kcna-seoul-paper": [
    ["North Korea unveils Kursk memorial as Seoul puts its dead at over 2,000"],
    ["North Korea held a solemn ceremony in Pyongyang on Thursday to unveil a monument to its soldiers who fought in Russia's Kursk region, the state-run Korean Central News Agency reported Friday."],
    ["KCNA said the Kursk operation had been won \"at the cost of precious lives\" but did not say how many soldiers had died.",
     "Leader Kim Jong Un told the gathering that the names of the fallen, \"numbering in the hundreds,\" would be engraved on the monument's granite wall, the agency reported.",
     "Kim also claimed that the North Korean \"volunteers\" had annihilated thousands of Ukrainian troops, a figure the report did not break down."],
    ["KCNA said the ceremony was attended by some 3,000 officers, soldiers and bereaved families.",
     "It also said 18 soldiers had been posthumously awarded the title of Hero of the DPRK.",
     "The monument, a 27-meter granite obelisk, stands on the bank of the Taedong River."],
    ["The state media report gave no other figures, but South Korea's National Intelligence Service told lawmakers earlier this month that about 2,300 North Korean soldiers had been killed and 4,500 wounded since their deployment last autumn.",
     "A senior government official in Seoul said Pyongyang currently has about 10,000 troops in Russia and is preparing to send roughly 6,000 military engineers and deminers to help clear Kursk of mines."],
    ["The ceremony came on the eve of the 80th anniversary of Korea's liberation from Japanese rule on Aug. 15, 1945.",
     "The two North Korean soldiers whom Ukrainian forces captured in January, and who have said they want to go to South Korea, were not mentioned.",
     "North Korean state media has never said how many of its troops were sent to Russia."],
],
"k07-fact-check-viral-figure": [
    ["Fact check: Did 20,000 North Korean soldiers die in Kursk?"],
    ["Claim: A post shared more than 40,000 times on X says that \"20,000 North Korean soldiers have died in Kursk,\" citing Ukrainian intelligence.",
     "Verdict: False. The figure is roughly ten times the highest estimate of North Korean deaths published by any government."],
    ["The facts.",
     "The highest official figure we could find comes from South Korea's National Intelligence Service, which told lawmakers in September that about 2,000 North Korean soldiers had been killed.",
     "Ukraine's military intelligence agency, the GUR, told us by email that it had never published such a number; its own latest estimate, from August, is \"more than 1,800 killed and about 4,000 wounded.\"",
     "The U.S. Defense Department has not updated its public estimate since January, when a spokesman put North Korean killed and wounded at \"over 1,000.\""],
    ["Where did 20,000 come from?",
     "The earliest version we found was a Telegram channel's post on Sept. 3 saying that North Korea had \"sent about 20,000 people\" to Russia since last year; in later reposts, \"sent\" became \"lost.\"",
     "Counting all rotations, South Korean officials put the number of North Korean troops sent at about 15,000, fewer than the number the viral post says died."],
    ["The post also claimed that Ukraine had lost \"only 300 men\" in Kursk, a number no Ukrainian official has given.",
     "Kyiv does not publish its casualties by front; President Volodymyr Zelenskyy said in February that more than 45,000 Ukrainian soldiers had been killed in the whole war."],
    ["We contacted five agencies for this article; three replied.",
     "The account that posted the claim was created in 2023 and had 1,200 followers before the post went viral.",
     "This fact check was updated on Sept. 12, 2025, to add the GUR's response."],
],
"k08-think-tank-commentary": [
    ["Pyongyang's Kursk Ledger: What the Fighting Has Cost the Korean People's Army"],
    ["Commentary, 9 September 2025"],
    ["When the first North Korean battalions reached the Kursk front in December 2024, few Western analysts expected them to be thrown into frontal assaults.",
     "Nine months on, the toll is clearer, if still contested."],
    ["Our best reading of the open-source and official evidence is that roughly one in four of the soldiers Pyongyang sent in its first contingent has been killed or wounded.",
     "For the assault battalions of the 11th Corps, which bore the brunt of the January fighting, the share is far higher: nearly 40 percent, by our count.",
     "South Korean intelligence officials have gone further, telling lawmakers that most of the first contingent had been killed or wounded by the spring."],
    ["In absolute terms, our estimate implies somewhere between 2,700 and 3,300 North Korean casualties from a first contingent of about 11,000.",
     "Russia's own formations have fared little better: a senior Ukrainian intelligence official told us that of some 50,000 Russian troops massed for the Kursk counteroffensive, roughly a third had been killed or wounded by March."],
    ["The question now is what comes next.",
     "If the current pace of about 30 North Korean casualties a day holds, Pyongyang would lose a further 3,600 men by the end of the year.",
     "We project that total North Korean casualties in Russia will reach roughly 9,000 by early 2026, whether or not fresh troops arrive.",
     "They probably will: South Korea's Joint Chiefs of Staff expects Pyongyang to send another 4,000 to 6,000 troops in the coming months."],
    ["Ukraine's losses in Kursk remain the least transparent part of the picture; Kyiv has said only that they are many times lower than Russia's."],
    ["The Korean People's Army numbers roughly 1.3 million active troops, so even these losses are small against its total strength.",
     "This analysis draws on 340 geolocated videos and 12 interviews with officials in Seoul, Kyiv and Washington."],
],
"k09-live-blog": [
    ["Russia-Ukraine war live: North Korean prisoner count rises to three, Zelenskyy says"],
    ["Monday 20 January 2025"],
    ["08:10 \u2014 Ukraine's General Staff says Russian forces lost 1,630 troops killed and wounded across the front over the past day."],
    ["08:45 \u2014 Ukraine's air force says Russia launched 96 Shahed-type drones overnight, of which 63 were shot down."],
    ["09:30 \u2014 The Birds of Magyar drone unit says its operators killed 27 North Korean soldiers and wounded 19 near the village of Novyi Put in the past 48 hours.",
     "It posted footage it says shows the strikes."],
    ["10:15 \u2014 Ukraine and Russia swap prisoners: 25 Ukrainian soldiers have come home in exchange for 25 Russians, Ukraine's coordination headquarters says."],
    ["11:00 \u2014 Zelenskyy says Ukrainian forces have captured another North Korean soldier in Kursk, the third so far."],
    ["11:40 \u2014 Russia's Defence Ministry claims Ukraine lost more than 300 servicemen in the Kursk region over the past day."],
    ["12:20 \u2014 A train carrying about 1,500 fresh North Korean troops has arrived in Kursk, Ukraine's military intelligence agency GUR says."],
    ["13:05 \u2014 Britain pledges \u00a3150 million for drone production in Ukraine."],
    ["14:05 \u2014 Reuters, citing two sources familiar with the matter, reports that North Korean losses since the deployment have reached about 3,800 killed or wounded."],
    ["14:50 \u2014 Russian military blogger Roman Saburov writes that Russian units near Sudzha suffered heavy losses in a failed attack overnight."],
    ["15:30 \u2014 The Kursk governor says four civilians were killed by Ukrainian shelling in Rylsk."],
    ["16:10 \u2014 Ukraine's military says it destroyed 11 Russian tanks and 31 artillery systems in the past day."],
    ["17:00 \u2014 A senior NATO official says Russia is losing on average about 1,000 soldiers a day across Ukraine, killed or wounded."],
    ["18:20 \u2014 That's all for today; we will be back at 07:00 tomorrow."],
],
"k10-war-in-numbers": [
    ["Kursk, 2024: the year's war in numbers"],
    ["Five months after Ukrainian troops crossed into Russia's Kursk region, and eight weeks after North Korean soldiers joined the battle, here is the year in figures, as given by those who keep count."],
    ["North Korea's troops.",
     "Deployed: about 11,000, according to South Korea's National Intelligence Service.",
     "Killed: at least 100, the NIS says; Ukraine's military intelligence says the real number is several times higher.",
     "Wounded: around 1,000, according to the NIS.",
     "Killed or wounded: 3,000, by President Volodymyr Zelenskyy's count.",
     "Captured: two, according to Ukraine's SBU security service.",
     "Missing: dozens, says a Russian military blogger who follows the North Korean units.",
     "Losses per day at the mid-December peak: up to 200, according to Ukraine's General Staff."],
    ["Russia's troops.",
     "Reinforcements moved to Kursk since August: some 50,000, U.S. officials say.",
     "Killed or wounded in Kursk since August: more than 38,000, according to Ukraine's top commander, Oleksandr Syrskyi.",
     "Taken prisoner in Kursk: more than 700, by Syrskyi's count."],
    ["Ukraine's troops.",
     "Losses in Kursk: not disclosed by Kyiv; Russia's Defence Ministry claims more than 40,000."],
    ["The rest.",
     "Territory held by Ukraine in Kursk: about 800 square kilometres, down from a peak of some 1,300.",
     "Days since the incursion began on Aug. 6: 147.",
     "Kursk region residents evacuated: about 150,000.",
     "Artillery shells North Korea has sent Russia: more than 5 million, South Korean officials estimate.",
     "Sources for this list: seven government agencies and two independent trackers."],
],
}

SHORT = {k[:3]: k for k in DOCS}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def find(short, key):
    fid = SHORT[short]
    hits = [s for s in sentences(fid) if key in s]
    if len(hits) != 1:
        raise SystemExit(f"{short}: key {key!r} matches {len(hits)} sentences")
    return hits[0]


# ---- claimants -------------------------------------------------------------
C = {
    "author": "The text's own voice",
    "kr-jcs": "South Korea's Joint Chiefs of Staff (JCS)",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-officials": "South Korean officials (unnamed)",
    "kp-wpk-cmc": "Central Military Commission of North Korea's Workers' Party",
    "kp-kcna": "Korean Central News Agency (KCNA), North Korean state media",
    "kp-kim-jong-un": "Kim Jong Un, leader of North Korea",
    "us-intelligence": "US intelligence agencies",
    "us-officials": "US officials (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "nato-official-unnamed": "Senior NATO official (unnamed)",
    "western-analysts": "Western military analysts (unnamed)",
    "ua-95th-brigade": "95th Polissia Airborne Assault Brigade (Ukraine)",
    "ua-soroka": "Lt. Andrii Soroka, press officer of Ukraine's 95th brigade",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-sbu": "Security Service of Ukraine (SBU)",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ua-syrskyi": "Oleksandr Syrskyi, Commander-in-Chief of Ukraine's armed forces",
    "ua-officials": "Ukrainian officials (unnamed)",
    "ua-intelligence-official-unnamed": "Senior Ukrainian intelligence official (unnamed)",
    "ua-birds-of-magyar": "Birds of Magyar (Ukraine)",
    "ua-telegram-channel-unnamed": "Unnamed Telegram channel",
    "ru-mod": "Russian Ministry of Defence",
    "ru-blogger-sever-z": "Sever-Z, Russian military blogger (Telegram)",
    "ru-338-chief-of-staff": "Chief of staff of Russia's 338th Separate Assault Regiment (unnamed)",
    "ru-blogger-saburov": "Roman Saburov, Russian military blogger",
    "ru-blogger-unnamed": "Russian military blogger (unnamed)",
    "mediazona": "Mediazona",
    "bbc-russian": "BBC Russian Service",
    "uk-mod": "UK Ministry of Defence (Defence Intelligence)",
    "x-post-unnamed": "Author of a viral post on X (unnamed account)",
    "sources-unnamed": "Two sources familiar with the matter (unnamed)",
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

# k01 Yonhap wire: JCS and NIS after Pyongyang's acknowledgement
Y = "Yonhap"
LY = "Lee Jae-kwon > Yonhap"
G("k01", "SEOUL, April 30", "kr-jcs", NK, "killed", "approximate", "600", "about 600", "cumulative", relays=Y,
  notes="dateline is part of the first sentence")
G("k01", "at around 4,200", "kr-jcs", NK, KW, "approximate", "4200", "around 4,200", "cumulative", relays=Y)
G("k01", "at around 4,200", "kr-jcs", NK, KW, "exact", "3400", "3,400", "cumulative", relays=Y,
  notes="earlier (February) JCS estimate")
G("k01", "an unspecified number of soldiers", "kp-wpk-cmc", NK, "killed", "none", "", "an unspecified number",
  "cumulative", relays="KCNA > " + Y, notes="North Korea's own acknowledgement of deaths; no figure")
G("k01", "about 9,500 troops", "kr-jcs", NK, "deployed", "approximate", "9500", "about 9,500", "stock", relays=Y,
  notes="'A JCS official' (unnamed) speaks for the JCS; troops now in Russia")
G("k01", "about 9,500 troops", "kr-jcs", NK, "deployed", "approximate", "2500", "some 2,500", "stock", relays=Y,
  notes="replacements rotated in since January")
G("k01", "up to 6,000 additional", "kr-jcs", NK, "deployed", "at_most", "6000", "up to 6,000", "stock",
  mod="conditional", relays=Y, notes="'South Korea's military' = JCS; additional troops if Russia presses an offensive in Sumy")
G("k01", "at least two North Korean generals", "kr-nis", NK, "wounded", "at_least", "2", "at least two", "cumulative",
  relays=LY, notes="generals only; lawmaker briefed by the NIS")
G("k01", "may already have passed 700", "kr-nis", NK, "killed", "more_than", "700", "passed 700", "cumulative",
  relays=LY, notes="'the agency' = NIS")
G("k01", "two North Koreans captured", "kr-nis", NK, "captured", "exact", "2", "two", "period", relays=LY,
  notes="captured in January")

# k02 news analysis with anonymous US officials
USO = "U.S. officials (unnamed)"
G("k02", "nearly doubles, to more than 5,000", "author", NK, KW, "more_than", "5000", "more than 5,000", "cumulative",
  derived="at about 5,200",
  notes="headline figure made by the outlet from the 5,200 assessment; 'casualties' defined in the text as killed and wounded")
G("k02", "at about 5,200", "us-intelligence", NK, KW, "approximate", "5200", "about 5,200", "cumulative", relays=USO,
  notes="the latest assessment of US intelligence agencies, relayed by officials")
G("k02", "roughly 2,800", "us-intelligence", NK, KW, "approximate", "2800", "roughly 2,800", "cumulative",
  relays=USO, notes="earlier estimate (January)")
G("k02", "at least 1,100", "us-intelligence", NK, "killed", "at_least", "1100", "at least 1,100", "cumulative",
  relays=USO)
G("k02", "at least 1,100", "us-intelligence", NK, "killed", "approximate", "10", "roughly one in ten", "cumulative",
  counted="percent_of_force", relays=USO, notes="share of the soldiers sent")
G("k02", "about 15 men a day", "us-officials", NK, CU, "approximate", "15", "about 15", "unspecified",
  counted="people_per_day", notes="current rate since late April; 'losing' = casualties_unspecified")
G("k02", "about 15 men a day", "us-officials", NK, CU, "more_than", "100", "more than 100", "period",
  counted="people_per_day", notes="rate during the January fighting")
G("k02", "U.S. and South Korean officials say", "us-officials", NK, "deployed", "approximate", "11000",
  "roughly 11,000", "stock", notes="first wave")
G("k02", "U.S. and South Korean officials say", "kr-officials", NK, "deployed", "approximate", "11000",
  "roughly 11,000", "stock", notes="first wave")
G("k02", "U.S. and South Korean officials say", "us-officials", NK, "deployed", "approximate", "3000",
  "about 3,000", "stock", notes="replacements in early 2025")
G("k02", "U.S. and South Korean officials say", "kr-officials", NK, "deployed", "approximate", "3000",
  "about 3,000", "stock", notes="replacements in early 2025")
G("k02", "ranged from 1,500 to 2,000", "nato-official-unnamed", NK, "killed", "range", ("1500", "2000"),
  "from 1,500 to 2,000", "cumulative", notes="the official cites allied estimates")
G("k02", "significant losses in Kursk", "nato-official-unnamed", RU, CU, "none", "", "significant losses",
  "unspecified")
G("k02", "describe as considerable", "western-analysts", UA, CU, "none", "", "considerable", "unspecified",
  notes="no figure; Ukrainian officials disclose none")

# k03 Ukrainian outlet: assault near a village, General Staff daily figures
KI = "Kyiv Independent"
G("k03", "killing 112 attackers", "ua-95th-brigade", NK, "killed", "exact", "112", "112", "period",
  notes="over 72 hours of fighting")
G("k03", "killing 112 attackers", "ua-95th-brigade", NK, "wounded", "approximate", "180", "about 180", "period",
  notes="over 72 hours of fighting")
G("k03", "up to two companies", "ua-soroka", NK, CU, "at_most", "2", "up to two companies", "period",
  counted="companies", relays=KI, notes="by the second day of the assault")
G("k03", "four killed and 11 wounded", "ua-soroka", UA, "killed", "exact", "4", "four", "incident", relays=KI)
G("k03", "four killed and 11 wounded", "ua-soroka", UA, "wounded", "exact", "11", "11", "incident", relays=KI)
G("k03", "captured one North Korean", "ua-soroka", NK, "captured", "exact", "1", "one", "incident", relays=KI)
G("k03", "lost 1,240 troops", "ua-general-staff", RU, KW, "exact", "1240", "1,240", "period",
  notes="area=whole_war; previous 24 hours, entire front")
G("k03", "851,390", "ua-general-staff", RU, KW, "exact", "851390", "851,390", "cumulative",
  notes="area=whole_war; since February 2022")
G("k03", "up to 210 servicemen", "ru-mod", UA, CU, "at_most", "210", "up to 210", "period",
  notes="previous day, Kursk area")

# k04 exile outlet relays a Russian milblogger
SZ = "Sever-Z"
G("k04", "list of 146 servicemen", "ru-blogger-sever-z", RU, "killed", "exact", "146", "146", "period",
  notes="named dead of one regiment, January to March")
G("k04", "131 of the men", "author", RU, "killed", "exact", "131", "131", "period",
  notes="deaths the outlet confirmed itself from the blogger's list")
G("k04", "between 400 and 450", "ru-blogger-sever-z", RU, "killed", "range", ("400", "450"),
  "between 400 and 450", "period", notes="extrapolation from named obituaries; 'about a third' is the share of deaths "
  "obituaries capture, not a loss")
G("k04", "about 1,800 men", "ru-blogger-sever-z", RU, "deployed", "approximate", "1800", "about 1,800", "stock",
  notes="regiment's strength at the start of the year")
G("k04", "about 1,800 men", "ru-blogger-sever-z", RU, "deployed", "approximate", "300", "some 300", "stock",
  notes="second round of reinforcements")
G("k04", "37 men killed", "ru-338-chief-of-staff", RU, "killed", "exact", "37", "37", "incident", relays=SZ)
G("k04", "37 men killed", "ru-338-chief-of-staff", RU, "wounded", "exact", "60", "60", "incident", relays=SZ)
G("k04", "catastrophic losses", "ru-blogger-sever-z", UA, CU, "none", "", "catastrophic losses", "unspecified",
  notes="'It' = the blogger's post")
G("k04", "more than 106,000", "mediazona", RU, "killed", "more_than", "106000", "more than 106,000", "cumulative",
  notes="area=whole_war; deaths confirmed by name")
G("k04", "more than 106,000", "bbc-russian", RU, "killed", "more_than", "106000", "more than 106,000", "cumulative",
  notes="area=whole_war; deaths confirmed by name")

# k05 UK Defence Intelligence update
DI = "'casualties' defined in the text as killed and wounded"
G("k05", "an average of 1,410", "uk-mod", RU, KW, "exact", "1410", "an average of 1,410", "period",
  counted="people_per_day", notes="area=whole_war; January 2025")
G("k05", "around 43,700", "uk-mod", RU, KW, "approximate", "43700", "around 43,700", "period",
  notes="area=whole_war; January 2025 total")
G("k05", "exceeded 830,000", "uk-mod", RU, KW, "more_than", "830000", "exceeded 830,000", "cumulative",
  notes="area=whole_war; " + DI)
G("k05", "around 4,000 casualties", "uk-mod", NK, KW, "approximate", "4000", "around 4,000", "cumulative", notes=DI)
G("k05", "around 4,000 casualties", "uk-mod", NK, "killed", "vague", ("300", "999"), "several hundred", "cumulative")
G("k05", "approximately 120 a day", "uk-mod", NK, KW, "approximate", "120", "approximately 120", "period",
  counted="people_per_day", notes="peak week 6-12 January; " + DI)
G("k05", "originally around 11,000", "uk-mod", NK, "deployed", "approximate", "11000", "around 11,000", "stock")
G("k05", "originally around 11,000", "uk-mod", NK, "deployed", "fewer_than", "8000", "fewer than 8,000", "stock",
  notes="combat-effective troops remaining")
G("k05", "almost certainly significant", "uk-mod", UA, KW, "none", "", "significant", "unspecified", notes=DI)
G("k05", "up to 3,000 troops", "uk-mod", NK, "deployed", "at_most", "3000", "up to 3,000", "stock", mod="projected",
  notes="further deployment in the coming months")
G("k05", "exceed 400,000", "uk-mod", RU, KW, "more_than", "400000", "exceed 400,000", "period", mod="projected",
  notes="area=whole_war; forecast for 2025; " + DI)

# k06 KCNA ceremony relayed by a Seoul newspaper
G("k06", "puts its dead at over 2,000", "author", NK, "killed", "more_than", "2000", "over 2,000", "cumulative",
  derived="about 2,300 North Korean", notes="headline figure made by the paper from the NIS's about 2,300")
G("k06", "precious lives", "kp-kcna", NK, "killed", "none", "", "at the cost of precious lives", "cumulative")
G("k06", "numbering in the hundreds", "kp-kim-jong-un", NK, "killed", "vague", ("200", "999"), "in the hundreds",
  "cumulative", relays="KCNA")
G("k06", "annihilated thousands", "kp-kim-jong-un", UA, "killed", "vague", ("2000", "9999"), "thousands",
  "cumulative", relays="KCNA")
G("k06", "about 2,300 North Korean", "kr-nis", NK, "killed", "approximate", "2300", "about 2,300", "cumulative")
G("k06", "about 2,300 North Korean", "kr-nis", NK, "wounded", "approximate", "4500", "4,500", "cumulative")
G("k06", "about 10,000 troops", "kr-officials", NK, "deployed", "approximate", "10000", "about 10,000", "stock",
  notes="senior government official in Seoul, unnamed")
G("k06", "about 10,000 troops", "kr-officials", NK, "deployed", "approximate", "6000", "roughly 6,000", "stock",
  mod="projected", notes="engineers and deminers being prepared for dispatch")
G("k06", "two North Korean soldiers whom", "author", NK, "captured", "exact", "2", "two", "period",
  notes="captured in January")

# k07 fact check
G("k07", "Claim: A post", "x-post-unnamed", NK, "killed", "exact", "20000", "20,000", "cumulative",
  notes="the post attributes it to Ukrainian intelligence, which denies it; verdict False")
G("k07", "about 2,000 North Korean soldiers", "kr-nis", NK, "killed", "approximate", "2000", "about 2,000",
  "cumulative")
G("k07", "more than 1,800 killed", "ua-gur", NK, "killed", "more_than", "1800", "more than 1,800", "cumulative")
G("k07", "more than 1,800 killed", "ua-gur", NK, "wounded", "approximate", "4000", "about 4,000", "cumulative")
G("k07", "over 1,000", "us-dod", NK, KW, "more_than", "1000", "over 1,000", "cumulative",
  notes="a DoD spokesman, January estimate")
G("k07", "sent about 20,000 people", "ua-telegram-channel-unnamed", NK, "deployed", "approximate", "20000",
  "about 20,000", "stock", notes="troops sent in total; later misquoted as 'lost'")
G("k07", "about 15,000", "kr-officials", NK, "deployed", "approximate", "15000", "about 15,000", "stock",
  notes="all rotations")
G("k07", "only 300 men", "x-post-unnamed", UA, CU, "exact", "300", "300", "cumulative")
G("k07", "more than 45,000 Ukrainian", "ua-zelenskyy", UA, "killed", "more_than", "45000", "more than 45,000",
  "cumulative", notes="area=whole_war")

# k08 think-tank commentary
G("k08", "roughly one in four", "author", NK, KW, "approximate", "25", "roughly one in four", "cumulative",
  counted="percent_of_force", notes="share of the first contingent")
G("k08", "nearly 40 percent", "author", NK, KW, "vague", ("36", "39"), "nearly 40 percent", "cumulative",
  counted="percent_of_force", notes="assault battalions of the 11th Corps")
G("k08", "most of the first contingent", "kr-nis", NK, KW, "more_than", "50", "most", "cumulative",
  counted="percent_of_force", notes="'South Korean intelligence officials' = NIS; by the spring")
G("k08", "between 2,700 and 3,300", "author", NK, KW, "range", ("2700", "3300"), "between 2,700 and 3,300",
  "cumulative", notes="'casualties' = killed or wounded, as in the previous paragraph")
G("k08", "between 2,700 and 3,300", "author", NK, "deployed", "approximate", "11000", "about 11,000", "stock",
  notes="first contingent")
G("k08", "some 50,000 Russian", "ua-intelligence-official-unnamed", RU, KW, "approximate", "33.33",
  "roughly a third", "cumulative", counted="percent_of_force", notes="by March")
G("k08", "some 50,000 Russian", "ua-intelligence-official-unnamed", RU, "deployed", "approximate", "50000",
  "some 50,000", "stock")
G("k08", "about 30 North Korean", "author", NK, CU, "approximate", "30", "about 30", "unspecified",
  counted="people_per_day", notes="current pace")
G("k08", "about 30 North Korean", "author", NK, CU, "exact", "3600", "3,600", "period", mod="conditional",
  notes="additional losses to the end of the year if the pace holds")
G("k08", "We project", "author", NK, CU, "approximate", "9000", "roughly 9,000", "cumulative", mod="projected",
  notes="projected total by early 2026")
G("k08", "another 4,000 to 6,000", "kr-jcs", NK, "deployed", "range", ("4000", "6000"), "4,000 to 6,000", "stock",
  mod="projected", notes="additional troops in the coming months")
G("k08", "many times lower", "ua-officials", UA, CU, "none", "", "many times lower", "unspecified",
  notes="'Kyiv'")

# k09 live blog
G("k09", "lost 1,630 troops", "ua-general-staff", RU, KW, "exact", "1630", "1,630", "period",
  notes="area=whole_war; past day")
G("k09", "killed 27 North Korean", "ua-birds-of-magyar", NK, "killed", "exact", "27", "27", "period",
  notes="past 48 hours")
G("k09", "killed 27 North Korean", "ua-birds-of-magyar", NK, "wounded", "exact", "19", "19", "period",
  notes="past 48 hours")
G("k09", "the third so far", "ua-zelenskyy", NK, "captured", "exact", "1", "another", "incident",
  notes="one more prisoner")
G("k09", "the third so far", "ua-zelenskyy", NK, "captured", "exact", "3", "the third", "cumulative",
  notes="running total of North Korean prisoners")
G("k09", "more than 300 servicemen", "ru-mod", UA, CU, "more_than", "300", "more than 300", "period",
  notes="past day, Kursk region")
G("k09", "about 1,500 fresh", "ua-gur", NK, "deployed", "approximate", "1500", "about 1,500", "stock",
  notes="fresh arrivals")
G("k09", "about 3,800 killed or wounded", "sources-unnamed", NK, KW, "approximate", "3800", "about 3,800",
  "cumulative", relays="Reuters")
G("k09", "heavy losses", "ru-blogger-saburov", RU, CU, "none", "", "heavy losses", "incident",
  notes="one failed overnight attack near Sudzha")
G("k09", "about 1,000 soldiers a day", "nato-official-unnamed", RU, KW, "approximate", "1000", "about 1,000",
  "unspecified", counted="people_per_day", notes="area=whole_war")

# k10 war in numbers
G("k10", "Deployed: about 11,000", "kr-nis", NK, "deployed", "approximate", "11000", "about 11,000", "stock")
G("k10", "Killed: at least 100", "kr-nis", NK, "killed", "at_least", "100", "at least 100", "cumulative")
G("k10", "Killed: at least 100", "ua-gur", NK, "killed", "none", "", "several times higher", "cumulative",
  notes="'Ukraine's military intelligence' = GUR; no figure")
G("k10", "Wounded: around 1,000", "kr-nis", NK, "wounded", "approximate", "1000", "around 1,000", "cumulative")
G("k10", "Killed or wounded: 3,000", "ua-zelenskyy", NK, KW, "exact", "3000", "3,000", "cumulative")
G("k10", "Captured: two", "ua-sbu", NK, "captured", "exact", "2", "two", "cumulative")
G("k10", "Missing: dozens", "ru-blogger-unnamed", NK, "missing", "vague", ("24", "99"), "dozens", "cumulative")
G("k10", "mid-December peak", "ua-general-staff", NK, CU, "at_most", "200", "up to 200", "period",
  counted="people_per_day", notes="mid-December peak")
G("k10", "some 50,000, U.S. officials", "us-officials", RU, "deployed", "approximate", "50000", "some 50,000",
  "stock", notes="reinforcements moved to Kursk since August")
G("k10", "more than 38,000", "ua-syrskyi", RU, KW, "more_than", "38000", "more than 38,000", "cumulative",
  notes="'Ukraine's top commander'")
G("k10", "more than 700", "ua-syrskyi", RU, "captured", "more_than", "700", "more than 700", "cumulative")
G("k10", "more than 40,000", "ru-mod", UA, CU, "more_than", "40000", "more than 40,000", "cumulative")

# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


H("k01", "SEOUL, April 30")
T("k01", "two days after", "duration (days)")
T("k01", "250 long-range", "equipment and munitions, year")
T("k01", "1950-53", "years")
T("k02", "three U.S. officials", "count of sources")
T("k02", "eight days in March", "duration")
T("k02", "170 self-propelled", "equipment")
T("k02", "June 2024", "date (treaty)")
T("k03", "95th Brigade says", "unit number in headline, no figure")
T("k03", "waves of 30 to 40", "size of assault waves, not a loss or troop total")
T("k03", "12 kilometers", "distance, population")
T("k03", "14 drones", "equipment")
T("k03", "48 combat clashes", "count of clashes")
T("k03", "evening of Feb. 9", "date")
H("k04", "list of 146 servicemen")
T("k04", "March 31, 2025, 18:40", "stand-alone date line")
T("k04", "260,000 subscribers", "channel subscribers")
T("k04", "since 2022.", "year; no figure")
T("k04", "formed in 2023", "year")
T("k04", "after 19 hours", "duration")
T("k05", "14 February 2025", "date in headline")
T("k05", "190 armoured", "equipment")
T("k05", "500 square kilometres", "area, date")
T("k05", "day 1,087", "days of the war")
T("k06", "some 3,000 officers", "attendance at a ceremony, not a troop deployment")
T("k06", "18 soldiers had been posthumously", "awards, not a count of dead")
T("k06", "27-meter", "size of a monument")
T("k06", "80th anniversary", "anniversary, date")
H("k07", "Claim: A post")
T("k07", "Verdict: False", "ratio to other estimates, not a loss figure")
T("k07", "Where did 20,000", "subheading about the viral figure")
T("k07", "five agencies", "count of sources")
T("k07", "1,200 followers", "year, followers")
T("k07", "updated on Sept. 12", "date")
T("k08", "Commentary, 9 September", "stand-alone date line")
T("k08", "December 2024, few Western", "date")
T("k08", "Nine months on", "duration")
T("k08", "1.3 million", "size of North Korea's whole army, not a deployment")
T("k08", "340 geolocated", "counts of sources")
H("k09", "the third so far")
T("k09", "Monday 20 January", "stand-alone date line")
T("k09", "96 Shahed", "drones, timestamp")
T("k09", "25 Ukrainian soldiers have come home", "prisoners exchanged/returned, not a loss")
T("k09", "\u00a3150 million", "money, timestamp")
T("k09", "four civilians", "civilian deaths, not a military loss")
T("k09", "11 Russian tanks", "equipment, timestamp")
T("k09", "07:00 tomorrow", "timestamps")
T("k10", "Kursk, 2024", "year in headline")
T("k10", "Five months after", "durations")
T("k10", "about 800 square", "area")
T("k10", "Days since the incursion", "days since the incursion, date")
T("k10", "about 150,000", "evacuated residents, not troops")
T("k10", "more than 5 million", "munitions")
T("k10", "seven government agencies", "count of sources")

HEADER = ("file,quote,claimant_id,claimant_name,relay_names,whose_losses,measure,"
          "counted_in,modality,qualifier,low,best,high,count_as_written,scope,"
          "derived_from_quote,notes").split(",")


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid, paras in DOCS.items():
        body = "\n\n".join(" ".join(p) for p in paras)
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
