"""The curation assistant: candidate rows drafted from a text, each pattern tested case by case."""
from __future__ import annotations

import io
import re
import subprocess
import sys

import pandas as pd
import pytest

from ledger_helpers import copy_ledger, read_rows, write_rows
from loss_claims import LedgerError, load_ledger
from loss_claims.ledger import numbers as quantities
from loss_claims.tools.draft import draft, draft_file, rows_of, sentences
from loss_claims.ledger.paths import DATA_DIR, PROJECT_ROOT

PHRASES = quantities.compile_phrases(load_ledger().quantity_phrases)
COLUMNS = list(load_ledger().claims.columns)
ALIASES = [("the 47th Brigade", "ua-47"), ("Ukrainian officials", "ua-officials"), ("Reuters", "reuters"), ("the GUR", "ua-gur")]


def rows(text: str) -> pd.DataFrame:
    return pd.DataFrame(draft(text, COLUMNS, PHRASES, ALIASES, {"ua-47": "u-47"}, "doc-900", 1), columns=COLUMNS)


@pytest.mark.parametrize("text, measure, qualifier, bounds, whose", [
    ("The 47th Brigade said it killed 12 Russian soldiers on Tuesday.", "killed", "exact", ("12", "12", "12"), "russian"),
    ("Officials said about 500 North Korean soldiers were wounded.", "wounded", "approximate", ("", "500", ""), "north_korean"),
    ("More than 50 Russian troops were captured near the village.", "captured", "more_than", ("50", "", ""), "russian"),
    ("Between 40 and 60 Ukrainian soldiers were killed or wounded.", "killed_or_wounded", "range", ("40", "", "60"), "ukrainian"),
    ("Nearly 1,000 North Korean troops have been killed.", "killed", "vague", ("900", "", "999"), "north_korean"),
    ("Several hundred Russian soldiers were injured in the shelling.", "wounded", "vague", ("300", "", "999"), "russian"),
    ("The unit claimed to have killed and wounded 33 North Korean soldiers.", "killed_or_wounded", "exact", ("33", "33", "33"), "north_korean"),
    ("Early reports estimated that 200 soldiers had been killed.", "killed", "approximate", ("", "200", ""), "unspecified"),
    ("Officials estimate that around 11,000 DPRK personnel are stationed in Russia.", "deployed", "approximate", ("", "11000", ""), "north_korean"),
    ("North Korea sent more than 10,000 troops to Russia.", "deployed", "more_than", ("10000", "", ""), "north_korean"),
    ("Up to 30 Russian soldiers were missing after the assault.", "missing", "at_most", ("", "", "30"), "russian"),
    ("Soldiers were killed by North Korean troops, leaving eight Russian soldiers dead.", "killed", "exact", ("8", "8", "8"), "russian"),
])
def test_one_figure_is_read_as_the_text_qualifies_it(text, measure, qualifier, bounds, whose):
    r = rows(text)
    assert len(r) == 1, r[["count_as_written", "measure"]]
    row = r.iloc[0]
    assert (row["measure"], row["qualifier"], (row["low"], row["best"], row["high"]), row["whose_losses"]) == (measure, qualifier, bounds, whose)
    assert row["quote"] == text and row["count_as_written"] in text


@pytest.mark.parametrize("text, scope, when", [
    ("The NIS said about 1,000 North Korean soldiers had been killed since they were sent.", "cumulative", "since they were sent"),
    ("The brigade killed more than 50 Russian soldiers in just two days.", "period", "in just two days"),
    ("The brigade killed 12 Russian soldiers on Tuesday.", "incident", "on Tuesday"),
    ("About 500 Russian soldiers were killed in a missile strike.", "incident", "in a missile strike"),
    ("The unit said 33 Russian soldiers were killed.", "unspecified", ""),
    ("Officials said 11,000 North Korean troops are stationed in Russia.", "stock", ""),
])
def test_scope_and_time_words(text, scope, when):
    row = rows(text).iloc[0]
    assert (row["scope"], row["event_as_written"]) == (scope, when)


def test_a_sentence_with_two_figures_gives_two_rows_each_with_its_own_measure():
    r = rows("Between Saturday and Monday, they claimed to have killed 50 North Korean soldiers and wounded 47 others.")
    assert list(zip(r["measure"], r["best"], r["scope"])) == [("killed", "50", "period"), ("wounded", "47", "period")]


@pytest.mark.parametrize("text", [
    "The village lies just 2 kilometers from the border.", "It has been 14 years since the attack in 2010.",
    "This Dec. 16, 2024, screenshot shows the 14th anniversary of the ceremony.", "The brigade fired 40 missiles on Tuesday.",
])
def test_numbers_that_count_no_people_give_no_row(text):
    assert rows(text).empty or (rows(text)["qualifier"] == "none").all()


