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


# ---------------------------------------------------------------- an01
# Daily NK-style report citing sources inside North Korea.
NWD = "North Watch Daily"
an01_h_src = S("A list kept by the provincial party committee counts 1,260 men from the province as dead and missing, according to the source, who said he had seen it in late March.", [
    R("kp-north-hamgyong-party-committee", "North Hamgyong provincial party committee", "north_korean",
      "killed_or_missing", "exact", "1,260", "cumulative",
      relays="source in North Hamgyong Province (unnamed) > " + NWD, low=1260, best=1260, high=1260,
      notes="the committee's list is the claimant; the source who saw it and the outlet are relays; 'dead and missing' is one combined figure"),
])
an01 = [
    [S("Sources: 1,260 men from North Hamgyong listed as dead or missing in Russia", trap=restates(an01_h_src))],
    [S("North Korean authorities have notified the families of about 1,100 soldiers from North Hamgyong Province that their sons died while “carrying out an overseas training mission,” a source in the province told North Watch Daily on Thursday.", [
        R("kp-sources", "Unnamed sources inside North Korea", "north_korean", "killed", "approximate",
          "about 1,100", "cumulative", relays=NWD, best=1100,
          notes="families notified of deaths to date; the 'training mission' wording is the regime's, the source says the men died in Russia"),
     ]),
     S("The notices, delivered in person by officers of the Ministry of State Security, made no mention of Russia or of the Kursk region, the source said.")],
    [S("“They call it training, but everyone in Chongjin knows where the boys went,” said the source, who asked not to be identified for safety reasons."),
     an01_h_src,
     S("Bereaved households have been promised a new apartment and 500 kilograms of rice each, and the children of the dead are to be admitted to elite schools in Pyongyang.",
       trap="compensation promised to families (rice, housing), not a count of people")],
    [S("A second source, a military officer in Pyongyang, said roughly 4,000 of the troops sent to Kursk since last autumn had been killed or wounded.", [
        R("kp-officials", "North Korean officials (unnamed)", "north_korean", "killed_or_wounded", "approximate",
          "roughly 4,000", "cumulative", relays=NWD, best=4000,
          notes="an unnamed North Korean military officer is taken as kp-officials; running total since arrival"),
     ]),
     S("He put that at about a third of the 12,000 troops Pyongyang sent in its first rotation.", [
        R("kp-officials", "North Korean officials (unnamed)", "north_korean", "killed_or_wounded", "approximate",
          "about a third", "cumulative", relays=NWD, counted_in="percent_of_force", best=33.33,
          notes="share of the force given in words; 'a third' read as 33.33 percent; share of the 12,000 in the same sentence"),
        R("kp-officials", "North Korean officials (unnamed)", "north_korean", "deployed", "exact",
          "12,000", "stock", relays=NWD, low=12000, best=12000, high=12000,
          notes="troops sent in the first rotation, not losses"),
     ]),
     S("Around 200 of the wounded were flown back to a military hospital in Pyongyang in January and are being kept away from visitors, the officer said.", [
        R("kp-officials", "North Korean officials (unnamed)", "north_korean", "wounded", "approximate",
          "Around 200", "period", relays=NWD, best=200,
          notes="wounded evacuated in January; a subset of the 4,000, stated for a month"),
     ]),
     S("Some of them, he said, are as young as 17.", trap="age of the wounded, not a count")],
    [S("The accounts are higher than those of South Korea’s intelligence service."),
     S("Rep. Hwang Dong-sik, a member of the National Assembly’s intelligence committee, told reporters in Seoul on Monday that the National Intelligence Service had briefed lawmakers that around 2,000 North Korean soldiers had been killed in Russia so far.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate",
          "around 2,000", "cumulative", relays="Rep. Hwang Dong-sik", best=2000,
          notes="lawmaker briefed by the agency is a relay; 'so far' is a running total"),
     ]),
     S("Hwang said the agency believed Pyongyang had sent about 3,000 replacements since January.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "approximate",
          "about 3,000", "stock", relays="Rep. Hwang Dong-sik", best=3000,
          notes="surname-only second mention of the relay; replacements sent, not losses"),
     ])],
    [S("Meanwhile, traffic across the border with Russia has grown, with some 30 freight trains crossing the Tumen River bridge each month, according to a source in Rason.",
       trap="freight trains a month, not people"),
     S("North Watch Daily could not independently verify the sources’ accounts, and North Korean state media have not acknowledged any deaths in Russia.")],
]

