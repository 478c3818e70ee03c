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


# ---------------------------------------------------------------- d01
# Press-conference transcript (Pentagon briefing), Q&A with reporters.
REP = "unnamed reporter"
d01 = [
    [S("DEPARTMENT OF DEFENSE PRESS BRIEFING: TRANSCRIPT (EXCERPT)"),
     S("Tuesday, February 11, 2025, 2:04 p.m. EST, Pentagon Briefing Room", trap="date and time of the briefing, not a loss figure")],
    [S("DEPUTY PRESS SECRETARY LAUREN OKAFOR: Good afternoon, everybody."),
     S("Our latest assessment is that North Korean forces in the Kursk region have suffered roughly 4,000 casualties since they entered the fight, and that figure is killed and wounded combined.", [
         R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "approximate", "roughly 4,000",
           "cumulative", best=4000, notes="the deputy press secretary speaks for the Pentagon; the sentence defines 'casualties' as killed and wounded combined; 'since they entered the fight' is a running total"),
     ]),
     S("Of those, we assess that several hundred were killed in a single week of assaults in late January.", [
         R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed", "vague", "several hundred",
           "period", low=300, high=999, notes="vague phrase; 'a single week ... in late January' is a stated window; part of the 4,000, not added to it"),
     ]),
     S("We also assess that roughly a third of the first wave that went in during December has been killed or wounded.", [
         R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "approximate", "roughly a third",
           "cumulative", counted_in="percent_of_force", best=33.33, notes="a share of the first wave, not a head count; never multiplied out"),
     ])],
    [S("Q: Lauren, the South Koreans said last week it was closer to 3,000. Why the gap?", [
         R("kr-officials", "South Korean officials (unnamed)", "north_korean", "casualties_unspecified", "approximate", "closer to 3,000",
           "cumulative", relays=REP, best=3000, notes="a reporter's question relays an unnamed South Korean figure; 'it' refers back to casualties, which the question does not define"),
     ]),
     S("OKAFOR: Different methodologies, different cut-off dates."),
     S("I'd point you to Seoul for their numbers.")],
    [S("Q: Seoul's spy agency told lawmakers the number of dead alone was about 300 as of last month.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "about 300",
           "cumulative", relays="South Korean lawmakers > " + REP, best=300, notes="'Seoul's spy agency' is the NIS; told lawmakers, passed on by a reporter's question"),
     ]),
     S("OKAFOR: I wouldn't dispute that."),
     S("Q: A follow-up on the 4,000: does that include the missing?", trap="question restating the briefer's own 4,000 figure; no new claim"),
     S("OKAFOR: It does not, and we don't have a missing number we're confident in.")],
    [S("Q: How many are they losing per day?"),
     S("OKAFOR: During the most intense stretch, we saw something on the order of 90 to 100 killed or wounded a day, and that has come down since.", [
         R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "range", "90 to 100",
           "period", counted_in="people_per_day", low=90, high=100, notes="a rate over 'the most intense stretch'; never multiplied into a total"),
     ]),
     S("Q: And the total deployed?"),
     S("OKAFOR: We continue to assess that about 11,000 to 12,000 DPRK troops are in the Kursk region.", [
         R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "deployed", "range", "about 11,000 to 12,000",
           "stock", low=11000, high=12000, notes="troops present, not a loss; 'about A to B' taken as a range"),
     ]),
     S("Roughly 1,000 more are in transit, and they are not in that count.", trap="troops in transit: neither present in Kursk nor lost")],
    [S("Q: Ukraine says it captured two more North Korean soldiers on Sunday. Can you confirm?", [
         R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "captured", "exact", "two",
           "incident", relays=REP, low=2, best=2, high=2, notes="'Ukraine says' names no body: Ukrainian officials; relayed by a reporter's question"),
     ]),
     S("OKAFOR: I can't confirm that from here."),
     S("Q: The Ukrainians also say they destroyed 14 Russian armoured vehicles near Sudzha this week.", trap="armoured vehicles destroyed: equipment, not people"),
     S("OKAFOR: I'll leave equipment tallies to them. Thanks, everybody.")],
]

