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


# ---------------------------------------------------------------- af01
# A South Korean regional daily: a local lawmaker relays a closed-door NIS briefing.
SENT = "Daegu-Gyeongbuk Sentinel"
HA = "Rep. Ha Jun-seok > " + SENT
NIS = "South Korea's National Intelligence Service (NIS)"
af01_s1 = S("DAEGU — Roughly 420 North Korean soldiers have been killed and some 2,900 wounded since Pyongyang’s troops went into battle in Russia’s Kursk region, Rep. Ha Jun-seok said on Wednesday after a closed-door briefing by the National Intelligence Service.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "Roughly 420", "cumulative", relays=HA, best=420,
      notes="lawmaker relays the agency's briefing figure; 'since ... went into battle' is a running total"),
    R("kr-nis", NIS, "north_korean", "wounded", "approximate", "some 2,900", "cumulative", relays=HA, best=2900),
])
af01_s2 = S("Ha, who represents the city’s Suseong B constituency and sits on the National Assembly’s intelligence committee, said the agency had raised its estimate of the force Pyongyang sent to about 11,800, up from 10,500 in its first assessment in October.", [
    R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,800", "stock", relays=HA, best=11800),
    R("kr-nis", NIS, "north_korean", "deployed", "exact", "10,500", "stock", relays=HA, low=10500, best=10500, high=10500,
      notes="the agency's earlier (October) assessment, superseded by 11,800; kept as a row of its own"),
])
af01_s3 = S("Seoul’s spy agency also believes the North lost roughly a fifth of its first-wave troops in the six weeks after they reached the front, according to the lawmaker.", [
    R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "roughly a fifth", "period", relays=HA,
      counted_in="percent_of_force", best=20,
      notes="'a fifth' = 20 percent of the first wave; 'lost' not defined, so casualties_unspecified; window: six weeks after arrival"),
])
af01_s4 = S("“If they keep attacking across open fields the way they have, the North could be looking at up to 6,000 killed or wounded by the summer,” Ha said, stressing that this was his own reckoning and not the agency’s.", [
    R("kr-ha-jun-seok", "Rep. Ha Jun-seok", "north_korean", "killed_or_wounded", "at_most", "up to 6,000", "cumulative",
      relays=SENT, modality="conditional", high=6000,
      notes="the lawmaker's own if-then forecast, so his own id, not the NIS; conditional rather than projected because of the 'if'"),
])
af01_s5 = S("He said North Korean units were pulled off the front line for about two weeks in late January, which the agency linked to the scale of the losses.",
            trap="'two weeks' is how long units were withdrawn; the losses are mentioned without a figure")
af01_s6 = S("Ukraine’s military intelligence has published a much higher toll, saying in mid-February that more than 4,000 North Koreans had been killed or wounded.", [
    R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "more_than", "more than 4,000",
      "cumulative", relays=SENT, low=4000),
])
af01_s7 = S("Ha said the gap was not surprising: “Kyiv counts what its drones see; the NIS counts what it can confirm through several channels.”")
af01_s8 = S("According to the lawmaker, the agency has also interviewed defectors who said most of those deployed were in their early 20s and that families in at least three provinces had heard nothing from them since November.",
            trap="ages and a count of provinces, not losses")
af01_s9 = S("Separately, Daegu city said 38 North Korean defectors living in the region had been offered counselling since the deployment was reported.",
            trap="defectors living in Daegu offered counselling: 'North Korean' near a figure that is not a loss")
af01_s10 = S("The National Intelligence Service did not respond to the Sentinel’s request for comment, and North Korea has not acknowledged any deaths.")
af01_h = S("Suseong lawmaker: spy agency now counts 3,320 North Korean casualties in Kursk", [
    R("author", "Daegu-Gyeongbuk Sentinel (its own voice)", "north_korean", "killed_or_wounded", "exact", "3,320", "cumulative",
      low=3320, best=3320, high=3320, derived=af01_s1,
      notes="the headline adds the body's 420 killed and 2,900 wounded; the sum is the paper's, not the agency's"),
])
af01 = [
    [af01_h],
    [af01_s1],
    [af01_s2, af01_s3],
    [af01_s4],
    [af01_s5, af01_s6],
    [af01_s7],
    [af01_s8],
    [af01_s9, af01_s10],
]

