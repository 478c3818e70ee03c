#!/usr/bin/env python3
"""Build dev-set-23: texts/*.txt, gold.csv and traps.csv from the data below.

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


# ---------------------------------------------------------------- x01
# Yonhap-style series of short flash items.
NIS = "South Korea's National Intelligence Service (NIS)"
CHO = "Rep. Cho Tae-hyun"
x01_s1 = S("SEOUL, Jan. 14 (Yonhap) -- About 400 North Korean soldiers have been killed and some 2,800 wounded in Russia's Kursk region since they joined combat in December, a ruling party lawmaker said Tuesday, citing a closed-door briefing by the National Intelligence Service (NIS).", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "About 400", "cumulative", relays=CHO + " > Yonhap", best=400,
      notes="lawmaker relays a closed-door briefing; he is named in the next sentence"),
    R("kr-nis", NIS, "north_korean", "wounded", "approximate", "some 2,800", "cumulative", relays=CHO + " > Yonhap", best=2800,
      notes="lawmaker relays a closed-door briefing"),
])
x01 = [
    [S("N. Korean casualties in Kursk top 3,000 as Pyongyang readies more troops", [
        R("author", "Yonhap (the text's own voice)", "north_korean", "casualties_unspecified", "more_than", "top 3,000", "cumulative",
          low=3000, derived=x01_s1,
          notes="headline figure made by the outlet: 400 killed + 2,800 wounded; 'casualties' undefined in the headline"),
    ])],
    [x01_s1,
     S("Rep. Cho Tae-hyun of the People Power Party told reporters after the session that the spy agency had also confirmed the capture of two North Korean soldiers by Ukrainian forces.", [
         R("kr-nis", NIS, "north_korean", "captured", "exact", "two", "cumulative", relays=CHO + " > Yonhap", low=2, best=2, high=2,
           notes="'the spy agency' = NIS"),
     ]),
     S("The NIS believes some 11,000 North Korean troops remain deployed in the region, Cho said.", [
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "some 11,000", "stock", relays=CHO + " > Yonhap", best=11000),
     ]),
     S("The agency also told lawmakers that Pyongyang appeared to be preparing to send additional troops, possibly in the thousands, by the end of March.", [
         R("kr-nis", NIS, "north_korean", "deployed", "vague", "in the thousands", "stock", relays=CHO + " > Yonhap",
           modality="projected", low=2000, high=9999, notes="forecast of additional troops by end of March"),
     ]),
     S("It attributed the high casualty count to the troops' unfamiliarity with drone warfare and open terrain."),
     ],
    [S("SEOUL, Feb. 27 (Yonhap) -- North Korea has sent about 3,000 more soldiers to Russia since early January, South Korea's Joint Chiefs of Staff (JCS) said Thursday, adding that its troops in Kursk were taking casualties at a rate of roughly 40 a day.", [
        R("kr-jcs", "South Korea's Joint Chiefs of Staff (JCS)", "north_korean", "deployed", "approximate", "about 3,000 more", "stock",
          relays="Yonhap", best=3000, notes="additional troops sent since early January (already sent, so reported)"),
        R("kr-jcs", "South Korea's Joint Chiefs of Staff (JCS)", "north_korean", "casualties_unspecified", "approximate", "roughly 40 a day", "unspecified",
          relays="Yonhap", counted_in="people_per_day", best=40, notes="rate with no stated period"),
    ]),
     S("The JCS did not say how many of them had been killed."),
     S("The military also said the North had shipped some 240 multiple rocket launchers and 170 self-propelled howitzers to Russia since last year.",
       trap="equipment counts, not losses"),
     ],
    [S("SEOUL, April 30 (Yonhap) -- About 4,700 North Korean soldiers have been killed or wounded in the Kursk campaign, including roughly 600 dead, the NIS said Wednesday, according to lawmakers on the parliamentary intelligence committee.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "About 4,700", "cumulative",
          relays="lawmakers on the parliamentary intelligence committee > Yonhap", best=4700),
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "roughly 600", "cumulative",
          relays="lawmakers on the parliamentary intelligence committee > Yonhap", best=600, notes="subset of the 4,700"),
    ]),
     S("North Korea's state-run Korean Central News Agency (KCNA) on Monday acknowledged for the first time that its soldiers had fought in Kursk, saying they had inflicted heavy losses on the enemy.", [
         R("kp-kcna", "North Korea's Korean Central News Agency (KCNA)", "ukrainian", "casualties_unspecified", "none", "heavy losses", "unspecified",
           relays="Yonhap", notes="loss without a number; 'the enemy' = Ukrainian forces"),
     ]),
     S("The agency did not disclose any figures for its own side."),
     ],
    [S("SEOUL, Sept. 22 (Yonhap) -- About 5,000 North Korean troops have been dispatched to Russia since June to help with reconstruction and mine clearance in Kursk, a military official said Monday.", [
        R("kr-officials", "a South Korean military official (unnamed)", "north_korean", "deployed", "approximate", "About 5,000", "stock",
          relays="Yonhap", best=5000, notes="non-combat deployment (engineers, deminers)"),
    ]),
     S("The official, who requested anonymity, said 18 of them had been killed in mine blasts over the past month.", [
         R("kr-officials", "a South Korean military official (unnamed)", "north_korean", "killed", "exact", "18", "period",
           relays="Yonhap", low=18, best=18, high=18),
     ]),
     S("Seoul's foreign ministry said it had summoned the Russian ambassador for the third time this year.",
       trap="ordinal count of diplomatic summonses, not a loss"),
     ],
]

# ---------------------------------------------------------------- x02
# Washington Post-style analysis: satellite imagery and cemetery counts.
WP = "The Washington Post"
x02 = [
    [S("Fresh graves near Kursk hint at a toll Moscow will not name")],
    [S("A military cemetery on the edge of Lgov, some 70 kilometers west of the city of Kursk, has grown by roughly 1,100 graves since August, according to a Washington Post analysis of commercial satellite imagery.", [
        R("author", "The Washington Post (the text's own voice)", "russian", "killed", "approximate", "roughly 1,100 graves", "period",
          best=1100, notes="graves counted as a proxy for killed; window since August (not the whole campaign)"),
    ]),
     S("The imagery, captured by Maxar Technologies on Aug. 4 and Dec. 9, shows rows of new plots spreading across about 4 hectares of former farmland.",
       trap="dates and an area, not losses"),
     ],
    [S("Across the six cemeteries in the region that The Post examined, the number of fresh military graves rose by about 2,600 between September and December.", [
        R("author", "The Washington Post (the text's own voice)", "russian", "killed", "approximate", "about 2,600", "period",
          best=2600, notes="graves as a proxy for killed; six cemeteries, September-December"),
    ]),
     S("The Post reviewed 31 images of the sites and counted graves by hand, a method that cannot tell soldiers from civilians and misses anyone buried elsewhere.",
       trap="number of images reviewed (method), not a loss"),
     S("Staff at the Lgov cemetery, reached by phone, said as many as 30 servicemen were being buried there each week during the heaviest fighting in October.", [
         R("ru-cemetery-staff", "staff at the Lgov military cemetery (unnamed)", "russian", "killed", "at_most", "as many as 30", "period",
           relays=WP, counted_in="people_per_week", high=30, notes="burial rate tied to October"),
     ]),
     ],
    [S("Mediazona, an independent Russian outlet that tracks obituaries and social media posts, has identified by name at least 2,350 servicemen killed in the Kursk region since Ukraine's incursion began in August 2024.", [
        R("ru-mediazona", "Mediazona", "russian", "killed", "at_least", "at least 2,350", "cumulative",
          relays=WP, low=2350, notes="running total since the incursion began"),
    ]),
     S("The outlet says its tally probably captures no more than half of actual deaths.",
       trap="share describing a tally's completeness, not a loss figure"),
     S("Russia's Defense Ministry has not updated its official death toll for the war in more than three years.",
       trap="duration in years, not a loss"),
     ],
    [S("Two Western officials and a Ukrainian official, speaking on the condition of anonymity to discuss intelligence, said Russian and North Korean forces together lost about 1,000 troops killed and wounded in a single assault near Sverdlikovo in February.", [
        R("western-officials", "two Western officials (unnamed)", "russian_and_north_korean", "killed_or_wounded", "approximate", "about 1,000", "incident",
          relays=WP, best=1000, notes="one quote, two claimant groups"),
        R("ua-officials", "a Ukrainian official (unnamed)", "russian_and_north_korean", "killed_or_wounded", "approximate", "about 1,000", "incident",
          relays=WP, best=1000, notes="one quote, two claimant groups"),
    ]),
     S('A U.S. official put Russian losses in the Kursk fighting at "several thousand" dead over the course of the campaign.', [
         R("us-officials", "a U.S. official (unnamed)", "russian", "killed", "vague", "several thousand", "cumulative",
           relays=WP, low=3000, high=9999, notes="'several thousand' read like 'several hundred' (3,000-9,999)"),
     ]),
     S('The Pentagon, asked about the imagery, said only that Russia had suffered "enormous" losses in Kursk.', [
         R("us-dod", "the Pentagon (US Department of Defense)", "russian", "casualties_unspecified", "none", '"enormous" losses', "unspecified",
           relays=WP, notes="loss without a number"),
     ]),
     S("The regional governor's office says 68 civilians have been killed in the region since August 2024.",
       trap="civilian deaths, not military losses"),
     ],
]

# ---------------------------------------------------------------- x03
# Economist-style leader with few attributions.
AUTH3 = "The leader's own voice (outlet not named)"
x03 = [
    [S("Pyongyang's expendables")],
    [S("North Korea has sent its soldiers to die for Russia, and they have died in large numbers.", [
        R("author", AUTH3, "north_korean", "killed", "none", "in large numbers", "cumulative", notes="loss without a number"),
    ]),
     S("Perhaps a third of the 12,000 or so troops that the regime dispatched to the Kursk region late last year have been killed or wounded.", [
         R("author", AUTH3, "north_korean", "deployed", "approximate", "12,000 or so", "stock", best=12000),
         R("author", AUTH3, "north_korean", "killed_or_wounded", "approximate", "Perhaps a third", "cumulative",
           counted_in="percent_of_force", best=33.33, notes="share of the 12,000 deployed"),
     ]),
     S("At the height of the fighting in January, Western estimates suggest, they were losing more than 100 men a day.", [
         R("western-officials", "Western estimates (unattributed)", "north_korean", "casualties_unspecified", "more_than", "more than 100 men a day", "period",
           counted_in="people_per_day", low=100, notes="rate tied to January; 'losing men' undefined"),
     ]),
     S("By spring, on the same estimates, the toll had slowed to perhaps 500 a month.", [
         R("western-officials", "Western estimates (unattributed)", "north_korean", "casualties_unspecified", "approximate", "perhaps 500 a month", "period",
           counted_in="people_per_month", best=500, notes="rate tied to the spring"),
     ]),
     ],
    [S("In return the regime has earned hard currency, oil and, by one guess, technical help worth several billion dollars.",
       trap="money, not losses"),
     S("Ukraine has paid a price, too."),
     S("Its gamble in Kursk, launched in August 2024, cost it thousands of men before its last units were pushed out in March.", [
         R("author", AUTH3, "ukrainian", "casualties_unspecified", "vague", "thousands of men", "cumulative",
           low=2000, high=9999, notes="'cost it men' undefined"),
     ]),
     S("Russia claims the figure was more than 68,000, which is surely inflated.", [
         R("ru-government", "Russia (the Russian government)", "ukrainian", "casualties_unspecified", "more_than", "more than 68,000", "cumulative",
           low=68000, notes="'the figure' = Ukraine's Kursk losses from the previous sentence; the leader disputes it"),
     ]),
     ],
    [S("The North has reportedly promised a further 6,000 troops.", [
        R("author", AUTH3, "north_korean", "deployed", "exact", "a further 6,000", "stock", modality="projected",
          low=6000, best=6000, high=6000, notes="'reportedly', source not named; forecast of additional troops"),
    ]),
     S("If they are used as the first lot were, another 2,000 may be lost by the end of the year.", [
         R("author", AUTH3, "north_korean", "casualties_unspecified", "exact", "another 2,000", "period", modality="conditional",
           low=2000, best=2000, high=2000, notes="if-clause forecast of additional losses by year end"),
     ]),
     S("More than 70 years after the armistice, South Korea's generals now face an enemy with something they lack: recent experience of drone war.",
       trap="years since the armistice, not a loss"),
     S("That should worry Seoul, and Washington, more than any body count."),
     S("The soldiers who survive will go home as instructors, and their lessons will spread through an army that has not fought a war in a lifetime."),
     ],
]

# ---------------------------------------------------------------- x04
# A Ukrainian brigade's Telegram post retold by a Ukrainian outlet.
B214 = "214th Separate Assault Brigade (Ukraine)"
UP = "Ukrainska Pravda"
x04_s1 = S("The 214th Separate Assault Brigade said on Wednesday that its fighters had killed 160 Russian soldiers and wounded about 90 more in a single assault on its positions near Tetkino, on the Russian side of the border in the Kursk region.", [
    R("ua-214th-brigade", B214, "russian", "killed", "exact", "160", "incident", relays=UP, low=160, best=160, high=160,
      notes="Telegram post; the outlet names itself later"),
    R("ua-214th-brigade", B214, "russian", "wounded", "approximate", "about 90 more", "incident", relays=UP, best=90),
])
x04 = [
    [S("Brigade says 160 Russian troops killed in a single assault near Tetkino", trap=restates(x04_s1))],
    [x04_s1,
     S('"They came in waves, on motorcycles and on foot, and kept coming until midday," the brigade wrote on its Telegram channel, posting drone footage of the fighting.'),
     S("In the first hour alone, the brigade said, up to a company of Russian infantry was destroyed on the approaches to the village.", [
         R("ua-214th-brigade", B214, "russian", "casualties_unspecified", "at_most", "up to a company", "incident", relays=UP,
           counted_in="companies", high=1, notes="'destroyed' undefined"),
     ]),
     S("It also reported taking seven prisoners, among them two North Korean soldiers attached to a Russian marine unit.", [
         R("ua-214th-brigade", B214, "russian_and_north_korean", "captured", "exact", "seven prisoners", "incident", relays=UP,
           low=7, best=7, high=7, notes="total includes the two North Koreans"),
         R("ua-214th-brigade", B214, "north_korean", "captured", "exact", "two", "incident", relays=UP,
           low=2, best=2, high=2, notes="subset of the seven"),
     ]),
     ],
    [S('Press officer Capt. Oleh Marchuk told Ukrainska Pravda that the brigade\'s own losses were "significantly lower," with three soldiers killed or missing, but he declined to say how many had been wounded.', [
        R("ua-214th-brigade", "Capt. Oleh Marchuk, press officer of the 214th Separate Assault Brigade", "ukrainian", "killed_or_missing", "exact", "three", "incident",
          relays=UP, low=3, best=3, high=3, notes="interview with the outlet"),
    ]),
     S("Marchuk said Wednesday's attack was the 11th attempt this month to break through the brigade's line, and the heaviest.",
       trap="count of attacks, not a loss"),
     S("The footage, posted at 6:40 a.m., showed at least 14 burnt-out armoured vehicles and a downed helicopter.",
       trap="time of day and destroyed equipment, not people"),
     ],
    [S("Ukraine's General Staff, in its morning update, put Russian losses along the entire front over the past day at 1,120 personnel.", [
        R("ua-general-staff", "the General Staff of Ukraine's Armed Forces", "russian", "casualties_unspecified", "exact", "1,120 personnel", "period",
          relays=UP, low=1120, best=1120, high=1120, notes="area=whole_war; daily total, not only Kursk"),
    ]),
     S("Russia's Defence Ministry, for its part, claimed that its North group of forces had inflicted losses of up to 230 servicemen on Ukrainian units in the Kursk border area over the same period.", [
         R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 230 servicemen", "period",
           relays=UP, high=230, notes="'the same period' = the past day"),
     ]),
     S("Neither claim could be independently verified."),
     S("Since Ukrainian forces were pushed out of most of the Kursk region in March, the brigade has held a strip of land about 2 kilometres deep along the border.",
       trap="distance; 'most of the region' is territory, not a loss"),
     ],
]

# ---------------------------------------------------------------- x05
# A Russian milblogger's post retold by a Western outlet (outlet not named).
SV = "Severny Veter, a Russian military blogger"
x05 = [
    [S("Russian blogger's deleted post lays bare the cost of clearing Kursk")],
    [S("A prominent Russian military blogger has accused commanders of squandering men in the Kursk region, claiming that one assault regiment lost nearly half its strength in three weeks of fighting around Sudzha.", [
        R("ru-blogger-severny-veter", SV, "russian", "casualties_unspecified", "approximate", "nearly half", "period",
          counted_in="percent_of_force", best=50, notes="share of one regiment over three weeks; blogger named in the next sentence"),
    ]),
     S("Writing on Telegram to some 400,000 subscribers, the blogger, who posts as Severny Veter and is believed to be a former officer, said the regiment had gone into battle with about 2,000 men.", [
         R("ru-blogger-severny-veter", SV, "russian", "deployed", "approximate", "about 2,000 men", "stock", best=2000,
           notes="regiment strength; 400,000 subscribers is not a loss"),
     ]),
     S('"Of those, 300 are dead and nobody can tell me where another 150 are," he wrote in the post, which was deleted within hours.', [
         R("ru-blogger-severny-veter", SV, "russian", "killed", "exact", "300", "period", low=300, best=300, high=300,
           notes="the three weeks stated in the first sentence"),
         R("ru-blogger-severny-veter", SV, "russian", "missing", "exact", "another 150", "period", low=150, best=150, high=150,
           notes="'nobody can tell me where' = missing"),
     ]),
     S('Severny Veter wrote that up to a battalion of marines had been "ground down" near Guevo in a single week.', [
         R("ru-blogger-severny-veter", SV, "russian", "casualties_unspecified", "at_most", "up to a battalion", "period",
           counted_in="battalions", high=1, notes="'ground down' undefined"),
     ]),
     ],
    [S("He blamed the losses on so-called meat assaults, ordered, he said, to meet deadlines set in Moscow."),
     S('The post drew 1.2 million views before it vanished, and in a second post two days later he said his channel had been "asked" to stop publishing figures.',
       trap="view count and days, not losses"),
     S("Another blogger, who writes as Kursky Front, said units in the sector were losing 50 to 60 men a day to drones alone.", [
         R("ru-blogger-kursky-front", "Kursky Front, a Russian military blogger", "russian", "casualties_unspecified", "range", "50 to 60 men a day", "unspecified",
           counted_in="people_per_day", low=50, high=60, notes="rate with no stated period"),
     ]),
     ],
    [S("Reuters, citing two sources close to the Russian Defence Ministry, reported in March that Russian losses in the Kursk operation had passed 20,000 killed and wounded.", [
        R("ru-mod-sources", "two unnamed sources close to the Russian Defence Ministry", "russian", "killed_or_wounded", "more_than", "passed 20,000", "cumulative",
          relays="Reuters", low=20000, notes="outlet citing another outlet"),
    ]),
     S("Ukrainian military intelligence, in a statement quoted by the Kyiv Independent, put Russia's losses in the region at roughly 38,000 killed, wounded or missing since August 2024.", [
         R("ua-gur", "Ukrainian military intelligence (GUR)", "russian", "killed_wounded_or_missing", "approximate", "roughly 38,000", "cumulative",
           relays="The Kyiv Independent", best=38000),
     ]),
     S("TASS, the state news agency, quoted the ministry on Sunday as saying Ukrainian forces had lost about 410 servicemen in the Kursk area over the past week.", [
         R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "approximate", "about 410 servicemen", "period",
           relays="TASS", best=410, notes="'the ministry' = Russian Defence Ministry"),
     ]),
     S("The fighting in the region has killed thousands on both sides since Ukraine's surprise incursion in August 2024.", [
         R("author", "The article's own voice (outlet not named)", "both_sides", "killed", "vague", "thousands", "cumulative",
           low=2000, high=9999),
     ]),
     S("The Kremlin did not respond to a request for comment."),
     ],
]

# ---------------------------------------------------------------- x06
# Kyodo-style story quoting Japanese defence officials.
JMOD = "a senior official of Japan's Defense Ministry"
MORI = "Kenji Moriyama, Japan's Defense Minister"
TRI = "a participant in the trilateral talks > Kyodo"
x06 = [
    [S("Japan warns N. Korean troops in Russia gaining combat experience")],
    [S("TOKYO, June 10 (Kyodo) -- North Korean troops fighting alongside Russian forces in the Kursk region have suffered at least 4,000 casualties, a senior Japanese Defense Ministry official said Tuesday, warning that the combat experience could sharpen Pyongyang's military capabilities.", [
        R("jp-mod", JMOD, "north_korean", "casualties_unspecified", "at_least", "at least 4,000", "cumulative",
          relays="Kyodo", low=4000),
    ]),
     S("The official, who spoke on condition of anonymity, said the ministry's estimate drew on information shared by the United States and South Korea."),
     S("The official said North Korean losses had fallen to about 20 a week since April as the troops shifted to engineering and mine-clearing roles.", [
         R("jp-mod", JMOD, "north_korean", "casualties_unspecified", "approximate", "about 20 a week", "period",
           relays="Kyodo", counted_in="people_per_week", best=20, notes="rate tied to 'since April'"),
     ]),
     ],
    [S("Defense Minister Kenji Moriyama told a press conference later in the day that Japan had seen no sign of North Korea withdrawing its roughly 14,000 troops from Russia.", [
        R("jp-defense-minister", MORI, "north_korean", "deployed", "approximate", "roughly 14,000", "stock",
          relays="Kyodo", best=14000),
    ]),
     S("About 1,500 of them have been killed, Moriyama said.", [
         R("jp-defense-minister", MORI, "north_korean", "killed", "approximate", "About 1,500", "cumulative",
           relays="Kyodo", best=1500, notes="claimant named after the verb, by surname"),
     ]),
     S("The minister also said the ministry would closely watch whether Pyongyang receives Russian help with submarine and missile technology in return."),
     ],
    [S("Japanese, U.S. and South Korean officials who met in Honolulu last month broadly agreed that around 2,000 North Korean soldiers had died in Kursk, according to a participant in the trilateral talks.", [
        R("jp-officials", "Japanese officials (unnamed)", "north_korean", "killed", "approximate", "around 2,000", "cumulative",
          relays=TRI, best=2000, notes="one quote, three claimant groups"),
        R("us-officials", "U.S. officials (unnamed)", "north_korean", "killed", "approximate", "around 2,000", "cumulative",
          relays=TRI, best=2000, notes="one quote, three claimant groups"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed", "approximate", "around 2,000", "cumulative",
          relays=TRI, best=2000, notes="one quote, three claimant groups"),
    ]),
     S("The ministry projected that total North Korean casualties could reach 5,000 by the end of the year if Pyongyang follows through on a plan to send 6,000 military engineers to Kursk.", [
         R("jp-mod", "Japan's Defense Ministry", "north_korean", "casualties_unspecified", "exact", "5,000", "cumulative",
           relays="Kyodo", modality="conditional", low=5000, best=5000, high=5000, notes="projected total under an if-clause"),
         R("jp-mod", "Japan's Defense Ministry", "north_korean", "deployed", "exact", "6,000 military engineers", "stock",
           relays="Kyodo", modality="projected", low=6000, best=6000, high=6000, notes="planned additional troops"),
     ]),
     ],
    [S("North Korea began sending troops to Russia in October 2024, according to South Korean intelligence.",
       trap="date of the deployment's start, no figure"),
     S("Japan has imposed sanctions on 11 North Korean entities and nine individuals over the deployment since January.",
       trap="sanctions counts, not losses"),
     ],
]

# ---------------------------------------------------------------- x07
# CSIS-style report quoted by page and table (outlet not named).
CES = "Center for Eurasian Strategy (CES), a Washington think tank"
x07_s2 = S("The 38-page report estimates, on page 14, that about 3,600 of the roughly 14,500 North Korean troops deployed to Russia since October 2024 had been killed or wounded by the end of August 2025.", [
    R("ces", CES, "north_korean", "deployed", "approximate", "roughly 14,500", "stock", best=14500,
      notes="page 14; 38-page is not a figure"),
    R("ces", CES, "north_korean", "killed_or_wounded", "approximate", "about 3,600", "cumulative", best=3600,
      notes="page 14; total to end of August 2025"),
])
x07 = [
    [S("One in four North Korean soldiers sent to Kursk was killed or wounded", [
        R("author", "The article's own voice (outlet not named)", "north_korean", "killed_or_wounded", "exact", "One in four", "cumulative",
          counted_in="percent_of_force", low=25, best=25, high=25, derived=x07_s2,
          notes="headline share made by the outlet: 3,600 / 14,500 = 24.8%"),
    ])],
    [S("North Korea's intervention in Russia's Kursk region came at a steep price, according to a report published Thursday by the Center for Eurasian Strategy (CES), a Washington think tank."),
     x07_s2,
     S("Of those, Table 3 on page 15 lists 1,100 killed and 2,500 wounded, figures the authors describe as moderate-confidence estimates.", [
         R("ces", CES, "north_korean", "killed", "exact", "1,100", "cumulative", low=1100, best=1100, high=1100, notes="Table 3, page 15"),
         R("ces", CES, "north_korean", "wounded", "exact", "2,500", "cumulative", low=2500, best=2500, high=2500, notes="Table 3, page 15"),
     ]),
     S("The figures exclude an estimated 40 to 60 North Korean soldiers who, the authors say, may have taken their own lives to avoid capture.", [
         R("ces", CES, "north_korean", "killed", "range", "40 to 60", "cumulative", low=40, high=60,
           notes="suicides to avoid capture, counted as killed"),
     ]),
     ],
    [S("The same table puts Russian losses in the Kursk operation at between 42,000 and 55,000 killed and wounded.", [
        R("ces", CES, "russian", "killed_or_wounded", "range", "between 42,000 and 55,000", "cumulative", low=42000, high=55000,
          notes="Table 3"),
    ]),
     S('Ukrainian losses in the region, the report says on page 17, were "likely in the range of 15,000 to 20,000," counting killed, wounded, missing and captured.', [
         R("ces", CES, "ukrainian", "killed_wounded_missing_or_captured", "range", "15,000 to 20,000", "cumulative", low=15000, high=20000,
           notes="page 17; the text defines the combined measure"),
     ]),
     S("On current trends, the report projects on page 22, North Korean casualties would exceed 5,000 by the end of 2025.", [
         R("ces", CES, "north_korean", "casualties_unspecified", "more_than", "exceed 5,000", "cumulative", modality="projected",
           low=5000, notes="page 22; projected total; 'on current trends' is not an if-clause"),
     ]),
     ],
    [S('The report\'s lead author, Rachel Oyelaran, a former Defense Intelligence Agency analyst, said in an interview that North Korean units had been losing "up to 150 men a day" during the January counteroffensive.', [
        R("ces-oyelaran", "Rachel Oyelaran, lead author of the CES report", "north_korean", "casualties_unspecified", "at_most", "up to 150 men a day", "period",
          counted_in="people_per_day", high=150, notes="interview; rate tied to January"),
    ]),
     S("Oyelaran, 41, spent 12 years at the agency before joining CES in 2022.",
       trap="age, years of service and a year, not losses"),
     S("The report draws on 212 geolocated videos, South Korean parliamentary testimony and commercial satellite imagery, and Appendix B, on page 31, lists 27 villages where North Korean units were identified.",
       trap="sources, a page number and villages, not losses"),
     S("CES said it had received no government funding for the study."),
     ],
]

# ---------------------------------------------------------------- x08
# Podcast transcript: host interviews a former intelligence officer.
PARK = "Park Min-jae, former South Korean military intelligence officer"
KL = "The Kursk Ledger"
PKL = "Park Min-jae > The Kursk Ledger"
x08 = [
    [S("Transcript: The Kursk Ledger, episode 47 - What Pyongyang learned in Kursk",
       trap="episode number, not a loss")],
    [S("DANA WHITCOMBE: Welcome back to The Kursk Ledger."),
     S("My guest today is Park Min-jae, who spent 26 years in South Korean military intelligence before retiring in 2023.",
       trap="years of service and a year, not losses"),
     ],
    [S("DANA WHITCOMBE: Let's start with the question everyone asks."),
     S("How many North Koreans have died in Kursk?"),
     ],
    [S("PARK MIN-JAE: My former colleagues, the people I still talk to, think it's somewhere around 2,000 dead, maybe a bit more.", [
        R("kr-officials", "Park's former colleagues in South Korean military intelligence (unnamed)", "north_korean", "killed", "approximate", "somewhere around 2,000", "cumulative",
          relays=PKL, best=2000, notes="guest relays serving officials"),
    ]),
     S("My own view is that it's higher, because the wounded who die later in Russian hospitals don't get counted."),
     ],
    [S("DANA WHITCOMBE: The NIS said in the spring that about 600 had been killed.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 600", "cumulative",
          relays=KL, best=600, notes="host relays the NIS; host treated as the show's own voice, not a relay"),
    ]),
     S("Is that wrong?"),
     ],
    [S("PARK MIN-JAE: It's not wrong, it's incomplete."),
     S("The NIS counts what it can confirm, and at that point it was also tracking roughly 2,400 wounded.", [
         R("kr-nis", NIS, "north_korean", "wounded", "approximate", "roughly 2,400", "cumulative",
           relays=PKL, best=2400),
     ]),
     S("If the fighting had gone on at January's pace, we'd have been looking at 10,000 casualties by the summer.", [
         R("kr-park-minjae", PARK, "north_korean", "casualties_unspecified", "exact", "10,000 casualties", "cumulative",
           relays=KL, modality="conditional", low=10000, best=10000, high=10000, notes="counterfactual if-clause; projected total"),
     ]),
     ],
    [S("DANA WHITCOMBE: What about the fighting itself?")],
    [S("PARK MIN-JAE: In one engagement near Plekhovo, a group of about 40 North Koreans was surrounded and every one of them was killed or captured.", [
        R("kr-park-minjae", PARK, "north_korean", "killed_or_captured", "approximate", "about 40", "incident",
          relays=KL, best=40),
    ]),
     S("They also lost dozens of men to their own minefields in the first weeks, which tells you how rushed the training was.", [
         R("kr-park-minjae", PARK, "north_korean", "casualties_unspecified", "vague", "dozens of men", "period",
           relays=KL, low=24, high=99, notes="'lost men' undefined; first weeks"),
     ]),
     S("The Russians next to them lost hundreds in that same sector in a single week.", [
         R("kr-park-minjae", PARK, "russian", "casualties_unspecified", "vague", "hundreds", "period",
           relays=KL, low=200, high=999),
     ]),
     ],
    [S("DANA WHITCOMBE: And the Ukrainian side?")],
    [S("PARK MIN-JAE: Kyiv doesn't publish numbers, but a Ukrainian officer I trust told me his brigade lost about a fifth of its infantry in its first month facing the North Koreans.", [
        R("ua-officer-unnamed", "a Ukrainian brigade officer (unnamed)", "ukrainian", "casualties_unspecified", "approximate", "about a fifth", "period",
          relays=PKL, counted_in="percent_of_force", best=20, notes="share of one brigade's infantry, first month"),
    ])],
    [S("DANA WHITCOMBE: Pyongyang has also sent, what, 12 million artillery shells?",
       trap="ammunition, not losses"),
     S("PARK MIN-JAE: Something like that, plus at least 200 long-range guns.",
       trap="equipment, not losses"),
     ],
    [S("DANA WHITCOMBE: Park Min-jae, thank you."),
     S("That's it for episode 47; we're back in two weeks.",
       trap="episode number and schedule, not losses"),
     ],
]

SPECS = {
    "x01-yonhap-flashes": x01,
    "x02-wapo-graves-analysis": x02,
    "x03-economist-leader": x03,
    "x04-brigade-telegram-retold": x04,
    "x05-milblogger-retold": x05,
    "x06-kyodo-japan-officials": x06,
    "x07-think-tank-report": x07,
    "x08-podcast-transcript": x08,
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
