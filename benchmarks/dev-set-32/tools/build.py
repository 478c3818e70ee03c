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


# Bounds used for vague words in this set (see README):
#   nearly N / almost N -> vague, low 0.9N, high N-1;  several hundred -> 300-999;
#   several thousand -> 3000-9999;  thousands -> 2000-9999;  nearly half -> 45-49 (percent).
# Shares written as fractions: a third 33.33, two-thirds 66.67, a quarter 25 (approximate).

# ---------------------------------------------------------------- u01
# A Times of London-style report from a Ukrainian military hospital near the Kursk border.
u01_s_rate = S("Dr Oksana Melnyk, 46, the hospital's chief surgeon, said her team had received about 40 wounded soldiers a day during the worst of the fighting around Sudzha in January.", [
    R("ua-melnyk", "Dr Oksana Melnyk, chief surgeon", "ukrainian", "wounded", "approximate",
      "about 40 wounded soldiers a day", "period", counted_in="people_per_day", best=40,
      notes="rate; basis period 'in January' is stated, so scope period; 46 is her age"),
])
u01 = [
    [S("‘Forty a day’: the hospital where the Kursk campaign comes home", trap=restates(u01_s_rate))],
    [S("SUMY REGION — The corridors of the converted school smell of iodine and diesel, and on a grey Tuesday morning every bed was taken."),
     S("The building, a secondary school for 600 pupils until the war, sits about 30 kilometres from the Russian border.", trap="school capacity and distance, not losses")],
    [u01_s_rate,
     S("Since the hospital opened in August 2024, she said, more than 2,600 men had passed through its operating theatres.", [
         R("ua-melnyk", "Dr Oksana Melnyk, chief surgeon", "ukrainian", "wounded", "more_than", "more than 2,600",
           "cumulative", low=2600, notes="men operated on = wounded; running total since the hospital opened"),
     ]),
     S("Of those, 112 died of their wounds on the tables or in the wards, a figure the Ukrainian military has not published.", [
         R("ua-melnyk", "Dr Oksana Melnyk, chief surgeon", "ukrainian", "killed", "exact", "112", "cumulative",
           low=112, best=112, high=112, notes="died of wounds = killed; claimant inferred from the paragraph; same running window as the 2,600"),
     ]),
     S("“On the bad nights we had twelve tables going at once,” Melnyk said.", trap="operating tables in use, not people")],
    [S("Not every patient is Ukrainian."),
     S("Lieutenant Colonel Andriy Bondar, who commands the medical battalion attached to the hospital, said his medics had treated 17 Russian soldiers and three North Koreans taken prisoner since the autumn.", [
         R("ua-bondar", "Lt Col Andriy Bondar, medical battalion commander", "russian", "captured", "exact", "17",
           "cumulative", low=17, best=17, high=17, notes="prisoners treated here; a count of captured men, running total since the autumn"),
         R("ua-bondar", "Lt Col Andriy Bondar, medical battalion commander", "north_korean", "captured", "exact", "three",
           "cumulative", low=3, best=3, high=3, notes="second nationality in the same sentence gives its own row"),
     ]),
     S("Bondar said the assault brigade he served with before his transfer lost a third of one company in a single night at Malaya Loknya in December.", [
         R("ua-bondar", "Lt Col Andriy Bondar, medical battalion commander", "ukrainian", "casualties_unspecified",
           "approximate", "a third", "incident", counted_in="percent_of_force", best=33.33,
           notes="'lost' undefined; share of one company, no troop figure given; 'one company' is the base, not a formation lost"),
     ]),
     S("Three of his own medics have been killed since Christmas, two of them by the same drone.", [
         R("ua-bondar", "Lt Col Andriy Bondar, medical battalion commander", "ukrainian", "killed", "exact", "Three",
           "cumulative", low=3, best=3, high=3, notes="claimant inferred from context; 'two of them' is a subset of the three, no row"),
     ])],
    [S("Russia's defence ministry claimed on Monday that Ukraine had lost more than 76,000 troops in the Kursk region since last August, a number Melnyk waved away.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000",
          "cumulative", low=76000, notes="cited only to be disputed; still a claim by the ministry"),
    ]),
     S("“If that were true, there would be nobody left to bring us,” she said."),
     S("If the Russians push again in the spring, she expects as many as 80 wounded a day.", [
         R("ua-melnyk", "Dr Oksana Melnyk, chief surgeon", "ukrainian", "wounded", "at_most", "as many as 80 wounded a day",
           "unspecified", counted_in="people_per_day", modality="conditional", high=80,
           notes="if-then forecast; rate with no basis period"),
     ])],
    [S("A British-built ambulance donated last spring has already covered 90,000 kilometres on the road to the border.", trap="distance; 'British' is not whose losses"),
     S("The hospital says it still needs 14 anaesthetists and a generator costing about £40,000.", trap="staff shortfall and money")],
]

