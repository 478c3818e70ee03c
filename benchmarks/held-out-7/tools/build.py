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


# ---------------------------------------------------------------- s01
# A Japanese wire agency's Seoul-datelined report: the NIS briefing relayed by lawmakers, a Tokyo angle.
NP = "Nichiyo Press"
s01_lead = S("SEOUL, Jan. 15 Nichiyo Press - About 3,000 North Korean soldiers have been killed or wounded since they were thrown into combat in Russia's Kursk region last month, South Korea's spy agency told lawmakers Wednesday.", [
    R("kr-nis", "South Korea's spy agency", "north_korean", "killed_or_wounded", "approximate", "About 3,000",
      "cumulative", relays="lawmakers > " + NP, best=3000,
      notes="'since they were thrown into combat' makes it a running total; the spy agency is the NIS (named later)"),
])
s01 = [
    [S("North Korean troops killed or wounded in Kursk reach about 3,000: Seoul", trap=restates(s01_lead))],
    [s01_lead],
    [S("Around 300 of them were killed and some 2,700 wounded, Rep. Kwon Seong-min of the ruling People Power Party told reporters after the closed-door session of the parliamentary intelligence committee.", [
        R("kr-nis", "South Korea's spy agency (via Rep. Kwon)", "north_korean", "killed", "approximate", "Around 300",
          "cumulative", relays="Rep. Kwon Seong-min > " + NP, best=300,
          notes="breakdown of the NIS running total; the lawmaker relays the closed briefing"),
        R("kr-nis", "South Korea's spy agency (via Rep. Kwon)", "north_korean", "wounded", "approximate", "some 2,700",
          "cumulative", relays="Rep. Kwon Seong-min > " + NP, best=2700),
     ]),
     S("The National Intelligence Service (NIS) believes the casualties were concentrated in poorly coordinated daytime assaults across open snowfields, Kwon said.")],
    [S("The NIS said North Korea, which sent some 11,000 soldiers to Russia last autumn, appeared to be preparing a second dispatch.", [
        R("kr-nis", "The NIS", "north_korean", "deployed", "approximate", "some 11,000", "stock",
          relays="lawmakers > " + NP, best=11000, notes="troops sent, not lost"),
     ]),
     S("It also said Pyongyang had shipped around 200 long-range artillery pieces and multiple rocket launchers to Russia since November.",
       trap="artillery pieces shipped: equipment, not people")],
    [S("The agency confirmed that two North Korean soldiers had been captured by Ukrainian forces over the weekend, in what Kwon called the first such case.", [
        R("kr-nis", "The agency (NIS)", "north_korean", "captured", "exact", "two", "period",
          relays="Rep. Kwon Seong-min > " + NP, low=2, best=2, high=2,
          notes="'Ukrainian forces' are the captors, not whose losses; 'over the weekend' is a stated window"),
     ]),
     S("One of them, a 20-year-old rifleman, told Ukrainian interrogators that his battalion had lost a third of its men in a single assault, according to the NIS account relayed by Kwon.", [
        R("kp-captured-soldier", "a 20-year-old North Korean rifleman (prisoner)", "north_korean", "casualties_unspecified",
          "approximate", "a third", "incident", counted_in="percent_of_force",
          relays="Ukrainian interrogators > NIS > Rep. Kwon Seong-min > " + NP, best=33.33,
          notes="share of his battalion; 'One of them' and '20-year-old' identify the speaker and are not counts; 'lost' undefined"),
     ])],
    [S("In Tokyo, a senior Defense Ministry official told Nichiyo Press that Japan's own estimate so far was \"somewhat lower,\" at 2,000 to 2,500 killed or wounded, but declined to explain how it was reached.", [
        R("jp-mod", "a senior (Japanese) Defense Ministry official", "north_korean", "killed_or_wounded", "range",
          "2,000 to 2,500", "cumulative", relays=NP, low=2000, high=2500,
          notes="unnamed official of a named ministry takes the ministry's id; 'so far' = running total"),
     ])],
    [S("Ukraine's military intelligence agency said Sunday that the toll was far higher, putting North Korean losses at more than 4,000 killed and wounded in the past month alone.", [
        R("ua-gur", "Ukraine's military intelligence agency", "north_korean", "killed_or_wounded", "more_than",
          "more than 4,000", "period", relays=NP, low=4000,
          notes="'killed and wounded' is one combined figure; 'in the past month' is a stated window"),
     ]),
     S("Foreign ministers of Japan and South Korea agreed at talks in Seoul on Monday to step up intelligence-sharing on the deployment, their first such pledge in two years.",
       trap="'two years' is an interval between diplomatic pledges"),
     S("North Korea has not acknowledged sending troops, and Russia's Foreign Ministry on Tuesday dismissed reports of their presence as \"Western fabrications.\"")],
]

