#!/usr/bin/env python3
"""Build dev-set-22: fabricated texts, gold.csv and traps.csv from the data below.

Every sentence is typed once, in RAW. A sentence that a gold row or a trap refers to
is given as (key, text); gold rows and traps name the sentence by its key.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FOOTER = "[Fabricated test text for the loss-claims project; not a real report.]"

# ---------------------------------------------------------------------------
# Texts: id -> list of paragraphs -> list of sentences (str or (key, str)).
# The title is the first paragraph. The footer is added as the last paragraph.
# ---------------------------------------------------------------------------
RAW = {
    "w01-reuters-exclusive": [
        [("title", "Exclusive: North Korea's Kursk casualties near 4,000, U.S. and European officials say")],
        [("lead", "WASHINGTON, Feb. 20 (Reuters) - North Korea has suffered nearly 4,000 killed or wounded among the troops it sent to Russia's Kursk region, according to two U.S. officials and a European diplomat who spoke on condition of anonymity to discuss intelligence assessments."),
         ("killed", "The officials said about 1,000 of those were killed, a higher toll than Washington had acknowledged publicly in January.")],
        [("deployed", "Pyongyang deployed roughly 11,000 soldiers to the region last autumn."),
         ("more", "A senior U.S. official familiar with the assessment said another 3,000 could arrive by the end of April, as Moscow presses to retake the remaining Ukrainian-held ground around Sudzha.")],
        [("assault", "One of the U.S. officials said the North Korean units had lost as many as 200 men in a single assault near the village of Plekhovo in early February, when they advanced across open snowfields without drone cover."),
         ("pace", "At the current pace, the European diplomat said, North Korea is losing roughly 1,500 soldiers a month, killed or wounded."),
         ("captured", "Fewer than 10 North Koreans have been captured alive, the officials said, because units were ordered to avoid surrender.")],
        [("ukmod", "Britain's Ministry of Defence, in an intelligence update posted on X on Tuesday, put North Korean casualties at more than 3,500 since the troops entered combat in December."),
         ("ukmod_ru", "The ministry's update also said Russia's own losses across the whole front had averaged about 1,100 a day in January.")],
        [("nis", "South Korea's spy agency told lawmakers last month that at least 300 North Koreans had been killed and 2,700 wounded, but officials in Seoul now regard those figures as out of date."),
         ("payment", "Kim Jong Un's government has received at least 20 Russian air-defence systems and about $1 billion in oil and food in return for the deployment, one of the U.S. officials said."),
         "The Pentagon and Russia's defence ministry did not respond to requests for comment.",
         "North Korea has never acknowledged its losses."],
    ],
    "w02-live-blog": [
        [("title", "Ukraine war latest: Russia loses 1,280 troops in a day, General Staff says; North Korean assault repelled near Makhnovka")],
        [("updated", "Updated: Feb. 14, 2025, 6:40 p.m. Kyiv time")],
        [("t1", "9:05 a.m.")],
        [("gs", "Russia has lost 1,280 troops over the past day across the entire front line, bringing its total losses since the start of the full-scale invasion to 861,270, Ukraine's General Staff reported."),
         "The tally, according to the General Staff, covers soldiers killed, wounded, missing or captured."],
        [("t2", "11:20 a.m.")],
        [("bn", "Paratroopers of the 95th Polissia Airborne Assault Brigade repelled an assault near the village of Makhnovka in which North Korean forces lost up to a battalion, the brigade said on Telegram."),
         ("bn_loss", "The brigade's statement put the confirmed toll at 47 killed and 15 wounded, with two soldiers taken prisoner.")],
        [("t3", "1:45 p.m.")],
        [("up", "Citing a source in the GUR, Ukrainska Pravda reported that Russia had moved about 2,000 fresh troops into Kursk region over the past week to replace exhausted North Korean units."),
         ("third", "The outlet's source also said the North Koreans had lost a third of the force they sent in December.")],
        [("t4", "3:30 p.m.")],
        [("sof", "The 8th Regiment of Special Forces said in a statement on Telegram that its operators had killed or captured 28 North Korean soldiers in a night raid near Korenevo."),
         ("magyar", "Separately, the Birds of Magyar drone unit said its pilots had killed or wounded several hundred Russian and North Korean soldiers in Kursk over the past week.")],
        [("t5", "4:10 p.m.")],
        [("zel", "President Volodymyr Zelensky said in his nightly address that Russian and North Korean forces had suffered “heavy losses” in Kursk this week."),
         ("patriot", "Ukraine received 40 Patriot interceptor missiles from Germany this month, he added.")],
        [("t6", "6:30 p.m.")],
        [("houses", "Russian drones damaged 14 houses and a school in Sumy Oblast overnight, the regional military administration said.")],
    ],
    "w03-tass-report": [
        [("title", "Ukraine loses over 200 troops in Kursk area in past day — Russian Defense Ministry")],
        [("lead", "MOSCOW, March 4. /TASS/. Ukraine's armed forces lost more than 200 servicemen in the Kursk area over the past 24 hours, the Russian Defense Ministry reported on Tuesday.")],
        ["“In the past day, units of the North group of forces defeated formations of a mechanized brigade and an air assault brigade of the Ukrainian armed forces near the settlements of Nikolayevo-Daryino, Oleshnya and Guevo,” the ministry said.",
         ("upto", "The enemy’s losses amounted to up to 210 servicemen, four armored combat vehicles, including a US-made Bradley, and three field artillery guns, it said.")],
        [("company", "According to the ministry, a Ukrainian assault group of up to a company, supported by tanks, was destroyed near Guevo."),
         ("platoons", "Russian forces also wiped out two Ukrainian platoons trying to cross the Psel River near Oleshnya, the ministry said.")],
        [("total", "In total, since the beginning of hostilities in the Kursk direction, the Ukrainian armed forces have lost more than 63,100 servicemen, 358 tanks and 298 infantry fighting vehicles, the ministry added."),
         ("week", "The Kyiv regime’s losses in the Kursk region over the past week exceeded 1,400 servicemen, the ministry’s weekly summary said.")],
        [("rate", "Earlier, Maj. Gen. Ruslan Dzhabrailov, a commander of the Akhmat special forces, told the Rossiya-24 television channel that Ukrainian units holding out near Sudzha were losing “up to a hundred men a day.”"),
         ("remaining", "In the same interview, Dzhabrailov said he expected the remaining Ukrainian group, which he put at no more than 2,000 troops, to be defeated by the end of March."),
         ("if", "He said that if the Ukrainian command kept sending reinforcements, its losses in the area would exceed 70,000 by the summer.")],
        [("drones", "Air defense systems also destroyed 38 Ukrainian fixed-wing drones over the Kursk and Belgorod regions overnight, the ministry said."),
         ("since", "The Kursk region has been the scene of fighting since August 6, 2024, when Ukrainian troops crossed the border.")],
    ],
    "w04-obituary-count": [
        [("title", "BBC Russian confirms names of 1,450 soldiers killed in Kursk region")],
        [("lead", "Together with the independent outlet Mediazona and a team of volunteers, BBC Russian has confirmed the names of 1,450 Russian servicemen killed in the fighting in Kursk region since August 2024."),
         "The real toll is certainly higher: our count includes only deaths reported in obituaries, in posts by relatives on social media, or by regional authorities."],
        [("conscripts", "More than 300 of the dead were conscripts, even though the Kremlin had promised that conscripts would not be sent into combat."),
         ("officers", "At least 58 were officers, including two colonels."),
         ("locals", "We found 212 names of men from settlements in Kursk region itself, most of them members of territorial defence units.")],
        [("assault", "In a single assault near the village of Lyubimovka in late October, at least 40 men from a motor rifle regiment were killed, according to relatives who spoke to BBC Russian."),
         "“They were sent across open fields with no cover,” said the sister of a soldier from Oryol."],
        [("estimate", "Mediazona’s statistical estimate, based on probate records and published last week, suggests the actual number of Russian soldiers killed in Kursk region is between 4,000 and 5,500."),
         ("missing", "A Telegram channel run by relatives of missing soldiers lists another 310 men from the Kursk fighting as missing."),
         ("ua", "Ukraine’s General Staff says Russia has lost more than 60,000 troops killed and wounded in Kursk region since August."),
         ("mod", "The Russian defence ministry has never published a regional breakdown of its losses; its last overall figure, 5,937 dead, was released in September 2022.")],
        [("age", "The average age of the dead in our count is 34, and the oldest was 63."),
         ("money", "Families of those killed are entitled to payments of about 12 million roubles, roughly $130,000.")],
    ],
    "w05-nis-hearing": [
        [("title", "Four in ten North Korean soldiers sent to Russia killed or wounded")],
        [("lead", "North Korea has suffered about 4,700 casualties among the roughly 11,000 troops it sent to Russia’s Kursk region, South Korea’s spy agency told lawmakers Wednesday."),
         "The figure covers both the dead and the wounded, the National Intelligence Service (NIS) said in a closed-door briefing to the parliamentary intelligence committee, according to Rep. Park Sun-woo of the ruling party, who briefed reporters afterward."],
        [("killed", "Of those, around 600 were killed, Park said, citing the agency."),
         ("previous", "The agency’s previous estimate, given in January, had put the North Korean toll at 3,000 killed or wounded.")],
        [("brigade", "Rep. Lee Jae-hoon of the main opposition party quoted NIS officials as saying that North Korean units had lost “more than a brigade’s worth” of soldiers in January alone."),
         ("more", "The spy agency also assessed, Park said, that Pyongyang is likely to send an additional 3,000 troops by the end of March, on top of the 11,000 already deployed."),
         ("if", "If the current rate of attrition continues, North Korea’s total casualties could exceed 10,000 by the summer, Lee quoted the agency as saying.")],
        [("suicide", "Captured North Korean soldiers have told Ukrainian interrogators that their units were ordered to kill themselves rather than surrender, and the agency confirmed at least two cases in which soldiers did so, according to Park."),
         "The NIS said the soldiers lacked training in drone warfare.",
         ("gur", "Ukraine’s military intelligence has put North Korean losses higher, at about 5,000 killed or wounded.")],
        [("pay", "In exchange, Pyongyang is believed to be receiving about $2,000 a month per soldier, as well as some 20 mobile air-defence systems, the agency said."),
         ("hearing", "The committee’s hearing, which lasted three hours, was the 11th briefing on the deployment since October 2024.")],
    ],
    "w06-field-hospital": [
        [("title", "‘We stopped counting’: inside a Ukrainian field hospital on the Kursk front")],
        ["Surgeons in a converted school near the Russian border describe the wounded who arrive day and night, and the toll the Kursk operation has taken on Ukraine’s army"],
        [("school", "The school in Sumy Oblast, about 20 miles from the border, has served as a field hospital since last August."),
         ("treated", "Dr Olena Kravets, 41, the hospital’s chief surgeon, says her team of nine has treated more than 3,000 wounded soldiers since the incursion began."),
         ("night", "On the worst night, in early March, 140 arrived in six hours, she says.")],
        [("brigade", "“Most of them were from one brigade,” Kravets said."),
         "“They had been caught in the open by glide bombs.”",
         ("dozen", "About a dozen of the wounded die each week before they can be evacuated further, she estimates.")],
        [("bison", "A battalion commander from the 80th Brigade, who asked to be identified only by his call sign, Bison, said his unit had lost about a third of its men, killed or wounded, in the retreat from Sudzha in March."),
         ("medic", "A medic in the triage tent said that on busy days they receive up to 60 wounded a day.")],
        [("zel", "Kyiv does not publish casualty figures for the operation, but in February President Volodymyr Zelensky told an American broadcaster that about 45,000 Ukrainian soldiers had been killed since 2022."),
         ("western", "Western estimates are far higher: a senior European intelligence official told the Guardian that Ukraine had lost as many as 8,000 killed and wounded in the Kursk operation alone."),
         ("mod", "Russia’s defence ministry claims the figure is over 76,000, a number Ukrainian officials dismiss as propaganda.")],
        ["Kravets keeps a notebook.",
         ("notebook", "In it she has written the names of 62 soldiers who died on her operating tables since August."),
         ("youngest", "The youngest was 19."),
         ("shifts", "Her staff work 24-hour shifts, and the hospital runs on donated generators and about £15,000 a month raised by volunteers in Britain.")],
    ],
    "w07-explainer": [
        ["What we know about North Korean troops fighting in Russia’s Kursk"],
        [("thousands", "North Korea’s deployment of thousands of troops to Russia’s Kursk region is Pyongyang’s largest overseas military venture in decades."),
         "Here is what we know."],
        ["How many soldiers did North Korea send?"],
        [("nis", "According to South Korea’s National Intelligence Service, about 11,000 soldiers were deployed in late 2024, mostly from the elite Storm Corps."),
         ("gur", "Ukraine’s military intelligence put the number at 12,000, according to a statement it posted on Telegram in December.")],
        ["How many have been killed or wounded?"],
        ["Estimates vary widely.",
         ("pentagon", "A Pentagon spokesperson said in December that “hundreds” of North Korean troops had been killed, wounded or gone missing."),
         ("us", "The United States said in January that North Korean units had suffered more than 1,000 casualties in a single week."),
         ("kr", "South Korean officials put the dead at about 300 and the wounded at about 2,700 in January."),
         ("barh", "Kyiv’s top military officer, Anatolii Barhylevych, said in March that nearly 4,000 North Koreans had been killed or wounded."),
         "Russia has not acknowledged any North Korean losses."],
        ["What happens next?"],
        [("strength", "North Korean units that reached the front lost up to 40 percent of their strength before being rotated out, a Ukrainian officer in Kursk told Al Jazeera."),
         ("more", "Analysts at the Washington-based Centre for Eurasian Security Studies say North Korea could send up to 30,000 more troops by the end of 2025."),
         ("if", "If losses continue at the January rate of around 1,000 a week, the entire initial contingent would be killed or wounded by the summer, the centre’s analysts wrote."),
         ("both", "Both sides have suffered heavy losses in the Kursk fighting, which has turned largely into a drone war.")],
        [("treaty", "North Korea and Russia signed a mutual defence treaty in June 2024, which came into force in December."),
         ("border", "The Kursk region shares a 245km border with Ukraine’s Sumy region.")],
    ],
    "w08-rfa-defectors": [
        ["North Korean families told sons died in ‘training accidents,’ sources say"],
        ["SEOUL — Families of North Korean soldiers killed in Russia’s Kursk region have been told their sons died in training accidents, according to sources inside the country and defectors in contact with relatives, Radio Free Asia has learned."],
        [("resident", "A resident of North Hamgyong province, who requested anonymity for safety reasons, told RFA’s Korean Service that at least 17 families in her county had received death notices since February."),
         "“The notices said they died in training, but everyone knows they went to Russia,” she said."],
        [("kim", "Kim Young-chol, a defector who fled in 2019 and now runs an advocacy group in Seoul, said relatives still in the North had told him of dozens of deaths among soldiers from a single Storm Corps regiment."),
         ("age", "Kim, who is 52, said families had received a bag of rice and a certificate instead of a body.")],
        [("nis", "South Korea’s spy agency estimated in April that some 2,000 North Korean soldiers had been killed in Russia, Yonhap news agency reported."),
         ("officer", "Another defector, a former Storm Corps officer who left the North in 2016, said soldiers are trained to fight in groups of three and to carry a grenade to avoid capture.")],
        [("sbu", "Ukraine’s Security Service said in January it had captured two North Korean soldiers, the only prisoners Kyiv has publicly confirmed."),
         ("pow", "One of them told Rep. Han Ji-sook, a South Korean lawmaker, in a video interview that about half of his company had been killed in its opening battle in January.")],
        [("kang", "Kang Min-ho, 29, who defected in 2023, said his cousin had written in a letter smuggled out in May that more than a third of his battalion had been killed or gone missing."),
         ("defectors", "Seoul has said it would accept any North Korean prisoner who wishes to come to the South, and at least 200 North Koreans reached the South last year, according to the Unification Ministry."),
         "North Korea’s state media has made no mention of any deaths."],
    ],
}

KEYED = {}  # (fid, key) -> sentence
DOCS = {}
for _fid, _paras in RAW.items():
    _out = []
    for _p in _paras:
        _sents = []
        for _s in _p:
            if isinstance(_s, tuple):
                _k, _t = _s
                assert (_fid, _k) not in KEYED, (_fid, _k)
                KEYED[(_fid, _k)] = _t
                _s = _t
            _sents.append(_s)
        _out.append(_sents)
    _out.append([FOOTER])
    DOCS[_fid] = _out


def sentences(fid):
    return [s for p in DOCS[fid] for s in p]


def text_of(fid):
    return "\n\n".join(" ".join(p) for p in DOCS[fid]) + "\n"


def S(fid, key):
    return KEYED[(fid, key)]


# ---------------------------------------------------------------------------
# Claimants
# ---------------------------------------------------------------------------
CL = {
    "author": "The text's own voice",
    "us-officials": "U.S. officials (unnamed)",
    "european-officials": "European officials (unnamed)",
    "uk-mod": "Britain's Ministry of Defence",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-95th-brigade": "95th Polissia Airborne Assault Brigade (Ukraine)",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-8th-sof-regiment": "8th Regiment of Special Forces (Ukraine)",
    "ua-birds-of-magyar": "Birds of Magyar (Ukraine)",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ru-mod": "Russia's Ministry of Defence",
    "ru-dzhabrailov": "Maj. Gen. Ruslan Dzhabrailov, a commander of the Akhmat special forces",
    "mediazona": "Mediazona",
    "ru-soldiers-relatives": "Relatives of Russian soldiers (unnamed)",
    "ru-missing-soldiers-channel": "A Telegram channel run by relatives of missing Russian soldiers",
    "ua-kravets": "Dr Olena Kravets, chief surgeon of a Ukrainian field hospital",
    "ua-80th-brigade-bison": "'Bison', a battalion commander of Ukraine's 80th Brigade",
    "ua-medic-unnamed": "A medic in the hospital's triage tent (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "kr-officials": "South Korean officials (unnamed)",
    "ua-barhylevych": "Anatolii Barhylevych, Ukraine's armed forces chief",
    "ua-officer-unnamed": "A Ukrainian officer in Kursk (unnamed)",
    "cess": "Centre for Eurasian Security Studies (Washington)",
    "kp-resident-unnamed": "A resident of North Hamgyong province (unnamed)",
    "kp-relatives-unnamed": "Relatives of North Korean soldiers in North Korea (unnamed)",
    "ua-sbu": "Security Service of Ukraine (SBU)",
    "kp-pow": "A captured North Korean soldier (unnamed)",
    "kp-kang-cousin": "Kang Min-ho's cousin, a North Korean soldier",
}

HEADER = ["file", "quote", "claimant_id", "claimant_name", "relay_names", "whose_losses", "measure",
          "counted_in", "modality", "qualifier", "low", "best", "high", "count_as_written", "scope",
          "derived_from_quote", "notes"]

GOLD = []


def G(fid, key, cid, whose, measure, counted_in, modality, qualifier, low, best, high, caw, scope,
      relay="", name=None, derived=None, notes=""):
    GOLD.append({
        "file": f"texts/{fid}.txt",
        "quote": S(fid, key),
        "claimant_id": cid,
        "claimant_name": name or CL[cid],
        "relay_names": relay,
        "whose_losses": whose,
        "measure": measure,
        "counted_in": counted_in,
        "modality": modality,
        "qualifier": qualifier,
        "low": "" if low is None else str(low),
        "best": "" if best is None else str(best),
        "high": "" if high is None else str(high),
        "count_as_written": caw,
        "scope": scope,
        "derived_from_quote": S(fid, derived) if derived else "",
        "notes": notes,
    })


N = None
P, R, PR, C = "people", "reported", "projected", "conditional"
NK, RU, UA = "north_korean", "russian", "ukrainian"

# --- w01: Reuters-style exclusive (text names itself: Reuters dateline) ---
f = "w01-reuters-exclusive"
rel = "Reuters"
for cid, nm in [("us-officials", "Two U.S. officials (unnamed)"), ("european-officials", "A European diplomat (unnamed)")]:
    G(f, "lead", cid, NK, "killed_or_wounded", P, R, "vague", 3600, N, 3999, "nearly 4,000", "cumulative", rel, nm)
for cid in ["us-officials", "european-officials"]:
    G(f, "killed", cid, NK, "killed", P, R, "approximate", N, 1000, N, "about 1,000", "cumulative", rel,
      notes="'The officials' = the two U.S. officials and the European diplomat; subset of the killed-or-wounded figure")
G(f, "deployed", "author", NK, "deployed", P, R, "approximate", N, 11000, N, "roughly 11,000", "stock")
G(f, "more", "us-officials", NK, "deployed", P, PR, "exact", 3000, 3000, 3000, "another 3,000", "stock", rel,
  "A senior U.S. official familiar with the assessment (unnamed)", notes="forecast of additional troops by the end of April")
G(f, "assault", "us-officials", NK, "casualties_unspecified", P, R, "at_most", N, N, 200, "as many as 200", "incident", rel,
  "One of the U.S. officials (unnamed)", notes="'lost ... men' left undefined; single assault near Plekhovo")
G(f, "pace", "european-officials", NK, "killed_or_wounded", "people_per_month", R, "approximate", N, 1500, N,
  "roughly 1,500 soldiers a month", "unspecified", rel, "A European diplomat (unnamed)", notes="'at the current pace': a current rate, not a forecast")
for cid in ["us-officials", "european-officials"]:
    G(f, "captured", cid, NK, "captured", P, R, "fewer_than", N, N, 10, "Fewer than 10", "cumulative", rel)
G(f, "ukmod", "uk-mod", NK, "casualties_unspecified", P, R, "more_than", 3500, N, N, "more than 3,500", "cumulative", rel,
  notes="posted on X; since December")
G(f, "ukmod_ru", "uk-mod", RU, "casualties_unspecified", "people_per_day", R, "approximate", N, 1100, N, "about 1,100 a day",
  "period", rel, notes="area=whole_war; average rate for January")
G(f, "nis", "kr-nis", NK, "killed", P, R, "at_least", 300, N, N, "at least 300", "cumulative", rel,
  notes="briefing to unnamed lawmakers; outdated per Seoul officials")
G(f, "nis", "kr-nis", NK, "wounded", P, R, "exact", 2700, 2700, 2700, "2,700", "cumulative", rel,
  notes="'at least' read as qualifying only the killed figure")

# --- w02: Kyiv Independent-style live blog (outlet not named) ---
f = "w02-live-blog"
G(f, "gs", "ua-general-staff", RU, "killed_wounded_missing_or_captured", P, R, "exact", 1280, 1280, 1280, "1,280", "period",
  notes="area=whole_war; measure defined by the next sentence (killed, wounded, missing or captured); over the past day")
G(f, "gs", "ua-general-staff", RU, "killed_wounded_missing_or_captured", P, R, "exact", 861270, 861270, 861270, "861,270",
  "cumulative", notes="area=whole_war; total since February 2022")
G(f, "bn", "ua-95th-brigade", NK, "casualties_unspecified", "battalions", R, "at_most", N, N, 1, "up to a battalion", "incident",
  notes="losses in one assault, stated as a formation; the next sentence gives the confirmed toll")
G(f, "bn_loss", "ua-95th-brigade", NK, "killed", P, R, "exact", 47, 47, 47, "47", "incident")
G(f, "bn_loss", "ua-95th-brigade", NK, "wounded", P, R, "exact", 15, 15, 15, "15", "incident")
G(f, "bn_loss", "ua-95th-brigade", NK, "captured", P, R, "exact", 2, 2, 2, "two", "incident")
G(f, "up", "ua-gur", RU, "deployed", P, R, "approximate", N, 2000, N, "about 2,000", "stock", "Ukrainska Pravda",
  "A source in Defence Intelligence of Ukraine (GUR)", notes="anonymous source in the GUR; reinforcements moved in over the past week")
G(f, "third", "ua-gur", NK, "casualties_unspecified", "percent_of_force", R, "exact", 33.33, 33.33, 33.33, "a third",
  "cumulative", "Ukrainska Pravda", "A source in Defence Intelligence of Ukraine (GUR)", notes="share of the force sent in December")
G(f, "sof", "ua-8th-sof-regiment", NK, "killed_or_captured", P, R, "exact", 28, 28, 28, "28", "incident", notes="statement on Telegram; night raid near Korenevo")
G(f, "magyar", "ua-birds-of-magyar", "russian_and_north_korean", "killed_or_wounded", P, R, "vague", 300, N, 999,
  "several hundred", "period", notes="over the past week")
G(f, "zel", "ua-zelenskyy", "russian_and_north_korean", "casualties_unspecified", P, R, "none", N, N, N, "heavy losses", "period",
  notes="this week; no number")

# --- w03: TASS-style report (text names itself: /TASS/ dateline) ---
f = "w03-tass-report"
rel = "TASS"
G(f, "lead", "ru-mod", UA, "casualties_unspecified", P, R, "more_than", 200, N, N, "more than 200", "period", rel, notes="past 24 hours")
G(f, "upto", "ru-mod", UA, "casualties_unspecified", P, R, "at_most", N, N, 210, "up to 210", "period", rel, notes="past day")
G(f, "company", "ru-mod", UA, "casualties_unspecified", "companies", R, "at_most", N, N, 1, "up to a company", "incident", rel,
  notes="assault group 'destroyed'")
G(f, "platoons", "ru-mod", UA, "casualties_unspecified", "platoons", R, "exact", 2, 2, 2, "two Ukrainian platoons", "incident", rel,
  notes="'wiped out'")
G(f, "total", "ru-mod", UA, "casualties_unspecified", P, R, "more_than", 63100, N, N, "more than 63,100", "cumulative", rel,
  notes="since August 2024 in the Kursk direction")
G(f, "week", "ru-mod", UA, "casualties_unspecified", P, R, "more_than", 1400, N, N, "exceeded 1,400", "period", rel,
  notes="past week; from the ministry's weekly summary")
G(f, "rate", "ru-dzhabrailov", UA, "casualties_unspecified", "people_per_day", R, "at_most", N, N, 100, "up to a hundred men a day",
  "unspecified", "Rossiya-24 > TASS", notes="TV interview")
G(f, "remaining", "ru-dzhabrailov", UA, "deployed", P, R, "at_most", N, N, 2000, "no more than 2,000", "stock", "Rossiya-24 > TASS",
  notes="remaining Ukrainian group near Sudzha")
G(f, "if", "ru-dzhabrailov", UA, "casualties_unspecified", P, C, "more_than", 70000, N, N, "exceed 70,000", "cumulative",
  "Rossiya-24 > TASS", notes="projected total by the summer, if reinforcements continue")

# --- w04: BBC Russian-style obituary count (text names itself: BBC Russian) ---
f = "w04-obituary-count"
rel = "BBC Russian"
G(f, "lead", "author", RU, "killed", P, R, "exact", 1450, 1450, 1450, "1,450", "cumulative",
  name="BBC Russian (the text's own voice)", notes="names confirmed from open sources; a floor; joint count with Mediazona")
G(f, "lead", "mediazona", RU, "killed", P, R, "exact", 1450, 1450, 1450, "1,450", "cumulative", rel,
  notes="joint count with BBC Russian")
G(f, "conscripts", "author", RU, "killed", P, R, "more_than", 300, N, N, "More than 300", "cumulative",
  name="BBC Russian (the text's own voice)", notes="subset of the 1,450: conscripts")
G(f, "officers", "author", RU, "killed", P, R, "at_least", 58, N, N, "At least 58", "cumulative",
  name="BBC Russian (the text's own voice)", notes="subset of the 1,450: officers")
G(f, "officers", "author", RU, "killed", P, R, "exact", 2, 2, 2, "two colonels", "cumulative",
  name="BBC Russian (the text's own voice)", notes="subset of the officers: colonels")
G(f, "locals", "author", RU, "killed", P, R, "exact", 212, 212, 212, "212 names", "cumulative",
  name="BBC Russian (the text's own voice)", notes="subset of the 1,450: men from Kursk region")
G(f, "assault", "ru-soldiers-relatives", RU, "killed", P, R, "at_least", 40, N, N, "at least 40", "incident", rel,
  notes="single assault near Lyubimovka")
G(f, "estimate", "mediazona", RU, "killed", P, R, "range", 4000, N, 5500, "between 4,000 and 5,500", "cumulative", rel,
  notes="statistical estimate from probate records")
G(f, "missing", "ru-missing-soldiers-channel", RU, "missing", P, R, "exact", 310, 310, 310, "another 310", "cumulative", rel,
  notes="in addition to the confirmed dead")
G(f, "ua", "ua-general-staff", RU, "killed_or_wounded", P, R, "more_than", 60000, N, N, "more than 60,000", "cumulative", rel,
  notes="since August")
G(f, "mod", "ru-mod", RU, "killed", P, R, "exact", 5937, 5937, 5937, "5,937 dead", "cumulative", rel,
  notes="area=whole_war; own losses as of September 2022, before the Kursk fighting")

# --- w05: Korean daily on the NIS hearing (outlet not named) ---
f = "w05-nis-hearing"
park, lee = "Rep. Park Sun-woo", "Rep. Lee Jae-hoon"
G(f, "title", "author", NK, "killed_or_wounded", "percent_of_force", R, "exact", 40, 40, 40, "Four in ten", "cumulative",
  derived="lead", notes="outlet's own calculation: 4,700 of about 11,000 is about 43%")
G(f, "lead", "kr-nis", NK, "killed_or_wounded", P, R, "approximate", N, 4700, N, "about 4,700", "cumulative", park,
  notes="'casualties' defined by the next sentence as dead and wounded; closed-door briefing relayed by Park")
G(f, "lead", "kr-nis", NK, "deployed", P, R, "approximate", N, 11000, N, "roughly 11,000", "stock", park)
G(f, "killed", "kr-nis", NK, "killed", P, R, "approximate", N, 600, N, "around 600", "cumulative", park,
  notes="subset of the 4,700")
G(f, "previous", "kr-nis", NK, "killed_or_wounded", P, R, "exact", 3000, 3000, 3000, "3,000", "cumulative",
  notes="earlier estimate, given in January")
G(f, "brigade", "kr-nis", NK, "casualties_unspecified", "brigades", R, "more_than", 1, N, N, "more than a brigade’s worth",
  "period", lee, "NIS officials", notes="in January alone")
G(f, "more", "kr-nis", NK, "deployed", P, PR, "exact", 3000, 3000, 3000, "an additional 3,000", "stock", park,
  notes="forecast of additional troops by the end of March")
G(f, "more", "kr-nis", NK, "deployed", P, R, "exact", 11000, 11000, 11000, "the 11,000", "stock", park)
G(f, "if", "kr-nis", NK, "killed_or_wounded", P, C, "more_than", 10000, N, N, "exceed 10,000", "cumulative", lee,
  notes="projected total by the summer if attrition continues; 'casualties' as defined earlier (dead and wounded)")
G(f, "suicide", "kr-nis", NK, "killed", P, R, "at_least", 2, N, N, "at least two cases", "unspecified", park,
  notes="soldiers who killed themselves to avoid capture")
G(f, "gur", "ua-gur", NK, "killed_or_wounded", P, R, "approximate", N, 5000, N, "about 5,000", "cumulative",
  name="Ukraine’s military intelligence (GUR)")

# --- w06: Guardian-style long read (text names itself: the Guardian) ---
f = "w06-field-hospital"
rel = "The Guardian"
G(f, "treated", "ua-kravets", UA, "wounded", P, R, "more_than", 3000, N, N, "more than 3,000", "cumulative", rel,
  notes="wounded treated at one hospital since the incursion began")
G(f, "night", "ua-kravets", UA, "wounded", P, R, "exact", 140, 140, 140, "140", "incident", rel, notes="one night, six hours")
G(f, "dozen", "ua-kravets", UA, "killed", "people_per_week", R, "approximate", N, 12, N, "About a dozen",
  "unspecified", rel, notes="wounded who die before further evacuation; her estimate")
G(f, "bison", "ua-80th-brigade-bison", UA, "killed_or_wounded", "percent_of_force", R, "approximate", N, 33.33, N,
  "about a third of its men", "incident", rel, notes="his battalion, in the retreat from Sudzha")
G(f, "medic", "ua-medic-unnamed", UA, "wounded", "people_per_day", R, "at_most", N, N, 60, "up to 60 wounded a day",
  "unspecified", rel, notes="arrivals at one hospital on busy days")
G(f, "zel", "ua-zelenskyy", UA, "killed", P, R, "approximate", N, 45000, N, "about 45,000", "cumulative", rel,
  name="President Volodymyr Zelensky", notes="area=whole_war; since 2022; told an unnamed American broadcaster")
G(f, "western", "european-officials", UA, "killed_or_wounded", P, R, "at_most", N, N, 8000, "as many as 8,000", "cumulative",
  rel, "A senior European intelligence official (unnamed)", notes="Kursk operation alone")
G(f, "mod", "ru-mod", UA, "casualties_unspecified", P, R, "more_than", 76000, N, N, "over 76,000", "cumulative", rel,
  notes="'the figure' = Ukrainian losses in the Kursk operation")
G(f, "notebook", "ua-kravets", UA, "killed", P, R, "exact", 62, 62, 62, "62 soldiers", "cumulative", rel,
  notes="died on her operating tables since August")

# --- w07: Al Jazeera-style explainer (text names itself: Al Jazeera) ---
f = "w07-explainer"
rel = "Al Jazeera"
G(f, "thousands", "author", NK, "deployed", P, R, "vague", 2000, N, 9999, "thousands of troops", "stock")
G(f, "nis", "kr-nis", NK, "deployed", P, R, "approximate", N, 11000, N, "about 11,000", "stock", rel)
G(f, "gur", "ua-gur", NK, "deployed", P, R, "exact", 12000, 12000, 12000, "12,000", "stock", rel,
  name="Ukraine’s military intelligence (GUR)", notes="statement on Telegram in December")
G(f, "pentagon", "us-dod", NK, "killed_wounded_or_missing", P, R, "vague", 200, N, 999, "“hundreds”", "cumulative", rel,
  "A Pentagon spokesperson")
G(f, "us", "us-dod", NK, "casualties_unspecified", P, R, "more_than", 1000, N, N, "more than 1,000", "period", rel,
  "The United States", notes="in a single week; 'The United States' mapped to us-dod as in the ledger's aliases")
G(f, "kr", "kr-officials", NK, "killed", P, R, "approximate", N, 300, N, "about 300", "cumulative", rel)
G(f, "kr", "kr-officials", NK, "wounded", P, R, "approximate", N, 2700, N, "about 2,700", "cumulative", rel)
G(f, "barh", "ua-barhylevych", NK, "killed_or_wounded", P, R, "vague", 3600, N, 3999, "nearly 4,000", "cumulative", rel)
G(f, "strength", "ua-officer-unnamed", NK, "casualties_unspecified", "percent_of_force", R, "at_most", N, N, 40,
  "up to 40 percent of their strength", "unspecified", rel, notes="per unit, before rotation")
G(f, "more", "cess", NK, "deployed", P, PR, "at_most", N, N, 30000, "up to 30,000 more", "stock", rel,
  notes="forecast of additional troops by the end of 2025")
G(f, "if", "cess", NK, "casualties_unspecified", "people_per_week", R, "approximate", N, 1000, N, "around 1,000 a week",
  "period", rel, notes="the January rate, stated inside an if-clause; the rate itself is reported")
G(f, "if", "cess", NK, "killed_or_wounded", "percent_of_force", C, "exact", 100, 100, 100, "the entire initial contingent",
  "cumulative", rel, notes="projected total by the summer if the January rate continues")
G(f, "both", "author", "both_sides", "casualties_unspecified", P, R, "none", N, N, N, "heavy losses", "unspecified")

# --- w08: RFA-style story (text names itself: Radio Free Asia) ---
f = "w08-rfa-defectors"
rel = "Radio Free Asia"
G(f, "resident", "kp-resident-unnamed", NK, "killed", P, R, "at_least", 17, N, N, "at least 17 families", "cumulative", rel,
  notes="families in one county that received death notices since February; one death per family assumed")
G(f, "kim", "kp-relatives-unnamed", NK, "killed", P, R, "vague", 24, N, 99, "dozens of deaths", "unspecified",
  "Kim Young-chol > " + rel, notes="one Storm Corps regiment")
G(f, "nis", "kr-nis", NK, "killed", P, R, "approximate", N, 2000, N, "some 2,000", "cumulative", "Yonhap > " + rel,
  name="South Korea’s spy agency (NIS)", notes="estimate made in April")
G(f, "sbu", "ua-sbu", NK, "captured", P, R, "exact", 2, 2, 2, "two", "cumulative", rel)
G(f, "pow", "kp-pow", NK, "killed", "percent_of_force", R, "approximate", N, 50, N, "about half of his company", "incident",
  "Rep. Han Ji-sook > " + rel, notes="opening battle in January; video interview")
G(f, "kang", "kp-kang-cousin", NK, "killed_or_missing", "percent_of_force", R, "more_than", 33.33, N, N,
  "more than a third of his battalion", "unspecified", "Kang Min-ho > " + rel, notes="letter smuggled out in May")

# ---------------------------------------------------------------------------
# Traps
# ---------------------------------------------------------------------------
TRAPS = []


def T(fid, key, why):
    TRAPS.append({"file": f"texts/{fid}.txt", "sentence": S(fid, key), "why": why})


def H(fid, body_key):
    T(fid, "title", "headline restates: " + S(fid, body_key))


H("w01-reuters-exclusive", "lead")
T("w01-reuters-exclusive", "payment", "equipment (20 air-defence systems), money ($1 billion) and 'one of the officials'; no loss")
H("w02-live-blog", "gs")
T("w02-live-blog", "updated", "stand-alone date line")
for i in range(1, 7):
    T("w02-live-blog", f"t{i}", "stand-alone timestamp of a live-blog entry")
T("w02-live-blog", "patriot", "equipment: 40 interceptor missiles")
T("w02-live-blog", "houses", "damage count (14 houses); no military loss")
H("w03-tass-report", "lead")
T("w03-tass-report", "drones", "drones shot down (38); equipment, not people")
T("w03-tass-report", "since", "date (August 6, 2024)")
H("w04-obituary-count", "lead")
T("w04-obituary-count", "age", "ages (34, 63), not losses")
T("w04-obituary-count", "money", "compensation payments (12 million roubles, $130,000)")
T("w05-nis-hearing", "pay", "money ($2,000 a month per soldier) and equipment (20 air-defence systems)")
T("w05-nis-hearing", "hearing", "duration (three hours), ordinal (11th briefing) and date (October 2024)")
T("w06-field-hospital", "school", "distance (20 miles)")
T("w06-field-hospital", "brigade", "'one brigade' identifies a unit; not a count of losses")
T("w06-field-hospital", "youngest", "age (19)")
T("w06-field-hospital", "shifts", "shift length (24 hours) and money (£15,000 a month)")
T("w07-explainer", "treaty", "date (June 2024)")
T("w07-explainer", "border", "distance (245km)")
T("w08-rfa-defectors", "age", "age (52)")
T("w08-rfa-defectors", "officer", "year (2016) and group size (three) in a tactics description; no loss")
T("w08-rfa-defectors", "defectors", "defectors arriving in the South (at least 200); not military losses")


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text_of(fid))
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER)
        w.writeheader()
        w.writerows(GOLD)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "sentence", "why"])
        w.writeheader()
        w.writerows(TRAPS)
    for fid in DOCS:
        print(fid, len(text_of(fid).split()), "words")
    print(len(GOLD), "gold rows;", len(TRAPS), "trap rows")


if __name__ == "__main__":
    main()
