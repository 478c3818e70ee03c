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


# ---------------------------------------------------------------- a01
# AP-style breaking-news write-through with updates (Tuesday/Wednesday, mid-January 2025).
a01_body = S("KYIV, Ukraine (AP) — Ukraine's General Staff said Tuesday that 112 North Korean soldiers were killed and 190 wounded on Sunday and Monday as waves of infantry attacked Ukrainian positions near the village of Kolomiitsevo in Russia's Kursk region.", [
    R("ua-general-staff", "Ukraine's General Staff", "north_korean", "killed", "exact", "112", "period",
      low=112, best=112, high=112, notes="stated window: Sunday and Monday; revised figure (the first release said 95)"),
    R("ua-general-staff", "Ukraine's General Staff", "north_korean", "wounded", "exact", "190", "period",
      low=190, best=190, high=190, notes="same two days; 'killed' and 'wounded' are two measures, two rows"),
])
a01_head = S("Ukraine says more than 300 North Korean troops hit in two days of Kursk assaults", [
    R("author", "The AP story's headline (outlet's own figure)", "north_korean", "killed_or_wounded", "more_than",
      "more than 300", "period", low=300, derived=a01_body,
      notes="headline sums the body's 112 killed + 190 wounded = 302; the outlet's derived figure, shown beside the General Staff's two rows, never a separate estimate; 'hit' read as killed or wounded because it sums exactly those two"),
])
a01_lee = S("Lee said the Joint Chiefs could not confirm Ukraine's figure of 112 dead.",
            trap="restates the General Staff's 112 killed only to say it cannot be confirmed; no new claim")
a01 = [
    [a01_head],
    [S("EDITOR'S NOTE: This story has been updated throughout with comment from South Korea's military and a revised Ukrainian death toll.")],
    [a01_body,
     S("The statement's first version, released overnight, had put the number killed at 95; the General Staff said the higher figure included bodies counted after drone reconnaissance on Monday evening.", [
         R("ua-general-staff", "the General Staff", "north_korean", "killed", "exact", "95", "period",
           low=95, best=95, high=95,
           notes="superseded first release of the same claim (same event as the 112 killed); recorded because it was published, linked as a revision"),
     ])],
    [S("The figures could not be independently verified."),
     S("Russia's Defence Ministry, which has never acknowledged that North Korean troops are fighting on its soil, said its forces had repelled the attacks and killed up to 250 Ukrainian servicemen over the same two days.", [
         R("ru-mod", "Russia's Defence Ministry", "ukrainian", "killed", "at_most", "up to 250", "period", high=250,
           notes="'North Korean' in the sentence is not whose losses: the ministry counts Ukrainian dead"),
     ])],
    [S("A drone commander with Ukraine's 95th Brigade, who gave only his call sign, Shpak, said his unit alone had killed at least 40 North Koreans on Monday.", [
        R("ua-95th-brigade", "A drone commander with Ukraine's 95th Brigade (call sign Shpak)", "north_korean", "killed",
          "at_least", "at least 40", "period", low=40,
          notes="a serviceman speaking of his own unit's results takes the unit's id; one named day = period; may overlap the General Staff's two-day count"),
    ]),
     S("'They walk across open snow in groups of 10 or 15, and the drones find them,' he said.",
       trap="size of attacking groups, not losses")],
    [S("South Korea's Joint Chiefs of Staff said at a briefing in Seoul on Wednesday that North Korea had lost about 1,000 troops killed or wounded in the past month alone.", [
        R("kr-jcs", "South Korea's Joint Chiefs of Staff", "north_korean", "killed_or_wounded", "approximate",
          "about 1,000", "period", best=1000, notes="stated period: the past month; combined measure kept combined"),
    ]),
     S("Col. Lee Sung-jun, a spokesperson for the Joint Chiefs, said the North Korean contingent was losing roughly 30 killed or wounded a day over that period and that about 11,000 remained in the Kursk area.", [
         R("kr-jcs", "Col. Lee Sung-jun, a spokesperson for the Joint Chiefs", "north_korean", "killed_or_wounded",
           "approximate", "roughly 30", "period", counted_in="people_per_day", best=30,
           notes="a rate; its basis period is 'that period' = the past month; a spokesperson takes the body's id"),
         R("kr-jcs", "Col. Lee Sung-jun, a spokesperson for the Joint Chiefs", "north_korean", "deployed",
           "approximate", "about 11,000", "stock", best=11000, notes="troops remaining, not losses"),
     ]),
     a01_lee],
    [S("Kyiv says Russia and North Korea have together lost more than 50,000 troops killed and wounded in Kursk since August, when Ukraine launched its cross-border incursion.", [
        R("ua-officials", "Kyiv", "russian_and_north_korean", "killed_or_wounded", "more_than", "more than 50,000",
          "cumulative", low=50000,
          notes="'Kyiv' with no named body = Ukrainian officials; mixed count stays mixed; 'since August' = running total"),
    ]),
     S("Ukraine's military also said it had destroyed 14 armored vehicles and three artillery pieces in the two days of fighting.",
       trap="equipment destroyed, not people"),
     S("Ukrainian officials say some of the North Korean dead identified from documents were as young as 19.",
       trap="an age, not a count of dead")],
    [S("This is a developing story. Check back for updates.")],
]