# ---------------------------------------------------------------- d02
# Guardian-style long read.
d02_stand = S("Ukrainian and South Korean intelligence now say more than half of the contingent has been killed or wounded.", [
    R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "more_than", "more than half",
      "cumulative", counted_in="percent_of_force", low=50, notes="a list of claimants: one row for each; a share of the contingent"),
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed_or_wounded", "more_than", "more than half",
      "cumulative", counted_in="percent_of_force", low=50, notes="'South Korean intelligence' read as the NIS; same share as the Ukrainian row"),
])
d02 = [
    [S("The frozen fields of Kursk: how Pyongyang's soldiers learned to die for Moscow"),
     S("They arrived in the autumn of 2024, 12,000 strong.", [
         R("author", "The long read's own voice", "north_korean", "deployed", "exact", "12,000 strong",
           "stock", low=12000, best=12000, high=12000, notes="the writer's own voice; a round figure with no hedge word taken as exact"),
     ]),
     d02_stand],
    [S("On a grey morning in Pogrebki, 40km from the border, Oleksandr, 27, a drone operator with a Ukrainian assault brigade, scrolls through footage on a cracked phone.",
       trap="a distance and an age, no loss"),
     S("'We counted 63 North Korean bodies in one field after that assault,' he says, of a day in mid-December.", [
         R("ua-oleksandr-drone-operator", "Oleksandr, Ukrainian drone operator", "north_korean", "killed", "exact", "63",
           "incident", low=63, best=63, high=63, notes="a soldier speaking for himself takes his own id; 'Ukrainian' describes him, the dead are North Korean"),
     ]),
     S("His brigade says it killed about 200 North Koreans over four days that week, a figure this newspaper could not verify.", [
         R("ua-oleksandr-brigade", "Oleksandr's assault brigade (Ukraine, unnamed)", "north_korean", "killed", "approximate", "about 200",
           "period", best=200, notes="an unnamed unit takes an id of its own; 'over four days' is the stated period; may include the 63"),
     ])],
    [S("Moscow tells a different story."),
     S("Russia's defence ministry has claimed that Ukraine lost more than 60,000 troops in the Kursk operation, a number Kyiv calls 'pure fiction' and that Western officials believe is inflated several times over.", [
         R("ru-mod", "Ministry of Defence of Russia", "ukrainian", "casualties_unspecified", "more_than", "more than 60,000",
           "cumulative", low=60000, notes="cited only to be disputed: recorded under its claimant; 'lost' is undefined losses; Kyiv and Western officials give no figure"),
     ]),
     S("Ukraine's own figures for its losses in Kursk have never been published."),
     S("One battalion commander, who gave only his call sign, Hrim, said his unit's losses in the operation, by which he meant killed, wounded, missing and captured, came to 140 men.", [
         R("ua-hrim", "'Hrim', Ukrainian battalion commander", "ukrainian", "killed_wounded_missing_or_captured", "exact", "140",
           "cumulative", low=140, best=140, high=140, notes="a commander acknowledging his own side's losses; he defines 'losses' as all four components, so the measure is that combination"),
     ])],
    [S("The North Korean deployment is a different kind of secret."),
     S("In late February, South Korea's National Intelligence Service told a closed session of parliament that about 300 North Koreans had been killed and about 2,700 wounded, according to Pak Ji-hoon, a lawmaker who attended.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "about 300",
           "cumulative", relays="Pak Ji-hoon", best=300, notes="NIS briefing relayed by a lawmaker"),
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "wounded", "approximate", "about 2,700",
           "cumulative", relays="Pak Ji-hoon", best=2700, notes="second measure of the same sentence; never added to the killed"),
     ]),
     S("By April, Pak said, the agency had revised its count of the dead upward, to some 600.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "some 600",
           "cumulative", relays="Pak Ji-hoon", best=600, notes="a revised running total; supersedes the 300, both kept as claims of their dates"),
     ]),
     S("A soldier captured in January, who gave his age as 20, told Ukrainian interrogators that only 12 of the roughly 100 men in his company were still standing after a week.",
       trap="survivors and company strength, not a loss figure; never subtract"),
     S("He asked not to be sent home.")],
    [S("Across the whole front, a Western diplomat in Kyiv estimated, Russian and North Korean forces together were losing 1,200 to 1,500 men a day this spring, most of them Russian and most of them far from Kursk.", [
         R("western-diplomat-kyiv", "Western diplomat in Kyiv (unnamed)", "russian_and_north_korean", "casualties_unspecified", "range", "1,200 to 1,500",
           "period", counted_in="people_per_day", low=1200, high=1500, notes="whole front, not Kursk only; mixed count stays mixed; 'losing' undefined"),
     ]),
     S("In Kursk alone, he said, North Korean casualties could reach 8,000 by the end of the summer if Pyongyang kept sending infantry in waves.", [
         R("western-diplomat-kyiv", "Western diplomat in Kyiv (unnamed)", "north_korean", "casualties_unspecified", "exact", "8,000",
           "cumulative", modality="conditional", low=8000, best=8000, high=8000, notes="'could reach ... if' is an if-then: conditional, not reported"),
     ]),
     S("For Oleksandr the arithmetic is simpler: 'Every week there are fewer of them, and every week more arrive.'")],
]

