#!/usr/bin/env python3
"""Build the fabricated dev-set-15: texts/*.txt, gold.csv and traps.csv.

Every sentence is typed once, in RAW, optionally with a short label.
Gold rows and trap rows refer to sentences by (text id, label), so no quote
is ever typed twice.  Run from anywhere: paths are relative to this folder.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MARK = "[Fabricated test text for the loss-claims project; not a real report.]"

# ---------------------------------------------------------------------------
# Texts: id -> paragraphs -> sentences; a sentence is "text" or ("label", "text").
# The first paragraph is the title.  The fabrication mark is appended as the
# last paragraph of every text.
# ---------------------------------------------------------------------------
RAW = {
"m01-wire-nis-briefing": [
    [("h", "N. Korean troops in Kursk suffer 3,000 casualties: NIS")],
    [("a", "SEOUL, Feb. 13 (Yonhap) -- North Korea has suffered about 300 killed and some 2,700 wounded among the troops it sent to fight Ukrainian forces in Russia's Kursk region, South Korea's spy agency told lawmakers Thursday, according to Rep. Park Joon-ho, who attended the closed-door briefing.")],
    [("b", "Park, a ruling party member of the National Assembly's intelligence committee, said the National Intelligence Service (NIS) also assessed that around 10,000 North Korean troops remain deployed in the region after the North rotated some of its units.")],
    [("c", "According to Park, the agency said the casualties included at least 150 soldiers killed in a single assault on a village near the Ukrainian border in early February."),
     ("d", "He said the NIS believed \"dozens\" more had gone missing in the same fighting.")],
    [("e", "North Korean units were pulled back from front-line positions for about two weeks in January, likely because of heavy losses, the NIS said, according to Park."),
     ("f", "The spy agency also expects the North to dispatch an additional 1,500 to 3,000 soldiers by the end of March, Park told reporters after the session.")],
    [("g", "Rep. Kim Dae-sik of the main opposition party, who attended the same briefing, gave a higher figure, saying the NIS put the North's combined losses at \"well over 4,000\" when the killed, wounded and missing are counted together."),
     ("i", "The two North Korean soldiers captured by Ukrainian forces last month told their interrogators that they had been ordered to take their own lives rather than be taken prisoner, Kim quoted the NIS as saying.")],
    [("t1", "The briefing came a day after North Korea fired two short-range ballistic missiles into the East Sea, which flew about 350 kilometers before splashing down, according to the Joint Chiefs of Staff."),
     ("t2", "The NIS also said Pyongyang is believed to be receiving Russian air-defense equipment and payments worth hundreds of millions of dollars in return for the deployment.")],
    ["North Korea began sending troops to Russia in October last year, the NIS has said."],
    ["(END)"],
],
"m02-kyiv-brigade-telegram": [
    [("h", "Ukrainian paratroopers say 38 North Korean soldiers killed in failed assault in Kursk region")],
    [("a", "Ukraine's 95th Polissia Airborne Assault Brigade said in a post on its Telegram channel on Tuesday that its paratroopers had killed 38 North Korean soldiers and wounded at least 20 more when an infantry column tried to storm its positions near the village of Nikolskoye."),
     ("t1", "The brigade published a 90-second drone video that it said showed the column being struck in an open field about four kilometres from the border.")],
    [("b", "In a single assault on Monday, the post said, the North Koreans lost up to a company of infantry, with the survivors falling back towards a tree line under drone fire.")],
    [("c", "Capt. Andrii Voloshyn, the brigade's press officer, told RBC Ukraine that North Korean units in the sector had lost roughly a third of their men since arriving in November."),
     "\"They keep coming across the same field, and we keep counting the bodies,\" Voloshyn said.",
     ("e", "Over the past week, according to Voloshyn, the brigade's drone operators have been killing or wounding about 25 North Korean soldiers a day.")],
    [("f", "A second post on Wednesday said three North Korean soldiers had been taken prisoner near Nikolskoye, bringing the number captured by the brigade since January to seven."),
     ("g", "The brigade also claimed that Russian units fighting alongside the North Koreans had suffered heavy losses, but gave no figure.")],
    [("k", "The paratroopers did not disclose their own casualties beyond saying that two of their comrades had been lightly wounded in the fighting.")],
    [("i", "Ukraine's General Staff, in its morning update on Wednesday, said Russia had lost 1,320 troops killed and wounded across the entire front over the past day."),
     ("t2", "It said Ukrainian forces had also destroyed 41 artillery systems and 112 drones over the same period.")],
    [("t3", "The 95th brigade has fought in the Kursk region since Ukraine's cross-border incursion began in August 2024.")],
],
"m03-state-media-mod-summary": [
    [("h", "Russian forces repel six Ukrainian counterattacks in Kursk region, enemy loses over 250 servicemen in a day \u2014 MoD")],
    [("a", "MOSCOW, March 11. /TASS/. Units of the North battlegroup repelled six counterattacks by Ukrainian assault groups in the Kursk region over the past day, inflicting losses of more than 250 servicemen on the enemy, the Russian Defence Ministry said in its daily summary on Tuesday.")],
    [("t1", "The ministry said Russian aviation and artillery had also destroyed four tanks, nine armoured combat vehicles and 17 motor vehicles, as well as an ammunition depot near the settlement of Loknya."),
     ("b", "It said up to 40 Ukrainian servicemen had been killed and 12 taken prisoner when an assault group tried to break through near Sverdlikovo.")],
    [("c", "Over the past week, the enemy's losses in the Kursk direction totalled more than 1,900 servicemen, the ministry said in a separate weekly summary."),
     ("d", "In total, since the start of hostilities in the Kursk direction, the enemy has lost more than 67,000 servicemen, 412 tanks and 298 infantry fighting vehicles, according to the ministry."),
     ("e", "The ministry estimated that about 1,500 Ukrainian troops remained in a shrinking pocket south of Sudzha.")],
    [("f", "Lieutenant General Viktor Sedykh, deputy commander of the North battlegroup, told the Rossiya-24 television channel on Monday that Ukraine had lost up to a battalion in a failed attempt to cross the border near Tetkino on Sunday."),
     ("g", "The general said the Ukrainian command had lost about 40 percent of the personnel it committed to the Kursk operation since August, the equivalent of two brigades."),
     ("j", "Sedykh predicted that Ukraine would lose \"another 5,000 men\" in the region by the end of March if it kept sending reinforcements.")],
    ["The ministry did not comment on reports that North Korean troops were taking part in the fighting and does not publish figures for Russian losses.",
     ("t2", "The regional governor's office said two civilians had been wounded in a Ukrainian drone attack on the town of Rylsk, where five houses were damaged.")],
    [("t3", "Ukraine launched its cross-border incursion into the Kursk region on August 6, 2024.")],
],
"m04-thinktank-assessment": [
    [("t0", "Kursk Assessment, 28 April 2025: North Korea's Expeditionary Force After Four Months of Combat")],
    [("a", "We assess that North Korean forces in Kursk Oblast have suffered between 4,000 and 5,000 casualties\u2014killed, wounded and missing\u2014since entering combat in December 2024."),
     ("b", "That would amount to nearly half of the roughly 11,000 troops Pyongyang initially deployed.")],
    [("c", "Our estimate draws on South Korean intelligence figures relayed by lawmakers in February and on a 38-page report published in April by the Kyiv-based Centre for Military Studies, which states on page 17 that \"no fewer than 1,100 North Korean servicemen have been killed.\""),
     ("d", "The same report puts North Korean losses in the Sudzha sector between January 9 and January 22 at 1,400, counting the killed, wounded, missing and captured (p. 23).")],
    [("e", "The rate of loss appears to have fallen sharply: Ukrainian military intelligence reported in March that North Korean losses had dropped to around 30 a day, from more than 100 a day in January."),
     ("f", "At the January peak, by our own count, North Korean casualties ran at about 3,000 a month.")],
    [("g", "Russian losses in the Kursk direction, which we estimate at 50,000 to 60,000 killed and wounded since August 2024, continue at a high rate."),
     ("h2", "Combined, the Kursk fighting has cost both sides well over 100,000 killed and wounded since August 2024."),
     ("i", "Ukrainian losses are harder to gauge; Kyiv publishes no figures, and the Russian Defence Ministry's claim of more than 70,000 Ukrainian casualties in the region is not credible in our assessment.")],
    [("j", "If the current tempo holds, we project that North Korean casualties will exceed 6,000 by the end of June 2025."),
     ("k", "We also expect Pyongyang to send another 3,000 to 5,000 troops by the autumn to replenish the force."),
     ("t1", "North Korea has also supplied Russia with an estimated 200 long-range artillery systems and several million artillery shells since 2023.")],
],
"m05-us-broadcaster-officials": [
    ["North Korean troops adapting to drone warfare in Kursk, officials say"],
    [("a", "North Korean troops fighting in Russia's Kursk region have suffered about 1,000 killed in the past three months, according to American, British and South Korean officials, who spoke on condition of anonymity to discuss intelligence assessments.")],
    [("b", "One US official told CBN News that the total number of North Korean casualties, including the wounded, had passed 4,000 since the troops entered combat in December."),
     ("c", "Over the past month, the official said, North Korean units had lost as many as 200 soldiers a week, though the rate has slowed as commanders adopted Russian drone tactics.")],
    [("d", "A European intelligence official put the toll higher, saying the North had lost \"up to a third of the force it sent\" when killed, wounded and missing are counted together."),
     ("e", "If Pyongyang keeps its troops in frontal assaults, a South Korean official said, North Korean casualties could reach 8,000 by the end of the year.")],
    [("f", "At a briefing on Thursday, Pentagon deputy press secretary Laura Whitcombe said the department estimated that about 11,000 North Korean soldiers remained in the Kursk region."),
     ("g", "Whitcombe declined to give a casualty figure but said the North Koreans had taken \"significant losses\" in assaults across open ground."),
     ("k", "US intelligence expects North Korea to rotate in at least 2,000 fresh troops before the summer, the US official told CBN News.")],
    [("i", "Across the whole war, Russia has suffered more than 790,000 killed and wounded since February 2022, according to a US defense official."),
     ("j", "A senior Ukrainian official told CBN News that Ukraine had captured \"more than two dozen\" North Korean soldiers since January.")],
    [("t1", "The officials said North Korea had also sent about 100 Koksan self-propelled guns and 240-millimeter rocket launchers to Russia over the past year."),
     ("t2", "In return, Moscow may be helping Pyongyang with satellite technology, one of several areas of cooperation covered by a pact the two countries signed in June 2024, the officials said.")],
],
"m06-feature-field-surgeon": [
    ["'They don't retreat': inside a field hospital on the Kursk front"],
    [("t1", "The stabilisation point sits in a farmhouse basement about 12 kilometres from the border, and on a bad night its three surgeons operate until dawn."),
     ("t2", "Dr. Olena Marchuk, 41, a former trauma surgeon from Sumy, has worked here since the first weeks of Ukraine's incursion.")],
    [("a", "On the worst night of the winter, she says, her team received 64 wounded Ukrainian soldiers in 11 hours, most of them hit by drones."),
     ("b", "Over the past month, Marchuk estimates, the point has treated roughly 15 wounded a day, down from about 40 a day in December."),
     "\"The drones don't let us evacuate in daylight anymore,\" she said."],
    [("c", "Sgt. Maksym Oliinyk, a 29-year-old machine gunner with the 8th Regiment of Special Forces, said his platoon had counted more than 60 North Korean bodies in front of its trench line after a single assault in January."),
     "\"They came in lines across the snow, and they didn't retreat,\" Oliinyk said."],
    [("d", "His company commander, who gave only his call sign, Bison, said the North Korean units opposite them were withdrawn in February after losing what he estimated to be most of their men."),
     ("e", "Bison's own company lost 14 men killed or missing in the January fighting, he said.")],
    [("f", "Oliinyk's platoon entered the Kursk region with 30 men in August and is now down to 11; eight have been killed since the summer, he said."),
     ("g", "Two Russian prisoners, taken near Guevo last week, sat under guard in a corner of the basement, waiting to be treated.")],
    [("t3", "Marchuk's point is one of dozens along the northern border, and she does not know how many Ukrainians have died in the Kursk operation; Kyiv does not say."),
     "\"We count the people who come through the door,\" she said.",
     "\"That is all I can tell you.\""],
],
"m07-live-blog": [
    ["Russia-Ukraine war live: Moscow claims Kursk region retaken; North Korea confirms its troops fought there"],
    [("t0", "Saturday 26 April 2025")],
    [("s1", "09:12 BST")],
    [("a", "Russia's General Staff said on Saturday that the last Ukrainian-held settlement in the Kursk region had been retaken and that Ukraine's losses in the region since August had exceeded 76,000 servicemen, state news agency RIA Novosti reported.")],
    [("s2", "09:40 BST")],
    [("t1", "Ukraine's General Staff rejected the claim, saying fighting was continuing near two border villages.")],
    [("s3", "10:05 BST")],
    [("b", "Reuters, citing a senior Ukrainian military source, reports that Ukrainian units in the area lost \"fewer than 300 men\" over the past week.")],
    [("s4", "10:31 BST")],
    ["North Korea's state news agency KCNA has confirmed that its troops fought in Kursk, praising their \"heroic feats\" but giving no figures for its own dead."],
    [("s5", "10:58 BST")],
    [("c", "South Korea's Joint Chiefs of Staff said it believed about 15,000 North Korean troops had been sent to Russia in total, of whom some 4,700 had been killed or wounded.")],
    [("s6", "11:20 BST")],
    [("d", "Ukrainska Pravda quotes the commander of a drone unit as saying his operators hit \"up to a platoon\" of Russian infantry moving along a forest road near Tetkino this morning.")],
    [("s7", "11:47 BST")],
    [("e", "CNN reports, citing two US officials, that Russian losses in and around Kursk since August are now estimated at between 60,000 and 70,000 killed and wounded.")],
    [("s8", "12:15 BST")],
    [("f", "Ukraine's foreign ministry says the Kursk operation tied down \"tens of thousands\" of Russian troops who would otherwise have been fighting in Donbas.")],
    [("s9", "12:40 BST")],
    [("t2", "Our correspondent in Sumy reports that at least 12 ambulances carrying wounded soldiers passed through the city centre in the past hour.")],
    [("s10", "13:05 BST")],
    [("g", "The UK Ministry of Defence, in its daily intelligence update, says Russia lost around 1,100 troops a day across all fronts during April.")],
    [("s11", "13:30 BST")],
    [("h2", "Ukraine's military intelligence agency, the GUR, says its special forces killed or captured 27 North Korean soldiers in an overnight raid on the border.")],
    [("s12", "13:52 BST")],
    [("i", "Russian and North Korean forces together lost about 2,000 troops killed and wounded in the Kursk region over the past week, Ukraine's General Staff says in an evening update.")],
],
"m08-factcheck-viral-claim": [
    [("h", "Fact check: No, 30,000 North Korean soldiers have not been killed in Kursk")],
    [("a", "A video shared more than 40,000 times on X since Sunday claims that \"30,000 North Korean soldiers have been killed in Kursk since December,\" citing what it calls a leaked Pentagon document."),
     "The claim is false.",
     "The Pentagon has not published any such estimate, and a spokesperson told us the document was \"not a Department of Defense product.\""],
    [("b", "The most recent US estimate, given by a Pentagon spokesperson in March, put North Korean casualties at about 4,000 killed and wounded."),
     ("c", "South Korea's National Intelligence Service said in a report to parliament in April that roughly 600 North Koreans had died and that total casualties, including the wounded, stood at about 4,700."),
     ("d", "Ukraine's Defence Intelligence (HUR), which has an interest in highlighting enemy losses, estimated in March that \"nearly 5,000\" North Koreans had been killed or wounded.")],
    [("e", "At the time of the post, around 11,000 North Korean soldiers were believed to be in the Kursk region, according to the NIS, so 30,000 deaths would be nearly three times the entire force.")],
    [("t1", "The footage in the video actually shows a 2022 battle near Izium, in Ukraine's Kharkiv region, which we matched to a clip posted by a Ukrainian brigade more than two years ago."),
     ("f", "The same account earlier claimed that North Korea had sent 100,000 troops to Russia, a figure no government has supported."),
     ("g", "The video also claims that Ukraine lost \"only 200 men\" in the same battles, which we could not verify."),
     ("h2", "A second, older post from the account, which does not say whose soldiers it means, speaks of \"50,000 dead in Kursk.\"")],
    ["Rating: False."],
    [("t2", "This fact check was updated on May 6, 2025, to add the Pentagon's response.")],
],
}

DOCS = {}
LABEL = {}
for _fid, _paras in RAW.items():
    out = []
    for _p in _paras:
        sents = []
        for _s in _p:
            if isinstance(_s, tuple):
                lab, txt = _s
                assert (_fid, lab) not in LABEL, (_fid, lab)
                LABEL[(_fid, lab)] = txt
                sents.append(txt)
            else:
                sents.append(_s)
        out.append(sents)
    out.append([MARK])
    DOCS[_fid] = out


def sentences(fid):
    """Every sentence of text `fid`, in order (title first, mark last)."""
    return [s for p in DOCS[fid] for s in p]


def text_of(fid):
    return "\n\n".join(" ".join(p) for p in DOCS[fid]) + "\n"


def S(fid, lab):
    return LABEL[(fid, lab)]


# ---------------------------------------------------------------------------
# Claimants (id, name as a reader would name it)
# ---------------------------------------------------------------------------
NIS = ("kr-nis", "South Korea's National Intelligence Service (NIS)")
AUTHOR = "author"
B95 = ("ua-95th-brigade", "Ukraine's 95th Polissia Airborne Assault Brigade")
VOLOSHYN = ("ua-95th-brigade", "Capt. Andrii Voloshyn, press officer of the 95th Polissia Airborne Assault Brigade")
UAGS = ("ua-general-staff", "Ukraine's General Staff")
RUMOD = ("ru-mod", "Russia's Defence Ministry")
SEDYKH = ("ru-gen-sedykh", "Lt. Gen. Viktor Sedykh, deputy commander of Russia's North battlegroup")
CMS = ("ua-centre-military-studies", "Centre for Military Studies, a Kyiv-based research group")
GUR = ("ua-gur", "Defence Intelligence of Ukraine (GUR)")
USO = ("us-officials", "US officials (unnamed)")
UKO = ("uk-officials", "British officials (unnamed)")
KRO = ("kr-officials", "South Korean officials (unnamed)")
EUO = ("european-officials", "A European intelligence official (unnamed)")
WHITCOMBE = ("us-dod", "Laura Whitcombe, Pentagon deputy press secretary")
PENTAGON = ("us-dod", "A Pentagon spokesperson (US Department of Defense)")
UAO = ("ua-officials", "A senior Ukrainian official (unnamed)")
UAO_MIL = ("ua-officials", "A senior Ukrainian military source (unnamed)")
MARCHUK = ("ua-surgeon-marchuk", "Dr. Olena Marchuk, Ukrainian field surgeon at a stabilisation point")
OLIINYK = ("ua-8th-sof-regiment", "Sgt. Maksym Oliinyk, machine gunner with Ukraine's 8th Regiment of Special Forces")
BISON = ("ua-8th-sof-regiment", "Company commander 'Bison' (call sign), 8th Regiment of Special Forces")
RUGS = ("ru-general-staff", "Russia's General Staff")
JCS = ("kr-jcs", "South Korea's Joint Chiefs of Staff (JCS)")
DRONECMD = ("ua-drone-unit-commander", "Commander of a Ukrainian drone unit (unnamed)")
UAMFA = ("ua-mfa", "Ukraine's Foreign Ministry")
UKMOD = ("uk-mod", "UK Ministry of Defence (Defence Intelligence)")
VIRAL = ("viral-x-post", "A viral video posted by an anonymous account on X")


def AUTH(name):
    return (AUTHOR, name)


FIELDS = ["file", "quote", "claimant_id", "claimant_name", "relay_names", "whose_losses",
          "measure", "counted_in", "modality", "qualifier", "low", "best", "high",
          "count_as_written", "scope", "derived_from_quote", "notes"]

GOLD = []


def R(fid, lab, who, relay, whose, measure, counted, modality, qual, low, best, high,
      caw, scope, derived=None, notes=""):
    GOLD.append(dict(fid=fid, lab=lab, who=who, relay=relay, whose=whose, measure=measure,
                     counted=counted, modality=modality, qual=qual, low=low, best=best,
                     high=high, caw=caw, scope=scope, derived=derived, notes=notes))


N = None
# m01 ----------------------------------------------------------------------
f = "m01-wire-nis-briefing"
PARK = "Rep. Park Joon-ho > Yonhap"
KIM = "Rep. Kim Dae-sik > Yonhap"
R(f, "h", AUTH("Yonhap (headline, own sum of the body figures)"), "", "north_korean", "killed_or_wounded", "people", "reported", "exact", 3000, 3000, 3000, "3,000 casualties", "cumulative", derived="a",
  notes="headline figure is the outlet's own sum of about 300 killed and some 2,700 wounded")
R(f, "a", NIS, PARK, "north_korean", "killed", "people", "reported", "approximate", N, 300, N, "about 300 killed", "cumulative",
  notes="closed-door briefing relayed by a lawmaker")
R(f, "a", NIS, PARK, "north_korean", "wounded", "people", "reported", "approximate", N, 2700, N, "some 2,700 wounded", "cumulative")
R(f, "b", NIS, PARK, "north_korean", "deployed", "people", "reported", "approximate", N, 10000, N, "around 10,000 North Korean troops", "stock")
R(f, "c", NIS, PARK, "north_korean", "killed", "people", "reported", "at_least", 150, N, N, "at least 150 soldiers killed", "incident")
R(f, "d", NIS, PARK, "north_korean", "missing", "people", "reported", "vague", 24, N, 99, "dozens", "incident",
  notes="'He' is Park; same fighting as the single assault in early February")
R(f, "e", NIS, PARK, "north_korean", "casualties_unspecified", "people", "reported", "none", N, N, N, "heavy losses", "unspecified")
R(f, "f", NIS, PARK, "north_korean", "deployed", "people", "projected", "range", 1500, N, 3000, "an additional 1,500 to 3,000 soldiers", "stock",
  notes="forecast of additional troops by the end of March")
R(f, "g", NIS, KIM, "north_korean", "killed_wounded_or_missing", "people", "reported", "more_than", 4000, N, N, "well over 4,000", "cumulative",
  notes="second lawmaker's account of the same briefing; higher than Park's figures")
R(f, "i", NIS, KIM, "north_korean", "captured", "people", "reported", "exact", 2, 2, 2, "two North Korean soldiers captured", "period",
  notes="captured 'last month' (January 2025)")

# m02 ----------------------------------------------------------------------
f = "m02-kyiv-brigade-telegram"
R(f, "a", B95, "", "north_korean", "killed", "people", "reported", "exact", 38, 38, 38, "killed 38 North Korean soldiers", "incident",
  notes="claim posted on the brigade's Telegram channel; no relay named")
R(f, "a", B95, "", "north_korean", "wounded", "people", "reported", "at_least", 20, N, N, "at least 20 more", "incident")
R(f, "b", B95, "", "north_korean", "casualties_unspecified", "companies", "reported", "at_most", N, N, 1, "up to a company", "incident",
  notes="formation-size loss; 'lost' undefined")
R(f, "c", VOLOSHYN, "RBC Ukraine", "north_korean", "casualties_unspecified", "percent_of_force", "reported", "approximate", N, 33.33, N, "roughly a third of their men", "cumulative",
  notes="since arriving in November; interview given to another outlet")
R(f, "e", VOLOSHYN, "RBC Ukraine", "north_korean", "killed_or_wounded", "people_per_day", "reported", "approximate", N, 25, N, "about 25 North Korean soldiers a day", "period",
  notes="rate over the past week")
R(f, "f", B95, "", "north_korean", "captured", "people", "reported", "exact", 3, 3, 3, "three North Korean soldiers", "incident")
R(f, "f", B95, "", "north_korean", "captured", "people", "reported", "exact", 7, 7, 7, "seven", "cumulative",
  notes="running total captured by the brigade since January")
R(f, "g", B95, "", "russian", "casualties_unspecified", "people", "reported", "none", N, N, N, "heavy losses", "unspecified")
R(f, "k", B95, "", "ukrainian", "wounded", "people", "reported", "exact", 2, 2, 2, "two of their comrades", "incident",
  notes="'the paratroopers' = the brigade")
R(f, "i", UAGS, "", "russian", "killed_or_wounded", "people", "reported", "exact", 1320, 1320, 1320, "1,320 troops killed and wounded", "period",
  notes="area=whole_war; one day's losses across the entire front")

# m03 ----------------------------------------------------------------------
f = "m03-state-media-mod-summary"
R(f, "a", RUMOD, "TASS", "ukrainian", "casualties_unspecified", "people", "reported", "more_than", 250, N, N, "more than 250 servicemen", "period",
  notes="over the past day; TASS dateline inside the sentence; ledger-style name 'the Russian Defence Ministry'")
R(f, "b", RUMOD, "TASS", "ukrainian", "killed", "people", "reported", "at_most", N, N, 40, "up to 40 Ukrainian servicemen", "incident")
R(f, "b", RUMOD, "TASS", "ukrainian", "captured", "people", "reported", "exact", 12, 12, 12, "12 taken prisoner", "incident")
R(f, "c", RUMOD, "TASS", "ukrainian", "casualties_unspecified", "people", "reported", "more_than", 1900, N, N, "more than 1,900 servicemen", "period",
  notes="over the past week")
R(f, "d", RUMOD, "TASS", "ukrainian", "casualties_unspecified", "people", "reported", "more_than", 67000, N, N, "more than 67,000 servicemen", "cumulative",
  notes="tanks and IFVs in the same sentence are equipment, no rows")
R(f, "e", RUMOD, "TASS", "ukrainian", "deployed", "people", "reported", "approximate", N, 1500, N, "about 1,500 Ukrainian troops", "stock")
R(f, "f", SEDYKH, "Rossiya-24 > TASS", "ukrainian", "casualties_unspecified", "battalions", "reported", "at_most", N, N, 1, "up to a battalion", "incident")
R(f, "g", SEDYKH, "Rossiya-24 > TASS", "ukrainian", "casualties_unspecified", "percent_of_force", "reported", "approximate", N, 40, N, "about 40 percent", "cumulative",
  notes="since August 2024; 'the general' = Sedykh, same interview")
R(f, "g", SEDYKH, "Rossiya-24 > TASS", "ukrainian", "casualties_unspecified", "brigades", "reported", "exact", 2, 2, 2, "two brigades", "cumulative",
  notes="same loss expressed as formations")
R(f, "j", SEDYKH, "Rossiya-24 > TASS", "ukrainian", "casualties_unspecified", "people", "conditional", "exact", 5000, 5000, 5000, "another 5,000 men", "period",
  notes="additional losses by the end of March, if reinforcements continue; relay assumed to be the same interview")

# m04 ----------------------------------------------------------------------
f = "m04-thinktank-assessment"
TT = AUTH("The assessment's authors (think tank, own voice)")
R(f, "a", TT, "", "north_korean", "killed_wounded_or_missing", "people", "reported", "range", 4000, N, 5000, "between 4,000 and 5,000 casualties", "cumulative",
  notes="text defines casualties as killed, wounded and missing")
R(f, "b", TT, "", "north_korean", "killed_wounded_or_missing", "percent_of_force", "reported", "approximate", N, 50, N, "nearly half", "cumulative",
  notes="'that' refers to the 4,000-5,000 casualties")
R(f, "b", TT, "", "north_korean", "deployed", "people", "reported", "approximate", N, 11000, N, "roughly 11,000 troops", "stock",
  notes="initial deployment")
R(f, "c", CMS, "", "north_korean", "killed", "people", "reported", "at_least", 1100, N, N, "no fewer than 1,100 North Korean servicemen", "cumulative",
  notes="report quoted by page (p. 17)")
R(f, "d", CMS, "", "north_korean", "killed_wounded_missing_or_captured", "people", "reported", "exact", 1400, 1400, 1400, "1,400", "period",
  notes="Sudzha sector only, January 9-22; report p. 23; measure defined in the sentence")
R(f, "e", GUR, "", "north_korean", "casualties_unspecified", "people_per_day", "reported", "approximate", N, 30, N, "around 30 a day", "period",
  notes="rate reported in March; 'Ukrainian military intelligence' = GUR")
R(f, "e", GUR, "", "north_korean", "casualties_unspecified", "people_per_day", "reported", "more_than", 100, N, N, "more than 100 a day", "period",
  notes="rate in January")
R(f, "f", TT, "", "north_korean", "killed_wounded_or_missing", "people_per_month", "reported", "approximate", N, 3000, N, "about 3,000 a month", "period",
  notes="January peak; casualties as defined by the text")
R(f, "g", TT, "", "russian", "killed_or_wounded", "people", "reported", "range", 50000, N, 60000, "50,000 to 60,000 killed and wounded", "cumulative")
R(f, "h2", TT, "", "both_sides", "killed_or_wounded", "people", "reported", "more_than", 100000, N, N, "well over 100,000 killed and wounded", "cumulative")
R(f, "i", RUMOD, "", "ukrainian", "casualties_unspecified", "people", "reported", "more_than", 70000, N, N, "more than 70,000 Ukrainian casualties", "cumulative",
  notes="the authors reject the figure as not credible")
R(f, "j", TT, "", "north_korean", "killed_wounded_or_missing", "people", "conditional", "more_than", 6000, N, N, "exceed 6,000", "cumulative",
  notes="projected total by end of June 2025, if the tempo holds")
R(f, "k", TT, "", "north_korean", "deployed", "people", "projected", "range", 3000, N, 5000, "another 3,000 to 5,000 troops", "stock",
  notes="forecast of additional troops by the autumn")

# m05 ----------------------------------------------------------------------
f = "m05-us-broadcaster-officials"
for who in (USO, UKO, KRO):
    R(f, "a", who, "", "north_korean", "killed", "people", "reported", "approximate", N, 1000, N, "about 1,000 killed", "period",
      notes="past three months; one row per country of the anonymous officials")
R(f, "b", USO, "CBN News", "north_korean", "killed_or_wounded", "people", "reported", "more_than", 4000, N, N, "passed 4,000", "cumulative",
  notes="'casualties, including the wounded' read as killed or wounded")
R(f, "c", USO, "CBN News", "north_korean", "casualties_unspecified", "people_per_week", "reported", "at_most", N, N, 200, "as many as 200 soldiers a week", "period",
  notes="rate over the past month; 'the official' = the US official")
R(f, "d", EUO, "", "north_korean", "killed_wounded_or_missing", "percent_of_force", "reported", "at_most", N, N, 33.33, "up to a third of the force it sent", "cumulative")
R(f, "e", KRO, "", "north_korean", "casualties_unspecified", "people", "conditional", "exact", 8000, 8000, 8000, "8,000", "cumulative",
  notes="projected total by end of year if frontal assaults continue")
R(f, "f", WHITCOMBE, "", "north_korean", "deployed", "people", "reported", "approximate", N, 11000, N, "about 11,000 North Korean soldiers", "stock")
R(f, "g", WHITCOMBE, "", "north_korean", "casualties_unspecified", "people", "reported", "none", N, N, N, "significant losses", "unspecified")
R(f, "k", USO, "CBN News", "north_korean", "deployed", "people", "projected", "at_least", 2000, N, N, "at least 2,000 fresh troops", "stock",
  notes="forecast of additional troops before the summer; 'US intelligence' claim voiced by the US official")
R(f, "i", USO, "", "russian", "killed_or_wounded", "people", "reported", "more_than", 790000, N, N, "more than 790,000 killed and wounded", "cumulative",
  notes="area=whole_war; unnamed US defense official, not a Pentagon statement")
R(f, "j", UAO, "CBN News", "north_korean", "captured", "people", "reported", "more_than", 24, N, N, "more than two dozen", "cumulative",
  notes="since January")

# m06 ----------------------------------------------------------------------
f = "m06-feature-field-surgeon"
R(f, "a", MARCHUK, "", "ukrainian", "wounded", "people", "reported", "exact", 64, 64, 64, "64 wounded Ukrainian soldiers", "period",
  notes="one night's intake (11 hours) at one stabilisation point")
R(f, "b", MARCHUK, "", "ukrainian", "wounded", "people_per_day", "reported", "approximate", N, 15, N, "roughly 15 wounded a day", "period",
  notes="past month, one stabilisation point; side inferred from context")
R(f, "b", MARCHUK, "", "ukrainian", "wounded", "people_per_day", "reported", "approximate", N, 40, N, "about 40 a day", "period",
  notes="December")
R(f, "c", OLIINYK, "", "north_korean", "killed", "people", "reported", "more_than", 60, N, N, "more than 60 North Korean bodies", "incident",
  notes="age 29 is not a loss")
R(f, "d", BISON, "", "north_korean", "casualties_unspecified", "percent_of_force", "reported", "more_than", 50, N, N, "most of their men", "cumulative",
  notes="units opposite his company only")
R(f, "e", BISON, "", "ukrainian", "killed_or_missing", "people", "reported", "exact", 14, 14, 14, "14 men killed or missing", "period",
  notes="his own company, January fighting")
R(f, "f", OLIINYK, "", "ukrainian", "deployed", "people", "reported", "exact", 30, 30, 30, "30 men", "stock",
  notes="platoon strength on entry in August")
R(f, "f", OLIINYK, "", "ukrainian", "deployed", "people", "reported", "exact", 11, 11, 11, "down to 11", "stock",
  notes="current platoon strength")
R(f, "f", OLIINYK, "", "ukrainian", "killed", "people", "reported", "exact", 8, 8, 8, "eight have been killed", "cumulative",
  notes="his platoon, since the summer")
R(f, "g", AUTH("The feature's reporter (own voice)"), "", "russian", "captured", "people", "reported", "exact", 2, 2, 2, "Two Russian prisoners", "incident",
  notes="reporter's own observation; taken near Guevo last week")

# m07 ----------------------------------------------------------------------
f = "m07-live-blog"
R(f, "a", RUGS, "RIA Novosti", "ukrainian", "casualties_unspecified", "people", "reported", "more_than", 76000, N, N, "exceeded 76,000 servicemen", "cumulative",
  notes="since August 2024")
R(f, "b", UAO_MIL, "Reuters", "ukrainian", "casualties_unspecified", "people", "reported", "fewer_than", N, N, 300, "fewer than 300 men", "period",
  notes="over the past week")
R(f, "c", JCS, "", "north_korean", "deployed", "people", "reported", "approximate", N, 15000, N, "about 15,000 North Korean troops", "stock",
  notes="total sent to Russia, all rotations")
R(f, "c", JCS, "", "north_korean", "killed_or_wounded", "people", "reported", "approximate", N, 4700, N, "some 4,700 had been killed or wounded", "cumulative")
R(f, "d", DRONECMD, "Ukrainska Pravda", "russian", "casualties_unspecified", "platoons", "reported", "at_most", N, N, 1, "up to a platoon", "incident",
  notes="'hit' undefined")
R(f, "e", USO, "CNN", "russian", "killed_or_wounded", "people", "reported", "range", 60000, N, 70000, "between 60,000 and 70,000 killed and wounded", "cumulative",
  notes="in and around Kursk since August 2024")
R(f, "f", UAMFA, "", "russian", "deployed", "people", "reported", "vague", 20000, N, 99999, "tens of thousands", "stock",
  notes="curator's bounds for 'tens of thousands': 20,000-99,999")
R(f, "g", UKMOD, "", "russian", "casualties_unspecified", "people_per_day", "reported", "approximate", N, 1100, N, "around 1,100 troops a day", "period",
  notes="area=whole_war; April average across all fronts")
R(f, "h2", GUR, "", "north_korean", "killed_or_captured", "people", "reported", "exact", 27, 27, 27, "killed or captured 27 North Korean soldiers", "incident",
  notes="'Ukraine's military intelligence agency, the GUR'")

R(f, "i", UAGS, "", "russian_and_north_korean", "killed_or_wounded", "people", "reported", "approximate", N, 2000, N, "about 2,000 troops killed and wounded", "period",
  notes="combined figure for both allied forces; over the past week")

# m08 ----------------------------------------------------------------------
f = "m08-factcheck-viral-claim"
R(f, "a", VIRAL, "", "north_korean", "killed", "people", "reported", "exact", 30000, 30000, 30000, "30,000 North Korean soldiers", "cumulative",
  notes="claim rated false by the fact-check; cites a purported leaked Pentagon document the Pentagon disowns; 40,000 shares is not a loss")
R(f, "b", PENTAGON, "", "north_korean", "killed_or_wounded", "people", "reported", "approximate", N, 4000, N, "about 4,000 killed and wounded", "cumulative")
R(f, "c", NIS, "", "north_korean", "killed", "people", "reported", "approximate", N, 600, N, "roughly 600 North Koreans had died", "cumulative")
R(f, "c", NIS, "", "north_korean", "killed_or_wounded", "people", "reported", "approximate", N, 4700, N, "about 4,700", "cumulative",
  notes="'total casualties, including the wounded'")
R(f, "d", GUR, "", "north_korean", "killed_or_wounded", "people", "reported", "vague", 4500, N, 4999, "nearly 5,000", "cumulative",
  notes="name differs from ledger: 'Ukraine's Defence Intelligence (HUR)'")
R(f, "e", NIS, "", "north_korean", "deployed", "people", "reported", "approximate", N, 11000, N, "around 11,000 North Korean soldiers", "stock",
  notes="the 30,000 in this sentence repeats the viral claim as a hypothetical; no row for it or for 'nearly three times'")
R(f, "f", VIRAL, "", "north_korean", "deployed", "people", "reported", "exact", 100000, 100000, 100000, "100,000 troops", "stock",
  notes="unsupported claim by the same account")
R(f, "g", VIRAL, "", "ukrainian", "casualties_unspecified", "people", "reported", "exact", 200, 200, 200, "only 200 men", "cumulative",
  notes="unverified")
R(f, "h2", VIRAL, "", "unspecified", "killed", "people", "reported", "exact", 50000, 50000, 50000, "50,000 dead", "unspecified",
  notes="the post does not say whose soldiers")

# ---------------------------------------------------------------------------
# Traps: sentences with numbers that are not loss or troop-count claims
# ---------------------------------------------------------------------------
TRAPS = []


def T(fid, lab, why):
    TRAPS.append((fid, lab, why))


def HR(fid, lab, body):
    TRAPS.append((fid, lab, "headline restates: " + S(fid, body)))


T("m01-wire-nis-briefing", "t1", "missile launch: missile count and flight distance")
T("m01-wire-nis-briefing", "t2", "money ('hundreds of millions of dollars'), not people")
HR("m02-kyiv-brigade-telegram", "h", "a")
T("m02-kyiv-brigade-telegram", "t1", "video length and distance")
T("m02-kyiv-brigade-telegram", "t2", "equipment and drones destroyed")
T("m02-kyiv-brigade-telegram", "t3", "unit number and year")
HR("m03-state-media-mod-summary", "h", "a")
T("m03-state-media-mod-summary", "t1", "equipment destroyed")
T("m03-state-media-mod-summary", "t2", "civilian casualties and houses damaged, not military losses")
T("m03-state-media-mod-summary", "t3", "date of the incursion")
T("m04-thinktank-assessment", "t0", "title with date and duration")
T("m04-thinktank-assessment", "t1", "artillery systems and shells supplied; year")
T("m05-us-broadcaster-officials", "t1", "weapons supplied and calibre")
T("m05-us-broadcaster-officials", "t2", "'one of several areas', two countries, date of pact")
T("m06-feature-field-surgeon", "t1", "distance and number of surgeons")
T("m06-feature-field-surgeon", "t2", "age of the surgeon; 'first weeks'")
T("m06-feature-field-surgeon", "t3", "number of medical points ('one of dozens'), not people")
T("m07-live-blog", "t0", "stand-alone date line")
for i in range(1, 13):
    T("m07-live-blog", "s%d" % i, "stand-alone time stamp")
T("m07-live-blog", "t1", "number of villages")
T("m07-live-blog", "t2", "number of ambulances, not of wounded people")
HR("m08-factcheck-viral-claim", "h", "a")
T("m08-factcheck-viral-claim", "t1", "year of the footage and time since it was posted")
T("m08-factcheck-viral-claim", "t2", "update date")

# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------
NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            r"eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halves|third|thirds|"
            r"quarter|quarters|first|second|fifth|sixth|tenth|twice|single|couple|several|score")
NUM_RE = re.compile(r"\d|\b(?:%s)\b" % NUMWORDS, re.I)

ALLOWED = {
    "whose": {"north_korean", "russian", "russian_and_north_korean", "ukrainian", "south_korean", "both_sides", "unspecified"},
    "measure": {"killed", "wounded", "killed_or_wounded", "missing", "captured", "killed_or_captured", "killed_or_missing",
                "killed_wounded_or_missing", "killed_wounded_missing_or_captured", "casualties_unspecified", "deployed"},
    "counted": {"people", "people_per_day", "people_per_week", "people_per_month", "percent_of_force", "platoons",
                "companies", "battalions", "brigades"},
    "modality": {"reported", "projected", "conditional"},
    "qual": {"exact", "approximate", "more_than", "at_least", "fewer_than", "at_most", "range", "vague", "none"},
    "scope": {"incident", "period", "cumulative", "stock", "unspecified"},
}
BOUNDS = {"exact": "lbh", "approximate": "b", "more_than": "l", "at_least": "l", "at_most": "h",
          "fewer_than": "h", "range": "lh", "vague": "lh", "none": ""}


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, float) and not v.is_integer():
        return ("%.2f" % v).rstrip("0").rstrip(".")
    return str(int(v))


def selfcheck():
    for fid in DOCS:
        n = len(text_of(fid).split())
        assert 220 <= n <= 420, (fid, n)
    gold_sents = set()
    for r in GOLD:
        q = S(r["fid"], r["lab"])
        gold_sents.add((r["fid"], q))
        for k, allowed in ALLOWED.items():
            assert r[k] in allowed, (r["fid"], r["lab"], k, r[k])
        assert r["caw"] in q, (r["fid"], r["lab"], r["caw"])
        have = "".join(c for c, key in (("l", "low"), ("b", "best"), ("h", "high")) if r[key] is not None)
        assert have == BOUNDS[r["qual"]], (r["fid"], r["lab"], r["qual"], have)
        if r["qual"] == "exact":
            assert r["low"] == r["best"] == r["high"]
        if r["counted"].startswith("people_per"):
            pass
        if r["measure"] == "deployed":
            assert r["scope"] == "stock", (r["fid"], r["lab"])
        if r["derived"]:
            S(r["fid"], r["derived"])
    trap_sents = set()
    for fid, lab, why in TRAPS:
        s = S(fid, lab)
        assert NUM_RE.search(s), (fid, lab)
        assert (fid, s) not in gold_sents, (fid, lab)
        trap_sents.add((fid, s))
    for fid in DOCS:
        for s in sentences(fid):
            if NUM_RE.search(s) and (fid, s) not in gold_sents:
                assert (fid, s) in trap_sents, ("number sentence neither gold nor trap", fid, s)


def write():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text_of(fid))
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(FIELDS)
        for r in GOLD:
            cid, cname = r["who"]
            w.writerow(["texts/%s.txt" % r["fid"], S(r["fid"], r["lab"]), cid, cname, r["relay"],
                        r["whose"], r["measure"], r["counted"], r["modality"], r["qual"],
                        fmt(r["low"]), fmt(r["best"]), fmt(r["high"]), r["caw"], r["scope"],
                        S(r["fid"], r["derived"]) if r["derived"] else "", r["notes"]])
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "sentence", "why"])
        for fid, lab, why in TRAPS:
            w.writerow(["texts/%s.txt" % fid, S(fid, lab), why])


if __name__ == "__main__":
    selfcheck()
    write()
    print("texts: %d, gold rows: %d, trap rows: %d" % (len(DOCS), len(GOLD), len(TRAPS)))
    for fid in DOCS:
        print("  %s: %d words" % (fid, len(text_of(fid).split())))
