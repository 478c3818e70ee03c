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


# ---------------------------------------------------------------- claimants used in this set
MOD = ("ru-mod", "Russian Defence Ministry")
GS = ("ua-general-staff", "General Staff of the Armed Forces of Ukraine")
AUTHOR = ("author", "the text's own voice")
VAGUE = {"dozens": (24, 99), "hundreds": (200, 999), "several hundred": (300, 999),
         "a few hundred": (200, 500), "thousands": (2000, 9999)}

# ---------------------------------------------------------------- as01: wire story, duelling bulletins
MER = "Meridian"
a01_s1 = S("MOSCOW/KYIV, Feb 14 (Meridian) - Russia's Defence Ministry said on Friday that Ukrainian forces had lost up to 1,250 servicemen in the Kursk region over the past week, while Ukraine's General Staff said Russian and North Korean units in the same area had lost about 900 troops killed and wounded.", [
    R(*MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 1,250", "period", relays=MER, high=1250,
      notes="'lost' not defined; 'over the past week' is a stated window"),
    R(*GS, "russian_and_north_korean", "killed_or_wounded", "approximate", "about 900", "period", relays=MER, best=900,
      notes="one mixed figure for Russian and North Korean units: kept mixed, not split"),
])
a01 = [
    [S("Moscow claims up to 1,250 Ukrainian troops lost in Kursk in a week; Kyiv puts Russian and North Korean losses at 900",
       trap=restates(a01_s1))],
    [a01_s1, S("Neither side gave figures for its own dead.")],
    [S("The ministry's weekly bulletin said Russian artillery, aviation and drone crews of the North group had struck Ukrainian positions near Sudzha and the village of Malaya Loknya, killing as many as 310 soldiers on Wednesday alone.", [
        R(*MOD, "ukrainian", "killed", "at_most", "as many as 310", "period", relays=MER, high=310,
          notes="'Russian' names the shooters; the dead are the Ukrainians holding the positions; one day of strikes at several places, so period rather than incident"),
     ]),
     S("It also said 14 Ukrainian servicemen had surrendered to Russian paratroopers.", [
        R(*MOD, "ukrainian", "captured", "exact", "14", "period", relays=MER, low=14, best=14, high=14,
          notes="'It' is the ministry's bulletin; within the bulletin's week; 'Russian paratroopers' are the captors"),
     ]),
     S("The bulletin also listed 19 armoured vehicles, six artillery pieces and 41 drones as destroyed.",
       trap="equipment destroyed, not people")],
    [S("In Kyiv, General Staff spokesman Colonel Andriy Lysenko told reporters that the 900 figure covered only the Kursk direction, where he said the enemy had been losing 'about 130 men a day' over the past week.", [
        R(*GS, "russian_and_north_korean", "casualties_unspecified", "approximate", "about 130 men a day", "period",
          relays=MER, counted_in="people_per_day", best=130,
          notes="spokesman takes the General Staff's id; 'the enemy' in the Kursk direction is the Russian and North Korean force of the first sentence; 'the 900 figure' only points back to the first sentence and is not a second row"),
     ]),
     S("He acknowledged that 'our side' had also taken losses in the fighting but gave no number.", [
        R(*GS, "ukrainian", "casualties_unspecified", "none", "", "period", relays=MER,
          notes="'our side' is Ukraine's, the speaker's; losses admitted without a figure"),
     ])],
    [S("Russia's Defence Ministry made no mention of Russian casualties; it last gave a count of its own dead in early 2023, when it said 6,410 servicemen had been killed since the start of what it calls the special military operation.", [
        R(*MOD, "russian", "killed", "exact", "6,410", "cumulative", relays=MER, low=6410, best=6410, high=6410,
          notes="the ministry's own side; a whole-war running total from early 2023, not a Kursk figure"),
     ])],
    [S("The U.S. Defense Department estimated in late January that North Korea had sent about 12,500 soldiers to the Kursk region and that more than 3,600 of them had been killed or wounded.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "deployed", "approximate", "about 12,500", "stock",
          relays=MER, best=12500),
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "more_than", "more than 3,600",
          "cumulative", relays=MER, low=3600, notes="'of them' makes the losses North Korean; running total to late January"),
     ])],
    [S("A Ukrainian drone unit operating near Sudzha said separately that North Korean infantry were still crossing open fields in groups of 20 to 30, a tactic it said was 'costing them dozens of men each time'.", [
        R("ua-unnamed-drone-unit", "an unnamed Ukrainian drone unit near Sudzha", "north_korean", "casualties_unspecified",
          "vague", "dozens", "incident", relays=MER, low=VAGUE["dozens"][0], high=VAGUE["dozens"][1],
          notes="'them' is the North Korean infantry, not the unit; a per-assault figure ('each time'); '20 to 30' is group size, not losses"),
     ])],
    [S("On Feb 5 the two countries swapped 150 prisoners each in an exchange brokered by the United Arab Emirates.",
       trap="prisoners exchanged, not losses"),
     S("Meridian could not verify either side's figures.")],
]

