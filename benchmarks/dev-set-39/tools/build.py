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


# ---------------------------------------------------------------- b01
# A Swiss German-language paper's foreign report, in translation.
ZA = "Zürcher Abendpost"
b01_s1 = S("Ukraine’s military intelligence service, known by its Ukrainian initials HUR, said on Wednesday that more than 300 North Korean soldiers had been killed in the Kursk region between 10 and 24 January, most of them in open fields south-west of Sudzha.", [
    R("ua-gur", "Ukraine’s military intelligence service (HUR)", "north_korean", "killed", "more_than", "more than 300",
      "period", relays=ZA, low=300, notes="closed window 10-24 January; reported Wednesday 29 January 2025"),
])
b01_s2 = S("A further 450 were wounded in the same fortnight, the service said.", [
    R("ua-gur", "Ukraine’s military intelligence service (HUR)", "north_korean", "wounded", "exact", "450",
      "period", relays=ZA, low=450, best=450, high=450, notes="same window as the killed figure; 'A further' marks a separate measure, not an increment to add to the dead"),
])
b01 = [
    [S("Kursk: Kyiv counts more than 750 North Korean casualties in a fortnight", [
        R("ua-gur", "Ukraine’s military intelligence service (HUR)", "north_korean", "killed_or_wounded", "more_than",
          "more than 750", "period", relays=ZA, low=750, derived=b01_s1,
          notes="headline sums the body: more than 300 killed (derived_from) plus 450 wounded (the next sentence); the paper's own sum, shown beside HUR's figures, never a separate estimate"),
    ])],
    [S("From our correspondent Regula Imhof, Kyiv; translated from the German edition of Thursday, 30 January 2025.",
       trap="byline and publication date")],
    [b01_s1, b01_s2,
     S("Its spokesman, Taras Mykhailiuk, put the toll at more than 50 killed or wounded a day, which he called “more than a contingent of this size can absorb for long”.", [
         R("ua-gur", "Ukraine’s military intelligence service (HUR)", "north_korean", "killed_or_wounded", "more_than",
           "more than 50", "period", relays=ZA, counted_in="people_per_day", low=50,
           notes="a spokesman speaks for his body; a rate over the same fortnight, combined measure kept combined"),
     ])],
    [S("Pyongyang is believed to have sent some 11,000 soldiers to Russia last autumn, though neither government has ever given a number.", [
        R("author", "Zürcher Abendpost (the paper’s own voice)", "north_korean", "deployed", "approximate", "some 11,000",
          "stock", best=11000, notes="'is believed' with no claimant named: the paper's own voice; troops sent, not lost"),
    ]),
     S("Estimates of how many have fallen differ widely, and none can be checked independently."),
     S("A Russian war blogger whose channel “Okopnaya Pravda” has some 400,000 subscribers wrote on Telegram that “not even a hundred” Koreans had died, a claim officials in Kyiv dismissed as propaganda.", [
         R("ru-okopnaya-pravda", "Okopnaya Pravda (Russian war blogger’s Telegram channel)", "north_korean", "killed",
           "fewer_than", "not even a hundred", "unspecified", relays=ZA, high=100,
           notes="'Russian' is the blogger's nationality, the dead are North Korean; a named claimant's figure disputed in the same sentence is still its claim; 400,000 is subscribers"),
     ])],
    [S("Seoul’s account is closer to Kyiv’s: South Korea’s National Intelligence Service told the opposition lawmaker Park Sun-ho last week that roughly 340 North Koreans had died and about 2,900 had been wounded since December.", [
        R("kr-nis", "South Korea’s National Intelligence Service", "north_korean", "killed", "approximate", "roughly 340",
          "cumulative", relays="Park Sun-ho > " + ZA, best=340, notes="lawmaker briefed by the service relays it; 'since December' is a running total"),
        R("kr-nis", "South Korea’s National Intelligence Service", "north_korean", "wounded", "approximate", "about 2,900",
          "cumulative", relays="Park Sun-ho > " + ZA, best=2900, notes="second measure of the same sentence"),
    ]),
     S("Park, who sits on the intelligence committee, said the agency’s figures covered seven weeks of fighting, against the two weeks in Kyiv’s count.",
       trap="compares the periods of two figures already recorded; no count"),
     S("According to the General Staff in Kyiv, Russian and North Korean forces together lost about 1,100 men killed and wounded in the Kursk region in the week to Sunday.", [
         R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian_and_north_korean", "killed_or_wounded",
           "approximate", "about 1,100", "period", relays=ZA, best=1100,
           notes="mixed Russian and North Korean count stays mixed; 'killed and wounded' given as one figure"),
     ])],
    [S("Beat Grünenfelder, a military analyst at the Institute for Security Policy in Zurich, estimates that if losses continue at this pace, the North Korean contingent could shrink by a third by April.", [
        R("ch-grunenfelder", "Beat Grünenfelder, Institute for Security Policy, Zurich", "north_korean", "casualties_unspecified",
          "approximate", "a third", "period", relays=ZA, counted_in="percent_of_force", modality="conditional", best=33.33,
          notes="if-then about future losses as a share of the force: conditional (also a forecast; conditional wins); 'losses' undefined"),
    ]),
     S("“Pyongyang can replace men, but not quickly,” he says.")],
    [S("Russia’s defence ministry claimed on Tuesday that Ukraine had lost “over 47,300 servicemen, killed and wounded” in the Kursk region since August.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "killed_or_wounded", "more_than", "over 47,300",
          "cumulative", relays=ZA, low=47300, notes="the ministry defines its figure as killed and wounded; running total since August"),
    ]),
     S("The ministry also listed 310 tanks and 2,100 other vehicles as destroyed.", trap="equipment, not people"),
     S("Kyiv does not publish its own losses in the region.")],
    [S("In Sudzha itself, which Ukrainian troops have held since August, around 2,000 civilians are still living in cellars, according to Ukrainian military administrators.",
       trap="civilians still living in the town, not losses")],
]

