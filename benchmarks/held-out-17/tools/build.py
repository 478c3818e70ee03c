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


# Exact figures: low = best = high.
def X(n):
    return dict(low=n, best=n, high=n)


# ---------------------------------------------------------------- ai01
# A Nordic public broadcaster's English-language service.
NRV = "NRV English"
a1_solheim = S("OSLO (NRV English) – North Korean troops fighting for Russia in the Kursk region have suffered roughly 4,200 killed or wounded since they were first sent into combat in December, according to a new estimate by Ingrid Solheim, a senior researcher at the Nordic Centre for Security Analysis.", [
    R("no-ingrid-solheim", "Ingrid Solheim, Nordic Centre for Security Analysis", "north_korean", "killed_or_wounded",
      "approximate", "roughly 4,200", "cumulative", relays=NRV, best=4200,
      notes="a researcher speaking in her own name takes her own id; 'since ... December' is a running total"),
])
a1_head = S("Thousands of North Koreans killed or wounded in Kursk, Oslo researcher estimates", [
    R("author", "NRV English (headline)", "north_korean", "killed_or_wounded", "vague", "Thousands", "cumulative",
      low=2000, high=9999, derived=a1_solheim,
      notes="the headline's own rounding of Solheim's 'roughly 4,200'; 'thousands' read as 2,000-9,999"),
])
a1 = [
    [a1_head],
    [a1_solheim,
     S("Her figures, published on Thursday, are drawn from Ukrainian drone footage, posts by Russian military bloggers and satellite images of field hospitals near the town of Rylsk.")],
    [S("“The losses peaked in the second half of January, when they were losing something like 100 men a day,” Solheim told NRV.", [
        R("no-ingrid-solheim", "Ingrid Solheim (surname on second mention)", "north_korean", "casualties_unspecified",
          "approximate", "something like 100", "period", relays=NRV, counted_in="people_per_day", best=100,
          notes="'losing men' is not defined as killed or wounded; period = second half of January"),
     ]),
     S("By early February, she said, the figure had dropped to about 30 a day, as Pyongyang's commanders stopped sending infantry across open snowfields in tight columns.", [
        R("no-ingrid-solheim", "Ingrid Solheim", "north_korean", "casualties_unspecified", "approximate", "about 30",
          "period", relays=NRV, counted_in="people_per_day", best=30,
          notes="the rate of the previous sentence, at early February"),
     ]),
     S("If that lower rate holds, Solheim calculates, North Korea would lose roughly another 1,000 men by the end of March.", [
        R("no-ingrid-solheim", "Ingrid Solheim", "north_korean", "casualties_unspecified", "approximate",
          "roughly another 1,000", "period", relays=NRV, modality="conditional", best=1000,
          notes="if-then on the rate holding; further losses from early February to end of March"),
     ])],
    [S("South Korea's National Intelligence Service, which briefed lawmakers in Seoul last week, is more cautious: it put North Korean casualties at around 3,400, of whom some 370 were dead.", [
        R("kr-nis", "South Korea's National Intelligence Service", "north_korean", "casualties_unspecified",
          "approximate", "around 3,400", "cumulative", relays="lawmakers in Seoul > " + NRV, best=3400,
          notes="'casualties' not defined in the sentence; includes the dead of the next figure"),
        R("kr-nis", "South Korea's National Intelligence Service", "north_korean", "killed",
          "approximate", "some 370", "cumulative", relays="lawmakers in Seoul > " + NRV, best=370,
          notes="a part of the 3,400, recorded separately, never subtracted"),
     ]),
     S("Ukraine's President Volodymyr Zelenskyy has spoken of “nearly 4,000” North Koreans killed and wounded so far, a number a Kremlin-friendly Telegram channel this week dismissed as “Western fantasy”.", [
        R("ua-zelenskyy", "Volodymyr Zelenskyy, President of Ukraine", "north_korean", "killed_or_wounded", "vague",
          "nearly 4,000", "cumulative", relays=NRV, low=3600, high=3999,
          notes="'killed and wounded' is one combined figure; the channel's dismissal gives no figure"),
     ])],
    [S("On Wednesday, Ukraine's 95th Air Assault Brigade said its drone crews had killed 27 North Korean soldiers over two days near Sverdlikovo.", [
        R("ua-95th-brigade", "Ukraine's 95th Air Assault Brigade", "north_korean", "killed", "exact", "27", "period",
          relays=NRV, notes="'Ukraine's' names the claimant, not whose losses; 'over two days' is the period", **X(27)),
     ]),
     S("The village lies about 10 kilometres from the Ukrainian border.", trap="distance, not a loss"),
     S("Many of the dead were very young, Solheim said; prisoners questioned by Ukraine's SBU security service have given their ages as 19 and 26.",
       trap="ages of prisoners, not a count of losses")],
    [S("Seoul and Washington estimate that Pyongyang sent some 11,000 soldiers to Russia last autumn.", [
        R("kr-officials", "Seoul (South Korean government)", "north_korean", "deployed", "approximate", "some 11,000",
          "stock", relays=NRV, best=11000, notes="a list of two governments: one row per nation"),
        R("us-officials", "Washington (US government)", "north_korean", "deployed", "approximate", "some 11,000",
          "stock", relays=NRV, best=11000, notes="a list of two governments: one row per nation"),
     ]),
     S("Norway's parliament on Tuesday approved a further 3.5 billion kroner in military support for Ukraine.",
       trap="money, not people"),
     S("Solheim said her numbers should be read as “an order of magnitude, not a body count”.")],
]