# ---------------------------------------------------------------- as02: Telegram post retold by an independent outlet
OKNO = "Okno"
SEVER = ("ru-blogger-sever", "Severny Veter (Telegram channel, 'Sever')")
a02_s1 = S("A popular pro-war Telegram channel has accused Russian commanders of squandering lives in the Kursk region, saying a single marine brigade lost 80 men killed and more than 200 wounded in two days of assaults on the border village of Pogrebki.", [
    R(*SEVER, "russian", "killed", "exact", "80 men", "period", relays=OKNO, low=80, best=80, high=80,
      notes="a pro-war blogger counting his own side's dead"),
    R(*SEVER, "russian", "wounded", "more_than", "more than 200", "period", relays=OKNO, low=200),
])
a02 = [
    [S("'A third of it did not come back': pro-war blogger says Russian marines lost 80 dead near Kursk border village",
       trap=restates(a02_s1) + " (and pulls 'a third' from the post quoted below)")],
    [a02_s1,
     S("The channel, Severny Veter, has about 540,000 subscribers and is run by a former paratrooper who writes as Sever; the post appeared late on Tuesday.",
       trap="subscriber count, not people lost")],
    [S("'They sent the company in on Monday without drone cover, and a third of it did not come back,' the post read.", [
        R(*SEVER, "russian", "casualties_unspecified", "approximate", "a third", "incident", relays=OKNO,
          counted_in="percent_of_force", best=33.33,
          notes="'They' is the Russian command, 'it' the Russian company; 'did not come back' could be dead, missing or captured, so not defined; no troop figure for the company to link to"),
     ]),
     S("'They' were the brigade's commanders, he made clear, not the Ukrainians, whose drone crews he called 'the best in the business'.")],
    [S("Pogrebki, about six kilometres from the Ukrainian border, changed hands at least twice in February.",
       trap="distance and times the village changed hands")],
    [S("The blogger also repeated the Defence Ministry's claim that Ukrainian forces had lost more than 58,000 troops in the Kursk region since August 2024, adding: 'Even if that is true, it is no reason to spend our men like this.'", [
        R(*MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 58,000", "cumulative",
          relays="Severny Veter > Okno", low=58000,
          notes="the Russian blogger relays the ministry's figure for Ukrainian losses; 'our men' in the quote are Russian but carry no figure"),
     ]),
     S("Ukraine's General Staff, asked by Okno about the post, said its own figures for the same fighting were higher: it counted 122 Russian marines killed near Pogrebki between Sunday and Tuesday.", [
        R(*GS, "russian", "killed", "exact", "122", "period", relays=OKNO, low=122, best=122, high=122,
          notes="'its own figures' means the General Staff's count of Russian dead, not Ukrainian losses"),
     ])],
    [S("Russia's Defence Ministry did not respond to a request for comment; in its bulletin on Wednesday it said units near Pogrebki had 'destroyed up to two Ukrainian company tactical groups'.", [
        R(*MOD, "ukrainian", "casualties_unspecified", "at_most", "up to two", "unspecified", relays=OKNO,
          counted_in="companies", high=2,
          notes="formations 'destroyed', counted in companies; the bulletin gives no window for them"),
     ])],
    [S("Posts by pro-war bloggers are an uneven guide."),
     S("In March another channel claimed that 'nearly 300' North Korean soldiers had been lost to a single drone swarm near Sudzha, then deleted the post within an hour.", [
        R("ru-blogger-unnamed", "an unnamed pro-war Telegram channel", "north_korean", "casualties_unspecified", "vague",
          "nearly 300", "incident", relays=OKNO, low=270, high=299,
          notes="Russian-side channel on its ally's losses; the post was deleted, so a withdrawn claim"),
     ])],
    [S("Okno's own count, compiled from obituaries and posts by relatives, lists 1,412 named Russian servicemen killed in the Kursk fighting since August 2024, including 97 marines.", [
        R(*AUTHOR, "russian", "killed", "exact", "1,412", "cumulative", low=1412, best=1412, high=1412,
          notes="the outlet writing the text counts in its own voice"),
        R(*AUTHOR, "russian", "killed", "exact", "97 marines", "cumulative", low=97, best=97, high=97,
          notes="a subset of the 1,412"),
     ]),
     S("Ukraine has not updated its own toll for Kursk since President Volodymyr Zelenskyy said in March that 'fewer than 500' Ukrainian soldiers had died there.", [
        R("ua-zelenskyy", "Volodymyr Zelenskyy, President of Ukraine", "ukrainian", "killed", "fewer_than", "fewer than 500",
          "cumulative", relays=OKNO, high=500),
     ])],
]

