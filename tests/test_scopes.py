"""Adding claims up: only what may be added, under stated assumptions; everything else compared, never added.
And every valid selection runs through every notebook step."""
from __future__ import annotations

import re

import nbformat
import pandas as pd
import pytest

from ledger_helpers import add_new_document, copy_ledger
from loss_claims import analysis, load_ledger
from loss_claims.analysis import MixedClaimsError, add_up
from loss_claims.params import MEASURES, WHOSE, validate
from loss_claims.paths import DATA_DIR, PROJECT_ROOT
from loss_claims.runner import notebooks
from notebook_exec import exec_notebook

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "other-ledger"
NO_LINKS = pd.DataFrame(columns=["claim_a", "claim_b", "relation"])


def claims(*rows: dict) -> pd.DataFrame:
    base = {"measure": "killed", "whose_losses": "north_korean", "scope": "incident", "qualifier": "exact",
            "low": None, "best": None, "high": None, "count_as_written": "", "claimant": "X", "reported_end": pd.NaT,
            "document_published_end": pd.Timestamp("2024-12-31"), "figure": ""}
    out = pd.DataFrame([{**base, **r} for r in rows])
    for col in ("low", "best", "high"):
        out[col] = out[col].astype("Int64")
    return out


def exact(claim_id: str, n: int, **kw) -> dict:
    return {"claim_id": claim_id, "low": n, "best": n, "high": n, "figure": str(n), **kw}


@pytest.mark.parametrize("rows, refused", [
    ([exact("a", 10), exact("b", 1000, scope="cumulative")], "scope cumulative (b)"),
    ([exact("a", 10), exact("b", 100, scope="unspecified")], "scope unspecified (b)"),
    ([exact("a", 10, scope="cumulative"), exact("b", 20, scope="cumulative")], "scope cumulative (a, b)"),
    ([exact("a", 10), exact("b", 5, measure="wounded")], "different measures or sides"),
    ([exact("a", 10), exact("b", 5, whose_losses="russian")], "different measures or sides"),
    ([exact("a", 10, measure="deployed", scope="stock")], "troop figures"),
    ([exact("a", 10), {"claim_id": "b", "qualifier": "none"}], "claims without a number"),
])
def test_add_up_refuses_what_must_never_be_added(rows, refused):
    with pytest.raises(MixedClaimsError, match=re.escape(refused)):
        add_up(claims(*rows), NO_LINKS, "sum_of_distinct")


def test_a_running_total_is_never_in_a_total_even_beside_incidents_of_its_measure_and_side():
    c = claims(exact("inc1", 8), exact("per1", 50, scope="period"), exact("run1", 1000, scope="cumulative", claimant="NIS"),
               exact("uns1", 300, scope="unspecified"))
    t = analysis.totals(c, NO_LINKS)
    assert set(t["assumption"]) == set(analysis.ASSUMPTIONS)
    for row in t.itertuples():
        assert row.lower == 58 and row.upper == 58 and row.scopes == "incident, period"
        assert "run1" not in row.claims_counted and "uns1" not in row.claims_counted
        assert row.claims_not_added == "run1 (cumulative); uns1 (unspecified)"
    alone = analysis.standalone(c)
    assert list(alone["claim_id"]) == ["run1", "uns1"]
    assert alone.set_index("claim_id").at["run1", "basis"] == "running total claimed by NIS"


def test_only_the_latest_running_total_of_a_claimant_is_compared():
    c = claims(exact("early", 500, scope="cumulative", reported_end=pd.Timestamp("2024-11-01")),
               exact("late", 900, scope="cumulative", reported_end=pd.Timestamp("2024-12-20")),
               exact("other", 700, scope="cumulative", claimant="Y"))
    alone = analysis.standalone(c).set_index("claim_id")
    assert list(alone.index) == ["late", "other"]
    assert alone.at["late", "earlier_claims"] == "early" and "latest" in alone.at["late", "basis"]


def test_a_claim_another_includes_is_not_added_beside_it():
    c = claims(exact("week", 120, scope="period"), exact("friday", 30), exact("other", 10))
    links = pd.DataFrame([{"claim_a": "week", "claim_b": "friday", "relation": "includes", "note": ""}])
    for t in analysis.totals(c, links).itertuples():
        assert (t.lower, t.upper) == (130, 130) and t.claims_counted == "other + week"


