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


# ---------------------------------------------------------------- i01
# Reuters-style exclusive: three unnamed officials of three different countries.
M = "Meridian"
i01_lead = S("LONDON/SEOUL, Jan 24 (Meridian) - North Korea's contingent in Russia's Kursk region has suffered about 3,800 killed or wounded since it entered combat in December, according to a U.S. official, a South Korean official and a European security official who spoke on condition of anonymity.", [
    R("us-officials", "a U.S. official", "north_korean", "killed_or_wounded", "approximate", "about 3,800", "cumulative",
      relays=M, best=3800, notes="one of three claimants of one figure: one row each; 'since it entered combat' is a running total"),
    R("kr-officials", "a South Korean official", "north_korean", "killed_or_wounded", "approximate", "about 3,800", "cumulative",
      relays=M, best=3800, notes="second claimant of the same figure"),
    R("european-officials", "a European security official", "north_korean", "killed_or_wounded", "approximate", "about 3,800", "cumulative",
      relays=M, best=3800, notes="official of an unnamed European NATO state: european-officials"),
])
i01_s3 = S("The U.S. official said roughly 1,000 of those were killed, and that losses ran at about 90 a day during the heaviest assaults in mid-January.", [
    R("us-officials", "The U.S. official", "north_korean", "killed", "approximate", "roughly 1,000", "cumulative",
      relays=M, best=1000, notes="a part of the 3,800, not added to it"),
    R("us-officials", "The U.S. official", "north_korean", "casualties_unspecified", "approximate", "about 90 a day", "period",
      relays=M, counted_in="people_per_day", best=90, notes="a rate over a stated window (mid-January assaults); 'losses' not defined"),
])
i01_s4 = S("The South Korean official put the dead at no more than 600, saying Seoul's count relied partly on intercepted North Korean radio traffic.", [
    R("kr-officials", "The South Korean official", "north_korean", "killed", "at_most", "no more than 600", "cumulative",
      relays=M, high=600, notes="disagrees with the U.S. official's roughly 1,000 killed; 'North Korean radio traffic' is the evidence, not a second figure"),
])
i01_s6 = S("The European official, from a NATO member state, said two North Korean battalions thrown at the village of Plekhovo in early January had been rendered combat-ineffective, each losing roughly a third of its men.", [
    R("european-officials", "The European official", "north_korean", "casualties_unspecified", "exact", "two", "period",
      relays=M, counted_in="battalions", low=2, best=2, high=2,
      notes="formations, not people: 'rendered combat-ineffective' is not defined as killed or wounded; 'in early January' a stated window"),
    R("european-officials", "The European official", "north_korean", "casualties_unspecified", "approximate", "roughly a third", "period",
      relays=M, counted_in="percent_of_force", best=33.33,
      notes="share of each battalion's men; a third written as 33.33 percent; not converted to people"),
])
i01 = [
    [S("EXCLUSIVE-North Korea has lost about 3,800 troops killed or wounded in Kursk, officials from three countries say",
       trap=restates(i01_lead))],
    [i01_lead,
     S("The three officials, who are not authorised to discuss intelligence assessments publicly, described the estimate as a consensus view shared among their governments in recent days.",
       trap="the number of sources, not a loss figure")],
    [i01_s3, i01_s4,
     S("\u201cThe American number probably folds in the missing,\u201d the official said.")],
    [i01_s6,
     S("Ukrainian forces still hold about 500 square kilometres of the region, down from a peak of about 1,300, according to the European official.",
       trap="territory held (area), not losses")],
    [S("Pyongyang sent about 11,000 soldiers to Russia last autumn, the U.S. and South Korean officials said.", [
        R("us-officials", "the U.S. official", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          relays=M, best=11000, notes="troops sent, not lost; two claimants listed: one row each"),
        R("kr-officials", "the South Korean official", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          relays=M, best=11000, notes="second claimant of the deployment figure"),
     ]),
     S("A further 1,500 are expected to arrive by March to replace the dead and wounded, the South Korean official added.", [
        R("kr-officials", "the South Korean official", "north_korean", "deployed", "exact", "A further 1,500", "stock",
          relays=M, modality="projected", low=1500, best=1500, high=1500,
          notes="expected reinforcements: a projected deployment, not a loss figure despite 'the dead and wounded'"),
     ])],
    [S("Russia's defence ministry, which has never acknowledged North Korean troops in Kursk, said on Thursday its forces had killed 340 Ukrainian servicemen in the region over the previous 24 hours.", [
        R("ru-mod", "Russia's defence ministry", "ukrainian", "killed", "exact", "340", "period",
          relays=M, low=340, best=340, high=340,
          notes="'North Korean troops' in the sentence are not whose losses are counted; '24 hours' is the window"),
     ]),
     S("Ukraine's military intelligence agency, known as HUR, has claimed that more than 4,000 North Korean soldiers have been killed or wounded, a figure all three officials called inflated.", [
        R("ua-gur", "Ukraine's military intelligence agency, known as HUR", "north_korean", "killed_or_wounded", "more_than", "more than 4,000", "cumulative",
          relays=M, low=4000, notes="claim cited to be disputed by the three officials: still HUR's claim, recorded as made"),
     ])],
    [S("Meridian could not independently verify the figures."),
     S("North Korea's mission to the United Nations did not respond to a request for comment sent at 0900 GMT on Thursday, and the Pentagon declined to comment.",
       trap="a time of day")],
]

