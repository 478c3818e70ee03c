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


# Shared claimant names (one spelling per id across the set)
NIS = "South Korea's National Intelligence Service (NIS)"
GUR = "Ukraine's Defence Intelligence (HUR/GUR)"
GS = "General Staff of the Armed Forces of Ukraine"
RUMOD = "Russian Ministry of Defence"
DOD = "US Department of Defense (Pentagon)"
JPMOD = "Japan's Ministry of Defense"


def AUTHOR(voice):
    return "The text's own voice (" + voice + ")"


# ---------------------------------------------------------------- ad01
# Washington Post-style story from Seoul: a lawmaker relays a closed NIS briefing.
LIM = "Rep. Lim Jae-won"
ad01_s1 = S("SEOUL — North Korean soldiers fighting for Russia in the Kursk region have now suffered more than 3,800 casualties, up from roughly 2,900 in January, South Korea's National Intelligence Service told lawmakers on Tuesday.", [
    R("kr-nis", NIS, "north_korean", "killed_or_wounded", "more_than", "more than 3,800", "cumulative",
      relays=LIM, low=3800,
      notes="'casualties' is defined two sentences later as the dead and the wounded together; the lawmakers briefed (Lim, named next) are the relay"),
    R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "roughly 2,900", "cumulative",
      relays=LIM, best=2900,
      notes="the agency's earlier (January) running total, superseded by the new one; 'in January' dates the estimate, not a period of losses"),
])
ad01 = [
    [S("North Korean casualties in Kursk top 3,800, South Korea's spy agency tells lawmakers",
       trap="headline restates the lead's figure (more than 3,800); no figure of its own")],
    [ad01_s1],
    [S("About 560 of them have died, said Rep. Lim Jae-won, a member of the National Assembly's intelligence committee, who spoke to reporters after the closed-door briefing.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "About 560", "cumulative", relays=LIM, best=560,
          notes="Lim passes on the briefing's figure: relay, not claimant"),
    ]),
     S("The agency counts the dead and the wounded together in its casualty tally, Lim said, and leaves out soldiers whose fate is unknown.")],
    [S("Lim, a 58-year-old retired army general, said the spy agency believes roughly 10,500 North Korean troops are still deployed in and around Kursk after Pyongyang sent about 1,500 replacements early this year.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "roughly 10,500", "stock", relays=LIM, best=10500,
          notes="'58-year-old' is Lim's age, not a figure of troops"),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 1,500", "stock", relays=LIM, best=1500,
          notes="replacements sent: troops deployed, not lost; recorded as deployed (the codebook has no measure for a flow of troops)"),
    ]),
     S("Another 150 or so wounded soldiers have been flown back to Pyongyang for treatment, he said.", [
        R("kr-nis", NIS, "north_korean", "wounded", "approximate", "150 or so", "cumulative", relays=LIM, best=150,
          notes="evacuated for treatment = wounded; 'he' is Lim relaying the briefing"),
    ])],
    [S("In February, when the fighting around Sudzha was at its fiercest, the agency believed North Korean units were losing about 40 men a day, according to Lim.", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "about 40", "period",
          relays=LIM, counted_in="people_per_day", best=40,
          notes="a rate over a stated month (February); 'losing' is not defined as killed"),
    ]),
     S("If that pace returned, he reckoned, a quarter of the force could be gone before summer.", [
        R("kr-lim-jae-won", LIM, "north_korean", "casualties_unspecified", "approximate", "a quarter", "period",
          counted_in="percent_of_force", modality="conditional", best=25,
          notes="'he reckoned': Lim's own if-then projection, so his own id; 'a quarter' = 25%; horizon 'before summer'"),
    ])],
    [S("Lim said the estimate was drawn from intercepted communications, Ukrainian battlefield reports and video analysed by the agency."),
     S("A Kremlin spokesman on Wednesday called reports of heavy North Korean losses 'fantasies,' repeating Moscow's line that no North Korean soldier has fought on Russian soil.")],
    [S("Ukrainian commanders put the toll far higher."),
     S("Maj. Ostap Hrytsenko, who leads a drone battalion near Sudzha, wrote on Telegram last week that his operators alone had killed 200 North Koreans in the first two weeks of February.", [
        R("ua-hrytsenko", "Maj. Ostap Hrytsenko, Ukrainian drone battalion commander", "north_korean", "killed", "exact", "200", "period",
          low=200, best=200, high=200,
          notes="a commander speaking in his own name on Telegram: own id, no relay; window 'the first two weeks of February'"),
    ]),
     S("Hrytsenko said his own battalion had lost four men killed over the same period.", [
        R("ua-hrytsenko", "Maj. Ostap Hrytsenko, Ukrainian drone battalion commander", "ukrainian", "killed", "exact", "four", "period",
          low=4, best=4, high=4, notes="surname only on second mention; own side's losses"),
    ]),
     S("Hrytsenko's figure could not be verified, and the intelligence service declined to comment on it.")],
    [S("The briefing came two days after North Korea test-fired what it described as a new strategic cruise missile off its west coast.",
       trap="'two days' dates the briefing; a missile test, not losses"),
     S("In exchange for the troops, the agency estimates, Moscow has paid Pyongyang at least $480 million and supplied air-defence systems.",
       trap="money and equipment paid for the troops, not people lost")],
]

