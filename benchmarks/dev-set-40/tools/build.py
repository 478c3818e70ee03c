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


# ---------------------------------------------------------------- ab01
# A legal news site's digest of a Russian regional court judgment (in absentia).
MOD = ("ru-mod", "Russian Ministry of Defence")
PROS = ("ru-kursk-prosecutor", "Kursk regional prosecutor's office")
COURT = "Kursk Regional Court"
WITK = ("ru-witness-k", "Russian marine sergeant 'witness K.'")
ab01 = [
    [S("Pravo-Kursk judgment digest No. 212: Kursk Regional Court, case against Maj. Oleh Hrytsenko (in absentia)",
       trap="digest number in a title line; no loss")],
    [S("The Kursk Regional Court on Thursday, 19 June 2025, sentenced Major Oleh Hrytsenko, 41, a Ukrainian battalion commander, in absentia to 17 years in a strict-regime penal colony for his part in the August 2024 incursion into the region.",
       trap="date, age and prison term; no loss"),
     S("The summary below is based on the 38-page text of the judgment, which the court published on its website on Monday.",
       trap="page count of the judgment"),
     ],
    [S("According to the judgment, the prosecution relied on a certificate from the Russian Defence Ministry stating that the battalion Hrytsenko commanded had lost “no fewer than 160 servicemen killed” between August 2024 and February 2025.", [
        R(*MOD, "ukrainian", "killed", "at_least", "no fewer than 160", "period",
          relays="Kursk regional prosecutor's office > " + COURT, low=160,
          notes="the ministry's certificate is the claim; the prosecution put it to the court and the judgment recites it (relay of a relay). 'no fewer than' = at_least; the window Aug 2024-Feb 2025 is stated"),
     ]),
     S("The same document put the battalion’s wounded at “about 300”.", [
        R(*MOD, "ukrainian", "wounded", "approximate", "about 300", "period",
          relays="Kursk regional prosecutor's office > " + COURT, best=300,
          notes="'the same document' = the ministry certificate; its period carries over from the previous sentence"),
     ]),
     S("The judgment refers to the ministry throughout as “the competent federal body” and does not say how its figures were compiled."),
     ],
    [S("A prosecution witness, a Russian marine sergeant identified only as “witness K.”, told the court that his company had killed “about twenty” Ukrainian soldiers in a single assault near Sverdlikovo on 3 January and taken two prisoners.", [
        R(*WITK, "ukrainian", "killed", "approximate", "about twenty", "incident", relays=COURT, best=20,
          notes="a witness speaking from his own experience takes his own id; 'Russian marine' is the claimant's side, not whose losses"),
        R(*WITK, "ukrainian", "captured", "exact", "two prisoners", "incident", relays=COURT, low=2, best=2, high=2,
          notes="prisoners taken in the assault: a capture claim, not an exchange"),
     ]),
     S("He said his own company lost four men in the same fight.", [
        R(*WITK, "russian", "casualties_unspecified", "exact", "four", "incident", relays=COURT, low=4, best=4, high=4,
          notes="'lost four men' does not say killed or wounded: casualties_unspecified; the claimant's own side, so an acknowledgement"),
     ]),
     S("In closing, prosecutor Denis Avdeyev told the court that Ukrainian units in the district had been losing “up to 50 men a day” in the final weeks before the withdrawal.", [
        R(*PROS, "ukrainian", "casualties_unspecified", "at_most", "up to 50 men a day", "period", relays=COURT,
          counted_in="people_per_day", high=50,
          notes="a prosecutor presenting the state's case speaks for the prosecutor's office; a rate over 'the final weeks' (relative period)"),
     ]),
     S("He also told the court that “at least three” Ukrainian battalions, Hrytsenko’s among them, had been “destroyed in full” in the district by March.", [
        R(*PROS, "ukrainian", "casualties_unspecified", "at_least", "at least three", "cumulative", relays=COURT,
          counted_in="battalions", low=3,
          notes="formations 'destroyed' counted in battalions; 'by March' is a running total"),
     ]),
     ],
    [S("Hrytsenko’s court-appointed lawyer, Irina Zotova, disputed the ministry’s count, telling the court that the battalion “never had more than 450 men, so the figures cannot be checked against anything but the ministry’s word”.", [
        R("ru-zotova", "Irina Zotova, defence lawyer", "ukrainian", "deployed", "at_most", "never had more than 450", "stock",
          relays=COURT, high=450,
          notes="the strength of the battalion, not a loss: deployed/stock; she disputes the ministry's count without a loss figure of her own"),
     ]),
     S("The court rejected her objection, finding the Russian military’s data “consistent with the materials of the case”."),
     ],
    [S("The judgment also records that 11 civilians died in Sudzha district during the incursion and puts damage to property at 2.3 billion roubles.",
       trap="civilian deaths and money, not military losses"),
     S("Ukraine’s General Staff said in March that its units had left the region with “limited” losses; it has given no figure.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "ukrainian", "casualties_unspecified", "none",
          "“limited” losses", "unspecified",
          notes="a loss acknowledged without a number: qualifier none"),
     ]),
     ],
    [S("The verdict can be appealed within 15 days.", trap="appeal deadline"),
     S("Hrytsenko, believed to be serving with his unit in the Kharkiv region, could not be reached for comment.")],
]