# ---------------------------------------------------------------- u02
# A Chinese state media item in English quoting Russian officials.
XIN = "Xinhua"
u02_s1 = S("MOSCOW, March 12 (Xinhua) -- The Russian Defense Ministry said Wednesday that the Ukrainian armed forces had lost over 1,450 servicemen in the Kursk direction over the past week.", [
    R("ru-mod", "Russian Defense Ministry", "ukrainian", "casualties_unspecified", "more_than", "over 1,450",
      "period", relays=XIN, low=1450, notes="weekly summary; 'lost' undefined"),
])
u02 = [
    [S("Ukraine loses over 1,450 troops in Kursk direction in a week: Russian MoD", trap=restates(u02_s1))],
    [u02_s1,
     S("According to the ministry, Ukrainian losses in the area since the start of hostilities in August 2024 have exceeded 68,200 personnel, 342 tanks and 1,890 artillery pieces.", [
         R("ru-mod", "Russian Defense Ministry", "ukrainian", "casualties_unspecified", "more_than", "exceeded 68,200",
           "cumulative", relays=XIN, low=68200, notes="tanks and artillery are equipment, no rows"),
     ]),
     S("More than 300 Ukrainian troops were killed and wounded in fighting near the village of Nikolayevo-Darino on Monday alone, it said.", [
         R("ru-mod", "Russian Defense Ministry", "ukrainian", "killed_or_wounded", "more_than", "More than 300",
           "incident", relays=XIN, low=300, notes="'it' = the ministry; 'killed and wounded' is one combined figure"),
     ]),
     S("The ministry said the North group of forces had repelled 11 counterattacks during the week and taken 26 Ukrainian servicemen prisoner.", [
         R("ru-mod", "Russian Defense Ministry", "ukrainian", "captured", "exact", "26", "period", relays=XIN,
           low=26, best=26, high=26, notes="11 counterattacks is not a loss figure"),
     ]),
     S("In a separate statement on Thursday, the ministry said an Iskander missile strike on a Ukrainian training ground outside Sumy had killed up to 70 servicemen.", [
         R("ru-mod", "Russian Defense Ministry", "ukrainian", "killed", "at_most", "up to 70", "incident", relays=XIN,
           high=70, notes="'the ministry' on a later sentence; one strike; Sumy is just outside Kursk"),
     ]),
     S("Russian forces also destroyed 47 armored vehicles and 19 field artillery guns, the ministry added.", trap="equipment, not people")],
    [S("Colonel General Sergei Rudenko, commander of the North group, told the Zvezda channel that Ukraine's 82nd brigade had lost two-thirds of its personnel since entering the region.", [
        R("ru-rudenko", "Col Gen Sergei Rudenko, North group commander", "ukrainian", "casualties_unspecified",
          "approximate", "two-thirds", "cumulative", counted_in="percent_of_force", relays="Zvezda > " + XIN, best=66.67,
          notes="share of one brigade; relay chain TV channel then Xinhua"),
    ]),
     S("The ministry estimates that Kiev is losing up to 200 troops daily on the Kursk axis."  , [
         R("ru-mod", "Russian Defense Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 200 troops daily",
           "unspecified", counted_in="people_per_day", relays=XIN, high=200, notes="rate with no basis period"),
     ]),
     S("Russian presidential aide Viktor Sorokin said about 2,000 Ukrainian soldiers were surrounded near the border village of Gornal.", trap="troops encircled, not lost")],
    [S("Russian Ambassador to China Nikolai Vetrov told Xinhua in an interview that the Ukrainian command had \"thrown away\" nearly 10,000 soldiers in the Kursk adventure in January alone.", [
        R("ru-vetrov", "Nikolai Vetrov, Russian ambassador to China", "ukrainian", "casualties_unspecified", "vague",
          "nearly 10,000", "period", relays=XIN, low=9000, high=9999, notes="'thrown away' = losses, undefined; period January"),
    ]),
     S("Acting regional governor Pavel Grishin said nine civilians had been killed by Ukrainian drones in the Glushkovo district since Friday.", trap="civilian deaths, outside the military loss count"),
     S("Chinese Foreign Ministry spokesperson Lin Wei said China had sent relief supplies worth 50 million yuan to affected residents and called for dialogue.", trap="money")],
]

