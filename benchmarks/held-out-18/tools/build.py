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


# ---------------------------------------------------------------- ak01
# A wire's breaking story, updated in the afternoon (UPDATE 2), with a derived headline.
HW = "Harbor Wire"
SSO = ("ua-sso", "Special Operations Forces of Ukraine (SSO)")
ak01_s1 = S("KYIV, Jan 13 (Harbor Wire) - Ukrainian special forces said on Monday they had beaten back a two-day assault by North Korean infantry near the village of Kurilovka in Russia's Kursk region, killing 112 soldiers and wounding about 180 more.", [
    R(*SSO, "north_korean", "killed", "exact", "112", "period", relays=HW, low=112, best=112, high=112,
      notes="'a two-day assault': a stated window; 'Ukrainian special forces' is the SSO, named as such in the next paragraph"),
    R(*SSO, "north_korean", "wounded", "approximate", "about 180", "period", relays=HW, best=180,
      notes="'about' only on the wounded figure"),
])
ak01 = [
    [S("UPDATE 2-Ukraine says it repelled North Korean assault in Kursk; nearly 300 troops killed or wounded", [
        R("author", "Harbor Wire (the story's own headline)", "north_korean", "killed_or_wounded", "vague", "nearly 300",
          "period", low=270, high=299, derived=ak01_s1,
          notes="the headline's own sum of 112 killed and about 180 wounded; Ukraine gave no combined figure, so the sum is the author's"),
    ])],
    [S("By Tomas Vilkas and Iryna Sotnyk")],
    [ak01_s1],
    [S("Earlier on Monday the Special Operations Forces had put the number of North Korean dead at \"at least 90\", before revising the figure in an afternoon post that cited further drone footage.", [
        R(*SSO, "north_korean", "killed", "at_least", "at least 90", "period", relays=HW, low=90,
          notes="the earlier figure of the same event, superseded the same day by 112; kept as its own claim"),
    ]),
     S("The footage, which showed bodies in snow-covered fields and a burning armoured vehicle, could not be independently verified.")],
    [S("The SSO said the North Koreans had advanced in waves of 20 to 30 men, with little armoured support, and that its operators also took three wounded soldiers prisoner.", [
        R(*SSO, "north_korean", "captured", "exact", "three", "incident", relays=HW, low=3, best=3, high=3,
          notes="'waves of 20 to 30 men' is the size of the attacking groups, not a loss"),
    ])],
    [S("Russia's Defence Ministry made no mention of North Korean troops in its daily report, saying instead that Ukrainian forces in the Kursk area had lost up to 240 servicemen over the past 24 hours.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "at_most", "up to 240",
          "period", relays=HW, high=240, notes="'lost' undefined: casualties_unspecified; 'over the past 24 hours' a stated window; 'North Korean' is not whose losses"),
    ]),
     S("A Russian war blogger who writes as \"Severny Veter\" and has close ties to units in the area called the Ukrainian claim \"fantasy\", saying fewer than 20 Koreans had been wounded in what he described as a \"reconnaissance probe\".", [
        R("ru-blogger-severny-veter", "'Severny Veter', Russian war blogger", "north_korean", "wounded", "fewer_than",
          "fewer than 20", "incident", relays=HW, high=20, notes="disputes the SSO claim; a blogger speaks in his own name"),
    ])],
    [S("Ukrainian and Western officials say North Korea sent about 11,000 troops to Russia last autumn, most of them to Kursk, where Ukraine seized a swathe of territory in a surprise incursion in August 2024.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000",
          "stock", relays=HW, best=11000, notes="one row per claimant of the list"),
        R("western-officials", "Western officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000",
          "stock", relays=HW, best=11000, notes="a group known only as 'Western': not UA, RU, KP"),
    ]),
     S("The Pentagon said last month that North Korean units had suffered \"hundreds\" of casualties since entering combat, without giving a precise figure.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "casualties_unspecified", "vague", "hundreds",
          "cumulative", relays=HW, low=200, high=999, notes="'since entering combat': a running total; reported 'last month' (December 2024)"),
    ])],
    [S("Ukraine's air force said separately that Russia had launched 74 drones and three missiles at Ukrainian cities overnight, and that 51 of the drones had been shot down.",
       trap="drones and missiles launched and shot down: equipment, not people"),
     S("Kurilovka lies about 15 km (9 miles) north-west of Sudzha, the town that served as the hub of Ukraine's operation.",
       trap="a distance")],
    [S("(Reporting by Tomas Vilkas in Kyiv and Iryna Sotnyk; Editing by Mark Dorset)")],
]

