"""Build dev-set-8: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). A paragraph whose first item is "-" is written as a bullet point
("- " is layout, not part of the sentence). Gold quotes and trap sentences are picked
by a unique substring, so every quote is verbatim. Run from the dev-set-8 folder:

    python3 tools/build.py && python3 ../check_curated_set.py .
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {}

# ---- p01: DW-style explainer ----------------------------------------------
DOCS["p01-dw-what-we-know"] = [
    ["What we know about North Korea's soldiers in Russia's Kursk region"],
    ["March 14, 2025"],
    ["Months after Pyongyang's troops first appeared near the Ukrainian border, estimates of how many have died still vary widely.",
     "Here is an overview of what is known, and what is not."],
    ["How many North Korean soldiers were sent to Russia?"],
    ["South Korea's National Intelligence Service (NIS) says Pyongyang sent about 11,000 troops in the autumn of 2024, most of them from an elite unit known as the Storm Corps.",
     "In February, the spy agency told lawmakers in Seoul that a further 3,000 had arrived as reinforcements.",
     "Ukraine's military intelligence agency, known as the GUR, has put the total closer to 12,000.",
     "The mutual defence treaty that Moscow and Pyongyang signed in June 2024 obliges each side to help the other if it is attacked."],
    ["How many have been killed or wounded?"],
    ["The NIS estimated in late January that around 300 North Korean soldiers had been killed and roughly 2,700 wounded.",
     "Ukraine's president has said that more than 4,000 North Koreans were killed or wounded in the first weeks of January alone.",
     "A Western official, speaking on condition of anonymity, said thousands had been killed or wounded by the spring but gave no precise figure."],
    ["Pyongyang has acknowledged losses only once, in an April statement by the ruling party's Central Military Commission, carried by the state news agency KCNA, that praised soldiers who \"fell heroically\" without saying how many."],
    ["Why are the figures so different?"],
    ["North Korean units are embedded in Russian formations, and their dead are often removed from the battlefield quickly.",
     "Analysts also say Kyiv has an interest in high figures and Seoul in cautious ones."],
    ["What about Russian and Ukrainian losses?"],
    ["Russia has not published figures for its own losses in Kursk.",
     "The volunteer-run Poteri Project says it has confirmed the names of at least 1,850 Russian servicemen killed in the Kursk region since August 2024.",
     "Its founders believe the true number is between 4,000 and 5,500."],
    ["Russia's Defence Ministry claims that Ukraine lost more than 76,000 troops in the region over the whole operation, a figure Kyiv rejects.",
     "Ukraine does not publish its own casualty figures.",
     "The incursion began on August 6, 2024, when Ukrainian units crossed the border near the town of Sudzha.",
     "Kursk lies about 500 kilometres south-west of Moscow and borders Ukraine's Sumy region."],
]

# ---- p02: Korea Herald-style committee report -------------------------------
DOCS["p02-kh-defense-committee"] = [
    ["Defense chief says 4,700 N. Korean troops killed or wounded in Kursk"],
    ["Minister tells lawmakers Pyongyang rotated fresh units into the region in March"],
    ["By Park Ji-won"],
    ["Published : April 17, 2025 - 16:05"],
    ["Defense Minister Shin Dong-hyuk told lawmakers Thursday that about 4,700 North Korean soldiers had been killed or wounded in Russia's Kursk region since they were thrown into combat in December.",
     "Of those, around 600 are believed to have died, Shin said, citing an assessment by the Joint Chiefs of Staff."],
    ["Shin made the remarks at a session of the National Assembly's National Defense Committee, which lasted nearly five hours."],
    ["Answering a question from Rep. Yoon Mi-rae of the main opposition Democratic Party, the minister said the North had rotated roughly 2,000 fresh troops into the area in March to replace units that had suffered heavy losses.",
     "He put the North Korean contingent in Kursk at about 11,000 after the rotation."],
    ["Shin said North Korean units had been suffering around 50 casualties a day during the heaviest fighting in early February, a rate that fell after they began to operate in smaller groups."],
    ["Yoon, citing the National Intelligence Service, said the spy agency's own tally was higher, at about 5,100 casualties.",
     "Rep. Kang Tae-il of the ruling People Power Party said the figures meant that roughly one in three North Korean soldiers sent to Russia had been killed or wounded."],
    ["Shin said he expected Pyongyang to send as many as 6,000 more soldiers, including military engineers, by the summer."],
    ["Asked about prisoners, the minister confirmed that the two North Korean soldiers captured by Ukrainian special forces in a single raid in January were still being held in Kyiv.",
     "He said the government would accept them \"without hesitation\" if they asked to come to the South, in line with the Constitution, which regards North Koreans as citizens."],
    ["Shin, 61, a retired four-star army general, took office in January.",
     "The committee also reviewed a defense budget request of 66.3 trillion won for 2026, up 7.5 percent from this year.",
     "A vote on the budget bill is scheduled for April 24."],
]

# ---- p03: Al Jazeera-style list of key events -------------------------------
DOCS["p03-aj-key-events"] = [
    ["Russia-Ukraine war: List of key events, day 1,056"],
    ["These are the key developments on day 1,056 of Russia's full-scale invasion of Ukraine."],
    ["Published On 14 Jan 2025"],
    ["Fighting"],
    ["-", "Ukraine's General Staff said Russia had lost 1,530 troops in the past 24 hours across the whole front line, bringing its claimed total since February 2022 to about 812,000."],
    ["-", "Ukraine's Special Operations Forces said their drone operators had killed 27 North Korean soldiers and wounded 11 others in a strike on a column near the village of Plekhovo in Russia's Kursk region."],
    ["-", "Ukrainian officials said a North Korean battalion had lost up to a company of men in a failed assault near Sverdlikovo."],
    ["-", "Russia's Ministry of Defence said its forces had repelled five Ukrainian counterattacks in Kursk and that Ukraine had lost up to 320 servicemen in the region over the past day."],
    ["-", "Ukraine's president said two North Korean soldiers had been captured in the same operation on Saturday and were being questioned by the SBU security service."],
    ["-", "Ukraine's military intelligence agency said nearly 3,000 North Korean soldiers had been killed or wounded since they entered combat in December."],
    ["-", "The governor of Russia's Belgorod region said a drone attack had injured three civilians in the town of Shebekino."],
    ["Military aid"],
    ["-", "Germany announced a new package of air-defence equipment worth 650 million euros ($665m)."],
    ["Politics and diplomacy"],
    ["-", "South Korea's spy agency said North Korean troops were suffering heavy losses because they lacked experience against drones, and that Pyongyang had sent about 1,000 more soldiers to Kursk in recent weeks."],
    ["-", "The United Kingdom's Ministry of Defence said Russian casualties across the whole front had averaged about 1,500 a day in December, the highest monthly average of the war."],
    ["-", "Ukraine and Russia exchanged 25 prisoners of war each in a swap mediated by the United Arab Emirates."],
]

# ---- p04: Novaya Gazeta Europe-style investigation --------------------------
DOCS["p04-nge-conscripts"] = [
    ["\"They told us he was guarding a warehouse\": at least 212 conscripts have died in the Kursk region"],
    ["Russia promised that conscripts would not be sent into combat.",
     "Our investigation shows that many of them died anyway."],
    ["Since Ukraine's incursion in August 2024, we have identified by name at least 212 conscripts who were killed in the Kursk region, using obituaries, court records and posts by relatives.",
     "The real toll is higher: the relatives of at least 40 more conscripts told us their sons had been listed as missing."],
    ["The largest number of the dead came from the Kursk region itself (31), followed by Bashkortostan (19), the Krasnodar region (17) and Tatarstan (14).",
     "Regions in Siberia and the Far East together account for 38 of the dead.",
     "More than half of the conscripts we identified were aged 18 to 20."],
    ["In August 2024, the Defence Ministry said only that conscripts were not taking part in combat; it has since given no figures.",
     "In Bashkortostan, a deputy prime minister of the regional government, Rustam Gilyazov, told a local television channel in October that \"dozens\" of servicemen from the republic had died in the Kursk region.",
     "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War says it holds about 300 Russian conscripts captured in the first weeks of the incursion."],
    ["Artyom"],
    ["Artyom Vasilyev, 19, from a village near Ufa, was called up in the spring of 2024.",
     "His mother, Galina, learned of his death from a fellow soldier, who wrote to her that nine men from Artyom's platoon had died when a Ukrainian drone hit their dugout near Korenevo in late August."],
    ["\"He was guarding a warehouse, that is what they told us,\" she said."],
    ["The military enlistment office listed him as missing; his body was returned four months later.",
     "She received the promised payment of 5 million roubles only after a court hearing in March.",
     "The Defence Ministry did not respond to our questions."],
]

# ---- p05: ISW-style assessment excerpt --------------------------------------
DOCS["p05-isw-assessment"] = [
    ["Russian Offensive Campaign Assessment, March 9, 2025"],
    ["Key Takeaways: Russian forces, supported by North Korean troops, likely recaptured the town of Sudzha on March 8 after a three-day assault.",
     "Ukrainian forces will likely withdraw from most of their remaining positions in Kursk Oblast within the next two weeks, in ISW's assessment."],
    ["Russian milbloggers claimed that about 800 Russian special forces troops crawled roughly 15 kilometers through a disused gas pipeline to reach the outskirts of Sudzha.",
     "Some milbloggers complained of heavy casualties among the pipeline group from gas exposure but did not provide figures.",
     "Ukrainian military observers reported that the 30th Motorized Rifle Regiment, which supported the pipeline operation, suffered about 40 percent casualties."],
    ["Ukrainian military observers also reported that North Korean units attacking from the northeast of Sudzha lost up to two battalions' worth of personnel since March 1.",
     "A Ukrainian drone unit commander reported on March 8 that his unit had killed 46 North Korean soldiers in one ambush near Kurilovka.",
     "Ukrainian military observers reported that the North Korean casualty rate had fallen to about 100 per week in late February as the troops adapted to drone warfare."],
    ["Russian milbloggers claimed that Ukrainian forces lost more than 300 personnel in the Sudzha area during the week of March 2 to 8, while one prominent milblogger claimed that \"hundreds\" of Ukrainian soldiers had been captured.",
     "ISW cannot independently verify these claims.",
     "The Russian Ministry of Defense (MoD) claimed on March 9 that Ukrainian forces had lost over 74,000 personnel in Kursk Oblast since August 2024."],
    ["ISW previously assessed that Ukrainian forces in Kursk Oblast numbered roughly 10,000 personnel before the Russian counteroffensive began.",
     "Geolocated footage published on March 7 indicates that Russian forces advanced north of Martynovka.",
     "Ukraine's General Staff reported that Russian and North Korean forces conducted 27 assaults in Kursk Oblast on March 8."],
]

# ---- p06: Ukrainska Pravda-style interview ----------------------------------
DOCS["p06-up-sbu-interrogator"] = [
    ["\"He asked whether Ukraine was part of Russia\": an SBU investigator on questioning North Korean prisoners"],
    ["An investigator of the Security Service of Ukraine (SBU) who uses the call sign Mykyta questioned the North Korean soldiers captured in the Kursk region.",
     "He spoke to Ukrainska Pravda on condition that his name not be published.",
     "Mykyta has worked for the SBU for 11 years.",
     "The conversation took place in Kyiv on March 3 and has been edited for length."],
    ["\u2014 How many North Korean prisoners does Ukraine hold?"],
    ["\u2014 Officially, two.",
     "There were other cases: our units found wounded North Koreans several times, but they blew themselves up with grenades before they could be taken."],
    ["\u2014 How long did the interrogations last?"],
    ["\u2014 Usually two to three hours a day, with an interpreter who had flown in from Seoul."],
    ["\u2014 What did they tell you about their unit?"],
    ["\u2014 The older one, who is 26, said his brigade had brought about 3,000 soldiers to Russia, all from the Storm Corps.",
     "He said his company had about 100 men when it entered Kursk and that after three weeks only about 30 were left; the rest had been killed or wounded.",
     "The younger prisoner said he had been told before leaving that only Russians would do the fighting."],
    ["\u2014 Did they know how many comrades had died?"],
    ["\u2014 No.", "Their commanders never told them anything about losses, they said."],
    ["\u2014 What does the SBU itself estimate?"],
    ["\u2014 Our service's assessment, which we have shared with partners, is that about 4,000 North Koreans had been killed by mid-February and roughly as many wounded.",
     "Military intelligence, the GUR, gives a lower figure, around 3,000 killed, because it counts only confirmed cases.",
     "Separately, we have opened 14 criminal cases against Russian commanders over the use of North Korean troops."],
    ["\u2014 Will the prisoners be exchanged?"],
    ["\u2014 That is a political decision.",
     "Both have said they want to go to South Korea, and the older of the pair wants to enlist there."],
]

# ---- p07: Stars and Stripes-style briefing report ---------------------------
DOCS["p07-ss-pentagon-briefing"] = [
    ["Pentagon: About 4,200 North Korean troops killed or wounded in Kursk"],
    ["By Mark Dellinger"],
    ["Published: February 4, 2025"],
    ["WASHINGTON \u2014 North Korean troops fighting for Russia have suffered about 1,200 killed and roughly 3,000 wounded since entering combat in the Kursk region in December, the Pentagon's press secretary said Tuesday.",
     "Rear Adm. Dana Whitfield told reporters at a regular briefing that the estimate was drawn \"from a range of sources\" and could change.",
     "The briefing lasted 41 minutes."],
    ["The following exchange is taken from the briefing transcript."],
    ["Q: Can you give us a sense of how many North Korean troops are still in the Kursk region?"],
    ["WHITFIELD: We assess that there are still roughly 11,000 to 12,000 North Korean soldiers in Russia, the great majority of them in Kursk."],
    ["Q: Are you seeing any sign that more are coming?"],
    ["WHITFIELD: I'm not going to get ahead of that.",
     "If Pyongyang decides to send more, we think it could move thousands of additional troops in a matter of weeks."],
    ["Q: Admiral, the South Koreans say about 300 North Koreans have died.",
     "Why is your number four times higher?"],
    ["WHITFIELD: Different methods, different timelines.",
     "I'd refer you to Seoul for theirs."],
    ["Q: What about Russian casualties?"],
    ["WHITFIELD: Russia continues to take staggering losses.",
     "Across the whole of Ukraine, we estimate that more than 700,000 Russian soldiers have been killed or wounded since the start of the war."],
    ["A senior defense official, briefing reporters afterward on condition of anonymity, said North Korean units had been losing about 1,000 men a month during the heaviest fighting in January.",
     "The official said fewer than 10 North Koreans had been taken prisoner so far, because of strict orders not to surrender."],
    ["Whitfield said the defense secretary would travel to Brussels on Feb. 12 for a meeting of the Ukraine Defense Contact Group, which brings together about 50 countries.",
     "The United States has committed more than $65 billion in military aid to Ukraine since February 2022."],
]

# ---- p08: Japan Times-style op-ed -------------------------------------------
DOCS["p08-jt-oped-lesson"] = [
    ["North Korea's losses in Kursk hold a lesson Tokyo cannot ignore"],
    ["By Hiroshi Takeda"],
    ["When North Korea sent roughly 12,000 soldiers to Russia in late 2024, many in Tokyo expected them to be kept far from the front.",
     "They were not."],
    ["When I write of losses here, I mean soldiers killed or wounded; the missing and the captured I leave aside.",
     "By my own estimate, between 5,000 and 6,000 of them have now been killed or wounded, a loss rate of close to 50 percent.",
     "South Korea's National Intelligence Service, which tends to be cautious, put the number of dead at about 2,000 in September."],
    ["The losses peaked in January and February, when North Korean infantry advanced in dense columns across open fields and, by Ukrainian accounts, were losing as many as 200 men a day killed or wounded.",
     "Since then the North has adapted: its soldiers now move in groups of three or four, fly their own drones and have cut their losses sharply."],
    ["Russia's own losses in Kursk are far larger than Moscow admits; my estimate is 30,000 to 40,000 since August 2024.",
     "Ukraine's losses in the region were heavy too, though Kyiv has never given a figure."],
    ["What comes next?",
     "If Pyongyang sends another 10,000 troops next year, I would expect at least 3,000 of them to be killed or wounded within six months.",
     "Even without new deployments, at the current pace the total number of North Korean dead and wounded is likely to pass 7,000 by the end of 2026."],
    ["For Japan, the lesson is that North Korea's soldiers are gaining combat experience that no other army in Asia has.",
     "North Korea fired more than 30 ballistic missiles in 2025, several of them into the Sea of Japan.",
     "Japan's defence budget for fiscal 2025 is a record 8.7 trillion yen, yet our intelligence on the Korean Peninsula remains thin."],
    ["Hiroshi Takeda, a former deputy director-general of the Defense Intelligence Headquarters, served in the Defense Ministry for 32 years."],
]

# ---- p09: Economist-style graphic detail ------------------------------------
DOCS["p09-econ-counting-dead"] = [
    ["Counting the dead in Kursk"],
    ["How we estimated North Korea's losses in Russia"],
    ["Nov 6th 2025"],
    ["Estimating battlefield deaths is hard at the best of times, and harder still for an army that never admits to any.",
     "For North Korea's expeditionary force in Russia's Kursk region we combined three sources: drone videos geolocated by volunteers, intercepted radio traffic published by Ukraine's intelligence services, and satellite images of fresh graves at two cemeteries.",
     "From 1,400 videos we identified 2,260 North Korean soldiers who appear to have been killed or seriously wounded."],
    ["We then adjusted for the share of the front line filmed by drones, which we put at 40-60%, and for soldiers hit more than once.",
     "The model was run 10,000 times with different assumptions.",
     "Our central estimate is that 4,900 North Korean soldiers have been killed in Kursk, between 3,600 and 6,800, with 90% confidence.",
     "A further 6,000-9,000 were probably wounded.",
     "That would mean that between a third and a half of the roughly 15,000 troops Pyongyang has sent have been killed or wounded."],
    ["At the peak of the fighting, in January 2025, our model suggests, North Koreans were being killed at a rate of about 45 a day.",
     "South Korea's National Intelligence Service (NIS) says about 2,000 have died; Ukraine's GUR puts the figure at roughly 5,000.",
     "The gap is largely a matter of method: the NIS counts only deaths it can confirm through its own sources."],
    ["Applying the same approach to Russian forces is harder, because Russian units are larger and more spread out.",
     "Our rough estimate is that 14,000-22,000 Russian soldiers were killed in the Kursk region between August 2024 and April 2025, though we have less confidence in it.",
     "The satellite images were taken at intervals of 14 days between December and June."],
]

# ---- p10: TASS-style report ---------------------------------------------------
DOCS["p10-tass-liberation"] = [
    ["Russian troops liberate Staraya Lyubovka, last settlement in Kursk Region held by Ukrainian forces"],
    ["MOSCOW, April 26. /TASS/. Russian troops have liberated the village of Staraya Lyubovka, the last settlement in the Kursk Region that had been held by Ukrainian forces, Russia's Defense Ministry said on Saturday."],
    ["\"Over the entire period of the operation, the enemy lost more than 76,000 servicemen, 412 tanks, 1,200 armored combat vehicles and 2,300 motor vehicles,\" the ministry said.",
     "According to the ministry, more than 1,500 Ukrainian servicemen were taken prisoner."],
    ["In the last week of fighting alone, Ukrainian forces lost over 1,100 servicemen in the area of Staraya Lyubovka, the ministry said.",
     "Over the past day, the enemy's losses in the Kursk area amounted to up to 140 servicemen.",
     "A group of 27 Ukrainian servicemen laid down their arms and surrendered near the village on Friday, the ministry added.",
     "A Ukrainian sabotage and reconnaissance group of up to a platoon was destroyed in a forest south of the village."],
    ["Earlier, the ministry reported that several hundred Ukrainian servicemen had been killed in a failed counterattack near Tetkino on April 22."],
    ["First Deputy Chief of the General Staff Col. Gen. Alexei Voronin said that at the start of its incursion in August 2024 the Ukrainian command had concentrated a group of up to 12,000 troops in the border area.",
     "Voronin also praised soldiers of the Korean People's Army for showing \"high professionalism, courage and heroism\" in the fighting."],
    ["Kremlin spokesman Pavel Orlov told reporters that Kyiv's \"Kursk adventure\" had cost the Ukrainian army its best units.",
     "Ukrainian forces had held up to 1,300 square kilometers of Russian territory at the peak of the incursion.",
     "The regional governor said that residents whose homes were damaged would receive compensation of up to 100,000 rubles.",
     "Restoration of electricity and gas supplies to 18 villages in the district will begin next week, he added.",
     "Ukraine's General Staff has denied that its troops were fully pushed out of the region."],
]

SHORT = {k[:3]: k for k in DOCS}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para if s != "-"]


def find(short, key):
    fid = SHORT[short]
    hits = [s for s in sentences(fid) if key in s]
    if len(hits) != 1:
        raise SystemExit(f"{short}: key {key!r} matches {len(hits)} sentences")
    return hits[0]


# ---- claimants -------------------------------------------------------------
C = {
    "author": "The text's own voice",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-jcs": "South Korea's Joint Chiefs of Staff",
    "kr-officials": "South Korean officials (unnamed)",
    "kr-defence-minister-shin": "Shin Dong-hyuk, South Korea's defense minister",
    "kr-lawmaker-kang": "Kang Tae-il, South Korean lawmaker (People Power Party)",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-zelenskyy": "President of Ukraine",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-sso": "Special Operations Forces of Ukraine",
    "ua-officials": "Ukrainian officials (unnamed)",
    "ua-sbu": "Security Service of Ukraine (SBU)",
    "ua-sbu-mykyta": "SBU investigator, call sign Mykyta",
    "ua-coordination-hq": "Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)",
    "ua-military-observers": "Ukrainian military observers (unnamed)",
    "ua-drone-commander-unnamed": "Unnamed Ukrainian drone unit commander",
    "ua-sources-unnamed": "Ukrainian accounts (unnamed)",
    "kp-wpk-cmc": "Central Military Commission of North Korea's Workers' Party",
    "kp-pow-unnamed": "Captured North Korean soldier (the older of two prisoners)",
    "us-dod": "US Department of Defense (Pentagon)",
    "us-officials": "US officials (unnamed)",
    "uk-mod": "UK Ministry of Defence",
    "western-officials": "Western officials (unnamed)",
    "poteri-project": "Poteri Project (volunteer count)",
    "ru-mod": "Russian Ministry of Defence",
    "ru-voronin": "Col. Gen. Alexei Voronin, First Deputy Chief of Russia's General Staff",
    "ru-kremlin": "The Kremlin",
    "ru-milbloggers": "Russian milbloggers (unnamed)",
    "ru-milblogger-unnamed": "One prominent Russian milblogger (unnamed)",
    "ru-soldier-unnamed": "Unnamed Russian soldier, a fellow conscript",
    "ru-bashkortostan-gilyazov": "Rustam Gilyazov, deputy prime minister of Bashkortostan",
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
    lo, be, hi = bounds(qual, v)
    GOLD.append(["texts/" + SHORT[short] + ".txt", find(short, key), cid, C[cid], relay,
                 whose, measure, counted, modality, qual, lo, be, hi, caw, scope,
                 find(short, derived) if derived else "", notes])


P, R, NK, RU, UA = "people", "reported", "north_korean", "russian", "ukrainian"

# p01 (no outlet named; unnamed outlet not listed)
G("p01", "sent about 11,000", "kr-nis", "", NK, "deployed", P, R, "approximate", 11000, "about 11,000", "stock")
G("p01", "a further 3,000", "kr-nis", "lawmakers in Seoul", NK, "deployed", P, R, "exact", 3000, "a further 3,000", "stock",
  notes="reinforcements on top of the first contingent")
G("p01", "closer to 12,000", "ua-gur", "", NK, "deployed", P, R, "approximate", 12000, "closer to 12,000", "stock")
G("p01", "around 300 North Korean", "kr-nis", "", NK, "killed", P, R, "approximate", 300, "around 300", "cumulative")
G("p01", "around 300 North Korean", "kr-nis", "", NK, "wounded", P, R, "approximate", 2700, "roughly 2,700", "cumulative")
G("p01", "more than 4,000 North Koreans", "ua-zelenskyy", "", NK, "killed_or_wounded", P, R, "more_than", 4000, "more than 4,000", "period",
  notes="president not named in the text; period = first weeks of January")
G("p01", "thousands had been killed", "western-officials", "", NK, "killed_or_wounded", P, R, "vague", (2000, 9999), "thousands", "cumulative")
G("p01", "fell heroically", "kp-wpk-cmc", "KCNA", NK, "killed", P, R, "none", "", "fell heroically", "unspecified",
  notes="acknowledgement of deaths with no number")
G("p01", "at least 1,850", "poteri-project", "", RU, "killed", P, R, "at_least", 1850, "at least 1,850", "cumulative",
  notes="names confirmed")
G("p01", "between 4,000 and 5,500", "poteri-project", "", RU, "killed", P, R, "range", (4000, 5500), "between 4,000 and 5,500", "cumulative",
  notes="the project's founders' estimate of the true number")
G("p01", "more than 76,000 troops", "ru-mod", "", UA, "casualties_unspecified", P, R, "more_than", 76000, "more than 76,000", "cumulative")

# p02 (Korea Herald does not name itself)
G("p02", "about 4,700", "kr-defence-minister-shin", "", NK, "killed_or_wounded", P, R, "approximate", 4700, "about 4,700", "cumulative")
G("p02", "around 600", "kr-jcs", "Shin Dong-hyuk", NK, "killed", P, R, "approximate", 600, "around 600", "cumulative",
  notes="part of the 4,700")
G("p02", "roughly 2,000 fresh", "kr-defence-minister-shin", "", NK, "deployed", P, R, "approximate", 2000, "roughly 2,000", "stock",
  notes="rotation in March")
G("p02", "roughly 2,000 fresh", "kr-defence-minister-shin", "", NK, "casualties_unspecified", P, R, "none", "", "heavy losses", "unspecified",
  notes="units replaced after heavy losses")
G("p02", "about 11,000 after", "kr-defence-minister-shin", "", NK, "deployed", P, R, "approximate", 11000, "about 11,000", "stock")
G("p02", "around 50 casualties", "kr-defence-minister-shin", "", NK, "casualties_unspecified", "people_per_day", R, "approximate", 50, "around 50", "period",
  notes="rate in early February")
G("p02", "about 5,100", "kr-nis", "Yoon Mi-rae", NK, "casualties_unspecified", P, R, "approximate", 5100, "about 5,100", "cumulative")
G("p02", "one in three", "kr-lawmaker-kang", "", NK, "killed_or_wounded", "percent_of_force", R, "approximate", 33.33, "roughly one in three", "cumulative",
  notes="share of the troops sent")
G("p02", "as many as 6,000", "kr-defence-minister-shin", "", NK, "deployed", P, "projected", "at_most", 6000, "as many as 6,000", "stock",
  notes="additional troops expected by the summer")
G("p02", "captured by Ukrainian special forces", "kr-defence-minister-shin", "", NK, "captured", P, R, "exact", 2, "two", "incident",
  notes="a single raid in January")

# p03 (Al Jazeera does not name itself)
G("p03", "1,530 troops", "ua-general-staff", "", RU, "casualties_unspecified", P, R, "exact", 1530, "1,530", "period",
  notes="area=whole_war; past 24 hours, whole front")
G("p03", "1,530 troops", "ua-general-staff", "", RU, "casualties_unspecified", P, R, "approximate", 812000, "about 812,000", "cumulative",
  notes="area=whole_war; since February 2022")
G("p03", "killed 27 North Korean", "ua-sso", "", NK, "killed", P, R, "exact", 27, "27", "incident")
G("p03", "killed 27 North Korean", "ua-sso", "", NK, "wounded", P, R, "exact", 11, "11", "incident")
G("p03", "up to a company", "ua-officials", "", NK, "casualties_unspecified", "companies", R, "at_most", 1, "up to a company", "incident")
G("p03", "up to 320", "ru-mod", "", UA, "casualties_unspecified", P, R, "at_most", 320, "up to 320", "period",
  notes="past day")
G("p03", "captured in the same operation", "ua-zelenskyy", "", NK, "captured", P, R, "exact", 2, "two", "incident",
  notes="president not named in the text")
G("p03", "nearly 3,000", "ua-gur", "", NK, "killed_or_wounded", P, R, "vague", (2700, 2999), "nearly 3,000", "cumulative")
G("p03", "heavy losses because", "kr-nis", "", NK, "casualties_unspecified", P, R, "none", "", "heavy losses", "unspecified",
  notes="'South Korea's spy agency' = NIS")
G("p03", "heavy losses because", "kr-nis", "", NK, "deployed", P, R, "approximate", 1000, "about 1,000 more", "stock",
  notes="additional troops sent in recent weeks")
G("p03", "about 1,500 a day", "uk-mod", "", RU, "casualties_unspecified", "people_per_day", R, "approximate", 1500, "about 1,500", "period",
  notes="area=whole_war; average for December")

# p04 (outlet does not name itself; 'we' = author)
G("p04", "identified by name at least 212", "author", "", RU, "killed", P, R, "at_least", 212, "at least 212", "cumulative",
  notes="conscripts only, identified by name")
G("p04", "at least 40 more", "author", "", RU, "missing", P, R, "at_least", 40, "at least 40", "cumulative",
  notes="conscripts; the author's count from relatives' accounts")
for reg, n in (("Kursk region", 31), ("Bashkortostan", 19), ("Krasnodar region", 17), ("Tatarstan", 14)):
    G("p04", "(31), followed", "author", "", RU, "killed", P, R, "exact", n, str(n), "cumulative",
      notes=f"conscripts from {reg}; part of the 212")
G("p04", "38 of the dead", "author", "", RU, "killed", P, R, "exact", 38, "38", "cumulative",
  notes="conscripts from Siberia and the Far East; part of the 212")
G("p04", "\"dozens\" of servicemen", "ru-bashkortostan-gilyazov", "", RU, "killed", P, R, "vague", (24, 99), "dozens", "cumulative",
  notes="servicemen from Bashkortostan; relayed by an unnamed local TV channel")
G("p04", "about 300 Russian conscripts", "ua-coordination-hq", "", RU, "captured", P, R, "approximate", 300, "about 300", "period",
  notes="captured in the first weeks of the incursion")
G("p04", "nine men from", "ru-soldier-unnamed", "Galina Vasilyeva", RU, "killed", P, R, "exact", 9, "nine", "incident")

# p05 (ISW names itself: outlet last in relays; ISW's own voice = author)
G("p05", "about 800 Russian", "ru-milbloggers", "ISW", RU, "deployed", P, R, "approximate", 800, "about 800", "stock",
  notes="troops used in the pipeline operation")
G("p05", "heavy casualties among the pipeline", "ru-milbloggers", "ISW", RU, "casualties_unspecified", P, R, "none", "", "heavy casualties", "incident")
G("p05", "about 40 percent", "ua-military-observers", "ISW", RU, "casualties_unspecified", "percent_of_force", R, "approximate", 40, "about 40 percent", "incident",
  notes="30th Motorized Rifle Regiment in the pipeline operation")
G("p05", "two battalions", "ua-military-observers", "ISW", NK, "casualties_unspecified", "battalions", R, "at_most", 2, "up to two battalions' worth", "period",
  notes="since March 1")
G("p05", "killed 46", "ua-drone-commander-unnamed", "ISW", NK, "killed", P, R, "exact", 46, "46", "incident")
G("p05", "about 100 per week", "ua-military-observers", "ISW", NK, "casualties_unspecified", "people_per_week", R, "approximate", 100, "about 100", "period",
  notes="rate in late February")
G("p05", "more than 300 personnel", "ru-milbloggers", "ISW", UA, "casualties_unspecified", P, R, "more_than", 300, "more than 300", "period",
  notes="week of March 2 to 8")
G("p05", "more than 300 personnel", "ru-milblogger-unnamed", "ISW", UA, "captured", P, R, "vague", (200, 999), "hundreds", "period",
  notes="same week as context; scope could be read as unspecified")
G("p05", "over 74,000", "ru-mod", "ISW", UA, "casualties_unspecified", P, R, "more_than", 74000, "over 74,000", "cumulative")
G("p05", "roughly 10,000 personnel", "author", "", UA, "deployed", P, R, "approximate", 10000, "roughly 10,000", "stock",
  notes="ISW's own earlier assessment (text's own voice)")

# p06 (Ukrainska Pravda names itself: last relay)
UPR = "Ukrainska Pravda"
MYK = "Mykyta (SBU investigator) > Ukrainska Pravda"
G("p06", "Officially, two.", "ua-sbu-mykyta", UPR, NK, "captured", P, R, "exact", 2, "two", "cumulative")
G("p06", "blew themselves up", "ua-sbu-mykyta", UPR, NK, "killed", P, R, "none", "", "blew themselves up with grenades", "unspecified",
  notes="suicides to avoid capture, no number")
G("p06", "about 3,000 soldiers", "kp-pow-unnamed", MYK, NK, "deployed", P, R, "approximate", 3000, "about 3,000", "stock",
  notes="the prisoner's brigade")
G("p06", "about 100 men", "kp-pow-unnamed", MYK, NK, "deployed", P, R, "approximate", 100, "about 100", "stock",
  notes="company strength on entering Kursk")
G("p06", "about 100 men", "kp-pow-unnamed", MYK, NK, "deployed", P, R, "approximate", 30, "about 30", "stock",
  notes="remaining company strength after three weeks")
G("p06", "about 100 men", "kp-pow-unnamed", MYK, NK, "killed_or_wounded", P, R, "none", "", "the rest had been killed or wounded", "period",
  notes="the rest of the company (implied about 70) over three weeks; no figure given")
G("p06", "about 4,000 North Koreans", "ua-sbu", MYK, NK, "killed", P, R, "approximate", 4000, "about 4,000", "cumulative",
  notes="by mid-February")
G("p06", "about 4,000 North Koreans", "ua-sbu", MYK, NK, "wounded", P, R, "approximate", 4000, "roughly as many", "cumulative",
  notes="'roughly as many' as the 4,000 killed")
G("p06", "around 3,000 killed", "ua-gur", MYK, NK, "killed", P, R, "approximate", 3000, "around 3,000", "cumulative",
  notes="confirmed cases only")

# p07 (Stars and Stripes does not name itself; press secretary relays the Pentagon)
WH = "Rear Adm. Dana Whitfield"
G("p07", "Pentagon: About 4,200", "author", "", NK, "killed_or_wounded", P, R, "approximate", 4200, "About 4,200", "cumulative",
  derived="WASHINGTON", notes="headline sum of about 1,200 killed and roughly 3,000 wounded")
G("p07", "WASHINGTON", "us-dod", WH, NK, "killed", P, R, "approximate", 1200, "about 1,200", "cumulative")
G("p07", "WASHINGTON", "us-dod", WH, NK, "wounded", P, R, "approximate", 3000, "roughly 3,000", "cumulative")
G("p07", "roughly 11,000 to 12,000", "us-dod", WH, NK, "deployed", P, R, "range", (11000, 12000), "roughly 11,000 to 12,000", "stock",
  notes="in Russia, most in Kursk")
G("p07", "thousands of additional troops", "us-dod", WH, NK, "deployed", P, "conditional", "vague", (2000, 9999), "thousands", "stock",
  notes="if Pyongyang decides to send more")
G("p07", "the South Koreans say", "kr-officials", "unnamed reporter at the briefing", NK, "killed", P, R, "approximate", 300, "about 300", "cumulative")
G("p07", "staggering losses", "us-dod", WH, RU, "casualties_unspecified", P, R, "none", "", "staggering losses", "unspecified",
  notes="area=whole_war")
G("p07", "more than 700,000", "us-dod", WH, RU, "killed_or_wounded", P, R, "more_than", 700000, "more than 700,000", "cumulative",
  notes="area=whole_war")
G("p07", "about 1,000 men a month", "us-officials", "", NK, "casualties_unspecified", "people_per_month", R, "approximate", 1000, "about 1,000", "period",
  notes="senior defense official; rate in January")
G("p07", "fewer than 10", "us-officials", "", NK, "captured", P, R, "fewer_than", 10, "fewer than 10", "cumulative",
  notes="senior defense official")

# p08 (op-ed author = author; the author defines 'losses' as killed or wounded)
G("p08", "roughly 12,000 soldiers", "author", "", NK, "deployed", P, R, "approximate", 12000, "roughly 12,000", "stock")
G("p08", "between 5,000 and 6,000", "author", "", NK, "killed_or_wounded", P, R, "range", (5000, 6000), "between 5,000 and 6,000", "cumulative")
G("p08", "between 5,000 and 6,000", "author", "", NK, "killed_or_wounded", "percent_of_force", R, "approximate", 50, "close to 50 percent", "cumulative",
  notes="loss rate as share of the force; 'losses' defined as killed or wounded")
G("p08", "about 2,000 in September", "kr-nis", "", NK, "killed", P, R, "approximate", 2000, "about 2,000", "cumulative")
G("p08", "as many as 200 men a day", "ua-sources-unnamed", "", NK, "killed_or_wounded", "people_per_day", R, "at_most", 200, "as many as 200", "period",
  notes="rate in January and February")
G("p08", "30,000 to 40,000", "author", "", RU, "killed_or_wounded", P, R, "range", (30000, 40000), "30,000 to 40,000", "cumulative",
  notes="'losses' defined by the author as killed or wounded; since August 2024")
G("p08", "were heavy too", "author", "", UA, "killed_or_wounded", P, R, "none", "", "heavy", "unspecified",
  notes="'losses' defined by the author as killed or wounded")
G("p08", "another 10,000 troops", "author", "", NK, "deployed", P, "conditional", "exact", 10000, "another 10,000", "stock",
  notes="hypothetical additional deployment next year")
G("p08", "another 10,000 troops", "author", "", NK, "killed_or_wounded", P, "conditional", "at_least", 3000, "at least 3,000", "period",
  notes="additional losses within six months if the 10,000 are sent")
G("p08", "pass 7,000", "author", "", NK, "killed_or_wounded", P, "projected", "more_than", 7000, "pass 7,000", "cumulative",
  notes="projected total by the end of 2026")

# p09 (own voice 'we' = author)
G("p09", "identified 2,260", "author", "", NK, "killed_or_wounded", P, R, "exact", 2260, "2,260", "cumulative",
  notes="killed or seriously wounded, identified on video")
G("p09", "central estimate", "author", "", NK, "killed", P, R, "approximate", 4900, "4,900", "cumulative",
  notes="central (model) estimate")
G("p09", "central estimate", "author", "", NK, "killed", P, R, "range", (3600, 6800), "between 3,600 and 6,800", "cumulative",
  notes="90% confidence interval")
G("p09", "6,000-9,000", "author", "", NK, "wounded", P, R, "range", (6000, 9000), "6,000-9,000", "cumulative")
G("p09", "between a third and a half", "author", "", NK, "killed_or_wounded", "percent_of_force", R, "range", (33.33, 50), "between a third and a half", "cumulative")
G("p09", "between a third and a half", "author", "", NK, "deployed", P, R, "approximate", 15000, "roughly 15,000", "stock")
G("p09", "about 45 a day", "author", "", NK, "killed", "people_per_day", R, "approximate", 45, "about 45", "period",
  notes="peak rate in January 2025")
G("p09", "says about 2,000", "kr-nis", "", NK, "killed", P, R, "approximate", 2000, "about 2,000", "cumulative")
G("p09", "says about 2,000", "ua-gur", "", NK, "killed", P, R, "approximate", 5000, "roughly 5,000", "cumulative")
G("p09", "14,000-22,000", "author", "", RU, "killed", P, R, "range", (14000, 22000), "14,000-22,000", "period",
  notes="August 2024 to April 2025; low confidence")

# p10 (TASS dateline: TASS last in relays)
G("p10", "more than 76,000", "ru-mod", "TASS", UA, "casualties_unspecified", P, R, "more_than", 76000, "more than 76,000", "cumulative",
  notes="over the entire period of the operation")
G("p10", "more than 1,500", "ru-mod", "TASS", UA, "captured", P, R, "more_than", 1500, "more than 1,500", "cumulative")
G("p10", "over 1,100", "ru-mod", "TASS", UA, "casualties_unspecified", P, R, "more_than", 1100, "over 1,100", "period",
  notes="last week of fighting")
G("p10", "up to 140", "ru-mod", "TASS", UA, "casualties_unspecified", P, R, "at_most", 140, "up to 140", "period",
  notes="past day; ministry by context")
G("p10", "A group of 27", "ru-mod", "TASS", UA, "captured", P, R, "exact", 27, "27", "incident")
G("p10", "up to a platoon", "ru-mod", "TASS", UA, "casualties_unspecified", "platoons", R, "at_most", 1, "up to a platoon", "incident",
  notes="'destroyed' a group; ministry by context")
G("p10", "several hundred", "ru-mod", "TASS", UA, "killed", P, R, "vague", (300, 999), "several hundred", "incident",
  notes="counterattack near Tetkino on April 22")
G("p10", "up to 12,000", "ru-voronin", "TASS", UA, "deployed", P, R, "at_most", 12000, "up to 12,000", "stock",
  notes="Ukrainian group at the start of the incursion in August 2024")
G("p10", "Kursk adventure", "ru-kremlin", "Pavel Orlov > TASS", UA, "casualties_unspecified", P, R, "none", "", "cost the Ukrainian army its best units", "unspecified")

# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


T("p01", "March 14, 2025", "stand-alone date line")
T("p01", "mutual defence treaty", "date (treaty)")
T("p01", "August 6, 2024", "date of the incursion")
T("p01", "500 kilometres", "distance")
H("p02", "about 4,700")
T("p02", "Published :", "stand-alone date line")
T("p02", "nearly five hours", "duration of the session")
T("p02", "Shin, 61", "age, rank")
T("p02", "66.3 trillion", "money, year, percentage")
T("p02", "April 24", "date of a vote")
T("p03", "List of key events", "day count in the headline")
T("p03", "These are the key developments", "day count")
T("p03", "Published On", "stand-alone date line")
T("p03", "three civilians", "civilian injuries, not military losses")
T("p03", "650 million", "money")
T("p03", "25 prisoners", "prisoners exchanged, not a loss")
H("p04", "identified by name at least 212")
T("p04", "aged 18 to 20", "ages of the identified dead, not a loss figure")
T("p04", "In August 2024, the Defence Ministry", "date; no figure")
T("p04", "Artyom Vasilyev, 19", "age, year")
T("p04", "four months later", "duration; one missing soldier, not a count")
T("p04", "5 million roubles", "money")
T("p05", "Russian Offensive Campaign Assessment", "date in the title")
T("p05", "Key Takeaways", "date, duration of an assault")
T("p05", "within the next two weeks", "forecast of a withdrawal, not a loss")
T("p05", "Geolocated footage", "date")
T("p05", "27 assaults", "count of assaults, date")
T("p06", "11 years", "years of service")
T("p06", "March 3", "date")
T("p06", "two to three hours", "duration")
T("p06", "14 criminal cases", "count of criminal cases")
T("p07", "Published: February", "stand-alone date line")
T("p07", "41 minutes", "duration")
T("p07", "four times higher", "ratio between two estimates, no new figure")
T("p07", "Feb. 12", "date, number of countries")
T("p07", "$65 billion", "money, date")
T("p08", "groups of three or four", "size of assault groups")
T("p08", "30 ballistic missiles", "missile launches")
T("p08", "8.7 trillion yen", "money, year")
T("p08", "32 years", "years of service")
T("p09", "Nov 6th 2025", "stand-alone date line")
T("p09", "three sources", "method: number of sources and cemeteries")
T("p09", "40-60%", "method: model assumption, not a share of the force")
T("p09", "10,000 times", "method: number of model runs")
T("p09", "intervals of 14 days", "method: imaging interval")
T("p10", "MOSCOW, April 26", "dateline; liberation of a village, no figure")
T("p10", "1,300 square kilometers", "area")
T("p10", "100,000 rubles", "money")
T("p10", "18 villages", "count of villages")

HEADER = ("file,quote,claimant_id,claimant_name,relay_names,whose_losses,measure,"
          "counted_in,modality,qualifier,low,best,high,count_as_written,scope,"
          "derived_from_quote,notes").split(",")


def para_text(p):
    if p and p[0] == "-":
        return "- " + " ".join(p[1:])
    return " ".join(p)


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid, paras in DOCS.items():
        body = "\n\n".join(para_text(p) for p in paras)
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
