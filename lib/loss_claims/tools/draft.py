"""``python -m loss_claims draft PATH``: candidate claim rows for a document, for a curator to check.

A rules engine, documented here and tested case by case; nothing is downloaded, nothing is learned. For each
sentence of the text (a verbatim slice, never retyped) it finds:

* **figures**: numbers in digits or words, and the phrases of the ledger's lexicon ("more than {N}", "several
  hundred"), that count people: a people or loss word follows closely, a loss verb or noun comes before ("killed
  50", "deaths at more than 1,500", "losses of about 500"); years, dates, ordinals, distances, money and
  equipment are not counts. Also **shares** ("nearly 35% losses", "almost a third of the force") and **counts in
  formations** ("up to a company").
* **what each figure is**: a **rate** when "a day", "per week"… follows it (counted in people a day); a **share** in
  per cent; a **projection** when a modal verb governs it ("could be killed by spring", "at this pace"), and a
  **conditional** inside an "if" clause; none of these is ever drafted as a count of people reported.
* **the measure**: the loss word nearest the figure, combinations kept ("killed or captured", "killed and
  wounded"); "combat losses" as the text defines them, where it does;
* **whose**: the people counted, from the words next to the figure ("300 North Korean soldiers", "North Korean
  casualties … close to 4,000", "Russia lost 1,180 soldiers"), not the nearest nationality word ("who died in
  Moscow's war"); "our troops" are the claimant's own;
* **the claimant**: a name the ledger knows, or a body of :data:`KNOWN_BODIES` (``known_bodies.csv``, which the
  curator can extend), the one the text attributes the statement to ("according to X", "X said", "citing X",
  "a lawmaker briefed by X": X, the lawmaker a relay; "the country's spy agency" under a SEOUL dateline is South
  Korea's); one row per claimant of a list ("American, British and Polish officials said"); "she said" is the last
  person named; else the claimant of the paragraph ("the agency said"), inferred from context; else the
  document's own voice. Bodies the ledger does not know are proposed as sources.csv rows, printed apart;
* **scope and time**: running-total words ("so far", "since their deployment", "by the end of February"), stated
  periods ("over four days", "last week"), incidents ("on Sunday", "in a strike"); troop figures are a stock; a
  figure of losses with no word of time is drafted as a running total, and its notes say so; the report's weekday
  is dated from the document's date where it is known;
* **headlines**: a headline whose figure the body states again gives no row; a headline's own figure, made from
  the body's ("hundreds feared dead"), is drafted as the outlet's, derived.

Every guessed field is named in ``notes`` ("draft: check …"); a sentence with a number that is not drafted as a
loss says why in the notes of the rows near it, or in the proposed-sources output. The command never writes the
ledger.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import vocab
from ..ledger import numbers as quantities
from ..ledger.errors import ParameterError
from ..ledger.files import FORMULA_START
from ..ledger.paths import display
from ..ledger.text import one_line
from ..ledger.numbers import FRACTION_WORDS, WORD_VALUES, numbers_in


class _Patterns:
    """``re``'s module functions, with the compiled patterns kept in a cache large enough for this module's: the draft builds some
    hundreds of patterns from its tables, more than the 512 ``re`` keeps, so that ``re`` compiled them again and again (the
    drafts' time was three-quarters compiling). Same signatures, same results."""

    @staticmethod
    @lru_cache(maxsize=8192)
    def compiled(pattern, flags=0) -> re.Pattern:
        return re.compile(pattern, flags)

    def search(self, pattern, string, flags=0):
        return self.compiled(pattern, flags).search(string)

    def match(self, pattern, string, flags=0):
        return self.compiled(pattern, flags).match(string)

    def fullmatch(self, pattern, string, flags=0):
        return self.compiled(pattern, flags).fullmatch(string)

    def finditer(self, pattern, string, flags=0):
        return self.compiled(pattern, flags).finditer(string)

    def findall(self, pattern, string, flags=0):
        return self.compiled(pattern, flags).findall(string)

    def sub(self, pattern, repl, string, count=0, flags=0):
        return self.compiled(pattern, flags).sub(repl, string, count)

    def split(self, pattern, string, maxsplit=0, flags=0):
        return self.compiled(pattern, flags).split(string, maxsplit)


rx = _Patterns()

KNOWN_BODIES = Path(__file__).parent / "known_bodies.csv"

#: Words that make a number a count of people when they follow it closely.
PEOPLE = (r"soldiers?|troops?|personnel|fighters?|servicem[ae]n|service ?members?|servicepersons?|servicewom[ae]n|"
          r"marines?|civilians?|people|men|women|"
          r"children|mercenaries|prisoners?|others|casualties|dead|wounded|injured|killed|captured|missing|deaths|"
          r"north koreans|russians|ukrainians|koreans|paratroopers|infantry(?:men)?|conscripts|recruits|sailors|pilots|"
          r"officers|commanders|reinforcements|attackers|assault troops|combatants|militants|enemy|patients|bodies|graves|"
          r"grave markers|grave plots|burial plots|urns|headstones|tombstones|coffins|servicemen|boys|lads|guys|"
          r"deminers|sappers|engineers|volunteers|generals|inmates|convicts|replacements|fallen|occupiers|"
          r"invaders|aggressors|workers|builders|kills|natives|locals|sons?|husbands?|fathers|residents|captives|POWs")
LOSS_NOUNS = (r"casualties|losses|deaths|death toll|toll|dead|killed|wounded|fatalities|losses? of life|running total|total|tally|"
              r"casualty (?:rates?|figures?|counts?)")
#: (pattern, measure), most specific first: the nearest match to a figure gives its measure.
MEASURES = [
    (r"killed,? wounded,? missing,? (?:or|and) captured|killed, wounded, missing and captured", "killed_wounded_missing_or_captured"),
    (r"killed,? wounded,? (?:or|and) missing|dead, wounded (?:or|and) missing", "killed_wounded_or_missing"),
    (r"killed (?:or|and) (?:captured|taken prisoner)|dead (?:or|and) captured|killed or taken captive", "killed_or_captured"),
    (r"killed (?:or|and) missing|dead (?:or|and) missing|(?:did not|didn['’]t|never) (?:come|came|return|returned) (?:back|home)",
     "killed_or_missing"),
    (r"killed (?:or|and) wounded|wounded (?:or|and) killed|killed (?:or|and) injured|dead (?:or|and) wounded|"
     r"(?:to|through) death (?:and|or) injury|"
     r"casualties, (?:both|including|counting both) (?:killed|dead) and wounded|both killed and wounded|counting both dead and wounded",
     "killed_or_wounded"),
    (r"killed|killing|kills|dead|deaths?|death toll|died|dying|"
     r"fatalities|fatality|bodies|body bags|fallen|eliminated|lost their lives|executed|"
     r"names|martyrs|gave their lives|given their lives|liquidated|graves?|grave markers|grave plots|burial plots|urns|headstones|"
     r"tombstones|coffins|burials?|funerals?|burying|buried|"
     r"took (?:their|his) own lives?|taken their own lives|killed themselves|bl(?:ew|own|ow) themselves up|"
     r"detonated (?:hand )?grenades|fatally|corpses|perished|"
     r"fell in (?:the )?(?:battles?|fighting|combat|action)|fell (?:defending|fighting|liberating)",
     "killed"),
    (r"wounded|injured|injuries|wounding", "wounded"),
    (r"(?<!rather than )(?<!rather than be )(?<!to avoid )(?<!than be )(?:captured|taken prisoner|(?:taken|took)\s+(?:[\w,-]+\s+){1,4}?"
     r"prisoner\b|prisoners? of war|(?<!former )prisoners|surrendered|POWs|taken alive|(?<!avoid )capture of)", "captured"),
    (r"missing|unaccounted for", "missing"),
    (r"combat losses|casualties|casualty|losses|(?<!\bno )(?:the|a) loss of|"
     r"lost|losing|loses|lose|destroyed|wiped out|annihilated|(?<!death )toll|out of action|hit|"
     r"neutrali[sz]ed|"
     r"destruction of|no longer fit for (?:combat|action)|(?:can|could) no longer fight|no longer able to fight", "casualties_unspecified"),
    (r"deployed|stationed|sent|send|sending|dispatched|deploy|deployment|contingent|reinforcements|reinforced|replacements|"
     r"(?:more|additional|fresh) troops|(?:more )?(?:could|would|will|may|might) follow|(?:expected|due|set) to follow|been added|"
     r"(?:troops|soldiers|men) (?:in|to)(?! (?:be|have|die)\b)|"
     r"are fighting|in Russia|fighting for Russia|remain(?:s|ed)? in|strong|rotate[sd]? in|served|"
     r"arrived|arrive|arriving|(?:went|gone|go|going) into (?:battle|combat|action) with|(?:to have|had|have|has) followed|went over|"
     r"(?:went|gone) in\b(?! with)|"
     r"promised|pledged|(?:first|second|third|new|fresh|initial) wave(?!\s+of\s+(?!troops|soldiers|reinforcements))|rotation of|"
     r"rotated|reduced to|down to|(?:still )?(?:fit|able) to fight|(?:his|her|their|its|our|my) (?:platoon|company|battalion|squad|"
     r"unit) of", "deployed"),
]
NATIONALITIES = [(r"Russian and North Korean|North Korean and Russian|both Russian and North Korean|Russians and North Koreans|"
                  r"North Koreans and Russians", "russian_and_north_korean"),
                 (r"South Korean|South Koreans|South Korea['’]s|ROK", "south_korean"),
                 (r"North Korean|North Koreans|DPRK|North Korea['’]s|North Korea|Korean People['’]s Army|"
                  r"(?:the )?Democratic People['’]s Republic of Korea|Pyongyang['’]s|"
                  r"Korean mercenaries|N\. Korean|Pyongyang|the North(?!\s+(?:of|Korea|Atlantic|Sea))|"
                  # the North's leader for his soldiers: "Kim's troops", "Kim could lose another 5,000 men" (not Rep. Kim)
                  r"Kim Jong[ -]Un(?:['’]s)?|Kim['’]s (?=(?:soldiers|troops|men|army|forces|regime)\b)|"
                  r"(?<![A-Z][a-z]\. )(?<!Rep\. )\bKim(?= (?:could|would|will|may|might|has|had|have) (?:lose|lost)\b)|"
                  # "Korean" alone, as reports of the fighting write of the North's soldiers: "37 Koreans", "Korean volunteers"
                  r"(?<![\w-])(?<!North )(?<!South )Koreans?(?!\s+(?:War|Peninsula|Central|peninsula|war|language))", "north_korean"),
                 (r"Russian|Russians|Russia['’]s|Russia|Chechen|Wagner|Moscow['’]s", "russian"),
                 (r"Ukrainian|Ukrainians|Ukraine['’]s|Ukraine|Kyiv['’]s", "ukrainian")]
#: Countries a side's words name, for the subject of "X lost N" and for a claimant's own troops.
SIDE_OF_COUNTRY = {"KP": "north_korean", "RU": "russian", "UA": "ukrainian", "KR": "south_korean"}
#: Loss statements with no figure: the words kept as count_as_written, and the measure they give (None: nearest word).
#: No-figure statements that stand beside a figure in the same sentence ("about a dozen men killed …, and many more wounded").
BESIDE_FIGURES = [(r"many more (?:wounded|injured)", "wounded"), (r"many more (?:killed|dead)", "killed"),
                  (r"(?:losses|casualties) (?:were|was|had been|have been) [\"“]?(?:minimal|light|negligible|insignificant)",
                   "casualties_unspecified"),
                  (r"(?:several|many) times (?:higher|more|that)|far higher", None)]  # the measure of the figure it compares with
NO_FIGURE = [(r"[\"“‘']?(?:heavy|significant|substantial|major|serious|mounting|huge|staggering)[\"”’']? (?:casualties|losses)", None),
             (r"fell heroically|fell in (?:battle|combat)|at the cost of (?:precious |many |their )?lives|heroic sacrifices?", "killed"),
             (r"(?:lost|paid|suffered|bled) heavily|paid a (?:heavy |high |terrible |steep )?price|shed (?:their )?blood",
              "casualties_unspecified"),
             (r"suffered (?:casualties|losses)(?:, including fatalities)?", None), (r"in body bags", "killed"),
             (r"(?:wounded and killed|killed and wounded|killed or wounded|wounded or killed)", "killed_or_wounded"),
             (r"(?:targeted and )?killed by", "killed"), (r"died [\"“]?heroically|died fighting|who died|gave their lives", "killed"),
             (r"killed in (?:combat|action|battle)", "killed"), (r"a deadly (?:strike|attack)", "killed"),
             (r"the deaths of", "killed"), (r"fallen [A-Z][\w ]*soldiers", "killed"), (r"(?:were|was) killed", "killed"),
             (r"(?:units|troops|soldiers|forces) of our armed forces were dispatched|(?:were|was|been) dispatched|"
              r"(?:were|was|been) deployed", "deployed"),
             (r"laid down their (?:precious )?lives|lost their lives", "killed"),
             (r"many more (?:wounded|injured)", "wounded"), (r"many more (?:killed|dead)", "killed"),
             (r"(?:losses|casualties) (?:were|was|had been|have been) [\"“]?(?:minimal|light|negligible|insignificant)", None),
             (r"an unspecified number|a small number|a (?:significant|large|substantial|considerable)(?: but (?:undisclosed|unknown|"
              r"unspecified))? (?:number|proportion)", None),
             (r"(?:several|many) times higher|far higher", None),
             (r"in substantial numbers|in significant numbers|in large numbers", None), (r"casualties", None), (r"losses", None)]
SPEECH = (r"said(?!\s+(?:goodbye|good-bye|farewell|(?:a )?prayers?)\b)|"
          r"says|say|told|tells|remembers|recalls|estimated|estimates|estimate|believes|believe|assessed|assesses|assess|"
          r"reported|reports|claimed|insist|argue|publishes|"
          r"claims|stated|noted|confirmed|announced|warned|put|puts|counted|offered|added|wrote|indicated|recorded|"
          r"acknowledged|admitted|concluded|calculated|briefed|showed|shows|published|released|cited|quoted|reckons|reckoned|"
          r"replied|declined|conceded|insisted|argued|explained|recalled|believes|thinks|writes|placed|places|claim|describe|"
          r"describes|described|report|alleged|alleging|projects|projected|forecasts|predicts|predicted|expects|warn|warns|"
          r"identified|records|lists|listed|tallied|gave|points out|pointed out|observes|observed|maintains|maintained|contends|"
          r"spoke|speaks|talks? (?:about|of)|talked (?:about|of)|calculates|calculate|agree|agreed|concur|concurs")
MONTHS = (r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|"
          r"October|November|December")
#: "since" a point inside the fighting names a period; since its start (or a month of it), a running total.
_SINCE_POINT = (r"(?:last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last week|"
                r"the (?:start|beginning) of (?:the|this) (?:month|week|year)|the weekend|midnight|dawn|this morning")
_SINCE_PERIOD = rf"since (?:{_SINCE_POINT})\b"
SCOPE = [(rf"\bsince\b(?!\s+(?:{_SINCE_POINT})\b)[^,.;]*|\bas of\b|"
          rf"\b(?:had|has|have) (?:passed|surpassed|exceeded|topped)\b|"
          rf"\b(?:now )?(?:stands?|stood) at\b|\bto date\b|\bso far\b|\bin total\b|\bin all\b|\bdeath toll\b|"
          r"\brunning total\b|"
          r"\bby the end of \w+\b|\bup to now\b|\bto this point\b|\boverall\b|\baltogether\b|\b(?:is|are|was|were) now\b|"
          r"\b(?:has|have) (?:risen|grown|climbed) to\b|\b(?:rose|climbed) to\b|\bthe number of\b|"
          rf"\bby (?:mid-|late |early )?(?:{MONTHS}|summer|spring|autumn|winter|the end of the year)\b", "cumulative"),
         (rf"\b{_SINCE_PERIOD}|\bbetween (?!\d)\w+ and (?!\d)\w+\b|"
          r"\bin (?:just |only )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|"
          r"several|\d+) (?:days?|weeks?|hours|fortnights?)\b|"
          rf"\bin (?:{MONTHS}) alone\b|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) alone\b|"
          r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:and|or) (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
          r"Saturday|Sunday)\b|"
          r"\bin the (?:previous|past|last|first) (?:\d+|\w+) (?:hours|days|weeks|months)\b|\bover the (?:week|month|day|year)\b|"
          r"\bin the (?:previous|past|last) (?:week|fortnight|month)\b|"
          r"\bin (?:the )?(?:\w+ )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:months|years) of\b|"
          rf"\b(?:from|for) \d{{1,2}} to \d{{1,2}} (?:{MONTHS})\b|\b(?:this|next|last) year\b|\bfor the year\b|"
          rf"\bfrom (?:early |late |mid-)?(?:{MONTHS})\.?(?: \d{{1,2}})?(?:,? \d{{4}})? (?:to|until|till|through) (?:the end of )?"
          rf"(?:early |late |mid-)?(?:{MONTHS})\b|"
          r"\b(?:after|within) (?:just |only )?(?:two|three|four|five|six|seven|eight|nine|ten|a few|\d+) (?:days|weeks|months)\b|"
          r"\bin less than a (?:year|month|week)\b|"
          rf"\bbetween (?:early |late |mid-)?(?:{MONTHS})\.?(?: \d{{1,2}})?(?:,? \d{{4}})? and (?:early |late |mid-)?(?:{MONTHS})\b|"
          rf"\bin the (?:{MONTHS})(?: and (?:{MONTHS}))? (?:fighting|offensive|battles?|assaults?|counteroffensive)\b|"
          rf"\bin (?:{MONTHS})['’]s (?:fighting|offensive|battles?|assaults?|counteroffensive)\b|"
          r"\bin (?:its|their|his|her) first (?:few )?(?:days|weeks|months|hours)\b|"
          r"\bin the first (?:few )?(?:days|weeks|months|hours)\b|\bduring the week of\b|"
          r"\bwithin (?:the next )?(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?)\b|"
          r"\bover (?:the )?(?:weekend|past \w+|last \w+|previous \w+|whole \w+|day|\w+ days|\w+ weeks)\b|"
          r"\b(?:on )?the first day of fighting\b|"
          r"\bin the (?:past|last|same) (?:\w+ )?(?:days?|weeks?|months?|hours?|period|year|fortnight|night|morning)\b|"
          r"\b(?:the|that|this|last) (?:week|day|month|fortnight)['’]s\b|\b(?:this|last|that) (?:week|month)\b|"
          r"\bin a single (?:week|day)\b|"
          r"\bduring (?:the|its|their) [\w\s-]{0,30}(?:offensive|assault|operation|battle|fighting)\b|\bover four days\b|"
          r"\bover the same (?:\w+ )?(?:period|days?|weeks?|months?)\b|\b(?:during|in|over) the reporting period\b|"
          r"\bduring the day\b|\bdaily losses\b|\bover the winter\b|"
          r"\bover those \w+ (?:days|weeks|months)\b|\b(?:in|during|across) (?:those|these) (?:\w+ )?(?:days|weeks|months|hours)\b|"
          r"\bin that (?:same )?(?:week|month|day)\b|\bin (?:its|their|the) first \w+ (?:days|weeks|months)\b|\bfor the week\b|"
          r"\bcovering \w+ \d+ to\b|"
          rf"\bon (?:{MONTHS})\.? \d{{1,2}}\b|"
          r"\bduring the (?:month|week)\b|\bin the (?:final|first|last|second|worst|busiest|same) (?:weeks?|months?|days?|hours?)\b|"
          r"\bfor the (?:same |whole |previous |past |last |first |final |(?:two|three|four|five|six|seven|ten|\d+) )?"
          r"(?:days|weeks?|months|period)\b|"
          r"\bin the week of\b|\bin a month\b|\bin (?:its|their) (?:worst|first|best|busiest) (?:year|month|week)\b|"
          r"\bin (?:its|their) (?:final|last|first|second) (?:week|month|days?)\b|"
          r"\bover a (?:single )?(?:week|month|day|fortnight)\b|"
          r"\b(?:daily|evening|morning|midday|nightly|overnight) (?:update|tally|bulletin|report|summary|briefing)\b|"
          # the month a loss verb itself names: "two North Korean soldiers captured by Ukrainian forces in January"
          rf"\b(?:captured|killed|wounded|taken prisoner|died|lost)\s+(?:by [^,.;]{{1,40}}?\s+|(?:in|near|around) (?:the )?[A-Z][\w-]+"
          rf"(?: (?:region|oblast|area|direction|district|sector))?\s+)?in (?:early |late |mid-)?(?:{MONTHS})\b|"
          # (its people between: "killed 380 of the enemy in March", "had lost 'up to 400 servicemen' in March"; never a verb of
          # speech or a comma between, which would date the statement)
          rf"\b(?:captured|killed|wounded|taken prisoner|died|lost)\s+(?:(?!since\b|after\b|when\b|said\b|says\b|told\b|reported\b|"
          rf"published\b|released\b|given\b|cited\b|at\b|single\b|assault\b|attack\b|strike\b|battle\b|opening\b|captives\b|"
          rf"prisoners\b)[\w’'‘“”\"-]+\s+){{1,5}}?in (?:early |late |mid-)?(?:{MONTHS})\b|"
          r"\bin (?:19|20)\d\d as a whole\b|\bin all of (?:19|20)\d\d\b|\bthroughout (?:19|20)\d\d\b|"
          # (its people and a place between: "wounded 530 more in Russia's Kursk region in October")
          rf"\b(?:captured|killed|wounded|taken prisoner|died|lost)\s+(?:(?!since\b|after\b|when\b|single\b|assault\b|attack\b|"
          rf"strike\b|ambush\b|raid\b|battle\b|captives\b|prisoners\b)[\w’'-]+\s+){{1,6}}?"
          rf"(?:in|near|around) (?:Russia['’]s )?"
          rf"(?:the )?[A-Z][\w-]+(?: (?:region|oblast|area|direction|district|sector))?\s+in (?:early |late |mid-)?(?:{MONTHS})\b|"
          # a bounded stretch of the fighting, and stated stretches of time
          r"\b(?:during|in|over|throughout)\s+(?:the|its|their|his|her|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:withdrawal|"
          r"retreat|pull-?out|breakout|encirclement|pocket)\b|"
          # (an incursion or offensive is a period where its length is said: "during its eight-month incursion")
          r"\b(?:during|in|over|throughout)\s+(?:the|its|their)\s+\w+-(?:day|week|month|year)\s+(?:incursion|offensive|"
          r"counteroffensive|counter-offensive|campaign|operation)\b|"
          r"\bover the (?:\w+ )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) (?:days|weeks|months) of\b|"
          r"\bin the first (?:half|quarter) of\b|\bin the (?:spring|summer|autumn|fall|winter)\b|"
          r"\bin (?:just |only )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) months\b|"
          r"\bin (?:19|20)\d\d alone\b|\bin a single month\b|\bin the preceding (?:\w+ )?(?:days?|weeks?|months?)\b|"
          r"\bin the previous (?:few |two |three )?weeks\b|\bin the week (?:to|ending|ended)\b|"
          # a stretch bounded by a day or an event: "in the fortnight to 18 May", "in the three weeks after they entered the line",
          # "between 6 August 2024 and 30 April 2025", "during the seven worst days of the withdrawal", "in a single weekend"
          r"\bin the (?:fortnight|month|(?:\w+ )?(?:days|weeks|months)) (?:to|ending|ended|after|following|before|up to|since)\b|"
          rf"\bbetween (?:\d{{1,2}} )?(?:{MONTHS})\.?(?: \d{{1,2}})?(?:,? \d{{4}})? and (?:\d{{1,2}} )?(?:{MONTHS})\b|"
          r"\b(?:during|in|over) the (?:\w+ ){0,2}(?:days|weeks|hours) of\b|\bin a single (?:weekend|fortnight)\b|\bover the period\b|"
          r"\bfor the (?:previous|past|last) day\b|"
          r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:days|weeks|nights) of (?:[\w-]+ ){0,3}?"
          r"(?:assaults?|attacks?|battles?|combat|clashes|fighting)\b|"
          rf"\bbetween (?:{MONTHS})\.? \d{{1,2}} and \d{{1,2}}\b|"
          # days of one month, day first, and a whole month named with "during": "between 5 and 12 February", "during January"
          rf"\bbetween \d{{1,2}} and \d{{1,2}} (?:{MONTHS})\b|\b(?:during|throughout) (?:early |late |mid-)?(?:{MONTHS})\b|"
          rf"\bbetween (?:early |late |mid-)?(?:{MONTHS}) and the (?:end|start|beginning|middle) of (?:{MONTHS})\b|"
          rf"\b(?:after |during )?the (?:{MONTHS}) (?:fighting|offensive|battles?|assaults?|counteroffensive)\b|"
          rf"\blosses in (?:early |late |mid-)?(?:{MONTHS})\b|"
          # two days, or one day's toll across a front: "on Saturday and Sunday", "on Tuesday alone"
          r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:and|or) (?:Monday|Tuesday|Wednesday|Thursday|Friday|"
          r"Saturday|Sunday)\b|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) alone\b",
          "period"),
         (r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\byesterday\b|\bin (?:a|one|the) (?:[\w-]+ ){0,3}"
          r"(?:missile |drone |artillery )?(?:strike|attack|assault|ambush|raid|attempt|counterattack|counter-attack|engagement)\b|"
          r"\bin (?:[A-Z][\w-]+ )?(?:strike|attack|assault|ambush|raid)\b|\bthe (?:[\w-]+ )?(?:attack|strike|assault|raid) on\b|"
          r"\bin (?:a single|one) (?:night|morning|day|engagement)\b|\bthat (?:morning|night|day)\b|\bsingle engagement\b|"
          r"\b(?:for|during|in) the night\b|"
          r"\bovernight\b|\bby (?:nightfall|dawn|noon|midday|\d{1,2}(?::\d\d)? ?[ap]\.?m\.?)|"
          r"\b(?:in|during) (?:that|this|the same) (?:attack|assault|strike|battle|raid|engagement|ambush)\b|"
          r"\bwhen an? (?:[\w-]+ )?(?:drone|shell|missile|bomb|mine) (?:hit|struck|exploded)\b|"
          r"\bwhen (?:an?|the|its|their) (?:[\w-]+ ){0,3}(?:assault|attack|raid|ambush|counterattack|counter-attack)\b|"
          r"\bincident\b|\bfriendly fire\b|\bstrike on\b|"
          r"\ba (?:[\w-]+ ){0,3}(?:strike|assault|attack|raid|ambush|operation)\b|\bclearing operation\b|\bone such engagement\b|"
          r"\bin the (?:first|second|third|next|last) (?:clip|video)\b|\bin one (?:clip|video)\b|"
          r"\b(?:in|during|after) (?:the|its|their|his|her) (?:[\w-]+ )?(?:battle|assault|attack|raid|ambush|clash|firefight)\b|"
          r"\bwhen (?:an?|the|one of (?:its|their|our)) (?:[\w-]+ ){0,4}(?:hit|struck|collapsed|exploded|landed)\b|"
          r"\bin (?:a|one) (?:single )?(?:battle|clash|firefight)\b|"
          r"\bthe same (?:[\w-]+ )?(?:fighting|fight|incident|shell|strike|attack|assault|battle|engagement|raid|ambush)\b|"
          r"\b(?:after|on|in|during) a single (?:night|day|morning|assault|attack)\b|"
          r"\bin (?:a |the )?(?:failed|botched|abortive|unsuccessful) (?:[\w-]+ ){0,2}(?:assault|attack|offensive|push|raid)\b",
          "incident"),
         # The verb's aspect is the weakest sign: "have killed" is a total only when no period or incident is named.
         (r"\bhave (?:now )?(?:been )?(?:lost|killed|suffered)\b|\bhas (?:now )?(?:lost|suffered)\b|"
          r"\bhad (?:now )?(?:been )?(?:lost|killed|suffered|died|wounded)\b|\bhad died\b|\bputs?\b[^.;]{0,60}\bat\s+(?=\S)|"
          # a count or tally, as weak a sign as the verb's aspect: "Kyiv counts more than 650 … in a fortnight"
          r"\bcounts\b|\btally\b|"
          r"\bnumbered\b|\bholds?\b|\bgave a (?:\w+ )?figure\b", "cumulative")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’)']?(?:\[\d{1,3}\])?\s+(?=[“\"'A-Z0-9‘(\[])|\n+")
#: Words after which a period does not end a sentence ("Maj. Gen. Pat Ryder", "Dec. 16", "U.S. officials").
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "brig", "cmdr", "st", "no",
                 "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "corp", "inc",
                 "co", "ltd", "gov", "sen", "rep", "pres", "approx", "n", "ret", "retd", "pvt", "cpl"}
RATE = re.compile(r"^[^.;:]{0,45}?\b(?:(?:a|per|each|every(?:\s+single)?)\s+(day|week|month)\b"
                  r"(?!\s+(?:before|after|earlier|later|ago))|(daily))", re.I)
#: "each week before they can be evacuated" is a rate still: only "a week before" is a time ("a week before the assault").
EACH_RATE = re.compile(r"^[^.;:]{0,45}?\b(?:per|each|every(?:\s+single)?)\s+(day|week|month)\b", re.I)
MODAL = re.compile(r"\b(?:could|would|might|may|will|shall|['’]d|['’]ll)\s+(?:(?:soon|easily|well|also|all|eventually|already|still)\s+)?"
                   r"[“\"‘']?(?:be|have|lose|reach|"
                   r"exceed|rise|climb|top|surpass|pass|suffer|face|need|send|deploy|number|hit|approach|grow|double|hold|total|lose|expect|"
                   r"see|incur|take|arrive|follow)\b|"
                   r"\b(?:is|are|was|were) (?:expected|projected|likely|set|forecast|on course|on track) to\b|"
                   r"\b(?:is|are) (?:likely|probable)(?=\s*(?:[,.;:]|$|(?:by|in|within|if|unless|over|this|next)\b))|"
                   r"\bat (?:this|that|the current) "
                   r"(?:pace|rate)\b|\bon current trends\b|\bprojected\b|\bforecasts?\b", re.I)
NOT_MODAL = re.compile(r"\bcould not\b|\bcannot\b|\bcan(?:no|')t\b|\bwould not say\b|\bmay have\b|"

                       r"(?:\bwould|['’]d) have to (?:say|guess|estimate)\b", re.I)
FORECAST = re.compile(r"\b(?:expects?|(?<!\bas )(?<!\bthan )expected|forecasts?|predicts?|projects?|anticipates?)\b", re.I)
#: What a conditional's main clause says of its figure in speech: "If they keep that pace …, you're looking at another 100,000".
_LOOKING_AT = re.compile(r"\b(?:you|we)(?:['’]re| are|['’]d be| would be) looking at\b", re.I)
CONDITIONAL = re.compile(r"(?:^\s*(?:[•*–-]\s*)?(?:[AQ][.:]\s*)?|[,;:—–-]\s*|\bthat\s+)(?:if|unless|should)\b[^,;]*|"
                         # a counterfactual: "; had that rate continued, the death toll would already exceed 4,000"
                         r"(?:^\s*|[,;:—–-]\s*)had\s+(?:that|this|the|such|those|these|it|they)\b[^,;]*", re.I)
#: Words that make a figure one of more people than before: "another 1,800 casualties", "send a further 3,000".
ADDED = r"another|a further|an additional"
FORMATION_WORDS = {"platoon": "platoons", "company": "companies", "battalion": "battalions", "brigade": "brigades"}
FORMATION = re.compile(r"(?P<q>\bup to|\bat least|\bmore than|\bnearly|\balmost|\babout|\baround|\broughly)?\s*\b(?P<n>an?|one|two|three|"
                       r"four|\d+)\s+"
                       r"(?:whole |full |entire )?(?:enemy |Ukrainian |Russian |(?:North )?Korean )?"
                       r"(?:(?:mechani[sz]ed|motori[sz]ed|motor[ -]rifle|naval infantry|airborne|air assault|assault|marine|infantry|tank|"
                       r"rifle|separate|reconnaissance|paratrooper|storm|special forces) )?"
                       r"(?P<f>platoon|company|battalion|brigade|companies|battalions|platoons|brigades)\b"
                       r"(?=\s*(?:of|”|“|\"|’|'|$|,|\.|in|within|over|during|was|were|had|has|near|at|on|worth|and|trying|attempting|"
                       r"that|which|who|defending|holding|advancing|attacking|moving)\b|\s*[”“\"’',.])", re.I)
SHARE = re.compile(r"(?P<q>nearly|almost|about|around|roughly|some|maybe|perhaps|more than|over|up to|at least|close to|as many as|"
                   r"just shy of|shy of|just under|fewer than|less than)?\s*"
                   r"(?:(?P<n>\d+(?:\.\d+)?)\s*"
                   r"(?:%|per ?cent\b)|(?P<k>a|an|one|two|three)[\s-]+(?P<fr>half|thirds?|quarters?|fifths?|tenths?)\b|"
                   r"(?P<of>one|two|three|four) in (?P<in>two|three|four|five|six|eight|ten)\b|"
                   r"(?P<half>half)\b|(?P<most>most)(?=\s+of\s+(?:the|its|their|his)\b))", re.I)
TROOPS_OF = r"\b(?:contingent|force|deployment|troops|army) of\s+$"
FORCE_WORDS = (r"force|forces|contingent|troops|personnel|strength|formation|units?|brigade|battalion|division|soldiers|men|deployment|"
               r"groups?|company|platoon|regiment|squad|infantry|wave|waves|rotation")


def sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of every sentence, as slices of the text: the quote is copied, never retyped."""
    out, paragraph, pos = [], 0, 0
    for m in _SENTENCE_END.finditer(text):
        word = rx.search(r"((?:[A-Za-z]+[’'])?[A-Za-z]+)\.$", text[max(0, m.start() - 12):m.start()])  # ("Kyiv’s." ends one)
        if "\n" not in m.group() and word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
            continue  # "Dec. 16", "Maj. Gen.", "U.S.": not the end of a sentence
        if text[pos:m.start()].strip():
            out.append((pos, m.start(), paragraph))
        if "\n" in m.group():
            paragraph += 1
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text.rstrip()), paragraph))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e, p) for s, e, p in out]


# --- names: the ledger's and the known bodies ------------------------------------------------------------------

@dataclass(frozen=True)
class Body:
    source_id: str
    name: str
    kind: str
    country: str
    not_countries: str
    pattern: re.Pattern


@lru_cache(maxsize=4)
def known_bodies(path: Path = KNOWN_BODIES) -> tuple[Body, ...]:
    """The bodies the draft recognises however a text words them (``known_bodies.csv``: add a row for another)."""
    with Path(path).open(encoding="utf-8", newline="") as f:
        return tuple(Body(r["source_id"], r["name"], r["kind"], r["country"], r["not_countries"], re.compile(r["patterns"]))
                     for r in csv.DictReader(f))


@dataclass
class Names:
    """What the draft knows of claimants: the ledger's names (aliases) and sources, and the known bodies."""

    aliases: list[tuple[str, str]]
    sources: dict[str, dict] = field(default_factory=dict)
    units_of: dict[str, str] = field(default_factory=dict)
    bodies: tuple[Body, ...] = ()
    read: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # source id: (acronym, kind, name) read from this text

    def kind(self, source_id: str) -> str:
        if source_id in self.sources:
            return self.sources[source_id].get("kind", "")
        if source_id in self.read:
            return self.read[source_id][1]
        return next((b.kind for b in self.bodies if b.source_id == source_id), "")

    def country(self, source_id: str) -> str:
        if source_id in self.sources:
            return self.sources[source_id].get("country", "") or ""
        return next((b.country for b in self.bodies if b.source_id == source_id), "")


MEDIA = ("media_outlet", "news_agency", "defense_publisher", "unnamed_outlet", "state_media")


@dataclass
class Mention:
    start: int
    end: int
    source_id: str
    written: str
    known: bool  # in the ledger (False: a known body the ledger lacks, or a name read from the text)
    name: str = ""
    kind: str = ""
    read: bool = False  # read from the text's own words (an organisation's name), not from a list of names


#: What says that a body read from its words is one known by another name: ", known by its Ukrainian initials ", ", known as ".
_KNOWN_AS = re.compile(r",?\s+(?:\(|known\s+(?:by\s+its\s+(?:[\w-]+\s+)?(?:initials|acronym|abbreviation)|(?:locally\s+)?as)\s+)"
                       r"(?:the\s+)?")


def mentions(sentence: str, names: Names) -> list[Mention]:
    """Every name of a claimant or relay in the sentence, longest first where they overlap."""
    found: list[Mention] = []

    def free(a: int, b: int) -> bool:
        return not any(m.start < b and a < m.end for m in found)

    listed: list[Mention] = []  # the ledger's names, names read earlier in this text, known bodies: the longest match wins
    for written, source in names.aliases:
        for m in rx.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", sentence, re.I):
            listed.append(Mention(m.start(), m.end(), source, m.group(), True, kind=names.kind(source)))
    for source, (acronym, kind, name) in list(names.read.items()):
        for m in rx.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", sentence):
            listed.append(Mention(m.start(), m.end(), source, m.group(), False, name, kind, read=True))
    for body in names.bodies:
        for m in body.pattern.finditer(sentence):
            listed.append(Mention(m.start(), m.end(), body.source_id, m.group(), body.source_id in names.sources, body.name,
                                  body.kind))
    for m in sorted(listed, key=lambda m: (m.start - m.end, not m.known, m.start)):
        if free(m.start, m.end) and not rx.search(r"\b(?:pro|anti)-$", sentence[max(0, m.start - 5):m.start], re.I):
            found.append(m)  # (never a body in a word that only describes another: "a pro-Kremlin Telegram channel")
    for m in ORGANISATION.finditer(sentence):
        if free(m.start("name"), m.end()) and not rx.fullmatch(r"[A-Z][a-z]+", m.group("name")):  # "the Ministry said": the one before
            name = m.group("name")
            acronym = m.group("acronym") or ""
            kind = next((k for pattern, k in ORGANISATION_KINDS if rx.search(pattern, name)), "think_tank")
            source = _slug(acronym) if acronym else _slug(" ".join(w for w in name.split() if w[0].isupper() or w[0].isdigit())[:40])
            found.append(Mention(m.start("name"), m.end(), source, m.group()[m.start("name") - m.start():], False,
                                 f"{name} ({acronym})" if acronym else name, kind, read=True))
            if acronym:
                names.read[source] = (acronym, kind, f"{name} ({acronym})")  # "the ISC assessed", later in the text
    for m in _SPELLED_OUT.finditer(sentence):  # "the Direction du renseignement militaire (DRM)": words its acronym spells
        words = m.group("name").split()
        acronym = m.group("acronym")
        for k in range(len(words)):
            initials = "".join(w[0] for w in words[k:] if w.lower() not in _NAME_LINKS)
            if initials.upper() == acronym and words[k][0].isupper() and words[k].lower() not in _NAME_LINKS:
                start = m.start("name") + len(" ".join(words[:k])) + (1 if k else 0)
                name = " ".join(words[k:])
                if free(start, m.end()) and not set(words[k:]) & _NOT_NAME_WORDS:
                    kind = next((k2 for pattern, k2 in ORGANISATION_KINDS if rx.search(pattern, name)), "think_tank")
                    source = _slug(acronym)
                    found.append(Mention(start, m.end(), source, sentence[start:m.end()], False, f"{name} ({acronym})", kind, read=True))
                    names.read[source] = (acronym, kind, f"{name} ({acronym})")
                break
    for m in (*_NAMED_BODY.finditer(sentence), *_BODY_NAMED.finditer(sentence)):
        name = m.group("name")
        if free(m.start("name"), m.end("name")) and not set(name.split()) & _NOT_NAME_WORDS and name.split()[0] not in _NOT_A_PERSON \
                and not any(name.startswith(a) for a, _ in COUNTRY_NAMES):
            kind = "media_outlet" if rx.match(r"outlet|website|news site|newspaper|channel|blog", m.group("noun")) else "think_tank"
            source = _slug(name)[:40]
            found.append(Mention(m.start("name"), m.end("name"), source, name, False, name, kind, read=True))
            names.read[source] = (name, kind, name)  # "Mediazona's estimate", later in the text
    for m in rx.finditer(r"\b(?:lawmaker|Rep\.|Representative|legislator|MP|Sen\.|Senator)\s+(?P<n>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})",
                         sentence):
        if free(m.start(), m.end()):
            person = m.group("n")
            found.append(Mention(m.start(), m.end(), "kr-lawmaker-" + _slug(person.split()[0]) if person else "lawmaker", m.group(),
                                 False, f"{person}, lawmaker", "government_official"))
    for k, m in enumerate(found):  # "the Defence Intelligence Directorate, known by its Ukrainian initials HUR": the body so known
        aka = _KNOWN_AS.match(sentence, m.end) if m.read and not m.known else None
        other = next((o for o in found if aka and o.start == aka.end() and o.source_id != m.source_id and (o.known or not o.read)), None)
        if other is not None:
            found[k] = replace(other, start=m.start, end=m.end, written=m.written)
    return sorted(found, key=lambda m: m.start)


#: A body the ledger and the known bodies lack, read from what the text calls it: "Mediazona, an independent Russian outlet that
#: tracks obituaries, has identified …", "the independent outlet Mediazona".
_BODY_NOUNS = r"outlet|website|news site|newspaper|channel|blog|think tank|monitoring group|monitor|project|initiative|organi[sz]ation"
_NAMED_BODY = re.compile(rf"(?:^|(?<=[,;:—] ))(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}}),\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,4}}?"
                         rf"(?P<noun>{_BODY_NOUNS})\b")
_BODY_NAMED = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:(?:[a-z-]+|Telegram|YouTube|VK|X)\s+){{0,3}}?(?P<noun>{_BODY_NOUNS})\s+"
                         rf"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\b")
#: A body the ledger and the known bodies lack, read from its name: capitalised words ending in a word that names an
#: organisation ("the Institute for the Study of Conflict (ISC)", "Baltic Defence Monitor"), with its acronym if given.
_CAP = r"(?:[A-Z][\w’'-]*|\d+(?:st|nd|rd|th))"
_LINK = r"(?:of|for|on|and|the|de)"
ORGANISATION = re.compile(rf"(?:\b[Tt]he\s+)?(?P<name>(?:{_CAP}\s+(?:{_LINK}\s+){{0,2}}){{0,5}}(?:Institute|Institution|Center|Centre|"
                          rf"Council|Foundation|Forum|Observatory|Monitor|Ministry|Agency|Service|Office|Committee|Commission|"
                          rf"Command|Brigade|Battalion|Regiment|Corps|Staff|Project|Network|Group|Times|Post|News|Journal|Radio|"
                          rf"Television|TV|Headquarters|Directorate|Bureau|Intelligence|Register|Registry|Tracker|Watch|Initiative)\b(?:\s+(?:of|for|on)(?:\s+{_LINK})*\s+{_CAP}(?:\s+(?:{_LINK}\s+)*{_CAP}){{0,4}})?)"
                          rf"(?:\s+\((?P<acronym>[A-Z][A-Za-z]{{1,7}})\))?")
#: A name in any language followed by the acronym its words spell: "Direction du renseignement militaire (DRM)".
_SPELLED_OUT = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,7}?)\s+\((?P<acronym>[A-Z]{2,7})\)")
_NAME_LINKS = {"of", "for", "on", "and", "the", "de", "du", "des", "la", "le", "les", "der", "die", "das", "für", "und", "del", "di",
               "dei", "y", "i", "w", "na", "po"}
ORGANISATION_KINDS = [(r"Ministry|Office|Committee|Commission|Headquarters|Bureau", "government_body"),
                      (r"Directorate|Intelligence|[Rr]enseignement|Nachrichten|[Ii]nteligencia|[Ww]ywiad", "intelligence_service"),
                      (r"Agency|Service", "intelligence_service"), (r"Command|Staff", "military_command"),
                      (r"Brigade|Battalion|Regiment|Corps", "military_unit"),
                      (r"Times|Post|News|Journal|Radio|Television|TV", "media_outlet")]


def _slug(text: str) -> str:
    """An id's words: "Tadeusz Wróblewski" → "tadeusz-wroblewski" (letters without their marks; "ł" as "l")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.lower().replace("ł", "l")) if not unicodedata.combining(c))
    return rx.sub(r"[^a-z0-9]+", "-", plain).strip("-")


#: Nationality adjectives of officials in a list ("American, British and Polish officials"): country code, name.
ADJECTIVES = {"american": ("us", "US"), "u.s.": ("us", "US"), "us": ("us", "US"), "british": ("gb", "GB"), "polish": ("pl", "PL"),
              "french": ("fr", "FR"), "german": ("de", "DE"), "ukrainian": ("ua", "UA"), "south korean": ("kr", "KR"),
              "japanese": ("jp", "JP"), "russian": ("ru", "RU"), "estonian": ("ee", "EE"), "lithuanian": ("lt", "LT"),
              "latvian": ("lv", "LV"), "finnish": ("fi", "FI"), "swedish": ("se", "SE"), "canadian": ("ca", "CA"),
              "western": ("western", ""), "european": ("european", ""), "nato": ("nato", "")}
_NATIONS = r"American|U\.S\.|US|British|Polish|French|German|Ukrainian|South Korean|Japanese|Estonian|Lithuanian|Latvian|Finnish|" \
           r"Swedish|Canadian|Western|European"
_LIST = re.compile(rf"\b(?P<list>(?:(?:{_NATIONS}),?\s+)+(?:and|&)\s+(?:{_NATIONS}))\s+(?:intelligence\s+|defen[cs]e\s+|military\s+)?"
                   rf"(?:officials|assessments|estimates)\b")  # (or their assessments: "Citing South Korean and US assessments, …")
#: "Ukrainian and South Korean intelligence say": each nation's intelligence service.
_SERVICES_LIST = re.compile(rf"\b(?P<list>(?:(?:{_NATIONS}),?\s+)+(?:and|&)\s+(?:{_NATIONS}))\s+(?:military\s+)?intelligence"
                            rf"(?:\s+(?:services|agencies))?\s+(?:now\s+|also\s+|both\s+)?(?:{SPEECH})\b")
#: "two U.S. officials and a European diplomat", "Two Western officials and a Ukrainian official": each group's own row.
_OFFICIAL_WORDS = r"(?:(?:intelligence|defen[cs]e|military|government|senior|security)\s+)*(?:officials?|diplomats?|sources?)"
_HOW_MANY = r"(?:an?|one|two|three|four|five|several|some)\s+(?:senior\s+)?"
_GROUP_OF = re.compile(rf"{_HOW_MANY}(?P<a>{_NATIONS}|European|NATO)\s+{_OFFICIAL_WORDS}\b", re.I)
_ONE_GROUP = _GROUP_OF.pattern.replace("(?P<a>", "(?:")
_PAIRED = re.compile(rf"\b(?:{_ONE_GROUP},\s+)*{_ONE_GROUP},?\s+(?:and|as well as)\s+{_ONE_GROUP}", re.I)
#: "Officials in Kyiv, Seoul and Washington said": the officials of each capital.
_CAPITALS_LIST = re.compile(r"\bofficials in (?P<list>(?:(?:Kyiv|Seoul|Washington|London|Tokyo|Moscow),?\s+)+(?:and|&)\s+"
                            r"(?:Kyiv|Seoul|Washington|London|Tokyo|Moscow))\b", re.I)


#: "citing sources in Ukraine's armed forces", "quoting unnamed officials at the ministry": they claim, the outlet relays.
#: "citing a senior Ukrainian military source", "citing two US officials": an unnamed source an outlet cites.
CITING = re.compile(r"(?<!\bwithout )(?<!\bnot )\b(?:[Cc]iting|[Qq]uoting)\s+[“\"‘']?"
                    r"(?P<who>(?:an?|two|three|four|several|unnamed|anonymous)\s+(?:[\w.-]+\s+){0,4}?"
                    r"(?:sources?|officials?|officers?)|"
                    # "citing government sources in Tokyo", "quoting military officials": no article
                    r"(?:(?:senior|government|military|intelligence|defen[cs]e|security|diplomatic|Ukrainian|Russian|South Korean|"
                    r"North Korean|American|U\.S\.|US|British|Japanese|Western|frontline|field|unit)\s+){1,3}"
                    r"(?:sources|officials|commanders|officers)|"
                    r"the\s+(?:commander|head|chief|spokes(?:man|woman|person)|press officer)\s+of\s+"
                    r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:unit|brigade|battalion|regiment|detachment|group|forces|service|agency|ministry|"
                    r"command))\b")
#: What puts a body named with no verb of speech in a clause of its own ("conscripts, whom the Kremlin had promised would not be
#: sent", "even though the Kremlin promised"): it says nothing of the figure.
_SUBORDINATE = re.compile(r"\b(?:whom|which|who|whose|though|although|because|while|unless|until)\s+(?:the\s+)?$", re.I)
#: A question that names nobody who claims its figure ("Did 20,000 North Korean soldiers die in Kursk?"); one that reports a claim
#: ("Russia's Defence Ministry says Ukraine lost 310 soldiers …; can you confirm?") has its claimant, and stays a claim.
_QUESTION = re.compile(r"\?[”\"’']?\s*$")
#: "Kursk's governor, citing the ministry, said …", "The spokesman, quoting Defence Ministry data, told reporters …".
_CITING_ASIDE = re.compile(rf",\s+(?:citing|quoting)\s+(?P<who>(?:the|its)\s+[\w’' -]{{2,50}}?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})"
                           rf"(?:\s+(?:data|figures|estimates?|sources|reports?))?,\s+(?:has\s+|had\s+)?(?:{SPEECH})\b")
#: "Analysts at Krestmoor Risk said", "researchers with the Baltic Institute estimate": the body they work for claims.
_STAFF_AT = re.compile(rf"\b(?:[Aa]nalysts|[Rr]esearchers|[Ee]xperts|[Ee]conomists|[Ss]pecialists)\s+(?:at|with|from)\s+(?:the\s+)?"
                       rf"(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'&.-]*){{0,4}})\s+(?:have\s+|had\s+|also\s+)?(?:{SPEECH})\b")
#: "TASS quoted the ministry as saying …": the one quoted claims, the outlet relays.
QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?!by\b)(?P<who>[^,;]{2,80}?)\s+(?:(?:on|last)\s+\w+\s+)?as\s+(?:saying|telling|stating|"
                       r"estimating|putting|claiming)\b")
_QUOTED_BY = re.compile(r"\b(?:was|were|is|are|has been|had been)\s+quoted\s+by\s+(?P<by>[^,;]{2,60}?)\s+as\s+(?:saying|telling|stating|"
                        r"estimating|putting|claiming)\b")
SOURCES_IN = re.compile(r"\b(?:citing|quoting|according to)\s+(?P<who>(?:unnamed |anonymous |several |two |three )?(?:sources|officials)"
                        r"\s+(?:in|within|at|from|close to|inside)\s+(?P<where>[^,.;]{3,60}))")
COUNTRY_NAMES = [("Ukraine", "UA"), ("Kyiv", "UA"), ("Russia", "RU"), ("Moscow", "RU"), ("South Korea", "KR"), ("Seoul", "KR"),
                 ("North Korea", "KP"), ("Pyongyang", "KP"), ("United States", "US"), ("Washington", "US")]


@dataclass
class Claimant:
    source_id: str
    attribution: str  # explicit, inferred_from_context, unattributed
    written: str
    relays: list[str] = field(default_factory=list)
    proposed: dict | None = None  # a sources.csv row to propose, for a body the ledger does not know


#: Who speaks when the sentence names no body the ledger or the known bodies know: the noun phrase before a verb of speech
#: ("A Western official, speaking on condition of anonymity, put …", "Ukrainian drone operators from the Shuliak unit say")
#: or after "according to" ("according to Ukrainian commanders"), or a capital speaking for its government ("Seoul estimated").
_SPEAKER_HEAD = (r"officials?|sources?|commanders?|officers?|soldiers|troops|operators|spokes(?:man|woman|person)|units?|service|forces|"
                 r"guards?|blogger|expert|analysts?|colonel|general|ministry|military|intelligence|agency|command|brigade|battalion|"
                 r"headquarters|staff|regiment|warmongers|puppets|pilots|paratroopers|marines|fighters|volunteers|group|network|"
                 r"monitors?|project|researchers|team|milbloggers?|bloggers?|headquarters|historians|demographers|relatives|"
                 r"families|channels?|operators?|crews?|governor|governments|states|observers|doctors|surgeons|medics|"
                 r"prosecutors?|volunteers|investigators|interrogators|office|diplomats?|medic|doctor|surgeon|nurses?|witnesses|"
                 r"residents?|villagers|defectors?|relative|staff|prisoners?|captives?|deserters?|newspapers?|tabloids?|"
                 r"broadcasters?|magazines?|dail(?:y|ies)|ministers?|ambassadors?|envoys?|"
                 # bodies of a town or a region, and state media: "the district military administration", "state media"
                 r"administration|authorities|department|state media|state television|cent(?:re|er)|club|witness|commissariat|council")
SPEAKER = re.compile(rf"(?:^|(?<=[,;:—–-] )|(?<=\bthat )|(?<=\band )|(?<=\bbut ))(?P<who>(?:(?:the|a|an|two|three|several|some|one|retired|"
                     rf"senior|another)\s+)?(?:[\w’'.-]+\s+){{0,6}}?(?:{_SPEAKER_HEAD})(?:\s+[A-Z][\w’'-]+){{0,3}}"
                     r"(?:\s+[‘'\"“][A-Z][^’'\"”,.]{1,40}[’'\"”])?"  # "blogger ‘Severny Veter’", "the channel “Rybar”"
                     rf"(?:\s+(?:in|at|from|of|for|with|within|near|outside|around|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)?)"
                     rf"(?:,[^,]{{1,90}},|\s+who\s[^,]{{1,70}}?(?=\s+(?:{SPEECH})\b)|"
                     rf",\s+which(?=\s+(?:says|said|claims|claimed|reports|reported|estimates|estimated)\b))?"
                     rf"\s+(?:now\s+|also\s+|still\s+|later\s+)?"
                     rf"(?:has\s+|have\s+|had\s+)?(?:(?:so far|already|now|also|since)\s+)?(?:{SPEECH})\b")
ACCORDING = re.compile(rf"\b[Aa]ccording to (?P<who>(?:the\s+)?(?:[\w’'-]+\s+){{0,4}}?(?:{_SPEAKER_HEAD}))\b"
                       rf"(?=\s*(?:[,.;]|$)|\s+who\s+[^,.;]{{1,60}}(?:[,.;]|$))")
#: "according to an estimate by a Western think tank", "according to a Defense Ministry document seen by Nikkei": who wrote it.
_PAPERS = r"estimates?|documents?|assessments?|analysis|report|study|paper|memo|briefing|figures"
_PAPER_BY = re.compile(rf"\baccording to (?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_PAPERS})\s+(?:by|from|of)\s+(?P<who>(?:an?|the)\s+"
                       rf"[^,.;]{{3,60}}?)(?=\s*(?:[,.;]|$))|"
                       rf"\baccording to (?:an?|the)\s+(?P<body>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})\s+"
                       rf"(?:internal\s+)?(?:{_PAPERS})\b")
#: "Western estimates suggest", "U.S. intelligence estimates put": that country's (or group's) unnamed officials.
_ESTIMATING = r"American|U\.S\.|US|British|Ukrainian|South Korean|Japanese|Western|NATO|European"
_NATION_ESTIMATES = re.compile(rf"\b(?P<who>{_ESTIMATING})\s+"
                               r"(?:intelligence\s+|military\s+|government\s+)?(?:estimates?|assessments?|figures)\s+"
                               r"(?:also\s+)?(?:suggest|suggests|say|says|show|shows|put|puts|indicate|indicates)\b")
_CITING_NATION = re.compile(rf"\b(?:[Cc]iting|[Aa]ccording to|[Bb]ased on)\s+(?P<who>{_ESTIMATING})\s+(?:intelligence\s+|military\s+|"
                            r"government\s+)?"
                            r"(?:estimates|assessments|figures)\b")
CAPITALS = {"Kyiv": "UA", "Seoul": "KR", "Moscow": "RU", "Pyongyang": "KP", "Washington": "US", "London": "GB", "Tokyo": "JP",
            "Warsaw": "PL", "Paris": "FR", "Berlin": "DE"}
#: A figure given by a nation, with no one named: "by Ukrainian estimates", "according to Russian accounts", "by Seoul's reckoning".
_BY_NATION = re.compile(rf"\b(?:[Bb]y|[Aa]ccording to)\s+(?:(?P<nation>{_NATIONS}|Russian|North Korean)|"
                        rf"(?P<capital>{'|'.join(CAPITALS)})['’]s)\s+(?:own\s+)?"
                        rf"(?:official\s+)?(?:estimates?|accounts?|counts?|figures|reckoning|tall(?:y|ies)|assessments?)\b")
#: A country speaking for its government, as wires write: "Ukraine says it captured two more", "Russia has said …".
#: (The same names a wire's dateline country is given by: see _DATELINE_CODES.)
COUNTRIES_SPEAKING = {"South Korea": "KR", "Ukraine": "UA", "Russia": "RU", "North Korea": "KP", "the United States": "US",
                      "the U.S.": "US", "Britain": "GB",
                      "Japan": "JP", "Poland": "PL"}
#: A nation's people speaking for its government, as reporters and lawmakers say: "The Ukrainians have told this committee …".
PEOPLES_SPEAKING = {"the Ukrainians": "UA", "the Russians": "RU", "the South Koreans": "KR", "the North Koreans": "KP",
                    "the Americans": "US", "the British": "GB", "the Japanese": "JP", "the Poles": "PL"}
SPEAKING_FOR = {**CAPITALS, **COUNTRIES_SPEAKING, **PEOPLES_SPEAKING,
                **{k[0].upper() + k[1:]: v for k, v in {**PEOPLES_SPEAKING, **COUNTRIES_SPEAKING}.items() if k.startswith("the ")}}
#: "Washington, by contrast, spoke of …", "Kyiv’s propaganda claims …", "Moscow says nothing of its allies’ dead and boasts of …".
_ASIDE = r"(?:,\s+(?:by contrast|for its part|in turn|meanwhile|however|too|in response|for now|in its turn),|,\s+which)?"
_VOICE = r"(?:[’']s\s+(?:propaganda|government|leadership|officials|side|military|authorities|command))?"
_CAPITAL = re.compile(rf"(?<![\w’'-])(?P<who>{'|'.join(map(re.escape, SPEAKING_FOR))}){_VOICE}{_ASIDE}\s+"
                      rf"(?:also\s+|has\s+|have\s+|had\s+|itself\s+|now\s+)?"
                      rf"(?:(?:{SPEECH})\b(?!\s+(?:little|nothing|next to nothing)\b)|"
                      r"(?:is|are|was|were)\s+(?:now\s+)?(?:saying|claiming|reporting|estimating)\b|"  # "the Ukrainians were claiming …"
                      r"(?:says|said) nothing (?:of|about) [^,.;]{1,40}? and (?:instead )?"
                      r"(?:boasts?|boasted|claims?|claimed|speaks?|spoke)\b)")
def _country_named(text: str) -> str:
    """The country a phrase names by adjective ("a senior Ukrainian military source", "U.S. officials"), else by name ("sources
    in Ukraine's armed forces"), or ''."""
    return next((c for adjective, (_, c) in ADJECTIVES.items() if rx.search(rf"(?<!\w){re.escape(adjective)}(?!\w)", text, re.I)), "") \
        or next((c for name, c in COUNTRY_NAMES if rx.search(rf"\b{name}\b", text)), "")


def _persons(context: dict) -> set[str]:
    """The source ids of the people the text has named so far (not bodies)."""
    return {p.source_id for p in context.get("people", {}).values()}


_GROUP_WORDS = {"western": "", "nato": "", "european": "", "allied": ""}


#: People who are no officials and speak as a group, named by that word alone: "according to relatives", "residents said".
_PEOPLE_GROUPS = r"relatives|families|residents|witnesses|medics|doctors|nurses|villagers|defectors|survivors"


def _named_body(source: str, written: str, name: str, kind: str, country: str, names: Names, relays=()) -> Claimant:
    """A claimant by id, with the sources.csv row to propose when the ledger does not know the id."""
    proposed = None if source in names.sources else {"source_id": source, "name": name, "kind": kind, "country": country}
    return Claimant(source, "explicit", written, list(relays), proposed)


def _officials_of(code: str, written: str, names: Names) -> Claimant:
    """A country's unnamed officials by its code ("UA" → ua-officials, "Ukrainian officials (unnamed)"), as the ledger's id where
    it has one: what a capital, a state's representative or its "side" speaks for."""
    adjective = {"KR": "South Korean", "KP": "North Korean", "US": "American"}.get(code) or \
        next((a for a, (_, c) in ADJECTIVES.items() if c == code and " " not in a), code)
    return _named_body(f"{code.lower()}-officials", written, f"{adjective.title()} officials (unnamed)", "officials_unnamed", code, names)


def _unnamed_officials(nation: str, written: str, names: Names) -> Claimant:
    """A nation's (or a group's: Western, NATO) unnamed officials, as the ledger's id where it has one."""
    code, country = ADJECTIVES.get(nation.lower(), ("xx", ""))
    return _named_body(f"{code}-officials", written.strip(), f"{nation} officials (unnamed)", "officials_unnamed", country, names)


#: A wire's dateline country, as a code: "SEOUL, Sept. 22 (Yonhap) -- … a military official said" is a South Korean official.
_DATELINE_CODES = COUNTRIES_SPEAKING


#: Who a figure or claim is given by, named after it: "claimed on March 3 by the Ukrainian Telegram channel Tochka Zoru", "a claim by
#: a Ukrainian channel that …" (not who killed or captured).
_AGENT = re.compile(r"\b(?:(?:claimed|reported|published|released|put forward|compiled|issued|posted|cited|circulated)\s+"
                    r"(?:(?:on|in|last|this|earlier)\s+(?:[\w.]+\s+){0,2}?)?|(?:an?|the)\s+(?:claim|figure|estimate|count|tally)\s+"
                    r"(?:made\s+|published\s+|put forward\s+)?)by\s+(?P<who>(?:the|an?)\s+[^,.;:()“”\"]{3,80}?)"
                    r"(?=\s*[,.;:(]|\s+(?:that|on|in|last|this|as|which|who|is|was|and)\b|\s*$)")

#: A state speaking through its representative, its "side" or its government, as diplomatic records and official digests write.
_STATES = {"Ukraine": "UA", "the Russian Federation": "RU", "Russia": "RU", "the Republic of Korea": "KR", "South Korea": "KR",
           "the Democratic People's Republic of Korea": "KP", "the Democratic People’s Republic of Korea": "KP", "North Korea": "KP",
           "the United States": "US", "the United States of America": "US", "the United Kingdom": "GB", "Japan": "JP", "Poland": "PL",
           "France": "FR", "Germany": "DE"}
_STATE_ADJECTIVES = {**{a: c for a, (_, c) in ADJECTIVES.items() if c}, "north korean": "KP", "united states": "US"}
_STATE_NAME = "|".join(re.escape(k) for k in sorted(_STATES, key=len, reverse=True))
_STATE_ADJECTIVE = r"Ukrainian|Russian|South Korean|North Korean|American|US|United States|British|Japanese|Polish|French|German"
_STATE_VOICE = re.compile(
    rf"(?P<who>\b(?:[Tt]he\s+)?(?:(?:permanent|deputy|acting)\s+)?(?:representative|delegate|envoy|delegation)\s+of\s+(?P<of>{_STATE_NAME})|"
    rf"\b(?:[Tt]he\s+)(?P<adj>{_STATE_ADJECTIVE})\s+(?:side|delegation|delegate|representative))(?=(?:,[^,]{{1,80}},)?\s+(?:also\s+|has\s+|"
    rf"had\s+|then\s+|further\s+)?(?:{SPEECH}|stated|announced|dismissed|rejected|noted)\b)|"
    rf"(?P<gov>\b(?:by|from|of|to)\s+the\s+Government\s+of\s+(?P<of2>{_STATE_NAME}))")


def _speaker(sentence: str, names: Names, context: dict | None = None) -> Claimant | None:
    """The speaker a sentence names by description, as a proposed source (never a known id but its own). An official the
    text gives no country is the dateline's ("SEOUL (Yonhap) -- a military official said": South Korean), as wires write."""
    estimates = _NATION_ESTIMATES.search(sentence) or _CITING_NATION.search(sentence)
    if estimates:  # "Western estimates suggest …", "Citing South Korean assessments, the paper says …": those officials
        return _unnamed_officials(estimates.group("who"), estimates.group(), names)
    paper = _PAPER_BY.search(sentence)
    if paper:  # "according to an estimate by a Western think tank": its author
        who = rx.sub(r"^(?:an?|the)\s+", "", paper.group("who") or paper.group("body"))
        if not rx.match(rf"(?:{_PAPERS})\b", who):
            country = _country_named(who)
            source = _slug(f"{country} {who}")[:48]
            kind = next((k for pattern, k in ORGANISATION_KINDS if rx.search(pattern, who)), "think_tank") \
                if rx.search(r"[A-Z]|think tank|institute", who) else "officials_unnamed"
            proposed = None if source in names.sources else {"source_id": source, "name": who[0].upper() + who[1:], "kind": kind,
                                                             "country": country}
            return Claimant(source, "explicit", paper.group(), [], proposed)
    m = rx.search(rf"\baccording to (?P<who>{'|'.join(map(re.escape, SPEAKING_FOR))})(?=\s*[,.;)]|\s*$)", sentence)
    if m:  # "lost 1,400 soldiers a day across the front in December, according to Ukraine": that nation's officials
        code = SPEAKING_FOR[m.group("who")]
        return _unnamed_officials(next((a for a, (_, c) in ADJECTIVES.items() if c == code and a not in ("us", "u.s.")), code).title(),
                                  m.group("who"), names)
    agent = _AGENT.search(sentence)
    if agent and not rx.match(r"(?i:the\s+)?(?:same|other|latter|former)\b", agent.group("who")):
        # "12,000 losses claimed on March 3 by the Ukrainian Telegram channel Tochka Zoru", "a claim by a Ukrainian channel that …"
        described = _described(agent.group("who"), agent.group("who"), names, context)
        if described is not None:
            return described
    state = _STATE_VOICE.search(sentence)
    if state:  # "The representative of Ukraine said", "the Ukrainian side stated", "according to the Government of Japan": its officials
        code = _STATES.get(state.group("of") or state.group("of2") or "", "") \
            or _STATE_ADJECTIVES.get((state.group("adj") or "").lower(), "")
        return _officials_of(code, state.group("who") or state.group("gov"), names)
    m = _CAPITAL.search(sentence)
    if m and rx.search(r"\b(?:in|from|to|at|of|by|with|near|for|against|on|into|across)\s+$", sentence[:m.start()], re.I):
        m = None  # "a Western diplomat in Kyiv estimated": the place of the one who speaks
    if m and rx.search(r"\b(?:if|unless|whether|should|once|until)\s+$", sentence[:m.start()], re.I):
        m = None  # "If Pyongyang maintains its current rotation, we project …": a condition, not a speaker
    if m and m.group("who").lower() not in (c.lower() for c in CAPITALS) \
            and (SPEAKER.search(sentence, m.end()) or ACCORDING.search(sentence, m.end())):
        m = None  # "Ukraine has said little, but a Ukrainian battalion commander told …": the one who gave the figure
    if m:
        return _officials_of(SPEAKING_FOR[m.group("who")], m.group("who"), names)
    # "Staff at the Lgov cemetery … said", "Relatives say": a group's word opening the sentence, read as in mid-sentence
    probe = sentence[:1].lower() + sentence[1:] if rx.match(rf"(?:{_PEOPLE_GROUPS}|staff|nurses)\b", sentence, re.I) else sentence
    m = SPEAKER.search(probe) or ACCORDING.search(probe)
    if not m:
        return None
    written = m.group("who").strip()
    if rx.search(r"\b(?:ministers?|ambassadors?|envoys?)\b", written, re.I) and rx.search(r"[A-Z][\w’'-]+,\s*$", probe[:m.start("who")]):
        return None  # "Daniel Roper, the armed forces minister, who …, offered": the person named before the appositive
    if rx.fullmatch(r"(?:the|this|that|these|those)\s+[\w’'-]+|(?:the|this)\s+[\w’'-]+['’]s\s+[\w’'-]+", written, re.I):
        return None  # "the unit wrote", "the agency said": the claimant named before (read from context)
    if rx.search(rf"\b(?:{SPEECH})\s", written):
        return None  # "Marta Kask said the agency had put …": the speaker is before the first verb (a person, or context)
    if rx.search(rf"\b(?i:spokes(?:man|woman|person)|press (?:secretary|officer))\s+{_NAME}", written):
        return None  # "spokesperson Dana Whitfield said": a person, named (the body beside them is read with the person)
    if rx.search(r"(?:^|\s)(?:the|its|their)\s+(?:same\s+|spy\s+|other\s+)?[\w’'-]+$", written, re.I) and \
            not rx.search(r"\b[A-Z]", rx.sub(rf"\b(?:{MONTHS}|{'|'.join(WEEKDAYS)})\b", "", rx.sub(r"^\W*\w+", "", written))):
        return None  # "He said the agency", "a month later the agency", "in its July post the brigade": the one named before
    where = rx.match(r",\s+((?:in|inside|within|from|close to|near)\s+[^,]{3,60}),", m.group()[m.end("who") - m.start():])
    if where and rx.search(r"\b(?:source|sources|official|officials|resident|residents)$", written, re.I):
        written = f"{written} {where.group(1)}"  # "A second source, in Ryanggang Province, said": who they are is where they are
    written = rx.sub(r"^(?:but|and|yet|so|while)\s+", "", written, flags=re.I)  # "…, but a brigade commander told": the commander
    written = rx.sub(r"^.*?\baccording to\s+", "", written, flags=re.I)  # "That's according to two officials who … spoke to …"
    if rx.match(r"(?i:nobody|no one|none|neither|no)\b", written):
        return None  # "nobody official has said that 800 were killed": no one claims it
    if rx.match(r"(?:[Ww]e|[Oo]ur|us|[Ww]hich|[Ww]ho|[Ww]hom|[Tt]hat)\b", written):  # (not "US intelligence")
        return None  # "we and a team of volunteers have identified": the text's own voice; "which independent demographers …"
    if rx.search(r"\b(?:[Yy]our|[Mm]y)\b", written):
        return None  # "In January your service told this committee …": the one addressed, whom the context names
    if rx.match(r"(?:Q[.:]\s*)?(?:What|How|Why|When|Where|Who|Which|Did|Does|Do|Is|Are|Has|Have|Was|Were)\b", written):
        return None  # "Q. What did the agency say at first?": a question, which names whom the answer's claimant is
    press = _PRESS_OF.match(written)
    if press and context is not None:
        # "The brigade's press officer, Lt. Oksana Derkach, told …": the brigade the text named, and "Derkach said" later is it again;
        # "the governor's press service said": the governor's office
        head = press.group("head")
        body = _named_before(head, context.get("text", "")[:context.get("at", 0)], names) if head.lower() in _BODY_HEADS else None
        if body is None and head.lower() not in _BODY_HEADS:
            office = f"{head[0].upper()}{head[1:]}'s office ({press.group('role').lower()})"
            body = _named_body(_slug(f"{_country_named(probe)} {head} office")[:48], written, office, "government_body", "", names)
        if body is not None:
            person = rx.match(rf",\s+(?P<who>{_TITLES}{_NAME}{{1,3}}),", probe[m.end("who"):])
            if person and _a_person(person.group("who")):
                _remember(context, _bare(person.group("who")), person.group("who"), body)
            return replace(body, written=written)
    named = rx.match(rf",\s+(?P<who>{_TITLES}{_NAME}{{1,3}}),", probe[m.end("who"):])
    if named and _a_person(named.group("who")) and rx.match(r"(?:an?|the|one)\s", written, re.I) and _TITLE_WORDS.search(written) \
            and not _SPOKESPERSON.search(written):  # (a spokesperson speaks for the body: "A JCS spokesperson, Col. Noh, said")
        # "A Russian general, Lt. Gen. Viktor Sokhin, told …": the person the description names
        who = _a_person_claimant(_bare(named.group("who")), named.group("who"), written, names, _country_named(written))
        if context is not None:
            _remember(context, _bare(named.group("who")), f"{written}, {named.group('who')}", who)
        return who
    return _described(written, m.group("who"), names, context)


#: A description of one person by rank or post: "a Russian general", "a former officer", "the regiment's commander".
_TITLE_WORDS = re.compile(r"\b(?:general|colonel|major|captain|lieutenant|sergeant|officer|commander|analyst|expert|blogger|"
                          r"lawmaker|legislator|deputy|minister|official|diplomat|soldier|surgeon|doctor|historian|researcher)$",
                          re.I)


#: A body's spokesperson or press service, named by the body's head word: "the brigade's press officer", "the governor's press service".
_PRESS_OF = re.compile(r"(?:[Tt]he\s+)?(?P<head>[a-z]+)['’]s\s+(?:own\s+)?(?P<role>press (?:officer|service|office|secretary)|"
                       r"spokes(?:man|woman|person))$")


def _described(written: str, as_written: str, names: Names, context: dict | None) -> Claimant | None:
    """A speaker named by description ("a former officer of the regiment"), as a proposed source: unnamed officials of the
    dateline's country where the words say no more, the kind the head word tells, and None for nobody a reader could tell apart
    ("a source", "officials")."""
    # (a time phrase that opens the sentence is no part of the name: "On Tuesday the Ukrainian Telegram channel Pivnichnyi Front")
    written = rx.sub(r"^[A-Z]{3,}(?:/[A-Z]+)?\s*(?:--|—|–)\s*", "", written)  # a dateline: "SEOUL -- North Korean state media"
    written = rx.sub(rf"^(?:on (?:{'|'.join(WEEKDAYS)}|(?:{MONTHS})\.? \d{{1,2}})|last (?:week|month|night)|earlier|later|meanwhile|"
                     rf"yesterday|today|this (?:week|morning)|in (?:{MONTHS}|\d{{4}}))\s*,?\s+(?=(?:the|a|an|another)\s)", "",
                     written, flags=re.I)
    written = rx.sub(rf"\s+on (?:{'|'.join(WEEKDAYS)})$", "", written)  # "… state media on Thursday"
    written = rx.sub(rf"^(?:when|while|as|in (?:{MONTHS}|\d{{4}}))\s+(?=(?:[a-z]+\s+)?state (?:media|television)\b)", "", written,
                     flags=re.I)  # "In August state television showed …", "when state media showed …"
    who = rx.sub(r"^(?:(?:the|a|an|two|three|several|some|one|another|second|third|other)\s+)+", "", written, flags=re.I)
    dateline = _DATELINE_CODES.get((context or {}).get("country", ""), "")
    plain = set(rx.findall(r"[a-z]+", who.lower())) <= _PLAIN_OFFICIALS | {"official", "officer", "officers"}
    body = (context or {}).get("body")
    if not dateline and plain and body is not None and rx.search(r"\b(?:defen[cs]e|military|government|administration)\b", who, re.I) \
            and rx.search(r"\b(?:officials?|sources?)\b", who, re.I):
        # "A senior defense official said separately …" after the Pentagon's briefing: an official of the body's country
        dateline = names.country(body.source_id) or (body.proposed or {}).get("country", "")
    if dateline and plain and not _country_named(who):  # "a military official said", under a SEOUL dateline
        return _unnamed_officials(next((a for a, (_, c) in ADJECTIVES.items() if c == dateline and " " not in a and a != "us"),
                                       "south korean" if dateline == "KR" else dateline).title(), written, names)
    if len(who.split()) < 2 and not rx.fullmatch(_PEOPLE_GROUPS, who, re.I):
        return None  # "a source said", "officials said": nobody a reader could tell apart (unattributed, for the curator)
    lower = who.lower()
    country = "" if rx.search(r"\b(?:western|nato|european|allied)\b", lower) else _country_named(who)  # (a Western diplomat in Kyiv)
    if rx.search(r"\bsouth korea", lower):
        country = "KR"
    kind = "officials_unnamed" if rx.search(r"officials?|sources?|spokes|puppets|warmongers", lower) else \
        "unnamed_outlet" if rx.search(r"\b(?:newspapers?|tabloids?|broadcasters?|magazines?|dail(?:y|ies))$", lower) else \
        "media_outlet" if rx.search(r"\b(?:telegram|channel|blog|website|news site|outlet)\b", lower) \
        and rx.search(rf"\b(?:channel|blog|website|site|outlet)\s+[{_UP}]", who) else \
        "military_unit" if rx.search(r"units?|brigade|battalion|regiment|operators|forces|soldiers|troops|commanders?|pilots|marines",
                                     lower) \
        else "intelligence_service" if rx.search(r"intelligence|agency", lower) else \
        "government_body" if rx.search(r"ministry|service|guards?|military|command|staff|headquarters|administration|authorities",
                                       lower) else "officials_unnamed"
    source = _slug(f"{country} {who}")[:48]
    name = who[0].upper() + who[1:]
    proposed = None if source in names.sources else {"source_id": source, "name": name + (" (unnamed)" if kind == "officials_unnamed"
                                                                                          and "unnamed" not in lower else ""),
                                                     "kind": kind, "country": country}
    return Claimant(source, "explicit", as_written, [], proposed)


_TITLE = (r"(?:Major|Maj\.?|Lt\.?|Lieutenant|Col\.?|Colonel|General|Gen\.?|Brig\.?|Brigadier|Capt\.?|Captain|Sgt\.?|Sergeant|Rep\.|"
          r"Sen\.|Dame|Sir|Dr\.?|"  # (British style writes ranks with no full stop: "Sgt Taras Melnyk", "Brig Gen Serhiy Lytvak")
          r"Mr\.?|Ms\.?|Mrs\.?|Adm\.?|Admiral|Leader|Private|Pvt\.?|Corporal|Cpl\.?|"
          r"(?:(?:Defen[cs]e|Foreign|Prime|Deputy|Vice)\s+)?(?:Minister|Secretary|President|"
          r"Spokes(?:man|woman|person)|Commander|Chief)|"
          r"[Ss]pokes(?:man|woman|person)|(?:[Dd]eputy\s+)?[Pp]ress\s+(?:[Ss]ecretary|[Oo]fficer))")
#: A person named as the speaker: "Major Taras Hnatiuk, whose battalion holds …, said", "Daniel Roper, the armed forces minister, …
#: offered"; later by surname alone ("Hnatiuk said", "he reckons" after it).
#: Titles before a name, up to two and a retired or service word: "Lt Gen. Mark Ellery", "retired Army Lt. Gen. Douglas Wren".
_TITLES = rf"(?:(?:[Rr]etired|[Rr]et\.)\s+)?(?:(?:U\.?S\.?\s+)?(?:Army|Navy|Air Force|Marine Corps)\s+)?" \
          rf"(?:{_TITLE}\s+(?:\([Rr]et(?:d|ired)?\.?\)\s+)?){{0,2}}"  # "Gen. (ret.) Marek Zawadzki"
#: A capitalised word of a name, with the letters of names in Latin scripts ("Wróblewski", "Zielińska", "Šimonytė").
_UP, _LOW = "A-Z\u00c0-\u00de\u0100-\u017f", "a-z’'\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f-"
_NAME = rf"[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)"
PERSON = re.compile(rf"(?:^|(?<=[,;:—–] )|(?<= - )|(?<=\bthat )|(?<=\bwhile )|(?<=\bbut ))(?P<who>{_TITLES}{_NAME}{{1,3}})"
                    rf"(?:(?:,(?:[^,]|,(?=\d)){{1,160}}){{1,2}},|,)?\s+(?:had\s+|has\s+)?(?:also\s+|later\s+)?(?:{SPEECH})\b")
#: A person named after the verb: "…, said the battalion's commander, Maj. Taras Hnatiuk, in a video address".
PERSON_AFTER = re.compile(rf"\b(?:said|says|wrote|writes|added|estimated|claimed|claims|insisted|insists|warned|warns|argued|argues|"
                          rf"recalled|explained|predicted)\s+(?:the\s+[^,.;]{{0,60}}?,\s+)?"
                          rf"(?P<who>{_TITLES}{_NAME}{{1,2}})(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|during|after|of)\b)")
#: "According to Gen. (ret.) Marek Zawadzki, a former deputy commander, …": the person.
_ACCORDING_PERSON = re.compile(rf"\b[Aa]ccording to (?P<who>{_TITLES}{_NAME}{{1,3}})(?=\s*[,.;]|\s+\()")
#: Words that make a run of capitalised words a place or a body, never a person ("North Korea said", "Military Times").
#: One name and who they are, then the verb: "Serhiy, a 24-year-old infantryman with a shattered forearm, said …".
_ONE_NAME = re.compile(rf"(?:^|(?<=[,;:—] ))(?P<who>[{_UP}][{_LOW}]{{2,}}),\s+(?:a|an)\s+(?:\d+-year-old\s+)?[a-z][^,]{{2,80}},\s+"
                       rf"(?:has\s+|had\s+)?(?:{SPEECH})\b")
_NOT_NAME_WORDS = {"Korea", "Korean", "Koreans", "Ukraine", "Ukrainian", "Russia", "Russian", "Kursk", "States", "Kingdom", "Moscow",
                   "Kyiv", "Seoul", "Pyongyang", "Washington", "London", "Tokyo", "Ministry", "Staff", "Service", "Intelligence",
                   "Forces", "Army", "Department", "Office", "Command", "Brigade", "Battalion", "Regiment", "Institute", "Center",
                   "Centre", "Times", "News", "Post", "Agency", "House", "Kremlin", "Pentagon", "Defense", "Defence", "Council",
                   "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Oblast", "Region", "Telegram",
                   "Western", "European", "Union", "Nations", "Group", "Committee", "Guard", "Guards", "Navy", "Force", "Corps"}
#: A person named by role anywhere ("Ukrainian lawmaker Oleksiy Marchenko posted"), kept so that "Marchenko wrote" later
#: names them.
#: Roles a text names a person by again ("the minister said" after "Defense Minister Shin Dong-hyuk").
ROLES = ("minister", "president", "spokesman", "spokeswoman", "spokesperson", "commander", "general", "colonel", "analyst",
         "lawmaker", "blogger", "official", "surgeon", "doctor", "director", "governor", "secretary", "officer", "expert")
ROLE_PERSON = re.compile(rf"\b(?i:{'|'.join(ROLES)}|MP|deputy|milblogger|researcher|medic|chief|head|leader|private|sergeant|"
                         r"host|presenter|anchor|correspondent|guest|"
                         r"captain|major|lieutenant)\s+"
                         rf"(?P<who>(?:{_TITLE}\s+)?[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+){{1,2}})\b")
_MILITARY_TITLE = re.compile(r"^(?:Major|Maj\.|Lt|Lieutenant|Col|Colonel|General|Gen\.|Capt|Captain|Sgt|Sergeant)\b|commander|battalion|"
                             r"brigade|officer", re.I)
_NOT_A_PERSON = {"The", "This", "That", "In", "On", "At", "By", "According", "Asked", "When", "Since", "After", "Before", "If", "But",
                 "And", "Analysts", "Officials", "Sources", "Experts", "Researchers", "Commanders", "Soldiers", "Troops", "Residents",
                 "Relatives", "Witnesses", "Observers", "Diplomats", "Investigators", "Monitors", "Bloggers", "Officers",
                 # determiners of a subject ("Most estimates put the force at …"): nobody's name
                 "Most", "Many", "Some", "Few", "Several", "All", "Both", "Other", "Others", "Earlier", "Later", "Such", "Each"}




def _subject_person(sentence: str, names: Names, context: dict) -> None:
    """A person the text named before, opening a sentence as its subject ("Okafor argues …", "Yasen, whose unit flies …,
    describes …"): the one a later "he says" is, whatever the verb."""
    lead = rx.match(rf"^\W*(?P<n>[{_UP}][{_LOW}]{{2,}})(?=,\s|\s+(?:[a-z]+s|has|had|is|was|who|also)\b)", sentence)
    if lead is None or lead.group("n") in _NOT_A_PERSON or lead.group("n") in _NOT_NAME_WORDS or lead.group("n") in SPEAKING_FOR:
        return
    word = lead.group("n")
    known = context.get("people", {}).get(word)
    if known is not None:
        context["person"] = known
        return
    before = context.get("text", "")[:context.get("at", 0)]
    full = rx.search(rf"\b(?:call sign,? [“\"‘']?(?P<c>{word})\b|(?P<f>[{_UP}][{_LOW}]+ {word})\b(?![’']s))", before)
    if full is not None and _a_person(full.group("f") or word):
        bare = full.group("f") or word
        _remember(context, bare, bare, _a_person_claimant(bare, bare, full.group(), names))


def _remember(context: dict, name: str, written: str, claimant: Claimant) -> None:
    """A person named in full: by each word of the name later ("Shin said" of Shin Dong-hyuk, "Marchenko wrote" of Oleksiy
    Marchenko) and by the role the text gave them ("the minister said")."""
    people = context.setdefault("people", {})
    for word in name.split():
        if len(word) >= 2 and word not in _NOT_A_PERSON:  # "Ri" of Ri Jong-hyok
            people[word] = claimant
    context["person"] = claimant  # "she said", "he told me": the last person named
    for role in ROLES:
        if rx.search(rf"\b{role}\b", written, re.I):
            context.setdefault("roles", {})[role] = claimant
    if _LAWMAKER.search(written):
        context.setdefault("roles", {})["lawmaker"] = claimant  # "Park Sun-won, a member of the intelligence committee"


def _register_people(sentence: str, names: Names, context: dict) -> None:
    """Remember each person the sentence names by role, for their surname later."""
    people = context.setdefault("people", {})
    for m in ROLE_PERSON.finditer(sentence):
        bare = _bare(m.group("who"))
        if not _a_person(bare) or bare.split()[-1] in people:
            continue
        country = _country_in(sentence[max(0, m.start() - 40):m.start()] + sentence[m.end():m.end() + 80], names)
        _remember(context, bare, m.group(), _spoken_for(sentence[max(0, m.start() - 40):m.end()], names, context)
                  or _a_person_claimant(bare, m.group("who"), m.group(), names, country))
    titled = _TITLED_AT_START.match(sentence)
    if titled and _a_person(_bare(titled.group("who"))) and _bare(titled.group("who")).split()[-1] not in people:
        # "Dr. Olena Marchuk has run the stabilisation point since the autumn": "she says" later is hers
        bare = _bare(titled.group("who"))
        _remember(context, bare, titled.group(), _a_person_claimant(bare, titled.group("who"), titled.group(), names,
                                                                    _country_in(sentence, names)))
    for m in _NAME_AGE.finditer(sentence):  # "Oleksandr, 27, a drone operator with a Ukrainian assault brigade, scrolls …"
        bare = m.group("who")
        if bare.split()[-1] in people or bare.split()[0] in _NOT_A_PERSON or set(bare.split()) & _NOT_NAME_WORDS:
            continue
        country = _country_in(m.group(), names)
        _remember(context, bare, m.group(), _a_person_claimant(bare, bare, m.group(), names, country))


#: A person with a title opening a sentence: "Dr. Olena Marchuk has run …", "Capt. Ihor Lysenko commands …".
_TITLED_AT_START = re.compile(rf"^\W*(?P<who>(?:Dr\.?|Capt\.|Col\.|Maj\.|Gen\.|Lt\.|Sgt\.|Brig\.|Adm\.|Captain|Colonel|Major|General|"
                              rf"Lieutenant|Sergeant|Private|Pvt\.|Corporal|Cpl\.)\s+(?:Gen\.\s+|Col\.\s+)?{_NAME}{{1,2}})\b")
#: A person introduced by name, age and what they are, as features do: "Oleksandr, 27, a drone operator with …".
_NAME_AGE = re.compile(rf"(?:^|(?<=[,;:—] ))(?P<who>[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+){{0,2}}), \d{{2}}, (?:a|an|the|who)\s")
#: A surname alone as the speaker: "Hnatiuk said", "…, Ivashchenko told me", "…, said Marsh."
_ALONE = re.compile(rf"(?:^|(?<=[,;:—”\"] )|(?<=\bthat ))(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<s>[{_UP}][{_LOW}]+)\s+(?:had\s+|has\s+)?"
                    rf"(?:also\s+|later\s+|in fact\s+|actually\s+|then\s+)?(?:{SPEECH})\b|"
                    rf"\b(?:said|says|wrote|added|estimated)\s+(?P<t>[{_UP}][{_LOW}]+)(?=\s*[,.;])")


_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b|\bpress (?:officer|secretary|service|office)\b", re.I)


def _spoken_for(around: str, names: Names, context: dict) -> Claimant | None:
    """The body a spokesperson speaks for, which claims through them: "Pentagon deputy press secretary Laura Whitcombe", "Capt.
    Andrii Voloshyn, the brigade's press officer" (the brigade named before). None for anyone else, or a body nobody named."""
    if not _SPOKESPERSON.search(around):
        return None
    body = next((m for m in mentions(around, names) if m.kind not in MEDIA and m.kind != "officials_unnamed"), None)
    if body is not None:
        return Claimant(body.source_id, "explicit", body.written, [], _proposal(body, names))
    described = rx.search(r"\b(?:spokes(?:man|woman|person)|press (?:officer|secretary))\s+(?:for|of)\s+"
                          r"(?P<body>(?:[A-Z][\w’'.-]*['’]s\s+)?(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|forces|grouping|group|command|staff|brigade|"
                          r"battalion|regiment|ministry|service|administration)){0,6})", around)
    if described:  # "Col. Viktor Shulha, a spokesperson for Ukraine's Kursk grouping of forces, told …": that body, described
        who = described.group("body")
        country = _country_named(who)
        bare = rx.sub(r"^[A-Z][a-z]+[’']s\s+", "", who)  # "Ukraine's Kursk grouping of forces" → "Kursk grouping of forces"
        kind = "military_command" if rx.search(r"\b(?:forces|grouping|group|command|staff|brigade|battalion|regiment)\b", who) \
            else "government_body"
        return _named_body(_slug(f"{country} {bare}")[:48], who, who, kind, country, names)
    if rx.match(r"\W*(?:its|their)\s+(?:deputy\s+|chief\s+|main\s+)?(?:spokes(?:man|woman|person)|press (?:officer|secretary))\b",
                around, re.I):  # "Its spokesman, Taras Mykhailiuk, put the toll at …": the body the sentence before named
        persons = _persons(context)
        return next((c for c in reversed(context.get("history", [])) if c.source_id not in persons), None)
    head = rx.search(r"\b(?:the|its)\s+([a-z]+)['’]s?\s+(?:deputy\s+|chief\s+)?(?:spokes|press)", around, re.I) or \
        rx.search(r"\b(?:spokes\w+|press (?:officer|secretary|service))\s+(?:for|of|at|with)\s+(?:the|its)\s+([a-z]+)\b", around, re.I)
    if head:  # "the brigade's press officer", "a press officer for the brigade": the brigade named before
        persons = _persons(context)
        return next((c for c in reversed(context.get("history", [])) if c.source_id not in persons
                     and _head_word(c) == head.group(1).lower()), None)
    bare_title = rx.search(r"(?:^|\s)(?:[Dd]eputy\s+|[Cc]hief\s+)?(?:spokes(?:man|woman|person)|press secretary)\s+[A-Z]", around)
    if bare_title and rx.search(r"(?:^|[,;:—(“\"‘”’]|\b(?:said|says|told|and|but|the|a|its|their))\s*$", around[:bare_title.start()]):
        # "deputy press secretary Marcus Hale told reporters", with no body beside the title: the body the text has quoted last
        body = context.get("body")
        if body is not None and body.source_id not in _persons(context) and \
                (names.kind(body.source_id) or (body.proposed or {}).get("kind", "")) not in (*MEDIA, "officials_unnamed"):
            return replace(body, attribution="inferred_from_context")
    return None


#: A transcript's speaker label: "SAVCHUK:", "MARTA KOVAL:" (never "Q:", "A:" or a label such as "CLAIM:").
#: Words of a title a transcript may put before the speaker's name: "DEPUTY PRESS SECRETARY LAUREN OKAFOR:".
#: The titles before a name (_TITLE), in capitals, and the words a briefing's label adds ("DEPUTY PRESS SECRETARY").
_LABEL_TITLES = rf"(?i:{_TITLE})|DEPUTY|PRESS|ASSISTANT|DEFEN[CS]E|FOREIGN|PRIME|CHAIR(?:MAN|WOMAN)?|AMBASSADOR|SENATOR|DIRECTOR|" \
                r"AIR|VICE|SPOKES(?:MAN|WOMAN|PERSON)"
_SPEAKER_LABEL = re.compile(rf"((?:(?:{_LABEL_TITLES}) ){{0,4}}[A-Z][A-Z’'-]{{2,}}(?: [A-Z][A-Z’'-]{{2,}})?)(?: \([^)]{{1,60}}\))?"
                            rf"(?:,\s+(?P<role>[A-Z][A-Z’'.&-]*(?:,?\s+[A-Z][A-Z’'.&-]*){{0,12}}))?:\s")
# "ALLISON MAREK (NATO Spokesperson):", "LT. GEN. ROBERT KAMINSKI, DIRECTOR, DEFENSE INTELLIGENCE AGENCY:"
_NOT_SPEAKERS = {"CLAIM", "CORRECTION", "UPDATE", "NOTE", "EDITOR", "EDITORS", "VERDICT", "RATING", "FACT", "CONTEXT", "BACKGROUND",
                 "ANALYSIS", "BREAKING", "WATCH", "READ", "MORE", "LIVE", "KILLED", "WOUNDED", "MISSING", "CAPTURED", "SOURCE", "SOURCES",
                 "TOTAL", "WHAT", "WHY", "HOW", "WHO", "WHEN", "WHERE", "QUESTION", "ANSWER", "REPORTER", "MODERATOR", "HOST",
                 # a broadcast's own staff speak in the text's own voice (what they relay names its claimant in the sentence)
                 "ANCHOR", "CORRESPONDENT", "PRESENTER", "NEWSREADER", "NARRATOR", "VOICEOVER", "CO-HOST", "INTERVIEWER", "SUMMARY",
                 "TRANSCRIPT", "EXCERPT", "TRANSLATION", "CAPTION", "HEADLINE", "LEAD", "QUOTE", "STATEMENT", "RESPONSE", "REPLY"}


#: A record's speaker in ordinary case, as Hansard prints them: "Dame Helen Ashcombe:", "Ms Priya Dunmore (Eastleigh North) (Lab):",
#: "The Minister for the Armed Forces (Dame Helen Ashcombe):".
_PERSON_LABEL = re.compile(rf"^(?:The\s+(?:[A-Z][\w’'-]*\s+|(?:for|of|the|and)\s+){{1,8}}\((?P<inner>{_TITLES}{_NAME}{{1,3}})\)|"
                           rf"(?P<who>{_TITLES}{_NAME}{{1,3}})(?:\s+\([^)]{{1,60}}\)){{0,2}}):\s")


def _turn_speaker(sentence: str, names: Names, context: dict) -> Claimant | None:
    """Who speaks in a record's turn the sentence opens: a transcript's label in capitals ("SAVCHUK:"), or a name in ordinary
    case as Hansard prints it ("Dame Helen Ashcombe:", "The Minister for the Armed Forces (Dame Helen Ashcombe):")."""
    label = _SPEAKER_LABEL.match(sentence)
    if label:
        body = _body_of_role(label.group("role") or "", names)
        if body is not None:  # "LT. GEN. ROBERT KAMINSKI, DIRECTOR, DEFENSE INTELLIGENCE AGENCY:": the agency, in his later turns too
            _remember_label(context, label.group(1), body)
            return body
        return _labelled(label.group(1), names, context)
    named = _PERSON_LABEL.match(sentence)
    if not named:
        # "Choi: Around 2,000 of them …": one name as an interview prints its turns, a person the text named, or whose turns it
        # labels so more than once (never a role: "Host:", "Reporter:")
        alone = rx.match(rf"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([{_UP}][{_LOW}]+):\s", sentence)
        if alone is None or alone.group(1).upper() in _NOT_SPEAKERS or alone.group(1) in _NOT_A_PERSON:
            return None
        word = alone.group(1)
        known = context.get("people", {}).get(word)
        if known is None and len(rx.findall(rf"(?m)^{word}:\s", context.get("text", ""))) >= 2:
            known = _a_person_claimant(word, word, "", names)
            context.setdefault("people", {})[word] = known
        return known
    who = named.group("inner") or named.group("who")
    bare = _bare(who)
    speaker = context.get("people", {}).get(bare.split()[-1]) or _a_person_claimant(bare, who, named.group(), names)
    _remember(context, bare, named.group(), speaker)
    return speaker


def _remember_label(context: dict, label: str, claimant: Claimant) -> None:
    """Each word of a label's name, titles aside, as the claimant of that speaker's later turns: "OKAFOR:" after "DEPUTY PRESS
    SECRETARY LAUREN OKAFOR:", "JEON:" after "SPOKESMAN JEON HA-KYU:" (the family name written first)."""
    for word in rx.sub(rf"^(?:(?:{_LABEL_TITLES}) )+", "", label).split():
        context.setdefault("people", {})[word.title()] = claimant


def _body_of_role(role: str, names: Names) -> Claimant | None:
    """The body a label's role in capitals names ("DIRECTOR, DEFENSE INTELLIGENCE AGENCY"), as the ledger or the known bodies
    know it, read in the case the names are written in; None for a role that names none ("MEMBER, ARMED SERVICES COMMITTEE")."""
    if not role:
        return None
    words = rx.sub(r"\b(Of|For|The|And|In|On)\b", lambda m: m.group().lower(), role.title())
    body = next((m for m in mentions(words, names) if m.kind not in MEDIA and m.kind != "officials_unnamed"), None)
    return None if body is None else Claimant(body.source_id, "explicit", body.written, [], _proposal(body, names))


def _labelled(label: str, names: Names, context: dict) -> Claimant | None:
    """The person a transcript's label names: the one the text introduced with that surname, else the label as a name."""
    if label in _NOT_SPEAKERS or label in DATELINE_COUNTRIES or rx.search(r"['’]S\b", label):
        return None  # (a newsletter's heading in capitals, "MOSCOW'S COUNTER-COUNT:", is nobody)
    surname = label.split()[-1].title()
    person = context.get("people", {}).get(surname)
    if person is not None:
        return person
    if _SPOKESPERSON.search(label):  # "DEPUTY PRESS SECRETARY LAUREN OKAFOR:": the body she speaks for, named before her turn
        text = context.get("text", "")
        body = next((m for m in mentions(text[:max(text.find(label), 0)], names) if m.kind not in MEDIA and m.kind != "officials_unnamed"),
                    None)
        if body is not None:
            claimant = Claimant(body.source_id, "explicit", body.written, [], _proposal(body, names))
            _remember_label(context, label, claimant)
            return claimant
    text = context.get("text", "")
    full = rx.search(rf"\b((?:[{_UP}][{_LOW}]+\s+){{1,2}}){surname}\b", text)
    if full:  # "Pentagon Press Briefing by Deputy Press Secretary Karen Holcomb" before "MS. HOLCOMB:": the body she speaks for
        spoken = _spoken_for(text[max(0, full.start() - 60):full.end()].split("\n")[-1], names, context)
        if spoken is not None:
            _remember_label(context, label, spoken)
            return spoken
    heading = rx.search(rf"(?m)^[^a-z\n]*\b(?:PRESS SECRETARY|SPOKES(?:MAN|WOMAN|PERSON))\s+(?:[A-Z’'-]+\s+){{0,2}}{surname.upper()}\b"
                        rf"[^a-z\n]*$", text[:max(text.find(label), 0)])
    if heading:  # a heading in capitals, "DEPARTMENT OF DEFENSE PRESS BRIEFING BY DEPUTY PRESS SECRETARY DANA WHITLOCK", before
        # "MS. WHITLOCK:": the body she speaks for, read in the case its names are written in
        line = rx.sub(r"\b(Of|For|The|And|In|On|By)\b", lambda m: m.group().lower(), heading.group().title())
        spoken = _spoken_for(line, names, context)
        if spoken is not None:
            _remember_label(context, label, spoken)
            return spoken
    if full:  # "Witness: Director of the National Intelligence Service Cho Min-kyu" before "DIRECTOR CHO:": the service he heads
        line = text[text.rfind("\n", 0, full.start()) + 1:full.end()]
        head = rx.search(r"\b(?:[Dd]irector(?:[- ][Gg]eneral)?|[Cc]hief|[Hh]ead)\s+of\s+(?:the\s+)?", line)
        body = next((m for m in mentions(line[head.end():], names) if m.kind in ("intelligence_service", "military_command")), None) \
            if head else None
        if body is not None:
            claimant = Claimant(body.source_id, "explicit", body.written, [], _proposal(body, names))
            _remember_label(context, label, claimant)
            return claimant
    bare = _bare(f"{full.group(1)}{surname}") if full and _a_person(full.group(1) + surname) else \
        rx.sub(rf"^(?:(?:{_LABEL_TITLES}) )+", "", label).title()  # "COLONEL IVAN PETRENKO:" is Ivan Petrenko
    return _a_person_claimant(bare, label, "", names)


def _country_in(words: str, names: Names | None = None) -> str:
    """The country a person's introduction names ("a machine gunner with Ukraine's 8th Regiment", "a Ukrainian medic", "with the 8th
    Regiment of Special Forces" the ledger knows as Ukrainian), or ''."""
    known = [(m.start, names.country(m.source_id)) for m in mentions(words, names)] if names is not None else []
    found = [(i, c) for i, c in known if c]
    found += [(m.start(), c) for adjective, (_, c) in ADJECTIVES.items()
              for m in rx.finditer(rf"(?<!\w){re.escape(adjective)}(?!\w)", words, re.I) if adjective not in ("us", "u.s.")]
    found += [(m.start(), c) for name, c in COUNTRY_NAMES for m in rx.finditer(rf"\b{name}\b", words)]
    return min(found)[1] if found else ""


def _a_person_claimant(bare: str, written: str, introduction: str, names: Names, country: str = "") -> Claimant:
    """A person as a claimant: the ledger's id where it knows the slug of their name, else a proposed source (a military unit's
    kind for a military title or role in ``introduction``)."""
    source = _slug(bare)[:48]
    kind = "military_unit" if _MILITARY_TITLE.search(introduction) else "government_official"
    proposed = None if source in names.sources else {"source_id": source, "name": bare, "kind": kind, "country": country}
    return Claimant(source, "explicit", written, [], proposed)


def _bare(who: str) -> str:
    """A name without its titles: "retired Army Lt. Gen. Douglas Wren" → "Douglas Wren"."""
    return rx.sub(rf"^{_TITLES}", "", who)


def _a_person(who: str) -> bool:
    bare = _bare(who).split()
    return bool(bare) and bare[0] not in _NOT_A_PERSON and not _NOT_NAME_WORDS & set(bare)


def _person(sentence: str, names: Names, context: dict) -> Claimant | None:
    """A speaker named as a person, proposed as a source; a surname alone names the person given in full before it."""
    people = context.setdefault("people", {})
    m = next((m for m in (*PERSON.finditer(sentence), *PERSON_AFTER.finditer(sentence), *_ONE_NAME.finditer(sentence),
                          *_ACCORDING_PERSON.finditer(sentence))
              if _a_person(m.group("who"))), None)
    if m:
        who = m.group("who")
        bare = _bare(who)
        claimant = _spoken_for(sentence[max(0, m.start() - 40):m.end()], names, context) or \
            _a_person_claimant(bare, who, m.group(), names, _country_in(m.group()[len(who):], names))
        _remember(context, bare, m.group(), claimant)
        return claimant
    for surname, claimant in people.items():
        if rx.search(rf"\b{re.escape(surname)}\s+(?:had\s+|has\s+)?(?:also\s+|later\s+|then\s+)?(?:{SPEECH})\b|"
                     rf"\b(?:{SPEECH})\s+{re.escape(surname)}\b", sentence):
            context["person"] = claimant
            return replace(claimant, attribution="explicit", written=surname)
    alone = _ALONE.search(sentence)
    surname = alone and (alone.group("s") or alone.group("t"))
    if surname and surname not in _NOT_A_PERSON and surname not in _NOT_NAME_WORDS:
        # "Hnatiuk said" of a person the text introduced where nobody spoke ("Maj. Taras Hnatiuk, whose crews …"), or named once
        # with a title or a description ("Private Ri", "Paek, a sniper,"): the person
        full = next((m for m in rx.finditer(rf"(?P<who>{_TITLES}(?:[{_UP}][{_LOW}]+ +){{1,2}}){surname}\b|"
                                            rf"(?:{_TITLE})\s+(?P<first>{surname}(?:\s+[{_UP}][{_LOW}]+){{0,2}})\b|"
                                            rf"\b{surname},\s+(?:a|an|the)\s|[“\"]{surname}[,.]?[”\"]|call sign,? {surname}\b",
                                            context.get("text", ""))
                     if not m.group("who") or _a_person(m.group("who") + surname)), None)
        if full is not None:
            # "Maj. Taras Hnatiuk" for "Hnatiuk"; "Leader Kim Jong Un" for "Kim" (a family name first)
            bare = _bare(f"{full.group('who')}{surname}") if full.group("who") else full.group("first") or surname
            claimant = _a_person_claimant(bare, surname, full.group(), names)
            _remember(context, bare, full.group(), claimant)
            return claimant
    role = rx.search(rf"\bthe ({'|'.join(ROLES)})\s+(?:also\s+|later\s+)?(?:{SPEECH})\b", sentence, re.I)
    if role and role.group(1).lower() in context.get("roles", {}):  # "the minister said": the minister named before
        return replace(context["roles"][role.group(1).lower()], attribution="inferred_from_context", written=role.group())
    pronoun = rx.search(rf"\b(?:he|she)\s+(?:also\s+|later\s+|then\s+)?(?:{SPEECH})\b|\b(?:{SPEECH})\s+(?:he|she)\b|"
                        # "His own model, built from …, puts North Korean dead at …": the person's own count
                        r"^\W*(?:His|Her)\s+(?:own\s+)?(?:model|estimate|count|analysis|calculation|reckoning|tally|research|data)\b"
                        r"[^.;]{0,80}?\b(?:puts|gives|suggests|shows|finds|counts|estimates)\b", sentence, re.I)
    last = (context.get("history") or [None])[-1]
    if pronoun and last is not None and (rx.match(r"(?:an?|one)\s", last.written, re.I) and
                                         rx.search(r"\b(?:official|diplomat|commander|officer|source|soldier|analyst|expert|"
                                                   r"spokes(?:man|woman|person))\b", last.written, re.I)
                                         or rx.match(r"(?:the\s+)?(?:\w+\s+)?(?:representative|delegate|envoy)\b", last.written, re.I)):
        # "a Western diplomat in Kyiv estimated …. In Kursk alone, he said, …": the one who spoke last, unnamed as they are
        return replace(last, attribution="inferred_from_context", written=pronoun.group())
    owner = next((who for word, who in context.get("people", {}).items()
                  if rx.search(rf"\b{re.escape(word)}['’]s\s+(?:own\s+)?(?:platoon|company|squad|unit|battalion|crew|men)\b", sentence)),
                 None) if pronoun else None
    if owner is not None:  # "Melnyk's own platoon has lost four men …, he said": the one whose platoon it is, named before
        return replace(owner, attribution="inferred_from_context", written=pronoun.group())
    if pronoun and context.get("person") is not None:  # "she said", "he wrote": the last person named
        return replace(context["person"], attribution="inferred_from_context", written=pronoun.group())
    return None


#: The country of a wire's dateline city, for "the country's spy agency" in the copy below it.
DATELINE_COUNTRIES = {"SEOUL": "South Korea", "KYIV": "Ukraine", "KIEV": "Ukraine", "MOSCOW": "Russia", "PYONGYANG": "North Korea",
                      "WASHINGTON": "the United States", "LONDON": "Britain", "TOKYO": "Japan"}
_DATELINE = re.compile(r"^(?P<city>[A-Z]{4,})\b[A-Z/ ,.]*(?:,|\s[—–-])")


def _the_country(sentence: str, context: dict) -> str:
    """The sentence with "the country's" read as the dateline's country ("SEOUL … citing the country's spy agency"): only
    to find the claimant; the quote is never changed."""
    m = _DATELINE.match(sentence)
    if m and m.group("city") in DATELINE_COUNTRIES:
        context["country"] = DATELINE_COUNTRIES[m.group("city")]
    country = context.get("country")
    return rx.sub(r"\bthe country['’]s\b", f"{country}'s", sentence) if country else sentence


#: A heading in capitals that names a source, before the sentence about it: "INSTITUTE FOR THE STUDY OF WAR - The think tank
#: put …", "UKRAINE'S GENERAL STAFF - Its running total …" (a dateline city is no source: "WASHINGTON - …", "SEOUL, Jan 14").
_HEADING = re.compile(r"^(?P<h>[A-Z][A-Z’'.&-]*(?:\s+[A-Z][A-Z’'.&-]*)+)\s+[—–-]\s+(?=[A-Z“\"])")


def _heading(sentence: str, names: Names) -> Claimant | None:
    m = _HEADING.match(sentence)
    if not m:
        return None
    title = rx.sub(r"\b(Of|For|The|And|On)\b", lambda w: w.group().lower(), m.group("h").title()).replace("’S", "’s").replace("'S", "'s")
    title = title[0].upper() + title[1:]
    found = [f for f in mentions(title, names) if f.kind not in MEDIA]
    if found:
        return Claimant(found[0].source_id, "explicit", m.group("h"), [], _proposal(found[0], names))
    if not rx.search(r"\b(?:Institute|Center|Centre|Staff|Service|Ministry|Agency|Intelligence|Forces|Command|Count|Project|Group|"
                     r"Network|Monitor|Office|Committee|Council|Brigade|Battalion|Regiment|Mission)\b", title):
        return None
    country = next((c for name, c in COUNTRY_NAMES if rx.search(rf"\b{name}\b", title)), "")
    kind = next((k for pattern, k in ORGANISATION_KINDS if rx.search(pattern, title)), "think_tank")
    source = _slug(title)[:48]
    proposed = None if source in names.sources else {"source_id": source, "name": title, "kind": kind, "country": country}
    return Claimant(source, "explicit", m.group("h"), [], proposed)


_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I)
_FORMATION = re.compile(r"\b(brigade|battalion|regiment|division|corps|detachment|unit)\b", re.I)
#: Words a body's name shares with too many others to tell it apart ("Ukraine's", "the", "forces").
_GENERIC = {"the", "and", "for", "unnamed", "ukraine", "ukrainian", "russia", "russian", "korea", "korean", "north", "south",
            "kyiv", "moscow", "seoul", "separate", "forces", "armed", "officials", "official"}


def _words(name: str) -> set[str]:
    return {w for w in rx.findall(r"[a-z0-9]{3,}", name.lower().replace("’", "'").replace("'s ", " ")) if w not in _GENERIC}


#: Words that describe an unnamed official and nothing more ("one senior US defense official").
_PLAIN_OFFICIALS = {"one", "two", "three", "four", "several", "senior", "military", "defense", "defence", "government", "source",
                    "sources", "officials", "official", "unnamed", "anonymous", "administration", "american", "u.s", "officer",
                    "officers", "commander", "commanders", "own", "intelligence", "security", "diplomatic", "regional", "high-ranking",
                    "diplomat", "diplomats"}


def _to_known(claimant: Claimant, names: Names) -> Claimant:
    """A proposed body or person the ledger knows under another wording, as the ledger's id: "Ukraine's 95th Air Assault
    Brigade" and "paratroopers of the 95th brigade" for the ledger's "95th Polissia Airborne Assault Brigade" (the same number
    and kind of formation); "Oleksandr Syrskyi" for "Oleksandr Syrskyi, Commander-in-Chief" (the whole name before the comma);
    a name whose every distinctive word the ledger's name has ("the Joint Chiefs" is too few: two words at least)."""
    if claimant.proposed is None or claimant.source_id in names.sources:
        return claimant
    name = claimant.proposed.get("name", "") or claimant.written
    plain = set(rx.findall(r"[a-z.]{2,}", name.lower().replace("’s", "").replace("'s", ""))) - _PLAIN_OFFICIALS - set(ADJECTIVES) \
        - {"in", "of", "the", "from", "us", "south", "korean", "unnamed"} - {n.lower() for n, _ in COUNTRY_NAMES}
    if claimant.proposed.get("kind") in ("officials_unnamed", "military_unit") and claimant.proposed.get("country") and not plain \
            and not rx.search(r"\b(?:in|within|at|from|inside|close to)\b", rx.sub(rf"\s+in (?:{'|'.join(CAPITALS)})\b", "", name)):
        # "sources in Ukraine's military": that body; "an official in Seoul" is Seoul's
        # "one US official", "a senior Ukrainian military source": the ledger's unnamed officials of that country
        same = next((s for s, v in names.sources.items() if v.get("kind") == "officials_unnamed"
                     and v.get("country") == claimant.proposed["country"]), None)
        if same is not None:
            return replace(claimant, source_id=same, proposed=None)
        # "a French military source", where the ledger has no French officials yet: the codebook's xx-officials, proposed
        nation = next((a for a, (_, c) in ADJECTIVES.items() if c == claimant.proposed["country"] and " " not in a and a != "us"), None)
        if nation is not None:
            return replace(_unnamed_officials(nation.title(), claimant.written, names), relays=claimant.relays)
    group = rx.search(r"\b(western|nato|european)\b", name, re.I)
    if claimant.proposed.get("kind") == "officials_unnamed" and not plain and group \
            and not rx.search(r"\b(?:in|within|at|from|inside|close to)\b", rx.sub(rf"\s+in (?:{'|'.join(CAPITALS)})\b", "", name)):
        # "a senior Western official, who asked not to be named": the ledger's Western (NATO, European) officials
        return replace(_unnamed_officials(group.group(1).title() if group.group(1).lower() != "nato" else "NATO", claimant.written,
                                          names), relays=claimant.relays)
    if _BARE_DEFENCE_INTELLIGENCE.fullmatch(name.strip()):
        return claimant  # "Defence Intelligence" alone: Britain's or Ukraine's as the text says (_defence_intelligence), not by its words
    words, ordinals = _words(name), {o.lower() for o in _ORDINAL.findall(name)}
    formation = {f.lower() for f in _FORMATION.findall(name)}
    country = claimant.proposed.get("country", "")
    for alias, source in names.aliases:
        person_named = "," in alias and names.kind(source) in ("government_official", "military_command") \
            and len(_words(alias.split(",")[0])) >= 2 and _words(alias.split(",")[0]) <= words
        if source not in names.sources or country and names.country(source) not in ("", country) and not person_named:
            continue  # (a person's whole name is theirs, whatever country a sentence's other words seemed to give them)
        known = _words(alias)
        if ordinals or _ORDINAL.search(alias):
            same = ordinals == {o.lower() for o in _ORDINAL.findall(alias)} and formation & {f.lower() for f in _FORMATION.findall(alias)}
        elif "," in alias and names.kind(source) in ("government_official", "military_command"):
            core = _words(alias.split(",")[0])
            same = len(core) >= 2 and core <= words
        else:
            same = len(words) >= 2 and words <= known
        if same:
            return replace(claimant, source_id=source, proposed=None)
    return claimant


def claimants_of(sentence: str, names: Names, context: dict) -> list[Claimant]:
    """Who makes the claims of this sentence (several for a list), with the relays the sentence names; a body or person the
    ledger knows under another wording gets the ledger's id."""
    out = [_to_known(c, names) for c in _claimants_of(sentence, names, context)]
    agency = context.get("agency")
    lawmaker = context.get("roles", {}).get("lawmaker")
    if len(out) == 1 and agency is not None and out[0].source_id != agency.source_id \
            and (_LAWMAKER.search(out[0].written) or lawmaker is not None and lawmaker.source_id == out[0].source_id) \
            and not any(m.kind == "intelligence_service" for m in mentions(sentence, names)) \
            and not _OWN_VIEW.search(sentence) \
            and _BRIEFED.search(context.get("text", "")[:context.get("at", 0)]):
        # "Rep. Yoon Dae-sik, the committee's secretary, told reporters afterwards that about 600 of them had died", after the
        # agency's closed-door briefing: the agency claims, the lawmaker relays
        return [Claimant(agency.source_id, "inferred_from_context", agency.written,
                         list(dict.fromkeys([out[0].source_id, *out[0].relays])), _proposal(agency, names))]
    person = len(out) == 1 and (out[0].source_id in _persons(context) or (out[0].proposed or {}).get("kind") in ("government_official",
                                                                                                             "military_unit"))
    office = _OFFICE_HOLDER.search(sentence) if person else None
    if office is not None:
        # "Prosecutor Major Yulia Sedova told the court", "said the centre's director, Oleksandr Hnatiuk", "headteacher Svitlana Moroz
        # said": one who speaks for the office or institution they serve, which claims through them (the codebook's convention)
        inst = (office.group("inst") or ("school" if office.group("school") else "")).lower()
        body = _body_named_before(context, "school|lyceum|gymnasium" if inst == "school" else inst) if inst else None
        if body is None:
            name = "Prosecutor's office" if office.group("prosecutor") else \
                "District military commissariat" if office.group("commissar") else f"{inst.title()} ({office.group()})"
            body = _named_body(_slug(name)[:48], office.group(), name, "government_body", _country_named(sentence), names)
        return [Claimant(body.source_id, "explicit", office.group(), list(dict.fromkeys([out[0].source_id, *out[0].relays])),
                         body.proposed)]
    its = _ITS_HEAD.search(sentence) if person else None
    body = context.get("body") if its else None
    if body is not None and body.source_id not in _persons(context) and body.source_id != out[0].source_id:
        # "…, its deputy head, Major General Ihor Dovzhenko, told reporters": the body named before, through its officer
        return [Claimant(body.source_id, "inferred_from_context", its.group(), list(dict.fromkeys([out[0].source_id, *out[0].relays])),
                         body.proposed)]
    staff = _BODY_ESTIMATES.search(sentence) if person else None
    body = _body_named_before(context, staff.group("head"), but=out[0].source_id) if staff else None
    if body is not None:
        # "Wróbel said that if …, the centre would expect another 1,500 to 2,000 …": the centre's estimate, which she presents
        return [Claimant(body.source_id, "inferred_from_context", body.written, list(dict.fromkeys([out[0].source_id, *out[0].relays])),
                         body.proposed)]
    return out


def _body_named_before(context: dict, words: str, but: str = "") -> Claimant | None:
    """The body (no person) that claimed last in the text with one of ``words`` (a pattern) in its name: "the centre" of "the
    Centre for Border Security Studies", "the lyceum" of "Lyceum No. 4"; never ``but``."""
    persons = _persons(context)
    return next((c for c in reversed(context.get("history", [])) if c.source_id not in persons and c.source_id != but
                 and rx.search(rf"\b(?:{words})\b", (c.proposed or {}).get("name", "") or c.written, re.I)), None)


#: One who speaks for the office or institution they hold a post in: "Prosecutor Major Yulia Sedova", "the centre's director",
#: "headteacher Svitlana Moroz", "the district military commissar".
_OFFICE_HOLDER = re.compile(r"\b(?P<prosecutor>[Pp]rosecutor)\b(?!\s+(?:witness|general's office))|"
                            r"\b(?:the|its)\s+(?P<inst>centre|center|hospital|clinic|morgue|club|lyceum|school)['’]s\s+"
                            r"(?:director|head|chief|principal|head doctor|chief doctor|chairman)\b"
                            r"(?!\s+(?:surgeon|nurse|medic|physician|anaesthetist|anesthetist|of surgery|of (?:the )?ward))|"
                            r"\b(?P<school>headteacher|head teacher|headmistress|headmaster|school principal)\b|"
                            r"\b(?P<commissar>(?:district |regional )?military commissar)\b")
#: The officer of the body named before, by post and name: "its deputy head, Major General Ihor Dovzhenko,".
_ITS_HEAD = re.compile(r"\bits\s+(?:first\s+)?(?:deputy\s+)?(?:head|chief|director|spokes(?:man|woman|person)|press secretary)\s*,\s+"
                       r"(?:[A-Z][\w.]*\s+){1,4}[A-Z][\w’'-]+\s*,")
#: A body's own estimate, in the words of one who presents it: "… the centre would expect another 1,500", "the institute estimates".
_BODY_ESTIMATES = re.compile(r"\bthe (?P<head>centre|center|institute|group|monitor|project|foundation|council|agency|service)(?:['’]s)?"
                             r"\s+(?:(?:would|will|now|also|still)\s+)?(?:expects?|estimates?|assess(?:es)?|counts?|puts?|believes?|"
                             r"projects?|calculates?|figures?|model)\b", re.I)


#: A lawmaker's own reading of a briefing, not the briefing's figure: "Yoo put the real toll at …", "said the figures meant that …".
_OWN_VIEW = re.compile(r"\b(?:real|true|actual)\s+(?:toll|figure|number|total)|\b(?:his|her|their) own (?:estimate|view|count|reckoning)\b|"
                       r"\bmean[st]?\b|\bin (?:his|her) view\b", re.I)
#: A lawmaker, by title or post: "Rep. Yoon Dae-sik", "lawmaker Park", "a member of the intelligence committee".
_LAWMAKER = re.compile(r"\b(?:Rep|Sen)\.\s|\bMP\b|\b(?i:lawmakers?|legislators?|assemblym(?:an|en|woman)|member of (?:the |parliament's )?"
                       r"(?:National Assembly|parliament|[\w ]{0,30}committee)|committee member|"
                       r"committee['’]s (?:\w+ )?(?:member|secretary|chair(?:man|woman)?))\b")
#: A body's briefing of lawmakers, told before: "told a closed-door session of parliament's intelligence committee", "briefed lawmakers".
_BRIEFED = re.compile(r"\bbriefed\b|\bbriefing\b|\btold (?:a |the )?(?:closed(?:-door)? )?(?:session|meeting|hearing|committee|lawmakers|"
                      r"parliament|legislators)\b", re.I)


#: What opens a live blog's or a TV script's line and names nobody: "09:12 ", "[VO] ", "[ANCHOR ON CAM] ".
_CUE = re.compile(r"^(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|CET|EET|MSK|KST|BST|EST|EDT|ET)\b)?\s+(?:[—–-]\s+)?"
                  r"(?=[A-Z“\"‘'\[])|"
                  r"\[(?:VO|V/O|OC|O/C|ANCHOR|NATS?|NAT SOUND|GFX|GRAPHIC|ON CAM|STANDUP|STAND-UP|PKG|TAG|TEASE|CG|SUPER)"
                  r"(?:\s[A-Z /]+)?\]\s*|\[(?:GFX|GRAPHIC|CG|SUPER|LOWER THIRD|MAP)\s*:[^\]]{0,160}\]\s*)+")
#: A TV script's sound bite, labelled with who speaks: "[SOT: Brig. Gen. Ihor Levchenko, Ukrainian ground forces] 'In Kursk …'".
_SOUND_BITE = re.compile(r"^\[(?:SOT|SOUNDBITE|SOUND BITE|BITE|INTERVIEW)\s*[:—–-]\s*(?P<who>[^\]]{3,120})\]\s*")


#: A Telegram post's opening pictographs: "⚡️ Drone operators of the … unit have published …", "📊 In its morning summary, …".
_EMOJI = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+\s*)+")


def _without_cue(sentence: str) -> str:
    """The sentence as a reader hears it: a time stamp or a script's cue taken off; a sound bite's label read as its speaker
    ("[SOT: Brig. Gen. Ihor Levchenko, Ukrainian ground forces] 'In Kursk …'" → "Brig. Gen. Ihor Levchenko, Ukrainian ground
    forces, said: 'In Kursk …'")."""
    sentence = _CUE.sub("", _EMOJI.sub("", sentence))
    bite = _SOUND_BITE.match(sentence)
    if bite:
        sentence = f"{bite.group('who').strip()}, said: {sentence[bite.end():]}"
    return sentence


def _claimants_of(sentence: str, names: Names, context: dict) -> list[Claimant]:
    sentence = _without_cue(sentence)
    sentence = _the_country(sentence, context)
    sentence = _PER.sub(" according to ", sentence)  # "…, per Kyiv.", "…, per the General Staff": as "according to" reads
    _register_people(sentence, names, context)
    heading = _heading(sentence, names)
    if heading is not None:
        return [heading]
    capitals = _CAPITALS_LIST.search(sentence)
    if capitals:
        adjective_of = {"Kyiv": "Ukrainian", "Seoul": "South Korean", "Washington": "American", "London": "British", "Tokyo": "Japanese",
                        "Moscow": "Russian"}
        words = [adjective_of[c.strip().title()] for c in rx.split(r",\s*|\s+(?:and|&)\s+", capitals.group("list"))]
        sentence = sentence.replace(capitals.group(), f"{', '.join(words[:-1])} and {words[-1]} officials")
    paired = _PAIRED.search(sentence)
    if paired:  # "two U.S. officials and a European diplomat", "a U.S. official, a South Korean official and a European security
        # official": each group claims
        out = [_unnamed_officials(g.group("a"), g.group(), names) for g in _GROUP_OF.finditer(paired.group())]
        if len({c.source_id for c in out}) == len(out):
            return out
        if len({c.source_id for c in out}) == 1:  # "a U.S. official and a U.S. defense official": one nation's officials
            return [replace(out[0], written=paired.group())]
    services = _SERVICES_LIST.search(sentence)
    if services:  # "Ukrainian and South Korean intelligence now say": each nation's service, as the ledger or known bodies know it
        out = []
        for adjective in rx.split(r",\s*|\s+(?:and|&)\s+", services.group("list")):
            written = f"{adjective.strip()} intelligence"
            known = next((m for m in mentions(written, names) if m.kind == "intelligence_service"), None)
            code, country = ADJECTIVES.get(adjective.strip().lower(), ("xx", ""))
            out.append(Claimant(known.source_id, "explicit", written, [], _proposal(known, names)) if known is not None else
                       _named_body(f"{code}-intelligence", written, written, "intelligence_service", country, names))
        if len({c.source_id for c in out}) == len(out):
            return out
    listed = _LIST.search(sentence)
    if listed:
        return [_unnamed_officials(adjective.strip(), f"{adjective.strip()} officials", names)
                for adjective in rx.split(r",\s*|\s+(?:and|&)\s+", listed.group("list"))]
    by_nation = _BY_NATION.search(sentence)
    if by_nation:  # "by Ukrainian estimates", "by Seoul's reckoning": that nation's officials give the figure
        nation = (by_nation.group("nation") or "").lower()
        code = CAPITALS.get(by_nation.group("capital") or "") or ("KP" if nation == "north korean" else ADJECTIVES[nation][1])
        return [_officials_of(code, by_nation.group(), names)]
    found = mentions(sentence, names)
    briefed = rx.search(r"\b(?:lawmakers|legislators|MPs|members of (?:the )?(?:parliament|National Assembly)|deputies)\b[^.;]{0,40}?"
                        r"\b(?:briefed|(?:who )?attended (?:a |the |its )?(?:closed-door )?briefing)\b", sentence, re.I)
    agency = next((m for m in found if m.kind == "intelligence_service"), None)
    if briefed and agency is not None:  # "…, according to South Korean lawmakers briefed by the agency": the agency, through them
        return [Claimant(agency.source_id, "explicit", agency.written, [m.source_id for m in found if m.kind in MEDIA],
                         _proposal(agency, names))]
    if briefed and context.get("agency") is not None and rx.search(r"\bbriefed by (?:the|its) (?:spy )?(?:agency|service)\b", sentence):
        # "South Korean lawmakers, briefed by the spy agency, say …": the agency the text named before, through them (of the
        # lawmakers' own country, where they have one: another country's agency named last is not theirs)
        earlier = context["agency"]
        nation = _country_named(sentence[max(0, briefed.start() - 25):briefed.start()])
        if nation and names.country(earlier.source_id) not in ("", nation):
            own = next((b for b in names.bodies if b.kind == "intelligence_service" and b.country == nation), None)
            if own is None:
                return [_named_body(f"{nation.lower()}-intelligence", briefed.group(), f"{nation} intelligence service",
                                    "intelligence_service", nation, names)]
            earlier = Mention(0, 0, own.source_id, own.name, own.source_id in names.sources, own.name, own.kind)
        return [Claimant(earlier.source_id, "inferred_from_context", earlier.written,
                         [m.source_id for m in found if m.kind in MEDIA], _proposal(earlier, names))]
    staff = _STAFF_AT.search(sentence)
    if staff and not any(m.start <= staff.start("org") < m.end for m in found):
        # "Analysts at Krestmoor Risk said": the firm or institute they work for
        org = staff.group("org")
        return [_named_body(_slug(org)[:48], staff.group(), org, "think_tank", _country_named(org), names,
                            [m.source_id for m in found if m.kind in MEDIA])]
    quoted = QUOTED_AS.search(sentence)
    if quoted:  # "TASS quoted the ministry on Sunday as saying": the one quoted claims, who quotes relays
        relays = [m.source_id for m in found if m.end <= quoted.start()]
        inside = next((m for m in found if quoted.start("who") <= m.start < quoted.end("who")), None)
        if inside is not None:
            return [Claimant(inside.source_id, "explicit", inside.written, relays, _proposal(inside, names))]
        # (the one named before only where the words are its anaphor alone: "the ministry", never "the commander of a drone unit")
        anaphor = next((kinds for pattern, kinds in ANAPHORA
                        if (m := rx.search(pattern, quoted.group("who"), re.I)) and m.end() == len(quoted.group("who").rstrip())), ())
        earlier = next((context["by_kind"][k] for k in anaphor if k in context.get("by_kind", {})), None)
        if earlier is not None:
            return [Claimant(earlier.source_id, "inferred_from_context", quoted.group("who"), relays, earlier.proposed)]
        person = rx.search(rf"(?:^|\s)((?:[{_UP}][{_LOW}’'-]+\s+){{1,2}}[{_UP}][{_LOW}’'-]+)$", quoted.group("who"))
        if person and _a_person(person.group(1)):  # "Przegląd Obronny quoted the Estonian analyst Kadri Lepp as saying": she claims
            who = _a_person_claimant(_bare(person.group(1)), quoted.group("who"), quoted.group("who"), names,
                                     _country_named(quoted.group("who")))
            _remember(context, _bare(person.group(1)), quoted.group("who"), who)
            return [replace(who, relays=relays)]
        who = quoted.group("who").strip()
        described = _described(who, who, names, context) if rx.match(r"(?:an?|the|one|two|three|several)\s", who, re.I) \
            and _SUBJECT_HEADS.search(_head_of(who)) else None
        if described is not None:  # "Ukrainska Pravda quotes the commander of a drone unit as saying": that commander
            return [replace(described, relays=list(dict.fromkeys([*relays, *described.relays])))]
    passive = _QUOTED_BY.search(sentence)
    if passive:  # "A spokesman for the Russian Defence Ministry was quoted by RIA Novosti as saying": the ministry, RIA relaying
        who = next((m for m in found if m.start < passive.start("by") and m.kind not in MEDIA), None)
        by = [m.source_id for m in found if passive.start("by") <= m.start < passive.end("by")]
        if who is not None:
            return [Claimant(who.source_id, "explicit", who.written, by, _proposal(who, names))]
    aside = _CITING_ASIDE.search(sentence)
    if aside:  # "Kursk's governor, citing the ministry, said …": the one cited claims, the one who speaks relays
        inside = next((m for m in found if aside.start("who") <= m.start < aside.end("who")), None)
        anaphor = next((kinds for pattern, kinds in ANAPHORA if rx.fullmatch(pattern, aside.group("who"), re.I)), ())
        earlier = next((context["by_kind"][k] for k in anaphor if k in context.get("by_kind", {})), None)
        relays = [m.source_id for m in found if m.end <= aside.start()]
        if inside is not None:
            return [Claimant(inside.source_id, "explicit", inside.written, relays, _proposal(inside, names))]
        if earlier is not None:
            return [Claimant(earlier.source_id, "inferred_from_context", aside.group("who"), relays, earlier.proposed)]
        body = _described(aside.group("who"), aside.group("who"), names, context) \
            if rx.search(r"\b(?:ministry|staff|command|service|agency|office|department|administration)$", aside.group("who"), re.I) \
            else None
        if body is not None and body.proposed is not None:
            # "The Moscow daily Stolichny Vestnik, citing the defence ministry, reported": that body, of the outlet's country
            country = body.proposed.get("country") or _country_named(sentence[:aside.start()]) \
                or next((c for capital, c in CAPITALS.items() if rx.search(rf"\b{capital}\b", sentence[:aside.start()])), "")
            adjective = next((a for a, (_, c) in ADJECTIVES.items() if c == country and " " not in a and a != "us"), "")
            bare = rx.sub(r"^(?:the|its)\s+", "", aside.group("who"))
            probe = f"{adjective.title()} {bare}" if adjective else ""
            known = next((m for m in mentions(probe, names) if m.kind not in MEDIA), None) if probe else None
            if known is not None:  # "the defence ministry" of a Moscow daily: the Russian Ministry of Defence the draft knows
                return [Claimant(known.source_id, "explicit", aside.group("who"), relays, _proposal(known, names))]
            return [_to_known(replace(body, proposed={**body.proposed, "country": country}, relays=relays), names)]
    cited = CITING.search(sentence)
    if cited and not SOURCES_IN.search(sentence):
        # "Reuters, citing a senior Ukrainian military source, reports …": the source claims, the outlet relays
        written = cited.group("who")
        inside = rx.match(r"\s+(?:in|within|at|from|inside)\s+", sentence[cited.end():])
        body = next((m for m in found if inside and m.start == cited.end() + inside.end() and m.kind not in MEDIA), None)
        if body is not None:  # "citing a source in Ukraine's military intelligence": that body claims, through its source
            relays = [m.source_id for m in found if m.kind in MEDIA]
            return [Claimant(body.source_id, "explicit", body.written, list(dict.fromkeys(relays)), _proposal(body, names))]
        country = _country_named(written)
        where = rx.match(r"\s+(?:in|within|at|from|inside)\s+(?P<where>[^,.;:()“”\"]{3,60})", sentence[cited.end():])
        if where and not country and where.group("where").split()[0] in CAPITALS:
            # "citing government sources in Tokyo": that capital's officials
            country = CAPITALS[where.group("where").split()[0]]
        elif where and _country_named(where.group("where")):
            # "citing a source in the Russian security structures": the source, described by where it sits
            country, written = _country_named(where.group("where")), f"{written}{where.group()}"
        who = rx.sub(r"^(?:an?|two|three|four|several|unnamed|anonymous)\s+", "", written, flags=re.I)
        source = _slug(f"{country} {who}")[:48]
        relays = [m.source_id for m in found if m.start < cited.start() or m.kind in MEDIA]
        proposed = None if source in names.sources else {"source_id": source, "name": f"{who[0].upper()}{who[1:]} (unnamed)",
                                                         "kind": "officials_unnamed", "country": country}
        return [Claimant(source, "explicit", written, list(dict.fromkeys(relays)), proposed)]
    sources_in = SOURCES_IN.search(sentence)
    if sources_in:
        where = sources_in.group("where").strip()
        country = _country_named(where)
        body = rx.sub(r"^(?:the\s+)?[A-Z][\w ]*?[’']s\s+", "", where)  # "Ukraine's armed forces" → "armed forces"
        source = _slug(f"{country} {body}")[:40] + "-sources"
        written = sources_in.group("who")
        relays = [m.source_id for m in found if m.start < sources_in.start()]
        proposed = None if source in names.sources else {"source_id": source, "name": f"{written[0].upper()}{written[1:]} (unnamed)",
                                                         "kind": "officials_unnamed", "country": country}
        return [Claimant(source, "explicit", written, relays, proposed)]
    speaking, relays = [], []
    for m in found:
        before, after = sentence[max(0, m.start - 45):m.start], sentence[m.end:m.end + 140]
        if rx.search(r"\b(?:briefed by|briefing by|briefing from|according to|citing|cited|quoting|a statement (?:from|by)|"
                     r"statements? (?:from|of)|figures? (?:from|by|of)|estimates? (?:from|by|of)|data from|assessment (?:by|from|of)|"
                     r"report by|report from|sources in|told by|"
                     # a speaker after an inverted verb: "…, says the Hanbando Security Forum, a think-tank in Seoul"
                     r"(?:(?<=, )|(?<=[”’\"] ))(?:says|said|writes|wrote|adds|added|argues|argued|notes|noted|warns|warned)|"
                     r"(?:received|information|provided|supplied) from|"
                     r"(?:compiled|published|released|gathered|kept|issued|estimated|announced|reported|claimed|given|provided)"
                     r"\s+(?:[\w-]+\s+){0,2}?by)\s+(?:the\s+)?$",
                     before, re.I):
            speaking.append((0, m))
        elif rx.match(rf"^(?:\s*\([^)]{{1,20}}\))?(?:['’]s?\s+(?:\w+\s+){{0,2}}"
                      rf"(?:assessment|estimate|statement|figures?|report|tally|data))|"
                      rf"^(?:\s*\([^)]{{1,20}}\))?,?\s*"
                      rf"(?:[\w’'-]+\s+){{0,5}}?(?:{SPEECH})\b(?!\s+(?:nothing|little|next to nothing|no (?:figures?|numbers?))\b)|"
                      rf"^,(?:[^,]|,(?=\d)){{1,110}},\s+(?:has\s+|had\s+)?(?:{SPEECH})\b|"
                      # its second verb: "KCNA praised the heroic feats of the troops and acknowledged that …"
                      rf"^\s+[a-z][^.;:,“\"\d]{{1,80}}?\s+and\s+(?:also\s+|later\s+)?(?:{SPEECH})\s+(?:that\b|\d)",
                      after, re.I):
            if m.kind in MEDIA and rx.search(r"\b(?:interview|conversation|comments?|remarks)\s+(?:with|to)\s+(?:the\s+)?$", before, re.I):
                relays.append(m)  # "In an interview with RBC-Ukraine published on Monday, the agency's deputy head said": it relays
                continue
            speaking.append((1 if m.kind not in MEDIA else 2, m))
        elif rx.search(r"\((?:[\w ]+)?$", before) and rx.match(r"\)", after):  # "SEOUL, Jan. 14 (Yonhap)": the agency of the dateline
            relays.append(m)
    speaking.sort(key=lambda t: t[0])
    together = _coordinated(sentence, found, [m for _, m in speaking])
    if together:  # "according to South Korea's spy agency and the Pentagon", "X, Y and Z all put the number at …": each claims
        return [Claimant(m.source_id, "explicit", m.written, [], _proposal(m, names)) for m in together]
    media = [m for _, m in speaking if m.kind in MEDIA]
    people = [m for _, m in speaking if m.kind not in MEDIA]
    lawmakers = [m for m in found if m.source_id.startswith("kr-lawmaker-") or "lawmaker" in m.written.lower()]
    chosen = None
    if people:
        # "a lawmaker briefed by the agency said", "lawmaker X told reporters after the briefing by the NIS": the agency
        briefed = [m for _, m in speaking if rx.search(r"briefed by|briefing", sentence[max(0, m.start - 45):m.start], re.I)]
        non_lawmaker = [m for m in people if m not in lawmakers]
        chosen = (briefed or non_lawmaker or people)[0]
    elif media:
        chosen = media[0]
    elif found:
        # a name with no verb of speech or "according to" speaks only if the ledger or the known bodies know it
        chosen = next((m for m in found if m.kind not in MEDIA and m not in lawmakers and (m.known or m.name and not m.read)
                       and not _SUBORDINATE.search(sentence[max(0, m.start - 30):m.start])
                       and not (_SAYS_NOTHING.match(sentence, m.end) and _BUT_ANOTHER.search(sentence, m.end))), None)
    agency_here = next((m for m in found if m.kind == "intelligence_service" and m not in lawmakers), None)
    if chosen is not None and chosen in lawmakers and agency_here is not None:
        # "South Korea's spy agency, according to lawmaker Hwang, who attended its briefing, put the toll at …": the agency
        return [Claimant(agency_here.source_id, "explicit", agency_here.written, [chosen.source_id], _proposal(agency_here, names))]
    named = next((p for p in PERSON.finditer(sentence) if _a_person(p.group("who"))), None)
    if chosen is not None and named is not None and named.end("who") <= chosen.start and chosen.end <= named.end() \
            and not _SPOKESPERSON.search(named.group()):
        chosen, people = None, []  # "Colonel General Ri Chol Ho, chief of the General Staff of the KPA, said": the person
    elif chosen is not None and named is not None and _SPOKESPERSON.search(named.group()) and chosen.kind not in MEDIA:
        if chosen.kind != "officials_unnamed" and chosen.end <= named.end() and named.start() - chosen.end < 40:
            # "Col. Park Hyun-woo, JCS spokesman, said": the body, and "Park said" later is the body again
            _remember(context, _bare(named.group("who")), named.group(),
                      Claimant(chosen.source_id, "explicit", chosen.written, [], _proposal(chosen, names)))
        elif all(m is not chosen for _, m in speaking):
            chosen, people = None, []  # "… could confirm South Korean estimates, spokesperson Margaret Ellery said": she speaks
    elif chosen is not None and named is not None and (names.kind(chosen.source_id) or chosen.kind) == "military_unit" \
            and (rx.search(r"\b(?:commander|head|chief)\s+of\s+(?:the\s+)?$", sentence[max(0, chosen.start - 30):chosen.start], re.I)
                 or rx.match(r"(?:the\s+)?(?:commander|head|chief)\s+of\b", chosen.written, re.I)) \
            and rx.fullmatch(r"\s*,\s*", sentence[chosen.end:named.start("who")]):
        # "The commander of the 95th Brigade, Col. Ihor Savchuk, told …": a commander speaks for himself
        commander = _a_person_claimant(_bare(named.group("who")), named.group("who"), named.group(), names,
                                       names.country(chosen.source_id))
        _remember(context, _bare(named.group("who")), named.group(), commander)
        return [replace(commander, relays=[m.source_id for m in found if m.kind in MEDIA])]
    if chosen is not None and named is not None and chosen.kind in ("intelligence_service", "military_command") \
            and rx.search(r"\b(?:director(?:[- ]general)?|head|chief)\s+of\s+(?:the\s+)?$",
                          sentence[max(0, chosen.start - 30):chosen.start], re.I) \
            and rx.fullmatch(r"\s*,\s*", sentence[chosen.end:named.start("who")]):
        # "the director general of the Estonian Foreign Intelligence Service, Märten Laas, told …": the service, and "Laas said" later
        _remember(context, _bare(named.group("who")), named.group(),
                  Claimant(chosen.source_id, "explicit", chosen.written, [], _proposal(chosen, names)))
    if chosen is not None and chosen in lawmakers and context.get("agency"):
        agency = context["agency"]
        return [Claimant(agency.source_id, "inferred_from_context", agency.written, [chosen.source_id],
                         _proposal(agency, names))]
    silent = chosen is not None and all(m is not chosen for _, m in speaking)  # a known name with no verb of speech of its own
    if not people and not (chosen is not None and chosen.known and chosen.kind not in MEDIA and not silent):
        described = _speaker(sentence, names, context)
        if described is not None and silent and chosen.known and chosen.kind not in MEDIA \
                and sentence.find(described.written) > chosen.start:
            described = None  # "The ministry, which a brigade commander said …": the body named first, as before
        if described is not None and chosen is not None and chosen.written in described.written:
            described = None  # "The regional newspaper Kurskaya Pravda counted": the body by its name, not the description around it
        if described is not None:  # "A source in the Russian security services told TASS": the source claims, TASS relays
            relay_ids = [m.source_id for m in [*relays, *media, *lawmakers, *(m for m in found if m.kind in MEDIA)]]
            return [replace(described, relays=list(dict.fromkeys(relay_ids)))]
    relay_ids = [m.source_id for m in [*relays, *media, *lawmakers] if chosen is None or m.source_id != chosen.source_id]
    if chosen is None:
        person = _person(sentence, names, context)
        if person is None:
            person = _subject_of_speech(sentence, names, context)
            if person is None:
                return []
            relay_ids += [m.source_id for m in found if m.kind in MEDIA]  # "… told CNN": CNN relays
        agency = context.get("agency")
        lawmaker = context.get("roles", {}).get("lawmaker")
        if agency is not None and agency.source_id != person.source_id and not _OWN_VIEW.search(sentence) and (
                rx.search(r"\bthe (?:spy )?agency\b|\bthe (?:intelligence )?service\b", sentence, re.I)
                or lawmaker is not None and lawmaker.source_id == person.source_id):
            # "Yoo said the agency had put the toll at …", "Of those, about 390 were killed, Han told reporters" (Han, a lawmaker
            # briefed by the agency): the agency claims, the person relays
            return [Claimant(agency.source_id, "inferred_from_context", agency.written, [person.source_id, *relay_ids],
                             _proposal(agency, names))]
        return [replace(person, relays=list(dict.fromkeys(relay_ids)))]
    return [Claimant(chosen.source_id, "explicit", chosen.written, list(dict.fromkeys(relay_ids)), _proposal(chosen, names))]


#: Verbs that say who spoke, when the one before them is named in no way the rules above read.
_SPOKE = (r"said(?!\s+(?:goodbye|good-bye|farewell|(?:a )?prayers?)\b)|(?:(?<=has )|(?<=have )|(?<=had ))named|"
          r"says|say|told|tells|claimed|claims|claim|estimated|estimates|wrote|writes|reported|reports|acknowledged|"
          r"acknowledges|documented|documents|warned|warns|stated|announced|added|assessed|assesses|concluded|confirmed|confirms|"
          r"recorded|believes|admitted|admits|insisted|insists|counted|tallied|identified|listed|corrected|calculate|calculates|"
          r"forecast|forecasts|predicted|predicts|expect|expects")
_SPOKE_AT = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|later|separately|only|since|already|publicly|earlier)\s+)?"
                       rf"(?:{_SPOKE})\b")
#: What opens a sentence before its subject: "By contrast, ", "In April, ", "Separately, ".
_OPENING = re.compile(rf"^(?:(?:By|In) (?:contrast|comparison|turn|addition|{MONTHS})|"
                      r"Meanwhile|Separately|However|Still|Elsewhere|Earlier|Later|Yet|But|And|"
                      r"Overall|Instead|Similarly|Likewise|Now|Today|Yesterday|Also|Again|Previously|"
                      r"(?:On|Last|This|Since) [A-Z]?\w+)\s*,?\s+")
#: A body that says it gives no figure: "Russia's Defense Ministry does not disclose its losses, but …": not the claimant.
_SAYS_NOTHING = re.compile(r"\s+(?:(?:does|do|did|has|have|had|would|will)\s+not|never|doesn['’]t|don['’]t|didn['’]t|hasn['’]t|"
                           r"haven['’]t|won['’]t|refuses to|declines to|declined to)\s+(?:\w+\s+)?(?:disclose|publish|release|"
                           r"give|report|comment|confirm|reveal|say)", re.I)
#: … and another speaks after "but" ("…, but Zerkalo Media … has confirmed"); never the body itself going on ("but has claimed",
#: "but its spokesperson said").
_BUT_ANOTHER = re.compile(r"[^.;]{0,80}?\bbut\s+(?!(?:its|their|has|have|had|it|they|also|did|does|said|says)\b)[A-Za-z]")
#: The text's own tally, estimate or analysis, in the first person or as the publication's: "by our count", "Our own analysis of
#: …", "By this site's own tally of the daily summaries".
_OWN_TALLY = re.compile(r"\b(?:by|in|according to|on)\s+(?:our|this (?:site|paper|newspaper|outlet|agency|channel|blog|"
                        r"magazine|publication|station|newsletter|desk|programme|program)['’]s)\s+(?:own\s+)?(?:tally|count|"
                        r"calculation|reckoning|estimate|analysis|arithmetic|review|reading)\b|"
                        r"\bour own (?:analysis|tally|count|calculation|review|reading|estimate)\b", re.I)
#: … or, where no one else is named, its own estimate in any first-person words: "our estimate", "we estimate" (never over a body
#: the sentence names: "our count does not support that" is the body's claim, which the text disputes).
_OWN_VOICE = re.compile(rf"{_OWN_TALLY.pattern}|\bour (?:estimate|calculation|analysis|count)\b|\bwe (?:estimate|calculate|reckon|"
                        r"project)\b", re.I)
#: "per" for "according to", after a comma and before a name: "2: North Korean prisoners held by Ukraine, per Kyiv."
_PER = re.compile(r"(?<=,)\s+per\s+(?=(?:the\s+)?[A-Z])")
#: A body's own figures by a word of its name: "Nordlys's own ranges", "the Center's own estimates".
_OWN_FIGURES = re.compile(r"\b([A-Z][\w-]{2,})['’]s? own (?:ranges?|estimates?|figures?|count|tally|calculations?|reckoning|numbers)\b")
#: A figure said to be of a kind of men, with no word of loss: "At least 58 were officers", "640 were former prisoners".
_OF_A_KIND = re.compile(rf"[’'”\"]?\s+(?:of\s+them\s+)?(?:were|was)\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE}|officers|conscripts|"
                        r"volunteers|reservists|contract soldiers|border guards|paratroopers|marines)\b(?!\s+(?:in|to)\s)", re.I)
#: A recap of what the text gave before: "Recap: Seoul's spy agency estimates …", "To recap, …", "The story so far: …".
_RECAP = re.compile(r"\s*(?:[Rr]ecap|RECAP|[Tt]o recap|[Ii]n summary|[Ss]ummary|SUMMARY|[Cc]atch(?:ing)?[- ]up|[Tt]he story so far|"
                    r"[Ww]here things stand|[Ii]n brief)\s*[:,—–-]\s")
#: A possessive's apostrophe, no quotation mark: "soldiers’ mothers", "Kyiv’s".
_POSSESSIVE = re.compile(r"(?<=[a-z]s)[’'](?=\s)|(?<=[A-Za-z])[’']s\b")
#: A timeline's date before its entry: "JULY 22 - ", "March 3 — ", "14 Feb: ".
_TIMELINE_DATE = re.compile(rf"^(?:(?:{MONTHS}|{MONTHS.upper()})\.? \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} (?:{MONTHS}|{MONTHS.upper()})"
                            rf"(?: \d{{4}})?)\s*(?:[-–—]|:)\s+")
#: An aside within the subject: ", who asked not to be named,", ", in a speech carried by KCNA the next day,", "(ret.)".
_SUBJECT_ASIDE = re.compile(r",[^,]{1,120}?,(?=\s|$)|\s*\([^)]{1,60}\)|\s+(?:who|whose|which)\s+.*$")
_TIME_AFTER = re.compile(rf"\s+(?:on|in|last|this|earlier|late|early)\s+(?:{MONTHS}|{'|'.join(WEEKDAYS)}|week|month|year)\b.*$")
_NOT_SUBJECT = re.compile(r"(?i:he|she|it|they|we|i|you|your|this|that|these|those|its|their|his|her|our|my|there|what|how|if|when|"
                          r"whether|asked|of|in|on|at|for|from|with|by|after|before|during|since|among|as|to|under|over|according|"
                          r"one of them|some of them|both|all|each|neither|none|nobody|no one)\b|"
                          r".*\b(?:is|are|was|were|be|been|being|will|would|could|can|may|might|has|have|had|do|does|did|not)\b|"
                          r".*[\d\"“”‘’:;]")


#: Words a speaker described by what they are ends on: "a former officer of the regiment", "defector groups".
_SUBJECT_HEADS = re.compile(rf"(?:{_SPEAKER_HEAD}|administration|authorities|government|groups?|caretakers?|priests?|chaplains?|mothers?|"
                            r"fathers?|wife|widows?|sisters?|brothers?|friends?|comrades?|veterans?|survivors?|lawmakers?|legislators?|"
                            r"MPs?|deputies|journalists?|reporters?|correspondents?|editors?|registry|register|NGO|charity|"
                            r"association|union|organi[sz]ations?|outlets?|sites?|websites?|mission|council|committee|parliament|"
                            r"accounts?|trackers?|army|navy|corps|division|squad|platoon|company|detachment|crews?|militia|groupings?|"
                            r"lieutenant|sergeant|captain|major|private|corporal|soldier|man|woman|men|women|leaders?|chiefs?|heads?|members?|"
                            r"commandant|aides?|advis[eo]rs?|gunners?|drivers?|scouts?|snipers?|engineers?)$", re.I)
#: Words of a title before a name, the last of which the name follows: "Air Marshal Sir Graham Pell", "Col. Gen. Alexei Voronin".
_TITLE_WORD = re.compile(rf"(?:{_TITLE}|Sir|Dame|Air|Marshal|Vice|Rear|Ambassador|Deputy|First|Chief|Gen|Lt|Col|Maj|Brig|Capt|Sgt|"
                         r"Rep|Sen|MP|Governor|Mayor|Leader|Chairman|Chairwoman|Director|Secretary|Minister|President)\.?")


def _named_in(np: str) -> str:
    """The person a subject names, without the titles before the name: "Rep. Park Ji-hoon of the main opposition Democratic
    Party" → "Park Ji-hoon"; "" if it names nobody by two names or more."""
    for run in rx.finditer(rf"[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*)*", np):
        words = run.group().split()
        titled = [i for i, w in enumerate(words) if _TITLE_WORD.fullmatch(w)]
        rest = words[titled[-1] + 1:] if titled else words
        if not all(rx.fullmatch(rf"[{_UP}][{_LOW}]+|[A-Z]\.(?:[A-Z]\.)*", w) for w in rest):
            continue  # "No. Their": no name
        while rest and (rest[0] in _NOT_NAME_WORDS or rest[0] in SPEAKING_FOR or rest[0].lower() in ADJECTIVES
                        or rest[0] in ("A", "An", "The", "One", "Another")):
            rest = rest[1:]  # ("An American official": no name)
        if not titled and len(rest) >= 3 and rx.search(r"\b(?:in|of|to|for|at|from)\s+$", np[:run.start()]):
            rest = rest[1:]  # "Consul General in Busan Ilya Morozov": the place, then the name
        if 2 <= len(rest) <= 4 and _a_person(" ".join(rest)) and not _NOT_NAME_WORDS & set(rest):
            return " ".join(rest)
    return ""


def _subject_of_speech(sentence: str, names: Names, context: dict) -> Claimant | None:
    """The one a verb of speech has as its subject, when no rule above named them: "A former officer of the regiment, who asked
    not to be named, said …", "Paek said …", "Air Marshal Sir Graham Pell said …", "…, a source in the province told Daily NK",
    "… ,” military expert Col. (ret.) Viktor Surmin told Vostok-Info." A person by their name (the one the text named so before,
    where it did), anyone else by a description that ends on who they are ("source", "groups", "administration"); never a
    pronoun, a definite "the battalion" (the one named before: the context's) or a clause."""
    text = _without_cue(sentence).strip()
    label = _SPEAKER_LABEL.match(text) or _PERSON_LABEL.match(text)
    if label and label.group(1 if label.re is _SPEAKER_LABEL else 0).split(" (")[0].strip(": ").upper() not in _NOT_SPEAKERS:
        text = text[label.end():]  # "CALLER (Mr Lim): A Russian channel I follow says …": the one the turn quotes, if it names one
    if rx.match(r"(?:[—–-]\s*)?(?:Our|We|I|My|Us)\b", text):
        return None  # "Our editors have been able to confirm …": the text's own voice
    subject = None
    # the first verb of speech that is no relative clause's ("Another blogger, who writes as Kursky Front, said")
    # (and no noun the next verb has for its subject: "Early reports estimated")
    m = next((v for v in _SPOKE_AT.finditer(text) if not rx.search(r"\b(?:who|whose|which|that|whom)\s+(?:[^\s,]+\s+){0,2}$",
                                                                      text[:v.start()] + " ")
              and not _SPOKE_AT.match(text, v.end())), None)
    head = _TIMELINE_DATE.sub("", rx.split(r";|,\s+but\s+", text[:m.start()])[-1].lstrip()) if m else ""
    # (the subject of a verb after a refusal: "Okafor declined to give an overall figure but said")
    head = rx.sub(r"\s+(?:declined|refused|would not|did not want)\s+(?:to\s+)?[^,;]{1,60}?\s+but\s*$", "", head)
    if m and not rx.search(r"[\d\"“”‘’:;]", _POSSESSIVE.sub("", _SUBJECT_ASIDE.sub("", head))):
        # (the subject of the clause the verb is in: "Moscow hasn't disclosed its losses; independent outlets have identified …",
        # after a timeline's date: "JULY 22 - A Ukrainian army corps says …")
        subject = _OPENING.sub("", head)
        plain = _POSSESSIVE.sub("", _SUBJECT_ASIDE.sub("", subject))
        if _NOT_SUBJECT.match(plain) or "," in plain.strip(" ,"):
            subject = None  # "Four Ukrainian servicemen surrendered, it said": a clause, its speaker after it
    trailing = rx.search(r"(?:,|[”\"’]|,[”\"’])\s+(?P<np>[^,;”\"]{3,120}?)"
                         r"\s+(?:(?:has|have|had)\s+)?"
                         r"(?:said|says|told|tells|wrote|writes|added|claimed|reported|estimated|warned|confirmed|acknowledged)\b"
                         r"(?:\s+(?!that\b)[\w’'-]+){0,5}\s*[.!?]?[”\"’]?\s*$", text)
    if subject is None and trailing and (rx.match(r"[A-Z]|(?:an?|the|one|two|three|several|some|another)\s", trailing.group("np"))
                                         or _named_in(trailing.group("np"))):
        subject = trailing.group("np")  # (not "… well above the pace the ministry reported")
    if not subject:
        return None
    np = _TIME_AFTER.sub("", _SUBJECT_ASIDE.sub("", subject)).strip(" ,")
    described = rx.match(r"(?:an?|another|one|the)\s+(?:second|third|fourth|fifth|other|further)?\s*(?:person|source)\s*,\s*"
                         r"(?P<who>an?\s+[^,]{3,80}?)\s*,", subject.strip(), re.I)
    if described:  # "A third person, a European diplomat briefed on allied intelligence, put …": the one the aside describes
        np = described.group("who")
    np = rx.sub(r"\s+(?:familiar with|briefed on|with knowledge of|close to|speaking on condition)\b.*$", "", np)
    np = rx.sub(r"\s+(?:himself|herself|itself|themselves|there|here|too|also|alone)$", "", np)
    np = rx.sub(r"(?<=[a-z])\s+(?:I|we|you)\s+(?:follow|read|watch|know|trust|mentioned|cited)\b", "", np)  # "a channel I follow on …"
    named = _named_in(np)
    alias = rx.search(rf"\b(?:name|first name|call sign|nom de guerre)(?:\s+only)?(?:\s+as|,)?\s+[“\"‘']?(?P<n>[{_UP}][{_LOW}]+)\b",
                      subject)
    if alias and not named:  # "A recruiter there, who gave his name only as Oleg, said": the one named so
        return _a_person_claimant(alias.group("n"), alias.group("n"), sentence, names, _country_in(np, names))
    if not named and rx.fullmatch(r"(?:[A-Z][A-Z’'-]+\s+){0,3}[A-Z][A-Z’'-]+", np) and len(np) >= 3:
        # "KURSK SHIELD (pro-Russian, about 310,000 subscribers) claimed": a channel or body named in capitals
        name = np if rx.fullmatch(r"[A-Z]{2,6}", np) else np.title()  # (an acronym as it is: "OCR")
        return _named_body(_slug(name)[:48], np, name, "media_outlet", _country_in(subject, names), names)
    if not np or _NOT_SUBJECT.match(_POSSESSIVE.sub("", _ORDINAL.sub("Nth", np))) or len(np.split()) > 12 or "," in np \
            or rx.match(r"\w+ing\b|(?:one|some|two|three|many|most|several|all|none|each) of\b", np, re.I) \
            or rx.search(r"\s(?:that|whether|if|as|it|he|she|they|we|your|asked|describe|describes|when|while|because)\b", np) \
            or rx.search(r"(?<!\bof)(?<!\bin)(?<!\bat)(?<!\bto)(?<!\bfor)(?<!\bfrom)(?<!\bwith)(?<!\bnear)(?<!\bon)(?<!\bby)"
                         r"\s(?:the|its|their|his|her)\s", np) \
            or rx.match(r"(?i:the)\s", np) and not rx.search(r"\s[A-Z]\S*\s+\S", np):
        return None  # a pronoun, a clause, two phrases ("A month later the monitor"), or "the battalion", "the Monitor": the one
        # named before (the context's)
    if rx.fullmatch(rf"[{_UP}][{_LOW}]{{2,}}", np):
        named = np  # "Paek said"
    elif not named and rx.match(r"(?:an?|one|another|the|a second|a third)\s", np, re.I):
        named = _named_in(subject)  # "A third guest, war correspondent Yevgeny Rostov, said": the person the aside names
    if named:
        if named in _NOT_A_PERSON or named in _NOT_NAME_WORDS or named in SPEAKING_FOR or rx.fullmatch(MONTHS, named):
            return None
        people = context.get("people", {})
        before = next((people[w] for w in (named.split()[-1], named.split()[0]) if w in people), None) or \
            next((c for c in reversed(context.get("history", []))
                  if rx.search(rf"\b{re.escape(named.split()[-1])}\b", f"{c.written} {(c.proposed or {}).get('name', '')}")), None)
        if before is not None:  # "Gerasimov also said" after "Chief of the General Staff Valery Gerasimov": the one named so
            return replace(before, attribution="explicit", written=named, relays=[])
        last = (context.get("history") or [None])[-1]
        if last is not None and _SPOKESPERSON.search(context.get("said_before", "")) and last.source_id not in _persons(context):
            return replace(last, attribution="explicit", written=named, relays=[])  # "… the Pentagon's press secretary said.
            # Rear Adm. Dana Whitfield told reporters …": the body she speaks for
        claimant = _spoken_for(np, names, context) or _a_person_claimant(named, np, sentence, names, _country_in(np, names))
        _remember(context, named, np, claimant)
        return claimant
    if not _SUBJECT_HEADS.search(_head_of(np)):
        return None  # "The presence of DPRK military personnel …": no one who speaks
    return _described(np, np, names, context)


def _head_of(np: str) -> str:
    """A described speaker's words before what places or describes them, whose last word says who they are: "the commander"
    of "the commander of a drone unit", "Independent Russian outlets" of "Independent Russian outlets counting named dead"."""
    return rx.split(r"\s+(?:of|in|at|from|with|within|near|inside|for|on)\s+|\s+(?=[a-z]+ing\s)", np, maxsplit=1)[0]


def _coordinated(sentence: str, found: list[Mention], speaking: list[Mention]) -> list[Mention]:
    """Bodies named together as one subject of a claim ("Kyiv's defence intelligence, Seoul's spy agency and the Pentagon all put
    …"; "according to South Korea's spy agency and the Pentagon"): two or more names joined by commas and 'and', one of which
    speaks (the last before the verb, or the first after 'according to'). Outlets and lawmakers are never among them."""
    group: list[Mention] = []
    end = 0  # where the group's last name ends, its acronym after it included: "Ukraine's military intelligence (HUR) and …"
    for m in sorted(found, key=lambda m: m.start):
        if m.kind in MEDIA or "lawmaker" in m.source_id:
            group = []
            continue
        if group and m.source_id == group[-1].source_id and rx.fullmatch(r"\s*\(", sentence[end:m.start]) \
                and sentence[m.end:m.end + 1] == ")":
            end = m.end + 1
            continue
        if group and rx.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", sentence[end:m.start], re.I):
            group.append(m)
            end = m.end
            continue
        if len(group) > 1 and any(g in speaking for g in group):
            break
        group, end = [m], m.end
    if len(group) > 1 and any(g in speaking for g in group):
        return list({g.source_id: g for g in group}.values())
    return []


def _proposal(m: Mention, names: Names) -> dict | None:
    if m.source_id in names.sources:
        return None
    body = next((b for b in names.bodies if b.source_id == m.source_id), None)
    if body is not None:
        return {"source_id": body.source_id, "name": body.name, "kind": body.kind, "country": body.country,
                "not_countries": body.not_countries}
    return {"source_id": m.source_id, "name": m.name or m.written, "kind": m.kind or "officials_unnamed", "country": ""}


#: Words that stand for the last claimant of their kind: "the agency said", "the unit said".
ANAPHORA = [(r"\bthe (?:spy )?agency\b|\bthe service\b|\ban agency (?:official|source|spokes\w+)\b",
             ("intelligence_service", "state_media", "news_agency")),
            (r"\bthe institute\b|\bthe assessment\b|\bthe think tank\b|\bthe report\b", ("think_tank",)),
            (r"\bthe ministry\b|\bthe department\b", ("government_body",)),
            (r"\bthe (?:unit|brigade|battalion|regiment|forces|commander|command)\b", ("military_unit", "military_command")),
            (r"\b(?:the|these|those) (?:officials|sources)\b|\baccording to the people\b|\b(?:the|one of the) "
             r"(?:official|source|people|person|officer)\s+(?:also\s+)?(?:" + SPEECH + r")\b", ("officials_unnamed",))]
_DEFINITE = re.compile(rf"\bthe\s+(?:same\s+)?([a-z]+)\s+(?:also\s+|later\s+|has\s+|had\s+)?(?:{SPEECH}|documented|documents|found|"
                       rf"finds)\b", re.I)


#: Heads of a definite noun that a body's name ends on ("the Mission", "the battalion", "the channel"), never a person's role.
_BODY_HEADS = {"mission", "battalion", "brigade", "regiment", "unit", "channel", "monitor", "institute", "center", "centre", "office",
               "ministry", "agency", "service", "committee", "commission", "court", "council", "group", "network", "project",
               "register", "registry", "tracker", "outlet", "site", "newspaper", "paper", "tribunal", "observatory", "forum", "command",
               "directorate", "administration", "government", "detachment", "company", "division", "corps", "foundation"}


def _named_before(head: str, before: str, names: Names) -> Claimant | None:
    """The body the text named before with a name that ends on ``head`` ("the UN Human Rights Monitoring Mission" for "the
    Mission"), as the ledger knows it or proposed; None where it named none."""
    if head.lower() not in _BODY_HEADS:
        return None
    named = list(rx.finditer(rf"\b(\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w’'-]*\s+){{0,3}}|"
                             rf"(?:[A-Z][\w’'-]*\s+)(?:(?:[A-Z][\w’'-]*|of|for|on|and|the|de|[a-z]+)\s+){{0,5}}?)(?i:{head})\b", before))
    if not named:
        return None
    name = rx.sub(r"^(?:The|A|An)\s+", "", named[-1].group().strip())
    if not rx.search(r"[A-Z]", name[1:]) and len(name.split()) < 3:
        return None  # "The battalion": nobody named
    known = next((m for m in mentions(name, names)), None)
    if known is not None:
        return Claimant(known.source_id, "inferred_from_context", known.written, [], _proposal(known, names))
    kind = next((k for pattern, k in ORGANISATION_KINDS if rx.search(pattern, name)), "military_unit" if rx.search(
        r"battalion|brigade|regiment|unit|detachment|company|division|corps|command", name, re.I) else "think_tank")
    claimant = _named_body(_slug(name)[:48], name, name, kind, _country_named(name), names)
    return replace(claimant, attribution="inferred_from_context")


def _head_word(c: Claimant) -> str:
    """The last word of a claimant's name ("monitor" of "the Baltic Defence Monitor"), without a bracketed acronym."""
    name = rx.sub(r"\s*\([^)]*\)", "", (c.proposed or {}).get("name", "") or c.written)
    name = rx.split(r"\s+(?:in|inside|within|from|close to|near)\s+", name)[0]  # "source" of "Source in Ryanggang Province"
    words = rx.findall(r"[A-Za-z]+", name)
    return words[-1].lower() if words else ""


#: A document or a speaker that says something else first and the figure after a comma, in a participle: "The deck is blunter
#: about Russia's own losses, estimating that some 38,000 …", "she was more cautious, saying only that …".
_GOES_ON_TO = r"(?:\s+(?:is|was|are|were|goes|went|gives|gave|turns|turned)\b[^.;:“\"\d]{1,90}?)?,\s+(?:estimating|saying|putting|" \
    r"counting|stating|concluding|noting|adding|projecting|warning|reckoning)\b"
#: Who "it" and "the report" are, when no kind above answers: the last body (not a person) that made a claim ("The Center
#: assessed …"; "It also counts about 200 … as missing"; "The report puts the number … at fewer than 20").
#: A part of a document that speaks for its author: "Slide 6 estimates", "A chart on slide 8, which …, attributes", "Another slide
#: warns": the body whose document the text named ("A 14-slide DIA briefing obtained by …"), else the last body that claimed.
DOCUMENT_PART = re.compile(rf"\b(?:[Ss]lide|[Pp]age|[Tt]able|[Cc]hart|[Aa]nnex) \d+\s+(?:also\s+)?(?:{SPEECH}|shows|attributes|warns|gives|"
                           rf"sets out)\b|"
                           rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother|[Aa]) (?:same |[\w-]+ )?(?:deck|slide|chart|table|graphic|"
                           rf"presentation)\b(?: on (?:slide|page) \d+)?(?:,[^,]{{1,90}},)?\s+(?:also\s+)?"
                           rf"(?:{SPEECH}|shows|attributes|warns)\b|"
                           rf"\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:same |[\w-]+ )?(?:deck|slides?|chart|table|presentation)\b{_GOES_ON_TO}")
_DOCUMENT_OF = re.compile(r"\s+(?:[\w-]+\s+)?(?:briefing|slides?|deck|report|assessment|document|paper|memo|presentation)\b", re.I)
BODY_ANAPHORA = re.compile(rf"\bit\s+(?:also\s+|further\s+|now\s+|then\s+)?(?:{SPEECH}|starts|records|lists|counts|tracks|"
                           rf"projects|forecasts|warns|finds|found)\b|(?:^|[,;:—]\s*)its\s+(?:also\s+)?(?:{SPEECH})\b|"
                           rf"\b[Ii]ts\s+(?:own\s+)?(?:analysts|researchers|experts|authors|staff|monitors|investigators)\s+(?:also\s+)?"
                           rf"(?:{SPEECH})\b|"
                           rf"\b(?:{SPEECH})\s+it\b(?!\s+(?:mildly|bluntly|simply|another way))|"
                           rf"\b(?:the|this|that|one|another) (?:same |[\w-]+ )?"
                           rf"(?:report|statement|assessment|document|study|update|paper|analysis|register|tally|bulletin|briefing|post|"
                           rf"estimate)\b(?:['’]s)?(?:,[^,]{{1,90}},)?\s+(?:also\s+)?(?:{SPEECH}|records|lists|counts|projects|forecasts|"
                           rf"warns|finds|found|estimates|includes)\b|"
                           rf"\b(?:the|this|that) (?:same )?(?:report|statement|assessment|document|study|update|paper|analysis|"
                           rf"bulletin|briefing|estimate)\b{_GOES_ON_TO}|\b(?:according to|per) (?:the|that) (?:same )?(?:report|statement|"
                           rf"assessment|document|study|update|analysis|register|post|briefing|bulletin|(?:white )?paper)\b", re.I)
#: The voice of a military bulletin, which an outlet never takes as its own: "the enemy lost up to 220 servicemen", "liquidated
#: more than 40 militants", "our birds destroyed 214 militants": the body whose bulletin the text retells, named before.
BULLETIN_VOICE = re.compile(r"\bthe enemy\b|\bliquidat\w*|\bmilitants\b|\bneo-Nazi|\bKyiv regime\b|\bmercenaries\b|"
                            r"\binflicted losses\b|\blaid down their arms\b|\bour (?:birds|crews|pilots|units|fighters)\b", re.I)
#: "she recalled", "he estimated" after a speaker who is no named person ("A Western official … told me"): that speaker.
PRONOUN_SPEECH = re.compile(rf"\b(?:he|she)\s+(?:also\s+|later\s+|then\s+)?(?:{SPEECH}|recalled|thought|added)\b|"
                            rf"\b(?:{SPEECH})\s+(?:he|she)\b|\b(?:he|she)\b{_GOES_ON_TO}", re.I)


# --- figures ----------------------------------------------------------------------------------------------------

@dataclass
class Figure:
    start: int
    end: int
    reading: quantities.Reading | None
    value: float
    counted_in: str = "people"
    qualifier: str = ""
    bounds: tuple = ("", "", "")


def _not_a_count(sentence: str, start: int, end: int) -> bool:
    before, after = sentence[max(0, start - 14):start], sentence[end:end + 14]
    token = sentence[start:end]
    people_follow = rx.match(rf"\s+(?:[\w’'-]+\s+){{0,2}}?(?:{PEOPLE})\b", sentence[end:end + 40], re.I)
    if rx.fullmatch(r"(1[89]|20)\d\d", token) and not people_follow:
        return True  # a year, unless people follow it ("2000 soldiers were killed")
    if rx.search(rf"\b(?:{MONTHS})\.? ?$", before) or rx.match(r",? ?(1[89]|20)\d\d", after) \
            or rx.match(rf"(?:\s*(?:to|and|-|–)\s*[0-3]?\d)?\s+(?:{MONTHS})\b", sentence[end:end + 20]) \
            and rx.fullmatch(r"[0-3]?\d", token):  # a date: "Jan. 6", "6 January", "the week of 6 to 12 January"
        return True
    if rx.search(r"[$€£¥]\s?$|\bday\s+$|\bNo\.\s?$", before):  # money, "day 1,093"
        return True
    if rx.search(r"\b(?:[Tt]able|[Pp]age|[Pp]p?\.|[Cc]hart|[Ff]igure|[Ff]ig\.|[Aa]nnex|[Aa]ppendix|[Ss]lide|[Ss]ection|[Cc]hapter|"
                 r"[Pp]aragraph|[Ee]pisode|[Pp]art|[Ii]tem|[Pp]ost)\s+$", before):
        return True  # a part of a document: "according to Table 3 on page 9", "Post 4"
    if rx.search(r"\b(?:one|1)\s+to\s+$", before, re.I) and rx.search(r"\bratio\b", sentence[max(0, start - 80):start], re.I) \
            or rx.match(r"\s+to\s+(?:one|1)(?!\d|[,.]\d)\b", after, re.I):
        return True  # a ratio: "the killed-to-wounded ratio …, roughly one to eight", "three to one"
    if rx.search(r"\d\s?:\s?$", before) or rx.match(r"\s?:\s?\d", after):
        return True  # a ratio or a time: "a 3:1 ratio of wounded to killed", "at 7:10"
    if _exchanged_or_honoured(sentence, start):
        return True
    if rx.search(r"(?:\b(?:per ?cent|percent|half|most|many|some|all|none|a third|a quarter|them|whom)\s+(?:were|was|are|is)|"
                 r"%\s+(?:were|are)|\baged)\s+(?:under|over|below|above)\s+$", sentence[max(0, start - 30):start], re.I) \
            and not people_follow:
        return True  # an age: "38 per cent were under 30"
    if rx.match(r"\s+(?:[\w-]+\s+)?(?:(?:relatives|families|widows|orphans|parents|mothers|wives|children)\s+of\b|"
                r"(?:relatives|families|widows|widowers|orphans|households|next of kin)\b(?!(?:\s+[\w-]+){0,3}?\s+(?:that|whose|who)\b))",
                sentence[end:end + 40], re.I) \
            or rx.search(r"\b(?:families|relatives|widows|parents|mothers|wives)\b[^.;]{0,40}\bof the\s+$",
                         sentence[max(0, start - 60):start], re.I):
        return True  # the bereaved, not the dead: "3,204 relatives of fallen defenders received support", "families of the 640 missing"
    if rx.search(r"\b(?:displaced|evacuated|evacuees|refugees|who fled|made homeless)\b(?:(?!\b(?:killed|dead|died|wounded|"
                 r"injured|casualties|losses)\b)[^.;])*$", sentence[max(0, start - 90):start], re.I):
        return True  # the displaced: "the number of people displaced from the border districts … had passed 150,000"
    if rx.match(r"\s+(?:sides|parties|countries|nations|governments|capitals|leaders|allies)\b", sentence[end:end + 20], re.I):
        return True  # "the two sides swapped 150 prisoners each": who, not whom
    if rx.search(r"\b(?:drone|tank|vehicle|artillery|aircraft|helicopter|equipment|missile|ship|boat)s?\s+losses\b[^.;]{0,40}$",
                 sentence[max(0, start - 60):start], re.I):
        return True  # equipment lost: "Drone losses rose by 96 to 24,806"
    if rx.search(r"\bhow many (?:of )?(?:the |those |these |its |their )?$", sentence[max(0, start - 30):start], re.I):
        return True  # the whole a question is asked of: "will not tell the public how many of the 2,420 died to drones"
    if rx.search(r"\b(?:hotline|helpline|phone line|telephone(?: number)?)\b[^.;\d]{0,12}$", sentence[max(0, start - 20):start], re.I):
        return True  # a phone number: "call the ministry's hotline, 1548"
    if rx.search(r"\b(?:poll|survey|surveyed|respondents)\b", sentence, re.I) and rx.search(
            r"(?:\b(?:per ?cent|percent)|%|\b(?:most|half|a (?:third|quarter|majority|minority)))\s+(?:of\s+(?:[\w’'-]+\s+){0,4}?)?"
            r"(?:believed?|believes|thought|think|thinks|said|say|says|expected|expect|guessed|estimated)\b[^.;]*$",
            sentence[max(0, start - 150):start], re.I):
        return True  # what a poll's respondents believe: "62 per cent of South Koreans believed more than 10,000 … had died"
    if rx.search(r"\bsample of\s+(?:about\s+|some\s+)?\d", sentence, re.I):
        return True  # a statistical sample, and the counts within it: "in a validation sample of 300 soldiers …, 171 had an obituary"
    if rx.match(r"\s+(?:people|persons|sources|officials|diplomats|officers)\s+(?:familiar|with (?:direct )?knowledge|briefed on|close to)",
                sentence[end:end + 40], re.I):
        return True  # "three people familiar with the matter said": who speaks, not who was lost
    if rx.match(r"\s+(?:senior\s+)?(?:(?:South Korean|[A-Z][\w.]*)\s+)?(?:intelligence\s+|military\s+|defen[cs]e\s+|government\s+|"
                r"security\s+)?(?:officials|diplomats|sources)\b(?!\s+(?:were|had been|have been)\s+(?:killed|wounded|hurt))",
                sentence[end:end + 60]) and rx.fullmatch(r"[A-Za-z]+|\d", token):
        return True  # "according to two U.S. officials and a European diplomat": how many speak
    if rx.search(r"\b(?:youngest|oldest|aged|ages? of|average age)\b[^.;]{0,30}$", sentence[max(0, start - 40):start], re.I):
        return True  # ages: "the youngest of the named dead was 18, the oldest 63"
    if rx.match(r"[”\"’]?\s+(?:(?:is|was|are|means)\s+(?:our|their|the|a)\s+(?:\w+\s+)?(?:word|term|code|slang)|for (?:the )?"
                r"(?:killed|wounded|dead|missing)\b)", sentence[end:end + 40], re.I):
        return True  # a word defined: "“two hundred” is our word for killed"
    if EQUIPMENT.match(sentence[end:end + 60]):
        return True  # "247 infantry fighting vehicles", "around 190 armoured vehicles"
    if rx.match(r"\s*(?:million|m|thousand|bn|billion)\s+(?:roubles|rubles|dollars|euros|won|hryvnias?|yen|pounds)\b",
                sentence[end:end + 40], re.I):
        return True  # money: "a payment of 1 million roubles"
    if rx.search(r"\b(?:groups|teams|pairs|waves) of\s+(?:up to\s+|about\s+)?$", sentence[max(0, start - 20):start], re.I):
        return True  # the size of the groups they move in ("in groups of three or four"), not a loss
    if rx.match(r"\s+(?:[\w-]+\s+){0,4}for (?:every|each)\b", sentence[end:end + 60], re.I):
        return True  # a ratio: "about three wounded for every one killed", "two to four wounded for every soldier killed"
    if rx.match(r"\s+(?:in|out of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", sentence[end:end + 20], re.I) \
            or rx.search(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:in|out of)\s+$", before, re.I):
        return True  # a share: "three in four of the wounded never return to the line"
    if rx.search(r"\b(?:asked|wondered|questioned)\s+(?:\w+\s+)?(?:whether|if)\b(?:(?!\b(?:said|says|replied|answered|told)\b)[^.;?])*$",
                 sentence[:start], re.I):
        return True  # a question put: "Solomin then asked whether it was true … that thousands of Koreans had died"
    if rx.search(r"\b(?:talk|rumou?rs|gossip)\s+of\s+[“\"‘']?(?:[\w-]+\s+){0,2}$", sentence[max(0, start - 40):start], re.I) \
            or rx.search(r"\bthe (?:figure|number|claim|total) of\s+[“\"‘']?$", before, re.I) \
            and rx.match(r"[^.;]{0,30}?\b(?:circulating|doing the rounds|going around|shared|spreading)\b", sentence[end:], re.I):
        return True  # talk no one claims: "talk of “thousands of Korean dead” was “a fairy tale”", "the figure of 10,000 dead circulating
        # online"
    if rx.match(r"\s+(?:people|mourners|residents|villagers|relatives|guests|others)?\s*(?:attended|gathered|came to|turned out)\b",
                sentence[end:end + 40], re.I) \
            or rx.search(r"\b(?:room|space|capacity|places?|plots?)\s+for\s+(?:up to\s+|about\s+|another\s+)?$", before, re.I):
        return True  # an audience or a capacity: "More than 500 people attended the funeral", "room for 3,000 more graves"
    if rx.match(r"\s+(?:bodies|agencies|organi[sz]ations|institutions|outlets|governments|offices)\s+(?:\w+\s+)?"
                r"(?:publish|issue|release|keep|give|track|produce|compile|put out|report)\b", sentence[end:end + 50], re.I):
        return True  # "Three bodies publish figures": how many count, not who was lost
    if rx.match(r"\s+(?:active(?:-duty)?\s+(?:troops|soldiers|personnel|servicemen)|(?:people|men|troops) (?:in uniform|under arms))\b",
                sentence[end:end + 40], re.I) or \
            rx.search(r"\b(?:army|armed forces|military)\s+(?:numbers|totals|has|of)\s+(?:roughly|about|some|around|an estimated|"
                      r"nearly)?\s*$", sentence[max(0, start - 50):start], re.I):
        return True  # a whole army's strength ("the Korean People's Army numbers roughly 1.3 million active troops")
    return bool(rx.match(r"(?:st|nd|rd|th)\b|%|[-‑–]years?[-‑–]olds?\b|"
                         r"\s*(?:percent|per cent|km|kilomet|miles?|metres|meters|years?|months?|weeks?|days?|hours?|"
                         r"minutes?|times|missiles?|drones?|tanks?|villages?|vehicles?|pieces|shells|launchers?|aircraft|"
                         r"dollars|euros|won|rubles|billion|bn|trillion|names? of (?!the fallen)|kg|tonnes|tons|interviews?|exchanges?|"
                         r"incidents?|videos?|posts?|documents?|briefings?|pages?|sources|cemeteries|sites|locations|hospitals|regions|"
                         r"provinces|countries|towns|settlements|ambulances|buses|trucks|cars|trains|convoys|beds|stretchers|"
                         r"flights|letters|photos|photographs|clips|periods|rows|phases|stages|rounds|"
                         # things counted beside losses: "damaged 14 houses", "scored 23 league goals", "repelled 19 assaults"
                         r"houses|homes|buildings|apartments|flats|positions|strongpoints|(?:[a-z]+ )?goals|seasons|shirts|matches|games|"
                         r"points|trenches|"
                         r"dugouts|bridges|roads|hectares|acres|shifts|sorties|missions|raids|rockets|mines|bombs|bullets|flags|calls|"
                         r"messages|applications|requests|trials|hearings|sessions|meetings|votes|seats|episodes|chapters|articles|"
                         r"stories|followers|subscribers|views|assaults|attacks|strikes|waves|kilograms|kilos|kg|tonnes|tons|litres|"
                         r"liters|kilometres|kilometers|km|miles|metres|meters)\b", sentence[end:end + 30], re.I)
                # "differ by a factor of three", "by a factor of nearly two"
                or rx.search(r"\bfactor of\s+(?:(?:nearly|about|almost|roughly|some|more than|over)\s+)?$",
                             sentence[max(0, start - 30):start], re.I))


#: Weapons named with a word or two before their noun ("infantry fighting vehicles", "field artillery guns"): never people.
EQUIPMENT = re.compile(r"\s+(?:(?:infantry|armou?red|combat|fighting|motor|military|field|artillery|air|defen[cs]e|rocket|multiple|"
                       r"self-propelled|attack|light|heavy|main|battle|transport|utility|towed|anti-tank|anti-aircraft)\s+){1,2}"
                       r"(?:vehicles|tanks|guns|systems|launchers|drones|aircraft|helicopters|boats|howitzers|mortars|carriers|pieces)\b",
                       re.I)


def _exchanged_or_honoured(sentence: str, start: int) -> bool:
    """People a prisoner exchange returned, or who attended a ceremony or were decorated: never losses."""
    if rx.search(r"\b(?:have|has|had)\s+(?:now\s+|also\s+)?(?:exchanged|swapped|traded|released|repatriated)\s+"
                 r"(?:(?:more than|about|some|over|nearly|roughly|around|at least)\s+)?$", sentence[max(0, start - 50):start], re.I):
        return True  # "Russia and Ukraine have exchanged more than 1,000 prisoners since January": the sides freed them
    # up to the verb that returns them, no other fate in between ("19 … taken prisoner, 11 of whom returned home" is a loss)
    if rx.match(r"(?:(?!taken prisoner|of whom|of them|killed|wounded|missing)[^.;]){0,70}?\b"
                r"(?:(?:were|was|(?:have|has|had)(?:\s+(?:since|now|already|also|all))?\s+been)\s+(?:released|exchanged|returned|"
                r"swapped|freed|repatriated|handed over)|"
                r"(?:have|has|had)\s+(?:come|returned) home|came home|returned home|"
                r"(?:have|has|had)\s+brought home|brought home|"
                r"(?:prisoners?(?: of war)?|POWs|captives)\s+(?:who were\s+)?(?:released|freed|exchanged|swapped|repatriated|returned))\b",
                sentence[start:], re.I) and rx.search(r"\bexchanges?\b|\bswap(?:s|ped)?\b|\breleased\b|\brepatriat", sentence, re.I):
        return True  # "… in which a total of 347 prisoners were released"
    if rx.search(r"\b(?:released|exchanged|swapped|returned|freed|handed over|repatriated|hand|hand over|transfer|swap|exchange|"
                 r"brought home|bring home|brings home|"
                 r"in exchange for|swapping|exchanging|releasing|returning|freeing|handing over|repatriating|trading|traded)"
                 r"\s+(?:\w+\s+)?$",
                 sentence[max(0, start - 30):start], re.I):
        return True  # "Russia and Ukraine each released 390 prisoners"
    if rx.search(r"\b(?:among (?:them|whom)|including)\s+(?:some\s+|about\s+|around\s+)?$", sentence[max(0, start - 20):start], re.I) \
            and rx.search(r"\b(?:released|exchanged|swapped|freed|returned|repatriated|handed over)\s+(?:\w+\s+){0,2}?\d[\d,]*\s+"
                          r"(?:\w+\s+)?(?:prisoners|POWs|captives|servicemen|soldiers)\b|"
                          r"\d[\d,]*\s+(?:\w+\s+)?(?:prisoners|POWs|captives|servicemen|soldiers)\s+(?:have\s+|had\s+)?"
                          r"(?:returned|came) home\b",
                          sentence[:start], re.I):
        return True  # a part of those an exchange returned: "each freed 246 prisoners of war in an exchange …, among them 31 soldiers"
    if rx.match(r"(?:[^.;]){0,60}?\b(?:received|were awarded|were given|were presented with|were decorated with)\s+(?:the|an?)\s+"
                r"(?:[\w’'-]+\s+){0,3}?(?:Order|[Mm]edals?|awards?|[Tt]itle|decorations?|[Hh]ero)\b", sentence[start:]) \
            and not any(not rx.search(r"\b(?:without|not|no)\b[^.;]{0,12}$", sentence[:p.start()], re.I)
                        for p in rx.finditer(r"posthumous", sentence, re.I)):
        return True  # "Another 38 soldiers on the list received the Order of the National Flag" (not "… posthumously": the dead)
    earlier = sentence[max(0, start - 200):start]
    honour = rx.search(r"\b(?:present at|attended by|in attendance|conferred on|awarded to|decorated|presented to|took part in the "
                       r"(?:ceremony|parade))\b", earlier, re.I)
    return bool(honour and not rx.search(rf"\b(?:killed|lost|died|wounded|captured|casualties|losses|given their lives|{SPEECH})\b",
                                         earlier[honour.end():], re.I)
                # (the honoured dead: "awarded to 10 soldiers who “fell in the battle”")
                and not rx.match(r"\S+(?:\s+\w+){0,3}?\s+who\s+[“\"‘']?(?:fell|died|perished|were killed|gave their lives)\b",
                                 sentence[start:], re.I))


@lru_cache(maxsize=8)
def _whole_words(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Each lexicon phrase as a compiled pattern of whole words, once per lexicon."""
    # (a phrase that ends in a sign ends where the sign does: "1,200+")
    return tuple(re.compile(r"\b" + p + (r"\b" if re.search(r"\w\)?$", p) else r"(?!\w)"), re.IGNORECASE) for p in patterns)


def figures_in(sentence: str, phrases: list[quantities.Phrase], table: bool = False) -> list[Figure]:
    """Figures of people in a sentence, each with its lexicon reading (None: a bare number); in a table's row (``table``), its
    bare numbers too, which the table's heading says are people."""
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    for m in SHARE.finditer(sentence):  # shares first: "nearly 35%" is a share, not "nearly 35" people
        if not m.group().strip() or not free(m.start(), m.end()):
            continue
        if not _a_share_of_losses(sentence, m.start(), m.end()):
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        value = float(m.group("n")) if m.group("n") else 50.0 if m.group("half") or m.group("most") else \
            100 * WORD_VALUES[m.group("of").lower()] / WORD_VALUES[m.group("in").lower()] if m.group("in") else \
            100 * ({"a": 1, "an": 1, "one": 1}.get(m.group("k").lower(), WORD_VALUES.get(m.group("k").lower(), 1))
                   * float(FRACTION_WORDS[m.group("fr").lower()]))
        value = round(value, 2)
        q = (m.group("q") or "").lower()
        qualifier = {"more than": "more_than", "over": "more_than", "up to": "at_most", "at least": "at_least", "as many as": "at_most",
                     "just shy of": "fewer_than", "shy of": "fewer_than", "just under": "fewer_than", "fewer than": "fewer_than",
                     "less than": "fewer_than"}.get(
            q, "approximate" if q else "more_than" if m.group("most") else "exact")  # "most of the contingent": more than half
        v = f"{value:g}"
        bounds = {"exact": (v, v, v), "approximate": ("", v, ""), "more_than": (v, "", ""), "at_least": (v, "", ""),
                  "at_most": ("", "", v), "fewer_than": ("", "", v)}[qualifier]
        found.append(Figure(start, m.end(), None, value, "percent_of_force", qualifier, bounds))
        taken.append((start, m.end()))
    for m in FORMATION.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        if not rx.search(r"\b(?:destroyed|wiped out|lost|eliminated|killed|annihilated|routed|destruction|destroying|wiping out|"
                         r"crushed|ceased to exist|decimated|obliterated|smashed|combat[- ]ineffective|put out of action|losses|loss|"
                         r"inflicted|hit|cost|costing|ground down)\b",
                         sentence[max(0, m.start() - 160):m.end() + 90], re.I):
            taken.append((m.start(), m.end()))  # "sent two brigades": formations, never a count of people
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        n = m.group("n").lower()
        value = float({"a": 1, "an": 1}.get(n, WORD_VALUES.get(n, 0)) or int(n))
        q = (m.group("q") or "").lower()
        qualifier = {"up to": "at_most", "at least": "at_least", "more than": "more_than"}.get(q, "approximate" if q else "exact")
        v = f"{value:g}"
        bounds = {"exact": (v, v, v), "approximate": ("", v, ""), "more_than": (v, "", ""), "at_least": (v, "", ""),
                  "at_most": ("", "", v)}[qualifier]
        word = m.group("f").lower().rstrip("s")
        unit = FORMATION_WORDS.get(word, FORMATION_WORDS.get(word.replace("companie", "company"), "companies"))
        found.append(Figure(start, m.end(), None, value, unit, qualifier, bounds))
        taken.append((start, m.end()))
    for m in _DASH_RANGE.finditer(sentence):  # "50–70 a day", "11,000–12,000 troops": a range written with a dash
        a, b = (int(m.group(k).replace(",", "")) for k in ("a", "b"))
        if not free(m.start(), m.end()) or a >= b or (1900 <= a <= 2100 and 1900 <= b <= 2100) \
                or rx.match(rf"\s*(?:{MONTHS})\b", sentence[m.end():]) or _not_a_count(sentence, m.start("b"), m.end("b")):
            continue  # (years, and days of a month: "6–12 January")
        reading = quantities.Reading("{N}–{M}", "range", a, None, b, "a range written with a dash: both ends as stated")
        found.append(Figure(m.start(), m.end(), reading, float(a)))
        taken.append((m.start(), m.end()))
    for p, whole in zip(phrases, _whole_words(tuple(p.pattern.pattern for p in phrases))):
        # longest phrases first: "no more than {N}" before "more than {N}"
        for m in whole.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            end, n_end = m.end(), (m.end("N") if "N" in m.groupdict() and m.group("N") else None)
            trail = rx.search(r"(?:\s+(?:and|a))+$", m.group("N")) if n_end == m.end() else None
            if trail:  # "well over a thousand a day": the phrase ends before the "a" of "a day"
                end = n_end = m.end() - len(trail.group())
            reading = p.read(sentence[m.start():end])
            if reading is None:
                continue
            if n_end is not None and _not_a_count(sentence, m.start("N"), n_end) or _exchanged_or_honoured(sentence, m.start()) \
                    or n_end is None and _not_a_count(sentence, m.start(), end):  # (a phrase with no number: "thousands")
                continue
            if m.groupdict().get("M") and _not_a_count(sentence, m.start("M"), m.end("M")):
                continue  # "the week of 6 to 12 January": dates, not a range of people
            if m.groupdict().get("M") and rx.search(r"\b(?:revised|raised|lowered|rose|risen|fell|fallen|climbed|increased|cut|grew|"
                                                    r"jumped|dropped|went|changed|corrected)\b[^.;]{0,40}\bfrom\s+$|"
                                                    r"\b(?:rose|risen|fell|fallen|climbed|increased|grew|jumped|dropped)\s+by\s+$",
                                                    sentence[:m.start()], re.I):
                continue  # "revised the next day from 180 to 240": two figures, the old and the new, never a range
            if reading.low is not None and reading.high is not None and reading.low > reading.high:
                continue  # "three to one": a ratio, never a range running down
            value = reading.best or reading.low or reading.high or 0
            found.append(Figure(m.start(), end, reading, value))
            taken.append((m.start(), end))
    for m in rx.finditer(rf"(?<![\w,.]){quantities.NUMBER}(?:\s+dozen)?(?![\w]|,\d)", sentence, re.IGNORECASE):
        lead = rx.match(r"(?:(?:and|a)\s+)+", m.group(), re.IGNORECASE)  # "and two": the figure is "two"
        trail = rx.search(r"(?:\s+(?:and|a))+$", m.group(), re.IGNORECASE)  # "a thousand a day": the figure is "a thousand"
        start = m.start() + (lead.end() if lead else 0)
        stop = m.end() - (len(trail.group()) if trail else 0)
        if stop <= start:
            continue
        text = sentence[start:stop]
        one_soldier = text.lower() == "one" and rx.match(r"\s+(?:[\w’'-]+\s+){0,2}?(?:soldier|serviceman|fighter|prisoner|officer|"
                                                        r"marine|paratrooper|conscript)\b", sentence[stop:stop + 40], re.I)
        if not text or text.lower() in ("and", "a", "one") and not one_soldier or not free(start, stop) \
                or _not_a_count(sentence, start, stop):
            continue
        values = numbers_in(text)
        if len(values) != 1:
            continue
        found.append(Figure(start, stop, None, float(next(iter(values)))))
        taken.append((start, stop))
    for m in rx.finditer(r"\bboth\b(?=\s+(?:had\s+|have\s+)?been\s+(?:killed|wounded|captured))|(?<=\bwere )both\b(?=\s+(?:killed|"
                         r"wounded|captured))", sentence, re.I):
        if free(m.start(), m.end()):
            found.append(Figure(m.start(), m.end(), None, 2.0))
    kept: list[Figure] = []
    civilian_end = None
    for f in sorted(found, key=lambda f: f.start):
        if _of_another_war(sentence, f):
            continue  # "I once commanded 600 soldiers in Iraq and lost eleven of them": outside the ledger's conflicts
        if _civilians_only(sentence, f):
            civilian_end = f.end
            continue
        if civilian_end is not None and f.start - civilian_end <= 120 and not rx.search(rf"[.;]|\b(?:{MILITARY})\b",
                                                                                       sentence[civilian_end:f.end + 25], re.I) \
                and rx.search(r"\band\b|,", sentence[civilian_end:f.start]):
            continue  # "142 civilians have been killed in the region and 613 wounded": the civilians still

        if f.counted_in != "people" or _counts_people(sentence, f) or _continues(sentence, kept, f) \
                or table and not rx.match(r"\s*(?:%|per ?cent|km|kilomet|square|miles|years?|\$|bn|million)", sentence[f.end:], re.I):
            kept.append(f)
    return kept


_DASH_RANGE = re.compile(r"(?<![\w,.])(?:(?:about|around|roughly|some|approximately|an estimated)\s+)?(?P<a>\d{1,3}(?:,\d{3})+|\d+)"
                         r"\s?[-–—]\s?(?P<b>\d{1,3}(?:,\d{3})+|\d+)(?![\w]|,\d|[-–])", re.I)
CIVILIANS = r"civilians?|residents|villagers|inhabitants|children|non-combatants"
MILITARY = (r"soldiers?|troops?|marines?|servicem[ae]n|service ?members?|personnel|fighters?|combatants|conscripts|officers|"
            r"generals|infantry(?:men)?|paratroopers|mercenaries|sailors|pilots|military operation|in combat|in action|at the front|"
            # residents who fell as soldiers: "212 residents of the district have been killed serving in the armed forces"
            r"serving in the (?:armed forces|army|military)|in uniform|on the front(?: line)?|mobili[sz]ed|contract soldiers?")


#: Wars neither of the ledger's conflicts holds (the Russia–Ukraine war, the Korean conflict), named as where losses were.
OTHER_WARS = (r"Iraq|Afghanistan|Vietnam|Chechnya|Syria|Libya|Bosnia|Kosovo|the Falklands|World War (?:I|II|One|Two)|"
              r"(?:the )?(?:First|Second) World War|the Great Patriotic War|the Gulf War|the Winter War")
_OTHER_WAR = re.compile(rf"\b(?i:in|during|of|from)\s+(?:the\s+(?:war|fighting)\s+in\s+)?(?:{OTHER_WARS})\b")


def _of_another_war(sentence: str, f: Figure) -> bool:
    """A figure in a clause that names another war as where it happened ("lost about 15,000 soldiers in Afghanistan", "I once
    commanded 600 soldiers in Iraq and lost eleven of them"): no loss of the ledger's conflicts."""
    bounds = [0, *(m.start() for m in _COMPARED_CLAUSE.finditer(sentence)), len(sentence)]
    start = max(b for b in bounds if b <= f.start)
    end = min(b for b in bounds if b >= f.end)
    return _OTHER_WAR.search(sentence[start:end]) is not None


#: Where one clause of a comparison ends: "roughly 500 a month in Kursk, against a Soviet average of 125 in Afghanistan".
_COMPARED_CLAUSE = re.compile(r"[;:]|,\s+(?:against|compared|versus|while|whereas|but|far|more|less|than)\b|\s+(?:than|against|versus)\s")


def _about_civilians_only(sentence: str) -> bool:
    """The sentence names civilians and no soldier."""
    return bool(rx.search(rf"\b(?:{CIVILIANS})\b", sentence, re.I)) and not rx.search(rf"\b(?:{MILITARY})\b", sentence, re.I)


def _civilians_only(sentence: str, f: Figure) -> bool:
    """A figure of civilians in a sentence that counts no soldier: not a military loss, so no row ("four civilians were
    killed by shelling"); civilians beside soldiers stay ("killed two Marines and two civilians")."""
    after = sentence[f.end:f.end + 60]
    if not _about_civilians_only(sentence):
        return False
    civilians = rx.match(rf"[”\"’']?\s+(?:[\w’'.-]+\s+){{0,3}}?(?:{CIVILIANS})\b|\s+names?,\s+all of them (?:{CIVILIANS})\b", after, re.I)
    # or a figure with no people of its own in a sentence whose only people are civilians ("killed four civilians and injured 19")
    # (or only a word of harm after it: "… had been killed since the start of the year and 118 wounded")
    bare = (not rx.match(rf"[”\"’']?\s+(?:[\w’'.-]+\s+){{0,3}}?(?:{PEOPLE})\b", after, re.I)
            or rx.match(r"[”\"’']?\s+(?:wounded|injured|hurt|killed|dead|missing)\b", after, re.I)) \
        and rx.search(rf"\b(?:{CIVILIANS})\b", sentence[:f.start], re.I)
    # or people of no kind, where the sentence's only people named are civilians ("Civilians have also paid: … strikes killed
    # 11 people in neighbouring Sumy region")
    plain = rx.match(r"[”\"’']?\s+(?:people|persons|others)\b", after, re.I)
    return bool(civilians or bare or plain)


def _continues(sentence: str, kept: list[Figure], f: Figure) -> bool:
    """A figure that continues a list begun by a figure of people: "about 1,100 casualties in late December, roughly 3,000
    by late January and some 4,700 by April", "about 12,000 were sent …, and a further 3,000 or so followed"."""
    people = [k for k in kept if k.counted_in == "people"]
    if not people:
        return False
    between = sentence[people[-1].end:f.start]
    if RATE.match(sentence[f.end:]) and len(between) <= 80 and (rx.search(r",\s*or\s+$", between) or RATE.match(
            sentence[people[-1].end:]) and rx.search(r"(?:,\s*|\s)(?:or|and|to)\s+$", between)):
        return True  # "roughly 2,500 a week, or about 350 a day"
    return len(between) <= 90 and bool(rx.search(r",\s|\band\b|\s[—–]\s", between)) and not rx.search(r"[;:]", between) \
        and bool(rx.match(r"\s*(?:by|in|as of|on|at|or so|followed|expected|were|was|had|more|between|from|during|over|since|"
                          r"through|[,.;—–]|$)", sentence[f.end:], re.I))


def _a_share_of_losses(sentence: str, start: int, end: int) -> bool:
    """A percentage or fraction that is a share of a force's losses ('nearly 35% losses', 'a third of the force')."""
    if rx.search(r"\b(?:loss|casualty|attrition) rate (?:of|at)\s+$|\bthe share (?:is|was|stands at|comes to)(?: still| now)?\s+$",
                 sentence[max(0, start - 40):start], re.I):
        return True  # "a loss rate of close to 50 percent"
    window = sentence[max(0, start - 80):end + 160]
    return bool(rx.search(rf"\b(?:{LOSS_NOUNS}|lost|losing|loses|lose|out of action|no longer fit for (?:combat|action)|"
                          r"(?:can|could) no longer fight|no longer able to fight)\b", window, re.I)
                and rx.search(rf"\b(?:{FORCE_WORDS})\b", window, re.I)
                or rx.match(r"\s*(?:losses|casualties)\b", sentence[end:end + 15], re.I))


_LABEL = re.compile(r"^(?:\d{1,2}[:.]\d\d\s*[—–-]\s*)?(?P<label>[A-Z][^:;.!?\"“”]{0,70}):\s*$")


def _label(sentence: str, at: int) -> str | None:
    """The label of a list line whose figure follows its colon ("Killed: at least 100", "Losses per day at the peak: up to
    200"), when the label names a loss or troops; else None."""
    m = _LABEL.match(sentence[:at])
    if not m or not any(label and rx.search(rf"\b(?:{pattern})\b", m.group("label"), re.I) for pattern, label in MEASURES):
        return None
    return m.group("label")


def _counts_people(sentence: str, f: Figure) -> bool:
    after = sentence[f.end:f.end + 60]
    before = sentence[max(0, f.start - 160):f.start]
    if rx.match(rf"[”\"’']?\s+(?:[\w’'.-]+\s+){{0,4}}?[\"“‘']?(?:{PEOPLE})\b", after, re.IGNORECASE):
        return True
    if rx.search(r"[:;]\s*(?:[A-Z][\w’'-]*\s+){0,3}(?:killed|dead|wounded|missing|captured|casualties|losses)"
                 r"(?:,?\s+(?:wounded|missing|captured|or|and))*,\s*$", before):
        return True  # a list of labelled figures: "Nordlys's own ranges: North Korean killed, 1,100 to 1,600; killed, wounded or
        # missing, 4,500 to 6,000"
    if rx.match(r"\s+(?:[A-Z][\w’'-]+\s+){0,2}[\"“‘']?(?:losses|casualties|deaths|fatalities|dead)\b", after):
        return True  # "claimed 1,140 Russian losses across the whole front", "4,200 North Korean 'losses' (killed and wounded)"
    if rx.match(r"\s+(?:families|households)(?:\s+[\w-]+){0,3}?\s+(?:that|whose)\s+(?:an?|their|its)\s+(?:[\w-]+\s+){0,4}?"
                r"(?:died|had died|was killed|were killed|had been killed|fell)\b", sentence[f.end:f.end + 100], re.I):
        return True  # families told of a death, one each: "have told at least 170 families since March that a son or husband died"
    if rx.search(r"\b(?:raised|revised|lowered|increased|cut|upped|updated|doubled)\b[^.;]{0,90}\bto\b[^.;]{1,40}\bfrom\s+(?:the\s+)?$",
                 before, re.I) and rx.search(rf"\b(?:{LOSS_NOUNS}|{PEOPLE})\b", before, re.I):
        return True  # "raised its estimate of North Korean dead to about 700 from about 350": the estimate it replaced
    if rx.match(r"\s+members of (?:an?|the|his|her|their|its|one)\s+(?:[\w-]+\s+){0,3}?(?:unit|company|platoon|battalion|brigade|"
                r"squad|crew|team|regiment|detachment)\b", after, re.I):
        return True  # "14 members of a single reconnaissance unit had been killed"
    if rx.search(rf"\b[Oo]f (?:the|those|them|these) (?:{LOSS_NOUNS}|{PEOPLE})\b,?\s*$", before) \
            and rx.match(r"\s+(?:were|was|are)\b", after):
        return True  # "Of the dead, 214 were North Korean"
    if rx.search(r"\b(?:holds?|holding|held)\s+[\"“]?$", before, re.I) and rx.search(r"\bprisoners?\b|\bcaptured\b|\btaken alive\b|"
                                                                               r"\bPOWs?\b", sentence, re.I):
        return True  # "Ukraine says it holds six", "holding 'at least two' who were taken alive"
    if rx.search(r"\b(?:force|contingent|deployment|grouping)\b[^.;]{0,40}\b(?:numbers|numbered|totals|totalled|totaled)\s+$", before,
                 re.I):
        return True  # "the force there now numbers 13,000 to 15,000"
    if _label(sentence, f.start) is not None:
        return True  # "Killed: at least 100, the NIS says", "Taken prisoner in Kursk: more than 700"
    if rx.match(r"\s+(?:more|others?)\b(?:\s+(?:from|of|in)\s+[^,.;]{1,40}?)?\s+(?:have|has|had|were|are|was|is)\s+(?:been\s+|now\s+)?"
                r"(?:[\w-]+\s+){0,3}?(?:killed|wounded|missing|captured|dead|died|injured)\b", sentence[f.end:f.end + 90], re.I):
        return True  # "Three more have been listed as missing", "Two more from the same battalion are missing"
    if _SENT_AFTER.match(sentence, f.end) and rx.search(rf"\b(?:{PEOPLE}|forces?|contingent)\b", sentence, re.I):
        return True  # "out of the roughly 11,000 sent", "on top of the 13,000 already deployed": troops
    if rx.search(r"\b(?:had|has|have)\s+(?:claimed|reported|counted|given)\s+$|\bput (?:it|the (?:figure|total|toll|number)) at\s+$",
                 before, re.I) and rx.search(rf"\b(?:{LOSS_NOUNS})\b", sentence, re.I):
        return True  # "in its July post the brigade had claimed 6,800, … lowered to 6,150": an earlier total of the losses named
    if rx.search(r"\b(?:platoon|company|battalion|squad|unit|detachment|regiment) of\s+$|\b(?:reduced|down) to\s+(?:just\s+|only\s+)?$",
                 before, re.I) or rx.match(r"\s+(?:of them\s+)?(?:are|were|was|is)\s+(?:still\s+)?(?:fit to fight|able to fight|left|"
                                            r"in the line)\b", after, re.I):
        return True  # troops a formation had or has left: "his platoon of 27 had been reduced to four", "fewer than 8,000 … still fit"
    if rx.search(r"\b(?:up|down) from\s+(?:the\s+|an?\s+)?(?:earlier\s+|previous\s+)?$", before, re.I) \
            and rx.search(rf"\b(?:{LOSS_NOUNS}|{PEOPLE}|figure|estimate|total|count|toll)\b|^\s*(?:That|This|It)['’]?s?\b", sentence, re.I):
        return True  # "That's up from the roughly 1,200 we assessed in late December": the total it replaced
    if rx.match(r"into the (?:hundreds|thousands)", sentence[f.start:f.end], re.I) \
            and rx.search(rf"\b(?:{LOSS_NOUNS})\b[^.;]{{0,80}}\b(?:ran|run|running|go|went|going)\s+$", before, re.I):
        return True  # "Ukraine's losses … almost certainly ran into the thousands"
    if f.reading is not None and f.reading.qualifier == "more_than" and rx.match(r"(?:surpass|exceed|top|pass)", sentence[f.start:f.end],
                                                                                           re.I) \
            and rx.search(rf"\b(?:{LOSS_NOUNS}|{PEOPLE})\b", before, re.I):
        return True  # "the number of soldiers killed … has surpassed 3,000", "losses could exceed 6,000"
    if rx.match(r"\s+names\b", after) and rx.search(r"\bfallen|dead|martyrs|killed\b", sentence, re.I):
        return True
    if rx.search(r"\b(?:send|sent|sending|deploy|deployed|dispatch|dispatched|rotate in|contingent of|deployment at|force of|"
                 rf"grouping of)\s+(?:(?:{ADDED})\s+)?$", before, re.I) or rx.match(r"(?:,?\s+|-)strong\b", after, re.I):
        return True  # troops: "Kim will have to send another 5,000", "the first contingent of about 11,000", "60,000 strong"
    if rx.match(r"\s+(?:more\s+)?(?:(?:could|would|will|may|might|are expected to|were expected to|are due to|are set to)\s+"
                r"(?:arrive|follow|be sent|be deployed|be rotated in)\b)", after, re.I) \
            and (rx.search(r"\b(?:troops?|soldiers|forces?|contingent|reinforcements|replacements|deploy\w*|sent|send)\b", sentence, re.I)
                 or rx.search(rf"\b(?:{ADDED})\s+$", before, re.I)):
        return True  # troops to come: "another 3,000 could arrive by April", "a further 1,000 are expected to follow"
    if rx.match(r"\s+(?:more\s+)?(?:(?:had|have|has)\s+(?:since\s+)?(?:arrived|followed|been sent|been deployed|been rotated in)|"
                r"(?:are|were|is|was)\s+(?:believed|thought|said|reported|estimated)\s+to\s+have\s+(?:followed|arrived|been sent|"
                r"been deployed)|went over|arrived|followed)\b", after, re.I) \
            or rx.search(r"\b(?:promised|pledged|offered)\s+(?:(?:another|a further|an additional)\s+)?$", before, re.I) \
            and rx.match(r"\s+more\b", after, re.I):
        return True  # troops that came: "a further 1,500 had arrived", "3,000 more are believed to have followed", "promised 5,000 more"
    if rx.match(r"\s+(?:more\s+)?(?:are|were|remain)\s+(?:still\s+)?(?:unaccounted for|missing)\b", after, re.I):
        return True  # "several hundred more are unaccounted for"
    if rx.match(r"\s+(?:are|were|is|was)\s+(?:believed|thought|estimated|said|reported|assumed|feared)\s+(?:to\s+(?:have\s+)?)?"
                r"(?:been\s+)?(?:killed|wounded|dead|died|captured|missing)\b", after, re.I):
        return True  # "about 1,100 are believed to have been killed"
    if rx.match(r"\s+(?:more\s+)?(?:died|perished|lost their lives|laid down their lives)\b", after, re.I):
        return True  # "Of those, 52 died in the Kursk region"
    if rx.match(r"\s+(?:had|have|has)\s+(?:died|been killed|been wounded|been captured|been taken prisoner)\b", after, re.I):
        return True  # "said at least 1,000 had died"
    if rx.match(r"\s+of (?:them|those|whom|these|the (?:dead|enemy|wounded|(?:roughly |about |some |around )?\d[\d,]*)|"
                r"its (?:men|soldiers|troops))\b", after, re.I) \
            or rx.search(r"\bof whom\s+$", before, re.I):
        return True  # "roughly 1,500 of them had died", "57 of the 212", "of whom about 10,500 were deployed"
    if rx.match(r"\s+more\s+(?:could|would|will|may|might)\s+(?:follow|arrive|be sent|be deployed)\b", after, re.I):
        return True  # "as many as 5,000 more could follow"
    if RATE.match(after) and rx.search(r"\b(?:that|this|which)\s+(?:is|was|works out to|comes to|means|amounts to)\s+(?:\w+\s+)?$", before,
                                       re.I):
        return True  # "That works out to roughly 13 a day": a rate of the figure before
    if rx.match(r"\s+(?:had been|have been|has been|were|was)\s+(?:killed|wounded|captured|sent|deployed|dispatched|recruited|"
                r"taken prisoner|lost|added|executed)\b|\s+who\s+(?:\w+\s+)?(?:served|fought|were sent|were deployed)\b", after, re.I):
        return True  # "about 12,000 were sent in a first wave"
    if RATE.match(after) and rx.search(r"\b(?:pace|rate|tempo)\b[^.;]{0,40}\b(?:fell|rose|dropped|climbed|slowed|grew|went)\s+to\s+$|"
                                       r"\bcost (?:them|it|him|her)\s+(?:about |some |roughly )?$", before, re.I):
        return True  # "in February the pace fell to something like 1,500 a week", "Bakhmut cost them about 6,000 a month"
    if rx.search(r"\bput (?:the|their|its|this|that) (?:number|total|figure|count|toll|estimate)\s+(?:higher|lower|much higher)?\s*$|"
                 r"\b(?:number|total|toll|figure|count)\s+(?:is|was|stands at|stood at|now stands at)\s+(?:probably\s+|likely\s+)?$",
                 before, re.I) or rx.search(r"\b(?:estimate|guess|assessment|reckoning)\s+(?:is|was)\s+$", before, re.I) \
            and rx.search(rf"\b(?:{LOSS_NOUNS}|lost|losses)\b", sentence, re.I):
        return True  # "put the total closer to 12,000", "the true number is between 4,000 and 5,500", "my estimate is 30,000"
    if rx.search(r"\b(?:number|total|strength|toll|figure|count|contingent|force|deployment)\b[^.;]{0,40}\b(?:at|could reach|would reach|"
                 r"will reach|reach|reached)\s+(?:up to\s+)?$", before, re.I):
        return True  # "put their number at about 11,000", "put the total higher, at up to 15,000"
    if rx.search(r"\b(?:up|down) from (?:the )?$|\brevised (?:up|down)?\s*(?:from )?$|\bearlier (?:reported|given) as $|"
                 r"\bput the number at $", before, re.I) and rx.search(rf"\b(?:{LOSS_NOUNS}|lost|{PEOPLE})\b", before, re.I):
        return True  # "revised down from 2,610", "up from the 3,600 it gave lawmakers"
    if RATE.match(after) and rx.search(r"\b(?:losses|casualties|deaths|dead)\b[^.;]{0,60},\s*(?:about|some|roughly|around|nearly|up to|"
                                       r"more than|over|perhaps)?\s*$", before, re.I):
        return True  # "reports Russian losses along the whole front every morning, about 1,000 a day in recent weeks"
    if rx.search(r"\brevised\b[^.;]{0,40}\bfrom\s+(?:[\d,]+\s+to\s+)?$", before, re.I) \
            and rx.search(rf"\b(?:{LOSS_NOUNS}|figure|number|count)\b", sentence, re.I):
        return True  # "The figure for March 13 was revised the next day from 180 to 240": both the figure and the one it replaced
    if rx.match(r"\s+(?:went|had gone|have gone|has gone)\s+in\b", after, re.I):
        return True  # "We still assess about 11,500 went in": troops sent
    if rx.search(r"\bincluding\s+[\"“]?$", before, re.I) and rx.search(rf"\b(?:{LOSS_NOUNS}|lost|died|killed)\b", before, re.I):
        return True  # "Russia has lost 887,340 military personnel …, including 1,210 over the past day"
    if rx.match(r"\s*\)", after) and rx.search(r"\(\s*$", before) and rx.search(rf"\b(?:{LOSS_NOUNS})\b", sentence[:f.start], re.I) \
            and not rx.search(r"\b(?:km|kilomet|miles?|years?|aged)\b", sentence[max(0, f.start - 30):f.start], re.I):
        return True  # "the largest number of confirmed dead came from the Kursk region (at least 598), followed by …"
    if rx.match(r"\)", after) and rx.search(rf"\b(?:{PEOPLE})\s+(?:killed|wounded|missing|captured)(?: in action)?\s+\($", before, re.I):
        return True  # "soldiers missing in action (around 300)"
    if rx.search(r"\bfunerals? (?:of|for)\s+$", before, re.I):
        return True  # "announced the funerals of 19 local men"
    if rx.search(r"\b(?:killed|killing|wounded|wounding|injured|captured|eliminated|liquidated|lost|losing|lose|loses|burying|buried)"
                 r"(?: or wounded)?\s+"
                 r"(?:an? |another )?[\"“]?$",
                 before, re.I):
        return True
    if rx.match(r"\s*(?:had been|have been|were|was)?\s*(?:killed|wounded|dead|captured)\b", after, re.I) and f.start < 3:
        return True
    # "losses of about 500", "deaths at more than 1,500", "casualties ... were now close to 4,000", "the toll at 300"
    return bool(rx.search(rf"\b(?:{LOSS_NOUNS}|{PEOPLE})\b[^.;]{{0,120}}?\b(?:at|to|of|was|were|is|are|reached|numbered|totall?ed|"
                          rf"stood at|rose to|now|put at|exceeded|surpassed|topped|passed|number|numbers|total|totals|lies|lie|"
                          rf"grown to|risen to|climbed to|increased to|reach|could reach|would reach|will reach|ranged from|"
                          rf"ranging from|range from|numbering|peaked at|compared (?:with|to)|up from|down from|against|"
                          rf"(?:would|will|could|to) pass|cost (?:them|it|him|her|Russia|Moscow|Kyiv|Pyongyang)|averaged|averaging|"
                          rf"an average of|anywhere from|anywhere between|somewhere between|(?:rise|rose|risen|grow|grew|"
                          rf"increase|increased|climb|climbed) by)"
                          rf"(?:\s+(?:probably|likely|perhaps|roughly|already|still|somewhere|anywhere|{ADDED})){{0,2}}\s+[\"“‘'(]?$",
                          before, re.I))


# --- what each figure is -------------------------------------------------------------------------------------

def _clause(sentence: str, at: int) -> tuple[int, int]:
    """The clause around position ``at``: between the nearest ';', ':' or ', ' before a conjunction."""
    left = max(sentence.rfind(";", 0, at), sentence.rfind(":", 0, at), sentence.rfind(" — ", 0, at))
    right = [i for i in (sentence.find(";", at), sentence.find(" — ", at)) if i >= 0]
    return left + 1, min(right) if right else len(sentence)


#: Any verb a modal governs, after an if-clause: "If obituaries capture half of deaths, … deaths would lie between 9,000 and 13,500".
_ANY_MODAL = re.compile(r"\b(?:would|could|might|will|may|['’]d|['’]ll)\s+(?!not\b|say\b|tell\b|comment\b)(?:[a-z]+\s+)?[a-z]+", re.I)


def modality_of(sentence: str, f: Figure) -> str:
    a, b = _clause(sentence, f.start)
    clause = sentence[a:b]
    at = f.start - a
    for m in CONDITIONAL.finditer(clause):
        if m.start() <= at < m.end() or (m.end() <= at and (MODAL.search(clause[m.end():]) or FORECAST.search(clause[m.end():at])
                                                            or _ANY_MODAL.search(clause[m.end():at])
                                                            or _LOOKING_AT.search(clause[m.end():at]))):
            return "conditional"  # "if that pace holds, I expect the total to pass 9,000"
    near = clause[max(0, at - 90):at + 90]
    if NOT_MODAL.search(near):
        near = NOT_MODAL.sub(" ", near)
    if rx.search(r"\b(?:since|so far|to date)\b", clause, re.I) and not rx.search(
            r"\bby (?:the end|next|spring|summer|autumn|winter|[A-Z]\w+)|\bnext (?:week|month|year)\b|\bin the coming\b", clause):
        near = rx.sub(r"\b(?:is|are) (?:likely|thought|believed) to (?:be|have been)\b", " ", near)  # a hedged running total, no
        # forecast: "Their losses since arriving in the autumn are likely to be about 4,000"
    if MODAL.search(clause[max(0, at - 90):at]) and rx.search(
            r"(?<!\bas)(?<!\beven)(?<!\bwhat)[\s’'‘“\"](?:if|unless)\s+(?!not\b|any\b|ever\b|anything\b|so\b)", clause[at:at + 120], re.I):
        return "conditional"  # "Russia could lose another 20,000 men by autumn if the current offensive tempo holds"
    if rx.match(r"[’'”\"]?\s+(?:further|more|additional)\s+(?:[\w’'-]+\s+){0,3}?(?:casualties|losses|deaths|dead|killed|wounded)\b"
                r"[^.;]{0,60}?\bby (?:the end of|mid-|early |late )?[\w-]+", sentence[f.end:], re.I):
        # a fact box's future losses: "Up to 15,000: further North Korean casualties by the end of 2025 if deployments continue"
        return "conditional" if rx.search(r"\b(?:if|unless|should)\s", sentence[f.end:f.end + 160], re.I) else "projected"
    forecast_before = rx.search(rf"{FORECAST.pattern}[^.;:]{{0,60}}$", clause[max(0, at - 70):at], re.I)
    forecast_after = rx.match(r"\s+(?:[\w’'-]+\s+){0,4}?(?:are|is)\s+(?:expected|forecast|projected)\s+to\b", sentence[f.end:], re.I)
    promised = rx.search(r"\b(?:promised|pledged|plans? to send|(?:is|was) preparing to send|prepares to send|readies|readying)\b"
                         r"[^.;:]{0,40}$", clause[max(0, at - 60):at], re.I)
    if forecast_before or forecast_after or promised:  # (troops "promised", "it is preparing to send": to come)
        return "projected"  # "expects another 2,000 to 3,000 casualties by the end of the year", "5,000 … are expected to follow"
    return "projected" if MODAL.search(near) else "reported"


#: A second subject with its verb left out before its figure: ", and North Korean units about 40".
_GAPPED = re.compile(r",\s+(?:and|while|with)\s+(?:(?:North |South )?[A-Z][\w-]*\s+){0,2}(?:units|forces|troops|soldiers)\s+"
                     r"(?:about|some|roughly|around|nearly|up to|perhaps)?\s*$")


def rate_of(sentence: str, f: Figure) -> str | None:
    label = _label(sentence, f.start)
    per = rx.search(r"\b(?:per|a|each) (day|week|month)\b|\b(daily|weekly|monthly)\b", label or "", re.I)
    if per:  # "Losses per day at the mid-December peak: up to 200"
        unit = (per.group(1) or {"daily": "day", "weekly": "week", "monthly": "month"}[per.group(2).lower()]).lower()
        return f"people_per_{unit}"
    before = rx.search(r"\b(?:on|in) an? (?:quiet|typical|good|bad|normal|busy|heavy|ordinary|average) (day|night|week|month)\b",
                       sentence[:f.start], re.I)
    if before and not RATE.match(sentence[f.end:]):  # "On a quiet day we hit maybe 10 or 15 of them", "On a bad night, 60 …"
        return f"people_per_{before.group(1).lower().replace('night', 'day')}"
    m = RATE.match(sentence[f.end:]) or EACH_RATE.match(sentence[f.end:])
    gap = _GAPPED.search(sentence[:f.start]) if not m else None
    if gap and not rx.match(r"\s+(?:a|per|each)\s+(?:day|week|month)\b|[^,;.]{0,20}\b(?:in total|overall|altogether)\b",
                            sentence[f.end:], re.I):
        earlier = list(rx.finditer(r"\b(?:a|per|each)\s+(day|week|month)\b", sentence[:gap.start()], re.I))
        if earlier:  # "… about 140 casualties a day in February, and North Korean units about 40": the same rate, its verb left out
            return f"people_per_{earlier[-1].group(1).lower()}"
    if not m:  # "put Russia's average daily casualties across the war at 1,310"
        a, _ = _clause(sentence, f.start)
        # (a side's word between: "Average daily North Korean losses peaked at 70 to 85")
        before = rx.search(rf"\b(?:(daily)|(?:per|a|each) (day|week|month)|(weekly)|(monthly))\s+(?:average\s+)?"
                           rf"(?:(?:North |South )?[A-Z][a-z]+(?:n|an|ese)\s+)?(?:{LOSS_NOUNS})\b"
                           rf"[^.;]{{0,60}}?\b(?:at|of|was|were|is|are|stood at|reached|averaged)\s+$", sentence[a:f.start], re.I)
        if not before:
            return None
        unit = "day" if before.group(1) else "week" if before.group(3) else "month" if before.group(4) else before.group(2).lower()
        return {"day": "people_per_day", "week": "people_per_week", "month": "people_per_month"}[unit]
    unit = (m.group(1) or "day").lower()
    return {"day": "people_per_day", "week": "people_per_week", "month": "people_per_month"}[unit]


def _nearest(sentence: str, at: int, table: list[tuple[str, str]], end: int | None = None) -> tuple[str | None, str | None]:
    """The label of the match of ``table`` nearest to position ``at`` (a match before it wins a tie), and its words."""
    best = None
    for rank, (pattern, label) in enumerate(table):
        for m in rx.finditer(rf"\b(?:{pattern})\b", sentence, re.IGNORECASE if label != "deployed" else 0):
            distance = (m.start() - (end or at)) if m.start() >= at else (at - m.end())
            key = (distance + (0 if m.start() < at else 1), rank)
            if best is None or key < best[0]:
                best = (key, label, m.group())
    return (best[1], best[2]) if best else (None, None)


_NATION = "|".join(f"(?P<n{k}>{p})" for k, (p, _) in enumerate(NATIONALITIES))
_NATION_RE = re.compile(rf"\b(?:{_NATION})(?![\w])", re.I)


def _nation_label(m: re.Match) -> str:
    return next(NATIONALITIES[k][1] for k in range(len(NATIONALITIES)) if m.group(f"n{k}"))


#: An assault the text names by its attackers: "a North Korean assault", "a dawn attack by North Korean infantry".
_NATIONS_PLAIN = "|".join(f"(?:{pattern})" for pattern, _ in NATIONALITIES)
_ATTACK_BY = re.compile(rf"(?P<x>{_NATIONS_PLAIN})\s+(?:[\w-]+\s+)?(?:assault|attack|offensive|advance|push|wave|raid|counterattack)s?\b|"
                        rf"\b(?:assault|attack|offensive|advance|push|wave|raid|counterattack)s?\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?"
                        rf"(?P<y>{_NATIONS_PLAIN})", re.I)


def _ally_or_attacker(sentence: str, at: int) -> bool:
    """Whether the nationality at ``at`` names who fought beside or against the losers ("alongside Russian forces",
    "killed by Ukrainian drones"), not the losers."""
    return bool(rx.search(r"\b(?:by|against|alongside|with|for|on|into|to)\s+(?:the\s+)?$", sentence[max(0, at - 12):at], re.I)
                # (who took them prisoner: "Ukraine has captured two", "Ukrainian forces took 19 prisoner")
                or rx.match(r"(?:Ukraine|Russia|North Korea|Kyiv|Moscow|Pyongyang|(?:Ukrainian|Russian|North Korean) (?:forces|troops|"
                            r"units|army|military))\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+)?(?:captured(?!\s+by\b)|"
                            r"(?:took|taken)\s+(?:[\w,-]+\s+){0,3}?(?:prisoners?|captives?)\b)", sentence[at:at + 80]))


#: Russia's regions and towns whose men the reports of the fighting count: "servicemen from the Kursk region", "natives of Buryatia".
_RUSSIAN_HOMES = (r"(?:Kursk|Belgorod|Bryansk|Voronezh|Oryol|Orel|Lgov|Rylsk|Kurchatov|Zheleznogorsk|Glushkovo|Korenevo|Transbaikal\w*|"
                  r"Zabaykal\w*|Buryat\w*|Chita|Tuva|Dagestan|Chechn\w*|Bashkir\w*|Tatarstan|Yakut\w*|Sakha|Krasnodar|Rostov|Siberia\w*|"
                  r"Udmurt\w*|Perm|Sverdlovsk|Novosibirsk|Omsk|Irkutsk|Khabarovsk|Primorye)\b")


_UKRAINIAN_HOMES = (r"(?:Sumy|Konotop|Okhtyrka|Shostka|Romny|Lebedyn|Trostianets|Kharkiv|Chernihiv|Poltava|Lviv|Dnipro|Zaporizhzhia|"
                    r"Odesa|Vinnytsia|Zhytomyr|Ternopil|Rivne|Volyn|Ivano-Frankivsk|Cherkasy|Kirovohrad|Mykolaiv|Kherson|Khmelnytskyi|"
                    r"Chernivtsi|Uzhhorod|Zakarpattia|Bukovyna)\b")

_HOMES = ((_RUSSIAN_HOMES, "russian"), (_UKRAINIAN_HOMES, "ukrainian"))


#: Russia's losses counted with its ally's: "Russian forces and their North Korean allies lost", "Russia and North Korea have
#: together lost", "… about 58,000 troops, including roughly 4,100 North Koreans" (the total, of both).
_WITH_ALLY = re.compile(r"\b(?:Russia|Moscow|Russian (?:forces|troops|units|army))\s+(?:and|together with|along with)\s+"
                        r"(?:its\s+|their\s+)?(?:North Korean (?:allies|troops|forces|soldiers|units|auxiliaries)|North Korea|Pyongyang)\b")
_INCLUDING_ALLY = re.compile(r"[^.;]{0,60}?,?\s+including\s+(?:some\s+|about\s+|roughly\s+|around\s+|nearly\s+|more than\s+)?"
                             r"(?:[\d,]+\s+)?(?:North Koreans|North Korean (?:troops|soldiers|units|forces|servicemen))\b")


def whose_of(sentence: str, f: Figure, claimant_country: str = "", person: bool = False) -> str:
    """Whose people a figure counts: the nationality in its own noun phrase; else the one that qualifies the loss noun
    before it; else the subject of 'X lost'; else the nearest that is no attacker or war's owner; Russia's with its ally's
    where the text counts them together."""
    whose = _whose_of(sentence, f, claimant_country, person)
    if whose == "russian" and (_WITH_ALLY.search(sentence[max(0, f.start - 120):f.start])
                               or _INCLUDING_ALLY.match(sentence, f.end)):
        return "russian_and_north_korean"
    return whose


def _whose_of(sentence: str, f: Figure, claimant_country: str = "", person: bool = False) -> str:
    killed_by = rx.search(rf"(?P<x>{_NATION})\s+(?:[\w’'-]+\s+){{0,3}}?(?:were|was)\s+(?:[\w’'-]+\s+){{0,3}}?(?:killed|wounded|hit)\s+by\b",
                          sentence, re.I)
    if killed_by and killed_by.start() <= f.start:  # "Russian paramilitary soldiers were … killed by North Korean troops"
        return _nation_label(_NATION_RE.search(killed_by.group("x")))
    after = sentence[f.end:f.end + 70]
    for homes, side in _HOMES:
        home = rx.match(rf"[’'”\"]?\s+(?:[\w’'-]+\s+){{0,2}}?(?:{PEOPLE}|natives|contract soldiers)\s+(?:from|of)\s+(?:the\s+)?"
                        rf"{homes}", after, re.I) \
            or rx.search(rf"\b(?:residents|villagers|people|families) of {homes}[^.;]{{0,40}}?\b(?:buried|mourned|said goodbye to)"
                         rf"\s+$", sentence[max(0, f.start - 100):f.start], re.I)
        if home:  # "47 servicemen from the Kursk region", "residents of Lgov buried three servicemen": that country's own
            return side
    own_unit = rx.match(rf"[’'”\"]?\s+(?:of\s+)?(?:the|its|their)\s+(?:brigade|battalion|regiment|unit|company|platoon|division|"
                        rf"detachment)['’]s\s+(?:own\s+)?(?:[\w-]+\s+)?(?:{PEOPLE})\b", after, re.I)
    if own_unit and claimant_country in SIDE_OF_COUNTRY:  # "Six of the brigade's servicemen were killed, it said": the brigade's own
        return SIDE_OF_COUNTRY[claimant_country]
    pair = rx.match(rf"[’'”\"]?\s+(?P<x>{_NATION})\s+(?:and|or)\s+(?:[\d,]+|[a-z]+)\s+(?:{_NATIONS_PLAIN})\s+(?:{PEOPLE}|forces|units)\b",
                    after, re.I)
    if pair:  # "killed 140 Russian and 90 North Korean troops": each figure its own nationality
        return _nation_label(_NATION_RE.search(pair.group("x")))
    victims = rx.search(rf"\b(?:killing|wounding|capturing|eliminating|destroying)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<x>{_NATION})s?\b"
                        rf"[^.;]{{0,40}}$", sentence[max(0, f.start - 90):f.start], re.I)
    if victims:  # "Ukrainian forces are killing North Koreans at a rate of 50 a day": whom they kill
        return _nation_label(_NATION_RE.search(victims.group("x")))
    inflicted_on = rx.match(rf"[’'”\"]?\s+(?:[\w’'”\"-]+\s+){{0,3}}?on\s+(?:the\s+)?(?P<x>{_NATION})\b", after) \
        if rx.search(r"\binflict(?:ed|ing|s)?\s+(?:[\w’'-]+\s+){0,4}[“\"‘']?$", sentence[max(0, f.start - 60):f.start], re.I) else None
    if inflicted_on:  # "had inflicted losses of “up to 230 servicemen” on Ukrainian units": the ones it was inflicted on
        return _nation_label(_NATION_RE.search(inflicted_on.group("x")))
    plural = rx.match(rf"[’'”\"]?\s+(?P<x>{_NATION})(?![\w’'])", after)
    if plural and rx.search(r"(?:ans|eans|ers|ese)$", plural.group("x")):
        return _nation_label(plural)  # "including roughly 4,700 North Koreans": the people the figure names
    m = rx.match(rf"[’'”\"]?\s+(?:[\w’'-]+\s+){{0,3}}?(?P<x>{_NATION})\s+(?:{PEOPLE}|forces|units|losses|casualties|deaths|nationals)\b",
                 after, re.I)  # (a figure in quotes: "killed 'up to 200' Ukrainian soldiers")
    if m and rx.search(r"\b(?:alongside|beside|with|against|by|from|behind)\s+(?:the\s+)?$", after[:m.start("x")], re.I):
        m = None  # "2,700 wounded fighting alongside Russian troops": the troops beside them, not theirs
    if m:
        return _nation_label(_NATION_RE.search(m.group("x")))
    for homes, side in _HOMES:
        if rx.search(rf"(?<!\bto )(?<!\binto )(?<!\bto the )(?<!\bto military )\b(?:hospitals?|medical cent(?:re|er)s?|clinics?|morgues?|"
                     rf"infirmar(?:y|ies))\s+(?:in|across|of|at)\s+(?:the\s+)?"
                     rf"(?:city of |town of )?{homes}", sentence, re.I) and rx.search(r"\b(?:wounded|injured|treated|admitted|took in|"
                                                                               r"received|bodies)\b", sentence, re.I):
            return side  # "The military medical centre in Okhtyrka … has treated more than 2,300 wounded servicemen": its side's
    if rx.match(r"\s+(?:of\s+)?(?:our|its own)\b", after, re.I) and claimant_country in SIDE_OF_COUNTRY:
        return SIDE_OF_COUNTRY[claimant_country]
    offset = max(0, f.start - 110)
    before = sentence[offset:f.start]
    if rx.search(r"\bon both sides\b|\bboth sides['’]?\b", sentence[max(0, f.start - 60):f.end + 60], re.I):
        return "both_sides"
    if rx.search(r",\s+(?:killing|wounding|capturing|leaving)\s+(?:[\w-]+\s+){0,2}$|"
                 r",\s+(?:killing|wounding|capturing)\s+[^,.;]{1,40}?\s+(?:and|or)\s+(?:killing|wounding|capturing|injuring)\s+"
                 r"(?:[\w-]+\s+){0,2}$", before, re.I):
        # "repelled a North Korean assault on the village, killing 63 soldiers and wounding about 40 more": who attacked lost
        # them, not who repelled
        attack = list(_ATTACK_BY.finditer(before))
        if attack:
            return _nation_label(_NATION_RE.search(attack[-1].group("x") or attack[-1].group("y")))
    # (read in the whole sentence before the figure, so that the window never cuts a nationality: "Russi|an and North Korean")
    qualified = [m for m in rx.finditer(rf"(?P<x>{_NATION})\s+(?:[\w’'-]+\s+){{0,2}}?(?:{LOSS_NOUNS}|{PEOPLE}|forces|units|infantry|"
                                        rf"contingent|deployment)\b", sentence[:f.start], re.I)
                 if m.end() > offset and not _ally_or_attacker(sentence, m.start())
                 # (never people who speak: "Ukraine's own commanders put the figure higher, at some 40,000 a month")
                 and not rx.match(rf"\s+(?:also\s+|now\s+|themselves\s+)?(?:{SPEECH})\b", sentence[m.end():])]
    if qualified:  # the longest nationality there ("Russians and North Koreans together"), not the first word of it
        return _nation_label(_NATION_RE.match(sentence, qualified[-1].start()) or _NATION_RE.search(qualified[-1].group("x")))
    subject = [m for m in rx.finditer(rf"(?P<x>{_NATION})\s+(?:[\w’'-]+\s+){{0,6}}?(?:has |have |had )?(?:also )?(?:lost|suffered|sent|"
                                      rf"deployed|dispatched)\b", before, re.I) if not _ally_or_attacker(sentence, offset + m.start())
               and not rx.search(rf"\b(?:{SPEECH})\b", m.group(), re.I)]  # "Ukraine's General Staff said Russia lost": not Ukraine's
    if subject:
        return _nation_label(_NATION_RE.search(subject[-1].group("x")))
    state = list(rx.finditer(r"\b(?P<x>Russia|Moscow|Ukraine|Kyiv|North Korea|Pyongyang)\s+(?:has |have |had )?(?:also )?"
                             r"(?:lost|suffered)\b", before))
    if state:  # "Russia lost 1,180 soldiers"
        return {"Russia": "russian", "Moscow": "russian", "Ukraine": "ukrainian", "Kyiv": "ukrainian"}.get(state[-1].group("x"),
                                                                                                           "north_korean")
    if rx.search(r"\b(?:our|its own|his own|their own|her own|my|the (?:brigade|battalion|regiment|unit|company|detachment)['’]s own)"
                 r" (?:[\w-]+['’]s )?(?:troops|soldiers|forces|units|armed forces|losses|"
                 r"casualties|men|battalion|brigade|unit|company|platoon|squad|crew|officers|fighters|servicemen|comrades|sons)\b",
                 sentence, re.I) \
            and claimant_country in SIDE_OF_COUNTRY \
            or person and rx.search(r"\b(?:his|her|[A-Z][a-z]+['’]s) (?:own )?(?:company|platoon|squad|crew)\b", sentence) \
            and claimant_country in SIDE_OF_COUNTRY \
            or rx.search(r"\b(?:his|her) (?:own )?(?:battalion|brigade|unit|regiment|detachment)\s+(?:had\s+|has\s+|have\s+)?"
                         r"(?:also\s+)?(?:lost|suffered)\b", sentence) and claimant_country in SIDE_OF_COUNTRY:
        # a soldier's own unit ("Oliinyk's platoon … eight have been killed, he said"), a commander's ("… told CNN his battalion had
        # lost four men killed")
        return SIDE_OF_COUNTRY[claimant_country]
    enemy = {"RU": "ukrainian", "UA": "russian", "KP": "ukrainian"}
    if rx.search(r"\b(?:the|of the) enemy\b|\benemy (?:losses|eliminated|lost|soldiers|troops|servicemen|personnel|fighters|"
                 r"battalions|brigades|forces)\b", sentence[max(0, f.start - 80):f.end + 40], re.I) \
            and claimant_country in enemy:
        return enemy[claimant_country]  # "the enemy lost up to 310 servicemen", the Russian ministry said: Ukrainian losses
    best = None
    for m in _NATION_RE.finditer(sentence):
        if _ally_or_attacker(sentence, m.start()) \
                or rx.match(r"\s+(?:war|artillery|attacks?|missiles?|strikes?|shelling|drones?|border|region|territory|village|"
                            r"side|government|officials|intelligence|president|forces? (?:attacked|fired)|incursion|invasion|offensive|"
                            r"counteroffensive|counter-offensive|advance|operation|raid)\b", sentence[m.end():], re.I) \
                or rx.match(r"['’]s\s+(?:war|invasion|side)\b", sentence[m.end() - 2:] if m.group().endswith(("'s", "’s")) else "") \
                or (rx.fullmatch(r"(?:Russia|Ukraine|North Korea|South Korea)(?:['’]s)?", m.group())
                    and rx.search(r"\b(?:from|in|to|into|inside|across|within|out of)\s+$", sentence[max(0, m.start() - 12):m.start()])):
            continue  # a place ("soldiers repatriated from Russia")
        distance = m.start() - f.end if m.start() >= f.start else f.start - m.end()
        # the speaker's country ("South Korea's spy agency said") only where no other side is named
        speaker = bool(rx.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:intelligence|agency|service|ministry|staff|commanders?|officials?|"
                                r"government|president|spokes\w+|lawmakers?|parliament|sources?|diplomats?|press|newspapers?)\b|"
                                # a table row's label, the claimant's: "HUR, Ukraine (Jan. 31): 1,000-1,200 killed"
                                r"(?:\s*\([^)]{1,20}\))?\s*:\s|"
                                # whose figure it is ("Kyiv's own figure … is 4,000 killed"), not whose losses
                                r"['’]s\s+(?:own\s+)?(?:latest\s+|new\s+|official\s+)?(?:figures?|estimates?|count|tally|reckoning|"
                                r"claims?|assessment|numbers|data)\b|"
                                rf"\s+(?:are|is|were|was|have|has)?\s*(?:also\s+)?(?:saying|claiming|{SPEECH})\b",
                                sentence[m.end() - (2 if m.group().endswith(("'s", "’s")) else 0):], re.I)) \
            and not (m.group().startswith("Kim") and not rx.match(r"['’]s", sentence[m.end() - 2:]))
        # ("The Ukrainians are saying 6,000 killed": who says it; but the North's leader speaks of his own fallen)
        if best is None or (speaker, distance) < best[0]:
            best = ((speaker, distance), _nation_label(m))
    if best and best[0][0] and (best[1] == "south_korean" or not rx.search(
            r"\b(?:confirm\w*|acknowledg\w*|admit\w*|own(?!\s+(?:figures?|estimates?|count|tally|reckoning|data|numbers|"
            r"assessment|sources?|words))|our|its (?:troops|soldiers|men|servicemen|forces))\b", sentence, re.I)):
        # only the speaker's country is named ("South Korea's spy agency said the dead numbered about 340"): not the losers,
        # unless the speaker owns the losses ("the Russian defence ministry confirming that two colonels had been killed")
        return "unspecified"
    return best[1] if best else "unspecified"


#: A figure that is the whole a part of it was lost from, and one that is that part: "about 4,000 of the roughly 12,000 North Korean
#: soldiers sent", "4,700 casualties among the roughly 11,000 troops it sent".
_WHOLE_BEFORE = re.compile(r"\b(?:of|among|out of)\s+(?:the|its|their|some|an estimated)\s+"
                           r"(?:(?:roughly|about|some|around|nearly|estimated|original|initial|first)\s+)*$", re.I)
_PART_OF = re.compile(r"\s+(?:of|out of)\s+(?:the|its|their|some|an estimated)\s+(?:(?:roughly|about|some|around|nearly|estimated|"
                      r"original|initial|first)\s+)*\d[\d,.]*\s+", re.I)


def _measure_named(words: str) -> str | None:
    """The most specific measure of losses ``words`` name ("killed / wounded" → killed), never troops; None if they name none."""
    return next((m for p, m in MEASURES if m != "deployed" and rx.search(rf"\b(?:{p})\b", words, re.I)), None)


def measure_of(sentence: str, f: Figure, defined: dict[str, str]) -> str | None:
    measure = _measure_of(sentence, f, defined)
    if f.counted_in in FORMATION_WORDS.values() and measure in (None, "captured", "deployed"):
        # a formation destroyed, crushed or wiped out is a loss of unstated kind, whatever the sentence says of others: "crushed two
        # brigades … and had taken 312 servicemen prisoner" (its own words, "a battalion … was killed", still say which)
        return "casualties_unspecified"
    return measure


def _loss_named(words: str, after: str = "") -> str | None:
    """The most specific loss measure ``words`` open with (never troops, never casualties of unstated kind), followed by
    ``after`` (a pattern), or None."""
    return next((label for pattern, label in MEASURES if label and label not in ("deployed", "casualties_unspecified")
                 and rx.match(rf"(?:{pattern})\b{after}", words, re.I)), None)


#: Troops a figure says were sent: "out of the roughly 11,000 sent", "on top of the 13,000 already deployed".
_SENT_AFTER = re.compile(r"[’'”\"]?\s+(?:(?:troops|soldiers|men)\s+)?(?:(?:Kim|Pyongyang|Moscow|Kyiv|Russia|North Korea|it|they|he)\s+"
                         r"(?:had\s+|has\s+|have\s+)?)?(?:already\s+|originally\s+|first\s+|initially\s+)?"
                         r"(?:deployed|sent|dispatched|stationed)\b(?!\s+(?:home|back)\b)", re.I)


#: Words between a fate and a people noun that show the fate is no adjective of them ("lost 17 killed and nine wounded", "4,000
#: killed or wounded among the troops it sent"; but "captured two wounded North Korean soldiers").
_NOT_ADJECTIVE = (r"(?:and|or|among|of|in|from|at|near|on|by|with|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                  r"dozens?|hundreds?|thousands?)")


def _measure_of(sentence: str, f: Figure, defined: dict[str, str]) -> str | None:
    label = _label(sentence, f.start)
    if label is not None:  # a list line: its label says what the figure counts, the most specific measure first
        return next(m for pattern, m in MEASURES if m and rx.search(rf"\b(?:{pattern})\b", label, re.I))
    whole = _WHOLE_BEFORE.search(sentence[:f.start])
    if whole and rx.match(rf"[’'”\"]?\s+(?:[\w’'-]+\s+){{0,3}}?(?:{PEOPLE})\b", sentence[f.end:], re.I) and f.counted_in == "people" \
            and not rx.match(r"[’'”\"]?\s+(?:[\w’'-]+\s+){0,3}?(?:prisoners?|POWs|captives|dead|wounded|injured|killed|casualties|"
                             r"missing|bodies|captured)\b", sentence[f.end:], re.I):
        # (a whole of losses stays one: "of the two prisoners")
        return "deployed"  # "about 4,000 of the roughly 12,000 soldiers sent …", "casualties among the roughly 11,000 troops": the whole
    if f.counted_in == "people" and rx.search(r"\b(?:brigades?|battalions?|regiments?|divisions?|compan(?:y|ies)|units?|corps|contingent|"
                                              r"force|grouping)\s*[,(—–]\s*(?:of\s+)?$", sentence[max(0, f.start - 40):f.start], re.I) \
            and rx.match(r"\s+(?:men|troops|soldiers|strong|personnel|fighters)\s*[,)—–]", sentence[f.end:]) \
            and not rx.match(r"\s+(?:men|troops|soldiers|strong|personnel|fighters)\s*[,)—–]\s*(?:had|has|have|was|were)\s+(?:been\s+)?"
                             r"(?:all\s+)?(?:wiped out|destroyed|annihilated|killed|eliminated|lost)\b", sentence[f.end:]):
        # (but the formation a loss destroyed is its men: "an entire company of the battalion, about 100 men, had been wiped out")
        return "deployed"  # a formation's strength set beside it: "One of their brigades, roughly 2,500 men, was pulled out after …"
    if f.counted_in == "people" and _SENT_AFTER.match(sentence, f.end):
        return "deployed"  # "out of the roughly 11,000 sent", "on top of the 13,000 already deployed": the troops
    reached = rx.search(r"\b(?:deaths|death toll|dead|fatalities)\b[^.;]{0,50}?\b(?:have|has|had)?\s*(?:now\s+)?"
                        r"(?:reached|risen to|rose to|climbed to|stood at|stand at|stands at|totalled|totaled|topped|passed|exceeded|"
                        r"hit)\s+(?:[\w-]+\s+)?$",
                        sentence[:f.start], re.I)
    if reached and f.counted_in == "people":  # "North Korean deaths in Kursk have reached roughly 1,500 since the troops arrived"
        return "killed"
    fate = rx.match(r"[’'”\"]?\s+(?:of\s+(?:them|those|whom|these|the)\s+(?:[\w-]+\s+){0,3}?(?=fatally|were|are|was|is|had|have)|"
                    r"(?=were|are|was|is|had|have))(?:(?:were|are|was|is|had been|have been)\s+(?:\w+\s+){0,3}?(?:to have been\s+)?)?"
                    r"(?P<w>killed|dead|deaths|fatalities|fatally|captured|missing)\b(?!,?\s+(?:or|and)\s+(?:wounded|injured|missing))",
                    sentence[f.end:], re.I)
    if fate and f.counted_in == "people" and rx.search(r"\b(?:casualties|losses|killed or wounded|killed and wounded|hit)\b",
                                                       sentence, re.I):
        # a part of the casualties by its own fate: "roughly 1,000 of those casualties were deaths", "28 of them fatally"
        word = fate.group("w").lower()
        return {"captured": "captured", "missing": "missing"}.get(word, "killed")
    defines = rx.search(r",\s+(?:a figure|which|a number|a total)\s+(?:it|they|he|she|the \w+)\s+(?:defines|counts|describes)\s+as\s+",
                        sentence[f.end:], re.I)
    if defines and f.counted_in == "people":  # "some 4,000 … put out of action since November, a figure it defines as killed, wounded
        # or missing": the measure the text defines
        named = _loss_named(sentence[f.end + defines.end():])
        if named:
            return named
    if f.counted_in == "people" and rx.match(r"[^.;\d]{0,80}?(?:,\s+|\s+but\s+)(?:a figure|which|a number|a total|that figure|"
                                              r"the figure)\s+"
                                              r"(?:(?:it|they|he|she|the \w+)\s+(?:says?|said)\s+)?(?:includes?|included|including)\s+"
                                              r"(?:the\s+)?(?:wounded|injured)\b", sentence[f.end:], re.I):
        return "killed_or_wounded"  # "Russia had lost more than 38,000 troops in the region, a figure it says includes the wounded"
    part = _PART_OF.match(sentence, f.end)
    if part and f.counted_in == "people":  # "About 4,000 of the roughly 12,000 … sent to fight for Russia have been killed or wounded"
        loss, _ = _nearest(sentence[part.end():], 0, [m for m in MEASURES if m[1] != "deployed"])
        if loss is not None:
            return loss
    for pattern, label in MEASURES:  # "lost between 20,000 and 25,000 killed and wounded", "lost several hundred killed"
        # (never an adjective of the people counted: "captured two wounded North Korean soldiers")
        if label and label not in ("deployed", "casualties_unspecified") and rx.match(
                rf"[’'”\"]?\s+(?:{pattern})\b(?!\s+(?:(?!{_NOT_ADJECTIVE}\b)[A-Za-z’'-]+\s+){{0,2}}?(?:{PEOPLE})\b)",
                sentence[f.end:], re.I):
            return label
    own = rx.match(rf"\s+(?:[\w’'-]+\s+){{0,2}}?(?:{PEOPLE})\s+(?:(?:a|per|each)\s+(?:day|week|month)\s+)?"
                   # their own verb: "2,300 North Korean soldiers had been killed and 4,100 wounded"
                   r"(?:(?:had|have|has|were|was|are|is)\s+(?:been\s+)?(?:(?:already|now|reportedly|also|all)\s+)?)?",
                   sentence[f.end:], re.I)
    if own and _loss_named(sentence[f.end + own.end():]):
        return _loss_named(sentence[f.end + own.end():])
    # the measure set off by a comma after the figure (and its people, and a rate's unit): "lost 1,600 troops, killed or wounded, in
    # the final week", "losing around 1,500 soldiers a day, killed or wounded", "at least 6,000, killed and wounded, and …"
    apart = rx.match(rf"[’'”\"]?(?:\s+(?:[\w’'-]+\s+){{0,2}}?(?:{PEOPLE}))?(?:\s+(?:a|per|each)\s+(?:day|week|month))?"
                     # (and where or when: "lost more than 60,000 troops in Kursk, killed and wounded, since August")
                     r"(?:\s+(?:in|near|around|along|across|on|at|over|during)\s+(?:the\s+)?[\w’'-]+(?:\s+(?:region|direction|"
                     r"sector|area|oblast|district))?)?"
                     r"(?:,\s+|\s*[—–]\s*|\s+-\s+)", sentence[f.end:], re.I)
    # (never a loss word with a figure of its own: "killed 38 of the attackers, wounded at least 50 and took two prisoner")
    set_off = _loss_named(sentence[f.end + apart.end():], r"[’'”\"]?(?=\s*(?:[,.;:)”\"’—–]|$)|\s+(?:combined|together|in|on|at|"
                                                         r"since|during|over|by|along|across|near|around)\b"
                                                         r"(?!\s+(?:least|most|about|some|roughly)?\s*\d))") if apart else None
    if set_off:
        return set_off
    subject = rx.search(rf"\b(?:the|a|its|their|his|her) (?:number|count|toll|tally|estimate|figure) of (?:[\w’'-]+\s+){{0,3}}?"
                        rf"(?:{PEOPLE})\s+", sentence[:f.start], re.I)
    if subject and _loss_named(sentence[subject.end():]):
        # "the number of North Korean soldiers killed or wounded while fighting for Russia … has risen to about 3,000"
        return _loss_named(sentence[subject.end():])
    table = MEASURES if f.counted_in != "percent_of_force" else [m for m in MEASURES if m[1] != "deployed"]
    # (where the word after opens the next figure's phrase, it is that one's: "North Korea's dead … number about 400 and its
    # wounded about 2,600")
    upto = f.end if _NEXT_FIGURES_WORD.match(sentence, f.end) else len(sentence)
    measure, words = _nearest(sentence[:upto], f.start, table, f.end)  # a share is of losses, never a troop figure
    if measure == "deployed" and words \
            and rx.fullmatch(r"in Russia|fighting for Russia|(?:troops|soldiers|men) (?:in|to)|remain(?:s|ed)? in", words, re.I) \
            and not rx.search(r"\b(?:among|of)\s+(?:its|the|their|his|her)\s+$", sentence[max(0, f.start - 30):f.start], re.I):
        # "its estimate of North Korean casualties in Russia to about 4,700": where they are says nothing against the loss word
        lo = max(0, f.start - 80)
        loss, _ = _nearest(sentence[lo:f.end], f.start - lo, [m for m in MEASURES if m[1] != "deployed"], f.end - lo)
        if loss is not None:
            return loss
    if measure == "casualties_unspecified" and words and words.lower() in defined:
        return defined[words.lower()]
    return measure


#: A loss word after a figure that opens the next figure's phrase: " and its wounded about 2,600", ", the wounded some 2,600".
_NEXT_FIGURES_WORD = re.compile(r"[’'”\"]?\s*(?:,\s*|\s+)(?:and\s+)?(?:its|their|the|his|her)\s+(?:dead|killed|wounded|injured|missing)"
                                r"\s+(?:(?:at|were|was|number(?:ed)?|stood at)\s+)?(?:about|some|roughly|around|nearly|more than|at least|"
                                r"over|up to)?\s*\d")


def _when_said(sentence: str, m: re.Match, f: Figure) -> bool:
    """Whether a time phrase before the figure dates the statement, not the losses: "told lawmakers on January 13 that roughly
    370 …", "told RIA Novosti last week that …", "said in March that …"; "last week lawmakers briefed by the agency said total
    casualties had passed 4,700" (a verb of speech between the phrase and the figure, outside commas)."""
    if m.end() > f.start or rx.search(r"\balone$", m.group()) or rx.match(r"\s+alone\b", sentence[m.end():]):
        return False  # "On Saturday alone we counted 137": a phrase with "alone" always dates the losses
    gap = sentence[m.end():f.start]
    if rx.match(rf"(?:yesterday|overnight|that (?:morning|night|day)|on (?:{'|'.join(WEEKDAYS)})|(?:last|this) (?:week|month))\b",
                m.group(), re.I) and \
            rx.fullmatch(r"\s*,?\s*(?:we|they|our \w+|its \w+|the \w+)\s+(?:counted|recorded|identified|tallied|confirmed)\s+"
                         r"(?:[\w’'-]+\s+){0,3}", gap):
        return False  # "yesterday we counted forty bodies": counting the dead is no statement about them
    if rx.match(r"\s*,?\s*(?:that|alleging|saying|claiming|stating)\b", gap) and \
            rx.search(rf"\b(?:{SPEECH}|told|briefed|informed)\b", sentence[max(0, m.start() - 60):m.start()], re.I):
        return True
    speech = rx.search(rf"\b(?:{SPEECH})\b", gap)
    parenthetical = rx.match(rf"\s*,[^,]*\b(?:{SPEECH})\b[^,]*,", gap) or \
        rx.search(rf",\s+(?:[\w’'-]+\s+){{0,3}}(?:{SPEECH})\s*,", gap)  # "Over the past week, the brigade said, 300 …";
    # "losses over the same weeks were, he says, “much lower …”"
    # a fronted phrase with its comma ("Between Saturday and Monday, they claimed to have killed 50") dates the losses
    # (but "The General Staff, in its morning update on Wednesday, said Russia had lost …" dates the update)
    fronted = not sentence[:m.start()].strip(" \"“‘'-—") and bool(speech) and "," in gap[:speech.start()]
    # ("During the five worst days of the retreat, the staff recorded 120 killed": the opening phrase, closed by its comma)
    said = bool(speech) and not rx.search(r"\d", gap[:speech.start()]) and not parenthetical and not fronted \
        and (not rx.match(r"\s*,", gap) or bool(rx.match(rf"\s*,\s*(?:{SPEECH})\b", gap)))
    # "stood by its figure on Friday, telling lawmakers … that about 300 …": a participle of speech after the comma
    return bool(rx.match(r"\s*,\s*(?:telling|saying|adding|informing|briefing)\b[^,]*\bthat\b", gap)) or said


#: A statement's noun or participle, a few words before a day that dates it, not the losses: "in a report to the National Assembly
#: on Thursday", "Kyiv's own figure, given on Monday", "the ministry's claim, repeated on Tuesday".
_REPORT_ON = re.compile(r"\b(?:report|update|bulletin|address|announcement|briefing|statement|figure|claim|estimate|given|published|"
                        r"released|repeated|issued|posted|reiterated)\b,?(?:\s+(?!(?:killed|wounded|died|dead|lost|captured|fighting|"
                        r"strikes?|attacks?|assaults?)\b)[A-Za-z’'-]+){0,5},?\s+$", re.I)


#: Figures given day by day: "310 servicemen on Monday, 380 on Tuesday", "620 on Friday and 480 on Saturday".
_DAYS_LISTED = re.compile(rf"\d[\d,]*\b[^.;]{{0,60}}?\bon (?:{'|'.join(WEEKDAYS)})\b(?:\s+alone)?(?:,\s+|\s+and\s+)(?:another |a further )?"
                          rf"\d[\d,]*\b[^.;]{{0,30}}?\bon (?:{'|'.join(WEEKDAYS)})\b")


#: Words that count the people of an incident told just before: "Of the dead, at least 20 were North Korean", "17 of them were
#: killed", "its own losses were two killed", "put the confirmed toll at 47".
_OF_THE_INCIDENT = re.compile(r"\b(?:of|among) (?:them|those|whom|these|the (?:dead|wounded|attackers|assaulting \w+|casualties|"
                              r"prisoners|killed|soldiers|men|troops|others))\b|\bthe rest\b|\b(?:its|their|his) own losses\b|"
                              r"\bthe (?:confirmed |final )?toll\b", re.I)


def scope_of(sentence: str, measure: str, counted_in: str, f: Figure) -> tuple[str, str]:
    if measure == "deployed":
        return "stock", ""
    more = rx.search(rf"\b(?:{ADDED})\s+$|\b(?:climb|rise|grow|increase)\s+by\s+$", sentence[:f.start], re.I) \
        or rx.match(rf"(?:{ADDED})\s", sentence[f.start:f.end], re.I) or rx.match(r"\s+more\b", sentence[f.end:], re.I)
    if more and modality_of(sentence, f) != "reported":
        return "period", more.group().strip()  # "would suffer another 1,800 casualties by the end of June": losses to come, not a total
    best = None  # the sign nearest the figure; the verb's aspect (the last pattern) only where no other sign is
    for rank, (pattern, label) in enumerate(SCOPE):
        if counted_in.startswith("people_per_") and label != "period":
            continue
        for m in rx.finditer(pattern, sentence, re.I):
            if label in ("incident", "period") and rx.match(r"on\b|this\b|last\b|yesterday\b|earlier\b|overnight\b", m.group(), re.I) \
                    and (rx.search(rf"\b(?:{SPEECH}|told \w+|briefing|statement)\s+(?:\w+\s+)?$",
                                   sentence[max(0, m.start() - 30):m.start()], re.I)
                         or _REPORT_ON.search(sentence[max(0, m.start() - 60):m.start()])):
                continue  # "told MPs on Tuesday", "reported on January 15", "released overnight", "in a report to the National Assembly
                # on Thursday", "Kyiv's own figure, given on Monday": when it was said
            if label == "incident" and m.start() >= f.end and rx.match(r"on (?:\w+ )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                                                        r"Sunday)\b|yesterday\b", m.group(), re.I) \
                    and rx.search(rf",\s+(?:the\s+)?[^,]{{0,60}}?\b(?:{SPEECH})\b", sentence[f.end:m.start()]):
                continue  # "…, in the fighting in Kursk, the NIS told a closed-door session of the committee on Wednesday": its day
            if label in ("incident", "period") and _when_said(sentence, m, f):
                continue
            if label == "period" and rx.match(r"(?:during|throughout|in) ", m.group()) and rx.search(
                    r"\b(?:went in|arrived|deployed|sent|came|entered|joined|was formed|were formed|mobili[sz]ed)\s+$",
                    sentence[max(0, m.start() - 30):m.start()], re.I):
                continue  # "a third of the first wave that went in during December has been killed": when they came, not fell
            if label == "period" and rx.match(r"(?:captured|killed|wounded|taken prisoner|died|lost)\b|in the (?:spring|summer|autumn|"
                                              r"fall|winter)\b", m.group()) \
                    and rx.search(r"\bput\b[^.;]*\bat\s+[^.;]*$", sentence[:m.start()], re.I):
                continue  # an estimate's date: "put North Korean losses at about 6,000 killed and wounded in March"
            if label in ("incident", "period") and _TOTAL_AT.search(sentence[:f.start]) and rx.fullmatch(
                    rf"(?:on|as of) (?:(?:{'|'.join(WEEKDAYS)})|(?:{MONTHS})\.? \d{{1,2}})|yesterday|"
                    rf"(?:a|one|two|three) (?:weeks?|months?|days?) (?:earlier|before)", m.group(), re.I):
                continue  # "the running tally stood at 3,150 on Wednesday, up from 2,900 a week earlier": the day of the total
            if m.start() >= f.end and rx.search(r",\s+(?:many|most|some|several|half|all|few|a third|a quarter) of (?:them|whom|those)\b",
                                                sentence[f.end:m.start()], re.I):
                continue  # "at least 1,000 … killed, many of them in their first weeks of combat": when a part of them died
            distance = f.start - m.end() if m.end() <= f.start else max(0, m.start() - f.end)
            key = (rank == len(SCOPE) - 1, distance, -len(m.group()), rank)  # (at one distance, the longer sign: "daily tally")
            if best is None or key < best[0]:
                best = (key, label, m.group())
    if best is not None and best[1] == "period" and rx.fullmatch(r"(?:last|this|that) (?:week|month)", best[2], re.I):
        single = rx.search(r"\b(?:in|during|after) (?:a single|one) (?:[\w-]+ )?(?:assault|attack|strike|ambush|raid|engagement|battle|"
                           r"counterattack|counter-attack)\b", sentence, re.I)
        if single:  # "In a single assault near the village last week, … lost more than 60": one fight, dated by the week
            best = (best[0], "incident", single.group())
    if best is not None and best[1] == "incident" and rx.match(rf"on (?:{'|'.join(WEEKDAYS)})\b", best[2]) \
            and _DAYS_LISTED.search(sentence):
        best = (best[0], "period", best[2])  # "lost 310 on Monday, 380 on Tuesday and 330 on Wednesday": a daily toll, day by day
    if best is None or best[0][0]:  # no sign, or only the verb's aspect: a place or a bulletin's voice says more
        place = _NEAR_PLACE.search(sentence)
        if place and rx.search(r"\b(?:that|which)\b[^,;]{0,30}\b(?:went into (?:battle|combat|action)|fought|(?:was|were) deployed|"
                               r"(?:is|was|are|were) (?:stationed|based)|operates|operated)\s+$", sentence[:place.start()]):
            place = None  # "The brigade that first went into battle near Kurilovka has lost a third": where it fought, not one fight
        if place and not counted_in.startswith("people_per_"):
            return "incident", place.group()  # "surrendered near Sverdlikovo": one place, one fight
        bulletin = rx.search(r"\bthe enemy (?:lost|losses)\b", sentence, re.I)
        if bulletin and best is None:
            return "period", bulletin.group()  # a military bulletin's "the enemy lost up to 260 servicemen": its day
        if best is not None and f.value < 0:
            return "unspecified", ""  # "had suffered heavy losses": no figure, and no word of time but the verb's
    if best:
        return best[1], best[2]
    if counted_in.startswith("people_per_"):
        # a rate tied to no window: the present's ("Russia is losing more than 1,000 soldiers a day", "at the current rate")
        # is of no stated period; any other is the period it was running in
        month = rx.search(rf"\b(?:in|during|for|through(?:out)?) (?:early |late |mid-)?(?:{MONTHS})\b|\bthrough the \w+\b", sentence)
        if month:
            return "period", month.group()  # "around 1,000 casualties a day in November": the month it ran in
        present = _PRESENT_RATE.search(sentence)
        if present and modality_of(sentence, f) == "reported":
            return "unspecified", ""
        return "period", ""  # (a rate forecast runs over the time it looks to)
    return "unspecified", ""


#: A total as it stood at a date: the figure's verb, right before it ("stood at", "rose to", "reached").
_TOTAL_AT = re.compile(r"\b(?:stood|stands|stand|rose|risen|climbed|reached|put (?:it|the (?:number|toll|total)))\s+(?:at|to)?\s*"
                       r"(?:[\w’'-]+\s+){0,2}$|\bup from\s+$", re.I)


#: A rate in the present, with no window of its own: "is losing", "are burying", "loses", "now", "at the current rate".
_PRESENT_RATE = re.compile(r"\b(?:is|are|am)\s+(?:now\s+|still\s+)?(?:losing|suffering|burying|killing|taking|sustaining|running)\b|"
                           r"[’']re\s+(?:losing|burying|killing)\b|\b(?:loses|lose|suffers)\b|\bnow\b|\bcurrent(?:ly)?\b", re.I)


#: The weakest sign of an incident, read only where no word of time is: a named place the losses happened near.
_NEAR_PLACE = re.compile(r"\bnear (?:the (?:village|town|settlement) of )?(?!Kursk\b)[A-Z][\w’'-]+")


def definitions(text: str) -> dict[str, str]:
    """What the text defines its loss words as: 'combat losses … killed, wounded, missing and captured'."""
    out = {}
    for m in rx.finditer(r"\b(combat losses|casualties|losses)\b[^.]{0,40}?(?:\b(?:as|means?|meaning|include|including|defined as)|: |"
                         r"\s\()\s*"
                         r"(?P<what>(?:killed|dead|wounded|missing|captured)(?:,?\s+(?:and\s+|or\s+)?(?:killed|dead|wounded|missing|"
                         r"captured|taken prisoner))+)", text, re.I):
        parts = set(rx.findall(r"killed|dead|wounded|missing|captured|prisoner", m.group("what").lower()))
        parts = {"killed" if p == "dead" else "captured" if p == "prisoner" else p for p in parts}
        key = {frozenset({"killed", "wounded", "missing", "captured"}): "killed_wounded_missing_or_captured",
               frozenset({"killed", "wounded", "missing"}): "killed_wounded_or_missing",
               frozenset({"killed", "captured"}): "killed_or_captured", frozenset({"killed", "wounded"}): "killed_or_wounded",
               frozenset({"killed", "missing"}): "killed_or_missing"}.get(frozenset(parts))
        if key:
            out[m.group(1).lower()] = key
    return out


def report_date(sentence: str, published: date | None) -> tuple[str, str, str, str]:
    """(words, start, end, precision) of when the claimant said it: a weekday right after a verb of saying, dated by the
    document's publication (the weekday on or before it) where that is known."""
    m = rx.search(rf"\b(?:{SPEECH})\s+(?:on\s+)?(?P<d>{'|'.join(WEEKDAYS)})\b", sentence)
    if not m:
        return "", "", "", "unknown"
    words = sentence[m.start("d") - (3 if sentence[m.start("d") - 3:m.start("d")] == "on " else 0):m.end("d")]
    if published is None:
        return words, "", "", "relative"
    back = (published.weekday() - WEEKDAYS.index(m.group("d"))) % 7
    day = (published - timedelta(days=back)).isoformat()
    return words, day, day, "day"


# --- the draft -----------------------------------------------------------------------------------------------

#: A fact box's line that opens on its figure and says after a colon what it counts: "3,800: North Korean troops killed or wounded by
#: mid-February, according to the Pentagon", "About 90 a day: average Russian losses in January".
_NUMBER_FIRST = re.compile(r"(?m)(?:^|(?<=[.!?] ))([-•*–]?\s*"
                           r"(?:(?i:about|around|roughly|some|nearly|almost|more than|over|up to|at least|fewer than)\s+)?"
                           r"\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?(?:\s+(?:a|per)\s+(?:day|week|month))?):(?=[ \t]+\S)")


def draft(text: str, claims_columns: list[str], phrases: list[quantities.Phrase], names: Names, document_id: str, start_id: int,
          published: date | None = None, left_out: list[tuple[str, str]] | None = None) -> list[dict[str, str]]:
    """Candidate claims.csv rows for ``text`` (each with ``proposed_claimant``, a sources.csv row to propose, or ''); each
    sentence with a number that gives no row is added to ``left_out``, when given, with why (:data:`LEFT_OUT`)."""
    original = text
    text = _NUMBER_FIRST.sub(lambda m: m.group(1) + " ", text)  # "3,800: North Korean troops killed …" read as a sentence (the
    # quotes keep the colon: see the end)
    # the longest name first ("the GUR" before "GUR"); names read from this text stay with it
    names = replace(names, aliases=sorted(names.aliases, key=lambda a: -len(a[0])), read={})
    names = replace(names, bodies=(*_defence_intelligence(text, names), *names.bodies))
    rows: list[dict[str, str]] = []
    defined = definitions(text)
    spans = sentences(text)
    # (a fact box's line, "2: North Korean soldiers held by Ukraine", is no section's title restating the body)
    boxed = {m.end(1) for m in _NUMBER_FIRST.finditer(original)}
    titles = {(s, e) for s, e in _titles(text, spans) if not any(s < b <= e for b in boxed)}
    body_values = {}
    tables = _table_rows(text, spans, names)
    piped = _piped_rows(text, spans)
    figures = {(s, e): figures_in(text[s:e], phrases, table=(s, e) in tables or (s, e) in piped) for s, e, _ in spans}  # read once
    for s, e, _ in spans[1:]:
        if (s, e) in titles:
            continue
        for f in figures[(s, e)]:
            body_values.setdefault(round(f.value, 2), text[s:e])
    self_published = _self_published(text)
    corrections = bool(_CORRECTIONS.match(text.lstrip()))
    stated: set[float] = set()  # the figures of the sentences before
    why: dict[tuple[int, int], str] = {}  # why a sentence with a number gives no row, where a rule said so
    takeaways = _takeaways(text, spans)
    later_values = {(s, e): [{round(f.value, 2) for f in figures[(s2, e2)]} for s2, e2, _ in spans if s2 > s and (s2, e2) not in takeaways]
                    for s, e in takeaways}
    context: dict = {"last": {}, "agency": None, "by_kind": {}, "dateline_relays": [], "text_side": _side_of_text(text), "text": text,
                     "history": []}
    context["voice"] = _voice_of(text, names, context)
    publisher = _publisher(text, names)
    interviewee, answers = _interview(text, spans, names)
    if interviewee is not None:  # an interview printed as questions and answers: each answer is the interviewee's
        context["interviewee"], context["answers"] = interviewee, set(answers)
    first_line = text.lstrip().split("\n", 1)[0].rstrip()
    titled = "\n" in text.strip() and len(first_line) < 200 and (not first_line.endswith((".", "?", "!", ":"))
                                                                  or _SHOUTED_TITLE.search(first_line) is not None)
    spans_start: dict[int, int] = {}  # where each paragraph starts
    for s, _, paragraph in spans:
        spans_start.setdefault(paragraph, s)
    for s, e, paragraph in spans:
        sentence = text[s:e]
        # the first line, when it is a title: "Fact check: Thousands of casualties, but …" is one headline, split at its colon
        headline = titled and paragraph == 0 and s < len(text) - len(text.lstrip()) + len(first_line) or (s, e) in titles
        hypothetical = HYPOTHETICAL.search(sentence) is not None
        found = [] if hypothetical else figures[(s, e)]  # an illustration counts nobody
        if hypothetical:
            why[(s, e)] = LEFT_OUT["hypothetical"]
        restated = False
        if (s, e) in takeaways:  # "Key takeaway: Ukrainian sources reported roughly 140 …" over the body's 140: said once, there
            kept = [f for f in found if not any(round(f.value, 2) in values for values in later_values[(s, e)])]
            restated, found = len(kept) < len(found), kept
            if restated:
                why[(s, e)] = LEFT_OUT["takeaway"]
        withdrawn = [f for f in found if _withdrawn(sentence, f, corrections)]
        named_again = [f for f in found if (_NAMED_FIGURE.search(sentence[:f.start]) or _BROKEN_DOWN.search(sentence[:f.start])
                                            and rx.match(r"\s+(?:killed|dead|wounded|missing|casualties|captured|fallen)\b",
                                                         sentence[f.end:])
                                            # a correction's right figure, which the text gave before: "…; the figure was 620"
                                            or _CORRECTION_LABEL.match(sentence) and f not in withdrawn
                                            or _FIGURE_AS_NOUN.search(sentence[:f.start]) and _WHAT_IT_IS.match(sentence, f.end))
                      and round(f.value, 2) in stated
                      # a live blog's or a newsletter's recap of what it gives elsewhere (a live blog's newest entry first):
                      # "17:55 — Recap: …"
                      or _RECAP.match(_without_cue(sentence))
                      and any(round(f.value, 2) in {round(g.value, 2) for g in gs} for span, gs in figures.items() if span != (s, e))]
        if withdrawn or named_again:
            why[(s, e)] = LEFT_OUT["withdrawn" if withdrawn else "named_again"]
            found = [f for f in found if f not in withdrawn and f not in named_again]
            restated = restated or not found  # (and no row of losses with no figure for what it withdrew or named again)
            side = next((w for f in withdrawn if (w := whose_of(sentence, f)) not in ("unspecified", "both_sides")), None)
            if side is not None:
                context["whose"] = side  # (what it withdrew still says whose losses the text is about)
        stated.update(round(f.value, 2) for f in figures[(s, e)])
        context["at"], context["paragraph"] = s, paragraph  # (where the sentence starts: what the text named before it)
        _subject_person(sentence, names, context)
        claimants = claimants_of(sentence, names, context)
        if _POST_LABEL.match(sentence):  # "Post 4: '…'": a thread retold post by post, each post the channel's, whoever it names
            if context.get("thread") is None:
                context["thread"] = _thread_voice(text[:s], names) or next(
                    (c for c in reversed(context["history"]) if c.source_id not in _persons(context)), None)
            if context["thread"] is not None:
                claimants = [replace(context["thread"], attribution="inferred_from_context")]
        context["said_before"] = sentence  # (for the next sentence: "… its press secretary said. Rear Adm. Dana Whitfield told …")
        # (the names are looked up only where a document noun is: claimants_of has read them once already)
        author = next((m for m in mentions(sentence, names) if m.kind not in MEDIA and _DOCUMENT_OF.match(sentence, m.end)), None) \
            if _DOCUMENT_OF.search(sentence) else None
        if author is not None:  # "A 14-slide DIA briefing obtained by …": whose document its slides and charts are
            context["document"] = Claimant(author.source_id, "inferred_from_context", author.written, [], _proposal(author, names))
        if found and not claimants and _QUESTION.search(sentence):
            found = []  # "Is it true that North Korea has already lost thousands?": asked, claimed by nobody
            why[(s, e)] = LEFT_OUT["question"]
        by_clause = _claimants_by_clause(sentence, names, context) if len(found) > 1 else []
        how_note = []
        if claimants and _OWN_TALLY.search(sentence) and paragraph not in context.get("turns", ()) \
                and paragraph not in context.get("answers", ()) and not rx.match(r"\s*[“\"‘']", sentence):
            # "Our own analysis of Ukrainian General Staff reporting suggests …", "By this site's own tally of the daily
            # summaries, the General Staff has reported …": the text's own figure, from what the body published
            claimants, by_clause = [], []
            how_note.append("the text's own tally of what others published")
        if claimants:
            context["last"][paragraph] = claimants
            if len(claimants) > 1:
                context["group"] = claimants  # "two U.S. officials and a South Korean government official": "the officials" later
            persons = _persons(context)
            context["history"] += claimants
            for c in claimants:
                context["speaker"] = c
                if c.source_id not in persons and (names.kind(c.source_id) or (c.proposed or {}).get("kind", "")) not in MEDIA:
                    context["body"] = c  # "the assessment forecasts": the body, never the outlet that reported it
                kind = names.kind(c.source_id) or (c.proposed or {}).get("kind", "")
                if c.source_id not in persons:  # "the brigade said" is the brigade, not its captain named before
                    context["by_kind"][kind] = c
                if kind == "intelligence_service":
                    context["agency"] = Mention(0, 0, c.source_id, c.written, c.source_id in names.sources)
            dateline = rx.match(r"^[A-Z][A-Z ,.]+\d*\s*\((?P<a>[\w ]+)\)", sentence)
            if dateline:
                outlet = next((m.source_id for m in mentions(dateline.group(), names)), None)
                if outlet:
                    context["dateline_relays"] = [outlet]
        else:
            plural: list[Claimant] = []
            anaphor = next(((m.group(), kinds) for pattern, kinds in ANAPHORA if (m := rx.search(pattern, sentence, re.I))), None)
            earlier = next((context["by_kind"][k] for k in (anaphor[1] if anaphor else ()) if k in context["by_kind"]), None)
            own = _OWN_FIGURES.search(sentence)
            if own and own.group(1) not in _NOT_NAME_WORDS:  # "Table 2 gives Nordlys's own ranges" after "the Oslo-based Nordlys
                # Institute": the body named so before
                earlier = _body_named_before(context, re.escape(own.group(1))) or earlier
            noun = rx.search(r"\b(sources|officials|source|official)\b", anaphor[0], re.I) if anaphor else None
            if noun:  # "According to the sources" after "several government sources" and, since, "US and South Korean officials"
                word = noun.group(1).lower().rstrip("s")
                earlier = next((c for c in reversed(context["history"]) if rx.search(rf"\b{word}s?\b", c.written, re.I)), earlier)
                group = context.get("group") or []
                if noun.group(1).lower().endswith("s") and earlier in group \
                        and all(rx.search(rf"\b{word}s?\b", c.written, re.I) for c in group):
                    plural = group  # "The officials … said": each group of the officials named together before
            head = _DEFINITE.search(sentence)
            if head and earlier is None:  # "the monitor said" after "the Baltic Defence Monitor": the last claimant whose name ends so
                earlier = next((c for c in reversed(context["history"]) if _head_word(c) == head.group(1).lower()), earlier)
            if head and earlier is None:  # "the Mission also documented" after "the UN Human Rights Monitoring Mission" named
                earlier = _named_before(head.group(1), text[:s], names)  # where no one spoke: the body of that name
            if rx.match(r"A[:.]\s|[—–]\s", sentence):  # "A: …", or an answer set off by a dash ("— Our assessment is …")
                context.setdefault("answers", set()).add(paragraph)
            if earlier is None and paragraph in context.get("answers", ()) and context.get("interviewee") is not None:
                earlier = context["interviewee"]  # "In my estimate Russia lost …" after "And the Russians?": the one interviewed
            elif earlier is None and paragraph in context.get("answers", ()) and context.get("person") is not None:
                earlier = context["person"]  # an interview's answer ("A: Last week we confirmed 212 killed"): the person asked
            if earlier is None and DOCUMENT_PART.search(sentence):
                earlier = context.get("document") or context.get("body")
                context["body"] = earlier  # "It puts casualties at …" after "Slide 6 estimates …": the same document's author
            if earlier is None and BODY_ANAPHORA.search(sentence):
                earlier = context.get("body")
            if earlier is None and PRONOUN_SPEECH.search(sentence):
                earlier = context.get("speaker")
                lawmaker, agency = context.get("roles", {}).get("lawmaker"), context.get("agency")
                if earlier is not None and lawmaker is not None and agency is not None and earlier.source_id == lawmaker.source_id:
                    # "He added that …" of a lawmaker relaying the agency's briefing: the agency
                    earlier = Claimant(agency.source_id, "inferred_from_context", agency.written, [lawmaker.source_id],
                                       _proposal(agency, names))
            if earlier is None:
                earlier = _turn_speaker(sentence, names, context)
                if earlier is not None:
                    context["last"][paragraph] = [earlier]
                    context.setdefault("turns", set()).add(paragraph)  # the speaker's turn: their "we assess" is theirs
            if earlier is None and paragraph in context["last"]:
                earlier = context["last"][paragraph][0]
            if earlier is None and rx.match(r"[-•*–]\s", sentence) and context.get("intro") is not None:
                earlier = context["intro"]  # a list after "The agency told lawmakers:": each item the agency's
            if earlier is None and BULLETIN_VOICE.search(sentence) and context["history"]:
                earlier = context["history"][-1]
            if earlier is None and rx.match(r"\s*['‘“\"]\w", sentence) and not rx.search(r"\w[.,!?]?['’”\"]\s*,?\s+\w", sentence) \
                    and context.get("speaker") is not None:
                earlier = context["speaker"]  # a quotation standing alone, no one named in or after it: the last speaker goes on
            if _OWN_VOICE.search(sentence) and paragraph not in context.get("turns", ()):
                earlier = None  # the text's own estimate ("by our calculation", "we estimate"): the author's, not the last speaker's
            if earlier is None and context.get("voice") is not None:
                earlier = context["voice"]  # a transcript of one speaker's address: what it says with no other speaker is theirs
            quoted_voice = context.get("quoted_voice")
            if quoted_voice is not None and paragraph > quoted_voice[1] and not rx.match(r"\s*[“\"]", text[spans_start[paragraph]:]):
                context["quoted_voice"] = quoted_voice = None  # the statement printed in full ended with its quotation marks
            if earlier is None and quoted_voice is not None and paragraph > quoted_voice[1]:
                earlier = quoted_voice[0]  # a statement printed in full after "… follows.": its paragraphs in quotation marks
            if earlier is not None:
                claimants = [Claimant(c.source_id, "inferred_from_context", c.written, list(c.relays), c.proposed)
                             for c in (plural if earlier in plural else [earlier])]
                how_note.append("claimant inferred from context")
        if sentence.rstrip().endswith(":") and claimants:
            context["intro"] = claimants[0]
        elif sentence.rstrip().endswith(":") and context.get("body") is not None and \
                rx.search(r"\b(?:the|its|that|this)\s+(?:\w+\s+)?(?:assessment|report|statement|study|briefing|update|analysis|document|"
                          r"paper)['’]?s?\b", sentence, re.I):
            context["intro"] = context["body"]  # "Among the assessment's other findings:": the bullets after it are its body's
        elif not rx.match(r"[-•*–]\s", sentence):
            context["intro"] = None
        follows = _TEXT_FOLLOWS.search(sentence)
        if follows:  # "The full text of the statement by the party's Central Military Commission, as translated, follows."
            found_by = claimants_of(f"{follows.group('who')} said that.", names, dict(context, history=list(context["history"])))
            context["quoted_voice"] = (found_by[0], paragraph) if found_by else None
        candidates = []
        for f in found:
            measure = _piped_measure(sentence, f, piped[(s, e)]) if (s, e) in piped else measure_of(sentence, f, defined)
            if measure is None and (s, e) in tables:  # "Ukraine's HUR: 4,500 (February)" under "estimates of … casualties"
                measure = _measure_named(tables[(s, e)])
            if measure is None and (rx.match(r"\s*(?:That|This|It|Which)\b", sentence) or rate_of(sentence, f)
                                    or rx.search(r"\bput(?:s|ting)? (?:the|that|this) (?:figure|number|total|estimate)\b|\bputs? it\b|"
                                                 r"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Oo]ur|[Mm]y) (?:real |true |actual |overall )?"
                                                 r"(?:figure|number|total|toll|estimate|share)\b", sentence)) \
                    and context.get("measure", {}).get(paragraph) and not rx.search(TROOPS_OF, sentence[max(0, f.start - 30):f.start]):
                # (never a troop figure: "That's out of a force of roughly 11,000 to 12,000")
                measure = context["measure"][paragraph]  # "That works out to roughly 13 a day": the figure before, as a rate
            if measure is None and _OF_A_KIND.match(sentence, f.end):
                kinds = context.get("measure", {})
                earlier = kinds.get(paragraph) or kinds.get(paragraph - 1)
                if earlier is not None and earlier != "deployed":  # "… 1,450 names. ¶ At least 58 were officers": a part of the
                    measure = earlier  # losses counted just before, by the kind of men they were
            if measure is None and rate_of(sentence, f) and rx.search(r"\b(?:the|that|this|its|their) (?:rate|pace)\b", sentence, re.I):
                earlier = [m for m in context.get("measure", {}).values() if m != "deployed"]
                if earlier:  # "The Ukrainian side says the rate has climbed to about 100 a day": the losses the text counted last
                    measure = earlier[-1]
            if measure is None and rx.search(r"\b(?:units|troops|soldiers|forces?|contingent|personnel|reinforcements)\b", sentence, re.I):
                measure = "deployed"  # a figure of people with no word of loss in a sentence about troops: "put their number at 11,000"
            if candidates and rx.search(rf"\b(?:and|,)\s+(?:{ADDED})\s+$", sentence[:f.start]) \
                    and rx.match(r"\s*(?:(?:in|on|over|during|by|last|this|the following)\b[^,;.]*)?[,;.]?\s*$", sentence[f.end:]):
                measure = candidates[-1][1]  # "about 2,000 urns arrived in January and another 1,100 in February": the same count
            if measure is None:
                continue
            candidates.append((f, measure))
            if rx.search(TROOPS_OF, sentence[max(0, f.start - 30):f.start]):  # "the whole contingent of about 12,000 could be killed"
                if measure != "deployed":
                    candidates.append((f, "deployed"))  # the troops too
                elif rx.match(r"[^.;]{0,40}?\b(?:lost|killed|destroyed|wiped out|eliminated)\b", sentence[f.end:]):
                    loss = _nearest(sentence, f.start, [m for m in MEASURES if m[1] != "deployed"], f.end)[0]
                    if loss:
                        candidates.append((f, loss))  # and the losses
        if headline:
            restated = [(f, m) for f, m in candidates if (f.reading is None or f.reading.qualifier != "vague")
                        and round(f.value, 2) in body_values]
            # the headline's own figures: vague words ("hundreds feared dead") or a figure no body sentence states
            # ("… nearly doubles, to more than 5,000" over a body's 5,200); a figure read from the body is drafted once, there
            candidates = [(f, m) for f, m in candidates if (f, m) not in restated and (f.reading is not None or f.counted_in != "people"
                                                                                        or _sum_of_body(f.value, body_values))]
            if not candidates:
                why[(s, e)] = LEFT_OUT["headline"]
                continue  # the headline restates the body (or states nothing the body does not): no row of its own
            claimants = []  # the outlet's own reading of a claim
        if candidates and not headline and all(m == "deployed" for _, m in candidates):
            # "rotated 2,000 fresh troops in to replace units that had suffered heavy losses", "sent about 11,500 troops …, has
            # acknowledged only that its soldiers died heroically": the losses too
            for pattern, label in NO_FIGURE[:-2]:
                heavy = rx.search(pattern, sentence)
                if heavy and label != "deployed" and not any(f.start <= heavy.start() < f.end for f, _ in candidates):
                    measure = label or _nearest(sentence, heavy.start(), MEASURES[:-1])[0] or "casualties_unspecified"
                    candidates.append((Figure(heavy.start(), heavy.end(), None, -1), measure))
                    break
        if candidates and not headline:
            for pattern, label in BESIDE_FIGURES:
                m = rx.search(pattern, sentence)
                if m and not any(f.start - 25 < m.end() and m.start() < f.end + 25 for f, _ in candidates):
                    candidates.append((Figure(m.start(), m.end(), None, -1), label or candidates[-1][1]))
        if not candidates and not _about_civilians_only(sentence) and not restated and sentence not in tables.values():
            # (nor for a summary the body restates, nor for a table's heading: its rows say it)
            words = next((m for pattern, _ in NO_FIGURE if (m := rx.search(pattern, sentence))), None)
            if words is not None and not headline:
                measure = next((label for pattern, label in NO_FIGURE if label and rx.fullmatch(pattern, words.group())), None) or \
                    _nearest(sentence, words.start(), MEASURES)[0]
                if measure is not None:
                    candidates.append((Figure(words.start(), words.end(), None, -1), measure))
        if candidates:
            context.setdefault("measure", {})[paragraph] = candidates[-1][1]
        rate_before = None
        context["whose_from"] = sentence.find("|") if (s, e) in piped else 0  # a piped row's side: its cells', not its claimant's
        for f, measure in candidates:
            arithmetic = _own_arithmetic(sentence, f) and paragraph not in context.get("answers", ()) \
                and paragraph not in context.get("turns", ())
            if arithmetic or _in_own_words(sentence, f) and not any(c.attribution == "explicit" for c in claimants) \
                    and paragraph not in context.get("answers", ()) and paragraph not in context.get("turns", ()) \
                    and not _SPEAKER_LABEL.match(sentence):
                own = [None]  # "We assess that … between 4,000 and 5,000", "by our own reckoning …": the text's own voice
            else:
                own = [c for c in _claimants_of_figure(f, by_clause) or claimants
                       if not (self_published and (names.kind(c.source_id) or (c.proposed or {}).get("kind")) == "think_tank")]
            for claimant in own or [None]:
                voice = how_note
                if claimant is None and publisher is not None:  # the text's own voice is the body that publishes it
                    claimant = publisher
                    voice = [*how_note, f"the document's own voice: {publisher.written}, whose publication it is, as its heading says"]
                row = _row(sentence, f, measure, claimant, names, claims_columns, document_id, start_id + len(rows), published,
                           headline, body_values, voice, context)
                if row["counted_in"].startswith("people_per_"):
                    rate_before = row["counted_in"]
                elif rate_before and row["counted_in"] == "people" and rx.match(r"\s+of (?:those|them|these|which)\b", sentence[f.end:]):
                    row["counted_in"] = rate_before  # "well over a thousand a day …, and perhaps 150 to 200 of those in Kursk"
                    row["scope"] = "period"
                    row["notes"] += f"; not a count of people: a part of the rate before it, counted in {rate_before}"
                if arithmetic:  # "That makes about 4,000 casualties": the text's sum or reading of figures it gave before
                    row["_derived_from"] = _source_of_headline(row, [r for r in rows if not r.get("_headline")])
                    row["notes"] += "; the text's own arithmetic on figures it gives before, drafted as derived"
                elif (s, e) in takeaways and row["counted_in"] == "people" and row["qualifier"] != "none":
                    row["_headline"] = True  # "TOP LINE: Kyiv claims roughly 1,450 … this week" over the week's bulletins: the
                    row["notes"] += "; a summary line's own figure, read from the body: drafted as derived"  # summary's reading
                elif claimant is None and not headline and _bracket_of_others(row, sentence, body_values):
                    row["_bracket"] = True  # "somewhere between 2,000 and 6,100": the lowest and highest of the others' figures
                    row["notes"] += "; the text's own bracket of figures it gives elsewhere, drafted as derived"
                if (s, e) in tables and row["qualifier"] != "none":  # whose losses a table's row counts: its heading's
                    heading = tables[(s, e)]
                    side = whose_of(heading, Figure(len(heading), len(heading), None, 0.0))
                    if side != "unspecified":
                        row["whose_losses"] = side
                rows.append(row)
    if left_out is not None:
        quoted = {r["quote"] for r in rows}
        for s, e, _ in spans:
            sentence = text[s:e]
            if sentence not in quoted and _A_NUMBER.search(_ORDINAL.sub("", sentence)):  # (an ordinal names, never counts: "8th")
                left_out.append((sentence, why.get((s, e), LEFT_OUT["civilians"] if _about_civilians_only(sentence)
                                                    else LEFT_OUT["another_war"] if _OTHER_WAR.search(sentence)
                                                    else _what_its_numbers_count(sentence))))
    if text != original:  # each quote as the text writes it
        restore = {text[s:e]: original[s:e] for s, e, _ in spans if text[s:e] != original[s:e]}
        for row in rows:
            row["quote"] = restore.get(row["quote"], row["quote"])
        if left_out is not None:
            left_out[:] = [(restore.get(q, q), why_) for q, why_ in left_out]
    for row in rows:
        if row.get("_headline"):
            row["_derived_from"] = _source_of_headline(row, [r for r in rows if not r.get("_headline")])
        if row.pop("_bracket", False):
            row["_derived_from"] = next((r["claim_id"] for r in rows if r is not row and r["counted_in"] == "people"
                                         and row["low"] in (r["best"], r["low"], r["high"])), "")
    return rows


def _bracket_of_others(row: dict, sentence: str, body_values: dict) -> bool:
    """Whether a range in the text's own voice has for its ends two figures other sentences of the text state ("The honest
    summary is that somewhere between 2,000 and 6,100 … have been killed or wounded" after claims of 2,000 and 6,100)."""
    if not (row["low"] and row["high"]) or row["low"] == row["high"]:
        return False
    ends = [body_values.get(round(float(row[k]), 2)) for k in ("low", "high")]
    return all(end is not None and end != sentence for end in ends)


#: Where a sentence gives the claims of several sources one after another: "X reported about 4,700, while Y placed them at over
#: 5,500"; "at least 100, the NIS says; Ukraine's military intelligence says the real number is several times higher".
_CLAUSE_BREAK = re.compile(r";\s+|,?\s+(?:while|whereas)\s+|,\s+(?:and|but)\s+(?=[A-Z])|"
                           # an appositive with a speaker of its own: "…, part of a force that South Korean intelligence has put
                           # at roughly 11,000", "…, a figure which Ukrainian officials have put at 900"
                           r",\s+(?=[^,;]{0,60}?\b(?:that|which)\s+[^,;]{2,60}?\b(?:has|have|had)\s+"
                           r"(?:put|estimated|counted|reported|given|set|placed)\b)")


def _claimants_by_clause(sentence: str, names: Names, context: dict) -> list[tuple[int, int, list[Claimant]]]:
    """Each clause's own claimants, when two clauses name different ones (else nothing: the sentence's claimants hold)."""
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    if len(cuts) < 3:
        return []
    clauses = [(a, b, claimants_of(sentence[a:b], names, context)) for a, b in zip(cuts, cuts[1:])]
    if len({tuple(c.source_id for c in cl) for _, _, cl in clauses if cl}) < 2:
        return []
    return clauses


def _claimants_of_figure(f: Figure, clauses: list[tuple[int, int, list[Claimant]]]) -> list[Claimant]:
    """The claimants of the figure's clause, or of the nearest clause before it that names any (then after it)."""
    if not clauses:
        return []
    at = next((k for k, (a, b, _) in enumerate(clauses) if a <= f.start < b), len(clauses) - 1)
    before = [cl for _, _, cl in clauses[:at + 1] if cl]
    after = [cl for _, _, cl in clauses[at + 1:] if cl]
    return before[-1] if before else after[0] if after else []


#: Why a sentence with a number gives no row, as the draft reports it beside its rows.
LEFT_OUT = {
    "hypothetical": "an illustration or a hypothesis: it counts nobody",
    "takeaway": "a summary line whose figure the body gives again: drafted there",
    "withdrawn": "the wording of an earlier piece that this correction withdraws",
    "named_again": "a figure the text stated before, named again (disputed or not confirmed): drafted where it was stated",
    "question": "a question: claimed by nobody",
    "headline": "the headline restates the body: drafted there",
    "civilians": "civilians only: not a military loss",
    "another_war": "losses of another war (Iraq, Afghanistan, a world war, …): outside the ledger's conflicts",
    "no_count": "no count of people lost (a date, an age, equipment, money, a distance, prisoners exchanged, or troops with no "
                "word of loss): read it yourself",
}
#: What the numbers of a sentence that gave no row most likely count, for the curator reading it: (pattern, words).
_NOT_PEOPLE = [(r"[$€£¥₩]|\b(?:dollars|euros|rubles|roubles|won|pounds|billion|bn)\b", "money"),
               (r"\b(?:tanks?|vehicles|drones|guns|howitzers|shells|missiles|launchers|aircraft|helicopters|ammunition|rounds)\b",
                "equipment or munitions"),
               (r"\b(?:km|kilomet(?:re|er)s?|miles?|metres|meters|square)\b", "a distance or an area"),
               (r"\b(?:aged|years? old|-year-old)\b|, \d{2},", "an age"),
               (r"\b(?:exchange[ds]?|swap(?:ped|ping)?|released|repatriated)\b", "prisoners exchanged or released"),
               (r"\b(?:followers|subscribers|views|shares|shared|times)\b", "an audience or a share count"),
               (rf"\b(?:19|20)\d\d\b|\b(?-i:{MONTHS})\b", "a date or a year")]


def _what_its_numbers_count(sentence: str) -> str:
    """Why a sentence with a number gave no row, as far as its words say: money, equipment, a distance, …, or nothing known."""
    kinds = [words for pattern, words in _NOT_PEOPLE if rx.search(pattern, sentence, re.I)]
    if kinds:
        return f"its numbers count {kinds[0]}, no people lost: read it yourself"
    return LEFT_OUT["no_count"]


_A_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|"
                       r"thousands?|dozens?|half|third|quarter)\b", re.I)


#: A corrections notice, as its first line says: what its earlier pieces said is the wording it withdraws.
_CORRECTIONS = re.compile(r"[^\n]{0,80}\b(?:Corrections?|Clarifications?)\b", re.I)
#: A clause whose subject is an earlier piece of the outlet and what it said: "An article on 28 May … said that North Korea had
#: lost 14,000", "A headline on 1 June read ‘Russia admits 1,000 dead’", "The same report gave the age of Pvt. Ri … as 26".
_EARLIER_PIECE = re.compile(r"\s*(?:In\s+)?(?:An?|The|This|That|Our|an?|the|this|that|our)\s+"
                            r"(?:same\s+|earlier\s+|original\s+|\d{1,2}\s+[A-Z][a-z]+\s+|"
                            r"[A-Z][a-z]+day['’]s\s+)?(?:article|report|story|headline|explainer|analysis|caption|graphic|piece|item|"
                            r"chart|map|table|column|editorial|interview|newsletter|post|version|entry|update|bulletin|segment)\b"
                            r"[^;]{0,160}?\b(?:said|says|read|"
                            r"reported|stated|gave|put|described|misstated|misattributed|misquoted|misreported|misidentified|"
                            r"overstated|understated)\b", re.I)
#: A live blog's or a bulletin's correction, labelled as one: "16:05 Correction: …", "CLARIFICATION — …".
_CORRECTION_LABEL = re.compile(r"\s*(?:\d{1,2}[:.]\d\d\s+(?:[AaPp]\.?[Mm]\.?\s+)?(?:GMT\s+|UTC\s+|local time\s+)?(?:[-–—]\s+)?)?"
                               r"(?:Correction|CORRECTION|Clarification|CLARIFICATION)"
                               r"\s*[:—–-]\s*")
_IN_ERROR = re.compile(r"\bmis(?:stated|attributed|quoted|reported|identified)\b|\bin error\b|\b(?:incorrectly|wrongly|erroneously)\b",
                       re.I)


#: A figure someone declines to confirm or disputes, named as one given before: "could not confirm Ukraine's figure of 112 dead".
#: Where the text stated it before, a mention of that claim, not a claim of its own (a figure named again with a new claimant
#: or a new meaning, "the figure of 4,700 covered killed, wounded and missing", stays).
_NAMED_FIGURE = re.compile(r"\b(?:confirm|verify|comment on|dispute[sd]?|reject(?:s|ed)?|den(?:y|ies|ied)|question(?:s|ed)?|"
                           r"challenge[sd]?)\s+(?:[\w’'-]+\s+){0,3}?(?:figure|estimate|count|tally|number|total|toll|claim)\s+of\s+"
                           r"(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|more than\s+)?$", re.I)
#: A figure the text gave before, spoken of as a noun: "The GUR's 1,200 covers only deaths it calls 'confirmed'", "The 5,400 is
#: Russia's claim" (the figure, then what it is or covers).
_FIGURE_AS_NOUN = re.compile(r"(?:^|[,;:—–(]\s*|\band\s+)(?:(?:[Tt]he\s+)?[A-Z][\w’'.-]*['’]s|[Tt]he|[Tt]hat|[Tt]his)\s+$")
_WHAT_IT_IS = re.compile(r"\s+(?:figure\s+)?(?:is|was|covers|covered|counts|counted|includes|included|excludes|excluded|comes|came|"
                         r"refers|rests|relies|stands)\b", re.I)
#: A loss the text gave before, broken down: "Of the 1,870 killed, 41 per cent were under 30" (the figure, then its fate).
_BROKEN_DOWN = re.compile(r"^\W*(?:of|among) the\s+$", re.I)


def _withdrawn(sentence: str, f: Figure, corrections: bool) -> bool:
    """Whether the figure is in a clause telling what an earlier piece of the outlet said, which a correction withdraws: in a
    corrections notice, or where the clause itself says the piece was wrong ("A report on 30 May (‘Drone unit claims 300
    kills’) misattributed a claim"). The corrected figures after it ("…; the figure given by the NIS was 11,000") stay."""
    start = sentence.rfind(";", 0, f.start) + 1
    if _CORRECTION_LABEL.match(sentence) and rx.search(r"\bnot\s+$", sentence[max(0, f.start - 6):f.start]) \
            and rx.match(r"[”\"’']?\s+but\b", sentence[f.end:]):
        return True  # "Correction: …; the figure was not 400 but “up to 250”": the figure it withdraws
    if rx.search(r"\bI (?:said|told you|gave(?: you)?|read out)\s+(?:[\w’'-]+\s+){0,2}$", sentence[start:f.start]) \
            and rx.search(r"\b(?:a moment ago|earlier|just now|before the break|at the top)\b", sentence[f.end:f.end + 40]) \
            and rx.search(r"\bcorrection\b|\bI meant\b|\bshould have (?:said|been)\b|\bwas wrong\b|\bmisspoke\b", sentence, re.I):
        return True  # a broadcast's own slip, corrected: "A correction: I said 6,000 wounded a moment ago; the figure is 3,500"
    label = _CORRECTION_LABEL.match(sentence)
    if label and start == 0:  # "16:05 Correction: an earlier entry said the General Staff reported 640 losses": the label says it erred
        piece = _EARLIER_PIECE.match(sentence, label.end())  # (but "… should have said 140 …" gives the right figure)
        return piece is not None and not rx.search(r"\bshould have\b", piece.group())
    piece = _EARLIER_PIECE.match(sentence, start)
    return piece is not None and (corrections or bool(_IN_ERROR.search(piece.group())))


#: An illustration, not a report ("Under that definition, a company of 100 men that loses 10 dead and 30 wounded has 40
#: casualties", "suppose a battalion loses 200"), or the figure a correction withdraws ("An earlier version of this story said
#: … 12,000"; the corrected figure, in the next sentence, is drafted).
HYPOTHETICAL = re.compile(r"\b(?:suppose|imagine|hypothetical(?:ly)?|in theory|under (?:that|this|such a) definition)\b|"
                          r"\ban? (?:company|platoon|battalion|brigade|unit|force) of (?:about |some )?\d[\d,]* (?:men|soldiers|troops) "
                          r"(?:that )?(?:loses|lost|suffers|takes|would lose)\b|"
                          r"\ban earlier version of this (?:story|article|report)\b(?![^.]*\bshould have\b)|"  # the error corrected
                          # the span of others' estimates, each claimed elsewhere: "Published estimates … range from about 1,500 to …"
                          r"\b(?:published|public|outside|other|various|available|western|independent) estimates\b[^.;]{0,80}?"
                          r"\brange[sd]? (?:from|between)\b|"
                          r"^\W{0,3}estimates(?: of| for)?\b[^.;]{0,80}?\brange[sd]? (?:from|between)\b|"
                          # the same read over time: "Read together, the table's figures trace a rise from fewer than 3,000 …"
                          r"\bfigures\b[^.;]{0,30}?\b(?:trace|traced|show|showed|chart|charted)\s+(?:a|the|their)\s+(?:\w+\s+)?"
                          r"(?:rise|fall|climb|increase|decrease|growth|drop)\s+from\b|"
                          # a reference list's entry, which cites a headline claimed in the text: "[1] “NIS: about 2,000 …,” Yonhap"
                          r"^\[\d{1,3}\]\s|"
                          # a figure set against another for scale: "Even 6,000 casualties are a sliver of the army's 1.28 million"
                          r"^even (?:[\d,.]+|a few thousand|thousands of) (?:casualties|deaths|dead|losses|killed)\b "
                          r"(?:are|is|would|remain)\b",
                          re.I)
#: A claim in the text's own words: "We assess that …", "by our own reckoning", "our count stands at".
FIRST_PERSON = re.compile(r"\b(?:by my (?:own )?(?:count|estimate|reckoning|calculation)|"
                          r"(?:in|by) my (?:own )?(?:estimate|view|reckoning|count)|my (?:own )?estimate (?:is|was)|"
                          r"I (?:now )?(?:expect|estimate|believe|reckon|calculate|assess)\b|"
                          r"we (?:now )?(?:assess|estimate|count|calculate|reckon|project|believe|have identified|have confirmed|"
                          r"have counted|found|counted|identified|confirmed)|"
                          r"we (?:and|together with) [^,.;]{0,60}? (?:have )?(?:identified|confirmed|counted|found|verified)|"
                          r"(?:by )?our (?:own )?(?:count|tally|estimate|reckoning|"
                          r"compilation|calculation|assessment|analysis)(?! draws)|"
                          # the text's own arithmetic on another's figure: "If the NIS count is right, more than 40 percent …",
                          # "Taken at face value, the GUR's numbers would mean …", "At that pace Russia would lose …"
                          r"(?:^|(?<=: ))(?:if|assuming) (?:the|that|this|these|those|their|its) [^,]{0,60}?\b(?:is|are|was|were|holds?) "
                          r"(?:right|correct|accurate|true)|^taken at face value|^at (?:that|this|the current|such a) (?:pace|rate))\b",
                          re.I)


#: The text working on figures it gave before: "That makes about 4,000 casualties", "It would also mean that a force of 14,000
#: had lost …", "HUR's figure implies losses of roughly 40 a day …, a rate we derived".
_OWN_ARITHMETIC = re.compile(r"^(?:that|this) (?:makes|means|would mean|implies)\b|^(?:it|this|that) would (?:also )?mean\b|"
                             # "The weekly figure works out at roughly 270 a day", "That would amount to roughly 40 percent of …",
                             # "Using the NIS figures, roughly 44 percent …", "Set against the Russian figure, that comes to …",
                             # "Add five months at that pace to the 2,000 …, and the total is closer to 7,000"
                             r"\b(?:works|worked|work) out (?:at|to)\b|^(?:that|this|which) (?:would )?(?:comes? to|amounts? to)\b|"
                             r"^using (?:the|these|those|its|their|[A-Z]\w*['’]s) [^,]{0,40}?\b(?:figures?|numbers?|estimates?|data)\b|"
                             r"^set against (?:the|that|this|those)\b|^add (?:[\w-]+ ){1,5}?(?:to the|at (?:that|this|the same) pace)\b|"
                             r"\bif one multiplies\b|"
                             r"^taken at face value\b|\b(?:a|the) (?:rate|figure|share|number|sum|total) we (?:derived|calculated|"
                             r"worked out)\b|"
                             # "A final thought: if the JCS numbers are right, a quarter of Kim's force …": another's figure, our sum
                             r"(?:^|(?<=: ))(?:if|assuming) (?:the|that|this|these|those) [^,]{0,40}?\b(?:numbers?|figures?|counts?|"
                             r"estimates?|tall(?:y|ies)) (?:is|are|was|were) (?:right|correct|accurate|true)\b", re.I)


def _own_arithmetic(sentence: str, f: Figure) -> bool:
    """Whether the figure is the text's own arithmetic (:data:`_OWN_ARITHMETIC`), not put in anyone's mouth after it
    ("That is about 140 a day, Oleh says" is Oleh's) nor quoted."""
    m = _OWN_ARITHMETIC.search(sentence)
    if m is None or (m.start() > f.start and not m.group().lower().startswith(("a ", "the "))):
        return False
    before = sentence[:f.start]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return False
    return not rx.search(rf",\s+(?:[\w’'.-]+\s+){{0,4}}(?:{SPEECH})\b(?!\s+(?:were|was|is|are|had|have)\b)|\baccording to\b",
                         sentence[f.end:], re.I)


def _in_own_words(sentence: str, f: Figure) -> bool:
    """Whether the figure is the text's own claim: first-person words before it, outside quotation marks, and no verb of speech of
    another between them ("Our estimate draws on a report …, which states that …" is the report's)."""
    closing = rx.search(r"[,.?!]['’](?=\s)", sentence) if rx.match(r"\s*['‘]", sentence) else None
    for m in FIRST_PERSON.finditer(sentence, 0, f.start):
        before = sentence[:m.start()]
        if before.count("“") > before.count("”") or before.count('"') % 2:
            continue  # inside a quotation: the speaker's "we"
        if closing and m.start() < closing.start():
            continue  # "'We counted 63 bodies in one field,' he says": a quotation in single marks
        between = sentence[m.end():f.start]
        if rx.match(r"(?:by )?our\b", m.group(), re.I):  # "Our own tally, built from every published estimate, puts …": its verb
            between = rx.sub(r"^(?:[^.;]*?)\b(?:puts|shows|suggests|gives|places|finds|counts|records|lists)\b", " ", between, count=1)
        if not rx.search(rf"\b(?:{SPEECH})\b", between):
            return True
    return False


#: A post of a thread retold post by post: "Post 4: 'The Ukrainians are paying too …'".
_POST_LABEL = re.compile(r"\s*(?:Post|Tweet|Message|Entry)\s+\d{1,2}\s*[:—–-]")


def _thread_voice(before: str, names: Names) -> Claimant | None:
    """The channel or account whose thread a text retells, as the text named it before the posts: "The channel, Okopny Vestnik
    ('Trench Herald'), is run by …"; None if it named none."""
    m = rx.search(r"\b(?:Telegram )?(?:channel|blog|account|feed)\b,?\s+(?:called\s+|named\s+)?[‘'\"“]?"
                  r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})", before)
    if m is None:
        return None
    known = next((k for k in mentions(m.group("name"), replace(names, read=dict(names.read))) if k.kind != "officials_unnamed"), None)
    if known is not None:
        return Claimant(known.source_id, "inferred_from_context", m.group("name"), [], _proposal(known, names))
    return _named_body(_slug(m.group("name"))[:48], m.group("name"), m.group("name"), "media_outlet", _country_named(before[:m.start()]),
                       names)


#: A statement printed in full after the text says so: "The full text of the statement by the party's Central Military Commission,
#: as translated by Chuo Nippo, follows."
_TEXT_FOLLOWS = re.compile(r"\b(?:[Tt]he )?(?:full |complete )?text of (?:the|its|a) (?:statement|address|speech|message|letter|"
                           r"communiqu[eé]|order) (?:by|of|from) (?P<who>[^,.;]{3,80}?)(?:,[^,]{1,60},)?\s+(?:follows|is (?:printed|given) "
                           r"below)\b")
#: A transcript of one speaker, as its first line says: "[Transcript of a video address by Col. Oleksandr Hnatiuk, spokesman for
#: Ukraine's Northern Operational Command, posted on Feb. 14]", "Full text of the statement by the General Staff".
_ADDRESS_BY = re.compile(r"^\W*(?:(?:full |partial )?(?:transcript|text|translation) of (?:an? |the )?(?:[\w-]+ ){0,3}?"
                         r"(?:address|statement|speech|remarks|briefing|video|message|report) (?:by|of|from) )"
                         r"(?P<who>[^\]\n]{3,200})", re.I)


#: "Defence Intelligence" alone: Britain's (the Ministry of Defence's) and Ukraine's (HUR) both go by the name.
_BARE_DEFENCE_INTELLIGENCE = re.compile(r"(?<!Ukraine['’]s )(?<!Ukrainian )(?<!British )(?<!UK )(?<!Chief of )(?<!Director of )"
                                        r"\bDefence Intelligence\b(?! of Ukraine| Directorate| Agency)")
#: A text of Britain's parliament or ministry, whose "Defence Intelligence" is Britain's whatever else it names.
_BRITISH_RECORD = re.compile(r"\b(?:Hansard|House of Commons|Minister for the Armed Forces|Secretary of State for Defence)\b|"
                             r"\((?:Lab|Con|LD|SNP)\)")
_BRITISH = re.compile(r"\b(?:UK|U\.K\.|British|Britain|London|Westminster|House of (?:Commons|Lords)|MPs?|Hansard|"
                      r"Defence Intelligence update|"
                      r"His Majesty['’]s Government|Minister for the Armed Forces|Secretary of State for Defence)\b|\((?:Lab|Con|LD|SNP)\)")
_UKRAINIAN_INTELLIGENCE = re.compile(r"\bHUR\b|\bGUR\b|\bDIU\b|Defen[cs]e Intelligence of Ukraine|"
                                     r"Ukraine['’]s (?:[Dd]efen[cs]e|[Mm]ilitary) [Ii]ntelligence|"
                                     r"Ukrainian (?:[Dd]efen[cs]e|[Mm]ilitary) [Ii]ntelligence")


def _defence_intelligence(text: str, names: Names) -> tuple[Body, ...]:
    """The body "Defence Intelligence" alone names in this text: Ukraine's where the text names Ukraine's military intelligence,
    Britain's where it speaks of Britain and not of that; neither where it says nothing of either (left to the curator)."""
    if not _BARE_DEFENCE_INTELLIGENCE.search(text):
        return ()
    source = "uk-mod" if _BRITISH_RECORD.search(text) else "ua-gur" if _UKRAINIAN_INTELLIGENCE.search(text) else \
        "uk-mod" if _BRITISH.search(text) else ""
    body = next((b for b in names.bodies if b.source_id == source), None)
    return () if body is None else (replace(body, pattern=_BARE_DEFENCE_INTELLIGENCE),)


def _voice_of(text: str, names: Names, context: dict) -> Claimant | None:
    """Who speaks throughout a transcript of one speaker's address (its first line names them), or None."""
    m = _ADDRESS_BY.match(text.lstrip())
    if m is None:
        return None
    who = rx.split(r",\s+(?:posted|published|recorded|delivered|given|broadcast|released)\b|\s+on\s+(?:\w+\.? \d|\d)", m.group("who"))[0]
    found = claimants_of(f"{who.strip().rstrip('.')}, said that.", names, context)
    return found[0] if found else None


#: Who an interview's introduction says was interviewed: "Retired Gen. Tadeusz Wróblewski, 67, a former deputy chief …, spoke to
#: Marta Zielińska", "… in an interview with Col. Ivan Petrenko".
_INTERVIEWED = re.compile(rf"(?:^|(?<=[.:] ))(?P<who>{_TITLES}{_NAME}{{1,3}})(?:,[^.]{{0,160}})?,?\s+(?:spoke|talked|speaks|talks) "
                          rf"(?:to|with)\b|\b(?:in an |an )?interview with (?P<with>{_TITLES}{_NAME}{{1,3}})\b|"
                          rf"(?P<by>{_TITLES}{_NAME}{{1,3}})(?:,[^.]{{0,160}})?,?\s+(?:was|is) interviewed by\b")


def _interview(text: str, spans: list[tuple[int, int, int]], names: Names) -> tuple[Claimant | None, list[int]]:
    """An interview printed as questions and answers: the person its introduction (the first paragraphs) says was interviewed,
    and the paragraphs that answer (each after a question, a paragraph ending in "?", up to the next question). Needs two
    questions at least: an article's rhetorical question makes no interview."""
    paragraphs: dict[int, list[str]] = {}
    for s, e, p in spans:
        paragraphs.setdefault(p, []).append(text[s:e].strip())
    questions = [p for p, ss in paragraphs.items() if p > 0 and ss[-1].endswith(("?", "?”", '?"', "?’"))]
    intro = " ".join(" ".join(ss) for p, ss in paragraphs.items() if p < min(questions, default=0))
    m = _INTERVIEWED.search(intro)
    if len(questions) < 2 or m is None:
        return None, []
    who = m.group("who") or m.group("with") or m.group("by")
    answers = [p for p in paragraphs if p > questions[0] and p not in questions]
    return _a_person_claimant(_bare(who), who, m.group(), names), answers


#: A document's own heading naming the body that publishes it: "Issued by the UK Ministry of Defence", "Latest Defence Intelligence
#: update on the situation in Ukraine", "Statement of the Ministry of Veterans Affairs of Ukraine".
_ISSUED_BY = re.compile(r"\b(?:[Ii]ssued|[Pp]ublished|[Rr]eleased) by (?:the )?(?P<who>[^.,;:\n()]{3,80})")
_GENRE = r"(?:intelligence )?(?:update|statement|bulletin|fact sheet|assessment|briefing|summary|report|press release|communiqu[eé])"
_GENRE_OF = re.compile(rf"^\W*(?:(?:full )?text of (?:the )?)?(?:{_GENRE})\s+(?:of|by|from)\s+(?:the\s+)?", re.I)


def _publisher(text: str, names: Names) -> Claimant | None:
    """The body whose own publication the text is, as its first lines name it (a ministry's statement, an intelligence update,
    a fact sheet it issued), else None: the text's own voice is then that body's, and its id the claimant of what no one else
    in the text claims (attribution stays the text's own voice). A retelling by an outlet (a dateline, an agency) has none."""
    lines = [ln.strip() for ln in text.lstrip().split("\n") if ln.strip()][:3]
    if any(rx.match(r"^[A-Z][A-Z ,./-]+(?:,\s+[\w. ]+)?\s*\(|^[A-Z]{3,}(?: [A-Z]{3,})?,\s", ln)
           or rx.search(r"\(\s*(?:Reuters|AP|AFP|Yonhap|Kyodo|TASS)\s*\)", ln) for ln in lines):
        return None  # "KYIV, Jan. 14 (Reuters) -", "WASHINGTON, Jan. 21, 2025 —": an outlet's story
    for ln in lines:
        if len(ln) > 160 or rx.search(r"[.!?][”\"’']?\s+[A-Z]", ln):
            continue  # a paragraph of the story, not a heading
        issued = _ISSUED_BY.search(ln)
        genre = _GENRE_OF.match(ln)
        if not (issued or genre or rx.search(rf"\b{_GENRE}\b", ln, re.I)):
            continue
        words = issued.group("who") if issued else ln[genre.end():] if genre else ln
        # (read with a copy of what the text taught the names: the heading is read again, in its turn, by the draft)
        body = next((m for m in mentions(words, replace(names, read=dict(names.read))) if m.kind not in MEDIA
                     and m.kind != "officials_unnamed"), None)
        if body is None:
            continue
        if issued or genre or (body.start <= 8 and rx.match(rf"\s+(?:{_GENRE})\b", words[body.end:], re.I)):
            return Claimant(body.source_id, "unattributed", body.written, [], _proposal(body, names))
    return None


def _self_published(text: str) -> bool:
    """Whether the text is a body's own publication (a think tank's assessment or report, no outlet retelling it): its title
    names the genre and no dateline or outlet frames it. Its author then speaks of itself ("ISW assesses …"): the text's voice."""
    first = text.lstrip().split("\n", 1)[0]
    return bool(rx.search(r"\b(?:Assessment|Special Report|Report|Update|Brief|Backgrounder|Analysis)\b", first)) \
        and not rx.search(r"^[A-Z][A-Z ,./]+(?:[\w. ,]+)?\((?:[A-Z][\w ]+)\)|\b(?:told|according to) (?:Reuters|AP|AFP|CNN|the BBC)\b",
                          text, re.M)


def _sum_of_body(value: float, body_values: dict) -> bool:
    """Whether a headline's bare number is the sum of two figures of the body ("treated 1,900 soldiers" over "1,140 … and another
    760"): the outlet's own figure, drafted as derived. Any other bare number a headline alone states is left to the curator."""
    parts = [v for v in body_values if 0 < v < value]
    return any(abs(a + b - value) < 0.01 for i, a in enumerate(parts) for b in parts[i + 1:])


def _side_of_text(text: str) -> str:
    """The side whose people the text names most ("North Korean troops", "Pyongyang's soldiers"), or ''."""
    counts: dict[str, int] = {}
    for m in rx.finditer(rf"(?P<x>{_NATION})\s+(?:[\w’'-]+\s+){{0,2}}?(?:{PEOPLE}|forces|units|contingent|deployment)\b", text, re.I):
        label = _nation_label(_NATION_RE.search(m.group("x")))
        if label not in ("russian_and_north_korean", "south_korean"):
            counts[label] = counts.get(label, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    side = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""
    if not side and rx.search(r"\bspecial military operation\b", text, re.I):
        side = "russian"  # a text in Russia's own words for its war ("died in the special military operation zone"): its dead
    return side


#: A tabloid's title, which may close with "!": "BLOODBATH IN KURSK: Almost 1,000 … in ONE week!" (two words in capitals
#: running, one of four letters or more; an acronym alone, "NATO says 40 died!", is no title).
_SHOUTED_TITLE = re.compile(r"^.*\b(?=[A-Z]*[A-Z]{4})[A-Z]{2,}\s+[A-Z]{2,}\b.*!$|^.*\b[A-Z]{2,}\s+(?=[A-Z]*[A-Z]{4})[A-Z]{2,}\b.*!$")


def _titles(text: str, spans: list[tuple[int, int, int]]) -> set[tuple[int, int]]:
    """Titles inside the text: a paragraph of one short line with no closing stop, followed by more text (a live blog's
    post, a section's head), never a list item. The document's first line is handled as its headline apart."""
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for s, e, p in spans:
        by_paragraph.setdefault(p, []).append((s, e))
    last = max(by_paragraph, default=0)
    out = set()
    for p, parts in by_paragraph.items():
        if p == 0 or p == last or len(parts) != 1:
            continue
        s, e = parts[0]
        line = text[s:e]
        if "\n" not in line and len(line) < 200 and (not line.rstrip().endswith((".", "?", "!", ":", ";", "”", '"', ")"))
                                                     or _SHOUTED_TITLE.search(line) is not None) \
                and not rx.match(r"\s*(?:[-•*–—]|\d+[.)])\s", line) and line.count("|") < 2 \
                and not rx.match(r"\s*[A-Z][^:\n]{1,60}:\s+(?:(?:about|over|more than|up to|some|roughly|nearly|at least|around)\s+)?"
                                 r"[\d\"“]", line):  # (nor a table's row: "HUR, Ukraine (Jan. 31): 1,000-1,200 killed")
            out.add((s, e))
    return out


#: A table's row: a claimant's name, a colon and bare figures ("Ukraine's HUR: 4,500 (February), 6,200 (April).").
_TABLE_ROW = re.compile(r"\s*(?:[-•*–]\s*)?(?P<label>[A-Z][^:\n]{1,60}):\s+(?P<rest>[^:\n]*\d[^:\n]*)$")


def _table_rows(text: str, spans: list[tuple[int, int, int]], names: Names) -> dict[tuple[int, int], str]:
    """The rows of a table or chart the text sets out in lines, each a claimant's name and bare figures with no word of loss, and
    the heading that says what they count (the sentence before them that names a loss: "Chart: estimates of North Korean
    casualties in Kursk, by claimant and month of estimate."): row → heading."""
    out: dict[tuple[int, int], str] = {}
    heading = None
    for s, e, _ in spans:
        sentence = text[s:e]
        row = _TABLE_ROW.fullmatch(sentence.strip())
        losses = rx.search(rf"\b(?:{LOSS_NOUNS})\b", sentence, re.I)
        if row and heading and not rx.search(rf"\b(?:{LOSS_NOUNS}|{PEOPLE})\b", row.group("rest"), re.I) \
                and any(m.kind not in MEDIA for m in mentions(row.group("label"), names)):
            out[(s, e)] = heading
            continue
        heading = sentence if losses and not rx.search(r"\d", sentence) else None
    return out


def _piped_rows(text: str, spans: list[tuple[int, int, int]]) -> dict[tuple[int, int], str]:
    """The data rows of a table set out with pipes ("Ukraine's GUR | 27 Dec 2024 | more than 2,800 | killed and wounded"): three
    cells at least, a figure in one and a word of loss in another (or in the table's head row), each with its head row."""
    out, head = {}, ""
    for s, e, _ in spans:
        line = text[s:e].strip()
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) < 3:
            head = ""
            continue
        if not rx.search(r"\d", line):
            head = line  # "Claimant | Date | Figure | Measure as stated"
            continue
        if rx.search(rf"\b(?:{LOSS_NOUNS}|lost|losses)\b", line + " " + head, re.I):
            out[(s, e)] = head
    return out


def _piped_measure(sentence: str, f: Figure, head: str = "") -> str | None:
    """A piped row's figure's measure: its own cell's words of loss ("1,400 (killed and wounded, not split)"), else its column's
    head ("Source | Killed | Wounded | As of"), else the cell with words of loss, part for part where both cells are split by "/"
    ("~350 / ~2,900 | killed / wounded"); none where the row names none (its head row's "Figure" says nothing of what was lost)."""
    cells, at = [], 0
    for cell in sentence.split("|"):
        cells.append((at, at + len(cell), cell))
        at += len(cell) + 1
    own = next((c for c in cells if c[0] <= f.start < c[1]), None)
    if own is not None and _measure_named(own[2][f.end - own[0]:]):
        return _measure_named(own[2][f.end - own[0]:])  # "1,400 (killed and wounded, not split)"
    heads = [h.strip() for h in head.strip().strip("|").split("|")] if head else []
    if own is not None and len(heads) == len(cells) and _measure_named(heads[cells.index(own)]):
        return _measure_named(heads[cells.index(own)])  # the column "Killed", "Wounded"
    words = [c for c in cells if c is not own and _measure_named(c[2])]
    if own is None or not words:
        return None
    parts, their = own[2].split("/"), words[-1][2].split("/")
    which = words[-1][2]
    if len(parts) > 1 and len(parts) == len(their):
        offset, end = f.start - own[0], 0
        for k, part in enumerate(parts):  # the figure's part of its cell, and the same part of the words' cell
            end += len(part) + 1
            if offset < end:
                which = their[k]
                break
    return _measure_named(which)


#: A summary's line before the body: "Key takeaway: …", or a paragraph under a heading "Key Takeaways:".
_SUMMARY = r"(?:Key (?:takeaways?|points?|findings?)|Bottom line|Takeaways?|In brief|Top line|The big picture|At a glance|TL;DR|" \
           r"The gist|Summary)\s*:"
_TAKEAWAY = re.compile(rf"^\s*{_SUMMARY}", re.I)
#: A summary's heading on a line of its own, with no colon: "KEY POINTS", "Key points", "At a glance", "Highlights".
_SUMMARY_HEAD = r"(?i:key (?:takeaways?|points?|findings?|facts)|takeaways?|at a glance|highlights|in brief|what we know|the gist)"


def _takeaways(text: str, spans: list[tuple[int, int, int]]) -> set[tuple[int, int]]:
    """The sentences of a summary that opens the text ("Key takeaway: …"; the paragraph after a line "Key Takeaways:"), which
    restate what the body says: a figure the body gives again is drafted there, once."""
    out, under, bullets = set(), None, False
    for s, e, p in spans:
        line = text[s:e].strip()
        if rx.fullmatch(_SUMMARY, line, re.I) or rx.fullmatch(_SUMMARY_HEAD, line):
            under, bullets = p + 1, True
            continue
        if bullets and p >= (under or 0) and rx.match(r"[-•*–]\s", line):
            out.add((s, e))  # the bullets under "KEY POINTS", each its own paragraph, as far as they run
            under = p + 1
            continue
        if bullets and p >= (under or 0):
            under = None  # the bullets ended: the paragraph after them is the body's
        bullets = False
        if _TAKEAWAY.match(line) or p == under:
            out.add((s, e))
    # a news brief's bullets between its title and its first paragraph ("- Spy agency estimates about 350 killed …"), as the key
    # points they are
    lead = []
    for s, e, p in spans:
        if p == 0:
            continue
        if not rx.match(r"\s*[-•*–]\s", text[s:e]):
            break
        lead.append((s, e))
    if lead and len(lead) < len(spans) - 1:
        out.update(lead)
    return out


def _source_of_headline(row: dict, body: list[dict]) -> str:
    """The body's claim a headline's own figure reads ("hundreds feared dead" from "more than 200 killed or wounded"): the
    first of the same side whose figure lies in the headline's range, or ''."""
    low = float(row["low"]) if row["low"] else 0.0
    high = float(row["high"]) if row["high"] else float("inf")
    body = [r for r in body if r["counted_in"] == "people"
            and (r["whose_losses"] == row["whose_losses"] or "unspecified" in (r["whose_losses"], row["whose_losses"]))]
    for r in body:
        value = next((float(r[k]) for k in ("best", "low", "high") if r[k]), None)
        if value is not None and low <= value <= high:
            return r["claim_id"]
    values = [(r, next((float(r[k]) for k in ("best", "low", "high") if r[k]), None)) for r in body if r["measure"] == row["measure"]]
    for i, (a, va) in enumerate(values):  # a sum of two of the body's figures ("treated 1,900" over "1,140 … and another 760")
        if va is not None and any(vb is not None and low <= va + vb <= high for _, vb in values[i + 1:]):
            return a["claim_id"]
    parts = _parts_of(row["measure"])
    for r in body:  # a sum or rounding of the body's parts ("more than 1,100 killed or wounded" over 612 killed and 530 wounded)
        if r["measure"] in parts and r["qualifier"] != "none":
            return r["claim_id"]
    if row.get("_headline"):  # a headline's own words ("Hundreds feared dead" over "lost most of its personnel"): the body's first
        # claim of the same side, for the curator to check (a headline states nothing the body does not)
        return next((r["claim_id"] for r in body if r["qualifier"] != "none" or r["measure"] == row["measure"]), "")
    return ""


def _parts_of(measure: str) -> set[str]:
    """The measures a combined measure adds up, by the codebook's components (killed_or_wounded: killed, wounded); for
    unspecified casualties, any measure of losses."""
    own = set(vocab.components(measure))
    losses = {m for _, m in MEASURES if m and m != measure and vocab.components(m)}
    if own:
        return {m for m in losses if set(vocab.components(m)) < own}
    return losses if measure == "casualties_unspecified" else set()


def _row(sentence, f, measure, claimant, names, columns, document_id, number, published, headline, body_values, how_note, context) -> dict:
    source = claimant.source_id if claimant else ""
    country = names.country(source) or ((claimant.proposed or {}).get("country", "") if claimant else "")
    counted_in = f.counted_in
    rate = rate_of(sentence, f) if counted_in == "people" else None
    if rate:
        counted_in = rate
    modality = modality_of(sentence, f) if f.value >= 0 else "reported"
    if measure == "deployed" and rx.search(TROOPS_OF, sentence[max(0, f.start - 30):f.start]):
        modality = "reported"  # "the whole contingent of about 12,000 could be lost": the projection is of losses, not troops
    cut = context.get("whose_from", 0)
    whose = whose_of(" " * cut + sentence[cut:], f, country, claimant is not None and claimant.source_id in _persons(context))
    unit = next((m for m in mentions(sentence[:f.start], names) if (m.kind or names.kind(m.source_id)) == "military_unit"
                 and rx.fullmatch(r"\s+(?:had |has |have )?(?:lost|suffered)\s+[‘'\"“]?", rx.sub(r"(?i:up to|about|some|more than|"
                                                                                               r"roughly|nearly|at least)\s*$", "",
                                                                                               sentence[m.end:f.start]))), None)
    if unit is not None and SIDE_OF_COUNTRY.get(names.country(unit.source_id)):
        whose = SIDE_OF_COUNTRY[names.country(unit.source_id)]  # "the 95th Brigade had lost 'up to 400 servicemen'": the unit's side
    if whose == "unspecified" and rx.search(rf"\b(?:{PEOPLE}|natives)\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w-]+\s+"
                                            r"(?:district|region|oblast)\b|"
                                            r"\bthe (?:district|region|town|village) (?:had |has |have )?(?:buried|lost|mourned)\b",
                                            sentence):
        dateline = context.get("text", "")[:300]  # "ROSSOSH, Voronezh region -- Three servicemen from the Rossosh district …"
        side = next((side for homes, side in _HOMES if rx.search(homes, dateline)), None)
        if side is not None:
            whose = side
            how_note = [*how_note, "whose_losses: the men of a district of the region the text is datelined in"]
    if whose == "unspecified" and context.get("text_side") and rx.search(r"\bthe (?:whole |entire )?(?:contingent|expeditionary force)\b",
                                                                          sentence, re.I):
        whose = context["text_side"]  # "the contingent would lose another 4,000": the troops the text is about, whatever came before
        how_note = [*how_note, "whose_losses: the side whose troops the text names most (the contingent)"]
    elif whose == "unspecified" and measure == "deployed" and context.get("text_side"):
        whose = context["text_side"]  # troops with no side named: the side whose troops the text is about
        how_note = [*how_note, "whose_losses: the side whose troops the text names most"]
    elif whose == "unspecified" and context.get("whose"):
        whose = context["whose"]  # "the institute warned that the whole contingent could be lost": the side the text is about
        how_note = [*how_note, "whose_losses read from the sentences before"]
    elif whose == "unspecified" and context.get("text_side") and f.value >= 0:
        whose = context["text_side"]  # the first figures of a text with no side named: the side the text names most
        how_note = [*how_note, "whose_losses: the side whose people the text names most"]
    elif whose not in ("unspecified", "both_sides"):
        context["whose"] = whose
    scope, when = scope_of(sentence, measure, counted_in, f)
    before = context.get("last_scope")
    if scope == "unspecified" and f.value >= 0 and counted_in in ("people", "percent_of_force") and measure != "deployed" \
            and before == (context.get("paragraph"), "incident") and _OF_THE_INCIDENT.search(sentence):
        # "The brigade repelled an assault near Sudzha on Monday, killing 40. Of the dead, at least 20 were North Korean, it said":
        # the incident the paragraph tells of
        scope = "incident"
        how_note = [*how_note, "scope: no word of time; the incident the sentence before tells of"]
    if scope == "unspecified" and f.value >= 0 and counted_in in ("people", "percent_of_force"):
        # a side's losses stated with no word of time: read as the total so far, as curators read them ("the real number of
        # dead was probably closer to 1,500"); the note says it was no word of the text
        scope = "cumulative"
        how_note = [*how_note, "scope: no word of time; drafted as a running total"]
    if f.value >= 0 and measure != "deployed":
        context["last_scope"] = (context.get("paragraph"), scope)
    count = sentence[f.start:f.end]
    if f.value < 0:
        qualifier, low, best, high = "none", "", "", ""
    elif counted_in != "people" and f.qualifier:
        qualifier, (low, best, high) = f.qualifier, f.bounds
    elif f.reading is not None:
        r = f.reading
        qualifier, low, best, high = r.qualifier, *("" if v is None else str(v) for v in (r.low, r.best, r.high))
    elif (rx.search(r"\bestimate[sd]?\b(?: that)?\s+$", sentence[:f.start]) or rx.search(r"\bestimated\b", sentence[f.end:f.end + 40])
          or count.lower().endswith("dozen")):  # "two dozen" is used loosely, as "a dozen" is
        qualifier, low, best, high = "approximate", "", f"{f.value:g}", ""
    else:
        qualifier, low, best, high = "exact", f"{f.value:g}", f"{f.value:g}", f"{f.value:g}"
    if qualifier == "none":
        counted_in = "people"
    guessed = ["measure", "whose_losses", "scope"] + (["claimant"] if not claimant or claimant.attribution != "explicit" else [])
    notes = [f"draft: check {', '.join(guessed)}, dates, place and grade", *how_note]
    if counted_in != "people":
        notes.append(f"not a count of people: counted in {counted_in}, never added or drawn as people")
    if modality != "reported":
        notes.append(f"{modality}: not a loss reported; event_* is the date it looks to")
    if headline:
        source_sentence = next((v for k, v in body_values.items()), "")
        notes.append("the headline's own figure: link it to the body's claim with derived_from" + (f" ({source_sentence[:60]}…)"
                                                                                                   if source_sentence else ""))
    if claimant is None:
        notes.append("no claimant named: the document's own voice (its author)")
    elif claimant.proposed:
        notes.append(f"claimant not in the ledger: add it to sources.csv ({claimant.proposed['source_id']})")
    relays = list(claimant.relays) if claimant else []
    relays += [r for r in context.get("dateline_relays", []) if r not in relays and r != source]
    if relays:
        notes.append("relays to add to relays.csv: " + ", ".join(relays))
    if rx.search(r"\b(?:19\d\d|200\d|201[0-3])\b", sentence):
        notes.append("check conflict: the sentence names a year before the war")
    area = "other_front" if rx.search(r"\b(?:Donetsk|Pokrovsk|Toretsk|Kharkiv|Zaporizhzhia|Kherson|Luhansk|Bakhmut|Avdiivka|"
                                      r"Huliaipole|Kupiansk|Chasiv Yar|Vuhledar|Sumy)\b", sentence) else \
        "whole_war" if rx.search(r"\bwhole (?:front|war)\b|\bentire front\b|\ball fronts\b|\bsince February 2022\b|since the "
                                 r"(?:start|beginning) of the (?:full-scale )?(?:war|invasion)", sentence, re.I) else \
        "kursk" if "Kursk" in sentence else "unstated"
    words, r_start, r_end, r_precision = report_date(sentence, published)
    own = SIDE_OF_COUNTRY.get(country) == whose or (whose == "russian_and_north_korean" and country in ("RU", "KP"))
    grade = "ungraded" if not claimant else "acknowledged_by_own_side" if own else "single_claimant"
    row = dict.fromkeys(columns, "")
    row.update({
        "claim_id": f"c{number:03d}", "document_id": document_id, "quote": sentence,
        "attribution_quote": claimant.written if claimant and claimant.attribution == "inferred_from_context" else "",
        "claimant_id": source, "attribution": claimant.attribution if claimant else "unattributed",
        "claiming_unit_id": names.units_of.get(source, ""), "whose_losses": whose,
        "personnel": "civilian" if rx.search(r"civilians?", count + sentence[f.end:f.end + 30]) else "military",
        "measure": measure, "counted_in": counted_in, "modality": modality, "low": low, "best": best, "high": high,
        "qualifier": qualifier, "count_as_written": count, "scope": scope, "event_as_written": when,
        "event_precision": "relative" if when else "unknown", "reported_as_written": words, "reported_start": r_start,
        "reported_end": r_end, "reported_precision": r_precision,
        "place": "Kursk region, Russia" if area == "kursk" and "Kursk" in sentence else "",
        "place_precision": "region" if area == "kursk" and "Kursk" in sentence else "unknown", "area": area,
        "conflict": "korean_conflict" if rx.search(r"\bKorean War\b|\b1950\s?[-–]\s?(?:19)?53\b", sentence) else "russia_ukraine_war",
        "evidence": "footage" if rx.search(r"\bfootage|video\b", sentence) else "photo" if rx.search(r"\bphoto", sentence) else "statement",
        "grade": grade, "notes": "; ".join(notes),
    })
    row["_headline"] = headline
    row["_relays"] = relays
    row["proposed_claimant"] = claimant.proposed["name"] if claimant and claimant.proposed else ""
    row["_proposed"] = claimant.proposed if claimant and claimant.proposed else None
    return row


def post_aliases(sources) -> list[tuple[str, str]]:
    """The post a person of the ledger holds, as a text names it without them: "Ukraine's armed forces chief" of "Anatolii
    Barhylevych, Ukraine's armed forces chief", "President of Ukraine" of "Volodymyr Zelenskyy, President of Ukraine"; never a
    post two of the ledger's people share, nor one described with an article or a word of time ("a senior commander",
    "former …"). ``sources``: (name, source_id, kind) of each source."""
    posts = [(str(n).split(",", 1)[1].strip(), s) for n, s, k in sources
             if "," in str(n) and str(k) in ("government_official", "military_command")]
    posts = [(d, s) for d, s in posts if rx.fullmatch(r"(?:[A-Z][a-z]+['’]s [\w’' -]+|[A-Z][\w-]*(?: [\w-]+)* of [A-Z][\w’' -]+)", d)
             and not rx.search(r"\b(?:a|an|former|one|some|then|acting)\b", d, re.I)]
    return [(d, s) for d, s in posts if [p for p, _ in posts].count(d) == 1]


def known_names(ledger) -> Names:
    """The names a ledger knows (its aliases, and its sources' names without a bracketed role), its sources, each unit
    claimant's unit, and the known bodies."""
    aliases = list(zip(ledger.source_aliases["alias"], ledger.source_aliases["source_id"]))
    aliases += [(n, s) for n, s in zip(ledger.sources["name"].str.split(" \\(").str[0], ledger.sources["source_id"]) if len(n) > 3]
    # a person by name alone: "Anatolii Barhylevych" of "Anatolii Barhylevych, Ukraine's armed forces chief"
    aliases += [(n.split(",")[0], s) for n, s in aliases[:] if "," in n and rx.fullmatch(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}",
                                                                                       n.split(",")[0])]
    aliases += post_aliases(zip(ledger.sources["name"], ledger.sources["source_id"], ledger.sources["kind"]))
    sources = {r.source_id: {"kind": str(r.kind), "country": r.country if isinstance(r.country, str) else ""}
               for r in ledger.sources.itertuples()}
    units_of = {s: u for s, u in zip(ledger.sources["source_id"], ledger.sources["unit_id"]) if isinstance(u, str)}
    return Names(aliases, sources, units_of, known_bodies())


def draft_text(text: str, ledger, document_id: str = "doc-NEW", start_id: int = 1, published: date | None = None,
               left_out: list[tuple[str, str]] | None = None) -> list[dict]:
    """Candidate rows for ``text``, read with ``ledger``'s lexicon and names (and, in ``left_out``, the sentences with a number
    that gave none, with why)."""
    return draft(text, list(ledger.claims.columns), quantities.compile_phrases(ledger.quantity_phrases), known_names(ledger),
                 document_id, start_id, published, left_out)


def proposed_sources(rows: list[dict]) -> list[dict]:
    """The sources.csv rows the draft proposes for claimants the ledger does not know, once each."""
    out = {}
    for r in rows:
        p = r.get("_proposed")
        if p and p["source_id"] not in out:
            out[p["source_id"]] = p
    return list(out.values())


def proposed_links(rows: list[dict]) -> list[dict]:
    """The links.csv rows the draft proposes: each headline figure derived from the body's claim it reads."""
    return [{"claim_a": r["claim_id"], "claim_b": r["_derived_from"], "relation": "derived_from",
             "note": "Proposed by the draft: the headline's own reading of the body's claim; check it."}
            for r in rows if r.get("_derived_from")]


def proposed_relays(rows: list[dict]) -> list[dict]:
    """The relays.csv rows the draft proposes: who passed each claim on, in the order the sentence names them."""
    return [{"claim_id": r["claim_id"], "step": str(step), "source_id": source, "attribution": "explicit", "relay_quote": ""}
            for r in rows for step, source in enumerate(r.get("_relays") or [], start=1)]


def draft_file(path: Path, ledger_dir: Path, document_id: str | None = None, start_id: int | None = None) -> tuple[str, dict[str, str]]:
    """(the draft of the text at ``path`` as CSV with claims.csv's columns, {table: the rows proposed for it as CSV} for
    sources.csv, relays.csv and links.csv), reading the ledger's lexicon, names, ids and the document's date where the
    text is registered."""
    from ..ledger.load import load_ledger

    ledger = load_ledger(ledger_dir)
    if Path(path).is_dir():
        raise ParameterError(f"{display(path)} is a folder; give the text file to draft")
    data = Path(path).read_bytes()
    if b"\x00" in data:
        raise ParameterError(f"{display(path)} holds NUL bytes: it is not plain text (save it as UTF-8 text)")
    text = data.decode("utf-8")
    import hashlib

    digest = hashlib.sha256(data).hexdigest()
    known = ledger.documents[ledger.documents["sha256"] == digest]
    if document_id is None:
        document_id = known["document_id"].iloc[0] if len(known) else "doc-NEW"
    published = known["published_end"].iloc[0].date() if len(known) and not pd.isna(known["published_end"].iloc[0]) else None
    if start_id is None:
        numbers = [int(m.group(1)) for m in map(re.compile(r"^c(\d+)$").match, ledger.claims["claim_id"]) if m]
        start_id = max(numbers, default=0) + 1
    columns = list(ledger.claims.columns)
    left_out: list[tuple[str, str]] = []
    rows = draft_text(text, ledger, document_id, start_id, published, left_out)
    for row in rows:  # a cell a spreadsheet would run as a formula is kept as written, and flagged
        risky = [c for c in ("quote", "count_as_written", "attribution_quote") if str(row.get(c, "")).startswith(FORMULA_START)]
        if risky:
            row["notes"] += f"; {', '.join(risky)} starts with {str(row[risky[0]])[0]!r}: a spreadsheet would run it as a formula"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    proposed = {"sources": [{**p, "description": "Proposed by the draft: check it."} for p in proposed_sources(rows)],
                "relays": proposed_relays(rows), "links": proposed_links(rows)}
    tables = {}
    for table, found in proposed.items():
        if found:
            columns = list(getattr(ledger, table).columns)
            out = io.StringIO()
            w = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
            w.writeheader()
            w.writerows({**dict.fromkeys(columns, ""), **r} for r in found)
            tables[f"{table}.csv"] = out.getvalue()
    if left_out:  # every sentence with a number that gave no row, and why: for the curator to read, never to trust
        tables["left out"] = "".join(f"- {one_line(sentence)[:200]}\n  ({reason})\n" for sentence, reason in left_out)
    return buf.getvalue(), tables


def rows_of(csv_text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(csv_text), dtype=str, keep_default_na=False)