# ---------------------------------------------------------------- b02
# A Ukrainian volunteer fundraiser's update that cites the unit's own losses.
OK_ = "Oksana Hrytsenko"
U163 = "163rd Separate Rifle Battalion (Ukraine), via its commander ‘Hrim’"
b02 = [
    [S("Jar update No. 14 — Tuesday, 18 March 2025", trap="update number and date of the post")],
    [S("Friends, since last Tuesday you have sent 412,600 hryvnias, which brings us to 1.87 million of the 2.5 million we need for the 163rd Separate Rifle Battalion.",
       trap="money raised and needed; 163rd is a unit number"),
     S("That is enough for two more pickups and roughly 40 FPV drones for the boys near Sudzha.", trap="vehicles and drones, not people")],
    [S("On Sunday I spoke to the battalion commander, call sign “Hrim”, and he asked me to tell you plainly why we cannot slow down."),
     S("In the last ten days around Sudzha the battalion has lost eleven men killed and 26 wounded, he said.", [
         R("ua-163rd-battalion", U163, "ukrainian", "killed", "exact", "eleven", "period", relays=OK_,
           low=11, best=11, high=11, notes="the commander speaks for his unit; own side's losses; 'the last ten days' is a stated window"),
         R("ua-163rd-battalion", U163, "ukrainian", "wounded", "exact", "26", "period", relays=OK_,
           low=26, best=26, high=26, notes="second measure of the same sentence"),
     ]),
     S("Three more have been listed as missing since their position was overrun on 9 March.", [
         R("ua-163rd-battalion", U163, "ukrainian", "missing", "exact", "Three", "incident", relays=OK_,
           low=3, best=3, high=3, notes="one event (a position overrun on Sunday 9 March); claimant from the paragraph"),
     ]),
     S("In our February update I wrote, on his word, that the battalion lost eight men killed that month; he now says it was nine, because one of the missing was found dead.", [
         R("ua-163rd-battalion", U163, "ukrainian", "killed", "exact", "eight", "period", relays=OK_,
           low=8, best=8, high=8, notes="earlier figure for February, superseded by the revised nine; kept as its own row"),
         R("ua-163rd-battalion", U163, "ukrainian", "killed", "exact", "nine", "period", relays=OK_,
           low=9, best=9, high=9, notes="revised figure for the same month (February); 'one of the missing' is not a separate count"),
     ]),
     S("Since August, Hrim says, the battalion has buried 37 of its own and lost about a third of the men it came into the Kursk region with, counting the killed, the wounded and the missing.", [
         R("ua-163rd-battalion", U163, "ukrainian", "killed", "exact", "37", "cumulative", relays=OK_,
           low=37, best=37, high=37, notes="burials of its own men read as killed; running total since August"),
         R("ua-163rd-battalion", U163, "ukrainian", "killed_wounded_or_missing", "approximate", "about a third",
           "cumulative", relays=OK_, counted_in="percent_of_force", best=33.33,
           notes="the text defines 'lost' as killed, wounded and missing; share of the force it arrived with, which is not given"),
     ]),
     S("He would not tell me how many that was, and I would not print it if he did.")],
    [S("His drone teams, he says, have hit at least 60 Russian and North Korean infantrymen since the start of March, though they cannot always tell a dead man from a wounded one.", [
        R("ua-163rd-battalion", U163, "russian_and_north_korean", "killed_or_wounded", "at_least", "at least 60",
          "cumulative", relays=OK_, low=60,
          notes="'hit' with the speaker saying he cannot tell dead from wounded: killed_or_wounded; the mixed count stays mixed; 'since the start of March' is a running total"),
    ]),
     S("Russian Z-channels claimed this week that the 163rd had been “wiped out to the last man”, which is nonsense: the boys read those posts in their dugouts and laugh.", [
         R("ru-z-channels", "Russian pro-war Telegram channels (unnamed)", "ukrainian", "killed", "none",
           "wiped out to the last man", "period", relays=OK_, counted_in="battalions",
           notes="a formation claimed destroyed with no number: qualifier none; disputed by the author in the same sentence"),
     ])],
    [S("If we close the jar by Friday, the pickups can be at the front before 1 April.", trap="a delivery date, not losses"),
     S("The card number is in the comments, and every receipt, down to the last 50 hryvnias, is in the album.", trap="money"),
     S("Thank you for carrying this with us. Oksana")],
]

