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


# ---------------------------------------------------------------- t01
# A Turkish English-language daily, Istanbul desk, late January 2025.
GS = "Ukraine's General Staff"
NIS = "South Korea's National Intelligence Service"
t01_s1 = S("ISTANBUL – Ukraine’s General Staff said on Wednesday that North Korean units fighting in Russia’s Kursk region had lost about 3,000 soldiers killed or wounded since they first went into battle in December, a figure the Russian Defence Ministry dismissed as “fantasy.”", [
    R("ua-general-staff", GS, "north_korean", "killed_or_wounded", "approximate", "about 3,000", "cumulative", best=3000,
      notes="'since they first went into battle' is a running total; Russia's dismissal gives no figure"),
])
t01 = [
    [t01_s1,
     S("The statement, posted on Telegram at 9.40 a.m. Kyiv time, did not break the figure down.", trap="time of posting, not a count")],
    [S("According to the General Staff, Pyongyang’s troops are now losing around 90 men a day in the fields around Sudzha and Plekhovo.", [
        R("ua-general-staff", GS, "north_korean", "casualties_unspecified", "approximate", "around 90", "unspecified",
          counted_in="people_per_day", best=90, notes="'losing men' is not defined: casualties_unspecified; a rate with no stated window: scope unspecified"),
    ]),
     S("The Russian ministry, in a briefing carried by the state agency TASS, said Ukraine had lost more than 52,000 servicemen in the Kursk direction since August 2024 and insisted that no foreign soldiers were involved.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 52,000", "cumulative",
          relays="TASS", low=52000, notes="'lost servicemen' undefined"),
    ])],
    [S("North Korea has never confirmed sending troops; South Korean intelligence estimates that some 11,000 were deployed in the autumn.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "some 11,000", "stock", best=11000,
          notes="'South Korean intelligence' read as the NIS"),
    ]),
     S("Seoul’s spy agency told lawmakers last week that at least 300 of them had been killed and 2,700 wounded.", [
        R("kr-nis", NIS, "north_korean", "killed", "at_least", "at least 300", "cumulative", relays="South Korean lawmakers", low=300),
        R("kr-nis", NIS, "north_korean", "wounded", "exact", "2,700", "cumulative", relays="South Korean lawmakers",
          low=2700, best=2700, high=2700, notes="'at least' read as qualifying only the figure it precedes"),
    ]),
     S("Kyiv says it is holding two of them as prisoners of war.", [
        R("ua-officials", "Kyiv (Ukrainian authorities)", "north_korean", "captured", "exact", "two", "cumulative",
          low=2, best=2, high=2, notes="a capital named as speaker takes the nation's -officials id"),
    ])],
    [S("“We see whole companies being sent forward across open ground,” said Oleksandr Derkach, a spokesman for the 36th Separate Rifle Battalion, adding that his men had destroyed two North Korean platoons near Plekhovo on Monday alone.", [
        R("ua-36th-battalion", "36th Separate Rifle Battalion (Ukraine)", "north_korean", "casualties_unspecified", "exact", "two",
          "incident", counted_in="platoons", low=2, best=2, high=2,
          notes="spokesman takes the unit's id; 'destroyed' a formation: counted in platoons, measure unspecified"),
    ]),
     S("Ukrainian losses in the Kursk operation have not been published.")],
    [S("A Kharkiv-based military blogger with a large following put them at “a few thousand,” a claim the General Staff did not address.", [
        R("ua-military-blogger", "Unnamed Kharkiv military blogger", "ukrainian", "casualties_unspecified", "vague", "a few thousand",
          "cumulative", low=2000, high=9000, notes="vague bounds chosen by the curator: 'a few thousand' = 2,000-9,000"),
    ]),
     S("Ankara, which has kept channels open to both Moscow and Kyiv, has offered to host talks on an exchange of prisoners, and Foreign Ministry sources told our newspaper that as many as 1,200 captives could be swapped in a first round.", trap="prisoners to be exchanged, a proposal, not a loss claim"),
     S("The Sudzha gas metering station, through which Turkish and European buyers once received gas, lies about 10 kilometres from the front line.", trap="distance; 'Turkish' is not whose losses")],
]