# ---------------------------------------------------------------- ak02
# A local Russian news site in Kursk keeping its own list of the region's dead.
SD = "Seym Daily"
ak02_s1 = S("The list of Kursk region natives killed in the special military operation, which Seym Daily has kept since 2022 from published obituaries, grew by 14 names this week, bringing the total to 631.", [
    R("author", "Seym Daily (its own count)", "russian", "killed", "exact", "14", "period", low=14, best=14, high=14,
      notes="the site's own count of named dead added 'this week'; natives of the region killed anywhere in the war (area whole_war, not only Kursk)"),
    R("author", "Seym Daily (its own count)", "russian", "killed", "exact", "631", "cumulative", low=631, best=631, high=631,
      notes="running total of the list since 2022; includes the 14; area whole_war"),
])
ak02 = [
    [S("Seym Daily · Kursk · 21.03.2025, 14:20", trap="publication date and time")],
    [S("Another 14 names added to the list of Kursk region's fallen", trap=restates(ak02_s1))],
    [ak02_s1,
     S("Eight of the 14 died in the fighting in the region's own Sudzha and Korenevo districts, according to notices posted by district administrations and by relatives.", [
        R("author", "Seym Daily (its own count)", "russian", "killed", "exact", "Eight", "period", low=8, best=8, high=8,
          notes="the site's own tally from notices (the notices name single men, the count is the site's); a subset of the 14 (area kursk)"),
     ]),
     S("Of the 631 on the list, 212 were mobilised reservists and 97 had been recruited from penal colonies.", [
        R("author", "Seym Daily (its own count)", "russian", "killed", "exact", "212", "cumulative", low=212, best=212, high=212,
          notes="a breakdown of the 631 (included in it); area whole_war"),
        R("author", "Seym Daily (its own count)", "russian", "killed", "exact", "97", "cumulative", low=97, best=97, high=97,
          notes="a breakdown of the 631 (included in it); area whole_war"),
     ]),
     S("The youngest of this week's dead, a private from Lgov, was 19; the oldest, a volunteer from Oboyan, was 58.",
       trap="ages of the dead")],
    [S("A deputy battalion commander who spoke at a farewell ceremony in Kurchatov on Thursday, and who asked not to be named, told Seym Daily that his unit had lost \"about a third\" of its men since January.", [
        R("ru-officials", "Russian officer (unnamed)", "russian", "casualties_unspecified", "approximate", "about a third",
          "cumulative", relays=SD, counted_in="percent_of_force", best=33.33,
          notes="an unnamed officer takes his nation's unnamed-officials id; 'lost' undefined; no troop figure to link the share to"),
     ]),
     S("Residents have raised 2.4 million roubles to buy drones for the battalion, the organisers said.",
       trap="money raised"),
     S("Farewell services for three of this week's dead will be held on Saturday at 11:00 in Glushkovo.",
       trap="funeral arrangements for men already among the 14; not a new count")],
    [S("Acting Governor Pavel Sokolov said on Telegram on Wednesday that Ukrainian drones had struck Rylsk overnight, injuring four civilians, including a 12-year-old girl.",
       trap="civilians injured and an age: not military losses"),
     S("He said 317 residents of the border districts were still listed as missing since the incursion of August 2024.",
       trap="missing civilians (residents), not military losses")],
    [S("The Defence Ministry in Moscow, in its daily briefing, said Ukrainian forces had lost more than 160 servicemen in the Kursk direction on Tuesday alone and over 72,000 since the incursion began.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 160",
          "period", relays=SD, low=160, notes="'on Tuesday alone': one day"),
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "over 72,000",
          "cumulative", relays=SD, low=72000, notes="'since the incursion began' (August 2024): running total"),
     ]),
     S("The ministry does not publish figures for its own losses.")],
    [S("Ukrainian Telegram channels claimed this week that a Russian motor rifle regiment had lost two companies near Tetkino; the regional administration called the report \"fake\".", [
        R("ua-unnamed-channels", "Ukrainian Telegram channels (unnamed)", "russian", "casualties_unspecified", "exact", "two",
          "incident", relays=SD, counted_in="companies", low=2, best=2, high=2,
          notes="formations as named; cited only to be disputed by the regional administration"),
     ]),
     S("North Korean soldiers, whose presence in the region Moscow has never officially confirmed, are not on the list.")],
]