# ---------------------------------------------------------------- b03
# A Russian state TV talk show's segment, retold by a monitoring outlet.
SW = "Screen Watch"
SHOW = "Rossiya ‘Evening Verdict’ > " + SW
b03 = [
    [S("SCREEN WATCH: what Russian state television said about Kursk this weekend")],
    [S("On Sunday night’s edition of the state channel Rossiya’s talk show “Evening Verdict”, host Arkady Solomin devoted a 40-minute segment to what he called the “complete liberation” of the Kursk region.",
       trap="length of a broadcast segment"),
     S("The first guest, retired Colonel General Gennady Lysenkov, told viewers that Ukraine had lost “more than 71,500 men” in the region since last August, a figure he attributed to the General Staff.", [
         R("ru-general-staff", "General Staff of the Russian Armed Forces", "ukrainian", "casualties_unspecified", "more_than",
           "more than 71,500", "cumulative", relays="Gennady Lysenkov > " + SHOW, low=71500,
           notes="a guest who attributes a figure to a body relays it; 'lost ... men' undefined; the monitor says it found no such statement"),
     ]),
     S("That is more than the defence ministry has ever published: its last bulletin on the subject, on Friday, put Ukrainian losses in Kursk at “over 64,800”.", [
         R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "over 64,800",
           "cumulative", relays=SW, low=64800, notes="the monitor cites the ministry's Friday bulletin directly; 'losses' undefined"),
     ]),
     S("Screen Watch found no General Staff statement containing Lysenkov’s number."),
     S("Lysenkov added, this time on his own authority, that Ukrainian units had been losing “up to 700 a day” in the last weeks of the fighting.", [
         R("ru-lysenkov", "Gennady Lysenkov, retired Russian colonel general", "ukrainian", "casualties_unspecified", "at_most",
           "up to 700", "period", relays=SHOW, counted_in="people_per_day", high=700,
           notes="surname only on second mention; his own claim this time, so he is the claimant"),
     ])],
    [S("Solomin then asked whether it was true, as “the Western press” claimed, that thousands of Koreans had died.",
       trap="a host's question paraphrasing an unidentified outlet, raised to be denied; no claimant stands behind a figure"),
     S("“Our Korean comrades have not given the enemy a single trophy to boast about,” replied State Duma deputy Ilya Korotkov."),
     S("Korotkov did confirm, unusually for state television, that the Korean contingent had numbered “around twelve thousand” at the height of the fighting.", [
         R("ru-korotkov", "Ilya Korotkov, State Duma deputy", "north_korean", "deployed", "approximate", "around twelve thousand",
           "stock", relays=SHOW, best=12000, notes="troops present, not lost"),
     ]),
     S("Pressed by the host, he said that “fewer than 200” of them had been wounded, and refused to discuss deaths.", [
         R("ru-korotkov", "Ilya Korotkov, State Duma deputy", "north_korean", "wounded", "fewer_than", "fewer than 200",
           "cumulative", relays=SHOW, high=200, notes="an ally's figure for the contingent's wounded to date"),
     ])],
    [S("A third guest, war correspondent Yevgeny Rostov, said from Kursk that his crew had filmed “200 Ukrainian bodies in one treeline” near Gornal in March.", [
        R("ru-rostov", "Yevgeny Rostov, Russian war correspondent", "ukrainian", "killed", "exact", "200", "incident",
          relays=SHOW, low=200, best=200, high=200, notes="one treeline, one filming: incident; rests on footage"),
    ]),
     S("The clip aired alongside his remarks showed perhaps a dozen figures lying in snow, and Screen Watch could not establish where or when it was filmed.",
       trap="the monitor describes what a clip shows; the figures are not stated to be dead and this is no count of losses"),
     S("Solomin himself claimed that “two entire Ukrainian brigades” had been destroyed during the March push on Sudzha.", [
         R("ru-solomin", "Arkady Solomin, host of ‘Evening Verdict’", "ukrainian", "casualties_unspecified", "exact", "two",
           "period", relays=SHOW, counted_in="brigades", low=2, best=2, high=2,
           notes="formations destroyed, counted in brigades; never converted to people"),
     ]),
     S("He closed by predicting that Kyiv would “lose another 50,000” if it tried to return to the region.", [
         R("ru-solomin", "Arkady Solomin, host of ‘Evening Verdict’", "ukrainian", "casualties_unspecified", "exact", "50,000",
           "unspecified", relays=SHOW, modality="conditional", low=50000, best=50000, high=50000,
           notes="if-then forecast: conditional"),
     ])],
    [S("According to Mediascope, the programme drew a 14.2 percent audience share in Moscow.", trap="audience share, not a share of a force"),
     S("Ukraine’s General Staff, for its part, said on Monday that Russia had lost 1,150 troops killed and wounded across the whole front over the previous day.", [
         R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed_or_wounded", "exact", "1,150",
           "period", relays=SW, low=1150, best=1150, high=1150,
           notes="'Ukraine's' names the claimant, the losses are Russian; the whole front, not Kursk; one day"),
     ])],
]

