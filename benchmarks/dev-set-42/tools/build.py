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


# ---------------------------------------------------------------- ah01
# A regional Korean daily's English edition: a lawmaker relays a closed-door NIS briefing.
NIS = "National Intelligence Service (South Korea)"
PARK = "Rep. Park Sung-ho"
ah01_h = S("Spy agency puts North Korean casualties in Kursk at 4,300",
           trap="headline only restates the body's NIS figure of about 4,300 casualties")
ah01_p1 = S("DAEGU -- North Korea has suffered about 4,300 casualties, including some 520 dead, since its troops entered combat in Russia's Kursk region, Rep. Park Sung-ho told reporters on Thursday after a closed-door briefing by the National Intelligence Service.", [
    R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "about 4,300", "cumulative",
      relays=PARK, best=4300, notes="lawmaker briefed by the agency is a relay; 'casualties' undefined; running total 'since its troops entered combat'"),
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "some 520", "cumulative",
      relays=PARK, best=520, notes="the dead are a part of the 4,300; a second measure, a second row"),
])
ah01 = [
    [ah01_h],
    [ah01_p1,
     S("The figure was up from the roughly 2,600 killed or wounded the agency had reported to lawmakers in late January.", [
         R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "roughly 2,600", "cumulative",
           relays="lawmakers (unnamed)", best=2600,
           notes="earlier running total, superseded by the 4,300; the measure is written 'killed or wounded' here, 'casualties' above, so kept apart"),
     ])],
    [S("Park, who sits on the National Assembly's intelligence committee, said the agency believed the North had sent roughly 11,500 soldiers in its first rotation and about 3,000 more as replacements in January and February.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "roughly 11,500", "stock",
          relays=PARK, best=11500, notes="surname on second mention; troops sent, not lost"),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 3,000", "stock",
          relays=PARK, best=3000, notes="replacement troops, a separate deployment figure"),
     ]),
     S("He quoted the agency as saying North Korean units had been losing men at a rate of about 30 a day during the heaviest fighting in early February, mostly to drones and artillery.", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "about 30 a day", "period",
          relays=PARK, counted_in="people_per_day", best=30, notes="a rate; 'losing men' undefined; basis window early February"),
     ])],
    [S("The NIS also told the briefing that two North Korean soldiers captured by Ukrainian forces in January were being held in Kyiv and had asked not to be returned home.", [
        R("kr-nis", NIS, "north_korean", "captured", "exact", "two", "period",
          relays=PARK, low=2, best=2, high=2, notes="'Ukrainian' is the captor, not whose losses; captured in January"),
     ]),
     S("The agency said it had found no sign that Pyongyang had told the families of the dead, the lawmaker added.")],
    [S("A US defence official said last week that about 1,000 of the North Koreans had been killed, while declining to say how the figure was reached.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed", "approximate", "about 1,000", "cumulative",
          best=1000, notes="an unnamed official of one nation takes that nation's officials id"),
     ]),
     S("Ukraine's military intelligence has put the North Korean toll at more than 5,000 killed and wounded by the end of February, a figure Park said the NIS considered 'within a plausible range.'", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "more_than", "more than 5,000", "cumulative",
          low=5000, notes="'killed and wounded' is one combined figure, not split; Park only comments, so he is not a relay"),
     ]),
     S("An opposition member of the committee, Rep. Lee Dong-jae, questioned the numbers, saying Seoul's spy agency had 'no one on the ground' and that the real toll could be twice as high.",
       trap="'no one' is not a count and 'twice as high' is a hypothetical multiplier, no figure stated")],
    [S("Seoul's spy agency said in a separate statement that the North could send as many as 30,000 more troops by summer if Moscow asks for them.", [
        R("kr-nis", NIS, "north_korean", "deployed", "at_most", "as many as 30,000", "stock",
          modality="conditional", high=30000, notes="a possible future deployment on a condition ('if Moscow asks'): troops, not losses"),
     ]),
     S("It estimated that Pyongyang had also shipped more than 200 long-range artillery pieces and about 12,000 containers of shells.",
       trap="equipment and munitions, not people")],
    [S("In Daegu, the city's association of North Korean defectors, which has about 1,200 members, held a memorial service on Friday for soldiers it said had been 'thrown away' by the regime.",
       trap="membership of a defectors' association; the memorial gives no loss figure"),
     S("Choi Eun-mi, 34, who fled the North in 2019 and whose cousin is believed to be serving in Russia, said families there had been told the men were on a construction mission.",
       trap="an age and a year")],
]

