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


# ---------------------------------------------------------------- n01
# An AFP-style wire story from Seoul: a lawmaker relays a closed-door NIS briefing.
APC = "Agence Presse Continentale"
LEE = "Lee Dong-hwan > " + APC
NIS = "National Intelligence Service (South Korea)"
n01_body = S("SEOUL, March 13 (Agence Presse Continentale) – Around 900 North Korean soldiers have been killed and some 3,400 wounded since Pyongyang’s troops entered combat in Russia’s Kursk region, South Korea’s intelligence agency told lawmakers on Thursday, according to one who attended the closed-door session.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "Around 900", "cumulative", relays=LEE, best=900,
      notes="the lawmaker who relays it is named in the next sentence; running total since entering combat"),
    R("kr-nis", NIS, "north_korean", "wounded", "approximate", "some 3,400", "cumulative", relays=LEE, best=3400,
      notes="'some' read as approximate"),
])
n01 = [
    [S("More than 4,000 North Korean casualties in Kursk, Seoul’s spy agency tells lawmakers", [
        R("author", "Agence Presse Continentale (the story's own headline)", "north_korean", "killed_or_wounded",
          "more_than", "More than 4,000", "cumulative", low=4000, derived=n01_body,
          notes="the outlet's own sum of the body's ~900 killed and ~3,400 wounded; the NIS gave no combined figure, so the claimant is the text's voice and the measure is that of the figures summed"),
    ])],
    [n01_body],
    [S("Lee Dong-hwan, an opposition member of parliament’s intelligence committee, said the National Intelligence Service (NIS) had raised its estimate from the roughly 3,000 total casualties it reported in January.", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "roughly 3,000", "cumulative",
          relays=LEE, best=3000,
          notes="the superseded January estimate, restated; 'total casualties' is not defined in the text"),
    ]),
     S("The session, held behind closed doors at the National Assembly, lasted nearly three hours.",
       trap="length of the briefing, not a loss")],
    [S("“The losses were heaviest in the first two weeks of January, when we believe about 90 North Koreans were being killed or wounded each day,” Lee quoted an NIS official as saying.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "about 90", "period",
          relays=LEE, counted_in="people_per_day", best=90,
          notes="a daily rate over a stated span (first two weeks of January); the claimant comes after the quote"),
    ])],
    [S("He said the agency also believed that around a fifth of the roughly 11,000 troops sent last autumn were now dead or wounded, and that Pyongyang had quietly dispatched another 3,000 since January to fill the gaps.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "around a fifth", "cumulative",
          relays=LEE, counted_in="percent_of_force", best=20,
          notes="a fifth = 20 percent, a share of the 11,000 in the same sentence; not converted to people"),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "roughly 11,000", "stock", relays=LEE, best=11000,
          notes="troops sent last autumn"),
        R("kr-nis", NIS, "north_korean", "deployed", "exact", "another 3,000", "stock", relays=LEE,
          low=3000, best=3000, high=3000,
          notes="reinforcements since January, recorded as a separate deployed figure; never added to the 11,000"),
    ]),
     S("Asked whether any North Koreans had been taken prisoner, Lee said the agency could confirm only two, both captured by Ukrainian forces in January.", [
         R("kr-nis", NIS, "north_korean", "captured", "exact", "two", "cumulative", relays=LEE, low=2, best=2, high=2,
           notes="'Ukrainian forces' are the captors, not whose losses; the confirmed total to date"),
     ])],
    [S("Ukraine’s military intelligence has put the toll far higher, saying last week that 1,800 North Koreans had been killed outright – a figure an NIS official at the briefing called “not consistent with what we see,” according to Lee.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "exact", "1,800", "cumulative",
          relays=APC, low=1800, best=1800, high=1800,
          notes="cited only to be disputed by the NIS; still GUR's claim, reported 'last week'"),
    ]),
     S("The spy agency also estimated, he said, that Pyongyang had earned about $1.4 billion from the deployment so far, and that 170mm self-propelled guns and 240mm rocket launchers had also been shipped to Russia.",
       trap="money and artillery calibres, not people lost"),
     S("The agency has briefed the committee four times since October.", trap="a count of briefings")],
    [S("North Korea has not acknowledged any deaths in Kursk.")],
    [S("Lee, 58, a retired army general, warned that the toll could climb by up to 2,000 killed or wounded by May if the North sends a second wave to the front in the spring, though he said that was his own view and not the agency’s.", [
        R("kr-lee-dong-hwan", "Lee Dong-hwan, South Korean lawmaker", "north_korean", "killed_or_wounded", "at_most",
          "up to 2,000", "period", relays=APC, modality="conditional", high=2000,
          notes="an if-then projection he says is his own, not the NIS's; 58 is his age"),
    ]),
     S("Russia’s defence ministry did not respond to a request for comment, and the NIS declined to confirm the figures publicly.")],
]