# ---------------------------------------------------------------- t02
# A Baltic public broadcaster's English-language news site, March 2025.
EFIS = "Estonian Foreign Intelligence Service"
LTMOD = "Lithuanian Ministry of National Defence"
t02_s2 = S("North Korean forces fighting in Russia’s Kursk region have suffered nearly 4,000 casualties since the start of December, the director general of the Estonian Foreign Intelligence Service, Märten Laas, told the broadcaster’s evening current affairs programme on Tuesday.", [
    R("ee-efis", EFIS, "north_korean", "casualties_unspecified", "vague", "nearly 4,000", "cumulative", low=3600, high=3999,
      notes="the head of a service takes the service's id; 'nearly N' read as vague 0.9N to N-1"),
])
t02 = [
    [S("Estonian spy chief: North Korean casualties in Kursk near 4,000", trap=restates(t02_s2))],
    [t02_s2,
     S("Laas said roughly a third of the 11,000-strong contingent had now been killed or wounded.", [
        R("ee-efis", EFIS, "north_korean", "killed_or_wounded", "approximate", "roughly a third", "cumulative",
          counted_in="percent_of_force", best=33.33, notes="share of the deployed force"),
        R("ee-efis", EFIS, "north_korean", "deployed", "exact", "11,000", "stock", low=11000, best=11000, high=11000),
    ]),
     S("“They are learning, but they are paying for it at a rate of well over a hundred men a day in the heaviest weeks,” he said.", [
        R("ee-efis", EFIS, "north_korean", "casualties_unspecified", "more_than", "well over a hundred", "unspecified",
          counted_in="people_per_day", low=100, notes="rate; 'the heaviest weeks' not dated"),
    ])],
    [S("The estimate is higher than the one Seoul gave its lawmakers in January, when South Korea’s spy agency put the toll at 300 dead and 2,700 wounded.", [
        R("kr-nis", NIS, "north_korean", "killed", "exact", "300", "cumulative", relays="South Korean lawmakers", low=300, best=300, high=300),
        R("kr-nis", NIS, "north_korean", "wounded", "exact", "2,700", "cumulative", relays="South Korean lawmakers", low=2700, best=2700, high=2700),
    ]),
     S("The Russian side has given no figures for its own losses in Kursk, or for those of its allies.")],
    [S("Ukraine’s 80th Air Assault Brigade, which has fought near Malaya Loknya for five months, said in a Facebook post on Monday that its paratroopers had killed 47 North Korean soldiers and captured two over the weekend.", [
        R("ua-80th-brigade", "80th Air Assault Brigade (Ukraine)", "north_korean", "killed", "exact", "47", "period", low=47, best=47, high=47),
        R("ua-80th-brigade", "80th Air Assault Brigade (Ukraine)", "north_korean", "captured", "exact", "two", "period", low=2, best=2, high=2),
    ]),
     S("The broadcaster could not verify the brigade’s claim, and a Russian war correspondent writing on Telegram called it “invented from start to finish.”")],
    [S("In Vilnius, Defence Minister Rasa Jonaitienė said on Wednesday that North Korea might have to send another 20,000 to 30,000 soldiers by summer if its losses continued at the present pace.", [
        R("lt-mod", LTMOD, "north_korean", "deployed", "range", "20,000 to 30,000", "stock", modality="conditional",
          low=20000, high=30000, notes="a minister speaking for her ministry takes the ministry's id; a conditional future deployment"),
    ]),
     S("Her ministry estimated that at that rate the contingent could lose half its strength before the end of April.", [
        R("lt-mod", LTMOD, "north_korean", "casualties_unspecified", "exact", "half", "period", counted_in="percent_of_force",
          modality="projected", low=50, best=50, high=50, notes="projection to end of April"),
    ]),
     S("Jonaitienė, 51, is due to meet her Estonian and Latvian counterparts in Riga on March 14.", trap="age and a meeting date")],
    [S("Estonia has pledged military aid to Ukraine worth 0.25 percent of its GDP every year, spending Laas called “money well spent.”", trap="money, a share of GDP")],
]