@pytest.mark.parametrize("text, measure, words", [
    ("North Korean soldiers began returning home in body bags.", "killed", "in body bags"),
    ("The unit said the enemy suffered heavy casualties near Sudzha.", "casualties_unspecified", "heavy casualties"),
    ("Russia had deployed North Korean forces in substantial numbers.", "deployed", "in substantial numbers"),
    ("The photo shows Russian soldiers killed in combat.", "killed", "killed in combat"),
])
def test_a_loss_stated_with_no_figure_gives_a_row_without_a_number(text, measure, words):
    row = rows(text).iloc[0]
    assert (row["measure"], row["qualifier"], row["count_as_written"]) == (measure, "none", words)


@pytest.mark.parametrize("text, claimant, attribution", [
    ("According to Ukrainian officials, 30 Russian soldiers were killed.", "ua-officials", "explicit"),
    ("Reuters reported, citing the GUR, that 30 Russian soldiers were killed.", "ua-gur", "explicit"),
    ("The 47th Brigade said it had killed 12 Russian soldiers.", "ua-47", "explicit"),
    ("A source said 30 Russian soldiers were killed.", "", "unattributed"),
])
def test_the_claimant_is_guessed_from_known_names_and_attribution_patterns(text, claimant, attribution):
    row = rows(text).iloc[0]
    assert (row["claimant_id"], row["attribution"]) == (claimant, attribution)
    assert row["notes"].startswith("draft: check ")


def test_a_name_earlier_in_the_paragraph_is_the_claimant_inferred_from_context():
    r = rows("The 47th Brigade reported heavy fighting. Between Saturday and Monday, they killed 50 Russian soldiers.")
    row = r[r["best"] == "50"].iloc[0]
    assert (row["claimant_id"], row["attribution"], row["attribution_quote"]) == ("ua-47", "inferred_from_context", "The 47th Brigade")  # verbatim
    assert "claimant" in row["notes"] and row["claiming_unit_id"] == "u-47"


def test_sentences_are_verbatim_slices_and_abbreviations_do_not_end_them():
    text = "Pentagon press secretary Maj. Gen. Pat Ryder said so. U.S. officials agreed on Dec. 16, 2024.\nA new paragraph."
    assert [text[s:e] for s, e, _ in sentences(text)] == [
        "Pentagon press secretary Maj. Gen. Pat Ryder said so.", "U.S. officials agreed on Dec. 16, 2024.", "A new paragraph."]


def test_drafted_rows_of_the_seeds_pass_the_quote_and_number_checks_once_a_claimant_is_filled_in(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    header, existing = read_rows(ledger / "claims.csv")
    drafted = []
    for doc, file in zip(load_ledger().documents["document_id"], load_ledger().documents["file"]):
        out = rows_of(draft_file(ledger / "seeds" / file, ledger, document_id=doc, start_id=900 + len(drafted)))
        drafted += out.to_dict("records")
    assert drafted
    for r in drafted:  # what the curator adds: a claimant where the draft found none (its grade then follows)
        if not r["claimant_id"]:
            r["claimant_id"], r["attribution"], r["grade"] = "doc-000-author", "unattributed", "ungraded"
    write_rows(ledger / "claims.csv", header, existing + drafted)
    try:
        load_ledger(ledger)
        problems = []
    except LedgerError as e:
        problems = [str(p) for p in e.problems]
    checked = ("quote", "count_as_written", "low", "best", "high", "qualifier")
    assert not [p for p in problems if any(f": {c}: " in p for c in checked)], problems


def test_the_command_prints_claims_columns_with_ids_asked_for_and_never_writes_the_ledger(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    before = {p.name: p.read_bytes() for p in ledger.rglob("*") if p.is_file()}
    out = subprocess.run([sys.executable, "-m", "loss_claims", "draft", str(next((PROJECT_ROOT / "tests" / "fixtures" / "real-reporting" / "texts").glob("06-*.txt"))),
                          "--ledger", str(ledger), "--document-id", "doc-777", "--start-id", "501"],
                         capture_output=True, text=True, check=True).stdout
    drafted = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert list(drafted.columns) == COLUMNS
    assert list(drafted["claim_id"]) == [f"c{501 + i:03d}" for i in range(len(drafted))] and set(drafted["document_id"]) == {"doc-777"}
    assert {p.name: p.read_bytes() for p in ledger.rglob("*") if p.is_file()} == before


def test_the_bench_prints_recall_precision_and_misses():
    out = subprocess.run([sys.executable, str(PROJECT_ROOT / "benchmarks" / "run.py"), "--skip", "notebooks,ledger,scale,tests"],
                         capture_output=True, text=True, check=True).stdout
    assert "draft quality (now / previous release" in out
    for name in ("shipped seeds", "fixture documents", "held-out set"):
        assert re.search(rf"^\| {name} \| \d+% of \d+ / \d+% \| \d+% of \d+ / \d+% \| \d+ / \d+ \|", out, re.M), out
    assert str(DATA_DIR) not in out