# ---------------------------------------------------------------- d03
# Explainer with Q&A headings.
d03 = [
    [S("North Korea's soldiers in Kursk: what we know about their losses")],
    [S("How many troops did Pyongyang send?"),
     S("South Korean and US officials say Pyongyang sent about 11,000 soldiers in late 2024, followed by roughly 3,000 reinforcements in January and February.", [
         R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000",
           "stock", best=11000, notes="list of claimants: one row each"),
         R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000",
           "stock", best=11000, notes="list of claimants: one row each"),
         R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "roughly 3,000",
           "stock", best=3000, notes="reinforcements sent are recorded as deployed; not added to the 11,000 here"),
         R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "roughly 3,000",
           "stock", best=3000, notes="reinforcements sent are recorded as deployed"),
     ])],
    [S("How many have been killed?"),
     S("Estimates vary widely."),
     S("Ukraine's military intelligence agency, known as HUR, put North Korean losses at 'at least 4,000 killed and wounded' in mid-March.", [
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "at_least", "at least 4,000",
           "cumulative", low=4000, notes="HUR is GUR; combined measure stays combined"),
     ]),
     S("The British defence ministry's figure, published on a Friday in April, was higher: around 6,000 casualties, of whom it said roughly 1,500 had died.", [
         R("gb-mod", "Ministry of Defence (United Kingdom)", "north_korean", "casualties_unspecified", "approximate", "around 6,000",
           "cumulative", best=6000, notes="'casualties' not defined"),
         R("gb-mod", "Ministry of Defence (United Kingdom)", "north_korean", "killed", "approximate", "roughly 1,500",
           "cumulative", best=1500, notes="a part of the 6,000, recorded as its own measure"),
     ])],
    [S("Are those numbers reliable?"),
     S("Not entirely."),
     S("Each side has reasons to inflate the other's losses, and none of the figures has been independently verified."),
     S("A Russian military blogger's claim that 'not one in ten' of the Koreans had been hurt was deleted within hours.", [
         R("ru-milblogger", "Russian military blogger (unnamed)", "north_korean", "casualties_unspecified", "fewer_than", "not one in ten",
           "cumulative", counted_in="percent_of_force", high=10, notes="a share stated as 'not one in ten'; cited to be dismissed and deleted, still a claim of its claimant"),
     ])],
    [S("Why do the rates matter?"),
     S("At the height of the fighting in December, Ukrainian commanders said the waves of assaults were costing the North Koreans 'dozens a day'.", [
         R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "casualties_unspecified", "vague", "dozens",
           "period", counted_in="people_per_day", low=24, high=99, notes="unnamed commanders take ua-officials; a vague rate over December"),
     ]),
     S("What happens next?"),
     S("Analysts at the Seoul Institute for Peninsula Security warn that if the deployment is doubled, North Korea could be losing 1,000 soldiers a month by the autumn.", [
         R("kr-sips", "Seoul Institute for Peninsula Security", "north_korean", "casualties_unspecified", "exact", "1,000",
           "period", counted_in="people_per_month", modality="conditional", low=1000, best=1000, high=1000, notes="if-then projection of a rate"),
     ])],
    [S("Have any been taken prisoner?"),
     S("Ukraine says it holds two North Korean soldiers captured in January, and Kyiv has offered to exchange them for Ukrainians held in Russia.", [
         R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "captured", "exact", "two",
           "period", low=2, best=2, high=2, notes="'Ukraine says': no body named; captured 'in January'"),
     ]),
     S("In a separate swap on a Thursday in May, Russia and Ukraine exchanged 390 prisoners each, none of them Korean.", trap="prisoners exchanged, not losses")],
    [S("How did the incursion begin?"),
     S("The first Ukrainian brigades crossed the border on August 6, 2024.", trap="a date"),
     S("They went in with a force estimated at 10,000 to 12,000 troops and held as much as 1,300 square kilometres at the peak.", [
         R("author", "The explainer's own voice", "ukrainian", "deployed", "range", "10,000 to 12,000",
           "stock", low=10000, high=12000, notes="'estimated' with no estimator named: the text's own voice; the area figure is not a count"),
     ])],
]

