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


# ---------------------------------------------------------------- y01
# A Lithuanian daily's report, translated into English.
LT = "Šiaurės žinios"
y01_s1 = S("VILNIUS – North Korean units sent to Russia's Kursk region have lost close to 4,000 men killed or wounded since they entered combat in December, according to an assessment by Lithuania's Second Investigation Department that Šiaurės žinios has seen.", [
    R("lt-aotd", "Lithuania's Second Investigation Department", "north_korean", "killed_or_wounded", "vague",
      "close to 4,000", "cumulative", relays=LT, low=3600, high=3999,
      notes="'close to N' read as nearly N: vague, 0.9N to N-1; running total since December"),
])
y01 = [
    [S("Lithuanian intelligence: North Korea's Kursk losses near 4,000", trap=restates(y01_s1))],
    [S("Translated from the Lithuanian; first published in the Saturday print edition of Šiaurės žinios.")],
    [y01_s1,
     S("Roughly 1,100 of them were killed, the assessment says.", [
         R("lt-aotd", "the assessment (Lithuania's Second Investigation Department)", "north_korean", "killed",
           "approximate", "Roughly 1,100", "cumulative", relays=LT, best=1100,
           notes="a part of the 'close to 4,000' killed or wounded; kept as its own killed figure, not subtracted"),
     ])],
    [S("Colonel Rimantas Vaitkus, the department's deputy head, told the paper on Friday that the toll was now growing by about 20 a day, down from more than 100 a day in January, because the Russian command had pulled the Koreans back to second-line positions.", [
        R("lt-aotd", "Colonel Rimantas Vaitkus, the department's deputy head", "north_korean", "killed_or_wounded",
          "approximate", "about 20 a day", "unspecified", relays=LT, counted_in="people_per_day", best=20,
          notes="spokesperson takes the body's id; 'the toll' is the killed-or-wounded toll of the paragraph before; current rate, no window stated; 'Russian command' is not whose losses"),
        R("lt-aotd", "Colonel Rimantas Vaitkus, the department's deputy head", "north_korean", "killed_or_wounded",
          "more_than", "more than 100 a day", "period", relays=LT, counted_in="people_per_day", low=100,
          notes="rate in January, a stated period"),
    ]),
     S("He said the estimate draws on intercepted radio traffic and Ukrainian drone footage and is shared with 'two or three allied services'.",
       trap="number of allied intelligence services, not losses"),
     S("Vaitkus would not say how many of the roughly 11,000 soldiers Pyongyang originally dispatched remain in the region.", [
         R("author", "Šiaurės žinios (the paper's own voice)", "north_korean", "deployed", "approximate",
           "roughly 11,000", "stock", best=11000,
           notes="the paper's own framing of the troops sent; Vaitkus declined to give a figure; troops deployed, not lost"),
     ])],
    [S("Kyiv's military intelligence agency, HUR, put the toll higher in a Telegram post on Thursday, claiming 4,600 North Korean soldiers killed, wounded, missing or captured since the deployment began.", [
        R("ua-gur", "Kyiv's military intelligence agency, HUR", "north_korean", "killed_wounded_missing_or_captured",
          "exact", "4,600", "cumulative", relays=LT, low=4600, best=4600, high=4600,
          notes="own Telegram channel is the claimant speaking, not a relay; the paper passes it on"),
    ]),
     S("Asked about the Ukrainian figure, Vaitkus called it 'plausible but generous'.")],
    [S("Tomas Jurkus, a 34-year-old Lithuanian volunteer who trains Ukrainian drone crews near Sumy, said one crew he worked with had counted 27 North Korean soldiers killed in a single morning in January near the village of Plekhovo.", [
        R("ua-drone-crew", "one crew he worked with (a Ukrainian drone crew)", "north_korean", "killed", "exact",
          "27", "incident", relays="Tomas Jurkus > " + LT, low=27, best=27, high=27,
          notes="the crew counted, Jurkus passed it on; his age 34 and his Lithuanian nationality are not losses"),
    ]),
     S("The crew's video, which this newspaper has viewed, shows at least nine bodies in the snow.", [
         R("author", "Šiaurės žinios (the paper's own voice)", "north_korean", "killed", "at_least", "at least nine",
           "incident", low=9, notes="the paper's own count from footage of the same morning; same event as the crew's 27"),
     ])],
    [S("Russia's Defence Ministry, for its part, claims that Ukraine has lost more than 64,000 troops on the Kursk axis since August 2024, a figure Kyiv rejects.", [
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 64,000",
          "cumulative", relays=LT, low=64000, notes="'lost ... troops' undefined: casualties_unspecified; disputed by Kyiv but still a claim"),
    ]),
     S("Lithuania, meanwhile, has delivered 3,200 drones and €45 million in military aid to Ukraine this year, the defence ministry in Vilnius said.",
       trap="drones and money in aid, not losses")],
]