# ---------------------------------------------------------------- an02
# Hansard-style parliamentary exchange (UK House of Commons, Defence questions).
MIN = "Mr Tobias Renwick"
an02 = [
    [S("Defence: Oral Answers to Questions")],
    [S("Volume 762: debated on Monday 17 February 2025", trap="Hansard volume number and sitting date")],
    [S("North Korean Forces: Kursk")],
    [S("1. Mrs Eleanor Pryce (Wealden North) (LD): What assessment his Department has made of the losses suffered by North Korean forces in the Kursk region of Russia.",
       trap="order-paper question number; the question gives no figure")],
    [S("The Minister for the Armed Forces (Mr Tobias Renwick): Defence Intelligence assesses that around 11,000 North Korean troops were deployed to Kursk from October, and that by the end of January more than 4,000 of them had been killed or wounded.", [
        R("gb-defence-intelligence", "UK Defence Intelligence", "north_korean", "deployed", "approximate",
          "around 11,000", "stock", relays=MIN, best=11000,
          notes="the minister attributes the assessment to Defence Intelligence, so he is a relay"),
        R("gb-defence-intelligence", "UK Defence Intelligence", "north_korean", "killed_or_wounded", "more_than",
          "more than 4,000", "cumulative", relays=MIN, low=4000,
          notes="running total by the end of January"),
     ]),
     S("Put another way, Defence Intelligence judges that roughly 40 per cent of that force has been killed or wounded in under four months of combat.", [
        R("gb-defence-intelligence", "UK Defence Intelligence", "north_korean", "killed_or_wounded", "approximate",
          "roughly 40 per cent", "cumulative", relays=MIN, counted_in="percent_of_force", best=40,
          notes="share of the 11,000 in the previous sentence; 'under four months' is the time since arrival, a running total"),
     ]),
     S("That is an extraordinary rate of attrition, and it tells us a good deal about how the Russian command regards its allies.")],
    [S("Mrs Pryce: I thank the Minister for that answer."),
     S("Press reports in Kyiv have put North Korean dead alone at 6,000 to date.", [
        R("ua-media-unnamed", "Unnamed Ukrainian press reports", "north_korean", "killed", "exact",
          "6,000", "cumulative", relays="Mrs Eleanor Pryce", low=6000, best=6000, high=6000,
          notes="claim cited by the MP and then disputed by the minister; unnamed outlets in Kyiv are the claimant"),
     ]),
     S("Does he accept that figure, and what is being done to share our intelligence with partners in Seoul?")],
    [S("Mr Renwick: I do not accept it."),
     S("We have seen nothing to support a figure of that size, and I would caution the House against repeating numbers that originate on Russian or Ukrainian channels before they are checked."),
     S("We share assessments with the Republic of Korea routinely, and my right hon. Friend the Secretary of State discussed this with his counterpart in Seoul on 4 February.",
       trap="date of a ministerial meeting")],
    [S("Mr Callum Ferrie (Dundee West) (SNP): The Ukrainian military says its forces killed 320 North Korean soldiers over three days near Plekhovo last week.", [
        R("ua-armed-forces", "Armed Forces of Ukraine", "north_korean", "killed", "exact",
          "320", "period", relays="Mr Callum Ferrie", low=320, best=320, high=320,
          notes="'Ukrainian' names the claimant, not whose losses; three days last week is a stated period"),
     ]),
     S("If losses continue at that rate, Pyongyang could lose the equivalent of two brigades by the summer.", [
        R("gb-ferrie", "Callum Ferrie MP", "north_korean", "casualties_unspecified", "exact",
          "two brigades", "period", counted_in="brigades", modality="conditional", low=2, best=2, high=2,
          notes="the MP's own if-then projection, so his own id; 'lose' undefined"),
     ]),
     S("Is the Government prepared for the possibility that Pyongyang will simply send more?")],
    [S("Mr Renwick: I will not speculate on projections of that kind."),
     S("What I can tell the hon. Gentleman is that our assessment of Russian losses in the Kursk direction since August stands at about 38,000 killed and wounded, and that Russian losses across the whole front are now running at more than 1,200 a day.", [
        R("gb-mod", "UK Ministry of Defence", "russian", "killed_or_wounded", "approximate",
          "about 38,000", "cumulative", relays=MIN, best=38000,
          notes="'our assessment': the minister speaks for the Department; 'killed and wounded' is one combined figure"),
        R("gb-mod", "UK Ministry of Defence", "russian", "casualties_unspecified", "more_than",
          "more than 1,200", "unspecified", relays=MIN, counted_in="people_per_day", low=1200,
          notes="a daily rate for the whole front, not Kursk; 'losses' undefined"),
     ])],
    [S("Dr Helen Marchbank (Harrogate South) (Con): South Korea’s Joint Chiefs of Staff said on Friday that a further 3,000 North Korean troops had arrived in Kursk in January.", [
        R("kr-jcs", "South Korea's Joint Chiefs of Staff", "north_korean", "deployed", "exact",
          "3,000", "stock", relays="Dr Helen Marchbank", low=3000, best=3000, high=3000,
          notes="reinforcements arrived, troops present, not losses"),
     ]),
     S("Can the Minister confirm that?")],
    [S("Mr Renwick: We have seen reinforcements arrive, but I would not want to put a precise number on them from this Dispatch Box.")],
]

