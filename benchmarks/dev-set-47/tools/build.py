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


# ================================================================ ap01
# Agency retelling Russia's Defence Ministry daily bulletin, paragraph after paragraph.
RUBEZH = "Rubezh News Agency"
MOD = "Russia's Defence Ministry"
a1_lead = S("MOSCOW, Feb. 11 (Rubezh) — Ukrainian forces lost up to 260 servicemen in the Kursk region over the past 24 hours, Russia's Defence Ministry said in its daily bulletin on Tuesday.", [
    R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 260", "period",
      relays=RUBEZH, high=260, notes="'lost' undefined: unspecified casualties; 'past 24 hours' a stated window"),
])
a1_week = S("Over the week to Monday, the bulletin put Ukrainian losses in the Kursk direction at more than 1,650 servicemen, 14 tanks and 27 other armoured vehicles.", [
    R("ru-mod", "the bulletin (Russia's Defence Ministry)", "ukrainian", "casualties_unspecified", "more_than",
      "more than 1,650", "period", relays=RUBEZH, low=1650,
      notes="the bulletin is the ministry's; tanks and armoured vehicles are equipment, no rows"),
])
a1_total = S("Since the start of the fighting in August 2024, the enemy's losses in the region have exceeded 56,300 servicemen, 340 tanks and 1,900 field artillery guns.", [
    R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "more_than", "exceeded 56,300", "cumulative",
      relays=RUBEZH, low=56300,
      notes="no attribution in the sentence: the ministry's wording ('the enemy') retold from the paragraphs before; running total"),
])
a1 = [
    [S("Russia says Ukraine lost up to 260 troops in Kursk region in a day", trap=restates(a1_lead))],
    [a1_lead,
     S("Units of the North group of forces repelled five counter-attacks near Makhnovka and Sverdlikovo and struck troops and equipment in 14 localities, the ministry said.",
       trap="counts of attacks and of localities struck, not losses"),
     S("Near Makhnovka alone, two platoons of an assault battalion were destroyed.", [
         R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "exact", "two platoons", "incident",
           relays=RUBEZH, counted_in="platoons", low=2, best=2, high=2,
           notes="claimant only from 'the ministry said' in the sentence before; 'destroyed' formations recorded as unspecified casualties in platoons"),
     ]),
     S("More than 40 of their men were killed and 11 surrendered, among them a company commander.", [
         R("ru-mod", MOD, "ukrainian", "killed", "more_than", "More than 40", "incident",
           relays=RUBEZH, low=40, notes="claimant from context (ministry bulletin); same incident as the two platoons"),
         R("ru-mod", MOD, "ukrainian", "captured", "exact", "11", "incident",
           relays=RUBEZH, low=11, best=11, high=11, notes="'surrendered' = captured; 'a company commander' is one of the 11, no row"),
     ])],
    [a1_week, a1_total,
     S("The ministry also raised its figure for Monday's fighting to up to 240 servicemen, from up to 210 in its first bulletin that day.", [
         R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 240", "period",
           relays=RUBEZH, high=240, notes="revised figure for Monday (one day); supersedes the 210"),
         R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 210", "period",
           relays=RUBEZH, high=210, notes="the superseded first figure for the same day; same losses as the 240, never added"),
     ])],
    [S("Air defences shot down 38 Ukrainian fixed-wing drones over the Kursk, Belgorod and Bryansk regions overnight, according to the same bulletin.",
       trap="drones shot down, not people"),
     S("It also said 150 Russian servicemen had come home from Ukrainian captivity on Saturday in exchange for the same number of Ukrainian prisoners.",
       trap="prisoners exchanged, not a loss claim; 'Russian' is not whose losses")],
    [S("The ministry does not publish Russia's own losses, and Kyiv rejects its figures as inflated."),
     S("Ukraine's General Staff said on Tuesday that Russia had lost 1,180 troops along the whole front in the previous day, without giving a figure for Kursk.", [
         R("ua-general-staff", "Ukraine's General Staff", "russian", "casualties_unspecified", "exact", "1,180", "period",
           relays=RUBEZH, low=1180, best=1180, high=1180, notes="whole front, not Kursk alone (area whole_war)"),
     ]),
     S("Neither bulletin mentioned North Korean troops, who number about 11,000 in the region according to Seoul and Kyiv.", [
         R("kr-officials", "Seoul", "north_korean", "deployed", "approximate", "about 11,000", "stock",
           relays=RUBEZH, best=11000, notes="list of two claimants named by capital: one row per nation's officials"),
         R("ua-officials", "Kyiv", "north_korean", "deployed", "approximate", "about 11,000", "stock",
           relays=RUBEZH, best=11000, notes="list of two claimants named by capital: one row per nation's officials"),
     ])],
    [S("Taken at face value, the ministry's running total would mean Ukraine has lost an average of about 300 troops a day in Kursk for six months, by Rubezh's calculation.", [
         R("author", "Rubezh News Agency (own calculation)", "ukrainian", "casualties_unspecified", "approximate",
           "about 300", "period", counted_in="people_per_day", best=300, derived=a1_total,
           notes="the agency divides the ministry's running total by about six months; the agency's own derived rate"),
     ]),
     S("That is more than the ministry's daily figures this week, which have ranged between 170 and 260.", [
         R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "range", "between 170 and 260", "period",
           relays=RUBEZH, counted_in="people_per_day", low=170, high=260,
           notes="the agency summarises the ministry's daily figures for the week as a range of one-day counts"),
     ])],
]

