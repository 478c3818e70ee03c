#!/usr/bin/env python3
"""Build the held-out-2 curated set: texts/*.txt, gold.csv, traps.csv.

Every text, name, figure and quote below is invented. Quotes in gold.csv and
traps.csv are never typed twice: rows point at a sentence by a unique key
(a substring of that sentence) and the full sentence is looked up in DOCS.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FOOTER = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {}

# --------------------------------------------------------------------------
# k01: South Korean wire agency, lawmakers' read-out of an NIS briefing
# --------------------------------------------------------------------------
DOCS["k01-wire-nis-briefing"] = [
    ["(LEAD) About 300 N. Korean soldiers killed, 2,700 wounded in Kursk fighting: NIS"],
    ["SEOUL, Jan. 13 (Hanseong) -- About 300 North Korean soldiers have been killed and some 2,700 wounded "
     "while fighting alongside Russian troops in Russia's western Kursk region, South Korea's spy agency said "
     "Monday, according to Rep. Park Jae-hoon, who attended a closed-door briefing."],
    ["The National Intelligence Service (NIS) told the parliamentary intelligence committee that North Korean "
     "casualties had exceeded 3,000, a count that includes those killed, wounded and missing, Park told "
     "reporters after the session.",
     "He said the agency had not been able to establish how many of the missing had been captured."],
    ["The roughly 11,000 troops Pyongyang sent to Russia last autumn remain deployed mainly in Kursk, and about "
     "a third of them are now believed to be out of action, according to the agency.",
     "Many of the casualties were caused by drone attacks and artillery fire, as the North Korean soldiers had "
     "little experience of modern warfare, it said."],
    ["The NIS also said North Korea appears to be preparing to send additional forces, "
     "including special operations units, and that as many as 4,000 more troops could arrive by spring.",
     "It added that the North had shipped at least 20 additional 240 mm multiple rocket launchers and some 120 "
     "self-propelled howitzers to Russia since November."],
    ["Park said the agency had confirmed the capture of two North Korean soldiers by Ukrainian forces on "
     "Jan. 9, one of them aged 26."],
    ["Ukraine's military intelligence agency (GUR) has put the toll higher, saying on Sunday that more than "
     "4,000 North Korean soldiers had been killed or wounded since they entered combat in December."],
    ["Pyongyang has given no figures, but the North's official Korean Central News Agency (KCNA) said on "
     "Jan. 11 that its soldiers had suffered only \"insignificant losses\" while carrying out their \"sacred "
     "internationalist duty.\""],
    ["The NIS briefing came two days after Ukraine announced the capture of the soldiers, the first confirmed "
     "case since North Korean troops joined the war."],
    ["(END)"],
]

# --------------------------------------------------------------------------
# k02: US broadsheet news analysis
# --------------------------------------------------------------------------
DOCS["k02-paper-pentagon"] = [
    ["A Third of North Korea's Kursk Force Is Dead or Wounded"],
    ["Intelligence officials say Pyongyang's soldiers have been thrown into frontal assaults with little "
     "support, and the toll is mounting."],
    ["By Clara Menden and Joseph Atwell"],
    ["Feb. 21, 2025"],
    ["WASHINGTON — About 4,000 of the roughly 12,000 North Korean soldiers sent to fight for Russia have been "
     "killed or wounded, according to American officials, a toll that has forced Pyongyang to pull some units "
     "back from the front in the Kursk region."],
    ["American, British and South Korean officials, who spoke on the condition of anonymity to discuss "
     "intelligence assessments, said at least 1,000 of the North Koreans had been killed, many of them in "
     "their first weeks of combat in December."],
    ["At a briefing on Thursday, the Pentagon's deputy press secretary, Lt. Col. Maren Oduya, said the North "
     "Korean forces had taken \"significant casualties\" but declined to give a number."],
    ["One American official said that during the heaviest fighting in January the North Koreans were losing "
     "as many as 100 soldiers a day in frontal assaults across open fields near the village of Plekhovo.",
     "The troops, drawn largely from the elite Storm Corps, began arriving in Russia's Far East in October and "
     "were moved more than 6,000 kilometers west by rail."],
    ["Ukraine's military intelligence agency has offered a higher estimate, saying last week that about 4,500 "
     "North Koreans had been killed or wounded through the end of January.",
     "\"The North Koreans have paid for every village with heavy losses,\" said Anton Greve, a former Danish "
     "army officer who studies the war at the Nordic Institute for Security Studies."],
    ["If the current pace of assaults continues, one of the American officials said, North Korean casualties "
     "could reach 8,000 by the end of April."],
    ["Russia's Defense Ministry does not disclose its losses, but Zerkalo Media, an independent Russian outlet "
     "that tracks obituaries, has confirmed by name the deaths of more than 2,100 Russian servicemen in the "
     "Kursk region since August."],
    ["The United States has provided Ukraine with more than $65 billion in military aid since February 2022, "
     "and the Pentagon said this month that a further $500 million package would include artillery shells and "
     "air-defense interceptors.",
     "\"Pyongyang is learning, but it is learning at a terrible price,\" Mr. Greve said."],
]

# --------------------------------------------------------------------------
# k03: international broadcaster, field report
# --------------------------------------------------------------------------
DOCS["k03-broadcast-brigade"] = [
    ["Kursk: 'They came in waves, and we counted 60 bodies on one field'"],
    ["14 February 2025"],
    ["By Emma Kale, Meridian World Service, Sumy region"],
    ["In a cellar a few kilometres from the Russian town of Sudzha, a Ukrainian drone operator with the call "
     "sign \"Tsyhan\" scrolls through footage of a failed North Korean assault on the morning of 9 February.",
     "\"They came in waves, and we counted 60 bodies on one field,\" he told Meridian World Service, adding "
     "that his unit had also taken two wounded North Koreans prisoner that day."],
    ["Capt. Oleh Dzhurenko, a spokesman for the 95th Polissia Airborne Assault Brigade, said the brigade alone "
     "had killed or wounded about 1,200 North Korean soldiers since mid-December.",
     "In a single assault near the village of Kurilovka on 28 December, he said, the North Koreans lost up to "
     "a company.",
     "He acknowledged that Ukrainian units had also taken \"painful losses\" but would not give figures, citing "
     "operational security."],
    ["The Faust Unit of Ukraine's Special Forces said separately that its fighters had killed or captured 27 "
     "North Korean soldiers in a raid near Kremyanoye last week.",
     "The brigade has received 40 new armoured vehicles since January, Capt Dzhurenko said, and its drone teams "
     "now fly up to 150 sorties a day."],
    ["At a stabilisation point nearby, medics said they had treated 35 wounded Ukrainian soldiers in the "
     "previous 24 hours, many of them hit by shrapnel from glide bombs."],
    ["One of the captured North Koreans, who said he was 20 and had joined the army at 17, told interrogators "
     "in a video released by Ukraine's SBU security service that his platoon had lost half its men in its "
     "first week of fighting."],
    ["Russia's Defence Ministry, meanwhile, said on Thursday that Ukraine had lost more than 52,000 troops in "
     "the Kursk region since August, a figure that cannot be independently verified."],
]

# --------------------------------------------------------------------------
# k04: Russian state news agency bulletin
# --------------------------------------------------------------------------
DOCS["k04-state-agency-mod"] = [
    ["Kiev's losses in Kursk region exceed 67,000 troops since August — Defense Ministry"],
    ["MOSCOW, March 12. /Vostok-Info/. Units of the North battlegroup continued to rout Ukrainian formations "
     "in the Kursk region, with the enemy losing up to 310 servicemen over the past 24 hours, the Russian "
     "Defense Ministry reported on Wednesday."],
    ["In addition, the enemy lost three tanks, seven armored combat vehicles, 11 motor vehicles and five field "
     "artillery guns over the day, the ministry said.",
     "Overall, since the start of hostilities in the Kursk area, the Ukrainian armed forces have lost over "
     "67,000 servicemen, 402 tanks, 318 infantry fighting vehicles and 2,100 motor vehicles, according to the "
     "ministry."],
    ["The ministry also said that 38 Ukrainian servicemen had laid down their arms in the Sudzha district over "
     "the past week, bringing to more than 700 the number of prisoners taken since August."],
    ["Near the village of Guevo, a Ukrainian platoon attempting a night crossing of the Psel river was wiped "
     "out by artillery fire, an officer of the North battlegroup told Vostok-Info."],
    ["Maj. Gen. Ruslan Dakhayev, commander of the Akhmat special forces, told Vostok-Info that the Ukrainian "
     "grouping in the Kursk region had been \"cut by more than half\" since January and that up to two "
     "brigades' worth of men had been lost in the battle for Sudzha alone."],
    ["Russian air defenses shot down 46 Ukrainian drones over the Kursk and Belgorod regions overnight, the "
     "ministry added."],
    ["\"If the Ukrainian command keeps throwing reserves into the Kursk pocket, it will lose another 10,000 "
     "men within a month,\" military expert Col. (ret.) Viktor Surmin told Vostok-Info."],
    ["Asked on Tuesday about Western media reports that hundreds of North Korean soldiers had died near "
     "Sudzha, the ministry's spokeswoman, Irina Vostrova, said such reports were \"not worth commenting on.\""],
    ["The Kursk region's governor said on Wednesday that 1.2 billion rubles had been allocated to repair 340 "
     "homes damaged in the border districts."],
]

# --------------------------------------------------------------------------
# k05: think-tank daily assessment
# --------------------------------------------------------------------------
DOCS["k05-thinktank-assessment"] = [
    ["Kursk Salient Assessment, February 3, 2025"],
    ["Baltic Centre for Strategic Assessment | Russia Team"],
    ["North Korean forces in Kursk Oblast are likely suffering casualties at a rate of about 90 killed or "
     "wounded per day, based on our review of geolocated combat footage published in January 2025.",
     "If that rate holds, the North Korean contingent of roughly 11,000 troops would suffer a further 8,000 "
     "killed or wounded by the end of April.",
     "We forecast that total North Korean losses will exceed 6,000 killed and wounded by mid-March."],
    ["Ukrainian military intelligence (GUR) reported on February 1 that North Korean losses near Sverdlikovo "
     "in the last week of January amounted to up to a battalion.",
     "The GUR also claimed that nearly half of the North Korean contingent has been killed, wounded or gone "
     "missing since December.",
     "South Korean officials expect Pyongyang to rotate in a second contingent of about 3,000 troops in the "
     "coming weeks."],
    ["Russian forces have likely lost between 300 and 500 killed or wounded per day in the Kursk direction "
     "since the Ukrainian incursion began in August 2024, a far lower rate than on the Pokrovsk axis, where "
     "Russian losses exceed 1,000 per day.",
     "Ukraine's General Staff reported that Russian forces suffered about 1,500 casualties across the entire "
     "front on January 30, a figure we cannot independently verify.",
     "A Russian volunteer unit, the Borets Battalion, lost 140 men killed or missing in a single week of "
     "fighting near Sudzha, according to posts by its commander on Telegram."],
    ["Russian milbloggers claimed on January 28 that Ukrainian forces lost dozens of servicemen in a failed "
     "counterattack near Makhnovka, but available footage shows only limited Ukrainian losses.",
     "Ukrainian forces have struck at least 14 Russian ammunition depots in Kursk and Belgorod oblasts since "
     "January 1 with domestically produced drones that have a range of up to 1,000 kilometers.",
     "The Kremlin announced on January 29 a 3.2-billion-ruble program to rebuild housing in the Kursk Oblast "
     "border districts."],
]

# --------------------------------------------------------------------------
# k06: newspaper live blog
# --------------------------------------------------------------------------
DOCS["k06-liveblog"] = [
    ["Russia-Ukraine war live: Kyiv says North Korean troops pulled back from Kursk front; UK says Russian "
     "losses hit record in January"],
    ["Tue 4 Feb 2025"],
    ["09.12 GMT"],
    ["Ukraine's Special Operations Forces (SSO) say North Korean troops have been pulled back from the front "
     "line in Russia's Kursk region after suffering heavy losses, according to a post on the unit's Telegram "
     "channel this morning.",
     "The SSO said the North Koreans had not been seen on its section of the front for about three weeks, and "
     "that their losses in the preceding month had been \"at least 1,000 killed and wounded\"."],
    ["09.40 GMT"],
    ["The UK Ministry of Defence said in its daily intelligence update that Russian forces suffered an average "
     "of 1,523 casualties per day in January, the highest monthly rate since the full-scale invasion began in "
     "February 2022.",
     "It estimated that Russia sustained around 48,000 casualties over the month across all fronts, including "
     "Kursk.",
     "Total Russian casualties since 2022 are likely to exceed 900,000 killed and wounded by the end of the "
     "summer, the ministry projected."],
    ["10.05 GMT"],
    ["The 8th Regiment of Special Forces said in a statement passed to our Kyiv correspondent, Mariana Lyko, "
     "that its soldiers captured three North Korean soldiers near the village of Pogrebki on Saturday, two of "
     "whom later died of their wounds."],
    ["11.30 GMT"],
    ["Norway has pledged a further 2.1bn kroner (£150m) in military aid to Ukraine, its defence minister "
     "announced, including funding for 12 air-defence systems."],
    ["12.02 GMT"],
    ["Russia's defence ministry claims its forces have recaptured the village of Nikolaevo-Darino and says "
     "Ukraine lost up to 230 troops in the Kursk direction over the past day.",
     "Ukrainian officials now put North Korean losses in the Kursk region \"in the thousands\", with one "
     "senior official telling reporters in Kyiv that about 4,000 had been killed or wounded since December."],
    ["12.45 GMT"],
    ["Ukraine's General Staff says combined losses of Russian and North Korean troops in the Kursk operation, "
     "counting those killed, wounded, missing and captured, have reached 38,000."],
    ["13.20 GMT"],
    ["That's all from us for today; the blog will resume at 07.00 GMT tomorrow."],
]

# --------------------------------------------------------------------------
# k07: fact-check
# --------------------------------------------------------------------------
DOCS["k07-factcheck"] = [
    ["Fact check: No, 30,000 North Korean soldiers have not been killed in Kursk"],
    ["Published 18 March 2025"],
    ["Claim: A post shared more than 40,000 times on X since Tuesday says that \"30,000 North Korean soldiers "
     "have been killed in Kursk in just two months\"."],
    ["Verdict: False."],
    ["The figure appears to be a distortion of a January estimate by South Korea's National Intelligence "
     "Service, which told lawmakers that about 300 North Korean soldiers had been killed and some 2,700 "
     "wounded.",
     "Even at the peak of the fighting in January, the NIS estimated, North Korean forces were losing roughly "
     "1,000 men a month."],
    ["Ukraine's military intelligence agency said in early March that North Korean losses had reached roughly "
     "5,000 killed or wounded, and Western officials have given figures of up to 4,500 killed or wounded.",
     "The whole North Korean contingent numbered about 11,000 to 12,000 troops, according to the NIS, so "
     "30,000 deaths would be nearly three times the force Pyongyang is known to have sent."],
    ["The post also claims that \"a third of the Russian army\" in Kursk has been wiped out, a claim for which "
     "we found no source.",
     "The image attached to the post, showing rows of fresh graves, was first published in 2023 and shows a "
     "cemetery in Ukraine's Kharkiv region, a reverse image search shows."],
    ["Russia does not publish its own losses, but Zerkalo Media, an independent outlet, has verified the names "
     "of about 2,400 Russian soldiers killed in the Kursk region as of mid-March."],
    ["How we checked: we contacted the NIS, which declined to comment beyond its January briefing, and "
     "compared 12 published estimates from five governments."],
]

# --------------------------------------------------------------------------
# k08: parliamentary committee news report
# --------------------------------------------------------------------------
DOCS["k08-committee-hearing"] = [
    ["North Korea 'learned fast' in Kursk as its losses passed 6,000, MPs told"],
    ["Committee news | 19 November 2025"],
    ["North Korea's troops adapted quickly to drone warfare after suffering heavy losses in their first weeks "
     "in Russia's Kursk region, the UK's Chief of Defence Intelligence told the Commons Defence Committee on "
     "Tuesday."],
    ["Air Marshal Sir Graham Pell said defence intelligence assessed that some 2,000 North Korean soldiers had "
     "been killed and more than 4,000 wounded since they entered combat in December 2024.",
     "A further 300 or so were listed as missing, he added."],
    ["He told MPs that the contingent, which had numbered around 11,000 on arrival, had been reinforced by up "
     "to 3,000 troops in early 2025 and that a further 6,000 engineers and builders were expected in Kursk by "
     "the end of the year."],
    ["Asked by the committee's chair, Dame Ruth Okafor, whether Russia's own losses had been comparable, he "
     "said Russian forces in Kursk had lost \"several hundred\" men a week during the heaviest fighting in "
     "February and March.",
     "Overall, he said, the fighting in Kursk since August 2024 had cost the two sides more than 100,000 "
     "killed, wounded and missing combined."],
    ["Committee member Owen Rees asked whether reports that 1,000 North Koreans had died in a single week in "
     "January were credible, and Sir Graham replied that the figure was \"at the upper end of plausible\"."],
    ["The Armed Forces Minister, Helen Carrow, who gave evidence alongside him, said Ukraine had paid \"a "
     "heavy price\" too, but that its casualty rate in Kursk had fallen to fewer than 50 a day by the summer.",
     "Sir Graham warned that if Pyongyang committed fresh assault troops to a new offensive, it could expect "
     "to lose up to a third of them within three months."],
    ["The minister confirmed that Britain would spend £4.5bn on military support for Ukraine in 2025, the "
     "largest annual sum to date, and that 40 more air-defence launchers would be delivered by March.",
     "The committee will publish its report in the new year."],
]

for _fid in DOCS:
    DOCS[_fid].append([FOOTER])


def sentences(fid):
    """Every sentence of text `fid`, in order (title first, footer last)."""
    return [s for para in DOCS[fid] for s in para]


def text_of(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


def S(fid, key):
    """The one sentence of `fid` that contains `key`."""
    hits = [s for s in sentences(fid) if key in s]
    if len(hits) != 1:
        raise SystemExit(f"key {key!r} matches {len(hits)} sentences in {fid}")
    return hits[0]


# --------------------------------------------------------------------------
# gold rows
# --------------------------------------------------------------------------
FIELDS = ["file", "quote", "claimant_id", "claimant_name", "relay_names", "whose_losses", "measure",
          "counted_in", "modality", "qualifier", "low", "best", "high", "count_as_written", "scope",
          "derived_from_quote", "notes"]
GOLD = []


def G(fid, key, cid, cname, relay, whose, measure, cin, modality, qual, low, best, high, caw, scope,
      derived=None, notes=""):
    quote = S(fid, key)
    assert caw in quote, (fid, caw)
    GOLD.append({
        "file": f"texts/{fid}.txt", "quote": quote, "claimant_id": cid, "claimant_name": cname,
        "relay_names": relay, "whose_losses": whose, "measure": measure, "counted_in": cin,
        "modality": modality, "qualifier": qual, "low": low, "best": best, "high": high,
        "count_as_written": caw, "scope": scope,
        "derived_from_quote": S(fid, derived) if derived else "", "notes": notes})


N = ""  # empty bound
NK, RU, UA = "north_korean", "russian", "ukrainian"
REP, PROJ, COND = "reported", "projected", "conditional"
P = "people"

# k01 ----------------------------------------------------------------------
f = "k01-wire-nis-briefing"
NIS = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
G(f, "SEOUL, Jan. 13", *NIS, "Rep. Park Jae-hoon > Hanseong", NK, "killed", P, REP, "approximate",
  N, 300, N, "About 300", "cumulative")
G(f, "SEOUL, Jan. 13", *NIS, "Rep. Park Jae-hoon > Hanseong", NK, "wounded", P, REP, "approximate",
  N, 2700, N, "some 2,700", "cumulative")
G(f, "exceeded 3,000", *NIS, "Rep. Park Jae-hoon > Hanseong", NK, "killed_wounded_or_missing", P, REP,
  "more_than", 3000, N, N, "exceeded 3,000", "cumulative",
  notes="casualties defined in the sentence as killed, wounded and missing")
G(f, "roughly 11,000 troops", *NIS, "Hanseong", NK, "deployed", P, REP, "approximate", N, 11000, N,
  "roughly 11,000", "stock")
G(f, "roughly 11,000 troops", *NIS, "Hanseong", NK, "casualties_unspecified", "percent_of_force", REP,
  "approximate", N, 33.33, N, "about a third", "cumulative", notes="'out of action'")
G(f, "as many as 4,000", *NIS, "Hanseong", NK, "deployed", P, PROJ, "at_most", N, N, 4000,
  "as many as 4,000", "stock", notes="forecast of additional troops by spring")
G(f, "one of them aged 26", *NIS, "Rep. Park Jae-hoon > Hanseong", NK, "captured", P, REP, "exact",
  2, 2, 2, "two", "incident", notes="capture announced by Ukraine on Jan. 9; 26 is an age")
G(f, "has put the toll higher", "ua-gur", "Ukraine's military intelligence agency (GUR)", "Hanseong", NK,
  "killed_or_wounded", P, REP, "more_than", 4000, N, N, "more than 4,000", "cumulative")
G(f, "insignificant losses", "kp-kcna", "North Korea's Korean Central News Agency (KCNA)", "Hanseong", NK,
  "casualties_unspecified", P, REP, "none", N, N, N, "insignificant losses", "unspecified")

# k02 ----------------------------------------------------------------------
f = "k02-paper-pentagon"
LEAD2 = "WASHINGTON — About 4,000"
USO = ("us-officials", "American officials (unnamed)")
G(f, "A Third of North Korea", "author", "The newspaper, in its own voice (headline)", "", NK,
  "killed_or_wounded", "percent_of_force", REP, "exact", 33.33, 33.33, 33.33, "A Third", "cumulative",
  derived=LEAD2, notes="outlet's own share: about 4,000 of roughly 12,000")
G(f, LEAD2, *USO, "", NK, "killed_or_wounded", P, REP, "approximate", N, 4000, N, "About 4,000",
  "cumulative")
G(f, LEAD2, *USO, "", NK, "deployed", P, REP, "approximate", N, 12000, N, "roughly 12,000", "stock")
Q = "American, British and South Korean officials"
G(f, Q, "us-officials", "American officials (unnamed)", "", NK, "killed", P, REP, "at_least", 1000, N, N,
  "at least 1,000", "cumulative")
G(f, Q, "uk-officials", "British officials (unnamed)", "", NK, "killed", P, REP, "at_least", 1000, N, N,
  "at least 1,000", "cumulative")
G(f, Q, "kr-officials", "South Korean officials (unnamed)", "", NK, "killed", P, REP, "at_least", 1000, N, N,
  "at least 1,000", "cumulative")
G(f, "significant casualties", "us-dod",
  "Lt. Col. Maren Oduya, the Pentagon's deputy press secretary", "", NK, "casualties_unspecified", P, REP,
  "none", N, N, N, "significant casualties", "cumulative")
G(f, "as many as 100 soldiers a day", "us-officials", "An American official (unnamed)", "", NK,
  "casualties_unspecified", "people_per_day", REP, "at_most", N, N, 100, "as many as 100", "period",
  notes="rate tied to the heaviest fighting in January")
G(f, "about 4,500", "ua-gur", "Ukraine's military intelligence agency (GUR)", "", NK, "killed_or_wounded", P,
  REP, "approximate", N, 4500, N, "about 4,500", "cumulative", notes="through the end of January")
G(f, "paid for every village", "anton-greve",
  "Anton Greve, Nordic Institute for Security Studies", "", NK, "casualties_unspecified", P, REP, "none",
  N, N, N, "heavy losses", "unspecified")
G(f, "could reach 8,000", "us-officials", "One of the American officials (unnamed)", "", NK,
  "casualties_unspecified", P, COND, "exact", 8000, 8000, 8000, "8,000", "cumulative",
  notes="projected total by the end of April, if the pace continues")
G(f, "Zerkalo Media", "zerkalo-media", "Zerkalo Media, an independent Russian outlet", "", RU, "killed", P,
  REP, "more_than", 2100, N, N, "more than 2,100", "cumulative", notes="deaths confirmed by name")

# k03 ----------------------------------------------------------------------
f = "k03-broadcast-brigade"
MWS = "Meridian World Service"
TS = ("ua-drone-operator-tsyhan", "A Ukrainian drone operator, call sign \"Tsyhan\"")
Q = "he told Meridian World Service"
G(f, Q, *TS, MWS, NK, "killed", P, REP, "exact", 60, 60, 60, "60 bodies", "incident",
  notes="failed assault of 9 February")
G(f, Q, *TS, MWS, NK, "captured", P, REP, "exact", 2, 2, 2, "two wounded North Koreans", "incident")
B95 = ("ua-95th-brigade", "Capt. Oleh Dzhurenko, spokesman of the 95th Polissia Airborne Assault Brigade")
G(f, "about 1,200", *B95, MWS, NK, "killed_or_wounded", P, REP, "approximate", N, 1200, N, "about 1,200",
  "cumulative", notes="the brigade's own tally since mid-December")
G(f, "up to a company", *B95, MWS, NK, "casualties_unspecified", "companies", REP, "at_most", N, N, 1,
  "up to a company", "incident")
G(f, "painful losses", *B95, MWS, UA, "casualties_unspecified", P, REP, "none", N, N, N, "painful losses",
  "unspecified")
G(f, "killed or captured 27", "ua-faust", "The Faust Unit of Ukraine's Special Forces", MWS, NK,
  "killed_or_captured", P, REP, "exact", 27, 27, 27, "27", "incident")
G(f, "treated 35", "ua-medics-stabilisation-point", "Medics at a Ukrainian stabilisation point", MWS, UA,
  "wounded", P, REP, "exact", 35, 35, 35, "35", "period", notes="previous 24 hours")
G(f, "lost half its men", "kp-captured-soldier", "A captured North Korean soldier",
  "Ukraine's SBU security service > " + MWS, NK, "casualties_unspecified", "percent_of_force", REP, "exact",
  50, 50, 50, "half its men", "period", notes="share of his platoon, first week; 20 and 17 are ages")
G(f, "more than 52,000", "ru-mod", "Russia's Defence Ministry", MWS, UA, "casualties_unspecified", P, REP,
  "more_than", 52000, N, N, "more than 52,000", "cumulative")

# k04 ----------------------------------------------------------------------
f = "k04-state-agency-mod"
VI = "Vostok-Info"
RMOD = ("ru-mod", "The Russian Defense Ministry")
G(f, "MOSCOW, March 12", *RMOD, VI, UA, "casualties_unspecified", P, REP, "at_most", N, N, 310, "up to 310",
  "period", notes="past 24 hours")
G(f, "over 67,000", *RMOD, VI, UA, "casualties_unspecified", P, REP, "more_than", 67000, N, N,
  "over 67,000", "cumulative", notes="tank and vehicle counts are equipment")
G(f, "laid down their arms", *RMOD, VI, UA, "captured", P, REP, "exact", 38, 38, 38, "38", "period",
  notes="surrendered over the past week")
G(f, "laid down their arms", *RMOD, VI, UA, "captured", P, REP, "more_than", 700, N, N, "more than 700",
  "cumulative")
G(f, "a Ukrainian platoon", "ru-north-group-officer", "An officer of Russia's North battlegroup", VI, UA,
  "casualties_unspecified", "platoons", REP, "exact", 1, 1, 1, "a Ukrainian platoon", "incident",
  notes="'wiped out'")
DK = ("ru-akhmat-dakhayev", "Maj. Gen. Ruslan Dakhayev, commander of the Akhmat special forces")
G(f, "cut by more than half", *DK, VI, UA, "casualties_unspecified", "percent_of_force", REP, "more_than",
  50, N, N, "more than half", "period", notes="since January")
G(f, "cut by more than half", *DK, VI, UA, "casualties_unspecified", "brigades", REP, "at_most", N, N, 2,
  "up to two brigades' worth", "incident", notes="battle for Sudzha")
G(f, "another 10,000", "viktor-surmin", "Col. (ret.) Viktor Surmin, military expert", VI, UA,
  "casualties_unspecified", P, COND, "exact", 10000, 10000, 10000, "another 10,000", "period",
  notes="additional losses within a month, if reserves keep being committed")
G(f, "Western media reports", "western-media", "Western media reports", VI, NK, "killed", P, REP, "vague",
  200, N, 999, "hundreds", "unspecified", notes="claim the ministry's spokeswoman declines to comment on")

# k05 ----------------------------------------------------------------------
f = "k05-thinktank-assessment"
BC = ("author", "The Baltic Centre for Strategic Assessment, in its own voice")
G(f, "about 90 killed", *BC, "", NK, "killed_or_wounded", "people_per_day", REP, "approximate", N, 90, N,
  "about 90", "period", notes="rate from January 2025 footage")
G(f, "If that rate holds", *BC, "", NK, "killed_or_wounded", P, COND, "exact", 8000, 8000, 8000,
  "a further 8,000", "period", notes="additional losses by the end of April")
G(f, "If that rate holds", *BC, "", NK, "deployed", P, REP, "approximate", N, 11000, N, "roughly 11,000",
  "stock")
G(f, "We forecast", *BC, "", NK, "killed_or_wounded", P, PROJ, "more_than", 6000, N, N, "exceed 6,000",
  "cumulative", notes="projected total by mid-March")
GUR = ("ua-gur", "Ukrainian military intelligence (GUR)")
G(f, "up to a battalion", *GUR, "", NK, "casualties_unspecified", "battalions", REP, "at_most", N, N, 1,
  "up to a battalion", "period", notes="last week of January, near Sverdlikovo")
G(f, "nearly half", *GUR, "", NK, "killed_wounded_or_missing", "percent_of_force", REP, "approximate", N, 50,
  N, "nearly half", "cumulative")
G(f, "second contingent", "kr-officials", "South Korean officials (unnamed)", "", NK, "deployed", P, PROJ,
  "approximate", N, 3000, N, "about 3,000", "stock", notes="expected rotation")
Q = "between 300 and 500"
G(f, Q, *BC, "", RU, "killed_or_wounded", "people_per_day", REP, "range", 300, N, 500,
  "between 300 and 500", "period", notes="since the incursion began in August 2024")
G(f, Q, *BC, "", RU, "casualties_unspecified", "people_per_day", REP, "more_than", 1000, N, N,
  "exceed 1,000", "unspecified", notes="area=other_front; Pokrovsk axis")
G(f, "about 1,500", "ua-general-staff", "Ukraine's General Staff", "", RU, "casualties_unspecified", P, REP,
  "approximate", N, 1500, N, "about 1,500", "period", notes="area=whole_war; one day, January 30")
G(f, "Borets Battalion", "ru-borets-commander", "The commander of Russia's Borets Battalion", "", RU,
  "killed_or_missing", P, REP, "exact", 140, 140, 140, "140", "period", notes="a single week")
Q = "Russian milbloggers claimed"
G(f, Q, "ru-milbloggers", "Russian milbloggers", "", UA, "casualties_unspecified", P, REP, "vague", 24, N, 99,
  "dozens", "incident")
G(f, Q, *BC, "", UA, "casualties_unspecified", P, REP, "none", N, N, N, "limited Ukrainian losses",
  "incident")

# k06 ----------------------------------------------------------------------
f = "k06-liveblog"
SSO = ("ua-sso", "Ukraine's Special Operations Forces (SSO)")
G(f, "after suffering heavy losses", *SSO, "", NK, "casualties_unspecified", P, REP, "none", N, N, N,
  "heavy losses", "unspecified")
G(f, "at least 1,000 killed", *SSO, "", NK, "killed_or_wounded", P, REP, "at_least", 1000, N, N,
  "at least 1,000", "period", notes="the preceding month; 'about three weeks' is not a loss")
UKM = ("uk-mod", "The UK Ministry of Defence")
G(f, "1,523", *UKM, "", RU, "casualties_unspecified", "people_per_day", REP, "exact", 1523, 1523, 1523,
  "an average of 1,523", "period", notes="area=whole_war; January")
G(f, "around 48,000", *UKM, "", RU, "casualties_unspecified", P, REP, "approximate", N, 48000, N,
  "around 48,000", "period", notes="area=whole_war; January, all fronts")
G(f, "900,000", *UKM, "", RU, "killed_or_wounded", P, PROJ, "more_than", 900000, N, N, "exceed 900,000",
  "cumulative", notes="area=whole_war; projected total by the end of the summer")
Q = "8th Regiment of Special Forces"
R8 = ("ua-8th-sof-regiment", "The 8th Regiment of Special Forces (Ukraine)")
G(f, Q, *R8, "Mariana Lyko", NK, "captured", P, REP, "exact", 3, 3, 3, "three", "incident")
G(f, Q, *R8, "Mariana Lyko", NK, "killed", P, REP, "exact", 2, 2, 2, "two of whom", "incident",
  notes="two of the three prisoners died of their wounds")
G(f, "up to 230", "ru-mod", "Russia's defence ministry", "", UA, "casualties_unspecified", P, REP, "at_most",
  N, N, 230, "up to 230", "period", notes="past day")
Q = "in the thousands"
G(f, Q, "ua-officials", "Ukrainian officials (unnamed)", "", NK, "casualties_unspecified", P, REP, "vague",
  2000, N, 9999, "in the thousands", "cumulative")
G(f, Q, "ua-officials", "A senior Ukrainian official (unnamed)", "", NK, "killed_or_wounded", P, REP,
  "approximate", N, 4000, N, "about 4,000", "cumulative", notes="since December")
G(f, "38,000", "ua-general-staff", "Ukraine's General Staff", "", "russian_and_north_korean",
  "killed_wounded_missing_or_captured", P, REP, "exact", 38000, 38000, 38000, "38,000", "cumulative",
  notes="combined measure defined in the sentence")

# k07 ----------------------------------------------------------------------
f = "k07-factcheck"
VP = ("viral-x-post", "An anonymous post on X")
G(f, "Claim: A post", *VP, "", NK, "killed", P, REP, "exact", 30000, 30000, 30000, "30,000", "period",
  notes="'in just two months'; 40,000 is a share count; the fact-check rates it false")
NIS7 = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
Q = "distortion of a January estimate"
G(f, Q, *NIS7, "South Korean lawmakers", NK, "killed", P, REP, "approximate", N, 300, N, "about 300",
  "cumulative")
G(f, Q, *NIS7, "South Korean lawmakers", NK, "wounded", P, REP, "approximate", N, 2700, N, "some 2,700",
  "cumulative")
G(f, "1,000 men a month", *NIS7, "", NK, "casualties_unspecified", "people_per_month", REP, "approximate", N,
  1000, N, "roughly 1,000", "period", notes="peak, January")
Q = "roughly 5,000"
G(f, Q, "ua-gur", "Ukraine's military intelligence agency (GUR)", "", NK, "killed_or_wounded", P, REP,
  "approximate", N, 5000, N, "roughly 5,000", "cumulative")
G(f, Q, "western-officials", "Western officials (unnamed)", "", NK, "killed_or_wounded", P, REP, "at_most",
  N, N, 4500, "up to 4,500", "cumulative")
G(f, "11,000 to 12,000", *NIS7, "", NK, "deployed", P, REP, "range", 11000, N, 12000,
  "about 11,000 to 12,000", "stock", notes="the 30,000 in this sentence only repeats the viral claim")
G(f, "a third of the Russian army", *VP, "", RU, "casualties_unspecified", "percent_of_force", REP, "exact",
  33.33, 33.33, 33.33, "a third of the Russian army", "cumulative", notes="'wiped out'; no source found")
G(f, "about 2,400", "zerkalo-media", "Zerkalo Media, an independent outlet", "", RU, "killed", P, REP,
  "approximate", N, 2400, N, "about 2,400", "cumulative", notes="names verified, as of mid-March")

# k08 ----------------------------------------------------------------------
f = "k08-committee-hearing"
PELL = ("uk-defence-intelligence", "Air Marshal Sir Graham Pell, the UK's Chief of Defence Intelligence")
BODY8 = "some 2,000 North Korean"
G(f, "losses passed 6,000", "author", "The committee news report, in its own voice (headline)", "", NK,
  "casualties_unspecified", P, REP, "more_than", 6000, N, N, "passed 6,000", "cumulative", derived=BODY8,
  notes="outlet's own sum of some 2,000 killed and more than 4,000 wounded")
G(f, "after suffering heavy losses", *PELL, "", NK, "casualties_unspecified", P, REP, "none", N, N, N,
  "heavy losses", "period", notes="their first weeks")
G(f, BODY8, *PELL, "", NK, "killed", P, REP, "approximate", N, 2000, N, "some 2,000", "cumulative")
G(f, BODY8, *PELL, "", NK, "wounded", P, REP, "more_than", 4000, N, N, "more than 4,000", "cumulative")
G(f, "300 or so", *PELL, "", NK, "missing", P, REP, "approximate", N, 300, N, "300 or so", "cumulative")
Q = "numbered around 11,000"
G(f, Q, *PELL, "", NK, "deployed", P, REP, "approximate", N, 11000, N, "around 11,000", "stock",
  notes="on arrival")
G(f, Q, *PELL, "", NK, "deployed", P, REP, "at_most", N, N, 3000, "up to 3,000", "stock",
  notes="reinforcement in early 2025, already arrived")
G(f, Q, *PELL, "", NK, "deployed", P, PROJ, "exact", 6000, 6000, 6000, "a further 6,000", "stock",
  notes="engineers and builders expected by the end of the year")
G(f, "several hundred", *PELL, "", RU, "casualties_unspecified", "people_per_week", REP, "vague", 300, N, 999,
  "several hundred", "period", notes="heaviest fighting, February and March")
G(f, "100,000", *PELL, "", "both_sides", "killed_wounded_or_missing", P, REP, "more_than", 100000, N, N,
  "more than 100,000", "cumulative", notes="since August 2024")
G(f, "Owen Rees", "unnamed-reports", "Unnamed reports", "Owen Rees, member of the Defence Committee", NK,
  "killed", P, REP, "exact", 1000, 1000, 1000, "1,000", "period",
  notes="a single week in January; witness calls it 'at the upper end of plausible'")
CAR = ("uk-mod", "Helen Carrow, the UK Armed Forces Minister")
Q = "fewer than 50 a day"
G(f, Q, *CAR, "", UA, "casualties_unspecified", P, REP, "none", N, N, N, "a heavy price", "unspecified")
G(f, Q, *CAR, "", UA, "casualties_unspecified", "people_per_day", REP, "fewer_than", N, N, 50,
  "fewer than 50", "period", notes="rate by the summer")
G(f, "up to a third", *PELL, "", NK, "casualties_unspecified", "percent_of_force", COND, "at_most", N, N,
  33.33, "up to a third", "period", notes="share of fresh assault troops within three months, if committed")

# --------------------------------------------------------------------------
# traps
# --------------------------------------------------------------------------
TRAPS = []


def T(fid, key, why):
    TRAPS.append({"file": f"texts/{fid}.txt", "sentence": S(fid, key), "why": why})


def H(fid, body_key):
    T(fid, DOCS[fid][0][0], "headline restates: " + S(fid, body_key))


DATE = "stand-alone date line"
f = "k01-wire-nis-briefing"
H(f, "SEOUL, Jan. 13")
T(f, "240 mm", "equipment counts, calibre and a month")
T(f, "two days after", "interval and ordinal; the capture itself is counted elsewhere")
f = "k02-paper-pentagon"
T(f, "Feb. 21, 2025", DATE)
T(f, "6,000 kilometers", "distance and month of arrival")
T(f, "$65 billion", "money and years")
f = "k03-broadcast-brigade"
H(f, "he told Meridian World Service")
T(f, "14 February 2025", DATE)
T(f, "morning of 9 February", "date of an assault; no figure")
T(f, "40 new armoured vehicles", "vehicles and drone sorties per day, not losses")
f = "k04-state-agency-mod"
H(f, "over 67,000")
T(f, "three tanks", "equipment losses, not people")
T(f, "46 Ukrainian drones", "drones shot down")
T(f, "1.2 billion rubles", "money and homes")
f = "k05-thinktank-assessment"
T(f, "Kursk Salient Assessment", "title with a date")
T(f, "14 Russian ammunition", "depots struck, dates and drone range")
T(f, "3.2-billion-ruble", "money and date")
f = "k06-liveblog"
T(f, "Tue 4 Feb 2025", DATE)
for hhmm in ["09.12 GMT", "09.40 GMT", "10.05 GMT", "11.30 GMT", "12.02 GMT", "12.45 GMT", "13.20 GMT"]:
    T(f, hhmm, "stand-alone time stamp of a live-blog entry")
T(f, "2.1bn kroner", "money and air-defence systems")
T(f, "07.00 GMT", "time the blog resumes")
f = "k07-factcheck"
H(f, "Claim: A post")
T(f, "Published 18 March 2025", DATE)
T(f, "first published in 2023", "ordinal and year of an image")
T(f, "compared 12 published", "number of estimates and governments compared")
f = "k08-committee-hearing"
T(f, "Committee news |", DATE)
T(f, "£4.5bn", "money, year and air-defence launchers")

# --------------------------------------------------------------------------
# self-checks and output
# --------------------------------------------------------------------------
NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
            r"hundreds?|thousands?|millions?|billions?|dozens?|half|thirds?|quarters?|first|second|"
            r"twice|single|both")
HAS_NUM = re.compile(r"\d|\b(?:%s)\b" % NUMWORDS, re.I)


def check():
    gold_q = {(r["file"], r["quote"]) for r in GOLD}
    trap_q = {(r["file"], r["sentence"]) for r in TRAPS}
    assert not gold_q & trap_q, gold_q & trap_q
    for fid in DOCS:
        words = len(text_of(fid).split())
        assert 220 <= words <= 420, (fid, words)
        for s in sentences(fid):
            key = (f"texts/{fid}.txt", s)
            if HAS_NUM.search(s) and key not in gold_q and key not in trap_q:
                raise SystemExit(f"unlisted number sentence in {fid}: {s}")
    assert 70 <= len(GOLD) <= 100, len(GOLD)


def main():
    check()
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text_of(fid))
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(GOLD)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "sentence", "why"])
        w.writeheader()
        w.writerows(TRAPS)
    for fid in DOCS:
        print(fid, len(text_of(fid).split()), "words")
    print(len(DOCS), "texts,", len(GOLD), "gold rows,", len(TRAPS), "trap rows")


if __name__ == "__main__":
    main()
