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


# ---------------------------------------------------------------- z01
# An Economist-style briefing that describes its own chart. The paper never names itself
# ("this newspaper", "our chart"), so its own figures are `author` rows with no relay.
A1 = "The briefing's own voice (weekly, not named)"
z01_hud = S("At the top is Ukraine’s military intelligence agency, HUR, which said on Monday May 12th that 6,100 North Koreans had been killed or wounded since they entered the fight in December.", [
    R("ua-gur", "Ukraine's military intelligence agency (HUR)", "north_korean", "killed_or_wounded", "exact", "6,100",
      "cumulative", low=6100, best=6100, high=6100, notes="running total 'since they entered the fight'; report date Monday May 12th"),
])
z01 = [
    [S("Briefing: North Korea’s war in Kursk")],
    [S("Counting Kim’s dead")],
    [S("Pyongyang’s soldiers have bled heavily for Russia.", [
        R("author", A1, "north_korean", "casualties_unspecified", "none", "bled heavily", "unspecified",
          notes="loss stated with no number in the text's own voice"),
     ]),
     S("How heavily depends on whom you ask.")],
    [S("Print edition | May 17th 2025", trap="publication date, not a figure of losses")],
    [S("When the first North Korean troops reached Russia’s Kursk region in the autumn of 2024, Western officials reckoned there were about 11,000 of them.", [
        R("western-officials", "Western officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000",
          "stock", best=11000, notes="troops present, not losses"),
     ]),
     S("South Korea’s National Intelligence Service (NIS) later put the number sent at some 14,000, after a second contingent of about 3,000 arrived in January.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "approximate", "some 14,000",
          "stock", best=14000, notes="total sent, including the second contingent"),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "approximate", "about 3,000",
          "stock", best=3000, notes="the reinforcement contingent alone, included in the 14,000; a deployment, not a loss"),
     ]),
     S("Our chart plots every public estimate of their losses we could find, and the spread is the story."),
     S("It shows 14 estimates from six claimants, made between December and mid-May.",
       trap="describes the chart (number of estimates and claimants), not losses")],
    [S("At the bottom sits Pyongyang itself, which has published no figure at all; in April its state media conceded only that soldiers had “fallen heroically” in the “liberation” of Kursk.", [
        R("kp-state-media", "North Korean state media", "north_korean", "killed", "none", "fallen heroically", "unspecified",
          notes="own side acknowledges deaths without a number"),
     ]),
     z01_hud,
     S("In between, America’s Defence Department put the toll at “roughly 4,000 killed and wounded” in February, and Seoul’s spy agency said in April that about 2,000 had died.", [
        R("us-dod", "US Department of Defense", "north_korean", "killed_or_wounded", "approximate", "roughly 4,000",
          "cumulative", best=4000, notes="'killed and wounded' is one combined figure; a toll to date in February"),
        R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "killed", "approximate", "about 2,000",
          "cumulative", best=2000, notes="'Seoul's spy agency' is the NIS under another wording; dead only"),
     ])],
    [S("On the chart, blue dots are estimates of the dead alone and red dots add the wounded, which is why the two series cannot honestly be joined into a single line.",
       trap="'two series' describes the chart, not a figure of losses"),
     S("Taken at face value, HUR’s figure implies losses of roughly 40 a day over the 150-odd days since the first big assaults, a rate we derived, not one Kyiv has stated.", [
        R("author", A1, "north_korean", "killed_or_wounded", "approximate", "roughly 40", "period",
          counted_in="people_per_day", best=40, derived=z01_hud,
          notes="the paper's own rate from HUR's 6,100 over '150-odd days'; the measure is HUR's combined one; '150-odd days' is a duration"),
     ]),
     S("It would also mean that a force of 14,000 had lost more than two-fifths of its strength, a share few armies sustain for long without breaking.", [
        R("author", A1, "north_korean", "killed_or_wounded", "more_than", "more than two-fifths", "cumulative",
          counted_in="percent_of_force", low=40, derived=z01_hud,
          notes="the paper's own share (6,100 of 14,000); 'a force of 14,000' restates the NIS troop figure, no new row; 'would mean' is arithmetic on a reported figure, not a forecast"),
     ])],
    [S("Some of the gap is a matter of definitions."),
     S("Ukrainian officers count a man as a casualty when drone footage shows him fall; Seoul’s analysts, by contrast, count only deaths they believe are confirmed by intercepts."),
     S("A senior South Korean official, asked about the HUR tally, called it “plausible but generous” and suggested that a third of those counted as wounded had since returned to the line.",
       trap="a share of the wounded said to have recovered, not a loss figure")],
    [S("A Western intelligence assessment seen by this newspaper reckons that, at the present tempo, North Korea could lose another 3,000 killed or wounded by the end of the summer.", [
        R("western-intelligence", "A Western intelligence assessment (unnamed)", "north_korean", "killed_or_wounded", "exact",
          "another 3,000", "period", modality="projected", low=3000, best=3000, high=3000,
          notes="forecast to the end of summer with no if-clause: projected; 'another' adds to losses so far, not a total"),
     ]),
     S("Pyongyang has also sent Russia millions of artillery shells and perhaps 15,000 labourers, numbers that belong on a different chart.",
       trap="munitions and civilian labourers, not troops or losses")],
    [S("The honest summary is that somewhere between 2,000 and 6,100 North Koreans have been killed or wounded, and that nobody outside Pyongyang knows which end is nearer the truth.", [
        R("author", A1, "north_korean", "killed_or_wounded", "range", "between 2,000 and 6,100", "cumulative",
          low=2000, high=6100, derived=z01_hud,
          notes="the paper's bracket of others' figures: high end HUR's 6,100; low end is the NIS killed-only 2,000 from the sentence before the chart note"),
     ])],
]