# ================================================================ ap02
# A long interview printed as prose, "he said" only now and then (Polish daily).
GAZ = "Gazeta Nadwiślańska"
KOV = "Maj. Ostap Kovalyk, Ukrainian drone battalion commander"
a2 = [
    [S("“They walked into the drones in rows”: a Ukrainian commander on three months against North Korean troops",
       trap="length of the interviewee's service, not a count of people")],
    [S("Maj. Ostap Kovalyk, 34, commanded a drone battalion west of Sudzha from December until the Ukrainian withdrawal in March.",
       trap="age"),
     S("He spoke to Gazeta Nadwiślańska in Sumy, and the conversation is given here as prose, partly in his own words.")],
    [S("The first North Korean assaults came in mid-December, he said, in groups of 30 to 40 men walking across open fields in daylight.",
       trap="size of attacking groups, not losses"),
     S("On the worst day, December 17, the battalion's drones and the artillery it spotted for killed about 120 of them on a front of two kilometres.", [
         R("ua-kovalyk", KOV, "north_korean", "killed", "approximate", "about 120", "incident",
           relays=GAZ, best=120, notes="speaker only from 'he said' in the sentence before; one day; 'two kilometres' is a distance"),
     ]),
     S("Perhaps half of every group never reached the treeline.", [
         R("ua-kovalyk", KOV, "north_korean", "casualties_unspecified", "approximate", "Perhaps half", "unspecified",
           relays=GAZ, counted_in="percent_of_force", best=50,
           notes="speaker from context; share of each attacking group; 'never reached' does not say killed, so unspecified casualties"),
     ]),
     S("They carried their wounded back, or tried to, and that is why nobody's numbers agree.")],
    [S("In January they changed."),
     S("They stopped coming in columns, spread out in twos and threes, and began shooting at our drones with shotguns.",
       trap="group sizes of attackers, not losses"),
     S("By his count, the enemy lost at least 600 killed in front of his positions between Christmas and the end of January, not counting the wounded.", [
         R("ua-kovalyk", KOV, "north_korean", "killed", "at_least", "at least 600", "period",
           relays=GAZ, low=600, notes="'the enemy' is the North Koreans of the paragraphs before; stated window"),
     ]),
     S("“We lost nine dead and 31 wounded in that time, and every one of them has a name,” he said.", [
         R("ua-kovalyk", KOV, "ukrainian", "killed", "exact", "nine", "period", relays=GAZ,
           low=9, best=9, high=9, notes="his battalion's own losses, 'in that time' = Christmas to end of January"),
         R("ua-kovalyk", KOV, "ukrainian", "wounded", "exact", "31", "period", relays=GAZ,
           low=31, best=31, high=31, notes="'every one' is not a figure"),
     ]),
     S("Across the brigade it was worse, maybe four times as many.",
       trap="a multiplier, not a figure: the brigade's losses must not be computed")],
    [S("The Russians who replaced the Koreans in February were a different enemy."),
     S("They came on quad bikes and motorcycles, ten or twelve at a time, and the battalion went through 200 FPV drones a day to stop them.",
       trap="group sizes and drones used, not losses"),
     S("Asked how many Russians his unit killed, he shrugged: two hundred, three hundred, “I stopped writing it down in February.”",
       trap="a shrug, not a claim: the speaker disowns the figures")],
    [S("Official estimates cover the whole region."),
     S("Ukraine's General Staff said in mid-February that North Korea had lost about 4,000 killed and wounded in Kursk, while Seoul's spy agency had put the figure at 3,000 a month earlier.", [
         R("ua-general-staff", "Ukraine's General Staff", "north_korean", "killed_or_wounded", "approximate", "about 4,000",
           "cumulative", relays=GAZ, best=4000, notes="background in the paper's own voice; running total"),
         R("kr-nis", "Seoul's spy agency", "north_korean", "killed_or_wounded", "exact", "3,000", "cumulative",
           relays=GAZ, low=3000, best=3000, high=3000,
           notes="'the figure' refers back to killed and wounded; Seoul's spy agency = South Korea's NIS"),
     ]),
     S("Kovalyk thinks both are too low."),
     S("“Four thousand is what we saw in one sector,” he said.", [
         R("ua-kovalyk", KOV, "north_korean", "casualties_unspecified", "exact", "Four thousand", "unspecified",
           relays=GAZ, low=4000, best=4000, high=4000,
           notes="no measure given beyond 'what we saw'; one sector only; surname-only mention before"),
     ])],
    [S("He expects the North Koreans back."),
     S("If they return in spring at the winter's pace, he said, his sector alone could cost them another 1,000 men a month.", [
         R("ua-kovalyk", KOV, "north_korean", "casualties_unspecified", "exact", "1,000", "period",
           relays=GAZ, counted_in="people_per_month", modality="conditional", low=1000, best=1000, high=1000,
           notes="if-then rate looking to spring"),
     ])],
]