# ---------------------------------------------------------------- as03: Ukrainian news site retells a brigade's post
NF = "Novyny Frontu"
BRIG = ("ua-95th-brigade", "95th Polissia Airborne Assault Brigade (Ukraine)")
a03_b1 = S("The 95th Polissia Airborne Assault Brigade said on Tuesday that its units had killed 230 North Korean and 150 Russian servicemen on the Kursk border between March 1 and March 31, in a Facebook post that also gave unusually detailed figures for its own casualties.", [
    R(*BRIG, "north_korean", "killed", "exact", "230", "period", relays=NF, low=230, best=230, high=230),
    R(*BRIG, "russian", "killed", "exact", "150", "period", relays=NF, low=150, best=150, high=150),
])
a03_b2 = S("Over the same month, 41 of the brigade's paratroopers were wounded, 'most of them by glide bombs and FPV drones', and 23 soldiers of an attached assault battalion were wounded, the post said.", [
    R(*BRIG, "ukrainian", "wounded", "exact", "41", "period", relays=NF, low=41, best=41, high=41,
      notes="the brigade counting its own wounded"),
    R(*BRIG, "ukrainian", "wounded", "exact", "23", "period", relays=NF, low=23, best=23, high=23,
      notes="wounded of an attached Ukrainian battalion, counted by the brigade; separate from the 41"),
])
a03 = [
    [S("Paratroopers say they killed 380 of the enemy in March and had 64 of their own wounded", [
        R(*AUTHOR, "russian_and_north_korean", "killed", "exact", "380", "period", low=380, best=380, high=380,
          derived=a03_b1, notes="headline sums 230 North Korean and 150 Russian dead into one mixed figure"),
        R(*AUTHOR, "ukrainian", "wounded", "exact", "64", "period", low=64, best=64, high=64,
          derived=a03_b2, notes="headline sums 41 and 23 wounded; 'their own' are the Ukrainian paratroopers"),
     ])],
    [a03_b1, a03_b2,
     S("Six of the brigade's servicemen were killed and two are missing, it said.", [
        R(*BRIG, "ukrainian", "killed", "exact", "Six", "period", relays=NF, low=6, best=6, high=6,
          notes="March, from the paragraph"),
        R(*BRIG, "ukrainian", "missing", "exact", "two", "period", relays=NF, low=2, best=2, high=2),
     ])],
    [S("The post did not say whether the six were among the 19 dead that the brigade's commander, Colonel Oleh Savchuk, reported in a television interview in February for the whole winter campaign.", [
        R("ua-savchuk", "Col. Oleh Savchuk, commander of the 95th Brigade", "ukrainian", "killed", "exact", "19", "cumulative",
          relays="unnamed TV channel > " + NF, low=19, best=19, high=19,
          notes="commander speaking in his own name in an interview; 'the six' only points back and is not a new row; running total of a campaign still under way"),
     ])],
    [S("'Their infantry comes in waves of 15 or 20, Koreans in front, Russians behind,' a drone operator with the call sign Yasen told Novyny Frontu.",
       trap="size of assault groups, not losses"),
     S("'Our side loses people to their glide bombs, not to their infantry.'"),
     S("Yasen said his crew alone had hit 'at least 70' North Korean soldiers since mid-February, about half of whom he believed had died.", [
        R("ua-yasen", "drone operator 'Yasen' (Ukraine)", "north_korean", "killed_or_wounded", "at_least", "at least 70",
          "cumulative", relays=NF, low=70,
          notes="'hit' read as killed or wounded; 'about half ... had died' is a share of his own 70, not of a force, and is not turned into a number"),
     ])],
    [S("The brigade has fought on the Kursk border since August 2024, when Ukrainian forces crossed into Russia.",
       trap="date the brigade arrived, no figure of people"),
     S("Russia's Defence Ministry said on Wednesday that the 95th Brigade had lost 'up to 400 servicemen' in March in the same area, and that Russian forces had retaken two villages.", [
        R(*MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 400", "period", relays=NF, high=400,
          notes="the other side's figure for the brigade's losses; 'two villages' is territory"),
     ])],
    [S("North Korea has not commented on its losses; South Korea's National Intelligence Service told lawmakers in February that about 420 North Korean soldiers had been killed and 3,100 wounded.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 420",
          "cumulative", relays="South Korean lawmakers > " + NF, best=420),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "wounded", "approximate", "3,100",
          "cumulative", relays="South Korean lawmakers > " + NF, best=3100, notes="'about' governs both figures"),
     ]),
     S("A prisoner exchange on March 19 returned 175 Ukrainian servicemen, 12 of them from the brigade.",
       trap="prisoners returned in an exchange, not losses")],
]

