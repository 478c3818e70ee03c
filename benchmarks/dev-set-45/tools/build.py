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


# Claimant names used more than once
NIS = "South Korea's National Intelligence Service"
GUR = "Defence Intelligence of Ukraine (HUR)"
GS = "General Staff of the Armed Forces of Ukraine"
RUMOD = "Russian Ministry of Defence"
UKDI = "UK Defence Intelligence"
AUTHOR = "The text's own voice"

# ---------------------------------------------------------------- am01
# Wire story (Meridian Wire, Seoul, Tuesday): a revised NIS estimate relayed by a lawmaker;
# earlier estimates restated; a rate over a stated window; a projection; a single assault
# reported a week later; HUR and Russian MoD figures "as of" and "since".
MW = "Meridian Wire"
LEE = "Lee Dong-won > Meridian Wire"
am01_s1 = S("SEOUL, Tuesday, March 11 (Meridian Wire) -- South Korea's National Intelligence Service has revised its estimate of North Korean soldiers killed in Russia's Kursk region down to about 420, from the 600 it gave lawmakers last month, a member of parliament's intelligence committee said on Tuesday.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 420", "cumulative", relays=LEE, best=420,
      notes="revised (downward) running total for the whole deployment, reported 2025-03-11; the lawmaker is named in the next sentence"),
    R("kr-nis", NIS, "north_korean", "killed", "exact", "600", "cumulative", relays=LEE, low=600, best=600, high=600,
      notes="the superseded earlier estimate, given in February ('last month'); kept as the agency's claim at that date, to be linked to the revision"),
])
am01_s2 = S("Lee Dong-won, who sits on the committee, told reporters that the agency now believed roughly 3,100 North Korean troops had been wounded since arriving at the front in late autumn, up from the earlier estimate of 2,450.", [
    R("kr-nis", NIS, "north_korean", "wounded", "approximate", "roughly 3,100", "cumulative", relays=LEE, best=3100,
      notes="'since arriving' is a running total"),
    R("kr-nis", NIS, "north_korean", "wounded", "exact", "2,450", "cumulative", relays=LEE, low=2450, best=2450, high=2450,
      notes="superseded earlier estimate ('the earlier estimate of'), date of that estimate not given"),
])
am01_s4 = S("Lee said the agency believed losses had slowed to fewer than 10 a day in the first ten days of March, compared with dozens a day during the January assaults.", [
    R("kr-nis", NIS, "north_korean", "casualties_unspecified", "fewer_than", "fewer than 10", "period", relays=LEE,
      counted_in="people_per_day", high=10, notes="rate over 1-10 March; 'losses' undefined; 'ten' is the window, not a figure"),
    R("kr-nis", NIS, "north_korean", "casualties_unspecified", "vague", "dozens", "period", relays=LEE,
      counted_in="people_per_day", low=24, high=99, notes="rate during the January assaults; 'dozens' read as 24-99"),
])
am01_s5 = S("The service projected that the death toll could reach 1,000 by the end of the summer, he added.", [
    R("kr-nis", NIS, "north_korean", "killed", "exact", "1,000", "cumulative", relays=LEE, modality="projected",
      low=1000, best=1000, high=1000, notes="forecast of the running death toll by end of summer 2025; no condition stated, so projected"),
])
am01_s6 = S("North Korea sent about 11,500 soldiers in its first rotation and a further 2,500 in February, according to the agency, which said one brigade-sized group had since been pulled back from the line to rest.", [
    R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,500", "stock", relays=LEE, best=11500,
      notes="troops sent, first rotation"),
    R("kr-nis", NIS, "north_korean", "deployed", "exact", "2,500", "stock", relays=LEE, low=2500, best=2500, high=2500,
      notes="second rotation (February); not added to the first; 'one brigade-sized group' pulled back is not a loss"),
])
am01_s7 = S("In a single assault near the village of Verkhnyaya Olshanka last week, North Korean units lost more than 60 men crossing open fields without drone cover, Lee said, citing the agency.", [
    R("kr-nis", NIS, "north_korean", "casualties_unspecified", "more_than", "more than 60", "incident", relays=LEE, low=60,
      notes="one assault in the week of 3-9 March, reported on Tuesday 11 March; 'lost ... men' is undefined"),
])
am01_s9 = S("On Monday it put North Korean losses in the Kursk region at 1,350 killed and 4,900 wounded as of March 9, totals the South Korean service has not endorsed.", [
    R("ua-gur", GUR, "north_korean", "killed", "exact", "1,350", "cumulative", relays=MW, low=1350, best=1350, high=1350,
      notes="'as of March 9' is a running total, reported Monday 10 March; claimant from the previous sentence"),
    R("ua-gur", GUR, "north_korean", "wounded", "exact", "4,900", "cumulative", relays=MW, low=4900, best=4900, high=4900,
      notes="as above"),
])
am01_s10 = S("Moscow has published no figures for its North Korean allies, and Russia's defence ministry said on Monday that Ukraine had lost more than 64,000 servicemen in the Kursk direction since its incursion began in August.", [
    R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "more_than", "more than 64,000", "cumulative", relays=MW,
      low=64000, notes="whose: Ukrainian (the 'North Korean allies' earlier in the sentence are not counted); since the start of the incursion = running total"),
])
am01 = [
    [S("Seoul revises North Korean death toll in Kursk down to about 420 -- lawmaker", trap=restates(am01_s1))],
    [am01_s1],
    [am01_s2,
     S("The lower death toll reflected a recount of soldiers first listed as dead who were later traced to field hospitals, he said.")],
    [am01_s4, am01_s5],
    [am01_s6],
    [am01_s7],
    [S("Ukraine's military intelligence agency has given far higher figures."), am01_s9],
    [am01_s10,
     S("Pyongyang has never confirmed sending troops, and its state media has made no mention of casualties.")],
    [S("Separately, South Korea's military said it had detected 14 North Korean ballistic missile launches since January, none of them linked to the deployment.",
       trap="missile launches, not people"),
     S("Meridian Wire could not independently verify any of the figures.")],
]

