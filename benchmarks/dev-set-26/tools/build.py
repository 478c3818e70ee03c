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


# ---------------------------------------------------------------- m01
# A Kyiv Independent-style news story citing the General Staff and a brigade.
GS = "ua-general-staff"
m01_body = S("According to the General Staff, 410 North Korean servicemen were killed and 630 wounded between Jan. 14 and Jan. 20 in fighting near the villages of Makhnovka and Plekhovo.", [
    R(GS, "the General Staff", "north_korean", "killed", "exact", "410", "period", low=410, best=410, high=410,
      notes="stated window Jan. 14-20"),
    R(GS, "the General Staff", "north_korean", "wounded", "exact", "630", "period", low=630, best=630, high=630,
      notes="same window; 'and 630 wounded' shares the subject of the killed figure"),
])
m01 = [
    [S("North Korean troops lost over 1,000 in a week near Kursk, Kyiv says", [
        R("author", "the news site's own headline", "north_korean", "killed_or_wounded", "more_than", "over 1,000",
          "period", low=1000, derived=m01_body,
          notes="headline sums the body's 410 killed and 630 wounded (1,040) into a combined figure; the outlet's own "
                "figure, not a separate estimate"),
    ])],
    [S("Oksana Hrytsenko · Tuesday, January 21, 2025", trap="byline and publication date")],
    [S("North Korean soldiers fighting for Russia in Kursk Oblast have taken heavy losses over the past week, Ukraine’s General Staff said on Jan. 21, as Pyongyang’s troops returned to the front after a lull of almost a fortnight.", [
        R(GS, "Ukraine’s General Staff", "north_korean", "casualties_unspecified", "none", "", "period",
          notes="loss stated with no number; the only digits are the report date"),
    ])],
    [m01_body,
     S("The figures could not be independently verified.")],
    [S("The 229th Separate Assault Brigade, which holds part of the line south of Plekhovo, said its drone operators had repelled five attacks in as many days.",
       trap="number of attacks repelled, not people lost"),
     S("“Over the last 24 hours alone, 112 of them were eliminated,” the brigade’s press officer, Lt. Yurii Savchuk, said in a video address on Monday.", [
         R("ua-229th-brigade", "the brigade’s press officer, Lt. Yurii Savchuk", "north_korean", "killed", "exact", "112",
           "period", low=112, best=112, high=112,
           notes="claimant after the quote; a press officer speaks for his brigade; 'eliminated' read as killed; "
                 "'them' are the North Korean attackers of the paragraph; 'last 24 hours' is a stated window"),
     ]),
     S("He said the North Koreans advanced across open snow in groups of 20 to 30, often without armour.",
       trap="size of attacking groups, not losses")],
    [S("Since Pyongyang’s troops entered combat in early December, they have lost about 3,800 men killed or wounded, the General Staff said — a total that includes last week’s fighting.", [
        R(GS, "the General Staff", "north_korean", "killed_or_wounded", "approximate", "about 3,800", "cumulative",
          best=3800, notes="running total since early December; includes the Jan. 14-20 figures, never add them"),
    ]),
     S("Ukrainian officials have previously put the North Korean contingent in Russia at around 11,000.", [
         R("ua-officials", "Ukrainian officials", "north_korean", "deployed", "approximate", "around 11,000", "stock",
           best=11000, notes="troops deployed, not lost"),
     ]),
     S("At the current rate, a senior official of Ukraine’s military intelligence, HUR, told the Kyiv Dispatch, the contingent could lose half its strength by spring.", [
         R("ua-gur", "a senior official of Ukraine’s military intelligence, HUR", "north_korean", "casualties_unspecified",
           "exact", "half", "cumulative", counted_in="percent_of_force", modality="projected", low=50, best=50, high=50,
           notes="projection to spring; a share of the ~11,000 contingent; an unnamed official of a named body takes "
                 "the body's id; the Kyiv Dispatch is the publishing outlet, not a relay"),
     ])],
    [S("Russia’s Defence Ministry, which has never acknowledged the North Korean deployment, said on Monday that Ukraine had lost up to 150 servicemen in the Kursk direction over the previous 24 hours.", [
        R("ru-mod", "Russia’s Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 150", "period",
          high=150, notes="'lost' undefined; 'North Korean' in the sentence is not whose losses are counted"),
    ]),
     S("Kyiv does not publish its own casualty figures.")],
    [S("Separately, Russian shelling of villages in Ukraine’s Sumy Oblast wounded three civilians on Monday, regional authorities said.",
       trap="civilians wounded, outside the military-loss ledger")],
]