# ---------------------------------------------------------------- s02
# A Nordic public broadcaster's English-service radio interview, as a transcript with speaker labels.
s02 = [
    [S("TRANSCRIPT | Radio Nordica English Service, \"The World Tonight\", broadcast Friday 7 March 2025, 18:10 CET",
       trap="broadcast date and time")],
    [S("MAIJA RANTANEN (presenter): Three months after North Korean soldiers first went into battle in Kursk, how many of them are still fighting?",
       trap="'Three months' is elapsed time; the question gives no figure"),
     S("With me in the studio is Colonel Henrik Saarinen, retired, who was Finland's defence attaché in Kyiv."),
     S("Colonel, what do the numbers look like?")],
    [S("HENRIK SAARINEN: Well, the Ukrainians say they have killed or wounded roughly 4,000 of them by now, and I think that's plausible.", [
        R("ua-officials", "the Ukrainians", "north_korean", "killed_or_wounded", "approximate", "roughly 4,000",
          "cumulative", relays="Henrik Saarinen", best=4000,
          notes="'the Ukrainians' is Ukraine's side, unnamed; the guest relays it; 'by now' = running total"),
     ]),
     S("My own reading is closer to 4,500, because the first fortnight was a catastrophe for them.", [
        R("fi-saarinen", "Colonel Henrik Saarinen (retired Finnish attaché)", "north_korean", "killed_or_wounded",
          "approximate", "closer to 4,500", "cumulative", best=4500,
          notes="his own estimate; the measure is carried from his previous sentence (killed or wounded)"),
     ]),
     S("In the December assaults they were losing something like 150 men a day, walking across open fields in tight groups.", [
        R("fi-saarinen", "Henrik Saarinen", "north_korean", "casualties_unspecified", "approximate",
          "something like 150", "period", counted_in="people_per_day", best=150,
          notes="a rate over a stated window ('the December assaults'); 'losing' undefined"),
     ]),
     S("I was posted in Kyiv from 2016 to 2019, and I never saw Ukrainian units publish their claims in such detail.",
       trap="years of the guest's posting")],
    [S("RANTANEN: And the Russians themselves?"),
     S("SAARINEN: Much harder to say."),
     S("British defence intelligence said this week that Russia is losing about 1,300 men a day across the whole front, killed and wounded together, but nobody breaks out Kursk.", [
        R("gb-defence-intelligence", "British defence intelligence", "russian", "killed_or_wounded", "approximate",
          "about 1,300", "unspecified", counted_in="people_per_day", relays="Henrik Saarinen", best=1300,
          notes="whole front, not Kursk; 'this week' dates the statement, not the rate's basis window"),
     ])],
    [S("RANTANEN: Earlier this week we spoke to General Oleksandr Drozd, who commands Ukrainian forces in the Kursk salient."),
     S("OLEKSANDR DROZD (through an interpreter): Of the three brigades they brought, one no longer exists as a fighting unit, and the second has lost about half its people.", [
        R("ua-drozd", "General Oleksandr Drozd (Ukrainian commander)", "north_korean", "casualties_unspecified", "exact",
          "one", "unspecified", counted_in="brigades", low=1, best=1, high=1,
          notes="'they' are the North Koreans (the programme's subject); 'three brigades they brought' is a deployment in formations, not people, so no deployed row; speaks on air, no relay"),
        R("ua-drozd", "General Oleksandr Drozd", "north_korean", "casualties_unspecified", "approximate",
          "about half", "unspecified", counted_in="percent_of_force", best=50,
          notes="share of the second brigade"),
     ]),
     S("They are brave, but they are used like ammunition.")],
    [S("RANTANEN: Moscow tells a very different story."),
     S("SAARINEN: The Russian defence ministry claims Ukraine has lost more than 50,000 men in what it calls the Kursk adventure, which I would not take seriously.", [
        R("ru-mod", "The Russian defence ministry", "ukrainian", "casualties_unspecified", "more_than",
          "more than 50,000", "cumulative", relays="Henrik Saarinen", low=50000,
          notes="cited only to be dismissed; still the ministry's claim"),
     ]),
     S("But if Pyongyang keeps feeding men in at this rate, it could lose another 5,000 by the summer.", [
        R("fi-saarinen", "Henrik Saarinen", "north_korean", "casualties_unspecified", "exact", "another 5,000",
          "period", modality="conditional", low=5000, best=5000, high=5000,
          notes="if-then: losses from now to the summer, additional to those so far"),
     ])],
    [S("RANTANEN: Colonel Henrik Saarinen, thank you.")],
]