# ---------------------------------------------------------------- y02
# A regional Ukrainian TV channel's website item (Sumy).
TV = "Siverskyi Krai TV"
y02_body = S("Brigade spokesman Captain Oleh Sydorenko said 62 of the attackers were killed and 78 wounded between Monday and Sunday, most of them North Koreans.", [
    R("ua-sudzha-mech-brigade", "Brigade spokesman Captain Oleh Sydorenko", "russian_and_north_korean", "killed",
      "exact", "62", "period", relays=TV, low=62, best=62, high=62,
      notes="attackers were Russian paratroopers and North Korean infantry: mixed count stays mixed; spokesperson takes the brigade's id"),
    R("ua-sudzha-mech-brigade", "Brigade spokesman Captain Oleh Sydorenko", "russian_and_north_korean", "wounded",
      "exact", "78", "period", relays=TV, low=78, best=78, high=78),
])
y02 = [
    [S("Border brigade: 140 Russian and North Korean troops put out of action in a week", [
        R("ua-sudzha-mech-brigade", "the border brigade (spokesman Captain Oleh Sydorenko)", "russian_and_north_korean",
          "killed_or_wounded", "exact", "140", "period", relays=TV, low=140, best=140, high=140, derived=y02_body,
          notes="headline adds the body's 62 killed and 78 wounded; the channel's own sum, shown beside the body figures"),
    ])],
    [S("Siverskyi Krai TV | Sumy | Tuesday, 14 January 2025, 18:40", trap="publication date and time")],
    [S("Soldiers of a mechanised brigade holding the line west of Sudzha told our film crew that Russian paratroopers and North Korean infantry attacked their positions five times last week.",
       trap="number of assaults, not losses")],
    [y02_body],
    [S("'On Thursday alone they lost two platoons in the tree line outside Makhnovka,' Sydorenko said.", [
        R("ua-sudzha-mech-brigade", "Sydorenko", "russian_and_north_korean", "casualties_unspecified", "exact",
          "two platoons", "incident", relays=TV, counted_in="platoons", low=2, best=2, high=2,
          notes="'they' are the attackers of the paragraph before; formations lost, not people"),
    ]),
     S("He put the brigade's own losses for the week 'in single digits' and would not be more precise.", [
         R("ua-sudzha-mech-brigade", "Sydorenko (he)", "ukrainian", "casualties_unspecified", "vague",
           "in single digits", "period", relays=TV, low=1, high=9,
           notes="a side acknowledging its own losses; 'in single digits' read as vague 1 to 9"),
     ])],
    [S("The Sumy regional military administration said Russian shelling of border communities had killed two civilians and wounded seven over the same week.",
       trap="civilian casualties of shelling, not military losses"),
     S("More than 1,300 residents have been evacuated from a 10-kilometre strip along the border since the autumn.",
       trap="evacuated residents and a distance, not losses")],
    [S("Speaking on our evening bulletin, Brigadier General Vadym Kostenko, who commands Ukrainian forces in the sector, said North Korean units had lost around a third of their assault infantry, killed or wounded, since going into battle in December.", [
        R("ua-kostenko", "Brigadier General Vadym Kostenko", "north_korean", "killed_or_wounded", "approximate",
          "around a third", "cumulative", relays=TV, counted_in="percent_of_force", best=33.33,
          notes="a share of the assault infantry; no troop figure given to link it to; 'Ukrainian forces' is his command, not whose losses"),
    ]),
     S("If the pace of assaults holds, the general added, Pyongyang could lose another 2,000 men killed or wounded by the summer.", [
         R("ua-kostenko", "the general (Kostenko)", "north_korean", "killed_or_wounded", "exact", "another 2,000",
           "period", relays=TV, modality="conditional", low=2000, best=2000, high=2000,
           notes="if-then about future losses, up to the summer"),
     ]),
     S("Kostenko also said Ukrainian troops had taken 11 North Korean soldiers prisoner since the start of the year, three of them in the past fortnight.", [
         R("ua-kostenko", "Kostenko", "north_korean", "captured", "exact", "11", "cumulative", relays=TV,
           low=11, best=11, high=11, notes="prisoners taken are a loss (captured); running total since 1 January"),
         R("ua-kostenko", "Kostenko", "north_korean", "captured", "exact", "three", "period", relays=TV,
           low=3, best=3, high=3, notes="part of the 11, in the past fortnight; never added to it"),
     ])],
    [S("Video: 2 min 40 s, filmed near Sudzha on 12 January.", trap="video length and filming date")],
]

