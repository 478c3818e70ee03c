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


# ---------------------------------------------------------------- ae01
# A year-end review by a Russian military blogger, in translation.
BLOG = "Severny Rubezh"
AUTHOR1 = "Starshina, the blog's author (own voice)"
a01 = S("By my own count, built from unit chats and hospital lists, our side lost no fewer than 6,000 men killed in the Kursk operation, from the first Ukrainian push in August to the last clean-up in the spring.", [
    R("author", AUTHOR1, "russian", "killed", "at_least", "no fewer than 6,000", "period", low=6000,
      notes="the blogger's own estimate; a bounded window (Aug 2024 to spring 2025) is stated, so period, not a running total"),
])
a02 = S("Kyiv's General Staff, for its part, put our Kursk losses at more than 60,000 killed and wounded by the spring, and North Korean losses at about 6,000.", [
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "russian", "killed_or_wounded", "more_than",
      "more than 60,000", "cumulative", relays=BLOG, low=60000,
      notes="'by the spring': a running total to a date; 'our' = Russian (the blogger's side)"),
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "north_korean", "casualties_unspecified",
      "approximate", "about 6,000", "cumulative", relays=BLOG, best=6000,
      notes="'killed and wounded' belongs to the Russian figure; the Korean one is only 'losses', undefined"),
])
a03 = S("The Korean brigades arrived in November, about 11,000 men by Seoul's reckoning, and went into the line in the second week of December.", [
    R("kr-government", "Seoul (the South Korean government)", "north_korean", "deployed", "approximate", "about 11,000",
      "stock", relays=BLOG, best=11000, notes="'Seoul' names the state as a whole"),
])
a04 = S("From what their liaison officers told our medics, they were losing 80 to 100 men a day in the worst stretch, the ten days before Christmas.", [
    R("kp-officials", "North Korean liaison officers (unnamed)", "north_korean", "casualties_unspecified", "range",
      "80 to 100", "period", relays="the author's fellow medics > " + BLOG, counted_in="people_per_day", low=80, high=100,
      notes="a rate over a stated window (about 15-24 Dec 2024); officers of the side that suffered the losses"),
])
a05 = S("One of their brigades, roughly 2,500 men, was pulled out in February after losing about 40 per cent of its strength.", [
    R("author", AUTHOR1, "north_korean", "deployed", "approximate", "roughly 2,500", "stock", best=2500,
      notes="the brigade's strength, the troop figure the share below is a share of"),
    R("author", AUTHOR1, "north_korean", "casualties_unspecified", "approximate", "about 40 per cent", "cumulative",
      counted_in="percent_of_force", best=40, notes="share_of the brigade's roughly 2,500; losses to its withdrawal in February"),
])
a06 = S("That 6,000 replaces the 4,000 I gave in my June post, which I now withdraw: the hospital lists I have seen since then make it plain it was too low.", [
    R("author", AUTHOR1, "russian", "killed", "exact", "4,000", "cumulative", low=4000, best=4000, high=4000,
      notes="the author's own earlier (June 2025) figure, reported here as withdrawn and superseded by 'no fewer than 6,000'; "
            "'That 6,000' only restates the row above and gets no row of its own"),
])
a07 = S("Across the whole front, not just Kursk, my guess is that we lose about 1,000 men a day in a bad winter week, but that is not a Kursk number and I will not pretend it is.", [
    R("author", AUTHOR1, "russian", "casualties_unspecified", "approximate", "about 1,000", "unspecified",
      counted_in="people_per_day", best=1000, notes="whole-war rate, not a Kursk figure; 'a bad winter week' is a condition, not a stated period"),
])
a08 = S("If the Ukrainians try again at Tyotkino next year, I expect us to lose another 2,000 just holding the line.", [
    R("author", AUTHOR1, "russian", "casualties_unspecified", "exact", "2,000", "period", modality="conditional",
      low=2000, best=2000, high=2000, notes="if-then; looks to 2026; 'Ukrainians' names the attacker, the losses are Russian"),
])
ae01 = [
    [S("No fewer than 6,000: my Kursk year in review", trap=restates(a01))],
    [S("Translated from the Russian."),
     S("Posted on the Severny Rubezh blog on Tuesday, 30 December, by the author who signs himself Starshina and who served as a volunteer medic near Sudzha.",
       trap="publication date; no loss figure")],
    [S("I promised readers a proper accounting before the New Year, so here it is, without the cheering."),
     a01,
     S("The Defence Ministry never published a figure of its own, and I will not invent a number for it.")],
    [a02, S("I do not believe either number, and I say so as someone who carried stretchers.")],
    [a03, a04, a05],
    [S("On the equipment side I logged 214 Ukrainian armoured vehicles destroyed in the region, against at least 90 of our own.",
       trap="armoured vehicles, not people"),
     S("One prisoner swap in May brought 49 of our Kursk boys home.", trap="prisoners returned in an exchange, not losses"),
     S("Sudzha, 9 kilometres from the border, had 5,000 residents before the war; I doubt 200 will be back by spring.",
       trap="a distance and civilian residents, not military losses")],
    [a06],
    [a07, a08, S("Write to me with corrections; I read every letter.")],
]