# ---------------------------------------------------------------- af02
# A wire-agency factbox: a dated list of estimates by different claimants.
MER = "Meridian"
af02 = [
    [S("FACTBOX-How estimates of North Korea’s Kursk losses have shifted")],
    [S("April 30 (Meridian) - North Korea confirmed this week that it had sent troops to help Russia in the Kursk region, but neither Pyongyang nor Moscow has said how many of them were killed.",
       trap="dateline date; the deployment is confirmed without a figure"),
     S("Below are the main public estimates, in the order they were made.")],
    [S("* DEC. 18, 2024 - Two U.S. officials, speaking on condition of anonymity, said at least 150 North Korean troops had been killed or wounded in their first days of combat.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "at_least", "at least 150", "period",
          relays=MER, low=150, notes="'Two U.S. officials' is the number of sources, not a loss; 'first days of combat' read as a stated period"),
    ])],
    [S("* JAN. 6 - Ukraine’s military intelligence agency said about 1,800 North Korean soldiers had been killed or wounded since late November, including roughly 600 killed.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "approximate", "about 1,800",
          "cumulative", relays=MER, best=1800),
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "approximate", "roughly 600",
          "cumulative", relays=MER, best=600, notes="the killed are a part of the 1,800; two rows, never added"),
    ])],
    [S("* JAN. 14 - South Korea’s National Intelligence Service, briefing lawmakers in Seoul, put the toll at 350 dead and 2,450 wounded.", [
        R("kr-nis", NIS, "north_korean", "killed", "exact", "350", "cumulative", relays="South Korean lawmakers > " + MER,
          low=350, best=350, high=350),
        R("kr-nis", NIS, "north_korean", "wounded", "exact", "2,450", "cumulative", relays="South Korean lawmakers > " + MER,
          low=2450, best=2450, high=2450),
    ])],
    [S("* FEB. 3 - President Volodymyr Zelenskyy, in a television interview, said nearly 4,000 North Koreans had been killed or wounded and that captured soldiers were being questioned.", [
        R("ua-zelenskyy", "Volodymyr Zelenskyy, President of Ukraine", "north_korean", "killed_or_wounded", "vague", "nearly 4,000",
          "cumulative", relays=MER, low=3600, high=3999,
          notes="'nearly N' read as vague, 0.9N to N-1; 'captured soldiers' has no figure"),
    ])],
    [S("* MARCH 3 - U.S. and South Korean officials said North Korean casualties had passed 4,000.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "more_than", "passed 4,000",
          "cumulative", relays=MER, low=4000, notes="a list of claimants: one row per nation"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "casualties_unspecified", "more_than", "passed 4,000",
          "cumulative", relays=MER, low=4000, notes="a list of claimants: one row per nation"),
    ])],
    [S("* MARCH 12 - Britain’s Ministry of Defence said in an intelligence update that the North had probably suffered 4,500 or more casualties, at a rate it put at about 60 a day during February.", [
        R("gb-mod", "UK Ministry of Defence", "north_korean", "casualties_unspecified", "at_least", "4,500 or more", "cumulative",
          relays=MER, low=4500),
        R("gb-mod", "UK Ministry of Defence", "north_korean", "casualties_unspecified", "approximate", "about 60 a day", "period",
          relays=MER, counted_in="people_per_day", best=60, notes="a rate, period February"),
     ]),
     S("It said the toll was likely to pass 8,000 by July.", [
        R("gb-mod", "UK Ministry of Defence", "north_korean", "casualties_unspecified", "more_than", "pass 8,000", "cumulative",
          relays=MER, modality="projected", low=8000, notes="claimant from the previous sentence; a forecast to July"),
     ])],
    [S("* APRIL 7 - Russia’s Defence Ministry declined to comment on North Korean losses, calling Ukrainian figures propaganda, and claimed Ukraine had lost more than 71,000 troops in the Kursk region since August.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 71,000",
          "cumulative", relays=MER, low=71000, notes="the figure is of Ukrainian losses, not the North Korean ones the item begins with"),
    ])],
    [S("* APRIL 28 - Pyongyang’s state media confirmed the deployment for the first time and called the soldiers heroes, but gave no numbers.",
       trap="date; the deployment is acknowledged with no figure")],
    [S("Estimates are hard to compare: some count only the dead, others the dead and wounded together, and at least one adds the missing.",
       trap="'one' counts estimates, not people")],
    [S("The North is believed to have sent about 11,500 soldiers in its first wave and some 2,500 more in February, South Korean officials have said.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,500", "stock",
          relays=MER, best=11500),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "some 2,500 more", "stock",
          relays=MER, best=2500, notes="reinforcements on top of the first wave; not added to it here"),
    ])],
    [S("(Compiled by the Seoul and Kyiv bureaus; editing by Martin Oakes)")],
]

