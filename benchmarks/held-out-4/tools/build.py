#!/usr/bin/env python3
"""Build the held-out-4 curated set: texts/, gold.csv and traps.csv.

Every text, name, figure and quote here is invented. Each sentence is typed
once, in DOCS_SPEC, together with its gold rows or its trap reason; the
texts, gold.csv and traps.csv are all generated from that single source.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FOOTER = "[Fabricated test text for the loss-claims project; not a real report.]"

GOLD_HEADER = ["file", "quote", "claimant_id", "claimant_name", "relay_names",
               "whose_losses", "measure", "counted_in", "modality", "qualifier",
               "low", "best", "high", "count_as_written", "scope",
               "derived_from_quote", "notes"]
TRAP_HEADER = ["file", "sentence", "why"]


class S:
    """One sentence: text, gold rows, optional trap reason, optional label."""

    def __init__(self, text, *rows, trap=None, label=None, restates=None):
        self.text = text
        self.rows = list(rows)
        self.trap = trap
        self.label = label
        self.restates = restates  # label of the body sentence a headline restates


class G:
    """One gold row. `val` is filled into low/best/high by qualifier."""

    def __init__(self, cid, cname, relay, whose, measure, counted, modality,
                 qual, val, caw, scope, derived=None, notes=""):
        self.cid, self.cname, self.relay = cid, cname, relay
        self.whose, self.measure, self.counted = whose, measure, counted
        self.modality, self.qual, self.val = modality, qual, val
        self.caw, self.scope, self.derived, self.notes = caw, scope, derived, notes

    def bounds(self):
        q, v = self.qual, self.val
        if q == "exact":
            return v, v, v
        if q == "approximate":
            return None, v, None
        if q in ("more_than", "at_least"):
            return v, None, None
        if q in ("at_most", "fewer_than"):
            return None, None, v
        if q in ("range", "vague"):
            lo, hi = v
            return lo, None, hi
        if q == "none":
            assert v is None
            return None, None, None
        raise ValueError(q)


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, float):
        return ("%.2f" % x).rstrip("0").rstrip(".")
    return str(x)


# ---------------------------------------------------------------- names
NIS = "South Korea's National Intelligence Service (NIS)"
YOON = "Rep. Yoon Jae-ho"
GUR = "Defence Intelligence of Ukraine (GUR)"
KORZ = "Lieutenant General Vadim Korzhenko, commander of Russia's North group of forces"
CECS = "Center for Eurasian Conflict Studies (CECS), the report's authors"
SOK = "Lt. Col. Yurii Sokolenko, Ukrainian drone battalion commander"
PRYOR = "Rachel Pryor, UK Armed Forces Minister"
THRELFALL = "Lt Gen Sir Marcus Threlfall, UK Chief of Defence Intelligence"

NK, RU, UA = "north_korean", "russian", "ukrainian"
CAS, KIA, WIA, KW = "casualties_unspecified", "killed", "wounded", "killed_or_wounded"
P = "people"
REP, PROJ, COND = "reported", "projected", "conditional"

DOCS_SPEC = {}

# ---------------------------------------------------------------- h01: wire agency (Yonhap style)
DOCS_SPEC["h01-yonhap-wire"] = [
    [S("(LEAD) N. Korean casualties in Russia's Kursk estimated at 4,000: NIS", restates="h01-lead")],
    [S("SEOUL, Feb. 13 (Yonhap) -- North Korean troops fighting alongside Russian forces in Russia's Kursk "
       "region have suffered around 4,000 casualties, including some 600 killed, South Korea's spy agency told "
       "lawmakers Thursday, Rep. Yoon Jae-ho said after the closed-door briefing.",
       G("kr-nis", NIS, YOON + " > Yonhap", NK, CAS, P, REP, "approximate", 4000, "around 4,000", "cumulative"),
       G("kr-nis", NIS, YOON + " > Yonhap", NK, KIA, P, REP, "approximate", 600, "some 600", "cumulative",
         notes="the 600 killed are part of the 4,000 casualties"),
       label="h01-lead")],
    [S("Of the roughly 11,000 troops Pyongyang sent to Russia in October and November last year, about 1,000 "
       "have been wounded badly enough to be taken off the front line, Yoon quoted the National Intelligence "
       "Service (NIS) as saying.",
       G("kr-nis", NIS, YOON + " > Yonhap", NK, "deployed", P, REP, "approximate", 11000, "roughly 11,000", "stock"),
       G("kr-nis", NIS, YOON + " > Yonhap", NK, WIA, P, REP, "approximate", 1000, "about 1,000", "cumulative",
         notes="wounded seriously enough to be evacuated")),
     S("The agency told the parliamentary intelligence committee that about 1,500 additional troops had arrived "
       "in January to replenish the units, and that Pyongyang could send as many as 3,000 more by April.",
       G("kr-nis", NIS, YOON + " > Yonhap", NK, "deployed", P, REP, "approximate", 1500, "about 1,500", "stock",
         notes="reinforcements already arrived"),
       G("kr-nis", NIS, YOON + " > Yonhap", NK, "deployed", P, PROJ, "at_most", 3000, "as many as 3,000", "stock",
         notes="forecast of additional troops by April"))],
    [S("The NIS attributed the high toll to the North Korean soldiers' unfamiliarity with drone warfare and to "
       "Russian commanders using them as expendable assault troops across open fields."),
     S("It said Ukrainian forces had captured at least two North Korean soldiers so far, and that soldiers had "
       "been ordered to kill themselves rather than be taken prisoner.",
       G("kr-nis", NIS, YOON + " > Yonhap", NK, "captured", P, REP, "at_least", 2, "at least two", "cumulative"))],
    [S("Yoon said the agency had also detected North Korea supplying more than 200 long-range artillery pieces "
       "and about 5 million artillery shells to Russia since August 2023.",
       trap="equipment and ammunition counts and a year, not losses")],
    [S("Ukraine's military intelligence agency has given a higher figure, saying late last month that North "
       "Korean losses in Kursk had exceeded 4,500 killed, wounded and missing.",
       G("ua-gur", GUR, "Yonhap", NK, "killed_wounded_or_missing", P, REP, "more_than", 4500, "exceeded 4,500",
         "cumulative")),
     S("Russia and North Korea have not acknowledged any casualties.")],
    [S("Pyongyang and Moscow signed a mutual defence treaty in June 2024, and the North began moving troops to "
       "Russia's Far East the following October.",
       trap="treaty date and year; troop movement without a figure")],
    [S("(END)")],
]

# ---------------------------------------------------------------- h02: broadsheet newspaper
WEST = "Western officials (unnamed)"
DOCS_SPEC["h02-broadsheet-news"] = [
    [S("One in three North Korean soldiers sent to Kursk killed or wounded, figures suggest",
       G("author", "The newspaper's own voice (headline)", "", NK, KW, "percent_of_force", REP, "exact", 33.33,
         "One in three", "cumulative", derived="h02-body",
         notes="outlet's own share: about 4,000 of roughly 12,000"))],
    [S("Helen Marsh, Defence correspondent")],
    [S("Sun 16 Mar 2025 18.04 GMT", trap="stand-alone date line")],
    [S("Of the roughly 12,000 soldiers North Korea is thought to have sent to Russia last autumn, about 4,000 "
       "have been killed or wounded, Western officials said this week.",
       G("western-officials", WEST, "", NK, "deployed", P, REP, "approximate", 12000, "roughly 12,000", "stock"),
       G("western-officials", WEST, "", NK, KW, P, REP, "approximate", 4000, "about 4,000", "cumulative"),
       label="h02-body")],
    [S("The officials, who briefed journalists in London on condition of anonymity, said North Korean units had "
       "suffered heavy losses in repeated assaults around the villages of Kamyshevka and Dolgy Log, north-west "
       "of Sudzha.",
       G("western-officials", WEST, "", NK, CAS, P, REP, "none", None, "heavy losses", "unspecified")),
     S("Ukrainian officials have said the North Koreans were losing about 200 men a week, killed or wounded, at "
       "the height of the fighting in January.",
       G("ua-officials", "Ukrainian officials (unnamed)", "", NK, KW, "people_per_week", REP, "approximate", 200,
         "about 200 men a week", "period"))],
    [S("Britain's Ministry of Defence said in its latest intelligence update that Russia's own casualties in the "
       "region had averaged about 150 a day in early March.",
       G("uk-mod", "Britain's Ministry of Defence", "", RU, CAS, "people_per_day", REP, "approximate", 150,
         "about 150 a day", "period"))],
    [S("Ukraine's general staff goes further."),
     S("In a statement on Saturday, it said Russian and North Korean forces had lost more than 38,000 troops in "
       "the Kursk region since August.",
       G("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "", "russian_and_north_korean",
         "killed_wounded_missing_or_captured", P, REP, "more_than", 38000, "more than 38,000", "cumulative",
         notes="measure defined by the next sentence of the text")),
     S("It counts as losses all soldiers killed, wounded, missing or taken prisoner.")],
    [S("Dr Alina Verkhovets, a North Korea specialist at the Marlow Institute in London, said Pyongyang could not "
       "keep up the pace."),
     S("\u2018If the current rate holds, North Korea will have lost half of its expeditionary force by the "
       "summer,\u2019 she said.",
       G("alina-verkhovets", "Dr Alina Verkhovets, North Korea specialist at the Marlow Institute", "", NK, CAS,
         "percent_of_force", COND, "exact", 50, "half", "cumulative",
         notes="projected running total by the summer"))],
    [S("South Korean intelligence estimates that the deployment has earned Pyongyang at least $500m since "
       "October, along with air-defence systems and oil.",
       trap="money, not losses")],
    [S("Neither Moscow nor Pyongyang has published casualty figures.")],
]

# ---------------------------------------------------------------- h03: live blog
GS = "General Staff of the Armed Forces of Ukraine"
ZEL = "Volodymyr Zelenskyy, President of Ukraine"
LAZ = "Capt. Dmytro Lazorenko, spokesman of the 95th Polissia Airborne Assault Brigade"
DOCS_SPEC["h03-live-blog"] = [
    [S("Russia-Ukraine war live: North Korean troops back in Kursk assaults, says Zelenskyy; Russia lost 1,250 "
       "soldiers in a day, Kyiv claims", restates="h03-gs")],
    [S("Mon 10 Feb 2025", trap="stand-alone date line")],
    [S("09.12 GMT", trap="stand-alone time stamp")],
    [S("Ukraine's general staff says Russia lost 1,250 troops over the past 24 hours, bringing its total losses "
       "since the full-scale invasion to about 842,000.",
       G("ua-general-staff", GS, "", RU, CAS, P, REP, "exact", 1250, "1,250", "period",
         notes="area=whole_war; daily figure for all fronts"),
       G("ua-general-staff", GS, "", RU, CAS, P, REP, "approximate", 842000, "about 842,000", "cumulative",
         notes="area=whole_war; total since February 2022"),
       label="h03-gs"),
     S("The figures, which Kyiv publishes every morning, cannot be independently verified.")],
    [S("10.47 GMT", trap="stand-alone time stamp")],
    [S("Volodymyr Zelenskyy said in his nightly address that North Korean units had returned to the Kursk front "
       "after a pause of about three weeks and had suffered \u2018significant losses\u2019 over the weekend.",
       G("ua-zelenskyy", ZEL, "", NK, CAS, P, REP, "none", None, "significant losses", "period")),
     S("\u2018Near Ivashkovo alone, our paratroopers killed or wounded up to a battalion of North Korean infantry "
       "in two days,\u2019 he said.",
       G("ua-zelenskyy", ZEL, "", NK, KW, "battalions", REP, "at_most", 1, "up to a battalion", "period"))],
    [S("11.30 GMT", trap="stand-alone time stamp")],
    [S("Capt. Dmytro Lazorenko, a spokesman for the 95th Polissia Airborne Assault Brigade, told us that most of "
       "a North Korean assault group was killed by drones before it reached Ukrainian trenches near Ivashkovo "
       "on Saturday.",
       G("ua-95th-brigade", LAZ, "", NK, KIA, "percent_of_force", REP, "more_than", 50, "most", "incident",
         notes="share of one assault group")),
     S("The brigade captured three survivors, he said.",
       G("ua-95th-brigade", LAZ, "", NK, "captured", P, REP, "exact", 3, "three", "incident"))],
    [S("12.05 GMT", trap="stand-alone time stamp")],
    [S("Russia's defence ministry says its forces repelled eight Ukrainian counterattacks in the Kursk region "
       "overnight and that Ukraine lost up to 230 servicemen there in the past day.",
       G("ru-mod", "Russia's Ministry of Defence", "", UA, CAS, P, REP, "at_most", 230, "up to 230", "period")),
     S("It also claims to have destroyed 14 armoured vehicles and three HIMARS launchers.",
       trap="equipment counts, not losses of people")],
    [S("13.40 GMT", trap="stand-alone time stamp")],
    [S("The 8th Regiment of Special Forces said on Telegram that it had killed or captured 27 North Korean "
       "soldiers in an overnight raid near the village of Zhuravka.",
       G("ua-8th-sof-regiment", "8th Regiment of Special Forces (Ukraine)", "", NK, "killed_or_captured", P, REP,
         "exact", 27, "27", "incident"))],
    [S("14.52 GMT", trap="stand-alone time stamp")],
    [S("Russian military bloggers report that a Ukrainian missile strike on a school building used as a "
       "barracks near Lgov killed dozens of soldiers, without saying whether they were Russian or North Korean.",
       G("ru-milbloggers", "Russian military bloggers", "", "unspecified", KIA, P, REP, "vague", (24, 99),
         "dozens", "incident", notes="bloggers do not say whose soldiers")),
     S("We have not been able to verify the claim.")],
    [S("16.20 GMT", trap="stand-alone time stamp")],
    [S("South Korea's National Intelligence Service said in a statement that Pyongyang had rotated about 3,000 "
       "fresh troops into Kursk and could send as many as 5,000 more by the summer.",
       G("kr-nis", NIS, "", NK, "deployed", P, REP, "approximate", 3000, "about 3,000", "stock",
         notes="fresh troops already rotated in"),
       G("kr-nis", NIS, "", NK, "deployed", P, PROJ, "at_most", 5000, "as many as 5,000", "stock",
         notes="forecast of additional troops by the summer"))],
]

# ---------------------------------------------------------------- h04: state news agency (TASS style)
DOCS_SPEC["h04-state-agency"] = [
    [S("Kiev lost over 76,000 troops in Kursk adventure \u2014 commander", restates="h04-lead")],
    [S("MOSCOW, April 28. /TASS/. The Ukrainian armed forces lost more than 76,000 servicemen killed and wounded "
       "during the fighting in the Kursk region, the commander of the North group of forces, Lieutenant General "
       "Vadim Korzhenko, told reporters on Monday.",
       G("ru-north-group", KORZ, "TASS", UA, KW, P, REP, "more_than", 76000, "more than 76,000", "cumulative"),
       label="h04-lead")],
    [S("According to him, the enemy's irretrievable losses, that is, killed and missing, amounted to about "
       "31,000 people.",
       G("ru-north-group", KORZ, "TASS", UA, "killed_or_missing", P, REP, "approximate", 31000, "about 31,000",
         "cumulative", notes="'irretrievable losses' defined in the text as killed and missing")),
     S("In addition, 617 Ukrainian servicemen surrendered or were taken prisoner.",
       G("ru-north-group", KORZ, "TASS", UA, "captured", P, REP, "exact", 617, "617", "cumulative"))],
    [S("At the height of the fighting in January, the enemy was losing up to 400 servicemen a day, the general "
       "said.",
       G("ru-north-group", KORZ, "TASS", UA, CAS, "people_per_day", REP, "at_most", 400, "up to 400 servicemen a day",
         "period")),
     S("Several hundred Ukrainian soldiers were killed when their encircled grouping was destroyed near the "
       "village of Beloye Pole, he added.",
       G("ru-north-group", KORZ, "TASS", UA, KIA, P, REP, "vague", (300, 999), "Several hundred", "incident")),
     S("Near Kruglenkoye, up to a company of Ukrainian marines was wiped out in a single night, the general "
       "said.",
       G("ru-north-group", KORZ, "TASS", UA, CAS, "companies", REP, "at_most", 1, "up to a company", "incident",
         notes="'wiped out' left as casualties_unspecified"))],
    [S("Korzhenko said Russian losses over the same period had been \u2018several times lower\u2019, without "
       "giving figures.",
       G("ru-north-group", KORZ, "TASS", RU, CAS, P, REP, "none", None, "several times lower", "cumulative",
         notes="relative to the Ukrainian figure; no number given"))],
    [S("He praised the \u2018heroism and self-sacrifice\u2019 of servicemen of the Korean People's Army who fought "
       "alongside Russian units, but did not say how many had been deployed."),
     S("Reports in Western media of North Korean losses running into the thousands were \u2018fabrications of "
       "Kiev's propaganda\u2019, the general said.",
       G("western-media", "Western media reports (unnamed)", KORZ + " > TASS", NK, CAS, P, REP, "vague",
         (2000, 9999), "running into the thousands", "unspecified",
         notes="claim cited only to be rejected by the relay"))],
    [S("According to the Defence Ministry, troops of the North group destroyed 312 tanks, 1,410 armoured combat "
       "vehicles and 380 artillery pieces in the region since August 6, 2024.",
       trap="equipment counts and a date, not losses of people"),
     S("Sudzha, a town of about 5,000 people before the incursion, was liberated on March 13.",
       trap="pre-war population and a date, not losses")],
]

# ---------------------------------------------------------------- h05: think-tank assessment
CECS_R = "CECS"
DOCS_SPEC["h05-think-tank"] = [
    [S("Kursk Campaign Assessment, March 18, 2025", trap="title with a date, no loss figure")],
    [S("Center for Eurasian Conflict Studies (CECS)")],
    [S("CECS assesses that North Korean forces in Kursk Oblast have likely suffered between 5,000 and 6,000 "
       "casualties since entering combat in December 2024, roughly half of the approximately 11,000 personnel "
       "initially deployed.",
       G("author", CECS, "", NK, CAS, P, REP, "range", (5000, 6000), "between 5,000 and 6,000", "cumulative"),
       G("author", CECS, "", NK, CAS, "percent_of_force", REP, "approximate", 50, "roughly half", "cumulative"),
       G("author", CECS, "", NK, "deployed", P, REP, "approximate", 11000, "approximately 11,000", "stock",
         notes="initial deployment"))],
    [S("This estimate is higher than the figure South Korean officials provided on March 3, when they told "
       "reporters that about 4,700 North Korean soldiers had been killed or wounded.",
       G("kr-officials", "South Korean officials (unnamed)", CECS_R, NK, KW, P, REP, "approximate", 4700,
         "about 4,700", "cumulative"))],
    [S("Ukraine's military intelligence directorate (GUR) reported on March 15 that North Korean units had lost "
       "approximately 60 personnel per day during the preceding week in assaults southwest of Sudzha.",
       G("ua-gur", GUR, CECS_R, NK, CAS, "people_per_day", REP, "approximate", 60,
         "approximately 60 personnel per day", "period"))],
    [S("Geolocated footage published on March 16 shows North Korean infantry advancing in platoon-sized groups "
       "across open terrain near Kamyshevka.",
       trap="date; formation size of advancing infantry, not a loss or troop count"),
     S("CECS cannot independently confirm Ukrainian claims that at least two of these platoons were destroyed.",
       G("ua-officials", "Ukrainian officials (unnamed)", CECS_R, NK, CAS, "platoons", REP, "at_least", 2,
         "at least two", "incident", notes="not confirmed by the relay"))],
    [S("Russian units committed to the Kursk counteroffensive have likely lost roughly a quarter of their "
       "personnel killed or wounded, based on CECS's review of Russian milblogger reporting.",
       G("author", CECS, "", RU, KW, "percent_of_force", REP, "approximate", 25, "roughly a quarter",
         "cumulative", notes="author's estimate drawn from milblogger reporting"))],
    [S("If current loss rates persist, North Korean casualties would reach about 9,000 by the end of May, which "
       "would likely force Pyongyang to deploy at least 5,000 additional troops to sustain operations.",
       G("author", CECS, "", NK, CAS, P, COND, "approximate", 9000, "about 9,000", "cumulative",
         notes="projected running total by the end of May"),
       G("author", CECS, "", NK, "deployed", P, COND, "at_least", 5000, "at least 5,000", "stock",
         notes="forecast of additional troops")),
     S("CECS forecasts that Russian forces will lose between 1,200 and 1,500 more personnel in Kursk Oblast over "
       "the next two weeks as they clear the remaining Ukrainian positions.",
       G("author", CECS, "", RU, CAS, P, PROJ, "range", (1200, 1500), "between 1,200 and 1,500", "period",
         notes="additional losses over a stated two-week horizon"))],
    [S("Elsewhere, Russian forces lost an estimated 8,000 personnel in the Pokrovsk direction during the first "
       "half of March, according to Ukrainian commanders.",
       G("ua-commanders", "Ukrainian commanders (unnamed)", CECS_R, RU, CAS, P, REP, "approximate", 8000,
         "an estimated 8,000", "period", notes="area=other_front"))],
    [S("The Russian Ministry of Defense claimed on March 17 that Ukrainian forces had lost over 67,000 "
       "personnel in Kursk Oblast since August 2024, a figure CECS assesses is inflated.",
       G("ru-mod", "Russia's Ministry of Defence", CECS_R, UA, CAS, P, REP, "more_than", 67000, "over 67,000",
         "cumulative", notes="disputed by the relay"))],
    [S("Russian forces have recaptured roughly 1,100 of the approximately 1,300 square kilometers that Ukraine "
       "seized in August 2024.", trap="territory in square kilometres and a year"),
     S("Ukrainian forces struck a Russian command post in Kursk Oblast with at least 12 drones overnight on "
       "March 16 to 17.", trap="drone count and dates")],
]

# ---------------------------------------------------------------- h06: magazine Q&A interview
DOCS_SPEC["h06-interview"] = [
    [S("\u2018They came in waves\u2019: a Ukrainian drone commander on fighting North Korea's soldiers")],
    [S("Lt. Col. Yurii Sokolenko, 41, commands a drone battalion that spent the winter in Russia's Kursk region.",
       trap="commander's age"),
     S("We spoke to him by phone from a position near Sumy on 4 April; the interview has been edited for length "
       "and clarity.", trap="interview date")],
    [S("How many North Korean soldiers has your battalion killed?")],
    [S("Our battalion alone has confirmed 312 North Korean soldiers killed by our drones since January, every "
       "one of them on video.",
       G("ua-sokolenko", SOK, "", NK, KIA, P, REP, "exact", 312, "312", "cumulative")),
     S("On the worst day, in February, they lost maybe 90 men in front of a single position of ours.",
       G("ua-sokolenko", SOK, "", NK, CAS, P, REP, "approximate", 90, "maybe 90", "incident"))],
    [S("Have they changed their tactics?")],
    [S("They learn fast."),
     S("At the start, a third of an assault group would be killed before they even reached the tree line.",
       G("ua-sokolenko", SOK, "", NK, KIA, "percent_of_force", REP, "exact", 33.33, "a third", "unspecified",
         notes="typical share per assault group early in the deployment")),
     S("Now fewer than ten are killed before the tree line.",
       G("ua-sokolenko", SOK, "", NK, KIA, P, REP, "fewer_than", 10, "fewer than ten", "unspecified",
         notes="typical number per assault now"))],
    [S("What about the Russians?")],
    [S("The Russian marines around Sudzha lost up to a brigade's worth of men over the winter, killed or wounded.",
       G("ua-sokolenko", SOK, "", RU, KW, "brigades", REP, "at_most", 1, "up to a brigade's worth", "period")),
     S("Last week we watched an assault on our left flank, and they lost a dozen men in twenty minutes.",
       G("ua-sokolenko", SOK, "", RU, CAS, P, REP, "approximate", 12, "a dozen", "incident"))],
    [S("And your own losses?")],
    [S("We had losses too, serious losses, and I will not give numbers for my own people.",
       G("ua-sokolenko", SOK, "", UA, CAS, P, REP, "none", None, "serious losses", "unspecified"))],
    [S("Has your unit taken prisoners?")],
    [S("We took two North Koreans alive in January, and one of them later died of his wounds in hospital.",
       G("ua-sokolenko", SOK, "", NK, "captured", P, REP, "exact", 2, "two", "period"),
       G("ua-sokolenko", SOK, "", NK, KIA, P, REP, "exact", 1, "one of them", "incident",
         notes="a prisoner who died of wounds"))],
    [S("What do you need most?")],
    [S("Drones, always drones: we fly about 40 a night, and each one costs roughly $400.",
       trap="drone use rate and price"),
     S("The Russians now have their own drone teams within 8 kilometres of our rear positions.",
       trap="distance")],
]

# ---------------------------------------------------------------- h07: fact-check
DOCS_SPEC["h07-fact-check"] = [
    [S("Fact check: No, Ukraine did not say 30,000 North Korean soldiers died in Kursk", restates="h07-post")],
    [S("A post shared more than 40,000 times on X since Sunday claims that \u2018Ukraine admits 30,000 North "
       "Korean soldiers killed in Kursk\u2019.",
       G("x-post", "A viral post on X (anonymous)", "", NK, KIA, P, REP, "exact", 30000, "30,000", "cumulative",
         notes="the post attributes the figure to Ukraine; the fact-check found no such Ukrainian statement and "
               "rates it false"),
       label="h07-post")],
    [S("We found no such figure in any statement by Ukraine's government, armed forces or intelligence services."),
     S("The post appears to garble a 12 May briefing by Ukraine's military intelligence agency, the GUR, which "
       "said that some 3,000 North Korean soldiers had been killed and about 3,300 wounded since the deployment "
       "began.",
       G("ua-gur", GUR, "", NK, KIA, P, REP, "approximate", 3000, "some 3,000", "cumulative"),
       G("ua-gur", GUR, "", NK, WIA, P, REP, "approximate", 3300, "about 3,300", "cumulative"),
       label="h07-gur"),
     S("Added together, that makes roughly 6,300 killed or wounded, still barely a fifth of the number in the post.",
       G("author", "The fact-checker's own voice", "", NK, KW, P, REP, "approximate", 6300, "roughly 6,300",
         "cumulative", derived="h07-gur", notes="sum of the GUR's killed and wounded figures"))],
    [S("South Korea's National Intelligence Service, in its most recent public estimate, put North Korean "
       "casualties at about 4,700, including around 600 deaths.",
       G("kr-nis", NIS, "", NK, CAS, P, REP, "approximate", 4700, "about 4,700", "cumulative"),
       G("kr-nis", NIS, "", NK, KIA, P, REP, "approximate", 600, "around 600", "cumulative")),
     S("The 30,000 figure may instead come from a forecast: Western officials have said that up to 30,000 North "
       "Korean troops could be rotated through Russia by the end of the year.",
       G("western-officials", WEST, "", NK, "deployed", P, PROJ, "at_most", 30000, "up to 30,000", "stock",
         notes="forecast of troops to be rotated through by year end"))],
    [S("The video attached to the post, viewed 1.2 million times, was filmed in 2023 during an exercise in "
       "Russia's Belgorod region, a reverse image search shows.", trap="view count and a year")],
    [S("Fighting in the Kursk region has killed thousands of soldiers on both sides since August 2024, but no "
       "government has published figures close to the one in the post.",
       G("author", "The fact-checker's own voice", "", "both_sides", KIA, P, REP, "vague", (2000, 9999),
         "thousands", "cumulative"))],
    [S("Verdict: False.")],
]

# ---------------------------------------------------------------- h08: parliamentary hearing report
DOCS_SPEC["h08-parliament-hearing"] = [
    [S("Defence Committee: Minister questioned on North Korea's role in Russia's war")],
    [S("Committee news, 26 November 2025", trap="stand-alone date line")],
    [S("The Armed Forces Minister, Rachel Pryor, told the Commons Defence Committee on Tuesday that North Korea "
       "had now sent about 14,000 troops to Russia, including roughly 3,000 who arrived after Ukrainian forces "
       "were pushed out of the Kursk region in the spring.",
       G("uk-minister-pryor", PRYOR, "", NK, "deployed", P, REP, "approximate", 14000, "about 14,000", "stock",
         notes="all troops sent to date"),
       G("uk-minister-pryor", PRYOR, "", NK, "deployed", P, REP, "approximate", 3000, "roughly 3,000", "stock",
         notes="later arrivals, part of the 14,000"))],
    [S("She said American, British and South Korean officials now assessed that more than 6,000 North Korean "
       "soldiers had been killed or wounded since the first units entered combat last December.",
       G("us-officials", "US officials (unnamed)", PRYOR, NK, KW, P, REP, "more_than", 6000, "more than 6,000",
         "cumulative"),
       G("uk-officials", "British officials (unnamed)", PRYOR, NK, KW, P, REP, "more_than", 6000,
         "more than 6,000", "cumulative"),
       G("kr-officials", "South Korean officials (unnamed)", PRYOR, NK, KW, P, REP, "more_than", 6000,
         "more than 6,000", "cumulative")),
     S("She put the number killed at around 2,000, citing UK Defence Intelligence.",
       G("uk-defence-intelligence", "UK Defence Intelligence", PRYOR, NK, KIA, P, REP, "approximate", 2000,
         "around 2,000", "cumulative"))],
    [S("The committee chair, Sir Alan Westbury, asked whether press reports that North Korea had lost \u2018nearly "
       "500\u2019 men in a single night near the village of Dolgy Log in February were accurate.",
       G("press-reports", "Press reports (unnamed)", "Sir Alan Westbury, committee chair", NK, CAS, P, REP,
         "vague", (450, 499), "nearly 500", "incident",
         notes="raised in a question; not confirmed by the minister")),
     S("The minister said she could not confirm that figure, but that losses in that engagement had been "
       "\u2018very heavy\u2019.",
       G("uk-minister-pryor", PRYOR, "", NK, CAS, P, REP, "none", None, "very heavy", "incident"))],
    [S("Lt Gen Sir Marcus Threlfall, the Chief of Defence Intelligence, said Russian losses across the whole war "
       "were running at about 1,000 a day in October, or roughly 30,000 a month.",
       G("uk-defence-intelligence", THRELFALL, "", RU, CAS, "people_per_day", REP, "approximate", 1000,
         "about 1,000 a day", "period", notes="area=whole_war"),
       G("uk-defence-intelligence", THRELFALL, "", RU, CAS, "people_per_month", REP, "approximate", 30000,
         "roughly 30,000 a month", "period", notes="area=whole_war")),
     S("\u2018On current trends, Russia will lose another 100,000 killed or wounded by the middle of 2026,\u2019 "
       "he told MPs.",
       G("uk-defence-intelligence", THRELFALL, "", RU, KW, P, PROJ, "exact", 100000, "another 100,000", "period",
         notes="area=whole_war; additional losses by mid-2026; 'on current trends' is not an if/unless"))],
    [S("Ukraine's human rights ombudsman has listed roughly 400 Ukrainian soldiers as missing from the Kursk "
       "operation, he added.",
       G("ua-ombudsman", "Ukraine's human rights ombudsman", THRELFALL, UA, "missing", P, REP, "approximate", 400,
         "roughly 400", "cumulative"))],
    [S("Pryor told MPs that if Pyongyang kept to its current pattern of rotations, a further 6,000 troops could "
       "be sent to Russia before the end of 2026, mostly engineers and deminers.",
       G("uk-minister-pryor", PRYOR, "", NK, "deployed", P, COND, "exact", 6000, "a further 6,000", "stock",
         notes="forecast of additional troops"))],
    [S("The UK has committed \u00a34.5 billion in military aid to Ukraine this year, including 100,000 drones, the "
       "minister said.", trap="money and drone count"),
     S("The session lasted almost three hours, and part of it was held in private.", trap="duration")],
]

# ---------------------------------------------------------------- derived structures
DOCS = {fid: [[s.text for s in para] for para in paras] + [[FOOTER]]
        for fid, paras in DOCS_SPEC.items()}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def text_of(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            r"hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|fifth|first|second|once|"
            r"twice|single|double|triple|several")
NUM_RE = re.compile(r"\d|\b(%s)\b" % NUMWORDS, re.I)

ALLOWED = {
    "whose": {"north_korean", "russian", "russian_and_north_korean", "ukrainian", "south_korean", "both_sides",
              "unspecified"},
    "measure": {"killed", "wounded", "killed_or_wounded", "missing", "captured", "killed_or_captured",
                "killed_or_missing", "killed_wounded_or_missing", "killed_wounded_missing_or_captured",
                "casualties_unspecified", "deployed"},
    "counted": {"people", "people_per_day", "people_per_week", "people_per_month", "percent_of_force",
                "platoons", "companies", "battalions", "brigades"},
    "modality": {"reported", "projected", "conditional"},
    "qual": {"exact", "approximate", "more_than", "at_least", "fewer_than", "at_most", "range", "vague", "none"},
    "scope": {"incident", "period", "cumulative", "stock", "unspecified"},
}


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    gold, traps = [], []
    for fid, paras in DOCS_SPEC.items():
        text = text_of(fid)
        nwords = len(text.split())
        assert 220 <= nwords <= 420, (fid, nwords)
        assert text.rstrip("\n").split("\n")[-1] == FOOTER
        labels = {s.label: s.text for para in paras for s in para if s.label}
        fname = "texts/%s.txt" % fid
        with open(os.path.join(ROOT, fname), "w", encoding="utf-8") as fh:
            fh.write(text)
        for para in paras:
            for s in para:
                assert not (s.rows and (s.trap or s.restates)), s.text
                if s.restates:
                    traps.append([fname, s.text, "headline restates: " + labels[s.restates]])
                elif s.trap:
                    assert NUM_RE.search(s.text), ("trap without number", s.text)
                    traps.append([fname, s.text, s.trap])
                elif not s.rows:
                    assert not NUM_RE.search(s.text), ("unclassified numeric sentence", fid, s.text)
                for r in s.rows:
                    assert r.whose in ALLOWED["whose"] and r.measure in ALLOWED["measure"], r.cid
                    assert r.counted in ALLOWED["counted"] and r.modality in ALLOWED["modality"], r.cid
                    assert r.qual in ALLOWED["qual"] and r.scope in ALLOWED["scope"], r.cid
                    assert r.caw in s.text, (r.caw, s.text)
                    if r.measure == "deployed":
                        assert r.scope == "stock"
                    lo, best, hi = r.bounds()
                    gold.append([fname, s.text, r.cid, r.cname, r.relay, r.whose, r.measure, r.counted,
                                 r.modality, r.qual, fmt(lo), fmt(best), fmt(hi), r.caw, r.scope,
                                 labels[r.derived] if r.derived else "", r.notes])
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(GOLD_HEADER)
        w.writerows(gold)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(TRAP_HEADER)
        w.writerows(traps)
    print("texts=%d gold=%d traps=%d" % (len(DOCS), len(gold), len(traps)))
    for fid in DOCS:
        print(fid, len(text_of(fid).split()), "words")


if __name__ == "__main__":
    main()
