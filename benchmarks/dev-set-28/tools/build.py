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


# ---------------------------------------------------------------- p01
# A New York Times-style news analysis weighing three estimates of North Korean losses (about September 2025).
NIS = "South Korea's National Intelligence Service (NIS)"
ICC = "Institute for Contemporary Conflict"
p01 = [
    [S("Three Counts of North Korea’s Dead in Kursk, and Little Agreement",
       trap="headline counts estimates, not people")],
    [S("SEOUL — Eleven months after North Korea began sending soldiers to help Russia retake the Kursk region, the question of how many of them have died there has three answers that barely overlap.",
       trap="months since the deployment and the number of estimates; no loss figure")],
    [S("The lowest comes from Seoul’s National Intelligence Service, which told lawmakers in a closed-door briefing on Tuesday that about 2,300 North Korean soldiers had been killed since the deployment began.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,300", "cumulative",
          relays="Park Sun-woo", best=2300,
          notes="briefing to lawmakers; Park Sun-woo, named in the next sentence, relayed it to reporters"),
     ]),
     S("Park Sun-woo, a lawmaker on the intelligence committee who relayed the briefing to reporters, said the agency put the number of wounded at roughly 4,800.", [
        R("kr-nis", NIS, "north_korean", "wounded", "approximate", "roughly 4,800", "cumulative",
          relays="Park Sun-woo", best=4800, notes="'the agency' is the NIS of the previous sentence"),
     ]),
     S("The agency’s count has crept upward: in January it said some 250 had died and about 2,900 had been wounded, and by April it put total casualties at 5,100.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "some 250", "cumulative", best=250,
          notes="earlier NIS total, superseded by the later ones; kept as its own dated claim"),
        R("kr-nis", NIS, "north_korean", "wounded", "approximate", "about 2,900", "cumulative", best=2900),
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "exact", "5,100", "cumulative",
          low=5100, best=5100, high=5100, notes="'total casualties' is not defined in the text"),
     ])],
    [S("Kyiv’s numbers are far higher.", trap=None),
     S("Kyrylo Dovhan, a spokesman for Ukraine’s General Staff, said last week that North Korean units had lost more than 6,000 men killed or wounded, a figure he said was drawn from intercepted radio traffic and drone footage.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "killed_or_wounded",
          "more_than", "more than 6,000", "cumulative", low=6000,
          notes="spokesman speaks for the General Staff; combined measure kept; the claim is disputed by Moscow in the next sentence"),
     ]),
     S("Moscow, which has never published a casualty figure for its allies, called Dovhan’s number “propaganda arithmetic.”")],
    [S("The third estimate, from the Institute for Contemporary Conflict in Washington, splits the difference.",
       trap="'third' orders the estimates; the figures follow in the next sentence"),
     S("Its analysts calculate that North Korea has suffered between 3,500 and 5,000 killed, wounded or missing, and that roughly a quarter of the 12,000 troops it first sent were out of action by the spring.", [
        R("institute-contemporary-conflict", ICC, "north_korean", "killed_wounded_or_missing", "range",
          "between 3,500 and 5,000", "cumulative", low=3500, high=5000),
        R("institute-contemporary-conflict", ICC, "north_korean", "casualties_unspecified", "approximate",
          "roughly a quarter", "cumulative", counted_in="percent_of_force", best=25,
          notes="share of the 12,000 first sent (share_of the deployed row); 'out of action' is undefined, so casualties_unspecified; 'a quarter' read as 25 percent"),
        R("institute-contemporary-conflict", ICC, "north_korean", "deployed", "exact", "12,000", "stock",
          low=12000, best=12000, high=12000, notes="troops first sent, not losses"),
     ])],
    [S("At the peak of the winter fighting, by its reckoning, North Korean units were losing about 90 soldiers a day killed or wounded, most of them to Ukrainian drones.", [
        R("institute-contemporary-conflict", ICC, "north_korean", "killed_or_wounded", "approximate", "about 90",
          "period", counted_in="people_per_day", best=90,
          notes="claimant ('its') named in the preceding paragraph; 'Ukrainian drones' is the cause, not whose losses; window 'peak of the winter fighting'"),
     ]),
     S("If that pace resumed, the report warns, the number killed, wounded or missing could pass 7,000 by the end of the year.", [
        R("institute-contemporary-conflict", ICC, "north_korean", "killed_wounded_or_missing", "more_than",
          "pass 7,000", "cumulative", modality="conditional", low=7000,
          notes="if-then, looks to the end of 2025"),
     ])],
    [S("American officials have been more guarded.", trap=None),
     S("A senior Pentagon official, who spoke on condition of anonymity to discuss intelligence, would say only that North Korean losses were “in the thousands,” and cautioned that both Kyiv and Seoul had reasons to lean toward higher figures.", [
        R("us-officials", "US officials (a senior Pentagon official, unnamed)", "north_korean",
          "casualties_unspecified", "vague", "in the thousands", "cumulative", low=2000, high=9999,
          notes="unnamed official takes the nation's officials id; 'losses' undefined; vague bounds by this set's convention"),
     ])],
    [S("The gap matters.", trap=None),
     S("Pyongyang is thought to have earned as much as $20 billion from its arms and troop deals with Moscow, according to one South Korean estimate, and the human cost may shape how many more soldiers it is willing to send.",
       trap="money earned, not people"),
     S("North Korea itself acknowledged the deployment only in late April, some six months after its first troops arrived in Russia.",
       trap="duration of the deployment, not a loss")],
]