# ---------------------------------------------------------------- ab02
# A Seoul daily quoting a diplomatic note verbale it has seen.
NIS = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
KML = "Korea Morning Ledger"
NOTE = "South Korean Foreign Ministry > " + KML
ab02_s1 = S("South Korea’s Foreign Ministry told Russia in a formal note this week that “no fewer than 4,700” North Korean soldiers had been killed or wounded in Russia’s Kursk region since December, according to a copy seen by the Korea Morning Ledger.", [
    R(*NIS, "north_korean", "killed_or_wounded", "at_least", "no fewer than 4,700", "cumulative", relays=NOTE, low=4700,
      notes="the note attributes the figure to 'the competent authority', which ministry officials identify as the NIS: the ministry and the paper that saw the note are relays"),
])
ab02 = [
    [S("Seoul’s protest note to Moscow puts North Korean casualties at nearly 5,000", [
        R("author", "Korea Morning Ledger (headline)", "north_korean", "casualties_unspecified", "vague", "nearly 5,000",
          "cumulative", low=4500, high=4999, derived=ab02_s1,
          notes="the headline rounds the note's 'no fewer than 4,700' killed or wounded up to its own figure; its word 'casualties' is undefined"),
     ])],
    [S("By Jung Ha-eun, diplomatic correspondent, Wednesday, 19 February 2025", trap="byline date")],
    [ab02_s1,
     S("The note verbale, dated Monday, 17 February, and handed to the Russian Embassy in Seoul, attributes the figure to “the assessment of the competent authority of the Republic of Korea”.",
       trap="date of the note; attributes the figure of the previous sentence"),
     S("Two ministry officials said the phrase referred to the National Intelligence Service, which does not comment on diplomatic correspondence.",
       trap="number of officials; names the claimant, no figure"),
     ],
    [S("“Of these, approximately 600 are assessed to have died,” the note reads.", [
        R(*NIS, "north_korean", "killed", "approximate", "approximately 600", "cumulative", relays=NOTE, best=600,
          notes="'of these' = the 4,700 since December; same attribution chain"),
     ]),
     S("It adds that the Korean People’s Army had “around 11,000” troops in the region by December and sent “a further 3,000 or so” in January and February.", [
        R(*NIS, "north_korean", "deployed", "approximate", "around 11,000", "stock", relays=NOTE, best=11000,
          notes="troops present, not lost"),
        R(*NIS, "north_korean", "deployed", "approximate", "3,000 or so", "stock", relays=NOTE, best=3000,
          notes="reinforcements sent, recorded as troops deployed; 'or so' = approximate"),
     ]),
     ],
    [S("The spy agency’s own briefing to lawmakers last month gave much lower numbers."),
     S("Rep. Hwang Dong-min, a member of parliament’s intelligence committee, said after a closed-door NIS session on 13 January that about 300 North Koreans had been killed and 2,700 wounded.", [
        R(*NIS, "north_korean", "killed", "approximate", "about 300", "cumulative", relays="Rep. Hwang Dong-min", best=300,
          notes="a lawmaker briefed by the agency is a relay; earlier estimate, since raised"),
        R(*NIS, "north_korean", "wounded", "approximate", "2,700", "cumulative", relays="Rep. Hwang Dong-min", best=2700,
          notes="'about' governs both coordinated figures"),
     ]),
     S("By this newspaper’s calculation, the agency’s estimate of the dead has therefore doubled in five weeks.",
       trap="the paper's ratio and interval between two estimates, not a loss figure"),
     ],
    [S("Moscow has rejected the figures."),
     S("The Russian Embassy, in a reply quoted on Tuesday by the Interfax news agency, called them “a fabrication of the Seoul regime” and said there were “zero” North Korean servicemen on Russian soil.", [
        R("ru-embassy-seoul", "Russian Embassy in Seoul", "north_korean", "deployed", "exact", "zero", "stock",
          relays="Interfax", low=0, best=0, high=0,
          notes="a denial stated as a deployed figure of nil; disputes the note rather than giving a loss figure"),
     ]),
     ],
    [S("Kyiv’s figures are higher still."),
     S("Ukraine’s military intelligence, the HUR, said on Friday that North Korean units had lost about 90 men a day during January assaults near Makhnovka.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "casualties_unspecified", "approximate",
          "about 90 men a day", "period", counted_in="people_per_day", best=90,
          notes="a rate over a stated month; 'lost ... men' undefined"),
     ]),
     S("A senior South Korean official, who spoke on condition of anonymity, said that if North Korea kept up its current tempo, its losses could pass 8,000 killed or wounded by the end of spring.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed_or_wounded", "more_than", "pass 8,000",
          "cumulative", modality="conditional", low=8000,
          notes="explicit if-then: conditional; an unnamed official, not the NIS"),
     ]),
     S("Ministry spokesman Bae Jin-ho declined on Tuesday to say whether the note had been shared with Washington, and the Russian Embassy did not answer two calls seeking comment.",
       trap="number of calls"),
     ],
]