# ================================================================ ap03
# Account of a closed-door briefing that moves between two lawmakers, a ministry and the Pentagon.
HANBIT = "Hanbit News Agency"
NIS = "National Intelligence Service (South Korea)"
a3_lead = S("SEOUL, Feb. 27 (Hanbit) — About 4,700 North Korean soldiers have been killed or wounded fighting Ukrainian forces in Russia's Kursk region, the National Intelligence Service told a closed-door session of parliament's intelligence committee on Thursday, according to two lawmakers who attended.", [
    R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "About 4,700", "cumulative",
      relays="two lawmakers > " + HANBIT, best=4700,
      notes="'Ukrainian forces' is not whose losses; the lawmakers relay the agency"),
])
a3 = [
    [S("NIS puts North Korean killed and wounded in Kursk at 4,700; lawmakers give differing death tolls",
       trap=restates(a3_lead))],
    [a3_lead,
     S("The session lasted nearly three hours.", trap="duration of the session")],
    [S("Rep. Yoon Dae-sik of the ruling party, the committee's secretary, told reporters afterwards that about 600 of them had died.", [
         R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 600", "cumulative",
           relays="Rep. Yoon Dae-sik > " + HANBIT, best=600, notes="Yoon relays the agency's briefing"),
     ]),
     S("The rest were wounded, many seriously, and some had already been sent home by train."),
     S("Pyongyang had rotated in roughly 3,000 replacements in January and February, bringing its force back to about 11,000, he said.", [
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "roughly 3,000", "stock",
           relays="Rep. Yoon Dae-sik > " + HANBIT, best=3000,
           notes="reinforcements sent, an increment not the force present; 'he said' = Yoon relaying the NIS"),
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,000", "stock",
           relays="Rep. Yoon Dae-sik > " + HANBIT, best=11000, notes="force present after the rotation"),
     ])],
    [S("Rep. Hwang Mi-sook of the main opposition party gave a different account."),
     S("By her notes, the agency said the dead numbered “at least 400” and that it could not confirm the higher figures circulating in Kyiv.", [
         R("kr-nis", NIS, "north_korean", "killed", "at_least", "at least 400", "cumulative",
           relays="Rep. Hwang Mi-sook > " + HANBIT, low=400,
           notes="the same briefing relayed differently by Hwang than by Yoon (about 600)"),
     ]),
     S("It also told the committee that the three soldiers captured by Ukraine since January were in good health and had said they wished to come to the South.", [
         R("kr-nis", NIS, "north_korean", "captured", "exact", "three", "cumulative",
           relays="Rep. Hwang Mi-sook > " + HANBIT, low=3, best=3, high=3,
           notes="'It' = the agency, relayed by Hwang; captures since January, a running total"),
     ]),
     S("Hwang quoted one official as warning that, if the deployment went on at the present tempo, the North's casualties could pass 10,000 by the summer.", [
         R("kr-nis", NIS, "north_korean", "casualties_unspecified", "more_than", "pass 10,000", "cumulative",
           relays="Rep. Hwang Mi-sook > " + HANBIT, modality="conditional", low=10000,
           notes="an agency official takes the agency's id; if-then looking to summer"),
     ])],
    [S("Defence ministry spokesperson Jeon Ha-kyu said at a separate briefing that the military was sharing intelligence “closely” with Kyiv and had no figures of its own."),
     S("Asked whether the 4,700 included soldiers killed in a Ukrainian missile strike on a North Korean command post last week, Jeon declined to comment.",
       trap="refers back to the NIS figure; the ministry makes no claim")],
    [S("In Washington, Pentagon deputy press secretary Dana Whitcomb said the U.S. assessment was “roughly consistent” with Seoul's, putting North Korean killed and wounded at “a little over 4,000” as of mid-February.", [
         R("us-dod", "Pentagon deputy press secretary Dana Whitcomb", "north_korean", "killed_or_wounded", "more_than",
           "a little over 4,000", "cumulative", relays=HANBIT, low=4000,
           notes="a press secretary takes the Pentagon's id"),
     ]),
     S("Washington expects them to keep taking heavy losses, perhaps several hundred a week, as long as they are used in frontal assaults, she said.", [
         R("us-dod", "Pentagon deputy press secretary Dana Whitcomb", "north_korean", "casualties_unspecified", "vague",
           "several hundred", "unspecified", relays=HANBIT, counted_in="people_per_week", modality="projected",
           low=300, high=900,
           notes="speaker only from 'she said'; a forecast rate ('as long as' restates present practice, not a hypothesis)"),
     ])],
    [S("Kyiv's figures have run higher: Ukraine's military intelligence agency said on Feb. 14 that more than 1,500 North Koreans had been killed.", [
         R("ua-gur", "Ukraine's military intelligence agency", "north_korean", "killed", "more_than", "more than 1,500",
           "cumulative", relays=HANBIT, low=1500, notes="report date Feb. 14 (a Friday)"),
     ]),
     S("North Korea has not acknowledged sending troops, and Moscow calls its allies' help “a sovereign matter”.")],
]

