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


# ---------------------------------------------------------------- aq01
# A wire-agency exclusive built on anonymous officials of two nations.
US = ("us-officials", "US officials (unnamed)")
KR = ("kr-officials", "South Korean officials (unnamed)")
AUTH = ("author", "The document's own voice")

aq01_s1 = S("SEOUL/WASHINGTON, Feb 7 -- About 600 North Korean soldiers were killed and roughly 350 wounded in Russia's Kursk region in January, as Pyongyang's troops were sent into repeated infantry assaults with little drone or artillery cover, two U.S. officials and a South Korean official told this agency.", [
    R(*US, "north_korean", "killed", "approximate", "About 600", "period", best=600,
      notes="list of claimants of two nations: one row per nation; 'in January' is the stated period"),
    R(*US, "north_korean", "wounded", "approximate", "roughly 350", "period", best=350),
    R(*KR, "north_korean", "killed", "approximate", "About 600", "period", best=600),
    R(*KR, "north_korean", "wounded", "approximate", "roughly 350", "period", best=350),
])
aq01_h = S("EXCLUSIVE-Nearly 1,000 North Korean troops killed or wounded in January in Kursk, officials say", [
    R(*AUTH, "north_korean", "killed_or_wounded", "vague", "Nearly 1,000", "period", low=900, high=999,
      derived=aq01_s1, notes="headline's own figure: sums about 600 killed and roughly 350 wounded from the first paragraph; the officials gave no combined figure"),
])
aq01 = [
    [aq01_h],
    [aq01_s1],
    [S("The officials, who spoke on condition of anonymity because the assessments are classified, said losses had peaked at about 30 a day in the last two weeks of the month, when North Korean units tried to retake ground around the village of Plekhovo.", [
        R(*US, "north_korean", "casualties_unspecified", "approximate", "about 30 a day", "period",
          counted_in="people_per_day", best=30, notes="a rate; 'losses' not defined in the sentence; basis period the last two weeks of January"),
        R(*KR, "north_korean", "casualties_unspecified", "approximate", "about 30 a day", "period",
          counted_in="people_per_day", best=30),
     ]),
     S("North Korea has sent about 11,500 troops to Russia since late October, they said.", [
        R(*US, "north_korean", "deployed", "approximate", "about 11,500", "stock", best=11500,
          notes="troops sent, not lost"),
        R(*KR, "north_korean", "deployed", "approximate", "about 11,500", "stock", best=11500),
     ])],
    [S("“They are crossing open fields in groups of 20 or 30, and the drones do the rest,” one of the U.S. officials said.",
       trap="size of assault groups, not a count of losses"),
     S("The same official said a whole North Korean battalion had been put out of action in a single day in mid-January, though he would not say how many men that represented.", [
        R(*US, "north_korean", "casualties_unspecified", "exact", "a whole North Korean battalion", "incident",
          counted_in="battalions", low=1, best=1, high=1,
          notes="a formation put out of action: counted in battalions, not converted to people"),
     ])],
    [S("If that pace holds, the official said, North Korea could lose as many as 8,000 troops killed or wounded by the end of April, more than half the force it has deployed.", [
        R(*US, "north_korean", "killed_or_wounded", "at_most", "as many as 8,000", "cumulative",
          modality="conditional", high=8000, notes="if-then projection to the end of April"),
        R(*US, "north_korean", "killed_or_wounded", "more_than", "more than half", "cumulative",
          modality="conditional", counted_in="percent_of_force", low=50,
          notes="share of the deployed force, conditional"),
     ])],
    [S("Ukraine's military intelligence agency, known as the HUR, has given higher numbers, saying on Wednesday that more than 4,000 North Koreans had been killed or wounded since they arrived at the front in December.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "more_than",
          "more than 4,000", "cumulative", low=4000, notes="'since they arrived' is a running total"),
     ]),
     S("South Korea's National Intelligence Service last month told lawmakers that at least 340 North Koreans had been killed and about 2,600 wounded, according to Lee Jae-hoon, a member of parliament's intelligence committee.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "at_least",
          "at least 340", "cumulative", relays="Lee Jae-hoon", low=340,
          notes="lawmaker passing on the agency's briefing is a relay"),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "wounded", "approximate",
          "about 2,600", "cumulative", relays="Lee Jae-hoon", best=2600),
     ]),
     S("Ukraine's Security Service said on Tuesday it was holding three North Korean soldiers captured in Kursk, the only prisoners it has taken from Pyongyang's contingent.", [
        R("ua-sbu", "Security Service of Ukraine (SBU)", "north_korean", "captured", "exact", "three",
          "cumulative", low=3, best=3, high=3, notes="prisoners held to date"),
     ])],
    [S("Russia's defence ministry, which has never given a figure for North Korean losses, said on Thursday its forces had killed 420 Ukrainian servicemen in the Kursk area over the previous 24 hours.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "killed", "exact", "420", "period",
          low=420, best=420, high=420, notes="'Russia's' and 'North Korean' near the figure; the count is of Ukrainian dead over 24 hours"),
     ]),
     S("None of the figures could be independently verified.")],
    [S("Seoul's spy agency has estimated that Moscow pays Pyongyang around $2,000 a month for each soldier it sends, money the officials said goes to the state rather than to the troops.",
       trap="money paid per soldier, not losses"),
     S("Plekhovo lies about 10 km (6 miles) from the Ukrainian border.", trap="distance")],
]

