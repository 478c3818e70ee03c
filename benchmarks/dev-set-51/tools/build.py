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


# ================================================================ the eight texts
# Claimant ids taken from data/sources.csv where the body is there (ua-gur, ua-officials,
# us-dod, us-officials, kr-officials); new lowercase ids otherwise.
NIS = "South Korea's National Intelligence Service (NIS)"
GUR = "Defence Intelligence of Ukraine (HUR/GUR)"
GS = "General Staff of the Armed Forces of Ukraine"
RUMOD = "Russian Ministry of Defence"

# ---------------------------------------------------------------- av01
# Reuters-style exclusive with anonymous sources (wire, Meridian is the agency).
MER = "Meridian"
av01_s1 = S("SEOUL/WASHINGTON, Feb 4 (Meridian) - North Korean units fighting for Russia in the Kursk region have been losing about 1,000 men a week to death and injury since mid-January, two U.S. officials and a South Korean government official told Meridian, a pace that has forced Moscow to pull some of them back from the line.", [
    R("us-officials", "two U.S. officials (unnamed)", "north_korean", "killed_or_wounded", "approximate",
      "about 1,000 men a week", "period", relays=MER, counted_in="people_per_week", best=1000,
      notes="list of claimants of two nations: one row per nation; 'death and injury' = killed_or_wounded; rate with basis window since mid-January 2025"),
    R("kr-officials", "a South Korean government official (unnamed)", "north_korean", "killed_or_wounded", "approximate",
      "about 1,000 men a week", "period", relays=MER, counted_in="people_per_week", best=1000,
      notes="second nation of the list; same figure"),
])
av01 = [
    [S("EXCLUSIVE-North Korean troops in Kursk losing about 1,000 men a week, officials say",
       trap=restates(av01_s1))],
    [av01_s1],
    [S("The officials, who spoke on condition of anonymity because the assessments are classified, said the number killed or wounded since the North Koreans entered combat in December had reached roughly 4,000 by the end of January.", [
        R("us-officials", "U.S. officials (unnamed)", "north_korean", "killed_or_wounded", "approximate", "roughly 4,000",
          "cumulative", relays=MER, best=4000, notes="'The officials' = the two U.S. and one South Korean official of the lede; running total to end of January 2025"),
        R("kr-officials", "South Korean official (unnamed)", "north_korean", "killed_or_wounded", "approximate", "roughly 4,000",
          "cumulative", relays=MER, best=4000, notes="same group, second nation"),
     ]),
     S("Of those, about 300 have been killed, one of the U.S. officials said, adding that the figure was \"a floor, not a ceiling.\"", [
        R("us-officials", "one of the U.S. officials (unnamed)", "north_korean", "killed", "approximate", "about 300",
          "cumulative", relays=MER, best=300, notes="attribution narrows to one U.S. official only, so no kr-officials row; 'a floor' is a caveat, the figure stays approximate"),
     ])],
    [S("A third person, a European diplomat briefed on allied intelligence, put the dead at more than 1,000, a figure the South Korean official said was \"not supported by anything we have seen.\"", [
        R("european-officials", "a European diplomat (unnamed)", "north_korean", "killed", "more_than", "more than 1,000",
          "cumulative", relays=MER, low=1000, notes="nation not given: group id for European officials (not UA, RU, KP, US, KR); cited and disputed by the South Korean official, still the diplomat's claim"),
     ]),
     S("The North Korean deployment is Pyongyang's first fighting abroad on this scale in more than 70 years.",
       trap="years since the last war abroad, not a loss")],
    [S("Pyongyang sent some 11,000 troops to Russia last autumn, according to South Korea's National Intelligence Service, which has briefed lawmakers on the deployment several times.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "some 11,000", "stock", relays=MER, best=11000,
          notes="claimant in a trailing clause; lawmakers are the audience of other briefings, not the relay of this figure"),
     ]),
     S("The spy agency has also said the North supplied Russia with about 200 long-range artillery guns and multiple rocket launchers.",
       trap="equipment supplied, not people; 'the spy agency' = NIS")],
    [S("Russia's defence ministry has never acknowledged that North Koreans are fighting in Kursk."),
     S("On Monday it said Ukrainian forces had lost up to 310 servicemen in the Kursk region over the previous 24 hours, a claim Meridian could not verify.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "at_most", "up to 310", "period", relays=MER, high=310,
          notes="'it' = Russia's defence ministry of the previous sentence; 'lost' undefined; reported Monday 3 Feb 2025 for the previous 24 hours"),
     ])],
    [S("Ukraine's military intelligence, known by its acronym HUR, said in a Telegram post on Sunday that North Korean forces had had \"two battalions destroyed\" in fighting over the weekend near the village of Plekhovo.", [
        R("ua-gur", GUR, "north_korean", "casualties_unspecified", "exact", "two battalions", "period", relays=MER,
          counted_in="battalions", low=2, best=2, high=2,
          notes="formations, not people: 'destroyed' does not say killed; weekend of 1-2 Feb 2025; a Telegram post is the medium, not a relay"),
     ]),
     S("A spokesman for the agency, Col. Dmytro Vakulenko, told Meridian on Tuesday that the North Koreans were now losing \"up to 60 men a day\" in the area, most of them to drones.", [
        R("ua-gur", GUR + " (spokesman Col. Dmytro Vakulenko)", "north_korean", "casualties_unspecified", "at_most", "up to 60 men a day",
          "unspecified", relays=MER, counted_in="people_per_day", high=60,
          notes="a spokesperson takes the body's id; a current rate with no stated window: scope unspecified"),
     ]),
     S("Vakulenko said Ukrainian drone crews had also destroyed 14 North Korean-crewed vehicles in the same area.",
       trap="vehicles destroyed, not people; 'Ukrainian' and 'North Korean' near a non-loss figure")],
]