# ---------------------------------------------------------------- s03
# A Ukrainian regional (Sumy oblast) news site retelling a brigade's Telegram post, with a "Reminder" paragraph.
ST = "Sumshchyna Today"
s03_body = S("According to the paratroopers, drone operators and artillery killed 41 North Korean soldiers and 21 Russian marines during the assault, and wounded \"at least as many again\".", [
    R("ua-95th-brigade", "the paratroopers (95th Polissia Airborne Assault Brigade)", "north_korean", "killed", "exact",
      "41", "incident", relays=ST, low=41, best=41, high=41),
    R("ua-95th-brigade", "the paratroopers (95th Polissia Airborne Assault Brigade)", "russian", "killed", "exact",
      "21", "incident", relays=ST, low=21, best=21, high=21),
    R("ua-95th-brigade", "the paratroopers (95th Polissia Airborne Assault Brigade)", "russian_and_north_korean",
      "wounded", "none", "", "incident", relays=ST,
      notes="'as many again' is relative; no figure computed from 41 and 21"),
])
s03 = [
    [S("Paratroopers repel combined assault near Sverdlikovo: 62 occupiers eliminated", [
        R("author", "Sumshchyna Today (headline)", "russian_and_north_korean", "killed", "exact", "62", "incident",
          low=62, best=62, high=62, derived=s03_body,
          notes="the site's own sum of 41 North Korean and 21 Russian dead in the body"),
     ])],
    [S("Sumshchyna Today | 20.02.2025, 09:42 | Army", trap="publication timestamp")],
    [S("Soldiers of the 95th Polissia Airborne Assault Brigade repelled an assault by North Korean and Russian infantry near Sverdlikovo in Kursk region on Tuesday morning, the brigade reported on its Telegram channel.",
       trap="'95th' is the brigade's number; no loss figure")],
    [s03_body,
     S("The brigade published a 40-second video that, it says, shows the column being hit on the approach to the village.",
       trap="length of a video"),
     S("The village lies about 4 km from the state border.", trap="distance")],
    [S("One North Korean fighter was taken prisoner, the post says, the third captured in the sector this month.", [
        R("ua-95th-brigade", "the brigade's post", "north_korean", "captured", "exact", "One", "incident",
          relays=ST, low=1, best=1, high=1),
        R("ua-95th-brigade", "the brigade's post", "north_korean", "captured", "exact", "the third", "period",
          relays=ST, low=3, best=3, high=3,
          notes="the ordinal states the month's count of prisoners in the sector (3), including this one"),
     ])],
    [S("Over the past week, the brigade counts 137 enemy soldiers killed and 215 wounded in its area of responsibility.", [
        R("ua-95th-brigade", "the brigade", "russian_and_north_korean", "killed", "exact", "137", "period",
          relays=ST, low=137, best=137, high=137,
          notes="'enemy' in a sector the text says both armies attack: mixed"),
        R("ua-95th-brigade", "the brigade", "russian_and_north_korean", "wounded", "exact", "215", "period",
          relays=ST, low=215, best=215, high=215),
     ])],
    [S("Earlier, the commander of Ukraine's Air Assault Forces, Brigadier General Taras Oliinyk, said on the Ukrainska Pravda live stream that the North Korean units in the sector had \"run out of steam\" after losing up to 40% of their personnel.", [
        R("ua-oliinyk", "Brigadier General Taras Oliinyk (Air Assault Forces commander)", "north_korean",
          "casualties_unspecified", "at_most", "up to 40%", "cumulative", counted_in="percent_of_force",
          relays="Ukrainska Pravda > " + ST, high=40,
          notes="share of the units' personnel lost to that point"),
     ])],
    [S("In Sumy region itself, Russian shelling killed two civilians and wounded five in the Krasnopillia community on Wednesday, the regional military administration said.",
       trap="civilians in Ukraine, not military losses")],
    [S("Reminder: according to the General Staff, Russia's losses in the Kursk direction since August 6, 2024 have reached 38,900 servicemen, of whom more than 16,000 were killed.", [
        R("ua-general-staff", "the General Staff (of Ukraine's armed forces)", "russian", "casualties_unspecified",
          "exact", "38,900", "cumulative", relays=ST, low=38900, best=38900, high=38900,
          notes="'losses' undefined; 'August 6, 2024' is the start of the running total"),
        R("ua-general-staff", "the General Staff", "russian", "killed", "more_than", "more than 16,000",
          "cumulative", relays=ST, low=16000),
     ])],
]