# ---------------------------------------------------------------- y03
# A North Korean defector NGO's annual report (excerpt).
NGO = "Open Gate Network"
CHAIN = "intermediaries in China > " + NGO
y03_s_nis = S("Applying that ratio to the 520 deaths that South Korea's National Intelligence Service reported to lawmakers in September, we put the number of North Korean soldiers killed or wounded at roughly 2,100.", [
    R("kr-nis", "South Korea's National Intelligence Service", "north_korean", "killed", "exact", "520",
      "cumulative", relays="lawmakers > " + NGO, low=520, best=520, high=520,
      notes="the NIS briefed lawmakers, who passed it on; the NGO cites it"),
    R("author", "Open Gate Network (the report's own voice)", "north_korean", "killed_or_wounded", "approximate",
      "roughly 2,100", "cumulative", best=2100,
      notes="the NGO's own estimate from the NIS deaths and its 3:1 ratio; recorded as the author's, not the NIS's"),
])
y03 = [
    [S("Open Gate Network for North Korean Human Rights – Annual Report 2025, Chapter 4: Soldiers Sent to Russia (excerpt)",
       trap="report year and chapter number")],
    [S("This chapter draws on interviews our staff conducted in Seoul with recent defectors and on messages from contacts inside North Korea, passed to us through intermediaries in China.")],
    [S("Between January and October, our network's 23 contacts in Ryanggang, North Hamgyong and South Pyongan provinces reported that at least 14 families in their areas had been told of a son's death 'in a training accident abroad'.", [
        R("kp-inside-contacts", "our network's 23 contacts (inside North Korea)", "north_korean", "killed", "at_least",
          "at least 14", "period", relays=CHAIN, low=14,
          notes="each family told of one son's death: at least 14 dead; 23 is the number of contacts, not losses"),
    ]),
     S("One contact in Hyesan wrote in April that more than ten urns of ashes had come back to her district alone.", [
         R("kp-hyesan-contact", "One contact in Hyesan", "north_korean", "killed", "more_than", "more than ten",
           "cumulative", relays=CHAIN, low=10, notes="urns returned by April: running total for one district; may overlap the 14"),
     ])],
    [S("The authorities tell families nothing about the wounded."),
     S("From what our contacts saw of hospital transfers in Pyongyang and Chongjin, we believe roughly three soldiers were wounded for every one killed.",
       trap="a ratio of wounded to killed, not a count"),
     y03_s_nis],
    [S("The spy agency's earlier figures are hard to square with that: in its first briefing, in December 2024, it spoke of at least 100 dead, and in February Rep. Han Do-yeon of the intelligence committee quoted it as saying about 3,100 had been killed or wounded.", [
        R("kr-nis", "The spy agency (South Korea's National Intelligence Service)", "north_korean", "killed",
          "at_least", "at least 100", "cumulative", relays=NGO, low=100, notes="earlier NIS total, December 2024"),
        R("kr-nis", "The spy agency (South Korea's National Intelligence Service)", "north_korean", "killed_or_wounded",
          "approximate", "about 3,100", "cumulative", relays="Rep. Han Do-yeon > " + NGO, best=3100,
          notes="relayed by a lawmaker; higher than the NGO's own later estimate"),
    ])],
    [S("A Russian state television report in May that fewer than a hundred Korean 'volunteers' had died is contradicted by every account we have received.", [
        R("ru-state-tv", "A Russian state television report", "north_korean", "killed", "fewer_than",
          "fewer than a hundred", "unspecified", relays=NGO, high=100,
          notes="cited only to be disputed; still the state TV's claim; 'Korean volunteers' are the North Korean troops"),
    ])],
    [S("Families told our contacts that the dead were mostly conscripts aged 19 to 24 from the 11th Corps.",
       trap="ages and a corps number, not losses"),
     S("Two soldiers held by Ukraine since January have asked to be sent to South Korea; our staff have been unable to meet either of them.", [
         R("author", "Open Gate Network (the report's own voice)", "north_korean", "captured", "exact", "Two",
           "cumulative", low=2, best=2, high=2,
           notes="stated in the report's own voice; 'South Korea' is where they want to go, not whose losses"),
     ])],
    [S("In 2025 the network also helped 41 defectors resettle and spent 310 million won on legal aid.",
       trap="defectors resettled and money, not losses")],
]

