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
def ex(n):
    """exact figure: low = best = high"""
    return dict(low=n, best=n, high=n)



import re as _re
_TURN = _re.compile(r"^[A-Z][A-Z .\-]+:\s")


def turns(paras):
    """Script/transcript layout: each speaker's turn starts a new paragraph."""
    out = []
    for para in paras:
        for s in para:
            if not out or _TURN.match(s.text) or s is para[0]:
                out.append([s])
            else:
                out[-1].append(s)
    return out


def lines(paras):
    """Factbox layout: every heading and bullet is its own paragraph."""
    return [[s] for para in paras for s in para]


NIS = "South Korea’s National Intelligence Service (NIS)"

# ---------------------------------------------------------------- k01
# AP-style wire story, updated twice during the day with "UPDATE" paragraphs.
HP = "Harbor Press"
k01_s1 = S("SEOUL, South Korea (Harbor Press) — About 3,400 North Korean soldiers have been killed or wounded in Russia’s Kursk region since they were thrown into combat in December, South Korea’s National Intelligence Service told lawmakers on Tuesday.", [
    R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "About 3,400", "cumulative",
      relays="lawmakers > " + HP, best=3400,
      notes="'since they were thrown into combat' is a running total; the agency briefed lawmakers, who passed it on"),
])
k01_plekhovo1 = S("In Kyiv, Ukraine’s General Staff said its troops had killed or wounded 38 North Korean soldiers in fighting for the village of Plekhovo on Monday.", [
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "killed_or_wounded",
      "exact", "38", "incident", relays=HP, **ex(38),
      notes="one engagement at one village on one day: incident; revised later in the day to 52"),
])
k01 = [
    [S("Seoul’s spy agency says about 3,400 North Korean troops killed or wounded in Kursk", trap=restates(k01_s1))],
    [S("This story has been updated twice on Tuesday, most recently with a revised Ukrainian figure.")],
    [k01_s1,
     S("Of those, roughly 350 were killed, Rep. Yoon Tae-gyu said after the closed-door briefing, and a further 120 or so are listed as missing.", [
         R("kr-nis", NIS, "north_korean", "killed", "approximate", "roughly 350", "cumulative",
           relays="Rep. Yoon Tae-gyu > " + HP, best=350,
           notes="'Of those' ties it to the NIS running total; Yoon relays the briefing"),
         R("kr-nis", NIS, "north_korean", "missing", "approximate", "120 or so", "cumulative",
           relays="Rep. Yoon Tae-gyu > " + HP, best=120,
           notes="'or so' read as approximate; missing kept separate from killed or wounded"),
     ])],
    [S("Yoon said the dead included at least one colonel, the most senior North Korean officer known to have been killed in the war.", [
        R("kr-nis", NIS, "north_korean", "killed", "at_least", "at least one", "cumulative",
          relays="Rep. Yoon Tae-gyu > " + HP, low=1,
          notes="surname only on second mention; a subset of the 350 dead, not to be added to it"),
    ]),
     S("The agency said Pyongyang had sent about 11,000 troops to Russia in October and November, most of them from an elite storm corps.", [
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,000", "stock",
           relays="lawmakers > " + HP, best=11000,
           notes="'The agency' on a later sentence is the NIS (not the wire); troops sent, not lost"),
     ]),
     S("North Korea has not acknowledged any losses.")],
    [k01_plekhovo1,
     S("The Ukrainian statement could not be independently verified."),
     S("Ukraine’s forces crossed into the Kursk region in August 2024 and at one point held about 1,300 square kilometers of Russian territory.",
       trap="background date and an area in square kilometers, not losses")],
    [S("UPDATE, 2:10 p.m. — South Korea’s Joint Chiefs of Staff said North Korean units had been withdrawn from the front for about two weeks in late January after suffering heavy losses, but gave no figure.", [
        R("kr-jcs", "South Korea’s Joint Chiefs of Staff (JCS)", "north_korean", "casualties_unspecified", "none", "",
          "unspecified", relays=HP,
          notes="a loss stated with no number; 'two weeks' is the length of the withdrawal and 2:10 p.m. the update time"),
    ]),
     S("A JCS officer, speaking on condition of anonymity, said the troops had since returned to the line.")],
    [S("UPDATE, 9:40 p.m. — Ukraine’s General Staff raised its figure for the Plekhovo fighting to 52 North Korean soldiers killed or wounded, saying a second brigade’s report had arrived late.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "killed_or_wounded",
          "exact", "52", "incident", relays=HP, **ex(52),
          notes="revised figure for the same engagement as the earlier 38: supersedes it, never added to it"),
    ]),
     S("Asked about the Seoul estimate, the Pentagon said North Korean casualties were “in the thousands” and rising, without giving a breakdown.", [
         R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "casualties_unspecified", "vague",
           "thousands", "cumulative", relays=HP, low=2000, high=9999,
           notes="'thousands' vague (set convention 2,000-9,999); 'and rising' marks a running total"),
     ]),
     S("Ukraine also said it was holding two wounded North Korean soldiers captured in the Kursk region earlier this month.", [
         R("ua-officials", "Ukraine (government, unnamed)", "north_korean", "captured", "exact", "two", "period",
           relays=HP, **ex(2),
           notes="bare 'Ukraine' as claimant takes ua-officials; counted as captured (their wounds are not a separate figure)"),
     ]),
     S("Seoul has said it would accept the two men if they asked to be sent to South Korea.",
       trap="refers back to the two prisoners; no new count")],
]

