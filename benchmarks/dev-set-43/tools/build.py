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


# ================================================================ aj01
# A wire's breaking story, updated twice (UPDATE 2). The agency names itself in
# the dateline, so it is the last relay of every claim it passes on.
MER = "Meridian"
a1_p1 = S("KYIV, Feb 11 (Meridian) - Ukraine's General Staff on Tuesday raised its estimate of North Korean soldiers killed or wounded in Russia's Kursk region since they entered combat in December to about 4,100, up from 3,800 a day earlier.", [
    R("ua-general-staff", "Ukraine's General Staff", "north_korean", "killed_or_wounded", "approximate", "about 4,100",
      "cumulative", relays=MER, best=4100, notes="revised running total ('since they entered combat in December'); supersedes the 3,800 of the day before"),
    R("ua-general-staff", "Ukraine's General Staff", "north_korean", "killed_or_wounded", "exact", "3,800",
      "cumulative", relays=MER, low=3800, best=3800, high=3800,
      notes="the earlier (Monday) version of the same running total; 'about' is read as governing only 4,100"),
])
a1_p2 = S("The revision followed two days of failed North Korean assaults near the village of Pogrebki, in which the General Staff said 250 North Korean troops were killed and 140 wounded.", [
    R("ua-general-staff", "the General Staff", "north_korean", "killed", "exact", "250", "period", relays=MER,
      low=250, best=250, high=250, notes="'two days of failed assaults' is a stated period; included in the revised running total"),
    R("ua-general-staff", "the General Staff", "north_korean", "wounded", "exact", "140", "period", relays=MER,
      low=140, best=140, high=140, notes="second measure of the same sentence"),
])
a1_p3 = S("'They come across the snowfields in groups of 20 or 30, and our drone crews see them long before they reach our trenches,' General Staff spokesman Colonel Ihor Savchak told reporters in Kyiv.",
          trap="size of attacking groups, not losses")
a1_p4 = S("Savchak said that if the North Korean command kept attacking at the same pace, its units would lose 'another 1,500 men by the end of the month'.", [
    R("ua-general-staff", "General Staff spokesman Colonel Ihor Savchak", "north_korean", "casualties_unspecified",
      "exact", "another 1,500", "period", relays=MER, modality="conditional", low=1500, best=1500, high=1500,
      notes="spokesman takes the body's id; if-then, so conditional; 'lose' undefined; period = now to end of February"),
])
a1_p5 = S("Ukraine's military intelligence agency, known as HUR, said separately that Pyongyang had sent about 2,000 fresh troops to the region in late January, bringing its contingent there to nearly 11,000.", [
    R("ua-gur", "Ukraine's military intelligence agency, known as HUR", "north_korean", "deployed", "vague",
      "nearly 11,000", "stock", relays=MER, low=9900, high=10999,
      notes="contingent strength; the 2,000 reinforcements are an inflow, not a strength, and get no row; 'nearly N' read as 0.9N to N-1"),
])
a1_p6 = S("The agency said the North Korean command had pulled two battalions back to the Russian town of Rylsk to rest and regroup.",
          trap="battalions withdrawn, not battalions lost")
a1_p7 = S("In Washington, Pentagon spokesman Major Dale Orwin said on Tuesday that North Korean casualties now numbered in the thousands, including at least 1,000 killed.", [
    R("us-dod", "the Pentagon (spokesman Major Dale Orwin)", "north_korean", "casualties_unspecified", "vague",
      "in the thousands", "cumulative", relays=MER, low=2000, high=9999,
      notes="'now numbered' is a running total; 'thousands' read as 2,000 to 9,999"),
    R("us-dod", "the Pentagon (spokesman Major Dale Orwin)", "north_korean", "killed", "at_least", "at least 1,000",
      "cumulative", relays=MER, low=1000, notes="included in the casualties figure of the same sentence"),
])
a1_p8 = S("'We assess the rate has come down from the peak in January, when they were losing 100 or more a day,' Orwin said.", [
    R("us-dod", "Orwin (the Pentagon)", "north_korean", "casualties_unspecified", "at_least", "100 or more",
      "period", relays=MER, counted_in="people_per_day", low=100,
      notes="a rate; 'N or more' is at_least; the stated period is January; surname only on second mention"),
])
a1_p10 = S("Russia's Defence Ministry said on Tuesday that Ukrainian forces in the Kursk region had lost up to 160 servicemen over the past 24 hours, along with four armoured vehicles.", [
    R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 160", "period",
      relays=MER, high=160, notes="'lost' undefined; the armoured vehicles are equipment, no row"),
])
aj01 = [
    [S("UPDATE 2-Ukraine raises North Korean Kursk toll to 4,100; Pentagon says casualties in the thousands",
       trap=restates(a1_p1) + " (its Pentagon clause restates the Pentagon sentence)")],
    [S("(Adds Pentagon comment in paragraphs 6-7, Russian ministry claim in paragraph 9; updates headline)",
       trap="update note: paragraph numbers")],
    [a1_p1], [a1_p2], [a1_p3], [a1_p4], [a1_p5, a1_p6], [a1_p7], [a1_p8],
    [S("Moscow has not acknowledged any North Korean presence in Kursk, and Pyongyang's state media has not reported the deployment.")],
    [a1_p10,
     S("Ukraine launched its incursion into Kursk on Aug. 6 last year and says it still controls about 450 square km there.",
       trap="a date and an area, not losses")],
    [S("Meridian could not independently verify the battlefield accounts of either side.")],
]

