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


# ---------------------------------------------------------------- al01
# Reuters-style wire roundup: many claimants (spy agency via lawmaker, US/ROK officials, Pentagon, HUR via TV, Moscow).
al01_s1 = S("SEOUL/KYIV, Jan 14 – About 3,000 North Korean soldiers have been killed or wounded since Pyongyang’s troops entered combat in Russia’s Kursk region, South Korea’s National Intelligence Service told a closed-door parliamentary briefing on Monday, according to a lawmaker who attended.", [
    R("kr-nis", "South Korea’s National Intelligence Service", "north_korean", "killed_or_wounded", "approximate", "About 3,000",
      "cumulative", relays="Park Sun-woo", best=3000,
      notes="the lawmaker who attended is named in the next sentence; he is the relay, the agency the claimant"),
])
al01 = [
    [S("Seoul puts North Korean casualties in Kursk at about 3,000 as allies compare counts", trap=restates(al01_s1))],
    [al01_s1,
     S("Park Sun-woo, a member of the parliamentary intelligence committee, told reporters the agency estimated that about 300 of them had died and roughly 2,700 had been wounded.", [
         R("kr-nis", "the agency (NIS)", "north_korean", "killed", "approximate", "about 300", "cumulative",
           relays="Park Sun-woo", best=300, notes="'of them' ties it to the running total of the lead"),
         R("kr-nis", "the agency (NIS)", "north_korean", "wounded", "approximate", "roughly 2,700", "cumulative",
           relays="Park Sun-woo", best=2700, notes="stated as a component; not derived from 3,000 minus 300"),
     ]),
     S("Seoul’s spy agency also confirmed for the first time that two North Korean soldiers had been captured alive by Ukrainian forces, Park said.", [
         R("kr-nis", "Seoul’s spy agency", "north_korean", "captured", "exact", "two", "cumulative",
           relays="Park Sun-woo", low=2, best=2, high=2,
           notes="'Ukrainian forces' are the captors, not whose losses"),
     ])],
    [S("The figures suggest the North Korean contingent is taking losses far faster than Western capitals had expected."),
     S("U.S. and South Korean officials have put the force Pyongyang sent to Russia last autumn at about 11,000 troops.", [
         R("us-officials", "U.S. officials", "north_korean", "deployed", "approximate", "about 11,000", "stock",
           best=11000, notes="list of unnamed officials of two nations: one row per nation"),
         R("kr-officials", "South Korean officials", "north_korean", "deployed", "approximate", "about 11,000", "stock",
           best=11000, notes="list of unnamed officials of two nations: one row per nation"),
     ]),
     S("A U.S. official, speaking on condition of anonymity because the assessment is classified, said North Korean dead and wounded had reached “well over 1,000” in the first two weeks of January alone.", [
         R("us-officials", "A U.S. official", "north_korean", "killed_or_wounded", "more_than", "well over 1,000", "period",
           low=1000, notes="'the first two weeks of January' is a stated window; 'two' is part of the period, not a count"),
     ]),
     S("The Pentagon would not give a number, but its spokesperson said on Monday that Washington had seen “credible indications of heavy North Korean casualties.”", [
         R("us-dod", "The Pentagon (its spokesperson)", "north_korean", "casualties_unspecified", "none",
           "heavy North Korean casualties", "unspecified",
           notes="a loss stated with no number; spokesperson takes the body's id"),
     ])],
    [S("Kyiv’s military intelligence has offered higher figures."),
     S("Its spokesman, Oleh Vasylenko, told the Ukrainian broadcaster Ranok-24 on Sunday that North Korean units had lost “around 3,800 killed and wounded” since December.", [
         R("ua-gur", "Kyiv’s military intelligence (spokesman Oleh Vasylenko)", "north_korean", "killed_or_wounded",
           "approximate", "around 3,800", "cumulative", relays="Ranok-24", best=3800,
           notes="spokesman takes the body's id; the broadcaster he spoke to is the relay"),
     ]),
     S("Vasylenko said losses had been running at about 100 a day in the second week of January, when the North Koreans attacked across open snowfields near the village of Pogrebki.", [
         R("ua-gur", "Vasylenko (Kyiv’s military intelligence)", "north_korean", "casualties_unspecified", "approximate",
           "about 100 a day", "period", relays="Ranok-24", counted_in="people_per_day", best=100,
           notes="'losses' not defined in this sentence, so casualties_unspecified rather than the previous sentence's killed-and-wounded; basis period: the second week of January"),
     ])],
    [S("None of the figures could be independently verified."),
     S("Russia’s defence ministry has not acknowledged that North Korean troops are fighting on its territory, and a Kremlin spokesman said on Monday he had “nothing to add.”"),
     S("Moscow’s own daily bulletins claim far heavier losses for Ukraine: the ministry said on Monday that Ukrainian forces in the Kursk region had lost up to 260 servicemen over the previous 24 hours.", [
         R("ru-mod", "the ministry (Russia’s defence ministry)", "ukrainian", "casualties_unspecified", "at_most",
           "up to 260", "period", high=260, notes="'the ministry' on second mention is Russia's defence ministry; '24 hours' is the period"),
     ])],
    [S("South Korean officials said North Korea had also shipped more than 100 self-propelled guns and multiple rocket launchers to Russia.",
       trap="equipment supplied, not people lost"),
     S("In Seoul, the Joint Chiefs of Staff said North Korea had fired two short-range ballistic missiles into the sea on Tuesday morning.",
       trap="missiles fired, not losses")],
]