# ---------------------------------------------------------------- k02
# A South Korean broadcaster's evening news script, translated.
LAW = "intelligence committee lawmakers"
k02 = [
    [S("[Translated script · Main evening news · Wednesday · Item 3: North Korean troops in Russia]",
       trap="running-order item number")],
    [S("ANCHOR: North Korea has admitted for the first time that its soldiers fought in Russia’s Kursk region."),
     S("Tonight our intelligence service put a new number on what that has cost: some 4,900 North Korean soldiers killed or wounded, about 650 of them killed.", [
         R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "some 4,900", "cumulative",
           relays=LAW, best=4900,
           notes="'our intelligence service' is the NIS; relayed through the committee briefing described next"),
         R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 650", "cumulative",
           relays=LAW, best=650, notes="the killed part of the combined figure; not subtracted or added"),
     ])],
    [S("REPORTER KANG HYE-JIN: Lawmakers on the National Assembly’s intelligence committee were told this afternoon that the toll had risen by roughly 1,500 since the agency’s previous estimate in February.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "roughly 1,500", "period",
          relays=LAW, best=1500,
          notes="an increase stated by the text between two estimates (February to now): a period figure; 'the toll' is the killed-or-wounded count above"),
    ]),
     S("KANG: Committee member Choi Min-seok said the agency believes about 2,000 more troops were sent in January and February to replace the losses, on top of the 11,000 who arrived last autumn.", [
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 2,000", "stock",
           relays="Choi Min-seok", best=2000, notes="reinforcements sent (a flow) recorded as deployed strength"),
         R("kr-nis", NIS, "north_korean", "deployed", "exact", "11,000", "stock",
           relays="Choi Min-seok", **ex(11000), notes="the first contingent; bare number read as exact"),
     ]),
     S("KANG: Choi added that the North had also sent about 3,000 civilian construction workers to rebuild rail lines in the region.",
       trap="civilian workers sent, not troops and not losses")],
    [S("KANG: Pyongyang’s own account, carried by state media on Monday, praised the “heroic feats” of soldiers who fell in the “liberation of Kursk” but gave no numbers.", [
        R("kp-state-media", "North Korean state media (KCNA)", "north_korean", "killed", "none", "", "unspecified",
          notes="own side acknowledges deaths ('soldiers who fell') without a figure"),
    ]),
     S("KANG: A memorial wall shown on state television carried what appeared to be 101 portraits.",
       trap="a count of portraits seen on screen; deaths are not inferred from it"),
     S("KANG: The admission came in a statement on April 28, two days after Moscow declared the region fully retaken.",
       trap="dates, not losses")],
    [S("KANG: In Kyiv, the presidential office continues to put North Korean dead and wounded at 6,000, a figure officials here privately call exaggerated.", [
        R("ua-presidential-office", "Office of the President of Ukraine", "north_korean", "killed_or_wounded",
          "exact", "6,000", "cumulative", **ex(6000),
          notes="cited in order to be disputed by Seoul officials; still the Ukrainian office's claim"),
    ]),
     S("KANG: Analysts in Seoul say casualties have slowed since March to fewer than 20 a day, a sign, they believe, that the North Korean units have adapted to drone warfare.", [
         R("kr-analysts", "Analysts in Seoul (unnamed)", "north_korean", "casualties_unspecified", "fewer_than",
           "fewer than 20", "period", counted_in="people_per_day", high=20,
           notes="a rate with a stated window ('since March')"),
     ]),
     S("KANG: Several of those analysts warned that if Moscow moves the troops to Ukraine’s Donetsk front, casualties could climb back to 100 a day or more.", [
         R("kr-analysts", "Analysts in Seoul (unnamed)", "north_korean", "casualties_unspecified", "at_least",
           "100 a day or more", "unspecified", counted_in="people_per_day", modality="conditional", low=100,
           notes="if-then: conditional rate; looks to another front"),
     ]),
     S("ANCHOR: The Defence Ministry said today that no South Korean personnel were anywhere near the combat zone.")],
    [S("KANG: Kang Hye-jin, from the newsroom.")],
]