# ---------------------------------------------------------------- ae02
# A German news magazine story, in translation.
MAG = "Der Blickpunkt"
b02 = S("The BND estimates that about 2,600 North Koreans were killed in the winter fighting and a further 1,400 or so between their return to the front in March and the end of May.", [
    R("de-bnd", "Federal Intelligence Service (BND, Germany)", "north_korean", "killed", "approximate", "about 2,600",
      "period", relays=MAG, best=2600, notes="'the winter fighting': Dec 2024 to Feb 2025"),
    R("de-bnd", "Federal Intelligence Service (BND, Germany)", "north_korean", "killed", "approximate", "1,400 or so",
      "period", relays=MAG, best=1400, notes="March to the end of May 2025; 'a further': not included in the 2,600"),
])
b_head = S("Kim's lost brigades: 4,000 dead and counting", [
    R("author", "Der Blickpunkt (the headline's own figure)", "north_korean", "killed", "exact", "4,000", "cumulative",
      low=4000, best=4000, high=4000, derived=b02, notes="the headline sums the BND's about 2,600 and 1,400 or so; the magazine's own figure, derived, never a separate estimate"),
])
b03 = S("It puts the wounded over both periods at 'well above 8,000'.", [
    R("de-bnd", "Federal Intelligence Service (BND, Germany)", "north_korean", "wounded", "more_than", "well above 8,000",
      "period", relays=MAG, low=8000, notes="'It' = the BND (from context); both periods: Dec 2024 to end of May 2025"),
])
b04 = S("Seoul's National Intelligence Service, which briefed lawmakers on Thursday, is more cautious: it now speaks of around 2,000 dead, up from the 300 it reported to parliament in January.", [
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "around 2,000",
      "cumulative", relays="South Korean lawmakers > " + MAG, best=2000, notes="current running total, replaces the January 300"),
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "exact", "300", "cumulative",
      relays="South Korean lawmakers > " + MAG, low=300, best=300, high=300,
      notes="the agency's earlier (January 2025) figure, superseded by around 2,000; recorded as the claim it was"),
])
b05 = S("The two services agree on one thing: of the roughly 11,000 men Kim sent, fewer than half are still fit to fight.", [
    R("de-bnd", "Federal Intelligence Service (BND, Germany)", "north_korean", "deployed", "approximate", "roughly 11,000",
      "stock", relays=MAG, best=11000, notes="two claimants, one row each"),
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "approximate", "roughly 11,000",
      "stock", relays="South Korean lawmakers > " + MAG, best=11000,
      notes="'fewer than half are still fit' is not a loss figure (its complement would have to be inferred); no row"),
])
b06 = S("US and South Korean officials, who asked not to be named, said fewer than 10 North Koreans had been taken alive so far.", [
    R("us-officials", "US officials (unnamed)", "north_korean", "captured", "fewer_than", "fewer than 10", "cumulative",
      relays=MAG, high=10, notes="a list of claimants: one row per nation"),
    R("kr-officials", "South Korean officials (unnamed)", "north_korean", "captured", "fewer_than", "fewer than 10",
      "cumulative", relays=MAG, high=10, notes="a list of claimants: one row per nation"),
])
b07 = S("Colonel Oleh Marchuk, whose air assault brigade fought near Plekhovo, told DER BLICKPUNKT by video link that his men counted 312 Korean bodies after a single assault on 14 January.", [
    R("ua-marchuk", "Col. Oleh Marchuk, Ukrainian brigade commander", "north_korean", "killed", "exact", "312", "incident",
      relays=MAG, low=312, best=312, high=312, notes="a commander in his own name; one assault on 14 Jan 2025 (a Tuesday)"),
])
b08 = S("Its last statement on the subject, on a Saturday in late April, claimed that the 'Kursk grouping of the enemy' had lost more than 71,000 men, without a word about Russian or Korean casualties.", [
    R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 71,000",
      "cumulative", relays=MAG, low=71000,
      notes="'Its' = the Russian Defence Ministry (previous sentence); 'Russian or Korean' sits beside the figure but the losses are Ukrainian"),
])
b09 = S("If the present tempo holds, an analyst quoted in the assessment warns, Pyongyang could lose another 3,000 killed by the end of the year.", [
    R("de-bnd", "Federal Intelligence Service (BND, Germany)", "north_korean", "killed", "exact", "3,000", "period",
      relays=MAG, modality="conditional", low=3000, best=3000, high=3000,
      notes="an unnamed analyst quoted in the BND assessment speaks for the service; if-then, looks to the end of 2025"),
])
ae02 = [
    [b_head],
    [S("Translated from the German."),
     S("Germany's foreign intelligence service has drawn up a grim balance sheet of North Korea's war in Russia.")],
    [S("BERLIN/SEOUL. When the first North Korean battalions were marched into the frozen fields west of Sudzha last December, Pyongyang would not even admit that they existed."),
     S("Now a classified assessment by the Federal Intelligence Service (BND), which DER BLICKPUNKT has been able to view, puts the toll in stark terms.")],
    [b02, b03,
     S("The assessment, 37 pages long and dated the last Friday of May, has been shared with a small circle of allied services.",
       trap="page count and a date of a document, not losses")],
    [b04, b05, b06],
    [b07, S("'They came in lines of five or six across the snow, the way my grandfather described 1943,' said Marchuk, 46.",
            trap="a formation description, a year and an age")],
    [S("The Russian Defence Ministry did not answer the magazine's questions."), b08],
    [S("In Pyongyang, state television on Monday showed Kim Jong Un at a new memorial whose wall, South Korean analysts say, has room for 5,000 names.",
       trap="the capacity of a memorial wall, not a count of dead"),
     S("Germany has so far pledged Ukraine military aid worth 28 billion euros.",
       trap="money; 'so far' is a running total of aid, not of losses")],
    [b09],
]