# ---------------------------------------------------------------- b04
# An Estonian intelligence service's annual review, cited by a wire.
BW = "Baltic Wire"
EF = "Estonian Foreign Intelligence Service"
b04_s1 = S("TALLINN, Feb 11 (Baltic Wire) - North Korean units fighting in Russia’s Kursk region lost about 4,000 men killed, wounded or missing in their first two months of combat, Estonia’s Foreign Intelligence Service said on Tuesday in its annual public review.", [
    R("ee-efis", EF, "north_korean", "killed_wounded_or_missing", "approximate", "about 4,000", "period", relays=BW,
      best=4000, notes="combined measure stays combined; 'first two months of combat' is a stated window"),
])
b04 = [
    [S("Estonian intelligence: North Korean troops lost about 4,000 in Kursk in two months", trap=restates(b04_s1))],
    [b04_s1,
     S("About 1,200 of them were killed, according to the 92-page report, which the service publishes each February.", [
         R("ee-efis", EF, "north_korean", "killed", "approximate", "About 1,200", "period", relays=BW, best=1200,
           notes="part of the 4,000 above (includes); 92 is pages"),
     ]),
     S("The review says that is roughly a tenth of a force it puts at 11,500 to 12,500 troops.", [
         R("ee-efis", EF, "north_korean", "killed", "approximate", "roughly a tenth", "period", relays=BW,
           counted_in="percent_of_force", best=10, notes="share of the force figure in the same sentence (share_of)"),
         R("ee-efis", EF, "north_korean", "deployed", "range", "11,500 to 12,500", "stock", relays=BW,
           low=11500, high=12500, notes="troops present"),
     ]),
     S("Pyongyang could send up to 15,000 more by the summer, the service adds, mostly to replace losses.", [
         R("ee-efis", EF, "north_korean", "deployed", "at_most", "up to 15,000", "stock", relays=BW,
           modality="projected", high=15000, notes="a forecast of further troops (an increment, not the whole force); not losses"),
     ]),
     S("At the present rate of attrition, which the review estimates at 60 to 70 North Korean casualties a day, the original contingent would be “combat-ineffective” by early summer.", [
         R("ee-efis", EF, "north_korean", "casualties_unspecified", "range", "60 to 70", "unspecified", relays=BW,
           counted_in="people_per_day", low=60, high=70,
           notes="a current rate with no stated window; the forecast that follows carries no number"),
     ])],
    [S("The service’s director, Kaarel Tamm, told reporters at the launch that Russia was losing “around 1,500 soldiers a day, killed or wounded” along the entire front.", [
        R("ee-efis", EF, "russian", "killed_or_wounded", "approximate", "around 1,500", "unspecified", relays=BW,
          counted_in="people_per_day", best=1500, notes="the director speaks for the service; whole front, not Kursk"),
    ]),
     S("Tamm said the figures rested on “multiple sources, including intercepted communications”, but gave no details."),
     S("He added that roughly 30 percent of North Korean casualties were caused by drones and that three in four of the wounded never return to the line.",
       trap="shares of losses by cause and of the wounded by outcome, not shares of the force and not counts")],
    [S("Ukraine’s military intelligence had put North Korean killed and wounded at “over 4,500” by the end of January.", [
        R("ua-gur", "Ukraine’s military intelligence (HUR)", "north_korean", "killed_or_wounded", "more_than", "over 4,500",
          "cumulative", relays=BW, low=4500, notes="running total by a date"),
    ]),
     S("US and South Korean officials have given lower figures, putting North Korean deaths at “several hundred” as of mid-January.", [
         R("us-officials", "US officials (unnamed)", "north_korean", "killed", "vague", "several hundred", "cumulative",
           relays=BW, low=300, high=999, notes="a list of two claimants gives two rows; vague bounds by this set's convention"),
         R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed", "vague", "several hundred", "cumulative",
           relays=BW, low=300, high=999, notes="second claimant of the list"),
     ]),
     S("Moscow has never confirmed a single North Korean death; its ambassador in Pyongyang said last month that talk of “thousands of Korean dead” was “a fairy tale for Western audiences”.",
       trap="a figure with no claimant, quoted only to be denied")],
    [S("The review also says Russia aims to expand its armed forces to 1.5 million active personnel.",
       trap="a planned force size, not troops deployed or lost"),
     S("Estonia, a NATO member of 1.3 million people, plans to spend more than 3 percent of economic output on defence this year.",
       trap="population and defence spending"),
     S("(Reporting by Liis Kuusk; editing by Tom Hardwick)")],
]