# ---------------------------------------------------------------- d04
# Live blog.
YON = "Yoon Dae-sik > Yonhap"
d04_gs = S("09:12 Ukraine's general staff says its forces killed about 150 North Korean soldiers near Glushkovo over the past 24 hours, the highest single-day figure it has reported for the Korean contingent.", [
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "killed", "approximate", "about 150",
      "period", best=150, notes="'over the past 24 hours' is a stated period"),
])
d04 = [
    [S("Russia-Ukraine war live: Kyiv says 150 North Korean troops killed near Glushkovo; Seoul revises its estimate", trap=restates(d04_gs))],
    [d04_gs,
     S("The general staff also claimed 1,140 Russian losses across the whole front for the same day, which it defines as killed and wounded.", [
         R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed_or_wounded", "exact", "1,140",
           "period", low=1140, best=1140, high=1140, notes="whole front, not Kursk only; the claimant defines the word"),
     ]),
     S("It did not say how many of those were in Kursk.")],
    [S("10:25 South Korea's spy agency has revised its estimate of North Korean casualties in Russia to about 4,700, up from 3,000 in its previous assessment, Yonhap reports, citing lawmaker Yoon Dae-sik.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "casualties_unspecified", "approximate", "about 4,700",
           "cumulative", relays=YON, best=4700, notes="'South Korea's spy agency' is the NIS; briefed a lawmaker, who told Yonhap"),
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "casualties_unspecified", "exact", "3,000",
           "cumulative", relays=YON, low=3000, best=3000, high=3000, notes="the superseded earlier estimate: a claim of its own date"),
     ]),
     S("The lawmaker said the agency believed some 1,000 of those had been killed.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "some 1,000",
           "cumulative", relays=YON, best=1000, notes="part of the 4,700"),
     ]),
     S("Yoon also said Pyongyang had sent around 2,000 more troops this autumn, bringing the total deployed to roughly 15,000.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "approximate", "around 2,000",
           "stock", relays=YON, best=2000, notes="reinforcements, recorded as deployed"),
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "approximate", "roughly 15,000",
           "stock", relays=YON, best=15000, notes="the total includes the 2,000; never add the two"),
     ])],
    [S("11:02 Russia's defence ministry says its forces killed more than 200 Ukrainian servicemen in the Kursk border area over the past week.", [
         R("ru-mod", "Ministry of Defence of Russia", "ukrainian", "killed", "more_than", "more than 200",
           "period", low=200, notes="'over the past week'"),
     ]),
     S("Kyiv has not commented.")],
    [S("11:30 A note from our data desk: across the reports above, the North Korean numbers vary by a factor of three.", trap="a comparison, no new figure")],
    [S("12:15 The acting governor of Russia's Kursk region says two civilians were killed and five wounded in Ukrainian drone strikes overnight on Rylsk.", trap="civilians, not military losses")],
    [S("12:48 A Ukrainian drone unit, the Rarog Group, has posted footage it says shows the destruction of a North Korean platoon in a forest belt near Tyotkino.", [
         R("ua-rarog-group", "Rarog Group (Ukrainian drone unit)", "north_korean", "casualties_unspecified", "exact", "a North Korean platoon",
           "incident", counted_in="platoons", low=1, best=1, high=1, notes="a formation 'destroyed', counted in platoons; rests on footage"),
     ]),
     S("The group said 23 soldiers were killed in the strike.", [
         R("ua-rarog-group", "Rarog Group (Ukrainian drone unit)", "north_korean", "killed", "exact", "23",
           "incident", low=23, best=23, high=23, notes="whose from the previous sentence: the North Korean platoon"),
     ])],
    [S("13:30 Ukraine and Russia completed a prisoner exchange this afternoon, with 84 people returned to each side.", trap="prisoners exchanged, not losses")],
    [S("14:10 That's all from us today; the blog resumes tomorrow.", trap="a timestamp")],
]