# ---------------------------------------------------------------- ah02
# A Ukrainian military hospital's fundraising appeal, retold by a regional paper (paper not named).
HOSP = "ua-okhtyrka-medical-centre"
HOSPN = "Okhtyrka military medical centre"
ah02_p1 = S("The military medical centre in Okhtyrka, which says it has treated more than 2,300 wounded servicemen evacuated from the Kursk direction since August 2024, has launched an appeal to raise 4.2 million hryvnias for a second operating theatre.", [
    R(HOSP, HOSPN, "ukrainian", "wounded", "more_than", "more than 2,300", "cumulative",
      low=2300, notes="admissions of wounded soldiers are wounded losses; the hryvnias are money"),
])
ah02 = [
    [S("Okhtyrka military hospital that treated 2,300 wounded from Kursk appeals for 4.2 million hryvnias",
       trap="headline only restates the body's 'more than 2,300' wounded; the hryvnias are money")],
    [ah02_p1,
     S("In the appeal, published on its website on Tuesday, the centre says its surgeons performed about 40 operations a day during the heaviest weeks of January.",
       trap="a rate of surgical operations, not of people lost")],
    [S("Of the wounded it has received, roughly a fifth arrived with injuries requiring amputation, the appeal says, and about 1,900 have since returned to their units.",
       trap="a share of the patients already counted (not of a force) and soldiers who recovered and returned to duty"),
     S("Since the New Year, the share of patients hurt by drones rather than by artillery has risen to about 70 percent.",
       trap="share of injuries by weapon, not a share of a force lost")],
    [S("'In the worst week we took in 260 wounded, and eleven of them died on the operating table,' said the centre's director, Oleksandr Hnatiuk.", [
        R(HOSP, HOSPN, "ukrainian", "wounded", "exact", "260", "period",
          low=260, best=260, high=260, notes="the director speaks for the centre about its patients, so the centre's id; 'the worst week' is a stated period"),
        R(HOSP, HOSPN, "ukrainian", "killed", "exact", "eleven", "period",
          low=11, best=11, high=11, notes="died of wounds counted as killed; a part of the 260, not to be added"),
     ]),
     S("Among them were 48 soldiers of the 80th Air Assault Brigade wounded when a Russian missile struck a field hospital near Sudzha in February, Hnatiuk said.", [
        R(HOSP, HOSPN, "ukrainian", "wounded", "exact", "48", "incident",
          low=48, best=48, high=48, notes="'Russian' is the attacker; '80th' is a unit number; one strike"),
     ]),
     S("The centre has also received the bodies of about 130 soldiers killed in the region since January, which its morgue holds until relatives or DNA tests can identify them.", [
        R(HOSP, HOSPN, "ukrainian", "killed", "approximate", "about 130", "cumulative",
          best=130, notes="'since January' running total; whose losses from context (the centre receives Ukrainian servicemen)"),
     ]),
     S("Hnatiuk expects at least 600 more wounded to arrive by the end of the summer, the appeal says.", [
        R(HOSP, HOSPN, "ukrainian", "wounded", "at_least", "at least 600", "period",
          modality="projected", low=600, notes="a forecast of further admissions up to the end of summer: projected, no condition stated"),
     ])],
    [S("The appeal cites the regional health department as saying that military hospitals across Sumy region took in some 9,000 wounded soldiers from the Kursk operation in its first six months.", [
        R("ua-sumy-health-dept", "Sumy regional health department", "ukrainian", "wounded", "approximate", "some 9,000", "period",
          relays=HOSPN, best=9000, notes="the appeal relays the department's figure; 'first six months' of the operation is a stated period"),
     ]),
     S("Those figures, the appeal notes, are small beside the 'tens of thousands' of Russian casualties claimed by Kyiv, which the hospital does not attempt to verify.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "russian", "casualties_unspecified", "vague", "tens of thousands", "unspecified",
          relays=HOSPN, low=20000, high=99999, notes="'Kyiv' stands for the Ukrainian government; no period given; vague bounds by this set's convention"),
     ])],
    [S("Nurse Iryna Bondar, who has worked 36-hour shifts since the first wave of patients, said six of her former patients had later been killed after going back to the front.", [
        R("ua-bondar", "Iryna Bondar, nurse at the Okhtyrka centre", "ukrainian", "killed", "exact", "six", "unspecified",
          low=6, best=6, high=6, notes="a nurse speaking in her own name takes her own id; no date and no front named (area unstated); 36-hour shifts are times"),
     ]),
     S("Nine civilians from border villages, including a seven-year-old girl pulled from the rubble of her home, were also brought in after a glide-bomb strike in March; all survived.",
       trap="civilians, rescued and survived: not military losses"),
     S("Donations can be made until 31 March; the centre says 1,000 hryvnias buys a set of tourniquets for a field medic.",
       trap="a date and money")],
]