# ================================================================ ap04
# Bloomberg-style brief summarising an intelligence assessment, then the outlet's background and arithmetic.
MER = "Meridian"
DI = "Defence Intelligence (UK)"
a4_lead = S("LONDON (Meridian) — Russian forces trying to push Ukraine out of the Kursk region suffered an average of about 140 casualties a day in February, and North Korean units about 40, according to an assessment by Britain's Defence Intelligence released on Saturday.", [
    R("gb-defence-intelligence", DI, "russian", "casualties_unspecified", "approximate", "about 140", "period",
      relays=MER, counted_in="people_per_day", best=140, notes="daily rate over February"),
    R("gb-defence-intelligence", DI, "north_korean", "casualties_unspecified", "approximate", "about 40", "period",
      relays=MER, counted_in="people_per_day", best=40, notes="'about 40' elliptical: 'casualties a day' carried over"),
])
a4 = [
    [S("Kursk Fighting Costs Russia and North Korea About 180 Troops a Day, UK Says", [
        R("author", "Meridian (headline)", "russian_and_north_korean", "casualties_unspecified", "approximate",
          "About 180", "period", counted_in="people_per_day", best=180, derived=a4_lead,
          notes="headline adds the two rates (140 + 40); the UK gave no combined figure"),
    ])],
    [a4_lead],
    [S("Among the assessment's other findings:")],
    [S("• North Korean troops make up about a fifth of the assault units in the sector, down from a third in January.",
       trap="share of the assault force's make-up, not a share lost")],
    [S("• Their losses since arriving in the autumn are likely to be about 4,000 killed or wounded, of whom perhaps 1,000 were killed.", [
        R("gb-defence-intelligence", DI, "north_korean", "killed_or_wounded", "approximate", "about 4,000", "cumulative",
          relays=MER, best=4000, notes="claimant from the lead-in 'the assessment's findings'; running total since arrival"),
        R("gb-defence-intelligence", DI, "north_korean", "killed", "approximate", "perhaps 1,000", "cumulative",
          relays=MER, best=1000, notes="the killed are included in the 4,000"),
    ])],
    [S("• Russia's own losses in the region since August 2024 are probably between 45,000 and 50,000 killed and wounded.", [
        R("gb-defence-intelligence", DI, "russian", "killed_or_wounded", "range", "between 45,000 and 50,000",
          "cumulative", relays=MER, low=45000, high=50000, notes="claimant from context"),
    ])],
    [S("• If the current rate holds, Russian casualties in the Kursk sector will pass 60,000 by the end of April.", [
        R("gb-defence-intelligence", DI, "russian", "casualties_unspecified", "more_than", "pass 60,000", "cumulative",
          relays=MER, modality="conditional", low=60000,
          notes="if-then looking to end of April; 'casualties' not defined here"),
    ])],
    [S("Ukraine still holds about 300 square kilometres of the region, down from a peak of 1,300 last August, the assessment said.",
       trap="territory held, not people"),
     S("Britain's defence ministry publishes such updates on social media several times a week and rarely explains its methods.")],
    [S("At 140 a day, February's toll works out to roughly 3,900 Russian casualties for the month, by Meridian's calculation, above the 3,000 Defence Intelligence estimated for December.", [
        R("author", "Meridian (own calculation)", "russian", "casualties_unspecified", "approximate", "roughly 3,900",
          "period", best=3900, derived=a4_lead, notes="the outlet multiplies the daily rate by February's 28 days"),
        R("gb-defence-intelligence", DI, "russian", "casualties_unspecified", "exact", "3,000", "period",
          relays=MER, low=3000, best=3000, high=3000, notes="December figure, a second claimant in the same sentence"),
    ])],
    [S("Moscow does not disclose its casualties."),
     S("Its defence ministry says Ukraine has lost more than 60,000 troops in Kursk, a figure Kyiv dismisses as propaganda.", [
        R("ru-mod", "Russia's defence ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 60,000",
          "cumulative", relays=MER, low=60000, notes="cited to be disputed by Kyiv (no figure of Kyiv's)"),
     ]),
     S("North Korea sent about 11,000 soldiers to Russia late last year, according to US and South Korean officials.", [
        R("us-officials", "US officials", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          relays=MER, best=11000, notes="list of claimants: one row per nation"),
        R("kr-officials", "South Korean officials", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          relays=MER, best=11000, notes="list of claimants: one row per nation"),
     ]),
     S("Britain last month pledged a further £1.6 billion in air-defence missiles for Ukraine.", trap="money")],
]

