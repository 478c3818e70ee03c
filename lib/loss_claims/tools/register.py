"""``python -m loss_claims add-document PATH``: register a new text in a ledger.

The text is copied byte for byte into the ledger's seeds folder (its own ``seeds/``, or the project's
``seeds/`` for the shipped ledger) as ``NNN_<first 16 hex digits of its
SHA-256>.txt`` (NNN: the next document number), and a row is appended to ``documents.csv`` with the
next ``doc-NNN`` id, the hash, the title (the text's first line, where it reads as one), the kind and
the publication date given. A text already registered (same SHA-256) is refused.
"""
from __future__ import annotations

import csv
import fcntl
import hashlib
import io
import os
import re
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pandas as pd

from ..ledger import files
from ..ledger.checks import seed_content_problem, seed_size_problem
from ..ledger.errors import ParameterError
from ..ledger.load import default_seeds_dir
from ..ledger.paths import DATA_DIR, display, python_command
from ..ledger.schema import load_schema

_DOCUMENTS = load_schema().resource("documents")
KINDS = _DOCUMENTS.field("kind").enum


def read_text(path: Path) -> bytes:
    """The bytes of a text fit to be a seed, or a :class:`ParameterError` saying why not."""
    path = Path(path)
    if path.is_symlink() or not path.is_file():
        raise ParameterError(f"{display(path)}: not a regular file")
    if (why := seed_size_problem(path.stat().st_size)) is not None:
        raise ParameterError(f"{display(path)} {why}")
    data = path.read_bytes()
    if (why := seed_content_problem(data)) is not None:
        raise ParameterError(f"{display(path)} {why}")
    if not data.strip():
        raise ParameterError(f"{display(path)}: the file is empty")
    return data


def title_of(text: str) -> str:
    """The first line, where it reads as a title: short, and not a sentence that runs on."""
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    return first if 0 < len(first) <= 150 and not first.endswith((".", ",", ";", ":")) else ""


def _published(value: str | None) -> tuple[str, str, str]:
    """(start, end, precision) from '', 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'."""
    if not value:
        return "", "", "unknown"
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = date.fromisoformat(value)
            return d.isoformat(), d.isoformat(), "day"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            start = pd.Timestamp(value + "-01")
            return start.date().isoformat(), (start + pd.offsets.MonthEnd(0)).date().isoformat(), "month"
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01", f"{value}-12-31", "year"
    except ValueError:
        pass
    raise ParameterError(f"--published: {value!r} is not a date; give YYYY-MM-DD, YYYY-MM or YYYY (or leave it out)")


def add_document(path: Path, ledger_dir: Path = DATA_DIR, kind: str = "other", published: str | None = None,
                 basis: str | None = None) -> dict[str, str]:
    """Copy the text into the ledger's seeds/ and append its documents.csv row; return the row."""
    if kind not in KINDS:
        raise ParameterError(f"--kind: {kind!r} is not valid; valid choices: {', '.join(KINDS)}")
    ledger_dir = Path(ledger_dir)
    table = ledger_dir / _DOCUMENTS.path
    if table.is_symlink() or not table.is_file():
        raise ParameterError(f"{display(table)}: not found; give the ledger folder with --ledger")
    data = read_text(path)
    with _ledger_lock(ledger_dir):  # several add-documents at once: each reads and appends in turn, none is lost
        return _register(path, data, ledger_dir, table, kind, published, basis)


@contextmanager
def _ledger_lock(ledger_dir: Path):
    fd = os.open(ledger_dir, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _same_text_other_line_ends(data: bytes, existing: pd.DataFrame, seeds: Path) -> str | None:
    """The document whose seed is this text but for its line ends, or None."""
    def lf(b: bytes) -> bytes:
        return b.replace(b"\r\n", b"\n").replace(b"\r", b"\n")

    mine = hashlib.sha256(lf(data)).hexdigest()
    for doc, file in zip(existing["document_id"], existing["file"]):
        seed = seeds / str(file)
        if seed.is_file() and not seed.is_symlink() and seed.stat().st_size <= 2 * len(data) + 2:
            if hashlib.sha256(lf(seed.read_bytes())).hexdigest() == mine:
                return f"{doc} ({file})"
    return None


def _register(path: Path, data: bytes, ledger_dir: Path, table: Path, kind: str, published: str | None,
              basis: str | None) -> dict[str, str]:
    digest = hashlib.sha256(data).hexdigest()
    try:
        existing = pd.read_csv(table, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, ValueError) as e:
        raise ParameterError(f"{display(table)} cannot be read ({type(e).__name__}); run `{python_command()} -m loss_claims "
                             f"validate {display(ledger_dir)}`, which says where and how to fix it") from None
    if missing := [c for c in ("document_id", "sha256", "file") if c not in existing.columns]:
        raise ParameterError(f"{display(table)} has no {', '.join(missing)} column; run "
                             f"`{python_command()} -m loss_claims validate {display(ledger_dir)}`, which says how to fix it")
    if digest in set(existing["sha256"]):
        row = existing[existing["sha256"] == digest].iloc[0]
        raise ParameterError(f"{display(path)} is already registered as {row['document_id']} ({row['file']}); nothing was added")
    same = _same_text_other_line_ends(data, existing, default_seeds_dir(ledger_dir))
    if same is not None:
        raise ParameterError(f"{display(path)} is the text of {same}, with other line ends (CRLF or LF): it is registered "
                             "already; nothing was added")
    numbers = [int(m.group(1)) for m in map(re.compile(r"^doc-(\d{3})$").match, existing["document_id"]) if m]
    number = max(numbers, default=-1) + 1
    if number > 999:
        raise ParameterError("document ids run from doc-000 to doc-999 and all are taken")
    start, end, precision = _published(published)
    name = f"{number:03d}_{digest[:16]}.txt"
    row = {
        "document_id": f"doc-{number:03d}", "file": name, "sha256": digest,
        "title": title_of(data.decode("utf-8-sig")), "kind": kind,
        "published_start": start, "published_end": end, "published_precision": precision,
        "published_basis": basis or ("Publication date as given when the document was registered (add-document --published)."
                                     if published else "No publication date was given when the document was registered."),
    }
    seed = default_seeds_dir(ledger_dir) / name  # where the loader reads this ledger's seeds
    files.atomic_write(seed, data)
    if Path(path).resolve().parent == seed.parent.resolve() and Path(path).resolve() != seed.resolve():
        Path(path).unlink()  # a text dropped into seeds/ is renamed, not copied: else it stays unregistered beside its copy
    old = table.read_bytes()
    buf = io.StringIO()
    csv.DictWriter(buf, fieldnames=_DOCUMENTS.columns, lineterminator="\n").writerow(row)
    files.atomic_write(table, old + (b"" if old.endswith(b"\n") or not old else b"\n") + buf.getvalue().encode("utf-8"))
    return row