# ---------------------------------------------------------------- k03
# A Pentagon press briefing transcript.
DOD = "US Department of Defense (Pentagon)"
QREL = "reporter’s question"
k03 = [
    [S("Deputy Pentagon Press Secretary Lauren Whitcomb Holds an On-Camera Press Briefing")],
    [S("Jan. 14, 2025", trap="date of the transcript")],
    [S("DEPUTY PRESS SECRETARY LAUREN WHITCOMB: Good afternoon, everyone."),
     S("The secretary spoke this morning with Ukraine’s defense minister and confirmed that the remaining $500 million in drawdown authority will be used before the end of the administration.",
       trap="money, not losses")],
    [S("Q: Thanks, Lauren. Two questions on North Korea.", trap="a count of questions"),
     S("Kyiv’s intelligence people are saying 3,000 North Koreans have been killed or wounded in Kursk — do you have your own number?", [
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "exact", "3,000",
           "cumulative", relays=QREL, **ex(3000),
           notes="'Kyiv’s intelligence people' read as Ukraine's military intelligence; relayed in a reporter's question"),
     ])],
    [S("MS. WHITCOMB: What I can tell you is that we assess North Korean forces suffered more than 1,000 casualties, killed and wounded, in the past week of fighting alone.", [
        R("us-dod", DOD, "north_korean", "killed_or_wounded", "more_than", "more than 1,000", "period", low=1000,
          notes="'casualties, killed and wounded' defines the combined measure; 'the past week' is the window"),
    ]),
     S("Since they entered the fight, we’d put it in the low thousands.", [
         R("us-dod", DOD, "north_korean", "killed_or_wounded", "vague", "the low thousands", "cumulative",
           low=1000, high=3999, notes="measure carried from the previous sentence; 'low thousands' set at 1,000-3,999"),
     ])],
    [S("Q: Are they all still in Kursk?"),
     S("MS. WHITCOMB: Our assessment is still that roughly 11,000 to 12,000 North Korean troops are in the Kursk region, and we have not seen them cross into Ukraine.", [
         R("us-dod", DOD, "north_korean", "deployed", "range", "11,000 to 12,000", "stock", low=11000, high=12000,
           notes="'roughly' before a range does not change it to a single best figure"),
     ]),
     S("We also have indications that some of the more seriously wounded, perhaps as many as 200, have been flown back to North Korea.", [
         R("us-dod", DOD, "north_korean", "wounded", "at_most", "as many as 200", "cumulative", high=200,
           notes="wounded evacuated: a subset of the wounded, an upper bound"),
     ]),
     S("We assess that roughly a fifth of that force has been killed or wounded.", [
         R("us-dod", DOD, "north_korean", "killed_or_wounded", "approximate", "roughly a fifth", "cumulative",
           counted_in="percent_of_force", best=20,
           notes="share of the 11,000-12,000 troops in the previous sentence"),
     ])],
    [S("Q: On the Russian side — the British say Russia is losing around 1,500 soldiers a day across the whole front.", [
        R("gb-officials", "British officials (unnamed)", "russian", "casualties_unspecified", "approximate",
          "around 1,500", "unspecified", relays=QREL, counted_in="people_per_day", best=1500,
          notes="'the British' unnamed; whole front, not Kursk; 'losing' undefined"),
    ]),
     S("Do you agree?"),
     S("MS. WHITCOMB: I’d refer you to the British on their numbers."),
     S("Our own view is that if the current pace of Russian assaults holds, Russian casualties in 2025 could pass 400,000.", [
         R("us-dod", DOD, "russian", "casualties_unspecified", "more_than", "pass 400,000", "period",
           modality="conditional", low=400000, notes="if-then about the calendar year; whole war"),
     ])],
    [S("Q: Final one: Moscow says its forces killed 600 Ukrainian troops in Kursk yesterday.", [
        R("ru-officials", "Russian officials (Moscow, unnamed)", "ukrainian", "killed", "exact", "600", "period",
          relays=QREL, **ex(600), notes="a day's total across the region: period"),
    ]),
     S("MS. WHITCOMB: I’m not going to validate Russian claims, which have a long record of not holding up."),
     S("Thanks, everybody.")],
]

