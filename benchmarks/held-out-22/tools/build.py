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


# Relay convention: relays named in the text, nearest the claimant first; where the document names its own
# outlet (a wire dateline, a news site's name), that outlet closes the chain.
NK = "north_korean"
RUS = "russian"
UKR = "ukrainian"
RNK = "russian_and_north_korean"

# ---------------------------------------------------------------- ay01
# A wire-agency exclusive with anonymous sources.
HL = "Harbourline News"
WEST = ("western-officials", "Western officials (unnamed)")
ay01_s1 = S("SEOUL/KYIV, Feb 6 (Harbourline News) - North Korea has lost about 4,000 soldiers killed or wounded since its troops arrived in Russia's Kursk region last autumn, three Western officials and a South Korean government source told Harbourline News.", [
    R(*WEST, NK, "killed_or_wounded", "approximate", "about 4,000", "cumulative", relays=HL, best=4000,
      notes="a list of claimants: the Western group and the South Korean source each get a row; 'since its troops arrived' is a running total"),
    R("kr-officials", "South Korean officials (unnamed)", NK, "killed_or_wounded", "approximate", "about 4,000", "cumulative",
      relays=HL, best=4000, notes="'a South Korean government source' is an unnamed official of one nation"),
])
ay01 = [
    [S("EXCLUSIVE-North Korea's losses in Kursk put at about 4,000 killed or wounded, officials say", trap=restates(ay01_s1))],
    [ay01_s1],
    [S("The Western officials, who spoke on condition of anonymity because the assessments are classified, said losses had climbed sharply in January, to roughly 90 killed or wounded a day during the heaviest assaults.", [
        R(*WEST, NK, "killed_or_wounded", "approximate", "roughly 90", "period", relays=HL, counted_in="people_per_day",
          best=90, notes="a rate; basis period January"),
    ]),
     S("One of them said about a third of the estimated 11,000 troops Pyongyang sent had now been put out of action.", [
         R(*WEST, NK, "casualties_unspecified", "approximate", "about a third", "cumulative", relays=HL,
           counted_in="percent_of_force", best=33.33,
           notes="'put out of action' is not defined: casualties_unspecified; a third written as 33.33 percent; share of the 11,000 in the same sentence"),
         R(*WEST, NK, "deployed", "approximate", "estimated 11,000", "stock", relays=HL, best=11000,
           notes="troops sent: a deployed-strength figure, not a loss"),
     ]),
     S("A second official cautioned that the toll could reach 6,000 by the end of March if Pyongyang keeps sending infantry across open fields without armour or drone cover.", [
         R(*WEST, NK, "killed_or_wounded", "exact", "6,000", "cumulative", relays=HL, modality="conditional",
           low=6000, best=6000, high=6000,
           notes="'could ... if' is an if-then, so conditional rather than projected; 'the toll' is the killed-or-wounded toll of the lead"),
     ])],
    [S("The assessment is far higher than the figure South Korea's spy agency gave lawmakers last month."),
     S("The National Intelligence Service then put North Korean dead at 300 and wounded at 2,700, according to Rep. Seo Jae-won, a member of parliament's intelligence committee who attended the closed-door briefing.", [
         R("kr-nis", "National Intelligence Service (South Korea)", NK, "killed", "exact", "300", "cumulative",
           relays="Rep. Seo Jae-won > " + HL, low=300, best=300, high=300,
           notes="the lawmaker briefed by the agency is a relay; 'Seoul's spy agency' in the previous sentence is the same body"),
         R("kr-nis", "National Intelligence Service (South Korea)", NK, "wounded", "exact", "2,700", "cumulative",
           relays="Rep. Seo Jae-won > " + HL, low=2700, best=2700, high=2700),
     ]),
     S("Seo said on Thursday the agency had not updated its numbers since.")],
    [S("Ukraine's Defence Intelligence (GUR) said on Wednesday that 47 North Korean soldiers were killed and 12 wounded in a single failed assault near the village of Nizhnyaya Dubrava on Tuesday.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", NK, "killed", "exact", "47", "incident", relays=HL,
          low=47, best=47, high=47),
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", NK, "wounded", "exact", "12", "incident", relays=HL,
          low=12, best=12, high=12),
    ]),
     S("A GUR spokesman said the attackers had advanced about 3 km across snow before being stopped by drones and mortar fire.",
       trap="a distance advanced, not a loss")],
    [S("South Korea's Joint Chiefs of Staff said separately that Pyongyang had sent a further 3,000 troops to Russia in January and February, together with about 120 self-propelled guns and rocket launchers.", [
        R("kr-jcs", "Joint Chiefs of Staff (South Korea)", NK, "deployed", "exact", "3,000", "stock", relays=HL,
          low=3000, best=3000, high=3000,
          notes="reinforcements sent: deployed troops; the 120 guns and launchers are equipment and get no row"),
    ]),
     S("Russia's Defence Ministry has never acknowledged that North Korean soldiers are fighting in Kursk, and Pyongyang's state media has made no mention of casualties."),
     S("Moscow and Pyongyang signed a mutual defence treaty in June 2024.", trap="a treaty date, no loss figure"),
     S("Harbourline News could not independently verify the figures.")],
]