# ---------------------------------------------------------------- ai02
# A regional Russian news portal (Kursk), in English translation.
SEYM = "Seym Info"
a2_farewell = S("Farewell ceremonies were held on Tuesday in Lgov and Rylsk for three servicemen from those districts who were killed near Sudzha.", [
    R("author", "Seym Info", "russian", "killed", "exact", "three", "unspecified",
      notes="the portal's own voice; the date of death is not given", **X(3)),
])
a2 = [
    [S("Kursk region: Defence Ministry reports new enemy losses near Sudzha; farewell held for three fellow countrymen",
       trap=restates(a2_farewell))],
    [S("KURSK, 12 March (Seym Info). The Russian Defence Ministry reported on Wednesday that over the past 24 hours Ukrainian formations in the Kursk direction had lost up to 210 servicemen, a tank, four armoured fighting vehicles and 11 motor vehicles.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 210", "period",
          relays=SEYM, high=210, notes="'lost ... servicemen' is undefined losses; equipment in the same list is not counted"),
     ]),
     S("According to the ministry, units of the Sever group of forces destroyed an enemy assault group of up to a platoon that was trying to break through near Martynovka.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to a platoon",
          "incident", relays=SEYM, counted_in="platoons", high=1,
          notes="a formation 'destroyed' is counted in platoons as written, measure unspecified"),
     ]),
     S("Over the entire period of hostilities in the Kursk direction, the enemy has lost more than 67,000 servicemen, the ministry said.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 67,000",
          "cumulative", relays=SEYM, low=67000, notes="running total since August 2024"),
     ])],
    [S("Ukrainian Telegram channels claimed on Tuesday that “over 300 Russian soldiers” had been killed after troops entered Sudzha through a gas pipeline; the ministry's press service called the claim a fake.", [
        R("ua-telegram-channels", "Ukrainian Telegram channels (unnamed)", "russian", "killed", "more_than", "over 300",
          "incident", relays=SEYM, low=300, notes="cited only to be disputed by the Russian ministry; still a claim"),
     ]),
     S("“Dozor” volunteer battalion commander Igor Veretennikov said his men had taken 46 Ukrainian servicemen prisoner near Makhnovka over three days.", [
        R("ru-igor-veretennikov", "Igor Veretennikov, commander of the Dozor volunteer battalion", "ukrainian",
          "captured", "exact", "46", "period", relays=SEYM,
          notes="a commander speaking in his own name takes his own id", **X(46)),
     ])],
    [S("Governor Pavel Lukin wrote on his Telegram channel that two residents of Rylsk were injured on Tuesday when a drone struck a bakery.",
       trap="civilians injured, not military losses"),
     S("He added that 1,200 people from the border districts are still living in temporary accommodation centres.",
       trap="displaced civilians, not losses")],
    [a2_farewell,
     S("Seym Info's own list of natives of the Kursk region killed in the fighting since August now contains 412 names, up from 389 two weeks ago.", [
        R("author", "Seym Info", "russian", "killed", "exact", "412", "cumulative",
          notes="updated running total of named dead", **X(412)),
        R("author", "Seym Info", "russian", "killed", "exact", "389", "cumulative",
          notes="the earlier total the update supersedes, dated two weeks earlier", **X(389)),
     ]),
     S("The list is compiled from obituaries, posts by relatives and reports by district heads; the real number is likely higher.")],
    [S("Last week, 175 Ukrainian servicemen were handed over to Kyiv in exchange for the same number of Russian soldiers, the ministry said.",
       trap="prisoners exchanged, not captured or lost in the fighting"),
     S("Asked about reports that North Korean soldiers had been fighting near Sudzha, a regional official told Seym Info he had “no such information”.")],
]

