"""Helpers for tests: copy the shipped ledger and break it in one place."""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from loss_claims.paths import DATA_DIR, SEEDS_DIR


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
    from loss_claims.register import add_document

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
