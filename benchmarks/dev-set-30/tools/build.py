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


# ---------------------------------------------------------------- r01
# A Deutsche Welle-style explainer with question headings (published Wednesday 5 March 2025).
NIS1 = "South Korea's National Intelligence Service (NIS)"
HUR1 = "Ukraine's military intelligence agency (HUR)"
r01_s_4300 = S("In its latest estimate, Seoul's spy agency said roughly 4,300 North Korean soldiers had been killed or wounded by the end of February, some 500 of them fatally.", [
    R("kr-nis", NIS1, "north_korean", "killed_or_wounded", "approximate", "roughly 4,300", "cumulative", best=4300,
      notes="'Seoul's spy agency' = the NIS named in an earlier paragraph; running total to end of February"),
    R("kr-nis", NIS1, "north_korean", "killed", "approximate", "some 500", "cumulative", best=500,
      notes="'some 500 of them fatally': the killed part of the same estimate, a separate measure"),
])
r01 = [
    [S("North Korean losses in Kursk: What we know")],
    [S("Date 05.03.2025 | Author: DW staff", trap="publication date line, not a figure of losses")],
    [S("Seoul, Kyiv and Washington have all put figures on North Korean casualties in Russia's Kursk region."),
     S("The estimates differ widely, and Pyongyang has said nothing at all.")],
    [S("How many soldiers did Pyongyang send?")],
    [S("South Korea's National Intelligence Service (NIS) says about 11,000 North Korean soldiers were sent to Russia in October and November 2024, most of them from an elite unit known as the Storm Corps.", [
        R("kr-nis", NIS1, "north_korean", "deployed", "approximate", "about 11,000", "stock", best=11000,
          notes="troops sent (deployed), not losses"),
     ]),
     S("Around 3,000 more are believed to have followed in January and February, the agency told lawmakers in Seoul last week.", [
        R("kr-nis", NIS1, "north_korean", "deployed", "approximate", "Around 3,000", "stock", relays="lawmakers in Seoul",
          best=3000, notes="reinforcements on top of the first contingent, not a total; the claimant ('the agency') is named after the figure and in the previous sentence; relayed by the lawmakers it briefed"),
     ]),
     S("The troops are mostly aged between 18 and 25, according to the NIS.", trap="ages of the soldiers, not a count")],
    [S("How many have been killed or wounded?")],
    [r01_s_4300,
     S("In January, it had put the figure at 3,100 casualties.", [
        R("kr-nis", NIS1, "north_korean", "killed_or_wounded", "exact", "3,100", "cumulative", low=3100, best=3100, high=3100,
          notes="earlier estimate, superseded by the February one; 'the figure' is the killed-or-wounded figure of the previous sentence, so 'casualties' here is defined as killed or wounded"),
     ])],
    [S("Ukraine's military intelligence agency, HUR, puts the toll far higher."),
     S("North Korea has lost more than 6,000 soldiers killed and wounded since its troops first went into combat in December, its deputy head, Major General Ihor Dovzhenko, told DW.", [
        R("ua-gur", HUR1, "north_korean", "killed_or_wounded", "more_than", "more than 6,000", "cumulative", low=6000,
          notes="the deputy head speaks for HUR, so HUR's id; claimant after the statement; 'killed and wounded' is one combined figure"),
     ])],
    [S("A US official, speaking on condition of anonymity, said Washington's own estimate was closer to Seoul's, at \"around 4,000\" killed or wounded.", [
        R("us-officials", "a US official (unnamed)", "north_korean", "killed_or_wounded", "approximate", "around 4,000", "cumulative",
          best=4000, notes="'Washington's own estimate' read as a current running total"),
     ])],
    [S("Why do the figures differ?")],
    [S("Western analysts say the two estimates count different things: the NIS relies on intercepted communications and satellite imagery, while HUR adds soldiers it believes its drones have killed.",
       trap="'two estimates' counts estimates, not people"),
     S("Pyongyang has never acknowledged a single death, and Moscow denied for months that North Korean troops were in Kursk at all."),
     S("Russia's defence ministry, meanwhile, claims Ukraine has lost more than 64,000 troops in the Kursk region since August 2024, a figure Kyiv rejects.", [
        R("ru-mod", "Russia's defence ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 64,000", "cumulative",
          low=64000, notes="'lost' is not defined; cited only to be disputed by Kyiv; Russian and Korean context words are not whose losses"),
     ])],
    [S("What happens next?")],
    [S("If North Korean units keep losing men at February's rate of about 90 a day, as HUR estimates, the first contingent could be exhausted by summer, analysts say.", [
        R("ua-gur", HUR1, "north_korean", "casualties_unspecified", "approximate", "about 90 a day", "period",
          counted_in="people_per_day", best=90,
          notes="the rate itself is reported (HUR's estimate for February); only the exhaustion is conditional and has no figure; 'losing men' undefined"),
     ]),
     S("Seoul's spy agency has warned that total losses could pass 10,000 by the end of the year if Pyongyang keeps sending reinforcements.", [
        R("kr-nis", NIS1, "north_korean", "casualties_unspecified", "more_than", "pass 10,000", "cumulative",
          modality="conditional", low=10000, notes="if-then warning looking to the end of 2025; 'pass' read as more than"),
     ])],
]

