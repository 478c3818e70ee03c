"""Build dev-set-9: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). Gold quotes and trap sentences are picked by a unique substring,
so every quote is verbatim. Run from the dev-set-9 folder:

    python3 tools/build.py && python3 ../check_curated_set.py .
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {}

# ---- q01: AP story ---------------------------------------------------------
DOCS["q01-ap-failed-assault"] = [
    ["Ukrainian brigade says dozens of North Koreans died in failed Kursk assault; Moscow denies it"],
    ["KYIV, Ukraine (AP) — A Ukrainian air assault brigade said Thursday that its troops had repelled a dawn attack by North Korean infantry near the village of Zarechny Log in Russia’s Kursk region, killing at least 62 soldiers and wounding about 40 more.",
     "The brigade’s press officer, Capt. Dmytro Savchuk, said the assault began shortly after 5 a.m. on Jan. 9, when two columns of infantry crossed open, snow-covered fields without armored support.",
     "“They walked into our mines, and then our drones found the rest,” Savchuk said."],
    ["He said the brigade’s drone operators alone accounted for 27 of the dead, and that three North Korean soldiers had been taken prisoner.",
     "The brigade’s own losses were light, he said, without giving a number.",
     "The AP could not independently verify the claims, and drone footage released by the brigade could not be geolocated."],
    ["Savchuk, 34, a former history teacher from Poltava, has served with the brigade since it was formed in 2023.",
     "Zarechny Log, a village of about 300 people before the war, lies roughly 8 kilometers (5 miles) from the Ukrainian border."],
    ["Russia’s Defense Ministry denied that any North Korean assault had taken place in the area.",
     "In its daily briefing, the ministry said instead that Russian forces had repelled four Ukrainian attacks near Zarechny Log and that Ukrainian losses over the day amounted to up to 90 servicemen.",
     "A pro-Kremlin military blogger, writing on Telegram, said the North Korean units in the sector had lost “no more than a dozen men” over the whole week."],
    ["Ukrainian and Western officials estimate that about 11,000 North Korean troops were sent to the Kursk region in the autumn of 2024, and that several thousand more are expected to arrive in the coming weeks.",
     "South Korea’s National Intelligence Service said earlier this month that roughly 3,000 North Koreans had been killed or wounded since the deployment began.",
     "Moscow and Pyongyang have not acknowledged the deployment."],
    ["Ukraine’s General Staff said separately on Thursday that Russian and North Korean forces had lost about 1,500 troops in the Kursk region over the previous week, a figure that could not be verified either."],
]

# ---- q02: Chosun Ilbo ------------------------------------------------------
DOCS["q02-chosun-nis-understated"] = [
    ["Lawmaker says NIS understates North Korean losses in Russia"],
    ["Posted : 2025-11-12 10:41 | Updated : 2025-11-12 15:03"],
    ["An opposition lawmaker on the National Assembly’s Intelligence Committee claimed on Tuesday that the National Intelligence Service is understating how many North Korean soldiers have been killed and wounded fighting for Russia.",
     "Rep. Kang Min-seok of the People Power Party said the true number of North Korean killed and wounded was “at least 6,000,” well above the figure the spy agency gave lawmakers last month."],
    ["In a closed-door briefing on Oct. 28, the NIS told the committee that about 4,700 North Korean soldiers had been killed or wounded since the deployment began, including some 2,000 deaths, according to Rep. Yoo Sang-beom, the committee’s secretary from the ruling Democratic Party.",
     "Yoo quoted the agency as saying that roughly 40 percent of the North Korean troops first deployed had been killed or wounded.",
     "The briefing lasted about three hours, according to lawmakers who attended."],
    ["Kang said his estimate drew on figures from Ukraine’s military intelligence agency, the HUR, shared with a parliamentary delegation that visited Kyiv in October.",
     "Those figures put North Korean losses at more than 6,500 killed and wounded, he said.",
     "He also said about 200 North Korean soldiers were missing, a category the NIS does not report.",
     "Kang cited the NIS’s own earlier finding that casualties had run at around 30 a day during the heaviest fighting in February.",
     "“The agency is rounding down to avoid diplomatic friction with Moscow,” Kang told the Chosun Ilbo in a telephone interview."],
    ["Kang, 54, a former army colonel, was first elected in 2020 from a constituency in North Gyeongsang Province.",
     "The committee’s 12 members receive NIS briefings roughly once a month."],
    ["The NIS rejected the claim in a statement on Wednesday, saying its assessment was “based on multiple sources and cross-checked with allied agencies.”",
     "The spy agency said North Korea had sent about 1,000 additional troops to Russia’s Kursk region in September as reinforcements, and that some 5,000 military construction workers were expected to arrive by the end of the year.",
     "It did not give a new casualty figure."],
]

# ---- q03: Le Monde-style analysis -----------------------------------------
DOCS["q03-lemonde-conscripts"] = [
    ["In Kursk, the conscripts Moscow said it would never send to war"],
    ["Young men doing their compulsory service guarded the border that Ukraine crossed, and their families are still counting the cost."],
    ["When Ukrainian troops crossed into the Kursk region in August 2024, the border was held largely by conscripts, young men serving their compulsory twelve months.",
     "Officially, conscripts are not sent to the “special military operation”, and the Defence Ministry insisted at the time that none were taking part in combat."],
    ["Spisok Pamyati (“Memory List”), an independent project that collects obituaries and funeral notices, had confirmed by name 1,140 Russian servicemen killed in the Kursk region by the end of November 2025.",
     "Of those, 212 were conscripts, or about 19%.",
     "In the first three weeks of the incursion, the proportion was far higher: conscripts made up nearly half of the dead identified by the project.",
     "After the General Staff pulled most conscript units back from the border in the autumn of 2024, it fell to below 5% for the whole of 2025."],
    ["The project’s count is a floor: Ukraine’s General Staff puts Russian and North Korean losses in the Kursk region at more than 60,000 killed and wounded.",
     "“The conscripts were a cheap shield, and the families understood it very quickly,” says Irina Volkova, a sociologist who studies military families and now works in exile in Riga."],
    ["A committee of soldiers’ mothers in the Kursk region says it has received complaints about at least 90 conscripts who have been missing since August 2024.",
     "Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War said in January that conscripts made up about a third of the several hundred Russian soldiers captured in Kursk.",
     "In a prisoner exchange on 5 February, 150 Russian soldiers, 38 of them conscripts, were returned home."],
    ["Russia calls up about 150,000 men twice a year, in spring and in autumn.",
     "The Kremlin raised the upper age limit for conscription from 27 to 30 in 2023.",
     "For the Kremlin, dead conscripts are politically costlier than dead contract soldiers, who can receive signing bonuses of several million roubles."],
    ["This article was translated from the French."],
]

# ---- q04: Ukrainian General Staff post -------------------------------------
DOCS["q04-genstaff-facebook"] = [
    ["[Translated from a post on the official Facebook page of the General Staff of the Armed Forces of Ukraine, 15 March 2025, 07:40]"],
    ["Operational information as of 08:00 on 15.03.2025 regarding the russian invasion."],
    ["The enemy’s total combat losses from 24.02.22 to 15.03.25 amounted to approximately 896,350 personnel.",
     "Over the past day, the occupiers lost 1,310 personnel."],
    ["Equipment losses over the same period: tanks – 10,226 (+8), armoured combat vehicles – 21,302 (+14), artillery systems – 25,410 (+41), MLRS – 1,290 (+2), air defence systems – 1,087 (+1).",
     "Aircraft – 370, helicopters – 331, operational-tactical UAVs – 27,830 (+112), cruise missiles – 3,050, warships/boats – 28, submarines – 1.",
     "Vehicles and fuel tankers – 39,870 (+95), special equipment – 3,720 (+3)."],
    ["In total, 178 combat clashes took place along the front line over the past day.",
     "The enemy launched 3 missile strikes and 71 air strikes, dropping 109 guided aerial bombs, and used 1,240 kamikaze drones."],
    ["In the Kursk direction, our defenders repelled 23 enemy assaults over the past day.",
     "The enemy lost 146 servicemen in this direction, 31 of them soldiers of the Korean People’s Army.",
     "Over the past week, units of the Defence Forces captured 4 North Korean soldiers in the Kursk region.",
     "Since the beginning of the year, the russian-North Korean grouping in the Kursk direction has lost more than 19,000 people killed and wounded.",
     "The enemy continues to suffer significant losses in its attempts to advance near Sudzha."],
    ["The data are being updated.", "Beat the occupier! Together we will win!"],
]

# ---- q05: ISW-style special report ----------------------------------------
DOCS["q05-isw-adaptation"] = [
    ["Special Report: North Korean Forces Adapt After Costly First Assaults in Kursk"],
    ["Daniel Okafor and Marit Solberg"],
    ["March 4, 2025"],
    ["North Korean forces in Kursk Oblast have adapted their tactics since their first large-scale assaults in mid-December 2024, shifting from massed infantry advances across open terrain to smaller assault groups supported by drones and artillery.",
     "ISW assessed in December that North Korean assault groups routinely lost up to a company in a single attack during the first weeks of fighting."],
    ["The table accompanying this report, compiled by ISW from Ukrainian General Staff statements, tracks reported North Korean killed and wounded over three periods.",
     "For 16 to 31 December 2024, the table records roughly 1,100 North Korean killed and wounded, or about 70 per day by ISW’s calculation.",
     "The January 2025 row shows about 1,800 killed and wounded, of which Ukraine’s Main Intelligence Directorate (GUR) separately attributed about 500 to drone strikes.",
     "February’s row falls sharply, to roughly 600, which ISW assesses reflects a pause for reconstitution and fewer frontal assaults rather than any collapse in fighting strength.",
     "The last column gives a running total of roughly 3,500 North Korean killed and wounded by the end of February, out of an initial deployment that South Korea’s National Intelligence Service put at about 11,000."],
    ["North Korean units now reportedly attack in groups of three to five men rather than in platoon-sized columns, and have begun to field their own drone operators.",
     "ISW has geolocated at least 40 videos of North Korean drone operators since mid-January.",
     "A second rotation, which ISW assesses numbers up to 3,000 troops, began arriving in Kursk Oblast in January.",
     "North Korean units nonetheless continued to suffer significant losses in assaults near Sverdlikovo in late February, according to Russian milbloggers."],
    ["If current tactics hold, ISW assesses that North Korean losses will remain below 300 killed and wounded per week through the spring.",
     "North Korea has also supplied Russia with roughly 200 self-propelled guns and 250 multiple rocket launchers, according to the same Ukrainian statements."],
]

# ---- q06: WSJ-style prisoners story ----------------------------------------
DOCS["q06-wsj-prisoners"] = [
    ["North Korean POWs Say 160 of 200 Men in One Company Were Killed or Wounded"],
    ["Soldiers held in Ukraine describe being sent across open fields in Kursk with little training and no way back"],
    ["KYIV, Ukraine—The two North Korean soldiers in a detention center outside the capital were captured within days of each other in January, after their units were sent across open fields near the Russian village of Nizhnyaya Sosnovka.",
     "One, a 21-year-old rifleman from the port city of Hamhung, said he joined the army at 17; the other, 26, is a sniper from a farming village in North Hwanghae province.",
     "In interviews with The Wall Street Journal arranged by Ukraine’s SBU security service, the men asked to be identified only by their family names, Ri and Paek.",
     "Each interview lasted about two hours and was conducted through a Korean-language interpreter."],
    ["Ri said his company was told it was going to Russia for training and learned only on arrival that it would fight.",
     "Of the roughly 200 men in his company, about 160 were killed or wounded in the first three weeks, he said.",
     "“We ran at their positions and the drones came down on us,” Ri said.",
     "Ri, whose parents and two younger sisters still live in Hamhung, said he had not been able to contact them since leaving in October 2024."],
    ["Paek said his platoon of 30 lost 11 men in a single assault on Jan. 14 and that nobody came to take the wounded away.",
     "Both men said they had been told to blow themselves up with grenades rather than be captured, and Paek said at least two men from his platoon had done so.",
     "Paek said he received 10 days of drone-evasion training in Russia’s Far East before being sent to the front."],
    ["A Ukrainian officer who oversaw the interrogations, speaking on condition of anonymity, said the men’s accounts suggested their regiment had lost more than half its strength by early February.",
     "The SBU says it holds six North Korean prisoners, all captured in the Kursk region.",
     "American and South Korean officials say North Korea has sent about 14,000 troops to Russia in all, including roughly 3,000 reinforcements who arrived early this year."],
]

# ---- q07: Russian regional news site ---------------------------------------
DOCS["q07-regional-funeral"] = [
    ["Krasnoye Pole says farewell to three fellow countrymen who fell in the Kursk region"],
    ["12.03.2025 14:20 | Views: 2341"],
    ["On Wednesday, residents of Krasnoye Pole said goodbye to three fellow countrymen who were killed in February in the fighting to liberate the Kursk region from Ukrainian formations.",
     "The youngest, Private Alexei Gusev, was 20; the oldest, Sergeant Nikolai Rybin, was 47 and had signed a contract in 2023.",
     "The funeral service at the Church of St. Nicholas, built in 1889, was attended by about 300 people."],
    ["The head of the district, Viktor Zhukov, said that 31 men from the district have now died in the special military operation, 14 of them in the Kursk region.",
     "“They stood for their Motherland and will not be forgotten,” Zhukov said."],
    ["Governor Sergei Pronin said in his Telegram channel on Tuesday that 1,214 residents of the region had died in the special military operation since February 2022, including 187 in the fighting for the Kursk region.",
     "More than 400 of the region’s servicemen have been wounded in the Kursk fighting and treated at the regional hospital, Pronin said.",
     "According to the regional military enlistment office, another 96 residents are listed as missing in the Kursk region.",
     "Pronin promised that every family of the fallen would receive a one-off regional payment of 1 million roubles on top of federal compensation.",
     "He said the region’s units had inflicted heavy losses on the enemy near Sudzha."],
    ["According to the Russian Defence Ministry, the enemy has lost more than 65,000 servicemen in the Kursk direction since August 2024.",
     "Eternal memory to the heroes!"],
]

# ---- q08: NHK World-style script -------------------------------------------
DOCS["q08-nhk-defense-minister"] = [
    ["NHK WORLD-JAPAN NEWSLINE | Broadcast script | September 5, 2025"],
    ["ANCHOR: Japan’s Defense Minister Sakurai Hiroshi says North Korean troops fighting for Russia have suffered heavy losses, and that Pyongyang is learning lessons from the war that could threaten Japan."],
    ["REPORTER: Speaking to reporters in Tokyo on Friday, Sakurai said that, based on information gathered with Japan’s allies, around 2,000 North Korean soldiers have been killed in Russia’s Kursk region.",
     "He said about 6,000 have been killed or wounded in total, out of roughly 15,000 sent to Russia since last year.",
     "The minister added that several hundred more are unaccounted for."],
    ["Sakurai also said North Korea could send as many as 6,000 additional personnel, including military engineers and deminers, by the end of this year.",
     "He said the troops are gaining real combat experience, especially with drones, and called that a grave concern for the security of Japan and the region."],
    ["South Korea’s Joint Chiefs of Staff said on Thursday that it puts North Korean casualties at about 5,000.",
     "The Japanese government has not independently confirmed the figures.",
     "North Korea fired two short-range ballistic missiles toward the Sea of Japan on Monday, the ministry said."],
    ["Sakurai is due to travel to Seoul on the 18th for talks with his South Korean counterpart, and the government is expected to request a record 8.8 trillion yen defense budget for fiscal 2026.",
     "ANCHOR: Stay with NHK WORLD-JAPAN for more news."],
]

# ---- q09: Reuters timeline -------------------------------------------------
DOCS["q09-reuters-timeline"] = [
    ["TIMELINE-North Korean troops in Russia’s war: key moments of 2025"],
    ["Dec 29 (Reuters) - North Korea sent thousands of troops to fight for Russia in the Kursk region, where they suffered heavy losses before Moscow declared the area retaken in April.",
     "Here is a timeline of key events:"],
    ["JUNE 19, 2024 - Russia and North Korea sign a mutual defence treaty."],
    ["DEC 23, 2024 - Ukraine’s military intelligence agency says North Korean troops in Kursk have suffered more than 3,000 casualties, including about 1,000 killed."],
    ["JAN 11 - Ukraine’s SBU security service says two wounded North Korean soldiers have been captured in Kursk, the first taken alive."],
    ["FEB 10 - South Korea’s National Intelligence Service says about 400 North Korean troops have been killed and 2,500 wounded."],
    ["MARCH 7 - The Institute for the Study of War says Russian and North Korean forces in Kursk suffered an estimated 1,200 casualties a week in the first week of March."],
    ["MARCH 30 - Russia and Ukraine agree to a 30-day halt to strikes on energy infrastructure."],
    ["APRIL 26 - Russia’s General Staff declares the Kursk region fully liberated, saying Ukraine lost more than 76,000 troops there since August 2024."],
    ["APRIL 28 - North Korea’s state news agency KCNA confirms for the first time that troops were sent to Kursk and praises the dead as heroes without saying how many fell."],
    ["MAY 14 - Ukraine’s General Staff says Russian forces lost about 1,300 troops a day across the whole front in April."],
    ["JUNE 17 - Russia’s Security Council says North Korea will send 1,000 deminers and 5,000 military builders to the Kursk region."],
    ["JULY 22 - A Ukrainian army corps says Russian forces lost some 5,000 troops in a month of assaults near Pokrovsk in Donetsk."],
    ["AUG 9 - Russia’s Defence Ministry says Ukrainian forces lost up to 200 troops in a failed attempt to re-enter the Kursk region near Novy Put."],
    ["SEPT 3 - South Korea’s NIS tells lawmakers about 2,000 North Korean soldiers have died in Russia."],
    ["OCT 2 - Ukrainian military intelligence says some 11,000 North Korean troops remain in the Kursk region."],
    ["NOV 5 - North Korea test-fires a new solid-fuel intercontinental ballistic missile, its first in 11 months."],
    ["NOV 20 - A Ukrainian drone unit says it killed 17 North Korean soldiers in a single strike on a training ground."],
    ["DEC 15 - Britain’s Defence Ministry says Russia suffered around 1,000 casualties a day in November and that its killed and wounded in the war will exceed 1.2 million by mid-2026 if current rates continue."],
]

# ---- q10: Atlantic Council-style blog post ----------------------------------
DOCS["q10-blog-afghanistan"] = [
    ["North Korea’s Kursk losses are modest by Soviet standards. That should worry us, not reassure us."],
    ["By Helena Marsh"],
    ["December 10, 2025"],
    ["In a year of fighting in and around Russia’s Kursk region, North Korea has lost somewhere between 5,000 and 7,000 soldiers killed or wounded, according to the most credible Western government estimates.",
     "That is a heavy toll for a deployment of roughly 14,000, but it is not, by historical standards, a catastrophe.",
     "The Soviet Union lost about 15,000 soldiers killed in nearly ten years in Afghanistan, from a contingent that peaked at around 115,000."],
    ["Measured by the month, however, Pyongyang’s losses have been far steeper: roughly 500 killed or wounded a month in Kursk, against a Soviet average of about 125 killed a month in Afghanistan.",
     "Moscow in the 1980s eventually had to answer to grieving mothers; Kim Jong Un does not."],
    ["The pace has slowed since the spring, to roughly 300 casualties a month, as North Korean units have moved into engineering, mine-clearing and rear-guard roles.",
     "If that pace holds, I expect North Korea’s total killed and wounded to pass 9,000 by the end of 2026.",
     "Whatever happens at the front, I expect Pyongyang to rotate at least 10,000 more troops through Russia in 2026, most of them builders and sappers rather than assault infantry.",
     "I also expect mine clearance alone to cost North Korea 1,000 to 2,000 additional casualties next year.",
     "Ukrainian military intelligence says demining in Kursk has already killed dozens of North Korean sappers."],
    ["Russia’s own losses in Kursk dwarf North Korea’s: the UK Ministry of Defence estimated in July that Russian forces had suffered more than 40,000 casualties in the region since August 2024.",
     "Ukraine, for its part, lost a significant but undisclosed number of troops in the incursion, and Kyiv has never published a figure.",
     "The real lesson of the Soviet comparison is political, and Pyongyang’s neighbours should not find it comforting."],
    ["North Korea’s economy grew by an estimated 3.7 percent in 2024, Seoul’s central bank says, helped by Russian payments.",
     "Russia has also shipped Pyongyang more than 1 million barrels of oil since March 2023, by one estimate."],
    ["Helena Marsh is a nonresident senior fellow and spent 14 years as an analyst at the US Defense Intelligence Agency."],
]

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
    "ua-219th-brigade": "Ukrainian air assault brigade (press officer Capt. Dmytro Savchuk)",
    "ru-mod": "Russian Ministry of Defence",
    "ru-blogger-unnamed": "Pro-Kremlin military blogger (unnamed, Telegram)",
    "ua-officials": "Ukrainian officials (unnamed)",
    "western-officials": "Western officials (unnamed)",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "kr-mp-kang": "Kang Min-seok, South Korean lawmaker (People Power Party)",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "spisok-pamyati": "Spisok Pamyati (Memory List), independent Russian obituary-counting project",
    "ru-soldiers-mothers-kursk": "Committee of soldiers' mothers, Kursk region",
    "ua-coordination-hq": "Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)",
    "ru-milbloggers": "Russian milbloggers (unnamed)",
    "kp-pow-ri": "Ri, North Korean prisoner of war (rifleman)",
    "kp-pow-paek": "Paek, North Korean prisoner of war (sniper)",
    "ua-officer-unnamed": "Ukrainian officer overseeing interrogations (unnamed)",
    "ua-sbu": "Security Service of Ukraine (SBU)",
    "us-officials": "US officials (unnamed)",
    "kr-officials": "South Korean officials (unnamed)",
    "ru-district-head-zhukov": "Viktor Zhukov, head of the Krasnoye Pole district",
    "ru-governor-pronin": "Sergei Pronin, regional governor (Russia)",
    "ru-enlistment-office": "Regional military enlistment office (Russia)",
    "jp-defense-minister-sakurai": "Sakurai Hiroshi, Japan's Defense Minister",
    "kr-jcs": "South Korea's Joint Chiefs of Staff",
    "isw": "Institute for the Study of War",
    "ru-general-staff": "General Staff of the Russian Armed Forces",
    "kp-kcna": "Korean Central News Agency (KCNA), North Korean state media",
    "ru-security-council": "Security Council of the Russian Federation",
    "ua-army-corps-unnamed": "Ukrainian army corps near Pokrovsk (unnamed)",
    "ua-drone-unit-unnamed": "Ukrainian drone unit (unnamed)",
    "uk-mod": "UK Ministry of Defence",
    "western-governments": "Western government estimates (unnamed)",
}
AUTHOR_NAMES = {
    "q04": "The post's own voice (General Staff of the Armed Forces of Ukraine)",
    "q05": "The report's own voice (Institute for the Study of War)",
    "q10": "The blog's own voice (Helena Marsh)",
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


def G(short, key, cid, relays, whose, measure, counted, modality, qual, v, caw, scope,
      derived=None, notes=""):
    name = AUTHOR_NAMES.get(short, C[cid]) if cid == "author" else C[cid]
    low, best, high = bounds(qual, v)
    GOLD.append(["texts/" + SHORT[short] + ".txt", find(short, key), cid, name, relays,
                 whose, measure, counted, modality, qual, low, best, high, caw, scope,
                 find(short, derived) if derived else "", notes])


AP = "Associated Press"
# q01
G("q01", "dozens of North Koreans died", "author", "", "north_korean", "killed", "people",
  "reported", "vague", (24, 99), "dozens", "incident", derived="at least 62",
  notes="headline figure the outlet made from the brigade's 'at least 62'")
G("q01", "at least 62", "ua-219th-brigade", AP, "north_korean", "killed", "people", "reported",
  "at_least", 62, "at least 62", "incident", notes="claim voiced by the brigade's press officer")
G("q01", "at least 62", "ua-219th-brigade", AP, "north_korean", "wounded", "people", "reported",
  "approximate", 40, "about 40", "incident")
G("q01", "accounted for 27", "ua-219th-brigade", AP, "north_korean", "killed", "people", "reported",
  "exact", 27, "27", "incident", notes="subset of the 62 dead, attributed to drones")
G("q01", "accounted for 27", "ua-219th-brigade", AP, "north_korean", "captured", "people", "reported",
  "exact", 3, "three", "incident")
G("q01", "losses were light", "ua-219th-brigade", AP, "ukrainian", "casualties_unspecified", "people",
  "reported", "none", None, "light", "incident", notes="no figure given")
G("q01", "up to 90 servicemen", "ru-mod", AP, "ukrainian", "casualties_unspecified", "people",
  "reported", "at_most", 90, "up to 90", "period", notes="one day's losses (daily briefing)")
G("q01", "no more than a dozen", "ru-blogger-unnamed", AP, "north_korean", "casualties_unspecified",
  "people", "reported", "at_most", 12, "no more than a dozen", "period", notes="over one week")
for cid in ("ua-officials", "western-officials"):
    G("q01", "about 11,000 North Korean troops were sent", cid, AP, "north_korean", "deployed", "people",
      "reported", "approximate", 11000, "about 11,000", "stock")
    G("q01", "about 11,000 North Korean troops were sent", cid, AP, "north_korean", "deployed", "people",
      "projected", "vague", (3000, 9999), "several thousand", "stock",
      notes="forecast of additional troops")
G("q01", "roughly 3,000 North Koreans", "kr-nis", AP, "north_korean", "killed_or_wounded", "people",
  "reported", "approximate", 3000, "roughly 3,000", "cumulative")
G("q01", "about 1,500 troops", "ua-general-staff", AP, "russian_and_north_korean",
  "casualties_unspecified", "people", "reported", "approximate", 1500, "about 1,500", "period",
  notes="over the previous week")

# q02
CH = "Chosun Ilbo"
G("q02", "at least 6,000", "kr-mp-kang", CH, "north_korean", "killed_or_wounded", "people", "reported",
  "at_least", 6000, "at least 6,000", "cumulative")
G("q02", "about 4,700 North Korean", "kr-nis", "Yoo Sang-beom > " + CH, "north_korean",
  "killed_or_wounded", "people", "reported", "approximate", 4700, "about 4,700", "cumulative")
G("q02", "about 4,700 North Korean", "kr-nis", "Yoo Sang-beom > " + CH, "north_korean", "killed",
  "people", "reported", "approximate", 2000, "some 2,000", "cumulative", notes="'deaths'")
G("q02", "roughly 40 percent", "kr-nis", "Yoo Sang-beom > " + CH, "north_korean", "killed_or_wounded",
  "percent_of_force", "reported", "approximate", 40, "roughly 40 percent", "cumulative",
  notes="share of the troops first deployed")
G("q02", "more than 6,500", "ua-gur", "Kang Min-seok > " + CH, "north_korean", "killed_or_wounded",
  "people", "reported", "more_than", 6500, "more than 6,500", "cumulative",
  notes="HUR figures shared with a parliamentary delegation")
G("q02", "about 200 North Korean soldiers were missing", "kr-mp-kang", CH, "north_korean", "missing",
  "people", "reported", "approximate", 200, "about 200", "cumulative")
G("q02", "around 30 a day", "kr-nis", "Kang Min-seok > " + CH, "north_korean", "casualties_unspecified",
  "people_per_day", "reported", "approximate", 30, "around 30 a day", "period",
  notes="during the heaviest fighting in February")
G("q02", "about 1,000 additional troops", "kr-nis", CH, "north_korean", "deployed", "people",
  "reported", "approximate", 1000, "about 1,000", "stock", notes="reinforcements sent in September")
G("q02", "about 1,000 additional troops", "kr-nis", CH, "north_korean", "deployed", "people",
  "projected", "approximate", 5000, "some 5,000", "stock",
  notes="military construction workers expected by year-end")

# q03
G("q03", "confirmed by name 1,140", "spisok-pamyati", "", "russian", "killed", "people", "reported",
  "exact", 1140, "1,140", "cumulative", notes="names confirmed; the text calls it a floor")
G("q03", "Of those, 212", "spisok-pamyati", "", "russian", "killed", "people", "reported", "exact",
  212, "212", "cumulative", notes="conscripts among the confirmed dead")
G("q03", "Of those, 212", "spisok-pamyati", "", "russian", "killed", "percent_of_force", "reported",
  "approximate", 19, "about 19%", "cumulative", notes="share of the confirmed dead who were conscripts")
G("q03", "nearly half of the dead", "spisok-pamyati", "", "russian", "killed", "percent_of_force",
  "reported", "approximate", 50, "nearly half", "period",
  notes="first three weeks of the incursion; share of conscripts among the dead")
G("q03", "below 5%", "spisok-pamyati", "", "russian", "killed", "percent_of_force", "reported",
  "fewer_than", 5, "below 5%", "period", notes="2025; share of conscripts among the dead")
G("q03", "more than 60,000", "ua-general-staff", "", "russian_and_north_korean", "killed_or_wounded",
  "people", "reported", "more_than", 60000, "more than 60,000", "cumulative")
G("q03", "at least 90 conscripts", "ru-soldiers-mothers-kursk", "", "russian", "missing", "people",
  "reported", "at_least", 90, "at least 90", "cumulative", notes="conscripts; complaints received")
G("q03", "about a third", "ua-coordination-hq", "", "russian", "captured", "percent_of_force",
  "reported", "approximate", 33.33, "about a third", "cumulative",
  notes="share of conscripts among the captured")
G("q03", "about a third", "ua-coordination-hq", "", "russian", "captured", "people", "reported",
  "vague", (300, 999), "several hundred", "cumulative")

# q04
G("q04", "approximately 896,350", "author", "", "russian", "casualties_unspecified", "people",
  "reported", "approximate", 896350, "approximately 896,350", "cumulative",
  notes="area=whole_war; the enemy's whole-war personnel losses since 24.02.22")
G("q04", "lost 1,310 personnel", "author", "", "russian", "casualties_unspecified", "people",
  "reported", "exact", 1310, "1,310", "period", notes="area=whole_war; past day")
G("q04", "lost 146 servicemen", "author", "", "russian_and_north_korean", "casualties_unspecified",
  "people", "reported", "exact", 146, "146", "period", notes="past day, Kursk direction")
G("q04", "lost 146 servicemen", "author", "", "north_korean", "casualties_unspecified", "people",
  "reported", "exact", 31, "31", "period", notes="past day; subset of the 146")
G("q04", "captured 4 North Korean", "author", "", "north_korean", "captured", "people", "reported",
  "exact", 4, "4", "period", notes="past week")
G("q04", "more than 19,000", "author", "", "russian_and_north_korean", "killed_or_wounded", "people",
  "reported", "more_than", 19000, "more than 19,000", "cumulative", notes="since the beginning of 2025")
G("q04", "significant losses", "author", "", "russian", "casualties_unspecified", "people", "reported",
  "none", None, "significant losses", "unspecified")

# q05
IS = "Institute for the Study of War"
G("q05", "up to a company", "author", "", "north_korean", "casualties_unspecified", "companies",
  "reported", "at_most", 1, "up to a company", "incident", notes="per attack, December")
G("q05", "roughly 1,100", "ua-general-staff", IS, "north_korean", "killed_or_wounded", "people",
  "reported", "approximate", 1100, "roughly 1,100", "period", notes="16-31 December 2024 (table)")
G("q05", "roughly 1,100", "author", "", "north_korean", "killed_or_wounded", "people_per_day",
  "reported", "approximate", 70, "about 70 per day", "period",
  notes="ISW's own calculation from the General Staff figure; 16-31 December 2024")
G("q05", "about 1,800", "ua-general-staff", IS, "north_korean", "killed_or_wounded", "people",
  "reported", "approximate", 1800, "about 1,800", "period", notes="January 2025 (table)")
G("q05", "about 1,800", "ua-gur", IS, "north_korean", "killed_or_wounded", "people", "reported",
  "approximate", 500, "about 500", "period", notes="January 2025; attributed to drone strikes")
G("q05", "roughly 600", "ua-general-staff", IS, "north_korean", "killed_or_wounded", "people",
  "reported", "approximate", 600, "roughly 600", "period", notes="February 2025 (table)")
G("q05", "roughly 3,500", "ua-general-staff", IS, "north_korean", "killed_or_wounded", "people",
  "reported", "approximate", 3500, "roughly 3,500", "cumulative", notes="running total, end of February")
G("q05", "roughly 3,500", "kr-nis", IS, "north_korean", "deployed", "people", "reported",
  "approximate", 11000, "about 11,000", "stock", notes="initial deployment")
G("q05", "up to 3,000 troops", "author", "", "north_korean", "deployed", "people", "reported",
  "at_most", 3000, "up to 3,000", "stock", notes="second rotation")
G("q05", "Sverdlikovo", "ru-milbloggers", IS, "north_korean", "casualties_unspecified", "people",
  "reported", "none", None, "significant losses", "period", notes="late February")
G("q05", "If current tactics hold", "author", "", "north_korean", "killed_or_wounded", "people_per_week",
  "conditional", "fewer_than", 300, "below 300", "period", notes="forecast through the spring")

# q06
WSJ = "The Wall Street Journal"
G("q06", "were captured within days", "author", "", "north_korean", "captured", "people", "reported",
  "exact", 2, "two", "period", notes="January")
G("q06", "about 160 were killed", "kp-pow-ri", WSJ, "north_korean", "deployed", "people", "reported",
  "approximate", 200, "roughly 200", "stock", notes="strength of his company")
G("q06", "about 160 were killed", "kp-pow-ri", WSJ, "north_korean", "killed_or_wounded", "people",
  "reported", "approximate", 160, "about 160", "period", notes="first three weeks; one company")
G("q06", "platoon of 30", "kp-pow-paek", WSJ, "north_korean", "deployed", "people", "reported",
  "exact", 30, "30", "stock", notes="strength of his platoon")
G("q06", "platoon of 30", "kp-pow-paek", WSJ, "north_korean", "casualties_unspecified", "people",
  "reported", "exact", 11, "11", "incident", notes="assault on Jan. 14")
G("q06", "at least two men", "kp-pow-paek", WSJ, "north_korean", "killed", "people", "reported",
  "at_least", 2, "at least two", "unspecified", notes="self-inflicted, to avoid capture")
G("q06", "more than half its strength", "ua-officer-unnamed", WSJ, "north_korean",
  "casualties_unspecified", "percent_of_force", "reported", "more_than", 50, "more than half",
  "cumulative", notes="their regiment, by early February")
G("q06", "holds six", "ua-sbu", WSJ, "north_korean", "captured", "people", "reported", "exact", 6,
  "six", "cumulative")
for cid in ("us-officials", "kr-officials"):
    G("q06", "about 14,000 troops", cid, WSJ, "north_korean", "deployed", "people", "reported",
      "approximate", 14000, "about 14,000", "stock")
    G("q06", "about 14,000 troops", cid, WSJ, "north_korean", "deployed", "people", "reported",
      "approximate", 3000, "roughly 3,000", "stock", notes="reinforcements already arrived")

# q07
G("q07", "said goodbye to three", "author", "", "russian", "killed", "people", "reported", "exact", 3,
  "three", "period", notes="killed in February")
G("q07", "31 men from the district", "ru-district-head-zhukov", "", "russian", "killed", "people",
  "reported", "exact", 31, "31", "cumulative", notes="area=whole_war; the district's dead in the SMO")
G("q07", "31 men from the district", "ru-district-head-zhukov", "", "russian", "killed", "people",
  "reported", "exact", 14, "14", "cumulative", notes="the district's dead in the Kursk region")
G("q07", "1,214 residents", "ru-governor-pronin", "", "russian", "killed", "people", "reported",
  "exact", 1214, "1,214", "cumulative", notes="area=whole_war; region's dead since February 2022")
G("q07", "1,214 residents", "ru-governor-pronin", "", "russian", "killed", "people", "reported",
  "exact", 187, "187", "cumulative", notes="region's dead in the Kursk fighting")
G("q07", "More than 400", "ru-governor-pronin", "", "russian", "wounded", "people", "reported",
  "more_than", 400, "More than 400", "cumulative", notes="region's servicemen")
G("q07", "another 96", "ru-enlistment-office", "", "russian", "missing", "people", "reported",
  "exact", 96, "96", "cumulative", notes="region's residents")
G("q07", "inflicted heavy losses", "ru-governor-pronin", "", "ukrainian", "casualties_unspecified",
  "people", "reported", "none", None, "heavy losses", "unspecified")
G("q07", "more than 65,000", "ru-mod", "", "ukrainian", "casualties_unspecified", "people", "reported",
  "more_than", 65000, "more than 65,000", "cumulative")

# q08
NHK = "NHK World"
SK = "jp-defense-minister-sakurai"
G("q08", "have suffered heavy losses", SK, NHK, "north_korean", "casualties_unspecified", "people",
  "reported", "none", None, "heavy losses", "unspecified")
G("q08", "around 2,000", SK, NHK, "north_korean", "killed", "people", "reported", "approximate", 2000,
  "around 2,000", "cumulative")
G("q08", "about 6,000 have been", SK, NHK, "north_korean", "killed_or_wounded", "people", "reported",
  "approximate", 6000, "about 6,000", "cumulative")
G("q08", "about 6,000 have been", SK, NHK, "north_korean", "deployed", "people", "reported",
  "approximate", 15000, "roughly 15,000", "stock")
G("q08", "several hundred more", SK, NHK, "north_korean", "missing", "people", "reported", "vague",
  (300, 999), "several hundred", "cumulative", notes="'unaccounted for'")
G("q08", "as many as 6,000", SK, NHK, "north_korean", "deployed", "people", "projected", "at_most",
  6000, "as many as 6,000", "stock", notes="additional personnel by year-end")
G("q08", "about 5,000", "kr-jcs", NHK, "north_korean", "casualties_unspecified", "people", "reported",
  "approximate", 5000, "about 5,000", "cumulative")

# q09
RT = "Reuters"
G("q09", "sent thousands of troops", "author", "", "north_korean", "deployed", "people", "reported",
  "vague", (2000, 9999), "thousands", "stock")
G("q09", "sent thousands of troops", "author", "", "north_korean", "casualties_unspecified", "people",
  "reported", "none", None, "heavy losses", "unspecified")
G("q09", "DEC 23, 2024", "ua-gur", RT, "north_korean", "casualties_unspecified", "people", "reported",
  "more_than", 3000, "more than 3,000", "cumulative")
G("q09", "DEC 23, 2024", "ua-gur", RT, "north_korean", "killed", "people", "reported", "approximate",
  1000, "about 1,000", "cumulative")
G("q09", "JAN 11", "ua-sbu", RT, "north_korean", "captured", "people", "reported", "exact", 2, "two",
  "incident")
G("q09", "FEB 10", "kr-nis", RT, "north_korean", "killed", "people", "reported", "approximate", 400,
  "about 400", "cumulative")
G("q09", "FEB 10", "kr-nis", RT, "north_korean", "wounded", "people", "reported", "approximate", 2500,
  "2,500", "cumulative", notes="'about' governs both figures")
G("q09", "MARCH 7", "isw", RT, "russian_and_north_korean", "casualties_unspecified", "people_per_week",
  "reported", "approximate", 1200, "an estimated 1,200 casualties a week", "period",
  notes="first week of March")
G("q09", "APRIL 26", "ru-general-staff", RT, "ukrainian", "casualties_unspecified", "people",
  "reported", "more_than", 76000, "more than 76,000", "cumulative")
G("q09", "APRIL 28", "kp-kcna", RT, "north_korean", "killed", "people", "reported", "none", None,
  "the dead", "unspecified", notes="no figure given")
G("q09", "MAY 14", "ua-general-staff", RT, "russian", "casualties_unspecified", "people_per_day",
  "reported", "approximate", 1300, "about 1,300 troops a day", "period", notes="area=whole_war; April")
G("q09", "JUNE 17", "ru-security-council", RT, "north_korean", "deployed", "people", "projected",
  "exact", 1000, "1,000", "stock", notes="deminers to be sent")
G("q09", "JUNE 17", "ru-security-council", RT, "north_korean", "deployed", "people", "projected",
  "exact", 5000, "5,000", "stock", notes="military builders to be sent")
G("q09", "JULY 22", "ua-army-corps-unnamed", RT, "russian", "casualties_unspecified", "people",
  "reported", "approximate", 5000, "some 5,000", "period", notes="area=other_front; Pokrovsk, one month")
G("q09", "AUG 9", "ru-mod", RT, "ukrainian", "casualties_unspecified", "people", "reported", "at_most",
  200, "up to 200", "incident")
G("q09", "SEPT 3", "kr-nis", RT, "north_korean", "killed", "people", "reported", "approximate", 2000,
  "about 2,000", "cumulative", notes="told to lawmakers (unnamed)")
G("q09", "OCT 2", "ua-gur", RT, "north_korean", "deployed", "people", "reported", "approximate", 11000,
  "some 11,000", "stock")
G("q09", "NOV 20", "ua-drone-unit-unnamed", RT, "north_korean", "killed", "people", "reported",
  "exact", 17, "17", "incident")
G("q09", "DEC 15", "uk-mod", RT, "russian", "casualties_unspecified", "people_per_day", "reported",
  "approximate", 1000, "around 1,000 casualties a day", "period", notes="area=whole_war; November")
G("q09", "DEC 15", "uk-mod", RT, "russian", "killed_or_wounded", "people", "conditional", "more_than",
  1200000, "1.2 million", "cumulative",
  notes="area=whole_war; projected total by mid-2026 if current rates continue")

# q10
G("q10", "between 5,000 and 7,000", "western-governments", "", "north_korean", "killed_or_wounded",
  "people", "reported", "range", (5000, 7000), "between 5,000 and 7,000", "cumulative")
G("q10", "deployment of roughly 14,000", "author", "", "north_korean", "deployed", "people",
  "reported", "approximate", 14000, "roughly 14,000", "stock")
G("q10", "about 15,000 soldiers", "author", "", "russian", "killed", "people", "reported",
  "approximate", 15000, "about 15,000", "period",
  notes="other conflict: Soviet war in Afghanistan (Soviet, not only Russian, losses); nearly ten years")
G("q10", "about 15,000 soldiers", "author", "", "russian", "deployed", "people", "reported",
  "approximate", 115000, "around 115,000", "stock",
  notes="other conflict: Soviet contingent in Afghanistan at its peak")
G("q10", "Measured by the month", "author", "", "north_korean", "killed_or_wounded", "people_per_month",
  "reported", "approximate", 500, "roughly 500 killed or wounded a month", "period",
  notes="over the year in Kursk; the author's own average")
G("q10", "Measured by the month", "author", "", "russian", "killed", "people_per_month", "reported",
  "approximate", 125, "about 125 killed a month", "period",
  notes="other conflict: Soviet war in Afghanistan; the author's own average")
G("q10", "roughly 300 casualties a month", "author", "", "north_korean", "casualties_unspecified",
  "people_per_month", "reported", "approximate", 300, "roughly 300 casualties a month", "period",
  notes="since the spring")
G("q10", "If that pace holds", "author", "", "north_korean", "killed_or_wounded", "people",
  "conditional", "more_than", 9000, "pass 9,000", "cumulative", notes="projected total by end of 2026")
G("q10", "at least 10,000 more troops", "author", "", "north_korean", "deployed", "people",
  "projected", "at_least", 10000, "at least 10,000", "stock", notes="rotation through Russia in 2026")
G("q10", "1,000 to 2,000 additional", "author", "", "north_korean", "casualties_unspecified", "people",
  "projected", "range", (1000, 2000), "1,000 to 2,000", "period",
  notes="additional losses in 2026 from mine clearance")
G("q10", "killed dozens", "ua-gur", "", "north_korean", "killed", "people", "reported", "vague",
  (24, 99), "dozens", "cumulative", notes="sappers, demining")
G("q10", "more than 40,000", "uk-mod", "", "russian", "casualties_unspecified", "people", "reported",
  "more_than", 40000, "more than 40,000", "cumulative", notes="in the Kursk region since August 2024")
G("q10", "significant but undisclosed", "author", "", "ukrainian", "casualties_unspecified", "people",
  "reported", "none", None, "a significant but undisclosed number", "unspecified")


# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


T("q01", "shortly after 5 a.m.", "time, date, count of assault columns")
T("q01", "Savchuk, 34", "age, years")
T("q01", "village of about 300", "population, distance")
T("q02", "Posted :", "stand-alone date line")
T("q02", "about three hours", "duration")
T("q02", "Kang, 54", "age, year")
T("q02", "12 members", "committee size")
T("q03", "compulsory twelve months", "date, length of service")
T("q03", "prisoner exchange", "prisoners returned in an exchange, not a loss")
T("q03", "150,000 men twice", "conscription intake, not a deployment to Kursk")
T("q03", "from 27 to 30", "ages, year")
T("q03", "several million roubles", "money")
T("q04", "[Translated from", "stand-alone date line")
T("q04", "Operational information", "time and date")
T("q04", "tanks – 10,226", "equipment losses")
T("q04", "Aircraft – 370", "equipment losses")
T("q04", "Vehicles and fuel tankers", "equipment losses")
T("q04", "178 combat clashes", "count of clashes")
T("q04", "3 missile strikes", "count of strikes and munitions")
T("q04", "repelled 23", "count of assaults")
T("q05", "March 4, 2025", "stand-alone date line")
T("q05", "mid-December 2024", "date")
T("q05", "over three periods", "count of table periods")
T("q05", "three to five men", "assault-group size, not a loss or troop total")
T("q05", "at least 40 videos", "count of videos")
T("q05", "self-propelled guns", "equipment")
H("q06", "about 160 were killed")
T("q06", "21-year-old", "ages, hometowns")
T("q06", "about two hours", "duration")
T("q06", "two younger sisters", "family members, date")
T("q06", "10 days", "training duration")
H("q07", "said goodbye to three")
T("q07", "12.03.2025", "stand-alone date line, page views")
T("q07", "The youngest", "ages, year")
T("q07", "built in 1889", "year, attendance")
T("q07", "1 million roubles", "money")
T("q08", "NHK WORLD-JAPAN NEWSLINE", "stand-alone date line")
T("q08", "two short-range", "missile launches")
T("q08", "on the 18th", "date, money")
T("q09", "TIMELINE-", "year in headline")
T("q09", "JUNE 19, 2024", "date of a treaty")
T("q09", "MARCH 30", "length of a strike halt")
T("q09", "NOV 5", "missile test, months")
T("q10", "December 10, 2025", "stand-alone date line")
T("q10", "1980s", "decade")
T("q10", "3.7 percent", "economic growth, year")
T("q10", "1 million barrels", "oil shipments")
T("q10", "14 years", "years of service")

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
