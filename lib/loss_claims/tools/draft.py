"""``python -m loss_claims draft PATH``: candidate claim rows for a document, for a curator to check.

A rules engine, documented here and tested case by case; nothing is downloaded. For each sentence of
the text (a verbatim slice, never retyped) it finds:

* **figures of people**: a number in digits or words, or a phrase of the ledger's lexicon
  (``quantity_phrases.csv``: "more than {N}", "about {N}", "several hundred"…), that counts people: a
  people or loss word follows within a few words ("soldiers", "troops", "others", "wounded"), or a
  loss verb comes right before it ("killed 50"). Years, dates, ordinals and distances are not counts.
  Its qualifier and bounds come from the lexicon; a bare number is exact; "estimated" before it makes
  it approximate. A sentence with two figures gives two rows.
* **the measure** of each figure: the loss or strength word nearest to it ("killed or wounded" and
  "killed and wounded" stay one combined figure; "injured" is wounded; "stationed", "sent",
  "deployed" are troop strength);
* **whose**: the nationality words nearest the figure ("Russian and North Korean" stays mixed);
* **losses with no figure** ("heavy casualties", "in body bags", "killed in combat"), one row a sentence;
* **the claimant**: a name the ledger already knows (``source_aliases.csv``) in the sentence, preferring
  one the text attributes ("according to X", "X said", "citing X"); else the last known name earlier in
  the paragraph (attribution inferred from context); else empty, with the words the text uses;
* **scope and time words**: "since …" is a running total, "between … and …", "in just two days",
  "over the weekend" a period, "on Sunday" or a strike an incident; troop figures are a stock.

Every guessed field is named in ``notes`` ("draft: check …"): no guess passes for curation. The command
never writes the ledger.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..ledger import numbers as quantities
from ..ledger.numbers import numbers_in

#: Words that make a number a count of people when they follow it closely.
PEOPLE = (r"soldiers?|troops?|personnel|fighters?|servicem[ae]n|service members?|marines?|civilians?|people|men|women|"
          r"children|mercenaries|prisoners?|others|casualties|dead|wounded|injured|killed|captured|missing|"
          r"north koreans|russians|ukrainians|koreans|paratroopers|infantrymen|conscripts|recruits|sailors|pilots")
#: (pattern, measure), most specific first: the nearest match to a figure gives its measure.
MEASURES = [
    (r"killed (?:or|and) wounded|wounded (?:or|and) killed|killed or injured|dead (?:or|and) wounded|"
     r"casualties, (?:both|including) killed and wounded|both killed and wounded", "killed_or_wounded"),
    (r"killed|killing|kills|dead|deaths?|died|fatalities|fatality|bodies|body bags|fallen|eliminated|lost their lives", "killed"),
    (r"wounded|injured|injuries|wounding", "wounded"),
    (r"captured|taken prisoner|prisoners? of war|surrendered", "captured"),
    (r"missing", "missing"),
    (r"casualties|losses", "casualties_unspecified"),
    (r"deployed|stationed|sent|dispatched|troops (?:in|to)|are fighting|in Russia", "deployed"),
]
NATIONALITIES = [(r"Russian and North Korean|North Korean and Russian|both Russian and North Korean", "russian_and_north_korean"),
                 (r"South Korean|South Korea['’]s|ROK", "south_korean"),
                 (r"North Korean|North Koreans|DPRK|North Korea['’]s|North Korea|Korean mercenaries", "north_korean"),
                 (r"Russian|Russians|Russia['’]s|Chechen|Wagner", "russian"),
                 (r"Ukrainian|Ukrainians|Ukraine['’]s", "ukrainian")]
#: Loss statements with no figure: the words kept as count_as_written.
NO_FIGURE = [(r"(?:heavy|significant|substantial|major|serious|mounting) (?:casualties|losses)", None),
             (r"suffered (?:casualties|losses)(?:, including fatalities)?", None), (r"in body bags", "killed"),
             (r"(?:wounded and killed|killed and wounded|killed or wounded|wounded or killed)", "killed_or_wounded"),
             (r"(?:targeted and )?killed by", "killed"),
             (r"killed in (?:combat|action|battle)", "killed"), (r"a deadly (?:strike|attack)", "killed"),
             (r"the deaths of", "killed"), (r"fallen [A-Z][\w ]*soldiers", "killed"), (r"(?:were|was) killed", "killed"),
             (r"in substantial numbers|in significant numbers|in large numbers", None), (r"casualties", None), (r"losses", None)]
ATTRIBUTION = [r"according to (?P<x>{alias})", r"citing (?P<x>{alias})",
               r"(?P<x>{alias}),?(?: [\w’'-]+){{0,3}} (?:said|says|claimed|claims|reported|reports|estimated|estimates|told|"
               r"confirmed|noted|indicated|stated|announced)"]
UNKNOWN_ATTRIBUTION = re.compile(r"(?:according to|citing) (?P<x>(?:the )?[A-Z][\w’'.-]*(?: [A-Z(][\w’'().-]*){0,6})")
SCOPE = [(r"\bsince\b[^,.;]*", "cumulative"), (r"\bto date\b|\bso far\b|\bin total\b", "cumulative"),
         (r"\bbetween \w+ and \w+\b|\bin (?:just )?(?:two|three|four|five|\d+) days\b|\bover the (?:weekend|past \w+)\b|"
          r"\b(?:on )?the first day of fighting\b|"
          r"\bin the (?:past|last|same) \w+\b|\b(?:this|last) week\b", "period"),
         (r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\byesterday\b|\bin (?:a|one) (?:missile |drone )?"
          r"(?:strike|attack)\b|\bincident\b|\bfriendly fire\b", "incident")]
MONTHS = (r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|"
          r"October|November|December")
_SENTENCE_END = re.compile(r"(?<=[.!?:])[”\"’)]?\s+(?=[“\"A-Z0-9‘(])|\n+")
#: Words after which a period does not end a sentence ("Maj. Gen. Pat Ryder", "Dec. 16", "U.S. officials").
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "brig", "cmdr", "st", "no",
                 "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "corp", "inc",
                 "co", "ltd", "gov", "sen", "rep", "pres", "approx"}


@dataclass
class Figure:
    start: int
    end: int
    reading: quantities.Reading | None
    value: int


def sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of every sentence, as slices of the text: the quote is copied, never retyped."""
    out, paragraph, pos = [], 0, 0
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"([A-Za-z]+)\.$", text[max(0, m.start() - 12):m.start()])
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


