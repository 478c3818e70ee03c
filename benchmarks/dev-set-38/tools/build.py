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


# ---------------------------------------------------------------- shared
NIS = "South Korea's National Intelligence Service"
GUR = "Ukraine's Defence Intelligence (HUR/GUR)"
GS = "General Staff of the Armed Forces of Ukraine"
AUTHOR = "The text's own voice"

# ---------------------------------------------------------------- l01
# Bloomberg-style news brief with bullet points (Meridian, Seoul).
MER = "Meridian"
SEO = "Seo Jin-ho > " + MER
l01_body1 = S("SEOUL, Jan. 13 (Meridian) -- South Korea's National Intelligence Service estimates that about 350 North Korean soldiers have been killed and about 2,900 wounded in Russia's Kursk region since they entered combat in December, lawmaker Seo Jin-ho said on Monday after a closed-door briefing.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 350", "cumulative", relays=SEO, best=350,
      notes="running total since entering combat in December; lawmaker briefed by the agency relays it"),
    R("kr-nis", NIS, "north_korean", "wounded", "approximate", "about 2,900", "cumulative", relays=SEO, best=2900,
      notes="second measure of the same sentence gives its own row"),
])
l01_rev = S("Seo said the agency had raised its estimate from 1,300 casualties a week earlier.", [
    R("kr-nis", NIS, "north_korean", "casualties_unspecified", "exact", "1,300", "cumulative", relays=SEO,
      low=1300, best=1300, high=1300,
      notes="earlier, superseded estimate of the same agency, recorded as the claim it was; 'casualties' undefined"),
])
l01_rate = S("Casualties peaked at about 90 a day during assaults in the first week of January, he said, before easing to roughly 20 a day as units pulled back to regroup.", [
    R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "about 90 a day", "period", relays=SEO,
      counted_in="people_per_day", best=90, notes="rate over the first week of January; 'he' is Seo relaying the agency"),
    R("kr-nis", NIS, "north_korean", "casualties_unspecified", "approximate", "roughly 20 a day", "period", relays=SEO,
      counted_in="people_per_day", best=20, notes="later rate, after the first week of January up to the briefing"),
])
l01_dep = S("Seoul's spy agency believes about 11,500 North Korean troops remain in Russia and that Pyongyang could send 2,500 more by March, according to Seo.", [
    R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,500", "stock", relays=SEO, best=11500,
      notes="troops present, not losses; 'Seoul's spy agency' is the NIS"),
    R("kr-nis", NIS, "north_korean", "deployed", "exact", "2,500 more", "stock", relays=SEO, modality="projected",
      low=2500, best=2500, high=2500, notes="a possible further deployment by March: projected, never a loss"),
])
l01_cond = S("If assaults resume at January's pace, total North Korean casualties could top 5,000 by the end of February, the agency warned.", [
    R("kr-nis", NIS, "north_korean", "casualties_unspecified", "more_than", "top 5,000", "cumulative", relays=SEO,
      modality="conditional", low=5000, notes="if-then forecast to end of February; relay inferred from the paragraph (Seo)"),
])
l01_pow = S("US and South Korean officials separately told Meridian that at least two North Korean soldiers had been captured by Ukrainian forces.", [
    R("us-officials", "US officials (unnamed)", "north_korean", "captured", "at_least", "at least two", "cumulative",
      relays=MER, low=2, notes="list of claimants: one row each; 'Ukrainian' names the captors, not whose losses"),
    R("kr-officials", "South Korean officials (unnamed)", "north_korean", "captured", "at_least", "at least two", "cumulative",
      relays=MER, low=2, notes="second claimant of the list"),
])
l01_gs = S("Ukraine's General Staff said on Monday that Russian forces, North Korean units among them, lost 1,430 troops along the entire front in the previous 24 hours.", [
    R("ua-general-staff", GS, "russian_and_north_korean", "casualties_unspecified", "exact", "1,430", "period",
      relays=MER, low=1430, best=1430, high=1430,
      notes="one day, whole front (not Kursk only); mixed Russian and North Korean count stays mixed"),
])
l01_head = S("North Korea Has Lost Some 3,250 Troops in Kursk, Seoul Estimates", [
    R("author", "Meridian (the text's own voice)", "north_korean", "casualties_unspecified", "approximate", "Some 3,250",
      "cumulative", best=3250, derived=l01_body1,
      notes="headline sums the body's about 350 killed and about 2,900 wounded; the outlet's own figure, never a separate estimate"),
])
l01 = [
    [l01_head],
    [S("- Spy agency estimates about 350 killed, 2,900 wounded since December", trap=restates(l01_body1))],
    [S("- Casualties peaked at about 90 a day in early January", trap=restates(l01_rate))],
    [S("- Pyongyang could send 2,500 more troops by March", trap=restates(l01_dep))],
    [l01_body1, l01_rev],
    [l01_rate],
    [l01_dep, l01_cond],
    [l01_pow,
     S("Russia's Defense Ministry has not acknowledged any North Korean presence in Kursk.")],
    [l01_gs,
     S("South Korea's won slipped 0.3% against the dollar after the report.", trap="currency move, not losses")],
    [S("--With assistance from Min-ji Park")],
]