# ---------------------------------------------------------------- aq02
# A Hansard-style exchange at Defence questions.
UKMOD = ("uk-mod", "UK Ministry of Defence")
aq02 = [
    [S("House of Commons, Monday 10 March 2025", trap="sitting date")],
    [S("Defence questions: North Korean Forces (Kursk)")],
    [S("1. Helen Marchbank (Wealden North) (LD): What assessment his Department has made of the losses suffered by North Korean forces in the Kursk region of Russia.",
       trap="question number; asks about losses but gives no figure")],
    [S("The Minister for the Armed Forces (Daniel Ashcombe): The Department's assessment is that North Korea has deployed some 12,000 troops to Russia, of whom approximately 4,500 have been killed or wounded since they entered combat in December.", [
        R(*UKMOD, "north_korean", "deployed", "approximate", "some 12,000", "stock", best=12000,
          notes="a minister giving his department's assessment speaks for the department"),
        R(*UKMOD, "north_korean", "killed_or_wounded", "approximate", "approximately 4,500", "cumulative", best=4500),
     ]),
     S("That is a casualty rate of well over a third of the force in three months, and the great majority of it was suffered in assaults on prepared Ukrainian positions.", [
        R(*UKMOD, "north_korean", "killed_or_wounded", "more_than", "well over a third", "cumulative",
          counted_in="percent_of_force", low=33.33,
          notes="'casualty' here is the killed-or-wounded figure of the previous sentence; a third written as 33.33 percent; 'Ukrainian positions' is not whose losses"),
     ])],
    [S("Helen Marchbank: I thank the Minister."),
     S("Ukrainian newspapers reported at the weekend that at least 200 North Korean soldiers were killed near Sudzha in a single day.", [
        R("ua-press-unnamed", "Ukrainian newspapers (unnamed)", "north_korean", "killed", "at_least", "at least 200",
          "incident", relays="Helen Marchbank", low=200,
          notes="unnamed outlets relayed by the MP; the minister then declines to confirm it"),
     ]),
     S("Can he confirm that figure?")],
    [S("Daniel Ashcombe: I cannot, and I would caution the honourable Lady against relying on single-day figures from either side.")],
    [S("Mr Gareth Pryce-Owen (Clwyd Valley) (Con): The Russian Ministry of Defence claimed on Friday that Ukraine had lost more than 38,000 troops in Kursk since August.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 38,000",
          "cumulative", relays="Gareth Pryce-Owen", low=38000,
          notes="'lost' troops, undefined; cited in order to be disputed"),
     ]),
     S("Does the Minister regard that as credible?")],
    [S("Daniel Ashcombe: No."),
     S("The Russian figure is roughly three times any credible estimate.", trap="ratio between estimates, no figure"),
     S("Our own assessment is that Russian forces suffered around 1,500 casualties a week in the Kursk sector during February, which tells its own story about the cost of Moscow's counter-offensive.", [
        R(*UKMOD, "russian", "casualties_unspecified", "approximate", "around 1,500 casualties a week", "period",
          counted_in="people_per_week", best=1500, notes="a weekly rate over February"),
     ])],
    [S("Rachel Osei (Leeds Hyde Park) (Lab): Pyongyang's state media last week named 18 soldiers it said had “fallen heroically” abroad.", [
        R("kp-state-media", "North Korean state media", "north_korean", "killed", "exact", "18", "cumulative",
          relays="Rachel Osei", low=18, best=18, high=18,
          notes="own side acknowledging named dead; 'last week' is when it was reported, not the period of the deaths"),
     ]),
     S("Is that the first acknowledgment of losses, and what does the Department make of it?")],
    [S("Daniel Ashcombe: It is the first, and it is a fraction of the true figure."),
     S("The honourable Member will understand that I cannot go into the sources of our assessment.")],
    [S("Rachel Osei: Will the Minister also say how many of the 1,200 armoured vehicles pledged by allies last year have reached Ukrainian units?",
       trap="equipment pledged")],
    [S("Daniel Ashcombe: I will write to the honourable Member.")],
]