# ---------------------------------------------------------------- i02
# NHK-style TV news script of a fictional Japanese broadcaster, JBN.
J = "JBN"
i02_n1 = S("Speaking to reporters in Tokyo this afternoon, Defence Minister Ryota Sakaguchi said North Korean units had suffered roughly 4,000 casualties since they were sent to the front, citing information shared by allied governments.", [
    R("jp-sakaguchi", "Defence Minister Ryota Sakaguchi", "north_korean", "casualties_unspecified", "approximate", "roughly 4,000", "cumulative",
      relays=J, best=4000, notes="the minister, speaking in his own name, is the claimant; 'allied governments' are his basis, not a named relay"),
])
i02 = [
    [S("JBN NEWS 7 | SCRIPT | Tuesday, February 11, 2025 | ON AIR 19:00 JST", trap="programme name, broadcast date and time")],
    [S("[ANCHOR]"), S("Good evening."),
     S("We begin with the war in Ukraine, where Japan's Defence Minister has for the first time given an estimate of North Korean losses in Russia's Kursk region.")],
    [S("[VTR / NARRATION]"), i02_n1,
     S("Of those, Sakaguchi said, about 1,100 are believed to have been killed.", [
        R("jp-sakaguchi", "Sakaguchi", "north_korean", "killed", "approximate", "about 1,100", "cumulative",
          relays=J, best=1100, notes="surname only on second mention; a part of the 4,000"),
     ])],
    [S("[SUPER]"), S("N. Korean casualties \u2018about 4,000\u2019 \u2014 Defence Minister", trap=restates(i02_n1))],
    [S("[VTR / NARRATION]"),
     S("The minister warned that if North Korea kept its soldiers on the front line at the current tempo, it could lose another 2,000 by the end of April.", [
        R("jp-sakaguchi", "The minister", "north_korean", "casualties_unspecified", "exact", "another 2,000", "period",
          relays=J, modality="conditional", low=2000, best=2000, high=2000,
          notes="if-then forecast to the end of April; 'another' is on top of the 4,000 and is not added to it"),
     ]),
     S("He said the toll among the Russian troops fighting alongside them was \u2018many times higher\u2019, but gave no figure.", [
        R("jp-sakaguchi", "He (Sakaguchi)", "russian", "casualties_unspecified", "none", "many times higher", "cumulative",
          relays=J, notes="a loss stated with no number; relative to the North Korean toll, not multiplied out"),
     ])],
    [S("[LIVE / SEOUL BUREAU \u2014 REPORTER MAYU TANIGUCHI]"),
     S("Here in Seoul, the National Intelligence Service told lawmakers last week that about 300 North Korean soldiers had been killed and some 2,700 wounded.", [
        R("kr-nis", "the National Intelligence Service", "north_korean", "killed", "approximate", "about 300", "cumulative",
          relays="lawmakers > " + J, best=300, notes="agency's briefing reached the broadcaster through lawmakers"),
        R("kr-nis", "the National Intelligence Service", "north_korean", "wounded", "approximate", "some 2,700", "cumulative",
          relays="lawmakers > " + J, best=2700, notes="second measure of the same sentence; not added to the killed"),
     ]),
     S("The spy agency also said two North Korean soldiers were captured by Ukrainian forces in January, and that one of them has asked to go to South Korea.", [
        R("kr-nis", "The spy agency", "north_korean", "captured", "exact", "two", "period",
          relays="lawmakers > " + J, low=2, best=2, high=2,
          notes="'Ukrainian forces' are the captors, not whose losses; 'in January' a stated period; 'one of them' is not a figure"),
     ]),
     S("Ukraine\u2019s figure is higher still: this afternoon, General Staff spokesman Col. Oleh Varenyk told JBN, \u2018We count more than 5,000 North Korean dead and wounded.\u2019", [
        R("ua-general-staff", "General Staff spokesman Col. Oleh Varenyk", "north_korean", "killed_or_wounded", "more_than", "more than 5,000", "cumulative",
          relays=J, low=5000, notes="a spokesperson takes the body's id; 'dead and wounded' stays combined"),
     ])],
    [S("[ANCHOR]"),
     S("The Japanese government has pledged a further 4.5 billion dollars in support for Ukraine this year.", trap="money (aid)"),
     S("Turning now to the weather, up to 40 centimetres of snow is forecast for Niigata overnight.", trap="snow depth")],
]

