"""Build the second development set: texts/, gold.csv and traps.csv.

Every text is a list of paragraphs, each a list of sentences. Gold quotes and trap
sentences are picked from the sentence lists by a unique substring, so they are verbatim.
Importing this module only defines DOCS and sentences(); running it writes the files.
"""
import csv
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"

DOCS = {}

# ---------------------------------------------------------------- e01 wire exclusive
DOCS["e01-exclusive-replacements"] = [
    ["Exclusive: North Korea sent about 3,000 replacements to Kursk after heavy losses, sources say"],
    ["SEOUL/KYIV, Feb 11 (Meridian) - North Korea shipped roughly 3,000 additional soldiers to Russia "
     "in January to replace troops killed or wounded in the Kursk region, three people familiar with "
     "the matter said, in a move neither Pyongyang nor Moscow has acknowledged."],
    ["The people, who include two officials in Seoul and a Western diplomat, spoke on condition of "
     "anonymity because the information is classified.",
     "The replacements travelled by rail from Vladivostok, a journey of roughly 9,000 km that took "
     "about ten days, one of them said."],
    ["Of the roughly 11,000 troops Pyongyang sent last autumn, about 4,000 had been killed or wounded "
     "by mid-January, according to the people.",
     "The heaviest fighting came in frontal assaults across open farmland in December, they said."],
    ["Documents seen by Meridian - a 14-page register from a military hospital in Kursk city covering "
     "December 1 to January 20 - list 1,412 North Korean patients admitted with combat injuries.",
     "The register, whose authenticity Meridian could not independently verify, also records 96 North "
     "Korean soldiers who died after admission."],
    ["A second document, a handwritten tally apparently compiled by a Russian liaison officer attached "
     "to a North Korean brigade, puts the brigade's “irrecoverable losses” around the villages of "
     "Plekhovo and Nikolaevo-Darino in December at 1,100.",
     "In Russian military usage, the term covers soldiers who were killed or went missing, as opposed "
     "to the wounded, who may return to duty."],
    ["“They were sent across open fields in daylight,” one of the people said, describing an assault "
     "near Plekhovo in which a single company lost more than half of its men in one morning."],
    ["The dead numbered about 340, South Korea's National Intelligence Service said in a January "
     "briefing, and the wounded some 2,600.",
     "The agency declined to comment on the replacements."],
    ["Ukraine's military intelligence agency, the GUR, has said North Korean losses in Kursk exceed "
     "4,500 killed and wounded since November."],
    ["Pyongyang is paid an estimated $2,000 a month for each soldier, according to a South Korean "
     "lawmaker briefed on the arrangement.",
     "Russia's defence ministry did not respond to a request for comment."],
]

# ---------------------------------------------------------------- e02 Korean newspaper, JCS briefing
DOCS["e02-jcs-briefing"] = [
    ["JCS says North Korean casualties in Kursk top 1,000, warns of further deployment"],
    ["Posted Dec. 23, 2024, 17:40"],
    ["North Korean troops fighting for Russia in the Kursk region have suffered more than 1,000 "
     "casualties since entering combat early this month, the Joint Chiefs of Staff (JCS) said Monday."],
    ["Col. Lee Seong-jun, head of the JCS public affairs office, told reporters at a regular briefing "
     "that the figure covered both the dead and the wounded.",
     "Units thrown into frontal assaults near Kurilovka had in recent days been losing “dozens of men "
     "a day,” he said, citing intelligence gathered with allies."],
    ["North Korea is also believed to be preparing to send additional troops, possibly numbering in "
     "the thousands, together with self-propelled guns and short-range missiles, according to the JCS."],
    ["By the JCS's reckoning, roughly 11,500 North Korean soldiers had been sent to Russia as of "
     "mid-December, of whom about 10,500 were deployed to Kursk itself.",
     "That is a far larger force than the 3,000 the National Intelligence Service estimated in "
     "October, when the first contingent was spotted in Russia's Far East."],
    ["At the defense ministry's regular Tuesday briefing, spokesperson Park Min-ah said the ministry "
     "shared the JCS assessment.",
     "She added that at least two North Korean soldiers were believed to have been taken prisoner by "
     "Ukrainian forces, a report the ministry was “working to verify.”"],
    ["Separately, lawmaker Yoon Dae-hee of the National Assembly's intelligence committee quoted the "
     "NIS as saying that at least 100 of the North Korean casualties were deaths, many of them caused "
     "by Ukrainian drone strikes."],
    ["The JCS also said North Korea had fired two short-range ballistic missiles into the East Sea on "
     "Sunday, its 11th launch this year.",
     "Seoul has so far ruled out sending weapons directly to Ukraine, a stance backed by 62 percent of "
     "respondents in a Hanbit Research poll this month.",
     "Neither Pyongyang nor Moscow has confirmed any North Korean casualties."],
]

# ---------------------------------------------------------------- e03 named-dead count
DOCS["e03-named-dead"] = [
    ["At least 4,380 named: the Russian soldiers who died for Kursk"],
    ["Since Ukrainian troops crossed the border on August 6, 2024, we and a team of volunteers have "
     "identified by name at least 4,380 Russian servicemen killed in the fighting for the Kursk "
     "region, using obituaries, posts by relatives on VKontakte and reports from local administrations."],
    ["The list, updated to June 20, 2025, includes 612 conscripts, many of whom were serving their "
     "compulsory 12 months when the incursion began.",
     "Another 1,950 of the dead were volunteers or mobilised men, and at least 340 had been recruited "
     "from prisons.",
     "Among them are 38 officers, including a colonel who commanded a regiment and was killed near "
     "Sudzha in March."],
    ["Each week our team checks 17 regional news sites, cemetery photographs and the pages of local "
     "schools, which often post notices about former pupils.",
     "“He phoned on the 9th and said they were going in the next morning; three days later his "
     "commander called me,” the mother of a 21-year-old marine from Orenburg told us.",
     "The youngest of the named dead was 18, the oldest 63."],
    ["Names are only the visible part of the toll.",
     "Based on probate registry data, which record inheritance cases opened for men who died in the "
     "war, we estimate that the true number of Russian deaths in the Kursk fighting lies between "
     "9,000 and 12,500."],
    ["Across the whole war, our count stands at 121,507 names as of the same date, which independent "
     "demographers believe covers roughly 45 to 60 percent of actual deaths."],
    ["Ukraine's General Staff, whose figures cannot be verified, has claimed that Russia lost more "
     "than 64,000 troops killed and wounded in the Kursk direction over the same period.",
     "Russia's defence ministry has never published its losses for the operation; its last official "
     "figure for the war as a whole, 6,110 dead, dates from the autumn of 2022."],
]