# ---------------------------------------------------------------- as04: Seoul outlet on North Korean state media
KCNA = ("kp-kcna", "Korean Central News Agency (KCNA)")
KIM = ("kp-kim-jong-un", "Kim Jong Un, North Korean leader")
NIS = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
SOF = ("ua-unnamed-sof-officer", "an unnamed Ukrainian special forces officer")
a04 = [
    [S("North Korea gives first toll for Kursk dead as Seoul's estimate runs far higher")],
    [S("SEOUL -- North Korean state media on Thursday published what appeared to be Pyongyang's first figure for its own soldiers killed in Russia's Kursk region, saying 'more than 600 of our fighters' had 'laid down their lives' there.", [
        R(*KCNA, "north_korean", "killed", "more_than", "more than 600", "cumulative", low=600,
          notes="state media acknowledging its own side's dead; 'Russia's' is the place"),
     ]),
     S("The Korean Central News Agency said the figure was read out at a ceremony in Pyongyang attended by leader Kim Jong Un, where the names of the dead had been carved into a granite wall 40 metres long.",
       trap="length of a memorial wall; 'the figure' restates the 600")],
    [S("Kim was quoted as saying that 'our fighters' had wiped out 'thousands of the neo-Nazi enemy' and that 'not a single one of them' had surrendered.", [
        R(*KIM, "ukrainian", "killed", "vague", "thousands", "cumulative", relays="KCNA",
          low=VAGUE["thousands"][0], high=VAGUE["thousands"][1],
          notes="'the neo-Nazi enemy' is Pyongyang's word for Ukrainian forces"),
        R(*KIM, "north_korean", "captured", "exact", "not a single one", "cumulative", relays="KCNA", low=0, best=0, high=0,
          notes="'them' is 'our fighters': a claim that no North Korean was captured, contradicted below"),
     ]),
     S("KCNA did not say how many had been wounded.")],
    [S("South Korea's spy agency has given far higher estimates."),
     S("Lawmaker Park Sun-woo, briefed by the National Intelligence Service last week, told reporters the agency now believed about 2,300 North Korean soldiers had been killed and roughly 4,000 wounded since the deployment began in October 2024, out of some 14,000 sent in two rotations.", [
        R(*NIS, "north_korean", "killed", "approximate", "about 2,300", "cumulative", relays="Park Sun-woo", best=2300),
        R(*NIS, "north_korean", "wounded", "approximate", "roughly 4,000", "cumulative", relays="Park Sun-woo", best=4000),
        R(*NIS, "north_korean", "deployed", "approximate", "some 14,000", "stock", relays="Park Sun-woo", best=14000,
          notes="troops sent over two rotations, not losses"),
     ]),
     S("That would put Pyongyang's own count at roughly a quarter of Seoul's.",
       trap="the text compares two counts; no new figure"),
     S("US and South Korean officials said separately in March that more than 1,000 of those casualties came in the first six weeks of fighting, when North Korean units attacked across open snowfields.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "more_than", "more than 1,000",
          "period", low=1000, notes="list of claimants: one row per nation; 'those casualties' are North Korean; 'first six weeks' is a stated window"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "casualties_unspecified", "more_than",
          "more than 1,000", "period", low=1000, notes="second nation of the list"),
     ])],
    [S("Russia's Defence Ministry, which rarely mentions its ally, said in a statement carried by TASS that 'Korean comrades' had helped destroy 'more than 1,500 Ukrainian militants' in the Sudzha district in January.", [
        R(*MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 1,500", "period", relays="TASS", low=1500,
          notes="'Korean comrades' are the ally doing the shooting; the losses are Ukrainian; 'destroy' not defined as killed"),
     ]),
     S("A Ukrainian special forces officer told reporters in Kyiv that his unit had captured two more North Korean soldiers near Tetkino this month, bringing to seven the number held by Ukraine.", [
        R(*SOF, "north_korean", "captured", "exact", "two", "period", low=2, best=2, high=2),
        R(*SOF, "north_korean", "captured", "exact", "seven", "cumulative", low=7, best=7, high=7,
          notes="running total of North Koreans held; includes the two"),
     ]),
     S("Pyongyang has denied that any of its soldiers were taken prisoner.")],
    [S("A Seoul-based outlet with sources inside the North reported that families of the dead had been given flats in a new Pyongyang district and a one-off payment worth about $1,200.",
       trap="money paid to families"),
     S("North Korea's army has an estimated 1.2 million active troops.",
       trap="size of the whole army at home, not a force deployed or lost")],
]