# ---------------------------------------------------------------- ay02
# A Ukrainian General Staff morning summary retold by a news site.
GS = ("ua-general-staff", "General Staff of the Armed Forces of Ukraine")
ay02_s4 = S("In the Kursk sector alone, the General Staff said, 128 Russian and 84 North Korean soldiers were killed or wounded over the same day.", [
    R(*GS, RUS, "killed_or_wounded", "exact", "128", "period", low=128, best=128, high=128),
    R(*GS, NK, "killed_or_wounded", "exact", "84", "period", low=84, best=84, high=84),
])
ay02 = [
    [S("212 enemy troops lost in a day in Kursk: our tally of the General Staff report", [
        R("author", "The news site's own voice", RNK, "killed_or_wounded", "exact", "212", "period",
          low=212, best=212, high=212, derived=ay02_s4,
          notes="the site's own sum of 128 Russian and 84 North Korean; mixed count stays mixed"),
    ])],
    [S("KYIV — Ukraine's General Staff said in its morning summary on Tuesday, December 17, that Russia had lost 1,540 troops across the whole front line over the previous 24 hours.", [
        R(*GS, RUS, "killed_or_wounded", "exact", "1,540", "period", low=1540, best=1540, high=1540,
          notes="'lost' takes the summary's own definition (next sentence): killed and wounded; whole front, not Kursk"),
    ]),
     S("The summary's \u201cpersonnel losses\u201d count the killed and wounded together."),
     S("The total since the start of the full-scale invasion now stands at 773,760, it said.", [
         R(*GS, RUS, "killed_or_wounded", "exact", "773,760", "cumulative", low=773760, best=773760, high=773760),
     ]),
     ay02_s4,
     S("It was the first time the summary had listed North Korean losses separately."),
     S("It also reported 41 artillery systems, 9 tanks and 97 drones destroyed across the front.",
       trap="equipment destroyed, not people")],
    [S("Ukraine's 95th Polissia Airborne Assault Brigade posted a video on Telegram on Monday saying its paratroopers had repelled 11 assaults near the village of Krasnyi Log and killed 36 North Korean infantrymen.", [
        R("ua-95th-brigade", "95th Polissia Airborne Assault Brigade (Ukraine)", NK, "killed", "exact", "36", "incident",
          low=36, best=36, high=36, notes="the 11 assaults are attacks, not people"),
    ]),
     S("The brigade said it had lost no one in the fighting.", [
         R("ua-95th-brigade", "95th Polissia Airborne Assault Brigade (Ukraine)", UKR, "casualties_unspecified", "exact",
           "no one", "incident", low=0, best=0, high=0, notes="a zero figure for its own losses"),
     ]),
     S("Russia's Defence Ministry, for its part, claimed that Ukraine had lost more than 200 servicemen in the Kursk region over the same 24 hours, a figure Kyiv called invented.", [
         R("ru-mod", "Ministry of Defence of Russia", UKR, "casualties_unspecified", "more_than", "more than 200", "period",
           low=200, notes="cited and disputed by Kyiv; still the ministry's claim"),
     ]),
     S("The ministry also said its forces had retaken the village of Zhuravka, 12 km from the border.",
       trap="a distance, not a loss")],
    [S("Since the incursion began on August 6, Ukrainian forces have taken about 700 Russian soldiers prisoner in the region, according to the General Staff.", [
        R(*GS, RUS, "captured", "approximate", "about 700", "cumulative", best=700,
          notes="'Ukrainian forces' is the capturing side; the losses are Russian"),
    ]),
     S("Some were returned to Russia in an exchange of 95 prisoners for 95 last week.",
       trap="prisoners exchanged, not a fresh loss"),
     S("None of the figures can be independently verified.")],
]

