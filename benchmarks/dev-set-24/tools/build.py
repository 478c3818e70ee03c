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


# ---------------------------------------------------------------- d01
# Reuters-style exclusive with anonymous sources (invented agency "Meridian").
MER = "Meridian"
d01_s1 = S("SEOUL/WASHINGTON, Feb 6 (Meridian) - North Korea has lost roughly 4,000 soldiers killed or wounded in Russia's Kursk region since its troops entered combat in December, US and South Korean officials told Meridian, a toll far higher than Moscow or Pyongyang have acknowledged.", [
    R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "approximate", "roughly 4,000",
      "cumulative", relays=MER, best=4000, notes="list of claimants: one row per nation's officials; 'since ... December' is a running total"),
    R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed_or_wounded", "approximate", "roughly 4,000",
      "cumulative", relays=MER, best=4000, notes="second claimant of the same figure"),
])
d01 = [
    [S("EXCLUSIVE-North Korean losses in Kursk near 4,000 killed or wounded, officials say", trap=restates(d01_s1))],
    [d01_s1,
     S("Of those, about 1,000 were killed, one of the US officials said, speaking on condition of anonymity because the assessment is classified.", [
         R("us-officials", "US official (unnamed)", "north_korean", "killed", "approximate", "about 1,000", "cumulative",
           relays=MER, best=1000, notes="'Of those' ties it to the running total since December; a subset, not to be added"),
     ])],
    [S("Casualties peaked in mid-January at about 90 a day, when North Korean infantry made repeated assaults across open fields near the village of Verkhnyaya Lipovka, a South Korean official said.", [
        R("kr-officials", "South Korean official (unnamed)", "north_korean", "casualties_unspecified", "approximate", "about 90 a day",
          "period", relays=MER, counted_in="people_per_day", best=90, notes="a rate over a stated window (mid-January); 'casualties' undefined"),
    ]),
     S("Russia's defence ministry did not respond to a request for comment, and Pyongyang has not publicly confirmed that its soldiers are fighting.")],
    [S("South Korea's National Intelligence Service has said that Pyongyang sent around 11,000 troops to Russia last autumn.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "approximate", "around 11,000",
          "stock", relays=MER, best=11000, notes="troops sent, not lost"),
    ]),
     S("The officials said a further 1,500 had arrived since mid-January to replace the dead and wounded, bringing the force back close to its original strength.", [
         R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "exact", "a further 1,500", "stock",
           relays=MER, low=1500, best=1500, high=1500, notes="reinforcements, recorded as deployed; 'the dead and wounded' has no figure"),
         R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "exact", "a further 1,500", "stock",
           relays=MER, low=1500, best=1500, high=1500, notes="'The officials' are the US and South Korean officials of the lead"),
     ])],
    [S("Two of the officials dismissed a claim by Ukraine's military intelligence last week that 3,800 North Koreans had been killed outright, calling it \"not supported by anything we see.\"", [
        R("ua-gur", "Ukraine's military intelligence (GUR)", "north_korean", "killed", "exact", "3,800", "cumulative",
          relays=MER, low=3800, best=3800, high=3800, notes="cited only to be disputed: the claimant is the GUR, not the officials who dismiss it"),
    ]),
     S("Ukrainian drone crews caused about two-thirds of the North Korean casualties, the US official said.",
       trap="share of the casualties by cause, not a share of the force and not a count; 'Ukrainian' is not whose losses")],
    [S("Ukraine's security service says it holds two North Korean soldiers captured on Jan. 9 and Jan. 11, and Kyiv has offered to trade them for Ukrainians held in Russia.", [
        R("ua-sbu", "Security Service of Ukraine (SBU)", "north_korean", "captured", "exact", "two", "period",
          relays=MER, low=2, best=2, high=2, notes="two captures on stated days; the offered trade is not a loss"),
    ]),
     S("North Korea has also shipped about 120 self-propelled guns and 240 multiple rocket launchers to Russia since October, one official said.",
       trap="equipment supplied, not people lost")],
    [S("If the pace of January's fighting resumed, the US official said, North Korea could lose another 5,000 soldiers killed or wounded by the end of April.", [
        R("us-officials", "US official (unnamed)", "north_korean", "killed_or_wounded", "exact", "another 5,000", "period",
          relays=MER, modality="conditional", low=5000, best=5000, high=5000, notes="if-then: conditional; 'another' is on top of the reported toll, not added here"),
    ]),
     S("The South Korean official was more cautious, saying total casualties could pass 6,000 by summer.", [
         R("kr-officials", "South Korean official (unnamed)", "north_korean", "casualties_unspecified", "more_than", "pass 6,000",
           "cumulative", relays=MER, modality="projected", low=6000, notes="forecast without an if: projected"),
     ]),
     S("Both officials said the estimates rest on intercepted communications, satellite imagery and accounts from Ukrainian units.")],
    [S("(Reporting by Hyun-woo Baek in Seoul and Dana Okafor in Washington; Editing by Mark Lindqvist)")],
]

