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


# ---------------------------------------------------------------- q01
# Korea JoongAng Daily-style report of a lawmaker's briefing after a closed NIS session.
CHANG = "Rep. Chang Min-seok"
q01_lede = S("North Korean soldiers fighting in Russia’s Kursk region had suffered about 400 deaths and some 3,100 injuries as of Jan. 20, the National Intelligence Service (NIS) told lawmakers on Wednesday, according to a ruling party legislator who attended the closed-door session.", [
    R("kr-nis", "National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 400",
      "cumulative", relays=CHANG, best=400,
      notes="running total 'as of Jan. 20'; the legislator is named in the next sentence"),
    R("kr-nis", "National Intelligence Service (NIS)", "north_korean", "wounded", "approximate", "some 3,100",
      "cumulative", relays=CHANG, best=3100, notes="'injuries' = wounded; same running total"),
])
q01 = [
    [S("Some 3,500 North Korean troops killed or wounded in Kursk, spy agency tells lawmakers", [
        R("author", "The newspaper (headline)", "north_korean", "killed_or_wounded", "approximate", "Some 3,500",
          "cumulative", best=3500, derived=q01_lede,
          notes="headline adds the lede's about 400 dead and some 3,100 injured; the outlet's own sum, though it names the spy agency"),
    ])],
    [q01_lede,
     S("Rep. Chang Min-seok, a ruling party member of the National Assembly’s Intelligence Committee, relayed the figures to reporters after the three-hour session.",
       trap="length of the briefing; relays the lede's figures without restating them")],
    [S("The numbers mark a steep rise from the agency’s previous assessment in mid-December, when it said only about 100 North Korean soldiers had been killed.", [
        R("kr-nis", "National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 100",
          "cumulative", best=100,
          notes="earlier, superseded NIS estimate (mid-December), recalled by the paper; 'the agency' = NIS from the lede; no relay named"),
    ]),
     S("“The North sent about 12,000 men, and by our count more than a quarter of them are now out of action,” Chang quoted an agency official as saying.", [
         R("kr-nis", "National Intelligence Service (NIS)", "north_korean", "deployed", "approximate", "about 12,000",
           "stock", relays=CHANG, best=12000, notes="troops sent, not lost"),
         R("kr-nis", "National Intelligence Service (NIS)", "north_korean", "casualties_unspecified", "more_than",
           "more than a quarter", "cumulative", relays=CHANG, counted_in="percent_of_force", low=25,
           notes="'out of action' is undefined, so casualties_unspecified; a share of the 12,000 sent"),
     ])],
    [S("According to Chang, the NIS attributed the toll to the troops’ inexperience with drones and to Russian commanders who used them as expendable assault infantry."),
     S("The agency also confirmed that Ukrainian special forces had captured two North Korean soldiers alive on Jan. 8, he said.", [
         R("kr-nis", "National Intelligence Service (NIS)", "north_korean", "captured", "exact", "two",
           "incident", relays=CHANG, low=2, best=2, high=2,
           notes="'Ukrainian special forces' are the captors; the counted men are North Korean"),
     ]),
     S("Pyongyang could send another 4,000 to 5,000 troops by spring to make up for its losses, the NIS assessed.", [
         R("kr-nis", "National Intelligence Service (NIS)", "north_korean", "deployed", "range", "4,000 to 5,000",
           "stock", relays=CHANG, modality="projected", low=4000, high=5000,
           notes="a forecast of further troops sent, not of losses; still relayed by Chang"),
     ])],
    [S("Ukraine’s military intelligence agency has put the toll higher, saying last week that 4,200 North Koreans had been killed or wounded.", [
         R("ua-gur", "Ukraine's military intelligence agency (GUR)", "north_korean", "killed_or_wounded", "exact",
           "4,200", "cumulative", low=4200, best=4200, high=4200,
           notes="combined measure kept combined; described, not named"),
     ]),
     S("Russia has never acknowledged that North Korean troops are on its soil.")],
    [S("Separately, the Joint Chiefs of Staff said Tuesday that the North had shipped roughly 200 self-propelled guns and multiple rocket launchers to Russia since last summer.",
       trap="equipment shipped, not people")],
    [S("An NIS official who spoke on condition of anonymity cautioned that the agency’s numbers were drawn from “multiple channels” and would likely be revised."),
     S("Chang added that the casualties in barely six weeks of combat already exceeded anything the North had suffered abroad since it sent fighter pilots to North Vietnam in the 1960s.",
       trap="duration and a historical comparison with another war; no figure")],
]

