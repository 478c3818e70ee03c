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


# ---------------------------------------------------------------- ao01
# A Reuters-style exclusive with anonymous Western and South Korean sources.
MER = "Meridian"
W = ("western-officials", "three Western officials (unnamed)")
KR = ("kr-officials", "a South Korean government source")
ao01 = [
    [S("SEOUL/KYIV, June 12 (Meridian) - North Korea has lost about 4,000 soldiers killed or wounded in Russia's Kursk region since its troops entered combat in December, roughly a third of the force it sent, according to three Western officials and a South Korean government source.", [
        R(*W, "north_korean", "killed_or_wounded", "approximate", "about 4,000", "cumulative", relays=MER, best=4000,
          notes="list of claimants: one row per claimant"),
        R(*KR, "north_korean", "killed_or_wounded", "approximate", "about 4,000", "cumulative", relays=MER, best=4000,
          notes="list of claimants: one row per claimant"),
        R(*W, "north_korean", "killed_or_wounded", "approximate", "roughly a third", "cumulative", relays=MER,
          counted_in="percent_of_force", best=33.33, notes="share of the force sent; 'a third' read as 33.33"),
        R(*KR, "north_korean", "killed_or_wounded", "approximate", "roughly a third", "cumulative", relays=MER,
          counted_in="percent_of_force", best=33.33, notes="share of the force sent; 'a third' read as 33.33"),
     ])],
    [S("The Western officials, who spoke on condition of anonymity to discuss intelligence assessments, said Pyongyang had deployed some 12,000 troops to the region last autumn and sent roughly 3,000 reinforcements in January and February.", [
        R(*W, "north_korean", "deployed", "approximate", "some 12,000", "stock", relays=MER, best=12000),
        R(*W, "north_korean", "deployed", "approximate", "roughly 3,000", "stock", relays=MER, best=3000,
          notes="reinforcement contingent sent to the region: deployed strength, not a loss; a separate stock from the 12,000"),
     ]),
     S("Of the 4,000 casualties, they said, about 1,000 were killed.", [
        R(*W, "north_korean", "killed", "approximate", "about 1,000", "cumulative", relays=MER, best=1000,
          notes="'they' = the Western officials of the previous sentence; 'Of the 4,000' only restates the opening figure"),
     ])],
    [S("One of the officials said the pace of losses had slowed to perhaps 20 a day, from more than 100 a day during the heaviest fighting around Sudzha in March.", [
        R(*W, "north_korean", "casualties_unspecified", "approximate", "perhaps 20 a day", "period", relays=MER,
          counted_in="people_per_day", best=20, notes="current rate; 'losses' not defined in this sentence"),
        R(*W, "north_korean", "casualties_unspecified", "more_than", "more than 100 a day", "period", relays=MER,
          counted_in="people_per_day", low=100, notes="rate during March"),
     ]),
     S("A second official said about 1,500 wounded had been flown back to North Korea for treatment, a sign, the official said, that Russian field hospitals could not cope.",
       trap="wounded evacuated home: a movement of people already inside the 4,000 killed or wounded, not a separate count of wounded")],
    [S("Ukraine's Defence Intelligence has put the toll higher, saying on Monday that 2,300 North Korean soldiers had been killed and 4,100 wounded since December.", [
        R("ua-gur", "Ukraine's Defence Intelligence", "north_korean", "killed", "exact", "2,300", "cumulative",
          relays=MER, low=2300, best=2300, high=2300),
        R("ua-gur", "Ukraine's Defence Intelligence", "north_korean", "wounded", "exact", "4,100", "cumulative",
          relays=MER, low=4100, best=4100, high=4100),
     ]),
     S("The South Korean source said Seoul's own estimate of the dead stood at “at least 600”, because it counts only deaths confirmed through two separate channels.", [
        R(*KR, "north_korean", "killed", "at_least", "at least 600", "cumulative", relays=MER, low=600,
          notes="'two separate channels' is method, not a figure"),
     ])],
    [S("The Western officials said North Korea had also rotated about 2,000 troops home over the winter and that a further 5,000 were training at camps near Wonsan for a possible second deployment.",
       trap="troops rotated home and troops in training in North Korea: neither a loss nor troops present in Kursk")],
    [S("Russia's Defence Ministry did not respond to a request for comment."),
     S("The ministry, which has never given a figure for foreign troops, says Ukraine lost more than 60,000 servicemen during its incursion into Kursk.", [
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 60,000",
          "cumulative", relays=MER, low=60000,
          notes="enemy losses claimed by Moscow: Ukrainian, not North Korean or Russian; 'lost' not defined"),
     ])],
    [S("North Korea confirmed in April that it had sent troops, six months after the first units arrived, but has never published a casualty figure.",
       trap="a time span (six months), no figure of people")],
]