# ---------------------------------------------------------------- p02
# A Ukrainska Pravda-style report quoting a drone unit's Facebook post (Monday 13 January 2025).
NP = "Nichni Ptakhy unmanned systems battalion (Ukraine)"
p02_main = S("Ukrainian drone operators from the Nichni Ptakhy unmanned systems battalion say they killed 38 North Korean soldiers and wounded 21 more near the village of Pogrebki in the Kursk region on Saturday and Sunday.", [
    R("ua-nichni-ptakhy", NP, "north_korean", "killed", "exact", "38", "period", low=38, best=38, high=38,
      notes="'Ukrainian' is the claimant's side, not whose losses"),
    R("ua-nichni-ptakhy", NP, "north_korean", "wounded", "exact", "21", "period", low=21, best=21, high=21),
])
p02 = [
    [S("Drone unit: 59 North Korean soldiers killed or wounded in Kursk region over the weekend", [
        R("author", "the article's own voice", "north_korean", "killed_or_wounded", "exact", "59", "period",
          low=59, best=59, high=59, derived=p02_main,
          notes="headline sums the unit's 38 killed and 21 wounded; the outlet's own derived figure, shown beside the unit's claims"),
     ])],
    [p02_main,
     S("The battalion published the figures in a Facebook post on Monday morning, alongside a 12-minute compilation of strike footage.",
       trap="length of a video")],
    [S("“The Koreans keep coming in groups of 15 to 20 across open fields, in daylight, and we meet them,” the post said.",
       trap="size of attacking groups, not losses"),
     S("According to the battalion, one North Korean company was “practically wiped out” on the approach to the village on Sunday.", [
        R("ua-nichni-ptakhy", NP, "north_korean", "casualties_unspecified", "exact", "one", "incident",
          counted_in="companies", low=1, best=1, high=1,
          notes="formation counted as written; 'wiped out' does not say killed, so casualties_unspecified"),
     ]),
     S("Two of the wounded were taken prisoner, the unit added, and handed over to the SBU security service for questioning.", [
        R("ua-nichni-ptakhy", NP, "north_korean", "captured", "exact", "Two", "period", low=2, best=2, high=2,
          notes="claimant after the figure ('the unit added'); the two are among the 21 wounded"),
     ]),
     S("The post also claimed that Russian paratroopers fighting alongside the North Koreans had lost “at least 40 men” over the same two days.", [
        R("ua-nichni-ptakhy", NP, "russian", "casualties_unspecified", "at_least", "at least 40", "period", low=40,
          notes="Russian losses, not North Korean; 'lost' undefined"),
     ]),
     S("The unit said its crews had also destroyed three armoured vehicles and a mortar position.",
       trap="equipment, not people")],
    [S("Since the North Koreans appeared on this stretch of the front in December, the battalion says, its crews have killed 412 of them and wounded about 600.", [
        R("ua-nichni-ptakhy", NP, "north_korean", "killed", "exact", "412", "cumulative", low=412, best=412, high=412,
          notes="running total since December"),
        R("ua-nichni-ptakhy", NP, "north_korean", "wounded", "approximate", "about 600", "cumulative", best=600),
     ]),
     S("The figures could not be independently verified.")],
    [S("Russian military bloggers disputed the account."),
     S("One popular Z-channel on Telegram, Frontovoy Vestnik, claimed that only five North Koreans had been wounded in the Sunday attack and none killed.", [
        R("ru-frontovoy-vestnik", "Frontovoy Vestnik (Russian Telegram channel)", "north_korean", "wounded",
          "exact", "five", "incident", low=5, best=5, high=5, notes="cited to dispute the unit's claim"),
        R("ru-frontovoy-vestnik", "Frontovoy Vestnik (Russian Telegram channel)", "north_korean", "killed",
          "exact", "none", "incident", low=0, best=0, high=0, notes="'none killed' read as an exact zero"),
     ])],
    [S("The battalion’s claims are in line with broader Ukrainian estimates."),
     S("HUR, Ukraine’s military intelligence agency, said in late December that North Korean losses in the Kursk region had already exceeded 2,500 killed and wounded.", [
        R("ua-gur", "Defence Intelligence of Ukraine (HUR)", "north_korean", "killed_or_wounded", "more_than",
          "exceeded 2,500", "cumulative", low=2500,
          notes="'killed and wounded' as one total is the combined measure"),
     ])],
]