# ---------------------------------------------------------------- a02
# Kyiv Independent-style explainer with Q&A headings (early February 2025).
a02 = [
    [S("Explainer: How many North Korean soldiers has the Kursk campaign cost Pyongyang?")],
    [S("Almost two months after North Korean troops first entered combat in Russia's Kursk Oblast, the question of how many of them have been killed remains one of the murkiest of the war.",
       trap="elapsed time and 'one of' idiom, no figure of losses"),
     S("Here is what is known.")],
    [S("How many were sent?")],
    [S("South Korean and Ukrainian intelligence agree that Pyongyang sent about 11,000 soldiers to Russia in the autumn of 2024, most of them from the elite Storm Corps.", [
        R("kr-nis", "South Korean intelligence", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          best=11000, notes="list of claimants: one row per claimant; 'South Korean intelligence' = the NIS"),
        R("ua-gur", "Ukrainian intelligence", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          best=11000, notes="second claimant of the same figure; 'Ukrainian intelligence' = HUR (GUR)"),
    ])],
    [S("Who is counting?")],
    [S("Three bodies publish figures: Ukraine's military intelligence agency, known as HUR; South Korea's National Intelligence Service (NIS); and the Pentagon.",
       trap="number of bodies publishing figures, not losses")],
    [S("What do they say?")],
    [S("HUR said on Jan. 20 that North Korean forces had suffered about 4,000 casualties since entering combat in early December, including roughly 1,100 dead.", [
        R("ua-gur", "HUR", "north_korean", "killed_wounded_or_missing", "approximate", "about 4,000", "cumulative",
          best=4000, notes="the text later defines HUR's word 'casualties' as killed, wounded and missing, so the measure is that combination"),
        R("ua-gur", "HUR", "north_korean", "killed", "approximate", "roughly 1,100", "cumulative", best=1100,
          notes="the dead are a part of the 4,000 (includes), never added to it"),
    ]),
     S("The NIS, Seoul's spy agency, told lawmakers a week earlier that some 300 had been killed and 2,700 wounded.", [
         R("kr-nis", "The NIS, Seoul's spy agency", "north_korean", "killed", "approximate", "some 300", "cumulative",
           relays="lawmakers", best=300, notes="an intelligence briefing to lawmakers reaches the press through them: lawmakers are the relay"),
         R("kr-nis", "The NIS, Seoul's spy agency", "north_korean", "wounded", "approximate", "2,700", "cumulative",
           relays="lawmakers", best=2700, notes="'some' governs both figures of the pair, so approximate"),
     ]),
     S("The Pentagon was more cautious, saying in mid-January only that the North had suffered 'several hundred' killed or wounded in the previous weeks.", [
         R("us-dod", "The Pentagon", "north_korean", "killed_or_wounded", "vague", "several hundred", "period",
           low=300, high=900, notes="vague quantity: 'several hundred' read as 300 to 900 (several = three to nine); 'the previous weeks' is a stated, if loose, window"),
     ])],
    [S("Why do the numbers differ?")],
    [S("Partly because the bodies count different things."),
     S("HUR's word 'casualties', its spokesman Oleh Taranenko said, covers the killed, the wounded and the missing, while the NIS counts only confirmed dead and wounded.")],
    [S("Are the figures rising?")],
    [S("Yes. On Feb. 3, HUR raised its count to 'nearly 5,000', and Taranenko said North Korean losses had run at about 50 a day during the January offensive.", [
        R("ua-gur", "HUR", "north_korean", "killed_wounded_or_missing", "vague", "nearly 5,000", "cumulative",
          low=4500, high=4999, notes="revised running total replacing the 4,000; 'nearly N' read as 0.9N to N-1; HUR's count is its defined 'casualties'"),
        R("ua-gur", "Taranenko (HUR spokesman)", "north_korean", "casualties_unspecified", "approximate", "about 50",
          "period", counted_in="people_per_day", best=50,
          notes="spokesman takes the body's id; 'losses' is not the word HUR defined, so unspecified; basis period: the January offensive"),
    ]),
     S("A Ukrainian officer quoted by this publication in December said a North Korean battalion had lost about 40% of its men in its first assault.", [
         R("ua-officials", "A Ukrainian officer", "north_korean", "casualties_unspecified", "approximate", "about 40%",
           "incident", counted_in="percent_of_force", best=40,
           notes="an unnamed officer takes the nation's officials id; share of one battalion, which the text gives no troop figure for"),
     ])],
    [S("What about Russia's losses?")],
    [S("Ukraine's General Staff does not separate Kursk from its nationwide tally, which rose by 1,530 Russian troops on Jan. 21 alone.", [
        R("ua-general-staff", "Ukraine's General Staff", "russian", "casualties_unspecified", "exact", "1,530", "period",
          low=1530, best=1530, high=1530, notes="one day's rise in the whole-war tally (area: whole war, not Kursk); the tally's measure is not defined here"),
    ])],
    [S("Does anyone dispute the figures?")],
    [S("Moscow has denied that North Korean soldiers are in Kursk at all, and Pyongyang has acknowledged no deaths."),
     S("A pro-Kremlin Telegram channel, Voyenny Vestnik, claimed on Feb. 4 that 'fewer than 100' North Koreans had died, a figure no other source supports.", [
         R("ru-voyenny-vestnik", "Voyenny Vestnik, a pro-Kremlin Telegram channel", "north_korean", "killed",
           "fewer_than", "fewer than 100", "cumulative", high=100,
           notes="claim cited to be doubted: still a claim, recorded; the channel is Russian, not of the side counted"),
     ]),
     S("The front in Kursk Oblast has shrunk to about 500 square kilometers from a peak of 1,300.",
       trap="area of territory, not losses")],
]

