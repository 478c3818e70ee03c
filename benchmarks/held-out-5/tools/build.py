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


# ---------------------------------------------------------------- helpers
def E(n):
    return dict(low=n, best=n, high=n)


def A(n):
    return dict(best=n)


def LO(n):
    return dict(low=n)


def HI(n):
    return dict(high=n)


def RG(a, b):
    return dict(low=a, high=b)


AUTHOR_HL = "the outlet's own voice (headline)"

# ---------------------------------------------------------------- d01
# A Ukrainian regional news site retells Telegram posts (a Russian war blogger, a Ukrainian drone unit).
SV = "Severny Veter Telegram channel"
d01_s1 = S("SUMY, Thursday, February 13 (Sumy Line) – A pro-Kremlin Telegram channel with about 400,000 subscribers complained on Tuesday that a Russian naval infantry unit had lost \"two platoons\" in a failed crossing of the Seym river near Tetkino, in a post that was deleted within hours.", [
    R("ru-milblog-severny-veter", SV, "russian", "casualties_unspecified", "exact", "two platoons", "incident",
      relays="Pidsumok", counted_in="platoons", **E(2),
      notes="formation figure kept in platoons; 'lost' undefined; the deleted post is known from the Pidsumok screenshot (next sentence), so Pidsumok is the relay; 400,000 subscribers is not a loss"),
])
d01_s2 = S("The channel, Severny Veter, wrote that 37 marines were killed and about 60 wounded when Ukrainian drones caught their boats on the water, according to a screenshot preserved by the Ukrainian monitoring channel Pidsumok.", [
    R("ru-milblog-severny-veter", SV, "russian", "killed", "exact", "37", "incident", relays="Pidsumok", **E(37),
      notes="'Ukrainian drones' inflicted the losses; the marines are Russian"),
    R("ru-milblog-severny-veter", SV, "russian", "wounded", "approximate", "about 60", "incident", relays="Pidsumok", **A(60)),
])
d01_s4 = S("On Wednesday the channel published a shorter post raising the number of dead to 52 and saying \"the rest are wounded or missing\".", [
    R("ru-milblog-severny-veter", SV, "russian", "killed", "exact", "52", "incident", **E(52),
      notes="revised total for the same crossing (supersedes 37); the new post is live, so no relay; 'the rest' has no figure"),
])
d01_s5 = S("In an earlier post, on February 2, it had claimed that the marines' brigade was losing \"10 to 15 men a day\" to drones alone since the New Year.", [
    R("ru-milblog-severny-veter", SV, "russian", "casualties_unspecified", "range", "10 to 15", "period",
      counted_in="people_per_day", **RG(10, 15),
      notes="a rate over a stated window (New Year to February 2); 'losing' undefined"),
])
d01_s6 = S("Another Russian channel, Dvuglavy Orel, dismissed the report as \"panic-mongering\" and said no more than ten men had been lost in the crossing.", [
    R("ru-milblog-dvuglavy-orel", "Dvuglavy Orel Telegram channel", "russian", "casualties_unspecified", "at_most",
      "no more than ten", "incident", **HI(10), notes="cited to dispute Severny Veter; a separate claimant of the same side"),
])
d01_s7 = S("Hours after the first post, the Ukrainian drone unit Nichni Ptakhy (Night Birds) published a video on its own Telegram channel, claiming its pilots had hit 11 boats and killed \"at least 40 occupiers\" on the river that morning.", [
    R("ua-nichni-ptakhy", "Nichni Ptakhy (Night Birds) drone unit", "russian", "killed", "at_least", "at least 40",
      "incident", **LO(40), notes="video posted (footage); 11 boats are equipment; 'occupiers' are the Russian marines"),
])
d01_s8 = S("The unit's commander, who uses the call sign Sych, wrote in a second post that his men had killed or wounded 212 Russian troops in the Tetkino sector since January 1.", [
    R("ua-nichni-ptakhy", "Sych, commander of Nichni Ptakhy", "russian", "killed_or_wounded", "exact", "212",
      "cumulative", **E(212), notes="a commander speaking of his unit's tally takes the unit's id; running total since January 1"),
])
d01 = [
    [S("Russian war blogger says marines lost 'two platoons' crossing the Seym; Ukrainian drone unit posts its own tally",
       trap=restates(d01_s1))],
    [d01_s1, d01_s2,
     S("The post said the assault group numbered roughly 150 men and blamed commanders who \"sent them across in broad daylight\".",
       trap="size of one assault group, not a loss and not a contingent's deployment")],
    [d01_s4, d01_s5, d01_s6],
    [d01_s7, d01_s8,
     S("He said a third of the Russian boats used in the sector this year had now been destroyed.",
       trap="share of boats (equipment), not of people")],
    [S("Russia's Defence Ministry said on the same day that its forces had repelled four Ukrainian attacks in the Kursk region and destroyed three armoured vehicles, without mentioning the crossing.",
       trap="attacks repelled and vehicles destroyed, not people"),
     S("Regional authorities said 14 residents of Tetkino had been evacuated that week.",
       trap="civilians evacuated, not losses"),
     S("None of the accounts could be independently verified.")],
]

