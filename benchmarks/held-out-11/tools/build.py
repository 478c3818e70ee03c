#!/usr/bin/env python3
"""Build this set: texts/*.txt, gold.csv and traps.csv from the data below.

Every sentence is typed once.  A sentence is an S(...) carrying its gold rows
(R(...)) or a trap reason; DOCS and sentences() are derived from the specs.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FOOTER = "[Fabricated test text for the loss-claims project; not a real report.]"

GOLD_HEADER = ["file", "quote", "claimant_id", "claimant_name", "relay_names",
               "whose_losses", "measure", "counted_in", "modality", "qualifier",
               "low", "best", "high", "count_as_written", "scope",
               "derived_from_quote", "notes"]


class S:
    def __init__(self, text, rows=(), trap=None):
        self.text = text
        self.rows = list(rows)
        self.trap = trap


def R(cid, cname, whose, measure, qualifier, caw, scope, relays="",
      counted_in="people", modality="reported", low="", best="", high="",
      derived=None, notes=""):
    return dict(claimant_id=cid, claimant_name=cname, relay_names=relays,
                whose_losses=whose, measure=measure, counted_in=counted_in,
                modality=modality, qualifier=qualifier, low=low, best=best,
                high=high, count_as_written=caw, scope=scope,
                derived=derived, notes=notes)


def restates(s):
    return "headline restates: " + s.text


# ---------------------------------------------------------------- o01
# Guardian-style long read from a Ukrainian field hospital.
HOSP = "ua-field-hospital-sumy"
HOSP_N = "Surgeons of a Ukrainian field hospital near Sumy"
AUTH01 = "The long read's own voice (correspondent Olena Marsh)"
o01 = [
    [S("‘They kept coming’: the Kursk salient, six months on",
       trap="headline; 'six months' is how long the incursion has lasted, not a loss")],
    [S("Kyiv’s gamble inside Russia has cost thousands of lives on both sides.", [
        R("author", AUTH01, "both_sides", "killed", "vague", "thousands", "cumulative", low=2000, high=9999,
          notes="standfirst in the writer's own voice; 'lives' = killed; vague 'thousands' read as 2,000-9,999; both sides together, kept mixed")]),
     S("Our correspondent spent three weeks with a Ukrainian medical battalion to find out how many.",
       trap="length of the reporting trip; the 'Ukrainian' battalion is the writer's host, no figure of losses")],
    [S("By Olena Marsh, Sumy oblast")],
    [S("The field hospital outside Sumy receives its wounded in batches."),
     S("On the worst night of January, its surgeons told me, 46 soldiers came through the doors in under five hours, and nine of them died before dawn.", [
         R(HOSP, HOSP_N, "ukrainian", "wounded", "exact", "46", "incident", low=46, best=46, high=46,
           notes="casualties arriving at a Ukrainian hospital read as Ukrainian wounded; one night = incident; 'under five hours' is a duration"),
         R(HOSP, HOSP_N, "ukrainian", "killed", "exact", "nine", "incident", low=9, best=9, high=9,
           notes="died of wounds; the nine are among the 46 (overlap, never add)")])],
    [S("Nobody here will give a total."),
     S("Ukraine’s general staff does not publish its own losses, and its spokesman, Col. Andriy Velychko, would say only that Ukrainian losses in Kursk were “many times lower than the enemy’s”.")],
    [S("The enemy’s losses are another matter."),
     S("Ukraine’s military intelligence agency, the HUR, says North Korea has lost about 4,000 men killed or wounded since its troops reached the front in December, a figure it has revised upwards twice.", [
         R("ua-gur", "Ukraine's military intelligence agency (HUR)", "north_korean", "killed_or_wounded", "approximate",
           "about 4,000", "cumulative", best=4000, notes="'since its troops reached the front' = running total; latest of revised estimates")]),
     S("In mid-January the agency’s estimate stood at 1,100.", [
         R("ua-gur", "Ukraine's military intelligence agency (HUR)", "north_korean", "killed_or_wounded", "exact",
           "1,100", "cumulative", low=1100, best=1100, high=1100,
           notes="earlier, superseded estimate of the same running total; measure and side carried from the previous sentence")])],
    [S("A western intelligence official, speaking on condition of anonymity, put the North Korean toll lower: “Perhaps 300 dead, maybe 2,700 wounded – we simply don’t have the bodies to count.”", [
        R("western-officials", "A western intelligence official (unnamed)", "north_korean", "killed", "approximate",
          "Perhaps 300", "cumulative", best=300, notes="'toll' to date; 'perhaps' = approximate"),
        R("western-officials", "A western intelligence official (unnamed)", "north_korean", "wounded", "approximate",
          "maybe 2,700", "cumulative", best=2700, notes="'maybe' = approximate; not added to the killed figure")])],
    [S("Russian military bloggers, for their part, claim that Ukraine has lost 38,000 men in Kursk – a number the Ukrainian commanders I spoke to dismissed as “fantasy”.", [
        R("ru-milbloggers", "Russian military bloggers (unnamed)", "ukrainian", "casualties_unspecified", "exact",
          "38,000", "cumulative", low=38000, best=38000, high=38000,
          notes="Russian claimants, Ukrainian losses; 'lost ... men' undefined = casualties_unspecified; cited only to be disputed")])],
    [S("Capt. Serhiy Danylo, who commands a company of the 80th brigade, keeps his own ledger in a school exercise book.",
       trap="'80th' is the brigade's number, not a loss"),
     S("Of the 112 men he led across the border in August, 31 have since been killed and 40 wounded; another four are missing.", [
         R("ua-capt-danylo", "Capt. Serhiy Danylo, Ukrainian company commander", "ukrainian", "deployed", "exact", "112", "stock",
           low=112, best=112, high=112, notes="the company's strength when it crossed in August (troops present), not a loss"),
         R("ua-capt-danylo", "Capt. Serhiy Danylo, Ukrainian company commander", "ukrainian", "killed", "exact", "31", "cumulative",
           low=31, best=31, high=31, notes="'have since been' = running total since August"),
         R("ua-capt-danylo", "Capt. Serhiy Danylo, Ukrainian company commander", "ukrainian", "wounded", "exact", "40", "cumulative",
           low=40, best=40, high=40),
         R("ua-capt-danylo", "Capt. Serhiy Danylo, Ukrainian company commander", "ukrainian", "missing", "exact", "four", "cumulative",
           low=4, best=4, high=4)]),
     S("“Two-thirds of my company is gone,” he said.", [
         R("ua-capt-danylo", "Capt. Serhiy Danylo, Ukrainian company commander", "ukrainian", "killed_wounded_or_missing",
           "approximate", "Two-thirds", "cumulative", counted_in="percent_of_force", best=66.67,
           notes="'gone' = the killed, wounded and missing he has just listed; a share of the 112, word fraction read as approximate")]),
     S("He is 24.", trap="the captain's age")],
    [S("Back at the hospital, a whiteboard by the triage tent lists the week’s arrivals from the Kursk direction: 212 wounded and 17 dead.", [
        R(HOSP, HOSP_N, "ukrainian", "wounded", "exact", "212", "period", low=212, best=212, high=212,
          notes="the hospital's own board; 'the week's' = stated period; Ukrainian side inferred from the hospital"),
        R(HOSP, HOSP_N, "ukrainian", "killed", "exact", "17", "period", low=17, best=17, high=17)]),
     S("Beneath it someone has written the number of days since the hospital was last shelled: 11.",
       trap="days since shelling, not a loss")],
    [S("The surgeons no longer expect the board to be wiped clean.")],
]

# ---------------------------------------------------------------- o02
# TASS-style Russian ministry summary retold by an English wire.
WIRE = "TASS > Caspian Wire"
RUMOD = "Russia's Defence Ministry"
o02_s1 = S("MOSCOW, Jan 21 (Caspian Wire) – Russia’s Defence Ministry said on Tuesday that Ukraine had lost more than 310 servicemen in the Kursk region over the past 24 hours, according to a summary carried by the state news agency TASS.", [
    R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "more_than", "more than 310", "period", relays=WIRE, low=310,
      notes="'lost' undefined = casualties_unspecified; past 24 hours = stated period; the wire credited in the dateline is the last relay")])
o02 = [
    [S("Russia says Ukraine lost over 310 troops in Kursk region in a day", trap=restates(o02_s1))],
    [o02_s1],
    [S("The ministry said its North group of forces had also destroyed two tanks, five armoured fighting vehicles and 14 motor vehicles.",
       trap="equipment, not people"),
     S("Since the start of the Ukrainian incursion in August, the enemy has lost more than 52,600 servicemen in the Kursk direction, the summary said.", [
         R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "more_than", "more than 52,600", "cumulative", relays=WIRE,
           low=52600, notes="running total since August; 'Ukrainian incursion' names the operation, the enemy's losses are Ukrainian")])],
    [S("Among the units it named were the 22nd and 61st mechanised brigades, two battalions of which it described as “fully destroyed” near the village of Makhnovka.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "exact", "two battalions", "unspecified", relays=WIRE,
          counted_in="battalions", low=2, best=2, high=2,
          notes="formations, not people; 'fully destroyed' undefined; brigade numbers are not figures; no date given")]),
     S("“The enemy continues to suffer losses of some 250 to 300 servicemen a day,” the summary said.", [
         R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "range", "250 to 300", "unspecified", relays=WIRE,
           counted_in="people_per_day", low=250, high=300, notes="a rate with no stated window")])],
    [S("A day earlier, the ministry had put Ukrainian losses over the previous 24 hours at up to 280 servicemen.", [
        R("ru-mod", RUMOD, "ukrainian", "casualties_unspecified", "at_most", "up to 280", "period", relays=WIRE, high=280,
          notes="the previous day's summary (Monday); 'up to' = at most")]),
     S("It said Russian units had repelled 43 Ukrainian counter-attacks in the past week.",
       trap="counter-attacks repelled, not people; nationality words are not whose losses"),
     S("Regional authorities said some 1,200 civilians had been evacuated from border villages since New Year.",
       trap="civilians evacuated, not losses")],
    [S("The ministry did not give any figure for Russian casualties."),
     S("Ukraine’s General Staff, which publishes its own daily tally of enemy losses, said on Tuesday that Russia had lost 1,470 troops along the entire front over the same 24 hours, without giving a separate figure for Kursk.", [
         R("ua-general-staff", "General Staff of Ukraine's Armed Forces", "russian", "casualties_unspecified", "exact", "1,470",
           "period", relays="Caspian Wire", low=1470, best=1470, high=1470,
           notes="whole front, not Kursk; the wire reports the General Staff directly")])],
    [S("Kyiv also rejected a claim by the Russian ministry, made last week, that 300 Ukrainian soldiers had surrendered near the village of Sverdlikovo.", [
        R("ru-mod", RUMOD, "ukrainian", "captured", "exact", "300", "incident", relays="Caspian Wire",
          low=300, best=300, high=300,
          notes="surrendered = captured; cited only to be disputed; 'last week' is when the claim was made; reported by the wire, not via TASS")]),
     S("“Not a single unit has laid down its arms,” said Lt. Col. Oleksiy Dmytrenko, a spokesman for Ukraine’s forces in the Kursk area.")],
    [S("On Monday, 25 Ukrainian and 25 Russian prisoners of war were exchanged in a deal brokered by the United Arab Emirates.",
       trap="prisoners exchanged, not captured or lost"),
     S("Neither side’s battlefield figures can be independently verified, and analysts say both routinely inflate enemy losses.")],
]

# ---------------------------------------------------------------- o03
# Korean TV news script: lawmakers relay the NIS.
PARK = "Rep. Park Sun-il"
NIS = "South Korea's National Intelligence Service (NIS)"
o03_body = S("[REPORTER] Rep. Park Sun-il, who briefed reporters after a closed-door session of the National Assembly’s intelligence committee, said the National Intelligence Service now estimates that about 300 North Korean soldiers have been killed and about 2,700 wounded since they entered combat in December.", [
    R("kr-nis", NIS, "north_korean", "killed", "approximate", "about 300", "cumulative", relays=PARK, best=300,
      notes="the lawmaker who briefed reporters is the relay"),
    R("kr-nis", NIS, "north_korean", "wounded", "approximate", "about 2,700", "cumulative", relays=PARK, best=2700)])
o03 = [
    [S("KNB News at Nine — Monday 13 January 2025 — transcript", trap="programme title and broadcast date")],
    [S("[ANCHOR] The number of North Korean soldiers killed or wounded in Russia’s Kursk region has now reached around 3,000, according to lawmakers briefed by Seoul’s spy agency today.", [
        R("author", "KNB News (the broadcaster's own voice)", "north_korean", "killed_or_wounded", "approximate", "around 3,000",
          "cumulative", best=3000, derived=o03_body,
          notes="the anchor's own sum of the NIS's about 300 killed and about 2,700 wounded; the NIS gave no combined figure")]),
     S("[ANCHOR] Political correspondent Choi Min-ji reports.")],
    [o03_body,
     S("[REPORTER] Park said the agency had also confirmed that two North Korean soldiers were captured by Ukrainian forces last week.", [
         R("kr-nis", NIS, "north_korean", "captured", "exact", "two", "period", relays=PARK, low=2, best=2, high=2,
           notes="surname only on second mention; 'last week' = stated period; captured by Ukrainians, the captives are North Korean")]),
     S("[REPORTER] According to the NIS, the losses have fallen on a force of some 11,000 troops sent to Kursk, and Pyongyang is believed to be preparing to send more.", [
         R("kr-nis", NIS, "north_korean", "deployed", "approximate", "some 11,000", "stock", relays=PARK, best=11000,
           notes="troops deployed, not lost; relay inferred from the briefing")])],
    [S("[SOUND BITE — Rep. Park Sun-il] “The agency’s view is that if the troops keep fighting the way they are now, casualties could pass 8,000 by April.”", [
        R("kr-nis", NIS, "north_korean", "casualties_unspecified", "more_than", "pass 8,000", "cumulative", relays=PARK,
          modality="conditional", low=8000, notes="if-then; 'casualties' undefined; total by April")]),
     S("[REPORTER] The NIS attributed the heavy toll to the troops’ lack of experience against drones, and said some had taken their own lives rather than be captured.")],
    [S("[REPORTER] Kyiv’s estimate is higher: Ukraine’s military intelligence agency said on Friday that North Korean killed and wounded had passed 3,800.", [
        R("ua-gur", "Ukraine's military intelligence agency (HUR)", "north_korean", "killed_or_wounded", "more_than", "passed 3,800",
          "cumulative", low=3800, notes="Friday report; running total")]),
     S("[REPORTER] A US defence official, speaking to KNB on condition of anonymity, said Washington counted “well over a thousand” North Korean killed and wounded.", [
         R("us-officials", "A US defence official (unnamed)", "north_korean", "killed_or_wounded", "more_than", "well over a thousand",
           "cumulative", low=1000, notes="'well over' = more than; spoke to the broadcaster directly")])],
    [S("[REPORTER] The NIS also said North Korea has shipped more than 200 long-range artillery pieces and multiple rocket launchers to Russia.",
       trap="equipment, not people"),
     S("[REPORTER] The two captured soldiers, aged 20 and 26, are being questioned by Ukraine’s security service.",
       trap="ages; 'two captured' restates the NIS capture figure above, no new claim"),
     S("[REPORTER] Choi Min-ji, KNB News, at the National Assembly in Yeouido.")],
]
o03 = [[s] for para in o03 for s in para]   # a script: one speaker line per paragraph

# ---------------------------------------------------------------- o04
# Hansard-style parliamentary exchange.
ASHBY = "Tom Ashby"
DI = "UK Defence Intelligence"
UKMOD = "Tom Ashby, Minister for the Armed Forces (UK MoD)"
CARROW = "Mrs Helen Carrow MP"
PELL = "Dr Iain Pell"
o04 = [
    [S("North Korean Forces: Kursk")],
    [S("Volume 762: debated on Wednesday 12 February 2025", trap="volume number and date of the debate")],
    [S("1. Mrs Helen Carrow (Dunmere) (LD): What recent assessment he has made of the losses suffered by North Korean forces in the Kursk region.",
       trap="order-paper question number")],
    [S("The Minister for the Armed Forces (Tom Ashby): Defence Intelligence assesses that of the approximately 11,000 North Korean personnel deployed to Kursk, around 4,000 have been killed or wounded to date.", [
        R("uk-defence-intelligence", DI, "north_korean", "deployed", "approximate", "approximately 11,000", "stock", relays=ASHBY,
          best=11000, notes="the minister passes on Defence Intelligence's assessment"),
        R("uk-defence-intelligence", DI, "north_korean", "killed_or_wounded", "approximate", "around 4,000", "cumulative",
          relays=ASHBY, best=4000, notes="'to date' = running total")]),
     S("Defence Intelligence judges that more than a third of the deployed force has been killed or wounded in little over two months of combat.", [
         R("uk-defence-intelligence", DI, "north_korean", "killed_or_wounded", "more_than", "more than a third", "cumulative",
           relays=ASHBY, counted_in="percent_of_force", low=33.33,
           notes="share of the 11,000 deployed; 'two months' is the time since entry to combat, running total")])],
    [S("Mrs Carrow: I thank the Minister for that answer."),
     S("Reports in the Korean press suggest that Pyongyang may send a further 6,000 men by the spring.", [
         R("kr-media-unnamed", "South Korean press reports (unnamed)", "north_korean", "deployed", "exact", "a further 6,000",
           "stock", relays=CARROW, modality="projected", low=6000, best=6000, high=6000,
           notes="a planned further deployment, not a loss; 'Korean press' read as the South Korean press; the MP relays it")]),
     S("If that happens, and losses continue at the present rate of some 60 a day, North Korea could lose as many as 10,000 men by the summer.", [
         R("uk-mp-carrow", CARROW, "north_korean", "casualties_unspecified", "approximate", "some 60 a day", "unspecified",
           counted_in="people_per_day", best=60, notes="the MP's own statement of the present rate (reported); no window stated"),
         R("uk-mp-carrow", CARROW, "north_korean", "casualties_unspecified", "at_most", "as many as 10,000", "cumulative",
           modality="conditional", high=10000, notes="if-then; 'as many as' = at most; total by summer")]),
     S("What is the Government doing to ensure that the lessons Pyongyang learns in Kursk are not carried back to the Korean peninsula?")],
    [S("Tom Ashby: The hon. Lady is right to raise this."),
     S("I will not speculate on future deployments, but I can tell the House that Ukraine holds two North Korean prisoners, and we are in contact with Kyiv about them.", [
         R("uk-mod", UKMOD, "north_korean", "captured", "exact", "two", "cumulative", low=2, best=2, high=2,
           notes="the minister in his own voice takes the ministry's id; prisoners held to date")])],
    [S("Dr Iain Pell (Kelvinside East) (SNP): The Russian Defence Ministry claims that Ukraine has lost 60,000 troops in Kursk, while Ukraine’s general staff says Russian and North Korean losses there have reached 38,000.", [
        R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "exact", "60,000", "cumulative",
          relays=PELL, low=60000, best=60000, high=60000, notes="Russian claimant, Ukrainian losses; the MP relays it"),
        R("ua-general-staff", "General Staff of Ukraine's Armed Forces", "russian_and_north_korean", "casualties_unspecified",
          "exact", "38,000", "cumulative", relays=PELL, low=38000, best=38000, high=38000,
          notes="mixed Russian and North Korean count kept mixed")]),
     S("Which of those figures does the Government accept?")],
    [S("Tom Ashby: Neither in full."),
     S("We assess Russian losses in Kursk since the start of January at roughly 1,500 killed or wounded a week, which is broadly consistent with Ukrainian reporting, and we regard the Russian claim as greatly exaggerated.", [
         R("uk-mod", UKMOD, "russian", "killed_or_wounded", "approximate", "roughly 1,500", "period",
           counted_in="people_per_week", best=1500,
           notes="a weekly rate over a stated window (since the start of January); 'Ukrainian reporting' is not a claimant of this figure; disputes the Russian 60,000")])],
    [S("Mr Speaker: Order. I call question 2, Sir Malcolm Rede.", trap="order-paper question number")],
]

# ---------------------------------------------------------------- o05
# 38 North-style satellite-imagery analysis.
YM = "Yalu Monitor (the analysts' own voice)"
o05 = [
    [S("Yalu Monitor | Imagery Analysis")],
    [S("New Burials at Two Military Cemeteries Point to Pyongyang’s Kursk Losses", trap="number of cemeteries, not a loss")],
    [S("By Daniel Osei and Ha Eun-bi")],
    [S("Commercial satellite imagery of the Korean People’s Army cemetery at Sinmi-ri, north-east of Pyongyang, shows a sustained expansion since the spring."),
     S("Between imagery dated March 4 and June 9, 2025, at least 240 new grave markers appeared in a previously empty terrace on the cemetery’s eastern slope.", [
         R("author", YM, "north_korean", "killed", "at_least", "at least 240", "period", low=240,
           notes="the analysts' own count of graves from imagery (evidence: photo); the period is between two image dates; tie to Kursk is their assessment in the next sentence")]),
     S("We assess that most of these are likely linked to the deployment to Russia’s Kursk region, although the imagery alone cannot confirm who is buried there."),
     S("The new terrace measures roughly 80 by 45 metres and is served by a freshly graded access road.", trap="dimensions of the site")],
    [S("A second site, at Ryongsong, shows about 60 fresh plots over the same period beside a memorial that was rebuilt in May.", [
        R("author", YM, "north_korean", "killed", "approximate", "about 60", "period", best=60,
          notes="the analysts' count of plots over the same imagery window")]),
     S("The older sections of both cemeteries hold the graves of Korean War veterans, some 1,200 of whom have been buried at Sinmi-ri since the 1990s.",
       trap="veterans who died in later life, buried over decades; not losses of any fighting")],
    [S("These figures should be read against the intelligence estimates."),
     S("South Korea’s National Intelligence Service told lawmakers on April 30 that about 700 North Korean soldiers had been killed in Kursk, out of some 4,900 casualties in all.", [
         R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "about 700",
           "cumulative", relays="South Korean lawmakers", best=700, notes="briefing relayed by unnamed lawmakers"),
         R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "casualties_unspecified", "approximate",
           "some 4,900", "cumulative", relays="South Korean lawmakers", best=4900,
           notes="'casualties in all' undefined; includes the 700 killed")]),
     S("If the same ratio holds for the roughly 14,000 troops Seoul believes have now rotated through Russia, total deaths would be nearer 2,000.", [
         R("kr-officials", "South Korean government ('Seoul')", "north_korean", "deployed", "approximate", "roughly 14,000", "stock",
           best=14000, notes="'Seoul' = South Korean officials; troops rotated through, not lost"),
         R("author", YM, "north_korean", "killed", "approximate", "nearer 2,000", "cumulative", modality="conditional",
           best=2000, notes="the analysts' own if-then extrapolation from the NIS ratio")]),
     S("On that reading, the graves we count would represent well under half of the dead.",
       trap="a share the graves represent, no loss figure")],
    [S("North Korean state television’s broadcast of the August 21 ceremony in Pyongyang, at which Kim Jong Un honoured the fallen, showed portraits of what we count as 118 soldiers.", [
        R("author", YM, "north_korean", "killed", "exact", "118", "cumulative", low=118, best=118, high=118,
          notes="the analysts' own count from state footage (evidence: footage); state TV gave no figure, so the claimant is the author, not state media")]),
     S("Pyongyang has not published a figure of its own."),
     S("Imagery of Sunan airfield on the same day shows three Il-76 transport aircraft, the type used to fly troops home.",
       trap="aircraft, not people")],
    [S("Methodology: our counts are of visible markers and may miss unmarked or mass graves; they should be treated as a floor.")],
]

# ---------------------------------------------------------------- o06
# A Telegram channel's post retold by an OSINT newsletter.
SV = "Severny Veter (Russian Telegram channel)"
FL = "The Frontline Ledger (the newsletter's own voice)"
o06_s1 = S("On Saturday evening the Russian Telegram channel Severny Veter posted that a Ukrainian drone strike on a former school in Tetkino had killed 27 Russian marines and left “dozens” wounded.", [
    R("ru-telegram-severny-veter", SV, "russian", "killed", "exact", "27", "incident", low=27, best=27, high=27,
      notes="a Russian channel acknowledging Russian losses; 'Ukrainian drone' is who struck, not whose losses"),
    R("ru-telegram-severny-veter", SV, "russian", "wounded", "vague", "dozens", "incident", low=24, high=99,
      notes="vague 'dozens' read as 24-99")])
o06 = [
    [S("The Frontline Ledger · Issue 47 · Tuesday, 11 March 2025", trap="issue number and date")],
    [S("Pro-Kremlin channel reports 27 marines killed in Tetkino drone strike", trap=restates(o06_s1))],
    [o06_s1,
     S("The post, which the channel deleted within two hours, has been widely reposted.", trap="time before deletion"),
     S("Severny Veter, which has about 380,000 subscribers, is run by a former officer and usually reflects the mood of units fighting in the Kursk region.",
       trap="subscribers, not people lost")],
    [S("We geolocated the post’s two photographs to a building 1.3 km from the border.", trap="photographs and distance"),
     S("Scorch marks and a collapsed roof are visible in Sentinel imagery from Sunday.")],
    [S("Ukraine’s Air Assault Forces said on Sunday that over four days of fighting around Tetkino they had killed more than 150 Russian servicemen, including “up to a company” of marines in the school strike.", [
        R("ua-air-assault-forces", "Ukraine's Air Assault Forces", "russian", "killed", "more_than", "more than 150", "period",
          low=150, notes="over four days = stated period"),
        R("ua-air-assault-forces", "Ukraine's Air Assault Forces", "russian", "killed", "at_most", "up to a company", "incident",
          counted_in="companies", high=1, notes="formation, not people; included in the 150")]),
     S("A rival pro-Kremlin channel, Voenny Osvedomitel, called Severny Veter’s figure “panic-mongering” and said only three men had been lightly wounded.", [
         R("ru-telegram-voenny-osvedomitel", "Voenny Osvedomitel (Russian Telegram channel)", "russian", "wounded", "exact", "three",
           "incident", low=3, best=3, high=3, notes="disputes the 27 killed; same strike")]),
     S("Russia’s Defence Ministry did not comment on the strike; its summary for Saturday claimed Ukrainian losses of up to 180 servicemen in the Kursk direction.", [
         R("ru-mod", "Russia's Defence Ministry", "ukrainian", "casualties_unspecified", "at_most", "up to 180", "period",
           high=180, notes="one day's summary; 'losses' undefined")])],
    [S("Our tally.")],
    [S("Our running count of Russian servicemen killed in the Kursk fighting and confirmed by name — from obituaries, funeral notices and relatives’ posts — now stands at 1,912, up from 1,840 in our last issue.", [
         R("author", FL, "russian", "killed", "exact", "1,912", "cumulative", low=1912, best=1912, high=1912,
           notes="the newsletter's own named-dead count"),
         R("author", FL, "russian", "killed", "exact", "1,840", "cumulative", low=1840, best=1840, high=1840,
           notes="the same count as of the previous issue (superseded)")]),
     S("Of the 1,912, 212 were mobilised men and 96 were convicts recruited from prison colonies.", [
         R("author", FL, "russian", "killed", "exact", "212", "cumulative", low=212, best=212, high=212,
           notes="subset of the 1,912 (mobilised)"),
         R("author", FL, "russian", "killed", "exact", "96", "cumulative", low=96, best=96, high=96,
           notes="subset of the 1,912 (convicts)")]),
     S("Officers make up roughly 6 percent of the named dead.", trap="a share of the named dead, not of a force"),
     S("None of the 27 marines claimed by Severny Veter has yet appeared in our list.",
       trap="restates the channel's claim; no new count")],
]

# ---------------------------------------------------------------- o07
# Q&A explainer.
ND = "The Northern Dispatch (the explainer's own voice)"
o07_nis = S("The NIS, which briefs lawmakers behind closed doors, said in September that around 2,000 North Koreans had been killed since the deployment began.", [
    R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "killed", "approximate", "around 2,000",
      "cumulative", relays="South Korean lawmakers", best=2000, notes="relay inferred from the closed-door briefing")])
o07 = [
    [S("Explainer: how many North Korean soldiers have died in Kursk?")],
    [S("Ten months after North Korean troops first went into battle in Kursk, the question still has no firm answer.",
       trap="time elapsed, not a loss")],
    [S("How many troops did Pyongyang send?")],
    [
     S("US and South Korean officials said last autumn that about 11,000 North Korean troops had been sent to Russia.", [
         R("us-officials", "US officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000", "stock", best=11000,
           notes="list of claimants: one row each"),
         R("kr-officials", "South Korean officials (unnamed)", "north_korean", "deployed", "approximate", "about 11,000", "stock",
           best=11000)]),
     S("Seoul’s National Intelligence Service later estimated that another 3,000 followed in January and February.", [
         R("kr-nis", "South Korea's National Intelligence Service (NIS)", "north_korean", "deployed", "approximate",
           "another 3,000", "stock", best=3000, notes="reinforcements; 'estimated' = approximate")]),
     S("In return, Pyongyang is thought to have received oil, air-defence systems and cash worth up to $20bn, according to one South Korean think tank.",
       trap="money and goods, not people")],
    [S("How many have been killed?")],
    [
     S("Estimates vary widely."),
     o07_nis,
     S("Ukraine’s military intelligence put North Korean killed and wounded at more than 4,000 as early as January; its latest figure is nearly 6,000.", [
         R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed_or_wounded", "more_than", "more than 4,000",
           "cumulative", low=4000, notes="earlier estimate (January), superseded"),
         R("ua-gur", "Ukraine's military intelligence (HUR)", "north_korean", "killed_or_wounded", "vague", "nearly 6,000",
           "cumulative", low=5400, high=5999, notes="latest estimate; 'nearly N' read as 0.9N to N-1")]),
     S("Pyongyang has never published a figure, though state media now speak openly of soldiers who “fell heroically” in Kursk.")],
    [S("What share of the force is that?")],
    [
     S("If the NIS numbers are right, roughly one in seven of the troops sent has been killed.", [
         R("author", ND, "north_korean", "killed", "approximate", "one in seven", "cumulative", modality="conditional",
           counted_in="percent_of_force", best=14.29, derived=o07_nis,
           notes="the outlet's own share made from the NIS figures (2,000 of about 14,000); if-then")])],
    [S("Why do the figures differ so much?")],
    [
     S("Much of the Ukrainian count rests on drone footage, which analysts say can count the same soldier twice."),
     S("One European intelligence officer told us that Ukrainian drone units had claimed “more than 900” North Koreans killed in a single week in December, a figure his service regards as inflated by about half.", [
         R("ua-drone-units", "Ukrainian drone units (unnamed)", "north_korean", "killed", "more_than", "more than 900", "period",
           relays="a European intelligence officer", low=900,
           notes="cited to be disputed; 'about half' is the inflation, not a loss figure; no corrected figure is stated")])],
    [S("Have any been captured?")],
    [
     S("Ukraine says it holds two North Korean prisoners, both taken in January.", [
         R("ua-officials", "Ukrainian officials ('Ukraine')", "north_korean", "captured", "exact", "two", "cumulative",
           low=2, best=2, high=2, notes="'Ukraine says' = Ukrainian officials; held to date")]),
     S("Ukraine’s SBU security service has said one of them, aged 26, was a sniper.", trap="age; restates one of the two prisoners"),
     S("Seoul has said it would accept the two if they asked to defect.", trap="restates the two prisoners; no new count")],
    [S("And Russia’s own losses in Kursk?")],
    [
     S("The independent Russian outlet Perimetr, which counts the dead by name from obituaries, had confirmed 3,400 soldiers killed in the Kursk region by October.", [
         R("perimetr", "Perimetr (independent Russian outlet)", "russian", "killed", "exact", "3,400", "cumulative",
           low=3400, best=3400, high=3400, notes="named-dead count to October")]),
     S("Ukraine does not publish its losses there; Moscow claims more than 76,000, a figure Kyiv calls propaganda.", [
         R("ru-officials", "Russian officials ('Moscow')", "ukrainian", "casualties_unspecified", "more_than", "more than 76,000",
           "cumulative", low=76000, notes="'Moscow' = Russian officials; Ukrainian losses; cited to be disputed")])],
]

# ---------------------------------------------------------------- o08
# Press-conference transcript of a NATO official.
NATO = "NATO (Deputy Spokesperson Maren Holt)"
o08 = [
    [S("Press conference by NATO Deputy Spokesperson Maren Holt, NATO Headquarters, Brussels, Thursday 4 December 2025",
       trap="date of the press conference")],
    [S("MAREN HOLT (NATO Deputy Spokesperson): Good afternoon."),
     S("Let me start with an update on North Korea’s role in the war."),
     S("Our assessment is that Pyongyang has now sent roughly 15,000 combat troops to Russia in total, plus around 1,000 military engineers who arrived this autumn to clear mines in the Kursk region.", [
         R("nato", NATO, "north_korean", "deployed", "approximate", "roughly 15,000", "stock", best=15000,
           notes="a spokesperson takes the body's id"),
         R("nato", NATO, "north_korean", "deployed", "approximate", "around 1,000", "stock", best=1000,
           notes="engineers, separate from the combat troops")]),
     S("Of the combat troops, we assess that some 6,000 have been killed or wounded, and that between 1,500 and 2,000 of those were killed.", [
         R("nato", NATO, "north_korean", "killed_or_wounded", "approximate", "some 6,000", "cumulative", best=6000),
         R("nato", NATO, "north_korean", "killed", "range", "between 1,500 and 2,000", "cumulative", low=1500, high=2000,
           notes="included in the 6,000 killed or wounded")]),
     S("That is a casualty rate of about 40 percent, far higher than anything Russia’s own units have suffered in the same area.", [
         R("nato", NATO, "north_korean", "killed_or_wounded", "approximate", "about 40 percent", "cumulative",
           counted_in="percent_of_force", best=40,
           notes="share of the 15,000 combat troops; 'casualty' here is the killed or wounded just given; 'Russia's own units' gives no figure")])],
    [S("MODERATOR: We’ll take questions. Anja Lind, Nordic Daily.")],
    [S("QUESTION (Anja Lind, Nordic Daily): The Ukrainian side says nine North Korean engineers were killed by a single mine last month.", [
         R("ua-officials", "Ukrainian officials ('the Ukrainian side')", "north_korean", "killed", "exact", "nine", "incident",
           relays="Anja Lind (Nordic Daily)", low=9, best=9, high=9, notes="the reporter relays it in her question")]),
     S("Can you confirm that?")],
    [S("HOLT: I can’t confirm that number."),
     S("What I can say is that demining under fire is extremely dangerous, and if the engineers keep working at the pace we are seeing, we would expect their losses to run into the dozens every month.", [
         R("nato", NATO, "north_korean", "casualties_unspecified", "vague", "dozens", "unspecified", modality="conditional",
           counted_in="people_per_month", low=24, high=99, notes="if-then monthly rate; vague 'dozens' read as 24-99")])],
    [S("QUESTION (Pavel Sorin, Baltic Public Radio): Russia’s ministry says Ukraine lost 78,000 troops in Kursk.", [
        R("ru-mod", "Russia's Defence Ministry ('Russia's ministry')", "ukrainian", "casualties_unspecified", "exact", "78,000",
          "cumulative", relays="Pavel Sorin (Baltic Public Radio)", low=78000, best=78000, high=78000,
          notes="relayed in a question; disputed in the answer")]),
     S("Is NATO able to say anything about Ukrainian losses?")],
    [S("HOLT: We don’t give figures for Ukrainian losses."),
     S("I would only say that the Russian number is not credible, and that our own estimate of Russian losses in the Kursk fighting alone is well above 50,000 killed and wounded since August of last year.", [
         R("nato", NATO, "russian", "killed_or_wounded", "more_than", "well above 50,000", "cumulative", low=50000,
           notes="running total since August 2024; 'well above' = more than")]),
     S("Across the whole front, Russia is losing roughly 1,000 soldiers killed or wounded every day, and we expect it to pass one million killed and wounded early next year.", [
         R("nato", NATO, "russian", "killed_or_wounded", "approximate", "roughly 1,000", "unspecified",
           counted_in="people_per_day", best=1000, notes="whole front, not Kursk; a rate with no window"),
         R("nato", NATO, "russian", "killed_or_wounded", "more_than", "pass one million", "cumulative", modality="projected",
           low=1000000, notes="whole war; a forecast of the running total")])],
    [S("MODERATOR: Time for two more questions.", trap="number of questions")],
    [S("QUESTION (Seo Ji-hoon, Seoul Evening Herald TV): South Korean and Japanese officials say Pyongyang has earned as much as 20 billion dollars from the deployment.",
       trap="money; the nationality words are claimants of a money figure, not of losses")],
    [S("HOLT: I’ve seen those reports, and I won’t add to them."),
     S("But remember that last month’s exchange of 1,000 prisoners on each side did not include a single North Korean.",
       trap="prisoners exchanged, not captured or lost")],
]

SPECS = {
    "o01-guardian-long-read": o01,
    "o02-tass-summary-via-wire": o02,
    "o03-korean-tv-script": o03,
    "o04-hansard-exchange": o04,
    "o05-satellite-imagery-analysis": o05,
    "o06-telegram-via-osint-newsletter": o06,
    "o07-qa-explainer": o07,
    "o08-nato-press-conference": o08,
}

DOCS = {fid: [[s.text for s in para] for para in paras] + [[FOOTER]]
        for fid, paras in SPECS.items()}


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def text_of(fid):
    return "\n\n".join(" ".join(para) for para in DOCS[fid]) + "\n"


def fmt(v):
    if v == "" or v is None:
        return ""
    if isinstance(v, float):
        return ("%.2f" % v).rstrip("0").rstrip(".")
    return str(v)


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    gold, traps = [], []
    for fid, paras in SPECS.items():
        path = "texts/%s.txt" % fid
        with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
            f.write(text_of(fid))
        for para in paras:
            for s in para:
                assert not (s.rows and s.trap), s.text
                if s.trap:
                    traps.append([path, s.text, s.trap])
                for r in s.rows:
                    assert r["count_as_written"] in s.text, (r["count_as_written"], s.text)
                    gold.append([path, s.text, r["claimant_id"], r["claimant_name"], r["relay_names"],
                                 r["whose_losses"], r["measure"], r["counted_in"], r["modality"],
                                 r["qualifier"], fmt(r["low"]), fmt(r["best"]), fmt(r["high"]),
                                 r["count_as_written"], r["scope"],
                                 r["derived"].text if r["derived"] else "", r["notes"]])
    with open(os.path.join(ROOT, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(GOLD_HEADER)
        w.writerows(gold)
    with open(os.path.join(ROOT, "traps.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "sentence", "why"])
        w.writerows(traps)
    for fid in SPECS:
        print(fid, len(text_of(fid).split()), "words")
    print(len(gold), "gold rows,", len(traps), "trap rows")


if __name__ == "__main__":
    main()
