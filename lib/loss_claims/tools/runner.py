"""Run the notebook sequence with papermill: the project's main job.

* With no parameters: executes every notebook in place (notebooks/ and figures/ are
  regenerated, byte-identical from run to run).
* With parameters (``-p NAME VALUE``) or ``--run-dir``: writes executed notebooks and figures
  to a run folder (default ``runs/<parameters>``) and never touches notebooks/ or figures/.

Unknown parameter names and bad values are refused before anything runs. A notebook that
fails is named with its error; the others still run; the exit status is 1. A notebook or
figure is only replaced once its new version is complete (temporary file, then rename).
The ledger is validated once, before any notebook; each kernel reuses that validated ledger (kept in the run's scratch
folder) while every file it was read from is unchanged, and loads the files itself otherwise.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill

from ..ledger.errors import LedgerError, ParameterError
from ..ledger.text import one_line
from ..ledger.load import VALIDATED_ENV, load_ledger, write_validated
from .params import PARAMETERS, as_bool, run_folder_name, validate
from ..ledger import files
from . import report, safety
from ..ledger.paths import FIGURES_DIR, NOTEBOOKS_DIR, PROJECT_ROOT, RUNS_DIR, display, project_relative

#: Seconds a notebook may run before the runner stops it (``--timeout``).
DEFAULT_TIMEOUT = 900.0
NOTEBOOK_NAME = re.compile(r"^[0-9]{2}-[a-z0-9-]+\.ipynb$")


@dataclass
class Outcome:
    notebook: str
    ok: bool
    message: str = ""
    seconds: float = 0.0


def notebooks(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    return sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK_NAME.match(p.name))


def parse_value(name: str, text: str) -> object:
    """A command-line value with the parameter's own type (booleans: True/False)."""
    if name not in PARAMETERS:
        raise ParameterError(f"unknown parameter '{name}'; valid names: {', '.join(PARAMETERS)}")
    return as_bool(name, text) if PARAMETERS[name][0] is bool else text


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
    """The executed notebook without what changes from run to run (timings, the random id of papermill's injected
    cell). The kernel's
    ``language_info`` is kept as Jupyter writes it, so that opening and saving a notebook in the lab leaves it
    unchanged."""
    nb = nbformat.read(path, as_version=4)
    pm = nb.metadata.pop("papermill", {})
    if keep_parameters and pm.get("parameters"):
        nb.metadata["papermill"] = {"parameters": pm["parameters"]}
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id: the same run gives the same bytes
    return (nbformat.writes(nb) + "\n").encode("utf-8")


def _error_line(stderr: str, output: Path) -> str:
    """The exception the notebook raised, as one line."""
    try:
        nb = nbformat.read(output, as_version=4)
        for cell in nb.cells:
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    return f"{out['ename']}: {out['evalue']}"
    except Exception:
        pass
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "papermill failed with no message"


class _Children:
    """The papermill processes under way, so that an interrupted runner takes them down with it."""

    def __init__(self):
        self.procs: set[subprocess.Popen] = set()
        self.lock = threading.Lock()
        self.stopping = False

    def start(self, cmd: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
        with self.lock:
            if self.stopping:
                raise KeyboardInterrupt
            # its own process group, so that one kill takes papermill and the kernel it started
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, env=env)
            self.procs.add(proc)
            return proc

    def done(self, proc: subprocess.Popen) -> None:
        with self.lock:
            self.procs.discard(proc)

    def kill_all(self) -> None:
        with self.lock:
            self.stopping = True
            for proc in self.procs:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)  # papermill and the kernel it started


def _execute(src: Path, dst: Path, parameters: dict[str, object], failed_dir: Path, scratch: Path,
             children: _Children, timeout: float, validated: Path | None = None) -> Outcome:
    files.make_dirs(dst.parent)
    tmp = scratch / src.name  # scratch is inside the run's own temp folder: never collected, cleaned at start
    cmd = [sys.executable, str(Path(__file__).with_name("_child.py")), str(os.getpid()), str(src), str(tmp), str(NOTEBOOKS_DIR),
           json.dumps(parameters)]
    proc = children.start(cmd, {**os.environ, VALIDATED_ENV: str(validated)} if validated else None)
    try:
        try:
            _, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return Outcome(src.name, False, f"stopped after {timeout:g} s (the time limit; raise it with --timeout SECONDS)")
    finally:
        children.done(proc)
    if proc.returncode != 0:
        if children.stopping:
            raise KeyboardInterrupt
        files.make_dirs(failed_dir)
        kept = failed_dir / src.name
        message = _error_line(stderr, tmp)
        if tmp.is_file():
            os.replace(tmp, kept)
            try:
                nbformat.read(kept, as_version=4)
                message += f" (executed notebook kept in {display(kept)})"
            except Exception as e:  # a full disk can cut it short: say so, never present it as the executed notebook
                message += (f" (the executed notebook could not be saved whole ({type(e).__name__}): what was written is in "
                            f"{display(kept)}; free some space and run again)")
        return Outcome(src.name, False, message)
    files.atomic_write(dst, normalize(tmp, keep_parameters=bool(parameters)))
    tmp.unlink()
    return Outcome(src.name, True)


