"""Where things live. Every path is anchored on the project root, never on the working directory.

The project root is the checkout the library runs in: the folder holding ``pyproject.toml`` and
``data/datapackage.json``. With an editable install (``make``) that is the folder around the
package; with a plain ``pip install .`` (as Binder does) the package lives in site-packages, and the
root is found from the environment variable ``LOSS_CLAIMS_PROJECT`` or, failing that, from the working
directory upwards (a notebook runs in ``notebooks/``). Outside any checkout ``PROJECT_ROOT`` is None:
a ledger is then loaded by giving its folder.
"""
from __future__ import annotations

import os
from pathlib import Path

#: The schema the loader enforces and readers read: package data, so that a plain install has it.
SCHEMA_PATH = Path(__file__).resolve().parent / "datapackage.json"
#: The shipped lexicon of quantity phrases, used by a ledger folder that has none of its own.
LEXICON_PATH = Path(__file__).resolve().parent / "quantity_phrases.csv"


def is_project(folder: Path) -> bool:
    return (folder / "pyproject.toml").is_file() and (folder / "data" / "datapackage.json").is_file()


def find_project_root() -> Path | None:
    """The checkout: ``LOSS_CLAIMS_PROJECT``, the folder around the package, or the working directory's."""
    if os.environ.get("LOSS_CLAIMS_PROJECT"):
        given = Path(os.environ["LOSS_CLAIMS_PROJECT"]).resolve()
        return given if is_project(given) else None
    around = Path(__file__).resolve().parents[3]
    if is_project(around):
        return around
    here = Path.cwd().resolve()
    return next((p for p in (here, *here.parents) if is_project(p)), None)


_FOUND = find_project_root()
#: True when the library runs inside a checkout of the project (editable install, or run from one).
IN_PROJECT = _FOUND is not None
#: The project's root folder. Outside a checkout, the working directory (nothing of the project is there).
PROJECT_ROOT = _FOUND if _FOUND is not None else Path.cwd().resolve()
#: The curated ledger: CSVs, datapackage.json (its descriptor), README of curation rules.
DATA_DIR = PROJECT_ROOT / "data"
#: The immutable seed texts of the shipped ledger.
SEEDS_DIR = PROJECT_ROOT / "seeds"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
FIGURES_DIR = PROJECT_ROOT / "figures"
#: Runs with non-default parameters write here, never over notebooks/ or figures/.
RUNS_DIR = PROJECT_ROOT / "runs"


def project_relative(path: str | os.PathLike) -> str:
    """A path as notebooks, figures and the report show it, and as the runner gives it to a kernel: relative to the
    project root, so that no shared page shows the user's own folders."""
    return os.path.relpath(Path(path).resolve(), PROJECT_ROOT.resolve())


def python_command() -> str:
    """The Python a hint should name: the one running, as the user would type it (``.venv/bin/python`` in a checkout
    made by ``make``), else ``python``."""
    import sys

    here = Path(sys.executable)
    try:
        return here.relative_to(PROJECT_ROOT).as_posix() if IN_PROJECT else "python"
    except ValueError:
        return "python"


def display(path: str | os.PathLike) -> str:
    """A path as shown in messages: relative to the project root when inside it. Links are not followed:
    a message names the path the user gave, never what a link points to."""
    p = Path(os.path.abspath(path))
    try:
        return p.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return str(p)
