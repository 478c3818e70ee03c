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


# Claimant ids used in this set (new ids are lowercase, made here; others are in data/sources.csv):
GS, GS_N = "ua-general-staff", "General Staff of the Armed Forces of Ukraine"
NIS = "kr-nis"
RUMOD = "ru-mod"


# ---------------------------------------------------------------- aw01
# A Ukrainian General Staff daily summary retold by a news site.
FLD = "Front Line Digest"
aw01_s1 = S("KYIV, Tuesday, January 21 — Ukraine's General Staff said in its morning summary that Russian forces had lost 1,470 personnel across the whole front over the past 24 hours, bringing the total it claims since February 24, 2022 to 826,320.", [
    R(GS, "Ukraine's General Staff", "russian", "killed_or_wounded", "exact", "1,470", "period", relays=FLD,
      low=1470, best=1470, high=1470,
      notes="the summary's footnote (next sentence) defines personnel losses as killed and wounded; whole front, so area whole_war, not Kursk"),
    R(GS, "Ukraine's General Staff", "russian", "killed_or_wounded", "exact", "826,320", "cumulative", relays=FLD,
      low=826320, best=826320, high=826320,
      notes="running total since 24 Feb 2022, whole war; measure from the footnote's definition; the date digits are not a figure"),
])
aw01_s3 = S("Of the day's total, 162 were in the Kursk direction, where units repelled 31 assaults near Sverdlikovo and Nikolaevo-Darino.", [
    R(GS, "Ukraine's General Staff", "russian", "killed_or_wounded", "exact", "162", "period", relays=FLD,
      low=162, best=162, high=162,
      notes="Kursk share of the day's 1,470; the 31 assaults are attacks, not losses"),
])
aw01_s7 = S("For the Kursk direction over the past week, the General Staff gave 1,105 killed and wounded.", [
    R(GS, "the General Staff", "russian", "killed_or_wounded", "exact", "1,105", "period", relays=FLD,
      low=1105, best=1105, high=1105, notes="stated window: the past week"),
])
aw01 = [
    [S("Kursk direction: 162 Russian losses and 31 assaults in a day, General Staff says", trap=restates(aw01_s3))],
    [aw01_s1,
     S("A footnote to the summary defines personnel losses as soldiers killed and wounded."),
     S("It was the 1,063rd day of Russia's full-scale invasion.", trap="day count of the war, not a loss")],
    [aw01_s3,
     S("Sverdlikovo lies about 6 km from the border.", trap="distance"),
     S("Near Sverdlikovo, the General Staff added, defenders destroyed up to a company of North Korean infantry on Monday.", [
         R(GS, "the General Staff", "north_korean", "casualties_unspecified", "at_most", "up to a company", "incident",
           relays=FLD, counted_in="companies", high=1,
           notes="a formation 'destroyed' with no split into dead and wounded: casualties_unspecified, counted in companies"),
     ]),
     S("Equipment the summary lists for the day includes 9 tanks, 21 artillery systems and 64 drones.",
       trap="equipment losses, not people")],
    [aw01_s7,
     S("That works out, by our count, at roughly 158 a day.", [
         R("author", "Front Line Digest (the text's own voice)", "russian", "killed_or_wounded", "approximate",
           "roughly 158", "period", counted_in="people_per_day", best=158, derived=aw01_s7,
           notes="the site's own average of the General Staff's weekly 1,105; a derived rate, not a separate estimate"),
     ]),
     S("The summary was posted at 7:40 a.m. Kyiv time, about an hour later than usual.", trap="time of publication")],
    [S("Military intelligence (HUR) said in a separate post that North Korean units had lost 34 killed and 51 wounded near Makhnovka between Saturday and Sunday.", [
        R("ua-gur", "Military intelligence (HUR)", "north_korean", "killed", "exact", "34", "period", relays=FLD,
          low=34, best=34, high=34, notes="stated window: Saturday to Sunday"),
        R("ua-gur", "Military intelligence (HUR)", "north_korean", "wounded", "exact", "51", "period", relays=FLD,
          low=51, best=51, high=51, notes="stated window: Saturday to Sunday"),
     ]),
     S("Russia's Defence Ministry, for its part, claimed that Ukraine had lost 'up to 210 servicemen' in the Kursk region over the same 24 hours, a figure Kyiv dismissed as invented.", [
         R(RUMOD, "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 210", "period",
           relays=FLD, high=210,
           notes="'lost' not defined; cited to be disputed by Kyiv, still the ministry's claim (grade contested)"),
     ])],
]