# ---------------------------------------------------------------- d05
# Correction notice.
d05 = [
    [S("CORRECTION")],
    [S("Published Wednesday, March 19, 2025", trap="the notice's date")],
    [S("An article published on Monday under the headline 'Ukraine says 3,000 North Koreans dead in Kursk' misstated a figure given by Ukraine's military intelligence agency.",
       trap="quotes the withdrawn headline; the error is the outlet's, not a claim"),
     S("The agency, known as GUR, said that about 3,000 North Korean soldiers had been killed or wounded in the Kursk region since January, not that 3,000 had died.", [
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "approximate", "about 3,000",
           "cumulative", best=3000, notes="the corrected figure; the 'not that 3,000 had died' reading is the outlet's withdrawn error and gets no row"),
     ]),
     S("Of that number, the agency said, fewer than 1,000 were killed.", [
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "fewer_than", "fewer than 1,000",
           "cumulative", high=1000, notes="part of the 3,000"),
     ])],
    [S("The article also attributed to South Korea's military an estimate of 'up to 200' North Korean dead in a single battle near the village of Plekhovo.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "at_most", "up to 200",
           "incident", relays="South Korean lawmakers", high=200, notes="the next sentence re-attributes the estimate to the NIS, briefed to lawmakers; the corrected claimant is used"),
     ]),
     S("That estimate was in fact given by South Korea's National Intelligence Service in a briefing to lawmakers; the Joint Chiefs of Staff made no estimate of its own.")],
    [S("The article said, citing Col. Taras Hnatiuk, a Ukrainian brigade commander, that a Russian naval infantry unit had lost two battalions near Sudzha in February.",
       trap="the misquoted figure that this notice withdraws"),
     S("Hnatiuk in fact said the unit had lost the equivalent of two companies in February, killed or wounded.", [
         R("ua-hnatiuk", "Col. Taras Hnatiuk, Ukrainian brigade commander", "russian", "killed_or_wounded", "exact", "two companies",
           "period", counted_in="companies", low=2, best=2, high=2, notes="a named commander in his own name; a formation count, in companies; 'in February'"),
     ])],
    [S("The article gave the number of North Korean troops in Russia as 1,100; the figure given by the NIS was 11,000.", [
         R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "exact", "11,000",
           "stock", low=11000, best=11000, high=11000, notes="the 1,100 was the outlet's typing error and gets no row"),
     ]),
     S("A quote from Sergei Voronin, an aide to the Kursk governor, that 'over 40' Ukrainian soldiers had been captured near Guyevo in one day was correct, but the day was a Wednesday, not a Tuesday.", [
         R("ru-voronin", "Sergei Voronin, aide to the Kursk governor", "ukrainian", "captured", "more_than", "over 40",
           "incident", low=40, notes="the figure stands; only the weekday was corrected"),
     ])],
    [S("We apologise for the errors."),
     S("The corrected article also notes that Ukraine's figures have not been independently verified and that North Korea has not acknowledged any losses."),
     S("This correction was appended on March 19 at 10:40 GMT; an earlier correction to the same article, on March 17, fixed the spelling of a village name.",
       trap="dates and times of corrections")],
]