# ---------------------------------------------------------------- b05
# A South Korean National Assembly committee's minutes (Q&A).
NIS = "National Intelligence Service (South Korea), Director Cho Min-kyu"
CHO = "Director Cho Min-kyu (NIS)"
b05 = [
    [S("National Intelligence Committee of the National Assembly — minutes of the closed session (excerpt, unofficial English translation)")],
    [S("Date: Thursday, 24 April 2025, 10:00. Place: Room 604, Main Building. Witness: Director of the National Intelligence Service Cho Min-kyu.",
       trap="date, time and room of the session")],
    [S("CHAIR (Rep. Yoon Jae-sung): The session is open. Director, please begin with North Korean forces in Russia.")],
    [S("DIRECTOR CHO: As of this month we assess that North Korea has sent about 14,200 troops to Russia, including some 2,800 reinforcements who arrived in January and February.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 14,200", "stock", best=14200,
          notes="a verbatim record: the director speaks directly, no relay"),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "some 2,800", "stock", best=2800,
          notes="reinforcements, an increment included in the 14,200; never added to it"),
    ]),
     S("Of these, about 5,100 have become casualties, including roughly 640 killed.", [
         R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "about 5,100", "cumulative", best=5100,
           notes="'casualties' undefined; running total as of April"),
         R("kr-nis", NIS, "north_korean", "killed", "approximate", "roughly 640", "cumulative", best=640,
           notes="included in the 5,100"),
     ])],
    [S("REP. HAN DONG-WOO: In January your service told this committee 300 dead.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "exact", "300", "cumulative",
          relays="Rep. Han Dong-woo", low=300, best=300, high=300,
          notes="the service's earlier figure restated by a lawmaker; superseded by the 640, kept as its own row"),
    ]),
     S("The number has more than doubled in three months.", trap="compares two figures already recorded; no new count"),
     S("Was January wrong, or did the fighting get worse?")],
    [S("DIRECTOR CHO: Both, to a degree."),
     S("The January estimate ran only to the middle of that month, and most of the later deaths came during the February–March counteroffensive, when we judge North Korean units were losing roughly 30 to 40 killed a week.", [
         R("kr-nis", NIS, "north_korean", "killed", "range", "roughly 30 to 40", "period", counted_in="people_per_week",
           low=30, high=40, notes="a weekly rate over a stated window (February–March); 'roughly' before a range kept as a range"),
     ]),
     S("In the first week of March alone, about 200 were killed or wounded near Sudzha.", [
         R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "about 200", "period", best=200,
           notes="one stated week"),
     ])],
    [S("REP. HAN: How many have been taken prisoner?"),
     S("DIRECTOR CHO: We have confirmed two prisoners held by Ukraine, the same two the committee was told of in January; Kyiv has told us of others, but we have not verified them.", [
         R("kr-nis", NIS, "north_korean", "captured", "exact", "two", "cumulative", low=2, best=2, high=2,
           notes="confirmed prisoners to date; 'others' has no number"),
     ])],
    [S("REP. LEE SOO-JIN: Does the service have its own estimate of Ukrainian losses in Kursk?"),
     S("DIRECTOR CHO: We do not produce one.", trap="'one' is a pronoun for an estimate, not a figure"),
     S("Russia claims more than 70,000, which we regard as inflated.", [
         R("ru-officials", "Russian officials (unnamed)", "ukrainian", "casualties_unspecified", "more_than", "more than 70,000",
           "cumulative", relays=CHO, low=70000,
           notes="'Russia' with no body named: unnamed Russian officials; the speaker relays and disputes it"),
     ]),
     S("Russian commanders, for their part, credit the North Korean units with killing “over a thousand Ukrainians”, a claim we cannot check.", [
         R("ru-commanders", "Russian commanders (unnamed)", "ukrainian", "killed", "more_than", "over a thousand",
           "cumulative", relays=CHO, low=1000,
           notes="'North Korean' names the units credited, the dead are Ukrainian"),
     ])],
    [S("REP. LEE: Will more be sent?"),
     S("DIRECTOR CHO: We see preparations for a further 1,000 to 3,000, mainly engineers, who could be dispatched in the coming months.", [
         R("kr-nis", NIS, "north_korean", "deployed", "range", "1,000 to 3,000", "stock", modality="projected",
           low=1000, high=3000, notes="forecast dispatch, an increment"),
     ]),
     S("The North has also supplied some 170 self-propelled guns and roughly 8 million artillery rounds.", trap="equipment and ammunition"),
     S("Families of the dead, we judge, have received payments worth about 20 years of an officer’s salary.", trap="money, expressed in years of pay")],
    [S("CHAIR: The two party secretaries will brief the press at 3 p.m.", trap="a briefing time")],
]

