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


# Claimant ids used across the set (new ones are lowercase, prefixed by country).
CECS = "Centre for Eurasian Conflict Studies"
NI = "North Insight"

# ---------------------------------------------------------------- j01
# A Washington Post-style news analysis built on anonymous officials.
j01_s1 = S("WASHINGTON — North Korea has suffered more than 4,000 casualties since its soldiers entered combat in Russia's Kursk region in December, according to U.S. officials familiar with the latest intelligence assessments, a toll that one official called “staggering for an army that has not fought a war in seven decades.”", [
    R("us-officials", "U.S. officials familiar with the latest intelligence assessments", "north_korean",
      "casualties_unspecified", "more_than", "more than 4,000", "cumulative", low=4000,
      notes="'since ... December' makes it a running total; 'casualties' undefined"),
])
j01 = [
    [S("North Korea's Kursk toll passes 4,000, U.S. officials say, as Seoul raises its own count",
       trap=restates(j01_s1))],
    [j01_s1,
     S("Roughly 1,000 of them were killed, said two of the officials, who spoke on the condition of anonymity to discuss intelligence matters.", [
         R("us-officials", "two of the officials", "north_korean", "killed", "approximate", "Roughly 1,000",
           "cumulative", best=1000, notes="'of them' = of the running total of casualties; the killed are part of the 4,000"),
     ]),
     S("The rest were wounded, and many returned to the front within weeks, the officials said.")],
    [S("The American figures are higher than those South Korea's National Intelligence Service gave lawmakers in Seoul last month."),
     S("In a closed-door briefing to the National Assembly's intelligence committee, the NIS said about 300 North Korean soldiers had so far been killed and about 2,700 wounded, according to Rep. Yoon Dae-sik, who spoke to reporters afterward.", [
         R("kr-nis", "the NIS", "north_korean", "killed", "approximate", "about 300", "cumulative",
           relays="Rep. Yoon Dae-sik", best=300, notes="intelligence service briefing lawmakers: service is claimant, lawmaker the relay"),
         R("kr-nis", "the NIS", "north_korean", "wounded", "approximate", "about 2,700", "cumulative",
           relays="Rep. Yoon Dae-sik", best=2700),
     ]),
     S("Seoul's spy agency has since revised its count."),
     S("In a statement on Thursday, the agency put total North Korean casualties at about 4,700, including some 600 dead.", [
         R("kr-nis", "Seoul's spy agency (the agency)", "north_korean", "casualties_unspecified", "approximate",
           "about 4,700", "cumulative", best=4700, notes="revised running total; the earlier 300 + 2,700 is superseded, not added"),
         R("kr-nis", "Seoul's spy agency (the agency)", "north_korean", "killed", "approximate", "some 600",
           "cumulative", best=600, notes="'including': part of the 4,700"),
     ])],
    [S("U.S. and South Korean officials said Pyongyang now has about 11,000 troops in and around Kursk.", [
        R("us-officials", "U.S. officials", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          best=11000, notes="list of claimants: one row per nation"),
        R("kr-officials", "South Korean officials", "north_korean", "deployed", "approximate", "about 11,000",
          "stock", best=11000, notes="list of claimants: one row per nation"),
    ]),
     S("Another 3,000 could arrive by April, a U.S. official said, to replace those lost in the winter fighting.", [
         R("us-officials", "a U.S. official", "north_korean", "deployed", "exact", "3,000", "stock",
           modality="projected", low=3000, best=3000, high=3000,
           notes="reinforcements that 'could arrive': projected deployment, not losses"),
     ])],
    [S("At the height of the fighting in early February, North Korean units were losing about 90 men a day, one official said, most of them to drones and artillery.", [
        R("us-officials", "one official", "north_korean", "casualties_unspecified", "approximate", "about 90",
          "period", counted_in="people_per_day", best=90, notes="rate; 'losing men' undefined; window 'early February'"),
    ]),
     S("If that pace returned during a spring offensive, a senior administration official said, North Korea's casualties could exceed 10,000 by summer.", [
         R("us-officials", "a senior administration official", "north_korean", "casualties_unspecified",
           "more_than", "exceed 10,000", "cumulative", modality="conditional", low=10000,
           notes="if-then: conditional running total looking to summer"),
     ])],
    [S("A Ukrainian officer quoted in one of the assessments said his brigade had lost 14 drones in a single morning trying to track North Korean assault groups through the snow.",
       trap="drones lost (equipment), not people"),
     S("Moscow denies that North Korean soldiers are fighting on Russian soil and has released no casualty figures for its own forces in the region."),
     S("Washington, meanwhile, has committed $2.5 billion in new military aid to Kyiv since January, a separate official noted.",
       trap="money (military aid), not losses")],
]