# ---------------------------------------------------------------- am02
# Live blog with timestamps (outlet not named in the text, so no relay for it).
am02_s0812 = S("08:12 Ukraine's General Staff says its forces repelled 19 assaults on the Kursk axis overnight, and that Russian and North Korean units lost 147 men killed and wounded in those clashes.", [
    R("ua-general-staff", GS, "russian_and_north_korean", "killed_or_wounded", "exact", "147", "period",
      low=147, best=147, high=147, notes="overnight 14-15 February; mixed count stays mixed; 19 assaults are not losses"),
])
am02 = [
    [S("Kursk war live: Russian and North Korean units lost 147 overnight, Kyiv says", trap=restates(am02_s0812))],
    [S("Saturday 15 February 2025", trap="date of the live blog")],
    [S("08:05 Good morning and welcome to our live coverage of the fighting in Russia's Kursk region, which Ukrainian troops entered 28 weeks ago.",
       trap="timestamp and elapsed time, no loss")],
    [am02_s0812],
    [S("08:30 One of those assaults, near the village of Nikolsky Dvor, involved about 200 North Korean infantry advancing in three waves, according to Lt. Serhiy Danko, a spokesman for the 244th Assault Brigade.",
       trap="size of the attacking force in one assault: neither losses nor troops present in the region"),
     S("Danko said the brigade's drone crews killed 38 of the attackers, wounded at least 50 and took two prisoner.", [
         R("ua-244th-brigade", "244th Assault Brigade (Ukraine)", "north_korean", "killed", "exact", "38", "incident",
           low=38, best=38, high=38, notes="spokesman takes the brigade's id; one assault near Nikolsky Dvor, overnight"),
         R("ua-244th-brigade", "244th Assault Brigade (Ukraine)", "north_korean", "wounded", "at_least", "at least 50", "incident",
           low=50, notes="same assault"),
         R("ua-244th-brigade", "244th Assault Brigade (Ukraine)", "north_korean", "captured", "exact", "two", "incident",
           low=2, best=2, high=2, notes="same assault; 'took two prisoner'"),
     ])],
    [S("09:47 Russia's defence ministry has given its own account, saying on Telegram that Ukraine lost up to 160 servicemen on the Kursk axis in the past 24 hours and more than 61,000 since the start of the operation in the region.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "at_most", "up to 160", "period", high=160,
          notes="past 24 hours; Telegram is the channel, not a relay"),
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "more_than", "more than 61,000", "cumulative", low=61000,
          notes="'since the start of the operation' = running total since August 2024"),
    ])],
    [S("10:20 A reader asks whether these tallies can be added up.", trap="timestamp only; a reader's question"),
     S("They cannot: Kyiv's General Staff publishes a single figure for all fronts each morning, today 1,270 Russian personnel, and it includes North Korean troops without breaking them down by region.", [
         R("ua-general-staff", GS, "russian_and_north_korean", "casualties_unspecified", "exact", "1,270", "period",
           low=1270, best=1270, high=1270,
           notes="one day's figure for all fronts (area whole_war); the text says it includes North Korean troops, so mixed"),
     ])],
    [S("11:02 South Korea's Joint Chiefs of Staff told reporters in Seoul that about 2,000 North Korean reinforcements had arrived in Kursk in the past fortnight.", [
        R("kr-jcs", "South Korea's Joint Chiefs of Staff", "north_korean", "deployed", "approximate", "about 2,000", "stock",
          best=2000, notes="reinforcements that arrived in the past fortnight; troops, not losses"),
    ])],
    [S("11:40 Correction: an earlier version of the 08:12 entry gave the General Staff's overnight figure as 174; the correct figure is 147.",
       trap="the blog's own correction: the withdrawn 174 was our typo and 147 is already recorded at 08:12")],
    [S("12:15 Analysts at the Dnipro Security Forum, a Kyiv think tank, estimate that North Korean units have been losing about 90 men a day since the start of February.", [
        R("dnipro-security-forum", "Dnipro Security Forum", "north_korean", "casualties_unspecified", "approximate", "about 90",
          "period", counted_in="people_per_day", best=90, notes="rate over 1-15 February ('since the start of February' is a calendar window, not the start of the deployment)"),
    ]),
     S("If that pace held, the forum said, they would lose roughly 4,000 more men by the end of March.", [
         R("dnipro-security-forum", "Dnipro Security Forum", "north_korean", "casualties_unspecified", "approximate",
           "roughly 4,000", "period", modality="conditional", best=4000,
           notes="if-then: looks to 16 February - 31 March; never added to reported figures"),
     ])],
    [S("12:50 A Russian general, Lt. Gen. Viktor Sokhin, told state television's Channel One that Ukrainian losses in the Kursk region had 'passed 70,000 killed and wounded' since August.", [
        R("ru-sokhin", "Lt. Gen. Viktor Sokhin (Russia)", "ukrainian", "killed_or_wounded", "more_than", "passed 70,000",
          "cumulative", relays="Channel One", low=70000,
          notes="a general speaking in his own name takes his own id; 'passed' read as more than"),
    ])],
    [S("13:30 In Kursk city, the regional authorities say a Ukrainian drone hit a bus station this morning, wounding four civilians.",
       trap="civilians wounded, not military losses")],
    [S("14:05 Ukraine's military intelligence agency, HUR, says it has so far identified by name 312 North Korean soldiers killed in Kursk, using documents and phone records found on the bodies.", [
        R("ua-gur", GUR, "north_korean", "killed", "exact", "312", "cumulative", low=312, best=312, high=312,
          notes="'so far' = running total of named dead"),
    ])],
    [S("14:40 That's all from us for today; our running tally of claimed losses returns on Monday.", trap="timestamp only")],
]