# ---------------------------------------------------------------- ad02
# A Ukrainian brigade's Facebook post retold by a regional news site (site not named in the text).
BRIG = "317th Separate Assault Brigade (Ukraine)"
LYS = "Company commander 'Lys' (call sign), 317th Brigade"
ad02_lead = S("The 317th Separate Assault Brigade said on Monday that its soldiers had killed 38 Russian and North Korean troops and wounded 55 more between Friday night and Sunday evening in fighting near the border village of Tetkino.", [
    R("ua-317th-brigade", BRIG, "russian_and_north_korean", "killed", "exact", "38", "period", low=38, best=38, high=38,
      notes="mixed count stays mixed; weekend window; reported Monday"),
    R("ua-317th-brigade", BRIG, "russian_and_north_korean", "wounded", "exact", "55", "period", low=55, best=55, high=55),
])
ad02 = [
    [S("93 Russian and North Korean troops put out of action near Tetkino over the weekend, border brigade says", [
        R("author", AUTHOR("regional news site"), "russian_and_north_korean", "killed_or_wounded", "exact", "93", "period",
          low=93, best=93, high=93, derived=ad02_lead,
          notes="the site's own sum of 38 killed and 55 wounded; the brigade never gave 93, so the headline's figure is the author's, derived"),
    ])],
    [ad02_lead],
    [S("The brigade's press service described the fighting in a lengthy Facebook post illustrated with drone footage."),
     S("'The enemy came at us in small groups of five to seven men, on motorcycles and buggies, with armour behind them,' the post said.",
       trap="size of the attacking groups, not losses"),
     S("According to the post, drone crews destroyed two tanks, four armoured personnel carriers and 11 motorcycles.",
       trap="equipment destroyed, not people")],
    [S("Three soldiers from a North Korean assault group surrendered on Saturday and were taken prisoner, the brigade said, publishing a short clip of the men being led into a dugout.", [
        R("ua-317th-brigade", BRIG, "north_korean", "captured", "exact", "Three", "incident", low=3, best=3, high=3,
          notes="surrendered and taken prisoner = captured; one assault"),
    ]),
     S("The press service also claimed that one North Korean company had been 'effectively destroyed' in the same assault.", [
        R("ua-317th-brigade", BRIG, "north_korean", "casualties_unspecified", "exact", "one", "incident",
          counted_in="companies", low=1, best=1, high=1,
          notes="press service takes the brigade's id; a formation 'destroyed' is not a count of killed"),
    ])],
    [S("The post did not mention the brigade's own losses, but a company commander who goes by the call sign Lys told our site that two of his men had been killed and six wounded since Friday.", [
        R("ua-lys", LYS, "ukrainian", "killed", "exact", "two", "period", low=2, best=2, high=2,
          notes="speaks in his own name (call sign) directly to the site: own id, no relay"),
        R("ua-lys", LYS, "ukrainian", "wounded", "exact", "six", "period", low=6, best=6, high=6),
    ]),
     S("Lys said the North Korean unit opposite his positions had lost roughly half its men in its first month at the front.", [
        R("ua-lys", LYS, "north_korean", "casualties_unspecified", "approximate", "roughly half", "period",
          counted_in="percent_of_force", best=50, notes="share of a unit; 'lost' undefined; no troop figure given"),
    ])],
    [S("Since it was moved to the Kursk direction in December, the brigade says, it has killed or wounded more than 1,100 enemy soldiers.", [
        R("ua-317th-brigade", BRIG, "unspecified", "killed_or_wounded", "more_than", "more than 1,100", "cumulative", low=1100,
          notes="running total since December; 'enemy' names no side"),
    ])],
    [S("Russian military bloggers rejected the brigade's account, insisting that no attack on Tetkino had taken place and that 'the 38 dead exist only on Facebook.'",
       trap="repeats the brigade's 38 only to deny it; no figure of the bloggers' own")],
    [S("Across the border in Ukraine's Sumy region, a Russian guided bomb wounded one woman in the village of Krasnopillia on Sunday, the regional military administration said.",
       trap="a civilian wounded, not a military loss")],
]