# ---------------------------------------------------------------- d02
# A fact-check of a viral claim.
VV = "viral video shared on X and Facebook"
d02_claim = S("THE CLAIM: A video shared more than 20,000 times on X and Facebook since Sunday says Ukrainian forces killed 1,000 North Korean soldiers in a single day near the village of Plekhovo and wiped out \"two full battalions\".", [
    R("viral-video-plekhovo", VV, "north_korean", "killed", "exact", "1,000", "incident", **E(1000),
      notes="cited only to be disputed (rated False); 20,000 shares is not a loss"),
    R("viral-video-plekhovo", VV, "north_korean", "casualties_unspecified", "exact", "two full battalions", "incident",
      counted_in="battalions", **E(2), notes="'wiped out' formations: counted in battalions, measure unspecified; disputed"),
])
d02_sso1 = S("The figure seems to come from a Telegram statement by Ukraine's Special Operations Forces (SSO) on Thursday, January 16, which said North Korean units had lost about 1,000 men \"killed and wounded\" in the Kursk region over the past three weeks.", [
    R("ua-sso", "Ukraine's Special Operations Forces (SSO)", "north_korean", "killed_or_wounded", "approximate",
      "about 1,000", "period", **A(1000), notes="one total of killed and wounded: combined measure; stated window of three weeks"),
])
d02 = [
    [S("FACT CHECK: No, Ukraine did not kill 1,000 North Korean soldiers in a single day", trap=restates(d02_claim))],
    [S("By Lena Moroz, CheckPoint Desk | Friday, January 17, 2025", trap="byline date")],
    [d02_claim],
    [S("OUR VERDICT: False. No official source has reported 1,000 deaths on one day, and the footage is more than a year old.",
       trap="the verdict negates the viral figure; 'one day' and 'a year' are not counts")],
    [S("WHAT WE FOUND:"), d02_sso1,
     S("The same post said about 120 North Koreans had been killed in one battle near Plekhovo on January 12, probably the origin of the \"single day\" idea.", [
         R("ua-sso", "Ukraine's Special Operations Forces (SSO)", "north_korean", "killed", "approximate", "about 120",
           "incident", **A(120), notes="one battle on a stated day"),
     ]),
     S("Spread over three weeks, the SSO total would average under 50 a day, a calculation the forces themselves did not make.",
       trap="the fact-checker's own hypothetical average, explicitly not anyone's claim")],
    [S("Other official figures do not support a single-day toll of that size."),
     S("South Korea's National Intelligence Service told lawmakers on Monday, January 13, that about 350 North Korean soldiers had been killed and some 2,400 wounded since the deployment began, according to Rep. Choi Hyun-jin, who attended the closed briefing.", [
         R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 350",
           "cumulative", relays="Rep. Choi Hyun-jin", **A(350), notes="a lawmaker who discloses an intelligence briefing is a relay"),
         R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "wounded", "approximate", "some 2,400",
           "cumulative", relays="Rep. Choi Hyun-jin", **A(2400)),
     ]),
     S("The Pentagon said a day later that North Korean troops had suffered \"hundreds\" of killed and wounded.", [
         R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "vague", "hundreds",
           "cumulative", **RG(200, 999), notes="'hundreds' read as 200-999 (set convention)"),
     ])],
    [S("The clip itself is older: a reverse image search shows it was first posted in March 2023 and was filmed on a training ground in Zaporizhzhia region, more than 600 km from Kursk.",
       trap="a date and a distance, not losses"),
     S("Some shares pair the video with a Rossiya-24 report saying Ukraine lost \"more than 500 soldiers\" near Plekhovo that week; that is a separate claim about Ukrainian losses, and we have not assessed it.", [
         R("ru-rossiya-24", "Rossiya-24 (Russian state television)", "ukrainian", "casualties_unspecified", "more_than",
           "more than 500", "period", **LO(500), notes="Russian state TV about Ukrainian losses; 'lost' undefined; 'that week' is the window"),
     ]),
     S("CheckPoint Desk asked the SSO about the video; a spokesman, Maj. Ivan Tkach, said the unit \"has never claimed anything like a thousand in a day\".",
       trap="a denial; 'a thousand in a day' negates the viral figure, no new claim"),
     S("We rate this claim False.")],
]