# ---------------------------------------------------------------- am03
# Think-tank monthly review (the institute is the author): month-on-month figures, own sums,
# own averages, a share, formations, a conditional range, a list of claimants.
am03_gs = S("Ukraine's General Staff claimed 2,140 North Korean soldiers killed and 3,360 wounded between 1 and 31 January, up from 610 killed and 1,290 wounded in December.", [
    R("ua-general-staff", GS, "north_korean", "killed", "exact", "2,140", "period", low=2140, best=2140, high=2140,
      notes="January 2025"),
    R("ua-general-staff", GS, "north_korean", "wounded", "exact", "3,360", "period", low=3360, best=3360, high=3360,
      notes="January 2025"),
    R("ua-general-staff", GS, "north_korean", "killed", "exact", "610", "period", low=610, best=610, high=610,
      notes="December 2024, the month before"),
    R("ua-general-staff", GS, "north_korean", "wounded", "exact", "1,290", "period", low=1290, best=1290, high=1290,
      notes="December 2024"),
])
am03 = [
    [S("Kursk Front Monthly, No. 3 (January 2025)", trap="issue number and month of the review")],
    [S("Kyiv counts 5,500 North Korean killed or wounded in January", [
        R("author", AUTHOR, "north_korean", "killed_or_wounded", "exact", "5,500", "period", low=5500, best=5500, high=5500,
          derived=am03_gs, notes="headline's own sum of 2,140 killed and 3,360 wounded; shown beside the GS figures, never as a separate estimate"),
    ])],
    [S("Vistula Institute for Security Studies, Warsaw. Published Tuesday 4 February 2025.", trap="publication date")],
    [S("January was the costliest month yet for the North Korean contingent in Kursk on every count we track."),
     am03_gs,
     S("Those are the claims of one party to the fighting, and we have not been able to verify them.",
       trap="'one party' is not a figure")],
    [S("Overall, by our own tally, Kyiv's claims since the first clashes in December now come to 7,400 North Korean killed and wounded.", [
        R("author", AUTHOR, "north_korean", "killed_or_wounded", "exact", "7,400", "cumulative", low=7400, best=7400, high=7400,
          notes="the review's own running sum of the four GS monthly figures; not a headline, so no derived quote; never added to them"),
    ]),
     S("By our count, the General Staff's daily bulletins averaged about 110 North Korean killed and wounded a day in the week of 13 to 19 January, the worst of the month.", [
         R("author", AUTHOR, "north_korean", "killed_or_wounded", "approximate", "about 110", "period",
           counted_in="people_per_day", best=110, notes="the review's own average of GS bulletins over 13-19 January"),
     ])],
    [S("Seoul's spy agency, briefing lawmakers on 23 January, gave a much lower figure: about 340 killed since the troops arrived, with no separate estimate for January.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 340", "cumulative", relays="lawmakers", best=340,
          notes="running total since arrival, reported 23 January via unnamed lawmakers"),
    ]),
     S("The gap is smaller than it looks, since the agency's figure counts only the dead and the two sets of numbers cover different periods.",
       trap="'two sets of numbers' is not a figure")],
    [S("The contingent itself numbered about 11,800 at the start of the month, US and South Korean officials said.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,800", "stock", best=11800,
          notes="list of claimants: one row per nation"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,800", "stock",
          best=11800, notes="list of claimants: one row per nation"),
    ]),
     S("Maj. Taras Holub, a Ukrainian battalion commander interviewed for this review, said one North Korean battalion facing his positions had lost about half its men over the month.", [
         R("ua-holub", "Maj. Taras Holub (Ukraine)", "north_korean", "casualties_unspecified", "approximate", "about half",
           "period", counted_in="percent_of_force", best=50,
           notes="share of one battalion whose strength is not given; January; 'Ukrainian' is the speaker, not whose losses"),
     ]),
     S("Holub said the North Koreans still attacked 'in columns, as if drones did not exist'.")],
    [S("Russia's defence ministry, for its part, said Ukraine lost 9,800 servicemen in the Kursk region during January, compared with 11,200 in December.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "exact", "9,800", "period", low=9800, best=9800, high=9800,
          notes="January 2025"),
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "exact", "11,200", "period", low=11200, best=11200, high=11200,
          notes="December 2024"),
    ]),
     S("It also claimed, on 27 January, to have destroyed two Ukrainian mechanised battalions near Sudzha in a single counter-attack.", [
         R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "exact", "two", "incident", counted_in="battalions",
           low=2, best=2, high=2, notes="formations 'destroyed' in one counter-attack; counted in battalions, never converted to people"),
     ])],
    [S("Prisoner exchanges continued: on 5 January the two sides swapped 150 prisoners each, none of them North Korean.",
       trap="prisoners exchanged, not a capture claim")],
    [S("If January's pace held, we estimate the contingent would lose another 4,000 to 6,000 men killed or wounded by the end of March.", [
        R("author", AUTHOR, "north_korean", "killed_or_wounded", "range", "4,000 to 6,000", "period", modality="conditional",
          low=4000, high=6000, notes="if-then projection to 1 February - 31 March"),
    ])],
]