# ---------------------------------------------------------------- i03
# A Ukrainian regional Telegram channel's post retold by a national news site (Nash Kyiv).
NK = "Nash Kyiv"
CH = "Sumy Frontline > Nash Kyiv"
i03_s2 = S("According to the post, the brigade\u2019s paratroopers killed 52 North Korean soldiers on Saturday and 18 more on Sunday as assault groups tried to cross a frozen field outside the village.", [
    R("ua-95th-brigade", "the press service of the 95th Polissia Airborne Assault Brigade", "north_korean", "killed", "exact", "52", "incident",
      relays=CH, low=52, best=52, high=52, notes="one day's assault on one field: incident"),
    R("ua-95th-brigade", "the press service of the 95th Polissia Airborne Assault Brigade", "north_korean", "killed", "exact", "18 more", "incident",
      relays=CH, low=18, best=18, high=18, notes="'18 more' is a second day's figure, not a total"),
])
i03 = [
    [S("Paratroopers say 70 North Korean soldiers killed in two days near Sverdlikovo, Sumy channel reports", [
        R("author", "Nash Kyiv (the site's own voice)", "north_korean", "killed", "exact", "70", "period",
          low=70, best=70, high=70, derived=i03_s2,
          notes="headline sum of 52 + 18 made by the site; shown beside the brigade's figures, never as a separate estimate"),
     ])],
    [S("SUMY, February 10 \u2014 The regional Telegram channel Sumy Frontline, which has about 240,000 subscribers, published a post on Monday morning citing the press service of the 95th Polissia Airborne Assault Brigade.",
       trap="channel subscribers, a date and a unit number; no loss")],
    [i03_s2,
     S("Sverdlikovo lies about 8 kilometres from the Ukrainian border.", trap="distance")],
    [S("About 40 more were wounded, the channel wrote, quoting a company commander with the call sign \u2018Bereza\u2019.", [
        R("ua-95th-brigade", "a company commander with the call sign 'Bereza' (95th brigade)", "north_korean", "wounded", "approximate", "About 40", "period",
          relays=CH, best=40, notes="a serviceman speaking for his unit takes the unit's id; over the two days"),
     ]),
     S("The channel also posted drone footage it said showed at least 12 bodies in the snow; Nash Kyiv could not verify when or where the video was filmed.", [
        R("sumy-frontline", "Sumy Frontline (the channel)", "north_korean", "killed", "at_least", "at least 12", "incident",
          relays=NK, low=12, notes="the channel's own claim from footage; bodies read as killed"),
     ]),
     S("In the same post, the channel wrote, without naming a source, that Russian and North Korean losses in the sector since the start of the month had exceeded 600 killed and wounded.", [
        R("sumy-frontline", "the channel", "russian_and_north_korean", "killed_or_wounded", "more_than", "exceeded 600", "cumulative",
          relays=NK, low=600, notes="unsourced: the channel is the claimant; mixed count stays mixed; running total since the start of the month"),
     ])],
    [S("The brigade said it had also destroyed two armoured vehicles and a mortar position.", trap="equipment destroyed"),
     S("The head of the Sumy regional military administration, Oleksandr Hrytsenko, said separately that Russian shelling had wounded three civilians in the border community of Khotin over the weekend.",
       trap="civilians wounded, not military losses")],
    [S("Later on Monday, the brigade\u2019s own page on Facebook gave a lower figure, saying \u2018over 40\u2019 North Korean servicemen had been killed in the two days of fighting.", [
        R("ua-95th-brigade", "the brigade's own page on Facebook", "north_korean", "killed", "more_than", "over 40", "period",
          relays=NK, low=40, notes="the brigade's own statement for the same two days, lower than the channel's 52 + 18"),
     ]),
     S("Ukraine\u2019s General Staff, in its daily tally on Monday, said Russia had lost 1,210 troops across the entire front line over the past 24 hours, without giving a figure for the Kursk direction.", [
        R("ua-general-staff", "Ukraine's General Staff", "russian", "casualties_unspecified", "exact", "1,210", "period",
          relays=NK, low=1210, best=1210, high=1210,
          notes="whole front, not Kursk alone; 'lost' not defined"),
     ])],
    [S("North Korean troops have been fighting in the area since December, according to Kyiv."),
     S("Nash Kyiv was unable to reach the brigade\u2019s press service for comment.")],
]

