"""What the notebooks compute. Anything two notebooks need lives here, once.

Claims are never converted into one another: totals are only formed within one measure and
one ``whose_losses``, and only under an assumption that is stated with them.
"""
from __future__ import annotations

import html
import math

import pandas as pd

from .load import Ledger
from .params import Params

OPEN = math.inf
NUMERIC_QUALIFIERS = ["exact", "approximate", "more_than", "at_least", "fewer_than", "at_most", "range"]


def claims_table(ledger: Ledger, params: Params) -> pd.DataFrame:
    """The claims the parameters select, with names instead of ids and a figure as written."""
    c = ledger.claims.copy()
    keep = c["measure"].isin(params.measures)
    if params.whose_losses != "all":
        keep &= c["whose_losses"] == params.whose_losses
    if not params.include_other_conflicts:
        keep &= c["conflict"] == "russia_ukraine_war"
    if not params.include_contested:
        keep &= c["grade"] != "contested"
    if not params.include_ungraded:
        keep &= c["grade"] != "ungraded"
    c = c[keep].copy()
    sources = ledger.sources.set_index("source_id")
    units = ledger.units.set_index("unit_id")
    c["claimant"] = c["claimant_id"].map(sources["name"])
    c["claimant_kind"] = c["claimant_id"].map(sources["kind"]).astype("object")
    c["claimant_country"] = c["claimant_id"].map(sources["country"])
    c["claiming_unit"] = c["claiming_unit_id"].map(units["name"])
    c["other_unit"] = c["other_unit_id"].map(units["name"])
    c["numeric"] = c["qualifier"] != "none"
    c["figure"] = [figure_label(r) for r in c.itertuples()]
    c["relay_chain"] = c["claim_id"].map(relay_chains(ledger)["chain"])
    return c.reset_index(drop=True)


def figure_label(row) -> str:
    """The figure as the text qualifies it: '33', '≈200', 'more than 50', 'no number'."""
    q = row.qualifier
    n = lambda v: f"{int(v):,}"  # noqa: E731
    return {
        "exact": lambda: n(row.best),
        "approximate": lambda: f"≈{n(row.best)}",
        "more_than": lambda: f"more than {n(row.low)}",
        "at_least": lambda: f"at least {n(row.low)}",
        "fewer_than": lambda: f"fewer than {n(row.high)}",
        "at_most": lambda: f"at most {n(row.high)}",
        "range": lambda: f"{n(row.low)}–{n(row.high)}",
        "none": lambda: "no number",
    }[q]()


def bounds(row) -> tuple[float, float]:
    """(lower, upper) the claim allows; an approximate figure is its own bound, stated as such."""
    q = row.qualifier
    if q in ("exact", "approximate"):
        return float(row.best), float(row.best)
    if q in ("more_than", "at_least"):
        return float(row.low), OPEN
    if q in ("fewer_than", "at_most"):
        return 0.0, float(row.high)
    if q == "range":
        return float(row.low), float(row.high)
    raise ValueError(f"claim {row.claim_id} has no number")


def relay_chains(ledger: Ledger) -> pd.DataFrame:
    """For each claim: claimant → relays in order → document, as names and as one line of text."""
    names = ledger.sources.set_index("source_id")["name"]
    relays = ledger.relays.sort_values(["claim_id", "step"])
    steps = relays.groupby("claim_id", sort=False)["source_id"].agg(list)
    rows = []
    for r in ledger.claims.itertuples():
        hops = [r.claimant_id, *steps.get(r.claim_id, []), r.document_id]
        rows.append({"claim_id": r.claim_id, "hops": hops,
                     "chain": " → ".join([*(names.get(h, h) for h in hops[:-1]), hops[-1]])})
    return pd.DataFrame(rows).set_index("claim_id")


def provenance_html(ledger: Ledger, claims: pd.DataFrame, context: int = 160) -> str:
    """Each claim's quote highlighted in its document, with some text either side."""
    parts = ['<div style="font-family: sans-serif; font-size: 13px; max-width: 60em">']
    for r in claims.itertuples():
        text = ledger.seeds[r.document_id]
        start = text.index(r.quote)
        end = start + len(r.quote)
        before = text[max(0, start - context):start]
        after = text[end:end + context]
        parts.append(
            f'<p><b>{html.escape(r.claim_id)}</b> · {html.escape(r.document_id)} · claimed by '
            f'<i>{html.escape(str(r.claimant))}</i> · {html.escape(str(r.measure))}: <b>{html.escape(r.figure)}</b><br>'
            f'…{html.escape(before)}<mark>{html.escape(r.quote)}</mark>{html.escape(after)}…</p>'
        )
    parts.append("</div>")
    return "\n".join(parts)


