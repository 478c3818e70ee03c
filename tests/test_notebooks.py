"""The notebook sequence: structure, parameters, the runner, reproducibility, another ledger."""
from __future__ import annotations

import ast
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

from loss_claims.ledger import files
from loss_claims import ParameterError
from loss_claims.tools.params import PARAMETERS, validate
from loss_claims.ledger.paths import FIGURES_DIR, NOTEBOOKS_DIR, PROJECT_ROOT
from loss_claims.tools.runner import notebooks

NOTEBOOKS = notebooks()
FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "other-ledger"


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def cli(*args: str, capsys) -> tuple[int, str]:
    """``python -m loss_claims ARGS`` in this process: (exit status, what it printed on stderr)."""
    from loss_claims.tools.cli import main

    code = main(list(args))
    return code, capsys.readouterr().err


def run_cli(*args: str, cwd: Path = PROJECT_ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "loss_claims", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env=env)


def test_the_notebooks_are_numbered_in_sequence_with_verb_first_names():
    assert NOTEBOOKS and [int(p.name[:2]) for p in NOTEBOOKS] == list(range(1, len(NOTEBOOKS) + 1))
    verbs = {"summarize", "chart", "compare", "track", "list", "map", "check", "count", "find"}
    assert all(p.stem.split("-")[1] in verbs for p in NOTEBOOKS), [p.name for p in NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_layout_and_parameters(path):
    nb = nbformat.read(path, as_version=4)
    cells = nb.cells
    assert cells[0].cell_type == "markdown" and cells[0].source.startswith("# ")
    for needle in ("**Question:**", "**Documents:**", "**Reads:**", "**Writes:**", "**Caveats:**"):
        assert needle in cells[0].source
    assert "parameters" in cells[1].metadata.get("tags", [])
    # papermill sees exactly the library's parameters, with their types, defaults and help
    inferred = papermill.inspect_notebook(str(path))
    assert {n: (p["inferred_type_name"], p["default"], p["help"]) for n, p in inferred.items()} == {
        n: (t.__name__, repr(d), h) for n, (t, d, h) in PARAMETERS.items()
    }
    # the cell after the parameters is the set-up: one call, given the notebook's namespace (so every parameter)
    calls = [n for n in ast.walk(ast.parse(cells[3].source)) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "setup"]
    assert len(calls) == 1 and ast.unparse(calls[0]) == "setup(globals())"
    # short code cells, each introduced by one markdown sentence
    for before, cell in zip(cells[4:], cells[5:]):
        if cell.cell_type == "code":
            assert before.cell_type == "markdown"
    # committed exactly as executed: counts 1..n, no errors, no papermill timings
    code = [c for c in cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    assert not any(o.output_type == "error" for c in code for o in c.outputs)
    assert "papermill" not in nb.metadata and not any("papermill" in c.metadata for c in cells)


# a bad value for every parameter: as papermill passes it (typed), and as the runner's -p takes it (text;
# None where every string is valid, as for a folder to write to). Every one is refused by the notebooks' set-up
# (in this process, as papermill would pass it) and by the runner; two go through papermill itself.
BAD_VALUES = [
    ("whose_losses", "martians", "martians", "valid choices: all, north_korean"),
    ("measures", "killed,dead", "killed,dead", "valid choices: all, killed, wounded"),
    ("include_contested", "yes", "yes", "valid choices: True, False"),
    ("figure_formats", "png,gif", "png,gif", "valid choices: png, svg, pdf"),
    ("ledger_dir", "/no/such/ledger", "/no/such/ledger", "no such folder"),
    ("output_dir", 42, None, "give a folder path as a string"),
    ("include_other_conflicts", "maybe", "maybe", "valid choices: True, False"),
    ("include_other_areas", "perhaps", "perhaps", "valid choices: True, False"),
    ("include_ungraded", 1, "1", "valid choices: True, False"),
    ("as_of", "31/01/2025", "31/01/2025", "give a date as YYYY-MM-DD"),
    ("as_of", "2025-02-30", "2025-02-30", "it is not a real date"),
]


def test_every_parameter_has_a_bad_value_tested():
    assert {b[0] for b in BAD_VALUES} == set(PARAMETERS)


@pytest.mark.parametrize("name, value, valid", [(n, v, ok) for n, v, _, ok in BAD_VALUES], ids=[f"{b[0]}={b[1]!r}" for b in BAD_VALUES])
def test_a_bad_parameter_value_stops_the_set_up_with_a_message(name, value, valid):
    from loss_claims import setup

    with pytest.raises(ParameterError) as e:
        setup({**{n: d for n, (_, d, _) in PARAMETERS.items()}, name: value})
    assert f"parameter '{name}'" in str(e.value) and repr(value) in str(e.value) and valid in str(e.value)


@pytest.mark.e2e
@pytest.mark.parametrize("i", [0, 9], ids=["typed", "date"])
def test_papermill_stops_the_notebook_at_its_set_up_cell(i, tmp_path):
    name, value, _, valid = BAD_VALUES[i]
    with pytest.raises(papermill.PapermillExecutionError) as e:
        papermill.execute_notebook(str(NOTEBOOKS[i % len(NOTEBOOKS)]), str(tmp_path / "out.ipynb"), parameters={name: value},
                                   cwd=str(NOTEBOOKS_DIR), progress_bar=False)
    assert e.value.ename == "ParameterError"
    assert f"parameter '{name}'" in e.value.evalue and repr(value) in e.value.evalue and valid in e.value.evalue
    assert e.value.exec_count == 3  # stopped at the set-up cell, right after the injected parameters


def test_runner_refuses_an_unknown_parameter_name(tmp_path, capsys):
    code, err = cli("run", "-p", "colour", "red", "--run-dir", str(tmp_path / "run"), capsys=capsys)
    assert code == 2
    assert "unknown parameter 'colour'; valid names: ledger_dir, output_dir, whose_losses" in err
    assert not (tmp_path / "run").exists()


def test_runner_refuses_a_bad_value_before_running(tmp_path, capsys):
    code, err = cli("run", "-p", "include_contested", "perhaps", "--run-dir", str(tmp_path / "run"), capsys=capsys)
    assert code == 2
    assert "parameter 'include_contested': 'perhaps' is not valid; valid choices: True, False" in err
    code, err = cli("run", "-p", "whose_losses", "martians", "--run-dir", str(tmp_path / "run"), capsys=capsys)
    assert code == 2 and "valid choices: all, north_korean, russian" in err
    assert not (tmp_path / "run").exists()


def test_runner_refuses_to_write_figures_with_other_parameters(capsys):
    before = digest(FIGURES_DIR)
    code, err = cli("run", "-p", "whose_losses", "russian", "-p", "output_dir", str(FIGURES_DIR), capsys=capsys)
    assert code == 2 and "which only the default run writes" in err
    assert digest(FIGURES_DIR) == before


def _copy_project(dest: Path) -> Path:
    ignore = shutil.ignore_patterns(".venv", ".git", "runs", "__pycache__", "*.egg-info", ".pytest_cache", ".hypothesis")
    shutil.copytree(PROJECT_ROOT, dest, ignore=ignore)
    return dest


@pytest.mark.e2e
def test_main_command_reproduces_the_committed_notebooks_and_figures_byte_for_byte(tmp_path):
    copy = _copy_project(tmp_path / "project")
    env = {**os.environ, "PYTHONPATH": str(copy / "lib")}  # the copy's library, so its paths point at the copy
    out = run_cli("run", cwd=copy, env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"{len(NOTEBOOKS)} passed, 0 failed" in out.stdout
    assert digest(copy / "figures") == digest(FIGURES_DIR)
    assert digest(copy / "notebooks") == digest(NOTEBOOKS_DIR)
    assert not (copy / "runs").exists()
    assert "report → report/index.html" in out.stdout and (copy / "report" / "index.html").is_file()


@pytest.mark.e2e
def test_a_run_on_a_ledger_of_the_users_own_folder_keeps_their_paths_out_of_every_page(tmp_path):
    """The runner given a ledger folder outside the project: the kernels get it relative to the project, no page shows the
    user's folders, exports are spreadsheet-safe, files follow the umask, and what a killed run left is cleaned up."""
    from loss_claims.tools.runner import run

    before = (digest(FIGURES_DIR), digest(NOTEBOOKS_DIR))
    ledger = tmp_path / "home" / "alice" / "ledger"  # a user's own folder, outside the project
    shutil.copytree(FIXTURE, ledger)
    run_dir = tmp_path / "run"
    leftover = run_dir / "figures" / f".fig01-x.png.abc{files.TEMP_SUFFIX}"  # what a killed run leaves
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"")
    chosen = [p for p in NOTEBOOKS if p.name.startswith(("01-", "03-"))]  # the documents, claimants and relays
    lines: list[str] = []
    code = run({"ledger_dir": str(ledger)}, run_dir=run_dir, only=chosen, out=type("O", (), {"write": lambda s, x: lines.append(x)})())
    assert code == 0, "".join(lines)
    assert not leftover.exists() and not (run_dir / files.TEMP_DIR).exists()
    figs = run_dir / "figures"
    text = {p.name: p.read_text(encoding="utf-8") for p in figs.glob("*.csv")}
    assert "doc-101" in text["fig01-claims-per-document.csv"]
    assert "Russian state media" in text["fig04-claims-per-claimant.csv"]
    assert "'@OSINT_Watch" in text["fig03-claims-by-claimant-and-relay.csv"]  # neutralized for spreadsheets in the export only
    assert "@OSINT_Watch" in (FIXTURE / "sources.csv").read_text(encoding="utf-8").splitlines()[2].split(",")[1]
    executed = nbformat.read(run_dir / "notebooks" / chosen[0].name, as_version=4)
    assert executed.metadata["papermill"]["parameters"]["ledger_dir"] == os.path.relpath(ledger, PROJECT_ROOT)
    absolute = re.compile(r"(?<![\w.])" + re.escape(str(tmp_path)))
    shared = [*(run_dir / "notebooks").glob("*.ipynb"), *(run_dir / "report").rglob("*.html")]
    assert shared and not [p.name for p in shared if absolute.search(p.read_text(encoding="utf-8"))]
    for p in [run_dir / "report", *(run_dir / "report").iterdir(), *figs.iterdir(), *(run_dir / "notebooks").iterdir()]:
        assert p.stat().st_mode & 0o777 == (files.dir_mode() if p.is_dir() else files.file_mode()), p
    assert (digest(FIGURES_DIR), digest(NOTEBOOKS_DIR)) == before  # committed outputs untouched


def test_the_figures_of_another_ledger_say_what_its_claims_say(tmp_path):
    """In this process, every notebook on the fixture ledger: its 'no more than 5' is at most 5 in the sums, its troop
    figure is approximate, and its losses are set against its own side's troops only."""
    from notebook_exec import exec_notebook

    for path in NOTEBOOKS:
        exec_notebook(path, ledger_dir=str(FIXTURE), output_dir=str(tmp_path / "figs"), figure_formats="png")
    figs = tmp_path / "figs"
    assert "47th Mechanized Brigade" in (figs / "fig02-losses-claimed-by-unit.csv").read_text(encoding="utf-8")
    totals = pd.read_csv(figs / "fig06-totals-under-assumptions.csv")
    captured = totals[totals["measure"] == "captured"]
    assert list(captured["lower"]) == [0.0] and list(captured["upper"]) == [5.0] and list(captured["text"]) == ["at most 5 either way"]
    killed = totals[(totals["measure"] == "killed") & (totals["whose_losses"] == "russian")]
    assert list(killed["text"]) == ["12 either way"]
    shares = pd.read_csv(figs / "fig07-losses-as-share-of-deployed.csv")
    assert (shares["whose_losses"] == "russian").all() and shares["sub"].str.contains("≈2,000").all()


@pytest.mark.e2e
def test_a_failing_notebook_is_named_and_the_others_still_run(tmp_path, monkeypatch):
    import loss_claims.tools.runner as runner

    broken = tmp_path / "nb" / "02-break-on-purpose.ipynb"
    broken.parent.mkdir()
    nb = nbformat.read(NOTEBOOKS[1], as_version=4)
    nb.cells.insert(4, nbformat.v4.new_code_cell("raise RuntimeError('deliberate failure for the test')"))
    nbformat.write(nb, broken)
    lines: list[str] = []

    class Out:
        def write(self, s):
            lines.append(s)

    code = runner.run({"whose_losses": "north_korean"}, run_dir=tmp_path / "run", only=[NOTEBOOKS[0], broken], out=Out())
    summary = "".join(lines)
    assert code == 1, summary
    assert "FAILED 02-break-on-purpose.ipynb: RuntimeError: deliberate failure for the test" in summary, summary
    assert re.search(r"ok     01-summarize-the-ledger.ipynb  \d+\.\d s\n", summary) and "1 passed, 1 failed" in summary, summary
    assert (tmp_path / "run" / "notebooks" / NOTEBOOKS[0].name).exists()
    assert not (tmp_path / "run" / "notebooks" / broken.name).exists()  # kept aside, never as a finished notebook
    assert (tmp_path / "run" / "failed" / broken.name).exists()


@pytest.mark.parametrize("name, value, valid", [(n, cli, v) for n, _, cli, v in BAD_VALUES if cli is not None],
                         ids=[n for n, _, cli, _ in BAD_VALUES if cli is not None])
def test_runner_names_each_bad_parameter_before_running_anything(name, value, valid, tmp_path, capsys):
    from loss_claims.tools.cli import main

    assert main(["run", "-p", name, value, "--run-dir", str(tmp_path / "run")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and valid in err and f"parameter '{name}': {value!r}" in err
    assert not (tmp_path / "run").exists()


@pytest.mark.parametrize("given, expected", [(False, False), ("False", False), ("false", False), (" TRUE ", True), (True, True)])
def test_booleans_follow_one_rule_for_papermill_and_the_runner(given, expected):
    from loss_claims.tools.runner import parse_value

    assert validate(include_contested=given).include_contested is expected
    if isinstance(given, str):
        assert parse_value("include_contested", given) is expected


@pytest.mark.parametrize("given, received", [("yes", "the string 'yes'"), (1, "int 1"), ("", "the string ''")])
def test_a_bad_boolean_says_what_was_received_and_how_to_pass_one(given, received):
    with pytest.raises(ParameterError) as e:
        validate(include_ungraded=given)
    assert f"(received {received}; pass a boolean: -p include_ungraded False, or -y 'include_ungraded: false')" in str(e.value)


@pytest.mark.e2e
def test_papermill_raw_string_false_runs_and_a_changed_parameter_never_writes_figures(tmp_path):
    """`papermill … -r include_contested False` passes the string 'False': accepted. With no output_dir, a run
    with a changed parameter writes to a run folder, never to figures/."""
    before = digest(FIGURES_DIR)
    nb = tmp_path / "out.ipynb"
    papermill.execute_notebook(str(NOTEBOOKS[1]), str(nb), parameters={"include_contested": "False", "whose_losses": "russian"},
                               cwd=str(tmp_path), progress_bar=False)
    assert digest(FIGURES_DIR) == before
    params = validate(include_contested="False", whose_losses="russian")
    assert params.output_dir.parent.parent == PROJECT_ROOT / "runs" and (params.output_dir / "fig02-losses-claimed-by-unit.png").is_file()
    shutil.rmtree(params.output_dir.parent)


def test_a_run_with_parameters_keeps_them_and_gives_the_same_bytes_each_time(tmp_path):
    """papermill gives its injected-parameters cell a random id; the runner's normalizing makes it fixed, so a run
    with the same parameters and folders writes the same notebook twice."""
    from loss_claims.tools.runner import normalize

    written = []
    for n in range(2):
        nb = nbformat.read(NOTEBOOKS[0], as_version=4)
        cell = nbformat.v4.new_code_cell('whose_losses = "russian"\n', metadata={"tags": ["injected-parameters"]})
        nb.cells.insert(2, cell)
        nb.metadata["papermill"] = {"parameters": {"whose_losses": "russian"}, "start_time": f"2026-01-0{n + 1}"}
        path = tmp_path / f"{n}.ipynb"
        nbformat.write(nb, path)
        written.append(normalize(path, keep_parameters=True))
    assert written[0] == written[1]
    kept = nbformat.reads(written[0].decode("utf-8"), as_version=4)
    assert kept.metadata["papermill"] == {"parameters": {"whose_losses": "russian"}}
    assert kept.cells[2].id == "injected-parameters"
