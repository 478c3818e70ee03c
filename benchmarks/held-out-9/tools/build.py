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


# ---------------------------------------------------------------- c01
# Style: South Korean news-agency wire (Yonhap-style "(LEAD)" update), relaying a lawmaker briefed by the NIS.
HANBIT = "Hanbit News Agency"
YOON = "Rep. Yoon Dae-hyun > Hanbit News Agency"
c01_s1 = S("SEOUL, Feb. 19 (Hanbit) -- North Korean troops fighting for Russia in the Kursk region have suffered about 4,700 casualties, including some 600 killed, South Korea's spy agency told lawmakers on Wednesday, revising up an estimate it gave last month.", [
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "casualties_unspecified", "approximate",
      "about 4,700", "cumulative", relays=YOON, best=4700,
      notes="'spy agency' = NIS, named in the next sentence; the lawmaker who relayed it is named there too; 'casualties' undefined"),
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate",
      "some 600", "cumulative", relays=YOON, best=600,
      notes="part of the 4,700; never added to it"),
])
c01 = [
    [S("(LEAD) N. Korean troops in Kursk suffer about 4,700 casualties, spy agency says", trap=restates(c01_s1))],
    [c01_s1,
     S("Rep. Yoon Dae-hyun of the ruling party, a member of the National Assembly's intelligence committee, relayed the figures to reporters after a closed-door briefing by the National Intelligence Service (NIS).")],
    [S("In a Jan. 13 briefing the NIS had put the toll at around 3,000 killed or wounded, about 300 of them dead.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed_or_wounded", "approximate",
          "around 3,000", "cumulative", relays=HANBIT, best=3000,
          notes="earlier estimate, superseded by the February one but still a claim of its own date; combined measure kept"),
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate",
          "about 300", "cumulative", relays=HANBIT, best=300,
          notes="earlier (January) estimate; the text does not say who relayed it then, so only the agency relays"),
     ]),
     S("Yoon quoted the agency as saying Pyongyang had sent roughly 11,000 soldiers last autumn and reinforced them with about 3,000 more in January and February.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "approximate",
          "roughly 11,000", "stock", relays=YOON, best=11000, notes="troops sent, not lost; surname-only second mention of the lawmaker"),
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "approximate",
          "about 3,000", "stock", relays=YOON, best=3000, notes="reinforcement wave recorded as its own figure, not summed with the first"),
     ])],
    [S("Losses ran at roughly 90 a day during the heaviest assaults in early February, the lawmaker said, citing the intelligence service.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "casualties_unspecified", "approximate",
          "roughly 90", "period", relays=YOON, counted_in="people_per_day", best=90,
          notes="a rate over a stated period ('early February'); 'losses' undefined"),
     ]),
     S("If the current tempo continues, the NIS estimated, the contingent could lose a third of its original strength by April.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "casualties_unspecified", "approximate",
          "a third", "cumulative", relays=YOON, counted_in="percent_of_force", modality="conditional", best=33.33,
          notes="if-then projection of a share of the force; 'a third' read as about 33.33 percent, not converted to people"),
     ])],
    [S("The agency also said two North Korean soldiers captured by Ukrainian forces in January remained in Kyiv's custody and had asked to be sent to South Korea.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "captured", "exact",
          "two", "period", relays=HANBIT, low=2, best=2, high=2,
          notes="'Ukrainian' names the captors and 'South Korea' the destination; the losses are North Korean"),
     ]),
     S("One of the captured men, a 26-year-old rifleman, told a Ukrainian interviewer he had been told he was going to a training exercise.",
       trap="'One of' and an age, not a new loss figure")],
    [S("U.S. and South Korean officials said last month that more than 1,000 of the North Koreans had been killed since the troops entered combat in December.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed", "more_than", "more than 1,000",
          "cumulative", relays=HANBIT, low=1000, notes="list of claimants: one row per claimant"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed", "more_than", "more than 1,000",
          "cumulative", relays=HANBIT, low=1000, notes="list of claimants; 'South Korean officials' is not the NIS"),
     ]),
     S("Moscow has dismissed such estimates, and a Kremlin spokesman on Tuesday called a Ukrainian claim of 5,000 North Korean dead “fantasy”.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed", "exact", "5,000",
          "cumulative", relays=HANBIT, low=5000, best=5000, high=5000,
          notes="cited only to be disputed by the Kremlin, which is neither claimant nor relay; 'a Ukrainian claim' with no body named"),
     ]),
     S("North Korea has not commented on casualties.")],
    [S("Ukraine's military said separately on Wednesday that it had destroyed 12 Russian armoured vehicles near Sudzha over two days.",
       trap="equipment destroyed, not people")],
]