# ---------------------------------------------------------------- d02
# Ukrainian General Staff daily summary retold by a news site (invented "Kyiv Dispatch").
KD = "Kyiv Dispatch"
GS = "Ukraine's General Staff"
d02_s1 = S("KYIV, Wednesday, January 15 - Russia has lost about 818,000 personnel since the start of its full-scale invasion, including 1,180 over the past day, Ukraine's General Staff said in its morning update.", [
    R("ua-general-staff", GS, "russian", "killed_or_wounded", "approximate", "about 818,000", "cumulative", relays=KD,
      best=818000, notes="whole war, not Kursk; the text defines the staff's 'personnel' figure as killed and wounded together"),
    R("ua-general-staff", GS, "russian", "killed_or_wounded", "exact", "1,180", "period", relays=KD,
      low=1180, best=1180, high=1180, notes="'over the past day' on all fronts; measure by the text's definition"),
])
d02_s3 = S("In the Kursk direction, Ukrainian units repelled 14 assaults on Tuesday, killing 41 and wounding 63 Russian and North Korean servicemen, the staff said.", [
    R("ua-general-staff", GS, "russian_and_north_korean", "killed", "exact", "41", "period", relays=KD,
      low=41, best=41, high=41, notes="one stated day; mixed count stays mixed; '14 assaults' is not a loss"),
    R("ua-general-staff", GS, "russian_and_north_korean", "wounded", "exact", "63", "period", relays=KD,
      low=63, best=63, high=63),
])
d02 = [
    [S("104 Russian and North Korean troops killed or wounded in Kursk direction in a day", [
        R("author", "Kyiv Dispatch (headline, own voice)", "russian_and_north_korean", "killed_or_wounded", "exact", "104",
          "period", low=104, best=104, high=104, derived=d02_s3,
          notes="headline sums the body's 41 killed and 63 wounded; the outlet's own derived figure"),
    ])],
    [S("Total since February 2022 now about 818,000, General Staff says", trap=restates(d02_s1))],
    [d02_s1,
     S("The General Staff's personnel figure covers Russian troops killed and wounded together; it does not separate them, and it cannot be independently verified.")],
    [d02_s3,
     S("Units in the area also destroyed two tanks, nine artillery systems and 37 drones, according to the summary.",
       trap="equipment destroyed, not people")],
    [S("Col. Andriy Kovalchuk, a spokesman for the General Staff, told Kyiv Dispatch that combined Russian and North Korean personnel losses in the direction had averaged about 120 a day in the first half of January, down from about 190 a day in December.", [
        R("ua-general-staff", "Col. Andriy Kovalchuk, General Staff spokesman", "russian_and_north_korean", "killed_or_wounded",
          "approximate", "about 120 a day", "period", relays=KD, counted_in="people_per_day", best=120,
          notes="spokesman takes the body's id; 'personnel losses' as the text defines them"),
        R("ua-general-staff", "Col. Andriy Kovalchuk, General Staff spokesman", "russian_and_north_korean", "killed_or_wounded",
          "approximate", "about 190 a day", "period", relays=KD, counted_in="people_per_day", best=190,
          notes="the December rate"),
    ]),
     S("Since Ukraine's incursion began in August, he said, Russian forces had lost more than 38,000 personnel in the Kursk region.", [
         R("ua-general-staff", "Col. Andriy Kovalchuk, General Staff spokesman", "russian", "killed_or_wounded", "more_than",
           "more than 38,000", "cumulative", relays=KD, low=38000, notes="'personnel' lost, as defined above; running total"),
     ]),
     S("Kovalchuk said that about a quarter of the North Korean contingent first sent to the region was no longer fit for combat.", [
         R("ua-general-staff", "Col. Andriy Kovalchuk, General Staff spokesman", "north_korean", "casualties_unspecified",
           "approximate", "about a quarter", "cumulative", relays=KD, counted_in="percent_of_force", best=25,
           notes="surname only on second mention; 'no longer fit for combat' is not defined as killed or wounded"),
     ])],
    [S("Russia's defence ministry claimed on Tuesday that Ukraine had lost up to 310 servicemen in the Kursk area over the past day.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "at_most", "up to 310", "period",
          relays=KD, high=310, notes="'lost' undefined"),
    ]),
     S("On Saturday, 25 Ukrainian soldiers captured in the Kursk region came home in a prisoner exchange, the Coordination Headquarters for the Treatment of Prisoners of War said.",
       trap="prisoners returned in an exchange, not a loss claim"),
     S("In neighbouring Sumy region, Russian glide bombs killed three civilians and injured 11 overnight, the regional administration said.",
       trap="civilian casualties, not military losses")],
]