# ---------------------------------------------------------------- a03
# Korea JoongAng Daily-style report on a closed-door Intelligence Committee session (Wednesday 30 April 2025).
a03_s1 = S("North Korea has suffered about 4,700 casualties, including some 600 deaths, in the fighting in Russia's Kursk region, the National Intelligence Service (NIS) told a closed-door session of the National Assembly's Intelligence Committee on Wednesday, according to Rep. Yoo Sang-beom of the People Power Party, who briefed reporters afterward.", [
    R("kr-nis", "the National Intelligence Service (NIS)", "north_korean", "casualties_unspecified", "approximate",
      "about 4,700", "cumulative", relays="Rep. Yoo Sang-beom", best=4700,
      notes="'casualties' undefined in this text; running total since the troops entered combat"),
    R("kr-nis", "the National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "some 600",
      "cumulative", relays="Rep. Yoo Sang-beom", best=600, notes="the deaths are included in the 4,700"),
])
a03 = [
    [S("North Korean casualties in Kursk reach 4,700, NIS tells lawmakers", trap=restates(a03_s1))],
    [a03_s1,
     S("The death toll has doubled since January, when the agency put it at roughly 300, Yoo said.", [
         R("kr-nis", "the agency", "north_korean", "killed", "approximate", "roughly 300", "cumulative",
           relays="Rep. Yoo Sang-beom", best=300,
           notes="the agency's earlier running total (January), superseded by some 600; 'doubled' is the lawmaker's comparison, not a figure"),
     ])],
    [S("The spy agency said the North Korean units were pulled back from the front in February after suffering heavy losses but returned to combat in March alongside Russian marines.", [
        R("kr-nis", "The spy agency", "north_korean", "casualties_unspecified", "none", "heavy losses", "unspecified",
          relays="Rep. Yoo Sang-beom", notes="a loss stated with no number; relay inferred from the paragraph (Yoo's briefing); 'Russian marines' is not whose losses"),
    ]),
     S("According to Yoo, the agency believes at least 30 officers killed in Kursk were buried at a secret ceremony in Pyongyang in March, while families were told the men had died in training accidents.", [
         R("kr-nis", "the agency", "north_korean", "killed", "at_least", "at least 30", "unspecified",
           relays="Rep. Yoo Sang-beom", low=30, notes="officers only; the burial date is not the date of death, so scope unspecified; part of the some 600"),
     ])],
    [S("The NIS also estimated that about 2,000 reinforcements arrived in January and February, bringing the North Korean force in Russia to roughly 11,000 despite the losses.", [
        R("kr-nis", "The NIS", "north_korean", "deployed", "approximate", "roughly 11,000", "stock", best=11000,
          relays="Rep. Yoo Sang-beom",
          notes="troops present; the 'about 2,000 reinforcements' is a flow of arrivals, not troops present nor losses, and gets no row"),
    ])],
    [S("If the fighting continues at its current pace, North Korean casualties could exceed 10,000 by the end of the year, the agency warned, according to Rep. Han Mi-ra of the Democratic Party, the committee's other secretary.", [
        R("kr-nis", "the agency", "north_korean", "casualties_unspecified", "more_than", "exceed 10,000", "cumulative",
          relays="Rep. Han Mi-ra", modality="conditional", low=10000,
          notes="if-then: conditional; a running total looking to the end of 2025"),
    ]),
     S("Han said Seoul's spy agency put Russian losses in the Kursk region at about 60,000 killed and wounded since August.", [
         R("kr-nis", "Seoul's spy agency", "russian", "killed_or_wounded", "approximate", "about 60,000", "cumulative",
           relays="Rep. Han Mi-ra", best=60000, notes="Russian losses; alternate wording of the NIS"),
     ])],
    [S("The NIS estimate of North Korean dead is well below the 'more than 1,500 killed' that Ukraine's military intelligence has claimed, and Han said the agency regarded the Ukrainian figure as exaggerated.", [
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "killed", "more_than", "more than 1,500",
          "cumulative", low=1500, notes="claim cited to be disputed by the NIS: recorded as HUR's claim; 'Ukrainian figure' is HUR's, the losses are North Korean"),
    ])],
    [S("The agency also told the committee that North Korea had shipped Russia more than 12,000 containers of munitions since August 2023.",
       trap="munitions containers shipped, not people"),
     S("The session lasted about three hours.", trap="duration of the session"),
     S("The NIS declined to comment on the lawmakers' account.")],
]