# ---------------------------------------------------------------- av02
# Press-conference transcript (Pentagon-style); the spokesperson speaks for us-dod.
DOD = "US Department of Defense (Deputy Press Secretary Lena Marsh)"
Q = "reporter's question"
av02 = [
    [S("DEPARTMENT OF DEFENSE NEWS BRIEFING - Deputy Pentagon Press Secretary Lena Marsh, Monday, Jan. 13, 2025 (excerpt)",
       trap="briefing date in the header, not a figure")],
    [S("MS. MARSH: Good afternoon, everyone."),
     S("Our current assessment is that North Korean forces in Russia's Kursk region have suffered several hundred casualties since they entered the fight in December, and that includes both killed and wounded.", [
        R("us-dod", DOD, "north_korean", "killed_or_wounded", "vague", "several hundred", "cumulative", low=300, high=999,
          notes="the sentence defines 'casualties' as killed and wounded: combined measure; 'several hundred' read as 300-999 (see README)"),
     ]),
     S("I'm not going to get into a precise breakdown.")],
    [S("Q: Lena, Seoul's intelligence service told lawmakers this morning that roughly 400 North Koreans have been killed and some 3,100 wounded.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "roughly 400", "cumulative", relays=Q, best=400,
          notes="'Seoul's intelligence service' = NIS; the reporter relays; 'told lawmakers' names the audience, no lawmaker passes it on"),
        R("kr-nis", NIS, "north_korean", "wounded", "approximate", "some 3,100", "cumulative", relays=Q, best=3100,
          notes="second measure of the same sentence"),
     ]),
     S("Does the Pentagon dispute that?")],
    [S("MS. MARSH: I've seen those numbers, and I don't have any reason to dispute them.")],
    [S("Q: Kyiv puts it at 3,800 killed or wounded.", [
        R("ua-officials", "Kyiv (Ukraine, unnamed officials)", "north_korean", "killed_or_wounded", "exact", "3,800", "cumulative",
          relays=Q, low=3800, best=3800, high=3800, notes="a state speaking through its capital: ua-officials; whose losses from the exchange"),
     ]),
     S("Is the U.S. figure lower because you're counting differently?")],
    [S("MS. MARSH: I'd let Kyiv speak for its own numbers."),
     S("What I can say is that of the roughly 11,000 to 12,000 DPRK soldiers in Kursk, a majority are now engaged in combat operations.", [
        R("us-dod", DOD, "north_korean", "deployed", "range", "11,000 to 12,000", "stock", low=11000, high=12000,
          notes="troops present; 'roughly' before a range left in the range bounds"),
     ]),
     S("And to put their losses in context: in December, Russia lost on average more than 1,500 soldiers killed or wounded per day across the whole front, by our estimates.", [
        R("us-dod", DOD, "russian", "killed_or_wounded", "more_than", "more than 1,500", "period",
          counted_in="people_per_day", low=1500,
          notes="rate for December 2024, whole front (area whole_war); attribution in the trailing 'by our estimates'; 'their' = the North Koreans' but the figure is Russian"),
     ])],
    [S("Q: Do you have a figure for the Jan. 9 assault near Makhnovka, where Ukrainian units say an entire battalion was wiped out?", [
        R("ua-units-unnamed", "Ukrainian units (unnamed)", "north_korean", "casualties_unspecified", "exact", "an entire battalion",
          "incident", relays=Q, counted_in="battalions", low=1, best=1, high=1,
          notes="formation count; 'wiped out' does not separate killed from wounded; claimant unnamed Ukrainian units, relayed in a question and not confirmed"),
     ])],
    [S("MS. MARSH: I don't, and I can't confirm that report.")],
    [S("Q: Any sign of North Korean troops being taken prisoner?")],
    [S("MS. MARSH: We've seen the reports that Ukraine has captured two, and we have no reason to doubt them.", [
        R("ua-officials", "Ukraine (unnamed officials)", "north_korean", "captured", "exact", "two", "cumulative",
          relays="US Department of Defense (Lena Marsh)", low=2, best=2, high=2,
          notes="the Pentagon relays Ukraine's claim; not a DoD figure"),
     ]),
     S("We also assess that Pyongyang has shipped more than 20,000 containers of munitions to Russia since August 2023.",
       trap="munitions containers, not people"),
     S("I've got time for one more.", trap="'one more' question, not a figure")],
]

