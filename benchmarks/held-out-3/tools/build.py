#!/usr/bin/env python3
"""Build the held-out-3 curated set: texts/*.txt, gold.csv, traps.csv.

Every sentence is typed once, in RAW.  A sentence is either a plain string
(no number, nothing to record), or an S(...) object carrying its gold rows
and/or its trap reason.  DOCS and sentences() are derived from RAW.
All texts, names, figures and quotes are fabricated.
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


class S:
    def __init__(self, text, rows=(), trap=None, label=None, restates=None):
        self.text = text
        self.rows = list(rows)
        self.trap = trap          # why this numbered sentence is not a claim
        self.label = label        # so other sentences can refer to it
        self.restates = restates  # headline restating the body sentence with this label


def R(cid, cname, relay, whose, measure, qualifier, caw, scope, low="", best="",
      high="", counted_in="people", modality="reported", derived=None, notes=""):
    return dict(claimant_id=cid, claimant_name=cname, relay_names=relay,
                whose_losses=whose, measure=measure, counted_in=counted_in,
                modality=modality, qualifier=qualifier, low=low, best=best,
                high=high, count_as_written=caw, scope=scope,
                derived=derived, notes=notes)


# claimant names used more than once
NIS = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
GUR = ("ua-gur", "Ukraine's military intelligence agency (GUR)")
RUMOD = ("ru-mod", "Russian Defence Ministry")
UAGS = ("ua-general-staff", "General Staff of the Armed Forces of Ukraine")
YOON = "Rep. Yoon Ha-jun > Yonhap"
UKDI = ("author", "UK Defence Intelligence (the update's own voice)")
LIVE = ("author", "The live blog's own voice (outlet not named)")
TT = ("author", "The commentary's authors, Helena Marsh and Seo Jae-won")
VAS = ("ua-vasylenko", "Maj. Oleh Vasylenko, drone battalion commander, 219th Separate Assault Brigade (Ukraine)")
ASH = ("us-usfk", "Gen. Robert Ashford, commander of U.S. Forces Korea")

RAW = {}

# ---------------------------------------------------------------- t01 wire
RAW["t01-wire-nis-briefing"] = [
    [S("N. Korean casualties in Russia's Kursk rise to around 3,600: NIS", restates="t01-lead")],
    [S("SEOUL, Feb. 13 (Yonhap) -- North Korea has suffered around 3,600 casualties among the troops it sent to fight in Russia's Kursk region, including nearly 600 killed, South Korea's spy agency said Thursday, according to a lawmaker who attended a closed-door briefing.",
       label="t01-lead", rows=[
           R(*NIS, YOON, "north_korean", "casualties_unspecified", "approximate", "around 3,600", "cumulative", best=3600),
           R(*NIS, YOON, "north_korean", "killed", "vague", "nearly 600", "cumulative", low=540, high=599),
       ])],
    [S("Rep. Yoon Ha-jun of the parliamentary intelligence committee told reporters that the National Intelligence Service (NIS) put the number of wounded at about 3,000, and said the casualty rate had risen sharply after the North's units were thrown into assaults in early January.",
       rows=[R(*NIS, YOON, "north_korean", "wounded", "approximate", "about 3,000", "cumulative", best=3000)])],
    [S("The NIS estimated the original deployment at around 11,000 troops and believes Pyongyang sent an additional 1,500 soldiers in January and early February to make up for the losses, Yoon said.",
       rows=[
           R(*NIS, YOON, "north_korean", "deployed", "approximate", "around 11,000 troops", "stock", best=11000),
           R(*NIS, YOON, "north_korean", "deployed", "exact", "an additional 1,500 soldiers", "stock", low=1500, best=1500, high=1500,
             notes="reinforcements already sent, on top of the original deployment"),
       ]),
     S("The agency expects the North to dispatch more troops, possibly as many as 3,000, before the spring thaw, he added.",
       rows=[R(*NIS, YOON, "north_korean", "deployed", "at_most", "as many as 3,000", "stock", high=3000, modality="projected",
               notes="forecast of additional troops")])],
    ["According to the NIS, the North Korean soldiers have been used as assault infantry with little armour or artillery support, leaving them exposed to Ukrainian drones."],
    [S("It said the units had been spread across at least 12 villages along a roughly 40-kilometer stretch of the front line.",
       trap="count of villages and a distance; not a loss or troop count")],
    [S("Separately, Ukraine's military intelligence agency said on its Telegram channel Wednesday that North Korean forces had lost up to a battalion in three days of fighting around the village of Nikolskoye-Pole.",
       rows=[R(*GUR, "Yonhap", "north_korean", "casualties_unspecified", "at_most", "up to a battalion", "period", high=1, counted_in="battalions")]),
     S("Kyiv has claimed that total North Korean casualties exceed 4,000, a figure that Seoul has not confirmed.",
       rows=[R("ua-officials", "Ukrainian officials (\"Kyiv\")", "Yonhap", "north_korean", "casualties_unspecified", "more_than", "exceed 4,000", "cumulative", low=4000)])],
    [S("South Korea's military has separately estimated that the North has shipped some 150 self-propelled guns and more than 8 million rounds of artillery ammunition to Russia since August 2023.",
       trap="equipment and ammunition counts, a year")],
    ["Yoon said the NIS had also detected signs that Pyongyang was preparing a memorial ceremony for the dead, the clearest sign yet that the regime is ready to acknowledge the deployment's cost."],
    ["(END)"],
]

# ---------------------------------------------------------------- t02 official bulletin
RAW["t02-defence-bulletin"] = [
    ["Defence Intelligence update: the Kursk region"],
    [S("14 March 2025", trap="stand-alone date line")],
    [S("Over the past seven days, Russian forces in Kursk Oblast have almost certainly sustained an average of about 180 casualties per day as they attempt to expel the remaining Ukrainian units from the region.",
       rows=[R(*UKDI, "", "russian", "killed_wounded_missing_or_captured", "approximate", "about 180 casualties per day", "period", best=180,
               counted_in="people_per_day", notes="measure from the update's own definition of casualties (final note)")])],
    [S("Defence Intelligence assesses that roughly a third of the North Korean contingent, which numbered around 11,000 personnel when it arrived in the autumn of 2024, has now become casualties.",
       rows=[
           R(*UKDI, "", "north_korean", "killed_wounded_missing_or_captured", "approximate", "roughly a third", "cumulative", best=33.33,
             counted_in="percent_of_force", notes="measure from the update's own definition of casualties"),
           R(*UKDI, "", "north_korean", "deployed", "approximate", "around 11,000 personnel", "stock", best=11000,
             notes="initial size of the contingent"),
       ])],
    [S("It is highly likely that at least 1,000 North Korean personnel have been killed or are missing, many of them in massed infantry assaults across open ground near the settlement of Zelenyi Bor.",
       rows=[R(*UKDI, "", "north_korean", "killed_or_missing", "at_least", "at least 1,000", "cumulative", low=1000)])],
    ["North Korean units have likely adapted since January, moving in smaller groups and using their own drones, but they remain poorly integrated with Russian command structures.",
     "Pyongyang has almost certainly been paid for the deployment in oil, cash and military technology."],
    [S("Ukrainian forces have also taken heavy losses while holding a shrinking salient, which Defence Intelligence estimates has contracted to under 400 square kilometres from a peak of around 1,300 square kilometres in August 2024.",
       rows=[R(*UKDI, "", "ukrainian", "casualties_unspecified", "none", "heavy losses", "unspecified",
               notes="the square-kilometre figures are area, not losses")])],
    [S("If the current tempo of assaults continues, North Korean casualties are likely to exceed 5,000 by the end of April.",
       rows=[R(*UKDI, "", "north_korean", "killed_wounded_missing_or_captured", "more_than", "exceed 5,000", "cumulative", low=5000,
               modality="conditional", notes="projected running total; measure from the update's definition")])],
    [S("Russia has likely lost more than 150 armoured vehicles in the Kursk sector since January, together with several thousand uncrewed aerial vehicles.",
       trap="equipment losses (vehicles, drones), not personnel")],
    [S("Across all fronts, Defence Intelligence estimates that total Russian casualties since February 2022 now stand at around 870,000.",
       rows=[R(*UKDI, "", "russian", "killed_wounded_missing_or_captured", "approximate", "around 870,000", "cumulative", best=870000,
               notes="area=whole_war; measure from the update's definition")])],
    ["Note: casualties in this update refer to personnel killed, wounded, missing or captured."],
]

# ---------------------------------------------------------------- t03 live blog
BRIG95 = ("ua-95th-brigade", "95th Polissia Airborne Assault Brigade (Ukraine)")
RAW["t03-live-blog"] = [
    [S("Russia-Ukraine war live: Kyiv says hundreds of North Korean troops killed in Kursk counterattack",
       rows=[R(*LIVE, "", "north_korean", "killed", "vague", "hundreds", "incident", low=200, high=999, derived="t03-312",
               notes="headline's own rounding of the brigade's 312")])],
    [S("08.41 GMT", trap="stand-alone time stamp")],
    [S("Ukraine's 95th Polissia Airborne Assault Brigade says its paratroopers killed 312 North Korean soldiers and captured two more during a two-day counterattack near the village of Bilyi Kolodiaz.",
       label="t03-312", rows=[
           R(*BRIG95, "", "north_korean", "killed", "exact", "312", "incident", low=312, best=312, high=312,
             notes="a single two-day counterattack treated as one incident"),
           R(*BRIG95, "", "north_korean", "captured", "exact", "two more", "incident", low=2, best=2, high=2),
       ]),
     S("The brigade posted drone footage on Telegram that it said showed at least 40 bodies in a tree line; we have not been able to independently verify the video.",
       rows=[R(*BRIG95, "", "north_korean", "killed", "at_least", "at least 40 bodies", "incident", low=40,
               notes="bodies visible in the footage, presumably part of the 312")])],
    [S("09.27 GMT", trap="stand-alone time stamp")],
    [S("Russia's defence ministry claims Ukraine lost more than 250 servicemen in the Kursk direction over the past 24 hours, along with three tanks and 11 pickup trucks.",
       rows=[R(*RUMOD, "", "ukrainian", "casualties_unspecified", "more_than", "more than 250 servicemen", "period", low=250,
               notes="tanks and trucks in the same sentence are equipment")]),
     "Moscow's daily figures cannot be independently checked and are widely seen as inflated."],
    [S("10.02 GMT", trap="stand-alone time stamp")],
    [S("A US official has told Reuters that North Korean casualties in Kursk reached 'several hundred' in the past week alone, calling the estimate conservative.",
       rows=[R("us-officials", "A US official (unnamed)", "Reuters", "north_korean", "casualties_unspecified", "vague", "several hundred", "period", low=300, high=999)]),
     S("The official said Pyongyang's troops were crossing snowfields up to 50 centimetres deep on foot, which made them easy targets for drones.",
       trap="snow depth, not a loss")],
    [S("11.15 GMT", trap="stand-alone time stamp")],
    [S("Ukraine's general staff says Russian and North Korean forces together lost about 900 troops in the Kursk region on Saturday.",
       rows=[R(*UAGS, "", "russian_and_north_korean", "casualties_unspecified", "approximate", "about 900 troops", "period", best=900,
               notes="a single stated day")]),
     S("Separately, it puts Russia's total losses since the start of the full-scale invasion at 980,000, a figure that counts both the killed and the wounded.",
       rows=[R(*UAGS, "", "russian", "killed_or_wounded", "exact", "980,000", "cumulative", low=980000, best=980000, high=980000,
               notes="area=whole_war; the text defines the losses as killed and wounded")])],
    [S("12.30 GMT", trap="stand-alone time stamp")],
    [S("Monitors at the Kursk Casualty Project, a volunteer group that counts obituaries and funeral notices, say at least 1,900 soldiers from both sides have died around the town of Sudzha since New Year's Day.",
       rows=[R("kursk-casualty-project", "Kursk Casualty Project (volunteer monitoring group)", "", "both_sides", "killed", "at_least", "at least 1,900", "cumulative", low=1900,
               notes="running total from a stated start date; curator chose cumulative")]),
     S("The group's founder, a 29-year-old former schoolteacher, told us it had checked more than 4,000 online records before removing duplicates.",
       trap="an age and a count of records checked, not a loss figure")],
    [S("13.05 GMT", trap="stand-alone time stamp")],
    [S("Kyiv says it struck an ammunition depot 90km inside Russia's Belgorod region overnight using 18 long-range drones.",
       trap="distance and drone count")],
    [S("That's all from us for today; our live coverage will resume at 07.00 GMT tomorrow.", trap="clock time")],
]

# ---------------------------------------------------------------- t04 state media
TASSREL = "TASS"
RAW["t04-state-agency"] = [
    [S("Russian Defense Ministry: Ukraine loses over 1,500 troops in Kursk area in past week", restates="t04-lead")],
    [S("MOSCOW, March 9. /TASS/. Ukraine's armed forces lost more than 1,500 servicemen in the Kursk region over the past week, the Russian Defense Ministry said on Sunday.",
       label="t04-lead",
       rows=[R(*RUMOD, TASSREL, "ukrainian", "casualties_unspecified", "more_than", "more than 1,500 servicemen", "period", low=1500)])],
    [S("\"Over the past 24 hours, the enemy lost up to 210 servicemen, two tanks, four armored combat vehicles and a field artillery gun in the Kursk direction,\" the ministry said in its daily bulletin.",
       rows=[R(*RUMOD, TASSREL, "ukrainian", "casualties_unspecified", "at_most", "up to 210 servicemen", "period", high=210,
               notes="a count for a stated 24 hours, not a rate; tanks and vehicles are equipment")]),
     S("Units of the North group of forces inflicted heavy losses in manpower on the enemy near the settlements of Kositsa and Oleshnya, the ministry added.",
       rows=[R(*RUMOD, TASSREL, "ukrainian", "casualties_unspecified", "none", "heavy losses in manpower", "unspecified")])],
    [S("In total, Ukrainian losses in the Kursk region since the start of the incursion last August have exceeded 68,000 servicemen, according to the ministry.",
       rows=[R(*RUMOD, TASSREL, "ukrainian", "casualties_unspecified", "more_than", "exceeded 68,000 servicemen", "cumulative", low=68000)])],
    [S("Dozens of Ukrainian servicemen laid down their arms near the village of Kositsa on Saturday, the ministry said, citing the commander of a motorized rifle unit.",
       rows=[R("ru-unit-commander", "Commander of a Russian motorized rifle unit (unnamed)", "Russian Defence Ministry > TASS", "ukrainian", "captured", "vague", "Dozens", "incident", low=24, high=99,
               notes="surrender counted as captured")])],
    [S("Air defense systems also shot down 126 Ukrainian fixed-wing drones over the Kursk, Belgorod and Bryansk regions overnight, the ministry said.",
       trap="drones shot down, not personnel")],
    [S("Earlier, Maj. Gen. Ruslan Dakhaev, deputy commander of the North group, told the Rossiya-24 TV channel that the Ukrainian command had lost up to a company of its reserves over the weekend trying to break through to Sudzha.",
       rows=[R("ru-dakhaev", "Maj. Gen. Ruslan Dakhaev, deputy commander of Russia's North group of forces", "Rossiya-24 > TASS", "ukrainian", "casualties_unspecified", "at_most", "up to a company", "period", high=1,
               counted_in="companies")]),
     S("Dakhaev said the enemy was now losing \"at least 300 people a day\" across the Kursk direction, mostly to artillery and glide bombs.",
       rows=[R("ru-dakhaev", "Maj. Gen. Ruslan Dakhaev, deputy commander of Russia's North group of forces", "Rossiya-24 > TASS", "ukrainian", "casualties_unspecified", "at_least", "at least 300 people a day", "unspecified", low=300,
               counted_in="people_per_day", notes="current rate with no stated period")]),
     S("He said Russian troops had advanced 3 kilometers in the area over the past 48 hours.", trap="distance of an advance")],
    ["The Russian Defense Ministry does not disclose its own losses."],
    [S("The Kyiv regime's incursion into the Kursk region began on August 6, 2024.", trap="background date")],
]

# ---------------------------------------------------------------- t05 think tank
RAW["t05-think-tank-commentary"] = [
    ["North Korea in Kursk: Costs, Adaptation and What Comes Next"],
    ["Helena Marsh and Seo Jae-won"],
    [S("Commentary | 2 May 2025", trap="stand-alone date line")],
    [S("Drawing on Ukrainian, South Korean and Western estimates, we assess that North Korea has sustained between 4,000 and 5,500 casualties since its troops entered combat in the Kursk region in December 2024.",
       rows=[R(*TT, "", "north_korean", "casualties_unspecified", "range", "between 4,000 and 5,500", "cumulative", low=4000, high=5500)]),
     S("Because the assaults have been carried out mainly by the contingent's roughly 6,000 infantrymen, we judge that those units had lost nearly half of their strength killed or wounded by late February.",
       rows=[
           R(*TT, "", "north_korean", "deployed", "approximate", "roughly 6,000 infantrymen", "stock", best=6000,
             notes="the assault infantry only, not the whole contingent"),
           R(*TT, "", "north_korean", "killed_or_wounded", "approximate", "nearly half", "cumulative", best=50,
             counted_in="percent_of_force", notes="share of the infantry units, not of the whole contingent"),
       ])],
    [S("American, British and South Korean officials have offered lower numbers, generally in the range of 3,000 to 4,000 casualties.",
       rows=[
           R("us-officials", "American officials (unnamed)", "", "north_korean", "casualties_unspecified", "range", "3,000 to 4,000", "cumulative", low=3000, high=4000),
           R("uk-officials", "British officials (unnamed)", "", "north_korean", "casualties_unspecified", "range", "3,000 to 4,000", "cumulative", low=3000, high=4000),
           R("kr-officials", "South Korean officials (unnamed)", "", "north_korean", "casualties_unspecified", "range", "3,000 to 4,000", "cumulative", low=3000, high=4000),
       ]),
     S("Ukraine's General Staff, which publishes the most aggressive figures, has claimed that some 2,000 North Korean soldiers have been killed.",
       rows=[R(*UAGS, "", "north_korean", "killed", "approximate", "some 2,000", "cumulative", best=2000)])],
    [S("Russian units fighting alongside them have suffered heavy losses of their own, though no credible public figure exists.",
       rows=[R(*TT, "", "russian", "casualties_unspecified", "none", "heavy losses", "unspecified")]),
     S("Ukraine, for its part, has almost certainly lost thousands of troops killed or wounded in the Kursk operation.",
       rows=[R(*TT, "", "ukrainian", "killed_or_wounded", "vague", "thousands", "cumulative", low=2000, high=9999)])],
    [S("At the current rate of roughly 1,000 casualties a month, North Korean losses would reach 8,000 by the end of the summer.",
       rows=[
           R(*TT, "", "north_korean", "casualties_unspecified", "approximate", "roughly 1,000 casualties a month", "unspecified", best=1000,
             counted_in="people_per_month", notes="current rate with no stated period"),
           R(*TT, "", "north_korean", "casualties_unspecified", "exact", "8,000", "cumulative", low=8000, best=8000, high=8000,
             modality="projected", notes="projected running total; 'at the current rate' is not an if/unless clause"),
       ]),
     S("If Pyongyang sends a second echelon, we would expect a further 3,000 to 4,000 casualties by December unless its units adopt Russian small-group tactics.",
       rows=[R(*TT, "", "north_korean", "casualties_unspecified", "range", "a further 3,000 to 4,000", "period", low=3000, high=4000,
               modality="conditional", notes="additional losses to a stated horizon")]),
     S("South Korea's intelligence service has said such a rotation could involve as many as 15,000 troops.",
       rows=[R(*NIS, "", "north_korean", "deployed", "at_most", "as many as 15,000 troops", "stock", high=15000, modality="projected",
               notes="forecast of additional troops")])],
    [S("Interrogation videos released by Kyiv, featuring soldiers aged 20 and 26, suggest that many recruits were told they were going to training exercises.",
       trap="ages of prisoners, not a count")],
    [S("North Korea has also shipped an estimated 12,000 containers of munitions to Russia, worth perhaps $5.5 billion, according to our analysis of satellite imagery of the port of Rajin.",
       trap="containers and money")],
    [S("All these figures should be treated with caution: casualty reporting is politically motivated on every side, and our own range carries a margin of error of perhaps 20 percent.",
       trap="a margin of error, not a loss figure")],
]

# ---------------------------------------------------------------- t06 interview
MER = "The Meridian"
RAW["t06-interview-commander"] = [
    ["'They came in waves': a Ukrainian drone commander on fighting North Koreans in Kursk"],
    [S("Maj. Oleh Vasylenko, 34, commands a drone battalion in Ukraine's 219th Separate Assault Brigade, which spent five months in Russia's Kursk region.",
       trap="age, unit number and a duration"),
     S("He spoke to The Meridian by video link from a command post in the Sumy region on April 2; the interview has been edited for length.",
       trap="date of the interview")],
    ["How many North Korean soldiers did your brigade face?"],
    [S("At the peak, in January, we estimated there were up to two brigades of them in our sector, maybe 5,000 or 6,000 men.",
       rows=[
           R(*VAS, MER, "north_korean", "deployed", "range", "maybe 5,000 or 6,000 men", "stock", low=5000, high=6000,
             notes="'up to two brigades' is the same stock in formations; deployed figures are recorded in people only"),
       ])],
    ["What losses did they take?"],
    [S("Enormous losses, especially in the first weeks.",
       rows=[R(*VAS, MER, "north_korean", "casualties_unspecified", "none", "Enormous losses", "unspecified")]),
     S("On one day in December our drones alone killed 87 of them near Kremyanoe, and I think in our sector they lost at least a third of the people they brought.",
       rows=[
           R(*VAS, MER, "north_korean", "killed", "exact", "87", "incident", low=87, best=87, high=87),
           R(*VAS, MER, "north_korean", "casualties_unspecified", "at_least", "at least a third", "cumulative", low=33.33,
             counted_in="percent_of_force", notes="share of the force in his sector"),
       ]),
     S("By March they were losing maybe 30 or 40 a day, down from more than 100 a day in December.",
       rows=[
           R(*VAS, MER, "north_korean", "casualties_unspecified", "range", "maybe 30 or 40 a day", "period", low=30, high=40, counted_in="people_per_day"),
           R(*VAS, MER, "north_korean", "casualties_unspecified", "more_than", "more than 100 a day", "period", low=100, counted_in="people_per_day"),
       ])],
    ["Did you take prisoners?"],
    ["Very few, because they were ordered to blow themselves up rather than be taken.",
     S("Our brigade took three prisoners in five months.",
       rows=[R(*VAS, MER, "north_korean", "captured", "exact", "three prisoners", "period", low=3, best=3, high=3)])],
    ["And the Russians?"],
    [S("The Russians sent the Koreans in as the first wave and followed with their own assault groups; in a single week in March we counted more than 200 Russian dead in front of our positions.",
       rows=[R(*VAS, MER, "russian", "killed", "more_than", "more than 200 Russian dead", "period", low=200)])],
    ["What about your own losses?"],
    [S("I will not give a number, but we had serious losses too, and four of my pilots are still listed as missing.",
       rows=[
           R(*VAS, MER, "ukrainian", "casualties_unspecified", "none", "serious losses", "unspecified"),
           R(*VAS, MER, "ukrainian", "missing", "exact", "four of my pilots", "cumulative", low=4, best=4, high=4),
       ])],
    ["How did the North Koreans adapt?"],
    [S("We were flying 300 to 400 drone sorties a day, and within about three weeks they had learned to shoot back at them with shotguns.",
       trap="drone sorties and a duration"),
     "Now they move in small groups and wait for the fog."],
]

# ---------------------------------------------------------------- t07 fact-check
RAW["t07-fact-check"] = [
    [S("Fact check: No, Ukraine has not said 30,000 North Korean soldiers were killed in Kursk", restates="t07-post")],
    ["Verdict: False"],
    [S("A post shared more than 40,000 times on X since Tuesday reads: 'Ukraine confirms 30,000 North Korean soldiers killed in Kursk.'",
       label="t07-post",
       rows=[R("viral-post-x", "An anonymous post on X", "", "north_korean", "killed", "exact", "30,000", "cumulative", low=30000, best=30000, high=30000,
               notes="the claim the fact-check rates false; the post attributes it to Ukraine, which did not make it; 40,000 is a share count")])],
    [S("Ukraine's military intelligence agency, the GUR, has published no such figure; its most recent estimate, released on March 3, put North Korean losses at 'about 4,700 killed and wounded.'",
       rows=[R(*GUR, "", "north_korean", "killed_or_wounded", "approximate", "about 4,700 killed and wounded", "cumulative", best=4700)]),
     S("A GUR spokesman, Capt. Andrii Bondar, told us by phone that the agency's count of North Korean soldiers killed in action stood at 'fewer than 1,500.'",
       rows=[R("ua-gur", "Capt. Andrii Bondar, spokesman of Ukraine's military intelligence (GUR)", "", "north_korean", "killed", "fewer_than", "fewer than 1,500", "cumulative", high=1500)])],
    [S("The entire North Korean deployment is much smaller than that: South Korea's National Intelligence Service has estimated it at about 11,000 troops in the initial rotation, plus roughly 3,000 reinforcements sent early this year.",
       rows=[
           R(*NIS, "", "north_korean", "deployed", "approximate", "about 11,000 troops", "stock", best=11000),
           R(*NIS, "", "north_korean", "deployed", "approximate", "roughly 3,000 reinforcements", "stock", best=3000,
             notes="reinforcements already sent"),
       ]),
     S("The 30,000 figure appears to come from a Telegram post by a Russian military blogger, who wrote in January that North Korea 'could send up to 30,000 more' troops by the summer.",
       rows=[R("ru-milblogger", "A Russian military blogger on Telegram (unnamed)", "", "north_korean", "deployed", "at_most", "up to 30,000 more", "stock", high=30000,
               modality="projected", notes="forecast of additional troops, later misread as a death toll; the sentence's opening 30,000 refers back to the viral post")])],
    [S("The image attached to the viral post shows a 2019 military parade in Pyongyang, not a battlefield.", trap="year of a photograph")],
    [S("Casualty claims about Kursk are routinely inflated online, and official figures are hard to check as well: the Russian Defence Ministry's claim of 'more than 76,000' Ukrainian losses in the region, for example, cannot be verified.",
       rows=[R(*RUMOD, "", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000", "cumulative", low=76000)]),
     "Ukraine has not released a figure for its own losses in Kursk."],
    [S("This article was published on March 21, 2025, and updated on March 24 to add the GUR spokesman's comment.", trap="publication dates")],
]

# ---------------------------------------------------------------- t08 hearing
RAW["t08-senate-hearing"] = [
    ["Senate Armed Services Committee: hearing on North Korea's role in Russia's war (excerpt)"],
    [S("Tuesday, April 29, 2025", trap="stand-alone date line")],
    ["Witness: Gen. Robert Ashford, commander, U.S. Forces Korea"],
    ["SEN. MARGARET COLE (D-Ore.): General, can you give the committee your best estimate of North Korean losses in the Kursk region?"],
    [S("GEN. ROBERT ASHFORD: Senator, our assessment is that North Korea has suffered roughly 5,000 casualties there, of which about 1,200 were killed.",
       rows=[
           R(*ASH, "", "north_korean", "casualties_unspecified", "approximate", "roughly 5,000 casualties", "cumulative", best=5000),
           R(*ASH, "", "north_korean", "killed", "approximate", "about 1,200", "cumulative", best=1200),
       ]),
     S("We also assess that Pyongyang has sent a further 2,000 to 3,000 troops since January, bringing its presence in Russia to around 14,000.",
       rows=[
           R(*ASH, "", "north_korean", "deployed", "range", "a further 2,000 to 3,000 troops", "stock", low=2000, high=3000,
             notes="reinforcements already sent"),
           R(*ASH, "", "north_korean", "deployed", "approximate", "around 14,000", "stock", best=14000),
       ]),
     S("If current rates hold, we project North Korean casualties will pass 8,000 by the end of the year.",
       rows=[R(*ASH, "", "north_korean", "casualties_unspecified", "more_than", "pass 8,000", "cumulative", low=8000,
               modality="conditional", notes="projected running total")])],
    ["SEN. COLE: And Russian losses?"],
    [S("GEN. ASHFORD: Across the entire front, Russia is losing on the order of 1,000 to 1,200 soldiers killed or wounded every day, and I have no reason to think the Kursk sector is any less intense.",
       rows=[R(*ASH, "", "russian", "killed_or_wounded", "range", "on the order of 1,000 to 1,200 soldiers killed or wounded every day", "unspecified",
               low=1000, high=1200, counted_in="people_per_day", notes="area=whole_war; current rate across all fronts")])],
    [S("SEN. DAVID PRUITT (R-Tex.): The Pentagon's spokesman said last month that a tenth of the North Korean force had been killed or captured.",
       label="t08-tenth",
       rows=[R("us-dod", "The Pentagon's spokesman (US Department of Defense)", "Sen. David Pruitt", "north_korean", "killed_or_captured", "exact", "a tenth", "cumulative",
               low=10, best=10, high=10, counted_in="percent_of_force")]),
     "Do you stand by that?"],
    [S("GEN. ASHFORD: I would say it is at least that, Senator.",
       rows=[R(*ASH, "", "north_korean", "killed_or_captured", "at_least", "at least that", "cumulative", low=10, counted_in="percent_of_force",
               notes="figure given by reference to the Pentagon's 'a tenth' in the previous question")])],
    [S("SEN. COLE: Ukrainian officials told this committee in February that their own losses in Kursk were under 5,000 killed and wounded.",
       rows=[R("ua-officials", "Ukrainian officials (unnamed)", "Sen. Margaret Cole", "ukrainian", "killed_or_wounded", "fewer_than", "under 5,000 killed and wounded", "cumulative", high=5000)])],
    [S("GEN. ASHFORD: Ukrainian losses in that operation have been significant, but I would defer to Kyiv on the numbers.",
       rows=[R(*ASH, "", "ukrainian", "casualties_unspecified", "none", "significant", "unspecified")]),
     S("In exchange for its troops, we believe Russia has given North Korea at least 12 air-defence batteries and about $1 billion in oil and cash.",
       trap="equipment and money")],
    [S("SEN. COLE: The committee will stand in recess for 10 minutes.", trap="a duration")],
]

# ---------------------------------------------------------------- derived structures
DOCS = {fid: [[(s.text if isinstance(s, S) else s) for s in para] for para in paras] + [[FOOTER]]
        for fid, paras in RAW.items()}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def _items(fid):
    return [s if isinstance(s, S) else S(s) for para in RAW[fid] for s in para]


NUMBER_RE = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|tenth)\b", re.I)


def build():
    labels = {}
    for fid in RAW:
        for it in _items(fid):
            if it.label:
                labels[it.label] = it.text
    gold, traps = [], []
    for fid in RAW:
        path = "texts/%s.txt" % fid
        text = "\n\n".join(" ".join(p) for p in DOCS[fid]) + "\n"
        n = len(text.split())
        assert 220 <= n <= 420, (fid, n)
        with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
            f.write(text)
        for it in _items(fid):
            if it.restates:
                traps.append([path, it.text, "headline restates: " + labels[it.restates]])
            elif it.trap:
                assert not it.rows
                traps.append([path, it.text, it.trap])
            elif not it.rows:
                assert not NUMBER_RE.search(it.text), ("unrecorded number", fid, it.text)
            for r in it.rows:
                d = labels[r["derived"]] if r["derived"] else ""
                gold.append([path, it.text] + [r[k] for k in GOLD_HEADER[2:15]] + [d, r["notes"]])
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(GOLD_HEADER)
        w.writerows(gold)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "sentence", "why"])
        w.writerows(traps)
    print("texts %d, gold rows %d, trap rows %d" % (len(RAW), len(gold), len(traps)))


if __name__ == "__main__":
    build()