# ---------------------------------------------------------------- ad03
# Meduza-style investigation counting a Russian region's named dead.
OUTLET3 = AUTHOR("investigative outlet, 'we'")
ad03_count = S("We were able to confirm the deaths of 167 men who served in regular army units and of 47 others who had signed up with volunteer detachments such as the 'Kursk Bear' battalion.", [
    R("author", OUTLET3, "russian", "killed", "exact", "167", "cumulative", low=167, best=167, high=167,
      notes="the outlet's own count of named dead since August 2024"),
    R("author", OUTLET3, "russian", "killed", "exact", "47", "cumulative", low=47, best=47, high=47,
      notes="volunteer detachments; separate figure, not added to 167 here"),
])
ad03 = [
    [S("At least 214 men from Tambov region have died fighting in Kursk: we found their names", [
        R("author", OUTLET3, "russian", "killed", "at_least", "At least 214", "cumulative", low=214, derived=ad03_count,
          notes="headline sums the body's 167 and 47; the text gives 214 nowhere else"),
    ])],
    [S("Our reporters spent three months going through obituaries, regional court notices and posts on village pages in VKontakte to learn how many men from Tambov region have died in the fighting for Kursk region since August 2024.",
       trap="length of the research and a start date; no loss figure")],
    [ad03_count,
     S("The real toll is certainly higher: families often wait months for a body, and in at least 60 further cases the Defence Ministry's notices describe the man only as missing.", [
        R("author", OUTLET3, "russian", "missing", "at_least", "at least 60", "cumulative", low=60,
          notes="the outlet's count of notices it saw; the ministry wrote the notices but gave no figure, so the count is the author's"),
    ])],
    [S("Sergei Volodin, 34, from the village of Rzhaksa, was one of 12 local men killed in a single counterattack near Sudzha in March 2025, according to a memorial post by the Rzhaksa district administration.", [
        R("ru-rzhaksa-district", "Rzhaksa district administration (Tambov region)", "russian", "killed", "exact", "12", "incident",
          low=12, best=12, high=12, notes="'34' is an age; the district's memorial post is an acknowledgment by the own side"),
    ]),
     S("His sister told us he had signed his contract only five weeks earlier, for a bonus of 2.1 million rubles.",
       trap="time in service and money, not losses")],
    [S("In the worst weeks of last winter, 'we were burying up to five soldiers a day,' said a gravedigger at a cemetery in the regional capital, who asked to be identified only as Nikolai.", [
        R("ru-gravedigger-nikolai", "Gravedigger 'Nikolai', Tambov cemetery", "russian", "killed", "at_most", "up to five", "period",
          counted_in="people_per_day", high=5,
          notes="burials of soldiers as a rate of dead; window 'the worst weeks of last winter'; an unnamed man speaking for himself gets his own id"),
    ]),
     S("Roughly a third of the men we identified had been recruited in prison colonies.",
       trap="composition of the dead by background, not a share of a force lost"),
     S("The youngest was 19; the oldest, a former tractor driver from Michurinsk, was 61.",
       trap="ages")],
    [S("A recording of a closed meeting of the regional legislature in November, which we obtained, captures deputy Anatoly Kurbatov telling colleagues that 'about 300' men from Tambov region had died in the war as a whole.", [
        R("ru-kurbatov", "Anatoly Kurbatov, Tambov regional deputy", "russian", "killed", "approximate", "about 300", "cumulative",
          best=300, notes="a lawmaker speaking in his own name; whole war, not only Kursk; the recording is not a relay"),
    ]),
     S("Russia's Defence Ministry has not published a toll for the Kursk fighting, and the governor's office told us it 'does not keep such statistics.'")],
    [S("Ukraine's General Staff, for its part, claims that Russia has lost more than 38,000 soldiers in Kursk region alone, a figure hard to square with the funerals we counted.", [
        R("ua-general-staff", GS, "russian", "casualties_unspecified", "more_than", "more than 38,000", "cumulative", low=38000,
          notes="cited to be doubted: the row stays; 'lost' is not defined as killed"),
    ])],
]

