"""Every kind of statement real reports make, held honestly: each is accepted as the curation rules record it, and
refused with file:line: column when it is misused (a rate as a count, a share as people, a projection as a loss
reported, an acknowledgement by another side, a disagreement of one claimant with itself…).

The ledger is the shipped one grown with the real-reporting documents (rows as a curator wrote them, ids made fresh
only where the ledger already uses one); each case changes one thing in it."""
from __future__ import annotations

import pytest

from ledger_helpers import copy_ledger, grow, line_of, read_rows, set_cell, write_rows
from loss_claims import LedgerError, load_ledger
from test_bad_ledger import assert_problem, problems_of


@pytest.fixture(scope="module")
def grown_base(tmp_path_factory):
    ledger = copy_ledger(tmp_path_factory.mktemp("grown") / "ledger")
    grow(ledger)
    return ledger


@pytest.fixture
def grown(grown_base, tmp_path):
    import shutil

    return shutil.copytree(grown_base, tmp_path / "ledger")


def claim_with(ledger, **where) -> str:
    """The first claim whose cells are as given (the fixture's rows, whatever ids they got)."""
    _, rows = read_rows(ledger / "claims.csv")
    return next(r["claim_id"] for r in rows if all(r[k] == v for k, v in where.items()))


def test_the_grown_ledger_holds_every_kind(grown_base):
    ledger = load_ledger(grown_base)
    c = ledger.claims
    assert {"people_per_day", "percent_of_force", "companies"} <= set(c["counted_in"])
    assert {"projected", "conditional"} <= set(c["modality"])
    assert {"killed_or_captured", "killed_wounded_missing_or_captured"} <= set(c["measure"])
    assert {"acknowledged_by_own_side", "partly_acknowledged_by_own_side"} <= set(c["grade"])
    assert {"disagrees", "derived_from", "share_of"} <= set(ledger.links["relation"])
    assert {"since", "by"} <= set(c["event_precision"]) and {"other_front", "whole_war"} <= set(c["area"])
    assert "inferred_from_context" in set(ledger.relays["attribution"]) and c["bounds_reason"].notna().any()
    assert ledger.sources["not_countries"].notna().any()


def cell_case(grown, where: dict, column: str, value: str):
    claim = claim_with(grown, **where)
    line = set_cell(grown, "claims", claim, column, value)
    return problems_of(grown), line


@pytest.mark.parametrize("where, column, value, expected_column, fragment", [
    # a rate is never a count of people: the words say 'a day'
    ({"counted_in": "people_per_day"}, "counted_in", "people", "counted_in", "states a rate: counted_in 'people_per_day'"),
    # a rate has a basis period, never a running total
    ({"counted_in": "people_per_day"}, "scope", "cumulative", "scope", "a rate (people_per_day) is a figure per unit of time"),
    # a share is never people: its words say per cent, or a third
    ({"count_as_written": "nearly 35%"}, "counted_in", "people", "counted_in", "'nearly 35%' states a share"),
    ({"count_as_written": "almost a third"}, "best", "33.3", "best", "33.3 is not stated in count_as_written 'almost a third'"),
    ({"count_as_written": "nearly 35%"}, "best", "135", "best", "135% is more than the whole force"),
    # a figure of people is whole
    ({"count_as_written": "about 300"}, "best", "300.5", "best", "300.5 is not a whole number"),
    # a count in formations is kept as written: 'up to a company' is one company, never its usual size in men
    ({"counted_in": "companies"}, "high", "150", "high", "150 is not stated in count_as_written 'up to a company'"),
    # the figure is the one its words state, not another number of the quote
    ({"count_as_written": "an additional 1,500"}, "best", "11000", "best", "11000 is not stated in count_as_written 'an additional 1,500'"),
    # the lexicon's 'surpassed {N}' and 'exceed {N}' are lower bounds
    ({"count_as_written": "surpassed 3,000"}, "qualifier", "exact", "qualifier", "by the phrase 'surpassed {N}'"),
    ({"count_as_written": "estimated 300"}, "qualifier", "exact", "qualifier", "by the phrase 'estimated {N}'"),
    # a per-row override of the lexicon needs its reason, naming the bound the document gives
    ({"count_as_written": "dozens"}, "bounds_reason", "", "high", "where the document itself gives other bounds, say why in"),
    ({"count_as_written": "dozens"}, "bounds_reason", "The list is longer.", "bounds_reason", "name each of them in the reason"),
    # the acknowledgement grades belong to the side whose losses are counted
    ({"claimant_id": "western-officials"}, "grade", "acknowledged_by_own_side", "grade", "is for a claimant of the side whose losses"),
    ({"grade": "partly_acknowledged_by_own_side"}, "grade", "single_claimant", "grade", "belongs to the side whose losses are counted"),
    # dates known at one end
    ({"event_as_written": "since October"}, "event_start", "", "event_start", "precision 'since' needs event_start"),
    ({"event_as_written": "By mid-January"}, "event_start", "2025-01-01", "event_start", "precision 'by' leaves event_start empty"),
])
def test_a_misused_kind_is_refused_with_file_line_and_column(grown, where, column, value, expected_column, fragment):
    problems, line = cell_case(grown, where, column, value)
    assert_problem(problems, "claims.csv", line, expected_column, fragment)