# ---------------------------------------------------------------- c02
# Style: media-monitoring digest of Russian and North Korean state media (BBC Monitoring-like).
EAST = "Eastlight Monitoring"
c02_s1 = S("TASS quoted the Russian Defence Ministry as saying on Saturday that Ukrainian losses in the Kursk operation since August 2024 had exceeded 76,000 servicemen.", [
    R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "exceeded 76,000",
      "cumulative", relays="TASS > " + EAST, low=76000, notes="'losses' undefined; running total since August 2024"),
])
c02 = [
    [S("Digest: Moscow claims over 76,000 Ukrainian losses in Kursk as Pyongyang admits its role", trap=restates(c02_s1))],
    [S("Eastlight Monitoring | Russian and North Korean state media | Monday 28 April 2025", trap="the digest's date line")],
    [S("RUSSIA")],
    [c02_s1,
     S("The figure, which Eastlight could not verify, would mean Ukraine lost roughly 290 troops a day over the nine months.", [
        R("author", "Eastlight Monitoring (own voice)", "ukrainian", "casualties_unspecified", "approximate", "roughly 290",
          "period", counted_in="people_per_day", best=290, derived=c02_s1,
          notes="the digest's own arithmetic on the ministry figure (76,000 over about nine months); shown beside it, never as a separate estimate; 'would mean' is an inference, not a forecast"),
     ])],
    [S("Zvezda TV quoted Col. Gen. Arkady Semyonov, a deputy chief of the General Staff, as saying Ukrainian units had lost “up to 1,500 men killed and wounded” in the final week of fighting around Sudzha.", [
        R("ru-semyonov", "Col. Gen. Arkady Semyonov (Russian General Staff)", "ukrainian", "killed_or_wounded", "at_most",
          "up to 1,500", "period", relays="Zvezda > " + EAST, high=1500,
          notes="one figure for 'killed and wounded': combined, not split; TV channel quoting a general"),
     ]),
     S("Semyonov praised North Korean fighters for “mass heroism” alongside Russian units but gave no figure for their losses."),
     S("Zvezda also cited the ministry as saying a strike on a command post near Oleshnya on Sunday had killed “about 40” Ukrainian special forces soldiers.", [
        R("ru-mod", "Russian Defence Ministry", "ukrainian", "killed", "approximate", "about 40", "incident",
          relays="Zvezda > " + EAST, best=40, notes="one strike"),
     ])],
    [S("Rossiya-1's weekly news show said Russian forces had “wiped out” two Ukrainian battalions and “up to a company” of foreign mercenaries near Gornal in the last days of the operation.", [
        R("ru-rossiya-1", "Rossiya-1 (Russian state TV)", "ukrainian", "casualties_unspecified", "exact", "two",
          "period", relays=EAST, counted_in="battalions", low=2, best=2, high=2,
          notes="formations 'wiped out', counted in battalions, never converted to people; the state channel speaks in its own voice"),
        R("ru-rossiya-1", "Rossiya-1 (Russian state TV)", "ukrainian", "casualties_unspecified", "at_most", "up to a company",
          "period", relays=EAST, counted_in="companies", high=1,
          notes="foreign fighters on Ukraine's side counted as Ukrainian-side losses; 'up to a company' = at most 1 company"),
     ]),
     S("The programme showed what it said were 14 captured Western-made armoured vehicles on display in the city of Kursk.",
       trap="captured equipment, not people"),
     S("A separate TASS item said 1,200 residents of the Sudzha district had applied for resettlement payments of 65,000 roubles each.",
       trap="civilians resettled and money, not military losses")],
    [S("Russian and Ukrainian human-rights ombudsmen confirmed an exchange of 246 prisoners for 246 on Saturday, the fourth swap this year.",
       trap="prisoners exchanged, not a capture count")],
    [S("NORTH KOREA")],
    [S("KCNA on Monday carried a statement by the Central Military Commission of the ruling Workers' Party confirming for the first time that Korean People's Army units had fought to “liberate” the Kursk region."),
     S("The statement said some of the soldiers had “laid down their precious lives”, without saying how many.", [
        R("kp-cmc", "Central Military Commission, Workers' Party of Korea", "north_korean", "killed", "none", "",
          "unspecified", relays="KCNA > " + EAST,
          notes="own side acknowledging deaths with no number: qualifier none"),
     ]),
     S("It made no mention of the 11,000 to 12,000 troops that South Korea's intelligence service says were sent.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "range", "11,000 to 12,000",
          "stock", relays=EAST, low=11000, high=12000,
          notes="'South Korea's' names the claimant, not whose troops; deployed, not lost"),
     ])],
]