# ---------------------------------------------------------------- m02
# A Yonhap-style series of short flashes followed by the full story.
NIS = "kr-nis"
AHN = "Rep. Ahn Jae-sung"
m02_lead = S("SEOUL, Feb. 27 (Hanbit) -- North Korean troops fighting for Russia have suffered about 3,000 casualties in Russia’s Kursk region, including some 300 killed and about 2,700 wounded, a lawmaker said Thursday, citing the National Intelligence Service (NIS).", [
    R(NIS, "the National Intelligence Service (NIS)", "north_korean", "killed_or_wounded", "approximate", "about 3,000",
      "cumulative", relays=AHN, best=3000,
      notes="'casualties' is defined by the same sentence as killed plus wounded; lawmaker named in the next sentence"),
    R(NIS, "the National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "some 300",
      "cumulative", relays=AHN, best=300),
    R(NIS, "the National Intelligence Service (NIS)", "north_korean", "wounded", "approximate", "about 2,700",
      "cumulative", relays=AHN, best=2700),
])
m02_deploy = S("The NIS also believes the North sent an additional 3,000 or so troops to Russia in January and February, on top of the roughly 11,000 it deployed last autumn, Ahn said.", [
    R(NIS, "The NIS", "north_korean", "deployed", "approximate", "3,000 or so", "stock", relays=AHN, best=3000,
      notes="reinforcements sent in January-February; deployed, not lost"),
    R(NIS, "The NIS", "north_korean", "deployed", "approximate", "roughly 11,000", "stock", relays=AHN, best=11000,
      notes="the first contingent, deployed last autumn"),
])
m02 = [
    [S("(URGENT) N. Korean troops in Russia suffer about 3,000 casualties: lawmaker", trap=restates(m02_lead))],
    [S("(LEAD) About 300 N. Korean soldiers killed, 2,700 wounded in Kursk: NIS", trap=restates(m02_lead))],
    [S("(2nd LD) N. Korea sends additional 3,000 troops to Russia, spy agency says", trap=restates(m02_deploy))],
    [m02_lead,
     S("Rep. Ahn Jae-sung of the parliamentary intelligence committee told reporters after a closed-door briefing that the casualties had occurred since the troops were thrown into combat in December.")],
    [S("The estimate is a sharp upward revision from early January, when the spy agency put the North’s losses at about 100 dead and nearly 1,000 wounded.", [
        R(NIS, "the spy agency", "north_korean", "killed", "approximate", "about 100", "cumulative", best=100,
          notes="the agency's earlier (early January) running total, superseded by the Feb. 27 figure"),
        R(NIS, "the spy agency", "north_korean", "wounded", "vague", "nearly 1,000", "cumulative", low=900, high=999,
          notes="earlier estimate; 'nearly N' read as 0.9N to N-1"),
    ]),
     S("“The casualties are high because the North Korean soldiers are being used in wave attacks with little understanding of modern warfare, including drones,” Ahn quoted the agency as saying.")],
    [m02_deploy,
     S("Ahn said the North was believed to receive about $2,000 a month for each soldier, most of it kept by the state.",
       trap="money paid per soldier")],
    [S("In the same briefing, two North Korean soldiers captured by Ukrainian forces in January were confirmed to be held in Kyiv.", [
        R(NIS, "the NIS (named in the preceding paragraphs)", "north_korean", "captured", "exact", "two", "period",
          relays=AHN, low=2, best=2, high=2,
          notes="passive sentence: the claimant is the briefing's source, from the preceding paragraphs; captured in January"),
    ]),
     S("Kyiv has said it is willing to hand the two men over to Pyongyang in exchange for Ukrainians held in Russia.",
       trap="proposed prisoner exchange; refers back to the same two captured soldiers")],
    [S("U.S. and South Korean officials, speaking on condition of anonymity, have separately said North Korean losses during major assaults have been running at about 90 a day.", [
        R("us-officials", "U.S. officials", "north_korean", "casualties_unspecified", "approximate", "about 90",
          "unspecified", counted_in="people_per_day", best=90, notes="list of claimants: one row each; a rate"),
        R("kr-officials", "South Korean officials", "north_korean", "casualties_unspecified", "approximate",
          "about 90", "unspecified", counted_in="people_per_day", best=90,
          notes="second claimant of the list; 'during major assaults' is not a dated window"),
    ]),
     S("North Korea has not acknowledged the deployment.")],
]