# ---------------------------------------------------------------- q02
# Meduza-style investigation of a region's funerals.
q02_count = S("Between them, those pages announced the funerals of 41 servicemen killed in the Kursk region in January and of 22 more killed there in February.", [
    R("author", "The outlet's own count", "russian", "killed", "exact", "41", "period", low=41, best=41, high=41,
      notes="the text's own count of announced funerals, for January"),
    R("author", "The outlet's own count", "russian", "killed", "exact", "22", "period", low=22, best=22, high=22,
      notes="'22 more', for February; not added to the 41"),
])
q02_soldier = S("Relatives said several of the dead had served in the same assault company, which, according to a wounded soldier now in hospital in Chita, lost about half of its men in a single attack near Sudzha in late January.", [
    R("ru-wounded-soldier-chita", "A wounded soldier in hospital in Chita (unnamed)", "russian", "casualties_unspecified",
      "approximate", "about half", "incident", counted_in="percent_of_force", best=50,
      notes="'lost' undefined; a share of one company in one attack; the soldier, not the relatives, gives the share"),
])
q02 = [
    [S("Sixty-three coffins: what the Kursk counteroffensive cost the villages of Transbaikalia", [
        R("author", "The outlet's own count (headline)", "russian", "killed", "exact", "Sixty-three", "period",
          low=63, best=63, high=63, derived=q02_count,
          notes="headline adds the body's 41 (January) and 22 (February)"),
    ])],
    [S("In the first weeks of 2025, the small towns and villages of Zabaykalsky Krai began burying men who had been killed in a region most of them had never seen before the war: Kursk.",
       trap="year only; no figure of the dead"),
     S("To count them, our reporters read obituaries on VKontakte, the websites of eleven district administrations and the pages of village schools, which often post farewell notices for former pupils.",
       trap="number of sources searched, not losses"),
     q02_count],
    [S("At least 17 of the dead had signed contracts straight out of prison colonies.", [
        R("author", "The outlet's own count", "russian", "killed", "at_least", "At least 17", "period", low=17,
          notes="a subset of the 63 counted, not additional"),
    ]),
     S("The youngest, a tractor driver from Aginskoye, was 19; the oldest, a father of four, was 58.",
       trap="ages and children, not losses")],
    [S("“In our village alone we buried four men in one week,” said Tatyana, a librarian at a school in Mogoytuy district who asked that her surname not be used.", [
        R("ru-resident-tatyana", "Tatyana, a school librarian in Mogoytuy district", "russian", "killed", "exact",
          "four", "period", low=4, best=4, high=4, notes="claimant after the quote; 'one week' is the window"),
    ]),
     q02_soldier,
     S("“If they send the company back in before it is brought up to strength, we will be burying another fifty by summer,” he said.", [
         R("ru-wounded-soldier-chita", "A wounded soldier in hospital in Chita (unnamed)", "russian", "killed",
           "exact", "another fifty", "period", modality="conditional", low=50, best=50, high=50,
           notes="if-then forecast; 'he' is the soldier of the preceding sentence"),
     ])],
    [S("The governor’s press service, asked about our count, said that “fewer than thirty” natives of the region had been killed in Kursk region since the New Year and that every family had received the payments it was owed.", [
        R("ru-zabaykalsky-govt", "Press service of the Zabaykalsky Krai governor", "russian", "killed",
          "fewer_than", "fewer than thirty", "cumulative", high=30,
          notes="cited to be contradicted by the text's own count; 'since the New Year' is open-ended"),
    ]),
     S("Those payments include a one-off regional grant of 1 million rubles on top of federal compensation of about 5 million.",
       trap="money")],
    [S("Nationwide, the independent outlet Mediazona and the BBC’s Russian service have confirmed by name more than 1,900 soldiers killed in the Kursk region since August 2024.", [
        R("mediazona", "Mediazona", "russian", "killed", "more_than", "more than 1,900", "cumulative", low=1900,
          notes="joint count of named dead; one row per claimant"),
        R("bbc-russian", "BBC Russian service", "russian", "killed", "more_than", "more than 1,900", "cumulative",
          low=1900, notes="joint count of named dead; one row per claimant"),
    ]),
     S("Their lists, like ours, include only those whose deaths were made public, and both outlets warn that the real toll is far higher.")],
]

