"""How well `python -m loss_claims draft` drafts what curators record, on three sets measured apart:

* **shipped seeds**: the project's two texts and the curated ledger's rows for them;
* **fixture documents**: the team's own real-reporting texts (tests/fixtures/real-reporting) and their rows;
* **development set**: texts and a gold curated by someone who never saw the rules (benchmarks/dev-set and
  benchmarks/dev-set-2), written after the held-out set: the rules may be tuned on its misses, which are listed;
* **held-out sets**: texts and a gold curated by someone who never saw the rules (benchmarks/held-out, held-out-2, …),
  each measured apart. The rules are never tuned on them: they are only measured, and their misses are never listed.

The draft reads every text with the shipped ledger's names (as a user's first documents would be). A curated claim is
**found** when a drafted row's quote lies within or contains its quote and states the same figure (one drafted row
for one curated claim: a sentence with three claimants needs three rows). **Precision**: drafted rows that are a
curated claim. **Traps**: drafted rows that take what is not a reported loss for one: a sentence with a number but
no loss or troop count (a distance, money, equipment, a headline that only restates), or a rate, share, formation,
projection, conditional or derived figure drafted as a reported count of people. **Field accuracy** on the claims
found: whose_losses, qualifier, scope and claimant (and measure, counted_in, modality). Every drafted quote must be
verbatim in its text.

`python benchmarks/draft_quality.py` prints the table, each number beside the previous release's
(``draft_previous.json``); ``--record`` writes the current numbers there (do that at a release).
"""
from __future__ import annotations

import csv
import json
import re
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
PREVIOUS = HERE / "draft_previous.json"
FIXTURE = ROOT / "tests" / "fixtures" / "real-reporting"
#: Every held-out set (held-out, held-out-2, …): written by someone who saw no rule, measured, never tuned on, each apart.
HELD_OUTS = sorted((p.parent for p in HERE.glob("held-out*/gold.csv")), key=lambda p: (len(p.name), p.name))
#: Every development set beside this script (dev-set, dev-set-2, …): a new one is measured as soon as it is there.
DEV_SETS = sorted((p.parent for p in HERE.glob("dev-set*/gold.csv")), key=lambda p: (len(p.name), p.name))
FIELDS = ["whose_losses", "qualifier", "scope", "claimant", "measure", "counted_in", "modality"]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _number(v) -> Fraction | None:
    text = str(v).strip()
    if text in ("", "nan", "<NA>", "None"):
        return None
    return Fraction(text)


def _figures(row) -> set:
    return {n for n in (_number(row.get(k, "")) for k in ("low", "best", "high")) if n is not None}


def gold_claim(text: str, r: dict, claimant: str, claimant_name: str, derived: bool) -> dict:
    return {"text": text, "quote": r["quote"], "claimant": claimant, "claimant_name": claimant_name, "derived": derived,
            **{k: r.get(k, "") or "" for k in ("whose_losses", "measure", "counted_in", "modality", "qualifier", "low", "best",
                                               "high", "count_as_written", "scope")}}


def _authors(sources: list[dict[str, str]]) -> dict[str, str]:
    """A ledger's sources that are a document's own voice ('doc-000-author'), as the curated sets write them: 'author' (the
    draft cannot know a document's author id; it leaves the text's own voice unattributed)."""
    return {s["source_id"]: "author" for s in sources if s["kind"] == "document_author"}


def shipped() -> tuple[dict[str, str], list[dict], list[tuple[str, str]]]:
    docs = {d["document_id"]: (ROOT / "seeds" / d["file"]).read_text(encoding="utf-8") for d in _rows(ROOT / "data" / "documents.csv")}
    sources = _rows(ROOT / "data" / "sources.csv")
    names, authors = {s["source_id"]: s["name"] for s in sources}, _authors(sources)
    derived = {lk["claim_a"] for lk in _rows(ROOT / "data" / "links.csv") if lk["relation"] == "derived_from"}
    gold = [gold_claim(r["document_id"], r, authors.get(r["claimant_id"], r["claimant_id"]), names.get(r["claimant_id"], ""),
                       r["claim_id"] in derived)
            for r in _rows(ROOT / "data" / "claims.csv")]
    return docs, gold, []