# ---------------------------------------------------------------- aq03
# A Mediazona-style count of named Russian dead.
aq03_body = S("As of Friday, we have established the names of at least 2,314 Russian military personnel killed in the fighting in the Kursk region since Ukrainian forces crossed the border in August 2024.", [
    R(*AUTH, "russian", "killed", "at_least", "at least 2,314", "cumulative", low=2314,
      notes="the outlet's own count of named dead; 'Ukrainian forces' is not whose losses"),
])
aq03 = [
    [S("At least 2,314 named Russian dead in Kursk: who they were", trap=restates(aq03_body))],
    [S("Update of Friday, 14 November 2025", trap="date of the update")],
    [aq03_body,
     S("That is 412 more than at our previous update.", trap="difference between two running counts (names added), not losses in a period"),
     S("In August, the count stood at 1,902.", [
        R(*AUTH, "russian", "killed", "exact", "1,902", "cumulative", low=1902, best=1902, high=1902,
          notes="earlier running total of the same count, as of August"),
     ])],
    [S("We build the list only from open sources: obituaries, posts by relatives, reports in regional media and photographs of new graves."),
     S("Each name is checked against at least two of them.", trap="verification rule, number of sources")],
    [S("Among the dead are 604 men who signed contracts with the defence ministry after the incursion began and 171 men who were mobilised in 2022.", [
        R(*AUTH, "russian", "killed", "exact", "604", "cumulative", low=604, best=604, high=604,
          notes="subset of the named-dead count (contract soldiers)"),
        R(*AUTH, "russian", "killed", "exact", "171", "cumulative", low=171, best=171, high=171,
          notes="subset (mobilised men); 2022 is the year of mobilisation"),
     ]),
     S("Conscripts, whom the Kremlin had promised would not be sent into combat, account for 87 of the names.", [
        R(*AUTH, "russian", "killed", "exact", "87", "cumulative", low=87, best=87, high=87,
          notes="subset (conscripts)"),
     ]),
     S("The oldest man on the list was 63; the youngest, a conscript from Lipetsk, was 19.", trap="ages")],
    [S("The real toll is certainly higher."),
     S("Using the inheritance-registry method we developed with demographers, we estimate that between 5,800 and 7,200 Russian servicemen were killed in the Kursk fighting up to the end of October.", [
        R(*AUTH, "russian", "killed", "range", "between 5,800 and 7,200", "cumulative", low=5800, high=7200,
          notes="the outlet's own statistical estimate, by end of October"),
     ])],
    [S("The Kursk region accounts for about 2 percent of the 118,600 Russian military dead we have identified by name across all fronts since February 2022.", [
        R(*AUTH, "russian", "killed", "exact", "118,600", "cumulative", low=118600, best=118600, high=118600,
          notes="whole-war named-dead total; 'about 2 percent' is a share of named dead, not of a force, so no percent_of_force row"),
     ])],
    [S("The defence ministry has never published a figure for its own losses in Kursk."),
     S("In January it told the newspaper Izvestia that Ukraine had lost “more than 50,000 men” there, a number we cannot check and that Ukrainian officials have rejected.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 50,000",
          "cumulative", relays="Izvestia", low=50000,
          notes="newspaper citing the ministry: relay; 'lost' undefined; disputed by Kyiv"),
     ])],
    [S("Kursk's regional government says 112,000 residents were evacuated from border districts last year and about 6,000 have still not returned home.",
       trap="civilians evacuated, not losses"),
     S("A relatives' group, the Council of Kursk Soldiers' Families, says 1,140 men from the region's own units are dead or missing.", [
        R("kursk-families-council", "Council of Kursk Soldiers' Families", "russian", "killed_or_missing", "exact",
          "1,140", "cumulative", low=1140, best=1140, high=1140,
          notes="'dead or missing' is one combined figure; not split"),
     ]),
     S("We do not count North Korean soldiers, whose deaths Pyongyang does not report in obituaries.")],
]