# ---------------------------------------------------------------- al02
# Japanese daily, translated: NIS > lawmaker > Yonhap > the paper; Tokyo officials; Moscow's bulletin; a Seoul daily.
al02_s1 = S("SEOUL – South Korea’s National Intelligence Service (NIS) has told lawmakers that more than 4,000 North Korean soldiers have been killed or wounded in Russia’s Kursk region, the South Korean news agency Yonhap reported on Wednesday, citing a member of the National Assembly’s intelligence committee.", [
    R("kr-nis", "South Korea’s National Intelligence Service (NIS)", "north_korean", "killed_or_wounded", "more_than",
      "more than 4,000", "cumulative", relays="Rep. Han Ji-seok > Yonhap", low=4000,
      notes="three steps: agency briefs lawmaker, Yonhap quotes him, this paper picks Yonhap up (the paper is the document, not a relay)"),
])
al02 = [
    [S("[Translated from the Japanese. Morning edition, page 7.]", trap="page number of the edition")],
    [S("North Korean casualties ‘exceed 4,000’, Seoul’s spy agency tells lawmakers", trap=restates(al02_s1))],
    [al02_s1,
     S("According to Yonhap, the lawmaker, Rep. Han Ji-seok of the ruling party, said the agency’s latest assessment put the number of dead at “around 600.”", [
         R("kr-nis", "the agency (NIS)", "north_korean", "killed", "approximate", "around 600", "cumulative",
           relays="Rep. Han Ji-seok > Yonhap", best=600),
     ]),
     S("Han quoted the NIS as saying that North Korean troops had been lost at a rate of roughly 30 a day in late January, when Ukrainian drone teams caught them crossing open fields.", [
         R("kr-nis", "the NIS", "north_korean", "casualties_unspecified", "approximate", "roughly 30 a day", "period",
           relays="Rep. Han Ji-seok > Yonhap", counted_in="people_per_day", best=30,
           notes="rate over 'late January'; 'Ukrainian drone teams' are the attackers, not whose losses; Yonhap relay carried from the paragraph's 'According to Yonhap'"),
     ])],
    [S("The agency believes Pyongyang sent some 3,000 additional soldiers in January and February to make up for the losses, Han said, on top of the roughly 11,000 deployed last autumn.", [
        R("kr-nis", "The agency (NIS)", "north_korean", "deployed", "approximate", "some 3,000", "stock",
          relays="Rep. Han Ji-seok > Yonhap", best=3000, notes="reinforcements; not added to the 11,000"),
        R("kr-nis", "The agency (NIS)", "north_korean", "deployed", "approximate", "roughly 11,000", "stock",
          relays="Rep. Han Ji-seok > Yonhap", best=11000, notes="the original contingent"),
     ]),
     S("He added that more than a third of the original contingent was now out of action.", [
         R("kr-nis", "the NIS (via Han)", "north_korean", "casualties_unspecified", "more_than", "more than a third",
           "cumulative", relays="Rep. Han Ji-seok > Yonhap", counted_in="percent_of_force", low=33.33,
           notes="share of the roughly 11,000 original contingent; 'out of action' undefined; a third written as 33.33"),
     ])],
    [S("In Tokyo, Chief Cabinet Secretary Mori Takeshi told a regular press conference on Thursday that the government was “aware of the reports” but would not offer its own figure."),
     S("A senior Defence Ministry official, speaking to this newspaper on condition of anonymity, said Japan’s own analysis “does not differ greatly” from Seoul’s, and that North Korean killed and wounded could reach 8,000 by summer if Pyongyang keeps feeding troops into frontal assaults.", [
         R("jp-officials", "A senior (Japanese) Defence Ministry official", "north_korean", "killed_or_wounded", "exact",
           "8,000", "cumulative", modality="conditional", low=8000, best=8000, high=8000,
           notes="an unnamed official, not a spokesperson, so Japan's officials id; if-then, so conditional; a forecast figure is taken as stated (exact), the modality carries the uncertainty"),
     ])],
    [S("Russia’s Defence Ministry, which in its daily bulletins refers only to “the Kursk direction,” said on Wednesday that Ukraine had lost more than 350 servicemen there over the previous day.", [
        R("ru-mod", "Russia’s Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 350",
          "period", low=350),
     ]),
     S("North Korea’s state media have made no mention of casualties."),
     S("The Korean Central News Agency on Tuesday carried a speech by the country’s leader praising soldiers “fighting for justice abroad,” without giving any casualty figure.")],
    [S("The Seoul daily Hanbit Ilbo, citing an unnamed government source, reported separately that about 1,000 of the wounded had been flown back to Pyongyang for treatment.", [
        R("kr-officials", "an unnamed (South Korean) government source", "north_korean", "wounded", "approximate",
          "about 1,000", "cumulative", relays="Hanbit Ilbo", best=1000,
          notes="a subset of the wounded (those evacuated); a single unnamed source of one nation takes that nation's officials id"),
     ]),
     S("The NIS also told lawmakers that North Korea had received about 20 Russian-made air defence systems in return.",
       trap="equipment received, not losses"),
     S("Han, 54, a former prosecutor, has chaired the committee’s subpanel on North Korea since 2022.",
       trap="age and year")],
]