# ---------------------------------------------------------------- s04
# A US Senate Armed Services Committee hearing transcript excerpt.
s04_ans = S("Our assessment is that of the roughly 12,000 North Korean soldiers sent into the Kursk region, somewhere between 4,000 and 5,000 have been killed or wounded to date.", [
    R("us-kessler", "General Kessler (US European Command)", "north_korean", "deployed", "approximate",
      "roughly 12,000", "stock", best=12000, notes="troops sent, a deployment figure"),
    R("us-kessler", "General Kessler (US European Command)", "north_korean", "killed_or_wounded", "range",
      "between 4,000 and 5,000", "cumulative", low=4000, high=5000, notes="'to date' = running total"),
])
s04 = [
    [S("UNITED STATES SENATE, COMMITTEE ON ARMED SERVICES: hearing on the posture of U.S. European Command, Tuesday, April 8, 2025 (excerpt)",
       trap="hearing date")],
    [S("SENATOR HOLLOWAY: General, I want to turn to the North Koreans."),
     S("When you briefed us in closed session you gave a figure for their losses in Kursk; can you repeat it here?")],
    [S("GENERAL KESSLER: I can, Senator."),
     s04_ans,
     S("Of those, we judge that a little over 1,000 were killed.", [
        R("us-kessler", "General Kessler", "north_korean", "killed", "more_than", "a little over 1,000",
          "cumulative", low=1000),
     ])],
    [S("SENATOR HOLLOWAY: So roughly a third of the force.", [
        R("us-holloway", "Senator Holloway", "north_korean", "killed_or_wounded", "approximate", "roughly a third",
          "cumulative", counted_in="percent_of_force", best=33.33, derived=s04_ans,
          notes="the senator's own arithmetic from the general's figures (4,000-5,000 of 12,000); shown beside them, not a separate estimate"),
     ]),
     S("GENERAL KESSLER: In that neighborhood, yes, and it is heavily concentrated in the assault units."),
     S("The rate peaked in January, when they were taking on the order of 100 casualties a day.", [
        R("us-kessler", "General Kessler", "north_korean", "casualties_unspecified", "approximate",
          "on the order of 100", "period", counted_in="people_per_day", best=100,
          notes="rate over a stated month (January); 'casualties' undefined"),
     ])],
    [S("SENATOR PRUITT: And the Russians — what are they losing there?"),
     S("GENERAL KESSLER: In the Kursk operation specifically, I would put Russian killed and wounded since last August in the range of 20,000 to 25,000.", [
        R("us-kessler", "General Kessler", "russian", "killed_or_wounded", "range", "20,000 to 25,000",
          "cumulative", low=20000, high=25000, notes="'since last August' = running total"),
     ]),
     S("I would caution that it is a low-confidence number."),
     S("The North has also shipped Russia more than 100 ballistic missiles since December, which worries me more than the troops.",
       trap="missiles: equipment, not people")],
    [S("SENATOR PRUITT: Moscow says the Ukrainians have lost 60,000 in Kursk.", [
        R("ru-officials", "Moscow", "ukrainian", "casualties_unspecified", "exact", "60,000", "cumulative",
          relays="Senator Pruitt", low=60000, best=60000, high=60000,
          notes="'Moscow' as claimant = the Russian state, unnamed; cited to be disputed"),
     ]),
     S("GENERAL KESSLER: We don't find that credible."),
     S("Ukrainian losses there are a fraction of that, and our figure is in the classified annex.", [
        R("us-kessler", "General Kessler", "ukrainian", "casualties_unspecified", "none", "", "unspecified",
          notes="a loss stated with no number; 'a fraction of that' is not converted"),
     ])],
    [S("SENATOR PRUITT: If North Korea sends the additional 6,000 troops your command expects this summer, what happens?", [
        R("us-kessler", "your command (General Kessler's European Command)", "north_korean", "deployed", "exact",
          "6,000", "stock", modality="projected", relays="Senator Pruitt", low=6000, best=6000, high=6000,
          notes="an expected deployment, attributed by the senator to the witness's command"),
     ]),
     S("GENERAL KESSLER: If they are used the way the first contingent was, I would expect them to lose a third of that number within three months.", [
        R("us-kessler", "General Kessler", "north_korean", "casualties_unspecified", "approximate", "a third",
          "period", counted_in="percent_of_force", modality="conditional", best=33.33,
          notes="if-then; share of the 6,000 expected troops; 'within three months' is the window"),
     ])],
    [S("SENATOR HOLLOWAY: In January the Pentagon told reporters that \"hundreds\" had been killed.", [
        R("us-dod", "the Pentagon", "north_korean", "killed", "vague", "hundreds", "cumulative",
          relays="Senator Holloway", low=200, high=999,
          notes="running total as of January, recalled by the senator"),
     ]),
     S("Was that an undercount?"),
     S("GENERAL KESSLER: It was accurate at the time; the numbers rose sharply in February.")],
    [S("THE CHAIRMAN: The committee will stand in recess for ten minutes.", trap="duration of a recess")],
]