# ---------------------------------------------------------------- q03
# A Ukrainian military spokesperson's evening video address, transcribed.
HNATIUK = "Col. Oleksandr Hnatiuk"
OCN = "Northern Operational Command (spokesman Col. Oleksandr Hnatiuk)"
q03_312 = S("Enemy losses in this direction over the day amounted to 312 personnel, of whom 119 were killed.", [
    R("ua-oc-north", OCN, "russian_and_north_korean", "casualties_unspecified", "exact", "312", "period",
      low=312, best=312, high=312,
      notes="'losses' undefined; 'enemy' includes the North Korean contingent, as the next sentence says"),
    R("ua-oc-north", OCN, "russian_and_north_korean", "killed", "exact", "119", "period",
      low=119, best=119, high=119, notes="part of the 312"),
])
q03 = [
    [S("[Transcript of a video address by Col. Oleksandr Hnatiuk, spokesman for Ukraine’s Northern Operational Command, posted on Feb. 14, 2025, at 21:40.]",
       trap="date and time of the address")],
    [S("Evening address | Kursk direction: enemy losses of 312 over the day", trap=restates(q03_312))],
    [S("Good evening, Ukraine."),
     S("I will report on the situation in the Kursk direction."),
     S("Over the past day, the enemy made 27 assault attempts against our positions, and our defenders repelled every one of them.",
       trap="number of assaults, not losses")],
    [q03_312,
     S("These figures include soldiers of the North Korean contingent."),
     S("The North Korean units alone lost about 60 killed and wounded near Plekhovo and Novoivanovka.", [
         R("ua-oc-north", OCN, "north_korean", "killed_or_wounded", "approximate", "about 60", "period", best=60,
           notes="'over the day' from the preceding sentences; included in the 312"),
     ])],
    [S("Near Nikolayevo-Daryino, two assault companies of the enemy’s marine brigade were effectively destroyed by our drone operators.", [
        R("ua-oc-north", OCN, "russian", "casualties_unspecified", "exact", "two assault companies", "incident",
          counted_in="companies", low=2, best=2, high=2,
          notes="formations destroyed, counted in companies; a Russian marine brigade"),
    ]),
     S("According to radio intercepts, one North Korean battalion near Plekhovo has lost up to 70 percent of its personnel since it was sent in.", [
         R("ua-oc-north", OCN, "north_korean", "casualties_unspecified", "at_most", "up to 70 percent", "cumulative",
           counted_in="percent_of_force", high=70,
           notes="'one battalion' names the force, not a figure; share since it was sent in"),
     ]),
     S("We also destroyed four tanks, eleven armoured vehicles and 36 drones of various types.",
       trap="equipment")],
    [S("Since the start of the operation in August, the enemy, Russians and North Koreans together, has lost more than 44,000 soldiers in the Kursk region, including nearly 19,000 killed.", [
        R("ua-oc-north", OCN, "russian_and_north_korean", "casualties_unspecified", "more_than", "more than 44,000",
          "cumulative", low=44000, notes="running total since August"),
        R("ua-oc-north", OCN, "russian_and_north_korean", "killed", "vague", "nearly 19,000", "cumulative",
          low=17100, high=18999, notes="'nearly N' read as 0.9N to N-1; part of the 44,000"),
    ]),
     S("Over the past fortnight the enemy has been losing on average 280 men a day here.", [
         R("ua-oc-north", OCN, "russian_and_north_korean", "casualties_unspecified", "exact", "280", "period",
           counted_in="people_per_day", low=280, best=280, high=280,
           notes="a rate averaged over a stated fortnight; 'on average' is a mean, not a hedge"),
     ])],
    [S("Yesterday, paratroopers of the 95th brigade took nine Russian servicemen prisoner near Sverdlikovo.", [
        R("ua-oc-north", OCN, "russian", "captured", "exact", "nine", "incident", low=9, best=9, high=9,
          notes="the 95th brigade is the captor; its number is not a figure"),
    ]),
     S("They will be exchanged for our defenders; this year alone, 150 Ukrainian soldiers have come home in exchanges.",
       trap="prisoners returned in exchanges, not losses")],
    [S("Today the Russian Ministry of Defence claimed that we lost 380 servicemen in the Kursk direction in a single day.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "exact", "380", "period",
          relays=HNATIUK, low=380, best=380, high=380,
          notes="cited only to be disputed; the spokesman relays it"),
    ]),
     S("That is a lie, and they know it."),
     S("Our losses are many times smaller, but I will not give figures while the fighting goes on."),
     S("Glory to Ukraine.")],
]