# ---------------------------------------------------------------- av03
# Hansard-style parliamentary exchange (House of Commons oral questions).
MIN = "Helen Draycott (Minister for the Armed Forces)"
av03 = [
    [S("North Korean Troops: Kursk")],
    [S("Volume 762: debated on Wednesday 12 February 2025", trap="volume number and sitting date")],
    [S("1. Gareth Pryce (Stourbridge North) (LD): What recent assessment his Department has made of the number of North Korean personnel killed in the Kursk region. [902114]",
       trap="question number and reference; asks for a figure, gives none")],
    [S("The Minister for the Armed Forces (Helen Draycott): Defence Intelligence assesses that around 12,000 North Korean troops were sent to the Kursk region and that, as of the start of this month, at least 1,500 of them had been killed.", [
        R("gb-defence-intelligence", "UK Defence Intelligence", "north_korean", "deployed", "approximate", "around 12,000", "stock",
          relays=MIN, best=12000, notes="the minister passes on Defence Intelligence's assessment: relay"),
        R("gb-defence-intelligence", "UK Defence Intelligence", "north_korean", "killed", "at_least", "at least 1,500", "cumulative",
          relays=MIN, low=1500, notes="running total to 1 February 2025"),
     ]),
     S("We judge that casualties, killed and wounded together, are likely to exceed 4,000 by the end of March if the current tempo of assaults continues.", [
        R("gb-mod", "UK Ministry of Defence (Minister Helen Draycott)", "north_korean", "killed_or_wounded", "more_than", "exceed 4,000",
          "cumulative", modality="conditional", low=4000,
          notes="'We judge' = the minister speaking for her department, not Defence Intelligence; if-clause makes it conditional; looks to end of March 2025"),
     ])],
    [S("Gareth Pryce: I thank the Minister for that answer."),
     S("Reports in the South Korean press, citing the National Intelligence Service, suggest that about 350 have died.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 350", "cumulative",
          relays="South Korean press (unnamed) > Gareth Pryce MP", best=350,
          notes="two-hand relay; 'South Korean' is the press, the losses are North Korean"),
     ]),
     S("Can she explain why our estimate is more than four times theirs?", trap="ratio between two estimates, not a figure")],
    [S("Helen Draycott: The hon. Gentleman will understand that different services count in different ways."),
     S("I would only add that our partners in Kyiv put the figure higher still, at more than 3,000 dead.", [
        R("ua-officials", "Kyiv (Ukraine, unnamed officials)", "north_korean", "killed", "more_than", "more than 3,000",
          "cumulative", relays=MIN, low=3000, notes="'our partners in Kyiv' = Ukraine speaking through its capital; the minister relays"),
     ])],
    [S("Dr Anwen Bellamy (Ceredigion South) (Con): Does the Minister agree that, with Russia now losing some 1,500 men a day across all fronts according to her own Department's figures, Moscow is turning to Pyongyang precisely because it cannot replace its own dead?", [
        R("gb-mod", "UK Ministry of Defence", "russian", "casualties_unspecified", "approximate", "some 1,500 men a day",
          "unspecified", relays="Dr Anwen Bellamy MP", counted_in="people_per_day", best=1500,
          notes="the MP relays the Department's figure, named in a trailing clause; whole war; no window stated"),
     ])],
    [S("Helen Draycott: My hon. Friend is right."),
     S("Russia has suffered more than 800,000 killed and wounded since February 2022, and the Kremlin has had to look abroad for manpower.", [
        R("gb-mod", "UK Ministry of Defence (Minister Helen Draycott)", "russian", "killed_or_wounded", "more_than", "more than 800,000",
          "cumulative", low=800000, notes="the minister speaks for her department; whole war since February 2022"),
     ])],
    [S("Tomasz Wielgosz (Birmingham Selly Park) (Lab): What support is the UK giving to the 150 Ukrainian servicemen released in last week's prisoner exchange?",
       trap="prisoners returned in an exchange, not a loss")],
    [S("Helen Draycott: We have committed £4 million to their medical rehabilitation through the International Fund for Ukraine.",
       trap="money")],
]