# ---------------------------------------------------------------- c03
# Style: a Ukrainian brigade press service's weekly post (the unit's own statement, translated).
B237 = "237th Separate Assault Brigade"
def b237(*a, **k):
    return R("ua-237th-brigade", "237th Separate Assault Brigade (Ukraine)", *a, **k)
c03 = [
    [S("Press service of the 237th Separate Assault Brigade: results of the week, 10-16 March", trap="unit number and dates, no loss figure")],
    [S("(Translated from Ukrainian.)")],
    [S("Over the past seven days our assault groups and drone operators in the Kursk direction put 312 enemy personnel out of action, 118 of them North Korean servicemen.", [
        b237("russian_and_north_korean", "casualties_unspecified", "exact", "312", "period", low=312, best=312, high=312,
             notes="'the enemy' = Russian and North Korean forces: mixed count stays mixed; 'put out of action' undefined"),
        b237("north_korean", "casualties_unspecified", "exact", "118", "period", low=118, best=118, high=118,
             notes="included in the 312; never added to it"),
     ]),
     S("Drone footage reviewed by the brigade's intelligence section confirms 141 of them killed.", [
        b237("russian_and_north_korean", "killed", "exact", "141", "period", low=141, best=141, high=141,
             notes="'of them' = of the mixed 312; rests on footage"),
     ])],
    [S("The heaviest day was Thursday, when a North Korean assault group of about two platoons tried to cross the Psel near Kurilovka and was destroyed almost entirely.", [
        b237("north_korean", "casualties_unspecified", "approximate", "about two platoons", "incident",
             counted_in="platoons", best=2, notes="formation destroyed, counted in platoons, not converted to people"),
     ]),
     S("Two of the attackers were taken prisoner and handed over to the SBU.", [
        b237("north_korean", "captured", "exact", "Two", "incident", low=2, best=2, high=2),
     ]),
     S("Prisoners said their company had lost about 70 percent of its men in earlier attacks.", [
        R("kp-captured-soldiers", "Captured North Korean soldiers", "north_korean", "casualties_unspecified", "approximate",
          "about 70 percent", "cumulative", relays=B237, counted_in="percent_of_force", best=70,
          notes="prisoners are the claimant, the brigade relays them; share of one company, no troop figure given"),
     ])],
    [S("On our sector alone the enemy is losing 40 to 50 soldiers a day.", [
        b237("russian_and_north_korean", "casualties_unspecified", "range", "40 to 50", "period",
             counted_in="people_per_day", low=40, high=50, notes="rate over the reported week; mixed enemy"),
     ]),
     S("Drone operators also destroyed 9 tanks, 23 armoured vehicles and 61 motorcycles and quad bikes.",
       trap="equipment, not people"),
     S("Since the brigade entered the Kursk region in January, our soldiers have killed or wounded more than 2,400 enemy troops.", [
        b237("russian_and_north_korean", "killed_or_wounded", "more_than", "more than 2,400", "cumulative", low=2400,
             notes="running total since January; includes the week's figures"),
     ])],
    [S("Our own losses over the week: four killed and 11 wounded.", [
        b237("ukrainian", "killed", "exact", "four", "period", low=4, best=4, high=4, notes="own side acknowledging"),
        b237("ukrainian", "wounded", "exact", "11", "period", low=11, best=11, high=11, notes="own side acknowledging"),
     ]),
     S("The names of the fallen will be published once their families have been informed.")],
    [S("Russian Z-channels claiming “500 Ukrainians killed in a day” near Kurilovka are spreading fiction.", [
        R("ru-z-channels", "Russian pro-war Telegram channels (unnamed)", "ukrainian", "killed", "exact", "500", "period",
          relays=B237, low=500, best=500, high=500,
          notes="cited only to be disputed; 'in a day' is one day's total, not a rate"),
     ])],
    [S("Support our drone operators: the fundraiser for 50 interceptor drones has collected 1.2 million of the 3 million hryvnias needed.",
       trap="drones and money"),
     S("Glory to Ukraine!")],
]