# ---------------------------------------------------------------- am04
# Chronology (explainer timeline, Friday 5 December 2025): dated entries, estimates that replace
# one another, "all told", "in all", "between 5 and 12 February", a loss with no number.
am04 = [
    [S("Timeline: 14 months of North Korean troops in Russia's Kursk region", trap="duration in the headline, not a figure of losses")],
    [S("Published Friday 5 December 2025", trap="publication date")],
    [S("North Korean soldiers were first reported in the Kursk region, about 500 km south-west of Moscow, in the autumn of 2024.",
       trap="distance and year"),
     S("Below are the main casualty claims in the order they were made; most cannot be verified, and later figures usually replace earlier ones rather than add to them.")],
    [S("October 2024 -- South Korea's intelligence agency says about 10,000 North Korean troops are in Russia, some of them already moving towards Kursk.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 10,000", "stock", best=10000,
          notes="troops in Russia, October 2024"),
    ])],
    [S("16 December 2024 -- The Pentagon says North Korean troops have suffered several hundred killed and wounded since entering combat in recent weeks.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "vague", "several hundred",
          "cumulative", low=300, high=999, notes="everything since first combat = running total; 'several hundred' read as 300-999"),
    ])],
    [S("23 December -- Ukraine's military intelligence says North Korean losses have topped 2,600 killed and wounded since the start of the month.", [
        R("ua-gur", GUR, "north_korean", "killed_or_wounded", "more_than", "topped 2,600", "period", low=2600,
          notes="1-23 December 2024: 'since the start of the month' is a calendar window, so period"),
    ])],
    [S("12 January 2025 -- Ukraine's security service releases video of two North Korean soldiers it says were captured in a single raid three days earlier.", [
        R("ua-sbu", "Security Service of Ukraine (SBU)", "north_korean", "captured", "exact", "two", "incident",
          low=2, best=2, high=2, notes="one raid on 9 January, reported 12 January; evidence: footage"),
    ])],
    [S("13 January -- Seoul's spy agency tells lawmakers that roughly 320 North Korean soldiers have been killed and some 2,800 wounded.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "roughly 320", "cumulative", relays="lawmakers", best=320,
          notes="running total to 13 January"),
        R("kr-nis", NIS, "north_korean", "wounded", "approximate", "some 2,800", "cumulative", relays="lawmakers", best=2800,
          notes="running total to 13 January"),
    ])],
    [S("13 February -- Ukraine's General Staff says Russian and North Korean forces lost 2,650 troops killed and wounded on the Kursk axis between 5 and 12 February, during what it calls Moscow's winter offensive.", [
        R("ua-general-staff", GS, "russian_and_north_korean", "killed_or_wounded", "exact", "2,650", "period",
          low=2650, best=2650, high=2650, notes="5-12 February 2025; mixed count"),
    ])],
    [S("Late February -- Ukrainian officials say North Korean units have been pulled back from the front line after heavy losses.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "casualties_unspecified", "none", "heavy losses",
          "unspecified", notes="a loss stated with no number"),
    ])],
    [S("26 April 2025 -- Russia's chief of general staff declares the Kursk region fully retaken; two days later Pyongyang confirms for the first time that its troops took part.",
       trap="dates and a territorial claim, no loss figure")],
    [S("30 April -- Seoul's spy agency revises its count to 650 killed and roughly 4,500 casualties in all since the deployment began.", [
        R("kr-nis", NIS, "north_korean", "killed", "exact", "650", "cumulative", low=650, best=650, high=650,
          notes="revised running total; replaces the 13 January figure, not added to it"),
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "roughly 4,500", "cumulative", best=4500,
          notes="'casualties in all' undefined; it includes the 650 killed, so never added to them"),
    ])],
    [S("September 2025 -- North Korea's state news agency reports a ceremony honouring 'the heroic fallen' of the Kursk campaign, without giving a number.", [
        R("kp-kcna", "Korean Central News Agency (North Korea)", "north_korean", "killed", "none", "the heroic fallen",
          "unspecified", notes="own side's state media acknowledging deaths with no number"),
    ])],
    [S("November 2025 -- Ukraine's military intelligence says that, all told, North Korean losses in Kursk came to about 6,000 killed and wounded over the seven months of fighting there.", [
        R("ua-gur", GUR, "north_korean", "killed_or_wounded", "approximate", "about 6,000", "cumulative", best=6000,
          notes="'all told' over the whole campaign since arrival: a running total (final), not a part-period"),
    ])],
    [S("4 December 2025 -- South Korean lawmakers, briefed by the spy agency, say about 2,000 North Korean troops remain in Kursk, most of them engineers clearing mines.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 2,000", "stock", relays="South Korean lawmakers",
          best=2000, notes="troops remaining, December 2025"),
    ])],
]

