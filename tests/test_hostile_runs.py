"""Hostile and careless runs: a run never deletes, reads or writes where it should not.

Each test answers one row of the hostile-input probe; the ledger mistakes themselves are in
test_bad_ledger.py.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from ledger_helpers import copy_ledger, set_cell
from loss_claims import ParameterError
from loss_claims.ledger import files
from loss_claims.tools import safety
from loss_claims.tools import report
from loss_claims.tools.cli import main
from loss_claims.tools.params import validate
from loss_claims.ledger.paths import DATA_DIR, FIGURES_DIR, NOTEBOOKS_DIR, PROJECT_ROOT, SEEDS_DIR
from loss_claims.tools.runner import run_folder_name
from loss_claims.ledger.schema import load_schema


def run_main(*args: str, capsys) -> tuple[int, str]:
    code = main(["run", *args])
    return code, capsys.readouterr().err


# --- 1. a run never deletes what the project did not write, and never writes into sources --------
def test_a_report_folder_the_project_did_not_write_is_left_alone(tmp_path, capsys):
    chapter = tmp_path / "report" / "chapter1.md"
    chapter.parent.mkdir()
    chapter.write_text("my own work", encoding="utf-8")
    code, err = run_main("--run-dir", str(tmp_path), capsys=capsys)
    assert code == 2
    assert err.startswith("error: ") and "exists and was not written by this project" in err and "nothing was deleted" in err
    assert chapter.read_text(encoding="utf-8") == "my own work"
    assert not (tmp_path / "notebooks").exists()  # refused before anything ran


def test_a_report_folder_the_project_wrote_is_replaced(tmp_path):
    target = tmp_path / "report"
    for n in range(2):
        staging = files.temp_dir(tmp_path) / "report"
        staging.mkdir()
        (staging / "index.html").write_text(f"run {n}", encoding="utf-8")
        safety.replace_owned_folder(staging, target)
    assert (target / "index.html").read_text(encoding="utf-8") == "run 1" and (target / safety.MARKER).is_file()


DANGEROUS = {
    "root of the file system": ["--run-dir", "/"],
    "project root": ["--run-dir", str(PROJECT_ROOT)],
    "parent of the project": ["--run-dir", str(PROJECT_ROOT.parent)],
    "notebooks/ as run folder": ["--run-dir", str(NOTEBOOKS_DIR)],
    "output into notebooks/": ["-p", "output_dir", str(NOTEBOOKS_DIR)],
    "output into data/": ["-p", "output_dir", str(DATA_DIR / "figs")],
    "output into seeds/": ["-p", "output_dir", str(SEEDS_DIR)],
    "output into lib/": ["-p", "output_dir", str(PROJECT_ROOT / "lib")],
    "output /": ["-p", "output_dir", "/"],
}


#: What the suite's other workers may create or remove in the project meanwhile (pytest's and hypothesis's caches, nbval's
#: atomic writes of the figures): never compared, since this test runs beside them. The runner's own writes are caught
#: where they would start instead (below).
_CONCURRENT = {".hypothesis", ".pytest_cache", "__pycache__", files.TEMP_DIR}


def _listing(folder: Path) -> list[str]:
    return sorted(x.name for x in folder.iterdir() if x.name not in _CONCURRENT and not x.name.endswith(files.TEMP_SUFFIX))


@pytest.mark.parametrize("case", DANGEROUS, ids=str)
def test_dangerous_run_and_output_folders_are_refused_in_one_line(case, capsys, monkeypatch):
    writes = []
    for name in ("make_dirs", "temp_dir", "atomic_write"):  # every folder or file a run makes goes through these
        monkeypatch.setattr(files, name, lambda *a, _name=name, **k: writes.append((_name, a)))
    monkeypatch.setattr(safety, "run_lock", lambda *a, **k: writes.append(("run_lock", a)))
    before = {p: _listing(p) for p in (Path("/"), PROJECT_ROOT, NOTEBOOKS_DIR, FIGURES_DIR)}
    code, err = run_main(*DANGEROUS[case], capsys=capsys)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error: ") and "choose a folder of its own for the outputs" in err
    assert writes == []  # refused before anything was made
    assert {p: _listing(p) for p in before} == before


def test_papermill_runs_get_the_same_folder_checks():
    """The check lives in the parameters' validation, so a notebook run straight with papermill has it too."""
    for bad in ("/", str(PROJECT_ROOT), str(NOTEBOOKS_DIR), "seeds"):
        with pytest.raises(ParameterError, match="choose a folder of its own"):
            validate(output_dir=bad)