# ---------------------------------------------------------------- d03
# Hansard-style parliamentary exchange (invented members and minister).
MIN = "Dame Helen Ashcombe"
d03 = [
    [S("House of Commons")],
    [S("Defence: Oral Answers to Questions, Monday 10 March 2025, Volume 764, Column 12", trap="record heading: date, volume and column")],
    [S("North Korean Troops: Kursk")],
    [S("1. Mr Tobias Renwick (Harlow Vale) (LD): What recent assessment the Secretary of State has made of the level of North Korean military losses in the Kursk region.",
       trap="order-paper question number")],
    [S("The Minister for the Armed Forces (Dame Helen Ashcombe): Defence Intelligence assesses that North Korea has suffered more than 4,000 casualties since its forces entered the fighting in December, of whom around 1,100 are judged to have been killed.", [
        R("uk-defence-intelligence", "UK Defence Intelligence", "north_korean", "casualties_unspecified", "more_than",
          "more than 4,000", "cumulative", relays=MIN, low=4000, notes="the minister relays a named intelligence service's assessment"),
        R("uk-defence-intelligence", "UK Defence Intelligence", "north_korean", "killed", "approximate", "around 1,100",
          "cumulative", relays=MIN, best=1100, notes="subset of the casualties; second measure of the sentence"),
    ]),
     S("Of the roughly 12,000 North Korean personnel deployed to Russia, the great majority remain in the Kursk region.", [
         R("uk-mod", "Dame Helen Ashcombe, Minister for the Armed Forces", "north_korean", "deployed", "approximate",
           "roughly 12,000", "stock", best=12000, notes="a minister speaking for the government takes the ministry's id"),
     ])],
    [S("Mr Renwick: I thank the Minister."),
     S("A report in the press last week suggested that as much as 40 per cent of the original North Korean contingent is now out of action.", [
         R("unnamed-press", "Unnamed press report", "north_korean", "casualties_unspecified", "at_most", "as much as 40 per cent",
           "cumulative", relays="Mr Tobias Renwick", counted_in="percent_of_force", high=40,
           notes="the MP relays an unnamed press report; 'out of action' undefined"),
     ]),
     S("Does she recognise that figure?")],
    [S("Dame Helen Ashcombe: I would not put it as high as that."),
     S("Our assessment is that roughly a third of the force deployed in December has been killed or wounded, and that the rate of loss has fallen since February as units were pulled back for retraining.", [
         R("uk-mod", "Dame Helen Ashcombe, Minister for the Armed Forces", "north_korean", "killed_or_wounded", "approximate",
           "roughly a third", "cumulative", counted_in="percent_of_force", best=33.33,
           notes="'our assessment' is the government's (uk-mod), not the named Defence Intelligence; a third written as 33.33"),
     ])],
    [S("Ms Priya Dunmore (Eastleigh North) (Lab): Ukrainian commanders have told me that in some sectors they were killing North Korean soldiers at a rate of 50 a day.", [
        R("ua-officials", "Ukrainian commanders (unnamed)", "north_korean", "killed", "exact", "50 a day", "unspecified",
          relays="Ms Priya Dunmore", counted_in="people_per_day", low=50, best=50, high=50,
          notes="rate with no stated window; 'Ukrainian' is the claimant, not whose losses"),
    ]),
     S("What more are we doing to help Ukraine hold its positions around Sudzha?")],
    [S("Dame Helen Ashcombe: We have committed £1.2 billion for drones this year and have trained more than 50,000 Ukrainian recruits since 2022.",
       trap="money and troops trained, not losses")],
    [S("Mr Gareth Pell (Coldmoor) (Con): Russia's Ministry of Defence now claims that Ukraine has lost 76,000 troops in the Kursk region.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "exact", "76,000", "cumulative",
          relays="Mr Gareth Pell", low=76000, best=76000, high=76000, notes="cited to be disputed by the minister"),
    ]),
     S("Can the Minister tell the House whether that figure has any basis?")],
    [S("Dame Helen Ashcombe: We see no basis for it whatsoever; it exceeds the number of Ukrainian troops who have served in the operation."),
     S("The figure we have seen from Kyiv itself is that fewer than 5,000 Ukrainian soldiers have been killed or wounded there.", [
         R("ua-officials", "Ukrainian government (Kyiv, unnamed)", "ukrainian", "killed_or_wounded", "fewer_than",
           "fewer than 5,000", "cumulative", relays=MIN, high=5000, notes="own side acknowledging its losses, relayed by the minister"),
     ])],
    [S("Mr Renwick: If that rate of North Korean loss continues, what does the Department expect by the summer?"),
     S("Dame Helen Ashcombe: I will not speculate, but on current trends North Korea could lose a further 2,000 soldiers killed or wounded by June.", [
         R("uk-mod", "Dame Helen Ashcombe, Minister for the Armed Forces", "north_korean", "killed_or_wounded", "exact",
           "a further 2,000", "period", modality="projected", low=2000, best=2000, high=2000,
           notes="'on current trends ... could' is a forecast, not an if-then: projected"),
     ])],
]