# ---------------------------------------------------------------- am05
# Ukrainian news site retelling the General Staff's weekly summary (Monday): a text-defined
# word 'losses', week-on-week, weekend, overnight ambush, since the invasion, the site's own tally.
am05_s1 = S("Russian forces lost 8,940 personnel across all fronts in the week from 3 to 9 March, the General Staff of Ukraine's Armed Forces said in its Monday summary.", [
    R("ua-general-staff", GS, "russian", "killed_or_wounded", "exact", "8,940", "period", low=8940, best=8940, high=8940,
      notes="3-9 March, all fronts (whole_war); measure from the text's definition of 'losses' (killed and badly wounded)"),
])
am05 = [
    [S("General Staff: Russia lost 8,940 troops last week, 1,120 of them in the Kursk direction", trap=restates(am05_s1))],
    [S("Hromada News | Monday, 10 March 2025, 11:40", trap="byline date and time")],
    [am05_s1,
     S("The General Staff's word 'losses', its press service has said, covers soldiers killed and those wounded badly enough to leave the front, but not the missing or captured.")],
    [S("Of those, 1,120 were in the Kursk direction, where Russian units fight alongside North Korean troops; the summary did not say how many of the dead and wounded were North Korean.", [
        R("ua-general-staff", GS, "russian_and_north_korean", "killed_or_wounded", "exact", "1,120", "period",
          low=1120, best=1120, high=1120, notes="3-9 March, Kursk; the text says the count does not separate North Koreans, so mixed; part of the 8,940"),
    ]),
     S("That is down from 1,390 in the Kursk direction the previous week and is the lowest weekly figure there this year.", [
         R("ua-general-staff", GS, "russian_and_north_korean", "killed_or_wounded", "exact", "1,390", "period",
           low=1390, best=1390, high=1390, notes="previous week, 24 February - 2 March"),
     ])],
    [S("Over the weekend alone, the General Staff said, Ukrainian drone units on the Kursk axis killed 212 Russian soldiers and wounded 305.", [
        R("ua-general-staff", GS, "russian", "killed", "exact", "212", "period", low=212, best=212, high=212,
          notes="8-9 March; 'Ukrainian drone units' did the killing, the losses are Russian"),
        R("ua-general-staff", GS, "russian", "wounded", "exact", "305", "period", low=305, best=305, high=305,
          notes="8-9 March"),
    ])],
    [S("In a single ambush overnight into Monday, the 158th Separate Mechanised Brigade said, its soldiers killed 17 North Korean infantrymen and captured one near the village of Novaya Sorochina.", [
        R("ua-158th-brigade", "158th Separate Mechanised Brigade (Ukraine)", "north_korean", "killed", "exact", "17", "incident",
          low=17, best=17, high=17, notes="one ambush, night of 9-10 March"),
        R("ua-158th-brigade", "158th Separate Mechanised Brigade (Ukraine)", "north_korean", "captured", "exact", "one", "incident",
          low=1, best=1, high=1, notes="same ambush"),
    ]),
     S("The brigade published drone footage of the ambush but did not show the prisoner.")],
    [S("Since the start of the full-scale invasion, the General Staff puts Russia's total losses at 902,310, a figure that also includes North Korean soldiers.", [
        R("ua-general-staff", GS, "russian_and_north_korean", "killed_or_wounded", "exact", "902,310", "cumulative",
          low=902310, best=902310, high=902310, notes="running total since 24 February 2022, all fronts (whole_war)"),
    ]),
     S("By this site's own tally of the daily summaries, the General Staff has reported 16,480 Russian and North Korean killed and wounded in the Kursk direction since 1 January.", [
         R("author", AUTHOR, "russian_and_north_korean", "killed_or_wounded", "exact", "16,480", "period",
           low=16480, best=16480, high=16480, notes="the site's own sum of GS bulletins, 1 January - 9 March; a calendar window, so period; includes the weekly figures"),
     ])],
    [S("The summary also listed 61 artillery systems and 14 tanks destroyed during the week.", trap="equipment, not people")],
    [S("Russia's defence ministry, which does not publish its own losses, said on Sunday that Ukraine had lost more than 1,500 troops in the Kursk region over the past week.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "more_than", "more than 1,500", "period", low=1500,
          notes="week to Sunday 9 March; the GS definition of 'losses' does not apply to the Russian ministry"),
    ]),
     S("The General Staff called the Russian figure 'invented', and neither side's claims can be independently verified.")],
]

