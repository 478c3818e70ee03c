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


# ---------------------------------------------------------------- ac01
# A Financial Times-style 'Big Read': long-form, scene-setting, western and Ukrainian sources.
ac01_wk = S("A senior western official, speaking on condition of anonymity, said about 1,100 of Pyongyang’s soldiers had been killed and about 2,900 wounded between their first assaults in mid-December and the end of February.", [
    R("western-officials", "a senior western official (unnamed)", "north_korean", "killed", "approximate", "about 1,100",
      "period", best=1100, notes="window stated: mid-December to end of February"),
    R("western-officials", "a senior western official (unnamed)", "north_korean", "wounded", "approximate", "about 2,900",
      "period", best=2900, notes="same window; killed and wounded kept as two rows, never summed"),
])
ac01_head = S("Kim’s winter war: roughly 4,000 North Koreans killed or wounded in Kursk", [
    R("author", "the article's own voice", "north_korean", "killed_or_wounded", "approximate", "roughly 4,000",
      "period", best=4000, derived=ac01_wk,
      notes="headline sums the body's about 1,100 killed and about 2,900 wounded; the outlet's own figure, not a separate estimate"),
])
ac01_share = S("Set against a contingent that western governments put at 11,000 to 12,000 troops, that means well over a third of the force was put out of action in barely ten weeks.", [
    R("western-officials", "western governments", "north_korean", "deployed", "range", "11,000 to 12,000",
      "stock", low=11000, high=12000, notes="'western governments' read as the same unnamed western group"),
    R("author", "the article's own voice", "north_korean", "killed_or_wounded", "more_than", "well over a third",
      "period", counted_in="percent_of_force", low=33.33, derived=ac01_wk,
      notes="the writer's own arithmetic from the official's figures; 'put out of action' = killed or wounded of the body sentence; a third written as 33.33"),
])
ac01 = [
    [ac01_head],
    [S("Pyongyang sent its infantry to fight for Moscow with little preparation for drone warfare. Western and Ukrainian assessments suggest it has paid heavily for the lesson.")],
    [S("On a frozen field outside the village of Plekhovo, a Ukrainian drone pilot who uses the call sign Shram watched the same scene repeat itself through January."),
     S("After one failed assault on a tree line, he says, he counted the bodies of 23 North Korean infantrymen on his screen.", [
         R("ua-pilot-shram", "Shram, a Ukrainian drone pilot", "north_korean", "killed", "exact", "23", "incident",
           low=23, best=23, high=23, notes="one assault; the pilot speaks to the writer directly; evidence is his drone feed"),
     ]),
     S("The 34-year-old, who asked that his unit not be named, said the Korean assault groups advanced in tight files of 10 to 15 men, often with no drone cover of their own.",
       trap="the pilot's age and the size of assault groups, not losses")],
    [ac01_wk, ac01_share,
     S("American and South Korean officials, briefing separately in February, have both put the number of North Korean dead at more than 1,000.", [
         R("us-officials", "American officials (unnamed)", "north_korean", "killed", "more_than", "more than 1,000", "cumulative",
           low=1000, notes="list of two claimants: one row each"),
         R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed", "more_than", "more than 1,000", "cumulative",
           low=1000, notes="list of two claimants: one row each; independent of the US row"),
     ])],
    [S("Ukraine’s military intelligence agency, the HUR, gives higher numbers."),
     S("Its spokesman, Taras Melnyk, told a briefing on Thursday that North Korean units had been losing ‘between 60 and 90 men a day’ in the Sudzha salient over the previous fortnight.", [
         R("ua-gur", "Taras Melnyk, spokesman for Ukraine's military intelligence (HUR)", "north_korean", "casualties_unspecified",
           "range", "between 60 and 90 men a day", "period", counted_in="people_per_day", low=60, high=90,
           notes="a rate; 'losing men' is not defined; the previous fortnight is the basis window"),
     ]),
     S("Melnyk added that if Russian commanders kept up the tempo of their counter-attacks, Pyongyang could lose ‘another 2,000 or so’ by the end of April.", [
         R("ua-gur", "Melnyk (HUR spokesman)", "north_korean", "casualties_unspecified", "approximate", "2,000 or so", "period",
           modality="conditional", best=2000, notes="if-then; 'another' makes it an increment up to end of April, not a running total"),
     ])],
    [S("North Korea, which keeps roughly 1.2 million people under arms, has not publicly acknowledged a single death.",
       trap="size of North Korea's whole armed forces, not troops in Kursk; 'a single death' is a negation, not a count"),
     S("Kyiv says it holds just two North Korean prisoners, both captured in January.", [
         R("ua-government", "Kyiv (the Ukrainian government)", "north_korean", "captured", "exact", "two", "cumulative",
           low=2, best=2, high=2, notes="prisoners held to date"),
     ])],
    [S("Moscow’s own losses are harder still to see."),
     S("The Ostrog Monitor, an independent Russian project that trawls obituaries and local news, has identified 1,874 servicemen killed in the Kursk region since August 2024 by name, a figure its editors call a floor rather than an estimate.", [
         R("ostrog-monitor", "The Ostrog Monitor", "russian", "killed", "at_least", "1,874", "cumulative", low=1874,
           notes="named dead; the text itself calls the figure a floor, so at_least"),
     ])],
    [S("‘They are learning quickly, and they are learning by dying,’ said Hanna Lindqvist, who studies the Korean peninsula at a Stockholm research institute.")],
]

