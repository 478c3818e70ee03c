"""Notebook parameters: one definition for every notebook and the runner.

papermill passes values untyped and only warns about unknown names, so every notebook
calls :func:`validate` right after its ``parameters`` cell, and the runner refuses
unknown names before anything runs.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import safety
from ..ledger.errors import ParameterError
from ..ledger.paths import DATA_DIR, FIGURES_DIR, PROJECT_ROOT, RUNS_DIR
from ..ledger.schema import load_schema

_claims = load_schema().resource("claims")
WHOSE = ["all", *_claims.field("whose_losses").enum]
MEASURES = [m for m in _claims.field("measure").enum]
FORMATS = ["png", "svg", "pdf"]

#: name -> (type, default, help). The notebooks' parameters cells use exactly these.
PARAMETERS: dict[str, tuple[type, object, str]] = {
    "ledger_dir": (str, "", "ledger folder to read, relative to the project root (empty: the project's own ledger)"),
    "output_dir": (str, "", "folder the figures are written to (empty: figures/ with the defaults, a run folder under runs/ otherwise)"),
    "whose_losses": (str, "all", "whose losses: " + " | ".join(WHOSE)),
    "measures": (str, "all", "comma-separated measures, or 'all': " + ", ".join(MEASURES)),
    "include_other_conflicts": (bool, False, "include losses the ledger marks as from another conflict than the Russia-Ukraine war"),
    "include_other_areas": (bool, False, "include claims about another front or the whole war (area other_front, whole_war)"),
    "include_contested": (bool, True, "include claims graded 'contested' (shown flagged)"),
    "include_ungraded": (bool, True, "include claims in a document's own voice (graded 'ungraded')"),
    "as_of": (str, "", "only what had been reported by this date, YYYY-MM-DD (empty: everything)"),
    "figure_formats": (str, "png,svg",
                       "comma-separated figure formats besides the CSV: " + ", ".join(FORMATS) + " (png is always written)"),
}


@dataclass(frozen=True)
class Params:
    ledger_dir: Path
    output_dir: Path
    whose_losses: str
    measures: tuple[str, ...]
    include_other_conflicts: bool
    include_other_areas: bool
    include_contested: bool
    include_ungraded: bool
    as_of: date | None
    figure_formats: tuple[str, ...]

    def selection(self) -> dict:
        """The keyword arguments of :func:`loss_claims.claims.select` these parameters ask for."""
        return {"whose_losses": self.whose_losses, "measures": self.measures, "include_other_conflicts": self.include_other_conflicts,
                "include_other_areas": self.include_other_areas, "include_contested": self.include_contested,
                "include_ungraded": self.include_ungraded, "as_of": self.as_of}

    @property
    def is_default(self) -> bool:
        return self.output_dir == FIGURES_DIR


def run_folder_name(parameters: dict[str, object]) -> str:
    """``runs/<name>``: readable, and different whenever the inputs differ (two ledgers both called
    ``data`` in different places get different folders). Relative paths are taken from the project root."""
    text = "_".join(f"{k}-{Path(str(v)).name if k.endswith('_dir') else v}" for k, v in sorted(parameters.items()))
    exact = json.dumps({k: (str((PROJECT_ROOT / str(v)).resolve()) if k.endswith("_dir") else v)
                        for k, v in sorted(parameters.items())})
    digest = hashlib.sha256(exact.encode()).hexdigest()[:8]
    return f"{re.sub(r'[^A-Za-z0-9_.=,-]+', '-', text)[:100] or 'run'}-{digest}"


def as_bool(name: str, value: object) -> bool:
    """One rule for papermill (``-p``: True/False, ``-r``: any string, ``-y``: YAML) and the runner: a boolean,
    or the string 'true' or 'false' in any case."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    got = f"the string {value!r}" if isinstance(value, str) else f"{type(value).__name__} {value!r}"
    raise ParameterError(f"parameter '{name}': {value!r} is not valid; valid choices: True, False (received {got}; "
                         f"pass a boolean: -p {name} False, or -y '{name}: false')")


def _bad(name: str, value: object, valid: str) -> ParameterError:
    return ParameterError(f"parameter '{name}': {value!r} is not valid; {valid}")


