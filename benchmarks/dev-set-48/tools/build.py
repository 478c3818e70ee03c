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


def repeats(s, what="summary line"):
    return what + " only repeats a body figure: " + s.text


# Common claimant names
NIS = "South Korea's National Intelligence Service (NIS)"
US_OFF = "US officials (unnamed)"
EU_OFF = "European officials (unnamed)"
GUR = "Defence Intelligence of Ukraine (GUR)"
RU_MOD = "Russian Ministry of Defence"


# ---------------------------------------------------------------- ar01
# Wire exclusive with anonymous sources and a "key points" bullet box at the top.
AG = "Meridian"
ar01_a = S("SEOUL/WASHINGTON, Feb 13 (Meridian) - About 1,900 North Korean soldiers have been killed and about 4,300 wounded since they went into combat in Russia's Kursk region in December, according to US and European officials familiar with intelligence assessments.", [
    R("us-officials", US_OFF, "north_korean", "killed", "approximate", "About 1,900", "cumulative", relays=AG, best=1900,
      notes="list of claimants 'US and European officials': one row per group; 'since ... December' is a running total"),
    R("us-officials", US_OFF, "north_korean", "wounded", "approximate", "about 4,300", "cumulative", relays=AG, best=4300),
    R("european-officials", EU_OFF, "north_korean", "killed", "approximate", "About 1,900", "cumulative", relays=AG, best=1900,
      notes="'European officials' names no single nation: a group id of its own"),
    R("european-officials", EU_OFF, "north_korean", "wounded", "approximate", "about 4,300", "cumulative", relays=AG, best=4300),
])
ar01_b = S("The officials, who spoke on condition of anonymity to discuss classified material, said the toll amounted to roughly half of the force Pyongyang sent last autumn, which South Korea's spy agency has put at about 11,000.", [
    R("us-officials", US_OFF, "north_korean", "killed_or_wounded", "approximate", "roughly half", "cumulative", relays=AG,
      counted_in="percent_of_force", best=50, notes="'the toll' is the killed and wounded of the previous sentence, kept as one combined share"),
    R("european-officials", EU_OFF, "north_korean", "killed_or_wounded", "approximate", "roughly half", "cumulative", relays=AG,
      counted_in="percent_of_force", best=50),
    R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 11,000", "stock", relays=AG, best=11000,
      notes="'South Korea's spy agency' is the NIS; the troops sent, not lost"),
])
ar01_c = S("North Korean units lost about 90 men a day, killed or wounded, during the heaviest assaults in early February, a US official said, a rate that has since slowed.", [
    R("us-officials", US_OFF, "north_korean", "killed_or_wounded", "approximate", "about 90", "period", relays=AG,
      counted_in="people_per_day", best=90, notes="a rate over a stated window (early February)"),
])
ar01_d = S("If that pace resumed, the official said, the contingent could lose another 3,000 men by the end of March.", [
    R("us-officials", US_OFF, "north_korean", "killed_or_wounded", "exact", "another 3,000", "period", relays=AG,
      modality="conditional", low=3000, best=3000, high=3000,
      notes="if-then on the pace of the previous sentence, which defines the losses as killed or wounded; additional losses up to end of March"),
])
ar01_f = S("Ukraine's military intelligence agency, the GUR, gave a far higher figure on Tuesday, saying at least 4,000 North Koreans had been killed outright.", [
    R("ua-gur", GUR, "north_korean", "killed", "at_least", "at least 4,000", "cumulative", relays=AG, low=4000,
      notes="reported Tuesday Feb 11; disputed by a European official in the next sentence"),
])
ar01_h = S("The US official said Pyongyang was preparing to send up to 3,000 more troops by March, along with artillery and short-range missiles.", [
    R("us-officials", US_OFF, "north_korean", "deployed", "at_most", "up to 3,000", "stock", relays=AG,
      modality="projected", high=3000, notes="troops still to be sent: a projected deployment, not losses"),
])
ar01_head = S("EXCLUSIVE-North Korean casualties in Kursk top 6,000 as Pyongyang readies more troops, officials say", [
    R("author", "The article's own voice (Meridian headline)", "north_korean", "killed_or_wounded", "more_than", "top 6,000",
      "cumulative", low=6000, derived=ar01_a,
      notes="the headline's own sum of about 1,900 killed and about 4,300 wounded; no official gave 6,000"),
])
ar01 = [
    [ar01_head],
    [S("By Mara Ellison and Baek Jun-ho")],
    [S("KEY POINTS")],
    [S("• US and European officials put North Korean dead at about 1,900 and wounded at about 4,300", trap=repeats(ar01_a, "key-point bullet"))],
    [S("• Toll equals roughly half the force Pyongyang sent to Russia", trap=repeats(ar01_b, "key-point bullet"))],
    [S("• Up to 3,000 more troops could follow by March", trap=repeats(ar01_h, "key-point bullet"))],
    [S("• Kyiv's higher count is disputed by Western officials")],
    [ar01_a],
    [ar01_b, ar01_c, ar01_d],
    [S("Russian commanders have thrown the North Koreans into open-field infantry assaults with little armour or drone cover, two of the officials said.",
       trap="'two' counts the officials speaking, not losses")],
    [ar01_f, S("A European official called the Ukrainian estimate 'not supported by anything we have seen'.")],
    [ar01_h, S("Russia received about 120 North Korean self-propelled guns and multiple-rocket launchers last year, the official said.",
               trap="equipment delivered, not people")],
    [S("North Korea's mission to the United Nations in New York did not respond to a request for comment."),
     S("Russia's Defence Ministry does not comment on the presence of North Korean troops, and Moscow has not disclosed its own losses in Kursk.")],
    [S("(Reporting by Mara Ellison in Washington and Baek Jun-ho in Seoul; Editing by Tom Raleigh)")],
]