# ---------------------------------------------------------------- ab03
# A regional Ukrainian TV channel's website.
BRIG = ("ua-163rd-brigade", "163rd Separate Assault Brigade (Ukraine)")
ab03_quote = S("“We counted 37 bodies in the tree line after the second wave, and the third wave walked straight over them.”", [
    R("ua-khmara", "'Khmara', drone company commander, 163rd Brigade", "north_korean", "killed", "exact", "37", "incident",
      low=37, best=37, high=37,
      notes="speaker named only in the next sentence; a commander telling what he saw speaks for himself; bodies = killed"),
])
ab03 = [
    [S("SUMY TV | Front line | Friday, 24 January 2025, 18:40", trap="timestamp")],
    [S("“We counted 37 bodies”: assault troops of the 163rd describe a night of North Korean attacks near Sudzha",
       trap=restates(ab03_quote))],
    [S("Soldiers of the 163rd Separate Assault Brigade say North Korean infantry attacked their positions outside Sudzha in three waves overnight from Wednesday to Thursday.",
       trap="unit number and number of attack waves; no loss")],
    [ab03_quote,
     S("That is how the commander of the brigade’s drone company, a 29-year-old who goes by the call sign “Khmara”, describes the night.",
       trap="age; names the speaker of the previous quote")],
    [S("The brigade’s press officer, Lt. Oksana Derkach, told Sumy TV that the unit’s overall count for the night was “more than 60 killed and around 40 wounded” among the attackers.", [
        R(*BRIG, "north_korean", "killed", "more_than", "more than 60", "incident", relays="Sumy TV", low=60,
          notes="a press officer takes the brigade's id; 'the attackers' are the North Korean infantry of the opening paragraph"),
        R(*BRIG, "north_korean", "wounded", "approximate", "around 40", "incident", relays="Sumy TV", best=40),
     ]),
     S("Derkach said the brigade’s own losses were “two killed and seven wounded, one of them seriously”.", [
        R(*BRIG, "ukrainian", "killed", "exact", "two killed", "incident", relays="Sumy TV", low=2, best=2, high=2,
          notes="surname only on second mention: the same press officer; own losses acknowledged"),
        R(*BRIG, "ukrainian", "wounded", "exact", "seven wounded", "incident", relays="Sumy TV", low=7, best=7, high=7,
          notes="'one of them seriously' is a subset, not a further row"),
     ]),
     S("“They will lose hundreds more before the end of the month,” she predicted.", [
        R(*BRIG, "north_korean", "casualties_unspecified", "vague", "hundreds more", "period", relays="Sumy TV",
          modality="projected", low=200, high=999,
          notes="a forecast to the end of January: projected; 'hundreds' read as 200-999; further losses, not a total"),
     ]),
     ],
    [S("The ‘Siversky’ brigade, as the 163rd is known in the region, has held the same stretch of the line since early December.",
       trap="unit number (third name for the brigade); no loss")],
    [S("“Half my platoon is in hospital with concussion,” said Private Taras Melnyk, 34, reached by phone at a stabilisation point near Yunakivka.", [
        R("ua-melnyk", "Pvt. Taras Melnyk (Ukraine)", "ukrainian", "wounded", "approximate", "Half", "unspecified",
          counted_in="percent_of_force", best=50,
          notes="a soldier speaking for himself; a share of his platoon, no troop figure given"),
     ]),
     S("The brigade says about a third of its drone operators have been rotated out for rest since the New Year.",
       trap="share rotated out for rest, not lost"),
     ],
    [S("In Moscow, the Russian Defence Ministry said its forces in the Kursk area had inflicted losses of “up to 230 servicemen” on Ukrainian units over the past 24 hours.", [
        R(*MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 230 servicemen", "period", high=230,
          notes="'losses' undefined; 'the past 24 hours' is a stated period"),
     ]),
     S("RIA Novosti, citing “a source in the Russian security structures”, claimed that 90 Ukrainian soldiers had surrendered in the Sudzha area this week; the brigade called the report “a fairy tale”.", [
        R("ru-security-source-unnamed", "Unnamed Russian security source", "ukrainian", "captured", "exact", "90", "period",
          relays="RIA Novosti", low=90, best=90, high=90,
          notes="an anonymous source relayed by an agency; cited and disputed by the brigade, which gives no figure"),
     ]),
     S("Ukraine’s General Staff, in its Friday morning update, put Russian losses along the whole front at 1,510 for the previous day, without giving a figure for the Kursk direction.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "casualties_unspecified", "exact",
          "1,510", "period", low=1510, best=1510, high=1510,
          notes="whole-front figure for one day, not a Kursk figure"),
     ]),
     ],
    [S("The Sumy regional military administration said Russian shelling damaged 14 houses in border communities on Thursday and injured a 67-year-old woman in Krasnopillia.",
       trap="houses and a civilian; not military losses")],
]