# ---------------------------------------------------------------- ah03
# A wire's "in numbers" graphic text (the agency names itself: last relay of its claims).
MER = "Meridian News Agency"
ah03_kyiv = S("More than 38,000: Russian casualties in Kursk since August 2024, according to Kyiv, which Moscow disputes.", [
    R("ua-officials", "Ukrainian officials (unnamed)", "russian", "casualties_unspecified", "more_than", "More than 38,000", "cumulative",
      relays=MER, low=38000, notes="'Kyiv' for the Ukrainian government; disputed by Moscow, still a claim"),
])
ah03 = [
    [S("Kursk in numbers: more than 40,000 Russian and North Korean casualties", [
        R("author", "Meridian News Agency (the graphic's own voice)", "russian_and_north_korean", "casualties_unspecified",
          "more_than", "more than 40,000", "cumulative", low=40000, derived=ah03_kyiv,
          notes="the headline's own sum of Kyiv's 38,000+ Russian casualties and the Pentagon's 3,800 North Korean killed or wounded; derived, never a separate estimate"),
    ])],
    [S("Figures as of Friday, March 14, 2025, compiled by Meridian News Agency from official statements; none has been independently verified.",
       trap="the date of the compilation")],
    [S("TROOPS")],
    [S("10,000-12,000: North Korean soldiers sent to Russia in autumn 2024, according to South Korea's National Intelligence Service.", [
        R("kr-nis", NIS, "north_korean", "deployed", "range", "10,000-12,000", "stock",
          relays=MER, low=10000, high=12000, notes="troops sent, not lost"),
     ]),
     S("About 3,000: further North Korean troops sent as replacements in January and February (NIS).", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "About 3,000", "stock",
          relays=MER, best=3000, notes="claimant by initials in brackets"),
     ]),
     S("50,000: Russian and North Korean troops massed for the Kursk counteroffensive, according to Ukrainian officials (November 2024).", [
        R("ua-officials", "Ukrainian officials (unnamed)", "russian_and_north_korean", "deployed", "exact", "50,000", "stock",
          relays=MER, low=50000, best=50000, high=50000, notes="a mixed troop count stays mixed"),
     ]),
     S("1.2 million: the estimated size of North Korea's standing army, the fourth-largest in the world.",
       trap="the whole standing army, not troops deployed to the fighting; a world ranking")],
    [S("LOSSES")],
    [S("3,800: North Korean troops killed or wounded by mid-February, according to the Pentagon, about 1,000 of them in a single week of assaults.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "exact", "3,800", "cumulative",
          relays=MER, low=3800, best=3800, high=3800, notes="running total 'by mid-February'"),
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "approximate", "about 1,000", "period",
          relays=MER, best=1000, notes="a part of the 3,800 over one week; never added to it"),
     ]),
     S("About 35 percent: share of the first contingent killed or wounded by mid-February, by Meridian's own calculation from the NIS and Pentagon figures.", [
        R("author", "Meridian News Agency (the graphic's own voice)", "north_korean", "killed_or_wounded", "approximate", "About 35 percent", "cumulative",
          counted_in="percent_of_force", best=35, notes="the agency's own calculation is the author's voice; a share of the 10,000-12,000 deployed"),
     ]),
     S("3: North Korean soldiers captured alive by Ukraine, according to Ukraine's SBU security service.", [
        R("ua-sbu", "Security Service of Ukraine (SBU)", "north_korean", "captured", "exact", "3", "cumulative",
          relays=MER, low=3, best=3, high=3, notes="'Ukraine' is the captor; a total to date"),
     ]),
     S("0: North Korean deaths acknowledged by Pyongyang.",
       trap="a count of acknowledgements by the graphic, not a claim by Pyongyang that no one died"),
     S("About 90 a day: average Russian losses in the Kursk region in January, according to Ukraine's General Staff.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "casualties_unspecified", "approximate", "About 90 a day", "period",
          relays=MER, counted_in="people_per_day", best=90, notes="a rate; basis period January; 'losses' undefined"),
     ]),
     ah03_kyiv,
     S("More than 55,000: Ukrainian troops killed or wounded in Kursk to date, according to Russia's defence ministry.", [
        R("ru-mod", "Ministry of Defence of Russia", "ukrainian", "killed_or_wounded", "more_than", "More than 55,000", "cumulative",
          relays=MER, low=55000, notes="Russian claimant, Ukrainian losses"),
     ]),
     S("About 400: Ukrainian soldiers listed as missing in the Kursk operation, according to Ukraine's Coordination Headquarters for the Treatment of Prisoners of War.", [
        R("ua-pow-hq", "Coordination Headquarters for the Treatment of POWs (Ukraine)", "ukrainian", "missing", "approximate", "About 400", "cumulative",
          relays=MER, best=400, notes="own side's missing; a status count"),
     ]),
     S("Up to 15,000: further North Korean casualties by the end of 2025 if deployments continue at the current pace, a US official told Meridian.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "at_most", "Up to 15,000", "period",
          relays=MER, modality="conditional", high=15000, notes="if-then forecast of further losses up to the end of 2025"),
     ])],
    [S("MONEY AND DISTANCE")],
    [S("$20 billion: estimated value to Pyongyang of its arms and troop deals with Moscow, according to a South Korean state think tank.",
       trap="money"),
     S("$2,000 a month: reported pay of each North Korean soldier in Russia, most of it kept by the state.",
       trap="a rate of pay, not of losses"),
     S("About 7,000 km: rail distance from Pyongyang to Kursk.",
       trap="a distance")],
    [S("Sources: NIS, Pentagon, SBU, Ukrainian General Staff, Russian Defence Ministry, Meridian reporting. Graphic: Meridian News Agency.")],
]