# ---------------------------------------------------------------- p03
# An RIA-style Russian wire item quoting the Defence Ministry's daily summary (Friday 14 February 2025).
MOD = "Russian Ministry of Defence"
WIRE = "Mir Novostei"
p03_lead = S("MOSCOW, February 14 (Mir Novostei) — Ukrainian forces lost more than 250 servicemen over the past 24 hours in the Kursk region, the Russian Defence Ministry said in its daily summary on Friday.", [
    R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 250", "period",
      relays=WIRE, low=250, notes="'lost ... servicemen' does not say killed; one-day window, counted in people"),
])
p03 = [
    [S("Ukrainian forces lost more than 250 servicemen in Kursk region in a day — MoD", trap=restates(p03_lead))],
    [p03_lead,
     S("Units of the North group of forces repelled seven counterattacks near the settlements of Sverdlikovo and Nikolayevo-Darino, the ministry said.",
       trap="number of counterattacks, not losses"),
     S("The enemy lost up to 110 servicemen, two tanks and four armoured fighting vehicles there, according to the summary.", [
        R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 110", "period", relays=WIRE,
          high=110, notes="part of the day's 250; tanks and vehicles are equipment and get no row"),
     ]),
     S("Near Malaya Loknya, an assault group of up to a company was destroyed by drones and artillery fire.", [
        R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "at_most", "up to a company", "incident",
          relays=WIRE, counted_in="companies", high=1,
          notes="claimant inferred from the paragraph (the ministry's summary)"),
     ]),
     S("Over the past week, 26 Ukrainian servicemen laid down their arms and surrendered in the Kursk region, the ministry added.", [
        R("ru-mod", MOD, "ukrainian", "captured", "exact", "26", "period", relays=WIRE, low=26, best=26, high=26,
          notes="surrendered read as captured"),
     ])],
    [S("Over the previous week, from February 3 to 9, the ministry put Ukrainian losses in the Kursk direction at more than 1,650 servicemen.", [
        R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 1,650", "period",
          relays=WIRE, low=1650),
     ]),
     S("In total, since the start of hostilities in the Kursk direction last August, the Ukrainian armed forces have lost more than 49,600 servicemen, 310 tanks and more than 23,000 other weapons and vehicles, the summary said.", [
        R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 49,600", "cumulative",
          relays=WIRE, low=49600, notes="running total since August 2024; tanks and vehicles are equipment"),
     ]),
     S("Russian air defence systems shot down 64 Ukrainian drones overnight, 23 of them over the Kursk region.",
       trap="drones shot down, not people")],
    [S("Speaking to the Zvezda television channel, Major General Ruslan Gadzhiev, deputy commander of the North group, said Ukraine had lost “around 1,500 men” in the past week trying to hold on to its last positions near Sudzha.", [
        R("ru-gadzhiev", "Maj. Gen. Ruslan Gadzhiev (North group of forces)", "ukrainian", "casualties_unspecified",
          "approximate", "around 1,500", "period", relays="Zvezda > " + WIRE, best=1500,
          notes="a TV channel quoting a general: Zvezda is the first relay, the wire the second"),
     ]),
     S("“They are losing 200 to 250 a day, and they keep sending more,” Gadzhiev said.", [
        R("ru-gadzhiev", "Maj. Gen. Ruslan Gadzhiev (North group of forces)", "ukrainian", "casualties_unspecified",
          "range", "200 to 250", "unspecified", relays="Zvezda > " + WIRE, counted_in="people_per_day",
          low=200, high=250, notes="surname only on second mention; a present-tense rate with no window of its own"),
     ])],
    [S("Acting Kursk Region Governor Yevgeny Sokolovsky said on Telegram that two civilians had been wounded in a Ukrainian drone strike on the town of Rylsk.",
       trap="civilians wounded, outside the ledger's military losses"),
     S("On February 9, Russia and Ukraine exchanged 110 prisoners of war each in a swap mediated by the United Arab Emirates.",
       trap="prisoners exchanged, not captured in fighting"),
     S("The ministry does not publish figures for its own losses.")],
]