# ---------------------------------------------------------------- ar02
# A think-tank comparison cited by table, the table written as text lines.
CB = "Centre for Border Security Studies (CBSS)"
ar02_t3 = S("Ukraine's GUR | 1,200+ | 3,500 | Apr 22", [
    R("ua-gur", GUR, "north_korean", "killed", "at_least", "1,200+", "cumulative", relays="CBSS", low=1200,
      notes="'N+' in a table cell read as 'N or more'; table row: claimant from the Source column, the think tank relays"),
    R("ua-gur", GUR, "north_korean", "wounded", "exact", "3,500", "cumulative", relays="CBSS", low=3500, best=3500, high=3500),
])
ar02 = [
    [S("North Korean losses in Kursk: a Warsaw tally shows how far the claims diverge")],
    [S("WARSAW - Published estimates of North Korean losses in Russia's Kursk region differ by a factor of nearly two, according to a comparison released on Thursday by the Centre for Border Security Studies (CBSS), a Warsaw think tank.",
       trap="'a factor of nearly two' is the spread between estimates, not a loss figure"),
     S("The centre lined up every figure it could trace to a named body, with the date each was given, and added its own estimate."),
     S("Its table, reproduced below, shows the latest figure from each source as of May 6.", trap="a cut-off date, no figure")],
    [S("Source | Killed | Wounded | As of")],
    [S("South Korea's NIS, via lawmakers | 650 | 3,900 | Apr 30", [
        R("kr-nis", NIS, "north_korean", "killed", "exact", "650", "cumulative", relays="South Korean lawmakers > CBSS",
          low=650, best=650, high=650, notes="the 'As of' column is the report date; lawmakers unnamed in the row, two of them per the notes"),
        R("kr-nis", NIS, "north_korean", "wounded", "exact", "3,900", "cumulative", relays="South Korean lawmakers > CBSS",
          low=3900, best=3900, high=3900),
    ])],
    [S("US official, via CNN | 1,400 (killed and wounded, not split) | — | Feb 27", [
        R("us-officials", "US official (unnamed)", "north_korean", "killed_or_wounded", "exact", "1,400", "cumulative",
          relays="CNN > CBSS", low=1400, best=1400, high=1400,
          notes="printed in the Killed column but the cell and the notes say it is killed and wounded combined"),
    ])],
    [ar02_t3],
    [S("North Korea (KCNA) | not given | not given | Apr 28", trap="table row with a date only; Pyongyang gave no figure")],
    [S("CBSS estimate | 700–1,000 | 3,000–4,000 | May 6", [
        R("cbss", CB, "north_korean", "killed", "range", "700–1,000", "cumulative", low=700, high=1000,
          notes="the think tank's own estimate, not a relay"),
        R("cbss", CB, "north_korean", "wounded", "range", "3,000–4,000", "cumulative", low=3000, high=4000),
    ])],
    [S("Notes to the table: the NIS figures were relayed by two members of the National Assembly's intelligence committee after a closed briefing.",
       trap="'two' counts lawmakers"),
     S("The CNN figure combines killed and wounded, and the centre warns against splitting it between the columns."),
     S("The GUR's 1,200 covers only deaths it calls 'confirmed'; its wounded column includes frostbite cases.",
       trap=repeats(ar02_t3, "table note"))],
    [S("'The gap is mostly method,' said Agnieszka Wróbel, the analyst who compiled the table."),
     S("'Kyiv counts what its drones see, Seoul counts what it can source twice, and Pyongyang counts nothing at all.'")],
    [S("Wróbel said that if North Korean infantry were sent back into assaults at the winter rate, the centre would expect another 1,500 to 2,000 of them killed or wounded by the end of August.", [
        R("cbss", CB, "north_korean", "killed_or_wounded", "range", "1,500 to 2,000", "period", relays="Agnieszka Wróbel",
          modality="conditional", low=1500, high=2000,
          notes="an analyst presenting her centre's estimate ('the centre would expect'): the centre's id; if-then, further losses to end of August"),
    ])],
    [S("The table leaves out Russian and Ukrainian losses, which the centre says it cannot assess from public sources."),
     S("Russia's Defence Ministry, which never comments on North Korean forces, said on Monday that Ukraine had lost more than 71,000 troops in the Kursk region since August 2024.", [
         R("ru-mod", RU_MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 71,000", "cumulative", low=71000,
           notes="'North Korean' near the figure but the losses are Ukrainian; 'lost' undefined"),
     ])],
    [S("The CBSS compilation draws on 23 public statements and two parliamentary briefings.", trap="counts of documents")],
]