# ---------------------------------------------------------------- y04
# A Russian opposition outlet's investigation of one regiment.
OR = "Otkrytyi Reestr"
y04 = [
    [S("'They sent us in on quad bikes': how the 1487th regiment bled out near Sudzha",
       trap="regiment number; headline gives no figure")],
    [S("An Otkrytyi Reestr investigation into one mobilised regiment's five months in the Kursk region",
       trap="one regiment and a period, no loss figure")],
    [S("Our reporters have established the names of 212 soldiers of the 1487th Motor Rifle Regiment killed in the Kursk region between December 2024 and April 2025, using obituaries, cemetery photographs and inheritance cases in court.", [
        R("author", "Otkrytyi Reestr (the outlet's own voice)", "russian", "killed", "exact", "212", "period",
          low=212, best=212, high=212, notes="named dead over a stated period; a floor in substance, but stated as an exact count"),
    ]),
     S("The real number is certainly higher.")],
    [S("Since our first count in February, which found 87 names, the list has grown by 125.", [
        R("author", "Otkrytyi Reestr (the outlet's own voice)", "russian", "killed", "exact", "87", "cumulative",
          low=87, best=87, high=87, notes="earlier running total, superseded by 212"),
        R("author", "Otkrytyi Reestr (the outlet's own voice)", "russian", "killed", "exact", "125", "period",
          low=125, best=125, high=125, notes="names added since February; included in the 212, never added to it"),
    ])],
    [S("The regiment went into Kursk with about 2,100 men, according to a former company commander who spoke on condition of anonymity.", [
        R("ru-former-officer", "a former company commander (anonymous)", "russian", "deployed", "approximate",
          "about 2,100", "stock", relays=OR, best=2100, notes="strength on arrival, troops not losses"),
    ]),
     S("By April, the ex-captain said, fewer than half of them were still fit for duty.",
       trap="men still fit for duty, not a loss figure; losses would have to be inferred")],
    [S("A parents' chat for the regiment now has some 1,900 members.", trap="chat members, not losses"),
     S("Several mothers in that chat say that after the assault on Kurilovka on 9 March at least 40 men of the 2nd Battalion were listed as missing.", [
         R("ru-1487-relatives", "Several mothers in that chat", "russian", "missing", "at_least", "at least 40",
           "incident", relays=OR, low=40, notes="one assault; the 2nd Battalion is a unit name, not a count"),
     ])],
    [S("At the height of the fighting, in the second week of March, our count shows the regiment losing five or six men a day.", [
        R("author", "Otkrytyi Reestr (our count)", "russian", "killed", "range", "five or six men a day", "period",
          counted_in="people_per_day", low=5, high=6, notes="rate from the outlet's list of named dead, second week of March"),
    ]),
     S("Mobilised men make up roughly 70 percent of the named dead; the youngest was 19, the oldest 61.",
       trap="composition of the named dead and ages, not a share of a force or a new loss figure")],
    [S("Ukraine's 95th Air Assault Brigade said in March that it had 'destroyed two battalions' of the regiment near Sudzha, which the former officer called an exaggeration.", [
        R("ua-95th-brigade", "Ukraine's 95th Air Assault Brigade", "russian", "casualties_unspecified", "exact",
          "two battalions", "unspecified", relays=OR, counted_in="battalions", low=2, best=2, high=2,
          notes="formations 'destroyed', counted in battalions; disputed by the former officer"),
    ]),
     S("The Russian Defence Ministry has never published the regiment's losses, but on Tuesday it credited the unit with inflicting 'more than 3,000' Ukrainian casualties since December.", [
         R("ru-mod", "The Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than",
           "more than 3,000", "cumulative", relays=OR, low=3000,
           notes="losses inflicted on Ukraine, not the regiment's own; 'Russian' names the claimant"),
     ])],
    [S("Families of the dead are owed about 12 million roubles each in federal and regional payments, and lawyers in Tambov say they have filed 57 suits over late payment.",
       trap="money and lawsuits, not losses")],
]