# ---------------------------------------------------------------- ao02
# A Ukrainian General Staff daily update retold by a Kyiv news site.
KC = "Kyiv Courier"
GS = ("ua-general-staff", "the General Staff of Ukraine's Armed Forces")
HN = ("ua-kursk-group", "Colonel Taras Hnatiuk, spokesman for Ukraine's Kursk group of forces")
ao02_s1 = S("KYIV, Thursday 13 March (Kyiv Courier) - Russian forces lost 1,340 personnel across the front over the past 24 hours, 310 of them on the Kursk axis, the General Staff of Ukraine's Armed Forces said in its morning update.", [
    R(*GS, "russian_and_north_korean", "killed_or_wounded", "exact", "310", "period", relays=KC,
      low=310, best=310, high=310,
      notes="the next sentence defines 'personnel losses' as killed and wounded and says the Kursk figures include North Korean troops; the 1,340 is the whole front and not recorded"),
])
ao02 = [
    [S("Kursk axis: Russia lost 310 troops in a day, General Staff says", trap=restates(ao02_s1))],
    [ao02_s1,
     S("The General Staff counts killed and wounded together as “personnel losses”, and says its Kursk figures include the North Korean troops fighting alongside Russian units, whom it puts at about 11,000 in the region.", [
        R(*GS, "north_korean", "deployed", "approximate", "about 11,000", "stock", relays=KC, best=11000),
     ]),
     S("The 310 compares with 270 on Wednesday and 455 on Monday, the highest daily toll on the axis this month.", [
        R(*GS, "russian_and_north_korean", "killed_or_wounded", "exact", "270", "period", relays=KC,
          low=270, best=270, high=270, notes="'The 310' restates the first sentence; Wednesday's figure is new"),
        R(*GS, "russian_and_north_korean", "killed_or_wounded", "exact", "455", "period", relays=KC,
          low=455, best=455, high=455, notes="Monday's figure"),
     ])],
    [S("Over the same 24 hours, Ukrainian units on the axis destroyed nine tanks, 14 artillery systems and 47 drones, the update said.",
       trap="equipment destroyed, not people")],
    [S("Colonel Taras Hnatiuk, a spokesman for Ukraine's Kursk group of forces, told the Courier that Russian and North Korean troops together had lost some 58,000 killed, wounded, missing and captured in the region since the incursion began in August.", [
        R(*HN, "russian_and_north_korean", "killed_wounded_missing_or_captured", "approximate", "some 58,000",
          "cumulative", relays=KC, best=58000, notes="a spokesperson takes the id of the body he speaks for"),
     ]),
     S("He said the enemy was losing “on average 280 to 300 men a day” on the axis this month, and could lose a further 8,000 by the end of March if it kept up its assaults on Sudzha.", [
        R(*HN, "russian_and_north_korean", "casualties_unspecified", "range", "280 to 300 men a day", "period",
          relays=KC, counted_in="people_per_day", low=280, high=300,
          notes="'the enemy' = the Russian and North Korean troops of the previous sentence; 'on average' over the month"),
        R(*HN, "russian_and_north_korean", "casualties_unspecified", "exact", "a further 8,000", "period",
          relays=KC, modality="conditional", low=8000, best=8000, high=8000,
          notes="if-then: 'if it kept up its assaults'; looks to the end of March"),
     ]),
     S("North Koreans, he said, made up “roughly one in five” of those losses.",
       trap="a share of the losses, not a share of the force and not a count"),
     S("Ukrainian losses, Hnatiuk said, were “many times smaller”, but he would not give a figure.", [
        R(*HN, "ukrainian", "casualties_unspecified", "none", "", "unspecified", relays=KC,
          notes="own-side losses acknowledged with no number"),
     ])],
    [S("Hnatiuk said his troops had taken 23 prisoners on the axis over the past week, two of them North Korean, and that a prisoner exchange agreed on Tuesday would bring home 175 Ukrainian servicemen.", [
        R(*HN, "russian_and_north_korean", "captured", "exact", "23", "period", relays=KC,
          low=23, best=23, high=23, notes="mixed count: includes the two North Koreans"),
        R(*HN, "north_korean", "captured", "exact", "two", "period", relays=KC, low=2, best=2, high=2,
          notes="part of the 23; the 175 are Ukrainians to be exchanged, not a loss"),
     ])],
    [S("Ukrainian forces still hold about 80 square kilometres of the region, down from more than 1,300 at the height of the incursion last autumn.",
       trap="territory held, not people")],
    [S("The General Staff's figures cannot be independently verified, and Moscow does not publish its own losses.")],
]