# ---------------------------------------------------------------- q04
# Politico-style newsletter item citing European officials.
EUO = "Two senior European officials (unnamed)"
q04_4000 = S("KURSK TOLL, BY THE NUMBERS: North Korea has now lost around 4,000 soldiers killed or wounded in Kursk since its troops arrived last autumn, two senior European officials briefed on allied intelligence told this newsletter.", [
    R("european-officials", EUO, "north_korean", "killed_or_wounded", "approximate", "around 4,000", "cumulative",
      best=4000, notes="'two' counts the officials, not losses"),
])
q04 = [
    [S("Subject: Pyongyang’s 4,000 | Sanctions math | Moscow’s counter-count", trap=restates(q04_4000))],
    [S("Good Monday morning, and welcome to the Eastern Flank.")],
    [q04_4000,
     S("That’s roughly a third of the 12,000-strong force Pyongyang sent, one of them noted — “a staggering attrition rate for troops that were sold to Moscow as elite.”", [
         R("european-officials", EUO, "north_korean", "killed_or_wounded", "approximate", "roughly a third",
           "cumulative", counted_in="percent_of_force", best=33.33, notes="share of the 12,000 sent"),
         R("european-officials", EUO, "north_korean", "deployed", "exact", "12,000", "stock",
           low=12000, best=12000, high=12000, notes="force sent, not lost"),
     ]),
     S("U.S. and British officials have given similar numbers in private, the officials said."),
     S("The Pentagon’s last public estimate, in late January, put North Korean casualties at “roughly 3,000,” and a spokesperson declined on Friday to update it.", [
         R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "casualties_unspecified", "approximate",
           "roughly 3,000", "cumulative", best=3000, notes="older estimate, as of late January"),
     ])],
    [S("On the Russian side, one of the officials put Moscow’s losses along the Kursk front at about 1,500 a week in the four weeks to Sunday, against what they called “a few hundred” a week for Ukraine.", [
        R("european-officials", EUO, "russian", "casualties_unspecified", "approximate", "about 1,500", "period",
          counted_in="people_per_week", best=1500, notes="weekly rate over the four weeks to Sunday"),
        R("european-officials", EUO, "ukrainian", "casualties_unspecified", "vague", "a few hundred", "period",
          counted_in="people_per_week", low=200, high=499, notes="'a few hundred' read as 200 to 499"),
    ]),
     S("“If the tempo holds, the North Koreans could lose another 2,000 by the summer,” the official said.", [
         R("european-officials", EUO, "north_korean", "casualties_unspecified", "exact", "another 2,000", "period",
           modality="conditional", low=2000, best=2000, high=2000,
           notes="if-then forecast to the summer; claimant after the quote"),
     ]),
     S("“We think well over 1,000 of them are already dead,” a NATO military official added.", [
         R("nato-officials", "A NATO military official (unnamed)", "north_korean", "killed", "more_than",
           "well over 1,000", "cumulative", low=1000, notes="'already' marks a running total"),
     ]),
     S("“They go in in waves of 40 or 50, and most of each wave doesn’t come back,” the NATO official said.",
       trap="size of assault waves, not a count of losses; 'most' gives no figure")],
    [S("WHY IT MATTERS: EU foreign ministers meet in Brussels on Thursday to discuss a 17th sanctions package and a €5 billion ammunition initiative.",
       trap="sanctions package number and money")],
    [S("MOSCOW’S COUNTER-COUNT: Russian state TV’s Rossiya-1 on Sunday aired an interview in which Col. Gen. Pavel Zhdankin, a former commander of the Northern group of forces, claimed Ukraine had lost “more than 65,000” men in the Kursk region since August.", [
        R("ru-zhdankin", "Col. Gen. Pavel Zhdankin (Russia)", "ukrainian", "casualties_unspecified", "more_than",
          "more than 65,000", "cumulative", relays="Rossiya-1", low=65000,
          notes="a TV channel quoting a general: the general claims, the channel relays"),
    ]),
     S("European officials called that figure “fantasy” but would not offer one of their own for Ukraine.",
       trap="'one' is a pronoun; no figure"),
     S("Moscow also says it has retaken more than 800 square kilometers of its territory.",
       trap="area, not people")],
]

