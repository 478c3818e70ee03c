"""The claims logic: selecting claims, the one adding function, running totals, estimates over time, shares.

Pure DataFrames in and out; no labels, no HTML (the words readers see come from :mod:`loss_claims.vocab`).
Claims are never converted into one another:

* only **reported counts of people** (:func:`people_counts`: ``counted_in`` people, ``modality`` reported, not
  derived by an outlet from another claim) are ever added, compared on an axis of people or set against troops;
  rates, shares, projections, formations and derived figures are kept apart, as what they are (:func:`other_kinds`);
* totals are formed within one measure and one ``whose_losses``, of incident and period figures only, and only
  under an assumption stated with them (:func:`add_up`, :func:`totals`);
* running totals are compared, never added (:func:`standalone`, :func:`estimates_over_time`);
* a loss is set only against troop figures of its own side (:func:`shares_of_deployed`).
"""
from __future__ import annotations

import math
import re

import pandas as pd

from .ledger.load import Ledger

OPEN = math.inf
#: The only scopes ever added up: one event, or the losses of stated days. A running total (cumulative) or
#: a figure of unspecified scope is compared, never added, not even to another running total.
SUMMABLE_SCOPES = ("incident", "period")
#: Areas the notebooks keep by default: the Kursk fighting, and claims whose text does not say where.
DEFAULT_AREAS = ("kursk", "unstated")
RATES = ("people_per_day", "people_per_week", "people_per_month")


def select(ledger: Ledger, *, whose_losses: str = "all", measures=None, include_other_conflicts: bool = False,
           include_other_areas: bool = False, include_contested: bool = True, include_ungraded: bool = True,
           as_of=None) -> pd.DataFrame:
    """The claims a selection keeps, with the names of claimants, units and documents beside the ids, each claim's
    date (``as_of_date``: the report's date, else its document's publication date, ``date_from_document`` saying
    which) and ``derived_from`` (the claim an outlet's figure was made from, per links.csv).

    ``as_of`` (a date): only what had been reported by then; a claim with no date is then left out."""
    c = ledger.claims.copy()
    keep = pd.Series(True, index=c.index)
    if measures is not None:
        keep &= c["measure"].isin(list(measures))
    if whose_losses != "all":
        keep &= c["whose_losses"] == whose_losses
    if not include_other_conflicts:
        keep &= c["conflict"] == "russia_ukraine_war"
    if not include_other_areas:
        keep &= c["area"].isin(DEFAULT_AREAS)
    if not include_contested:
        keep &= c["grade"] != "contested"
    if not include_ungraded:
        keep &= c["grade"] != "ungraded"
    docs = ledger.documents.set_index("document_id")
    published = c["document_id"].map(docs["published_end"])
    c["as_of_date"] = c["reported_end"].fillna(published)
    c["date_from_document"] = c["reported_end"].isna() & published.notna()
    if as_of is not None:
        keep &= (c["as_of_date"] <= pd.Timestamp(as_of)).fillna(False)
    c = c[keep.to_numpy()].copy()
    sources = ledger.sources.set_index("source_id")
    units = ledger.units.set_index("unit_id")
    c["claimant"] = c["claimant_id"].map(sources["name"])
    c["claimant_kind"] = c["claimant_id"].map(sources["kind"]).astype("object")
    c["claimant_country"] = c["claimant_id"].map(sources["country"])
    c["claiming_unit"] = c["claiming_unit_id"].map(units["name"])
    c["other_unit"] = c["other_unit_id"].map(units["name"])
    c["document_published_end"] = published[c.index]
    c["document_title"] = c["document_id"].map(docs["title"])
    c["numeric"] = c["qualifier"] != "none"
    derived = ledger.links[ledger.links["relation"] == "derived_from"]
    c["derived_from"] = c["claim_id"].map(dict(zip(derived["claim_a"], derived["claim_b"])))
    c["relays"] = c["claim_id"].map(relay_chains(ledger)["relays"])
    return c.reset_index(drop=True)