# ---------------------------------------------------------------- ac02
# An RFE/RL regional-service report (Siberian service) on a republic's dead.
ac02_dozens = S("In a video address posted on Tuesday, the head of the republic spoke of ‘dozens of our sons’ lost in ‘the liberation of the Kursk land’ but gave no figure.", [
    R("ru-tuva-head", "the head of the Republic of Tuva", "russian", "casualties_unspecified", "vague", "dozens", "cumulative",
      low=24, high=99, notes="'lost' not defined; vague quantity; own side acknowledging"),
])
ac02 = [
    [S("‘Dozens Of Our Sons’: Tuva Counts Its Dead From Kursk", trap=restates(ac02_dozens))],
    [S("Officials in the Siberian republic of Tuva have buried at least 46 local men killed in Russia’s Kursk region since the start of January, according to a count of funeral notices by RFE/RL’s Siberian Service.", [
        R("author", "RFE/RL's Siberian Service (the report's own voice)", "russian", "killed", "at_least", "at least 46", "cumulative",
          low=46, notes="the outlet's own tally is the text's own voice"),
    ]),
     S("The youngest was 19; the oldest, a former tractor driver from the village of Erzin, was 58.", trap="ages of the dead")],
    [ac02_dozens,
     S("Families are promised a one-off federal payment of 5 million roubles for each soldier killed, and the republic adds 1 million of its own.",
       trap="money, not people")],
    [S("Relatives in the village of Sug-Aksy told RFE/RL that at least nine men from the village had died in two weeks of fighting near Lebedevka in late February.", [
        R("tuva-relatives", "relatives in Sug-Aksy", "russian", "killed", "at_least", "at least nine", "period", relays="RFE/RL",
          low=9, notes="two weeks in late February is a stated window"),
    ]),
     S("One widow said her husband had been one of only 11 men in his company to come back from that operation unhurt.",
       trap="men who came back unhurt; the loss would have to be inferred, and the company's strength is not given")],
    [S("Russia’s Defence Ministry, which has not disclosed its own losses since 2022, said on Wednesday that Ukraine had lost more than 66,000 servicemen in the Kursk direction since August 2024.", [
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 66,000", "cumulative",
          low=66000, notes="'lost' not defined; Ukraine's General Staff disputes it in the next sentences"),
    ]),
     S("It also claimed that ‘up to two battalions’ of Ukrainian marines had been wiped out near Sudzha over the weekend.", [
         R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to two battalions", "period",
           counted_in="battalions", high=2, notes="formations as written; 'wiped out' not defined in people"),
     ]),
     S("Neither claim could be verified, and a spokesman for Ukraine’s General Staff called the larger figure ‘a fantasy’.")],
    [S("Tuva, one of Russia’s poorest regions, has a population of about 340,000.", trap="population, not troops or losses"),
     S("Free Tuva, a rights group run by exiles, estimates that about 6,000 men from the republic have gone to fight in Ukraine since 2022, and that roughly one in ten of them has been killed.", [
         R("free-tuva", "Free Tuva (rights group)", "russian", "deployed", "approximate", "about 6,000", "stock", best=6000,
           notes="men sent to the whole war since 2022, not only Kursk; recorded as deployed"),
         R("free-tuva", "Free Tuva (rights group)", "russian", "killed", "approximate", "roughly one in ten", "cumulative",
           counted_in="percent_of_force", best=10, notes="share of the 6,000 in the same sentence; whole war"),
     ]),
     S("Its coordinator, Aldyn-ool Sat, said the group had confirmed 517 of those deaths by name, including 38 in the Kursk region since August.", [
         R("free-tuva", "Aldyn-ool Sat, Free Tuva's coordinator", "russian", "killed", "exact", "517", "cumulative",
           low=517, best=517, high=517, notes="whole war, named dead"),
         R("free-tuva", "Aldyn-ool Sat, Free Tuva's coordinator", "russian", "killed", "exact", "38", "cumulative",
           low=38, best=38, high=38, notes="Kursk since August; lower than the outlet's own count of at least 46 since January"),
     ]),
     S("Sat expects the republic to lose ‘at least another hundred men’ by the summer.", [
         R("free-tuva", "Sat (Free Tuva)", "russian", "casualties_unspecified", "at_least", "at least another hundred", "period",
           modality="projected", low=100, notes="forecast; 'another' makes it an increment; whole war"),
     ])],
]