# ---------------------------------------------------------------- r02
# A Kommersant-style Russian business-paper item on payouts to families of the dead (Wednesday 11 June 2025).
SOC = "the Kursk regional ministry of social protection"
r02 = [
    [S("Kursk region adds 4.2 billion rubles for payouts to families of fallen servicemen", trap="money, not people")],
    [S("The regional government expects more claims in the second half of the year", trap="'half' is part of a time phrase")],
    [S("The Kursk region government has more than doubled spending on one-off payments to the families of servicemen killed in the special military operation, according to amendments to the regional budget published on Tuesday.",
       trap="'one-off' describes the payments; no count of the dead"),
     S("The line now stands at 6.8 billion rubles, up from 2.6 billion rubles in the original 2025 budget.", trap="budget sums in rubles"),
     S("Each family receives 3 million rubles from the region on top of federal payments, which come to about 12 million rubles per serviceman killed.",
       trap="payment per family in rubles; 'killed' is near a money figure")],
    [S("The regional ministry of social protection told Kommersant that payments had been made to the families of 1,418 servicemen since the start of 2025.", [
        R("ru-kursk-social-ministry", SOC, "russian", "killed", "exact", "1,418", "cumulative", low=1418, best=1418, high=1418,
          notes="payments go only to families of the dead, so the figure counts servicemen killed; men from the region, wherever they died (not only in Kursk); running total since 1 January"),
     ]),
     S("A further 312 applications are under review.", trap="applications still pending, not confirmed deaths")],
    [S("In May alone, 346 families received the payment, against 171 in January.", [
        R("ru-kursk-social-ministry", SOC, "russian", "killed", "exact", "346", "period", low=346, best=346, high=346,
          notes="claimant inferred from the preceding paragraph; one payment per dead serviceman; month of May"),
        R("ru-kursk-social-ministry", SOC, "russian", "killed", "exact", "171", "period", low=171, best=171, high=171,
          notes="claimant inferred from the preceding paragraph; month of January"),
     ]),
     S("At 3 million rubles a family, the new allocation would be enough for roughly 2,260 more payments, by Kommersant's calculation.",
       trap="the paper's arithmetic of what the budget can pay for, not a count or forecast of deaths")],
    [S("The ministry also said 97 servicemen from the region were listed as missing in action as of June 1; their families receive payments only after a court declares them dead.", [
        R("ru-kursk-social-ministry", SOC, "russian", "missing", "exact", "97", "cumulative", low=97, best=97, high=97,
          notes="missing as of 1 June, a standing total"),
     ]),
     S("The ministry did not say how many of the dead had fought in the Kursk region itself rather than in Donbas or Zaporizhzhia.")],
    [S("Speaking at a budget committee session on Monday, deputy governor Yelena Surikova said the region had buried \"more than 800 of our own men\" since August 2024, when Ukrainian forces crossed the border.", [
        R("ru-kursk-government", "Kursk region government (deputy governor Yelena Surikova)", "russian", "killed", "more_than",
          "more than 800", "cumulative", low=800,
          notes="a deputy governor speaks for the regional government; 'buried' = killed; 'Ukrainian forces' is not whose losses; own side acknowledging"),
     ]),
     S("At least 40 of this year's payments went to families in Rylsk district, the local news site Rylsk-Inform reported, citing the district administration; in the same district, shelling killed three civilians in May.", [
        R("ru-rylsk-district-admin", "Rylsk district administration", "russian", "killed", "at_least", "At least 40", "cumulative",
          relays="Rylsk-Inform", low=40,
          notes="payments stand for dead servicemen; 'this year's' is a running total; the three civilians are not a military loss and get no row"),
     ])],
    [S("The outlet Mediazona, designated a foreign agent in Russia, has identified by name 512 soldiers from the Kursk region killed since February 2022.", [
        R("mediazona", "Mediazona", "russian", "killed", "exact", "512", "cumulative", low=512, best=512, high=512,
          notes="count of named dead from the region over the whole war, not only the Kursk fighting"),
     ]),
     S("Ukraine's General Staff claims that Russia has lost more than 70,000 soldiers killed and wounded in the Kursk direction; Moscow dismisses the figure as propaganda.", [
        R("ua-general-staff", "Ukraine's General Staff", "russian", "killed_or_wounded", "more_than", "more than 70,000", "cumulative",
          low=70000, notes="cited only to be dismissed; 'Ukraine's' is the claimant, the losses are Russian"),
     ]),
     S("Lawyers for several families told Kommersant that federal payments had been delayed by two to three months.",
       trap="length of delays in months")],
]