# ---------------------------------------------------------------- av04
# TV news script (Korean evening news; broadcaster citing a paper citing an official).
KNB = "KNB News 9"
HAN = "Hanseong Ilbo > KNB News 9"
av04 = [
    [S("KNB NEWS 9 | RUNDOWN ITEM 3 | THURSDAY 9 JANUARY 2025 | KURSK-NK-LOSSES", trap="rundown slot and air date")],
    [S("[ANCHOR ON CAM]")],
    [S("ANCHOR: A North Korean assault in Russia's Kursk region appears to have gone badly wrong."),
     S("The Hanseong Ilbo reported this morning, citing an unnamed defence official in Seoul, that around 200 North Korean soldiers were killed in a single attack near the village of Kurilovka last week.", [
        R("kr-officials", "an unnamed defence official in Seoul", "north_korean", "killed", "approximate", "around 200", "incident",
          relays=HAN, best=200, notes="three hands: official > newspaper > broadcaster; one attack in the week of 30 Dec 2024 - 5 Jan 2025"),
     ]),
     S("Our correspondent Yoon Da-eun reports.")],
    [S("[VO / PACKAGE]")],
    [S("YOON (VO): According to the paper's source, the troops crossed open fields without drone cover, and fewer than 20 came back unhurt.",
       trap="soldiers who came back unhurt, not a loss figure; must not be subtracted into one"),
     S("Seoul's spy agency briefed the intelligence committee behind closed doors on Monday."),
     S("Lawmaker Choi Min-seok, who attended, told reporters the agency now puts North Korean losses \"in the hundreds\" since the troops entered combat.", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "vague", "in the hundreds", "cumulative",
          relays="Choi Min-seok > " + KNB, low=200, high=999,
          notes="'the agency' = 'Seoul's spy agency' of the previous sentence; the lawmaker relays; 'losses' undefined; 'in the hundreds' read as 200-999"),
     ]),
     S("Choi said the agency also believes at least one general-rank officer is among the dead.", [
        R("kr-nis", NIS, "north_korean", "killed", "at_least", "at least one", "cumulative",
          relays="Choi Min-seok > " + KNB, low=1, notes="surname only on second mention; still the agency's assessment"),
     ])],
    [S("YOON (VO): In Tokyo, the Tokai Shimbun quoted a Japanese government source as saying Japan's own estimate is higher: roughly 1,000 killed or wounded by the end of December.", [
        R("jp-officials", "a Japanese government source (unnamed)", "north_korean", "killed_or_wounded", "approximate", "roughly 1,000",
          "cumulative", relays="Tokai Shimbun > " + KNB, best=1000, notes="running total to 31 Dec 2024"),
     ])],
    [S("[SOT - SUPER: Capt. Serhiy Lytvak, drone company commander, 95th Air Assault Brigade]",
       trap="caption; the brigade number is not a figure")],
    [S("LYTVAK (TRANSLATED): \"In one day we counted 47 bodies on the approach to Kurilovka.", [
        R("ua-lytvak", "Capt. Serhiy Lytvak, Ukrainian drone company commander", "north_korean", "killed", "exact", "47", "incident",
          relays=KNB, low=47, best=47, high=47,
          notes="a named commander speaking in his own name takes his own id, not the brigade's; whose losses from context (the North Korean assault)"),
     ]),
     S("They walk in lines, they don't scatter.\"")],
    [S("YOON (VO): Russia's defence ministry, which does not acknowledge any North Korean presence, said on Wednesday its forces had killed 40 Ukrainian soldiers trying to cross the border near Tyotkino.", [
        R("ru-mod", RUMOD, "ukrainian", "killed", "exact", "40", "incident", relays=KNB, low=40, best=40, high=40,
          notes="reported Wednesday 8 Jan 2025"),
     ])],
    [S("YOON (VO): North Korea sent about 11,000 soldiers to Russia last autumn.", [
        R("author", "the script's own voice (KNB correspondent)", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          best=11000, notes="stated in the text's own voice, no source given"),
     ]),
     S("The defence official quoted by the Hanseong Ilbo said a second contingent of up to 3,000 could follow by March.", [
        R("kr-officials", "the unnamed defence official in Seoul", "north_korean", "deployed", "at_most", "up to 3,000", "stock",
          relays=HAN, modality="projected", high=3000, notes="a forecast of troops, looks to March 2025"),
     ]),
     S("Yoon Da-eun, KNB News, Seoul.")],
    [S("ANCHOR: Separately, the won closed 0.4 percent weaker against the dollar.", trap="currency move")],
]