# ---------------------------------------------------------------- z02
# A German tabloid (Bild-style) report translated into English; source a HUR officer.
BLITZ = "BLITZ"
A2 = "BLITZ (the tabloid's own voice)"
OLEH = "HUR officer 'Oleh' (first name only)"
z02_week = S("“In the last week alone we counted 412 dead and around 570 wounded North Koreans near Sverdlikovo and Kurilovka,” he tells BLITZ.", [
    R("ua-gur", OLEH, "north_korean", "killed", "exact", "412", "period", relays=BLITZ,
      low=412, best=412, high=412, notes="an officer of HUR speaking to the paper takes HUR's id; 'the last week' is a stated window"),
    R("ua-gur", OLEH, "north_korean", "wounded", "approximate", "around 570", "period", relays=BLITZ,
      best=570, notes="same week; 'around' qualifies only the wounded"),
])
z02 = [
    [S("BLOODBATH IN KURSK: Almost 1,000 of Kim’s soldiers killed or wounded in ONE week!", [
        R("author", A2, "north_korean", "killed_or_wounded", "vague", "Almost 1,000", "period",
          low=900, high=999, derived=z02_week,
          notes="headline figure the paper made by adding the officer's 412 dead and around 570 wounded; shown beside them, not a separate estimate"),
     ])],
    [S("412 DEAD IN SEVEN DAYS – a Ukrainian spy reveals the horror of Putin’s foreign legion", trap=restates(z02_week))],
    [S("By Katrin Wolff and Sven Ebeling (translated from the German)")],
    [S("Kyiv/Berlin – They come in waves, on foot, through the snow."),
     S("Oleh (37) is an officer of Ukraine’s military intelligence service HUR and may not give his surname.",
       trap="age of the source"),
     S("For months he has watched the North Koreans through drone cameras.")],
    [z02_week,
     S("That is about 140 dead or wounded every single day, Oleh says.", [
        R("ua-gur", OLEH, "north_korean", "killed_or_wounded", "approximate", "about 140", "period",
          counted_in="people_per_day", relays=BLITZ, best=140,
          notes="the officer's own daily rate over the same week; 'dead or wounded' is combined; surname-less second mention 'Oleh'"),
     ])],
    [S("Kim Jong Un sent around 11,000 soldiers to Russia last autumn, and another 3,000 followed in January.", [
        R("author", A2, "north_korean", "deployed", "approximate", "around 11,000", "stock", best=11000,
          notes="background in the paper's own voice, no source given"),
        R("author", A2, "north_korean", "deployed", "exact", "another 3,000", "stock", low=3000, best=3000, high=3000,
          notes="reinforcement contingent; troops sent, not lost"),
     ]),
     S("According to Oleh, fewer than 8,000 of them are still fit to fight.", [
        R("ua-gur", OLEH, "north_korean", "deployed", "fewer_than", "fewer than 8,000", "stock", relays=BLITZ, high=8000,
          notes="strength still in the field, not a loss; no loss figure is derived from 14,000 minus 8,000"),
     ]),
     S("Brutal: the wounded are often left behind, and at least 20 soldiers blew themselves up with grenades rather than be taken prisoner, he says.", [
        R("ua-gur", OLEH, "north_korean", "killed", "at_least", "at least 20", "unspecified", relays=BLITZ, low=20,
          notes="suicides to avoid capture counted as killed; no window stated"),
     ]),
     S("Only two North Koreans have been captured alive so far.", [
        R("ua-gur", OLEH, "north_korean", "captured", "exact", "two", "cumulative", relays=BLITZ, low=2, best=2, high=2,
          notes="claimant from the paragraph's source; 'so far' is a running total"),
     ]),
     S("Both are being held in Kyiv, aged 21 and 26: “They want to live,” says Oleh.", trap="ages of the prisoners")],
    [S("The Russians are not faring much better: HUR estimates that Moscow lost about 1,500 soldiers in the Kursk region in January alone.", [
        R("ua-gur", "Ukraine's military intelligence (HUR)", "russian", "casualties_unspecified", "approximate", "about 1,500",
          "period", relays=BLITZ, best=1500, notes="'lost' not defined: casualties_unspecified; January is the stated period"),
     ]),
     S("German military expert Dr. Jens Albrecht (58) of a Hamburg think tank is appalled: “North Korea has burned through a quarter of its expeditionary force in a few months.”", [
        R("jens-albrecht", "Jens Albrecht, Hamburg think-tank expert", "north_korean", "casualties_unspecified", "exact",
          "a quarter", "cumulative", counted_in="percent_of_force", relays=BLITZ, low=25, best=25, high=25,
          notes="'German' is the expert's nationality, not whose losses; share since arrival; (58) is an age"),
     ]),
     S("“No army in NATO would accept that.”")],
    [S("And if Putin orders a new push toward Sumy, Oleh warns, “Kim could lose another 5,000 men by the summer.”", [
        R("ua-gur", OLEH, "north_korean", "casualties_unspecified", "exact", "another 5,000", "period",
          modality="conditional", relays=BLITZ, low=5000, best=5000, high=5000,
          notes="if-then forecast to the summer: conditional"),
     ]),
     S("Moscow and Pyongyang did not respond to questions from BLITZ.")],
    [S("This report first appeared in German in BLITZ on Thursday, February 6, 2025.", trap="publication date")],
]