# ---------------------------------------------------------------- c04
# Style: a security podcast's interview transcript (host and outside analyst).
POD = "The Frontline Ledger"
def varga(*a, **k):
    return R("analyst-varga", "Dr. Ilse Varga, Baltic Centre for Security Studies", *a, relays=POD, **k)
c04 = [
    [S("The Frontline Ledger, episode 47, recorded on Friday 14 March 2025.", trap="episode number and recording date"),
     S("Guest: Dr. Ilse Varga, head of the Russia programme at the Baltic Centre for Security Studies.")],
    [S("HOST (Martin Hale): The Ukrainians say more than 4,000 North Koreans have been killed or wounded in Kursk since December.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed_or_wounded", "more_than", "more than 4,000",
          "cumulative", relays=POD, low=4000, notes="'The Ukrainians' with no body named"),
     ]),
     S("Do you buy that?")],
    [S("VARGA: Roughly, yes."),
     S("My own working estimate is between 3,500 and 4,500 killed or wounded.", [
        varga("north_korean", "killed_or_wounded", "range", "between 3,500 and 4,500", "cumulative", low=3500, high=4500,
              notes="analyst's own estimate; period carried from the question (since December)"),
     ])],
    [S("HOST: And the dead?"),
     S("VARGA: Perhaps a quarter of that.", trap="a fraction of her own casualty range, not a share of a force; a death count would need arithmetic")],
    [S("At the peak in January they were losing something like 100 men a day, which is a Russian rate of attrition, not a North Korean one.", [
        varga("north_korean", "casualties_unspecified", "approximate", "something like 100", "period",
              counted_in="people_per_day", best=100, notes="'Russian' compares the rate; the losses are North Korean"),
     ]),
     S("Of the roughly 12,000 they sent, I'd say about 40 percent are no longer fit to fight.", [
        varga("north_korean", "deployed", "approximate", "roughly 12,000", "stock", best=12000),
        varga("north_korean", "casualties_unspecified", "approximate", "about 40 percent", "cumulative",
              counted_in="percent_of_force", best=40, notes="share of the 12,000; 'no longer fit to fight' undefined (may include sick)"),
     ])],
    [S("HOST: A Russian war blogger claimed this week that only 300 North Koreans have died in total.", [
        R("ru-war-blogger", "Russian war blogger (unnamed)", "north_korean", "killed", "exact", "300", "cumulative",
          relays=POD, low=300, best=300, high=300, notes="cited to be disputed in the next turn; 'only' is not a bound"),
     ])],
    [S("VARGA: That's not credible; Moscow has every reason to hide the number."),
     S("The South Korean figure that came out of parliament in January, 300 dead and 2,700 wounded, is simply out of date.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "killed", "exact", "300 dead", "cumulative",
          relays="South Korean lawmakers > Dr. Ilse Varga > " + POD, low=300, best=300, high=300,
          notes="no agency named, so not kr-nis; called out of date but still a claim"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "wounded", "exact", "2,700 wounded", "cumulative",
          relays="South Korean lawmakers > Dr. Ilse Varga > " + POD, low=2700, best=2700, high=2700),
     ])],
    [S("HOST: Where does it go from here?"),
     S("VARGA: If they keep attacking across open fields like this, they could lose another 2,000 by the end of April.", [
        varga("north_korean", "casualties_unspecified", "exact", "another 2,000", "period", modality="conditional",
              low=2000, best=2000, high=2000, notes="if-then; additional losses from mid-March to end of April; a bare round number is read as stated"),
     ]),
     S("And Pyongyang will probably send a further 3,000 to replace them before summer.", [
        varga("north_korean", "deployed", "exact", "a further 3,000", "stock", modality="projected",
              low=3000, best=3000, high=3000, notes="forecast deployment, not losses"),
     ]),
     S("The front there is only about 30 kilometres wide, so every assault is filmed by somebody's drone.", trap="distance")],
    [S("HOST: Dr. Varga's report, all 64 pages of it, is linked in the show notes.", trap="page count")],
]