# ---------------------------------------------------------------- an03
# Live blog with timestamped entries.
YON = "lawmakers > Yonhap"
an03_gs = S("Ukraine’s General Staff said in its morning update that Russia had lost 1,340 troops killed and wounded over the past 24 hours, bringing its total since the full-scale invasion to 898,560.", [
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed_or_wounded", "exact",
      "1,340", "period", low=1340, best=1340, high=1340,
      notes="all fronts, past 24 hours"),
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed_or_wounded", "exact",
      "898,560", "cumulative", low=898560, best=898560, high=898560,
      notes="whole-war running total since February 2022"),
])
an03 = [
    [S("Russia-Ukraine war live: Seoul raises estimate of North Korean losses; Moscow claims village retaken")],
    [S("Friday 14 March 2025", trap="date of the live blog")],
    [S("09:05 — General Staff: 1,340 Russian troops lost in past day", trap=restates(an03_gs))],
    [an03_gs,
     S("It also claimed 14 tanks and 37 artillery systems destroyed.", trap="equipment, not people"),
     S("The figures cannot be verified, and the General Staff does not break them down by front.")],
    [S("10:20 — Seoul’s spy agency raises its count", trap="timestamp of a blog entry")],
    [S("South Korea’s National Intelligence Service now believes about 4,700 North Korean soldiers have been killed or wounded in Kursk, up from 3,000 in its January briefing, Yonhap reports, citing lawmakers who attended a closed session.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed_or_wounded", "approximate",
          "about 4,700", "cumulative", relays=YON, best=4700,
          notes="revised running total"),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed_or_wounded", "exact",
          "3,000", "cumulative", relays=YON, low=3000, best=3000, high=3000,
          notes="the superseded January estimate, still a claim the text reports; 'up from' does not license a difference"),
     ]),
     S("The agency also told the committee that North Korea had sent roughly 3,000 more troops in January and February to make up for the losses.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "approximate",
          "roughly 3,000", "stock", relays=YON, best=3000,
          notes="reinforcements, not losses; relay inferred from the paragraph"),
     ])],
    [S("11:47 — Drone unit posts footage", trap="timestamp of a blog entry")],
    [S("The Ukrainian drone battalion Nightjar said on Telegram that its operators had killed 23 North Korean soldiers and wounded at least 15 more near the village of Pohrebky on Thursday, posting a six-minute video.", [
        R("ua-nightjar-battalion", "Nightjar drone battalion (Ukraine)", "north_korean", "killed", "exact",
          "23", "incident", low=23, best=23, high=23,
          notes="a unit's own Telegram channel is not a relay"),
        R("ua-nightjar-battalion", "Nightjar drone battalion (Ukraine)", "north_korean", "wounded", "at_least",
          "at least 15", "incident", low=15,
          notes="'six-minute' is the video's length"),
     ]),
     S("Meridian News could not verify where or when the footage was filmed.")],
    [S("13:30 — Moscow says village retaken", trap="timestamp of a blog entry")],
    [S("Russia’s defence ministry said its forces had killed up to 210 Ukrainian servicemen in the Kursk border area over the past day and had retaken Pohrebky.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "killed", "at_most",
          "up to 210", "period", high=210,
          notes="'up to' is an upper bound"),
     ]),
     S("Ukraine’s military denied that the village had fallen."),
     S("The ministry added that Ukraine had lost more than 76,000 troops in the region since August, a figure that independent analysts regard as heavily inflated.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than",
          "more than 76,000", "cumulative", low=76000,
          notes="disputed by analysts but still the ministry's claim; 'lost' undefined"),
     ])],
    [S("15:02 — Prisoner swap", trap="timestamp of a blog entry")],
    [S("Ukraine and Russia exchanged 175 prisoners each on Friday, Ukraine’s coordination headquarters for prisoners of war said.",
       trap="prisoners exchanged, not losses of the fighting"),
     S("Kyiv has said it is holding two North Korean soldiers captured in Kursk in January and would be willing to hand them over to Seoul.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "captured", "exact",
          "two", "period", low=2, best=2, high=2,
          notes="'Kyiv' as the Ukrainian government, no person named: ua-officials; captured in January"),
     ]),
     S("In Sumy, regional officials said a Russian drone strike had killed two civilians and injured nine.",
       trap="civilian casualties outside Kursk, not military losses")],
]

