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


# ---------------------------------------------------------------- au01
# A wire-agency exclusive built on anonymous sources (agency credited in the dateline).
NL = "Northline"
ANON = ("anon-western-intel-sources", "people familiar with Western intelligence assessments (anonymous)")
NIS = ("kr-nis", "South Korea's National Intelligence Service")
GUR = ("ua-gur", "Defence Intelligence of Ukraine (HUR)")

au01_s1 = S("SEOUL/KYIV, Feb 20 (Northline) - North Korea has lost roughly a third of the soldiers it sent to Russia's Kursk region, killed or wounded since they arrived last autumn, according to three people familiar with Western intelligence assessments.", [
    R(*ANON, "north_korean", "killed_or_wounded", "approximate", "roughly a third", "cumulative", relays=NL,
      counted_in="percent_of_force", best=33.33,
      notes="share of the deployed force (about 11,000, next sentence); 'since they arrived' is a running total; nationality of the anonymous sources not stated"),
])
au01_s2 = S("The sources, who spoke on condition of anonymity because the assessments are classified, said about 11,000 North Korean troops had been deployed and that around 3,800 of them had been killed or wounded by mid-February.", [
    R(*ANON, "north_korean", "deployed", "approximate", "about 11,000", "stock", relays=NL, best=11000),
    R(*ANON, "north_korean", "killed_or_wounded", "approximate", "around 3,800", "cumulative", relays=NL, best=3800,
      notes="'by mid-February': running total; combined measure kept"),
])
au01_s3 = S("One of the sources said the dead alone numbered at least 1,100, a figure not previously reported.", [
    R(*ANON, "north_korean", "killed", "at_least", "at least 1,100", "cumulative", relays=NL, low=1100),
])
au01_s4 = S("A second said losses had run at about 90 a day during the heaviest assaults in January, when North Korean infantry crossed open fields near the village of Plekhovo with little armour or drone cover.", [
    R(*ANON, "north_korean", "casualties_unspecified", "approximate", "about 90", "period", relays=NL,
      counted_in="people_per_day", best=90, notes="a rate; basis period January; 'losses' undefined"),
])
au01_s5 = S("Seoul's spy agency, which briefs lawmakers in closed session, told them in late January that some 3,000 North Koreans had been killed or wounded, an estimate one of the sources called “conservative by a wide margin.”", [
    R(*NIS, "north_korean", "killed_or_wounded", "approximate", "some 3,000", "cumulative",
      relays="South Korean lawmakers > Northline", best=3000,
      notes="claimant named by description ('Seoul's spy agency'); lawmakers relay the briefing"),
])
au01_s7 = S("Col. Andriy Yusypenko, a spokesman for Ukraine's military intelligence agency, told Northline on Wednesday that its count was “close to 4,000” North Koreans killed and wounded.", [
    R(*GUR, "north_korean", "killed_or_wounded", "vague", "close to 4,000", "cumulative", relays=NL,
      low=3600, high=4000, notes="spokesman takes the agency's id; 'close to N' read as vague 0.9N..N; 'killed and wounded' one combined figure"),
])
au01_s8 = S("Yusypenko said Ukrainian drone crews alone had killed 640 of them since December.", [
    R(*GUR, "north_korean", "killed", "exact", "640", "cumulative", relays=NL, best=640, low=640, high=640,
      notes="surname only on second mention; 'Ukrainian' names the killers, not whose losses"),
])
au01 = [
    [S("EXCLUSIVE-North Korea has lost a third of its Kursk force, sources say", trap=restates(au01_s1))],
    [au01_s1],
    [au01_s2, au01_s3],
    [au01_s4],
    [au01_s5],
    [S("North Korea's mission to the United Nations did not respond to a request for comment, and Russia's defence ministry, which refers to the troops only as “allied formations,” has never given a figure for their losses.")],
    [au01_s7, au01_s8],
    [S("The people also said the contingent had lost about 200 artillery pieces and rocket launchers, many of them shipped from North Korea since the summer.", trap="equipment lost, not people"),
     S("One source said about 3,000 replacement troops reached Kursk in January and February, the first rotation of the deployment.", [
         R(*ANON, "north_korean", "deployed", "approximate", "about 3,000", "stock", relays=NL, best=3000,
           notes="replacements arriving: troops deployed (added strength), not losses")])],
    [S("Plekhovo, where much of the fighting took place, lies about 5 km from the Ukrainian border.", trap="distance")],
    [S("(Reporting by Min-ji Oh in Seoul and Taras Hnat in Kyiv; editing by Paul Wren)")],
]