# ---------------------------------------------------------------- b06
# A weekly digest of three Telegram channels, retold in English.
FD = "Frontline Digest"
KS = "Kursk Shield (pro-Russian Telegram channel)"
PL = "Pivnich Live (Ukrainian Telegram channel)"
VG = "Voice of Gornal (Russian villagers’ Telegram channel)"
b06 = [
    [S("Kursk Telegram Weekly, issue 37 (1–7 December 2025)", trap="issue number and the week covered")],
    [S("Every Monday we read three Telegram channels that cover the Kursk border, translate what they claimed and say what we could check.",
       trap="describes the digest")],
    [S("KURSK SHIELD (pro-Russian, about 310,000 subscribers) claimed on Wednesday that Russian drone crews had “eliminated” 85 Ukrainian soldiers near Tyotkino over three days.", [
        R("ru-kursk-shield", KS, "ukrainian", "casualties_unspecified", "exact", "85", "period", relays=FD,
          low=85, best=85, high=85, notes="'eliminated' undefined (killed or wounded): casualties_unspecified; 310,000 is subscribers"),
    ]),
     S("On Friday it raised the figure to “over 120” and stretched it to cover the whole week.", [
         R("ru-kursk-shield", KS, "ukrainian", "casualties_unspecified", "more_than", "over 120", "period", relays=FD,
           low=120, notes="revised and widened figure; includes the 85, never added to it"),
     ]),
     S("It also claimed that “two Ukrainian platoons” were destroyed by a single glide bomb on a dugout near Popovo-Lezhachi.", [
         R("ru-kursk-shield", KS, "ukrainian", "casualties_unspecified", "exact", "two", "incident", relays=FD,
           counted_in="platoons", low=2, best=2, high=2, notes="formations, counted in platoons; one strike"),
     ]),
     S("More unusually, it admitted that Russian assault troops had “lost up to a company” in a failed crossing of the Seym on Thursday night.", [
         R("ru-kursk-shield", KS, "russian", "casualties_unspecified", "at_most", "up to a company", "incident", relays=FD,
           counted_in="companies", high=1, notes="a pro-Russian channel acknowledging Russian losses; 'up to a company' is companies, high 1"),
     ])],
    [S("PIVNICH LIVE (Ukrainian, run by a former drone operator, about 95,000 subscribers) said that Russian forces had been losing “about 40 men a day, dead and wounded” on the Tyotkino axis since late November.", [
        R("ua-pivnich-live", PL, "russian", "killed_or_wounded", "approximate", "about 40", "period", relays=FD,
          counted_in="people_per_day", best=40, notes="a rate over a stated window; 'dead and wounded' one combined figure"),
    ]),
     S("It also said that North Korean artillery crews, back in the area since October, had lost at least 12 men to a single HIMARS strike.", [
         R("ua-pivnich-live", PL, "north_korean", "casualties_unspecified", "at_least", "at least 12", "incident", relays=FD,
           low=12, notes="'lost ... men' undefined; one strike"),
     ]),
     S("The channel reposted a Russian soldier’s complaint that his company of 90 had been “reduced to 17”.",
       trap="a unit's strength before and after; the loss is not stated and would have to be inferred"),
     S("We geolocated 14 of the 22 videos it posted this week.", trap="videos verified")],
    [S("VOICE OF GORNAL (a Russian villagers’ channel, about 12,000 subscribers) published the names of six local men from a volunteer battalion who it said had been killed since the summer.", [
        R("ru-voice-of-gornal", VG, "russian", "killed", "exact", "six", "cumulative", relays=FD,
          low=6, best=6, high=6, notes="named dead, running total since the summer"),
    ]),
     S("Two more from the same battalion are missing, it said.", [
         R("ru-voice-of-gornal", VG, "russian", "missing", "exact", "Two", "unspecified", relays=FD,
           low=2, best=2, high=2, notes="no period stated"),
     ]),
     S("It also reported that shelling killed two civilians and wounded five in Tyotkino on Saturday.", trap="civilian casualties, not military losses"),
     S("The channel says it raised 1.2 million roubles for the border villages in November.", trap="money")],
    [S("Taken at face value, Kursk Shield’s weekly total would mean Ukraine lost more men on this sector in seven days than Pivnich Live says Russia loses in three.",
       trap="the digest's own comparison of figures already recorded"),
     S("We could verify none of these figures.")],
]