# ---------------------------------------------------------------- al03
# Polish daily, translated: British and Estonian intelligence, a Ukrainian commander via Ukrainska Pravda, a Polish analyst.
al03_s1 = S("WARSAW – North Korea has lost roughly a quarter of the soldiers it sent to Russia’s Kursk region, British and Estonian military intelligence assess, according to briefings given this week to journalists in London and Tallinn.", [
    R("gb-defence-intelligence", "British military intelligence", "north_korean", "casualties_unspecified", "approximate",
      "roughly a quarter", "cumulative", counted_in="percent_of_force", best=25,
      notes="list of two bodies: one row each; share of the 12,000 of the next sentence"),
    R("ee-military-intelligence", "Estonian military intelligence", "north_korean", "casualties_unspecified",
      "approximate", "roughly a quarter", "cumulative", counted_in="percent_of_force", best=25,
      notes="list of two bodies: one row each; share of the 12,000 of the next sentence"),
])
al03 = [
    [S("[Translated from Polish.]")],
    [S("Kursk: North Korea has lost ‘a quarter of its force’, London and Tallinn say", trap=restates(al03_s1))],
    [al03_s1,
     S("Both services put the original contingent at about 12,000 troops.", [
         R("gb-defence-intelligence", "Both services (British)", "north_korean", "deployed", "approximate", "about 12,000",
           "stock", best=12000, notes="'both services' names two claimants: one row each"),
         R("ee-military-intelligence", "Both services (Estonian)", "north_korean", "deployed", "approximate",
           "about 12,000", "stock", best=12000, notes="'both services' names two claimants: one row each"),
     ])],
    [S("Britain’s Defence Intelligence, in its regular update on the war published on Thursday, said North Korean units had suffered “about 3,000 casualties” since December, “including several hundred killed.”", [
        R("gb-defence-intelligence", "Britain’s Defence Intelligence", "north_korean", "casualties_unspecified",
          "approximate", "about 3,000", "cumulative", best=3000),
        R("gb-defence-intelligence", "Britain’s Defence Intelligence", "north_korean", "killed", "vague",
          "several hundred", "cumulative", low=300, high=999,
          notes="vague: bounds as I read 'several hundred' (three hundred up to below a thousand)"),
     ]),
     S("Col. Rein Tammsalu, who heads the Estonian Defence Forces’ intelligence centre, told reporters in Tallinn that North Korean losses between late January and mid-March alone were “not less than 1,800”, most of them wounded.", [
         R("ee-military-intelligence", "Col. Rein Tammsalu (head of Estonian military intelligence)", "north_korean",
           "casualties_unspecified", "at_least", "not less than 1,800", "period", low=1800,
           notes="head of the service presenting its assessment takes the body's id; 'most of them wounded' gives no figure"),
     ])],
    [S("Ukrainian commanders give higher figures."),
     S("The commander of the 95th Polissia Air Assault Brigade, Col. Ihor Savchuk, told Ukrainska Pravda this month that his paratroopers alone had killed “more than 600” North Korean soldiers since January.", [
         R("ua-col-savchuk", "Col. Ihor Savchuk, commander of the 95th Brigade", "north_korean", "killed", "more_than",
           "more than 600", "cumulative", relays="Ukrainska Pravda", low=600,
           notes="a commander named speaking in his own name (an interview) takes his own id, not the brigade's"),
     ]),
     S("The brigade’s press service later posted drone footage that it said showed 38 of those deaths.", [
         R("ua-95th-brigade", "The brigade’s press service (95th Brigade)", "north_korean", "killed", "exact", "38",
           "unspecified", low=38, best=38, high=38,
           notes="press service takes the unit's id; a subset of Savchuk's figure, resting on footage"),
     ])],
    [S("Tomasz Wróblewski, a military analyst at the Warsaw Institute for Strategic Studies, told us the tempo had changed sharply."),
     S("“In January the North Koreans were losing around 150 men a day; in the first half of March, perhaps 20 or 30,” he said.", [
         R("pl-analyst-wroblewski", "Tomasz Wróblewski, analyst", "north_korean", "casualties_unspecified", "approximate",
           "around 150 men a day", "period", counted_in="people_per_day", best=150, notes="basis period: January"),
         R("pl-analyst-wroblewski", "Tomasz Wróblewski, analyst", "north_korean", "casualties_unspecified", "range",
           "perhaps 20 or 30", "period", counted_in="people_per_day", low=20, high=30,
           notes="'20 or 30' read as a range; basis period: first half of March"),
     ]),
     S("If Pyongyang sticks to its current rotation, he said, the contingent could be cut by half before the end of May.", [
         R("pl-analyst-wroblewski", "Wróblewski", "north_korean", "casualties_unspecified", "exact", "by half",
           "cumulative", counted_in="percent_of_force", modality="conditional", low=50, best=50, high=50,
           notes="if-then, looking to the end of May"),
     ])],
    [S("Poland’s defence ministry said on Wednesday it would spend 4.7 percent of GDP on the military this year.",
       trap="share of GDP, money; not a share of a force"),
     S("Separately, Russia and Ukraine exchanged 175 prisoners each on Wednesday, with the United Arab Emirates mediating.",
       trap="prisoners exchanged, not captured in the fighting"),
     S("Neither London nor Tallinn said how they had arrived at their estimates, and both assessments cover the period only up to March 16.",
       trap="date")],
]