# ---------------------------------------------------------------- y05
# A Korean-language broadsheet's data-journalism piece, chart in prose.
HB = "Hanbit Ilbo"
y05 = [
    [S("[Data] Seoul's count of North Korean dead, briefing by briefing")],
    [S("By the Hanbit Ilbo Data Desk | Translated from Korean | Chart: Yoon Ha-na")],
    [S("When the National Intelligence Service first briefed the National Assembly's intelligence committee on Dec. 18, 2024, it said about 120 North Korean soldiers had been killed and about 900 wounded.", [
        R("kr-nis", "the National Intelligence Service", "north_korean", "killed", "approximate", "about 120",
          "cumulative", relays="Rep. Seo Gyeong-ho > " + HB, best=120,
          notes="closed briefing; relayed by the lawmaker named in the next sentence"),
        R("kr-nis", "the National Intelligence Service", "north_korean", "wounded", "approximate", "about 900",
          "cumulative", relays="Rep. Seo Gyeong-ho > " + HB, best=900),
    ]),
     S("Rep. Seo Gyeong-ho, who briefed reporters afterwards, said most of the dead had been hit by drones.")],
    [S("The chart above plots every figure the spy agency has given since: the red line is deaths, the grey bars are all casualties, and the vertical axis runs from zero to 7,000.",
       trap="the chart's axis scale, not a figure of losses"),
     S("The red line jumps in January, when the agency said 350 had died and 2,600 had been wounded.", [
         R("kr-nis", "the agency (the spy agency, NIS)", "north_korean", "killed", "exact", "350", "cumulative",
           relays=HB, low=350, best=350, high=350, notes="updated running total, January"),
         R("kr-nis", "the agency (the spy agency, NIS)", "north_korean", "wounded", "exact", "2,600", "cumulative",
           relays=HB, low=2600, best=2600, high=2600),
     ]),
     S("It then goes flat: after Russia declared the region retaken in April, the agency stopped giving separate death figures for several months."),
     S("The tallest grey bar is September's: 'about 5,800 killed or wounded', in the agency's words.", [
         R("kr-nis", "the agency (NIS)", "north_korean", "killed_or_wounded", "approximate", "about 5,800",
           "cumulative", relays=HB, best=5800, notes="combined measure stays combined"),
     ])],
    [S("Ukraine's figures, drawn as dotted lines for comparison, run consistently higher."),
     S("President Volodymyr Zelenskyy said in an evening address on Monday, Feb. 10, that more than 4,500 North Koreans had been killed or wounded; Kyiv's military intelligence, the HUR, gave about 1,500 dead the same week.", [
         R("ua-zelenskyy", "President Volodymyr Zelenskyy", "north_korean", "killed_or_wounded", "more_than",
           "more than 4,500", "cumulative", relays=HB, low=4500),
         R("ua-gur", "Kyiv's military intelligence, the HUR", "north_korean", "killed", "approximate",
           "about 1,500", "cumulative", relays=HB, best=1500, notes="second claimant in the same sentence"),
     ]),
     S("The Pentagon, in January, put the total at 'at least 1,200' killed and wounded.", [
         R("us-dod", "The Pentagon", "north_korean", "killed_or_wounded", "at_least", "at least 1,200",
           "cumulative", relays=HB, low=1200, notes="'killed and wounded' as one total: combined measure"),
     ])],
    [S("Dividing September's figure by the roughly 270 days since the first clashes gives about 22 casualties a day, by our calculation.", [
        R("author", "Hanbit Ilbo Data Desk (our calculation)", "north_korean", "killed_or_wounded", "approximate",
          "about 22 casualties a day", "period", counted_in="people_per_day", best=22,
          notes="the paper's own average from the NIS September figure; 270 days is the period, not losses"),
    ]),
     S("The agency says the deployment stands at about 12,000 troops, plus 2,500 reinforcements sent in February; set against both, September's figure would mean losses of roughly 40 percent of the force.", [
         R("kr-nis", "The agency (NIS)", "north_korean", "deployed", "approximate", "about 12,000", "stock",
           relays=HB, best=12000),
         R("kr-nis", "The agency (NIS)", "north_korean", "deployed", "exact", "2,500", "stock", relays=HB,
           low=2500, best=2500, high=2500, notes="reinforcements, troops present, not losses"),
         R("author", "Hanbit Ilbo Data Desk", "north_korean", "killed_or_wounded", "approximate",
           "roughly 40 percent", "cumulative", counted_in="percent_of_force", best=40,
           notes="the paper's own share, 5,800 set against the two troop figures; share_of those deployed rows"),
     ])],
    [S("South Korea itself has no troops in the fight, though 28,500 American soldiers are stationed on its soil.",
       trap="US troops stationed in Korea, neither deployed in the fighting nor lost")],
    [S("Correction, Oct. 2: an earlier version of the chart labelled the January figure as 3,500 deaths rather than 350.",
       trap="correction of a chart label; the January figure is recorded from the body sentence")],
]