# ---------------------------------------------------------------- ac03
# A TASS item relaying a Russian general's newspaper interview.
KZ_TASS = "Krasnaya Zvezda > TASS"
ac03 = [
    [S("MOSCOW, March 19. /TASS/. Ukrainian forces that invaded the Kursk Region have lost more than 67,000 servicemen killed and wounded since August 6, 2024, Colonel General Viktor Lapshin, deputy commander of the North group of forces, said in an interview with the Krasnaya Zvezda newspaper published on Wednesday.", [
        R("ru-lapshin", "Col. Gen. Viktor Lapshin, deputy commander of Russia's North group", "ukrainian", "killed_or_wounded",
          "more_than", "more than 67,000", "cumulative", relays=KZ_TASS, low=67000, notes="'killed and wounded' is one combined figure"),
    ])],
    [S("‘Over the past week alone, the enemy has lost about 1,800 people, which is more than 250 a day,’ the general said.", [
        R("ru-lapshin", "the general (Lapshin)", "ukrainian", "casualties_unspecified", "approximate", "about 1,800", "period",
          relays=KZ_TASS, best=1800, notes="past week"),
        R("ru-lapshin", "the general (Lapshin)", "ukrainian", "casualties_unspecified", "more_than", "more than 250 a day", "period",
          relays=KZ_TASS, counted_in="people_per_day", low=250, notes="the rate he states himself; a separate row from the weekly count"),
    ]),
     S("According to Lapshin, two brigades of the Ukrainian Armed Forces were ‘practically wiped out’ in the fighting for Sudzha, which Russian troops entered last week.", [
         R("ru-lapshin", "Lapshin", "ukrainian", "casualties_unspecified", "exact", "two brigades", "incident", relays=KZ_TASS,
           counted_in="brigades", low=2, best=2, high=2, notes="'practically' qualifies the destruction, not the count of brigades"),
     ])],
    [S("More than 1,000 Ukrainian servicemen have laid down their arms in the region since the start of the incursion, he added.", [
        R("ru-lapshin", "Lapshin", "ukrainian", "captured", "more_than", "More than 1,000", "cumulative", relays=KZ_TASS,
          low=1000, notes="surrendered = captured"),
    ]),
     S("Of these, 310 have already been handed back to Kyiv in exchanges.", trap="prisoners exchanged, not a new loss"),
     S("He also listed 412 tanks, 290 infantry fighting vehicles and more than 1,500 other armoured vehicles as destroyed.",
       trap="equipment")],
    [S("Russian artillery around Sudzha fired more than 3,000 rounds a day during the assault, Lapshin said.",
       trap="ammunition per day; 'Russian' is whose guns, not whose losses"),
     S("The general said the losses of the Russian units were ‘many times lower’ but did not name a number.", [
         R("ru-lapshin", "the general (Lapshin)", "russian", "casualties_unspecified", "none", "", "unspecified",
           notes="own side's losses acknowledged with no figure"),
     ]),
     S("‘If Kyiv keeps throwing its reserves into the Kursk direction, it will lose another 20,000 men by the summer,’ he warned.", [
         R("ru-lapshin", "Lapshin", "ukrainian", "casualties_unspecified", "exact", "20,000", "period", relays=KZ_TASS,
           modality="conditional", low=20000, best=20000, high=20000, notes="if-then, an increment to the summer"),
     ])],
    [S("The incursion began on August 6, 2024, with a grouping that the Russian General Staff estimated at about 12,000 troops, backed by up to 100 tanks.", [
        R("ru-general-staff", "the Russian General Staff", "ukrainian", "deployed", "approximate", "about 12,000", "stock",
          relays="TASS", best=12000, notes="troops deployed at the start; the 100 tanks are equipment and not recorded"),
    ]),
     S("Acting governor of the Kursk Region Alexei Pankov said on Monday that 112 civilians had been killed in the region since August and that more than 2,000 residents were still unaccounted for.",
       trap="civilians, not military losses")],
]