# ---------------------------------------------------------------- e04 campaign assessment
DOCS["e04-campaign-assessment"] = [
    ["Kursk Campaign Assessment, January 16, 2025"],
    ["North Korean forces likely resumed offensive operations in Kursk Oblast on January 14 after a "
     "roughly two-week operational pause, probably to reconstitute units that suffered heavy "
     "casualties in December.",
     "Geolocated footage published on January 15 shows at least 17 North Korean personnel killed in a "
     "single drone strike south of Malaya Loknya, and the Center assesses the footage to be authentic.",
     "Ukraine's 231st Separate Airmobile Brigade reportedly stated that its drone operators killed or "
     "wounded “up to a company” of North Korean infantry in the same assault."],
    ["The Ukrainian General Staff reported on January 15 that Russian and North Korean forces lost "
     "1,120 personnel killed and wounded in the Kursk direction in the previous 24 hours, a figure "
     "the Center cannot independently verify but which is consistent with the scale of assaults "
     "observed in recent footage.",
     "The Center assessed on January 9 that North Korean forces had likely suffered roughly 3,800 "
     "casualties since entering combat in early December, and continues to assess that this rate of "
     "loss is likely unsustainable without reinforcement."],
    ["A prominent Kremlin-affiliated milblogger claimed on January 15 that elements of the Russian "
     "74th Naval Infantry Brigade advanced up to 1.5 kilometers near Sverdlikovo, though the Center "
     "has not observed visual confirmation of this claim.",
     "The milblogger acknowledged that the brigade had lost “dozens” of men to Ukrainian FPV drones "
     "over the past week, and complained that replacements arrived with only three days of training.",
     "Both sides likely suffered heavy losses in the fighting near Sverdlikovo on January 15, "
     "according to footage the Center has reviewed."],
    ["South Korea's National Intelligence Service (NIS) reportedly told South Korean lawmakers on "
     "January 13 that roughly 370 North Korean soldiers had been killed and about 2,900 wounded.",
     "The Center assesses that the gap between Ukrainian and South Korean figures likely reflects "
     "different counting methods."],
    ["Ukrainian forces reportedly struck a Russian command post in Kursk Oblast with two HIMARS "
     "rockets on January 15.",
     "Russian forces conducted 46 glide bomb strikes on Sumy Oblast on January 15, according to the "
     "Ukrainian Air Force."],
    ["Elsewhere, the Ukrainian General Staff reported that Russian forces lost an estimated 410 "
     "personnel in the Pokrovsk direction on January 15."],
]

# ---------------------------------------------------------------- e05 brigade Telegram post
DOCS["e05-brigade-telegram"] = [
    ["Kursk direction. Our week."],
    ["Seven days of heavy fighting near Pogrebki and Kurilovka.",
     "The enemy keeps coming.",
     "Mostly North Koreans now.",
     "They attack in waves of 30–40 men, without armour, across open snow."],
    ["The result for the week: 212 enemy eliminated.",
     "That is about 30 a day.",
     "Eliminated means killed or wounded.",
     "For those new to the channel: “two hundred” is our word for killed, “three hundred” for wounded.",
     "Two hundreds: 131.",
     "Three hundreds: 81."],
    ["On Thursday night a North Korean group tried to cross the river below Kurilovka.",
     "Our drones found them first.",
     "23 of them will not cross anything again."],
    ["Four North Koreans taken prisoner.",
     "Drone unit “Grim” alone accounts for 57 of the 212.",
     "Also destroyed: 3 tanks, 6 BMPs, 14 motorcycles, 2 mortars."],
    ["Our own losses?",
     "We do not publish them.",
     "We will say this: fewer than ten, and every one of them has a name."],
    ["Since we entered the Kursk sector in August, the brigade has put more than 2,600 of the enemy "
     "out of action, dead or wounded.",
     "We are not counting the ones who ran."],
    ["Thank you to everyone who gave to our drone fund: 1.4 million hryvnias in a week.",
     "We keep working.",
     "Glory to Ukraine."],
    ["163rd Separate Assault Brigade press service"],
]

# ---------------------------------------------------------------- e06 interview
DOCS["e06-captured-soldier"] = [
    ["“Only four of us came back”: a captured North Korean soldier and the officer who guards him"],
    ["KYIV REGION — The young man in the grey tracksuit is 24, speaks no Russian and, until last "
     "autumn, had never left North Korea.",
     "He asked to be identified only by his surname, Ri.",
     "He was captured on January 11 near the village of Malaya Loknya, after a drone strike that he "
     "says killed most of his squad."],
    ["“Of the 28 men in my platoon, only four of us came back from the first assault,” he said "
     "through a Korean interpreter provided by Ukraine's SBU security service.",
     "Ri said an officer had told his unit that as many as 2,000 North Koreans had died before it "
     "arrived, but that commanders spoke of them as “heroes who went ahead” rather than as the dead."],
    ["Major Taras Hnatiuk, whose battalion holds positions south of Sudzha, said his men had counted "
     "“about a hundred and fifty” North Korean bodies in front of their trenches after a single night "
     "in mid-January.",
     "“They walk in lines, three or four metres apart, and they don't stop when the man next to them "
     "falls,” he said.",
     "“At the peak we were killing twenty, thirty of them a day,” Hnatiuk said of the fighting in "
     "late December.",
     "Since November, he reckons, his battalion has killed roughly a thousand North Korean soldiers."],
    ["He put his own battalion's losses over the winter at “eleven dead and around forty wounded,” "
     "numbers he said he could share because the families had been told.",
     "His men, he added, no longer bother to learn the names of the replacements."],
    ["Ukraine's General Staff says it holds five North Korean prisoners, Ri among them.",
     "Kyiv has offered to hand two of them to Seoul if Moscow releases Ukrainian prisoners in return.",
     "Ri says he would rather go to South Korea than return home, where he fears punishment; some "
     "34,000 North Koreans have resettled in the South since the 1990s."],
]

# ---------------------------------------------------------------- e07 explainer Q&A
DOCS["e07-what-we-know"] = [
    ["What we know about North Korea's losses in Russia's Kursk region"],
    ["Published on 9 May 2025"],
    ["North Korea and Russia have now both acknowledged that North Korean troops fought in Kursk, "
     "ending months of denials."],
    ["How many soldiers did Pyongyang send?"],
    ["Estimates vary.",
     "South Korea's spy agency says about 12,000 were sent in a first wave last autumn, and that a "
     "further 3,000 or so followed in January and February.",
     "Ukraine's military intelligence has put the total higher, at up to 15,000."],
    ["How many have been killed or wounded?"],
    ["Here the numbers diverge sharply.",
     "Ukraine's military intelligence, the GUR, estimated in April that around 5,000 North Koreans "
     "had been killed or wounded.",
     "The agency said roughly 1,500 of them had died.",
     "Seoul's National Intelligence Service gave a lower figure (approximately 4,700 casualties, of "
     "whom some 600 were killed) in a briefing to lawmakers the same month.",
     "The US Department of Defense has been more cautious, saying only that North Korean forces had "
     "suffered “significant casualties” without giving a number."],
    ["What about Russian and Ukrainian losses in Kursk?"],
    ["Russia's defence ministry said, when it declared the region recaptured, that Ukraine had lost "
     "more than 76,000 troops there since August 2024, a figure Kyiv rejects.",
     "Ukraine's commander-in-chief claimed in March that Russian and North Korean forces had suffered "
     "some 58,000 casualties in the region, about 23,000 of them killed.",
     "Independent analysts who count Russian obituaries have confirmed roughly 3,000 Russian deaths in "
     "the Kursk fighting by name, though they say the real number is several times higher."],
    ["Why do the estimates differ so much?"],
    ["Each side has an interest in inflating the other's losses and playing down its own, and "
     "independent access to the battlefield has been almost impossible.",
     "Kursk region, which borders Ukraine's Sumy region, has a population of about 1.1 million."],
    ["What does North Korea say?"],
    ["In a rare statement in April, the state news agency KCNA praised the “heroic feats” of the "
     "troops and acknowledged that an unspecified number had died.",
     "State media later said the country's leader had awarded the title Hero of the DPRK to 10 "
     "commanders."],
]

