"""Synthetic ledgers of any size, generated from the real one.

Block b repeats the 30 real claims with ids ``b<b>-<id>``, their relays and links, in
generated documents (``doc-000`` … ``doc-999``): each holds both seed texts plus a line
of its own, so every quote really is in its document and every check has real work.
"""
from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from loss_claims.paths import DATA_DIR, SEEDS_DIR

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
    for name in ("sources.csv", "units.csv", "quantity_phrases.csv"):
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