# ---------------------------------------------------------------- y06
# A European Parliament debate excerpt (verbatim report).
y06 = [
    [S("Verbatim report of proceedings – Wednesday, 12 February 2025 – Strasbourg", trap="sitting date")],
    [S("14. North Korea's deepening military involvement in Russia's war of aggression against Ukraine (debate)",
       trap="agenda item number")],
    [S("Helena Marsk, Member of the Commission, on behalf of the Vice-President / High Representative. – Madam President, honourable Members, by the Commission's assessment some 11,000 North Korean soldiers were sent to the Kursk region last autumn.", [
        R("eu-commission", "Helena Marsk, Member of the Commission (the Commission's assessment)", "north_korean",
          "deployed", "approximate", "some 11,000", "stock", best=11000,
          notes="the Commission's own assessment, voiced by its member: she takes the body's id"),
    ]),
     S("US and South Korean intelligence agree that at least 4,000 of them have since been killed or wounded.", [
         R("us-intelligence", "US intelligence", "north_korean", "killed_or_wounded", "at_least", "at least 4,000",
           "cumulative", relays="Helena Marsk", low=4000, notes="list of claimants: one row each"),
         R("kr-nis", "South Korean intelligence", "north_korean", "killed_or_wounded", "at_least", "at least 4,000",
           "cumulative", relays="Helena Marsk", low=4000, notes="generic 'South Korean intelligence' taken as the NIS"),
     ]),
     S("Pyongyang has also shipped Moscow millions of artillery shells and at least 150 ballistic missiles.",
       trap="munitions, not losses"),
     S("The Council is preparing its 16th package of sanctions.", trap="sanctions package number")],
    [S("Rasa Kairienė, on behalf of the Renew Group. – Colleagues, Lithuanian military intelligence tells us that the North Koreans are losing about 60 men a day in assaults that Russian commanders no longer order for their own troops.", [
        R("lt-aotd", "Lithuanian military intelligence", "north_korean", "casualties_unspecified", "approximate",
          "about 60 men a day", "unspecified", relays="Rasa Kairienė", counted_in="people_per_day", best=60,
          notes="'losing' undefined; current rate with no window; 'Russian commanders' are not whose losses"),
    ]),
     S("If that continues, they will lose another 6,000 by June.", [
         R("eu-mep-kairiene", "Rasa Kairienė (MEP, her own extrapolation)", "north_korean", "casualties_unspecified",
           "exact", "another 6,000", "period", modality="conditional", low=6000, best=6000, high=6000,
           notes="the MEP's own if-then from the relayed rate; she is the claimant here, not a relay"),
     ])],
    [S("Jean-Luc Pradel, on behalf of the ECR Group. – Madam President, these figures come from Kyiv."),
     S("Ukraine's General Staff claims that more than 3,000 North Koreans have died, yet it has shown us nothing but drone videos.", [
         R("ua-general-staff", "Ukraine's General Staff", "north_korean", "killed", "more_than", "more than 3,000",
           "cumulative", relays="Jean-Luc Pradel", low=3000, notes="cited only to be disputed; still the General Staff's claim"),
     ])],
    [S("Marta Nowicka (PPE), blue-card question. – Mr Pradel, do you also dismiss Seoul's spy agency, which told its parliament that roughly 400 North Koreans were dead by the end of January?", [
        R("kr-nis", "Seoul's spy agency", "north_korean", "killed", "approximate", "roughly 400", "cumulative",
          relays="South Korea's parliament > Marta Nowicka", best=400, notes="running total by the end of January"),
    ])],
    [S("Jean-Luc Pradel, blue-card answer. – I dismiss nobody, Mrs Nowicka; I ask for evidence."),
     S("(Applause from some benches)")],
    [S("Sven Dahlqvist, on behalf of the Verts/ALE Group. – Madam President, when I was in Sumy last month, Ukrainian commanders told me they had lost a quarter of one brigade's infantry in eight days of holding off these assaults.", [
        R("ua-officials", "Ukrainian commanders (unnamed)", "ukrainian", "casualties_unspecified", "approximate",
          "a quarter", "period", relays="Sven Dahlqvist", counted_in="percent_of_force", best=25,
          notes="a side's own losses as a share of one brigade's infantry, over eight days; no troop figure to link"),
    ]),
     S("Our Peace Facility has sent Ukraine EUR 4 billion this year; it is not enough.", trap="money, not losses")],
    [S("President. – The debate is closed."),
     S("(The sitting was suspended at 12.05)", trap="clock time")],
]