# ---------------------------------------------------------------- r03
# A Ukrainian regional TV channel's Telegram post on a drone unit's video (Monday 27 January 2025).
NJ = "Nightjar strike drone unit (Ukraine)"
r03 = [
    [S("⚡️ Drone operators of the Nightjar strike unit have published a video of an attack on North Korean infantry near Plekhovo in the Kursk region.")],
    [S("In the footage, about 20 soldiers can be seen crossing a snowy field in open formation before FPV drones strike them.",
       trap="soldiers seen in the video, not a count of losses"),
     S("According to the unit's commander, call sign Lys, 17 of them were killed and another six wounded.", [
        R("ua-nightjar-unit", NJ, "north_korean", "killed", "exact", "17", "incident", low=17, best=17, high=17,
          notes="the commander speaks for his named unit, so the unit's id; evidence is footage"),
        R("ua-nightjar-unit", NJ, "north_korean", "wounded", "exact", "six", "incident", low=6, best=6, high=6),
     ]),
     S("\"They walk in groups of 15 or 20 and don't scatter when they hear a drone,\" Lys told our channel.",
       trap="size of the groups, not losses")],
    [S("Over the past three days, the unit says, it has hit 41 North Korean and Russian soldiers, 28 of them fatally.", [
        R("ua-nightjar-unit", NJ, "russian_and_north_korean", "killed_or_wounded", "exact", "41", "period", low=41, best=41, high=41,
          notes="'hit' = killed or wounded (the sentence then gives the fatal part); mixed count stays mixed; three-day window"),
        R("ua-nightjar-unit", NJ, "russian_and_north_korean", "killed", "exact", "28", "period", low=28, best=28, high=28,
          notes="the fatal part of the 41, a separate measure"),
     ]),
     S("It also destroyed two pickup trucks and a mortar position.", trap="equipment, not people")],
    [S("The SSO said separately that its operators had killed nine North Korean soldiers and taken one prisoner in the same area on Sunday.", [
        R("ua-sso", "SSO (Ukraine's Special Operations Forces)", "north_korean", "killed", "exact", "nine", "incident",
          low=9, best=9, high=9, notes="body named only by its acronym; one day (Sunday 26 January)"),
        R("ua-sso", "SSO (Ukraine's Special Operations Forces)", "north_korean", "captured", "exact", "one", "incident",
          low=1, best=1, high=1, notes="'taken one prisoner' = captured"),
     ]),
     S("Russian Telegram channels claimed earlier this week that Ukrainian forces had lost a whole company near Sudzha; Lys called the claim \"fantasy\".", [
        R("ru-milbloggers", "Russian Telegram channels", "ukrainian", "casualties_unspecified", "exact", "a whole company", "unspecified",
          counted_in="companies", low=1, best=1, high=1,
          notes="a formation, counted in companies, not converted to people; 'lost' undefined; when the loss happened is not said; cited only to be disputed"),
     ])],
    [S("The video could not be independently verified; our channel geolocated it to a field about 2 km north of Plekhovo.",
       trap="distance")],
    [S("📊 In its morning summary, the General Staff put Russian losses across the whole front over the past day at 1,380 personnel.", [
        R("ua-general-staff", "Ukraine's General Staff", "russian", "casualties_unspecified", "exact", "1,380", "period",
          low=1380, best=1380, high=1380,
          notes="whole front, not only Kursk; one day; 'losses' not defined in the text"),
     ]),
     S("In the Kursk direction, 12 combat engagements took place on Monday, the summary said.", trap="number of engagements, not people")],
    [S("📍 Sumy region: overnight, Russian forces shelled eight communities; one woman was wounded in Krasnopillia, the regional military administration reports.",
       trap="communities shelled and a civilian wounded, not a military loss")],
    [S("Subscribe to Siver TV | News")],
]