# ---------------------------------------------------------------- d06
# Local Russian news site.
d06_farewell = S("On Tuesday, residents of Rylsk said goodbye to three local men who died in the special military operation zone in the Kursk region.", [
    R("author", "Seym-Info's own voice", "russian", "killed", "exact", "three",
      "unspecified", low=3, best=3, high=3, notes="the site's own voice; three men who died at unstated times: scope unspecified"),
])
d06 = [
    [S("SEYM-INFO | Rylsk district | Wednesday, 30 April 2025", trap="site name and date")],
    [S("Farewell held in Rylsk for three fellow countrymen", trap=restates(d06_farewell))],
    [d06_farewell,
     S("According to the district administration, 27 residents of the district have been killed since fighting reached the region in August 2024.", [
         R("ru-rylsk-admin", "Rylsk district administration", "russian", "killed", "exact", "27",
           "cumulative", low=27, best=27, high=27, notes="a Russian body acknowledging its own side's dead; a running total"),
     ]),
     S("Another six are listed as missing.", [
         R("ru-rylsk-admin", "Rylsk district administration", "russian", "missing", "exact", "six",
           "cumulative", low=6, best=6, high=6, notes="claimant from the preceding sentence"),
     ]),
     S("Relatives of servicemen from the district say the real number of dead and missing is closer to 50.", [
         R("ru-rylsk-relatives", "Relatives of Rylsk district servicemen", "russian", "killed_or_missing", "approximate", "closer to 50",
           "cumulative", best=50, notes="'dead and missing' as one figure stays combined; disputes the administration's 27 and six, which are not added to compare"),
     ]),
     S("Our editors have been able to confirm the names of 19 of the dead from obituaries and social media posts.", [
         R("author", "Seym-Info's own voice", "russian", "killed", "exact", "19",
           "cumulative", low=19, best=19, high=19, notes="the site's own count of named dead; a subset of the 27"),
     ])],
    [S("The mother of one of them, junior sergeant Artyom K., 22, said that of the 12 men in his squad only four came home unhurt.",
       trap="an age and survivors of a squad; never subtract to a loss")],
    [S("The Russian Defence Ministry, meanwhile, reported on Tuesday that units of the North group of forces had 'eliminated up to 230 Ukrainian servicemen' in the Kursk direction over the past day.", [
         R("ru-mod", "Ministry of Defence of Russia", "ukrainian", "casualties_unspecified", "at_most", "up to 230",
           "period", high=230, notes="'eliminated' does not say killed: undefined losses"),
     ]),
     S("The ministry said that since the start of the Ukrainian incursion the enemy had lost more than 58,000 servicemen in the region, along with 350 tanks.", [
         R("ru-mod", "Ministry of Defence of Russia", "ukrainian", "casualties_unspecified", "more_than", "more than 58,000",
           "cumulative", low=58000, notes="the tanks are equipment and get no row"),
     ]),
     S("These figures cannot be verified independently.")],
    [S("Residents of the village of Tyotkino told the site that a group of about 40 soldiers from the DPRK had been quartered in the village school over the winter.", [
         R("ru-tyotkino-residents", "Residents of Tyotkino", "north_korean", "deployed", "approximate", "about 40",
           "stock", best=40, notes="troops present in one village, not a loss"),
     ]),
     S("The district enlistment office said it had sent 140 contract soldiers to the front from the district in 2024 alone.",
       trap="recruits sent to the front, neither troops present in Kursk nor losses"),
     S("Payments of 3 million roubles are due to each family, the administration said.", trap="money"),
     S("The governor's office has promised a memorial on the central square by 9 May.", trap="a date")],
]