# ---------------------------------------------------------------- d03
# An op-ed in an English-language paper, September 2025.
d03_nis = S("It has been neither short nor glorious. Seoul's spy agency told lawmakers this month that about 2,000 North Koreans had been killed, and that total casualties, the dead and the wounded together, stood at roughly 6,000.", [
    R("kr-nis", "South Korea's National Intelligence Service (Seoul's spy agency)", "north_korean", "killed", "approximate",
      "about 2,000", "cumulative", relays="South Korean lawmakers", **A(2000), notes="unnamed lawmakers relay the briefing"),
    R("kr-nis", "South Korea's National Intelligence Service (Seoul's spy agency)", "north_korean", "killed_or_wounded",
      "approximate", "roughly 6,000", "cumulative", relays="South Korean lawmakers", **A(6000),
      notes="'casualties' defined in the sentence as dead and wounded together; includes the 2,000 killed, never add"),
])
d03 = [
    [S("Opinion | Kim's soldiers are dying by the thousand in someone else's war",
       trap="rhetorical headline; 'by the thousand' is no figure")],
    [S("By Hana Yoo-Sterling")],
    [S("When North Korea sent roughly 11,000 soldiers to Russia's Kursk region last autumn, Pyongyang presumably expected a short, glorious campaign and a generous bill to send to Moscow.", [
        R("author", "the op-ed writer (Hana Yoo-Sterling)", "north_korean", "deployed", "approximate", "roughly 11,000",
          "stock", **A(11000), notes="unattributed in the op-ed: the author's voice; the initial contingent"),
    ])],
    [d03_nis,
     S("Kyiv's military intelligence goes further, speaking of more than 9,000 North Korean \"combat losses\", a term it uses for the killed, wounded, missing and captured together.", [
         R("ua-gur", "Defence Intelligence of Ukraine (Kyiv's military intelligence)", "north_korean",
           "killed_wounded_missing_or_captured", "more_than", "more than 9,000", "cumulative", **LO(9000),
           notes="the text defines 'combat losses' as killed, wounded, missing and captured"),
     ]),
     S("Even on the lower count, more than half of the men Kim sent have been killed or wounded.", [
         R("author", "the op-ed writer (Hana Yoo-Sterling)", "north_korean", "killed_or_wounded", "more_than", "more than half",
           "cumulative", counted_in="percent_of_force", **LO(50), derived=d03_nis,
           notes="the writer's own share, from the NIS 6,000 against the 11,000 sent"),
     ])],
    [S("Moscow, which admitted only in April that North Koreans had fought in Kursk at all, has never published a figure of its own."),
     S("When Kim opened a memorial in Pyongyang in August, state television lingered on a wall of portraits of the fallen; analysts who counted them found 118.", [
         R("analysts-unnamed", "unnamed analysts (counting state TV footage)", "north_korean", "killed", "exact", "118",
           "unspecified", **E(118), notes="a count of portraits in North Korean footage; the analysts, not KCNA, state the number")
     ])],
    [S("The losses have not stopped; they have slowed. At the rate the NIS describes for the past few months, roughly 15 casualties a day, the contingent would lose another 1,500 men by New Year.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "casualties_unspecified", "approximate",
          "roughly 15", "period", counted_in="people_per_day", **A(15), notes="a rate over a stated (if loose) window, 'the past few months'"),
        R("author", "the op-ed writer (Hana Yoo-Sterling)", "north_korean", "casualties_unspecified", "exact", "another 1,500",
          "period", modality="projected", **E(1500), notes="the writer's projection to New Year from the NIS rate"),
    ]),
     S("And if Pyongyang sends the 6,000 further troops that South Korean officials say are being readied, Moscow will simply have more men to spend.", [
         R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "exact", "6,000", "stock",
           modality="projected", **E(6000), notes="troops said to be readied, not yet sent: a projected deployment"),
     ])],
    [S("None of this is charity. Russia is reported to pay Pyongyang far more than the soldiers' wages, by one estimate some $20 million a month in cash and oil.",
       trap="money, not people"),
     S("Kim, who is 41, has shown he will trade lives for hard currency."
       , trap="an age"),
     S("The men on that wall did not get a say.")],
    [S("Hana Yoo-Sterling spent 14 years as an analyst of North Korea's military and now writes from Seoul.",
       trap="the writer's career length")],
]