# ---------------------------------------------------------------- j02
# A Daily NK-style report citing sources inside North Korea (outlet: North Insight).
j02 = [
    [S("Families in Ryanggang told to stay silent as death notices arrive from Russia")],
    [S("HYESAN — At least 40 soldiers from a single county in Ryanggang Province have been reported dead to their families since February, a source in the province told North Insight on Wednesday.", [
        R("kp-sources", "a source in the province", "north_korean", "killed", "at_least", "At least 40",
          "cumulative", relays=NI, low=40, notes="'since February': running total for one county"),
    ]),
     S("“The notices come in batches, five or six at a time, and the families are told not to hold funerals,” the source said.",
       trap="size of a batch of death notices, not a count of losses")],
    [S("The source said that around a third of the roughly 300 men sent from the county last autumn had been killed or wounded.", [
        R("kp-sources", "the source", "north_korean", "killed_or_wounded", "approximate", "around a third",
          "cumulative", relays=NI, counted_in="percent_of_force", best=33.33,
          notes="share of the 300 sent from the county (share_of the deployed row); not converted to people"),
        R("kp-sources", "the source", "north_korean", "deployed", "approximate", "roughly 300", "stock",
          relays=NI, best=300, notes="men sent from one county: deployed, the base of the share"),
    ]),
     S("Those sent were mostly conscripts of the Storm Corps, aged 19 to 24, the source added.",
       trap="ages of the men sent, not a figure of losses")],
    [S("A second source, a market trader in Hyesan, said a rumour was spreading that 2,000 soldiers had died in a single battle in January, but added that she did not believe it.",
       trap="a rumour with no claimant, cited only to be disbelieved by the person relaying it"),
     S("Grieving families have been given a one-off payment of 500,000 won and a sack of rice, she said.",
       trap="money paid to families, not losses")],
    [S("Another source, in Chongjin, said state security officers had told a meeting of local cadres on Monday that the units in Kursk had lost about 400 men in the first half of March alone.", [
        R("kp-mss", "state security officers", "north_korean", "casualties_unspecified", "approximate", "about 400",
          "period", relays="a source in Chongjin > " + NI, best=400,
          notes="North Korea's own officials acknowledging losses; 'lost men' undefined; window first half of March"),
    ]),
     S("The same officers said more than 100 wounded men had been brought home by train to a military hospital near Pyongyang during March.", [
         R("kp-mss", "the same officers (state security)", "north_korean", "wounded", "more_than", "more than 100",
           "period", relays="a source in Chongjin > " + NI, low=100, notes="wounded evacuated home during March"),
     ])],
    [S("South Korea's intelligence agency told lawmakers on Thursday that it estimated about 2,000 North Korean deaths in total since the deployment began, according to a member of the parliamentary intelligence committee.", [
        R("kr-nis", "South Korea's intelligence agency", "north_korean", "killed", "approximate", "about 2,000",
          "cumulative", relays="a member of the parliamentary intelligence committee > " + NI, best=2000),
    ]),
     S("Officials in Seoul believe Pyongyang has sent about 14,000 troops in all, including some 3,000 reinforcements who arrived in January.", [
         R("kr-officials", "Officials in Seoul", "north_korean", "deployed", "approximate", "about 14,000", "stock",
           relays=NI, best=14000),
         R("kr-officials", "Officials in Seoul", "north_korean", "deployed", "approximate", "some 3,000", "stock",
           relays=NI, best=3000, notes="reinforcement tranche, part of the 14,000; deployed, not lost"),
     ]),
     S("North Insight could not independently verify the accounts from inside the country, and the sources' names are withheld for their safety.")],
]

