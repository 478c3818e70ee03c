"""Every valid selection runs through every step of every notebook, in this process, on a grown ledger (the shipped
one and the real-reporting documents, with a user's natural ids), and the options bring in what the defaults leave out."""
from __future__ import annotations

import nbformat
import pandas as pd
import pytest

from ledger_helpers import copy_ledger, grow
from loss_claims import load_ledger
from loss_claims.tools.params import MEASURES, WHOSE
from loss_claims.tools.runner import notebooks
from loss_claims.charts.kinds import NONE
from notebook_exec import declared_figures, exec_notebook

pytestmark = pytest.mark.e2e  # each end-to-end path runs once, in the outer suite

FIGURES = declared_figures()


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    ledger = copy_ledger(tmp_path_factory.mktemp("grown") / "ledger")
    grow(ledger)
    return ledger


def run_all(ledger, out, **parameters) -> dict:
    for path in notebooks():
        ns = exec_notebook(path, ledger_dir=str(ledger), output_dir=str(out), figure_formats="png", **parameters)
    return ns


#: Selections that between them give every measure and every side (and the options) a run of every notebook. The
#: defaults on this ledger are the user's copy's run (tests/test_user_copy.py), by the real command, not repeated here.
SELECTIONS = {
    "killed-deployed-north_korean-as_of": {"measures": "killed,deployed", "whose_losses": "north_korean", "as_of": "2025-01-20"},
    "wounded-russian": {"measures": "wounded,killed_or_wounded,missing", "whose_losses": "russian"},
    "captured-mixed": {"measures": "captured,killed_or_captured,killed_or_missing", "whose_losses": "russian_and_north_korean"},
    "combined-ukrainian": {"measures": "killed_wounded_or_missing,killed_wounded_missing_or_captured,casualties_unspecified",
                           "whose_losses": "ukrainian"},
    "south_korean-other-conflicts": {"whose_losses": "south_korean", "include_other_conflicts": True},
    "both_sides": {"whose_losses": "both_sides", "include_contested": False, "include_ungraded": False},
    "unspecified-everywhere": {"whose_losses": "unspecified", "include_other_areas": True, "include_other_conflicts": True},
    "everything": {"include_other_areas": True, "include_other_conflicts": True},
}


def test_the_selections_cover_every_measure_side_and_option():
    from loss_claims.tools.params import PARAMETERS

    measures = {m for sel in SELECTIONS.values() for m in sel.get("measures", "").split(",") if m}
    sides = {sel.get("whose_losses", "all") for sel in SELECTIONS.values()}
    assert measures == set(MEASURES) and sides == set(WHOSE)
    options = {k for sel in SELECTIONS.values() for k in sel}
    assert {k for k, (t, _, _) in PARAMETERS.items() if t is bool} <= options


@pytest.fixture(scope="module")
def runs(grown, tmp_path_factory):
    done = {}

    def run(name: str):
        if name not in done:
            out = tmp_path_factory.mktemp(name) / "figs"
            done[name] = (run_all(grown, out, **SELECTIONS[name]), out)
        return done[name]
    return run


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_every_selection_runs_every_notebook(name, runs):
    ns, out = runs(name)
    for figure in FIGURES:
        for suffix in (".png", ".mobile.png", ".csv", ".alt.txt"):
            assert (out / f"{figure}{suffix}").is_file(), figure + suffix
    if ns["claims"].empty:
        assert all(NONE in (out / f"{figure}.alt.txt").read_text(encoding="utf-8") for figure in FIGURES)


def _drawn(out) -> set[str]:
    """Every claim id in the figures' CSVs."""
    text = " ".join(p.read_text(encoding="utf-8") for p in out.glob("fig*.csv"))
    return set(__import__("re").findall(r"[a-z0-9][a-z0-9-]*", text))


def test_the_options_bring_in_other_fronts_and_other_conflicts(grown, runs):
    """What the defaults leave out (tests/test_user_copy.py) the two options bring in."""
    ledger = load_ledger(grown)
    away = set(ledger.claims.loc[ledger.claims["area"].isin(["other_front", "whole_war"]), "claim_id"])
    other_conflict = set(ledger.claims.loc[ledger.claims["conflict"] != "russia_ukraine_war", "claim_id"])
    assert away and other_conflict
    assert away & _drawn(runs("everything")[1]) and other_conflict & _drawn(runs("everything")[1])


def test_as_of_keeps_only_what_had_been_reported_by_that_date(grown, runs):
    name = "killed-deployed-north_korean-as_of"
    cut = pd.Timestamp(SELECTIONS[name]["as_of"])
    ns, out = runs(name)
    ledger = load_ledger(grown)
    dates = ledger.claims["reported_end"].fillna(ledger.claims["document_id"].map(ledger.documents.set_index("document_id")["published_end"]))
    assert len(ns["claims"]) and (ns["claims"]["as_of_date"] <= cut).all()
    later = set(ledger.claims.loc[(dates > cut).to_numpy() & (ledger.claims["whose_losses"] == "north_korean").to_numpy(), "claim_id"])
    earlier = set(ledger.claims.loc[(dates <= cut).to_numpy(), "claim_id"])
    drawn = _drawn(out)
    assert later and not later & drawn and earlier & drawn


def test_notebook_texts_are_not_tuned_to_the_shipped_documents():
    for path in notebooks():
        nb = nbformat.read(path, as_version=4)
        text = "\n".join(c.source for c in nb.cells)
        for tuned in (r"doc-\d{3}", r"\btwo documents\b", r"data/claims\.csv", r"\bdata/", r"\bc0\d\d\b", r"Kursk region, Russia"):
            assert not __import__("re").search(tuned, text), (path.name, tuned)