# ---------------------------------------------------------------- l02
# Mediazona-style count of named dead (unnamed independent outlet, "we").
OWN = "The outlet's own count (text's voice)"
l02_total = S("As of Friday, we have established the names of 2,316 Russian servicemen killed in the fighting in the Kursk region since Ukrainian troops crossed the border on August 6, 2024.", [
    R("author", OWN, "russian", "killed", "exact", "2,316", "cumulative", low=2316, best=2316, high=2316,
      notes="running total of named dead; 'Ukrainian troops' names the other side, not whose losses"),
])
l02 = [
    [S("Kursk's named dead: our count passes 2,300", trap=restates(l02_total))],
    [S("Updated Friday, February 28, 2025", trap="publication date")],
    [l02_total,
     S("That is 187 more than in our previous update three weeks ago, or roughly nine new names a day.", [
         R("author", OWN, "russian", "killed", "exact", "187", "period", low=187, best=187, high=187,
           notes="increment over the three weeks since the previous update; not added to the total"),
         R("author", OWN, "russian", "killed", "approximate", "roughly nine new names a day", "period",
           counted_in="people_per_day", best=9, notes="rate of newly confirmed names over the same three weeks"),
     ])],
    [S("We count only deaths confirmed by relatives, local authorities or published obituaries, and we estimate from past work that such sources capture between 40 and 60 percent of the actual dead.",
       trap="coverage rate of the method, not a loss or a share of a force"),
     S("On that basis the true toll could be between 3,900 and 5,800 killed.", [
         R("author", OWN, "russian", "killed", "range", "between 3,900 and 5,800", "cumulative", low=3900, high=5800,
           derived=l02_total,
           notes="the outlet's extrapolation of its own 2,316 by the 40-60% coverage; about past losses, so reported, not projected"),
     ])],
    [S("The largest group, at least 214 men, served in the 155th Naval Infantry Brigade, which fought around Plekhovo and Sudzha.", [
        R("author", OWN, "russian", "killed", "at_least", "at least 214", "cumulative", low=214,
          notes="one formation's named dead, part of the 2,316 (includes); never added to it"),
    ]),
     S("Another 96 belonged to the 810th brigade, and 58 to airborne regiments.", [
         R("author", OWN, "russian", "killed", "exact", "96", "cumulative", low=96, best=96, high=96,
           notes="subset of the 2,316, 810th brigade"),
         R("author", OWN, "russian", "killed", "exact", "58", "cumulative", low=58, best=58, high=58,
           notes="subset of the 2,316, airborne regiments"),
     ]),
     S("Convicts recruited from prison colonies make up about a fifth of the names, and men mobilised in 2022 roughly a third.",
       trap="composition of the already counted dead, not a further loss nor a share of a force"),
     S("The youngest man on our list was 19 and the oldest, a volunteer from Kursk itself, was 63.", trap="ages")],
    [S("A chat group run by relatives of missing soldiers has compiled a separate list of 412 men who went missing in the Kursk fighting and remain unaccounted for.", [
        R("ru-relatives-chat", "Relatives' chat group of missing Russian soldiers", "russian", "missing", "exact", "412",
          "cumulative", low=412, best=412, high=412, notes="a separate claimant; missing is its own measure"),
    ]),
     S("Relatives of 31 men on our list told us they were first notified their sons were missing, and only months later that they were dead.",
       trap="subset of the dead already counted, about how deaths were notified")],
    [S("Our method cannot count North Korean soldiers, whose deaths are never announced at home."),
     S("Ukraine's military intelligence has said about 4,000 North Koreans were killed or wounded by mid-February, while South Korea's National Intelligence Service told lawmakers on February 20 that about 420 had been killed.", [
         R("ua-gur", GUR, "north_korean", "killed_or_wounded", "approximate", "about 4,000", "cumulative", best=4000,
           notes="combined measure kept combined; 'by mid-February' is a running total"),
         R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 420", "cumulative", relays="South Korean lawmakers",
           best=420, notes="second claimant of the sentence; reported Thursday February 20 via lawmakers"),
     ]),
     S("We have been unable to verify either figure.")],
]