# ---------------------------------------------------------------- u03
# A Ukrainian parliament member's Facebook post, retold by a news site.
UP = "Ukrainska Pravda"
HP = "Maryna Hordiienko > " + UP
u03_s1 = S("According to the post, military intelligence told committee members behind closed doors on Friday that North Korea had lost about 4,000 soldiers killed and wounded in Kursk since December.", [
    R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed_or_wounded", "approximate", "about 4,000",
      "cumulative", relays=HP, best=4000, notes="briefing relayed by the MP's post, then by the site"),
])
u03 = [
    [S("Thousands of North Koreans killed or wounded in Kursk, MP says, citing intelligence", [
        R("author", "Ukrainska Pravda (headline)", "north_korean", "killed_or_wounded", "vague", "Thousands",
          "cumulative", low=2000, high=9999, derived=u03_s1, notes="headline's own vague figure made from the 4,000"),
    ])],
    [S("Maryna Hordiienko, a member of the Verkhovna Rada's national security committee, published a long Facebook post on Saturday evening about the briefing."),
     u03_s1,
     S("Of those, roughly 1,100 were killed, she wrote, citing the same briefing.", [
         R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed", "approximate", "roughly 1,100",
           "cumulative", relays=HP, best=1100, notes="part of the 4,000 combined figure; not added"),
     ]),
     S("In the first week of January alone, the North Koreans were losing some 90 men a day in frontal attacks across open fields, the lawmaker wrote.", [
         R("ua-hordiienko", "Maryna Hordiienko, MP", "north_korean", "casualties_unspecified", "approximate",
           "some 90 men a day", "period", counted_in="people_per_day", relays=UP, best=90,
           notes="not attributed to the briefing in the sentence: her own claim; basis period stated"),
     ]),
     S("She added that up to two battalions of a North Korean brigade had been “effectively destroyed” near Plekhovo last week.", [
         R("ua-hordiienko", "Maryna Hordiienko, MP", "north_korean", "casualties_unspecified", "at_most",
           "up to two battalions", "period", counted_in="battalions", relays=UP, high=2, notes="formations, not people"),
     ]),
     S("Intelligence officials estimated that around 11,000 North Korean troops remain in the Kursk region, with another 3,000 expected to arrive by February, Hordiienko wrote.", [
         R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "deployed", "approximate", "around 11,000",
           "stock", relays=HP, best=11000, notes="'intelligence officials' = the same HUR briefing"),
         R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "deployed", "exact", "another 3,000",
           "stock", relays=HP, modality="projected", low=3000, best=3000, high=3000, notes="expected arrival: projected"),
     ])],
    [S("Hordiienko also accused the command of hiding Ukraine's own losses, writing that one brigade she did not name had 40 percent of its infantry killed, wounded or missing during the withdrawal from Sudzha in March.", [
        R("ua-hordiienko", "Maryna Hordiienko, MP", "ukrainian", "killed_wounded_or_missing", "exact", "40 percent",
          "period", counted_in="percent_of_force", relays=UP, low=40, best=40, high=40),
    ]),
     S("The General Staff called the post “manipulation” on Sunday and said losses during the withdrawal had been minimal.", [
         R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "ukrainian", "casualties_unspecified",
           "none", "minimal", "period", relays=UP, notes="loss stated with no number"),
     ]),
     S("She was scathing about Russian claims of more than 70,000 Ukrainian losses in Kursk, calling the figure “drawn on a napkin”.", [
         R("ru-officials", "Russian officials (unnamed)", "ukrainian", "casualties_unspecified", "more_than",
           "more than 70,000", "unspecified", relays=HP, low=70000, notes="cited only to be disputed; claimant unnamed Russian side"),
     ])],
    [S("Hordiienko, 38, was first elected in 2019 from a district in Chernihiv region.", trap="age and election year"),
     S("By Sunday evening the post had been shared more than 5,000 times.", trap="shares of a social media post"),
     S("Ukrainska Pravda could not reach HUR for comment.")],
]