# ---------------------------------------------------------------- s05
# A Seoul English-language daily: NIS briefing relayed by two lawmakers, revised toll, a list of claimants.
KT = "The Korea Tribune"
s05_lead = S("The National Intelligence Service (NIS) now estimates that some 2,300 North Korean soldiers have died fighting for Russia since they were deployed last October, up from the 700 it reported in April, lawmakers said Thursday after a closed-door briefing.", [
    R("kr-nis", "The National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "some 2,300",
      "cumulative", relays="lawmakers > " + KT, best=2300, notes="revised running total; 'died' = killed"),
    R("kr-nis", "The National Intelligence Service (NIS)", "north_korean", "killed", "exact", "700",
      "cumulative", relays="lawmakers > " + KT, low=700, best=700, high=700,
      notes="the NIS's earlier (April) total, superseded by 2,300 but still a claim the text states"),
])
s05 = [
    [S("NIS puts North Korean war dead in Russia at some 2,300", trap=restates(s05_lead))],
    [S("By Yoon Seo-yeon | Sept. 4, 2025, 18:55", trap="byline date and time")],
    [s05_lead],
    [S("Including the wounded, casualties now stand at roughly 6,000, said Rep. Park Sun-woo of the Democratic Party, who briefed reporters together with Rep. Lee Chang-ho of the People Power Party.", [
        R("kr-nis", "NIS (via Rep. Park Sun-woo)", "north_korean", "killed_or_wounded", "approximate",
          "roughly 6,000", "cumulative", relays="Rep. Park Sun-woo > " + KT, best=6000,
          notes="'Including the wounded' defines casualties as dead plus wounded; Park relays the briefing, Lee is only present"),
     ])],
    [S("According to Park, the spy agency attributed the jump mainly to the spring counteroffensive to retake Sudzha, when North Korean units led the assaults and lost as many as 1,500 men in five weeks.", [
        R("kr-nis", "the spy agency (NIS)", "north_korean", "casualties_unspecified", "at_most", "as many as 1,500",
          "period", relays="Rep. Park Sun-woo > " + KT, high=1500,
          notes="'lost ... men' undefined; 'in five weeks' is a stated window"),
     ])],
    [S("Some 11,000 troops were initially dispatched, and the North has since rotated in about 3,000 more, along with 1,000 military engineers for mine clearance, the NIS said.", [
        R("kr-nis", "the NIS", "north_korean", "deployed", "approximate", "Some 11,000", "stock",
          relays="lawmakers > " + KT, best=11000),
        R("kr-nis", "the NIS", "north_korean", "deployed", "approximate", "about 3,000", "stock",
          relays="lawmakers > " + KT, best=3000, notes="reinforcements sent, an increment to the first dispatch"),
        R("kr-nis", "the NIS", "north_korean", "deployed", "exact", "1,000", "stock",
          relays="lawmakers > " + KT, low=1000, best=1000, high=1000, notes="military engineers (deminers)"),
     ]),
     S("The agency also detected signs that Pyongyang had received about 20 air-defense systems from Moscow in return.",
       trap="air-defence systems: equipment")],
    [S("U.S. and South Korean officials, speaking on condition of anonymity, separately put the number of dead at more than 2,000 in remarks to The Korea Tribune last week.", [
        R("us-officials", "U.S. officials (unnamed)", "north_korean", "killed", "more_than", "more than 2,000",
          "cumulative", relays=KT, low=2000, notes="a list of two claimants: one row each"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed", "more_than",
          "more than 2,000", "cumulative", relays=KT, low=2000),
     ])],
    [S("Pyongyang, which acknowledged only in April that its troops had fought in Kursk, last month aired footage of leader Kim Jong Un standing before 18 flag-draped coffins at a ceremony in the capital.", [
        R("kp-state-media", "Pyongyang (North Korean state television)", "north_korean", "killed", "exact", "18",
          "incident", low=18, best=18, high=18,
          notes="the coffins shown are the state's own acknowledgment of these dead at one ceremony, not a total; footage"),
     ])],
    [S("Ukraine's military intelligence, which has put North Korean losses at more than 6,000 killed, did not respond to a request for comment.", [
        R("ua-gur", "Ukraine's military intelligence", "north_korean", "killed", "more_than", "more than 6,000",
          "cumulative", relays=KT, low=6000, notes="an earlier figure cited for contrast; its date is not given"),
     ])],
    [S("Park said the NIS estimates the North has earned about $20 billion from the deployment and arms shipments since 2023.",
       trap="money"),
     S("The briefing lasted two and a half hours, longer than usual.", trap="duration of the briefing")],
]