# ---------------------------------------------------------------- i04
# Press-briefing transcript of a defence ministry spokesperson (Pentagon), with Q&A.
H = "Deputy Press Secretary Karen Holcomb"
i04_h1 = S("Our assessment is that North Korean forces in Russia\u2019s Kursk region have now suffered more than 4,000 casualties, and by casualties I mean killed, wounded and missing.", [
    R("us-dod", H, "north_korean", "killed_wounded_or_missing", "more_than", "more than 4,000", "cumulative",
      low=4000, notes="the speaker defines her word: the measure is the combination she defines"),
])
i04 = [
    [S("Transcript: Pentagon Press Briefing by Deputy Press Secretary Karen Holcomb")],
    [S("Thursday, March 13, 2025, 2:05 p.m. EDT", trap="date and time of the briefing")],
    [S("MS. HOLCOMB:"), S("Good afternoon, everyone."), S("Before I take your questions, a brief update on Kursk."),
     i04_h1,
     S("That\u2019s up from the roughly 1,200 we assessed in late December.", [
        R("us-dod", H, "north_korean", "killed_wounded_or_missing", "approximate", "roughly 1,200", "cumulative",
          best=1200, notes="earlier running total of the same series, superseded by the 4,000; same defined word"),
     ]),
     S("We also assess that North Korea has sent roughly 3,000 replacement troops since January, bringing the total it has sent to Russia to around 14,000.", [
        R("us-dod", H, "north_korean", "deployed", "approximate", "roughly 3,000", "stock",
          best=3000, notes="replacements sent since January, a part of the 14,000; troops, not losses"),
        R("us-dod", H, "north_korean", "deployed", "approximate", "around 14,000", "stock",
          best=14000, notes="total sent; includes the 3,000"),
     ])],
    [S("Q:"), S("Marcus Feld, Capital Defense Daily."),
     S("You said more than 4,000 \u2014 how many of those were killed?", trap=restates(i04_h1))],
    [S("MS. HOLCOMB:"),
     S("I\u2019d put it at somewhere between 1,000 and 1,500 killed, but the range is wide.", [
        R("us-dod", H, "north_korean", "killed", "range", "between 1,000 and 1,500", "cumulative",
          low=1000, high=1500, notes="answer to a question on the 4,000; a part of it"),
     ])],
    [S("Q:"),
     S("The Ukrainians are saying 6,000 killed and wounded.", [
        R("ua-officials", "The Ukrainians", "north_korean", "killed_or_wounded", "exact", "6,000", "unspecified",
          relays="Marcus Feld (Capital Defense Daily)", low=6000, best=6000, high=6000,
          notes="a reporter relays an unattributed Ukrainian figure; whose losses from the question's context; scope not stated"),
     ]),
     S("Are they wrong?")],
    [S("MS. HOLCOMB:"), S("I\u2019m not going to get into their numbers."),
     S("What I would say is that at the peak, in February, we assessed they were losing roughly 100 to 150 soldiers a day, about a company\u2019s worth.", [
        R("us-dod", H, "north_korean", "casualties_unspecified", "range", "100 to 150", "period",
          counted_in="people_per_day", low=100, high=150,
          notes="a rate for February; 'losing' is not her defined word 'casualties'; 'a company's worth' restates the same rate, no second row"),
     ])],
    [S("Q:"), S("And Russian losses in Kursk?")],
    [S("MS. HOLCOMB:"),
     S("Considerably higher, in the tens of thousands, but I don\u2019t have a precise figure for you.", [
        R("us-dod", H, "russian", "casualties_unspecified", "vague", "tens of thousands", "cumulative",
          low=20000, high=99999, notes="vague quantity: tens of thousands read as 20,000 to 99,999"),
     ])],
    [S("Q:"), S("Do you expect Pyongyang to pull them out?")],
    [S("MS. HOLCOMB:"),
     S("If they keep being used in these frontal assaults, we\u2019d expect their casualties to pass 6,000 by the summer.", [
        R("us-dod", H, "north_korean", "killed_wounded_or_missing", "more_than", "pass 6,000", "cumulative",
          modality="conditional", low=6000, notes="if-then; her word 'casualties' as she defined it; a running total looking to summer"),
     ])],
    [S("Q:"), S("Are any of the 28,500 U.S. troops in South Korea being moved as a result?", trap="US troops stationed in Korea, not in the fighting and not lost")],
    [S("MS. HOLCOMB:"), S("No, there\u2019s no change to our force posture on the peninsula.")],
    [S("Q:"), S("And the prisoners?")],
    [S("MS. HOLCOMB:"),
     S("We\u2019re aware of the two North Korean soldiers in Ukrainian custody, and of Kyiv\u2019s offer to exchange them for Ukrainian prisoners held by Russia.", [
        R("us-dod", H, "north_korean", "captured", "exact", "two", "cumulative",
          low=2, best=2, high=2, notes="'Ukrainian custody' and 'Ukrainian prisoners' are not whose losses; the exchange is only offered"),
     ]),
     S("Thanks, everyone.")],
    [S("(The briefing ended at 2:41 p.m.)", trap="time of day")],
]