# ---------------------------------------------------------------- d04
# UN monitoring-mission note (invented mission wording).
MISSION = "the Mission"
UN = "UN Human Rights Monitoring Mission"
d04 = [
    [S("UPDATE NOTE | Kursk region and adjacent areas of Sumy region | Period covered: 1 December 2024 to 28 February 2025",
       trap="title block: dates of the reporting period")],
    [S("Geneva and Kyiv, Tuesday 25 March 2025", trap="date of the note")],
    [S("This note concerns the treatment of persons hors de combat in and around the Kursk region.")],
    [S("During the period covered, the Mission documented 19 credible allegations of the execution of Ukrainian servicemen hors de combat in the Kursk region, involving at least 43 victims.", [
        R("un-hrmmu", UN, "ukrainian", "killed", "at_least", "at least 43", "period", low=43,
          notes="the body writing its own note takes its id, no relay; '19 allegations' are cases, not people"),
    ]),
     S("In one incident on 11 January near the village of Staraya Krasnaya, six Ukrainian soldiers who had laid down their weapons were shot dead, according to a seventh soldier who survived and was later interviewed by the Mission.", [
         R("ua-soldier-witness", "Surviving Ukrainian soldier (unnamed witness)", "ukrainian", "killed", "exact", "six",
           "incident", relays=MISSION, low=6, best=6, high=6,
           notes="the claimant is the witness the Mission interviewed; the Mission relays; may overlap the 43"),
     ]),
     S("The Mission also documented the killing of at least 12 Russian servicemen after they had surrendered to Ukrainian units, based on video footage it reviewed.", [
         R("un-hrmmu", UN, "russian", "killed", "at_least", "at least 12", "period", low=12,
           notes="'Ukrainian units' are the perpetrators, not whose losses"),
     ]),
     S("It was unable to verify claims by Russian officials that Ukrainian forces had executed \"dozens\" of captured North Korean soldiers.", [
         R("ru-officials", "Russian officials (unnamed)", "north_korean", "killed", "vague", "dozens", "unspecified",
           relays=MISSION, low=24, high=99, notes="cited as unverified; vague 'dozens' read as 24 to 99 (set convention)"),
     ])],
    [S("According to Ukrainian authorities, two North Korean soldiers captured in January remain in Ukrainian custody; the Mission was granted access to both on 4 February.", [
        R("ua-officials", "Ukrainian authorities (unnamed)", "north_korean", "captured", "exact", "two", "period",
          relays=MISSION, low=2, best=2, high=2, notes="'captured in January' is a stated window; the visit date is not the event"),
    ]),
     S("The Russian Commissioner for Human Rights told the Mission that more than 600 Ukrainian servicemen captured in the Kursk region since August 2024 were being held in Russia.", [
         R("ru-ombudsperson", "Russian Commissioner for Human Rights", "ukrainian", "captured", "more_than", "more than 600",
           "cumulative", relays=MISSION, low=600, notes="running total since August 2024"),
     ]),
     S("Appeals by relatives to the Mission's hotline concerned at least 60 Ukrainian servicemen reported missing in the Kursk region in February alone.", [
         R("un-hrmmu", UN, "ukrainian", "missing", "at_least", "at least 60", "period", low=60,
           notes="the Mission's own count of appeals; the relatives are not a single claimant"),
     ])],
    [S("Of the 150 Ukrainian prisoners of war released on 5 February, 23 told the Mission they had been tortured or ill-treated in detention.",
       trap="prisoners released and ill-treatment, not losses"),
     S("Separately, the Mission recorded 68 civilians killed and 214 injured in Sumy region during the period, most of them by aerial bombs and short-range drones.",
       trap="civilian casualties, not military losses")],
    [S("The Mission's figures are likely an undercount because access to the area remains restricted."),
     S("It calls on all parties to treat captured combatants humanely, whatever their nationality.")],
]