# ---------------------------------------------------------------- ae03
# A UN Security Council meeting record (meetings coverage summary).
UN = "UN Meetings Coverage"
c01 = S("The representative of Ukraine said that since they first entered combat in December, troops of the Democratic People's Republic of Korea had suffered some 6,200 casualties in the Kursk region alone, about 2,100 of them killed.", [
    R("ua-government", "Government of Ukraine (its UN representative)", "north_korean", "casualties_unspecified",
      "approximate", "some 6,200", "cumulative", relays=UN, best=6200, notes="since December 2024, to the meeting date"),
    R("ua-government", "Government of Ukraine (its UN representative)", "north_korean", "killed", "approximate",
      "about 2,100", "cumulative", relays=UN, best=2100, notes="included in the 6,200 casualties"),
])
c02 = S("He added that in the fortnight to 18 May, Russian formations in the area had lost 3,450 servicemen, or roughly 250 a day.", [
    R("ua-government", "Government of Ukraine (its UN representative)", "russian", "casualties_unspecified", "exact",
      "3,450", "period", relays=UN, low=3450, best=3450, high=3450, notes="'the fortnight to 18 May': 5-18 May 2025"),
    R("ua-government", "Government of Ukraine (its UN representative)", "russian", "casualties_unspecified",
      "approximate", "roughly 250", "period", relays=UN, counted_in="people_per_day", best=250,
      notes="the delegate's own rate over the same fortnight"),
])
c03 = S("The representative of the Russian Federation dismissed those figures as 'fantasies from Kyiv's propaganda factory', saying that the Kyiv regime had itself lost more than 71,000 men in its 'Kursk adventure' and that not one foreign soldier had been needed to expel it.", [
    R("ru-government", "Government of Russia (its UN representative)", "ukrainian", "casualties_unspecified",
      "more_than", "more than 71,000", "cumulative", relays=UN, low=71000,
      notes="'not one foreign soldier had been needed' is a denial of a deployment, not a figure; no row"),
])
c04 = S("He said 102 Ukrainian servicemen had surrendered in the week ending Sunday, 18 May.", [
    R("ru-government", "Government of Russia (its UN representative)", "ukrainian", "captured", "exact", "102", "period",
      relays=UN, low=102, best=102, high=102, notes="'surrendered' = captured; the week 12-18 May 2025"),
])
RKREL = "Republic of Korea representative > " + UN
c05 = S("Speaking for the Republic of Korea, the representative cited his country's National Intelligence Service, which estimates that roughly 2,000 DPRK soldiers have been killed and some 2,700 wounded to date, and that a further 3,000 were sent as reinforcements in January and February.", [
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "roughly 2,000",
      "cumulative", relays=RKREL, best=2000),
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "wounded", "approximate", "some 2,700",
      "cumulative", relays=RKREL, best=2700),
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "exact", "3,000", "stock",
      relays=RKREL, low=3000, best=3000, high=3000, notes="reinforcements sent in Jan-Feb 2025"),
])
c06 = S("The United States delegate, Deputy Ambassador Carla Whitfield, said Washington assessed that North Korea had lost more than a third of the troops it sent, and that at the current tempo it could lose as many as 1,500 more by September.", [
    R("us-government", "US government (its deputy ambassador)", "north_korean", "casualties_unspecified", "more_than",
      "more than a third", "cumulative", relays=UN, counted_in="percent_of_force", low=33.33,
      notes="'a third' read as 33.33 per cent of the troops sent"),
    R("us-government", "US government (its deputy ambassador)", "north_korean", "casualties_unspecified", "at_most",
      "as many as 1,500", "period", relays=UN, modality="projected", high=1500,
      notes="a forecast to September 2025 ('at the current tempo' is an assumption, not an if-then)"),
])
ae03 = [
    [S("Security Council, 9,914th meeting (AM), Wednesday, 21 May 2025: meetings coverage summary",
       trap="meeting number and date, not losses"),
     ],
    [S("Delegates trade rival counts of the dead in Kursk as Secretariat urges caution")],
    [S("Assistant Secretary-General Ilse Varga told the Council that the Secretariat could not verify casualty figures from any side, but that the number of people displaced from the border districts on both sides of the frontier had passed 150,000.",
       trap="displaced civilians, not military losses")],
    [c01, c02],
    [c03, c04],
    [c05, S("'These are young men, many of them 18 or 19, sent to die in a war that is not theirs,' he said.", trap="ages")],
    [c06],
    [S("China's representative called for restraint and noted that the Council had now met 14 times on the war without agreeing on a text.",
       trap="a count of meetings"),
     S("The meeting began at 10:05 a.m. and adjourned at 12:41 p.m.", trap="clock times")],
]