# ================================================================ aj02
# A regional Russian news site (Kursk region), translated register; the site
# does not name itself, so no outlet relay.
a2_p1 = S("The Armed Forces of Ukraine lost up to 1,850 servicemen in the Kursk direction over the past week, the Russian Defence Ministry reported in its weekly summary on Friday.", [
    R("ru-mod", "the Russian Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 1,850",
      "period", high=1850, notes="'over the past week' is a stated period"),
])
a2_p3 = S("In the past 24 hours alone, the enemy's losses amounted to up to 270 servicemen, two tanks and 11 cars, according to the ministry.", [
    R("ru-mod", "the ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 270", "period",
      high=270, notes="'the enemy' in the ministry's summary is the Ukrainian armed forces; tanks and cars are equipment"),
])
a2_p4 = S("A drone crew of the 'North' group also destroyed up to two Ukrainian platoons trying to break through near Guevo, the department added.", [
    R("ru-mod", "the department (the Defence Ministry)", "ukrainian", "casualties_unspecified", "at_most", "up to two",
      "incident", counted_in="platoons", high=2,
      notes="'the department' is the ministry; a formation destroyed is counted in formations, casualties_unspecified"),
])
a2_p5 = S("In total, since the fighting in the region began last August, the ministry puts the losses of Ukrainian formations at more than 67,000 servicemen.", [
    R("ru-mod", "the ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 67,000", "cumulative",
      low=67000, notes="running total since August; includes the weekly and daily figures"),
])
a2_p8 = S("On Friday, Rylsk said farewell to three local servicemen who died in the special military operation zone: Private Igor Samsonov, 23, Junior Sergeant Vitaly Kuzin, 31, and Corporal Denis Prokhorov, 40.", [
    R("author", "the site's own voice", "russian", "killed", "exact", "three", "unspecified",
      low=3, best=3, high=3, notes="the site's own report of named dead; dates of death not stated; the other numbers are ages"),
])
a2_p9 = S("According to the district administration, 27 natives of the Rylsk district have been killed and nine are listed as missing since the start of the special military operation.", [
    R("ru-rylsk-district", "the Rylsk district administration", "russian", "killed", "exact", "27", "cumulative",
      low=27, best=27, high=27, notes="since February 2022, the whole war, not Kursk only"),
    R("ru-rylsk-district", "the Rylsk district administration", "russian", "missing", "exact", "nine", "cumulative",
      low=9, best=9, high=9, notes="second measure of the same sentence"),
])
a2_p11 = S("The regional hospital has treated 640 wounded Russian servicemen since January, the regional health ministry said.", [
    R("ru-kursk-health-ministry", "the regional health ministry", "russian", "wounded", "exact", "640", "cumulative",
      low=640, best=640, high=640, notes="'since January' is a running total"),
])
a2_p13 = S("Ukrainian Telegram channels, citing Kyiv's military intelligence, claim that about 4,000 North Korean soldiers have been killed or wounded in the region.", [
    R("ua-gur", "Kyiv's military intelligence", "north_korean", "killed_or_wounded", "approximate", "about 4,000",
      "cumulative", relays="Ukrainian Telegram channels", best=4000,
      notes="'Kyiv's military intelligence' is HUR; the channels are relays; claim cited to be disputed in the next sentence"),
])
a2_p14 = S("Military blogger Gennady Shelest called the figure fantasy and said losses among the 'Korean comrades' were 'in the dozens, not thousands'.", [
    R("ru-shelest", "military blogger Gennady Shelest", "north_korean", "casualties_unspecified", "vague",
      "in the dozens", "cumulative", low=24, high=99,
      notes="a blogger in his own name; 'dozens' read as 24 to 99; 'not thousands' is a denial, no row"),
])
aj02 = [
    [S("Enemy lost up to 1,850 servicemen in Kursk border area over the week — Defence Ministry", trap=restates(a2_p1))],
    [a2_p1,
     S("Units of the 'North' group of forces defeated formations of three mechanised brigades and two air assault brigades of the Ukrainian armed forces near Gornal, Oleshnya and Guevo, the ministry said.",
       trap="brigades named as engaged ('defeated formations of'), not counted as lost")],
    [a2_p3, a2_p4],
    [a2_p5],
    [S("Acting Governor Pavel Dorokhov wrote on his Telegram channel that a Ukrainian drone had struck a car on the Rylsk–Khomutovka road on Thursday evening, wounding a 54-year-old man and his 17-year-old son.",
       trap="ages of wounded civilians"),
     S("Since August, 1,312 residents of the region have been wounded by Ukrainian strikes and 146 killed, the governor said.",
       trap="civilian casualties, not military losses")],
    [a2_p8, a2_p9],
    [S("Families of the fallen receive a one-time regional payment of 1 million rubles in addition to federal compensation, the governor's press service recalled.",
       trap="money")],
    [a2_p11],
    [S("Recall that about 2,300 residents of the Sudzha district have returned home since the town was liberated last month, the administration said.",
       trap="civilians returning home")],
    [a2_p13, a2_p14],
]