# ---------------------------------------------------------------- q05
# Wall Street Journal-style feature from a Ukrainian field hospital.
SAV = "Maj. Iryna Savchuk, chief surgeon of a stabilization point"
q05 = [
    [S("In a Ukrainian Field Hospital, the Kursk Gamble Arrives One Stretcher at a Time",
       trap="'One Stretcher at a Time' is an idiom, not a count")],
    [S("SUMY REGION, Ukraine—The first stretcher came through the tarpaulin flap of the stabilization point a little after 2 a.m.",
       trap="time of day"),
     S("By dawn, 14 more wounded men had been carried in, most of them infantry from a brigade holding a shrinking pocket inside Russia’s Kursk region.", [
         R("author", "The reporter (own observation)", "ukrainian", "wounded", "exact", "14", "incident",
           low=14, best=14, high=14,
           notes="the reporter's own observation of one night; 'Russia's Kursk region' is the place, the wounded are Ukrainian"),
     ])],
    [S("“On a bad night we get 40, sometimes 50,” said Maj. Iryna Savchuk, 38, the unit’s chief surgeon, who asked that her brigade not be named.", [
        R("ua-maj-savchuk", SAV, "ukrainian", "wounded", "range", "40, sometimes 50", "unspecified",
          counted_in="people_per_day", low=40, high=50,
          notes="wounded received per night on bad nights; no window; 38 is her age"),
    ]),
     S("Since mid-November, Savchuk said, the point has received more than 1,100 wounded soldiers, and 97 of them died before they could be moved on to hospitals in Sumy.", [
         R("ua-maj-savchuk", SAV, "ukrainian", "wounded", "more_than", "more than 1,100", "cumulative", low=1100,
           notes="running total since mid-November"),
         R("ua-maj-savchuk", SAV, "ukrainian", "killed", "exact", "97", "cumulative", low=97, best=97, high=97,
           notes="died of wounds; among the 1,100, not additional"),
     ]),
     S("Roughly eight in ten of the wounds her team treats are now caused by drones.",
       trap="share of wounds by weapon, not a loss figure or a share of a force")],
    [S("Sgt. Dmytro, 24, said his platoon went into a treeline near Sverdlikovo with 28 men in January and only nine walked out.",
       trap="strength before and survivors after; the loss (19) would have to be inferred; 24 is an age"),
     S("He has since learned that at least six of the others are dead.", [
         R("ua-sgt-dmytro", "Sgt. Dmytro, a Ukrainian infantryman", "ukrainian", "killed", "at_least",
           "at least six", "incident", low=6, notes="claimant named in the preceding sentence; one assault"),
     ])],
    [S("Kyiv does not publish casualty figures by front."),
     S("In February, a senior official in Kyiv put Ukrainian military deaths across the whole war at about 43,000, a figure that Western officials regard as an undercount.", [
         R("ua-officials", "A senior Ukrainian official (unnamed)", "ukrainian", "killed", "approximate",
           "about 43,000", "cumulative", best=43000,
           notes="whole war, not Kursk (area whole_war); own side acknowledging; the Western doubt gives no figure"),
     ]),
     S("Russia’s defense ministry claimed this week, in figures carried by the army newspaper Krasnaya Zvezda, that Ukraine had lost more than 2,000 servicemen in Kursk over the previous seven days.", [
         R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than",
           "more than 2,000", "period", relays="Krasnaya Zvezda", low=2000,
           notes="a newspaper carrying a ministry's figure; disputed in the next sentence"),
     ]),
     S("Officers at the stabilization point laughed at the number.")],
    [S("Savchuk’s fear is that the road behind the pocket around Sudzha will be cut."),
     S("“If the road goes, we could get three hundred in a night,” she said.", [
         R("ua-maj-savchuk", SAV, "ukrainian", "wounded", "exact", "three hundred", "period",
           modality="conditional", low=300, best=300, high=300,
           notes="if-then; one night's intake, counted in people, not a daily rate"),
     ]),
     S("At 6:15 a.m. the generator cut out, and the surgeons finished by headlamp.", trap="time of day")],
]