# ---------------------------------------------------------------- ad04
# Guardian-style live blog (entries with timestamps; the blog does not name itself).
YON = "Yonhap"
JCS = "South Korea's Joint Chiefs of Staff (JCS)"
MARSH = "Helena Marsh, Defence Futures Institute (analyst)"
ad04_jcs = S("The JCS estimates that about 4,100 of those troops have been killed or wounded, roughly 900 of them in the past month.", [
    R("kr-jcs", JCS, "north_korean", "killed_or_wounded", "approximate", "about 4,100", "cumulative", relays=YON, best=4100,
      notes="Yonhap is the relay named in the entry's previous sentence"),
    R("kr-jcs", JCS, "north_korean", "killed_or_wounded", "approximate", "roughly 900", "period", relays=YON, best=900,
      notes="part of the 4,100, over 'the past month'"),
])
ad04 = [
    [S("Russia-Ukraine war live: more than 4,000 North Korean troops killed or wounded in Kursk, says Seoul", [
        R("author", AUTHOR("live blog"), "north_korean", "killed_or_wounded", "more_than", "more than 4,000", "cumulative",
          low=4000, derived=ad04_jcs,
          notes="the blog's rounding of the JCS 'about 4,100'; 'says Seoul' but the figure is the headline's own"),
    ])],
    [S("Thu 6 Mar 2025 08.05 GMT", trap="date and timestamp")],
    [S("Good morning and welcome to our live coverage of the war in Ukraine."),
     S("Ukraine's General Staff said Russian forces lost 1,240 troops over the past 24 hours across the whole front, 160 of them in the Kursk direction.", [
        R("ua-general-staff", GS, "russian", "casualties_unspecified", "exact", "1,240", "period", low=1240, best=1240, high=1240,
          notes="whole front (whole war), one day; 'lost' undefined"),
        R("ua-general-staff", GS, "russian", "casualties_unspecified", "exact", "160", "period", low=160, best=160, high=160,
          notes="the Kursk part of the 1,240"),
    ]),
     S("Russia's defence ministry, in its own morning summary, said Ukrainian losses in Kursk region over the same period amounted to 'up to 230 servicemen' and three Western-supplied armoured vehicles.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "at_most", "up to 230", "period", high=230,
          notes="'Western-supplied' and 'three' vehicles are not people"),
    ]),
     S("Neither side's figures can be verified.")],
    [S("09.40 GMT", trap="timestamp")],
    [S("South Korea's Joint Chiefs of Staff say North Korea sent a further 2,500 soldiers to Russia in January and February, bringing its total deployment to about 13,000, Yonhap reports.", [
        R("kr-jcs", JCS, "north_korean", "deployed", "exact", "2,500", "stock", relays=YON, low=2500, best=2500, high=2500,
          notes="reinforcements sent: deployed, not lost"),
        R("kr-jcs", JCS, "north_korean", "deployed", "approximate", "about 13,000", "stock", relays=YON, best=13000),
    ]),
     ad04_jcs,
     S("Moscow has repeatedly dismissed South Korean estimates as propaganda.")],
    [S("11.12 GMT", trap="timestamp")],
    [S("An independent Russian outlet, Vestnik Pamyati, says it has now identified by name at least 1,050 Russian servicemen killed in Kursk region since August 2024.", [
        R("vestnik-pamyati", "Vestnik Pamyati (independent Russian outlet)", "russian", "killed", "at_least", "at least 1,050", "cumulative",
          low=1050, notes="running total of named dead since August 2024"),
    ]),
     S("The outlet stresses that its list, built from obituaries and social-media posts, captures only a fraction of the true toll.")],
    [S("12.30 GMT", trap="timestamp")],
    [S("Helena Marsh, a senior fellow at the London-based Defence Futures Institute, told us she believed Russian forces in Kursk were losing somewhere between 150 and 200 men a day.", [
        R("helena-marsh", MARSH, "russian", "casualties_unspecified", "range", "between 150 and 200", "unspecified",
          counted_in="people_per_day", low=150, high=200,
          notes="analyst in her own name, speaking to the blog directly; no window given for the rate"),
    ]),
     S("'If they keep throwing men at Sudzha like this, they could lose another 20,000 by the end of spring,' she said.", [
        R("helena-marsh", MARSH, "russian", "casualties_unspecified", "exact", "20,000", "period", modality="conditional",
          low=20000, best=20000, high=20000, notes="if-then projection to the end of spring; no hedge word on the number"),
    ]),
     S("In Sumy, a Russian drone struck an apartment block overnight, killing two civilians and injuring nine, the regional governor said.",
       trap="civilian casualties, not military losses")],
]