# ---------------------------------------------------------------- d05
# Bloomberg-style news brief (invented "Northline").
NL = "Northline"
d05_s1 = S("(Northline) -- Russia's Defense Ministry said Ukraine lost more than 78,000 troops killed and wounded during its eight-month incursion into the Kursk region, a figure Kyiv called fabricated.", [
    R("ru-mod", "Russia's Defense Ministry", "ukrainian", "killed_or_wounded", "more_than", "more than 78,000", "period",
      relays=NL, low=78000, notes="total over the closed eight-month campaign: a stated period; 'killed and wounded' is one combined figure"),
])
d05 = [
    [S("Russia Claims 78,000 Ukrainian Kursk Losses as Kyiv Disputes Tally", trap=restates(d05_s1))],
    [S("By Irina Soltys and Min-jun Park | April 28, 2025 at 7:14 AM GMT+3", trap="byline date and time")],
    [d05_s1,
     S("Moscow also claimed the destruction of 410 Ukrainian tanks and armored vehicles.", trap="equipment, not people")],
    [S("Key Insights")],
    [S("- Ukraine's General Staff said last week that enemy losses in the region had reached about 63,000, including roughly 4,700 North Koreans.", [
        R("ua-general-staff", GS, "russian_and_north_korean", "casualties_unspecified", "approximate", "about 63,000",
          "cumulative", relays=NL, best=63000, notes="'enemy losses' include the North Koreans: mixed; 'losses' undefined in this text"),
        R("ua-general-staff", GS, "north_korean", "casualties_unspecified", "approximate", "roughly 4,700",
          "cumulative", relays=NL, best=4700, notes="a subset of the 63,000, never added to it"),
    ])],
    [S("- Moscow hasn't disclosed its own casualties; independent Russian outlets have identified about 2,300 soldiers killed in the region by name.", [
        R("unnamed-independent-outlets", "Independent Russian outlets (unnamed)", "russian", "killed", "approximate",
          "about 2,300", "cumulative", relays=NL, best=2300,
          notes="'Russian' qualifies the outlets; the soldiers are Russian from 'Moscow ... its own casualties'"),
    ])],
    [S("- South Korea's spy agency raised its estimate of North Korean dead to about 700 from about 350 in January.", [
        R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "killed", "approximate", "about 700", "cumulative",
          relays=NL, best=700, notes="revised total, current"),
        R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "killed", "approximate", "about 350", "cumulative",
          relays=NL, best=350, notes="the superseded January estimate, kept as its own row"),
    ])],
    [S("The claims come as negotiators prepare for talks in Istanbul, and the ruble gained 0.8% against the dollar on Monday.",
       trap="currency move, not a loss")],
    [S("North Korea still has about 11,000 troops in Russia and could send as many as 6,000 more military engineers and builders, the spy agency said.", [
        R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          relays=NL, best=11000),
        R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "deployed", "at_most", "as many as 6,000", "stock",
          relays=NL, modality="projected", high=6000, notes="a possible future deployment: projected"),
    ])],
    [S("Analysts at Krestmoor Risk said Russia could lose about 1,500 troops a day across the front through the summer if it keeps up its current tempo of assaults.", [
        R("krestmoor-risk", "Krestmoor Risk (analysts)", "russian", "casualties_unspecified", "approximate",
          "about 1,500 troops a day", "period", relays=NL, modality="conditional", counted_in="people_per_day", best=1500,
          notes="if-clause: conditional; whole front, not only Kursk"),
    ]),
     S("That would be higher than the roughly 1,200 a day Ukraine's military has reported on average this year.", [
         R("ua-general-staff", "Ukraine's military", "russian", "casualties_unspecified", "approximate", "roughly 1,200 a day",
           "period", relays=NL, counted_in="people_per_day", best=1200, notes="'Ukraine's military' read as the General Staff; whole front, this year"),
     ])],
    [S("Speaking on the state television channel Rossiya-24 on Sunday, Col. Gen. Sergei Rudakov, a deputy chief of Russia's General Staff, said Ukrainian forces had lost about 1,100 troops in their final week in the region.", [
        R("ru-general-staff", "Col. Gen. Sergei Rudakov, Russia's General Staff", "ukrainian", "casualties_unspecified",
          "approximate", "about 1,100", "period", relays="Rossiya-24 > " + NL, best=1100,
          notes="a TV channel quoting a general: the general speaks for the General Staff; the channel and the outlet relay"),
    ])],
    [S("What's Next")],
    [S("Ukraine's commander-in-chief is due to brief parliament on the Kursk campaign on Wednesday.")],
]