# ---------------------------------------------------------------- m03
# A Russian state TV evening bulletin transcript.
MOD = "ru-mod"
m03 = [
    [S("TRANSCRIPT — Rodina-24, “Vesti of the Evening”, Monday, 3 March 2025, 20:00 Moscow time",
       trap="broadcast date and time")],
    [S("ANCHOR (Yekaterina Vlasova): Good evening."),
     S("We begin in the Kursk region, where the enemy’s latest attempt to break out towards Sudzha has failed."),
     S("Over the past day, the Defence Ministry reports, Ukrainian formations lost up to 230 servicemen, five tanks and seven armoured vehicles in the Kursk direction.", [
         R(MOD, "the Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 230", "period",
           high=230, notes="past day; tanks and armoured vehicles are equipment, not counted"),
     ]),
     S("In all, since the start of the Kursk operation, enemy losses have exceeded 62,000 servicemen, according to the ministry.", [
         R(MOD, "the ministry", "ukrainian", "casualties_unspecified", "more_than", "exceeded 62,000", "cumulative",
           low=62000, notes="'enemy' is Ukrainian in the bulletin's voice"),
     ]),
     S("On average, the ministry says, the enemy is losing 250 men a day on this sector.", [
         R(MOD, "the ministry", "ukrainian", "casualties_unspecified", "exact", "250", "unspecified",
           counted_in="people_per_day", low=250, best=250, high=250,
           notes="an average rate stated as a single figure; no window given"),
     ])],
    [S("CORRESPONDENT (Artyom Zhuravlyov, Kursk region): The guns here have not fallen silent for three days.",
       trap="duration of shelling"),
     S("Major General Vladimir Kostrov, who commands the artillery of the northern group, told our crew that his gunners had destroyed two Ukrainian companies near Guevo over the past week.", [
         R("ru-kostrov", "Major General Vladimir Kostrov", "ukrainian", "casualties_unspecified", "exact", "two", "period",
           counted_in="companies", low=2, best=2, high=2,
          notes="formations 'destroyed': counted in companies, never converted to people; 'over the past week'"),
     ])],
    [S("KOSTROV: “They throw in whole platoons, and yesterday we counted forty bodies in one tree line, maybe more.”", [
        R("ru-kostrov", "Kostrov", "ukrainian", "killed", "at_least", "forty", "incident", low=40,
          notes="surname only on second mention; 'maybe more' makes forty a floor; 'whole platoons' is not a loss count"),
    ])],
    [S("CORRESPONDENT: Eleven Ukrainian soldiers surrendered to paratroopers here on Saturday after two days without food or ammunition.", [
        R("author", "the channel's correspondent", "ukrainian", "captured", "exact", "Eleven", "incident",
          low=11, best=11, high=11, notes="the bulletin's own voice; 'two days' is a duration"),
    ]),
     S("One of them, a 44-year-old mobilised man from Poltava, told us he had been sent forward with nine days of training.",
       trap="age and days of training of one prisoner already counted")],
    [S("ANCHOR: Meanwhile, Western media continue to repeat Kyiv’s fantasies."),
     S("A British newspaper claimed today that Russia had lost 40,000 soldiers in the Kursk region, a figure the ministry calls pure invention.", [
         R("gb-newspaper-unnamed", "A British newspaper", "russian", "casualties_unspecified", "exact", "40,000",
           "cumulative", low=40000, best=40000, high=40000,
           notes="cited only to be disputed; 'British' is the claimant's nationality, not whose losses"),
     ]),
     S("Kyiv’s propaganda also claims that 500 of our men were killed over the weekend alone.", [
         R("ua-officials", "Kyiv’s propaganda", "russian", "killed", "exact", "500", "period",
           low=500, best=500, high=500,
           notes="cited to be disputed; a capital standing for its government takes xx-officials; 'our men' are Russian"),
     ])],
    [S("In other news, 175 Russian servicemen returned home today from Ukrainian captivity, and the same number of Ukrainian prisoners were handed over, in an exchange mediated by the United Arab Emirates.",
       trap="prisoner exchange, not a loss"),
     S("Air defences shot down 46 Ukrainian drones over the Kursk, Belgorod and Bryansk regions overnight, the ministry said.",
       trap="drones shot down, equipment"),
     S("In Rylsk, a drone struck a bus, injuring four civilians, the regional governor said.",
       trap="civilians injured, outside the military-loss ledger")],
]