# ---------------------------------------------------------------- t03
# A UK government fact sheet with bullets, March 2025.
MOD = "UK Ministry of Defence"
DI = "UK Defence Intelligence"
t03 = [
    [S("FACT SHEET: North Korean forces in Russia’s war against Ukraine (updated 14 March 2025)", trap="title with issue date")],
    [S("Issued by the Ministry of Defence, London.")],
    [S("• Since October 2024, the Democratic People’s Republic of Korea (DPRK) has deployed approximately 11,000 to 12,000 military personnel to Russia.", [
        R("gb-mod", MOD, "north_korean", "deployed", "range", "approximately 11,000 to 12,000", "stock", low=11000, high=12000,
          notes="a fact sheet's own voice takes the issuing body's id"),
    ])],
    [S("• The majority were drawn from the Storm Corps (11th Corps), a light infantry formation of around 50,000 personnel.", trap="size of the home formation, not troops deployed or lost")],
    [S("• Defence Intelligence assesses that the DPRK contingent has suffered over 4,000 casualties (killed and wounded) by early March.", [
        R("gb-defence-intelligence", DI, "north_korean", "killed_or_wounded", "more_than", "over 4,000", "cumulative", low=4000,
          notes="the text defines casualties as killed and wounded"),
    ])],
    [S("• This equates to roughly a third of the deployed force.", [
        R("gb-defence-intelligence", DI, "north_korean", "killed_or_wounded", "approximate", "roughly a third", "cumulative",
          counted_in="percent_of_force", best=33.33, notes="share of the 11,000-12,000 deployed"),
    ])],
    [S("• The heaviest losses occurred between 6 and 12 January, when DPRK units conducted repeated dismounted assaults near Makhnovka and lost an estimated 1,000 personnel killed or wounded in seven days.", [
        R("gb-defence-intelligence", DI, "north_korean", "killed_or_wounded", "approximate", "an estimated 1,000", "period", best=1000),
    ]),
     S("That is an average of more than 140 a day.", [
        R("gb-defence-intelligence", DI, "north_korean", "killed_or_wounded", "more_than", "more than 140", "period",
          counted_in="people_per_day", low=140, notes="rate over the same 6-12 January window; the claimant's own average"),
    ])],
    [S("• DPRK personnel taken prisoner by Ukraine number fewer than ten, which indicates that units have been instructed to avoid capture.", [
        R("gb-defence-intelligence", DI, "north_korean", "captured", "fewer_than", "fewer than ten", "cumulative", high=10),
    ])],
    [S("• Russian forces have also sustained heavy losses, which Defence Intelligence assesses at approximately 1,500 killed and wounded daily across all fronts in February, the highest monthly average of the war.", [
        R("gb-defence-intelligence", DI, "russian", "killed_or_wounded", "approximate", "approximately 1,500", "period",
          counted_in="people_per_day", best=1500, notes="all fronts, not Kursk only (whole war)"),
    ])],
    [S("• If the DPRK continues to commit troops at the current rate, it is likely to sustain a further 5,000 casualties by the end of June 2025.", [
        R("gb-defence-intelligence", DI, "north_korean", "killed_or_wounded", "exact", "a further 5,000", "period",
          modality="conditional", low=5000, best=5000, high=5000, notes="if-then; casualties as defined above"),
    ])],
    [S("• The DPRK has also supplied over 100 ballistic missiles and several million rounds of artillery ammunition.", trap="equipment and ammunition")],
    [S("• Neither Moscow nor Pyongyang has published any casualty figure for DPRK personnel.")],
    [S("• The UK has provided Ukraine with £12.8 billion in military support since February 2022.", trap="money")],
]

