"""Build dev-set-6: writes texts/, gold.csv, traps.csv and README.md.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). Gold quotes and trap sentences are picked by a unique substring,
so every quote is verbatim. Run from the dev-set-6 folder:

    python3 tools/build.py && python3 ../check_curated_set.py .
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {
# (1) Reuters FACTBOX
"m01-reuters-factbox": [
    ["FACTBOX-How many North Korean soldiers have been killed or wounded in Russia's Kursk region?"],
    ["LONDON, Feb 27 (Reuters) - North Korea sent troops to fight for Russia in the western Kursk region late last year, and governments in Seoul, Kyiv, Washington and London have since offered sharply different estimates of what the deployment has cost Pyongyang.",
     "Neither Moscow nor Pyongyang has published casualty figures, and Reuters could not independently verify any of the estimates below."],
    ["SOUTH KOREA'S NATIONAL INTELLIGENCE SERVICE - The spy agency told a parliamentary committee on Feb. 24 that about 600 North Korean soldiers had been killed and roughly 3,500 wounded since the troops went into battle in December.",
     "It estimates that about 11,000 troops were sent in the first contingent and that some 2,500 more arrived in January and February as replacements."],
    ["UKRAINE'S MILITARY INTELLIGENCE (GUR) - The GUR said on Feb. 20 that North Korean losses in Kursk had reached 4,200, including about 1,000 dead.",
     "The agency says Pyongyang is preparing to send up to 3,000 more troops by the spring."],
    ["PRESIDENT VOLODYMYR ZELENSKIY - Zelenskiy said on Jan. 11 that Ukrainian special forces had captured two North Korean soldiers in a single operation, the first taken alive.",
     "He said on Feb. 7 that almost 4,000 North Koreans had been killed or wounded in Kursk."],
    ["THE PENTAGON - The U.S. Department of Defense said in mid-December that North Korean troops had suffered \"several hundred\" casualties, both killed and wounded, in their first week of heavy fighting.",
     "A U.S. official, speaking on condition of anonymity, put the toll at more than 1,000 killed and wounded by early January."],
    ["BRITAIN'S DEFENCE MINISTRY - In an intelligence update on Feb. 10, the ministry said North Korean units had probably lost about 100 troops a day during a wave of assaults in late January."],
    ["WESTERN OFFICIALS - American, British and South Korean officials briefing reporters in Brussels this month said roughly a third of the first contingent had been killed or wounded."],
    ["THINK TANKS - The Washington-based Institute for the Study of War has not published a count of its own but said on Feb. 3 that North Korean units were taking \"significant losses\" in frontal assaults across open fields."],
    ["BACKGROUND - North Korea and Russia signed a mutual defence treaty in June 2024 that obliges each to help the other if attacked, and Russia's parliament ratified it that November.",
     "Kyiv says Pyongyang has also supplied Russia with more than 170 self-propelled guns and 240 multiple rocket launchers.",
     "The Kursk region lies some 500 km southwest of Moscow."],
    ["(Compiled by Tom Ashworth; Editing by Clare Mead)"],
],
# (2) AP from Seoul
"m02-ap-seoul-nis": [
    ["South Korea's spy agency says about 2,000 North Korean soldiers killed in Russia"],
    ["SEOUL, South Korea (AP) \u2014 About 2,000 North Korean soldiers have been killed fighting for Russia in its Kursk border region, a South Korean lawmaker said Wednesday after a briefing by the country's spy agency."],
    ["Park Sun-jae, a member of parliament's intelligence committee, told reporters that the National Intelligence Service also estimates that some 4,700 North Korean troops have been wounded.",
     "The agency believes North Korea has so far sent about 15,000 soldiers to Russia, including roughly 3,000 who arrived as replacements early this year, Park said.",
     "He said the agency assessed that Pyongyang could send another 5,000 to 6,000 troops, mostly combat engineers, in the coming months."],
    ["According to Park, the agency said one North Korean battalion lost nearly 200 men in a single failed assault near the village of Pogrebki in February.",
     "It also counts about 200 North Korean soldiers as missing, he said.",
     "The agency told lawmakers that Ukraine is holding at least two North Korean prisoners of war."],
    ["Park, 52, a former prosecutor, spoke after a closed-door session that lasted nearly three hours."],
    ["South Korea's Joint Chiefs of Staff said in a separate statement that North Korean casualties in Russia had exceeded 6,000, broadly in line with the spy agency's figures.",
     "The JCS also said North Korea fired two short-range ballistic missiles from near Pyongyang on Wednesday morning that flew about 350 kilometers before splashing into the sea."],
    ["The spy agency also estimated that Pyongyang had earned roughly $8 billion from arms sales and troop deployments to Russia since 2023.",
     "North Korea's state media has acknowledged that its troops fought in Kursk but has not given any casualty figures.",
     "South Korea and the United States began their annual 11-day Freedom Shield exercise on Monday."],
],
# (3) Kyiv Independent frontline report
"m03-kyiv-independent-tetkino": [
    ["'They keep coming': Ukrainian brigade says 140 Russian soldiers killed in a week near Tetkino"],
    ["May 23, 2025 4:12 PM"],
    ["Russian forces lost 140 soldiers killed and about 300 wounded over the past week in attacks on Ukrainian positions near the village of Tetkino in Russia's Kursk Oblast, Captain Iryna Savchuk, spokesperson for the 214th Separate Mechanized Brigade, told the Kyiv Independent on May 23."],
    ["Ukrainian troops have held a narrow strip of land around Tetkino since March, when most of the territory captured in the August 2024 incursion was lost.",
     "The strip is about 12 kilometers long and in places less than 2 kilometers deep."],
    ["\"They send three or four men at a time, sometimes on motorbikes, sometimes on foot,\" Savchuk said.",
     "In the largest attack, on the night of May 14, the brigade repelled a battalion-sized assault and killed at least 45 attackers, she said.",
     "She said 11 Russian soldiers had surrendered to the brigade since the beginning of May."],
    ["North Korean troops have reappeared in the sector for the first time since January, Savchuk said, and the brigade has killed about 20 of them over the past two weeks.",
     "Their tactics have changed, she said: they now move in pairs and hide from drones in the tree lines."],
    ["A drone operator with the call sign Tiger, 29, said his crew had hit 17 Russian infantrymen in a single day last week."],
    ["Savchuk acknowledged \"serious losses\" in the brigade's own ranks during the May fighting but would not give a figure.",
     "Three soldiers have been missing since a Russian glide bomb hit their dugout on May 20, she said."],
    ["The brigade was moved to the Kursk sector in April from the Pokrovsk front, where Savchuk said it had killed more than 600 Russian soldiers over the winter.",
     "It has since received 40 armored vehicles from European donors, she said."],
],
# (4) Meduza-style cemetery investigation
"m04-cemetery-zarechensk": [
    ["Rows of fresh graves: how one Kursk town's cemetery measures the cost of the war"],
    ["Zarechensk, a district town of about 30,000 people in Russia's Kursk region, buries its soldiers in a separate section at the northern edge of the municipal cemetery.",
     "We compared satellite images of that section taken in November 2024 and in September 2025 and counted 164 new graves decorated with Russian flags and military wreaths."],
    ["On a visit in September our correspondent photographed the headstones, and we were able to identify most of the dead by name through social media posts, obituaries and local news.",
     "At least 41 of them died in the Kursk region itself, mostly in the fighting around Sudzha last winter; the rest were killed in Ukraine, chiefly near Pokrovsk and Kupiansk."],
    ["Among them is Denis Karpov, 19, a conscript whose mother said he was sent to the border with his unit in the summer of 2024.",
     "Another grave belongs to Sergei Lukin, 46, a former forklift driver who signed a contract with the army in 2023 after serving a prison sentence."],
    ["Relatives told us that at least 15 more men from the town are listed as missing and have no grave."],
    ["The district administration said it had paid death benefits this year to the families of 73 servicemen.",
     "Each family receives about 12 million roubles from federal and regional budgets."],
    ["The region's governor said in April that \"several hundred\" men from the Kursk region had died defending it since the Ukrainian incursion."],
    ["Zarechensk is home to roughly 2.8% of the region's 1.07 million residents.",
     "Extrapolated to the whole region at the same rate per head of population, our count would mean around 5,900 soldiers from the Kursk region buried in less than a year."],
    ["Independent projects Mediazona and BBC Russian have confirmed the names of more than 120,000 Russian soldiers killed in the war nationwide.",
     "The town's military enlistment office did not respond to our questions."],
],
# (5) Ukrainian General Staff daily summary via Ukrinform
"m05-ukrinform-general-staff": [
    ["Russian army loses another 1,010 troops over past day \u2013 General Staff"],
    ["17.09.2025 08:05"],
    ["Over the past day, Russian forces in Ukraine lost 1,010 personnel, the General Staff of the Armed Forces of Ukraine reported on Facebook on Wednesday morning, Ukrinform reports.",
     "This brings Russia's total personnel losses since February 24, 2022, to about 1,096,470.",
     "As in all General Staff reports, \"personnel losses\" means Russian soldiers killed or wounded.",
     "It was the 1,302nd day of the full-scale war."],
    ["Over the same day, Ukrainian forces destroyed 3 tanks, 11 armored combat vehicles, 46 artillery systems and 287 operational-tactical drones.",
     "Russia's total equipment losses now include 11,190 tanks and 23,300 armored combat vehicles."],
    ["In the Kursk direction, Ukrainian units neutralized 58 occupiers over the past day, 31 of them killed, the General Staff said.",
     "The enemy carried out four air strikes there, dropping seven guided aerial bombs, and shelled Ukrainian positions 112 times.",
     "Since September 1, Russian personnel losses in the Kursk direction have exceeded 1,400.",
     "North Korean personnel losses in the direction amounted to about 40 over the past week, according to the report.",
     "Ukrainian forces have also taken 23 Russian soldiers prisoner in the Kursk direction this month."],
    ["In the Pokrovsk direction, Russian losses over the past day amounted to 412 personnel.",
     "Ukrainian defenders repelled 54 attacks there."],
    ["The General Staff does not publish Ukraine's own losses.",
     "In February, President Volodymyr Zelensky said that more than 46,000 Ukrainian soldiers had been killed and about 390,000 wounded since the start of the full-scale war.",
     "The figures cannot be independently verified."],
],
# (6) FT-style analysis
"m06-ft-analysis": [
    ["North Korea's Kursk gamble has cost it nearly half its first contingent"],
    ["Pyongyang's soldiers have learnt fast on the battlefield, but at a price analysts expect to keep rising"],
    ["When North Korean troops first went into battle in Russia's Kursk region in December, western officials expected them to be used as little more than cannon fodder.",
     "The chart shows how that expectation played out: combined estimates of North Korean killed and wounded, compiled from South Korean, Ukrainian and western intelligence, rose steeply in January and February and reached about 5,300 by the end of June."],
    ["That is set against an initial force of about 11,000, later topped up with some 3,000 replacements.",
     "Roughly 1,300 of the casualties were killed, according to the same estimates.",
     "That works out at about three wounded for every one killed, a ratio military historians regard as typical of infantry fighting under heavy artillery and drone fire."],
    ["By the spring, western officials estimated that more than a third of the soldiers in the first contingent had been killed or wounded.",
     "Ukrainian military intelligence goes further, saying most of the first contingent has been killed or wounded.",
     "The estimates are drawn from 14 public statements by five governments."],
    ["In the first half of the year, North Korean units lost about 30 soldiers a day, killed or wounded, by these estimates.",
     "Should that pace continue, the total would pass 10,000 by the end of the year.",
     "Sofia Brandt, an analyst at the Baltic Institute for Strategic Studies in Riga, expects another 2,000 to 3,000 North Korean casualties by the end of the year as Moscow uses the troops to hold the border."],
    ["Russia has paid heavily too.",
     "Britain's Ministry of Defence estimates that Russian forces suffered more than 60,000 killed and wounded in retaking the Kursk region.",
     "Russian officials put Ukraine's losses in the incursion at more than 76,000, a figure western analysts regard as inflated."],
    ["Pyongyang, meanwhile, has been rewarded.",
     "South Korean officials estimate that it has shipped some 12mn artillery shells to Russia since 2023, in return for oil, food and military technology.",
     "North Korea's economy grew 3.7 per cent last year, according to the Bank of Korea, its fastest rate in eight years."],
],
# (7) KCNA in its own voice
"m07-kcna-award-ceremony": [
    ["Respected Comrade Kim Jong Un Confers State Awards on Heroes of Overseas Military Operation"],
    ["Pyongyang, April 28 (KCNA) -- A grand ceremony for conferring state awards on the commanders and soldiers of the units of the Korean People's Army who took part in the operation to liberate the Kursk area of the Russian Federation was held in Pyongyang on April 27.",
     "Respected Comrade Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, attended the ceremony and made a speech."],
    ["He said that the heroic servicepersons of the KPA had wiped out thousands of the Ukrainian neo-Nazi aggressors in the Kursk area and fulfilled with honour their sacred internationalist duty.",
     "Saying with deep sorrow that many precious sons of the country had laid down their lives in the fierce battles, he stressed that the Party and the state would take care of their parents, wives and children for ever."],
    ["The enemy, who had dared to invade the sacred land of Russia, left behind the corpses of more than 5,000 soldiers and foreign mercenaries in the areas liberated by the KPA units.",
     "Hundreds of the enemy were taken prisoner.",
     "The units fought more than 120 battles in 95 days, displaying matchless courage and the spirit of self-sacrifice peculiar to the revolutionary army."],
    ["The title of Hero of the DPRK was awarded to 12 commanders and soldiers, and the Order of the National Flag First Class to 88 others.",
     "Gold Star medals, Orders of Freedom and Independence and the Medal for Military Merits were conferred on 374 servicepersons."],
    ["A message from Valery Gerasimov, chief of the General Staff of the Armed Forces of the Russian Federation, was read out at the ceremony.",
     "It said the Korean fighters had inflicted heavy losses on the enemy and had played a decisive role in the liberation of the Kursk region.",
     "Andrei Belousov, defence minister of the Russian Federation, said in a letter that the Ukrainian side had lost over 76,000 troops in the Kursk area and that the Korean comrades had made a great contribution to this victory."],
    ["Kim Jong Un said that 2025 would go down in history as the year when the militant friendship between the DPRK and Russia was sealed in blood.",
     "A memorial museum dedicated to the feats of the heroes will be built in Pyongyang, he said."],
],
# (8) BBC-style Reality Check
"m08-reality-check-ukraine-kursk": [
    ["Kursk incursion: How many Ukrainian soldiers were lost?"],
    ["Published 2 July 2025"],
    ["Ukraine's incursion into Russia's Kursk region began on 6 August 2024 and ended in March this year, when Russian forces, helped by North Korean troops, pushed Ukrainian units back across the border.",
     "How much it cost Ukraine in lives is fiercely disputed.",
     "We looked at three claims."],
    ["The claim: Russia's defence ministry says Ukraine lost more than 78,000 soldiers, killed and wounded, in the Kursk region.",
     "At the height of the fighting in March, the ministry claimed to be killing or wounding up to 400 Ukrainian soldiers a day in the region.",
     "It also says it took more than 700 Ukrainian soldiers prisoner.",
     "The Russian figures cannot be checked, and the ministry routinely counts every Ukrainian unit it strikes as destroyed."],
    ["The claim: Ukraine's General Staff said in March that fewer than 1,000 Ukrainian soldiers had been killed during the whole operation.",
     "The same statement put Russian losses in the region at about 64,000 killed and wounded.",
     "Kyiv has not updated that figure, and families of soldiers missing in Kursk have accused officials of playing down the toll."],
    ["The claim: UALosses, a volunteer project that identifies Ukrainian dead from obituaries and posts by relatives, says it has confirmed at least 2,100 deaths in the Kursk operation.",
     "It lists about 1,300 more soldiers as missing.",
     "UALosses draws on more than 40 regional news sites and thousands of social media pages, and counts a soldier only when a name and date of death can be confirmed."],
    ["Analysts usually assume two to four wounded for every soldier killed.",
     "A Western official told reporters in London that Ukraine's losses in Kursk had been \"significant\" but far below Russia's claims."],
    ["Verdict: with the confirmed names as a floor and a share of the missing likely to be dead, the true figure is likely to be somewhere between 2,100 and 4,000 killed.",
     "That would be well below Moscow's figure but at least double what the General Staff said in March."],
],
# (9) Russian drone unit's Telegram post, relayed by a pro-Kremlin outlet
"m09-telegram-drone-unit": [
    ["Drone crews of Sever-V \"destroy up to 60 militants a day\" in Kursk border area"],
    ["The Sever-V unmanned systems detachment, which operates in the Glushkovo district of the Kursk region, said on its Telegram channel on Tuesday that its crews were killing up to 60 Ukrainian servicemen a day.",
     "Below is the post in our translation."],
    ["\"Over the past week our birds found and destroyed 214 militants of the Kyiv regime, and another 390 were wounded and evacuated, if the enemy managed to evacuate them at all,\" the detachment wrote.",
     "\"In a single strike on a dugout near Tetkino on June 3, we eliminated an entire platoon.\"",
     "\"The enemy lost up to a company of infantry trying to retake the forest belt west of the village, and two of their soldiers surrendered to our drone, which led them to our positions.\"",
     "\"Our crews fly about 150 FPV drones a day, each costing around 35,000 roubles, and every one of them is paid for by volunteers,\" the post said."],
    ["The detachment was formed in 2023 from volunteers of the Kursk region.",
     "The post was shared by war correspondent Yevgeny Rudakov, whose channel has more than 300,000 subscribers.",
     "Rudakov added that Ukrainian units in the sector had lost \"several hundred men\" since May.",
     "Citing the detachment's commander, call sign Dyatel, Rudakov wrote that the Ukrainians had left \"dozens\" of wounded behind in the woods during their retreat."],
    ["Glushkovo lies about 9 kilometres from the border with Ukraine's Sumy region."],
    ["The Ukrainian side has called such claims fantasy.",
     "On its own channel, the 159th Separate Rifle Battalion, which holds positions nearby, said it had lost two soldiers in the sector that week and that the Russian figures were \"invented from start to finish.\""],
],
# (10) Kyodo on Japan's defense white paper
"m10-kyodo-white-paper": [
    ["Japan white paper says N. Korea has sent over 14,000 troops to Russia"],
    ["TOKYO, July 15 (Kyodo) -- North Korea has sent more than 14,000 troops to Russia to fight against Ukraine, Japan's Defense Ministry said in its annual white paper released Tuesday, warning that the deepening military ties between the two countries pose a threat to Japan's security.",
     "The 2025 white paper, which runs to about 500 pages, was approved by the Cabinet earlier in the day."],
    ["It says Pyongyang first deployed around 11,000 soldiers to Russia's western Kursk region in the autumn of last year and has since rotated units in and out at least twice, sending about 3,000 replacements in January and February and some 2,000 more in the spring.",
     "Citing South Korean and Ukrainian assessments, the paper says at least 4,700 North Korean soldiers have been killed or wounded since they first saw combat in December.",
     "According to the paper, Ukraine says it holds at least three North Korean prisoners of war."],
    ["The paper warns that North Korea could send up to 6,000 more troops, including engineers and deminers, to help rebuild the region.",
     "It also cites President Volodymyr Zelenskyy as saying in December that more than 43,000 Ukrainian soldiers had been killed across the front since February 2022."],
    ["A senior Defense Ministry official told reporters that Russian forces had suffered more than 20,000 casualties in the Kursk fighting in the first three months of the year.",
     "Unless North Korean commanders change their tactics, the official said, total North Korean casualties could exceed 10,000 by the end of the year."],
    ["The white paper also notes that North Korea launched more than 20 ballistic missiles last year and that China held large-scale drills around Taiwan involving about 70 aircraft in April.",
     "Japan's defense budget for fiscal 2025 is a record 8.7 trillion yen ($59 billion)."],
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
    "kr-jcs": "South Korea's Joint Chiefs of Staff (JCS)",
    "kr-officials": "South Korean officials (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "us-officials": "US officials (unnamed)",
    "uk-officials": "British officials (unnamed)",
    "uk-mod": "UK Ministry of Defence",
    "western-officials": "Western officials (unnamed)",
    "isw": "Institute for the Study of War",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-officials": "Ukrainian officials (unnamed)",
    "ua-savchuk": "Capt. Iryna Savchuk, spokesperson for Ukraine's 214th Separate Mechanized Brigade",
    "ua-drone-operator-tiger": "Ukrainian drone operator, call sign Tiger (214th Brigade)",
    "ua-159th-battalion": "159th Separate Rifle Battalion (Ukraine)",
    "ru-zarechensk-relatives": "Relatives of servicemen from Zarechensk (unnamed)",
    "ru-zarechensk-administration": "Zarechensk district administration (Kursk region)",
    "ru-kursk-governor": "Governor of Russia's Kursk region (unnamed in text)",
    "mediazona": "Mediazona (independent Russian outlet)",
    "bbc-russian": "BBC Russian Service",
    "baltic-institute-brandt": "Sofia Brandt, analyst, Baltic Institute for Strategic Studies",
    "ru-officials": "Russian officials (unnamed)",
    "ru-mod": "Russian Ministry of Defence",
    "ru-belousov": "Andrei Belousov, Russian defence minister",
    "ru-gerasimov": "Valery Gerasimov, chief of Russia's General Staff",
    "kp-kim-jong-un": "Kim Jong Un, leader of North Korea",
    "ualosses": "UALosses (volunteer project naming Ukrainian dead)",
    "ru-sever-v-drone-unit": "Sever-V unmanned systems detachment (Russia), Telegram channel",
    "ru-rudakov": "Yevgeny Rudakov, Russian war correspondent (Telegram)",
    "ru-dyatel": "Commander of the Sever-V detachment, call sign Dyatel",
    "jp-mod": "Japan's Ministry of Defense (white paper)",
    "jp-officials": "Japanese Defense Ministry official (unnamed)",
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
KW, CU = "killed_or_wounded", "casualties_unspecified"
WW, OF = "area=whole_war", "area=other_front"

# ---- m01 Reuters factbox (dateline names Reuters: every relayed row ends with it)
R = "Reuters"
G("m01", "about 600 North Korean", "kr-nis", NK, "killed", "approximate", 600, "about 600", "cumulative", relays=R)
G("m01", "about 600 North Korean", "kr-nis", NK, "wounded", "approximate", 3500, "roughly 3,500", "cumulative", relays=R)
G("m01", "about 11,000 troops", "kr-nis", NK, "deployed", "approximate", 11000, "about 11,000", "stock", relays=R,
  notes="first contingent")
G("m01", "about 11,000 troops", "kr-nis", NK, "deployed", "approximate", 2500, "some 2,500 more", "stock", relays=R,
  notes="replacements already arrived (reported, not a forecast)")
G("m01", "reached 4,200", "ua-gur", NK, CU, "exact", 4200, "4,200", "cumulative", relays=R,
  notes="undefined 'losses'")
G("m01", "reached 4,200", "ua-gur", NK, "killed", "approximate", 1000, "about 1,000", "cumulative", relays=R)
G("m01", "up to 3,000 more troops", "ua-gur", NK, "deployed", "at_most", 3000, "up to 3,000", "stock", relays=R,
  mod="projected", notes="additional troops expected by the spring")
G("m01", "captured two North Korean", "ua-zelenskyy", NK, "captured", "exact", 2, "two", "incident", relays=R)
G("m01", "almost 4,000", "ua-zelenskyy", NK, KW, "vague", (3600, 3999), "almost 4,000", "cumulative", relays=R)
G("m01", "several hundred", "us-dod", NK, KW, "vague", (300, 999), "several hundred", "period", relays=R,
  notes="'casualties, both killed and wounded'; first week of fighting")
G("m01", "more than 1,000 killed", "us-officials", NK, KW, "more_than", 1000, "more than 1,000", "cumulative", relays=R,
  notes="one unnamed US official")
G("m01", "about 100 troops a day", "uk-mod", NK, CU, "approximate", 100, "about 100", "period",
  counted="people_per_day", relays=R, notes="rate during late-January assaults; undefined 'lost'")
for cid in ("us-officials", "uk-officials", "kr-officials"):
    G("m01", "roughly a third", cid, NK, KW, "approximate", 33.33, "roughly a third", "cumulative",
      counted="percent_of_force", relays=R, notes="share of the first contingent; one row per nationality of officials")
G("m01", "significant losses", "isw", NK, CU, "none", None, "significant losses", "unspecified", relays=R)

# ---- m02 AP from Seoul (NIS via lawmaker Park; (AP) dateline)
PA, AP = "Park Sun-jae > AP", "AP"
G("m02", "SEOUL, South Korea (AP)", "kr-nis", NK, "killed", "approximate", 2000, "About 2,000", "cumulative", relays=PA,
  notes="lawmaker named later in the text")
G("m02", "some 4,700", "kr-nis", NK, "wounded", "approximate", 4700, "some 4,700", "cumulative", relays=PA)
G("m02", "about 15,000 soldiers", "kr-nis", NK, "deployed", "approximate", 15000, "about 15,000", "stock", relays=PA,
  notes="total sent so far, replacements included")
G("m02", "about 15,000 soldiers", "kr-nis", NK, "deployed", "approximate", 3000, "roughly 3,000", "stock", relays=PA,
  notes="replacements, part of the 15,000")
G("m02", "another 5,000 to 6,000", "kr-nis", NK, "deployed", "range", (5000, 6000), "5,000 to 6,000", "stock",
  mod="projected", relays=PA, notes="additional troops in the coming months")
G("m02", "nearly 200 men", "kr-nis", NK, CU, "vague", (180, 199), "nearly 200", "incident", relays=PA,
  notes="one battalion, one failed assault; undefined 'lost'")
G("m02", "as missing", "kr-nis", NK, "missing", "approximate", 200, "about 200", "cumulative", relays=PA)
G("m02", "at least two North Korean prisoners", "kr-nis", NK, "captured", "at_least", 2, "at least two", "cumulative",
  relays=PA)
G("m02", "exceeded 6,000", "kr-jcs", NK, CU, "more_than", 6000, "exceeded 6,000", "cumulative", relays=AP)

# ---- m03 Kyiv Independent (names itself: 'told the Kyiv Independent')
KI = "Kyiv Independent"
G("m03", "lost 140 soldiers", "ua-savchuk", RU, "killed", "exact", 140, "140", "period", relays=KI)
G("m03", "lost 140 soldiers", "ua-savchuk", RU, "wounded", "approximate", 300, "about 300", "period", relays=KI)
G("m03", "at least 45", "ua-savchuk", RU, "killed", "at_least", 45, "at least 45", "incident", relays=KI,
  notes="one battalion-sized assault, night of May 14")
G("m03", "11 Russian soldiers", "ua-savchuk", RU, "captured", "exact", 11, "11", "period", relays=KI,
  notes="surrendered since the beginning of May")
G("m03", "about 20 of them", "ua-savchuk", NK, "killed", "approximate", 20, "about 20", "period", relays=KI)
G("m03", "call sign Tiger", "ua-drone-operator-tiger", RU, CU, "exact", 17, "17", "period", relays=KI,
  notes="'hit' = killed or wounded not stated; one day; 29 is the operator's age")
G("m03", "serious losses", "ua-savchuk", UA, CU, "none", None, "serious losses", "period", relays=KI,
  notes="brigade's own losses in May")
G("m03", "Three soldiers have been missing", "ua-savchuk", UA, "missing", "exact", 3, "Three", "incident", relays=KI)
G("m03", "more than 600", "ua-savchuk", RU, "killed", "more_than", 600, "more than 600", "period", relays=KI,
  notes=OF + "; Pokrovsk front, over the winter")

# ---- m04 cemetery investigation (outlet not named; own voice = author)
G("m04", "counted 164", "author", RU, "killed", "exact", 164, "164", "period",
  notes=WW + "; new soldiers' graves Nov 2024-Sep 2025 (satellite count); soldiers died in Kursk and in Ukraine")
G("m04", "At least 41", "author", RU, "killed", "at_least", 41, "At least 41", "period",
  notes="subset of the 164 who died in the Kursk region; the rest (no figure) died on other fronts")
G("m04", "at least 15 more", "ru-zarechensk-relatives", RU, "missing", "at_least", 15, "at least 15", "cumulative")
G("m04", "families of 73", "ru-zarechensk-administration", RU, "killed", "exact", 73, "73", "period",
  notes=WW + "; death benefits paid this year (2025), any front")
G("m04", "\"several hundred\" men", "ru-kursk-governor", RU, "killed", "vague", (300, 999), "several hundred", "cumulative",
  notes="men from the Kursk region who died defending it")
G("m04", "around 5,900", "author", RU, "killed", "approximate", 5900, "around 5,900", "period",
  notes=WW + "; extrapolation of the 164 graves to the whole region by population")
G("m04", "Mediazona and BBC Russian", "mediazona", RU, "killed", "more_than", 120000, "more than 120,000", "cumulative",
  notes=WW + "; names confirmed")
G("m04", "Mediazona and BBC Russian", "bbc-russian", RU, "killed", "more_than", 120000, "more than 120,000", "cumulative",
  notes=WW + "; names confirmed")

# ---- m05 General Staff via Ukrinform ('Ukrinform reports'); text defines personnel losses = killed or wounded
UI = "Ukrinform"
DEF = "'personnel losses' defined in the text as killed or wounded"
G("m05", "lost 1,010 personnel", "ua-general-staff", RU, KW, "exact", 1010, "1,010", "period", relays=UI,
  notes=WW + "; " + DEF + "; past day")
G("m05", "about 1,096,470", "ua-general-staff", RU, KW, "approximate", 1096470, "about 1,096,470", "cumulative",
  relays=UI, notes=WW + "; " + DEF + "; since 24 Feb 2022")
G("m05", "neutralized 58", "ua-general-staff", RU, KW, "exact", 58, "58", "period", relays=UI,
  notes="Kursk direction, past day; 'neutralized' read with the text's definition")
G("m05", "neutralized 58", "ua-general-staff", RU, "killed", "exact", 31, "31", "period", relays=UI,
  notes="Kursk direction, past day; part of the 58")
G("m05", "exceeded 1,400", "ua-general-staff", RU, KW, "more_than", 1400, "exceeded 1,400", "period", relays=UI,
  notes="Kursk direction since September 1; " + DEF)
G("m05", "North Korean personnel losses", "ua-general-staff", NK, KW, "approximate", 40, "about 40", "period",
  relays=UI, notes="Kursk direction, past week; " + DEF)
G("m05", "taken 23 Russian", "ua-general-staff", RU, "captured", "exact", 23, "23", "period", relays=UI,
  notes="Kursk direction, this month")
G("m05", "412 personnel", "ua-general-staff", RU, KW, "exact", 412, "412", "period", relays=UI,
  notes=OF + "; Pokrovsk direction, past day; " + DEF)
G("m05", "more than 46,000", "ua-zelenskyy", UA, "killed", "more_than", 46000, "more than 46,000", "cumulative",
  relays=UI, notes=WW)
G("m05", "more than 46,000", "ua-zelenskyy", UA, "wounded", "approximate", 390000, "about 390,000", "cumulative",
  relays=UI, notes=WW)

# ---- m06 FT-style analysis (outlet not named)
CHART = "The chart shows"
G("m06", "nearly half its first contingent", "author", NK, KW, "approximate", 50, "nearly half", "cumulative",
  counted="percent_of_force", derived=CHART,
  notes="headline figure made by the outlet: about 5,300 killed or wounded against about 11,000 first sent")
G("m06", CHART, "author", NK, KW, "approximate", 5300, "about 5,300", "cumulative",
  notes="the outlet's compilation of South Korean, Ukrainian and western estimates; by end of June")
G("m06", "initial force of about 11,000", "author", NK, "deployed", "approximate", 11000, "about 11,000", "stock")
G("m06", "initial force of about 11,000", "author", NK, "deployed", "approximate", 3000, "some 3,000", "stock",
  notes="replacements already sent")
G("m06", "Roughly 1,300", "author", NK, "killed", "approximate", 1300, "Roughly 1,300", "cumulative",
  notes="from the same compiled estimates")
G("m06", "more than a third", "western-officials", NK, KW, "more_than", 33.33, "more than a third", "cumulative",
  counted="percent_of_force", notes="share of the first contingent")
G("m06", "goes further", "ua-gur", NK, KW, "more_than", 50, "most", "cumulative", counted="percent_of_force",
  notes="'most of the first contingent'")
G("m06", "about 30 soldiers a day", "author", NK, KW, "approximate", 30, "about 30", "period", counted="people_per_day",
  notes="rate over the first half of the year, by the compiled estimates")
G("m06", "Should that pace continue", "author", NK, KW, "more_than", 10000, "pass 10,000", "cumulative",
  mod="conditional", notes="projected running total by end of year if the pace continues")
G("m06", "Sofia Brandt", "baltic-institute-brandt", NK, CU, "range", (2000, 3000), "2,000 to 3,000", "period",
  mod="projected", notes="additional casualties by the end of the year")
G("m06", "Russia has paid heavily too.", "author", RU, CU, "none", None, "paid heavily", "cumulative")
G("m06", "more than 60,000", "uk-mod", RU, KW, "more_than", 60000, "more than 60,000", "cumulative",
  notes="in retaking the Kursk region")
G("m06", "more than 76,000", "ru-officials", UA, CU, "more_than", 76000, "more than 76,000", "cumulative",
  notes="Ukraine's losses in the Kursk incursion; undefined 'losses'")

# ---- m07 KCNA (own voice = author; quoted people relayed by KCNA, named in the dateline)
KC = "KCNA"
G("m07", "wiped out thousands", "kp-kim-jong-un", UA, "killed", "vague", (2000, 9999), "thousands", "cumulative",
  relays=KC)
G("m07", "many precious sons", "kp-kim-jong-un", NK, "killed", "none", None, "many", "cumulative", relays=KC,
  notes="vague acknowledgement of North Korean dead; 'many' has no numeric bounds")
G("m07", "corpses of more than 5,000", "author", UA, "killed", "more_than", 5000, "more than 5,000", "cumulative",
  notes="own voice of KCNA")
G("m07", "Hundreds of the enemy", "author", UA, "captured", "vague", (200, 999), "Hundreds", "cumulative",
  notes="own voice of KCNA")
G("m07", "inflicted heavy losses", "ru-gerasimov", UA, CU, "none", None, "heavy losses", "cumulative",
  relays=KC, notes="message read at the ceremony")
G("m07", "lost over 76,000", "ru-belousov", UA, CU, "more_than", 76000, "over 76,000", "cumulative", relays=KC,
  notes="Kursk area")

# ---- m08 Reality Check (outlet not named)
G("m08", "more than 78,000", "ru-mod", UA, KW, "more_than", 78000, "more than 78,000", "cumulative")
G("m08", "up to 400", "ru-mod", UA, KW, "at_most", 400, "up to 400", "period", counted="people_per_day",
  notes="rate claimed during March")
G("m08", "more than 700", "ru-mod", UA, "captured", "more_than", 700, "more than 700", "cumulative")
G("m08", "fewer than 1,000", "ua-general-staff", UA, "killed", "fewer_than", 1000, "fewer than 1,000", "cumulative")
G("m08", "about 64,000", "ua-general-staff", RU, KW, "approximate", 64000, "about 64,000", "cumulative")
G("m08", "at least 2,100 deaths", "ualosses", UA, "killed", "at_least", 2100, "at least 2,100", "cumulative",
  notes="confirmed by name")
G("m08", "about 1,300 more", "ualosses", UA, "missing", "approximate", 1300, "about 1,300", "cumulative")
G("m08", "\"significant\"", "western-officials", UA, CU, "none", None, "significant", "cumulative",
  notes="one unnamed Western official")
G("m08", "somewhere between", "author", UA, "killed", "range", (2100, 4000), "between 2,100 and 4,000", "cumulative",
  notes="the outlet's own verdict")

# ---- m09 drone unit's Telegram post, relayed by an unnamed pro-Kremlin outlet
SV = "ru-sever-v-drone-unit"
G("m09", "up to 60 Ukrainian", SV, UA, "killed", "at_most", 60, "up to 60", "unspecified", counted="people_per_day",
  notes="ongoing rate, no stated period")
G("m09", "destroyed 214", SV, UA, "killed", "exact", 214, "214", "period", notes="past week")
G("m09", "destroyed 214", SV, UA, "wounded", "exact", 390, "390", "period", notes="past week")
G("m09", "entire platoon", SV, UA, "killed", "exact", 1, "an entire platoon", "incident", counted="platoons",
  notes="one strike on a dugout, June 3")
G("m09", "up to a company", SV, UA, CU, "at_most", 1, "up to a company", "incident", counted="companies",
  notes="one attempt to retake the forest belt")
G("m09", "up to a company", SV, UA, "captured", "exact", 2, "two", "incident", notes="surrendered to a drone")
G("m09", "\"several hundred men\"", "ru-rudakov", UA, CU, "vague", (300, 999), "several hundred", "period",
  notes="since May")
G("m09", "call sign Dyatel", "ru-dyatel", UA, "wounded", "vague", (24, 99), "dozens", "incident",
  relays="Yevgeny Rudakov", notes="left behind during one retreat")
G("m09", "159th Separate Rifle", "ua-159th-battalion", UA, CU, "exact", 2, "two", "period",
  notes="its own losses that week; undefined 'lost'")

# ---- m10 Kyodo on Japan's white paper ((Kyodo) dateline)
K, JK = "Kyodo", "Japan's Defense Ministry > Kyodo"
G("m10", "TOKYO, July 15", "jp-mod", NK, "deployed", "more_than", 14000, "more than 14,000", "stock", relays=K,
  notes="total sent, rotations included")
G("m10", "first deployed around 11,000", "jp-mod", NK, "deployed", "approximate", 11000, "around 11,000", "stock",
  relays=K, notes="first contingent")
G("m10", "first deployed around 11,000", "jp-mod", NK, "deployed", "approximate", 3000, "about 3,000", "stock",
  relays=K, notes="rotation: replacements in January-February")
G("m10", "first deployed around 11,000", "jp-mod", NK, "deployed", "approximate", 2000, "some 2,000 more", "stock",
  relays=K, notes="rotation: replacements in the spring")
for cid in ("kr-officials", "ua-officials"):
    G("m10", "at least 4,700", cid, NK, KW, "at_least", 4700, "at least 4,700", "cumulative", relays=JK,
      notes="'South Korean and Ukrainian assessments' cited by the white paper; one row per country")
G("m10", "at least three North Korean", "ua-officials", NK, "captured", "at_least", 3, "at least three", "cumulative",
  relays=JK)
G("m10", "up to 6,000 more", "jp-mod", NK, "deployed", "at_most", 6000, "up to 6,000", "stock", mod="projected",
  relays=K, notes="additional troops (engineers, deminers)")
G("m10", "more than 43,000", "ua-zelenskyy", UA, "killed", "more_than", 43000, "more than 43,000", "cumulative",
  relays=JK, notes=WW)
G("m10", "more than 20,000 casualties", "jp-officials", RU, CU, "more_than", 20000, "more than 20,000", "period",
  relays=K, notes="Kursk fighting, first three months of the year")
G("m10", "Unless North Korean commanders", "jp-officials", NK, CU, "more_than", 10000, "exceed 10,000", "cumulative",
  mod="conditional", relays=K, notes="projected total by end of year unless tactics change")

# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


T("m01", "LONDON, Feb 27", "dateline date; no loss figure")
T("m01", "June 2024", "date of a treaty")
T("m01", "170 self-propelled", "equipment")
T("m01", "500 km", "distance")
H("m02", "SEOUL, South Korea (AP)")
T("m02", "Park, 52", "age, duration")
T("m02", "350 kilometers", "missiles, distance")
T("m02", "$8 billion", "money, year")
T("m02", "11-day", "duration of an exercise")
H("m03", "lost 140 soldiers")
T("m03", "May 23, 2025 4:12 PM", "stand-alone date line")
T("m03", "August 2024", "date")
T("m03", "12 kilometers", "distances")
T("m03", "three or four men", "size of assault groups, not a loss")
T("m03", "40 armored", "equipment")
T("m04", "Rows of fresh graves", "headline: 'one' town, no figure")
T("m04", "about 30,000 people", "population")
T("m04", "Denis Karpov, 19", "age and year of one named soldier (no count)")
T("m04", "Sergei Lukin, 46", "age and year of one named soldier (no count)")
T("m04", "12 million roubles", "money")
T("m04", "2.8%", "population share")
H("m05", "lost 1,010 personnel")
T("m05", "17.09.2025 08:05", "stand-alone date line")
T("m05", "1,302nd day", "day of the war")
T("m05", "287 operational-tactical", "equipment, drones")
T("m05", "11,190 tanks", "equipment")
T("m05", "112 times", "air strikes, bombs, shelling")
T("m05", "54 attacks", "count of attacks")
T("m06", "three wounded for every one killed", "ratio of wounded to killed, not a count")
T("m06", "14 public statements", "count of sources")
T("m06", "12mn artillery shells", "munitions, year")
T("m06", "3.7 per cent", "economic growth")
T("m07", "Pyongyang, April 28", "dateline and date; no loss figure")
T("m07", "120 battles", "count of battles, days")
T("m07", "Hero of the DPRK", "medals")
T("m07", "374 servicepersons", "medals")
T("m07", "2025 would go down", "year")
T("m08", "Published 2 July 2025", "stand-alone date line")
T("m08", "6 August 2024", "dates")
T("m08", "three claims", "count of claims")
T("m08", "40 regional news sites", "count of sources ('thousands' of pages)")
T("m08", "two to four wounded", "ratio of wounded to killed, not a count")
H("m09", "up to 60 Ukrainian")
T("m09", "150 FPV drones", "drones, money")
T("m09", "formed in 2023", "year")
T("m09", "300,000 subscribers", "subscribers")
T("m09", "9 kilometres", "distance")
H("m10", "TOKYO, July 15")
T("m10", "500 pages", "year, page count")
T("m10", "20 ballistic missiles", "missiles, aircraft")
T("m10", "8.7 trillion yen", "money, year")

HEADER = ("file,quote,claimant_id,claimant_name,relay_names,whose_losses,measure,"
          "counted_in,modality,qualifier,low,best,high,count_as_written,scope,"
          "derived_from_quote,notes").split(",")

README = """# Development set 6 (fabricated): ten invented news texts on military-loss claims in and around Russia's Kursk region (Dec 2024 - Oct 2025), with a hand-curated gold (gold.csv, {n} rows) and numeric non-loss sentences (traps.csv, {m} rows); every text, name, figure and quote is fabricated.

