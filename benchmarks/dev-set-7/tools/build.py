"""Build dev-set-7: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline is the
first paragraph). A paragraph whose first item is LI is a list item ("- " bullet);
consecutive list items are written on consecutive lines. Gold quotes and trap
sentences are picked by a unique substring, so every quote is verbatim. Run from
the dev-set-7 folder or anywhere:

    python3 tools/build.py && python3 ../check_curated_set.py .
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"
LI = "\x00li"

DOCS = {
"n01-bloomberg-key-points": [
    ["North Korean Casualties in Kursk Top 4,000 as Kim Readies New Rotation"],
    ["February 20, 2025 at 6:00 AM GMT+9"],
    ["Key points"],
    [LI, "More than 4,000 North Korean troops have been killed or wounded in Kursk, a US assessment finds."],
    [LI, "Pyongyang is preparing to send as many as 3,000 more soldiers by spring."],
    [LI, "Russian casualties alongside them ran at several hundred a day in January."],
    ["North Korea has lost more than 4,000 soldiers killed or wounded in Russia's Kursk region, roughly a third of the force it sent there late last year, according to a US intelligence assessment described by people familiar with it."],
    ["About 1,000 of those casualties are believed to be dead, the people said, asking not to be identified because the findings haven't been made public.",
     "The assessment, which was shared with allies earlier this month, puts the original deployment at about 12,000 troops."],
    ["It also found that Kim Jong Un's regime is preparing to rotate in as many as 3,000 fresh troops by the end of March, two of the people said, replacing units that have been ground down in frontal assaults on Ukrainian positions.",
     "Pyongyang had already sent roughly 1,500 replacements in January, one of them said."],
    ["North Korea hasn't acknowledged any deaths, and its state media have made no mention of the deployment.",
     "The Pentagon declined to comment, and South Korea's National Intelligence Service said it would brief lawmakers on Feb. 25."],
    ["Russian units fighting alongside the North Koreans have also suffered heavy losses, the people said.",
     "Casualties among those units ran at several hundred a day during January's counterattacks, according to the assessment."],
    ["Ukraine's military intelligence agency, known as HUR, said last week that about 4,600 North Koreans had been killed or wounded, a higher tally than the US figure."],
    ["The toll matters beyond the battlefield.",
     "With roughly 1.3 million people in uniform, North Korea can absorb the losses numerically, said Choi Ji-won, a researcher at the Korea Institute for National Unification, but every experienced soldier it loses is a blow to the units that would fight a war on the peninsula."],
    ["Pyongyang has shipped more than 9 million artillery shells to Russia since 2023, according to South Korean estimates, and is believed to have received food, oil and hard currency in return.",
     "Shares of Hanwha Aerospace Co., South Korea's biggest defense contractor, rose as much as 4.1% in Seoul on Thursday."],
],
"n02-yonhap-2nd-ld": [
    ["(2nd LD) N. Korean casualties in Russia reach about 4,700: NIS"],
    ["(ATTN: ADDS JCS, presidential office comments in paras 7-10)"],
    ["SEOUL, April 30 (Yonhap) -- North Korea has suffered about 4,700 casualties among the troops it sent to fight for Russia, including some 600 killed, the National Intelligence Service (NIS) told lawmakers Wednesday, according to a ruling party lawmaker."],
    ["Rep. Cho Hyun-woo of the People Power Party told reporters after the closed-door briefing that the agency put the number of wounded at around 4,100.",
     "The figure is up from about 3,000 casualties the agency reported in January."],
    ["But Rep. Han Ji-min of the main opposition Democratic Party, who attended the same session, quoted the NIS as putting the dead at \"at least 500\" and overall casualties at \"over 4,500.\"",
     "Han said the gap reflected a range in the agency's estimate rather than a disagreement."],
    ["The NIS also said the North has sent about 3,000 additional troops since January, bringing the total it has dispatched to Russia to around 14,000, according to Cho.",
     "Cho said the agency had identified 18 sites in Kursk where North Korean units had been based."],
    ["North Korea's official Korean Central News Agency (KCNA) confirmed for the first time on Monday that its troops had fought in Kursk, saying some soldiers had \"fallen heroically\" without giving a number."],
    ["Separately, the Joint Chiefs of Staff (JCS) said it estimates about 11,000 North Korean troops are currently in the Kursk region, a figure that reflects both losses and rotations.",
     "The JCS also said it had detected signs that at least 20 more of the North's 240 mm multiple rocket launchers had been shipped to Russia this month."],
    ["A senior official at the presidential office, speaking on condition of anonymity, said several hundred more North Korean soldiers could be killed if Pyongyang keeps its troops on the front line through the summer.",
     "The official said the government was closely watching whether the North would receive advanced weapons technology in return."],
    ["The briefing at the National Assembly began at 10 a.m. and lasted about three hours.",
     "Wednesday marked the 1,162nd day of Russia's full-scale invasion of Ukraine."],
    ["(END)"],
],
"n03-ria-mod-telegram": [
    ["Ukrainian Armed Forces lost up to 310 servicemen in Kursk region over past day - MoD"],
    ["MOSCOW, March 9 (RIA Novosti) - Units of the North group of forces continued to defeat formations of the Armed Forces of Ukraine in the Kursk region, the Russian Defence Ministry said in its Telegram channel on Sunday."],
    ["\"Over the past 24 hours, the enemy lost up to 310 servicemen in the Kursk direction,\" the ministry said.",
     "Among the equipment destroyed were three tanks, seven armoured combat vehicles, 11 motor vehicles, four field artillery guns and two electronic warfare stations, the statement said."],
    ["Army aviation, drones and artillery struck manpower and equipment of four mechanised brigades, an air assault brigade and two territorial defence brigades near Guyevo, Oleshnya and Zaoleshenka, according to the ministry."],
    ["In a failed attempt to break through near Nikolayevo-Darino, the enemy lost more than 120 servicemen killed and wounded, the ministry said.",
     "Servicemen of the Akhmat special forces destroyed a Ukrainian sabotage and reconnaissance group of up to a platoon near the village of Lebedevka, it added.",
     "Eleven Ukrainian servicemen laid down their arms and surrendered near Sverdlikovo, the statement said."],
    ["The ministry said the Ukrainian command had lost up to a battalion of the 80th air assault brigade in three days of unsuccessful counterattacks near Kurilovka."],
    ["Over the past week, the enemy's losses in the Kursk direction amounted to more than 1,900 servicemen, the ministry added."],
    ["In total, since the beginning of the fighting in the Kursk direction, the Armed Forces of Ukraine have lost more than 64,300 servicemen, according to the ministry.",
     "Over the same period, Russian forces destroyed 398 tanks, 302 infantry fighting vehicles, 2,315 motor vehicles and 1,840 artillery pieces and mortars."],
    ["Air defence systems shot down 126 Ukrainian fixed-wing drones over the past day, 43 of them over the Kursk region.",
     "The statement was published at 11:40 Moscow time."],
    ["The Defence Ministry does not disclose Russian losses."],
],
"n04-nyt-pow-feature": [
    ["'Nobody Told Us We Could Surrender': A North Korean Prisoner Recounts Kursk"],
    ["KYIV, Ukraine - The young man in the gray sweatshirt speaks softly, and when he describes the snowfields of Kursk he looks at the floor."],
    ["He is 20 years old, a private from a farming county in South Hwanghae Province.",
     "Ukrainian officials allowed a reporter to interview him for 90 minutes last month, on the condition that his full name not be published; he asked to be identified by his family name, Ri."],
    ["Private Ri said he arrived in Russia in November with a battalion of about 500 men, part of a force that South Korean intelligence has put at roughly 11,000."],
    ["In his company's first assault in mid-December, he said, about 40 of its roughly 130 soldiers were killed in a single morning, many of them by drones.",
     "By the time he was captured, Mr. Ri said, fewer than 30 men were left in the company; the rest had been killed or wounded."],
    ["He was wounded in the leg by shrapnel, one of three men in his squad hit by the same shell.",
     "Most of the men he trained with, he believes, are now dead."],
    ["Soldiers were told that being captured was a betrayal of the Supreme Commander, he said, and at least two men in his platoon blew themselves up with grenades rather than surrender."],
    ["Ukrainian paratroopers found him on Jan. 14 in a forest near the village of Malaya Loknya, two days after he was wounded."],
    ["Ukraine has released few details about its North Korean prisoners.",
     "President Volodymyr Zelensky said in January that two were being held in Kyiv, and offered to exchange them for Ukrainians held by Russia."],
    ["South Korea's National Intelligence Service estimated in a closed briefing that about 400 North Korean soldiers had been killed and some 3,200 wounded by mid-February, according to lawmakers who attended."],
    ["Mr. Ri's mother is 47, he said, and his younger sister is 15; he has not spoken to them since Oct. 3, when his unit boarded a train in Chongjin for a journey that lasted 11 days.",
     "He says he wants to go to South Korea, whose Constitution, adopted in 1948, treats North Koreans as its citizens."],
    ["\"I don't want to go back to be shot,\" he said."],
],
"n05-nv-analyst-facebook": [
    ["\"Kursk is the enemy's new Bakhmut\": military analyst Kovtunenko on Russian losses"],
    ["Military analyst and reserve colonel Andriy Kovtunenko published a long post on his Facebook page on Sunday about what the Kursk operation is costing the Russian army.",
     "NV publishes it in translation, with minor cuts."],
    ["I served 26 years in the army, four of them in the ATO zone, and I have learned not to trust anybody's numbers, including my own.",
     "Still, according to my estimates, in January the Russians and North Koreans together lost from 9,000 to 11,000 men killed and wounded in the Kursk region.",
     "That is roughly 2,500 a week, or about 350 a day."],
    ["The North Koreans alone lost about 600 men a week in January, by my count.",
     "In February the pace fell to something like 1,500 a week, because the Russians had burned through the momentum of their counteroffensive."],
    ["For comparison: in the ten months of the battle for Bakhmut, the Russians lost, by my estimate, 60,000 to 70,000 killed and wounded, most of them Wagner convicts.",
     "Bakhmut cost them about 6,000 to 7,000 a month; Kursk in January cost them more."],
    ["Our General Staff puts enemy losses in the Kursk operation since August at about 38,000, of whom some 15,000 were killed, and I consider this figure somewhat understated.",
     "Our own losses are much smaller, but they are not zero, and I will not pretend otherwise."],
    ["The operation began on Aug. 6, 2024, and has now lasted more than 180 days.",
     "The front line in the Kursk salient is now roughly 90 kilometres long, and on some days the Russians fire up to 12,000 shells at it."],
    ["If the enemy keeps attacking at the February pace, by the end of March his total losses in the Kursk region since August will pass 50,000.",
     "Nobody in Moscow will ever publish that number."],
    ["The post had been shared more than 2,000 times by Monday evening."],
],
"n06-rfa-defector-families": [
    ["Families in North Korea told of sons' deaths in Russia, defector group says"],
    ["More than a hundred families in North Korea's North Hamgyong province have been told that sons serving abroad were killed, a Seoul-based defector group said Thursday, in what would be the clearest sign yet that Pyongyang is quietly informing relatives of soldiers who died in Russia."],
    ["The group, Chosun Truth Network, said its information came from relatives and local officials it contacts by smuggled Chinese mobile phones.",
     "Founded in 2011, the group says it has sources in nine of North Korea's provinces."],
    ["Its director, Pak Sung-il, told RFA Korean that party officials in Chongjin and Hoeryong had visited at least 40 households in a single week in August.",
     "Dozens of families in Hyesan, in neighboring Ryanggang province, have received similar notices, Pak said.",
     "He said the families were given a death certificate, 20 kilograms of rice and 50,000 won, and were told their sons would be honored as heroes."],
    ["Based on the notices it has tracked, the group estimates that the dead from North Hamgyong alone number \"several hundred.\""],
    ["A resident of Ryanggang province, reached by phone, told RFA that three families in her neighborhood received notices on the same day.",
     "Another resident, in South Pyongan province, said some families had been told only that their sons were missing, and that he knew of about a dozen such cases in his town."],
    ["The notices seen in a photograph shared with RFA were dated Aug. 17."],
    ["Chosun Truth Network also said around 3,000 soldiers from the elite Storm Corps had been sent to Russia in August as replacements."],
    ["South Korea's National Intelligence Service has estimated that around 2,000 North Korean soldiers have been killed in Russia since last year.",
     "North Hamgyong province has a population of about 2.3 million, and about 34,000 North Korean defectors now live in the South."],
    ["RFA could not independently verify the claims."],
],
"n07-politico-newsletter": [
    ["KIM'S KURSK FORCE: TWO IN FIVE KILLED OR WOUNDED"],
    ["NATO'S GRIM LEDGER: Alliance intelligence officials briefed ambassadors on Tuesday on NATO's latest count of what North Korea's expeditionary force has lost in Russia's Kursk region, and it makes for grim reading in Pyongyang.",
     "That's according to two officials who were in the room and spoke to POLITICO on condition of anonymity."],
    ["By the numbers: some 15,000 North Korean troops sent since last autumn; about 11,000 still in the region; some 6,000 killed or wounded; roughly 1,000 casualties a month since spring; three rotations so far."],
    ["Russia's side of the ledger, per the same briefing: more than 60,000 casualties in Kursk since August 2024."],
    ["\"Kim has burned through thousands of men for a patch of Russian farmland,\" one Western diplomat told POLITICO."],
    ["Kyiv isn't sharing its own numbers; a Ukrainian official would only say losses in the region were \"significant but sustainable.\""],
    ["One NATO official warned that if Pyongyang sticks to its rotation schedule, another 5,000 North Koreans could be killed or wounded by year's end."],
    ["WHAT'S NEXT: Defense ministers meet in Brussels on Oct. 15, and the EU's 19th sanctions package, still stuck in COREPER, would add 12 North Korean entities to the blacklist.",
     "DAY 1,310: That's how long Russia's full-scale war has now lasted.",
     "SHELL GAME: South Korean intelligence reckons Pyongyang has shipped as many as 12 million artillery rounds to Russia since 2023."],
],
"n08-institute-research-note": [
    ["Research Note No. 14: Estimating North Korean losses in the Kursk offensive, March-April 2025"],
    ["Kursk Open Source Monitor | Published 2 May 2025"],
    ["Summary"],
    ["We assess that North Korean forces suffered between 1,800 and 2,600 casualties during the March-April offensive that pushed Ukrainian troops out of most of the Kursk region.",
     "Russian units in the same operation lost, by our estimate, 5,500 to 7,000 killed or wounded, roughly three times the North Korean figure."],
    ["Methods"],
    ["This note draws on 412 combat videos published between 1 March and 30 April, of which our analysts geolocated 268.",
     "Each video was coded independently by two analysts, and disagreements were settled by a third.",
     "We also reviewed posts from 31 Russian and Ukrainian Telegram channels and 9 statements by Ukrainian units.",
     "Casualties are counted only where a body or an evacuation is visible, and the counts are then scaled up by the share of the front our footage covers.",
     "Our dataset covers perhaps 15 to 20 percent of the front line on any given day."],
    ["Findings"],
    ["Table 1 breaks the North Korean estimate down by phase.",
     "In the first phase, from 1 to 15 March, we count 640 to 900 North Korean casualties, of whom at least 210 were visibly killed in the footage.",
     "The second phase, the fight for Sudzha from 16 to 31 March, accounts for 700 to 1,050.",
     "For April, when North Korean units were used mainly for clearing operations, the figure falls to 460 to 650."],
    ["During the withdrawal from Sudzha we identified 143 Ukrainian soldiers shown as captured on video.",
     "The Ukrainian General Staff's claim of 4,000 North Korean casualties in the offensive is not supported by the footage."],
    ["Assessment"],
    ["With low confidence, we estimate that North Korea has lost about 5,000 killed or wounded in total since it entered the fighting in December, roughly 40 percent of the troops it has committed.",
     "That estimate assumes a total commitment of 12,000 to 13,000 troops, in line with South Korean government figures.",
     "The full dataset is available to researchers on request."],
],
"n09-joongang-editorial": [
    ["[Editorial] One in three of the North's soldiers in Russia killed or wounded"],
    ["The government insists that North Korea's soldiers in Russia are dying in smaller numbers than Kyiv claims.",
     "The National Intelligence Service (NIS) told the National Assembly's intelligence committee last week that Pyongyang has sent some 15,000 troops to Russia since October last year and that about 5,000 of them have been killed or wounded, including roughly 1,800 dead."],
    ["We find those numbers hard to square with the government's own earlier statements.",
     "In April, the Ministry of National Defense put the dead at \"around 600,\" and in the five months since, North Korean units have been in almost continuous combat.",
     "Tripling the death toll while total casualties barely moved, as the agency now implies, would mean the North's soldiers had suddenly stopped being wounded."],
    ["Rep. Yoo Sang-beom of the opposition People Power Party, who sits on the intelligence committee, said the agency's own briefing papers showed \"at least 2,300\" killed, and accused the government of shaving the numbers to protect its outreach to Pyongyang.",
     "Yoo put the real toll at \"well over 6,000\" killed or wounded.",
     "The presidential office said on Monday that it stood by the agency's assessment of 5,000 casualties, calling it \"conservative but sound.\""],
    ["Ukraine's military intelligence says the North has been losing roughly 1,000 men a month since spring.",
     "Add five months at that pace to the 2,000 casualties Seoul acknowledged at the start of the year, and the total is closer to 7,000 killed or wounded than to 5,000.",
     "If the pace holds, another 3,000 or so will be killed or wounded by the end of the year, and Seoul will be left explaining why it chose the lowest number on offer."],
    ["None of this is abstract.",
     "North Korea has about 26 million people and conscripts men for as long as 10 years.",
     "The government has set aside 1.2 trillion won this year for inter-Korean cooperation projects, and in a Gallup Korea poll this month 58 percent of respondents said Seoul should keep talking to Pyongyang regardless."],
    ["The committee's closed session last week ran for four hours, and Pyongyang has ignored every offer of talks since 2019."],
    ["Engagement is a defensible policy, but it cannot rest on a casualty count the government's own agencies contradict."],
],
"n10-cnn-live-updates": [
    ["October 9, 2025 - Russia-Ukraine war news"],
    ["7:02 a.m. ET"],
    ["Ukraine says its drones hit North Korean troops near the Kursk border"],
    ["Ukraine's General Staff said its drones struck a column of North Korean soldiers in Russia's Kursk region overnight, killing 46 of them.",
     "The strike involved 14 first-person-view drones, the General Staff said in a statement on Telegram."],
    ["8:30 a.m. ET"],
    ["Russia claims Ukraine lost up to 150 troops in Kursk border area"],
    ["Russia's Defense Ministry said Thursday that Ukraine had lost up to 150 servicemen in the border areas of the Kursk region over the past day, a figure CNN cannot independently verify.",
     "The ministry said Russian air defenses shot down 58 Ukrainian drones overnight."],
    ["9:45 a.m. ET"],
    ["Correction: Ukraine's figure for the overnight strike"],
    ["An earlier post on this page misstated the figure given by Ukraine's General Staff.",
     "The General Staff said 46 North Korean soldiers were killed or wounded in the strike, of whom 19 were killed."],
    ["10:20 a.m. ET"],
    ["South Korea's Joint Chiefs of Staff said Thursday it believes about 1,000 North Korean engineers and deminers remain in the Kursk region, and that roughly 5,000 military construction workers are expected to follow by the end of the year.",
     "The JCS told CNN that at least 10 of the deminers had been killed in mine-clearing accidents since August."],
    ["11:05 a.m. ET"],
    ["Zelensky says Russia lost nearly 1,200 soldiers near Kursk border in a week"],
    ["Ukrainian President Volodymyr Zelensky said in his nightly address that Russian forces had lost nearly 1,200 soldiers in the Kursk border area over the past week.",
     "Ukraine's General Staff put total Russian losses since February 2022 at 1,120,350 on Thursday."],
    ["11:40 a.m. ET"],
    ["A Ukrainian battalion commander whose unit holds positions near the Kursk border village of Tyotkino told CNN his battalion had lost four men killed and 11 wounded in the past month.",
     "Most were hit by glide bombs, said the commander, who asked to be identified by his call sign, Hrim.",
     "Russian strikes damaged 27 residential buildings in the city of Sumy overnight, its mayor said."],
],
}

SHORT = {k[:3]: k for k in DOCS}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para if s != LI]


def render(fid):
    blocks, prev_li = [], False
    for para in DOCS[fid]:
        if para and para[0] == LI:
            line = "- " + " ".join(para[1:])
            if prev_li:
                blocks[-1] += "\n" + line
            else:
                blocks.append(line)
            prev_li = True
        else:
            blocks.append(" ".join(para))
            prev_li = False
    return "\n\n".join(blocks)


def find(short, key):
    fid = SHORT[short]
    hits = [s for s in sentences(fid) if key in s]
    if len(hits) != 1:
        raise SystemExit(f"{short}: key {key!r} matches {len(hits)} sentences")
    return hits[0]


# ---- claimants -------------------------------------------------------------
C = {
    "author": "The text's own voice",
    "us-intelligence": "US intelligence (assessment described by unnamed people)",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ua-officials": "Ukrainian officials (unnamed)",
    "ua-analyst-kovtunenko": "Andriy Kovtunenko, Ukrainian military analyst and reserve colonel",
    "ua-commander-hrim": "Ukrainian battalion commander, call sign Hrim",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-jcs": "South Korea's Joint Chiefs of Staff (JCS)",
    "kr-mnd": "South Korea's Ministry of National Defense",
    "kr-officials": "South Korean officials (unnamed)",
    "kr-presidential-office": "South Korea's presidential office",
    "kr-presidential-official": "Senior South Korean presidential office official (unnamed)",
    "kr-mp-yoo": "Yoo Sang-beom, South Korean opposition (People Power Party) lawmaker",
    "kp-kcna": "Korean Central News Agency (KCNA), North Korea",
    "kp-pow-ri": "Private Ri, North Korean prisoner of war held by Ukraine",
    "kp-resident-ryanggang": "Resident of Ryanggang province, North Korea (anonymous)",
    "kp-resident-south-pyongan": "Resident of South Pyongan province, North Korea (anonymous)",
    "chosun-truth-network": "Chosun Truth Network (Seoul-based defector group)",
    "ctn-director-pak": "Pak Sung-il, director of Chosun Truth Network",
    "ru-mod": "Russian Ministry of Defence",
    "nato": "NATO (alliance intelligence count briefed to ambassadors)",
    "nato-officials": "NATO officials (unnamed)",
    "western-diplomats": "Western diplomats (unnamed)",
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


NK, RU, UA, RNK = "north_korean", "russian", "ukrainian", "russian_and_north_korean"
KOW, CU, DEP = "killed_or_wounded", "casualties_unspecified", "deployed"

# n01 Bloomberg-style story with key points
PF = "people familiar with the assessment"
G("n01", "a US assessment finds", "us-intelligence", NK, KOW, "more_than", "4000", "More than 4,000", "cumulative",
  relays=PF, notes="key-points bullet; source and relay as given in the body")
G("n01", "as many as 3,000 more soldiers by spring", "us-intelligence", NK, DEP, "at_most", "3000", "as many as 3,000",
  "stock", mod="projected", relays=PF, notes="key-points bullet; additional troops expected")
G("n01", "ran at several hundred a day in January", "us-intelligence", RU, CU, "vague", ("300", "999"),
  "several hundred a day", "period", counted="people_per_day", relays=PF, notes="key-points bullet; January")
G("n01", "roughly a third of the force", "us-intelligence", NK, KOW, "more_than", "4000", "more than 4,000",
  "cumulative", relays=PF)
G("n01", "roughly a third of the force", "us-intelligence", NK, KOW, "approximate", "33.33", "roughly a third",
  "cumulative", counted="percent_of_force", relays=PF, notes="share of the force sent")
G("n01", "About 1,000 of those casualties", "us-intelligence", NK, "killed", "approximate", "1000", "About 1,000",
  "cumulative", relays=PF)
G("n01", "about 12,000 troops", "us-intelligence", NK, DEP, "approximate", "12000", "about 12,000", "stock",
  relays=PF, notes="original deployment")
G("n01", "rotate in as many as 3,000", "us-intelligence", NK, DEP, "at_most", "3000", "as many as 3,000", "stock",
  mod="projected", relays=PF, notes="fresh troops by the end of March; 'two of the people' is a count of sources")
G("n01", "roughly 1,500 replacements", "us-intelligence", NK, DEP, "approximate", "1500", "roughly 1,500", "stock",
  relays=PF, notes="replacements already sent in January")
G("n01", "also suffered heavy losses", "us-intelligence", RU, CU, "none", "", "heavy losses", "unspecified",
  relays=PF)
G("n01", "during January's counterattacks", "us-intelligence", RU, CU, "vague", ("300", "999"),
  "several hundred a day", "period", counted="people_per_day", relays=PF, notes="January")
G("n01", "known as HUR", "ua-gur", NK, KOW, "approximate", "4600", "about 4,600", "cumulative",
  notes="'Ukraine's military intelligence agency, known as HUR' = GUR")

# n02 Yonhap (2nd LD)
CHO, HAN, YH = "Cho Hyun-woo > Yonhap", "Han Ji-min > Yonhap", "Yonhap"
G("n02", "(Yonhap)", "kr-nis", NK, CU, "approximate", "4700", "about 4,700", "cumulative", relays=CHO,
  notes="'a ruling party lawmaker' is named in the next sentence")
G("n02", "(Yonhap)", "kr-nis", NK, "killed", "approximate", "600", "some 600", "cumulative", relays=CHO)
G("n02", "around 4,100", "kr-nis", NK, "wounded", "approximate", "4100", "around 4,100", "cumulative", relays=CHO)
G("n02", "up from about 3,000", "kr-nis", NK, CU, "approximate", "3000", "about 3,000", "cumulative", relays=YH,
  notes="earlier (January) estimate, superseded")
G("n02", "Rep. Han Ji-min", "kr-nis", NK, "killed", "at_least", "500", "at least 500", "cumulative", relays=HAN,
  notes="opposition lawmaker's version of the same briefing")
G("n02", "Rep. Han Ji-min", "kr-nis", NK, CU, "more_than", "4500", "over 4,500", "cumulative", relays=HAN,
  notes="opposition lawmaker's version of the same briefing")
G("n02", "about 3,000 additional troops", "kr-nis", NK, DEP, "approximate", "3000", "about 3,000", "stock",
  relays=CHO, notes="additional troops sent since January")
G("n02", "about 3,000 additional troops", "kr-nis", NK, DEP, "approximate", "14000", "around 14,000", "stock",
  relays=CHO, notes="total dispatched")
G("n02", "fallen heroically", "kp-kcna", NK, "killed", "none", "", "some soldiers", "cumulative", relays=YH,
  notes="first acknowledgement of deaths, no number")
G("n02", "about 11,000 North Korean troops", "kr-jcs", NK, DEP, "approximate", "11000", "about 11,000", "stock",
  relays=YH, notes="troops currently in Kursk, net of losses and rotations")
G("n02", "several hundred more", "kr-presidential-official", NK, "killed", "vague", ("300", "999"),
  "several hundred more", "period", mod="conditional", relays=YH,
  notes="additional deaths if troops stay on the front line through the summer")

# n03 RIA Novosti quoting the Russian MoD
RIA = "RIA Novosti"
G("n03", "up to 310 servicemen in the Kursk direction", "ru-mod", UA, CU, "at_most", "310", "up to 310", "period",
  relays=RIA, notes="past 24 hours; total for one day, not a rate")
G("n03", "more than 120 servicemen", "ru-mod", UA, KOW, "more_than", "120", "more than 120", "incident",
  relays=RIA, notes="one failed breakthrough near Nikolayevo-Darino")
G("n03", "up to a platoon", "ru-mod", UA, CU, "at_most", "1", "up to a platoon", "incident", counted="platoons",
  relays=RIA, notes="'destroyed' a sabotage group; attributed to the Akhmat unit in the ministry's statement")
G("n03", "Eleven Ukrainian servicemen", "ru-mod", UA, "captured", "exact", "11", "Eleven", "incident", relays=RIA,
  notes="surrendered near Sverdlikovo")
G("n03", "up to a battalion", "ru-mod", UA, CU, "at_most", "1", "up to a battalion", "period", counted="battalions",
  relays=RIA, notes="three days of counterattacks near Kurilovka; '80th' is a unit number")
G("n03", "more than 1,900 servicemen", "ru-mod", UA, CU, "more_than", "1900", "more than 1,900", "period",
  relays=RIA, notes="past week")
G("n03", "more than 64,300", "ru-mod", UA, CU, "more_than", "64300", "more than 64,300", "cumulative", relays=RIA,
  notes="since the start of the fighting in the Kursk direction")

# n04 NYT-style POW feature
G("n04", "a battalion of about 500", "kp-pow-ri", NK, DEP, "approximate", "500", "about 500", "stock",
  notes="his battalion on arrival")
G("n04", "a battalion of about 500", "kr-nis", NK, DEP, "approximate", "11000", "roughly 11,000", "stock",
  notes="'South Korean intelligence' = NIS")
G("n04", "about 40 of its roughly 130", "kp-pow-ri", NK, "killed", "approximate", "40", "about 40", "incident",
  notes="his company's first assault, one morning in mid-December")
G("n04", "about 40 of its roughly 130", "kp-pow-ri", NK, DEP, "approximate", "130", "roughly 130", "stock",
  notes="company strength before the assault")
G("n04", "fewer than 30 men", "kp-pow-ri", NK, DEP, "fewer_than", "30", "fewer than 30", "stock",
  notes="company's remaining strength when he was captured")
G("n04", "fewer than 30 men", "kp-pow-ri", NK, KOW, "none", "", "the rest", "cumulative",
  notes="the rest of the company; no figure given (implied roughly 100 but not stated)")
G("n04", "one of three men", "kp-pow-ri", NK, "wounded", "exact", "3", "three", "incident",
  notes="his squad, one shell; includes himself")
G("n04", "Most of the men he trained", "kp-pow-ri", NK, "killed", "more_than", "50", "Most", "cumulative",
  counted="percent_of_force", notes="share of the men he trained with; his belief")
G("n04", "at least two men", "kp-pow-ri", NK, "killed", "at_least", "2", "at least two", "unspecified",
  notes="suicide by grenade to avoid capture")
G("n04", "two were being held", "ua-zelenskyy", NK, "captured", "exact", "2", "two", "cumulative")
G("n04", "about 400 North Korean", "kr-nis", NK, "killed", "approximate", "400", "about 400", "cumulative",
  relays="lawmakers who attended", notes="by mid-February")
G("n04", "about 400 North Korean", "kr-nis", NK, "wounded", "approximate", "3200", "some 3,200", "cumulative",
  relays="lawmakers who attended", notes="by mid-February")

# n05 NV translation of an analyst's Facebook post
NV = "NV"
DEF = "the post defines losses as killed and wounded"
G("n05", "from 9,000 to 11,000", "ua-analyst-kovtunenko", RNK, KOW, "range", ("9000", "11000"), "from 9,000 to 11,000",
  "period", relays=NV, notes="January")
G("n05", "roughly 2,500 a week", "ua-analyst-kovtunenko", RNK, KOW, "approximate", "2500", "roughly 2,500 a week",
  "period", counted="people_per_week", relays=NV, notes="January; " + DEF)
G("n05", "roughly 2,500 a week", "ua-analyst-kovtunenko", RNK, KOW, "approximate", "350", "about 350 a day",
  "period", counted="people_per_day", relays=NV, notes="January; " + DEF)
G("n05", "about 600 men a week", "ua-analyst-kovtunenko", NK, KOW, "approximate", "600", "about 600 men a week",
  "period", counted="people_per_week", relays=NV, notes="January; " + DEF)
G("n05", "1,500 a week", "ua-analyst-kovtunenko", RNK, KOW, "approximate", "1500", "something like 1,500 a week",
  "period", counted="people_per_week", relays=NV, notes="February; " + DEF)
G("n05", "60,000 to 70,000", "ua-analyst-kovtunenko", RU, KOW, "range", ("60000", "70000"), "60,000 to 70,000",
  "period", relays=NV, notes="area=other_front; battle for Bakhmut, ten months")
G("n05", "6,000 to 7,000 a month", "ua-analyst-kovtunenko", RU, KOW, "range", ("6000", "7000"),
  "about 6,000 to 7,000 a month", "period", counted="people_per_month", relays=NV,
  notes="area=other_front; Bakhmut; 'about' before a range kept as range")
G("n05", "about 38,000", "ua-general-staff", RNK, CU, "approximate", "38000", "about 38,000", "cumulative",
  relays="Andriy Kovtunenko > NV", notes="since August; 'enemy losses' undefined; analyst calls it understated")
G("n05", "about 38,000", "ua-general-staff", RNK, "killed", "approximate", "15000", "some 15,000", "cumulative",
  relays="Andriy Kovtunenko > NV")
G("n05", "Our own losses are much smaller", "ua-analyst-kovtunenko", UA, CU, "none", "", "much smaller",
  "unspecified", relays=NV)
G("n05", "will pass 50,000", "ua-analyst-kovtunenko", RNK, KOW, "more_than", "50000", "pass 50,000", "cumulative",
  mod="conditional", relays=NV, notes="projected total since August by end of March, if the February pace holds; "
  + DEF)

# n06 RFA on a defector group
RFA = "RFA"
G("n06", "More than a hundred families", "chosun-truth-network", NK, "killed", "more_than", "100",
  "More than a hundred", "cumulative", relays=RFA, notes="deaths counted by families notified; North Hamgyong")
G("n06", "at least 40 households", "ctn-director-pak", NK, "killed", "at_least", "40", "at least 40", "period",
  relays=RFA, notes="families notified in one week in August; Chongjin and Hoeryong")
G("n06", "Dozens of families in Hyesan", "ctn-director-pak", NK, "killed", "vague", ("24", "99"), "Dozens",
  "cumulative", relays=RFA, notes="families notified, Hyesan")
G("n06", "several hundred", "chosun-truth-network", NK, "killed", "vague", ("300", "999"), "several hundred",
  "cumulative", relays=RFA, notes="North Hamgyong alone; the group's estimate from notices")
G("n06", "three families", "kp-resident-ryanggang", NK, "killed", "exact", "3", "three", "incident", relays=RFA,
  notes="families notified on the same day in one neighborhood")
G("n06", "about a dozen such cases", "kp-resident-south-pyongan", NK, "missing", "approximate", "12",
  "about a dozen", "cumulative", relays=RFA, notes="families told their sons were missing; one town")
G("n06", "around 3,000 soldiers", "chosun-truth-network", NK, DEP, "approximate", "3000", "around 3,000", "stock",
  relays=RFA, notes="replacements sent in August")
G("n06", "around 2,000 North Korean", "kr-nis", NK, "killed", "approximate", "2000", "around 2,000", "cumulative",
  relays=RFA)

# n07 Politico Europe newsletter item
PR = "two officials who were in the room > POLITICO"
BTN = "By the numbers"
G("n07", "TWO IN FIVE", "author", NK, KOW, "approximate", "40", "TWO IN FIVE", "cumulative",
  counted="percent_of_force", derived=BTN, notes="newsletter's own ratio: 6,000 of 15,000")
G("n07", BTN, "nato", NK, DEP, "approximate", "15000", "some 15,000", "stock", relays=PR, notes="sent since last autumn")
G("n07", BTN, "nato", NK, DEP, "approximate", "11000", "about 11,000", "stock", relays=PR, notes="still in the region")
G("n07", BTN, "nato", NK, KOW, "approximate", "6000", "some 6,000", "cumulative", relays=PR)
G("n07", BTN, "nato", NK, CU, "approximate", "1000", "roughly 1,000 casualties a month", "period",
  counted="people_per_month", relays=PR, notes="since spring; 'three rotations' is not a troop count")
G("n07", "Russia's side of the ledger", "nato", RU, CU, "more_than", "60000", "more than 60,000", "cumulative",
  relays=PR)
G("n07", "burned through thousands", "western-diplomats", NK, CU, "vague", ("2000", "9999"), "thousands",
  "cumulative", relays="POLITICO")
G("n07", "significant but sustainable", "ua-officials", UA, CU, "none", "", "significant but sustainable",
  "unspecified", relays="POLITICO")
G("n07", "another 5,000 North Koreans", "nato-officials", NK, KOW, "approximate", "5000", "another 5,000", "period",
  mod="conditional", relays="POLITICO", notes="additional losses by year's end if the rotation schedule holds")

# n08 research note
G("n08", "between 1,800 and 2,600", "author", NK, CU, "range", ("1800", "2600"), "between 1,800 and 2,600", "period",
  notes="March-April offensive")
G("n08", "5,500 to 7,000", "author", RU, KOW, "range", ("5500", "7000"), "5,500 to 7,000", "period",
  notes="March-April offensive")
G("n08", "640 to 900", "author", NK, CU, "range", ("640", "900"), "640 to 900", "period", notes="1-15 March")
G("n08", "640 to 900", "author", NK, "killed", "at_least", "210", "at least 210", "period",
  notes="1-15 March; visibly killed in footage")
G("n08", "700 to 1,050", "author", NK, CU, "range", ("700", "1050"), "700 to 1,050", "period",
  notes="16-31 March, Sudzha")
G("n08", "460 to 650", "author", NK, CU, "range", ("460", "650"), "460 to 650", "period", notes="April")
G("n08", "143 Ukrainian soldiers", "author", UA, "captured", "exact", "143", "143", "period",
  notes="withdrawal from Sudzha; identified on video")
G("n08", "claim of 4,000", "ua-general-staff", NK, CU, "exact", "4000", "4,000", "period",
  notes="the offensive; the note disputes it")
G("n08", "With low confidence", "author", NK, KOW, "approximate", "5000", "about 5,000", "cumulative",
  notes="low confidence; since December")
G("n08", "With low confidence", "author", NK, KOW, "approximate", "40", "roughly 40 percent", "cumulative",
  counted="percent_of_force", notes="low confidence; share of troops committed")
G("n08", "12,000 to 13,000", "author", NK, DEP, "range", ("12000", "13000"), "12,000 to 13,000", "stock",
  notes="the note's assumption, said to match South Korean government figures")

# n09 JoongAng-style editorial
NIS9 = "some 15,000 troops"
G("n09", "One in three", "author", NK, KOW, "approximate", "33.33", "One in three", "cumulative",
  counted="percent_of_force", derived=NIS9, notes="editorial's own ratio: 5,000 of 15,000")
G("n09", NIS9, "kr-nis", NK, DEP, "approximate", "15000", "some 15,000", "stock", notes="sent since October last year")
G("n09", NIS9, "kr-nis", NK, KOW, "approximate", "5000", "about 5,000", "cumulative")
G("n09", NIS9, "kr-nis", NK, "killed", "approximate", "1800", "roughly 1,800", "cumulative")
G("n09", "around 600", "kr-mnd", NK, "killed", "approximate", "600", "around 600", "cumulative",
  notes="April estimate, superseded")
G("n09", "at least 2,300", "kr-nis", NK, "killed", "at_least", "2300", "at least 2,300", "cumulative",
  relays="Yoo Sang-beom", notes="from the agency's briefing papers, per the opposition lawmaker")
G("n09", "well over 6,000", "kr-mp-yoo", NK, KOW, "more_than", "6000", "well over 6,000", "cumulative")
G("n09", "stood by the agency", "kr-presidential-office", NK, CU, "exact", "5000", "5,000", "cumulative",
  notes="endorses the NIS figure")
G("n09", "roughly 1,000 men a month", "ua-gur", NK, CU, "approximate", "1000", "roughly 1,000 men a month", "period",
  counted="people_per_month", notes="'Ukraine's military intelligence' = GUR; since spring")
G("n09", "Add five months", "kr-officials", NK, CU, "exact", "2000", "2,000", "cumulative",
  notes="'Seoul' = South Korean government; start-of-year figure")
G("n09", "Add five months", "author", NK, KOW, "approximate", "7000", "closer to 7,000", "cumulative",
  notes="editorial's own derived figure (2,000 plus five months at 1,000); '5,000' refers back to the NIS")
G("n09", "another 3,000 or so", "author", NK, KOW, "approximate", "3000", "another 3,000 or so", "period",
  mod="conditional", notes="additional losses by the end of the year if the pace holds")

# n10 CNN-style live updates
G("n10", "killing 46 of them", "ua-general-staff", NK, "killed", "exact", "46", "46", "incident", relays="CNN",
  notes="superseded: corrected on the page at 9:45 a.m. to 46 killed or wounded, 19 killed")
G("n10", "up to 150 servicemen", "ru-mod", UA, CU, "at_most", "150", "up to 150", "period", relays="CNN",
  notes="past day")
G("n10", "of whom 19 were killed", "ua-general-staff", NK, KOW, "exact", "46", "46", "incident", relays="CNN",
  notes="correction of the 7:02 a.m. post")
G("n10", "of whom 19 were killed", "ua-general-staff", NK, "killed", "exact", "19", "19", "incident", relays="CNN",
  notes="correction of the 7:02 a.m. post")
G("n10", "about 1,000 North Korean engineers", "kr-jcs", NK, DEP, "approximate", "1000", "about 1,000", "stock",
  relays="CNN", notes="engineers and deminers remaining")
G("n10", "about 1,000 North Korean engineers", "kr-jcs", NK, DEP, "approximate", "5000", "roughly 5,000", "stock",
  mod="projected", relays="CNN", notes="military construction workers expected by the end of the year")
G("n10", "at least 10 of the deminers", "kr-jcs", NK, "killed", "at_least", "10", "at least 10", "cumulative",
  relays="CNN", notes="mine-clearing accidents since August")
G("n10", "nightly address", "ua-zelenskyy", RU, CU, "vague", ("1080", "1199"), "nearly 1,200", "period",
  relays="CNN", notes="past week, Kursk border area")
G("n10", "1,120,350", "ua-general-staff", RU, CU, "exact", "1120350", "1,120,350", "cumulative", relays="CNN",
  notes="area=whole_war; since February 2022")
G("n10", "Tyotkino", "ua-commander-hrim", UA, "killed", "exact", "4", "four", "period", relays="CNN",
  notes="his battalion, past month; named by call sign in the next sentence")
G("n10", "Tyotkino", "ua-commander-hrim", UA, "wounded", "exact", "11", "11", "period", relays="CNN",
  notes="his battalion, past month")

# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key, head_key=None):
    head = DOCS[SHORT[short]][0][0] if head_key is None else find(short, head_key)
    TRAPS.append(["texts/" + SHORT[short] + ".txt", head, "headline restates: " + find(short, body_key)])


H("n01", "a US assessment finds")
T("n01", "6:00 AM GMT+9", "stand-alone date line")
T("n01", "Feb. 25", "date of a briefing")
T("n01", "1.3 million", "size of North Korea's armed forces, not a deployment")
T("n01", "9 million artillery shells", "munitions, year")
T("n01", "4.1%", "share price move")
H("n02", "(Yonhap)")
T("n02", "(ATTN:", "editor's note with paragraph numbers")
T("n02", "18 sites", "count of locations")
T("n02", "240 mm", "equipment, calibre")
T("n02", "10 a.m.", "time of day, duration")
T("n02", "1,162nd day", "days of war")
H("n03", "up to 310 servicemen in the Kursk direction")
T("n03", "(RIA Novosti)", "dateline date; sentence has no loss figure")
T("n03", "Among the equipment destroyed", "equipment")
T("n03", "four mechanised brigades", "units struck, no loss figure")
T("n03", "398 tanks", "equipment (cumulative)")
T("n03", "126 Ukrainian fixed-wing drones", "drones")
T("n03", "11:40 Moscow time", "timestamp")
T("n04", "He is 20 years old", "age")
T("n04", "90 minutes", "duration of interview")
T("n04", "Jan. 14", "date and duration; his own capture, no count")
T("n04", "mother is 47", "ages, dates, duration")
T("n04", "adopted in 1948", "year")
T("n05", "I served 26 years", "years of service")
T("n05", "Aug. 6, 2024", "date, days of the operation")
T("n05", "90 kilometres", "distance, shells")
T("n05", "2,000 times", "count of shares")
T("n06", "Founded in 2011", "year, count of provinces")
T("n06", "20 kilograms", "compensation (rice, money)")
T("n06", "Aug. 17", "date")
T("n06", "2.3 million", "population, count of defectors")
T("n07", "two officials who were in the room", "count of sources")
T("n07", "Oct. 15", "date, sanctions package number, count of entities")
T("n07", "DAY 1,310", "days of war")
T("n07", "SHELL GAME", "munitions, year")
T("n08", "Research Note No. 14", "title: note number and dates")
T("n08", "Published 2 May 2025", "stand-alone date line")
T("n08", "412 combat videos", "count of videos and geolocations")
T("n08", "coded independently by two analysts", "count of coders")
T("n08", "31 Russian and Ukrainian Telegram", "count of sources")
T("n08", "15 to 20 percent", "coverage share of the front line, not a loss")
T("n08", "Table 1", "table number")
T("n09", "26 million people", "population, years of service")
T("n09", "1.2 trillion won", "money, poll percentage")
T("n09", "ran for four hours", "duration, year")
T("n10", "October 9, 2025", "page title date")
T("n10", "7:02 a.m. ET", "timestamp")
T("n10", "14 first-person-view drones", "drones")
T("n10", "8:30 a.m. ET", "timestamp")
H("n10", "up to 150 servicemen", head_key="Russia claims Ukraine lost")
T("n10", "58 Ukrainian drones", "drones")
T("n10", "9:45 a.m. ET", "timestamp")
T("n10", "10:20 a.m. ET", "timestamp")
T("n10", "11:05 a.m. ET", "timestamp")
H("n10", "nightly address", head_key="Zelensky says Russia lost")
T("n10", "11:40 a.m. ET", "timestamp")
T("n10", "27 residential buildings", "damaged buildings")

HEADER = ("file,quote,claimant_id,claimant_name,relay_names,whose_losses,measure,"
          "counted_in,modality,qualifier,low,best,high,count_as_written,scope,"
          "derived_from_quote,notes").split(",")


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(render(fid) + "\n\n" + TAG + "\n")
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