# ---------------------------------------------------------------- ac04
# A Kyiv Independent-style 'Ukraine war latest' roundup.
YON = "Park Joon-tae > Yonhap"
ac04_sso = S("Ukraine’s Special Operations Forces (SSO) said on Jan. 13 that their units had killed or wounded almost 300 North Korean soldiers in Russia’s Kursk Oblast over Saturday and Sunday.", [
    R("ua-sso", "Ukraine's Special Operations Forces (SSO)", "north_korean", "killed_or_wounded", "vague", "almost 300", "period",
      low=270, high=299, notes="'almost N' read as a vague quantity; the weekend is the window"),
])
ac04 = [
    [S("Ukraine war latest: Special forces say almost 300 North Korean soldiers hit in Kursk over weekend", trap=restates(ac04_sso))],
    [S("Key developments on Jan. 13:", trap="the roundup's date")],
    [ac04_sso,
     S("The SSO published drone footage that it said showed the strikes but did not break the figure down.")],
    [S("Russia has lost 818,430 troops in Ukraine since the beginning of its full-scale invasion on Feb. 24, 2022, the General Staff of Ukraine’s Armed Forces reported on Jan. 13.", [
        R("ua-general-staff", "the General Staff of Ukraine's Armed Forces", "russian", "casualties_unspecified", "exact", "818,430",
          "cumulative", low=818430, best=818430, high=818430, notes="whole war, not Kursk"),
    ]),
     S("The number includes 1,640 casualties that Russian forces suffered over the past day.", [
         R("ua-general-staff", "the General Staff of Ukraine's Armed Forces", "russian", "casualties_unspecified", "exact", "1,640",
           "period", low=1640, best=1640, high=1640, notes="a count for one day, not a rate; included in the running total"),
     ]),
     S("According to the report, Russia has also lost 9,740 tanks, 20,260 armored combat vehicles and 22,110 artillery systems.",
       trap="equipment")],
    [S("South Korea’s National Intelligence Service (NIS) told lawmakers on Jan. 13 that about 340 North Korean soldiers had been killed and some 2,600 wounded since they entered combat in December, Yonhap reported, citing Rep. Park Joon-tae.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 340",
          "cumulative", relays=YON, best=340),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "wounded", "approximate", "some 2,600",
          "cumulative", relays=YON, best=2600),
    ]),
     S("Seoul’s spy agency also said it had confirmed the capture of two North Korean soldiers by Ukrainian forces, both now being questioned in Kyiv.", [
         R("kr-nis", "Seoul's spy agency (NIS)", "north_korean", "captured", "exact", "two", "cumulative", relays=YON,
           low=2, best=2, high=2, notes="same briefing, relay chain carried over from the previous sentence"),
     ])],
    [S("Russia’s Defense Ministry claimed on Jan. 13 that Ukraine had lost up to 170 troops in the Kursk sector over the previous 24 hours, a figure that could not be independently verified and that a spokesperson for Ukraine’s Kursk grouping called ‘inflated several times over’.", [
        R("ru-mod", "Russia's Defense Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 170", "period", high=170,
          notes="disputed in the same sentence; the dispute gives no figure"),
    ]),
     S("Serhii Kovalenko, a representative of Ukraine’s military intelligence, predicted on the national telethon that North Korean losses in Kursk would pass 8,000 by the end of spring.", [
         R("ua-gur", "Serhii Kovalenko, representative of Ukraine's military intelligence", "north_korean", "casualties_unspecified",
           "more_than", "pass 8,000", "cumulative", relays="national telethon", modality="projected", low=8000,
           notes="forecast of a running total"),
     ])],
    [S("In Sumy Oblast, across the border from Kursk, Russian glide bombs and drones struck 27 times on Jan. 12, injuring four civilians, the regional military administration said.",
       trap="strikes and civilians injured, not military losses"),
     S("A Ukrainian battalion commander who uses the call sign Chornyi told the Kyiv Independent that his unit had recorded ‘about 40 Koreans dead or missing’ after a three-day push near Cherkasskaya Konopelka last week.", [
         R("ua-commander-chornyi", "Chornyi, a Ukrainian battalion commander", "north_korean", "killed_or_missing", "approximate",
           "about 40", "period", relays="Kyiv Independent", best=40, notes="'dead or missing' stays combined; three-day push"),
     ]),
     S("Ukrainian drone units in the sector are flying up to 400 sorties a day, the commander said.",
       trap="sorties a day; 'Ukrainian' units, not losses")],
]