# ---------------------------------------------------------------- ae04
# A South Korean radio phone-in, edited excerpts in translation.
RADIO = "SBN Radio"
d01 = S("The National Intelligence Service told the Assembly's intelligence committee yesterday that around 600 North Korean soldiers have died in Kursk since they went into battle, and that some 3,500 have been wounded.", [
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate", "around 600",
      "cumulative", relays="National Assembly intelligence committee > " + RADIO, best=600,
      notes="'yesterday' = the Wednesday before the Thursday broadcast; running total since Dec 2024"),
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "wounded", "approximate", "some 3,500",
      "cumulative", relays="National Assembly intelligence committee > " + RADIO, best=3500),
])
d02 = S("Ten thousand of them must be dead by now, I'd put money on it.", [
    R("kr-caller-bae", "Mr Bae, a caller", "north_korean", "killed", "exact", "Ten thousand", "cumulative", relays=RADIO,
      low=10000, best=10000, high=10000,
      notes="a named private person's guess in his own name; 'by now' a running total; the host disputes it next"),
])
d03 = S("CHOI: Mr Bae, I have to stop you there: Kyiv's own figure, given on Monday, is 4,000 killed and wounded since December, and nobody official has said ten thousand.", [
    R("ua-government", "Kyiv (the Ukrainian government)", "north_korean", "killed_or_wounded", "exact", "4,000",
      "cumulative", relays=RADIO, low=4000, best=4000, high=4000,
      notes="'ten thousand' only disputes the caller's figure; no new row"),
])
d04 = S("In the first week of the assaults near Plekhovo they were losing, by my estimate, a platoon every few hours, perhaps 200 men a day at the peak.", [
    R("kr-yoon", "Yoon Sang-chul, retired South Korean lieutenant general", "north_korean", "casualties_unspecified",
      "approximate", "perhaps 200", "period", relays=RADIO, counted_in="people_per_day", best=200,
      notes="'a platoon every few hours' is a formation rate the ledger cannot hold; the people rate is recorded; first week of the assaults"),
])
d05 = S("If Pyongyang sends the extra 3,000 men the spy agency expects, half of them will be casualties within two months.", [
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "deployed", "exact", "3,000", "stock",
      relays="Yoon Sang-chul > " + RADIO, modality="projected", low=3000, best=3000, high=3000,
      notes="'the spy agency' = the NIS; an expected reinforcement, so projected"),
    R("kr-yoon", "Yoon Sang-chul, retired South Korean lieutenant general", "north_korean", "casualties_unspecified",
      "approximate", "half", "period", relays=RADIO, counted_in="percent_of_force", modality="conditional", best=50,
      notes="if-then; share_of the 3,000; within two months of their arrival"),
])
d06 = S("CALLER (Mr Lim, a student in Busan): A Russian channel I follow on Telegram says Ukraine lost 1,500 men in those same villages in a single weekend.", [
    R("ru-telegram-channel", "an unnamed Russian Telegram channel", "ukrainian", "casualties_unspecified", "exact",
      "1,500", "period", relays="Mr Lim > " + RADIO, low=1500, best=1500, high=1500,
      notes="'Russian' names the channel, not whose losses; 'a single weekend' is a stated two-day window"),
])
ae04 = [
    [S("SBN Radio, 'Morning Line' phone-in, Thursday: edited excerpts, translated from Korean")],
    [S("HOST CHOI JI-WON: Good morning."), d01,
     S("Our lines are open on 02-555-0170, and you can text us on 8010.", trap="phone numbers")],
    [S("CALLER (Mr Bae, 67, a taxi driver in Incheon): I did my national service near the DMZ in 1979, so I know what their infantry is like.",
       trap="an age and a year"), d02],
    [d03],
    [S("GUEST (retired Lt. Gen. Yoon Sang-chul, formerly of the Joint Chiefs of Staff): The rate matters more than the total."),
     d04, d05],
    [d06],
    [S("CHOI: We can't check that one, Mr Lim, and neither, I suspect, can the channel.", trap="'one' is a pronoun, not a figure")],
    [S("CALLER (Ms Han, Daegu): My nephew is a marine on Yeonpyeong Island and I want to know whether our own boys could end up over there.")],
    [S("CHOI: The defence ministry says its family hotline has taken 1,200 calls since November, mostly from parents like you, and it insists no South Korean troops are in Russia.",
       trap="calls to a hotline, not losses; 'since November' counts calls")],
    [S("CHOI: A correction before the news: I said 6,000 wounded a moment ago; the intelligence service's figure is the one I read at the top, 3,500.",
       trap="a slip corrected on air: 6,000 was never claimed, and 3,500 restates the NIS figure already recorded")],
]

