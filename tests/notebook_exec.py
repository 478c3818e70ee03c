"""Run a notebook's code cells in this process (no kernel): fast enough to try many parameter values.

The real papermill and nbval runs are elsewhere in the suite; this checks that every valid selection
goes through every step and figure without an exception."""
from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import nbformat

from loss_claims.params import PARAMETERS


def exec_notebook(path: Path, **parameters) -> dict:
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
        exec(compile(source.replace("from IPython.display import HTML, display", "from IPython.display import HTML"),
                     f"{path.name}", "exec"), namespace)
    plt.close("all")
    return namespace