# ---------------------------------------------------------------- ay03
# A Hansard-style parliamentary exchange.
DI = ("gb-defence-intelligence", "Defence Intelligence (UK)")
MIN = "Mr Owen Daltry"
ay03 = [
    [S("Ukraine: North Korean Troops")],
    [S("Volume 762: debated on Wednesday 19 February 2025", trap="volume number and sitting date")],
    [S("1. Mrs Harriet Pennock (Wealdstone North) (LD): What recent assessment he has made of the number of North Korean troops killed in the Kursk region. [902614]",
       trap="question number and reference; a question, no figure")],
    [S("The Minister for the Armed Forces (Mr Owen Daltry): Defence Intelligence assesses that North Korea has suffered more than 4,000 casualties in Kursk since December, of whom around 1,000 have been killed.", [
        R(*DI, NK, "casualties_unspecified", "more_than", "more than 4,000", "cumulative", relays=MIN, low=4000,
          notes="the minister passes on the intelligence body's assessment: relay"),
        R(*DI, NK, "killed", "approximate", "around 1,000", "cumulative", relays=MIN, best=1000),
    ]),
     S("Of the roughly 11,000 personnel deployed, that means around 40 per cent are now out of action.", [
         R(*DI, NK, "deployed", "approximate", "roughly 11,000", "stock", relays=MIN, best=11000),
         R(*DI, NK, "casualties_unspecified", "approximate", "around 40 per cent", "cumulative", relays=MIN,
           counted_in="percent_of_force", best=40, notes="share of the 11,000 in the same sentence"),
     ]),
     S("At the current tempo, our assessment is that they could sustain a further 2,500 casualties by the end of April.", [
         R(*DI, NK, "casualties_unspecified", "exact", "2,500", "period", relays=MIN, modality="projected",
           low=2500, best=2500, high=2500, notes="a forecast of further losses up to the end of April; 'our assessment' continues Defence Intelligence's"),
     ])],
    [S("Mrs Pennock: I thank the Minister for that answer."),
     S("Reports in the South Korean press, citing the National Intelligence Service, put North Korean dead at just 300 in January; why is our figure three times higher?", [
         R("kr-nis", "National Intelligence Service (South Korea)", NK, "killed", "exact", "300", "cumulative",
           relays="South Korean press > Mrs Pennock", low=300, best=300, high=300,
           notes="'three times higher' is the MP's comparison, not a figure"),
     ])],
    [S("Mr Daltry: The figures are not directly comparable, because the NIS figure was an estimate of those killed as of mid-January, and ours runs to this week."),
     S("I would also remind the House that since 2022 the UK has trained more than 50,000 Ukrainian recruits, and this year we are committing \u00a33 billion in military support.",
       trap="recruits trained and money, not losses")],
    [S("Dr Aled Brynmor (Ceredigion Uchaf) (PC): The Ukrainian authorities claim that 38,000 Russian and North Korean troops have been killed or wounded in Kursk since the incursion began in August.", [
        R("ua-officials", "Ukrainian officials (unnamed)", RNK, "killed_or_wounded", "exact", "38,000", "cumulative",
          relays="Dr Aled Brynmor", low=38000, best=38000, high=38000,
          notes="'the Ukrainian authorities' unnamed: the nation's officials id; a mixed Russian and North Korean count"),
    ]),
     S("Does the Minister accept that number?")],
    [S("Mr Daltry: We do not validate other Governments' figures, and I caution the House that the Ukrainian estimate may include losses on neighbouring fronts."),
     S("What I can tell the hon. Gentleman is that the Ministry of Defence's own estimate of Russian losses across the whole war passed 850,000 killed and wounded this month.", [
         R("gb-mod", "Ministry of Defence (UK)", RUS, "killed_or_wounded", "more_than", "passed 850,000", "cumulative",
           low=850000, notes="the minister speaks for his ministry's estimate; 'passed' is a lower bound; whole war"),
     ])],
]