# ---------------------------------------------------------------- r04
# A Guardian-style live blog with time stamps (Wednesday 12 March 2025).
RUMOD4 = "Russia's defence ministry"
JCS = "South Korea's Joint Chiefs of Staff (JCS)"
GS4 = "Ukraine's general staff"
r04_s_1100 = S("It also claims that Ukraine lost more than 1,100 servicemen in the Kursk area in the past 24 hours, a figure that cannot be independently verified.", [
    R("ru-mod", RUMOD4, "ukrainian", "casualties_unspecified", "more_than", "more than 1,100", "period", low=1100,
      notes="'It' = the defence ministry of the previous sentence; a count over one day, not a rate; 'lost' undefined"),
])
r04 = [
    [S("Russia-Ukraine war live: Ukrainian troops pull back around Sudzha as Moscow claims rapid advance in Kursk")],
    [S("Key event: Russia claims more than 1,100 Ukrainian troops lost in Kursk in 24 hours", trap=restates(r04_s_1100))],
    [S("09.05 GMT Russia's defence ministry says its forces have retaken 12 settlements in the Kursk region over the past five days.",
       trap="settlements retaken and a time stamp, not people"),
     r04_s_1100,
     S("Moscow's figures for Ukrainian losses have consistently been far higher than those given by western officials.")],
    [S("09.40 GMT Ukraine's general staff has denied that any of its units have been encircled in Kursk.", trap="time stamp only; no figure of losses")],
    [S("10.15 GMT Our correspondent in Sumy has spoken to a Ukrainian drone battalion commander who has just come out of the Kursk region.",
       trap="time stamp only"),
     S("“We lost a third of our infantry in a week,” said the commander, who goes by the call sign Chaklun, as his unit pulled back from Martynivka.", [
        R("ua-chaklun", "Chaklun, a Ukrainian drone battalion commander (call sign)", "ukrainian", "casualties_unspecified", "exact",
          "a third", "period", counted_in="percent_of_force", low=33.33, best=33.33, high=33.33,
          notes="share of the unit's infantry, written as percent (a third = 33.33); claimant after the quote; unit not named, so a person id; own side"),
     ]),
     S("“The Russians are also losing a lot, but they have more people to lose.”")],
    [S("11.02 GMT South Korea’s Joint Chiefs of Staff (JCS) said on Wednesday that North Korean forces in Kursk had suffered an estimated 4,200 casualties so far, including roughly 350 dead.", [
        R("kr-jcs", JCS, "north_korean", "casualties_unspecified", "approximate", "an estimated 4,200", "cumulative", best=4200,
          notes="'so far' = running total"),
        R("kr-jcs", JCS, "north_korean", "killed", "approximate", "roughly 350", "cumulative", best=350),
     ]),
     S("The JCS added that Pyongyang appeared to be preparing a further deployment on top of the roughly 3,000 reinforcements it sent in January and February.", [
        R("kr-jcs", JCS, "north_korean", "deployed", "approximate", "roughly 3,000", "stock", best=3000,
          notes="reinforcements sent; the further deployment has no figure"),
     ])],
    [S("11.30 GMT Here’s the daily tally from Ukraine’s military: the general staff says Russia lost 1,310 troops across the front over the last day, bringing its total since the full-scale invasion to 887,650.", [
        R("ua-general-staff", GS4, "russian", "casualties_unspecified", "exact", "1,310", "period", low=1310, best=1310, high=1310,
          notes="whole front; one day"),
        R("ua-general-staff", GS4, "russian", "casualties_unspecified", "exact", "887,650", "cumulative",
          low=887650, best=887650, high=887650, notes="whole war since February 2022"),
     ])],
    [S("12.10 GMT Russian state news agency Tass, citing the defence ministry, says about 1,500 Ukrainian troops are “in a cauldron” near Sudzha.",
       trap="troops said to be surrounded, not lost or captured")],
    [S("12.45 GMT A Ukrainian officer quoted by the Kyiv Independent said Russian units had suffered “hundreds of dead” after soldiers crawled through a gas pipeline into Sudzha, but gave no exact number.", [
        R("ua-military-unnamed", "a Ukrainian officer (unnamed)", "russian", "killed", "vague", "hundreds", "incident",
          relays="Kyiv Independent", low=200, high=999,
          notes="'hundreds' read as 200-999; the pipeline operation as one incident"),
     ]),
     S("About 40 civilians were evacuated from Sudzha on Tuesday, according to Ukraine's military administration in the town.",
       trap="civilians evacuated, not losses")],
]