# ---------------------------------------------------------------- af03
# A parliamentary record: the German government's written answer to a minor interpellation.
DEG = "Federal Government of Germany"
af03 = [
    [S("German Bundestag — 21st electoral term — Printed paper 21/1184 — 11 June 2025",
       trap="document numbers and date")],
    [S("Answer of the Federal Government to the minor interpellation by the Members Jana Wollweber, Dr. Erik Thamm and others (Printed paper 21/1027): Deployment of North Korean soldiers in Russia’s war of aggression against Ukraine",
       trap="printed-paper number")],
    [S("Preliminary remark of the Federal Government: The Federal Government bases its answers on its own findings and on information shared by partner states."),
     S("Not all of this information can be made public.")],
    [S("Question 1: How many soldiers has North Korea sent to Russia since autumn 2024, and how many of them have been deployed in the Kursk region?",
       trap="question number and year; no figure")],
    [S("Answer to Question 1: According to the findings of the Federal Government, North Korea sent roughly 14,000 soldiers to Russia from October 2024 onwards, the large majority of them to the Kursk region.", [
        R("de-government", DEG, "north_korean", "deployed", "approximate", "roughly 14,000", "stock", best=14000,
          notes="the answering body speaks in its own voice: its own id, not author"),
    ])],
    [S("Question 2: What information does the Federal Government have about losses among these soldiers?",
       trap="question number")],
    [S("Answer to Question 2: The Federal Government assesses that by the end of April 2025 the North Korean contingent had suffered losses in the low four-digit range in killed and a considerably higher number of wounded.", [
        R("de-government", DEG, "north_korean", "killed", "vague", "low four-digit range", "cumulative", low=1000, high=3999,
          notes="officialese for a figure in the low thousands; four-digit gives 1,000 at least, 'low' read as below 4,000"),
        R("de-government", DEG, "north_korean", "wounded", "none", "", "cumulative",
          notes="wounded stated as more than the killed, with no figure of their own"),
     ]),
     S("In the Federal Government’s assessment, losses were particularly high in the first weeks of deployment, from mid-December 2024 to mid-January 2025, at an estimated 80 to 100 soldiers killed or wounded per day.", [
        R("de-government", DEG, "north_korean", "killed_or_wounded", "range", "80 to 100", "period", counted_in="people_per_day",
          low=80, high=100, notes="'an estimated' with a range: recorded as the range"),
     ]),
     S("It has no reliable knowledge of the number of missing.")],
    [S("Question 3: Does the Federal Government share the assessment, reported in the media, that more than 6,000 North Korean soldiers were killed or wounded in the Kursk region by March 2025?", [
        R("unnamed-media-reports", "Media reports (unnamed)", "north_korean", "killed_or_wounded", "more_than", "more than 6,000",
          "cumulative", relays="Members of the Bundestag (questioners) > " + DEG, low=6000,
          notes="figure cited only to be disputed in the answer; the claimant is the unnamed media, the questioners relay it"),
    ])],
    [S("Answer to Question 3: The Federal Government is unable to confirm this figure; its own assessment, set out in the answer to Question 2, is lower.",
       trap="question numbers; disputes the media figure without a figure of its own")],
    [S("Question 4: What share of the force originally deployed does the Federal Government consider to have been lost?",
       trap="question number")],
    [S("Answer to Question 4: According to information from a partner service, around a third of the North Korean soldiers first deployed to the Kursk region had been killed, wounded, missing or captured by the spring of 2025.", [
        R("unnamed-partner-service", "A partner intelligence service (unnamed)", "north_korean", "killed_wounded_missing_or_captured",
          "approximate", "around a third", "cumulative", relays=DEG, counted_in="percent_of_force", best=33.33,
          notes="'a third' = 33.33 percent; the service's nation is not stated"),
     ]),
     S("The Federal Government has no findings of its own on this point.")],
    [S("The Federal Government likewise has no confirmed figure for Russian losses in the Kursk region; Ukrainian statements put them at more than 50,000 since August 2024, but this cannot be verified.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "russian", "casualties_unspecified", "more_than", "more than 50,000",
          "cumulative", relays=DEG, low=50000,
          notes="'Ukrainian statements': unnamed Ukrainian side; 'Ukrainian' near the figure but the losses are Russian"),
    ])],
    [S("Question 5: Have Bundeswehr personnel been involved in evaluating drone footage from the Kursk region?",
       trap="question number"),
     S("Answer to Question 5: No.", trap="question number")],
]