# ---------------------------------------------------------------- j03
# A UN human-rights monitoring note (numbered paragraphs).
j03 = [
    [S("Periodic note: treatment of persons hors de combat in the Kursk region, 1 December 2024 – 31 May 2025",
       trap="reporting period dates in a title")],
    [S("12. During the reporting period, the Mission documented the summary execution of at least 11 Ukrainian servicemen who had surrendered or been captured in Kursk region, in five separate incidents.", [
        R("un-hrmmu", "the Mission (UN human rights monitoring mission)", "ukrainian", "killed", "at_least",
          "at least 11", "period", low=11,
          notes="the note's own voice is the Mission; 'five separate incidents' is a count of incidents; '12.' is a paragraph number"),
    ]),
     S("In the deadliest, on or about 9 January near Sverdlikovo, six soldiers of a mechanised brigade were shot after laying down their weapons, according to a survivor and two other witnesses interviewed by the Mission.", [
         R("un-hrmmu", "the Mission", "ukrainian", "killed", "exact", "six", "incident", low=6, best=6, high=6,
           notes="one incident, part of the 11; witnesses are the Mission's evidence, not relays"),
     ]),
     S("The Mission also received allegations of 19 further killings of captured Ukrainian soldiers, which it has not yet been able to verify.",
       trap="unverified allegations the Mission received; it does not claim them and names no claimant")],
    [S("13. In a public statement on Friday, 14 March, Ukraine's Parliamentary Commissioner for Human Rights said Russian forces had executed seven captured Ukrainian soldiers near Russkoye Porechnoye earlier that week.", [
        R("ua-ombudsman", "Ukraine's Parliamentary Commissioner for Human Rights", "ukrainian", "killed", "exact",
          "seven", "incident", low=7, best=7, high=7,
          notes="the note cites the statement directly; 'Russian forces' are the perpetrators, the losses are Ukrainian"),
    ]),
     S("Those seven are among the 11 cases the Mission has documented.",
       trap="states that two figures already recorded overlap; no new claim")],
    [S("14. The Mission interviewed 42 Ukrainian prisoners of war released in the exchange of 19 April, 37 of whom described beatings, electric shocks or mock executions during interrogation.",
       trap="prisoners exchanged and ill-treatment counts, not losses"),
     S("The Mission has requested, and not yet received, access to prisoners of war held by the Russian Federation.")],
    [S("15. The Mission takes note of figures published by the parties on military losses in the region, which it is not in a position to assess.",
       trap="paragraph number only; no figure"),
     S("The General Staff of Ukraine's Armed Forces stated on 14 January that about 3,000 North Korean soldiers had been killed or wounded in Kursk region since the start of their deployment; the Russian Federation has stated that no North Korean forces are present on its territory.", [
         R("ua-general-staff", "The General Staff of Ukraine's Armed Forces", "north_korean", "killed_or_wounded",
           "approximate", "about 3,000", "cumulative", best=3000,
           notes="cited by the Mission without assessment; combined measure kept"),
     ]),
     S("The Russian Ministry of Defence, for its part, has claimed that Ukrainian forces lost more than 50,000 personnel in the region by mid-March.", [
         R("ru-mod", "The Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than",
           "more than 50,000", "cumulative", low=50000, notes="'lost' undefined; running total by mid-March"),
     ])],
    [S("16. Civilian harm continued on both sides of the border: in Kursk region's border districts, the Mission recorded 61 civilians killed and 248 injured over the six months, and in neighbouring Sumy region of Ukraine a further 39 killed.",
       trap="civilian deaths and injuries: outside the military-loss ledger"),
     S("Some 2,100 residents of Sudzha district remain displaced.", trap="displaced civilians, not losses")],
    [S("17. The Mission reiterates that killing a person hors de combat is a war crime, and calls on all parties to investigate every allegation.",
       trap="paragraph number only; no figure")],
]