# ---------------------------------------------------------------- z03
# An NK News / NK Pro-style analysis of satellite imagery and obituaries.
KWP = "Korea Watch Pro"
A3 = "Korea Watch Pro (the analysis's own voice)"
z03_graves = S("Commercial satellite imagery captured on March 9 shows that a walled section of Pyongyang’s Sinmi-ri martyrs’ cemetery, cleared of trees in early November, now holds roughly 250 fresh grave markers in 10 neat rows.", [
    R("author", A3, "north_korean", "killed", "approximate", "roughly 250", "cumulative", best=250,
      notes="the outlet's own count of graves on imagery, read as dead; the next sentence says not all may be Kursk soldiers; '10 neat rows' is layout"),
])
z03_list = S("On Tuesday, the ruling party’s Rodong Sinmun printed a full page of 101 names of soldiers made posthumous “Heroes of the DPRK” for the “Kursk liberation operation,” the first such list it has published.", [
    R("kp-rodong-sinmun", "Rodong Sinmun", "north_korean", "killed", "exact", "101", "cumulative", relays=KWP,
      low=101, best=101, high=101, notes="posthumous awards: the own side's state paper names its dead"),
])
z03 = [
    [S("Imagery shows hundreds of new graves at Pyongyang martyrs’ cemetery as state media names Kursk dead", [
        R("author", A3, "north_korean", "killed", "vague", "hundreds", "cumulative", low=200, high=999, derived=z03_graves,
          notes="headline's vague 'hundreds' made from the body's roughly 250 markers"),
     ])],
    [S("Korea Watch Pro | Analysis | By Min-seo Harper | Friday, March 14, 2025", trap="byline and publication date")],
    [z03_graves,
     S("At 50-centimeter resolution the markers carry no legible names, and Korea Watch Pro cannot confirm that all of them belong to soldiers killed in Russia.",
       trap="image resolution, not a count")],
    [S("But the timing matches other signs."),
     z03_list,
     S("Another 38 soldiers on the list received the Order of the National Flag without the word “posthumous,” which suggests they survived, perhaps wounded.",
       trap="living award recipients; 'perhaps wounded' is speculation, not a count of wounded"),
     S("State television separately aired obituaries for four officers, among them a 52-year-old colonel who, KCTV said, died “leading an assault group” in February.", [
        R("kp-kctv", "KCTV (North Korean state television)", "north_korean", "killed", "exact", "four", "unspecified",
          relays=KWP, low=4, best=4, high=4, notes="obituaries; '52-year-old' is an age; the February death is one of the four"),
     ])],
    [S("The 101 names amount to less than 1% of the roughly 14,000 troops South Korea’s spy agency says the North has dispatched.", [
        R("author", A3, "north_korean", "killed", "fewer_than", "less than 1%", "cumulative",
          counted_in="percent_of_force", high=1, derived=z03_list,
          notes="the outlet's own share of the Rodong Sinmun list against the NIS troop figure"),
        R("kr-nis", "South Korea's spy agency (NIS)", "north_korean", "deployed", "approximate", "roughly 14,000", "stock",
          relays=KWP, best=14000, notes="troops sent, the base of the share"),
     ]),
     S("The National Intelligence Service told lawmakers in late February that about 600 North Koreans had been killed, a figure one member of parliament’s intelligence committee, Rep. Lee Jae-hoon, repeated to reporters on Thursday.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 600",
          "cumulative", relays="Rep. Lee Jae-hoon > " + KWP, best=600,
          notes="lawmaker briefed by the agency passes it on; 'one member' is not a figure"),
     ]),
     S("“The state is acknowledging a floor, not a total,” Lee said.")],
    [S("Ukraine’s military intelligence, by contrast, estimates that some 4,000 North Koreans have been killed or wounded to date, while a Russian military blogger with half a million followers put the dead at “no more than 200,” a claim widely mocked on Ukrainian channels.", [
        R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed_or_wounded", "approximate", "some 4,000",
          "cumulative", relays=KWP, best=4000, notes="'to date': running total"),
        R("ru-military-bloggers", "A Russian military blogger (unnamed)", "north_korean", "killed", "at_most", "no more than 200",
          "cumulative", relays=KWP, high=200,
          notes="cited to be disputed; 'Russian' is the blogger's, 'Ukrainian' the channels'; 'half a million followers' is not a loss"),
     ])],
    [S("If burials continue at roughly 60 a month, the pace the imagery suggests since the section was cleared, some 550 more graves would be dug by the end of 2025.", [
        R("author", A3, "north_korean", "killed", "approximate", "roughly 60", "period", counted_in="people_per_month",
          best=60, notes="the outlet's burial rate since November, stated as the pace so far (reported)"),
        R("author", A3, "north_korean", "killed", "approximate", "some 550", "period", modality="conditional",
          best=550, notes="if-then forecast to the end of 2025: conditional; 'more' adds to graves so far"),
     ]),
     S("Satellite images of the Kangdong training grounds, where analysts believe a new contingent of roughly 6,000 troops has been drilling since January, show at least 30 new barracks.",
       trap="troops training inside North Korea (not deployed to the war) and buildings, not losses")],
    [S("Subscribers can download the March 9 image and the full list of 101 names from the Korea Watch Pro data desk.",
       trap="restates the list already counted; date of the image")],
]