def fixture() -> tuple[dict[str, str], list[dict], list[tuple[str, str]]]:
    docs = {d["key"]: (FIXTURE / "texts" / d["file"]).read_text(encoding="utf-8") for d in _rows(FIXTURE / "documents.csv")}
    sources = _rows(FIXTURE / "rows" / "sources.csv")
    names, authors = {s["source_id"]: s["name"] for s in sources}, _authors(sources)
    derived = {lk["claim_a"] for lk in _rows(FIXTURE / "rows" / "links.csv") if lk["relation"] == "derived_from"}
    gold = [gold_claim(r["document_id"][5:-1], r, authors.get(r["claimant_id"], r["claimant_id"]), names.get(r["claimant_id"], ""),
                       r["claim_id"] in derived)
            for r in _rows(FIXTURE / "rows" / "claims.csv")]
    return docs, gold, []


def _curated_set(folder: Path) -> tuple[dict[str, str], list[dict], list[tuple[str, str]]]:
    """A set in the layout of benchmarks/held-out and benchmarks/dev-set: texts/, gold.csv, traps.csv."""
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((folder / "texts").glob("*.txt"))}
    gold = [gold_claim(Path(r["file"]).name, r, r["claimant_id"], r["claimant_name"], bool(r.get("derived_from_quote")))
            for r in _rows(folder / "gold.csv")]
    traps = [(Path(r["file"]).name, r["sentence"]) for r in _rows(folder / "traps.csv")]
    return docs, gold, traps


def dev_set():
    """Every development set (or those ``--sets`` names), their texts keyed by file name (d01-…, e01-…: the names never
    meet)."""
    docs, gold, traps = {}, [], []
    for folder in DEV_SETS:
        d, g, t = _curated_set(folder)
        docs.update(d)
        gold += g
        traps += t
    return docs, gold, traps


def _held_out_name(folder: Path) -> str:
    """'held-out' → 'held-out set', 'held-out-2' → 'held-out set 2': each held-out set is measured and reported apart."""
    return "held-out set" + folder.name[len("held-out"):].replace("-", " ")


SETS = {"shipped seeds": shipped, "fixture documents": fixture, "development set": dev_set,
        **{_held_out_name(folder): (lambda f: (lambda: _curated_set(f)))(folder) for folder in HELD_OUTS}}


def only(folders: list[str]) -> None:
    """Measure only these curated sets (folder names beside this script, e.g. ``dev-set-22,held-out``): the shipped seeds
    and the fixture documents are always measured. For a quick look while writing a rule, and for the suite, which
    checks the table's form on one set of each kind instead of drafting every set each run."""
    global DEV_SETS, HELD_OUTS
    unknown = sorted(set(folders) - {f.name for f in DEV_SETS + HELD_OUTS})
    if unknown:
        raise SystemExit(f"--sets: {', '.join(unknown)} is not a curated set beside {HERE.name}/; the sets are: "
                         + ", ".join(f.name for f in DEV_SETS + HELD_OUTS))
    DEV_SETS = [f for f in DEV_SETS if f.name in folders]
    HELD_OUTS = [f for f in HELD_OUTS if f.name in folders]
    for name in [n for n in SETS if n.startswith("held-out set")]:
        del SETS[name]
    if not DEV_SETS:
        del SETS["development set"]
    SETS.update({_held_out_name(folder): (lambda f: (lambda: _curated_set(f)))(folder) for folder in HELD_OUTS})
_NUMBERED = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
                       r"thousand|million|dozen|both)\b", re.I)


def number_sentences_without_a_claim(text: str, gold: list[dict]) -> list[str]:
    """Sentences of ``text`` with a number in them that no curated claim quotes: the traps of a set that lists none."""
    from loss_claims.tools.draft import sentences

    quotes = [g["quote"] for g in gold]
    out = []
    for s, e, _ in sentences(text):
        sentence = text[s:e]
        if _NUMBERED.search(sentence) and not any(q in sentence or sentence in q for q in quotes):
            out.append(sentence)
    return out


def not_a_loss(g: dict) -> bool:
    """A curated claim that must never be drafted as a reported count of people."""
    return g["counted_in"] not in ("", "people") or g["modality"] not in ("", "reported") or g["derived"]


def _drafted_as_a_loss(d: dict) -> bool:
    return d.get("counted_in", "") in ("", "people") and d.get("modality", "") in ("", "reported") and d.get("qualifier") != "none" \
        and d.get("measure") != "deployed" and not d.get("_derived_from")