# ---------------------------------------------------------------- ao03
# A Hansard-style exchange in the House of Commons.
DI = ("uk-defence-intelligence", "Defence Intelligence (UK)")
MARSH = "Helen Marsh"
ao03 = [
    [S("House of Commons: Defence Questions")],
    [S("North Korean Forces: Kursk")],
    [S("Mr Alan Pryce (Ashby West) (Lab): What recent assessment his Department has made of North Korean losses in the Kursk region.")],
    [S("The Minister for the Armed Forces (Helen Marsh): Defence Intelligence's latest assessment, published on 9 May, is that North Korean forces have suffered approximately 4,700 casualties since entering combat, of whom around 1,000 were killed.", [
        R(*DI, "north_korean", "casualties_unspecified", "approximate", "approximately 4,700", "cumulative",
          relays=MARSH, best=4700, notes="a minister passing on an intelligence body's figure is a relay"),
        R(*DI, "north_korean", "killed", "approximate", "around 1,000", "cumulative", relays=MARSH, best=1000),
     ]),
     S("Defence Intelligence judges the deployed force to have been some 11,000 strong, which by my arithmetic means that roughly 40 per cent of those sent have been killed or wounded.", [
        R(*DI, "north_korean", "deployed", "approximate", "some 11,000", "stock", relays=MARSH, best=11000),
        R("uk-marsh", "Helen Marsh, UK Minister for the Armed Forces", "north_korean", "killed_or_wounded",
          "approximate", "roughly 40 per cent", "cumulative", counted_in="percent_of_force", best=40,
          notes="'by my arithmetic': the minister's own figure, in her own name"),
     ])],
    [S("Mr Pryce: The Soviet Union lost some 15,000 men in nearly a decade in Afghanistan.",
       trap="another war (Soviet Afghanistan), a historical comparison"),
     S("If North Korea has lost a thousand dead in barely five months, is that not a staggering rate by any historical standard?",
       trap="a rhetorical if-clause restating the Minister's figure of around 1,000 killed, not a new claim")],
    [S("Helen Marsh: I would caution against such comparisons, but he is right that the rate has been high: at the peak, in February, Defence Intelligence assessed that North Korean units were losing more than 60 men a day killed or wounded.", [
        R(*DI, "north_korean", "killed_or_wounded", "more_than", "more than 60 men a day", "period",
          relays=MARSH, counted_in="people_per_day", low=60, notes="rate in February"),
     ])],
    [S("Dr Fiona Lyle (Kirkbride) (LD): Kyiv says Russia is losing 1,000 soldiers a day across the whole front.",
       trap="a rate for the whole front, not the Kursk fighting"),
     S("How many of the 50,000 Ukrainian recruits trained in this country under Operation Kestrel are now serving in Kursk?",
       trap="recruits trained in Britain, not losses or troops in Kursk")],
    [S("Helen Marsh: I will not comment on where individual trained personnel serve, but the £4.5 billion of military support we are providing this year includes 350 training places for Ukrainian combat medics.",
       trap="money and training places")],
    [S("Mr James Orme (Hartfield) (Con): What of Russia's own losses in Kursk, and what does the Department expect for the rest of the year?")],
    [S("Helen Marsh: Defence Intelligence assesses that Russian forces have suffered around 45,000 killed and wounded in the Kursk region since last August, some 12,000 of them killed.", [
        R(*DI, "russian", "killed_or_wounded", "approximate", "around 45,000", "cumulative", relays=MARSH,
          best=45000, notes="'killed and wounded' as one figure: combined"),
        R(*DI, "russian", "killed", "approximate", "some 12,000", "cumulative", relays=MARSH, best=12000),
     ]),
     S("If Pyongyang sends the further 6,000 troops it has reportedly promised, it assesses that North Korean casualties could exceed 8,000 by the end of the year.", [
        R(*DI, "north_korean", "casualties_unspecified", "more_than", "exceed 8,000", "cumulative",
          relays=MARSH, modality="conditional", low=8000,
          notes="if-then; looks to the end of the year; the 6,000 are only the premise of the if-clause, not recorded"),
     ]),
     S("It also assesses that Ukraine has captured fewer than 10 North Korean soldiers.", [
        R(*DI, "north_korean", "captured", "fewer_than", "fewer than 10", "cumulative", relays=MARSH, high=10),
     ])],
]