def _not_a_count(sentence: str, start: int, end: int) -> bool:
    before, after = sentence[max(0, start - 12):start], sentence[end:end + 12]
    token = sentence[start:end]
    if re.fullmatch(r"(1[89]|20)\d\d", token):  # a year
        return True
    if re.search(rf"\b(?:{MONTHS})\.? ?$", before) or re.match(r",? ?(1[89]|20)\d\d", after):  # a date
        return True
    return bool(re.match(r"(?:st|nd|rd|th)\b|%|\s*(?:percent|per cent|km|kilomet|miles?|metres|meters|years?|days?|hours?|"
                         r"minutes?|times|missiles?|drones?|tanks?|villages?)\b", after))


def figures_in(sentence: str, phrases: list[quantities.Phrase]) -> list[Figure]:
    """Figures of people in a sentence, each with its lexicon reading (None: a bare number)."""
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for p in phrases:  # longest phrases first: "no more than {N}" before "more than {N}"
        for m in re.finditer(r"\b" + p.pattern.pattern + r"\b", sentence, re.IGNORECASE):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            reading = p.read(m.group())
            if reading is None:
                continue
            number = m.group("N") if "N" in m.groupdict() and m.group("N") else None
            if number is not None and _not_a_count(sentence, m.start("N"), m.end("N")):
                continue
            value = reading.best or reading.low or reading.high or 0
            found.append(Figure(m.start(), m.end(), reading, value))
            taken.append((m.start(), m.end()))
    for m in re.finditer(rf"(?<![\w,.]){quantities.NUMBER}(?![\w,])", sentence, re.IGNORECASE):
        lead = re.match(r"(?:(?:and|a)\s+)+", m.group(), re.IGNORECASE)  # "and two": the figure is "two"
        start = m.start() + (lead.end() if lead else 0)
        text = sentence[start:m.end()]
        if not text or text.lower() in ("and", "a", "one") or any(a < m.end() and start < b for a, b in taken) \
                or _not_a_count(sentence, start, m.end()):
            continue
        values = numbers_in(text)
        if len(values) != 1:
            continue
        found.append(Figure(start, m.end(), None, next(iter(values))))
        taken.append((start, m.end()))
    return [f for f in sorted(found, key=lambda f: f.start) if _counts_people(sentence, f)]