# ---------------------------------------------------------------- av05
# Guardian-style long read (publisher not named in the text: no final relay).
av05 = [
    [S("The lost battalions: how Pyongyang's soldiers were fed into the Kursk grinder")],
    [S("They came to fight for Moscow. We traced what happened to them, and who is counting.")],
    [S("The first North Korean soldiers reached the frozen fields outside Sudzha in mid-December, marching in columns of a few dozen men.",
       trap="size of a marching column, not a loss"),
     S("By the time Moscow declared the region cleared in late April, the contingent had lost more men than any North Korean force since the armistice of 1953.",
       trap="a year; a comparison with no figure"),
     S("This newspaper's own tally of published estimates, from Seoul, Washington, Kyiv and London, puts the number killed at between 1,500 and 2,000 - a range, not a count.", [
        R("author", "the long read's own voice", "north_korean", "killed", "range", "between 1,500 and 2,000", "cumulative",
          low=1500, high=2000, notes="the paper's own tally; the four capitals are its inputs, not claimants of this row"),
     ])],
    [S("South Korea's National Intelligence Service was the first to put a figure on it."),
     S("In April the agency told a closed session of parliament's intelligence committee that about 4,700 North Koreans had been killed or wounded, including some 600 dead.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "about 4,700", "cumulative", best=4700,
          notes="reported April 2025; the committee is the audience, no one is named passing it on"),
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "some 600", "cumulative", best=600,
          notes="included in the 4,700; never added to it"),
     ]),
     S("Seoul's intelligence has since revised its count of the dead to about 2,000, according to Han Jae-ik, an opposition member of the committee who was briefed again in August.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,000", "cumulative", relays="Han Jae-ik", best=2000,
          notes="'Seoul's intelligence' = NIS; revised total (August 2025) replacing 'some 600'; relay named in a trailing clause"),
     ])],
    [S("Dr Miriam Castellane, who studies the Korean People's Army at the Hallworth Institute in London, thinks even that is low."),
     S("Her institute's spring report estimated that the North Koreans were taking casualties at about 45 a day during the February offensive, roughly twice the rate of the Russian units beside them.", [
        R("hallworth-institute", "Hallworth Institute (think tank, London)", "north_korean", "casualties_unspecified", "approximate",
          "about 45 a day", "period", counted_in="people_per_day", best=45,
          notes="the institute's report, not the analyst: think-tank id; February 2025; 'twice the rate of the Russian units' gives no Russian figure"),
     ]),
     S("\"Had they stayed another three months at that tempo, they would have lost half the force,\" Castellane said.", [
        R("miriam-castellane", "Dr Miriam Castellane, Hallworth Institute analyst", "north_korean", "casualties_unspecified", "exact",
          "half the force", "cumulative", counted_in="percent_of_force", modality="conditional", low=50, best=50, high=50,
          notes="analyst speaking in her own name: own id; counterfactual if-clause: conditional; surname only on second mention"),
     ])],
    [S("Col. Vitaliy Drozd, who commanded a Ukrainian air-assault battalion in the Sudzha salient, kept his own ledger."),
     S("Between December and March, Drozd said, his drone teams confirmed 312 North Korean dead, every one logged on video.", [
        R("ua-drozd", "Col. Vitaliy Drozd, Ukrainian battalion commander", "north_korean", "killed", "exact", "312", "period",
          low=312, best=312, high=312, notes="named commander in his own name; Dec 2024 - Mar 2025; evidence footage"),
     ]),
     S("His own battalion lost 41 men killed over the same months, he said, a figure he gave only after his press officer had left the room.", [
        R("ua-drozd", "Col. Vitaliy Drozd, Ukrainian battalion commander", "ukrainian", "killed", "exact", "41", "period",
          low=41, best=41, high=41, notes="his own side's losses (Ukrainian), in a text about North Korean dead"),
     ])],
    [S("Moscow has been less forthcoming."),
     S("Asked about North Korean casualties, the Russian defence ministry referred this newspaper to a statement saying Ukraine had lost more than 68,000 troops in the Kursk operation, a figure Kyiv calls invented.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "more_than", "more than 68,000", "cumulative", low=68000,
          notes="cited only to be disputed by Kyiv; still the ministry's claim; 'North Korean' near the figure is not whose losses"),
     ]),
     S("Pyongyang, which acknowledged the deployment only in late April, has named none of its dead, though state television in August showed Kim Jong Un before a wall of what appeared to be 86 portraits of fallen soldiers.", [
        R("author", "the long read's own voice (count of portraits in state TV footage)", "north_korean", "killed", "exact", "86",
          "unspecified", low=86, best=86, high=86,
          notes="the count of portraits is the writer's reading of footage, state TV gave no figure; 'what appeared to be' hedges the images, not the number"),
     ])],
    [S("Sudzha, five miles from the border, is now mostly rubble.", trap="distance"),
     S("Castellane reckons that perhaps one in four of the men who marched past it in December is now dead or missing.", [
        R("miriam-castellane", "Dr Miriam Castellane, Hallworth Institute analyst", "north_korean", "killed_or_missing", "approximate",
          "perhaps one in four", "cumulative", counted_in="percent_of_force", best=25,
          notes="share of the force; 'dead or missing' combined; 'perhaps' read as approximate"),
     ])],
]