# ---------------------------------------------------------------- ak03
# An agency's English wire from Seoul: the spy agency briefs lawmakers, who tell reporters.
HB = "Hanbit News Agency"
NIS = ("kr-nis", "National Intelligence Service of South Korea (NIS)")
CHO = "Rep. Cho Hyun-woo > " + HB
YOON = "Rep. Yoon Seo-jin > " + HB
ak03_s1 = S("SEOUL, Feb. 27 (Hanbit) -- North Korean troops sent to fight Ukrainian forces in Russia's Kursk region have suffered some 4,000 casualties, including around 600 killed, South Korea's spy agency told lawmakers Thursday, according to a ruling party lawmaker.", [
    R(*NIS, "north_korean", "casualties_unspecified", "approximate", "some 4,000", "cumulative", relays=CHO, best=4000,
      notes="the lawmaker is named in the next sentence; 'casualties' undefined; includes the 600 killed"),
    R(*NIS, "north_korean", "killed", "approximate", "around 600", "cumulative", relays=CHO, best=600,
      notes="part of the 4,000"),
])
ak03_s5 = S("Cho quoted the spy agency as saying North Korean soldiers were killed at a rate of roughly 25 to 30 a day at the height of the fighting in early February, as commanders sent them forward in massed formations ill-suited to drone warfare.", [
    R(*NIS, "north_korean", "killed", "range", "roughly 25 to 30", "period", relays=CHO, counted_in="people_per_day",
      low=25, high=30, notes="a rate; basis period 'early February'"),
])
ak03 = [
    [S("(LEAD) N. Korean troops in Russia suffer some 4,000 casualties: NIS", trap=restates(ak03_s1))],
    [ak03_s1,
     S("The National Intelligence Service (NIS) gave the assessment at a closed-door session of the parliamentary intelligence committee, Rep. Cho Hyun-woo of the ruling party told reporters afterward.")],
    [S("The figure marks a sharp rise from the agency's previous assessment in mid-January, when it put the number of dead at about 300 and the wounded at roughly 2,700.", [
        R(*NIS, "north_korean", "killed", "approximate", "about 300", "cumulative", relays=HB, best=300,
          notes="the earlier, superseded assessment (mid-January); the text does not say how it was passed on then"),
        R(*NIS, "north_korean", "wounded", "approximate", "roughly 2,700", "cumulative", relays=HB, best=2700,
          notes="earlier assessment, mid-January"),
     ]),
     S("According to Cho, the NIS believes the North sent an additional 3,000 troops to Russia in January and February, on top of the roughly 11,000 deployed last autumn.", [
        R(*NIS, "north_korean", "deployed", "exact", "3,000", "stock", relays=CHO, low=3000, best=3000, high=3000,
          notes="reinforcements sent in January-February"),
        R(*NIS, "north_korean", "deployed", "approximate", "roughly 11,000", "stock", relays=CHO, best=11000,
          notes="the first contingent, autumn 2024"),
     ])],
    [ak03_s5,
     S("Cho, a former military intelligence officer, said the troops are mostly in their 20s and come from the elite Storm Corps, also known as the 11th Corps.",
       trap="ages and a unit's number")],
    [S("Rep. Yoon Seo-jin of the main opposition party, who also attended the briefing, said the NIS had confirmed that at least two North Korean soldiers had been taken prisoner by Ukraine, and that one of them had asked to be sent to South Korea.", [
        R(*NIS, "north_korean", "captured", "at_least", "at least two", "cumulative", relays=YOON, low=2,
          notes="a second lawmaker relays the same briefing"),
     ]),
     S("The agency also said the North has shipped Russia some 200 long-range artillery pieces and millions of rounds of ammunition since August.",
       trap="weapons and ammunition, not people")],
    [S("The NIS warned that if Pyongyang keeps feeding fresh troops into the same kind of assaults, North Korean casualties could exceed 10,000 by the middle of the year, Yoon said.", [
        R(*NIS, "north_korean", "casualties_unspecified", "more_than", "exceed 10,000", "cumulative", relays=YOON,
          modality="conditional", low=10000, notes="if-then forecast: conditional (event date looks to mid-2025)"),
     ])],
    [S("Ukraine's military intelligence has given higher figures, with its spokesman saying last week that North Korean units had lost more than 5,000 men killed and wounded since they went into action in November.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "more_than", "more than 5,000",
          "cumulative", relays=HB, low=5000, notes="the spokesman takes the agency's id; 'killed and wounded' one combined figure"),
     ]),
     S("Neither Moscow nor Pyongyang has acknowledged any losses.")],
    [S("\"The North will hide this toll at home for as long as it can,\" said Oh Ji-hye, a researcher at the Korea Institute for Strategic Futures in Seoul.")],
    [S("(END)")],
]