# ---------------------------------------------------------------- d06
# Mediazona-style count of named dead (invented outlet "Sverka").
SV = "Sverka (independent outlet)"
d06_s1 = S("As of Friday, October 17, Sverka and a team of volunteers have confirmed the names of 2,417 Russian servicemen killed in the Kursk region since Ukraine's incursion in August 2024.", [
    R("sverka", SV, "russian", "killed", "exact", "2,417", "cumulative", low=2417, best=2417, high=2417,
      notes="an outlet counting in its own name takes its own id; named dead only, a lower bound in substance but exact as written"),
])
d06 = [
    [S("Kursk: 2,417 names. Our count of Russian soldiers killed in the region", trap=restates(d06_s1))],
    [d06_s1,
     S("That is 96 more than in our previous update two weeks ago.",
       trap="difference between two running totals: names added, not deaths in the two weeks"),
     S("We count only deaths confirmed by obituaries, posts by relatives, statements by local officials or memorial notices, so the real toll is certainly higher.")],
    [S("Of the confirmed dead, 208 were conscripts, 512 were volunteers or contract soldiers who signed up after the incursion began, and 341 were men mobilised in 2022.", [
        R("sverka", SV, "russian", "killed", "exact", "208", "cumulative", low=208, best=208, high=208, notes="subset of the 2,417"),
        R("sverka", SV, "russian", "killed", "exact", "512", "cumulative", low=512, best=512, high=512, notes="subset of the 2,417"),
        R("sverka", SV, "russian", "killed", "exact", "341", "cumulative", low=341, best=341, high=341,
          notes="subset of the 2,417; '2022' is the year of mobilisation, not of death"),
    ]),
     S("At least 187 were officers, the most senior of them a colonel.", [
         R("sverka", SV, "russian", "killed", "at_least", "At least 187", "cumulative", low=187, notes="subset of the 2,417"),
     ]),
     S("Another 37 names belong to Rosgvardia personnel and border guards, whom we count separately.", [
         R("sverka", SV, "russian", "killed", "exact", "37", "cumulative", low=37, best=37, high=37,
           notes="paramilitary and border guards, outside the 2,417"),
     ]),
     S("Residents of the Kursk region itself account for 154 of the names.", [
         R("sverka", SV, "russian", "killed", "exact", "154", "cumulative", low=154, best=154, high=154,
           notes="subset by home region; 'Kursk region' is where they lived"),
     ]),
     S("The youngest soldier on our list was 18; the oldest, a volunteer from Bryansk region, was 63.", trap="ages")],
    [S("In the heaviest weeks of fighting, in March, soldiers on our list were dying at a rate of about 20 a day.", [
        R("sverka", SV, "russian", "killed", "approximate", "about 20 a day", "period", counted_in="people_per_day", best=20,
          notes="rate of deaths by date of death, in March"),
    ]),
     S("If deaths continue at the autumn rate, the list will pass 3,000 names by the spring.", [
         R("sverka", SV, "russian", "killed", "more_than", "pass 3,000", "cumulative", modality="conditional", low=3000,
           notes="if-then: conditional"),
     ]),
     S("Using inheritance-register data, demographers we consulted estimate that the true number of dead could be two to three times higher.",
       trap="a multiplier, not a figure; nothing to compute")],
    [S("Ukraine's General Staff says Russia has lost more than 60,000 personnel in the Kursk region, but that figure includes the wounded.", [
        R("ua-general-staff", GS, "russian", "killed_or_wounded", "more_than", "more than 60,000", "cumulative",
          relays="Sverka", low=60000, notes="the text says the figure includes the wounded: combined measure"),
    ]),
     S("We have found no obituaries of North Korean soldiers; their deaths are not announced in Russia, and Pyongyang has named none.")],
]

