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


# ---------------------------------------------------------------- shared claimant names
NK, RU, UA, RUNK = "north_korean", "russian", "ukrainian", "russian_and_north_korean"
KW, K, W, CAP, CU, DEP = ("killed_or_wounded", "killed", "wounded", "captured",
                          "casualties_unspecified", "deployed")
US_OFF = ("us-officials", "US officials (unnamed)")
KR_OFF = ("kr-officials", "South Korean officials (unnamed)")
UA_OFF = ("ua-officials", "Ukrainian officials (unnamed)")
NIS = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
GUR = ("ua-gur", "Defence Intelligence of Ukraine (GUR/HUR)")
GS = ("ua-general-staff", "General Staff of the Armed Forces of Ukraine")
KURSK_GRP = ("ua-kursk-grouping", "Ukraine's Kursk grouping of forces")
RUMOD = ("ru-mod", "Russian Ministry of Defence")
UKMOD = ("uk-mod", "UK Ministry of Defence (Defence Intelligence)")
DOD = ("us-dod", "US Department of Defense (Pentagon)")
AUTHOR = ("author", "The document's own voice")
REPORTS = ("unnamed-media-reports", "Unnamed media reports")


def C(who, *a, **k):
    return R(who[0], who[1], *a, **k)


# ---------------------------------------------------------------- at01: wire exclusive
MER = "Meridian"
at01_lead = S("SEOUL/WASHINGTON, Feb 6 (Meridian) - North Korea has suffered upward of 4,000 casualties, dead and wounded, among the troops it sent to fight for Russia in the Kursk region, three U.S. and South Korean officials told Meridian, a toll far above anything Pyongyang or Moscow has acknowledged.", [
    C(US_OFF, NK, KW, "more_than", "upward of 4,000", "cumulative", relays=MER, low=4000,
      notes="list of claimants: one row per nation; 'casualties, dead and wounded' defines the combined measure; 'upward of' read as more_than"),
    C(KR_OFF, NK, KW, "more_than", "upward of 4,000", "cumulative", relays=MER, low=4000,
      notes="second nation of the list 'U.S. and South Korean officials'"),
])
at01 = [
    [S("EXCLUSIVE-Thousands of North Korean troops killed or wounded in Kursk, officials say", [
        C(AUTHOR, NK, KW, "vague", "Thousands", "cumulative", low=2000, high=9999, derived=at01_lead,
          notes="headline's own vague figure made from the lead's 'upward of 4,000'; convention 'thousands' = 2,000-9,999"),
    ])],
    [at01_lead],
    [S("Roughly two-thirds of those casualties came in the six weeks after the North Koreans were thrown into assaults in mid-December, a U.S. official said, speaking on condition of anonymity because the assessment is classified.",
       trap="a share of the casualties already counted, not of the force; no count is stated and none may be computed"),
     S("Of the roughly 11,000 soldiers Pyongyang shipped to Russia last autumn, as many as one in five may now be dead, the official said.", [
         C(US_OFF, NK, DEP, "approximate", "roughly 11,000", "stock", relays=MER, best=11000,
           notes="'the official' is the U.S. official of the previous sentence"),
         C(US_OFF, NK, K, "at_most", "as many as one in five", "cumulative", relays=MER,
           counted_in="percent_of_force", high=20,
           notes="share of the stated 11,000 force; 'one in five' = 20%; 'as many as' read as at_most; 'may now be' is hedged but not a forecast"),
     ])],
    [S("South Korea's National Intelligence Service gave a more cautious count at a closed-door briefing for lawmakers on Tuesday, about 3,000 killed or wounded, of whom some 300 were dead, according to Park Jin-seo, a member of parliament's intelligence committee who attended.", [
        C(NIS, NK, KW, "approximate", "about 3,000", "cumulative", relays="Park Jin-seo > " + MER, best=3000,
          notes="lawmaker briefed by the agency is a relay; Tuesday = 2025-02-04"),
        C(NIS, NK, K, "approximate", "some 300", "cumulative", relays="Park Jin-seo > " + MER, best=300,
          notes="the dead are a part of the 3,000; kept as its own measure, never subtracted"),
    ]),
     S("Seoul's spy agency also believes two soldiers have been taken prisoner by Ukraine, \"not a dozen, as some reports said, just two,\" Park told reporters.", [
         C(NIS, NK, CAP, "exact", "two soldiers", "cumulative", relays="Park Jin-seo > " + MER, low=2, best=2, high=2,
           notes="'Seoul's spy agency' = the NIS; surname-only second mention of the lawmaker"),
         C(REPORTS, NK, CAP, "approximate", "a dozen", "cumulative", relays="Park Jin-seo > " + MER, best=12,
           notes="claim cited only to be disputed ('not a dozen ... just two'); recorded as the unnamed reports' claim; 'a dozen' = approximate 12"),
     ])],
    [S("None of the figures could be independently verified."),
     S("Ukraine's military intelligence agency, HUR, has published far higher numbers, saying last month that \"well north of 1,000\" North Koreans were killed in a single week of fighting around the villages of Plekhovo and Kurilovka.", [
         C(GUR, NK, K, "more_than", "well north of 1,000", "period", relays=MER, low=1000,
           notes="'a single week' last month (January 2025) is a stated period; 'well north of' read as more_than"),
     ])],
    [S("A European diplomat briefed on the assessments said North Korean losses ran at \"somewhere between 80 and 100 a day\" during the heaviest fighting in January.", [
        R("european-diplomat", "European diplomat (unnamed)", NK, CU, "range", "between 80 and 100", "period",
          relays=MER, counted_in="people_per_day", low=80, high=100,
          notes="rate with a stated period (heaviest fighting in January); 'losses' undefined; an unnamed diplomat of no stated nation gets a group id"),
    ]),
     S("If that tempo resumes, the force could be cut in half before summer, the diplomat said.", [
         R("european-diplomat", "European diplomat (unnamed)", NK, CU, "exact", "in half", "cumulative",
           relays=MER, counted_in="percent_of_force", modality="conditional", low=50, best=50, high=50,
           notes="if-then: share of the 11,000 force lost by summer 2025; event looks to before summer"),
     ])],
    [S("Pyongyang has also supplied Russia with more than 100 long-range artillery guns and some 20 multiple rocket launchers, the officials said.",
       trap="equipment supplied, not people lost"),
     S("Russia and North Korea signed a mutual defence pact in June 2024.", trap="a date, no figure of people"),
     S("Neither government responded to requests for comment on Wednesday.")],
]