# ---------------------------------------------------------------- ar03
# A Japanese paper's timeline, dates at the start of lines.
ar03_l8 = S("Sept. 4 — The National Intelligence Service revises its estimate of North Korean dead to about 2,300, up from 650 in April.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 2,300", "cumulative", best=2300,
      notes="revised running total, reported Sept 4"),
    R("kr-nis", NIS, "north_korean", "killed", "exact", "650", "cumulative", low=650, best=650, high=650,
      notes="the earlier (April) NIS estimate, superseded by 2,300"),
])
ar03 = [
    [S("Timeline: Seoul now puts North Korean dead in Kursk at about 2,300", trap=restates(ar03_l8))],
    [S("TOKYO - North Korean soldiers first went into battle in Russia's Kursk region a year ago this month."),
     S("How many have died there is still disputed."),
     S("Below are the main moments, with each figure as it was reported at the time; none has been independently verified.")],
    [S("Dec. 16, 2024 — Ukraine's Special Operations Forces say they killed or wounded about 30 North Korean soldiers over three days of fighting near Plekhovo, the first known clashes.", [
        R("ua-sso", "Special Operations Forces of Ukraine", "north_korean", "killed_or_wounded", "approximate", "about 30", "period",
          best=30, notes="'over three days' is the stated window"),
    ])],
    [S("Dec. 27 — Seoul's Joint Chiefs of Staff and US officials separately put North Korean casualties at more than 1,300, without giving a breakdown.", [
        R("kr-jcs", "South Korea's Joint Chiefs of Staff", "north_korean", "casualties_unspecified", "more_than", "more than 1,300",
          "cumulative", low=1300, notes="two claimants, one row each; 'casualties' not broken down"),
        R("us-officials", US_OFF, "north_korean", "casualties_unspecified", "more_than", "more than 1,300", "cumulative", low=1300),
    ])],
    [S("Jan. 11, 2025 — Ukraine's SBU security service says two North Korean soldiers have been captured, the first taken alive.", [
        R("ua-sbu", "Security Service of Ukraine (SBU)", "north_korean", "captured", "exact", "two", "cumulative",
          low=2, best=2, high=2),
    ])],
    [S("Feb. 7 — Brig. Gen. Yurii Marchuk tells the television channel ICTV that North Korean units have been pulled back after losing up to 40 percent of their men.", [
        R("ua-marchuk", "Brig. Gen. Yurii Marchuk (Ukraine)", "north_korean", "casualties_unspecified", "at_most", "up to 40 percent",
          "cumulative", relays="ICTV", counted_in="percent_of_force", high=40,
          notes="a general speaking in his own name on TV; 'losing' undefined"),
    ])],
    [S("March 12 — Russia announces it has retaken Sudzha; its statement does not mention North Korean troops.",
       trap="date only; no loss figure")],
    [S("April 26 — Russia's General Staff declares the Kursk region 'fully liberated' and says Ukraine lost more than 68,000 troops there.", [
        R("ru-general-staff", "General Staff of the Russian Armed Forces", "ukrainian", "casualties_unspecified", "more_than",
          "more than 68,000", "cumulative", low=68000, notes="'lost' undefined; whole Kursk operation"),
    ])],
    [S("April 28 — Pyongyang acknowledges for the first time that its troops fought in Kursk, but gives no toll.",
       trap="date only; acknowledges fighting, states no losses")],
    [ar03_l8],
    [S("Oct. 2 — North Korean state media publishes the names of 101 soldiers it says 'fell heroically' in 'the overseas operation'.", [
        R("kp-state-media", "North Korean state media", "north_korean", "killed", "exact", "101", "cumulative",
          low=101, best=101, high=101, notes="the side's own media naming its dead; 'overseas operation' is its word for Kursk"),
    ])],
    [S("Nov. 20 — Seoul's spy agency says about 1,500 North Korean combat engineers are clearing mines in Kursk and that at least nine have been killed by blasts since August.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 1,500", "stock", best=1500,
          notes="'Seoul's spy agency' is the NIS; engineers present, not lost"),
        R("kr-nis", NIS, "north_korean", "killed", "at_least", "at least nine", "cumulative", low=9,
          notes="'since August' is a running total"),
    ])],
    [S("Dec. 1 — Russia and Ukraine exchange 150 prisoners each; no North Koreans are among them.",
       trap="prisoners exchanged, not losses")],
    [S("Compiled by the foreign news desk. Casualty figures are those of the claimants named.")],
]