# ---------------------------------------------------------------- aq04
# A live blog with timestamped entries and a recap.
GS = ("ua-general-staff", "General Staff of the Armed Forces of Ukraine")
NIS = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
BRIG = ("ua-119th-brigade", "119th Separate Air Assault Brigade (Ukraine)")
aq04 = [
    [S("Russia-Ukraine war live: Kyiv says North Korean assault repelled near Sudzha; 84 drones launched overnight",
       trap="headline: drones launched; the assault claim carries no figure")],
    [S("Tuesday 11 February 2025", trap="date of the blog")],
    [S("08:05 GMT – Ukraine's air force says Russia launched 84 drones and two ballistic missiles overnight, and that 51 of the drones were shot down.",
       trap="drones and missiles, not people")],
    [S("08:40 GMT – Ukraine's General Staff says Russian forces lost 1,180 troops over the past day across the whole front, bringing its count of Russian losses since the full-scale invasion to 842,300.", [
        R(*GS, "russian", "casualties_unspecified", "exact", "1,180", "period", low=1180, best=1180, high=1180,
          notes="whole front, not only Kursk; 'lost' undefined"),
        R(*GS, "russian", "casualties_unspecified", "exact", "842,300", "cumulative", low=842300, best=842300, high=842300,
          notes="whole-war running total"),
     ]),
     S("The figures cannot be verified, and Moscow does not publish its own.")],
    [S("09:12 GMT – Ukraine's 119th Separate Air Assault Brigade, fighting near Sudzha, says its drone teams killed 23 North Korean soldiers and wounded “at least 40 more” as they tried to cross a frozen field on Monday morning.", [
        R(*BRIG, "north_korean", "killed", "exact", "23", "incident", low=23, best=23, high=23,
          notes="'119th' is the unit's number, not a figure; 'Ukraine's' is not whose losses"),
        R(*BRIG, "north_korean", "wounded", "at_least", "at least 40", "incident", low=40),
     ]),
     S("The brigade posted drone footage it said showed the attack; we have not been able to confirm where it was filmed.")],
    [S("10:30 GMT – Russia's defence ministry says its forces have killed up to 150 Ukrainian servicemen in the Kursk region in the past week and retaken the village of Sverdlikovo.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "killed", "at_most", "up to 150", "period", high=150,
          notes="'in the past week' is a stated period"),
     ])],
    [S("10:55 GMT – Russian state television's Channel One quoted Lt. Gen. Sergei Vorontsov, a deputy commander of the Northern group of forces, as saying that “up to two battalions” of Ukrainian troops had been destroyed near Lebedevka over four days.", [
        R("ru-vorontsov", "Lt. Gen. Sergei Vorontsov, Russian deputy commander", "ukrainian", "casualties_unspecified",
          "at_most", "up to two battalions", "period", relays="Channel One", counted_in="battalions", high=2,
          notes="named commander speaking in his own name; TV channel quoting him is a relay; formations destroyed, not people"),
     ])],
    [S("11:02 GMT – South Korean lawmaker Park Sun-young, briefed by the National Intelligence Service, has told Yonhap news agency that North Korean casualties in Kursk have reached about 4,100, including some 700 dead.", [
        R(*NIS, "north_korean", "casualties_unspecified", "approximate", "about 4,100", "cumulative",
          relays="Park Sun-young > Yonhap", best=4100, notes="'casualties' undefined; includes the dead"),
        R(*NIS, "north_korean", "killed", "approximate", "some 700", "cumulative",
          relays="Park Sun-young > Yonhap", best=700),
     ]),
     S("Park said the agency had “significantly revised upward” its January estimate of 400 dead.", [
        R(*NIS, "north_korean", "killed", "exact", "400", "cumulative", relays="Park Sun-young > Yonhap",
          low=400, best=400, high=400, notes="the earlier, superseded running total, as of January"),
     ])],
    [S("12:15 GMT – Here is a summary of the main developments so far: Kyiv says 1,180 Russian troops were lost in the past day, Ukrainian paratroopers claim 23 North Koreans killed near Sudzha, and Seoul's spy agency puts North Korean casualties at around 4,100.",
       trap="recap restating the 08:40, 09:12 and 11:02 entries")],
    [S("13:20 GMT – Ukraine and Russia have exchanged 150 prisoners of war each, Kyiv's coordination headquarters says, the first swap in five weeks.",
       trap="prisoners exchanged, not captured in fighting")],
]