# ---------------------------------------------------------------- at02: General Staff summary retold
LEDGER = "Kyiv Ledger"
at02_gs = S("Russia's army lost 1,210 soldiers over the past day, bringing its personnel losses since the start of the full-scale invasion to about 849,760, the General Staff of Ukraine's Armed Forces reported on Wednesday morning, February 12.", [
    C(GS, RU, KW, "exact", "1,210", "period", relays=LEDGER, low=1210, best=1210, high=1210,
      notes="'personnel losses' are killed and wounded by the text's own definition (next sentence); whole war, all fronts; past day = 2025-02-11/12"),
    C(GS, RU, KW, "approximate", "about 849,760", "cumulative", relays=LEDGER, best=849760,
      notes="running total since 24 Feb 2022, whole war"),
])
at02 = [
    [S("Russian army lost another 1,210 soldiers in a day - General Staff", trap=restates(at02_gs))],
    [at02_gs,
     S("The General Staff counts soldiers killed and wounded together as \"personnel losses\" and does not break the figure down.")],
    [S("According to the same update, Russian forces also lost 10,072 tanks (+6) and 20,981 armoured combat vehicles (+11) since February 2022.",
       trap="equipment losses, with daily change in parentheses"),
     S("Drone losses rose by 96 to 24,806, the General Staff said.", trap="drones, not people")],
    [S("The Kursk direction remained among the most active on the front: Ukrainian defenders repelled 31 Russian assaults there over the past day, while the enemy carried out 14 air strikes and dropped 23 guided bombs.",
       trap="counts of assaults, air strikes and bombs, not losses")],
    [S("Col. Viktor Shulha, a spokesperson for Ukraine's Kursk grouping of forces, told the Kyiv Ledger that about 1.2 thousand Russian and North Korean troops had been killed or wounded in the sector over the past week.", [
        C(KURSK_GRP, RUNK, KW, "approximate", "about 1.2 thousand", "period", relays=LEDGER, best=1200,
          notes="spokesperson takes the body's id; mixed count stays mixed; '1.2 thousand' read as 1,200"),
    ]),
     S("Of those, \"roughly 400\" were North Koreans, Shulha said, adding that North Korean units now attack in groups of 10 to 15 men.", [
         C(KURSK_GRP, NK, KW, "approximate", "roughly 400", "period", relays=LEDGER, best=400,
           notes="part of the week's 1.2 thousand; '10 to 15 men' is the size of assault groups, not a loss"),
     ])],
    [S("Since Ukrainian forces entered the Kursk region in August 2024, Russian troops have lost more than 51,000 personnel in this direction, including some 24,000 killed, the General Staff said in a separate statement.", [
        C(GS, RU, KW, "more_than", "more than 51,000", "cumulative", relays=LEDGER, low=51000,
          notes="Kursk direction running total since August 2024; 'personnel' = killed and wounded as defined"),
        C(GS, RU, K, "approximate", "some 24,000", "cumulative", relays=LEDGER, best=24000,
          notes="the killed are included in the 51,000"),
    ]),
     S("In 2024 as a whole, the General Staff said, Russia lost a record 429,680 personnel.", [
         C(GS, RU, KW, "exact", "429,680", "period", relays=LEDGER, low=429680, best=429680, high=429680,
           notes="calendar year 2024, whole war; a stated period"),
     ])],
    [S("Russia's defence ministry, for its part, claimed on Wednesday that Ukraine had lost \"more than 260 servicemen\" in the Kursk region over the past 24 hours, along with four tanks.", [
        C(RUMOD, UA, CU, "more_than", "more than 260", "period", relays=LEDGER, low=260,
          notes="Russian claimant, Ukrainian losses; 'lost' undefined; the four tanks are equipment"),
    ])],
    [S("The grouping's forward positions near Sudzha lie about 12 kilometres inside Russian territory.",
       trap="a distance"),
     S("Neither side's figures can be independently verified, and Moscow does not publish its own casualties.")],
]