Written without seeing the curation assistant's rules, code or tests; it follows only the project's curation conventions. This is a DEVELOPMENT set (the assistant may be tuned on it); a held-out set exists elsewhere and should be used for the final score.

Styles: m01 Reuters FACTBOX listing estimates by source (capitalised body names, (Reuters) dateline); m02 AP from Seoul, a lawmaker relaying an NIS briefing plus a JCS statement; m03 Kyiv Independent frontline report quoting a brigade spokesperson (full name, then surname and "she said"); m04 Meduza-style investigation of a regional cemetery (satellite count of graves, named dead, extrapolation); m05 Ukrainian General Staff daily summary as relayed by Ukrinform (past day, since 24 Feb 2022, Kursk direction); m06 Financial Times-style analysis with a chart description, shares, a ratio, a projection and a conditional; m07 KCNA in its own voice (award ceremony, vague "many" fallen); m08 BBC-style Reality Check weighing three claims with a "somewhere between" verdict; m09 a Russian drone unit's Telegram post, translated and relayed by an unnamed pro-Kremlin outlet and a war correspondent; m10 Kyodo wire on Japan's defense white paper (more than, at least, rotations, forecast and conditional).

Curator's choices: the publishing outlet is the last relay only where the text names itself (Reuters, AP, Kyiv Independent, Ukrinform, KCNA for the people it quotes, Kyodo); a self-speaking text (cemetery investigation, FT-style analysis, KCNA's own voice, Reality Check verdict) is `author` with no relay; the General Staff's "personnel losses" are `killed_or_wounded` because m05 defines them so; "hit" (m03) and undefined "lost"/"losses"/"casualties" are `casualties_unspecified`; "many" (m07) is qualifier `none` (no numeric bounds); replacements already sent are `deployed`/`reported`, forecast additional troops are `deployed`/`projected`; sub-counts stated in the same sentence (31 killed of 58, 41 of the 164 graves, 3,000 replacements within 15,000) get their own rows; named individual dead and their ages are traps, not rows; counts of the town's soldiers who died on any front (m04) carry area=whole_war; ratios of wounded to killed are traps; "most" = more_than 50, "roughly a third" = approximate 33.33, "nearly half" = approximate 50, "almost/nearly N" = vague 0.9N to N-1.

Build and check:

    cd benchmarks/dev-set-6 && python3 tools/build.py && python3 ../check_curated_set.py .
"""


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
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(n=len(GOLD), m=len(TRAPS)))
    print(f"{len(DOCS)} texts, {len(GOLD)} gold rows, {len(TRAPS)} traps")


if __name__ == "__main__":
    main()
