"""Run the notebook sequence with papermill: the project's main job.

* With no parameters: executes every notebook in place (notebooks/ and figures/ are
  regenerated, byte-identical from run to run).
* With parameters (``-p NAME VALUE``) or ``--run-dir``: writes executed notebooks and figures
  to a run folder (default ``runs/<parameters>``) and never touches notebooks/ or figures/.

Unknown parameter names and bad values are refused before anything runs. A notebook that
fails is named with its error; the others still run; the exit status is 1. A notebook or
figure is only replaced once its new version is complete (temporary file, then rename).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill

from .errors import LedgerError, ParameterError
from .load import load_ledger
from .params import PARAMETERS, validate
from . import report
from .paths import FIGURES_DIR, NOTEBOOKS_DIR, PROJECT_ROOT, RUNS_DIR, display

NOTEBOOK_NAME = re.compile(r"^[0-9]{2}-[a-z0-9-]+\.ipynb$")


@dataclass
class Outcome:
    notebook: str
    ok: bool
    message: str = ""


def notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    return sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK_NAME.match(p.name))


def parse_value(name: str, text: str) -> object:
    """A command-line value with the parameter's own type (booleans: True/False)."""
    if name not in PARAMETERS:
        raise ParameterError(f"unknown parameter '{name}'; valid names: {', '.join(PARAMETERS)}")
    typ = PARAMETERS[name][0]
    if typ is bool:
        lowered = text.strip().lower()
        if lowered in ("true", "false"):
            return lowered == "true"
        raise ParameterError(f"parameter '{name}': {text!r} is not valid; valid choices: True, False")
    return text


def check_names(given: dict[str, object], paths: list[Path]) -> None:
    """Refuse names a notebook does not declare (papermill itself only warns)."""
    for path in paths:
        declared = {p["name"] for p in papermill.inspect_notebook(str(path)).values()}
        unknown = sorted(set(given) - declared)
        if unknown:
            raise ParameterError(
                f"unknown parameter(s) {', '.join(map(repr, unknown))} for {path.name}; valid names: {', '.join(sorted(declared))}"
            )


def normalize(path: Path, keep_parameters: bool) -> bytes:
    """The executed notebook without what changes from run to run (timings, paths, Python patch version)."""
    nb = nbformat.read(path, as_version=4)
    pm = nb.metadata.pop("papermill", {})
    if keep_parameters and pm.get("parameters"):
        nb.metadata["papermill"] = {"parameters": pm["parameters"]}
    nb.metadata["language_info"] = {"name": nb.metadata.get("language_info", {}).get("name", "python")}
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
    return (nbformat.writes(nb) + "\n").encode("utf-8")


def _error_line(stderr: str, output: Path) -> str:
    """The exception the notebook raised, as one line."""
    try:
        nb = nbformat.read(output, as_version=4)
        for cell in nb.cells:
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    return f"{out['ename']}: {out['evalue']}"
    except Exception:  # noqa: BLE001 - fall back to papermill's own words
        pass
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "papermill failed with no message"


def _execute(src: Path, dst: Path, parameters: dict[str, object], failed_dir: Path) -> Outcome:
    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{src.stem}.", suffix=".ipynb", dir=dst.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    cmd = [sys.executable, "-m", "papermill", str(src), str(tmp), "--cwd", str(NOTEBOOKS_DIR),
           "--no-progress-bar", "--log-level", "WARNING"]
    if parameters:
        cmd += ["-y", json.dumps(parameters)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            failed_dir.mkdir(parents=True, exist_ok=True)
            kept = failed_dir / src.name
            os.replace(tmp, kept)
            return Outcome(src.name, False, f"{_error_line(done.stderr, kept)} (executed notebook kept in {display(kept)})")
        data = normalize(tmp, keep_parameters=bool(parameters))
        tmp.write_bytes(data)
        os.replace(tmp, dst)
        return Outcome(src.name, True)
    finally:
        tmp.unlink(missing_ok=True)


def run(parameters: dict[str, object] | None = None, run_dir: Path | None = None, jobs: int = 2,
        only: list[Path] | None = None, out=sys.stdout) -> int:
    parameters = dict(parameters or {})
    paths = only or notebooks()
    if not paths:
        print(f"no notebooks found in {display(NOTEBOOKS_DIR)}", file=out)
        return 1
    check_names(parameters, paths)
    in_place = not parameters and run_dir is None
    if not in_place:
        run_dir = Path(run_dir) if run_dir else RUNS_DIR / _slug(parameters)
        run_dir = run_dir.resolve()
        for name in ("ledger_dir", "output_dir"):  # paths as the user meant them, before the kernel's cwd changes
            if parameters.get(name):
                parameters[name] = str(Path(str(parameters[name])).resolve())
        parameters.setdefault("output_dir", str(run_dir / "figures"))
    checked = validate(**parameters)
    if not in_place and checked.output_dir == FIGURES_DIR.resolve():
        raise ParameterError(f"parameter 'output_dir': {str(parameters['output_dir'])!r} is figures/, which only the "
                             "default run writes; choose another folder (or leave it empty to use the run folder)")
    load_ledger(checked.ledger_dir)  # a wrong ledger is reported once, with every problem, before any notebook runs
    target = NOTEBOOKS_DIR if in_place else run_dir / "notebooks"
    failed_dir = (RUNS_DIR / "failed") if in_place else run_dir / "failed"
    print(f"running {len(paths)} notebooks → {display(target)}, figures → {display(checked.output_dir)}", file=out)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        outcomes = list(pool.map(lambda p: _execute(p, target / p.name, parameters, failed_dir), paths))
    for o in outcomes:
        print(f"  {'ok    ' if o.ok else 'FAILED'} {o.notebook}" + (f": {o.message}" if o.message else ""), file=out)
    failed = [o for o in outcomes if not o.ok]
    print(f"{len(outcomes) - len(failed)} passed, {len(failed)} failed", file=out)
    if failed:
        return 1
    report_dir = (PROJECT_ROOT / "report") if in_place else run_dir / "report"
    index = report.build([target / p.name for p in paths], checked.output_dir, report_dir, checked.ledger_dir)
    print(f"report → {display(index)}", file=out)
    return 0


def _slug(parameters: dict[str, object]) -> str:
    text = "_".join(f"{k}-{Path(str(v)).name if k.endswith('_dir') else v}" for k, v in sorted(parameters.items()))
    return re.sub(r"[^A-Za-z0-9_.=,-]+", "-", text)[:120] or "run"


def main_run(args) -> int:
    try:
        parameters = {name: parse_value(name, value) for name, value in (args.parameter or [])}
        return run(parameters, Path(args.run_dir) if args.run_dir else None, jobs=args.jobs)
    except ParameterError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except LedgerError as e:
        print(e, file=sys.stderr)
        return 1