# ---------------------------------------------------------------- at03: Hansard exchange
DRAY = "Helena Draycott"
at03 = [
    [S("North Korean Forces: Kursk")],
    [S("Volume 763: debated on Monday 10 March 2025", trap="Hansard volume number and sitting date")],
    [S("1. Sir Graham Whitcombe (North Hallam) (Con): What recent assessment his Department has made of the losses suffered by North Korean forces deployed to the Kursk region. [902114]",
       trap="question number and question reference; asks for a figure, gives none")],
    [S("The Minister for the Armed Forces (Helena Draycott): Defence Intelligence assesses that, of the 11,000 to 12,000 North Korean personnel deployed to Kursk, in excess of 5,000 have now been killed or wounded, which is just shy of half the force.", [
        C(UKMOD, NK, DEP, "range", "11,000 to 12,000", "stock", relays=DRAY, low=11000, high=12000,
          notes="a minister presenting Defence Intelligence's assessment is a relay; DI is part of the MoD"),
        C(UKMOD, NK, KW, "more_than", "in excess of 5,000", "cumulative", relays=DRAY, low=5000),
        C(UKMOD, NK, KW, "fewer_than", "just shy of half", "cumulative", relays=DRAY,
          counted_in="percent_of_force", high=50,
          notes="share of the 11,000-12,000 stated in the same sentence; 'shy of' read as fewer_than, no lower bound invented"),
    ]),
     S("Of those, we judge that between 1,000 and 1,500 were killed.", [
         C(UKMOD, NK, K, "range", "between 1,000 and 1,500", "cumulative", relays=DRAY, low=1000, high=1500,
           notes="'we' = the Department presenting DI's judgement"),
     ])],
    [S("Sir Graham Whitcombe: I am grateful to the Minister."),
     S("Is she aware that Ukrainian military intelligence puts the dead at not 1,500 but nearer 4,000, and that press reports from the region speak of hundreds upon hundreds of North Korean bodies left in the fields around Sudzha?", [
         C(GUR, NK, K, "approximate", "nearer 4,000", "cumulative", relays="Sir Graham Whitcombe", best=4000,
           notes="'not 1,500' restates the minister's upper bound and is not a new claim; an MP passing on a figure is a relay"),
         C(REPORTS, NK, K, "vague", "hundreds upon hundreds", "unspecified", relays="Sir Graham Whitcombe",
           low=200, high=999,
           notes="bodies = dead; convention: 'hundreds (upon hundreds)' = 200-999"),
     ])],
    [S("Helena Draycott: I have seen those reports."),
     S("I would urge caution: 4,000 dead would be a third of the entire contingent, and we have seen nothing to support losses on that scale.",
       trap="hypothetical arithmetic on the disputed 4,000 figure, used to reject it; not the minister's claim")],
    [S("Mr David Okafor (Glasgow Riverside) (SNP): The Times reported on Saturday that a Kremlin-aligned military blogger had admitted Russia lost the better part of a battalion in a single night near Sudzha.", [
        R("ru-milblogger-unnamed", "Kremlin-aligned military blogger (unnamed)", RU, CU, "at_most",
          "the better part of a battalion", "incident", relays="The Times > David Okafor",
          counted_in="battalions", high=1,
          notes="formation kept as formation; 'better part of' = most but not all of one battalion: at_most 1, no fractional low bound; the blogger is the claimant, the newspaper and the MP relays"),
    ]),
     S("What is the Department's own estimate of Russian losses in Kursk?")],
    [S("Helena Draycott: Across the whole front, Russian casualties are running at around 1,300 a day, and in February alone Russia suffered over 37,000 casualties.", [
        C(UKMOD, RU, CU, "approximate", "around 1,300", "unspecified", relays=DRAY,
          counted_in="people_per_day", best=1300,
          notes="whole-war rate, no stated period ('are running'); not Kursk"),
        C(UKMOD, RU, CU, "more_than", "over 37,000", "period", relays=DRAY, low=37000,
          notes="February 2025, whole war"),
    ]),
     S("The Kursk sector accounts for a small fraction of that, and I will not give the House a figure we cannot stand behind.")],
    [S("Ms Aisha Rahman (Leeds Kirkstall) (Lab): Will the Minister say how many North Korean soldiers Ukraine is holding, and whether we would support a request by them to go to South Korea?")],
    [S("Helena Draycott: Ukraine has told us it holds two North Korean prisoners, both captured in January, and their future is a matter for the Ukrainian Government.", [
         C(UA_OFF, NK, CAP, "exact", "two", "period", relays=DRAY, low=2, best=2, high=2,
           notes="'Ukraine has told us': the Ukrainian authorities, unnamed, take ua-officials; captured in January 2025"),
     ]),
     S("I can also tell the House that our military support to Ukraine this year will reach £4.5 billion.",
       trap="money")],
]