# ---------------------------------------------------------------- a04
# Meduza-style investigation of families' obituaries (July 2025).
a04_s1 = S("Since August 2024, our reporters and a group of volunteers have found obituaries, funeral notices and relatives' posts for 1,274 Russian servicemen killed in the Kursk region.", [
    R("author", "the outlet's own count", "russian", "killed", "exact", "1,274", "cumulative",
      low=1274, best=1274, high=1274, notes="the outlet's own count of named dead: claimant is the author; a running total since August 2024"),
])
a04 = [
    [S("1,274 names and counting: the Russian soldiers who died for Kursk", trap=restates(a04_s1))],
    [S("Families bury them quietly; the Defence Ministry does not count them.")],
    [a04_s1,
     S("At least 317 of them were conscripts, whom the Kremlin had promised would never be sent into combat.", [
         R("author", "the outlet's own count", "russian", "killed", "at_least", "At least 317", "cumulative", low=317,
           notes="a subset of the 1,274 (included in it)"),
     ]),
     S("About a third served in volunteer formations such as the Akhmat units, which are not part of the regular army.",
       trap="composition of the identified dead (a share of the dead, not of a force); no new loss figure")],
    [S("Obituaries reveal the pace of the fighting: in March, when Russian and North Korean troops retook Sudzha, the dead we identified were dying at a rate of about 14 a day.", [
        R("author", "the outlet's own count", "russian", "killed", "approximate", "about 14", "period",
          counted_in="people_per_day", best=14,
          notes="a rate with basis period March; 'North Korean' near the figure is not whose losses: the identified dead are Russian"),
    ]),
     S("The names are only a part of the toll.")],
    [S("Using inheritance-case filings in regional courts, we estimate that between 6,000 and 8,500 Russian soldiers had died in the Kursk fighting by the end of June 2025.", [
        R("author", "the outlet's own estimate", "russian", "killed", "range", "between 6,000 and 8,500", "cumulative",
          low=6000, high=8500, notes="running total to a date ('by the end of June 2025')"),
    ]),
     S("That is well below the 'more than 38,000' Russian troops killed and wounded in Kursk that Ukraine's General Staff claims, a figure we cannot check.", [
         R("ua-general-staff", "Ukraine's General Staff", "russian", "killed_or_wounded", "more_than", "more than 38,000",
           "cumulative", low=38000, notes="a different measure (killed and wounded) from the outlet's killed: compared only with the same combination"),
     ])],
    [S("Artyom S., 19, from Tambov, signed a contract in October.", trap="an age, not a count"),
     S("His mother learned of his death in February from a soldier who had served with him.")],
    [S("Relatives of at least 46 men missing in Kursk since the Ukrainian incursion post appeals in a Telegram group run by Marina Lopatina, a nurse from Rylsk.", [
        R("author", "the outlet's own count", "russian", "missing", "at_least", "at least 46", "cumulative", low=46,
          notes="the outlet counts the appeals; 'Ukrainian incursion' is not whose losses: the missing are Russian soldiers"),
    ]),
     S("Lopatina believes the real number of missing men from her district alone is about 200.", [
         R("ru-marina-lopatina", "Marina Lopatina", "russian", "missing", "approximate", "about 200", "cumulative",
           best=200, notes="a private person's estimate, one district only; surname-only second mention"),
     ])],
    [S("A Kursk regional official, speaking on condition of anonymity, told us that enlistment offices in the region had received about 900 death notices for local men in the first half of 2025.", [
        R("ru-officials", "A Kursk regional official", "russian", "killed", "approximate", "about 900", "period",
          best=900, notes="local men wherever they died (area not only Kursk); stated period: first half of 2025; death notices = deaths notified"),
    ]),
     S("Two of the volunteers we worked with asked not to be named.", trap="number of volunteers, not losses"),
     S("Families of each soldier killed are entitled to payments of about 12 million rubles, which many told us they have not received.",
       trap="money (compensation), not a count")],
    [S("We found no obituaries for North Korean soldiers, whose deaths Pyongyang keeps secret.")],
]