# ---------------------------------------------------------------- aq05
# A correction notice followed by the corrected article.
JCS = ("kr-jcs", "South Korea's Joint Chiefs of Staff (JCS)")
aq05 = [
    [S("Correction, Thursday 20 March 2025", trap="date of the correction")],
    [S("An earlier version of this article, published on Tuesday, said that 3,000 North Korean soldiers had been killed in the Kursk region.",
       trap="the paper's own withdrawn error, not anyone's claim"),
     S("That was wrong: South Korea's Joint Chiefs of Staff put the number of North Koreans killed or wounded at about 3,000, of whom around 600 had died.", [
        R(*JCS, "north_korean", "killed_or_wounded", "approximate", "about 3,000", "cumulative", best=3000,
          notes="the corrected figure is a combined measure"),
        R(*JCS, "north_korean", "killed", "approximate", "around 600", "cumulative", best=600),
     ]),
     S("The article also attributed a quotation to a Ukrainian battalion commander; it was spoken by a medic in the same unit."),
     S("We regret the errors.")],
    [S("North Korea's losses in Kursk mount as Seoul doubles its estimate")],
    [S("SEOUL – South Korea's military said on Tuesday that about 3,000 North Korean soldiers had been killed or wounded fighting for Russia in the Kursk region, roughly twice its estimate of two months ago.", [
        R(*JCS, "north_korean", "killed_or_wounded", "approximate", "about 3,000", "cumulative", best=3000,
          notes="'South Korea's military' is the JCS named in the next sentence; 'twice its estimate' gives no earlier figure"),
     ]),
     S("Col. Lee Sung-min, a spokesman for the Joint Chiefs of Staff, told a regular briefing that around 600 of them had died, and that North Korea had sent roughly 3,000 more troops in January and February to replace its losses.", [
        R(*JCS, "north_korean", "killed", "approximate", "around 600", "cumulative", best=600,
          notes="spokesman takes the body's id"),
        R(*JCS, "north_korean", "deployed", "approximate", "roughly 3,000", "stock", best=3000,
          notes="reinforcements sent, not losses"),
     ]),
     S("The reinforcements brought the North Korean presence in Russia to about 14,000, Lee said, though not all were near the front.", [
        R(*JCS, "north_korean", "deployed", "approximate", "about 14,000", "stock", best=14000,
          notes="surname only on second mention"),
     ])],
    [S("A medic with a Ukrainian battalion fighting near the village of Guevo, who asked to be identified only by his first name, Oleksiy, said his unit had counted “more than 70 North Korean bodies” after a single assault in early March.", [
        R("ua-medic-oleksiy", "Oleksiy, a Ukrainian battalion medic", "north_korean", "killed", "more_than", "more than 70",
          "incident", low=70, notes="named individual speaking for himself; bodies counted = dead"),
     ]),
     S("“They come in waves of 30 or 40 men, and they don't stop for their wounded,” he said.",
       trap="size of attacking waves, not losses")],
    [S("Ukraine's military intelligence agency said last week that North Korea could lose some 10,000 men, the equivalent of a full division, by the summer if Moscow keeps using its troops as assault infantry.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "casualties_unspecified", "approximate",
          "some 10,000", "cumulative", modality="conditional", best=10000,
          notes="if-then projection to the summer; 'a full division' is an equivalence, not a formation count"),
     ]),
     S("North Korea has not acknowledged any losses."),
     S("South Korean officials estimate that Pyongyang has received at least $500 million worth of oil, food and weapons technology in exchange for the deployment.",
       trap="money and goods received")],
]