# ---------------------------------------------------------------- ay04
# A Daily NK-style report citing sources inside North Korea.
DR = "Daily Ridge"
SRC1 = ("ay04-source-hamgyong", "Anonymous source in South Hamgyong (ay04)")
SRC2 = ("ay04-source-pyongyang", "Anonymous official in Pyongyang (ay04)")
ay04_s1 = S("A source in South Hamgyong Province told Daily Ridge on Sunday that notices of death had reached at least 40 families in a single county since early March, all of them relatives of soldiers sent to Russia.", [
    R(*SRC1, NK, "killed", "at_least", "at least 40", "cumulative", relays=DR, low=40,
      notes="death notices to 40 families read as at least 40 dead; one county only"),
])
ay04 = [
    [S("Inside North Korea: death notices reach \u2018at least 40\u2019 families in one county", trap=restates(ay04_s1))],
    [ay04_s1,
     S("\u2018They say the boys died in training accidents, but everyone knows they went to Kursk,\u2019 the source said."),
     S("Each family was reportedly given a 20-kilogram sack of rice and a certificate naming the soldier a \u2018hero of the republic\u2019.",
       trap="rice handed to families, not a loss")],
    [S("A second source, an official in Pyongyang with access to army documents, said the Storm Corps\u2019 94th Brigade alone had lost half of its roughly 2,500 men in the fighting and had been pulled back to be rebuilt.", [
        R(*SRC2, NK, "casualties_unspecified", "exact", "half", "cumulative", counted_in="percent_of_force",
          low=50, best=50, high=50, notes="'lost half' undefined: casualties_unspecified; share of one brigade's 2,500"),
        R(*SRC2, NK, "deployed", "approximate", "roughly 2,500", "stock", best=2500,
          notes="the brigade's strength; 94th is a unit number"),
    ]),
     S("Military hospitals in the capital have been told to prepare for around 1,000 more wounded to come home by June, the source added.", [
         R(*SRC2, NK, "wounded", "approximate", "around 1,000", "period", modality="projected", best=1000,
           notes="expected arrivals by June: a forecast"),
     ]),
     S("Daily Ridge could not verify either account, which would be among the first indications from inside the country of how many have died.")],
    [S("South Korea\u2019s spy agency told lawmakers in January that some 300 North Korean soldiers had been killed and about 2,700 wounded.", [
        R("kr-nis", "National Intelligence Service (South Korea)", NK, "killed", "approximate", "some 300", "cumulative",
          relays="South Korean lawmakers > " + DR, best=300, notes="'spy agency' is the NIS"),
        R("kr-nis", "National Intelligence Service (South Korea)", NK, "wounded", "approximate", "about 2,700", "cumulative",
          relays="South Korean lawmakers > " + DR, best=2700),
    ]),
     S("The agency later raised its estimate, saying in April that about 2,000 had died.", [
         R("kr-nis", "National Intelligence Service (South Korea)", NK, "killed", "approximate", "about 2,000", "cumulative",
           relays=DR, best=2000, notes="a revised total; the January figure stays as its own row"),
     ])],
    [S("Most of the soldiers are aged between 18 and 24 and were told before leaving that they were going on a training exercise, according to the Hamgyong source.",
       trap="ages, not a count"),
     S("Families of the dead have been excused \u2018loyalty labour\u2019 for two years, and some have been moved to new flats in the provincial capital.",
       trap="a duration, not a count"),
     S("One mother was warned by the local security bureau not to hold a funeral.",
       trap="one person warned; not a count of losses")],
]