# ---------------------------------------------------------------- t04
# A Canadian Korea veterans' association newsletter column, May 2025.
JCS = "South Korea's Joint Chiefs of Staff"
t04_jcs = S("Last month, Seoul’s Joint Chiefs of Staff told reporters that roughly 4,700 North Korean troops had been killed or wounded in the Kursk fighting, including some 600 dead.", [
    R("kr-jcs", JCS, "north_korean", "killed_or_wounded", "approximate", "roughly 4,700", "cumulative", best=4700),
    R("kr-jcs", JCS, "north_korean", "killed", "approximate", "some 600", "cumulative", best=600, notes="subset of the combined figure"),
])
t04 = [
    [S("THE DISPATCH – Newsletter of the Korea Veterans Association, Toronto Branch No. 7, May 2025", trap="masthead: branch number and issue date")],
    [S("From the President’s desk, by Ron MacAllister")],
    [S("Friends, when I landed at Pusan in 1952 as a 19-year-old private, I never imagined I would one day be reading about North Korean soldiers dying in Russia.", trap="year and age"),
     S("But here we are."), t04_jcs,
     S("That is out of a force the JCS now puts at 15,000, after Pyongyang sent about 3,000 reinforcements early this year.", [
        R("kr-jcs", JCS, "north_korean", "deployed", "exact", "15,000", "stock", low=15000, best=15000, high=15000, notes="surname-free second mention 'the JCS'"),
        R("kr-jcs", JCS, "north_korean", "deployed", "approximate", "about 3,000", "stock", best=3000, notes="reinforcements, part of the 15,000"),
    ])],
    [S("Our branch secretary, Doug Pelletier, who served with the Princess Patricia’s, reminds me that 516 Canadians died in our war, and not a man of us who came home has forgotten it.", trap="Canadian Korean War dead: not a side the ledger counts")],
    [S("The Russians, of course, tell a different story."),
     S("A spokesman for the Russian Defence Ministry was quoted by RIA Novosti as saying Ukraine had lost “over 76,000 men” in what he called the Kursk adventure, a figure I would take with a large grain of salt.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "over 76,000", "cumulative",
          relays="RIA Novosti", low=76000, notes="disputed by the author; a spokesman takes the ministry's id"),
    ])],
    [S("Meanwhile the Ukrainians say they are still killing North Koreans at a steady clip."),
     S("A drone company commander who goes by the call sign “Shaman” told the Kyiv Courier he had counted 12 bodies after a single strike near Tetkino on April 22.", [
        R("ua-shaman", "Ukrainian drone company commander 'Shaman'", "north_korean", "killed", "exact", "12", "incident",
          relays="Kyiv Courier", low=12, best=12, high=12, notes="an individual known only by call sign gets his own id"),
    ]),
     S("The 47th Mechanized Brigade, for its part, says it has captured four North Koreans alive so far this year, and two of them have asked to be sent to South Korea.", [
        R("ua-47th-brigade", "47th Mechanized Brigade (Ukraine)", "north_korean", "captured", "exact", "four", "cumulative",
          low=4, best=4, high=4, notes="'two of them' asking asylum is not a separate count; 'South Korea' is not whose losses"),
    ])],
    [S("A final thought: if the JCS numbers are right, a quarter of Kim’s expeditionary force has already been put out of action in under five months.", [
        R("author", "The newsletter columnist (own voice)", "north_korean", "killed_or_wounded", "approximate", "a quarter", "cumulative",
          counted_in="percent_of_force", best=25, derived=t04_jcs,
          notes="the columnist's own share made from the JCS figures; 'if the numbers are right' is a doubt, not an if-then forecast"),
    ])],
    [S("Our annual Remembrance dinner is on June 25 at the Legion hall, tickets $45, and I hope to see all 38 of our paid-up members there.", trap="date, price, membership")],
]