# ---------------------------------------------------------------- ae05
# A UK parliamentary written answer.
MIN1 = "Alan Crossley"
OWN5 = "Ministry of Defence (UK), the answer's own voice"
e01 = S("Defence Intelligence assesses that North Korea has deployed around 11,000 personnel to the Kursk region, of whom around 4,000 have become casualties, killed or wounded, since they first engaged in combat in early December 2024.", [
    R("uk-defence-intelligence", "Defence Intelligence (UK)", "north_korean", "deployed", "approximate", "around 11,000",
      "stock", relays=MIN1, best=11000),
    R("uk-defence-intelligence", "Defence Intelligence (UK)", "north_korean", "killed_or_wounded", "approximate",
      "around 4,000", "cumulative", relays=MIN1, best=4000, notes="'casualties, killed or wounded' defines the combined measure"),
])
e02 = S("Of these, we judge that between 1,000 and 1,500 were killed.", [
    R("author", OWN5, "north_korean", "killed", "range", "between 1,000 and 1,500", "cumulative", low=1000, high=1500,
      notes="'we' is the Department answering, the document's own voice; included in DI's around 4,000"),
])
e03 = S("Defence Intelligence further assesses that two North Korean battalions were rendered combat-ineffective during the Russian counter-offensive of early March.", [
    R("uk-defence-intelligence", "Defence Intelligence (UK)", "north_korean", "casualties_unspecified", "exact", "two",
      "period", relays=MIN1, counted_in="battalions", low=2, best=2, high=2,
      notes="a formation 'rendered combat-ineffective' counts in battalions; 'Russian' names the offensive, not whose losses"),
])
e04 = S("Russian losses in the same operation are substantially higher: the Department assesses that Russia has sustained in excess of 30,000 casualties in the Kursk region since August 2024, a figure that includes killed, wounded and missing.", [
    R("author", OWN5, "russian", "killed_wounded_or_missing", "more_than", "in excess of 30,000", "cumulative",
      low=30000, notes="the text defines its casualties as killed, wounded and missing"),
])
e05 = S("Across all fronts, Russian casualties averaged 1,420 a day in February 2025, the highest monthly average of the war to date.", [
    R("author", OWN5, "russian", "casualties_unspecified", "exact", "1,420", "period", counted_in="people_per_day",
      low=1420, best=1420, high=1420,
      notes="whole-war rate over February 2025; 'to date' qualifies 'highest', not the figure"),
])
MIN2 = "Baroness Arden-Lake"
e06 = S("Ukraine has publicly confirmed the capture of two North Korean soldiers in the Kursk region in January, and His Majesty's Government has no reason to doubt that account.", [
    R("ua-government", "Government of Ukraine", "north_korean", "captured", "exact", "two", "period", relays=MIN2,
      low=2, best=2, high=2, notes="a stated month, January 2025"),
])
e07 = S("Reports that as many as 30 more have surrendered since then have not been independently verified.", [
    R("unnamed-reports", "unnamed reports", "north_korean", "captured", "at_most", "as many as 30", "cumulative",
      relays=MIN2, high=30, notes="cited only to be doubted; 'since then' = since January; 'more' = over and above the two"),
])
ae05 = [
    [S("Written questions and answers: Russia: North Korea. Question for Ministry of Defence, UIN 41277, tabled on Monday 3 March 2025",
       trap="question number and date")],
    [S("Asked by Dame Harriet Lowe (Southfold and Wensum): To ask the Secretary of State for Defence, what recent assessment his Department has made of the number of (a) North Korean and (b) Russian military personnel killed or wounded in the Kursk region since 6 August 2024.",
       trap="a question asking for figures; it gives none, only a date")],
    [S("Answered by Alan Crossley, Minister for the Armed Forces, on Monday 10 March 2025:", trap="date of the answer")],
    [e01, e02, e03],
    [e04, e05],
    [S("The Department does not publish estimates of Ukrainian losses."),
     S("Since 2022 the UK and its partners have trained over 54,000 Ukrainian recruits under Operation INTERFLEX.",
       trap="recruits trained, not lost or deployed in Kursk")],
    [S("Asked by Lord Threlkeld: To ask His Majesty's Government what estimate they have made of the number of North Korean soldiers taken prisoner by Ukraine.")],
    [S("Answered by Baroness Arden-Lake on Wednesday 12 March 2025:", trap="date of the answer")],
    [e06, e07, S("The Government will continue to keep the House informed.")],
]