# ---------------------------------------------------------------- z04
# A KCNA statement denying losses, retold by a Seoul wire with rebuttals.
HANBIT = "Hanbit News Agency"
NIS4 = "South Korea's National Intelligence Service (NIS)"
z04 = [
    [S("SEOUL, Feb. 21 (Hanbit) -- North Korea has denied that its troops suffered heavy losses fighting for Russia, calling such reports a “smear campaign” by Seoul and Washington in its first direct comment on the casualty claims.",
       trap="dateline; a denial of losses, not a count")],
    [S("In a commentary issued Thursday, the Korean Central News Agency (KCNA) said the North’s “overseas operation units” had not lost “a single fighter to capture” and accused Kyiv of parading “two impostors” before cameras.",
       trap="a denial; 'two impostors' is KCNA's name for the prisoners Ukraine holds, not a loss it counts"),
     S("It singled out Seoul’s National Intelligence Service (NIS), whose estimate of some 3,000 casualties it called “a lie cooked up in a puppet den.”", [
        R("kr-nis", NIS4, "north_korean", "casualties_unspecified", "approximate", "some 3,000", "cumulative",
          relays="KCNA > " + HANBIT, best=3000,
          notes="the NIS figure as KCNA cites it, only to dispute it; KCNA is a relay here, not the claimant"),
     ]),
     S("The units, it said, had fulfilled their “internationalist duty” with “minimal and honourable sacrifice.”", [
        R("kp-kcna", "Korean Central News Agency (KCNA)", "north_korean", "casualties_unspecified", "none",
          "minimal and honourable sacrifice", "cumulative", relays=HANBIT,
          notes="own side concedes losses without a number"),
     ]),
     S("KCNA’s roughly 1,800-word commentary also praised Russian forces for “liberating” 1,268 square kilometres of Kursk territory.",
       trap="length of the commentary and an area, not losses")],
    [S("Seoul’s spy agency stood by its figure on Friday, telling lawmakers in a closed-door briefing that about 300 North Korean soldiers had been killed and roughly 2,700 wounded since December, according to Rep. Yoon Sang-min, who attended.", [
        R("kr-nis", NIS4, "north_korean", "killed", "approximate", "about 300", "cumulative",
          relays="Rep. Yoon Sang-min > " + HANBIT, best=300, notes="lawmaker relays the closed briefing; 'since December'"),
        R("kr-nis", NIS4, "north_korean", "wounded", "approximate", "roughly 2,700", "cumulative",
          relays="Rep. Yoon Sang-min > " + HANBIT, best=2700, notes="same briefing; the two figures are not added"),
     ]),
     S("That is up from 1,100 killed or wounded in the agency’s mid-January assessment, Yoon said.", [
        R("kr-nis", NIS4, "north_korean", "killed_or_wounded", "exact", "1,100", "cumulative",
          relays="Rep. Yoon Sang-min > " + HANBIT, low=1100, best=1100, high=1100,
          notes="earlier total, superseded by the February briefing; surname only on second mention"),
     ]),
     S("US and South Korean officials had said earlier this month that North Korean units were taking “at least 100 casualties a day” during assaults.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "at_least", "at least 100",
          "unspecified", counted_in="people_per_day", relays=HANBIT, low=100,
          notes="list of claimants: one row each; rate during assaults, no window"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "casualties_unspecified", "at_least",
          "at least 100", "unspecified", counted_in="people_per_day", relays=HANBIT, low=100,
          notes="second claimant of the same sentence"),
     ]),
     S("South Korea’s Joint Chiefs of Staff (JCS) said separately that more than 8,000 North Korean soldiers remained in the Kursk area and that the North appeared to be preparing a rotation.", [
        R("kr-jcs", "South Korea's Joint Chiefs of Staff (JCS)", "north_korean", "deployed", "more_than", "more than 8,000",
          "stock", relays=HANBIT, low=8000, notes="troops still present, not losses"),
     ])],
    [S("In Kyiv, Ukraine’s military intelligence agency said the denial “changes nothing,” adding that two North Koreans captured in January remain in Ukrainian custody and that at least 1,500 have been killed since they joined the fighting.", [
        R("ua-gur", "Ukraine's military intelligence agency (HUR)", "north_korean", "captured", "exact", "two", "period",
          relays=HANBIT, low=2, best=2, high=2, notes="captured in January; 'Ukrainian custody' is not whose losses"),
        R("ua-gur", "Ukraine's military intelligence agency (HUR)", "north_korean", "killed", "at_least", "at least 1,500",
          "cumulative", relays=HANBIT, low=1500, notes="running total since they joined"),
     ]),
     S("A US State Department spokesperson said Washington’s own estimate of North Korean casualties was “in the thousands” but declined to be more precise.", [
        R("us-state-department", "US State Department", "north_korean", "casualties_unspecified", "vague", "in the thousands",
          "cumulative", relays=HANBIT, low=2000, high=9999, notes="a spokesperson takes the body's id"),
     ])],
    [S("Russia’s defence ministry, which has never acknowledged a North Korean presence, said Thursday its forces had killed up to 250 Ukrainian servicemen in the Kursk area over the previous 24 hours.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "killed", "at_most", "up to 250", "period",
          relays=HANBIT, high=250, notes="'North Korean' near the figure is not whose losses; 24 hours is the period"),
     ]),
     S("Pyongyang and Moscow signed a mutual defence treaty in June 2024 that took effect in December.",
       trap="treaty date")],
    [S("(END)")],
]