# ---------------------------------------------------------------- c05
# Style: a French national daily's correspondent report, translated.
COUR = "Le Courrier de Paris"
c05_s1 = S("By the reckoning of Ukrainian military intelligence, relayed on Tuesday by AFP, about 1,600 North Korean soldiers have been killed and some 4,300 wounded since they entered combat in the Kursk region in December.", [
    R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "approximate", "about 1,600",
      "cumulative", relays="AFP > " + COUR, best=1600),
    R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "wounded", "approximate", "some 4,300",
      "cumulative", relays="AFP > " + COUR, best=4300),
])
c05 = [
    [S("In Kursk, Pyongyang's soldiers have suffered nearly 6,000 losses", [
        R("author", "Le Courrier de Paris (own voice)", "north_korean", "casualties_unspecified", "vague", "nearly 6,000",
          "cumulative", low=5400, high=5999, derived=c05_s1,
          notes="headline sums the GUR's 1,600 killed and 4,300 wounded; the paper's own figure, never a separate estimate"),
     ])],
    [S("Translated from French. By our correspondent in Kyiv, Claire Denoyelle")],
    [c05_s1,
     S("A source at the Ministry of the Armed Forces in Paris, who asked not to be named, called the Ukrainian figures “plausible, perhaps slightly high”.")],
    [S("French military intelligence, the source added, puts the North Korean contingent at 11,000 to 13,000 men, of whom “at least a third” are out of action.", [
        R("fr-drm", "French military intelligence (DRM)", "north_korean", "deployed", "range", "11,000 to 13,000", "stock",
          relays="French armed forces ministry source > " + COUR, low=11000, high=13000),
        R("fr-drm", "French military intelligence (DRM)", "north_korean", "casualties_unspecified", "at_least", "at least a third",
          "cumulative", relays="French armed forces ministry source > " + COUR, counted_in="percent_of_force", low=33.33,
          notes="share of the contingent; 'out of action' undefined"),
     ]),
     S("The French estimate, shared with British and Ukrainian counterparts, rests partly on intercepted Russian radio traffic.")],
    [S("In Plekhovo, a village retaken by Russian and North Korean units in mid-March, soldiers of Ukraine's “Vovky” battalion told Le Courrier they had counted 87 bodies in North Korean uniforms after a single night of fighting.", [
        R("ua-vovky-battalion", "Vovky battalion (Ukraine)", "north_korean", "killed", "exact", "87", "incident",
          relays=COUR, low=87, best=87, high=87,
          notes="'Russian', 'Ukraine's' are not whose losses; bodies counted = killed"),
     ]),
     S("“They come in waves of twenty or thirty, with no armour,” said a sergeant who gives only his first name, Taras, 34.",
       trap="size of assault waves and an age, not losses")],
    [S("Kyiv does not publish its own losses, and the battalion's commander would say only that his unit had lost “fewer than ten men” in March.", [
        R("ua-vovky-battalion", "Vovky battalion (Ukraine)", "ukrainian", "casualties_unspecified", "fewer_than", "fewer than ten",
          "period", relays=COUR, high=10, notes="a commander speaks for his unit; own side acknowledging"),
     ]),
     S("Moscow, for its part, says Ukrainian losses in Kursk since August have passed 60,000 killed and wounded, a figure Western analysts regard as inflated.", [
        R("ru-officials", "Russian officials (unnamed)", "ukrainian", "killed_or_wounded", "more_than", "passed 60,000",
          "cumulative", relays=COUR, low=60000,
          notes="'Moscow' as speaker = Russian officials; disputed by unnamed Western analysts, who give no figure"),
     ])],
    [S("Seoul and Washington have each spoken of “several thousand” North Korean casualties.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "casualties_unspecified", "vague", "several thousand",
          "cumulative", relays=COUR, low=3000, high=9999, notes="list of claimants (capitals)"),
        R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "vague", "several thousand",
          "cumulative", relays=COUR, low=3000, high=9999, notes="list of claimants (capitals)"),
     ]),
     S("In exchange, according to the French source, Pyongyang has received air-defence systems and an estimated one million barrels of oil.",
       trap="oil supplied, not losses"),
     S("A Ukrainian drone pilot in Sudzha said the Koreans “learn fast”: in January they lost three men to every drone, by March fewer than one.",
       trap="a ratio of men lost per drone, not a count of losses")],
]