# ---------------------------------------------------------------- p04
# A Yomiuri-style Japanese report citing government sources (May 2025).
JP = "Japanese government sources (unnamed)"
p04_lead = S("The Japanese government believes that North Korean troops sent to fight for Russia in the Kursk region have suffered about 4,000 casualties, including roughly 600 killed, according to several government sources.", [
    R("jp-officials", JP, "north_korean", "casualties_unspecified", "approximate", "about 4,000", "cumulative",
      best=4000, notes="'casualties' undefined; the 600 killed are part of it"),
    R("jp-officials", JP, "north_korean", "killed", "approximate", "roughly 600", "cumulative", best=600),
])
p04 = [
    [S("N. Korean troops in Kursk suffered 4,000 casualties, govt believes", trap=restates(p04_lead))],
    [p04_lead,
     S("The assessment, compiled by the Defense Ministry and the Cabinet Intelligence and Research Office, draws heavily on information shared by the United States and South Korea, the sources said.")],
    [S("US and South Korean officials said in December that more than 1,000 North Korean soldiers had been killed or wounded in their first weeks of combat.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "more_than", "more than 1,000",
          "period", low=1000, notes="a list of claimants: one row each"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed_or_wounded", "more_than",
          "more than 1,000", "period", low=1000, notes="a list of claimants: one row each"),
     ])],
    [S("According to the sources, the North Korean contingent, originally about 12,000 strong, was reinforced by some 3,500 more soldiers in January and February.", [
        R("jp-officials", JP, "north_korean", "deployed", "approximate", "about 12,000", "stock", best=12000),
        R("jp-officials", JP, "north_korean", "deployed", "approximate", "some 3,500", "stock", best=3500,
          notes="reinforcements recorded as deployed troops, separately from the first contingent"),
     ]),
     S("Losses fell heavily on assault units at the front line, in some of which as much as 40% of personnel are believed to have been killed or wounded.", [
        R("jp-officials", JP, "north_korean", "killed_or_wounded", "at_most", "as much as 40%", "cumulative",
          counted_in="percent_of_force", high=40, notes="share of some assault units, not of the whole contingent"),
     ]),
     S("The government also estimates that Russian and North Korean forces together suffered about 20,000 casualties in retaking the Kursk region, which Moscow declared recaptured in late April.", [
        R("jp-officials", JP, "russian_and_north_korean", "casualties_unspecified", "approximate", "about 20,000",
          "period", best=20000, notes="mixed count kept mixed; the campaign (Aug 2024 to late April 2025) is the window"),
     ])],
    [S("Pyongyang has acknowledged only that its soldiers suffered “painful losses” in what it called a sacred mission, the sources noted.", [
        R("kp-government", "North Korean government (Pyongyang)", "north_korean", "casualties_unspecified", "none",
          "painful losses", "unspecified", relays="Japanese government sources",
          notes="own side acknowledges losses without a number"),
     ]),
     S("If North Korea keeps rotating troops at the current pace, one official said, it could have sent more than 30,000 soldiers in total by the end of the year.", [
        R("jp-officials", JP, "north_korean", "deployed", "more_than", "more than 30,000", "stock",
          modality="conditional", low=30000, notes="if-then on deployment, looks to end of 2025"),
     ])],
    [S("Tokyo is worried that the soldiers are gaining combat experience, including in drone warfare, that could be used on the Korean Peninsula, a senior Foreign Ministry official said, noting that North Korea has conducted at least 12 ballistic missile launches since January.",
       trap="missile launches, not people"),
     S("The Defense Ministry has requested a record ¥8.6 trillion for the next fiscal year, partly to strengthen intelligence gathering on the North.",
       trap="money")],
]