# ---------------------------------------------------------------- i05
# BBC Russian-style count of named dead, with its methodology.
V = "Vestnik Russian Service"
AV = "Vestnik Russian Service (own voice)"
i05_count = S("As of Friday, 14 February 2025, we had identified 2,411 contract soldiers, mobilised men and volunteer fighters, and 535 conscripts, killed in the fighting for the region.", [
    R("author", AV, "russian", "killed", "exact", "2,411", "cumulative",
      low=2411, best=2411, high=2411, notes="named dead to a stated date; the outlet's own count"),
    R("author", AV, "russian", "killed", "exact", "535", "cumulative",
      low=535, best=535, high=535, notes="conscripts, a separate group of the same list"),
])
i05 = [
    [S("Kursk: the names of 2,946 Russian soldiers killed in the region", [
        R("author", AV, "russian", "killed", "exact", "2,946", "cumulative",
          low=2946, best=2946, high=2946, derived=i05_count,
          notes="headline sum of 2,411 + 535, not a third figure"),
     ])],
    [S("Vestnik Russian Service and volunteers have counted Russian servicemen whose deaths in the fighting for Kursk region can be confirmed from open sources.")],
    [S("Since the Ukrainian incursion into the region began on 6 August 2024, we have searched obituaries, posts by relatives, reports by local authorities and photographs of new graves.",
       trap="start date and method, no figure"),
     S("Each name is checked by at least two members of the team before it is added to the list.", trap="team members checking names")],
    [i05_count,
     S("Conscripts make up about 18% of the dead on our list, a far larger share than on other fronts.",
       trap="a share of the named dead (composition of the list), not a share of a force lost")],
    [S("Our list is not complete: comparing it with cemetery data, we believe named confirmations cover only 45 to 65 percent of the actual dead.",
       trap="coverage ratio of the method, not a loss share"),
     S("On that basis, we estimate that between 4,500 and 6,500 Russian servicemen may have been killed in Kursk region by mid-February.", [
        R("author", AV, "russian", "killed", "range", "between 4,500 and 6,500", "cumulative",
          low=4500, high=6500, notes="an estimate of past deaths ('may have been'), so reported, not projected"),
     ])],
    [S("Among the dead are at least 160 officers, including two colonels.", [
        R("author", AV, "russian", "killed", "at_least", "at least 160", "cumulative", low=160,
          notes="officers, a part of the list"),
        R("author", AV, "russian", "killed", "exact", "two", "cumulative", low=2, best=2, high=2,
          notes="colonels, a part of the 160"),
     ]),
     S("The deadliest episode on our list is a missile strike on a training ground near Kurilovka on 2 January, where we have confirmed 41 names; relatives of the dead say nearly 100 men died there.", [
        R("author", AV, "russian", "killed", "exact", "41", "incident", low=41, best=41, high=41,
          notes="named dead of one strike"),
        R("ru-relatives", "relatives of the dead", "russian", "killed", "vague", "nearly 100", "incident",
          relays=V, low=90, high=99, notes="a second claimant in the same sentence; nearly N read as 0.9N to N-1"),
     ])],
    [S("Russia\u2019s Ministry of Defence has never published a toll for the Kursk operation."),
     S("It says instead that Ukraine has lost more than 76,000 servicemen in Kursk region since August.", [
        R("ru-mod", "Russia's Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000", "cumulative",
          relays=V, low=76000, notes="'It' is the ministry of the previous sentence; 'lost' not defined"),
     ]),
     S("Ukraine\u2019s General Staff, for its part, puts Russian losses in the region at around 38,000 killed and wounded, a figure that cannot be checked.", [
        R("ua-general-staff", "Ukraine's General Staff", "russian", "killed_or_wounded", "approximate", "around 38,000", "cumulative",
          relays=V, best=38000, notes="combined measure, not comparable with the named killed"),
     ])],
    [S("Our list does not include North Korean soldiers killed in the region, or the 12 residents of Kursk region whose deaths under Ukrainian shelling we have also recorded.",
       trap="civilian deaths; the North Korean dead are mentioned without a figure"),
     S("The youngest conscript on the list was 18; the oldest volunteer was 63.", trap="ages")],
    [S("If you have information about a serviceman killed in Kursk region, you can write to us securely.")],
]