# ---------------------------------------------------------------- ai03
# A European think tank's commentary.
a3 = [
    [S("Kursk was a rehearsal. Europe should read the bill")],
    [S("Commentary by Katarzyna Wolska, senior fellow | 17 June 2025", trap="byline date")],
    [S("By the time Moscow declared the Kursk region cleared in late April, North Korea had lost, on the most careful estimates, between 4,000 and 5,000 soldiers killed or wounded out of a contingent of roughly 11,000.", [
        R("author", "Katarzyna Wolska (the commentary's own voice)", "north_korean", "killed_or_wounded", "range",
          "between 4,000 and 5,000", "cumulative", low=4000, high=5000,
          notes="the author's own reading of others' estimates, by late April 2025"),
        R("author", "Katarzyna Wolska (the commentary's own voice)", "north_korean", "deployed", "approximate",
          "roughly 11,000", "stock", best=11000),
     ]),
     S("That is a casualty rate of around 40 per cent, enough to make most European brigades combat-ineffective several times over.", [
        R("author", "Katarzyna Wolska (the commentary's own voice)", "north_korean", "killed_or_wounded", "approximate",
          "around 40 per cent", "cumulative", counted_in="percent_of_force", best=40,
          notes="share of the 11,000 contingent; measure as the previous sentence defines it; 'European brigades' are not counted"),
     ])],
    [S("The estimates differ widely."),
     S("Seoul's National Intelligence Service told the National Assembly in April that some 4,700 North Koreans had been killed or wounded, among them around 600 dead.", [
        R("kr-nis", "Seoul's National Intelligence Service", "north_korean", "killed_or_wounded", "approximate",
          "some 4,700", "cumulative", best=4700, notes="the text names no relay beyond the Assembly briefing itself"),
        R("kr-nis", "Seoul's National Intelligence Service", "north_korean", "killed", "approximate",
          "around 600", "cumulative", best=600, notes="part of the 4,700"),
     ]),
     S("Ukraine's military intelligence, HUR, said at the height of the January fighting that the North Koreans were losing “up to 150 men a day”.", [
        R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "casualties_unspecified", "at_most",
          "up to 150", "period", counted_in="people_per_day", high=150, notes="rate in January 2025"),
     ]),
     S("The figure of “more than 8,000” casualties that some officials in Kyiv have repeated since March is, in our view, not credible.", [
        R("ua-officials", "officials in Kyiv (unnamed)", "north_korean", "casualties_unspecified", "more_than",
          "more than 8,000", "unspecified", low=8000,
          notes="cited only to be disputed; 'since March' dates the repetition, not the losses"),
     ]),
     S("Pyongyang itself, after months of silence, has so far shown the portraits of 101 fallen soldiers on state television.", [
        R("kp-state-media", "North Korean state television", "north_korean", "killed", "exact", "101", "cumulative",
          notes="the side's own media acknowledging its dead", **X(101)),
     ])],
    [S("By Ukrainian accounts, at least two of the battalions that went into the line near Plekhovo in January were destroyed as fighting units.", [
        R("ua-officials", "Ukrainian accounts (unnamed)", "north_korean", "casualties_unspecified", "at_least",
          "at least two", "period", counted_in="battalions", low=2,
          notes="formations destroyed, counted in battalions; unnamed Ukrainian sources take ua-officials"),
     ])],
    [S("Moscow has since announced that 1,000 North Korean deminers and 5,000 military builders will follow, ostensibly for reconstruction.", [
        R("ru-officials", "Moscow (Russian government)", "north_korean", "deployed", "exact", "1,000", "stock",
          modality="projected", notes="announced future deployment of military deminers", **X(1000)),
        R("ru-officials", "Moscow (Russian government)", "north_korean", "deployed", "exact", "5,000", "stock",
          modality="projected", notes="announced future deployment of military construction troops", **X(5000)),
     ]),
     S("If Pyongyang were to commit a comparable force of 6,000 infantry to offensive operations in Ukraine proper, and losses ran at even half the Kursk rate, it could expect some 1,200 killed or wounded within a year.", [
        R("author", "Katarzyna Wolska (the commentary's own voice)", "north_korean", "deployed", "exact", "6,000",
          "stock", modality="conditional", notes="a hypothetical force in the if-clause", **X(6000)),
        R("author", "Katarzyna Wolska (the commentary's own voice)", "north_korean", "killed_or_wounded",
          "approximate", "some 1,200", "period", modality="conditional", best=1200,
          notes="conditional on the deployment and the rate; 'half the Kursk rate' is not a figure of people"),
     ])],
    [S("North Korea's army, which numbers well over one million, can absorb such losses; its reputation cannot.",
       trap="total size of the army, not troops deployed or lost"),
     S("In return, Russia is believed to be paying Pyongyang the equivalent of $2,000 a month per soldier, in cash, oil and technology.",
       trap="money per soldier, not a rate of losses"),
     S("European capitals should pool their casualty assessments before the next deployment, not after it.")],
]