# ---------------------------------------------------------------- p05
# A Radio Free Asia-style interview with a defector (September 2025).
KFR = "Korea Freedom Radio"
CHOI = "Choi, North Korean defector (former army officer)"
p05 = [
    [S("Interview: ‘They were sent in waves’ — a defector on North Korea’s dead in Kursk")],
    [S("A former North Korean army officer who keeps in touch with relatives and old comrades through smuggled Chinese phones told Korea Freedom Radio that losses among soldiers sent to Russia are far higher than Pyongyang admits."),
     S("Choi, 41, who served 12 years in a reconnaissance battalion before defecting in 2019, spoke on condition that his full name be withheld.",
       trap="age, years of service and a year"),
     S("Excerpts follow, edited for length.")],
    [S("KFR: Have people from your hometown gone to Russia?")],
    [S("Choi: At least 17 young men from my home county have been killed, that I know of.", [
        R("defector-choi", CHOI, "north_korean", "killed", "at_least", "At least 17", "cumulative", relays=KFR, low=17,
          notes="the defector speaks from what relatives told him; he is the claimant"),
     ]),
     S("Their families were told in person by a party secretary, and warned not to talk about it.")],
    [S("KFR: What have you heard about the fighting itself?")],
    [S("Choi: A friend who is still an officer in the Storm Corps told me that of the 120 men in his company, only about 30 walked out of Kursk.",
       trap="company strength and survivors; the loss is not stated and must not be derived by subtraction"),
     S("He said about half of his battalion was killed or wounded in the first month, mostly by drones.", [
        R("kp-storm-corps-officer", "an officer in the Storm Corps (Choi's friend, unnamed)", "north_korean",
          "killed_or_wounded", "approximate", "about half", "period", relays="Choi > " + KFR,
          counted_in="percent_of_force", best=50, notes="relayed through the defector; 'half' read as 50 percent"),
     ]),
     S("My cousin’s unit lost 40 men in a single night in December, when they crossed a frozen reservoir.", [
        R("defector-choi", CHOI, "north_korean", "casualties_unspecified", "exact", "40", "incident", relays=KFR,
          low=40, best=40, high=40, notes="'lost' undefined"),
     ])],
    [S("KFR: What happens to the wounded?")],
    [S("Choi: Around 2,000 of them have been brought back and are kept apart in military hospitals near Pyongyang so that people do not see them.", [
        R("defector-choi", CHOI, "north_korean", "wounded", "approximate", "Around 2,000", "cumulative", relays=KFR,
          best=2000),
     ]),
     S("The authorities have told some families that about 300 soldiers are missing, which everyone understands to mean dead.", [
        R("kp-government", "North Korean authorities", "north_korean", "missing", "approximate", "about 300",
          "cumulative", relays="Choi > " + KFR, best=300,
          notes="own side speaking through the defector; missing stays missing, not converted to killed"),
     ]),
     S("Most of the soldiers are 19 or 20, and they had never seen a drone before.", trap="ages")],
    [S("KFR: South Korea’s spy agency says about 2,300 North Korean soldiers have died.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,300", "cumulative", relays=KFR,
          best=2300, notes="the interviewer cites the NIS figure so the defector can dispute it"),
     ]),
     S("Do you believe that?")],
    [S("Choi: It is much more. At least twice that, maybe three times.",
       trap="a multiple of another figure; not to be converted into a count")],
    [S("KFR: How many were sent?")],
    [S("Choi: I was told 15,000 went over in two rotations, and more are being trained now.", [
        R("defector-choi", CHOI, "north_korean", "deployed", "exact", "15,000", "stock", relays=KFR,
          low=15000, best=15000, high=15000, notes="troops sent, not losses"),
     ])],
]