# ---------------------------------------------------------------- i06
# A weekly security newsletter digest with bullet points.
W = "The Northern Flank Weekly"
i06_b1 = S("Ukraine\u2019s General Staff said its forces killed 620 and wounded 830 Russian and North Korean soldiers in the Kursk direction between Monday and Thursday.", [
    R("ua-general-staff", "Ukraine's General Staff", "russian_and_north_korean", "killed", "exact", "620", "period",
      relays=W, low=620, best=620, high=620, notes="four stated days; mixed count stays mixed"),
    R("ua-general-staff", "Ukraine's General Staff", "russian_and_north_korean", "wounded", "exact", "830", "period",
      relays=W, low=830, best=830, high=830, notes="second measure of the sentence"),
])
B = "\u2022"
i06 = [
    [S("THE NORTHERN FLANK WEEKLY \u2014 Issue 47 \u2014 Friday, 16 May 2025", trap="issue number and date")],
    [S("Your weekly digest of security news from the Russia-Ukraine border and the Korean peninsula.")],
    [S("TOP LINE:"),
     S("Kyiv claims roughly 1,450 Russian and North Korean casualties in Kursk this week.", [
        R("author", "The Northern Flank Weekly (own voice)", "russian_and_north_korean", "killed_or_wounded", "approximate", "roughly 1,450", "period",
          best=1450, derived=i06_b1, notes="the newsletter's own sum of 620 killed + 830 wounded; 'casualties' here is that sum"),
     ])],
    [S("KURSK FRONT")],
    [S(B), i06_b1],
    [S(B), S("UK Defence Intelligence, in its Tuesday update on X, said North Korean casualties were now running at roughly 25 a day, down from an estimated 60 a day in February.", [
        R("gb-defence-intelligence", "UK Defence Intelligence", "north_korean", "casualties_unspecified", "approximate", "roughly 25 a day", "unspecified",
          relays=W, counted_in="people_per_day", best=25, notes="current rate ('now'), window not stated"),
        R("gb-defence-intelligence", "UK Defence Intelligence", "north_korean", "casualties_unspecified", "approximate", "an estimated 60 a day", "period",
          relays=W, counted_in="people_per_day", best=60, notes="earlier rate for February"),
     ])],
    [S(B), S("Russia\u2019s defence ministry said Ukraine had lost up to 1,860 troops in the Kursk border area over the week, including \u2018up to two companies\u2019 of marines near Tyotkino on Wednesday.", [
        R("ru-mod", "Russia's defence ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 1,860", "period",
          relays=W, high=1860, notes="'up to' is an upper bound"),
        R("ru-mod", "Russia's defence ministry", "ukrainian", "casualties_unspecified", "at_most", "up to two companies", "incident",
          relays=W, counted_in="companies", high=2, notes="formations, a part of the week's figure, not converted to people"),
     ])],
    [S(B), S("Pro-Kremlin blogger \u2018Severny Veter\u2019, who has 1.2 million followers, claimed a whole Ukrainian brigade had been \u2018wiped out\u2019 near Tyotkino; Kyiv called the claim fabricated.", [
        R("ru-severny-veter", "Pro-Kremlin blogger 'Severny Veter'", "ukrainian", "casualties_unspecified", "exact", "a whole Ukrainian brigade", "unspecified",
          relays=W, counted_in="brigades", low=1, best=1, high=1,
          notes="claim cited to be disputed by Kyiv; 1.2 million is followers, not a loss"),
     ])],
    [S(B), S("HUR\u2019s running tally of North Korean dead stood at 3,150 on Wednesday, up from 2,900 a week earlier.", [
        R("ua-gur", "HUR", "north_korean", "killed", "exact", "3,150", "cumulative",
          relays=W, low=3150, best=3150, high=3150, notes="running total; revised up"),
        R("ua-gur", "HUR", "north_korean", "killed", "exact", "2,900", "cumulative",
          relays=W, low=2900, best=2900, high=2900, notes="the previous week's total; the difference is not a weekly figure to record"),
     ])],
    [S(B), S("President Zelenskyy said Ukrainian units had taken \u2018dozens\u2019 of Russian prisoners in Kursk region over the week.", [
        R("ua-zelenskyy", "President Zelenskyy", "russian", "captured", "vague", "dozens", "period",
          relays=W, low=24, high=99, notes="dozens read as 24 to 99; 'Ukrainian units' are the captors"),
     ])],
    [S("KOREAN PENINSULA")],
    [S(B), S("South Korea\u2019s spy agency told parliament\u2019s intelligence committee on Tuesday that about 2,000 North Korean soldiers had been killed since the deployment began, Yonhap reported, citing lawmakers.", [
        R("kr-nis", "South Korea's spy agency", "north_korean", "killed", "approximate", "about 2,000", "cumulative",
          relays="lawmakers > Yonhap > " + W, best=2000, notes="two-step relay before the newsletter"),
     ])],
    [S(B), S("The Tallinn-based Baltic Defence Forum projects that, at current rates, the North Korean contingent could lose half of its remaining strength by the end of August.", [
        R("baltic-defence-forum", "the Tallinn-based Baltic Defence Forum", "north_korean", "casualties_unspecified", "exact", "half", "period",
          relays=W, counted_in="percent_of_force", modality="projected", low=50, best=50, high=50,
          notes="a projection of a share; 'half' as 50 percent"),
     ])],
    [S("ALSO THIS WEEK")],
    [S(B), S("Ukraine and Russia swapped 205 prisoners each on Saturday in a UAE-brokered exchange.", trap="prisoners exchanged, not captured in the fighting")],
    [S(B), S("Germany approved a \u20ac1.9 billion air-defence package for Kyiv.", trap="money")],
    [S(B), S("Ukrainian drones hit a fuel depot about 120 km inside Russia\u2019s Bryansk region.", trap="distance")],
]

