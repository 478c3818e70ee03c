"""What the notebooks compute. Anything two notebooks need lives here, once.

Claims are never converted into one another: totals are only formed within one measure and
one ``whose_losses``, and only under an assumption that is stated with them.
"""
from __future__ import annotations

import html
import math
import re

import pandas as pd

from .load import Ledger
from .params import Params
from .paths import project_relative

NOTHING_SELECTED = "No claims of this kind under these parameters"
CAVEAT = ("These are unverified wartime claims as the documents report them, mostly by one side; "
          "nothing here establishes how many people were killed or wounded.")


shown_path = project_relative  # notebooks call analysis.shown_path

OPEN = math.inf
NUMERIC_QUALIFIERS = ["exact", "approximate", "more_than", "at_least", "fewer_than", "at_most", "range", "vague"]
#: The only scopes ever added up: one event, or the losses of stated days. A running total (cumulative) or
#: a figure of unspecified scope is compared, never added, not even to another running total.
SUMMABLE_SCOPES = ("incident", "period")


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
    c["document_published_end"] = c["document_id"].map(ledger.documents.set_index("document_id")["published_end"])
    c["other_unit"] = c["other_unit_id"].map(units["name"])
    c["numeric"] = c["qualifier"] != "none"
    c["figure"] = [figure_label(r) for r in c.itertuples()]
    c["relay_chain"] = c["claim_id"].map(relay_chains(ledger)["chain"])
    return c.reset_index(drop=True)


def stated_figures(qualifiers, lowers, uppers) -> tuple[list[float], int, int]:
    """(the figures a set of claims states, how many are open-ended, how many give no number). The 0 that only
    'up to' implies and the missing end of a 'more than' are not figures stated."""
    stated, open_ended, no_number = [], 0, 0
    for q, lo, hi in zip(qualifiers, pd.to_numeric(pd.Series(list(lowers), dtype="object"), errors="coerce"),
                         pd.to_numeric(pd.Series(list(uppers), dtype="object"), errors="coerce")):
        if q == "none" or pd.isna(lo):
            no_number += 1
            continue
        if q not in ("fewer_than", "at_most"):
            stated.append(float(lo))
        if math.isinf(hi):
            open_ended += 1
        elif not pd.isna(hi):
            stated.append(float(hi))
    return stated, open_ended, no_number


def natural_key(text: object) -> tuple:
    """Sort key that orders numbers inside names as numbers: '8th' < '10th' < '110th'."""
    return tuple((0, int(t), "") if t.isdigit() else (1, 0, t.casefold()) for t in re.findall(r"\d+|\D+", str(text)))


def selection_summary(ledger: Ledger, claims: pd.DataFrame, params: Params) -> str:
    """What was read and what the parameters selected, in two lines (the ledger's path as the project shows it)."""
    head = f"Ledger {shown_path(params.ledger_dir)}: {ledger.summary()}"
    if claims.empty:
        return f"{head}\n{NOTHING_SELECTED} (whose_losses={params.whose_losses}, measures={','.join(params.measures)})."
    return f"{head}\n{len(claims)} claims selected by the parameters, from {claims['document_id'].nunique()} document(s)."


def unit_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Loss claims whose claimant is a military unit, units in natural order ('8th' before '95th')."""
    c = claims[claims["claiming_unit"].notna() & (claims["measure"] != "deployed")]
    order = sorted(range(len(c)), key=lambda i: (natural_key(c["claiming_unit"].iloc[i]), str(c["measure"].iloc[i]),
                                                 c["claim_id"].iloc[i]))
    return c.iloc[order]


def claims_per_document(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per document, measure and whether the text gives a number (long form, for the chart and its CSV)."""
    c = claims.assign(figure=claims["numeric"].map({True: "with a number", False: "no number"}), measure=claims["measure"].astype(str))
    out = c.groupby(["document_id", "measure", "figure"], sort=True).agg(
        claims=("claim_id", "size"), claim_ids=("claim_id", " ".join)).reset_index()
    return out.rename(columns={"document_id": "document"})