# ---------------------------------------------------------------- ai04
# A wire's breaking-news update.
MER = "Meridian"
a4_lede = S("SEOUL, Jan 13 (Meridian) - South Korea's spy agency said on Monday that more than 3,000 North Korean soldiers had been killed or wounded fighting for Russia in the Kursk region, nearly triple the figure it gave in December.", [
    R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "killed_or_wounded", "more_than", "more than 3,000",
      "cumulative", relays=MER, low=3000, notes="'nearly triple' compares with the December figure, not a count"),
])
a4 = [
    [S("UPDATE 2-North Korean casualties in Russia top 3,000, Seoul's spy agency says", trap=restates(a4_lede))],
    [S("(Adds Pentagon comment in paragraphs 6-7, background)", trap="paragraph numbers of the update note")],
    [a4_lede],
    [S("The National Intelligence Service estimated that about 340 of them had been killed and 2,800 wounded, according to Cho Min-seok, a member of parliament's intelligence committee who was briefed by the agency.", [
        R("kr-nis", "National Intelligence Service", "north_korean", "killed", "approximate", "about 340",
          "cumulative", relays="Cho Min-seok > " + MER, best=340, notes="a lawmaker briefed by the agency is a relay"),
        R("kr-nis", "National Intelligence Service", "north_korean", "wounded", "approximate", "2,800",
          "cumulative", relays="Cho Min-seok > " + MER, best=2800,
          notes="'about' read as governing both figures of the pair"),
     ])],
    [S("In December, the NIS had put the number at around 1,100 killed and wounded.", [
        R("kr-nis", "the NIS", "north_korean", "killed_or_wounded", "approximate", "around 1,100", "cumulative",
          relays=MER, best=1100, notes="earlier total, superseded by the January estimate"),
     ]),
     S("Cho told reporters the agency believed the losses reflected the North Koreans' lack of experience with drones and their use in massed infantry assaults.")],
    [S("The agency also said it had seen signs that Pyongyang was preparing to send more troops, and that soldiers had been ordered to kill themselves rather than be captured.")],
    [S("North Korea sent about 11,000 troops to Russia in October and November, according to South Korean and Ukrainian estimates.", [
        R("kr-officials", "South Korean estimates (unnamed)", "north_korean", "deployed", "approximate", "about 11,000",
          "stock", relays=MER, best=11000, notes="a list of two nations: one row each"),
        R("ua-officials", "Ukrainian estimates (unnamed)", "north_korean", "deployed", "approximate", "about 11,000",
          "stock", relays=MER, best=11000, notes="a list of two nations: one row each"),
     ])],
    [S("In Washington, Pentagon spokeswoman Lt. Col. Dana Whitfield said on Monday the United States assessed that “well over 1,000” North Koreans had been killed or wounded since they entered combat in December.", [
        R("us-dod", "US Department of Defense (spokeswoman Lt. Col. Dana Whitfield)", "north_korean",
          "killed_or_wounded", "more_than", "well over 1,000", "cumulative", relays=MER, low=1000,
          notes="a spokesperson takes the body's id"),
     ]),
     S("A U.S. official, speaking on condition of anonymity, said at least one North Korean assault company had been wiped out near the village of Plekhovo over the weekend.", [
        R("us-officials", "a U.S. official (anonymous)", "north_korean", "casualties_unspecified", "at_least",
          "at least one", "incident", relays=MER, counted_in="companies", low=1,
          notes="a formation wiped out, counted in companies; one action over the weekend"),
     ])],
    [S("Russia has not acknowledged the presence of North Korean troops, and its Defence Ministry did not respond to a request for comment."),
     S("Separately, the Ukrainian Red Cross said it had delivered 40 tonnes of aid to Sumy, near the Kursk border.",
       trap="tonnes of aid, not people")],
    [S("(Reporting by Hyun-jin Lee in Seoul and Tom Avery in Washington; Editing by Clare Dunmore)")],
]

