#!/usr/bin/env python3
"""Build dev-set-16: eight fabricated texts, gold.csv and traps.csv.

Every sentence is typed once, in SPEC below, together with its gold rows
(claims) or its trap reason.  DOCS and sentences() are derived from SPEC and
are imported by benchmarks/check_curated_set.py.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

END = "[Fabricated test text for the loss-claims project; not a real report.]"

GOLD_HEADER = ["file", "quote", "claimant_id", "claimant_name", "relay_names",
               "whose_losses", "measure", "counted_in", "modality", "qualifier",
               "low", "best", "high", "count_as_written", "scope",
               "derived_from_quote", "notes"]
TRAP_HEADER = ["file", "sentence", "why"]


def S(text, *rows, trap=None, key=None):
    """One sentence, with its gold rows or its trap reason."""
    return {"s": text, "rows": list(rows), "trap": trap, "key": key}


def R(cid, cname, whose, measure, counted, qual, caw, scope, low="", best="",
      high="", relay="", modality="reported", derived=None, notes=""):
    """One gold row (the quote is the sentence it is attached to)."""
    return {"claimant_id": cid, "claimant_name": cname, "relay_names": relay,
            "whose_losses": whose, "measure": measure, "counted_in": counted,
            "modality": modality, "qualifier": qual, "low": low, "best": best,
            "high": high, "count_as_written": caw, "scope": scope,
            "derived": derived, "notes": notes}


# ---------------------------------------------------------------- claimants
JPMOD = ("jp-mod", "Japan's Ministry of Defense (annual white paper)")
KR_OFF = ("kr-officials", "South Korean officials (unnamed)")
US_OFF = ("us-officials", "US officials (unnamed)")
UK_OFF = ("uk-officials", "British officials (unnamed)")
COLLEY = ("uk-cdi-colley", "Lt Gen Sir Adrian Colley, Chief of Defence Intelligence (UK)")
UKBRIEF = ("uk-defence-officials", "British defence officials briefing MPs in closed session")
UAGS = ("ua-general-staff", "General Staff of the Armed Forces of Ukraine")
DROBOT = ("ua-drobot", "Brigadier General Mykola Drobot, commander of Ukrainian forces in the Kursk region")
RUMOD = ("ru-mod", "Russian Ministry of Defence")
ZEL = ("ua-zelenskyy", "Volodymyr Zelenskyy, President of Ukraine")
KIM = ("kp-kim-jong-un", "Kim Jong Un, leader of North Korea")
RI = ("kp-ri-chol-ho", "Col. Gen. Ri Chol Ho, chief of the KPA General Staff")
GERAS = ("lgov-volunteers", "Marina Gerasimova, volunteer keeping a list of the Lgov district's dead")
KURSKGOV = ("ru-kursk-governor-office", "Kursk regional governor's office")
POTERI = ("poteri-project", "Poteri project (independent obituary-verification project)")
SOF8 = ("ua-8th-sof-regiment", "8th Regiment of Special Forces (Ukraine)")
NIS = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
GUR = ("ua-gur", "Defence Intelligence of Ukraine (GUR)")
VALT = ("analyst-valtonen", "Irina Valtonen, senior fellow at the Northern Security Institute (Helsinki)")
USDOD = ("us-dod", "US Department of Defense (Pentagon) spokesperson")
UAOFF = ("ua-officials", "Ukrainian officials (unnamed)")


def A(name):
    return ("author", name)


def C(who, *args, **kw):
    return R(who[0], who[1], *args, **kw)


# --------------------------------------------------------------------- texts
SPEC = {}

# 1. Japanese wire (Kyodo style) on a defence ministry white paper.
SPEC["n01-kyodo-white-paper"] = [
    [S("North Korea has lost about 4,000 troops in Kursk, Japanese white paper says",
       trap="restates:n01-lead")],
    [S("TOKYO, July 15 (Kyodo) -- North Korea has lost about 4,000 soldiers killed or wounded in Russia's "
       "Kursk region since it began sending troops last autumn, Japan's Defense Ministry said Tuesday in its "
       "annual white paper, warning that Pyongyang is gaining combat experience that could be turned against "
       "its neighbors.",
       C(JPMOD, "north_korean", "killed_or_wounded", "people", "approximate", "about 4,000", "cumulative",
         best=4000, relay="Kyodo"),
       key="n01-lead")],
    [S("The 2025 edition of the document, approved by the Cabinet on Tuesday, runs to 512 pages and devotes a "
       "full chapter to military cooperation between Pyongyang and Moscow.",
       trap="edition year and page count; no losses"),
     S("On page 87, the ministry estimates that around 11,000 North Korean troops were deployed to the Kursk "
       "front in late 2024 and that some 3,000 more were sent early this year as reinforcements.",
       C(JPMOD, "north_korean", "deployed", "people", "approximate", "around 11,000", "stock",
         best=11000, relay="Kyodo", notes="report quoted by page (p. 87)"),
       C(JPMOD, "north_korean", "deployed", "people", "approximate", "some 3,000 more", "stock",
         best=3000, relay="Kyodo",
         notes="reinforcements already sent in early 2025, so reported, not projected")),
     S("It puts the dead among them at \"at least 600,\" adding that the losses amount to roughly a third of "
       "the force first sent to Russia.",
       C(JPMOD, "north_korean", "killed", "people", "at_least", "at least 600", "cumulative",
         low=600, relay="Kyodo"),
       C(JPMOD, "north_korean", "killed_or_wounded", "percent_of_force", "approximate", "roughly a third",
         "cumulative", best=33.33, relay="Kyodo",
         notes="'the losses' refers back to the killed-or-wounded figure of the lead"))],
    [S("The paper says North Korea has also supplied Russia with more than 170 self-propelled guns, 240 "
       "multiple rocket launchers and millions of artillery shells since 2023.",
       trap="equipment and munitions supplied; no losses"),
     S("Citing South Korean and US assessments, the white paper says North Korean units suffered heavy losses "
       "in their first weeks of combat in December and January, largely because they were unprepared for drone "
       "warfare.",
       C(KR_OFF, "north_korean", "casualties_unspecified", "people", "none", "heavy losses", "period",
         relay="Japan's Ministry of Defense > Kyodo",
         notes="assessment not attributed to a named South Korean body"),
       C(US_OFF, "north_korean", "casualties_unspecified", "people", "none", "heavy losses", "period",
         relay="Japan's Ministry of Defense > Kyodo",
         notes="assessment not attributed to a named US body"))],
    [S("Across the entire front line, Russian forces lost an average of about 1,000 troops a day during the "
       "first half of 2025, according to the paper.",
       C(JPMOD, "russian", "casualties_unspecified", "people_per_day", "approximate", "about 1,000 troops a day",
         "period", best=1000, relay="Kyodo", notes="area=whole_war")),
     S("If Pyongyang continues to rotate fresh units through the front at the current pace, its cumulative "
       "casualties could exceed 10,000 by the end of the year, the ministry projects.",
       C(JPMOD, "north_korean", "casualties_unspecified", "people", "more_than", "exceed 10,000", "cumulative",
         low=10000, relay="Kyodo", modality="conditional"))],
    [S("\"The combat experience the Korean People's Army is accumulating in Russia, including in the use and "
       "interception of drones, is a grave concern for Japan's security,\" Defense Minister Kenji Sakamura told "
       "reporters after the Cabinet meeting."),
     S("He said Tokyo would share the paper's findings with Washington and Seoul at talks next month.")],
    [S(END)],
]

# 2. British newspaper on a Commons defence committee session.
N02_AUTHOR = A("The newspaper's own voice (outlet not named)")
SPEC["n02-commons-committee"] = [
    [S("Russia losing more than 1,000 troops a day in Kursk, MPs told",
       C(N02_AUTHOR, "russian", "casualties_unspecified", "people_per_day", "more_than",
         "more than 1,000 troops a day", "period", low=1000, derived="n02-lead",
         notes="headline rate computed by the outlet from about 36,000 over the past month"))],
    [S("Russia has suffered about 36,000 casualties in the fighting for the Kursk region over the past month, "
       "Britain's most senior military intelligence officer has told MPs, in the bleakest assessment yet of "
       "Moscow's struggle to expel Ukrainian forces from its territory.",
       C(COLLEY, "russian", "casualties_unspecified", "people", "approximate", "about 36,000", "period",
         best=36000, notes="claimant named by title here, in full in the next sentence"),
       key="n02-lead")],
    [S("Giving evidence to the Commons defence committee on Tuesday, Lt Gen Sir Adrian Colley, the chief of "
       "defence intelligence, said roughly 9,000 of those were killed.",
       C(COLLEY, "russian", "killed", "people", "approximate", "roughly 9,000", "period", best=9000,
         notes="subset of the 36,000 over the past month")),
     S("North Korean units fighting alongside Russian troops had lost \"up to a battalion\" in a single assault "
       "near the village of Plekhovo earlier this month, Colley said, and the contingent, put at 11,000 to "
       "12,000 when it arrived in the autumn, had been reduced by about a quarter.",
       C(COLLEY, "north_korean", "casualties_unspecified", "battalions", "at_most", "up to a battalion",
         "incident", high=1),
       C(COLLEY, "north_korean", "deployed", "people", "range", "11,000 to 12,000", "stock",
         low=11000, high=12000),
       C(COLLEY, "north_korean", "casualties_unspecified", "percent_of_force", "approximate",
         "about a quarter", "cumulative", best=25))],
    [S("The committee, which sat for two and a half hours, also heard that Russia had dropped 1,400 glide bombs "
       "on Ukrainian positions in the Kursk salient since January.",
       trap="session length and glide bombs; no losses")],
    [S("Harriet Okonjo, the Labour MP who chairs the committee, said afterwards that in a closed session MPs had "
       "been told Ukraine's own losses in Kursk were \"significantly lower, but not trivial\".",
       C(UKBRIEF, "ukrainian", "casualties_unspecified", "people", "none",
         "significantly lower, but not trivial", "unspecified",
         relay="Harriet Okonjo, chair of the Commons defence committee",
         notes="lawmaker relaying a closed-door briefing; briefers not named")),
     S("According to James Whitcombe, a Conservative member of the committee, the closed session heard that "
       "about 20,000 Ukrainian troops remain inside the Kursk region, holding a pocket roughly 15 miles wide "
       "around Sudzha.",
       C(UKBRIEF, "ukrainian", "deployed", "people", "approximate", "about 20,000", "stock", best=20000,
         relay="James Whitcombe, Conservative MP on the Commons defence committee"))],
    [S("Ukraine's general staff, which publishes a daily tally, says Russian losses along the whole front have "
       "exceeded 1,500 a day for most of the winter, a figure Colley described as \"plausible at the peak\".",
       C(UAGS, "russian", "casualties_unspecified", "people_per_day", "more_than", "exceeded 1,500 a day",
         "period", low=1500, notes="area=whole_war; Colley's endorsement is not a separate figure")),
     S("The Ministry of Defence separately confirmed that Britain would spend £1.6bn on 5,000 air defence "
       "missiles for Ukraine, to be delivered from 2026.",
       trap="money, missiles and delivery year; no losses"),
     S("Colley warned that Moscow was preparing a fresh push and that Kyiv's position in the pocket would become "
       "\"very difficult\" within weeks.")],
    [S(END)],
]

# 3. AFP-style story on a Ukrainian general's briefing.
SPEC["n03-afp-general-briefing"] = [
    [S("Ukraine general details Kursk fighting as Russia presses offensive")],
    [S("KYIV (AFP) - Ukrainian forces killed or captured about 350 Russian and North Korean soldiers in a single "
       "assault on their positions near the village of Sverdlikovo on Tuesday, a senior Ukrainian general said "
       "Wednesday.",
       C(DROBOT, "russian_and_north_korean", "killed_or_captured", "people", "approximate", "about 350",
         "incident", best=350, relay="AFP",
         notes="claimant named by title here, in full in the next sentence"))],
    [S("Brigadier General Mykola Drobot, who commands Ukrainian troops in the Kursk region, told journalists that "
       "the attackers advanced in columns of up to 40 armoured vehicles, backed by more than 100 drones.",
       trap="armoured vehicles and drones; no losses"),
     S("Of those killed or captured, \"at least 120 were North Koreans,\" Drobot said, adding that 17 of them had "
       "been taken prisoner, the largest number in one day since Pyongyang's troops appeared on the front.",
       C(DROBOT, "north_korean", "killed_or_captured", "people", "at_least", "at least 120", "incident",
         low=120, relay="AFP"),
       C(DROBOT, "north_korean", "captured", "people", "exact", "17", "incident", low=17, best=17, high=17,
         relay="AFP"))],
    [S("Since August, Ukrainian forces in the region have put out of action nearly 40,000 Russian troops, the "
       "general said, citing figures compiled by the General Staff.",
       C(UAGS, "russian", "casualties_unspecified", "people", "vague", "nearly 40,000", "cumulative",
         low=36000, high=39999, relay="Mykola Drobot > AFP",
         notes="'put out of action' left undefined, so casualties_unspecified")),
     S("Russian losses in the Kursk direction averaged 300 to 400 a day over the past week, compared with about "
       "150 a day in January, he said.",
       C(DROBOT, "russian", "casualties_unspecified", "people_per_day", "range", "300 to 400 a day", "period",
         low=300, high=400, relay="AFP"),
       C(DROBOT, "russian", "casualties_unspecified", "people_per_day", "approximate", "about 150 a day",
         "period", best=150, relay="AFP")),
     S("Moscow had massed around 60,000 troops for the offensive, including some 12,000 North Koreans, according "
       "to the general.",
       C(DROBOT, "russian_and_north_korean", "deployed", "people", "approximate", "around 60,000", "stock",
         best=60000, relay="AFP"),
       C(DROBOT, "north_korean", "deployed", "people", "approximate", "some 12,000", "stock", best=12000,
         relay="AFP"))],
    [S("He declined to give Ukrainian casualty figures, but acknowledged that his troops had suffered \"painful "
       "losses\" around the town of Sudzha, about 10 kilometres from the border.",
       C(DROBOT, "ukrainian", "casualties_unspecified", "people", "none", "painful losses", "unspecified",
         relay="AFP"))],
    [S("Russia's defence ministry said on Wednesday that Ukraine had lost more than 58,000 troops in the Kursk "
       "region since the start of its incursion, a figure AFP could not independently verify.",
       C(RUMOD, "ukrainian", "casualties_unspecified", "people", "more_than", "more than 58,000", "cumulative",
         low=58000, relay="AFP")),
     S("The ministry also claimed its air defences had downed 46 Ukrainian drones overnight over the Kursk and "
       "Belgorod regions.",
       trap="drones shot down; no losses")],
    [S("In his evening address, President Volodymyr Zelensky said the North Korean contingent had lost \"the "
       "equivalent of a brigade\" since December.",
       C(ZEL, "north_korean", "casualties_unspecified", "brigades", "approximate", "the equivalent of a brigade",
         "cumulative", best=1, relay="AFP", notes="ledger spells the name Zelenskyy")),
     S("Ukraine launched its surprise cross-border incursion into the Kursk region in August 2024, seizing dozens "
       "of settlements.",
       trap="year and settlements seized; no losses")],
    [S(END)],
]

# 4. North Korean state-media dispatch honouring the fallen.
N04_AUTHOR = A("KCNA, the dispatch's own voice")
SPEC["n04-kcna-memorial"] = [
    [S("Respected Comrade Kim Jong Un Attends Unveiling of Memorial to Heroic Martyrs of Overseas Operation")],
    [S("Pyongyang, August 21 (KCNA) -- A memorial to the heroic martyrs of the overseas military operation for "
       "the liberation of the Kursk region was solemnly unveiled in the capital city on Thursday.",
       trap="dateline date; no losses")],
    [S("Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the "
       "DPRK, attended the ceremony together with the bereaved families of the fallen heroes."),
     S("The memorial, 32 metres tall, stands on a hill in Sosong District overlooking the Pothong River, and its "
       "granite walls bear the names and portraits of 2,118 servicepersons who laid down their lives in the "
       "battles.",
       C(N04_AUTHOR, "north_korean", "killed", "people", "exact", "2,118", "cumulative",
         low=2118, best=2118, high=2118)),
     S("Among them are 14 soldiers who, surrounded by the enemy, detonated grenades rather than be taken "
       "prisoner.",
       C(N04_AUTHOR, "north_korean", "killed", "people", "exact", "14", "cumulative", low=14, best=14, high=14,
         notes="subset of the 2,118 named on the memorial"))],
    [S("In his speech, Kim Jong Un said that the more than ten thousand sons of the Korean People's Army who "
       "fought in Kursk had \"annihilated enemy manpower many times their own number\" and had not yielded a "
       "single inch of the positions entrusted to them.",
       C(KIM, "north_korean", "deployed", "people", "more_than", "more than ten thousand", "stock", low=10000,
         relay="KCNA"),
       C(KIM, "ukrainian", "killed", "people", "none", "many times their own number", "cumulative",
         relay="KCNA", notes="relative figure only; no number of its own")),
     S("He noted that in the ten months since the first units crossed the border, the fighters had written a "
       "shining page in the history of friendship between the DPRK and Russia.",
       trap="time span of the deployment; no losses")],
    [S("Colonel General Ri Chol Ho, chief of the General Staff of the Korean People's Army, said in a report that "
       "the units had wiped out more than 3,000 enemy troops in the battle for Sudzha alone and taken 48 "
       "prisoners.",
       C(RI, "ukrainian", "killed", "people", "more_than", "more than 3,000", "incident", low=3000,
         relay="KCNA"),
       C(RI, "ukrainian", "captured", "people", "exact", "48", "incident", low=48, best=48, high=48,
         relay="KCNA")),
     S("A Russian delegation headed by Deputy Defence Minister Yuri Beloborodov handed over 101 state decorations "
       "of the Russian Federation to the families of the martyrs.",
       trap="decorations handed over; no losses"),
     S("The bereaved families expressed their resolve to bring up the children of the martyrs as staunch "
       "revolutionaries true to the Party."),
     S("The ceremony ended with a salute fired by 21 guns and a march-past of the guards of honour.",
       trap="gun salute; no losses")],
    [S(END)],
]

# 5. Russian regional newspaper on local funerals and a volunteer count.
N05_AUTHOR = A("The regional newspaper's own voice (outlet not named)")
SPEC["n05-regional-funerals"] = [
    [S("Lgov says farewell to three more of its sons", trap="restates:n05-lead")],
    [S("On Saturday, residents of Lgov buried three servicemen killed in the fighting near Korenevo, bringing the "
       "number of military funerals in the town this month to seven.",
       C(N05_AUTHOR, "russian", "killed", "people", "exact", "three", "incident", low=3, best=3, high=3),
       C(N05_AUTHOR, "russian", "killed", "people", "exact", "seven", "period", low=7, best=7, high=7,
         notes="funerals this month counted as deaths"),
       key="n05-lead"),
     S("The farewell for Private Alexei Sorokin, 19, Junior Sergeant Dmitry Lukin, 34, and contract soldier Igor "
       "Fedotov, 41, was held at the Church of the Intercession, where more than 200 people gathered despite "
       "the frost.",
       trap="ages of the dead and number of mourners; no loss count")],
    [S("Marina Gerasimova, who with four other volunteers keeps a list of the district's dead from obituaries and "
       "posts in local social media groups, says 186 men from Lgov and the surrounding villages have been killed "
       "since February 2022.",
       C(GERAS, "russian", "killed", "people", "exact", "186", "cumulative", low=186, best=186, high=186,
         notes="area=whole_war; volunteer count from obituaries")),
     S("Of those, 52 died in the Kursk region itself after August 2024, she says, and at least 11 more are "
       "listed as missing.",
       C(GERAS, "russian", "killed", "people", "exact", "52", "cumulative", low=52, best=52, high=52),
       C(GERAS, "russian", "missing", "people", "at_least", "at least 11", "cumulative", low=11,
         notes="where they went missing is not stated")),
     S("By the autumn, funerals in the district had slowed to about two a week, Gerasimova says.",
       C(GERAS, "russian", "killed", "people_per_week", "approximate", "about two a week", "period", best=2)),
     S("\"The official figures never reach us, so we count the funerals,\" she says.")],
    [S("The district administration said it had paid out 78 million roubles in regional compensation to families "
       "this year, but declined to comment on the volunteers' count.",
       trap="compensation money; no losses"),
     S("In January the regional governor's office acknowledged that \"dozens\" of contract soldiers from the "
       "region had died defending the border districts since the incursion.",
       C(KURSKGOV, "russian", "killed", "people", "vague", "dozens", "cumulative", low=24, high=99)),
     S("The independent Poteri project, which verifies obituaries nationwide, says it has confirmed the names of "
       "more than 1,900 servicemen from the Kursk region killed since the start of the war.",
       C(POTERI, "russian", "killed", "people", "more_than", "more than 1,900", "cumulative", low=1900,
         notes="area=whole_war; men from the region killed on any front"))],
    [S("A memorial board unveiled on Sovetskaya Street in 2023 was extended in June with two new panels.",
       trap="year and memorial panels; no losses")],
    [S(END)],
]

# 6. OSINT investigators' thread on geolocated videos.
N06_AUTHOR = A("The OSINT thread's own voice (group not named)")
SPEC["n06-osint-thread"] = [
    [S("THREAD: What geolocated drone footage tells us about North Korean losses in Kursk")],
    [S("We have geolocated 63 videos published between December 14 and January 20 that show North Korean "
       "soldiers in the Kursk region, most of them filmed by Ukrainian drones.",
       trap="videos and dates; no losses")],
    [S("In those videos we count at least 212 bodies that we assess to be North Korean servicemen, based on "
       "uniforms, kit and the location of the footage.",
       C(N06_AUTHOR, "north_korean", "killed", "people", "at_least", "at least 212", "period", low=212,
         notes="count from videos published December 14 to January 20")),
     S("A further 40 to 50 are seen wounded, many being dragged away by comrades, but we cannot tell how many "
       "survived.",
       C(N06_AUTHOR, "north_korean", "wounded", "people", "range", "40 to 50", "period", low=40, high=50))],
    [S("One video from January 9 near Malaya Loknya appears to show up to a platoon of North Korean infantry "
       "wiped out by cluster munitions in a single strike, and we count 19 bodies in it.",
       C(N06_AUTHOR, "north_korean", "killed", "platoons", "at_most", "up to a platoon", "incident", high=1),
       C(N06_AUTHOR, "north_korean", "killed", "people", "exact", "19", "incident", low=19, best=19, high=19,
         notes="subset of the 212")),
     S("This is a floor, not an estimate: drones film only a fraction of any battlefield.")],
    [S("For comparison, the 8th Regiment of Special Forces said last week that about 1,000 North Koreans had been "
       "killed in the same area over the same weeks.",
       C(SOF8, "north_korean", "killed", "people", "approximate", "about 1,000", "period", best=1000)),
     S("South Korea's spy agency, according to lawmaker Hwang Jae-min, who attended its closed-door briefing, put "
       "the toll at around 300 killed and some 2,700 wounded as of mid-January.",
       C(NIS, "north_korean", "killed", "people", "approximate", "around 300", "cumulative", best=300,
         relay="Hwang Jae-min, South Korean lawmaker"),
       C(NIS, "north_korean", "wounded", "people", "approximate", "some 2,700", "cumulative", best=2700,
         relay="Hwang Jae-min, South Korean lawmaker")),
     S("Ukraine's GUR, for its part, said on Telegram that North Korean units lost \"dozens\" of men in a single "
       "assault near Kurilovka on January 12.",
       C(GUR, "north_korean", "casualties_unspecified", "people", "vague", "dozens", "incident",
         low=24, high=99)),
     S("These figures cannot be checked against ours, and the gap between them is the story.")],
    [S("We also geolocated nine videos of destroyed Ukrainian vehicles in the same area, which we will cover in a "
       "separate thread.",
       trap="videos of destroyed vehicles; no losses of people"),
     S("Methodology and the full list of coordinates are in our public spreadsheet, updated every 48 hours.",
       trap="update interval; no losses")],
    [S(END)],
]

# 7. Q&A interview with a military analyst.
SPEC["n07-qa-analyst"] = [
    [S("Counting the cost of Kursk: an interview with analyst Irina Valtonen")],
    [S("Irina Valtonen, a senior fellow at the Helsinki-based Northern Security Institute, has tracked the "
       "fighting in Kursk since Ukraine's incursion in August 2024.",
       trap="year; no losses"),
     S("She spoke to us by video link, and the interview has been edited for length and clarity.")],
    [S("Q: How many North Korean troops are in Russia now?")],
    [S("A: My best estimate is roughly 15,000, including engineers and deminers who arrived over the summer, and "
       "I expect another 6,000 by the end of the year.",
       C(VALT, "north_korean", "deployed", "people", "approximate", "roughly 15,000", "stock", best=15000),
       C(VALT, "north_korean", "deployed", "people", "exact", "another 6,000", "stock",
         low=6000, best=6000, high=6000, modality="projected",
         notes="forecast of additional troops by the end of the year"))],
    [S("Q: What have their losses been?")],
    [S("A: Of the first contingent of about 11,000, I would say a third were killed or wounded by March.",
       C(VALT, "north_korean", "deployed", "people", "approximate", "about 11,000", "stock", best=11000),
       C(VALT, "north_korean", "killed_or_wounded", "percent_of_force", "exact", "a third", "cumulative",
         low=33.33, best=33.33, high=33.33)),
     S("The dead alone were probably somewhere between 1,500 and 2,000, and most of them fell in December and "
       "January.",
       C(VALT, "north_korean", "killed", "people", "range", "between 1,500 and 2,000", "cumulative",
         low=1500, high=2000))],
    [S("Q: And the Russian side?")],
    [S("A: Much higher, of course: counting from August to the end of April, I think Russia lost 45,000 to "
       "50,000 killed and wounded in that region.",
       C(VALT, "russian", "killed_or_wounded", "people", "range", "45,000 to 50,000", "period",
         low=45000, high=50000)),
     S("In all, more than 65,000 soldiers from both sides were probably killed or wounded in Kursk, which makes "
       "it one of the bloodiest battles of the war.",
       C(VALT, "both_sides", "killed_or_wounded", "people", "more_than", "more than 65,000", "cumulative",
         low=65000))],
    [S("Q: What about Ukraine's losses?")],
    [S("A: Kyiv has never published a figure, and I don't trust Moscow's claim of 76,000.",
       C(RUMOD, "ukrainian", "casualties_unspecified", "people", "exact", "76,000", "cumulative",
         low=76000, best=76000, high=76000, relay="Irina Valtonen",
         notes="'Moscow' taken as the Russian defence ministry, which issues this figure")),
     S("My rough guess is 15,000 to 20,000 casualties, including the missing.",
       C(VALT, "ukrainian", "killed_wounded_or_missing", "people", "range", "15,000 to 20,000", "cumulative",
         low=15000, high=20000, notes="'casualties, including the missing' read as killed, wounded or missing"))],
    [S("Q: Could North Korea's losses grow?")],
    [S("A: If Moscow opens a new push into Sumy and Pyongyang keeps feeding men in at the current rate, it could "
       "lose about 1,000 a month through the winter.",
       C(VALT, "north_korean", "casualties_unspecified", "people_per_month", "approximate", "about 1,000 a month",
         "period", best=1000, modality="conditional", notes="area=other_front (Sumy)"))],
    [S("Q: How did the North Koreans cope with drones?")],
    [S("A: Ukraine was launching around 3,000 FPV drones a day in that sector.",
       trap="drones launched per day; no losses"),
     S("Within six weeks, the North Koreans were shooting them down with shotguns.",
       trap="time span; no losses")],
    [S(END)],
]

# 8. Weekly newsletter round-up comparing several estimates.
N08_AUTHOR = A("The newsletter's own voice (outlet not named)")
SPEC["n08-newsletter-roundup"] = [
    [S("The Front Line Weekly: whose Kursk numbers to believe")],
    [S("This week, three new estimates of North Korean losses landed within days of each other, and they do not "
       "agree.",
       trap="number of estimates; no losses")],
    [S("American, British and South Korean officials told Reuters on Monday that about 4,700 North Korean "
       "soldiers had been killed or wounded since the deployment began.",
       C(US_OFF, "north_korean", "killed_or_wounded", "people", "approximate", "about 4,700", "cumulative",
         best=4700, relay="Reuters"),
       C(UK_OFF, "north_korean", "killed_or_wounded", "people", "approximate", "about 4,700", "cumulative",
         best=4700, relay="Reuters"),
       C(KR_OFF, "north_korean", "killed_or_wounded", "people", "approximate", "about 4,700", "cumulative",
         best=4700, relay="Reuters")),
     S("The Pentagon's figure, given by a spokesperson on Tuesday, is lower: \"fewer than 4,000\" killed and "
       "wounded, with roughly 1,000 of them dead.",
       C(USDOD, "north_korean", "killed_or_wounded", "people", "fewer_than", "fewer than 4,000", "cumulative",
         high=4000),
       C(USDOD, "north_korean", "killed", "people", "approximate", "roughly 1,000", "cumulative", best=1000))],
    [S("Kyiv's military intelligence goes further, saying in its weekly update that North Korean losses have "
       "reached 6,000, \"including more than 1,200 in the past month\".",
       C(GUR, "north_korean", "casualties_unspecified", "people", "exact", "6,000", "cumulative",
         low=6000, best=6000, high=6000),
       C(GUR, "north_korean", "casualties_unspecified", "people", "more_than", "more than 1,200", "period",
         low=1200)),
     S("Our own tally, built from every published estimate, puts the likely figure at 4,000 to 6,000 killed, "
       "wounded or missing, which would be nearly half of the roughly 12,000 troops Pyongyang sent.",
       C(N08_AUTHOR, "north_korean", "killed_wounded_or_missing", "people", "range", "4,000 to 6,000",
         "cumulative", low=4000, high=6000),
       C(N08_AUTHOR, "north_korean", "killed_wounded_or_missing", "percent_of_force", "approximate",
         "nearly half", "cumulative", best=50),
       C(N08_AUTHOR, "north_korean", "deployed", "people", "approximate", "roughly 12,000", "stock", best=12000))],
    [S("On the Ukrainian side, lawmaker Oksana Dovhan, citing a closed-door briefing by the General Staff, said "
       "about 1,800 soldiers were killed or went missing during the Kursk operation.",
       C(UAGS, "ukrainian", "killed_or_missing", "people", "approximate", "about 1,800", "cumulative",
         best=1800, relay="Oksana Dovhan, Ukrainian lawmaker")),
     S("Moscow's defence ministry, meanwhile, repeated on Thursday that Ukraine had lost \"more than 76,000 "
       "servicemen\" in the Kursk adventure, a figure it has not updated since the spring.",
       C(RUMOD, "ukrainian", "casualties_unspecified", "people", "more_than", "more than 76,000", "cumulative",
         low=76000)),
     S("Russia does not publish its own losses, while Ukraine's General Staff says Russian forces lost 1,150 "
       "troops on Tuesday alone across the entire front.",
       C(UAGS, "russian", "casualties_unspecified", "people", "exact", "1,150", "period",
         low=1150, best=1150, high=1150, notes="area=whole_war; a single stated day"))],
    [S("Ukrainian officials quoted by the Kyiv outlet Novyny Frontu expect North Korean losses to pass 8,000 by "
       "the end of the year if the current tempo of assaults holds.",
       C(UAOFF, "north_korean", "casualties_unspecified", "people", "more_than", "pass 8,000", "cumulative",
         low=8000, relay="Novyny Frontu", modality="conditional")),
     S("Next week: what the war costs, with budget figures for 2026 from Moscow, Kyiv and Pyongyang.",
       trap="year of budget figures; no losses")],
    [S(END)],
]

# ------------------------------------------------------------------ derived
DOCS = {fid: [[e["s"] for e in para] for para in paras] for fid, paras in SPEC.items()}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def text_of(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


# ---------------------------------------------------------------- checking
ALLOWED = {
    "whose_losses": {"north_korean", "russian", "russian_and_north_korean", "ukrainian", "south_korean",
                     "both_sides", "unspecified"},
    "measure": {"killed", "wounded", "killed_or_wounded", "missing", "captured", "killed_or_captured",
                "killed_or_missing", "killed_wounded_or_missing", "killed_wounded_missing_or_captured",
                "casualties_unspecified", "deployed"},
    "counted_in": {"people", "people_per_day", "people_per_week", "people_per_month", "percent_of_force",
                   "platoons", "companies", "battalions", "brigades"},
    "modality": {"reported", "projected", "conditional"},
    "qualifier": {"exact", "approximate", "more_than", "at_least", "fewer_than", "at_most", "range", "vague",
                  "none"},
    "scope": {"incident", "period", "cumulative", "stock", "unspecified"},
}
BOUNDS = {  # which of low/best/high must be filled
    "exact": "lbh", "approximate": "b", "more_than": "l", "at_least": "l", "at_most": "h",
    "fewer_than": "h", "range": "lh", "vague": "lh", "none": "",
}
NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            r"hundreds?|thousands?|millions?|billions?|dozens?|half|quarter|third|single|twice|once|"
            r"first|second|fourth|fifth|tenth")
NUM_RE = re.compile(r"\d|\b(?:%s)\b" % NUMWORDS, re.I)


def fmt(v):
    if v == "":
        return ""
    if isinstance(v, float):
        return ("%.2f" % v).rstrip("0").rstrip(".")
    return str(v)


def build():
    keyed = {}
    for fid, paras in SPEC.items():
        for para in paras:
            for e in para:
                if e["key"]:
                    keyed[e["key"]] = e["s"]
    gold, traps, problems = [], [], []
    for fid, paras in SPEC.items():
        f = "texts/%s.txt" % fid
        sents = sentences(fid)
        if sents[-1] != END:
            problems.append("%s: last sentence is not the fabricated-text line" % fid)
        words = len(text_of(fid).split())
        if not 220 <= words <= 420:
            problems.append("%s: %d words" % (fid, words))
        if len(set(sents)) != len(sents):
            problems.append("%s: duplicate sentence" % fid)
        for para in paras:
            for e in para:
                s = e["s"]
                if e["rows"] and e["trap"]:
                    problems.append("%s: both rows and trap: %s" % (fid, s[:60]))
                if NUM_RE.search(s) and not e["rows"] and not e["trap"]:
                    problems.append("%s: number but neither row nor trap: %s" % (fid, s[:70]))
                if e["trap"]:
                    why = e["trap"]
                    if why.startswith("restates:"):
                        why = "headline restates: " + keyed[why[len("restates:"):]]
                    traps.append({"file": f, "sentence": s, "why": why})
                for r in e["rows"]:
                    for col, ok in ALLOWED.items():
                        if r[col] not in ok:
                            problems.append("%s: bad %s %r" % (fid, col, r[col]))
                    need = BOUNDS[r["qualifier"]]
                    for letter, col in (("l", "low"), ("b", "best"), ("h", "high")):
                        if (letter in need) != (r[col] != ""):
                            problems.append("%s: bounds %s for %s: %s" % (fid, col, r["qualifier"], s[:50]))
                    if r["measure"] == "deployed" and r["scope"] != "stock":
                        problems.append("%s: deployed not stock" % fid)
                    if r["counted_in"].startswith("people_per") and r["counted_in"] == "people":
                        problems.append(fid)
                    if r["claimant_id"] == "author" and r["relay_names"]:
                        problems.append("%s: author row with relays" % fid)
                    row = {"file": f, "quote": s}
                    for col in GOLD_HEADER[2:]:
                        if col == "derived_from_quote":
                            row[col] = keyed[r["derived"]] if r["derived"] else ""
                        else:
                            row[col] = fmt(r[col])
                    if row["count_as_written"] and row["count_as_written"] not in s:
                        problems.append("%s: count_as_written %r not in quote" % (fid, row["count_as_written"]))
                    gold.append(row)
    return gold, traps, problems


def main():
    gold, traps, problems = build()
    for p in problems:
        print("PROBLEM:", p)
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text_of(fid))
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=GOLD_HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(gold)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=TRAP_HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(traps)
    for fid in DOCS:
        print("%-28s %3d words" % (fid, len(text_of(fid).split())))
    print("texts=%d gold=%d traps=%d problems=%d" % (len(DOCS), len(gold), len(traps), len(problems)))


if __name__ == "__main__":
    main()