# ---------------------------------------------------------------- an04
# Correction notice over a corrected news story.
an04_body = S("KYIV — Ukraine’s military intelligence agency said on Tuesday that 5,200 North Korean soldiers had been killed or wounded in the Kursk region since they began fighting in November, including about 1,900 killed.", [
    R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "exact",
      "5,200", "cumulative", low=5200, best=5200, high=5200, notes="running total since November"),
    R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "approximate",
      "about 1,900", "cumulative", best=1900, notes="the killed part of the 5,200, kept as its own figure"),
])
an04 = [
    [S("Ukraine says 5,200 North Koreans killed or wounded in Kursk since autumn", trap=restates(an04_body))],
    [S("Correction, April 10, 2025: An earlier version of this article misstated a figure given by Ukraine’s military intelligence agency.",
       trap="date of the correction"),
     S("It said the agency had put North Korean dead at 5,200, when the agency’s figure of 5,200 was for soldiers killed or wounded.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "exact",
          "5,200", "cumulative", low=5200, best=5200, high=5200,
          notes="the corrected reading is the agency's claim; the paper's erroneous 'dead' reading is not a row"),
     ]),
     S("The earlier version also said a Ukrainian regiment had lost 40 soldiers; the regiment said it had destroyed 40 vehicles.",
       trap="a retracted misreading; the figure is vehicles"),
     S("The Baltic Courier regrets the errors.")],
    [an04_body,
     S("The agency, known by its Ukrainian initials HUR, said the North Korean contingent now numbered about 8,000, down from roughly 11,000 at the start of the year.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "deployed", "approximate",
          "about 8,000", "stock", best=8000, notes="troops present now"),
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "deployed", "approximate",
          "roughly 11,000", "stock", best=11000,
          notes="troops present at the start of the year; the drop is not a loss figure"),
     ])],
    [S("HUR’s spokesman, Col. Oleh Marchuk, said in a televised interview that Pyongyang was losing “on average 60 to 80 men a day” whenever its units were sent into assaults.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "casualties_unspecified", "range",
          "60 to 80", "unspecified", counted_in="people_per_day", low=60, high=80,
          notes="the spokesman takes the agency's id; a rate on assault days, no period stated; the unnamed channel is not recorded"),
     ]),
     S("Marchuk said that if Russia kept using the North Koreans as assault infantry, their losses could reach 10,000 killed or wounded by the summer.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "exact",
          "10,000", "cumulative", modality="conditional", low=10000, best=10000, high=10000,
          notes="surname-only second mention of the spokesman; an if-then total to be reached by summer"),
     ])],
    [S("The Bereza Assault Regiment, which has fought near Sudzha since August, said separately that its troops had killed 46 North Korean soldiers and captured one in a single engagement last week.", [
        R("ua-bereza-regiment", "Bereza Assault Regiment (Ukraine)", "north_korean", "killed", "exact",
          "46", "incident", low=46, best=46, high=46),
        R("ua-bereza-regiment", "Bereza Assault Regiment (Ukraine)", "north_korean", "captured", "exact",
          "one", "incident", low=1, best=1, high=1),
     ]),
     S("It also said it had destroyed 40 vehicles in the same battle, among them armoured personnel carriers.",
       trap="vehicles, not people")],
    [S("Russia’s defence ministry has never acknowledged that North Korean troops are fighting in Kursk, and North Korean state media have not reported any casualties."),
     S("A US official, speaking on condition of anonymity, said Washington’s estimate was lower, at “a few thousand” casualties in all.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "vague",
          "a few thousand", "cumulative", low=2000, high=4000,
          notes="vague quantity; bounds 2,000-4,000 chosen by this curator"),
     ]),
     S("The official declined to give a breakdown.")],
]