# ---------------------------------------------------------------- au02
# A Ukrainian news site retelling the General Staff's morning summary, with a commander interview.
GS = ("ua-general-staff", "General Staff of the Armed Forces of Ukraine")
MOV = ("ua-movchan", "Brig. Gen. Taras Movchan, commander of the Kursk grouping")
au02_s1 = S("Russian forces lost 1,340 personnel over the past 24 hours, the General Staff of Ukraine's Armed Forces said in its morning update on Tuesday, bringing its count since the start of the full-scale invasion to 893,410.", [
    R(*GS, "russian", "killed_wounded_missing_or_captured", "exact", "1,340", "period", low=1340, best=1340, high=1340,
      notes="'over the past 24 hours' is a one-day period, not a rate; measure as the text defines 'personnel losses' in the next sentence"),
    R(*GS, "russian", "killed_wounded_missing_or_captured", "exact", "893,410", "cumulative", low=893410, best=893410, high=893410,
      notes="whole-war running total since February 2022, not Kursk"),
])
au02_s5 = S("In the Kursk sector alone, the General Staff said, Russian and North Korean troops lost 212 men killed and wounded, 41 of them North Koreans.", [
    R(*GS, "russian_and_north_korean", "killed_or_wounded", "exact", "212", "period", low=212, best=212, high=212,
      notes="mixed count stays mixed; same past day; the sentence names its measure ('killed and wounded'), not the defined 'personnel losses'"),
    R(*GS, "north_korean", "killed_or_wounded", "exact", "41", "period", low=41, best=41, high=41,
      notes="part of the 212"),
])
au02 = [
    [S("General Staff: Russia lost 1,340 soldiers over the past day", trap=restates(au02_s1))],
    [S("11 March 2025, 09:40", trap="publication date and time")],
    [au02_s1,
     S("Under its method, killed, wounded, missing and captured soldiers are all counted as personnel losses.")],
    [S("The update listed 14 tanks, 38 artillery systems and 97 drones destroyed across the front over the same period.", trap="equipment"),
     S("Of the 163 clashes recorded along the front, 46 took place in the Kursk direction, where Ukrainian units repelled assaults near Sverdlikovo and Nikolaevo-Darino.", trap="number of clashes, not losses")],
    [au02_s5],
    [S("Brig. Gen. Taras Movchan, who commands the Kursk grouping, told Kyiv Monitor that Russian losses in the sector had averaged about 180 a day since the start of March, against roughly 120 a day in February.", [
        R(*MOV, "russian", "casualties_unspecified", "approximate", "about 180", "period", counted_in="people_per_day", best=180,
          notes="rate; basis period 1-11 March; commander speaks in his own name; site's own interview, no relay"),
        R(*MOV, "russian", "casualties_unspecified", "approximate", "roughly 120", "period", counted_in="people_per_day", best=120,
          notes="rate; basis period February"),
     ]),
     S("If the assaults on Sudzha continue at that pace, Movchan said, Russia could lose another 5,000 soldiers in Kursk before the end of March.", [
        R(*MOV, "russian", "casualties_unspecified", "exact", "5,000", "period", modality="conditional",
          low=5000, best=5000, high=5000, notes="if-then; looks to the rest of March; never added"),
     ])],
    [S("His troops had taken 17 prisoners in the past week, three of them North Koreans, he said.", [
        R(*MOV, "russian_and_north_korean", "captured", "exact", "17", "period", low=17, best=17, high=17,
          notes="prisoners taken = captured; mixed count"),
        R(*MOV, "north_korean", "captured", "exact", "three", "period", low=3, best=3, high=3, notes="part of the 17"),
     ])],
    [S("Separately, the Coordination Headquarters for the Treatment of Prisoners of War said on Saturday that 175 Ukrainian servicemen and 22 seriously wounded soldiers had come home in an exchange.", trap="prisoners returned in an exchange, not losses"),
     S("Kyiv Monitor cannot verify battlefield figures from either side.")],
]