# ---------------------------------------------------------------- ar04
# Explainer with Q&A headings.
ar04 = [
    [S("Explainer: How many North Korean soldiers have been killed in Kursk?")],
    [S("North Korea sent troops to help Russia push Ukrainian forces out of the Kursk region, and estimates of what that has cost vary widely."),
     S("Here is what is known, and who is saying it.")],
    [S("How many troops did Pyongyang send?")],
    [S("South Korea's National Intelligence Service estimates that about 12,500 were sent in two waves: roughly 10,000 last autumn and some 2,500 early this year.", [
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "about 12,500", "stock", best=12500, notes="total sent"),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "roughly 10,000", "stock", best=10000, notes="first wave"),
        R("kr-nis", NIS, "north_korean", "deployed", "approximate", "some 2,500", "stock", best=2500,
          notes="second wave; the three are parts and whole, never added"),
    ]),
     S("Most were drawn from the Storm Corps, a special operations force, according to the agency.")],
    [S("How many have been killed or wounded?")],
    [S("In its latest briefing to lawmakers, on Tuesday, the NIS said about 4,800 North Koreans had been killed or wounded, including roughly 700 dead.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "approximate", "about 4,800", "cumulative", relays="lawmakers",
          best=4800, notes="combined figure; reported on a Tuesday"),
        R("kr-nis", NIS, "north_korean", "killed", "approximate", "roughly 700", "cumulative", relays="lawmakers", best=700,
          notes="a part of the 4,800, not in addition to it"),
    ]),
     S("Park Seon-yeong, a member of parliament's intelligence committee who attended, said the agency had described the toll as 'nearly 40 percent' of the force.", [
        R("kr-nis", NIS, "north_korean", "killed_or_wounded", "vague", "nearly 40 percent", "cumulative", relays="Park Seon-yeong",
          counted_in="percent_of_force", low=36, high=40,
          notes="the agency's description passed on by a lawmaker; 'nearly N' read as 0.9N to N"),
    ])],
    [S("Why are Ukraine's figures so much higher?")],
    [S("Ukraine's General Staff said in March that its forces had killed more than 4,000 North Koreans, a figure Seoul has not endorsed.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "killed", "more_than",
          "more than 4,000", "cumulative", low=4000, notes="reported in March; not endorsed by Seoul, disputed below"),
    ]),
     S("'Our count comes from drone video, not guesswork,' Col. Dmytro Lysak, a General Staff spokesman, said at the time."),
     S("A South Korean official who has seen the agency's data said Lysak's number 'probably counts the same bodies more than once'.")],
    [S("Have Moscow or Pyongyang given figures?")],
    [S("Moscow has published none."),
     S("In April, North Korea's state news agency KCNA acknowledged that soldiers had been killed, without saying how many.", [
        R("kp-kcna", "Korean Central News Agency (KCNA)", "north_korean", "killed", "none", "", "cumulative",
          notes="a loss acknowledged with no number"),
    ]),
     S("State television later aired a ceremony in Pyongyang with 18 flag-draped coffins.",
       trap="coffins shown on screen; the broadcaster states no toll, and 18 is not a claimed death count")],
    [S("What about Russian losses?")],
    [S("Ukraine's General Staff reports Russian losses along the whole front every morning, about 1,000 a day in recent weeks, but does not break them down by region.", [
        R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed_wounded_missing_or_captured",
          "approximate", "about 1,000", "period", counted_in="people_per_day", best=1000,
          notes="measure from the definition in the next sentence; whole front, not Kursk; 'recent weeks' a stated, relative window"),
    ]),
     S("It defines those losses as soldiers killed, wounded, missing or captured.")],
    [S("What comes next?")],
    [S("The NIS has warned that if Pyongyang sends a third contingent, as it expects, North Korean casualties could pass 8,000 by the end of the year.", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "more_than", "pass 8,000", "cumulative",
          modality="conditional", low=8000, notes="if-then; a running total looking to year end"),
    ]),
     S("South Korean analysts estimate the deployment has earned the North about $2 billion in cash, oil and technology.",
       trap="money, not people"),
     S("Russia and North Korea signed a mutual defence treaty in June 2024.", trap="a date")],
]