# ---------------------------------------------------------------- ab04
# A South Korean tabloid.
RADIO = "Radio Saebyeok"
KPSRC = ("kp-source-unnamed", "Unnamed North Korean trading source")
RI = ("ri-kwang-sok", "Ri Kwang-sok, defector and YouTuber")
ab04_urns = S("According to the source, about 2,000 urns arrived at Sunan airport in January and another 1,100 in February.", [
    R(*KPSRC, "north_korean", "killed", "approximate", "about 2,000", "period", relays=RADIO, best=2000,
      notes="urns of ashes = dead; 'the source' is named in the previous sentence"),
    R(*KPSRC, "north_korean", "killed", "approximate", "1,100", "period", relays=RADIO, best=1100,
      notes="'about' governs both coordinated figures; February is a separate stated period"),
])
ab04 = [
    [S("[SHOCK] “Over 3,000 dead” — urns of North Korean soldiers pile up at Pyongyang airport", [
        R("author", "The tabloid's own voice (headline)", "north_korean", "killed", "more_than", "Over 3,000", "period",
          low=3000, derived=ab04_urns,
          notes="the headline adds the source's January and February urn counts; in quotation marks but no one is quoted saying it"),
     ])],
    [S("Reporter Cho Min-ji | Monday, 7 April 2025, 06:10", trap="byline timestamp")],
    [S("Urns of ashes from Russia are “piling up” at Pyongyang, a North Korean trading source has told Radio Saebyeok, a Seoul-based station run by defectors."),
     ab04_urns,
     S("The station’s director, Choi Myong-hui, repeated the figures to this paper by phone on Sunday, saying the source “has been reliable for ten years”.",
       trap="repeats the previous figures without stating any; 'ten years' is the source's track record"),
     ],
    [S("Bereaved families were each given 10 kg of rice and a certificate calling their son a “hero of the republic”, the source said.",
       trap="rice given to families"),
     S("“Three boys from our street did not come back,” a woman from Hamhung was quoted as saying by the station.", [
        R("kp-hamhung-resident", "Unnamed woman from Hamhung", "north_korean", "killed_or_missing", "exact", "Three",
          "unspecified", relays=RADIO, low=3, best=3, high=3,
          notes="'did not come back' could be dead or missing: killed_or_missing; a private person speaking for herself"),
     ]),
     S("A photo the station passed to this paper, which could not be verified, shows 14 coffins draped in the North Korean flag inside a hangar.", [
        R("author", "The tabloid's own voice", "north_korean", "killed", "exact", "14", "incident", low=14, best=14, high=14,
          notes="the paper's own count of coffins in a photo (evidence: photo); the station only passed the photo on"),
     ]),
     ],
    [S("Seoul’s spy agency has been far more cautious."),
     S("Rep. Yoon Kyung-ho, briefed by the agency last week, told reporters that the NIS now estimates “around 1,500” North Korean dead, a figure he said “includes those who died of their wounds”.", [
        R(*NIS, "north_korean", "killed", "approximate", "around 1,500", "cumulative", relays="Rep. Yoon Kyung-ho", best=1500,
          notes="'Seoul's spy agency', 'the agency', 'the NIS' and 'the National Intelligence Service' are one body; the lawmaker relays"),
     ]),
     S("Asked about the urns, the National Intelligence Service said by text message that it “does not comment on single-source reports”."),
     ],
    [S("The Storm Corps, formally the 11th Army Corps, is believed to have sent about 11,000 men to the Kursk front last autumn.", [
        R("author", "The tabloid's own voice", "north_korean", "deployed", "approximate", "about 11,000", "stock", best=11000,
          notes="passive 'is believed' with no one named: the text's own voice; troops sent, not lost"),
     ]),
     S("“Half the Storm Corps is gone, dead or wounded, and Kim will send a third wave,” claimed Ri Kwang-sok, a former KPA captain whose YouTube channel has 480,000 subscribers.", [
        R(*RI, "north_korean", "killed_or_wounded", "approximate", "Half", "cumulative", counted_in="percent_of_force", best=50,
          notes="speaker named after the quote, in his own name; a share of the corps (whose strength the previous sentence gives, from another claimant); subscribers and 'third wave' are not losses"),
     ]),
     S("Ri predicted that if a third wave goes in, Pyongyang “will have lost 5,000 men by summer”.", [
        R(*RI, "north_korean", "casualties_unspecified", "exact", "5,000 men", "cumulative", modality="conditional",
          low=5000, best=5000, high=5000,
          notes="if-then forecast: conditional; 'lost ... men' undefined"),
     ]),
     S("Japan’s Toto Shimbun, citing a Ukrainian intelligence official, reported last month that 4,000 North Koreans had died.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed", "exact", "4,000", "cumulative",
          relays="Toto Shimbun", low=4000, best=4000, high=4000,
          notes="an unnamed official, though of an intelligence service, takes the nation's officials id; 'Japan's' is the relay, not whose losses"),
     ]),
     S("Most of the dead were between 18 and 24 years old, the trading source added.", trap="ages of the dead, no count"),
     ],
]