# ---------------------------------------------------------------- ay05
# A live blog.
ay05_e2 = S("08:20 Ukraine's General Staff says 1,290 Russian troops were killed or wounded across the front in the past day, bringing its total since February 2022 to 887,430.", [
    R(*GS, RUS, "killed_or_wounded", "exact", "1,290", "period", low=1290, best=1290, high=1290, notes="whole front"),
    R(*GS, RUS, "killed_or_wounded", "exact", "887,430", "cumulative", low=887430, best=887430, high=887430),
])
ay05 = [
    [S("Kursk live: Russia claims gains near Sudzha as Kyiv reports heavy North Korean losses")],
    [S("08:05 Good morning and welcome to our live coverage of the fighting in Russia's Kursk region on Friday 7 March.",
       trap="timestamp and date")],
    [ay05_e2],
    [S("09:02 Russia's defence ministry says Ukraine lost up to 310 servicemen in the Kursk region in the past 24 hours and that its forces have retaken the village of Malye Borki.", [
        R("ru-mod", "Ministry of Defence of Russia", UKR, "casualties_unspecified", "at_most", "up to 310", "period", high=310),
    ])],
    [S("09:40 Birds of Magyar, a Ukrainian drone unit, has posted footage it says shows a column of North Korean infantry being struck on a road outside the village.",
       trap="timestamp; the unit's figure is in the next sentence"),
     S("The unit claims 23 killed.", [
         R("ua-birds-of-magyar", "Birds of Magyar (Ukraine)", NK, "killed", "exact", "23", "incident", low=23, best=23, high=23,
           notes="'Ukrainian' names the claimant, not whose losses"),
     ])],
    [S("10:15 Regional authorities in Sumy say about 2,000 civilians have been evacuated from border villages since Monday.",
       trap="civilians evacuated, not losses")],
    [S("11:30 Pentagon spokesperson Col. Dana Whitlow tells reporters the US estimates North Korea has suffered several thousand casualties in Kursk, including \u2018hundreds\u2019 killed in the past month alone.", [
        R("us-dod", "US Department of Defense (Pentagon)", NK, "casualties_unspecified", "vague", "several thousand", "cumulative",
          low=3000, high=9000, notes="a spokesperson takes the body's id"),
        R("us-dod", "US Department of Defense (Pentagon)", NK, "killed", "vague", "hundreds", "period",
          low=200, high=999, notes="stated period: the past month"),
    ])],
    [S("12:10 The Kremlin has dismissed Western reports of North Korean casualties as \u2018fabrication\u2019, without giving a figure of its own.",
       trap="timestamp; a dismissal with no figure")],
    [S("13:45 Ukraine's 8th Special Forces Regiment says its operators captured two wounded North Korean soldiers near Malye Borki on Thursday, bringing to six the number of North Koreans it has taken prisoner since January.", [
        R("ua-8th-sof-regiment", "8th Regiment of Special Forces (Ukraine)", NK, "captured", "exact", "two", "incident",
          low=2, best=2, high=2, notes="wounded and captured: counted as captured, as the text counts them"),
        R("ua-8th-sof-regiment", "8th Regiment of Special Forces (Ukraine)", NK, "captured", "exact", "six", "cumulative",
          low=6, best=6, high=6, notes="running total including the two"),
    ])],
    [S("14:20 Correction: an earlier post said the General Staff's figure of 1,290 covered the Kursk sector only; it covers the whole front.",
       trap="correction restating the 08:20 figure, not a new claim")],
    [S("15:05 South Korea's Joint Chiefs of Staff says Pyongyang appears to be preparing to send about 3,000 more troops, on top of the roughly 11,000 already in Russia.", [
        R("kr-jcs", "Joint Chiefs of Staff (South Korea)", NK, "deployed", "approximate", "roughly 11,000", "stock", best=11000),
        R("kr-jcs", "Joint Chiefs of Staff (South Korea)", NK, "deployed", "approximate", "about 3,000", "stock",
          modality="projected", best=3000, notes="troops expected to be sent: a forecast"),
    ])],
    [S("15:50 A Ukrainian commander in the area, who gives only his call sign, Hrim, says North Korean units now attack in groups of 10 to 15 rather than in large waves.",
       trap="size of attacking groups, not losses")],
    [S("We're pausing our coverage here; thanks for following.")],
]

