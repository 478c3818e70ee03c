"""Build the held-out texts, gold.csv and traps.csv.

The texts are written here as paragraphs of sentences so that every gold
quote and trap sentence is copied from the text by program, never retyped.
Gold rows point at a sentence by a unique substring of it.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {}

# ---------------------------------------------------------------- h01
DOCS["h01-yonhap-nis-briefing"] = [
    ["N. Korean casualties in Kursk top 3,000, spy agency tells lawmakers"],
    ["SEOUL, Feb. 13 (Yonhap) -- North Korean troops sent to fight for Russia in the Kursk region have suffered more than 3,000 casualties since their deployment last autumn, South Korea's spy agency told lawmakers Thursday."],
    ["The tally includes about 300 killed and some 2,700 wounded, Rep. Han Min-seok of the parliamentary intelligence committee told reporters after a closed-door briefing by the National Intelligence Service (NIS).",
     "Han said the agency had not been able to confirm how many of the wounded had since returned to the front."],
    ["According to the NIS, Pyongyang has deployed around 11,000 soldiers to Russia, most of them drawn from the elite 11th Corps, better known as the Storm Corps."],
    ["Most of the losses came in a burst of assaults in early January, when North Korean units lost several hundred men over four days around the village of Plekhovo, Han quoted the agency as saying.",
     "The agency attributed the high toll to the North Koreans' lack of experience with drone warfare and to what it described as \"human wave\" tactics across open snowfields."],
    ["The NIS also confirmed that two North Korean soldiers had been captured by Ukrainian forces last month and said both were being held in Kyiv.",
     "It said Pyongyang appeared to have ordered its troops to avoid capture at all costs, and that officers had been told to destroy documents and mobile phones."],
    ["The spy agency said the North has also shipped more than 200 long-range artillery pieces and some 9 million artillery shells to Russia since 2023, likely earning billions of dollars in return.",
     "Moscow is believed to have supplied Pyongyang with air-defense systems and help with its satellite program in exchange, the lawmaker said."],
    ["Kursk lies roughly 450 kilometers south of Moscow and borders Ukraine's Sumy region.",
     "Ukraine launched its incursion into the region in August 2024, the first foreign ground offensive on Russian soil since World War II."],
    ["(END)"],
]

# ---------------------------------------------------------------- h02
DOCS["h02-newspaper-sudzha-assault"] = [
    ["Hundreds feared dead as North Korean assault near Sudzha collapses"],
    ["KYIV — North Korean troops thrown into a dawn assault on Ukrainian positions south of Sudzha have suffered what Kyiv’s military intelligence called “catastrophic” losses, in what appears to have been one of the bloodiest days for Pyongyang’s soldiers since they entered the war."],
    ["In a statement on Telegram, the Defence Intelligence Directorate, known by its Ukrainian initials HUR, said the assaulting battalion had lost “most of its personnel” and that the fields outside the village of Makhnovka were “covered with bodies”.",
     "The battalion had been moved up to the front only 48 hours earlier, the agency said."],
    ["Paratroopers of the 95th brigade, who held the village, estimated that between 100 and 200 of the attackers were killed in the first hours alone.",
     "“They walked straight into the minefield in columns,” a sergeant told this newspaper by phone.",
     "“We had never seen anything like it.”"],
    ["HUR estimates that in all some 4,000 North Koreans have been put out of action since November, a figure it defines as killed, wounded or missing.",
     "That, the agency said, amounts to more than a third of the roughly 11,000-strong contingent Pyongyang sent to Russia last autumn.",
     "It did not say how many of its own soldiers had been lost in the fighting."],
    ["Ukraine’s President Volodymyr Zelenskyy said last month that his forces had captured two North Korean soldiers, one of them wounded, and offered to exchange them for Ukrainians held in Russia.",
     "One of the men, a 20-year-old rifleman, told interrogators he had believed he was being sent on a training exercise."],
    ["The attack came as Ukrainian officials warned that Russia was massing as many as 50,000 troops, including North Korean units, for a counter-offensive in the region.",
     "Sudzha, a town of about 5,000 people before the war, lies some 10 kilometres from the border and is the largest settlement Ukraine still holds in the Kursk region."],
    ["Neither Pyongyang nor Moscow has acknowledged any North Korean losses, and the Kremlin has declined to confirm that the troops are there at all."],
]

# ---------------------------------------------------------------- h03
DOCS["h03-broadcaster-pentagon-third"] = [
    ["North Korea has lost a third of its troops in Kursk, Pentagon says"],
    ["The Pentagon estimates that roughly a third of the North Korean soldiers sent to fight in Russia's Kursk region have been killed or wounded since they entered combat in December, a US defence official briefed reporters on Wednesday."],
    ["The official, who spoke on condition of anonymity under Pentagon rules, put the toll at about 4,000 killed or wounded out of some 12,000 troops deployed.",
     "That is higher than earlier US estimates, which the official said had lagged behind the pace of the fighting."],
    ["American, British and South Korean officials have all said in recent weeks that North Korean losses have been heavy, though their figures differ."],
    ["In its daily intelligence update, the UK Ministry of Defence said North Korean units had probably been suffering up to 600 casualties a week during offensive operations in February.",
     "A Western official told the US network CNN that at the height of the January fighting the North Koreans were losing about 100 men a day, most of them to drones."],
    ["Ukraine's drone units, which now number in the hundreds, can each put dozens of first-person-view drones in the air on a busy day.",
     "Reuters, citing South Korean officials, reported last week that Pyongyang had sent additional troops, bringing the total it has deployed to about 14,000."],
    ["The losses remain small beside Russia's own: British defence intelligence estimates that more than 900,000 Russian troops have been killed or wounded since the full-scale invasion began in February 2022.",
     "The US has provided more than $65 billion in military aid to Ukraine since then, according to the State Department."],
    ["Kyiv does not publish casualty figures for its own troops, but Ukrainian soldiers pulled out of the Sudzha area in March described heavy losses in their units during the retreat.",
     "Ukrainian forces first crossed into the Kursk region on Aug. 6, 2024, and at the peak of the operation held about 1,300 square kilometres of Russian territory."],
]

# ---------------------------------------------------------------- h04
DOCS["h04-thinktank-assessment"] = [
    ["North Korea in Kursk: Attrition, Adaptation and the Road to Summer"],
    ["Korea Program | Assessment | March 20, 2025"],
    ["Key judgments.",
     "We assess that North Korean forces in the Kursk region have sustained between 4,000 and 5,000 casualties to date, based on Ukrainian, South Korean and US statements and our own review of combat footage.",
     "Kyiv's defence intelligence, Seoul's spy agency and the Pentagon all put the number of North Korean troops in Russia at roughly 11,000 to 12,000."],
    ["The pace of losses has varied sharply.",
     "At the peak of the January offensive, North Korean units appear to have lost about 50 troops a day, compared with roughly 15 a day in the quieter weeks since.",
     "Our estimate implies that around 40% of the contingent has been killed, wounded or gone missing.",
     "A first-person-view drone of the type that has caused most North Korean casualties can cost as little as $400."],
    ["Russian units fighting alongside the North Koreans have also taken heavy losses, though we have not been able to quantify them.",
     "For comparison, Russian forces on the Pokrovsk axis in Donetsk region have lost an estimated 400 soldiers a day in the same weeks, according to Ukraine's General Staff."],
    ["Outlook.",
     "If casualties continue at the current rate, North Korea could lose a further 2,000 soldiers by the end of June.",
     "On our central projection, total North Korean losses could reach 7,000 by summer, roughly the size of the force Pyongyang first committed to the Kursk front.",
     "South Korean officials have warned that Pyongyang may send up to 6,000 more troops in the spring."],
    ["Pyongyang's support does not end with manpower.",
     "North Korea has also supplied Russia with an estimated 200 long-range artillery systems and millions of shells since late 2023.",
     "This is the North Korean army's first large-scale combat deployment abroad since the 1950-53 Korean War, and its commanders are learning quickly."],
]

# ---------------------------------------------------------------- h05
DOCS["h05-kcna-tribute"] = [
    ["Respected Comrade Kim Jong Un Pays Tribute to Heroes of Overseas Operation Units"],
    ["Pyongyang, August 21 (KCNA) -- Respected Comrade Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, met on Thursday the commanders and soldiers of the overseas operation units who returned home after honourably fulfilling their internationalist duty in the Kursk area of the Russian Federation."],
    ["He bowed deeply before the portraits of 101 heroic fighters of the units who laid down their lives in the battles to liberate Kursk, and embraced their bereaved families one by one.",
     "He said that their names would shine forever in the history of the country."],
    ["Kim Jong Un told the returned soldiers that several hundred of their comrades were still being treated for wounds, and that the Party would take full responsibility for their care.",
     "He noted that in a single battle near Sudzha the heroic fighters had wiped out more than 1,000 of the Ukrainian enemy and their foreign mercenaries."],
    ["The units, dispatched under the Treaty on Comprehensive Strategic Partnership signed between the DPRK and Russia in June 2024, fought shoulder to shoulder with the Russian army for more than 200 days, he noted.",
     "He stressed that the blood shed in Kursk had sealed the friendship of the two peoples."],
    ["Kim Jong Un conferred the title of Hero of the DPRK on nine commanders and soldiers and awarded orders and medals to 460 others.",
     "He announced that a memorial museum dedicated to the combat feats of the units would be built in Pyongyang, and that new homes would be provided to the families of the fallen."],
    ["Present at the meeting were members of the Presidium of the Political Bureau of the WPK Central Committee and commanding officers of the Korean People's Army."],
]

# ---------------------------------------------------------------- h06
DOCS["h06-roundup-day-1111"] = [
    ["Russia-Ukraine war: Key events on day 1,111"],
    ["Here is where things stand on Monday, March 10, 2025."],
    ["Fighting"],
    ["Lieutenant General Anatolii Barhylevych, who heads Ukraine’s General Staff, told a briefing in Kyiv that Russian and North Korean forces had lost some 1,500 troops in the Kursk region over the past week."],
    ["Russia’s Defence Ministry said its forces had killed or wounded more than 300 Ukrainian servicemen in the Kursk region in the past day, in a statement carried by the state news agency TASS."],
    ["Ukraine’s Special Operations Forces said a dozen North Korean soldiers were killed when one of its drones struck a truck carrying infantry near the village of Kurilovka."],
    ["Citing two Ukrainian military officials, the news site Ukrainska Pravda reported that up to a company of North Korean infantry had been lost while trying to cross the Psel river on Sunday."],
    ["RBC-Ukraine, without naming its sources, reported that Ukrainian troops had taken three more North Korean soldiers prisoner in the past week."],
    ["President Zelenskyy said in his nightly video address that North Korean units had suffered heavy losses and that Pyongyang was preparing to send more men."],
    ["Ukraine’s General Staff said Russian troops mounted 86 attacks on the Pokrovsk front in Donetsk region on Sunday, the most of any sector.",
     "The Khortytsia operational-strategic group said Russian forces had lost 426 men killed and wounded on the Pokrovsk axis alone in the past 24 hours."],
    ["The General Staff put Russia’s losses across the entire front line at 1,230 soldiers in the past day, bringing the total since the start of the full-scale invasion to about 890,000."],
    ["Attacks"],
    ["Russia launched 147 drones and two ballistic missiles at Ukraine overnight, Ukraine’s air force said, adding that 97 of the drones had been shot down."],
    ["Regional officials said 18,000 households in the Sumy region were left without power after a strike on an energy facility."],
    ["Diplomacy and aid"],
    ["Ukrainian and US delegations are due to meet in Jeddah on Tuesday, with Kyiv expected to propose a 30-day ceasefire in the air and at sea."],
    ["The European Commission said it would disburse 3.5 billion euros to Ukraine this month under a loan backed by proceeds from frozen Russian assets."],
]

# ---------------------------------------------------------------- h07
DOCS["h07-analysis-recap"] = [
    ["Thousands of casualties and counting: how the tally of North Korea’s Kursk losses grew"],
    ["August 28, 2025"],
    ["Eight months after North Korean soldiers first appeared on the Kursk front, the question of how many of them have been killed or wounded still has no single answer.",
     "Each claimant counts differently, and few say what they are counting."],
    ["The first figures came from Kyiv.",
     "In mid-December, Ukraine’s military intelligence said two hundred North Korean soldiers had been killed or wounded in a single day of fighting near Plekhovo.",
     "By late January, Zelenskyy was telling foreign reporters that the North Koreans had lost nearly 4,000 men, killed and wounded."],
    ["Seoul’s spy agency was more cautious.",
     "In February it told lawmakers that about 300 had died and 2,700 had been wounded, according to members of the parliamentary intelligence committee."],
    ["The Pentagon, which had long declined to give numbers, said in March that North Korean combat losses, meaning killed, wounded, missing and captured, stood at around 4,000.",
     "Kyiv’s military intelligence went further in May, saying that at least 1,000 North Koreans had been “killed or captured” since their deployment."],
    ["Officials in Kyiv, Seoul and Washington said in June that about 11,000 North Korean troops were still in Russia after rotations and reinforcements.",
     "Western officials briefed reporters the same month that casualties amounted to nearly half of the 11,000 troops first deployed."],
    ["In late July, a lawmaker briefed by Seoul’s spy agency said the NIS now put the total so far at more than 6,000 casualties, including some 1,500 dead.",
     "Ukraine’s military intelligence projected the same month that the toll could pass 7,000 by the end of the year.",
     "The UK Ministry of Defence, in one of its regular intelligence updates, judged that North Korea could lose another 3,000 troops by autumn if it kept using the same frontal assault tactics."],
    ["Pyongyang broke its silence only in August, when state media showed Kim Jong Un bowing before the portraits of 101 soldiers killed in the Kursk fighting, a figure analysts regard as a fraction of the real toll.",
     "Moscow has never said how many of its own soldiers died retaking the region, while its defence ministry claims Ukraine lost more than 76,000 troops there."],
    ["The discrepancies matter beyond the battlefield: estimates of the force’s remaining strength shape South Korean debates over whether Seoul should send observers to Ukraine, a step opposed by 60% of South Koreans in one poll.",
     "South Korea’s own last combat deployment abroad ended in 1973, in Vietnam."],
]


def text_of(paras):
    return "\n\n".join(" ".join(p) for p in paras) + "\n\n" + TAG + "\n"


def sentences(fid):
    return [s for p in DOCS[fid] for s in p]


def S(fid, sub):
    hits = [s for s in sentences(fid) if sub in s]
    assert len(hits) == 1, (fid, sub, hits)
    return hits[0]


COLS = ["file", "quote", "claimant_id", "claimant_name", "relay_names",
        "whose_losses", "measure", "counted_in", "modality", "qualifier",
        "low", "best", "high", "count_as_written", "scope",
        "derived_from_quote", "notes"]

NAMES = {
    "author": None,  # filled per file
    "kr-nis": "National Intelligence Service (NIS), South Korea",
    "kr-officials": "South Korean officials (unnamed)",
    "ua-gur": "Defence Intelligence of Ukraine (HUR/GUR, Main Directorate of Intelligence)",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ua-barhylevych": "Anatolii Barhylevych, Chief of the General Staff of the Armed Forces of Ukraine",
    "ua-95th-brigade": "95th Polissia Airborne Assault Brigade (Ukraine)",
    "ua-officials": "Ukrainian officials (unnamed)",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-sso": "Special Operations Forces of Ukraine",
    "ua-khortytsia": "Khortytsia operational-strategic group of forces (Ukraine)",
    "ua-soldiers": "Ukrainian soldiers withdrawn from the Sudzha area (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "us-officials": "US officials (unnamed)",
    "uk-mod": "UK Ministry of Defence (incl. Defence Intelligence)",
    "uk-officials": "British officials (unnamed)",
    "western-officials": "Western officials (unnamed)",
    "rbc-ukraine": "RBC Ukraine",
    "ru-mod": "Ministry of Defence of the Russian Federation",
    "kp-kim-jong-un": "Kim Jong Un, leader of North Korea",
    "kp-kcna": "North Korean state media (KCNA)",
}
AUTHOR = {
    "h01-yonhap-nis-briefing": "Author of h01 (Yonhap), in its own voice",
    "h02-newspaper-sudzha-assault": "Author of h02 (unnamed newspaper), in its own voice",
    "h03-broadcaster-pentagon-third": "Author of h03 (unnamed broadcaster), in its own voice",
    "h04-thinktank-assessment": "Author of h04 (think tank's Korea Program), in its own voice",
    "h05-kcna-tribute": "Author of h05 (KCNA, North Korean state media), in its own voice",
    "h06-roundup-day-1111": "Author of h06 (unnamed daily round-up), in its own voice",
    "h07-analysis-recap": "Author of h07 (unnamed analysis), in its own voice",
}

GOLD = []
TRAPS = []


def row(fid, sub, cid, whose, measure, counted, modality, qual, low, best, high,
        caw, scope, relay="", derived=None, notes=""):
    q = S(fid, sub)
    GOLD.append({
        "file": f"texts/{fid}.txt", "quote": q, "claimant_id": cid,
        "claimant_name": AUTHOR[fid] if cid == "author" else NAMES[cid],
        "relay_names": relay, "whose_losses": whose, "measure": measure,
        "counted_in": counted, "modality": modality, "qualifier": qual,
        "low": low, "best": best, "high": high, "count_as_written": caw,
        "scope": scope,
        "derived_from_quote": S(fid, derived) if derived else "",
        "notes": notes,
    })


def trap(fid, sub, why):
    TRAPS.append({"file": f"texts/{fid}.txt", "sentence": S(fid, sub), "why": why})


def restates(fid, headline_sub, body_sub):
    trap(fid, headline_sub, "headline restates: " + S(fid, body_sub))


# ------------------------------------------------------------ gold h01
f = "h01-yonhap-nis-briefing"
restates(f, "top 3,000, spy agency", "more than 3,000 casualties since their deployment")
row(f, "more than 3,000 casualties since", "kr-nis", "north_korean", "casualties_unspecified", "people", "reported", "more_than", 3000, "", "", "more than 3,000", "cumulative", relay="Yonhap",
    notes="closed-door briefing to lawmakers; the dateline is part of this sentence")
row(f, "about 300 killed and some 2,700", "kr-nis", "north_korean", "killed", "people", "reported", "approximate", "", 300, "", "about 300", "cumulative", relay="lawmaker Han Min-seok > Yonhap",
    notes="part of the 3,000+ running total")
row(f, "about 300 killed and some 2,700", "kr-nis", "north_korean", "wounded", "people", "reported", "approximate", "", 2700, "", "some 2,700", "cumulative", relay="lawmaker Han Min-seok > Yonhap",
    notes="part of the 3,000+ running total")
row(f, "deployed around 11,000 soldiers", "kr-nis", "north_korean", "deployed", "people", "reported", "approximate", "", 11000, "", "around 11,000", "stock", relay="Yonhap",
    notes="'11th Corps' is a unit name, not a count")
row(f, "lost several hundred men over four days", "kr-nis", "north_korean", "casualties_unspecified", "people", "reported", "vague", 300, "", 999, "several hundred", "period", relay="lawmaker Han Min-seok > Yonhap",
    notes="early January, four days around Plekhovo; 'lost' does not say killed or wounded")
row(f, "two North Korean soldiers had been captured", "kr-nis", "north_korean", "captured", "people", "reported", "exact", 2, 2, 2, "two", "incident", relay="Yonhap",
    notes="the same capture Zelenskyy announced (see h02)")
trap(f, "more than 200 long-range artillery", "equipment, ammunition, year and money")
trap(f, "roughly 450 kilometers", "distance")
trap(f, "in August 2024, the first foreign", "date (year); 'World War II' is a name")

# ------------------------------------------------------------ gold h02
f = "h02-newspaper-sudzha-assault"
row(f, "Hundreds feared dead", "author", "north_korean", "killed", "people", "reported", "vague", 200, "", 999, "Hundreds", "incident",
    derived="had lost “most of its personnel”",
    notes="headline figure made by the outlet from HUR's 'most of its personnel' / 'covered with bodies'; HUR gave no number")
row(f, "called “catastrophic” losses", "ua-gur", "north_korean", "casualties_unspecified", "people", "reported", "none", "", "", "", "“catastrophic” losses", "incident",
    notes="dawn assault south of Sudzha")
row(f, "had lost “most of its personnel”", "ua-gur", "north_korean", "casualties_unspecified", "percent_of_force", "reported", "more_than", 50, "", "", "most of its personnel", "incident",
    notes="share of the assaulting battalion, not of the whole contingent")
row(f, "between 100 and 200 of the attackers", "ua-95th-brigade", "north_korean", "killed", "people", "reported", "range", 100, "", 200, "between 100 and 200", "incident",
    notes="'the 95th brigade' = 95th Polissia Airborne Assault Brigade; first hours of the assault")
row(f, "some 4,000 North Koreans have been put out of action", "ua-gur", "north_korean", "killed_wounded_or_missing", "people", "reported", "approximate", "", 4000, "", "some 4,000", "cumulative",
    notes="'put out of action' defined by the text as killed, wounded or missing; since November")
row(f, "more than a third of the roughly 11,000-strong", "ua-gur", "north_korean", "killed_wounded_or_missing", "percent_of_force", "reported", "more_than", 33.33, "", "", "more than a third", "cumulative",
    notes="same measure as the 4,000 figure in the preceding sentence")
row(f, "more than a third of the roughly 11,000-strong", "ua-gur", "north_korean", "deployed", "people", "reported", "approximate", "", 11000, "", "roughly 11,000", "stock")
row(f, "had captured two North Korean soldiers", "ua-zelenskyy", "north_korean", "captured", "people", "reported", "exact", 2, 2, 2, "two", "incident",
    notes="'one of them wounded' is a subset of the two, not a separate count")
row(f, "massing as many as 50,000 troops", "ua-officials", "russian_and_north_korean", "deployed", "people", "reported", "at_most", "", "", 50000, "as many as 50,000", "stock",
    notes="Russian force including North Korean units, massing for a counter-offensive")
trap(f, "only 48 hours earlier", "duration (hours), not a loss")
trap(f, "a 20-year-old rifleman", "age")
trap(f, "a town of about 5,000 people", "population and distance")

# ------------------------------------------------------------ gold h03
f = "h03-broadcaster-pentagon-third"
restates(f, "has lost a third of its troops", "roughly a third of the North Korean soldiers")
row(f, "roughly a third of the North Korean soldiers", "us-dod", "north_korean", "killed_or_wounded", "percent_of_force", "reported", "approximate", "", 33.33, "", "roughly a third", "cumulative",
    notes="a US defence official speaking for the Pentagon; since December")
row(f, "about 4,000 killed or wounded out of", "us-dod", "north_korean", "killed_or_wounded", "people", "reported", "approximate", "", 4000, "", "about 4,000", "cumulative")
row(f, "about 4,000 killed or wounded out of", "us-dod", "north_korean", "deployed", "people", "reported", "approximate", "", 12000, "", "some 12,000", "stock")
for cid in ("us-officials", "uk-officials", "kr-officials"):
    row(f, "American, British and South Korean officials", cid, "north_korean", "casualties_unspecified", "people", "reported", "none", "", "", "", "losses have been heavy", "unspecified",
        notes="one of three claimants listed in one sentence")
row(f, "up to 600 casualties a week", "uk-mod", "north_korean", "casualties_unspecified", "people_per_week", "reported", "at_most", "", "", 600, "up to 600", "period",
    notes="rate during offensive operations in February; 'probably'")
row(f, "about 100 men a day", "western-officials", "north_korean", "casualties_unspecified", "people_per_day", "reported", "approximate", "", 100, "", "about 100", "period", relay="CNN",
    notes="rate at the height of the January fighting; 'most of them to drones' is a share by cause, not a count")
row(f, "bringing the total it has deployed to about 14,000", "kr-officials", "north_korean", "deployed", "people", "reported", "approximate", "", 14000, "", "about 14,000", "stock", relay="Reuters",
    notes="'last week' dates the report, not a loss period")
row(f, "more than 900,000 Russian troops", "uk-mod", "russian", "killed_or_wounded", "people", "reported", "more_than", 900000, "", "", "more than 900,000", "cumulative",
    notes="area=whole_war; 'British defence intelligence' = Defence Intelligence, part of the UK MoD")
row(f, "described heavy losses in their units", "ua-soldiers", "ukrainian", "casualties_unspecified", "people", "reported", "none", "", "", "", "heavy losses", "unspecified",
    notes="suffering side describing its own losses, during the March retreat from Sudzha")
trap(f, "number in the hundreds", "counts of drone units and drones, not losses")
trap(f, "more than $65 billion", "money")
trap(f, "on Aug. 6, 2024", "date and area (square kilometres)")

# ------------------------------------------------------------ gold h04
f = "h04-thinktank-assessment"
trap(f, "March 20, 2025", "date line")
row(f, "between 4,000 and 5,000 casualties to date", "author", "north_korean", "casualties_unspecified", "people", "reported", "range", 4000, "", 5000, "between 4,000 and 5,000", "cumulative",
    notes="the think tank's own estimate")
for cid in ("ua-gur", "kr-nis", "us-dod"):
    row(f, "roughly 11,000 to 12,000", cid, "north_korean", "deployed", "people", "reported", "range", 11000, "", 12000, "roughly 11,000 to 12,000", "stock",
        notes="one of three claimants listed in one sentence")
row(f, "about 50 troops a day", "author", "north_korean", "casualties_unspecified", "people_per_day", "reported", "approximate", "", 50, "", "about 50", "period",
    notes="peak of the January offensive")
row(f, "about 50 troops a day", "author", "north_korean", "casualties_unspecified", "people_per_day", "reported", "approximate", "", 15, "", "roughly 15", "period",
    notes="quieter weeks since January")
row(f, "around 40% of the contingent", "author", "north_korean", "killed_wounded_or_missing", "percent_of_force", "reported", "approximate", "", 40, "", "around 40%", "cumulative")
row(f, "have also taken heavy losses", "author", "russian", "casualties_unspecified", "people", "reported", "none", "", "", "", "heavy losses", "unspecified",
    notes="Russian units in the Kursk fighting")
row(f, "estimated 400 soldiers a day", "ua-general-staff", "russian", "casualties_unspecified", "people_per_day", "reported", "approximate", "", 400, "", "an estimated 400", "period",
    notes="area=other_front (Pokrovsk axis, Donetsk)")
row(f, "could lose a further 2,000 soldiers", "author", "north_korean", "casualties_unspecified", "people", "conditional", "exact", 2000, 2000, 2000, "a further 2,000", "period",
    notes="if the current rate continues, by the end of June; additional to losses to date")
row(f, "could reach 7,000 by summer", "author", "north_korean", "casualties_unspecified", "people", "projected", "exact", 7000, 7000, 7000, "7,000", "cumulative",
    notes="central projection of total losses by summer")
row(f, "up to 6,000 more troops", "kr-officials", "north_korean", "deployed", "people", "projected", "at_most", "", "", 6000, "up to 6,000", "stock",
    notes="possible additional contingent, a warning, not troops present")
trap(f, "as little as $400", "money ('most' is a share of casualties by cause, not a count)")
trap(f, "estimated 200 long-range artillery", "equipment and year")
trap(f, "since the 1950-53 Korean War", "years")

# ------------------------------------------------------------ gold h05
f = "h05-kcna-tribute"
trap(f, "Pyongyang, August 21 (KCNA)", "date")
row(f, "portraits of 101 heroic fighters", "author", "north_korean", "killed", "people", "reported", "exact", 101, 101, 101, "101", "cumulative",
    notes="suffering side acknowledging its own dead; author is KCNA")
row(f, "several hundred of their comrades were still being treated", "kp-kim-jong-un", "north_korean", "wounded", "people", "reported", "vague", 300, "", 999, "several hundred", "unspecified", relay="KCNA",
    notes="suffering side acknowledging its own wounded; wounded still under treatment at the time, not a running total")
row(f, "wiped out more than 1,000 of the Ukrainian enemy", "kp-kim-jong-un", "ukrainian", "casualties_unspecified", "people", "reported", "more_than", 1000, "", "", "more than 1,000", "incident", relay="KCNA",
    notes="'wiped out' does not say killed; also counts 'foreign mercenaries' on the Ukrainian side")
trap(f, "more than 200 days", "date (year) and days of deployment")
trap(f, "friendship of the two peoples", "'two peoples' is not a count")
trap(f, "on nine commanders", "numbers of awards, not losses")

# ------------------------------------------------------------ gold h06
f = "h06-roundup-day-1111"
trap(f, "Key events on day 1,111", "day of the war")
trap(f, "Monday, March 10, 2025", "date")
row(f, "some 1,500 troops in the Kursk region", "ua-barhylevych", "russian_and_north_korean", "casualties_unspecified", "people", "reported", "approximate", "", 1500, "", "some 1,500", "period",
    notes="over the past week; combined Russian and North Korean losses")
row(f, "more than 300 Ukrainian servicemen", "ru-mod", "ukrainian", "killed_or_wounded", "people", "reported", "more_than", 300, "", "", "more than 300", "period", relay="TASS",
    notes="in the past day, Kursk region")
row(f, "a dozen North Korean soldiers", "ua-sso", "north_korean", "killed", "people", "reported", "approximate", "", 12, "", "a dozen", "incident",
    notes="'a dozen' read as about 12")
row(f, "up to a company of North Korean infantry", "ua-officials", "north_korean", "casualties_unspecified", "companies", "reported", "at_most", "", "", 1, "up to a company", "incident", relay="Ukrainska Pravda",
    notes="two unnamed Ukrainian military officials; 'two' counts the sources")
row(f, "three more North Korean soldiers prisoner", "rbc-ukraine", "north_korean", "captured", "people", "reported", "exact", 3, 3, 3, "three", "period",
    notes="the outlet's own claim, no source named; in the past week")
row(f, "suffered heavy losses and that Pyongyang", "ua-zelenskyy", "north_korean", "casualties_unspecified", "people", "reported", "none", "", "", "", "heavy losses", "unspecified")
trap(f, "mounted 86 attacks", "number of attacks, not losses")
row(f, "426 men killed and wounded", "ua-khortytsia", "russian", "killed_or_wounded", "people", "reported", "exact", 426, 426, 426, "426", "period",
    notes="area=other_front (Pokrovsk axis); past 24 hours")
row(f, "at 1,230 soldiers in the past day", "ua-general-staff", "russian", "casualties_unspecified", "people", "reported", "exact", 1230, 1230, 1230, "1,230", "period",
    notes="area=whole_war (entire front line)")
row(f, "at 1,230 soldiers in the past day", "ua-general-staff", "russian", "casualties_unspecified", "people", "reported", "approximate", "", 890000, "", "about 890,000", "cumulative",
    notes="area=whole_war; since February 2022")
trap(f, "147 drones", "equipment (drones, missiles)")
trap(f, "18,000 households", "households without power")
trap(f, "30-day ceasefire", "duration of a proposed ceasefire")
trap(f, "3.5 billion euros", "money")

# ------------------------------------------------------------ gold h07
f = "h07-analysis-recap"
row(f, "Thousands of casualties and counting", "author", "north_korean", "casualties_unspecified", "people", "reported", "vague", 2000, "", 9999, "Thousands", "cumulative",
    derived="more than 6,000 casualties, including some 1,500 dead",
    notes="headline figure made by the outlet from the claimants' tallies, latest being the NIS's 6,000+")
trap(f, "August 28, 2025", "date line")
trap(f, "Eight months after", "duration, not a loss")
row(f, "two hundred North Korean soldiers", "ua-gur", "north_korean", "killed_or_wounded", "people", "reported", "exact", 200, 200, 200, "two hundred", "incident",
    notes="a single day of fighting near Plekhovo, mid-December")
row(f, "nearly 4,000 men, killed and wounded", "ua-zelenskyy", "north_korean", "killed_or_wounded", "people", "reported", "vague", 3600, "", 3999, "nearly 4,000", "cumulative",
    notes="late January; 'killed and wounded' is one combined figure")
row(f, "about 300 had died and 2,700", "kr-nis", "north_korean", "killed", "people", "reported", "approximate", "", 300, "", "about 300", "cumulative", relay="members of the parliamentary intelligence committee",
    notes="February briefing (see h01)")
row(f, "about 300 had died and 2,700", "kr-nis", "north_korean", "wounded", "people", "reported", "approximate", "", 2700, "", "2,700", "cumulative", relay="members of the parliamentary intelligence committee",
    notes="'about' governs both figures")
row(f, "meaning killed, wounded, missing and captured", "us-dod", "north_korean", "killed_wounded_missing_or_captured", "people", "reported", "approximate", "", 4000, "", "around 4,000", "cumulative",
    notes="'combat losses' defined by the text; March")
row(f, "at least 1,000 North Koreans", "ua-gur", "north_korean", "killed_or_captured", "people", "reported", "at_least", 1000, "", "", "at least 1,000", "cumulative",
    notes="May; since their deployment")
for cid in ("ua-officials", "kr-officials", "us-officials"):
    row(f, "Officials in Kyiv, Seoul and Washington", cid, "north_korean", "deployed", "people", "reported", "approximate", "", 11000, "", "about 11,000", "stock",
        notes="one of three claimants listed in one sentence; June")
row(f, "nearly half of the 11,000 troops", "western-officials", "north_korean", "casualties_unspecified", "percent_of_force", "reported", "vague", 45, "", 49, "nearly half", "cumulative",
    notes="June")
row(f, "nearly half of the 11,000 troops", "western-officials", "north_korean", "deployed", "people", "reported", "exact", 11000, 11000, 11000, "11,000", "stock",
    notes="troops first deployed (the original contingent)")
row(f, "more than 6,000 casualties, including", "kr-nis", "north_korean", "casualties_unspecified", "people", "reported", "more_than", 6000, "", "", "more than 6,000", "cumulative", relay="unnamed lawmaker",
    notes="late July")
row(f, "more than 6,000 casualties, including", "kr-nis", "north_korean", "killed", "people", "reported", "approximate", "", 1500, "", "some 1,500", "cumulative", relay="unnamed lawmaker",
    notes="part of the 6,000+")
row(f, "could pass 7,000 by the end of the year", "ua-gur", "north_korean", "casualties_unspecified", "people", "projected", "more_than", 7000, "", "", "pass 7,000", "cumulative",
    notes="projection made in July of the total by the end of 2025")
row(f, "could lose another 3,000 troops by autumn", "uk-mod", "north_korean", "casualties_unspecified", "people", "conditional", "exact", 3000, 3000, 3000, "another 3,000", "period",
    notes="if the same frontal assault tactics continue; additional to losses to date")
row(f, "portraits of 101 soldiers", "kp-kcna", "north_korean", "killed", "people", "reported", "exact", 101, 101, 101, "101", "cumulative",
    notes="suffering side acknowledging its own dead (see h05)")
row(f, "more than 76,000 troops there", "ru-mod", "ukrainian", "casualties_unspecified", "people", "reported", "more_than", 76000, "", "", "more than 76,000", "cumulative",
    notes="Ukrainian losses in the whole Kursk operation")
trap(f, "60% of South Koreans", "opinion-poll percentage, not a share of a force")
trap(f, "ended in 1973", "year")


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid, paras in DOCS.items():
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text_of(paras))
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS, lineterminator="\r\n")
        w.writeheader()
        w.writerows(GOLD)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "sentence", "why"], lineterminator="\r\n")
        w.writeheader()
        w.writerows(TRAPS)
    print(len(GOLD), "gold rows,", len(TRAPS), "traps")


if __name__ == "__main__":
    main()