# ---------------------------------------------------------------- af04
# A broadcaster's web story (Canadian public broadcaster), a commander interviewed by video link.
LPB = "Laurentian Public Broadcasting"
HRY = "Lt.-Col. Andriy Hrytsenko, Ukrainian brigade commander"
af04_rate = S("“In February they were losing about 250 a week, dead and wounded,” Hrytsenko told LPB News by video link on Thursday.", [
    R("ua-hrytsenko", HRY, "north_korean", "killed_or_wounded", "approximate", "about 250 a week", "period", relays=LPB,
      counted_in="people_per_week", best=250, notes="rate for February; 'dead and wounded' one combined figure"),
])
af04 = [
    [S("North Korean units near Sudzha losing ‘250 a week,’ Ukrainian commander says", trap=restates(af04_rate))],
    [S("Dana Kowalchuk · LPB News · Posted: Mar 07, 2025 4:00 AM ET", trap="byline date and time")],
    [S("Lt.-Col. Andriy Hrytsenko keeps a whiteboard in his dugout where he tallies what his drone teams see.")],
    [S("Since the North Korean units arrived opposite his brigade in December, he says, his operators have recorded 1,140 of them killed — each one, he insists, confirmed on video.", [
        R("ua-hrytsenko", HRY, "north_korean", "killed", "exact", "1,140", "cumulative", relays=LPB, low=1140, best=1140, high=1140,
          notes="a commander speaking in his own name: his own id; 'each one' is not a figure"),
    ]),
     af04_rate],
    [S("He said two North Korean battalions that attacked toward the village of Kurilovka in mid-February had been “effectively destroyed” and withdrawn.", [
        R("ua-hrytsenko", HRY, "north_korean", "casualties_unspecified", "exact", "two", "incident", relays=LPB,
          counted_in="battalions", low=2, best=2, high=2,
          notes="formations, not people; 'destroyed' does not say killed"),
    ]),
     S("At this pace, he said, the North Koreans will have lost another 1,000 men by the end of March.", [
        R("ua-hrytsenko", HRY, "north_korean", "casualties_unspecified", "exact", "another 1,000", "period", relays=LPB,
          modality="projected", low=1000, best=1000, high=1000, notes="a forecast to end of March; 'lost' undefined"),
     ]),
     S("LPB News could not verify his figures.")],
    [S("Ukraine’s military intelligence agency, the HUR, told LPB News last month it believed about 400 North Koreans had been killed or captured in encirclements during February alone.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_captured", "approximate", "about 400",
          "period", relays=LPB, best=400),
    ])],
    [S("Ukraine’s General Staff said on Thursday that Russian and North Korean forces together had lost 2,650 troops in the Kursk region over the past seven days.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian_and_north_korean", "casualties_unspecified",
          "exact", "2,650", "period", relays=LPB, low=2650, best=2650, high=2650,
          notes="one mixed figure for both armies; never split"),
    ])],
    [S("In Washington, a Pentagon spokesperson said on Wednesday that the department’s own estimate of North Korean casualties stood at “roughly 4,000,” a figure it had not updated since January.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "casualties_unspecified", "approximate", "roughly 4,000",
          "cumulative", relays=LPB, best=4000, notes="a spokesperson takes the body's id"),
    ])],
    [S("Hrytsenko’s brigade, which he said has about 2,000 soldiers on this stretch of the front, has taken losses of its own, though he would not give a number.", [
        R("ua-hrytsenko", HRY, "ukrainian", "deployed", "approximate", "about 2,000", "stock", relays=LPB, best=2000),
        R("ua-hrytsenko", HRY, "ukrainian", "casualties_unspecified", "none", "", "unspecified", relays=LPB,
          notes="own-side losses acknowledged with no figure"),
    ])],
    [S("Mykhailo “Mike” Sawchuk, a paramedic from Saskatoon who volunteers at a stabilization point 30 kilometres behind the line, said his team had treated more than 400 wounded Ukrainian soldiers since New Year’s.", [
        R("ca-sawchuk", "Mykhailo Sawchuk, volunteer paramedic", "ukrainian", "wounded", "more_than", "more than 400",
          "cumulative", relays=LPB, low=400, notes="'30 kilometres' is a distance; 'since New Year's' a running total"),
    ]),
     S("Sawchuk, 46, moved to Ukraine in 2022 and says he has lost count of the Canadian volunteers he has met there — “maybe a dozen, maybe more.”",
       trap="age, year, and Canadian volunteers met, not lost")],
    [S("Russia’s Defence Ministry said on Thursday its forces had “liberated” two more villages in the area and claimed Ukraine had lost up to 230 soldiers there over the previous 24 hours.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "at_most", "up to 230", "period",
          relays=LPB, high=230, notes="'two more villages' is not a loss"),
    ]),
     S("Moscow has not confirmed that North Korean soldiers are fighting in Kursk.")],
    [S("With files from wire services")],
]