# ---------------------------------------------------------------- e08 satellite imagery
DOCS["e08-satellite-graves"] = [
    ["Satellite images point to hundreds of new graves at North Korean military cemetery"],
    ["Commercial satellite imagery reviewed by this outlet shows that a plot on the northern edge of "
     "the Sopho military cemetery outside Pyongyang grew by roughly 0.4 hectares between March and "
     "August 2025.",
     "By our count, between 240 and 310 new grave markers appear in the expanded section, consistent "
     "with the burial of soldiers repatriated from Russia."],
    ["The count is necessarily rough: some markers are hidden by trees, and images at a resolution of "
     "30 centimetres cannot show inscriptions.",
     "The cemetery lies about 25 kilometres north of central Pyongyang, and imagery was collected on "
     "19 separate dates."],
    ["Imagery of the Pyongyang No. 11 hospital, which treats military personnel, shows vehicle "
     "traffic roughly doubling over the same period, with as many as 14 buses parked outside on some "
     "days.",
     "From ambulance and bus movements, we estimate that the hospital may have received between 1,000 "
     "and 1,800 wounded soldiers over those six months.",
     "That would be broadly in line with South Korea's National Intelligence Service, which said in "
     "July that about 2,000 wounded had been flown home on military transport aircraft."],
    ["A defector-run group, the Unification Truth Network, says sources inside the country have "
     "passed it a list naming 472 soldiers killed in Russia.",
     "We have not been able to verify the list."],
    ["If burials continue at the pace seen since March, the plot could hold between 500 and 650 "
     "graves by the end of 2025, our projection suggests.",
     "Total North Korean deaths are likely far higher than the graves suggest, because many bodies "
     "were reportedly cremated in Russia before repatriation."],
    ["Western officials have put North Korea's dead at around 2,000 to 2,500, out of more than 14,000 "
     "troops deployed since late 2024.",
     "Seoul's spy agency said in September that Pyongyang was likely to send a further 5,000 military "
     "engineers and builders to Kursk before the end of the year."],
]

# ---------------------------------------------------------------- e09 Russian MoD via RIA
DOCS["e09-ria-mod-summary"] = [
    ["Russian Defence Ministry: Ukrainian forces lost up to 310 servicemen in Kursk direction over the day"],
    ["MOSCOW, 14 January (RIA Novosti) – Units of the Sever group of forces repelled seven "
     "counterattacks by Ukrainian assault groups in the Kursk region over the past 24 hours, the "
     "Russian Ministry of Defence reported on Tuesday."],
    ["In the Kursk direction, the enemy lost up to 310 servicemen over the past day, the ministry said.",
     "Two tanks, five armoured fighting vehicles, four field artillery guns and an electronic warfare "
     "station were also destroyed."],
    ["Near the settlement of Makhnovka, aviation and artillery strikes liquidated more than 40 "
     "militants of a Ukrainian air assault brigade who had attempted to break through to the north.",
     "Among those liquidated were up to 15 foreign mercenaries, the ministry claimed.",
     "A further 12 Ukrainian servicemen laid down their arms and surrendered near Sverdlikovo."],
    ["In total, since the beginning of hostilities in the Kursk direction, the enemy has lost more "
     "than 49,500 servicemen, 280 tanks, 224 infantry fighting vehicles and 1,520 armoured combat "
     "vehicles, the ministry's summary says."],
    ["In the Kupyansk direction, units of the Zapad group inflicted losses on the enemy of up to 520 "
     "servicemen during the day.",
     "Ukrainian losses in the zone of responsibility of the Yug group amounted to as many as 640 "
     "servicemen over the same period.",
     "In the Donetsk direction, over the past 24 hours the enemy lost up to 1.2 thousand servicemen "
     "killed and wounded."],
    ["Overall, the Kyiv regime's daily losses along the entire line of contact exceeded 1,800 "
     "servicemen, according to the ministry."],
    ["Air defence systems shot down 74 fixed-wing drones and three HIMARS rockets over the past day.",
     "Since the start of the special military operation, a total of 650 aircraft, 283 helicopters and "
     "38,512 unmanned aerial vehicles have been destroyed, according to the ministry."],
    ["Ukrainian forces entered the Kursk region on 6 August 2024; the evacuation of more than 150,000 "
     "residents was announced at the time."],
]

# ---------------------------------------------------------------- e10 parliamentary hearing
DOCS["e10-committee-hearing"] = [
    ["MPs told North Korea is losing “around 400 a week” in Kursk"],
    ["Britain's most senior defence intelligence officer told MPs on Tuesday that North Korea had "
     "lost about 4,000 soldiers killed or wounded in Kursk since its troops entered combat in "
     "December, and that in February the rate of loss had reached around 400 a week."],
    ["Pressed by the committee chair, Dame Ruth Allingham, on how many of those were deaths, Lt Gen. "
     "Mark Ellery, the Chief of Defence Intelligence, replied: “Our best assessment is somewhere "
     "between 800 and 1,100 killed, with the remainder wounded, some of them very seriously.”",
     "“We hold that range with moderate confidence,” he added."],
    ["Around 11,000 North Korean troops remain in the Kursk area, the committee heard, after a "
     "rotation in January that brought in roughly 2,500 fresh soldiers."],
    ["Daniel Roper, the armed forces minister, who gave evidence alongside him, offered a rounder "
     "number: North Korea had “lost something like 5,000 men,” he said, a figure reflecting “allied "
     "reporting” rather than British intelligence alone.",
     "Asked about Russian losses, Roper said Russia had been losing “well over a thousand a day” "
     "across the whole front during February, and perhaps 150 to 200 of those in Kursk."],
    ["Ellery declined to give a figure for Ukrainian losses in Kursk, saying only that they had been "
     "“significant but sustainable.”",
     "Labour MP Priya Nandakumar asked whether there was evidence of North Korean soldiers being "
     "prevented from surrendering; Ellery said he would not discuss “individual reporting” but "
     "confirmed that “a small number” had been captured by Ukraine.",
     "He said the assessment drew on “more than a dozen” separate streams of reporting."],
    ["The committee has received 37 written submissions for its inquiry, and Tuesday's session was "
     "the fourth in the series.",
     "Roper reminded members that the UK had committed £3 billion a year in military aid to Ukraine "
     "until 2030."],
]

# ---------------------------------------------------------------- e11 weekly newsletter
DOCS["e11-weekly-brief"] = [
    ["The Kursk Brief, issue 31"],
    ["Friday, March 7, 2025"],
    ["Good morning.",
     "Here is what we tracked this week, with the usual caveat that almost none of these figures can "
     "be checked independently."],
    ["KYIV: Ukraine's General Staff says Russian and North Korean forces lost 2,380 personnel in the "
     "Kursk sector between Monday and Thursday, revised down from 2,610 in its Wednesday update after "
     "what it called a double count."],
    ["MOSCOW: Ukrainian losses in Kursk over the same four days came to “up to 1,950,” Russia's "
     "defence ministry claimed."],
    ["SEOUL: North Korean casualties, killed and wounded, now stand at 4,300 by the NIS's reckoning, "
     "up from the 3,600 it gave lawmakers in late January."],
    ["CORRECTION: Last week's item on the 88th Marine Brigade's drone unit near Kurilovka should have "
     "said 140 North Korean soldiers were killed or wounded, 36 of them killed, not 140 killed."],
    ["WASHINGTON: A Pentagon spokesperson put North Korean battlefield deaths at “over 1,000” and said "
     "the US was “not in a position” to say how many had been captured."],
    ["LONDON: British defence intelligence put Russia's average daily casualties across the war at "
     "1,310 in February (we earlier reported this as 1,130, a typo)."],
    ["OSLO: The open-source group Frontline Ledger says it geolocated 58 videos this week showing at "
     "least 92 dead Russian or North Korean soldiers."],
    ["KURSK: The region's acting governor said on Telegram that 12 civilians had been killed by "
     "Ukrainian shelling in border districts this week."],
    ["PRISONERS: Kyiv and Moscow swapped 175 prisoners each on Wednesday, none of them North Korean."],
    ["POLL: 58% of Ukrainians surveyed by Rating Lab said Kyiv should keep troops in Kursk as a "
     "bargaining chip."],
    ["CORRECTION (2): On February 28 we wrote, citing Russian milbloggers, that “a few dozen” "
     "Ukrainian soldiers had been captured near Sudzha; Russia's defence ministry has since put the "
     "number at 61."],
    ["That's all for this week."],
]