# ---------------------------------------------------------------- ar05
# A Russian milblogger's Telegram thread retold post by post.
TG = "Okopny Vestnik (Russian Telegram channel)"
ar05_p1 = S("Post 1: 'Won't name the brigade. One of our assault companies went in near Guevo on Thursday with 112 men and came back with 31.'", [
    R("ru-okopny-vestnik", TG, "russian", "deployed", "exact", "112", "stock", low=112, best=112, high=112,
      notes="company strength going in; the blogger states no loss figure, 112 - 31 is not inferred"),
])
ar05 = [
    [S("'Went in with 112, came back with 31': Russian blogger says 81 men lost in one Kursk assault", [
        R("author", "The article's own voice (headline)", "russian", "casualties_unspecified", "exact", "81", "incident",
          low=81, best=81, high=81, derived=ar05_p1,
          notes="the headline's own subtraction; the blogger never says 81"),
    ])],
    [S("A pro-war Russian Telegram channel with more than 400,000 subscribers published an unusually bitter thread on Saturday about losses in the Kursk region.",
       trap="subscribers, not people lost"),
     S("The channel, Okopny Vestnik ('Trench Herald'), is run by a former paratrooper who gives his age as 46 and his name only as Artyom.",
       trap="an age"),
     S("We retell the thread post by post."),
     S("Its claims could not be verified, and the Defence Ministry did not respond to questions.")],
    [ar05_p1],
    [S("Post 2: 'Over four days the battalion lost about 200 killed and wounded, and nobody at headquarters wants to hear the number.'", [
        R("ru-okopny-vestnik", TG, "russian", "killed_or_wounded", "approximate", "about 200", "period", best=200,
          notes="'killed and wounded' as one figure; 'over four days' a stated window"),
    ])],
    [S("Post 3: 'The Koreans on our left flank had it worse; I'm told a third of their battalion is gone.'", [
        R("ru-okopny-vestnik", TG, "north_korean", "casualties_unspecified", "exact", "a third", "unspecified",
          counted_in="percent_of_force", low=33.33, best=33.33, high=33.33,
          notes="'I'm told': an unnamed informant, so the blogger stays claimant; superseded by the correction post; 'gone' undefined"),
    ])],
    [S("Post 4: 'The Ukrainians are paying too: at least 500 of them lost at Sverdlikovo since Monday, whatever their General Staff says.'", [
        R("ru-okopny-vestnik", TG, "ukrainian", "casualties_unspecified", "at_least", "at least 500", "cumulative", low=500,
          notes="'since Monday' a running total"),
    ])],
    [S("Post 5: 'And 40 of their armoured vehicles burned, most of them I saw myself.'", trap="armoured vehicles, not people")],
    [S("Post 6: 'If command keeps feeding companies into Sudzha like this, we will lose two more battalions by spring.'", [
        R("ru-okopny-vestnik", TG, "russian", "casualties_unspecified", "exact", "two more battalions", "period",
          counted_in="battalions", modality="conditional", low=2, best=2, high=2,
          notes="if-then, counted in formations; 'companies' is not a count"),
    ])],
    [S("Two hours later the channel deleted the third post and replaced it with a seventh: 'Correction: a quarter of the Korean battalion, not a third. Sources differ.'", [
        R("ru-okopny-vestnik", TG, "north_korean", "casualties_unspecified", "exact", "a quarter", "unspecified",
          counted_in="percent_of_force", low=25, best=25, high=25,
          notes="revised share replacing 'a third'; 'not a third' is the retraction, not a claim"),
    ])],
    [S("Russia's Defence Ministry said in its Sunday bulletin that Ukraine had lost 'up to 310 servicemen' in the Kursk direction over the previous 24 hours.", [
        R("ru-mod", RU_MOD, "ukrainian", "casualties_unspecified", "at_most", "up to 310", "period", high=310,
          notes="one day's losses, reported Sunday"),
    ]),
     S("As usual, it gave no figure for Russian losses.")],
    [S("Volunteers at the Kursk Lists project, who match obituaries and grave photos to names, have so far identified 1,432 Russian servicemen killed in the region since August 2024.", [
        R("kursk-lists", "Kursk Lists (volunteer count of named dead)", "russian", "killed", "exact", "1,432", "cumulative",
          low=1432, best=1432, high=1432, notes="named dead 'so far': a running total and a floor by method"),
    ]),
     S("They say the real number is 'certainly several times higher'.")],
]