# ---------------------------------------------------------------- ae06
# A Japanese Ministry of Defense digest (provisional translation).
JMOD = "Japan Ministry of Defense"
f01 = S("According to announcements by the Government of the Republic of Korea and others, North Korea dispatched approximately 11,000 to 12,000 troops to Russia from October Reiwa 6 (2024), and an additional approximately 3,000 troops in the first quarter of Reiwa 7.", [
    R("kr-government", "Government of the Republic of Korea", "north_korean", "deployed", "range",
      "approximately 11,000 to 12,000", "stock", relays=JMOD, low=11000, high=12000,
      notes="'and others' are unnamed and get no row; an approximated range is a range"),
    R("kr-government", "Government of the Republic of Korea", "north_korean", "deployed", "approximate",
      "approximately 3,000", "stock", relays=JMOD, best=3000, notes="first quarter of Reiwa 7 = Jan-Mar 2025"),
])
f02 = S("The Ukrainian side has announced that North Korean casualties (killed and wounded) had reached approximately 4,000 as of January Reiwa 7, and approximately 6,000 as of the end of March of the same year.", [
    R("ua-government", "Government of Ukraine ('the Ukrainian side')", "north_korean", "killed_or_wounded",
      "approximate", "approximately 4,000", "cumulative", relays=JMOD, best=4000,
      notes="as of January 2025; earlier point of the same running total, superseded by approximately 6,000"),
    R("ua-government", "Government of Ukraine ('the Ukrainian side')", "north_korean", "killed_or_wounded",
      "approximate", "approximately 6,000", "cumulative", relays=JMOD, best=6000, notes="as of the end of March 2025"),
])
f03 = S("Ukraine's Defence Intelligence (HUR) stated that during the Russian counter-offensive in the first ten days of March, North Korean losses ran at up to 100 per day.", [
    R("ua-gur", "Defence Intelligence of Ukraine (HUR)", "north_korean", "casualties_unspecified", "at_most", "up to 100",
      "period", relays=JMOD, counted_in="people_per_day", high=100, notes="a rate over 1-10 March 2025"),
])
f04 = S("The Republic of Korea's National Intelligence Service, in a report to the National Assembly on Thursday 4 September Reiwa 7, estimated that approximately 2,000 had been killed, revising its earlier estimate of approximately 600.", [
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate",
      "approximately 2,000", "cumulative", relays="National Assembly (ROK) > " + JMOD, best=2000,
      notes="reported Thursday 4 Sep 2025; whose losses from context (North Korean troops)"),
    R("kr-nis", "National Intelligence Service (South Korea)", "north_korean", "killed", "approximate",
      "approximately 600", "cumulative", relays="National Assembly (ROK) > " + JMOD, best=600,
      notes="the agency's earlier estimate, superseded by approximately 2,000; recorded as the claim it was"),
])
f05 = S("North Korea itself acknowledged the dispatch in April Reiwa 7 and has since held ceremonies honouring soldiers who fell in Kursk, without disclosing any figure.", [
    R("kp-government", "Government of North Korea (DPRK)", "north_korean", "killed", "none", "", "cumulative",
      relays=JMOD, notes="the side that suffered them acknowledges deaths without a number"),
])
f06 = S("The Ukrainian side also stated that two North Korean companies were wiped out near Kurilovka in a single night in February.", [
    R("ua-government", "Government of Ukraine ('the Ukrainian side')", "north_korean", "casualties_unspecified", "exact",
      "two", "incident", relays=JMOD, counted_in="companies", low=2, best=2, high=2,
      notes="a formation 'wiped out' counts in companies, measure unspecified; one night in Feb 2025"),
])
f07 = S("The Ministry assesses that the killed alone therefore amount to roughly one in seven of the troops dispatched.", [
    R("author", "Japan Ministry of Defense (the digest's own voice)", "north_korean", "killed", "approximate",
      "roughly one in seven", "cumulative", counted_in="percent_of_force", best=14.29,
      notes="'one in seven' read as 14.29 per cent; share_of the troops dispatched; the digest's own voice"),
])
f08 = S("Some analysts assess that if North Korea continues to rotate troops into the fighting at the current pace, its cumulative casualties could exceed 10,000 by the end of Reiwa 7.", [
    R("unnamed-analysts", "unnamed analysts", "north_korean", "casualties_unspecified", "more_than", "exceed 10,000",
      "cumulative", relays=JMOD, modality="conditional", low=10000,
      notes="if-then; a running total looked to the end of 2025; 'exceed' = more than"),
])
ae06 = [
    [S("Ministry of Defense, Japan. Digest: Recent Trends in Military Cooperation between North Korea and Russia (provisional translation, information as of the end of September, Reiwa 7 (2025))",
       trap="an era year and the date of the information")],
    [S("The following summarises publicly announced information; the Ministry is not in a position to confirm it independently.")],
    [S("Dispatch of North Korean troops")],
    [f01, S("It has been announced that these troops were committed to combat in Kursk Oblast from December Reiwa 6, and that by the end of April Reiwa 7 the Russian side had declared the complete liberation of the oblast.",
            trap="era-year dates only; no figure")],
    [S("Losses")],
    [f02, f03, f04, f05, f06],
    [f07, f08],
    [S("Cooperation in other fields")],
    [S("North Korea launched 12 ballistic missiles on seven occasions in the first half of Reiwa 7, at least one of a type also used by Russian forces against Ukraine.",
       trap="missile launches, not losses"),
     S("Air Self-Defense Force aircraft were scrambled 237 times against Russian aircraft in the fiscal year to 31 March Reiwa 7.",
       trap="interceptor scrambles in a fiscal year, not losses")],
]