# ---------------------------------------------------------------- ak04
# A broadsheet's foreign-desk story from the Sumy border (the paper does not name itself).
LIS = ("ua-major-lis", "Major 'Lis', Ukrainian deputy battalion commander")
HRY = ("ua-hrytsenko", "Dr Oksana Hrytsenko, Ukrainian military surgeon")
ak04 = [
    [S("‘They kept coming’: as Ukraine pulls back from Sudzha, both sides count the cost")],
    [S("Kyiv’s commanders say North Korean troops paid heavily for the Russian advance, but Ukrainian losses are mounting too")],
    [S("Helen Marsh in Sumy region")],
    [S("Thu 13 Mar 2025 06.00 GMT", trap="publication date and time")],
    [S("The men of the battalion spent eleven days in a flooded cellar on the edge of Sudzha before the order came to withdraw.",
       trap="a duration"),
     S("Of the roughly 400 soldiers the battalion took into Russia’s Kursk region last August, more than half have since been killed, wounded or gone missing, its deputy commander, a major who uses the call sign Lis, said this week.", [
        R(*LIS, "ukrainian", "deployed", "approximate", "roughly 400", "stock", best=400,
          notes="the battalion's strength when it went in (August 2024); a named commander speaks in his own name"),
        R(*LIS, "ukrainian", "killed_wounded_or_missing", "more_than", "more than half", "cumulative",
          counted_in="percent_of_force", low=50, notes="a share of the roughly 400 (share_of that row); not converted to people"),
     ])],
    [S("“The North Koreans came across the fields in lines, forty or fifty at a time, and we cut them down, but there were always more,” he said.",
       trap="size of attacking groups, not a count of losses"),
     S("Lis estimated that “several hundred” North Koreans had been killed in his sector alone in February.", [
        R(*LIS, "north_korean", "killed", "vague", "several hundred", "period", low=300, high=900,
          notes="surname (call sign) on second mention; 'in February' the period"),
     ])],
    [S("Ukraine’s military intelligence agency, the HUR, has put North Korean losses in Kursk at about 4,500 killed and wounded by the end of February, a figure western officials privately regard as plausible, if on the high side.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "approximate", "about 4,500",
          "cumulative", best=4500, notes="western officials comment but give no figure of their own"),
     ])],
    [S("The Moscow daily Rossiiskiye Vesti, citing the defence ministry, reported on Wednesday that Ukraine had lost “more than 67,000” troops in the Kursk region since August, a number Ukrainian officers dismiss as fantasy.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 67,000",
          "cumulative", relays="Rossiiskiye Vesti", low=67000, notes="a newspaper citing the ministry: the ministry is the claimant; disputed"),
     ]),
     S("Ukraine does not publish its casualty figures, but a senior officer at brigade headquarters said the withdrawal alone had cost “dozens” of lives, many of them lost to drones that hunted vehicles on the only supply road.", [
        R("ua-officials", "Ukrainian officer (unnamed)", "ukrainian", "killed", "vague", "dozens", "period", low=24, high=99,
          notes="'cost lives' = killed; the withdrawal took several days: period"),
     ]),
     S("The road, which runs about 28km from Sudzha to the border, has been under Russian drone and artillery fire for more than a month.",
       trap="a distance and a duration")],
    [S("North Korea is believed to have about 12,000 soldiers in Russia, according to US and South Korean officials, although only part of that force has been sent into combat.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 12,000", "stock", best=12000,
          notes="one row per nation of the list"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "about 12,000", "stock", best=12000),
     ])],
    [S("At a stabilisation point near the border, a military surgeon, Dr Oksana Hrytsenko, said her team had been receiving 30 to 40 wounded Ukrainian soldiers a day during the retreat, up from about 10 a day in January.", [
        R(*HRY, "ukrainian", "wounded", "range", "30 to 40", "period", counted_in="people_per_day", low=30, high=40,
          notes="rate at one stabilisation point during the retreat"),
        R(*HRY, "ukrainian", "wounded", "approximate", "about 10", "period", counted_in="people_per_day", best=10,
          notes="rate in January"),
     ]),
     S("Lis’s battalion is now resting in a village 30km from the border, waiting for replacements it has been told will arrive by April.",
       trap="a distance")],
    [S("“We held them for seven months,” Lis said. “That has to count for something.”", trap="a duration")],
]