# ---------------------------------------------------------------- ar06
# Photo captions and a chart's notes.
KG = "Kursk operational grouping of Ukraine's forces (press service)"
B118 = "118th Separate Assault Battalion (Ukraine)"
ar06_ch1 = S("Reported losses peaked at 410 on March 8 and averaged about 260 a day over the three weeks shown.", [
    R("ua-kursk-grouping", KG, "russian", "killed_or_wounded", "exact", "410", "period", low=410, best=410, high=410,
      notes="one day's figure; claimant from the chart title; measure from the chart note"),
    R("ua-kursk-grouping", KG, "russian", "killed_or_wounded", "approximate", "about 260", "period",
      counted_in="people_per_day", best=260, notes="average rate over the stated three weeks"),
])
ar06 = [
    [S("In pictures: three weeks on the Kursk border, and the numbers behind them", trap="a duration")],
    [S("Photographer Olena Hrytsak spent March with a Ukrainian assault battalion and a drone crew on both sides of the border between the Sumy and Kursk regions."),
     S("Her pictures are below, followed by a chart of the losses both armies claimed over the same weeks.")],
    [S("1. Soldiers of Ukraine's 118th Separate Assault Battalion carry a wounded comrade to an armoured ambulance near Sudzha, March 9, 2025.",
       trap="photo number, unit number and date; no count of losses"),
     S("The battalion says it has lost 14 men killed and 38 wounded since the start of the month.", [
         R("ua-118th-battalion", B118, "ukrainian", "killed", "exact", "14", "cumulative", low=14, best=14, high=14,
           notes="own side's losses; 'since the start of the month' a running total"),
         R("ua-118th-battalion", B118, "ukrainian", "wounded", "exact", "38", "cumulative", low=38, best=38, high=38),
     ])],
    [S("2. A drone pilot with the call sign 'Lis', 24, reviews footage in a cellar outside Yunakivka.", trap="an age"),
     S("He says his crew has hit 'more than 60' Russian and North Korean infantrymen since January, a claim the unit's video log partly supports.", [
         R("ua-lis", "Drone pilot 'Lis' (Ukraine)", "russian_and_north_korean", "casualties_unspecified", "more_than",
           "more than 60", "cumulative", low=60, notes="a soldier in his own name; 'hit' does not separate killed from wounded; mixed count stays mixed"),
     ])],
    [S("3. A Ukrainian serviceman photographs documents taken from the bodies of 17 North Korean soldiers who, according to the battalion, died in a failed assault on its positions near Martynivka in late February.", [
        R("ua-118th-battalion", B118, "north_korean", "killed", "exact", "17", "incident", low=17, best=17, high=17,
          notes="'Ukrainian' near the figure but the dead are North Korean; one assault"),
    ])],
    [S("4. A burned-out Russian BMP-2 infantry fighting vehicle beside the road into Sudzha, March 11, 2025.",
       trap="equipment model and date")],
    [S("5. Freed Ukrainian soldiers arrive in Chernihiv region after a swap of 175 prisoners on each side, March 19, 2025.",
       trap="prisoners exchanged, not losses")],
    [S("6. Residents of Sumy at the funeral of three civilians killed by a Russian glide bomb on March 14.",
       trap="civilians, not military losses")],
    [S("Chart: Russian losses in the Kursk direction as reported daily by Ukraine's Kursk operational grouping, March 1–21, 2025",
       trap="chart title; dates only")],
    [ar06_ch1,
     S("Note: the grouping counts as losses soldiers killed or wounded and does not publish killed and wounded separately."),
     S("The figure for March 13 was revised the next day from 180 to 240.", [
         R("ua-kursk-grouping", KG, "russian", "killed_or_wounded", "exact", "180", "period", low=180, best=180, high=180,
           notes="first figure for March 13, superseded"),
         R("ua-kursk-grouping", KG, "russian", "killed_or_wounded", "exact", "240", "period", low=240, best=240, high=240,
           notes="revised figure for March 13"),
     ]),
     S("The total for the period, 5,460, is this newspaper's sum of the daily reports and was not published by the grouping.", [
         R("author", "The article's own voice (chart note)", "russian", "killed_or_wounded", "exact", "5,460", "period",
           low=5460, best=5460, high=5460, derived=ar06_ch1,
           notes="the outlet's own sum of daily figures, shown beside the grouping's and never as a separate estimate"),
     ]),
     S("Over the same three weeks Russia's Defence Ministry said its forces had 'eliminated' more than 6,000 Ukrainian troops in the region.", [
         R("ru-mod", RU_MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 6,000", "period", low=6000,
           notes="'eliminated' does not separate killed from wounded"),
     ])],
    [S("Source: press service of the Kursk operational grouping of Ukraine's armed forces (daily Telegram posts); Russian Ministry of Defence (Telegram)."),
     S("Chart by Iryna Bondar.")],
]