# ---------------------------------------------------------------- ad05
# Pentagon press briefing transcript.
REPORTER = "reporter at the briefing (unnamed)"
ad05 = [
    [S("Deputy Pentagon Press Secretary Dana Whitlock Holds a Press Briefing, Jan. 16, 2025", trap="title and date")],
    [S("MS. WHITLOCK: Good afternoon, everyone, and thanks for joining."),
     S("I want to start with an update on North Korea's involvement in Russia's war against Ukraine."),
     S("Our current assessment is that North Korean forces in the Kursk region have suffered roughly 1,350 casualties, killed and wounded, up from the 200 or so we briefed in late December.", [
        R("us-dod", DOD, "north_korean", "killed_or_wounded", "approximate", "roughly 1,350", "cumulative", best=1350,
          notes="the deputy press secretary speaks for the department; 'casualties, killed and wounded' defines the measure"),
        R("us-dod", DOD, "north_korean", "killed_or_wounded", "approximate", "200 or so", "cumulative", best=200,
          notes="the department's superseded December figure"),
    ]),
     S("Of those, we believe a few hundred have been killed.", [
        R("us-dod", DOD, "north_korean", "killed", "vague", "a few hundred", "cumulative", low=200, high=499,
          notes="vague quantity; 'a few hundred' read as 200-499"),
    ]),
     S("And with that, I'll take your questions.")],
    [S("Q: Thanks, Dana."),
     S("Ukraine's military intelligence said on Monday that 3,000 North Koreans have been killed or wounded.", [
        R("ua-gur", GUR, "north_korean", "killed_or_wounded", "exact", "3,000", "cumulative", relays=REPORTER,
          low=3000, best=3000, high=3000, notes="a reporter's question passes on the GUR figure: the reporter is the relay"),
    ]),
     S("Do you dispute that?")],
    [S("MS. WHITLOCK: I'm not going to get into Ukraine's numbers; we have our own methods.")],
    [S("Q: Ukraine also says a whole battalion of North Koreans was wiped out near Plekhovo last week.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "casualties_unspecified", "exact", "a whole battalion", "incident",
          relays=REPORTER, counted_in="battalions", low=1, best=1, high=1,
          notes="'Ukraine says' names no body: the nation's officials; a formation 'wiped out' is not a count of killed"),
    ]),
     S("Can you confirm that?")],
    [S("MS. WHITLOCK: I can't confirm that specific report."),
     S("What I can tell you is that North Korean units took significant casualties in their first weeks of combat, in part because they were operating in large, dismounted formations.", [
        R("us-dod", DOD, "north_korean", "casualties_unspecified", "none", "significant casualties", "period",
          notes="a loss stated with no number; window 'their first weeks of combat'"),
    ])],
    [S("Q: How many North Korean troops are in Russia now?")],
    [S("MS. WHITLOCK: We continue to assess that between 10,000 and 12,000 North Korean soldiers were sent to Russia, and that most of them are in Kursk.", [
        R("us-dod", DOD, "north_korean", "deployed", "range", "between 10,000 and 12,000", "stock", low=10000, high=12000),
    ])],
    [S("Q: And the Russians?")],
    [S("MS. WHITLOCK: Across the entire front, we assess Russia is losing more than 1,100 soldiers a day, killed and wounded.", [
        R("us-dod", DOD, "russian", "killed_or_wounded", "more_than", "more than 1,100", "unspecified",
          counted_in="people_per_day", low=1100, notes="whole front (whole war) rate; no window stated"),
    ])],
    [S("Q: A different topic: is the $640 million weapons package announced on Dec. 30 on schedule?",
       trap="money and a date")],
    [S("MS. WHITLOCK: It is, and I'd expect first deliveries within 30 days.", trap="delivery time"),
     S("That includes more than 80,000 rounds of 155mm artillery ammunition for Ukrainian forces.",
       trap="ammunition, not people; 'Ukrainian' is the recipient")],
]