# ---------------------------------------------------------------- af05
# A Russian state news agency item retelling the Defence Ministry's bulletin.
RUS = "RusInform"
RUMOD = "Russian Ministry of Defence"
af05_s1 = S("MOSCOW, January 28. /RusInform/. The Ukrainian Armed Forces lost more than 300 servicemen in the Kursk direction over the past 24 hours, the Russian Defence Ministry reported on Tuesday.", [
    R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "more_than", "more than 300", "period", relays=RUS, low=300,
      notes="'lost ... servicemen' undefined: casualties_unspecified"),
])
af05_s5 = S("In the previous week, from January 18 to 24, AFU losses in the area amounted to more than 2,100 servicemen, according to the ministry’s weekly summary.", [
    R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "more_than", "more than 2,100", "period", relays=RUS, low=2100),
])
af05 = [
    [S("AFU losses in Kursk direction exceed 300 troops over 24 hours — MoD", trap=restates(af05_s1))],
    [af05_s1],
    [S("“Units of the North group of forces inflicted defeat on formations of four mechanised brigades, an air assault brigade and a territorial defence brigade of the AFU in the areas of the settlements of Makhnovka, Russkoye Porechnoye and Kositsa,” the ministry said.",
       trap="brigades engaged, not a count of losses")],
    [S("Over the past day the enemy also lost 11 armoured vehicles, including a tank, as well as nine artillery pieces and 14 drone control points.",
       trap="equipment, not people")],
    [S("In total, since the start of the hostilities in the Kursk direction, the enemy has lost over 52,400 servicemen, 287 tanks and 1,930 armoured combat vehicles, the ministry said.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "more_than", "over 52,400", "cumulative", relays=RUS, low=52400,
          notes="tanks and armoured vehicles in the same sentence are not people"),
    ])],
    [af05_s5,
     S("This works out at an average of about 300 Ukrainian servicemen a day, RusInform calculated.", [
        R("author", "RusInform (its own voice)", "ukrainian", "casualties_unspecified", "approximate", "about 300", "period",
          counted_in="people_per_day", best=300, derived=af05_s5,
          notes="the agency's own division of the weekly figure by seven days"),
     ])],
    [S("The ministry also said that over the past week its forces had struck temporary deployment points of foreign mercenaries in the Kursk direction, eliminating up to 60 of them.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "at_most", "up to 60", "period", relays=RUS, high=60,
          notes="foreign fighters on the Ukrainian side; 'eliminating' undefined, so casualties_unspecified"),
    ]),
     S("Since the beginning of the Kursk operation, more than 890 Ukrainian servicemen have surrendered, the ministry added.", [
        R("ru-mod", RUMOD, "ukrainian", "captured", "more_than", "more than 890", "cumulative", relays=RUS, low=890,
          notes="surrendered = captured"),
     ])],
    [S("On January 24, following negotiations mediated by the United Arab Emirates, 41 Russian servicemen were returned from territory controlled by Kyiv in exchange for the same number of Ukrainian prisoners of war.",
       trap="prisoners exchanged, not losses")],
    [S("Kyiv’s claims that North Korean troops had lost “thousands” in the area were dismissed by Foreign Ministry spokeswoman Yelena Korotkova as “a fabrication of Western special services.”", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "casualties_unspecified", "vague", "thousands",
          "unspecified", relays=RUS, low=2000, high=9999,
          notes="'Kyiv' = the Ukrainian government, unnamed; cited only to be dismissed; 'thousands' read as 2,000 to 9,999"),
    ])],
    [S("Russian air defences also shot down 47 Ukrainian drones overnight, 19 of them over the Kursk region, the ministry said.",
       trap="drones, not people")],
]