# ---------------------------------------------------------------- e12 year-end data story
DOCS["e12-year-in-numbers"] = [
    ["A year of North Korea's war in Kursk, in numbers"],
    ["When the first North Korean units reached the front in Kursk in late 2024, Western and South "
     "Korean officials put their number at about 11,000.",
     "By our compilation of estimates, between 5,500 and 6,500 of the roughly 15,000 who eventually "
     "served there had been killed or wounded by the end of 2025 — more than one in three.",
     "Roughly a quarter of the force that fought in Kursk was killed or wounded in its first six weeks "
     "of combat, Western officials estimated at the time."],
    ["The running totals climbed fast: South Korea's spy agency counted about 1,100 casualties in "
     "late December 2024, roughly 3,000 by late January and some 4,700 by April.",
     "Ukraine's military intelligence was consistently higher, putting the toll at 6,000 by March and "
     "nearly 7,000 by the time Russia declared the region recaptured in late April.",
     "Seoul's April figure implies that nearly half of the original contingent was out of action by "
     "spring; the NIS itself said only that “a significant proportion” had been lost."],
    ["Russian losses dwarf those numbers: Ukraine's General Staff counts about 72,000 Russian troops "
     "killed or wounded in Kursk between August 2024 and April 2025, while independent tallies of "
     "named dead stand at 5,100.",
     "By comparison, Kyiv says Russia lost more than 42,000 troops in the fighting around Pokrovsk "
     "over the same months.",
     "The campaign lasted roughly 260 days, from the incursion on August 6, 2024 to Moscow's "
     "declaration of victory."],
    ["Ukraine has never published its Kursk losses.",
     "In June, lawmaker Oksana Dzyuba, citing a General Staff estimate, put them at “under 10,000” "
     "killed, wounded and missing.",
     "Altogether, by our reckoning, well over 100,000 soldiers on both sides were killed or wounded "
     "in the Kursk campaign."],
    ["Pyongyang has since sent about 6,000 engineers and deminers to the region, with another 1,000 "
     "expected in early 2026, according to South Korean officials.",
     "North Korea's economy grew by an estimated 4.1 percent in 2024, helped by payments from Moscow, "
     "according to the Bank of Korea.",
     "Our tracker draws on 214 published estimates from 31 sources."],
]

