"""Synthetic ledgers of any size, generated from the real one.

Block b repeats the 30 real claims with ids ``b<b>-<id>``, their relays and links, in
generated documents (``doc-000`` … ``doc-999``): each holds both seed texts plus a line
of its own, so every quote really is in its document and every check has real work.
"""
from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from loss_claims.ledger.paths import DATA_DIR, LEXICON_PATH, SEEDS_DIR

N_DOCUMENTS = 1000


def _rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        return list(r.fieldnames), list(r)


def _write(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def generate(dest: Path, n_claims: int) -> Path:
    """A ledger folder with ``n_claims`` claims (and its own seeds/) in ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    seeds = dest / "seeds"
    seeds.mkdir(exist_ok=True)
    base = "".join((SEEDS_DIR / f).read_text(encoding="utf-8") + "\n" for f in sorted(p.name for p in SEEDS_DIR.iterdir()))
    n_docs = min(N_DOCUMENTS, max(1, n_claims // 30))
    doc_rows = []
    for k in range(n_docs):
        name = f"{k:03d}_synthetic.txt"
        data = (base + f"Synthetic document {k}.\n").encode("utf-8")
        (seeds / name).write_bytes(data)
        doc_rows.append({"document_id": f"doc-{k:03d}", "file": name, "sha256": hashlib.sha256(data).hexdigest(),
                         "title": f"Synthetic document {k}", "kind": "other", "published_start": "2024-12-01",
                         "published_end": "2024-12-31", "published_precision": "month", "published_basis": "Generated."})
    _write(dest / "documents.csv", list(doc_rows[0]), doc_rows)
    for name in ("sources.csv", "units.csv"):
        header, rows = _rows(name)
        _write(dest / name, header, rows)
    for name in ("source_aliases.csv", "unit_aliases.csv"):
        header, rows = _rows(name)
        out = [{**r, "document_id": f"doc-{k:03d}"} for k in range(n_docs) for r in rows]
        _write(dest / name, header, out)

    c_header, claims = _rows("claims.csv")
    r_header, relays = _rows("relays.csv")
    l_header, links = _rows("links.csv")
    blocks = -(-n_claims // len(claims))
    full = n_claims // len(claims)  # links and relays only for complete blocks' claims, so every reference resolves
    part = {r["claim_id"] for r in claims[: n_claims - full * len(claims)]}
    kept = [lk for lk in links if lk["claim_a"] in part and lk["claim_b"] in part]
    linked = {(i, lk["relation"]) for lk in kept for i in (lk["claim_a"], lk["claim_b"])}
    demoted = {r["claim_id"]: "single_claimant" for r in claims
               if (r["grade"] == "contested" and (r["claim_id"], "contradicts") not in linked)
               or (r["grade"] == "corroborated" and (r["claim_id"], "corroborates") not in linked)}
    with (dest / "claims.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=c_header, lineterminator="\n")
        w.writeheader()
        written = 0
        for b in range(blocks):
            doc = f"doc-{b % n_docs:03d}"
            for r in claims:
                if written == n_claims:
                    break
                grade = demoted.get(r["claim_id"], r["grade"]) if b == full else r["grade"]
                w.writerow({**r, "claim_id": f"b{b}-{r['claim_id']}", "document_id": doc, "grade": grade})
                written += 1
    def scaled(rows, keys):
        for b in range(full + 1):
            for r in rows:
                if b == full and not all(r[k] in part for k in keys):
                    continue
                yield {**r, **{k: f"b{b}-{r[k]}" for k in keys}}
    _write(dest / "relays.csv", r_header, scaled(relays, ["claim_id"]))
    _write(dest / "links.csv", l_header, scaled(links, ["claim_a", "claim_b"]))
    return dest


# --- varied ledgers ------------------------------------------------------------------------------------
PLACES = ["Sudzha", "Kurilovka", "Plekhovo", "Nikolayevo-Daryino", "Malaya Loknya", "Korenevo", "Sverdlikovo",
          "Lyubimovka", "Pogrebki", "Martynovka", "Novoivanovka", "Cherkasskaya Konopelka", "Zelenyi Shlyakh",
          "Guevo", "Kremyanoe", "Olgovka", "Tetkino", "Glushkovo", "Russkaya Konopelka", "Makhnovka"]
OTHER_PLACES = ["Pokrovsk", "Toretsk", "Chasiv Yar", "Kupiansk", "Huliaipole", "Vuhledar"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["August", "September", "October", "November", "December"]
SIDES = {"ukraine": ("UA", "Ukrainian"), "russia": ("RU", "Russian"), "north_korea": ("KP", "North Korean")}
VERBS = {"killed": "were killed", "wounded": "were wounded", "killed_or_wounded": "were killed or wounded",
         "captured": "were captured", "missing": "were missing"}
#: (qualifier, how the count is written) — counts come from the lexicon's phrases, so bounds agree with it
COUNTS = [("exact", "{n}"), ("approximate", "about {n}"), ("approximate", "some {n}"), ("more_than", "more than {n}"),
          ("at_least", "at least {n}"), ("at_most", "up to {n}"), ("range", "between {n} and {m}"),
          ("vague", "nearly {n}"), ("vague", "several hundred"), ("vague", "dozens"), ("vague", "hundreds"),
          ("none", "heavy losses")]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _figure(n: int) -> str:
    return f"{n:,}"


def generate_varied(dest: Path, claims: int = 3000, documents: int = 200, units: int = 60, claimants: int = 150,
                    seed: int = 0) -> Path:
    """A valid ledger folder of ``claims`` claims in ``documents`` generated texts, by ``claimants`` claimants
    (about a third of them military units, out of ``units``), deterministic for ``seed``.

    Every claim is a sentence of its own document, written from templates that vary the measure, the
    side, the qualifier (exact, approximate, bounds, ranges, vague quantities, no number), the scope
    (incident, period, running total, unspecified, troop stock), places and dates; a third travel through
    relay chains of one to three outlets; links join claims as overlapping, including, contradicting,
    corroborating and same-event, and grades follow them.
    """
    import random

    import pandas as pd

    from loss_claims.ledger import numbers as quantities

    if not 1 <= documents <= 1000:
        raise ValueError("documents: 1 to 1000 (document ids run doc-000 … doc-999)")
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    seeds = dest / "seeds"
    seeds.mkdir(exist_ok=True)
    lexicon = pd.read_csv(LEXICON_PATH, dtype=str, keep_default_na=False).replace("", None)
    phrases = quantities.compile_phrases(lexicon)

    # units: ordinal numbers up to 3 digits so that natural order matters (8th < 10th < 110th)
    numbers = rng.sample(range(1, 400), units)
    unit_rows = []
    for k, n in enumerate(numbers):
        side = rng.choices(list(SIDES), weights=[6, 3, 1])[0]
        kind, word = rng.choice([("brigade", "Brigade"), ("regiment", "Regiment"), ("battalion", "Battalion"),
                                 ("drone_unit", "Drone Unit")])
        unit_rows.append({"unit_id": f"u-{k:03d}", "name": f"{_ordinal(n)} {word}", "side": side, "kind": kind,
                          "parent_id": "", "description": "Generated."})
    n_unit_claimants = min(units, max(1, claimants // 3))
    sources, claimant_ids = [], []
    for u in unit_rows[:n_unit_claimants]:
        sources.append({"source_id": f"s-{u['unit_id']}", "name": u["name"], "kind": "military_unit",
                        "country": SIDES[u["side"]][0], "not_countries": "", "unit_id": u["unit_id"], "description": "Generated."})
    bodies = [("intelligence_service", "Intelligence Service"), ("government_official", "Minister"),
              ("officials_unnamed", "Officials"), ("military_command", "General Staff")]
    countries = [("UA", "Ukrainian"), ("RU", "Russian"), ("KR", "South Korean"), ("US", "US"), ("GB", "British")]
    for k in range(claimants - n_unit_claimants):
        kind, word = bodies[k % len(bodies)]
        code, adjective = countries[(k // len(bodies)) % len(countries)]
        sources.append({"source_id": f"s-body-{k:03d}", "name": f"{adjective} {word} No. {k + 1}", "kind": kind,
                        "country": code, "not_countries": "", "unit_id": "", "description": "Generated."})
    claimant_ids = [s["source_id"] for s in sources]
    outlets = []
    for k in range(max(5, claimants // 5)):
        code, adjective = countries[k % len(countries)]
        outlets.append({"source_id": f"s-outlet-{k:03d}", "name": f"{adjective} Outlet {k + 1}",
                        "kind": rng.choice(["media_outlet", "news_agency"]), "country": code, "not_countries": "", "unit_id": "",
                        "description": "Generated."})
    by_id = {s["source_id"]: s for s in sources + outlets}
    unit_side = {u["unit_id"]: u["side"] for u in unit_rows}
    weights = [1 / (r + 1) ** 0.8 for r in range(len(claimant_ids))]  # a few claimants make many claims

    c_header, _ = _rows("claims.csv")
    doc_sentences: list[list[str]] = [[] for _ in range(documents)]
    days = sorted(rng.sample(range(150), min(documents, 150)) * (documents // 150 + 1))[:documents]
    doc_dates = [pd.Timestamp("2024-08-06") + pd.Timedelta(days=int(d)) for d in days]
    claim_rows, relay_rows, aliases = [], [], set()
    for i in range(claims):
        d = rng.randrange(documents)
        claimant = by_id[rng.choices(claimant_ids, weights)[0]]
        side = unit_side.get(claimant["unit_id"]) or {"UA": "ukraine", "RU": "russia"}.get(claimant["country"], "ukraine")
        whose = rng.choice(["russian", "north_korean", "russian_and_north_korean"]) if side == "ukraine" else "ukrainian"
        nationality = {"russian": "Russian", "north_korean": "North Korean", "ukrainian": "Ukrainian",
                       "russian_and_north_korean": "Russian and North Korean"}[whose]
        place = rng.choice(PLACES)
        deployed = rng.random() < 0.08
        kind = rng.choices(["count", "rate", "share", "formation", "projection"], weights=[86, 4, 4, 2, 4])[0] if not deployed else "count"
        qualifier, written = rng.choice(COUNTS[:-1] if deployed or kind != "count" else COUNTS)
        if kind in ("rate", "share", "formation") and qualifier in ("vague", "range"):
            qualifier, written = "approximate", "about {n}"
        n = rng.choice([rng.randint(2, 60), rng.randint(60, 900), rng.randint(900, 20000)]) if kind != "share" else rng.randint(2, 60)
        count = written.format(n=_figure(n), m=_figure(n + rng.randint(5, 300)))
        other_front = rng.random() < 0.08 and not deployed
        place = rng.choice(OTHER_PLACES if other_front else PLACES)
        counted_in, modality, area = "people", "reported", "other_front" if other_front else "kursk"
        if deployed:
            measure, scope, when = "deployed", "stock", ""
            sentence = f"{claimant['name']} said {count} {nationality} troops were deployed near {place}."
        elif kind == "rate":
            measure, scope, when, counted_in = rng.choice(list(VERBS)), "period", f"since {rng.choice(MONTHS)}", "people_per_day"
            sentence = f"{claimant['name']} said {count} {nationality} soldiers a day {VERBS[measure]} near {place} {when}."
        elif kind == "share":
            measure, scope, when, counted_in = "casualties_unspecified", "cumulative", "", "percent_of_force"
            count = count.replace(_figure(n), f"{n}%")
            sentence = f"{claimant['name']} said {nationality} units near {place} had lost {count} of their force."
        elif kind == "formation":
            measure, scope, qualifier, count, counted_in = "casualties_unspecified", "incident", "at_most", "up to a company", "companies"
            when = f"on {rng.choice(WEEKDAYS)}"
            sentence = f"{claimant['name']} said it destroyed {count} of {nationality} infantry near {place} {when}."
        elif qualifier == "none":
            measure, scope = "casualties_unspecified", rng.choice(["incident", "unspecified"])
            when = f"on {rng.choice(WEEKDAYS)}" if scope == "incident" else ""
            sentence = f"{claimant['name']} said {nationality} forces suffered {count} near {place}{' ' + when if when else ''}."
        elif kind == "projection":
            measure, scope, when, modality = rng.choice(list(VERBS)), "cumulative", "by summer", "projected"
            could = VERBS[measure].split(" ", 1)[1]
            sentence = f"{claimant['name']} said {count} {nationality} soldiers could be {could} near {place} {when}."
        else:
            measure = rng.choice(list(VERBS))
            scope = rng.choices(["incident", "period", "cumulative", "unspecified"], weights=[4, 3, 2, 1])[0]
            when = {"incident": f"on {rng.choice(WEEKDAYS)}", "cumulative": f"since {rng.choice(MONTHS)}",
                    "period": f"between {rng.choice(WEEKDAYS)} and {rng.choice(WEEKDAYS)}", "unspecified": ""}[scope]
            sentence = (f"{claimant['name']} said {count} {nationality} soldiers {VERBS[measure]} near {place}"
                        f"{' ' + when if when else ''}.")
        if counted_in == "percent_of_force":
            low, best, high = {"exact": (n, n, n), "approximate": (None, n, None), "more_than": (n, None, None),
                               "at_least": (n, None, None), "at_most": (None, None, n)}[qualifier]
        elif counted_in == "companies":
            low, best, high = None, None, 1
        else:
            reading = quantities.read(phrases, count) if qualifier != "none" else None
            low, best, high = ((reading.low, reading.best, reading.high) if reading else (n, n, n) if qualifier == "exact"
                               else (None, None, None))
        doc_sentences[d].append(sentence)
        aliases.add((claimant["name"], claimant["source_id"], d))
        date = doc_dates[d]
        claim_id = f"c{i:06d}"
        claim_rows.append({**dict.fromkeys(c_header, ""), "claim_id": claim_id, "document_id": f"doc-{d:03d}",
                           "quote": sentence, "claimant_id": claimant["source_id"], "attribution": "explicit",
                           "claiming_unit_id": claimant["unit_id"], "whose_losses": whose, "personnel": "military",
                           "measure": measure, "counted_in": counted_in, "modality": modality,
                           "low": "" if low is None else low, "best": "" if best is None else best,
                           "high": "" if high is None else high, "qualifier": qualifier, "count_as_written": count,
                           "scope": scope, "event_as_written": when, "event_precision": "relative" if when else "unknown",
                           "reported_start": date.date().isoformat(), "reported_end": date.date().isoformat(),
                           "reported_precision": "day", "place": f"{place}", "place_precision": "locality", "area": area,
                           "conflict": "russia_ukraine_war", "evidence": "statement", "grade": "single_claimant",
                           "notes": "Generated."})
        if rng.random() < 0.35:
            chain = rng.sample(outlets, rng.choice([1, 1, 2, 3]))
            for step, outlet in enumerate(chain, 1):
                relay_rows.append({"claim_id": claim_id, "step": step, "source_id": outlet["source_id"],
                                   "attribution": "inferred_from_context", "relay_quote": ""})
    # links, and the grades they imply
    links: dict[tuple[str, str, str], str] = {}
    by_doc: dict[str, list[dict]] = {}
    for r in claim_rows:
        by_doc.setdefault(r["document_id"], []).append(r)
    for rows in by_doc.values():
        numeric = [r for r in rows if r["qualifier"] != "none" and r["measure"] != "deployed" and r["counted_in"] == "people"]
        for a, b in zip(numeric, numeric[1:]):
            if a["measure"] == b["measure"] and a["whose_losses"] == b["whose_losses"]:
                if a["scope"] == "cumulative" and b["scope"] in ("incident", "period"):
                    links[(a["claim_id"], b["claim_id"], "includes")] = "A running total that covers the other claim."
                elif a["claimant_id"] != b["claimant_id"]:
                    links[(a["claim_id"], b["claim_id"], "may_overlap")] = "Same side, measure and document."
    numeric = [r for r in claim_rows if r["qualifier"] != "none" and r["counted_in"] == "people"]
    for _ in range(max(1, claims // 60)):
        a, b = rng.sample(numeric, 2)
        if a["document_id"] != b["document_id"] and a["measure"] == b["measure"]:
            links[(a["claim_id"], b["claim_id"], "contradicts")] = "The same event reported incompatibly."
            a["grade"] = b["grade"] = "contested"
    for _ in range(max(1, claims // 40)):
        a, b = rng.sample(numeric, 2)
        ka, kb = by_id[a["claimant_id"]]["country"], by_id[b["claimant_id"]]["country"]
        if ka and kb and ka != kb and a["claimant_id"] != b["claimant_id"]:
            links[(a["claim_id"], b["claim_id"], "corroborates")] = "An independent claimant states a compatible figure."
            for r in (a, b):
                if r["grade"] == "single_claimant":
                    r["grade"] = "corroborated"
    for _ in range(max(1, claims // 100)):
        a, b = rng.sample(numeric, 2)
        if not any((x, y, rel) in links for x, y in ((a["claim_id"], b["claim_id"]), (b["claim_id"], a["claim_id"]))
                   for rel in ("contradicts", "corroborates", "same_event", "may_overlap", "disagrees")):
            links[(a["claim_id"], b["claim_id"], "same_event")] = "The same losses stated twice."
    running = [r for r in numeric if r["scope"] == "cumulative" and r["modality"] == "reported"]
    for _ in range(max(1, claims // 150)):
        a, b = rng.sample(running, 2) if len(running) > 1 else (None, None)
        same_quantity = a and (a["measure"], a["whose_losses"]) == (b["measure"], b["whose_losses"])
        if same_quantity and a["claimant_id"] != b["claimant_id"] and not any(
                (x, y, rel) in links for x, y in ((a["claim_id"], b["claim_id"]), (b["claim_id"], a["claim_id"]))
                for rel in ("contradicts", "corroborates", "same_event", "may_overlap", "disagrees", "includes")):
            links[(a["claim_id"], b["claim_id"], "disagrees")] = "Independent estimates of the same losses that cannot both hold."

    doc_rows = []
    for d in range(documents):
        date = doc_dates[d]
        text = (f"Synthetic report {d}: claimed losses in the Kursk region\n\nKursk, {date.day} {date.month_name()} "
                f"{date.year}. " + " ".join(doc_sentences[d]) + "\n")
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        name = f"{d:03d}_{digest[:16]}.txt"
        (seeds / name).write_bytes(data)
        doc_rows.append({"document_id": f"doc-{d:03d}", "file": name, "sha256": digest,
                         "title": f"Synthetic report {d}: claimed losses in the Kursk region",
                         "kind": rng.choice(["news_article", "news_article", "blog_post_quoting_outlets", "report"]),
                         "published_start": date.date().isoformat(), "published_end": date.date().isoformat(),
                         "published_precision": "day", "published_basis": "Generated: the dateline."})
    _write(dest / "documents.csv", list(doc_rows[0]), doc_rows)
    _write(dest / "units.csv", list(unit_rows[0]), unit_rows)
    _write(dest / "unit_aliases.csv", ["alias", "unit_id", "document_id"],
           ({"alias": by_id[s]["name"], "unit_id": by_id[s]["unit_id"], "document_id": f"doc-{d:03d}"}
            for _, s, d in sorted(aliases) if by_id[s]["unit_id"]))
    _write(dest / "sources.csv", list(sources[0]), sources + outlets)
    _write(dest / "source_aliases.csv", ["alias", "source_id", "document_id"],
           ({"alias": name, "source_id": s, "document_id": f"doc-{d:03d}"} for name, s, d in sorted(aliases)))
    _write(dest / "claims.csv", c_header, claim_rows)
    _write(dest / "relays.csv", ["claim_id", "step", "source_id", "attribution", "relay_quote"], relay_rows)
    _write(dest / "links.csv", ["claim_a", "claim_b", "relation", "note"],
           ({"claim_a": a, "claim_b": b, "relation": rel, "note": note} for (a, b, rel), note in sorted(links.items())))
    return dest


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(description="Write a varied synthetic ledger (valid, with its own seeds/) to OUT.")
    p.add_argument("out", type=Path)
    p.add_argument("--claims", type=int, default=3000)
    p.add_argument("--documents", type=int, default=200)
    p.add_argument("--units", type=int, default=60)
    p.add_argument("--claimants", type=int, default=150)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args(argv)
    generate_varied(a.out, a.claims, a.documents, a.units, a.claimants, a.seed)
    print(f"wrote {a.out}: {a.claims} claims, {a.documents} documents, {a.units} units, {a.claimants} claimants (seed {a.seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