# ================================================================ aj03
# A Ukrainian national news site retelling the General Staff, units' Telegram
# posts and other outlets; the site does not name itself.
a3_daily = S("According to the General Staff, North Korean units lost 310 servicemen killed and wounded on Monday, 380 on Tuesday and 330 on Wednesday.", [
    R("ua-general-staff", "the General Staff", "north_korean", "killed_or_wounded", "exact", "310", "period",
      low=310, best=310, high=310, notes="Monday 23 December"),
    R("ua-general-staff", "the General Staff", "north_korean", "killed_or_wounded", "exact", "380", "period",
      low=380, best=380, high=380, notes="Tuesday 24 December; measure carried over from 'killed and wounded'"),
    R("ua-general-staff", "the General Staff", "north_korean", "killed_or_wounded", "exact", "330", "period",
      low=330, best=330, high=330, notes="Wednesday 25 December"),
])
a3_p2 = S("Paratroopers of the 95th Polissia brigade wrote on Telegram that in a single battle near Plekhovo they had repelled an assault by about two companies of North Korean infantry, killing 47 of the attackers and taking two prisoners.", [
    R("ua-95th-brigade", "paratroopers of the 95th Polissia brigade", "north_korean", "killed", "exact", "47",
      "incident", low=47, best=47, high=47, notes="'about two companies' is the attacking force, not a loss: no row"),
    R("ua-95th-brigade", "paratroopers of the 95th Polissia brigade", "north_korean", "captured", "exact",
      "two prisoners", "incident", low=2, best=2, high=2, notes="prisoners taken in the battle"),
])
a3_p3 = S("The drone operators of the Birds of Magyar unit published footage which, they say, shows Ukrainian drones hitting 26 North Korean soldiers near Kurilovka.", [
    R("ua-birds-of-magyar", "the drone operators of the Birds of Magyar unit", "north_korean",
      "casualties_unspecified", "exact", "26", "incident", low=26, best=26, high=26,
      notes="'hitting' does not say killed or wounded; 'Ukrainian' near the figure is the shooter, not the losses"),
])
a3_p5 = S("Military intelligence spokesman Serhii Babenko said in a comment to RBC-Ukraine that North Korean losses since the start of December had already exceeded 3,000 killed and wounded.", [
    R("ua-gur", "military intelligence spokesman Serhii Babenko", "north_korean", "killed_or_wounded", "more_than",
      "exceeded 3,000", "cumulative", relays="RBC-Ukraine", low=3000,
      notes="spokesman takes HUR's id; running total since early December"),
])
a3_p6 = S("About 1,100 of them were killed, Babenko said.", [
    R("ua-gur", "Babenko (military intelligence)", "north_korean", "killed", "approximate", "About 1,100",
      "cumulative", relays="RBC-Ukraine", best=1100,
      notes="subset of the 3,000 killed and wounded; relay carried over from the previous sentence"),
])
a3_p7 = S("The North Korean brigade that first went into battle near Kurilovka has lost about a third of its personnel, according to him.", [
    R("ua-gur", "Babenko (military intelligence)", "north_korean", "casualties_unspecified", "approximate",
      "about a third", "cumulative", relays="RBC-Ukraine", counted_in="percent_of_force", best=33.33,
      notes="a share of one brigade, no troop figure given for it"),
])
a3_p8 = S("Earlier, Ukrainska Pravda, citing sources in the Defence Forces, reported that Russian losses in the Kursk region over the entire operation had exceeded 38,000 killed and wounded.", [
    R("ua-officials", "sources in the Defence Forces", "russian", "killed_or_wounded", "more_than", "exceeded 38,000",
      "cumulative", relays="Ukrainska Pravda", low=38000, notes="unnamed Ukrainian military sources relayed by another outlet"),
])
a3_p9 = S("The Russian Defence Ministry claimed on Thursday that Ukraine had lost up to 290 servicemen in the Kursk direction over the past day, a figure the General Staff called fiction.", [
    R("ru-mod", "the Russian Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 290",
      "period", high=290, notes="cited only to be disputed; the dispute gives no figure"),
])
aj03 = [
    [S("In three days in Kursk region, North Korean army lost 1,020 soldiers — General Staff", [
        R("author", "the site's headline", "north_korean", "killed_or_wounded", "exact", "1,020", "period",
          low=1020, best=1020, high=1020, derived=a3_daily,
          notes="headline sums 310 + 380 + 330 from the body; the site's own figure, measure as the body defines 'lost'"),
    ])],
    [S("The Defence Forces of Ukraine continue to repel assaults by North Korean troops fighting on Russia's side in the Kursk region, the General Staff of the Armed Forces of Ukraine reported on Thursday, December 26.",
       trap="report date only")],
    [a3_daily],
    [a3_p2, a3_p3],
    [S("According to the drone operators, Russian commanders send the Koreans into assaults without armour and attach 12 Russian drone operators to each Korean battalion.",
       trap="assignment of Russian operators, not losses or a strength")],
    [a3_p5, a3_p6, a3_p7],
    [a3_p8],
    [a3_p9],
    [S("Ukrainian forces have held a bridgehead in the Kursk region since August 6, 2024.", trap="a date"),
     S("In the latest prisoner exchange, mediated by the UAE, 150 Ukrainian defenders returned home.",
       trap="prisoners exchanged, not a loss")],
]