# ---------------------------------------------------------------- af06
# An open-source investigation counting the dead visible in drone footage.
LAN = "Lantern Collective"
af06_s3 = S("In 97 of the videos we could count bodies that did not move after a strike; together they show at least 611 men who were, in our judgement, almost certainly killed.", [
    R("author", "Lantern Collective (its own voice)", "north_korean", "killed", "at_least", "at least 611", "period", low=611,
      notes="the analysts' own count from footage; '97 of the videos' is not a loss; nationality rests partly on captions"),
])
af06 = [
    [S("What 212 videos show: counting North Korea’s dead in Kursk", trap="number of videos")],
    [S("By the Lantern Collective investigations team")],
    [S("Between 1 December 2024 and 15 March 2025, Ukrainian units published at least 212 videos that, according to their captions, show strikes on North Korean soldiers in the Kursk region.",
       trap="videos published, and dates"),
     S("We reviewed every one of them frame by frame.", trap="'one' is not a figure")],
    [af06_s3,
     S("A further 340 soldiers were hit but could be seen moving afterwards; we count them as wounded.", [
        R("author", "Lantern Collective (its own voice)", "north_korean", "wounded", "exact", "340", "period",
          low=340, best=340, high=340),
     ]),
     S("In 29 of those videos the soldiers’ uniforms or kit could be matched to North Korean units; in the rest the identification rests on the caption alone.",
       trap="number of videos, not people")],
    [S("The captions themselves claim far more: added up, they credit Ukrainian drone crews with 2,870 North Korean dead.", [
        R("author", "Lantern Collective (its own voice)", "north_korean", "killed", "exact", "2,870", "period",
          low=2870, best=2870, high=2870,
          notes="the analysts' sum of many units' captions; no single claimant, so the author's own figure"),
    ]),
     S("That is almost five times what the footage supports.", trap="a ratio, not a count")],
    [S("Ukraine’s Special Operations Forces have said their operators alone killed over 1,000 North Koreans in the same period, while the General Staff in Kyiv spoke of some 4,000 North Korean losses by early March.", [
        R("ua-sof", "Special Operations Forces of Ukraine", "north_korean", "killed", "more_than", "over 1,000", "period",
          relays=LAN, low=1000),
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "casualties_unspecified",
          "approximate", "some 4,000", "cumulative", relays=LAN, best=4000),
    ])],
    [S("On the worst single day we found, 9 February, footage from three drone crews near Sverdlikovo shows an assault group we estimate at about 30 men caught in the open; we count 22 dead.", [
        R("author", "Lantern Collective (its own voice)", "north_korean", "killed", "exact", "22", "incident",
          low=22, best=22, high=22, notes="'about 30 men' is the group's size, 'three drone crews' not a loss"),
    ]),
     S("Across the 105 days we studied, the verified dead average about six a day.", [
        R("author", "Lantern Collective (its own voice)", "north_korean", "killed", "approximate", "about six a day", "period",
          counted_in="people_per_day", best=6, derived=af06_s3, notes="the analysts' rate from the 611 over 105 days"),
     ])],
    [S("Ukrainian drone-unit commanders we interviewed put the share of an assault group killed or wounded in a typical attack at half or more.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed_or_wounded", "at_least", "half or more",
          "unspecified", relays=LAN, counted_in="percent_of_force", low=50,
          notes="unnamed Ukrainian commanders take the nation's officials id; share of an attacking group"),
    ])],
    [S("Our April report counted at least 430 dead and missing from a smaller set of videos; this review supersedes it.", [
        R("author", "Lantern Collective (its own voice)", "north_korean", "killed_or_missing", "at_least", "at least 430", "period",
          low=430, notes="earlier, superseded count by the same authors; dead and missing kept combined"),
    ]),
     S("A Russian military blogger with 600,000 followers has called such videos staged, but we found no sign of manipulation in the files we examined.",
       trap="followers, not losses")],
    [S("Our method undercounts: bodies hidden by trees or snow, and men who later died of their wounds, are not in our figures.")],
]