# ---------------------------------------------------------------- au03
# A Hansard-style Commons exchange (oral questions).
DI = ("uk-defence-intelligence", "UK Defence Intelligence")
ASH = "Mr Daniel Ashworth"
au03_s2 = S("The Minister for the Armed Forces (Mr Daniel Ashworth): Defence Intelligence assesses that, of the approximately 11,000 North Korean personnel deployed to the Kursk region, more than 3,000 have been killed or wounded since they entered combat in early December.", [
    R(*DI, "north_korean", "deployed", "approximate", "approximately 11,000", "stock", relays=ASH, best=11000,
      notes="minister presents the service's assessment: relay"),
    R(*DI, "north_korean", "killed_or_wounded", "more_than", "more than 3,000", "cumulative", relays=ASH, low=3000),
])
au03 = [
    [S("North Korean Forces: Kursk")],
    [S("Volume 761: debated on Wednesday 29 January 2025", trap="volume number and sitting date")],
    [S("1. Mrs Helen Carrow (Stroud Vale) (LD): What recent assessment he has made of the number of North Korean military personnel killed or wounded in the Kursk region.", trap="question number on the order paper; asks, states no figure")],
    [au03_s2,
     S("That is more than a quarter of the force.", [
        R("uk-ashworth", "Daniel Ashworth, UK Minister for the Armed Forces", "north_korean", "killed_or_wounded", "more_than",
          "more than a quarter", "cumulative", counted_in="percent_of_force", low=25,
          notes="the minister's own gloss on the DI figures; share of the 11,000 deployed"),
     ])],
    [S("Mrs Carrow: The Minister's figures are lower than Kyiv's."),
     S("Ukraine's deputy defence minister, Iryna Voloshko, told our delegation in Kyiv last week that 4,000 had been killed or wounded by the middle of January, and that 30 to 40 were being killed every day.", [
        R("ua-voloshko", "Iryna Voloshko, Ukraine's deputy defence minister", "north_korean", "killed_or_wounded", "exact",
          "4,000", "cumulative", relays="Mrs Helen Carrow", low=4000, best=4000, high=4000,
          notes="whose: North Koreans from the question; relayed by the MP"),
        R("ua-voloshko", "Iryna Voloshko, Ukraine's deputy defence minister", "north_korean", "killed", "range",
          "30 to 40", "period", relays="Mrs Helen Carrow", counted_in="people_per_day", low=30, high=40,
          notes="rate at the time of the mid-January briefing"),
     ]),
     S("Does he dispute them?")],
    [S("Mr Ashworth: I do not; different methods produce different totals."),
     S("Our judgment is that North Korean casualties have fallen since mid-January to fewer than 20 a day, as units have been pulled back for retraining.", [
        R("uk-mod", "UK Ministry of Defence", "north_korean", "casualties_unspecified", "fewer_than", "fewer than 20",
          "period", relays=ASH, counted_in="people_per_day", high=20,
          notes="a minister's 'our judgment' is the department's assessment: claimant the ministry, the minister relays"),
     ])],
    [S("Mr Gareth Pennock (Harrowgate North) (Con): Reports suggest that North Korea has now shipped more than 200 long-range artillery pieces to Russia.", trap="equipment supplied"),
     S("Will the Minister confirm that the £4.5 billion package announced this month will go to air defence?", trap="money")],
    [S("Mr Ashworth: I will not comment on specific deliveries.")],
    [S("Mr Pennock: Does the Minister agree that the Kremlin's claim last week, that Ukraine has lost 52,000 troops in Kursk since August, is propaganda?", [
        R("ru-kremlin", "The Kremlin (Russian presidential administration)", "ukrainian", "casualties_unspecified", "exact",
          "52,000", "cumulative", relays="Mr Gareth Pennock", low=52000, best=52000, high=52000,
          notes="cited only to be disputed; still the Kremlin's claim"),
     ])],
    [S("Mr Ashworth: I do. Moscow's defence ministry has repeatedly inflated Ukrainian losses; on one day in December it claimed to have killed 1,500 Ukrainian soldiers in Kursk, which no independent source supports.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "killed", "exact", "1,500", "period", relays=ASH,
          low=1500, best=1500, high=1500, notes="'on one day in December' a one-day period; disputed by the relay"),
     ])],
]