# ---------------------------------------------------------------- ay06
# A correction notice.
NIS = ("kr-nis", "National Intelligence Service (South Korea)")
ay06 = [
    [S("Correction, Thursday 27 March 2025", trap="date of the notice")],
    [S("An article published on Monday about North Korean troops in Russia's Kursk region misstated several figures and misattributed a quotation.")],
    [S("The article said South Korea's National Intelligence Service had estimated that 4,700 North Korean soldiers had been killed.",
       trap="the misreading the notice withdraws; nobody claimed 4,700 killed"),
     S("In fact the agency's estimate of 4,700 referred to soldiers killed or wounded, of whom about 600 had been killed, according to Rep. Choi Eun-sook, who was briefed by the agency.", [
         R(*NIS, NK, "killed_or_wounded", "exact", "4,700", "cumulative", relays="Rep. Choi Eun-sook",
           low=4700, best=4700, high=4700, notes="the corrected reading"),
         R(*NIS, NK, "killed", "approximate", "about 600", "cumulative", relays="Rep. Choi Eun-sook", best=600),
     ])],
    [S("The headline, \u2018Nearly 5,000 North Koreans dead in Kursk\u2019, has been changed to \u2018North Korean casualties near 5,000, says Seoul\u2019.",
       trap="the withdrawn and new headlines quoted; they restate the NIS figure")],
    [S("The article also gave the number of North Korean troops in Russia as 15,000; the NIS estimate at the time was about 11,000, with a further 1,500 to 3,000 expected to arrive by the spring.", [
        R(*NIS, NK, "deployed", "approximate", "about 11,000", "stock", best=11000,
          notes="15,000 was the article's error, withdrawn: no row"),
        R(*NIS, NK, "deployed", "range", "1,500 to 3,000", "stock", modality="projected", low=1500, high=3000),
    ])],
    [S("A quotation saying North Korea \u2018could lose another 2,000 men by summer\u2019 was attributed to a South Korean official; it was made by Anders Vik, a researcher at the Nordic Institute for Defence Studies.", [
        R("anders-vik", "Anders Vik, Nordic Institute for Defence Studies", NK, "casualties_unspecified", "exact", "2,000", "period",
          modality="projected", low=2000, best=2000, high=2000,
          notes="the corrected claimant; an analyst speaking in his own name"),
    ])],
    [S("The article said a Ukrainian drone strike on 18 March had killed \u2018about 70\u2019 North Korean soldiers near Ozerki; the statement by Ukraine's Faust Unit, which carried out the strike, said \u2018at least 17\u2019.", [
        R("ua-faust", "Faust Unit (Ukraine's Special Forces)", NK, "killed", "at_least", "at least 17", "incident", low=17,
          notes="'about 70' was the article's error, withdrawn: no row"),
    ]),
     S("The article also said Ukraine was holding 12 North Korean prisoners; Kyiv has said it holds two.", [
         R("ua-officials", "Ukrainian officials (unnamed)", NK, "captured", "exact", "two", "cumulative",
           low=2, best=2, high=2, notes="'Kyiv' is the state speaking; 12 was the article's error"),
     ]),
     S("Finally, a figure of 1,500 Ukrainian soldiers killed in Kursk in February was attributed to the Ukrainian military; it was given by Russia's Defence Ministry, which cited no source for it.", [
         R("ru-mod", "Ministry of Defence of Russia", UKR, "killed", "exact", "1,500", "period",
           low=1500, best=1500, high=1500, notes="the corrected claimant; 'Ukrainian military' was the wrong attribution"),
     ])],
    [S("We apologise for the errors."),
     S("This notice was appended to the online article at 10:30 on 27 March.", trap="time and date of the notice")],
]