# ---------------------------------------------------------------- q06
# Daily NK-style report from sources in North Korean provinces.
NHS = "A source in North Hamgyong Province"
RGS = "a source in Ryanggang Province"
q06 = [
    [S("Families in North Hamgyong told their sons died “in training”")],
    [S("Authorities in North Hamgyong Province have quietly informed at least 30 families in Chongjin and Kyongsong County since late January that their sons died during “military training,” a source in the province told this outlet on Tuesday.", [
        R("kp-source-north-hamgyong", NHS, "north_korean", "killed", "at_least", "at least 30", "cumulative", low=30,
          notes="families told of a death = soldiers killed; open-ended 'since late January'"),
    ]),
     S("The source, who requested anonymity for security reasons, said the dead had all served in units of the 11th Corps that were sent to Russia last autumn.",
       trap="unit number, not a figure"),
     S("“On my street alone, three mothers got the notice in the same week,” the source said.", [
         R("kp-source-north-hamgyong", NHS, "north_korean", "killed", "exact", "three", "period",
           low=3, best=3, high=3, notes="three notices = three dead, in one week; part of the 30"),
     ]),
     S("Each family received 200,000 won and a sack of rice and was told not to hold a public funeral.",
       trap="money"),
     S("Most of the dead were between 19 and 23 years old, according to the source.", trap="ages, not a count")],
    [S("A separate source in Ryanggang Province said a local party cadre had told a neighborhood meeting that “hundreds” of soldiers from the province had “died honorably” abroad since the deployment began.", [
        R("kp-officials", "A local Workers' Party cadre in Ryanggang (unnamed)", "north_korean", "killed", "vague",
          "hundreds", "cumulative", relays=RGS, low=200, high=999,
          notes="a North Korean official acknowledging own losses; 'hundreds' read as 200 to 999"),
    ]),
     S("About 100 wounded soldiers from the province have been brought home and are being treated at a military hospital in Pyongyang, the Ryanggang source said, citing a relative who works there.", [
         R("kp-hospital-worker", "A relative of the source who works at a Pyongyang military hospital", "north_korean",
           "wounded", "approximate", "About 100", "cumulative", relays=RGS, best=100,
           notes="the relative is the claimant, the source relays"),
     ]),
     S("Residents of Hyesan believe that as many as half of the young men called up from the city in 2022 have been killed or wounded in Russia, though the source stressed that the figure could not be verified.", [
         R("kp-residents-hyesan", "Residents of Hyesan", "north_korean", "killed_or_wounded", "at_most",
           "as many as half", "cumulative", relays=RGS, counted_in="percent_of_force", high=50,
           notes="share of a call-up cohort; 2022 is the call-up year; the source's caveat"),
     ])],
    [S("US and South Korean officials estimate that Pyongyang has sent about 14,000 troops to Russia since October.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 14,000", "stock",
          best=14000, notes="list of claimants: one row each"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate",
          "about 14,000", "stock", best=14000, notes="list of claimants: one row each"),
    ]),
     S("Seoul’s spy agency said separately that some 3,000 of them were reinforcements dispatched in January and February to replace losses.", [
         R("kr-nis", "National Intelligence Service (Seoul's spy agency)", "north_korean", "deployed", "approximate",
           "some 3,000", "stock", best=3000, notes="reinforcements sent, part of the 14,000; not losses"),
     ]),
     S("The North Hamgyong source said a military mobilization official had told families that another 6,000 men would leave “once the ground thaws.”", [
         R("kp-officials", "A North Korean mobilization official (unnamed)", "north_korean", "deployed", "exact",
           "another 6,000", "stock", relays=NHS, modality="projected", low=6000, best=6000, high=6000,
           notes="troops to be sent, a projection"),
     ]),
     S("The National Intelligence Service has also said the North shipped more than 4 million artillery shells to Russia last year.",
       trap="munitions, not people")],
]

