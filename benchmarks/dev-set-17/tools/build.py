#!/usr/bin/env python3
"""Build dev-set-17: fabricated texts, gold.csv and traps.csv from the data below.

Every sentence is typed once.  A paragraph is a list of items; an item is
  "plain sentence"                      (no number, no claim)
  ("sentence", [row, row, ...])          (gold rows for that sentence)
  ("sentence", "why it is a trap")       (sentence with a number that is no loss claim)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FOOTER = "[Fabricated test text for the loss-claims project; not a real report.]"

HEADER = ["file", "quote", "claimant_id", "claimant_name", "relay_names", "whose_losses", "measure",
          "counted_in", "modality", "qualifier", "low", "best", "high", "count_as_written", "scope",
          "derived_from_quote", "notes"]


def R(cid, cname, whose, measure, qual, caw, scope, low="", best="", high="", relay="",
      unit="people", mod="reported", derived="", notes=""):
    return dict(claimant_id=cid, claimant_name=cname, relay_names=relay, whose_losses=whose,
                measure=measure, counted_in=unit, modality=mod, qualifier=qual, low=low, best=best,
                high=high, count_as_written=caw, scope=scope, derived_from_quote=derived, notes=notes)


def restates(body):
    return "headline restates: " + body


# ---------------------------------------------------------------- p01: wire exclusive (documents, unnamed sources)
H = "Halden"
GS = "Ukraine's General Staff (internal assessments seen by Halden)"
p01_s1 = ("KYIV/SEOUL, March 6 (Halden) -- North Korea has had about 4,000 of the roughly 12,000 soldiers it sent "
          "to Russia's Kursk region killed or wounded since they entered combat in December, according to internal "
          "assessments by Ukraine's General Staff reviewed by Halden.")
P01 = [
    [("Exclusive: North Korea has lost a third of its Kursk force, Ukrainian documents show",
      [R("author", "Halden (the agency's own headline)", "north_korean", "killed_or_wounded", "exact", "a third",
         "cumulative", 33.33, 33.33, 33.33, unit="percent_of_force", derived=p01_s1,
         notes="outlet's own share: about 4,000 of roughly 12,000; measure taken from the body sentence")])],
    [(p01_s1,
      [R("ua-general-staff", GS, "north_korean", "killed_or_wounded", "approximate", "about 4,000", "cumulative",
         best=4000, relay=H),
       R("ua-general-staff", GS, "north_korean", "deployed", "approximate", "roughly 12,000", "stock",
         best=12000, relay=H)]),
     ("Three officials familiar with the assessments, two Ukrainian and one Western, confirmed the broad picture "
      "but asked not to be named because the documents are classified.",
      "counts of sources, not of losses")],
    [("One 14-page assessment, dated Feb. 20, puts North Korean dead at 1,150 and wounded at 2,900, and lists "
      "27 soldiers as missing.",
      [R("ua-general-staff", GS, "north_korean", "killed", "exact", "1,150", "cumulative", 1150, 1150, 1150,
         relay=H, notes="as of Feb. 20; 14 is a page count"),
       R("ua-general-staff", GS, "north_korean", "wounded", "exact", "2,900", "cumulative", 2900, 2900, 2900,
         relay=H, notes="as of Feb. 20"),
       R("ua-general-staff", GS, "north_korean", "missing", "exact", "27", "cumulative", 27, 27, 27,
         relay=H, notes="as of Feb. 20")]),
     ("On page 9, the document says North Korean units lost up to a battalion in a single assault near the "
      "village of Plekhovo on Jan. 11.",
      [R("ua-general-staff", GS, "north_korean", "casualties_unspecified", "at_most", "up to a battalion",
         "incident", high=1, relay=H, unit="battalions", notes="report quoted by page (page 9)")]),
     "It describes the troops as disciplined but poorly prepared for drones, and says commanders sent infantry "
     "across open snowfields in tight columns.",
     ("The same assessment records 380 Ukrainian soldiers killed in the Kursk salient in February alone, a figure "
      "Halden could not independently verify.",
      [R("ua-general-staff", GS, "ukrainian", "killed", "exact", "380", "period", 380, 380, 380, relay=H,
         notes="February only")])],
    [("The document projects that, at the current rate of roughly 60 casualties a day, North Korean losses will "
      "pass 6,000 by the end of April.",
      [R("ua-general-staff", GS, "north_korean", "casualties_unspecified", "approximate", "roughly 60",
         "unspecified", best=60, relay=H, unit="people_per_day",
         notes="'current rate' is not tied to a stated span"),
       R("ua-general-staff", GS, "north_korean", "casualties_unspecified", "more_than", "pass 6,000",
         "cumulative", low=6000, relay=H, mod="projected", notes="projected running total by end of April")]),
     ("American, British and South Korean officials, speaking separately to Halden, put the toll lower, at "
      "between 3,000 and 3,500 killed and wounded.",
      [R(cid, name, "north_korean", "killed_or_wounded", "range", "between 3,000 and 3,500", "cumulative",
         low=3000, high=3500, relay=H)
       for cid, name in [("us-officials", "US officials (unnamed)"),
                         ("uk-officials", "British officials (unnamed)"),
                         ("kr-officials", "South Korean officials (unnamed)")]]),
     "A Pentagon spokesperson declined to comment on the documents."],
    [("The documents also tally 47 self-propelled guns and some 1,100 drones supplied by Pyongyang since "
      "October 2024, and put the value of Russian payments at about $20 billion.",
      "equipment, a year and money, not losses"),
     "Russia's Defence Ministry did not respond to a request for comment; it has never confirmed that North "
     "Korean troops fought in Kursk.",
     "Pyongyang's official news agency acknowledged the deployment in April and called the soldiers heroes, "
     "without giving any figure for losses."],
]

# ---------------------------------------------------------------- p02: Korean newspaper editorial
NIS = "South Korea's National Intelligence Service (NIS)"
HAN = "Rep. Han Ji-seok"
p02_s2 = ("According to Rep. Han Ji-seok of the ruling party, who spoke to reporters after Tuesday's closed-door "
          "session of the National Assembly's intelligence committee, the agency now estimates that some 4,700 "
          "North Korean soldiers have been killed or wounded in Russia's Kursk region, including about 600 dead.")
P02 = [
    ["[Editorial] The spy agency's Kursk arithmetic does not add up"],
    ["The National Intelligence Service owes the public a better explanation.",
     (p02_s2,
      [R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "some 4,700", "cumulative",
         best=4700, relay=HAN, notes="lawmaker relaying a closed-door briefing"),
       R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 600", "cumulative", best=600, relay=HAN,
         notes="subset of the 4,700")]),
     ("Han said the agency also believes only two soldiers have been taken prisoner by Ukraine.",
      [R("kr-nis", NIS, "north_korean", "captured", "exact", "two", "cumulative", 2, 2, 2, relay=HAN)]),
     ("He added that Pyongyang may send up to 3,000 more troops by the end of May.",
      [R("kr-nis", NIS, "north_korean", "deployed", "at_most", "up to 3,000", "stock", high=3000, relay=HAN,
         mod="projected", notes="forecast of additional troops")]),
     ("The agency has said since November that North Korea sent about 11,000 troops to Russia.",
      [R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,000", "stock", best=11000)])],
    ["We find these figures hard to square with everything else on the public record.",
     ("Ukraine's military intelligence has claimed that North Korean casualties passed 10,000 by March.",
      [R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "casualties_unspecified",
         "more_than", "passed 10,000", "cumulative", low=10000)]),
     ("Even the Pentagon, hardly given to exaggeration, said in early January that the North Korean contingent "
      "had already suffered hundreds of killed and wounded.",
      [R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "vague",
         "hundreds", "cumulative", low=200, high=999)]),
     ("Rep. Yoon Mi-rae, an opposition member of the committee, told this newspaper that agency officials had "
      "privately put the dead at closer to 2,000.",
      [R("kr-nis", NIS, "north_korean", "killed", "approximate", "closer to 2,000", "cumulative", best=2000,
         relay="Rep. Yoon Mi-rae", notes="private NIS figure relayed by an opposition lawmaker")]),
     ("Pyongyang's KCNA, for its part, has said only that the soldiers shed blood in the liberation of Kursk.",
      [R("kp-kcna", "North Korea's Korean Central News Agency (KCNA)", "north_korean", "casualties_unspecified",
         "none", "shed blood", "unspecified", notes="loss acknowledged without a number")])],
    [("If the NIS count is right, more than 40 percent of the force has already been killed or wounded, yet the "
      "agency insists the units remain fit to fight.",
      [R("author", "The newspaper's editorial voice", "north_korean", "killed_or_wounded", "more_than",
         "more than 40 percent", "cumulative", low=40, unit="percent_of_force", derived=p02_s2,
         notes="editorial's own arithmetic (4,700 of about 11,000); the if-clause questions accuracy, it is no forecast")]),
     ("Should the fighting continue at this pace through the summer, by our own reckoning the contingent could "
      "lose another 3,000 men by August.",
      [R("author", "The newspaper's editorial voice", "north_korean", "casualties_unspecified", "exact",
         "another 3,000", "period", 3000, 3000, 3000, mod="conditional",
         notes="additional losses to a stated horizon (August)")])],
    [("This is an agency with an annual budget of more than 1 trillion won and a staff said to number in the "
      "thousands.", "money and agency staff, not troops or losses"),
     ("It can do better, and lawmakers should demand that the full briefing be published within 30 days.",
      "deadline, not a loss"),
     "Nothing less will restore trust."],
]

# ---------------------------------------------------------------- p03: General Staff bulletin retold by a Kyiv outlet
KO = "Kyiv Observer"
UGS = "General Staff of the Armed Forces of Ukraine"
KG = "Ukraine's Kursk operational grouping"
MAR = "Col. Oleh Marchuk, spokesman of Ukraine's Kursk grouping"
p03_kursk = ("In the Kursk direction, the bulletin said, Ukrainian troops repelled 14 assaults on Tuesday and "
             "inflicted losses of 190 personnel on the enemy, among them North Korean soldiers.")
GSDEF = "measure per the General Staff's own definition (killed and wounded)"
P03 = [
    [("General Staff: 190 enemy troops lost in Kursk direction in a day", restates(p03_kursk))],
    [("Wednesday, 19 February 2025, 09:15", "stand-alone date line")],
    [("Russia has lost about 857,000 troops since the start of the full-scale invasion, including 1,210 over the "
      "past day, Ukraine's General Staff said in its morning update on Wednesday.",
      [R("ua-general-staff", UGS, "russian", "killed_or_wounded", "approximate", "about 857,000", "cumulative",
         best=857000, relay=KO, notes="area=whole_war; " + GSDEF),
       R("ua-general-staff", UGS, "russian", "killed_or_wounded", "exact", "1,210", "period", 1210, 1210, 1210,
         relay=KO, notes="area=whole_war; past 24 hours; " + GSDEF)]),
     "The figures, which the General Staff labels personnel losses, cover soldiers killed and wounded."],
    [(p03_kursk,
      [R("ua-general-staff", UGS, "russian_and_north_korean", "killed_or_wounded", "exact", "190", "period",
         190, 190, 190, relay=KO, notes="Tuesday; 14 assaults are not losses; " + GSDEF)]),
     ("Across the whole front, the General Staff also reported destroying 11 tanks, 23 artillery systems and 96 "
      "operational-tactical drones.", "equipment, not people")],
    [("Separately, the military's Kursk grouping said on Telegram that a North Korean assault near the village "
      "of Kurilovka on Monday had cost the attackers up to a company of infantry.",
      [R("ua-kursk-grouping", KG, "north_korean", "casualties_unspecified", "at_most", "up to a company",
         "incident", high=1, relay=KO, unit="companies")]),
     ("\"They lost dozens of men in that attack alone,\" said Col. Oleh Marchuk, the grouping's spokesman, "
      "speaking to the Kyiv Observer by phone.",
      [R("ua-kursk-grouping", MAR, "north_korean", "casualties_unspecified", "vague", "dozens of men",
         "incident", low=24, high=99, relay=KO, notes="claimant named after the verb")]),
     ("Marchuk said Ukrainian losses in the sector were \"significantly lower\" but declined to give a number.",
      [R("ua-kursk-grouping", MAR, "ukrainian", "casualties_unspecified", "none", "significantly lower",
         "unspecified", relay=KO, notes="no number given")])],
    [("Russia's Defence Ministry, for its part, claimed on Tuesday that Ukraine had lost more than 75,000 "
      "servicemen in the Kursk region since August.",
      [R("ru-mod", "Russia's Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than",
         "more than 75,000", "cumulative", low=75000, relay=KO,
         notes="'since August' = since the incursion began (Aug. 2024), so a running total")]),
     ("By the Observer's own tally of the bulletins, Russian losses across the front have averaged roughly "
      "1,300 a day over the past week, up from about 1,100 a day in January.",
      [R("author", "Kyiv Observer (own tally of bulletins)", "russian", "killed_or_wounded", "approximate",
         "roughly 1,300", "period", best=1300, unit="people_per_day",
         notes="area=whole_war; outlet's own average over the past week; " + GSDEF),
       R("author", "Kyiv Observer (own tally of bulletins)", "russian", "killed_or_wounded", "approximate",
         "about 1,100", "period", best=1100, unit="people_per_day",
         notes="area=whole_war; January average; " + GSDEF)]),
     "Neither side's figures can be independently verified.",
     ("The General Staff has published its tally every morning since the invasion began in February 2022.",
      "year, not a loss")],
]

# ---------------------------------------------------------------- p04: German broadcaster, NATO and EU officials
RF = "Rheinfunk"
NATO = "A senior NATO official (unnamed)"
p04_s1 = ("BRUSSELS -- North Korea has sent at least 3,000 additional soldiers to Russia since January to replace "
          "losses in the Kursk region, a senior NATO official told Rheinfunk on Thursday.")
P04 = [
    [("NATO: At least 3,000 more North Korean troops sent to Russia", restates(p04_s1))],
    [(p04_s1,
      [R("nato-officials", NATO, "north_korean", "deployed", "at_least", "at least 3,000", "stock", low=3000,
         relay=RF, notes="reinforcements already sent; 'to replace losses' carries no figure")]),
     ("The official, who spoke on condition of anonymity, said the contingent had taken \"heavy losses\" over "
      "the winter.",
      [R("nato-officials", NATO, "north_korean", "casualties_unspecified", "none", "heavy losses", "period",
         relay=RF, notes="no number; the winter")]),
     ("By the alliance's count, roughly 4,000 North Koreans were killed or wounded by the end of March, about a "
      "third of the original force.",
      [R("nato-officials", "NATO (the alliance's count, via a senior official)", "north_korean",
         "killed_or_wounded", "approximate", "roughly 4,000", "cumulative", best=4000, relay=RF),
       R("nato-officials", "NATO (the alliance's count, via a senior official)", "north_korean",
         "killed_or_wounded", "approximate", "about a third", "cumulative", best=33.33, relay=RF,
         unit="percent_of_force")])],
    [("An EU official, speaking to Rheinfunk separately, gave a higher figure: as many as 5,000 killed or "
      "wounded, including \"well over 1,000\" dead.",
      [R("eu-officials", "An EU official (unnamed)", "north_korean", "killed_or_wounded", "at_most",
         "as many as 5,000", "cumulative", high=5000, relay=RF),
       R("eu-officials", "An EU official (unnamed)", "north_korean", "killed", "more_than", "well over 1,000",
         "cumulative", low=1000, relay=RF)]),
     ("Germany's foreign intelligence service, the BND, assessed in February that North Korean units had been "
      "losing around 1,000 soldiers a week at the peak of the fighting in January, according to an internal "
      "summary seen by Rheinfunk.",
      [R("de-bnd", "Germany's Federal Intelligence Service (BND)", "north_korean", "casualties_unspecified",
         "approximate", "around 1,000", "period", best=1000, relay=RF, unit="people_per_week",
         notes="rate tied to January")]),
     "The BND declined to comment."],
    ["Western estimates of Russian losses in Kursk are far larger.",
     ("British defence intelligence said in its latest update that Russia had lost some 30,000 troops killed "
      "and wounded in the region since August, including about 7,000 dead.",
      [R("uk-mod", "UK Ministry of Defence (Defence Intelligence)", "russian", "killed_or_wounded",
         "approximate", "some 30,000", "cumulative", best=30000, relay=RF,
         notes="'since August' = since the incursion began"),
       R("uk-mod", "UK Ministry of Defence (Defence Intelligence)", "russian", "killed", "approximate",
         "about 7,000", "cumulative", best=7000, relay=RF)]),
     ("Kyiv does not publish its own losses, but a Ukrainian battalion commander quoted by the Berlin daily "
      "Tagesblatt said his unit had lost nearly half of its infantry in the autumn.",
      [R("ua-battalion-commander", "A Ukrainian battalion commander (unnamed)", "ukrainian",
         "casualties_unspecified", "approximate", "nearly half", "period", best=50, relay="Tagesblatt > " + RF,
         unit="percent_of_force", notes="outlet citing another outlet; share of the unit's infantry")])],
    [("The NATO official said Pyongyang could send a further 6,000 troops by the end of the year.",
      [R("nato-officials", NATO, "north_korean", "deployed", "exact", "a further 6,000", "stock", 6000, 6000,
         6000, relay=RF, mod="projected", notes="forecast of additional troops")]),
     ("The alliance estimates that North Korea has also shipped more than 200 long-range artillery pieces and "
      "about 9 million shells to Russia.", "equipment and ammunition, not people"),
     ("NATO defence ministers meet in Brussels on June 5, when allies are expected to discuss raising spending "
      "targets to 3.5 percent of GDP.", "date and spending share, not losses")],
]

# ---------------------------------------------------------------- p05: podcast transcript, two reporters
GRIM = "Ukrainian drone commander near Sudzha, call sign Grim"
UAO = "Ukrainian officials (unnamed; 'the Ukrainians')"
P05 = [
    [("Transcript, episode 112: Counting North Korea's dead in Kursk", "episode number, not a loss")],
    [("ANNA KOVAL: Welcome back, I'm Anna Koval, and with me is David Reyes, who just spent two weeks near the "
      "border in Sumy.", "length of a reporting trip")],
    ["DAVID REYES: Thanks, Anna.",
     ("The number everyone cites comes from Ukraine's military intelligence, which says about 5,000 North "
      "Koreans have been killed or wounded since they went into combat.",
      [R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "approximate",
         "about 5,000", "cumulative", best=5000)])],
    ["KOVAL: And the South Koreans say less?"],
    ["REYES: Much less.",
     ("The NIS told lawmakers in April that around 2,000 had been killed or wounded -- and this is the bit "
      "people forget -- that 600 of those were dead.",
      [R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "around 2,000", "cumulative",
         best=2000, relay="South Korean lawmakers"),
       R("kr-nis", NIS, "north_korean", "killed", "exact", "600", "cumulative", 600, 600, 600,
         relay="South Korean lawmakers")])],
    ["KOVAL: You also met people on the ground."],
    ["REYES: I did.",
     ("A drone commander near Sudzha, call sign Grim, told me his unit alone had killed \"over 300\" North "
      "Koreans since January.",
      [R("ua-drone-commander-grim", GRIM, "north_korean", "killed", "more_than", "over 300", "period", low=300,
         notes="interview by the host; 'since January' starts after the contingent entered combat")]),
     ("He said his own men had lost \"a handful\", which I took to mean fewer than ten, but he would not put a "
      "number on it.",
      [R("ua-drone-commander-grim", GRIM, "ukrainian", "casualties_unspecified", "none", "a handful",
         "unspecified", notes="no number; the host's gloss 'fewer than ten' is an interpretation, not a claim")])],
    [("KOVAL: Here's what bothers me: at the peak, in the first week of January, the Ukrainians were claiming "
      "something like 150 North Korean casualties a day.",
      [R("ua-officials", UAO, "north_korean", "casualties_unspecified", "approximate", "something like 150",
         "period", best=150, unit="people_per_day", notes="rate tied to the first week of January")])],
    [("REYES: Right, and if you multiply that over a month you get 4,500, which is close to the whole GUR total, "
      "so it doesn't quite work.", "host's hypothetical arithmetic, not anyone's loss claim")],
    ["KOVAL: And Russia?"],
    [("REYES: Moscow still hasn't said a word, but a Russian war blogger with 400,000 subscribers wrote that "
      "\"up to a brigade\" of Koreans had been ground down near Sudzha.",
      [R("ru-milblogger", "A Russian war blogger (unnamed)", "north_korean", "casualties_unspecified",
         "at_most", "up to a brigade", "unspecified", high=1, unit="brigades",
         notes="400,000 is a subscriber count")])],
    [("KOVAL: Looking ahead, Ukrainian officials told me that if Pyongyang keeps feeding troops in at this rate, "
      "North Korean casualties could top 10,000 by the end of the summer.",
      [R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "casualties_unspecified", "more_than",
         "top 10,000", "cumulative", low=10000, mod="conditional", notes="projected running total")]),
     ("They also expect another 5,000 troops to arrive before August.",
      [R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "deployed", "exact", "another 5,000",
         "stock", 5000, 5000, 5000, mod="projected", notes="forecast of additional troops")])],
    ["REYES: We'll see.",
     ("That's it for this week; we're back in seven days.", "schedule, not a loss")],
]

# ---------------------------------------------------------------- p06: press conference, ministry spokesperson
SAV = "Iryna Savchuk, spokesperson of Ukraine's Ministry of Defence"
P06 = [
    [("Transcript: Ministry of Defence briefing, 12 March 2025", "title date")],
    ["Spokesperson Iryna Savchuk of Ukraine's Ministry of Defence took questions from reporters in Kyiv."],
    [("SAVCHUK: Over the past week, Russian and North Korean forces lost 2,340 personnel in the Kursk sector, "
      "and our defenders took 19 prisoners, among them three North Korean soldiers.",
      [R("ua-mod", SAV, "russian_and_north_korean", "casualties_unspecified", "exact", "2,340", "period",
         2340, 2340, 2340),
       R("ua-mod", SAV, "russian_and_north_korean", "captured", "exact", "19", "period", 19, 19, 19),
       R("ua-mod", SAV, "north_korean", "captured", "exact", "three", "period", 3, 3, 3,
         notes="subset of the 19")]),
     ("In a single raid near Guevo on Sunday, marines of the 36th Brigade killed or captured about 40 North "
      "Korean soldiers.",
      [R("ua-mod", SAV, "north_korean", "killed_or_captured", "approximate", "about 40", "incident", best=40,
         notes="36th is a unit number")])],
    ["QUESTION (Anton Bilyk, Hromada TV): Can you give us the figure for North Korean losses alone since they "
     "arrived?"],
    [("SAVCHUK: Our estimate is that the North Korean contingent has lost more than 6,000 men killed and "
      "wounded, which is more than half of the force Pyongyang sent.",
      [R("ua-mod", SAV, "north_korean", "killed_or_wounded", "more_than", "more than 6,000", "cumulative",
         low=6000),
       R("ua-mod", SAV, "north_korean", "killed_or_wounded", "more_than", "more than half", "cumulative",
         low=50, unit="percent_of_force")])],
    [("QUESTION (Marta Ilnytska, Kyiv Observer): South Korea's intelligence service puts that number closer to "
      "4,000, so why the gap?",
      [R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "closer to 4,000", "cumulative",
         best=4000, relay="Marta Ilnytska (Kyiv Observer)",
         notes="relayed in a reporter's question; 'that number' = killed and wounded")])],
    ["SAVCHUK: The Korean colleagues count only confirmed cases, and we count everything our units report."],
    ["QUESTION (Ilnytska): And Ukrainian losses in Kursk?"],
    [("SAVCHUK: We do not disclose our own losses during active operations, but I can say they are many times "
      "lower than the enemy's.",
      [R("ua-mod", SAV, "ukrainian", "casualties_unspecified", "none", "many times lower than the enemy's",
         "unspecified", notes="no number")])],
    [("QUESTION (Oleksii Chornyi, Radio Dnipro): Russia's Defence Ministry says Ukraine lost 310 soldiers in a "
      "single assault near Zhuravka on Monday; is that true?",
      [R("ru-mod", "Russia's Ministry of Defence", "ukrainian", "casualties_unspecified", "exact", "310",
         "incident", 310, 310, 310, relay="Oleksii Chornyi (Radio Dnipro)",
         notes="relayed in a reporter's question; disputed by the spokesperson")])],
    ["SAVCHUK: That figure is fiction.",
     ("The attack at Zhuravka was repelled, and we lost fewer than 20 people, none of them killed.",
      [R("ua-mod", SAV, "ukrainian", "casualties_unspecified", "fewer_than", "fewer than 20", "incident",
         high=20),
       R("ua-mod", SAV, "ukrainian", "killed", "exact", "none of them killed", "incident", 0, 0, 0,
         notes="zero killed stated in words")])],
    ["QUESTION (Chornyi): Do you expect more North Korean troops?"],
    [("SAVCHUK: Our intelligence expects Pyongyang to send between 4,000 and 6,000 more soldiers by June, and if "
      "they are thrown into assaults the way the earlier contingent was, we expect them to lose up to half "
      "within three months.",
      [R("ua-gur", "Defence Intelligence of Ukraine (GUR) ('our intelligence')", "north_korean", "deployed",
         "range", "between 4,000 and 6,000", "stock", low=4000, high=6000, relay="Iryna Savchuk",
         mod="projected", notes="forecast of additional troops"),
       R("ua-mod", SAV, "north_korean", "casualties_unspecified", "at_most", "up to half", "period", high=50,
         mod="conditional", unit="percent_of_force",
         notes="share of the expected new troops within three months")])],
    [("SAVCHUK: The next briefing is on Thursday at 11:00.", "time of day, not a loss")],
]

# ---------------------------------------------------------------- p07: correction notice + corrected story
HUR = "Defence Intelligence of Ukraine (HUR)"
p07_body = ("KYIV -- Ukraine's Defence Intelligence (HUR) said on Thursday that 1,200 North Korean soldiers had "
            "been killed in Russia's Kursk region since they entered combat in December, and that about 2,800 "
            "more had been wounded.")
P07 = [
    [("Ukraine says 1,200 North Korean soldiers killed in Kursk", restates(p07_body))],
    [("CORRECTION, March 21: An earlier version of this story, published on March 20, said Ukraine's military "
      "intelligence put the number of North Korean soldiers killed at 12,000.",
      "the outlet's own earlier error; 12,000 killed was never claimed (see the next sentence)"),
     ("The agency's figure was 1,200; 12,000 is the number of troops it says North Korea deployed.",
      [R("ua-gur", HUR, "north_korean", "killed", "exact", "1,200", "cumulative", 1200, 1200, 1200,
         notes="correction notice restating the body figure; same claim as the body row"),
       R("ua-gur", HUR, "north_korean", "deployed", "exact", "12,000", "stock", 12000, 12000, 12000,
         notes="deployed figure appears only in the correction notice")]),
     "The story has been updated throughout."],
    [(p07_body,
      [R("ua-gur", HUR, "north_korean", "killed", "exact", "1,200", "cumulative", 1200, 1200, 1200),
       R("ua-gur", HUR, "north_korean", "wounded", "approximate", "about 2,800", "cumulative", best=2800)]),
     ("The agency, known by its Ukrainian initials, said the heaviest fighting came between Dec. 20 and Jan. 15 "
      "on open fields near the villages of Plekhovo and Nikolske.", "dates, not losses"),
     ("It said 18 soldiers had been taken prisoner, two of whom have appeared in videos released by Kyiv.",
      [R("ua-gur", HUR, "north_korean", "captured", "exact", "18", "cumulative", 18, 18, 18,
         notes="'two of whom' appeared on video is not a separate loss figure")])],
    [("The HUR's deputy head, Maj. Gen. Vadym Skrypnyk, told a Lithuanian broadcaster last week that North "
      "Korean dead could reach 2,000 by the end of April.",
      [R("ua-gur", "Maj. Gen. Vadym Skrypnyk, deputy head of Ukraine's Defence Intelligence (HUR)",
         "north_korean", "killed", "exact", "2,000", "cumulative", 2000, 2000, 2000, mod="projected",
         notes="projected running total; the broadcaster is unnamed, so no relay")]),
     ("A U.S. official, asked about the HUR numbers, said Washington's own estimate was \"in the same "
      "ballpark\" but gave no figure.",
      [R("us-officials", "A US official (unnamed)", "north_korean", "killed", "none", "in the same ballpark",
         "cumulative", notes="endorses the HUR total without a number")])],
    [("Russia's Defence Ministry, which says Ukraine has lost more than 76,000 troops in the Kursk region since "
      "August, does not acknowledge any North Korean presence.",
      [R("ru-mod", "Russia's Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than",
         "more than 76,000", "cumulative", low=76000, notes="'since August' = since the incursion began")]),
     ("North Korea and Russia signed a mutual defence treaty in June 2024, which took effect in December.",
      "dates, not losses"),
     "Pyongyang has not commented on casualties."],
]

# ---------------------------------------------------------------- p08: human-rights monitor report
SRM = "Sentinel Rights Monitor"
SRMA = "Sentinel Rights Monitor (the report's own voice)"
P08 = [
    [("Captured, then killed: the treatment of prisoners in the Kursk fighting, December 2024 to June 2025",
      "title: dates only")],
    [("Sentinel Rights Monitor | Report 7/2025 | Published 30 June 2025", "stand-alone date line")],
    [("The Monitor documented 46 cases in which Ukrainian soldiers were killed after surrendering to Russian "
      "forces in the Kursk region between December 2024 and June 2025, with at least 93 victims in all.",
      [R("author", SRMA, "ukrainian", "killed", "at_least", "at least 93", "period", low=93,
         notes="executions of prisoners; 46 is a count of cases, not people")]),
     ("In the same period, it recorded the killing of 12 Russian prisoners by Ukrainian units in four separate "
      "incidents.",
      [R("author", SRMA, "russian", "killed", "exact", "12", "period", 12, 12, 12,
         notes="executions of prisoners; four is a count of incidents")]),
     ("The Monitor verified that 11 North Korean soldiers were captured alive, two of whom were later moved to "
      "Kyiv, and received credible reports that dozens more took their own lives to avoid capture.",
      [R("author", SRMA, "north_korean", "captured", "exact", "11", "cumulative", 11, 11, 11,
         notes="'two of whom' moved to Kyiv is not a separate loss figure"),
       R("unnamed-sources", "Credible reports received by the Monitor (unnamed sources)", "north_korean",
         "killed", "vague", "dozens", "cumulative", low=24, high=99, relay=SRM, notes="suicides to avoid capture")])],
    [("A 24-year-old Ukrainian infantryman interviewed by the Monitor in April said he watched Russian soldiers "
      "shoot five of his comrades after they laid down their weapons near Kurilovka on Jan. 9.",
      [R("witness-ua-infantryman", "A 24-year-old Ukrainian infantryman (witness, unnamed)", "ukrainian",
         "killed", "exact", "five", "incident", 5, 5, 5, relay=SRM, notes="24 is an age")]),
     ("Another survivor, a medic, described the same incident but put the number of dead at seven.",
      [R("witness-ua-medic", "A Ukrainian medic (witness, unnamed)", "ukrainian", "killed", "exact", "seven",
         "incident", 7, 7, 7, relay=SRM, notes="conflicts with the infantryman's count of the same incident")]),
     "The Monitor has been unable to reconcile the accounts."],
    [("On page 14 of its annual assessment, the Geneva-based Detainee Rights Observatory reported \"at least "
      "79\" executions of Ukrainian prisoners across all front lines since August 2024.",
      [R("detainee-rights-observatory", "Detainee Rights Observatory (Geneva)", "ukrainian", "killed",
         "at_least", "at least 79", "period", low=79, relay=SRM,
         notes="area=whole_war; all front lines; report quoted by page (page 14)")]),
     ("Russia's human rights commissioner said in May that 1,050 Russian servicemen were being held by Ukraine, "
      "including about 700 captured in the Kursk region.",
      [R("ru-ombudsman", "Russia's human rights commissioner", "russian", "captured", "exact", "1,050", "stock",
         1050, 1050, 1050, relay=SRM, notes="area=whole_war; prisoners currently held"),
       R("ru-ombudsman", "Russia's human rights commissioner", "russian", "captured", "approximate",
         "about 700", "stock", best=700, relay=SRM, notes="prisoners currently held, captured in Kursk")]),
     ("Since January, 390 Ukrainian prisoners have returned home in three exchanges, according to Ukraine's "
      "Coordination Headquarters.", "returned prisoners, not new losses")],
    [("Overall, the Monitor estimates that several hundred prisoners from both sides remain unaccounted for.",
      [R("author", SRMA, "both_sides", "missing", "vague", "several hundred", "cumulative", low=300, high=999)]),
     ("It calls on both parties to give the International Committee of the Red Cross access to all detainees "
      "within 30 days.", "deadline, not a loss")],
]

RAW = {
    "p01-wire-exclusive": P01,
    "p02-korean-editorial": P02,
    "p03-kyiv-bulletin": P03,
    "p04-german-broadcaster": P04,
    "p05-podcast-transcript": P05,
    "p06-press-conference": P06,
    "p07-correction-notice": P07,
    "p08-rights-monitor": P08,
}


def _text(item):
    return item if isinstance(item, str) else item[0]


DOCS = {fid: [[_text(it) for it in para] for para in paras] + [[FOOTER]] for fid, paras in RAW.items()}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def render(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    gold, traps = [], []
    for fid, paras in RAW.items():
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(render(fid))
        fname = "texts/%s.txt" % fid
        for para in paras:
            for it in para:
                if isinstance(it, str):
                    continue
                sent, ann = it
                if isinstance(ann, str):
                    traps.append({"file": fname, "sentence": sent, "why": ann})
                else:
                    for row in ann:
                        gold.append(dict(file=fname, quote=sent, **row))
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER)
        w.writeheader()
        w.writerows(gold)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "sentence", "why"])
        w.writeheader()
        w.writerows(traps)
    print("texts=%d gold=%d traps=%d" % (len(RAW), len(gold), len(traps)))


if __name__ == "__main__":
    main()