# ---------------------------------------------------------------- an05
# Fact-check of a viral social-media claim.
VE = "VerifyEast"
an05_post = S("A post circulating on X and Telegram since Saturday says that Ukraine’s military intelligence agency “admitted” that 30,000 North Korean soldiers had died fighting in Russia’s Kursk region.", [
    R("x-post-anonymous", "Anonymous viral social-media post", "north_korean", "killed", "exact",
      "30,000", "cumulative", low=30000, best=30000, high=30000,
      notes="cited only to be debunked; the fact-check shows the agency never said it, so the post, not the agency, is the claimant"),
])
an05 = [
    [S("Fact check: Viral post misreads Ukrainian intelligence on North Korean deaths")],
    [S("Claim: Ukraine’s military intelligence has admitted that North Korea has lost 30,000 soldiers in Kursk.",
       trap="the fact-check's summary line restates the post: " + an05_post.text),
     S("Verdict: False.")],
    [an05_post,
     S("By Wednesday, versions of it had been shared more than 12,000 times.", trap="shares of a post, not people")],
    [S("The post carries a screenshot of a genuine article from the Ukrainian news site RBC Ukraine, but the article says something else."),
     S("According to the original, HUR estimated that 30,000 North Korean troops had been sent to Russia in total, over two rotations, and that about 1,400 of them had been killed.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "deployed", "exact",
          "30,000", "stock", relays="RBC Ukraine", low=30000, best=30000, high=30000,
          notes="troops sent, the figure the post misread as deaths"),
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "approximate",
          "about 1,400", "cumulative", relays="RBC Ukraine", best=1400),
     ]),
     S("The post’s author appears to have mistaken troops sent for troops lost.")],
    [S("The agency’s latest estimate, published on Monday, puts North Korean losses at about 1,400 killed and about 3,600 wounded, figures a HUR spokeswoman confirmed to VerifyEast by phone.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed", "approximate",
          "about 1,400", "cumulative", relays=VE, best=1400,
          notes="spokeswoman takes the agency's id; the outlet she confirmed to is the relay"),
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "wounded", "approximate",
          "about 3,600", "cumulative", relays=VE, best=3600),
     ]),
     S("We found no HUR statement that gives a death toll above 2,000.",
       trap="the fact-checker's search result, not a claim of losses")],
    [S("Other estimates fall in a similar range."),
     S("The Pentagon said in late January that North Korea had suffered around 3,500 casualties, killed and wounded, while South Korea’s National Intelligence Service put the toll in mid-January at about 350 killed and about 2,500 wounded.", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "approximate",
          "around 3,500", "cumulative", best=3500, notes="the text defines 'casualties' as killed and wounded"),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate",
          "about 350", "cumulative", best=350),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "wounded", "approximate",
          "about 2,500", "cumulative", best=2500),
     ]),
     S("Neither Russia nor North Korea has published any figures.")],
    [S("The false 30,000 figure has since been repeated by at least three Russian-language Telegram channels with a combined 1.2 million subscribers.",
       trap="restates the debunked post's figure; counts channels and subscribers"),
     S("VerifyEast rates the claim False.")],
]