# ================================================================ aj04
# A Korean agency's English wire (Yonhap style); the agency names itself in the
# dateline, so it is the last relay.
KPW = "KPW"
SEO = "Rep. Seo Min-jae > KPW"
a4_p1 = S("SEOUL, Feb. 19 (KPW) -- North Korea has suffered about 4,000 casualties, including some 600 deaths, among the troops it sent to fight in Russia's Kursk region, Seoul's spy agency said Wednesday, according to a lawmaker.", [
    R("kr-nis", "Seoul's spy agency (NIS)", "north_korean", "casualties_unspecified", "approximate", "about 4,000",
      "cumulative", relays=SEO, best=4000,
      notes="'Seoul's spy agency' is the NIS; the lawmaker is named in the next sentence"),
    R("kr-nis", "Seoul's spy agency (NIS)", "north_korean", "killed", "approximate", "some 600", "cumulative",
      relays=SEO, best=600, notes="included in the 4,000 casualties"),
])
a4_p2 = S("The National Intelligence Service (NIS) also estimated that the North had sent an additional 1,500 troops in January and February, bringing the size of its contingent to around 12,500, Rep. Seo Min-jae of the ruling People Power Party told reporters after a closed-door briefing.", [
    R("kr-nis", "the National Intelligence Service (NIS)", "north_korean", "deployed", "approximate", "around 12,500",
      "stock", relays=SEO, best=12500, notes="contingent strength; the 1,500 additional troops are an inflow: no row"),
])
a4_p3 = S("The new estimate is sharply higher than the NIS's January assessment of 300 killed and 2,700 wounded, Seo said.", [
    R("kr-nis", "the NIS", "north_korean", "killed", "exact", "300", "cumulative", relays=SEO,
      low=300, best=300, high=300, notes="the earlier (January) running total, superseded"),
    R("kr-nis", "the NIS", "north_korean", "wounded", "exact", "2,700", "cumulative", relays=SEO,
      low=2700, best=2700, high=2700, notes="the earlier (January) running total; not summed with the killed"),
])
a4_p4 = S("According to the lawmaker, the agency believes North Korean soldiers have been dying at a rate of about 30 a day this month as Russian commanders send them across open ground in waves.", [
    R("kr-nis", "the agency (NIS)", "north_korean", "killed", "approximate", "about 30", "period", relays=SEO,
      counted_in="people_per_day", best=30, notes="a rate over February to date; 'Russian' is not whose losses"),
])
a4_p5 = S("The spy agency also confirmed that two North Korean soldiers captured by Ukraine last month had expressed a wish to come to South Korea, Seo said.", [
    R("kr-nis", "the spy agency (NIS)", "north_korean", "captured", "exact", "two", "period", relays=SEO,
      low=2, best=2, high=2, notes="captured in January ('last month')"),
])
a4_p6 = S("If the current tempo of fighting continues, North Korean casualties could exceed 6,000 by the end of March, the NIS was quoted as saying.", [
    R("kr-nis", "the NIS", "north_korean", "casualties_unspecified", "more_than", "exceed 6,000", "cumulative",
      relays=SEO, modality="conditional", low=6000, notes="if-then; a running total looked forward to end of March"),
])
a4_p7 = S("Earlier this month, the Pentagon and South Korea's Joint Chiefs of Staff (JCS) each put the North's casualties at more than 3,000.", [
    R("us-dod", "the Pentagon", "north_korean", "casualties_unspecified", "more_than", "more than 3,000",
      "cumulative", relays=KPW, low=3000, notes="two claimants in one sentence: one row each"),
    R("kr-jcs", "South Korea's Joint Chiefs of Staff (JCS)", "north_korean", "casualties_unspecified", "more_than",
      "more than 3,000", "cumulative", relays=KPW, low=3000, notes="two claimants in one sentence: one row each"),
])
a4_p9 = S("Ukraine's military intelligence said last week that North Korean units had been pulled back from the front line to regroup after suffering heavy losses.", [
    R("ua-gur", "Ukraine's military intelligence", "north_korean", "casualties_unspecified", "none", "heavy losses",
      "unspecified", relays=KPW, notes="a loss stated with no number"),
])
aj04 = [
    [S("(LEAD) N. Korean troops suffer about 4,000 casualties in Russia's Kursk: NIS", trap=restates(a4_p1))],
    [a4_p1], [a4_p2], [a4_p3], [a4_p4], [a4_p5], [a4_p6], [a4_p7],
    [S("Pyongyang has not acknowledged any losses, and its state media on Tuesday dismissed reports of casualties as 'a smear campaign' by Seoul and Washington.")],
    [a4_p9],
    [S("The NIS believes most of the soldiers are in their late teens to mid-20s and come from the elite Storm Corps, according to Seo.",
       trap="ages")],
    [S("Seo said Pyongyang is believed to receive about 2,000 U.S. dollars a month per soldier, most of which goes to the state rather than the troops.",
       trap="money ('U.S.' near the figure is the currency)")],
    [S("(END)")],
]