# ---------------------------------------------------------------- at04: sources inside North Korea
TUMEN = "Tumen Report"
SRC_NH = ("kp-source-north-hamgyong", "Source in North Hamgyong Province (unnamed)")
SRC_CJ = ("kp-source-chongjin", "Source at a Chongjin factory (unnamed)")
at04_60 = S("A source in North Hamgyong Province told Tumen Report on Thursday that at least 60 young men from the border city of Hoeryong have been reported dead since their units were sent to Russia last autumn.", [
    C(SRC_NH, NK, K, "at_least", "at least 60", "cumulative", relays=TUMEN, low=60,
      notes="running total since the deployment; the unnamed source is the claimant"),
])
at04 = [
    [S("Scores of Hoeryong soldiers dead in Russia, sources say", [
        C(AUTHOR, NK, K, "vague", "Scores", "cumulative", low=40, high=199, derived=at04_60,
          notes="headline's own figure made from 'at least 60'; convention 'scores' = 40-199"),
    ])],
    [at04_60,
     S("\"A few score of the boys from my district alone have died over there since March, and nobody believes the cadres any more when they say it was training accidents,\" the source said.", [
         C(SRC_NH, NK, K, "vague", "A few score", "cumulative", relays=TUMEN, low=40, high=100,
           notes="'since March' = running total from March 2025; may overlap the Hoeryong 60; convention 'a few score' = 40-100"),
     ]),
     S("Most of those sent from the area were conscripts aged between 18 and 22, the source added.",
       trap="ages of conscripts")],
    [S("According to the source, the families of the dead received a certificate, a bag of rice and 500,000 won, about the price of 50 kilograms of corn at current market rates.",
       trap="compensation: money and food, not people")],
    [S("A second source, who works at a machine factory in Chongjin, said that \"maybe thirty or forty\" men from the reserve unit attached to the factory had been killed.", [
        C(SRC_CJ, NK, K, "range", "thirty or forty", "cumulative", relays=TUMEN, low=30, high=40,
          notes="'N or M' read as a range; 'maybe' hedges but does not widen it"),
    ]),
     S("\"Of those who came back wounded in April, one in five had lost an arm or a leg,\" he said.",
       trap="share of the returning wounded with amputations; not a share of the force and no count of wounded given")],
    [S("North Korea's state media acknowledged in late April that its troops had fought in Kursk but has never published a casualty figure.")],
    [S("South Korea's spy agency told lawmakers in late April that some 4,500 North Koreans had been killed or wounded, including about 650 dead, out of a force of roughly 11,000.", [
        C(NIS, NK, KW, "approximate", "some 4,500", "cumulative", relays="South Korean lawmakers > " + TUMEN, best=4500,
          notes="'spy agency' = NIS; unnamed lawmakers briefed by it are the relay"),
        C(NIS, NK, K, "approximate", "about 650", "cumulative", relays="South Korean lawmakers > " + TUMEN, best=650),
        C(NIS, NK, DEP, "approximate", "roughly 11,000", "stock", relays="South Korean lawmakers > " + TUMEN, best=11000),
    ]),
     S("The agency also said Pyongyang was preparing to send about 3,000 more troops to replace the losses.", [
         C(NIS, NK, DEP, "approximate", "about 3,000", "stock", relays="South Korean lawmakers > " + TUMEN,
           modality="projected", best=3000,
           notes="reinforcements being prepared: a projected deployment, not troops present and not losses"),
     ])],
    [S("A third source, a trader in Hyesan, said rice prices had risen 15% since January as the army requisitioned grain for units bound for Russia.",
       trap="a price rise; 'third' is an ordinal"),
     S("Tumen Report could not verify the sources' accounts.")],
]