# ---------------------------------------------------------------- i07
# Yonhap-style report of a lawmaker's briefing by the spy agency, updated later in the day.
HB = "Hanbit"
LEE = "Rep. Lee Hyun-cheol > Hanbit"
i07_lead = S("SEOUL, April 24 (Hanbit) -- About 4,700 North Korean soldiers have been killed or wounded while fighting for Russia in the Kursk region, including some 600 dead, Seoul\u2019s spy agency told lawmakers Thursday, according to a ruling party lawmaker.", [
    R("kr-nis", "Seoul's spy agency", "north_korean", "killed_or_wounded", "approximate", "About 4,700", "cumulative",
      relays=LEE, best=4700, notes="'for Russia' and 'Seoul's' are not whose losses; the lawmaker is named in the next paragraph"),
    R("kr-nis", "Seoul's spy agency", "north_korean", "killed", "approximate", "some 600", "cumulative",
      relays=LEE, best=600, notes="a part of the 4,700"),
])
i07 = [
    [S("(2nd LD) N. Korean troops\u2019 casualties in Russia rise to 4,700: lawmaker", trap=restates(i07_lead))],
    [S("ATTN: ADDS NIS clarification, HUR comment in paras 8-10", trap="editorial note with paragraph numbers")],
    [i07_lead],
    [S("Rep. Lee Hyun-cheol of the ruling People Power Party, who sits on the parliamentary intelligence committee, told reporters after a closed-door briefing by the National Intelligence Service (NIS) that the figure was up from 3,000 in the agency\u2019s January assessment.", [
        R("kr-nis", "the National Intelligence Service (NIS)", "north_korean", "killed_or_wounded", "exact", "3,000", "cumulative",
          relays=LEE, low=3000, best=3000, high=3000, notes="earlier running total of the same measure, revised to 4,700"),
     ])],
    [S("Lee said the NIS believes the North has sent an additional 3,000 troops to Russia since January, on top of the roughly 11,000 dispatched last year.", [
        R("kr-nis", "the NIS", "north_korean", "deployed", "exact", "an additional 3,000", "stock",
          relays=LEE, low=3000, best=3000, high=3000, notes="troops sent, not lost; 'Lee' is the surname-only relay"),
        R("kr-nis", "the NIS", "north_korean", "deployed", "approximate", "roughly 11,000", "stock",
          relays=LEE, best=11000, notes="first dispatch; not added to the 3,000"),
     ])],
    [S("Most of the losses came during \u2018a few weeks of frontal assaults\u2019 in February and March, when casualties averaged about 50 a day, the lawmaker quoted the spy agency as saying.", [
        R("kr-nis", "the spy agency", "north_korean", "casualties_unspecified", "approximate", "about 50 a day", "period",
          relays=LEE, counted_in="people_per_day", best=50, notes="a rate for February and March"),
     ])],
    [S("The NIS also said North Korean soldiers were sent into battle with little training in drone warfare, citing interrogation reports shared by Ukraine.")],
    [S("Rep. Kang Mi-rae of the main opposition Democratic Party, who attended the same briefing, said the agency\u2019s estimate was \u2018likely short by at least a thousand.\u2019",
       trap="a gap between estimates, not a loss figure; not to be added to 4,700")],
    [S("The North Korean soldiers are fighting under Russian command, and Moscow has not confirmed any of their losses.")],
    [S("(UPDATE, 17:40) In a text message to reporters later Thursday, the NIS said its estimate of the dead \u2018should be read as 600 to 700,\u2019 and that the figure of 4,700 covered killed, wounded and missing.", [
        R("kr-nis", "the NIS", "north_korean", "killed", "range", "600 to 700", "cumulative",
          relays=HB, low=600, high=700, notes="the agency's own later clarification of 'some 600', sent directly to reporters"),
        R("kr-nis", "the NIS", "north_korean", "killed_wounded_or_missing", "exact", "4,700", "cumulative",
          relays=HB, low=4700, best=4700, high=4700,
          notes="the agency redefines the lawmaker's 'killed or wounded' figure; 17:40 is the update time"),
     ])],
    [S("The agency also said it could not rule out that the North would send \u2018several thousand\u2019 more troops by autumn if Moscow asked for them.", [
        R("kr-nis", "The agency", "north_korean", "deployed", "vague", "several thousand", "stock",
          relays=HB, modality="conditional", low=3000, high=9999, notes="if-then deployment; several thousand read as 3,000 to 9,999"),
     ])],
    [S("Ukraine\u2019s military intelligence agency, HUR, said in a statement Thursday evening that North Korean losses in Kursk already exceed 6,000, including \u2018more than 1,500 killed.\u2019", [
        R("ua-gur", "Ukraine's military intelligence agency, HUR", "north_korean", "casualties_unspecified", "more_than", "exceed 6,000", "cumulative",
          relays=HB, low=6000, notes="'losses' not defined"),
        R("ua-gur", "Ukraine's military intelligence agency, HUR", "north_korean", "killed", "more_than", "more than 1,500", "cumulative",
          relays=HB, low=1500, notes="a part of the 6,000"),
     ])],
    [S("The briefing came a day after North Korea test-fired two cruise missiles into the Yellow Sea, the Joint Chiefs of Staff said.", trap="missiles fired")],
    [S("(END)")],
]