# ================================================================ aj05
# A European broadsheet's foreign-desk story with a byline; the paper does not
# name itself ('this newspaper'), so no outlet relay.
a5_p2 = S("Moscow says Ukraine lost more than 70,000 men in Kursk, a figure Kyiv dismisses as fantasy.", [
    R("ru-officials", "Moscow", "ukrainian", "casualties_unspecified", "more_than", "more than 70,000", "cumulative",
      low=70000, notes="'Moscow' is the Russian state, unnamed: ru-officials; cited to be disputed, the dispute gives no figure"),
])
a5_p3 = S("General Taras Hlushko, who commanded Ukrainian troops in the sector until January, told this newspaper that Ukraine's dead and missing in Kursk numbered 'in the low thousands'.", [
    R("ua-hlushko", "General Taras Hlushko", "ukrainian", "killed_or_missing", "vague", "in the low thousands",
      "cumulative", low=1000, high=3999,
      notes="a commander in his own name; 'dead and missing' stays combined; 'low thousands' read as 1,000 to 3,999"),
])
a5_p5 = S("Britain's Ministry of Defence, in its intelligence update on Friday, estimated that Russian and North Korean forces had suffered about 28,000 casualties in Kursk since August, roughly 4,000 of them North Korean.", [
    R("gb-mod", "Britain's Ministry of Defence", "russian_and_north_korean", "casualties_unspecified", "approximate",
      "about 28,000", "cumulative", best=28000, notes="mixed count stays mixed"),
    R("gb-mod", "Britain's Ministry of Defence", "north_korean", "casualties_unspecified", "approximate",
      "roughly 4,000", "cumulative", best=4000, notes="part of the 28,000"),
])
a5_p6 = S("Ukrainian and Western officials say the North Korean contingent, once about 11,000 strong, has lost about half its strength to death and injury.", [
    R("ua-officials", "Ukrainian officials", "north_korean", "deployed", "approximate", "about 11,000", "stock",
      best=11000, notes="two claimants in one sentence: one row each; the strength at arrival"),
    R("western-officials", "Western officials", "north_korean", "deployed", "approximate", "about 11,000", "stock",
      best=11000, notes="two claimants in one sentence: one row each"),
    R("ua-officials", "Ukrainian officials", "north_korean", "killed_or_wounded", "approximate", "about half",
      "cumulative", counted_in="percent_of_force", best=50, notes="share of the 11,000; 'death and injury' is killed or wounded"),
    R("western-officials", "Western officials", "north_korean", "killed_or_wounded", "approximate", "about half",
      "cumulative", counted_in="percent_of_force", best=50, notes="share of the 11,000"),
])
a5_p7 = S("One Western official, speaking on condition of anonymity, said Russian losses across the whole front were running at about 1,200 a day and could pass a million killed and wounded by the summer.", [
    R("western-officials", "one Western official", "russian", "casualties_unspecified", "approximate", "about 1,200",
      "unspecified", counted_in="people_per_day", best=1200, notes="a rate for the whole war, no averaging period stated"),
    R("western-officials", "one Western official", "russian", "killed_or_wounded", "more_than", "pass a million",
      "cumulative", modality="projected", low=1000000, notes="forecast of the whole war's running total by summer 2025"),
])
a5_p8 = S("CNN, citing a US official, reported this week that about 1,000 North Koreans had been killed.", [
    R("us-officials", "a US official", "north_korean", "killed", "approximate", "about 1,000", "cumulative",
      relays="CNN", best=1000, notes="figure cited from another outlet"),
])
a5_p9 = S("'We lost a whole company in one night near Malaya Loknya,' said a sergeant of the 47th Mechanised Brigade who gave only his call sign, Shaman.", [
    R("ua-sgt-shaman", "a sergeant of the 47th Mechanised Brigade (call sign Shaman)", "ukrainian",
      "casualties_unspecified", "exact", "a whole company", "incident", counted_in="companies", low=1, best=1, high=1,
      notes="a soldier speaking in his own name takes his own id; 'lost' undefined"),
])
a5_p11 = S("Russian military bloggers, meanwhile, insist that Ukrainian drone teams have killed no more than 200 North Koreans, a claim at odds with every Western estimate.", [
    R("ru-military-bloggers", "Russian military bloggers", "north_korean", "killed", "at_most", "no more than 200",
      "cumulative", high=200, notes="'Ukrainian' near the figure is the shooter; disputed in the same sentence"),
])
aj05 = [
    [S("Kyiv's Kursk gamble ends in retreat, and the arguing over its cost begins")],
    [S("As Ukrainian troops pull out of Sudzha, Moscow, Kyiv and Western capitals offer wildly different tallies of the dead")],
    [S("Helena Marsh, Kyiv")],
    [S("The last Ukrainian armoured vehicles left Sudzha on Wednesday night, seven months after they rolled across the border in an offensive that Kyiv hoped would force Moscow to the negotiating table.",
       trap="duration of the incursion")],
    [S("What the adventure cost is fiercely disputed."), a5_p2],
    [a5_p3,
     S("'Every one of them was a tragedy, but the exchange was in our favour,' Hlushko said.",
       trap="'every one' is not a figure")],
    [a5_p5],
    [a5_p6, a5_p7],
    [a5_p8],
    [a5_p9,
     S("His battalion, he said, had gone into Kursk with 420 men in August and came out with 130.",
       trap="a battalion's strength before and after; the loss is not stated and must not be computed")],
    [a5_p11],
    [S("The incursion also forced some 150,000 Russian civilians from their homes, according to the Kursk governor's office.",
       trap="civilians displaced")],
    [S("Whatever the true numbers, a senior Ukrainian officer said, the operation bought time for the defenders of Pokrovsk.")],
]