# ---------------------------------------------------------------- ab05
# A news agency's "week in review".
ab05_tally = S("TALLY — By this agency’s count, Ukrainian claims for the week add up to more than 2,000 Russian and North Korean troops killed or wounded.", [
    R("author", "Nordpress (the agency's own tally)", "russian_and_north_korean", "killed_or_wounded", "more_than",
      "more than 2,000", "period", low=2000,
      notes="the agency's own sum of the HUR (about 700), Zelenskyy (up to 800) and Kovalyshyn (more than 500) figures; no single source sentence"),
])
ab05 = [
    [S("THE WEEK: Sudzha changes hands as Kyiv claims more than 2,000 enemy troops killed or wounded", trap=restates(ab05_tally))],
    [S("Nordpress week in review, Kursk front, 8 to 14 March 2025; compiled by the Kyiv and Moscow desks.", trap="dates of the review")],
    [S("MONDAY — Ukraine’s military intelligence said Russian and North Korean units had lost about 700 troops killed or wounded in assaults on Sudzha over the weekend.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "russian_and_north_korean", "killed_or_wounded", "approximate",
          "about 700", "period", best=700, notes="mixed count stays mixed; 'over the weekend' is a stated period"),
     ]),
     S("The agency, known by its Ukrainian initials HUR or GUR, did not break the figure down by nationality.")],
    [S("TUESDAY — Russia’s Defence Ministry said its troops had entered Sudzha and that Ukraine had lost “more than 67,000” servicemen in the Kursk region since August 2024.", [
        R(*MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 67,000", "cumulative", low=67000,
          notes="running total since the incursion; disputed in the next sentence"),
     ]),
     S("Kyiv called the claim “an invention” but gave no figure of its own.")],
    [S("WEDNESDAY — US and South Korean officials, briefing reporters separately in Washington and Seoul, said North Korea’s dead in Russia now numbered “around 1,500”, roughly a third of its estimated casualties.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed", "approximate", "around 1,500", "cumulative",
          best=1500, notes="a list of claimants: one row per nation; 'a third of its estimated casualties' is not a share of a force and implies a figure the text does not give"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed", "approximate", "around 1,500",
          "cumulative", best=1500, notes="second nation of the list"),
     ]),
     S("In January, Seoul’s spy agency had told lawmakers that about 300 had died.", [
        R(*NIS, "north_korean", "killed", "approximate", "about 300", "cumulative", best=300,
          notes="the earlier, superseded estimate; 'In January' is when it was reported, the figure is a running total"),
     ]),
     S("Also on Wednesday, Russia and Ukraine swapped 175 prisoners each in a deal brokered by the United Arab Emirates.",
       trap="prisoners exchanged, not captured in fighting"),
     ],
    [S("THURSDAY — President Volodymyr Zelenskyy said in his evening address that Russian units in the Kursk direction were losing “about 400 men a day”.", [
        R("ua-zelenskyy", "Volodymyr Zelenskyy, President of Ukraine", "russian", "casualties_unspecified", "approximate",
          "about 400 men a day", "unspecified", counted_in="people_per_day", best=400,
          notes="a current rate with no stated window"),
     ]),
     S("In three days of fighting near Sverdlikovo alone, he said, “up to 800” Russian and North Korean troops had been killed or wounded, and “two battalions of Russian marines no longer exist”.", [
        R("ua-zelenskyy", "Volodymyr Zelenskyy, President of Ukraine", "russian_and_north_korean", "killed_or_wounded",
          "at_most", "up to 800", "period", high=800),
        R("ua-zelenskyy", "Volodymyr Zelenskyy, President of Ukraine", "russian", "casualties_unspecified", "exact",
          "two battalions", "period", counted_in="battalions", low=2, best=2, high=2,
          notes="formations destroyed, counted in battalions; may overlap the 800"),
     ]),
     ],
    [S("FRIDAY — Brig. Gen. Ostap Kovalyshyn, who commands Ukraine’s troops in the region, said his forces had killed or wounded “more than 500” attackers since Wednesday.", [
        R("ua-kovalyshyn", "Brig. Gen. Ostap Kovalyshyn (Ukraine)", "unspecified", "killed_or_wounded", "more_than",
          "more than 500", "period", low=500,
          notes="a named commander speaking in his own name; 'attackers' does not say whose"),
     ]),
     S("A pro-Kremlin war blogger, Artyom Lisin, claimed the same day that 3,000 Ukrainian soldiers had been killed in the “Sudzha pocket”; Ukraine’s General Staff called that “fiction”, and no other source has repeated it.", [
        R("ru-lisin", "Artyom Lisin, pro-Kremlin war blogger", "ukrainian", "killed", "exact", "3,000", "incident",
          low=3000, best=3000, high=3000, notes="claim cited only to be disputed; one encirclement = incident"),
     ]),
     S("At the Pentagon, spokesman Lt. Col. Dana Whitcomb said the department “would not dispute” Seoul’s figures but had none of its own to add."),
     ],
    [ab05_tally],
    [S("NEXT WEEK — The UN Security Council meets on Tuesday, 18 March, to discuss the war.", trap="date of a meeting")],
]