# ---------------------------------------------------------------- c06
# Style: a wire agency factbox (dated timeline of estimates).
NB = "Northbridge Wire"
c06 = [
    [S("FACTBOX-Estimates of North Korean losses in Russia's Kursk region")],
    [S("North Korea acknowledged in April that its troops had fought in Kursk, but neither Pyongyang nor Moscow has published a toll."),
     S("Here are the main public estimates, in order; each is a running total, and later figures include earlier ones.")],
    [S("* DEC. 16, 2024 - The Pentagon says North Korean troops have suffered casualties in Kursk but gives no number.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "casualties_unspecified", "none", "",
          "cumulative", relays=NB, notes="a loss stated with no number"),
     ]),
     S("A day later a U.S. official puts them at “several hundred” killed and wounded.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "vague", "several hundred",
          "cumulative", relays=NB, low=300, high=999, notes="one figure for killed and wounded: combined"),
     ])],
    [S("* DEC. 27 - Ukraine's military intelligence agency (GUR) says about 3,000 North Koreans have been killed or wounded since mid-December, at a rate it puts at roughly 250 a day.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "approximate", "about 3,000",
          "cumulative", relays=NB, best=3000),
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "approximate", "roughly 250",
          "period", relays=NB, counted_in="people_per_day", best=250, notes="rate over mid-December to 27 December"),
     ])],
    [S("* JAN. 11, 2025 - Ukraine says its forces have captured two wounded North Korean soldiers, the first taken alive.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "captured", "exact", "two", "unspecified",
          relays=NB, low=2, best=2, high=2, notes="'wounded' describes the prisoners; the measure is captured"),
     ]),
     S("* JAN. 13 - South Korea's National Intelligence Service tells lawmakers about 300 North Korean soldiers have been killed and 2,700 wounded.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "about 300",
          "cumulative", relays="South Korean lawmakers > " + NB, best=300),
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "wounded", "approximate", "2,700",
          "cumulative", relays="South Korean lawmakers > " + NB, best=2700,
          notes="'about' read as covering both conjoined figures; hard choice"),
     ])],
    [S("* FEB. 2025 - A Ukrainian military blogger claims 5,000 North Koreans have died; Ukraine's General Staff declines to endorse the figure.", [
        R("ua-military-blogger", "Ukrainian military blogger (unnamed)", "north_korean", "killed", "exact", "5,000",
          "cumulative", relays=NB, low=5000, best=5000, high=5000, notes="not endorsed by the General Staff, which gives no figure"),
     ]),
     S("* MARCH 3 - A senior U.S. defence official, briefing reporters, estimates 4,000 North Korean casualties, including about 1,000 dead.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "approximate", "estimates 4,000",
          "cumulative", relays=NB, best=4000, notes="an unnamed official takes the nation's officials id, even with a department given"),
        R("us-officials", "US officials (unnamed)", "north_korean", "killed", "approximate", "about 1,000",
          "cumulative", relays=NB, best=1000),
     ])],
    [S("* APRIL 26 - Russia's defence ministry declares the Kursk region “fully liberated”; two days later North Korea confirms its role but gives no casualty figure.",
       trap="dates and an interval; no figure and no loss stated")],
    [S("* MAY 13 - South Korea's spy agency revises its estimate to about 4,700 casualties, 600 of them killed, out of some 15,000 troops sent in two waves.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "casualties_unspecified", "approximate",
          "about 4,700", "cumulative", relays=NB, best=4700, notes="revised total; supersedes, never adds to, the January figures"),
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "exact", "600",
          "cumulative", relays=NB, low=600, best=600, high=600, notes="a phrase of its own, so 'about' is not carried over"),
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "approximate", "some 15,000",
          "stock", relays=NB, best=15000, notes="troops sent, both waves together as the text gives them"),
     ]),
     S("* Independent analysts at the London-based Carrow Institute say losses may have reached “up to 40 percent” of the troops committed, an extrapolation they call rough.", [
        R("gb-carrow-institute", "Carrow Institute (think tank, London)", "north_korean", "casualties_unspecified", "at_most",
          "up to 40 percent", "cumulative", relays=NB, counted_in="percent_of_force", high=40,
          notes="share with no troop figure of its own"),
     ])],
    [S("Not included above: South Korean estimates that the North has shipped more than 12,000 containers of munitions to Russia since 2023.",
       trap="munitions shipped, not losses")],
    [S("(Compiled by the Seoul and Kyiv bureaus; editing by Anna Lisowska)")],
]