def _choices(name: str, value: object, allowed: list[str], allow_all: bool) -> tuple[str, ...]:
    if not isinstance(value, str):
        raise _bad(name, value, "give a comma-separated string of: " + ", ".join(allowed))
    items = [v.strip() for v in value.split(",")]
    if allow_all and items == ["all"]:
        return tuple(allowed)
    unknown = [v for v in items if v not in allowed]
    if unknown or not value.strip():
        raise _bad(name, value, "valid choices: " + ", ".join((["all"] if allow_all else []) + allowed) + " (comma-separated)")
    return tuple(dict.fromkeys(items))


def _folder(name: str, value: object, default: Path, must_exist: bool, base: Path = PROJECT_ROOT) -> Path:
    """A folder parameter: in a notebook, a relative path is taken from the project root (never from the
    working directory, which papermill, nbval and JupyterLab each set differently); the command line takes
    it from the user's working directory (``base``)."""
    if not isinstance(value, str):
        raise _bad(name, value, "give a folder path as a string ('' for the default)")
    if value == "":
        return default
    path = Path(value)
    path = path if path.is_absolute() else (base / path)
    if must_exist and not path.is_dir():
        where = "the project root" if base == PROJECT_ROOT else "the working directory"
        raise _bad(name, value, f"no such folder (relative paths are taken from {where}); give an existing "
                                f"ledger folder (e.g. {DATA_DIR.relative_to(PROJECT_ROOT)})")
    return path.resolve()


def _date(name: str, value: object) -> date | None:
    """A date parameter: '' (none), or a real date written YYYY-MM-DD."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise _bad(name, value, "give a date as a string, YYYY-MM-DD (e.g. 2025-01-31), or '' for none")
    if value.strip() == "":
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return date.fromisoformat(value.strip())
    except ValueError:
        raise _bad(name, value, "it is not a real date; give YYYY-MM-DD (e.g. 2025-01-31), or '' for none") from None
    raise _bad(name, value, "give a date as YYYY-MM-DD (e.g. 2025-01-31), or '' for none")


def validate(*, base: Path = PROJECT_ROOT, **values: object) -> Params:
    """Check every parameter; raise :class:`ParameterError` naming the parameter, the value and the valid choices.
    Relative folder paths are taken from ``base`` (the project root, as notebooks see them)."""
    unknown = sorted(set(values) - set(PARAMETERS))
    if unknown:
        raise ParameterError(f"unknown parameter(s) {', '.join(unknown)}; valid names: {', '.join(PARAMETERS)}")
    v = {name: values.get(name, default) for name, (_, default, _) in PARAMETERS.items()}
    for name in ("include_other_conflicts", "include_other_areas", "include_contested", "include_ungraded"):
        v[name] = as_bool(name, v[name])
    if not isinstance(v["whose_losses"], str) or v["whose_losses"] not in WHOSE:
        raise _bad("whose_losses", v["whose_losses"], "valid choices: " + ", ".join(WHOSE))
    formats = _choices("figure_formats", v["figure_formats"], FORMATS, allow_all=False)
    ledger_dir = _folder("ledger_dir", v["ledger_dir"], DATA_DIR, must_exist=True, base=base)
    changed = {k: v[k] for k in PARAMETERS if k != "output_dir" and v[k] != PARAMETERS[k][1]}
    # figures/ holds the default run's figures only: a notebook run with other parameters (papermill, the lab)
    # writes to a run folder of its own unless told where
    default_output = RUNS_DIR / run_folder_name(changed) / "figures" if changed else FIGURES_DIR
    output_dir = _folder("output_dir", v["output_dir"], default_output, must_exist=False, base=base)
    if v["output_dir"] != "":
        safety.check_output_folder("parameter 'output_dir'", output_dir, ledger_dir, shown=v["output_dir"])
        safety.check_own_files("parameter 'output_dir'", output_dir, shown=v["output_dir"])
    return Params(
        ledger_dir=ledger_dir,
        output_dir=output_dir,
        whose_losses=v["whose_losses"],
        measures=_choices("measures", v["measures"], MEASURES, allow_all=True),
        include_other_conflicts=v["include_other_conflicts"],
        include_other_areas=v["include_other_areas"],
        include_contested=v["include_contested"],
        include_ungraded=v["include_ungraded"],
        as_of=_date("as_of", v["as_of"]),
        figure_formats=tuple(dict.fromkeys(("png", *formats))),
    )