# ---------------------------------------------------------------- ad06
# A Japanese Defense Ministry white paper summarised by a wire that names itself in the dateline.
JWS = "JWS"
JPJ = "Japan's Defense Ministry white paper > JWS"
ad06 = [
    [S("Japan white paper puts North Korean troops sent to Russia at 13,500",
       trap="headline restates the lead's deployment figure")],
    [S("TOKYO, July 15 (JWS) -- North Korea has sent roughly 13,500 soldiers to Russia since last October, Japan's Defense Ministry said Tuesday in its annual white paper, the first time the document has put a figure on the deployment.", [
        R("jp-mod", JPMOD, "north_korean", "deployed", "approximate", "roughly 13,500", "stock", relays=JWS, best=13500,
          notes="the wire names itself in the dateline and is the last relay; the ministry's own figure"),
    ]),
     S("Citing South Korean and Ukrainian government assessments, the paper said about 4,300 of those troops had been killed or wounded in Russia's Kursk region by the end of March.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed_or_wounded", "approximate", "about 4,300", "cumulative",
          relays=JPJ, best=4300, notes="list of claimants: one row per nation; the white paper relays them"),
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed_or_wounded", "approximate", "about 4,300", "cumulative",
          relays=JPJ, best=4300, notes="second nation of the list"),
    ]),
     S("That would mean roughly one in three of the North Koreans sent had become a casualty, the paper noted.", [
        R("jp-mod", JPMOD, "north_korean", "killed_or_wounded", "approximate", "roughly one in three", "cumulative",
          relays=JWS, counted_in="percent_of_force", best=33.33,
          notes="the ministry's own share of the 13,500 (its computation, not the wire's); 'one in three' = 33.33%; 'would mean' is inference, not a forecast"),
    ]),
     S("The paper projected that more than 6,000 North Korean soldiers would have been killed or wounded by the end of this year.", [
        R("jp-mod", JPMOD, "north_korean", "killed_or_wounded", "more_than", "more than 6,000", "cumulative", relays=JWS,
          modality="projected", low=6000,
          notes="a forecast with no if-clause; a projected running total to the end of 2025, hence cumulative"),
    ])],
    [S("The ministry said it had 'grave concerns' that North Korean units were gaining combat experience, particularly in drone warfare, that could eventually be turned against Japan."),
     S("The paper also cited British defence intelligence estimates that Russia had suffered more than 850,000 casualties, dead and wounded, across the whole war since February 2022.", [
        R("gb-defence-intelligence", "UK Defence Intelligence", "russian", "killed_or_wounded", "more_than", "more than 850,000", "cumulative",
          relays=JPJ, low=850000, notes="whole war; 'British' is the claimant's nationality, not whose losses"),
    ])],
    [S("It noted that Ukraine's military intelligence agency reported in March that the North Korean contingent lost about 600 dead or missing in a single week of counterattacks near Sudzha, a figure Moscow rejected as invented.", [
        R("ua-gur", GUR, "north_korean", "killed_or_missing", "approximate", "about 600", "period", relays=JPJ, best=600,
          notes="'dead or missing' is one combined figure; disputed by Moscow, row kept"),
    ]),
     S("North Korea is also estimated to have shipped more than 9 million artillery shells to Russia, according to the paper.",
       trap="shells, not people")],
    [S("The white paper warned that if Pyongyang kept rotating fresh units in at the current pace, as many as 30,000 North Korean troops could have served in Russia by the end of 2025.", [
        R("jp-mod", JPMOD, "north_korean", "deployed", "at_most", "as many as 30,000", "stock", relays=JWS,
          modality="conditional", high=30000, notes="if-then projection of troops sent, to the end of 2025"),
    ]),
     S("In April, Moscow and Pyongyang acknowledged for the first time that North Korean troops had fought in Kursk, though neither has released casualty figures.")],
    [S("The document, approved by the cabinet on Tuesday morning, runs to more than 500 pages, about 40 of them devoted to China.",
       trap="page counts"),
     S("A ministry official who briefed reporters called the casualty figures 'conservative' and said Japan had no independent means of checking them.")],
]