# ---------------------------------------------------------------- an06
# Japanese newspaper report (correspondent in Seoul).
JPS = "Japanese government sources"
an06_body = S("SEOUL — North Korean troops sent to Russia have suffered about 2,200 killed and about 3,900 wounded in the fighting in Kursk Oblast, according to an analysis compiled by the Japanese government, several government sources said.", [
    R("jp-government", "Government of Japan", "north_korean", "killed", "approximate",
      "about 2,200", "cumulative", relays=JPS, best=2200,
      notes="unnamed officials passing on their government's analysis are relays"),
    R("jp-government", "Government of Japan", "north_korean", "wounded", "approximate",
      "about 3,900", "cumulative", relays=JPS, best=3900),
])
an06 = [
    [S("N. Korean casualties in Russia top 6,000, govt analysis shows", [
        R("author", "Tokai Shimpo (the article's own voice)", "north_korean", "killed_or_wounded", "more_than",
          "top 6,000", "cumulative", low=6000, derived=an06_body,
          notes="headline's own sum of 2,200 killed and 3,900 wounded"),
     ])],
    [an06_body,
     S("The analysis, which draws on information from the United States and South Korea, covers the period from the troops’ first combat in early December to the end of March.")],
    [S("The casualty rate was especially high in February, when North Korean units lost an estimated 1,000 men killed or wounded in assaults on Ukrainian positions around Sudzha, the sources said.", [
        R("jp-government", "Government of Japan", "north_korean", "killed_or_wounded", "approximate",
          "an estimated 1,000", "period", relays=JPS, best=1000,
          notes="February; 'Ukrainian positions' is not whose losses"),
     ]),
     S("According to the analysis, about 40% of those killed belonged to special operations units of the 11th Corps, known as the Storm Corps.",
       trap="a share of the dead by unit, not a share of the force nor a new count")],
    [S("At a press conference on Friday, Defense Minister Kenji Arakawa said that North Korea had sent “at least 12,000” soldiers to Russia and might send more.", [
        R("jp-arakawa", "Kenji Arakawa, Japan's Defense Minister", "north_korean", "deployed", "at_least",
          "at least 12,000", "stock", low=12000, notes="a minister in his own name"),
     ]),
     S("“There is a real possibility that Pyongyang is gaining combat experience it could use on the Korean Peninsula,” Arakawa said."),
     S("U.S. and South Korean officials have said the total dispatched so far is about 14,000, including replacements.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate",
          "about 14,000", "stock", best=14000, notes="list of claimants: one row per nation"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate",
          "about 14,000", "stock", best=14000, notes="list of claimants: one row per nation"),
     ])],
    [S("South Korea’s National Intelligence Service has given a lower death toll."),
     S("In a closed-door briefing to the National Assembly’s intelligence committee on Thursday, the NIS said some 1,500 North Korean soldiers had died, according to lawmaker Park Sun-young, who attended.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate",
          "some 1,500", "cumulative", relays="Park Sun-young", best=1500),
     ]),
     S("Park told reporters the agency believed the North was preparing to send an additional 2,000 to 3,000 troops.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "range",
          "2,000 to 3,000", "stock", relays="Park Sun-young", modality="projected", low=2000, high=3000,
          notes="troops still to be sent: a projected deployment"),
     ])],
    [S("A senior U.S. official told this newspaper in Washington last month that roughly 700 North Korean soldiers had been killed or wounded in their first three days of combat.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "approximate",
          "roughly 700", "period", relays="Tokai Shimpo", best=700,
          notes="the paper itself received the claim, so it is the relay"),
     ])],
    [S("Government sources estimate that Pyongyang receives around $2,000 a month for each soldier it sends, money paid to the state rather than to the troops.",
       trap="money per soldier a month, not people"),
     S("Many of the soldiers are in their late teens or early 20s, the sources said.", trap="ages, not a count")],
]