# ---------------------------------------------------------------- s06
# A German news magazine's English-edition feature: scene-setting opening, a classified BND assessment.
DK = "DER KOMPASS"
s06_bnd = S("According to an assessment by Germany's Federal Intelligence Service (BND) that DER KOMPASS has seen, North Korea has lost some 5,800 soldiers killed or wounded since December, out of a contingent the service puts at 14,000.", [
    R("de-bnd", "Germany's Federal Intelligence Service (BND)", "north_korean", "killed_or_wounded", "approximate",
      "some 5,800", "cumulative", relays=DK, best=5800, notes="'since December' = running total"),
    R("de-bnd", "Germany's Federal Intelligence Service (BND)", "north_korean", "deployed", "exact", "14,000",
      "stock", relays=DK, low=14000, best=14000, high=14000),
])
s06 = [
    [S("The Forgotten Regiments")],
    [S("A classified German intelligence assessment concludes that thousands of Kim Jong Un's soldiers have been killed or wounded in Kursk.", [
        R("author", "DER KOMPASS (dek)", "north_korean", "killed_or_wounded", "vague", "thousands", "cumulative",
          low=2000, high=9999, derived=s06_bnd,
          notes="the magazine's own rounding of the BND's 5,800"),
     ]),
     S("Far fewer of them than Moscow hoped are still fit to fight.")],
    [S("By Katrin Möller and Jonas Albrecht in Berlin and Kyiv | Friday, 13.06.2025", trap="byline date")],
    [S("The soldier in the drone footage cannot be older than 19.", trap="age of a soldier"),
     S("He lies on his side in a frozen ditch outside Malaya Loknya, a Korean-language notebook spilling from his jacket."),
     S("He is one of at least 30 North Korean dead that a Ukrainian drone crew filmed along a single tree line on January 27, footage DER KOMPASS has reviewed.", [
        R("author", "DER KOMPASS (own voice, from footage)", "north_korean", "killed", "at_least", "at least 30",
          "incident", low=30,
          notes="the magazine counts from footage it reviewed; 'Ukrainian' is the crew, not whose losses; 'one of' places the soldier in the count"),
     ])],
    [s06_bnd,
     S("Roughly 2,000 of them, the analysts write, are dead.", [
        R("de-bnd", "the (BND) analysts", "north_korean", "killed", "approximate", "Roughly 2,000", "cumulative",
          relays=DK, best=2000),
     ]),
     S("In the two assault regiments that bore the brunt of the winter fighting, losses ran to well over half of their strength.", [
        R("de-bnd", "the BND assessment", "north_korean", "casualties_unspecified", "more_than", "well over half",
          "period", counted_in="percent_of_force", relays=DK, low=50,
          notes="share of two regiments' strength over the winter; 'two' counts the regiments, not losses"),
     ])],
    [S("A member of the Bundestag's Parliamentary Control Panel, who asked not to be named, said the BND had told the panel in May that North Korean deaths had since fallen to \u201cperhaps a dozen a day,\u201d after Russian commanders stopped throwing the Koreans into massed infantry assaults.", [
        R("de-bnd", "the BND", "north_korean", "killed", "approximate", "a dozen", "unspecified",
          counted_in="people_per_day", relays="a member of the Parliamentary Control Panel > " + DK, best=12,
          notes="rate after a change of tactics, no basis window; 'Russian commanders' are not whose losses"),
     ])],
    [S("The same document estimates Russian losses in Kursk since August 2024 at \u201cmore than 40,000, of whom about 13,000 were killed.\u201d", [
        R("de-bnd", "the BND document", "russian", "casualties_unspecified", "more_than", "more than 40,000",
          "cumulative", relays=DK, low=40000, notes="'losses' undefined"),
        R("de-bnd", "the BND document", "russian", "killed", "approximate", "about 13,000", "cumulative",
          relays=DK, best=13000),
     ]),
     S("That is far below Kyiv's public count and far above anything Moscow has admitted.")],
    [S("\u201cEvery family in those home counties knows by now,\u201d says Ri Song-chol, a former North Korean army officer who fled to Seoul in 2011.",
       trap="year of a defection")],
    [S("Tyotkino, where the Koreans are now dug in, lies barely 2 kilometers from the Ukrainian border.", trap="distance"),
     S("Should the fighting there drag on through the autumn, the BND analysts write, North Korean killed and wounded could pass 10,000 by the end of the year.", [
        R("de-bnd", "the BND analysts", "north_korean", "killed_or_wounded", "more_than", "pass 10,000",
          "cumulative", modality="conditional", relays=DK, low=10000,
          notes="if-then running total looking to the end of 2025"),
     ])],
    [S("Berlin, meanwhile, has pledged a further \u20ac9 billion in military aid to Kyiv for 2025.", trap="money")],
]