# ---------------------------------------------------------------- ah04
# A Russian sports paper on a footballer who died at the front (the paper names itself).
SV = "Sportivny Vestnik"
CLUB = "FC Seim Kursk"
ah04 = [
    [S("Former Seim midfielder Shilov killed near Sudzha at 27",
       trap="headline only restates the body's report of Shilov's death; 27 is his age")],
    [S("Anton Shilov, who wore the number 8 shirt for FC Seim Kursk for five seasons and scored 23 league goals, was killed in a drone strike near Sudzha on February 9, his former club said on Monday.", [
        R("ru-fc-seim-kursk", CLUB, "russian", "killed", "none", "", "incident",
          relays=SV, notes="one named man's death with no figure: qualifier none; shirt number, seasons, goals and date are not losses"),
     ]),
     S("Shilov, 27, signed a contract with the defence ministry in 2023 after the club was relegated, and served as a mortar operator in the 810th Marine Brigade, according to his mother, Galina.",
       trap="an age, a year and a unit number")],
    [S("The club said three former Seim players had now been killed in the fighting since the Ukrainian incursion began, Shilov among them.", [
        R("ru-fc-seim-kursk", CLUB, "russian", "killed", "exact", "three", "cumulative",
          relays=SV, low=3, best=3, high=3, notes="running total including Shilov; 'Ukrainian' names the incursion, not whose losses"),
     ]),
     S("It said 40 of its former youth players were now serving in the army and that at least seven had been wounded.", [
        R("ru-fc-seim-kursk", CLUB, "russian", "wounded", "at_least", "at least seven", "cumulative",
          relays=SV, low=7, notes="the 40 serving somewhere in the army are not troops deployed to the fighting: no row; area of the wounded unstated"),
     ])],
    [S("His company commander, who asked to be identified only by his call sign, Granit, told Sportivny Vestnik that 14 men of the company were killed or wounded in the same strike and that two are still missing.", [
        R("ru-granit", "'Granit', Russian company commander (call sign)", "russian", "killed_or_wounded", "exact", "14", "incident",
          relays=SV, low=14, best=14, high=14, notes="a commander known by call sign speaks in his own name: own id"),
        R("ru-granit", "'Granit', Russian company commander (call sign)", "russian", "missing", "exact", "two", "incident",
          relays=SV, low=2, best=2, high=2, notes="second measure of the same sentence"),
     ]),
     S("Granit said the company had arrived in the region in January with about 110 men and had lost roughly a third of them by the time Shilov died.", [
        R("ru-granit", "'Granit', Russian company commander (call sign)", "russian", "deployed", "approximate", "about 110", "stock",
          relays=SV, best=110, notes="the company's strength on arrival"),
        R("ru-granit", "'Granit', Russian company commander (call sign)", "russian", "casualties_unspecified", "approximate", "roughly a third", "cumulative",
          relays=SV, counted_in="percent_of_force", best=33.33, notes="share of the 110; 'lost' undefined; not converted to people"),
     ])],
    [S("Ukraine's 95th Airborne Assault Brigade claimed on February 10 to have destroyed two Russian companies near the village that week; Granit dismissed the claim, saying the losses were 'nowhere near' that.", [
        R("ua-95th-brigade", "95th Polissia Airborne Assault Brigade (Ukraine)", "russian", "casualties_unspecified", "exact", "two", "period",
          relays=SV, counted_in="companies", low=2, best=2, high=2, notes="formations 'destroyed', counted in companies; cited to be disputed, still a claim"),
     ]),
     S("The independent project Spisok, which verifies deaths from obituaries and court records, has confirmed the names of more than 1,500 soldiers killed in Kursk region but has not yet listed Shilov.", [
        R("ru-spisok", "Spisok (independent Russian count of named dead)", "russian", "killed", "more_than", "more than 1,500", "cumulative",
          relays=SV, low=1500, notes="whose losses from context (Russian soldiers)"),
     ])],
    [S("Seim, which once drew crowds of 11,000 to its riverside stadium, will hold a minute's silence before Saturday's home match against Fakel-2.",
       trap="stadium attendance and a team name"),
     S("Shilov leaves a wife, Daria, and a daughter aged four; a fund set up by fans had raised 640,000 roubles for the family by Tuesday evening.",
       trap="an age and money")],
]