# ---------------------------------------------------------------- u04
# An Institute for the Study of War-style daily update.
ISW = "ISW"
u04_s_gs = S("Ukraine's General Staff reported on April 7 that Russian forces lost 1,320 personnel across the entire front in the past day, including roughly 140 in the Kursk direction.", [
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "casualties_unspecified", "exact",
      "1,320", "period", relays=ISW, low=1320, best=1320, high=1320, notes="whole front, not Kursk only; one day"),
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "casualties_unspecified",
      "approximate", "roughly 140", "period", relays=ISW, best=140, notes="Kursk share of the 1,320; included in it"),
])
u04 = [
    [S("Russian Offensive Campaign Assessment, April 7, 2025", trap="title date")],
    [S("Key takeaway: Ukrainian sources reported roughly 140 Russian losses in the Kursk direction in the past day.", trap=restates(u04_s_gs)),
     S("Key takeaway: North Korean forces have likely lost a large share of their original contingent, and Pyongyang may send reinforcements.")],
    [u04_s_gs,
     S("The Russian MoD claimed on April 6 that Ukraine had lost over 250 servicemen in Kursk and Belgorod oblasts over the past day.", [
         R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "over 250",
           "period", relays=ISW, low=250, notes="two oblasts combined"),
     ]),
     S("A Russian milblogger claimed that Russian forces killed up to a platoon of Ukrainian infantry near Gornal on April 6."  , [
         R("ru-milbloggers", "Russian milblogger (unnamed)", "ukrainian", "killed", "at_most", "up to a platoon",
           "incident", counted_in="platoons", relays=ISW, high=1, notes="'Russian' here names the claimant, not the losses"),
     ]),
     S("ISW cannot independently verify this claim.")],
    [S("Ukraine's Birds of Magyar drone unit claimed on April 6 that its operators had killed 23 Russian servicemen and wounded 31 more in Kursk Oblast over the past three days.", [
        R("ua-birds-of-magyar", "Birds of Magyar (Ukraine)", "russian", "killed", "exact", "23", "period", relays=ISW,
          low=23, best=23, high=23),
        R("ua-birds-of-magyar", "Birds of Magyar (Ukraine)", "russian", "wounded", "exact", "31", "period", relays=ISW,
          low=31, best=31, high=31),
    ]),
     S("Geolocated footage published on April 6 indicates that Ukrainian drones also struck two Russian armored vehicles near Tetkino.", trap="equipment"),
     S("Russian forces recently advanced roughly two kilometers west of Oleshnya.", trap="distance")],
    [S("ISW assesses that North Korean forces have likely suffered between 3,000 and 3,500 casualties since arriving in Kursk Oblast, roughly 30 percent of an initial contingent of about 11,000.", [
        R("author", "ISW (the update's own voice)", "north_korean", "casualties_unspecified", "range",
          "between 3,000 and 3,500", "cumulative", low=3000, high=3500),
        R("author", "ISW (the update's own voice)", "north_korean", "casualties_unspecified", "approximate",
          "roughly 30 percent", "cumulative", counted_in="percent_of_force", best=30, notes="share of the 11,000 in the same sentence"),
        R("author", "ISW (the update's own voice)", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          best=11000, notes="initial contingent"),
    ]),
     S("If Russian forces attempt a broader push into Sumy Oblast at their current tempo, they will likely lose several thousand personnel a month.", [
         R("author", "ISW (the update's own voice)", "russian", "casualties_unspecified", "vague", "several thousand",
           "unspecified", counted_in="people_per_month", modality="conditional", low=3000, high=9999,
           notes="if-then rate; no basis period"),
     ]),
     S("The Kremlin has not commented on North Korean losses.")],
]