# ---------------------------------------------------------------- r05
# A press release by a South Korean opposition lawmaker after an NIS briefing (Thursday 4 September 2025).
NIS5 = "National Intelligence Service (NIS)"
SEO = "Rep. Seo Min-gyu (the release's issuer)"
r05_s_2420 = S("At a closed-door session of the Intelligence Committee on Thursday, the National Intelligence Service (NIS) reported that about 2,420 North Korean soldiers have been killed since Pyongyang's troops entered combat in Russia's Kursk region.", [
    R("kr-nis", NIS5, "north_korean", "killed", "approximate", "about 2,420", "cumulative", best=2420,
      notes="the release is the lawmaker's own document, so the briefing reaches it directly (no relay)"),
])
r05 = [
    [S("[Press release] Rep. Seo Min-gyu: \"NIS says North Korean dead in Russia near 2,500 — the government must stop hiding the facts\"", [
        R("author", SEO, "north_korean", "killed", "vague", "near 2,500", "cumulative", low=2250, high=2499, derived=r05_s_2420,
          notes="the headline rounds the NIS's 'about 2,420' up; the issuer's own figure, derived; 'near N' read as 0.9N to N-1"),
     ])],
    [S("For immediate release | Thursday, September 4, 2025 | Office of Rep. Seo Min-gyu, People Power Party, member of the National Assembly Intelligence Committee",
       trap="release date")],
    [r05_s_2420,
     S("The agency put total North Korean casualties, killed and wounded together, at roughly 5,100, up from the 4,700 it reported to the committee in April.", [
        R("kr-nis", NIS5, "north_korean", "killed_or_wounded", "approximate", "roughly 5,100", "cumulative", best=5100,
          notes="'casualties' defined in the sentence as killed and wounded together; revised total"),
        R("kr-nis", NIS5, "north_korean", "killed_or_wounded", "exact", "4,700", "cumulative", low=4700, best=4700, high=4700,
          notes="the earlier (April) running total, superseded"),
     ])],
    [S("According to the NIS, some 1,200 military engineers and about 4,800 construction troops are to be sent to Kursk for mine clearance and reconstruction, in addition to the roughly 13,000 combat troops dispatched since last October.", [
        R("kr-nis", NIS5, "north_korean", "deployed", "approximate", "some 1,200", "stock", modality="projected", best=1200,
          notes="'are to be sent': a future deployment"),
        R("kr-nis", NIS5, "north_korean", "deployed", "approximate", "about 4,800", "stock", modality="projected", best=4800,
          notes="construction troops are military; future deployment"),
        R("kr-nis", NIS5, "north_korean", "deployed", "approximate", "roughly 13,000", "stock", best=13000,
          notes="troops sent since October 2024, reported"),
     ]),
     S("The NIS also said North Korea was treating about 2,000 wounded soldiers in military hospitals in Pyongyang, and that the bodies of the dead were being cremated in Russia before being sent home.", [
        R("kr-nis", NIS5, "north_korean", "wounded", "approximate", "about 2,000", "unspecified", best=2000,
          notes="wounded under treatment now; neither an event window nor clearly a running total of all wounded"),
     ])],
    [S("\"The regime holds state funerals for its 'heroes', yet our own government still will not tell the public how many of the 2,420 died to drones,\" Rep. Seo said.",
       trap="repeats the NIS figure already recorded; no new claim"),
     S("By his office's count, North Korean deaths ran at roughly 10 a day during the spring fighting; had that rate continued, the death toll would already exceed 4,000.", [
        R("author", SEO, "north_korean", "killed", "approximate", "roughly 10 a day", "period", counted_in="people_per_day", best=10,
          notes="the issuer's own count; a rate over the spring fighting"),
        R("author", SEO, "north_korean", "killed", "more_than", "exceed 4,000", "cumulative", modality="conditional", low=4000,
          notes="counterfactual if-then built on the rate; not a reported toll"),
     ]),
     S("Most of the deployed troops come from the 11th Corps, known as the Storm Corps, which numbers about 40,000 men at home.",
       trap="strength of the corps at home, not troops deployed or lost")],
    [S("Ukraine's military intelligence had claimed in March that \"up to 6,000\" North Korean soldiers had been put out of action, a figure the NIS on Thursday called exaggerated.", [
        R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "casualties_unspecified", "at_most", "up to 6,000", "cumulative",
          high=6000, notes="'put out of action' undefined; cited only to be disputed by the NIS"),
     ]),
     S("The NIS confirmed that Ukraine holds four North Korean prisoners of war, and said at least three of them have asked to be sent to South Korea.", [
        R("kr-nis", NIS5, "north_korean", "captured", "exact", "four", "cumulative", low=4, best=4, high=4,
          notes="prisoners held now; 'at least three' who asked to go south is not a loss figure"),
     ]),
     S("The agency gave no evidence for its estimates during the 90-minute session.", trap="length of the session")],
    [S("Media contact: Kim Ha-yeon, senior aide, 02-784-1234", trap="telephone number")],
]