# ---------------------------------------------------------------- au04
# A Daily NK-style report from sources inside North Korea.
CHJ = ("kp-source-chongjin", "a source in Chongjin (anonymous)")
HYS = ("kp-source-hyesan", "a source in Hyesan (anonymous)")
KPO = ("kp-officials", "North Korean officials (unnamed)")
au04_s1 = S("About 640 death notices for soldiers sent to Russia have been delivered to families in North Hamgyong Province since late January, a source in Chongjin told Hanbando Insider on Monday.", [
    R(*CHJ, "north_korean", "killed", "approximate", "About 640", "cumulative", best=640,
      notes="death notices counted as dead; one province only"),
])
au04 = [
    [S("Hundreds of death notices reach North Hamgyong families, sources say", [
        R("author", "Hanbando Insider (headline)", "north_korean", "killed", "vague", "Hundreds", "cumulative",
          low=200, high=999, derived=au04_s1, notes="headline's own vague figure made from the 640 in the body"),
     ])],
    [au04_s1,
     S("The notices say the men died “during training abroad” and instruct families not to hold funerals, the source said."),
     S("“Everyone knows where they died,” the source said. “The mothers are told to be proud.”")],
    [S("A second source, in Hyesan in Ryanggang Province, said at least 90 men from one district of the city had been killed, and that dozens more had been listed as missing.", [
        R(*HYS, "north_korean", "killed", "at_least", "at least 90", "cumulative", low=90),
        R(*HYS, "north_korean", "missing", "vague", "dozens", "cumulative", low=24, high=99,
          notes="'dozens' read as 24 to 99"),
     ])],
    [S("According to the Hyesan source, a provincial party secretary told a meeting of some 300 cadres this month that the “heroes” had fallen at a rate of ten a day in the hardest weeks of the winter fighting.", [
        R(*KPO, "north_korean", "killed", "exact", "ten", "period", relays="a source in Hyesan",
          counted_in="people_per_day", low=10, best=10, high=10,
          notes="unnamed party official: nation's officials id; 'some 300 cadres' is an audience, not a loss"),
     ]),
     S("The same official insisted that no more than 100 soldiers from the province had been wounded, the source said, a claim residents ridicule.", [
        R(*KPO, "north_korean", "wounded", "at_most", "no more than 100", "cumulative", relays="a source in Hyesan", high=100),
     ])],
    [S("A soldier who returned to Chongjin with shrapnel wounds in February told relatives that a Russian marine unit fighting beside his own had lost half its men in a single assault, according to the first source.", [
        R("kp-returned-soldier", "a North Korean soldier back from Kursk (unnamed)", "russian", "casualties_unspecified",
          "exact", "half", "incident", relays="his relatives > a source in Chongjin", counted_in="percent_of_force",
          low=50, best=50, high=50, notes="a North Korean speaks, but the losses counted are Russian"),
     ])],
    [S("Recruitment continues: about 1,500 young men, many aged 18 or 19, were summoned to mobilisation offices in the province in March for what officials called “overseas construction duty.”", trap="men summoned, not yet deployed or lost; ages"),
     S("Families of the dead have been promised 50 kg of rice and a television set, the Chongjin source said, but few have received them.", trap="compensation goods"),
     S("North Hamgyong has sent more men to Russia than any other province, the sources said, because units of the 11th Corps are based there.", trap="unit designation")],
    [S("Seoul's spy agency has said about 2,000 North Koreans were killed in Kursk by early March, a figure broadly in line with what sources inside the country describe.", [
        R(*NIS, "north_korean", "killed", "approximate", "about 2,000", "cumulative", best=2000,
          notes="claimant by description"),
     ]),
     S("Hanbando Insider could not independently verify the accounts, which cannot be cross-checked without endangering the sources.")],
]