# ---------------------------------------------------------------- an07
# News report on a think-tank study, citing its table.
VI = "Vistula Institute for Security Studies"
an07_lead = S("WARSAW — Russian and North Korean forces have together lost at least 48,000 troops killed, wounded or missing in and around the Kursk region since August 2024, the Vistula Institute for Security Studies said in a report published on Wednesday.", [
    R("vistula-institute", VI, "russian_and_north_korean", "killed_wounded_or_missing", "at_least",
      "at least 48,000", "cumulative", low=48000, notes="a mixed count stays mixed"),
])
an07 = [
    [S("Think tank puts Russian and North Korean losses in Kursk at ‘at least 48,000’", trap=restates(an07_lead))],
    [an07_lead,
     S("The 62-page report, “Kursk: Counting the Cost,” produces no new intelligence but gathers published claims into a single table, with the institute’s own assessment beside each.",
       trap="page count"),
     S("Its lead author, Marta Zielińska, a former Polish military intelligence officer, says the gaps between the figures are as telling as the figures themselves.")],
    [S("The table’s entries for North Korean losses read as follows:")],
    [S("Ukraine, Defence Intelligence (HUR), 3 April: 4,300 killed or wounded.", [
        R("ua-gur", "Defence Intelligence of Ukraine (GUR)", "north_korean", "killed_or_wounded", "exact",
          "4,300", "cumulative", relays=VI, low=4300, best=4300, high=4300,
          notes="table row: the body in the row is the claimant, the think tank the relay"),
     ])],
    [S("South Korea, National Intelligence Service, 28 March: about 1,800 killed; about 3,100 wounded.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate",
          "about 1,800", "cumulative", relays=VI, best=1800),
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "wounded", "approximate",
          "about 3,100", "cumulative", relays=VI, best=3100),
     ])],
    [S("United States, unnamed officials, 20 March: “more than 5,000” casualties.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "casualties_unspecified", "more_than",
          "more than 5,000", "cumulative", relays=VI, low=5000, notes="'casualties' undefined"),
     ])],
    [S("Russia, Ministry of Defence: no figure published.")],
    [S("Vistula Institute’s own estimate: 1,500–2,500 killed.", [
        R("vistula-institute", VI, "north_korean", "killed", "range",
          "1,500–2,500", "cumulative", low=1500, high=2500, notes="the institute's own assessment"),
     ])],
    [S("For Russian forces, the table lists the Ukrainian General Staff’s claim of 41,000 killed and wounded in the Kursk direction since August, which the institute calls “plausible but unverifiable.”", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed_or_wounded", "exact",
          "41,000", "cumulative", relays=VI, low=41000, best=41000, high=41000),
     ]),
     S("It also cites a list of 2,140 named Russian dead from units that fought in Kursk, compiled from obituaries and social media posts by the independent outlet Mediazona.", [
        R("mediazona", "Mediazona", "russian", "killed", "exact",
          "2,140", "cumulative", relays=VI, low=2140, best=2140, high=2140,
          notes="a count of named dead, a floor by method but stated as an exact number"),
     ])],
    [S("The institute estimates that at the height of the fighting in February, North Korean units were losing around 90 men a day killed or wounded, a rate it says no army can sustain for long without rotation.", [
        R("vistula-institute", VI, "north_korean", "killed_or_wounded", "approximate",
          "around 90", "period", counted_in="people_per_day", best=90, notes="a daily rate in February"),
     ]),
     S("If Pyongyang keeps its contingent at about 11,000 and the February rate returns, the report says, up to half of that force could be killed or wounded by late summer.", [
        R("vistula-institute", VI, "north_korean", "killed_or_wounded", "at_most",
          "up to half", "period", counted_in="percent_of_force", modality="conditional", high=50,
          notes="if-then share; the 11,000 is a hypothetical troop level inside the condition, not a deployed claim"),
     ])],
    [S("Zielińska said in an interview that the most credible single number in the table was Seoul’s, because South Korea had the best sources and the least reason to exaggerate."),
     S("The institute receives about a quarter of its funding from Poland’s defence ministry.", trap="share of funding, not of a force")],
]