# ---------------------------------------------------------------- ac05
# An NK News-style analysis of Pyongyang's state media.
ac05_nis = S("South Korea’s spy agency told lawmakers in September that about 2,300 North Koreans had died in the fighting, out of some 14,000 sent to Russia in two rotations.", [
    R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "killed", "approximate", "about 2,300", "cumulative",
      relays="South Korean lawmakers", best=2300),
    R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "deployed", "approximate", "some 14,000", "stock",
      relays="South Korean lawmakers", best=14000, notes="troops sent, not lost"),
])
ac05 = [
    [S("What Pyongyang’s first memorial footage reveals about its Kursk dead")],
    [S("SEOUL — When Korean Central Television aired a documentary on Friday evening about the ‘overseas military operation’ in Kursk, viewers were shown something state media had never shown before: rows of portraits of fallen soldiers."),
     S("An NK News frame-by-frame review of the broadcast counted 101 distinct portraits, each framed in black beneath a banner reading ‘Heroes of the Republic’.", [
         R("author", "NK News (the analysis's own voice)", "north_korean", "killed", "exact", "101", "cumulative",
           low=101, best=101, high=101, notes="the outlet's own count of portraits of the fallen; evidence footage"),
     ]),
     S("In another sequence, flag-draped coffins are carried off a plane at Pyongyang’s Sunan airport; at least 17 are visible in a single frame.", [
         R("author", "NK News (the analysis's own voice)", "north_korean", "killed", "at_least", "at least 17", "incident", low=17,
           notes="coffins in one frame of one arrival"),
     ])],
    [S("State media have given no total, but a Rodong Sinmun editorial on Saturday spoke of ‘hundreds of martyrs’ whose names will be carved on a new memorial wall in the capital.", [
        R("kp-rodong-sinmun", "Rodong Sinmun", "north_korean", "killed", "vague", "hundreds", "cumulative", low=200, high=999,
          notes="state media acknowledging own dead with a vague quantity"),
    ]),
     S("That is well short of outside estimates."),
     ac05_nis,
     S("If that estimate is right, said Choi Min-seo, a researcher at the Seoul-based Hanbit Institute, roughly one in six of the soldiers Pyongyang sent has been killed.", [
         R("kr-choi-min-seo", "Choi Min-seo, Hanbit Institute researcher", "north_korean", "killed", "approximate", "roughly one in six",
           "cumulative", counted_in="percent_of_force", modality="conditional", best=16.67, derived=ac05_nis,
           notes="conditional on the NIS estimate and made from it; one in six written as 16.67"),
     ])],
    [S("A KCNA commentary on Sunday claimed the Korean units had ‘wiped out more than 3,000 enemy troops’ while helping to retake the Sudzha district.", [
        R("kp-kcna", "KCNA", "ukrainian", "casualties_unspecified", "more_than", "more than 3,000", "period", low=3000,
          notes="'Korean units' are the claimant's side; the enemy counted is Ukrainian; the Sudzha operation is the window"),
    ]),
     S("The documentary also showed Russian officers pinning medals on 26 Korean soldiers at a ceremony in Kursk.",
       trap="soldiers decorated, not lost")],
    [S("Some defector groups in Seoul claim the true death toll exceeds 6,000, a figure South Korean officials have privately called ‘unsupported’.", [
        R("defector-groups", "defector groups in Seoul (unnamed)", "north_korean", "killed", "more_than", "exceeds 6,000",
          "cumulative", low=6000, notes="cited and disputed; the officials' dismissal gives no figure"),
    ]),
     S("Most of the faces appeared young, and several of the portraits carried dates of death as late as April 2025.",
       trap="a date"),
     S("For a state that spent the first half of 2025 denying its troops were in Russia at all, that is a remarkable shift.",
       trap="a period of time, not a figure")],
]

