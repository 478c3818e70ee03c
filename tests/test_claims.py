"""The claims logic: only what may be added is added, under stated assumptions; every other kind of figure is kept
apart as what it is; a loss is set only against its own side's troops; estimates are followed over time."""
from __future__ import annotations

import math
import re

import pandas as pd
import pytest

from loss_claims import claims as logic
from loss_claims.claims import MixedClaimsError, add_up

NO_LINKS = pd.DataFrame(columns=["claim_a", "claim_b", "relation"])


def claims(*rows: dict) -> pd.DataFrame:
    base = {"measure": "killed", "whose_losses": "north_korean", "scope": "incident", "qualifier": "exact", "counted_in": "people",
            "modality": "reported", "derived_from": None, "low": None, "best": None, "high": None, "count_as_written": "",
            "claimant": "X", "claimant_id": "x", "as_of_date": pd.Timestamp("2024-12-31"), "date_from_document": True,
            "place": None}
    out = pd.DataFrame([{**base, **r} for r in rows])
    for col in ("low", "best", "high"):
        out[col] = out[col].astype("Float64")
    return out


def exact(claim_id: str, n: float, **kw) -> dict:
    return {"claim_id": claim_id, "low": n, "best": n, "high": n, **kw}


@pytest.mark.parametrize("rows, refused", [
    ([exact("a", 10), exact("b", 1000, scope="cumulative")], "scope cumulative (b)"),
    ([exact("a", 10), exact("b", 100, scope="unspecified")], "scope unspecified (b)"),
    ([exact("a", 10, scope="cumulative"), exact("b", 20, scope="cumulative")], "scope cumulative (a, b)"),
    ([exact("a", 10), exact("b", 5, measure="wounded")], "different measures or sides"),
    ([exact("a", 10), exact("b", 5, measure="killed_or_captured")], "different measures or sides"),
    ([exact("a", 10), exact("b", 5, whose_losses="russian")], "different measures or sides"),
    ([exact("a", 10, measure="deployed", scope="stock")], "troop figures"),
    ([exact("a", 10), {"claim_id": "b", "qualifier": "none"}], "claims without a number"),
    ([exact("a", 10), exact("r", 70, counted_in="people_per_day", scope="period")], "not counts of people (people_per_day: r)"),
    ([exact("a", 10), exact("s", 35, counted_in="percent_of_force")], "not counts of people (percent_of_force: s)"),
    ([exact("a", 10), {"claim_id": "f", "qualifier": "at_most", "high": 1, "counted_in": "companies"}], "companies: f"),
    ([exact("a", 10), exact("p", 12000, modality="projected")], "projected or conditional figures (p)"),
    ([exact("a", 10), exact("q", 6000, modality="conditional")], "projected or conditional figures (q)"),
    ([exact("a", 10), exact("d", 300, derived_from="a")], "an outlet derived from another claim (d)"),
])
def test_add_up_refuses_what_must_never_be_added(rows, refused):
    with pytest.raises(MixedClaimsError, match=re.escape(refused)):
        add_up(claims(*rows), NO_LINKS, "sum_of_distinct")


def test_totals_add_only_reported_counts_of_people_and_name_what_they_leave_apart():
    c = claims(exact("inc1", 8), exact("per1", 50, scope="period"), exact("run1", 1000, scope="cumulative", claimant="NIS"),
               exact("uns1", 300, scope="unspecified"), exact("rate", 90, counted_in="people_per_day", scope="period"),
               exact("share", 33.33, counted_in="percent_of_force"), exact("proj", 12000, modality="projected", scope="period"),
               exact("head", 500, derived_from="inc1"))
    t = logic.totals(c, NO_LINKS)
    assert set(t["assumption"]) == set(logic.ASSUMPTIONS)
    for row in t.itertuples():
        assert (row.lower, row.upper, row.scopes) == (58, 58, "incident, period")
        assert set(row.claims_counted.split(" + ")) == {"inc1", "per1"}
        assert row.claims_not_added == "run1 (cumulative); uns1 (unspecified)"
    assert list(logic.standalone(c)["claim_id"]) == ["run1", "uns1"]
    assert set(logic.other_kinds(c).set_index("claim_id")["kind"].items()) == {
        ("rate", "rate"), ("share", "share"), ("proj", "projected"), ("head", "derived")}