# ---------------------------------------------------------------- z05
# A Le Monde-style report from Sumy with a French military source.
LC = "Le Courrier de Paris"
FR = "A senior French officer (unnamed)"
z05 = [
    [S("In Sumy, the retreat from Kursk seen from the Ukrainian side of the border")],
    [S("Kyiv’s troops have given up most of the Russian land they seized in August 2024.", trap="date of an advance; territory, not losses"),
     S("A French military source describes losses on both sides that Paris judges “very heavy.”", [
        R("fr-officials", FR, "both_sides", "casualties_unspecified", "none", "very heavy", "unspecified", relays=LC,
          notes="loss stated without a number"),
     ])],
    [S("Le Courrier de Paris | Published on Thursday, March 27, 2025 at 6 a.m.", trap="publication date and time")],
    [S("SUMY (Ukraine) – special correspondent."),
     S("The ambulances reach the regional hospital at night with their headlights off, some forty kilometres from the border.",
       trap="distance"),
     S("In a corridor that smells of disinfectant, Dr. Iryna Marchenko, 44, says her surgical team has treated some 1,200 wounded Ukrainian soldiers since the start of March, “more than in the whole of last autumn.”", [
        R("iryna-marchenko", "Dr. Iryna Marchenko, Sumy hospital surgeon", "ukrainian", "wounded", "approximate", "some 1,200",
          "cumulative", relays=LC, best=1200, notes="wounded treated by her team, 'since the start of March'; 44 is her age"),
     ])],
    [S("A senior French officer who follows the front for the armed forces ministry, speaking on condition of anonymity, estimates that Ukraine lost “between 2,000 and 3,000 men, killed, wounded, missing or captured” during the withdrawal from the Sudzha pocket in the first half of March.", [
        R("fr-officials", FR, "ukrainian", "killed_wounded_missing_or_captured", "range", "between 2,000 and 3,000", "period",
          relays=LC, low=2000, high=3000, notes="the text defines its word: all four components; 'first half of March' is the period"),
     ]),
     S("Over the same fortnight, he adds, “the Russians and the North Koreans together probably lost twice that.”", [
        R("fr-officials", FR, "russian_and_north_korean", "killed_wounded_missing_or_captured", "none", "twice that",
          "period", relays=LC, notes="relative figure, not converted to a number; mixed count stays mixed"),
     ]),
     S("French military intelligence, he says, counts about 2,500 North Korean soldiers killed since December, a figure close to the British estimate and well below Kyiv’s.", [
        R("fr-intelligence", "French military intelligence", "north_korean", "killed", "approximate", "about 2,500",
          "cumulative", relays="senior French officer > " + LC, best=2500,
          notes="the officer relays his service's count; 'French' is the claimant's nationality"),
     ]),
     S("Britain’s defence ministry, in its latest intelligence update, put North Korean casualties at “more than 4,000.”", [
        R("gb-mod", "UK Ministry of Defence", "north_korean", "casualties_unspecified", "more_than", "more than 4,000",
          "cumulative", relays=LC, low=4000, notes="'casualties' not defined"),
     ])],
    [S("The pocket, which at its height last August covered some 1,300 square kilometres, had shrunk to a sliver by March 12.",
       trap="area and date"),
     S("Since January, 4,300 civilians have been evacuated from villages within 10 kilometres of the border, according to the regional administration.",
       trap="civilians evacuated and a distance, not losses")],
    [S("Along this stretch of the front, the officer says, Russian glide bombs and drones now cost Ukrainian units “about 60 men a day, killed and wounded.”", [
        R("fr-officials", FR, "ukrainian", "killed_or_wounded", "approximate", "about 60", "unspecified",
          counted_in="people_per_day", relays=LC, best=60, notes="'Russian' names the weapons, not whose losses"),
     ]),
     S("If Moscow pushes on toward Sumy itself, he warns, the toll “could reach 120 a day” within weeks.", [
        R("fr-officials", FR, "ukrainian", "killed_or_wounded", "exact", "120", "unspecified", counted_in="people_per_day",
          modality="conditional", relays=LC, low=120, best=120, high=120,
          notes="if-then; 'the toll' is the killed-and-wounded rate of the sentence before"),
     ])],
    [S("At a command post in a village outside the city, a Ukrainian captain who gives only his first name, Andriy, disputes the French figures: “We lost 300, maybe 350 in the pocket, not thousands.”", [
        R("ua-captain-andriy", "Captain Andriy (Ukrainian officer, first name only)", "ukrainian", "casualties_unspecified",
          "range", "300, maybe 350", "period", relays=LC, low=300, high=350,
          notes="own side disputes the French estimate; 'not thousands' is a rebuttal, no row"),
     ]),
     S("Asked about the gap, the French officer shrugs: “Everyone counts what suits him.”")],
]