# ---------------------------------------------------------------- t05
# A wire-service correction notice with the corrected story, February 2025.
PARK = "Rep. Park Jun-ho"
t05 = [
    [S("CORRECTION: Russia-Ukraine-North Korea story")],
    [S("In a story published Wednesday, Feb. 12, about the fighting in Russia’s Kursk region, Pacific Wire Service erroneously reported that South Korea’s spy agency said 3,000 North Korean soldiers had been killed.", trap="the erroneous figure being withdrawn, not a claim"),
     S("In fact, the National Intelligence Service said about 3,000 had been killed or wounded, according to Rep. Park Jun-ho, who was briefed by the agency.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "about 3,000", "cumulative", relays=PARK, best=3000),
    ]),
     S("The story also misstated the number of troops the NIS believes North Korea has sent to Russia: it is about 11,000, not 15,000.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,000", "stock", relays=PARK, best=11000,
          notes="15,000 is the withdrawn figure; relay inferred from the previous sentence"),
    ])],
    [S("A corrected version of the story follows:")],
    [S("SEOUL, South Korea (PWS) — About 300 North Korean soldiers have been killed and 2,700 wounded fighting alongside Russian forces against Ukraine, South Korea’s spy agency told lawmakers Wednesday.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "About 300", "cumulative", relays="South Korean lawmakers", best=300),
        R("kr-nis", NIS, "north_korean", "wounded", "exact", "2,700", "cumulative", relays="South Korean lawmakers",
          low=2700, best=2700, high=2700, notes="'About' read as qualifying only the first figure; 'Russian forces' is not whose losses"),
    ])],
    [S("Park, a member of parliament’s intelligence committee, said after the closed-door briefing that the dead included high-ranking officers and that losses were mounting because the troops were being thrown into open-field assaults with little support.")],
    [S("In the first week of January alone, he said, a single North Korean unit near Kurilovka had lost more than 100 soldiers.", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "more_than", "more than 100", "period", relays=PARK, low=100,
          notes="Park relays the briefing; 'lost soldiers' undefined"),
    ]),
     S("The NIS also confirmed that two North Korean soldiers captured by Ukraine in January were being held in Kyiv, Park said.", [
        R("kr-nis", NIS, "north_korean", "captured", "exact", "two", "period", relays=PARK, low=2, best=2, high=2,
          notes="captured 'in January': a stated period"),
    ])],
    [S("Ukrainian President Volodymyr Zelenskyy has put North Korean losses higher, saying last week that nearly 4,000 had been killed or wounded since they entered combat in December.", [
        R("ua-zelenskyy", "Volodymyr Zelenskyy", "north_korean", "killed_or_wounded", "vague", "nearly 4,000", "cumulative",
          low=3600, high=3999, notes="'nearly N' vague 0.9N to N-1"),
    ]),
     S("Russia has not commented on the presence of North Korean troops, and North Korea’s state media has made no mention of them.")],
    [S("The NIS estimated that North Korea had received about $20 billion worth of economic benefits from its cooperation with Moscow.", trap="money")],
    [S("This version also corrects a photo caption that gave the age of a captured soldier as 20; he is 26.", trap="ages")],
]

