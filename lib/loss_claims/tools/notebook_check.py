"""Whether committed notebooks are as nbval needs them: executed top to bottom in one kernel session, every code cell
with its outputs stored. ``python -m loss_claims check-notebooks [NOTEBOOK ...]`` (the pre-commit hook) prints one
line per problem, naming the notebook and the cell."""
from __future__ import annotations

from pathlib import Path

import nbformat

from ..ledger.paths import NOTEBOOKS_DIR, display


def problems(path: Path) -> list[str]:
    """What keeps ``path`` from being checked by nbval: a code cell never run, run out of order, or a notebook that
    is not valid JSON."""
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as e:  # a notebook that does not parse is one problem, reported as such
        return [f"{display(path)}: not a readable notebook ({type(e).__name__}: {e}); run it again and save it"]
    out, expected, in_order = [], 1, True
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        count = cell.get("execution_count")
        where = f"{display(path)}: cell {index + 1}"
        if count is None:
            out.append(f"{where}: never run (no execution count); run the notebook top to bottom (`make run`) and save it")
        elif count != expected and in_order:  # the first departure only: the cells after it follow from it
            out.append(f"{where}: run as [{count}], expected [{expected}]; run the notebook top to bottom in a fresh "
                       "kernel (`make run`) and save it")
            in_order = False
        expected += 1
        if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
            out.append(f"{where}: stored an error; fix it and run the notebook again")
    return out


def main(paths: list[str]) -> int:
    files = [Path(p) for p in paths] or sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]-*.ipynb"))
    found = [p for f in files for p in problems(f)]
    for line in found:
        print(line)
    return 1 if found else 0