# ---------------------------------------------------------------- m04
# A Bellingcat-style OSINT geolocation write-up.
SOF = "ua-8th-sof-regiment"
m04 = [
    [S("Counting the Dead at Kurilovka: Geolocating a Failed North Korean Assault")],
    [S("Between 14 and 16 December 2024, Ukrainian drone units posted at least six videos of an infantry assault across open fields south-west of Kurilovka, in Russia’s Kursk region.",
       trap="number of videos and dates"),
     S("Ukraine’s 8th Special Operations Forces Regiment said the attackers were North Korean and that 77 of them had been killed and 41 wounded.", [
         R(SOF, "Ukraine’s 8th Special Operations Forces Regiment", "north_korean", "killed", "exact", "77", "incident",
           low=77, best=77, high=77, notes="one assault, 14-16 December"),
         R(SOF, "Ukraine’s 8th Special Operations Forces Regiment", "north_korean", "wounded", "exact", "41", "incident",
           low=41, best=41, high=41),
     ]),
     S("We set out to test that claim.")],
    [S("We geolocated four of the six videos to a 1.5-kilometre strip of tree line and field between Kurilovka and Nikolayevo-Darino, using a water tower and a bend in a farm track visible in satellite imagery from 17 December.",
       trap="videos geolocated, a distance and an imagery date"),
     S("Counting only figures that stay motionless across consecutive frames and appear in the same place in more than one video, we identified at least 23 bodies.", [
         R("author", "the investigations team", "north_korean", "killed", "at_least", "at least 23", "incident", low=23,
           notes="the write-up's own count from footage; a floor by its own method"),
     ]),
     S("In one clip alone, filmed near the water tower, 14 bodies are visible.", [
         R("author", "the investigations team", "north_korean", "killed", "exact", "14", "incident",
           low=14, best=14, high=14, notes="part of the 23 above (includes), never added to it"),
     ]),
     S("A further nine people are seen being hit by drone-dropped munitions but could not be confirmed dead.", [
         R("author", "the investigations team", "north_korean", "killed_or_wounded", "exact", "nine", "incident",
           low=9, best=9, high=9, notes="hit but not confirmed dead: killed or wounded, kept combined"),
     ]),
     S("Our count is a floor, not an estimate: it covers roughly a third of the 77 deaths the regiment claimed.",
       trap="ratio of the team's count to the regiment's claim; not a share of a force, and 77 restates the regiment")],
    [S("The pro-Kremlin Telegram channel Severny Veter, which first reported the assault, wrote that “no more than a dozen” Korean volunteers were lost and that the Ukrainian videos were staged.", [
        R("ru-severny-veter", "The pro-Kremlin Telegram channel Severny Veter", "north_korean", "casualties_unspecified",
          "at_most", "no more than a dozen", "incident", high=12,
          notes="cited to be disputed; 'Korean volunteers' are the North Korean troops; 'Ukrainian' is not whose losses"),
    ]),
     S("The footage contradicts this: the same bodies appear from different angles in videos posted by two separate Ukrainian units.",
       trap="number of units posting videos"),
     S("Two BMP-2 infantry fighting vehicles also appear; one is struck by an FPV drone and burns.",
       trap="armoured vehicles, equipment")],
    [S("Ukraine’s military intelligence later said, citing intercepted radio traffic, that the North Korean battalion involved had lost about 200 men killed and wounded over three days of attacks.", [
        R("ua-gur", "Ukraine’s military intelligence", "north_korean", "killed_or_wounded", "approximate", "about 200",
          "period", best=200, notes="over three days of attacks; a battalion named as the unit, the figure is people"),
    ]),
     S("Documents the regiment says it recovered from one body belong to a 26-year-old private from Ryanggang province.",
       trap="age of one dead soldier already within the count"),
     S("We could not verify either claim independently.")],
]