def test_vague_quantities_are_carried_as_ranges_and_stay_below_their_bound():
    nearly = {"claim_id": "v", "qualifier": "vague", "low": 900, "high": 999, "count_as_written": "nearly 1,000"}
    row = claims(nearly).iloc[0]
    assert analysis.bounds(row) == (900, 999) and analysis.figure_label(row) == "“nearly 1,000” (900–999)"
    t = analysis.totals(claims(nearly, exact("e", 5)), NO_LINKS).iloc[0]
    assert (t.lower, t.upper, t.vague) == (905, 1004, True) and t.label == "905–1,004 (with vague quantities)"
    rows = analysis.chart_rows(claims(nearly).assign(claim_id="v", document_id="d", grade="single_claimant", quote="q"),
                               label=lambda r: "x")
    assert rows.at[0, "qualifier"] == "vague" and rows.at[0, "upper"] < 1000


def test_every_claimant_of_a_troop_figure_is_credited():
    c = claims(exact("k", 11000, measure="deployed", scope="stock", claimant="South Korean officials", place="Russia",
                     figure="more than 10,000"),
               exact("u", 11000, measure="deployed", scope="stock", claimant="US officials", place="Russia",
                     figure="more than 10,000"))
    d = analysis.denominators(c)
    assert len(d) == 1 and d.at[0, "claimed_by"] == "South Korean officials; US officials" and d.at[0, "claims"] == "k, u"


def test_a_share_above_100_percent_is_flagged_not_drawn_silently():
    losses = pd.DataFrame([{"measure": "killed", "whose_losses": "x", "lower": 5000.0, "upper": 6000.0, "label": "5,000–6,000",
                            "basis": "sum"}])
    troops = pd.DataFrame([{"figure": "1,000", "place": "P", "lower": 1000.0, "upper": 1000.0, "claimed_by": "A", "claims": "t"}])
    shares = analysis.shares_of_deployed(losses, troops)
    assert bool(shares.at[0, "over_100_pct"])
    rows = analysis.share_chart_rows(shares, {"killed": "killed"})
    assert "over 100%" in rows.at[0, "text"]


# --- the shipped ledger, grown by a document, as the notebooks see it ---------------------------------
@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    ledger = copy_ledger(tmp_path_factory.mktemp("grown") / "ledger")
    add_new_document(ledger)
    return ledger


def test_in_the_grown_ledger_no_running_total_is_in_any_sum(grown):
    ledger = load_ledger(grown)
    c = analysis.claims_table(ledger, validate(ledger_dir=str(grown)))
    running = set(c.loc[~c["scope"].isin(analysis.SUMMABLE_SCOPES), "claim_id"])
    t = analysis.totals(c, ledger.links)
    counted = {i for cell in t["claims_counted"] for i in cell.split(" + ")}
    assert running and not running & counted
    assert running - set(c.loc[c["qualifier"] == "none", "claim_id"]) - set(c.loc[c["measure"] == "deployed", "claim_id"]) \
        <= set(analysis.standalone(c)["claim_id"])


LEDGERS = {"shipped": lambda g: DATA_DIR, "fixture": lambda g: FIXTURE, "grown": lambda g: g}


SELECTIONS = [(which, whose) for which in ("shipped", "fixture") for whose in WHOSE] + [
    ("grown", "all"), ("grown", "north_korean")]  # the new document's claims are all North Korean


@pytest.mark.parametrize("which, whose", SELECTIONS, ids=[f"{a}-{b}" for a, b in SELECTIONS])
def test_every_whose_losses_value_runs_every_notebook(which, whose, grown, tmp_path):
    out = tmp_path / "figs"
    for path in notebooks():
        ns = exec_notebook(path, ledger_dir=str(LEDGERS[which](grown)), output_dir=str(out), whose_losses=whose,
                           figure_formats="png")
    assert len(list(out.glob("fig*.png"))) == 7 and len(list(out.glob("fig*.csv"))) == 7
    if ns["claims"].empty:
        assert analysis.NOTHING_SELECTED in analysis.selection_summary(ns["ledger"], ns["claims"], ns["params"])


@pytest.mark.parametrize("measure", MEASURES)
def test_every_single_measure_runs_every_notebook(measure, tmp_path):
    out = tmp_path / "figs"
    for path in notebooks():
        exec_notebook(path, output_dir=str(out), measures=measure, figure_formats="png")
    assert len(list(out.glob("fig*.png"))) == 7


def test_notebook_texts_are_not_tuned_to_the_shipped_documents():
    for path in notebooks():
        nb = nbformat.read(path, as_version=4)
        text = "\n".join(c.source for c in nb.cells)
        for tuned in (r"doc-\d{3}", r"\btwo documents\b", r"data/claims\.csv", r"\bdata/"):
            assert not re.search(tuned, text), (path.name, tuned)