# ---------------------------------------------------------------- au05
# A live blog with timestamped entries.
au05_gur = S("Ukraine's military intelligence agency says 3,100 North Korean soldiers have been killed and 2,900 wounded since the deployment began last autumn.", [
    R(*GUR, "north_korean", "killed", "exact", "3,100", "cumulative", low=3100, best=3100, high=3100),
    R(*GUR, "north_korean", "wounded", "exact", "2,900", "cumulative", low=2900, best=2900, high=2900),
])
def TS(t):
    return S(t, trap="live-blog timestamp")
au05 = [
    [S("Russia-Ukraine war live: North Korea admits Kursk role as Kyiv puts Pyongyang's losses at 6,000 killed or wounded", [
        R("author", "the live blog (headline)", "north_korean", "killed_or_wounded", "exact", "6,000", "cumulative",
          low=6000, best=6000, high=6000, derived=au05_gur,
          notes="the headline sums HUR's 3,100 killed and 2,900 wounded; the outlet's own sum"),
     ])],
    [S("Monday 28 April 2025, last updated 14:05 BST", trap="date and time of the page")],
    [TS("08:02 BST")],
    [S("North Korea has confirmed for the first time that its soldiers fought in Russia's Kursk region, with the state news agency KCNA saying they had “annihilated the invaders” alongside their Russian comrades."),
     S("The statement gave no figure for North Korean dead, but said a monument to the fallen would be built in Pyongyang.", [
        R("kp-kcna", "KCNA (North Korean state news agency)", "north_korean", "killed", "none", "", "cumulative",
          notes="own side acknowledges dead with no number"),
     ])],
    [TS("09:30 BST")],
    [au05_gur,
     S("HUR, as the agency is known, also says the North Koreans have captured 18 Ukrainian soldiers in that time.", [
        R(*GUR, "ukrainian", "captured", "exact", "18", "cumulative", low=18, best=18, high=18,
          notes="'North Koreans' are the captors; the losses are Ukrainian"),
     ])],
    [TS("10:15 BST")],
    [S("Russia's defence ministry, announcing on Saturday the end of what it calls the Kursk operation, said Ukraine had lost more than 70,000 servicemen in the region since August.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 70,000",
          "cumulative", low=70000),
     ]),
     S("Kyiv dismissed the figure as “fantasy” and says fighting continues along the border.")],
    [TS("11:48 BST")],
    [S("A reminder of the numbers: Western officials have put the North Korean deployment at 11,000 to 12,000 troops, with a further 3,000 sent early this year.", [
        R("western-officials", "Western officials (unnamed)", "north_korean", "deployed", "range", "11,000 to 12,000",
          "stock", low=11000, high=12000),
        R("western-officials", "Western officials (unnamed)", "north_korean", "deployed", "exact", "3,000", "stock",
          low=3000, best=3000, high=3000, notes="reinforcements: troops deployed, not lost"),
     ])],
    [TS("12:20 BST")],
    [S("Yoo Jae-hwan, a South Korean lawmaker briefed by the National Intelligence Service, says the agency now estimates that about 4,700 North Koreans have been killed or wounded, including some 600 killed in the March push on Sudzha.", [
        R(*NIS, "north_korean", "killed_or_wounded", "approximate", "about 4,700", "cumulative", relays="Yoo Jae-hwan", best=4700),
        R(*NIS, "north_korean", "killed", "approximate", "some 600", "period", relays="Yoo Jae-hwan", best=600,
          notes="period March; included in the 4,700 only as a part"),
     ])],
    [TS("13:05 BST")],
    [S("The Kursk regional governor's office says 312 civilians have been killed in the region since August 2024.", trap="civilian deaths, not military losses")],
    [TS("13:40 BST")],
    [S("Our defence correspondent, Hannah Firth, writes: a European military official tells me that, on current trends, North Korean casualties could pass 10,000 by the end of the summer.", [
        R("european-officials", "European military officials (unnamed)", "north_korean", "casualties_unspecified",
          "more_than", "pass 10,000", "cumulative", modality="projected", low=10000,
          notes="forecast to end of summer 2025; 'pass' read as more than; in-house correspondent is the outlet's voice, not a relay"),
     ])],
]