# ---------------------------------------------------------------- m05
# A Washington think tank's weekly update.
m05 = [
    [S("Kursk and the Korean Contingent: Weekly Update, May 2, 2025", trap="publication date"),
     S("Center for Eurasian Security Studies | Washington")],
    [S("Key takeaways")],
    [S("Russia claimed on April 26 that its forces had retaken all of Kursk Oblast, and North Korea confirmed for the first time two days later that its troops had fought there.",
       trap="dates of announcements"),
     S("We assess that North Korean forces have likely suffered between 4,000 and 6,000 casualties since December 2024, including at least 1,000 killed.", [
         R("author", "the think tank (we assess)", "north_korean", "casualties_unspecified", "range",
           "between 4,000 and 6,000", "cumulative", low=4000, high=6000,
           notes="the report's own assessment; 'casualties' not defined"),
         R("author", "the think tank (we assess)", "north_korean", "killed", "at_least", "at least 1,000",
           "cumulative", low=1000),
     ]),
     S("That would amount to roughly 40 percent of the initial contingent of about 11,000–12,000 troops.", [
         R("author", "the think tank", "north_korean", "casualties_unspecified", "approximate", "roughly 40 percent",
           "cumulative", counted_in="percent_of_force", best=40,
           notes="share of the contingent in the same sentence; 'would amount' restates the assessment, not a forecast"),
         R("author", "the think tank", "north_korean", "deployed", "range", "about 11,000–12,000", "stock",
           low=11000, high=12000, notes="'about' before a range: kept as range"),
     ])],
    [S("Russian and Ukrainian losses")],
    [S("Ukrainian military intelligence (HUR) reported on Tuesday, April 29, that Russian forces in the Kursk sector had been losing about 150 personnel killed and wounded a day in recent weeks.", [
        R("ua-gur", "Ukrainian military intelligence (HUR)", "russian", "killed_or_wounded", "approximate", "about 150",
          "period", counted_in="people_per_day", best=150, notes="rate over 'recent weeks'"),
    ]),
     S("Russian losses in the sector averaged 4,000 to 5,000 a month between February and April.", [
         R("european-defence-ministry", "a European defence ministry (named in the next sentence)", "russian",
           "casualties_unspecified", "range", "4,000 to 5,000", "period", counted_in="people_per_month",
           low=4000, high=5000, notes="claimant given in the following sentence; monthly rate February-April"),
     ]),
     S("That is the estimate of a European defence ministry, shared with us on condition that the country not be named; it is broadly consistent with HUR’s daily figure."),
     S("Russia’s Defence Ministry claimed the same week that Ukraine had lost more than 76,000 servicemen killed and wounded in Kursk since August 2024, a figure we consider inflated and cannot verify.", [
         R("ru-mod", "Russia’s Defence Ministry", "ukrainian", "killed_or_wounded", "more_than", "more than 76,000",
           "cumulative", low=76000, notes="cited and disputed by the report"),
     ]),
     S("Kyiv has not published its own losses, but a brigade commander told the Kyiv newspaper Kyivskyi Visnyk in March that his unit had lost “about a quarter” of its infantry in the withdrawal from Sudzha.", [
         R("ua-officials", "a brigade commander", "ukrainian", "casualties_unspecified", "approximate", "about a quarter",
           "period", relays="Kyivskyi Visnyk", counted_in="percent_of_force", best=25,
           notes="unnamed Ukrainian commander takes ua-officials; a share of his unit's infantry, no troop figure; "
                 "own side acknowledging"),
     ])],
    [S("Outlook")],
    [S("If North Korea keeps rotating in fresh units at the current pace, its contingent in Russia will again exceed 15,000 personnel by the end of summer.", [
        R("author", "the think tank", "north_korean", "deployed", "more_than", "exceed 15,000", "stock",
          modality="conditional", low=15000, notes="if-then forecast of troops present by end of summer"),
    ]),
     S("If current loss rates hold, the North could suffer another 2,000 casualties by August.", [
         R("author", "the think tank", "north_korean", "casualties_unspecified", "exact", "2,000", "period",
           modality="conditional", low=2000, best=2000, high=2000,
           notes="'another' losses from now to August, a conditional"),
     ]),
     S("Russia, for its part, has reportedly shipped Pyongyang more than 1 million barrels of oil since the deployment began.",
       trap="oil shipments, not people")],
]