# ---------------------------------------------------------------- s07
# A media-monitoring service's digest of Russian official media and Telegram channels, with source lines.
GMM = "Global Media Monitor"
s07 = [
    [S("GLOBAL MEDIA MONITOR | Russia digest | Kursk border: bloggers contest Defence Ministry claims | 6 October 2025",
       trap="digest date")],
    [S("Summary: Russian official media over the weekend amplified Defence Ministry claims of heavy Ukrainian losses near Tyotkino, while several pro-war bloggers complained of mounting Russian casualties in the same area.")],
    [S("Russian Defence Ministry: In its daily bulletin on Sunday, the ministry said Ukrainian forces had lost 'up to 190 servicemen' in the Kursk direction over the previous 24 hours.", [
        R("ru-mod", "the (Russian Defence) ministry", "ukrainian", "casualties_unspecified", "at_most",
          "up to 190", "period", relays=GMM, high=190,
          notes="a count over a stated 24 hours, not a per-day rate"),
     ]),
     S("It put Ukraine's losses in the area since the start of what it calls the counter-terrorist operation in August 2024 at 'more than 79,300 servicemen'.", [
        R("ru-mod", "the ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 79,300",
          "cumulative", relays=GMM, low=79300),
     ]),
     S("The same bulletin said air defences had destroyed 57 Ukrainian drones over Kursk Region overnight.",
       trap="drones: equipment"),
     S("(Source: Russian Defence Ministry Telegram channel, in Russian 0830 gmt 5 Oct 25)", trap="source line: time and date")],
    [S("Security source: State news agency RIA-Format quoted an unnamed 'source in the security agencies' as saying that 'about 40 Ukrainian fighters, 12 of them foreign mercenaries' had surrendered near Tyotkino since mid-September.", [
        R("ru-officials", "an unnamed 'source in the security agencies'", "ukrainian", "captured", "approximate",
          "about 40", "cumulative", relays="RIA-Format > " + GMM, best=40,
          notes="'surrendered' = captured; 'since mid-September' = running total"),
        R("ru-officials", "an unnamed 'source in the security agencies'", "ukrainian", "captured", "exact", "12",
          "cumulative", relays="RIA-Format > " + GMM, low=12, best=12, high=12,
          notes="foreigners serving in Ukraine's forces, counted with Ukraine's side; part of the 40"),
     ])],
    [S("Bloggers: The military blogger Severny Veter, whose Telegram channel has about 540,000 subscribers, wrote on Saturday that an assault company of a marine brigade had been 'reduced to 17 men' after four days of attacks near Tyotkino.", [
        R("ru-severny-veter", "The military blogger Severny Veter", "russian", "casualties_unspecified", "none", "",
          "period", relays=GMM,
          notes="17 are the survivors, not the losses, and the company's strength is not given: a loss with no figure; 540,000 is an audience count"),
     ]),
     S("'We are losing 30 to 40 lads a day for every hundred metres,' he wrote.", [
        R("ru-severny-veter", "Severny Veter", "russian", "casualties_unspecified", "range", "30 to 40",
          "unspecified", counted_in="people_per_day", relays=GMM, low=30, high=40,
          notes="'hundred metres' is a distance; the rate has no basis window"),
     ]),
     S("(Source: Severny Veter Telegram channel, in Russian 1615 gmt 4 Oct 25)", trap="source line: time and date")],
    [S("Another blogger, Aleksandr Khrustalev, who writes as Soldatskaya Pravda, called the ministry's daily figure 'fantasy', writing on Sunday that Ukrainian losses that day had been 'a few dozen' and Russian losses 'three times higher'.", [
        R("ru-khrustalev", "Aleksandr Khrustalev (blogger, Soldatskaya Pravda)", "ukrainian", "casualties_unspecified",
          "vague", "a few dozen", "period", relays=GMM, low=24, high=72,
          notes="disputes the ministry's 190 for the same day"),
        R("ru-khrustalev", "Aleksandr Khrustalev", "russian", "casualties_unspecified", "none", "", "period",
          relays=GMM, notes="'three times higher' is relative to a vague figure; nothing computed"),
     ])],
    [S("State TV: The Sunday news show 'Nedelya v Rossii' on state television said Kyiv had 'thrown more than 2,000 men' into the Tyotkino sector, 'most of whom will not come back'.", [
        R("ru-state-tv", "'Nedelya v Rossii' (Russian state television)", "ukrainian", "deployed", "more_than",
          "more than 2,000", "stock", relays=GMM, low=2000,
          notes="troops committed, not lost; 'most of whom will not come back' is a forecast with no figure"),
     ])],
    [S("Regional authorities: Kursk Region's acting governor, Pavel Ostrovsky, said on Sunday that 11 civilians had been killed by Ukrainian drones in Glushkovo District over the past week.",
       trap="civilians, not military losses")],
    [S("Comment: None of the figures above can be verified independently.")],
]