# ---------------------------------------------------------------- aw02
# A wire-agency factbox.
MW = "Meridian Wire"
aw02 = [
    [S("FACTBOX-6,000 more pledged: North Korea's soldiers in Russia's Kursk region",
       trap="headline sums the 1,000 deminers and 5,000 builders pledged (a future flow), not losses or troops present")],
    [S("SEOUL, Sept 16 (Meridian Wire) - Pyongyang confirmed in April that its troops had fought in Russia's Kursk region, after months of silence.",
       trap="dateline and date of an acknowledgement with no figure"),
     S("Here are key facts about the deployment and its cost.")],
    [S("HOW MANY WERE SENT?")],
    [S("South Korea's National Intelligence Service (NIS) says about 11,000 North Korean soldiers were in the Kursk region by December 2024, most of them from the elite Storm Corps.", [
        R(NIS, "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "approximate",
          "about 11,000", "stock", relays=MW, best=11000, notes="troops present by December 2024"),
     ]),
     S("Another 3,000 arrived in January and February to replace the dead and wounded, the agency said.",
       trap="reinforcements arriving (a flow), neither a stock nor a loss; 'to replace the dead and wounded' gives no figure of losses")],
    [S("HOW MANY HAVE BEEN LOST?")],
    [S("The NIS has revised its estimate several times, from about 3,000 killed or wounded in January to about 4,700 in April, including some 600 dead, according to lawmakers it briefed.", [
        R(NIS, "The NIS", "north_korean", "killed_or_wounded", "approximate", "about 3,000", "cumulative",
          relays="lawmakers briefed by the NIS > " + MW, best=3000,
          notes="January estimate, superseded by April's; recorded as the earlier claim"),
        R(NIS, "The NIS", "north_korean", "killed_or_wounded", "approximate", "about 4,700", "cumulative",
          relays="lawmakers briefed by the NIS > " + MW, best=4700,
          notes="April revision; measure carried over from 'killed or wounded' earlier in the sentence"),
        R(NIS, "The NIS", "north_korean", "killed", "approximate", "some 600", "cumulative",
          relays="lawmakers briefed by the NIS > " + MW, best=600,
          notes="the dead within the April 4,700; not subtracted or added"),
     ]),
     S("Ukraine's military intelligence (HUR) and Western officials said in March that more than 1,000 North Koreans had been killed.", [
         R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed", "more_than", "more than 1,000",
           "cumulative", relays=MW, low=1000, notes="list of two claimants: one row each"),
         R("western-officials", "Western officials", "north_korean", "killed", "more_than", "more than 1,000",
           "cumulative", relays=MW, low=1000, notes="group of unnamed officials, not of UA/RU/KP"),
     ]),
     S("At the height of the January fighting, US officials said, the North's units were losing about 90 soldiers a day.", [
         R("us-officials", "US officials", "north_korean", "casualties_unspecified", "approximate", "about 90",
           "period", relays=MW, counted_in="people_per_day", best=90,
           notes="a rate; 'losing' not defined; window: the height of the January fighting"),
     ])],
    [S("WERE ANY CAPTURED?")],
    [S("Ukraine's SBU security service said it captured two wounded North Korean soldiers on Jan. 9, and they remain in Kyiv.", [
        R("ua-sbu", "Ukraine's SBU security service", "north_korean", "captured", "exact", "two", "incident",
          relays=MW, low=2, best=2, high=2,
          notes="'wounded' describes the prisoners; not a separate wounded row"),
     ]),
     S("The men, aged 20 and 26, told interrogators they had been told they were going to a training exercise.",
       trap="ages of the prisoners"),
     S("Russia and Ukraine have exchanged more than 1,000 prisoners since January, but no North Koreans were among them.",
       trap="prisoners exchanged, not captured or lost")],
    [S("WHAT DOES PYONGYANG SAY?")],
    [S("North Korean state media have given no death toll, but in August showed the leader laying flowers before portraits of soldiers who “fell heroically” in Kursk.", [
        R("kp-state-media", "North Korean state media", "north_korean", "killed", "none", "", "unspecified",
          notes="deaths acknowledged by the own side with no figure"),
     ])],
    [S("WHAT COMES NEXT?")],
    [S("Pyongyang has pledged to send 1,000 deminers and 5,000 military builders to the region.",
       trap="a pledged future dispatch of engineers (a flow), not troops present or lost"),
     S("North Korea has also shipped Russia millions of artillery shells and more than 200 ballistic missiles, according to Seoul.",
       trap="munitions, not people")],
]