# ---------------------------------------------------------------- m06
# A BBC Russian-style count of named dead with methodology.
m06_total = S("Since Ukrainian troops crossed into the Kursk region on 6 August 2024, we have established the names of 2,361 Russian servicemen killed in the fighting there.", [
    R("author", "the Russian Service data team", "russian", "killed", "exact", "2,361", "cumulative",
      low=2361, best=2361, high=2361, notes="named dead from open sources; the text says it is an undercount"),
])
m06 = [
    [S("Kursk: at least 2,361 names of the dead", trap=restates(m06_total))],
    [S("By the Russian Service data team")],
    [m06_total,
     S("The list has grown by 580 names since our last update in March.",
       trap="names added since the last update; not deaths over a period"),
     S("Of the dead, 412 were killed in the first month of the incursion, many of them conscripts who had been guarding the border.", [
         R("author", "the data team", "russian", "killed", "exact", "412", "period", low=412, best=412, high=412,
           notes="first month of the incursion (August-September 2024); part of the 2,361"),
     ])],
    [S("How we count")],
    [S("We count a soldier only when an obituary, a post by relatives, a local official or a court record names him and says he died in the Kursk region."),
     S("Relatives list a further 930 men as missing in the region; we do not include them in the count, though together the named dead and missing come to more than 3,200.", [
         R("author", "the data team", "russian", "missing", "exact", "930", "cumulative", low=930, best=930, high=930,
           notes="missing listed by relatives, reported by the outlet"),
         R("author", "the data team", "russian", "killed_or_missing", "more_than", "more than 3,200", "cumulative",
           low=3200, notes="the text's own sum of 2,361 dead and 930 missing; a combined measure"),
     ]),
     S("Our figure is certainly an undercount: the demographers we consulted believe open sources capture between 45 and 65 percent of actual deaths.",
       trap="coverage rate of the method, not a share of a force"),
     S("On that basis, the true number of Russian dead in Kursk may lie between 3,600 and 5,200.", [
         R("author", "the data team", "russian", "killed", "range", "between 3,600 and 5,200", "cumulative",
           low=3600, high=5200, notes="modelled estimate of past deaths: reported, not projected"),
     ])],
    [S("Who they were")],
    [S("At least 640 of the named dead were mobilised men, and 310 were former prisoners recruited from penal colonies.", [
        R("author", "the data team", "russian", "killed", "at_least", "At least 640", "cumulative", low=640,
          notes="subset of the 2,361"),
        R("author", "the data team", "russian", "killed", "exact", "310", "cumulative", low=310, best=310, high=310,
          notes="subset of the 2,361; 'former prisoners' describes the dead, not captured men"),
    ]),
     S("The youngest was 18; the oldest, a volunteer from Orenburg, was 63.", trap="ages"),
     S("The Russian Defence Ministry has never published a figure for its losses in Kursk.")],
    [S("In January, Kursk’s governor, citing the ministry, said about 300 men from the region had been killed at the front since 2022 — on all fronts, not only at home.", [
        R("ru-mod", "the ministry (the Defence Ministry)", "russian", "killed", "approximate", "about 300",
          "cumulative", relays="Kursk’s governor", best=300,
          notes="area whole_war: residents of the region killed on all fronts; own side acknowledging"),
    ]),
     S("We found no obituaries for North Korean soldiers, and Pyongyang has published no names.")],
]

