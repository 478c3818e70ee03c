"""Build dev-set-3: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). Gold quotes and trap sentences are picked by a unique substring,
so every quote is verbatim. Run from the dev-set-3 folder or anywhere:

    python3 tools/build.py && python3 ../check_curated_set.py .
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {
"f01-ap-what-to-know": [
    ["What to know about the toll on North Korean troops in Russia's Kursk region"],
    ["North Korean soldiers have fought beside Russian units in the Kursk region since late last year, and estimates of what it has cost them keep shifting.",
     "Here is what to know."],
    ["How many were sent.",
     "South Korea's spy agency says Pyongyang shipped about 11,000 troops to Russia in the autumn, most of them from an elite storm corps.",
     "Ukrainian military intelligence puts the figure a little higher, at 12,000."],
    ["How many have been hit.",
     "Seoul's National Intelligence Service told lawmakers in January that roughly 300 North Koreans had been killed and some 2,700 wounded.",
     "President Volodymyr Zelenskyy offered a higher count a day later: nearly 4,000 killed or wounded.",
     "The Pentagon said in December that North Korean units had suffered several hundred killed and wounded in their first two weeks of combat."],
    ["What about prisoners.",
     "Ukraine's SBU security service says it is holding two North Korean soldiers captured in January, and it has released videos of them being questioned.",
     "The SBU says the men, aged 20 and 26, have asked not to be sent back to North Korea.",
     "Pyongyang has not acknowledged any losses."],
    ["And the Russians.",
     "Western officials say Moscow's own losses in Kursk are far larger, at more than 20,000 killed or wounded since August.",
     "The two countries signed a mutual defense treaty in June 2024, under which each promises military help if the other is attacked."],
    ["What comes next.",
     "South Korea's Joint Chiefs of Staff said a second contingent of about 3,000 troops left for Russia in January and February.",
     "It also warned that as many as 5,000 more could follow if Moscow asks for them."],
    ["Why it matters.",
     "Pyongyang has also supplied millions of artillery shells and dozens of ballistic missiles, South Korean and Ukrainian officials say.",
     "Kursk city lies about 100 kilometers (60 miles) from the Ukrainian border, and the border districts held about 50,000 residents before the incursion began on Aug. 6, 2024."],
],
"f02-blogger-telegram": [
    ["Pro-war Russian blogger says hundreds of marines were lost near Sudzha"],
    ["A prominent Russian military blogger has accused commanders of throwing marines into repeated frontal assaults near Sudzha, in a post that was shared widely before it was deleted on Tuesday."],
    ["Arkady Semenov, whose Telegram channel has about 400,000 subscribers, wrote that the marine brigade he has been embedded with had lost hundreds of men since the start of the year.",
     "The post was viewed more than 900,000 times within six hours."],
    ["In our battalion alone, seventy lads were killed in one week and another 150 carried out wounded, he wrote, according to our translation.",
     "He blamed a shortage of equipment: the unit, he said, had received 12 jammers for a front of more than 8 kilometres."],
    ["Semenov wrote that a company commander had told him his company lost 87 of its 110 men, killed or wounded, in a single assault on Feb. 3.",
     "Since August, he claimed, the brigade had been reinforced three times, each time with about 300 men."],
    ["North Koreans fought on the marines' left flank, Semenov added, and they too had been bled: up to a company of them was lost in that same week, about forty of them dead.",
     "Ukrainian losses, he wrote, were also heavy, but he gave no figure."],
    ["Russia's Defence Ministry, which rarely comments on its own losses, said on Wednesday that Ukraine had lost more than 1,500 servicemen in the Kursk area over the previous seven days.",
     "It did not address the blogger's claims."],
    ["Semenov's channel was among a dozen pro-war accounts that the ministry's press service criticised last year for spreading panic.",
     "By Thursday a shorter version of the post had reappeared, without the casualty figures."],
],
"f03-hospital-feature": [
    ["In a Sumy Hospital, the Cost of Kursk Arrives by Ambulance"],
    ["SUMY, Ukraine — The ambulances come at night, usually after 2 a.m., when the drones are fewer and the road from the border is a little safer.",
     "On one night this month, Dr. Olena Hrytsenko counted nine of them in the hospital courtyard, rear doors open, stretchers sliding out onto wet concrete."],
    ["Dr. Hrytsenko, 44, the head of the trauma department, keeps her own tally in a school notebook with a cracked blue cover.",
     "Since the Kursk incursion began last August, she said, her department has treated more than 2,300 wounded soldiers, nearly all of them Ukrainian.",
     "About 140 of them died here, in the operating rooms or in the corridor outside, and she remembers most of their faces."],
    ["In January alone the department took in 410 wounded, the highest monthly total since the full-scale war began in 2022.",
     "That works out to roughly 13 a day, she said, though they never arrive evenly; some nights bring nobody and others bring a flood."],
    ["The soldiers she treats describe North Korean infantry who advance across open fields in groups of 20 or 30, and who keep coming.",
     "One wounded sergeant, who asked to be identified only by his call sign, Lys, said his platoon had killed more than 50 North Koreans in a single morning in December.",
     "His account could not be independently verified."],
    ["Russia's Defense Ministry has claimed that Ukraine has lost more than 60,000 troops in Kursk, killed and wounded, since August.",
     "Col. Andriy Kovalchuk, a spokesman for Ukrainian forces in the area, called that number fiction.",
     "Our losses are a fraction of that, he said in an interview, while Russian and North Korean losses together, by our count, are over 45,000 killed and wounded in this region alone.",
     "He declined to give Ukraine's own figure, calling it a state secret."],
    ["Serhiy Bondar, who heads a district military administration near the border, estimated that the fighting had killed or wounded more than 100,000 soldiers on both sides since August, though he would not say how he arrived at that figure."],
    ["Dr. Hrytsenko does not argue with anybody's numbers.",
     "On the night the nine ambulances came, the last stretcher was carried in at 5:40 a.m.",
     "She went home at noon, slept four hours and came back."],
],
"f04-factbox-estimates": [
    ["FACTBOX-Estimates of North Korean and Russian losses in Russia's Kursk region"],
    ["Updated March 28, 2025"],
    ["Governments, intelligence agencies and independent researchers have published widely differing estimates of the losses suffered by North Korean and Russian forces since North Korean troops joined the fighting in Kursk late last year.",
     "Here are some of them."],
    ["UKRAINE'S MILITARY INTELLIGENCE - The GUR said on Feb. 10 that North Korean losses in Kursk had reached 4,000, including about 1,000 dead."],
    ["U.S. OFFICIALS - A U.S. official, speaking on condition of anonymity, put North Korean killed and wounded at over a thousand in early January."],
    ["BRITAIN - Britain's Ministry of Defence said North Korean casualties in January had been running at about 100 a day."],
    ["ZELENSKIY - President Volodymyr Zelenskiy said in March that North Korea had lost as many as 4,000 soldiers killed and wounded, and that about half of its original force was out of action."],
    ["SOUTH KOREA'S JOINT CHIEFS - The JCS said in late February that North Korea had sent a second group of troops, estimated at 1,000 to 1,500, to make up for its losses."],
    ["RUSSIAN DEFENCE MINISTRY - The ministry has published no North Korean figures but says Ukraine has lost over 76,000 soldiers in the Kursk direction since August 2024."],
    ["INSTITUTE FOR THE STUDY OF WAR - The Washington-based think tank put combined Russian and North Korean casualties in Kursk at between 38,000 and 52,000 by the end of March."],
    ["VOSTOK COUNT - The independent project, which tracks obituaries and social media posts, has identified by name 1,240 Russian servicemen killed in the Kursk region."],
    ["UKRAINE'S GENERAL STAFF - Its running total of Russian losses across the entire war passed 870,000 in March, a figure that does not single out Kursk."],
    ["North Korea's army is estimated to have about 1.2 million active personnel.",
     "Its troops reached Kursk by train, a journey of roughly 9,000 km from the Russian Far East.",
     "The Kursk region covers about 30,000 square km; at the peak of its incursion Ukraine said it controlled about 1,300 square km of it."],
],
"f05-mp-facebook-correction": [
    ["MP Marchenko corrects his count of North Korean dead near Plekhovo to 380"],
    ["People's deputy Oleksandr Marchenko has revised a figure he published on Facebook last week, writing on Saturday that he had overstated the number of North Korean soldiers killed near the village of Plekhovo in the Kursk region."],
    ["In his original post on Jan. 18, Marchenko wrote that about 600 North Korean troops had been killed in three days of fighting there, and that the attackers had lost a third of their battalion."],
    ["In Saturday's post he admitted that he had mistakenly added the wounded to the dead, and wrote that the correct figure was 380 killed.",
     "He put the wounded, whom the North Koreans dragged back from the treeline under fire, at around 220."],
    ["Marchenko also corrected the Ukrainian side of the ledger: not four paratroopers killed in the battle, as he had first written, but seven, with 19 more wounded.",
     "He did not repeat the claim about the battalion."],
    ["Marchenko, who sits on the parliament's national security committee, said he corrected himself publicly because Ukraine's numbers must be more honest than the enemy's propaganda.",
     "His Saturday post had been shared more than 3,000 times by Sunday evening."],
    ["Russia's Defence Ministry said on Jan. 19 that its forces had repelled 11 Ukrainian attacks near Plekhovo, inflicting losses of up to 45 servicemen on the Ukrainians.",
     "It made no mention of North Korean troops."],
    ["Plekhovo, a village of about 200 people before the war, lies some 5 km from the Ukrainian border.",
     "Marchenko was first elected to parliament in 2019."],
],
"f06-kyodo-nis-briefing": [
    ["N. Korean casualties in Russia put at up to 4,700, Seoul lawmaker says"],
    ["SEOUL, March 4 (Kyodo) -- North Korea has suffered up to 4,700 casualties among the troops it sent to fight for Russia, South Korea's spy agency told lawmakers Tuesday, according to a ruling party member of the parliamentary intelligence committee."],
    ["Rep. Kang Min-seok of the People Power Party told reporters after the closed-door session that the National Intelligence Service put the dead at 600 to 800 and the wounded at somewhere around 3,900.",
     "The agency also believes that as many as 15 officers of field rank were among the dead, Kang said, and that at least three generals had been wounded, one of them seriously."],
    ["The NIS estimated that North Korea had dispatched roughly 11,000 soldiers last autumn and about 3,000 more in January and February, according to Kang.",
     "It added that Pyongyang could send between 4,000 and 5,000 additional troops by summer if Moscow requested them."],
    ["Casualties have risen sharply since the start of the year, when the agency's estimate stood at about 3,000, Kang said."],
    ["Rep. Yoon Hae-jin of the main opposition Democratic Party said the agency had told the committee that the casualty rate among North Korean assault units might be as high as 40 percent."],
    ["The session lasted about two and a half hours.",
     "Seoul also estimates that North Korea has shipped more than 10 million artillery shells to Russia since 2023.",
     "The two countries' mutual defense pact, signed in June 2024, took effect in December."],
    ["A Japanese government source said Tokyo broadly shares Seoul's assessment."],
],
"f07-radio-analyst-hedging": [
    ["Interview summary: How many men has North Korea lost in Kursk?"],
    ["On Sunday's edition of Frontline Hour, host Daniel Price spoke with Marta Lindqvist, a senior analyst at the Nordic Defence Forum, about the fighting in Russia's Kursk region.",
     "The interview ran for 24 minutes; this summary has been edited for length."],
    ["Price opened by citing the South Korean estimate of about 4,000 North Korean casualties.",
     "Lindqvist said that figure was probably too low: my best guess, she said, is somewhere between 5,000 and 6,000 killed and wounded by now.",
     "Of those, she thought, not fewer than 1,500 were dead, or roughly one in ten of the men Pyongyang has sent."],
    ["Asked about Russia, she was more cautious, saying only that she would not go below 30,000 Russian killed and wounded in Kursk since August.",
     "On daily rates, she said that during the January counteroffensive North Korean units were losing, at a guess, 80 to 100 men a day, a pace she called unsustainable.",
     "Russian losses around Pokrovsk, in Ukraine's Donetsk region, were running higher still, she added, at perhaps 500 a day."],
    ["Price asked about Ukraine.",
     "Lindqvist said Kyiv had lost far fewer men in Kursk than Moscow, perhaps a third as many, but that this was the number she was least confident about."],
    ["Looking ahead, Lindqvist said that if Pyongyang kept about 8,000 men in the line through the summer, it could expect another 2,000 to 3,000 casualties by September.",
     "She stressed that her figures came from open sources, including satellite images and some 200 videos her team had geolocated."],
    ["Lindqvist has studied the Korean People's Army for 15 years.",
     "Price said the program had invited the Russian embassy in Stockholm to respond and had heard nothing after two weeks."],
],
"f08-monitoring-report": [
    ["Excerpt: Periodic report of the Independent Monitoring Mission on Ukraine, 1 December 2024 to 28 February 2025"],
    ["Section 4. Prisoners of war and persons captured in connection with hostilities in the Kursk region"],
    ["27. During the reporting period, the capture of 2 servicemen of the armed forces of the Democratic People's Republic of Korea by Ukrainian forces was documented by the Mission.",
     "Both were interviewed by the Mission in a place of internment in Ukraine.",
     "Claims by Ukrainian military officials that a further 3 DPRK servicemen had been captured in January were received by the Mission, but could not be verified."],
    ["28. Information was received from the Office of the Prosecutor General of Ukraine that at least 12 Ukrainian servicemen had been executed after surrendering in the Kursk region, in 4 separate incidents.",
     "The Mission was able to verify 2 of these incidents, involving 5 victims."],
    ["29. The number of Ukrainian servicemen captured in the Kursk region and held by the Russian Federation is not known to the Mission.",
     "Figures of between 600 and 700 have been cited by the Coordination Headquarters for the Treatment of Prisoners of War; these could not be verified.",
     "A figure of more than 2,000 Ukrainian servicemen captured in the Kursk region, announced by the Ministry of Defence of the Russian Federation, could likewise not be verified."],
    ["30. A further 14 Ukrainian servicemen who had fought in the Kursk region were reported to the Mission as missing by their families; their fate could not be established.",
     "The presence of DPRK military personnel in the Kursk region, estimated by several States at 11,000 to 12,000, is noted."],
    ["31. During the reporting period, 3 exchanges of prisoners took place, in which a total of 347 Ukrainian servicemen were returned to Ukraine.",
     "The Mission conducted 58 interviews with released prisoners."],
],
"f09-baltic-weekly-column": [
    ["Week 30 of the Kursk ledger: who is losing men faster?"],
    ["Every Friday this column sets the loss figures published in Kyiv, Moscow and Seoul side by side, knowing that each capital counts to suit itself.",
     "This column first appeared in August 2024, the week Ukrainian troops crossed the border."],
    ["Ukraine's General Staff claimed this week that Russian forces lost an average of 310 men a day in the Kursk direction, killed and wounded, between Monday and Thursday.",
     "That is about 2,170 a week, if one multiplies, which we did."],
    ["For the North Koreans the General Staff gives no daily figure, but Ukraine's military intelligence said on Tuesday that Pyongyang's units had lost about 400 men over the previous seven days.",
     "Set against the Russian figure, that comes to fewer than 60 a day — a far slower rate, though from a much smaller force."],
    ["Moscow's numbers run the other way.",
     "The Russian Defence Ministry's daily bulletins put Ukrainian losses in Kursk at up to 250 a day in early March, and at 1,630 for the week ending Sunday.",
     "Seoul's intelligence service, for its part, estimated in February that North Korean casualties had been running at roughly 1,000 a week during the January offensive."],
    ["The same agency now reckons that nearly half of the first North Korean contingent has been killed or wounded.",
     "No comparable share exists for the Russians, whose Kursk grouping Western analysts put at 50,000–60,000 troops."],
    ["Added up, the figures from Kyiv and Moscow imply that the two sides together are losing more than 2,500 men a week in Kursk, a number neither capital would publish.",
     "If the current Russian rate holds, by our arithmetic Moscow will lose some 9,000 more men in Kursk by the end of the month."],
    ["Sudzha, the largest town Ukraine held, had about 5,000 inhabitants before the war.",
     "Readers have sent us 112 letters about this column since January.",
     "Kyiv's figures appear every morning at 7 o'clock."],
],
"f10-korean-editorial": [
    ["[Editorial] The North's soldiers are dying in a war that is not theirs"],
    ["When the first reports came in October that North Korea had sent troops to Russia, the government here put their number at 1,500.",
     "Within weeks that figure had grown to 10,000, then 11,000, and by February another 3,000 had been added."],
    ["The toll has climbed just as fast.",
     "In December the National Intelligence Service spoke of at least 100 dead; by January it was roughly 300 dead and some 2,700 wounded; last week lawmakers briefed by the agency said total casualties had passed 4,700."],
    ["Kyiv's estimates are higher still.",
     "President Volodymyr Zelenskyy has said that North Korea lost nearly 4,000 soldiers in a single month, and Ukraine's military intelligence has spoken of up to 1,000 killed in the Kursk fighting so far."],
    ["Even the most conservative of these numbers means that hundreds of young men, most of them conscripts in their early twenties, will not come home."],
    ["If the present pace continues, analysts at the Korea Institute for Defense Analyses warn, North Korean casualties could reach around 10,000 by the end of the year.",
     "The Hanbit Security Forum, citing satellite images of training camps, projects that a further 6,000 troops will be sent before summer."],
    ["In return the North is believed to receive oil, food and cash, worth by one estimate some $20 billion over time.",
     "The two Koreas have remained technically at war since 1953, when the fighting ended in an armistice rather than a treaty.",
     "In a poll published this month, 61 percent of South Koreans said Seoul should reconsider its ban on sending weapons to Ukraine.",
     "Seoul should raise the fate of these men with its partners in the Group of Seven and at the United Nations, and Pyongyang should at last tell its own people the truth."],
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
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-jcs": "South Korea's Joint Chiefs of Staff",
    "kr-officials": "South Korean officials (unnamed)",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ua-sbu": "Security Service of Ukraine (SBU)",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-officials": "Ukrainian officials (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "us-officials": "US officials (unnamed)",
    "uk-mod": "UK Ministry of Defence",
    "western-officials": "Western officials (unnamed)",
    "western-analysts": "Western analysts (unnamed)",
    "ru-mod": "Russian Ministry of Defence",
    "ru-blogger-semenov": "Arkady Semenov, Russian military blogger (Telegram)",
    "ru-company-commander-unnamed": "Unnamed Russian marine company commander",
    "ua-doctor-hrytsenko": "Dr. Olena Hrytsenko, head of a trauma department in Sumy",
    "ua-sergeant-lys": "Ukrainian sergeant, call sign Lys",
    "ua-kovalchuk": "Col. Andriy Kovalchuk, spokesman for Ukrainian forces in the area",
    "ua-bondar": "Serhiy Bondar, head of a Ukrainian district military administration",
    "isw": "Institute for the Study of War",
    "vostok-count": "Vostok Count (independent project)",
    "ua-mp-marchenko": "Oleksandr Marchenko, Ukrainian MP",
    "nordic-defence-forum-lindqvist": "Marta Lindqvist, Nordic Defence Forum analyst",
    "ua-prosecutor-general": "Office of the Prosecutor General of Ukraine",
    "ua-coordination-hq": "Coordination Headquarters for the Treatment of Prisoners of War (Ukraine)",
    "ua-families-unnamed": "Families of Ukrainian servicemen (unnamed)",
    "states-unnamed": "Several States (unnamed)",
    "kida": "Korea Institute for Defense Analyses",
    "hanbit-security-forum": "Hanbit Security Forum",
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


def G(short, key, cid, whose, measure, qual, v, caw, scope, counted="people",
      mod="reported", relays="", derived="", notes=""):
    q = find(short, key)
    if caw not in q:
        raise SystemExit(f"{short}: count_as_written {caw!r} not in quote")
    lo, best, hi = bounds(qual, v)
    GOLD.append(["texts/" + SHORT[short] + ".txt", q, cid, C[cid], relays, whose, measure,
                 counted, mod, qual, lo, best, hi, caw, scope,
                 find(short, derived) if derived else "", notes])


NK, RU, UA = "north_korean", "russian", "ukrainian"

# f01 AP "What to know"
G("f01", "about 11,000 troops", "kr-nis", NK, "deployed", "approximate", "11000", "about 11,000", "stock",
  notes="'South Korea's spy agency' = NIS")
G("f01", "at 12,000", "ua-gur", NK, "deployed", "exact", "12000", "12,000", "stock",
  notes="'Ukrainian military intelligence' = GUR; 'the figure' refers back to troops sent")
G("f01", "roughly 300 North Koreans", "kr-nis", NK, "killed", "approximate", "300", "roughly 300", "cumulative")
G("f01", "roughly 300 North Koreans", "kr-nis", NK, "wounded", "approximate", "2700", "some 2,700", "cumulative")
G("f01", "nearly 4,000 killed or wounded", "ua-zelenskyy", NK, "killed_or_wounded", "vague", ("3600", "3999"),
  "nearly 4,000", "cumulative")
G("f01", "several hundred killed", "us-dod", NK, "killed_or_wounded", "vague", ("300", "999"), "several hundred",
  "period", notes="first two weeks of combat")
G("f01", "holding two North Korean", "ua-sbu", NK, "captured", "exact", "2", "two", "period",
  notes="captured in January")
G("f01", "more than 20,000 killed", "western-officials", RU, "killed_or_wounded", "more_than", "20000",
  "more than 20,000", "cumulative")
G("f01", "about 3,000 troops left", "kr-jcs", NK, "deployed", "approximate", "3000", "about 3,000", "stock",
  notes="second contingent")
G("f01", "as many as 5,000 more", "kr-jcs", NK, "deployed", "at_most", "5000", "as many as 5,000", "stock",
  mod="conditional", notes="'It' = JCS; additional troops if Moscow asks")

# f02 blogger's Telegram post
G("f02", "400,000 subscribers", "ru-blogger-semenov", RU, "casualties_unspecified", "vague", ("200", "999"),
  "hundreds of men", "cumulative", notes="marine brigade, since start of year; 400,000 subscribers is not a loss")
G("f02", "seventy lads", "ru-blogger-semenov", RU, "killed", "exact", "70", "seventy", "period",
  notes="one battalion, one week")
G("f02", "seventy lads", "ru-blogger-semenov", RU, "wounded", "exact", "150", "150", "period",
  notes="one battalion, same week")
G("f02", "87 of its 110", "ru-company-commander-unnamed", RU, "killed_or_wounded", "exact", "87", "87", "incident",
  relays="Arkady Semenov")
G("f02", "87 of its 110", "ru-company-commander-unnamed", RU, "deployed", "exact", "110", "110", "stock",
  relays="Arkady Semenov", notes="company strength before the assault")
G("f02", "reinforced three times", "ru-blogger-semenov", RU, "deployed", "approximate", "300", "about 300 men",
  "stock", notes="size of each of three reinforcements; not multiplied")
G("f02", "up to a company", "ru-blogger-semenov", NK, "casualties_unspecified", "at_most", "1", "up to a company",
  "period", counted="companies", notes="same week")
G("f02", "up to a company", "ru-blogger-semenov", NK, "killed", "approximate", "40", "about forty", "period",
  notes="same week")
G("f02", "were also heavy", "ru-blogger-semenov", UA, "casualties_unspecified", "none", "", "also heavy",
  "unspecified")
G("f02", "more than 1,500 servicemen", "ru-mod", UA, "casualties_unspecified", "more_than", "1500",
  "more than 1,500", "period", notes="previous seven days")

# f03 feature
G("f03", "more than 2,300 wounded", "ua-doctor-hrytsenko", UA, "wounded", "more_than", "2300", "more than 2,300",
  "cumulative", notes="treated in her department; 'nearly all' Ukrainian")
G("f03", "About 140 of them", "ua-doctor-hrytsenko", UA, "killed", "approximate", "140", "About 140",
  "cumulative", notes="died of wounds in the hospital")
G("f03", "took in 410 wounded", "ua-doctor-hrytsenko", UA, "wounded", "exact", "410", "410", "period",
  notes="January; attributed to the doctor by context")
G("f03", "roughly 13 a day", "ua-doctor-hrytsenko", UA, "wounded", "approximate", "13", "roughly 13 a day",
  "period", counted="people_per_day", notes="January rate, stated by the doctor")
G("f03", "call sign, Lys", "ua-sergeant-lys", NK, "killed", "more_than", "50", "more than 50", "incident",
  notes="his platoon, one morning; not verified")
G("f03", "more than 60,000 troops", "ru-mod", UA, "killed_or_wounded", "more_than", "60000", "more than 60,000",
  "cumulative")
G("f03", "a fraction of that", "ua-kovalchuk", UA, "casualties_unspecified", "none", "", "a fraction of that",
  "unspecified", notes="relative to the Russian claim; not converted")
G("f03", "a fraction of that", "ua-kovalchuk", "russian_and_north_korean", "killed_or_wounded", "more_than",
  "45000", "over 45,000", "cumulative")
G("f03", "Serhiy Bondar", "ua-bondar", "both_sides", "killed_or_wounded", "more_than", "100000",
  "more than 100,000", "cumulative")

# f04 factbox
G("f04", "reached 4,000", "ua-gur", NK, "casualties_unspecified", "exact", "4000", "4,000", "cumulative")
G("f04", "reached 4,000", "ua-gur", NK, "killed", "approximate", "1000", "about 1,000", "cumulative")
G("f04", "over a thousand", "us-officials", NK, "killed_or_wounded", "more_than", "1000", "over a thousand",
  "cumulative")
G("f04", "about 100 a day", "uk-mod", NK, "casualties_unspecified", "approximate", "100", "about 100 a day",
  "period", counted="people_per_day", notes="January")
G("f04", "as many as 4,000 soldiers", "ua-zelenskyy", NK, "killed_or_wounded", "at_most", "4000",
  "as many as 4,000", "cumulative")
G("f04", "as many as 4,000 soldiers", "ua-zelenskyy", NK, "casualties_unspecified", "approximate", "50",
  "about half", "cumulative", counted="percent_of_force", notes="'out of action' not defined")
G("f04", "1,000 to 1,500", "kr-jcs", NK, "deployed", "range", ("1000", "1500"), "1,000 to 1,500", "stock",
  notes="second group, sent to replace losses")
G("f04", "over 76,000", "ru-mod", UA, "casualties_unspecified", "more_than", "76000", "over 76,000", "cumulative")
G("f04", "between 38,000 and 52,000", "isw", "russian_and_north_korean", "casualties_unspecified", "range",
  ("38000", "52000"), "between 38,000 and 52,000", "cumulative")
G("f04", "1,240 Russian", "vostok-count", RU, "killed", "exact", "1240", "1,240", "cumulative",
  notes="deaths identified by name; a floor")
G("f04", "passed 870,000", "ua-general-staff", RU, "casualties_unspecified", "more_than", "870000",
  "passed 870,000", "cumulative", notes="area=whole_war")

# f05 MP's Facebook post with corrections
G("f05", "about 600 North Korean", "ua-mp-marchenko", NK, "killed", "approximate", "600", "about 600", "period",
  notes="original post; superseded by his correction to 380 killed (wounded had been added in)")
G("f05", "about 600 North Korean", "ua-mp-marchenko", NK, "casualties_unspecified", "approximate", "33.33",
  "a third", "period", counted="percent_of_force", notes="a third = 33.33; original post, not repeated later")
G("f05", "380 killed", "ua-mp-marchenko", NK, "killed", "exact", "380", "380", "period",
  notes="corrected figure; same three days")
G("f05", "around 220", "ua-mp-marchenko", NK, "wounded", "approximate", "220", "around 220", "period")
G("f05", "not four paratroopers", "ua-mp-marchenko", UA, "killed", "exact", "4", "four", "period",
  notes="first post; superseded by seven")
G("f05", "not four paratroopers", "ua-mp-marchenko", UA, "killed", "exact", "7", "seven", "period",
  notes="corrected figure")
G("f05", "not four paratroopers", "ua-mp-marchenko", UA, "wounded", "exact", "19", "19", "period")
G("f05", "up to 45 servicemen", "ru-mod", UA, "casualties_unspecified", "at_most", "45", "up to 45", "period",
  notes="one day's bulletin; 11 attacks is not a loss")

# f06 Kyodo on NIS briefing
KK = "Kang Min-seok > Kyodo"
G("f06", "(Kyodo)", "kr-nis", NK, "casualties_unspecified", "at_most", "4700", "up to 4,700", "cumulative",
  relays=KK, notes="lawmaker named in the next sentence")
G("f06", "600 to 800", "kr-nis", NK, "killed", "range", ("600", "800"), "600 to 800", "cumulative", relays=KK)
G("f06", "600 to 800", "kr-nis", NK, "wounded", "approximate", "3900", "somewhere around 3,900", "cumulative",
  relays=KK)
G("f06", "as many as 15 officers", "kr-nis", NK, "killed", "at_most", "15", "as many as 15", "cumulative",
  relays=KK, notes="field-rank officers among the dead")
G("f06", "as many as 15 officers", "kr-nis", NK, "wounded", "at_least", "3", "at least three", "cumulative",
  relays=KK, notes="generals")
G("f06", "roughly 11,000 soldiers", "kr-nis", NK, "deployed", "approximate", "11000", "roughly 11,000", "stock",
  relays=KK)
G("f06", "roughly 11,000 soldiers", "kr-nis", NK, "deployed", "approximate", "3000", "about 3,000 more", "stock",
  relays=KK)
G("f06", "between 4,000 and 5,000", "kr-nis", NK, "deployed", "range", ("4000", "5000"),
  "between 4,000 and 5,000", "stock", mod="conditional", relays=KK, notes="additional troops if Moscow asks")
G("f06", "estimate stood at about 3,000", "kr-nis", NK, "casualties_unspecified", "approximate", "3000",
  "about 3,000", "cumulative", relays=KK, notes="earlier estimate at the start of the year")
G("f06", "as high as 40 percent", "kr-nis", NK, "casualties_unspecified", "at_most", "40",
  "as high as 40 percent", "unspecified", counted="percent_of_force", relays="Yoon Hae-jin > Kyodo",
  notes="assault units only")

# f07 radio interview summary
G("f07", "citing the South Korean estimate", "kr-officials", NK, "casualties_unspecified", "approximate", "4000",
  "about 4,000", "cumulative", relays="Daniel Price", notes="'the South Korean estimate'; body not named")
G("f07", "my best guess", "nordic-defence-forum-lindqvist", NK, "killed_or_wounded", "range", ("5000", "6000"),
  "somewhere between 5,000 and 6,000", "cumulative")
G("f07", "not fewer than 1,500", "nordic-defence-forum-lindqvist", NK, "killed", "at_least", "1500",
  "not fewer than 1,500", "cumulative")
G("f07", "not fewer than 1,500", "nordic-defence-forum-lindqvist", NK, "killed", "approximate", "10",
  "roughly one in ten", "cumulative", counted="percent_of_force")
G("f07", "not go below 30,000", "nordic-defence-forum-lindqvist", RU, "killed_or_wounded", "at_least", "30000",
  "not go below 30,000", "cumulative")
G("f07", "80 to 100 men a day", "nordic-defence-forum-lindqvist", NK, "casualties_unspecified", "range",
  ("80", "100"), "80 to 100 men a day", "period", counted="people_per_day", notes="January counteroffensive")
G("f07", "perhaps 500 a day", "nordic-defence-forum-lindqvist", RU, "casualties_unspecified", "approximate", "500",
  "perhaps 500 a day", "unspecified", counted="people_per_day", notes="area=other_front (Pokrovsk)")
G("f07", "a third as many", "nordic-defence-forum-lindqvist", UA, "casualties_unspecified", "none", "",
  "perhaps a third as many", "unspecified", notes="relative to her Russian figure; not converted")
G("f07", "about 8,000 men", "nordic-defence-forum-lindqvist", NK, "deployed", "approximate", "8000",
  "about 8,000 men", "stock", mod="conditional")
G("f07", "about 8,000 men", "nordic-defence-forum-lindqvist", NK, "casualties_unspecified", "range",
  ("2000", "3000"), "another 2,000 to 3,000", "period", mod="conditional", notes="additional, by September")

# f08 monitoring report
G("f08", "the capture of 2 servicemen", "author", NK, "captured", "exact", "2", "2", "period",
  notes="documented by the Mission (the report's own voice)")
G("f08", "a further 3 DPRK", "ua-officials", NK, "captured", "exact", "3", "3", "period",
  notes="not verified by the Mission")
G("f08", "at least 12 Ukrainian", "ua-prosecutor-general", UA, "killed", "at_least", "12", "at least 12", "period",
  notes="executed after surrendering; 4 incidents")
G("f08", "involving 5 victims", "author", UA, "killed", "exact", "5", "5", "period",
  notes="verified by the Mission; 2 incidents")
G("f08", "between 600 and 700", "ua-coordination-hq", UA, "captured", "range", ("600", "700"),
  "between 600 and 700", "cumulative", notes="held by Russia; not verified")
G("f08", "more than 2,000 Ukrainian", "ru-mod", UA, "captured", "more_than", "2000", "more than 2,000",
  "cumulative", notes="not verified")
G("f08", "A further 14", "ua-families-unnamed", UA, "missing", "exact", "14", "14", "period")
G("f08", "11,000 to 12,000", "states-unnamed", NK, "deployed", "range", ("11000", "12000"), "11,000 to 12,000",
  "stock")

# f09 weekly column
GS = "an average of 310"
GUR9 = "about 400 men"
G("f09", GS, "ua-general-staff", RU, "killed_or_wounded", "exact", "310", "an average of 310", "period",
  counted="people_per_day", notes="Monday to Thursday")
G("f09", "about 2,170 a week", "author", RU, "killed_or_wounded", "approximate", "2170", "about 2,170 a week",
  "period", counted="people_per_week", derived=GS, notes="the column's own multiplication")
G("f09", GUR9, "ua-gur", NK, "casualties_unspecified", "approximate", "400", "about 400", "period",
  notes="total over the previous seven days, not a rate")
G("f09", "fewer than 60 a day", "author", NK, "casualties_unspecified", "fewer_than", "60", "fewer than 60 a day",
  "period", counted="people_per_day", derived=GUR9, notes="the column's own division")
G("f09", "up to 250 a day", "ru-mod", UA, "casualties_unspecified", "at_most", "250", "up to 250 a day", "period",
  counted="people_per_day", notes="early March")
G("f09", "up to 250 a day", "ru-mod", UA, "casualties_unspecified", "exact", "1630", "1,630", "period",
  notes="total for the week ending Sunday")
G("f09", "roughly 1,000 a week", "kr-nis", NK, "casualties_unspecified", "approximate", "1000",
  "roughly 1,000 a week", "period", counted="people_per_week", notes="January offensive")
G("f09", "nearly half", "kr-nis", NK, "killed_or_wounded", "vague", ("45", "49"), "nearly half", "cumulative",
  counted="percent_of_force", notes="'the same agency' = NIS; first contingent")
G("f09", "50,000–60,000", "western-analysts", RU, "deployed", "range", ("50000", "60000"), "50,000–60,000", "stock")
G("f09", "more than 2,500 men a week", "author", "both_sides", "casualties_unspecified", "more_than", "2500",
  "more than 2,500 men a week", "period", counted="people_per_week",
  notes="the column's sum of the Kyiv and Moscow claims")
G("f09", "some 9,000 more", "author", RU, "killed_or_wounded", "approximate", "9000", "some 9,000", "period",
  mod="conditional", notes="additional losses by the end of the month")

# f10 editorial
G("f10", "at 1,500", "kr-officials", NK, "deployed", "exact", "1500", "1,500", "stock",
  notes="'the government here' = South Korean government; first estimate")
G("f10", "grown to 10,000", "kr-officials", NK, "deployed", "exact", "10000", "10,000", "stock",
  notes="later estimate")
G("f10", "grown to 10,000", "kr-officials", NK, "deployed", "exact", "11000", "11,000", "stock",
  notes="later estimate")
G("f10", "grown to 10,000", "kr-officials", NK, "deployed", "exact", "3000", "another 3,000", "stock",
  notes="additional troops by February")
G("f10", "at least 100 dead", "kr-nis", NK, "killed", "at_least", "100", "at least 100", "cumulative",
  notes="December estimate")
G("f10", "at least 100 dead", "kr-nis", NK, "killed", "approximate", "300", "roughly 300", "cumulative",
  notes="January estimate")
G("f10", "at least 100 dead", "kr-nis", NK, "wounded", "approximate", "2700", "some 2,700", "cumulative",
  notes="January estimate")
G("f10", "at least 100 dead", "kr-nis", NK, "casualties_unspecified", "more_than", "4700", "passed 4,700",
  "cumulative", relays="lawmakers (unnamed)")
G("f10", "nearly 4,000 soldiers", "ua-zelenskyy", NK, "casualties_unspecified", "vague", ("3600", "3999"),
  "nearly 4,000", "period", notes="in a single month")
G("f10", "nearly 4,000 soldiers", "ua-gur", NK, "killed", "at_most", "1000", "up to 1,000", "cumulative")
G("f10", "hundreds of young men", "author", NK, "killed", "vague", ("200", "999"), "hundreds of young men",
  "cumulative", notes="the editorial's own inference from the figures above")
G("f10", "around 10,000", "kida", NK, "casualties_unspecified", "approximate", "10000", "around 10,000",
  "cumulative", mod="conditional", notes="projected total by year end")
G("f10", "a further 6,000", "hanbit-security-forum", NK, "deployed", "exact", "6000", "a further 6,000", "stock",
  mod="projected", notes="additional troops before summer")

# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


T("f01", "aged 20 and 26", "ages")
T("f01", "mutual defense treaty", "date (treaty)")
T("f01", "millions of artillery shells", "munitions")
T("f01", "100 kilometers", "distance, population, date")
H("f02", "400,000 subscribers")
T("f02", "900,000 times", "post views, hours")
T("f02", "12 jammers", "equipment, distance")
T("f02", "a dozen pro-war", "count of accounts")
T("f03", "after 2 a.m.", "time of day")
T("f03", "On one night", "count of ambulances")
T("f03", "Hrytsenko, 44", "age")
T("f03", "groups of 20 or 30", "size of assault groups, not a loss or troop total")
T("f03", "5:40 a.m.", "time of day")
T("f03", "slept four hours", "hours")
T("f04", "Updated March 28", "stand-alone date line")
T("f04", "1.2 million", "size of North Korea's whole army, not a deployment")
T("f04", "9,000 km", "distance")
T("f04", "30,000 square km", "area")
H("f05", "380 killed")
T("f05", "3,000 times", "shares of a post")
T("f05", "village of about 200", "population, distance")
T("f05", "in 2019", "year")
H("f06", "(Kyodo)")
T("f06", "two and a half hours", "duration")
T("f06", "10 million artillery", "munitions, year")
T("f06", "June 2024", "dates (pact)")
T("f07", "24 minutes", "duration")
T("f07", "200 videos", "count of videos")
T("f07", "15 years", "years")
T("f07", "two weeks", "duration")
T("f08", "Excerpt: Periodic report", "dates of the reporting period")
T("f08", "Section 4.", "section number")
T("f08", "29. The number", "paragraph number; no figure")
T("f08", "347 Ukrainian", "prisoners exchanged/returned, not a loss")
T("f08", "58 interviews", "count of interviews")
T("f09", "Week 30", "column number")
T("f09", "August 2024", "date")
T("f09", "5,000 inhabitants", "population")
T("f09", "112 letters", "count of letters")
T("f09", "7 o'clock", "time of day")
T("f10", "$20 billion", "money")
T("f10", "since 1953", "year")
T("f10", "61 percent", "poll percentage")
T("f10", "Group of Seven", "name of a forum")

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