def claimed_by(names, limit: int = 8) -> str:
    """'A; B; C' or, past ``limit`` names, 'A; B; … and 12 others (all in the figure's CSV)'."""
    names = sorted(set(map(str, names)), key=str.casefold)
    if len(names) <= limit:
        return "; ".join(names)
    return "; ".join(names[:limit]) + f"; … and {len(names) - limit} others (all in the figure's CSV)"


def figure_label(row) -> str:
    """The figure as the text qualifies it: '33', '≈200', 'more than 50', 'no number'."""
    q = row.qualifier
    n = lambda v: f"{int(v):,}"
    return {
        "exact": lambda: n(row.best),
        "approximate": lambda: f"≈{n(row.best)}",
        "more_than": lambda: f"more than {n(row.low)}",
        "at_least": lambda: f"at least {n(row.low)}",
        "fewer_than": lambda: f"fewer than {n(row.high)}",
        "at_most": lambda: f"at most {n(row.high)}",
        "range": lambda: f"{n(row.low)}–{n(row.high)}",
        "vague": lambda: f"“{row.count_as_written}” ({n(row.low)}–{n(row.high)})",
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
    if q in ("range", "vague"):
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


def provenance_html(ledger: Ledger, claims: pd.DataFrame, context: int = 160, limit: int = 60) -> str:
    """Each claim's quote highlighted in its document, with some text either side; at most ``limit`` claims
    (the first in ledger order), saying how many more there are and where they are."""
    parts = ['<div style="font-family: sans-serif; font-size: 13px; max-width: 60em">']
    if claims.empty:
        parts.append(f"<p>{NOTHING_SELECTED}.</p>")
    for r in claims.head(limit).itertuples():
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
    if len(claims) > limit:
        parts.append(f"<p><i>… and {len(claims) - limit:,} more claims, not shown here to keep the notebook small: every "
                     "quote is in the ledger's claims.csv and in the report's claims table.</i></p>")
    parts.append("</div>")
    return "\n".join(parts)


def _components(ids: list[str], links: pd.DataFrame, relations: set[str]) -> dict[str, str]:
    """Connected groups of claims joined by links of the given relations (union-find, near-linear)."""
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
        {"same_event", "may_overlap", "contradicts", "corroborates", "includes"},
        "Claims that may overlap count the same losses: from each group of linked claims only the largest is kept.",
    ),
    "sum_of_distinct": (
        {"same_event", "contradicts", "corroborates", "includes"},
        "Claims that may overlap are all distinct losses; claims of the same event (same, contradicting or corroborating) "
        "count once, and a claim another includes is not added beside it.",
    ),
}


class MixedClaimsError(ValueError):
    """Claims that must never be added were given to :func:`add_up`."""


def add_up(group: pd.DataFrame, links: pd.DataFrame, assumption: str) -> dict:
    """The one place where claimed figures are added. Refuses (:class:`MixedClaimsError`) anything but figures
    of one measure, one side and the summable scopes (incident, period): a running total, a figure of
    unspecified scope, a troop figure or a claim without a number is never added to anything."""
    problems = []
    if group["measure"].nunique() > 1 or group["whose_losses"].nunique() > 1:
        problems.append("claims of different measures or sides (" + ", ".join(sorted({f"{m}/{w}" for m, w in zip(
            group["measure"].astype(str), group["whose_losses"].astype(str))})) + ")")
    scopes = set(group["scope"].astype(str))
    if scopes - set(SUMMABLE_SCOPES):
        ids = group.loc[~group["scope"].isin(SUMMABLE_SCOPES), "claim_id"]
        problems.append(f"claims of scope {', '.join(sorted(scopes - set(SUMMABLE_SCOPES)))} ({', '.join(ids)}): "
                        "a running total or an unspecified scope is compared, never added")
    if (group["measure"] == "deployed").any():
        problems.append("troop figures (deployed), which are stocks, not losses")
    if (group["qualifier"] == "none").any():
        problems.append("claims without a number")
    if problems:
        raise MixedClaimsError("refusing to add " + "; ".join(problems))
    relations, statement = ASSUMPTIONS[assumption]
    ids = list(group["claim_id"])
    b = {r.claim_id: bounds(r) for r in group.itertuples()}
    qualifier = dict(zip(group["claim_id"], group["qualifier"]))
    members: dict[str, list[str]] = {}
    for claim, root in _components(ids, links, relations).items():
        members.setdefault(root, []).append(claim)
    lower = upper = 0.0
    kept = []
    for group_ids in members.values():
        best = max(group_ids, key=lambda i: (b[i][0], b[i][1]))
        lower += b[best][0]
        upper += max(b[i][1] for i in group_ids) if assumption == "largest_of_overlapping" else b[best][1]
        kept.append(best)
    return {
        "lower": lower, "upper": upper, "open_ended": math.isinf(upper),
        "approximate": any(qualifier[i] == "approximate" for i in kept),
        "vague": any(qualifier[i] == "vague" for i in kept),
        "claims_counted": " + ".join(sorted(kept)), "n_claims_counted": len(kept), "claims_considered": len(ids),
        "scopes": ", ".join(s for s in SUMMABLE_SCOPES if s in scopes), "statement": statement,
    }