# ---------------------------------------------------------------- d04
# A weekly email newsletter.
RGS = "Russia's General Staff"
REU = "Reuters"
d04_reu = S("Reuters, citing two US officials and a European diplomat, reported on Wednesday that around 4,000 North Korean soldiers had now been killed or wounded, out of a force they put at 12,000 to 14,000 men.", [
    R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "approximate", "around 4,000",
      "cumulative", relays=REU, **A(4000), notes="a list of claimants gives one row each"),
    R("eu-diplomat-unnamed", "a European diplomat (unnamed)", "north_korean", "killed_or_wounded", "approximate",
      "around 4,000", "cumulative", relays=REU, **A(4000)),
    R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "range", "12,000 to 14,000", "stock",
      relays=REU, **RG(12000, 14000), notes="'they' are the officials and the diplomat"),
    R("eu-diplomat-unnamed", "a European diplomat (unnamed)", "north_korean", "deployed", "range", "12,000 to 14,000",
      "stock", relays=REU, **RG(12000, 14000)),
])
d04 = [
    [S("THE FRONTLINE BRIEF | Week ending Friday, May 9, 2025 | Issue No. 31", trap="newsletter date and issue number")],
    [S("Hello again."),
     S("Three things this week: Moscow's victory numbers, a new Western estimate of North Korean losses, and Pyongyang's first admission.",
       trap="number of items in the newsletter")],
    [S("MOSCOW'S NUMBERS."),
     S("Russia's General Staff said on Monday that the Kursk operation was over and that Ukraine had lost \"more than 68,000\" servicemen in the region since August 2024, including some 2,900 taken prisoner.", [
         R("ru-general-staff", RGS, "ukrainian", "casualties_unspecified", "more_than", "more than 68,000", "cumulative",
           **LO(68000), notes="'lost' undefined; running total over the whole operation; disputed by Kyiv"),
         R("ru-general-staff", RGS, "ukrainian", "captured", "approximate", "some 2,900", "cumulative", **A(2900),
           notes="a part of the 68,000 ('including'); never add"),
     ]),
     S("Kyiv's General Staff called the figures \"fantasy\" and said Ukrainian units were still holding positions inside the region.")],
    [S("A WESTERN ESTIMATE."), d04_reu,
     S("If that is right, roughly a third of Pyongyang's contingent is out of action.", [
         R("author", "the newsletter's own voice", "north_korean", "killed_or_wounded", "approximate", "roughly a third",
           "cumulative", counted_in="percent_of_force", **A(33.33), derived=d04_reu,
           notes="the newsletter's own share from the Reuters figures; 'if that is right' questions the source, not a future condition, so reported"),
     ]),
     S("The officials said the rate of loss had fallen from \"hundreds a week\" in February to a trickle since Russia retook Sudzha.", [
         R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "vague", "hundreds",
           "period", relays=REU, counted_in="people_per_week", **RG(200, 999), notes="'hundreds' 200-999; window February; 'a trickle' has no figure"),
         R("eu-diplomat-unnamed", "a European diplomat (unnamed)", "north_korean", "casualties_unspecified", "vague",
           "hundreds", "period", relays=REU, counted_in="people_per_week", **RG(200, 999)),
     ])],
    [S("PYONGYANG'S ADMISSION."),
     S("North Korea's state news agency KCNA acknowledged on Monday, for the first time, that its soldiers had been killed fighting in Kursk, but gave no number.", [
         R("kp-kcna", "Korean Central News Agency (KCNA)", "north_korean", "killed", "none", "", "unspecified",
           notes="own side acknowledges deaths without a figure"),
     ]),
     S("Seoul's NIS said on Thursday that about 1,500 North Koreans had now died, more than double the figure it gave lawmakers in February.", [
         R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate",
           "about 1,500", "cumulative", **A(1500), notes="updated running total; the February figure is not stated, so no row"),
     ])],
    [S("OTHER NUMBERS."),
     S("Ukraine's General Staff put Russian losses across the whole front at 1,180 on Tuesday alone.", [
         R("ua-general-staff", "General Staff of Ukraine's Armed Forces", "russian", "casualties_unspecified", "exact",
           "1,180", "period", **E(1180), notes="whole front, not Kursk only (area whole_war); one day"),
     ]),
     S("Kursk's regional governor said 312 civilians had been killed in the region since August 2024 and more than 2,000 homes damaged in Sudzha district alone.",
       trap="civilian deaths and homes, not military losses"),
     S("Reading list: two pieces worth your time and one podcast, linked below.", trap="reading list count"),
     S("See you next Friday.")],
]