# ---------------------------------------------------------------- t06
# A regional Russian Telegram channel retold by an independent exile outlet, April 2025.
CH = "Rylsk Vestnik (Telegram channel)"
t06_s1 = S("A Telegram channel run by residents of the Rylsk district of Kursk region reported on Sunday that the town had buried 14 of its men killed in the fighting since January.", [
    R("ru-rylsk-vestnik", CH, "russian", "killed", "exact", "14", "cumulative", low=14, best=14, high=14,
      notes="channel named in the next sentence; 'since January' a running total"),
])
t06 = [
    [S("At least 26 Rylsk men dead or missing this year, local channel says", [
        R("author", "The outlet (headline)", "russian", "killed_or_missing", "at_least", "At least 26", "cumulative", low=26,
          derived=t06_s1, notes="headline sums the 14 buried and the 'at least a dozen' missing; shown beside its sources, never as a new estimate"),
    ])],
    [t06_s1,
     S("The channel, Rylsk Vestnik, which has about 38,000 subscribers, posted photographs of the graves with the men’s names.", trap="subscribers"),
     S("The oldest of them was 52, the youngest 19.", trap="ages")],
    [S("It also relayed the words of a local priest, Father Nikolai, who said that on a single day in February he had held funeral services for seven soldiers, “some of them not even 20.”", [
        R("ru-father-nikolai", "Father Nikolai, a Rylsk priest", "russian", "killed", "exact", "seven", "incident",
          relays=CH, low=7, best=7, high=7, notes="funerals on one day read as deaths he reports; '20' is an age"),
    ]),
     S("Relatives told the channel that at least a dozen conscripts from the district had been missing since a Ukrainian cross-border raid in late February.", [
        R("ru-relatives", "Relatives of Rylsk servicemen (unnamed)", "russian", "missing", "at_least", "at least a dozen", "cumulative",
          relays=CH, low=12, notes="'a dozen' read as 12"),
    ])],
    [S("Our own count, based on obituaries, local news and posts by relatives, has now established the names of 1,213 Russian servicemen from Kursk region killed since August 2024, including 96 in March alone.", [
        R("author", "The outlet (own count of named dead)", "russian", "killed", "exact", "1,213", "cumulative", low=1213, best=1213, high=1213),
        R("author", "The outlet (own count of named dead)", "russian", "killed", "exact", "96", "period", low=96, best=96, high=96),
    ]),
     S("That is a minimum: the real toll among the region’s men is certainly higher.")],
    [S("Another post on the channel claimed that a North Korean unit quartered in a school in Tetkino had lost “about a hundred” men to a Ukrainian drone strike while they slept.", [
        R("ru-rylsk-vestnik", CH, "north_korean", "casualties_unspecified", "approximate", "about a hundred", "incident", best=100,
          notes="'Ukrainian drone strike' is not whose losses"),
    ]),
     S("The Russian Defence Ministry denied the report and said on Monday that Ukraine had lost up to 250 servicemen in failed attacks on the Tetkino sector over the past 24 hours.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 250", "period", high=250,
          notes="the ministry's denial gives no figure for the North Korean claim"),
    ])],
    [S("The governor’s office said on its own channel that 31 civilians from the border districts had been killed by Ukrainian shelling and drones since the start of the year and 118 wounded.", trap="civilian casualties, not military losses"),
     S("Neither figure could be independently checked.")],
    [S("A Ukrainian military source told our correspondent that the 225th Separate Assault Battalion had taken 19 Russian soldiers prisoner near Tetkino over three days last week, something the Rylsk channel did not mention.", [
        R("ua-officials", "Ukrainian military source (unnamed)", "russian", "captured", "exact", "19", "period", low=19, best=19, high=19,
          notes="an unnamed source of a nation takes its -officials id, not the unit's"),
    ]),
     S("Rylsk lies about 20 kilometres from the Ukrainian border.", trap="distance")],
]