@pytest.mark.parametrize("relation, change, fragment", [
    ("disagrees", lambda c: {"claim_a": c(count_as_written="about 300"), "claim_b": c(count_as_written="100 deaths")}, "have one claimant"),
    ("disagrees", lambda c: {"claim_b": c(count_as_written="roughly 4,000")}, "only estimates of the same quantity disagree"),
    ("share_of", lambda c: {"claim_b": c(count_as_written="about 300")}, "not a troop figure (deployed)"),
    ("share_of", lambda c: {"claim_a": c(count_as_written="about 300")}, "is counted in people, not percent_of_force"),
])
def test_a_misused_link_is_refused(grown, relation, change, fragment):
    header, rows = read_rows(grown / "links.csv")
    at = next(k for k, r in enumerate(rows) if r["relation"] == relation)

    def c(**where):
        return claim_with(grown, **{k: v for k, v in where.items() if v is not None})

    rows[at] = {**rows[at], **change(c)}
    write_rows(grown / "links.csv", header, rows)
    assert_problem(problems_of(grown), "links.csv", at + 2, "", fragment)


def test_a_share_of_another_sides_troops_is_refused(grown):
    """The share's troop figure, made another side's (as a curator might mistake Russian for North Korean troops)."""
    header, rows = read_rows(grown / "links.csv")
    at = next(k for k, r in enumerate(rows) if r["relation"] == "share_of")
    set_cell(grown, "claims", rows[at]["claim_b"], "whose_losses", "russian")
    assert_problem(problems_of(grown), "links.csv", at + 2, "claim_b", "a share is of its own side's troops")


def test_reversed_and_contradictory_links_of_one_pair_are_refused(grown):
    header, rows = read_rows(grown / "links.csv")
    pair = next(r for r in rows if r["relation"] == "disagrees")
    rows += [{**pair, "claim_a": pair["claim_b"], "claim_b": pair["claim_a"]},
             {**pair, "relation": "corroborates", "note": "Both say many died."}]
    write_rows(grown / "links.csv", header, rows)
    problems = problems_of(grown)
    assert_problem(problems, "links.csv", len(rows) + 1, "relation", "cannot also be 'corroborates'")
    assert_problem(problems, "links.csv", len(rows), "claim_a", "the other way round: record each pair once")


def test_a_group_known_only_as_not_ukrainian_is_independent_of_ukraine_but_not_of_a_western_state(grown):
    """'Western officials' (not UA, RU, KP) corroborate a Ukrainian claimant, never a US one: they may be US officials."""
    west = claim_with(grown, claimant_id="western-officials")
    ukrainian = claim_with(grown, count_as_written="about 400")
    american = claim_with(grown, claimant_id="us-officials")
    header, rows = read_rows(grown / "links.csv")
    rows = [r for r in rows if {r["claim_a"], r["claim_b"]} != {west, ukrainian}]
    write_rows(grown / "links.csv", header, [*rows, {"claim_a": west, "claim_b": ukrainian, "relation": "corroborates", "note": "x"}])
    for claim in (west, ukrainian):
        set_cell(grown, "claims", claim, "grade", "corroborated")
    load_ledger(grown)  # accepted: the group is known not to be Ukrainian
    write_rows(grown / "links.csv", header, [*rows, {"claim_a": west, "claim_b": american, "relation": "corroborates", "note": "x"}])
    for claim in (west, american):
        set_cell(grown, "claims", claim, "grade", "corroborated")
    set_cell(grown, "claims", ukrainian, "grade", "single_claimant")
    problems = problems_of(grown)
    assert_problem(problems, "links.csv", len(rows) + 2, "relation", "not independent claimants")


def test_a_relay_named_in_the_text_needs_its_words_and_is_never_the_claimant(grown):
    header, rows = read_rows(grown / "relays.csv")
    at = next(k for k, r in enumerate(rows) if r["attribution"] == "explicit")
    claimant = next(r["claimant_id"] for r in read_rows(grown / "claims.csv")[1] if r["claim_id"] == rows[at]["claim_id"])
    rows[at] = {**rows[at], "relay_quote": "", "source_id": claimant}
    write_rows(grown / "relays.csv", header, rows)
    problems = problems_of(grown)
    assert_problem(problems, "relays.csv", at + 2, "relay_quote", "an explicit relay needs the words of the document")
    assert_problem(problems, "relays.csv", at + 2, "source_id", "is the claim's own claimant")


def test_a_troop_figure_the_own_side_gives_is_an_acknowledgement(grown):
    troops = claim_with(grown, measure="deployed", claimant_id="kp-cmc")
    line = line_of(grown, "claims", troops)
    set_cell(grown, "claims", troops, "grade", "single_claimant")
    assert_problem(problems_of(grown), "claims.csv", line, "grade", "grade it 'acknowledged_by_own_side'")


def test_the_rules_hold_in_the_loader_too(grown):
    claim = claim_with(grown, counted_in="people_per_day")
    set_cell(grown, "claims", claim, "counted_in", "people")
    with pytest.raises(LedgerError, match="states a rate"):
        load_ledger(grown)
