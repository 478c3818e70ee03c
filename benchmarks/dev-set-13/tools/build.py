"""Build held-out-new: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). Gold quotes and trap sentences are picked by a unique substring,
so every quote is verbatim. Run from the held-out-new folder or anywhere:

    python3 tools/build.py && python3 ../check_curated_set.py .

All texts, names, figures and quotes are fabricated.
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {
    # ---- wire story, agency named in the dateline -------------------------
    "h01-wire-kyiv-january-toll": [
        ["Ukraine says North Korean troops suffered about 1,200 casualties in Kursk in January"],
        ["KYIV, Feb 3 (Reuters) - North Korean troops fighting for Russia in the Kursk region were killed or wounded at a rate of roughly 40 a day in January, Ukraine's General Staff said on Monday.",
         "That would put the month's toll at about 1,200, according to the statement, which did not say how many of them had died.",
         "The figures could not be independently verified."],
        ["Since Ukraine's incursion began, Russian and North Korean forces in the region have together lost more than 38,000 troops, the General Staff said.",
         "Moscow has never confirmed that North Korean soldiers are fighting on its territory, and Pyongyang has not commented."],
        ["In a separate statement, the General Staff said special forces had captured two wounded North Korean soldiers near a village in the Korenevo district on Jan. 28.",
         "The men were being questioned by the SBU security service, it said."],
        ["President Volodymyr Zelenskyy said in his nightly video address that the North Korean contingent, some 11,000 soldiers when it arrived in the autumn, had lost more than a third of its strength since entering combat in December.",
         "A Ukrainian officer in the area, who asked not to be named, told Reuters the North Koreans had taken \"heavy losses\" in frontal assaults across open fields but were learning quickly.",
         "\"They no longer move in big groups, and they shoot back at drones,\" the officer said."],
        ["Russia's Defence Ministry, for its part, said Ukraine had lost up to 260 servicemen in the Kursk region over the previous 24 hours.",
         "It did not give any figure for its own casualties."],
        ["The General Staff's daily update, published shortly after 8 a.m., also listed 19 Russian tanks and 41 artillery systems destroyed across the whole front.",
         "North Korea and Russia signed a mutual defence treaty in June 2024 that obliges each to come to the other's aid if attacked.",
         "Ukraine launched its cross-border incursion in August 2024 and at one point said it controlled about 1,300 square km of Russian territory.",
         "Reuters reported in December that some of the North Koreans had been issued Russian identity papers listing birthplaces in Siberia, more than 5,000 km from the front."],
        ["(Reporting by Olena Marchuk; Editing by Peter Hale)"],
    ],
    # ---- Korean newspaper, intelligence briefing relayed by lawmakers ------
    "h02-seoul-nis-briefing": [
        ["N. Korean casualties in Kursk put at about 4,000"],
        ["Posted : 2025-03-12 17:40"],
        ["North Korean troops fighting in Russia's Kursk region have suffered about 400 killed and some 3,600 wounded since they were thrown into combat in December, the National Intelligence Service told lawmakers Wednesday, according to Rep. Kang Min-jae of the National Assembly's intelligence committee."],
        ["Kang, who spoke to reporters after the closed-door briefing, said the spy agency believed the North had sent roughly 11,000 troops to Russia last fall and was preparing to send an additional 3,000 or so.",
         "The agency also estimated that Russian forces had suffered about 50,000 casualties over the course of the Kursk operation, Kang said.",
         "The committee, whose 12 members are briefed behind closed doors, did not release a transcript."],
        ["According to the NIS, at least two North Korean soldiers are being held by Ukraine, and a number of the wounded have been flown back to Pyongyang for treatment."],
        ["Casualties have fallen sharply since January, when the North Korean units were losing as many as 100 men a day, Rep. Yoon Hye-sook of the main opposition party told reporters separately, citing the same briefing.",
         "The intelligence agency attributed the early toll to the troops' unfamiliarity with drone warfare and to Russian commanders using them as expendable assault infantry, Yoon said."],
        ["In a single engagement near the village of Makhnovka in early February, roughly a battalion of North Korean troops was lost, Kang quoted the agency as saying."],
        ["The briefing came a day after North Korea fired two short-range ballistic missiles into the East Sea, which the Joint Chiefs of Staff said it detected at 7:10 a.m.",
         "The NIS said the North had shipped more than 12 million artillery shells to Russia since August 2023 and had received air-defence equipment and help with its satellite programme in return.",
         "Kim Jong Un visited a munitions factory last week where, according to state media, output of 240 mm multiple rocket launchers had been expanded."],
    ],
    # ---- Ukrainian outlet, a brigade's claims -----------------------------
    "h03-ua-brigade-sudzha": [
        ["Paratroopers near Sudzha say they broke up a night assault by Russian and North Korean troops"],
        ["Ukraine's 95th Airborne Assault Brigade says it killed 87 enemy soldiers and wounded about 140 more when it beat back a single overnight assault on its positions south of Sudzha.",
         "Of the dead, at least 20 were North Korean, the brigade said, adding that the Koreans had been sent forward as a second wave once the first had stalled."],
        ["The assault began at about 2:30 a.m., according to the statement posted on the brigade's Telegram channel.",
         "The attackers came in columns of up to 30 armored vehicles and were supported by glide bombs, it said."],
        ["The brigade acknowledged that it had taken losses of its own, without giving numbers.",
         "Two paratroopers were still unaccounted for on Sunday, a brigade officer told our correspondent."],
        ["Over the past week, the brigade put Russian losses in its sector at 312 killed and wounded."],
        ["Separately, the 8th Special Forces Regiment, which operates on the brigade's left flank, said its drone teams had killed or wounded more than 300 North Korean soldiers over the past month.",
         "It published 14 video clips to back up the claim, though most showed only distant figures in thermal imagery."],
        ["The regiment also said it had taken three Russian marines prisoner on Thursday, bringing the number of captives it has handed over to military intelligence since January to 41."],
        ["A drone operator with the call sign Kit, speaking by phone from a position near the border, said the North Koreans had at first lost \"dozens a day\" to drones but had since learned to spread out."],
        ["Sudzha, a town of about 5,000 people before the war, lies some 10 km from the Ukrainian border.",
         "Russian authorities evacuated more than 120,000 residents from border districts after the incursion began in August 2024."],
    ],
    # ---- Russian state media, ministry claims -----------------------------
    "h04-ru-state-media-weekly": [
        ["Kiev regime loses over 1,500 troops in Kursk area in a week - Defense Ministry"],
        ["MOSCOW, March 15 (TASS) -- The Ukrainian armed forces lost more than 1,500 servicemen in the Kursk area over the past week, Russia's Defense Ministry said in its weekly summary on Saturday.",
         "In the past 24 hours alone, the enemy's losses amounted to as many as 210 servicemen, 11 armored vehicles and four artillery pieces, the ministry said.",
         "Units of the North group of forces also struck 143 areas where enemy manpower and equipment were concentrated."],
        ["In all, Ukraine's losses in the Kursk direction since the start of hostilities in August have exceeded 67,000 servicemen, according to the ministry.",
         "A strike on a temporary deployment point near Sudzha on Thursday killed up to 40 foreign mercenaries, the ministry said."],
        ["Russian troops also took prisoner 19 Ukrainian soldiers who surrendered near the village of Nikolayevo-Darino on Friday, it added.",
         "Nikolayevo-Darino lies about 25 km southwest of Sudzha, close to the border with Ukraine's Sumy region."],
        ["The commander of a Russian marine battalion, who uses the call sign Baikal, told a TASS correspondent that his unit's losses were \"minimal\" while the enemy had lost \"up to a company\" in a single counterattack.",
         "\"They come at night, in small groups, and we see them long before they reach us,\" he said."],
        ["If the Ukrainian command continues to throw reserves into the Kursk salient, its losses there could climb to about 2,000 a week over the coming month, military expert Colonel (ret.) Viktor Anisimov told TASS."],
        ["Air defense systems shot down 37 Ukrainian drones over the Kursk and Belgorod regions overnight, the ministry added.",
         "The regional administration said 14 houses had been damaged in Rylsk and that power had been restored to 2,300 households."],
    ],
    # ---- think-tank assessment --------------------------------------------
    "h05-think-tank-assessment": [
        ["Assessment: North Korea's Kursk contingent after three months"],
        ["This assessment draws on open-source reporting through 28 February 2025.",
         "Confidence levels follow the five-point scale described in the annex."],
        ["We assess with moderate confidence that North Korean forces in the Kursk region have sustained between 3,500 and 4,500 casualties since their combat debut in mid-December, a figure that includes killed, wounded and missing.",
         "Of these, perhaps 1,000 were killed.",
         "The single costliest incident we can document, a drone and artillery ambush near Guevo in early January, killed at least 150."],
        ["Casualties appear to have peaked in the first half of January at an average of 60 to 80 a day, before falling to roughly 20 a day in February as units dispersed and adopted Russian counter-drone drills.",
         "On that basis, roughly a third of the original contingent of about 11,000 has become a casualty."],
        ["Should the current tempo hold, cumulative casualties would pass 6,000 by the end of April.",
         "South Korea's National Intelligence Service has told lawmakers that a second rotation of 2,000 to 3,000 troops is being prepared; we judge that it would likely arrive by May."],
        ["The contingent's commanders are reported to be drawn largely from the 11th Army Corps, also known as the Storm Corps.",
         "Satellite imagery from 17 February shows two new field hospitals near Lgov."],
        ["Ukrainian losses in the salient are harder to gauge; we put them at several hundred killed per month over the winter, though this is a low-confidence estimate.",
         "Russian losses in the Kursk operation are likely in the tens of thousands, but we have no basis for a more precise figure.",
         "Very few North Koreans have been captured: Ukraine has publicly shown only two, which is consistent with reports that soldiers were ordered to avoid capture at any cost."],
        ["Over the same period the salient held by Ukraine shrank from roughly 1,000 square km to under 400 square km."],
    ],
    # ---- broadcaster quoting anonymous US officials ------------------------
    "h06-broadcaster-us-officials": [
        ["Kim's soldiers are learning fast on Russia's front line, US officials warn"],
        ["North Korean troops fighting in Russia's Kursk region have suffered roughly 2,000 casualties since December, including several hundred dead, according to two US officials who spoke to CNN on condition of anonymity."],
        ["That is a markedly higher toll than Washington had expected when the first of roughly 12,000 soldiers began arriving in November, one of the officials said.",
         "The officials cautioned that the estimates rely partly on Ukrainian reporting and could be inflated."],
        ["A senior defense official said separately that North Korean units were now losing fewer than 50 soldiers a day, compared with more than 100 a day at the height of the January fighting.",
         "\"They are adapting faster than the Russians did,\" the official said."],
        ["American, British and South Korean officials now all believe that more than 1,000 of the North Koreans have been killed, CNN has learned."],
        ["In an assessment shared with allies, US intelligence estimated that about 200 North Korean soldiers were unaccounted for after a failed assault on the village of Pogrebki in late January.",
         "Drone footage reviewed by CNN, roughly 90 seconds long, shows a column of soldiers crossing a snowfield in single file."],
        ["Officials expect Pyongyang to send fresh troops, possibly several thousand, within months.",
         "The North Koreans have also fired more than 40 KN-23 ballistic missiles at Ukrainian cities, the officials said.",
         "Moscow is believed to be paying Pyongyang for the troops, though one official called estimates of $2,000 a month per soldier \"speculative.\""],
        ["Ukraine's own losses in the Kursk operation remain a closely held secret in Kyiv; one US official described them as \"significant\" but declined to give a number.",
         "US officials estimate Russia's overall casualties in the war, killed and wounded, at more than 700,000."],
        ["CNN first reported the deployment in October 2024.",
         "The Pentagon declined to comment on Tuesday, and North Korea's mission to the United Nations did not respond to three requests for comment."],
    ],
    # ---- North Korean state media, own voice ------------------------------
    "h07-kcna-commanders-meeting": [
        ["Respected Comrade Kim Jong Un Meets Commanders of Overseas Operation Units of KPA"],
        ["Pyongyang, April 28 (KCNA) -- Respected Comrade Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, met commanders of the overseas operation units of the Korean People's Army on Sunday at the April 25 House of Culture.",
         "The units were dispatched in accordance with Article 4 of the Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian Federation, to help liberate the Kursk area from the occupation of the Ukrainian neo-Nazis."],
        ["He highly praised the units, which, he said, had annihilated more than 5,000 Ukrainian neo-Nazi bandits and foreign mercenaries in fierce battles lasting over four months.",
         "The commanders reported that their units had also captured over 30 enemy soldiers and handed them over to the Russian side.",
         "A message of thanks from the Russian Defence Ministry, read out at the meeting, said the Korean fighters had destroyed up to three enemy battalions in the battle for the Sudzha area."],
        ["Recalling with deep emotion the soldiers who laid down their precious lives for the honour of the country, he said their heroic feats would shine forever in the history of the nation.",
         "The operation dealt the enemy heavy losses in men and equipment and demonstrated to the whole world the invincible might of the Korean People's Army."],
        ["He awarded the Order of the National Flag First Class to 42 commanding officers and expressed confidence that they would carry forward the fighting spirit displayed in the Kursk area.",
         "He then visited the Central Military Hospital, where hundreds of wounded fighters of the overseas units are receiving treatment."],
        ["He said the Party and the state would take full responsibility for the bereaved families and noted that 2025 marks the 80th anniversary of the liberation of the country."],
    ],
    # ---- feature comparing several estimates ------------------------------
    "h08-explainer-competing-estimates": [
        ["Counting the cost: why nobody agrees on North Korea's Kursk losses"],
        ["Last updated: 15 December 2025"],
        ["More than a year after North Korean soldiers first appeared on the Kursk front, estimates of how many of them have been killed or wounded differ by a factor of three."],
        ["Ukraine's military intelligence agency, the GUR, has the highest count: it says about 6,000 North Koreans have been killed or wounded, and that as many as 2,000 of them died.",
         "South Korea's National Intelligence Service, whose figures usually reach the public through lawmakers after closed briefings, last put the toll at around 4,700, including some 600 dead.",
         "Britain's Defence Ministry has been more cautious, saying only that the contingent has likely suffered \"at least 3,000\" casualties.",
         "At the low end is a Russian military blogger writing under the name Sever, who has claimed that fewer than 500 North Koreans have been killed or gone missing, a number few analysts take seriously."],
        ["Estimates of the force itself are less disputed: Seoul, Kyiv and Washington all put the first wave at about 11,000.",
         "A rotation of perhaps 3,000 followed in early 2025, according to the NIS.",
         "Taken at face value, the GUR's numbers would mean that more than half of the first wave had been killed or wounded."],
        ["Some of the North Koreans were later moved to Russia's Belgorod region, where, Ukrainian officials say, dozens more were killed in the spring.",
         "Ukraine's General Staff says Russia lost some 62,000 men, killed or wounded, in the Kursk region between August 2024 and March 2025, when most of the salient was retaken.",
         "The comparison with Ukraine's own losses is harder still: Kyiv does not publish them, and the figure of 45,500 soldiers killed across the entire war that President Volodymyr Zelenskyy gave in February 2025 has not been updated."],
        ["\"Every number here is a claim, not a count,\" said Hannah Voss, a researcher at the Berlin-based Institute for Conflict Data, which tracks 14 separate sources of loss estimates.",
         "The institute's database now holds more than 3,200 individual claims.",
         "The NIS alone has briefed the National Assembly's intelligence committee on the deployment at least nine times since October 2024."],
    ],
}

SHORT = {k[:3]: k for k in DOCS}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def find(short, key):
    fid = SHORT[short]
    if key == "HEADLINE":
        return DOCS[fid][0][0]
    hits = [s for s in sentences(fid) if key in s]
    if len(hits) != 1:
        raise SystemExit(f"{short}: key {key!r} matches {len(hits)} sentences")
    return hits[0]


# ---- claimants -------------------------------------------------------------
C = {
    "author": "The text's own voice",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ua-officer-unnamed": "Unnamed Ukrainian officer in the Kursk area",
    "ua-officials": "Ukrainian officials (unnamed)",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-95th-brigade": "95th Polissia Airborne Assault Brigade (Ukraine)",
    "ua-95th-officer-unnamed": "Unnamed officer of the 95th Airborne Assault Brigade",
    "ua-8th-sof-regiment": "8th Regiment of Special Forces (Ukraine)",
    "ua-drone-operator-kit": "Ukrainian drone operator, call sign Kit",
    "ru-mod": "Russian Ministry of Defence",
    "ru-marine-commander-baikal": "Russian marine battalion commander, call sign Baikal",
    "ru-expert-anisimov": "Col. (ret.) Viktor Anisimov, Russian military expert",
    "ru-blogger-sever": "Russian military blogger writing as Sever",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-officials": "South Korean officials (unnamed)",
    "us-officials": "US officials (unnamed)",
    "us-intelligence": "US intelligence (unnamed)",
    "uk-officials": "British officials (unnamed)",
    "uk-mod": "UK Ministry of Defence",
    "kp-kim-jong-un": "Kim Jong Un, leader of North Korea",
    "kp-kpa-commanders": "Commanders of the KPA overseas operation units",
}


def bounds(qual, v):
    if qual == "exact":
        return (v, v, v)
    if qual == "approximate":
        return ("", v, "")
    if qual in ("more_than", "at_least"):
        return (v, "", "")
    if qual in ("fewer_than", "at_most"):
        return ("", "", v)
    if qual in ("range", "vague"):
        return (v[0], "", v[1])
    return ("", "", "")


GOLD = []


def G(short, key, cid, relay, whose, measure, counted, modality, qual, value, caw, scope,
      derived="", notes=""):
    quote = find(short, key)
    low, best, high = bounds(qual, value)
    GOLD.append(["texts/" + SHORT[short] + ".txt", quote, cid, C[cid], relay, whose, measure,
                 counted, modality, qual, low, best, high, caw, scope,
                 find(short, derived) if derived else "", notes])


P, R = "people", "reported"

# h01 wire story (Reuters named in the dateline)
G("h01", "at a rate of roughly 40 a day", "ua-general-staff", "Reuters", "north_korean",
  "killed_or_wounded", "people_per_day", R, "approximate", 40, "roughly 40 a day", "period",
  notes="rate tied to January; dateline is part of the sentence")
G("h01", "That would put the month's toll", "ua-general-staff", "Reuters", "north_korean",
  "killed_or_wounded", P, R, "approximate", 1200, "about 1,200", "period",
  notes="'the month's toll' refers back to the killed or wounded of January")
G("h01", "have together lost more than 38,000", "ua-general-staff", "Reuters",
  "russian_and_north_korean", "casualties_unspecified", P, R, "more_than", 38000,
  "more than 38,000 troops", "cumulative", notes="since the start of the incursion")
G("h01", "captured two wounded", "ua-general-staff", "Reuters", "north_korean", "captured", P, R,
  "exact", 2, "two", "incident", notes="the two captives were also wounded")
G("h01", "some 11,000 soldiers when it arrived", "ua-zelenskyy", "Reuters", "north_korean",
  "deployed", P, R, "approximate", 11000, "some 11,000 soldiers", "stock")
G("h01", "some 11,000 soldiers when it arrived", "ua-zelenskyy", "Reuters", "north_korean",
  "casualties_unspecified", "percent_of_force", R, "more_than", 33.33,
  "more than a third of its strength", "cumulative", notes="undefined 'lost'; share of the contingent")
G("h01", "heavy losses", "ua-officer-unnamed", "Reuters", "north_korean", "casualties_unspecified",
  P, R, "none", None, "heavy losses", "unspecified")
G("h01", "up to 260 servicemen", "ru-mod", "Reuters", "ukrainian", "casualties_unspecified", P, R,
  "at_most", 260, "up to 260 servicemen", "period", notes="count for the previous 24 hours")

# h02 Korean newspaper; NIS briefing relayed by lawmakers (outlet not named)
G("h02", "HEADLINE", "author", "", "north_korean", "killed_or_wounded", P, R, "approximate", 4000,
  "about 4,000", "cumulative", derived="about 400 killed and some 3,600 wounded",
  notes="headline sum of 400 killed and 3,600 wounded")
G("h02", "about 400 killed and some 3,600 wounded", "kr-nis", "Rep. Kang Min-jae", "north_korean",
  "killed", P, R, "approximate", 400, "about 400 killed", "cumulative")
G("h02", "about 400 killed and some 3,600 wounded", "kr-nis", "Rep. Kang Min-jae", "north_korean",
  "wounded", P, R, "approximate", 3600, "some 3,600 wounded", "cumulative")
G("h02", "roughly 11,000 troops to Russia", "kr-nis", "Rep. Kang Min-jae", "north_korean",
  "deployed", P, R, "approximate", 11000, "roughly 11,000 troops", "stock")
G("h02", "roughly 11,000 troops to Russia", "kr-nis", "Rep. Kang Min-jae", "north_korean",
  "deployed", P, "projected", "approximate", 3000, "an additional 3,000 or so", "stock",
  notes="forecast of additional troops")
G("h02", "about 50,000 casualties", "kr-nis", "Rep. Kang Min-jae", "russian",
  "casualties_unspecified", P, R, "approximate", 50000, "about 50,000 casualties", "cumulative")
G("h02", "at least two North Korean soldiers are being held", "kr-nis", "", "north_korean",
  "captured", P, R, "at_least", 2, "at least two", "cumulative",
  notes="attributed directly to the NIS in the text")
G("h02", "as many as 100 men a day", "kr-nis", "Rep. Yoon Hye-sook", "north_korean",
  "casualties_unspecified", "people_per_day", R, "at_most", 100, "as many as 100 men a day",
  "period", notes="rate tied to January")
G("h02", "roughly a battalion", "kr-nis", "Rep. Kang Min-jae", "north_korean",
  "casualties_unspecified", "battalions", R, "approximate", 1, "roughly a battalion", "incident")

# h03 Ukrainian outlet; brigade claims (outlet not named; 'our correspondent')
G("h03", "killed 87 enemy soldiers", "ua-95th-brigade", "", "russian_and_north_korean", "killed",
  P, R, "exact", 87, "87", "incident", notes="'enemy' includes North Koreans (next sentence)")
G("h03", "killed 87 enemy soldiers", "ua-95th-brigade", "", "russian_and_north_korean", "wounded",
  P, R, "approximate", 140, "about 140", "incident")
G("h03", "Of the dead, at least 20", "ua-95th-brigade", "", "north_korean", "killed", P, R,
  "at_least", 20, "at least 20", "incident", notes="subset of the 87 killed")
G("h03", "taken losses of its own", "ua-95th-brigade", "", "ukrainian", "casualties_unspecified",
  P, R, "none", None, "losses of its own", "incident")
G("h03", "Two paratroopers were still unaccounted", "ua-95th-officer-unnamed", "", "ukrainian",
  "missing", P, R, "exact", 2, "Two", "incident")
G("h03", "312 killed and wounded", "ua-95th-brigade", "", "russian", "killed_or_wounded", P, R,
  "exact", 312, "312", "period", notes="past week")
G("h03", "more than 300 North Korean soldiers", "ua-8th-sof-regiment", "", "north_korean",
  "killed_or_wounded", P, R, "more_than", 300, "more than 300", "period", notes="past month")
G("h03", "three Russian marines prisoner", "ua-8th-sof-regiment", "", "russian", "captured", P, R,
  "exact", 3, "three", "incident")
G("h03", "three Russian marines prisoner", "ua-8th-sof-regiment", "", "russian", "captured", P, R,
  "exact", 41, "41", "cumulative", notes="running total since January")
G("h03", "dozens a day", "ua-drone-operator-kit", "", "north_korean", "casualties_unspecified",
  "people_per_day", R, "vague", (24, 99), "dozens a day", "unspecified",
  notes="'at first'; no stated time")

# h04 Russian state media (TASS named in the dateline)
G("h04", "lost more than 1,500 servicemen", "ru-mod", "TASS", "ukrainian", "casualties_unspecified",
  P, R, "more_than", 1500, "more than 1,500 servicemen", "period", notes="past week")
G("h04", "as many as 210 servicemen", "ru-mod", "TASS", "ukrainian", "casualties_unspecified", P, R,
  "at_most", 210, "as many as 210 servicemen", "period",
  notes="past 24 hours; vehicles and artillery in the same sentence are not people")
G("h04", "have exceeded 67,000", "ru-mod", "TASS", "ukrainian", "casualties_unspecified", P, R,
  "more_than", 67000, "exceeded 67,000 servicemen", "cumulative")
G("h04", "up to 40 foreign mercenaries", "ru-mod", "TASS", "ukrainian", "killed", P, R, "at_most",
  40, "up to 40", "incident", notes="foreign fighters on Ukraine's side")
G("h04", "took prisoner 19", "ru-mod", "TASS", "ukrainian", "captured", P, R, "exact", 19, "19",
  "incident")
G("h04", "call sign Baikal", "ru-marine-commander-baikal", "TASS", "russian",
  "casualties_unspecified", P, R, "none", None, "losses were \"minimal\"", "unspecified")
G("h04", "call sign Baikal", "ru-marine-commander-baikal", "TASS", "ukrainian",
  "casualties_unspecified", "companies", R, "at_most", 1, "up to a company", "incident")
G("h04", "could climb to about 2,000 a week", "ru-expert-anisimov", "TASS", "ukrainian",
  "casualties_unspecified", "people_per_week", "conditional", "approximate", 2000,
  "about 2,000 a week", "period", notes="if-forecast over the coming month")

# h05 think-tank assessment (own voice; does not name itself)
G("h05", "between 3,500 and 4,500", "author", "", "north_korean",
  "killed_wounded_or_missing", P, R, "range", (3500, 4500), "between 3,500 and 4,500", "cumulative",
  notes="casualties defined in the sentence as killed, wounded and missing")
G("h05", "perhaps 1,000 were killed", "author", "", "north_korean", "killed", P, R, "approximate",
  1000, "perhaps 1,000", "cumulative")
G("h05", "killed at least 150", "author", "", "north_korean", "killed", P, R, "at_least", 150,
  "at least 150", "incident")
G("h05", "60 to 80 a day", "author", "", "north_korean", "killed_wounded_or_missing",
  "people_per_day", R, "range", (60, 80), "60 to 80 a day", "period",
  notes="first half of January; casualties as defined earlier in the text")
G("h05", "60 to 80 a day", "author", "", "north_korean", "killed_wounded_or_missing",
  "people_per_day", R, "approximate", 20, "roughly 20 a day", "period",
  notes="February; casualties as defined earlier in the text")
G("h05", "roughly a third of the original", "author", "", "north_korean",
  "killed_wounded_or_missing", "percent_of_force", R, "approximate", 33.33, "roughly a third",
  "cumulative", notes="casualties as defined earlier in the text")
G("h05", "roughly a third of the original", "author", "", "north_korean", "deployed", P, R,
  "approximate", 11000, "about 11,000", "stock")
G("h05", "would pass 6,000", "author", "", "north_korean", "killed_wounded_or_missing", P,
  "conditional", "more_than", 6000, "pass 6,000", "cumulative",
  notes="projected total by end of April if the tempo holds")
G("h05", "2,000 to 3,000 troops", "kr-nis", "lawmakers", "north_korean", "deployed", P,
  "projected", "range", (2000, 3000), "2,000 to 3,000 troops", "stock",
  notes="second rotation being prepared")
G("h05", "several hundred killed per month", "author", "", "ukrainian", "killed",
  "people_per_month", R, "vague", (300, 999), "several hundred killed per month", "period",
  notes="over the winter; low confidence")
G("h05", "tens of thousands", "author", "", "russian", "casualties_unspecified", P, R, "vague",
  (20000, 99999), "tens of thousands", "cumulative",
  notes="curator bound for 'tens of thousands': 20,000-99,999")
G("h05", "publicly shown only two", "ua-officials", "", "north_korean", "captured", P, R, "exact",
  2, "only two", "cumulative", notes="'Ukraine' as claimant")

# h06 broadcaster (CNN names itself); anonymous US officials
G("h06", "roughly 2,000 casualties", "us-officials", "CNN", "north_korean",
  "casualties_unspecified", P, R, "approximate", 2000, "roughly 2,000 casualties", "cumulative")
G("h06", "roughly 2,000 casualties", "us-officials", "CNN", "north_korean", "killed", P, R,
  "vague", (300, 999), "several hundred dead", "cumulative")
G("h06", "roughly 12,000 soldiers", "us-officials", "CNN", "north_korean", "deployed", P, R,
  "approximate", 12000, "roughly 12,000 soldiers", "stock")
G("h06", "fewer than 50 soldiers a day", "us-officials", "CNN", "north_korean",
  "casualties_unspecified", "people_per_day", R, "fewer_than", 50, "fewer than 50 soldiers a day",
  "unspecified", notes="senior defense official; 'now', no stated period")
G("h06", "fewer than 50 soldiers a day", "us-officials", "CNN", "north_korean",
  "casualties_unspecified", "people_per_day", R, "more_than", 100, "more than 100 a day", "period",
  notes="senior defense official; height of the January fighting")
for cid in ("us-officials", "uk-officials", "kr-officials"):
    G("h06", "American, British and South Korean", cid, "CNN", "north_korean", "killed", P, R,
      "more_than", 1000, "more than 1,000", "cumulative")
G("h06", "about 200 North Korean soldiers were unaccounted", "us-intelligence", "CNN",
  "north_korean", "missing", P, R, "approximate", 200, "about 200", "incident")
G("h06", "possibly several thousand", "us-officials", "CNN", "north_korean", "deployed", P,
  "projected", "vague", (3000, 9999), "several thousand", "stock",
  notes="forecast of fresh troops; curator bound for 'several thousand': 3,000-9,999")
G("h06", "closely held secret", "us-officials", "CNN", "ukrainian", "casualties_unspecified", P, R,
  "none", None, "\"significant\"", "unspecified")
G("h06", "more than 700,000", "us-officials", "CNN", "russian", "killed_or_wounded", P, R,
  "more_than", 700000, "more than 700,000", "cumulative",
  notes="area=whole_war; casualties defined as killed and wounded")

# h07 North Korean state media, own voice (KCNA names itself in the dateline)
G("h07", "annihilated more than 5,000", "kp-kim-jong-un", "KCNA", "ukrainian", "killed", P, R,
  "more_than", 5000, "more than 5,000", "cumulative",
  notes="'annihilated' read as killed; includes foreign mercenaries on Ukraine's side")
G("h07", "captured over 30", "kp-kpa-commanders", "KCNA", "ukrainian", "captured", P, R,
  "more_than", 30, "over 30", "cumulative")
G("h07", "up to three enemy battalions", "ru-mod", "KCNA", "ukrainian", "casualties_unspecified",
  "battalions", R, "at_most", 3, "up to three enemy battalions", "incident",
  notes="battle for the Sudzha area")
G("h07", "laid down their precious lives", "kp-kim-jong-un", "KCNA", "north_korean", "killed", P,
  R, "none", None, "laid down their precious lives", "cumulative")
G("h07", "heavy losses in men", "author", "", "ukrainian", "casualties_unspecified", P, R, "none",
  None, "heavy losses in men and equipment", "cumulative", notes="author = KCNA")
G("h07", "hundreds of wounded fighters", "author", "", "north_korean", "wounded", P, R, "vague",
  (200, 999), "hundreds of wounded fighters", "unspecified",
  notes="author = KCNA; wounded in hospital at the time of the visit")

# h08 explainer comparing estimates (outlet not named)
G("h08", "about 6,000 North Koreans", "ua-gur", "", "north_korean", "killed_or_wounded", P, R,
  "approximate", 6000, "about 6,000", "cumulative")
G("h08", "about 6,000 North Koreans", "ua-gur", "", "north_korean", "killed", P, R, "at_most",
  2000, "as many as 2,000", "cumulative")
G("h08", "around 4,700", "kr-nis", "lawmakers", "north_korean", "casualties_unspecified", P, R,
  "approximate", 4700, "around 4,700", "cumulative")
G("h08", "around 4,700", "kr-nis", "lawmakers", "north_korean", "killed", P, R, "approximate", 600,
  "some 600 dead", "cumulative")
G("h08", "at least 3,000", "uk-mod", "", "north_korean", "casualties_unspecified", P, R,
  "at_least", 3000, "at least 3,000", "cumulative")
G("h08", "fewer than 500", "ru-blogger-sever", "", "north_korean", "killed_or_missing", P, R,
  "fewer_than", 500, "fewer than 500", "cumulative")
for cid in ("kr-officials", "ua-officials", "us-officials"):
    G("h08", "put the first wave at about 11,000", cid, "", "north_korean", "deployed", P, R,
      "approximate", 11000, "about 11,000", "stock", notes="Seoul, Kyiv and Washington (governments)")
G("h08", "A rotation of perhaps 3,000", "kr-nis", "", "north_korean", "deployed", P, R,
  "approximate", 3000, "perhaps 3,000", "stock", notes="rotation that already took place")
G("h08", "more than half of the first wave", "author", "", "north_korean", "killed_or_wounded",
  "percent_of_force", R, "more_than", 50, "more than half", "cumulative",
  notes="author's computation from the GUR figure and the first-wave size")
G("h08", "dozens more were killed", "ua-officials", "", "north_korean", "killed", P, R, "vague",
  (24, 99), "dozens", "period", notes="area=other_front (Belgorod); spring")
G("h08", "some 62,000 men", "ua-general-staff", "", "russian", "killed_or_wounded", P, R,
  "approximate", 62000, "some 62,000 men", "period", notes="August 2024 to March 2025")
G("h08", "45,500 soldiers killed", "ua-zelenskyy", "", "ukrainian", "killed", P, R, "exact", 45500,
  "45,500", "cumulative", notes="area=whole_war")

# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


H("h01", "That would put the month's toll")
T("h01", "19 Russian tanks", "time of day; equipment counts")
T("h01", "mutual defence treaty", "date (treaty)")
T("h01", "1,300 square km", "date; area")
T("h01", "5,000 km", "distance; month")
T("h02", "Posted : 2025", "stand-alone date line")
T("h02", "whose 12 members", "committee size")
T("h02", "short-range ballistic missiles", "missiles; time of day")
T("h02", "12 million artillery shells", "munitions; date")
T("h02", "240 mm", "calibre")
T("h03", "2:30 a.m.", "time of day")
T("h03", "up to 30 armored vehicles", "vehicles, not people")
T("h03", "14 video clips", "count of videos")
T("h03", "town of about 5,000", "population; distance")
T("h03", "120,000 residents", "evacuated civilians, not a loss; date")
H("h04", "lost more than 1,500 servicemen")
T("h04", "struck 143 areas", "count of targets struck")
T("h04", "about 25 km southwest", "distance")
T("h04", "37 Ukrainian drones", "drones shot down")
T("h04", "2,300 households", "damaged houses; households")
T("h05", "HEADLINE", "duration")
T("h05", "through 28 February 2025", "date")
T("h05", "five-point scale", "scale")
T("h05", "11th Army Corps", "unit designation")
T("h05", "17 February", "date; count of field hospitals")
T("h05", "1,000 square km", "area")
T("h06", "90 seconds", "duration of footage")
T("h06", "40 KN-23", "missiles fired")
T("h06", "$2,000 a month", "money")
T("h06", "October 2024", "date")
T("h06", "three requests", "count of requests for comment")
T("h07", "April 25 House of Culture", "dateline date; name of a building")
T("h07", "Article 4", "treaty article number")
T("h07", "42 commanding officers", "count of decorated officers")
T("h07", "80th anniversary", "year; anniversary")
T("h08", "Last updated", "stand-alone date line")
T("h08", "factor of three", "ratio between estimates")
T("h08", "14 separate sources", "count of sources")
T("h08", "3,200 individual claims", "count of database entries")
T("h08", "at least nine times", "count of briefings; date")

HEADER = ("file,quote,claimant_id,claimant_name,relay_names,whose_losses,measure,"
          "counted_in,modality,qualifier,low,best,high,count_as_written,scope,"
          "derived_from_quote,notes").split(",")


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid, paras in DOCS.items():
        body = "\n\n".join(" ".join(p) for p in paras)
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(body + "\n\n" + TAG + "\n")
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(GOLD)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "sentence", "why"])
        w.writerows(TRAPS)
    print(f"{len(DOCS)} texts, {len(GOLD)} gold rows, {len(TRAPS)} traps")


if __name__ == "__main__":
    main()