# ================================================================ aj06
# A US network's web story; it names itself ('told ABN News'), so ABN News is
# the last relay of the claims it passes on.
ABN = "ABN News"
a6_p2 = S("In the week to Thursday, one official said, 380 of the North Koreans were killed and 620 wounded as they advanced on foot across open fields toward Ukrainian positions.", [
    R("us-officials", "one (US) official", "north_korean", "killed", "exact", "380", "period", relays=ABN,
      low=380, best=380, high=380, notes="'the week to Thursday' is a stated period"),
    R("us-officials", "one (US) official", "north_korean", "wounded", "exact", "620", "period", relays=ABN,
      low=620, best=620, high=620, notes="second measure of the same sentence"),
])
a6_p3 = S("The officials, who spoke on condition of anonymity to discuss intelligence assessments, said the total since the North Koreans entered combat earlier this month was more than 1,500 killed or wounded.", [
    R("us-officials", "the (US) officials", "north_korean", "killed_or_wounded", "more_than", "more than 1,500",
      "cumulative", relays=ABN, low=1500, notes="running total; includes the week's figures"),
])
a6_p4 = S("At the Pentagon, press secretary Lt. Col. Renee Calloway would not confirm those numbers but said the department had seen 'hundreds' of North Korean casualties.", [
    R("us-dod", "Pentagon press secretary Lt. Col. Renee Calloway", "north_korean", "casualties_unspecified", "vague",
      "hundreds", "cumulative", relays=ABN, low=200, high=999,
      notes="press secretary takes the Pentagon's id; 'hundreds' read as 200 to 999"),
])
a6_p5 = S("'They are taking heavy losses, and we assess they are poorly integrated with Russian units,' Calloway said.", [
    R("us-dod", "Calloway (the Pentagon)", "north_korean", "casualties_unspecified", "none", "heavy losses",
      "unspecified", relays=ABN, notes="a loss stated with no number"),
])
a6_p6 = S("The U.S. estimates that about 12,000 North Korean troops are in Russia, most of them in Kursk.", [
    R("us-officials", "the U.S. (government)", "north_korean", "deployed", "approximate", "about 12,000", "stock",
      relays=ABN, best=12000, notes="'the U.S.' unnamed: us-officials"),
])
a6_p7 = S("'My own view is that they could lose several thousand more if Pyongyang keeps them in Kursk through the winter,' Adm. Samuel Greer, commander of U.S. Indo-Pacific Command, told a security forum in Honolulu on Thursday.", [
    R("us-greer", "Adm. Samuel Greer, commander of U.S. Indo-Pacific Command", "north_korean",
      "casualties_unspecified", "vague", "several thousand", "period", relays=ABN, modality="conditional",
      low=3000, high=9000,
      notes="'my own view': a commander in his own name; if-then; 'several thousand' read as 3,000 to 9,000; period = the winter"),
])
a6_p9 = S("Ukraine's special operations forces said Wednesday that they had killed 21 North Korean soldiers and wounded dozens more in a drone ambush near Kurilovka, posting video they said showed the strike.", [
    R("ua-sof", "Ukraine's special operations forces", "north_korean", "killed", "exact", "21", "incident",
      relays=ABN, low=21, best=21, high=21, notes="one ambush"),
    R("ua-sof", "Ukraine's special operations forces", "north_korean", "wounded", "vague", "dozens", "incident",
      relays=ABN, low=24, high=99, notes="'dozens' read as 24 to 99"),
])
a6_p11 = S("South Korea's spy agency has put North Korean deaths at around 100 as of last week, according to South Korean lawmakers briefed by the agency.", [
    R("kr-nis", "South Korea's spy agency", "north_korean", "killed", "approximate", "around 100", "cumulative",
      relays="South Korean lawmakers > ABN News", best=100, notes="lawmakers briefed by the agency are relays"),
])
aj06 = [
    [S("US officials: 1,000 North Korean troops killed or wounded in a week of Kursk fighting", [
        R("author", "ABN News headline", "north_korean", "killed_or_wounded", "exact", "1,000", "period",
          low=1000, best=1000, high=1000, derived=a6_p2,
          notes="headline sums 380 killed + 620 wounded from the body; the outlet's own figure"),
    ])],
    [S("Dec. 27, 2024, 6:14 PM EST / Updated Dec. 27, 2024, 9:02 PM EST", trap="timestamps")],
    [S("By Courtney Hale and Marcus Bell")],
    [S("WASHINGTON — North Korea's troops in Russia's Kursk region are fighting in ways that have surprised U.S. intelligence, two U.S. officials told ABN News on Friday.",
       trap="number of sources, not losses")],
    [a6_p2], [a6_p3], [a6_p4, a6_p5], [a6_p6], [a6_p7],
    [S("Greer also said Moscow may be helping Pyongyang improve its estimated 50 nuclear warheads in return.",
       trap="weapons, not people")],
    [a6_p9, S("ABN News could not independently verify the video.")],
    [a6_p11],
    [S("The Kremlin has neither confirmed nor denied that North Koreans are fighting in Kursk; asked this week, its spokesman said Russia's cooperation with Pyongyang 'is not directed against third countries.'",
       trap="'third countries' is not a figure")],
]