# ---------------------------------------------------------------- au06
# A newspaper correction notice followed by the corrected article.
au06 = [
    [S("Corrections and clarifications")],
    [S("Published Saturday 8 February 2025", trap="publication date")],
    [S("An article on North Korean troops in Russia's Kursk region, published on Thursday 6 February (“Pyongyang's soldiers fall in their thousands”), misreported two figures.", trap="date, count of errors; the withdrawn headline is not a claim"),
     S("It said Ukraine's military intelligence agency had put North Korean deaths at 2,300; the agency's figure of 2,300 was for soldiers killed and wounded combined.", [
        R(*GUR, "north_korean", "killed_or_wounded", "exact", "2,300", "cumulative", relays="", low=2300, best=2300, high=2300,
          notes="only the corrected reading is a claim; 'deaths at 2,300' was the paper's error"),
     ]),
     S("The article also said that 400 North Koreans had been captured; the agency's figure is four.", [
        R(*GUR, "north_korean", "captured", "exact", "four", "cumulative", low=4, best=4, high=4,
          notes="400 was a misprint, not anyone's claim"),
     ]),
     S("The headline has been changed, and we apologise for the errors.")],
    [S("The corrected article follows.")],
    [S("North Korean losses in Kursk mount, Kyiv says")],
    [S("Ukraine's military intelligence agency said on Wednesday that some 2,300 North Korean soldiers had been killed or wounded in the Kursk region since early December, up from 1,800 in its assessment a fortnight earlier.", [
        R(*GUR, "north_korean", "killed_or_wounded", "approximate", "some 2,300", "cumulative", best=2300,
          notes="same claim as in the correction note"),
        R(*GUR, "north_korean", "killed_or_wounded", "exact", "1,800", "cumulative", low=1800, best=1800, high=1800,
          notes="the agency's earlier running total, superseded"),
     ])],
    [S("Maj. Gen. Viktor Lysak, the agency's deputy head, said four North Koreans were being held as prisoners of war in Kyiv.", [
        R(*GUR, "north_korean", "captured", "exact", "four", "cumulative", low=4, best=4, high=4,
          notes="deputy head presenting the agency's assessment takes its id"),
     ]),
     S("Interrogations suggested that two battalions of a North Korean brigade had been all but destroyed near the village of Kurilovka in mid-January, Lysak said.", [
        R(*GUR, "north_korean", "casualties_unspecified", "exact", "two", "period", counted_in="battalions",
          low=2, best=2, high=2, notes="formations destroyed, counted in battalions; not converted to people"),
     ]),
     S("A third battalion lost about a third of its men in a single assault, he said.", [
        R(*GUR, "north_korean", "casualties_unspecified", "approximate", "about a third", "incident",
          counted_in="percent_of_force", best=33.33, notes="first 'third' is an ordinal; no troop figure for the battalion"),
     ])],
    [S("North Korea sent about 11,000 troops to Russia last autumn, according to South Korean and US officials.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000", "stock", best=11000),
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000", "stock", best=11000),
     ])],
    [S("Russia's defence ministry, which does not comment on the North Korean deployment, said on Wednesday that its forces had killed 230 Ukrainian soldiers in the Kursk region over the previous 24 hours.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "killed", "exact", "230", "period", low=230, best=230, high=230),
     ]),
     S("Kyiv says its own losses in Kursk are far lower than Moscow claims but has not published a figure.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "ukrainian", "casualties_unspecified", "none", "", "unspecified",
          notes="'Kyiv' as the Ukrainian government: nation's officials id; loss acknowledged with no number"),
     ])],
    [S("The agency said the North Korean contingent had also lost more than 100 mortars and 40 armoured vehicles since December.", trap="equipment")],
]