def test_only_the_latest_running_total_of_a_claimant_is_compared():
    c = claims(exact("early", 500, scope="cumulative", as_of_date=pd.Timestamp("2024-11-01")),
               exact("late", 900, scope="cumulative", as_of_date=pd.Timestamp("2024-12-20")),
               exact("other", 700, scope="cumulative", claimant="Y"))
    alone = logic.standalone(c).set_index("claim_id")
    assert list(alone.index) == ["late", "other"] and alone.at["late", "earlier_claims"] == "early"


def test_estimates_over_time_keep_every_estimate_of_each_claimant_in_date_order():
    c = claims(exact("dec", 100, scope="cumulative", claimant="NIS", as_of_date=pd.Timestamp("2024-12-18")),
               exact("jan", 300, scope="cumulative", claimant="NIS", as_of_date=pd.Timestamp("2025-01-13"), date_from_document=False),
               exact("west", 1200, scope="cumulative", claimant="Western officials", as_of_date=pd.Timestamp("2025-03-06")),
               exact("unit", 33, scope="incident"), exact("rate", 90, counted_in="people_per_day", scope="period"),
               exact("kw", 3000, measure="killed_or_wounded", scope="cumulative", claimant="NIS"),
               {**exact("nodate", 5, scope="cumulative"), "as_of_date": pd.NaT})
    est = logic.estimates_over_time(c)
    assert list(est["claim_id"]) == ["dec", "jan", "west", "kw"]  # killed, then killed or wounded: never one series
    nis = est[(est["claimant"] == "NIS") & (est["measure"] == "killed")]
    assert list(nis["lower"]) == [100, 300] and list(nis["date_from_document"]) == [True, False]


def test_a_claim_another_includes_is_not_added_beside_it():
    c = claims(exact("week", 120, scope="period"), exact("friday", 30), exact("other", 10))
    links = pd.DataFrame([{"claim_a": "week", "claim_b": "friday", "relation": "includes", "note": ""}])
    for t in logic.totals(c, links).itertuples():
        assert (t.lower, t.upper) == (130, 130) and t.claims_counted == "other + week"


def test_independent_estimates_that_disagree_count_once_in_either_total():
    c = claims(exact("west", 1200, scope="period", claimant="W"), exact("gur", 400, scope="period", claimant="G"))
    links = pd.DataFrame([{"claim_a": "west", "claim_b": "gur", "relation": "disagrees", "note": ""}])
    assert {(t.lower, t.upper) for t in logic.totals(c, links).itertuples()} == {(1200, 1200)}


def test_vague_quantities_are_carried_as_ranges_and_stay_below_their_bound():
    nearly = {"claim_id": "v", "qualifier": "vague", "low": 900, "high": 999, "count_as_written": "nearly 1,000"}
    assert logic.bounds(claims(nearly).iloc[0]) == (900, 999)
    t = logic.totals(claims(nearly, exact("e", 5)), NO_LINKS).iloc[0]
    assert (t.lower, t.upper, t.vague) == (905, 1004, True)


def troops(*rows) -> pd.DataFrame:
    return claims(*[{"measure": "deployed", "scope": "stock", **r} for r in rows])


def test_a_loss_is_set_only_against_troops_of_its_own_side():
    t = logic.denominators(troops(exact("nk", 11000, whose_losses="north_korean"), exact("ru", 50000, whose_losses="russian"),
                                  exact("mixed", 60000, whose_losses="russian_and_north_korean"),
                                  exact("proj", 20000, whose_losses="north_korean", modality="projected")))
    assert set(t["whose_losses"]) == {"north_korean", "russian", "russian_and_north_korean"}  # a projected force is no denominator
    losses = pd.DataFrame([{"measure": m, "whose_losses": w, "lower": 100.0, "upper": 100.0, "basis": "total", "claims": w}
                           for m, w in (("killed", "north_korean"), ("killed", "russian"), ("killed", "russian_and_north_korean"),
                                        ("killed", "ukrainian"))])
    shares = logic.shares_of_deployed(losses, t)
    pairs = {(s.whose_losses, s.troop_claims) for s in shares.itertuples()}
    assert pairs == {("north_korean", "nk"), ("russian", "ru"), ("russian_and_north_korean", "mixed")}  # and no Ukrainian share