# ---------------------------------------------------------------- ad07
# An ISW-style daily campaign assessment (ISW is the text's own voice).
ISW = AUTHOR("ISW-style daily assessment")
KGF = "Ukraine's Kursk Grouping of Forces"
ad07 = [
    [S("Russian Offensive Campaign Assessment, February 14, 2025", trap="title and date")],
    [S("Key Takeaways:"),
     S("The Russian Ministry of Defense (MoD) claimed that Russian forces killed over 300 Ukrainian servicemen in Kursk Oblast on February 13.",
       trap="key takeaway restates the body's MoD sentence; no figure of its own"),
     S("Ukraine's Kursk Grouping of Forces reported that one mixed Russian and North Korean assault group lost roughly 70 percent of its personnel near Sverdlikovo on February 13.", [
        R("ua-kursk-grouping", KGF, "russian_and_north_korean", "casualties_unspecified", "approximate", "roughly 70 percent", "incident",
          counted_in="percent_of_force", best=70, notes="share of one assault group in one attack; the body does not repeat it"),
    ]),
     S("ISW assesses that North Korean forces could lose several thousand more personnel by late March if Russian commanders continue to commit them to infantry-heavy frontal assaults.", [
        R("author", ISW, "north_korean", "casualties_unspecified", "vague", "several thousand", "period", modality="conditional",
          low=3000, high=9000, notes="ISW's own if-then forecast to late March; 'several thousand' read as 3,000-9,000"),
    ])],
    [S("Ukrainian forces continued limited counterattacks in Kursk Oblast, and Russian forces attacked throughout the salient on February 13.",
       trap="date only; no losses")],
    [S("The spokesperson for Ukraine's Kursk Grouping of Forces, Lieutenant Colonel Marko Dziuba, stated on February 13 that Ukrainian forces had killed 112 North Korean soldiers in the Sverdlikovo area between February 10 and 13.", [
        R("ua-kursk-grouping", KGF, "north_korean", "killed", "exact", "112", "period", low=112, best=112, high=112,
          notes="the spokesperson takes the grouping's id; 'Ukrainian forces' are the killers, not the dead"),
    ]),
     S("Dziuba added that Ukrainian drone operators had killed or wounded Russian and North Korean personnel at a rate of roughly 150 per day over the past week.", [
        R("ua-kursk-grouping", KGF, "russian_and_north_korean", "killed_or_wounded", "approximate", "roughly 150", "period",
          counted_in="people_per_day", best=150, notes="surname only; a rate over 'the past week'"),
    ]),
     S("The Russian MoD claimed on February 13 that Russian forces had killed over 300 Ukrainian servicemen in Kursk Oblast over the previous day, though ISW has observed no footage supporting losses on that scale.", [
        R("ru-mod", RUMOD, "ukrainian", "killed", "more_than", "over 300", "period", low=300,
          notes="doubted by ISW, row kept; a day's toll across the oblast"),
    ]),
     S("Ukrainian forces reportedly advanced up to two kilometers northeast of Sudzha, and geolocated footage published on February 13 shows Ukrainian armor near Kurilovka.",
       trap="distance and date")],
    [S("A prominent Russian milblogger who writes as 'Severny Veter' claimed on February 13 that North Korean units have lost 'no more than 500' men killed since they entered combat in December, far below Ukrainian and South Korean estimates.", [
        R("ru-severny-veter", "'Severny Veter' (Russian milblogger)", "north_korean", "killed", "at_most", "no more than 500", "cumulative",
          high=500, notes="a blogger in his own name; 'Ukrainian and South Korean' name other estimates, not whose losses"),
    ]),
     S("South Korea's National Intelligence Service (NIS) assessed on February 11 that North Korean forces had suffered about 340 dead and some 2,500 wounded, according to a South Korean lawmaker briefed by the agency.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 340", "cumulative",
          relays="South Korean lawmaker (unnamed)", best=340),
        R("kr-nis", NIS, "north_korean", "wounded", "approximate", "some 2,500", "cumulative",
          relays="South Korean lawmaker (unnamed)", best=2500),
    ]),
     S("ISW assesses that North Korean forces have lost about a quarter of the roughly 11,500 troops Pyongyang initially deployed, and that the NIS estimate remains the most reliable available.", [
        R("author", ISW, "north_korean", "casualties_unspecified", "approximate", "about a quarter", "cumulative",
          counted_in="percent_of_force", best=25, notes="ISW's own share; 'lost' undefined"),
        R("author", ISW, "north_korean", "deployed", "approximate", "roughly 11,500", "stock", best=11500,
          notes="the troop figure the share is of"),
    ])],
    [S("Kursk Oblast military commissar Colonel Yuri Sayenko said on February 12 that 47 servicemen from the oblast had been buried since January 1, the first such figure from a Russian official in months.", [
        R("ru-sayenko", "Col. Yuri Sayenko, Kursk Oblast military commissar", "russian", "killed", "exact", "47", "cumulative",
          low=47, best=47, high=47, notes="burials = dead; running total since January 1; the own side speaking"),
    ]),
     S("ISW cannot independently verify either side's claims.")],
]

