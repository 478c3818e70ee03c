#!/usr/bin/env python3
"""Build dev-set-20: fabricated texts, gold.csv and traps.csv from the data below.

Every sentence is typed once, in SPEC; gold rows and traps hang off the sentence
they belong to, so quotes are never typed twice.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LAST_LINE = "[Fabricated test text for the loss-claims project; not a real report.]"

GOLD_HEADER = ["file", "quote", "claimant_id", "claimant_name", "relay_names",
               "whose_losses", "measure", "counted_in", "modality", "qualifier",
               "low", "best", "high", "count_as_written", "scope",
               "derived_from_quote", "notes"]
TRAP_HEADER = ["file", "sentence", "why"]


class S:
    """One sentence with its gold rows, or a trap reason."""

    def __init__(self, text, *rows, trap=None, key=None, restates=None):
        self.text = text
        self.rows = list(rows)
        self.trap = trap
        self.key = key
        self.restates = restates  # key of the body sentence a headline restates


def R(cid, cname, whose, measure, counted, modality, qual, caw, scope,
      low=None, best=None, high=None, relay="", derived=None, notes="", outlet=True):
    return dict(claimant_id=cid, claimant_name=cname, relay_names=relay,
                whose_losses=whose, measure=measure, counted_in=counted,
                modality=modality, qualifier=qual, low=low, best=best, high=high,
                count_as_written=caw, scope=scope, derived=derived, notes=notes,
                outlet=outlet)


def ex(cid, cname, whose, measure, counted, modality, n, caw, scope, **kw):
    return R(cid, cname, whose, measure, counted, modality, "exact", caw, scope,
             low=n, best=n, high=n, **kw)


def ap(cid, cname, whose, measure, counted, modality, n, caw, scope, **kw):
    return R(cid, cname, whose, measure, counted, modality, "approximate", caw, scope,
             best=n, **kw)


def mt(cid, cname, whose, measure, counted, modality, n, caw, scope, qual="more_than", **kw):
    return R(cid, cname, whose, measure, counted, modality, qual, caw, scope, low=n, **kw)


def um(cid, cname, whose, measure, counted, modality, n, caw, scope, qual="at_most", **kw):
    return R(cid, cname, whose, measure, counted, modality, qual, caw, scope, high=n, **kw)


def rg(cid, cname, whose, measure, counted, modality, lo, hi, caw, scope, qual="range", **kw):
    return R(cid, cname, whose, measure, counted, modality, qual, caw, scope, low=lo, high=hi, **kw)


def no(cid, cname, whose, measure, modality, caw, scope, **kw):
    return R(cid, cname, whose, measure, "people", modality, "none", caw, scope, **kw)


NK, RU, UA = "north_korean", "russian", "ukrainian"
KIA, WIA, CAS, KWIA, DEP = "killed", "wounded", "casualties_unspecified", "killed_or_wounded", "deployed"
P = "people"
REP, PROJ, COND = "reported", "projected", "conditional"
CUM, PER, INC, STOCK, UNSP = "cumulative", "period", "incident", "stock", "unspecified"
WHOLE = "area=whole_war"

# Outlet that names itself in the text: listed last in relay_names of every non-author row.
OUTLET = {
    "u01-wire-seoul-briefing": "AWP",
    "u02-kyiv-drone-video": "Kyiv Ledger",
    "u03-moscow-dispatch": "RIN",
    "u07-seoul-correction": "Hanbit",
    "u08-uk-written-answer": "Lewis Harcourt, Minister of State for the Armed Forces",
}

# ---------------------------------------------------------------------------
# u01: AP-style wire story on a South Korean defence ministry briefing
# ---------------------------------------------------------------------------
MND = ("kr-mnd", "South Korea's Ministry of National Defense")
LIM = ("kr-mnd", "Lim Sang-woo, spokesperson of South Korea's Ministry of National Defense")
U01 = [
    [S("South Korea says North Korean troops in Kursk have suffered about 4,700 casualties",
       restates="u01-lead")],
    [S("SEOUL, South Korea (AWP) — South Korea's Defense Ministry said Thursday that North Korean troops "
       "fighting for Russia in the Kursk region have suffered about 4,700 casualties, including roughly 600 "
       "killed, since they entered combat in December.",
       ap(*MND, NK, CAS, P, REP, 4700, "about 4,700 casualties", CUM),
       ap(*MND, NK, KIA, P, REP, 600, "roughly 600 killed", CUM),
       key="u01-lead")],
    [S("Ministry spokesperson Lim Sang-woo told reporters at a regular briefing that the estimate drew on "
       "“multiple intelligence sources” and had been shared with Washington and Kyiv."),
     S("Lim said the North had sent some 11,000 soldiers to Russia last autumn and was preparing to send "
       "about 3,000 more by the end of the summer.",
       ap(*LIM, NK, DEP, P, REP, 11000, "some 11,000 soldiers", STOCK),
       ap(*LIM, NK, DEP, P, PROJ, 3000, "about 3,000 more", STOCK,
          notes="forecast of additional troops by the end of the summer"))],
    [S("“In the heaviest fighting, the North Korean units were losing roughly 30 to 40 soldiers a day,” Lim "
       "said, adding that most of the dead were infantrymen in their early 20s.",
       rg(*LIM, NK, CAS, "people_per_day", REP, 30, 40, "roughly 30 to 40 soldiers a day", UNSP,
          notes="rate not tied to a stated time; 'early 20s' is an age, not a figure"))],
    [S("He said a single assault near the village of Lebyazhye in early February left as many as 200 North "
       "Korean soldiers killed or wounded, and that dozens more were still listed as missing.",
       um(*LIM, NK, KWIA, P, REP, 200, "as many as 200 North Korean soldiers killed or wounded", INC),
       rg(*LIM, NK, "missing", P, REP, 24, 99, "dozens more", INC, qual="vague",
          notes="missing after the same assault"))],
    [S("Earlier this week, the country's National Intelligence Service told lawmakers in a closed-door session "
       "that the North had also shipped about 250 self-propelled guns and 170-millimetre howitzers to Russia "
       "since last year.",
       trap="equipment count and calibre, not a loss or troop figure")],
    [S("The ministry's estimate is well above the figure of 3,000 killed or wounded that U.S. officials gave in "
       "January, a gap Lim attributed to “more complete information” from the battlefield.",
       ex("us-officials", "U.S. officials (unnamed)", NK, KWIA, P, REP, 3000, "3,000 killed or wounded", CUM,
          notes="older figure, given in January"))],
    [S("Ukraine's military intelligence said in a statement on Wednesday that North Korean units had suffered "
       "“heavy losses” and that several companies had been pulled back to regroup in the rear.",
       no("ua-gur", "Defence Intelligence of Ukraine (GUR)", NK, CAS, REP, "heavy losses", UNSP,
          notes="companies pulled back is a withdrawal, not a loss size"))],
    [S("North Korea has not acknowledged any combat deaths, and its state media has described the deployment "
       "only as an act of “fraternal solidarity.”")],
    [S("Pyongyang and Moscow signed a mutual defense treaty in June 2024 that obliges each side to provide "
       "military aid if the other is attacked.",
       trap="treaty date, not a loss or troop figure")],
]

# ---------------------------------------------------------------------------
# u02: Kyiv Independent-style report on a drone unit's video claims
# ---------------------------------------------------------------------------
BOM = ("ua-birds-of-magyar", "Birds of Magyar (Ukraine)")
KOBZAR = ("ua-birds-of-magyar", "“Kobzar,” deputy commander of Birds of Magyar (Ukraine)")
KL_AUTHOR = ("author", "Kyiv Ledger (the report's own voice)")
GS = ("ua-general-staff", "General Staff of the Armed Forces of Ukraine")
U02 = [
    [S("Drone unit claims nearly 100 North Korean casualties in a week of Kursk fighting",
       rg(*KL_AUTHOR, NK, KWIA, P, REP, 90, 99, "nearly 100 North Korean casualties", PER, qual="vague",
          derived="u02-lead",
          notes="headline figure made by the outlet: 41 killed + 57 wounded = 98; measure follows the body"))],
    [S("The Ukrainian Marine Corps unit “Birds of Magyar” said on Jan. 14 that its drone pilots had killed 41 "
       "North Korean soldiers and wounded 57 others in Russia's Kursk Oblast over the past week, publishing "
       "footage it said showed the strikes.",
       ex(*BOM, NK, KIA, P, REP, 41, "killed 41 North Korean soldiers", PER),
       ex(*BOM, NK, WIA, P, REP, 57, "wounded 57 others", PER),
       key="u02-lead")],
    [S("The unit's deputy commander, who goes by the call sign “Kobzar,” told the Kyiv Ledger that its pilots had "
       "flown more than 300 sorties during the week, most of them at night and in heavy snow.",
       trap="number of drone sorties, not a loss or troop figure")],
    [S("“In a single assault on Jan. 9, we counted 17 bodies in the field,” Kobzar said in a phone interview.",
       ex(*KOBZAR, NK, KIA, P, REP, 17, "17 bodies", INC))],
    [S("He said the North Koreans attacked on foot across open fields in waves, and that the unit had lost three "
       "drones to jamming for every drone that reached its target.",
       trap="drone losses (equipment ratio), not personnel")],
    [S("The Kyiv Ledger could not independently verify the footage or the figures.")],
    [S("The 95th Polissia Airborne Assault Brigade, which is fighting in the same area, said separately that "
       "“up to a battalion” of Russian paratroopers had been killed or gone missing in assaults on its positions "
       "since New Year's Day.",
       um("ua-95th-brigade", "95th Polissia Airborne Assault Brigade (Ukraine)", RU, "killed_or_missing",
          "battalions", REP, 1, "up to a battalion", CUM, notes="running total since 1 January"))],
    [S("Ukraine's General Staff said in its morning update on Jan. 15 that Russian and North Korean forces had "
       "lost about 1,200 troops killed and wounded in the Kursk direction over the previous 24 hours.",
       ap(*GS, "russian_and_north_korean", KWIA, P, REP, 1200, "about 1,200 troops killed and wounded", PER,
          notes="count for one stated day, not a rate"))],
    [S("The General Staff puts total Russian losses across the entire front since February 2022 at more than "
       "820,000, a figure Moscow does not confirm.",
       mt(*GS, RU, CAS, P, REP, 820000, "more than 820,000", CUM, notes=WHOLE))],
    [S("In December, South Korean lawmakers said after a closed-door briefing by the National Intelligence "
       "Service that at least 100 North Korean soldiers had been killed and about 1,000 wounded, many of them by "
       "drones.",
       mt("kr-nis", "South Korea's National Intelligence Service (NIS)", NK, KIA, P, REP, 100,
          "at least 100 North Korean soldiers had been killed", CUM, qual="at_least",
          relay="South Korean lawmakers"),
       ap("kr-nis", "South Korea's National Intelligence Service (NIS)", NK, WIA, P, REP, 1000,
          "about 1,000 wounded", CUM, relay="South Korean lawmakers"))],
    [S("Pyongyang has never publicly acknowledged any deaths among its roughly 12,000 troops in Russia.",
       ap(*KL_AUTHOR, NK, DEP, P, REP, 12000, "roughly 12,000 troops", STOCK))],
]

# ---------------------------------------------------------------------------
# u03: TASS-style dispatch quoting the Russian defence ministry and a governor
# ---------------------------------------------------------------------------
RUMOD = ("ru-mod", "Russian Defense Ministry")
U03 = [
    [S("Russian Defense Ministry: Ukrainian army loses over 370 servicemen in Kursk region in 24 hours",
       restates="u03-lead")],
    [S("MOSCOW, February 18. /RIN/. The Ukrainian armed forces lost more than 370 servicemen, two tanks and 11 "
       "armored combat vehicles in the Kursk region over the past day, the Russian Defense Ministry said on "
       "Tuesday.",
       mt(*RUMOD, UA, CAS, P, REP, 370, "more than 370 servicemen", PER,
          notes="tanks and armored vehicles are equipment, no rows"),
       key="u03-lead")],
    [S("“Over the past 24 hours, units of the North battlegroup have inflicted losses on formations of two "
       "mechanized brigades and an airborne assault brigade of the Armed Forces of Ukraine near the settlements "
       "of Malaya Loknya and Kamyshevka,” the ministry said.",
       no(*RUMOD, UA, CAS, REP, "inflicted losses", PER,
          notes="the brigades named are the formations hit, not the size of the loss"))],
    [S("In the Kursk region, the enemy has lost more than 62,000 troops, over 400 tanks and more than 300 "
       "multiple rocket launchers since the start of the hostilities in August 2024, according to the ministry.",
       mt(*RUMOD, UA, CAS, P, REP, 62000, "more than 62,000 troops", CUM))],
    [S("In the Donetsk direction, the Ukrainian army lost up to 420 servicemen over the same period, the "
       "ministry said.",
       um(*RUMOD, UA, CAS, P, REP, 420, "up to 420 servicemen", PER, notes="area=other_front"))],
    [S("On Monday, Ukrainian forces lost up to a battalion of marines in a failed attempt to break through the "
       "border near the village of Tetkino, the ministry added.",
       um(*RUMOD, UA, CAS, "battalions", REP, 1, "up to a battalion", INC))],
    [S("Air defense systems shot down 46 Ukrainian fixed-wing drones over the Kursk and Belgorod regions "
       "overnight, the ministry reported.",
       trap="drones shot down, not personnel")],
    [S("Acting Governor of the Kursk Region Yury Voronin said on his Telegram channel that 12 civilians had been "
       "killed and 31 injured by Ukrainian drone and artillery strikes over the past week.",
       trap="civilian casualties, not military losses")],
    [S("Citing military commanders, Voronin said Ukrainian units had suffered “catastrophic losses” while trying "
       "to advance toward Tetkino.",
       no("ru-commanders", "Russian military commanders (unnamed)", UA, CAS, REP, "catastrophic losses", UNSP,
          relay="Yury Voronin, acting governor of the Kursk region"))],
    [S("He added that more than 1,800 residents of border districts had been resettled since August and that 14 "
       "temporary accommodation centers remained open.",
       trap="resettled residents and shelters, not losses")],
    [S("Kiev has not commented on the ministry's figures.")],
]

# ---------------------------------------------------------------------------
# u04: RAND-style commentary by a named analyst
# ---------------------------------------------------------------------------
MK = ("author", "Miriam Kessler, senior defense analyst at the Halvorsen Institute (author)")
NIS = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
U04 = [
    [S("Pyongyang's Kursk Gamble: What the Casualty Numbers Tell Us")],
    [S("By Miriam Kessler")],
    [S("Commentary, March 4, 2025", trap="stand-alone date line")],
    [S("Western officials estimated in January that North Korea had sent about 11,000 troops to Russia's Kursk "
       "region, and Seoul says roughly 3,000 more arrived in January and February.",
       ap("western-officials", "Western officials (unnamed)", NK, DEP, P, REP, 11000, "about 11,000 troops", STOCK),
       ap("kr-officials", "Seoul (the South Korean government)", NK, DEP, P, REP, 3000, "roughly 3,000 more",
          STOCK, notes="reinforcements already arrived, so reported")),
     S("By my count, roughly a third of the original force has already been killed or wounded.",
       ap(*MK, NK, KWIA, "percent_of_force", REP, 33.33, "roughly a third of the original force", CUM))],
    [S("South Korean lawmakers briefed by the National Intelligence Service in January said the agency put the "
       "toll at about 300 killed and some 2,700 wounded.",
       ap(*NIS, NK, KIA, P, REP, 300, "about 300 killed", CUM, relay="South Korean lawmakers"),
       ap(*NIS, NK, WIA, P, REP, 2700, "some 2,700 wounded", CUM, relay="South Korean lawmakers")),
     S("Ukrainian officials have cited figures as high as 4,000 killed and wounded, while a Pentagon spokesperson "
       "said in late January that “more than a thousand” North Korean soldiers had been killed or wounded.",
       um("ua-officials", "Ukrainian officials (unnamed)", NK, KWIA, P, REP, 4000,
          "as high as 4,000 killed and wounded", CUM),
       mt("us-dod", "A Pentagon spokesperson (US Department of Defense)", NK, KWIA, P, REP, 1000,
          "more than a thousand", CUM))],
    [S("A February report by the Seoul-based Institute for Unification Security states on page 23 that at least "
       "1,200 North Koreans had been killed by the end of January.",
       mt("kr-ius", "Institute for Unification Security (Seoul)", NK, KIA, P, REP, 1200,
          "at least 1,200 North Koreans", CUM, qual="at_least", notes="report quoted by page; page 23 is no figure"))],
    [S("The rate matters more than the total."),
     S("At the peak of the fighting in January, I estimate, North Korean units were losing about 90 soldiers a "
       "day, or more than 600 a week.",
       ap(*MK, NK, CAS, "people_per_day", REP, 90, "about 90 soldiers a day", PER),
       mt(*MK, NK, CAS, "people_per_week", REP, 600, "more than 600 a week", PER))],
    [S("On current trends, I expect the North to lose at least another 1,500 soldiers killed or wounded over the "
       "next two months.",
       mt(*MK, NK, KWIA, P, PROJ, 1500, "at least another 1,500 soldiers", PER, qual="at_least",
          notes="forecast of additional losses over a stated horizon")),
     S("If the January pace returns, North Korea will have lost between 8,000 and 9,000 men killed or wounded by "
       "the end of June, most of its original force.",
       rg(*MK, NK, KWIA, P, COND, 8000, 9000, "between 8,000 and 9,000 men", CUM,
          notes="projected total by end of June"),
       mt(*MK, NK, KWIA, "percent_of_force", COND, 50, "most of its original force", CUM))],
    [S("Pyongyang will almost certainly keep feeding the front: I expect it to send at least another 6,000 "
       "troops by the autumn.",
       mt(*MK, NK, DEP, P, PROJ, 6000, "at least another 6,000 troops", STOCK, qual="at_least"))],
    [S("The incentives are large: one South Korean estimate puts the North's potential earnings from its "
       "military cooperation with Moscow at as much as $20 billion.",
       trap="money, not a loss or troop figure")],
    [S("Most of these soldiers, aged between 18 and 25, had never seen combat, and the North's army has not "
       "fought a war since 1953.",
       trap="ages and a year, not a loss or troop figure")],
    [S("Russia's own losses dwarf these numbers: British defence intelligence estimates that Russia suffered "
       "more than 150,000 casualties across all fronts in 2024 alone.",
       mt("uk-defence-intelligence", "UK Defence Intelligence (British defence intelligence)", RU, CAS, P, REP,
          150000, "more than 150,000 casualties", PER, notes=WHOLE + "; calendar year 2024"))],
    [S("The lesson for Pyongyang is that its soldiers can be traded for Russian technology; the lesson for Seoul "
       "is that the North's army is learning modern war.")],
]

# ---------------------------------------------------------------------------
# u05: BBC-style explainer on why casualty figures differ
# ---------------------------------------------------------------------------
U05 = [
    [S("Why estimates of North Korean losses in Kursk differ so much")],
    [S("Ask three governments how many North Korean soldiers have died in Russia's Kursk region and you may get "
       "three very different answers.",
       trap="rhetorical count of governments, not a loss figure")],
    [S("South Korea's spy agency, the National Intelligence Service (NIS), told MPs in Seoul in late April that "
       "about 600 North Koreans had been killed, out of some 4,700 casualties, a total it said included the "
       "missing and those captured.",
       ap(*NIS, NK, KIA, P, REP, 600, "about 600 North Koreans", CUM, relay="South Korean MPs"),
       ap(*NIS, NK, "killed_wounded_missing_or_captured", P, REP, 4700, "some 4,700 casualties", CUM,
          relay="South Korean MPs", notes="the NIS defines its casualty total as including missing and captured"))],
    [S("American, British and South Korean officials, speaking on condition of anonymity, have each suggested "
       "that the real death toll is closer to 1,000.",
       ap("us-officials", "American officials (unnamed)", NK, KIA, P, REP, 1000, "closer to 1,000", CUM),
       ap("uk-officials", "British officials (unnamed)", NK, KIA, P, REP, 1000, "closer to 1,000", CUM),
       ap("kr-officials", "South Korean officials (unnamed)", NK, KIA, P, REP, 1000, "closer to 1,000", CUM))],
    [S("Ukraine's figures tend to be higher."),
     S("In January, Kyiv's military spy agency said North Korean forces had lost about 4,000 men killed, wounded "
       "or missing, and it now says their losses have averaged about 1,000 a month since they entered combat.",
       ap("ua-gur", "Defence Intelligence of Ukraine (GUR)", NK, "killed_wounded_or_missing", P, REP, 4000,
          "about 4,000 men killed, wounded or missing", CUM),
       ap("ua-gur", "Defence Intelligence of Ukraine (GUR)", NK, CAS, "people_per_month", REP, 1000,
          "about 1,000 a month", PER, notes="monthly average since entering combat"))],
    [S("The gap is partly about definitions."),
     S("In military usage, “casualties” covers not only the dead but also the wounded, the missing and those "
       "taken prisoner, and many of the wounded return to the front within weeks."),
     S("Under that definition, a company of 100 men that loses 10 dead and 30 wounded has suffered 40 "
       "casualties.",
       trap="hypothetical arithmetic example, not a claim")],
    [S("Russia's defence ministry does not publish its own losses and has said nothing about North Korean "
       "deaths.")],
    [S("Independent counts are far lower than official claims."),
     S("The Imena project, which collects obituaries and social media posts, has identified by name more than "
       "110,000 Russian soldiers killed since February 2022, a figure its founders call a floor rather than an "
       "estimate.",
       mt("imena-project", "The Imena project (independent obituary count)", RU, KIA, P, REP, 110000,
          "more than 110,000 Russian soldiers", CUM, notes=WHOLE + "; named dead only")),
     S("For the Kursk region alone, it has named 2,300 Russian servicemen killed since August 2024.",
       ex("imena-project", "The Imena project (independent obituary count)", RU, KIA, P, REP, 2300,
          "2,300 Russian servicemen", CUM))],
    [S("Rates are another source of confusion."),
     S("In the first two weeks of the Ukrainian incursion in August 2024, Russian units in some sectors were "
       "losing as many as 50 men a day, according to an estimate by a Western think tank.",
       um("western-think-tank", "A Western think tank (unnamed)", RU, CAS, "people_per_day", REP, 50,
          "as many as 50 men a day", PER, notes="August 2024, before the set's December 2024 window"))],
    [S("Across the whole war, Western estimates suggest more than a million people on both sides have been "
       "killed or wounded.",
       mt("western-estimates", "Western estimates (unnamed)", "both_sides", KWIA, P, REP, 1000000,
          "more than a million people", CUM, notes=WHOLE))],
    [S("None of these figures can be independently verified, and each side has reasons to inflate the other's "
       "losses and hide its own.")],
]

# ---------------------------------------------------------------------------
# u06: Guardian-style live blog
# ---------------------------------------------------------------------------
STAMP = "stand-alone timestamp line"
COURIER = "New York Courier"
U06 = [
    [S("Russia-Ukraine war live: Kyiv says North Korean troops pulled back from Kursk front")],
    [S("09.12 GMT", trap=STAMP)],
    [S("Ukraine's military intelligence has said North Korean units have been largely withdrawn from the front "
       "line in Kursk after suffering heavy losses, according to a report in the New York Courier.",
       no("ua-gur", "Defence Intelligence of Ukraine (GUR)", NK, CAS, REP, "heavy losses", UNSP, relay=COURIER)),
     S("The paper quoted Col. Petro Sydorchuk, a spokesman for Ukraine's special operations forces, as saying "
       "North Korean losses had run to about 1,000 in the first week of January alone.",
       ap("ua-sof", "Col. Petro Sydorchuk, spokesman for Ukraine's Special Operations Forces", NK, CAS, P, REP,
          1000, "about 1,000", PER, relay=COURIER))],
    [S("10.47 GMT", trap=STAMP)],
    [S("Russia's defence ministry claimed on Sunday that Ukraine had lost “up to a company” of soldiers killed "
       "or captured in a failed attack on the village of Nikolskoye.",
       um("ru-mod", "Russia's defence ministry", UA, "killed_or_captured", "companies", REP, 1,
          "up to a company", INC)),
     S("It also said its forces had taken 26 Ukrainian servicemen prisoner over the past week.",
       ex("ru-mod", "Russia's defence ministry", UA, "captured", P, REP, 26, "26 Ukrainian servicemen", PER))],
    [S("11.30 GMT", trap=STAMP)],
    [S("More now on those South Korean figures: Rep. Han Do-yeon, who sits on the National Assembly's "
       "intelligence committee, told reporters after a closed-door briefing that the NIS now believes about "
       "2,000 North Korean soldiers have been killed.",
       ap(*NIS, NK, KIA, P, REP, 2000, "about 2,000 North Korean soldiers", CUM, relay="Rep. Han Do-yeon")),
     S("Han said the agency also assessed that a further 1,000 troops could be sent by June if Moscow asks, on "
       "top of the 13,000 already deployed.",
       ex(*NIS, NK, DEP, P, COND, 1000, "a further 1,000 troops", STOCK, relay="Rep. Han Do-yeon",
          notes="if-clause forecast of additional troops"),
       ex(*NIS, NK, DEP, P, REP, 13000, "the 13,000 already deployed", STOCK, relay="Rep. Han Do-yeon")),
     S("Oh Jae-min, the committee's ranking member, said the briefing put the number of North Koreans killed in "
       "a single week of fighting in mid-March at “dozens.”",
       rg(*NIS, NK, KIA, P, REP, 24, 99, "dozens", PER, qual="vague",
          relay="Oh Jae-min, ranking member of the intelligence committee"))],
    [S("12.15 GMT", trap=STAMP)],
    [S("Reuters, citing two sources familiar with Western intelligence assessments, reports that North Korea has "
       "quietly sent about 3,000 additional troops to the Kursk region since January.",
       ap("western-intelligence-sources", "Two sources familiar with Western intelligence assessments (unnamed)",
          NK, DEP, P, REP, 3000, "about 3,000 additional troops", STOCK, relay="Reuters",
          notes="reinforcements already sent, so reported; 'two sources' counts sources, not troops"))],
    [S("13.05 GMT", trap=STAMP)],
    [S("Ukraine's air force says Russia launched 112 drones and four missiles overnight, of which 85 drones were "
       "shot down or jammed.",
       trap="drones and missiles, not personnel")],
    [S("14.20 GMT", trap=STAMP)],
    [S("The UK Ministry of Defence, in its daily intelligence update, said Russian casualties across Ukraine "
       "averaged 1,160 a day in March, the third-highest monthly average of the war.",
       ex("uk-mod", "UK Ministry of Defence", RU, CAS, "people_per_day", REP, 1160, "1,160 a day", PER,
          notes=WHOLE + "; 'third-highest' is a rank")),
     S("It said Russia had probably suffered about 35,000 casualties during the month.",
       ap("uk-mod", "UK Ministry of Defence", RU, CAS, P, REP, 35000, "about 35,000 casualties", PER,
          notes=WHOLE))],
]

# ---------------------------------------------------------------------------
# u07: Yonhap-style follow-up correcting an earlier figure
# ---------------------------------------------------------------------------
NIS_FULL = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
U07 = [
    [S("(LEAD) Spy agency corrects N. Korean death toll in Russia to about 300", restates="u07-lead")],
    [S("SEOUL, Feb. 13 (Hanbit) -- South Korea's spy agency said Thursday that about 300 North Korean soldiers "
       "have been killed and some 2,700 wounded while fighting alongside Russian troops in the Kursk region, "
       "correcting a figure given to lawmakers a day earlier.",
       ap(*NIS_FULL, NK, KIA, P, REP, 300, "about 300 North Korean soldiers have been killed", CUM),
       ap(*NIS_FULL, NK, WIA, P, REP, 2700, "some 2,700 wounded", CUM),
       key="u07-lead")],
    [S("On Wednesday, Rep. Kwon Tae-hyun of the parliamentary intelligence committee quoted the National "
       "Intelligence Service (NIS) as saying that 3,000 North Korean troops had been killed, a figure Hanbit and "
       "other media reported.",
       ex(*NIS_FULL, NK, KWIA, P, REP, 3000, "3,000 North Korean troops", CUM, relay="Rep. Kwon Tae-hyun",
          notes="relayed as killed; the agency then says the figure was dead and wounded combined (text's definition)"))],
    [S("“There was a miscommunication during the briefing, and the number the lawmaker cited was the combined "
       "total of dead and wounded,” an NIS official told Hanbit on condition of anonymity.")],
    [S("The agency said most of the casualties occurred in December and January, when the North Korean units took "
       "part in large-scale assaults with little artillery or drone support.")],
    [S("The NIS estimated the North Korean contingent at around 11,000 soldiers, with about 1,500 more expected "
       "to arrive by March.",
       ap(*NIS_FULL, NK, DEP, P, REP, 11000, "around 11,000 soldiers", STOCK),
       ap(*NIS_FULL, NK, DEP, P, PROJ, 1500, "about 1,500 more", STOCK, notes="forecast of additional troops by March"))],
    [S("It also confirmed that two North Korean soldiers captured by Ukraine in January had expressed a wish to "
       "come to South Korea.",
       ex(*NIS_FULL, NK, "captured", P, REP, 2, "two North Korean soldiers", CUM))],
    [S("Ukrainian officials put the figure higher, saying earlier this week that nearly 4,000 North Koreans had "
       "been killed or wounded, according to RBC Ukraine.",
       rg("ua-officials", "Ukrainian officials (unnamed)", NK, KWIA, P, REP, 3600, 3999,
          "nearly 4,000 North Koreans", CUM, qual="vague", relay="RBC Ukraine"))],
    [S("Separately, the Joint Chiefs of Staff (JCS) said the North had fired 10 short-range ballistic missiles "
       "into the East Sea on Jan. 6, a launch it linked to weapons testing for export to Russia.",
       trap="missile launch, not a loss or troop figure")],
    [S("(END)")],
]

# ---------------------------------------------------------------------------
# u08: UK parliamentary written answer
# ---------------------------------------------------------------------------
DI = ("uk-defence-intelligence", "UK Defence Intelligence")
HARCOURT = ("author", "Lewis Harcourt, Minister of State for the Armed Forces (author of the answer)")
U08 = [
    [S("Russia: North Korea")],
    [S("Question for Ministry of Defence, UIN 41752, tabled on 3 March 2025",
       trap="stand-alone question reference and date line")],
    [S("Asked by Mark Ellery (Thornbridge and Calder Vale)")],
    [S("To ask the Secretary of State for Defence, what recent assessment his Department has made of the number "
       "of North Korean military personnel (a) deployed to and (b) killed or wounded in the Kursk region of "
       "Russia.")],
    [S("Answered by Lewis Harcourt, Minister of State for the Armed Forces, on 10 March 2025",
       trap="stand-alone date line")],
    [S("Defence Intelligence assesses that approximately 11,000 North Korean military personnel were deployed to "
       "the Kursk region from October 2024, and that a further 3,000 are likely to have arrived in January and "
       "February 2025.",
       ap(*DI, NK, DEP, P, REP, 11000, "approximately 11,000 North Korean military personnel", STOCK),
       ex(*DI, NK, DEP, P, REP, 3000, "a further 3,000", STOCK, notes="already arrived, so reported"))],
    [S("We judge that, as of early March, North Korean forces had suffered more than 4,000 casualties, of whom "
       "around 1,000 are likely to have been killed.",
       mt(*HARCOURT, NK, CAS, P, REP, 4000, "more than 4,000 casualties", CUM),
       ap(*HARCOURT, NK, KIA, P, REP, 1000, "around 1,000", CUM)),
     S("This represents around a third of the force initially deployed.",
       ap(*HARCOURT, NK, CAS, "percent_of_force", REP, 33.33, "around a third of the force", CUM))],
    [S("Defence Intelligence further assesses that Russian forces have suffered thousands of casualties in the "
       "Kursk region since August 2024, and that Russian casualties across Ukraine averaged more than 1,200 a day "
       "in February.",
       rg(*DI, RU, CAS, P, REP, 2000, 9999, "thousands of casualties", CUM, qual="vague"),
       mt(*DI, RU, CAS, "people_per_day", REP, 1200, "more than 1,200 a day", PER, notes=WHOLE))],
    [S("If North Korean losses continue at the current rate, we assess that total North Korean casualties could "
       "exceed 8,000 by the end of June.",
       mt(*HARCOURT, NK, CAS, P, COND, 8000, "exceed 8,000", CUM, notes="projected total by end of June")),
     S("We also expect a further deployment of up to 2,000 personnel by the summer.",
       um(*HARCOURT, NK, DEP, P, PROJ, 2000, "up to 2,000 personnel", STOCK))],
    [S("The Government will continue to share its assessment with allies, including the Republic of Korea, and "
       "the UK has committed £3 billion in military support to Ukraine in this financial year.",
       trap="money, not a loss or troop figure")],
    [S("The answer was corrected on 12 March 2025 to amend the number of personnel assessed to have arrived in "
       "January and February.",
       trap="correction date, not a loss or troop figure")],
]

SPEC = {
    "u01-wire-seoul-briefing": U01,
    "u02-kyiv-drone-video": U02,
    "u03-moscow-dispatch": U03,
    "u04-think-tank-commentary": U04,
    "u05-explainer-figures-differ": U05,
    "u06-live-blog": U06,
    "u07-seoul-correction": U07,
    "u08-uk-written-answer": U08,
}

for _fid in SPEC:
    SPEC[_fid] = SPEC[_fid] + [[S(LAST_LINE)]]

DOCS = {fid: [[s.text for s in para] for para in paras] for fid, paras in SPEC.items()}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def text_of(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


NUM_RE = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    r"thousands?|millions?|billions?|dozens?|half|third|quarter|first|second|twice|double|single)\b",
    re.I)


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and not v.is_integer():
        return f"{v:.2f}"
    return str(int(v))


def build():
    keyed = {s.key: s.text for paras in SPEC.values() for para in paras for s in para if s.key}
    gold, traps, problems = [], [], []
    for fid, paras in SPEC.items():
        path = f"texts/{fid}.txt"
        for para in paras:
            for s in para:
                has_num = bool(NUM_RE.search(s.text))
                if s.restates:
                    traps.append([path, s.text, "headline restates: " + keyed[s.restates]])
                    continue
                if s.trap:
                    if s.rows:
                        problems.append(f"{fid}: trap with rows: {s.text[:60]}")
                    traps.append([path, s.text, s.trap])
                    continue
                if has_num and not s.rows:
                    problems.append(f"{fid}: number but no row/trap: {s.text[:70]}")
                for r in s.rows:
                    if r["count_as_written"] not in s.text:
                        problems.append(f"{fid}: count_as_written not in quote: {r['count_as_written']}")
                    relay = r["relay_names"]
                    if r["claimant_id"] != "author" and fid in OUTLET and r["outlet"]:
                        relay = (relay + " > " if relay else "") + OUTLET[fid]
                    derived = keyed[r["derived"]] if r["derived"] else ""
                    gold.append([path, s.text, r["claimant_id"], r["claimant_name"], relay,
                                 r["whose_losses"], r["measure"], r["counted_in"], r["modality"],
                                 r["qualifier"], fmt(r["low"]), fmt(r["best"]), fmt(r["high"]),
                                 r["count_as_written"], r["scope"], derived, r["notes"]])
    return gold, traps, problems


def main():
    gold, traps, problems = build()
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        txt = text_of(fid)
        n = len(txt.split())
        if not 220 <= n <= 420:
            problems.append(f"{fid}: {n} words")
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        print(f"{fid}: {n} words")
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(GOLD_HEADER)
        w.writerows(gold)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(TRAP_HEADER)
        w.writerows(traps)
    print(f"gold rows: {len(gold)}, trap rows: {len(traps)}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