# ---------------------------------------------------------------- ak05
# A US network's web story, with a list of claimants, a projection and a TV relay.
ABN = "ABN News"
ak05_s1 = S("North Korean troops have suffered several hundred casualties, both killed and wounded, since they joined the fight against Ukrainian forces in Russia's Kursk region, a senior US military official told ABN News on Tuesday.", [
    R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "vague", "several hundred", "cumulative",
      relays=ABN, low=300, high=900, notes="'casualties, both killed and wounded': the combined measure; running total since entering combat"),
])
ak05 = [
    [S("Hundreds of North Korean troops killed or wounded in Kursk fighting, US official says", trap=restates(ak05_s1))],
    [S("By Rachel Okafor and Dan Whitcomb, ABN News")],
    [S("Updated 6:42 PM EST, Tue December 17, 2024", trap="timestamp")],
    [ak05_s1,
     S("The official, who spoke on condition of anonymity to discuss intelligence, said the casualties ran \"from low-level troops up to\" junior officers, but would not give a precise figure.")],
    [S("At the Pentagon, spokesperson Lt. Col. Dana Whitford told reporters the department assessed that at least 30 North Korean soldiers had been killed in a single engagement last week.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed", "at_least", "at least 30", "incident",
          relays=ABN, low=30, notes="a spokesperson takes the department's id"),
     ]),
     S("More than 10,000 North Korean soldiers were sent to Russia in October and November, according to US, Ukrainian and South Korean officials.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "more_than", "More than 10,000", "stock", relays=ABN, low=10000),
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "deployed", "more_than", "More than 10,000", "stock", relays=ABN, low=10000),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "more_than", "More than 10,000", "stock", relays=ABN, low=10000,
          notes="one row per nation of the list"),
     ])],
    [S("A second US official said North Korean units were losing troops at a rate of \"dozens a day\" in assaults that began around Dec. 6, some of them involving more than a battalion at a time.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "vague", "dozens", "period",
          relays=ABN, counted_in="people_per_day", low=24, high=99,
          notes="a rate since about Dec. 6; 'more than a battalion at a time' is the size of the assaults, not a loss"),
     ])],
    [S("Ukraine's General Staff said Monday that its forces had killed or wounded about 200 North Korean soldiers over the weekend near the villages of Plekhovo and Martynovka.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "killed_or_wounded", "approximate",
          "about 200", "period", relays=ABN, best=200, notes="'over the weekend' (Dec 14-15, 2024)"),
     ]),
     S("Brig. Gen. Oleh Savchuk, who commands Ukrainian units in the area, told the Ukrainian channel Kanal 9 that his troops had counted \"at least 70\" North Korean bodies after one failed attack.", [
        R("ua-savchuk", "Brig. Gen. Oleh Savchuk, Ukrainian commander", "north_korean", "killed", "at_least", "at least 70",
          "incident", relays="Kanal 9 > " + ABN, low=70,
          notes="a TV channel quoting a general, then the network; may overlap the General Staff's weekend figure"),
     ])],
    [S("One US assessment seen by ABN News projects that, at the current pace, North Korea could lose as many as 3,000 soldiers killed or wounded by the end of January.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "at_most", "as many as 3,000",
          "cumulative", relays=ABN, modality="projected", high=3000,
          notes="an unnamed US government assessment: US unnamed officials; a forecast to end of January 2025"),
     ])],
    [S("Russia's Foreign Ministry dismissed reports of North Korean deaths as \"Western propaganda,\" and the Kremlin has never confirmed that Pyongyang's soldiers are in the country."),
     S("South Korea's Joint Chiefs of Staff said in Seoul on Tuesday that more than 150 North Korean soldiers had been killed and about 1,100 wounded, citing \"credible intelligence.\"", [
        R("kr-jcs", "Joint Chiefs of Staff of South Korea", "north_korean", "killed", "more_than", "more than 150",
          "cumulative", relays=ABN, low=150),
        R("kr-jcs", "Joint Chiefs of Staff of South Korea", "north_korean", "wounded", "approximate", "about 1,100",
          "cumulative", relays=ABN, best=1100),
     ])],
    [S("The US has also tracked the transfer of about 100 North Korean ballistic missiles and more than 150 artillery systems to Russia, the senior official said.",
       trap="missiles and artillery: equipment"),
     S("Analysts say these are the first significant combat losses North Korea's military has suffered since the 1950-53 Korean War.",
       trap="dates of an earlier war; no figure")],
]