# ---------------------------------------------------------------- aq06
# A Japanese newspaper's Seoul correspondent.
aq06_s1 = S("【Seoul = Takeshi Morimoto】 South Korea's National Intelligence Service (NIS) told a closed session of the National Assembly's intelligence committee on the 4th that about 2,000 North Korean soldiers have died in the fighting in Russia's Kursk region and neighbouring areas since they were first sent into combat in December last year, according to Rep. Choi Min-ho of the ruling party, who briefed reporters afterward.", [
    R(*NIS, "north_korean", "killed", "approximate", "about 2,000", "cumulative", relays="Choi Min-ho", best=2000,
      notes="lawmaker briefing reporters is a relay; 'the 4th' is the report date"),
])
aq06 = [
    [S("North Korean dead in Russia “about 2,000”, South Korean intelligence says", trap=restates(aq06_s1))],
    [aq06_s1,
     S("The agency put the number of wounded at about 4,500 and total casualties at roughly 6,500, Choi said.", [
        R(*NIS, "north_korean", "wounded", "approximate", "about 4,500", "cumulative", relays="Choi Min-ho", best=4500),
        R(*NIS, "north_korean", "killed_or_wounded", "approximate", "roughly 6,500", "cumulative", relays="Choi Min-ho",
          best=6500, notes="'total casualties' is the agency's own sum of dead and wounded"),
     ])],
    [S("Of the roughly 15,000 troops the North has sent to Russia in all, the NIS believes about 10,000 remain there, many of them now assigned to mine clearance and rebuilding in Kursk rather than combat.", [
        R(*NIS, "north_korean", "deployed", "approximate", "roughly 15,000", "stock", relays="Choi Min-ho", best=15000,
          notes="all troops ever sent"),
        R(*NIS, "north_korean", "deployed", "approximate", "about 10,000", "stock", relays="Choi Min-ho", best=10000,
          notes="troops still present; the difference is not a loss figure"),
     ]),
     S("According to Choi, North Korean losses have fallen sharply since the spring as the units moved from assault to holding positions.")],
    [S("At a press conference on the 5th, Chief Cabinet Secretary Hiroshi Tanabe said Japan was “gravely concerned” by the deepening military cooperation between Pyongyang and Moscow, but declined to give a Japanese estimate of the casualties.",
       trap="date only; no figure given"),
     S("A senior Defense Ministry official in Tokyo, speaking on condition of anonymity, said Japan's own assessment was “not far from” Seoul's and that North Korean combat deaths were “in the low thousands.”", [
        R("jp-officials", "Japanese officials (unnamed)", "north_korean", "killed", "vague", "in the low thousands",
          "cumulative", low=1000, high=3999, notes="vague quantity"),
     ])],
    [S("Ukraine's military intelligence has given far higher numbers: its chief told a Japanese public broadcaster in October that “more than 5,000” North Koreans had been killed.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "more_than", "more than 5,000",
          "cumulative", relays="a Japanese public broadcaster", low=5000,
          notes="head of the service takes its id; 'Japanese' names the relay, not whose losses"),
     ]),
     S("The North's state media has never reported a death toll, but in August it broadcast a ceremony at which the country's leader laid flags on coffins and named 101 soldiers who had “fallen in the liberation of Kursk.”", [
        R("kp-state-media", "North Korean state media", "north_korean", "killed", "exact", "101", "cumulative",
          low=101, best=101, high=101, notes="own side naming its dead; not called a death toll by the text"),
     ])],
    [S("Japan has provided Ukraine with about 1.5 trillion yen in aid since 2022.", trap="money"),
     S("Kursk lies some 6,500 kilometres west of Pyongyang.", trap="distance")],
]