# ---------------------------------------------------------------- u05
# An AP-style "what we know" explainer.
AP = "AP"
u05 = [
    [S("North Korean troops in Russia's Kursk region: what we know"),
     S("SEOUL, South Korea (AP) — Nearly a year after North Korea began sending soldiers to fight for Russia, the question of how many have died remains murky.", trap="elapsed time, not a count")],
    [S("HOW MANY TROOPS HAS NORTH KOREA SENT?")],
    [S("U.S. and South Korean officials say about 11,000 North Korean troops were deployed to Kursk last fall, and Seoul believes another 3,000 arrived in January and February.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          relays=AP, best=11000, notes="list of claimants: one row each"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000",
          "stock", relays=AP, best=11000),
        R("kr-officials", "South Korean officials (Seoul)", "north_korean", "deployed", "exact", "another 3,000", "stock",
          relays=AP, low=3000, best=3000, high=3000, notes="'Seoul' = the South Korean government"),
    ]),
     S("North Korea's active-duty military numbers about 1.2 million, one of the world's largest.", trap="total armed forces, not troops in Kursk")],
    [S("HOW MANY HAVE BEEN KILLED?")],
    [S("South Korea's spy agency told lawmakers in a closed-door briefing Thursday that about 600 North Korean soldiers had been killed and 3,400 wounded, according to Rep. Park Jun-young, who attended.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "about 600",
          "cumulative", relays="Rep. Park Jun-young > " + AP, best=600, notes="running total implied by the briefing"),
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "wounded", "approximate", "3,400",
          "cumulative", relays="Rep. Park Jun-young > " + AP, best=3400, notes="'about' governs both figures"),
    ]),
     S("That was up from the agency's January estimate of roughly 3,000 casualties.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "casualties_unspecified",
           "approximate", "roughly 3,000", "cumulative", relays=AP, best=3000,
           notes="superseded earlier estimate, kept as its own row"),
     ]),
     S("Ukraine's military intelligence agency, known as HUR, puts the toll higher, at more than 5,000 dead and wounded.", [
         R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed_or_wounded", "more_than",
           "more than 5,000", "cumulative", relays=AP, low=5000),
     ]),
     S("A U.S. official, speaking on condition of anonymity to discuss intelligence assessments, said roughly a quarter of the original force had become casualties.", [
         R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "approximate",
           "roughly a quarter", "cumulative", counted_in="percent_of_force", relays=AP, best=25),
     ])],
    [S("HAVE ANY BEEN CAPTURED?")],
    [S("Ukraine says it has captured at least five North Korean soldiers since January, two of whom appeared in videos released by the SBU security service.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "captured", "at_least", "at least five",
          "cumulative", relays=AP, low=5, notes="'two of whom' is a subset, no row"),
    ]),
     S("The two men, aged 20 and 26, said they had been told they were going to a training exercise.", trap="ages"),
     S("A Russian regional official said in July that 800 North Korean construction workers would be sent to rebuild housing in Kursk.", trap="civilian workers, not troops; 'Russian' is the speaker")],
    [S("HAS NORTH KOREA ACKNOWLEDGED LOSSES?"),
     S("Pyongyang has confirmed that its soldiers fought in Kursk and has held ceremonies for the fallen, but has never given a death toll.")],
]