# ---------------------------------------------------------------- at05: analysis with a table
at05 = [
    [S("Counting Pyongyang's Dead: A Guide to the Kursk Numbers")],
    [S("Min-ji Harlan | 14 March 2025", trap="byline date")],
    [S("Almost every week since December has brought a new estimate of North Korea's losses in Kursk, and the estimates rarely agree."),
     S("Table 1 collects the main public figures; the ranges are the sources' own, not ours.",
       trap="table number")],
    [S("US Department of Defense (Dec. 17): \"several hundred\" killed or wounded", [
        C(DOD, NK, KW, "vague", "several hundred", "cumulative", low=300, high=999,
          notes="table row; convention 'several hundred' = 300-999; report date 2024-12-17"),
    ])],
    [S("NIS, South Korea (Jan. 14): 320 killed, 2,600 wounded", [
        C(NIS, NK, K, "exact", "320", "cumulative", low=320, best=320, high=320, notes="table row, two measures"),
        C(NIS, NK, W, "exact", "2,600", "cumulative", low=2600, best=2600, high=2600),
    ])],
    [S("HUR, Ukraine (Jan. 31): 1,000-1,200 killed, over 3,000 wounded", [
        C(GUR, NK, K, "range", "1,000-1,200", "cumulative", low=1000, high=1200, notes="dash range"),
        C(GUR, NK, W, "more_than", "over 3,000", "cumulative", low=3000),
    ])],
    [S("US officials (Feb. 5): 4,000+ killed or wounded", [
        C(US_OFF, NK, KW, "at_least", "4,000+", "cumulative", low=4000,
          notes="a table's 'N+' read as at_least"),
    ])],
    [S("This report (March): 12,000-plus deployed; 1,500/2,000 killed", [
        C(AUTHOR, NK, DEP, "at_least", "12,000-plus", "stock", low=12000,
          notes="the analysis's own estimate; 'N-plus' read as at_least"),
        C(AUTHOR, NK, K, "range", "1,500/2,000", "cumulative", low=1500, high=2000,
          notes="slash range"),
    ])],
    [S("The South Korean figure is the most conservative, and Seoul's spy agency revised it in February: not 320 dead, it told lawmakers, but \"at least 600\".", [
        C(NIS, NK, K, "at_least", "at least 600", "cumulative", relays="South Korean lawmakers", low=600,
          notes="revised total replaces the January 320 of the table row; 320 restated, not a new claim"),
    ])],
    [S("Our own range rests on satellite imagery of three rail movements out of Rason and on obituary notices, and assumes the 11th Army Corps went into combat at full strength.",
       trap="number of trains and a unit number")],
    [S("On those assumptions, roughly one soldier in seven has been killed.", [
        C(AUTHOR, NK, K, "approximate", "roughly one soldier in seven", "cumulative",
          counted_in="percent_of_force", best=14.29,
          notes="author's share of its own 12,000-plus; 1/7 = 14.29%"),
    ]),
     S("If North Korean units keep being thrown into frontal assaults at the January tempo, combined killed and wounded could pass 8,000 by the end of April.", [
         C(AUTHOR, NK, KW, "more_than", "pass 8,000", "cumulative", modality="conditional", low=8000,
           notes="if-then; looks to end of April 2025"),
     ]),
     S("Even then, Pyongyang could keep 8,000-9,000 troops in the field by rotating in fresh units.", [
         C(AUTHOR, NK, DEP, "range", "8,000-9,000", "stock", modality="projected", low=8000, high=9000,
           notes="a forecast of troops present, not of losses"),
     ])],
    [S("North Korea's army numbers some 1.2 million active personnel, so even the highest estimate is a rounding error for the regime, if not for the families.",
       trap="size of North Korea's whole army, neither deployed to Kursk nor lost"),
     S("Russia has said nothing; its defence ministry, asked on 7 March about foreign troops, referred questions to the Kremlin.",
       trap="a date")],
]