# ---------------------------------------------------------------- l03
# UN monitoring-mission note with numbered paragraphs.
UN = "UN Human Rights Monitoring Mission"
UNA = "UN Human Rights Monitoring Mission (the note's own voice)"
l03 = [
    [S("United Nations Human Rights Monitoring Mission in Ukraine: note on persons captured in connection with the hostilities in Kursk region")],
    [S("Kyiv, Thursday 10 April 2025", trap="dateline")],
    [S("1. This note covers 1 December 2024 to 31 March 2025 and draws on 146 interviews conducted by the Mission with released prisoners of war, relatives of missing servicemen and officials on both sides.",
       trap="paragraph number, reporting period and number of interviews")],
    [S("2. The Mission documented the capture by Ukrainian forces of two soldiers of the armed forces of the Democratic People's Republic of Korea (DPRK) in January 2025, and interviewed both in March.", [
        R("author", UNA, "north_korean", "captured", "exact", "two", "period", low=2, best=2, high=2,
          notes="captures in January 2025; 'Ukrainian forces' are the captors"),
    ]),
     S("Ukrainian officials told the Mission that a third DPRK soldier had died of his wounds shortly after capture.", [
         R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed", "exact", "a third DPRK soldier",
           "incident", relays=UN, low=1, best=1, high=1,
           notes="'third' is an ordinal: one more soldier, not a share; died of wounds counted as killed"),
     ])],
    [S("3. The Mission received credible allegations that at least 19 Ukrainian servicemen were executed by Russian units after surrendering or being captured in Kursk region during the period.", [
        R("author", UNA, "ukrainian", "killed", "at_least", "at least 19", "period", low=19,
          notes="executions of surrendering soldiers over the reporting period; 'Russian units' are the perpetrators"),
    ]),
     S("It verified six of these cases through witness testimony and video footage.", [
         R("author", UNA, "ukrainian", "killed", "exact", "six", "period", low=6, best=6, high=6,
           notes="verified subset of the at least 19 (includes); never added to it"),
     ])],
    [S("4. Russian officials informed the Mission that Ukrainian forces had killed 12 Russian servicemen who were trying to surrender near the village of Kazachya Loknya on 11 March; the Mission was unable to verify this allegation.", [
        R("ru-officials", "Russian officials (unnamed)", "russian", "killed", "exact", "12", "incident", relays=UN,
          low=12, best=12, high=12, notes="one incident; the Mission could not verify it"),
    ])],
    [S("5. According to the Coordination Headquarters for the Treatment of Prisoners of War, a Ukrainian state body, Ukraine held more than 6,000 Russian prisoners of war as of 31 March, of whom about 700 had been captured in Kursk region.", [
        R("ua-pow-hq", "Coordination HQ for the Treatment of POWs (Ukraine)", "russian", "captured", "more_than",
          "more than 6,000", "cumulative", relays=UN, low=6000, notes="prisoners held from the whole war, not Kursk only"),
        R("ua-pow-hq", "Coordination HQ for the Treatment of POWs (Ukraine)", "russian", "captured", "approximate",
          "about 700", "cumulative", relays=UN, best=700, notes="the Kursk part of the 6,000 (includes)"),
    ]),
     S("The Russian Ministry of Defence has stated that about 1,000 Ukrainian servicemen were captured in Kursk region since August 2024; Ukrainian officials described the figure to the Mission as greatly exaggerated.", [
         R("ru-mod", "Russian Ministry of Defence", "ukrainian", "captured", "approximate", "about 1,000", "cumulative",
           relays=UN, best=1000, notes="disputed by Ukrainian officials (no counter-figure); recorded as claimed"),
     ])],
    [S("6. During the period, 1,015 Ukrainian and 1,010 Russian prisoners of war were repatriated in four exchanges.",
       trap="prisoners exchanged, not captured or lost in the period")],
    [S("7. The Mission also recorded 23 civilians killed and 71 injured in Ukraine's Sumy region by strikes launched from across the border.",
       trap="civilian casualties, not military losses"),
     S("Families of at least 300 Ukrainian servicemen who went missing in Kursk region told the Mission they had received no information on their fate.", [
         R("ua-missing-families", "Families of missing Ukrainian servicemen", "ukrainian", "missing", "at_least",
           "at least 300", "cumulative", relays=UN, low=300, notes="families speak for their missing relatives"),
     ])],
    [S("8. The Mission reiterates that the summary execution of prisoners is a war crime.", trap="paragraph number only")],
]