def _counts_people(sentence: str, f: Figure) -> bool:
    after = sentence[f.end:f.end + 60]
    before = sentence[max(0, f.start - 20):f.start]
    if re.match(rf"\s+(?:[\w’'-]+\s+){{0,4}}?(?:{PEOPLE})\b", after, re.IGNORECASE):
        return True
    if re.search(r"\b(?:killed|killing|wounded|wounding|injured|captured|eliminated)(?: or wounded)?\s+(?:an? )?$", before, re.I):
        return True
    # "the number of North Korean troops in Kursk at nearly 12,000", "casualties reached 300"
    clause = re.split(r"[,;.]", sentence[max(0, f.start - 80):f.start])[-1]
    return bool(re.search(rf"\b(?:{PEOPLE})\b.{{0,40}}\b(?:at|to|of|was|were|is|are|reached|numbered|totalled|totaled)\s+$", clause, re.I))


_ATTACKER = re.compile(r"\s+(?:artillery|attacks?|missiles?|strikes?|shelling|drones?|forces? (?:attacked|fired))\b")


def _nearest(sentence: str, at: int, table: list[tuple[str, str]], end: int | None = None) -> tuple[str | None, str | None]:
    """The label of the match of ``table`` nearest to position ``at`` (a match before it wins a tie), and its words.
    A nationality that names the attacker ('killed by North Korean troops', 'a North Korean artillery attack') is
    not whose losses they are."""
    best = None
    nationality = table is NATIONALITIES
    for rank, (pattern, label) in enumerate(table):
        for m in re.finditer(rf"\b(?:{pattern})\b", sentence, re.IGNORECASE if label != "deployed" else 0):
            if nationality and (re.search(r"\bby (?:the )?$", sentence[max(0, m.start() - 8):m.start()])
                                or _ATTACKER.match(sentence, m.end())):
                continue
            distance = (m.start() - (end or at)) if m.start() >= at else (at - m.end())
            key = (distance + (0 if m.start() < at else 1), rank)
            if best is None or key < best[0]:
                best = (key, label, m.group())
    return (best[1], best[2]) if best else (None, None)


def _claimant(sentence: str, aliases: list[tuple[str, str]]) -> tuple[str | None, str | None, list[str], str]:
    """(source id, how found, relays, the name as this text writes it) from names the ledger knows, in any case:
    a name the text attributes the statement to first, else any name present."""
    present = [(m.group(), s) for a, s in aliases if (m := re.search(rf"(?<!\w){re.escape(a)}(?!\w)", sentence, re.I))]
    for pattern in ATTRIBUTION:
        for written, source in present:
            if re.search(pattern.format(alias=re.escape(written)), sentence):
                relays = [s for a, s in present if s != source and re.search(
                    rf"{re.escape(a)}(?: [\w()’'-]+){{0,4}} (?:reported|said)", sentence)]
                return source, "explicit", list(dict.fromkeys(relays)), written
    if present:
        return present[0][1], "explicit", [], present[0][0]
    return None, None, [], ""