# ---------------------------------------------------------------- y07
# A military-medical journal's case-series abstract.
AU = "the article's authors (O. Melnyk et al.)"
y07 = [
    [S("Drone-inflicted injuries among casualties evacuated from the Kursk axis: a retrospective case series from one forward surgical unit, December 2024 to March 2025",
       trap="title: study period and one unit, no figure")],
    [S("Journal of Field and Expeditionary Surgery (Kyiv) 2025; 11(3): 144–151.", trap="journal citation")],
    [S("O. Melnyk, I. Tkachuk and D. Ruban, for the unit's surgical team.")],
    [S("Background. Small attack drones now cause most combat injuries on the Kursk axis, yet published case data from that front remain scarce.")],
    [S("Methods. We reviewed the records of every patient admitted to a forward surgical unit in Sumy region between 1 December 2024 and 15 March 2025.",
       trap="study dates, no figure")],
    [S("Results. In total, 1,163 injured servicemen were admitted: 1,146 Ukrainian soldiers and 17 prisoners of war, of whom 11 were Russian and six North Korean.", [
        R("author", AU, "both_sides", "wounded", "exact", "1,163", "period", low=1163, best=1163, high=1163,
          notes="all admitted injured, both sides, over the study period"),
        R("author", AU, "ukrainian", "wounded", "exact", "1,146", "period", low=1146, best=1146, high=1146,
          notes="included in the 1,163"),
        R("author", AU, "russian_and_north_korean", "captured", "exact", "17", "period", low=17, best=17, high=17,
          notes="prisoners of war among the patients: captured (they were also wounded); included in the 1,163"),
        R("author", AU, "russian", "captured", "exact", "11", "period", low=11, best=11, high=11,
          notes="part of the 17"),
        R("author", AU, "north_korean", "captured", "exact", "six", "period", low=6, best=6, high=6,
          notes="part of the 17"),
    ])],
    [S("Mean age was 36 years (range 19 to 58).", trap="ages of patients"),
     S("Admissions averaged about eight a day and peaked at 41 on 9 December, during assaults near Plekhovo.", [
         R("author", AU, "both_sides", "wounded", "approximate", "about eight a day", "period",
           counted_in="people_per_day", best=8, notes="average over the study period"),
         R("author", AU, "both_sides", "wounded", "exact", "41", "period", low=41, best=41, high=41,
           notes="admissions on a single day"),
     ]),
     S("Drone-delivered munitions caused 71% of injuries, artillery 18% and small arms 6%.",
       trap="shares of injuries by mechanism, not shares of a force"),
     S("Forty-seven patients, 4% of admissions, died in the unit or during onward evacuation.", [
         R("author", AU, "both_sides", "killed", "exact", "Forty-seven", "period", low=47, best=47, high=47,
           notes="died of wounds; 4% is a share of admissions, not of a force"),
     ]),
     S("Median time from injury to arrival was 5.5 hours; 212 patients waited more than 12 hours because drones made daytime evacuation impossible.",
       trap="evacuation times and a subset of the admitted, not a new loss figure")],
    [S("Conclusions. If drones remain the main mechanism of injury, we estimate that a unit of this size on the Kursk axis could receive up to 60 casualties a day by the summer of 2025.", [
        R("author", AU, "unspecified", "casualties_unspecified", "at_most", "up to 60 casualties a day", "period",
          modality="conditional", counted_in="people_per_day", high=60,
          notes="if-then estimate looking to summer 2025; side not stated"),
    ]),
     S("Tourniquet conversion and night evacuation should be priorities.")],
    [S("Funding: none declared. Ethics: approved by the unit's review board, protocol 2025/07.", trap="protocol number")],
]