# ---------------------------------------------------------------- l04
# Local Russian news site: funerals and payouts (site not named).
RYL = "Rylsk district administration (head Nikolai Surikov)"
SOC = "Kursk region social policy ministry (Yelena Dorokhina)"
l04_six = S("Six servicemen from the Rylsk district were buried this week, district head Nikolai Surikov wrote on his Telegram channel on Wednesday.", [
    R("ru-rylsk-district", RYL, "russian", "killed", "exact", "Six", "unspecified", low=6, best=6, high=6,
      notes="'this week' dates the burials, not the deaths (the next sentence spreads them over March and April); own Telegram channel is not a relay"),
])
l04 = [
    [S("Six servicemen from Rylsk district laid to rest this week", trap=restates(l04_six))],
    [l04_six,
     S("Four of them were killed near Tetkino in early April and two near Sudzha in March.", [
         R("ru-rylsk-district", RYL, "russian", "killed", "exact", "Four", "period", low=4, best=4, high=4,
           notes="part of the six (includes); early April"),
         R("ru-rylsk-district", RYL, "russian", "killed", "exact", "two", "period", low=2, best=2, high=2,
           notes="part of the six (includes); March"),
     ]),
     S("Since the start of the special military operation, 112 residents of the district have been killed, according to the district administration.", [
         R("ru-rylsk-district", RYL, "russian", "killed", "exact", "112", "cumulative", low=112, best=112, high=112,
           notes="the administration and its head are one claimant; whole war, residents killed anywhere"),
     ])],
    [S("Farewell ceremonies for Junior Sergeant Artyom Golubev, 24, and Private Vasily Karnaukhov, 41, were held on Tuesday at the Trinity cemetery.",
       trap="ages of two of the six already counted"),
     S("The Kursk volunteer battalion Seym, in which Golubev served, has lost about a third of its 400 fighters killed or wounded since it was formed in October, its commander, who uses the call sign Graf, told our correspondent.", [
         R("ru-seym-battalion", "Seym volunteer battalion (commander 'Graf')", "russian", "killed_or_wounded",
           "approximate", "about a third", "cumulative", counted_in="percent_of_force", best=33.33,
           notes="share of the battalion's 400 (share_of the deployed row); commander speaks for his unit"),
         R("ru-seym-battalion", "Seym volunteer battalion (commander 'Graf')", "russian", "deployed", "exact", "400",
           "stock", low=400, best=400, high=400, notes="the battalion's strength, the base of the share"),
     ]),
     S("Graf said 17 of his men were dead or missing after the March fighting for Sudzha.", [
         R("ru-seym-battalion", "Seym volunteer battalion (commander 'Graf')", "russian", "killed_or_missing",
           "exact", "17", "period", low=17, best=17, high=17,
           notes="'dead or missing' is one combined figure, never split; call sign only on second mention; may overlap the third"),
     ])],
    [S("Families of servicemen killed in action receive a one-off regional payment of 3 million rubles in addition to federal payments of about 12 million rubles.",
       trap="money, not losses"),
     S("Regional social policy minister Yelena Dorokhina told deputies of the regional Duma last Thursday that since January the region had paid death benefits to the families of 1,940 fallen servicemen.", [
         R("ru-kursk-social-ministry", SOC, "russian", "killed", "exact", "1,940", "cumulative",
           low=1940, best=1940, high=1940,
           notes="count of dead read from death-benefit payouts; running total since January 2025; not limited to Kursk fighting"),
     ]),
     S("Dorokhina said benefits were also paid to the families of 230 men listed as missing for more than six months.", [
         R("ru-kursk-social-ministry", SOC, "russian", "missing", "exact", "230", "cumulative", low=230, best=230, high=230,
           notes="surname-only second mention of the minister; 'six months' is the payout rule, not a figure"),
     ])],
    [S("The Telegram channel Rylsk Bez Tsenzury claimed that up to 30 local men died in a single missile strike on a training ground in March; the district administration called the report a provocation.", [
        R("ru-rylsk-bez-tsenzury", "Rylsk Bez Tsenzury (Telegram channel)", "russian", "killed", "at_most", "up to 30",
          "incident", high=30, notes="disputed by the district administration; recorded as claimed"),
    ]),
     S("Ukrainian channels are also circulating a video in which Ukraine's 95th brigade claims to have wiped out two Russian companies near Tetkino, which the governor's press service called a fake.", [
         R("ua-95th-brigade", "95th Airborne Assault Brigade (Ukraine)", "russian", "casualties_unspecified", "exact",
           "two Russian companies", "incident", relays="Ukrainian Telegram channels", counted_in="companies",
           low=2, best=2, high=2, notes="formations as named, not converted to people; disputed by the governor's press service"),
     ]),
     S("Since January, 1,100 homes in the border districts have been damaged by shelling, the regional administration said.",
       trap="property damage, not people")],
]