def _components(ids: list[str], links: pd.DataFrame, relations: set[str]) -> dict[str, str]:
    """Connected groups of claims joined by links of the given relations (union-find)."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, rel in zip(links["claim_a"], links["claim_b"], links["relation"]):
        if rel in relations and a in parent and b in parent:
            parent[find(a)] = find(b)
    return {i: find(i) for i in ids}


ASSUMPTIONS = {
    "largest_of_overlapping": (
        {"same_event", "may_overlap", "contradicts", "corroborates"},
        "Claims that may overlap count the same losses: from each group of linked claims only the largest is kept.",
    ),
    "sum_of_distinct": (
        {"same_event", "contradicts", "corroborates"},
        "Claims that may overlap are all distinct losses; claims of the same event (same, contradicting or corroborating) count once.",
    ),
}


def totals(claims: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """Loss totals per measure and whose_losses under each stated assumption; never across measures.

    Deployed strength is a stock, not a count of events: it is never totalled.

    Approximate figures enter as their stated value and mark the total approximate; an
    open-ended figure ('more than 50') leaves the total with no upper bound.
    """
    num = claims[(claims["qualifier"] != "none") & (claims["measure"] != "deployed")]
    rows = []
    for (measure, whose), group in num.groupby(["measure", "whose_losses"], observed=True, sort=True):
        ids = list(group["claim_id"])
        b = {r.claim_id: bounds(r) for r in group.itertuples()}
        approx = {r.claim_id: r.qualifier == "approximate" for r in group.itertuples()}
        for name, (relations, statement) in ASSUMPTIONS.items():
            comp = _components(ids, links, relations)
            lower = upper = 0.0
            is_approx = False
            kept = []
            for root in dict.fromkeys(comp.values()):
                members = [i for i in ids if comp[i] == root]
                best = max(members, key=lambda i: (b[i][0], b[i][1]))
                lower += b[best][0]
                upper += max(b[i][1] for i in members) if name == "largest_of_overlapping" else b[best][1]
                is_approx |= approx[best]
                kept.append(best)
            rows.append({
                "measure": measure, "whose_losses": whose, "assumption": name,
                "lower": lower, "upper": upper, "approximate": is_approx,
                "open_ended": math.isinf(upper), "claims_counted": " + ".join(kept),
                "claims_considered": len(ids), "statement": statement,
            })
    out = pd.DataFrame(rows, columns=["measure", "whose_losses", "assumption", "lower", "upper", "approximate",
                                      "open_ended", "claims_counted", "claims_considered", "statement"])
    out["label"] = [total_label(r) for r in out.itertuples()]
    return out


def total_label(r) -> str:
    approx = "≈" if r.approximate else ""
    if r.open_ended:
        return f"{approx}{int(r.lower):,} or more (no upper bound)"
    if r.lower == r.upper:
        return f"{approx}{int(r.lower):,}"
    return f"{approx}{int(r.lower):,}–{int(r.upper):,}"


def shares_of_deployed(loss_totals: pd.DataFrame, deployed: pd.DataFrame) -> pd.DataFrame:
    """Claimed losses (ranges from :func:`loss_ranges`) as a share of each deployed-strength claim, both ranges carried through.

    share_low = losses' lower bound / deployed upper bound (0 if deployed has no upper bound);
    share_high = losses' upper bound / deployed lower bound (open if either is open).
    """
    rows = []
    for d in deployed.itertuples():
        d_low, d_high = bounds(d)
        for t in loss_totals.itertuples():
            share_low = 0.0 if math.isinf(d_high) else t.lower / d_high
            share_high = OPEN if math.isinf(t.upper) or d_low == 0 else t.upper / d_low
            rows.append({
                "deployed_claim": d.claim_id, "deployed": d.figure, "deployed_where": d.place,
                "deployed_claimed_by": d.claimant, "measure": t.measure, "whose_losses": t.whose_losses,
                "losses": t.label,
                "share_low_pct": round(100 * share_low, 3),
                "share_high_pct": None if math.isinf(share_high) else round(100 * share_high, 3),
            })
    return pd.DataFrame(rows)


def chart_rows(claims: pd.DataFrame, label) -> pd.DataFrame:
    """Rows for :func:`loss_claims.figures.range_chart` (and the CSV saved beside the chart)."""
    rows = []
    for r in claims.itertuples():
        lo, hi = bounds(r) if r.qualifier != "none" else (math.nan, math.nan)
        rows.append({
            "label": label(r), "claim_id": r.claim_id, "document_id": r.document_id, "claimed_by": r.claimant,
            "measure": r.measure, "whose_losses": r.whose_losses, "qualifier": r.qualifier,
            "text": (r.figure if r.qualifier != "none" else f"no number: “{r.count_as_written}”" if isinstance(r.count_as_written, str)
                     else "no number") + ("  [contested]" if r.grade == "contested" else ""),
            "lower": lo, "upper": hi, "grade": r.grade, "quote": r.quote,
        })
    return pd.DataFrame(rows, columns=["label", "claim_id", "document_id", "claimed_by", "measure", "whose_losses",
                                       "qualifier", "text", "lower", "upper", "grade", "quote"])


def document_register(ledger: Ledger) -> pd.DataFrame:
    """The documents with what the ledger takes from each: claims, claimants, and the outlets quoted."""
    d = ledger.documents.copy()
    c = ledger.claims
    kinds = ledger.sources.set_index("source_id")["kind"]
    relayed = ledger.relays.merge(c[["claim_id", "document_id"]], on="claim_id")
    names = ledger.sources.set_index("source_id")["name"]
    d["claims"] = d["document_id"].map(c.groupby("document_id").size()).fillna(0).astype(int)
    d["with_a_number"] = d["document_id"].map(c[c["qualifier"] != "none"].groupby("document_id").size()).fillna(0).astype(int)
    d["claimants"] = d["document_id"].map(c.groupby("document_id")["claimant_id"].nunique()).fillna(0).astype(int)
    media = ["media_outlet", "news_agency", "defense_publisher", "unnamed_outlet"]
    named = pd.concat([c[["document_id", "claimant_id"]].rename(columns={"claimant_id": "source_id"}),
                       relayed[["document_id", "source_id"]]])
    outlets = named[named["source_id"].map(kinds).isin(media)].sort_values(["document_id", "source_id"])
    d["outlets_quoted"] = d["document_id"].map(
        outlets.groupby("document_id")["source_id"].agg(lambda s: "; ".join(names[i] for i in dict.fromkeys(s)))).fillna("")
    return d[["document_id", "title", "kind", "published_start", "published_end", "published_precision",
              "claims", "with_a_number", "claimants", "outlets_quoted"]]


def linked_pairs(claims: pd.DataFrame, links: pd.DataFrame, relations: list[str]) -> pd.DataFrame:
    """Linked claims side by side (both claims among those selected)."""
    cols = ["claim_id", "document_id", "claimant", "measure", "whose_losses", "figure", "event_as_written", "quote"]
    c = claims[cols].astype({"measure": "object", "whose_losses": "object"})
    pairs = links[links["relation"].isin(relations)][["claim_a", "claim_b", "relation", "note"]].astype({"relation": "object"})
    pairs = pairs.merge(c.add_suffix("_a"), left_on="claim_a", right_on="claim_id_a").merge(
        c.add_suffix("_b"), left_on="claim_b", right_on="claim_id_b")
    return pairs.drop(columns=["claim_id_a", "claim_id_b"]).reset_index(drop=True)


def loss_ranges(loss_totals: pd.DataFrame) -> pd.DataFrame:
    """One range per measure and side: from the lowest total of any assumption to the highest."""
    rows = []
    for (measure, whose), t in loss_totals.groupby(["measure", "whose_losses"], observed=True, sort=True):
        rows.append({"measure": measure, "whose_losses": whose, "lower": t["lower"].min(), "upper": t["upper"].max(),
                     "approximate": bool(t["approximate"].any())})
    out = pd.DataFrame(rows, columns=["measure", "whose_losses", "lower", "upper", "approximate"])
    out["open_ended"] = out["upper"].map(math.isinf)
    out["label"] = [total_label(r) for r in out.itertuples()]
    return out


def share_label(low_pct: float, high_pct: float | None) -> str:
    """'0.30%', '0.91% to 1.34%', 'up to 0.30%' (the troop figure is open-ended, so no lower bound above 0),
    '5.07% or more (no upper bound)' (the loss figure is open-ended), or 'not bounded' when both are."""
    if high_pct is None or pd.isna(high_pct):
        if low_pct == 0:
            return "not bounded: losses and troops both open-ended ('more than')"
        return f"{low_pct:.2f}% or more (no upper bound)"
    if low_pct == 0 and high_pct > 0:
        return f"up to {high_pct:.2f}%"
    if round(low_pct, 2) == round(high_pct, 2):
        return f"{low_pct:.2f}%"
    return f"{low_pct:.2f}% to {high_pct:.2f}%"


def share_chart_rows(shares: pd.DataFrame, measure_labels: dict[str, str]) -> pd.DataFrame:
    """:func:`shares_of_deployed` as rows for ``figures.claims_chart``: a range per row, an arrow when only
    the losses are open-ended, and words only (no mark) when nothing bounds the share."""
    unbounded = shares["share_high_pct"].isna() & (shares["share_low_pct"] == 0)
    return shares.assign(
        label=[f"{measure_labels[s.measure]}: {s.losses}\nof {s.deployed} troops in {s.deployed_where}" for s in shares.itertuples()],
        qualifier=["none" if u else "range" for u in unbounded],
        lower=shares["share_low_pct"].where(~unbounded),  # empty in the figure's CSV: no bound to give
        upper=shares["share_high_pct"].astype("float64").fillna(OPEN).where(~unbounded),
        text=[share_label(s.share_low_pct, s.share_high_pct) for s in shares.itertuples()],
    )