# ---------------------------------------------------------------- aq07
# A think-tank report cited by its table.
CEFS = ("cefs", "Centre for Eurasian Force Studies")
aq07_share = S("That means roughly 26 percent of the contingent was put out of action, a share the authors call “extraordinary for a force that was never at the tip of the main offensive.”", [
    R(*CEFS, "north_korean", "killed_or_wounded", "approximate", "roughly 26 percent", "period",
      counted_in="percent_of_force", best=26,
      notes="'put out of action' is the killed-or-wounded estimate of the previous sentence; the authors' share"),
])
aq07 = [
    [S("North Korea's Kursk force lost more than a quarter of its strength in four months, study finds", [
        R(*AUTH, "north_korean", "casualties_unspecified", "more_than", "more than a quarter", "period",
          counted_in="percent_of_force", low=25, derived=aq07_share,
          notes="headline rounds the study's roughly 26 percent into its own wording"),
     ])],
    [S("LONDON – North Korea's contingent in Russia suffered heavier losses in its first month of combat than in the following three months combined, according to a study published on Wednesday by the Centre for Eurasian Force Studies.",
       trap="comparison between months, no figure")],
    [S("Table 3 of the report, “Estimated casualties by month, December 2024 to March 2025”, is summarised below.",
       trap="table number and caption dates")],
    [S("The London-based group estimates that North Korean troops suffered between 1,200 and 1,600 killed or wounded in December 2024 alone.", [
        R(*CEFS, "north_korean", "killed_or_wounded", "range", "between 1,200 and 1,600", "period", low=1200, high=1600),
     ]),
     S("The table gives 700 to 900 for January, 350 to 500 for February and 250 to 400 for March, when the last Ukrainian units were pushed out of the Sudzha area.", [
        R(*CEFS, "north_korean", "killed_or_wounded", "range", "700 to 900", "period", low=700, high=900,
          notes="January; measure carried from the table's heading"),
        R(*CEFS, "north_korean", "killed_or_wounded", "range", "350 to 500", "period", low=350, high=500, notes="February"),
        R(*CEFS, "north_korean", "killed_or_wounded", "range", "250 to 400", "period", low=250, high=400,
          notes="March; 'Ukrainian units' is not whose losses"),
     ])],
    [S("Summed over the four months, the study's central estimate is about 3,000 killed or wounded, out of a force it puts at 11,000 to 12,000.", [
        R(*CEFS, "north_korean", "killed_or_wounded", "approximate", "about 3,000", "period", best=3000,
          notes="the study's own sum (December to March); includes the monthly rows"),
        R(*CEFS, "north_korean", "deployed", "range", "11,000 to 12,000", "stock", low=11000, high=12000),
     ]),
     aq07_share],
    [S("The table puts Russian losses in the Kursk sector over the same period at about 180 a day, or roughly a fifth of Russia's daily losses along the entire front.", [
        R(*CEFS, "russian", "casualties_unspecified", "approximate", "about 180 a day", "period",
          counted_in="people_per_day", best=180,
          notes="a rate; 'a fifth' is a share of losses, not of a force, so no share row"),
     ]),
     S("The authors say their figures for Ukrainian forces are the least certain, giving a range of 2,000 to 6,000 killed, wounded or missing for the four months.", [
        R(*CEFS, "ukrainian", "killed_wounded_or_missing", "range", "2,000 to 6,000", "period", low=2000, high=6000),
     ])],
    [S("The report's lead author, Miriam Aldous, said the North Korean estimates were built from 340 geolocated drone videos, intercepted radio traffic and interviews with Ukrainian officers.",
       trap="number of videos used as evidence"),
     S("The study projects that Russian losses in the sector will fall to about 60 a day by June as the fighting moves towards the Belgorod border.", [
        R(*CEFS, "russian", "casualties_unspecified", "approximate", "about 60 a day", "period",
          counted_in="people_per_day", modality="projected", best=60,
          notes="a forecast rate for June, no condition stated"),
     ]),
     S("“If Pyongyang sends a second contingent of the same size and uses it the same way, it should expect to lose a quarter of it within three months,” Aldous said.", [
        R("miriam-aldous", "Miriam Aldous, lead author (CEFS)", "north_korean", "casualties_unspecified", "exact",
          "a quarter", "period", modality="conditional", counted_in="percent_of_force", low=25, best=25, high=25,
          notes="named analyst speaking in her own name; conditional on a second contingent that does not yet exist"),
     ])],
    [S("The study was funded in part by a £250,000 grant from a Scandinavian foundation.", trap="money"),
     S("Russia's defence ministry did not respond to a request for comment.")],
]

