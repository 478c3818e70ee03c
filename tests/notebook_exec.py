"""Run a notebook's code cells in this process (no kernel): fast enough to try many parameter values.

The real papermill and nbval runs are elsewhere in the suite; this checks that every valid selection
goes through every step and figure without an exception."""
from __future__ import annotations

import re
from pathlib import Path

import matplotlib.pyplot as plt
import nbformat

from loss_claims.tools.params import PARAMETERS
from loss_claims.tools.runner import notebooks


def declared_figures(paths: list[Path] | None = None) -> list[str]:
    """The figures the notebooks say they write (the **Writes:** of their first cell), in order."""
    names = []
    for path in paths or notebooks():
        intro = nbformat.read(path, as_version=4).cells[0].source
        names += re.findall(r"`(fig\d\d-[a-z0-9-]+)`", intro.split("**Writes:**", 1)[1].split("**Caveats:**", 1)[0])
    return list(dict.fromkeys(names))


_LOADED: dict = {}


def _cached_load(data_dir=None, *args, **kwargs):
    """load_ledger, once per ledger folder and state of its files in this process (many selections run on one ledger)."""
    from loss_claims.ledger import load_ledger

    folder = Path(data_dir) if data_dir is not None else None
    key = (str(folder), tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.csv")))) if folder else None
    if key is None or key not in _LOADED:
        ledger = load_ledger(data_dir, *args, **kwargs)
        if key is None:
            return ledger
        _LOADED[key] = ledger
    return _LOADED[key]


def exec_notebook(path: Path, **parameters) -> dict:
    import sys

    import loss_claims.setup  # noqa: F401 - the module; the package's attribute of that name is the function

    sys.modules["loss_claims.setup"].load_ledger = _cached_load  # the notebooks' set-up loads each ledger once here
    nb = nbformat.read(path, as_version=4)
    namespace: dict = {"display": lambda *a, **k: None}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        source = cell.source
        if "parameters" in cell.metadata.get("tags", []):
            exec(source, namespace)
            namespace.update({k: v for k, v in parameters.items() if k in PARAMETERS})
            continue
        exec(compile(source, f"{path.name}", "exec"), namespace)
    plt.close("all")
    return namespace