# ---------------------------------------------------------------- ai05
# A Ukrainian regional administration's statement, retold by a local news site.
SO = "Sumy Online"
a5_border = S("SUMY (Sumy Online) – Russian troops who tried to cross the border from the Kursk region near Yunakivka on Saturday were repelled, with 14 of them killed, the Sumy Regional Military Administration said on Sunday, citing the State Border Guard Service.", [
    R("ua-border-guard-service", "State Border Guard Service of Ukraine", "russian", "killed", "exact", "14",
      "incident", relays="Sumy Regional Military Administration > " + SO, **X(14)),
])
a5_bomb = S("In a separate attack, a Russian guided aerial bomb hit a Ukrainian checkpoint in the Krasnopillia community, killing two servicemen and wounding five, the administration said.", [
    R("ua-sumy-rma", "Sumy Regional Military Administration", "ukrainian", "killed", "exact", "two", "incident",
      relays=SO, notes="'Russian' names the weapon's side, not whose losses; own side acknowledging", **X(2)),
    R("ua-sumy-rma", "Sumy Regional Military Administration", "ukrainian", "wounded", "exact", "five", "incident",
      relays=SO, **X(5)),
])
a5 = [
    [S("Sixteen soldiers killed in Saturday's border fighting, Sumy administration reports", [
        R("author", "Sumy Online (headline)", "both_sides", "killed", "exact", "Sixteen", "period", derived=a5_border,
          notes="the headline sums 14 Russian (border guards) and 2 Ukrainian (administration) dead; mixed sides stay mixed",
          **X(16)),
     ])],
    [a5_border, a5_bomb],
    [S("In Bilopillia, a 67-year-old woman was killed and three people, including a nine-year-old boy, were wounded when a drone struck a bus stop.",
       trap="civilians, and ages"),
     S("Russian forces shelled the region 112 times over the past day, hitting 29 settlements, the administration said.",
       trap="shelling counts, not people"),
     S("Compulsory evacuation has been extended to 11 more villages, and 1,340 residents, among them 217 children, have left since the start of May.",
       trap="villages and evacuated civilians")],
    [S("Ukrainian commanders in the area say the Russian units advancing out of the Kursk region are losing “between 80 and 120 men a day”, most of them to drones.", [
        R("ua-officials", "Ukrainian commanders in the area (unnamed)", "russian", "casualties_unspecified", "range",
          "between 80 and 120", "unspecified", relays=SO, counted_in="people_per_day", low=80, high=120,
          notes="unnamed Ukrainian commanders take ua-officials; a current rate with no stated window"),
     ]),
     S("Captured Russian marines told Ukrainian military intelligence that their battalion had lost about half of its men in the first week of May alone, the administration said.", [
        R("ru-captured-marines", "captured Russian marines", "russian", "casualties_unspecified", "approximate",
          "about half", "period", relays="Ukrainian military intelligence > Sumy Regional Military Administration > " + SO,
          counted_in="percent_of_force", best=50,
          notes="prisoners speaking of their own unit; relay chain nearest the claimant first"),
     ]),
     S("Since the start of the year, according to the General Staff, Russian forces on the Kursk and Sumy axes have lost more than 38,000 troops killed and wounded.", [
        R("ua-general-staff", "General Staff of Ukraine's Armed Forces", "russian", "killed_or_wounded", "more_than",
          "more than 38,000", "cumulative", relays=SO, low=38000, notes="running total since 1 January 2025"),
     ])],
    [S("On Thursday, the families' association “Chekaiemo” (We Are Waiting) held a silent protest outside the administration, saying 46 soldiers of a Sumy-raised brigade had been listed as missing since the withdrawal from Sudzha in March.", [
        R("ua-chekaiemo", "families' association Chekaiemo", "ukrainian", "missing", "exact", "46", "cumulative",
          relays=SO, **X(46)),
     ]),
     S("The administration said it was in contact with the families and with the Coordination Headquarters for the Treatment of Prisoners of War.")],
    [S("Nine residents of the region who had been held in Russia since 2024 returned home on Friday in an exchange.",
       trap="civilians returned in an exchange")],
]