# ---------------------------------------------------------------- j04
# A Russian regional news site's funeral report (outlet: Seym Online).
j04_s1 = S("LGOV, Kursk region — Three servicemen from Lgov district who died in the fighting near Sudzha were buried on Saturday at the town cemetery, the district administration said.", [
    R("ru-lgov-admin", "the district administration (Lgov district)", "russian", "killed", "exact", "Three",
      "unspecified", low=3, best=3, high=3, notes="dates of death not given; the burial date is not the event"),
])
j04 = [
    [S("Three more servicemen from Lgov district laid to rest", trap=restates(j04_s1))],
    [j04_s1,
     S("Private Artyom Kolesov was 22, Junior Sergeant Denis Lapin 31, and Corporal Yuri Markin 45; all three had signed contracts with a motor-rifle regiment last year.",
       trap="ages of the dead; 'all three' repeats the three already recorded")],
    [S("Seym Online counted 27 funerals of servicemen in the district's villages in March, from notices posted by the administration and the local church.", [
        R("author", "Seym Online (the site's own voice)", "russian", "killed", "exact", "27", "period",
          low=27, best=27, high=27, notes="the site's own count of funerals in March; a funeral of a serviceman = one killed"),
    ]),
     S("According to the administration, 58 residents of the district have been killed in the special military operation since 2022, 14 of them in the fighting for Kursk region itself.", [
         R("ru-lgov-admin", "the administration", "russian", "killed", "exact", "58", "cumulative",
           low=58, best=58, high=58, notes="whole war, since 2022"),
         R("ru-lgov-admin", "the administration", "russian", "killed", "exact", "14", "cumulative",
           low=14, best=14, high=14, notes="part of the 58, the Kursk share"),
     ])],
    [S("Acting Governor Pavel Dronov said on Tuesday that the region had buried “more than 300 of our sons” since the Ukrainian incursion began in August.", [
        R("ru-kursk-governor", "Acting Governor Pavel Dronov", "russian", "killed", "more_than", "more than 300",
          "cumulative", low=300, notes="'buried our sons' = own dead; 'Ukrainian incursion' is not whose losses"),
    ]),
     S("Dronov also announced a payment of 5 million roubles to the family of each fallen soldier from the region.",
       trap="money paid to families")],
    [S("Volunteers from the group Memory of the Seym, who keep their own list, say they have recorded 412 names of soldiers from the region killed since the war began — a list they call incomplete.", [
        R("ru-memory-of-seym", "Memory of the Seym (volunteer group)", "russian", "killed", "exact", "412",
          "cumulative", low=412, best=412, high=412,
          notes="named-dead count; the group's caveat 'incomplete' is a caveat, the words give an exact figure"),
    ]),
     S("At the funeral, the regiment's chaplain, Father Mikhail Orlov, said he had buried “two or three boys a week” all through February and March.", [
         R("ru-chaplain-orlov", "Father Mikhail Orlov, the regiment's chaplain", "russian", "killed", "range",
           "two or three", "period", counted_in="people_per_week", low=2, high=3,
           notes="a rate of burials over February-March"),
     ])],
    [S("Russia's Defence Ministry said on Tuesday that Ukrainian forces had lost more than 76,000 troops in the Kursk direction since last August, including over 1,200 in the past week.", [
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "more_than",
          "more than 76,000", "cumulative", low=76000, notes="Russian claimant, Ukrainian losses"),
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "more_than",
          "over 1,200", "period", low=1200, notes="past week; included in the 76,000"),
    ]),
     S("The ministry does not publish its own losses."),
     S("The cemetery has opened a new section with room for 200 graves, the administration said.",
       trap="cemetery capacity, not deaths")],
]