# ---------------------------------------------------------------- d07
# Daily NK-style report citing sources inside North Korea (invented "Hanbit NK").
HB = "Hanbit NK"
SRC1 = "Source in North Hamgyong Province (unnamed)"
SRC2 = "Source in Ryanggang Province (unnamed)"
d07 = [
    [S("Death notices reach Chongjin as Kursk dead are quietly buried")],
    [S("Wednesday, June 18, 2025 | Reporter Kang Min-seo", trap="date line")],
    [S("Families in the northern port city of Chongjin have received death notices for at least 30 soldiers from a single Storm Corps unit since early May, a source in North Hamgyong Province told Hanbit NK on Sunday.", [
        R("kp-source-north-hamgyong", SRC1, "north_korean", "killed", "at_least", "at least 30", "cumulative",
          relays=HB, low=30, notes="notices received since early May; an unnamed source inside North Korea gets a source id of its own"),
    ]),
     S("The notices said the soldiers had \"died heroically while carrying out an overseas training mission,\" and families were told not to hold public funerals."),
     S("Each bereaved family was given 50 kilograms of rice, a television set and a certificate naming the soldier a \"hero of the fatherland,\" the source said.",
       trap="compensation in kind, not a count of people")],
    [S("A second source, in Ryanggang Province, said about 150 soldiers from the province had come home wounded, many of them missing limbs, and were being kept in a military hospital in Hyesan away from their families.", [
        R("kp-source-ryanggang", SRC2, "north_korean", "wounded", "approximate", "about 150", "cumulative", relays=HB, best=150,
          notes="'missing limbs' is not the measure missing"),
    ]),
     S("The same source said roughly half of one battalion sent from the province last autumn had been killed or gone missing.", [
         R("kp-source-ryanggang", SRC2, "north_korean", "killed_or_missing", "approximate", "roughly half", "cumulative",
           relays=HB, counted_in="percent_of_force", best=50, notes="share of one battalion; combined measure, never split"),
     ]),
     S("About 3,000 soldiers from Ryanggang were sent to Russia in the second rotation in February, according to the source.", [
         R("kp-source-ryanggang", SRC2, "north_korean", "deployed", "approximate", "About 3,000", "stock", relays=HB, best=3000),
     ])],
    [S("South Korea's National Intelligence Service told lawmakers in a closed briefing last week that roughly 2,000 North Korean soldiers had been killed in Russia since last October.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate",
          "roughly 2,000", "cumulative", relays="South Korean lawmakers > " + HB, best=2000,
          notes="intelligence service briefing lawmakers, relayed by the outlet"),
    ]),
     S("Rep. Yoon Dae-seok, who attended the briefing, said the agency believed another 2,700 had been wounded.", [
         R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "wounded", "exact", "another 2,700",
           "cumulative", relays="Rep. Yoon Dae-seok > " + HB, low=2700, best=2700, high=2700,
           notes="'another' marks a second measure, not an addition to the dead"),
     ]),
     S("Yoon said the spy agency expected Pyongyang to send up to 5,000 more troops by the end of the year to replace its losses.", [
         R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "at_most", "up to 5,000",
           "stock", relays="Rep. Yoon Dae-seok > " + HB, modality="projected", high=5000,
           notes="surname only on second mention; an expected deployment: projected"),
     ])],
    [S("Most of the dead were between 18 and 24 years old, the Chongjin source said.", trap="ages"),
     S("The city, about 80 kilometres from the Russian border, has seen a rise in black-market sales of mourning clothes, which cost around 15,000 won a set.",
       trap="distance and price")],
    [S("Hanbit NK could not independently verify the sources' accounts.")],
]