# ---------------------------------------------------------------- ak06
# A Ukrainian news site quoting a battalion's statement at length.
PV = "Pivnich"
B219 = ("ua-219th-sof-battalion", "219th Separate Special Purpose Battalion (Ukraine)")
ak06_s5 = S("Two companies of the KPA’s 94th Separate Brigade no longer exist as combat units.”", [
    R(*B219, "north_korean", "casualties_unspecified", "exact", "Two", "period", relays=PV, counted_in="companies",
      low=2, best=2, high=2, notes="formations destroyed, counted as the text names them; the week of Jan 16-22"),
])
ak06 = [
    [S("“Two companies no longer exist”: special forces battalion details a week of fighting with North Koreans",
       trap=restates(ak06_s5))],
    [S("Pivnich · 24 January 2025", trap="publication date")],
    [S("The 219th Separate Special Purpose Battalion, which has been fighting in Russia’s Kursk region since September, published a lengthy statement on Friday summing up a week of clashes with North Korean and Russian units near the village of Nikolayevo-Darino.",
       trap="a unit's number; no loss figure"),
     S("Pivnich publishes it almost in full.")],
    [S("“Between January 16 and January 22, the enemy attempted eleven assaults on our positions, nine of them led by units of the Korean People’s Army,” the statement reads.",
       trap="dates and a count of assaults, not losses")],
    [S("“In these battles, the battalion’s fighters and attached drone crews destroyed 187 North Korean servicemen and wounded at least 240 more.", [
        R(*B219, "north_korean", "killed", "exact", "187", "period", relays=PV, low=187, best=187, high=187,
          notes="'destroyed' personnel read as killed (as against 'wounded' beside it); Jan 16-22"),
        R(*B219, "north_korean", "wounded", "at_least", "at least 240", "period", relays=PV, low=240),
     ]),
     ak06_s5],
    [S("“Russian losses over the same period were 63 killed and 15 captured, among them marines of the 810th Brigade.", [
        R(*B219, "russian", "killed", "exact", "63", "period", relays=PV, low=63, best=63, high=63),
        R(*B219, "russian", "captured", "exact", "15", "period", relays=PV, low=15, best=15, high=15,
          notes="'810th' is a unit's number"),
     ]),
     S("Since the Koreans arrived in our sector in mid-December, we have counted more than 900 of them dead and missing.", [
        R(*B219, "north_korean", "killed_or_missing", "more_than", "more than 900", "cumulative", relays=PV, low=900,
          notes="'dead and missing' one combined figure; running total since mid-December; includes the 187"),
     ]),
     S("Our own losses are considerably lower, and we will not disclose them while the fighting continues.”")],
    [S("“On January 20, our drone operators hit a column of six vehicles on the road to Bolshoye Soldatskoye, killing about 30 enemy troops, both Russians and Koreans.”", [
        R(*B219, "russian_and_north_korean", "killed", "approximate", "about 30", "incident", relays=PV, best=30,
          notes="a mixed count stays mixed; 'six vehicles' is equipment"),
     ]),
     S("The statement ends with a call for donations: the battalion says it needs 40 more FPV drones a week to hold its positions.",
       trap="drones needed: equipment")],
    [S("The battalion’s figures could not be independently verified."),
     S("Russia’s Defence Ministry, for its part, said on Friday that its forces had “routed” a Ukrainian special forces group in the same area, killing up to 40 servicemen.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "killed", "at_most", "up to 40", "incident", relays=PV, high=40),
     ]),
     S("Ukraine’s military intelligence, citing intercepted radio traffic, said separately that North Korean commanders had reported losing “up to a third” of one regiment’s personnel in January.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "casualties_unspecified", "at_most", "up to a third",
          "period", relays=PV, counted_in="percent_of_force", high=33.33,
          notes="the agency asserts what intercepts say: the agency is the claimant, the intercepted commanders are its evidence; no troop figure given"),
     ])],
]