def _timed(src: Path, *args) -> Outcome:
    start = time.monotonic()
    outcome = _execute(src, *args)
    return dataclasses.replace(outcome, seconds=time.monotonic() - start)


def run(parameters: dict[str, object] | None = None, run_dir: Path | None = None, jobs: int = 2,
        only: list[Path] | None = None, out=sys.stdout, timeout: float = DEFAULT_TIMEOUT) -> int:
    parameters = dict(parameters or {})
    paths = only or notebooks()
    if not paths:
        print(f"no notebooks found in {display(NOTEBOOKS_DIR)}", file=out)
        return 1
    check_names(parameters, paths)
    in_place = not parameters and run_dir is None
    given = validate(base=Path.cwd(), **parameters)  # as the user typed them: messages show their own words
    for name in ("ledger_dir", "output_dir"):  # the kernel takes them relative to the project root
        if parameters.get(name):
            parameters[name] = project_relative(str(parameters[name]))
    if not in_place:
        run_dir = Path(run_dir) if run_dir else RUNS_DIR / run_folder_name(parameters)
        run_dir = safety.check_output_folder("--run-dir", run_dir, given.ledger_dir)
        parameters.setdefault("output_dir", project_relative(str(run_dir / "figures")))
    checked = validate(**parameters)
    if not in_place and checked.output_dir == FIGURES_DIR.resolve():
        raise ParameterError(f"parameter 'output_dir': {str(parameters['output_dir'])!r} is figures/, which only the "
                             "default run writes; choose another folder (or leave it empty to use the run folder)")
    root = PROJECT_ROOT if in_place else run_dir
    target = NOTEBOOKS_DIR if in_place else run_dir / "notebooks"
    report_dir = (PROJECT_ROOT / "report") if in_place else run_dir / "report"
    failed_dir = (RUNS_DIR / "failed") if in_place else run_dir / "failed"
    for name, folder in (("notebooks", target), ("failed", failed_dir), ("report", report_dir)):
        if not in_place:  # one rule for every folder a run writes: resolve its links, then check where it leads
            safety.check_inside(f"--run-dir {name}/", folder, run_dir)
            safety.check_output_folder(f"--run-dir {name}/", folder, checked.ledger_dir)
        elif name != "notebooks":
            safety.check_inside(name, folder, PROJECT_ROOT)
    safety.check_replaceable(report_dir)  # before anything runs: a folder of the user's is never replaced
    with safety.run_lock(root), safety.folder_lock(checked.output_dir):
        safety.clean_leftovers(root, target, checked.output_dir)
        ledger = load_ledger(checked.ledger_dir)  # a wrong ledger is reported once, with every problem, before any notebook runs
        print(f"running {len(paths)} notebooks → {display(target)}, figures → {display(checked.output_dir)}", file=out)
        scratch = files.temp_dir(root)
        validated = write_validated(ledger, scratch / "validated-ledger.pickle")  # the kernels reuse it while its files stay
        children = _Children()
        pages = {}
        try:
            # each notebook's report page is made as soon as it finished, beside the notebooks still running (its own
            # thread, so that the next notebook starts at once): only the last one's page is left for the end
            with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool, ThreadPoolExecutor(max_workers=1) as page_pool:
                futures = [pool.submit(_timed, p, target / p.name, parameters, failed_dir, scratch, children, timeout, validated)
                           for p in paths]
                try:
                    for f in as_completed(futures):  # each as it finishes, so that a person sees the run move
                        o = f.result()
                        if o.ok:
                            pages[target / o.notebook] = page_pool.submit(report.notebook_page, target / o.notebook)
                        print(f"  {'ok    ' if o.ok else 'FAILED'} {o.notebook}" + (f": {one_line(o.message)}" if o.message else "")
                              + f"  {o.seconds:.1f} s", file=out)
                        getattr(out, "flush", lambda: None)()
                    outcomes = [f.result() for f in futures]
                except BaseException:
                    children.kill_all()
                    raise
        finally:
            files.remove_scratch(root)
        failed = [o for o in outcomes if not o.ok]
        print(f"{len(outcomes) - len(failed)} passed, {len(failed)} failed", file=out)
        if failed:
            return 1
        index = report.build([target / p.name for p in paths], checked.output_dir, report_dir, checked.ledger_dir, scratch_root=root,
                             ledger=ledger, pages={p: f.result() for p, f in pages.items()})
        print(f"report → {display(index)}", file=out)
        files.remove_scratch(root)
    return 0


def _interrupted(signum, frame):
    raise KeyboardInterrupt


def main_run(args) -> int:
    previous = signal.signal(signal.SIGTERM, _interrupted)
    try:
        parameters = {name: parse_value(name, value) for name, value in (args.parameter or [])}
        return run(parameters, Path(args.run_dir) if args.run_dir else None, jobs=args.jobs, timeout=args.timeout)
    except KeyboardInterrupt:
        print("interrupted: the notebooks still running were stopped; finished files are complete, the rest were "
              "not written. Run the same command again to finish.", file=sys.stderr)
        return 130
    except ParameterError as e:
        print(f"error: {one_line(str(e))}", file=sys.stderr)
        return 2
    except LedgerError as e:
        print(e, file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, previous)