# ---------------------------------------------------------------- ao04
# A Mediazona-style count of named Russian dead, by an independent outlet.
OS = "Ostrog"
AU = ("author", "Ostrog (the count's own voice)")
ao04_s1 = S("As of 20 June 2025, Ostrog has confirmed by name the deaths of 5,214 Russian servicemen in the fighting in the Kursk region since Ukrainian forces crossed the border in August 2024.", [
    R(*AU, "russian", "killed", "exact", "5,214", "cumulative", low=5214, best=5214, high=5214,
      notes="the outlet's own count of named dead"),
])
ao04 = [
    [S("Kursk count: 5,214 names and counting", trap=restates(ao04_s1))],
    [ao04_s1,
     S("Our count rests on obituaries, posts by relatives and statements by local officials, and it is certainly incomplete: in earlier projects, named deaths made up between 45 and 65 per cent of the true toll once official data emerged.",
       trap="a method share from earlier projects, not a share of a force and not a count")],
    [S("Of the named dead, 612 were conscripts, whom the law bars from fighting abroad but not on Russian soil, and 1,890 had signed contracts after being recruited from prison colonies.", [
        R(*AU, "russian", "killed", "exact", "612", "cumulative", low=612, best=612, high=612,
          notes="subset of the 5,214"),
        R(*AU, "russian", "killed", "exact", "1,890", "cumulative", low=1890, best=1890, high=1890,
          notes="subset of the 5,214: dead ex-prisoners, not a count of contracts signed"),
     ]),
     S("We also count 389 officers, 47 border guards and 19 members of the National Guard.", [
        R(*AU, "russian", "killed", "exact", "389", "cumulative", low=389, best=389, high=389,
          notes="'We also count' = among the named dead"),
        R(*AU, "russian", "killed", "exact", "47", "cumulative", low=47, best=47, high=47,
          notes="border guards (paramilitary)"),
        R(*AU, "russian", "killed", "exact", "19", "cumulative", low=19, best=19, high=19,
          notes="National Guard (paramilitary)"),
     ]),
     S("In the single week of the recapture of Sudzha, 6 to 13 March, we recorded 318 deaths, the highest weekly figure in our data.", [
        R(*AU, "russian", "killed", "exact", "318", "period", low=318, best=318, high=318,
          notes="stated week, 6 to 13 March"),
     ]),
     S("Over the past four weeks we have added an average of 160 names a week, though most of the deaths behind them happened in the spring.",
       trap="the pace at which names are added to the count, not a rate of deaths")],
    [S("Relatives' requests tell a different story."),
     S("The Kursk regional administration said in May it had received 3,700 requests from families searching for servicemen missing in the region, and the volunteer group Find Our Own says it is handling “more than 2,000 open cases”.",
       trap="missing-person requests and open cases, not a count of missing soldiers"),
     S("The same administration has paid a one-off sum of 1 million roubles to the families of 1,450 servicemen from the region who have died, wherever they fell.",
       trap="compensation payments to natives of the region killed on any front, not losses in the Kursk fighting")],
    [S("In Rylsk, the military section of the town cemetery has grown by about 140 graves since last summer, by our comparison of photographs, and the town has set aside land for 600 more.",
       trap="graves counted from photographs (of men who may have died anywhere) and burial plots set aside, not a loss claim"),
     S("Kursk officials put the number of civilians killed in the region at more than 300.",
       trap="civilians, outside this set's military loss rows")],
    [S("The Defence Ministry has not published a Kursk toll."),
     S("Its only figure, given at a briefing in April, was that “fewer than 2,000” Russian servicemen had died in what it called the liberation of the region.", [
        R("ru-mod", "Russia's Defence Ministry", "russian", "killed", "fewer_than", "fewer than 2,000", "cumulative",
          relays=OS, high=2000, notes="own side acknowledging its losses"),
     ]),
     S("We have found no North Korean names: Pyongyang's troops do not appear in Russian obituaries, and the two North Korean soldiers captured by Ukraine in January are not counted anywhere by Moscow.", [
        R(*AU, "north_korean", "captured", "exact", "two", "period", low=2, best=2, high=2,
          notes="the outlet's own statement; captured in January"),
     ]),
     S("That makes the 5,214 a floor, not an estimate.", trap="restates the count of the first sentence")],
]