# ================================================================ aj07
# A defence-ministry statement quoted at length by an independent Russian-language
# outlet in English; the outlet does not name itself.
a7_p3 = S("'In the course of the Kursk operation, the enemy lost more than 76,000 servicemen, over 7,700 units of military equipment, including 420 tanks, and 1,550 armoured combat vehicles.'", [
    R("ru-mod", "Russia's Defence Ministry (statement)", "ukrainian", "casualties_unspecified", "more_than",
      "more than 76,000", "cumulative", low=76000,
      notes="quoted statement; running total of the whole Kursk operation; the equipment figures get no row"),
])
a7_p4 = S("'Over the past 24 hours alone, the Armed Forces of Ukraine lost up to 230 servicemen in the area of the settlement of Gornal.'", [
    R("ru-mod", "Russia's Defence Ministry (statement)", "ukrainian", "casualties_unspecified", "at_most", "up to 230",
      "period", high=230, notes="attribution from the paragraph introducing the statement"),
])
a7_p5 = S("'In the final stage of the operation, assault detachments of the North group of forces destroyed the remnants of two brigades and five separate battalions of the enemy.'", [
    R("ru-mod", "Russia's Defence Ministry (statement)", "ukrainian", "casualties_unspecified", "exact", "two brigades",
      "period", counted_in="brigades", low=2, best=2, high=2,
      notes="formations destroyed, counted in formations; 'the final stage' is a period of unstated length"),
    R("ru-mod", "Russia's Defence Ministry (statement)", "ukrainian", "casualties_unspecified", "exact",
      "five separate battalions", "period", counted_in="battalions", low=5, best=5, high=5,
      notes="second formation count of the same sentence"),
])
a7_p6 = S("'On average, enemy losses in the final month of fighting amounted to about 290 servicemen a day.'", [
    R("ru-mod", "Russia's Defence Ministry (statement)", "ukrainian", "casualties_unspecified", "approximate",
      "about 290", "period", counted_in="people_per_day", best=290, notes="a rate over 'the final month of fighting'"),
])
a7_p7 = S("'A total of 810 Ukrainian servicemen laid down their arms and were taken prisoner.'", [
    R("ru-mod", "Russia's Defence Ministry (statement)", "ukrainian", "captured", "exact", "810", "cumulative",
      low=810, best=810, high=810, notes="over the whole operation"),
])
a7_p10 = S("In March, the ministry had put Ukraine's losses in the region at more than 67,000.", [
    R("ru-mod", "the ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 67,000", "cumulative",
      low=67000, notes="the earlier version of the same running total"),
])
a7_p11 = S("By our count of obituaries, posts by relatives and reports in local media, at least 1,460 Russian servicemen have been confirmed killed in the Kursk region since August, among them 112 conscripts.", [
    R("author", "the outlet's own count", "russian", "killed", "at_least", "at least 1,460", "cumulative",
      low=1460, notes="the text's own count of named dead"),
    R("author", "the outlet's own count", "russian", "killed", "exact", "112", "cumulative",
      low=112, best=112, high=112, notes="conscripts among the 1,460"),
])
a7_p13 = S("Ukraine's General Staff called the statement propaganda, saying on Saturday that fighting was continuing in two areas of the region and that Russian and North Korean forces had lost 1,150 soldiers there over the past week.", [
    R("ua-general-staff", "Ukraine's General Staff", "russian_and_north_korean", "casualties_unspecified", "exact",
      "1,150", "period", low=1150, best=1150, high=1150, notes="mixed count stays mixed; 'two areas' is not a figure of losses"),
])
a7_p14 = S("Military blogger Roman Tushin, who has some 400,000 subscribers, wrote that North Korean units had lost 'about a quarter of their men' in the battle for Gornal.", [
    R("ru-tushin", "military blogger Roman Tushin", "north_korean", "casualties_unspecified", "approximate",
      "about a quarter", "incident", counted_in="percent_of_force", best=25,
      notes="the subscribers are not people lost"),
])
aj07 = [
    [S("'The enemy lost more than 76,000': Russia's Defence Ministry declares Kursk region liberated", trap=restates(a7_p3))],
    [S("Russia's Defence Ministry on Saturday declared that its forces had completed the 'liberation' of the Kursk region, nearly nine months after Ukrainian troops crossed the border.",
       trap="duration of the incursion"),
     S("We publish the main passages of the statement, which was posted on the ministry's Telegram channel.")],
    [a7_p3], [a7_p4], [a7_p5], [a7_p6], [a7_p7],
    [S("'Servicemen of the Korean People's Army, acting in accordance with the treaty on comprehensive strategic partnership, provided significant assistance in defeating the enemy.'")],
    [S("The statement gave no figures for Russian or North Korean losses."), a7_p10],
    [a7_p11,
     S("Counts of this kind typically capture between a third and a half of actual deaths, the researchers who compile them estimate.",
       trap="coverage of the count, not a share of a force")],
    [a7_p13],
    [a7_p14],
    [S("On the same day, Russia and Ukraine exchanged 246 prisoners each in a swap mediated by the United Arab Emirates.",
       trap="prisoners exchanged, not a loss")],
]