# ================================================================= gold rows
# fid | quote substring | claimant_id | claimant_name | relay_names | whose_losses | measure |
# counted_in | modality | qualifier | low | best | high | count_as_written | scope |
# derived_from_quote substring | notes
GOLD = """
e01 | North Korea shipped roughly 3,000 | unnamed-people-familiar | Three people familiar with the matter | Meridian | north_korean | deployed | people | reported | approximate |  | 3000 |  | roughly 3,000 | stock |  | additional troops sent in January (already arrived); outlet names itself in the dateline
e01 | North Korea shipped roughly 3,000 | unnamed-people-familiar | Three people familiar with the matter | Meridian | north_korean | killed_or_wounded | people | reported | none |  |  |  | troops killed or wounded | unspecified |  | loss stated without a figure beside the deployment figure
e01 | Of the roughly 11,000 troops | unnamed-people-familiar | Three people familiar with the matter | Meridian | north_korean | deployed | people | reported | approximate |  | 11000 |  | roughly 11,000 | stock |  | initial contingent sent last autumn
e01 | Of the roughly 11,000 troops | unnamed-people-familiar | Three people familiar with the matter | Meridian | north_korean | killed_or_wounded | people | reported | approximate |  | 4000 |  | about 4,000 | cumulative |  | by mid-January
e01 | list 1,412 North Korean | ru-kursk-military-hospital-register | Register of a military hospital in Kursk city (document seen by the agency) | Meridian | north_korean | wounded | people | reported | exact | 1412 | 1412 | 1412 | 1,412 | period |  | patients admitted with combat injuries, December 1 to January 20; authenticity unverified
e01 | also records 96 North | ru-kursk-military-hospital-register | Register of a military hospital in Kursk city (document seen by the agency) | Meridian | north_korean | killed | people | reported | exact | 96 | 96 | 96 | 96 | period |  | died after admission, same register period
e01 | handwritten tally | ru-liaison-officer-tally | Handwritten tally attributed to a Russian liaison officer (document seen by the agency) | Meridian | north_korean | killed_or_missing | people | reported | exact | 1100 | 1100 | 1100 | 1,100 | period |  | "irrecoverable losses" defined by the next sentence as killed or missing; one brigade, December
e01 | a single company lost more than half | unnamed-people-familiar | One of the people familiar with the matter | Meridian | north_korean | casualties_unspecified | percent_of_force | reported | more_than | 50 |  |  | more than half | incident |  | share of a single company in one assault; "lost" undefined
e01 | The dead numbered about 340 | kr-nis | National Intelligence Service (South Korea) | Meridian | north_korean | killed | people | reported | approximate |  | 340 |  | about 340 | cumulative |  | figure split across clauses
e01 | The dead numbered about 340 | kr-nis | National Intelligence Service (South Korea) | Meridian | north_korean | wounded | people | reported | approximate |  | 2600 |  | some 2,600 | cumulative |  | figure split across clauses, after the attribution
e01 | exceed 4,500 killed | ua-gur | Defence Intelligence of Ukraine (GUR) | Meridian | north_korean | killed_or_wounded | people | reported | more_than | 4500 |  |  | exceed 4,500 | cumulative |  | since November

e02 | have suffered more than 1,000 casualties | kr-jcs | Joint Chiefs of Staff (South Korea) |  | north_korean | killed_or_wounded | people | reported | more_than | 1000 |  |  | more than 1,000 | cumulative |  | the next sentence defines the figure as the dead and the wounded
e02 | dozens of men | kr-jcs | Col. Lee Seong-jun, JCS public affairs office (South Korea) |  | north_korean | casualties_unspecified | people_per_day | reported | vague | 24 |  | 99 | dozens of men a day | period |  | rate in recent days, units near Kurilovka; "he" = Lee
e02 | possibly numbering in the thousands | kr-jcs | Joint Chiefs of Staff (South Korea) |  | north_korean | deployed | people | projected | vague | 2000 |  | 9999 | in the thousands | stock |  | forecast of additional troops
e02 | roughly 11,500 North Korean soldiers | kr-jcs | Joint Chiefs of Staff (South Korea) |  | north_korean | deployed | people | reported | approximate |  | 11500 |  | roughly 11,500 | stock |  | sent to Russia as of mid-December
e02 | roughly 11,500 North Korean soldiers | kr-jcs | Joint Chiefs of Staff (South Korea) |  | north_korean | deployed | people | reported | approximate |  | 10500 |  | about 10,500 | stock |  | of whom in Kursk
e02 | than the 3,000 the National | kr-nis | National Intelligence Service (South Korea) |  | north_korean | deployed | people | reported | exact | 3000 | 3000 | 3000 | 3,000 | stock |  | earlier (October) estimate of the first contingent
e02 | at least two North Korean soldiers | kr-mnd | Park Min-ah, Ministry of National Defense spokesperson (South Korea) |  | north_korean | captured | people | reported | at_least | 2 |  |  | at least two | cumulative |  | "she" = Park; report not yet verified by the ministry
e02 | at least 100 of the North Korean | kr-nis | National Intelligence Service (South Korea) | Yoon Dae-hee | north_korean | killed | people | reported | at_least | 100 |  |  | at least 100 | cumulative |  | lawmaker relays the NIS

e03 | identified by name at least 4,380 | author | Text's own voice (investigative outlet) |  | russian | killed | people | reported | at_least | 4380 |  |  | at least 4,380 | cumulative |  | confirmed by name since August 6, 2024
e03 | includes 612 conscripts | author | Text's own voice (investigative outlet) |  | russian | killed | people | reported | exact | 612 | 612 | 612 | 612 | cumulative |  | subset of the named dead: conscripts
e03 | Another 1,950 | author | Text's own voice (investigative outlet) |  | russian | killed | people | reported | exact | 1950 | 1950 | 1950 | 1,950 | cumulative |  | subset of the named dead: volunteers or mobilised men
e03 | Another 1,950 | author | Text's own voice (investigative outlet) |  | russian | killed | people | reported | at_least | 340 |  |  | at least 340 | cumulative |  | subset of the named dead: recruited from prisons
e03 | Among them are 38 officers | author | Text's own voice (investigative outlet) |  | russian | killed | people | reported | exact | 38 | 38 | 38 | 38 officers | cumulative |  | subset of the named dead: officers
e03 | between 9,000 and 12,500 | author | Text's own voice (investigative outlet) |  | russian | killed | people | reported | range | 9000 |  | 12500 | between 9,000 and 12,500 | cumulative |  | estimate of the true toll from probate data
e03 | 121,507 names | author | Text's own voice (investigative outlet) |  | russian | killed | people | reported | exact | 121507 | 121507 | 121507 | 121,507 | cumulative |  | area=whole_war; named dead; the 45-60 percent is coverage of deaths, not a share of a force
e03 | more than 64,000 troops | ua-general-staff | General Staff of the Armed Forces of Ukraine |  | russian | killed_or_wounded | people | reported | more_than | 64000 |  |  | more than 64,000 | cumulative |  | since August 2024
e03 | 6,110 dead | ru-mod | Ministry of Defence of Russia |  | russian | killed | people | reported | exact | 6110 | 6110 | 6110 | 6,110 | cumulative |  | area=whole_war; last official figure, autumn 2022

e04 | suffered heavy casualties in December | author | Text's own voice (campaign assessment) |  | north_korean | casualties_unspecified | people | reported | none |  |  |  | heavy casualties | period |  | December; no figure
e04 | at least 17 North Korean personnel | author | Text's own voice (campaign assessment) |  | north_korean | killed | people | reported | at_least | 17 |  |  | at least 17 | incident |  | geolocated footage of one drone strike
e04 | up to a company | ua-231st-brigade | 231st Separate Airmobile Brigade (Ukraine) |  | north_korean | killed_or_wounded | companies | reported | at_most |  |  | 1 | up to a company | incident |  | same assault
e04 | 1,120 personnel killed and wounded | ua-general-staff | General Staff of the Armed Forces of Ukraine |  | russian_and_north_korean | killed_or_wounded | people | reported | exact | 1120 | 1120 | 1120 | 1,120 | period |  | previous 24 hours
e04 | roughly 3,800 | author | Text's own voice (campaign assessment) |  | north_korean | casualties_unspecified | people | reported | approximate |  | 3800 |  | roughly 3,800 | cumulative |  | assessment of January 9
e04 | lost “dozens” of men | ru-milblogger | Kremlin-affiliated milblogger (unnamed) |  | russian | casualties_unspecified | people | reported | vague | 24 |  | 99 | dozens | period |  | one brigade, past week
e04 | Both sides likely suffered heavy losses | author | Text's own voice (campaign assessment) |  | both_sides | casualties_unspecified | people | reported | none |  |  |  | heavy losses | incident |  | fighting near Sverdlikovo on January 15; no figure
e04 | roughly 370 North Korean | kr-nis | National Intelligence Service (South Korea) | South Korean lawmakers | north_korean | killed | people | reported | approximate |  | 370 |  | roughly 370 | cumulative |  | closed briefing relayed by lawmakers
e04 | roughly 370 North Korean | kr-nis | National Intelligence Service (South Korea) | South Korean lawmakers | north_korean | wounded | people | reported | approximate |  | 2900 |  | about 2,900 | cumulative |  | closed briefing relayed by lawmakers
e04 | an estimated 410 | ua-general-staff | General Staff of the Armed Forces of Ukraine |  | russian | casualties_unspecified | people | reported | approximate |  | 410 |  | an estimated 410 | period |  | area=other_front; Pokrovsk direction, one day

e05 | 212 enemy eliminated | author | 163rd Separate Assault Brigade press service (text's own voice) |  | russian_and_north_korean | killed_or_wounded | people | reported | exact | 212 | 212 | 212 | 212 | period |  | week; the post defines "eliminated" as killed or wounded (131 + 81)
e05 | That is about 30 a day. | author | 163rd Separate Assault Brigade press service (text's own voice) |  | russian_and_north_korean | killed_or_wounded | people_per_day | reported | approximate |  | 30 |  | about 30 a day | period |  | rate over the week; stated in the text
e05 | Two hundreds: 131. | author | 163rd Separate Assault Brigade press service (text's own voice) |  | russian_and_north_korean | killed | people | reported | exact | 131 | 131 | 131 | 131 | period |  | "two hundred" slang = killed, as the post explains
e05 | Three hundreds: 81. | author | 163rd Separate Assault Brigade press service (text's own voice) |  | russian_and_north_korean | wounded | people | reported | exact | 81 | 81 | 81 | 81 | period |  | "three hundred" slang = wounded, as the post explains
e05 | 23 of them will not | author | 163rd Separate Assault Brigade press service (text's own voice) |  | north_korean | killed | people | reported | exact | 23 | 23 | 23 | 23 | incident |  | euphemism for killed; river crossing on Thursday night
e05 | Four North Koreans taken prisoner. | author | 163rd Separate Assault Brigade press service (text's own voice) |  | north_korean | captured | people | reported | exact | 4 | 4 | 4 | Four | period |  | week
e05 | 57 of the 212 | author | 163rd Separate Assault Brigade press service (text's own voice) |  | russian_and_north_korean | killed_or_wounded | people | reported | exact | 57 | 57 | 57 | 57 | period |  | subset of the 212 credited to the drone unit
e05 | fewer than ten | author | 163rd Separate Assault Brigade press service (text's own voice) |  | ukrainian | casualties_unspecified | people | reported | fewer_than |  |  | 10 | fewer than ten | period |  | the brigade's own losses for the week
e05 | more than 2,600 | author | 163rd Separate Assault Brigade press service (text's own voice) |  | russian_and_north_korean | killed_or_wounded | people | reported | more_than | 2600 |  |  | more than 2,600 | cumulative |  | "out of action" defined in the sentence as dead or wounded; since August

e06 | killed most of his squad | kp-captured-soldier-ri | Ri, captured North Korean soldier |  | north_korean | killed | percent_of_force | reported | more_than | 50 |  |  | most of his squad | incident |  | "most" of his squad in one drone strike
e06 | only four of us came back | kp-captured-soldier-ri | Ri, captured North Korean soldier |  | north_korean | casualties_unspecified | people | reported | none |  |  |  | only four of us came back | incident |  | survivors (4 of 28) stated; the number lost is not stated and was not computed
e06 | as many as 2,000 | kp-unnamed-officer | Unnamed North Korean officer who briefed Ri's unit | Ri | north_korean | killed | people | reported | at_most |  |  | 2000 | as many as 2,000 | cumulative |  | before the unit arrived
e06 | about a hundred and fifty | ua-maj-hnatiuk | Maj. Taras Hnatiuk, Ukrainian battalion commander |  | north_korean | killed | people | reported | approximate |  | 150 |  | about a hundred and fifty | incident |  | bodies counted after one night in mid-January
e06 | twenty, thirty of them a day | ua-maj-hnatiuk | Maj. Taras Hnatiuk, Ukrainian battalion commander |  | north_korean | killed | people_per_day | reported | range | 20 |  | 30 | twenty, thirty of them a day | period |  | late December
e06 | roughly a thousand | ua-maj-hnatiuk | Maj. Taras Hnatiuk, Ukrainian battalion commander |  | north_korean | killed | people | reported | approximate |  | 1000 |  | roughly a thousand | cumulative |  | his battalion, since November
e06 | eleven dead and around forty | ua-maj-hnatiuk | Maj. Taras Hnatiuk, Ukrainian battalion commander |  | ukrainian | killed | people | reported | exact | 11 | 11 | 11 | eleven dead | period |  | his battalion, over the winter
e06 | eleven dead and around forty | ua-maj-hnatiuk | Maj. Taras Hnatiuk, Ukrainian battalion commander |  | ukrainian | wounded | people | reported | approximate |  | 40 |  | around forty wounded | period |  | his battalion, over the winter
e06 | holds five North Korean prisoners | ua-general-staff | General Staff of the Armed Forces of Ukraine |  | north_korean | captured | people | reported | exact | 5 | 5 | 5 | five | cumulative |  | prisoners held, not exchanged

e07 | about 12,000 were sent | kr-nis | National Intelligence Service (South Korea) |  | north_korean | deployed | people | reported | approximate |  | 12000 |  | about 12,000 | stock |  | first wave
e07 | about 12,000 were sent | kr-nis | National Intelligence Service (South Korea) |  | north_korean | deployed | people | reported | approximate |  | 3000 |  | 3,000 or so | stock |  | further troops sent in January and February (already arrived)
e07 | at up to 15,000 | ua-gur | Defence Intelligence of Ukraine (GUR) |  | north_korean | deployed | people | reported | at_most |  |  | 15000 | up to 15,000 | stock |  | total sent
e07 | around 5,000 North Koreans | ua-gur | Defence Intelligence of Ukraine (GUR) |  | north_korean | killed_or_wounded | people | reported | approximate |  | 5000 |  | around 5,000 | cumulative |  | April estimate
e07 | roughly 1,500 of them | ua-gur | Defence Intelligence of Ukraine (GUR) |  | north_korean | killed | people | reported | approximate |  | 1500 |  | roughly 1,500 | cumulative |  | "the agency" = GUR
e07 | approximately 4,700 casualties | kr-nis | National Intelligence Service (South Korea) |  | north_korean | casualties_unspecified | people | reported | approximate |  | 4700 |  | approximately 4,700 | cumulative |  | figure in parentheses
e07 | approximately 4,700 casualties | kr-nis | National Intelligence Service (South Korea) |  | north_korean | killed | people | reported | approximate |  | 600 |  | some 600 | cumulative |  | figure in parentheses
e07 | significant casualties | us-dod | US Department of Defense (Pentagon) |  | north_korean | casualties_unspecified | people | reported | none |  |  |  | significant casualties | cumulative |  | no figure given
e07 | more than 76,000 troops | ru-mod | Ministry of Defence of Russia |  | ukrainian | casualties_unspecified | people | reported | more_than | 76000 |  |  | more than 76,000 | cumulative |  | since August 2024
e07 | some 58,000 casualties | ua-commander-in-chief | Commander-in-chief of Ukraine's armed forces |  | russian_and_north_korean | casualties_unspecified | people | reported | approximate |  | 58000 |  | some 58,000 | cumulative |  | March
e07 | some 58,000 casualties | ua-commander-in-chief | Commander-in-chief of Ukraine's armed forces |  | russian_and_north_korean | killed | people | reported | approximate |  | 23000 |  | about 23,000 | cumulative |  | March
e07 | roughly 3,000 Russian deaths | independent-obituary-counters | Independent analysts who count Russian obituaries |  | russian | killed | people | reported | approximate |  | 3000 |  | roughly 3,000 | cumulative |  | confirmed by name
e07 | roughly 3,000 Russian deaths | independent-obituary-counters | Independent analysts who count Russian obituaries |  | russian | killed | people | reported | none |  |  |  | several times higher | cumulative |  | stated only as a multiple of the named count; not computed
e07 | an unspecified number had died | kp-kcna | Korean Central News Agency (KCNA) |  | north_korean | killed | people | reported | none |  |  |  | an unspecified number | cumulative |  | acknowledgement of deaths without a figure

e08 | Satellite images point to hundreds | author | Text's own voice (North Korea-watching outlet) |  | north_korean | killed | people | reported | vague | 200 |  | 999 | hundreds of new graves | period | between 240 and 310 new grave | headline figure made by the outlet from its grave-marker count
e08 | between 240 and 310 new grave | author | Text's own voice (North Korea-watching outlet) |  | north_korean | killed | people | reported | range | 240 |  | 310 | between 240 and 310 | period |  | new grave markers, March to August 2025, inferred from imagery
e08 | between 1,000 and 1,800 wounded | author | Text's own voice (North Korea-watching outlet) |  | north_korean | wounded | people | reported | range | 1000 |  | 1800 | between 1,000 and 1,800 | period |  | hospital intake over six months, inferred from vehicle traffic
e08 | about 2,000 wounded had been flown | kr-nis | National Intelligence Service (South Korea) |  | north_korean | wounded | people | reported | approximate |  | 2000 |  | about 2,000 | cumulative |  | flown home, as of July
e08 | naming 472 soldiers | kp-inside-sources | Unnamed sources inside North Korea | Unification Truth Network | north_korean | killed | people | reported | exact | 472 | 472 | 472 | 472 | cumulative |  | list unverified; the network passes it on
e08 | between 500 and 650 graves | author | Text's own voice (North Korea-watching outlet) |  | north_korean | killed | people | conditional | range | 500 |  | 650 | between 500 and 650 | cumulative |  | projected total if the pace of burials continues, by the end of 2025
e08 | far higher than the graves suggest | author | Text's own voice (North Korea-watching outlet) |  | north_korean | killed | people | reported | none |  |  |  | far higher than the graves suggest | cumulative |  | comparison without a figure; not computed
e08 | around 2,000 to 2,500 | western-officials | Western officials (unnamed) |  | north_korean | killed | people | reported | range | 2000 |  | 2500 | around 2,000 to 2,500 | cumulative |  | "around" kept in count_as_written
e08 | around 2,000 to 2,500 | western-officials | Western officials (unnamed) |  | north_korean | deployed | people | reported | more_than | 14000 |  |  | more than 14,000 | stock |  | deployed since late 2024
e08 | a further 5,000 military | kr-nis | National Intelligence Service (South Korea) |  | north_korean | deployed | people | projected | exact | 5000 | 5000 | 5000 | a further 5,000 | stock |  | forecast of additional engineers and builders

e09 | the enemy lost up to 310 servicemen over | ru-mod | Ministry of Defence of Russia | RIA Novosti | ukrainian | casualties_unspecified | people | reported | at_most |  |  | 310 | up to 310 | period |  | Kursk direction, past day
e09 | liquidated more than 40 | ru-mod | Ministry of Defence of Russia | RIA Novosti | ukrainian | killed | people | reported | more_than | 40 |  |  | more than 40 | incident |  | "liquidated"; near Makhnovka
e09 | up to 15 foreign mercenaries | ru-mod | Ministry of Defence of Russia | RIA Novosti | ukrainian | killed | people | reported | at_most |  |  | 15 | up to 15 | incident |  | foreign fighters on Ukraine's side, among the 40 near Makhnovka
e09 | A further 12 Ukrainian | ru-mod | Ministry of Defence of Russia | RIA Novosti | ukrainian | captured | people | reported | exact | 12 | 12 | 12 | 12 | incident |  | surrendered near Sverdlikovo
e09 | more than 49,500 servicemen | ru-mod | Ministry of Defence of Russia | RIA Novosti | ukrainian | casualties_unspecified | people | reported | more_than | 49500 |  |  | more than 49,500 | cumulative |  | Kursk direction since the start of hostilities; equipment in the same sentence not counted
e09 | up to 520 | ru-mod | Ministry of Defence of Russia | RIA Novosti | ukrainian | casualties_unspecified | people | reported | at_most |  |  | 520 | up to 520 | period |  | area=other_front; Kupyansk direction, one day
e09 | as many as 640 | ru-mod | Ministry of Defence of Russia | RIA Novosti | ukrainian | casualties_unspecified | people | reported | at_most |  |  | 640 | as many as 640 | period |  | area=other_front; Yug group, one day
e09 | 1.2 thousand | ru-mod | Ministry of Defence of Russia | RIA Novosti | ukrainian | killed_or_wounded | people | reported | at_most |  |  | 1200 | up to 1.2 thousand | period |  | area=other_front; Donetsk direction, past 24 hours
e09 | exceeded 1,800 | ru-mod | Ministry of Defence of Russia | RIA Novosti | ukrainian | casualties_unspecified | people | reported | more_than | 1800 |  |  | exceeded 1,800 | period |  | area=whole_war; one day along the entire line of contact (a daily total, not a rate)

e10 | lost about 4,000 soldiers | uk-defence-intelligence | Lt Gen. Mark Ellery, Chief of Defence Intelligence (UK) |  | north_korean | killed_or_wounded | people | reported | approximate |  | 4000 |  | about 4,000 | cumulative |  | named in the next sentence
e10 | lost about 4,000 soldiers | uk-defence-intelligence | Lt Gen. Mark Ellery, Chief of Defence Intelligence (UK) |  | north_korean | killed_or_wounded | people_per_week | reported | approximate |  | 400 |  | around 400 a week | period |  | rate in February
e10 | between 800 and 1,100 killed | uk-defence-intelligence | Lt Gen. Mark Ellery, Chief of Defence Intelligence (UK) |  | north_korean | killed | people | reported | range | 800 |  | 1100 | between 800 and 1,100 | cumulative |  | of the about 4,000
e10 | Around 11,000 North Korean troops remain | uk-defence-intelligence | Lt Gen. Mark Ellery, Chief of Defence Intelligence (UK) |  | north_korean | deployed | people | reported | approximate |  | 11000 |  | Around 11,000 | stock |  | "the committee heard" (from Ellery)
e10 | Around 11,000 North Korean troops remain | uk-defence-intelligence | Lt Gen. Mark Ellery, Chief of Defence Intelligence (UK) |  | north_korean | deployed | people | reported | approximate |  | 2500 |  | roughly 2,500 | stock |  | January rotation (already arrived)
e10 | something like 5,000 | uk-armed-forces-minister | Daniel Roper, UK armed forces minister |  | north_korean | casualties_unspecified | people | reported | approximate |  | 5000 |  | something like 5,000 | cumulative |  | "lost" undefined; the minister attributes it to allied reporting
e10 | well over a thousand a day | uk-armed-forces-minister | Daniel Roper, UK armed forces minister |  | russian | casualties_unspecified | people_per_day | reported | more_than | 1000 |  |  | well over a thousand a day | period |  | area=whole_war; February
e10 | well over a thousand a day | uk-armed-forces-minister | Daniel Roper, UK armed forces minister |  | russian | casualties_unspecified | people_per_day | reported | range | 150 |  | 200 | 150 to 200 | period |  | Kursk share of the daily rate, February; "perhaps"
e10 | significant but sustainable | uk-defence-intelligence | Lt Gen. Mark Ellery, Chief of Defence Intelligence (UK) |  | ukrainian | casualties_unspecified | people | reported | none |  |  |  | significant but sustainable | cumulative |  | no figure given
e10 | a small number | uk-defence-intelligence | Lt Gen. Mark Ellery, Chief of Defence Intelligence (UK) |  | north_korean | captured | people | reported | none |  |  |  | a small number | cumulative |  | no figure given

e11 | lost 2,380 personnel | ua-general-staff | General Staff of the Armed Forces of Ukraine |  | russian_and_north_korean | casualties_unspecified | people | reported | exact | 2380 | 2380 | 2380 | 2,380 | period |  | Monday to Thursday; revised figure
e11 | lost 2,380 personnel | ua-general-staff | General Staff of the Armed Forces of Ukraine |  | russian_and_north_korean | casualties_unspecified | people | reported | exact | 2610 | 2610 | 2610 | 2,610 | period |  | earlier figure (Wednesday update), revised down to 2,380 after a double count
e11 | up to 1,950 | ru-mod | Ministry of Defence of Russia |  | ukrainian | casualties_unspecified | people | reported | at_most |  |  | 1950 | up to 1,950 | period |  | same four days
e11 | now stand at 4,300 | kr-nis | National Intelligence Service (South Korea) |  | north_korean | killed_or_wounded | people | reported | exact | 4300 | 4300 | 4300 | 4,300 | cumulative |  | "reckoning"
e11 | now stand at 4,300 | kr-nis | National Intelligence Service (South Korea) |  | north_korean | killed_or_wounded | people | reported | exact | 3600 | 3600 | 3600 | 3,600 | cumulative |  | earlier figure given to lawmakers in late January
e11 | should have said 140 | ua-88th-marine-brigade | Drone unit of the 88th Marine Brigade (Ukraine) |  | north_korean | killed_or_wounded | people | reported | exact | 140 | 140 | 140 | 140 North Korean soldiers | incident |  | correction: the newsletter earlier misreported this as 140 killed; one row for the unit's figure
e11 | should have said 140 | ua-88th-marine-brigade | Drone unit of the 88th Marine Brigade (Ukraine) |  | north_korean | killed | people | reported | exact | 36 | 36 | 36 | 36 of them killed | incident |  | correction
e11 | over 1,000 | us-dod | US Department of Defense (Pentagon spokesperson) |  | north_korean | killed | people | reported | more_than | 1000 |  |  | over 1,000 | cumulative |  | battlefield deaths
e11 | 1,310 in February | uk-defence-intelligence | British defence intelligence (daily update) |  | russian | casualties_unspecified | people_per_day | reported | exact | 1310 | 1310 | 1310 | 1,310 | period |  | area=whole_war; February average; the newsletter earlier misprinted it as 1,130 (no row for the typo)
e11 | at least 92 dead | frontline-ledger | Frontline Ledger (open-source group, Norway) |  | russian_and_north_korean | killed | people | reported | at_least | 92 |  |  | at least 92 | period |  | this week, from 58 geolocated videos
e11 | a few dozen | ru-milbloggers | Russian milbloggers (unnamed) |  | ukrainian | captured | people | reported | vague | 24 |  | 99 | a few dozen | unspecified |  | "a few dozen" read as dozens (24-99); earlier figure, superseded by the ministry's 61
e11 | a few dozen | ru-mod | Ministry of Defence of Russia |  | ukrainian | captured | people | reported | exact | 61 | 61 | 61 | 61 | unspecified |  | near Sudzha

e12 | Western and South Korean officials put | western-officials | Western officials (unnamed) |  | north_korean | deployed | people | reported | approximate |  | 11000 |  | about 11,000 | stock |  | late 2024
e12 | Western and South Korean officials put | kr-officials | South Korean officials (unnamed) |  | north_korean | deployed | people | reported | approximate |  | 11000 |  | about 11,000 | stock |  | late 2024; same quote, second claimant
e12 | between 5,500 and 6,500 | author | Text's own voice (data story) |  | north_korean | killed_or_wounded | people | reported | range | 5500 |  | 6500 | between 5,500 and 6,500 | cumulative |  | compilation of estimates, end of 2025
e12 | between 5,500 and 6,500 | author | Text's own voice (data story) |  | north_korean | deployed | people | reported | approximate |  | 15000 |  | roughly 15,000 | stock |  | all who served over the campaign
e12 | between 5,500 and 6,500 | author | Text's own voice (data story) |  | north_korean | killed_or_wounded | percent_of_force | reported | more_than | 33.33 |  |  | more than one in three | cumulative |  | share after a dash
e12 | Roughly a quarter of the force | western-officials | Western officials (unnamed) |  | north_korean | killed_or_wounded | percent_of_force | reported | approximate |  | 25 |  | Roughly a quarter | period |  | first six weeks of combat
e12 | about 1,100 casualties | kr-nis | National Intelligence Service (South Korea) |  | north_korean | casualties_unspecified | people | reported | approximate |  | 1100 |  | about 1,100 | cumulative |  | running total, late December 2024
e12 | about 1,100 casualties | kr-nis | National Intelligence Service (South Korea) |  | north_korean | casualties_unspecified | people | reported | approximate |  | 3000 |  | roughly 3,000 | cumulative |  | running total, late January
e12 | about 1,100 casualties | kr-nis | National Intelligence Service (South Korea) |  | north_korean | casualties_unspecified | people | reported | approximate |  | 4700 |  | some 4,700 | cumulative |  | running total, April
e12 | putting the toll at 6,000 | ua-gur | Defence Intelligence of Ukraine (GUR) |  | north_korean | casualties_unspecified | people | reported | exact | 6000 | 6000 | 6000 | 6,000 | cumulative |  | running total, March
e12 | putting the toll at 6,000 | ua-gur | Defence Intelligence of Ukraine (GUR) |  | north_korean | casualties_unspecified | people | reported | vague | 6300 |  | 6999 | nearly 7,000 | cumulative |  | running total, late April
e12 | nearly half of the original | author | Text's own voice (data story) |  | north_korean | casualties_unspecified | percent_of_force | reported | vague | 45 |  | 49 | nearly half | cumulative |  | the outlet's reading of Seoul's April figure; "out of action" undefined
e12 | nearly half of the original | kr-nis | National Intelligence Service (South Korea) |  | north_korean | casualties_unspecified | percent_of_force | reported | none |  |  |  | a significant proportion | cumulative |  | share without a figure
e12 | about 72,000 Russian troops | ua-general-staff | General Staff of the Armed Forces of Ukraine |  | russian | killed_or_wounded | people | reported | approximate |  | 72000 |  | about 72,000 | cumulative |  | August 2024 to April 2025, the whole campaign
e12 | about 72,000 Russian troops | independent-obituary-counters | Independent tallies of named dead |  | russian | killed | people | reported | exact | 5100 | 5100 | 5100 | 5,100 | cumulative |  | named dead
e12 | more than 42,000 troops | ua-officials | Ukrainian officials (Kyiv) |  | russian | casualties_unspecified | people | reported | more_than | 42000 |  |  | more than 42,000 | period |  | area=other_front; Pokrovsk, same months
e12 | under 10,000 | ua-general-staff | General Staff of the Armed Forces of Ukraine | Oksana Dzyuba | ukrainian | killed_wounded_or_missing | people | reported | fewer_than |  |  | 10000 | under 10,000 | cumulative |  | estimate cited by a lawmaker in June; "them" = Ukraine's Kursk losses
e12 | well over 100,000 | author | Text's own voice (data story) |  | both_sides | killed_or_wounded | people | reported | more_than | 100000 |  |  | well over 100,000 | cumulative |  | whole Kursk campaign
e12 | about 6,000 engineers | kr-officials | South Korean officials (unnamed) |  | north_korean | deployed | people | reported | approximate |  | 6000 |  | about 6,000 | stock |  | engineers and deminers sent
e12 | about 6,000 engineers | kr-officials | South Korean officials (unnamed) |  | north_korean | deployed | people | projected | exact | 1000 | 1000 | 1000 | another 1,000 | stock |  | forecast of additional troops, early 2026
"""