# ---------------------------------------------------------------- am06
# Correction notice followed by the corrected article (Thursday): a measure corrected,
# a scope corrected, a misattribution corrected; the same claims restated in the article.
am06_s6 = S("KYIV -- Ukraine's military intelligence agency said on Wednesday that 4,100 North Korean soldiers had been killed or wounded since they arrived in Russia's Kursk region in the autumn, its highest estimate yet.", [
    R("ua-gur", GUR, "north_korean", "killed_or_wounded", "exact", "4,100", "cumulative", low=4100, best=4100, high=4100,
      notes="reported Wednesday 19 March; same claim as in the correction notice (same_event)"),
])
am06 = [
    [S("Correction and clarification, Thursday 20 March 2025", trap="date of the notice")],
    [S("An article published on Wednesday under the headline 'North Korean dead in Kursk pass 4,000, Kyiv says' misstated a figure given by Ukraine's military intelligence agency.",
       trap="the withdrawn, erroneous headline: nobody's claim"),
     S("The agency said 4,100 North Korean soldiers had been killed or wounded since arriving in the Kursk region, not 4,100 killed, as we reported.", [
         R("ua-gur", GUR, "north_korean", "killed_or_wounded", "exact", "4,100", "cumulative", low=4100, best=4100, high=4100,
           notes="the corrected reading; the withdrawn 'killed' reading gives no row"),
     ]),
     S("The article also wrongly described the figure as covering the past month; it is a running total for the whole deployment.")],
    [S("We also attributed a second figure, 620 Russian and North Korean troops killed around Sudzha in the first ten days of March, to the agency; it was given by Lt. Ostap Kravets, a spokesman for the Shershen Assault Regiment.", [
        R("ua-shershen-regiment", "Shershen Assault Regiment (Ukraine)", "russian_and_north_korean", "killed", "exact", "620", "period",
          low=620, best=620, high=620, notes="1-10 March; corrected attribution: the regiment (its spokesman), not HUR"),
    ]),
     S("The headline and text have been corrected, and the corrected article follows.")],
    [S("Kyiv says 4,100 North Koreans killed or wounded in Kursk since autumn", trap=restates(am06_s6))],
    [am06_s6,
     S("That is up from 3,300 in its previous update on 17 February.", [
         R("ua-gur", GUR, "north_korean", "killed_or_wounded", "exact", "3,300", "cumulative", low=3300, best=3300, high=3300,
           notes="earlier running total, reported 17 February; claimant from context"),
     ])],
    [S("The agency's spokesman, Yevhen Tkach, said North Korean units had lost about 150 men in one assault on 14 March, when a column was caught by artillery on open ground west of Sudzha.", [
        R("ua-gur", GUR, "north_korean", "casualties_unspecified", "approximate", "about 150", "incident", best=150,
          notes="spokesman takes the agency's id; one assault on 14 March"),
    ]),
     S("Tkach said the losses had forced the North Korean command to merge two depleted regiments.",
       trap="regiments merged: formations reorganised, not a count of losses")],
    [S("Kravets, of the Shershen regiment, said his unit alone had killed 620 Russian and North Korean soldiers around Sudzha between 1 and 10 March.", [
        R("ua-shershen-regiment", "Shershen Assault Regiment (Ukraine)", "russian_and_north_korean", "killed", "exact", "620",
          "period", low=620, best=620, high=620, notes="1-10 March; same claim as in the correction notice"),
    ])],
    [S("South Korea's intelligence service has given a lower total, of roughly 3,000 killed and wounded, according to two lawmakers who attended a briefing in Seoul on Tuesday.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "roughly 3,000", "cumulative",
          relays="two lawmakers", best=3000, notes="running total reported Tuesday 18 March"),
    ]),
     S("Russia's defence ministry has not commented on North Korean losses.")],
    [S("On Wednesday more than 100 Ukrainian and Russian prisoners of war were exchanged in a swap brokered by the United Arab Emirates.",
       trap="prisoners exchanged, not a capture claim")],
]