# ---------------------------------------------------------------- u06
# A Russian opposition outlet's investigation of a regiment's losses.
PER = "Perimetr"
u06_s_names = S("Perimetr journalists have established the names of 187 servicemen of the 1427th Motor Rifle Regiment killed between August 2024 and March 2025, using obituaries, posts by relatives and court records.", [
    R("author", "Perimetr (the investigation's own voice)", "russian", "killed", "exact", "187", "period",
      low=187, best=187, high=187, notes="named dead over a stated window"),
])
u06 = [
    [S("At least 212 dead: how a regiment of mobilised men was lost near Sudzha", [
        R("author", "Perimetr (headline)", "russian", "killed", "at_least", "At least 212", "period", low=212,
          derived=u06_s_names, notes="headline sums the 187 confirmed and the 25 unconfirmed deaths"),
    ])],
    [u06_s_names,
     S("Relatives told us of another 25 deaths that we could not confirm.", [
         R("ru-relatives", "Relatives of the regiment's soldiers", "russian", "killed", "exact", "25", "period",
           relays=PER, low=25, best=25, high=25, notes="unconfirmed by the outlet; same window as the 187"),
     ]),
     S("At least 74 more men are listed as missing in action in a Telegram chat of wives and mothers that has 1,400 members.", [
         R("ru-relatives", "Relatives of the regiment's soldiers (Telegram chat)", "russian", "missing", "at_least",
           "At least 74", "cumulative", relays=PER, low=74, notes="1,400 is the chat's membership, not a loss"),
     ])],
    [S("A former officer of the regiment, who asked not to be named, said roughly 1,800 men crossed into the Kursk region in September and that fewer than 600 were still fit to fight by the new year.", [
        R("ru-regiment-officer", "Former officer of the regiment (unnamed)", "russian", "deployed", "approximate",
          "roughly 1,800", "stock", relays=PER, best=1800,
          notes="'fewer than 600 still fit' is not a loss figure; the difference is not inferred"),
    ]),
     S("In a speech filmed at a village school in October, the regiment's commander, Colonel Igor Savchuk, said the unit had lost “about a third of its strength, dead and wounded” in its first month.", [
         R("ru-savchuk", "Col Igor Savchuk, regiment commander", "russian", "killed_or_wounded", "approximate",
           "about a third", "period", counted_in="percent_of_force", relays=PER, best=33.33,
           notes="own side acknowledging; 'dead and wounded' combined"),
     ]),
     S("Savchuk's words were later deleted from the video posted by the district administration.")],
    [S("Ukraine's General Staff claimed in October that it had “eliminated” the regiment, killing more than 900 of its men; our count does not support that.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed", "more_than",
          "more than 900", "unspecified", relays=PER, low=900, notes="cited only to be disputed; no window for the deaths"),
    ]),
     S("The Defence Ministry has published no losses for the regiment; its last total for the whole army, given more than two years ago, was 6,120 dead.", [
         R("ru-mod", "Russian Ministry of Defence", "russian", "killed", "exact", "6,120", "cumulative", relays=PER,
           low=6120, best=6120, high=6120, notes="whole war, not Kursk; old figure"),
     ]),
     S("Since February, enlistment offices in the Belgorod region have sent some 300 contract soldiers to fill the gaps, a local official told us.", [
         R("ru-belgorod-official", "Belgorod regional official (unnamed)", "russian", "deployed", "approximate",
           "some 300", "stock", relays=PER, best=300, notes="replacements sent, not losses"),
     ])],
    [S("Most of the dead we identified were between 35 and 50 years old; the oldest was 61.", trap="ages"),
     S("Their families are entitled to payments of about 12 million roubles each.", trap="money"),
     S("The regiment fought beside North Korean units near Plekhovo, where Ukrainian drones were filmed hitting 14 vehicles in one day.", trap="vehicles; nationalities are not whose losses")],
]