def draft(text: str, claims_columns: list[str], phrases: list[quantities.Phrase], aliases: list[tuple[str, str]],
          units_of: dict[str, str], document_id: str, start_id: int) -> list[dict[str, str]]:
    """Candidate claims.csv rows for ``text``."""
    aliases = sorted(aliases, key=lambda a: -len(a[0]))  # the longest name first: "the GUR" before "GUR"
    rows: list[dict[str, str]] = []
    last_known: dict[int, tuple[str, str]] = {}
    for s, e, paragraph in sentences(text):
        sentence = text[s:e]
        source, how, relays, written = _claimant(sentence, aliases)
        attribution_quote = ""
        if source is None and paragraph in last_known:
            source, attribution_quote = last_known[paragraph]
            how = "inferred_from_context"
        elif source is not None:
            last_known[paragraph] = (source, written)
        unknown = UNKNOWN_ATTRIBUTION.search(sentence)
        found = figures_in(sentence, phrases)
        candidates = []
        for f in found:
            measure, _ = _nearest(sentence, f.start, MEASURES, f.end)
            if measure is None:
                continue
            candidates.append((f, measure))
        if not candidates:
            words = next((m for pattern, _ in NO_FIGURE if (m := re.search(pattern, sentence))), None)
            if words is not None:
                measure, _ = _nearest(sentence, words.start(), MEASURES)
                measure = next((label for pattern, label in NO_FIGURE if label and re.fullmatch(pattern, words.group())), None) or measure
                if measure is not None:
                    candidates.append((Figure(words.start(), words.end(), None, -1), measure))
        for f, measure in candidates:
            whose, _ = _nearest(sentence, f.start, NATIONALITIES, f.end)
            scope_words = next(((m.group(), label) for pattern, label in SCOPE if (m := re.search(pattern, sentence, re.I))), (None, None))
            scope = "stock" if measure == "deployed" else scope_words[1] or "unspecified"
            when = scope_words[0] if measure != "deployed" and scope_words[0] else ""
            count = sentence[f.start:f.end]
            if f.value < 0:
                qualifier, low, best, high = "none", "", "", ""
            elif f.reading is not None:
                r = f.reading
                qualifier, low, best, high = r.qualifier, *("" if v is None else str(v) for v in (r.low, r.best, r.high))
            elif (re.search(r"\bestimate[sd]?\b(?: that)?\s+$", sentence[:f.start])
                  or re.search(r"\bestimated\b", sentence[f.end:f.end + 40])):
                qualifier, low, best, high = "approximate", "", str(f.value), ""
            else:
                qualifier, low, best, high = "exact", str(f.value), str(f.value), str(f.value)
            guessed = ["measure", "whose_losses", "scope"] + (["claimant"] if how != "explicit" else [])
            notes = [f"draft: check {', '.join(guessed)}, dates, place and grade"]
            if source is None:
                notes.append(f"no known claimant: the text says {unknown.group('x')!r}" if unknown else "no claimant named")
            if relays:
                notes.append("relays to add to relays.csv: " + ", ".join(relays))
            if re.search(r"\b(?:19\d\d|200\d|201[0-3])\b", sentence):
                notes.append("check conflict: the sentence names a year before the war")
            row = dict.fromkeys(claims_columns, "")
            row.update({
                "claim_id": f"c{start_id + len(rows):03d}", "document_id": document_id, "quote": sentence,
                "attribution_quote": attribution_quote if how == "inferred_from_context" else "",
                "claimant_id": source or "", "attribution": how or "unattributed",
                "claiming_unit_id": units_of.get(source or "", ""), "whose_losses": whose or "unspecified",
                "personnel": "civilian" if re.search(r"civilians?", count + sentence[f.end:f.end + 30]) else "military",
                "measure": measure, "low": low, "best": best, "high": high, "qualifier": qualifier, "count_as_written": count,
                "scope": scope, "event_as_written": when, "event_precision": "relative" if when else "unknown",
                "reported_precision": "unknown", "place": "Kursk region, Russia" if "Kursk" in sentence else "",
                "place_precision": "region" if "Kursk" in sentence else "unknown", "conflict": "russia_ukraine_war",
                "evidence": "footage" if re.search(r"\bfootage|video\b", sentence) else "photo" if re.search(r"\bphoto", sentence)
                else "statement", "grade": "single_claimant" if source else "ungraded", "notes": "; ".join(notes),
            })
            rows.append(row)
    return rows


def known_names(ledger) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The names a ledger knows (its aliases, and its sources' names without a bracketed role), and each unit
    claimant's unit."""
    aliases = list(zip(ledger.source_aliases["alias"], ledger.source_aliases["source_id"]))
    aliases += [(n, s) for n, s in zip(ledger.sources["name"].str.split(" \\(").str[0], ledger.sources["source_id"]) if len(n) > 3]
    units_of = {s: u for s, u in zip(ledger.sources["source_id"], ledger.sources["unit_id"]) if isinstance(u, str)}
    return aliases, units_of


def draft_text(text: str, ledger, document_id: str = "doc-NEW", start_id: int = 1) -> list[dict[str, str]]:
    """Candidate rows for ``text``, read with ``ledger``'s lexicon and names."""
    aliases, units_of = known_names(ledger)
    return draft(text, list(ledger.claims.columns), quantities.compile_phrases(ledger.quantity_phrases), aliases, units_of,
                 document_id, start_id)


def draft_file(path: Path, ledger_dir: Path, document_id: str | None = None, start_id: int | None = None) -> str:
    """The draft of the text at ``path`` as CSV with claims.csv's columns, reading the ledger's lexicon, names and ids."""
    from ..ledger.load import load_ledger

    ledger = load_ledger(ledger_dir)
    data = Path(path).read_bytes()
    text = data.decode("utf-8")
    if document_id is None:
        import hashlib

        digest = hashlib.sha256(data).hexdigest()
        known = ledger.documents.loc[ledger.documents["sha256"] == digest, "document_id"]
        document_id = known.iloc[0] if len(known) else "doc-NEW"
    if start_id is None:
        numbers = [int(m.group(1)) for m in map(re.compile(r"^c(\d+)$").match, ledger.claims["claim_id"]) if m]
        start_id = max(numbers, default=0) + 1
    columns = list(ledger.claims.columns)
    rows = draft_text(text, ledger, document_id, start_id)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def rows_of(csv_text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(csv_text), dtype=str, keep_default_na=False)