# ---------------------------------------------------------------- as05: local Russian news site, funerals
VOR = ("ru-vorobyov", "Nikolai Vorobyov, head of Rossosh district")
a05_s3 = S("Before this week the district had buried 28 men killed in the Kursk fighting since August 2024, he said.", [
    R(*VOR, "russian", "killed", "exact", "28", "cumulative", low=28, best=28, high=28,
      notes="'he' is Vorobyov; a regional official counting local dead"),
])
a05 = [
    [S("Rossosh district's Kursk toll reaches 31", [
        R(*AUTHOR, "russian", "killed", "exact", "31", "cumulative", low=31, best=31, high=31, derived=a05_s3,
          notes="headline adds the 28 buried before this week and the three buried on Friday (first sentence)"),
     ])],
    [S("ROSSOSH, Voronezh region -- Three servicemen from the Rossosh district who were killed in the Kursk region in January were buried on Friday in the town's Alley of Glory, the district head, Nikolai Vorobyov, said on his VKontakte page.", [
        R(*VOR, "russian", "killed", "exact", "Three", "period", low=3, best=3, high=3,
          notes="deaths in January, a stated month"),
     ]),
     S("'They went to defend the Kursk land and gave their lives for our common future,' Vorobyov wrote.")],
    [a05_s3,
     S("The families of each will receive a regional payment of 3 million roubles on top of federal compensation, he added.",
       trap="money in roubles, not people")],
    [S("Among those buried on Friday was Sergeant Ivan Kolesnikov, 34, a drone operator whose unit, according to his widow, lost 'eleven men in one night' to a Ukrainian strike near the village of Kremyanoye.", [
        R("ru-kolesnikova", "Marina Kolesnikova, widow of a Russian soldier", "russian", "casualties_unspecified", "exact",
          "eleven", "incident", low=11, best=11, high=11,
          notes="'Ukrainian' is the strike, the lost men are Russian; widow named only in a later sentence; 34 is an age"),
     ]),
     S("Kolesnikov signed a contract in 2023 and leaves two children.", trap="year and family, not losses"),
     S("'Their commander told us they were hit because they stayed in the same house for three days,' his widow, Marina Kolesnikova, said.",
       trap="duration; 'they' are the eleven already counted")],
    [S("The regional government does not publish a toll."),
     S("A count by Pamyat, an independent project that matches obituaries with cemetery records, lists 412 men from the Voronezh region killed in the Kursk region since August 2024, 96 of them from units sent to help North Korean troops retake the Sudzha district.", [
        R("ru-pamyat", "Pamyat (independent count of named dead)", "russian", "killed", "exact", "412", "cumulative",
          low=412, best=412, high=412),
        R("ru-pamyat", "Pamyat (independent count of named dead)", "russian", "killed", "exact", "96", "cumulative",
          low=96, best=96, high=96,
          notes="Russian dead, a subset of the 412; 'North Korean troops' are the ally they were helping"),
     ])],
    [S("Ukraine's General Staff has claimed that Russian forces lost more than 2,000 soldiers in a single week of fighting for Sudzha in March, a figure Vorobyov called 'lies from people who count our boys to sell weapons'.", [
        R(*GS, "russian", "casualties_unspecified", "more_than", "more than 2,000", "period", low=2000,
          notes="cited only to be disputed by the Russian official; 'our boys' are Russian"),
     ]),
     S("Vorobyov said 'more than 900' men from the district were now serving, about 120 of them in the Kursk region.", [
        R(*VOR, "russian", "deployed", "more_than", "more than 900", "stock", low=900,
          notes="men serving now, on all fronts"),
        R(*VOR, "russian", "deployed", "approximate", "about 120", "stock", best=120, notes="those in the Kursk region"),
     ])],
    [S("A 19-year-old conscript from Rossosh who was taken prisoner at Sudzha in August 2024 came home in an exchange last month, his mother said.",
       trap="age, date and a prisoner's return")],
]

