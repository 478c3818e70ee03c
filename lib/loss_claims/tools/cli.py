"""Command line: ``python -m loss_claims validate [DATA_DIR]``, ``run``, ``codebook``."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..ledger.errors import LedgerError
from ..ledger.text import one_line
from ..ledger.load import load_ledger
from ..ledger.paths import DATA_DIR, IN_PROJECT, RUNS_DIR, display, python_command


def _validate(args) -> int:
    try:
        ledger = load_ledger(args.data_dir)
    except LedgerError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        print(f"INVALID: {display(args.data_dir)}: {e.total} problem(s)", file=sys.stderr)
        return 1
    for w in ledger.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"OK: {display(args.data_dir)}: {ledger.summary()}")
    return 0


def _add_document(args) -> int:
    from ..ledger.errors import ParameterError
    from .register import add_document

    try:
        row = add_document(Path(args.path), Path(args.ledger), kind=args.kind, published=args.published, basis=args.basis)
    except ParameterError as e:
        print(f"error: {one_line(str(e))}", file=sys.stderr)
        return 2
    from ..ledger.load import default_seeds_dir

    seed = display(default_seeds_dir(Path(args.ledger)) / row["file"])
    print(f"added {row['document_id']}: {seed} (SHA-256 {row['sha256'][:16]}…), title {row['title']!r}, "
          f"kind {row['kind']}, published {row['published_precision']}")
    py = python_command()
    draft = display(RUNS_DIR / "draft.csv") if IN_PROJECT else "draft.csv"
    mkdir = f"mkdir -p {display(RUNS_DIR)} && " if IN_PROJECT else ""
    print(f"next: {mkdir}{py} -m loss_claims draft {seed} --ledger {display(args.ledger)} > {draft}; check and complete the "
          f"rows, add them to claims.csv (with sources, relays and links), then: {py} -m loss_claims validate {display(args.ledger)}")
    return 0


def _draft(args) -> int:
    from .draft import draft_file

    from ..ledger.errors import ParameterError

    path = Path(args.path)
    if not path.exists():
        print(f"error: {display(path)}: no such file", file=sys.stderr)
        return 2
    try:
        rows, proposed = draft_file(path, Path(args.ledger), args.document_id, args.start_id)
        sys.stdout.write(rows)
        for table, text in proposed.items():
            if table == "left out":
                print("\nsentences with a number the draft gave no row, and why (read them yourself):", file=sys.stderr)
            else:
                print(f"\n{table} rows the draft proposes, to check and add (never written to the ledger):", file=sys.stderr)
            sys.stderr.write(text)
    except UnicodeDecodeError as e:
        print(f"error: {display(path)}: not UTF-8 text (byte 0x{e.object[e.start]:02x}); save it as UTF-8", file=sys.stderr)
        return 2
    except ParameterError as e:
        print(f"error: {one_line(str(e))}", file=sys.stderr)
        return 2
    except LedgerError as e:
        print(e, file=sys.stderr)
        return 1
    return 0


def _codebook(args) -> int:
    from . import codebook

    changed = codebook.write()
    print("CODEBOOK.md and data/datapackage.json " + ("updated from the schema" if changed else "already current"))
    return 0


def _outside_a_checkout(args) -> str | None:
    """Why this command cannot run here (no checkout of the project around it, and it needs one), or None."""
    from ..ledger.paths import IN_PROJECT

    if IN_PROJECT:
        return None
    needs = args.command in ("run", "codebook") or any(getattr(args, name, "") is None for name in ("data_dir", "ledger"))
    if not needs:
        return None
    return ("loss-claims: no checkout of the project here (a folder with pyproject.toml and data/datapackage.json, found from "
            "the working directory or LOSS_CLAIMS_PROJECT): `run` and `codebook` need one, and the other commands need a "
            "ledger folder given by path (e.g. loss-claims validate path/to/ledger).")


def entry() -> None:
    """The ``loss-claims`` console script."""
    sys.exit(main())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loss_claims", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check a ledger folder; exit 0 if valid, 1 with file:line messages if not")
    v.add_argument("data_dir", nargs="?", default=None, help="ledger folder (default: the shipped data/)")
    v.set_defaults(func=_validate)
    r = sub.add_parser("run", help="validate the ledger and run the notebook sequence with papermill (default: regenerate "
                                   "notebooks/ and figures/; with -p or --run-dir: into a run folder)")
    r.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"),
                   help="a notebook parameter (see: papermill --help-notebook notebooks/01-summarize-the-ledger.ipynb)")
    r.add_argument("--run-dir", help="folder for executed notebooks and figures (default with -p: runs/<parameters>)")
    r.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2)")
    r.add_argument("--timeout", type=_seconds, default=900.0, metavar="SECONDS",
                   help="stop a notebook that runs longer than this (default 900)")
    r.set_defaults(func=lambda a: __import__("loss_claims.tools.runner", fromlist=["main_run"]).main_run(a))
    a = sub.add_parser("add-document", help="copy a text into the ledger's seeds/ and register it in documents.csv")
    a.add_argument("path", help="the text file (UTF-8 plain text, copied byte for byte)")
    a.add_argument("--ledger", default=None, help="ledger folder (default: the shipped data/)")
    a.add_argument("--kind", default="other", help="what kind of text it is (default: other); see the codebook")
    a.add_argument("--published", help="publication date: YYYY-MM-DD, YYYY-MM or YYYY (default: unknown)")
    a.add_argument("--basis", help="what the text says of its date, and where the date comes from")
    a.set_defaults(func=_add_document)
    d = sub.add_parser("draft", help="print candidate claims.csv rows for a text (never writes the ledger)")
    d.add_argument("path", help="the text (registered or not)")
    d.add_argument("--ledger", default=None, help="ledger whose names, lexicon and ids to use (default: the shipped data/)")
    d.add_argument("--document-id", help="the document's id (default: looked up by the text's SHA-256, else doc-NEW)")
    d.add_argument("--start-id", type=int, help="number of the first claim id, cNNN (default: after the ledger's last)")
    d.set_defaults(func=_draft)
    c = sub.add_parser("codebook", help="write CODEBOOK.md and data/datapackage.json from the library's schema")
    c.set_defaults(func=_codebook)
    n = sub.add_parser("check-notebooks", help="check that notebooks are stored executed in order with outputs, as nbval needs")
    n.add_argument("paths", nargs="*", help="notebooks (default: the sequence in notebooks/)")
    n.set_defaults(func=lambda a: __import__("loss_claims.tools.notebook_check", fromlist=["main"]).main(a.paths))
    args = parser.parse_args(argv)
    if (why := _outside_a_checkout(args)) is not None:
        print(why, file=sys.stderr)
        return 2
    for name in ("data_dir", "ledger"):
        if getattr(args, name, "") is None:
            setattr(args, name, DATA_DIR)
    try:
        return args.func(args)
    except BrokenPipeError:  # `… | head`: the reader stopped reading; what was done is done
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes at exit
        return 0
    except OSError as e:  # a read-only folder, a full disk, a name too long: one line, not a traceback
        where = f": {display(e.filename)}" if e.filename else ""
        print(f"error: {one_line(e.strerror or str(e))}{one_line(where)}; nothing further was written", file=sys.stderr)
        return 2


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not (0 < value < float("inf")):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0 (e.g. 900)")
    return value