# ---------------------------------------------------------------- av06
# Weekly newsletter (masthead names the publisher: The Kursk Ledger relays its items).
KL = "The Kursk Ledger"
av06_daily = S("THE DAILY COUNT. Ukraine's General Staff, in its morning summaries from Monday to Friday, put Russian and North Korean losses in the Kursk direction at 220, 180, 310, 240 and 200.", [
    R("ua-general-staff", GS, "russian_and_north_korean", "killed_or_wounded", "exact", c, "period", relays=KL,
      low=int(c), best=int(c), high=int(c),
      notes="%s summary (one day); the next sentence defines the losses as killed and wounded together; mixed count stays mixed" % d)
    for c, d in (("220", "Monday 10 Mar 2025"), ("180", "Tuesday 11 Mar 2025"), ("310", "Wednesday 12 Mar 2025"),
                 ("240", "Thursday 13 Mar 2025"), ("200", "Friday 14 Mar 2025"))
])
av06 = [
    [S("THE KURSK LEDGER | Issue 31 | Friday 14 March 2025", trap="issue number and date")],
    [S("1,150 enemy losses in five days, and a spy agency revises its count", [
        R("author", "The Kursk Ledger's own voice (headline sum)", "russian_and_north_korean", "killed_or_wounded", "exact", "1,150",
          "period", low=1150, best=1150, high=1150, derived=av06_daily,
          notes="the newsletter's own sum of the five daily figures; no body sentence states it"),
     ])],
    [S("Good morning, and welcome back.")],
    [av06_daily,
     S("The staff does not split the figure by nationality, and it counts killed and wounded together.")],
    [S("THE SPY AGENCY'S REVISION. On Thursday, South Korea's National Intelligence Service told lawmakers that North Korean casualties had reached about 4,000, up from the 3,000 it gave in January.", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "about 4,000", "cumulative", relays=KL, best=4000,
          notes="revised total, reported Thursday 13 Mar 2025"),
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "exact", "3,000", "cumulative", relays=KL,
          low=3000, best=3000, high=3000, notes="the earlier figure (January 2025), superseded; same claimant"),
     ]),
     S("Rep. Bae Hyun-soo, who briefed reporters afterwards, said the agency believed about 3,000 more troops had arrived in January and February to replace the losses.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 3,000", "stock", relays="Bae Hyun-soo > " + KL, best=3000,
          notes="reinforcements; the lawmaker relays the agency's figure; title first"),
     ]),
     S("Bae, a ruling-party member of the intelligence committee, said the agency had not changed its estimate of the dead, which it left at \"several hundred.\"", [
        R("kr-nis", NIS, "north_korean", "killed", "vague", "several hundred", "cumulative", relays="Bae Hyun-soo > " + KL,
          low=300, high=999, notes="surname only on second mention; killed is a narrower measure than the 4,000 casualties"),
     ])],
    [S("THE RELAY OF THE WEEK. Our favourite chain: Poland's Gazeta Nadwiślańska reported on Wednesday, citing Radio Sokil, a Ukrainian station, which in turn cited an unnamed officer of the HUR, that North Korea has lost \"at least 2,000 dead\" since December.", [
        R("ua-gur", GUR + " (unnamed officer)", "north_korean", "killed", "at_least", "at least 2,000", "cumulative",
          relays="Radio Sokil > Gazeta Nadwiślańska > " + KL, low=2000,
          notes="an unnamed officer of a named body takes the body's id; relays nearest the claimant first"),
     ]),
     S("That is the same figure the HUR itself gave on March 3, so the chain adds nothing but distance.",
       trap="refers back to the figure and gives only a date")],
    [S("THE DISPUTED ONE. A pro-Kremlin Telegram channel, Severny Veter, claimed on Sunday that Ukraine had lost 1,400 men killed in a single week around Sudzha.", [
        R("ru-severny-veter", "Severny Veter (pro-Kremlin Telegram channel)", "ukrainian", "killed", "exact", "1,400", "period",
          relays=KL, low=1400, best=1400, high=1400, notes="'a single week' is a stated period; the newsletter doubts it"),
     ]),
     S("We found no other source for it, and the channel's weekly figures have been revised down every time we checked.")],
    [S("BY THE NUMBERS.")],
    [S("11,600: North Korean soldiers first sent to Kursk, per the NIS.", [
        R("kr-nis", NIS, "north_korean", "deployed", "exact", "11,600", "stock", relays=KL, low=11600, best=11600, high=11600,
          notes="claimant in a trailing 'per'"),
     ])],
    [S("2: North Korean prisoners held by Ukraine, per Kyiv.", [
        R("ua-officials", "Kyiv (Ukraine, unnamed officials)", "north_korean", "captured", "exact", "2", "cumulative", relays=KL,
          low=2, best=2, high=2, notes="prisoners held = captured to date; 'Kyiv' is Ukraine speaking through its capital"),
     ])],
    [S("38: age of the oldest North Korean soldier identified among the dead so far, per a Ukrainian volunteer group.",
       trap="an age, not a count")],
    [S("See you next Friday.")],
]