# ---------------------------------------------------------------- n02
# A Ukrainian brigade's press-service statement retold by a regional news site.
SP = "SumyPost"
BRIG = "233rd Separate Air Assault Brigade (Ukraine)"
n02_body = S("The press service of the 233rd Separate Air Assault Brigade said on Wednesday that its paratroopers had killed 47 North Korean soldiers and wounded at least 60 more between Dec 14 and 17 in fighting around the villages of Plekhovo and Nizhny Klin.", [
    R("ua-233rd-brigade", BRIG, "north_korean", "killed", "exact", "47", "period", relays=SP,
      low=47, best=47, high=47, notes="stated window Dec 14-17"),
    R("ua-233rd-brigade", BRIG, "north_korean", "wounded", "at_least", "at least 60", "period", relays=SP, low=60),
])
n02 = [
    [S("Brigade says 47 North Koreans killed in four days near Plekhovo", trap=restates(n02_body))],
    [n02_body,
     S("In the statement, posted on the brigade’s Facebook page, the press service said the North Koreans crossed open snowfields on foot in groups of 20 to 30, with no armour and little apparent drone cover.",
       trap="size of the attacking groups, not losses")],
    [S("“They walked into our drones in columns, like it was 1950,” a drone-platoon commander with the call sign Bereza said in a video attached to the post.",
       trap="a year in a simile"),
     S("His platoon alone accounted for 19 of the dead, the brigade said.", [
         R("ua-233rd-brigade", BRIG, "north_korean", "killed", "exact", "19", "period", relays=SP,
           low=19, best=19, high=19,
           notes="a part of the 47, never added to it; claimant after the figure; the platoon is not the claimant"),
     ])],
    [S("A company of Russian marines that followed the North Koreans in on Dec 16 was “practically destroyed” near Nizhny Klin, according to the statement.", [
        R("ua-233rd-brigade", BRIG, "russian", "casualties_unspecified", "exact", "A company", "incident", relays=SP,
          counted_in="companies", low=1, best=1, high=1,
          notes="a formation 'destroyed' is an undefined loss counted in companies; one attack on Dec 16"),
    ]),
     S("The brigade also gave its own losses for the four days: two paratroopers killed and nine wounded, an unusually specific admission.", [
         R("ua-233rd-brigade", BRIG, "ukrainian", "killed", "exact", "two", "period", relays=SP, low=2, best=2, high=2,
           notes="own side's acknowledgement"),
         R("ua-233rd-brigade", BRIG, "ukrainian", "wounded", "exact", "nine", "period", relays=SP, low=9, best=9, high=9),
     ])],
    [S("Hours before the statement, Russian military bloggers had claimed that “up to 300” Ukrainian paratroopers died defending Plekhovo, a figure the brigade dismissed as “pure fiction.”", [
        R("ru-milbloggers", "Russian military bloggers (unnamed)", "ukrainian", "killed", "at_most", "up to 300",
          "incident", relays=SP, high=300,
          notes="cited only to be disputed; the defence of one village read as one incident"),
    ]),
     S("Since North Korean units joined the assaults in early December, the brigade says it has counted about 200 of their bodies in its sector.", [
         R("ua-233rd-brigade", BRIG, "north_korean", "killed", "approximate", "about 200", "cumulative", relays=SP,
           best=200, notes="bodies counted = killed; running total since early December; includes the 47"),
     ])],
    [S("Ukraine’s General Staff, in its own morning report, put Russian losses across the entire front over the previous 24 hours at 1,530 troops, without breaking the figure down by region.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "casualties_unspecified",
          "exact", "1,530", "period", relays=SP, low=1530, best=1530, high=1530,
          notes="the whole front, not Kursk alone; 'losses' undefined"),
    ])],
    [S("SumyPost could not verify the brigade’s figures."),
     S("Separately, the regional administration said three civilians were wounded on Tuesday when a guided bomb hit a farm near Krasnopillia, 12 kilometres from the border.",
       trap="civilians and a distance; the ledger counts military losses"),
     S("North Korea’s state media has not mentioned the fighting.")],
]