def _overlap(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def _same_figure(g: dict, d: dict) -> bool:
    if g["qualifier"] == "none" or d.get("qualifier") == "none":
        return g["qualifier"] == d.get("qualifier") == "none" and g["measure"] == d.get("measure")
    gf, df = _figures(g), _figures(d)
    return bool(gf & df) or any(abs(float(a) - float(b)) < 0.01 for a in gf for b in df)


#: A country's adjective and its name are one word for a claimant's name: "a senior Japanese Defense Ministry official" and
#: "Japan's Defense Ministry" name the same body.
DEMONYMS = {"japanese": "japan", "ukrainian": "ukraine", "russian": "russia", "korean": "korea", "american": "america",
            "british": "britain", "polish": "poland", "german": "germany", "french": "france", "chinese": "china"}


def _tokens(name: str) -> set[str]:
    return {DEMONYMS.get(t, t) for t in re.findall(r"[a-z]{3,}", name.lower())
            if t not in {"the", "and", "unnamed", "officials", "south", "north"}}


#: Titles and ranks, left out of a name's core: "Capt. Iryna Savchuk" and "Iryna Savchuk" name the same person.
TITLES = {"capt", "col", "gen", "maj", "sgt", "ret", "retired", "colonel", "general", "major", "captain", "lieutenant", "sergeant",
          "private", "rep", "sen", "dame", "sir", "mrs", "adm", "admiral", "pvt", "cpl", "corporal", "brig", "brigadier"}


def _core(name: str) -> set[str]:
    """The tokens of a curated name before its first comma or parenthesis, titles aside: "Dr. Olena Hrytsenko, head of a
    trauma department in Sumy" → {olena, hrytsenko}."""
    return _tokens(re.split(r"[,(]", name, maxsplit=1)[0]) - TITLES


def claimant_right(g: dict, d: dict, known: set[str]) -> bool:
    """A drafted claimant is right when it is the curated id, or, for a body the ledger does not know, when its proposed name
    shares enough words with the curated one (Jaccard ≥ 0.3) or contains the whole core of the curated name (the person or
    body before the description: "Olena Hrytsenko" for "Dr. Olena Hrytsenko, head of a trauma department in Sumy")."""
    if d.get("claimant_id") and d["claimant_id"] == g["claimant"]:
        return True
    if g["claimant"] in known or g["claimant"] == "author":
        return d.get("claimant_id", "") == g["claimant"] or (g["claimant"] == "author" and d.get("attribution") == "unattributed")
    proposed = d.get("proposed_claimant", "") or d.get("claimant_id", "")
    a, b = _tokens(proposed), _tokens(g["claimant_name"]) | _tokens(g["claimant"].replace("-", " "))
    core = _core(g["claimant_name"])
    return bool(a and b) and (len(a & b) / len(a | b) >= 0.3 or bool(core) and core <= a)


def evaluate_set(name: str, ledger) -> dict:
    from loss_claims.tools.draft import draft_text

    docs, gold, traps = SETS[name]()
    known = set(ledger.sources["source_id"])
    drafted_all, not_verbatim = [], []
    for key, text in docs.items():
        rows = draft_text(text, ledger, document_id=str(key))
        for r in rows:
            r["_text"] = key
            if r["quote"] not in text:
                not_verbatim.append(r["quote"][:80])
        drafted_all += rows
    if not traps:
        traps = [(key, s) for key, text in docs.items()
                 for s in number_sentences_without_a_claim(text, [g for g in gold if g["text"] == key])]
    used: set[int] = set()
    found = []
    for g in gold:
        candidates = [k for k, d in enumerate(drafted_all) if k not in used and d["_text"] == g["text"] and _overlap(g["quote"], d["quote"])
                      and _same_figure(g, d)]
        if not candidates:
            found.append((g, None))
            continue
        best = max(candidates, key=lambda k: (claimant_right(g, drafted_all[k], known), drafted_all[k].get("measure") == g["measure"],
                                              drafted_all[k].get("whose_losses") == g["whose_losses"]))
        used.add(best)
        found.append((g, drafted_all[best]))
    trap_hits = [d for d in drafted_all if _drafted_as_a_loss(d) and any(d["_text"] == t and _overlap(s, d["quote"]) for t, s in traps)
                 and not any(_overlap(g["quote"], d["quote"]) and g["text"] == d["_text"] for g in gold)]
    kind_hits = [(g, d) for g, d in found if d is not None and not_a_loss(g) and _drafted_as_a_loss(d)]
    # a not-a-loss claim drafted as a loss, even where its figure was read differently
    for g in gold:
        if not_a_loss(g) and not any(g is h[0] for h in kind_hits):
            if any(d["_text"] == g["text"] and _overlap(g["quote"], d["quote"]) and _drafted_as_a_loss(d) and _same_figure(g, d)
                   for d in drafted_all):
                kind_hits.append((g, None))
    matched = [(g, d) for g, d in found if d is not None]
    accuracy = {}
    for field in FIELDS:
        if field == "claimant":
            right = [claimant_right(g, d, known) for g, d in matched]
        else:
            right = [(d.get(field) or ("people" if field == "counted_in" else "reported" if field == "modality" else "")) == g[field]
                     for g, d in matched if g[field]]
        accuracy[field] = (sum(right) / len(right)) if right else None
    return {
        "recall": len(matched) / max(len(gold), 1), "n_gold": len(gold),
        "precision": len(used) / max(len(drafted_all), 1), "n_drafted": len(drafted_all),
        "traps": len(trap_hits) + len(kind_hits), "n_trap_sentences": len(traps), "accuracy": accuracy,
        "not_verbatim": not_verbatim,
        "misses": [f"{g['text']}: {g['measure']} {g['count_as_written']!r}: {g['quote'][:80]}" for g, d in found if d is None],
        "trap_rows": [f"{d['_text']}: {d.get('measure')} {d.get('count_as_written')!r}: {d['quote'][:80]}" for d in trap_hits]
        + [f"{g['text']}: {g['counted_in'] or 'people'}/{g['modality']} drafted as a loss: {g['quote'][:80]}" for g, _ in kind_hits],
    }


def evaluate(ledger_dir: Path = ROOT / "data") -> dict[str, dict]:
    from loss_claims import load_ledger

    ledger = load_ledger(ledger_dir)
    return {name: evaluate_set(name, ledger) for name in SETS}


def _pct(v) -> str:
    return "–" if v is None else f"{v:.0%}"


def report(ledger_dir: Path = ROOT / "data", details: bool = True) -> list[str]:
    results = evaluate(ledger_dir)
    previous = json.loads(PREVIOUS.read_text(encoding="utf-8")) if PREVIOUS.is_file() else {}
    lines = ["draft quality (now / previous release; goals: recall ≥ 90%, traps 0, fields ≥ 85%)",
             "| set | recall | precision | traps | " + " | ".join(FIELDS) + " |", "|---" * (4 + len(FIELDS)) + "|"]
    for name, r in results.items():
        p = previous.get(name, {})
        pa = p.get("accuracy", {})
        cells = [f"{_pct(r['recall'])} of {r['n_gold']} / {_pct(p.get('recall'))}", f"{_pct(r['precision'])} of {r['n_drafted']} / "
                 f"{_pct(p.get('precision'))}", f"{r['traps']} / {p.get('traps', '–')}"]
        cells += [f"{_pct(r['accuracy'][f])} / {_pct(pa.get(f))}" for f in FIELDS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
        if r["not_verbatim"]:
            lines.append(f"  NOT VERBATIM in {name}: {r['not_verbatim'][:3]}")
    if details:
        for name, r in results.items():
            if name.startswith("held-out set"):
                lines.append(f"  {name}: {len(r['misses'])} misses and {len(r['trap_rows'])} traps (not listed: the set is only measured)")
                continue
            lines += [f"  {name} missed: {m}" for m in r["misses"]] + [f"  {name} trap: {t}" for t in r["trap_rows"]]
    return lines


def record(ledger_dir: Path = ROOT / "data") -> None:
    results = evaluate(ledger_dir)
    slim = {n: {k: v for k, v in r.items() if k in ("recall", "precision", "traps", "accuracy", "n_gold", "n_drafted")}
            for n, r in results.items()}
    PREVIOUS.write_text(json.dumps(slim, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--record", action="store_true", help="write the numbers to draft_previous.json (at a release)")
    parser.add_argument("--sets", help="comma-separated folder names: measure only these curated sets (never with --record)")
    args = parser.parse_args()
    if args.sets:
        if args.record:
            parser.error("--record measures every set: leave out --sets")
        only(args.sets.split(","))
    if args.record:
        record()
    print("\n".join(report()))