# ---------------------------------------------------------------- ah05
# A Russian court-reporting channel (the channel does not name itself).
PROS = "ru-military-prosecutor"
PROSN = "Military prosecutor's office (Kursk garrison)"
REG = "1207th Motor Rifle Regiment (Russia)"
ah05_p2 = S("Prosecutor Major Yulia Sedova told the court that Kurakin's assault detachment of 40 men had lost 17 killed and nine wounded in three days of fighting near Malaya Loknya before he fled.", [
    R(PROS, PROSN, "russian", "deployed", "exact", "40", "stock",
      low=40, best=40, high=40, notes="the prosecutor states the case for her office: the office's id; the detachment's strength"),
    R(PROS, PROSN, "russian", "killed", "exact", "17", "period",
      low=17, best=17, high=17, notes="'three days of fighting' is the period"),
    R(PROS, PROSN, "russian", "wounded", "exact", "nine", "period",
      low=9, best=9, high=9, notes="a second measure, not added to the killed"),
])
ah05 = [
    [S("Deserter's unit lost 26 men in three days, prosecutor says", [
        R("author", "The channel's own voice", "russian", "casualties_unspecified", "exact", "26", "period",
          low=26, best=26, high=26, derived=ah05_p2,
          notes="the headline's own sum of 17 killed and 9 wounded, put in the prosecutor's mouth; the author's figure, derived"),
    ])],
    [S("KURSK GARRISON MILITARY COURT. On Wednesday the court sentenced Private Denis Kurakin, 24, to six years in a penal colony for leaving his unit without permission in March, our correspondent reports from the courtroom.",
       trap="an age and a prison term")],
    [ah05_p2,
     S("The detachment had been reinforced with 25 men from a storm unit on the second day, and 'about half' of them were killed or wounded by evening, Sedova said.", [
        R(PROS, PROSN, "russian", "deployed", "exact", "25", "stock",
          low=25, best=25, high=25, notes="reinforcements present; 'second day' is an ordinal"),
        R(PROS, PROSN, "russian", "killed_or_wounded", "approximate", "about half", "incident",
          counted_in="percent_of_force", best=50, notes="a share of the 25; surname only on second mention"),
     ]),
     S("Another six men of the detachment were taken prisoner by Ukrainian forces, she said; two of them came home in a May exchange.", [
        R(PROS, PROSN, "russian", "captured", "exact", "six", "period",
          low=6, best=6, high=6, notes="the two returned in an exchange are not a further loss: no row"),
     ]),
     S("The detachment's losses were part of the more than 90 men the 1207th Motor Rifle Regiment recorded as killed in March, according to a regimental report that Sedova read out.", [
        R("ru-1207th-regiment", REG, "russian", "killed", "more_than", "more than 90", "period",
          relays="Prosecutor Yulia Sedova", low=90, notes="the regiment's own report, read out by the prosecutor (a relay); includes the 17 above"),
     ])],
    [S("According to the case file, the regiment's commander reported on 12 March that the unit had lost 'up to a company' of men killed and missing over the preceding week.", [
        R("ru-1207th-regiment", REG, "russian", "killed_or_missing", "at_most", "up to a company", "period",
          relays="case file (Kursk garrison military court)", counted_in="companies", high=1,
          notes="an unnamed commander reporting for his regiment: the regiment's id; formation count; 'killed and missing' one figure"),
     ]),
     S("Ukraine's General Staff had claimed in March that the regiment lost about 300 men in a failed assault near the village, a figure that was not mentioned in court.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "casualties_unspecified", "approximate", "about 300", "incident",
          best=300, notes="Ukrainian claimant, Russian losses; 'lost' undefined"),
     ])],
    [S("Kurakin's lawyer, Arkady Pimenov, said his client was one of only four survivors of his platoon and had been concussed twice.",
       trap="survivors, not losses; the platoon's losses are not stated"),
     S("Judge Viktor Lapin said the court had taken into account that 11 desertion cases from the same regiment had reached it since January.",
       trap="a count of court cases, not losses"),
     S("Outside the courtroom, Kurakin's mother, Nina, said other soldiers' mothers had told her that more than 200 men from the regiment were dead or missing since the autumn.", [
        R("ru-regiment-mothers", "Mothers of soldiers of the 1207th Regiment (unnamed)", "russian", "killed_or_missing", "more_than", "more than 200", "cumulative",
          relays="Nina Kurakina", low=200, notes="the unnamed mothers are the claimant, the named mother relays them; 'dead or missing' one figure"),
     ])],
    [S("In a separate case the same day, a contract soldier sued his regiment for 310,000 roubles in unpaid combat bonuses for 41 days at the front.",
       trap="money and a length of service"),
     S("The verdict can be appealed within 15 days.", trap="a time limit"),
     S("The defence ministry did not respond to our request for comment.")],
]