# ---------------------------------------------------------------- p06
# A parliamentary written question and ministerial answer, Hansard style (March 2025).
DI = "Defence Intelligence (UK)"
UKMOD = "UK Ministry of Defence"
MIN = "Rachel Ashdown"
p06 = [
    [S("Ministry of Defence: North Korea: Military Intervention")],
    [S("Question UIN 38214, tabled on 3 March 2025", trap="question number and date")],
    [S("Mr Daniel Harrow (Westmoor and Tanfield) (Lib Dem): To ask the Secretary of State for Defence, what recent assessment his Department has made of the number of North Korean military personnel (a) deployed to and (b) killed or wounded in the Kursk region of Russia.")],
    [S("Answered by Rachel Ashdown, Minister for the Armed Forces, on 10 March 2025:", trap="date of the answer")],
    [S("Defence Intelligence assesses that around 12,000 North Korean troops were deployed to the Kursk region in late 2024, and that a further 1,500 to 4,000 have been sent since January.", [
        R("gb-defence-intelligence", DI, "north_korean", "deployed", "approximate", "around 12,000", "stock",
          relays=MIN, best=12000, notes="a minister citing her own government's intelligence service: the service is the claimant, the minister the relay"),
        R("gb-defence-intelligence", DI, "north_korean", "deployed", "range", "1,500 to 4,000", "stock",
          relays=MIN, low=1500, high=4000),
     ]),
     S("Of these, we judge that over 4,000 have been killed or wounded to date, including several hundred killed.", [
        R("gb-mod", UKMOD, "north_korean", "killed_or_wounded", "more_than", "over 4,000", "cumulative", low=4000,
          notes="'we' is the Department, for which the minister answers"),
        R("gb-mod", UKMOD, "north_korean", "killed", "vague", "several hundred", "cumulative", low=300, high=999,
          notes="vague bounds by this set's convention"),
     ]),
     S("Russian forces continue to suffer heavy losses across the front line, averaging more than 1,200 killed or wounded a day in February, the highest monthly rate since the start of the full-scale invasion.", [
        R("gb-mod", UKMOD, "russian", "killed_or_wounded", "more_than", "more than 1,200", "period",
          counted_in="people_per_day", low=1200, notes="whole war, not Kursk; rate over February"),
     ]),
     S("In the Kursk region alone, Russia’s forces are estimated to have suffered some 38,000 casualties since August 2024.", [
        R("gb-mod", UKMOD, "russian", "casualties_unspecified", "approximate", "some 38,000", "cumulative",
          best=38000, notes="running total since August 2024"),
     ]),
     S("The Department does not hold information on the number of North Korean personnel captured beyond the two publicly reported by the Ukrainian authorities in January.", [
        R("ua-officials", "Ukrainian authorities", "north_korean", "captured", "exact", "two", "period",
          relays=MIN, low=2, best=2, high=2, notes="the minister relays a Ukrainian announcement"),
     ])],
    [S("Question UIN 39006, tabled on 12 March 2025", trap="question number and date")],
    [S("Mr Daniel Harrow: To ask the Secretary of State for Defence, what assessment his Department has made of the likely scale of North Korean casualties in Russia by the end of 2025.",
       trap="a question asking for a figure; 2025 is a date")],
    [S("Answered by Rachel Ashdown on 19 March 2025:", trap="date of the answer")],
    [S("If North Korean forces continue to be used in frontal assaults at the rate seen this winter, Defence Intelligence judges that their casualties could reach 10,000 by the summer.", [
        R("gb-defence-intelligence", DI, "north_korean", "casualties_unspecified", "exact", "10,000", "cumulative",
          modality="conditional", relays=MIN, low=10000, best=10000, high=10000,
          notes="if-then, looks to summer 2025; 'could reach' gives no qualifier word, so exact"),
     ]),
     S("The UK will provide £4.2 billion in military support to Ukraine this year, more than in any previous year.",
       trap="money"),
     S("Further detail cannot be provided, as its disclosure would, or would be likely to, prejudice the capability, effectiveness or security of the armed forces.")],
]