# ---------------------------------------------------------------- j05
# A Japanese paper's (Nikkei/Asahi-style) report from Tokyo.
JPSRC = "Japanese government sources"
j05 = [
    [S("North Korean troops in Kursk gain drone-war experience, Japanese analysis warns")],
    [S("TOKYO — North Korean forces fighting in Russia's Kursk region have lost roughly a quarter of the approximately 12,000 troops Pyongyang sent there, multiple Japanese government sources said.", [
        R("jp-officials", "multiple Japanese government sources", "north_korean", "casualties_unspecified",
          "approximate", "roughly a quarter", "cumulative", counted_in="percent_of_force", best=25,
          notes="share of the 12,000; 'lost' undefined"),
        R("jp-officials", "multiple Japanese government sources", "north_korean", "deployed", "approximate",
          "approximately 12,000", "stock", best=12000),
    ]),
     S("An analysis compiled by the Defense Ministry and delivered to the Prime Minister's Office on Wednesday estimates that nearly 1,000 of them have been killed, the sources said.", [
         R("jp-mod", "the Defense Ministry (Japan)", "north_korean", "killed", "vague", "nearly 1,000",
           "cumulative", relays=JPSRC, low=900, high=999,
           notes="the ministry's analysis, passed on by the unnamed sources; 'nearly N' read as 0.9N to N-1"),
     ])],
    [S("South Korea's National Intelligence Service, briefing lawmakers in Seoul, put North Korean casualties at about 4,000, including some 500 killed, as of late February, Yonhap News Agency reported.", [
        R("kr-nis", "South Korea's National Intelligence Service", "north_korean", "casualties_unspecified",
          "approximate", "about 4,000", "cumulative", relays="lawmakers in Seoul > Yonhap News Agency", best=4000),
        R("kr-nis", "South Korea's National Intelligence Service", "north_korean", "killed", "approximate",
          "some 500", "cumulative", relays="lawmakers in Seoul > Yonhap News Agency", best=500,
          notes="part of the 4,000"),
    ]),
     S("Japanese and South Korean officials have shared their estimates at a working level, a Foreign Ministry official in Tokyo said.")],
    [S("Of particular concern to Tokyo is that about 3,000 of the North Korean soldiers have been trained as drone operators, skills the government fears will be brought home to the Korean Peninsula.",
       trap="soldiers trained, not lost"),
     S("A senior Self-Defense Forces officer said Russian commanders had used the North Korean units “like a battering ram,” sending companies of about 100 men across open fields.",
       trap="size of a company, not a loss")],
    [S("The Defense Ministry analysis also projects that, at the current rate of roughly 20 casualties a day, North Korean losses would reach 5,000 by the end of June.", [
        R("jp-mod", "The Defense Ministry analysis", "north_korean", "casualties_unspecified", "approximate",
          "roughly 20", "unspecified", counted_in="people_per_day", relays=JPSRC, best=20,
          notes="the current rate is reported; no window stated"),
        R("jp-mod", "The Defense Ministry analysis", "north_korean", "casualties_unspecified", "exact", "5,000",
          "cumulative", modality="projected", relays=JPSRC, low=5000, best=5000, high=5000,
          notes="forecast to the end of June; 'at the current rate' is the basis of a projection, no explicit 'if'"),
    ])],
    [S("Russian losses in the same sector have been far heavier, the sources said, at an estimated 30,000 killed or wounded since August 2024.", [
        R("jp-officials", "the sources (Japanese government)", "russian", "killed_or_wounded", "approximate",
          "an estimated 30,000", "cumulative", best=30000),
    ]),
     S("On Thursday the Foreign Ministry imposed sanctions on 11 Russian and North Korean entities linked to the deployment.",
       trap="entities sanctioned, not people lost"),
     S("The government intends to describe the North Korean deployment in this year's defense white paper, due in July.")],
]