# ---------------------------------------------------------------- l05
# Op-ed by a named retired officer.
HAR = "Daniel Harrow"
HARA = "Daniel Harrow (the op-ed's own voice)"
l05 = [
    [S("Pyongyang Is Paying for Putin's Kursk Comeback in Blood")],
    [S("By Daniel Harrow")],
    [S("When the first North Korean units reached Kursk in late 2024, Western officials counted about 12,000 of them.", [
        R("western-officials", "Western officials (unnamed)", "north_korean", "deployed", "approximate", "about 12,000",
          "stock", relays=HAR, best=12000, notes="troops sent, not losses; group claimant of no stated country"),
    ]),
     S("By the Pentagon's reckoning, roughly 800 were killed in the first three months alone.", [
         R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed", "approximate", "roughly 800",
           "period", relays=HAR, best=800, notes="stated window: the first three months of combat"),
     ])],
    [S("My own estimate, drawn from hours of assault footage and conversations with Ukrainian officers, is grimmer: I believe North Korea has lost between 5,000 and 6,000 men killed or wounded, nearly half of the force it sent.", [
        R("author", HARA, "north_korean", "killed_or_wounded", "range", "between 5,000 and 6,000", "cumulative",
          low=5000, high=6000, notes="the author's own estimate; combined measure kept"),
        R("author", HARA, "north_korean", "killed_or_wounded", "vague", "nearly half", "cumulative",
          counted_in="percent_of_force", low=45, high=50,
          notes="share of the force sent; 'nearly N' read as 0.9N to N"),
    ]),
     S("A major in the Ukrainian drone unit Birds of Magyar told me his unit alone had accounted for more than 700 North Koreans since January.", [
         R("ua-birds-of-magyar", "Birds of Magyar (Ukraine)", "north_korean", "casualties_unspecified", "more_than",
           "more than 700", "cumulative", relays=HAR, low=700,
           notes="'accounted for' does not say killed; an officer speaks for his unit; 'Ukrainian' is the claimant, not the losses"),
     ])],
    [S("The rate matters more than the total."),
     S("During the January assaults around Plekhovo, Ukrainian officers put North Korean losses at up to 100 a day.", [
         R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "casualties_unspecified", "at_most",
           "up to 100 a day", "period", relays=HAR, counted_in="people_per_day", high=100,
           notes="rate in January; unnamed officers take the nation's officials id"),
     ]),
     S("Even at half that pace, Pyongyang would lose another 4,000 men, a brigade's worth, by the end of summer.", [
         R("author", HARA, "north_korean", "casualties_unspecified", "exact", "another 4,000", "period",
           modality="conditional", low=4000, best=4000, high=4000,
           notes="'even at half that pace' is an if: conditional, looking to end of summer; 'a brigade's worth' restates the 4,000"),
     ])],
    [S("Seoul's National Intelligence Service, usually the most cautious voice, said in April that about 650 North Koreans had been killed.", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 650", "cumulative", relays=HAR, best=650,
          notes="running total reported in April"),
    ]),
     S("Pyongyang has since sent some 2,500 replacements, according to the same agency.", [
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "some 2,500", "stock", relays=HAR, best=2500,
           notes="reinforcements arrived: deployed, not a loss; claimant from 'the same agency'"),
     ]),
     S("If Moscow keeps spending them in frontal assaults, I expect North Korean dead to pass 4,000 by December.", [
         R("author", HARA, "north_korean", "killed", "more_than", "pass 4,000", "cumulative", modality="conditional",
           low=4000, notes="if-then forecast to December"),
     ])],
    [S("I once commanded 600 soldiers in Iraq and lost eleven of them in a year; Ukrainian officers describe North Korean companies losing that many in a morning.",
       trap="the author's own Iraq command, another war; 'that many' gives no new figure"),
     S("Russian officials dismiss all of these figures as Western propaganda."),
     S("Daniel Harrow, a retired U.S. Army lieutenant colonel, teaches strategy at a military college in Virginia.")],
]