# --- 3. the report copies the declared tables only, never through a link, made spreadsheet-safe ----
def test_report_copies_only_declared_tables_and_makes_them_spreadsheet_safe(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    (tmp_path / "shadow").write_text("root:$6$secret", encoding="utf-8")
    (ledger / "shadow.csv").symlink_to(tmp_path / "shadow")
    set_cell(ledger, "sources", "cnn", "description", '=HYPERLINK("http://x.invalid","click")')
    index = report.build([NOTEBOOKS_DIR / "01-summarize-the-ledger.ipynb"], FIGURES_DIR, tmp_path / "report", ledger)
    copied = sorted(p.name for p in (index.parent / "data").iterdir())
    assert copied == sorted(r.path for r in load_schema().resources)  # the schema's tables (the lexicon from the library's)
    assert "shadow" not in index.read_text(encoding="utf-8")
    shipped = pd.read_csv(index.parent / "data" / "sources.csv", dtype=str, keep_default_na=False)
    original = pd.read_csv(ledger / "sources.csv", dtype=str, keep_default_na=False)  # the ledger itself is untouched
    assert shipped.loc[shipped["source_id"] == "cnn", "description"].item() == "'=HYPERLINK(\"http://x.invalid\",\"click\")"
    assert original.loc[original["source_id"] == "cnn", "description"].item() == "=HYPERLINK(\"http://x.invalid\",\"click\")"
    assert not any(v.startswith(files.FORMULA_START) for col in shipped for v in shipped[col])
    # 5. modes follow the umask (mkdtemp alone gives 700)
    assert (index.parent.stat().st_mode & 0o777) == files.dir_mode()
    assert (index.stat().st_mode & 0o777) == files.file_mode()


# --- 4. text from the ledger is drawn as written, never as mathtext ----------------------------
def test_dollar_signs_in_ledger_text_are_drawn_literally(tmp_path):
    from types import SimpleNamespace

    from loss_claims import charts

    charts.use_style()
    labels = ["funded with $2m by one donor and $1m by another", r"$\alpha$ unit"]
    rows = pd.DataFrame({"panel": r"$\frac{1}{0}$ and $ unmatched", "row": labels, "qualifier": "exact", "lower": [1.0, 2.0],
                         "upper": [1.0, 2.0], "text": ["$1", "$2"], "claim_id": ["a", "b"]})
    frame = charts.Frame(headline="$x$ headline", subtitle="$y$", source="$z$")
    params = SimpleNamespace(output_dir=tmp_path, figure_formats=("png", "svg"))
    charts.strip(rows, frame, "fig99-dollars", params, alt="alt")  # mathtext would raise ParseException
    svg = (tmp_path / "fig99-dollars.svg").read_text(encoding="utf-8")
    assert "$2m" in svg and "$1m" in svg and r"$\alpha$ unit" in svg and (tmp_path / "fig99-dollars.png").stat().st_size > 0


# --- 5. modes follow the umask --------------------------------------------------------------------
@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_written_files_and_folders_follow_the_umask(tmp_path, mask):
    old = os.umask(mask)
    try:
        files.atomic_write(tmp_path / "a" / "fig.png", b"x")
        scratch = files.temp_dir(tmp_path)
    finally:
        os.umask(old)
    assert (tmp_path / "a" / "fig.png").stat().st_mode & 0o777 == 0o666 & ~mask
    assert scratch.stat().st_mode & 0o777 == 0o777 & ~mask


# --- 6. leftovers, interruption, concurrent runs ------------------------------------------------
def test_temporary_names_are_never_collected_by_pytest():
    """nbval collects every *.ipynb below notebooks/ and pytest skips folders starting with '.'."""
    import tomllib

    assert not files.TEMP_SUFFIX.endswith((".ipynb", ".py")) and files.TEMP_DIR.startswith(".")
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert ".*" in config["tool"]["pytest"]["ini_options"]["norecursedirs"]
    names = [f"notebooks/{files.TEMP_DIR}/x.ipynb", f"figures/.fig01.png.abc{files.TEMP_SUFFIX}", safety.LOCK]
    ignored = subprocess.run(["git", "check-ignore", "--no-index", *names], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert ignored.stdout.split() == names


def test_leftovers_of_a_killed_run_are_removed_and_nothing_else(tmp_path):
    leftovers = [tmp_path / files.TEMP_DIR / "abc" / "01-x.ipynb", tmp_path / f".fig01.png.xyz{files.TEMP_SUFFIX}"]
    for p in leftovers:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"")
    mine = [tmp_path / ".keep", tmp_path / "fig01.png", tmp_path / "notes.loss-claims-tmp.txt"]
    for p in mine:
        p.write_bytes(b"mine")
    safety.clean_leftovers(tmp_path)
    assert not any(p.exists() for p in leftovers) and not (tmp_path / files.TEMP_DIR).exists()
    assert all(p.read_bytes() == b"mine" for p in mine)


def test_a_second_run_on_the_same_folder_is_refused_while_the_first_holds_it(tmp_path, capsys):
    with safety.run_lock(tmp_path / "run"):
        code, err = run_main("--run-dir", str(tmp_path / "run"), capsys=capsys)
    assert code == 2 and f"another run (process {os.getpid()}) is writing to" in err
    assert not (tmp_path / "run" / "notebooks").exists()


def _children_of(runner_pid: int) -> list[int]:
    """Processes started for the runner's notebooks: papermill children (argv names the runner) and their kernels."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
            stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if any(a.endswith(b"/loss_claims/tools/_child.py") for a in argv) and str(runner_pid).encode() in argv:
            found.append(int(proc.name))
        elif int(stat[1]) in found:
            found.append(int(proc.name))
    return found


def test_sigint_stops_the_run_its_notebooks_and_says_so_in_one_line(tmp_path):
    run_dir = tmp_path / "run"
    proc = subprocess.Popen([sys.executable, "-m", "loss_claims", "run", "--run-dir", str(run_dir), "--jobs", "2"],
                            cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not _children_of(proc.pid) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    assert _children_of(proc.pid), "the notebooks never started"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.count("\n") == 1 and err.startswith("interrupted: ") and "Traceback" not in err
    time.sleep(1)
    assert _children_of(proc.pid) == []
    assert not (run_dir / files.TEMP_DIR).exists()
    for done in (run_dir / "notebooks").glob("*.ipynb"):  # a notebook that finished before the signal is whole; nothing
        nb = nbformat.read(done, as_version=4)             # half-written was put in place
        assert all(c.get("execution_count") for c in nb.cells if c.cell_type == "code"), done.name


# --- 11. run folders differ when their inputs differ ----------------------------------------------
def test_run_folder_names_differ_for_ledgers_with_the_same_folder_name(tmp_path):
    a = run_folder_name({"ledger_dir": str(tmp_path / "project1" / "data")})
    b = run_folder_name({"ledger_dir": str(tmp_path / "project2" / "data")})
    assert a != b and a.startswith("ledger_dir-data-") and b.startswith("ledger_dir-data-")
    assert run_folder_name({"whose_losses": "russian"}) == run_folder_name({"whose_losses": "russian"})