# ---------------------------------------------------------------- ab06
# A university working paper on obituaries.
AUTH6 = ("author", "Martinsen and Voss, University of Lindholm (the study's own counts)")
ab06 = [
    [S("Working Paper 25/07, Department of Demography, University of Lindholm, November 2025.", trap="paper number and date"),
     S("Authors: Helle Martinsen and Arkady Voss.")],
    [S("Counting the Kursk dead: what regional obituaries reveal")],
    [S("We identified 5,412 published obituaries of Russian servicemen who died in the Kursk region between 6 August 2024 and 30 April 2025.", [
        R(*AUTH6, "russian", "killed", "exact", "5,412", "period", low=5412, best=5412, high=5412,
          notes="the study's own count of named dead over a stated window"),
     ]),
     S("Sources were regional newspapers, municipal websites and memorial pages on VKontakte; each death was counted once, by name and date of birth."),
     S("Of these, 1,208 died in the three weeks after North Korean units entered the line in mid-December.", [
        R(*AUTH6, "russian", "killed", "exact", "1,208", "period", low=1208, best=1208, high=1208,
          notes="a subset of the 5,412 over three weeks; 'North Korean units' dates the window, they are not whose losses"),
     ]),
     S("At the peak, in the second half of January, the obituaries imply about 95 Russian deaths a day.", [
        R(*AUTH6, "russian", "killed", "approximate", "about 95 Russian deaths a day", "period",
          counted_in="people_per_day", best=95, notes="a rate over half a month"),
     ]),
     S("A further 640 obituaries describe the soldier as “missing, presumed dead”; we count them separately and not in the totals above.", [
        R(*AUTH6, "russian", "missing", "exact", "640", "period", low=640, best=640, high=640,
          notes="the authors keep 'missing, presumed dead' apart from the dead: missing"),
     ]),
     ],
    [S("In a validation sample of 300 soldiers whose deaths were confirmed by court inheritance records, 171 had an online obituary.",
       trap="sample sizes of the method, not a loss claim"),
     S("If obituaries capture between 40 and 60 percent of deaths, as that sample suggests, Russian military deaths in the region over the period would lie between 9,000 and 13,500.", [
        R(*AUTH6, "russian", "killed", "range", "between 9,000 and 13,500", "period", modality="conditional",
          low=9000, high=13500,
          notes="an if-then extrapolation: conditional; the percentages are coverage rates, not shares of a force"),
     ]),
     ],
    [S("The median age of the dead was 36; the oldest was 63.", trap="ages"),
     S("A quarter of the identified dead came from just three regions: Bashkortostan, Buryatia and Kursk itself.",
       trap="share of the dead by home region, not a share of a force lost"),
     ],
    [S("Ukraine’s General Staff claimed over the same months that Russia had lost more than 38,000 troops in the region, a figure it says includes the wounded.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed_or_wounded", "more_than",
          "more than 38,000", "period", low=38000,
          notes="the text defines the figure as including the wounded: killed_or_wounded"),
     ]),
     S("Our upper bound and that figure are compatible only if there were about two wounded for every death, a ratio we consider plausible.",
       trap="a wounded-to-dead ratio, not a loss figure"),
     ],
    [S("No obituaries of North Korean soldiers were found, so the study cannot test the South Korean intelligence estimate, cited by Yonhap in February, of about 4,700 North Korean casualties including about 600 dead.", [
        R(*NIS, "north_korean", "casualties_unspecified", "approximate", "about 4,700", "cumulative", relays="Yonhap", best=4700,
          notes="'the South Korean intelligence estimate' = the NIS; 'casualties' undefined here"),
        R(*NIS, "north_korean", "killed", "approximate", "about 600", "cumulative", relays="Yonhap", best=600),
     ]),
     S("Data and code are available from the authors on request."),
     ],
]