# ---------------------------------------------------------------- z06
# A Russian military court record retold by an independent outlet (Mediazona-style).
PROT = "Protokol"
A6 = "Protokol (the outlet's own voice)"
COURT = "Kursk Garrison Military Court"
z06_record = S("By the evening of 16 March, the record states, “no fewer than 64 servicemen had been killed or wounded, and 9 were unaccounted for.”", [
    R("ru-kursk-garrison-court", COURT, "russian", "killed_or_wounded", "at_least", "no fewer than 64", "period",
      relays=PROT, low=64, notes="14-16 March; the court's own finding"),
    R("ru-kursk-garrison-court", COURT, "russian", "missing", "exact", "9", "period", relays=PROT,
      low=9, best=9, high=9, notes="'unaccounted for' = missing; kept apart from the 64"),
])
z06 = [
    [S("“They sent us in without artillery”: what a verdict reveals about one company’s losses near Kursk",
       trap="'one company' names the unit, no figure")],
    [S("Protokol | Investigations | 9 December 2025", trap="publication date")],
    [S("In October, the Kursk Garrison Military Court sentenced Sergeant Denis Kovrov, 29, a contract soldier, to six years in a penal colony for leaving his unit without permission.",
       trap="age and prison term"),
     S("The verdict, which Protokol found in the court’s public database, is unusually frank about what happened before he fled.")],
    [S("According to the ruling, Kovrov’s assault company of the 1431st Motor Rifle Regiment went into the attack near the village of Guevo on 14 March with 112 men.", [
        R("ru-kursk-garrison-court", COURT, "russian", "deployed", "exact", "112", "stock", relays=PROT,
          low=112, best=112, high=112, notes="strength of the company going in, not a loss; '1431st' is a unit number"),
     ]),
     z06_record,
     S("That is more than half the company in three days, a proportion the prosecutor did not dispute.", [
        R("author", A6, "russian", "killed_wounded_or_missing", "more_than", "more than half", "period",
          counted_in="percent_of_force", low=50, derived=z06_record,
          notes="the outlet's own share of 64 + 9 out of 112; combined as the outlet combines them"),
     ])],
    [S("Kovrov told the court that his platoon of 27 had been reduced to four men by the night of 17 March, when he walked away.", [
        R("ru-kovrov", "Sgt. Denis Kovrov (defendant)", "russian", "deployed", "exact", "27", "stock",
          relays=COURT + " > " + PROT, low=27, best=27, high=27, notes="the defendant's testimony as the record gives it"),
        R("ru-kovrov", "Sgt. Denis Kovrov (defendant)", "russian", "deployed", "exact", "four", "stock",
          relays=COURT + " > " + PROT, low=4, best=4, high=4,
          notes="men left, not a loss; 23 lost is not derived"),
     ]),
     S("Judge Colonel Arkady Semyonov wrote that “the unit’s losses do not relieve the defendant of his duty.”"),
     S("The verdict also notes, in passing, that a “Korean unit” on the company’s left flank “suffered losses” the same night, without giving a number.", [
        R("ru-kursk-garrison-court", COURT, "north_korean", "casualties_unspecified", "none", "suffered losses", "incident",
          relays=PROT, notes="'Korean unit' beside Russian forces in Kursk read as North Korean"),
     ])],
    [S("Protokol’s own count, compiled with volunteers from obituaries and social-media posts, has so far confirmed by name 2,318 servicemen killed in the Kursk region since August 2024; 146 of them died in the week of the Guevo assault.", [
        R("author", A6, "russian", "killed", "exact", "2,318", "cumulative", low=2318, best=2318, high=2318,
          notes="named dead, a running total; a floor in fact, but stated as a count"),
        R("author", A6, "russian", "killed", "exact", "146", "period", low=146, best=146, high=146,
          notes="part of the 2,318, for the week of the assault"),
     ]),
     S("The real toll is certainly higher, since names often surface months after a death."),
     S("The defence ministry, quoted by the army newspaper Voyennyi Vestnik, claims that Ukraine has lost more than 76,000 soldiers “in the Kursk direction,” a figure no independent count supports.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000",
          "cumulative", relays="Voyennyi Vestnik > " + PROT, low=76000,
          notes="newspaper citing the ministry; cited to be disputed"),
     ])],
    [S("Kovrov’s lawyer said his client had been promised a signing bonus of 1.2 million roubles and received only half of it.",
       trap="money"),
     S("A military appeals court upheld the sentence on 2 December.", trap="date")],
]

