"""Build dev-set-10: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). Gold quotes and trap sentences are picked by a unique substring,
so every quote is verbatim. Run from the dev-set-10 folder or anywhere:

    python3 tools/build.py && python3 ../check_curated_set.py .

Everything here is fabricated: texts, names, figures and quotes.
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {}

# ---- r01: Yonhap (3rd LD) wire ---------------------------------------------
DOCS["r01-yonhap-nis-update"] = [
    ["(3rd LD) N. Korean casualties in Russia's Kursk rise to about 4,700: NIS"],
    ["SEOUL, Sept. 11 (Yonhap) -- North Korea has suffered about 4,700 casualties, including some 600 killed, "
     "among the troops it sent to fight Ukrainian forces in Russia's Kursk region, South Korea's spy agency said "
     "Thursday, sharply raising its earlier estimate."],
    ["The National Intelligence Service (NIS) presented the figures at a closed-door session of the parliamentary "
     "intelligence committee, Rep. Yoo Jeong-hwan, the committee's ruling party secretary, told reporters afterward.",
     "Yoo said the agency had put the toll at around 400 killed and 2,900 wounded in its previous assessment in April."],
    ["According to Yoo, the NIS believes about 11,000 North Korean soldiers were initially deployed to Kursk last "
     "winter and that roughly 3,000 more arrived in two rotations between February and May to replace the dead and "
     "wounded.",
     "The agency also said Pyongyang could send as many as 6,000 additional troops, including military construction "
     "engineers and deminers, before the end of the year.",
     "Among the dead were at least two general-grade officers, the spy agency said, without giving their names."],
    ["Separately, the Joint Chiefs of Staff (JCS) said North Korean units had largely been withdrawn from front-line "
     "assault roles after taking heavy losses in the winter fighting.",
     "A JCS official, speaking on condition of anonymity, said at least 200 of the casualties had come in a single "
     "week of fighting near the village of Gornal in late January.",
     "The official added that a dozen or so North Korean soldiers had also been killed by Ukrainian drone strikes on "
     "rear-area training grounds.",
     "The JCS also said the North fired two short-range ballistic missiles into the East Sea on Tuesday, its first "
     "launch in 10 weeks."],
    ["Presidential office spokesperson Kang Yu-jin said the government was \"gravely concerned\" that the North was "
     "trading the lives of its young soldiers for Russian military technology.",
     "The new figures mean that roughly one in three North Korean soldiers sent to Russia has been killed or wounded, "
     "Kang told a briefing.",
     "\"Every one of these soldiers was sent to die in a war that is not theirs,\" she said.",
     "She added that Seoul had shared its assessment with Washington and Tokyo."],
    ["The NIS briefing came two days after Pyongyang marked the 77th founding anniversary of the regime with a "
     "military parade in Kim Il Sung Square."],
    ["(ATTN: UPDATES with JCS comments in paras 7-9, presidential office in paras 10-13)"],
    ["(END)"],
]

# ---- r02: Kyiv Post, drone unit's monthly statistics ------------------------
DOCS["r02-kyivpost-drone-tally"] = [
    ["Drone battalion's October tally: more than 1,100 enemy troops killed or wounded in Kursk"],
    ["By Olha Kravets"],
    ["Nov. 4, 2025, 6:12 pm"],
    ["Ukraine's Sky Watch unmanned systems battalion killed 612 Russian and North Korean soldiers and wounded 530 "
     "more in Russia's Kursk region in October, according to monthly statistics the unit published on Telegram on "
     "Nov. 3.",
     "Of the dead, 214 were North Korean, the battalion said, a sharp rise from September, when it recorded 87 North "
     "Korean kills."],
    ["That works out to about 37 enemy soldiers killed or wounded a day, said the battalion's commander, Maj. Taras "
     "Hnatiuk, in a video address released with the statistics.",
     "Hnatiuk said that on Oct. 9 his crews also killed or wounded up to a company of North Korean infantry caught "
     "crossing open fields east of Guevo."],
    ["In all, the battalion says it has \"destroyed\" 1,905 enemy personnel since it was moved to the Kursk axis in "
     "December 2024.",
     "Iryna Dovhan, the battalion's spokeswoman, told the Kyiv Post in a phone interview that \"destroyed\" covers only soldiers whose "
     "deaths were confirmed on drone video, and that the wounded are counted separately."],
    ["The busiest day was Oct. 17, when crews killed or wounded 58 Russian marines in a single failed mechanized "
     "assault near Sverdlikovo, Dovhan said.",
     "Another 11 Russian soldiers surrendered to the battalion's drones during the month and were taken prisoner by "
     "infantry, she said."],
    ["The battalion's own losses in October were three pilots wounded, one of them seriously, Dovhan said."],
    ["The unit also reported destroying 41 tanks and armored vehicles, 77 artillery pieces and 19 electronic-warfare "
     "systems during the month.",
     "Its crews flew about 2,300 sorties in October, roughly a third of them at night, Hnatiuk said.",
     "Most of the FPV drones it uses cost about $400 each and are assembled by volunteers in Kharkiv."],
    ["The Kyiv Post could not independently verify the figures, which the battalion says are backed by video from "
     "14 reconnaissance drones."],
]

# ---- r03: Guardian "The long read" feature ----------------------------------
DOCS["r03-guardian-letters"] = [
    ["'Mother, do not cry for me': the letters of a North Korean soldier who died in Kursk"],
    ["The long read: He wrote home in pencil, about snow, hunger and the friends he buried."],
    ["The letters were found in the breast pocket of a padded jacket, on a body that Ukrainian soldiers pulled from "
     "a treeline near Plekhovo in late January."],
    ["There are 14 of them, written over some 11 weeks in a hand that grows smaller as the paper runs out, and they "
     "are addressed, every one, to a mother in South Hamgyong province whom their author, a private named Ri "
     "Kwang-il, would not see again."],
    ["Ri was 20 when he died, and had been in uniform for almost three years before he was told that his unit was "
     "going abroad \"to help a brother country\"."],
    ["He was, though he could not have known the number, one of roughly 11,000 North Korean soldiers whom South "
     "Korea's intelligence service believes Pyongyang sent to Russia in the autumn of 2024."],
    ["His letters say nothing of strategy.",
     "They are about cold feet, about Russian bread and about the friends from his platoon "
     "who began, in the second half of December, to disappear."],
    ["In the ninth letter, dated 6 January, he writes that seven men from his company had been buried that morning "
     "\"in one grave, because the ground is too hard\", and asks his mother not to tell their families."],
    ["By the last letter, written in early February, his platoon of 30 has \"only 11 left who can walk\", a figure "
     "that, if accurate, would mean it lost nearly two thirds of its men in little more than a month."],
    ["Ukraine's Special Operations Forces, which recovered the body, released scans of the letters in March and let "
     "a reporter examine the originals in Kyiv over two days this summer."],
    ["Ukrainian soldiers who fought the North Koreans that winter describe, almost without exception, terrible "
     "losses among men who advanced in dense lines across open snow."],
    ["Western officials estimated in February that about a third of the North's expeditionary force had been killed "
     "or wounded, and South Korea's spy agency later said that more than 4,000 of its soldiers had become casualties "
     "by the spring, though neither figure can be checked against anything Pyongyang has said."],
    ["When Pyongyang finally acknowledged the deployment, it spoke of \"heroic sacrifice\" and gave no toll."],
    ["The letters are now in Kyiv, each one in its own plastic sleeve."],
    ["\"Mother, do not cry for me,\" the last of them ends.",
     "\"I am eating well.\""],
]

# ---- r04: Rossiyskaya Gazeta-style official text ----------------------------
DOCS["r04-rg-liberation-awards"] = [
    ["Kursk region fully liberated: the President awarded the heroes"],
    ["26.04.2025 14:30"],
    ["The Chief of the General Staff of the Armed Forces of the Russian Federation reported to the Supreme "
     "Commander-in-Chief on Saturday that the territory of the Kursk region had been completely liberated from "
     "formations of the Armed Forces of Ukraine."],
    ["According to the General Staff, during the Kursk \"adventure\" the enemy lost more than 71,500 servicemen "
     "killed and wounded, as well as over 7,000 units of weapons and military equipment.",
     "The enemy's irretrievable losses - killed and missing - exceeded 26,000 people.",
     "The losses of the Russian grouping were several times lower, the General Staff noted, without giving a figure."],
    ["In the final week of the operation alone, Ukrainian formations lost more than 2,300 servicemen, the Ministry "
     "of Defence said.",
     "In the last 24 hours of fighting near the village of Gornal, the enemy lost up to 190 servicemen, the Ministry "
     "said.",
     "In total, 648 Ukrainian servicemen laid down their arms and were taken prisoner during the operation, according "
     "to the Ministry."],
    ["Captured Ukrainian soldiers testified that their units had lost up to 80 percent of their personnel, the "
     "Ministry of Defence reported."],
    ["Over the 262 days of the operation, the enemy lost on average up to 300 people a day in the Kursk direction, "
     "retired Colonel Gennady Zhuravlyov, a military expert, told RG."],
    ["By decree of the President, 37 servicemen were awarded the title of Hero of Russia, and more than 4,000 "
     "received the Order of Courage and other state awards.",
     "Among those decorated were marines of the 155th Separate Marine Brigade of the Pacific Fleet and paratroopers "
     "of the 11th Air Assault Brigade."],
    ["The Chief of the General Staff also noted the \"high professionalism, fortitude and heroism\" of servicemen of "
     "the Korean People's Army, who fought shoulder to shoulder with Russian soldiers in accordance with Article 4 of "
     "the Treaty on Comprehensive Strategic Partnership."],
    ["The regional government said restoration of more than 1,200 damaged homes in the Sudzha district would begin "
     "in May."],
]

# ---- r05: Voice of America, State Department briefing ------------------------
DOCS["r05-voa-state-briefing"] = [
    ["US says North Korean deaths in Kursk top 1,000"],
    ["Published September 23, 2025 6:41 PM"],
    ["STATE DEPARTMENT - The United States believes more than 1,000 North Korean soldiers have been killed fighting "
     "Ukrainian forces in Russia's Kursk region, the State Department said Tuesday."],
    ["Asked at the daily briefing whether Washington could confirm South Korean estimates, spokesperson Margaret "
     "Ellery said: \"Our assessment is consistent with theirs: well over 4,000 North Korean casualties, killed and "
     "wounded, since December.\""],
    ["American, British and South Korean officials now estimate that about 12,000 North Korean troops are in the "
     "Kursk region, including replacements sent this summer, Ellery said.",
     "She declined to say how many North Koreans had been captured, beyond confirming that Ukraine was holding "
     "\"at least two\" who were taken alive in January.",
     "She also cited intercepted communications in which Russian commanders listed several hundred North Korean "
     "soldiers as missing."],
    ["\"If the current pace continues, we would expect North Korean casualties to exceed 6,000 by the end of the "
     "year,\" Ellery said."],
    ["Ellery said Russia was suffering \"well over 1,000 casualties a day\" along the entire front line, a figure "
     "she attributed to U.S. intelligence.",
     "Asked about Ukrainian losses in the region, she said the department would \"not speak for Kyiv,\" but noted "
     "that Ukrainian officials had described their own losses in Kursk as \"significant.\""],
    ["Representative Gregory Mayne, a Republican on the House Foreign Affairs Committee, told VOA that the "
     "administration's figures were \"almost certainly too low\" and that North Korean losses were probably \"in "
     "the thousands.\""],
    ["She said the deployment violated U.N. Security Council resolutions, including Resolution 2270 of 2016.",
     "Earlier Tuesday, the department announced $180 million in additional security assistance for Ukraine.",
     "The briefing, which lasted 52 minutes, was dominated by questions about the Middle East, and Ellery took only "
     "two questions on North Korea."],
]

# ---- r06: South China Morning Post analysis ----------------------------------
DOCS["r06-scmp-korean-war"] = [
    ["Analysis | Pyongyang's Kursk losses echo China's costly Korean War, on a far smaller scale"],
    ["When the Chinese People's Volunteers crossed the Yalu River in October 1950, Beijing expected a short "
     "campaign.",
     "Instead, China's official count, published decades later, records about 183,000 of its soldiers killed over "
     "the course of the war.",
     "Western historians have put total Chinese casualties at anywhere from 400,000 to 900,000."],
    ["North Korea's war in Kursk is a fraction of that size.",
     "South Korea's National Intelligence Service estimates that Pyongyang has sent about 15,000 troops to Russia in "
     "all, and that roughly 5,000 of them have been killed or wounded.",
     "That would mean about a third of the expeditionary force has been put out of action, a far higher share than "
     "China suffered in Korea."],
    ["Zhou Lianhe, a military historian in Shanghai, said the comparison was imperfect.",
     "\"China sent more than a million men to Korea in rotation, so even its huge losses were spread thin,\" Zhou "
     "said.",
     "\"North Korea has sent a few divisions, and it is bleeding them quickly.\"",
     "In its worst year, he said, China lost about a tenth of the troops it had in Korea.",
     "Zhou estimated that most of the first contingent, which arrived in late 2024, had been killed or wounded by "
     "March."],
    ["On a per-soldier basis, he said, North Korean troops in Kursk are being killed or wounded at roughly three "
     "times the rate Chinese troops were in Korea."],
    ["North Korea itself lost an estimated 215,000 soldiers killed in that war, according to figures widely cited "
     "by South Korean researchers.",
     "Seven decades on, Pyongyang has published no toll at all for Kursk."],
    ["Ukraine's General Staff says Russian and North Korean forces together lost more than 60,000 people in the "
     "Kursk region by the time Ukrainian troops withdrew from Sudzha in March."],
    ["Beijing, which signed a treaty of friendship with Pyongyang in 1961, has kept silent about the deployment.",
     "China's defence budget this year is 1.78 trillion yuan, and its army has not fought a war since 1979."],
]

# ---- r07: Ukrainska Pravda live ticker ---------------------------------------
DOCS["r07-up-live-ticker"] = [
    ["Live: Kursk front, North Korean rotation and General Staff figures"],
    ["Thursday, 6 November 2025"],
    ["07:40 - Russia has lost 1,020 soldiers over the past day, Ukraine's General Staff says, bringing total Russian "
     "personnel losses since the full-scale invasion to 1,148,210."],
    ["08:15 - In the Kursk direction, the General Staff says, Ukrainian troops repelled 14 Russian assaults over the "
     "past day."],
    ["09:02 - Ukraine's Special Operations Forces say they captured three North Korean soldiers near Tiotkino on "
     "Wednesday, the first prisoners from the North's newest rotation."],
    ["09:30 - Ukrainska Pravda's sources in the SSO say one of the prisoners is wounded."],
    ["10:12 - HUR: North Korea has rotated about 2,500 fresh troops into Kursk since mid-October and pulled out some "
     "1,800 who had been wounded."],
    ["11:47 - Russian military blogger channel Severny Veter claims Ukrainian losses near Glushkovo this week were "
     "\"in the hundreds.\""],
    ["12:30 - Russia's Defence Ministry claims Ukraine lost up to 165 servicemen in the Kursk border area over the "
     "past day."],
    ["12:55 - HUR says Russian forces lost \"up to a battalion\" of marines in a failed overnight attack near "
     "Sudzha."],
    ["13:05 - The air-raid alert in Sumy Oblast has been lifted after 47 minutes."],
    ["14:20 - Sumy Oblast Military Administration: two civilians were wounded in Russian shelling of Khotin this "
     "morning."],
    ["15:40 - The 80th Air Assault Brigade says it lost one soldier killed, four wounded and two missing while "
     "repelling a night attack on the Kursk border."],
    ["16:55 - Oksana Lytvyn, an adviser to the head of the Presidential Office, says North Korea is losing \"dozens "
     "of soldiers every day\" in Kursk.",
     "She did not say where the estimate came from."],
    ["17:20 - Lytvyn later clarified that she meant killed and wounded combined."],
    ["18:00 - That's all for today; the ticker resumes at 07:00 tomorrow."],
]

# ---- r08: Carnegie Endowment-style commentary --------------------------------
DOCS["r08-carnegie-estimate"] = [
    ["How Many Soldiers Has North Korea Lost in Kursk?"],
    ["Published October 2, 2025"],
    ["Public estimates of North Korea's losses in Russia vary widely, and none of the governments producing them has "
     "an interest in precision.",
     "Drawing on official statements, open-source imagery and reports of funerals inside North Korea, we estimate "
     "that North Korea has suffered between 5,500 and 7,000 casualties in Kursk since December 2024, of whom 1,200 to "
     "1,800 were killed.",
     "We hold this estimate with moderate confidence."],
    ["Our lower end assumes that South Korea's National Intelligence Service, which has said about 4,700 North "
     "Korean troops have been killed or wounded, undercounts by roughly a fifth.",
     "Where we use \"likely,\" we mean a 60 to 70 percent chance; \"almost certainly\" means above 90 percent."],
    ["We assess with high confidence that at least 11,000 North Korean troops were in Kursk at the peak of the "
     "deployment in January 2025.",
     "It is likely that the force there now numbers 13,000 to 15,000 after rotations."],
    ["We judge it likely that Russia's killed and wounded in the Kursk operation exceeded 40,000.",
     "The independent project Spisok Pavshikh has identified by name at least 2,100 Russian servicemen killed in the "
     "Kursk region, a hard floor rather than an estimate.",
     "Ukraine's losses in the Kursk salient almost certainly ran into the thousands, though Kyiv has released no "
     "figures."],
    ["Over the past three months, North Korean casualties appear to have accumulated at roughly 15 to 25 a day.",
     "At that rate, total North Korean casualties would reach about 9,000 by the end of 2025.",
     "South Korean intelligence has said a further 6,000 or so troops are training for deployment.",
     "If they are sent to the front in the spring, we estimate North Korean casualties could rise by a further 3,000 "
     "to 4,000 within six months."],
    ["Our funeral count draws on 43 provincial broadcasts monitored since January.",
     "None of these numbers should be read as more precise than they are.",
     "This commentary is the second in a series of four on the Russia-North Korea alliance."],
]

# ---- r09: wire FACT CHECK -----------------------------------------------------
DOCS["r09-ap-factcheck-video"] = [
    ["AP FACT CHECK: Video does not show 'thousands' of North Korean dead in Kursk"],
    ["CLAIM: A video shows the bodies of thousands of North Korean soldiers killed by Ukrainian drones in a single "
     "night in Russia's Kursk region."],
    ["AP'S ASSESSMENT: False.",
     "The footage shows the aftermath of a 2023 battle in eastern Ukraine, far from Kursk."],
    ["THE FACTS: The 38-second clip, shared on TikTok, X and Telegram, has been viewed more than 4 million times "
     "since Sunday.",
     "A widely shared caption claims \"5,000 North Koreans wiped out in one night near Sudzha.\"",
     "Russian pro-war channels circulated the same clip with a different caption, claiming it showed hundreds of "
     "Ukrainian \"mercenaries\" killed near Glushkovo."],
    ["The Associated Press matched a treeline, a water tower and a damaged farm building in the video to satellite "
     "images of a site 6 kilometers west of Bakhmut.",
     "The earliest version the AP could find was posted on Telegram in May 2023 by a Ukrainian drone unit, whose "
     "caption described a Russian attack repelled \"with heavy enemy losses.\""],
    ["Capt. Oleh Moroz, a spokesman for Ukraine's forces in the Kursk direction, told the AP that the largest single "
     "engagement with North Korean troops near Sudzha this autumn left about 30 of them dead and dozens wounded.",
     "\"Nothing close to thousands in one night,\" Moroz said.",
     "Ukraine's General Staff said at the time that Russian and North Korean forces lost 1,340 troops in the Kursk "
     "direction in the week of that engagement."],
    ["South Korea's National Intelligence Service has estimated that fewer than 2,000 North Korean soldiers have been "
     "killed in the entire Kursk campaign."],
    ["The TikTok account that posted the viral version, which has 210,000 followers, did not respond to a request "
     "for comment.",
     "This is part of AP's effort to address widely shared misinformation."],
]

# ---- r10: Asahi-style editorial ---------------------------------------------
DOCS["r10-asahi-editorial"] = [
    ["EDITORIAL: North Korean soldiers are paying for Russia's war with their lives"],
    ["September 20, 2025 at 15:40 JST"],
    ["It has been nearly a year since North Korean soldiers were first reported in Russia's Kursk region, and the "
     "cost is now plain.",
     "South Korea's National Intelligence Service says about 6,000 North Korean soldiers have been killed or wounded "
     "since they entered combat in early December last year.",
     "By our calculation, that is about 20 soldiers a day over the roughly 290 days since then."],
    ["Japan's Defense Ministry, in its 2025 white paper, put the number of North Korean troops sent to Russia at "
     "about 14,000, including those who came in later rotations.",
     "If that figure is right, well over a third of the force has been killed or wounded.",
     "Only a handful have been taken prisoner; Ukraine says it holds six."],
    ["Pyongyang has not released a toll, and the families of the dead are unlikely ever to learn how their sons "
     "died."],
    ["Russia, for its part, is losing more than 1,000 soldiers a day along the whole front, according to the British "
     "Defense Ministry.",
     "Ukraine, too, has lost heavily, though Kyiv keeps its own figures secret."],
    ["Should the war continue at this pace through next year, North Korean casualties could exceed 15,000 by the end "
     "of 2026."],
    ["This year marks 80 years since the end of World War II, and North Korea has launched more than 20 ballistic "
     "missiles since January.",
     "Tokyo has imposed sanctions on 11 Russian entities linked to the arms trade with Pyongyang this year.",
     "Japan must press Moscow, through the Group of Seven and the United Nations, to end this trade in young lives."],
]

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
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-jcs": "South Korea's Joint Chiefs of Staff (JCS)",
    "kr-presidential-office": "South Korea's presidential office (spokesperson Kang Yu-jin)",
    "kr-officials": "South Korean officials (unnamed)",
    "kr-researchers": "South Korean researchers (unnamed)",
    "ua-sky-watch-battalion": "Sky Watch unmanned systems battalion (Ukraine)",
    "ua-hnatiuk": "Maj. Taras Hnatiuk, commander of the Sky Watch battalion (Ukraine)",
    "kp-soldier-ri": "Ri Kwang-il, North Korean private (letters)",
    "ua-soldiers-unnamed": "Ukrainian soldiers who fought the North Koreans (unnamed)",
    "western-officials": "Western officials (unnamed)",
    "kp-government": "North Korean government (Pyongyang)",
    "ru-general-staff": "General Staff of the Armed Forces of the Russian Federation",
    "ru-mod": "Russian Ministry of Defence",
    "ua-pows-unnamed": "Captured Ukrainian soldiers (unnamed)",
    "ru-zhuravlyov": "Retired Colonel Gennady Zhuravlyov, Russian military expert",
    "us-state-department": "US State Department (spokesperson Margaret Ellery)",
    "us-officials": "US officials (unnamed)",
    "uk-officials": "British officials (unnamed)",
    "us-intelligence": "US intelligence",
    "ru-commanders-unnamed": "Russian commanders (unnamed, intercepted communications)",
    "ua-officials": "Ukrainian officials (unnamed)",
    "us-rep-mayne": "Gregory Mayne, US Representative (House Foreign Affairs Committee)",
    "cn-government": "Chinese government (official count)",
    "western-historians": "Western historians (unnamed)",
    "zhou-lianhe": "Zhou Lianhe, military historian in Shanghai",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-sso": "Special Operations Forces of Ukraine (SSO)",
    "ua-sso-sources-unnamed": "Unnamed sources in Ukraine's Special Operations Forces",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ru-blogger-severny-veter": "Severny Veter, Russian military blogger channel",
    "ua-80th-brigade": "80th Air Assault Brigade (Ukraine)",
    "ua-lytvyn": "Oksana Lytvyn, adviser to the head of Ukraine's Presidential Office",
    "ru-spisok-pavshikh": "Spisok Pavshikh (independent project)",
    "social-media-users": "Social media users posting the viral video (unnamed)",
    "ru-prowar-channels": "Russian pro-war channels (unnamed)",
    "ua-drone-unit-unnamed": "Unnamed Ukrainian drone unit (2023 Telegram post)",
    "ua-moroz": "Capt. Oleh Moroz, spokesman for Ukraine's forces in the Kursk direction",
    "jp-mod": "Japan's Defense Ministry",
    "uk-mod": "UK Ministry of Defence",
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


def G(short, key, cid, relays, whose, measure, counted, modality, qual, v, caw, scope,
      derived="", notes=""):
    quote = find(short, key)
    low, best, high = bounds(qual, v)
    dq = find(short, derived) if derived else ""
    GOLD.append(["texts/" + SHORT[short] + ".txt", quote, cid, C[cid], relays, whose, measure, counted,
                 modality, qual, low, best, high, caw, scope, dq, notes])


# r01 -- every row ends with "Yonhap" (the dateline names the outlet)
YY = "Yoo Jeong-hwan > Yonhap"
G("r01", "SEOUL, Sept. 11", "kr-nis", YY, "north_korean", "casualties_unspecified", "people", "reported",
  "approximate", 4700, "about 4,700", "cumulative", notes="updated estimate; relayed by Rep. Yoo after closed-door briefing")
G("r01", "SEOUL, Sept. 11", "kr-nis", YY, "north_korean", "killed", "people", "reported",
  "approximate", 600, "some 600", "cumulative", notes="subset of the 4,700 casualties")
G("r01", "around 400 killed", "kr-nis", YY, "north_korean", "killed", "people", "reported",
  "approximate", 400, "around 400", "cumulative", notes="earlier estimate (April), superseded")
G("r01", "around 400 killed", "kr-nis", YY, "north_korean", "wounded", "people", "reported",
  "approximate", 2900, "2,900", "cumulative", notes="earlier estimate (April), superseded; 'around' read as covering both figures")
G("r01", "about 11,000 North Korean soldiers were initially", "kr-nis", YY, "north_korean", "deployed", "people",
  "reported", "approximate", 11000, "about 11,000", "stock", notes="initial deployment")
G("r01", "about 11,000 North Korean soldiers were initially", "kr-nis", YY, "north_korean", "deployed", "people",
  "reported", "approximate", 3000, "roughly 3,000", "stock", notes="additional troops already arrived in two rotations (not a forecast)")
G("r01", "as many as 6,000 additional", "kr-nis", YY, "north_korean", "deployed", "people", "projected",
  "at_most", 6000, "as many as 6,000", "stock", notes="forecast of additional troops before year end")
G("r01", "at least two general-grade", "kr-nis", YY, "north_korean", "killed", "people", "reported",
  "at_least", 2, "at least two", "cumulative", notes="general-grade officers among the dead")
G("r01", "taking heavy losses", "kr-jcs", "Yonhap", "north_korean", "casualties_unspecified", "people", "reported",
  "none", "", "heavy losses", "period", notes="the winter fighting")
G("r01", "at least 200 of the casualties", "kr-jcs", "Yonhap", "north_korean", "casualties_unspecified", "people",
  "reported", "at_least", 200, "at least 200", "period", notes="unnamed JCS official; one week near Gornal, late January")
G("r01", "roughly one in three", "kr-presidential-office", "Yonhap", "north_korean", "killed_or_wounded",
  "percent_of_force", "reported", "approximate", 33.33, "roughly one in three", "cumulative",
  notes="spokesperson Kang Yu-jin")

# r02
G("r02", "Drone battalion's October tally", "author", "", "russian_and_north_korean", "killed_or_wounded", "people",
  "reported", "more_than", 1100, "more than 1,100", "period", derived="killed 612 Russian",
  notes="headline sum made by the outlet: 612 killed + 530 wounded")
G("r02", "killed 612 Russian", "ua-sky-watch-battalion", "", "russian_and_north_korean", "killed", "people",
  "reported", "exact", 612, "612", "period", notes="October")
G("r02", "killed 612 Russian", "ua-sky-watch-battalion", "", "russian_and_north_korean", "wounded", "people",
  "reported", "exact", 530, "530", "period", notes="October")
G("r02", "Of the dead, 214", "ua-sky-watch-battalion", "", "north_korean", "killed", "people", "reported",
  "exact", 214, "214", "period", notes="October; subset of the 612")
G("r02", "Of the dead, 214", "ua-sky-watch-battalion", "", "north_korean", "killed", "people", "reported",
  "exact", 87, "87", "period", notes="September")
G("r02", "\"destroyed\" 1,905", "ua-sky-watch-battalion", "", "russian_and_north_korean", "killed", "people",
  "reported", "exact", 1905, "1,905", "cumulative",
  notes="'destroyed' defined by the text as confirmed killed; since December 2024")
G("r02", "killed or wounded 58 Russian", "ua-sky-watch-battalion", "Kyiv Post", "russian", "killed_or_wounded", "people",
  "reported", "exact", 58, "58", "incident", notes="spokeswoman Iryna Dovhan, Kyiv Post interview; Oct. 17 assault near Sverdlikovo")
G("r02", "Another 11 Russian", "ua-sky-watch-battalion", "Kyiv Post", "russian", "captured", "people", "reported",
  "exact", 11, "11", "period", notes="spokeswoman Iryna Dovhan, Kyiv Post interview; October")
G("r02", "about 37 enemy soldiers", "ua-hnatiuk", "", "russian_and_north_korean", "killed_or_wounded",
  "people_per_day", "reported", "approximate", 37, "about 37", "period", notes="October average")
G("r02", "up to a company", "ua-hnatiuk", "", "north_korean", "killed_or_wounded", "companies", "reported",
  "at_most", 1, "up to a company", "incident", notes="Oct. 9, east of Guevo")
G("r02", "three pilots wounded", "ua-sky-watch-battalion", "Kyiv Post", "ukrainian", "wounded", "people", "reported",
  "exact", 3, "three", "period", notes="the battalion's own losses, October; spokeswoman Iryna Dovhan, Kyiv Post interview")

# r03
SSO = "Special Operations Forces of Ukraine"
G("r03", "one of roughly 11,000", "kr-nis", "", "north_korean", "deployed", "people", "reported",
  "approximate", 11000, "roughly 11,000", "stock")
G("r03", "seven men from his company", "kp-soldier-ri", SSO, "north_korean", "killed", "people", "reported",
  "exact", 7, "seven", "incident", notes="buried in one grave on one morning (letter dated 6 January)")
G("r03", "nearly two thirds", "author", "", "north_korean", "casualties_unspecified", "percent_of_force", "reported",
  "approximate", 66.67, "nearly two thirds", "period",
  notes="author's inference from the letter ('only 11 left who can walk' of 30), platoon level, about a month")
G("r03", "terrible losses", "ua-soldiers-unnamed", "", "north_korean", "casualties_unspecified", "people", "reported",
  "none", "", "terrible losses", "period", notes="that winter")
G("r03", "Western officials estimated in February", "western-officials", "", "north_korean", "killed_or_wounded",
  "percent_of_force", "reported", "approximate", 33.33, "about a third", "cumulative", notes="as of February")
G("r03", "Western officials estimated in February", "kr-nis", "", "north_korean", "casualties_unspecified", "people",
  "reported", "more_than", 4000, "more than 4,000", "cumulative", notes="by the spring")
G("r03", "heroic sacrifice", "kp-government", "", "north_korean", "killed", "people", "reported",
  "none", "", "heroic sacrifice", "unspecified", notes="acknowledges deaths without a toll")

# r04
G("r04", "more than 71,500", "ru-general-staff", "", "ukrainian", "killed_or_wounded", "people", "reported",
  "more_than", 71500, "more than 71,500", "cumulative", notes="whole Kursk operation")
G("r04", "irretrievable losses", "ru-general-staff", "", "ukrainian", "killed_or_missing", "people", "reported",
  "more_than", 26000, "26,000", "cumulative", notes="'irretrievable losses' defined by the text as killed and missing")
G("r04", "several times lower", "ru-general-staff", "", "russian", "casualties_unspecified", "people", "reported",
  "none", "", "several times lower", "cumulative", notes="relative claim, no figure")
G("r04", "more than 2,300", "ru-mod", "", "ukrainian", "casualties_unspecified", "people", "reported",
  "more_than", 2300, "more than 2,300", "period", notes="final week of the operation")
G("r04", "up to 190", "ru-mod", "", "ukrainian", "casualties_unspecified", "people", "reported",
  "at_most", 190, "up to 190", "period", notes="last 24 hours of fighting near Gornal; a one-day count, not a rate")
G("r04", "648 Ukrainian", "ru-mod", "", "ukrainian", "captured", "people", "reported",
  "exact", 648, "648", "cumulative")
G("r04", "up to 80 percent", "ua-pows-unnamed", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified",
  "percent_of_force", "reported", "at_most", 80, "up to 80 percent", "unspecified", notes="their units' personnel")
G("r04", "262 days", "ru-zhuravlyov", "Rossiyskaya Gazeta", "ukrainian", "casualties_unspecified", "people_per_day",
  "reported", "at_most", 300, "up to 300", "period", notes="average over the 262 days; the text names itself (RG)")

# r05 -- VOA named only where the text says "told VOA"
EL = "Margaret Ellery"
G("r05", "STATE DEPARTMENT -", "us-state-department", "", "north_korean", "killed", "people", "reported",
  "more_than", 1000, "more than 1,000", "cumulative")
G("r05", "well over 4,000", "us-state-department", "", "north_korean", "killed_or_wounded", "people", "reported",
  "more_than", 4000, "well over 4,000", "cumulative", notes="since December")
for cid in ("us-officials", "uk-officials", "kr-officials"):
    G("r05", "American, British and South Korean", cid, EL, "north_korean", "deployed", "people", "reported",
      "approximate", 12000, "about 12,000", "stock", notes="includes summer replacements")
G("r05", "\"at least two\"", "us-state-department", "", "north_korean", "captured", "people", "reported",
  "at_least", 2, "at least two", "period", notes="taken alive in January, held by Ukraine")
G("r05", "several hundred North Korean", "ru-commanders-unnamed", EL, "north_korean", "missing", "people", "reported",
  "vague", (300, 999), "several hundred", "unspecified", notes="intercepted communications cited by the spokesperson")
G("r05", "exceed 6,000", "us-state-department", "", "north_korean", "casualties_unspecified", "people", "conditional",
  "more_than", 6000, "exceed 6,000", "cumulative", notes="if the current pace continues; by year end")
G("r05", "well over 1,000 casualties a day", "us-intelligence", EL, "russian", "casualties_unspecified",
  "people_per_day", "reported", "more_than", 1000, "well over 1,000", "unspecified", notes="area=whole_war")
G("r05", "\"significant.\"", "ua-officials", EL, "ukrainian", "casualties_unspecified", "people", "reported",
  "none", "", "significant", "unspecified")
G("r05", "told VOA", "us-rep-mayne", "VOA", "north_korean", "casualties_unspecified", "people", "reported",
  "vague", (2000, 9999), "in the thousands", "cumulative", notes="the text names itself (told VOA)")

# r06
KW = "other conflict: Korean War 1950-53 (not Kursk); "
G("r06", "about 183,000", "cn-government", "", "unspecified", "killed", "people", "reported",
  "approximate", 183000, "about 183,000", "cumulative", notes=KW + "whose=Chinese (People's Volunteers)")
G("r06", "400,000 to 900,000", "western-historians", "", "unspecified", "casualties_unspecified", "people",
  "reported", "range", (400000, 900000), "400,000 to 900,000", "cumulative", notes=KW + "whose=Chinese")
G("r06", "about 15,000 troops", "kr-nis", "", "north_korean", "deployed", "people", "reported",
  "approximate", 15000, "about 15,000", "stock", notes="sent in all, including rotations")
G("r06", "about 15,000 troops", "kr-nis", "", "north_korean", "killed_or_wounded", "people", "reported",
  "approximate", 5000, "roughly 5,000", "cumulative")
G("r06", "put out of action", "author", "", "north_korean", "killed_or_wounded", "percent_of_force", "reported",
  "approximate", 33.33, "about a third", "cumulative", derived="about 15,000 troops",
  notes="share computed by the outlet from the NIS figures")
G("r06", "more than a million", "zhou-lianhe", "", "unspecified", "deployed", "people", "reported",
  "more_than", 1000000, "more than a million", "stock", notes=KW + "Chinese troops sent in rotation")
G("r06", "most of the first contingent", "zhou-lianhe", "", "north_korean", "killed_or_wounded", "percent_of_force",
  "reported", "more_than", 50, "most", "cumulative", notes="first contingent, by March")
G("r06", "215,000", "kr-researchers", "", "north_korean", "killed", "people", "reported",
  "approximate", 215000, "an estimated 215,000", "cumulative", notes=KW + "North Korean soldiers")
G("r06", "more than 60,000", "ua-general-staff", "", "russian_and_north_korean", "casualties_unspecified", "people",
  "reported", "more_than", 60000, "more than 60,000", "cumulative", notes="by the withdrawal from Sudzha in March")

# r07
G("r07", "07:40", "ua-general-staff", "", "russian", "casualties_unspecified", "people", "reported",
  "exact", 1020, "1,020", "period", notes="area=whole_war; past day")
G("r07", "07:40", "ua-general-staff", "", "russian", "casualties_unspecified", "people", "reported",
  "exact", 1148210, "1,148,210", "cumulative", notes="area=whole_war; since February 2022")
G("r07", "09:02", "ua-sso", "", "north_korean", "captured", "people", "reported",
  "exact", 3, "three", "incident", notes="near Tiotkino, Wednesday")
G("r07", "09:30", "ua-sso-sources-unnamed", "Ukrainska Pravda", "north_korean", "wounded", "people", "reported",
  "exact", 1, "one", "incident", notes="one of the three prisoners; the text names itself")
G("r07", "10:12", "ua-gur", "", "north_korean", "deployed", "people", "reported",
  "approximate", 2500, "about 2,500", "stock", notes="rotated in since mid-October")
G("r07", "10:12", "ua-gur", "", "north_korean", "wounded", "people", "reported",
  "approximate", 1800, "some 1,800", "period", notes="wounded pulled out since mid-October")
G("r07", "11:47", "ru-blogger-severny-veter", "", "ukrainian", "casualties_unspecified", "people", "reported",
  "vague", (200, 999), "in the hundreds", "period", notes="this week, near Glushkovo")
G("r07", "12:30", "ru-mod", "", "ukrainian", "casualties_unspecified", "people", "reported",
  "at_most", 165, "up to 165", "period", notes="past day, Kursk border area")
for m, v, w in (("killed", 1, "one"), ("wounded", 4, "four"), ("missing", 2, "two")):
    G("r07", "15:40", "ua-80th-brigade", "", "ukrainian", m, "people", "reported",
      "exact", v, w, "incident", notes="night attack on the Kursk border")
G("r07", "16:55", "ua-lytvyn", "", "north_korean", "killed_or_wounded", "people_per_day", "reported",
  "vague", (24, 99), "dozens", "unspecified", notes="measure from the 17:20 clarification (killed and wounded combined)")

# r08
G("r08", "between 5,500 and 7,000", "author", "", "north_korean", "casualties_unspecified", "people", "reported",
  "range", (5500, 7000), "between 5,500 and 7,000", "cumulative", notes="moderate confidence; since December 2024")
G("r08", "between 5,500 and 7,000", "author", "", "north_korean", "killed", "people", "reported",
  "range", (1200, 1800), "1,200 to 1,800", "cumulative", notes="moderate confidence")
G("r08", "about 4,700 North", "kr-nis", "", "north_korean", "killed_or_wounded", "people", "reported",
  "approximate", 4700, "about 4,700", "cumulative")
G("r08", "at least 11,000", "author", "", "north_korean", "deployed", "people", "reported",
  "at_least", 11000, "at least 11,000", "stock", notes="high confidence; peak, January 2025")
G("r08", "13,000 to 15,000", "author", "", "north_korean", "deployed", "people", "reported",
  "range", (13000, 15000), "13,000 to 15,000", "stock", notes="'likely'; after rotations")
G("r08", "exceeded 40,000", "author", "", "russian", "killed_or_wounded", "people", "reported",
  "more_than", 40000, "exceeded 40,000", "cumulative", notes="'likely' (60-70 percent as defined by the text)")
G("r08", "Spisok Pavshikh", "ru-spisok-pavshikh", "", "russian", "killed", "people", "reported",
  "at_least", 2100, "at least 2,100", "cumulative", notes="identified by name; a floor")
G("r08", "into the thousands", "author", "", "ukrainian", "casualties_unspecified", "people", "reported",
  "vague", (2000, 9999), "thousands", "cumulative", notes="'almost certainly'")
G("r08", "15 to 25 a day", "author", "", "north_korean", "casualties_unspecified", "people_per_day", "reported",
  "range", (15, 25), "15 to 25", "period", notes="past three months")
G("r08", "about 9,000", "author", "", "north_korean", "casualties_unspecified", "people", "projected",
  "approximate", 9000, "about 9,000", "cumulative", notes="projected total by end of 2025")
G("r08", "6,000 or so", "kr-nis", "", "north_korean", "deployed", "people", "projected",
  "approximate", 6000, "6,000 or so", "stock", notes="forecast of additional troops (in training)")
G("r08", "3,000 to 4,000", "author", "", "north_korean", "casualties_unspecified", "people", "conditional",
  "range", (3000, 4000), "3,000 to 4,000", "period", notes="additional losses within six months if the troops are sent")

# r09 -- every row ends with "The Associated Press" (the AP FACT CHECK label names the outlet)
AP = "The Associated Press"
G("r09", "CLAIM:", "social-media-users", AP, "north_korean", "killed", "people", "reported",
  "vague", (2000, 9999), "thousands", "incident", notes="viral claim, rated false")
G("r09", "5,000 North Koreans", "social-media-users", AP, "north_korean", "killed", "people", "reported",
  "exact", 5000, "5,000", "incident", notes="caption of the viral video, rated false")
G("r09", "Russian pro-war channels", "ru-prowar-channels", AP, "ukrainian", "killed", "people", "reported",
  "vague", (200, 999), "hundreds", "incident", notes="caption on the same clip, false")
G("r09", "heavy enemy losses", "ua-drone-unit-unnamed", AP, "russian", "casualties_unspecified", "people",
  "reported", "none", "", "heavy enemy losses", "incident",
  notes="area=other_front; eastern Ukraine, May 2023, outside the project period")
G("r09", "Capt. Oleh Moroz", "ua-moroz", AP, "north_korean", "killed", "people", "reported",
  "approximate", 30, "about 30", "incident", notes="largest single engagement near Sudzha this autumn")
G("r09", "Capt. Oleh Moroz", "ua-moroz", AP, "north_korean", "wounded", "people", "reported",
  "vague", (24, 99), "dozens", "incident")
G("r09", "fewer than 2,000", "kr-nis", AP, "north_korean", "killed", "people", "reported",
  "fewer_than", 2000, "fewer than 2,000", "cumulative")

# r10
G("r10", "about 6,000 North Korean", "kr-nis", "", "north_korean", "killed_or_wounded", "people", "reported",
  "approximate", 6000, "about 6,000", "cumulative", notes="since early December")
G("r10", "By our calculation", "author", "", "north_korean", "killed_or_wounded", "people_per_day", "reported",
  "approximate", 20, "about 20", "period", derived="about 6,000 North Korean",
  notes="rate computed by the editorial: 6,000 over about 290 days")
G("r10", "about 14,000", "jp-mod", "", "north_korean", "deployed", "people", "reported",
  "approximate", 14000, "about 14,000", "stock", notes="sent in total, including later rotations")
G("r10", "well over a third", "author", "", "north_korean", "killed_or_wounded", "percent_of_force", "reported",
  "more_than", 33.33, "well over a third", "cumulative", derived="about 6,000 North Korean",
  notes="share computed by the editorial (6,000 of 14,000); 'if that figure is right' is a premise, not a forecast")
G("r10", "holds six", "ua-officials", "", "north_korean", "captured", "people", "reported",
  "exact", 6, "six", "cumulative", notes="'Ukraine says'")
G("r10", "more than 1,000 soldiers a day", "uk-mod", "", "russian", "casualties_unspecified", "people_per_day",
  "reported", "more_than", 1000, "more than 1,000", "unspecified", notes="area=whole_war")
G("r10", "lost heavily", "author", "", "ukrainian", "casualties_unspecified", "people", "reported",
  "none", "", "lost heavily", "unspecified")
G("r10", "exceed 15,000", "author", "", "north_korean", "casualties_unspecified", "people", "conditional",
  "more_than", 15000, "exceed 15,000", "cumulative", notes="projected total by end of 2026 if the pace continues")

G("r01", "a dozen or so", "kr-jcs", "Yonhap", "north_korean", "killed", "people", "reported",
  "approximate", 12, "a dozen or so", "unspecified", notes="unnamed JCS official; drone strikes on training grounds")
G("r06", "about a tenth", "zhou-lianhe", "", "unspecified", "casualties_unspecified", "percent_of_force", "reported",
  "approximate", 10, "about a tenth", "period", notes=KW + "whose=Chinese; its worst year")
G("r07", "12:55", "ua-gur", "", "russian", "casualties_unspecified", "battalions", "reported",
  "at_most", 1, "up to a battalion", "incident", notes="failed overnight attack near Sudzha")
G("r09", "1,340 troops", "ua-general-staff", AP, "russian_and_north_korean", "casualties_unspecified", "people",
  "reported", "exact", 1340, "1,340", "period", notes="the week of the engagement near Sudzha")


# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


H("r01", "SEOUL, Sept. 11")
T("r01", "ballistic missiles", "missile count, weeks")
T("r01", "Every one of these", "'every one' is not a count")
T("r01", "77th founding", "days, anniversary")
T("r01", "(ATTN:", "editorial note with paragraph numbers")
T("r02", "Nov. 4, 2025", "stand-alone date line")
T("r02", "41 tanks", "equipment")
T("r02", "2,300 sorties", "sorties, share of sorties")
T("r02", "$400 each", "money")
T("r02", "14 reconnaissance", "count of drones")
T("r03", "There are 14 of them", "count of letters, weeks")
T("r03", "Ri was 20", "age, years of service")
T("r03", "second half of December", "date phrase")
T("r03", "over two days", "duration")
T("r03", "each one in its own", "'each one' is not a count")
T("r04", "26.04.2025", "stand-alone date line")
T("r04", "37 servicemen were awarded", "awards, not losses")
T("r04", "155th Separate", "unit numbers")
T("r04", "Article 4", "treaty article")
T("r04", "1,200 damaged homes", "housing")
T("r05", "Published September 23", "stand-alone date line")
T("r05", "Resolution 2270", "resolution number, year")
T("r05", "$180 million", "money")
T("r05", "52 minutes", "duration, count of questions")
H("r05", "STATE DEPARTMENT -")
T("r06", "October 1950", "date")
T("r06", "three times the rate", "ratio of loss rates, not a loss count")
T("r06", "Seven decades on", "time span")
T("r06", "in 1961", "year")
T("r06", "1.78 trillion", "money, year")
T("r07", "Thursday, 6 November", "stand-alone date line")
T("r07", "08:15", "count of assaults")
T("r07", "13:05", "duration")
T("r07", "14:20", "civilian casualties, outside the project's military-loss scope")
T("r07", "17:20", "timestamp; clarification without a figure")
T("r07", "18:00", "time")
T("r08", "Published October 2", "stand-alone date line")
T("r08", "60 to 70 percent", "probability language, not a share of force")
T("r08", "series of four", "series numbering")
T("r08", "43 provincial", "count of broadcasts (sources), not of deaths")
H("r09", "CLAIM:")
T("r09", "aftermath of a 2023", "year")
T("r09", "38-second", "duration, view count")
T("r09", "6 kilometers", "distance")
T("r09", "Nothing close to thousands", "denial; no figure claimed")
T("r09", "210,000 followers", "follower count")
T("r10", "September 20, 2025", "stand-alone date line")
T("r10", "80 years", "anniversary, missile count")
T("r10", "Group of Seven", "name of a forum")
T("r10", "11 Russian entities", "count of sanctioned entities")

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