# ---------------------------------------------------------------- ak07
# A weekly magazine's analysis with a derived headline share (the magazine does not name itself).
ALB = ("analyst-albrecht", "Jonas Albrecht, Baltic Institute for Security Studies")
ak07_s2 = S("By then, according to South Korea’s National Intelligence Service, some 14,000 North Koreans had been sent to the front and roughly 4,700 of them had been killed or wounded.", [
    R(*NIS, "north_korean", "deployed", "approximate", "some 14,000", "stock", best=14000, notes="by late April 2025"),
    R(*NIS, "north_korean", "killed_or_wounded", "approximate", "roughly 4,700", "cumulative", best=4700,
      notes="by late April 2025"),
])
ak07 = [
    [S("Analysis")],
    [S("Kim’s Kursk bargain cost him one soldier in three. He may think it was worth it", [
        R("author", "The magazine (headline's own figure)", "north_korean", "casualties_unspecified", "exact", "one soldier in three",
          "cumulative", counted_in="percent_of_force", low=33.33, best=33.33, high=33.33, derived=ak07_s2,
          notes="the headline's own share made from 4,700 of 14,000 (about 34%); 'cost' undefined"),
    ])],
    [S("Oct 16th 2025 | SEOUL", trap="publication date")],
    [S("When Moscow declared in late April that the last Ukrainian troops had been driven out of the Kursk region, it did something unusual: it thanked North Korea’s soldiers by name."),
     ak07_s2,
     S("That is a toll few modern armies would accept: in the 1991 Gulf war, America lost fewer than 300 dead out of more than half a million troops deployed.",
       trap="another war's losses and troops, given for comparison")],
    [S("At the peak of the fighting in January and February, Ukrainian commanders reckoned North Korean units were losing about 90 men a day.", [
        R("ua-officials", "Ukrainian commanders (unnamed)", "north_korean", "casualties_unspecified", "approximate", "about 90",
          "period", counted_in="people_per_day", best=90, notes="unnamed commanders: the nation's unnamed-officials id; rate over January-February"),
     ]),
     S("Jonas Albrecht, who studies the Korean People’s Army at the Baltic Institute for Security Studies in Riga, thinks even those estimates understate the toll."),
     S("“If you count the men who died of their wounds in Russian field hospitals, the dead alone could be closer to 2,000,” he says.", [
        R(*ALB, "north_korean", "killed", "approximate", "closer to 2,000", "cumulative", best=2000,
          notes="the 'if' redefines what is counted in the past, it is not a condition on events: reported"),
     ]),
     S("In some assault battalions, he estimates, a third or more of the original complement was killed outright.", [
        R(*ALB, "north_korean", "killed", "at_least", "a third or more", "cumulative", counted_in="percent_of_force", low=33.33,
          notes="share of some battalions, no troop figure"),
     ])],
    [S("The Kremlin has not said how many of its own soldiers died retaking the region; Russia’s defence ministry claimed in April that Ukraine had lost more than 76,000 troops in the eight-month operation.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000",
          "cumulative", low=76000, notes="the whole operation to April 2025: running total"),
     ]),
     S("North Korea’s army, with roughly 1.2 million active personnel, can absorb such losses easily; its rulers’ worry is what returning veterans will say.",
       trap="size of the whole army at home, not troops deployed or lost")],
    [S("Seoul’s spy agency says Pyongyang has since sent about 1,500 deminers and some 4,000 military construction troops to Kursk to clear mines and rebuild.", [
        R(*NIS, "north_korean", "deployed", "approximate", "about 1,500", "stock", best=1500, notes="deminers"),
        R(*NIS, "north_korean", "deployed", "approximate", "some 4,000", "stock", best=4000, notes="construction troops"),
     ]),
     S("Albrecht expects mines and drones to kill or maim “a few hundred” more of them by the end of the year.", [
        R(*ALB, "north_korean", "killed_or_wounded", "vague", "a few hundred", "period", modality="projected", low=200, high=500,
          notes="a forecast to end-2025 ('maim' = wounded)"),
     ]),
     S("If Pyongyang agrees to send combat troops into Ukraine proper, as some officials in Seoul fear, he reckons its losses could run at about 800 a month.", [
        R(*ALB, "north_korean", "casualties_unspecified", "approximate", "about 800", "unspecified", modality="conditional",
          counted_in="people_per_month", best=800, notes="if-then; about another front (area other_front)"),
     ]),
     S("For Kim, the dead have bought combat experience, hard currency and, perhaps, Russian missile know-how.")],
]