# ---------------------------------------------------------------- j06
# A live blog with timestamped entries.
j06_e1 = S("08:05 Ukraine's General Staff says Russian forces in the Kursk sector suffered 1,310 casualties over the past day, and North Korean units a further 160.", [
    R("ua-general-staff", "Ukraine's General Staff", "russian", "casualties_unspecified", "exact", "1,310",
      "period", low=1310, best=1310, high=1310, notes="past day; '08:05' is a timestamp"),
    R("ua-general-staff", "Ukraine's General Staff", "north_korean", "casualties_unspecified", "exact", "160",
      "period", low=160, best=160, high=160, notes="'a further 160' casualties, past day; revised at 10:02"),
])
j06 = [
    [S("Live: Kursk fighting — 1,470 Russian and North Korean casualties in 24 hours, Kyiv says", [
        R("author", "the live blog (headline)", "russian_and_north_korean", "casualties_unspecified", "exact",
          "1,470", "period", low=1470, best=1470, high=1470, derived=j06_e1,
          notes="headline sum 1,310 + 160 made by the outlet, not a figure Kyiv gave"),
    ])],
    [S("Monday, 10 March 2025. Updates are in Kyiv time; newest at the bottom.", trap="date of the blog")],
    [j06_e1],
    [S("08:40 Russia's Defence Ministry claims its forces killed up to 250 Ukrainian servicemen in the Kursk area over the same 24 hours.", [
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "killed", "at_most", "up to 250", "period", high=250),
    ])],
    [S("09:15 The General Staff also reports 14 Russian tanks and 31 artillery systems destroyed overnight.",
       trap="equipment destroyed, not people")],
    [S("10:02 Correction from the General Staff: the North Korean figure for the past day has been revised to 210, up from 160, after late reports from the 80th Air Assault Brigade.", [
        R("ua-general-staff", "the General Staff", "north_korean", "casualties_unspecified", "exact", "210",
          "period", low=210, best=210, high=210,
          notes="revised figure replaces the 160 (not added); '80th' names a unit"),
    ])],
    [S("11:30 Col. Taras Ivchenko, spokesman for the Northern Group of Forces, told Hromada TV that two North Korean battalions had been “effectively destroyed” near Kurilovka over the weekend.", [
        R("ua-northern-group", "Col. Taras Ivchenko, spokesman for the Northern Group of Forces", "north_korean",
          "casualties_unspecified", "exact", "two", "period", relays="Hromada TV", counted_in="battalions",
          low=2, best=2, high=2, notes="formations destroyed; not converted to people"),
    ])],
    [S("12:45 Ivchenko added that North Korean medics were evacuating roughly 40 wounded a day from the area, often on foot.", [
        R("ua-northern-group", "Ivchenko", "north_korean", "wounded", "approximate", "roughly 40", "unspecified",
          relays="Hromada TV", counted_in="people_per_day", best=40, notes="surname-only second mention; rate, no window"),
    ])],
    [S("13:20 Russian military bloggers dispute Kyiv's account: the channel Frontovaya Svodka says only 12 North Korean soldiers have been killed in the whole of March.", [
        R("ru-frontovaya-svodka", "the channel Frontovaya Svodka", "north_korean", "killed", "exact", "12",
          "period", low=12, best=12, high=12,
          notes="a Russian blogger channel speaking of North Korean losses; disputes Kyiv; March to date"),
    ])],
    [S("14:10 In Ukraine's Sumy region, the regional administration says three civilians were injured by a glide bomb in Krasnopillia.",
       trap="civilians injured, outside the military-loss ledger")],
    [S("15:00 The General Staff's running tally of Russian losses since February 2022, across all fronts, now stands at about 893,000, it said in its morning update.", [
        R("ua-general-staff", "The General Staff", "russian", "casualties_unspecified", "approximate",
          "about 893,000", "cumulative", best=893000, notes="whole war, all fronts"),
    ])],
    [S("15:40 Pyongyang has never published a casualty figure; its state media referred on Sunday only to “heroic sacrifices” by its soldiers abroad.", [
        R("kp-state-media", "its state media (North Korea)", "north_korean", "casualties_unspecified", "none",
          "heroic sacrifices", "unspecified", notes="own side acknowledges losses with no number"),
    ])],
    [S("16:25 That's it for today's live coverage; we'll be back at 07:00 on Tuesday.", trap="times of day")],
]