# ---------------------------------------------------------------- at06: live blog
HLUSHKO_NOTE = "spokesman takes the grouping's id"
at06 = [
    [S("Kursk live: Russia presses towards Sudzha as Kyiv says North Korean units are back in assaults")],
    [S("Last updated: Thursday 13 March 2025, 16:40 GMT", trap="timestamp")],
    [S("08:02 GMT - Russia's defence ministry says Ukraine lost \"up to 250 servicemen\" and 14 armoured vehicles in the Kursk region over the past 24 hours.", [
        C(RUMOD, UA, CU, "at_most", "up to 250", "period", high=250,
          notes="'lost' undefined; the 14 vehicles are equipment"),
    ])],
    [S("08:40 GMT - A Telegram post by the Ukrainian drone unit Hornets of Sumy claims its pilots have killed or wounded \"3k Russians and Koreans\" since they arrived in the Kursk sector in November.", [
        R("ua-hornets-of-sumy", "Hornets of Sumy (Ukrainian drone unit)", RUNK, KW, "exact", "3k", "cumulative",
          low=3000, best=3000, high=3000,
          notes="unit's own Telegram; '3k' read as 3,000; running total since November 2024; mixed nationalities stay mixed"),
    ]),
     S("The post came with a 12-minute compilation video.", trap="length of a video")],
    [S("09:15 GMT - Correction: our 08:02 entry originally said the ministry claimed 400 Ukrainian losses; the figure was not 400 but \"up to 250\", and the entry has been amended.",
       trap="the blog's correction of its own error; the claim is the 08:02 entry's, and the 400 was never claimed")],
    [S("10:30 GMT - Ukraine's General Staff says 1,180 Russian troops were killed or wounded across all fronts in the past day (up from 1,090 the day before).", [
        C(GS, RU, KW, "exact", "1,180", "period", low=1180, best=1180, high=1180, notes="whole war, past day"),
        C(GS, RU, KW, "exact", "1,090", "period", low=1090, best=1090, high=1090,
          notes="figure in parentheses: the previous day's report, a separate period"),
    ])],
    [S("11:05 GMT - Regional officials in Sumy say about 1,500 civilians have been evacuated from border villages since Sunday.",
       trap="civilians evacuated, not losses")],
    [S("12:20 GMT - Col. Taras Hlushko, a spokesman for Ukraine's Kursk grouping, says 20–30 Russian soldiers surrendered near Guevo on Wednesday after being cut off.", [
        C(KURSK_GRP, RU, CAP, "range", "20–30", "incident", low=20, high=30,
          notes=HLUSHKO_NOTE + "; surrendered = captured; Wednesday = 2025-03-12"),
    ]),
     S("Hlushko added that North Korean units, largely absent from the line for a fortnight, had returned to assaults and lost \"roughly two companies\" in two days near Sverdlikovo.", [
         C(KURSK_GRP, NK, CU, "approximate", "roughly two companies", "period", counted_in="companies", best=2,
           notes="formations kept as formations; 'in two days' is the stated period; surname-only second mention"),
     ])],
    [S("13:45 GMT - A pro-Kremlin war blogger writing as Severny Veter says a Russian airborne unit had \"as few as 12 and as many as 40\" men killed in Tuesday's failed river crossing, and accuses commanders of hiding the toll.", [
        R("ru-severny-veter", "Severny Veter (pro-Kremlin war blogger)", RU, K, "range",
          "as few as 12 and as many as 40", "incident", low=12, high=40,
          notes="a blogger in his own name; 'as few as ... as many as' is a range; Tuesday = 2025-03-11"),
    ])],
    [S("14:10 GMT - Russia and Ukraine each handed over 175 prisoners of war in an exchange brokered by the United Arab Emirates, both sides said.",
       trap="prisoners exchanged, not captured in the fighting")],
    [S("15:30 GMT - Russia's defence ministry now puts Ukraine's losses in the Kursk region since August at \"more than 67,000\" troops.", [
        C(RUMOD, UA, CU, "more_than", "more than 67,000", "cumulative", low=67000,
          notes="running total since August 2024, updated ('now')"),
    ])],
    [S("16:40 GMT - Kyiv-based analyst Oksana Melnyk tells us that, at the current rate, Russia could lose another 30,000 troops in Kursk by the end of April, though she cautions that Moscow now has the edge in manpower.", [
        R("ua-melnyk", "Oksana Melnyk, Kyiv-based analyst", RU, CU, "exact", "another 30,000", "period",
          modality="projected", low=30000, best=30000, high=30000,
          notes="forecast of further losses to end of April 2025; analyst speaks in her own name"),
    ])],
]