# ---------------------------------------------------------------- u07
# A Korean broadcaster's interview with a captured North Korean soldier who wants to defect.
SBN = "SBN"
u07_s_dead = S("“After two weeks, more than 200 were dead.", [
    R("kp-ri", "Ri, captured North Korean soldier", "north_korean", "killed", "more_than", "more than 200", "period",
      relays=SBN, low=200, notes="own side's soldier; claimant after the quote in the paragraph"),
])
u07 = [
    [S("ANCHOR: A North Korean soldier captured in Russia's Kursk region tells SBN that nearly half of his battalion was killed in its first two weeks of combat.", [
        R("author", "SBN (the broadcast's own voice)", "north_korean", "killed", "vague", "nearly half", "period",
          counted_in="percent_of_force", low=45, high=49, derived=u07_s_dead,
          notes="the anchor's share made from 'more than 200' of 'about 500'"),
    ]),
     S("Yoon Ha-eun reports from Kyiv.")],
    [S("REPORTER: He asked us to use only his surname, Ri."),
     S("“There were about 500 of us in the battalion when we crossed,” Ri said through an interpreter.", [
         R("kp-ri", "Ri, captured North Korean soldier", "north_korean", "deployed", "approximate", "about 500", "stock",
           relays=SBN, best=500),
     ]),
     u07_s_dead,
     S("Nobody counted the wounded.”"),
     S("Ri, 24, says he was one of 12 survivors of his 30-man platoon after a drone attack near Kurilovka in December.", trap="age and survivors of a platoon; the dead are not stated and not inferred"),
     S("He says he saw at least three comrades blow themselves up with grenades rather than be taken.", [
         R("kp-ri", "Ri, captured North Korean soldier", "north_korean", "killed", "at_least", "at least three",
           "unspecified", relays=SBN, low=3, notes="suicides to avoid capture counted as killed"),
     ]),
     S("He was taken prisoner on January 9 and has been held for 11 months in western Ukraine.", trap="date and time held; his own capture is not a count")],
    [S("REPORTER: South Korea's National Intelligence Service, which questioned Ri in January, estimates North Korean casualties have passed 4,700.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "casualties_unspecified", "more_than",
          "passed 4,700", "cumulative", relays=SBN, low=4700),
    ]),
     S("At least 2,000 of them were killed, the agency told lawmakers this week, according to Democratic Party lawmaker Han Seo-jin.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "at_least", "At least 2,000",
           "cumulative", relays="Han Seo-jin > " + SBN, low=2000, notes="'the agency' named on the previous sentence"),
     ])],
    [S("REPORTER: Kang Chol-ho, a former North Korean army officer who defected in 2011 and now runs a research group in Seoul, expects the regime to send another 5,000 to 6,000 troops by the end of the year.", [
        R("kang-chol-ho", "Kang Chol-ho, defector analyst", "north_korean", "deployed", "range", "5,000 to 6,000",
          "stock", modality="projected", relays=SBN, low=5000, high=6000, notes="forecast of reinforcements"),
    ]),
     S("If the war drags into next summer, Kang says, the North could lose as many as 10,000 men in all.", [
         R("kang-chol-ho", "Kang Chol-ho, defector analyst", "north_korean", "casualties_unspecified", "at_most",
           "as many as 10,000", "cumulative", modality="conditional", relays=SBN, high=10000),
     ]),
     S("Ri's mother, 51, and two younger sisters still live in Hamhung.", trap="ages and family members"),
     S("The unification ministry says 236 North Koreans reached the South last year, the fewest in a decade.", trap="defector arrivals, not losses")],
]