# ---------------------------------------------------------------- ai06
# A magazine's long read.
a6 = [
    [S("The Column in the Snow")],
    [S("How Ukraine's drone crews fought North Korea's soldiers in Kursk, and what the count of the dead does and does not tell us")],
    [S("The first time Serhiy Kovalchuk, 31, saw the North Koreans, they were walking.", trap="age"),
     S("It was a grey morning in mid-December, and from 400 metres above a frozen field outside Nikolaevo-Darino the thermal camera of his drone picked out a column of about 40 men moving in single file through the snow.",
       trap="altitude, and men seen advancing, not losses or a deployed strength"),
     S("By nightfall, he says, his crew had killed 18 of them.", [
        R("ua-serhiy-kovalchuk", "Serhiy Kovalchuk, Ukrainian drone pilot", "north_korean", "killed", "exact", "18",
          "incident", notes="a soldier in his own name takes his own id", **X(18)),
     ])],
    [S("Kovalchuk's unit, the Birds of Magyar, says it killed or wounded more than 900 North Korean soldiers between December and March.", [
        R("ua-birds-of-magyar", "Birds of Magyar", "north_korean", "killed_or_wounded", "more_than", "more than 900",
          "period", low=900, notes="December 2024 to March 2025"),
     ]),
     S("Such tallies are hard to check."),
     S("Drone crews earn points for confirmed hits, and two crews sometimes claim the same strike.",
       trap="crews, not losses")],
    [S("Ukraine's military intelligence chief, a wiry general who rarely gives interviews, said in March that “about 5,000” North Koreans had been put out of action since December.", [
        R("ua-gur", "Ukraine's military intelligence chief", "north_korean", "casualties_unspecified", "approximate",
          "about 5,000", "cumulative", best=5000,
          notes="the head of an intelligence service presenting its assessment takes the service's id; 'put out of action' undefined"),
     ]),
     S("Pieced together, the Ukrainian, South Korean and American figures describe a force that lost roughly half of its infantry in four months.", [
        R("author", "the magazine's own voice", "north_korean", "casualties_unspecified", "approximate",
          "roughly half", "period", counted_in="percent_of_force", best=50,
          notes="the text's own synthesis; the nationality words name the sources, not whose losses"),
     ])],
    [S("Russia has never published a figure for its own dead in Kursk; a pro-war blogger who writes as Stepnoy Volk put them at “no fewer than 7,000” in a post deleted within hours.", [
        R("ru-blogger-stepnoy-volk", "pro-war blogger Stepnoy Volk", "russian", "killed", "at_least",
          "no fewer than 7,000", "unspecified", low=7000,
          notes="a blogger in his own name; the post was withdrawn, still a claim"),
     ]),
     S("The North Koreans' Russian minders, a prisoner later told interrogators, had issued each man a card with 25 Russian phrases on it.",
       trap="phrases on a card, not people")],
    [S("Kyiv has announced the capture of four North Koreans in all, two in January and two more in the spring; many others, soldiers say, chose a grenade over surrender.", [
        R("ua-officials", "Kyiv (Ukrainian government)", "north_korean", "captured", "exact", "four", "cumulative",
          notes="'Kyiv' as the government speaking takes ua-officials", **X(4)),
        R("ua-officials", "Kyiv (Ukrainian government)", "north_korean", "captured", "exact", "two", "period",
          notes="January 2025; part of the four", **X(2)),
        R("ua-officials", "Kyiv (Ukrainian government)", "north_korean", "captured", "exact", "two more", "period",
          notes="spring 2025; part of the four", **X(2)),
     ]),
     S("Kovalchuk has flown more than 1,500 missions since 2022.", trap="missions flown, and a year"),
     S("He no longer counts the bodies, he says, only the days until his next leave.")],
]