def people_counts(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that are reported counts of people: the only ones ever added, compared on an axis of people or
    set against troops. Leaves out rates, shares, formations, projections and conditionals, and figures an
    outlet derived from another claim."""
    derived = claims["derived_from"].notna() if "derived_from" in claims else False
    return claims[(claims["counted_in"] == "people") & (claims["modality"] == "reported") & ~derived]


def other_kinds(claims: pd.DataFrame) -> pd.DataFrame:
    """Everything that is not a reported count of people, each as what it is (``kind``): rate, share, formation,
    projection, conditional, derived. Never added, never drawn on an axis of people."""
    c = claims.copy()
    kind = pd.Series("count", index=c.index, dtype="object")
    kind[c["counted_in"].isin(RATES)] = "rate"
    kind[c["counted_in"] == "percent_of_force"] = "share"
    kind[~c["counted_in"].isin([*RATES, "people", "percent_of_force"])] = "formation"
    kind[c["modality"] != "reported"] = c.loc[c["modality"] != "reported", "modality"].astype(str)
    if "derived_from" in c:
        kind[c["derived_from"].notna()] = "derived"
    c["kind"] = kind
    return c[c["kind"] != "count"]


def stated_figures(qualifiers, lowers, uppers) -> tuple[list[float], int, int]:
    """(the figures a set of claims states, how many are open-ended, how many give no number). The 0 that only
    'at most' implies and the missing end of a 'more than' are not figures stated."""
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


def unit_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Loss claims whose claimant is a military unit, units in natural order ('8th' before '95th')."""
    c = claims[claims["claiming_unit"].notna() & (claims["measure"] != "deployed")]
    order = sorted(range(len(c)), key=lambda i: (natural_key(c["claiming_unit"].iloc[i]), str(c["measure"].iloc[i]),
                                                 c["claim_id"].iloc[i]))
    return c.iloc[order]


def claims_per_document(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per document and whether the text gives a number (long form, for the chart and its CSV)."""
    c = claims.assign(with_number=claims["numeric"])
    out = c.groupby(["document_id", "with_number"], sort=True).agg(
        claims=("claim_id", "size"), claim_ids=("claim_id", " ".join)).reset_index()
    return out


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


def with_bounds(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims with ``lower`` and ``upper`` (:func:`bounds`; missing for a claim with no number, ``inf`` for an
    open end)."""
    pairs = [bounds(r) if r.qualifier != "none" else (math.nan, math.nan) for r in claims.itertuples()]
    return claims.assign(lower=[p[0] for p in pairs], upper=[p[1] for p in pairs])


def relay_chains(ledger: Ledger) -> pd.DataFrame:
    """For each claim: claimant → relays in order → document (``hops``, ids), and the relays alone (``relays``)."""
    relays = ledger.relays.sort_values(["claim_id", "step"])
    steps = relays.groupby("claim_id", sort=False)["source_id"].agg(list)
    rows = []
    for r in ledger.claims.itertuples():
        middle = steps.get(r.claim_id, [])
        rows.append({"claim_id": r.claim_id, "hops": [r.claimant_id, *middle, r.document_id], "relays": " ".join(middle)})
    return pd.DataFrame(rows, columns=["claim_id", "hops", "relays"]).set_index("claim_id")


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


#: The two assumptions totals are formed under (the statement is what readers are told).
ASSUMPTIONS = {
    "largest_of_overlapping": (
        {"same_event", "may_overlap", "contradicts", "corroborates", "includes", "disagrees"},
        "Claims that may overlap count the same losses: from each group of linked claims only the largest is kept.",
    ),
    "sum_of_distinct": (
        {"same_event", "contradicts", "corroborates", "includes", "disagrees"},
        "Claims that may overlap are all distinct losses; claims of the same event (same, contradicting or corroborating) "
        "count once, and a claim another includes is not added beside it.",
    ),
}


class MixedClaimsError(ValueError):
    """Claims that must never be added were given to :func:`add_up`."""


def add_up(group: pd.DataFrame, links: pd.DataFrame, assumption: str) -> dict:
    """The one place where claimed figures are added. Refuses (:class:`MixedClaimsError`) anything but reported
    counts of people of one measure, one side and the summable scopes (incident, period): a running total, a
    figure of unspecified scope, a troop figure, a rate, a share, a formation, a projection, a derived figure or
    a claim without a number is never added to anything."""
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
    not_people = group[group["counted_in"] != "people"]
    if len(not_people):
        problems.append(f"figures that are not counts of people ({', '.join(sorted(set(not_people['counted_in'].astype(str))))}: "
                        f"{', '.join(not_people['claim_id'])}): a rate, a share or a formation is never added")
    not_reported = group[group["modality"] != "reported"]
    if len(not_reported):
        problems.append(f"projected or conditional figures ({', '.join(not_reported['claim_id'])}), which are not losses reported")
    if "derived_from" in group and group["derived_from"].notna().any():
        problems.append(f"figures an outlet derived from another claim ({', '.join(group.loc[group['derived_from'].notna(), 'claim_id'])})")
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
    and only of reported counts of people of incident and period scope (:func:`add_up`). The running totals and
    unspecified-scope figures of the same measure and side are named in ``claims_not_added`` and compared in
    :func:`standalone`.

    Approximate figures enter as their stated value and mark the total approximate; vague quantities enter as
    their range; an open-ended figure ('more than 50') leaves the total with no upper bound.
    """
    num = people_counts(claims)
    num = num[(num["qualifier"] != "none") & (num["measure"] != "deployed")]
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
    return pd.DataFrame(rows, columns=TOTAL_COLUMNS)


#: A total of more claims than this carries a warning: overlaps the ledger does not link inflate it.
MANY_CLAIMS = 20

STANDALONE_COLUMNS = ["measure", "whose_losses", "claim_id", "claimant", "scope", "qualifier", "lower", "upper",
                      "approximate", "vague", "open_ended", "as_of_date", "date_from_document", "earlier_claims"]


def standalone(claims: pd.DataFrame) -> pd.DataFrame:
    """Figures that are compared, never added: for each claimant, measure and side, its latest running total
    (cumulative; the earlier ones it supersedes are named), and every figure of unspecified scope. Reported
    counts of people only."""
    c = people_counts(claims)
    c = c[(c["qualifier"] != "none") & (c["measure"] != "deployed") & ~c["scope"].isin(SUMMABLE_SCOPES)]
    if c.empty:
        return pd.DataFrame(columns=STANDALONE_COLUMNS)
    rows = []
    for (measure, whose, scope, claimant), g in c.groupby(["measure", "whose_losses", "scope", "claimant"], observed=True, sort=True):
        g = g.sort_values(["as_of_date", "claim_id"], na_position="first")
        keep = [g.iloc[-1]] if scope == "cumulative" else [r for _, r in g.iterrows()]
        for r in keep:
            lo, hi = bounds(r)
            earlier = [i for i in g["claim_id"] if i != r["claim_id"]] if scope == "cumulative" else []
            rows.append({"measure": measure, "whose_losses": whose, "claim_id": r["claim_id"], "claimant": claimant,
                         "scope": scope, "qualifier": r["qualifier"], "lower": lo, "upper": hi,
                         "approximate": r["qualifier"] == "approximate", "vague": r["qualifier"] == "vague",
                         "open_ended": math.isinf(hi), "as_of_date": r["as_of_date"], "date_from_document": r["date_from_document"],
                         "earlier_claims": ", ".join(earlier)})
    return pd.DataFrame(rows, columns=STANDALONE_COLUMNS)


ESTIMATE_COLUMNS = ["claimant_id", "claimant", "measure", "whose_losses", "claim_id", "as_of_date", "date_from_document",
                    "scope", "qualifier", "lower", "upper"]


def estimates_over_time(claims: pd.DataFrame) -> pd.DataFrame:
    """What each claimant has said, as of when: every running total and every figure of unspecified scope (reported
    counts of people with a number), by claimant, measure and side, in date order. ``as_of_date`` is the report's
    date, else the document's publication date (``date_from_document``); a claim with neither is left out."""
    c = people_counts(claims)
    c = c[(c["qualifier"] != "none") & (c["measure"] != "deployed") & c["scope"].isin(["cumulative", "unspecified"])
          & c["as_of_date"].notna()]
    rows = []
    for r in c.itertuples():
        lo, hi = bounds(r)
        rows.append({"claimant_id": r.claimant_id, "claimant": r.claimant, "measure": r.measure, "whose_losses": r.whose_losses,
                     "claim_id": r.claim_id, "as_of_date": r.as_of_date, "date_from_document": bool(r.date_from_document),
                     "scope": r.scope, "qualifier": r.qualifier, "lower": lo, "upper": hi})
    out = pd.DataFrame(rows, columns=ESTIMATE_COLUMNS)
    return out.sort_values(["measure", "whose_losses", "claimant", "as_of_date", "claim_id"], kind="stable").reset_index(drop=True)


#: A troop figure that counts troops added, not the force: "an additional 1,500", "another 5,000", "3,000 more".
INCREMENT = re.compile(r"^(?:an?\s+)?(?:additional|another|further|extra|fresh|new)\b|\b(?:more|additional|extra|fresh|new)"
                       r"(?:\s+(?:troops|soldiers|men|personnel))?$", re.I)


def is_increment(count_as_written: object) -> bool:
    return isinstance(count_as_written, str) and bool(INCREMENT.search(count_as_written.strip()))


def denominators(deployed: pd.DataFrame) -> pd.DataFrame:
    """Distinct troop figures that can be the size of a force (same side, figure and place), each with every claimant
    and claim that gives it. Only reported troop counts of the force itself: no projections, no troops *added*
    ("an additional 1,500": a share of a reinforcement is no share of the force) and no figure without a floor
    ("up to 12 000": the force could be any size below it)."""
    numeric = people_counts(deployed)
    numeric = numeric[(numeric["qualifier"] != "none") & (numeric["measure"] == "deployed")]
    numeric = numeric[~numeric["count_as_written"].map(is_increment).astype(bool)]
    numeric = numeric[[bounds(r)[0] > 0 for r in numeric.itertuples()]] if len(numeric) else numeric
    rows = []
    keys = [numeric["whose_losses"].astype(str), numeric["qualifier"].astype(str), numeric["low"], numeric["best"], numeric["high"],
            numeric["place"].fillna("place not stated")]
    for (whose, qualifier, _, _, _, place), g in numeric.groupby(keys, sort=True, dropna=False):
        lo, hi = bounds(g.iloc[0])
        rows.append({"whose_losses": whose, "qualifier": qualifier, "lower": lo, "upper": hi, "place": place,
                     "claimed_by": "; ".join(sorted(set(g["claimant"]))), "claims": " ".join(g["claim_id"])})
    return pd.DataFrame(rows, columns=["whose_losses", "qualifier", "lower", "upper", "place", "claimed_by", "claims"])


SHARE_COLUMNS = ["whose_losses", "measure", "losses_lower", "losses_upper", "losses_basis", "loss_claims", "troops_lower",
                 "troops_upper", "troops_place", "troop_claims", "share_low_pct", "share_high_pct"]


def shares_of_deployed(losses: pd.DataFrame, troops: pd.DataFrame) -> pd.DataFrame:
    """Each loss range (``losses``: whose_losses, measure, lower, upper, basis, claims) as a share of each troop
    figure of **its own side** (:func:`denominators`; a mixed 'Russian and North Korean' loss only against a
    mixed troop figure), both ranges carried through.

    share_low = losses' lower bound / troops' upper bound (0 if the troops have no upper bound);
    share_high = losses' upper bound / troops' lower bound (open if either is open).

    A share is computed only where the troop figure's floor is at least the losses (their upper bound; above their
    lower bound where they are open-ended): losses larger than the force mean the claims overlap, differ in scope or
    count other people, and no share is meant. How many pairs were left out so is in ``.attrs["left_out"]``.
    """
    rows, left_out = [], 0
    for t in losses.itertuples():
        for d in troops[troops["whose_losses"] == str(t.whose_losses)].itertuples():
            if (t.lower >= d.lower) if math.isinf(t.upper) else (t.upper > d.lower):  # "more than 12" of 12: no share
                left_out += 1
                continue
            share_low = 0.0 if math.isinf(d.upper) else t.lower / d.upper
            share_high = OPEN if math.isinf(t.upper) or d.lower == 0 else t.upper / d.lower
            rows.append({
                "whose_losses": t.whose_losses, "measure": t.measure, "losses_lower": t.lower, "losses_upper": t.upper,
                "losses_basis": t.basis, "loss_claims": t.claims, "troops_lower": d.lower, "troops_upper": d.upper,
                "troops_place": d.place, "troop_claims": d.claims,
                "share_low_pct": round(100 * share_low, 3),
                "share_high_pct": None if math.isinf(share_high) else round(100 * share_high, 3),
            })
    out = pd.DataFrame(rows, columns=SHARE_COLUMNS)
    out.attrs["left_out"] = left_out
    return out


def loss_ranges(loss_totals: pd.DataFrame, alone: pd.DataFrame) -> pd.DataFrame:
    """What can be set against troops, per measure and side: the range of the totals across the assumptions, and
    each figure of :func:`standalone` (latest running totals, unspecified scopes), never added to them."""
    rows = []
    for (measure, whose), t in loss_totals.groupby(["measure", "whose_losses"], observed=True, sort=True):
        rows.append({"measure": measure, "whose_losses": whose, "lower": t["lower"].min(), "upper": t["upper"].max(),
                     "basis": "total", "claims": " ".join(dict.fromkeys(" ".join(t["claims_counted"]).replace("+", " ").split()))})
    for a in alone.itertuples():
        rows.append({"measure": a.measure, "whose_losses": a.whose_losses, "lower": a.lower, "upper": a.upper,
                     "basis": a.scope, "claims": a.claim_id})
    return pd.DataFrame(rows, columns=["measure", "whose_losses", "lower", "upper", "basis", "claims"])


def stated_shares(claims: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """Shares the claimants state themselves ('almost a third of the force'), with the troop claim each is a share
    of (``share_of`` in links.csv; empty where the document gives none). Never turned into people."""
    c = claims[(claims["counted_in"] == "percent_of_force") & (claims["qualifier"] != "none")].copy()
    of = links[links["relation"] == "share_of"]
    c["share_of"] = c["claim_id"].map(dict(zip(of["claim_a"], of["claim_b"])))
    c["lower"], c["upper"] = zip(*[bounds(r) for r in c.itertuples()]) if len(c) else ([], [])
    return c


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
    named = pd.concat([c[["document_id", "claimant_id"]].rename(columns={"claimant_id": "source_id"}),
                       relayed[["document_id", "source_id"]]])
    outlets = named[named["source_id"].map(kinds).isin(MEDIA)].sort_values(["document_id", "source_id"])
    d["outlets_quoted"] = d["document_id"].map(
        outlets.groupby("document_id")["source_id"].agg(lambda s: "; ".join(names[i] for i in dict.fromkeys(s)))).fillna("")
    return d[["document_id", "title", "kind", "published_start", "published_end", "published_precision",
              "claims", "with_a_number", "claimants", "outlets_quoted"]]


#: Kinds of source that publish rather than claim: outlets, agencies, publishers.
MEDIA = ("media_outlet", "news_agency", "defense_publisher", "unnamed_outlet", "state_media")


def linked_pairs(claims: pd.DataFrame, links: pd.DataFrame, relations: list[str]) -> pd.DataFrame:
    """Linked claims side by side (both claims among those selected)."""
    cols = [c for c in ["claim_id", "document_id", "claimant", "measure", "whose_losses", "counted_in", "qualifier", "low", "best",
                        "high", "count_as_written", "figure", "event_as_written", "as_of_date", "quote"] if c in claims]
    c = claims[cols].astype({"measure": "object", "whose_losses": "object"})
    pairs = links[links["relation"].isin(relations)][["claim_a", "claim_b", "relation", "note"]].astype({"relation": "object"})
    pairs = pairs.merge(c.add_suffix("_a"), left_on="claim_a", right_on="claim_id_a").merge(
        c.add_suffix("_b"), left_on="claim_b", right_on="claim_id_b")
    return pairs.drop(columns=["claim_id_a", "claim_id_b"]).reset_index(drop=True)
