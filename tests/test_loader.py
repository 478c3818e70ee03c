"""The loader on the shipped ledger: exact rows, typed columns, works from any directory."""
from __future__ import annotations

import csv
import subprocess
import sys

import pandas as pd
import pytest

from loss_claims import load_ledger
from loss_claims.ledger.load import table_path
from loss_claims.ledger.paths import DATA_DIR
from loss_claims.ledger import numbers as quantities
from loss_claims.ledger.numbers import numbers_in, states
from loss_claims.ledger.schema import load_schema


FIXTURE = DATA_DIR.parent / "tests" / "fixtures" / "other-ledger"
LEDGERS = {"shipped": DATA_DIR, "fixture": FIXTURE}  # the fixture has columns left entirely empty


@pytest.fixture(scope="module")
def ledger():
    return load_ledger()


@pytest.fixture(scope="module", params=list(LEDGERS))
def any_ledger(request):
    return LEDGERS[request.param], load_ledger(LEDGERS[request.param])


@pytest.mark.parametrize("resource", load_schema().resources, ids=lambda r: r.name)
def test_loader_returns_exactly_the_rows_of_each_file(any_ledger, resource):
    folder, ledger = any_ledger
    with table_path(folder, resource).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    df = ledger.tables[resource.name]
    assert len(df) == len(rows)
    assert list(df.columns) == resource.columns
    for f in resource.fields:  # every cell survives the typing unchanged
        loaded = df[f.name]
        if f.type == "integer":
            assert [("" if pd.isna(v) else str(int(v))) for v in loaded] == [r[f.name] for r in rows]
        elif f.type == "number":
            assert [None if pd.isna(v) else float(v) for v in loaded] == [float(r[f.name]) if r[f.name] else None for r in rows]
        elif f.type == "date":
            assert [("" if pd.isna(v) else v.strftime("%Y-%m-%d")) for v in loaded] == [r[f.name] for r in rows]
        else:
            assert [("" if pd.isna(v) else str(v)) for v in loaded] == [r[f.name] for r in rows]


def test_columns_are_typed(ledger):
    c = ledger.claims
    assert str(c["low"].dtype) == "Float64" and str(c["best"].dtype) == "Float64"
    assert c["measure"].dtype == pd.CategoricalDtype(load_schema().resource("claims").field("measure").enum)
    assert str(c["event_start"].dtype).startswith("datetime64")
    assert c["claim_id"].is_unique


def test_every_quote_is_in_its_seed_and_every_figure_in_its_words(ledger):
    """Every figure is read from the words that state it, in its unit; a vague quantity's bounds are those its words
    imply in the lexicon, or those the document gives where bounds_reason says so (and names them)."""
    from loss_claims.ledger.checks import stated_in

    phrases = quantities.compile_phrases(ledger.quantity_phrases)
    for row in ledger.claims.itertuples():
        assert row.quote in ledger.seeds[row.document_id]
        if row.qualifier == "none":
            continue
        assert row.count_as_written in row.quote, row.claim_id
        if row.qualifier == "vague":
            reading = quantities.read(phrases, row.count_as_written)
            bounds = {reading.low, reading.high} | set(numbers_in(row.bounds_reason) if isinstance(row.bounds_reason, str) else ())
            assert {row.low, row.high} <= bounds, row.claim_id
            continue
        for v in (row.low, row.best, row.high):
            if not pd.isna(v):
                assert states(stated_in(row.count_as_written, row.counted_in), v, share=row.counted_in == "percent_of_force"), (row.claim_id, v)


def test_both_cross_document_contradictions_are_linked(ledger):
    claims = ledger.claims.set_index("claim_id")
    contra = ledger.links[ledger.links["relation"] == "contradicts"]
    cross = [(a, b) for a, b in zip(contra["claim_a"], contra["claim_b"])
             if claims.at[a, "document_id"] != claims.at[b, "document_id"]]
    measures = {frozenset((claims.at[a, "measure"], claims.at[b, "measure"])) for a, b in cross}
    # 200 "killed or wounded" (doc-000) vs "killed" (doc-003); friendly fire: North Koreans vs Russians killed
    assert frozenset({"killed_or_wounded", "killed"}) in measures
    whose = {frozenset((claims.at[a, "whose_losses"], claims.at[b, "whose_losses"])) for a, b in cross}
    assert frozenset({"north_korean", "russian"}) in whose
    assert len(cross) >= 2  # more documents may bring more; these two must stay


def test_every_seed_statement_with_a_figure_is_in_the_ledger(ledger):
    """Each number of people in the seeds that counts losses or troops has a row."""
    c = ledger.claims
    stated = {(d, m, int(v)) for d, m, v in zip(c["document_id"], c["measure"], c["best"].fillna(c["low"])) if not pd.isna(v)}
    expected = {
        ("doc-000", "killed_or_wounded", 200), ("doc-000", "killed", 8), ("doc-000", "killed_or_wounded", 33),
        ("doc-000", "killed", 50), ("doc-000", "wounded", 47), ("doc-000", "wounded", 100),
        ("doc-003", "killed", 200), ("doc-003", "deployed", 11000), ("doc-003", "killed", 2),
        ("doc-003", "killed", 500), ("doc-003", "deployed", 10000),
    }
    assert expected <= stated
    assert set(c.loc[c["conflict"] != "russia_ukraine_war", "claim_id"]) >= {"c024", "c025", "c026"}


def test_loads_from_any_working_directory(tmp_path):
    out = subprocess.run([sys.executable, "-c", "from loss_claims import load_ledger; print(len(load_ledger().claims))"],
                         cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(sum(1 for _ in open(DATA_DIR / "claims.csv", encoding="utf-8")) - 1)


@pytest.mark.parametrize("text, expected", [
    ("eight North Korean soldiers", {8}),
    ("killed 50 North Korean soldiers and wounded 47 others", {50, 47}),
    ("around 11,000 DPRK personnel", {11000}),
    ("two Marines and two civilians", {2}),
    ("some two hundred and five soldiers", {205}),
    ("forty-seven wounded, eleven thousand stationed", {47, 11000}),
    ("no figure here", set()),
])
def test_numbers_in_reads_digits_and_words(text, expected):
    assert numbers_in(text) == expected


def test_the_codebook_and_the_ledger_descriptor_are_generated_from_the_schema():
    from loss_claims.tools import codebook

    assert codebook.CODEBOOK.read_text(encoding="utf-8") == codebook.render(), "run: python -m loss_claims codebook"
    assert (DATA_DIR / "datapackage.json").read_text(encoding="utf-8") == codebook.descriptor(), "run: python -m loss_claims codebook"
    for resource in load_schema().resources:
        assert f"data/{resource.path}" in codebook.render()
        for f in resource.fields:
            for value in f.enum or []:
                assert f"`{value}`" in codebook.render()