# ---------------------------------------------------------------- b07
# A human-rights NGO's statement about executed prisoners.
PPM = "Prisoner Protection Monitor"
PPMA = "Prisoner Protection Monitor (the statement’s own voice)"
b07 = [
    [S("Kursk region: executions of surrendering Ukrainian soldiers must be investigated")],
    [S("Public statement | Geneva, Friday 14 March 2025 | Prisoner Protection Monitor", trap="date of the statement")],
    [S("The Prisoner Protection Monitor (PPM) has documented the killing of at least 19 Ukrainian servicemen after they had surrendered or been captured in Russia’s Kursk region since October.", [
        R("author", PPMA, "ukrainian", "killed", "at_least", "at least 19", "cumulative", low=19,
          notes="the NGO's own statement: author, no relay; executed prisoners are killed"),
    ]),
     S("The killings took place in six separate incidents and were documented through interviews with 11 witnesses and the analysis of 23 videos.",
       trap="counts of incidents, witnesses and videos")],
    [S("In the largest, near Sverdlikovo in early January, nine men who had laid down their weapons were shot, according to two witnesses and drone footage reviewed by PPM.", [
        R("author", PPMA, "ukrainian", "killed", "exact", "nine", "incident", low=9, best=9, high=9,
          notes="one of the incidents within the 19; 'shot' after surrender read as killed; rests on footage and witnesses"),
    ]),
     S("In another, at least three wounded soldiers who could not walk were shot in a cellar in Russkoye Porechnoye; PPM was unable to establish the exact number.", [
         R("author", PPMA, "ukrainian", "killed", "at_least", "at least three", "incident", low=3,
           notes="within the 19"),
     ]),
     S("Witnesses also described a group of “five or six” men led away from a collection point near Martynovka who have not been seen since; PPM lists them as missing.", [
         R("author", PPMA, "ukrainian", "missing", "range", "five or six", "incident", low=5, high=6,
           notes="missing, not counted among the killed"),
     ])],
    [S("Ukraine’s Office of the Prosecutor General says it is investigating 31 such cases across the front, involving at least 96 victims, since February 2022.", [
        R("ua-prosecutor-general", "Office of the Prosecutor General of Ukraine", "ukrainian", "killed", "at_least", "at least 96",
          "cumulative", relays=PPM, low=96, notes="whole war, not Kursk; 31 is cases, not people"),
    ]),
     S("PPM is aware of allegations that North Korean soldiers killed captured Ukrainians but has not been able to verify any of them.")],
    [S("Russian officials deny the allegations; a defence ministry spokesman said last month that more than 700 Ukrainian soldiers had surrendered in Kursk “and are treated in full accordance with the Geneva Conventions”.", [
        R("ru-mod", "Russian Ministry of Defence (spokesman)", "ukrainian", "captured", "more_than", "more than 700",
          "cumulative", relays=PPM, low=700, notes="surrendered = captured; the spokesman takes the ministry's id"),
    ]),
     S("At least 150 of those prisoners have since been returned in exchanges, including 54 in the swap of 5 March.",
       trap="prisoners exchanged, not losses"),
     S("Ukraine, for its part, says it holds more than 900 Russian servicemen captured during the Kursk operation, and has given PPM access to 40 of them.", [
         R("ua-officials", "Ukrainian officials (unnamed)", "russian", "captured", "more_than", "more than 900", "cumulative",
           relays=PPM, low=900, notes="'Ukraine' with no body named; 40 is prisoners visited, not a count of losses"),
     ]),
     S("PPM has had no access to the two North Korean soldiers Ukraine says it captured in January.", [
         R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "captured", "exact", "two", "period",
           relays=PPM, low=2, best=2, high=2, notes="claim embedded in the NGO's sentence; January is a stated period"),
     ])],
    [S("The killing of a prisoner of war is a grave breach of the Third Geneva Convention and a war crime.", trap="the name of a treaty"),
     S("PPM calls on the Russian authorities to give the ICRC access to all prisoners within 30 days and to hand over the results of any investigation.",
       trap="a deadline")],
]