# ================================================================ aj08
# A weekly news magazine's analysis (Economist style, the magazine's 'we').
a8_p3 = S("South Korea's National Intelligence Service (NIS) reckons that of roughly 15,000 troops sent to Russia, about 2,000 have been killed and about 4,000 wounded.", [
    R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "approximate",
      "roughly 15,000", "stock", best=15000, notes="total sent so far, recorded as the deployment figure"),
    R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate",
      "about 2,000", "cumulative", best=2000, notes="running total since December 2024"),
    R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "wounded", "approximate",
      "about 4,000", "cumulative", best=4000, notes="not summed with the killed"),
])
a8_p4 = S("That is a casualty rate of roughly 40%, far higher than that of most Russian units at the front, says the Hanbando Security Forum, a think-tank in Seoul.", [
    R("kr-hanbando-forum", "the Hanbando Security Forum", "north_korean", "killed_or_wounded", "approximate",
      "roughly 40%", "cumulative", counted_in="percent_of_force", best=40,
      notes="the think-tank's share of the 15,000; 'Russian' is the comparison, not whose losses"),
])
a8_p5 = S("During the battle to retake Kursk, between January and March, North Korean units were losing perhaps 3,000 men a month, by Ukrainian estimates.", [
    R("ua-officials", "Ukrainian estimates", "north_korean", "casualties_unspecified", "approximate", "perhaps 3,000",
      "period", counted_in="people_per_month", best=3000, notes="a rate over January to March"),
])
a8_p6 = S("Since the spring, with most of the force pulled back into reserve or set to clearing mines, that has fallen to fewer than 20 a week, say South Korean officials.", [
    R("kr-officials", "South Korean officials", "north_korean", "casualties_unspecified", "fewer_than", "fewer than 20",
      "period", counted_in="people_per_week", high=20, notes="a rate since the spring; speakers named at the end"),
])
a8_p7 = S("The deminers have not been spared: Ukraine's military intelligence said in October that at least 30 North Korean sappers had been killed by mines and drones in the Glushkovo district.", [
    R("ua-gur", "Ukraine's military intelligence", "north_korean", "killed", "at_least", "at least 30", "cumulative",
      low=30, notes="the engineers' losses to October"),
])
a8_p9 = S("In August state television showed a ceremony at which portraits of 101 soldiers 'martyred in the liberation of Kursk' were unveiled.", [
    R("kp-state-tv", "North Korean state television", "north_korean", "killed", "exact", "101", "unspecified",
      low=101, best=101, high=101, notes="the own side's state media acknowledging its dead; not said to be all of them"),
])
a8_p10 = S("Japan's Yomiuri Shimbun, citing government sources in Tokyo, reported in September that about 1,700 North Korean soldiers had died.", [
    R("jp-officials", "government sources in Tokyo", "north_korean", "killed", "approximate", "about 1,700",
      "cumulative", relays="Yomiuri Shimbun", best=1700, notes="figure cited from another outlet"),
])
a8_p11 = S("A Russian parliamentarian, Oleg Varnakov, claimed in a television interview in June that fewer than 300 Koreans had been killed, a number nobody in Seoul takes seriously.", [
    R("ru-varnakov", "Oleg Varnakov, a Russian parliamentarian", "north_korean", "killed", "fewer_than",
      "fewer than 300", "cumulative", high=300, notes="a lawmaker in his own name; 'Russian' is the speaker, 'Koreans' whose losses; disputed"),
])
a8_p12 = S("If Pyongyang keeps some 6,000 soldiers in Kursk through next year and losses continue at the present rate, we reckon it would lose another 800 or so by the end of 2026.", [
    R("author", "the magazine's own reckoning", "north_korean", "casualties_unspecified", "approximate",
      "another 800 or so", "period", modality="conditional", best=800,
      notes="the text's own conditional projection; the 6,000 is a premise, not a strength claim: no row"),
])
a8_p13 = S("The Hanbando forum's analysts are gloomier: they project that, counting the wounded, half of all the soldiers sent could be dead or out of action by next summer.", [
    R("kr-hanbando-forum", "the Hanbando forum's analysts", "north_korean", "killed_or_wounded", "exact", "half",
      "cumulative", counted_in="percent_of_force", modality="projected", low=50, best=50, high=50,
      notes="projection of a share of the troops sent; an unhedged fraction is exact"),
])
aj08 = [
    [S("The Kursk ledger")],
    [S("North Korea's army has paid dearly for its first war in more than 70 years", trap="years since its last war")],
    [S("SEOUL")],
    [S("When the first North Korean units reached the front in Russia's Kursk region last December, few outside Pyongyang expected them to last long."),
     S("Eleven months on, the tally is grim.", trap="elapsed time")],
    [a8_p3, a8_p4],
    [a8_p5, a8_p6],
    [a8_p7],
    [S("Pyongyang, which for months denied sending anyone, now celebrates its dead."), a8_p9],
    [a8_p10, a8_p11],
    [a8_p12, a8_p13],
    [S("Russia, which has not published a figure for its own dead since 2022, says nothing at all about its ally's losses.",
       trap="a year, no figure")],
    [S("The reward for Pyongyang may run to several billion dollars a year in cash, food and technology.", trap="money")],
    [S("Still, as one retired South Korean general puts it, the North now has 'thousands of men who have seen modern war, and that is what worries us'.",
       trap="veterans with combat experience, not losses")],
]

SPECS = {
    "aj01-wire-breaking-update2": aj01,
    "aj02-russian-regional-site": aj02,
    "aj03-ukrainian-national-site": aj03,
    "aj04-korean-agency-english-wire": aj04,
    "aj05-european-broadsheet-foreign-desk": aj05,
    "aj06-us-network-web-story": aj06,
    "aj07-defence-ministry-statement-at-length": aj07,
    "aj08-weekly-magazine-analysis": aj08,
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