# ---------------------------------------------------------------- k04
# A Russian regional governor's video address, retold by a regional Russian news site.
GOV = "Viktor Samsonov, Governor of Kursk region"
GOVREL = "Gov. Viktor Samsonov"
MOD = "Russian Ministry of Defence"
k04_bury = S("Kursk region Governor Viktor Samsonov, in his regular Thursday evening video address on Telegram, said the region had buried 14 of its own this week — volunteers of the Kursk territorial defence battalion killed in the fighting near Sudzha.", [
    R("ru-kursk-governor", GOV, "russian", "killed", "exact", "14", "period", **ex(14),
      notes="own side acknowledging its dead; burials this week (the deaths may be earlier); volunteers counted on Russia's side"),
])
k04 = [
    [S("Samsonov: 14 fighters of the Kursk battalion laid to rest this week", trap=restates(k04_bury))],
    [k04_bury,
     S("“Every one of them was a son of our land,” Samsonov said.", trap="'one' is not a count")],
    [S("According to the governor, a Ukrainian drone struck a car carrying four of the battalion’s fighters near Tyotkino on Tuesday, killing two and wounding the other two.", [
        R("ru-kursk-governor", GOV, "russian", "killed", "exact", "two", "incident", **ex(2),
          notes="'Ukrainian' names the attacker; the losses are Russian; 'four' is the car's load, not a loss"),
        R("ru-kursk-governor", GOV, "russian", "wounded", "exact", "the other two", "incident", **ex(2)),
    ]),
     S("He also said that roughly a third of the battalion’s volunteers had been wounded at least once since it was formed in the autumn.", [
         R("ru-kursk-governor", GOV, "russian", "wounded", "approximate", "roughly a third", "cumulative",
           counted_in="percent_of_force", best=33.33, notes="share of the battalion; no troop figure given"),
     ])],
    [S("Since the beginning of the year, 112 civilians in the region have been injured by Ukrainian strikes, nine of them children, Samsonov said.",
       trap="civilian injuries, not military losses"),
     S("Air defences destroyed 27 Ukrainian drones over the region overnight, he added.", trap="drones, not people"),
     S("Families of volunteers killed in action will receive a one-off regional payment of 1 million rubles on top of federal compensation, the governor said.",
       trap="money")],
    [S("Samsonov also cited the Defence Ministry’s figures."),
     S("In the battles for Sudzha alone, he said, the enemy lost more than 8,000 servicemen killed and wounded.", [
         R("ru-mod", MOD, "ukrainian", "killed_or_wounded", "more_than", "more than 8,000", "period",
           relays=GOVREL, low=8000,
           notes="the governor relays the ministry; 'the enemy' in a Russian statement is Ukraine's forces; a multi-day battle: period"),
     ]),
     S("In its daily bulletin, the ministry said the Sever group of forces had inflicted losses of up to 190 servicemen on the Ukrainian armed forces in the Kursk direction over the past day.", [
         R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 190", "period", high=190,
           notes="read directly from the bulletin (no relay); the group is the subject, the ministry the claimant; 'losses' undefined"),
     ]),
     S("Since the start of the incursion last August, Ukrainian losses in the Kursk direction have exceeded 71,500 troops, the ministry said.", [
         R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "more_than", "exceeded 71,500", "cumulative",
           low=71500, notes="running total since August"),
     ])],
    [S("Separately, the FSB border directorate for the region reported that it had eliminated a Ukrainian sabotage and reconnaissance group of 11 people that tried to cross the border near Tyotkino on Tuesday night.", [
        R("ru-fsb-border", "FSB Border Directorate, Kursk region", "ukrainian", "killed", "exact", "11", "incident",
          **ex(11), notes="'eliminated' read as killed; the group size is the count the directorate gives"),
    ]),
     S("The governor made no mention of North Korean troops, whom Moscow had not yet officially acknowledged."),
     S("Residents of the Glushkovo district, where more than 1,800 people remain in temporary accommodation, have been told they may return in May.",
       trap="displaced residents, not losses")],
]