# ---------------------------------------------------------------- af07
# A Ukrainian border-region news site retelling a drone commander's Facebook post.
PRY = "Prykordonnia.info"
DOV = "Maj. Taras Dovhaniuk, 'Sych' drone battalion commander"
af07_s1 = S("The commander of the “Sych” drone battalion, Maj. Taras Dovhaniuk, wrote on Facebook on Sunday evening that his crews had killed 128 North Korean soldiers and wounded 52 in the Kursk region over the past seven days.", [
    R("ua-dovhaniuk", DOV, "north_korean", "killed", "exact", "128", "period", relays=PRY, low=128, best=128, high=128,
      notes="a commander's post on his own page: his own id; Facebook is a platform, not a relay"),
    R("ua-dovhaniuk", DOV, "north_korean", "wounded", "exact", "52", "period", relays=PRY, low=52, best=52, high=52),
])
af07_s8 = S("His previous post, in early January, claimed more than 300 North Korean casualties for the battalion since the North Koreans arrived in its sector, which would take the total past 480 if both figures are accurate.", [
    R("ua-dovhaniuk", DOV, "north_korean", "casualties_unspecified", "more_than", "more than 300", "cumulative", relays=PRY,
      low=300, notes="an earlier post"),
    R("author", "Prykordonnia.info (its own voice)", "north_korean", "casualties_unspecified", "more_than", "past 480",
      "cumulative", modality="conditional", low=480, derived=af07_s1,
      notes="the site's own sum of the earlier 300 and this week's 180, stated with an 'if'"),
])
af07 = [
    [S("Drone commander: “Sych” battalion took out 180 North Koreans in a week", [
        R("author", "Prykordonnia.info (its own voice)", "north_korean", "killed_or_wounded", "exact", "180", "period",
          low=180, best=180, high=180, derived=af07_s1,
          notes="the headline adds 128 killed and 52 wounded; 'took out' stands for both"),
    ])],
    [af07_s1,
     S("“They walk in lines of ten or fifteen across the snow. We don’t even need to hunt for them,” he wrote.",
       trap="spacing of a column, not losses")],
    [S("Dovhaniuk, who is from Okhtyrka, posted a 14-minute compilation of drone footage with the message; Prykordonnia.info was unable to confirm where or when it was filmed.",
       trap="length of a video")],
    [S("He also wrote that Russian paratroopers fighting alongside the North Koreans “lose about 40 men a day on our sector alone.”", [
        R("ua-dovhaniuk", DOV, "russian", "casualties_unspecified", "approximate", "about 40 men a day", "unspecified",
          relays=PRY, counted_in="people_per_day", best=40, notes="Russian, not North Korean, losses; no stated period"),
    ])],
    [S("In a comment under the post, the battalion’s press officer, who uses the call sign “Lastivka”, added that the unit had also taken three North Koreans prisoner since December.", [
        R("ua-sych-battalion", "'Sych' drone battalion (Ukraine)", "north_korean", "captured", "exact", "three", "cumulative",
          relays=PRY, low=3, best=3, high=3, notes="a press officer takes the unit's id"),
     ]),
     S("She said two of the battalion’s own pilots had been listed as missing since a glide-bomb strike on their position on January 9.", [
        R("ua-sych-battalion", "'Sych' drone battalion (Ukraine)", "ukrainian", "missing", "exact", "two", "incident",
          relays=PRY, low=2, best=2, high=2, notes="the unit's own losses; 'January 9' is the date of the strike"),
    ])],
    [S("In its morning update on Monday, the General Staff of Ukraine’s Armed Forces put Russian losses along the entire front over the previous day at 1,340 personnel, without giving a separate figure for Kursk.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "casualties_unspecified", "exact",
          "1,340", "period", relays=PRY, low=1340, best=1340, high=1340, notes="whole front, not Kursk alone"),
    ])],
    [S("Closer to home, the Sumy regional military administration said Russian shelling of border communities had killed two civilians and injured five over the weekend, among them a 67-year-old woman in Khotin.",
       trap="civilian casualties and an age, not military losses")],
    [af07_s8,
     S("Russia’s Defence Ministry does not report losses of its own or of its allies.")],
    [S("Facebook removed one of the battalion’s videos last month for graphic content, the unit said.",
       trap="'one' video")],
]