# ---------------------------------------------------------------- ah06
# A podcast episode summary (show notes); the podcast names itself.
POD = "The Frontline Ledger"
OKA = "Daniel Okafor, casualty researcher (Leeds)"
YAS = "'Yasen', Ukrainian drone-unit commander (call sign)"
ah06 = [
    [S("The Frontline Ledger, Episode 87: Is the North Korean toll really in the thousands?",
       trap="an episode number and a question, no figure claimed")],
    [S("Plus: a drone commander who says his unit killed 150 North Koreans in two weeks",
       trap="subtitle only restates Yasen's 'roughly 150' below")],
    [S("Host Mara Lindqvist talks to Daniel Okafor, a Leeds-based researcher who tracks the war's casualty data, and to a Ukrainian drone-unit commander who goes by the call sign Yasen.")],
    [S("Okafor argues that the most-cited figure, Seoul's estimate of about 4,300 North Korean casualties, probably undercounts the dead because it relies on intercepted Russian reporting.", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "about 4,300", "cumulative",
          relays="Daniel Okafor > " + POD, best=4300,
          notes="'Seoul's estimate' is the NIS's; cited only to be disputed; 'Russian' is whose reporting, not whose losses"),
     ]),
     S("His own model, built from 212 recovered identity documents and hours of drone footage, puts North Korean dead at between 1,000 and 1,400 by the end of March.", [
        R("gb-okafor", OKA, "north_korean", "killed", "range", "between 1,000 and 1,400", "cumulative",
          relays=POD, low=1000, high=1400, notes="an analyst in his own name; 212 documents is a sample size"),
     ]),
     S("If Pyongyang keeps rotating units through the front at the current pace, he says, the total could pass 3,000 dead by the end of the year.", [
        R("gb-okafor", OKA, "north_korean", "killed", "more_than", "pass 3,000", "cumulative",
          relays=POD, modality="conditional", low=3000, notes="if-then; 'pass' read as more than"),
     ]),
     S("He puts combined Russian and North Korean losses at 'several hundred killed or wounded a day' at the height of the March counteroffensive, with North Koreans making up about a tenth.", [
        R("gb-okafor", OKA, "russian_and_north_korean", "killed_or_wounded", "vague", "several hundred", "period",
          relays=POD, counted_in="people_per_day", low=200, high=900,
          notes="a rate, mixed sides; 'about a tenth' is a share of the losses, not of a force: no row"),
     ])],
    [S("Yasen, whose unit flies about 60 sorties a night, describes North Korean infantry crossing open fields in groups of 20 to 30 in January.",
       trap="sorties and the size of assault groups, not losses"),
     S("He says his unit alone killed 'roughly 150' North Korean soldiers over a fortnight near Plekhovo and wounded many more.", [
        R("ua-yasen", YAS, "north_korean", "killed", "approximate", "roughly 150", "period",
          relays=POD, best=150, notes="over a fortnight"),
        R("ua-yasen", YAS, "north_korean", "wounded", "none", "many more", "period",
          relays=POD, notes="no figure: 'many more' is not read as more than 150"),
     ]),
     S("His own unit, he says, has lost four pilots killed and two wounded since December.", [
        R("ua-yasen", YAS, "ukrainian", "killed", "exact", "four", "cumulative",
          relays=POD, low=4, best=4, high=4, notes="own side's losses"),
        R("ua-yasen", YAS, "ukrainian", "wounded", "exact", "two", "cumulative",
          relays=POD, low=2, best=2, high=2, notes=""),
     ]),
     S("Lindqvist points out that Ukraine's military intelligence gave a figure of 'more than 600 a week' for North Korean losses over the same fortnight, which Okafor calls implausible by a factor of three.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "casualties_unspecified", "more_than", "more than 600 a week", "period",
          relays=POD, counted_in="people_per_week", low=600,
          notes="the host speaks as the podcast, so the podcast is the only relay; 'factor of three' is not a figure"),
     ])],
    [S("Chapters: [03:10] why casualty counts diverge; [17:45] the 'Storm Corps' and its three brigades; [31:20] Yasen on drone warfare; [48:05] what Pyongyang tells the families.",
       trap="timestamps and a count of brigades, not losses"),
     S("Recorded on Tuesday, April 8; running time 56 minutes.", trap="a date and a running time")],
]