# ---------------------------------------------------------------- ac06
# A written answer to a parliamentary question from a Nordic (Norwegian) defence ministry.
BREKKE = "Torstein Brekke"
ac06 = [
    [S("Written question No. 1187 (2024–2025) to the Minister of Defence", trap="document number and session")],
    [S("Submitted on Tuesday 18 February 2025 by Ingrid Solvang (Venstre).", trap="submission date")],
    [S("Question: What does the Government know about the losses suffered by North Korean forces in Russia’s Kursk region, and do Norway’s own assessments differ from those that allied governments have made public?")],
    [S("Answer from Minister of Defence Torstein Brekke, received Tuesday 25 February 2025:", trap="date of the answer")],
    [S("I thank the Representative for the question."),
     S("The Norwegian Intelligence Service assesses that North Korea had deployed approximately 11,000 soldiers to the Kursk region by the end of December 2024.", [
         R("no-intelligence-service", "the Norwegian Intelligence Service", "north_korean", "deployed", "approximate",
           "approximately 11,000", "stock", relays=BREKKE, best=11000, notes="the minister passes on the Service's assessment"),
     ]),
     S("Of these, the Service judges that between 3,000 and 4,000 had been killed, wounded or gone missing by mid-February, which would correspond to roughly 30 per cent of the force.", [
         R("no-intelligence-service", "the Service (Norwegian Intelligence Service)", "north_korean", "killed_wounded_or_missing",
           "range", "between 3,000 and 4,000", "cumulative", relays=BREKKE, low=3000, high=4000),
         R("no-intelligence-service", "the Service (Norwegian Intelligence Service)", "north_korean", "killed_wounded_or_missing",
           "approximate", "roughly 30 per cent", "cumulative", relays=BREKKE, counted_in="percent_of_force", best=30,
           notes="share of the 11,000 deployed, stated in the answer"),
     ]),
     S("The Service estimates that at the height of the fighting in January, North Korean units were losing between 500 and 700 soldiers a week.", [
         R("no-intelligence-service", "the Service (Norwegian Intelligence Service)", "north_korean", "casualties_unspecified",
           "range", "between 500 and 700 soldiers a week", "period", relays=BREKKE, counted_in="people_per_week", low=500, high=700,
           notes="a weekly rate; January is the window"),
     ]),
     S("The Service holds this assessment with moderate confidence.")],
    [S("Allied figures vary."),
     S("The United States stated publicly in late December that more than 1,200 North Korean soldiers had been killed or wounded over a single week of fighting.", [
         R("us-government", "the United States (government)", "north_korean", "killed_or_wounded", "more_than", "more than 1,200",
           "period", relays=BREKKE, low=1200, notes="one week in late December"),
     ]),
     S("The Republic of Korea’s National Intelligence Service reported in January that some 290 had been killed and 2,800 wounded.", [
         R("kr-nis", "the Republic of Korea's National Intelligence Service", "north_korean", "killed", "approximate", "some 290",
           "cumulative", relays=BREKKE, best=290),
         R("kr-nis", "the Republic of Korea's National Intelligence Service", "north_korean", "wounded", "approximate", "2,800",
           "cumulative", relays=BREKKE, best=2800, notes="'some' read as applying to both figures"),
     ]),
     S("Ukrainian authorities have published considerably higher figures, which the Ministry is not in a position to verify.")],
    [S("As regards Russian forces, the Service estimates their losses in the Kursk operation since August 2024, counted as killed and wounded and excluding North Korean units, at between 35,000 and 45,000.", [
        R("no-intelligence-service", "the Service (Norwegian Intelligence Service)", "russian", "killed_or_wounded", "range",
          "between 35,000 and 45,000", "cumulative", relays=BREKKE, low=35000, high=45000,
          notes="the text defines 'losses' as killed and wounded and excludes North Korean units"),
    ]),
     S("Should the current rate of North Korean losses persist, it is the Ministry’s assessment that they could reach 6,000 to 7,000 by the end of April.", [
         R("no-mod", "the Norwegian Ministry of Defence", "north_korean", "casualties_unspecified", "range", "6,000 to 7,000",
           "cumulative", modality="conditional", low=6000, high=7000,
           notes="the ministry's own assessment; 'losses' undefined here; a running total looked forward to end of April"),
     ])],
    [S("Norway has no military personnel in the Kursk region, and none of the 45 Norwegian instructors currently training Ukrainian soldiers in Poland and the United Kingdom has taken part in operations there.",
       trap="Norwegian instructors, neither lost nor in Kursk"),
     S("The Government will continue to share its assessments with Allies and with the Storting’s Standing Committee on Foreign Affairs and Defence.")],
]