# ---------------------------------------------------------------- q07
# A Russian milblogger's Telegram post, translated.
SR = "Severny Rubezh"
SRN = "Severny Rubezh (Russian milblogger's Telegram channel)"
q07 = [
    [S("Translated from Russian. Post on the Telegram channel “Severny Rubezh” (about 310,000 subscribers), March 11, 2025, 07:52 Moscow time.",
       trap="subscribers, date and time")],
    [S("Brothers, good news from under Sudzha."),
     S("Over the last three days our guys and the Korean comrades cleared Martynovka and Malaya Loknya, and the VSU left at least 200 corpses in the tree lines alone.", [
         R("ru-severny-rubezh", SRN, "ukrainian", "killed", "at_least", "at least 200", "period", low=200,
           notes="'Korean comrades' are the attackers; the dead are Ukrainian (VSU); three days"),
     ]),
     S("My source in the ‘North’ group says the enemy lost up to 1,500 killed and wounded across the sector in a week.", [
         R("ru-north-group-source", "A source in Russia's 'North' group of forces (unnamed)", "ukrainian",
           "killed_or_wounded", "at_most", "up to 1,500", "period", relays=SR, high=1500,
           notes="'the enemy' here is Ukraine; one week"),
     ]),
     S("The MoD says “over 400 a day,” which I think is a stretch, but not by much.", [
         R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than", "over 400",
           "unspecified", relays=SR, counted_in="people_per_day", low=400,
           notes="a rate with no window, doubted by the blogger; the acronym alone names the ministry"),
     ]),
     S("Yesterday our company took 12 Ukrainians prisoner in the basements of Sudzha, including a lieutenant from the 80th brigade.", [
         R("ru-severny-rubezh", SRN, "ukrainian", "captured", "exact", "12", "incident", low=12, best=12, high=12,
           notes="the blogger's own unit; the 80th brigade is the prisoners' unit"),
     ])],
    [S("But let’s be honest: ours are paying too."),
     S("A whole platoon of Storm-V men was wiped out on Tuesday near Zaoleshenka because nobody cleared the landing first.", [
         R("ru-severny-rubezh", SRN, "russian", "casualties_unspecified", "exact", "A whole platoon", "incident",
           counted_in="platoons", low=1, best=1, high=1, notes="a formation wiped out: one platoon"),
     ]),
     S("In one marine battalion I know, only 40% of those who went in on the 1st are still in the ranks.",
       trap="share still in the ranks; the loss share would have to be inferred"),
     S("A Korean liaison officer told our guys his regiment had lost 300 dead in ten days around Guevo.", [
         R("kp-liaison-officer", "A North Korean liaison officer (unnamed)", "north_korean", "killed", "exact", "300",
           "period", relays="our guys > " + SR, low=300, best=300, high=300,
           notes="own side's officer acknowledging losses; the channel's comrades and the channel relay"),
     ]),
     S("The Ukrainian General Staff claims we are losing 1,200 a day here — let them keep dreaming.", [
         R("ua-general-staff", "General Staff of Ukraine's Armed Forces", "russian", "casualties_unspecified",
           "exact", "1,200", "unspecified", relays=SR, counted_in="people_per_day", low=1200, best=1200, high=1200,
           notes="cited only to be mocked; 'we' are the Russian forces"),
     ]),
     S("If the command doesn’t give us EW and counter-battery cover, we will lose another thousand for nothing.", [
         R("ru-severny-rubezh", SRN, "russian", "casualties_unspecified", "exact", "another thousand", "unspecified",
           modality="conditional", low=1000, best=1000, high=1000, notes="if-then, no date looked to"),
     ])],
    [S("The front moved 8 km in a week.", trap="distance"),
     S("The guys need 3 Mavics and a thermal sight, 450,000 rubles in all; card number in the pinned post.",
       trap="equipment and money")],
]