# ---------------------------------------------------------------- at07: fact-check
XACC = ("x-anonymous-account", "Anonymous account on X")
at07_gur = S("Its latest estimate, from March 3, is that \"some 4,000\" North Koreans have been killed or wounded since they entered combat in December.", [
    C(GUR, NK, KW, "approximate", "some 4,000", "cumulative", best=4000,
      notes="'its' = Ukraine's military intelligence agency of the previous sentence; report date 2025-03-03"),
])
at07 = [
    [S("Fact check: Did Ukraine kill 800 North Korean soldiers in one day?",
       trap="headline restates the viral claim it examines")],
    [S("Claim: A post on X says \"over 800 North Korean soldiers\" were killed \"in ONE DAY\" near the Russian town of Sudzha.", [
        C(XACC, NK, K, "more_than", "over 800", "period", low=800,
          notes="claim cited only to be disputed; one day is the stated period"),
    ]),
     S("Verdict: Unproven. No official source has given a figure anywhere near that for a single day.")],
    [S("The post, shared more than 40,000 times since Sunday, came from an account created in 2023 that has about 96,000 followers.",
       trap="shares, a year and followers")],
    [S("Its video is genuine but old: Ukraine's Special Operations Forces first published it on Dec. 27, saying it showed an attack near Plekhovo in which \"about 50\" North Koreans were killed or wounded.", [
        R("ua-sof", "Special Operations Forces of Ukraine", NK, KW, "approximate", "about 50", "incident", best=50,
          notes="one attack; claim rests on footage"),
    ]),
     S("By our count, the footage shows no more than 25 people who appear to be killed or wounded.", [
         C(AUTHOR, NK, KW, "at_most", "no more than 25", "incident", high=25,
           notes="the fact-checkers' own count from the video; evidence footage"),
     ])],
    [S("Ukraine's military intelligence agency has not published a one-day figure.",
       trap="says no figure exists; 'one-day' is not a count"),
     at07_gur,
     S("That would be one in three of the roughly 12,000 troops Seoul says Pyongyang sent.", [
         C(KR_OFF, NK, DEP, "approximate", "roughly 12,000", "stock", best=12000,
           notes="'Seoul' = the South Korean government, unnamed officials"),
         C(AUTHOR, NK, KW, "exact", "one in three", "cumulative", counted_in="percent_of_force",
           low=33.33, best=33.33, high=33.33, derived=at07_gur,
           notes="fact-checkers' own share made from HUR's 4,000 and Seoul's 12,000; 1/3 = 33.33%"),
     ])],
    [S("A Ukrainian officer serving in the sector, who asked not to be named, told us that on the worst days in January his brigade saw not hundreds of North Korean dead but \"a dozen or so\".", [
        C(UA_OFF, NK, K, "approximate", "a dozen or so", "period", counted_in="people_per_day", best=12,
          notes="per day on the worst days of January; an unnamed serving officer takes his nation's officials id; 'not hundreds' rejects the claim, no row for it"),
    ])],
    [S("South Korea's National Intelligence Service, the most cautious of the agencies tracking the deployment, said in January that about 300 North Koreans had been killed in total.", [
        C(NIS, NK, K, "approximate", "about 300", "cumulative", best=300, notes="reported January 2025"),
    ]),
     S("Russia's defence ministry has never acknowledged that North Korean troops fought in Kursk.")],
    [S("Sudzha lies about 10 kilometres from the Ukrainian border.", trap="a distance"),
     S("This article was updated on March 11 to correct the date of the video, which was first posted on Dec. 27, not Dec. 17.",
       trap="correction of a date, not of a figure of people")],
]

