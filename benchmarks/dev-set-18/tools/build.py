#!/usr/bin/env python3
"""Build dev-set-18: fabricated texts, gold.csv and traps.csv from the data below.

Every quote in gold.csv and traps.csv is looked up from DOCS by a unique snippet,
so no sentence is typed twice.
"""
import csv
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOOTER = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {
    # ------------------------------------------------------------------ r01
    "r01-markets-ministry": [
        ["Ruble Firms as Moscow Says Ukraine Lost 1,900 Troops in Kursk in a Week"],
        ["Russia’s ruble gained for a third straight session on Wednesday after the Defense Ministry in Moscow said its troops had pushed Ukrainian forces out of two more villages in the Kursk region, reviving bets that the cross-border incursion is nearing its end."],
        ["Ukraine lost about 1,900 troops in the Kursk region over the past week, the ministry said in its daily bulletin.",
         "It put Kyiv’s total losses in the area since August at more than 76,000 servicemen, a figure that couldn’t be independently verified.",
         "The weekly figure works out at roughly 270 soldiers a day, well above the pace the ministry reported in December."],
        ["The currency traded at 97.35 per dollar as of 2:14 p.m. in Moscow, while the benchmark MOEX Russia Index rose 1.8% to 2,912.6.",
         "Yields on 10-year OFZ ruble bonds fell 11 basis points to 15.9%."],
        ["“The market is trading the front line,” said Natalia Verkhovskaya, a strategist at Arktur Capital in Dubai.",
         "“Every village retaken gets priced as a step closer to talks, and every setback gets priced as more spending.”"],
        ["Russia’s defense minister told a televised meeting of commanders on Tuesday that the enemy had lost up to a battalion in a single failed assault near the village of Cherkasskaya Konopelka.",
         "The ministry also said Ukrainian units trying to break out near Sudzha had suffered heavy losses, without elaborating."],
        ["Ukraine’s General Staff, which publishes its own daily tallies, said Russia had lost 1,340 soldiers across the entire front over the previous 24 hours.",
         "Kyiv didn’t comment on the Russian ministry’s claims, and its officials have long dismissed them as propaganda."],
        ["Ukraine seized about 1,300 square kilometers of Russian territory in its surprise push in August 2024, according to its own estimates at the time.",
         "The central bank is due to announce its next rate decision on Feb. 14, and most economists in a recent survey expect the key rate to stay at 21%.",
         "Defense spending is budgeted at 13.5 trillion rubles this year, a record."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ r02
    "r02-seoul-lawmaker": [
        ["North Korea’s Kursk toll put at some 4,700 killed or wounded"],
        ["Posted : 2025-03-05 17:42 Updated : 2025-03-05 19:10"],
        ["By Kang Min-seo"],
        ["About 600 North Korean soldiers have been killed and some 4,100 wounded since Pyongyang’s troops joined the fighting in Russia’s Kursk region, the National Intelligence Service (NIS) told lawmakers Wednesday, according to Rep. Han Ji-seok of the ruling People Power Party."],
        ["Han, who sits on the National Assembly’s intelligence committee, spoke to reporters after the closed-door session, which he said had lasted nearly three hours.",
         "The spy agency estimated that nearly half of the roughly 11,000 soldiers sent last autumn had been killed or wounded, he said."],
        ["According to Han, the NIS said Pyongyang had sent about 3,000 additional troops in January and February to fill the gaps.",
         "The agency expects the North to dispatch as many as 6,000 more military engineers and builders by the end of the year, Han added."],
        ["Rep. Oh Min-kyu of the main opposition Democratic Party, who also attended the briefing, said the NIS put the number of North Korean soldiers captured by Ukraine at two, unchanged since January.",
         "Oh said the agency had told lawmakers that North Korean units suffered “heavy losses” in January as they advanced across open snowfields without cover."],
        ["The NIS also assessed that Pyongyang may have received up to $20 billion in economic benefits, along with air defense systems and drone technology, in return for the deployment.",
         "North Korea’s state media has not acknowledged any casualties."],
        ["In December, the spy agency had told lawmakers that at least 100 North Korean soldiers had been killed and about 1,000 wounded.",
         "South Korea’s Joint Chiefs of Staff separately said Wednesday that the North had fired two short-range ballistic missiles into the East Sea."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ r03
    "r03-brigade-facebook": [
        ["Paratroopers report repelled North Korean assault near Kursk border village"],
        ["The 95th Polissia Airborne Assault Brigade said on Tuesday that its paratroopers had killed 37 North Korean soldiers and wounded 21 more in a single assault near the village of Kozachya Sloboda in Russia’s Kursk region.",
         "The brigade made the claim in a Facebook post accompanied by drone footage, which Sumy Courier could not independently verify."],
        ["According to the post, the attackers advanced across open fields in groups of up to a platoon, about 4 kilometers from the Ukrainian border.",
         "“The Korean infantry lost up to a company in under two hours,” the brigade wrote.",
         "It added that Russian assault troops who moved in behind the Koreans had also suffered heavy losses."],
        ["Senior Lieutenant Oleh Marchuk, a press officer for the brigade, told Sumy Courier by phone that two North Korean soldiers had been taken prisoner during the fighting.",
         "The prisoners are receiving medical treatment, he said, declining to give their ages or names.",
         "He said the brigade’s drone teams had killed or captured about 90 North Korean soldiers a week since mid-December.",
         "Marchuk described the brigade’s own losses in the battle as “minimal” but gave no figure."],
        ["Earlier this month Ukrainska Pravda, citing a source in Ukraine’s military intelligence, reported that North Korean units in the Kursk region had lost about 30 percent of their personnel since December.",
         "The brigade, whose paratroopers have fought in the Kursk region since August 2024, said its post had been shared more than 4,000 times by Wednesday evening."],
        ["Meanwhile, the Sumy regional military administration said Russian artillery and glide bombs had struck 14 border communities overnight, damaging a school and three houses.",
         "Local authorities urged residents of villages within 10 kilometers of the border to evacuate while roads remain open.",
         "Volunteers in Sumy said they had collected 1.2 million hryvnias for drones for the brigade since the start of the month."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ r04
    "r04-telegram-retold": [
        ["War correspondent says 200 marines killed in botched Kursk assault"],
        ["A well-known pro-Kremlin war correspondent has accused commanders of sending marines into a frontal attack without drone cover, in a rare public complaint about losses in the Kursk region.",
         "About 200 marines were killed in a single assault on Ukrainian positions near the village of Malaya Ryabinovka on Saturday, Artyom Zhilin wrote on his Telegram channel on Sunday.",
         "Zhilin, 41, a former state television reporter whose channel has more than 900,000 subscribers, did not name the unit."],
        ["In a later post, Zhilin said the battalion involved had lost “a third of its strength” over the past week, counting both the killed and the wounded.",
         "He also claimed, without citing a source, that Ukrainian forces in the sector were losing “at least 150 men a day”.",
         "If the attacks go on like this, he wrote, the brigade will lose another 500 men by the end of the month.",
         "The posts were deleted within hours, but our editors saved copies."],
        ["Another channel, Severny Veter, citing “comrades in the unit,” said that dozens of marines were missing after the assault.",
         "The channel, which has about 350,000 subscribers, later said the figure was “being clarified”.",
         "Other channels identified the unit as the 810th Naval Infantry Brigade, based in Sevastopol, which has fought in the region since the autumn."],
        ["Russia’s Defence Ministry, which does not publish its own casualty figures, said on Monday that Ukraine had lost more than 240 servicemen in the Kursk direction over the previous day.",
         "It made no mention of the assault."],
        ["A count of published obituaries and social media posts by the volunteer project Poteri has identified 1,480 Russian soldiers killed in the Kursk region since August 2024.",
         "The project’s researchers say the real toll is certainly higher, because many families bury their dead without any public notice.",
         "Zhilin did not respond to a request for comment sent through his channel."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ r05
    "r05-economist-analysis": [
        ["The arithmetic of attrition"],
        ["North Korea’s soldiers are being killed and wounded far faster than Russia’s"],
        ["When Kim Jong Un sent some 11,000 soldiers to Russia’s Kursk region last autumn, few outsiders expected them to see much combat.",
         "By the reckoning of Britain’s Defence Intelligence, they have since suffered roughly 4,000 casualties.",
         "That is more than a third of the force, in barely four months."],
        ["It also implies a loss rate of some 30 men a day.",
         "American officials reckoned that the much larger Russian grouping in the area was losing 200-300 men a day during the autumn fighting.",
         "Per soldier deployed, in other words, the North Koreans have fared far worse."],
        ["Ukraine’s HUR spy agency is grimmer still: a report it published in March says, on page 14, that North Korean “irrecoverable losses”, meaning killed or missing, had reached 1,450.",
         "It counts the wounded separately, at about 2,800.",
         "The report attributes most of the deaths to drones, which Ukraine now produces at a rate of more than 200,000 a month."],
        ["Extrapolations are hazardous.",
         "If the current pace holds, Ukrainian officials say, North Korea will have lost half of its original contingent by the end of June.",
         "An American official, speaking on condition of anonymity, forecast about 2,000 further North Korean casualties by the end of May.",
         "Officials in Seoul expect Pyongyang to send a further 5,000 troops before then."],
        ["Russia’s own losses dwarf all of this.",
         "Britain’s Ministry of Defence puts Russian killed and wounded across the whole of Ukraine at about 1,100 a day in January.",
         "Ukraine’s own commanders put the figure higher, at some 40,000 a month.",
         "At that pace Russia would lose roughly 400,000 men, killed or wounded, in a year.",
         "North Korea is thought to earn several hundred million dollars a year from the arrangement.",
         "For Mr Kim, that may look like a price worth paying."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ r06
    "r06-wire-exchange": [
        ["Ukraine and Russia each free 205 soldiers in UAE-brokered swap"],
        ["KYIV, May 6 (Reuters) - Ukraine and Russia each handed over 205 prisoners of war on Tuesday in an exchange mediated by the United Arab Emirates, officials on both sides said.",
         "Among the Ukrainians returned were 46 servicemen captured during the incursion into Russia’s Kursk region, Ukraine’s Coordination Headquarters for the Treatment of Prisoners of War said."],
        ["President Volodymyr Zelenskyy said on Telegram that Ukraine still held “more than 600” Russian soldiers captured in the Kursk region, and that they would be used to bring home more Ukrainians.",
         "He did not say how many of them had been wounded."],
        ["Russia’s Defence Ministry said the returned Russian soldiers were being flown to Moscow for medical checks.",
         "It said separately that Ukraine had lost more than 71,000 servicemen killed and wounded during its incursion into the Kursk region.",
         "Reuters could not verify either side’s battlefield claims."],
        ["Ukraine’s General Staff said on Tuesday that Russian forces had lost 1,110 soldiers over the past day, bringing its count of Russian losses since February 2022 to about 965,000."],
        ["Two North Korean soldiers captured by Ukrainian forces in January were not part of the exchange, a Ukrainian official told Reuters, speaking on condition of anonymity.",
         "The men, aged 20 and 26, have said they want to go to South Korea."],
        ["It was the 64th exchange since the start of the full-scale invasion in February 2022, according to the Ukrainian headquarters, which says more than 5,800 Ukrainians have been freed in total.",
         "Ukrainian officials have said that more than 8,000 Ukrainian soldiers remain in Russian captivity."],
        ["The swap came as U.S., British and French officials said privately that Russia had lost some 1,000 soldiers a day across the front in April.",
         "Buses carrying the freed Ukrainians crossed from Belarus into the Chernihiv region shortly after 2 p.m."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ r07
    "r07-french-ministry": [
        ["France says North Korea has lost more than half its Kursk force"],
        ["North Korea has lost more than 6,000 soldiers killed or wounded out of the roughly 11,000 it sent to Russia’s Kursk region, France’s Ministry of the Armed Forces said in a statement on Thursday.",
         "The ministry’s statement, published after a meeting of European defence ministers in Brussels, said about 1,500 of them had been killed."],
        ["Armed Forces Minister Hélène Marchal told our morning programme that the losses showed “the brutal indifference of a regime that treats its soldiers as ammunition.”",
         "She said Russia had lost “well over 1,000 men a day” across the whole front since the start of the year, a rate she called unsustainable.",
         "Asked whether the French figures came from France’s own intelligence services, Marchal said they were “assessments shared with our allies.”"],
        ["In Brussels, officials from two other European countries, speaking on condition of anonymity, said their own estimates of North Korean deaths were lower, at between 1,000 and 1,200.",
         "South Korean lawmakers briefed by Seoul’s spy agency have cited a lower figure of about 4,700 killed or wounded.",
         "According to AFP, which cited a NATO official, North Korea has also lost some 120 artillery pieces and 30 multiple rocket launchers since January."],
        ["The French statement said Ukrainian forces had suffered “significant losses” during their withdrawal from the Kursk region in March but gave no number.",
         "It estimated that about 2,500 North Korean troops remained in the Kursk region, mostly engineers and artillery crews, after the loss of up to a brigade of infantry."],
        ["France has promised Ukraine €2.2 billion in military aid this year, including Mirage 2000 fighter jets and Caesar howitzers.",
         "Paris has also offered to train Ukrainian crews at bases in the east of the country, the ministry said."],
        [FOOTER],
    ],
    # ------------------------------------------------------------------ r08
    "r08-yearend-timeline": [
        ["Kursk, a year on: the claims behind the casualty counts"],
        ["From the earliest reports of North Korean troops in Russia to the Kremlin’s declaration of victory, the fighting in the Kursk region produced a steady stream of competing tallies.",
         "Here is how the main claims evolved."],
        ["Dec. 16, 2024"],
        ["The Pentagon said North Korean troops had suffered “several hundred” casualties, both killed and wounded, in their first weeks of combat."],
        ["Jan. 11, 2025"],
        ["Ukrainian President Volodymyr Zelenskyy said two wounded North Korean soldiers had been captured in the Kursk region, the first such prisoners taken alive."],
        ["Feb. 12, 2025"],
        ["South Korea’s spy agency told lawmakers that about 400 North Koreans had been killed and some 3,100 wounded.",
         "RBC Ukraine quoted a Ukrainian battalion commander as saying North Korean units had been losing up to 50 men a day over the past week."],
        ["April 26, 2025"],
        ["Russia’s General Staff said the region had been fully retaken and that Ukraine had lost more than 76,000 servicemen there since August 2024.",
         "Two days later North Korea’s state news agency KCNA confirmed, after months of silence, that its troops had fought in the Kursk region, and spoke of their “sacrifices” without giving any figure."],
        ["June 30, 2025"],
        ["Anatolii Barhylevych, the chief of Ukraine’s General Staff, said Russian and North Korean forces had lost a combined 62,000 troops killed or wounded in the Kursk operation."],
        ["Sept. 24, 2025"],
        ["South Korea’s spy agency said North Korea had deployed about 15,000 troops to Russia in total.",
         "It forecast that North Korean casualties could reach 6,000 by the end of the year if the troops were sent to fight inside Ukraine."],
        ["Dec. 3, 2025"],
        ["British defence intelligence estimated that North Korea had lost around 6,000 soldiers killed or wounded since its deployment, or about 40 percent of its force.",
         "Independent verification of any of these figures remains impossible."],
        [FOOTER],
    ],
}


def sentences(fid):
    """Every sentence of text `fid`, in order (the title is the first)."""
    return [s for para in DOCS[fid] for s in para]


def text_of(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


def S(fid, snippet):
    hits = [s for s in sentences(fid) if snippet in s]
    if len(hits) != 1:
        raise SystemExit(f"{fid}: snippet {snippet!r} matches {len(hits)} sentences")
    return hits[0]


CLAIMANTS = {
    "author": "The article's own voice",
    "ru-mod": "Russia's Ministry of Defence",
    "ru-defence-minister": "Russia's defence minister",
    "ru-general-staff": "General Staff of Russia's armed forces",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "kr-nis": "South Korea's National Intelligence Service (NIS)",
    "kr-officials": "South Korean officials (unnamed)",
    "ua-95th-brigade": "95th Polissia Airborne Assault Brigade (Ukraine)",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "ua-officials": "Ukrainian officials (unnamed)",
    "ua-zelenskyy": "Volodymyr Zelenskyy, President of Ukraine",
    "ua-barhylevych": "Anatolii Barhylevych, Ukraine's armed forces chief",
    "ru-milblogger-zhilin": "Artyom Zhilin, Russian war correspondent (Telegram channel)",
    "ru-soldiers-unnamed": "Unnamed Russian soldiers of the unit (\"comrades in the unit\")",
    "poteri-project": "Poteri, volunteer obituary-count project",
    "uk-mod": "UK Ministry of Defence",
    "us-officials": "US officials (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "uk-officials": "British officials (unnamed)",
    "fr-officials": "French officials (unnamed)",
    "fr-ministry-armed-forces": "France's Ministry of the Armed Forces",
    "fr-armed-forces-minister": "Hélène Marchal, France's Armed Forces Minister",
    "european-officials": "Officials of two unnamed European countries",
    "ua-battalion-commander-unnamed": "An unnamed Ukrainian battalion commander",
    "kp-kcna": "Korean Central News Agency (KCNA), North Korea's state news agency",
}

GOLD_SPEC = []  # filled by R()


def R(fid, key, cid, whose, measure, counted, modality, qual, low, best, high, caw, scope,
      relay="", cname=None, derived=None, notes=""):
    GOLD_SPEC.append(dict(fid=fid, key=key, cid=cid, cname=cname or CLAIMANTS[cid], relay=relay,
                          whose=whose, measure=measure, counted=counted, modality=modality,
                          qual=qual, low=low, best=best, high=high, caw=caw, scope=scope,
                          derived=derived, notes=notes))


N = ""  # no bound

# r01 ----------------------------------------------------------------------
f = "r01-markets-ministry"
R(f, "about 1,900 troops", "ru-mod", "ukrainian", "casualties_unspecified", "people", "reported", "approximate",
  N, 1900, N, "about 1,900 troops", "period", cname="Russia's Defense Ministry", notes="undefined 'lost' = casualties_unspecified; 'over the past week'")
R(f, "more than 76,000", "ru-mod", "ukrainian", "casualties_unspecified", "people", "reported", "more_than",
  76000, N, N, "more than 76,000 servicemen", "cumulative", cname="Russia's Defense Ministry", notes="claimant given as 'It' (the ministry); running total since August 2024")
R(f, "up to a battalion", "ru-defence-minister", "ukrainian", "casualties_unspecified", "battalions", "reported", "at_most",
  N, N, 1, "up to a battalion", "incident", notes="named by title only")
R(f, "heavy losses", "ru-mod", "ukrainian", "casualties_unspecified", "people", "reported", "none",
  N, N, N, "heavy losses", "incident", cname="Russia's Defense Ministry", notes="loss without a number")
R(f, "1,340 soldiers", "ua-general-staff", "russian", "casualties_unspecified", "people", "reported", "exact",
  1340, 1340, 1340, "1,340 soldiers", "period", notes="area=whole_war; whole front in previous 24 hours")

R(f, "roughly 270 soldiers a day", "author", "ukrainian", "casualties_unspecified", "people_per_day", "reported", "approximate",
  N, 270, N, "roughly 270 soldiers a day", "period", derived="about 1,900 troops",
  notes="outlet's own rate from the ministry's weekly figure")

# r02 ----------------------------------------------------------------------
f = "r02-seoul-lawmaker"
HAN = "Rep. Han Ji-seok"
OH = "Rep. Oh Min-kyu"
R(f, "Kursk toll put at", "author", "north_korean", "killed_or_wounded", "people", "reported", "approximate",
  N, 4700, N, "some 4,700 killed or wounded", "cumulative", derived="About 600 North Korean soldiers",
  notes="headline figure the newspaper made itself: 600 killed + 4,100 wounded")
R(f, "About 600 North Korean soldiers", "kr-nis", "north_korean", "killed", "people", "reported", "approximate",
  N, 600, N, "About 600 North Korean soldiers", "cumulative", relay=HAN, notes="closed-door briefing relayed by lawmaker")
R(f, "About 600 North Korean soldiers", "kr-nis", "north_korean", "wounded", "people", "reported", "approximate",
  N, 4100, N, "some 4,100", "cumulative", relay=HAN, notes="closed-door briefing relayed by lawmaker")
R(f, "nearly half of the roughly 11,000", "kr-nis", "north_korean", "killed_or_wounded", "percent_of_force", "reported", "approximate",
  N, 50, N, "nearly half", "cumulative", relay=HAN, notes="'nearly half' = approximate 50")
R(f, "nearly half of the roughly 11,000", "kr-nis", "north_korean", "deployed", "people", "reported", "approximate",
  N, 11000, N, "roughly 11,000 soldiers", "stock", relay=HAN, notes="initial deployment")
R(f, "about 3,000 additional troops", "kr-nis", "north_korean", "deployed", "people", "reported", "approximate",
  N, 3000, N, "about 3,000 additional troops", "stock", relay=HAN, notes="reinforcements already sent")
R(f, "as many as 6,000 more", "kr-nis", "north_korean", "deployed", "people", "projected", "at_most",
  N, N, 6000, "as many as 6,000 more military engineers and builders", "stock", relay=HAN,
  notes="forecast of additional troops by year-end; 'the agency' = NIS")
R(f, "captured by Ukraine at two", "kr-nis", "north_korean", "captured", "people", "reported", "exact",
  2, 2, 2, "two", "cumulative", relay=OH)
R(f, "“heavy losses” in January", "kr-nis", "north_korean", "casualties_unspecified", "people", "reported", "none",
  N, N, N, "heavy losses", "period", relay=OH, notes="loss without a number; January")
R(f, "at least 100 North Korean", "kr-nis", "north_korean", "killed", "people", "reported", "at_least",
  100, N, N, "at least 100 North Korean soldiers", "cumulative", notes="earlier (December 2024) estimate; lawmakers not named")
R(f, "at least 100 North Korean", "kr-nis", "north_korean", "wounded", "people", "reported", "approximate",
  N, 1000, N, "about 1,000", "cumulative", notes="earlier (December 2024) estimate; lawmakers not named")

# r03 ----------------------------------------------------------------------
f = "r03-brigade-facebook"
SC = "Sumy Courier"
R(f, "killed 37 North Korean", "ua-95th-brigade", "north_korean", "killed", "people", "reported", "exact",
  37, 37, 37, "37 North Korean soldiers", "incident", relay=SC, notes="brigade's Facebook post; outlet names itself")
R(f, "killed 37 North Korean", "ua-95th-brigade", "north_korean", "wounded", "people", "reported", "exact",
  21, 21, 21, "21 more", "incident", relay=SC, notes="brigade's Facebook post; outlet names itself")
R(f, "up to a company", "ua-95th-brigade", "north_korean", "casualties_unspecified", "companies", "reported", "at_most",
  N, N, 1, "up to a company", "incident", relay=SC, notes="'two hours' is duration, not a loss")
R(f, "also suffered heavy losses", "ua-95th-brigade", "russian", "casualties_unspecified", "people", "reported", "none",
  N, N, N, "heavy losses", "incident", relay=SC, notes="claimant given as 'It' (the brigade)")
R(f, "taken prisoner", "ua-95th-brigade", "north_korean", "captured", "people", "reported", "exact",
  2, 2, 2, "two North Korean soldiers", "incident", relay=SC,
  cname="Snr. Lt. Oleh Marchuk, press officer of the 95th Polissia Airborne Assault Brigade", notes="phone interview with the outlet")
R(f, "“minimal”", "ua-95th-brigade", "ukrainian", "casualties_unspecified", "people", "reported", "none",
  N, N, N, "minimal", "incident", relay=SC,
  cname="Snr. Lt. Oleh Marchuk, press officer of the 95th Polissia Airborne Assault Brigade", notes="own losses, no number")
R(f, "about 30 percent", "ua-gur", "north_korean", "casualties_unspecified", "percent_of_force", "reported", "approximate",
  N, 30, N, "about 30 percent of their personnel", "cumulative", relay="Ukrainska Pravda > " + SC,
  notes="anonymous source in GUR ('Ukraine's military intelligence'); since December")

R(f, "about 90 North Korean soldiers a week", "ua-95th-brigade", "north_korean", "killed_or_captured", "people_per_week", "reported", "approximate",
  N, 90, N, "about 90 North Korean soldiers a week", "period", relay=SC,
  cname="Snr. Lt. Oleh Marchuk, press officer of the 95th Polissia Airborne Assault Brigade", notes="rate since mid-December")

# r04 ----------------------------------------------------------------------
f = "r04-telegram-retold"
R(f, "About 200 marines", "ru-milblogger-zhilin", "russian", "killed", "people", "reported", "approximate",
  N, 200, N, "About 200 marines", "incident", notes="Telegram post retold by the outlet (outlet not named)")
R(f, "a third of its strength", "ru-milblogger-zhilin", "russian", "killed_or_wounded", "percent_of_force", "reported", "exact",
  33.33, 33.33, 33.33, "a third of its strength", "period", notes="text defines the loss as killed and wounded; over the past week; share of a battalion")
R(f, "at least 150 men a day", "ru-milblogger-zhilin", "ukrainian", "casualties_unspecified", "people_per_day", "reported", "at_least",
  150, N, N, "at least 150 men a day", "unspecified", notes="rate with no stated period")
R(f, "dozens of marines were missing", "ru-soldiers-unnamed", "russian", "missing", "people", "reported", "vague",
  24, N, 99, "dozens of marines", "incident", relay="Severny Veter (Telegram channel)")
R(f, "more than 240 servicemen", "ru-mod", "ukrainian", "casualties_unspecified", "people", "reported", "more_than",
  240, N, N, "more than 240 servicemen", "period", cname="Russia's Defence Ministry", notes="over the previous day")
R(f, "1,480 Russian soldiers", "poteri-project", "russian", "killed", "people", "reported", "exact",
  1480, 1480, 1480, "1,480 Russian soldiers", "cumulative", notes="count of identified names, a floor by construction")

R(f, "another 500 men", "ru-milblogger-zhilin", "russian", "casualties_unspecified", "people", "conditional", "exact",
  500, 500, 500, "another 500 men", "period", notes="if-clause; additional losses by end of month")

# r05 ----------------------------------------------------------------------
f = "r05-economist-analysis"
R(f, "some 11,000 soldiers", "author", "north_korean", "deployed", "people", "reported", "approximate",
  N, 11000, N, "some 11,000 soldiers", "stock")
R(f, "roughly 4,000 casualties", "uk-mod", "north_korean", "casualties_unspecified", "people", "reported", "approximate",
  N, 4000, N, "roughly 4,000 casualties", "cumulative", cname="UK Defence Intelligence (Ministry of Defence)")
R(f, "more than a third of the force", "author", "north_korean", "casualties_unspecified", "percent_of_force", "reported", "more_than",
  33.33, N, N, "more than a third of the force", "cumulative", derived="roughly 4,000 casualties",
  notes="outlet's own share: 4,000 of some 11,000")
R(f, "some 30 men a day", "author", "north_korean", "casualties_unspecified", "people_per_day", "reported", "approximate",
  N, 30, N, "some 30 men a day", "period", derived="roughly 4,000 casualties",
  notes="outlet's own rate over 'barely four months'")
R(f, "200-300 men a day", "us-officials", "russian", "casualties_unspecified", "people_per_day", "reported", "range",
  200, N, 300, "200-300 men a day", "period", notes="during the autumn fighting")
R(f, "irrecoverable losses", "ua-gur", "north_korean", "killed_or_missing", "people", "reported", "exact",
  1450, 1450, 1450, "1,450", "cumulative", cname="Ukraine's HUR spy agency (Defence Intelligence of Ukraine)",
  notes="report quoted by page (p. 14); text defines 'irrecoverable losses' as killed or missing")
R(f, "at about 2,800", "ua-gur", "north_korean", "wounded", "people", "reported", "approximate",
  N, 2800, N, "about 2,800", "cumulative", cname="Ukraine's HUR spy agency (Defence Intelligence of Ukraine)", notes="claimant given as 'It'")
R(f, "lost half of its original contingent", "ua-officials", "north_korean", "casualties_unspecified", "percent_of_force", "conditional", "exact",
  50, 50, 50, "half of its original contingent", "cumulative", notes="if-clause; projected total by end of June")
R(f, "about 2,000 further", "us-officials", "north_korean", "casualties_unspecified", "people", "projected", "approximate",
  N, 2000, N, "about 2,000 further North Korean casualties", "period",
  cname="An American official (unnamed)", notes="forecast of additional losses by end of May")
R(f, "a further 5,000 troops", "kr-officials", "north_korean", "deployed", "people", "projected", "exact",
  5000, 5000, 5000, "a further 5,000 troops", "stock", cname="Officials in Seoul (unnamed)", notes="forecast of additional troops")
R(f, "about 1,100 a day", "uk-mod", "russian", "killed_or_wounded", "people_per_day", "reported", "approximate",
  N, 1100, N, "about 1,100 a day", "period", cname="Britain's Ministry of Defence", notes="area=whole_war; January")
R(f, "roughly 400,000 men", "author", "russian", "killed_or_wounded", "people", "conditional", "approximate",
  N, 400000, N, "roughly 400,000 men", "period", derived="about 1,100 a day",
  notes="area=whole_war; outlet's extrapolation 'at that pace' over a year")

R(f, "some 40,000 a month", "ua-officials", "russian", "killed_or_wounded", "people_per_month", "reported", "approximate",
  N, 40000, N, "some 40,000 a month", "unspecified", cname="Ukraine's commanders (unnamed)",
  notes="area=whole_war; 'the figure' = Russian killed and wounded across Ukraine, from the previous sentence")

# r06 ----------------------------------------------------------------------
f = "r06-wire-exchange"
RT = "Reuters"
R(f, "“more than 600”", "ua-zelenskyy", "russian", "captured", "people", "reported", "more_than",
  600, N, N, "more than 600", "cumulative", relay=RT, notes="prisoners still held; Telegram post")
R(f, "more than 71,000 servicemen", "ru-mod", "ukrainian", "killed_or_wounded", "people", "reported", "more_than",
  71000, N, N, "more than 71,000 servicemen", "cumulative", relay=RT, cname="Russia's Defence Ministry", notes="claimant given as 'It'")
R(f, "Two North Korean soldiers captured", "ua-officials", "north_korean", "captured", "people", "reported", "exact",
  2, 2, 2, "Two North Korean soldiers", "period", relay=RT, cname="A Ukrainian official (unnamed)", notes="captured in January")
R(f, "more than 8,000 Ukrainian soldiers", "ua-officials", "ukrainian", "captured", "people", "reported", "more_than",
  8000, N, N, "more than 8,000 Ukrainian soldiers", "cumulative", relay=RT, notes="area=whole_war; still in captivity")
for cid in ("us-officials", "uk-officials", "fr-officials"):
    R(f, "U.S., British and French officials", cid, "russian", "casualties_unspecified", "people_per_day", "reported", "approximate",
      N, 1000, N, "some 1,000 soldiers a day", "period", relay=RT, notes="area=whole_war; April; one of three claimants in one sentence")

R(f, "1,110 soldiers over the past day", "ua-general-staff", "russian", "casualties_unspecified", "people", "reported", "exact",
  1110, 1110, 1110, "1,110 soldiers", "period", relay=RT, notes="area=whole_war; over the past day")
R(f, "1,110 soldiers over the past day", "ua-general-staff", "russian", "casualties_unspecified", "people", "reported", "approximate",
  N, 965000, N, "about 965,000", "cumulative", relay=RT, notes="area=whole_war; since February 2022; claimant given as 'its'")

# r07 ----------------------------------------------------------------------
f = "r07-french-ministry"
R(f, "more than half its Kursk force", "author", "north_korean", "killed_or_wounded", "percent_of_force", "reported", "more_than",
  50, N, N, "more than half its Kursk force", "cumulative", derived="more than 6,000 soldiers",
  notes="headline share the outlet made itself: 6,000 of roughly 11,000")
R(f, "more than 6,000 soldiers", "fr-ministry-armed-forces", "north_korean", "killed_or_wounded", "people", "reported", "more_than",
  6000, N, N, "more than 6,000 soldiers", "cumulative")
R(f, "more than 6,000 soldiers", "fr-ministry-armed-forces", "north_korean", "deployed", "people", "reported", "approximate",
  N, 11000, N, "roughly 11,000", "stock")
R(f, "about 1,500 of them", "fr-ministry-armed-forces", "north_korean", "killed", "people", "reported", "approximate",
  N, 1500, N, "about 1,500", "cumulative")
R(f, "well over 1,000 men a day", "fr-armed-forces-minister", "russian", "casualties_unspecified", "people_per_day", "reported", "more_than",
  1000, N, N, "well over 1,000 men a day", "period", notes="area=whole_war; since the start of the year; interview with the (unnamed) broadcaster")
R(f, "between 1,000 and 1,200", "european-officials", "north_korean", "killed", "people", "reported", "range",
  1000, N, 1200, "between 1,000 and 1,200", "cumulative", notes="countries not named, so one row")
R(f, "“significant losses”", "fr-ministry-armed-forces", "ukrainian", "casualties_unspecified", "people", "reported", "none",
  N, N, N, "significant losses", "period", notes="withdrawal in March; no number")
R(f, "about 2,500 North Korean troops", "fr-ministry-armed-forces", "north_korean", "deployed", "people", "reported", "approximate",
  N, 2500, N, "about 2,500 North Korean troops", "stock", notes="troops still present; claimant given as 'It'")
R(f, "about 2,500 North Korean troops", "fr-ministry-armed-forces", "north_korean", "casualties_unspecified", "brigades", "reported", "at_most",
  N, N, 1, "up to a brigade", "cumulative", notes="formation-sized loss; claimant given as 'It'")

R(f, "about 4,700 killed or wounded", "kr-nis", "north_korean", "killed_or_wounded", "people", "reported", "approximate",
  N, 4700, N, "about 4,700 killed or wounded", "cumulative", cname="Seoul's spy agency (South Korea's National Intelligence Service)",
  notes="relayed by unnamed South Korean lawmakers")

# r08 ----------------------------------------------------------------------
f = "r08-yearend-timeline"
R(f, "“several hundred”", "us-dod", "north_korean", "killed_or_wounded", "people", "reported", "vague",
  300, N, 999, "several hundred", "cumulative", cname="The Pentagon (US Department of Defense)", notes="Dec. 16, 2024")
R(f, "two wounded North Korean", "ua-zelenskyy", "north_korean", "captured", "people", "reported", "exact",
  2, 2, 2, "two wounded North Korean soldiers", "cumulative", notes="Jan. 11, 2025")
R(f, "about 400 North Koreans", "kr-nis", "north_korean", "killed", "people", "reported", "approximate",
  N, 400, N, "about 400 North Koreans", "cumulative", cname="South Korea's spy agency (National Intelligence Service)", notes="Feb. 12, 2025")
R(f, "about 400 North Koreans", "kr-nis", "north_korean", "wounded", "people", "reported", "approximate",
  N, 3100, N, "some 3,100", "cumulative", cname="South Korea's spy agency (National Intelligence Service)", notes="Feb. 12, 2025")
R(f, "up to 50 men a day", "ua-battalion-commander-unnamed", "north_korean", "casualties_unspecified", "people_per_day", "reported", "at_most",
  N, N, 50, "up to 50 men a day", "period", relay="RBC Ukraine", notes="over the past week")
R(f, "more than 76,000 servicemen there", "ru-general-staff", "ukrainian", "casualties_unspecified", "people", "reported", "more_than",
  76000, N, N, "more than 76,000 servicemen", "cumulative", notes="April 26, 2025")
R(f, "“sacrifices”", "kp-kcna", "north_korean", "casualties_unspecified", "people", "reported", "none",
  N, N, N, "sacrifices", "cumulative", notes="no number; 'Two days later' is a date word")
R(f, "a combined 62,000", "ua-barhylevych", "russian_and_north_korean", "killed_or_wounded", "people", "reported", "exact",
  62000, 62000, 62000, "a combined 62,000 troops", "cumulative")
R(f, "about 15,000 troops", "kr-nis", "north_korean", "deployed", "people", "reported", "approximate",
  N, 15000, N, "about 15,000 troops", "stock", cname="South Korea's spy agency (National Intelligence Service)", notes="Sept. 24, 2025; total sent")
R(f, "could reach 6,000", "kr-nis", "north_korean", "casualties_unspecified", "people", "conditional", "exact",
  6000, 6000, 6000, "6,000", "cumulative", cname="South Korea's spy agency (National Intelligence Service)",
  notes="if-clause; projected total by end of 2025; claimant given as 'It'")
R(f, "around 6,000 soldiers", "uk-mod", "north_korean", "killed_or_wounded", "people", "reported", "approximate",
  N, 6000, N, "around 6,000 soldiers", "cumulative", cname="British defence intelligence (UK Ministry of Defence)", notes="Dec. 3, 2025")
R(f, "around 6,000 soldiers", "uk-mod", "north_korean", "killed_or_wounded", "percent_of_force", "reported", "approximate",
  N, 40, N, "about 40 percent of its force", "cumulative", cname="British defence intelligence (UK Ministry of Defence)", notes="Dec. 3, 2025")

# Traps ---------------------------------------------------------------------
TRAP_SPEC = [
    ("r01-markets-ministry", "Ruble Firms", "headline restates", "about 1,900 troops"),
    ("r01-markets-ministry", "third straight session", "trading sessions and villages, not losses", None),
    ("r01-markets-ministry", "97.35 per dollar", "exchange rate, time and index level", None),
    ("r01-markets-ministry", "10-year OFZ", "bond tenor and yields", None),
    ("r01-markets-ministry", "1,300 square kilometers", "territory (area) and year", None),
    ("r01-markets-ministry", "Feb. 14", "date and interest rate", None),
    ("r01-markets-ministry", "13.5 trillion", "money", None),
    ("r02-seoul-lawmaker", "Posted :", "stand-alone date line", None),
    ("r02-seoul-lawmaker", "nearly three hours", "duration of the briefing", None),
    ("r02-seoul-lawmaker", "$20 billion", "money", None),
    ("r02-seoul-lawmaker", "two short-range ballistic missiles", "missiles fired, not losses", None),
    ("r03-brigade-facebook", "groups of up to a platoon", "size of attacking groups and distance, not losses", None),
    ("r03-brigade-facebook", "shared more than 4,000 times", "social-media shares and year", None),
    ("r03-brigade-facebook", "14 border communities", "settlements and houses hit, not military losses", None),
    ("r03-brigade-facebook", "within 10 kilometers", "distance", None),
    ("r03-brigade-facebook", "1.2 million hryvnias", "money raised for drones", None),
    ("r04-telegram-retold", "War correspondent says 200", "headline restates", "About 200 marines"),
    ("r04-telegram-retold", "Zhilin, 41", "age and subscriber count", None),
    ("r04-telegram-retold", "about 350,000 subscribers", "subscriber count", None),
    ("r04-telegram-retold", "810th Naval Infantry", "unit designation", None),
    ("r05-economist-analysis", "200,000 a month", "drone production rate; 'most of the deaths' is a cause share, not a loss figure", None),
    ("r05-economist-analysis", "several hundred million dollars", "money (vague amount)", None),
    ("r06-wire-exchange", "each free 205", "headline: prisoner-exchange count (soldiers returned), not a loss", None),
    ("r06-wire-exchange", "KYIV, May 6", "prisoner-exchange count (soldiers returned), not a loss", None),
    ("r06-wire-exchange", "46 servicemen", "prisoner-exchange count (soldiers returned), not a loss", None),
    ("r06-wire-exchange", "aged 20 and 26", "ages", None),
    ("r06-wire-exchange", "64th exchange", "ordinal of exchange, year, and total freed (returned, not a loss)", None),
    ("r06-wire-exchange", "shortly after 2 p.m.", "time of day", None),
    ("r07-french-ministry", "120 artillery pieces", "equipment losses, not personnel", None),
    ("r07-french-ministry", "Mirage 2000", "money, aircraft model and year", None),
    ("r08-yearend-timeline", "Dec. 16, 2024", "stand-alone date line", None),
    ("r08-yearend-timeline", "Jan. 11, 2025", "stand-alone date line", None),
    ("r08-yearend-timeline", "Feb. 12, 2025", "stand-alone date line", None),
    ("r08-yearend-timeline", "April 26, 2025", "stand-alone date line", None),
    ("r08-yearend-timeline", "June 30, 2025", "stand-alone date line", None),
    ("r08-yearend-timeline", "Sept. 24, 2025", "stand-alone date line", None),
    ("r08-yearend-timeline", "Dec. 3, 2025", "stand-alone date line", None),
]

GOLD_HEADER = ["file", "quote", "claimant_id", "claimant_name", "relay_names", "whose_losses", "measure",
               "counted_in", "modality", "qualifier", "low", "best", "high", "count_as_written", "scope",
               "derived_from_quote", "notes"]

NUMBER_RE = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                       r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|third|quarter|twice)\b", re.I)


def fmt(v):
    if v == "" or v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}" if v != int(v) else str(int(v))
    return str(v)


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        assert DOCS[fid][-1] == [FOOTER]
        txt = text_of(fid)
        n = len(txt.split())
        assert 220 <= n <= 420, (fid, n)
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(txt)
    rows = []
    for g in GOLD_SPEC:
        q = S(g["fid"], g["key"])
        assert g["caw"] in q, (g["fid"], g["caw"])
        rows.append({
            "file": f"texts/{g['fid']}.txt", "quote": q, "claimant_id": g["cid"], "claimant_name": g["cname"],
            "relay_names": g["relay"], "whose_losses": g["whose"], "measure": g["measure"],
            "counted_in": g["counted"], "modality": g["modality"], "qualifier": g["qual"],
            "low": fmt(g["low"]), "best": fmt(g["best"]), "high": fmt(g["high"]),
            "count_as_written": g["caw"], "scope": g["scope"],
            "derived_from_quote": S(g["fid"], g["derived"]) if g["derived"] else "", "notes": g["notes"],
        })
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=GOLD_HEADER)
        w.writeheader()
        w.writerows(rows)
    traps = []
    for fid, key, why, body in TRAP_SPEC:
        s = S(fid, key)
        if body:
            why = f"{why}: {S(fid, body)}"
        traps.append({"file": f"texts/{fid}.txt", "sentence": s, "why": why})
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "sentence", "why"])
        w.writeheader()
        w.writerows(traps)
    # self-check: every sentence with a number is in gold or traps, never both
    gold_q = {(r["file"], r["quote"]) for r in rows}
    trap_q = {(t["file"], t["sentence"]) for t in traps}
    assert not gold_q & trap_q, gold_q & trap_q
    for fid in DOCS:
        for s in sentences(fid):
            key = (f"texts/{fid}.txt", s)
            if NUMBER_RE.search(s) and key not in gold_q and key not in trap_q:
                print("UNCOVERED:", fid, s)
    print(f"{len(DOCS)} texts, {len(rows)} gold rows, {len(traps)} trap rows")
    for fid in DOCS:
        print(fid, len(text_of(fid).split()), "words")


if __name__ == "__main__":
    main()