# ---------------------------------------------------------------- r06
# An excerpt of a UN human rights office (OHCHR) periodic report (published June 2025).
OH = "OHCHR (the report's own voice)"
r06 = [
    [S("Excerpt from the periodic report of the Office of the United Nations High Commissioner for Human Rights (OHCHR) on the human rights situation in Ukraine, 1 December 2024 – 31 May 2025",
       trap="reporting period in the title")],
    [S("C. Treatment of prisoners of war and persons hors de combat")],
    [S("41. During the reporting period, OHCHR documented the killing of at least 37 Ukrainian servicemen who had been captured or were attempting to surrender, in 19 separate incidents, 11 of them in the Kursk region of the Russian Federation.", [
        R("author", OH, "ukrainian", "killed", "at_least", "at least 37", "period", low=37,
          notes="the report's own documented figure over its reporting period; 19 and 11 count incidents, not people"),
     ]),
     S("OHCHR found credible the accounts of three former prisoners who said they had seen Russian soldiers shoot six wounded Ukrainian captives near Sverdlikovo in January 2025.", [
        R("ua-former-pows", "three former Ukrainian prisoners of war (witnesses)", "ukrainian", "killed", "exact", "six", "incident",
          low=6, best=6, high=6,
          notes="the witnesses make the claim; OHCHR (the document) only judges it credible; 'three' counts witnesses; may be among the 37"),
     ])],
    [S("42. The Office also received allegations, made by the Investigative Committee of the Russian Federation, that Ukrainian forces had executed at least four captured North Korean soldiers in the same region.", [
        R("ru-investigative-committee", "Investigative Committee of the Russian Federation", "north_korean", "killed", "at_least",
          "at least four", "unspecified", low=4,
          notes="'Ukrainian forces' are the perpetrators, the dead are North Korean; no date given"),
     ]),
     S("OHCHR is seeking to verify these allegations.")],
    [S("43. In the same period, 1,024 Ukrainian prisoners of war were released in four exchanges.", trap="prisoners released in exchanges, not losses"),
     S("OHCHR interviewed 205 of them, 172 of whom said they had been tortured or otherwise ill-treated in captivity.",
       trap="interviewees and ill-treatment, not a loss count")],
    [S("44. The Ministry of Defence of the Russian Federation stated in March that \"more than 600 Ukrainian servicemen\" had surrendered in the Kursk region since August 2024.", [
        R("ru-mod", "Ministry of Defence of the Russian Federation", "ukrainian", "captured", "more_than", "more than 600", "cumulative",
          low=600, notes="'surrendered' = captured"),
     ]),
     S("Ukrainian officials told OHCHR that about 1,900 Ukrainian servicemen who fought in the Kursk operation were listed as missing as of 31 May 2025.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "ukrainian", "missing", "approximate", "about 1,900", "cumulative", best=1900,
          notes="told the report's author directly, so no relay"),
     ]),
     S("Of these, the Coordination Headquarters for the Treatment of Prisoners of War had confirmed 312 as held in the Russian Federation.", [
        R("ua-coordination-hq", "Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)", "ukrainian", "captured",
          "exact", "312", "cumulative", low=312, best=312, high=312,
          notes="a part of the 1,900 missing, confirmed as captured; not to be added to them"),
     ])],
    [S("45. OHCHR was not granted access to the North Korean prisoners of war held by Ukraine, of whom there were at least two, according to the Ukrainian authorities.", [
        R("ua-officials", "the Ukrainian authorities", "north_korean", "captured", "at_least", "at least two", "cumulative", low=2,
          notes="'the Ukrainian authorities', no body named, take the unnamed-officials id; claimant after the figure"),
     ]),
     S("The Office notes with concern reports that North Korean soldiers had been ordered to kill themselves rather than be captured; Ukrainian forces reported at least 10 such suicides between January and March 2025.", [
        R("ua-armed-forces", "Ukrainian forces", "north_korean", "killed", "at_least", "at least 10", "period", low=10,
          notes="suicides are deaths; Ukraine's forces as a whole, no unit named"),
     ])],
    [S("46. OHCHR recorded 58 civilians killed and 301 injured in the Sumy region during the reporting period, most of them by aerial bombs and short-range drones.",
       trap="civilian casualties, not military losses"),
     S("In the Kursk region, the Russian authorities reported 14 civilians killed by Ukrainian strikes, figures OHCHR could not verify.",
       trap="civilian deaths, not military losses")],
    [S("[53] OHCHR interview with a former prisoner of war, 12 March 2025.", trap="footnote number and date")],
]