# ---------------------------------------------------------------- k05
# A Ukrainian military spokesperson's telethon interview, retold by a news site.
KOG = "Lt. Col. Vadym Horbenko, Kursk operational group"
TEL = "the national telethon"
k05 = [
    [S("‘They attack in waves’: spokesman describes North Korean assaults in Kursk")],
    [S("Lt. Col. Vadym Horbenko, spokesperson for Ukraine’s Kursk operational group, said on the national telethon on Monday that the enemy had lost about 500 troops in the Kursk direction over the past three days, of whom roughly 170 were North Koreans.", [
        R("ua-kursk-operational-group", KOG, "russian_and_north_korean", "casualties_unspecified", "approximate",
          "about 500", "period", relays=TEL, best=500,
          notes="'the enemy' includes the North Koreans named in the same sentence: mixed count; 'lost' undefined"),
        R("ua-kursk-operational-group", KOG, "north_korean", "casualties_unspecified", "approximate",
          "roughly 170", "period", relays=TEL, best=170, notes="part of the 500, not added to it"),
    ])],
    [S("According to him, North Korean units still attack in waves of 20 to 30 men, often without armour.",
       trap="size of assault groups, not losses"),
     S("In one such assault near Malaya Loknya on Sunday, around 80 of the attackers were killed and about 100 wounded, Horbenko said.", [
         R("ua-kursk-operational-group", KOG, "north_korean", "killed", "approximate", "around 80", "incident",
           relays=TEL, best=80),
         R("ua-kursk-operational-group", KOG, "north_korean", "wounded", "approximate", "about 100", "incident",
           relays=TEL, best=100),
     ])],
    [S("He said the North Korean contingent was losing up to 90 men a day, killed and wounded, on its sector of the front.", [
        R("ua-kursk-operational-group", KOG, "north_korean", "killed_or_wounded", "at_most", "up to 90", "unspecified",
          relays=TEL, counted_in="people_per_day", high=90, notes="a rate with no stated window"),
    ]),
     S("At that rate, he argued, the North Koreans could lose a third of their force by the end of winter.", [
         R("ua-kursk-operational-group", KOG, "north_korean", "casualties_unspecified", "approximate", "a third",
           "cumulative", relays=TEL, counted_in="percent_of_force", modality="projected", best=33.33,
           notes="projection; no troop figure in this text to link the share to"),
     ]),
     S("Citing intelligence data, Horbenko said Moscow had moved about 3,000 more North Korean soldiers toward the front line in the past week.", [
         R("ua-kursk-operational-group", KOG, "north_korean", "deployed", "approximate", "about 3,000", "stock",
           relays=TEL, best=3000,
           notes="unnamed 'intelligence data' cited by the spokesperson: the spokesperson's body stays the claimant"),
     ])],
    [S("Asked about Ukrainian losses, Horbenko said only that they were “several times lower” than the enemy’s and that the wounded were being evacuated.", [
        R("ua-kursk-operational-group", KOG, "ukrainian", "casualties_unspecified", "none", "", "unspecified",
          relays=TEL, notes="own losses acknowledged without a figure; 'several times lower' is a ratio, not a count"),
    ]),
     S("He dismissed Russian claims that Ukraine had lost 1,000 soldiers near Sudzha over the weekend as “a fairy tale for domestic consumption”.", [
         R("ru-officials", "Russian officials (unnamed)", "ukrainian", "casualties_unspecified", "exact", "1,000",
           "period", relays="Lt. Col. Vadym Horbenko > " + TEL, **ex(1000),
           notes="cited only to be disputed; still a Russian claim"),
     ]),
     S("Horbenko said Ukrainian paratroopers had killed or captured an entire North Korean platoon of about 30 men near Kurilovka last week.", [
         R("ua-kursk-operational-group", KOG, "north_korean", "killed_or_captured", "exact",
           "an entire North Korean platoon", "incident", relays=TEL, counted_in="platoons", **ex(1),
           notes="formation count: one platoon"),
         R("ua-kursk-operational-group", KOG, "north_korean", "killed_or_captured", "approximate", "about 30",
           "incident", relays=TEL, best=30, notes="the same losses in people; never added to the platoon row"),
     ])],
    [S("Horbenko, 34, a former regional television reporter, has been the group’s spokesperson since October.",
       trap="age"),
     S("The telethon, run jointly by several national channels, has been on air around the clock since February 2022.",
       trap="date")],
]