# ---------------------------------------------------------------- al04
# Guardian-style long read: named soldier, a general (then "the general", surname), a drone unit, a Russian milblogger.
al04 = [
    [S("‘They came across the snow in rows’: the Ukrainians facing North Korea’s soldiers in Kursk")],
    [S("SUMY REGION, Ukraine – Sgt Taras Melnyk, 31, remembers the morning of 9 January because, he says, his platoon counted 47 North Korean bodies in a single treeline outside the village of Makhnovka.", [
        R("ua-sgt-melnyk", "Sgt Taras Melnyk", "north_korean", "killed", "exact", "47", "incident",
          low=47, best=47, high=47, notes="a soldier in his own name; '31' is his age"),
     ]),
     S("“We had two machine guns and one drone crew, and they came in three waves,” he said.",
       trap="weapons and waves of attack, not losses")],
    [S("His commanders are more careful with numbers."),
     S("Brig Gen Serhiy Lytvak, who commands Ukrainian forces in the sector, said in an interview at his headquarters that about 1,200 North Korean soldiers had been killed on his stretch of the front since December, and “two to three times as many” wounded.", [
         R("ua-gen-lytvak", "Brig Gen Serhiy Lytvak", "north_korean", "killed", "approximate", "about 1,200",
           "cumulative", best=1200,
           notes="a commander in his own name; 'two to three times as many' wounded is a multiple, not a stated figure: no row (would need computing)"),
     ]),
     S("The general said the North Korean death rate had fallen from about 80 a day in the first week of January to fewer than 10 a day now, as units learned to move in small groups.", [
         R("ua-gen-lytvak", "The general (Lytvak)", "north_korean", "killed", "approximate", "about 80 a day", "period",
           counted_in="people_per_day", best=80, notes="basis period: first week of January"),
         R("ua-gen-lytvak", "The general (Lytvak)", "north_korean", "killed", "fewer_than", "fewer than 10 a day",
           "unspecified", counted_in="people_per_day", high=10, notes="'now' is not a stated period"),
     ])],
    [S("Lytvak had little time for Moscow’s figures."),
     S("“The Russians say we lost 500 men here in one week. We lost nothing like that,” the general said.", [
         R("ru-officials", "The Russians", "ukrainian", "casualties_unspecified", "exact", "500", "period",
           relays="Brig Gen Serhiy Lytvak", low=500, best=500, high=500,
           notes="cited only to be disputed; 'the Russians' names no body, so Russia's officials id; the general relays it and denies it without a figure"),
     ]),
     S("Kyiv’s military intelligence, the HUR, said on Monday that North Korean losses across the Kursk region had passed 4,000 killed and wounded, a figure the general called “about right.”", [
         R("ua-gur", "Kyiv’s military intelligence, the HUR", "north_korean", "killed_or_wounded", "more_than", "4,000",
           "cumulative", low=4000, notes="'passed 4,000' is a lower bound; the general endorses it without a figure of his own"),
     ])],
    [S("Birds of Magyar, the drone unit whose strike videos circulate widely on Telegram, says its pilots have hit more than 900 North Korean soldiers since it moved to the Kursk front, a figure it says covers both killed and wounded.", [
        R("ua-birds-of-magyar", "Birds of Magyar", "north_korean", "killed_or_wounded", "more_than", "more than 900",
          "cumulative", low=900, notes="the unit defines 'hit' as killed and wounded"),
     ]),
     S("Its press officer, who goes by the call sign Kardan, said the unit counted only strikes confirmed on video, “about two in three of what the pilots claim.”",
       trap="ratio of confirmed strikes, not a loss figure")],
    [S("On the other side of the line, a Russian military blogger writing as Severny Veter, who says he served with a naval infantry brigade in the region, wrote last week that one Russian company near Sudzha had been “reduced to 19 men out of 110.”",
       trap="remaining strength of a company; a loss of 91 would have to be computed"),
     S("In a later post he said his former battalion had lost “about half its men, killed and wounded” since Ukraine’s incursion began in August 2024.", [
         R("ru-blogger-severny-veter", "Severny Veter (Russian military blogger)", "russian", "killed_or_wounded",
           "approximate", "about half", "cumulative", counted_in="percent_of_force", best=50,
           notes="a blogger of the side whose losses are counted; 'August 2024' is the start of the running total"),
     ])],
    [S("Melnyk’s own platoon has lost four men killed and nine wounded since November, he said.", [
        R("ua-sgt-melnyk", "Melnyk", "ukrainian", "killed", "exact", "four", "cumulative", low=4, best=4, high=4),
        R("ua-sgt-melnyk", "Melnyk", "ukrainian", "wounded", "exact", "nine", "cumulative", low=9, best=9, high=9),
     ]),
     S("He is due to rotate out in ten days, and says he will spend them sleeping.", trap="time until rotation")],
]