# ---------------------------------------------------------------- ao05
# A Daily NK-style report citing sources inside North Korea.
NS = "North Signal"
NH = ("kp-source-north-hamgyong", "a source in North Hamgyong Province")
NIS = ("kr-nis", "South Korea's National Intelligence Service")
PARK = "Rep. Park Sun-ho > North Signal"
ao05 = [
    [S("Ashes, medals and quotas: a North Korean province counts its dead")],
    [S("SEOUL - Authorities in North Hamgyong Province have told at least 170 families since March that a son or husband died “carrying out an overseas mission”, 23 of them in the city of Kimchaek, a source in the province told North Signal on Wednesday.", [
        R(*NH, "north_korean", "killed", "at_least", "at least 170", "cumulative", relays=NS, low=170,
          notes="one death per notified family, as the sentence says"),
        R(*NH, "north_korean", "killed", "exact", "23", "cumulative", relays=NS, low=23, best=23, high=23,
          notes="Kimchaek subset of the 170"),
     ]),
     S("The source, who asked not to be named for safety reasons, said the ashes of about 40 soldiers had come back in two batches in May, and that party officials held a joint funeral in Chongjin attended by some 500 people.",
       trap="remains repatriated (a subset of the dead already notified) and funeral mourners, not a loss count")],
    [S("A source in Pyongyang said the Korean People's Army hospital in the capital had cleared two floors, about 300 beds, for soldiers wounded in Russia.",
       trap="hospital capacity (beds), not a count of wounded")],
    [S("A former officer with relatives in the army said his nephew's regiment had left for Russia about 1,000 strong.", [
        R("kp-source-former-officer", "a former North Korean officer", "north_korean", "deployed", "approximate",
          "about 1,000", "stock", relays=NS, best=1000, notes="a regiment's strength when it was sent"),
     ]),
     S("Fewer than 400 came home in April, he said, and nobody has told the families what happened to the rest.",
       trap="soldiers who returned; the losses are not stated and must not be inferred (1,000 minus 400)")],
    [S("North Korean state media reported this month that the title of Hero of the DPRK had been awarded to 10 soldiers who “fell in the battle to liberate Kursk”, and that 101 others had received the Order of the National Flag.", [
        R("kp-state-media", "North Korean state media", "north_korean", "killed", "exact", "10", "unspecified",
          relays=NS, low=10, best=10, high=10,
          notes="only the honoured dead; the 101 decorated are not stated to be losses"),
     ])],
    [S("South Korea's National Intelligence Service told a closed parliamentary briefing in April that about 2,000 North Korean soldiers had died out of some 4,700 casualties, according to Rep. Park Sun-ho, who attended.", [
        R(*NIS, "north_korean", "killed", "approximate", "about 2,000", "cumulative", relays=PARK, best=2000,
          notes="lawmaker briefed by the agency is a relay"),
        R(*NIS, "north_korean", "casualties_unspecified", "approximate", "some 4,700", "cumulative", relays=PARK,
          best=4700),
     ]),
     S("The agency said some 15,000 troops had been sent in all and that Pyongyang was preparing to send 3,000 more, drawn partly from Storm Corps recruits who had finished four months of training.", [
        R(*NIS, "north_korean", "deployed", "approximate", "some 15,000", "stock", relays=PARK, best=15000),
        R(*NIS, "north_korean", "deployed", "exact", "3,000 more", "stock", relays=PARK, modality="projected",
          low=3000, best=3000, high=3000, notes="troops about to be sent: a projected deployment"),
     ])],
    [S("The source in North Hamgyong said recruiting officers had raised the province's Storm Corps quota for this year by about 1,500 young men.",
       trap="a recruiting quota, not troops deployed or lost"),
     S("In a survey of 112 defectors by a Seoul university last year, 71 per cent said families of soldiers sent abroad opposed the deployment.",
       trap="a survey of defectors")],
    [S("“Every family knows someone,” the source said."),
     S("“People say a thousand from our province alone have not come back yet, and nobody knows how many of them are still fighting.”",
       trap="hearsay about men not yet returned, which includes those still serving; not a loss count")],
    [S("North Signal could not verify the sources' accounts.")],
]

