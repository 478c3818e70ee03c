"""Command line: ``python -m loss_claims validate [DATA_DIR]``, ``run``, ``codebook``."""
from __future__ import annotations

import argparse
import sys

from .errors import LedgerError
from .load import load_ledger
from .paths import DATA_DIR, display


def _validate(args) -> int:
    try:
        ledger = load_ledger(args.data_dir)
    except LedgerError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        print(f"INVALID: {display(args.data_dir)}: {len(e.problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"OK: {display(args.data_dir)}: {ledger.summary()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loss_claims", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check a ledger folder; exit 0 if valid, 1 with file:line messages if not")
    v.add_argument("data_dir", nargs="?", default=DATA_DIR, help="ledger folder (default: the shipped data/)")
    v.set_defaults(func=_validate)
    args = parser.parse_args(argv)
    return args.func(args)