# ---------------------------------------------------------------- k06
# A Financial Times-style analysis with a chart description.
k06_nis = S("When South Korea’s National Intelligence Service briefed lawmakers in late April, it said some 600 North Korean soldiers had been killed in the Kursk region and about 4,100 wounded.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "some 600", "cumulative", relays="lawmakers", best=600),
    R("kr-nis", NIS, "north_korean", "wounded", "approximate", "about 4,100", "cumulative", relays="lawmakers",
      best=4100),
])
k06 = [
    [S("Kim’s Kursk bill: about 4,700 dead or wounded, and a seat at Moscow’s table", [
        R("author", "The analysis's own voice", "north_korean", "killed_or_wounded", "approximate", "about 4,700",
          "cumulative", best=4700, derived=k06_nis,
          notes="headline sums the NIS killed (600) and wounded (4,100) figures: the outlet's derived figure"),
    ])],
    [S("Pyongyang’s casualties have been heavy, but the regime may judge the price worth paying, writes our Seoul correspondent")],
    [k06_nis,
     S("The figures are for a force that numbered roughly 14,000 at its peak, after reinforcements in the new year, according to the same agency.", [
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "roughly 14,000", "stock", relays="lawmakers",
           best=14000, notes="'the same agency' is the NIS"),
     ]),
     S("That implies that roughly 34 per cent of the North Korean contingent has been killed or wounded — a rate of attrition that western militaries would regard as catastrophic.", [
         R("author", "The analysis's own voice", "north_korean", "killed_or_wounded", "approximate",
           "roughly 34 per cent", "cumulative", counted_in="percent_of_force", best=34, derived=k06_nis,
           notes="the author's own share from the NIS figures; a share of the 14,000"),
     ])],
    [S("Ukraine’s military intelligence agency, known by its acronym HUR, has consistently given higher figures.")],
    [S("Chart: North Korean troops killed or wounded in Kursk, estimates by source."),
     S("The NIS line rises from about 1,100 in mid-January to about 3,000 in early March.", [
         R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "about 1,100", "cumulative", best=1100,
           notes="chart point; the measure comes from the chart title"),
         R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "about 3,000", "cumulative", best=3000,
           notes="later estimate of the same running total"),
     ]),
     S("HUR’s line runs higher at every point: 1,800, then 4,000 and, by late April, 6,200.", [
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "exact", "1,800",
           "cumulative", **ex(1800), notes="acronym only; chart point, mid-January"),
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "exact", "4,000",
           "cumulative", **ex(4000), notes="chart point, early March"),
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "exact", "6,200",
           "cumulative", **ex(6200), notes="chart point, late April"),
     ]),
     S("Sources: NIS briefings to the National Assembly; HUR statements; our calculations. Data to April 30 2025.",
       trap="chart source line and data date")],
    [S("Losses have fallen sharply since March, when the Ukrainians were pushed out of most of the region; one western official put them at “a few dozen a week” by April.", [
        R("western-officials", "Western officials (unnamed)", "north_korean", "casualties_unspecified", "vague",
          "a few dozen", "unspecified", counted_in="people_per_week", low=24, high=60,
          notes="'Ukrainians' near the figure are not whose losses; 'a few dozen' set at 24-60; a weekly rate"),
    ]),
     S("The Seoul-based Hanseong Institute for Defence Analysis projects that North Korean losses will reach about 8,000 killed or wounded by the end of the year, as units rotate into other sectors.", [
         R("kr-hanseong-institute", "Hanseong Institute for Defence Analysis", "north_korean", "killed_or_wounded",
           "approximate", "about 8,000", "cumulative", modality="projected", best=8000,
           notes="projection to year end"),
     ]),
     S("In return, Pyongyang may be earning as much as $2bn a year in cash, oil and military technology, by the institute’s estimate.",
       trap="money"),
     S("Russian instructors spent about six weeks training the North Korean troops in drone warfare before they were sent forward.",
       trap="duration of training")],
    [S("For Kim, the arithmetic may still add up.")],
]