# fid | sentence substring | why  ("HR:<substring>" = headline restates that body sentence)
TRAPS = """
e01 | Exclusive: North Korea sent | HR:North Korea shipped roughly 3,000
e01 | who include two officials | count of sources
e01 | roughly 9,000 km | distance and travel time
e01 | $2,000 a month | money
e02 | JCS says North Korean casualties | HR:have suffered more than 1,000 casualties
e02 | Posted Dec. 23, 2024 | stand-alone date line
e02 | two short-range ballistic missiles | missiles and launch count
e02 | 62 percent | poll percentage
e03 | At least 4,380 named | HR:identified by name at least 4,380
e03 | 17 regional news sites | count of sources
e03 | He phoned on the 9th | dates and age
e03 | The youngest of the named dead | ages
e04 | Kursk Campaign Assessment | date
e04 | up to 1.5 kilometers | distance (and unit number)
e04 | two HIMARS rockets | rockets and date
e04 | 46 glide bomb strikes | attacks and date
e05 | Seven days of heavy fighting | duration
e05 | waves of 30–40 men | size of assault groups, not losses or a deployment
e05 | For those new to the channel | slang explained, not a figure
e05 | Also destroyed | equipment
e05 | 1.4 million hryvnias | money
e05 | 163rd Separate Assault Brigade press service | unit number (signature)
e06 | Only four of us came back | HR:only four of us came back
e06 | is 24, speaks no Russian | age
e06 | three or four metres | distance
e06 | hand two of them to Seoul | prisoner exchange
e06 | 34,000 North Koreans have resettled | population and years
e07 | Published on 9 May 2025 | stand-alone date line
e07 | population of about 1.1 million | population
e07 | Hero of the DPRK to 10 | awards
e08 | roughly 0.4 hectares | area and dates
e08 | resolution of 30 centimetres | image resolution
e08 | about 25 kilometres north | distance and count of imaging dates
e08 | as many as 14 buses | vehicles and hospital number
e09 | Russian Defence Ministry: Ukrainian forces lost | HR:the enemy lost up to 310 servicemen over
e09 | repelled seven counterattacks | attacks, date and hours
e09 | Two tanks, five armoured | equipment
e09 | shot down 74 fixed-wing drones | drones and rockets
e09 | a total of 650 aircraft | equipment totals
e09 | evacuation of more than 150,000 | date and population
e10 | MPs told North Korea is losing | HR:lost about 4,000 soldiers
e10 | more than a dozen | count of sources
e10 | 37 written submissions | count of documents and sessions
e10 | £3 billion | money and year
e11 | The Kursk Brief, issue 31 | issue number
e11 | Friday, March 7, 2025 | stand-alone date line
e11 | 12 civilians had been killed | civilian deaths, not military losses
e11 | swapped 175 prisoners | prisoner exchange
e11 | 58% of Ukrainians | poll percentage
e12 | roughly 260 days | days of the campaign and date
e12 | 4.1 percent | economic growth percentage
e12 | 214 published estimates | count of sources
"""