# ---------------------------------------------------------------- m07
# A Korean-language newspaper editorial, translated.
m07 = [
    [S("[Editorial] The bill for Pyongyang’s mercenary war")],
    [S("(Translated from the Korean; published in the March 5, 2025 print edition of the Hanbit Ilbo.)",
       trap="publication date")],
    [S("Three months after North Korean soldiers first went into battle in Russia’s Kursk region, the cost of Kim Jong Un’s gamble is coming into view.",
       trap="time since deployment"),
     S("Our National Intelligence Service told lawmakers last week that some 4,000 North Korean troops had been killed or wounded out of the roughly 11,000 sent.", [
         R(NIS, "Our National Intelligence Service", "north_korean", "killed_or_wounded", "approximate", "some 4,000",
           "cumulative", relays="lawmakers", best=4000),
         R(NIS, "Our National Intelligence Service", "north_korean", "deployed", "approximate", "roughly 11,000",
           "stock", relays="lawmakers", best=11000),
     ]),
     S("That is more than a third of the force, by our arithmetic.", [
         R("author", "the editorial", "north_korean", "killed_or_wounded", "more_than", "more than a third",
           "cumulative", counted_in="percent_of_force", low=33.33,
           notes="the paper's own share computed from the NIS figures; 'a third' read as 33.33 percent"),
     ]),
     S("The agency added that at least 300 of them had died, and that commanders had ordered the badly wounded to be left on the field.", [
         R(NIS, "The agency", "north_korean", "killed", "at_least", "at least 300", "cumulative", relays="lawmakers",
           low=300),
     ])],
    [S("Kyiv’s military intelligence puts the toll higher still, at more than 5,000 killed and wounded, citing intercepted communications.", [
        R("ua-gur", "Kyiv’s military intelligence", "north_korean", "killed_or_wounded", "more_than", "more than 5,000",
          "cumulative", low=5000),
    ]),
     S("Washington, by contrast, spoke in January of only “several hundred” killed.", [
         R("us-officials", "Washington", "north_korean", "killed", "vague", "several hundred", "cumulative",
           low=300, high=900, notes="a capital standing for its government takes xx-officials; an older estimate; "
                                    "'several hundred' read as 300-900"),
     ]),
     S("Even by the lower figures, the North has lost more soldiers in three months than our own armed forces have lost to hostile action since the 1953 armistice.",
       trap="comparison with South Korean losses; no figure, dates only")],
    [S("Moscow, for its part, says nothing of its allies’ dead and boasts instead of “more than 60,000” Ukrainian losses in Kursk.", [
        R("ru-officials", "Moscow", "ukrainian", "casualties_unspecified", "more_than", "more than 60,000",
          "cumulative", low=60000, notes="capital for government; 'allies’ dead' has no figure"),
    ]),
     S("Of the two North Korean prisoners held in Ukraine, one aged 20 and the other 26, both have said they wish to come to the South.", [
         R("author", "the editorial", "north_korean", "captured", "exact", "two", "cumulative", low=2, best=2, high=2,
           notes="ages are not figures of the claim"),
     ]),
     S("Seoul has no troops in the war, and a plan to send a team of fewer than ten interrogators to Ukraine has rightly been shelved.",
       trap="proposed South Korean team never sent; not deployed or lost")],
    [S("If the deployment goes on at this rate, the North could lose the equivalent of two more brigades by the year’s end.", [
        R("author", "the editorial", "north_korean", "casualties_unspecified", "exact", "two", "period",
          counted_in="brigades", modality="conditional", low=2, best=2, high=2,
          notes="if-then; counted in brigades, not converted"),
    ]),
     S("The government must prepare now to receive those who seek refuge, and to tell North Koreans the truth about the war their leader hid from them.")],
]