# ---------------------------------------------------------------- aw03
# A think-tank report cited table by table in a news article.
RDR = "Riga Defence Review"
NORD = "Nordlys Institute"
NR = NORD + " > " + RDR
aw03 = [
    [S("What the tables say: a think tank's ledger of Kursk losses")],
    [S("RIGA, Oct. 8 — A report published on Wednesday by the Oslo-based Nordlys Institute sets out, table by table, every loss figure published for the Kursk campaign between December 2024 and April 2025.",
       trap="dateline and the period the report covers"),
     S("Table 1 lists 14 estimates from nine claimants, ranked by how much each explains its method; Ukraine's General Staff comes third.",
       trap="counts of estimates and claimants, a table number and a ranking")],
    [S("Ukraine's General Staff, 10 March: 4,200 North Korean 'losses' (killed and wounded) since December.", [
        R(GS, "Ukraine's General Staff", "north_korean", "killed_or_wounded", "exact", "4,200", "cumulative",
          relays=NR, low=4200, best=4200, high=4200, notes="the table defines 'losses' in parentheses as killed and wounded"),
     ]),
     S("HUR, 20 March: combat losses of the North Korean contingent, defined as killed, wounded, missing and captured, of “about 4,500”.", [
         R("ua-gur", "HUR", "north_korean", "killed_wounded_missing_or_captured", "approximate", "about 4,500",
           "cumulative", relays=NR, best=4500, notes="the entry defines combat losses as killed, wounded, missing and captured"),
     ]),
     S("South Korea's NIS, via lawmakers, 30 April: about 600 killed and about 4,100 wounded.", [
         R(NIS, "South Korea's NIS", "north_korean", "killed", "approximate", "about 600", "cumulative",
           relays="lawmakers > " + NR, best=600),
         R(NIS, "South Korea's NIS", "north_korean", "wounded", "approximate", "about 4,100", "cumulative",
           relays="lawmakers > " + NR, best=4100),
     ]),
     S("Russia's Defence Ministry, 26 April: Ukrainian losses in the region of “more than 74,000” killed and wounded since August 2024.", [
         R(RUMOD, "Russia's Defence Ministry", "ukrainian", "killed_or_wounded", "more_than", "more than 74,000",
           "cumulative", relays=NR, low=74000),
     ]),
     S("Ukraine's General Staff, same date: Russian losses in Kursk of about 62,000, of whom about 26,000 dead or missing.", [
         R(GS, "Ukraine's General Staff", "russian", "casualties_unspecified", "approximate", "about 62,000",
           "cumulative", relays=NR, best=62000, notes="'losses' not defined in this entry"),
         R(GS, "Ukraine's General Staff", "russian", "killed_or_missing", "approximate", "about 26,000",
           "cumulative", relays=NR, best=26000, notes="'dead or missing' is one combined figure"),
     ]),
     S("The ministry's entry in the same table also claims 421 tanks and 3,300 drones destroyed, figures the report leaves out of its analysis.",
       trap="equipment, not people")],
    [S("Table 2 gives Nordlys's own ranges: North Korean killed, 1,100 to 1,600; killed, wounded or missing, 4,500 to 6,000.", [
        R("nordlys-institute", "Nordlys Institute", "north_korean", "killed", "range", "1,100 to 1,600",
          "cumulative", relays=RDR, low=1100, high=1600, notes="the think tank's own estimate; 'Table 2' is a label"),
        R("nordlys-institute", "Nordlys Institute", "north_korean", "killed_wounded_or_missing", "range",
          "4,500 to 6,000", "cumulative", relays=RDR, low=4500, high=6000),
     ]),
     S("Against a deployed force of 12,000, the NIS's central figure, that puts between 35 and 45 percent of the contingent out of action.", [
         R(NIS, "the NIS", "north_korean", "deployed", "exact", "12,000", "stock", relays=NR,
           low=12000, best=12000, high=12000, notes="the NIS's central figure for the force, as the report cites it"),
         R("nordlys-institute", "Nordlys Institute", "north_korean", "killed_wounded_or_missing", "range",
           "between 35 and 45 percent", "cumulative", relays=RDR, counted_in="percent_of_force", low=35, high=45,
           notes="share of the 12,000; 'out of action' refers back to Table 2's killed, wounded or missing"),
     ]),
     S("The institute's authors put the uncertainty of each range at plus or minus 20 percent.",
       trap="margin of error of the estimates, not a share of a force"),
     S("Average daily North Korean losses peaked at 70 to 85 in the week of 6-12 January, according to Table 3 on page 9.", [
         R("nordlys-institute", "Nordlys Institute", "north_korean", "casualties_unspecified", "range", "70 to 85",
           "period", relays=RDR, counted_in="people_per_day", low=70, high=85,
           notes="a daily average over a stated week; table and page numbers are labels"),
     ]),
     S("If attrition had continued at the first quarter's pace, the authors write, North Korean killed and wounded would have reached 9,000 by the end of 2025.", [
         R("nordlys-institute", "Nordlys Institute (the authors)", "north_korean", "killed_or_wounded", "exact", "9,000",
           "cumulative", relays=RDR, modality="conditional", low=9000, best=9000, high=9000,
           notes="a counterfactual if-then: conditional, never in totals"),
     ])],
    [S("The report discards a figure of “up to 40,000 North Koreans dead” that circulated on pro-Ukrainian Telegram channels, noting that no official body had endorsed it.", [
        R("ua-telegram-channels", "pro-Ukrainian Telegram channels", "north_korean", "killed", "at_most", "up to 40,000",
          "unspecified", relays=NR, high=40000,
          notes="cited only to be discarded; still those channels' claim (grade contested)"),
     ]),
     S("The report, 38 pages long, was funded by the Norwegian foreign ministry with a grant of 1.9 million kroner.",
       trap="page count and money")],
]