# ---------------------------------------------------------------- ai07
# A parliamentary committee report with numbered paragraphs.
a7 = [
    [S("House of Commons Defence Committee: North Korea's Role in the War in Ukraine. Fifth Report of Session 2024–26",
       trap="report session years")],
    [S("Summary")],
    [S("On the Government's assessment, North Korea has sent some 14,000 military personnel to Russia since October 2024, roughly 11,000 of them combat troops who were committed to the Kursk region.", [
        R("gb-government", "the UK Government", "north_korean", "deployed", "approximate", "some 14,000", "stock",
          best=14000, notes="all personnel sent since October 2024"),
        R("gb-government", "the UK Government", "north_korean", "deployed", "approximate", "roughly 11,000", "stock",
          best=11000, notes="the combat troops among the 14,000"),
     ]),
     S("Estimates of their losses vary by a factor of two or more.", trap="a ratio between estimates, not a figure")],
    [S("12. Witnesses offered us sharply different figures.", trap="paragraph number"),
     S("Dr Helen Marsh, Director of the Institute for Northeast Asian Security, told us that her central estimate was 6,000 killed or wounded by the end of April 2025 (Q41).", [
        R("gb-helen-marsh", "Dr Helen Marsh, Institute for Northeast Asian Security", "north_korean",
          "killed_or_wounded", "approximate", "6,000", "cumulative", best=6000,
          notes="a 'central estimate' is read as approximate; a witness in her own name takes her own id"),
     ]),
     S("The Ministry of Defence's written evidence put the figure at “over 4,000” for the same period, and the Minister for the Armed Forces, Lucy Harrington MP, told us that Defence Intelligence assessed some 1,200 of these to have been killed (Q87).", [
        R("gb-mod", "UK Ministry of Defence (written evidence)", "north_korean", "killed_or_wounded", "more_than",
          "over 4,000", "cumulative", low=4000, notes="by the end of April 2025"),
        R("gb-defence-intelligence", "Defence Intelligence (UK)", "north_korean", "killed", "approximate",
          "some 1,200", "cumulative", relays="Lucy Harrington MP", best=1200,
          notes="a minister passing on the service's assessment is a relay"),
     ])],
    [S("13. Ukraine's Defence Intelligence claimed in May that “at least 7,500” North Korean soldiers had been killed or wounded since December 2024.", [
        R("ua-gur", "Ukraine's Defence Intelligence", "north_korean", "killed_or_wounded", "at_least",
          "at least 7,500", "cumulative", low=7500),
     ]),
     S("We were unable to test that figure, which one witness described as “an upper bound dressed up as a count” (Q54).",
       trap="one witness and an evidence reference, not a loss")],
    [S("14. Dr Marsh told us that during the January offensive north-west of Sudzha, North Korean units had suffered “some 60 to 70 casualties a day”, and that in the worst week one regiment had lost around a third of its strength.", [
        R("gb-helen-marsh", "Dr Marsh (surname on second mention)", "north_korean", "casualties_unspecified", "range",
          "60 to 70", "period", counted_in="people_per_day", low=60, high=70, notes="rate in January 2025"),
        R("gb-helen-marsh", "Dr Marsh", "north_korean", "casualties_unspecified", "approximate", "around a third",
          "period", counted_in="percent_of_force", best=33.33,
          notes="a third written as 33.33 per cent of the regiment; the worst week of the offensive"),
     ]),
     S("Defence Intelligence's public updates have put Russian casualties across the whole front at an average of about 1,100 a day in 2025.", [
        R("gb-defence-intelligence", "Defence Intelligence (UK)", "russian", "casualties_unspecified", "approximate",
          "about 1,100", "period", counted_in="people_per_day", best=1100,
          notes="whole-front rate, not Kursk only"),
     ])],
    [S("15. The Ministry's written evidence also warned that, were North Korean troops used in offensive operations inside Ukraine at the tempo seen in Kursk, they could suffer “in the region of 1,000 casualties a month”.", [
        R("gb-mod", "UK Ministry of Defence (written evidence)", "north_korean", "casualties_unspecified",
          "approximate", "in the region of 1,000", "unspecified", counted_in="people_per_month",
          modality="conditional", best=1000, notes="if-then on a future use in Ukraine"),
     ])],
    [S("16. During our visit to Seoul in September, officials of the National Intelligence Service told us that a further 3,000 troops had been sent in 2025 to replace losses and that about 10,000 North Korean soldiers remained in Russia.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "exact",
          "a further 3,000", "stock", notes="officials of a body take its id; an addition to the force", **X(3000)),
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "approximate",
          "about 10,000", "stock", best=10000, notes="troops present as of September 2025"),
     ])],
    [S("17. We recommend that the Government publish, within six months of this Report, the method by which it assesses casualty figures supplied by partner intelligence services.",
       trap="paragraph number and a deadline"),
     S("Figures that cannot be explained should not be quoted by Ministers.")],
]