# ---------------------------------------------------------------- d07
# Polish paper (translated).
d07_gs = S("Ukraine's General Staff reported 430 North Korean soldiers killed or wounded in the first week of January and 570 in the second.", [
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "killed_or_wounded", "exact", "430",
      "period", low=430, best=430, high=430, notes="first week of January"),
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "killed_or_wounded", "exact", "570",
      "period", low=570, best=570, high=570, notes="second week of January; the measure carries over from the first figure"),
])
d07 = [
    [S("Kursk: 1,000 North Koreans killed or wounded in two weeks", [
        R("author", "The paper's own voice (headline)", "north_korean", "killed_or_wounded", "exact", "1,000",
          "period", low=1000, best=1000, high=1000, derived=d07_gs, notes="the headline sums 430 and 570 from the body: the paper's own figure, never a separate estimate"),
    ])],
    [S("WARSAW, 15.01.2025 —", trap="dateline"),
     d07_gs,
     S("According to Gen. (ret.) Marek Zawadzki, a former deputy commander of Poland's operational command whom we asked for comment, the North Koreans have lost about a third of the troops who entered the fight in December.", [
         R("pl-zawadzki", "Gen. (ret.) Marek Zawadzki", "north_korean", "casualties_unspecified", "approximate", "about a third",
           "cumulative", counted_in="percent_of_force", best=33.33, notes="a retired general's own estimate; 'lost' undefined"),
     ]),
     S("'If they keep attacking in columns across open fields, by March half of them will be out of action,' Zawadzki said.", [
         R("pl-zawadzki", "Gen. (ret.) Marek Zawadzki", "north_korean", "casualties_unspecified", "approximate", "half",
           "cumulative", counted_in="percent_of_force", modality="conditional", best=50, notes="if-then; 'out of action' undefined"),
     ]),
     S("Zawadzki, 64, served two tours in Afghanistan.", trap="age and tours of duty")],
    [S("Citing US officials, CNN reported on Monday that Pyongyang had lost 'hundreds' of soldiers killed in a single week of fighting near Makhnovka.", [
         R("us-officials", "US officials (unnamed)", "north_korean", "killed", "vague", "hundreds",
           "period", relays="CNN", low=200, high=999, notes="a vague quantity relayed by CNN"),
     ]),
     S("Moscow has not confirmed the presence of the Korean troops, whose number Western governments put at 11,000 to 12,000.", [
         R("western-governments", "Western governments (unnamed)", "north_korean", "deployed", "range", "11,000 to 12,000",
           "stock", low=11000, high=12000, notes="troops present, not losses"),
     ]),
     S("The Ukrainian Saker drone regiment said its operators killed 37 Koreans in one night near Kurilovka.", [
         R("ua-saker-regiment", "Saker drone regiment (Ukraine)", "north_korean", "killed", "exact", "37",
           "incident", low=37, best=37, high=37, notes="'Ukrainian' names the claimant; the dead are North Korean"),
     ])],
    [S("Japan's defence ministry, in an assessment cited by the Kyodo agency, estimated that the Russian army was losing about 1,500 soldiers a day across the entire front in December, killed and wounded.", [
         R("jp-mod", "Ministry of Defense (Japan)", "russian", "killed_or_wounded", "approximate", "about 1,500",
           "period", counted_in="people_per_day", relays="Kyodo", best=1500, notes="whole front, not Kursk only; a rate over December"),
     ]),
     S("Poland's military intelligence service, the SWW, assesses that at the current pace North Korea could lose another 2,000 soldiers by spring.", [
         R("pl-sww", "Military Intelligence Service of Poland (SWW)", "north_korean", "casualties_unspecified", "exact", "2,000",
           "period", modality="projected", low=2000, best=2000, high=2000, notes="a forecast with no if-clause: projected; 'lose' undefined"),
     ]),
     S("Warsaw has pledged Kyiv a further 4.5 billion zloty in military aid this year.", trap="money"),
     S("Ukrainian units first reported contact with the Korean troops on 16 December, about 20 km from Sudzha.", trap="a date and a distance")],
]

