"""Build held-out-fresh: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). Gold quotes and trap sentences are picked by a unique substring,
so every quote is verbatim. Run from the held-out-fresh folder:

    python3 tools/build.py && python3 ../check_curated_set.py .

Every text, name, figure and quote below is fabricated.
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {
    # ---- x01: wire story, agency named in the dateline -------------------
    "x01-gur-north-korean-toll": [
        ["Ukraine's military intelligence puts North Korean losses in Kursk at 3,800"],
        ["KYIV, Jan. 14 (Reuters) - Ukraine's military intelligence agency said on Tuesday that about 3,800 North Korean soldiers had been killed or wounded since they joined Russia's fight in the Kursk region, a toll it said was rising as Pyongyang's troops were thrown into frontal assaults across open ground."],
        ["Of those, roughly 1,100 were killed, the agency, known as the GUR, said in a statement posted on Telegram.",
         "It did not say how it had compiled the figures, and Reuters could not independently verify them.",
         "The new figures were the first the agency had published since Dec. 27, when it put the North Korean toll at about 3,000 killed or wounded."],
        ["The statement said a single assault near the village of Plekhovo on the night of Jan. 9 had cost the North Koreans up to a company of men.",
         "\"They are brave, but they are dying in droves,\" a Ukrainian special forces officer fighting in the area told Reuters by phone, asking not to be named because he was not authorised to speak to the media.",
         "The GUR statement was accompanied by 14 photographs of military identity cards and notebooks."],
        ["About 11,000 North Korean troops were sent to Kursk last autumn, according to Ukrainian, South Korean and U.S. officials.",
         "The GUR said Pyongyang was preparing to send at least 5,000 more, some of whom were already training at ranges in Russia's Far East.",
         "South Korea's spy agency said last month that the North had also supplied more than 200 long-range artillery pieces to Russia."],
        ["Ukraine has so far captured two North Korean soldiers, the SBU security service said on Saturday, adding that both were being questioned in Kyiv."],
        ["Ukraine's General Staff, in its daily update, put Russia's losses across the whole front at 1,520 soldiers killed and wounded over the previous 24 hours.",
         "Russia's Defence Ministry said its forces in the Kursk region had inflicted losses of more than 200 servicemen on Ukrainian units over the past day.",
         "Moscow has not acknowledged that North Korean troops are fighting on its soil."],
        ["Ukrainian troops crossed into Kursk on Aug. 6, 2024, in the first foreign incursion into Russian territory since World War Two.",
         "The GUR's statement had been viewed more than 40,000 times within an hour of being posted."],
        ["(Reporting by Olena Marchuk; Editing by Tom Whitfield)"],
    ],
    # ---- x02: Korean newspaper, intelligence briefing relayed by lawmakers --
    "x02-nis-briefing-lawmakers": [
        ["About 4,700 N. Korean troops killed or wounded in Kursk, NIS says"],
        ["Posted : 2025-04-30 17:12 Updated : 2025-04-30 19:40"],
        ["About 2,000 North Korean soldiers have been killed and some 2,700 wounded in the fighting in Russia's Kursk region, the National Intelligence Service (NIS) told lawmakers in a closed-door briefing Wednesday.",
         "Rep. Kang Tae-ho of the ruling party, a member of the National Assembly's intelligence committee, relayed the figures to reporters after the session."],
        ["The spy agency believes the North has sent about 15,000 troops to Russia in total, including a second group of roughly 3,000 that arrived in January and February to make up for losses, Kang said.",
         "According to the NIS, casualties peaked in January, when North Korean units were suffering about 100 killed or wounded a day as they advanced across snow-covered fields with little cover."],
        ["The agency also said that at least 200 North Korean soldiers had been listed as missing by their units.",
         "Officers had been ordered to prevent the capture of their men at any cost, the NIS said, citing intercepted communications.",
         "North Korea acknowledged the deployment for the first time on Monday, two days before the briefing."],
        ["Looking ahead, the NIS warned that Pyongyang could dispatch as many as 6,000 more military engineers in the coming months to help clear mines and rebuild infrastructure in Kursk.",
         "In return, the North is believed to have received air-defense systems and electronic-warfare equipment, Kang said, adding that the North's leader had inspected munitions factories 11 times since January to press for higher output."],
        ["Rep. Min Ji-seon of the main opposition party said the agency's estimate was probably conservative.",
         "Ukraine's military intelligence said in March that North Korean casualties had passed 6,000."],
        ["The briefing lasted nearly three hours, and the committee will meet again on May 14."],
    ],
    # ---- x03: Ukrainian outlet on a brigade's claims -----------------------
    "x03-paratroopers-sudzha-claims": [
        ["Paratroopers say they killed 140 Russian and North Korean soldiers near Sudzha in three days"],
        ["Over three days of fighting near Sudzha, paratroopers of the 95th Polissia Airborne Assault Brigade killed 140 Russian and North Korean soldiers and wounded about 210, the brigade said on its Telegram channel on Feb. 19."],
        ["Among the dead were at least 60 North Koreans, whom the paratroopers identified by their uniforms and documents, brigade spokesman Capt. Yurii Tkach told our correspondent.",
         "In the heaviest single attack, on the morning of Feb. 17, Russian assault troops lost 27 men killed within an hour, he said."],
        ["The enemy attacked in small groups on foot, on buggies and on motorcycles, Tkach said, and the paratroopers also took three Russian soldiers prisoner.",
         "The brigade has suffered losses too, he acknowledged, without giving a number.",
         "Temperatures in the area fell to minus 15 degrees Celsius at night, making it hard to keep drone batteries charged."],
        ["Since the start of February, Russian losses in the brigade's sector have averaged about 45 killed and wounded a day, according to the brigade's own estimates."],
        ["Drone operators of the Birds of Magyar unit, working in the same sector, said separately that they had hit 86 Russian soldiers over the same three days, 41 of them fatally.",
         "Russia's Defence Ministry did not comment on the claims."],
        ["Sudzha, which had a pre-war population of roughly 5,500, lies about 8 km from the border.",
         "The 95th brigade, formed in 1992, has been fighting in the Kursk region since the first days of the incursion last August.",
         "The brigade's video of the fighting, posted with the report, had drawn more than 1.3 million views by Thursday evening."],
    ],
    # ---- x04: Russian state media, ministry claims -------------------------
    "x04-ministry-kursk-totals": [
        ["Ukrainian army lost over 70,000 servicemen in Kursk Region -- Defense Ministry"],
        ["MOSCOW, April 28 /TASS/ -- The Ukrainian armed forces lost more than 70,000 servicemen killed and wounded during their failed incursion into the Kursk Region, the Russian Defense Ministry said on Monday."],
        ["Of these, over 30,000 were killed, the ministry said, citing radio intercepts, reconnaissance data and the results of searches of the battlefield.",
         "The enemy also lost 410 tanks, 280 infantry fighting vehicles and more than 1,900 armored vehicles of other types, as well as 1,600 field artillery guns and mortars, the ministry added."],
        ["More than 700 Ukrainian servicemen surrendered and were taken prisoner in the Kursk Region during the operation, according to the ministry.",
         "The ministry spoke only of \"minimal losses\" among Russian forces, without giving a figure."],
        ["Servicemen of the Korean People's Army fought shoulder to shoulder with Russian troops and showed high professionalism, the ministry said, confirming their participation for the first time.",
         "Units of the Korean People's Army numbering about 12,000 men took part in the operation, a source in the ministry told TASS.",
         "Marines of the 810th Guards Brigade were among the first units to enter Sudzha in March."],
        ["In its daily summary, the ministry said that over the past day the Ukrainian armed forces had lost up to 1,240 servicemen in all areas of the special military operation.",
         "In the border area of the Kursk Region, the North battlegroup's units inflicted losses of up to 45 servicemen on the enemy near the villages of Gornal and Tetkino, the summary said."],
        ["Earlier, Western media, citing sources in the Ukrainian command, reported that Ukrainian units had been forced to abandon hundreds of wounded during the retreat from Sudzha in mid-March."],
        ["A total of 1,268 square kilometers of territory and 100 settlements have been liberated in the region since August 2024, the ministry said."],
    ],
    # ---- x05: think-tank assessment, hedged estimates and projections ------
    "x05-contingent-assessment": [
        ["Assessment: North Korea's Kursk contingent has lost roughly a third of its strength in five months"],
        ["Published 12 May 2025"],
        ["Key judgements"],
        ["We assess that North Korean casualties in the Kursk region \u2014 killed, wounded and missing \u2014 most likely number between 4,000 and 5,500 since the contingent entered combat in early December.",
         "That would mean roughly a third of the initial contingent of about 11,000 has been put out of action, though the share in frontline assault units is almost certainly higher, perhaps nearly half."],
        ["Losses were heaviest in January, when we estimate the contingent was losing roughly 1,000 men a week in frontal assaults near Plekhovo and Malaya Loknya.",
         "The rate has since fallen to about 150 a week as North Korean units adapted their tactics and were pulled back for rest."],
        ["If that rate persists, total North Korean casualties would pass 6,000 by the end of June.",
         "Should the contingent instead be committed to offensive operations across the border in Sumy region, its casualties could climb to as many as 2,000 a month over the summer.",
         "We expect Pyongyang to rotate in a further 3,000 to 5,000 troops by late summer, drawn largely from its special operations forces."],
        ["Our range sits below the figure of about 6,000 killed or wounded given by Ukraine's military intelligence in March, and close to the South Korean intelligence service's estimate of 4,700 killed or wounded."],
        ["Russian losses in the Kursk counteroffensive were probably several times higher, in the range of 20,000 to 30,000 killed and wounded since August 2024, though we hold this judgement with low confidence.",
         "Ukrainian forces likely suffered heavy losses in the Kursk salient as well, but we have no reliable basis for a figure."],
        ["Method: this assessment draws on 214 geolocated combat videos, 37 interviews and open-source casualty lists; confidence levels follow a three-tier scale.",
         "North Korean crews operating 170mm Koksan self-propelled guns have been observed in the area but are excluded from this assessment."],
    ],
    # ---- x06: broadcaster quoting anonymous US officials -------------------
    "x06-us-officials-casualties": [
        ["North Korean troops suffer hundreds of casualties in first weeks of combat, US officials say"],
        ["North Korean troops fighting for Russia in the Kursk region have suffered hundreds of casualties, both killed and wounded, two U.S. officials told ABN News on Tuesday.",
         "American and South Korean officials believe at least 100 of them have been killed."],
        ["The officials, who spoke on condition of anonymity to discuss intelligence assessments, said the North Korean units had been thrown into mass infantry assaults with little armor or air-defense support.",
         "In assaults last week, the officials said, the North Koreans were losing dozens of men a day."],
        ["In one attack, an entire platoon was killed by Ukrainian drones before it reached the Ukrainian trench line, one of the officials said."],
        ["The Pentagon said at a briefing on Monday that it estimated 11,000 to 12,000 North Korean troops were in the Kursk region.",
         "One official said that if the North Koreans continued to be used this way, their casualties could exceed 3,000 by the end of January."],
        ["Russian forces have also taken heavy losses in their push to retake the Kursk region, the officials said.",
         "Russia has suffered more than 700,000 killed and wounded since the start of its full-scale invasion in February 2022, the officials said, citing U.S. estimates."],
        ["The Kursk border area has been contested since Ukrainian forces seized roughly 1,000 square kilometers there in August.",
         "The officials said Russia had fired at least 60 North Korean-made KN-23 ballistic missiles at Ukraine since late 2023.",
         "The administration has committed more than $60 billion in military aid to Ukraine since 2022, and the officials said further packages were planned before Jan. 20.",
         "ABN News has not independently verified the figures."],
    ],
    # ---- x07: North Korean state media in its own voice --------------------
    "x07-welcome-ceremony-kcna": [
        ["Grand Ceremony Held to Welcome Home Heroic Units of Overseas Military Operations"],
        ["Pyongyang, August 22 (KCNA) -- A grand ceremony was held in Pyongyang on Thursday to welcome home the heroic units of the overseas military operations that performed immortal exploits in the battle for the liberation of the Kursk area."],
        ["The heroic units, which had gone to the front in their thousands, were greeted by cheering crowds along the streets.",
         "More than 10,000 citizens of the capital attended the ceremony."],
        ["The Supreme Commander of the armed forces of the DPRK said in his speech that more than 3,000 Ukrainian neo-Nazi troops had been killed by the units in the Kursk operation alone.",
         "He said, with deep emotion, that the fighters who laid down their lives for the honour of the country would live forever in the hearts of the people."],
        ["According to a report of the General Staff of the Korean People's Army read out at the ceremony, more than 1,500 wounded fighters have returned home and are receiving treatment under the warm care of the state.",
         "The report said that in the decisive battles of March the enemy lost up to 400 men a day as the Korean and Russian fighters advanced.",
         "In the battle for Sudzha alone, it said, more than 800 enemy soldiers were killed or captured."],
        ["The General Staff also announced that 1,200 sappers and 4,000 military builders would be dispatched to the Kursk area in the coming weeks to remove mines and rebuild what the enemy had destroyed."],
        ["The treaty on comprehensive strategic partnership between the DPRK and Russia, which took effect on December 4 last year, was hailed by the speakers as a sacred alliance.",
         "Rodong Sinmun devoted the first three pages of its Friday edition to the event.",
         "The ceremony coincided with preparations for the 80th anniversary of the founding of the Workers' Party of Korea in October."],
    ],
    # ---- x08: live blog -----------------------------------------------------
    "x08-live-blog-kursk-withdrawal": [
        ["Russia-Ukraine war live: Ukrainian troops pull back in Kursk as Moscow claims gains, day 1,114"],
        ["09:05 GMT"],
        ["Ukraine's General Staff says Russia lost 1,380 troops over the past day across all fronts, bringing its losses since February 2022 to about 889,000."],
        ["09:48 GMT"],
        ["Air raid alerts were declared in 14 of Ukraine's 24 regions overnight, and the air force says it shot down 112 of 147 drones launched by Russia."],
        ["10:20 GMT"],
        ["Maj. Serhii Mazur, a spokesman for Ukrainian forces in the Kursk direction, tells a televised briefing that troops have pulled back to new positions south of Sudzha.",
         "Russian assault groups lost \"well over a hundred\" men trying to cut the road to the border in the past 48 hours, he says."],
        ["11:47 GMT"],
        ["Russia's Defence Ministry claims its forces have retaken 12 settlements in the Kursk region in five days and killed up to 2,000 Ukrainian troops."],
        ["12:30 GMT"],
        ["Britain's Ministry of Defence says in its daily intelligence update that Russian forces are likely losing an average of about 1,200 personnel a day this month, with the Kursk counteroffensive among the costliest axes."],
        ["13:02 GMT"],
        ["Ukraine's military intelligence says about 200 North Korean troops were killed or wounded over the weekend near the village of Guevo, where they were attacking alongside Russian paratroopers."],
        ["14:15 GMT"],
        ["Ukrainian MP Iryna Fedorenko says families have reported hundreds of soldiers missing since the withdrawal from the Sudzha area began last week.",
         "\"Nobody is telling them anything,\" she writes on Facebook."],
        ["15:55 GMT"],
        ["South Korea's Joint Chiefs of Staff says the North appears to be preparing to send additional troops to Russia, possibly around 3,000, after its first contingent took heavy losses."],
        ["16:40 GMT"],
        ["By our count, that would bring the number of North Korean troops sent to Russia since October to roughly 14,000, including the 11,000 of the first contingent."],
    ],
}

SHORT = {k[:3]: k for k in DOCS}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def find(short, key):
    fid = SHORT[short]
    hits = [s for s in sentences(fid) if key in s]
    if len(hits) != 1:
        raise SystemExit(f"{short}: key {key!r} matches {len(hits)} sentences")
    return hits[0]


# ---- claimants -------------------------------------------------------------
C = {
    "author": "The text's own voice",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-officials": "Ukrainian officials (unnamed)",
    "kr-officials": "South Korean officials (unnamed)",
    "us-officials": "US officials (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "ua-sbu": "Security Service of Ukraine (SBU)",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-special-forces-officer-unnamed": "Unnamed Ukrainian special forces officer",
    "ru-mod": "Russian Ministry of Defence",
    "ru-mod-source-unnamed": "Unnamed source in the Russian Ministry of Defence",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-jcs": "South Korea's Joint Chiefs of Staff",
    "ua-95th-brigade": "95th Polissia Airborne Assault Brigade (Ukraine)",
    "ua-birds-of-magyar": "Birds of Magyar (Ukraine)",
    "ua-command-sources": "Sources in the Ukrainian command (unnamed)",
    "kp-supreme-commander": "Supreme Commander of the DPRK armed forces (unnamed in the text)",
    "kp-kpa-general-staff": "General Staff of the Korean People's Army",
    "ua-mazur": "Maj. Serhii Mazur, spokesman for Ukrainian forces in the Kursk direction",
    "uk-mod": "UK Ministry of Defence",
    "ua-mp-fedorenko": "Iryna Fedorenko, Ukrainian MP",
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


def G(short, key, cid, relay, whose, measure, counted, modality, qual, v, caw, scope,
      derived=None, notes=""):
    quote = find(short, key) if key is not None else DOCS[SHORT[short]][0][0]
    lo, be, hi = bounds(qual, v)
    GOLD.append(["texts/" + SHORT[short] + ".txt", quote, cid, C[cid], relay, whose, measure,
                 counted, modality, qual, lo, be, hi, caw, scope,
                 find(short, derived) if derived else "", notes])


P, R = "people", "reported"

# x01 -- wire story; Reuters names itself in the dateline, so it is the last relay
RT = "Reuters"
G("x01", "about 3,800 North Korean", "ua-gur", RT, "north_korean", "killed_or_wounded", P, R,
  "approximate", 3800, "about 3,800", "cumulative")
G("x01", "roughly 1,100", "ua-gur", RT, "north_korean", "killed", P, R,
  "approximate", 1100, "roughly 1,100", "cumulative", notes="'those' refers back to the 3,800 killed or wounded")
G("x01", "since Dec. 27", "ua-gur", RT, "north_korean", "killed_or_wounded", P, R,
  "approximate", 3000, "about 3,000", "cumulative", notes="earlier running total, as of Dec. 27")
G("x01", "up to a company", "ua-gur", RT, "north_korean", "casualties_unspecified", "companies", R,
  "at_most", 1, "up to a company", "incident", notes="one assault near Plekhovo, night of Jan. 9")
G("x01", "dying in droves", "ua-special-forces-officer-unnamed", RT, "north_korean", "killed", P, R,
  "none", None, "dying in droves", "unspecified")
for cid in ("ua-officials", "kr-officials", "us-officials"):
    G("x01", "About 11,000 North Korean", cid, RT, "north_korean", "deployed", P, R,
      "approximate", 11000, "About 11,000", "stock", notes="one of three claimants in the same sentence")
G("x01", "at least 5,000 more", "ua-gur", RT, "north_korean", "deployed", P, "projected",
  "at_least", 5000, "at least 5,000", "stock", notes="forecast of additional troops")
G("x01", "so far captured two", "ua-sbu", RT, "north_korean", "captured", P, R,
  "exact", 2, "two", "cumulative")
G("x01", "1,520 soldiers", "ua-general-staff", RT, "russian", "killed_or_wounded", P, R,
  "exact", 1520, "1,520 soldiers", "period", notes="area=whole_war; previous 24 hours")
G("x01", "more than 200 servicemen", "ru-mod", RT, "ukrainian", "casualties_unspecified", P, R,
  "more_than", 200, "more than 200 servicemen", "period", notes="past day")

# x02 -- Korean newspaper (outlet not named); briefing figures relayed by Rep. Kang
KANG = "Kang Tae-ho"
G("x02", None, "author", "", "north_korean", "killed_or_wounded", P, R,
  "approximate", 4700, "About 4,700", "cumulative", derived="some 2,700 wounded",
  notes="headline figure made by the outlet: 2,000 killed + 2,700 wounded")
G("x02", "some 2,700 wounded", "kr-nis", KANG, "north_korean", "killed", P, R,
  "approximate", 2000, "About 2,000", "cumulative", notes="figures relayed to reporters by Rep. Kang Tae-ho")
G("x02", "some 2,700 wounded", "kr-nis", KANG, "north_korean", "wounded", P, R,
  "approximate", 2700, "some 2,700", "cumulative", notes="figures relayed to reporters by Rep. Kang Tae-ho")
G("x02", "about 15,000 troops", "kr-nis", KANG, "north_korean", "deployed", P, R,
  "approximate", 15000, "about 15,000", "stock", notes="total sent")
G("x02", "about 15,000 troops", "kr-nis", KANG, "north_korean", "deployed", P, R,
  "approximate", 3000, "roughly 3,000", "stock", notes="second group (reinforcement/rotation), part of the 15,000")
G("x02", "about 100 killed or wounded a day", "kr-nis", KANG, "north_korean", "killed_or_wounded",
  "people_per_day", R, "approximate", 100, "about 100", "period", notes="January peak; briefing relayed by Kang")
G("x02", "at least 200 North Korean", "kr-nis", KANG, "north_korean", "missing", P, R,
  "at_least", 200, "at least 200", "cumulative", notes="briefing relayed by Kang")
G("x02", "as many as 6,000", "kr-nis", KANG, "north_korean", "deployed", P, "projected",
  "at_most", 6000, "as many as 6,000", "stock", notes="forecast of additional military engineers")
G("x02", "passed 6,000", "ua-gur", "", "north_korean", "casualties_unspecified", P, R,
  "more_than", 6000, "passed 6,000", "cumulative", notes="as of March")

# x03 -- Ukrainian outlet (not named) on a brigade's claims; the spokesman speaks for the brigade
B = "ua-95th-brigade"
G("x03", "wounded about 210", B, "", "russian_and_north_korean", "killed", P, R,
  "exact", 140, "140", "period", notes="three days of fighting")
G("x03", "wounded about 210", B, "", "russian_and_north_korean", "wounded", P, R,
  "approximate", 210, "about 210", "period", notes="three days of fighting")
G("x03", "at least 60 North Koreans", B, "", "north_korean", "killed", P, R,
  "at_least", 60, "at least 60", "period", notes="among the 140 dead; said by spokesman Capt. Yurii Tkach")
G("x03", "lost 27 men", B, "", "russian", "killed", P, R,
  "exact", 27, "27 men", "incident", notes="attack of Feb. 17; spokesman Tkach")
G("x03", "three Russian soldiers prisoner", B, "", "russian", "captured", P, R,
  "exact", 3, "three Russian soldiers", "period", notes="spokesman Tkach")
G("x03", "suffered losses too", B, "", "ukrainian", "casualties_unspecified", P, R,
  "none", None, "suffered losses", "unspecified")
G("x03", "averaged about 45", B, "", "russian", "killed_or_wounded", "people_per_day", R,
  "approximate", 45, "about 45", "period", notes="since the start of February, brigade's sector")
G("x03", "hit 86", "ua-birds-of-magyar", "", "russian", "killed_or_wounded", P, R,
  "exact", 86, "86", "period", notes="the same three days")
G("x03", "hit 86", "ua-birds-of-magyar", "", "russian", "killed", P, R,
  "exact", 41, "41", "period", notes="41 of the 86 hit")

# x04 -- Russian state media; TASS names itself in the dateline
TS = "TASS"
G("x04", "MOSCOW, April 28", "ru-mod", TS, "ukrainian", "killed_or_wounded", P, R,
  "more_than", 70000, "more than 70,000", "cumulative")
G("x04", "over 30,000 were killed", "ru-mod", TS, "ukrainian", "killed", P, R,
  "more_than", 30000, "over 30,000", "cumulative")
G("x04", "More than 700 Ukrainian", "ru-mod", TS, "ukrainian", "captured", P, R,
  "more_than", 700, "More than 700", "cumulative")
G("x04", "minimal losses", "ru-mod", TS, "russian", "casualties_unspecified", P, R,
  "none", None, "minimal losses", "unspecified")
G("x04", "numbering about 12,000", "ru-mod-source-unnamed", TS, "north_korean", "deployed", P, R,
  "approximate", 12000, "about 12,000", "stock")
G("x04", "up to 1,240", "ru-mod", TS, "ukrainian", "casualties_unspecified", P, R,
  "at_most", 1240, "up to 1,240", "period", notes="area=whole_war; past day, all areas")
G("x04", "up to 45 servicemen", "ru-mod", TS, "ukrainian", "casualties_unspecified", P, R,
  "at_most", 45, "up to 45 servicemen", "period", notes="past day, Kursk border area")
G("x04", "hundreds of wounded", "ua-command-sources", TS, "ukrainian", "wounded", P, R,
  "vague", (200, 999), "hundreds", "incident",
  notes="retreat from Sudzha; the unnamed 'Western media' are not listed as a relay")

# x05 -- think-tank assessment in its own voice; it defines casualties as killed, wounded and missing
KWM = "killed_wounded_or_missing"
G("x05", "most likely number between", "author", "", "north_korean", KWM, P, R,
  "range", (4000, 5500), "between 4,000 and 5,500", "cumulative")
G("x05", "put out of action", "author", "", "north_korean", KWM, "percent_of_force", R,
  "approximate", 33.33, "roughly a third", "cumulative", notes="share of the initial contingent")
G("x05", "put out of action", "author", "", "north_korean", "deployed", P, R,
  "approximate", 11000, "about 11,000", "stock", notes="initial contingent")
G("x05", "put out of action", "author", "", "north_korean", KWM, "percent_of_force", R,
  "approximate", 50, "nearly half", "cumulative", notes="share in frontline assault units")
G("x05", "roughly 1,000 men a week", "author", "", "north_korean", KWM, "people_per_week", R,
  "approximate", 1000, "roughly 1,000 men a week", "period", notes="January")
G("x05", "about 150 a week", "author", "", "north_korean", KWM, "people_per_week", R,
  "approximate", 150, "about 150 a week", "period", notes="current rate")
G("x05", "pass 6,000", "author", "", "north_korean", KWM, P, "conditional",
  "more_than", 6000, "pass 6,000", "cumulative", notes="projected total by end of June if the rate persists")
G("x05", "as many as 2,000 a month", "author", "", "north_korean", KWM, "people_per_month", "conditional",
  "at_most", 2000, "as many as 2,000 a month", "period", notes="area=other_front; if committed in Sumy region, over the summer")
G("x05", "a further 3,000 to 5,000", "author", "", "north_korean", "deployed", P, "projected",
  "range", (3000, 5000), "3,000 to 5,000", "stock", notes="forecast of additional troops by late summer")
G("x05", "Our range sits below", "ua-gur", "", "north_korean", "killed_or_wounded", P, R,
  "approximate", 6000, "about 6,000", "cumulative", notes="as of March")
G("x05", "Our range sits below", "kr-nis", "", "north_korean", "killed_or_wounded", P, R,
  "exact", 4700, "4,700", "cumulative")
G("x05", "20,000 to 30,000", "author", "", "russian", "killed_or_wounded", P, R,
  "range", (20000, 30000), "20,000 to 30,000", "cumulative", notes="low confidence; since August 2024")
G("x05", "heavy losses in the Kursk salient", "author", "", "ukrainian", "casualties_unspecified", P, R,
  "none", None, "heavy losses", "unspecified")

# x06 -- broadcaster naming itself (ABN News); casualties defined as killed and wounded
AB = "ABN News"
G("x06", "both killed and wounded", "us-officials", AB, "north_korean", "killed_or_wounded", P, R,
  "vague", (200, 999), "hundreds", "cumulative")
for cid in ("us-officials", "kr-officials"):
    G("x06", "at least 100 of them", cid, AB, "north_korean", "killed", P, R,
      "at_least", 100, "at least 100", "cumulative", notes="'them' = the North Korean casualties")
G("x06", "dozens of men a day", "us-officials", AB, "north_korean", "casualties_unspecified", "people_per_day", R,
  "vague", (24, 99), "dozens", "period", notes="last week")
G("x06", "an entire platoon", "us-officials", AB, "north_korean", "killed", "platoons", R,
  "exact", 1, "an entire platoon", "incident")
G("x06", "11,000 to 12,000", "us-dod", AB, "north_korean", "deployed", P, R,
  "range", (11000, 12000), "11,000 to 12,000", "stock")
G("x06", "exceed 3,000", "us-officials", AB, "north_korean", "killed_or_wounded", P, "conditional",
  "more_than", 3000, "exceed 3,000", "cumulative",
  notes="projected total by end of January; casualties as defined in the text (killed and wounded)")
G("x06", "taken heavy losses", "us-officials", AB, "russian", "casualties_unspecified", P, R,
  "none", None, "heavy losses", "unspecified")
G("x06", "more than 700,000", "us-officials", AB, "russian", "killed_or_wounded", P, R,
  "more_than", 700000, "more than 700,000", "cumulative", notes="area=whole_war; US estimates")

# x07 -- North Korean state media; KCNA names itself in the dateline; its own voice is author
KC = "KCNA"
G("x07", "in their thousands", "author", "", "north_korean", "deployed", P, R,
  "vague", (2000, 9999), "in their thousands", "stock")
G("x07", "more than 3,000 Ukrainian", "kp-supreme-commander", KC, "ukrainian", "killed", P, R,
  "more_than", 3000, "more than 3,000", "cumulative")
G("x07", "laid down their lives", "kp-supreme-commander", KC, "north_korean", "killed", P, R,
  "none", None, "laid down their lives", "unspecified")
G("x07", "more than 1,500 wounded", "kp-kpa-general-staff", KC, "north_korean", "wounded", P, R,
  "more_than", 1500, "more than 1,500", "cumulative")
G("x07", "up to 400 men a day", "kp-kpa-general-staff", KC, "ukrainian", "casualties_unspecified", "people_per_day", R,
  "at_most", 400, "up to 400 men a day", "period", notes="March")
G("x07", "more than 800 enemy", "kp-kpa-general-staff", KC, "ukrainian", "killed_or_captured", P, R,
  "more_than", 800, "more than 800", "incident", notes="battle for Sudzha")
G("x07", "1,200 sappers", "kp-kpa-general-staff", KC, "north_korean", "deployed", P, "projected",
  "exact", 1200, "1,200 sappers", "stock", notes="to be dispatched")
G("x07", "1,200 sappers", "kp-kpa-general-staff", KC, "north_korean", "deployed", P, "projected",
  "exact", 4000, "4,000 military builders", "stock", notes="to be dispatched")

# x08 -- live blog (outlet not named)
G("x08", "1,380 troops", "ua-general-staff", "", "russian", "casualties_unspecified", P, R,
  "exact", 1380, "1,380 troops", "period", notes="area=whole_war; past day")
G("x08", "1,380 troops", "ua-general-staff", "", "russian", "casualties_unspecified", P, R,
  "approximate", 889000, "about 889,000", "cumulative", notes="area=whole_war; since February 2022")
G("x08", "well over a hundred", "ua-mazur", "", "russian", "casualties_unspecified", P, R,
  "more_than", 100, "well over a hundred", "period", notes="past 48 hours")
G("x08", "up to 2,000 Ukrainian", "ru-mod", "", "ukrainian", "killed", P, R,
  "at_most", 2000, "up to 2,000", "period", notes="five days")
G("x08", "about 1,200 personnel a day", "uk-mod", "", "russian", "casualties_unspecified", "people_per_day", R,
  "approximate", 1200, "about 1,200 personnel a day", "period", notes="area=whole_war; this month")
G("x08", "about 200 North Korean", "ua-gur", "", "north_korean", "killed_or_wounded", P, R,
  "approximate", 200, "about 200", "period", notes="over the weekend")
G("x08", "hundreds of soldiers missing", "ua-mp-fedorenko", "", "ukrainian", "missing", P, R,
  "vague", (200, 999), "hundreds", "period", notes="since the withdrawal began")
G("x08", "possibly around 3,000", "kr-jcs", "", "north_korean", "deployed", P, "projected",
  "approximate", 3000, "around 3,000", "stock", notes="forecast of additional troops")
G("x08", "possibly around 3,000", "kr-jcs", "", "north_korean", "casualties_unspecified", P, R,
  "none", None, "heavy losses", "unspecified")
G("x08", "By our count", "author", "", "north_korean", "deployed", P, "projected",
  "approximate", 14000, "roughly 14,000", "stock", notes="total if the additional troops are sent")
G("x08", "By our count", "author", "", "north_korean", "deployed", P, R,
  "exact", 11000, "11,000", "stock", notes="first contingent")


# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


H("x01", "about 3,800 North Korean")
T("x01", "14 photographs", "count of photographs")
T("x01", "200 long-range artillery", "equipment")
T("x01", "Aug. 6, 2024", "date, war name")
T("x01", "40,000 times", "views, duration")
T("x02", "Posted : 2025", "stand-alone date line")
T("x02", "two days before", "duration")
T("x02", "11 times", "count of factory visits")
T("x02", "nearly three hours", "duration, date")
H("x03", "wounded about 210")
T("x03", "minus 15 degrees", "temperature")
T("x03", "5,500", "population, distance")
T("x03", "formed in 1992", "unit number, year")
T("x03", "1.3 million views", "views")
H("x04", "MOSCOW, April 28")
T("x04", "410 tanks", "equipment")
T("x04", "810th Guards", "unit number")
T("x04", "1,268 square", "area, count of settlements, year")
H("x05", "put out of action")
T("x05", "Published 12 May", "stand-alone date line")
T("x05", "214 geolocated", "counts of sources")
T("x05", "170mm", "calibre")
H("x06", "both killed and wounded")
T("x06", "1,000 square", "area")
T("x06", "KN-23", "missiles, year")
T("x06", "$60 billion", "money, dates")
T("x07", "Pyongyang, August 22", "dateline date; no figure")
T("x07", "10,000 citizens", "count of spectators, not troops")
T("x07", "December 4", "date")
T("x07", "three pages", "page count")
T("x07", "80th anniversary", "anniversary")
T("x08", "day 1,114", "day count of the war")
for ts in ("09:05", "09:48", "10:20", "11:47", "12:30", "13:02", "14:15", "15:55", "16:40"):
    T("x08", ts + " GMT", "stand-alone time line")
T("x08", "Air raid alerts", "regions, drones")

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