# ---------------------------------------------------------------- d05
# A news story citing a think-tank report by its tables.
CEFS = "Centre for Eastern Flank Studies (CEFS)"
d05_cefs = S("CEFS's own estimate, built from the table, is that between 1,200 and 2,100 North Korean soldiers had been killed by the end of September, with a central figure of about 1,600.", [
    R("cefs", CEFS, "north_korean", "killed", "range", "between 1,200 and 2,100", "cumulative", **RG(1200, 2100),
      notes="a central estimate given with a range is one row (range); the central figure 'about 1,600' is kept in this note"),
])
d05 = [
    [S("Think tank puts North Korea's dead in Kursk at 'at least 1,200' after tallying a year of estimates", [
        R("author", AUTHOR_HL, "north_korean", "killed", "at_least", "at least 1,200", "cumulative", **LO(1200),
          derived=d05_cefs, notes="the headline turns CEFS's range into a lower bound: the outlet's reading, not CEFS's words"),
    ])],
    [S("VILNIUS, Tuesday, October 14 – A year after the first North Korean units reached the Kursk front, a Lithuanian think tank has tried to pull every public estimate of their losses into a single table, and concluded that most of them cannot be compared.",
       trap="dateline date; no figure of losses"),
     S("The 38-page report by the Centre for Eastern Flank Studies (CEFS), published on Monday, lists 23 estimates from 11 sources in its Table 2, each with its date and what it counts.",
       trap="pages, estimates and sources counted, not losses")],
    [S("Row 4 is South Korea's National Intelligence Service, which the report quotes as telling lawmakers on September 4 that about 2,300 North Korean soldiers had been killed since the deployment began.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 2,300",
          "cumulative", relays="South Korean lawmakers > " + CEFS, **A(2300), notes="table row number is not a figure"),
    ]),
     S("Row 9 gives the figure of Ukraine's military intelligence agency, HUR: 6,400 \"killed, wounded or missing\" as of August.", [
         R("ua-gur", "Defence Intelligence of Ukraine (HUR)", "north_korean", "killed_wounded_or_missing", "exact", "6,400",
           "cumulative", relays=CEFS, **E(6400)),
     ]),
     S("Row 15, the only Russian entry, is an April statement by the Defence Ministry in Moscow that North Korean losses had been \"insignificant\", with no number at all.", [
         R("ru-mod", "Russian Ministry of Defence", "north_korean", "casualties_unspecified", "none", "", "unspecified",
           relays=CEFS, notes="a loss stated with no number; Russia speaking of its ally's losses"),
     ]),
     S("A footnote lists a claim by an unnamed Russian military blogger that 4,000 Ukrainians died trying to hold Sudzha, which the authors flag as unsourced.", [
         R("ru-milblogger-unnamed", "an unnamed Russian military blogger", "ukrainian", "killed", "exact", "4,000",
           "unspecified", relays=CEFS, **E(4000), notes="cited only to be flagged as unsourced; no dates given"),
     ])],
    [S("The authors say the entries mix killed with \"losses\", running totals with monthly figures, and at least three definitions of wounded.",
       trap="a count of definitions, not losses"),
     d05_cefs,
     S("It puts the wounded at two to three times the dead but gives no figure for them.",
       trap="a ratio, never multiplied out into a figure")],
    [S("In Table 3 the centre estimates that North Korean units lost about 40 men a day during the January fighting around Sudzha, falling to fewer than ten a day in April.", [
        R("cefs", CEFS, "north_korean", "casualties_unspecified", "approximate", "about 40", "period",
          counted_in="people_per_day", **A(40), notes="rate, window January"),
        R("cefs", CEFS, "north_korean", "casualties_unspecified", "fewer_than", "fewer than ten", "period",
          counted_in="people_per_day", **HI(10), notes="rate, window April"),
    ]),
     S("At the peak, in January, it counts about 11,500 North Korean troops in the region.", [
         R("cefs", CEFS, "north_korean", "deployed", "approximate", "about 11,500", "stock", **A(11500)),
     ]),
     S("Ukraine's SBU security service, the report notes, has shown only two captured North Koreans to the press, both taken in January.", [
         R("ua-sbu", "Security Service of Ukraine (SBU)", "north_korean", "captured", "exact", "two", "cumulative",
           relays=CEFS, **E(2), notes="prisoners shown to date"),
     ])],
    [S("\"Nobody in this table is lying,\" said Ruta Valaitiene, who led the study. \"They are counting different things.\""),
     S("The study was paid for by a 180,000-euro grant from a Nordic foundation.", trap="money")],
]