def test_every_claimant_of_a_troop_figure_is_credited():
    d = logic.denominators(troops(exact("k", 11000, claimant="South Korean officials", place="Russia"),
                                  exact("u", 11000, claimant="US officials", place="Russia")))
    assert len(d) == 1 and d.at[0, "claimed_by"] == "South Korean officials; US officials" and d.at[0, "claims"] == "k u"


def test_losses_larger_than_the_troops_floor_give_no_share_and_are_counted_as_left_out():
    losses = pd.DataFrame([{"measure": "killed", "whose_losses": "x", "lower": 500.0, "upper": 6000.0, "basis": "total", "claims": "l"},
                           {"measure": "wounded", "whose_losses": "x", "lower": 200.0, "upper": 300.0, "basis": "total", "claims": "w"}])
    t = pd.DataFrame([{"whose_losses": "x", "lower": 1000.0, "upper": 1000.0, "place": "P", "claimed_by": "A", "claims": "t"}])
    shares = logic.shares_of_deployed(losses, t)
    assert list(shares["measure"]) == ["wounded"] and shares.attrs["left_out"] == 1
    assert (shares["share_high_pct"] <= 100).all()


@pytest.mark.parametrize("written", ["an additional 1,500", "another 5,000", "a further 3,000", "3,000 more", "2,000 more troops"])
def test_troops_added_are_no_size_of_the_force(written):
    t = logic.denominators(troops(exact("add", 1500, whose_losses="north_korean", count_as_written=written),
                                  exact("force", 11000, whose_losses="north_korean", count_as_written="11,000")))
    assert list(t["claims"]) == ["force"]


def test_a_troop_figure_with_no_floor_is_no_denominator():
    up_to = {"claim_id": "cap", "qualifier": "at_most", "low": None, "best": None, "high": 12000, "count_as_written": "up to 12,000"}
    t = logic.denominators(troops({**up_to, "whose_losses": "north_korean"}, exact("force", 11000, whose_losses="north_korean")))
    assert list(t["claims"]) == ["force"]


def test_open_ended_figures_bound_a_share_only_where_they_can():
    losses = pd.DataFrame([{"measure": "killed", "whose_losses": "x", "lower": 50.0, "upper": math.inf, "basis": "total", "claims": "l"}])
    t = pd.DataFrame([{"whose_losses": "x", "lower": 11000.0, "upper": math.inf, "place": "P", "claimed_by": "A", "claims": "t"}])
    s = logic.shares_of_deployed(losses, t).iloc[0]
    assert s.share_low_pct == 0 and s.share_high_pct is None  # nothing bounds it: the chart names it, draws nothing


def test_stated_shares_stay_shares_with_the_troop_claim_they_are_a_share_of():
    c = claims(exact("third", 33.33, counted_in="percent_of_force", qualifier="approximate", low=None, high=None),
               exact("force", 12000, measure="deployed", scope="stock"))
    links = pd.DataFrame([{"claim_a": "third", "claim_b": "force", "relation": "share_of", "note": ""}])
    s = logic.stated_shares(c, links)
    assert list(s["claim_id"]) == ["third"] and s.iloc[0]["share_of"] == "force" and s.iloc[0]["lower"] == 33.33


def _marks(*rows):
    base = {"panel": "P", "row": "R", "sub": "", "qualifier": "exact", "lower": None, "upper": None, "text": ""}
    return pd.DataFrame([{**base, **r} for r in rows])


def test_alt_text_names_the_extremes_by_each_marks_stated_figure_and_says_ties():
    from loss_claims.charts.kinds import alt_strip

    rows = _marks({"row": "a", "qualifier": "at_most", "lower": 0.0, "upper": 30.0, "text": "at most 30"},
                  {"row": "b", "qualifier": "at_most", "lower": 0.0, "upper": 5.0, "text": "at most 5"},
                  {"row": "c", "qualifier": "more_than", "lower": 12.0, "upper": math.inf, "text": "more than 12"},
                  {"row": "d", "qualifier": "exact", "lower": 30.0, "upper": 30.0, "text": "30"},
                  {"row": "e", "qualifier": "none", "lower": math.nan, "upper": math.nan, "text": "heavy losses"})
    alt = alt_strip("losses", rows)
    assert "4 marks in 5 rows" in alt  # the no-number claim is a row, not a mark
    assert "Highest: at most 30 (a; P; 1 more at the same figure)" in alt
    assert "Lowest: at most 5 (b; P)" in alt  # an 'at most' by its bound, never by the 0 its line runs back to
    assert "1 claim with no number" in alt