# ---------------------------------------------------------------- as06: explainer with Q&A headings
a06 = [
    [S("Explainer: Who is counting whose dead in Kursk?")],
    [S("How many North Koreans have been killed?")],
    [S("The first North Korean units reached the Kursk region in November 2024, according to Seoul.",
       trap="arrival date only"),
     S("Ukraine's military intelligence agency, HUR, said in April that about 4,700 North Korean soldiers had been killed or wounded since they entered combat in December, roughly 1,600 of them fatally.", [
        R("ua-gur", "Defence Intelligence of Ukraine (HUR)", "north_korean", "killed_or_wounded", "approximate", "about 4,700",
          "cumulative", best=4700, notes="'they' are the North Korean soldiers"),
        R("ua-gur", "Defence Intelligence of Ukraine (HUR)", "north_korean", "killed", "approximate", "roughly 1,600",
          "cumulative", best=1600, notes="the dead within the 4,700"),
     ]),
     S("Seoul's spy agency put the dead at about 2,000 in its latest briefing to lawmakers, up from 1,100 in January, while a US official speaking on condition of anonymity said last month that the combined figure was 'north of 5,000'.", [
        R(*NIS, "north_korean", "killed", "approximate", "about 2,000", "cumulative", relays="South Korean lawmakers", best=2000,
          notes="'Seoul's spy agency' is the NIS; its updated estimate"),
        R(*NIS, "north_korean", "killed", "exact", "1,100", "cumulative", relays="South Korean lawmakers",
          low=1100, best=1100, high=1100, notes="the NIS's earlier, superseded estimate from January; 'about' governs only the 2,000"),
        R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "more_than", "north of 5,000",
          "cumulative", low=5000, notes="'the combined figure' is killed and wounded, as in HUR's figure before it"),
     ]),
     S("Pyongyang acknowledged losses for the first time in April, but without a number.", [
        R("kp-government", "North Korean government (Pyongyang)", "north_korean", "casualties_unspecified", "none", "",
          "cumulative", notes="own side admits losses, no figure"),
     ])],
    [S("And Russia's losses?")],
    [S("Moscow does not publish them."),
     S("Ukraine's General Staff said in its daily tally on Monday that Russia had lost 1,080 troops across the whole front in the previous 24 hours, a figure that covers killed and wounded, and that losses in the Kursk direction had averaged 'about 90 a day' over the past month.", [
        R(*GS, "russian", "killed_or_wounded", "exact", "1,080", "period", low=1080, best=1080, high=1080,
          notes="whole front, not Kursk; the text defines the tally as killed and wounded"),
        R(*GS, "russian", "killed_or_wounded", "approximate", "about 90 a day", "period", counted_in="people_per_day",
          best=90, notes="same tally and definition; a rate over the past month"),
     ]),
     S("Does the Kursk number include North Koreans?"),
     S("Kyiv has not said."),
     S("A Russian military blogger, Andrei Zorin, who writes as Voenkor Z, estimated in May that 'our side' had lost between 8,000 and 10,000 killed in Kursk since August 2024, a figure many of his own followers disputed.", [
        R("ru-zorin", "Andrei Zorin ('Voenkor Z'), Russian military blogger", "russian", "killed", "range",
          "between 8,000 and 10,000", "cumulative", low=8000, high=10000, notes="'our side' is the Russian blogger's"),
     ]),
     S("Independent researchers who count fresh graves on satellite images say cemeteries near the border show well over 300 new burials since January, but cannot say whose.", [
        R("researchers-unnamed", "independent grave-counting researchers (unnamed)", "unspecified", "killed", "more_than",
          "well over 300", "cumulative", low=300, notes="the text says the side cannot be told"),
     ])],
    [S("What about Ukraine's own losses?")],
    [S("Russia's Defence Ministry claimed on March 30 that Ukraine had lost more than 69,000 troops in the Kursk operation.", [
        R(*MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 69,000", "cumulative", low=69000),
     ]),
     S("Kyiv calls that propaganda; President Volodymyr Zelenskyy has described the ratio as 'one of ours for seven of theirs'.",
       trap="a ratio of losses, not a count"),
     S("The Ukrainian figure most often quoted, 2,100 killed and missing, was given by lawmaker Oksana Dyachuk at a February hearing and has not been updated.", [
        R("ua-dyachuk", "Oksana Dyachuk, Ukrainian lawmaker", "ukrainian", "killed_or_missing", "exact", "2,100", "cumulative",
          low=2100, best=2100, high=2100, notes="one combined figure for dead and missing"),
     ])],
    [S("Why do the numbers clash?")],
    [S("Most figures for an army's losses come from its enemy, the side doing the shooting."),
     S("A Ukrainian brigade that says it killed 50 North Koreans in a day is reporting North Korean, not Ukrainian, losses, and has every reason to round up.",
       trap="hypothetical example, not a claim"),
     S("Dates add to the confusion: Kyiv's incursion began in August 2024 and Moscow declared the region retaken in late April 2025, so 'since August' and 'since January' totals cover different fighting.",
       trap="dates only")],
]