# ---------------------------------------------------------------- au07
# A Mediazona-style count of named Russian dead.
au07_b1 = S("Working with a team of volunteers, Obelisk has now confirmed by name the deaths of 2,146 Russian servicemen killed in the fighting in Kursk region since Ukraine's incursion began on August 6, 2024.", [
    R("author", "Obelisk (the outlet's own count)", "russian", "killed", "exact", "2,146", "cumulative",
      low=2146, best=2146, high=2146, notes="the outlet's own count of named dead; 'Ukraine's' names the attacker"),
])
au07 = [
    [S("More than 2,000 Russian soldiers killed in the Kursk fighting identified by name", [
        R("author", "Obelisk (headline)", "russian", "killed", "more_than", "More than 2,000", "cumulative", low=2000,
          derived=au07_b1, notes="headline rounds down the body's 2,146"),
     ])],
    [S("Obelisk, 16 May 2025", trap="publication date")],
    [au07_b1,
     S("That is 318 more than in our previous count, published on April 18.", trap="names added between two counts, not deaths in a period")],
    [S("The true toll is certainly higher: we count only deaths reported publicly, in obituaries, on social media or by local authorities."),
     S("Using inheritance-registry data, Obelisk and its partners estimate that between 5,800 and 7,400 Russian soldiers have died in the Kursk fighting.", [
        R("author", "Obelisk (with unnamed partners)", "russian", "killed", "range", "between 5,800 and 7,400", "cumulative",
          low=5800, high=7400, notes="the outlet's own statistical estimate"),
     ])],
    [S("Volunteers make up the largest group among the dead we identified, at 31%, followed by mobilised men at 24% and convicts recruited from prisons at 19%.", trap="composition of the identified dead, not losses as a share of a force"),
     S("Among the dead are 61 officers, two of them colonels.", [
        R("author", "Obelisk", "russian", "killed", "exact", "61", "cumulative", low=61, best=61, high=61, notes="subset of the 2,146"),
        R("author", "Obelisk", "russian", "killed", "exact", "two", "cumulative", low=2, best=2, high=2, notes="subset of the 61"),
     ]),
     S("The youngest soldier on the list was 19; the oldest, a volunteer from Tambov, was 63.", trap="ages")],
    [S("The deadliest day we recorded was January 30, when at least 44 men of a single motorised rifle regiment were killed near Kruglenkoye.", [
        R("author", "Obelisk", "russian", "killed", "at_least", "at least 44", "incident", low=44),
     ])],
    [S("Kursk region's governor, Anatoly Rybkin, said in March that 1,200 men from the region had died “defending the homeland” since 2022, on all fronts.", [
        R("ru-rybkin", "Anatoly Rybkin, governor of Kursk region", "russian", "killed", "exact", "1,200", "cumulative",
          low=1200, best=1200, high=1200, notes="whole war, all fronts; men from the region, not deaths in Kursk"),
     ]),
     S("Ukraine's General Staff says Russia has lost more than 60,000 troops in Kursk, a figure that includes the wounded; Obelisk cannot verify it.", [
        R(*GS, "russian", "killed_or_wounded", "more_than", "more than 60,000", "cumulative", low=60000,
          notes="'includes the wounded' defines the measure as combined"),
     ])],
    [S("Our count does not include the North Korean soldiers who fought in the region, whose deaths cannot be traced in open sources.")],
]

