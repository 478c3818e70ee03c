"""How well `python -m loss_claims draft` finds what curators recorded: recall and precision against a ledger.

A curated numeric claim (loss or troop figure with a number) is found when a drafted row's quote lies within
or contains its quote, the measure matches, and the numbers match (any of low, best, high). Precision: the
drafted rows with a number that match a curated numeric claim so. Rows without a number are counted apart
(a drafted one matches a curated one of the same measure whose quote overlaps it).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from loss_claims import load_ledger
from loss_claims.tools.draft import draft_file, rows_of
from loss_claims.ledger.load import default_seeds_dir


def _numbers(row) -> set[int]:
    return {int(v) for v in (row["low"], row["best"], row["high"]) if str(v) not in ("", "<NA>", "nan") and not pd.isna(v)}


def _overlap(a: str, b: str) -> bool:
    return a in b or b in a


def evaluate(ledger_dir: Path) -> dict:
    ledger = load_ledger(ledger_dir)
    seeds = default_seeds_dir(Path(ledger_dir))
    curated = ledger.claims.astype({"measure": str, "qualifier": str})
    drafted = []
    for doc, file in zip(ledger.documents["document_id"], ledger.documents["file"]):
        rows = rows_of(draft_file(seeds / file, ledger_dir, document_id=doc, start_id=1))
        drafted.append(rows)
    drafted = pd.concat(drafted, ignore_index=True) if drafted else pd.DataFrame()
    numeric = curated[curated["qualifier"] != "none"]

    def matches(c, d) -> bool:
        return (c["document_id"] == d["document_id"] and c["measure"] == d["measure"] and _overlap(c["quote"], d["quote"])
                and bool(_numbers(c) & _numbers(d)))

    found = [any(matches(c, d) for _, d in drafted.iterrows()) for _, c in numeric.iterrows()]
    drafted_numeric = drafted[drafted["qualifier"] != "none"]
    right = [any(matches(c, d) for _, c in numeric.iterrows()) for _, d in drafted_numeric.iterrows()]
    words = curated[curated["qualifier"] == "none"]
    drafted_words = drafted[drafted["qualifier"] == "none"]
    words_right = [any(c["document_id"] == d["document_id"] and c["measure"] == d["measure"] and _overlap(c["quote"], d["quote"])
                       for _, c in words.iterrows()) for _, d in drafted_words.iterrows()]
    return {
        "recall": sum(found) / max(len(found), 1), "n_curated": len(found),
        "precision": sum(right) / max(len(right), 1), "n_drafted": len(right),
        "misses": [f"{c['claim_id']} ({c['measure']}, {c['count_as_written']}): {c['quote'][:90]}"
                   for (_, c), ok in zip(numeric.iterrows(), found) if not ok],
        "wrong": [f"{d['measure']} {d['count_as_written']!r}: {d['quote'][:90]}"
                  for (_, d), ok in zip(drafted_numeric.iterrows(), right) if not ok],
        "no_number_precision": sum(words_right) / max(len(words_right), 1), "n_no_number": len(words_right),
    }


def report(ledger_dir: Path) -> list[str]:
    r = evaluate(ledger_dir)
    lines = [f"draft vs the curated ledger: recall {r['recall']:.0%} of {r['n_curated']} numeric claims (goal ≥ 90%), "
             f"precision {r['precision']:.0%} of {r['n_drafted']} drafted rows with a number (goal ≥ 70%); "
             f"rows without a number: {r['no_number_precision']:.0%} of {r['n_no_number']} match a curated one"]
    lines += [f"  missed: {m}" for m in r["misses"]] + [f"  not in the ledger: {w}" for w in r["wrong"]]
    return lines


if __name__ == "__main__":
    print("\n".join(report(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "data")))