# ---------------------------------------------------------------- t07
# An Australian-style parliamentary library research note with a table, December 2025.
t07_dod = S("US Department of Defense, Pentagon briefing, 7 March 2025: “upwards of 4,000” killed or wounded; about 1,000 killed.", [
    R("us-dod", "US Department of Defense", "north_korean", "killed_or_wounded", "more_than", "upwards of 4,000", "cumulative", low=4000),
    R("us-dod", "US Department of Defense", "north_korean", "killed", "approximate", "about 1,000", "cumulative", best=1000),
])
t07 = [
    [S("Research Note No. 14, 2025–26", trap="series number")],
    [S("North Korean troops in Russia: what the casualty estimates say")],
    [S("Key points")],
    [S("• Estimates of North Korean casualties in the Kursk campaign range from about 4,000 to more than 6,000, depending on the source and the date.", trap="summary of the table's estimates, not a separate claim")],
    [S("• Pyongyang acknowledged the deployment only in April 2025, and in August state television named 101 soldiers it said had “fallen heroically” in the liberation of Kursk.", [
        R("kp-state-tv", "North Korean state television", "north_korean", "killed", "exact", "101", "cumulative", low=101, best=101, high=101,
          notes="own-side acknowledgement of named dead"),
    ])],
    [S("• South Korea’s National Intelligence Service (NIS) told the National Assembly in September that about 2,000 North Korean soldiers had been killed and that roughly 15,000 had been deployed in all, including later rotations.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,000", "cumulative", relays="South Korean National Assembly", best=2000),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "roughly 15,000", "stock", relays="South Korean National Assembly", best=15000,
          notes="total sent including rotations, read as deployed"),
    ])],
    [S("Table 1: Selected published estimates of North Korean losses in the Kursk campaign", trap="table number")],
    [S("Ukraine’s Defence Intelligence (HUR), 27 February 2025: “at least 4,000 killed and wounded”.", [
        R("ua-gur", "Defence Intelligence of Ukraine (HUR)", "north_korean", "killed_or_wounded", "at_least", "at least 4,000", "cumulative", low=4000),
    ])],
    [t07_dod],
    [S("UK Defence Intelligence, 10 April 2025: “over 6,000” killed, wounded or missing.", [
        R("gb-defence-intelligence", DI, "north_korean", "killed_wounded_or_missing", "more_than", "over 6,000", "cumulative", low=6000),
    ])],
    [S("South Korea’s Joint Chiefs of Staff, 28 April 2025: around 4,700 casualties, of whom around 600 dead.", [
        R("kr-jcs", JCS, "north_korean", "casualties_unspecified", "approximate", "around 4,700", "cumulative", best=4700),
        R("kr-jcs", JCS, "north_korean", "killed", "approximate", "around 600", "cumulative", best=600),
    ])],
    [S("Each figure is the source’s running total at the date shown; the estimates overlap and should not be added together.")],
    [S("Because the Pentagon and HUR draw partly on shared intelligence, their close agreement at around 4,000 does not necessarily mean the figures were reached independently.", trap="comments on figures already in the table"),
     S("Several analysts have noted that, on the Pentagon’s figures, North Korea lost roughly a quarter of its initial force in under three months.", [
        R("analysts-unnamed", "Unnamed analysts", "north_korean", "killed_or_wounded", "approximate", "roughly a quarter", "cumulative",
          counted_in="percent_of_force", best=25, derived=t07_dod, notes="analysts' share made from the Pentagon figure"),
    ])],
    [S("Russia’s Defence Ministry has not commented on North Korean losses but has claimed throughout that the incursion cost Ukraine more than 76,000 personnel, a figure Kyiv rejects.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000", "cumulative", low=76000),
    ]),
     S("Independent Russian outlets counting named dead had identified more than 2,500 Russian servicemen killed in Kursk region by November.", [
        R("ru-independent-outlets", "Independent Russian outlets (unnamed)", "russian", "killed", "more_than", "more than 2,500", "cumulative", low=2500),
    ]),
     S("For comparison, the Australian Defence Force has about 60,000 permanent members.", trap="size of Australia's force, not losses")],
    [S("Prepared by Dr Helen Marsh, Foreign Affairs, Defence and Security Section, 4 December 2025.", trap="date")],
]