# ---------------------------------------------------------------- ao06
# A Pentagon press-briefing transcript.
DOD = ("us-dod", "Pentagon (Deputy Press Secretary Dana Whitlock)")
ao06 = [
    [S("DEPARTMENT OF DEFENSE PRESS BRIEFING BY DEPUTY PRESS SECRETARY DANA WHITLOCK")],
    [S("MS. WHITLOCK: Good afternoon, everyone."),
     S("Let me start with an update on the DPRK troops in Kursk."),
     S("Our current assessment is that North Korea has suffered about 3,000 casualties, killed and wounded, since its soldiers went into combat in December.", [
        R(*DOD, "north_korean", "killed_or_wounded", "approximate", "about 3,000", "cumulative", best=3000,
          notes="a press secretary takes the Department's id; 'casualties, killed and wounded' defines the word"),
     ]),
     S("Of those, we believe roughly 300 have been killed.", [
        R(*DOD, "north_korean", "killed", "approximate", "roughly 300", "cumulative", best=300),
     ]),
     S("That's out of a force of roughly 11,000 to 12,000 that we assess is in the Kursk region, so more than a quarter of it.", [
        R(*DOD, "north_korean", "deployed", "range", "roughly 11,000 to 12,000", "stock", low=11000, high=12000,
          notes="a hedged range is kept as a range"),
        R(*DOD, "north_korean", "killed_or_wounded", "more_than", "more than a quarter", "cumulative",
          counted_in="percent_of_force", low=25, notes="share of the deployed force"),
     ]),
     S("In a single week in early January, they took several hundred killed or wounded, largely in frontal infantry assaults across open fields.", [
        R(*DOD, "north_korean", "killed_or_wounded", "vague", "several hundred", "period", low=300, high=900,
          notes="a week in early January"),
     ])],
    [S("Q: Lena Ortiz, Harbor Post."),
     S("Russia's ambassador said yesterday that not one North Korean soldier is in Russia.",
       trap="a denial of presence quoted by a reporter, not a count"),
     S("Is he wrong?")],
    [S("MS. WHITLOCK: The facts speak for themselves."),
     S("Ukrainian forces have captured two DPRK soldiers, and we've seen the footage.", [
        R(*DOD, "north_korean", "captured", "exact", "two", "cumulative", low=2, best=2, high=2),
     ]),
     S("Ukraine's own figures are higher - we've seen their estimate of about 3,800 - but ours is about 3,000.", [
        R("ua-officials", "Ukraine (its own figures, body not named)", "north_korean", "killed_or_wounded",
          "approximate", "about 3,800", "cumulative", relays="Pentagon (Dana Whitlock)", best=3800,
          notes="measure from the casualty figure it is set against; 'ours is about 3,000' restates the Pentagon's figure"),
     ])],
    [S("Q: If they keep losing a thousand a month, the whole force is gone within a year, right?",
       trap="a reporter's hypothetical arithmetic, not a claim")],
    [S("MS. WHITLOCK: I won't do hypotheticals."),
     S("What I can tell you is that at the current pace, our analysts project they could take another 1,500 casualties by the end of February.", [
        R(*DOD, "north_korean", "casualties_unspecified", "exact", "another 1,500", "period", modality="projected",
          low=1500, best=1500, high=1500, notes="forecast to the end of February"),
     ])],
    [S("Q: On Russia: Kyiv says Russia has lost more than 800,000 troops overall.",
       trap="a whole-war total put by a reporter, not the Kursk fighting")],
    [S("MS. WHITLOCK: Across the entire front, our estimate is more than 1,000 Russian casualties a day, most of them in Donetsk."
       , trap="a rate for the whole front, mostly Donetsk, not the Kursk fighting"),
     S("In Kursk specifically, I don't have a number for you.")],
    [S("Q: Does any of this change posture for the 28,000 US troops in South Korea?",
       trap="US troops stationed in South Korea, not troops in this war")],
    [S("MS. WHITLOCK: No change on the peninsula."),
     S("I'd add that the DPRK has shipped Russia more than 9 million artillery rounds since 2023, by our count.",
       trap="munitions, not people")],
    [S("Q: Is this the biggest North Korean fight abroad since the Korean War ended in 1953?",
       trap="a year of another war, no figure of people")],
    [S("MS. WHITLOCK: It's the first time since then that KPA ground units have fought abroad in these numbers, yes.")],
]