# ================================================================ ap05
# Guardian-style long read: a soldier quoted at length, then official figures.
SEN = "The Sentinel"
MEL = "Taras Melnychuk, Ukrainian infantryman"
a5 = [
    [S("‘We left with what we could carry’: the last weeks of Ukraine's Kursk salient")],
    [S("An infantryman recalls the collapse of the operation, as Kyiv and Moscow trade figures neither side can prove.")],
    [S("Taras Melnychuk was 27 when his brigade crossed into Russia in August 2024, and he is 28 now, sitting in a café in Sumy some 30 kilometres from the border.",
       trap="ages, a date and a distance")],
    [S("“The road out of Sudzha was the only road, and they had it under drones day and night,” he says."),
     S("“Our platoon went in with 28 people in August.", [
         R("ua-melnychuk", MEL, "ukrainian", "deployed", "exact", "28", "stock", relays=SEN,
           low=28, best=28, high=28, notes="a platoon's strength on entry; the speaker from the sentence before"),
     ]),
     S("By March there were 11 of the originals left.",
       trap="survivors remaining; the losses (28 minus 11) must not be inferred"),
     S("The others were dead, or wounded, or in hospital in Sumy — I couldn't tell you which for each of them."),
     S("On the last night, going out, we lost three more.", [
         R("ua-melnychuk", MEL, "ukrainian", "casualties_unspecified", "exact", "three", "incident", relays=SEN,
           low=3, best=3, high=3, notes="'lost' undefined here; broken down in the next sentence"),
     ]),
     S("Two killed by a drone on the road, and one we never found.”", [
         R("ua-melnychuk", MEL, "ukrainian", "killed", "exact", "Two", "incident", relays=SEN,
           low=2, best=2, high=2, notes="part of the three"),
         R("ua-melnychuk", MEL, "ukrainian", "missing", "exact", "one", "incident", relays=SEN,
           low=1, best=1, high=1, notes="'never found' = missing; part of the three"),
     ])],
    [S("He talks without drama, and only once about the North Koreans."),
     S("“They came at night in February through the gas pipe, maybe a hundred of them, and came out behind us.",
       trap="size of an attacking force, not losses"),
     S("We killed a lot of them — thirty, forty on that first morning, I saw the bodies myself.", [
         R("ua-melnychuk", MEL, "north_korean", "killed", "range", "thirty, forty", "incident", relays=SEN,
           low=30, high=40, notes="'them' = the North Koreans of the sentence before; 'a lot' has no number"),
     ]),
     S("But there were always more.”")],
    [S("The official figures tell the story only in outline."),
     S("Ukraine's General Staff has never published its own losses in Kursk."),
     S("President Volodymyr Zelenskyy said in March that Russian and North Korean losses in the operation had reached about 62,000, including almost 24,000 killed.", [
         R("ua-zelenskyy", "President Volodymyr Zelenskyy", "russian_and_north_korean", "casualties_unspecified",
           "approximate", "about 62,000", "cumulative", relays=SEN, best=62000, notes="mixed count stays mixed"),
         R("ua-zelenskyy", "President Volodymyr Zelenskyy", "russian_and_north_korean", "killed", "vague",
           "almost 24,000", "cumulative", relays=SEN, low=21600, high=23999,
           notes="'almost N' read as 0.9N to N-1; included in the 62,000"),
     ]),
     S("Moscow's defence ministry said in April that Ukraine had lost more than 76,000 troops over the eight months, a number that would mean Kyiv lost more soldiers in Kursk than it ever sent there.", [
         R("ru-mod", "Moscow's defence ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000",
           "cumulative", relays=SEN, low=76000, notes="cited to be disputed by the paper's own comparison (no figure)"),
     ]),
     S("Western officials have put the force Ukraine committed at between 12,000 and 30,000 at different stages.", [
         R("western-officials", "Western officials", "ukrainian", "deployed", "range", "between 12,000 and 30,000",
           "stock", relays=SEN, low=12000, high=30000,
           notes="a group claimant known not to be UA, RU or KP"),
     ])],
    [S("Of his battalion of about 400, Melnychuk reckons a quarter were killed or badly wounded over the eight months.", [
        R("ua-melnychuk", MEL, "ukrainian", "deployed", "approximate", "about 400", "stock", relays=SEN,
          best=400, notes="strength of his battalion, the base of the share"),
        R("ua-melnychuk", MEL, "ukrainian", "killed_or_wounded", "approximate", "a quarter", "cumulative", relays=SEN,
          counted_in="percent_of_force", best=25, notes="share of the battalion of about 400; surname-only mention"),
    ]),
     S("“A quarter,” he repeats.", trap="repeats the share of the sentence before; not a new claim"),
     S("“In the newspapers it always sounds like less.”")],
]