# ---------------------------------------------------------------- as07: live blog
KHAR = ("ua-kharakternyk-battalion", "Kharakternyk assault battalion (Ukraine)")
DI = ("gb-defence-intelligence", "UK Defence Intelligence")
a07 = [
    [S("Russia-Ukraine war live: Kursk border clashes on day 1,170 of the invasion", trap="day count of the war")],
    [S("Tuesday's updates, newest last.")],
    [S("09:12 — Ukraine's General Staff has published its morning tally: it says Russian forces lost 1,210 personnel over the past day, bringing its count of Russian losses since February 2022 to 958,330.", [
        R(*GS, "russian", "casualties_unspecified", "exact", "1,210", "period", low=1210, best=1210, high=1210,
          notes="whole front; 'lost ... personnel' not defined here"),
        R(*GS, "russian", "casualties_unspecified", "exact", "958,330", "cumulative", low=958330, best=958330, high=958330,
          notes="whole-war running total, includes the 1,210"),
     ]),
     S("The General Staff does not give its own side's losses in these updates.")],
    [S("10:40 — Russia's Defence Ministry says its North group of forces struck three Ukrainian brigades in the Kursk border area overnight, putting Ukrainian losses at 'up to 85 servicemen'.", [
        R(*MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 85", "period", high=85,
          notes="'three Ukrainian brigades' are the targets, not a count of formations lost"),
     ])],
    [S("11:05 — The acting governor of Kursk region says two civilians were killed and five wounded when a Ukrainian drone hit a bus near Rylsk.",
       trap="civilian casualties, outside the military ledger; 'Ukrainian' is the drone")],
    [S("11:48 — A medical officer with Ukraine's Kharakternyk assault battalion tells our correspondent that the unit has evacuated 64 wounded from the Tetkino sector since Friday, 'roughly one in five of the men we sent in'.", [
        R(*KHAR, "ukrainian", "wounded", "exact", "64", "cumulative", low=64, best=64, high=64,
          notes="a unit counting its own wounded; an unnamed officer speaking for the unit takes its id"),
        R(*KHAR, "ukrainian", "wounded", "approximate", "roughly one in five", "cumulative", counted_in="percent_of_force",
          best=20, notes="share of the men the battalion sent in; no troop figure given"),
     ])],
    [S("12:30 — North Korea's KCNA carries a letter from Kim Jong Un to families of soldiers 'who fell in the Kursk area', without giving a figure.", [
        R(*KIM, "north_korean", "killed", "none", "", "unspecified", relays="KCNA",
          notes="own dead acknowledged with no number"),
     ]),
     S("The letter says 'our fighters' wiped out 'a whole brigade' of the enemy.", [
        R(*KIM, "ukrainian", "casualties_unspecified", "exact", "a whole brigade", "unspecified", relays="KCNA",
          counted_in="brigades", low=1, best=1, high=1, notes="'our fighters' are the shooters; the brigade lost is Ukrainian"),
     ])],
    [S("13:15 — British defence intelligence says in its daily update that Russia could lose another 35,000 troops killed or wounded across Kursk and neighbouring Belgorod by the end of August.", [
        R(*DI, "russian", "killed_or_wounded", "exact", "35,000", "period", modality="projected", low=35000, best=35000,
          high=35000, notes="a forecast to the end of August; British is the speaker"),
     ]),
     S("If North Korea sends the 6,000 additional troops that Seoul expects, the update adds, their casualties would likely climb to 'several hundred a week'.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "exact", "6,000", "stock",
          relays="UK Defence Intelligence", modality="projected", low=6000, best=6000, high=6000,
          notes="'Seoul' expects a future deployment"),
        R(*DI, "north_korean", "casualties_unspecified", "vague", "several hundred a week", "unspecified",
          modality="conditional", counted_in="people_per_week",
          low=VAGUE["several hundred"][0], high=VAGUE["several hundred"][1],
          notes="'their' is the North Korean force; if-then"),
     ])],
    [S("14:02 — Correction: our 10:40 post originally gave the ministry's figure as 'up to 185'; the ministry said 'up to 85'.",
       trap="correction restating the 10:40 figure")],
    [S("15:20 — The Pentagon says it assesses that about 3,000 North Korean troops have been killed or wounded since January, and that 'a few hundred' have been evacuated to hospitals in Russia.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "approximate",
          "about 3,000", "cumulative", best=3000),
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "wounded", "vague", "a few hundred", "cumulative",
          low=VAGUE["a few hundred"][0], high=VAGUE["a few hundred"][1],
          notes="wounded taken to hospital; 'in Russia' is the place"),
     ])],
    [S("15:40 — Russia and Ukraine each handed over 246 prisoners in an exchange mediated by the UAE, both sides say.",
       trap="prisoners exchanged")],
]