# ---------------------------------------------------------------- n03
# A Kremlin-spokesman briefing retold by a Russian wire.
RI = "RusInform"
BEL = "Arkady Belyaev > " + RI
MOD = "Russian Ministry of Defence"
KREM = "Kremlin (spokesman Arkady Belyaev)"
n03_body = S("MOSCOW, April 28 (RusInform) — Ukraine lost “more than 76,000 servicemen” during its incursion into the Kursk region, Kremlin spokesman Arkady Belyaev told reporters on Monday, citing Defence Ministry data.", [
    R("ru-mod", MOD, "ukrainian", "killed_or_wounded", "more_than", "more than 76,000", "period", relays=BEL, low=76000,
      notes="Belyaev cites ministry data, so the ministry is the claimant and he a relay; the next sentence defines the figure as killed and wounded; the whole (ended) incursion is the stated period"),
])
n03 = [
    [S("Kremlin: Ukraine lost more than 76,000 servicemen in Kursk region", trap=restates(n03_body))],
    [n03_body,
     S("The figure covers both killed and wounded, Belyaev said, adding that several hundred Ukrainian soldiers had laid down their arms in the final weeks of fighting around Sudzha.", [
         R("ru-kremlin", KREM, "ukrainian", "captured", "vague", "several hundred", "period", relays=RI,
           low=300, high=999,
           notes="'laid down their arms' read as surrendered = captured; the first clause defines the 76,000 and gives no row of its own; the spokesman's own words take the Kremlin's id"),
     ])],
    [S("He confirmed that servicemen of the Korean People’s Army had fought alongside Russian units in the region, but declined to say how many had been sent or how many had fallen."),
     S("“Our Korean comrades showed heroism, and some of them paid for it with their lives,” Belyaev said.", [
         R("ru-kremlin", KREM, "north_korean", "killed", "none", "", "unspecified", relays=RI,
           notes="deaths stated with no number; 'Korean comrades' = North Korean troops"),
     ])],
    [S("In a separate statement, the Defence Ministry said its forces had “crushed” two Ukrainian mechanised brigades and a battalion of foreign mercenaries during the Kursk operation, and had taken 312 Ukrainian servicemen prisoner.", [
        R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "exact", "two", "period", relays=RI,
          counted_in="brigades", low=2, best=2, high=2, notes="'crushed' formations: undefined loss, counted in brigades"),
        R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "exact", "a battalion", "period", relays=RI,
          counted_in="battalions", low=1, best=1, high=1,
          notes="foreign volunteers serving Ukraine are counted as the Ukrainian side"),
        R("ru-mod", MOD, "ukrainian", "captured", "exact", "312", "period", relays=RI, low=312, best=312, high=312,
          notes="taken prisoner over the operation; not the prisoner exchange below"),
    ])],
    [S("The ministry’s daily bulletin on Monday also said Ukraine had lost up to 45 servicemen over the past day in the border areas of the region, where clashes continue near Tetkino and Gornal.", [
        R("ru-mod", MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 45", "period", relays=RI, high=45,
          notes="'over the past day' is a stated period"),
    ]),
     S("Kyiv’s General Staff, whose reports RusInform does not regard as reliable, has claimed that Russian forces lost over 62,000 killed and wounded in the region since August.", [
         R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed_or_wounded",
           "more_than", "over 62,000", "cumulative", relays=RI, low=62000,
           notes="cited to be disparaged; running total since August"),
     ])],
    [S("Belyaev also welcomed Saturday’s exchange of prisoners, in which 246 Russian servicemen came home in return for the same number of Ukrainians, with mediation by the United Arab Emirates.",
       trap="prisoners exchanged, not captured in battle"),
     S("Asked whether 6,000 more North Korean sappers and builders would be sent to clear mines in the region, Belyaev said only that “cooperation with our friends will continue.”",
       trap="a figure in a reporter's question that no one asserts")],
    [S("Regional governor Pavel Dobrynin said separately that rebuilding Sudzha, where some 1,200 homes were damaged, would cost at least 3 billion roubles.",
       trap="homes damaged and money")],
]