# ---------------------------------------------------------------- ab07
# A satellite-imagery analysis of new graves.
AUTH7 = ("author", "Terrastat Geospatial (the brief's own counts)")
ab07 = [
    [S("TERRASTAT IMAGERY BRIEF 09/2025, Monday, 22 September 2025", trap="brief number and date")],
    [S("Commercial imagery of 14 August 2025, compared with a pass on 12 December 2024, shows 1,140 new grave plots at the cemetery on the northern edge of Zaoleshenka, about 3 km west of Sudzha.", [
        R(*AUTH7, "unspecified", "killed", "exact", "1,140", "period", low=1140, best=1140, high=1140,
          notes="graves counted between two image dates; who is buried is not known (next sentence), so whose is unspecified"),
     ]),
     S("We cannot tell from orbit who is buried there."),
     S("About 700 of the new plots bear Russian tricolour flags and the uniform wooden crosses used for military burials in the region.", [
        R(*AUTH7, "russian", "killed", "approximate", "About 700", "period", best=700,
          notes="military markers and Russian flags: Russian military dead, a subset of the 1,140"),
     ]),
     S("Before December the cemetery grew by about 8 graves a week; between January and March it grew by about 45 a week.", [
        R(*AUTH7, "unspecified", "killed", "approximate", "about 8 graves a week", "period", counted_in="people_per_week",
          best=8, notes="a rate before the fighting; before December 2024"),
        R(*AUTH7, "unspecified", "killed", "approximate", "about 45 a week", "period", counted_in="people_per_week",
          best=45, notes="a rate over January-March"),
     ]),
     S("Forty-one markers in a single section share one naval infantry emblem and dates of death within the same week in January, which points to a single engagement.", [
        R(*AUTH7, "russian", "killed", "exact", "Forty-one", "incident", low=41, best=41, high=41,
          notes="one engagement by the brief's reading; Russian naval infantry in a Russian cemetery"),
     ]),
     S("A spokeswoman for the Sudzha district administration said the new graves also included “dozens” of civilians killed during the Ukrainian occupation.",
       trap="civilians, not military losses"),
     ],
    [S("Outside Pyongyang, a walled plot with 102 identical headstones appeared in Sunan district between March and June 2025.", [
        R(*AUTH7, "north_korean", "killed", "exact", "102", "period", low=102, best=102, high=102,
          notes="headstones counted in imagery; read as North Korean war dead because of the state-media statement that follows"),
     ]),
     S("North Korean state media said in August that soldiers who fell in the “liberation of Kursk” would rest in a new cemetery in the capital."),
     S("“A hundred headstones is a floor, not an estimate: most of their dead were cremated in Russia.”", [
        R("dascalu", "Mirela Dascălu, imagery analyst (own view)", "north_korean", "killed", "at_least", "A hundred",
          "cumulative", low=100,
          notes="speaker named only after the quote; she speaks for herself, not the company; 'a floor' = lower bound"),
     ]),
     S("That is the view of Mirela Dascălu, who leads Terrastat’s imagery team but said she was speaking for herself, not the company."),
     ],
    [S("Kyiv’s military intelligence directorate has said that “about 4,000” North Koreans were killed in the Kursk region; the imagery can neither confirm nor rule that out.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "approximate", "about 4,000",
          "cumulative", best=4000, notes="'Kyiv's military intelligence directorate' = HUR"),
     ]),
     S("The directorate, usually known by its initials HUR, has not said how it reached its figure."),
     ],
    [S("The Sudzha images have a resolution of 50 cm, and the new plots cover about 1.8 hectares.", trap="resolution and area"),
     S("The 12 images used in this brief cost $4,800.", trap="number of images and cost")],
]