# ---------------------------------------------------------------- r07
# An Al Jazeera-style feature from Seoul (Tuesday 20 May 2025).
NIS7 = "South Korea's National Intelligence Service"
PARK = "Park Min-jae, researcher, Seoul Centre for Peninsula Studies"
r07 = [
    [S("‘They were sent to die’: In Seoul, defectors watch North Korea’s war in Russia")],
    [S("Seoul, South Korea – When Kim Eun-ha heard that North Korean soldiers were fighting in Russia, she thought of her younger brother, conscripted at 17.",
       trap="age at conscription"),
     S("“Every family in my town gave a son to the army for ten years,” said the 34-year-old, who fled the North in 2019.",
       trap="length of service, age and a year")],
    [S("Pyongyang acknowledged last month that its troops had fought in Russia’s Kursk region, but it has not said how many of them died."),
     S("Seoul’s spy agency has been less reticent.")],
    [S("Opposition lawmaker Han Ji-woo, who was briefed by the National Intelligence Service last week, told reporters that about 600 North Korean soldiers had been killed and some 4,100 wounded since the deployment began.", [
        R("kr-nis", NIS7, "north_korean", "killed", "approximate", "about 600", "cumulative", relays="Rep. Han Ji-woo", best=600,
          notes="the lawmaker relays the NIS briefing"),
        R("kr-nis", NIS7, "north_korean", "wounded", "approximate", "some 4,100", "cumulative", relays="Rep. Han Ji-woo", best=4100),
     ]),
     S("The first contingent numbered about 11,000 troops, most of them drawn from the elite Storm Corps.", [
        R("author", "Al Jazeera-style feature (the text's own voice)", "north_korean", "deployed", "approximate", "about 11,000", "stock",
          best=11000, notes="no claimant given for this sentence: the text's own voice"),
     ]),
     S("Ukraine’s military intelligence says some 5,000 of those have been killed or wounded.", [
        R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed_or_wounded", "approximate", "some 5,000", "cumulative",
          best=5000, notes="'of those' = of the first contingent"),
     ])],
    [S("“If you take Kyiv’s numbers at face value, North Korea has lost close to half of that first contingent,” said Park Min-jae, a researcher at the Seoul Centre for Peninsula Studies.", [
        R("kr-park-min-jae", PARK, "north_korean", "casualties_unspecified", "vague", "close to half", "cumulative",
          counted_in="percent_of_force", modality="conditional", low=45, high=49,
          notes="an analyst's own arithmetic, conditional on Kyiv's figures; share of the first contingent; 'close to half' read as 45-49 percent"),
     ]),
     S("“Even Seoul’s figures mean more than a third of them were hit,” he said.", [
        R("kr-park-min-jae", PARK, "north_korean", "casualties_unspecified", "more_than", "more than a third", "cumulative",
          counted_in="percent_of_force", low=33.33,
          notes="the analyst's reading of the NIS figures, stated as a fact; 'a third' written as 33.33 percent; 'hit' undefined"),
     ])],
    [S("Kyiv has released videos of what it says are the bodies of North Korean soldiers, and of two prisoners captured in January.", [
        R("ua-officials", "Kyiv (the Ukrainian government)", "north_korean", "captured", "exact", "two", "incident", low=2, best=2, high=2,
          notes="'Kyiv' as a metonym for Ukraine's government, no body named; evidence is footage; 'in January' read as one capture event"),
     ]),
     S("At a church in Seoul that helps defectors, Pastor Choi Young-hoon said about 30 families in his congregation had relatives serving in the Korean People’s Army.",
       trap="families with relatives in the army, not losses")],
    [S("Defector groups say the North has told at least 12 families that their sons “died in training”, a cover story they believe hides deaths in Russia.", [
        R("kr-defector-groups", "defector groups in Seoul", "north_korean", "killed", "at_least", "at least 12", "cumulative", low=12,
          notes="each family told of one son's death; the groups claim the deaths were in Russia"),
     ]),
     S("The Seoul-based outlet Daily NK, citing a source in North Hamgyong province, reported last week that about 200 families there had received death notices in March alone.", [
        R("kp-source-unnamed", "a source in North Hamgyong province (unnamed)", "north_korean", "killed", "approximate", "about 200",
          "period", relays="Daily NK", best=200,
          notes="death notices to families stand for deaths; notices received in March, the deaths may be earlier"),
     ]),
     S("South Korea’s defence ministry estimates that the North has also shipped more than 10 million artillery shells to Russia.",
       trap="shells, not people")],
    [S("North Korean state media has published no figures."),
     S("For Kim Eun-ha, the numbers are abstract; she has not heard from her brother since 2022.", trap="a year")],
]