HEADER = ("file,quote,claimant_id,claimant_name,relay_names,whose_losses,measure,counted_in,modality,"
          "qualifier,low,best,high,count_as_written,scope,derived_from_quote,notes").split(",")


def sentences(fid):
    return [s for para in DOCS[fid] for s in para]


def full_id(short):
    ids = [k for k in DOCS if k.startswith(short + "-")]
    assert len(ids) == 1, short
    return ids[0]


def find(fid, sub):
    hits = [s for s in sentences(fid) if sub in s]
    assert len(hits) == 1, (fid, sub, len(hits))
    return hits[0]


def text(fid):
    return "\n\n".join(" ".join(p) for p in DOCS[fid]) + "\n\n" + TAG + "\n"


def rows(block, n):
    for line in block.strip().splitlines():
        if not line.strip():
            continue
        f = [x.strip() for x in line.split("|")]
        assert len(f) == n, (len(f), line)
        yield f


def main():
    os.makedirs(os.path.join(ROOT, "texts"), exist_ok=True)
    for fid in DOCS:
        with open(os.path.join(ROOT, "texts", fid + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text(fid))
    with open(os.path.join(ROOT, "gold.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for f in rows(GOLD, 17):
            fid = full_id(f[0])
            quote = find(fid, f[1])
            derived = find(fid, f[15]) if f[15] else ""
            assert f[13] in quote, (fid, f[13])
            w.writerow(["texts/" + fid + ".txt", quote] + f[2:15] + [derived, f[16]])
    with open(os.path.join(ROOT, "traps.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "sentence", "why"])
        for f in rows(TRAPS, 3):
            fid = full_id(f[0])
            why = f[2]
            if why.startswith("HR:"):
                why = "headline restates: " + find(fid, why[3:])
            w.writerow(["texts/" + fid + ".txt", find(fid, f[1]), why])


if __name__ == "__main__":
    main()