# ---------------------------------------------------------------- l06
# Live blog with timestamps (outlet not named).
l06 = [
    [S("LIVE: Russia presses on Sudzha as Kursk fighting intensifies")],
    [S("Monday, March 10, 2025, all times Kyiv (UTC+2)", trap="date and time zone")],
    [S("18:05 - Ukraine's General Staff has updated its evening tally: 212 Russian and North Korean troops killed or wounded in the Kursk direction since midnight, up from the 148 reported at midday.", [
        R("ua-general-staff", GS, "russian_and_north_korean", "killed_or_wounded", "exact", "212", "period",
          low=212, best=212, high=212,
          notes="revised same-day total, supersedes the 148 of 12:30 (which has its own row there); mixed count"),
    ])],
    [S("17:15 - CNN, quoting a US official, reports that North Korean deaths in Kursk have reached roughly 1,500 since the troops arrived last autumn.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed", "approximate", "roughly 1,500",
          "cumulative", relays="CNN", best=1500, notes="running total since arrival"),
    ]),
     S("The official called that estimate conservative.")],
    [S("16:40 - The pro-Kremlin Telegram channel Severny Veter claims Ukrainian forces lost up to a battalion trying to hold the road out of Sudzha.", [
        R("ru-severny-veter", "Severny Veter (pro-Kremlin Telegram channel)", "ukrainian", "casualties_unspecified",
          "at_most", "up to a battalion", "incident", counted_in="battalions", high=1,
          notes="formation as named; 'up to a battalion' = battalions, high 1"),
    ]),
     S("We cannot verify the claim, and Ukrainian officials have not commented.")],
    [S("15:20 - Ukraine's military intelligence, HUR, says North Korean units near Kurilovka have suffered dozens of killed and wounded since Saturday.", [
        R("ua-gur", GUR, "north_korean", "killed_or_wounded", "vague", "dozens", "period", low=24, high=99,
          notes="'since Saturday' is a stated three-day window (Saturday to Monday); 'dozens' read as 24 to 99"),
    ])],
    [S("14:10 - Russia's Defence Ministry says its forces killed up to 230 Ukrainian servicemen in the Kursk region over the past day and destroyed three tanks.", [
        R("ru-mod", "Russian Ministry of Defence", "ukrainian", "killed", "at_most", "up to 230", "period", high=230,
          notes="one day; the tanks are equipment, no row"),
    ]),
     S("Kyiv's Centre for Countering Disinformation dismissed the ministry's tallies as fiction.")],
    [S("13:00 - Reuters, citing two Ukrainian commanders, reports that a company of the 80th brigade lost about a third of its men, killed or wounded, during a night withdrawal near Sudzha.", [
        R("ua-officials", "Ukrainian officials (unnamed)", "ukrainian", "killed_or_wounded", "approximate",
          "about a third", "incident", relays="Reuters", counted_in="percent_of_force", best=33.33,
          notes="share of one company, no troop figure given; two unnamed commanders are one claimant (ua-officials)"),
    ])],
    [S("12:30 - The General Staff's midday update: 148 Russian and North Korean troops killed or wounded in the Kursk direction since midnight.", [
        R("ua-general-staff", GS, "russian_and_north_korean", "killed_or_wounded", "exact", "148", "period",
          low=148, best=148, high=148, notes="earlier figure of the same day, superseded at 18:05"),
    ])],
    [S("11:15 - South Korea's Joint Chiefs of Staff say North Korea has rotated about 1,500 troops out of Kursk and replaced them with a similar number.",
       trap="troop rotation, neither losses nor a stock of troops present")],
    [S("10:05 - Two civilians were wounded in a glide-bomb strike on Khotin overnight, the Sumy regional administration says.",
       trap="civilian casualties, not military losses")],
    [S("09:00 - Good morning: on Sunday, Ukraine's General Staff reported 1,280 Russian losses across the whole front, bringing its running total since February 2022 to 884,730.", [
        R("ua-general-staff", GS, "russian", "casualties_unspecified", "exact", "1,280", "period",
          low=1280, best=1280, high=1280, notes="one day (Sunday), whole front; 'losses' undefined"),
        R("ua-general-staff", GS, "russian", "casualties_unspecified", "exact", "884,730", "cumulative",
          low=884730, best=884730, high=884730, notes="running total of the whole war since February 2022"),
    ])],
]