# ---------------------------------------------------------------- a05
# ISW-style campaign assessment excerpt (Tuesday 11 March 2025).
a05_b2 = S("Russian milbloggers claimed that Ukrainian forces lost roughly 40 percent of their personnel in the Sudzha direction over the past week.", [
    R("ru-milbloggers", "Russian milbloggers", "ukrainian", "casualties_unspecified", "approximate", "roughly 40 percent",
      "period", counted_in="percent_of_force", best=40,
      notes="share of the Ukrainian force in the direction (no troop figure given); a group of bloggers = one group claimant; stated period: past week"),
])
a05 = [
    [S("Russian Offensive Campaign Assessment, March 11, 2025", trap="title date only")],
    [S("Key Takeaways:")],
    [S("Russian and North Korean forces advanced in the Sudzha direction, and Russian milbloggers claimed that Ukrainian forces lost roughly 40 percent of their personnel there over the past week.",
       trap=restates(a05_b2))],
    [S("Russian forces, supported by North Korean units, continued offensive operations in Kursk Oblast on March 10 and 11 and advanced in central Sudzha, according to geolocated footage.",
       trap="dates only, no loss figure"),
     a05_b2,
     S("A prominent Russian milblogger claimed on March 10 that Russian and North Korean forces killed 'up to 200' Ukrainian soldiers who had been encircled near Malaya Loknya, though ISW has not observed confirmation of this claim.", [
         R("ru-milblogger-unnamed", "A prominent Russian milblogger", "ukrainian", "killed", "at_most", "up to 200",
           "incident", high=200, notes="'Russian and North Korean' are the attackers, not whose losses; ISW doubts it but it is a claim"),
     ])],
    [S("Geolocated footage published on March 9 shows Ukrainian drones striking a group of about 12 North Korean infantrymen near Kurilovka, at least eight of whom appear to have been killed.", [
        R("author", "ISW (its own reading of the footage)", "north_korean", "killed", "at_least", "at least eight",
          "incident", low=8, notes="evidence: footage; 'about 12' is the group's size, not losses"),
    ]),
     S("Ukraine's 8th Special Forces Regiment reported on March 10 that its operators had killed 27 North Korean soldiers and captured two in a night raid near Kurilovka.", [
         R("ua-8th-sof-regiment", "Ukraine's 8th Special Forces Regiment", "north_korean", "killed", "exact", "27",
           "incident", low=27, best=27, high=27),
         R("ua-8th-sof-regiment", "Ukraine's 8th Special Forces Regiment", "north_korean", "captured", "exact", "two",
           "incident", low=2, best=2, high=2, notes="captured is its own measure"),
     ]),
     S("ISW cannot independently verify the regiment's claims.")],
    [S("The Ukrainian General Staff reported on March 11 that Ukrainian forces had killed or wounded 1,180 Russian personnel along the entire front in the past day; the General Staff does not specify how many of these were in Kursk Oblast.", [
        R("ua-general-staff", "The Ukrainian General Staff", "russian", "killed_or_wounded", "exact", "1,180", "period",
          low=1180, best=1180, high=1180, notes="whole front (area: whole war), one day; 'Ukrainian forces' are the killers, losses Russian"),
    ]),
     S("ISW previously assessed that North Korean forces suffered disproportionately high casualties in their initial assaults in December 2024 and January 2025 because they attacked in dense infantry formations.", [
         R("author", "ISW", "north_korean", "casualties_unspecified", "none", "disproportionately high casualties",
           "period", notes="a loss stated with no number; the digits are years; stated period December 2024 to January 2025"),
     ])],
    [S("Ukrainian officials stated that the Russian command has concentrated about 50,000 troops in Kursk Oblast, including some 11,000 North Koreans.", [
        R("ua-officials", "Ukrainian officials", "russian_and_north_korean", "deployed", "approximate", "about 50,000",
          "stock", best=50000, notes="the 50,000 includes the North Koreans: mixed"),
        R("ua-officials", "Ukrainian officials", "north_korean", "deployed", "approximate", "some 11,000", "stock",
          best=11000, notes="included in the 50,000"),
    ]),
     S("ISW assesses that if Russian forces cut the last Ukrainian supply road into Sudzha, Ukrainian forces remaining in the town could suffer several thousand casualties during a withdrawal.", [
         R("author", "ISW", "ukrainian", "casualties_unspecified", "vague", "several thousand", "unspecified",
           modality="conditional", low=3000, high=9000,
           notes="if-then: conditional; 'several thousand' read as 3,000 to 9,000; no dated window, scope unspecified"),
     ]),
     S("Ukrainian forces in the salient are within about 15 kilometers of the international border.",
       trap="distance, not losses"),
     S("Russian and Ukrainian officials conducted a prisoner exchange on March 8, swapping 175 prisoners each.",
       trap="prisoners exchanged, not losses")],
]