# ================================================================ ap06
# A translated North Korean statement quoted in full, with a Japanese paper's framing before and after.
CHUO = "Chuo Nippo"
CMC = "Central Military Commission of the Workers' Party of Korea"
a6_101 = S("The Central Military Commission has decided to confer the title of Hero of the DPRK posthumously on 101 fallen fighters, and the Order of the National Flag, First Class, on all the others who fell.", [
    R("kp-wpk-cmc", CMC, "north_korean", "killed", "at_least", "101", "period", relays="KCNA > " + CHUO, low=101,
      notes="the 101 are some of the dead ('all the others who fell'), so a lower bound of the dead; the operation's 190 days"),
])
a6 = [
    [S("North Korea honours 101 ‘fallen heroes’ of Kursk in first statement on its dead", trap=restates(a6_101))],
    [S("SEOUL — North Korea's ruling party has for the first time put a figure on the soldiers it lost fighting for Russia, in a statement carried by the state news agency KCNA early on Friday."),
     S("The full text of the statement by the party's Central Military Commission, as translated by Chuo Nippo, follows.")],
    [S("“The overseas operational units of the Korean People's Army, dispatched under the treaty on comprehensive strategic partnership, have gloriously fulfilled their internationalist duty in the liberation of the Kursk region."),
     S("In the 190 days of fighting, they annihilated more than 2,800 enemy troops and seized 14 tanks and armoured vehicles.", [
         R("kp-wpk-cmc", CMC, "ukrainian", "killed", "more_than", "more than 2,800", "period", relays="KCNA > " + CHUO,
           low=2800, notes="'annihilated' read as killed; 'enemy' = Ukrainian from Pyongyang's side; tanks are equipment"),
     ]),
     S("In the course of these battles, a number of our officers and soldiers laid down their precious lives.", [
         R("kp-wpk-cmc", CMC, "north_korean", "killed", "none", "", "period", relays="KCNA > " + CHUO,
           notes="own side acknowledges dead without a number; 'a number of' gives no bounds"),
     ]),
     a6_101,
     S("Their names will be engraved on a memorial to be completed on Ryomyong Street by October 10.", trap="a date"),
     S("The wounded comrades, who have returned to the warm embrace of the motherland, will receive the best care that the state can give.", [
         R("kp-wpk-cmc", CMC, "north_korean", "wounded", "none", "", "period", relays="KCNA > " + CHUO,
           notes="wounded acknowledged with no number"),
     ]),
     S("Let the enemies of the Republic know that the blood shed on the Kursk front has only strengthened our friendship with Russia.”")],
    [S("The statement did not say how many were killed in all, or how many were wounded."),
     S("North Korea is thought to have sent about 15,000 troops to Russia in all.", [
         R("author", "Chuo Nippo (own voice)", "north_korean", "deployed", "approximate", "about 15,000", "stock",
           best=15000, notes="passive 'is thought' names no one: the paper's own voice"),
     ]),
     S("South Korea's National Intelligence Service told lawmakers this month that about 2,000 North Korean soldiers had died in Kursk and that the number killed or wounded exceeded 6,000, Yonhap news agency reported.", [
         R("kr-nis", "South Korea's National Intelligence Service", "north_korean", "killed", "approximate", "about 2,000",
           "cumulative", relays="lawmakers > Yonhap > " + CHUO, best=2000),
         R("kr-nis", "South Korea's National Intelligence Service", "north_korean", "killed_or_wounded", "more_than",
           "exceeded 6,000", "cumulative", relays="lawmakers > Yonhap > " + CHUO, low=6000,
           notes="includes the 2,000 dead"),
     ]),
     S("By that estimate, the 101 new heroes would be about one in 20 of the dead.",
       trap="the paper's ratio of the decorated to the NIS dead; not a loss figure")],
    [S("Ukraine's military intelligence, asked about the statement, put the North's dead at about 3,500 and its wounded at more than 7,000.", [
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "killed", "approximate", "about 3,500",
          "cumulative", relays=CHUO, best=3500),
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "wounded", "more_than", "more than 7,000",
          "cumulative", relays=CHUO, low=7000),
    ]),
     S("Tokyo's defence white paper, released on July 15, devoted two pages to the deployment but gave no casualty figures.",
       trap="a date and a page count")],
]