# ---------------------------------------------------------------- c07
# Style: a Hansard-style House of Commons oral-questions exchange.
CAST = "Ms Helen Castell (Minister for the Armed Forces)"
def gbmod(*a, **k):
    return R("gb-mod", "UK Ministry of Defence", *a, **k)
c07 = [
    [S("Oral Answers to Questions: Defence")],
    [S("House of Commons, Monday 10 March 2025", trap="sitting date")],
    [S("North Korean Troops: Kursk")],
    [S("1. Mr Gareth Pollard (North Wessex) (Con): What assessment he has made of the losses suffered by North Korean troops deployed to the Kursk region.",
       trap="question number; no figure")],
    [S("The Minister for the Armed Forces (Ms Helen Castell): Defence Intelligence assesses that North Korean forces have sustained more than 4,000 casualties since entering combat in December, a significant proportion of them killed.", [
        R("gb-defence-intelligence", "UK Defence Intelligence", "north_korean", "casualties_unspecified", "more_than",
          "more than 4,000", "cumulative", relays=CAST, low=4000,
          notes="minister relays DI; 'a significant proportion of them killed' gives no figure, no row"),
     ]),
     S("That is out of a force of around 11,000 to 12,000, which means that well over a third of those deployed have become casualties in three months.", [
        R("gb-defence-intelligence", "UK Defence Intelligence", "north_korean", "deployed", "range", "around 11,000 to 12,000",
          "stock", relays=CAST, low=11000, high=12000, notes="continuation of the DI assessment"),
        gbmod("north_korean", "casualties_unspecified", "more_than", "well over a third", "cumulative",
              counted_in="percent_of_force", low=33.33,
              notes="the minister's own inference ('which means'); a minister speaking for the department takes its id"),
     ]),
     S("Across the whole front, Russian losses are running at more than 1,200 a day.", [
        gbmod("russian", "casualties_unspecified", "more_than", "more than 1,200", "unspecified",
              counted_in="people_per_day", low=1200, notes="whole war, not Kursk; rate with no stated period"),
     ])],
    [S("Ms Laura Keane (Bath and Frome) (LD): Will the Minister confirm reports that the North has already sent some 3,000 replacements?", [
        R("unnamed-reports", "Reports (unnamed)", "north_korean", "deployed", "approximate", "some 3,000", "stock",
          relays="Ms Laura Keane", best=3000, notes="a question relaying unnamed reports"),
     ])],
    [S("Ms Castell: I can confirm that reinforcements of roughly that size have arrived."),
     S("If the current rate of attrition continues, we judge that North Korean casualties could exceed 8,000 by the end of June.", [
        gbmod("north_korean", "casualties_unspecified", "more_than", "exceed 8,000", "cumulative", modality="conditional",
              low=8000, notes="if-then projection to end of June"),
     ])],
    [S("Mr Pollard: The Ukrainian ambassador told the Defence Committee last week that 1,000 North Koreans had been killed in a single week in February.", [
        R("ua-ambassador-uk", "Ukraine's ambassador to the UK", "north_korean", "killed", "exact", "1,000", "period",
          relays="Mr Gareth Pollard", low=1000, best=1000, high=1000, notes="'Ukrainian' is the claimant; the dead are North Korean"),
     ]),
     S("Does the Minister recognise that figure?")],
    [S("Ms Castell: I would not comment on another Government's figures, but our own assessment for that week is lower, at between 500 and 700.", [
        gbmod("north_korean", "killed", "range", "between 500 and 700", "period", low=500, high=700,
              notes="measure and week carried from the question; disagrees with the ambassador's 1,000"),
     ]),
     S("We have also trained more than 50,000 Ukrainian recruits in the United Kingdom since 2022, and that work continues.",
       trap="recruits trained, not losses")],
    [S("Ms Keane: At its height the Ukrainian-held area of Kursk covered some 1,300 square kilometres; how much of it remains?",
       trap="territory")],
    [S("Ms Castell: Less than a tenth, Madam Deputy Speaker.", trap="share of territory, not of a force")],
]