# ---------------------------------------------------------------- r08
# A Breaking Defense-style analysis of a leaked DIA slide deck (October 2025).
DIA = "DIA (US Defense Intelligence Agency)"
r08_s_40pc = S("Of those, the agency assesses, roughly 40 percent were killed or wounded, a share it calls “unsustainable for a force of this kind.”", [
    R("us-dia", DIA, "north_korean", "killed_or_wounded", "approximate", "roughly 40 percent", "cumulative",
      counted_in="percent_of_force", best=40, notes="share of the about 15,000 rotated through Kursk"),
])
r08 = [
    [S("Leaked DIA slides put North Korean losses in Kursk at 40 percent of deployed force", trap=restates(r08_s_40pc))],
    [S("A 14-slide DIA briefing obtained by Breaking Defense offers the most detailed US assessment yet of how North Korean troops fared in Russia’s Kursk region.",
       trap="number of slides"),
     S("The deck, dated Oct. 7 and marked SECRET//NOFORN, was provided by a person who said the figures had been kept from Congress.",
       trap="date of the deck"),
     S("Two US officials confirmed its authenticity but declined to discuss its contents.", trap="number of officials")],
    [S("Slide 6 estimates that North Korea rotated about 15,000 troops through Kursk between November 2024 and August 2025, with no more than 9,000 present at any one time.", [
        R("us-dia", DIA, "north_korean", "deployed", "approximate", "about 15,000", "stock", best=15000,
          notes="all troops rotated through over the period (deployed), not losses; 'Slide 6' is a page number"),
        R("us-dia", DIA, "north_korean", "deployed", "at_most", "no more than 9,000", "stock", high=9000,
          notes="peak present at one time"),
     ]),
     r08_s_40pc,
     S("It puts casualties at an estimated 6,200, within a range of 4,800 to 7,500.", [
        R("us-dia", DIA, "north_korean", "casualties_unspecified", "approximate", "an estimated 6,200", "cumulative", best=6200,
          notes="'casualties' not defined here; the central figure of an estimate that also gives a band"),
        R("us-dia", DIA, "north_korean", "casualties_unspecified", "range", "4,800 to 7,500", "cumulative", low=4800, high=7500,
          notes="the band of the same estimate; same claim as the central figure, never added to it"),
     ])],
    [S("A chart on slide 8, which breaks the losses down by month, attributes roughly 1,500 of them to deaths.", [
        R("us-dia", DIA, "north_korean", "killed", "approximate", "roughly 1,500", "cumulative", best=1500),
     ]),
     S("The chart shows losses peaking in January at about 1,100, or nearly 40 a day, and falling to fewer than 100 a month by the summer.", [
        R("us-dia", DIA, "north_korean", "casualties_unspecified", "approximate", "about 1,100", "period", best=1100,
          notes="January 2025"),
        R("us-dia", DIA, "north_korean", "casualties_unspecified", "vague", "nearly 40 a day", "period", counted_in="people_per_day",
          low=36, high=39, notes="the January rate; 'nearly N' read as 0.9N to N-1"),
        R("us-dia", DIA, "north_korean", "casualties_unspecified", "fewer_than", "fewer than 100 a month", "period",
          counted_in="people_per_month", high=100, notes="summer 2025 rate"),
     ]),
     S("Another slide warns that if Pyongyang sends engineering units to clear mines as planned, it could lose a further 300 to 500 troops by the end of 2025.", [
        R("us-dia", DIA, "north_korean", "casualties_unspecified", "range", "300 to 500", "period", modality="conditional",
          low=300, high=500, notes="if-then; losses still to come up to the end of 2025"),
     ])],
    [S("The DIA’s figures fall between Seoul’s and Kyiv’s."),
     S("South Korea’s NIS put North Korean casualties at about 4,700 in April, while Ukraine’s HUR has claimed more than 7,000.", [
        R("kr-nis", "South Korea's NIS", "north_korean", "casualties_unspecified", "approximate", "about 4,700", "cumulative", best=4700,
          notes="two claimants in one sentence, one row each"),
        R("ua-gur", "Ukraine's HUR", "north_korean", "casualties_unspecified", "more_than", "more than 7,000", "cumulative", low=7000),
     ])],
    [S("The deck is blunter about Russia’s own losses, estimating that some 38,000 Russian troops were killed or wounded in the Kursk campaign between August 2024 and March 2025.", [
        R("us-dia", DIA, "russian", "killed_or_wounded", "approximate", "some 38,000", "period", best=38000),
     ]),
     S("Ukraine’s losses appear only as a band, “between 15,000 and 20,000 casualties,” including “several hundred” captured.", [
        R("us-dia", DIA, "ukrainian", "casualties_unspecified", "range", "between 15,000 and 20,000", "unspecified",
          low=15000, high=20000, notes="the deck's period for Ukrainian losses is not stated"),
        R("us-dia", DIA, "ukrainian", "captured", "vague", "several hundred", "unspecified", low=300, high=999,
          notes="'several hundred' read as 300-999; part of the band above"),
     ])],
    [S("“Forty percent is a number that would render any Western brigade combat-ineffective,” said Mark Delaney, a retired Army intelligence officer.",
       trap="hypothetical comparison, not a loss claim"),
     S("A DIA spokesperson said the agency does not comment on leaked material.")],
]

SPECS = {
    "r01-dw-explainer": r01,
    "r02-kommersant-payouts": r02,
    "r03-regional-tv-telegram-drone-video": r03,
    "r04-guardian-live-blog": r04,
    "r05-kr-opposition-lawmaker-release": r05,
    "r06-ohchr-periodic-report": r06,
    "r07-aljazeera-seoul-feature": r07,
    "r08-breaking-defense-leaked-slides": r08,
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