# ---------------------------------------------------------------- am07
# Hansard-style exchange (Monday 12 May 2025): a minister passing on Defence Intelligence
# assessments; "to date", "in the past fortnight", monthly rate, a projection, a press figure disputed.
ASH = "Daniel Ashworth"
am07 = [
    [S("Ukraine: North Korean Forces")],
    [S("Volume 767: debated on Monday 12 May 2025", trap="volume number and date")],
    [S("1. Mr Gareth Pryce (Wrexham Rural) (Lab): What assessment his Department has made of the losses suffered by North Korean forces deployed to Russia's Kursk region.",
       trap="question number")],
    [S("The Minister for the Armed Forces (Daniel Ashworth): In total, Defence Intelligence assesses that, of the roughly 14,000 North Korean personnel sent to Russia since last October, some 5,000 have been killed or wounded to date.", [
        R("uk-defence-intelligence", UKDI, "north_korean", "deployed", "approximate", "roughly 14,000", "stock", relays=ASH,
          best=14000, notes="troops sent since October 2024; the minister passes on the DI assessment"),
        R("uk-defence-intelligence", UKDI, "north_korean", "killed_or_wounded", "approximate", "some 5,000", "cumulative",
          relays=ASH, best=5000, notes="'to date' running total"),
    ]),
     S("Of those, we judge that around 1,500 were killed.", [
         R("uk-defence-intelligence", UKDI, "north_korean", "killed", "approximate", "around 1,500", "cumulative", relays=ASH,
           best=1500, notes="part of the 5,000; claimant from the previous sentence"),
     ]),
     S("The rate of loss has fallen sharply since Russia declared the region retaken in late April, and in the past fortnight we judge it to have been fewer than 20 a week.", [
         R("uk-defence-intelligence", UKDI, "north_korean", "casualties_unspecified", "fewer_than", "fewer than 20", "period",
           relays=ASH, counted_in="people_per_week", high=20, notes="rate over the fortnight to 12 May"),
     ])],
    [S("Mr Pryce: I thank the Minister."),
     S("Press reports citing Ukrainian sources have put North Korean casualties at 12,000.", [
         R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "casualties_unspecified", "exact", "12,000",
           "unspecified", relays="press reports", low=12000, best=12000, high=12000,
           notes="no time stated; cited only to be disputed: the minister says it mixes Russian and North Korean losses, but whose_losses follows what the sentence states"),
     ]),
     S("Does the Minister recognise that figure?")],
    [S("Daniel Ashworth: I do not, and I would caution the House against it; as I understand it, it counts Russian and North Korean losses together over the whole Kursk operation.")],
    [S("Helen Marsh (Bath North) (LD): What has become of the North Korean soldiers shown on Ukrainian television in January, and does the Government expect Pyongyang to send more?")],
    [S("Daniel Ashworth: Kyiv has told us that it holds three North Korean prisoners, and their future is a matter for the Ukrainian Government.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "captured", "exact", "three", "cumulative",
          relays=ASH, low=3, best=3, high=3, notes="'Kyiv' = the Ukrainian government, unnamed; prisoners held to date"),
    ]),
     S("Defence Intelligence expects a further 6,000 North Korean troops, mostly engineers and builders, to arrive in Kursk by the end of the summer.", [
         R("uk-defence-intelligence", UKDI, "north_korean", "deployed", "exact", "6,000", "stock", relays=ASH,
           modality="projected", low=6000, best=6000, high=6000, notes="forecast arrivals by end of summer 2025"),
     ]),
     S("We estimate that Pyongyang may be earning as much as $20 million a month from the arrangement.", trap="money")],
    [S("Sir Roger Bexley (Cotswold Vale) (Con): My constituents, who include some 300 Ukrainian refugees, will welcome that answer.",
       trap="refugees, not losses"),
     S("Will the Minister tell the House how quickly North Korean losses fell after the first quarter?",
       trap="'first quarter' is a period of the year; a question with no figure")],
    [S("Daniel Ashworth: Between January and March, Defence Intelligence judged that North Korean casualties ran at about 1,000 a month; in April as a whole they came to a few hundred.", [
        R("uk-defence-intelligence", UKDI, "north_korean", "casualties_unspecified", "approximate", "about 1,000", "period",
          relays=ASH, counted_in="people_per_month", best=1000, notes="monthly rate over January-March 2025"),
        R("uk-defence-intelligence", UKDI, "north_korean", "casualties_unspecified", "vague", "a few hundred", "period",
          relays=ASH, low=200, high=499, notes="April 2025 as a whole; a count, not a rate; 'a few hundred' read as 200-499"),
    ])],
]