# ---------------------------------------------------------------- j07
# An op-ed disputing the official numbers.
j07_s1 = S("Ukraine's General Staff insists that North Korea has lost more than 7,000 soldiers in Kursk since November.", [
    R("ua-general-staff", "Ukraine's General Staff", "north_korean", "casualties_unspecified", "more_than",
      "more than 7,000", "cumulative", low=7000, notes="cited to be disputed; 'lost' undefined"),
])
j07 = [
    [S("Nobody knows how many North Koreans have died in Kursk. Least of all Kyiv"),
     S("By Martin Alderholt")],
    [j07_s1,
     S("Taken at face value, that is more than half of the roughly 12,000 troops South Korean officials say Pyongyang sent.", [
         R("author", "the op-ed's author", "north_korean", "casualties_unspecified", "more_than", "more than half",
           "cumulative", counted_in="percent_of_force", low=50, derived=j07_s1,
           notes="the writer's own arithmetic on the General Staff figure"),
         R("kr-officials", "South Korean officials", "north_korean", "deployed", "approximate", "roughly 12,000",
           "stock", best=12000),
     ]),
     S("No army that loses half its strength in four months keeps attacking, and the North Koreans kept attacking.",
       trap="rhetorical generalisation, not a claim about a figure")],
    [S("The Pentagon offered a far lower estimate on a Tuesday in January: about 1,200 killed and wounded to that point.", [
        R("us-dod", "The Pentagon", "north_korean", "killed_or_wounded", "approximate", "about 1,200", "cumulative",
          best=1200, notes="'killed and wounded' as one figure; running total to January"),
    ]),
     S("Seoul's intelligence service, whose sources are better than either, told legislators in February that around 400 had died and around 3,100 had been wounded.", [
         R("kr-nis", "Seoul's intelligence service", "north_korean", "killed", "approximate", "around 400",
           "cumulative", relays="South Korean legislators", best=400),
         R("kr-nis", "Seoul's intelligence service", "north_korean", "wounded", "approximate", "around 3,100",
           "cumulative", relays="South Korean legislators", best=3100),
     ]),
     S("Kyiv's own first claim, in December, was of “several hundred” North Korean dead in a single week.", [
         R("ua-officials", "Kyiv", "north_korean", "killed", "vague", "several hundred", "period",
           low=300, high=999, notes="'Kyiv' = Ukrainian officials; a week in December"),
     ])],
    [S("I spent two weeks in Ukrainian villages on the Sumy border last spring, and the soldiers I met were scornful of all these numbers.",
       trap="length of the writer's trip"),
     S("One drone commander told me his company alone had killed “at least 500” North Koreans — a figure his own company's strike log, which he showed me, put at 212.", [
         R("ua-drone-company", "a Ukrainian drone company (its commander)", "north_korean", "killed", "at_least",
           "at least 500", "unspecified", low=500, notes="the commander speaks for his unit"),
         R("ua-drone-company", "the company's strike log", "north_korean", "killed", "exact", "212",
           "unspecified", low=212, best=212, high=212,
           notes="the unit's own record, shown to the writer; contradicts the 500"),
     ])],
    [S("Moscow is no help: it admits no North Korean presence at all, and it stopped publishing figures for its own dead years ago."),
     S("If the true toll is nearer Seoul's figure, Pyongyang can sustain this deployment for years; if it is nearer Kyiv's, it will need to send at least 5,000 replacements by summer.", [
         R("author", "the op-ed's author", "north_korean", "deployed", "at_least", "at least 5,000", "stock",
           modality="conditional", low=5000, notes="if-then on troops to be sent, not losses"),
     ])],
    [S("My own estimate, for what it is worth, is between 2,000 and 3,500 North Korean casualties to date.", [
        R("author", "the op-ed's author", "north_korean", "casualties_unspecified", "range",
          "between 2,000 and 3,500", "cumulative", low=2000, high=3500),
    ]),
     S("The honest answer, though, is that nobody outside the Kremlin and Pyongyang knows.")],
    [S("Martin Alderholt, a former Danish army officer, has written about the war for nine years.",
       trap="the writer's biography")],
]