# ---------------------------------------------------------------- aw04
# A live blog with timestamped entries, newest first.
SC = "Seoul Courier"
aw04_nis = S("11:20 — Rep. Choi Min-seok, briefed by the National Intelligence Service, told reporters that at least 300 North Korean soldiers had been killed and about 2,700 wounded since December.", [
    R(NIS, "the National Intelligence Service", "north_korean", "killed", "at_least", "at least 300", "cumulative",
      relays="Rep. Choi Min-seok > " + SC, low=300, notes="a lawmaker briefed by the agency is a relay"),
    R(NIS, "the National Intelligence Service", "north_korean", "wounded", "approximate", "about 2,700", "cumulative",
      relays="Rep. Choi Min-seok > " + SC, best=2700),
])
aw04 = [
    [S("Kursk live: North Korean losses, a Seoul briefing and the Pentagon — Monday, Jan. 13", trap="title date")],
    [S("18:40 — That's all from us today; the live blog returns at 08:00 on Tuesday.", trap="times")],
    [S("17:55 — Recap: Seoul's spy agency estimates at least 300 North Koreans killed and about 2,700 wounded, and the Pentagon says casualties run “in the thousands”.",
       trap="recap restates the 11:20 and 16:30 entries; no new claim")],
    [S("17:10 — Ukraine's General Staff says Russian and North Korean forces together lost 380 killed and wounded in the Kursk direction on Monday.", [
        R(GS, "Ukraine's General Staff", "russian_and_north_korean", "killed_or_wounded", "exact", "380", "period",
          relays=SC, low=380, best=380, high=380, notes="a mixed count stays mixed; one day"),
    ])],
    [S("16:30 — Lt. Col. Dana Whitfield, a Pentagon spokeswoman, said North Korean casualties — killed and wounded — were “in the thousands”, but declined to give a figure.", [
        R("us-dod", "Lt. Col. Dana Whitfield, a Pentagon spokeswoman", "north_korean", "killed_or_wounded", "vague",
          "in the thousands", "cumulative", relays=SC, low=1000, high=9999,
          notes="a spokesperson takes the body's id; vague bounds of 'in the thousands' are this set's choice"),
    ])],
    [S("15:20 — Footage from Ukraine's 95th brigade shows 12 North Korean soldiers crossing a snowfield in single file toward its positions.",
       trap="soldiers seen advancing, not lost; '95th' is a unit number"),
     S("All 12 were killed or taken prisoner, the brigade said, without saying how many of each.", [
         R("ua-95th-brigade", "Ukraine's 95th brigade", "north_korean", "killed_or_captured", "exact", "12", "incident",
           relays=SC, low=12, best=12, high=12, notes="one combined figure, never split"),
     ])],
    [S("14:05 — Ukraine's Special Operations Forces said their troops had killed or wounded more than 200 North Koreans in two days of fighting near Makhnovka.", [
        R("ua-sof", "Ukraine's Special Operations Forces", "north_korean", "killed_or_wounded", "more_than",
          "more than 200", "period", relays=SC, low=200, notes="stated window: two days"),
    ])],
    [S("13:20 — “We buried 17 of our own this week,” a Russian paratrooper says in a video posted by a Kursk Telegram channel, which we could not verify.", [
        R("ru-paratrooper-unnamed", "a Russian paratrooper (unnamed)", "russian", "killed", "exact", "17", "period",
          relays="a Kursk Telegram channel > " + SC, low=17, best=17, high=17,
          notes="a soldier speaking in his own name; 'buried' read as killed; 'of our own' = his side"),
    ])],
    [S("12:45 — In a Mirae Research poll out today, 58% of South Koreans say Seoul should send military observers to Ukraine; 31% disagree.",
       trap="poll percentages")],
    [aw04_nis,
     S("Choi said the agency believed the troops had orders to avoid capture at all costs.")],
    [S("10:05 — US and South Korean officials told reporters over the weekend that North Korean killed and wounded had passed 3,000.", [
        R("us-officials", "US officials", "north_korean", "killed_or_wounded", "more_than", "passed 3,000", "cumulative",
          relays=SC, low=3000, notes="list of claimants: one row per nation"),
        R("kr-officials", "South Korean officials", "north_korean", "killed_or_wounded", "more_than", "passed 3,000",
          "cumulative", relays=SC, low=3000, notes="list of claimants: one row per nation"),
    ])],
    [S("09:10 — Moscow has not commented on North Korean losses; its Defence Ministry's morning bulletin claims Ukrainian forces lost “more than 300 servicemen” and 14 armoured vehicles in the Kursk region over the past day.", [
        R(RUMOD, "its Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 300", "period",
          relays=SC, low=300, notes="'lost' not defined; the 14 armoured vehicles are equipment; 'North Korean' is not whose losses"),
    ])],
    [S("08:15 — Good morning: it is minus 8C in Kursk, and the fighting there is in its 161st day since Ukraine's incursion began on Aug. 6.",
       trap="temperature, a day count and a date")],
]