# ---------------------------------------------------------------- ad08
# A Korea Herald-style editorial (the paper's own voice argues from NIS figures).
HERALD = AUTHOR("newspaper editorial")
COMM = "National Assembly intelligence committee"
ad08_nis = S("The National Intelligence Service told the National Assembly's intelligence committee last week that about 2,300 North Korean troops have been killed in the Kursk campaign, and that the dead and wounded together number some 6,400.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,300", "cumulative", relays=COMM, best=2300),
    R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "some 6,400", "cumulative", relays=COMM, best=6400,
      notes="'the dead and wounded together' is one combined figure"),
])
ad08 = [
    [S("[Editorial] The price Pyongyang pays")],
    [S("More than a year after North Korea began shipping soldiers to Russia, the scale of their sacrifice is finally coming into view."),
     ad08_nis,
     S("Seoul's spy agency had put the death toll at 720 as recently as April.", [
        R("kr-nis", NIS, "north_korean", "killed", "exact", "720", "cumulative", low=720, best=720, high=720,
          notes="the NIS under another name; its superseded April total"),
    ])],
    [S("The agency believes some 15,000 soldiers have now rotated through the Russian border region, and that Pyongyang has also dispatched about 5,000 military builders and deminers since the summer.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "some 15,000", "stock", best=15000,
          notes="'Russian' names the place, not whose troops"),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 5,000", "stock", best=5000,
          notes="military engineers sent: deployed, separate from the 15,000"),
    ]),
     S("Russian instructors trained the first North Korean contingent for barely three weeks before sending it into battle, according to the agency.",
       trap="length of training; 'Russian' and 'North Korean' are not a loss count")],
    [S("If the agency is right, roughly two in five of the men sent to fight have been killed or wounded, a rate of attrition few armies could bear for long.", [
        R("author", HERALD, "north_korean", "killed_or_wounded", "approximate", "roughly two in five", "cumulative",
          counted_in="percent_of_force", best=40, derived=ad08_nis,
          notes="the paper's own share from the NIS 6,400 and 15,000; 'if the agency is right' doubts the source, it is not an if-then forecast"),
    ]),
     S("Should the war drag on through next year, the North could lose as many as 10,000 more soldiers, and the regime will owe an accounting for every one of them.", [
        R("author", HERALD, "north_korean", "casualties_unspecified", "at_most", "as many as 10,000", "period",
          modality="conditional", high=10000, notes="the editorial's own if-then projection through next year; 'every one' is not a figure"),
    ])],
    [S("Kyiv's military intelligence puts North Korean dead and wounded higher still, at around 8,000, though it has offered little evidence.", [
        R("ua-gur", GUR, "north_korean", "killed_or_wounded", "approximate", "around 8,000", "cumulative", best=8000,
          notes="GUR under another name; doubted, row kept"),
    ]),
     S("Pyongyang's boast that its 'volunteers' freed Kursk 'at minimal cost' is an insult to the families of the dead.")],
    [S("Seoul should also press Kyiv to keep the North Korean prisoners it holds out of any swap with Moscow; in the most recent exchange, in October, each side handed over 185 captives.",
       trap="prisoners exchanged, not a loss claim"),
     S("South Korea spends about 2.8 percent of its economic output on defense, and this newspaper has argued since 2024 that some of that money should go to studying what the North's soldiers are learning in Russia.",
       trap="share of the economy and a year; not a share of a force lost")],
]

SPECS = {
    "ad01-wapo-seoul-nis-briefing": ad01,
    "ad02-brigade-facebook-regional-site": ad02,
    "ad03-meduza-region-named-dead": ad03,
    "ad04-guardian-live-blog": ad04,
    "ad05-pentagon-briefing-transcript": ad05,
    "ad06-japan-white-paper-wire": ad06,
    "ad07-isw-daily-update": ad07,
    "ad08-korea-herald-editorial": ad08,
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