# ---------------------------------------------------------------- ay07
# An explainer with Q&A headings.
ay07_a2b = S("In September the NIS told lawmakers that about 2,000 North Korean soldiers had been killed, up from 600 in its February estimate.", [
    R(*NIS, NK, "killed", "approximate", "about 2,000", "cumulative", relays="lawmakers", best=2000),
    R(*NIS, NK, "killed", "exact", "600", "cumulative", low=600, best=600, high=600,
      notes="the earlier (February) estimate the new one revises"),
])
ay07 = [
    [S("How many North Korean soldiers have died fighting for Russia? What we know")],
    [S("Updated Friday 14 November 2025", trap="update date")],
    [S("How many troops did North Korea send?")],
    [S("South Korea's National Intelligence Service (NIS) says about 14,000 have been sent in total, including roughly 1,000 military engineers who arrived this summer to clear mines in Kursk.", [
        R(*NIS, NK, "deployed", "approximate", "about 14,000", "stock", best=14000),
        R(*NIS, NK, "deployed", "approximate", "roughly 1,000", "stock", best=1000, notes="engineers, part of the 14,000"),
    ]),
     S("They joined Russian forces after Ukraine's incursion into the region, which began on 6 August 2024 and was largely pushed back by March 2025.",
       trap="dates of the campaign")],
    [S("How many have been killed?")],
    [S("Estimates vary widely."),
     ay07_a2b,
     S("Ukraine's military intelligence puts the toll higher: it says roughly 6,000 North Koreans have been killed or wounded since they arrived, a combined figure that cannot be set against the NIS death toll.", [
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", NK, "killed_or_wounded", "approximate", "roughly 6,000", "cumulative", best=6000),
     ]),
     S("Officials in Kyiv also said that 400 North Koreans died in three days of assaults near Tetkino in March.", [
         R("ua-officials", "Ukrainian officials (unnamed)", NK, "killed", "exact", "400", "period", low=400, best=400, high=400,
           notes="stated period: three days"),
     ])],
    [S("Pyongyang itself acknowledged losses for the first time in April, without giving a number.", [
        R("kp-officials", "North Korean authorities", NK, "casualties_unspecified", "none", "", "cumulative",
          notes="a state speaking through its capital; loss with no figure"),
    ]),
     S("In August it unveiled a memorial wall in the capital, and photographs of it analysed by the Seoul-based Institute for Peninsula Studies show 101 portraits of soldiers, which the institute says are only a fraction of the dead.", [
         R("kr-institute-peninsula-studies", "Institute for Peninsula Studies (Seoul)", NK, "killed", "at_least", "101", "cumulative",
           low=101, notes="portraits counted from photos, said to be a fraction of the dead: a lower bound"),
     ]),
     S("State media said the ceremony was attended by more than 3,000 people.", trap="attendance, not losses")],
    [S("What share of the force is that?")],
    [S("If the NIS figures are right, about 14 per cent of the soldiers sent have been killed, by our calculation rather than the agency's.", [
        R("author", "The explainer's own voice", NK, "killed", "approximate", "about 14 per cent", "cumulative",
          counted_in="percent_of_force", best=14, derived=ay07_a2b,
          notes="the outlet's own share, 2,000 of 14,000; 'if ... right' hedges the source, it is not a forecast: reported"),
    ])],
    [S("Why do the estimates differ?")],
    [S("Analysts say part of the gap is definitional: Kyiv counts killed and wounded together, Seoul counts the dead alone, and neither publishes its method."),
     S("Ukraine also has an interest in high figures, and the NIS relies partly on Ukrainian data.")],
    [S("Have any been captured?")],
    [S("Yes: Ukraine holds at least two, both captured in January, and says it has others it has not disclosed.", [
        R("ua-officials", "Ukrainian officials (unnamed)", NK, "captured", "at_least", "at least two", "cumulative", low=2),
    ]),
     S("Seoul has offered to take them in, and they have said they wish to go there.")],
]

