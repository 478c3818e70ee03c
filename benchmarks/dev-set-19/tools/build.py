#!/usr/bin/env python3
"""Build dev-set-19: eight fabricated texts, gold.csv and traps.csv.

Every quote in gold.csv and traps.csv is looked up from DOCS by a short key,
so no sentence is typed twice.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

LAST = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {
    # ------------------------------------------------------------------
    "s01-washington-officials": [
        ["Nearly 4,000 North Korean troops killed or wounded in Kursk, U.S. officials say"],
        ["North Korean forces fighting in Russia's Kursk region have suffered nearly 4,000 killed or wounded since they entered combat in December, according to three U.S. officials, a toll one of them called \"staggering for an army that has not fought a war in 70 years.\"",
         "The officials, who spoke on the condition of anonymity to discuss intelligence assessments, said roughly 1,000 of those casualties were deaths."],
        ["American, South Korean and British officials said in separate briefings this week that Pyongyang had sent about 11,000 soldiers to Russia last fall and was preparing to dispatch up to 3,000 more by the end of March."],
        ["Pentagon spokesman Lt. Col. Brian Okafor told reporters on Tuesday that North Korean units had taken \"heavy losses\" in frontal assaults on Ukrainian positions.",
         "Okafor declined to give an overall figure but said that in a single assault near the village of Plekhovo last week, the North Koreans lost up to a company.",
         "Loss figures for the contingent have been hard to pin down, the officials said, because Russian commanders have folded its units into Russian airborne and marine formations."],
        ["One senior defense official estimated that the North Koreans were losing about 100 soldiers a day at the height of the fighting in January, a rate the official said had since slowed.",
         "That estimate is higher than Seoul's."],
        ["South Korea's spy agency told lawmakers in a closed-door briefing last month that about 300 North Koreans had been killed and some 2,700 wounded, according to lawmakers who attended, as reported by Yonhap News Agency."],
        ["A Ukrainian official said Kyiv's forces had also paid a price, without giving a figure.",
         "The United States has provided more than $65 billion in military aid to Ukraine since February 2022, and officials said the Ukrainian-held pocket in Kursk had shrunk to about 500 square kilometers from a peak of roughly 1,300.",
         "North Korea's mission to the United Nations did not respond to a request for comment."],
        [LAST],
    ],
    # ------------------------------------------------------------------
    "s02-nk-state-tv-analysis": [
        ["Analysis: What North Korean state TV's Kursk memorial footage reveals"],
        ["April 30, 2025"],
        ["North Korean state television on Monday aired a 40-minute documentary on the troops Pyongyang sent to Russia's Kursk region, the first time the country has shown its soldiers in combat abroad.",
         "The broadcast by Korean Central Television (KCTV) gave no overall figure, but its narrator said \"many\" of the \"heroic sons of the motherland\" had \"given their lives\" in the \"liberation of Kursk.\""],
        ["An NK News review of the footage found at least 101 portraits of fallen soldiers at a memorial ceremony attended by leader Kim Jong Un, each bearing a name and a date of death between December and March.",
         "A caption in the broadcast said 14 members of a single reconnaissance unit had been killed by a Ukrainian drone strike in January."],
        ["In one 12-second sequence, about two dozen soldiers cross a snowfield in single file, a formation that analysts said was drawn from Korean People's Army drill manuals of the 1960s.",
         "Such tactics, Ukrainian commanders have said, left the North Koreans exposed to drones and artillery."],
        ["Kim, in a speech carried by the Korean Central News Agency (KCNA) the next day, said the soldiers had \"annihilated\" thousands of enemy troops, a claim that could not be verified."],
        ["The figures Kyiv has published are far higher than anything Pyongyang has hinted at.",
         "Ukraine's military intelligence agency, the GUR, said in mid-March that about 4,700 North Koreans had been killed or wounded in Kursk, including roughly 1,200 killed."],
        ["Seoul's spy agency has estimated that, if the current rotation continues, North Korea will have sent about 15,000 troops in total by the summer."],
        ["The documentary also showed at least six KN-23 ballistic missiles and 170mm Koksan self-propelled guns, weapons Pyongyang has supplied to Moscow since 2023.",
         "NK News could not independently verify the footage's date or location."],
        [LAST],
    ],
    # ------------------------------------------------------------------
    "s03-wire-telegram-lawmaker": [
        ["Ukrainian lawmaker says North Korean brigade lost a third of its men in Kursk"],
        ["KYIV, Jan. 14 (Reuters) - A Ukrainian member of parliament said on Tuesday that a North Korean brigade fighting in Russia's Kursk region had lost about a third of its men in six weeks of assaults, citing a closed-door briefing by military intelligence."],
        ["Oleksandr Marchenko, a member of parliament's national security committee, wrote on Telegram that intelligence officers had told the committee the brigade numbered about 3,000 men when it entered combat in early December.",
         "Of those, \"around 1,000 were killed or wounded and at least 40 are listed as missing,\" Marchenko wrote, quoting the briefing."],
        ["Marchenko said the figures showed Moscow was \"burning through\" its ally's troops, and that he expected Pyongyang to send \"at least 6,000 more troops\" before the summer.",
         "Ukraine's military intelligence agency, known as the GUR, did not respond to a request for comment, and Reuters could not verify the figures."],
        ["Ukraine's General Staff said separately that Russian forces had lost 1,340 troops killed and wounded across the entire front over the past 24 hours, bringing their total since February 2022 to about 829,000.",
         "In the Kursk region alone, the General Staff said, Russian and North Korean forces have lost more than 38,000 soldiers since August, including about 16,100 killed."],
        ["Russia's Defence Ministry said on Tuesday that Ukraine was losing \"up to 300 servicemen a day\" in the Kursk region, and that its own forces had retaken the village of Sverdlikovo.",
         "The ministry does not publish its own casualty figures."],
        ["Ukrainian troops have held parts of the Kursk region since launching a cross-border offensive on Aug. 6, 2024, and at their peak controlled about 1,300 square kilometres and 93 settlements, according to Kyiv."],
        ["(Reporting by Anna Kovalenko; Editing by Mark Heller)"],
        [LAST],
    ],
    # ------------------------------------------------------------------
    "s04-governor-evacuations": [
        ["Governor: 1,200 more residents to leave border districts as region mourns its soldiers"],
        ["18 March 2025, 14:20"],
        ["Kursk Region Governor Viktor Lozovoy said on Tuesday that another 1,200 residents of the Glushkovo and Korenevo districts would be moved to temporary accommodation centres by the end of the month as Ukrainian drone attacks continue.",
         "Since August, 142 civilians have been killed in the region and 613 wounded, the governor said.",
         "Buses will leave from the district centres each morning, and residents who stay behind will be visited by social workers, he added."],
        ["Speaking at a meeting of the regional security council, Lozovoy said 47 servicemen from the Kursk region had been killed in the fighting on the region's territory since August, and that each of their families would receive 5 million roubles in regional compensation.",
         "He said \"dozens\" of local contract soldiers were still listed as missing.",
         "According to the governor, 19 men from the region have been taken prisoner, 11 of whom returned home in the exchange on March 5."],
        ["Citing the Defence Ministry, Lozovoy said Ukraine had lost \"more than 67,000 servicemen\" in the Kursk direction since August.",
         "He also said Ukrainian forces had lost up to a battalion in a single failed assault near the village of Tetkino last week.",
         "The ministry has not published a count of Russian military deaths in the region."],
        ["The governor said 31 schools in the border districts would continue remote learning until September, and that 2.3 billion roubles had been allocated to rebuild housing damaged by shelling.",
         "Residents can register for evacuation by calling the regional hotline at 122."],
        [LAST],
    ],
    # ------------------------------------------------------------------
    "s05-think-tank-summary": [
        ["Executive Summary: The Korean People's Army in Kursk, December 2024 to June 2025"],
        ["This report assesses the combat performance and losses of the roughly 11,000 North Korean troops deployed to Russia's Kursk region from late 2024.",
         "It draws on Ukrainian and South Korean official statements, interviews with Ukrainian soldiers, and geolocated video."],
        ["Key findings:"],
        ["- We estimate that North Korean forces suffered between 5,000 and 6,500 casualties (killed, wounded, missing or captured) by the end of June, or roughly half of the force initially deployed (pp. 14-17)."],
        ["- Of these, we assess that at least 1,500 were killed (p. 15)."],
        ["- At the peak of the winter fighting, in January, North Korean units were losing an average of 80 to 120 soldiers per day, killed or wounded (p. 19)."],
        ["- Only two North Korean prisoners of war are publicly known to have been taken by Ukraine; we assess the true number of captured at fewer than 20 (p. 22)."],
        ["- Russian losses in the Kursk counteroffensive were far heavier in absolute terms: we put them at 40,000 to 55,000 killed and wounded since August 2024 (pp. 24-26)."],
        ["- Our estimates are higher than the figure of about 4,700 killed or wounded published by Ukraine's military intelligence in March, and lower than the \"up to 8,000\" cited by some Ukrainian commanders."],
        ["- North Korea has also supplied an estimated 12 million artillery shells and more than 200 long-range artillery systems since 2023 (p. 31)."],
        ["Outlook:"],
        ["- If Pyongyang maintains its current rotation, we project that it will have deployed a cumulative 25,000 to 30,000 personnel to Russia by December 2025."],
        ["- Should North Korean units be committed to offensive operations inside Ukraine, we project a further 3,000 to 4,000 casualties by the end of 2025."],
        ["The full methodology, including our treatment of conflicting Ukrainian and Russian claims, is set out in Annex B (pp. 40-44)."],
        [LAST],
    ],
    # ------------------------------------------------------------------
    "s06-radio-battalion-commander": [
        ["Transcript: 'They came in waves' - a battalion commander on fighting North Korean troops in Kursk"],
        ["This is an edited transcript of an interview recorded on Feb. 19, 2025, for our morning programme.",
         "Maj. Dmytro Kovalyk commands a battalion of the 118th Separate Assault Brigade, which has fought in Russia's Kursk region since August."],
        ["HOST: Major, when did your battalion meet North Korean troops?"],
        ["KOVALYK: In mid-December, near Kremyanoye."],
        ["HOST: How many of them were in your sector?"],
        ["KOVALYK: At the start, maybe 1,500 men, more than we had."],
        ["HOST: And what happened to them?"],
        ["KOVALYK: In a single assault on Dec. 17 we counted 63 of their dead in front of our positions, and we took three prisoners.",
         "Over the following three weeks, I would say they lost about half of the men in our sector, killed or wounded."],
        ["HOST: Kyiv says North Korean losses overall are close to 5,000."],
        ["KOVALYK: I can only speak for my sector, but that sounds right to me, maybe even low."],
        ["HOST: And the Russians?"],
        ["KOVALYK: The Russian marines opposite us were losing dozens of men every week through the winter."],
        ["HOST: What about your own losses?"],
        ["KOVALYK: We have had losses, serious ones, but I will not give a number on the radio.",
         "The Russians now send 40 or 50 drones a day at our positions, and the fibre-optic ones can fly 20 kilometres."],
        ["HOST: Do you expect the North Koreans to come back?"],
        ["KOVALYK: Military intelligence says another 2,000 to 3,000 could arrive by April.",
         "If they come the way they came in December, they will lose a third of them in a month."],
        ["HOST: Major Kovalyk, thank you."],
        [LAST],
    ],
    # ------------------------------------------------------------------
    "s07-fact-check-viral-figure": [
        ["Fact check: No, 30,000 North Korean soldiers have not died in Kursk"],
        ["Published March 3, 2025 | Updated March 4, 2025"],
        ["A post shared more than 40,000 times on X and Telegram since Friday claims that \"30,000 North Korean soldiers have been killed in Kursk in three months.\"",
         "The claim is false."],
        ["The post attributes the figure to \"the Pentagon,\" but no such statement appears in Defense Department transcripts, and a department spokeswoman, Cmdr. Laura Pinsky, told us it was \"not a number we recognize.\"",
         "The Pentagon's own most recent estimate, given at a January briefing, was that North Korean troops killed or wounded \"number in the thousands.\""],
        ["Ukraine's military intelligence directorate said on Feb. 26 that about 4,000 North Korean troops had been killed or wounded since they joined the fighting, including roughly 1,000 who died.",
         "South Korea's National Intelligence Service, in a closed-door briefing relayed by lawmaker Yoon Chang-ho, put deaths at about 300 and said the North Koreans had suffered \"heavy losses\" because they were unfamiliar with drone warfare."],
        ["Even if all of the roughly 11,000 soldiers Pyongyang is believed to have sent had been killed, the viral number would still be almost three times too high."],
        ["We traced the figure to a March 1 video by a YouTube channel with 1.2 million subscribers, which appears to have misread a Ukrainian estimate of 30,000 Russian casualties in the Kursk region over the winter.",
         "The video, which has since been deleted, had been viewed about 900,000 times."],
        ["Our rating: False."],
        [LAST],
    ],
    # ------------------------------------------------------------------
    "s08-local-military-hospital": [
        ["Sumy hospital has treated 1,900 soldiers wounded in Kursk"],
        ["By Olena Savchuk | April 12, 2025"],
        ["SUMY - The corridors of the city's military hospital smell of iodine and diesel; the generators run for up to 14 hours a day when the grid goes down.",
         "The hospital admitted 1,140 soldiers wounded in the Kursk region between August and December, and another 760 between January and March, said Col. Iryna Bondarenko, its chief surgeon.",
         "Bondarenko, 52, has worked here since 1998."],
        ["She said 96 of them had died in the hospital, most within 48 hours of arrival.",
         "The worst night came in mid-March, she said, when 73 wounded arrived after a Russian glide-bomb strike on a column near Sudzha.",
         "Surgeons now perform about 35 operations a day, up from a dozen last summer."],
        ["Sgt. Mykola Hrytsenko, 34, lost his left foot to a mine in January.",
         "He says 17 of the 28 men in his platoon were killed or wounded by the time he was evacuated.",
         "Hrytsenko said his unit had killed \"at least 40\" North Korean soldiers in one night near Kurilovka."],
        ["Ukraine's Health Ministry said in February that military hospitals across the Sumy region had treated more than 6,000 wounded service members since August, but it did not say how many had been wounded in Kursk.",
         "A charity in Lviv donated 12 ventilators and two ambulances to the hospital in March."],
        ["Bondarenko expects the flow to ease: if the Kursk front stabilises, she said, admissions of wounded could fall below 100 a month by summer."],
        [LAST],
    ],
}


def sentences(fid):
    """Every sentence of text `fid`, in order (title first, last line last)."""
    return [s for para in DOCS[fid] for s in para]


def text_of(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


def S(fid, key):
    """The unique sentence of `fid` that contains `key`."""
    hits = [s for s in sentences(fid) if key in s]
    if len(hits) != 1:
        raise SystemExit(f"key {key!r} in {fid}: {len(hits)} hits")
    return hits[0]


# ----------------------------------------------------------------------
# Claimants (id -> name as a reader would name it)
# ----------------------------------------------------------------------
C = {
    "us-officials": "US officials (unnamed)",
    "kr-officials": "South Korean officials (unnamed)",
    "uk-officials": "British officials (unnamed)",
    "ua-officials": "Ukrainian officials (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "okafor": "Lt. Col. Brian Okafor, Pentagon spokesman",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kp-kctv": "Korean Central Television (KCTV), North Korean state TV",
    "kp-kim-jong-un": "Kim Jong Un, leader of North Korea",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-mp-marchenko": "Oleksandr Marchenko, Ukrainian lawmaker on parliament's national security committee",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ru-mod": "Russian Ministry of Defence",
    "ru-kursk-governor": "Viktor Lozovoy, governor of Russia's Kursk region",
    "ua-kovalyk": "Maj. Dmytro Kovalyk, battalion commander, 118th Separate Assault Brigade (Ukraine)",
    "ua-commanders": "Ukrainian commanders (unnamed)",
    "viral-post": "A viral post on X and Telegram",
    "ua-health-ministry": "Ukraine's Health Ministry",
    "ua-bondarenko": "Col. Iryna Bondarenko, chief surgeon of the Sumy military hospital",
    "ua-hrytsenko": "Sgt. Mykola Hrytsenko, wounded Ukrainian soldier",
}
AUTHOR = {
    "s02-nk-state-tv-analysis": "NK News (the analysis's own voice)",
    "s05-think-tank-summary": "The think-tank report's authors (own voice)",
    "s07-fact-check-viral-figure": "The fact-check's own voice (outlet not named)",
    "s08-local-military-hospital": "The newspaper's own voice (outlet not named)",
}

FIELDS = ["file", "quote", "claimant_id", "claimant_name", "relay_names",
          "whose_losses", "measure", "counted_in", "modality", "qualifier",
          "low", "best", "high", "count_as_written", "scope",
          "derived_from_quote", "notes"]

GOLD = []


def R(fid, key, cid, relays, whose, measure, counted, modality, qual,
      low="", best="", high="", caw="", scope="", derived=None, notes="",
      cname=None):
    if cname is None:
        cname = AUTHOR[fid] if cid == "author" else C[cid]
    GOLD.append({
        "file": f"texts/{fid}.txt",
        "quote": S(fid, key),
        "claimant_id": cid,
        "claimant_name": cname,
        "relay_names": " > ".join(relays),
        "whose_losses": whose,
        "measure": measure,
        "counted_in": counted,
        "modality": modality,
        "qualifier": qual,
        "low": low, "best": best, "high": high,
        "count_as_written": caw,
        "scope": scope,
        "derived_from_quote": S(fid, derived) if derived else "",
        "notes": notes,
    })


# ---------------------------------------------------------------- s01
f = "s01-washington-officials"
R(f, "have suffered nearly 4,000", "us-officials", [], "north_korean",
  "killed_or_wounded", "people", "reported", "vague", low=3600, high=3999,
  caw="nearly 4,000", scope="cumulative",
  notes="three unnamed US officials; since entering combat in December")
R(f, "roughly 1,000 of those", "us-officials", [], "north_korean", "killed",
  "people", "reported", "approximate", best=1000, caw="roughly 1,000",
  scope="cumulative", notes="'the officials'; deaths among the ~4,000 casualties")
for cid in ("us-officials", "kr-officials", "uk-officials"):
    R(f, "American, South Korean and British", cid, [], "north_korean",
      "deployed", "people", "reported", "approximate", best=11000,
      caw="about 11,000", scope="stock",
      notes="three nationalities of anonymous officials in one sentence: one row each")
    R(f, "American, South Korean and British", cid, [], "north_korean",
      "deployed", "people", "projected", "at_most", high=3000,
      caw="up to 3,000 more", scope="stock",
      notes="forecast of additional troops by the end of March")
R(f, "had taken \"heavy losses\"", "us-dod", [], "north_korean",
  "casualties_unspecified", "people", "reported", "none",
  caw="heavy losses", scope="unspecified", cname=C["okafor"],
  notes="named Pentagon spokesman; body id us-dod")
R(f, "lost up to a company", "us-dod", [], "north_korean",
  "casualties_unspecified", "companies", "reported", "at_most", high=1,
  caw="up to a company", scope="incident", cname=C["okafor"],
  notes="'in a single assault' near Plekhovo")
R(f, "about 100 soldiers a day", "us-officials", [], "north_korean",
  "casualties_unspecified", "people_per_day", "reported", "approximate",
  best=100, caw="about 100 soldiers a day", scope="period",
  notes="one senior defense official; rate at the height of fighting in January")
R(f, "about 300 North Koreans had been killed", "kr-nis",
  ["South Korean lawmakers", "Yonhap News Agency"], "north_korean", "killed",
  "people", "reported", "approximate", best=300, caw="about 300",
  scope="cumulative", notes="'South Korea's spy agency'; closed-door briefing relayed by lawmakers")
R(f, "about 300 North Koreans had been killed", "kr-nis",
  ["South Korean lawmakers", "Yonhap News Agency"], "north_korean", "wounded",
  "people", "reported", "approximate", best=2700, caw="some 2,700",
  scope="cumulative", notes="'South Korea's spy agency'; closed-door briefing relayed by lawmakers")
R(f, "paid a price", "ua-officials", [], "ukrainian", "casualties_unspecified",
  "people", "reported", "none", caw="paid a price", scope="unspecified",
  notes="one unnamed Ukrainian official; loss stated without a number")

# ---------------------------------------------------------------- s02
f = "s02-nk-state-tv-analysis"
NK = "NK News"
R(f, "narrator said \"many\"", "kp-kctv", [NK], "north_korean", "killed",
  "people", "reported", "none", caw="many", scope="unspecified",
  notes="state TV narrator; 'given their lives' read as killed")
R(f, "at least 101 portraits", "author", [], "north_korean", "killed",
  "people", "reported", "at_least", low=101, caw="at least 101",
  scope="cumulative", notes="the outlet's own count of memorial portraits (deaths December-March)")
R(f, "14 members of a single", "kp-kctv", [NK], "north_korean", "killed",
  "people", "reported", "exact", low=14, best=14, high=14, caw="14",
  scope="incident", notes="broadcast caption; one drone strike in January")
R(f, "\"annihilated\" thousands", "kp-kim-jong-un",
  ["Korean Central News Agency (KCNA)", NK], "ukrainian", "killed", "people",
  "reported", "vague", low=2000, high=9999, caw="thousands",
  scope="cumulative", notes="'annihilated' read as killed; unverified")
R(f, "about 4,700 North Koreans", "ua-gur", [NK], "north_korean",
  "killed_or_wounded", "people", "reported", "approximate", best=4700,
  caw="about 4,700", scope="cumulative", notes="as of mid-March")
R(f, "about 4,700 North Koreans", "ua-gur", [NK], "north_korean", "killed",
  "people", "reported", "approximate", best=1200, caw="roughly 1,200",
  scope="cumulative", notes="as of mid-March; subset of the 4,700")
R(f, "about 15,000 troops", "kr-nis", [NK], "north_korean", "deployed",
  "people", "conditional", "approximate", best=15000, caw="about 15,000",
  scope="stock", notes="'Seoul's spy agency'; total sent by the summer if the rotation continues")

# ---------------------------------------------------------------- s03
f = "s03-wire-telegram-lawmaker"
MAR = "Oleksandr Marchenko, Ukrainian lawmaker"
RT = "Reuters"
R(f, "about a third of its men", "ua-gur", [MAR, RT], "north_korean",
  "casualties_unspecified", "percent_of_force", "reported", "approximate",
  best=33.33, caw="about a third of its men", scope="period",
  notes="closed-door briefing by military intelligence relayed by an MP on Telegram; six weeks of assaults")
R(f, "numbered about 3,000 men", "ua-gur", [MAR, RT], "north_korean",
  "deployed", "people", "reported", "approximate", best=3000,
  caw="about 3,000 men", scope="stock",
  notes="'intelligence officers' told the committee; brigade strength in early December")
R(f, "around 1,000 were killed", "ua-gur", [MAR, RT], "north_korean",
  "killed_or_wounded", "people", "reported", "approximate", best=1000,
  caw="around 1,000", scope="cumulative", notes="Marchenko quoting the briefing")
R(f, "around 1,000 were killed", "ua-gur", [MAR, RT], "north_korean",
  "missing", "people", "reported", "at_least", low=40, caw="at least 40",
  scope="cumulative", notes="Marchenko quoting the briefing")
R(f, "at least 6,000 more troops", "ua-mp-marchenko", [RT], "north_korean",
  "deployed", "people", "projected", "at_least", low=6000,
  caw="at least 6,000 more troops", scope="stock",
  notes="the lawmaker's own forecast of additional troops before the summer")
R(f, "1,340 troops", "ua-general-staff", [RT], "russian", "killed_or_wounded",
  "people", "reported", "exact", low=1340, best=1340, high=1340,
  caw="1,340", scope="period", notes="area=whole_war; over the past 24 hours, entire front")
R(f, "1,340 troops", "ua-general-staff", [RT], "russian", "killed_or_wounded",
  "people", "reported", "approximate", best=829000, caw="about 829,000",
  scope="cumulative", notes="area=whole_war; total since February 2022")
R(f, "more than 38,000 soldiers", "ua-general-staff", [RT],
  "russian_and_north_korean", "casualties_unspecified", "people", "reported",
  "more_than", low=38000, caw="more than 38,000", scope="cumulative",
  notes="Kursk region since August")
R(f, "more than 38,000 soldiers", "ua-general-staff", [RT],
  "russian_and_north_korean", "killed", "people", "reported", "approximate",
  best=16100, caw="about 16,100", scope="cumulative",
  notes="Kursk region since August; subset of the 38,000")
R(f, "up to 300 servicemen a day", "ru-mod", [RT], "ukrainian",
  "casualties_unspecified", "people_per_day", "reported", "at_most",
  high=300, caw="up to 300 servicemen a day", scope="unspecified",
  notes="rate not tied to a stated time ('on Tuesday' is when it was said)")

# ---------------------------------------------------------------- s04
f = "s04-governor-evacuations"
LOZ = "Viktor Lozovoy, governor of Russia's Kursk region"
R(f, "47 servicemen", "ru-kursk-governor", [], "russian", "killed", "people",
  "reported", "exact", low=47, best=47, high=47, caw="47",
  scope="cumulative", notes="only servicemen from the Kursk region, killed on its territory since August")
R(f, "\"dozens\" of local", "ru-kursk-governor", [], "russian", "missing",
  "people", "reported", "vague", low=24, high=99, caw="dozens",
  scope="cumulative", notes="'He'; local contract soldiers still listed as missing")
R(f, "19 men from the region", "ru-kursk-governor", [], "russian", "captured",
  "people", "reported", "exact", low=19, best=19, high=19, caw="19",
  scope="cumulative", notes="'the governor'; 11 since returned in an exchange (not a loss figure)")
R(f, "more than 67,000 servicemen", "ru-mod", [LOZ], "ukrainian",
  "casualties_unspecified", "people", "reported", "more_than", low=67000,
  caw="more than 67,000 servicemen", scope="cumulative",
  notes="'the Defence Ministry' cited by the governor; Kursk direction since August")
R(f, "up to a battalion", "ru-kursk-governor", [], "ukrainian",
  "casualties_unspecified", "battalions", "reported", "at_most", high=1,
  caw="up to a battalion", scope="incident", notes="single failed assault near Tetkino")

# ---------------------------------------------------------------- s05
f = "s05-think-tank-summary"
DEF = "text defines casualties as killed, wounded, missing or captured"
R(f, "roughly 11,000 North Korean troops", "author", [], "north_korean",
  "deployed", "people", "reported", "approximate", best=11000,
  caw="roughly 11,000", scope="stock")
R(f, "between 5,000 and 6,500", "author", [], "north_korean",
  "killed_wounded_missing_or_captured", "people", "reported", "range",
  low=5000, high=6500, caw="between 5,000 and 6,500", scope="cumulative",
  notes=DEF + "; by the end of June; pp. 14-17")
R(f, "between 5,000 and 6,500", "author", [], "north_korean",
  "killed_wounded_missing_or_captured", "percent_of_force", "reported",
  "approximate", best=50, caw="roughly half of the force initially deployed",
  scope="cumulative", notes=DEF + "; share of the initial deployment")
R(f, "at least 1,500 were killed", "author", [], "north_korean", "killed",
  "people", "reported", "at_least", low=1500, caw="at least 1,500",
  scope="cumulative", notes="p. 15")
R(f, "80 to 120 soldiers per day", "author", [], "north_korean",
  "killed_or_wounded", "people_per_day", "reported", "range", low=80,
  high=120, caw="an average of 80 to 120 soldiers per day", scope="period",
  notes="rate during January; p. 19")
R(f, "Only two North Korean prisoners", "author", [], "north_korean",
  "captured", "people", "reported", "exact", low=2, best=2, high=2,
  caw="Only two", scope="cumulative", notes="publicly known prisoners; p. 22")
R(f, "Only two North Korean prisoners", "author", [], "north_korean",
  "captured", "people", "reported", "fewer_than", high=20,
  caw="fewer than 20", scope="cumulative", notes="the report's own estimate of the true number; p. 22")
R(f, "40,000 to 55,000", "author", [], "russian", "killed_or_wounded",
  "people", "reported", "range", low=40000, high=55000,
  caw="40,000 to 55,000", scope="cumulative",
  notes="Kursk counteroffensive since August 2024; pp. 24-26")
R(f, "about 4,700 killed or wounded", "ua-gur", [], "north_korean",
  "killed_or_wounded", "people", "reported", "approximate", best=4700,
  caw="about 4,700", scope="cumulative",
  notes="'Ukraine's military intelligence', published in March, cited by the report")
R(f, "about 4,700 killed or wounded", "ua-commanders", [], "north_korean",
  "killed_or_wounded", "people", "reported", "at_most", high=8000,
  caw="up to 8,000", scope="cumulative",
  notes="'some Ukrainian commanders'; measure taken from the comparison with the 4,700 killed or wounded")
R(f, "25,000 to 30,000 personnel", "author", [], "north_korean", "deployed",
  "people", "conditional", "range", low=25000, high=30000,
  caw="a cumulative 25,000 to 30,000 personnel", scope="stock",
  notes="if the rotation continues; cumulative deployments by December 2025 (deployed rows take scope stock)")
R(f, "a further 3,000 to 4,000", "author", [], "north_korean",
  "killed_wounded_missing_or_captured", "people", "conditional", "range",
  low=3000, high=4000, caw="a further 3,000 to 4,000", scope="period",
  notes="area=other_front; 'should' = if-clause; additional losses inside Ukraine by end of 2025; " + DEF)

# ---------------------------------------------------------------- s06
f = "s06-radio-battalion-commander"
KOV = "Maj. Dmytro Kovalyk"
R(f, "maybe 1,500 men", "ua-kovalyk", [], "north_korean", "deployed",
  "people", "reported", "approximate", best=1500, caw="maybe 1,500 men",
  scope="stock", notes="in his sector at the start")
R(f, "63 of their dead", "ua-kovalyk", [], "north_korean", "killed", "people",
  "reported", "exact", low=63, best=63, high=63, caw="63", scope="incident",
  notes="single assault on Dec. 17")
R(f, "63 of their dead", "ua-kovalyk", [], "north_korean", "captured",
  "people", "reported", "exact", low=3, best=3, high=3, caw="three prisoners",
  scope="incident", notes="single assault on Dec. 17")
R(f, "about half of the men", "ua-kovalyk", [], "north_korean",
  "killed_or_wounded", "percent_of_force", "reported", "approximate",
  best=50, caw="about half of the men in our sector", scope="period",
  notes="over the following three weeks")
R(f, "close to 5,000", "ua-officials", [], "north_korean",
  "casualties_unspecified", "people", "reported", "vague", low=4500,
  high=4999, caw="close to 5,000", scope="cumulative",
  notes="'Kyiv', relayed by the unnamed programme's host; 'close to' read as 'nearly'")
R(f, "dozens of men every week", "ua-kovalyk", [], "russian",
  "casualties_unspecified", "people_per_week", "reported", "vague", low=24,
  high=99, caw="dozens of men every week", scope="period",
  notes="rate through the winter")
R(f, "losses, serious ones", "ua-kovalyk", [], "ukrainian",
  "casualties_unspecified", "people", "reported", "none",
  caw="losses, serious ones", scope="unspecified", notes="his battalion; loss stated without a number")
R(f, "another 2,000 to 3,000", "ua-gur", [KOV], "north_korean", "deployed",
  "people", "projected", "range", low=2000, high=3000,
  caw="another 2,000 to 3,000", scope="stock",
  notes="'Military intelligence' relayed by the commander; additional troops by April")
R(f, "lose a third of them", "ua-kovalyk", [], "north_korean",
  "casualties_unspecified", "percent_of_force", "conditional", "exact",
  low=33.33, best=33.33, high=33.33, caw="a third of them", scope="period",
  notes="if-clause; share of the new arrivals lost within a month")

# ---------------------------------------------------------------- s07
f = "s07-fact-check-viral-figure"
YOON = "Yoon Chang-ho, South Korean lawmaker"
R(f, "A post shared more than 40,000", "viral-post", [], "north_korean",
  "killed", "people", "reported", "exact", low=30000, best=30000, high=30000,
  caw="30,000", scope="period",
  notes="in three months; the post attributes it to 'the Pentagon', which does not recognize it; rated false")
R(f, "\"number in the thousands.\"", "us-dod", [], "north_korean",
  "killed_or_wounded", "people", "reported", "vague", low=2000, high=9999,
  caw="in the thousands", scope="cumulative", notes="January briefing")
R(f, "about 4,000 North Korean troops", "ua-gur", [], "north_korean",
  "killed_or_wounded", "people", "reported", "approximate", best=4000,
  caw="about 4,000", scope="cumulative", notes="'military intelligence directorate'; Feb. 26")
R(f, "about 4,000 North Korean troops", "ua-gur", [], "north_korean",
  "killed", "people", "reported", "approximate", best=1000,
  caw="roughly 1,000", scope="cumulative", notes="Feb. 26; subset of the 4,000")
R(f, "put deaths at about 300", "kr-nis", [YOON], "north_korean", "killed",
  "people", "reported", "approximate", best=300, caw="about 300",
  scope="cumulative", notes="closed-door briefing relayed by a lawmaker")
R(f, "put deaths at about 300", "kr-nis", [YOON], "north_korean",
  "casualties_unspecified", "people", "reported", "none",
  caw="heavy losses", scope="unspecified", notes="closed-door briefing relayed by a lawmaker")
R(f, "roughly 11,000 soldiers", "author", [], "north_korean", "deployed",
  "people", "reported", "approximate", best=11000, caw="roughly 11,000",
  scope="stock", notes="'is believed to have sent' stated in the fact-check's voice; the if-clause is a hypothetical, not a forecast")
R(f, "30,000 Russian casualties", "ua-officials", [], "russian",
  "casualties_unspecified", "people", "reported", "exact", low=30000,
  best=30000, high=30000, caw="30,000", scope="period",
  notes="source given only as 'a Ukrainian estimate'; over the winter")

# ---------------------------------------------------------------- s08
f = "s08-local-military-hospital"
R(f, "Sumy hospital has treated 1,900", "author", [], "ukrainian", "wounded",
  "people", "reported", "exact", low=1900, best=1900, high=1900,
  caw="1,900", scope="cumulative", derived="admitted 1,140 soldiers",
  notes="headline figure made by the outlet: 1,140 + 760")
R(f, "admitted 1,140 soldiers", "ua-bondarenko", [], "ukrainian", "wounded",
  "people", "reported", "exact", low=1140, best=1140, high=1140,
  caw="1,140", scope="period", notes="admissions August-December")
R(f, "admitted 1,140 soldiers", "ua-bondarenko", [], "ukrainian", "wounded",
  "people", "reported", "exact", low=760, best=760, high=760,
  caw="another 760", scope="period", notes="admissions January-March")
R(f, "96 of them had died", "ua-bondarenko", [], "ukrainian", "killed",
  "people", "reported", "exact", low=96, best=96, high=96, caw="96",
  scope="cumulative", notes="'She'; died of wounds in the hospital")
R(f, "73 wounded arrived", "ua-bondarenko", [], "ukrainian", "wounded",
  "people", "reported", "exact", low=73, best=73, high=73, caw="73",
  scope="incident", notes="one glide-bomb strike near Sudzha")
R(f, "17 of the 28 men", "ua-hrytsenko", [], "ukrainian", "killed_or_wounded",
  "people", "reported", "exact", low=17, best=17, high=17, caw="17",
  scope="cumulative", notes="his platoon, by the time he was evacuated")
R(f, "17 of the 28 men", "ua-hrytsenko", [], "ukrainian", "deployed",
  "people", "reported", "exact", low=28, best=28, high=28, caw="28 men",
  scope="stock", notes="platoon strength")
R(f, "\"at least 40\" North Korean", "ua-hrytsenko", [], "north_korean",
  "killed", "people", "reported", "at_least", low=40, caw="at least 40",
  scope="incident", notes="one night near Kurilovka")
R(f, "more than 6,000 wounded", "ua-health-ministry", [], "ukrainian",
  "wounded", "people", "reported", "more_than", low=6000,
  caw="more than 6,000", scope="cumulative",
  notes="area=other_front; all Sumy-region military hospitals since August, not only Kursk wounded")
R(f, "fall below 100 a month", "ua-bondarenko", [], "ukrainian", "wounded",
  "people_per_month", "conditional", "fewer_than", high=100,
  caw="below 100 a month", scope="period",
  notes="if the Kursk front stabilises; admissions by summer")

# ----------------------------------------------------------------------
# Traps
# ----------------------------------------------------------------------
TRAPS = []


def T(fid, key, why):
    TRAPS.append({"file": f"texts/{fid}.txt", "sentence": S(fid, key), "why": why})


def H(fid, body_key):
    TRAPS.append({"file": f"texts/{fid}.txt", "sentence": sentences(fid)[0],
                  "why": "headline restates: " + S(fid, body_key)})


f = "s01-washington-officials"
H(f, "have suffered nearly 4,000")
T(f, "$65 billion", "money, a year and areas in square kilometers; not losses")

f = "s02-nk-state-tv-analysis"
T(f, "April 30, 2025", "stand-alone date line")
T(f, "40-minute documentary", "length of a broadcast; 'first' is an ordinal")
T(f, "12-second sequence", "video length, soldiers seen marching (not a loss) and a decade")
T(f, "KN-23", "equipment: missiles, gun calibre and a year")

f = "s03-wire-telegram-lawmaker"
H(f, "about a third of its men")
T(f, "Aug. 6, 2024", "date, area and number of settlements; not losses")

f = "s04-governor-evacuations"
T(f, "Governor: 1,200 more", "headline: number of evacuees, not a loss")
T(f, "18 March 2025", "stand-alone date line")
T(f, "another 1,200 residents", "evacuees, not a loss")
T(f, "142 civilians", "civilian casualties; the project records military losses only")
T(f, "31 schools", "schools, months and money")
T(f, "hotline at 122", "a telephone number")

f = "s05-think-tank-summary"
T(f, "Executive Summary:", "title with dates only")
T(f, "12 million artillery shells", "munitions and equipment, a year and a page")
T(f, "Annex B", "page numbers")

f = "s06-radio-battalion-commander"
T(f, "Feb. 19, 2025", "recording date")
T(f, "118th Separate", "unit designation, not a count")
T(f, "40 or 50 drones", "drones and distance")

f = "s07-fact-check-viral-figure"
H(f, "A post shared more than 40,000")
T(f, "Published March 3", "stand-alone date line")
T(f, "900,000 times", "video views")

f = "s08-local-military-hospital"
T(f, "By Olena Savchuk", "byline with stand-alone date")
T(f, "up to 14 hours", "hours of generator use")
T(f, "Bondarenko, 52", "age and year")
T(f, "35 operations a day", "operations per day, not people lost")
T(f, "Sgt. Mykola Hrytsenko, 34", "age; one soldier's wound, no count")
T(f, "12 ventilators", "donated equipment")


# ----------------------------------------------------------------------
NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
            r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
            r"thousands?|millions?|billions?|dozens?|half|third|quarter")
NUM_RE = re.compile(r"\d|\b(" + NUMWORDS + r")\b", re.I)


def self_check():
    ok = True
    for fid in DOCS:
        words = len(text_of(fid).split())
        if not 220 <= words <= 420:
            print(f"{fid}: {words} words", file=sys.stderr)
            ok = False
        gold_q = {r["quote"] for r in GOLD if r["file"] == f"texts/{fid}.txt"}
        trap_q = {t["sentence"] for t in TRAPS if t["file"] == f"texts/{fid}.txt"}
        for s in sentences(fid):
            if NUM_RE.search(s) and s not in gold_q and s not in trap_q:
                print(f"{fid}: uncovered number sentence: {s}", file=sys.stderr)
                ok = False
            if s in gold_q and s in trap_q:
                print(f"{fid}: sentence both gold and trap: {s}", file=sys.stderr)
                ok = False
    return ok


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w",
                  encoding="utf-8", newline="\n") as fh:
            fh.write(text_of(fid))
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8",
              newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(GOLD)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8",
              newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "sentence", "why"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(TRAPS)
    ok = self_check()
    print(f"{len(DOCS)} texts, {len(GOLD)} gold rows, {len(TRAPS)} trap rows"
          + ("" if ok else " (self-check FAILED)"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