# ---------------------------------------------------------------- d06
# A Japanese national daily (English edition), December 2025.
JPG = "Japanese government (internal analysis)"
JPSRC = "several Japanese government sources"
d06_s2 = S("The analysis, compiled by the Defense Ministry and the Cabinet Intelligence and Research Office, puts the number of wounded at about 5,000.", [
    R("jp-government", JPG, "north_korean", "wounded", "approximate", "about 5,000", "cumulative", relays=JPSRC, **A(5000),
      notes="an analysis compiled jointly by two bodies takes one id, the government's"),
])
d06 = [
    [S("N. Korean casualties in Russia's war reach some 7,500, Japan gov't estimates", [
        R("author", AUTHOR_HL, "north_korean", "killed_or_wounded", "approximate", "some 7,500", "cumulative", **A(7500),
          derived=d06_s2, notes="the paper's sum of 'more than 2,500' killed (lead) and about 5,000 wounded; the government gave no total"),
    ])],
    [S("TOKYO – The Japanese government has concluded in an internal analysis that more than 2,500 North Korean soldiers have been killed since Pyongyang sent troops to fight for Russia in the autumn of last year, it was learned on the 19th from several government sources.", [
        R("jp-government", JPG, "north_korean", "killed", "more_than", "more than 2,500", "cumulative", relays=JPSRC, **LO(2500),
          notes="the sources pass on the analysis: relays"),
    ]),
     d06_s2,
     S("According to the sources, the North Korean force in Russia, initially about 11,000 strong, has been reinforced twice and now numbers around 14,000.", [
         R("jp-government", JPG, "north_korean", "deployed", "approximate", "about 11,000", "stock", relays=JPSRC, **A(11000),
           notes="initial strength (autumn 2024)"),
         R("jp-government", JPG, "north_korean", "deployed", "approximate", "around 14,000", "stock", relays=JPSRC, **A(14000),
           notes="present strength; not to be added to the 11,000"),
     ]),
     S("The Defense Ministry's press office declined to comment.")],
    [S("In Seoul, the National Intelligence Service told the National Assembly's intelligence committee last month that about 2,000 North Korean soldiers had died, according to committee members quoted by Yonhap News Agency, a figure Japanese officials regard as conservative.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 2,000",
          "cumulative", relays="National Assembly intelligence committee members > Yonhap News Agency", **A(2000),
          notes="'Japanese officials' only comment on the figure; they are not its claimant"),
    ]),
     S("The 12 committee members were briefed behind closed doors for about three hours.", trap="committee size and meeting length"),
     S("A senior Japanese official said losses had slowed sharply since the fighting in Kursk ended in the spring, to \"a few dozen a month\", as North Korean units moved to mine clearance and rear-area duties.", [
         R("jp-officials", "a senior Japanese official (unnamed)", "north_korean", "casualties_unspecified", "vague",
           "a few dozen", "period", counted_in="people_per_month", **RG(24, 59),
           notes="'a few dozen' read as 24-59; window since spring; an individual official speaking for himself is jp-officials, not the analysis"),
     ])],
    [S("Ukraine's military intelligence has put North Korean losses at about 7,000 killed and wounded, roughly in line with the Japanese estimate.", [
        R("ua-gur", "Defence Intelligence of Ukraine", "north_korean", "killed_or_wounded", "approximate", "about 7,000",
          "cumulative", **A(7000)),
    ]),
     S("North Korea's Korean Central News Agency reported in late August that Kim Jong Un had posthumously awarded the title of Hero of the DPRK to nine soldiers who \"fell heroically\" in the Kursk region.", [
         R("kp-kcna", "Korean Central News Agency (KCNA)", "north_korean", "killed", "exact", "nine", "unspecified", **E(9),
           notes="own side names nine dead it honoured; an honours list, not a total"),
     ]),
     S("Japan's Self-Defense Forces, by comparison, have about 247,000 personnel.",
       trap="size of Japan's own forces, not a deployment to Kursk or a loss"),
     S("The government intends to share the analysis with the United States and South Korea at a trilateral meeting of defence officials in Tokyo on the 23rd.",
       trap="a meeting date")],
    [S("(Yuki Takamori, Seoul bureau; Kenji Arai, Political News Department)")],
]