# ---------------------------------------------------------------- ao07
# A fact-check of a viral claim.
CP = "CheckPoint Desk"
ao07_s1 = S("Claim: A video shared more than 2 million times on TikTok says “40,000 North Korean soldiers have died in Kursk, and Pyongyang is hiding it.”", [
    R("viral-video-author", "the maker of a viral TikTok video", "north_korean", "killed", "exact", "40,000",
      "cumulative", relays=CP, low=40000, best=40000, high=40000,
      notes="cited only to be disputed: still the video's claim; '2 million times' counts views"),
])
ao07 = [
    [S("Fact check: No, 40,000 North Korean soldiers have not died in Kursk", trap=restates(ao07_s1))],
    [ao07_s1],
    [S("Verdict: False."),
     S("No government or monitoring group has given a figure anywhere near that high, and North Korea sent between 11,000 and 15,000 troops in total, by the various official estimates.", [
        R("author", "CheckPoint Desk (the fact-check's own voice)", "north_korean", "deployed", "range",
          "between 11,000 and 15,000", "stock", low=11000, high=15000,
          notes="the fact-checker's own summary of official estimates"),
     ]),
     S("The video's number appears to come from a Russian-language Telegram channel that in May posted that “40,000 Koreans” had been “lost to the front”, a figure the channel later said referred to North Korean workers and soldiers sent to Russia, not to deaths.",
       trap="by the channel's own account a figure of people sent (workers and soldiers), not of losses")],
    [S("What officials say")],
    [S("South Korea's spy agency, the National Intelligence Service, told lawmakers in late April that nearly 1,100 North Korean soldiers had been killed and about 3,600 wounded.", [
        R("kr-nis", "South Korea's spy agency, the National Intelligence Service", "north_korean", "killed",
          "vague", "nearly 1,100", "cumulative", relays="South Korean lawmakers > " + CP, low=990, high=1099,
          notes="'nearly N' read as 0.9N to N-1"),
        R("kr-nis", "South Korea's spy agency, the National Intelligence Service", "north_korean", "wounded",
          "approximate", "about 3,600", "cumulative", relays="South Korean lawmakers > " + CP, best=3600),
     ]),
     S("Ukraine's military intelligence has given the highest figure from any government, putting North Korean losses at “up to 5,000” killed and wounded by mid-spring.", [
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "killed_or_wounded", "at_most", "up to 5,000",
          "cumulative", relays=CP, high=5000),
     ]),
     S("US officials, speaking to reporters in Washington in March, put the number of dead at “roughly 1,000”.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed", "approximate", "roughly 1,000",
          "cumulative", relays="reporters in Washington > " + CP, best=1000),
     ]),
     S("Even the Ukrainian figure is an eighth of the 40,000 in the video.",
       trap="the fact-checker's comparison of two figures already given")],
    [S("Russia's Defence Ministry has never given a figure for North Korean losses; in April it said only that the “Korean comrades” had fought heroically, while claiming Ukraine had lost more than 76,000 troops in Kursk.", [
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000",
          "cumulative", relays=CP, low=76000, notes="enemy losses claimed by Moscow; no North Korean figure"),
     ])],
    [S("Polling")],
    [S("A June survey by the Seoul-based Korea Peace Poll found that 62 per cent of South Koreans believed more than 10,000 North Korean troops had died, a belief the pollsters linked to viral videos.",
       trap="a poll of beliefs, not a loss claim")],
    [S("Other claims")],
    [S("A widely shared graphic says “3 North Korean battalions wiped out in one day” near Sudzha.", [
        R("viral-graphic", "a widely shared online graphic (maker unknown)", "north_korean", "casualties_unspecified",
          "exact", "3", "incident", relays=CP, counted_in="battalions", low=3, best=3, high=3,
          notes="formations, not people; cited to be disputed"),
     ]),
     S("We found no source for it."),
     S("The Ukrainian unit named in the graphic, the Siver assault battalion, told us it had destroyed “about two companies” of North Korean infantry in that engagement, not three battalions.", [
        R("ua-siver-battalion", "Siver assault battalion (Ukraine)", "north_korean", "casualties_unspecified",
          "approximate", "about two companies", "incident", relays=CP, counted_in="companies", best=2,
          notes="'not three battalions' restates the graphic"),
     ])],
    [S("Bottom line")],
    [S("Estimates of North Korean dead range from a few hundred to a few thousand, depending on who is counting; none comes close to 40,000.",
       trap="a summary of the estimates above, not a new claim")],
]