# ---------------------------------------------------------------- p07
# A press release from a monitoring NGO (Monday 2 June 2025).
OCR = "Open Casualty Register (OCR)"
p07_lead = S("Open Casualty Register (OCR) has confirmed the names of 2,317 Russian servicemen killed in the fighting in the Kursk region since Ukraine’s incursion began in August 2024.", [
    R("open-casualty-register", OCR, "russian", "killed", "exact", "2,317", "cumulative",
      low=2317, best=2317, high=2317, notes="named dead; the group itself calls it a minimum but gives no other bound"),
])
p07 = [
    [S("Monitor confirms 2,317 Russian military deaths in Kursk fighting", trap=restates(p07_lead))],
    [S("PRESS RELEASE — Riga, Monday 2 June 2025", trap="dateline")],
    [p07_lead,
     S("The count, compiled from obituaries, posts by relatives and statements by local officials, is a minimum; OCR believes the true toll is at least three times higher.",
       trap="a multiple of the count, not a figure of its own"),
     S("Of those identified, 412 were conscripts, 689 were contract soldiers, and 203 were former prisoners recruited from penal colonies.", [
        R("open-casualty-register", OCR, "russian", "killed", "exact", "412", "cumulative", low=412, best=412, high=412,
          notes="conscripts among the 2,317 (a subset)"),
        R("open-casualty-register", OCR, "russian", "killed", "exact", "689", "cumulative", low=689, best=689, high=689,
          notes="contract soldiers among the 2,317 (a subset)"),
        R("open-casualty-register", OCR, "russian", "killed", "exact", "203", "cumulative", low=203, best=203, high=203,
          notes="ex-prisoner recruits among the 2,317 (a subset); 'prisoners' here are not prisoners of war"),
     ])],
    [S("In May alone, OCR’s volunteers added 264 names, most of them men killed during the winter fighting around Sudzha.", [
        R("open-casualty-register", OCR, "russian", "killed", "exact", "264", "unspecified", low=264, best=264, high=264,
          notes="May is when the names were added, not when the men died, so no period"),
     ]),
     S("Deaths peaked in the last week of January, when the register recorded an average of 31 a day.", [
        R("open-casualty-register", OCR, "russian", "killed", "exact", "31", "period", counted_in="people_per_day",
          low=31, best=31, high=31, notes="an average rate over a stated week; 'average' is not an approximation"),
     ])],
    [S("OCR has separately documented 97 North Korean soldiers killed in Kursk through video footage published by Ukrainian units, though it cannot confirm their names.", [
        R("open-casualty-register", OCR, "north_korean", "killed", "exact", "97", "cumulative", low=97, best=97, high=97,
          notes="footage posted by Ukrainian units; Ukrainian is not whose losses"),
     ]),
     S("By contrast, the Kursk regional administration has acknowledged only 38 military deaths among local residents.", [
        R("ru-kursk-administration", "Kursk regional administration (Russia)", "russian", "killed", "exact", "38",
          "cumulative", relays="Open Casualty Register", low=38, best=38, high=38,
          notes="own side acknowledging a narrower figure (local residents only), cited by the NGO"),
     ])],
    [S("“These are not estimates,” the group’s director said."),
     S("“Each entry is a person with a name, a date of birth and a grave.”"),
     S("“At the current pace, we expect the list to pass 3,000 names by the end of the year.”", [
        R("open-casualty-register", OCR, "russian", "killed", "more_than", "pass 3,000", "cumulative",
          modality="projected", low=3000,
          notes="the director speaks for the NGO; speaker named only in the next sentence"),
     ]),
     S("Ilze Kalnina, a former investigative journalist who founded OCR in 2022, said the group’s 14 volunteers check every name against at least two independent sources.",
       trap="year founded, number of volunteers and sources")],
    [S("Notes to editors: OCR is an independent, non-profit project registered in Latvia."),
     S("Media contact: press@ocr-register.example, +371 2000 0000.", trap="phone number")],
]