# ---------------------------------------------------------------- n04
# A Le Monde-style feature, translated from the French.
LD = "La Dépêche internationale"
HRY = "Maj. Oleksandr Hrytsenko, Ukrainian battalion commander"
n04 = [
    [S("In Kursk, the North Korean soldiers who “did not know how to retreat”")],
    [S("From our special correspondent in Sumy. Translated from La Dépêche internationale, June 12, 2025.",
       trap="publication date")],
    [S("They came, says Major Oleksandr Hrytsenko, “in waves of forty, fifty men,” across the frozen fields south of Sudzha, and they kept on coming.",
       trap="size of the assault waves, not losses"),
     S("Hrytsenko, 41, who commands an assault battalion he prefers not to name, estimates that his men killed “at least three hundred” North Koreans between early January and the end of February – a figure that cannot be verified.", [
         R("ua-hrytsenko", HRY, "north_korean", "killed", "at_least", "at least three hundred", "period", relays=LD,
           low=300, notes="a named officer of an unnamed unit takes his own id; 41 is his age"),
     ]),
     S("His own battalion’s losses over the same weeks were, he says, “much lower – dozens killed or wounded, not hundreds.”", [
         R("ua-hrytsenko", HRY, "ukrainian", "killed_or_wounded", "vague", "dozens", "period", relays=LD,
           low=24, high=99, notes="'not hundreds' denies a larger figure and gives no row of its own"),
     ])],
    [S("In Seoul, the National Intelligence Service – the South Korean spy agency – told lawmakers in April that some 1,200 North Korean soldiers had died and about 4,300 had been wounded since the deployment began, totals the agency itself called “provisional.”", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "some 1,200", "cumulative",
          relays="lawmakers > " + LD, best=1200),
        R("kr-nis", NIS, "north_korean", "wounded", "approximate", "about 4,300", "cumulative",
          relays="lawmakers > " + LD, best=4300),
    ]),
     S("That is less than half the estimate Ukraine’s military intelligence gave the same month, when it said nearly 2,500 North Koreans had been killed.", [
         R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "vague", "nearly 2,500",
           "cumulative", relays=LD, low=2250, high=2499,
           notes="'less than half' is the paper's comparison, not a claim"),
     ])],
    [S("In Moscow, the silence is total."),
     S("Claire Vasseur, a researcher at the Institut d’études coréennes in Paris, points out that Russia has never announced a single North Korean death, while Pyongyang’s Rodong Sinmun printed in May the names of 101 “fallen heroes” of the “overseas operation” – a list she believes covers mostly officers.", [
         R("kp-rodong-sinmun", "Rodong Sinmun (North Korean state newspaper)", "north_korean", "killed", "exact", "101",
           "cumulative", relays="Claire Vasseur > " + LD, low=101, best=101, high=101,
           notes="own side's acknowledgement; 'fallen heroes' read as killed; the researcher relays it"),
     ]),
     S("She estimates that the Kim regime has sent “between 14,000 and 15,000” men in all, rotations included, of whom “perhaps a third” can no longer fight.", [
         R("claire-vasseur", "Claire Vasseur, French researcher", "north_korean", "deployed", "range",
           "between 14,000 and 15,000", "stock", relays=LD, low=14000, high=15000,
           notes="all sent, rotations included, recorded as deployed"),
         R("claire-vasseur", "Claire Vasseur, French researcher", "north_korean", "casualties_unspecified",
           "approximate", "perhaps a third", "cumulative", relays=LD, counted_in="percent_of_force", best=33.33,
           notes="'can no longer fight' is undefined; a third = 33.33 percent of the 14,000-15,000"),
     ]),
     S("Vasseur has interviewed a dozen defectors who once served in the Storm Corps.",
       trap="people interviewed")],
    [S("At a military hospital in Sumy, a 26-year-old North Korean prisoner, captured on Jan 9 near Malaya Loknya, told us that his company had lost more than 60 men in its first assault.", [
        R("kp-prisoner", "A North Korean prisoner of war (unnamed)", "north_korean", "casualties_unspecified",
          "more_than", "more than 60", "incident", relays=LD, low=60,
          notes="a soldier of the side that lost them; 'lost' undefined; age and capture date are not figures"),
    ]),
     S("Asked how many of his comrades had been taken alive, he pointed at his own chest.")],
    [S("The drive back to Kyiv takes six hours, past checkpoints where soldiers check papers twice.",
       trap="travel time")],
]