# ---------------------------------------------------------------- ab08
# A French weekly in translation.
DRM = ("fr-drm", "French military intelligence (DRM)")
OBS = "L’Observateur du Jeudi"
ab08_drm = S("In Paris, the Direction du renseignement militaire (DRM) estimates that “around 2,900” North Korean soldiers have been killed in the Kursk region since December 2024, and about three times as many wounded, according to a note seen by L’Observateur.", [
    R(*DRM, "north_korean", "killed", "approximate", "around 2,900", "cumulative", relays=OBS, best=2900,
      notes="the weekly saw the note: relay; 'three times as many wounded' is a multiple, not a figure, and is not converted"),
])
ab08 = [
    [S("Translated from the French."),
     S("The original appeared in the weekly L’Observateur du Jeudi on 27 November 2025.",
       trap="publication date of the original")],
    [S("Kursk: Pyongyang’s silent dead")],
    [S("According to French military intelligence, nearly 3,000 North Korean soldiers have died in Russia in a single year, and Pyongyang keeps sending more.", [
        R("author", "L’Observateur du Jeudi (standfirst)", "north_korean", "killed", "vague", "nearly 3,000", "cumulative",
          low=2700, high=2999, derived=ab08_drm,
          notes="the standfirst rounds the DRM's 'around 2,900' to its own 'nearly 3,000': the outlet's derived figure"),
     ])],
    [ab08_drm,
     S("[Translator’s note: the French text reads “environ 2 900”; the weekly’s standfirst says “près de 3 000”, rendered above as “nearly 3,000”.]",
       trap="translator's note on wording; the figures are rows elsewhere"),
     ],
    [S("A general officer in Paris, who asked not to be named, told us the military intelligence service’s count draws in part on British work."),
     S("Britain’s Defence Intelligence, he said, had put North Korean casualties at “more than 6,000” by the spring.", [
        R("uk-defence-intelligence", "UK Defence Intelligence", "north_korean", "casualties_unspecified", "more_than",
          "more than 6,000", "cumulative", relays="unnamed French general officer > " + OBS, low=6000,
          notes="relay of a relay: the British figure as told by an anonymous French officer to the weekly"),
     ]),
     S("An adviser at the Élysée, speaking for the presidency, said France “has no reason to doubt” the DRM’s estimate."),
     ],
    [S("Pyongyang, which had some 11,000 troops in the region at the peak, has since sent about 6,000 military engineers and builders to clear mines, the DRM note says.", [
        R(*DRM, "north_korean", "deployed", "approximate", "some 11,000", "stock", relays=OBS, best=11000,
          notes="claimant named at the end of the sentence"),
        R(*DRM, "north_korean", "deployed", "approximate", "about 6,000", "stock", relays=OBS, best=6000,
          notes="engineers and builders sent: deployed, not lost"),
     ]),
     S("The note warns that the engineers “could suffer several hundred casualties” by the end of 2026 from mines and drones.", [
        R(*DRM, "north_korean", "casualties_unspecified", "vague", "several hundred", "cumulative", relays=OBS,
          modality="projected", low=300, high=900, notes="a forecast to the end of 2026"),
     ]),
     ],
    [S("“They came in columns of thirty, forty, and we stopped counting,” says Serhiy, 42, a machine-gunner in a Ukrainian brigade that we agreed not to name.",
       trap="size of attacking columns and an age; no loss counted"),
     S("Ukraine’s General Staff put North Korean losses at 6,100 killed or wounded as of October, a figure President Zelenskyy later repeated on French television.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "killed_or_wounded", "exact",
          "6,100", "cumulative", low=6100, best=6100, high=6100,
          notes="the General Staff's own figure; the president repeating it is a later relay of the same claim, not a second row"),
     ]),
     ],
    [S("Kim Jong Un, at a ceremony in Pyongyang in August, honoured 101 fallen “heroes” by name.", [
        R("kp-kim-jong-un", "Kim Jong Un, leader of North Korea", "north_korean", "killed", "exact", "101", "cumulative",
          low=101, best=101, high=101, notes="the own side acknowledging named dead; a floor, not a total"),
     ]),
     S("Ukraine still holds the two North Korean soldiers its special forces captured in January; Seoul has said it would take them if they asked.", [
        R("author", "L’Observateur du Jeudi (own voice)", "north_korean", "captured", "exact", "two", "incident",
          low=2, best=2, high=2, notes="the weekly's own statement of a capture, not an exchange"),
     ]),
     S("In the latest prisoner exchange, on 2 October, 185 Ukrainians came home; no North Koreans were involved.",
       trap="prisoners exchanged"),
     S("Pyongyang is believed to earn about $2,000 a month for each soldier it sends.", trap="money"),
     ],
]

SPECS = {
    "ab01-tribunal-summary": ab01,
    "ab02-note-verbale": ab02,
    "ab03-regional-tv-site": ab03,
    "ab04-korean-tabloid": ab04,
    "ab05-wire-week-in-review": ab05,
    "ab06-obituary-study": ab06,
    "ab07-satellite-graves": ab07,
    "ab08-french-weekly-translation": ab08,
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