# ---------------------------------------------------------------- aw05
# An explainer with Q&A headings.
KS = "Kyiv Standard"
aw05 = [
    [S("Explainer: counting North Korea's dead in Kursk, and why the figures differ")],
    [S("How many North Koreans were sent?")],
    [S("Most estimates put the force at 11,000 to 12,000 troops at its peak, in early 2025.", [
        R("author", "Kyiv Standard (the text's own voice)", "north_korean", "deployed", "range", "11,000 to 12,000",
          "stock", low=11000, high=12000, notes="the text's own summary of 'most estimates', no claimant named"),
     ]),
     S("Pyongyang has since rotated about 2,000 of them home and sent roughly the same number in.",
       trap="troops rotated (flows), not a stock or a loss")],
    [S("How many have died?")],
    [S("Seoul's National Intelligence Service said in April that about 600 had been killed.", [
        R(NIS, "Seoul's National Intelligence Service", "north_korean", "killed", "approximate", "about 600",
          "cumulative", relays=KS, best=600),
     ]),
     S("Ukrainian officials say the true number is at least twice that.", [
         R("ua-officials", "Ukrainian officials", "north_korean", "killed", "none", "", "cumulative", relays=KS,
           notes="a relative figure ('at least twice that'); not converted into 1,200"),
     ])],
    [S("Why do the figures differ so much?")],
    [S("Partly because they measure different things: Ukraine's “losses” usually mean killed and wounded together, while Seoul reports the dead separately."),
     S("Ukraine's military intelligence, for instance, said on Friday that North Korean losses stood at “about 5,000”, without saying how many had died.", [
         R("ua-gur", "Ukraine's military intelligence", "north_korean", "casualties_unspecified", "approximate",
           "about 5,000", "cumulative", relays=KS, best=5000,
           notes="'usually mean killed and wounded' is the explainer's generalisation, not this claim's definition"),
     ]),
     S("Seoul's agency estimated in April that roughly a third of the force had been killed or wounded.", [
         R(NIS, "Seoul's agency", "north_korean", "killed_or_wounded", "approximate", "roughly a third", "cumulative",
           relays=KS, counted_in="percent_of_force", best=33.33, notes="a share; 'a third' written as 33.33 percent"),
     ])],
    [S("Were any captured?")],
    [S("Yes: at least two, according to Ukraine's SBU security service, which has released videos of both.", [
        R("ua-sbu", "Ukraine's SBU security service", "north_korean", "captured", "at_least", "at least two",
          "cumulative", relays=KS, low=2),
     ]),
     S("Reports of a third prisoner in March were later withdrawn.", trap="ordinal ('a third prisoner'), and the report was withdrawn")],
    [S("Is Seoul's 600 figure reliable?", trap="question heading restating the NIS figure")],
    [S("The agency counts only deaths confirmed by at least two sources, so it is probably an undercount.",
       trap="number of sources required, not a loss")],
    [S("Could losses rise?")],
    [S("The Potomac Conflict Lab, a US think tank, projects that North Korean killed and wounded could reach 8,000 by the end of the year.", [
        R("potomac-conflict-lab", "The Potomac Conflict Lab", "north_korean", "killed_or_wounded", "exact", "8,000",
          "cumulative", relays=KS, modality="projected", low=8000, best=8000, high=8000,
          notes="a forecast to the end of 2025"),
    ])],
    [S("What does Pyongyang get?")],
    [S("Seoul estimates Moscow pays about $2,000 a month per soldier, most of it kept by the state.",
       trap="money per month, a rate that is not losses")],
    [S("Who are the soldiers?")],
    [S("Most are believed to be aged 18 to 30, and many had never left North Korea before.", trap="age range")],
]