# ---------------------------------------------------------------- au08
# A fact-check of a viral social-media claim.
XP = ("x-post-anonymous", "an anonymous post on X")
au08_s1 = S("A post shared more than 12,000 times on X since Sunday claims that “40,000 North Korean soldiers have died for Putin in Kursk,” citing “Ukrainian intelligence.”", [
    R(*XP, "north_korean", "killed", "exact", "40,000", "cumulative", low=40000, best=40000, high=40000,
      notes="the post is the claimant: the fact-check shows HUR never said it; 12,000 is shares"),
])
au08 = [
    [S("Fact check: No, 40,000 North Korean soldiers have not died in Kursk", trap=restates(au08_s1))],
    [S("Published 4 December 2025", trap="publication date")],
    [au08_s1, S("The claim is false.")],
    [S("Ukraine's Defence Intelligence agency, HUR, has never published a figure that high."),
     S("Its latest estimate, given by spokeswoman Oksana Dmytruk on November 21, is that about 6,000 North Koreans have been killed or wounded since late 2024, “roughly 2,000” of them killed.", [
        R(*GUR, "north_korean", "killed_or_wounded", "approximate", "about 6,000", "cumulative", best=6000),
        R(*GUR, "north_korean", "killed", "approximate", "roughly 2,000", "cumulative", best=2000),
     ])],
    [S("South Korea's National Intelligence Service told lawmakers in September that about 2,000 North Korean soldiers had died, a figure Park Sun-young, a member of the National Assembly's intelligence committee, repeated to reporters on Tuesday.", [
        R(*NIS, "north_korean", "killed", "approximate", "about 2,000", "cumulative", relays="Park Sun-young", best=2000),
     ])],
    [S("The 40,000 figure appears to come from a video posted on November 30 by the blogger Mykyta Hrab, who took a Ukrainian commander's estimate of North Korean losses during the January 2025 fighting, “about 100 a day,” and multiplied it by 400 days.", [
        R("ua-officials", "a Ukrainian commander (unnamed)", "north_korean", "casualties_unspecified", "approximate",
          "about 100", "period", relays="Mykyta Hrab", counted_in="people_per_day", best=100,
          notes="unnamed commander takes the nation's officials id; basis period January 2025; the blogger's product is not a new claim"),
     ]),
     S("Hrab told us he had “made a rough projection, not a claim,” and has since deleted the video.")],
    [S("Nor have North Korean troops been in heavy combat for most of that period: Kyiv and Seoul both say most of the contingent left the front line in the spring, and that fewer than 3,000 remain in Kursk, mainly clearing mines.", [
        R("ua-officials", "Ukrainian officials ('Kyiv')", "north_korean", "deployed", "fewer_than", "fewer than 3,000", "stock", high=3000),
        R("kr-officials", "South Korean officials ('Seoul')", "north_korean", "deployed", "fewer_than", "fewer than 3,000", "stock", high=3000),
     ])],
    [S("Multiplying a peak rate across a whole year is “methodologically meaningless,” said Elena Marsh, who tracks the deployment at the Institute for Northeast Asian Security in London."),
     S("Marsh's own estimate, based on satellite images of new graves and hospital traffic in Kursk and Vladivostok, is 1,800 to 2,600 North Koreans killed.", [
        R("elena-marsh", "Elena Marsh, Institute for Northeast Asian Security", "north_korean", "killed", "range",
          "1,800 to 2,600", "cumulative", low=1800, high=2600, notes="analyst in her own name; rests on imagery"),
     ])],
    [S("The post also claims that 100,000 more North Koreans are “on their way to Russia.”", [
        R(*XP, "north_korean", "deployed", "exact", "100,000", "stock", modality="projected", low=100000, best=100000, high=100000,
          notes="troops said to be coming: a projected deployment"),
     ]),
     S("There is no evidence of a deployment on that scale; US officials said in October that Pyongyang could send up to 30,000 more troops in 2026.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "at_most", "up to 30,000", "stock",
          modality="projected", high=30000, notes="forecast for 2026"),
     ])],
    [S("Verdict: False.")],
]

SPECS = {
    "au01-wire-exclusive": au01,
    "au02-genstaff-summary": au02,
    "au03-hansard-exchange": au03,
    "au04-dailynk-sources": au04,
    "au05-live-blog": au05,
    "au06-correction-notice": au06,
    "au07-named-dead-count": au07,
    "au08-fact-check": au08,
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