# ---------------------------------------------------------------- av07
# Bloomberg-style news brief (Harbor Financial News).
HFN = "Harbor Financial News"
av07_s1 = S("(Harbor Financial News) -- North Korea's dead in Russia's Kursk region number about 400 and its wounded about 2,600 after six weeks of combat, according to officials in Seoul and Kyiv who compared their assessments this week.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 400", "cumulative", relays=HFN, best=400,
      notes="'officials in Seoul' are identified in the next sentence as the NIS: the body takes the claim (attribution in the next sentence)"),
    R("kr-nis", NIS, "north_korean", "wounded", "approximate", "about 2,600", "cumulative", relays=HFN, best=2600,
      notes="'about' stated again before 2,600"),
    R("ua-general-staff", GS, "north_korean", "killed", "approximate", "about 400", "cumulative", relays=HFN, best=400,
      notes="'officials in Kyiv' identified next sentence as the General Staff; two nations: one row each"),
    R("ua-general-staff", GS, "north_korean", "wounded", "approximate", "about 2,600", "cumulative", relays=HFN, best=2600,
      notes="second measure"),
])
av07_s5 = S("The Ukrainian side says the rate has climbed to about 100 a day since Jan. 10, when North Korean units resumed assaults near Makhnovka.", [
    R("ua-officials", "the Ukrainian side (unnamed officials)", "north_korean", "casualties_unspecified", "approximate",
      "about 100 a day", "period", relays=HFN, counted_in="people_per_day", best=100,
      notes="'the Ukrainian side' = ua-officials by the codebook, not the General Staff; rate since 10 Jan 2025"),
])
av07_s6 = S("Pyongyang sent about 11,400 troops starting in October, the NIS has said.", [
    R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,400", "stock", relays=HFN, best=11400,
      notes="claimant in the trailing clause"),
])
av07 = [
    [S("North Korea's Kursk Casualties Reach 3,000 as Seoul and Kyiv Compare Notes", [
        R("author", "Harbor Financial News's own voice (headline sum)", "north_korean", "killed_or_wounded", "exact", "3,000",
          "cumulative", low=3000, best=3000, high=3000, derived=av07_s1,
          notes="headline adds about 400 dead and about 2,600 wounded; written without 'about', so exact as written"),
     ])],
    [S("By Ji-won Seo and Olena Kravets")],
    [S("January 22, 2025 at 6:14 AM GMT+9", trap="publication date and time")],
    [S("Key points:")],
    [S("• Dead about 400, wounded about 2,600, officials say", trap=restates(av07_s1))],
    [S("• Ukraine says losses now run at about 100 a day", trap=restates(av07_s5))],
    [S("• Pyongyang has sent about 11,400 troops since October", trap=restates(av07_s6))],
    [av07_s1,
     S("Seoul's numbers come from its National Intelligence Service, which briefed lawmakers on Monday; Kyiv's come from the General Staff of its armed forces.")],
    [av07_s5,
     S("Russia's defence ministry hasn't commented on the North Korean deployment.")],
    [av07_s6,
     S("The Center for Pacific Security Studies, a Washington think tank, said in a report last week that Moscow pays Pyongyang roughly $2,000 per soldier a month for the contingent.",
       trap="money paid per soldier; think tank near a figure that is not a loss"),
     S("The same report warned that North Korean units could suffer as many as 8,000 killed or wounded by April if they keep attacking at the current pace, a projection South Korean officials called \"plausible but pessimistic.\"", [
        R("cpss", "Center for Pacific Security Studies (think tank, Washington)", "north_korean", "killed_or_wounded", "at_most",
          "as many as 8,000", "cumulative", relays=HFN, modality="conditional", high=8000,
          notes="'The same report' = the think tank's; 'could ... by April if ...': the explicit if-clause makes it conditional; South Korean officials only comment, no figure of theirs"),
     ])],
    [S("- With assistance from Taras Melnyk")],
]