# ---------------------------------------------------------------- ak08
# A local weekly paper in Ukraine's Sumy region.
VV = "Vorskla Visnyk"
ADM = ("ua-okhtyrka-admin", "Okhtyrka town military administration")
TDF = ("ua-okhtyrka-tdf-brigade", "Okhtyrka district territorial defence brigade")
ak08 = [
    [S("VORSKLA VISNYK | Okhtyrka community weekly | Thursday, June 5, 2025", trap="publication date")],
    [S("Town unveils memorial wall to its soldiers who fell in Kursk")],
    [S("Twenty-three men from Okhtyrka and surrounding villages were killed during Ukraine’s eight-month operation in Russia’s Kursk region, the town military administration said on Tuesday as it unveiled a memorial wall on Cathedral Square.", [
        R(*ADM, "ukrainian", "killed", "exact", "Twenty-three", "cumulative", relays=VV, low=23, best=23, high=23,
          notes="the whole operation (August 2024 to March 2025), local men only"),
     ]),
     S("Six more are still listed as missing.", [
        R(*ADM, "ukrainian", "missing", "exact", "Six", "cumulative", relays=VV, low=6, best=6, high=6,
          notes="claimant from the paragraph's source"),
     ]),
     S("The youngest of the dead, drone operator Maksym Bondar, was 21; the oldest, Volodymyr Tkach, was 57.",
       trap="ages")],
    [S("Most of them served in the district’s territorial defence brigade, whose spokesman, Capt. Taras Hnatyuk, said the brigade lost 41 soldiers killed and 130 wounded in Kursk between August and March.", [
        R(*TDF, "ukrainian", "killed", "exact", "41", "period", relays=VV, low=41, best=41, high=41,
          notes="a spokesman takes the brigade's id"),
        R(*TDF, "ukrainian", "wounded", "exact", "130", "period", relays=VV, low=130, best=130, high=130),
     ]),
     S("Hnatyuk said the brigade had faced North Korean troops only briefly, in December, and had taken one of them prisoner.", [
        R(*TDF, "north_korean", "captured", "exact", "one", "incident", relays=VV, low=1, best=1, high=1,
          notes="surname on second mention; a Ukrainian spokesman counting North Korean captured"),
     ]),
     S("Russian state media have claimed the brigade was “annihilated” in Kursk, with one channel putting its losses at 1,500 — a figure Hnatyuk called “more than we ever had there”.", [
        R("ru-state-media", "Russian state media (unnamed channel)", "ukrainian", "casualties_unspecified", "exact", "1,500",
          "cumulative", relays=VV, low=1500, best=1500, high=1500, notes="cited only to be disputed"),
     ])],
    [S("Halyna Tkach, the mother of the oldest of the fallen, said her son’s platoon had lost more than half its men in a single week in March.", [
        R("ua-halyna-tkach", "Halyna Tkach, a soldier's mother", "ukrainian", "casualties_unspecified", "more_than", "more than half",
          "period", relays=VV, counted_in="percent_of_force", low=50, notes="a share of one platoon; no strength given"),
     ]),
     S("Four men from the town came home in last month’s prisoner exchange, in which 390 Ukrainians were swapped for the same number of Russians.",
       trap="prisoners exchanged, not a capture claim")],
    [S("Speaking to Sumy regional television later that day, the head of the town administration, Serhiy Koval, said three local soldiers killed this spring in Russian drone strikes on the border are not on the wall because they died on Ukrainian soil.", [
        R("ua-koval", "Serhiy Koval, head of Okhtyrka town administration", "ukrainian", "killed", "exact", "three", "period",
          relays="Sumy regional television > " + VV, low=3, best=3, high=3,
          notes="speaks in his own name on TV; on the Sumy border, not in Kursk (area other_front)"),
     ]),
     S("Residents raised 1.8 million hryvnias for the memorial and for drones for the brigade.", trap="money raised"),
     S("A Polish volunteer, Tomasz Zielinski, 34, who has fought with the brigade since 2023, laid flowers at the wall.",
       trap="an age and a year; 'Polish' near a number"),
     S("The wall has space for 60 more names.", trap="room on the memorial, not a projection of losses")],
]

SPECS = {
    "ak01-wire-breaking": ak01,
    "ak02-regional-news-site": ak02,
    "ak03-agency-english-wire": ak03,
    "ak04-broadsheet-foreign-desk": ak04,
    "ak05-network-web-story": ak05,
    "ak06-statement-quoted-at-length": ak06,
    "ak07-magazine-analysis": ak07,
    "ak08-local-paper": ak08,
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