# ---------------------------------------------------------------- ah07
# A school memorial feature in a local paper (paper not named).
LYC = "ua-konotop-lyceum-4"
LYCN = "Lyceum No. 4, Konotop"
SAV = "Col. Andrii Savchuk, 244th Separate Mechanized Brigade"
ah07 = [
    [S("Konotop lyceum unveils a wall of memory for 19 former pupils",
       trap="headline only restates the 19 names read out")],
    [S("On Friday morning, some 640 pupils and their teachers stood in the yard of Konotop's Lyceum No. 4 as the names of 19 former students killed in the war since 2022 were read aloud.", [
        R("author", "The feature's own voice", "ukrainian", "killed", "exact", "19", "cumulative",
          low=19, best=19, high=19, notes="the text's own voice; whole war since 2022 (area whole_war); the 640 pupils are not a figure of losses"),
     ]),
     S("Five of them died in Russia's Kursk region between August 2024 and March 2025, headteacher Svitlana Moroz said.", [
        R(LYC, LYCN, "ukrainian", "killed", "exact", "Five", "period",
          low=5, best=5, high=5, notes="the head of the school speaks for it; 'Russia's' names the place; a part of the 19"),
     ])],
    [S("The youngest name on the wall belongs to a 19-year-old; the oldest to a man who left the school in 1998.",
       trap="an age and a year of people already counted"),
     S("The lyceum, founded in 1936, has about 1,100 pupils this year, down from 1,450 before the full-scale invasion.",
       trap="a year and numbers of pupils")],
    [S("Moroz said two more former pupils serving in the Kursk direction were listed as missing, and a third, who survived four days in an encircled trench near Plekhovo, now teaches physical education at the school.", [
        R(LYC, LYCN, "ukrainian", "missing", "exact", "two", "cumulative",
          low=2, best=2, high=2, notes="a status count; 'a third' is a third person, who survived, not a share; four days is a time"),
     ]),
     S("The school's memorial book also records 37 fathers of current pupils killed or missing since 2022, she said.", [
        R(LYC, LYCN, "ukrainian", "killed_or_missing", "exact", "37", "cumulative",
          low=37, best=37, high=37, notes="one combined figure; whole war"),
     ])],
    [S("Among the guests was Colonel Andrii Savchuk of the 244th Separate Mechanized Brigade, who said the brigade had lost 'about a battalion' of men killed, wounded and missing in the Kursk operation, and that every third of them had been under 25.", [
        R("ua-savchuk", SAV, "ukrainian", "killed_wounded_or_missing", "approximate", "about a battalion", "cumulative",
          counted_in="battalions", best=1, notes="an officer speaking in his own name; formation count; 'every third ... under 25' is an age share, no row"),
     ]),
     S("Savchuk told pupils that Ukrainian forces had taken more than 600 Russian and North Korean soldiers prisoner during the operation and that 'the enemy lost ten men for every one of ours.'", [
        R("ua-savchuk", SAV, "russian_and_north_korean", "captured", "more_than", "more than 600", "cumulative",
          low=600, notes="mixed prisoners stay mixed; the ten-to-one ratio is not a count: no row"),
     ])],
    [S("According to the district military administration, 212 residents of Konotop district have been killed serving in the armed forces since February 2022, among them 31 in the past year.", [
        R("ua-konotop-district-admin", "Konotop district military administration", "ukrainian", "killed", "exact", "212", "cumulative",
          low=212, best=212, high=212, notes="whole war"),
        R("ua-konotop-district-admin", "Konotop district military administration", "ukrainian", "killed", "exact", "31", "period",
          low=31, best=31, high=31, notes="a part of the 212 over 'the past year'; front not stated"),
     ]),
     S("The wall, which cost 180,000 hryvnias, was paid for by parents and by a local farm that also donated 40 lime trees for the school park.",
       trap="money and trees"),
     S("Eleventh-grader Sofia Hlushko, 16, closed the ceremony with a poem she wrote for it, 'Nineteen Candles'.",
       trap="an age, a school year and a title")],
]