# ---------------------------------------------------------------- ay08
# A TV news script.
RGS = ("ru-general-staff", "General Staff of the Russian Armed Forces")
MOR = "Aya Morimoto"
ay08_m1 = S("MORIMOTO (live): South Korean and American officials I've spoken to tonight put the North Korean dead at between 1,500 and 2,000, with \u2018several thousand\u2019 more wounded.", [
    R("kr-officials", "South Korean officials (unnamed)", NK, "killed", "range", "between 1,500 and 2,000", "cumulative",
      relays=MOR, low=1500, high=2000, notes="a list of claimants: one row per nation; the correspondent is a relay"),
    R("us-officials", "US officials (unnamed)", NK, "killed", "range", "between 1,500 and 2,000", "cumulative",
      relays=MOR, low=1500, high=2000),
    R("kr-officials", "South Korean officials (unnamed)", NK, "wounded", "vague", "several thousand", "cumulative",
      relays=MOR, low=3000, high=9000),
    R("us-officials", "US officials (unnamed)", NK, "wounded", "vague", "several thousand", "cumulative",
      relays=MOR, low=3000, high=9000),
])
ay08 = [
    [S("[KURSK-NK-LOSSES / 19:00 BULLETIN / MON 28 APR 2025]", trap="slug: time and date")],
    [S("ANCHOR: Tonight: officials in Seoul and Washington say as many as 2,000 North Korean soldiers have died fighting for Russia.",
       trap=restates(ay08_m1)),
     S("ANCHOR: Russia's top general says the Kursk region has been fully retaken, and Pyongyang has confirmed for the first time that its troops fought there.")],
    [S("VO: Speaking on Russian state television on Saturday, Colonel General Arkady Velgin, chief of the general staff, said Ukraine had lost more than 76,000 troops killed and wounded in Kursk since August.", [
        R(*RGS, UKR, "killed_or_wounded", "more_than", "more than 76,000", "cumulative", relays="Russian state television",
          low=76000, notes="the chief presents his command's assessment: the command's id; the channel is a relay"),
    ]),
     S("VO: He also claimed more than 400 Ukrainian tanks and armoured vehicles had been destroyed in the region.",
       trap="equipment, not people"),
     S("VO: Velgin put North Korean losses at \u2018a few dozen\u2019, without saying whether he meant killed or wounded.", [
         R(*RGS, NK, "casualties_unspecified", "vague", "a few dozen", "cumulative", relays="Russian state television",
           low=24, high=60, notes="an ally's losses, measure left undefined as the text says"),
     ])],
    [S("SOT VELGIN (translated): \u2018Our Korean comrades fought heroically, and their losses were small.\u2019")],
    [S("VO: Ukraine's General Staff rejects that, saying it had counted 4,000 North Korean casualties by February, and that two of the Storm Corps\u2019 brigades were effectively destroyed in fighting near Gornal in March.", [
        R(*GS, NK, "casualties_unspecified", "exact", "4,000", "cumulative", low=4000, best=4000, high=4000),
        R(*GS, NK, "casualties_unspecified", "exact", "two", "period", counted_in="brigades", low=2, best=2, high=2,
          notes="formations destroyed: counted in brigades, measure undefined"),
    ])],
    [S("ANCHOR: Our Seoul correspondent Aya Morimoto has more.")],
    [ay08_m1,
     S("MORIMOTO: A South Korean defence official told me that at the height of the fighting, in February, the North Koreans were losing about 1,000 men a week, killed or wounded.", [
         R("kr-officials", "South Korean officials (unnamed)", NK, "killed_or_wounded", "approximate", "about 1,000", "period",
           relays=MOR, counted_in="people_per_week", best=1000, notes="a weekly rate; basis period February"),
     ]),
     S("MORIMOTO: And for the first time today, Pyongyang's state news agency KCNA said its soldiers had \u2018liberated\u2019 Kursk and that the fallen would be honoured, though it gave no figure.", [
         R("kp-kcna", "KCNA (North Korean state news agency)", NK, "killed", "none", "", "cumulative",
           notes="state media acknowledging its own dead ('the fallen') with no number"),
     ]),
     S("MORIMOTO: Officials here also expect the North to keep around 10,000 troops in Russia through the summer for rebuilding and mine clearance.", [
         R("kr-officials", "South Korean officials (unnamed)", NK, "deployed", "approximate", "around 10,000", "stock",
           relays=MOR, modality="projected", best=10000, notes="'officials here' in Seoul; a forecast of troops present"),
     ])],
    [S("ANCHOR: In Tokyo, the government lodged a protest over the deployment, which it said involved \u2018at least 12,000\u2019 North Korean personnel.", [
        R("jp-officials", "Japanese government", NK, "deployed", "at_least", "at least 12,000", "stock", low=12000),
    ]),
     S("ANCHOR: After the break, the weather, with up to 80 millimetres of rain expected in Kyushu.", trap="rainfall, not losses")],
]

SPECS = {
    "ay01-wire-exclusive": ay01,
    "ay02-general-staff-summary": ay02,
    "ay03-parliamentary-exchange": ay03,
    "ay04-sources-inside-north-korea": ay04,
    "ay05-live-blog": ay05,
    "ay06-correction-notice": ay06,
    "ay07-qa-explainer": ay07,
    "ay08-tv-news-script": ay08,
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