# ---------------------------------------------------------------- al05
# Russian local news site, translated: General Staff / "the ministry", governor, the site's own count, an unnamed
# district official, a milblogger, an exiled outlet, Ukraine's General Staff via Ukrainian media.
al05_s1 = S("KURSK – Ukraine’s armed forces lost more than 76,000 servicemen killed and wounded in the fighting in the Kursk region, Russia’s General Staff said on Saturday, reporting to the supreme commander-in-chief that the last border villages had been retaken.", [
    R("ru-general-staff", "Russia’s General Staff", "ukrainian", "killed_or_wounded", "more_than", "more than 76,000",
      "cumulative", low=76000, notes="the command presenting its assessment takes its own id; running total of the whole Kursk campaign"),
])
al05 = [
    [S("[Translated from Russian.]")],
    [S("General Staff: the enemy lost more than 76,000 in the Kursk region", trap=restates(al05_s1))],
    [al05_s1,
     S("The ministry also listed 412 tanks and more than 1,900 armoured vehicles among Ukrainian equipment losses.",
       trap="equipment losses, not people"),
     S("For the first time, the chief of the General Staff acknowledged the participation of soldiers from the DPRK, praising their “heroism” but giving no figure for their losses.")],
    [S("Regional governor Igor Lapshin wrote on his Telegram channel that 312 civilians in the region had been killed since August 2024 and that about 28,000 residents still could not return home.",
       trap="civilians killed and residents displaced, not military losses")],
    [S("Seym.Info has counted 214 obituaries of servicemen from the Kursk region published on district administration pages and social networks since August 2024.", [
        R("author", "Seym.Info (the site’s own count)", "russian", "killed", "exact", "214", "cumulative",
          low=214, best=214, high=214, notes="the site's own voice counting named dead"),
     ]),
     S("Among them are 37 members of the volunteer battalion “Tarasovka”, formed in the region last spring.", [
         R("author", "Seym.Info", "russian", "killed", "exact", "37", "cumulative", low=37, best=37, high=37,
           notes="subset of the 214; volunteers (paramilitary), still Russian"),
     ]),
     S("The real number is certainly higher, since not every family publishes a notice."),
     S("An official in the Rylsk district administration, who asked not to be named, told Seym.Info that the district alone had buried “around 40” of its men.", [
         R("ru-officials", "An official in the Rylsk district administration", "russian", "killed", "approximate",
           "around 40", "cumulative", best=40, notes="unnamed official of one nation; speaks to the document's own outlet, so no relay"),
     ])],
    [S("Military blogger Artyom Shchukin, whose Telegram channel has about 180,000 subscribers, wrote that the naval infantry lost “up to a battalion” in the February fighting near Sudzha.", [
        R("ru-blogger-shchukin", "Military blogger Artyom Shchukin", "russian", "casualties_unspecified", "at_most",
          "up to a battalion", "period", counted_in="battalions", high=1,
          notes="a formation as the text names it; '180,000 subscribers' is not a loss"),
     ]),
     S("The exiled outlet Zerkalo Rossii, which counts names from public sources, said on Friday that it had confirmed the deaths of 1,140 Russian servicemen in the Kursk fighting since August.", [
         R("zerkalo-rossii", "Zerkalo Rossii (exiled outlet)", "russian", "killed", "exact", "1,140", "cumulative",
           low=1140, best=1140, high=1140, notes="a count of confirmed names, a floor by its method but stated exactly"),
     ])],
    [S("Ukraine’s General Staff, according to Ukrainian media, called the Russian figure “fantasy” and said on Sunday that Russia had lost about 64,000 killed and wounded in the Kursk operation, including some 4,500 North Koreans.", [
        R("ua-general-staff", "Ukraine’s General Staff", "russian_and_north_korean", "killed_or_wounded", "approximate",
          "about 64,000", "cumulative", relays="Ukrainian media", best=64000,
          notes="'Russia had lost' but the figure includes North Koreans: mixed stays mixed"),
        R("ua-general-staff", "Ukraine’s General Staff", "north_korean", "killed_or_wounded", "approximate",
          "some 4,500", "cumulative", relays="Ukrainian media", best=4500, notes="part of the 64,000"),
     ]),
     S("Seym.Info could not verify either side’s figures."),
     S("Sudzha, about 100 kilometres southwest of Kursk, was the largest town held by Ukrainian forces.",
       trap="distance"),
     S("On Friday, 246 Russian servicemen returned home in an exchange of prisoners, among them 11 residents of the region.",
       trap="prisoners exchanged")],
]