# ---------------------------------------------------------------- j08
# A think-tank report summarised by a news article, with its table of claims.
j08_s1 = S("LONDON — Russia has suffered about 58,000 killed and wounded in the Kursk region since August 2024, and North Korea about 4,000, the Centre for Eurasian Conflict Studies estimates in a report published on Thursday.", [
    R("cecs", CECS, "russian", "killed_or_wounded", "approximate", "about 58,000", "cumulative", best=58000),
    R("cecs", CECS, "north_korean", "killed_or_wounded", "approximate", "about 4,000", "cumulative", best=4000,
      notes="elliptical clause: same measure as the Russian figure"),
])
j08 = [
    [S("Think tank puts Russian and North Korean killed and wounded in Kursk at 62,000", [
        R("author", "the article (headline)", "russian_and_north_korean", "killed_or_wounded", "exact", "62,000",
          "cumulative", low=62000, best=62000, high=62000, derived=j08_s1,
          notes="headline sum of 58,000 + 4,000 made by the outlet"),
    ])],
    [j08_s1,
     S("The authors, led by the former army analyst Dr. Helen Marsh, say the North Korean figure means roughly one in three of the 12,000 soldiers Pyongyang sent has been killed or wounded.", [
         R("cecs", "The authors (Dr. Helen Marsh)", "north_korean", "killed_or_wounded", "approximate",
           "roughly one in three", "cumulative", counted_in="percent_of_force", best=33.33),
         R("cecs", "The authors (Dr. Helen Marsh)", "north_korean", "deployed", "exact", "12,000", "stock",
           low=12000, best=12000, high=12000),
     ])],
    [S("Marsh said the Russian estimate rested on satellite images of new graves and on published obituaries, and that the true number was “unlikely to be below 45,000 or above 70,000”.", [
        R("cecs", "Marsh", "russian", "killed_or_wounded", "range", "below 45,000 or above 70,000", "cumulative",
          low=45000, high=70000, notes="the report's lead author speaks for the centre; range around its 58,000"),
    ]),
     S("At the peak of the fighting, in mid-March, Russian and North Korean forces together were losing an estimated 400 men a day, the report says.", [
         R("cecs", "the report", "russian_and_north_korean", "casualties_unspecified", "approximate",
           "an estimated 400", "period", counted_in="people_per_day", best=400, notes="mixed rate stays mixed"),
     ])],
    [S("The report sets the centre's figures beside other published claims:")],
    [S("Ukraine's General Staff, as of 6 March: 64,000 Russian troops killed, wounded, missing or captured in Kursk since August 2024.", [
        R("ua-general-staff", "Ukraine's General Staff", "russian", "killed_wounded_missing_or_captured", "exact",
          "64,000", "cumulative", relays=CECS, low=64000, best=64000, high=64000),
    ])],
    [S("Russian Defence Ministry, as of 5 March: more than 70,000 Ukrainian troops lost in the Kursk direction.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than",
          "more than 70,000", "cumulative", relays=CECS, low=70000),
    ])],
    [S("South Korea's NIS, as of 27 February: 4,700 North Korean casualties, of which about 600 killed.", [
        R("kr-nis", "South Korea's NIS", "north_korean", "casualties_unspecified", "exact", "4,700", "cumulative",
          relays=CECS, low=4700, best=4700, high=4700),
        R("kr-nis", "South Korea's NIS", "north_korean", "killed", "approximate", "about 600", "cumulative",
          relays=CECS, best=600, notes="part of the 4,700"),
    ])],
    [S("US officials, late February: at least 1,000 North Koreans killed.", [
        R("us-officials", "US officials", "north_korean", "killed", "at_least", "at least 1,000", "cumulative",
          relays=CECS, low=1000),
    ])],
    [S("Ukraine's military intelligence (GUR), as of 1 March: 22 North Korean soldiers taken prisoner.", [
        R("ua-gur", "Ukraine's military intelligence (GUR)", "north_korean", "captured", "exact", "22",
          "cumulative", relays=CECS, low=22, best=22, high=22),
    ])],
    [S("The centre's own estimate of North Korean dead, about 1,100, is above both the American and the South Korean figures.", [
        R("cecs", "The centre", "north_korean", "killed", "approximate", "about 1,100", "cumulative", best=1100),
    ]),
     S("The report warns that if Pyongyang rotates two fresh brigades into the line, as Marsh expects, North Korean killed and wounded could reach 9,000 by the end of 2025.", [
         R("cecs", "The report", "north_korean", "killed_or_wounded", "exact", "9,000", "cumulative",
           modality="conditional", low=9000, best=9000, high=9000,
           notes="if-then; 'two fresh brigades' is troops to be sent, not a loss"),
     ])],
    [S("Marsh's team also counted 1,850 destroyed or abandoned Russian vehicles in the region on commercial satellite images.",
       trap="vehicles (equipment), not people"),
     S("The 64-page report was funded by a grant from the Norwegian foreign ministry.",
       trap="page count; 'Norwegian' is the funder")],
]

SPECS = {
    "j01-news-analysis-anonymous-officials": j01,
    "j02-inside-north-korea-sources": j02,
    "j03-un-monitoring-note": j03,
    "j04-russian-regional-funeral-report": j04,
    "j05-japanese-paper-tokyo": j05,
    "j06-live-blog": j06,
    "j07-op-ed-disputing-numbers": j07,
    "j08-think-tank-table-summary": j08,
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