# ---------------------------------------------------------------- ao08
# A live blog with timestamped entries.
EL = "The Evening Ledger"
GS8 = ("ua-general-staff", "Ukraine's General Staff")
ao08_gs = S("10:50 Ukraine's General Staff said Russian and North Korean forces had lost 620 troops killed or wounded on the Kursk axis on Friday and 480 on Saturday.", [
    R(*GS8, "russian_and_north_korean", "killed_or_wounded", "exact", "620", "period", relays=EL,
      low=620, best=620, high=620, notes="Friday"),
    R(*GS8, "russian_and_north_korean", "killed_or_wounded", "exact", "480", "period", relays=EL,
      low=480, best=480, high=480, notes="Saturday"),
])
ao08 = [
    [S("Kursk live: Moscow claims region “liberated”; Kyiv says 1,100 enemy troops killed or wounded in two days", [
        R("author", "The Evening Ledger (the blog's headline)", "russian_and_north_korean", "killed_or_wounded",
          "exact", "1,100", "period", low=1100, best=1100, high=1100, derived=ao08_gs,
          notes="headline sums 620 + 480 from the 10:50 entry"),
     ])],
    [S("09:05 Russia's Defence Ministry said the Kursk region had been “fully liberated” and that Ukraine had lost more than 70,000 troops and 7,000 pieces of equipment in the eight-month operation.", [
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 70,000",
          "cumulative", relays=EL, low=70000, notes="the 7,000 pieces of equipment are not people"),
     ]),
     S("For the first time, the ministry said soldiers of the Korean People's Army had taken part, without giving their number or their losses.")],
    [S("10:15 “Not one of our positions in Kursk has fallen today,” Lt Col Mykola Dovbenko, a spokesman for Ukraine's General Staff, said, denying that the operation was over.",
       trap="a denial about positions, no figure of people")],
    [ao08_gs],
    [S("11:30 Officials in Kursk said some 112,000 residents evacuated from border districts since August could begin returning to 14 villages next month.",
       trap="civilians evacuated, not losses")],
    [S("12:05 Ukraine and Russia each freed 246 prisoners of war in an exchange brokered by the UAE, Ukraine's coordination headquarters for POWs said, among them 31 soldiers who had fought in the Kursk region.",
       trap="prisoners exchanged and returned, not a count of captured")],
    [S("12:40 The same headquarters said Russia had handed over 909 bodies it said were those of Ukrainian soldiers, most of them from the Donetsk front, and Ukraine had returned 43.",
       trap="repatriated bodies, mostly from another front: a transfer, not a loss claim for Kursk")],
    [S("13:20 Our defence correspondent writes: this has been North Korea's bloodiest fighting since the Korean War, in which between 200,000 and 400,000 North Korean soldiers are estimated to have died.",
       trap="another war (the Korean War), a historical comparison")],
    [S("14:10 Ukraine's military intelligence said on Telegram that North Korean troops had lost “about 5,400” killed and wounded since December, including some 1,200 killed, and that roughly 2,000 fresh troops had arrived in the region in the past month.", [
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "killed_or_wounded", "approximate",
          "about 5,400", "cumulative", relays=EL, best=5400),
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "killed", "approximate", "some 1,200",
          "cumulative", relays=EL, best=1200),
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "deployed", "approximate", "roughly 2,000",
          "stock", relays=EL, best=2000, notes="fresh troops arrived: deployed strength, not a loss"),
     ])],
    [S("14:55 A Russian military blogger who writes as Severny Veter said his battalion had lost a third of its men in the final push on Guevo, at least 40 of them killed.", [
        R("ru-blogger-severny-veter", "Severny Veter (Russian military blogger)", "russian", "casualties_unspecified",
          "exact", "a third", "incident", relays=EL, counted_in="percent_of_force", low=33.33, best=33.33,
          high=33.33, notes="share of his battalion; a bare 'a third' read as 33.33"),
        R("ru-blogger-severny-veter", "Severny Veter (Russian military blogger)", "russian", "killed",
          "at_least", "at least 40", "incident", relays=EL, low=40),
     ])],
    [S("16:05 Correction: an earlier entry said the General Staff reported 640 losses on Friday; the figure was 620.",
       trap="a correction restating the 10:50 figure")],
]

SPECS = {
    "ao01-wire-exclusive": ao01,
    "ao02-general-staff-daily": ao02,
    "ao03-hansard-exchange": ao03,
    "ao04-named-dead-count": ao04,
    "ao05-sources-inside-north-korea": ao05,
    "ao06-pentagon-briefing": ao06,
    "ao07-fact-check": ao07,
    "ao08-live-blog": ao08,
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