# ================================================================ ap07
# A Russian local news site retelling a military blogger's Telegram post, then its own count of named dead.
KV = "Kurskiy Vestnik"
BLOG = "Severny Veter Telegram channel (author 'Andrei')"
a7_lead = S("The author of the Telegram channel Severny Veter, which has about 310,000 subscribers and is run by a former paratrooper who signs his posts only as Andrei, wrote on Sunday night that a naval infantry battalion had lost 38 men in two days trying to cross the Seym river near Tetkino.", [
    R("ru-severny-veter", BLOG, "russian", "casualties_unspecified", "exact", "38", "period", relays=KV,
      low=38, best=38, high=38, notes="'lost' undefined; 'two days' a stated window; subscribers are not people lost"),
])
a7 = [
    [S("Blogger says dozens of marines lost in botched Seym crossing near Tetkino", [
        R("author", "Kurskiy Vestnik (headline)", "russian", "casualties_unspecified", "vague", "dozens", "period",
          low=24, high=99, derived=a7_lead, notes="the headline's own vague figure made from the blogger's 38"),
    ])],
    [a7_lead],
    [S("The crossing was ordered for Friday morning without drone cover, the post said."),
     S("Of the first two boats, only one reached the far bank.", trap="boats, not people"),
     S("By Saturday evening 14 men had been confirmed dead and the rest were wounded or missing; the battalion commander, a lieutenant colonel, was among the dead.", [
         R("ru-severny-veter", BLOG, "russian", "killed", "exact", "14", "period", relays=KV,
           low=14, best=14, high=14, notes="claimant from 'the post said'; part of the 38; 'the rest' gives no number"),
     ]),
     S("Another company, sent across on Saturday night to hold the bridgehead, was “practically wiped out”.", [
         R("ru-severny-veter", BLOG, "russian", "casualties_unspecified", "exact", "Another company", "incident",
           relays=KV, counted_in="companies", low=1, best=1, high=1,
           notes="no attribution in the sentence: still the post; may overlap the 38"),
     ]),
     S("“Half of them are still lying on the bank, because nobody can get to them,” Andrei wrote.", [
         R("ru-severny-veter", BLOG, "russian", "killed", "approximate", "Half", "incident", relays=KV,
           counted_in="percent_of_force", best=50, notes="share of the company; bodies on the bank read as dead"),
     ]),
     S("He blamed the brigade's staff for sending men across “like it was 1943”.", trap="a year")],
    [S("The Defence Ministry has not commented on the post."),
     S("Its Sunday bulletin said Russian forces near Tetkino had repelled an attack and killed up to 60 Ukrainian servicemen, with no mention of any crossing.", [
         R("ru-mod", "the Defence Ministry's Sunday bulletin", "ukrainian", "killed", "at_most", "up to 60", "incident",
           relays=KV, high=60, notes="'Russian forces' are not whose losses"),
     ]),
     S("A source in the regional military enlistment office told Kurskiy Vestnik that the figure of 38 was “exaggerated, but not by much”.",
       trap="disputes the blogger's figure without giving one"),
     S("The channel has reported heavy losses before."),
     S("In March it wrote that 200 men of a motorised rifle regiment had been killed or wounded in a single week near Sudzha.", [
         R("ru-severny-veter", BLOG, "russian", "killed_or_wounded", "exact", "200", "period", relays=KV,
           low=200, best=200, high=200, notes="'it' = the channel; a week in March"),
     ])],
    [S("Kurskiy Vestnik has so far confirmed by name the deaths of 212 servicemen from the Kursk region since August 2024, using obituaries, funeral notices and posts by relatives.", [
        R("author", "Kurskiy Vestnik (own count)", "russian", "killed", "exact", "212", "cumulative",
          low=212, best=212, high=212, notes="a count of named dead, a floor in fact but written as an exact count"),
    ]),
     S("Four of them came from Glushkovo district and died in the past month.", [
        R("author", "Kurskiy Vestnik (own count)", "russian", "killed", "exact", "Four", "period",
          low=4, best=4, high=4, notes="a subset of the 212"),
     ]),
     S("The governor's office said on Monday that two civilians had been killed by Ukrainian drones in Tetkino over the weekend.",
       trap="civilians, not military losses")],
]