# ---------------------------------------------------------------- ac07
# A Yonhap '(LEAD)' update that revises an earlier figure.
SEO = "Seo Jae-hoon > Yonhap"
ac07_s1 = S("SEOUL, March 6 (Yonhap) -- About 5,200 North Korean soldiers have been killed or wounded in Russia's Kursk region since they were thrown into combat late last year, South Korea's spy agency said Thursday, revising up its earlier estimate of some 3,000.", [
    R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "killed_or_wounded", "approximate", "About 5,200", "cumulative",
      relays="Yonhap", best=5200, notes="the revised running total"),
    R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "killed_or_wounded", "approximate", "some 3,000", "cumulative",
      relays="Yonhap", best=3000, notes="the superseded earlier estimate, same measure, recorded as written"),
])
ac07 = [
    [S("(LEAD) N. Korean casualties in Kursk rise to about 5,200: NIS", trap=restates(ac07_s1))],
    [S("(ATTN: UPDATES with lawmaker's remarks in paras 6-9; CHANGES headline)", trap="paragraph numbers of the update notice")],
    [ac07_s1],
    [S("Of the total, around 700 are believed to have been killed, the National Intelligence Service (NIS) said in a text message to reporters.", [
        R("kr-nis", "the National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "around 700", "cumulative",
          relays="Yonhap", best=700, notes="part of the 5,200"),
    ])],
    [S("The agency had put the number of dead at about 340 as of Jan. 13.", [
        R("kr-nis", "the agency (NIS)", "north_korean", "killed", "approximate", "about 340", "cumulative", relays="Yonhap",
          best=340, notes="the earlier, superseded running total as of Jan. 13"),
    ])],
    [S("Rep. Seo Jae-hoon of the ruling People Power Party, a member of the parliamentary intelligence committee, told reporters after a closed-door briefing that the losses had come largely in ‘human wave’ assaults across open fields.")],
    [S("Seo quoted the NIS as saying North Korean units had been losing roughly 60 soldiers a day in intense assaults during the first half of February.", [
        R("kr-nis", "the NIS", "north_korean", "casualties_unspecified", "approximate", "roughly 60 soldiers a day", "period",
          relays=SEO, counted_in="people_per_day", best=60, notes="a rate over the first half of February"),
    ])],
    [S("He said the agency believes Pyongyang has sent an additional 1,000 to 1,500 troops to make up for the losses, on top of the roughly 11,000 it deployed last autumn.", [
        R("kr-nis", "the agency (NIS)", "north_korean", "deployed", "range", "1,000 to 1,500", "stock", relays=SEO,
          low=1000, high=1500, notes="reinforcements sent, not losses"),
        R("kr-nis", "the agency (NIS)", "north_korean", "deployed", "approximate", "roughly 11,000", "stock", relays=SEO,
          best=11000, notes="the first deployment; never added to the reinforcements here"),
    ])],
    [S("‘If the North keeps feeding fresh units into the line at this pace, its cumulative casualties could top 7,500 by the summer,’ Seo quoted an NIS official as saying.", [
        R("kr-nis", "an NIS official", "north_korean", "casualties_unspecified", "more_than", "top 7,500", "cumulative",
          relays=SEO, modality="conditional", low=7500, notes="if-then; a running total looked forward to the summer"),
    ])],
    [S("The two North Korean prisoners held by Ukraine since January have said they wish to go to South Korea, the NIS said, adding that Seoul would accept them if they formally requested it.", [
        R("kr-nis", "the NIS", "north_korean", "captured", "exact", "two", "cumulative", relays="Yonhap", low=2, best=2, high=2,
          notes="the 'if' is about Seoul accepting them, not a conditional loss"),
    ])],
    [S("Ukraine's military intelligence has put North Korean casualties far higher, at more than 8,000, a figure the NIS said it could not confirm.", [
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "casualties_unspecified", "more_than", "more than 8,000",
          "cumulative", relays="Yonhap", low=8000, notes="cited, then doubted by the NIS"),
    ])],
    [S("Separately, South Korea's military said it was tracking the transfer of about 200 North Korean long-range artillery pieces to Russia since November.",
       trap="equipment; 'South Korea's' is the claimant, not whose losses")],
    [S("The briefing came a day after Russia and Ukraine swapped 175 prisoners each in a deal brokered by the United Arab Emirates.",
       trap="prisoners exchanged")],
    [S("(END)")],
]

