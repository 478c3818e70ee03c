"""Build dev-set-12: writes texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences (the headline, or the
heading line, is the first paragraph). Gold quotes and trap sentences are picked by
a unique substring, so every quote is verbatim. Run from the dev-set-12 folder:

    python3 tools/build.py && python3 ../check_curated_set.py .

Everything in these texts is fabricated: outlets' styles are imitated, but every
quote, name (other than well-known leaders and places) and figure is invented.
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {}

# ---- t01: AFP wire from Moscow ----------------------------------------------
DOCS["t01-afp-putin-thanks"] = [
    ["Putin thanks North Korean troops as Moscow claims 71,500 Ukrainian losses in Kursk"],
    ["Moscow, April 28, 2025 (AFP) - President Vladimir Putin on Monday thanked North Korean "
     "soldiers for helping to drive Ukrainian forces out of Russia's Kursk region, as his top "
     "general claimed Kyiv had lost more than 71,500 troops there since August."],
    ["In a statement released by the Kremlin, Putin praised the \"heroism\" of the Korean "
     "\"comrades-in-arms\" and acknowledged for the first time that they had taken losses.",
     "\"They fought shoulder to shoulder with our men, and we will honour them,\" Putin said."],
    ["Chief of the General Staff Valery Gerasimov told Putin on Saturday that Ukrainian losses in "
     "the region since August exceeded 71,500 servicemen, including \"more than 30,000 "
     "irretrievable losses\", a Russian military term for the killed and the missing.",
     "AFP could not independently verify the figures, and Kyiv has called Moscow's loss claims "
     "\"pure fantasy\".",
     "Gerasimov also said the Ukrainian army had lost about 7,000 troops in the last week of "
     "fighting around Gornal, the final village it held in the region."],
    ["North Korea sent around 11,500 soldiers to the region last autumn, according to South "
     "Korea's spy agency and the Pentagon.",
     "Seoul's National Intelligence Service said in February that some 4,200 of them had been "
     "killed or wounded, and that about 3,500 more troops had arrived as reinforcements in January "
     "and February."],
    ["Ukraine's commander-in-chief Oleksandr Syrskyi said in March that Russian and North Korean "
     "forces had lost nearly 58,000 soldiers in the Kursk region, about 23,000 of them killed.",
     "Kyiv has not published its own losses in the operation."],
    ["The partnership treaty the two countries signed during Putin's visit to Pyongyang in June "
     "2024 contains a mutual-assistance clause.",
     "Ukrainian troops crossed into the region on August 6, 2024, and at the height of the "
     "incursion claimed to hold about 1,250 square kilometres of Russian territory.",
     "Putin's statement came two days after Gerasimov declared the region \"fully liberated\", a "
     "claim Kyiv denied.",
     "The Kremlin said Putin had also spoken by telephone with North Korean leader Kim Jong Un for "
     "about 40 minutes on Sunday."],
]

# ---- t02: JoongAng Daily explainer, Q&A --------------------------------------
DOCS["t02-joongang-nis-explainer"] = [
    ["[Explainer] How does the NIS count North Korea's casualties in Kursk?"],
    ["South Korea's National Intelligence Service (NIS) has revised its estimate of North Korean "
     "casualties in Russia's Kursk region at least five times since December, each time upward.",
     "The latest figure, which the spy agency gave lawmakers in a closed-door briefing on Sept. 4, "
     "is about 5,700 killed or wounded, including around 2,300 dead.",
     "Here is how the agency arrives at its numbers, and why they keep changing."],
    ["Q. Where do the numbers come from?"],
    ["A. The NIS does not send its own people to the front.",
     "It combines intelligence shared by Ukraine and the United States with its own analysis of "
     "drone footage, intercepted communications and satellite imagery, an NIS official told the "
     "JoongAng Daily on condition of anonymity.",
     "Every figure is cross-checked against at least two independent sources before it goes to "
     "the National Assembly, the official said."],
    ["Q. What did the agency say at first?"],
    ["A. In its first estimate, on Dec. 19, the agency said at least 150 North Korean soldiers "
     "had been killed and close to 1,200 wounded, according to Rep. Yoon Gi-tae of the Democratic "
     "Party, who relayed the briefing to reporters."],
    ["Q. Why did the numbers rise so fast?"],
    ["A. North Korean units were thrown into frontal assaults in December and January with "
     "little drone cover.",
     "By late January, Yoon said, the estimate stood at about 3,100 casualties; a month later the "
     "agency put it at roughly 4,200 dead and wounded.",
     "The agency believes Pyongyang first sent about 11,500 troops and later added more than "
     "3,000 as replacements."],
    ["Q. Are the missing and captured counted?"],
    ["A. Not separately.",
     "Soldiers whose fate is unknown are counted as killed unless there is evidence they were "
     "taken prisoner, the official said.",
     "Ukraine holds two North Korean prisoners captured in January, the only ones the NIS has "
     "confirmed."],
    ["Q. How do other estimates compare?"],
    ["A. The Pentagon said in January that \"several thousand\" North Koreans had been killed or "
     "wounded.",
     "Ukraine's military intelligence agency, known as HUR, put North Korean losses at about "
     "6,000 killed and wounded in March."],
    ["Q. What happens next?"],
    ["A. If the North keeps fighting at the pace seen this spring, NIS analysts told lawmakers, "
     "its casualties could pass 10,000 by the end of the year.",
     "The agency's next report to the intelligence committee, whose 12 members meet behind closed "
     "doors, is due in December.",
     "The NIS, founded in 1961, has in the past been accused of leaking intelligence selectively "
     "to suit the government of the day."],
]

# ---- t03: Ukrainian military blogger's Telegram thread (translated) ----------
DOCS["t03-telegram-blogger-thread"] = [
    ["Telegram thread by the Ukrainian military blogger \"Lisovyk\", translated from Ukrainian; "
     "posted Jan. 9, 2025"],
    ["Kursk direction, what I'm hearing from the guys near Sudzha."],
    ["The Koreans went at our positions near Plekhovo again, three days straight."],
    ["My rough estimate is around 400 of them killed or wounded in those three days."],
    ["Maybe a third of the battalion they sent in."],
    ["They come in files of a dozen, across open snow, no cover."],
    ["Drone guys say they stopped counting after lunch."],
    ["The Russians behind them lose dozens a day, mostly to FPVs."],
    ["Our side, from my friend's company: two killed, nine wounded this week."],
    ["At least five from the neighbouring brigade missing since Sunday, maybe taken prisoner."],
    ["Paratroopers took one Korean alive on Tuesday, wounded in both legs."],
    ["He asked for water and a cigarette, nothing else."],
    ["The General Staff says the Koreans have lost more than 3,000 in Kursk so far."],
    ["My number is lower, maybe 2,000 to 2,500, but I only see one sector."],
    ["If they keep this pace, about half of the first contingent will be gone by March."],
    ["Russian milbloggers claim we lose 200 a day here.", "Nonsense.",
     "If that were true there would be nobody left in the salient."],
    ["Cold, minus 18 at night, the drones ice up."],
    ["A Mavic costs us about 2,000 dollars now and we are short of them, so donate if you can."],
    ["Next update after 22:00."],
]

# ---- t04: RFE/RL report on regional payouts ----------------------------------
DOCS["t04-rferl-regional-payouts"] = [
    ["Russian Regions Pay Out Millions As Kursk Death Notices Mount"],
    ["Families of Russian soldiers killed in the Kursk region are entitled to a one-off federal "
     "payment of about 5 million rubles ($62,000), but the regional top-ups that follow vary "
     "widely, an RFE/RL review of decrees in 20 regions shows.",
     "In Bashkortostan the local government adds 3 million rubles, in Tyva 1 million and in the "
     "Kursk region itself 2 million."],
    ["By November 1, the Kursk regional social-protection department had received 2,316 "
     "applications for death payments from relatives across Russia, its head, Natalya Gorbunova, "
     "told a session of the regional legislature.",
     "Several relatives can apply for the same soldier, so the count of applications is not the "
     "count of the dead, Gorbunova cautioned.",
     "Behind those applications, she said, were 1,480 servicemen whose deaths in the fighting for "
     "the region had been confirmed.",
     "Another 417 were officially listed as missing, and their families must wait for a court to "
     "declare them dead, which can take six months or more, Gorbunova said.",
     "\"We are burying dozens every week,\" she told deputies."],
    ["Wounded soldiers are entitled to 3 million rubles for a serious injury and 1 million for a "
     "light one.",
     "The region's hospitals have treated more than 9,000 wounded servicemen since August 2024, "
     "the regional health minister, Pavel Kiselev, said in October."],
    ["The volunteer project Kursk Memory, which searches obituaries and cemetery records, had "
     "identified by name at least 3,912 Russian servicemen killed in the Kursk region as of late "
     "November.",
     "\"The real figure is probably between 8,000 and 12,000,\" the project's coordinator, Ilya "
     "Sorokin, told RFE/RL.",
     "In Tyva alone, 212 men have been killed in the Kursk fighting, according to a local "
     "lawmaker, Aldar Mongush, who keeps his own list."],
    ["Moscow has not published its own casualty figures for the operation.",
     "Ukraine's General Staff says Russia has lost roughly 62,000 troops killed and wounded in the "
     "Kursk direction since August 2024.",
     "None of the regional decrees mentions the North Korean soldiers who fought alongside "
     "Russian units and who, South Korea's intelligence service says, have suffered more than "
     "4,000 killed and wounded."],
    ["For many families the payout is life-changing: a one-room apartment in the regional capital "
     "costs about 4 million rubles, Gorbunova noted."],
]

# ---- t05: Washington Post analysis -------------------------------------------
DOCS["t05-wapo-analysis-three-counts"] = [
    ["Analysis | Three agencies, three answers: how many North Koreans have fallen in Kursk?"],
    ["Seven months after North Korean soldiers first went into battle in Russia's Kursk region, "
     "Washington, Seoul and Kyiv still cannot agree on how many of them have been hit.",
     "The differences are not small."],
    ["In late January, the Pentagon put North Korean casualties, which it defined as killed and "
     "wounded, at roughly 3,800, deputy press secretary Lauren Halvorsen told reporters.",
     "South Korea's National Intelligence Service told lawmakers in April that about 5,100 had "
     "been killed or wounded, some 1,900 of them fatally.",
     "Ukraine's Defence Intelligence agency, known by its Ukrainian initials HUR, is the outlier: "
     "by mid-March, it said, about 6,000 North Koreans were dead or wounded, around 2,500 of them "
     "dead."],
    ["North Korea, which U.S. and South Korean officials say sent about 11,500 troops last fall, "
     "has acknowledged only that its soldiers died \"heroically\" in Kursk, without giving a "
     "number.",
     "Using the NIS figures, roughly 44 percent of that initial force had been killed or wounded "
     "by April."],
    ["Sarah Kendrick, a Korea specialist at the Atlantic Forces Institute, said the NIS figure was "
     "probably the most careful of the three.",
     "Kendrick said North Korean units had lost as many as 1,000 men in a single week of January "
     "assaults near Plekhovo.",
     "\"If they keep attacking the way they did in January, they could lose another 5,000 by the "
     "end of the year,\" she said."],
    ["All of these numbers come with caveats.",
     "None of the agencies has published its method.",
     "Kyiv has an interest in high figures, Seoul relies in part on what Kyiv shares, and the "
     "Pentagon figure is now three months old.",
     "Casualty estimates in modern wars are often off by 30 percent or more, according to a 2023 "
     "academic study of conflicts since the 1990s.",
     "And no agency counts the missing separately."],
    ["For scale, HUR says Russia loses about 1,200 soldiers a day across the entire front, a rate "
     "that dwarfs the North Korean toll."],
]

# ---- t06: Hankyoreh editorial ------------------------------------------------
DOCS["t06-hankyoreh-editorial"] = [
    ["[Editorial] 5,700 casualties, and still no explanation"],
    ["The National Intelligence Service told the National Assembly's intelligence committee on "
     "Thursday that about 2,300 North Korean soldiers have been killed in Russia's Kursk region "
     "and some 3,400 wounded.",
     "The agency also said Pyongyang had sent about 11,500 troops at first and at least 4,000 more "
     "since January."],
    ["By our calculation, the dead and wounded together amount to about 50 percent of the force "
     "Pyongyang first dispatched.",
     "Counting the reinforcements, the share is still about 37 percent.",
     "These are staggering numbers, yet the government has offered the public almost nothing "
     "about how they were reached."],
    ["In December the agency spoke of \"around 1,200\" casualties; within weeks the figure had "
     "nearly tripled, with no account of what had changed.",
     "In April it put the toll at about 5,100.",
     "Between April and September, then, the agency's own numbers rose by about 600, or roughly "
     "120 a month, even though North Korean units were said to have left the front line."],
    ["The Defence Ministry has said only that the North has suffered \"considerable losses,\" "
     "while the Unification Ministry says it has no figures of its own.",
     "Nor has the government said a word about prisoners beyond the two men President Volodymyr "
     "Zelenskyy showed on video in January."],
    ["Article 3 of the National Intelligence Service Act obliges the agency to stay politically "
     "neutral; it does not oblige it to be opaque.",
     "The intelligence committee, which has held just three sessions on the issue, should demand "
     "the method, not just the totals.",
     "South Korea's own armed forces, about 500,000 strong, have not fought a war since 1953, and "
     "the public deserves to understand what modern war costs.",
     "The treaty Pyongyang and Moscow signed in 2024 has brought that war much closer to the "
     "peninsula than officials admit."],
]

# ---- t07: HUR press statement ------------------------------------------------
DOCS["t07-hur-statement-intercepts"] = [
    ["Intercepted calls reveal the situation in DPRK units in the Kursk region"],
    ["14 January 2025"],
    ["The Defence Intelligence of Ukraine (HUR) has intercepted conversations of Russian "
     "servicemen which confirm heavy losses among units of the armed forces of the DPRK fighting "
     "in the Kursk region of the Russian Federation."],
    ["In one recording, a Russian officer tells a colleague that a North Korean company lost "
     "\"about 40 men\" in a single night near the village of Novoivanovka.",
     "In another, a soldier says that \"up to a battalion\" of Koreans was killed in the first "
     "week of January and that the wounded are left where they fall.",
     "The intercepted servicemen also complain that the Korean troops do not understand Russian "
     "commands and open fire on Russian drones."],
    ["According to HUR estimates, since entering combat the DPRK units have lost more than 4,500 "
     "servicemen killed and wounded, including at least 1,600 killed.",
     "At present, about 8,000 DPRK military personnel remain in the Kursk region.",
     "HUR also has information that Pyongyang is preparing to send an additional 2,000 to 3,000 "
     "soldiers to the Kursk region in the coming weeks."],
    ["In the same intercepts, Russian marines of a naval infantry brigade report losing \"half the "
     "company\" in two days of fighting near Sudzha.",
     "Over the past week, Ukrainian units in the Kursk region captured 27 Russian servicemen, HUR "
     "said.",
     "Two DPRK servicemen captured on 9 January remain in Ukrainian custody and are giving "
     "testimony."],
    ["The recordings, with a total length of 47 minutes, have been handed over to Ukraine's "
     "partners.",
     "The \"I Want to Live\" project has received more than 300 requests from DPRK servicemen "
     "since December.",
     "HUR publishes fragments of three of the conversations below."],
    ["Defence Intelligence of Ukraine reminds servicemen of the DPRK that surrender guarantees "
     "them life and treatment in accordance with the Geneva Conventions."],
]

# ---- t08: Japan Times (Kyodo) wire on a G7 statement -------------------------
DOCS["t08-japantimes-g7-statement"] = [
    ["G7 condemns North Korean troop deployment to Russia"],
    ["TOKYO (Kyodo) -- Foreign ministers of the Group of Seven industrialized nations on Thursday "
     "condemned North Korea's dispatch of troops to Russia, saying in a joint statement that "
     "thousands of its soldiers had been killed or wounded fighting Ukrainian forces in the Kursk "
     "region."],
    ["The statement, issued after a two-day meeting in Canada, said more than 10,000 North Korean "
     "troops had been deployed to Russia and that Pyongyang was receiving missile and air-defense "
     "technology in return.",
     "The ministers also said Russia had suffered \"enormous losses\" in its war of aggression and "
     "was turning to Pyongyang to make up for them.",
     "It urged Moscow and Pyongyang to \"immediately cease\" their military cooperation."],
    ["A senior Japanese Foreign Ministry official, speaking on condition of anonymity, said "
     "Tokyo's own information put North Korean casualties at \"no fewer than 4,000.\"",
     "The official said the figure included several hundred dead."],
    ["A government source told Kyodo News that Japan expects Pyongyang to send as many as 6,000 "
     "more personnel, including military engineers, by the summer."],
    ["South Korea, which is not part of the G7 but was briefed on the statement, estimates that "
     "about 2,000 North Koreans have been killed, an official in Seoul said.",
     "Ukraine's Foreign Ministry welcomed the statement and said Russian forces had lost \"tens "
     "of thousands\" of soldiers in Kursk since August 2024."],
    ["The G7 groups Britain, Canada, France, Germany, Italy, Japan and the United States, with the "
     "European Union also taking part.",
     "North Korea fired two short-range ballistic missiles into the Sea of Japan on Tuesday, "
     "Japan's Defense Ministry said.",
     "The ministers also pledged to support Ukraine's reconstruction, which they said would cost "
     "about $500 billion over a decade."],
]

# ---- t09: incident report, two-day assault on a village ----------------------
DOCS["t09-vetrenka-incident"] = [
    ["At least 150 North Koreans killed in two-day assault on Kursk village, battalion says"],
    ["SUMY, Ukraine - The attack on Vetrenka, a village of scattered farmhouses in Russia's Kursk "
     "region held by Ukrainian troops since August, began before dawn on Feb. 11 and did not let "
     "up for two days, according to the battalion that defended it."],
    ["The first wave, roughly 200 North Korean infantrymen backed by three Russian tanks, came "
     "across the frozen fields at about 6:30 a.m., said Capt. Oleh Vasylenko, the battalion's "
     "spokesman.",
     "By 9 a.m., drone operators had counted 37 Korean bodies on the approach road, Vasylenko "
     "said."],
    ["A second assault at midday, by Russian paratroopers in armoured vehicles, was beaten back "
     "with the loss of four vehicles and about 20 men, according to the battalion.",
     "By nightfall, Vasylenko estimated, the attackers had lost 110 to 130 killed and wounded.",
     "Ukrainian losses that day were two killed and seven wounded, he said."],
    ["From 4 a.m. to 8 a.m. on Feb. 12, the battalion's own drones struck some 15 groups of four "
     "to six soldiers each as they moved up through a tree line.",
     "Three Ukrainian soldiers went missing when a dugout collapsed under shelling shortly after "
     "noon, Vasylenko said."],
    ["A Russian war blogger who writes as Dvornik claimed on Telegram that the village had been "
     "\"cleared\" by 10 a.m. and that the Ukrainians had lost \"at least 60 men.\"",
     "Vasylenko denied that, saying the battalion still held the northern half of Vetrenka on the "
     "evening of Feb. 12."],
    ["Over the two days, he said, Korean units alone lost at least 150 killed, and Ukrainian "
     "troops took four Koreans prisoner.",
     "Ukraine's General Staff put enemy losses across the whole Kursk direction on Feb. 12 at 340 "
     "personnel.",
     "Russia's Defence Ministry said Ukraine had lost up to 180 servicemen in the Kursk direction "
     "over the same day."],
    ["The village, home to about 300 people before the war, lies 6 kilometers from the border."],
]

# ---- t10: "What we got wrong" correction column ------------------------------
DOCS["t10-what-we-got-wrong"] = [
    ["What we got wrong: North Korean casualty figures in our March 3 report"],
    ["Our March 3 article on the fighting near Sudzha said that about 5,800 North Korean soldiers "
     "had been killed in the Kursk region, citing Ukraine's military intelligence agency, HUR.",
     "That was wrong.",
     "HUR's figure, published on Feb. 28, was about 5,800 killed and wounded combined, not killed "
     "alone.",
     "Of those, the agency said, roughly 2,100 had been killed."],
    ["The story also said North Korea had sent \"up to 15,000\" troops to Russia.",
     "The figure we should have used, from South Korea's National Intelligence Service, was about "
     "11,500, with another 3,500 or so arriving as reinforcements in January."],
    ["We also misstated Russian losses.",
     "The article said Ukraine's General Staff put Russia's losses in the Kursk region at 40,000 "
     "killed.",
     "The General Staff's figure at the time was 38,000, and it covered killed, wounded, missing "
     "and captured together."],
    ["A quotation from a Ukrainian drone commander, Maj. Serhiy Tkach, said his unit had killed "
     "\"dozens\" of North Koreans in a day; Tkach in fact said \"more than 50.\""],
    ["Our headline called the toll \"a third\" of the North Korean force.",
     "On the corrected figures, about 18 percent of the initial force had been killed and roughly "
     "half killed or wounded."],
    ["The article was published online on March 3 and in print the following day.",
     "Two readers and a researcher in Kyiv pointed out the errors, and we thank them.",
     "We have corrected the online version and added a note at the top.",
     "This is our 14th correction on the war in Kursk this year."],
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
    "ru-putin": "Vladimir Putin, President of Russia",
    "ru-gerasimov": "Valery Gerasimov, Chief of the Russian General Staff",
    "ru-mod": "Russian Ministry of Defence",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-officials": "South Korean officials (unnamed)",
    "kr-mnd": "South Korea's Ministry of National Defense",
    "us-dod": "US Department of Defense (Pentagon)",
    "us-officials": "US officials (unnamed)",
    "ua-syrskyi": "Oleksandr Syrskyi, Commander-in-Chief of Ukraine's armed forces",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ua-mfa": "Ministry of Foreign Affairs of Ukraine",
    "ru-milbloggers-unnamed": "Russian military bloggers (unnamed)",
    "ru-gorbunova": "Natalya Gorbunova, head of the Kursk regional social-protection department",
    "ru-kiselev": "Pavel Kiselev, Kursk regional health minister",
    "kursk-memory": "Kursk Memory (volunteer project counting the dead by name)",
    "ru-sorokin": "Ilya Sorokin, coordinator of the Kursk Memory project",
    "ru-mongush": "Aldar Mongush, lawmaker in Tyva",
    "kp-government": "Government of North Korea (DPRK)",
    "afi-kendrick": "Sarah Kendrick, Korea specialist at the Atlantic Forces Institute",
    "ru-officer-intercepted": "Unnamed Russian officer (intercepted call)",
    "ru-soldier-intercepted": "Unnamed Russian soldier (intercepted call)",
    "ru-marines-intercepted": "Unnamed Russian naval infantrymen (intercepted calls)",
    "g7-foreign-ministers": "G7 foreign ministers (joint statement)",
    "jp-officials": "Japanese officials (unnamed)",
    "ua-vasylenko": "Capt. Oleh Vasylenko, spokesman of the Ukrainian battalion at Vetrenka",
    "ua-vetrenka-battalion": "Ukrainian battalion defending Vetrenka (unit not named)",
    "ru-blogger-dvornik": "Dvornik, Russian war blogger (Telegram)",
    "ua-tkach": "Maj. Serhiy Tkach, Ukrainian drone commander",
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


def G(short, key, cid, relay, whose, measure, counted, modality, qual, v, written, scope,
      derived=None, notes=""):
    """One gold row. relay: names nearest the claimant first, joined by ' > '."""
    low, best, high = bounds(qual, v)
    GOLD.append(["texts/" + SHORT[short] + ".txt", find(short, key), cid, C[cid], relay, whose,
                 measure, counted, modality, qual, low, best, high, written, scope,
                 find(short, derived) if derived else "", notes])


P, R, RP = "people", "reported", "projected"

# t01 (AFP dateline: the outlet names itself, so AFP ends every relay)
A = "AFP"
G("t01", "his top general claimed", "ru-gerasimov", A, "ukrainian", "casualties_unspecified", P, R,
  "more_than", 71500, "more than 71,500", "cumulative",
  notes="'his top general' = Gerasimov (named below); since August 2024 to the end of April 2025")
G("t01", "taken losses", "ru-putin", A, "north_korean", "casualties_unspecified", P, R, "none", None,
  "taken losses", "cumulative", notes="no figure; first Russian acknowledgement of Korean losses")
G("t01", "exceeded 71,500", "ru-gerasimov", A, "ukrainian", "casualties_unspecified", P, R,
  "more_than", 71500, "exceeded 71,500", "cumulative", notes="since August 2024")
G("t01", "exceeded 71,500", "ru-gerasimov", A, "ukrainian", "killed_or_missing", P, R,
  "more_than", 30000, "more than 30,000", "cumulative",
  notes="'irretrievable losses', defined in the text as the killed and the missing")
G("t01", "about 7,000 troops", "ru-gerasimov", A, "ukrainian", "casualties_unspecified", P, R,
  "approximate", 7000, "about 7,000", "period", notes="last week of fighting around Gornal")
G("t01", "around 11,500 soldiers", "kr-nis", A, "north_korean", "deployed", P, R, "approximate",
  11500, "around 11,500", "stock", notes="'South Korea's spy agency'; initial deployment, autumn 2024")
G("t01", "around 11,500 soldiers", "us-dod", A, "north_korean", "deployed", P, R, "approximate",
  11500, "around 11,500", "stock", notes="initial deployment, autumn 2024")
G("t01", "some 4,200 of them", "kr-nis", A, "north_korean", "killed_or_wounded", P, R,
  "approximate", 4200, "some 4,200", "cumulative", notes="as of February 2025")
G("t01", "some 4,200 of them", "kr-nis", A, "north_korean", "deployed", P, R, "approximate", 3500,
  "about 3,500", "stock", notes="reinforcements (rotation) arriving January-February 2025")
G("t01", "nearly 58,000", "ua-syrskyi", A, "russian_and_north_korean", "casualties_unspecified",
  P, R, "vague", (52200, 57999), "nearly 58,000", "cumulative", notes="as of March 2025")
G("t01", "nearly 58,000", "ua-syrskyi", A, "russian_and_north_korean", "killed", P, R,
  "approximate", 23000, "about 23,000", "cumulative", notes="as of March 2025")

# t02 (the text names itself: 'told the JoongAng Daily')
J = "JoongAng Daily"
YJ = "Yoon Gi-tae > JoongAng Daily"
G("t02", "about 5,700 killed or wounded", "kr-nis", J, "north_korean", "killed_or_wounded", P, R,
  "approximate", 5700, "about 5,700", "cumulative", notes="briefing to lawmakers, Sept. 4")
G("t02", "about 5,700 killed or wounded", "kr-nis", J, "north_korean", "killed", P, R,
  "approximate", 2300, "around 2,300", "cumulative", notes="briefing to lawmakers, Sept. 4")
G("t02", "at least 150 North Korean", "kr-nis", YJ, "north_korean", "killed", P, R, "at_least", 150,
  "at least 150", "cumulative", notes="first estimate, Dec. 19")
G("t02", "at least 150 North Korean", "kr-nis", YJ, "north_korean", "wounded", P, R, "vague",
  (1080, 1199), "close to 1,200", "cumulative", notes="first estimate, Dec. 19; 'close to' read as nearly")
G("t02", "about 3,100 casualties", "kr-nis", YJ, "north_korean", "casualties_unspecified", P, R,
  "approximate", 3100, "about 3,100", "cumulative", notes="late January")
G("t02", "about 3,100 casualties", "kr-nis", J, "north_korean", "killed_or_wounded", P, R,
  "approximate", 4200, "roughly 4,200", "cumulative",
  notes="a month after late January (late February); 'Yoon said' governs only the first clause")
G("t02", "first sent about 11,500", "kr-nis", J, "north_korean", "deployed", P, R, "approximate",
  11500, "about 11,500", "stock", notes="initial deployment")
G("t02", "first sent about 11,500", "kr-nis", J, "north_korean", "deployed", P, R, "more_than",
  3000, "more than 3,000", "stock", notes="replacements (rotation)")
G("t02", "two North Korean prisoners", "kr-nis", J, "north_korean", "captured", P, R, "exact", 2,
  "two", "cumulative", notes="captured in January; the only ones the NIS has confirmed")
G("t02", "\"several thousand\"", "us-dod", J, "north_korean", "killed_or_wounded", P, R, "vague",
  (3000, 9999), "several thousand", "cumulative", notes="January")
G("t02", "about 6,000 killed and wounded", "ua-gur", J, "north_korean", "killed_or_wounded", P, R,
  "approximate", 6000, "about 6,000", "cumulative", notes="'Ukraine's military intelligence agency, known as HUR'; March")
G("t02", "could pass 10,000", "kr-nis", J, "north_korean", "casualties_unspecified", P,
  "conditional", "more_than", 10000, "pass 10,000", "cumulative",
  notes="projected total by end of year if the spring pace continues; 'NIS analysts'")

# t03 (the thread is the text; the blogger's voice is the author's; no outlet named)
G("t03", "around 400 of them", "author", "", "north_korean", "killed_or_wounded", P, R,
  "approximate", 400, "around 400", "period", notes="three days of assaults near Plekhovo")
G("t03", "a third of the battalion", "author", "", "north_korean", "killed_or_wounded",
  "percent_of_force", R, "approximate", 33.33, "a third", "period",
  notes="share of the battalion sent in, same three days; hedged 'maybe'")
G("t03", "lose dozens a day", "author", "", "russian", "casualties_unspecified", "people_per_day",
  R, "vague", (24, 99), "dozens a day", "unspecified", notes="rate, no time frame stated")
G("t03", "two killed, nine wounded", "author", "", "ukrainian", "killed", P, R, "exact", 2, "two",
  "period", notes="one company, this week; the blogger relays a friend in the company")
G("t03", "two killed, nine wounded", "author", "", "ukrainian", "wounded", P, R, "exact", 9,
  "nine", "period", notes="one company, this week; the blogger relays a friend in the company")
G("t03", "At least five", "author", "", "ukrainian", "missing", P, R, "at_least", 5,
  "At least five", "period", notes="neighbouring brigade, since Sunday")
G("t03", "took one Korean alive", "author", "", "north_korean", "captured", P, R, "exact", 1, "one",
  "incident", notes="captured by paratroopers on Tuesday")
G("t03", "more than 3,000 in Kursk", "ua-general-staff", "", "north_korean",
  "casualties_unspecified", P, R, "more_than", 3000, "more than 3,000", "cumulative")
G("t03", "maybe 2,000 to 2,500", "author", "", "north_korean", "casualties_unspecified", P, R,
  "range", (2000, 2500), "2,000 to 2,500", "cumulative", notes="own estimate, one sector only")
G("t03", "about half of the first", "author", "", "north_korean", "casualties_unspecified",
  "percent_of_force", "conditional", "approximate", 50, "about half", "cumulative",
  notes="projected share of the first contingent by March, if the pace holds")
G("t03", "lose 200 a day", "ru-milbloggers-unnamed", "", "ukrainian", "casualties_unspecified",
  "people_per_day", R, "exact", 200, "200 a day", "unspecified",
  notes="the blogger disputes it ('Nonsense.')")

# t04 (the text names itself: RFE/RL)
F = "RFE/RL"
G("t04", "were 1,480 servicemen", "ru-gorbunova", F, "russian", "killed", P, R, "exact", 1480,
  "1,480", "cumulative", notes="deaths confirmed behind payout applications; the 2,316 applications are a trap")
G("t04", "Another 417", "ru-gorbunova", F, "russian", "missing", P, R, "exact", 417, "Another 417",
  "cumulative")
G("t04", "burying dozens every week", "ru-gorbunova", F, "russian", "killed", "people_per_week", R,
  "vague", (24, 99), "dozens every week", "unspecified", notes="burials; rate with no time frame")
G("t04", "more than 9,000 wounded", "ru-kiselev", F, "russian", "wounded", P, R, "more_than", 9000,
  "more than 9,000", "cumulative", notes="treated in the region's hospitals since August 2024")
G("t04", "at least 3,912", "kursk-memory", F, "russian", "killed", P, R, "at_least", 3912,
  "at least 3,912", "cumulative", notes="identified by name; a lower bound by design")
G("t04", "between 8,000 and 12,000", "ru-sorokin", F, "russian", "killed", P, R, "range",
  (8000, 12000), "between 8,000 and 12,000", "cumulative", notes="coordinator's estimate of the true toll")
G("t04", "In Tyva alone", "ru-mongush", F, "russian", "killed", P, R, "exact", 212, "212",
  "cumulative", notes="men from Tyva only")
G("t04", "roughly 62,000 troops", "ua-general-staff", F, "russian", "killed_or_wounded", P, R,
  "approximate", 62000, "roughly 62,000", "cumulative", notes="Kursk direction since August 2024")
G("t04", "more than 4,000 killed and wounded", "kr-nis", F, "north_korean", "killed_or_wounded", P,
  R, "more_than", 4000, "more than 4,000", "cumulative",
  notes="'South Korea's intelligence service'")

# t05 (outlet not named)
G("t05", "roughly 3,800", "us-dod", "", "north_korean", "killed_or_wounded", P, R, "approximate",
  3800, "roughly 3,800", "cumulative",
  notes="'casualties' defined as killed and wounded; given by deputy press secretary Lauren Halvorsen; late January")
G("t05", "about 5,100 had", "kr-nis", "", "north_korean", "killed_or_wounded", P, R, "approximate",
  5100, "about 5,100", "cumulative", notes="April")
G("t05", "about 5,100 had", "kr-nis", "", "north_korean", "killed", P, R, "approximate", 1900,
  "some 1,900", "cumulative", notes="April")
G("t05", "is the outlier", "ua-gur", "", "north_korean", "killed_or_wounded", P, R, "approximate",
  6000, "about 6,000", "cumulative", notes="mid-March")
G("t05", "is the outlier", "ua-gur", "", "north_korean", "killed", P, R, "approximate", 2500,
  "around 2,500", "cumulative", notes="mid-March")
G("t05", "sent about 11,500 troops", "us-officials", "", "north_korean", "deployed", P, R,
  "approximate", 11500, "about 11,500", "stock", notes="initial deployment, fall 2024")
G("t05", "sent about 11,500 troops", "kr-officials", "", "north_korean", "deployed", P, R,
  "approximate", 11500, "about 11,500", "stock", notes="initial deployment, fall 2024")
G("t05", "sent about 11,500 troops", "kp-government", "", "north_korean", "killed", P, R, "none",
  None, "died \"heroically\"", "unspecified", notes="acknowledgement without a figure")
G("t05", "roughly 44 percent", "author", "", "north_korean", "killed_or_wounded",
  "percent_of_force", R, "approximate", 44, "roughly 44 percent", "cumulative",
  derived="about 5,100 had", notes="the text's own share: NIS 5,100 over the initial 11,500")
G("t05", "as many as 1,000 men", "afi-kendrick", "", "north_korean", "casualties_unspecified", P,
  R, "at_most", 1000, "as many as 1,000", "period", notes="one week of January assaults near Plekhovo")
G("t05", "another 5,000", "afi-kendrick", "", "north_korean", "casualties_unspecified", P,
  "conditional", "exact", 5000, "another 5,000", "period",
  notes="additional losses forecast to the end of the year if January's tactics continue")
G("t05", "1,200 soldiers a day", "ua-gur", "", "russian", "casualties_unspecified",
  "people_per_day", R, "approximate", 1200, "about 1,200 soldiers a day", "unspecified",
  notes="area=whole_war")

# t06 (editorial; outlet not named)
G("t06", "[Editorial] 5,700", "author", "", "north_korean", "killed_or_wounded", P, R, "exact",
  5700, "5,700", "cumulative", derived="about 2,300 North Korean",
  notes="headline figure the paper made itself: NIS killed 2,300 + wounded 3,400; the headline says 'casualties', the body defines them as 'the dead and wounded together'")
G("t06", "about 2,300 North Korean", "kr-nis", "", "north_korean", "killed", P, R, "approximate",
  2300, "about 2,300", "cumulative")
G("t06", "about 2,300 North Korean", "kr-nis", "", "north_korean", "wounded", P, R, "approximate",
  3400, "some 3,400", "cumulative")
G("t06", "about 11,500 troops at first", "kr-nis", "", "north_korean", "deployed", P, R,
  "approximate", 11500, "about 11,500", "stock", notes="initial deployment")
G("t06", "about 11,500 troops at first", "kr-nis", "", "north_korean", "deployed", P, R,
  "at_least", 4000, "at least 4,000", "stock", notes="reinforcements (rotation) since January")
G("t06", "about 50 percent", "author", "", "north_korean", "killed_or_wounded", "percent_of_force",
  R, "approximate", 50, "about 50 percent", "cumulative", derived="about 2,300 North Korean",
  notes="the paper's own share: 5,700 over the initial 11,500")
G("t06", "about 37 percent", "author", "", "north_korean", "killed_or_wounded", "percent_of_force",
  R, "approximate", 37, "about 37 percent", "cumulative", derived="about 2,300 North Korean",
  notes="the paper's own share: 5,700 over 11,500 + 4,000 reinforcements")
G("t06", "\"around 1,200\"", "kr-nis", "", "north_korean", "casualties_unspecified", P, R,
  "approximate", 1200, "around 1,200", "cumulative", notes="December 2024 estimate")
G("t06", "about 5,100", "kr-nis", "", "north_korean", "casualties_unspecified", P, R,
  "approximate", 5100, "about 5,100", "cumulative", notes="April estimate")
G("t06", "rose by about 600", "author", "", "north_korean", "casualties_unspecified", P, R,
  "approximate", 600, "about 600", "period", derived="about 5,100",
  notes="the paper's own difference, April to September")
G("t06", "rose by about 600", "author", "", "north_korean", "casualties_unspecified",
  "people_per_month", R, "approximate", 120, "roughly 120 a month", "period",
  derived="about 5,100", notes="the paper's own rate, April to September")
G("t06", "\"considerable losses,\"", "kr-mnd", "", "north_korean", "casualties_unspecified", P, R,
  "none", None, "considerable losses", "unspecified", notes="'The Defence Ministry'")
G("t06", "beyond the two men", "ua-zelenskyy", "", "north_korean", "captured", P, R, "exact", 2,
  "two", "cumulative", notes="prisoners shown on video in January")

# t07 (HUR's own statement: HUR names itself in the third person, so it is the claimant)
H_ = "Defence Intelligence of Ukraine (HUR)"
G("t07", "confirm heavy losses", "ua-gur", "", "north_korean", "casualties_unspecified", P, R,
  "none", None, "heavy losses", "unspecified", notes="based on intercepts; no figure")
G("t07", "\"about 40 men\"", "ru-officer-intercepted", H_, "north_korean", "casualties_unspecified",
  P, R, "approximate", 40, "about 40 men", "incident", notes="one company, one night near Novoivanovka")
G("t07", "\"up to a battalion\"", "ru-soldier-intercepted", H_, "north_korean", "killed",
  "battalions", R, "at_most", 1, "up to a battalion", "period", notes="first week of January")
G("t07", "more than 4,500", "ua-gur", "", "north_korean", "killed_or_wounded", P, R, "more_than",
  4500, "more than 4,500", "cumulative")
G("t07", "more than 4,500", "ua-gur", "", "north_korean", "killed", P, R, "at_least", 1600,
  "at least 1,600", "cumulative")
G("t07", "about 8,000 DPRK", "ua-gur", "", "north_korean", "deployed", P, R, "approximate", 8000,
  "about 8,000", "stock", notes="troops still in the Kursk region")
G("t07", "an additional 2,000 to 3,000", "ua-gur", "", "north_korean", "deployed", P, RP, "range",
  (2000, 3000), "2,000 to 3,000", "stock", notes="forecast of additional troops in the coming weeks")
G("t07", "\"half the", "ru-marines-intercepted", H_, "russian", "casualties_unspecified",
  "percent_of_force", R, "exact", 50, "half the company", "period",
  notes="half of one company in two days near Sudzha")
G("t07", "captured 27 Russian", "ua-gur", "", "russian", "captured", P, R, "exact", 27, "27",
  "period", notes="past week")
G("t07", "Two DPRK servicemen captured", "ua-gur", "", "north_korean", "captured", P, R, "exact", 2,
  "Two", "incident", notes="captured on 9 January")

# t08 (Kyodo dateline: the wire names itself)
K = "Kyodo"
G("t08", "TOKYO (Kyodo)", "g7-foreign-ministers", K, "north_korean", "killed_or_wounded", P, R,
  "vague", (2000, 9999), "thousands", "cumulative")
G("t08", "more than 10,000 North Korean", "g7-foreign-ministers", K, "north_korean", "deployed", P,
  R, "more_than", 10000, "more than 10,000", "stock")
G("t08", "\"enormous losses\"", "g7-foreign-ministers", K, "russian", "casualties_unspecified", P,
  R, "none", None, "enormous losses", "unspecified", notes="area=whole_war")
G("t08", "\"no fewer than 4,000.\"", "jp-officials", K, "north_korean", "casualties_unspecified",
  P, R, "at_least", 4000, "no fewer than 4,000", "cumulative",
  notes="a senior Foreign Ministry official, anonymous")
G("t08", "several hundred dead", "jp-officials", K, "north_korean", "killed", P, R, "vague",
  (300, 999), "several hundred", "cumulative", notes="the same official")
G("t08", "as many as 6,000", "jp-officials", K, "north_korean", "deployed", P, RP, "at_most", 6000,
  "as many as 6,000", "stock", notes="forecast of additional personnel by the summer; 'a government source'")
G("t08", "about 2,000 North Koreans", "kr-officials", K, "north_korean", "killed", P, R,
  "approximate", 2000, "about 2,000", "cumulative", notes="'an official in Seoul'")
G("t08", "\"tens of", "ua-mfa", K, "russian", "casualties_unspecified", P, R, "vague",
  (20000, 99999), "tens of thousands", "cumulative",
  notes="'tens of thousands' read as 20,000-99,999; since August 2024")

# t09 (outlet not named)
G("t09", "37 Korean bodies", "ua-vasylenko", "", "north_korean", "killed", P, R, "exact", 37, "37",
  "incident", notes="bodies counted by 9 a.m. on Feb. 11")
G("t09", "about 20 men", "ua-vetrenka-battalion", "", "russian", "casualties_unspecified", P, R,
  "approximate", 20, "about 20", "incident", notes="midday assault, Feb. 11")
G("t09", "110 to 130", "ua-vasylenko", "", "russian_and_north_korean", "killed_or_wounded", P, R,
  "range", (110, 130), "110 to 130", "incident", notes="first day, Feb. 11")
G("t09", "two killed and seven", "ua-vasylenko", "", "ukrainian", "killed", P, R, "exact", 2, "two",
  "incident", notes="first day")
G("t09", "two killed and seven", "ua-vasylenko", "", "ukrainian", "wounded", P, R, "exact", 7,
  "seven", "incident", notes="first day")
G("t09", "Three Ukrainian soldiers went missing", "ua-vasylenko", "", "ukrainian", "missing", P, R,
  "exact", 3, "Three", "incident", notes="dugout collapse, Feb. 12")
G("t09", "Dvornik", "ru-blogger-dvornik", "", "ukrainian", "casualties_unspecified", P, R,
  "at_least", 60, "at least 60", "incident", notes="disputed by Vasylenko")
G("t09", "Korean units alone lost", "ua-vasylenko", "", "north_korean", "killed", P, R, "at_least",
  150, "at least 150", "incident", notes="over the two days")
G("t09", "Korean units alone lost", "ua-vasylenko", "", "north_korean", "captured", P, R, "exact",
  4, "four", "incident", notes="over the two days")
G("t09", "at 340", "ua-general-staff", "", "russian_and_north_korean", "casualties_unspecified", P,
  R, "exact", 340, "340", "period",
  notes="'enemy losses', one day (Feb. 12), whole Kursk direction, not only the village")
G("t09", "up to 180", "ru-mod", "", "ukrainian", "casualties_unspecified", P, R, "at_most", 180,
  "up to 180", "period", notes="one day (Feb. 12), whole Kursk direction")

# t10 (correction column; outlet not named)
G("t10", "Our March 3 article", "author", "", "north_korean", "killed", P, R, "approximate", 5800,
  "about 5,800", "cumulative",
  notes="retracted: the outlet's own earlier misreport (HUR's figure was killed and wounded)")
G("t10", "HUR's figure", "ua-gur", "", "north_korean", "killed_or_wounded", P, R, "approximate",
  5800, "about 5,800", "cumulative", notes="published Feb. 28")
G("t10", "roughly 2,100", "ua-gur", "", "north_korean", "killed", P, R, "approximate", 2100,
  "roughly 2,100", "cumulative", notes="published Feb. 28")
G("t10", "\"up to 15,000\"", "author", "", "north_korean", "deployed", P, R, "at_most", 15000,
  "up to 15,000", "stock", notes="retracted: the outlet's own earlier figure")
G("t10", "should have used", "kr-nis", "", "north_korean", "deployed", P, R, "approximate", 11500,
  "about 11,500", "stock", notes="initial deployment")
G("t10", "should have used", "kr-nis", "", "north_korean", "deployed", P, R, "approximate", 3500,
  "3,500 or so", "stock", notes="reinforcements (rotation) in January")
G("t10", "at 40,000", "author", "", "russian", "killed", P, R, "exact", 40000, "40,000",
  "cumulative", notes="retracted: the outlet's own earlier misreport of the General Staff's figure")
G("t10", "was 38,000", "ua-general-staff", "", "russian", "killed_wounded_missing_or_captured", P,
  R, "exact", 38000, "38,000", "cumulative", notes="defined in the text as killed, wounded, missing and captured")
G("t10", "Tkach", "author", "", "north_korean", "killed", P, R, "vague", (24, 99), "dozens",
  "period", notes="retracted: the outlet's misquotation of Tkach; one day")
G("t10", "Tkach", "ua-tkach", "", "north_korean", "killed", P, R, "more_than", 50, "more than 50",
  "period", notes="his unit, in a day")
G("t10", "\"a third\"", "author", "", "north_korean", "killed", "percent_of_force", R, "exact",
  33.33, "a third", "cumulative", notes="retracted: the original headline's share")
G("t10", "about 18 percent", "author", "", "north_korean", "killed", "percent_of_force", R,
  "approximate", 18, "about 18 percent", "cumulative", derived="roughly 2,100",
  notes="corrected share: HUR's 2,100 killed over the initial 11,500")
G("t10", "about 18 percent", "author", "", "north_korean", "killed_or_wounded", "percent_of_force",
  R, "approximate", 50, "roughly half", "cumulative", derived="HUR's figure",
  notes="corrected share: HUR's 5,800 over the initial 11,500")

# ---- traps -----------------------------------------------------------------
TRAPS = []


def T(short, key, why):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", find(short, key), why])


def H(short, body_key):
    TRAPS.append(["texts/" + SHORT[short] + ".txt", DOCS[SHORT[short]][0][0],
                  "headline restates: " + find(short, body_key)])


H("t01", "his top general claimed")
T("t01", "partnership treaty", "date (treaty)")
T("t01", "1,250 square", "date and area of the incursion")
T("t01", "two days after", "duration")
T("t01", "40 minutes", "length of a phone call")
T("t02", "five times", "count of revisions")
T("t02", "two independent sources", "count of sources")
T("t02", "12 members", "size of a committee")
T("t02", "founded in 1961", "year")
T("t03", "posted Jan. 9", "heading line with a date")
T("t03", "three days straight", "duration")
T("t03", "files of a dozen", "size of assault files, not a loss or troop total")
T("t03", "minus 18", "temperature")
T("t03", "2,000 dollars", "price of a drone")
T("t03", "22:00", "time of day")
T("t04", "Pay Out Millions", "money (headline)")
T("t04", "one-off federal", "money, count of regions reviewed")
T("t04", "In Bashkortostan", "money")
T("t04", "2,316", "count of payout applications, which the text says is not a count of the dead")
T("t04", "serious injury", "money")
T("t04", "one-room apartment", "price of an apartment")
T("t05", "most careful of the three", "count of agencies")
T("t05", "Three agencies", "count of agencies (headline)")
T("t05", "Seven months after", "duration")
T("t05", "three months old", "age of a figure")
T("t05", "30 percent or more", "error margin of estimates, year")
T("t06", "Article 3", "article number")
T("t06", "three sessions", "count of committee sessions")
T("t06", "500,000 strong", "size of South Korea's armed forces, not a deployment; year")
T("t06", "signed in 2024", "year")
T("t07", "14 January 2025", "stand-alone date line")
T("t07", "47 minutes", "length of recordings")
T("t07", "300 requests", "count of surrender requests, not captures")
T("t07", "three of the conversations", "count of recordings published")
T("t08", "G7 condemns", "name of a forum (headline)")
T("t08", "The G7 groups", "name of a forum")
T("t08", "two short-range", "count of missiles")
T("t08", "$500 billion", "money")
H("t09", "Korean units alone lost")
T("t09", "SUMY, Ukraine", "dates and duration of the assault")
T("t09", "The first wave", "size of an assault wave, tanks, time of day; not a loss or deployment total")
T("t09", "15 groups", "times; count of groups struck, not a loss figure")
T("t09", "northern half", "part of a village, date")
T("t09", "home to about 300", "population, distance")
T("t10", "What we got wrong", "date of the corrected story (headline)")
T("t10", "in print the following day", "date")
T("t10", "Two readers", "count of readers")
T("t10", "14th correction", "count of corrections")

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