# ---------------------------------------------------------------- n05
# A US congressional hearing exchange (partial transcript); speakers speak directly, no relay.
DOD = "US Department of Defense (Pentagon)"
DIA = "US Defense Intelligence Agency (DIA)"
n05 = [
    [S("HOUSE ARMED SERVICES COMMITTEE, SUBCOMMITTEE ON INTELLIGENCE AND SPECIAL OPERATIONS")],
    [S("Hearing: “The Russia–North Korea Military Partnership,” Tuesday, Feb 11, 2025 (partial transcript)",
       trap="hearing date")],
    [S("REP. DIANE KOWALSKI (R-Ohio): Mr. Hale, is it true that North Korea has already lost thousands of soldiers in Kursk?",
       trap="a figure in a lawmaker's question, asserted by no one")],
    [S("MARCUS HALE, DEPUTY ASSISTANT SECRETARY OF DEFENSE FOR EAST ASIA: Congresswoman, our current assessment is that North Korean forces have suffered roughly 4,000 casualties in Kursk since they entered combat in early December.", [
        R("us-dod", DOD, "north_korean", "killed_or_wounded", "approximate", "roughly 4,000", "cumulative", best=4000,
          notes="a department official speaking for it takes us-dod; the next sentence defines the casualties as killed and wounded"),
    ]),
     S("That number includes killed and wounded, and we assess the killed portion at over 1,000.", [
         R("us-dod", DOD, "north_korean", "killed", "more_than", "over 1,000", "cumulative", low=1000,
           notes="a part of the 4,000; claimant from the previous sentence"),
     ])],
    [S("REP. KOWALSKI: And of the 11,000 or 12,000 they sent, how many are still fighting?",
       trap="a troop figure in a question's premise, asserted by no one")],
    [S("MR. HALE: We believe about 11,000 were initially deployed, and Pyongyang has rotated in some replacements since then.", [
        R("us-dod", DOD, "north_korean", "deployed", "approximate", "about 11,000", "stock", best=11000,
          notes="the initial deployment"),
    ]),
     S("I would put the number in Kursk today at between 8,000 and 9,000.", [
         R("us-dod", DOD, "north_korean", "deployed", "range", "between 8,000 and 9,000", "stock", low=8000, high=9000,
           notes="troops present on the hearing date; 'I would put' is the official speaking for the department"),
     ])],
    [S("REP. KOWALSKI: The Ukrainians have told this committee they are killing North Koreans at a rate of 100 a day.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed", "exact", "100", "unspecified",
          relays="Rep. Diane Kowalski", counted_in="people_per_day", low=100, best=100, high=100,
          notes="a claim the lawmaker attributes to an identifiable side is a row; 'Ukrainians' are the claimant, not whose losses"),
    ]),
     S("Is that credible?")],
    [S("MR. HALE: On the worst days in December, perhaps."),
     S("Averaged since mid-December, we would say about 30 a day, killed and wounded together.", [
         R("us-dod", DOD, "north_korean", "killed_or_wounded", "approximate", "about 30", "period",
           counted_in="people_per_day", best=30, notes="a rate averaged over a stated span (since mid-December)"),
     ])],
    [S("REP. LUIS ORTEGA (D-Calif.): What does the department see on Russian losses in Kursk specifically?")],
    [S("MR. HALE: They are far larger; we estimate Russia has sustained more than 20,000 killed and wounded in the Kursk region since August.", [
        R("us-dod", DOD, "russian", "killed_or_wounded", "more_than", "more than 20,000", "cumulative", low=20000),
    ]),
     S("I won’t give a public figure for Ukraine’s losses there.")],
    [S("REP. ORTEGA: General Kaminski, does DIA see it the same way?")],
    [S("LT. GEN. ROBERT KAMINSKI, DIRECTOR, DEFENSE INTELLIGENCE AGENCY: Our numbers are close to the department’s: roughly 1,100 North Koreans killed, and perhaps 50 captured, though Ukraine has publicly shown only two prisoners.", [
        R("us-dia", DIA, "north_korean", "killed", "approximate", "roughly 1,100", "cumulative", best=1100),
        R("us-dia", DIA, "north_korean", "captured", "approximate", "perhaps 50", "cumulative", best=50,
          notes="'perhaps' read as approximate"),
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "captured", "exact", "two", "cumulative",
          relays="Lt. Gen. Robert Kaminski", low=2, best=2, high=2,
          notes="Ukraine's public showing of prisoners, relayed by the DIA director"),
    ]),
     S("If the North commits its second echelon in the spring, we could see up to 5,000 more casualties by summer.", [
         R("us-dia", DIA, "north_korean", "casualties_unspecified", "at_most", "up to 5,000", "period",
           modality="conditional", high=5000, notes="if-then projection to the summer; whose losses from context"),
     ])],
    [S("REP. KOWALSKI: Thank you, General."),
     S("I yield back my remaining two minutes.", trap="speaking time")],
    [S("REP. ORTEGA: The subcommittee will reconvene in closed session at 2 p.m.", trap="a clock time")],
]

