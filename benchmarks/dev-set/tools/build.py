"""Build the fabricated DEVELOPMENT set: texts/, gold.csv, traps.csv.

Every text is held here as a list of paragraphs (each a list of sentences);
the headline is the first paragraph.  Gold quotes and trap sentences are picked
from these lists by a unique substring, so every quote is verbatim.

All texts, names, figures and quotes are invented.  Run from the dev-set folder:
    python3 tools/build.py && python3 ../check_curated_set.py .
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"
HEADER = ("file,quote,claimant_id,claimant_name,relay_names,whose_losses,measure,"
          "counted_in,modality,qualifier,low,best,high,count_as_written,scope,"
          "derived_from_quote,notes").split(",")

DOCS = {}    # fid -> list of paragraphs (lists of sentences)
GOLD = []    # dicts with HEADER keys
TRAPS = []   # dicts with file, sentence, why

NAMES = {
    "ua-sso": "Special Operations Forces of Ukraine",
    "ru-mod": "Russian Ministry of Defence",
    "kr-nis": "National Intelligence Service (South Korea)",
    "ua-gur": "Defence Intelligence of Ukraine (GUR)",
    "uk-mod": "UK Ministry of Defence",
    "western-officials": "Western officials (unnamed)",
    "kr-officials": "South Korean officials (unnamed)",
    "ua-officials": "Ukrainian officials (unnamed)",
    "us-dod": "US Department of Defense (Pentagon)",
    "us-officials": "US officials (unnamed)",
    "uk-officials": "British officials (unnamed)",
    "us-state-dept": "US Department of State",
    "ua-general-staff": "General Staff of the Armed Forces of Ukraine",
    "ua-shuliak-unit": "Shuliak drone unit (Ukraine)",
    "ua-soldiers-interviewed": "Ukrainian soldiers interviewed by the newspaper",
    "harriet-lowe": "Harriet Lowe, Korea specialist at a London university",
    "ru-security-source": "Source in the Russian security services (unnamed)",
    "gennady-sorokin": "Gennady Sorokin, retired colonel and military expert (Russia)",
    "ua-battalion-commander": "Ukrainian battalion commander (unnamed)",
    "kr-military": "South Korean military",
    "kr-jcs": "Joint Chiefs of Staff (South Korea)",
    "ua-border-guard": "State Border Guard Service of Ukraine",
    "ua-brigade-commander": "Ukrainian brigade commander in Kursk (unnamed)",
    "ru-milblogger-voenny-vestnik": "Voenny Vestnik, Russian military blogger",
    "ua-commanders": "Ukrainian commanders (unnamed)",
}
AUTHOR_NAMES = {
    "d04": "The news article's own voice (outlet not named)",
    "d07": "The Meridian Institute assessment, in its own voice",
    "d09": "KCNA, in its own voice",
    "d10": "The fact-check's own voice (outlet not named)",
    "d12": "The explainer's own voice (outlet not named)",
}


def doc(fid, paras):
    assert fid not in DOCS
    DOCS[fid] = paras


def sentences(fid):
    return [s for p in DOCS[fid] for s in p]


def fname(fid):
    return "texts/" + fid + ".txt"


def _fid(short):
    hits = [f for f in DOCS if f.startswith(short + "-")]
    assert len(hits) == 1, short
    return hits[0]


def find(fid, sub):
    hits = [s for s in sentences(fid) if sub in s]
    assert len(hits) == 1, (fid, sub, hits)
    return hits[0]


def _num(x):
    if x is None:
        return ""
    if float(x) == int(x):
        return str(int(x))
    return str(x)


def G(short, sub, cid, who, meas, qual, vals, caw, scope, counted="people",
      mod="reported", relays="", derived=None, notes=""):
    """One gold row.  vals: a number (exact/approximate/more_than/at_least/
    fewer_than/at_most), a (low, high) pair (range/vague) or None (none)."""
    fid = _fid(short)
    quote = find(fid, sub)
    low = best = high = None
    if qual == "exact":
        low = best = high = vals
    elif qual == "approximate":
        best = vals
    elif qual in ("more_than", "at_least"):
        low = vals
    elif qual in ("fewer_than", "at_most"):
        high = vals
    elif qual in ("range", "vague"):
        low, high = vals
    elif qual == "none":
        assert vals is None
    else:
        raise ValueError(qual)
    assert caw in quote, (short, caw)
    name = AUTHOR_NAMES[short] if cid == "author" else NAMES[cid]
    GOLD.append({
        "file": fname(fid), "quote": quote, "claimant_id": cid, "claimant_name": name,
        "relay_names": relays, "whose_losses": who, "measure": meas,
        "counted_in": counted, "modality": mod, "qualifier": qual,
        "low": _num(low), "best": _num(best), "high": _num(high),
        "count_as_written": caw, "scope": scope,
        "derived_from_quote": find(fid, derived) if derived else "", "notes": notes,
    })


def T(short, sub, why):
    fid = _fid(short)
    TRAPS.append({"file": fname(fid), "sentence": find(fid, sub), "why": why})


def HR(short, headline_sub, body_sub):
    """Headline that only restates a body figure: a trap, no gold row."""
    fid = _fid(short)
    T(short, headline_sub, "headline restates: " + find(fid, body_sub))


# ---------------------------------------------------------------------------
# d01  wire report (AFP style, dateline naming the agency)
# ---------------------------------------------------------------------------
doc("d01-wire-makhnovka-assault", [
    ["Ukraine says 63 North Korean soldiers killed in failed assault on Kursk village"],
    ["KYIV, Ukraine (AFP) \u2014 Ukrainian special forces repelled a North Korean assault on a "
     "village in Russia's Kursk region overnight, killing 63 soldiers and wounding about 40 more, "
     "Ukraine's Special Operations Forces said Tuesday."],
    ["The attack on Makhnovka, which lies about 10 kilometres (six miles) from the Ukrainian "
     "border, began shortly before dawn with infantry moving across snow-covered fields, the "
     "command said in a statement posted on Telegram.",
     "Three North Korean soldiers were taken prisoner, it said, adding that its own losses were "
     "\"minimal\" without giving a number."],
    ["AFP could not independently verify the figures, and North Korea has not acknowledged "
     "sending troops to fight against Ukraine.",
     "Russia's defence ministry made no mention of North Korean troops but said Ukraine had lost "
     "up to 150 servicemen in the Kursk border area over the past day."],
    ["A separate drone strike on a command post near the town of Sudzha killed at least seven "
     "North Korean soldiers, including an officer, the special forces said."],
    ["Seoul's spy agency estimated last month that some 11,000 North Korean troops had been sent "
     "to Russia, most of them to Kursk, where Ukraine has held a pocket of territory since a "
     "surprise incursion in August.",
     "Ukraine's military intelligence agency said on Monday that North Korean losses in the region "
     "since December had reached 3,800 killed and wounded, a figure that could not be confirmed."],
    ["Dmytro, a 24-year-old Ukrainian drone operator who fought near the village and who gave "
     "only his first name in line with military rules, said the North Koreans moved \"in tight "
     "columns, as if nobody had told them about drones.\""],
    ["Russia launched its full-scale invasion of Ukraine in February 2022, and the war is now "
     "approaching its third anniversary."],
])
R = "AFP"
HR("d01", "Ukraine says 63", "killing 63 soldiers")
G("d01", "killing 63 soldiers", "ua-sso", "north_korean", "killed", "exact", 63, "63", "incident", relays=R)
G("d01", "killing 63 soldiers", "ua-sso", "north_korean", "wounded", "approximate", 40, "about 40", "incident", relays=R)
T("d01", "lies about 10 kilometres", "distance")
G("d01", "Three North Korean soldiers", "ua-sso", "north_korean", "captured", "exact", 3, "Three", "incident", relays=R,
  notes="'it' = the Special Operations Forces")
G("d01", "Three North Korean soldiers", "ua-sso", "ukrainian", "casualties_unspecified", "none", None, "minimal", "incident", relays=R,
  notes="own losses 'minimal', no number given")
G("d01", "up to 150 servicemen", "ru-mod", "ukrainian", "casualties_unspecified", "at_most", 150, "up to 150", "period", relays=R)
G("d01", "at least seven", "ua-sso", "north_korean", "killed", "at_least", 7, "at least seven", "incident", relays=R,
  notes="'including an officer' is part of the seven, no separate row")
G("d01", "some 11,000", "kr-nis", "north_korean", "deployed", "approximate", 11000, "some 11,000", "stock", relays=R)
G("d01", "reached 3,800", "ua-gur", "north_korean", "killed_or_wounded", "exact", 3800, "3,800", "cumulative", relays=R)
T("d01", "24-year-old", "age")
T("d01", "third anniversary", "date / years of the war")

# ---------------------------------------------------------------------------
# d02  Korean agency report on an NIS parliamentary briefing (running totals)
# ---------------------------------------------------------------------------
doc("d02-yonhap-nis-briefing", [
    ["(LEAD) N. Korean troop casualties in Russia rise to about 4,700: lawmaker"],
    ["SEOUL, Feb. 27 (Yonhap) -- North Korean troops fighting alongside Russian forces in the "
     "Kursk region have suffered about 4,700 casualties, including some 600 deaths, a ruling party "
     "lawmaker said Thursday, citing the country's spy agency."],
    ["The estimate marks a sharp increase from the National Intelligence Service's (NIS) previous "
     "briefing on Jan. 13, when it put the casualties at 3,000, including around 300 killed, "
     "Rep. Yoon Jae-min of the People Power Party told reporters after a closed-door session of "
     "the parliamentary intelligence committee."],
    ["The number of wounded has also risen, to an estimated 4,100, the NIS told lawmakers, "
     "according to Yoon.",
     "The agency attributed the mounting toll to the North Korean soldiers' lack of experience with "
     "drone warfare and to Russian commanders' use of them in frontal assaults across open ground."],
    ["The NIS also confirmed that two North Korean soldiers captured by Ukrainian forces in a "
     "single operation on Jan. 9 remain in Ukrainian custody, and said it would accept them if "
     "they asked to come to the South."],
    ["According to the agency, about 11,000 North Korean soldiers were initially sent to Russia "
     "last fall, and an additional 1,000 to 1,500 were dispatched in January and February to "
     "replenish the units.",
     "Rep. Park Ji-hoon of the main opposition Democratic Party, who also attended the session, "
     "said the agency had warned that as many as 2,000 more troops could follow by April."],
    ["In exchange, the North is believed to have received air defence systems and technology for "
     "its satellite programme, while supplying Russia with more than 200 long-range artillery "
     "pieces, the NIS said.",
     "The agency added that Pyongyang was keeping the families of deployed soldiers under close "
     "surveillance to stop news of the war from spreading."],
    ["(END)"],
])
R = "Yoon Jae-min > Yonhap"
N1 = "closed-door briefing relayed by Rep. Yoon Jae-min (named in the next sentence)"
HR("d02", "(LEAD)", "SEOUL, Feb. 27")
G("d02", "SEOUL, Feb. 27", "kr-nis", "north_korean", "casualties_unspecified", "approximate", 4700, "about 4,700", "cumulative", relays=R, notes=N1)
G("d02", "SEOUL, Feb. 27", "kr-nis", "north_korean", "killed", "approximate", 600, "some 600", "cumulative", relays=R, notes=N1)
G("d02", "previous briefing on Jan. 13", "kr-nis", "north_korean", "casualties_unspecified", "exact", 3000, "3,000", "cumulative", relays=R,
  notes="earlier estimate (Jan. 13 briefing), superseded")
G("d02", "previous briefing on Jan. 13", "kr-nis", "north_korean", "killed", "approximate", 300, "around 300", "cumulative", relays=R,
  notes="earlier estimate (Jan. 13 briefing), superseded")
G("d02", "an estimated 4,100", "kr-nis", "north_korean", "wounded", "approximate", 4100, "an estimated 4,100", "cumulative", relays=R)
G("d02", "two North Korean soldiers captured", "kr-nis", "north_korean", "captured", "exact", 2, "two", "incident", relays=R,
  notes="same closed-door briefing relayed by Yoon")
G("d02", "about 11,000 North Korean soldiers were initially", "kr-nis", "north_korean", "deployed", "approximate", 11000, "about 11,000", "stock", relays=R)
G("d02", "about 11,000 North Korean soldiers were initially", "kr-nis", "north_korean", "deployed", "range", (1000, 1500), "1,000 to 1,500", "stock", relays=R,
  notes="additional troops already sent (not a forecast)")
G("d02", "as many as 2,000 more", "kr-nis", "north_korean", "deployed", "at_most", 2000, "as many as 2,000", "stock", mod="projected",
  relays="Park Ji-hoon > Yonhap", notes="forecast of additional troops by April")
T("d02", "200 long-range artillery", "artillery pieces")

# ---------------------------------------------------------------------------
# d03  British broadsheet feature (UK MoD update, anonymous Western official)
# ---------------------------------------------------------------------------
doc("d03-broadsheet-feature", [
    ["The soldiers Pyongyang sent to die: inside Kim Jong Un's Kursk gamble"],
    ["Saturday 15 March 2025"],
    ["The snow in the field outside the village of Pogrebki is still churned by tracks and "
     "craters, and the tree line beyond it has been shredded to stumps.",
     "Ukrainian soldiers who showed this newspaper drone footage of the field said they had "
     "counted two dozen North Korean dead there after a single failed assault in early February."],
    ["By the reckoning of Britain's Ministry of Defence, North Korea has now lost roughly a third "
     "of the force it sent to Russia last autumn.",
     "In its latest intelligence update, published on Thursday, the ministry said North Korean "
     "units had probably suffered more than 4,000 casualties since entering combat in December, "
     "and that they were being used as \"expendable assault infantry\".",
     "At the peak of the fighting in January, it assessed, the casualties were running at around "
     "50 a day."],
    ["A Western official, speaking on condition of anonymity to discuss intelligence, put the "
     "number of North Korean dead at between 1,000 and 1,500.",
     "\"They are brave and they are disciplined, and they are being fed into the grinder by people "
     "who regard them as disposable,\" the official said.",
     "Russia's own losses in Kursk were far heavier, the official added, estimating that Moscow had "
     "lost several thousand men killed or wounded in the region since the summer."],
    ["Pyongyang's soldiers, most of them in their early twenties, come largely from the 11th "
     "Corps, an elite formation known at home as the Storm Corps.",
     "According to South Korean intelligence, the first contingent of about 11,000 arrived in "
     "Russia's Far East in October and a further 3,000 followed this year.",
     "Most had never seen a drone before they reached the front."],
    ["The Ukrainian-held salient around Sudzha, which at its height covered some 1,300 square "
     "kilometres, has shrunk to less than a fifth of that size in recent weeks, according to "
     "open-source maps.",
     "Harriet Lowe, a Korea specialist at a London university, said the North could not sustain "
     "such attrition for long.",
     "\"If they keep losing men at this pace, Kim will have to send another 5,000 just to stand "
     "still,\" she said."],
])
T("d03", "Saturday 15 March 2025", "stand-alone date line")
G("d03", "two dozen North Korean dead", "ua-soldiers-interviewed", "north_korean", "killed", "approximate", 24, "two dozen", "incident")
G("d03", "roughly a third", "uk-mod", "north_korean", "casualties_unspecified", "approximate", 33.33, "roughly a third", "cumulative",
  counted="percent_of_force", notes="'lost' undefined; share of the force sent")
G("d03", "more than 4,000 casualties", "uk-mod", "north_korean", "casualties_unspecified", "more_than", 4000, "more than 4,000", "cumulative",
  notes="'probably' in the update; still reported")
G("d03", "around 50 a day", "uk-mod", "north_korean", "casualties_unspecified", "approximate", 50, "around 50", "period",
  counted="people_per_day", notes="rate tied to January; 'it' = the ministry")
G("d03", "between 1,000 and 1,500", "western-officials", "north_korean", "killed", "range", (1000, 1500), "between 1,000 and 1,500", "cumulative")
G("d03", "several thousand men", "western-officials", "russian", "killed_or_wounded", "vague", (3000, 9999), "several thousand", "cumulative",
  notes="'several thousand' read as 3000-9999 by analogy with 'several hundred' 300-999")
T("d03", "11th Corps", "ages and a unit number")
G("d03", "first contingent of about 11,000", "kr-nis", "north_korean", "deployed", "approximate", 11000, "about 11,000", "stock")
G("d03", "first contingent of about 11,000", "kr-nis", "north_korean", "deployed", "exact", 3000, "a further 3,000", "stock",
  notes="additional troops already sent this year")
T("d03", "1,300 square", "area")
G("d03", "another 5,000", "harriet-lowe", "north_korean", "deployed", "exact", 5000, "another 5,000", "stock", mod="conditional",
  notes="if-forecast of additional troops")

# ---------------------------------------------------------------------------
# d04  Ukrainian outlet relaying a drone unit's Telegram post
# ---------------------------------------------------------------------------
doc("d04-drone-unit-telegram", [
    ["Dozens of North Korean soldiers hit by Ukrainian drones in Kursk, unit says"],
    ["Ukrainian drone operators from the Shuliak unit say they killed or wounded 41 North Korean "
     "soldiers over three days of fighting near the village of Nikolayevo-Darino in Russia's "
     "Kursk region.",
     "The unit published a compilation of footage on its Telegram channel on Feb. 8, showing what "
     "it said were strikes on groups of infantry moving through forest belts and across open "
     "ground."],
    ["In the first clip, a first-person-view drone hits a group of six soldiers sheltering by a "
     "tree line; four of them were killed and two wounded, according to the post.",
     "A second strike, on a dugout, killed \"at least nine\" North Koreans, the unit wrote.",
     "The remaining 26, it said, were hit in smaller attacks over the following two days, though "
     "it gave no breakdown between dead and wounded."],
    ["In all, the unit estimated, Russian and North Korean forces lost about 300 men in the area "
     "over the three days.",
     "It also claimed to have destroyed 11 vehicles, three mortar positions and an electronic "
     "warfare system."],
    ["\"We count every one of them on the thermal camera before we post anything,\" the unit's "
     "commander, who uses the call sign Bereg, said in a voice message.",
     "The footage could not be independently verified, and parts of it appear to have been filmed "
     "at night."],
    ["Ukraine's military intelligence agency, known as HUR, estimated last week that North Korean "
     "losses in Kursk had passed 4,000 killed and wounded, while Russia had lost about 38,000 "
     "troops in the region since August.",
     "Kyiv says Pyongyang currently has around 12,000 soldiers in the region, a higher figure than "
     "South Korea's."],
    ["North Korean units have been pulled back from some sectors for regrouping in recent weeks, "
     "according to Ukrainian commanders, but returned to the fighting near Nikolayevo-Darino at "
     "the start of February."],
])
U = "ua-shuliak-unit"
G("d04", "Dozens of North Korean", "author", "north_korean", "killed_or_wounded", "vague", (24, 99), "Dozens", "period",
  derived="killed or wounded 41", notes="headline figure made by the outlet from the unit's 41")
G("d04", "killed or wounded 41", U, "north_korean", "killed_or_wounded", "exact", 41, "41", "period")
T("d04", "on Feb. 8", "date")
G("d04", "four of them were killed", U, "north_korean", "killed", "exact", 4, "four", "incident",
  notes="'a group of six soldiers' is the size of the group, not a loss")
G("d04", "four of them were killed", U, "north_korean", "wounded", "exact", 2, "two", "incident")
G("d04", "at least nine", U, "north_korean", "killed", "at_least", 9, "at least nine", "incident")
G("d04", "The remaining 26", U, "north_korean", "killed_or_wounded", "exact", 26, "26", "period",
  notes="remainder of the 41; 'hit' = killed or wounded as in the total")
G("d04", "about 300 men", U, "russian_and_north_korean", "casualties_unspecified", "approximate", 300, "about 300", "period")
T("d04", "destroyed 11 vehicles", "vehicles and equipment")
T("d04", "every one of them", "'every one' is not a count")
G("d04", "passed 4,000", "ua-gur", "north_korean", "killed_or_wounded", "more_than", 4000, "passed 4,000", "cumulative")
G("d04", "passed 4,000", "ua-gur", "russian", "casualties_unspecified", "approximate", 38000, "about 38,000", "cumulative")
G("d04", "around 12,000 soldiers", "ua-officials", "north_korean", "deployed", "approximate", 12000, "around 12,000", "stock",
  notes="'Kyiv says'; South Korea's lower figure is not given")

# ---------------------------------------------------------------------------
# d05  Ukrainian General Staff daily figure (whole war) with a Kursk line
# ---------------------------------------------------------------------------
doc("d05-general-staff-daily", [
    ["Russia's losses in the war reach 887,340, Ukraine's General Staff says"],
    ["Russia has lost 887,340 military personnel since the start of its full-scale invasion on "
     "Feb. 24, 2022, including 1,210 over the past day, the General Staff of Ukraine's Armed "
     "Forces reported on March 10.",
     "The General Staff says its tally of personnel losses covers Russian soldiers killed and those "
     "wounded badly enough to be taken out of action."],
    ["According to the report, Russia has also lost 10,214 tanks, 21,302 armoured fighting "
     "vehicles, 24,650 artillery systems and 27,940 operational-tactical drones.",
     "The heaviest fighting over the past day was reported on the Pokrovsk axis, where Ukrainian "
     "troops repelled 42 Russian attacks."],
    ["In Russia's Kursk region, where Ukrainian forces have held ground since August, Ukrainian "
     "units repelled 19 assaults, and the enemy lost 214 soldiers over the past day, the General "
     "Staff said.",
     "Since the start of the Kursk operation, Russian losses in the region have reached 52,300, in "
     "addition to 760 soldiers taken prisoner, according to the same report.",
     "The General Staff added that a few hundred North Korean soldiers had been killed or wounded "
     "in the region since the start of the year, without giving an exact figure."],
    ["North Korean units were largely withdrawn from front-line positions in Kursk after suffering "
     "heavy losses in January, the General Staff said in a separate statement."],
    ["Western estimates of Russian losses are generally lower: a Western intelligence official said "
     "last month that Russia had suffered around 700,000 killed and wounded since 2022.",
     "Ukraine does not publish its own losses, and the figures from both sides cannot be "
     "independently verified.",
     "The war has driven more than 6 million Ukrainians to seek refuge abroad, according to the "
     "United Nations refugee agency."],
])
GS = "ua-general-staff"
DEF = "measure from the text's definition of 'personnel losses' (killed and wounded)"
HR("d05", "reach 887,340", "Russia has lost 887,340")
G("d05", "Russia has lost 887,340", GS, "russian", "killed_or_wounded", "exact", 887340, "887,340", "cumulative",
  notes="area=whole_war; " + DEF)
G("d05", "Russia has lost 887,340", GS, "russian", "killed_or_wounded", "exact", 1210, "1,210", "period",
  notes="area=whole_war; over the past day; " + DEF)
T("d05", "10,214 tanks", "equipment and drones")
T("d05", "repelled 42 Russian attacks", "attacks, other front")
G("d05", "lost 214 soldiers", GS, "russian", "killed_or_wounded", "exact", 214, "214", "period",
  notes="Kursk, over the past day; '19 assaults' is not a loss; " + DEF)
G("d05", "reached 52,300", GS, "russian", "killed_or_wounded", "exact", 52300, "52,300", "cumulative", notes=DEF)
G("d05", "reached 52,300", GS, "russian", "captured", "exact", 760, "760", "cumulative")
G("d05", "a few hundred North Korean", GS, "north_korean", "killed_or_wounded", "vague", (200, 499), "a few hundred", "period",
  notes="'a few hundred' read as 200-499 (curator's choice, not in the rules)")
G("d05", "heavy losses in January", GS, "north_korean", "casualties_unspecified", "none", None, "heavy losses", "period")
G("d05", "around 700,000", "western-officials", "russian", "killed_or_wounded", "approximate", 700000, "around 700,000", "cumulative",
  notes="area=whole_war")
T("d05", "6 million Ukrainians", "refugees / population")

# ---------------------------------------------------------------------------
# d06  Russian state media (TASS style): Ukrainian losses in Kursk
# ---------------------------------------------------------------------------
doc("d06-tass-kursk-daily", [
    ["Kiev loses over 230 troops in Kursk area in past day \u2014 Defense Ministry"],
    ["MOSCOW, February 18. /TASS/. The Ukrainian army lost more than 230 servicemen in the Kursk "
     "region over the past 24 hours as Russian forces continued to rout enemy units that had "
     "invaded the region, the Russian Defense Ministry reported on Tuesday."],
    ["\"In addition, four tanks, nine armored combat vehicles, 12 motor vehicles and an electronic "
     "warfare station were destroyed,\" the ministry said.",
     "Army aviation and artillery struck manpower and equipment of five mechanized brigades, an "
     "airborne assault brigade and two marine brigades of the Ukrainian armed forces, the ministry "
     "said."],
    ["Near the settlement of Guyevo, a Ukrainian sabotage group of up to a platoon was destroyed "
     "while trying to cross the border, according to the ministry."],
    ["In total, since the start of hostilities in the Kursk direction, the enemy has lost more "
     "than 61,400 servicemen, 367 tanks, 304 infantry fighting vehicles and 2,150 artillery "
     "pieces, the ministry said."],
    ["On the other sectors of the front, Ukrainian losses over the past day amounted to up to "
     "1,340 servicemen, according to the ministry's battlegroup tallies."],
    ["A source in the Russian security services told TASS that 14 Ukrainian servicemen had "
     "surrendered in the Kursk region over the past week, bringing the number taken prisoner "
     "there since August to more than 900.",
     "According to the source, the Ukrainian command continues to move reserves into the area, "
     "including units transferred from the Pokrovsk direction."],
    ["Retired colonel Gennady Sorokin, a military expert, told TASS that the Ukrainian grouping in "
     "the Kursk region \"has lost more than half of its combat strength\" since the start of the "
     "incursion."],
    ["Ukrainian forces invaded the Kursk region on August 6, 2024.",
     "A counter-terrorist operation regime has been in effect in the region since August 9."],
])
R = "TASS"
HR("d06", "Kiev loses over 230", "MOSCOW, February 18")
G("d06", "MOSCOW, February 18", "ru-mod", "ukrainian", "casualties_unspecified", "more_than", 230, "more than 230", "period", relays=R)
T("d06", "four tanks, nine armored", "equipment")
T("d06", "five mechanized brigades", "formations struck, not formations lost")
G("d06", "up to a platoon", "ru-mod", "ukrainian", "casualties_unspecified", "at_most", 1, "up to a platoon", "incident",
  counted="platoons", relays=R, notes="'destroyed' read as unspecified losses")
G("d06", "more than 61,400", "ru-mod", "ukrainian", "casualties_unspecified", "more_than", 61400, "more than 61,400", "cumulative", relays=R,
  notes="tanks, vehicles and artillery in the same sentence are not losses of people")
G("d06", "up to 1,340", "ru-mod", "ukrainian", "casualties_unspecified", "at_most", 1340, "up to 1,340", "period", relays=R,
  notes="area=other_front")
G("d06", "14 Ukrainian servicemen", "ru-security-source", "ukrainian", "captured", "exact", 14, "14", "period", relays=R,
  notes="'surrendered' counted as captured")
G("d06", "14 Ukrainian servicemen", "ru-security-source", "ukrainian", "captured", "more_than", 900, "more than 900", "cumulative", relays=R)
G("d06", "more than half", "gennady-sorokin", "ukrainian", "casualties_unspecified", "more_than", 50, "more than half", "cumulative",
  counted="percent_of_force", relays=R)
T("d06", "August 6, 2024", "date")
T("d06", "since August 9", "date")

# ---------------------------------------------------------------------------
# d07  think-tank assessment (rates, share of force, projection, conditional)
# ---------------------------------------------------------------------------
doc("d07-thinktank-assessment", [
    ["Kursk Assessment: the attrition of North Korea's expeditionary force"],
    ["14 April 2025"],
    ["North Korean forces in Kursk Oblast have likely suffered between 5,000 and 6,000 casualties "
     "since entering combat in mid-December 2024, the Meridian Institute assesses.",
     "This implies an average loss rate of roughly 45 personnel per day over four months of "
     "combat, though losses were heavily concentrated in January and early February, when they "
     "likely exceeded 100 per day."],
    ["The estimated casualties would amount to nearly half of the roughly 12,000 personnel North "
     "Korea initially deployed to Russia.",
     "South Korea's National Intelligence Service (NIS) reported a lower figure of about 4,700 "
     "casualties as of late February, while Ukraine's military intelligence directorate (HUR) "
     "placed North Korean losses at over 5,500 as of mid-March.",
     "The Institute's estimate draws on 14 open sources, including geolocated footage and "
     "statements by both governments."],
    ["Losses have slowed markedly since mid-March, to roughly 20 casualties per day, as North "
     "Korean units rotated out of the line for retraining.",
     "Fewer than 1,000 North Korean troops now remain in front-line positions, according to "
     "Ukrainian officials.",
     "If the current rate holds, the contingent would suffer another 1,800 casualties by the end of "
     "June, bringing its total to more than 7,000."],
    ["The Institute forecasts that North Korea will send an additional 3,000 to 5,000 personnel to "
     "Russia by the end of summer 2025 to replenish these losses."],
    ["Russian forces have also sustained heavy losses in Kursk, which the Institute does not "
     "attempt to quantify here.",
     "Ukrainian sources estimate that the Russian grouping in Kursk, some 60,000 strong at its "
     "peak, lost about 15 percent of its strength during the February fighting.",
     "Combined losses on both sides in Kursk since August 2024 likely exceed 100,000 killed and "
     "wounded, the Institute estimates."],
    ["Ukraine's foothold in Kursk Oblast has shrunk to under 80 square kilometres from a peak of "
     "about 1,250 square kilometres in late August 2024.",
     "North Korea has also supplied Russia with an estimated 4 million artillery rounds since late "
     "2023, a contribution that likely matters more to the war than its troops."],
])
A = "author"
T("d07", "14 April 2025", "stand-alone date line")
G("d07", "between 5,000 and 6,000", A, "north_korean", "casualties_unspecified", "range", (5000, 6000), "between 5,000 and 6,000", "cumulative")
G("d07", "roughly 45 personnel", A, "north_korean", "casualties_unspecified", "approximate", 45, "roughly 45", "period",
  counted="people_per_day", notes="average over four months of combat")
G("d07", "roughly 45 personnel", A, "north_korean", "casualties_unspecified", "more_than", 100, "exceeded 100", "period",
  counted="people_per_day", notes="January and early February")
G("d07", "nearly half", A, "north_korean", "casualties_unspecified", "vague", (45, 49), "nearly half", "cumulative",
  counted="percent_of_force")
G("d07", "nearly half", A, "north_korean", "deployed", "approximate", 12000, "roughly 12,000", "stock", notes="initial deployment")
G("d07", "about 4,700", "kr-nis", "north_korean", "casualties_unspecified", "approximate", 4700, "about 4,700", "cumulative")
G("d07", "about 4,700", "ua-gur", "north_korean", "casualties_unspecified", "more_than", 5500, "over 5,500", "cumulative")
T("d07", "14 open sources", "count of sources")
G("d07", "roughly 20 casualties", A, "north_korean", "casualties_unspecified", "approximate", 20, "roughly 20", "period",
  counted="people_per_day", notes="since mid-March")
G("d07", "Fewer than 1,000", "ua-officials", "north_korean", "deployed", "fewer_than", 1000, "Fewer than 1,000", "stock",
  notes="troops still in front-line positions")
G("d07", "If the current rate holds", A, "north_korean", "casualties_unspecified", "exact", 1800, "another 1,800", "period",
  mod="conditional", notes="additional losses to a stated horizon (end of June)")
G("d07", "If the current rate holds", A, "north_korean", "casualties_unspecified", "more_than", 7000, "more than 7,000", "cumulative",
  mod="conditional", notes="projected total")
G("d07", "3,000 to 5,000", A, "north_korean", "deployed", "range", (3000, 5000), "3,000 to 5,000", "stock", mod="projected",
  notes="forecast of additional troops")
G("d07", "heavy losses in Kursk", A, "russian", "casualties_unspecified", "none", None, "heavy losses", "unspecified")
G("d07", "some 60,000 strong", "ua-officials", "russian", "deployed", "approximate", 60000, "some 60,000", "stock",
  notes="'Ukrainian sources' taken as unnamed Ukrainian officials; peak strength")
G("d07", "some 60,000 strong", "ua-officials", "russian", "casualties_unspecified", "approximate", 15, "about 15 percent", "period",
  counted="percent_of_force", notes="during the February fighting")
G("d07", "exceed 100,000", A, "both_sides", "killed_or_wounded", "more_than", 100000, "exceed 100,000", "cumulative")
T("d07", "under 80 square", "area")
T("d07", "4 million artillery rounds", "ammunition")

# ---------------------------------------------------------------------------
# d08  US broadcaster: Pentagon officials and State Department
# ---------------------------------------------------------------------------
doc("d08-us-broadcaster-pentagon", [
    ["Pentagon says North Korean troops have suffered at least 4,000 killed or wounded in Kursk"],
    ["WASHINGTON \u2014 North Korean troops fighting for Russia in the Kursk region have suffered "
     "at least 4,000 killed or wounded since they entered combat in December, the Pentagon said "
     "Wednesday in its first public estimate of the toll.",
     "\"We assess that at least 1,000 of those were killed,\" deputy press secretary Marcus Hale "
     "told reporters, calling the number \"a floor, not a ceiling.\""],
    ["Two defense officials, speaking on condition of anonymity to discuss intelligence "
     "assessments, said the real number of dead was probably closer to 1,500.",
     "The officials said Russian losses in Kursk were \"many times higher\" but declined to give a "
     "figure."],
    ["American, British and South Korean officials have all put the initial North Korean "
     "deployment at around 11,000 troops.",
     "At the State Department, spokesperson Dana Whitfield said Pyongyang was \"paying in blood\" "
     "for Russia's war and warned that several thousand more North Korean soldiers could be sent "
     "in the coming months."],
    ["Hale said the Pentagon believed fewer than five North Koreans had been taken prisoner so far.",
     "Ukraine has said little about its own casualties in Kursk, but a Ukrainian battalion "
     "commander told this network in December that his unit had lost up to a company of soldiers "
     "in a single week of fighting."],
    ["The administration on Monday announced a further $500 million security assistance package "
     "for Kyiv, including air defense interceptors and 155mm artillery rounds.",
     "Kursk lies roughly 280 miles southwest of Moscow and borders Ukraine's Sumy region.",
     "Ukraine seized part of the region in a surprise cross-border offensive in August, its first "
     "major incursion into Russian territory in nearly three years of war."],
])
HR("d08", "Pentagon says North Korean troops", "WASHINGTON")
G("d08", "WASHINGTON", "us-dod", "north_korean", "killed_or_wounded", "at_least", 4000, "at least 4,000", "cumulative",
  notes="lower bound")
G("d08", "at least 1,000 of those", "us-dod", "north_korean", "killed", "at_least", 1000, "at least 1,000", "cumulative",
  notes="'a floor, not a ceiling'; spokesman speaks for the Pentagon")
G("d08", "closer to 1,500", "us-officials", "north_korean", "killed", "approximate", 1500, "closer to 1,500", "cumulative",
  notes="two unnamed officials, one claimant")
G("d08", "many times higher", "us-officials", "russian", "casualties_unspecified", "none", None, "many times higher", "unspecified")
for cid in ("us-officials", "uk-officials", "kr-officials"):
    G("d08", "American, British and South Korean", cid, "north_korean", "deployed", "approximate", 11000, "around 11,000", "stock",
      notes="one of three claimants in the same sentence")
G("d08", "Dana Whitfield", "us-state-dept", "north_korean", "deployed", "vague", (3000, 9999), "several thousand", "stock",
  mod="projected", notes="forecast of additional troops; 'several thousand' read as 3000-9999")
G("d08", "fewer than five", "us-dod", "north_korean", "captured", "fewer_than", 5, "fewer than five", "cumulative")
G("d08", "up to a company", "ua-battalion-commander", "ukrainian", "casualties_unspecified", "at_most", 1, "up to a company", "period",
  counted="companies", notes="in a single week")
T("d08", "$500 million", "money and calibre")
T("d08", "280 miles", "distance")
T("d08", "nearly three years", "years of the war")

# ---------------------------------------------------------------------------
# d09  North Korean state media in its own voice
# ---------------------------------------------------------------------------
doc("d09-kcna-heroes", [
    ["Heroic Feats of KPA Fighters in Kursk Liberation Operation Will Shine Forever"],
    ["Pyongyang, May 3 (KCNA) -- A ceremony was held with solemnity in Pyongyang on Friday to "
     "honour the heroic fighters of the Korean People's Army who laid down their precious lives in "
     "the operation to liberate the Kursk area of the Russian Federation.",
     "Present at the ceremony were leading officials of the Party and the government, bereaved "
     "families of the fallen heroes and hundreds of commanders and soldiers of the units that took "
     "part in the operation."],
    ["The heroic fighters, dispatched under the order of the Supreme Commander to fulfil their "
     "internationalist duty under the treaty on comprehensive strategic partnership, displayed the "
     "indomitable spirit of the revolutionary army in every battle.",
     "Their names will be inscribed for ever on a monument to be built in the capital, and the "
     "title of Hero of the DPRK was conferred on 12 fighters of the units, together with the Order "
     "of the National Flag First Class."],
    ["Meanwhile, the puppet intelligence service of south Korea let loose a fresh spate of lies "
     "this week, alleging that \"some 2,000\" servicemen of the KPA had been killed and \"over "
     "4,000\" wounded in the Kursk area.",
     "The puppets even went so far as to claim that \"about 300\" are missing, a charlatan-like "
     "trick to hurt the dignity of the DPRK.",
     "Not content with this, the puppet military warmongers claimed that the DPRK had sent \"about "
     "15,000 troops\" to Russia, a figure cooked up to tarnish the just cause."],
    ["Such groundless claims are nothing but a smear campaign by the US and its stooges, who are "
     "shuddering at the invincible might of the DPRK-Russia alliance.",
     "The heroes will live forever in the hearts of the people, and the state will take care of "
     "their families to the last.",
     "This year marks the 80th anniversary of the liberation of Korea, and the feats of the "
     "fighters will shine all the more brilliantly."],
])
R = "KCNA"
G("d09", "Pyongyang, May 3", A, "north_korean", "killed", "none", None, "laid down their precious lives", "unspecified",
  notes="KCNA acknowledges deaths without a figure")
T("d09", "hundreds of commanders", "ceremony attendees, not a loss or a deployment")
T("d09", "conferred on 12 fighters", "awards")
G("d09", "\"some 2,000\"", "kr-nis", "north_korean", "killed", "approximate", 2000, "some 2,000", "cumulative", relays=R,
  notes="'puppet intelligence service' = NIS; disputed by the text")
G("d09", "\"some 2,000\"", "kr-nis", "north_korean", "wounded", "more_than", 4000, "over 4,000", "cumulative", relays=R,
  notes="disputed by the text")
G("d09", "\"about 300\"", "kr-nis", "north_korean", "missing", "approximate", 300, "about 300", "cumulative", relays=R,
  notes="'the puppets' = the NIS of the previous sentence")
G("d09", "15,000 troops", "kr-military", "north_korean", "deployed", "approximate", 15000, "about 15,000 troops", "stock", relays=R,
  notes="disputed by the text")
T("d09", "80th anniversary", "anniversary / date")

# ---------------------------------------------------------------------------
# d10  fact-check comparing incompatible estimates
# ---------------------------------------------------------------------------
doc("d10-factcheck-estimates", [
    ["Fact check: Thousands of North Korean casualties in Kursk, but no agreement on the dead"],
    ["Four months after North Korean troops entered combat in Russia's Kursk region, the "
     "governments watching the fighting cannot agree on how many of them have died.",
     "We compared the main estimates for the same period, from mid-December to the end of "
     "February."],
    ["The highest comes from Ukraine's military intelligence agency (HUR), which said on March 3 "
     "that more than 4,000 North Korean soldiers had been killed and about 5,500 wounded.",
     "Only weeks earlier, in January, an HUR spokesman had put the number of dead at roughly a "
     "thousand."],
    ["South Korea's National Intelligence Service (NIS) put North Korean casualties at about 4,700 "
     "as of late February, of whom around 600 had been killed.",
     "The Pentagon, in a briefing on Feb. 26, said at least 1,000 had died.",
     "Britain's Ministry of Defence has not offered a death toll, saying only that casualties were "
     "likely \"in the region of several thousand.\""],
    ["Russia has never confirmed that North Korean soldiers are fighting in Kursk, and the Kremlin "
     "dismissed the Ukrainian figures as \"fantasy.\"",
     "Part of the gap is about definitions, said Kim Su-bin, a researcher at a Seoul think tank who "
     "tracks the deployment.",
     "\"The NIS counts deaths it can confirm from several sources; HUR appears to include soldiers "
     "who went missing after assaults and were never seen again,\" she said."],
    ["Adding up claims published by Ukrainian drone units on Telegram gives an even higher figure: "
     "more than 6,000 North Korean soldiers killed or wounded, by our count of 212 posts.",
     "Such tallies almost certainly double-count, since several units often claim the same strike."],
    ["Verdict: the HUR death toll is possible but unproven; the lower estimates from Seoul and "
     "Washington rest on better-documented sources.",
     "This fact check reviewed 23 statements by officials from five governments."],
])
G("d10", "Fact check: Thousands", A, "north_korean", "casualties_unspecified", "vague", (2000, 9999), "Thousands", "cumulative",
  derived="about 4,700", notes="headline figure made by the outlet; closest body figure is the NIS 4,700")
T("d10", "Four months after", "time span")
G("d10", "more than 4,000 North Korean", "ua-gur", "north_korean", "killed", "more_than", 4000, "more than 4,000", "cumulative")
G("d10", "more than 4,000 North Korean", "ua-gur", "north_korean", "wounded", "approximate", 5500, "about 5,500", "cumulative")
G("d10", "roughly a thousand", "ua-gur", "north_korean", "killed", "approximate", 1000, "roughly a thousand", "cumulative",
  notes="earlier (January) estimate, by an unnamed spokesman")
G("d10", "about 4,700", "kr-nis", "north_korean", "casualties_unspecified", "approximate", 4700, "about 4,700", "cumulative")
G("d10", "about 4,700", "kr-nis", "north_korean", "killed", "approximate", 600, "around 600", "cumulative")
G("d10", "at least 1,000 had died", "us-dod", "north_korean", "killed", "at_least", 1000, "at least 1,000", "cumulative")
G("d10", "several thousand.", "uk-mod", "north_korean", "casualties_unspecified", "vague", (3000, 9999), "several thousand", "cumulative",
  notes="'several thousand' read as 3000-9999")
G("d10", "212 posts", A, "north_korean", "killed_or_wounded", "more_than", 6000, "more than 6,000", "cumulative",
  notes="the outlet's own sum of drone units' Telegram claims; '212 posts' is not a loss")
T("d10", "23 statements", "count of sources / governments")

# ---------------------------------------------------------------------------
# d11  live blog
# ---------------------------------------------------------------------------
doc("d11-liveblog", [
    ["Russia-Ukraine war live: North Korean troops back in action in Kursk as Moscow claims gains"],
    ["Friday 7 February 2025"],
    ["08:05 GMT"],
    ["Ukraine's General Staff says Russian forces lost 1,340 troops across the front over the past "
     "day, bringing their total losses since February 2022 to 848,750."],
    ["08:40 GMT"],
    ["Ukraine's border guard service says it repelled a night raid near the Kursk border; two "
     "Russian soldiers were captured, the service says."],
    ["09:15 GMT"],
    ["Reuters, citing a source in Ukraine's military intelligence, reports that around 100 North "
     "Korean soldiers were killed in a failed attack on the village of Kurilovka on Thursday.",
     "The news agency says it could not independently verify the claim."],
    ["10:02 GMT"],
    ["Russia's defence ministry says Ukraine lost up to 195 soldiers in the Kursk region over the "
     "past 24 hours.",
     "The ministry also says its air defences shot down 27 Ukrainian drones over the Kursk and "
     "Belgorod regions overnight."],
    ["11:30 GMT"],
    ["South Korea's Joint Chiefs of Staff say North Korea appears to be preparing to send more "
     "troops to Russia, possibly \"in the thousands.\"",
     "A JCS spokesperson, Col. Noh Tae-gyun, said the North had also suffered \"a significant "
     "number\" of casualties in recent weeks but declined to give a figure."],
    ["12:45 GMT"],
    ["A Ukrainian brigade commander in Kursk, who asked not to be named, tells our correspondent "
     "his unit has lost about a dozen men killed since the start of the month, and many more "
     "wounded."],
    ["13:20 GMT"],
    ["Russian military blogger Voenny Vestnik claims both sides have lost \"hundreds\" in the "
     "fighting around Kurilovka since Monday."],
    ["14:10 GMT"],
    ["Ukrainian outlet RBC-Ukraine, citing the commander of the Shuliak drone unit, reports that "
     "the unit killed or wounded 17 North Korean soldiers near Kurilovka overnight."],
    ["15:30 GMT"],
    ["The Kremlin says it has \"nothing to add\" to the defence ministry's figures and will not "
     "comment on reports about North Korean troops."],
])
T("d11", "Friday 7 February 2025", "stand-alone date line")
for ts in ("08:05", "08:40", "09:15", "10:02", "11:30", "12:45", "13:20", "14:10", "15:30"):
    T("d11", ts + " GMT", "timestamp")
G("d11", "lost 1,340 troops", GS, "russian", "casualties_unspecified", "exact", 1340, "1,340", "period",
  notes="area=whole_war; over the past day, across the front")
G("d11", "lost 1,340 troops", GS, "russian", "casualties_unspecified", "exact", 848750, "848,750", "cumulative",
  notes="area=whole_war")
G("d11", "two Russian soldiers", "ua-border-guard", "russian", "captured", "exact", 2, "two", "incident")
G("d11", "around 100 North Korean", "ua-gur", "north_korean", "killed", "approximate", 100, "around 100", "incident",
  relays="Reuters", notes="unnamed source inside military intelligence")
G("d11", "up to 195", "ru-mod", "ukrainian", "casualties_unspecified", "at_most", 195, "up to 195", "period")
T("d11", "27 Ukrainian drones", "drones")
G("d11", "in the thousands", "kr-jcs", "north_korean", "deployed", "vague", (2000, 9999), "in the thousands", "stock",
  mod="projected", notes="forecast of additional troops; 'thousands' 2000-9999")
G("d11", "a significant", "kr-jcs", "north_korean", "casualties_unspecified", "none", None, "a significant number", "unspecified",
  notes="'in recent weeks' gives no stated period")
G("d11", "about a dozen", "ua-brigade-commander", "ukrainian", "killed", "approximate", 12, "about a dozen", "period",
  notes="since the start of the month")
G("d11", "about a dozen", "ua-brigade-commander", "ukrainian", "wounded", "none", None, "many more wounded", "period")
G("d11", "\"hundreds\"", "ru-milblogger-voenny-vestnik", "both_sides", "casualties_unspecified", "vague", (200, 999), "hundreds", "period",
  notes="since Monday")
G("d11", "17 North Korean", "ua-shuliak-unit", "north_korean", "killed_or_wounded", "exact", 17, "17", "incident",
  relays="RBC-Ukraine", notes="the unit's commander speaks for the unit")

# ---------------------------------------------------------------------------
# d12  long explainer: the year in numbers
# ---------------------------------------------------------------------------
doc("d12-explainer-year-in-numbers", [
    ["Explainer: North Korea's year of war in Kursk, by the numbers"],
    ["When North Korean soldiers first appeared on the Kursk front in late 2024, Seoul estimated "
     "that Pyongyang had sent about 11,000 of them.",
     "Roughly 3,000 reinforcements followed in the first months of this year, according to South "
     "Korea's National Intelligence Service (NIS), and in June the North promised Russia another "
     "6,000 military engineers and builders to help rebuild the region."],
    ["The human cost has risen steadily.",
     "The NIS now puts North Korean deaths at about 2,000, more than double the figure it gave "
     "lawmakers in February.",
     "Its count of killed and wounded combined has also more than doubled since the winter, to "
     "around 6,000.",
     "The wounded, the agency said, number about 4,000.",
     "It also counts soldiers missing in action (around 300), many of them thought to have been "
     "killed by drones and never recovered.",
     "At the height of the fighting in January, the agency said, the North was losing about 90 "
     "soldiers a day."],
    ["Ukraine's military intelligence puts North Korean losses far higher, at more than 7,000 "
     "killed, wounded or missing.",
     "In one of the worst single episodes, during the battle for Sudzha in March, a North Korean "
     "formation lost up to a battalion in two days of assaults, according to Ukrainian commanders."],
    ["Ukraine holds at least two North Korean prisoners, both captured in January.",
     "The prisoners, aged 20 and 26, have asked to be sent to South Korea rather than home.",
     "In the largest swap of the year, on May 23, Russia and Ukraine each released 390 prisoners, "
     "among them soldiers captured in Kursk; neither North Korean was included."],
    ["Russia's own toll in Kursk is harder to pin down.",
     "A Western official estimated in May that about 22,000 Russian soldiers had been killed in the "
     "region since August 2024, and that the number of killed and wounded was \"probably triple "
     "that.\"",
     "Russia's defence ministry, for its part, claims Ukraine lost more than 76,000 troops killed or "
     "wounded during the incursion, a figure Kyiv rejects."],
    ["Money has flowed the other way: a Seoul think tank estimates that the North has earned as "
     "much as $20 billion from its arms and troop deals with Moscow.",
     "Ukraine says it launched more than 9,000 drones at targets in the Kursk region in the first "
     "three months of 2025 alone.",
     "Sudzha, the largest town Ukraine held, lies just 8 kilometres from the border.",
     "Moscow declared the region fully retaken on April 24, a claim Kyiv disputed for weeks.",
     "South Korean officials expect the North to rotate in another 5,000 troops before the end of "
     "the year."],
])
G("d12", "Seoul estimated", "kr-officials", "north_korean", "deployed", "approximate", 11000, "about 11,000", "stock",
  notes="'Seoul' = South Korean government, unnamed")
G("d12", "Roughly 3,000 reinforcements", "kr-nis", "north_korean", "deployed", "approximate", 3000, "Roughly 3,000", "stock")
G("d12", "Roughly 3,000 reinforcements", A, "north_korean", "deployed", "exact", 6000, "another 6,000", "stock", mod="projected",
  notes="promised, not yet sent; military engineers and builders; stated in the author's voice")
G("d12", "deaths at about 2,000", "kr-nis", "north_korean", "killed", "approximate", 2000, "about 2,000", "cumulative",
  notes="'more than double' the February figure, which is not stated")
G("d12", "Its count of killed", "kr-nis", "north_korean", "killed_or_wounded", "approximate", 6000, "around 6,000", "cumulative",
  notes="'Its' = the NIS")
G("d12", "The wounded, the agency said", "kr-nis", "north_korean", "wounded", "approximate", 4000, "about 4,000", "cumulative")
G("d12", "(around 300)", "kr-nis", "north_korean", "missing", "approximate", 300, "around 300", "cumulative")
G("d12", "about 90", "kr-nis", "north_korean", "casualties_unspecified", "approximate", 90, "about 90", "period",
  counted="people_per_day", notes="rate tied to January")
G("d12", "more than 7,000", "ua-gur", "north_korean", "killed_wounded_or_missing", "more_than", 7000, "more than 7,000", "cumulative")
G("d12", "up to a battalion", "ua-commanders", "north_korean", "casualties_unspecified", "at_most", 1, "up to a battalion", "period",
  counted="battalions", notes="in two days of assaults")
G("d12", "at least two North Korean prisoners", A, "north_korean", "captured", "at_least", 2, "at least two", "cumulative")
T("d12", "aged 20 and 26", "ages")
T("d12", "390 prisoners", "prisoners exchanged: people returned, not a loss claim (curator's decision)")
G("d12", "about 22,000", "western-officials", "russian", "killed", "approximate", 22000, "about 22,000", "cumulative")
G("d12", "about 22,000", "western-officials", "russian", "killed_or_wounded", "approximate", 66000, "probably triple", "cumulative",
  notes="stated as 'probably triple that' (of 22,000); best = 66000 derived by the curator")
G("d12", "more than 76,000", "ru-mod", "ukrainian", "killed_or_wounded", "more_than", 76000, "more than 76,000", "cumulative")
T("d12", "$20 billion", "money")
T("d12", "9,000 drones", "drones")
T("d12", "8 kilometres", "distance")
T("d12", "April 24", "date")
G("d12", "another 5,000 troops", "kr-officials", "north_korean", "deployed", "exact", 5000, "another 5,000", "stock", mod="projected",
  notes="forecast of additional troops (rotation)")


def render(fid):
    body = "\n\n".join(" ".join(p) for p in DOCS[fid])
    return body + "\n\n" + TAG + "\n"


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        with open(os.path.join(ROOT, fname(fid)), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render(fid))
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER)
        w.writeheader()
        w.writerows(GOLD)
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "sentence", "why"])
        w.writeheader()
        w.writerows(TRAPS)
    print(f"{len(DOCS)} texts, {len(GOLD)} gold rows, {len(TRAPS)} traps")


if __name__ == "__main__":
    main()