# ---------------------------------------------------------------- aw06
# A weekly newsletter.
KW = "The Kursk Weekly"
aw06_nis = S("In Seoul, a member of parliament's intelligence committee said on Thursday that the NIS now puts North Korean casualties above 5,000, after a fresh contingent of 1,500 troops arrived.", [
    R(NIS, "the NIS", "north_korean", "casualties_unspecified", "more_than", "above 5,000", "cumulative",
      relays="a member of parliament's intelligence committee > " + KW, low=5000,
      notes="the 1,500 troops arriving are a flow, not recorded"),
])
aw06_gs = S("1,400: North Korean killed and wounded over the past month, per Ukraine's General Staff.", [
    R(GS, "Ukraine's General Staff", "north_korean", "killed_or_wounded", "exact", "1,400", "period", relays=KW,
      low=1400, best=1400, high=1400, notes="figure before a colon; window: the past month"),
])
aw06 = [
    [S("The Kursk Weekly — Issue 37 — Friday, 14 March 2025", trap="issue number and date")],
    [S("This week: Ukraine loses ground in Kursk as North Korea's losses pass 6,400", [
        R("author", "The Kursk Weekly (the text's own voice)", "north_korean", "casualties_unspecified", "more_than",
          "pass 6,400", "cumulative", low=6400, derived=aw06_nis,
          notes="headline figure made by adding the NIS's 'above 5,000' and the General Staff's 1,400 for the past month; derived, never a separate estimate"),
    ])],
    [S("This week in numbers")],
    [S("3: villages Russia says it retook near Sudzha (Kazachya Loknya, Martynovka and Malaya Loknya).",
       trap="villages, not people")],
    [aw06_gs],
    [S("Killed near Sudzha since Saturday, according to Russia's Defence Ministry: “up to 1,100” Ukrainian servicemen.", [
        R(RUMOD, "Russia's Defence Ministry", "ukrainian", "killed", "at_most", "up to 1,100", "period", relays=KW,
          high=1100, notes="figure after a colon; window: since Saturday"),
    ])],
    [S("40%: the share of Ukraine's Kursk foothold lost since March 1, by our count.", trap="share of territory lost, not of a force")],
    [S("$5bn: the extra defence spending Seoul's ruling party wants over five years.", trap="money and a period")],
    [S("The big story")],
    [S("Ukrainian commanders insist the pullback is orderly, and one brigade officer told us his battalion of about 600 had lost “fewer than 20” men on the way out.", [
        R("ua-officer-unnamed", "a Ukrainian brigade officer (unnamed)", "ukrainian", "casualties_unspecified",
          "fewer_than", "fewer than 20", "period", relays=KW, high=20,
          notes="an officer speaking in his own name; 'about 600' is his battalion's size, not recorded as deployed"),
     ]),
     S("Russian military bloggers tell a different story: a widely shared post claimed that two Ukrainian battalions had been “wiped out” on the Sudzha road.", [
         R("ru-milbloggers", "Russian military bloggers", "ukrainian", "casualties_unspecified", "exact", "two",
           "incident", relays=KW, counted_in="battalions", low=2, best=2, high=2,
           notes="formations 'wiped out': counted in battalions; disputed in the next sentence"),
     ]),
     S("We found no evidence for that claim.")],
    [S("North Korean units, back in the assault since February, have paid heavily: Maj. Taras Hrytsenko, who commands a drone company, described the deaths of at least 40 soldiers in a single night near Kurilovka, and the wounding of dozens more.", [
        R("ua-hrytsenko", "Maj. Taras Hrytsenko", "north_korean", "killed", "at_least", "at least 40", "incident",
          relays=KW, low=40, notes="noun phrase 'the deaths of'; a commander speaking in his own name"),
        R("ua-hrytsenko", "Maj. Taras Hrytsenko", "north_korean", "wounded", "vague", "dozens", "incident",
          relays=KW, low=24, high=99, notes="vague bounds of 'dozens' are this set's choice"),
     ]),
     aw06_nis],
    [S("Corrections")],
    [S("Last week's issue said 250 Russian conscripts had been captured at Sudzha; the figure Ukrainian officials gave was 25.", [
        R("ua-officials", "Ukrainian officials", "russian", "captured", "exact", "25", "incident", relays=KW,
          low=25, best=25, high=25, notes="correction: the 250 was the newsletter's error, not anyone's claim"),
    ])],
    [S("Episode 12 of our podcast, “Counting the dead”, is out now: 38 minutes with the Nordlys Institute's Kursk team.",
       trap="episode number and duration")],
]