# ---------------------------------------------------------------- n06
# A Telegram channel's weekly tally retold by a Ukrainian news site, screenshots described.
NP = "Novyny Pivnich"
KFM = "Kursk Frontline Monitor (Telegram channel)"
n06_body = S("According to the post, 412 Russian soldiers and 305 North Koreans were killed in that week along the Kursk salient, and a further 960 Russians were wounded.", [
    R("kursk-frontline-monitor", KFM, "russian", "killed", "exact", "412", "period", relays=NP, low=412, best=412, high=412,
      notes="the week of Jan 5-12, from the previous sentence"),
    R("kursk-frontline-monitor", KFM, "north_korean", "killed", "exact", "305", "period", relays=NP,
      low=305, best=305, high=305),
    R("kursk-frontline-monitor", KFM, "russian", "wounded", "exact", "960", "period", relays=NP,
      low=960, best=960, high=960, notes="'a further' is not a qualifier of the figure"),
])
n06 = [
    [S("Telegram channel counts over 700 Russian and North Korean dead near Kursk in a week", [
        R("author", "Novyny Pivnich (the story's own headline)", "russian_and_north_korean", "killed", "more_than",
          "over 700", "period", low=700, derived=n06_body,
          notes="the outlet's own sum of 412 Russian and 305 North Korean killed; mixed count stays mixed"),
    ])],
    [S("The anonymous Telegram channel Kursk Frontline Monitor, followed by about 140,000 people, published its weekly tally on Monday morning, covering the days between Jan 5 and 12.",
       trap="subscriber count and dates"),
     n06_body],
    [S("A screenshot attached to the post shows a hand-drawn map with red crosses near Makhnovka and Russkoye Porechnoye and the caption “-37 in one day”, apparently referring to a single North Korean assault on Jan 8.", [
        R("kursk-frontline-monitor", KFM, "north_korean", "casualties_unspecified", "exact", "37", "incident",
          relays=NP, low=37, best=37, high=37,
          notes="'-37' in a screenshot caption: an undefined loss; one assault, so incident; 'one day' and the date are not figures"),
    ]),
     S("A second image, a spreadsheet, gives the week’s Ukrainian losses in the same sector as 58 killed and 140 wounded, numbers the channel says it took from “brigade chats.”", [
         R("ua-brigade-chats", "Ukrainian brigade chat groups (unnamed)", "ukrainian", "killed", "exact", "58", "period",
           relays="Kursk Frontline Monitor > " + NP, low=58, best=58, high=58,
           notes="the channel names its source, so it is a relay"),
         R("ua-brigade-chats", "Ukrainian brigade chat groups (unnamed)", "ukrainian", "wounded", "exact", "140", "period",
           relays="Kursk Frontline Monitor > " + NP, low=140, best=140, high=140),
     ])],
    [S("Since it began counting on Oct 28, the channel says, it has recorded 3,850 North Korean soldiers killed or wounded.", [
        R("kursk-frontline-monitor", KFM, "north_korean", "killed_or_wounded", "exact", "3,850", "cumulative",
          relays=NP, low=3850, best=3850, high=3850, notes="running total since Oct 28; claimant mid-sentence"),
    ]),
     S("At the current pace, the post predicts, the North Korean contingent will have lost half of its men by the end of February.", [
         R("kursk-frontline-monitor", KFM, "north_korean", "casualties_unspecified", "exact", "half", "cumulative",
           relays=NP, counted_in="percent_of_force", modality="projected", low=50, best=50, high=50,
           notes="a forecast share (half = 50 percent); no troop figure in the text to link it to"),
     ]),
     S("The channel’s earlier claim that 1,000 North Koreans were killed in a single week in December was quietly deleted a few days after it appeared.", [
         R("kursk-frontline-monitor", KFM, "north_korean", "killed", "exact", "1,000", "period", relays=NP,
           low=1000, best=1000, high=1000, notes="a claim later deleted by its claimant, still recorded as made"),
     ])],
    [S("One screenshot shows a comment under the post from a user who says he is a Russian contract soldier: “We had 14 left out of 90 in our company.”",
       trap="survivors and strength; a loss of 76 would have to be inferred"),
     S("The channel also reported that a Ukrainian HIMARS strike on Jan 10 destroyed four Grad launchers and an ammunition depot near Lgov.",
       trap="equipment destroyed"),
     S("The post was viewed more than 300,000 times within a day.", trap="view count")],
    [S("Ukraine’s General Staff put Russian losses along the whole front for the same week at 9,870 personnel in its Sunday summary.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "casualties_unspecified",
          "exact", "9,870", "period", relays=NP, low=9870, best=9870, high=9870,
          notes="whole front, not Kursk alone; 'losses' undefined"),
    ]),
     S("Novyny Pivnich was unable to verify any of the channel’s figures.")],
]