TOTAL_COLUMNS = ["measure", "whose_losses", "assumption", "lower", "upper", "approximate", "vague", "open_ended", "scopes",
                 "claims_counted", "n_claims_counted", "claims_considered", "claims_not_added", "statement"]


def totals(claims: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """Loss totals per measure and whose_losses under each stated assumption: never across measures or sides,
    and only of incident and period figures (:func:`add_up`). The running totals and unspecified-scope figures
    of the same measure and side are named in ``claims_not_added`` and compared in :func:`standalone`.

    Approximate figures enter as their stated value and mark the total approximate ('≈'); vague quantities
    enter as their range; an open-ended figure ('more than 50') leaves the total with no upper bound.
    """
    num = claims[(claims["qualifier"] != "none") & (claims["measure"] != "deployed")]
    rows = []
    for (measure, whose), group in num.groupby(["measure", "whose_losses"], observed=True, sort=True):
        summable = group["scope"].isin(SUMMABLE_SCOPES)
        apart = group[~summable]
        not_added = "; ".join(f"{i} ({s})" for i, s in zip(apart["claim_id"], apart["scope"].astype(str)))
        if not summable.any():
            continue
        for name in ASSUMPTIONS:
            rows.append({"measure": measure, "whose_losses": whose, "assumption": name,
                         **add_up(group[summable], links, name), "claims_not_added": not_added})
    out = pd.DataFrame(rows, columns=TOTAL_COLUMNS)
    out["label"] = [total_label(r) for r in out.itertuples()]
    return out


#: A total of more claims than this carries a warning: overlaps the ledger does not link inflate it.
MANY_CLAIMS = 20


def totals_warning(loss_totals: pd.DataFrame) -> str:
    """The note's sentence for totals of many claims (marked '*'), or ''."""
    if not (loss_totals["n_claims_counted"] > MANY_CLAIMS).any():
        return ""
    return (f" *A sum of more than {MANY_CLAIMS} claims is inflated by every overlap that links.csv does not record: "
            "read it as what was claimed, never as a count of losses.")


def total_label(r) -> str:
    approx = "≈" if r.approximate else ""
    vague = " (with vague quantities)" if getattr(r, "vague", False) else ""
    if getattr(r, "n_claims_counted", 0) > MANY_CLAIMS:
        vague += f" (sum of {r.n_claims_counted} claims*)"
    if r.open_ended:
        return f"{approx}{int(r.lower):,} or more (no upper bound){vague}"
    if r.lower == r.upper:
        return f"{approx}{int(r.lower):,}{vague}"
    return f"{approx}{int(r.lower):,}–{int(r.upper):,}{vague}"


STANDALONE_COLUMNS = ["measure", "whose_losses", "claim_id", "claimant", "scope", "qualifier", "figure", "lower", "upper", "approximate",
                      "vague", "open_ended", "as_of", "earlier_claims", "basis", "label"]


def standalone(claims: pd.DataFrame) -> pd.DataFrame:
    """Figures that are compared, never added: for each claimant, measure and side, its latest running total
    (cumulative; the earlier ones it supersedes are named), and every figure of unspecified scope.

    'Latest' is by the report's date where the ledger has one, else the document's publication date."""
    c = claims[(claims["qualifier"] != "none") & (claims["measure"] != "deployed") & ~claims["scope"].isin(SUMMABLE_SCOPES)]
    if c.empty:
        return pd.DataFrame(columns=STANDALONE_COLUMNS)
    c = c.assign(as_of=c["reported_end"].fillna(c["document_published_end"]) if "document_published_end" in c else c["reported_end"])
    rows = []
    for (measure, whose, scope, claimant), g in c.groupby(["measure", "whose_losses", "scope", "claimant"], observed=True, sort=True):
        g = g.sort_values(["as_of", "claim_id"], na_position="first")
        keep = [g.iloc[-1]] if scope == "cumulative" else [r for _, r in g.iterrows()]
        for r in keep:
            lo, hi = bounds(r)
            earlier = [i for i in g["claim_id"] if i != r["claim_id"]] if scope == "cumulative" else []
            basis = (f"running total claimed by {claimant}" + (" (latest of its claims)" if earlier else "")
                     if scope == "cumulative" else f"scope unspecified, claimed by {claimant}")
            rows.append({"measure": measure, "whose_losses": whose, "claim_id": r["claim_id"], "claimant": claimant,
                         "scope": scope, "qualifier": r["qualifier"], "figure": r["figure"], "lower": lo, "upper": hi,
                         "approximate": r["qualifier"] == "approximate", "vague": r["qualifier"] == "vague",
                         "open_ended": math.isinf(hi), "as_of": r["as_of"], "earlier_claims": ", ".join(earlier),
                         "basis": basis, "label": r["figure"]})
    return pd.DataFrame(rows, columns=STANDALONE_COLUMNS)


def denominators(deployed: pd.DataFrame) -> pd.DataFrame:
    """Distinct troop figures (same figure, same place), each with every claimant and claim that gives it."""
    numeric = deployed[deployed["qualifier"] != "none"]
    rows = []
    for (figure, place), g in numeric.groupby(["figure", numeric["place"].fillna("place not stated")], sort=True):
        lo, hi = bounds(g.iloc[0])
        rows.append({"figure": figure, "place": place, "qualifier": g["qualifier"].iloc[0], "lower": lo, "upper": hi,
                     "claimed_by": "; ".join(sorted(set(g["claimant"]))), "claims": ", ".join(g["claim_id"])})
    return pd.DataFrame(rows, columns=["figure", "place", "qualifier", "lower", "upper", "claimed_by", "claims"])


def shares_of_deployed(losses: pd.DataFrame, troops: pd.DataFrame) -> pd.DataFrame:
    """Each loss range (``losses``: measure, whose_losses, lower, upper, label, basis) as a share of each troop
    figure (:func:`denominators`), both ranges carried through.

    share_low = losses' lower bound / troops' upper bound (0 if the troops have no upper bound);
    share_high = losses' upper bound / troops' lower bound (open if either is open). A share above 100%
    is flagged: the claims then overlap, differ in scope or count other people, and no share is meant.
    """
    rows = []
    for d in troops.itertuples():
        for t in losses.itertuples():
            share_low = 0.0 if math.isinf(d.upper) else t.lower / d.upper
            share_high = OPEN if math.isinf(t.upper) or d.lower == 0 else t.upper / d.lower
            rows.append({
                "deployed": d.figure, "deployed_where": d.place, "deployed_claimed_by": d.claimed_by,
                "deployed_claims": d.claims,
                "claims": " ".join([*str(getattr(t, "claims", "")).split(), *d.claims.replace(",", " ").split()]),
                "measure": t.measure, "whose_losses": t.whose_losses, "losses": t.label,
                "losses_basis": t.basis,
                "share_low_pct": round(100 * share_low, 3),
                "share_high_pct": None if math.isinf(share_high) else round(100 * share_high, 3),
                "over_100_pct": share_low > 1,
            })
    return pd.DataFrame(rows, columns=["deployed", "deployed_where", "deployed_claimed_by", "deployed_claims", "claims", "measure",
                                       "whose_losses", "losses", "losses_basis", "share_low_pct", "share_high_pct",
                                       "over_100_pct"])


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


def loss_ranges(loss_totals: pd.DataFrame, standalone_figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """One range per measure and side, from the lowest total of any assumption to the highest, and beside them
    (never added to them) each figure of :func:`standalone`: running totals and figures of unspecified scope."""
    rows = []
    for (measure, whose), t in loss_totals.groupby(["measure", "whose_losses"], observed=True, sort=True):
        rows.append({"measure": measure, "whose_losses": whose, "lower": t["lower"].min(), "upper": t["upper"].max(),
                     "approximate": bool(t["approximate"].any()), "vague": bool(t["vague"].any()),
                     "basis": f"sum of {t['claims_considered'].max()} incident/period claim(s)",
                     "claims": " ".join(dict.fromkeys(" ".join(t["claims_counted"]).replace("+", " ").split()))})
    out = pd.DataFrame(rows, columns=["measure", "whose_losses", "lower", "upper", "approximate", "vague", "basis", "claims"])
    out["open_ended"] = out["upper"].map(math.isinf)
    out["label"] = [total_label(r) for r in out.itertuples()]
    if standalone_figures is not None and len(standalone_figures):
        alone = fold_standalone(standalone_figures).assign(claims=lambda a: a["claim_id"].str.replace(",", " "))
        out = pd.concat([out, alone[out.columns]], ignore_index=True)
    return out


#: Figures compared one by one at most; past it, one spread per measure, side and scope.
STANDALONE_LIMIT = 12


def fold_standalone(alone: pd.DataFrame, limit: int = STANDALONE_LIMIT) -> pd.DataFrame:
    """:func:`standalone` as it is up to ``limit`` rows; past it, one row per measure and side giving the lowest
    and highest figure the claimants state (a spread, never a sum), and how many are open-ended."""
    if len(alone) <= limit:
        return alone
    rows = []
    for (measure, whose), g in alone.groupby(["measure", "whose_losses"], observed=True, sort=True):
        stated, open_ended, _ = stated_figures(g["qualifier"], g["lower"], g["upper"])
        n = g["claimant"].nunique()
        low, high = min(stated), max(stated)
        figure = (f"{low:,.0f} to {high:,.0f}" if low != high else f"{low:,.0f}") + (f" ({open_ended} open-ended)" if open_ended else "")
        rows.append({"measure": measure, "whose_losses": whose, "claim_id": ", ".join(g["claim_id"]), "claimant": f"{n} claimants",
                     "scope": ", ".join(sorted(set(g["scope"].astype(str)))), "qualifier": "spread", "lower": low, "upper": high,
                     "approximate": bool(g["approximate"].any()), "vague": bool(g["vague"].any()), "open_ended": False,
                     "as_of": g["as_of"].max(), "earlier_claims": "", "figure": figure,
                     "basis": f"lowest to highest of {len(g)} running totals or unscoped figures by {n} claimants, never added"})
    out = pd.DataFrame(rows, columns=STANDALONE_COLUMNS)
    out["label"] = out["figure"]
    return out


def extreme_troop_figures(troops: pd.DataFrame, limit: int = 4) -> pd.DataFrame:
    """The troop figures a chart draws: all of them up to ``limit``; past it, one figure spanning the lowest to
    the highest claimed, so that each share drawn runs over every troop figure."""
    if len(troops) <= limit:
        return troops
    stated, _, _ = stated_figures(troops["qualifier"], troops["lower"], troops["upper"])
    low, high = min(stated), max(stated)
    return pd.DataFrame([{"figure": f"{low:,.0f} to {high:,.0f} (the lowest to the highest of {len(troops)} troop figures stated)",
                          "place": "the places claimed", "qualifier": "spread", "lower": low, "upper": high,
                          "claimed_by": "; ".join(sorted(set("; ".join(troops["claimed_by"]).split("; ")))),
                          "claims": ", ".join(troops["claims"])}])


def share_chart_data(ranges: pd.DataFrame, troops: pd.DataFrame, measure_labels: dict[str, str]):
    """(every share as chart rows, for the CSV; the rows drawn: those of the lowest and highest troop figures
    when there are many, else None)."""
    rows = share_chart_rows(shares_of_deployed(ranges, troops), measure_labels)
    shown = extreme_troop_figures(troops)
    drawn = None if len(shown) == len(troops) else share_chart_rows(shares_of_deployed(ranges, shown), measure_labels)
    return rows, drawn


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
        label=[f"{measure_labels[s.measure]}: {s.losses} ({s.losses_basis})\nof {s.deployed} troops in {s.deployed_where}"
               for s in shares.itertuples()],
        qualifier=["none" if u else "range" for u in unbounded],
        lower=shares["share_low_pct"].where(~unbounded),  # empty in the figure's CSV: no bound to give
        upper=shares["share_high_pct"].astype("float64").fillna(OPEN).where(~unbounded),
        text=[share_label(s.share_low_pct, s.share_high_pct)
              + ("  [over 100%: the claims overlap, differ in scope or count other people]" if s.over_100_pct else "")
              for s in shares.itertuples()],
    )


def total_chart_rows(loss_totals: pd.DataFrame, standalone_figures: pd.DataFrame, measure_labels: dict[str, str],
                     whose_labels: dict[str, str], limit: int = 40) -> pd.DataFrame:
    """Rows for ``figures.claims_chart``: each total under its assumption, with how many claims stand behind it,
    and beside them each figure that is never added (running totals, unspecified scope), with its basis;
    many such figures are drawn as one spread per measure, side and scope (:func:`fold_standalone`)."""
    standalone_figures = fold_standalone(standalone_figures)
    if len(loss_totals) + len(standalone_figures) > limit:  # one row per measure and side: the range across assumptions
        merged = []
        for (measure, whose), t in loss_totals.groupby(["measure", "whose_losses"], observed=True, sort=True):
            merged.append({"measure": measure, "whose_losses": whose, "assumption": "either assumption",
                           "lower": t["lower"].min(), "upper": t["upper"].max(), "approximate": bool(t["approximate"].any()),
                           "vague": bool(t["vague"].any()), "open_ended": bool(t["open_ended"].any()),
                           "scopes": t["scopes"].iloc[0], "claims_counted": " | ".join(t["claims_counted"]),
                           "n_claims_counted": t["n_claims_counted"].max(), "claims_considered": t["claims_considered"].max()})
        loss_totals = pd.DataFrame(merged)
        if len(loss_totals):
            loss_totals["label"] = [total_label(r) for r in loss_totals.itertuples()]
    rows = []
    for t in loss_totals.itertuples():
        rows.append({
            "label": f"{whose_labels[t.whose_losses]}, {measure_labels[t.measure]}\n"
                     + (f"total, lowest to highest of the two assumptions ({t.claims_considered} claims)"
                        if t.assumption == "either assumption" else
                        f"assuming {t.assumption.replace('_', ' ')} ({t.n_claims_counted} of {t.claims_considered} claims counted)"),
            "measure": t.measure, "whose_losses": t.whose_losses, "basis": f"total ({t.scopes})",
            "qualifier": "approximate" if t.approximate else "exact" if t.lower == t.upper else "range",
            "lower": t.lower, "upper": t.upper, "text": t.label, "claims": t.claims_counted,
        })
    for a in standalone_figures.itertuples():
        qualifier = "spread" if a.qualifier == "spread" else "vague" if a.vague else "approximate" if a.approximate else \
            "exact" if a.lower == a.upper else "range"
        rows.append({
            "label": f"{whose_labels[a.whose_losses]}, {measure_labels[a.measure]}\n{a.basis}"
                     + ("" if a.basis.endswith("never added") else "; never added"),
            "measure": a.measure, "whose_losses": a.whose_losses, "basis": a.basis, "qualifier": qualifier,
            "lower": a.lower, "upper": a.upper, "text": a.figure, "claims": a.claim_id,
        })
    return pd.DataFrame(rows, columns=["label", "measure", "whose_losses", "basis", "qualifier", "lower", "upper", "text", "claims"])