# ---------------------------------------------------------------- ah08
# An academic journal abstract (journal not named in the text).
AUTH = "The study's authors (the abstract's own voice)"
ah08 = [
    [S("Estimating North Korean combat deaths in Russia's Kursk region, December 2024 to April 2025: a capture-recapture study of open-source reports",
       trap="title: dates of the study window, no figure; 'capture' names a statistical method")],
    [S("Hanna Lindgren, Jae-won Seo and Paolo Marchetti")],
    [S("Background: Published estimates of North Korean losses in the Kursk campaign vary widely, from Pyongyang's silence to Kyiv's claim of more than 4,000 dead by March 2025.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed", "more_than", "more than 4,000", "cumulative",
          low=4000, notes="'Kyiv' for the Ukrainian government; Pyongyang's silence is no figure"),
     ]),
     S("South Korean and US officials have put North Korean killed and wounded at about 4,000 to 4,500 over a similar period.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed_or_wounded", "range", "4,000 to 4,500", "cumulative",
          low=4000, high=4500, notes="a list of claimants: one row per nation; 'about' before a range dropped"),
        R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "range", "4,000 to 4,500", "cumulative",
          low=4000, high=4500, notes="second claimant of the list"),
     ]),
     S("Russia's defence ministry has said its allies suffered 'no more than 200 losses', a figure we test here.", [
        R("ru-mod", "Ministry of Defence of Russia", "north_korean", "casualties_unspecified", "at_most", "no more than 200", "unspecified",
          high=200, notes="'its allies' are the North Koreans; cited to be tested and rejected; no date given"),
     ]),
     S("We also test the hypothesis that Ukrainian unit claims overstate deaths by a factor of two or more.",
       trap="a hypothesis and a multiplier, no figure")],
    [S("Methods: We matched 1,842 casualty reports from 37 Ukrainian unit channels, Russian military bloggers and South Korean intelligence briefings against 311 geolocated videos, using a three-list capture-recapture model.",
       trap="counts of reports, channels and videos, not people")],
    [S("Results: We estimate that 1,950 North Korean soldiers were killed (95% CI 1,610-2,420) between December 2024 and April 2025, about 16% of the roughly 12,000 deployed.", [
        R("author", AUTH, "north_korean", "killed", "approximate", "1,950", "period",
          best=1950, notes="a model estimate ('we estimate'): approximate; the confidence interval bounds the same figure, no second row"),
        R("author", AUTH, "north_korean", "killed", "approximate", "about 16%", "period",
          counted_in="percent_of_force", best=16, notes="the same deaths as a share of the 12,000"),
        R("author", AUTH, "north_korean", "deployed", "approximate", "roughly 12,000", "stock",
          best=12000, notes="troops deployed, the base of the share"),
     ]),
     S("Deaths clustered in two assault waves: roughly 740 in the week of 6-12 February and 510 in the week of 10-16 March.", [
        R("author", AUTH, "north_korean", "killed", "approximate", "roughly 740", "period",
          best=740, notes="parts of the 1,950"),
        R("author", AUTH, "north_korean", "killed", "approximate", "510", "period",
          best=510, notes="'roughly' carries over to the second figure"),
     ]),
     S("By the same method, Russian combat deaths in the same sector over the period number between 4,800 and 6,100.", [
        R("author", AUTH, "russian", "killed", "range", "between 4,800 and 6,100", "period",
          low=4800, high=6100, notes=""),
     ]),
     S("The killed-to-wounded ratio implied by the reports, about 1:2.6, is lower than the 1:3 to 1:4 usually assumed for modern armies.",
       trap="ratios, not counts"),
     S("Too few reports of Ukrainian deaths were found, fewer than 40 in all, to estimate Ukrainian losses.",
       trap="a count of reports, not of deaths"),
     S("Had the February loss rate held through the summer, North Korean deaths would have passed 5,000 by the end of August.", [
        R("author", AUTH, "north_korean", "killed", "more_than", "passed 5,000", "cumulative",
          modality="conditional", low=5000, notes="a counterfactual if-then"),
     ])],
    [S("Conclusions: Western official estimates are broadly consistent with the open-source record; the Russian figure is not, and neither is a North Korean toll on the scale of the roughly 1,500 dead a year the Soviet Union lost in Afghanistan.",
       trap="another war's losses, used for comparison; 'the Russian figure' only restates the 200 above")],
    [S("Keywords: North Korea; Kursk; casualty estimation; capture-recapture; open-source intelligence.")],
    [S("Received 14 June 2025; accepted 2 September 2025.", trap="dates")],
]

SPECS = {
    "ah01-korean-regional-daily": ah01,
    "ah02-hospital-appeal-retold": ah02,
    "ah03-wire-in-numbers": ah03,
    "ah04-sports-paper-footballer": ah04,
    "ah05-court-reporting-channel": ah05,
    "ah06-podcast-episode-notes": ah06,
    "ah07-school-memorial-feature": ah07,
    "ah08-journal-abstract": ah08,
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