# ================================================================ ap08
# Daily NK-style report from sources inside North Korea; "the source said" only now and then.
NKP = "NK Pulse"
SRC_P = "a source in Pyongyang (NK Pulse)"
SRC_H = "a source in North Hamgyong (NK Pulse)"
a8_lead = S("A military hospital in Pyongyang's Sadong district has received about 300 soldiers wounded in Russia since late January, a source in the capital told NK Pulse on Wednesday.", [
    R("nkpulse-source-pyongyang", SRC_P, "north_korean", "wounded", "approximate", "about 300", "cumulative",
      relays=NKP, best=300, notes="running total since late January"),
])
a8_46 = S("In North Hamgyong province, a separate source said, the families of 46 soldiers from Kyongsong county alone had received death notices by the end of February.", [
    R("nkpulse-source-north-hamgyong", SRC_H, "north_korean", "killed", "exact", "46", "cumulative", relays=NKP,
      low=46, best=46, high=46, notes="death notices to date, one county"),
])
a8 = [
    [S("Pyongyang military hospital has taken in 300 soldiers wounded in Russia, source says", trap=restates(a8_lead))],
    [a8_lead,
     S("Most arrived by train through the border station at Tumangang and were moved to the wards at night."),
     S("About a third have lost limbs, and at least 20 have died in the hospital since arriving.", [
         R("nkpulse-source-pyongyang", SRC_P, "north_korean", "killed", "at_least", "at least 20", "cumulative",
           relays=NKP, low=20,
           notes="claimant from the paragraph's source; 'a third' is the share of the wounded with amputations, not a loss share"),
     ]),
     S("Staff have been told never to mention Russia; the patients' records say they were hurt in “training accidents”."),
     S("“The families hear nothing until the body comes home, if it comes home,” the source said.")],
    [a8_46,
     S("Each family was given a certificate, a sack of rice and 500,000 won.", trap="money and goods"),
     S("Another 12 were listed as missing.", [
         R("nkpulse-source-north-hamgyong", SRC_H, "north_korean", "missing", "exact", "12", "cumulative", relays=NKP,
           low=12, best=12, high=12, notes="claimant from the sentence before; same county"),
     ]),
     S("At a meeting last week, party officials told residents that the county's sons would fight “to the last” and that a new group of about 800 conscripts from the province would leave for Russia in April.", [
         R("kp-officials", "party officials (North Korea)", "north_korean", "deployed", "approximate", "about 800", "stock",
           relays="a source in North Hamgyong > " + NKP, modality="projected", best=800,
           notes="a future dispatch, projected to April; the source relays the officials"),
     ]),
     S("Kyongsong lies about 40 kilometres south of Chongjin, the provincial capital.", trap="distance"),
     S("The source, who is in his 50s and has a son in the army, asked not to be named.", trap="age")],
    [S("If Kyongsong's toll were typical of the province's 18 counties and cities, North Hamgyong alone would have lost more than 800 soldiers, by NK Pulse's arithmetic.", [
        R("author", "NK Pulse (own arithmetic)", "north_korean", "killed", "more_than", "more than 800", "cumulative",
          modality="conditional", low=800, derived=a8_46,
          notes="the outlet's extrapolation of the 46 over 18 counties; an if-then, not a report"),
    ]),
     S("The source called that figure “probably too low”."),
     S("NK Pulse could not verify the accounts independently.")],
    [S("South Korea's spy agency estimated in January that about 300 North Koreans had been killed and about 2,700 wounded in Kursk.", [
        R("kr-nis", "South Korea's spy agency", "north_korean", "killed", "approximate", "about 300", "cumulative",
          relays=NKP, best=300),
        R("kr-nis", "South Korea's spy agency", "north_korean", "wounded", "approximate", "about 2,700", "cumulative",
          relays=NKP, best=2700),
    ]),
     S("Ukraine's military intelligence said in December that the North Koreans had lost some 2,000 men in a single week of assaults, a figure South Korean officials called “exaggerated”.", [
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "casualties_unspecified", "approximate", "some 2,000",
          "period", relays=NKP, best=2000, notes="cited to be disputed by South Korean officials, who give no figure"),
     ])],
]

SPECS = {
    "ap01-agency-bulletin-retold": a1,
    "ap02-interview-as-prose": a2,
    "ap03-briefing-many-speakers": a3,
    "ap04-intel-brief-arithmetic": a4,
    "ap05-long-read-soldier": a5,
    "ap06-translated-statement": a6,
    "ap07-telegram-post-retold": a7,
    "ap08-sources-inside-nk": a8,
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