# ---------------------------------------------------------------- l07
# Fact-check of a viral figure (ClaimCheck).
CC = "ClaimCheck"
l07_viral = S("CLAIM: A post by the X account Asia Front News, shared more than 120,000 times since Sunday, says that 40,000 North Korean soldiers have died in Kursk in just five months.", [
    R("asia-front-news", "Asia Front News (X account)", "north_korean", "killed", "exact", "40,000", "period",
      relays=CC, low=40000, best=40000, high=40000,
      notes="cited only to be rated false; recorded as claimed; stated window 'five months'; shares are not losses"),
])
l07 = [
    [S("Fact check: No, 40,000 North Korean soldiers have not died in Kursk", trap=restates(l07_viral))],
    [S("ClaimCheck, Friday, March 7, 2025", trap="publication date")],
    [l07_viral],
    [S("VERDICT: False; the figure is about 40 times higher than the highest official estimate of North Korean deaths.",
       trap="ratio between figures, not a loss")],
    [S("The number appears to come from a January statement by Ukraine's military intelligence agency that Russia had lost about 40,000 troops killed and wounded in Kursk region since August 2024, Russian and not North Korean losses.", [
        R("ua-gur", GUR, "russian", "killed_or_wounded", "approximate", "about 40,000", "cumulative", relays=CC,
          best=40000, notes="Russian losses; 'North Korean' near the figure is what the post misread"),
    ]),
     S("In the same statement the agency, known as HUR, put North Korean casualties at around 4,000, of whom some 1,000 had been killed.", [
         R("ua-gur", GUR, "north_korean", "casualties_unspecified", "approximate", "around 4,000", "cumulative",
           relays=CC, best=4000, notes="HUR = GUR; 'casualties' undefined"),
         R("ua-gur", GUR, "north_korean", "killed", "approximate", "some 1,000", "cumulative", relays=CC, best=1000,
           notes="the killed part of the 4,000 (includes)"),
     ])],
    [S("South Korea's National Intelligence Service told lawmakers on Wednesday that about 4,200 North Koreans had been killed or wounded, including about 450 dead.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "about 4,200", "cumulative",
          relays="South Korean lawmakers > " + CC, best=4200, notes="reported Wednesday March 5"),
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 450", "cumulative",
          relays="South Korean lawmakers > " + CC, best=450, notes="killed part of the 4,200 (includes)"),
    ]),
     S("A US defence official, speaking on condition of anonymity, told ClaimCheck that the American estimate of killed and wounded combined was in the low thousands.", [
         R("us-officials", "US officials (unnamed)", "north_korean", "killed_or_wounded", "vague", "low thousands",
           "cumulative", relays=CC, low=1000, high=3999,
           notes="unnamed official of a named department takes the nation's officials id; 'the low thousands' read as 1,000 to 3,999"),
     ]),
     S("The highest published figure we found, 12,000 North Korean losses claimed on March 3 by the Ukrainian Telegram channel Tochka Zoru, is less than a third of the viral number.", [
         R("ua-tochka-zoru", "Tochka Zoru (Ukrainian Telegram channel)", "north_korean", "casualties_unspecified",
           "exact", "12,000", "cumulative", relays=CC, low=12000, best=12000, high=12000,
           notes="'losses' undefined; 'less than a third' compares figures and gives no row"),
     ])],
    [S("How many were sent? US and South Korean officials have said about 11,500 North Korean troops arrived in Russia in the autumn of 2024 and roughly 2,500 reinforcements in January and February.", [
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,500", "stock",
          relays=CC, best=11500, notes="list of claimants: a row each; troops sent, not losses"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,500",
          "stock", relays=CC, best=11500, notes="second claimant of the list"),
        R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "roughly 2,500", "stock",
          relays=CC, best=2500, notes="reinforcements that arrived"),
        R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "roughly 2,500",
          "stock", relays=CC, best=2500, notes="reinforcements, second claimant"),
    ]),
     S("Forty thousand dead would be more than the entire force Pyongyang has sent.",
       trap="hypothetical restatement of the viral figure")],
    [S("Asia Front News, which has 310,000 followers and regularly posts unsourced casualty figures, did not respond to a request for comment.",
       trap="followers, not losses"),
     S("RATING: False.")],
]