# ---------------------------------------------------------------- a06
# Financial Times-style analysis with a chart description (May 2025).
a06 = [
    [S("Kim's Kursk gamble: the mounting cost of North Korea's war in Russia")],
    [S("Western and Asian estimates of Pyongyang's losses vary widely, but all point in one direction",
       trap="'one direction' idiom, no figure")],
    [S("When North Korea sent its soldiers to Russia last autumn, few in Seoul expected them to fight for long."),
     S("US and South Korean officials now estimate that about 1,200 North Korean soldiers have been killed since the troops entered combat in December.", [
         R("us-officials", "US officials", "north_korean", "killed", "approximate", "about 1,200", "cumulative",
           best=1200, notes="list of claimants: one row each; unnamed officials of a nation"),
         R("kr-officials", "South Korean officials", "north_korean", "killed", "approximate", "about 1,200",
           "cumulative", best=1200, notes="second claimant of the same figure"),
     ])],
    [S("At current rates, a western defence official said, the North could lose another 3,000 killed or wounded by the summer.", [
        R("western-officials", "a western defence official", "north_korean", "killed_or_wounded", "exact",
          "another 3,000", "period", modality="projected", low=3000, best=3000, high=3000,
          notes="a forecast ('could lose ... by the summer'): projected; 'another' = an addition over the window to summer, not a total"),
    ]),
     S("Ukraine's military intelligence agency says the North was losing about 100 men a day at the height of the January offensive.", [
         R("ua-gur", "Ukraine's military intelligence agency", "north_korean", "casualties_unspecified", "approximate",
           "about 100", "period", counted_in="people_per_day", best=100,
           notes="rate; basis period the height of the January offensive; 'losing' undefined"),
     ]),
     S("The Institute for Strategic Conflict Studies, a London think-tank, calculates that about 40 per cent of the roughly 11,000-strong contingent has been killed or wounded.", [
         R("iscs", "The Institute for Strategic Conflict Studies", "north_korean", "killed_or_wounded", "approximate",
           "about 40 per cent", "cumulative", counted_in="percent_of_force", best=40,
           notes="a share of the contingent (share_of the 11,000 row)"),
         R("iscs", "The Institute for Strategic Conflict Studies", "north_korean", "deployed", "approximate",
           "roughly 11,000", "stock", best=11000, notes="the troop figure the share is of"),
     ])],
    [S("Chart: estimates of North Korean casualties in Kursk, by claimant and month of estimate."),
     S("Ukraine's HUR: 4,500 (February), 6,200 (April).", [
         R("ua-gur", "Ukraine's HUR", "north_korean", "casualties_unspecified", "exact", "4,500", "cumulative",
           low=4500, best=4500, high=4500, notes="chart value; running total as of February"),
         R("ua-gur", "Ukraine's HUR", "north_korean", "casualties_unspecified", "exact", "6,200", "cumulative",
           low=6200, best=6200, high=6200, notes="chart value; revised running total as of April"),
     ]),
     S("South Korea's NIS: 3,000 (January), 4,700 (April).", [
         R("kr-nis", "South Korea's NIS", "north_korean", "casualties_unspecified", "exact", "3,000", "cumulative",
           low=3000, best=3000, high=3000, notes="chart value, January"),
         R("kr-nis", "South Korea's NIS", "north_korean", "casualties_unspecified", "exact", "4,700", "cumulative",
           low=4700, best=4700, high=4700, notes="chart value, April; supersedes the January value"),
     ]),
     S("Source: FT compilation of official statements.")],
    [S("The losses matter to Kim Jong Un because the deployment earns hard currency: South Korean analysts estimate Russia pays about $2bn a year for North Korean munitions and troops.",
       trap="money, not losses"),
     S("North Korea's 1.2mn-strong army can easily replace the dead, said one Seoul-based analyst, but not the experience.",
       trap="size of the whole army at home, not troops deployed or lost")],
    [S("Russia, for its part, lost 1,400 soldiers a day across the front in December, according to Ukraine, though Kursk accounted for only a fraction.", [
        R("ua-officials", "Ukraine", "russian", "casualties_unspecified", "exact", "1,400", "period",
          counted_in="people_per_day", low=1400, best=1400, high=1400,
          notes="'Ukraine' with no named body = Ukrainian officials; a rate over December, whole front (area: whole war)"),
    ]),
     S("Moscow has not acknowledged any North Korean losses."),
     S("Civilians have also paid: Ukrainian officials say Russian strikes killed 11 people in neighbouring Sumy region last week.",
       trap="civilian deaths on another front, not military losses")],
]

