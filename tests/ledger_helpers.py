"""Helpers for tests: copy the shipped ledger and break it in one place."""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from loss_claims.ledger.paths import DATA_DIR, SEEDS_DIR


def copy_ledger(dest: Path, with_seeds: bool = True) -> Path:
    """A copy of data/ (and seeds/ inside it, so it can be broken too) in ``dest``."""
    shutil.copytree(DATA_DIR, dest, ignore=shutil.ignore_patterns("README.md", "datapackage.json"))
    if with_seeds:
        shutil.copytree(SEEDS_DIR, dest / "seeds")
    return dest


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def set_cell(ledger: Path, table: str, key: str, column: str, value: str) -> int:
    """Set one cell (row found by its first column's value); returns the row's line in the file."""
    path = ledger / f"{table}.csv"
    header, rows = read_rows(path)
    for n, row in enumerate(rows):
        if row[header[0]] == key:
            row[column] = value
            write_rows(path, header, rows)
            return n + 2  # the shipped CSVs have no line breaks inside fields
    raise KeyError(key)


def line_of(ledger: Path, table: str, key: str) -> int:
    header, rows = read_rows(ledger / f"{table}.csv")
    return next(n + 2 for n, r in enumerate(rows) if r[header[0]] == key)


NEW_DOCUMENT = Path(__file__).parent / "fixtures" / "new-document"


def add_new_document(ledger: Path) -> str:
    """Grow ``ledger`` as a user would: register the fixture text with add-document, then append the rows a
    curator wrote for it. Returns the new document's id."""
    from loss_claims.tools.register import add_document

    row = add_document(NEW_DOCUMENT / "report.txt", ledger, kind="news_article", published="2024-12-20",
                       basis="The dateline says 20 December 2024.")
    append_new_rows(ledger, row["document_id"])
    return row["document_id"]


def append_new_rows(ledger: Path, document_id: str) -> None:
    """Append the rows a curator wrote for the fixture document (registered as ``document_id``)."""
    for part in sorted((NEW_DOCUMENT / "rows").glob("*.csv")):
        header, existing = read_rows(ledger / part.name)
        _, added = read_rows(part)
        added = [{k: v.replace("{document_id}", document_id) for k, v in r.items()} for r in added]
        write_rows(ledger / part.name, header, existing + added)


REAL_REPORTING = Path(__file__).parent / "fixtures" / "real-reporting"
#: The columns of each table that hold an id another table refers to: (table, column) -> the table it names.
ID_COLUMNS = {("sources", "source_id"): "sources", ("sources", "unit_id"): "units", ("units", "unit_id"): "units",
              ("units", "parent_id"): "units", ("source_aliases", "source_id"): "sources", ("unit_aliases", "unit_id"): "units",
              ("claims", "claim_id"): "claims", ("claims", "claimant_id"): "sources", ("claims", "claiming_unit_id"): "units",
              ("claims", "other_unit_id"): "units", ("relays", "claim_id"): "claims", ("relays", "source_id"): "sources",
              ("links", "claim_a"): "claims", ("links", "claim_b"): "claims"}
DEFINES = {"sources": "source_id", "units": "unit_id", "claims": "claim_id"}


def fresh_ids(ledger: Path, fixture_rows: Path) -> dict[str, dict[str, str]]:
    """For each table that defines ids (sources, units, claims): the fixture's id -> an id the ledger does not use
    (the fixture's own where it is free, else with '-2', '-3' …). So a user's ledger whose ids are the natural
    ids of real bodies (kr-nis, yonhap) never meets the fixture's."""
    mapping = {}
    for table, key in DEFINES.items():
        taken = {r[key] for r in read_rows(ledger / f"{table}.csv")[1]}
        mapping[table] = {}
        for r in read_rows(fixture_rows / f"{table}.csv")[1] if (fixture_rows / f"{table}.csv").exists() else []:
            new, n = r[key], 1
            while new in taken:
                n += 1
                new = f"{r[key]}-{n}"
            taken.add(new)
            mapping[table][r[key]] = new
    return mapping


def grow(ledger: Path, fixture: Path = REAL_REPORTING) -> dict[str, str]:
    """Grow ``ledger`` as a user would with the fixture's documents: register each text with add-document, then
    append the rows a curator wrote for them, every id made fresh against the ledger. Returns the document ids
    by the fixture's keys."""
    from loss_claims.tools.register import add_document

    docs = {}
    for d in read_rows(fixture / "documents.csv")[1]:
        row = add_document(fixture / "texts" / d["file"], ledger, kind=d["kind"], published=d["published"], basis=d["basis"])
        docs[d["key"]] = row["document_id"]
    ids = fresh_ids(ledger, fixture / "rows")
    for part in sorted((fixture / "rows").glob("*.csv")):
        table = part.stem
        header, existing = read_rows(ledger / part.name)
        _, added = read_rows(part)
        for r in added:
            for (t, column), target in ID_COLUMNS.items():
                if t == table and r.get(column):
                    r[column] = ids.get(target, {}).get(r[column], r[column])
            for column, value in r.items():
                if value.startswith("{doc:"):
                    r[column] = docs[value[5:-1]]
        write_rows(ledger / part.name, header, existing + added)
    return docs