# ---------------------------------------------------------------- af08
# A magazine interview (Q&A) with a Seoul-based analyst.
EH = "Eastern Horizons"
YOON = "Yoon Se-ra, Hanbit Institute for Peninsula Studies"
af08 = [
    [S("“The floor, not the ceiling”")],
    [S("A year after the first North Korean units went into action in Kursk, their toll remains one of the war’s most contested numbers.",
       trap="'one of the' is not a figure"),
     S("Eastern Horizons asked Yoon Se-ra, who has tracked the deployment since October 2024, what can be said with confidence.",
       trap="date")],
    [S("How many North Koreans have died?")],
    [S("The best public figure is still the National Intelligence Service’s: in September it told lawmakers that about 2,300 had been killed.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,300", "cumulative",
          relays="South Korean lawmakers > Yoon Se-ra > " + EH, best=2300),
     ]),
     S("That is the floor, in my view."),
     S("My own estimate, from obituary notices, leaked rosters and satellite images of new grave plots outside Pyongyang, is between 2,800 and 3,500 dead.", [
        R("kr-yoon-se-ra", YOON, "north_korean", "killed", "range", "between 2,800 and 3,500", "cumulative", relays=EH,
          low=2800, high=3500, notes="an analyst in her own name"),
     ])],
    [S("And the wounded?")],
    [S("Roughly three for every one killed, which is normal for this kind of war.",
       trap="a ratio of wounded to killed, not a count"),
     S("Kyiv spoke of 6,000 killed and wounded by the spring, which is not far from my numbers once you put the two together, but I can’t check it.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed_or_wounded", "exact", "6,000", "cumulative",
          relays="Yoon Se-ra > " + EH, low=6000, best=6000, high=6000,
          notes="'Kyiv' = Ukrainian government unnamed; 'killed and wounded' one combined figure"),
     ])],
    [S("Pyongyang rotated its troops. How many went in all?")],
    [S("About 15,000 combat troops over two rotations, plus perhaps 1,200 military engineers this autumn for demining, and some 4,500 construction workers.", [
        R("kr-yoon-se-ra", YOON, "north_korean", "deployed", "approximate", "About 15,000", "stock", relays=EH, best=15000),
        R("kr-yoon-se-ra", YOON, "north_korean", "deployed", "approximate", "perhaps 1,200", "stock", relays=EH, best=1200,
          notes="military engineers counted as troops; the construction workers are not soldiers and get no row"),
    ])],
    [S("Did the losses fall after the first winter?")],
    [S("Sharply. In December and January they were losing 100 or more a day, killed and wounded.", [
        R("kr-yoon-se-ra", YOON, "north_korean", "killed_or_wounded", "at_least", "100 or more a day", "period", relays=EH,
          counted_in="people_per_day", low=100),
     ]),
     S("By summer it was down to perhaps 10 a week, mostly to mines.", [
        R("kr-yoon-se-ra", YOON, "north_korean", "killed_or_wounded", "approximate", "perhaps 10 a week", "period", relays=EH,
          counted_in="people_per_week", best=10, notes="'it' is the killed-and-wounded rate of the sentence before"),
     ])],
    [S("Could a new deployment end the same way?")],
    [S("If Pyongyang sends assault infantry again without drone training, it could lose a third of them in the first two months — that is what happened to the first wave.", [
        R("kr-yoon-se-ra", YOON, "north_korean", "casualties_unspecified", "exact", "a third", "period", relays=EH,
          modality="conditional", counted_in="percent_of_force", low=33.33, best=33.33, high=33.33,
          notes="if-then about a future deployment; 'a third' = 33.33 percent"),
        R("kr-yoon-se-ra", YOON, "north_korean", "casualties_unspecified", "exact", "a third", "period", relays=EH,
          counted_in="percent_of_force", low=33.33, best=33.33, high=33.33,
          notes="the same share stated as having happened to the first wave in its first two months"),
     ])],
    [S("Has North Korea said anything about its dead?")],
    [S("State television showed Kim Jong Un at a ceremony for the fallen in August, in front of a wall of 76 portraits.", [
        R("kp-state-tv", "North Korean state television", "north_korean", "killed", "exact", "76", "unspecified",
          relays="Yoon Se-ra > " + EH, low=76, best=76, high=76,
          notes="portraits of the fallen shown by the side's own media; not presented as a total"),
     ]),
     S("That is the only number Pyongyang has put out, and it is clearly not the total.")],
    [S("And the Russians who fought beside them?")],
    [S("Independent counts of obituaries have found about 4,100 named Russian dead from the Kursk fighting, which must be a fraction of the real number.", [
        R("unnamed-obituary-counts", "Independent obituary counts (unnamed)", "russian", "killed", "approximate", "about 4,100",
          "cumulative", relays="Yoon Se-ra > " + EH, best=4100),
    ])],
    [S("Yoon Se-ra is a senior fellow at the Hanbit Institute for Peninsula Studies in Seoul."),
     S("This interview has been edited for length and clarity.")],
]

SPECS = {
    "af01-regional-daily": af01,
    "af02-wire-factbox": af02,
    "af03-parliamentary-written-answer": af03,
    "af04-broadcaster-web-story": af04,
    "af05-state-agency-bulletin": af05,
    "af06-osint-footage-review": af06,
    "af07-facebook-post-retold": af07,
    "af08-magazine-interview": af08,
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