# ---------------------------------------------------------------- k07
# A Ukrainian-Canadian community weekly.
SAV = "Col. Ihor Savchuk, 224th Separate Mechanized Brigade"
k07 = [
    [S("Prairie Ukrainian Herald · Vol. 71, No. 18 · May 2025", trap="masthead volume, issue and date")],
    [S("Winnipeg gala honours brigade that fought in Kursk")],
    [S("WINNIPEG — More than 300 people filled the hall of St. Volodymyr parish on Saturday for a gala in support of Ukraine’s 224th Separate Mechanized Brigade, whose soldiers fought in Russia’s Kursk region this winter.",
       trap="attendance and a brigade's number")],
    [S("Speaking by video link from eastern Ukraine, the brigade’s commander, Col. Ihor Savchuk, said his men had destroyed two North Korean battalions in Kursk between December and March.", [
        R("ua-224th-brigade", SAV, "north_korean", "casualties_unspecified", "exact", "two", "period",
          counted_in="battalions", **ex(2),
          notes="formations 'destroyed': counted in battalions; destroyed read as casualties unspecified"),
    ]),
     S("Savchuk said the brigade had killed more than 400 North Korean soldiers and taken four prisoner, two of whom have since been exchanged.", [
         R("ua-224th-brigade", SAV, "north_korean", "killed", "more_than", "more than 400", "period", low=400,
           notes="the brigade's count for its December-March fighting"),
         R("ua-224th-brigade", SAV, "north_korean", "captured", "exact", "four", "period", **ex(4),
           notes="'two of whom have since been exchanged' is not a further loss"),
     ]),
     S("He did not hide the cost.")],
    [S("“We lost dozens of our own, killed and wounded, and every one of them has a name,” he said.", [
        R("ua-224th-brigade", SAV, "ukrainian", "killed_or_wounded", "vague", "dozens", "period", low=24, high=99,
          notes="own side; 'dozens' set at 24-99; 'every one' is not a count"),
    ]),
     S("The colonel laughed off a claim on Russian state television that 1,200 of his soldiers had died near Sudzha in March.", [
         R("ru-state-tv", "Russian state television", "ukrainian", "killed", "exact", "1,200", "period",
           relays="Col. Ihor Savchuk", **ex(1200), notes="cited only to be disputed"),
     ])],
    [S("Canadian and Ukrainian officials who spoke at the gala put Russia’s total losses since February 2022 at more than 950,000 killed and wounded.", [
        R("ca-officials", "Canadian officials (unnamed)", "russian", "killed_or_wounded", "more_than",
          "more than 950,000", "cumulative", low=950000, notes="list of claimants: one row each; whole war"),
        R("ua-officials", "Ukrainian officials (unnamed)", "russian", "killed_or_wounded", "more_than",
          "more than 950,000", "cumulative", low=950000, notes="list of claimants: one row each; whole war"),
    ])],
    [S("The evening opened with a minute of silence for Taras Melnyk, 27, of Transcona, a volunteer with the brigade who was killed near Sudzha in February.", [
        R("author", "The newspaper's own voice", "ukrainian", "killed", "none", "", "incident",
          notes="one named death, no number written; 27 is his age"),
    ]),
     S("He was one of at least 12 Canadians known to have died fighting for Ukraine, according to the Canadian-Ukrainian Veterans’ Association.", [
         R("ca-cuva", "Canadian-Ukrainian Veterans’ Association", "ukrainian", "killed", "at_least", "at least 12",
           "cumulative", low=12,
           notes="'Canadians' is nationality, but they fought for Ukraine: counted on Ukraine's side; whole war"),
     ])],
    [S("The gala raised $61,400, which organizers said would buy 15 reconnaissance drones and two pickup trucks for the brigade.",
       trap="money and equipment"),
     S("Volunteer Olha Kostiuk, 71, who has knitted socks for soldiers since 2014, said the brigade felt like family.",
       trap="age and a year")],
]