# ---------------------------------------------------------------- y08
# A wire 'Factbox' of conflicting estimates.
MW = "Meridian"
y08 = [
    [S("FACTBOX-Estimates of North Korea's Kursk losses range from 96 named dead to more than 6,000 casualties",
       trap="headline spans two body claims (the 96 portraits and HUR's 6,000); restates, no new claim")],
    [S("SEOUL, Nov 14 (Meridian) - North Korea has acknowledged sending troops to fight in Russia's Kursk region but has never said how many of them died.",
       trap="dateline; no figure")],
    [S("Here is what governments and analysts have said:")],
    [S("* SOUTH KOREA: The National Intelligence Service told lawmakers on Thursday, Sept. 4, that about 1,800 North Korean soldiers had been killed since the deployment began, up from its April estimate of 650.", [
        R("kr-nis", "The National Intelligence Service", "north_korean", "killed", "approximate", "about 1,800",
          "cumulative", relays="lawmakers > " + MW, best=1800, notes="updated running total"),
        R("kr-nis", "The National Intelligence Service", "north_korean", "killed", "exact", "650", "cumulative",
          relays="lawmakers > " + MW, low=650, best=650, high=650, notes="the earlier (April) total it revises"),
    ]),
     S("Seoul's spy agency said the North had sent a further 5,000 troops over the summer, including 1,500 deminers.", [
         R("kr-nis", "Seoul's spy agency", "north_korean", "deployed", "exact", "5,000", "stock", relays=MW,
           low=5000, best=5000, high=5000, notes="troops sent, not lost"),
         R("kr-nis", "Seoul's spy agency", "north_korean", "deployed", "exact", "1,500", "stock", relays=MW,
           low=1500, best=1500, high=1500, notes="a subset of the 5,000; never added to it"),
     ])],
    [S("* UKRAINE: Military intelligence (HUR) says North Korean units lost more than 6,000 killed and wounded between December and March, when Pyongyang's troops were pulled back from the front line.", [
        R("ua-gur", "Military intelligence (HUR)", "north_korean", "killed_or_wounded", "more_than", "more than 6,000",
          "period", relays=MW, low=6000, notes="'killed and wounded' as one total; a stated window December to March"),
    ]),
     S("Ukraine's commander-in-chief had put the figure at nearly 5,000 in a Feb. 28 interview.", [
         R("ua-commander-in-chief", "Ukraine's commander-in-chief", "north_korean", "killed_or_wounded", "vague",
           "nearly 5,000", "cumulative", relays=MW, low=4500, high=4999,
           notes="'the figure' is the killed-and-wounded figure of the sentence before; nearly N: vague, 0.9N to N-1"),
     ])],
    [S("* UNITED STATES: A senior U.S. defence official said in March that the North Koreans had suffered 'at least 4,000' casualties, without separating dead from wounded.", [
        R("us-officials", "A senior U.S. defence official", "north_korean", "killed_or_wounded", "at_least",
          "at least 4,000", "cumulative", relays=MW, low=4000,
          notes="the text defines the casualties as dead and wounded together: killed_or_wounded"),
    ])],
    [S("* BRITAIN: Defence Intelligence said in a Jan. 30 update that North Korean forces were losing around 80 personnel a day, killed or wounded, in assaults near Sudzha.", [
        R("uk-defence-intelligence", "Defence Intelligence (UK)", "north_korean", "killed_or_wounded", "approximate",
          "around 80 personnel a day", "unspecified", relays=MW, counted_in="people_per_day", best=80,
          notes="current rate, no window stated"),
    ]),
     S("At that rate, it said, the original contingent could be halved by spring.", [
         R("uk-defence-intelligence", "Defence Intelligence (UK) (it)", "north_korean", "killed_or_wounded",
           "approximate", "halved", "period", relays=MW, modality="projected", counted_in="percent_of_force",
           best=50, notes="a forecast share of the original contingent by spring; no troop figure in this text"),
     ])],
    [S("* RUSSIA: A Kremlin spokesman said in April that talk of thousands of Korean dead was 'Western fantasy'.",
       trap="a vague figure the Kremlin mentions only to dismiss; no claimant of it"),
     S("* NORTH KOREA: State television showed Kim Jong Un in August laying flowers before the portraits of 96 soldiers killed in 'the overseas operation'; it has published no total.", [
         R("kp-state-media", "State television (North Korea)", "north_korean", "killed", "exact", "96", "unspecified",
           relays=MW, low=96, best=96, high=96,
           notes="the own side's state media acknowledging named dead; explicitly not a total"),
     ])],
    [S("* ANALYSTS: The Korea Institute for Strategic Futures, a Seoul think tank, said North Korean killed and wounded could reach 8,000 by the end of 2025 if the troops are rotated to Donetsk.", [
        R("kr-ksf-institute", "The Korea Institute for Strategic Futures", "north_korean", "killed_or_wounded",
          "exact", "8,000", "period", relays=MW, modality="conditional", low=8000, best=8000, high=8000,
          notes="if-then, looking to the end of 2025; the Donetsk rotation is the condition"),
    ]),
     S("* PRISONERS: Russia and Ukraine swapped 150 prisoners each on Oct. 2; none of them was North Korean.",
       trap="prisoners exchanged, not captured losses"),
     S("* MONEY: Analysts estimate Pyongyang earns up to $2 billion a year from the deployment.",
       trap="money, not losses")],
]

SPECS = {
    "y01-lithuanian-daily-translated": y01,
    "y02-ukrainian-regional-tv-site": y02,
    "y03-defector-ngo-annual-report": y03,
    "y04-russian-opposition-regiment-probe": y04,
    "y05-korean-broadsheet-data-piece": y05,
    "y06-european-parliament-debate": y06,
    "y07-military-medical-case-series": y07,
    "y08-wire-factbox-estimates": y08,
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