# ---------------------------------------------------------------- a07
# Radio Free Asia-style report citing defectors and sources inside North Korea (Thursday 18 September 2025).
a07 = [
    [S("Defectors: North Korean families told to keep Russia deaths secret")],
    [S("SEOUL — North Korean authorities are ordering the families of soldiers killed in Russia not to hold funerals, sources inside the country and defectors in South Korea told Radio Free Asia on Thursday.")],
    [S("A defector in Seoul, who spoke on condition of anonymity, said his cousin in Hamhung had told him by smuggled mobile phone that at least 20 young men from the city had been killed in Russia since the winter.", [
        R("kp-source-hamhung", "his cousin in Hamhung", "north_korean", "killed", "at_least", "at least 20",
          "cumulative", relays="a defector in Seoul", low=20,
          notes="the cousin is the claimant, the defector relays; one city only; 'since the winter' = running total"),
    ]),
     S("Another source, a trader in Sinuiju, said soldiers who had returned from Russia spoke of about half of their battalion being killed or wounded in a single assault in January.", [
         R("kp-returned-soldiers", "soldiers who had returned from Russia", "north_korean", "killed_or_wounded",
           "approximate", "about half", "incident", relays="a trader in Sinuiju", counted_in="percent_of_force",
           best=50, notes="a share of one battalion, written as a fraction: 'about half' = approximately 50 percent; no troop figure given"),
     ]),
     S("The trader said one company of the Storm Corps had been 'wiped out' near Kurilovka.", [
         R("kp-trader-sinuiju", "a trader in Sinuiju", "north_korean", "casualties_unspecified", "exact", "one company",
           "incident", counted_in="companies", low=1, best=1, high=1,
           notes="a formation counted as the text names it; 'wiped out' is not split into killed and wounded; here the trader speaks without naming a source"),
     ])],
    [S("A source in Pyongyang with ties to the military medical service said about 30 wounded soldiers a week were arriving at a military hospital in the capital in March.", [
        R("kp-source-pyongyang", "A source in Pyongyang with ties to the military medical service", "north_korean",
          "wounded", "approximate", "about 30", "period", counted_in="people_per_week", best=30,
          notes="arrivals of wounded at one hospital, a weekly rate, basis period March"),
    ])],
    [S("Choi Kyung-hee, a former North Korean army officer who fled to the South in 2016 and now runs a defector research group in Seoul, estimated that as many as 3,000 North Korean soldiers had been killed.", [
        R("choi-kyung-hee", "Choi Kyung-hee", "north_korean", "killed", "at_most", "as many as 3,000", "cumulative",
          high=3000, notes="'as many as' = an upper bound; 2016 is a year; a defector is not North Korea's own side speaking"),
    ]),
     S("'The regime counts on silence,' Choi said."),
     S("Most of those sent to Russia were between 18 and 24 years old, the Hamhung source said.",
       trap="ages, not a count")],
    [S("North Korea's state news agency KCNA reported in August that the country's leadership had honoured 101 soldiers who 'died heroically' in the liberation of Kursk, the first acknowledgement of any deaths.", [
        R("kp-kcna", "North Korea's state news agency KCNA", "north_korean", "killed", "exact", "101", "cumulative",
          low=101, best=101, high=101,
          notes="state media of the side whose losses are counted: an own-side acknowledgement, far below the others"),
    ]),
     S("Choi said the true figure was 'at least 20 times' that.",
       trap="a multiplier of KCNA's figure; no figure stated (never multiply)")],
    [S("South Korea's spy agency said this month that about 6,000 North Korean military engineers and builders would be sent to Kursk to clear mines and rebuild.", [
        R("kr-nis", "South Korea's spy agency", "north_korean", "deployed", "approximate", "about 6,000", "stock",
          modality="projected", best=6000,
          notes="a forecast deployment (troops to be sent): projected; deployed figures take scope stock"),
    ]),
     S("RFA could not independently confirm the sources' accounts.")],
]