# ---------------------------------------------------------------- t08
# An Indian English-language paper's reader Q&A column, September 2025.
t08 = [
    [S("You Asked | Why do the numbers for North Korea’s dead in Russia differ so much?")],
    [S("Updated: September 14, 2025 22:41 IST", trap="timestamp")],
    [S("Q: R. Venkatesh from Pune asks why every source seems to give a different number for North Korean soldiers killed in Russia.")],
    [S("A: Start with what is known."),
     S("Seoul’s National Intelligence Service said in a briefing to South Korean MPs on Thursday that about 2,000 North Korean soldiers had died in the Kursk fighting, out of roughly 13,000 sent.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,000", "cumulative", relays="South Korean MPs", best=2000),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "roughly 13,000", "stock", relays="South Korean MPs", best=13000),
    ]),
     S("That sharply revises the agency’s spring estimate of some 600 dead.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "some 600", "cumulative", best=600,
          notes="the earlier, superseded running total, recorded as the earlier claim; no relay named for it"),
    ]),
     S("Ukraine’s military intelligence has put the toll far higher, at 6,000 killed or wounded as of mid-August, but an officer in Kyiv told this newspaper that its count includes men injured in training.", [
        R("ua-gur", "Defence Intelligence of Ukraine (HUR)", "north_korean", "killed_or_wounded", "exact", "6,000", "cumulative",
          low=6000, best=6000, high=6000, notes="'military intelligence' read as HUR"),
    ])],
    [S("Q: Are the dead mostly from one unit?", trap="question, no figure")],
    [S("A: Largely, yes."),
     S("Analysts at the Hanbit Institute for Security Studies, a Seoul think-tank, estimate that two of the Storm Corps’ brigades were effectively wiped out in the first three months.", [
        R("kr-hanbit-institute", "Hanbit Institute for Security Studies", "north_korean", "casualties_unspecified", "exact", "two", "period",
          counted_in="brigades", low=2, best=2, high=2, notes="formations 'wiped out'; analysts of a body take its id"),
    ])],
    [S("Q: Are Indians dying in this war too?")],
    [S("A: Sadly, yes."),
     S("The Ministry of External Affairs told Parliament in July that 127 Indian nationals had been recruited into the Russian army, of whom 12 had died and 16 were missing.", [
        R("in-mea", "India's Ministry of External Affairs", "russian", "killed", "exact", "12", "cumulative", low=12, best=12, high=12,
          notes="foreigners serving in Russia's army counted as Russian-side losses; area unstated; 127 recruited is not a deployed stock"),
        R("in-mea", "India's Ministry of External Affairs", "russian", "missing", "exact", "16", "cumulative", low=16, best=16, high=16),
    ])],
    [S("Q: And Ukraine’s own losses in Kursk?")],
    [S("A: Kyiv does not publish them."),
     S("Russia’s Defence Ministry, in figures carried by the state agency TASS, says Ukraine lost more than 76,000 troops over the eight months of its incursion.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000", "period",
          relays="TASS", low=76000, notes="total for a finished operation over a stated span: period"),
    ]),
     S("Ukraine’s General Staff, for its part, says Russia has lost over 9 lakh soldiers across the entire front since February 2022, a figure that includes the wounded.", [
        R("ua-general-staff", GS, "russian", "killed_or_wounded", "more_than", "over 9 lakh", "cumulative", low=900000,
          notes="whole war; 'includes the wounded' read as killed or wounded; 9 lakh = 900,000"),
    ])],
    [S("Q: Will the numbers keep rising?")],
    [S("A: Probably."),
     S("Lt Gen (retd) S.K. Bhalla, a former Indian Army corps commander who follows the war closely, told this paper that if North Korea keeps rotating fresh battalions into Kursk at its current pace, it could lose another 1,000 to 1,500 men by the end of the year.", [
        R("in-bhalla", "Lt Gen (retd) S.K. Bhalla", "north_korean", "casualties_unspecified", "range", "1,000 to 1,500", "period",
          modality="conditional", low=1000, high=1500, notes="if-then forecast; 'Indian Army' is not whose losses"),
    ]),
     S("Pyongyang, he noted, has a standing army of about 1.2 million.", trap="total army size at home, not deployed or lost")],
    [S("Have a question about the news? Write to us with “You Asked” in the subject line.")],
]

SPECS = {
    "t01-turkish-english-daily": t01,
    "t02-baltic-public-broadcaster": t02,
    "t03-government-fact-sheet": t03,
    "t04-veterans-newsletter": t04,
    "t05-wire-correction": t05,
    "t06-russian-telegram-retold": t06,
    "t07-parliamentary-research-note": t07,
    "t08-indian-reader-qa": t08,
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