# ---------------------------------------------------------------- m08
# A podcast transcript with two hosts and a guest.
VOSS = "baltic-institute"
m08 = [
    [S("Frontline Brief — Episode 212: “The Kursk Ledger”", trap="episode number")],
    [S("[Transcript, lightly edited for clarity.]")],
    [S("HANNAH COLE: Welcome back to Frontline Brief."), S("I’m Hannah Cole.")],
    [S("TOM REYES: And I’m Tom Reyes, and joining us from Vilnius is Dr. Mirela Voss of the Baltic Institute for Security Studies.")],
    [S("[03:12] HANNAH COLE: Mirela, the big number this week came from the Pentagon: around 4,000 North Korean troops killed or wounded.", [
        R("us-dod", "the Pentagon", "north_korean", "killed_or_wounded", "approximate", "around 4,000", "cumulative",
          best=4000, notes="the timestamp is not a figure"),
    ])],
    [S("MIRELA VOSS: I think that’s plausible."),
     S("The Ukrainians go higher — their intelligence people told me last month it was over 6,000, and that roughly a thousand of those were dead.", [
         R("ua-gur", "their (Ukrainian) intelligence people", "north_korean", "killed_or_wounded", "more_than",
           "over 6,000", "cumulative", relays="Mirela Voss", low=6000,
           notes="'it' is the killed-or-wounded total of the previous turn; the guest relays a private briefing"),
         R("ua-gur", "their (Ukrainian) intelligence people", "north_korean", "killed", "approximate",
           "roughly a thousand", "cumulative", relays="Mirela Voss", best=1000),
     ])],
    [S("TOM REYES: So a thousand dead out of 11,000 or 12,000 sent — call it nine percent?",
       trap="host's arithmetic in a question; restates figures already given")],
    [S("VOSS: Roughly, but the rate matters more than the total."),
     S("In the December and January assaults they were losing something like 100 a day, killed and wounded.", [
         R(VOSS, "Dr. Mirela Voss of the Baltic Institute for Security Studies", "north_korean", "killed_or_wounded",
           "approximate", "something like 100", "period", counted_in="people_per_day", best=100,
           notes="analyst's own estimate takes her institute's id; rate over the December-January assaults"),
     ]),
     S("Now it’s more like 20 or 30 a day, because they’ve learned to move in groups of three or four.", [
         R(VOSS, "Voss", "north_korean", "killed_or_wounded", "range", "20 or 30", "unspecified",
           counted_in="people_per_day", low=20, high=30,
           notes="current rate; 'groups of three or four' is group size, not losses"),
     ])],
    [S("HANNAH COLE: And the Russians?")],
    [S("VOSS: Russian losses in Kursk I’d put, honestly, at 35,000 to 40,000 killed and wounded since August, but nobody has a good number.", [
        R(VOSS, "Voss", "russian", "killed_or_wounded", "range", "35,000 to 40,000", "cumulative",
          low=35000, high=40000),
    ])],
    [S("TOM REYES: Moscow’s defence ministry, of course, says Ukraine lost 70,000 there.", [
        R("ru-mod", "Moscow’s defence ministry", "ukrainian", "casualties_unspecified", "exact", "70,000", "cumulative",
          low=70000, best=70000, high=70000),
    ])],
    [S("VOSS: Which nobody outside Moscow believes."),
     S("Even the more honest Russian war bloggers talk about Ukraine losing a few thousand in the retreat from Sudzha.", [
         R("ru-milbloggers", "Russian war bloggers", "ukrainian", "casualties_unspecified", "vague", "a few thousand",
           "period", low=2000, high=5000,
           notes="'Russian' is the claimants' nationality; 'a few thousand' read as 2,000-5,000; the retreat as the period"),
     ])],
    [S("HANNAH COLE: Seoul’s spy agency also said this week that two more North Korean soldiers were captured near Sudzha in March, bringing the number held by Ukraine to four.", [
        R(NIS, "Seoul’s spy agency", "north_korean", "captured", "exact", "two", "period", low=2, best=2, high=2,
          notes="captured in March"),
        R(NIS, "Seoul’s spy agency", "north_korean", "captured", "exact", "four", "cumulative", low=4, best=4, high=4,
          notes="updated running total, includes the two"),
    ])],
    [S("[21:40] HANNAH COLE: Last question — what happens next?", trap="timestamp")],
    [S("VOSS: If Pyongyang’s next rotation is used the way the first wave was, I’d expect another 2,000 to 3,000 casualties by autumn.", [
        R(VOSS, "Voss", "north_korean", "casualties_unspecified", "range", "2,000 to 3,000", "period",
          modality="conditional", low=2000, high=3000, notes="if-then forecast to autumn"),
    ])],
    [S("TOM REYES: We’ll leave it there — and a reminder that our live show in Warsaw on the 14th still has about 40 tickets left.",
       trap="date and tickets")],
]

SPECS = {
    "m01-kyiv-news-general-staff": m01,
    "m02-korean-wire-flashes": m02,
    "m03-russian-state-tv-bulletin": m03,
    "m04-osint-geolocation": m04,
    "m05-think-tank-weekly": m05,
    "m06-named-dead-count": m06,
    "m07-korean-editorial-translated": m07,
    "m08-podcast-transcript": m08,
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