# ---------------------------------------------------------------- av08
# Daily NK-style report citing sources inside North Korea (North Star Daily).
NSD = "North Star Daily"
RY = "nsd-source-ryanggang"
RYN = "a source in Ryanggang Province (unnamed, North Star Daily)"
av08 = [
    [S("Families in Ryanggang told not to hold funerals for sons killed in Russia")],
    [S("By Kang Min-ho | 2025.05.20 17:12", trap="publication date and time")],
    [S("North Korean authorities have delivered death notices to at least 40 families in Hyesan whose sons were killed fighting in Russia's Kursk region, a source in Ryanggang Province told North Star Daily on Tuesday.", [
        R(RY, RYN, "north_korean", "killed", "at_least", "at least 40", "cumulative", relays=NSD, low=40,
          notes="families notified, read as at least 40 dead (one notice per family at least); claimant in the trailing clause; anonymous insider gets its own id, not kp-officials"),
     ]),
     S("\"The notices say only 'died heroically carrying out a combat duty' - not where, not when,\" the source said."),
     S("One family in Hyetan-dong received two notices in the same week, for brothers who had served in the same regiment, the source added.", [
        R(RY, RYN, "north_korean", "killed", "exact", "two", "period", relays=NSD, low=2, best=2, high=2,
          notes="a sub-count of the 40 above (includes); 'in the same week' is the period; 'One family' is not a figure of losses"),
     ])],
    [S("A second source, who works at a mobilisation office in Chongjin, put the dead and missing from North Hamgyong Province alone at 360.", [
        R("nsd-source-chongjin", "a source at a mobilisation office in Chongjin (unnamed, North Star Daily)", "north_korean",
          "killed_or_missing", "exact", "360", "cumulative", relays=NSD, low=360, best=360, high=360,
          notes="combined 'dead and missing' stays one figure; a different insider, own id"),
     ]),
     S("Neither account could be independently verified.")],
    [S("The figures sit oddly beside Seoul's."),
     S("South Korea's National Intelligence Service told lawmakers in late April that roughly a third of the soldiers sent to Russia had been killed or wounded.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "roughly a third", "cumulative", relays=NSD,
          counted_in="percent_of_force", best=33.33, notes="share of the deployed force (about 11,000 in the next sentence)"),
     ]),
     S("The spy agency, which puts the first deployment at about 11,000, said Pyongyang had since sent around 3,000 more.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,000", "stock", relays=NSD, best=11000,
          notes="'The spy agency' = NIS"),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "around 3,000", "stock", relays=NSD, best=3000,
          notes="reinforcements, a separate figure"),
     ]),
     S("Ukraine's military intelligence said in March it had identified 22 North Koreans from Ryanggang among the dead near Guevo, from documents found on the bodies.", [
        R("ua-gur", GUR, "north_korean", "killed", "exact", "22", "unspecified", relays=NSD, low=22, best=22, high=22,
          notes="identified dead from one province only, a subset of the dead near Guevo; no period given"),
     ])],
    [S("About 150 wounded men have been brought back to the provincial military hospital in Hyesan since February, the Ryanggang source said.", [
        R(RY, RYN, "north_korean", "wounded", "approximate", "About 150", "cumulative", relays=NSD, best=150,
          notes="'the Ryanggang source' = the first source; running total since February 2025"),
     ]),
     S("Most of them are between 18 and 25, the source said, and many have lost limbs.", trap="ages of the wounded"),
     S("Bereaved families were each given 50 kilograms of rice and a television set, worth about 1.2 million won at market prices.",
       trap="compensation goods and money")],
    [S("Pyongyang's state media has reported no deaths."),
     S("Its only acknowledgement of the deployment, in late April, praised the troops for \"liberating\" Kursk.")],
]

SPECS = {
    "av01-wire-exclusive": av01,
    "av02-press-briefing-transcript": av02,
    "av03-hansard-exchange": av03,
    "av04-tv-news-script": av04,
    "av05-long-read": av05,
    "av06-weekly-newsletter": av06,
    "av07-financial-news-brief": av07,
    "av08-inside-nk-report": av08,
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