# ---------------------------------------------------------------- b08
# A business paper's story on recruitment bonuses (money and troop numbers).
FC = "Financial Courier"
KG = "Kursk regional government"
b08 = [
    [S("Kursk triples sign-up bonus as border war drains its recruits")],
    [S("Regional payment now reaches 3.1mn roubles, more than 40 times the local average monthly wage", trap="money")],
    [S("By Daniel Hirsch in Riga and Masha Lebedeva")],
    [S("The Kursk regional government has raised its one-off payment to new contract soldiers to 3.1mn roubles ($39,500), on top of 400,000 roubles from Moscow, according to a decree published on Monday.",
       trap="money"),
     S("The region says 2,340 residents signed contracts in the first half of 2025, up from 1,100 a year earlier.",
       trap="recruits signed up, not troops deployed or lost")],
    [S("Nikolai Shestakov, an aide to the governor, told the Financial Courier that “about 4,000 men from our region” are now serving in what Moscow calls its special military operation, on all fronts.", [
        R("ru-kursk-region-government", KG, "russian", "deployed", "approximate", "about 4,000", "stock", relays=FC,
          best=4000, notes="an aide speaks for the regional government; serving on all fronts, not only Kursk"),
    ]),
     S("Shestakov would not say how many had been killed, and the governor’s office said in May only that “fewer than 50” recruits from the region had died since January.", [
         R("ru-kursk-region-government", KG, "russian", "killed", "fewer_than", "fewer than 50", "cumulative", relays=FC,
           high=50, notes="running total since January, stated in May; all fronts"),
     ]),
     S("A regional deputy, Lyudmila Orekhova, had said a week earlier that “dozens” of new recruits were killed within weeks of signing, a claim the governor’s office called irresponsible.", [
         R("ru-orekhova", "Lyudmila Orekhova, Kursk regional deputy", "russian", "killed", "vague", "dozens", "unspecified",
           relays=FC, low=24, high=99, notes="disputed in the same sentence; vague bounds by this set's convention"),
     ]),
     S("Local news sites have counted 412 funerals of servicemen from the region since February 2022.", [
         R("ru-local-media", "Kursk local news sites (unnamed)", "russian", "killed", "exact", "412", "cumulative", relays=FC,
           low=412, best=412, high=412, notes="funerals counted read as killed; whole war"),
     ])],
    [S("Economists at the Centre for Labour Market Studies in Moscow estimate that the bonuses, if paid to every recruit at current rates, would cost the region 7.3bn roubles this year, or 6 percent of its budget.",
       trap="money and a share of a budget, in a conditional"),
     S("The incentives are needed, analysts say, because losses have run ahead of Moscow’s plans."),
     S("Western officials estimate that Russia lost about 35,000 soldiers a month killed or badly wounded in the first half of the year, roughly matching the 30,000 to 35,000 recruits the defence ministry says it signs up each month.", [
         R("western-officials", "Western officials (unnamed)", "russian", "killed_or_wounded", "approximate", "about 35,000",
           "period", relays=FC, counted_in="people_per_month", best=35000,
           notes="'killed or badly wounded' kept combined; whole war; the recruitment figures are not losses or deployments"),
     ]),
     S("In Kursk alone, Russian forces and their North Korean allies suffered more than 60,000 casualties in the eight-month campaign to push Ukrainian troops out, according to a Ukrainian military estimate.", [
         R("ua-officials", "Ukrainian military (unnamed)", "russian_and_north_korean", "casualties_unspecified", "more_than",
           "more than 60,000", "period", relays=FC, low=60000, notes="mixed count stays mixed; 'eight-month campaign' is a stated period"),
     ]),
     S("The North Koreans, some 14,000 of whom were sent to the region according to South Korean officials, receive no Russian bonuses, though Pyongyang is thought to earn hard currency from the deployment.", [
         R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "some 14,000", "stock",
           relays=FC, best=14000, notes="troops sent, not lost"),
     ]),
     S("Seoul’s spy agency said in April that about 5,100 of them had become casualties.", [
         R("kr-nis", "South Korea’s National Intelligence Service", "north_korean", "casualties_unspecified", "approximate",
           "about 5,100", "cumulative", relays=FC, best=5100, notes="'Seoul's spy agency' is the NIS; 'casualties' undefined"),
     ])],
    [S("At a recruitment office in central Kursk, a poster promises “210,000 a month from day one”.", trap="pay"),
     S("A recruiter there, who gave his name only as Oleg, said that a third of the men he signed up in the spring had already come back wounded.", [
         R("ru-recruiter-oleg", "Oleg, a Kursk recruiter", "russian", "wounded", "approximate", "a third", "cumulative",
           relays=FC, counted_in="percent_of_force", best=33.33, notes="share of the group he recruited, which is not given"),
     ]),
     S("Anna Velikanova, a labour economist, said that if payments keep rising at this pace the regional bonus could pass 5mn roubles by December.",
       trap="a money projection")],
]

SPECS = {
    "b01-swiss-paper-translation": b01,
    "b02-volunteer-fundraiser-update": b02,
    "b03-russian-talk-show-monitored": b03,
    "b04-estonian-intel-review-wire": b04,
    "b05-korean-assembly-minutes": b05,
    "b06-telegram-weekly-digest": b06,
    "b07-ngo-executed-prisoners": b07,
    "b08-business-paper-bonuses": b08,
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