# ---------------------------------------------------------------- as08: fact-check
a08 = [
    [S("Fact check: Viral post turns a Russian claim about Ukrainian losses into a Ukrainian 'admission'")],
    [S("A post shared more than 20,000 times on X and Telegram this week says 'Ukraine admits 5,400 soldiers killed in Kursk in ten days'.",
       trap="shares count; the post's attribution is false and the figure is recorded from its real source below"),
     S("That is false.")],
    [S("The figure comes from Russia's Defence Ministry, which said on Sunday, Jan 19, that Ukrainian forces had lost 'more than 5,400 servicemen' in the Kursk region over the previous ten days.", [
        R(*MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 5,400", "period", low=5400,
          notes="'lost', not 'killed' as the post says; Russian is the speaker"),
     ]),
     S("The ministry's Telegram channel, which has 1.2 million subscribers, posted the statement at 10:15 Moscow time.",
       trap="subscribers and time of day"),
     S("The statement does not say how many of those were killed, and it is a claim by the side that says it inflicted the losses, not an admission by Kyiv."),
     S("The post appears to have read 'Ukrainian', the word describing whose losses were claimed, as the name of the speaker.")],
    [S("Ukraine's General Staff, for its part, said the same day that Russian and North Korean troops had lost 1,350 killed and wounded in the Kursk direction over the same ten days, 410 of them North Koreans.", [
        R(*GS, "russian_and_north_korean", "killed_or_wounded", "exact", "1,350", "period", low=1350, best=1350, high=1350,
          notes="mixed count kept mixed"),
        R(*GS, "north_korean", "killed_or_wounded", "exact", "410", "period", low=410, best=410, high=410,
          notes="the North Korean part of the 1,350"),
     ]),
     S("Kyiv's only recent statement on its own losses there came from Captain Serhiy Hromenko, spokesman for the 126th Air Assault Brigade, fighting near the Russian village of Sverdlikovo, who said on Jan 16 that 'we have had 17 killed this month, and we do not hide it'.", [
        R("ua-126th-brigade", "126th Air Assault Brigade (Ukraine)", "ukrainian", "killed", "exact", "17", "period",
          low=17, best=17, high=17,
          notes="spokesman takes the brigade's id; 'Russian' is the village, 'we' the Ukrainian brigade; 'this month' is January"),
     ])],
    [S("A second viral claim, that 'North Korea lost 12,000 men in Kursk', misreads a US estimate: at a Jan 28 briefing, US officials said North Korea had sent about 12,000 troops, not that it had lost them.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 12,000", "stock",
          best=12000, notes="the viral '12,000 lost' is a misreading of this deployed figure, not a separate claim"),
     ]),
     S("The same officials said they believed 'several hundred' North Korean soldiers had been killed by then and 'more than 1,000' killed or wounded.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed", "vague", "several hundred", "cumulative",
          low=VAGUE["several hundred"][0], high=VAGUE["several hundred"][1], notes="'they' are the US officials"),
        R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "more_than", "more than 1,000",
          "cumulative", low=1000),
     ]),
     S("Pro-Russian accounts have also shared a video said to show '200 dead Ukrainians' near Sudzha; geolocation shows it was filmed in Donetsk region in 2023.", [
        R("pro-russian-accounts", "pro-Russian social media accounts (unnamed)", "ukrainian", "killed", "exact", "200",
          "incident", low=200, best=200, high=200,
          notes="claim cited only to be debunked: the footage is from another front and year"),
     ])],
    [S("Our verdict: False."),
     S("The 5,400 is Russia's claim about Ukrainian losses, and the 12,000 counts North Korean troops sent, not lost.",
       trap="verdict restating figures already recorded")],
]

SPECS = {
    "as01-wire-duelling-bulletins": a01,
    "as02-telegram-blogger-retold": a02,
    "as03-brigade-post-news-site": a03,
    "as04-state-media-seoul-report": a04,
    "as05-russian-local-funerals": a05,
    "as06-explainer-qa": a06,
    "as07-live-blog": a07,
    "as08-fact-check": a08,
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