# ---------------------------------------------------------------- an08
# TV news script (Korean evening news, interview with a Ukrainian general).
TV = "Hanbit TV"
TK = "Serhiy Tkachenko, Ukrainian brigadier general"
an08_own = S("REPORTER (VO): Tkachenko also gave a rare figure for his own side, saying 41 of his soldiers had been killed and 130 wounded in the same months of fighting.", [
    R("ua-tkachenko", TK, "ukrainian", "killed", "exact", "41", "period", relays=TV, low=41, best=41, high=41,
      notes="own side's losses, acknowledged; December to May"),
    R("ua-tkachenko", TK, "ukrainian", "wounded", "exact", "130", "period", relays=TV, low=130, best=130, high=130),
])
an08 = [
    [S("HANBIT TV NIGHTLY — SEGMENT 4 — TUES. MAY 6 — KURSK / TKACHENKO INTERVIEW", trap="script slug: segment number and air date")],
    [S("ANCHOR (ON CAM): Good evening."),
     S("A Ukrainian general has told Hanbit TV that North Korea’s forces in Kursk have been “bled white,” with more than 2,000 of their soldiers killed since December.", [
        R("ua-tkachenko", TK, "north_korean", "killed", "more_than", "more than 2,000", "cumulative",
          relays=TV, low=2000, notes="general named in the next paragraph; the channel he told is the relay"),
     ]),
     S("Our correspondent Lee Ji-won reports from Kyiv.")],
    [S("REPORTER (VO): Brigadier General Serhiy Tkachenko’s paratroopers have faced the North Koreans since they first went into battle near the village of Staroye Gorodishche in December.")],
    [S("SOT (TKACHENKO, VIA INTERPRETER): “In the first week alone, my brigade killed about 300 of them.”", [
        R("ua-tkachenko", TK, "north_korean", "killed", "approximate", "about 300", "period",
          relays=TV, best=300, notes="first week of fighting"),
     ]),
     S("“They came across open fields in columns, and our drones were over them the whole time.”")],
    [S("REPORTER (VO): He said his brigade had put two North Korean battalions out of action near Staroye Gorodishche in January.", [
        R("ua-tkachenko", TK, "north_korean", "casualties_unspecified", "exact", "two", "period",
          relays=TV, counted_in="battalions", low=2, best=2, high=2,
          notes="formations 'put out of action', counted in battalions, not people"),
     ]),
     S("Since March, he said, North Korean losses in his sector have fallen to “maybe ten or fifteen a day” as the troops have learned to hide from drones.", [
        R("ua-tkachenko", TK, "north_korean", "casualties_unspecified", "range", "ten or fifteen", "period",
          relays=TV, counted_in="people_per_day", low=10, high=15,
          notes="a daily rate since March; 'losses' undefined"),
     ])],
    [S("[GRAPHIC: NORTH KOREAN LOSSES — UKRAINIAN GENERAL: 2,000+ KILLED / SOUTH KOREA (NIS): ~1,600 KILLED / PENTAGON: 3,800 KILLED OR WOUNDED]",
       trap="on-screen graphic restates figures the script states in its body")],
    [S("REPORTER (VO): South Korea’s spy agency puts the number of North Korean dead lower, at around 1,600, while the Pentagon’s estimate, released last week, is 3,800 killed or wounded.", [
        R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate",
          "around 1,600", "cumulative", best=1600, notes="'spy agency' is the NIS"),
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "exact",
          "3,800", "cumulative", low=3800, best=3800, high=3800),
     ])],
    [an08_own],
    [S("[GRAPHIC: TKACHENKO’S BRIGADE — 171 KILLED OR WOUNDED SINCE DECEMBER]", [
        R("author", "Hanbit TV (the script's own voice)", "ukrainian", "killed_or_wounded", "exact", "171", "period",
          low=171, best=171, high=171, derived=an08_own,
          notes="the graphic's own sum of 41 killed and 130 wounded"),
     ])],
    [S("SOT (TKACHENKO): “Every one of them has a name. I will not pretend our side is not paying.”",
       trap="'every one' is not a figure")],
    [S("REPORTER (ON CAM): Russia’s defence ministry claimed today that Ukraine had lost “over 300 servicemen” in the Kursk border area in the past 24 hours, a figure Kyiv dismissed as fiction.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "casualties_unspecified", "more_than",
          "over 300", "period", low=300, notes="disputed by Kyiv; 'lost' undefined"),
     ]),
     S("The 24-kilometre stretch of border Tkachenko’s men hold has been quiet for nine days, he said, but he expects the North Koreans back.",
       trap="distance and a number of days, not losses")],
    [S("Lee Ji-won, Hanbit TV News, Kyiv.")],
]

SPECS = {
    "an01-sources-inside-north-korea": an01,
    "an02-hansard-exchange": an02,
    "an03-live-blog": an03,
    "an04-correction-notice": an04,
    "an05-fact-check": an05,
    "an06-japanese-paper": an06,
    "an07-think-tank-table": an07,
    "an08-tv-news-script": an08,
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