# ---------------------------------------------------------------- p08
# A Q&A explainer with numbered questions (December 2025).
p08 = [
    [S("Explainer: North Korea’s war in Kursk, in five questions", trap="number of questions")],
    [S("1. How many North Korean soldiers were sent?", trap="question number")],
    [S("South Korea’s National Intelligence Service, the NIS, puts the total at roughly 15,500: about 12,000 in a first wave in the autumn of 2024 and another 3,500 or so early this year.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "roughly 15,500", "stock", best=15500,
          notes="total sent; the two waves follow in the same sentence"),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 12,000", "stock", best=12000),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "3,500 or so", "stock", best=3500),
     ]),
     S("Pyongyang has since promised 5,000 more, mostly military engineers and deminers, for work in the Kursk region, the agency said.", [
        R("kr-nis", NIS, "north_korean", "deployed", "exact", "5,000", "stock", modality="projected",
          low=5000, best=5000, high=5000, notes="promised, not yet sent; 'the agency said' names the claimant at the end"),
     ])],
    [S("2. How many have been killed?", trap="question number")],
    [S("Estimates vary widely."),
     S("The NIS put the number killed or wounded at around 5,100 in the spring, including some 650 dead; by September it said about 2,300 had died.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "around 5,100", "cumulative", best=5100),
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "some 650", "cumulative", best=650),
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,300", "cumulative", best=2300,
          notes="updated total, September"),
     ]),
     S("Ukraine’s military has claimed far higher tolls — its commander-in-chief said in March that North Korea had lost about 4,000 killed alone — but has offered little evidence.", [
        R("ua-commander-in-chief", "Commander-in-Chief of the Armed Forces of Ukraine", "north_korean", "killed",
          "approximate", "about 4,000", "cumulative", best=4000, notes="claim cited to be doubted"),
     ]),
     S("North Korea’s official news agency, KCNA, acknowledged in August that its units had suffered “heavy losses” in Kursk, without giving a figure.", [
        R("kp-kcna", "Korean Central News Agency (KCNA)", "north_korean", "casualties_unspecified", "none",
          "heavy losses", "unspecified", notes="state media of the side that suffered the losses; no number"),
     ])],
    [S("3. Why were the losses so high?", trap="question number")],
    [S("Analysts point to tactics: infantry advanced in dense groups across open snowfields, often without armour, and made easy targets for drones."),
     S("One Ukrainian drone commander said his unit killed 21 North Koreans in a single morning in January.", [
        R("ua-drone-commander", "a Ukrainian drone commander (unnamed)", "north_korean", "killed", "exact", "21",
          "incident", low=21, best=21, high=21),
     ]),
     S("At the peak, the Pentagon estimated in January, North Korean losses were running at about 1,000 a week.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "casualties_unspecified", "approximate",
          "about 1,000", "period", counted_in="people_per_week", best=1000, notes="weekly rate at the winter peak"),
     ])],
    [S("4. Are they still fighting?", trap="question number")],
    [S("Moscow declared Kursk fully recaptured on April 26, after nearly nine months of Ukrainian occupation of parts of the region.",
       trap="a date and a duration"),
     S("Since then North Korean units have mostly cleared mines and guarded the border, and losses have fallen sharply: the NIS estimated in November that fewer than 100 had been killed since May.", [
        R("kr-nis", NIS, "north_korean", "killed", "fewer_than", "fewer than 100", "cumulative", high=100,
          notes="running total since May, to November"),
     ])],
    [S("5. What happens next?", trap="question number")],
    [S("South Korean lawmakers briefed by the NIS say Pyongyang could send as many as 8,000 more troops next year.", [
        R("kr-nis", NIS, "north_korean", "deployed", "at_most", "as many as 8,000", "stock", modality="projected",
          relays="South Korean lawmakers", high=8000),
     ]),
     S("A Seoul think tank, the Korea Institute for Peninsula Strategy, projects that if they are sent back into assault roles, another 3,000 could be killed or wounded within six months.", [
        R("kr-kips", "Korea Institute for Peninsula Strategy", "north_korean", "killed_or_wounded", "exact", "3,000",
          "period", modality="conditional", low=3000, best=3000, high=3000,
          notes="if-then increment over the next six months"),
     ])],
]

SPECS = {
    "p01-nyt-news-analysis": p01,
    "p02-pravda-drone-unit-facebook": p02,
    "p03-ria-mod-daily-summary": p03,
    "p04-yomiuri-government-sources": p04,
    "p05-rfa-defector-interview": p05,
    "p06-hansard-written-question": p06,
    "p07-ngo-press-release": p07,
    "p08-qa-explainer": p08,
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