# ---------------------------------------------------------------- aq08
# A fact-check of a viral figure.
aq08_post = S("Claim: A post shared more than 12,000 times on X says that “over 40,000 North Korean soldiers have been killed in Kursk,” citing Ukrainian intelligence.", [
    R("viral-post", "Viral social-media post (anonymous)", "north_korean", "killed", "more_than", "over 40,000",
      "cumulative", low=40000,
      notes="cited only to be refuted; the post's attribution to Ukrainian intelligence is false, so the post is the claimant; 12,000 shares is not a loss"),
])
aq08_nis = S("In February, South Korea's spy agency told lawmakers that roughly 40 percent of the estimated 11,000 North Korean troops in Russia had been killed or wounded.", [
    R(*NIS, "north_korean", "killed_or_wounded", "approximate", "roughly 40 percent", "cumulative",
      relays="South Korean lawmakers", counted_in="percent_of_force", best=40),
    R(*NIS, "north_korean", "deployed", "approximate", "estimated 11,000", "stock",
      relays="South Korean lawmakers", best=11000),
])
aq08 = [
    [S("Fact check: No, 40,000 North Korean soldiers were not killed in Kursk", trap="headline names the viral figure only to deny it")],
    [aq08_post, S("Verdict: False.")],
    [S("The post began circulating on Telegram on 2 March and spread to X and Facebook within two days.",
       trap="dates of the post's spread")],
    [S("Ukraine's Defence Intelligence (HUR) has made no such claim."),
     S("Its most recent public estimate, given by the agency's spokesman Andriy Kovalchuk on Friday, 28 February, was that about 4,000 North Korean troops had been killed or wounded, of whom “not more than 1,000” had died.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "approximate",
          "about 4,000", "cumulative", best=4000, notes="spokesman takes the agency's id"),
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "at_most",
          "not more than 1,000", "cumulative", high=1000),
     ]),
     S("That is a tenth of the viral figure, and it counts the wounded as well as the dead.", trap="ratio to the viral figure")],
    [S("The number may have been distorted from a different measure."),
     aq08_nis,
     S("Forty percent of 11,000 is about 4,400, not 40,000.", [
        R(*AUTH, "north_korean", "killed_or_wounded", "approximate", "about 4,400", "cumulative", best=4400,
          derived=aq08_nis, notes="the fact-checker's own arithmetic from the agency's share; 40,000 is the refuted figure again"),
     ])],
    [S("The U.S. Defense Department's most recent figure, given by a Pentagon spokeswoman at a briefing on Monday, was “more than 4,000 killed and wounded.”", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "more_than",
          "more than 4,000", "cumulative", low=4000, notes="'killed and wounded' as one figure stays combined"),
     ])],
    [S("Where else could 40,000 come from?", trap="the refuted figure, no claim"),
     S("The closest figure we found is Moscow's claim that Ukraine lost “over 40,000 servicemen” during its incursion into Kursk, a number the Russian defence ministry has repeated since November.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "over 40,000",
          "cumulative", low=40000, notes="Ukrainian losses, in an article about North Korean ones; 'lost' undefined"),
     ]),
     S("The photograph attached to the post, which shows about 60 coffins, was taken at a mass funeral in 2021 and has nothing to do with the war, a reverse image search shows.",
       trap="coffins in an unrelated photograph; a year")],
    [S("Russia has never acknowledged that North Korean troops fought in Kursk at all, though in April a Russian general praised the “heroism” of Korean units that had “shed their blood” there.")],
]

SPECS = {
    "aq01-wire-exclusive": aq01,
    "aq02-hansard-exchange": aq02,
    "aq03-named-dead-count": aq03,
    "aq04-live-blog": aq04,
    "aq05-correction-notice": aq05,
    "aq06-japanese-paper": aq06,
    "aq07-think-tank-table": aq07,
    "aq08-fact-check": aq08,
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