# ---------------------------------------------------------------- k08
# A wire factbox.
MER = "Meridian"
k08 = [
    [S("FACTBOX-North Korea’s troops in Russia: what we know")],
    [S("SEOUL, Sept 12 (Meridian) - North Korea has sent roughly 15,000 troops to fight for Russia since late 2024, according to South Korean estimates, and Pyongyang has acknowledged that some of them died in the battle for Russia’s Kursk region.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate",
          "roughly 15,000", "stock", relays=MER, best=15000, notes="'South Korean estimates' with no body named"),
        R("kp-officials", "North Korean government (Pyongyang)", "north_korean", "killed", "none", "", "unspecified",
          relays=MER, notes="own side acknowledges deaths without a figure; capital name for the government"),
    ]),
     S("Here are some facts about the deployment and its cost:")],
    [S("HOW MANY HAVE DIED?"),
     S("* Seoul’s spy agency estimated this month that about 2,000 North Korean soldiers had been killed, up from 600 in its April assessment.", [
         R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,000", "cumulative", relays=MER,
           best=2000, notes="revised running total (September)"),
         R("kr-nis", NIS, "north_korean", "killed", "exact", "600", "cumulative", relays=MER, **ex(600),
           notes="the earlier (April) estimate of the same running total; superseded, not added"),
     ]),
     S("* The agency puts overall casualties, killed and wounded together, at around 6,000.", [
         R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "around 6,000", "cumulative",
           relays=MER, best=6000, notes="'The agency' is the NIS of the previous line"),
     ]),
     S("* Ukraine’s military intelligence agency said in March that North Korea had lost more than 4,000 troops killed or wounded, including about 1,500 dead.", [
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "more_than",
           "more than 4,000", "cumulative", relays=MER, low=4000),
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "approximate",
           "about 1,500", "cumulative", relays=MER, best=1500, notes="part of the combined figure"),
     ]),
     S("* Ukrainian forces captured two North Korean soldiers in January; both remain in Ukraine and have said they want to go to South Korea.", [
         R("author", "The factbox's own voice (Meridian)", "north_korean", "captured", "exact", "two", "period",
           **ex(2), notes="stated in the factbox's own voice"),
     ]),
     S("* In April, Moscow said Ukraine had lost more than 73,000 troops during its eight-month incursion into the region.", [
         R("ru-officials", "Russian officials (Moscow, unnamed)", "ukrainian", "casualties_unspecified", "more_than",
           "more than 73,000", "period", relays=MER, low=73000,
           notes="the whole incursion as a closed stated period; 'eight-month' is its length"),
     ]),
     S("* Independent Russian media have identified by name at least 1,000 Russian servicemen killed in the Kursk region since August 2024.", [
         R("ru-independent-media", "Independent Russian media (unnamed)", "russian", "killed", "at_least",
           "at least 1,000", "cumulative", relays=MER, low=1000, notes="named dead, running total"),
     ])],
    [S("WHAT NEXT?"),
     S("* Seoul’s intelligence service said in June that Pyongyang would send about 1,000 sappers and another 4,000 or so military builders to help rebuild Kursk.", [
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 1,000", "stock", relays=MER,
           modality="projected", best=1000, notes="troops still to be sent: projected"),
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "4,000 or so", "stock", relays=MER,
           modality="projected", best=4000, notes="military builders are troops; projected"),
     ]),
     S("* South Korea’s military has warned that the North could send up to 6,000 more combat troops if Russia launches a new offensive.", [
         R("kr-military", "South Korea’s military", "north_korean", "deployed", "at_most", "up to 6,000", "stock",
           relays=MER, modality="conditional", high=6000, notes="if-then deployment"),
     ]),
     S("* The first North Korean units reached the Kursk region in early November 2024, about three weeks after leaving the port of Chongjin.",
       trap="dates and travel time"),
     S("* Moscow and Pyongyang signed a mutual defence treaty in June 2024, which both cite as the legal basis for the deployment.",
       trap="date of a treaty"),
     S("* Ukraine has offered to hand the two prisoners to Seoul in a swap for Ukrainians held in Russia, but no deal has been agreed.",
       trap="prisoners offered in a swap; refers back to the two captured")],
    [S("(Reporting by the Seoul bureau; compiled by the Asia desk)")],
]

SPECS = {
    "k01-wire-story-updated-twice": k01,
    "k02-korean-tv-evening-script": turns(k02),
    "k03-pentagon-briefing-transcript": turns(k03),
    "k04-russian-regional-site-governor": k04,
    "k05-ukrainian-telethon-interview-retold": k05,
    "k06-analysis-with-chart": k06,
    "k07-diaspora-community-weekly": k07,
    "k08-wire-factbox": [k08[0]] + lines(k08[1:]),
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