# ---------------------------------------------------------------- c08
# Style: a newspaper's corrections and clarifications notice (English-language daily in Japan).
KH = "The Kanto Herald"
c08 = [
    [S("Corrections and clarifications")],
    [S("Friday 11 April 2025", trap="date of the notice")],
    [S("An article on Tuesday, 8 April, about North Korean losses in Russia's Kursk region said South Korea's National Intelligence Service estimated that 4,700 North Korean soldiers had been killed.",
       trap="the misstatement the notice withdraws; the agency never claimed 4,700 killed"),
     S("In fact the agency's estimate was about 4,700 casualties, killed and wounded, of whom around 600 had died.", [
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed_or_wounded", "approximate", "about 4,700",
          "cumulative", relays=KH, best=4700, notes="the text defines 'casualties' as killed and wounded"),
        R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "around 600",
          "cumulative", relays=KH, best=600),
     ])],
    [S("The article also said that Ukraine's General Staff put Russian and North Korean losses in the region at 1,400 a week; the figure was 1,400 over the week to 6 April, not a weekly average.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian_and_north_korean", "casualties_unspecified",
          "exact", "1,400", "period", relays=KH, low=1400, best=1400, high=1400,
          notes="as corrected: a total over one stated week, not a rate; the withdrawn 'a week' reading gets no row"),
     ]),
     S("A headline on the same article, “Thousands of Pyongyang's soldiers dead”, has been changed to “Thousands of Pyongyang's soldiers killed or wounded”.",
       trap="quotes the withdrawn and corrected headlines; the corrected one only restates the agency's estimate"),
     S("A caption described soldiers in an accompanying photograph as North Korean; they were Russian marines photographed in 2023.",
       trap="photo caption and a year")],
    [S("An article on 2 April quoted Japan's Defence Ministry as estimating North Korea's deployment at 15,000 troops; the ministry was citing South Korean briefings and made no estimate of its own.", [
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "exact", "15,000", "stock",
          relays="Japan's Defence Ministry > " + KH, low=15000, best=15000, high=15000,
          notes="as corrected, Japan's ministry is only a relay of South Korean briefings"),
     ]),
     S("The same article said “two North Korean divisions” had been destroyed; the Ukrainian brigade it cited had spoken of two battalions.", [
        R("ua-brigade-unnamed", "Ukrainian brigade (unnamed)", "north_korean", "casualties_unspecified", "exact", "two battalions",
          "unspecified", relays=KH, counted_in="battalions", low=2, best=2, high=2,
          notes="the 'divisions' wording was the paper's error and gets no row"),
     ])],
    [S("An article on 10 March said a third of North Korean troops in Kursk had been killed; the Carrow Institute report it cited said up to 40 percent had been killed or wounded.", [
        R("gb-carrow-institute", "Carrow Institute (think tank, London)", "north_korean", "killed_or_wounded", "at_most",
          "up to 40 percent", "cumulative", relays=KH, counted_in="percent_of_force", high=40,
          notes="the withdrawn 'a third ... killed' gets no row"),
     ]),
     S("We also clarify that the figure of 38,000 Russian troops killed in Kursk, attributed in a 28 March report to “Western officials”, was a Ukrainian estimate of Russians killed and wounded since August 2024.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "russian", "killed_or_wounded", "exact", "38,000", "cumulative",
          relays=KH, low=38000, best=38000, high=38000,
          notes="as clarified: claimant Ukrainian, not Western; measure killed or wounded, not killed"),
     ]),
     S("An earlier version of this notice gave the date of the first article as 7 April.", trap="a date in the correction"),
     S("The Herald regrets the errors.")],
]

SPECS = {
    "c01-korean-agency-wire": c01,
    "c02-state-media-monitoring-digest": c02,
    "c03-brigade-press-service-post": c03,
    "c04-podcast-interview-transcript": c04,
    "c05-french-daily-correspondent": c05,
    "c06-wire-factbox-timeline": c06,
    "c07-commons-oral-questions": c07,
    "c08-corrections-notice": c08,
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