# ---------------------------------------------------------------- z07
# A Ukrainian brigade's press-service post retold by a regional Ukrainian site.
SP = "SumyPost"
BR = "219th Separate Assault Brigade (press service)"
z07_bns = S("“Two battalions of the 810th Brigade have effectively ceased to exist,” the post says.", [
    R("ua-219th-brigade", BR, "russian", "casualties_unspecified", "exact", "Two", "period", counted_in="battalions",
      relays=SP, low=2, best=2, high=2, notes="formations destroyed, counted in battalions; August post"),
])
z07 = [
    [S("Border brigade says it wiped out two Russian battalions near Tetkino in August", trap=restates(z07_bns))],
    [S("SumyPost | Tuesday, September 9, 2025 | Frontline", trap="publication date")],
    [S("The 219th Separate Assault Brigade, which holds a stretch of the line along the Kursk border, published a tally of its August results on its Telegram channel on Sunday.",
       trap="unit number and post date"),
     S("According to the brigade’s press service, its fighters killed 486 Russian servicemen and wounded 731 in August, an average of about 39 a day.", [
        R("ua-219th-brigade", BR, "russian", "killed", "exact", "486", "period", relays=SP, low=486, best=486, high=486,
          notes="August"),
        R("ua-219th-brigade", BR, "russian", "wounded", "exact", "731", "period", relays=SP, low=731, best=731, high=731,
          notes="August"),
        R("ua-219th-brigade", BR, "russian", "killed_or_wounded", "approximate", "about 39", "period",
          counted_in="people_per_day", relays=SP, best=39, notes="the brigade's own average over August, killed and wounded together"),
     ]),
     z07_bns],
    [S("The brigade also said it had taken 19 prisoners, among them two North Koreans “attached to Russian assault groups.”", [
        R("ua-219th-brigade", BR, "russian_and_north_korean", "captured", "exact", "19", "period", relays=SP,
          low=19, best=19, high=19, notes="mixed count stays mixed"),
        R("ua-219th-brigade", BR, "north_korean", "captured", "exact", "two", "period", relays=SP,
          low=2, best=2, high=2, notes="included in the 19; 'Russian assault groups' is not whose"),
     ]),
     S("It listed 14 tanks, 37 armoured vehicles and 212 drones destroyed, and posted 11 videos it said showed the strikes.",
       trap="equipment and videos, not people"),
     S("SumyPost could not verify the figures, and the press service did not disclose the brigade’s own losses.")],
    [S("Since it arrived in the Kursk border area in March, the brigade says, it has killed or wounded more than 7,300 Russian and North Korean troops.", [
        R("ua-219th-brigade", BR, "russian_and_north_korean", "killed_or_wounded", "more_than", "more than 7,300",
          "cumulative", relays=SP, low=7300, notes="running total since March, includes August's figures"),
     ]),
     S("That total carries a correction: in its July post the brigade had claimed 6,800, a figure it now says should have been 6,150 because of “double counting with neighbouring units.”", [
        R("ua-219th-brigade", BR, "russian_and_north_korean", "killed_or_wounded", "exact", "6,800", "cumulative",
          relays=SP, low=6800, best=6800, high=6800, notes="the July total as first claimed, now withdrawn"),
        R("ua-219th-brigade", BR, "russian_and_north_korean", "killed_or_wounded", "exact", "6,150", "cumulative",
          relays=SP, low=6150, best=6150, high=6150, notes="revised July total; replaces the 6,800"),
     ])],
    [S("Russian military bloggers claimed on Monday that the brigade had lost “up to a company” in a failed raid near Tetkino, which the press service dismissed as “fantasy.”", [
        R("ru-military-bloggers", "Russian military bloggers (unnamed)", "ukrainian", "casualties_unspecified", "at_most",
          "up to a company", "incident", counted_in="companies", relays=SP, high=1,
          notes="cited to be disputed; 'Russian' is the claimants', the losses are the brigade's"),
     ]),
     S("Sumy regional military administration said 1,140 residents had been evacuated from 12 border villages during August.",
       trap="civilians evacuated, villages")],
    [S("A brigade officer, reached by phone, told SumyPost that the Russian assault units opposite were losing “around 40 percent” of their men in each rotation.", [
        R("ua-219th-brigade", "An officer of the 219th brigade (unnamed)", "russian", "casualties_unspecified", "approximate",
          "around 40 percent", "unspecified", counted_in="percent_of_force", relays=SP, best=40,
          notes="an officer of the brigade takes its id; share per rotation"),
     ]),
     S("“At this rate they will lose another 1,500 men by the end of autumn,” he said.", [
        R("ua-219th-brigade", "An officer of the 219th brigade (unnamed)", "russian", "casualties_unspecified", "exact",
          "another 1,500", "period", modality="projected", relays=SP, low=1500, best=1500, high=1500,
          notes="forecast without an if-clause: projected"),
     ])],
]