# ---------------------------------------------------------------- d08
# TV news script.
d08 = [
    [S("ASN EVENING NEWS | SCRIPT | SATURDAY 26 APRIL 2025 | ITEM 3 | RT 1:45", trap="slug: date, item number and running time")],
    [S("[ANCHOR] North Korea has for the first time admitted sending troops to fight in Russia's Kursk region."),
     S("[ANCHOR] In a statement carried by the state news agency KCNA, Pyongyang said its soldiers had helped 'liberate' the region, but it gave no figure for its dead or wounded.")],
    [S("[VO] Seoul's Joint Chiefs of Staff said in a briefing this afternoon that about 4,700 North Koreans had become casualties since the deployment began, including some 600 killed.", [
         R("kr-jcs", "Joint Chiefs of Staff (South Korea)", "north_korean", "casualties_unspecified", "approximate", "about 4,700",
           "cumulative", best=4700, notes="'casualties' undefined"),
         R("kr-jcs", "Joint Chiefs of Staff (South Korea)", "north_korean", "killed", "approximate", "some 600",
           "cumulative", best=600, notes="'including': a part of the 4,700, recorded as its own measure"),
     ]),
     S("[GRAPHIC: NK CASUALTIES 4,700 (JCS) / 6,000+ (UKRAINE)]", trap="on-screen graphic restating the JCS and Levchenko figures"),
     S("[SOT: Col. Park Hyun-woo, JCS spokesman] 'We believe the losses were heaviest in the first two months, when the units were used in frontal assaults without drone cover.'",
       trap="a duration, no figure"),
     S("[VO] Park said North Korea had since rotated in around 3,000 fresh troops.", [
         R("kr-jcs", "Joint Chiefs of Staff (South Korea)", "north_korean", "deployed", "approximate", "around 3,000",
           "stock", best=3000, notes="the JCS spokesman speaks for the JCS"),
     ])],
    [S("[VO] A Ukrainian general, interviewed by our channel by video link, put the figure far higher."),
     S("[SOT: Brig. Gen. Ihor Levchenko, Ukrainian ground forces] 'In Kursk they lost at least 6,000, killed and wounded, and around 2,000 of those are dead.'", [
         R("ua-levchenko", "Brig. Gen. Ihor Levchenko, Ukrainian ground forces", "north_korean", "killed_or_wounded", "at_least", "at least 6,000",
           "cumulative", low=6000, notes="the channel's own interview: no relay"),
         R("ua-levchenko", "Brig. Gen. Ihor Levchenko, Ukrainian ground forces", "north_korean", "killed", "approximate", "around 2,000",
           "cumulative", best=2000, notes="part of the 6,000"),
     ]),
     S("[VO] Levchenko also said his troops had taken 14 North Koreans prisoner, a figure the government in Kyiv has not confirmed.", [
         R("ua-levchenko", "Brig. Gen. Ihor Levchenko, Ukrainian ground forces", "north_korean", "captured", "exact", "14",
           "cumulative", low=14, best=14, high=14, notes="surname only on second mention; unconfirmed by his own government"),
     ])],
    [S("[VO] Russia's defence ministry said the Korean contingent had suffered 'minimal losses', and claimed that Ukrainian forces lost 1,600 troops, killed or wounded, in the final week of the operation alone.", [
         R("ru-mod", "Ministry of Defence of Russia", "north_korean", "casualties_unspecified", "none", "minimal losses",
           "cumulative", notes="a loss stated with no number"),
         R("ru-mod", "Ministry of Defence of Russia", "ukrainian", "killed_or_wounded", "exact", "1,600",
           "period", low=1600, best=1600, high=1600, notes="'the final week of the operation' is a stated period"),
     ]),
     S("[VO] Japan's Yomiuri newspaper, citing a senior Japanese defence official, reported this week that Pyongyang was preparing to send as many as 6,000 more soldiers and military engineers.", [
         R("jp-officials", "Japanese officials (unnamed)", "north_korean", "deployed", "at_most", "as many as 6,000",
           "stock", modality="projected", relays="Yomiuri Shimbun", high=6000, notes="a planned deployment: projected; a newspaper cited by the channel is a relay"),
     ])],
    [S("[ANCHOR] Tomorrow at 9 p.m., a special report on the families in the North who never heard back.", trap="a broadcast time"),
     S("[ANCHOR] Also tonight: prices at the Kaesong market have risen 30 percent since January, a defector group says.", trap="a price rise in percent, not a share of a force")],
]

def by_turn(paras):
    """A transcript: a new paragraph at each speaker's turn."""
    out = []
    for s in [s for p in paras for s in p]:
        if not out or s.text.startswith(("Q:", "OKAFOR:", "DEPUTY", "Tuesday")):
            out.append([s])
        else:
            out[-1].append(s)
    return out


d01 = by_turn(d01)

SPECS = {
    "d01-press-conference-transcript": d01,
    "d02-guardian-long-read": d02,
    "d03-explainer-qa": d03,
    "d04-live-blog": d04,
    "d05-correction-notice": d05,
    "d06-local-russian-news-site": d06,
    "d07-polish-paper": d07,
    "d08-tv-news-script": d08,
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