# ---------------------------------------------------------------- i08
# A newspaper's correction and clarification notice.
BH = "The Baltic Herald"
i08 = [
    [S("The Baltic Herald | Corrections and clarifications")],
    [S("Wednesday 4 June 2025", trap="date of the notice")],
    [S("An article on 28 May about the fighting in Kursk (\u2018Kim\u2019s lost battalions\u2019, page 14) said that North Korea had lost 14,000 soldiers in the region.",
       trap="the paper's own erroneous figure, quoted only to be withdrawn"),
     S("The figure of 14,000 was in fact the estimated number of troops North Korea has sent to Russia; the estimate of killed and wounded cited in the article, attributed to Ukraine\u2019s military intelligence agency (HUR), was 4,900.", [
        R("author", "The Baltic Herald (own voice)", "north_korean", "deployed", "exact", "14,000", "stock",
          low=14000, best=14000, high=14000, notes="troops sent, not lost; the notice names no source for the estimate"),
        R("ua-gur", "Ukraine's military intelligence agency (HUR)", "north_korean", "killed_or_wounded", "exact", "4,900", "cumulative",
          relays=BH, low=4900, best=4900, high=4900, notes="the corrected claim"),
     ])],
    [S("A report on 30 May (\u2018Drone unit claims 300 kills\u2019) misattributed a claim to the 95th Airborne Assault Brigade.",
       trap="title of the corrected report; the claim is given in the next sentence"),
     S("The claim that around 300 North Korean soldiers were killed over three weeks in March was made by the Birds of Magyar drone unit, not by the brigade.", [
        R("ua-birds-of-magyar", "the Birds of Magyar drone unit", "north_korean", "killed", "approximate", "around 300", "period",
          relays=BH, best=300, notes="reattributed claim; three weeks in March a stated period"),
     ])],
    [S("A headline on 1 June read \u2018Russia admits 1,000 dead in Kursk\u2019.", trap="erroneous headline, withdrawn"),
     S("Russia\u2019s defence ministry has not acknowledged any losses; the estimate of about 1,000 Russian servicemen killed in the Sudzha sector in January was made by Ukraine\u2019s General Staff, and Moscow disputes it.", [
        R("ua-general-staff", "Ukraine's General Staff", "russian", "killed", "approximate", "about 1,000", "period",
          relays=BH, best=1000, notes="Ukrainian claim of Russian losses, disputed by Moscow; not an acknowledgement"),
     ])],
    [S("An explainer on 2 June said that \u2018about a third\u2019 of North Korea\u2019s contingent had been killed or wounded.",
       trap="the paper's own withdrawn wording"),
     S("In fact, the South Korean military official we quoted said about 30 percent of the roughly 11,000 troops first deployed had been killed, wounded or gone missing, a figure that does not cover later reinforcements.", [
        R("kr-officials", "the South Korean military official we quoted", "north_korean", "killed_wounded_or_missing", "approximate", "about 30 percent", "cumulative",
          relays=BH, counted_in="percent_of_force", best=30, notes="a share of the 11,000 of the same sentence; not converted to people"),
        R("kr-officials", "the South Korean military official we quoted", "north_korean", "deployed", "approximate", "roughly 11,000", "stock",
          relays=BH, best=11000, notes="the troop figure the share is of"),
     ])],
    [S("A report on 3 June said \u2018hundreds\u2019 of North Korean soldiers had been taken prisoner by Ukraine.", trap="the paper's own withdrawn wording"),
     S("Ukrainian officials have confirmed holding two North Korean prisoners; the claim of hundreds came from an anonymous Ukrainian Telegram channel and is not supported by either government.", [
        R("ua-officials", "Ukrainian officials", "north_korean", "captured", "exact", "two", "cumulative",
          relays=BH, low=2, best=2, high=2, notes="captor's officials confirming prisoners held"),
        R("ua-telegram-anon", "an anonymous Ukrainian Telegram channel", "north_korean", "captured", "vague", "hundreds", "unspecified",
          relays=BH, low=200, high=999, notes="claim cited to be disputed; hundreds read as 200 to 999; 'Ukrainian' is the channel, not whose losses"),
     ]),
     S("The same report gave the age of Pvt. Ri, one of the two prisoners, as 26; he is 21.", trap="ages")],
    [S("A 29 May analysis misquoted Lithuanian Maj. Gen. Vytautas Kairys.", trap="date of the corrected article"),
     S("He said Russia could lose \u2018another 20,000 men by autumn if the current offensive tempo holds\u2019, not that it \u2018will\u2019 lose them.", [
        R("lt-kairys", "Lithuanian Maj. Gen. Vytautas Kairys", "russian", "casualties_unspecified", "exact", "another 20,000", "period",
          relays=BH, modality="conditional", low=20000, best=20000, high=20000,
          notes="the corrected quote is an if-then; 'Lithuanian' is the speaker, not whose losses"),
     ])],
    [S("We apologise for these errors.")],
]

SPECS = {
    "i01-reuters-exclusive": i01,
    "i02-nhk-tv-script": i02,
    "i03-telegram-retold": i03,
    "i04-mod-briefing-transcript": i04,
    "i05-bbc-russian-named-dead": i05,
    "i06-security-newsletter": i06,
    "i07-yonhap-nis-update": i07,
    "i08-correction-notice": i08,
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