# ---------------------------------------------------------------- at08: TV news script
VISTA = "Vista News"
VOR = ("ua-voronko", "Lt. Gen. Serhiy Voronko, commander of Ukraine's forces in Kursk")
at08 = [
    [S("VISTA NEWS | EVENING BULLETIN | MON 23 DEC 2024 | ITEM 3 | KURSK", trap="script slug: date and item number")],
    [S("[ANCHOR, ON CAM] Good evening."),
     S("North Korean soldiers fighting for Russia in the Kursk region have lost roughly two battalions' worth of men, killed or wounded, in their first week of combat, the commander of Ukraine's forces there has told Vista News.", [
         C(VOR, NK, KW, "approximate", "roughly two battalions' worth", "period", relays=VISTA,
           counted_in="battalions", best=2,
           notes="a commander speaking in his own name takes his own id; formations not converted to people; first week of combat, mid-December 2024"),
     ])],
    [S("[REPORTER, VO] Lieutenant General Serhiy Voronko spoke to us at a command post some eight kilometres from the border.",
       trap="a distance")],
    [S("[SOT, VORONKO, translated] \"Near Plekhovo they came at us with a company, maybe 150 men, and two-thirds of them never went back.\"", [
        C(VOR, NK, DEP, "approximate", "maybe 150", "stock", relays=VISTA, best=150,
          notes="the attacking force the share is of"),
        C(VOR, NK, CU, "exact", "two-thirds", "incident", relays=VISTA, counted_in="percent_of_force",
          low=66.67, best=66.67, high=66.67,
          notes="share of the stated 150; 'never went back' may be dead, wounded, missing or captured: unspecified; 2/3 = 66.67%"),
    ])],
    [S("[REPORTER, VO] Voronko said the North Koreans attacked on foot, in columns, without armour."),
     S("Ukraine's military intelligence said on Monday that more than 3,000 North Koreans had been killed or wounded since they entered the fighting.", [
         C(GUR, NK, KW, "more_than", "more than 3,000", "cumulative", relays=VISTA, low=3000,
           notes="Monday = 2024-12-23"),
     ])],
    [S("[GFX] NORTH KOREAN TROOPS IN RUSSIA: 11,000-12,000 (US/SOUTH KOREA) | KILLED OR WOUNDED: 3,000+ (UKRAINE)", [
        C(US_OFF, NK, DEP, "range", "11,000-12,000", "stock", relays=VISTA, low=11000, high=12000,
          notes="graphic's slash names two claimants: one row per nation"),
        C(KR_OFF, NK, DEP, "range", "11,000-12,000", "stock", relays=VISTA, low=11000, high=12000),
    ])],
    [S("[SOT, VORONKO, translated] \"If they keep attacking like this, by New Year they will have lost another thousand.\"", [
        C(VOR, NK, CU, "exact", "another thousand", "period", relays=VISTA, modality="conditional",
          low=1000, best=1000, high=1000,
          notes="if-then; further losses to 1 January 2025; 'lost' undefined"),
    ])],
    [S("[REPORTER, VO] Russia's defence ministry said on Monday that Ukraine had lost \"some 340 troops\" in the Kursk region over the past day.", [
        C(RUMOD, UA, CU, "approximate", "some 340", "period", relays=VISTA, best=340),
    ]),
     S("Moscow has never confirmed that North Korean troops are on Russian soil, and Pyongyang's state news agency KCNA called reports of the deployment \"a smear campaign\".")],
    [S("[ANCHOR, ON CAM] In Washington, the Pentagon put the number of North Korean troops in Russia at \"upward of 11,000\" and said \"a few hundred\" had been killed or wounded.", [
        C(DOD, NK, DEP, "more_than", "upward of 11,000", "stock", relays=VISTA, low=11000),
        C(DOD, NK, KW, "vague", "a few hundred", "cumulative", relays=VISTA, low=200, high=500,
          notes="convention 'a few hundred' = 200-500"),
    ]),
     S("Many of the North Korean soldiers are believed to be in their late teens and early twenties.", trap="ages")],
    [S("[ANCHOR, ON CAM] Also tonight: the European Union has agreed a further 900 million euros in military aid for Ukraine.",
       trap="money")],
]

SPECS = {
    "at01-wire-exclusive": at01,
    "at02-general-staff-retold": at02,
    "at03-hansard-exchange": at03,
    "at04-sources-inside-north-korea": at04,
    "at05-analysis-with-table": at05,
    "at06-live-blog": at06,
    "at07-fact-check": at07,
    "at08-tv-news-script": at08,
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
