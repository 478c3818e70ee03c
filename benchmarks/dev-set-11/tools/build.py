"""Build dev-set-11: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). Gold quotes and trap sentences are picked by a unique substring,
so every quote is verbatim. Run from the dev-set-11 folder:

    python3 tools/build.py && python3 ../check_curated_set.py .

Everything below (texts, names, figures, quotes) is fabricated.
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

# ---- texts -----------------------------------------------------------------
DOCS = {
    "s01-reuters-nis-briefing": [
        ["North Korean troops killed or wounded in Kursk reach about 3,400, Seoul's spy agency says"],
        ["SEOUL, Jan 13 (Reuters) - About 3,400 North Korean soldiers have been killed or wounded fighting "
         "for Russia in its Kursk region, South Korea's National Intelligence Service (NIS) told a closed-door "
         "parliamentary committee on Monday, according to lawmaker Han Jae-wook."],
        ["Of those, about 390 were killed, Han told reporters after the session.",
         "The agency believes roughly 3,000 have been wounded, many of them seriously enough to be out of "
         "action for months, he said.",
         "Han said the NIS estimated that North Korean units had been losing as many as 100 men a day during "
         "the heaviest fighting in late December.",
         "He said the agency blamed the troops' unfamiliarity with drone warfare and Russian commanders' "
         "habit of sending them across open fields without armour."],
        ["A second lawmaker at the briefing, Seo Min-ah, said the spy agency had confirmed that two North "
         "Korean soldiers were captured by Ukrainian forces over the weekend.",
         "Seo said the pair had been identified as members of the 11th Army Corps, known in the North as the "
         "Storm Corps."],
        ["North Korea has sent about 11,500 troops to Russia since October, Seo quoted the agency as saying, "
         "and the NIS expects a second deployment of up to 4,000 men before spring.",
         "The agency said in late December that about 1,100 North Korean soldiers had been killed or wounded."],
        ["A South Korean military official, speaking on condition of anonymity, separately told Reuters that "
         "about 200 of the wounded had been evacuated to hospitals in Moscow.",
         "Ukraine's President Volodymyr Zelenskyy said on Saturday that the real toll was higher, putting "
         "North Korean losses at more than 4,000 killed and wounded.",
         "Russia's defence ministry did not respond to a request for comment, and neither Moscow nor "
         "Pyongyang has acknowledged that North Korean soldiers are fighting in Kursk."],
        ["The two countries signed a mutual defence treaty in June 2024 that obliges each to come to the "
         "other's aid if attacked.",
         "The NIS also told lawmakers that the North had shipped more than 10,000 containers of munitions to "
         "Russia since August 2023.",
         "The committee session lasted nearly three hours."],
        ["(Reporting by Kang Hye-rin; Editing by Tom Ashby)"],
    ],
    "s02-kyiv-independent-roundup": [
        ["Ukraine war latest: North Korea sends 2,000 fresh troops to Kursk, Ukrainian intelligence says"],
        ["Key developments on March 18:"],
        ["North Korea has sent around 2,000 fresh troops to Russia's Kursk Oblast to reinforce units "
         "fighting there, Ukraine's military intelligence agency (HUR) said on March 18.",
         "The new arrivals bring the North Korean contingent in the region to roughly 11,000, after about "
         "4,000 were killed or wounded since December, the agency said.",
         "HUR spokesman Oleh Tkachuk said some North Korean battalions had lost as much as a third of their "
         "men in January alone."],
        ["Ukraine's Special Operations Forces (SSO) said they had killed 27 North Korean soldiers and captured "
         "three in a night raid near the village of Sverdlikovo.",
         "The SSO published a video it said showed the raid but did not say whether its own troops had "
         "suffered casualties."],
        ["Ukrainian forces repelled 14 Russian assaults in Kursk Oblast over the past day, the General Staff "
         "reported.",
         "Russia has lost 891,460 troops since the start of the full-scale invasion, including 1,310 over the "
         "past day, according to the General Staff of Ukraine's Armed Forces."],
        ["President Volodymyr Zelensky said in his evening address that Ukrainian units in Kursk Oblast had "
         "taken dozens of Russian soldiers prisoner this month.",
         "Zelensky also said Ukraine had lost more than 45,000 soldiers killed since February 2022, the first "
         "official figure since December."],
        ["The Coordination Headquarters for the Treatment of Prisoners of War said more than 300 Ukrainian "
         "soldiers who fought in Kursk Oblast are now listed as missing."],
        ["In Donetsk Oblast, Russian forces lost about 400 soldiers in a failed assault on Pokrovsk on "
         "March 17, the 161st Mechanized Brigade said.",
         "A Russian missile strike on Kharkiv killed four civilians and injured 19, Governor Ihor Maslenko "
         "said."],
        ["The European Union approved its 16th package of sanctions against Russia, listing 74 more vessels "
         "of the so-called shadow fleet.",
         "Ukraine received its third batch of Mirage 2000 fighter jets from France, the Air Force said."],
    ],
    "s03-field-hospital-sumy": [
        ["The Triage Tent"],
        ["The field hospital sits in what used to be a village school, about 30 kilometres from the Russian "
         "border, outside Sumy.",
         "Its chief surgeon, Marta Ivashchenko, is 41, and speaks in the flat, careful voice of someone who "
         "has learned not to waste words."],
        ["In the first week of February, when Russian forces pushed toward Sudzha, her team received 212 "
         "wounded Ukrainian soldiers, Ivashchenko told me.",
         "On the worst night, she recalled, 38 arrived between midnight and dawn, and eleven of them died on the table or "
         "soon after.",
         "A dozen wounded men came in together, she said, from a single drone strike on a dugout."],
        ["Through February the tent took in an average of 45 wounded a day, she said; in March the flow "
         "eased to about 25 a day.",
         "Since the hospital opened in August, nearly 2,000 soldiers have passed through triage, Ivashchenko "
         "said, and the great majority went on to surgical hospitals farther from the front.",
         "Drones now cause roughly 80 percent of the wounds she treats, up from perhaps half a year ago."],
        ["The brigade's medical chief, Maj. Ostap Hrynko, told me that two of the team's own medics had been "
         "killed by a drone in January while loading an ambulance.",
         "Her team has also treated 17 Russian prisoners of war, whom the guards keep in a separate room."],
        ["Serhiy, a 24-year-old infantryman with a shattered forearm, said his company had lost half of its "
         "men in ten days near Sudzha.",
         "He would not say how many that was, or whether he expected to go back."],
        ["The nearest CT scanner is a two-hour drive away, and the generators that power the operating room "
         "burn 300 litres of diesel a week.",
         "Ivashchenko sleeps, she estimates, four hours a night.",
         "When I left, at 5 a.m., the stretcher-bearers were already carrying in the next man."],
    ],
    "s04-tass-mod-summary": [
        ["Russian troops liberate two communities in Kursk Region, enemy loses up to 260 troops - MoD"],
        ["MOSCOW, February 9. /TASS/. Units of Russia's Sever (North) battlegroup liberated the communities "
         "of Zaluzhye and Kositsino in the Kursk Region over the past day, the Russian Defense Ministry "
         "reported on Sunday.",
         "In the Kursk area, the enemy lost up to 260 servicemen, three tanks, seven armored combat vehicles "
         "and 11 motor vehicles, the ministry said.",
         "Four Ukrainian servicemen surrendered, it said.",
         "Over the past week, the enemy's losses in the Kursk area totaled up to 1,740 servicemen.",
         "Since the start of hostilities in the Kursk area, Ukrainian losses have exceeded 58,400 servicemen, "
         "the ministry said."],
        ["Units of the Zapad (West) battlegroup improved their tactical position in the Kupyansk direction, "
         "and the enemy lost up to 220 servicemen.",
         "In the Pokrovsk direction, the Tsentr (Center) battlegroup repelled 12 counterattacks, and the "
         "enemy lost up to 475 servicemen, the ministry said.",
         "The Yug (South) battlegroup inflicted losses of up to a company of personnel on the Ukrainian army "
         "near Konstantinovka.",
         "The enemy lost up to 145 servicemen in areas of the Vostok (East) battlegroup, and up to 60 in the "
         "Dnepr battlegroup's zone."],
        ["Air defense forces shot down 86 Ukrainian drones over the past day.",
         "Russian operational-tactical aviation, drones and artillery struck 142 areas of Ukrainian troop "
         "concentrations.",
         "In all, since the start of the special military operation, Russian forces have destroyed 659 "
         "aircraft, 283 helicopters and 37,400 drones, the ministry said."],
    ],
    "s05-ft-arms-deals": [
        ["North Korea cashes in on Russia's war as its soldiers pay the price"],
        ["North Korea has earned as much as $20bn from supplying Russia with artillery shells, missiles and "
         "troops since 2023, according to estimates by South Korean researchers, a windfall equal to about "
         "two-thirds of its annual economic output.",
         "Pyongyang has shipped an estimated 12mn shells, which analysts value at about $800 each, and dozens "
         "of KN-23 ballistic missiles.",
         "Its soldiers in Russia are paid about $2,000 a month each, though officials in Seoul believe most "
         "of that goes to the state."],
        ["American, British and South Korean officials estimate that about 4,500 of the roughly 14,000 North "
         "Korean troops sent to Russia have been killed or wounded, most of them in the fighting to push "
         "Ukrainian forces out of Kursk.",
         "A senior US official put the number of North Korean dead at about 1,000 and said Russia had used "
         "the troops as assault infantry.",
         "Most of the first contingent, which arrived in November, has now been killed or wounded, the "
         "official said.",
         "Ukraine's military intelligence puts North Korean losses higher, at 6,000 killed and wounded, "
         "including about 1,700 dead."],
        ["Hwang Ji-hoon, a researcher at the Korea Institute for National Unification, said the North had "
         "been losing about 100 men a week since April, mostly to drones and mines during clearance work.",
         "Pyongyang is preparing to send as many as 6,000 military engineers and deminers to Kursk, Hwang "
         "said.",
         "Seoul also expects about 15,000 North Korean construction workers to arrive in Russia this year, "
         "officials said."],
        ["The Bank of Korea estimated that the North's economy grew 3.7 per cent in 2024, its fastest pace "
         "in eight years.",
         "Russian shipments of refined oil to the North have exceeded the UN cap of 500,000 barrels a year "
         "several times over, according to a UN panel of experts."],
    ],
    "s06-nknews-kctv": [
        ["Kim Jong Un honors soldiers of Kursk operation in rare televised ceremony"],
        ["North Korean leader Kim Jong Un acknowledged the \"sacrifices\" of soldiers who died in Russia's "
         "Kursk region during a ceremony broadcast by Korean Central Television (KCTV) on Thursday evening, "
         "according to NK News monitoring."],
        ["The 52-minute program showed Kim placing medals before framed portraits of at least 101 fallen "
         "soldiers, according to an NK News count of the footage.",
         "Kim told the families that their sons had \"killed more than 3,000 enemy soldiers\" and liberated "
         "Kursk \"with their blood.\"",
         "He pledged that thousands more troops would follow \"wherever our ally needs us.\""],
        ["Pyongyang had not previously acknowledged any deaths among the troops it sent to Russia.",
         "South Korea's National Intelligence Service estimated in April that about 2,000 North Korean "
         "soldiers had been killed in Kursk out of roughly 15,000 deployed.",
         "Ukraine's military intelligence said in June that North Korean losses in Kursk had passed 6,000 "
         "killed and wounded.",
         "Russian Ambassador Ilya Gorin told RIA Novosti last week that \"several hundred\" wounded North "
         "Korean soldiers had been treated in Moscow hospitals."],
        ["Kim awarded the title of Hero of the DPRK to nine soldiers and the Order of the National Flag "
         "First Class to 87 others, the broadcast said.",
         "The ceremony was held at the April 25 House of Culture in Pyongyang.",
         "KCTV aired the footage at 8 p.m. local time, and the Rodong Sinmun devoted four pages to it the "
         "next morning.",
         "A new military museum, Kim said, would open by the party's 80th anniversary in October."],
    ],
    "s07-think-tank-estimate": [
        ["North Korean casualties in Kursk likely between 4,200 and 5,600, think tank estimates"],
        ["WASHINGTON - North Korea has probably suffered between 4,200 and 5,600 killed and wounded in "
         "Russia's Kursk region since its troops entered combat in December, according to an estimate "
         "published on Tuesday by the Center for Strategic and Defense Analysis.",
         "The Washington think tank's figure includes between 1,050 and 1,400 dead."],
        ["The CSDA method is simple, said Ellen Marsh, the report's lead author.",
         "It starts from the roughly 12,000 North Korean troops believed to have been deployed to Kursk.",
         "It then applies a daily casualty rate of 0.35 percent of the committed force, drawn from Russian "
         "assault units in the 2023 battle for Bakhmut.",
         "Finally, it assumes a 3:1 ratio of wounded to killed, lower than the 4:1 typical of Western armies "
         "because of poor battlefield medicine."],
        ["That works out to about 45 North Korean soldiers killed or wounded each day since mid-December, "
         "Marsh said.",
         "If North Korean units keep being thrown into frontal attacks at that pace, the total could pass "
         "8,000 by the end of August, she said.",
         "The report puts the number of North Koreans taken prisoner by Ukraine at fewer than 20."],
        ["The report notes that Ukraine's military intelligence has given a higher figure, of about 6,300 "
         "North Korean losses.",
         "Applied to Russian forces in Kursk, the same approach yields roughly 38,000 Russians killed and "
         "wounded since August 2024, the report says.",
         "Marsh, who spent 22 years as an Army intelligence officer, cautioned that the estimate's error "
         "bars were wide.",
         "The 46-page report draws on satellite imagery, Ukrainian drone footage and more than 300 Russian "
         "and North Korean social media posts."],
    ],
    "s08-bbc-live-entry": [
        ["14:32 BST"],
        ["Western official briefs on North Korean troops in Kursk"],
        ["Sarah Penrose, BBC security correspondent"],
        ["A Western official, speaking on condition of anonymity, has told me that around 1,600 North Korean "
         "soldiers have now been killed in the Kursk region since they entered combat in December.",
         "Several hundred more are listed as missing, the official said, many of them probably dead.",
         "\"They are taking the kind of losses that would break most Western armies,\" the official said."],
        ["The official estimated that Russia was losing more than 1,000 troops killed or wounded a day "
         "across the whole front line.",
         "Russian losses in the Kursk region alone have averaged about 150 a day since March, the official "
         "said.",
         "A further 5,000 North Korean troops could arrive in Russia by the end of the summer, the official "
         "said, which would bring the total sent to about 17,000."],
        ["The official spoke at a briefing in London attended by about 15 journalists.",
         "North Korea has also supplied Russia with about 240 long-range artillery systems, the official "
         "said."],
        ["Earlier, Ukraine's General Staff said its troops had killed 48 North Korean soldiers in a single "
         "assault near the border village of Tetkino on Monday.",
         "Russia's defence ministry, meanwhile, said Ukraine had lost up to 190 troops in the Kursk region "
         "over the past day.",
         "Ukraine's foreign minister is due in Seoul on 3 June for talks on the North Korean deployment."],
    ],
    "s09-named-dead-count": [
        ["Named Russian dead in Kursk region pass 7,000"],
        ["Data as of November 21, 2025"],
        ["We have now confirmed by name 7,240 Russian servicemen killed in the fighting in Kursk region "
         "since August 2024.",
         "That is 212 more names this week, after 187 the week before.",
         "Since December, the list has grown by an average of about 160 names a week."],
        ["Our count includes only those whose deaths were reported in obituaries, by relatives or by local "
         "authorities.",
         "Demographers we consulted, working from inheritance-case registries, estimate the true number of "
         "dead at 15,000 to 19,000."],
        ["Among the identified dead are 96 conscripts, whom the Kremlin had promised would not be sent into "
         "combat.",
         "At least 640 were former prisoners recruited from penal colonies.",
         "Nearly 1,100 served in airborne units, which bore the brunt of the counter-offensive.",
         "The youngest soldier on the list was 18; the oldest was 64."],
        ["We have also identified 14 North Korean soldiers by name, from documents recovered by Ukrainian "
         "special forces and published online.",
         "Kursk region's acting governor, Mikhail Voronov, announced on Telegram the funerals of 19 local men "
         "this week."],
        ["Our team of nine volunteers checks every name against at least two sources.",
         "The list now covers soldiers from 83 of Russia's regions."],
    ],
    "s10-military-times-general": [
        ["Retired general: North Korea's Kursk losses could hit 9,000 by spring"],
        ["North Korea has probably lost about 6,000 soldiers killed or wounded in Russia's Kursk region, "
         "retired Army Lt. Gen. Douglas Wren, a former deputy commander of U.S. Forces Korea, told Military "
         "Times.",
         "About 1,500 of them are dead, he estimated.",
         "By spring, Wren said, that number could reach about 9,000 if Pyongyang keeps feeding units into "
         "frontal assaults without armor or air cover.",
         "Nearly half of the roughly 11,000 troops North Korea sent in the fall have already been killed or "
         "wounded, he said."],
        ["Wren also projected that Russia would lose roughly 40,000 more troops killed or wounded in the "
         "Kursk region by spring as Moscow tries to push Ukraine out before any ceasefire talks.",
         "Wren, 67, retired in 2019 after 34 years in uniform."],
        ["The Pentagon has said North Korean troops suffered \"significant casualties\" but has declined to "
         "give a figure.",
         "Two U.S. officials, speaking on condition of anonymity, told Military Times that Ukrainian losses in "
         "the Kursk salient had been lower but \"not trivial,\" with several hundred Ukrainian soldiers killed "
         "in January alone.",
         "Two more North Korean soldiers were captured last week, Ukraine's Security Service (SBU) said."],
        ["Ukraine's forces have held about 500 square kilometers of the region since last August.",
         "Wren compared the North Korean deployment to China's intervention in Korea in 1950.",
         "The Army's 2nd Infantry Division, which Wren once commanded, remains the only U.S. division "
         "permanently based in South Korea."],
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
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-officials": "South Korean officials (unnamed)",
    "us-officials": "US officials (unnamed)",
    "uk-officials": "British officials (unnamed)",
    "western-officials": "Western officials (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-sso": "Special Operations Forces of Ukraine (SSO)",
    "ua-sbu": "Security Service of Ukraine (SBU)",
    "ua-coordination-hq": "Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)",
    "ua-161st-brigade": "161st Mechanized Brigade (Ukraine)",
    "ua-surgeon-ivashchenko": "Marta Ivashchenko, chief surgeon of a Ukrainian field hospital near Sumy",
    "ua-medical-chief-hrynko": "Maj. Ostap Hrynko, medical chief of a Ukrainian brigade",
    "ua-soldier-serhiy": "Serhiy, Ukrainian infantryman (first name only)",
    "ru-mod": "Russian Ministry of Defence",
    "ru-ambassador-gorin": "Ilya Gorin, Russian ambassador to North Korea",
    "ru-kursk-governor-voronov": "Mikhail Voronov, acting governor of Kursk region",
    "kp-kim-jong-un": "Kim Jong Un, leader of North Korea",
    "kinu-hwang": "Hwang Ji-hoon, researcher, Korea Institute for National Unification",
    "csda": "Center for Strategic and Defense Analysis (CSDA)",
    "csda-marsh": "Ellen Marsh, lead author of the CSDA report",
    "demographers-unnamed": "Demographers consulted by the outlet (unnamed)",
    "us-ret-gen-wren": "Douglas Wren, retired US Army lieutenant general",
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


def G(short, key, cid, relays, whose, measure, cin, mod, qual, v, caw, scope, derived=None, notes=""):
    lo, be, hi = bounds(qual, v)
    GOLD.append(["texts/" + SHORT[short] + ".txt", find(short, key), cid, C[cid], relays, whose, measure,
                 cin, mod, qual, lo, be, hi, caw, scope, find(short, derived) if derived else "", notes])


P = "people"
R, PR, CO = "reported", "projected", "conditional"
NK, RU, UA = "north_korean", "russian", "ukrainian"
KW, K, W, CAS, DEP = "killed_or_wounded", "killed", "wounded", "casualties_unspecified", "deployed"
OF, WW = "area=other_front", "area=whole_war"

# s01 Reuters on an NIS briefing relayed by two lawmakers
HAN = "Han Jae-wook > Reuters"
SEO = "Seo Min-ah > Reuters"
G("s01", "About 3,400 North Korean", "kr-nis", HAN, NK, KW, P, R, "approximate", 3400, "About 3,400", "cumulative")
G("s01", "about 390 were killed", "kr-nis", HAN, NK, K, P, R, "approximate", 390, "about 390", "cumulative")
G("s01", "roughly 3,000 have been wounded", "kr-nis", HAN, NK, W, P, R, "approximate", 3000, "roughly 3,000",
  "cumulative")
G("s01", "as many as 100 men a day", "kr-nis", HAN, NK, CAS, "people_per_day", R, "at_most", 100,
  "as many as 100", "period", notes="rate during the heaviest fighting in late December")
G("s01", "two North Korean soldiers were captured", "kr-nis", SEO, NK, "captured", P, R, "exact", 2, "two",
  "incident")
G("s01", "about 11,500 troops", "kr-nis", SEO, NK, DEP, P, R, "approximate", 11500, "about 11,500", "stock")
G("s01", "about 11,500 troops", "kr-nis", SEO, NK, DEP, P, PR, "at_most", 4000, "up to 4,000", "stock",
  notes="forecast second deployment of additional troops")
G("s01", "said in late December", "kr-nis", "Reuters", NK, KW, P, R, "approximate", 1100, "about 1,100",
  "cumulative", notes="the agency's earlier (late December) estimate")
G("s01", "about 200 of the wounded", "kr-officials", "Reuters", NK, W, P, R, "approximate", 200, "about 200",
  "cumulative", notes="subset: wounded evacuated to Moscow hospitals; unnamed South Korean military official")
G("s01", "more than 4,000 killed and wounded", "ua-zelenskyy", "Reuters", NK, KW, P, R, "more_than", 4000,
  "more than 4,000", "cumulative")

# s02 roundup
G("s02", "around 2,000 fresh troops", "ua-gur", "", NK, DEP, P, R, "approximate", 2000, "around 2,000", "stock",
  notes="rotation/reinforcement: additional troops sent")
G("s02", "roughly 11,000", "ua-gur", "", NK, DEP, P, R, "approximate", 11000, "roughly 11,000", "stock")
G("s02", "roughly 11,000", "ua-gur", "", NK, KW, P, R, "approximate", 4000, "about 4,000", "cumulative")
G("s02", "as much as a third", "ua-gur", "", NK, CAS, "percent_of_force", R, "at_most", 33.33,
  "as much as a third", "period", notes="said by HUR spokesman Oleh Tkachuk; some battalions, January")
G("s02", "killed 27 North Korean", "ua-sso", "", NK, K, P, R, "exact", 27, "27", "incident")
G("s02", "killed 27 North Korean", "ua-sso", "", NK, "captured", P, R, "exact", 3, "three", "incident")
G("s02", "891,460", "ua-general-staff", "", RU, CAS, P, R, "exact", 891460, "891,460", "cumulative", notes=WW)
G("s02", "891,460", "ua-general-staff", "", RU, CAS, P, R, "exact", 1310, "1,310", "period", notes=WW)
G("s02", "dozens of Russian soldiers prisoner", "ua-zelenskyy", "", RU, "captured", P, R, "vague", (24, 99),
  "dozens", "period")
G("s02", "more than 45,000 soldiers killed", "ua-zelenskyy", "", UA, K, P, R, "more_than", 45000,
  "more than 45,000", "cumulative", notes=WW)
G("s02", "more than 300 Ukrainian", "ua-coordination-hq", "", UA, "missing", P, R, "more_than", 300,
  "more than 300", "cumulative")
G("s02", "about 400 soldiers", "ua-161st-brigade", "", RU, CAS, P, R, "approximate", 400, "about 400", "incident",
  notes=OF + "; Pokrovsk, Donetsk Oblast")

# s03 field hospital near Sumy
IV = "ua-surgeon-ivashchenko"
G("s03", "received 212", IV, "", UA, W, P, R, "exact", 212, "212", "period")
G("s03", "On the worst night", IV, "", UA, W, P, R, "exact", 38, "38", "incident")
G("s03", "On the worst night", IV, "", UA, K, P, R, "exact", 11, "eleven", "incident",
  notes="died of wounds among the 38")
G("s03", "A dozen wounded men", IV, "", UA, W, P, R, "approximate", 12, "A dozen", "incident")
G("s03", "an average of 45", IV, "", UA, W, "people_per_day", R, "exact", 45, "an average of 45", "period")
G("s03", "an average of 45", IV, "", UA, W, "people_per_day", R, "approximate", 25, "about 25", "period")
G("s03", "nearly 2,000 soldiers", IV, "", UA, W, P, R, "vague", (1800, 1999), "nearly 2,000", "cumulative")
G("s03", "two of the team's own medics", "ua-medical-chief-hrynko", "", UA, K, P, R, "exact", 2, "two", "incident")
G("s03", "17 Russian prisoners", "author", "", RU, "captured", P, R, "exact", 17, "17", "cumulative",
  notes="prisoners treated by this hospital only; unattributed, in the writer's own voice")
G("s03", "lost half of its men", "ua-soldier-serhiy", "", UA, CAS, "percent_of_force", R, "exact", 50, "half",
  "period", notes="one company, ten days")

# s04 TASS / Russian MoD
TS = "TASS"
G("s04", "up to 260 servicemen", "ru-mod", TS, UA, CAS, P, R, "at_most", 260, "up to 260", "period")
G("s04", "Four Ukrainian servicemen", "ru-mod", TS, UA, "captured", P, R, "exact", 4, "Four", "period")
G("s04", "up to 1,740", "ru-mod", TS, UA, CAS, P, R, "at_most", 1740, "up to 1,740", "period")
G("s04", "exceeded 58,400", "ru-mod", TS, UA, CAS, P, R, "more_than", 58400, "exceeded 58,400", "cumulative")
G("s04", "up to 220", "ru-mod", TS, UA, CAS, P, R, "at_most", 220, "up to 220", "period", notes=OF)
G("s04", "up to 475", "ru-mod", TS, UA, CAS, P, R, "at_most", 475, "up to 475", "period", notes=OF)
G("s04", "up to a company", "ru-mod", TS, UA, CAS, "companies", R, "at_most", 1, "up to a company", "period",
  notes=OF)
G("s04", "up to 145", "ru-mod", TS, UA, CAS, P, R, "at_most", 145, "up to 145", "period", notes=OF)
G("s04", "up to 145", "ru-mod", TS, UA, CAS, P, R, "at_most", 60, "up to 60", "period", notes=OF)

# s05 FT-style arms and troops deals
AB = "American, British and South Korean officials"
for cid in ("us-officials", "uk-officials", "kr-officials"):
    G("s05", AB, cid, "", NK, KW, P, R, "approximate", 4500, "about 4,500", "cumulative")
    G("s05", AB, cid, "", NK, DEP, P, R, "approximate", 14000, "roughly 14,000", "stock")
G("s05", "North Korean dead at about 1,000", "us-officials", "", NK, K, P, R, "approximate", 1000, "about 1,000",
  "cumulative", notes="a senior US official")
G("s05", "Most of the first contingent", "us-officials", "", NK, KW, "percent_of_force", R, "more_than", 50, "Most",
  "cumulative", notes="first contingent only; a senior US official")
G("s05", "at 6,000 killed and wounded", "ua-gur", "", NK, KW, P, R, "exact", 6000, "6,000", "cumulative")
G("s05", "at 6,000 killed and wounded", "ua-gur", "", NK, K, P, R, "approximate", 1700, "about 1,700", "cumulative")
G("s05", "about 100 men a week", "kinu-hwang", "", NK, CAS, "people_per_week", R, "approximate", 100, "about 100",
  "period", notes="since April; mostly during clearance work")
G("s05", "as many as 6,000 military engineers", "kinu-hwang", "", NK, DEP, P, PR, "at_most", 6000,
  "as many as 6,000", "stock", notes="forecast: additional military engineers and deminers")

# s06 NK News on a KCTV broadcast
KC = "Korean Central Television (KCTV) > NK News"
NKN = "NK News"
G("s06", "acknowledged the \"sacrifices\"", "kp-kim-jong-un", KC, NK, K, P, R, "none", "", "sacrifices",
  "unspecified", notes="first acknowledgement of deaths; no figure")
G("s06", "at least 101 fallen", "author", "", NK, K, P, R, "at_least", 101, "at least 101", "cumulative",
  notes="NK News's own count of portraits in the footage")
G("s06", "killed more than 3,000 enemy", "kp-kim-jong-un", KC, UA, K, P, R, "more_than", 3000, "more than 3,000",
  "cumulative")
G("s06", "thousands more troops", "kp-kim-jong-un", KC, NK, DEP, P, PR, "vague", (2000, 9999), "thousands",
  "stock", notes="pledge of additional troops")
G("s06", "about 2,000 North Korean", "kr-nis", NKN, NK, K, P, R, "approximate", 2000, "about 2,000", "cumulative")
G("s06", "about 2,000 North Korean", "kr-nis", NKN, NK, DEP, P, R, "approximate", 15000, "roughly 15,000", "stock")
G("s06", "passed 6,000", "ua-gur", NKN, NK, KW, P, R, "more_than", 6000, "passed 6,000", "cumulative")
G("s06", "\"several hundred\" wounded", "ru-ambassador-gorin", "RIA Novosti > NK News", NK, W, P, R, "vague",
  (300, 999), "several hundred", "cumulative", notes="treated in Moscow hospitals")

# s07 think-tank estimate
G("s07", "between 4,200 and 5,600 killed", "csda", "", NK, KW, P, R, "range", (4200, 5600),
  "between 4,200 and 5,600", "cumulative")
G("s07", "between 1,050 and 1,400 dead", "csda", "", NK, K, P, R, "range", (1050, 1400),
  "between 1,050 and 1,400", "cumulative")
G("s07", "roughly 12,000 North Korean troops", "csda", "", NK, DEP, P, R, "approximate", 12000, "roughly 12,000",
  "stock", notes="model input, but a troop count")
G("s07", "about 45 North Korean", "csda-marsh", "", NK, KW, "people_per_day", R, "approximate", 45, "about 45",
  "period")
G("s07", "could pass 8,000", "csda-marsh", "", NK, KW, P, CO, "more_than", 8000, "pass 8,000", "cumulative",
  notes="projected total by end of August if the pace holds")
G("s07", "fewer than 20", "csda", "", NK, "captured", P, R, "fewer_than", 20, "fewer than 20", "cumulative")
G("s07", "about 6,300", "ua-gur", "Center for Strategic and Defense Analysis", NK, CAS, P, R, "approximate", 6300,
  "about 6,300", "cumulative")
G("s07", "roughly 38,000 Russians", "csda", "", RU, KW, P, R, "approximate", 38000, "roughly 38,000", "cumulative",
  notes="Russian forces in Kursk since August 2024")

# s08 BBC live page entry
BBC = "BBC"
WO = "western-officials"
N8 = "told BBC correspondent Sarah Penrose (the entry's author) on background"
G("s08", "around 1,600 North Korean", WO, BBC, NK, K, P, R, "approximate", 1600, "around 1,600", "cumulative",
  notes=N8)
G("s08", "Several hundred more", WO, BBC, NK, "missing", P, R, "vague", (300, 999), "Several hundred",
  "cumulative", notes=N8)
G("s08", "the kind of losses", WO, BBC, NK, CAS, P, R, "none", "", "the kind of losses", "unspecified", notes=N8)
G("s08", "more than 1,000 troops killed or wounded a day", WO, BBC, RU, KW, "people_per_day", R, "more_than", 1000,
  "more than 1,000", "unspecified", notes=WW + "; " + N8)
G("s08", "about 150 a day", WO, BBC, RU, CAS, "people_per_day", R, "approximate", 150, "about 150", "period",
  notes="since March; " + N8)
G("s08", "A further 5,000", WO, BBC, NK, DEP, P, PR, "exact", 5000, "A further 5,000", "stock",
  notes="forecast of additional troops by end of summer; " + N8)
G("s08", "A further 5,000", WO, BBC, NK, DEP, P, PR, "approximate", 17000, "about 17,000", "stock",
  notes="projected total sent; " + N8)
G("s08", "killed 48 North Korean", "ua-general-staff", BBC, NK, K, P, R, "exact", 48, "48", "incident")
G("s08", "up to 190 troops", "ru-mod", BBC, UA, CAS, P, R, "at_most", 190, "up to 190", "period")

# s09 count of named dead
G("s09", "pass 7,000", "author", "", RU, K, P, R, "more_than", 7000, "pass 7,000", "cumulative",
  derived="confirmed by name 7,240", notes="headline figure rounded by the outlet from its body count")
G("s09", "confirmed by name 7,240", "author", "", RU, K, P, R, "exact", 7240, "7,240", "cumulative",
  notes="names confirmed; a floor by construction")
G("s09", "212 more names", "author", "", RU, K, P, R, "exact", 212, "212", "period", notes="names added this week")
G("s09", "212 more names", "author", "", RU, K, P, R, "exact", 187, "187", "period",
  notes="names added the previous week")
G("s09", "about 160 names a week", "author", "", RU, K, "people_per_week", R, "approximate", 160, "about 160",
  "period", notes="growth of the named list since December")
G("s09", "15,000 to 19,000", "demographers-unnamed", "", RU, K, P, R, "range", (15000, 19000), "15,000 to 19,000",
  "cumulative")
G("s09", "96 conscripts", "author", "", RU, K, P, R, "exact", 96, "96", "cumulative", notes="subset: conscripts")
G("s09", "At least 640", "author", "", RU, K, P, R, "at_least", 640, "At least 640", "cumulative",
  notes="subset: former prisoners")
G("s09", "Nearly 1,100", "author", "", RU, K, P, R, "vague", (990, 1099), "Nearly 1,100", "cumulative",
  notes="subset: airborne units")
G("s09", "14 North Korean", "author", "", NK, K, P, R, "exact", 14, "14", "cumulative")
G("s09", "funerals of 19", "ru-kursk-governor-voronov", "", RU, K, P, R, "exact", 19, "19", "period",
  notes="funerals of Kursk residents announced this week")

# s10 Military Times, retired general
MT = "Military Times"
WR = "us-ret-gen-wren"
G("s10", "about 6,000 soldiers", WR, MT, NK, KW, P, R, "approximate", 6000, "about 6,000", "cumulative")
G("s10", "About 1,500", WR, MT, NK, K, P, R, "approximate", 1500, "About 1,500", "cumulative")
G("s10", "could reach about 9,000", WR, MT, NK, KW, P, CO, "approximate", 9000, "about 9,000", "cumulative",
  notes="projected total by spring if the pattern holds")
G("s10", "Nearly half", WR, MT, NK, KW, "percent_of_force", R, "approximate", 50, "Nearly half", "cumulative")
G("s10", "Nearly half", WR, MT, NK, DEP, P, R, "approximate", 11000, "roughly 11,000", "stock")
G("s10", "roughly 40,000 more", WR, MT, RU, KW, P, PR, "approximate", 40000, "roughly 40,000", "period",
  notes="forecast of additional losses by spring")
G("s10", "significant casualties", "us-dod", MT, NK, CAS, P, R, "none", "", "significant casualties",
  "unspecified")
G("s10", "several hundred Ukrainian", "us-officials", MT, UA, K, P, R, "vague", (300, 999), "several hundred",
  "period", notes="January")
G("s10", "Two more North Korean", "ua-sbu", MT, NK, "captured", P, R, "exact", 2, "Two", "incident")

# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


H("s01", "About 3,400 North Korean")
T("s01", "11th Army Corps", "unit number")
T("s01", "mutual defence treaty", "count of countries, date of a treaty")
T("s01", "10,000 containers", "munitions shipments, date")
T("s01", "nearly three hours", "duration")
H("s02", "around 2,000 fresh troops")
T("s02", "Key developments", "date line of the roundup")
T("s02", "14 Russian assaults", "count of assaults, not losses")
T("s02", "killed four civilians", "civilian casualties, not military losses (other front)")
T("s02", "16th package", "sanctions package number, count of vessels")
T("s02", "Mirage 2000", "aircraft batch and model")
T("s03", "30 kilometres", "distance")
T("s03", "is 41", "age")
T("s03", "80 percent of the wounds", "share of wounds by cause, not a loss figure")
T("s03", "CT scanner", "travel time, fuel")
T("s03", "four hours a night", "hours of sleep")
T("s03", "at 5 a.m.", "time of day")
H("s04", "up to 260 servicemen")
T("s04", "MOSCOW, February 9", "dateline date; territorial claim, no loss figure")
T("s04", "86 Ukrainian drones", "drones shot down")
T("s04", "142 areas", "count of targets")
T("s04", "659", "cumulative equipment losses, not personnel")
T("s05", "$20bn", "money, year, share of output")
T("s05", "12mn shells", "munitions, prices, missiles")
T("s05", "$2,000 a month", "pay; 'most' here is a share of pay")
T("s05", "15,000 North Korean construction workers", "civilian workers, not troops")
T("s05", "3.7 per cent", "economic growth, year")
T("s05", "500,000 barrels", "oil cap")
T("s06", "Hero of the DPRK", "awards")
T("s06", "April 25 House", "name of a building")
T("s06", "8 p.m.", "time of day, page count")
T("s06", "80th anniversary", "anniversary")
H("s07", "between 4,200 and 5,600 killed")
T("s07", "0.35 percent", "model input: assumed casualty rate borrowed from another battle, year")
T("s07", "3:1 ratio", "model input: wounded-to-killed ratio")
T("s07", "22 years", "career length")
T("s07", "46-page", "page count, count of posts")
T("s08", "14:32 BST", "stand-alone time line")
T("s08", "about 15 journalists", "count of journalists")
T("s08", "240 long-range", "weapons supplied")
T("s08", "3 June", "date")
T("s09", "Data as of", "stand-alone date line")
T("s09", "The youngest soldier", "ages")
T("s09", "nine volunteers", "team size, count of sources")
T("s09", "83 of Russia's regions", "count of regions")
H("s10", "could reach about 9,000")
T("s10", "Wren, 67", "age, year, career length")
T("s10", "500 square kilometers", "area")
T("s10", "in 1950", "year")
T("s10", "2nd Infantry Division", "unit number")

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