# ---------------------------------------------------------------- d07
# A wire agency's daily round-up with datelined items.
NIS = "South Korea's National Intelligence Service (NIS)"
YOON = "Rep. Yoon Dae-hyeon"
d07_seoul = S("SEOUL – North Korea sent between 1,500 and 3,000 more troops to Russia in January and February to make up for losses in Kursk, a South Korean lawmaker said, citing a briefing by the National Intelligence Service.", [
    R("kr-nis", NIS, "north_korean", "deployed", "range", "between 1,500 and 3,000", "stock", relays=YOON, **RG(1500, 3000),
      notes="reinforcements sent; the lawmaker (named next sentence) relays the NIS"),
])
d07 = [
    [S("UKRAINE WAR ROUNDUP: Russia claims three Kursk villages; Seoul says North Korea sent up to 3,000 more troops", [
        R("author", AUTHOR_HL, "north_korean", "deployed", "at_most", "up to 3,000", "stock", **HI(3000), derived=d07_seoul,
          notes="the headline keeps only the top of the NIS range: the outlet's own reading"),
    ])],
    [S("Here are the latest developments in the war in Ukraine on Thursday, March 13, 2025.", trap="date")],
    [S("KYIV – Ukraine's General Staff said Russian forces had lost 1,310 troops in the past 24 hours along the whole front, bringing the total it says Russia has lost since the February 2022 invasion to 893,450.", [
        R("ua-general-staff", "General Staff of Ukraine's Armed Forces", "russian", "casualties_unspecified", "exact", "1,310",
          "period", **E(1310), notes="whole front, one day (area whole_war)"),
        R("ua-general-staff", "General Staff of Ukraine's Armed Forces", "russian", "casualties_unspecified", "exact", "893,450",
          "cumulative", **E(893450), notes="whole-war running total; includes the 1,310"),
    ]),
     S("It does not say how many of them were killed.")],
    [S("KURSK – Russia's Defence Ministry said its troops had recaptured three villages north of Sudzha and that Ukraine had lost \"up to 270 servicemen\" in the Kursk region over the past day.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "at_most", "up to 270", "period",
          **HI(270), notes="three villages are places, not losses"),
    ]),
     S("A spokesman for Ukrainian forces in the sector, Lt. Serhiy Marchuk, said the villages were still contested and that Russian and North Korean assault groups had lost about 90 men trying to enter them since Sunday.", [
         R("ua-kursk-grouping", "Ukrainian forces in the Kursk sector (spokesman Lt. Serhiy Marchuk)", "russian_and_north_korean",
           "casualties_unspecified", "approximate", "about 90", "period", **A(90),
           notes="a spokesperson takes his body's id; mixed count stays mixed; since Sunday (March 9)"),
     ])],
    [d07_seoul,
     S("The lawmaker, Yoon Dae-hyeon, said the spy agency estimated that the North Korean force had suffered about 4,000 casualties since December, at a rate of roughly 40 a day during the heaviest fighting in January.", [
         R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "about 4,000", "cumulative", relays=YOON,
           **A(4000), notes="'the spy agency' is the NIS; 'casualties' undefined"),
         R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "roughly 40", "period", relays=YOON,
           counted_in="people_per_day", **A(40), notes="rate over January"),
     ])],
    [S("WASHINGTON – US officials said they had seen no sign that the losses had dented Pyongyang's willingness to supply Moscow, which by their estimate has also received more than 4 million North Korean artillery shells.",
       trap="artillery shells, not people; 'North Korean' describes the shells")],
    [S("BRUSSELS – A senior NATO official told reporters that Russia was losing \"around 1,100 to 1,300 soldiers killed or wounded every day\" across Ukraine and, at that pace, could pass a million casualties before the summer.", [
        R("nato-official-unnamed", "a senior NATO official (unnamed)", "russian", "killed_or_wounded", "range", "1,100 to 1,300",
          "unspecified", counted_in="people_per_day", **RG(1100, 1300),
          notes="'around' a range: kept as a range; whole war; rate with no window"),
        R("nato-official-unnamed", "a senior NATO official (unnamed)", "russian", "casualties_unspecified", "more_than",
          "a million", "cumulative", modality="projected", **LO(1000000), notes="'pass a million' before summer: projected running total"),
    ])],
    [S("ABU DHABI – Russia and Ukraine exchanged 175 prisoners of war each on Wednesday in a deal brokered by the United Arab Emirates.",
       trap="prisoners exchanged, not a loss count"),
     S("Among those returned to Ukraine were 22 soldiers captured during the Kursk incursion, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said.",
       trap="men freed in an exchange, not a count of losses")],
    [S("Compiled by Meridian Press bureaus; editing by Anna Lisowska.")],
]