# ---------------------------------------------------------------- s08
# An intelligence service's public year-end assessment: numbered chapter, judgement language, a figure caption.
s08 = [
    [S("ESTONIAN FOREIGN INTELLIGENCE SERVICE | YEAR-END ASSESSMENT 2025 | Published 12 December 2025",
       trap="report title and publication date")],
    [S("Chapter 4.3: North Korea's expeditionary force in Kursk", trap="chapter number")],
    [S("Between October 2024 and November 2025, North Korea rotated an estimated 15,000 military personnel through Russia's Kursk region, combat troops and military engineers included.", [
        R("author", "Estonian Foreign Intelligence Service (report's own voice)", "north_korean", "deployed",
          "approximate", "an estimated 15,000", "stock", best=15000,
          notes="a throughput over 14 months rather than troops present at one time; kept as deployed, flagged"),
     ]),
     S("At the peak, in January 2025, around 11,500 were present at one time.", [
        R("author", "Estonian Foreign Intelligence Service", "north_korean", "deployed", "approximate",
          "around 11,500", "stock", best=11500, notes="'one time' is not a count"),
     ]),
     S("We assess that the force's combat losses (killed, wounded and missing) amounted to approximately 6,500 by the end of November 2025, of whom at least 2,200 were killed.", [
        R("author", "Estonian Foreign Intelligence Service", "north_korean", "killed_wounded_or_missing",
          "approximate", "approximately 6,500", "cumulative", best=6500,
          notes="the text defines its 'combat losses'"),
        R("author", "Estonian Foreign Intelligence Service", "north_korean", "killed", "at_least",
          "at least 2,200", "cumulative", low=2200),
     ])],
    [S("The heaviest losses came during the six weeks of the Sudzha counteroffensive in February and March, when the force lost on average 120\u2013150 personnel per day.", [
        R("author", "Estonian Foreign Intelligence Service", "north_korean", "killed_wounded_or_missing", "range",
          "120\u2013150", "period", counted_in="people_per_day", low=120, high=150,
          notes="'losses' as the text defined them above; rate over a stated six weeks"),
     ]),
     S("In that period at least two infantry battalions were rendered combat-ineffective and withdrawn for reconstitution.", [
        R("author", "Estonian Foreign Intelligence Service", "north_korean", "casualties_unspecified", "at_least",
          "at least two", "period", counted_in="battalions", low=2),
     ])],
    [S("Pyongyang's own acknowledgement, as reflected in a memorial ceremony shown by North Korean state television in August, appears to cover only a few hundred dead.", [
        R("kp-state-media", "North Korean state television (Pyongyang's own acknowledgement)", "north_korean",
          "killed", "vague", "a few hundred", "cumulative", relays="Estonian Foreign Intelligence Service",
          low=200, high=600, notes="the Service's reading of what the North itself acknowledged"),
     ]),
     S("Two North Korean soldiers captured by Ukraine in January 2025 remain in Ukrainian custody.", [
        R("author", "Estonian Foreign Intelligence Service", "north_korean", "captured", "exact", "Two", "period",
          low=2, best=2, high=2, notes="captured in a stated month; 'Ukrainian custody' is the captor"),
     ]),
     S("Neither was included in the exchanges of May 2025, in which each side returned 1,000 prisoners.",
       trap="prisoners exchanged between Russia and Ukraine, not a loss")],
    [S("Russian forces engaged in the Kursk operation suffered an estimated 45,000\u201350,000 casualties between August 2024 and April 2025.", [
        R("author", "Estonian Foreign Intelligence Service", "russian", "casualties_unspecified", "range",
          "45,000\u201350,000", "period", low=45000, high=50000,
          notes="'casualties' undefined; a stated window that ends with the operation"),
     ])],
    [S("Outlook"),
     S("Should Moscow request a further contingent for the Kursk\u2013Belgorod border in 2026, we expect Pyongyang to provide up to 6,000 additional troops.", [
        R("author", "Estonian Foreign Intelligence Service", "north_korean", "deployed", "at_most", "up to 6,000",
          "stock", modality="conditional", high=6000, notes="if-then deployment for 2026"),
     ]),
     S("At current intensity, North Korean combat losses will likely stay below 100 per week through the first half of 2026.", [
        R("author", "Estonian Foreign Intelligence Service", "north_korean", "killed_wounded_or_missing",
          "fewer_than", "below 100", "period", counted_in="people_per_week", modality="projected", high=100,
          notes="forecast rate over a stated future window; 'combat losses' as defined above"),
     ]),
     S("We estimate the regime's earnings from the deployment, in cash, oil and military technology, at no less than USD 2 billion a year.",
       trap="money")],
    [S("Figure 9: Estimated North Korean personnel in Russia, October 2024 to November 2025 (thousands)",
       trap="figure caption")],
]

SPECS = {
    "s01-japanese-wire-seoul": s01,
    "s02-nordic-radio-interview-transcript": s02,
    "s03-ukrainian-oblast-news-site": s03,
    "s04-us-senate-hearing-excerpt": s04,
    "s05-seoul-english-daily-nis-briefing": s05,
    "s06-german-newsmagazine-feature": s06,
    "s07-media-monitoring-digest": s07,
    "s08-intelligence-year-end-assessment": s08,
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