# ---------------------------------------------------------------- al06
# Pentagon-style briefing transcript: deputy press secretary (body's id), reporters relaying NIS, Moscow, Kyiv.
al06 = [
    [S("Deputy Pentagon Press Secretary Dana Kerwin Holds a Press Briefing, Feb. 6, 2025", trap="date of the briefing")],
    [S("MS. KERWIN: Good afternoon, everyone."),
     S("On North Korea, our current assessment is that North Korean forces in Kursk have suffered roughly 4,000 casualties since entering combat in December, and by casualties I mean killed and wounded.", [
         R("us-dod", "Deputy Pentagon Press Secretary Dana Kerwin", "north_korean", "killed_or_wounded", "approximate",
           "roughly 4,000", "cumulative", best=4000,
           notes="the speaker defines 'casualties' as killed and wounded; a spokesperson takes the body's id"),
     ]),
     S("Also, the Secretary will travel to Brussels for the meeting of NATO defence ministers on Feb. 12 and 13.",
       trap="dates of a meeting")],
    [S("Q: Seo Ji-won, KBS."),
     S("South Korea’s intelligence service told lawmakers this week that about 350 had been killed.", [
         R("kr-nis", "South Korea’s intelligence service", "north_korean", "killed", "approximate", "about 350",
           "cumulative", relays="lawmakers > Seo Ji-won (KBS)", best=350,
           notes="a reporter's question relaying a figure the agency gave lawmakers"),
     ]),
     S("Is your figure for the dead higher?")],
    [S("MS. KERWIN: I’m not going to break it down further, except to say the dead are in the hundreds.", [
        R("us-dod", "Kerwin (Pentagon)", "north_korean", "killed", "vague", "in the hundreds", "cumulative",
          low=200, high=999, notes="vague: bounds as I read 'hundreds' (at least two hundred, below a thousand)"),
     ])],
    [S("Q: Moscow said last week that Ukraine lost 1,500 troops in Kursk in seven days.", [
        R("ru-officials", "Moscow", "ukrainian", "casualties_unspecified", "exact", "1,500", "period",
          relays="reporter (unnamed)", low=1500, best=1500, high=1500,
          notes="a capital standing for its government names no body: Russia's officials id; 'seven days' is the period"),
     ]),
     S("Do you have any figure of your own for Ukrainian losses?")],
    [S("MS. KERWIN: I’d refer you to the Ukrainians on their own losses, and I’d note that Russian claims of that kind have a long record of inflation.")],
    [S("Q: Is the contingent being reinforced?")],
    [S("MS. KERWIN: We assess that about 8,000 North Korean troops remain in the Kursk region, and it’s possible Pyongyang sends several thousand more in the coming months.", [
        R("us-dod", "Kerwin (Pentagon)", "north_korean", "deployed", "approximate", "about 8,000", "stock", best=8000,
          notes="troops present after losses, not troops sent"),
        R("us-dod", "Kerwin (Pentagon)", "north_korean", "deployed", "vague", "several thousand", "stock",
          modality="projected", low=3000, high=9999,
          notes="a possible future deployment; vague bounds as I read 'several thousand'"),
     ])],
    [S("Q: Tara Lindqvist, Nordic Times."),
     S("Ukraine’s General Staff says Ukrainian forces are killing North Koreans at a rate of 50 a day.", [
         R("ua-general-staff", "Ukraine’s General Staff", "north_korean", "killed", "exact", "50 a day", "unspecified",
           relays="Tara Lindqvist (Nordic Times)", counted_in="people_per_day", low=50, best=50, high=50,
           notes="'Ukrainian forces' are the killers, not whose losses; no basis period stated"),
     ]),
     S("Do you see anything like that?")],
    [S("MS. KERWIN: I won’t put a daily rate on it."),
     S("The losses are significant, and they’re significant because of how these troops are being used: in mass, on foot, in daylight.")],
    [S("Q: Kyiv says it is holding two North Korean prisoners.", [
        R("ua-officials", "Kyiv", "north_korean", "captured", "exact", "two", "cumulative",
          relays="reporter (unnamed)", low=2, best=2, high=2,
          notes="a capital standing for its government: Ukraine's officials id"),
     ]),
     S("Has the U.S. had any access to them?")],
    [S("MS. KERWIN: Not that I’m aware of.")],
    [S("Q: On the budget, will the $850 billion request for fiscal 2026 go up?", trap="money and a fiscal year")],
    [S("MS. KERWIN: I’d expect more on that next week.")],
]