# ---------------------------------------------------------------- ae07
# A regional Russian newspaper's obituary page, in translation.
PAPER = "Seimskaya Zarya"
g01 = S("District head Vera Sukhanova told the paper that 64 men from the district have now been killed in the special military operation since 2022, 19 of them while defending the Kursk borderland since last August.", [
    R("ru-sukhanova", "Vera Sukhanova, Glushkovo district head", "russian", "killed", "exact", "64", "cumulative",
      relays=PAPER, low=64, best=64, high=64, notes="the district's natives killed in the whole war since 2022"),
    R("ru-sukhanova", "Vera Sukhanova, Glushkovo district head", "russian", "killed", "exact", "19", "cumulative",
      relays=PAPER, low=19, best=19, high=19, notes="the Kursk subset since August 2024, included in the 64"),
])
g02 = S("When this page last appeared, at New Year, the district's figure stood at 51.", [
    R("author", "Seimskaya Zarya (own voice)", "russian", "killed", "exact", "51", "cumulative", low=51, best=51, high=51,
      notes="an earlier point of the same running total (at New Year 2025), superseded by 64; measure from context"),
])
g03 = S("Lieutenant Colonel Igor Fomenko, the district military commissar, said a further seven men from the district are listed as missing in the Kursk fighting and that their families are receiving support.", [
    R("ru-glushkovo-commissariat", "Glushkovo district military commissariat", "russian", "missing", "exact", "seven",
      "cumulative", relays=PAPER, low=7, best=7, high=7,
      notes="the commissar presents his office's list, so the office's id; 'a further' = besides the 19 killed"),
])
g04 = S("Sukhanova called 'a provocation' a claim by a Ukrainian channel that hundreds of the district's men had died, and pointed out that its whole pre-war population was barely 18,000.", [
    R("ua-unnamed-channel", "an unnamed Ukrainian channel", "russian", "killed", "vague", "hundreds", "cumulative",
      relays="Vera Sukhanova > " + PAPER, low=200, high=999,
      notes="cited only to be disputed; 'Ukrainian' names the channel, the losses are Russian; the population of 18,000 is not a loss"),
])
g05 = S("His widow, Lyudmila, told the paper that men of his battalion had written in their chat that the battalion lost 40 men killed and wounded in the week he was hit.", [
    R("ru-battalion-soldiers", "soldiers of Bortnikov's battalion (their chat)", "russian", "killed_or_wounded", "exact",
      "40", "period", relays="Lyudmila Bortnikova > " + PAPER, low=40, best=40, high=40,
      notes="the week around 28 Feb 2025 (he was hit eleven days before 11 March); soldiers of the side that suffered them"),
])
g06 = S("Across the oblast, the governor's press service said on Wednesday, about 300 servicemen from the region have been killed in the border fighting to date.", [
    R("ru-kursk-governor", "Kursk regional governor's office", "russian", "killed", "approximate", "about 300",
      "cumulative", relays=PAPER, best=300, notes="a press service takes its office's id; reported Wednesday 19 March 2025"),
])
ae07 = [
    [S("WE REMEMBER")],
    [S("Translated from the Russian. From the page of memory of Seimskaya Zarya, the weekly of the Glushkovo district, issue of Friday, 21 March.",
       trap="the issue's date")],
    [g01, g02, g03, g04],
    [S("Private Artyom Gridin, 20, of Kolychevka, a rifleman of the 30th Motor Rifle Regiment, was killed near Sverdlikovo on 3 February.",
       trap="an age, a regiment number and a date: one named man, no figure")],
    [S("Sergeant Nikolai Bortnikov, 43, a father of three, died of his wounds in a Kursk hospital on 11 March, eleven days after a drone struck his dugout.",
       trap="an age, children, a date and days: one named man, no figure"), g05],
    [S("Lance Corporal Ruslan Tkachev, 27, who volunteered in October, was killed near Guyevo in January; his mother learned of his death from one of the two survivors of his squad.",
       trap="an age, and survivors, not losses: one named man, no figure")],
    [g06, S("The same office said that the families of 1,146 servicemen from the oblast have received the federal one-off payment of 5 million roubles since the payments began.",
            trap="payments to families and money, never read as a count of dead")],
    [S("A plaque bearing 64 names will be unveiled at School No. 2 on 9 May at 11 a.m.",
       trap="restates Sukhanova's 64 on a plaque; a school number, a date and a time")],
]