# ---------------------------------------------------------------- ar07
# Weekly newsletter: short items under headings and a by-the-numbers box.
HW = "Rep. Hwang Jae-min"
ar07_t1 = S("North Korea is sending reinforcements, not pulling out: Seoul's National Intelligence Service told a closed session of parliament's intelligence committee on Wednesday that 'around 6,000' more personnel, mostly military builders and deminers, would go to Kursk this summer, according to committee member Rep. Hwang Jae-min.", [
    R("kr-nis", NIS, "north_korean", "deployed", "approximate", "around 6,000", "stock", relays=HW, modality="projected",
      best=6000, notes="personnel still to arrive; a lawmaker relays a closed briefing (Wednesday June 18)"),
])
ar07_t2 = S("Hwang said the agency now counts about 750 North Korean dead and 3,900 wounded in total.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 750", "cumulative", relays=HW, best=750,
      notes="lawmaker named by surname only on second mention"),
    R("kr-nis", NIS, "north_korean", "wounded", "approximate", "3,900", "cumulative", relays=HW, best=3900,
      notes="'about' governs both figures of the pair"),
])
ar07 = [
    [S("FRONTLINE KOREA | Weekly briefing | Friday, June 20, 2025", trap="masthead date")],
    [S("Good morning. This week: Seoul says more North Koreans are headed to Kursk, a drone brigade's claim from the Psel, and a memorial in Rylsk.")],
    [S("TOP LINE")],
    [ar07_t1, ar07_t2],
    [S("FROM KYIV")],
    [S("Ukraine's military intelligence says the roughly 2,000 North Koreans still near the border are mostly artillery and rocket crews.", [
        R("ua-gur", GUR, "north_korean", "deployed", "approximate", "roughly 2,000", "stock", best=2000,
          notes="'military intelligence' is the GUR; troops present"),
    ]),
     S("'They lost so much infantry that they stopped using them as infantry,' GUR spokesman Serhii Danyliuk said.")],
    [S("Separately, Ukrainian paratroopers of the 95th Airborne Assault Brigade said their drones had killed 12 Russian soldiers and wounded 20 during a failed crossing of the Psel river last Friday.", [
        R("ua-95th-brigade", "95th Airborne Assault Brigade (Ukraine)", "russian", "killed", "exact", "12", "incident",
          low=12, best=12, high=12, notes="'Ukrainian' names the claimant, the losses are Russian"),
        R("ua-95th-brigade", "95th Airborne Assault Brigade (Ukraine)", "russian", "wounded", "exact", "20", "incident",
          low=20, best=20, high=20),
    ])],
    [S("FROM MOSCOW")],
    [S("Seym24, a Kursk regional news site, reports that a new memorial in Rylsk will carry the names of 312 local men killed since 2022 on all fronts, not just in the Kursk region.", [
        R("seym24", "Seym24 (Kursk regional news site)", "russian", "killed", "exact", "312", "cumulative",
          low=312, best=312, high=312, notes="whole war, not Kursk fighting only"),
    ]),
     S("Russia's Defence Ministry has not updated its April claim that Ukraine lost more than 70,000 troops in the Kursk operation.", [
        R("ru-mod", RU_MOD, "ukrainian", "casualties_unspecified", "more_than", "more than 70,000", "cumulative", low=70000,
          notes="a claim made in April, restated"),
    ])],
    [S("BY THE NUMBERS")],
    [S("6,000: more North Korean personnel Seoul expects in Kursk this summer", trap=repeats(ar07_t1, "box line"))],
    [S("750 / 3,900: North Korean dead and wounded, NIS count", trap=repeats(ar07_t2, "box line"))],
    [S("2: North Korean soldiers held by Ukraine as prisoners of war", [
        R("author", "The newsletter's own voice (box)", "north_korean", "captured", "exact", "2", "cumulative",
          low=2, best=2, high=2, notes="an unattributed box figure not given in the body: the author's own"),
    ])],
    [S("About 45%: share of the first contingent killed or wounded, by our own calculation from NIS figures", [
        R("author", "The newsletter's own voice (box)", "north_korean", "killed_or_wounded", "approximate", "About 45%",
          "cumulative", counted_in="percent_of_force", best=45, derived=ar07_t2,
          notes="the newsletter's own calculation from the NIS dead and wounded"),
    ])],
    [S("9,600 km: rough rail distance from Pyongyang to Kursk", trap="a distance")],
    [S("WHAT WE'RE READING")],
    [S("A new paper from the Han River Institute estimates that deaths among North Korean engineering units, now running at 20 to 30 a week, could reach 500 by the end of the year.", [
        R("han-river-institute", "Han River Institute (think tank)", "north_korean", "killed", "range", "20 to 30", "unspecified",
          counted_in="people_per_week", low=20, high=30, notes="current rate, no stated window"),
        R("han-river-institute", "Han River Institute (think tank)", "north_korean", "killed", "exact", "500", "cumulative",
          modality="projected", low=500, best=500, high=500, notes="forecast running total to year end"),
    ]),
     S("Its authors concede the estimate rests on 'a handful of obituaries and one defector's account'.",
       trap="'one' counts a source, not a loss")],
    [S("See you next Friday. - The Frontline Korea team")],
]


