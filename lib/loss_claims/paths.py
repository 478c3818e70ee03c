"""Where things live. Every path is anchored on the project root, never on the working directory."""
from __future__ import annotations

import os
from pathlib import Path

#: The project's root folder (the one holding pyproject.toml).
PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: The curated ledger: CSVs, datapackage.json (the schema and codebook), README of curation rules.
DATA_DIR = PROJECT_ROOT / "data"
#: The schema, in one place: what readers see and what the loader enforces.
SCHEMA_PATH = DATA_DIR / "datapackage.json"
#: The immutable seed texts.
SEEDS_DIR = PROJECT_ROOT / "seeds"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
FIGURES_DIR = PROJECT_ROOT / "figures"
#: Runs with non-default parameters write here, never over notebooks/ or figures/.
RUNS_DIR = PROJECT_ROOT / "runs"


def project_relative(path: str | os.PathLike) -> str:
    """A path as notebooks, figures and the report show it, and as the runner gives it to a kernel: relative to the
    project root, so that no shared page shows the user's own folders."""
    return os.path.relpath(Path(path).resolve(), PROJECT_ROOT.resolve())


def display(path: str | os.PathLike) -> str:
    """A path as shown in messages: relative to the project root when inside it. Links are not followed:
    a message names the path the user gave, never what a link points to."""
    p = Path(os.path.abspath(path))
    try:
        return p.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return str(p)