# ---------------------------------------------------------------- z08
# A fact-check that rates three viral claims about North Korean casualties.
VD = "VerifyDesk"
A8 = "VerifyDesk (the fact-check's own voice)"
z08_nis = S("What the National Intelligence Service actually told lawmakers on March 3 was that about 600 North Koreans had been killed and about 3,400 wounded.", [
    R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 600",
      "cumulative", relays="South Korean lawmakers > " + VD, best=600, notes="briefing relayed by unnamed lawmakers"),
    R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "wounded", "approximate", "about 3,400",
      "cumulative", relays="South Korean lawmakers > " + VD, best=3400, notes="same briefing"),
])
z08 = [
    [S("Fact check: three viral claims about North Korean losses in Kursk", trap="number of claims checked, not losses")],
    [S("VerifyDesk | Published Friday, March 21, 2025", trap="publication date")],
    [S("Since North Korean troops joined Russia’s fight in Kursk, social media has filled with dramatic casualty figures."),
     S("We checked the most widely shared.")],
    [S("Claim 1: “Ukraine killed 10,000 North Koreans in a single day near Kursk.”", [
        R("tiktok-front-truth-ua", "TikTok account @front_truth_ua", "north_korean", "killed", "exact", "10,000", "incident",
          relays=VD, low=10000, best=10000, high=10000,
          notes="viral claim cited to be rated False; claimant named in the next sentence; 'Ukraine' is who killed, not whose losses"),
     ]),
     S("The claim comes from a TikTok video by the account @front_truth_ua, viewed 4.2 million times, which actually shows footage of a 2023 exercise in Zaporizhzhia.",
       trap="views and the date of the footage"),
     S("Verdict: False."),
     S("The highest estimate from any government is Ukraine’s military intelligence figure of about 4,700 North Koreans killed or wounded over roughly three months of fighting.", [
        R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed_or_wounded", "approximate", "about 4,700",
          "cumulative", relays=VD, best=4700, notes="running total over the fighting so far; 'three months' is a duration"),
     ])],
    [S("Claim 2: “South Korean intelligence confirmed that half of Kim’s troops in Russia are dead.”", [
        R("tg-severny-veter", "Telegram channel Severny Veter", "north_korean", "killed", "exact", "half", "cumulative",
          counted_in="percent_of_force", relays=VD, low=50, best=50, high=50,
          notes="the post's claim, misattributed to South Korean intelligence, which said no such thing: the channel is the claimant"),
     ]),
     S("The post, first shared by the Telegram channel Severny Veter, has been forwarded more than 90,000 times.",
       trap="shares of a post"),
     z08_nis,
     S("That makes about 4,000 casualties, or roughly 30 percent of the 13,000-plus troops the agency says were sent: a heavy share, but not half.", [
        R("author", A8, "north_korean", "killed_or_wounded", "approximate", "about 4,000", "cumulative", best=4000,
          derived=z08_nis, notes="the fact-check's own sum of about 600 killed and about 3,400 wounded"),
        R("author", A8, "north_korean", "killed_or_wounded", "approximate", "roughly 30 percent", "cumulative",
          counted_in="percent_of_force", best=30, derived=z08_nis, notes="the fact-check's own share"),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "more_than",
          "13,000-plus", "stock", relays=VD, low=13000, notes="troops sent, the base of the share; '-plus' read as more than"),
     ]),
     S("Verdict: Misleading.")],
    [S("Claim 3: “Russia admits 3,000 North Koreans dead.”", [
        R("x-viral-posts", "Viral posts on X (unnamed accounts)", "north_korean", "killed", "exact", "3,000", "cumulative",
          relays=VD, low=3000, best=3000, high=3000,
          notes="cited to be rated False; Russia is named as the source but never said it, so the posts are the claimant"),
     ]),
     S("The posts, on X, attach a screenshot of a Russian defence ministry statement that does not exist; Moscow has never published a figure for North Korean losses."),
     S("The number appears to come from Brig. Gen. Serhiy Lytvyn, a spokesman for Ukraine’s General Staff, who told the national telethon on Kanal Dnipro in February that “around 3,000 were killed or wounded.”", [
        R("ua-general-staff", "General Staff of Ukraine's Armed Forces (spokesman)", "north_korean", "killed_or_wounded",
          "approximate", "around 3,000", "cumulative", relays="Kanal Dnipro > " + VD, best=3000,
          notes="a TV channel quoting a general; a spokesman takes the body's id; killed or wounded, unlike the viral 'dead'"),
     ]),
     S("Verdict: False.")],
]

SPECS = {
    "z01-economist-chart-briefing": z01,
    "z02-bild-tabloid-translated": z02,
    "z03-nkpro-imagery-obituaries": z03,
    "z04-kcna-denial-seoul-wire": z04,
    "z05-lemonde-sumy-french-source": z05,
    "z06-russian-court-record-retold": z06,
    "z07-brigade-post-regional-site": z07,
    "z08-factcheck-three-claims": z08,
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