# ---------------------------------------------------------------- ar08
# Press-briefing transcript with speaker labels.
DOD = "US Department of Defense (Pentagon)"
ar08 = [
    [S("Transcript: Pentagon press briefing on Ukraine and North Korea")],
    [S("The following is an edited transcript of a briefing by Deputy Pentagon Press Secretary Carl Halversen on Thursday, Jan. 9, 2025.",
       trap="the briefing's date"),
     S("Questions on other subjects have been removed.")],
    [S("MR. HALVERSEN: Good afternoon."),
     S("We assess that North Korean forces in the Kursk region have suffered roughly 1,500 killed or wounded over the past three weeks.", [
         R("us-dod", DOD, "north_korean", "killed_or_wounded", "approximate", "roughly 1,500", "period", best=1500,
           notes="a deputy press secretary speaks for the Pentagon; 'over the past three weeks' a stated window"),
     ]),
     S("That is on top of the several hundred casualties we talked about before the holidays.", [
         R("us-dod", DOD, "north_korean", "casualties_unspecified", "vague", "several hundred", "unspecified", low=300, high=900,
           notes="'several hundred' read as 300 to 900; an earlier figure whose period is not given"),
     ]),
     S("Some of those casualties are frostbite, which tells you something about how they've been equipped.")],
    [S("Q: Tara Quist, Capitol Courier."),
     S("The Ukrainians are saying 3,800 North Koreans have been killed or wounded since December.", [
         R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "killed_or_wounded", "exact", "3,800", "cumulative",
           relays="Tara Quist (Capitol Courier)", low=3800, best=3800, high=3800,
           notes="cited in a question and then declined by the spokesman; 'the Ukrainians' names no body"),
     ]),
     S("Are your numbers in that range?")],
    [S("MR. HALVERSEN: I'm not going to get into Ukraine's numbers."),
     S("Ours are lower, and I'll leave it there.")],
    [S("Q: How many North Korean troops are in Russia now?")],
    [S("MR. HALVERSEN: We still assess about 11,500 went in, and we haven't seen any significant rotation out.", [
        R("us-dod", DOD, "north_korean", "deployed", "approximate", "about 11,500", "stock", best=11500),
    ])],
    [S("Q: Dmitri Sazonov, Baltic Wire."),
     S("Are Russian losses in Kursk running at the same rate as elsewhere?")],
    [S("MR. HALVERSEN: Russia as a whole is losing on the order of 1,200 to 1,500 personnel a day across the front, killed and wounded, and Kursk is part of that.", [
        R("us-dod", DOD, "russian", "killed_or_wounded", "range", "1,200 to 1,500", "unspecified",
          counted_in="people_per_day", low=1200, high=1500, notes="whole front; current rate, no stated window"),
    ]),
     S("If they keep that pace through the spring, you're looking at another 100,000 or more Russian casualties.", [
         R("us-dod", DOD, "russian", "casualties_unspecified", "at_least", "100,000 or more", "period",
           modality="conditional", low=100000, notes="if-then, further losses through the spring"),
     ])],
    [S("Q: Min Hye-jin, Korea Daily Wire."),
     S("A South Korean lawmaker said this week, citing the NIS, that about 450 North Koreans have been killed.", [
         R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 450", "cumulative",
           relays="South Korean lawmaker > Min Hye-jin (Korea Daily Wire)", best=450,
           notes="a reporter's question relays a lawmaker relaying the agency"),
     ])],
    [S("MR. HALVERSEN: I'd refer you to our South Korean allies on that one.",
       trap="'one' is a pronoun, not a figure")],
    [S("Q: Any confirmation on the two prisoners Ukraine says it took?", [
        R("ua-officials", "Ukrainian officials (unnamed)", "north_korean", "captured", "exact", "two", "cumulative",
          relays="Min Hye-jin (Korea Daily Wire)", low=2, best=2, high=2,
          notes="'Ukraine says' with no body named: the nation's officials id; the spokesman does not confirm"),
    ])],
    [S("MR. HALVERSEN: We've seen the reports."),
     S("I can't confirm them.")],
    [S("Q: On the $500 million package announced Monday, when does it arrive?", trap="money, not people")],
    [S("MR. HALVERSEN: Deliveries start in the next few weeks."),
     S("Thanks, everybody.")],
]

SPECS = {
    "ar01-wire-exclusive-keypoints": ar01,
    "ar02-thinktank-table": ar02,
    "ar03-timeline-japanese-paper": ar03,
    "ar04-qa-explainer": ar04,
    "ar05-telegram-thread-retold": ar05,
    "ar06-photo-captions-chart": ar06,
    "ar07-weekly-newsletter": ar07,
    "ar08-briefing-transcript": ar08,
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