# ---------------------------------------------------------------- aw07
# A count of named dead by an independent Russian outlet.
OK = "Okno"
aw07_s1 = S("Together with volunteers, Okno has established the names of 1,842 Russian servicemen killed in the fighting in Kursk region since Ukraine's incursion began on 6 August 2024.", [
    R("author", "Okno (the text's own voice)", "russian", "killed", "exact", "1,842", "cumulative",
      low=1842, best=1842, high=1842, notes="the outlet's own count of named dead, a running total"),
])
aw07 = [
    [S("1,842 names: who died in the battle for Kursk", trap=restates(aw07_s1))],
    [S("Updated on Friday, 21 February 2025.", trap="update date")],
    [aw07_s1,
     S("We found them in 9,600 obituaries, social-media posts and local news reports.", trap="number of documents checked")],
    [S("Of the dead, 312 were conscripts, 540 were mobilised reservists and 611 were volunteers or contract soldiers; the rest served in the National Guard or the border service.", [
        R("author", "Okno", "russian", "killed", "exact", "312", "cumulative", low=312, best=312, high=312,
          notes="conscripts among the 1,842 (included in it, never added)"),
        R("author", "Okno", "russian", "killed", "exact", "540", "cumulative", low=540, best=540, high=540,
          notes="mobilised among the 1,842"),
        R("author", "Okno", "russian", "killed", "exact", "611", "cumulative", low=611, best=611, high=611,
          notes="volunteers and contract soldiers among the 1,842"),
     ]),
     S("In the past week alone we added 96 names, most of them men who died in January near Sudzha.", [
         R("author", "Okno", "russian", "killed", "exact", "96", "unspecified", low=96, best=96, high=96,
           notes="names added to the count this week; the deaths are not dated to the week, so not a period"),
     ]),
     S("The youngest was 18; the oldest, a volunteer from Lgov, was 63.", trap="ages")],
    [S("Among them is Lieutenant Colonel Arkady Semyonov, 44, a battalion commander in the 11th Air Assault Brigade, killed on 2 February near Sverdlikovo.",
       trap="a named example of the dead already in the 1,842; age, brigade number and date are not loss figures")],
    [S("Our list is not the full toll: comparing obituaries with probate records, we estimate that named dead make up between 45 and 60 percent of those actually killed.",
       trap="coverage of the count, not a share of a force"),
     S("On that basis, the real number of Russian dead in Kursk could be 3,100 to 4,100.", [
         R("author", "Okno", "russian", "killed", "range", "3,100 to 4,100", "cumulative", low=3100, high=4100,
           derived=aw07_s1, notes="the outlet's own extrapolation from its count; 'could be' estimates the present, not a forecast"),
     ])],
    [S("The Defence Ministry has never published a Kursk toll; the only official figure, from the Kursk governor's office in February, was “about 300” servicemen buried in the region's cemeteries.", [
        R("ru-kursk-governor-office", "the Kursk governor's office", "russian", "killed", "approximate", "about 300",
          "cumulative", relays=OK, best=300, notes="'buried' read as killed"),
     ]),
     S("A further 230 men from the region are listed as missing in relatives' chat groups.", [
         R("ru-relatives-chats", "relatives' chat groups", "russian", "missing", "exact", "230", "cumulative",
           relays=OK, low=230, best=230, high=230, notes="passive voice; claimant in the by-phrase"),
     ])],
    [S("We also counted 27 North Korean soldiers whose photographs Russian funeral services posted and then deleted, but we could not establish their names.", [
        R("author", "Okno", "north_korean", "killed", "exact", "27", "cumulative", low=27, best=27, high=27,
          notes="'Russian' names the funeral services, not whose losses"),
    ]),
     S("Ukrainian dead are not in our list; a Ukrainian volunteer project, Pamyat-UA, has named 1,150 soldiers killed in the Kursk operation.", [
         R("ua-pamyat-ua", "Pamyat-UA, a Ukrainian volunteer project", "ukrainian", "killed", "exact", "1,150",
           "cumulative", relays=OK, low=1150, best=1150, high=1150),
     ])],
]