# ---------------------------------------------------------------- al07
# Live blog: derived headline, General Staff, a brigade, Moscow, a doctor via our correspondent, Yonhap, a think tank, Zelenskyy.
al07_brig = S("08:40 — The 61st Mechanised Brigade said on Telegram that its soldiers had killed 140 Russian and 90 North Korean troops near Sverdlikovo between Saturday and Monday.", [
    R("ua-61st-brigade", "The 61st Mechanised Brigade", "russian", "killed", "exact", "140", "period",
      low=140, best=140, high=140, notes="two sides named: one row each"),
    R("ua-61st-brigade", "The 61st Mechanised Brigade", "north_korean", "killed", "exact", "90", "period",
      low=90, best=90, high=90, notes="two sides named: one row each"),
])
al07 = [
    [S("Kursk live: Ukrainian brigade says 230 enemy troops killed near Sverdlikovo; Seoul reports deadliest week for North Koreans", [
        R("author", "the live blog’s headline", "russian_and_north_korean", "killed", "exact", "230", "period",
          low=230, best=230, high=230, derived=al07_brig,
          notes="headline sums the brigade's 140 Russian and 90 North Korean; the outlet's own figure, never a separate estimate"),
     ])],
    [S("08:05 — Ukraine’s General Staff says Russia lost 1,210 troops killed and wounded across the whole front in the past 24 hours, bringing its running total since February 2022 to about 880,000.", [
        R("ua-general-staff", "Ukraine’s General Staff", "russian", "killed_or_wounded", "exact", "1,210", "period",
          low=1210, best=1210, high=1210, notes="whole front, not Kursk only; the past 24 hours"),
        R("ua-general-staff", "Ukraine’s General Staff", "russian", "killed_or_wounded", "approximate", "about 880,000",
          "cumulative", best=880000, notes="whole-war running total since February 2022"),
     ])],
    [al07_brig],
    [S("09:30 — Russia’s defence ministry claims its forces in the Kursk region killed up to 310 Ukrainian servicemen over the past day and destroyed 14 armoured vehicles.", [
        R("ru-mod", "Russia’s defence ministry", "ukrainian", "killed", "at_most", "up to 310", "period", high=310,
          notes="the 14 armoured vehicles are equipment: no row"),
     ])],
    [S("10:15 — Our correspondent in Sumy reports that ambulances have been arriving at the regional hospital all morning; Dr Olena Kravets, its deputy head, said about 60 wounded Ukrainian soldiers had been brought in since Sunday night.", [
        R("ua-dr-kravets", "Dr Olena Kravets, hospital deputy head", "ukrainian", "wounded", "approximate", "about 60",
          "period", best=60, notes="the outlet's own correspondent is not a relay; a named doctor takes her own id"),
     ])],
    [S("11:02 — South Korea’s Joint Chiefs of Staff say Pyongyang appears to be preparing a fresh deployment to Russia, though a JCS spokesperson declined to say how many troops might be involved.",
       trap="timestamp; no figure given")],
    [S("11:45 — Yonhap, citing a senior government official in Seoul, reports that about 200 North Korean soldiers were killed in the past week alone, which would be the deadliest week for the contingent since January.", [
        R("kr-officials", "a senior government official in Seoul", "north_korean", "killed", "approximate", "about 200",
          "period", relays="Yonhap", best=200, notes="unnamed official of one nation; the past week is the period"),
     ])],
    [S("12:20 — A note on the numbers: the Russian and Ukrainian daily tallies above come from the warring parties themselves, neither of which publishes figures for its own dead, and we cannot verify them.",
       trap="timestamp; editorial note, no figure")],
    [S("13:30 — The Center for Eurasian Conflict, a Washington think tank, estimates that Russian and North Korean forces could lose another 5,000 killed and wounded in Kursk by the end of March if Moscow keeps up its counteroffensive at the current tempo.", [
        R("us-cec", "The Center for Eurasian Conflict", "russian_and_north_korean", "killed_or_wounded", "exact",
          "5,000", "period", modality="conditional", low=5000, best=5000, high=5000,
          notes="if-then, looking to the end of March; 'another' makes it a period figure, not a running total; forecast figure taken as stated"),
     ])],
    [S("14:05 — President Volodymyr Zelenskyy, in a video address, says North Korean losses in Kursk now exceed 4,000 killed and wounded and that Ukrainian soldiers have taken “more prisoners than Moscow admits.”", [
        R("ua-zelenskyy", "President Volodymyr Zelenskyy", "north_korean", "killed_or_wounded", "more_than", "4,000",
          "cumulative", low=4000, notes="'exceed 4,000' is a lower bound; 'more prisoners' gives no figure"),
     ])],
    [S("15:00 — The Sumy regional administration says 1,400 residents have been evacuated from border villages since Friday.",
       trap="civilians evacuated")],
    [S("15:40 — Ukraine’s air force says Russia launched 176 drones overnight, of which 130 were shot down.",
       trap="drones, not people")],
]