# ---------------------------------------------------------------- am08
# Local Russian news site (Wednesday): the site's own count of named dead, a derived headline,
# a governor, a Ukrainian Telegram claim disputed, a Moscow daily citing the ministry.
SEYM = "Seym Today"
am08_s1 = S("KURSK, Wednesday 22 January 2025 (Seym Today) -- Funerals were held across the Kursk region in the first ten days of January for 27 servicemen from Kursk itself and 16 from the region's districts, according to obituaries collected by Seym Today.", [
    R("author", AUTHOR, "russian", "killed", "exact", "27", "period", low=27, best=27, high=27,
      notes="the site's own count; funerals 1-10 January (deaths may be earlier)"),
    R("author", AUTHOR, "russian", "killed", "exact", "16", "period", low=16, best=16, high=16,
      notes="as above, districts"),
])
am08 = [
    [S("Kursk region buried 43 servicemen in the first ten days of January", [
        R("author", AUTHOR, "russian", "killed", "exact", "43", "period", low=43, best=43, high=43, derived=am08_s1,
          notes="headline's own sum of 27 and 16"),
    ])],
    [am08_s1,
     S("That brings the number of Kursk natives killed in the war whom we have identified by name to 1,284 since February 2022, up from 1,241 at the end of December.", [
         R("author", AUTHOR, "russian", "killed", "exact", "1,284", "cumulative", low=1284, best=1284, high=1284,
           notes="named dead, all fronts (whole_war), since the invasion"),
         R("author", AUTHOR, "russian", "killed", "exact", "1,241", "cumulative", low=1241, best=1241, high=1241,
           notes="earlier running total, to 31 December 2024"),
     ]),
     S("Our count includes only deaths announced by relatives, schools or local officials, and the real number is certainly higher.")],
    [S("Governor Arkady Zotov said on Monday that about 70 members of the Seym volunteer battalion had been killed since the Ukrainian incursion began in August, but gave no breakdown by month.", [
        R("ru-zotov", "Arkady Zotov, Kursk region governor", "russian", "killed", "approximate", "about 70", "cumulative",
          best=70, notes="volunteers (paramilitary); since August 2024 = running total; speaks in his own name"),
    ]),
     S("Zotov also said 11 civilians had been killed in Ukrainian drone attacks on border villages over the weekend.",
       trap="civilians killed, not military losses")],
    [S("On Tuesday the Ukrainian Telegram channel Pivnichnyi Front claimed that an entire company of the battalion, about 100 men, had been wiped out in one strike on its quarters in Lgov last week.", [
        R("pivnichnyi-front", "Pivnichnyi Front (Ukrainian Telegram channel)", "russian", "casualties_unspecified", "exact",
          "an entire company", "incident", counted_in="companies", low=1, best=1, high=1,
          notes="one strike, week of 13-19 January, reported Tuesday 21 January; 'wiped out' undefined; disputed by the governor"),
        R("pivnichnyi-front", "Pivnichnyi Front (Ukrainian Telegram channel)", "russian", "casualties_unspecified",
          "approximate", "about 100", "incident", best=100, notes="same strike, in people"),
    ]),
     S("Zotov called the claim 'a lie from start to finish'.")],
    [S("Residents of Korenevo have seen North Korean soldiers in the town, one of them told Seym Today, but it is not known how many are stationed nearby.",
       trap="'one of them' is a resident; no figure")],
    [S("The Moscow daily Stolichny Vestnik, citing the defence ministry, reported on Sunday that Russian forces had killed up to 230 Ukrainian servicemen in the Kursk border area over the previous 24 hours, and more than 48,000 since August.", [
        R("ru-mod", RUMOD, "ukrainian", "killed", "at_most", "up to 230", "period", relays="Stolichny Vestnik", high=230,
          notes="24 hours to Sunday 19 January"),
        R("ru-mod", RUMOD, "ukrainian", "killed", "more_than", "more than 48,000", "cumulative", relays="Stolichny Vestnik",
          low=48000, notes="since August 2024"),
    ])],
    [S("An official at the regional enlistment office, who asked not to be named, said the region was losing three or four of its contract soldiers a week.", [
        R("ru-officials", "Russian officials (unnamed)", "russian", "casualties_unspecified", "range", "three or four",
          "unspecified", counted_in="people_per_week", low=3, high=4, notes="a rate with no period stated"),
    ]),
     S("Four conscripts from the region came home in the 8 January prisoner exchange, their families said.",
       trap="prisoners exchanged, not losses")],
]

SPECS = {
    "am01-wire-revised-estimate": am01,
    "am02-live-blog": am02,
    "am03-monthly-review": am03,
    "am04-chronology": am04,
    "am05-general-staff-weekly": am05,
    "am06-correction-notice": am06,
    "am07-hansard-exchange": am07,
    "am08-local-russian-site": am08,
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