# ---------------------------------------------------------------- a08
# Polish daily (Rzeczpospolita-style) interview with a retired general (Friday 17 October 2025).
GEN = "Gen. Tadeusz Wróblewski"
a08 = [
    [S("Gen. Wróblewski: 'Kursk showed what Pyongyang is willing to pay'")],
    [S("Retired Gen. Tadeusz Wróblewski, 67, a former deputy chief of the Polish General Staff, spoke to Marta Zielińska.",
       trap="an age, not a count")],
    [S("Kyiv says North Korea has lost more than 6,000 soldiers in Kursk. Is that credible?", [
        R("ua-officials", "Kyiv", "north_korean", "casualties_unspecified", "more_than", "more than 6,000",
          "cumulative", low=6000, notes="the interviewer (the paper's own voice) cites Kyiv; 'lost' undefined"),
    ])],
    [S("I would be careful. Ukraine has every reason to round up, and Seoul's estimate, about 4,700 killed and wounded, is lower.", [
        R("kr-officials", "Seoul", "north_korean", "killed_or_wounded", "approximate", "about 4,700", "cumulative",
          relays=GEN, best=4700, notes="'Seoul' with no named body = South Korean officials; the general relays it"),
    ]),
     S("But even that means roughly 40 percent of the 11,000 men Pyongyang sent have been put out of action.", [
         R("pl-wroblewski", GEN, "north_korean", "casualties_unspecified", "approximate", "roughly 40 percent",
           "cumulative", counted_in="percent_of_force", best=40,
           notes="the general's own share (share_of his 11,000); 'put out of action' not defined, so unspecified"),
         R("pl-wroblewski", GEN, "north_korean", "deployed", "exact", "11,000", "stock", low=11000, best=11000,
           high=11000, notes="the troop figure the share is of"),
     ])],
    [S("And the Russians?")],
    [S("In my estimate Russia lost between 20,000 and 25,000 killed and wounded in Kursk from August to March.", [
        R("pl-wroblewski", GEN, "russian", "killed_or_wounded", "range", "between 20,000 and 25,000", "period",
          low=20000, high=25000, notes="stated period: August 2024 to March 2025"),
    ]),
     S("Two motor-rifle battalions were practically destroyed near Sudzha in the first week alone; Russian war bloggers admitted as much.", [
         R("pl-wroblewski", GEN, "russian", "casualties_unspecified", "exact", "Two motor-rifle battalions", "period",
           counted_in="battalions", low=2, best=2, high=2,
           notes="formations counted as the text names them; 'destroyed' not split; 'the first week' of the incursion"),
         R("ru-milbloggers", "Russian war bloggers", "russian", "casualties_unspecified", "exact",
           "Two motor-rifle battalions", "period", relays=GEN, counted_in="battalions", low=2, best=2, high=2,
           notes="'admitted as much' = the bloggers stated the same loss: a second claimant (own side), relayed by the general"),
     ])],
    [S("And Ukrainian losses?")],
    [S("Russia's Defence Ministry claims 76,000 Ukrainian dead and wounded in Kursk, which is absurd; a realistic figure might be a tenth of that.", [
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "killed_or_wounded", "exact", "76,000", "cumulative",
          relays=GEN, low=76000, best=76000, high=76000,
          notes="claim cited to be disputed; the general's 'a tenth of that' states no figure and gets no row (never compute 7,600)"),
    ]),
     S("A Ukrainian commander I know told me his side lost several hundred killed in the withdrawal from Sudzha in March.", [
         R("ua-officials", "A Ukrainian commander", "ukrainian", "killed", "vague", "several hundred", "period",
           relays=GEN, low=300, high=900,
           notes="an unnamed commander takes the nation's officials id; own side acknowledging; 'several hundred' read as 300 to 900"),
     ])],
    [S("What if the war goes on?")],
    [S("If Russia keeps attacking at this pace, it could lose another 100,000 men across the whole front by the spring.", [
        R("pl-wroblewski", GEN, "russian", "casualties_unspecified", "exact", "another 100,000", "period",
          modality="conditional", low=100000, best=100000, high=100000,
          notes="if-then: conditional; whole front (area: whole war); an addition looking to spring 2026"),
    ])],
    [S("Poland has trained more than 30,000 Ukrainian soldiers. Has Kursk changed that training?",
       trap="soldiers trained, not deployed or lost")],
    [S("Yes: drones. A North Korean squad of eight men in the open lasts perhaps two minutes under a drone.",
       trap="hypothetical squad size and time, no loss claim"),
     S("And on Friday Russia and Ukraine exchanged 205 prisoners each, which tells you both sides are holding many.",
       trap="prisoners exchanged, not losses")],
]

SPECS = {
    "a01-ap-write-through": a01,
    "a02-kyiv-independent-explainer": a02,
    "a03-joongang-intel-committee": a03,
    "a04-meduza-obituaries": a04,
    "a05-isw-assessment": a05,
    "a06-ft-analysis-chart": a06,
    "a07-rfa-defectors": a07,
    "a08-rzeczpospolita-interview": a08,
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
