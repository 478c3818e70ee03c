#!/usr/bin/env python3
"""Build this set: texts/*.txt, gold.csv and traps.csv from the data below.

Every sentence is typed once.  A sentence is an S(...) carrying its gold rows
(R(...)) or a trap reason; DOCS and sentences() are derived from the specs.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FOOTER = "[Fabricated test text for the loss-claims project; not a real report.]"

GOLD_HEADER = ["file", "quote", "claimant_id", "claimant_name", "relay_names",
               "whose_losses", "measure", "counted_in", "modality", "qualifier",
               "low", "best", "high", "count_as_written", "scope",
               "derived_from_quote", "notes"]


class S:
    def __init__(self, text, rows=(), trap=None):
        self.text = text
        self.rows = list(rows)
        self.trap = trap


def R(cid, cname, whose, measure, qualifier, caw, scope, relays="",
      counted_in="people", modality="reported", low="", best="", high="",
      derived=None, notes=""):
    return dict(claimant_id=cid, claimant_name=cname, relay_names=relays,
                whose_losses=whose, measure=measure, counted_in=counted_in,
                modality=modality, qualifier=qualifier, low=low, best=best,
                high=high, count_as_written=caw, scope=scope,
                derived=derived, notes=notes)


def restates(s):
    return "headline restates: " + s.text


# ---------------------------------------------------------------- ag01
# An Asian wire's English service: a lawmaker relaying a closed-door spy-agency briefing.
KNA = "Kanto News Agency"
YOON = "Rep. Yoon Seok-ho > " + KNA
NIS = "South Korea’s National Intelligence Service (NIS)"
ag01_s1 = S("SEOUL, Feb. 12 (Kanto News Agency) -- About 4,100 North Korean soldiers have been killed or wounded in Russia’s Kursk region since they were thrown into combat in December, South Korea’s National Intelligence Service (NIS) told lawmakers on Wednesday, according to a legislator who attended the closed-door briefing.", [
    R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "About 4,100", "cumulative",
      relays=YOON, best=4100,
      notes="the legislator is named in the next sentence; 'since they were thrown into combat' is a running total"),
])
ag01_s2 = S("Of those, roughly 480 were killed, the agency estimated, Rep. Yoon Seok-ho of the National Assembly’s intelligence committee told reporters after the session.", [
    R("kr-nis", "the agency (NIS)", "north_korean", "killed", "approximate", "roughly 480", "cumulative",
      relays=YOON, best=480, notes="Yoon passes on the agency's estimate: a relay, not a claimant"),
])
ag01_s3 = S("The spy agency had put the death toll at around 250 in its previous assessment in January, Yoon said, attributing the rise to a series of costly assaults near Sudzha late that month.", [
    R("kr-nis", "The spy agency (NIS)", "north_korean", "killed", "approximate", "around 250", "cumulative",
      relays=YOON, best=250, notes="the agency's earlier, superseded estimate (January), recorded as its own claim"),
])
ag01_s4 = S("According to the briefing, North Korean casualties peaked in the last week of January at about 90 a day before falling sharply as units were pulled back from the front line for retraining.", [
    R("kr-nis", "NIS (the briefing)", "north_korean", "casualties_unspecified", "approximate", "about 90 a day",
      "period", relays=YOON, counted_in="people_per_day", best=90,
      notes="a rate; basis window 'the last week of January'"),
])
ag01_s5 = S("Pyongyang has sent some 11,500 troops to Russia in all, the NIS said, and is preparing to dispatch 2,000 or more as reinforcements.", [
    R("kr-nis", "the NIS", "north_korean", "deployed", "approximate", "some 11,500", "stock",
      relays=YOON, best=11500),
    R("kr-nis", "the NIS", "north_korean", "deployed", "at_least", "2,000 or more", "stock",
      relays=YOON, modality="projected", low=2000,
      notes="planned reinforcements: a forecast of troops to be sent, not troops present or lost"),
])
ag01_s6 = S("Two North Korean soldiers captured by Ukrainian forces in January remain in Ukrainian custody, and both have told interrogators they wish to go to South Korea, the agency said.", [
    R("kr-nis", "the agency (NIS)", "north_korean", "captured", "exact", "Two", "period",
      relays=YOON, low=2, best=2, high=2,
      notes="captured in January (stated window); 'Ukrainian' and 'South Korea' are not whose losses"),
])
ag01_s10 = S("Ukraine’s military intelligence agency has given higher figures, saying earlier this month that North Korean casualties had passed 5,000.", [
    R("ua-gur", "Ukraine’s military intelligence agency", "north_korean", "casualties_unspecified", "more_than",
      "passed 5,000", "cumulative", relays=KNA, low=5000, notes="'passed' read as more than"),
])
ag01_s11 = S("A U.S. official in Washington, speaking on condition of anonymity, told Kanto News Agency that the American estimate of North Korean killed and wounded was “somewhat above 4,500.”", [
    R("us-officials", "A U.S. official (unnamed)", "north_korean", "killed_or_wounded", "more_than",
      "somewhat above 4,500", "cumulative", relays=KNA, low=4500),
])
ag01 = [
    [S("N. Korean casualties in Kursk reach about 4,100, Seoul’s spy agency tells lawmakers", trap=restates(ag01_s1))],
    [ag01_s1],
    [ag01_s2, ag01_s3],
    [ag01_s4, ag01_s5],
    [ag01_s6,
     S("One of them, a 26-year-old rifleman, was quoted as saying he had been told he was going to Russia for training.",
       trap="age and a pronoun 'one', not a loss figure")],
    [S("In return for the deployment, Pyongyang is believed to have received air-defence systems, electronic-warfare equipment and oil worth an estimated $300 million, the agency added.",
       trap="money and equipment, not people lost"),
     S("Yoon said the bulk of the contingent was now stationed in villages about 10 kilometres north-west of Sudzha.",
       trap="distance, not a loss or troop figure")],
    [ag01_s10, ag01_s11,
     S("Neither Moscow nor Pyongyang has acknowledged any North Korean losses.")],
]

# ---------------------------------------------------------------- ag02
# A defence trade magazine feature built on a drone unit's strike logs.
ARM = "Armada Defence Weekly"
BH = "ua-black-hornet-battalion"
BHN = "Black Hornet drone battalion (Ukraine), via its deputy commander Maj. Oleksandr Teslenko"
ag02 = [
    [S("Hunting infantry from the air: a Ukrainian drone battalion’s ledger from Kursk")],
    [S("Strike logs shared with Armada Defence Weekly suggest first-person-view drones accounted for roughly 70% of the North Korean casualties one battalion recorded this winter — but analysts urge caution.",
       trap="share of casualties caused by one weapon, not a count and not a share of the force")],
    [S("Between 15 December and 31 January, crews of Ukraine’s Black Hornet drone battalion logged 1,340 North Korean soldiers killed or wounded by their strikes along a 12-kilometre stretch of the Kursk front, according to the unit’s deputy commander, Maj. Oleksandr Teslenko.", [
        R(BH, BHN, "north_korean", "killed_or_wounded", "exact", "1,340", "period", relays=ARM,
          low=1340, best=1340, high=1340,
          notes="a deputy commander presenting the unit's own strike logs takes the unit's id; dated window"),
    ]),
     S("Of these, 610 deaths were confirmed on drone video, Teslenko said.", [
        R(BH, "Teslenko (Black Hornet battalion)", "north_korean", "killed", "exact", "610", "period",
          relays=ARM, low=610, best=610, high=610, notes="surname only; evidence footage; part of the 1,340"),
    ]),
     S("The same logs record a further 410 Russian soldiers killed or wounded in the sector, most of them marines and airborne troops advancing behind the North Korean assault groups.", [
        R(BH, "the same logs (Black Hornet battalion)", "russian", "killed_or_wounded", "exact", "410", "period",
          relays=ARM, low=410, best=410, high=410,
          notes="'North Korean' near the figure is not whose losses; same window as the logs"),
    ])],
    [S("At the height of the January offensive the battalion was registering up to 60 enemy casualties a day, Teslenko said; by early February that had fallen to fewer than 10.", [
        R(BH, "Teslenko (Black Hornet battalion)", "russian_and_north_korean", "casualties_unspecified",
          "at_most", "up to 60", "period", relays=ARM, counted_in="people_per_day", high=60,
          notes="'enemy' in a sector held by North Korean and Russian troops: mixed; rate at the January peak"),
        R(BH, "Teslenko (Black Hornet battalion)", "russian_and_north_korean", "casualties_unspecified",
          "fewer_than", "fewer than 10", "period", relays=ARM, counted_in="people_per_day", high=10,
          notes="the same daily rate, early February"),
    ])],
    [S("In one engagement near Pogrebki on 9 January, drones and artillery ‘took an entire North Korean battalion out of the fight’, he said, leaving only scattered survivors to withdraw after dark.", [
        R(BH, "Teslenko (Black Hornet battalion)", "north_korean", "casualties_unspecified", "exact",
          "an entire North Korean battalion", "incident", relays=ARM, counted_in="battalions",
          low=1, best=1, high=1, notes="a formation put out of action: counted in battalions, not converted to people"),
    ])],
    [S("The battalion flies about 1,500 FPV drones a month, most assembled from Chinese components at a cost of roughly $400 each.",
       trap="equipment and money, not people"),
     S("Its own losses have been light by comparison: four pilots killed and nine wounded since December, most of them by Russian glide bombs striking launch positions.", [
        R(BH, "the battalion (Black Hornet)", "ukrainian", "killed", "exact", "four", "cumulative",
          relays=ARM, low=4, best=4, high=4, notes="'Russian glide bombs' is not whose losses; since December"),
        R(BH, "the battalion (Black Hornet)", "ukrainian", "wounded", "exact", "nine", "cumulative",
          relays=ARM, low=9, best=9, high=9),
    ])],
    [S("Russian officers, Teslenko said, tended to send the North Koreans forward in groups of 30 to 40, with drone operators of their own trailing two kilometres behind.",
       trap="size of assault groups and a distance, not losses")],
    [S("Marta Kowalczyk, a land-warfare analyst at the Centre for Eastern Security Studies in Warsaw, said unit strike logs typically overstate enemy losses by 20 to 30 percent because several crews claim the same target.",
       trap="an overstatement rate, not a loss figure"),
     S("If North Korean commanders keep attacking in dense columns, she said, they could lose around 1,000 men a month to drones alone.", [
        R("marta-kowalczyk", "Marta Kowalczyk, analyst", "north_korean", "casualties_unspecified",
          "approximate", "around 1,000", "unspecified", relays=ARM, counted_in="people_per_month",
          modality="conditional", best=1000, notes="if-then: a conditional rate with no stated window"),
    ]),
     S("Kowalczyk noted that the North Korean contingent in Kursk — about 11,000 strong in December, by South Korean estimates — had already adapted, moving in pairs and using thermal cloaks.", [
        R("kr-officials", "South Korean estimates (officials unnamed)", "north_korean", "deployed",
          "approximate", "about 11,000", "stock", relays="Marta Kowalczyk > " + ARM, best=11000,
          notes="the analyst relays an unnamed South Korean government estimate"),
    ])],
    [S("Teslenko is less sure: ‘They learn, but they still come.’")],
]

# ---------------------------------------------------------------- ag03
# A think-tank podcast's episode summary with timestamps.
POD = "The Peninsula Signal"
ag03 = [
    [S("The Peninsula Signal, Episode 84 — “What Kursk taught Pyongyang”", trap="episode number")],
    [S("Recorded Thursday, 15 May 2025 · Runtime 48 min", trap="recording date and running time")],
    [S("Host Dana Whitfield talks to IEAS senior fellow Lee Seo-yeon, who spent 12 years as an analyst at South Korea’s Ministry of Unification, and to Iryna Bondar, a Kyiv-based researcher who tracks Russian claims of Ukrainian losses.",
       trap="years of a career, not a loss")],
    [S("[03:40] Lee’s own tally, built from Ukrainian and South Korean figures, puts North Korean dead at between 1,000 and 1,500 since December, with “several thousand” more wounded.", [
        R("lee-seo-yeon", "Lee Seo-yeon, IEAS senior fellow", "north_korean", "killed", "range",
          "between 1,000 and 1,500", "cumulative", relays=POD, low=1000, high=1500,
          notes="her own tally in her own name; 'Ukrainian and South Korean' name her sources, not whose losses"),
        R("lee-seo-yeon", "Lee Seo-yeon, IEAS senior fellow", "north_korean", "wounded", "vague",
          "several thousand", "cumulative", relays=POD, low=3000, high=9000,
          notes="vague: 'several thousand' read as 3,000-9,000"),
    ])],
    [S("[09:15] She notes that Seoul’s spy agency has revised its own count of the dead twice since January, most recently to about 600.", [
        R("kr-nis", "Seoul’s spy agency (NIS)", "north_korean", "killed", "approximate", "about 600",
          "cumulative", relays="Lee Seo-yeon > " + POD, best=600,
          notes="description for the NIS; only the latest revision carries a figure"),
    ])],
    [S("[14:02] Bondar takes apart Moscow’s claim that Ukraine lost more than 68,000 troops in the Kursk operation, calling it “a number pulled from the air.”", [
        R("ru-officials", "Moscow (Russian officials)", "ukrainian", "casualties_unspecified", "more_than",
          "more than 68,000", "cumulative", relays="Iryna Bondar > " + POD, low=68000,
          notes="cited only to be disputed; still Moscow's claim; 'lost ... troops' undefined"),
    ])],
    [S("[17:30] Her own estimate is that Ukraine lost fewer than 5,000 killed in Kursk over nine months, a figure she says Kyiv has never confirmed or denied.", [
        R("iryna-bondar", "Iryna Bondar, researcher", "ukrainian", "killed", "fewer_than", "fewer than 5,000",
          "period", relays=POD, high=5000, notes="stated period: nine months"),
    ])],
    [S("[22:48] On rates, Lee estimates that at the height of the January assaults North Korean units were losing roughly a company a day — “something like 100 to 120 men.”", [
        R("lee-seo-yeon", "Lee", "north_korean", "casualties_unspecified", "range", "100 to 120 men",
          "period", relays=POD, counted_in="people_per_day", low=100, high=120,
          notes="'roughly a company a day' restates the same rate; recorded once, in people"),
    ])],
    [S("[27:10] Looking ahead, Lee thinks the contingent, now used mostly to hold ground near Tyotkino, could still lose a quarter of its remaining strength by the end of the summer.", [
        R("lee-seo-yeon", "Lee", "north_korean", "casualties_unspecified", "exact", "a quarter", "period",
          relays=POD, counted_in="percent_of_force", modality="projected", low=25, best=25, high=25,
          notes="projection to the end of summer; a plain fraction read as exact 25%"),
    ])],
    [S("[31:05] Both guests accept the consensus figure of roughly 11,000 to 12,000 North Korean troops in the first rotation, but Bondar believes a second rotation of about 3,000 arrived in March.", [
        R("lee-seo-yeon", "Lee Seo-yeon", "north_korean", "deployed", "range", "11,000 to 12,000", "stock",
          relays=POD, low=11000, high=12000, notes="'both guests': one row per guest"),
        R("iryna-bondar", "Iryna Bondar", "north_korean", "deployed", "range", "11,000 to 12,000", "stock",
          relays=POD, low=11000, high=12000),
        R("iryna-bondar", "Bondar", "north_korean", "deployed", "approximate", "about 3,000", "stock",
          relays=POD, best=3000, notes="second rotation"),
    ])],
    [S("[38:20] Bondar, back last week from Sumy region, says about 2,000 civilians still live in border villages within drone range.",
       trap="civilians living near the border, not losses")],
    [S("[44:55] Both agree the North Korean army will come home with more drone-war experience than any other army in Asia.",
       trap="timestamp only")],
    [S("Further reading: our March report, “Ten Lessons from Kursk,” and Bondar’s database of Russian loss claims.",
       trap="a report title")],
]

# ---------------------------------------------------------------- ag04
# An NGO's quarterly bulletin (prisoners, families, a figures box).
KHW = "Korea Humanitarian Watch"
ag04_kow = S("Killed or wounded (same source): about 4,700.", [
    R("kr-nis", "same source (NIS)", "north_korean", "killed_or_wounded", "approximate", "about 4,700",
      "cumulative", relays=KHW, best=4700, notes="'same source' points to the NIS line above"),
])
ag04 = [
    [S("Korea Humanitarian Watch — Quarterly Bulletin No. 7, April–June 2025", trap="bulletin number and dates")],
    [S("Prisoners of war")],
    [S("As of 30 June, Ukraine held two North Korean prisoners of war, both captured in Kursk region in January; no further captures were publicly confirmed during the quarter.", [
        R("author", "Korea Humanitarian Watch (the bulletin's own voice)", "north_korean", "captured", "exact",
          "two", "cumulative", low=2, best=2, high=2, notes="held as of 30 June: a running total"),
    ]),
     S("Ukraine’s military intelligence has said its troops tried to take North Koreans alive on at least five other occasions, but that the men detonated grenades rather than surrender.",
       trap="a number of occasions, not of people")],
    [S("The Russian-Ukrainian exchange of 24 May, in which each side released 390 prisoners, did not include either man.",
       trap="prisoners exchanged, not losses"),
     S("We continue to urge Kyiv to allow both men to travel to South Korea, as they have requested.")],
    [S("Families in North Korea")],
    [S("Sources in North Hamgyong province told our researchers that the families of at least 30 soldiers from a single brigade, killed in Kursk between January and March, received death notices in April.", [
        R("kp-sources", "Sources in North Hamgyong province (unnamed)", "north_korean", "killed", "at_least",
          "at least 30", "period", relays=KHW, low=30,
          notes="deaths January-March; the notices came in April"),
    ]),
     S("Relatives reportedly received 100 kilograms of rice and a television set in compensation, and were told not to hold funerals.",
       trap="compensation goods, not a loss")],
    [S("Our own count, compiled from interviews with relatives who have since left the country, lists 45 soldiers from the province as missing, presumed killed by Ukrainian drones before their bodies could be recovered.", [
        R("author", "Korea Humanitarian Watch (own count)", "north_korean", "missing", "exact", "45",
          "cumulative", low=45, best=45, high=45,
          notes="listed as missing; 'presumed killed' not turned into killed; 'Ukrainian' not whose losses"),
    ])],
    [S("Figures at a glance")],
    [S("The estimates below are those of governments that are party to the conflict or allied to one side; Korea Humanitarian Watch has not verified them.",
       trap="'one side' is not a figure")],
    [S("North Korean troops in Russia (South Korean government, April): about 15,000 over two rotations.", [
        R("kr-officials", "South Korean government", "north_korean", "deployed", "approximate", "about 15,000",
          "stock", relays=KHW, best=15000, notes="a government not named more precisely: its officials' id"),
    ])],
    [S("Killed (South Korea’s National Intelligence Service, April): about 600.", [
        R("kr-nis", NIS.replace(" (NIS)", ""), "north_korean", "killed", "approximate", "about 600",
          "cumulative", relays=KHW, best=600),
    ])],
    [ag04_kow],
    [S("Killed (Ukraine’s military intelligence, June): more than 1,100.", [
        R("ua-gur", "Ukraine’s military intelligence", "north_korean", "killed", "more_than", "more than 1,100",
          "cumulative", relays=KHW, low=1100),
    ])],
    [S("Killed, wounded or missing (Ukraine’s General Staff, to 30 June): over 6,000.", [
        R("ua-general-staff", "Ukraine’s General Staff", "north_korean", "killed_wounded_or_missing",
          "more_than", "over 6,000", "cumulative", relays=KHW, low=6000),
    ])],
    [S("Share of all troops sent who have been killed or wounded (our calculation from the NIS figures above): roughly 30 percent.", [
        R("author", "Korea Humanitarian Watch (own calculation)", "north_korean", "killed_or_wounded",
          "approximate", "roughly 30 percent", "cumulative", counted_in="percent_of_force", best=30,
          derived=ag04_kow, notes="the bulletin's own share, made from about 4,700 of about 15,000"),
    ])],
    [S("Our hotline received 14 calls from relatives of deployed soldiers now living in South Korea during the quarter.",
       trap="hotline calls, not losses"),
     S("The next bulletin is due in early October.")],
]

# ---------------------------------------------------------------- ag05
# A battalion commander's interview in a Ukrainian outlet (Q&A).
PRO = "Prostir"
KOV = "andriy-kovalyk"
KOVN = "Lt. Col. Andriy Kovalyk, battalion commander"
ag05_163 = S("Kovalyk: January 14, near Plekhovo: they came across open fields in three waves, and by evening we counted 163 bodies in front of our positions.", [
    R(KOV, KOVN, "north_korean", "killed", "exact", "163", "incident", relays=PRO, low=163, best=163, high=163),
])
ag05 = [
    [S("“By evening we counted 163 bodies”: a battalion commander on four months against North Korean troops",
       trap=restates(ag05_163))],
    [S("Lt. Col. Andriy Kovalyk, 41, commanded a Ukrainian assault battalion in Kursk region from December until the withdrawal from Sudzha in March.",
       trap="age, not a loss"),
     S("He spoke to Prostir in Sumy; the interview has been edited for length.")],
    [S("Prostir: Who was in front of you in December?")],
    [S("Kovalyk: A full North Korean brigade — I’d say 2,500 to 3,000 men — attacking on our sector alone, with Russian paratroopers on the flanks.", [
        R(KOV, KOVN, "north_korean", "deployed", "range", "2,500 to 3,000", "stock", relays=PRO,
          low=2500, high=3000, notes="a commander speaking in his own name takes his own id"),
    ]),
     S("By the end of January it had been so badly beaten that it was pulled out; we estimate it lost about half its men, killed and wounded.", [
        R(KOV, KOVN, "north_korean", "killed_or_wounded", "approximate", "about half", "period", relays=PRO,
          counted_in="percent_of_force", best=50, notes="share of the brigade, December to end of January"),
    ])],
    [S("Prostir: What was the worst day?")],
    [ag05_163,
     S("Over the four months we counted more than 900 North Korean dead on our sector, and that’s only the ones we could see.", [
        R(KOV, KOVN, "north_korean", "killed", "more_than", "more than 900", "period", relays=PRO, low=900,
          notes="stated period: four months; includes the 163"),
    ])],
    [S("Prostir: Russia’s Defence Ministry says Ukraine lost 1,500 troops on that sector in January alone.", [
        R("ru-mod", "Russia’s Defence Ministry", "ukrainian", "casualties_unspecified", "exact", "1,500",
          "period", relays=PRO, low=1500, best=1500, high=1500,
          notes="put by the interviewer to be disputed; 'lost ... troops' undefined"),
    ])],
    [S("Kovalyk: Fifteen hundred would be more than my whole battalion.",
       trap="repeats the disputed figure to refute it; a comparison with a unit's size"),
     S("I won’t give you our numbers — that’s for the General Staff — but they were a small fraction of that.")],
    [S("Prostir: And the Russians?")],
    [S("Kovalyk: In January our drone teams were putting Russian losses on our sector at 20 to 30 a day, killed and wounded, mostly marines who came in behind the Koreans.", [
        R(KOV, KOVN, "russian", "killed_or_wounded", "range", "20 to 30 a day", "period", relays=PRO,
          counted_in="people_per_day", low=20, high=30,
          notes="rate, basis January; 'the Koreans' near the figure are not whose losses"),
    ])],
    [S("Prostir: Did the North Koreans adapt?")],
    [S("Kovalyk: Very fast."),
     S("In December they walked in groups of 40 or 50; by February they moved in twos and threes, like us.",
       trap="size of assault groups, not losses")],
    [S("Prostir: Did you take prisoners?")],
    [S("Kovalyk: One, a boy of maybe 20 with a shrapnel wound to the jaw; we handed him to the SBU the same night.", [
        R(KOV, KOVN, "north_korean", "captured", "exact", "One", "incident", relays=PRO, low=1, best=1, high=1,
          notes="'maybe 20' is an age"),
    ])],
    [S("Prostir: What happens if they come back?")],
    [S("Kovalyk: If Pyongyang sends another 10,000, half of them will be gone in the first month, the same as last time.", [
        R(KOV, KOVN, "north_korean", "casualties_unspecified", "exact", "half of them", "period", relays=PRO,
          counted_in="percent_of_force", modality="conditional", low=50, best=50, high=50,
          notes="if-then; the 10,000 is the hypothesis, not a claim of troops sent"),
    ])],
]

# ---------------------------------------------------------------- ag06
# A Russian opposition site's investigation (leaked register, obituary count).
SK = "Svobodny Kurs"
REG = "ru-northern-group"
REGN = "Northern Group of Forces personnel department (leaked register)"
ag06_reg = S("But a register compiled by the personnel department of the Northern Group of Forces, seen by Svobodny Kurs, lists 2,119 servicemen as killed and 841 as missing in Kursk region between August 2024 and the end of April 2025.", [
    R(REG, REGN, "russian", "killed", "exact", "2,119", "period", relays=SK, low=2119, best=2119, high=2119,
      notes="the register's compiler is the claimant; the site that obtained it relays; dated window"),
    R(REG, REGN, "russian", "missing", "exact", "841", "period", relays=SK, low=841, best=841, high=841),
])
ag06 = [
    [S("Nearly 3,000 Russian soldiers dead or missing in Kursk, leaked army register shows", [
        R("author", "Svobodny Kurs (headline)", "russian", "killed_or_missing", "vague", "Nearly 3,000", "period",
          low=2700, high=2999, derived=ag06_reg,
          notes="headline sums 2,119 killed and 841 missing (2,960); 'nearly N' read as 0.9N to N-1"),
    ])],
    [S("Svobodny Kurs investigations desk · Riga · 9 September 2025", trap="byline date")],
    [S("The Russian Defence Ministry has not disclosed its own losses in the Kursk region, the only Russian territory occupied by a foreign army since 1941.",
       trap="a year; no figure of losses"),
     ag06_reg,
     S("In the army’s own bookkeeping both groups count as “irrecoverable losses”; the wounded are recorded elsewhere and do not appear in the file.")],
    [S("Our own count of published obituaries, death notices and posts by relatives has so far identified 1,482 servicemen killed in the Kursk fighting by name.", [
        R("author", "Svobodny Kurs (own count)", "russian", "killed", "exact", "1,482", "cumulative",
          low=1482, best=1482, high=1482, notes="'so far': running total of named dead"),
    ]),
     S("That is about 70 percent of the dead recorded by the army itself — a sign of how many deaths never reach social media.",
       trap="ratio of two counts of dead, not a loss figure or a share of a force"),
     S("At least 190 of the dead in the register were conscripts, who may not be sent abroad but can be ordered to defend Russian soil.", [
        R(REG, "the register (Northern Group)", "russian", "killed", "at_least", "At least 190", "period",
          relays=SK, low=190, notes="a subset of the register's 2,119"),
    ])],
    [S("The Kursk regional administration said in July that 112 members of local volunteer territorial-defence units had been killed since the incursion began.", [
        R("ru-kursk-administration", "The Kursk regional administration", "russian", "killed", "exact", "112",
          "cumulative", relays=SK, low=112, best=112, high=112, notes="paramilitary volunteers"),
    ]),
     S("A surgeon at a military hospital in Kursk, who asked not to be named, told us his department alone took in “around 40 of our lads a day” during the heaviest fighting in February.", [
        R("ru-military-surgeon", "A military surgeon in Kursk (unnamed)", "russian", "wounded", "approximate",
          "around 40", "period", relays=SK, counted_in="people_per_day", best=40,
          notes="'took in' at a hospital: wounded; 'our lads' = Russian; basis February"),
    ])],
    [S("The ministry has been far more forthcoming about the enemy: by the time it declared the region “fully liberated” in late April, its daily briefings had put Ukrainian losses in Kursk at more than 68,000.", [
        R("ru-mod", "The (Russian Defence) ministry", "ukrainian", "casualties_unspecified", "more_than",
          "more than 68,000", "cumulative", relays=SK, low=68000),
    ]),
     S("Ukraine has called that figure fiction."),
     S("Neither the register nor our count includes North Korean soldiers, whose deaths Moscow has never acknowledged.")],
    [S("The family of one private from Ryazan region told us it had received 5 million roubles in compensation, after waiting eight months for his body.",
       trap="money and a waiting time; one man's death is not counted as a figure here"),
     S("The register, a 212-page spreadsheet, was passed to us by a source in the group’s headquarters.",
       trap="page count"),
     S("The Defence Ministry did not respond to questions sent on 2 September.", trap="date")],
]

# ---------------------------------------------------------------- ag07
# A European Parliament plenary debate (verbatim report).
ag07 = [
    [S("Debates — Tuesday, 11 March 2025 — Strasbourg", trap="date of sitting")],
    [S("14. Deployment of North Korean troops in Russia’s war of aggression against Ukraine (debate)", trap="agenda item number")],
    [S("President. – The next item is the Council and Commission statements on the deployment of North Korean troops in Russia’s war of aggression against Ukraine.")],
    [S("Tomasz Wierzbicki, President-in-Office of the Council. – Madam President, according to information Ukraine has shared with the Council, more than 11,000 soldiers of the Korean People’s Army have been deployed to the Kursk region, and around 4,000 of them have already been killed or wounded.", [
        R("ua-officials", "Ukraine (information shared with the Council)", "north_korean", "deployed", "more_than",
          "more than 11,000", "stock", relays="Tomasz Wierzbicki", low=11000,
          notes="the Council Presidency passes on Ukraine's information: a relay"),
        R("ua-officials", "Ukraine (information shared with the Council)", "north_korean", "killed_or_wounded",
          "approximate", "around 4,000", "cumulative", relays="Tomasz Wierzbicki", best=4000),
    ]),
     S("The Union has already mobilised EUR 1.5 billion from the proceeds of immobilised Russian assets for Ukraine’s defence, and the 16th sanctions package will target those who facilitate this cooperation.",
       trap="money and a sanctions package number")],
    [S("Marta Ciobanu, on behalf of the PPE Group. – Madam President, Pyongyang is sending young men to die in a war that is not theirs: South Korea’s intelligence service estimates that some 500 have been killed since December, and still the Kremlin pretends they are not there.", [
        R("kr-nis", "South Korea’s intelligence service", "north_korean", "killed", "approximate", "some 500",
          "cumulative", relays="Marta Ciobanu", best=500),
    ])],
    [S("Giorgos Pappas, on behalf of the S&D Group. – The Ukrainian General Staff tells us that in February Russia lost on average 1,250 soldiers a day across the whole front, killed and wounded; Kursk is only one part of that machine.", [
        R("ua-general-staff", "The Ukrainian General Staff", "russian", "killed_or_wounded", "exact", "1,250",
          "period", relays="Giorgos Pappas", counted_in="people_per_day", low=1250, best=1250, high=1250,
          notes="a daily average over February, whole front; 'on average' is the rate's basis, not 'about'"),
    ])],
    [S("Lukas Brenner, on behalf of the ESN Group. – These figures all come from one side.",
       trap="'one side' is not a figure"),
     S("Kyiv also claimed last autumn to have killed 50,000 Russians in Kursk, and nobody in this House has checked that either.", [
        R("ua-officials", "Kyiv (Ukrainian officials)", "russian", "killed", "exact", "50,000", "cumulative",
          relays="Lukas Brenner", low=50000, best=50000, high=50000,
          notes="cited to cast doubt; still Kyiv's claim"),
    ])],
    [S("Anneli Rautio, on behalf of the Renew Group. – Mr Brenner, Russian independent media have themselves identified more than 1,000 Russian soldiers killed in Kursk by name.", [
        R("ru-opposition-media", "Russian independent media (unnamed)", "russian", "killed", "more_than",
          "more than 1,000", "cumulative", relays="Anneli Rautio", low=1000),
    ]),
     S("And a senior NATO official told our Subcommittee on Security and Defence last week that North Korean losses had reached about 40 percent of the first contingent.", [
        R("nato-officials", "a senior NATO official (unnamed)", "north_korean", "casualties_unspecified",
          "approximate", "about 40 percent", "cumulative", relays="Anneli Rautio",
          counted_in="percent_of_force", best=40),
    ])],
    [S("Jaroslav Hrubý, on behalf of the ECR Group. – If this Union keeps talking instead of acting, Pyongyang will lose 10,000 men by the summer and still come out of this war with the most battle-hardened army in Asia.", [
        R("jaroslav-hruby", "Jaroslav Hrubý, MEP", "north_korean", "casualties_unspecified", "exact", "10,000",
          "period", modality="conditional", low=10000, best=10000, high=10000,
          notes="if-then in his own name; looks to the summer"),
    ])],
    [S("Lukas Brenner (ESN), blue-card question. – Does the honourable Member really believe that 40 percent figure, which no one outside NATO can check?",
       trap="repeats the NATO figure to question it; no new claim")],
    [S("Tomasz Wierzbicki, President-in-Office of the Council. – Madam President, the Council will return to this question at the European Council of 20 and 21 March.",
       trap="dates of a meeting")],
    [S("(The debate closed at 16.42)", trap="clock time")],
]

# ---------------------------------------------------------------- ag08
# A morning newsletter with bolded item heads.
CL = "The Capitol Ledger"
ag08_off = S("What happened: US and South Korean officials said Thursday that about 2,100 North Korean soldiers have been killed and roughly 4,500 wounded since Pyongyang’s troops entered combat in Kursk.", [
    R("us-officials", "US officials (unnamed)", "north_korean", "killed", "approximate", "about 2,100", "cumulative",
      relays=CL, best=2100, notes="a list of claimants: one row per nation and measure"),
    R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed", "approximate", "about 2,100",
      "cumulative", relays=CL, best=2100),
    R("us-officials", "US officials (unnamed)", "north_korean", "wounded", "approximate", "roughly 4,500",
      "cumulative", relays=CL, best=4500),
    R("kr-officials", "South Korean officials (unnamed)", "north_korean", "wounded", "approximate", "roughly 4,500",
      "cumulative", relays=CL, best=4500),
])
ag08 = [
    [S("Daybreak | The Capitol Ledger’s Korea & Russia morning newsletter | Friday, 5 September 2025", trap="date")],
    [S("Good morning. If you read one thing today, make it our colleagues’ piece on the North Korean engineers now clearing mines in Kursk.",
       trap="'one thing' is not a figure")],
    [S("THE BIG NUMBER: roughly 6,600 — North Korean soldiers killed or wounded in Russia’s war since last December, by the latest Western and South Korean count.", [
        R("author", "The Capitol Ledger (newsletter's own figure)", "north_korean", "killed_or_wounded",
          "approximate", "roughly 6,600", "cumulative", best=6600, derived=ag08_off,
          notes="the newsletter's sum of about 2,100 killed and roughly 4,500 wounded"),
    ])],
    [ag08_off,
     S("Why it matters: that is roughly three in five of the 11,000 men Pyongyang sent in its first contingent.", [
        R("author", "The Capitol Ledger (own calculation)", "north_korean", "killed_or_wounded", "approximate",
          "roughly three in five", "cumulative", counted_in="percent_of_force", best=60, derived=ag08_off,
          notes="the newsletter's own share: 6,600 of 11,000"),
        R("author", "The Capitol Ledger", "north_korean", "deployed", "exact", "11,000", "stock",
          low=11000, best=11000, high=11000, notes="troops sent, in the newsletter's own voice"),
    ])],
    [S("MOSCOW’S VERSION: Russia’s Defence Ministry said Thursday its forces had killed “up to 35” Ukrainian servicemen trying to cross into Kursk region over the previous 24 hours.", [
        R("ru-mod", "Russia’s Defence Ministry", "ukrainian", "killed", "at_most", "up to 35", "period",
          relays=CL, high=35, notes="window: the previous 24 hours"),
    ]),
     S("Ukraine’s General Staff, for its part, put Russian losses along the entire front at 1,020 for the same day.", [
        R("ua-general-staff", "Ukraine’s General Staff", "russian", "casualties_unspecified", "exact", "1,020",
          "period", relays=CL, low=1020, best=1020, high=1020,
          notes="whole front, one day; 'losses' undefined"),
    ])],
    [S("ON AIR: Maj. Gen. Dmytro Halych, who commands Ukrainian forces on the Sumy-Kursk border, told the TV channel Nash Front that Russian and North Korean units had lost “around 300 killed and wounded” in four days of failed assaults near Tyotkino.", [
        R("dmytro-halych", "Maj. Gen. Dmytro Halych", "russian_and_north_korean", "killed_or_wounded",
          "approximate", "around 300", "period", relays="Nash Front > " + CL, best=300,
          notes="mixed count stays mixed; four days"),
    ]),
     S("Halych said his troops had also shot down 140 drones over the same period.", trap="drones, not people")],
    [S("PYONGYANG’S SILENCE, BROKEN: North Korean state media on Wednesday showed the country’s leader laying flowers before portraits of soldiers who “fell heroically in the liberation of Kursk,” the first time it has acknowledged deaths there, though it gave no figure.", [
        R("kp-state-media", "North Korean state media", "north_korean", "killed", "none", "", "unspecified",
          relays=CL, notes="own side acknowledges deaths with no number"),
    ])],
    [S("WHAT’S NEXT: A senior South Korean lawmaker briefed by the National Intelligence Service said Seoul expects Pyongyang to send up to 6,000 more troops, mostly engineers and deminers, before the end of the year.", [
        R("kr-nis", "the National Intelligence Service", "north_korean", "deployed", "at_most", "up to 6,000",
          "stock", relays="A senior South Korean lawmaker > " + CL, modality="projected", high=6000,
          notes="troops expected to be sent: projected; the unnamed lawmaker relays the agency"),
    ])],
    [S("ALSO: Russian officials say about 3,500 residents of Kursk region’s border districts are still living in temporary housing.",
       trap="displaced civilians, not losses"),
     S("Deminers have so far cleared an estimated 1,800 hectares of farmland, according to the regional governor.",
       trap="area cleared, not people")],
    [S("Daybreak returns Monday, 8 September.", trap="date")],
]

SPECS = {
    "ag01-asian-wire-english-service": ag01,
    "ag02-defence-trade-magazine": ag02,
    "ag03-think-tank-podcast-notes": ag03,
    "ag04-ngo-quarterly-bulletin": ag04,
    "ag05-commander-interview": ag05,
    "ag06-russian-opposition-site": ag06,
    "ag07-european-parliament-debate": ag07,
    "ag08-morning-newsletter": ag08,
}

DOCS = {fid: [[s.text for s in para] for para in paras] + [[FOOTER]]
        for fid, paras in SPECS.items()}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def text_of(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


def fmt(v):
    if v == "" or v is None:
        return ""
    if isinstance(v, float):
        return ("%.2f" % v).rstrip("0").rstrip(".")
    return str(v)


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    gold, traps = [], []
    for fid, paras in SPECS.items():
        path = "texts/%s.txt" % fid
        with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
            f.write(text_of(fid))
        for para in paras:
            for s in para:
                assert not (s.rows and s.trap), s.text
                if s.trap:
                    traps.append([path, s.text, s.trap])
                for r in s.rows:
                    assert r["count_as_written"] in s.text, (r["count_as_written"], s.text)
                    gold.append([path, s.text, r["claimant_id"], r["claimant_name"], r["relay_names"],
                                 r["whose_losses"], r["measure"], r["counted_in"], r["modality"],
                                 r["qualifier"], fmt(r["low"]), fmt(r["best"]), fmt(r["high"]),
                                 r["count_as_written"], r["scope"],
                                 r["derived"].text if r["derived"] else "", r["notes"]])
    with open(os.path.join(ROOT, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(GOLD_HEADER)
        w.writerows(gold)
    with open(os.path.join(ROOT, "traps.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "sentence", "why"])
        w.writerows(traps)
    for fid in SPECS:
        print(fid, len(text_of(fid).split()), "words")
    print(len(gold), "gold rows,", len(traps), "trap rows")


if __name__ == "__main__":
    main()