# ---------------------------------------------------------------- d08
# A radio interview transcript (translated), January 2025.
BR = "ua-119th-brigade"
HN = "Maj. Taras Hnatiuk, 119th Separate Mechanized Brigade"
d08 = [
    [S("TRANSCRIPT: Frontline Hour, Radio Pivnich, Friday, January 24, 2025, 19:00 (translated from Ukrainian)",
       trap="broadcast date and time")],
    [S("HOST: Good evening, it's seven o'clock and this is Frontline Hour."
       , trap="time of day")],
    [S("HOST: My guest is Major Taras Hnatiuk, deputy commander of the 119th Separate Mechanized Brigade, whose men have been fighting North Korean units near Sverdlikovo for about six weeks.",
       trap="a unit number and a duration")],
    [S("HNATIUK: Since the middle of December, yes.")],
    [S("HOST: How many have you faced?")],
    [S("HNATIUK: In our sector alone we have counted 380 North Koreans killed, and I would say two or three times that many wounded.", [
        R(BR, HN, "north_korean", "killed", "exact", "380", "cumulative", **E(380),
          notes="an officer speaking of his unit's tally takes the unit's id; 'two or three times that many wounded' is a ratio, never multiplied out"),
    ])],
    [S("HOST: Russia's Defence Ministry says your brigade was \"practically destroyed\" last week.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "none", "", "period",
          counted_in="brigades", notes="a formation loss stated with no number; the host's relaying is the document's voice, not a relay"),
    ])],
    [S("HNATIUK: (laughs) By their count they have destroyed us four times since Christmas.",
       trap="rhetorical, not a loss figure")],
    [S("HOST: Western officials put North Korean losses at around 1,000 killed and wounded by the middle of January.", [
        R("western-officials", "Western officials (unnamed)", "north_korean", "killed_or_wounded", "approximate",
          "around 1,000", "cumulative", **A(1000)),
    ]),
     S("Does that sound right to you?")],
    [S("HNATIUK: It sounds low."),
     S("In one assault on January 9, near a single tree line, we counted 63 bodies.", [
         R(BR, HN, "north_korean", "killed", "exact", "63", "incident", **E(63), notes="bodies counted = killed; 'one assault' is not a count"),
     ]),
     S("We lost eleven men that day; I can say it because the families have been told.", [
         R(BR, HN, "ukrainian", "killed", "exact", "eleven", "incident", **E(11),
           notes="own losses acknowledged by the unit"),
     ]),
     S("They come in waves of 20 or 30 men, without armour, and our drones take out perhaps half of each wave before it reaches our positions.", [
         R(BR, HN, "north_korean", "casualties_unspecified", "approximate", "perhaps half", "unspecified",
           counted_in="percent_of_force", **A(50), notes="a share of each wave; the wave size (20 or 30) is not a deployment"),
     ])],
    [S("HOST: Have you taken prisoners?")],
    [S("HNATIUK: Two, and one of them died of his wounds before we could evacuate him.", [
        R(BR, HN, "north_korean", "captured", "exact", "Two", "cumulative", **E(2)),
        R(BR, HN, "north_korean", "killed", "exact", "one", "incident", **E(1),
          notes="died of wounds after capture: counted as killed; it is one of the two captured"),
    ])],
    [S("HOST: The General Staff said this week that if North Korea keeps attacking at this pace, its force in Kursk could lose half its strength by March.", [
        R("ua-general-staff", "General Staff of Ukraine's Armed Forces", "north_korean", "casualties_unspecified", "exact",
          "half its strength", "period", counted_in="percent_of_force", modality="conditional", **E(50),
          notes="if-then; looks to March"),
    ])],
    [S("HNATIUK: If they keep coming like this, there won't be 12,000 of them left to send by spring.",
       trap="rhetorical reference to the force's size, not a loss or a statement of troops present")],
    [S("HOST: Major Hnatiuk, thank you.")],
    [S("HOST: After the news at half past seven, we talk to families waiting for word of prisoners.", trap="time of day")],
]

SPECS = {
    "d01-telegram-post-retold": d01,
    "d02-fact-check": d02,
    "d03-op-ed": d03,
    "d04-weekly-newsletter": d04,
    "d05-think-tank-tables": d05,
    "d06-japanese-daily": d06,
    "d07-wire-roundup": d07,
    "d08-radio-interview-transcript": d08,
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