# ---------------------------------------------------------------- al08
# Fact-check: a viral post's misattributed figure, HUR via RBC-Ukraine, Japanese official via Kyodo,
# NIS > lawmaker > Yonhap > Reuters, an Estonian analyst via a Polish weekly.
al08 = [
    [S("Fact check: No, Kyiv did not say 12,000 North Korean soldiers were killed in Kursk",
       trap="headline repeats a disputed figure in order to deny it; the 12,000 is a deployment figure")],
    [S("Claim: A post shared widely on X and Telegram says “Ukrainian intelligence confirms 12,000 North Korean soldiers killed in Kursk — the entire contingent.”", [
        R("x-frontlineledger", "the post (@FrontlineLedger)", "north_korean", "killed", "exact", "12,000", "cumulative",
          low=12000, best=12000, high=12000,
          notes="the post pins it on Ukrainian intelligence, which said no such thing: a misattributed claim takes the one who made it"),
     ]),
     S("Verdict: False.")],
    [S("The post, published on Saturday by the account @FrontlineLedger, which has about 310,000 followers, had been viewed more than 2 million times by Wednesday.",
       trap="followers and views")],
    [S("Kyiv’s military intelligence, the HUR, has never given that number for North Korean deaths."),
     S("In an interview with RBC-Ukraine published on Monday, the agency’s deputy head, Maj Gen Oleksiy Dorosh, said North Korea had sent about 12,000 troops to Russia in total, and that “more than 5,000” of them had been killed or wounded.", [
         R("ua-gur", "the HUR (deputy head Maj Gen Oleksiy Dorosh)", "north_korean", "deployed", "approximate",
           "about 12,000", "stock", relays="RBC-Ukraine", best=12000,
           notes="the deputy head presenting the agency's assessment takes the agency's id"),
         R("ua-gur", "the HUR (deputy head Maj Gen Oleksiy Dorosh)", "north_korean", "killed_or_wounded", "more_than",
           "more than 5,000", "cumulative", relays="RBC-Ukraine", low=5000),
     ]),
     S("Dorosh did not say how many had died."),
     S("The post appears to have turned the deployment figure into a death toll.")],
    [S("It also cites “Japanese media” for the statement that “40% of the force is already gone.”", [
        R("x-frontlineledger", "the post", "north_korean", "casualties_unspecified", "exact", "40%", "cumulative",
          counted_in="percent_of_force", low=40, best=40, high=40,
          notes="the post states as reported what its source gave as an upper-bound projection; the post's own wording is the claim"),
     ]),
     S("We traced that to a Kyodo News report of Feb 20, in which an unnamed Japanese defence ministry official said up to 40 percent of the North Korean force could be killed or wounded by the end of the year.", [
         R("jp-officials", "an unnamed Japanese defence ministry official", "north_korean", "killed_or_wounded",
           "at_most", "up to 40 percent", "cumulative", relays="Kyodo News", counted_in="percent_of_force",
           modality="projected", high=40, notes="a forecast to year end"),
     ]),
     S("That was a projection, not a count.")],
    [S("Other estimates are far lower than the post’s."),
     S("South Korea’s spy agency put North Korean dead at about 600 as of late February, according to Rep. Yoo Min-jae, who was briefed by the agency; Yonhap carried his remarks, and Reuters picked them up.", [
         R("kr-nis", "South Korea’s spy agency", "north_korean", "killed", "approximate", "about 600", "cumulative",
           relays="Rep. Yoo Min-jae > Yonhap > Reuters", best=600, notes="three-step relay, nearest the claimant first"),
     ]),
     S("A Polish defence weekly, Przegląd Obronny, quoted the Estonian analyst Kadri Lepp as saying that “perhaps 2,000” North Koreans had died, though she called her figure “an educated guess.”", [
         R("ee-analyst-lepp", "Kadri Lepp, Estonian analyst", "north_korean", "killed", "approximate", "perhaps 2,000",
           "cumulative", relays="Przegląd Obronny", best=2000, notes="'Estonian' is the analyst's nationality, not whose losses"),
     ]),
     S("Russia’s embassy in Warsaw dismissed all such reports as “Kyiv’s propaganda” and gave no figures of its own.")],
    [S("The video attached to the post, which shows soldiers lying in snow, was first published in 2023 and was filmed in the Zaporizhzhia region, according to a reverse image search.",
       trap="year of a video"),
     S("We asked @FrontlineLedger for its source and had not received a reply at the time of publication.")],
]

SPECS = {
    "al01-wire-roundup": al01,
    "al02-japanese-daily": al02,
    "al03-polish-daily": al03,
    "al04-frontline-feature": al04,
    "al05-kursk-local-site": al05,
    "al06-briefing-transcript": al06,
    "al07-live-blog": al07,
    "al08-fact-check": al08,
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