# ---------------------------------------------------------------- aw08
# A markets news brief.
HMN = "Harbor Markets News"
aw08_s1 = S("North Korea has lost about 2,000 soldiers killed and roughly 2,400 wounded in the fighting for Russia's Kursk region since late 2024, South Korea's spy agency told lawmakers on Tuesday.", [
    R(NIS, "South Korea's spy agency", "north_korean", "killed", "approximate", "about 2,000", "cumulative",
      relays="lawmakers > " + HMN, best=2000),
    R(NIS, "South Korea's spy agency", "north_korean", "wounded", "approximate", "roughly 2,400", "cumulative",
      relays="lawmakers > " + HMN, best=2400),
])
aw08 = [
    [S("North Korea's Kursk Losses Top 4,000 as Russia Pays in Oil and Cash, Seoul Says", [
        R("author", "Harbor Markets News (headline)", "north_korean", "killed_or_wounded", "more_than", "Top 4,000",
          "cumulative", low=4000, derived=aw08_s1,
          notes="headline adds the body's about 2,000 killed and roughly 2,400 wounded; derived, not the agency's figure"),
    ])],
    [S("By Seo Min-ji — October 21, 2025 at 6:02 AM GMT+9", trap="byline date and time")],
    [aw08_s1,
     S("That is more than a third of the roughly 11,000 troops first sent, the National Intelligence Service said.", [
         R(NIS, "the National Intelligence Service", "north_korean", "killed_or_wounded", "more_than",
           "more than a third", "cumulative", relays=HMN, counted_in="percent_of_force", low=33.33,
           notes="share of the 11,000; 'that' is the killed and wounded together"),
         R(NIS, "the National Intelligence Service", "north_korean", "deployed", "approximate", "roughly 11,000",
           "stock", relays=HMN, best=11000, notes="the force first sent, the stock the share is of"),
     ]),
     S("About 10,000 remain in Russia, most of them now outside Kursk for training and reconstruction work, and 5,000 military builders could follow by the end of the year.", [
         R(NIS, "the National Intelligence Service (from context)", "north_korean", "deployed", "approximate",
           "About 10,000", "stock", relays=HMN, best=10000,
           notes="troops present in Russia now; the 5,000 builders are a possible future flow, not recorded"),
     ])],
    [S("At the peak of the fighting in January and February, the North's units were losing as many as 100 soldiers a day, according to a person familiar with the assessment who asked not to be identified.", [
        R(NIS, "the agency (its assessment)", "north_korean", "casualties_unspecified", "at_most", "as many as 100",
          "period", relays="a person familiar with the assessment > " + HMN, counted_in="people_per_day", high=100,
          notes="an anonymous person passing on the agency's assessment is a relay"),
     ]),
     S("The agency's analysts warned that if Russia opens a new offensive toward Sumy, the North could lose another 3,000 troops by spring.", [
         R(NIS, "The agency's analysts", "north_korean", "casualties_unspecified", "exact", "3,000", "period",
           relays=HMN, modality="conditional", low=3000, best=3000, high=3000,
           notes="if-then: conditional; toward Sumy, so another front"),
     ])],
    [S("Moscow's payments in oil, air-defence systems and cash are worth about $1.2 billion, the agency estimates, or roughly 5% of North Korea's annual economic output.",
       trap="money and a share of economic output"),
     S("Shares of Daeyang Aerospace, a Seoul-listed maker of artillery, rose 3.4% to 412,000 won by midday.",
       trap="share price"),
     S("The government plans to raise next year's defence budget by 7.5% to 65.1 trillion won, citing the North's combat experience.",
       trap="budget")],
    [S("Russia's Defence Ministry doesn't publish its own casualty figures and said last week it had “no information” on North Korean losses."),
     S("Separately, Russia and Ukraine exchanged 84 prisoners each on Oct. 2, their 67th swap of the war.",
       trap="prisoners exchanged, a date and an ordinal")],
]

SPECS = {
    "aw01-daily-summary-retold": aw01,
    "aw02-wire-factbox": aw02,
    "aw03-think-tank-tables": aw03,
    "aw04-live-blog": aw04,
    "aw05-qa-explainer": aw05,
    "aw06-weekly-newsletter": aw06,
    "aw07-named-dead-count": aw07,
    "aw08-markets-news-brief": aw08,
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