# ---------------------------------------------------------------- ae08
# A veterans' affairs ministry statement (Ukraine).
MVA = "Ministry of Veterans Affairs of Ukraine"
OWN8 = "Ministry of Veterans Affairs of Ukraine (own voice)"
h01 = S("According to data passed to the Ministry by the General Staff for the purpose of benefit payments, 1,870 servicemen were killed in the Kursk operation over that period, and 640 are still officially listed as missing.", [
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "ukrainian", "killed", "exact", "1,870",
      "period", relays=MVA, low=1870, best=1870, high=1870, notes="'that period': the summer of 2024 to the withdrawal in spring 2025 (the statement is dated 6 Nov 2025)"),
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "ukrainian", "missing", "exact", "640",
      "cumulative", relays=MVA, low=640, best=640, high=640, notes="'still listed': a status as of the statement date"),
])
h02 = S("This replaces the figure of 1,540 killed given in the Ministry's statement of Tuesday, 24 June, which did not yet include servicemen whose deaths were confirmed by DNA identification after the repatriation of bodies.", [
    R("author", OWN8, "ukrainian", "killed", "exact", "1,540", "period", low=1540, best=1540, high=1540,
      notes="the Ministry's own earlier figure (24 June 2025) for the same period, superseded by 1,870; recorded as the claim it was"),
])
h03 = S("During the seven worst days of the withdrawal, in the second week of March, the General Staff recorded 164 killed.", [
    R("ua-general-staff", "General Staff of the Armed Forces of Ukraine", "ukrainian", "killed", "exact", "164", "period",
      relays=MVA, low=164, best=164, high=164, notes="'the second week of March' 2025, about 8-14 March; included in the 1,870"),
])
h04 = S("The 95th Polissia Brigade reported to the Ministry that it alone lost 212 killed and 35 missing in the operation.", [
    R("ua-95th-brigade", "95th Polissia Airborne Assault Brigade", "ukrainian", "killed", "exact", "212", "period",
      relays=MVA, low=212, best=212, high=212, notes="'in the operation': summer 2024 to spring 2025; included in the General Staff's totals"),
    R("ua-95th-brigade", "95th Polissia Airborne Assault Brigade", "ukrainian", "missing", "exact", "35", "period",
      relays=MVA, low=35, best=35, high=35, notes="'in the operation': summer 2024 to spring 2025"),
])
h05 = S("The Ministry does not comment on figures of Ukrainian losses spread by the aggressor, such as the Russian Defence Ministry's claim, repeated on Tuesday, of more than 71,000 Ukrainian losses in the Kursk direction.", [
    R("ru-mod", "Russian Defence Ministry", "ukrainian", "casualties_unspecified", "more_than", "more than 71,000",
      "cumulative", relays=MVA, low=71000, notes="cited only to be dismissed; repeated Tuesday 4 Nov 2025"),
])
h06 = S("If DNA identification continues at its present pace, the Ministry expects the confirmed death toll of the operation to rise by at least 200 by the end of the year as missing servicemen are identified.", [
    R("author", OWN8, "ukrainian", "killed", "at_least", "at least 200", "period", modality="conditional", low=200,
      notes="if-then; an increment to the toll, looked to the end of 2025; never added to the 1,870"),
])
ae08 = [
    [S("Statement of the Ministry of Veterans Affairs of Ukraine on support for participants of the Kursk operation and the families of the fallen")],
    [S("Kyiv, Thursday, 6 November 2025", trap="the statement's date")],
    [S("A year after the heaviest fighting, the Ministry reports on the support it has provided to defenders who served in the Kursk region between the summer of last year and the withdrawal from the last positions in the spring.")],
    [h01, h02, h03, h04,
     S("Of the 1,870 killed, 41 per cent were under 30 years of age.",
       trap="a share of the dead by age, not a share of a force lost; restates 1,870")],
    [S("In all, 5,912 participants of the operation who were wounded there have applied for disability status, and 4,388 applications have been granted.",
       trap="applications for disability status, not a count of the wounded"),
     S("Prisoner exchanges since last December have brought home 287 defenders who had been captured in the Kursk region.",
       trap="prisoners returned in exchanges, not losses")],
    [h05],
    [S("Since January, 3,204 relatives of fallen defenders have received psychological support, and the one-time payment of 15 million hryvnias has been made to 1,611 families.",
       trap="relatives helped, payments and money"), h06],
    [S("Families still waiting for news of the 640 missing can call the Ministry's hotline, 1548, around the clock.",
       trap="restates the 640 missing; a hotline number"),
     S("'Behind each of these 1,870 names is a family we owe,' said Deputy Minister Oksana Velychko.",
       trap="restates the General Staff's 1,870")],
]

SPECS = {
    "ae01-milblogger-year-review": ae01,
    "ae02-german-magazine-translation": ae02,
    "ae03-unsc-meeting-record": ae03,
    "ae04-radio-phone-in": ae04,
    "ae05-parliamentary-written-answer": ae05,
    "ae06-japan-mod-digest": ae06,
    "ae07-russian-obituary-page": ae07,
    "ae08-veterans-ministry-statement": ae08,
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