# ---------------------------------------------------------------- d08
# 38 North-style analysis (invented author).
d08 = [
    [S("What Kursk Taught the Korean People's Army")],
    [S("Hana Cordell | December 9, 2025", trap="byline date")],
    [S("A year after North Korean troops first went into combat in Russia's Kursk region, the human cost of Pyongyang's first modern war remains contested."),
     S("Published estimates of North Korean casualties range from about 1,500 to more than 6,000, depending on who is counting and what they count (Table 1).",
       trap="the author's summary of the spread of other claimants' estimates, each recorded where attributed; table number")],
    [S("South Korea's National Intelligence Service told lawmakers in April that about 4,200 North Koreans had been killed or wounded, including about 650 killed.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed_or_wounded", "approximate",
          "about 4,200", "cumulative", relays="South Korean lawmakers", best=4200),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate",
          "about 650", "cumulative", relays="South Korean lawmakers", best=650, notes="subset of the 4,200"),
    ]),
     S("US officials put the toll higher, at roughly 6,000 killed or wounded by mid-May.", [
         R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "approximate", "roughly 6,000",
           "cumulative", best=6000, notes="'by mid-May' is a running total"),
     ]),
     S("Ukraine's military intelligence agency, the GUR, estimated that at the peak, in January, North Korean losses ran at 100 to 150 a day.", [
         R("ua-gur", "Ukraine's military intelligence (GUR)", "north_korean", "casualties_unspecified", "range",
           "100 to 150 a day", "period", counted_in="people_per_day", low=100, high=150, notes="rate over January"),
     ]),
     S("The GUR also said that about 40 percent of the initial contingent of 11,000 had been killed or wounded by March.", [
         R("ua-gur", "Ukraine's military intelligence (GUR)", "north_korean", "killed_or_wounded", "approximate",
           "about 40 percent", "cumulative", counted_in="percent_of_force", best=40, notes="share of the 11,000 of the same sentence"),
         R("ua-gur", "Ukraine's military intelligence (GUR)", "north_korean", "deployed", "exact", "11,000", "stock",
           low=11000, best=11000, high=11000, notes="the troop figure the share is of; not converted into a count of losses"),
     ])],
    [S("Ukrainian units made more specific claims."),
     S("The Sokolyne Oko drone unit said it destroyed two North Korean battalions near Guevo over a single week in January.", [
         R("ua-sokolyne-oko", "Sokolyne Oko drone unit (Ukraine)", "north_korean", "casualties_unspecified", "exact", "two",
           "period", counted_in="battalions", low=2, best=2, high=2,
           notes="formations 'destroyed': counted in battalions, measure unspecified; never turned into people"),
     ]),
     S("Another Ukrainian brigade claimed that up to a company of North Korean infantry was wiped out in a single assault on Dec. 16.", [
         R("ua-unnamed-brigade", "Ukrainian brigade (unnamed)", "north_korean", "casualties_unspecified", "at_most",
           "up to a company", "incident", counted_in="companies", high=1, notes="'wiped out' undefined; up to a company: companies, high 1"),
     ])],
    [S("Russian commanders, who had roughly 50,000 troops of their own in the region, kept the North Koreans in separate formations under Russian liaison officers.", [
        R("author", "The analysis's author (Hana Cordell)", "russian", "deployed", "approximate", "roughly 50,000", "stock",
          best=50000, notes="the author's own statement; 'the North Koreans' nearby are not counted"),
    ]),
     S("North Korea has meanwhile shipped an estimated 9 million artillery shells to Russia since 2023, according to Seoul.",
       trap="ammunition, not people")],
    [S("If Pyongyang keeps rotating troops through Kursk and neighbouring Belgorod at the same loss rate, it could expect another 2,000 to 2,500 casualties by the end of 2026, by our estimate.", [
        R("author", "The analysis's author (Hana Cordell)", "north_korean", "casualties_unspecified", "range",
          "2,000 to 2,500", "period", modality="conditional", low=2000, high=2500, notes="if-then: conditional; the author's own estimate"),
    ]),
     S("Pyongyang acknowledged the deployment in April but has never published a figure for its dead.")],
    [S("Table 1 lists the estimates cited in this article, with their dates.", trap="table number"),
     S("Whatever the true toll, the lessons in drone warfare that survivors brought home may matter more to Seoul than the totals.")],
]

SPECS = {
    "d01-reuters-exclusive": d01,
    "d02-general-staff-summary-retold": d02,
    "d03-hansard-exchange": d03,
    "d04-un-monitoring-note": d04,
    "d05-bloomberg-brief": d05,
    "d06-mediazona-named-dead": d06,
    "d07-daily-nk-report": d07,
    "d08-38north-analysis": d08,
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