# ---------------------------------------------------------------- u08
# A NATO press point transcript.
u08 = [
    [S("Press point by NATO Deputy Spokesperson Ingrid Solberg, Brussels, 14 November 2025", trap="transcript date")],
    [S("SOLBERG: Good afternoon."),
     S("Our assessment is that Russia is losing, on average, more than 1,000 soldiers a day across the whole front line.", [
         R("nato", "NATO (Deputy Spokesperson Ingrid Solberg)", "russian", "casualties_unspecified", "more_than",
           "more than 1,000 soldiers a day", "unspecified", counted_in="people_per_day", low=1000,
           notes="whole war; rate with no basis period; spokesperson takes the body's id"),
     ]),
     S("In the Kursk region alone, allied intelligence indicates that Russian and North Korean forces have suffered some 60,000 casualties since last August.", [
         R("allied-intelligence", "Allied intelligence (NATO members)", "russian_and_north_korean",
           "casualties_unspecified", "approximate", "some 60,000", "cumulative", relays="NATO", best=60000,
           notes="mixed count stays mixed"),
     ]),
     S("We do not break that figure down by nationality."),
     S("Allies have pledged 40 billion euros in military support for Ukraine this year.", trap="money")],
    [S("QUESTION (Lukas Brenner, Deutsche Welle): Ukrainian officials say around 6,000 North Koreans have been killed or wounded. Do you share that estimate?", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed_or_wounded", "approximate",
          "around 6,000", "unspecified", relays="Lukas Brenner (Deutsche Welle)", best=6000,
          notes="a journalist's question relays the claim"),
    ]),
     S("SOLBERG: I would not contest it. Our allies in Seoul have a lower figure, closer to 4,500, and the truth is probably somewhere in between.", [
         R("kr-officials", "South Korean officials (allies in Seoul)", "north_korean", "killed_or_wounded", "approximate",
           "closer to 4,500", "unspecified", relays="NATO", best=4500,
           notes="measure taken from the question it answers"),
     ]),
     S("Even Moscow, which spoke in the spring of several hundred wounded North Korean comrades, has stopped giving numbers.", [
         R("ru-officials", "Russian officials (Moscow)", "north_korean", "wounded", "vague", "several hundred",
           "unspecified", relays="NATO", low=300, high=999, notes="Russian claimant, North Korean losses"),
     ])],
    [S("QUESTION (Anna Kowalczyk, Rzeczpospolita): Poland's defence minister said last week that Russia could lose 500,000 more soldiers by the end of 2026 at this rate. Is that realistic?", [
        R("pl-defence-minister", "Poland's defence minister", "russian", "casualties_unspecified", "exact", "500,000",
          "cumulative", modality="projected", relays="Anna Kowalczyk (Rzeczpospolita)", low=500000, best=500000,
          high=500000, notes="whole war; projection to a date"),
    ]),
     S("SOLBERG: I won't speculate about projections."),
     S("What I can tell you is that the number of North Korean troops in Russia has grown to about 14,000, including some 1,000 deminers and engineers sent since the summer.", [
         R("nato", "NATO (Deputy Spokesperson Ingrid Solberg)", "north_korean", "deployed", "approximate", "about 14,000",
           "stock", best=14000),
         R("nato", "NATO (Deputy Spokesperson Ingrid Solberg)", "north_korean", "deployed", "approximate", "some 1,000",
           "stock", best=1000, notes="part of the 14,000"),
     ])],
    [S("QUESTION: Are there North Korean prisoners?"),
     S("SOLBERG: Ukraine holds a small number, fewer than ten as we understand it, and we welcome Seoul's offer to take them in.", [
         R("nato", "NATO (Deputy Spokesperson Ingrid Solberg)", "north_korean", "captured", "fewer_than", "fewer than ten",
           "cumulative", high=10),
     ]),
     S("Defence ministers meet here again in three weeks.", trap="time until a meeting")],
]

SPECS = {
    "u01-times-military-hospital": u01,
    "u02-xinhua-russian-officials": u02,
    "u03-mp-facebook-retold": u03,
    "u04-isw-daily-update": u04,
    "u05-ap-what-we-know": u05,
    "u06-opposition-regiment-count": u06,
    "u07-korean-tv-defector-interview": u07,
    "u08-nato-press-point": u08,
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