# ---------------------------------------------------------------- l08
# Think-tank report cited by a table of claimants and figures.
BC = "Baltic Centre for Security Studies"
BCA = "Baltic Centre for Security Studies (the report's own voice)"
l08 = [
    [S("North Korean Losses in Kursk: Reconciling the Claims")],
    [S("Baltic Centre for Security Studies, Research Note 14/2025, Tuesday 6 May 2025", trap="report number and date")],
    [S("This note compares the main public estimates of North Korean military losses in Russia's Kursk region from December 2024 to the end of April 2025, and offers our own.",
       trap="the study window")],
    [S("Table 1. Estimates by claimant (figures as published; we have not converted measures)", trap="table number")],
    [S("Claimant | Date | Figure | Measure as stated")],
    [S("Ukraine's GUR | 27 Dec 2024 | more than 2,800 | killed and wounded", [
        R("ua-gur", GUR, "north_korean", "killed_or_wounded", "more_than", "more than 2,800", "cumulative",
          relays=BC, low=2800, notes="table row; the report passes the claim on"),
    ])],
    [S("South Korea's NIS | 13 Jan 2025 | ~350 / ~2,900 | killed / wounded", [
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "~350", "cumulative", relays=BC, best=350,
          notes="'~' read as approximate"),
        R("kr-nis", NIS, "north_korean", "wounded", "approximate", "~2,900", "cumulative", relays=BC, best=2900,
          notes="second measure of the table row"),
    ])],
    [S("US officials | 28 Jan 2025 | 900+ | killed", [
        R("us-officials", "US officials (unnamed)", "north_korean", "killed", "at_least", "900+", "cumulative",
          relays=BC, low=900, notes="'N+' read as at least N"),
    ])],
    [S("Ukrainian General Staff | Feb 2025 | 50\u201370 a day | killed and wounded", [
        R("ua-general-staff", GS, "north_korean", "killed_or_wounded", "range", "50\u201370 a day", "period",
          relays=BC, counted_in="people_per_day", low=50, high=70, notes="rate over February"),
    ])],
    [S("Tochka Zoru (Telegram) | 3 Mar 2025 | 12,000 | losses", [
        R("ua-tochka-zoru", "Tochka Zoru (Ukrainian Telegram channel)", "north_korean", "casualties_unspecified",
          "exact", "12,000", "cumulative", relays=BC, low=12000, best=12000, high=12000, notes="'losses' undefined"),
    ])],
    [S("Pentagon | 14 Mar 2025 | about 3,600 | killed or wounded", [
        R("us-dod", "US Department of Defense (Pentagon)", "north_korean", "killed_or_wounded", "approximate",
          "about 3,600", "cumulative", relays=BC, best=3600, notes="'Pentagon' = US Department of Defense"),
    ])],
    [S("South Korea's NIS | 30 Apr 2025 | 4,900 | killed and wounded", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "exact", "4,900", "cumulative", relays=BC,
          low=4900, best=4900, high=4900, notes="later estimate of the same agency"),
    ])],
    [S("Russian Ministry of Defence | none | no figure | none")],
    [S("Read together, the table's figures trace a rise from fewer than 3,000 casualties at the turn of the year to around 5,000 by the end of April.",
       trap="summary restating the table's figures, not a new estimate"),
     S("Our own central estimate, weighting each claimant by its past record, is about 5,200 killed or wounded by 30 April, roughly 45 percent of the 11,500 troops first deployed.", [
         R("author", BCA, "north_korean", "killed_or_wounded", "approximate", "about 5,200", "cumulative", best=5200,
           notes="the think tank's own estimate"),
         R("author", BCA, "north_korean", "killed_or_wounded", "approximate", "roughly 45 percent", "cumulative",
           counted_in="percent_of_force", best=45, notes="share of the 11,500 (share_of)"),
         R("author", BCA, "north_korean", "deployed", "exact", "11,500", "stock", low=11500, best=11500, high=11500,
           notes="troops first deployed, the base of the share"),
     ]),
     S("The killed-to-wounded ratio in the NIS figures, roughly one to eight, is implausibly low for assault infantry, and we suspect that many deaths are recorded as wounded or missing.",
       trap="ratio between figures, not a loss")],
    [S("Several of the claims mix the two allies' losses: Ukraine's General Staff, for instance, reported 1,120 enemy losses in the Kursk direction in the week to 9 March without separating Russians from North Koreans.", [
        R("ua-general-staff", GS, "russian_and_north_korean", "casualties_unspecified", "exact", "1,120", "period",
          relays=BC, low=1120, best=1120, high=1120, notes="'enemy' losses mixed; week to Sunday 9 March"),
    ]),
     S("Ukrainian claims that two North Korean battalions were destroyed near Plekhovo in February, repeated by several Western outlets, could not be matched to any unit records and should be treated with caution.", [
         R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "casualties_unspecified", "exact",
           "two North Korean battalions", "incident", relays="Western outlets > " + BC, counted_in="battalions",
           low=2, best=2, high=2, notes="formations as named; doubted by the report; unnamed Ukrainian claimants"),
     ])],
    [S("Projection: if the March loss rate persists, North Korean casualties would reach 7,000 to 8,000 by the end of August.", [
        R("author", BCA, "north_korean", "casualties_unspecified", "range", "7,000 to 8,000", "cumulative",
          modality="conditional", low=7000, high=8000, notes="if-then forecast to end of August"),
    ]),
     S("Should Pyongyang commit a second contingent of similar size, that figure could roughly double.")],
]

SPECS = {
    "l01-bloomberg-brief": l01,
    "l02-named-dead-count": l02,
    "l03-un-mission-note": l03,
    "l04-local-funerals-payouts": l04,
    "l05-retired-officer-oped": l05,
    "l06-live-blog": l06,
    "l07-viral-figure-factcheck": l07,
    "l08-thinktank-table": l08,
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