# ---------------------------------------------------------------- n07
# A South Korean defence ministry briefing, Q&A transcript; the spokesman speaks for the ministry.
MND = "Ministry of National Defense (South Korea)"
JEON = "Jeon Ha-kyu"
n07 = [
    [S("Ministry of National Defense regular briefing, Seoul, Tuesday, Sept 9, 2025 (excerpt, unofficial translation)",
       trap="briefing date")],
    [S("SPOKESMAN JEON HA-KYU: Good morning."), S("I will take your questions.")],
    [S("Q (Han Seo-yeon, Korea Daily Wire): North Korea held a ceremony last month for soldiers who died in Kursk."),
     S("Does the ministry have an updated estimate?")],
    [S("JEON: Our assessment is that about 2,000 North Korean soldiers have been killed since the deployment began last October.", [
        R("kr-mnd", MND, "north_korean", "killed", "approximate", "about 2,000", "cumulative", best=2000,
          notes="the spokesman's 'our assessment' takes the ministry's id"),
    ]),
     S("Total casualties, including the wounded, stand at around 6,000.", [
         R("kr-mnd", MND, "north_korean", "killed_or_wounded", "approximate", "around 6,000", "cumulative", best=6000,
           notes="'including the wounded' defines the combined measure; claimant from the previous sentence"),
     ])],
    [S("Q: That is far above what Pyongyang has admitted."), S("Why the gap?")],
    [S("JEON: The North’s state media has named 101 of the dead, in our view mostly officers and decorated soldiers, so we believe that is only a small part of the real toll.", [
        R("kp-state-media", "North Korean state media", "north_korean", "killed", "exact", "101", "cumulative",
          relays=JEON, low=101, best=101, high=101,
          notes="own side's (partial) acknowledgement, relayed by the ministry spokesman"),
    ])],
    [S("Q: Has the North sent new forces this summer?")],
    [S("JEON: US and South Korean officials assess that roughly 6,000 sappers and military builders have been sent to Kursk since June, in addition to the combat troops, who number about 10,000 today.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "roughly 6,000", "stock",
          relays=JEON, best=6000, notes="a list of claimants gives a row each"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "roughly 6,000",
          "stock", relays=JEON, best=6000),
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 10,000", "stock",
          relays=JEON, best=10000, notes="combat troops present today, separate from the engineers"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "about 10,000",
          "stock", relays=JEON, best=10000),
    ]),
     S("We also believe the North has shipped some 12 million artillery shells to Russia since 2023.",
       trap="munitions shipped")],
    [S("Q: Are the engineers at risk?")],
    [S("JEON: Mine clearance is dangerous work."),
     S("If the current pace of operations continues, we could see dozens of deminers killed or injured each month.", [
         R("kr-mnd", MND, "north_korean", "killed_or_wounded", "vague", "dozens", "unspecified",
           counted_in="people_per_month", modality="conditional", low=24, high=99,
           notes="'injured' = wounded; a conditional monthly rate"),
     ]),
     S("A Japanese broadcaster, Tokai TV, reported last week that at least 40 had already been killed by mines in August, quoting a Russian regional official, but we cannot confirm that.", [
         R("ru-officials", "Russian officials (unnamed)", "north_korean", "killed", "at_least", "at least 40", "period",
           relays="Tokai TV > " + JEON, low=40,
           notes="a TV channel quoting an unnamed Russian official; cited and left unconfirmed; 'Japanese' and 'Russian' are not whose losses"),
     ])],
    [S("Q (Kim Tae-woo, Hankuk Times): Are any South Koreans fighting in the war?")],
    [S("JEON: We are aware of a few South Koreans who travelled to Ukraine as volunteers; one of them was wounded in the Kharkiv region in May.", [
        R("kr-mnd", MND, "south_korean", "wounded", "exact", "one", "incident", low=1, best=1, high=1,
          notes="a volunteer on another front (Kharkiv), not Kursk; 'a few' volunteers is not a deployed figure"),
    ])],
    [S("Q: Today is the North’s founding anniversary, the 77th; is a parade expected?", trap="an anniversary")],
    [S("JEON: We see no sign of one, but we are watching closely.", trap="'one' is a pronoun")],
]