# ---------------------------------------------------------------- q08
# CSIS-style commentary with footnotes.
q08 = [
    [S("North Korea’s Kursk Ledger: What Ten Months of Combat Have Cost Pyongyang", trap="duration, no figure")],
    [S("Commentary by Mark Halvorsen | October 14, 2025", trap="date")],
    [S("Since North Korean troops first went into combat in Kursk in December 2024, estimates of their losses have varied by a factor of three.",
       trap="date and a ratio between estimates, not a figure")],
    [S("South Korea’s National Intelligence Service (NIS) told lawmakers in September that some 2,000 North Korean soldiers had been killed.[1]", [
        R("kr-nis", "National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "some 2,000",
          "cumulative", relays="South Korean lawmakers > Yonhap", best=2000,
          notes="footnote [1] shows Yonhap carried the lawmakers' account; [1] is a marker, not a figure"),
    ]),
     S("HUR, Ukraine’s military intelligence directorate, puts the figure far higher: 6,000 casualties—killed, wounded, and missing—as of Aug. 31.[2]", [
         R("ua-gur", "Defence Intelligence of Ukraine (HUR)", "north_korean", "killed_wounded_or_missing", "exact",
           "6,000", "cumulative", low=6000, best=6000, high=6000,
           notes="the text defines 'casualties' as killed, wounded and missing"),
     ]),
     S("US officials, speaking on background, have put the number killed or wounded at “more than 4,000” by mid-summer.[3]", [
         R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "more_than",
           "more than 4,000", "cumulative", low=4000, notes="running total by mid-summer"),
     ]),
     S("HUR has also claimed that at least two North Korean battalions were rendered combat-ineffective in January alone.", [
         R("ua-gur", "Defence Intelligence of Ukraine (HUR)", "north_korean", "casualties_unspecified", "at_least",
           "at least two", "period", counted_in="battalions", low=2,
           notes="formations put out of action, counted in battalions; acronym only"),
     ])],
    [S("Taken together, these figures suggest that between 20 and 40 percent of the roughly 15,000 troops Pyongyang has rotated through Russia have become casualties.", [
        R("author", "The commentary's author (Mark Halvorsen)", "north_korean", "casualties_unspecified", "range",
          "between 20 and 40 percent", "cumulative", counted_in="percent_of_force", low=20, high=40,
          notes="the author's own share; 'casualties' undefined here"),
        R("author", "The commentary's author (Mark Halvorsen)", "north_korean", "deployed", "approximate",
          "roughly 15,000", "stock", best=15000, notes="troops rotated through, not lost"),
    ]),
     S("Our own analysis of Ukrainian General Staff reporting suggests that at the peak, in January and February, North Korean losses ran at roughly 100 per day.[4]", [
         R("author", "The commentary's author (Mark Halvorsen)", "north_korean", "casualties_unspecified",
           "approximate", "roughly 100", "period", counted_in="people_per_day", best=100,
           notes="the author's estimate from another body's data, so author, not the General Staff"),
     ]),
     S("Even 6,000 casualties are a sliver of the Korean People’s Army’s estimated 1.28 million active personnel, but they fall disproportionately on its special operations forces.",
       trap="restates HUR's 6,000 as a hypothetical; 1.28 million is the army's size")],
    [S("Should Pyongyang send a second contingent to Donetsk or Zaporizhzhia, as some analysts expect, losses at the Kursk rate would pass 1,000 within a few months.", [
        R("author", "The commentary's author (Mark Halvorsen)", "north_korean", "casualties_unspecified",
          "more_than", "pass 1,000", "period", modality="conditional", low=1000,
          notes="if-then on another front (area other_front)"),
    ]),
     S("Moscow and Pyongyang acknowledged the deployment only in April 2025, and neither has published a casualty figure.",
       trap="date; no figure"),
     S("Russia’s Ministry of Defense, for its part, claims Ukraine lost more than 71,000 troops in the Kursk operation as a whole, a number no independent source supports.[5]", [
         R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than",
           "more than 71,000", "cumulative", low=71000, notes="cited to be disputed; whole Kursk operation"),
     ])],
    [S("Washington and Seoul should press for a full accounting, including of the prisoners Ukraine holds.")],
    [S("Notes")],
    [S("[1] “NIS: about 2,000 N. Korean troops killed in Russia,” Yonhap, Sept. 4, 2025.",
       trap="footnote citing a headline that restates the NIS figure")],
    [S("[2] HUR statement on Telegram, Sept. 2, 2025.", trap="footnote: dates")],
    [S("[3] Author interviews with US officials, July–August 2025.", trap="footnote: dates")],
    [S("[4] Author’s calculation from General Staff daily reports, Jan. 1–Feb. 28, 2025.", trap="footnote: dates")],
    [S("[5] Russian Ministry of Defense briefing, April 26, 2025.", trap="footnote: date")],
]

SPECS = {
    "q01-joongang-nis-briefing": q01,
    "q02-meduza-funerals": q02,
    "q03-ua-spokesman-video-address": q03,
    "q04-politico-newsletter": q04,
    "q05-wsj-field-hospital": q05,
    "q06-dailynk-provinces": q06,
    "q07-milblogger-telegram": q07,
    "q08-csis-commentary": q08,
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