# ---------------------------------------------------------------- ai08
# A news agency's weekly wrap.
KANTO = "Kanto"
a8_nis = S("MONDAY – South Korea's National Intelligence Service told lawmakers that about 2,100 North Korean soldiers had now been killed in the war, Rep. Han Ji-woo of the ruling party said after a closed-door briefing.", [
    R("kr-nis", "South Korea's National Intelligence Service", "north_korean", "killed", "approximate", "about 2,100",
      "cumulative", relays="Rep. Han Ji-woo > " + KANTO, best=2100, notes="running total since the deployment"),
])
a8 = [
    [S("PENINSULA WEEK: North Korean death toll in Russia put at over 2,000 as Pyongyang names its fallen", [
        R("author", "Kanto (headline)", "north_korean", "killed", "more_than", "over 2,000", "cumulative",
          low=2000, derived=a8_nis, notes="the headline's own rounding of the NIS 'about 2,100'"),
     ])],
    [S("TOKYO (Kanto) – Week of Oct. 6–12, 2025: our round-up of news from and about the two Koreas.",
       trap="dates of the week, and 'two Koreas'")],
    [a8_nis,
     S("At least 100 of the dead were engineers and deminers killed in the Kursk region since June, Han said.", [
        R("kr-nis", "South Korea's National Intelligence Service", "north_korean", "killed", "at_least",
          "At least 100", "cumulative", relays="Rep. Han Ji-woo > " + KANTO, low=100,
          notes="Han still relaying the briefing (surname only); part of the 2,100"),
     ])],
    [S("TUESDAY – North Korea's state news agency KCNA said leader Kim Jong Un had unveiled a memorial wall bearing the names of 1,240 soldiers who “fell heroically” while “liberating Kursk”.", [
        R("kp-kcna", "KCNA (North Korean state news agency)", "north_korean", "killed", "exact", "1,240",
          "cumulative", relays=KANTO, notes="the side's own state media naming its dead", **X(1240)),
     ]),
     S("Kim, who laid flowers with the families of the dead, promised the children of fallen soldiers places at a new boarding school in Pyongyang for 500 pupils.",
       trap="school places, not losses")],
    [S("WEDNESDAY – Russia's Defence Ministry said North Korean sappers had cleared more than 1.5 million mines and shells from 4,000 hectares of the Kursk region.",
       trap="munitions cleared and area, not people"),
     S("The ministry did not say how many of the sappers had been killed doing so.")],
    [S("THURSDAY – Ukraine's military intelligence (HUR) said a strike on a North Korean artillery battery near Glushkovo on Wednesday had killed “about 40” of its crew.", [
        R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed", "approximate", "about 40",
          "incident", relays=KANTO, best=40),
     ]),
     S("Ukraine's General Staff, in its daily update the same day, said Russian personnel losses over the previous 24 hours stood at 1,020 killed and wounded, and at 1,117,350 since February 2022.", [
        R("ua-general-staff", "Ukraine's General Staff", "russian", "killed_or_wounded", "exact", "1,020", "period",
          relays=KANTO, notes="the whole front, one day", **X(1020)),
        R("ua-general-staff", "Ukraine's General Staff", "russian", "killed_or_wounded", "exact", "1,117,350",
          "cumulative", relays=KANTO, notes="whole-war running total since February 2022", **X(1117350)),
     ])],
    [S("FRIDAY – Japan's Defence Ministry said in its annual assessment that some 15,000 North Korean troops had passed through Russia since late 2024, and that Pyongyang could keep “up to 30,000” there by the end of next year if the current rotation continued.", [
        R("jp-mod", "Japan's Defence Ministry", "north_korean", "deployed", "approximate", "some 15,000", "stock",
          relays=KANTO, best=15000, notes="all troops rotated through since late 2024"),
        R("jp-mod", "Japan's Defence Ministry", "north_korean", "deployed", "at_most", "up to 30,000", "stock",
          relays=KANTO, modality="conditional", high=30000, notes="if the rotation continues, by end-2026"),
     ]),
     S("Kim Tae-yang, an analyst at the Korea Institute for Peninsula Strategy in Seoul, said the NIS figure implied about seven deaths a day since the troops first went into combat last December.", [
        R("kr-kim-tae-yang", "Kim Tae-yang, Korea Institute for Peninsula Strategy", "north_korean", "killed",
          "approximate", "about seven", "period", relays=KANTO, counted_in="people_per_day", best=7,
          notes="an analyst's own rate derived from the NIS total; his own id, not the agency's"),
     ])],
    [S("SATURDAY – Russia and Ukraine exchanged 185 prisoners of war each, the 68th such swap of the war, with the United Arab Emirates mediating.",
       trap="prisoners exchanged, not captured in the fighting"),
     S("North Korea's mission to the United Nations called Seoul's casualty estimates “a fabrication” in a statement the same day.")],
]

SPECS = {
    "ai01-nordic-broadcaster-english": a1,
    "ai02-regional-russian-portal": a2,
    "ai03-think-tank-commentary": a3,
    "ai04-wire-breaking-update": a4,
    "ai05-ukrainian-regional-admin-retold": a5,
    "ai06-magazine-long-read": a6,
    "ai07-parliamentary-committee-report": a7,
    "ai08-agency-weekly-wrap": a8,
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