# ---------------------------------------------------------------- n08
# A magazine's long-form timeline with dated entries.
NR = "The Northern Review"
n08 = [
    [S("Counting the dead: a timeline of North Korea’s war in Kursk")],
    [S("The Northern Review compiled these entries from official statements, intelligence briefings and press reports; none of the figures can be independently verified.")],
    [S("Dec 16, 2024 – Ukraine’s Special Operations Forces say they killed or wounded about 30 North Korean soldiers near Plekhovo, in what they call their first clash with the newcomers.", [
        R("ua-sso", "Special Operations Forces of Ukraine", "north_korean", "killed_or_wounded", "approximate",
          "about 30", "incident", relays=NR, best=30),
    ])],
    [S("Dec 23 – Ukraine’s presidential office says North Korean losses in the first week of heavy fighting exceed 1,500 killed and wounded.", [
        R("ua-presidential-office", "Office of the President of Ukraine", "north_korean", "killed_or_wounded",
          "more_than", "exceed 1,500", "period", relays=NR, low=1500, notes="'exceed' = more than; the first week is a stated period"),
    ])],
    [S("Jan 4, 2025 – The military intelligence agency HUR reports 92 North Korean dead in a single day around Malaya Loknya and Kurilovka.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "exact", "92", "period",
          relays=NR, low=92, best=92, high=92, notes="a stated day over two villages: a period, not one incident"),
    ])],
    [S("Jan 11 – The SBU security service says it captured two North Korean soldiers on Jan 9 and 10, one of them with a jaw wound.", [
        R("ua-sbu", "Security Service of Ukraine (SBU)", "north_korean", "captured", "exact", "two", "period",
          relays=NR, low=2, best=2, high=2),
        R("ua-sbu", "Security Service of Ukraine (SBU)", "north_korean", "wounded", "exact", "one", "period",
          relays=NR, low=1, best=1, high=1, notes="the wounded man is one of the two captured; never added to them"),
    ])],
    [S("Jan 13 – Seoul’s spy agency tells lawmakers that 400 North Koreans have been killed and 2,600 wounded.", [
        R("kr-nis", NIS, "north_korean", "killed", "exact", "400", "cumulative", relays="lawmakers > " + NR,
          low=400, best=400, high=400),
        R("kr-nis", NIS, "north_korean", "wounded", "exact", "2,600", "cumulative", relays="lawmakers > " + NR,
          low=2600, best=2600, high=2600),
    ])],
    [S("Feb 2 – Ukraine’s Ground Forces say two North Korean battalions “ceased to exist” in January’s fighting near Kurilovka.", [
        R("ua-ground-forces", "Ground Forces of Ukraine", "north_korean", "casualties_unspecified", "exact", "two",
          "period", relays=NR, counted_in="battalions", low=2, best=2, high=2,
          notes="formations that 'ceased to exist': undefined loss counted in battalions; January"),
    ])],
    [S("Mar 12 – Moscow announces the recapture of Sudzha; Russia’s General Staff says Ukraine lost “up to 400” servicemen in the town that day alone, which Kyiv denies.", [
        R("ru-general-staff", "General Staff of the Russian Armed Forces", "ukrainian", "casualties_unspecified",
          "at_most", "up to 400", "incident", relays=NR, high=400, notes="disputed by Kyiv; one town, one day"),
    ])],
    [S("Apr 28 – Pyongyang confirms for the first time that its troops fought in Kursk, without giving any casualty figures.",
       trap="a date; an acknowledgement with no loss stated")],
    [S("Apr 30 – The NIS raises its estimate to 1,200 killed and 4,300 wounded.", [
        R("kr-nis", NIS, "north_korean", "killed", "exact", "1,200", "cumulative", relays=NR,
          low=1200, best=1200, high=1200, notes="revised total; supersedes the January 400"),
        R("kr-nis", NIS, "north_korean", "wounded", "exact", "4,300", "cumulative", relays=NR,
          low=4300, best=4300, high=4300, notes="revised total; supersedes the January 2,600"),
    ])],
    [S("Aug 21 – State television shows Kim Jong Un placing medals beside portraits of the dead at a 50-minute ceremony in Pyongyang.",
       trap="a date and the ceremony's length")],
    [S("Sept 4 – A Pentagon spokesman says North Korea has lost “roughly a quarter” of the 15,000 troops it has rotated through Kursk.", [
        R("us-dod", DOD, "north_korean", "casualties_unspecified", "approximate", "roughly a quarter", "cumulative",
          relays=NR, counted_in="percent_of_force", best=25, notes="a quarter = 25 percent of the 15,000"),
        R("us-dod", DOD, "north_korean", "deployed", "exact", "15,000", "stock", relays=NR,
          low=15000, best=15000, high=15000, notes="all rotated through, recorded as deployed"),
    ])],
    [S("Oct 30 – A year after the first units arrived, HUR puts North Korean deaths at about 2,300; the Kremlin calls the figure “propaganda.”", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "approximate", "about 2,300",
          "cumulative", relays=NR, best=2300, notes="disputed by the Kremlin, which gives no figure"),
    ])],
    [S("Nov 18 – Russia’s defence ministry claims that more than 1,100 Ukrainian troops were killed or wounded around Tetkino “over the past month.”", [
        R("ru-mod", MOD, "ukrainian", "killed_or_wounded", "more_than", "more than 1,100", "period", relays=NR, low=1100),
    ])],
    [S("Dec 10 – The NIS warns that the North could suffer as many as 3,000 more casualties by spring if it sends the 6,000 additional troops Kim Jong Un is said to have promised Moscow.", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "at_most", "as many as 3,000", "period",
          relays=NR, modality="conditional", high=3000, notes="if-then projection to the spring"),
        R("kr-nis", NIS, "north_korean", "deployed", "exact", "6,000", "stock", relays=NR, modality="projected",
          low=6000, best=6000, high=6000, notes="a promised deployment not yet made: projected"),
    ])],
    [S("By our count, the published estimates of North Korean dead range from 400 to about 2,300, depending on who is counting and when.",
       trap="the magazine's summary of others' estimates, not a new claim")],
]

SPECS = {
    "n01-seoul-wire-nis-briefing": n01,
    "n02-brigade-statement-regional-site": n02,
    "n03-kremlin-briefing-russian-wire": n03,
    "n04-translated-french-feature": n04,
    "n05-us-congressional-hearing": n05,
    "n06-telegram-weekly-tally": n06,
    "n07-seoul-defense-ministry-qa": n07,
    "n08-magazine-timeline": n08,
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