# ---------------------------------------------------------------- ac08
# A military blogger's long-form Substack post built on geolocated footage.
ac08_count = S("In them I can count 148 bodies in North Korean winter kit and 64 in Russian uniforms, and I only count figures that are clearly dead, not ones that crawl out of shot.", [
    R("author", "the blogger (own voice)", "north_korean", "killed", "exact", "148", "period", low=148, best=148, high=148,
      notes="the author's count from footage, Jan 20 to Feb 9"),
    R("author", "the blogger (own voice)", "russian", "killed", "exact", "64", "period", low=64, best=64, high=64,
      notes="same footage and window"),
])
ac08 = [
    [S("Three weeks, 212 dead: what the geolocated Kursk footage actually shows", [
        R("author", "the blogger (own voice)", "russian_and_north_korean", "killed", "exact", "212", "period",
          low=212, best=212, high=212, derived=ac08_count, notes="headline sums the body's 148 and 64; mixed count stays mixed"),
    ])],
    [S("Kursk Notes, issue 14. A long one, so get a coffee.", trap="issue number")],
    [S("Between January 20 and February 9 I geolocated 37 drone videos from the Kursk front, all posted by Ukrainian units.",
       trap="number of videos and dates; 'Ukrainian' units posted them"),
     ac08_count,
     S("That is a floor, not an estimate.")],
    [S("For the same three weeks, Birds of Magyar claimed ‘over 400 Korean two-hundreds and three-hundreds’, drone-army slang for killed and wounded.", [
        R("ua-birds-of-magyar", "Birds of Magyar", "north_korean", "killed_or_wounded", "more_than", "over 400", "period",
          low=400, notes="'200s and 300s' defined by the text as killed and wounded, one combined figure"),
    ]),
     S("If the footage captures a fifth of what really happens, the ratio I have seen hold elsewhere on this front, then the real North Korean death toll for those weeks would be something like 740.", [
         R("author", "the blogger (own voice)", "north_korean", "killed", "approximate", "something like 740", "period",
           modality="conditional", best=740, derived=ac08_count, notes="the author's own extrapolation from his count"),
     ])],
    [S("US and British officials told reporters last week that Pyongyang’s dead now number ‘in the low thousands’.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed", "vague", "in the low thousands", "cumulative",
          low=1000, high=3999, notes="list of claimants: one row each"),
        R("gb-officials", "British officials (unnamed)", "north_korean", "killed", "vague", "in the low thousands", "cumulative",
          low=1000, high=3999, notes="list of claimants: one row each"),
    ]),
     S("The 95th Brigade, in a Telegram post on Sunday, put Russian and North Korean assault losses in its sector at ‘about 120 a day, killed and wounded’.", [
         R("ua-95th-brigade", "the 95th Brigade (Ukraine)", "russian_and_north_korean", "killed_or_wounded", "approximate",
           "about 120 a day", "unspecified", counted_in="people_per_day", best=120,
           notes="a rate with no stated window; mixed sides stay mixed"),
     ]),
     S("I don’t buy that one: it would mean the entire Korean contingent gone inside three months.",
       trap="the author's objection; no figure of his own")],
    [S("Severny Veter, a Russian Z-channel with roughly 300,000 subscribers, wrote on Tuesday that one assault company of a marine brigade had been ‘ground down to a dozen men’ near Makhnovka.",
       trap="subscribers; a dozen men left is remaining strength, not losses"),
     S("The same channel claimed that the Ukrainians had lost ‘up to a battalion’ trying to hold Sverdlikovo over the previous four days.", [
         R("severny-veter", "Severny Veter (Russian Telegram channel)", "ukrainian", "casualties_unspecified", "at_most",
           "up to a battalion", "period", counted_in="battalions", high=1, notes="formation as written, four days"),
     ])],
    [S("Most of the bodies I counted lie within 1.5 km of the Ukrainian treeline along the Sudzha–Kursk road.", trap="distance"),
     S("Two weeks ago I wrote that nobody had filmed a Korean being taken alive; the Special Operations Forces have since published video of two captured men.", [
         R("ua-sso", "Ukraine's Special Operations Forces", "north_korean", "captured", "exact", "two", "cumulative",
           low=2, best=2, high=2, notes="'Two weeks ago' is when the author wrote, not a count"),
     ])],
]

SPECS = {
    "ac01-ft-big-read": ac01,
    "ac02-rferl-regional-service": ac02,
    "ac03-tass-general-interview": ac03,
    "ac04-kyiv-independent-roundup": ac04,
    "ac05-nknews-state-media-analysis": ac05,
    "ac06-nordic-written-answer": ac06,
    "ac07-yonhap-lead-update": ac07,
    "ac08-milblogger-substack": ac08,
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
