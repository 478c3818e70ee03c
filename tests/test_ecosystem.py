"""The project and the ecosystem's own tools agree: frictionless on the ledgers, a ledger's own descriptor."""
from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from frictionless import validate as frictionless_validate

from ledger_helpers import copy_ledger, set_cell
from loss_claims import LedgerError, load_ledger
from loss_claims.ledger.paths import DATA_DIR, PROJECT_ROOT

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "other-ledger"


def ours_valid(folder) -> bool:
    try:
        load_ledger(folder)
        return True
    except LedgerError:
        return False


def with_descriptor(folder):
    """The ledger folder with its own datapackage.json, as `python -m loss_claims codebook` writes the shipped one's."""
    from loss_claims.tools.codebook import descriptor

    (folder / "datapackage.json").write_text(descriptor(folder), encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["shipped", "fixture", "broken enum", "broken type"])
def test_frictionless_and_the_project_agree_on_validity(name, tmp_path):
    folder = {"shipped": lambda: DATA_DIR, "fixture": lambda: with_descriptor(Path(shutil.copytree(FIXTURE, tmp_path / "f")))}.get(
        name, lambda: with_descriptor(copy_ledger(tmp_path / "l")))()
    if name == "broken enum":
        set_cell(folder, "claims", "c010", "measure", "dead")
    if name == "broken type":
        set_cell(folder, "claims", "c022", "best", "11,000")
    report = frictionless_validate(str(folder / "datapackage.json"))
    assert report.valid == ours_valid(folder) == (not name.startswith("broken")), report.flatten(["rowNumber", "fieldName", "type"])


def test_a_ledger_descriptor_that_differs_from_the_project_schema_is_refused_by_name(tmp_path):
    folder = with_descriptor(copy_ledger(tmp_path / "l"))
    assert ours_valid(folder)  # the same schema: used
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["title"] = "My own ledger"  # package metadata may differ
    claims = next(r for r in descriptor["resources"] if r["name"] == "claims")
    measure = next(f for f in claims["schema"]["fields"] if f["name"] == "measure")
    measure["constraints"]["enum"].append("dead")
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(LedgerError) as e:
        load_ledger(folder)
    assert any("datapackage.json: differs from the project's schema" in str(p) and "resource 'claims': field 'measure' differs "
               "(constraints)" in str(p) for p in e.value.problems), e.value


def test_the_shipped_descriptor_carries_version_sources_licences_and_contributors():
    d = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    assert d["version"] and d["sources"] and d["licenses"] and d["contributors"]
    assert (PROJECT_ROOT / "CHANGELOG.md").read_text(encoding="utf-8").count(f"## {d['version']}") == 1  # the corrections log names it


@pytest.mark.e2e
def test_a_plain_install_as_binder_makes_it_loads_a_ledger_by_path_and_runs_a_notebook_with_papermill(tmp_path):
    """Binder's way: requirements.txt, then postBuild's plain (non-editable) install into a fresh environment outside
    the checkout. The pinned dependencies come from this project's environment (a .pth file), so nothing is
    downloaded; the library must come from the fresh environment's site-packages, never from the checkout."""
    import os
    import site
    import subprocess

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    (venv / "lib" / "python3.11" / "site-packages" / "deps.pth").write_text(site.getsitepackages()[0] + "\n", encoding="utf-8")
    checkout = tmp_path / "checkout"
    shutil.copytree(PROJECT_ROOT, checkout, ignore=shutil.ignore_patterns(".venv*", ".git", "runs", "report", "build", "*.egg-info",
                                                                         ".pytest_cache", ".hypothesis", "__pycache__", "figures"))
    env = {k: v for k, v in os.environ.items() if k not in ("LOSS_CLAIMS_PROJECT", "PYTHONPATH", "VIRTUAL_ENV")}
    env.update(PATH=f"{venv / 'bin'}{os.pathsep}{env['PATH']}", NB_PYTHON_PREFIX=str(venv))
    subprocess.run(["./postBuild"], cwd=checkout, env=env, check=True, capture_output=True)
    assert (venv / "share" / "jupyter" / "lab" / "settings" / "overrides.json").is_file()
    python = venv / "bin" / "python"
    where = subprocess.run([str(python), "-c", "import loss_claims; print(loss_claims.__file__)"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(venv)), where
    meta = next((venv / "lib" / "python3.11" / "site-packages").glob("loss_claims-*.dist-info"))
    requires = [line for line in (meta / "METADATA").read_text(encoding="utf-8").splitlines() if line.startswith("Requires-Dist:")]
    assert {r.split()[1].split(">")[0].split("<")[0] for r in requires} >= {"pandas", "matplotlib", "pandera", "papermill", "nbformat"}

    # outside any checkout: the command says so in one line; a ledger folder given by path loads with its own seeds
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(DATA_DIR, elsewhere / "ledger")
    shutil.copytree(PROJECT_ROOT / "seeds", elsewhere / "ledger" / "seeds")
    out = subprocess.run([str(venv / "bin" / "loss-claims"), "validate"], capture_output=True, text=True, env=env, cwd=elsewhere)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("loss-claims: no checkout of the project here")
    loaded = subprocess.run([str(python), "-c", "from loss_claims import load_ledger; print(len(load_ledger('ledger').claims))"],
                            capture_output=True, text=True, env=env, cwd=elsewhere)
    assert loaded.returncode == 0 and int(loaded.stdout) == len(load_ledger().claims), loaded.stderr

    # in the checkout, as Binder opens it: a notebook run by papermill from its folder writes its figures
    notebook = next((checkout / "notebooks").glob("01-*.ipynb"))
    run = subprocess.run([str(python), "-m", "papermill", notebook.name, str(tmp_path / "out.ipynb"), "-p", "output_dir",
                          str(tmp_path / "figures"), "--no-progress-bar"], cwd=notebook.parent, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    assert sorted(p.suffix for p in (tmp_path / "figures").glob("fig01-*")) == [".csv", ".png", ".png", ".svg", ".svg", ".txt"]


def lock_problems(text: str) -> list[str]:
    """The lines of a lock file that name a machine (an index option, a local wheel folder, a file:// URL, an absolute
    path) or pin loosely."""
    wanted = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    return [line for line in wanted if line.startswith("-") or "file:" in line or re.search(r"(^|\s)(/|[A-Za-z]:\\)", line)
            or not re.fullmatch(r"[A-Za-z0-9._-]+==[A-Za-z0-9.+!-]+", line)]


def test_the_lock_file_names_nothing_of_this_machine_and_pins_every_package():
    """requirements.txt is what a user's pip reads; ``make requirements`` regenerates it the same way."""
    text = (PROJECT_ROOT / "requirements.txt").read_text(encoding="utf-8")
    assert lock_problems(text) == []
    required = {re.split(r"[<>=!~ \[]", line)[0].lower() for line in (PROJECT_ROOT / "requirements.in").read_text(encoding="utf-8")
                .splitlines() if line.strip() and not line.startswith("#")}
    pinned = {line.split("==")[0].lower() for line in text.splitlines() if "==" in line}
    assert required <= pinned and {"jupyterlab", "pandas", "matplotlib", "nbval", "papermill"} <= pinned
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    assert all(option in makefile for option in ("--no-emit-index-url", "--no-emit-find-links", "--no-emit-trusted-host"))


@pytest.mark.parametrize("line", ["--extra-index-url file:///opt/pypi/simple", "--find-links /opt/wheels", "pandas @ file:///tmp/p.whl",
                                  "/home/me/wheels/pandas-3.1.whl", "C:\\wheels\\pandas-3.1.whl", "pandas>=3", "-e ."])
def test_a_machine_line_or_a_loose_pin_in_the_lock_file_is_caught(line):
    assert lock_problems(f"pandas==3.1.0\n{line}\n    # via x\n") == [line]


def test_make_nbdime_lets_git_diff_show_a_notebooks_cells_in_a_plain_shell(tmp_path):
    """`make nbdime` names the drivers by absolute path: `git diff` works with no environment activated (PATH without
    .venv/bin). It configures the repository git is pointed at (GIT_DIR): here a scratch one, never this checkout."""
    import os
    import subprocess

    repo = tmp_path / "repo"
    git = ["git", "-c", "user.name=u", "-c", "user.email=u@example.invalid"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    shutil.copy(PROJECT_ROOT / ".gitattributes", repo / ".gitattributes")
    notebook = next((PROJECT_ROOT / "notebooks").glob("01-*.ipynb"))
    shutil.copy(notebook, repo / "n.ipynb")
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "notebook"], cwd=repo, check=True)
    make = subprocess.run(["make", "-s", "-C", str(PROJECT_ROOT), "-o", ".venv/.installed", "nbdime"], capture_output=True, text=True,
                          env={**os.environ, "GIT_DIR": str(repo / ".git")})
    assert make.returncode == 0, make.stderr
    text = (repo / "n.ipynb").read_text(encoding="utf-8")
    (repo / "n.ipynb").write_text(text.replace("# Inputs", "# Inputs, changed", 1), encoding="utf-8")
    plain = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    diff = subprocess.run(["git", "diff", "--no-color"], cwd=repo, env=plain, capture_output=True, text=True)
    assert diff.returncode == 0, diff.stderr
    shown = re.sub(r"\x1b\[[0-9;]*m", "", diff.stdout)  # nbdime colours its diff whatever git is told
    assert "## modified /cells/" in shown and "+# Inputs, changed" in shown, shown[:2000]
    own = subprocess.run(["git", "config", "--get", "diff.jupyternotebook.command"], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert str(repo) not in own.stdout


def _readme_test_command() -> str:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    commands = [line.split("#")[0].strip() for block in re.findall(r"```(?:sh)?\n(.*?)```", text, re.S) for line in block.splitlines()]
    return next(c for c in commands if c.startswith("make test"))


def test_ci_here_and_in_a_fork_run_exactly_the_readmes_test_command():
    import yaml

    command = _readme_test_command()
    here = [line for line in (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#") and not line.startswith(("set ", "cd "))]
    assert here == [command]
    workflow = yaml.safe_load((PROJECT_ROOT / ".github" / "workflows" / "tests.yml").read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    assert job["container"].startswith("python:3.11")
    runs = [s["run"].strip() for s in job["steps"] if "run" in s]
    assert runs == [command]
    cache = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/cache@"))
    assert ".venv" in cache["with"]["path"] and "requirements.txt" in cache["with"]["key"]
    assert (PROJECT_ROOT / "runtime.txt").read_text(encoding="utf-8").strip() == "python-3.11"


def test_the_pre_commit_hooks_are_the_projects_own_tools_and_the_notebook_hook_names_a_cell_run_out_of_order(tmp_path, capsys):
    import nbformat
    import yaml

    from loss_claims.tools.cli import main

    hooks = [h for repo in yaml.safe_load((PROJECT_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"]
             for h in repo["hooks"]]
    assert {h["id"] for h in hooks} == {"ruff", "notebooks-executed"}
    for hook in hooks:
        assert (PROJECT_ROOT / hook["entry"].split()[0]).is_file(), hook
    assert main(["check-notebooks"]) == 0 and capsys.readouterr().out == ""  # the committed notebooks, as nbval needs them
    nb = nbformat.read(next((PROJECT_ROOT / "notebooks").glob("01-*.ipynb")), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    code[2].execution_count, code[3].execution_count = code[3].execution_count, code[2].execution_count
    code[-1].execution_count = None
    path = tmp_path / "01-changed.ipynb"
    nbformat.write(nb, path)
    assert main(["check-notebooks", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{path}: cell ") for line in lines), lines
    assert "expected [" in lines[0] and "never run" in lines[1]


def test_the_readme_is_short_names_every_notebook_and_links_only_to_files_that_exist():
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert len(re.findall(r"\S+", text)) <= 1500
    for heading in ("Two commands", "The notebooks", "How to add a document", "When something is wrong", "Caveats",
                    "Licence and citation"):
        assert re.search(rf"^## {heading}$", text, re.M), heading
    assert _readme_test_command() == "make test" and "make run" in text
    for listed in re.findall(r"^\| `(\d\d-[a-z0-9-]+)` \|", text, re.M):  # no stale entry (a new notebook needs no README edit)
        assert (PROJECT_ROOT / "notebooks" / f"{listed}.ipynb").is_file(), listed
    for page in [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").glob("*.md")), PROJECT_ROOT / "benchmarks" / "README.md"]:
        for target in re.findall(r"\]\(([^)#]+)\)", page.read_text(encoding="utf-8")):
            if not target.startswith(("http://", "https://")):
                assert (page.parent / target).exists(), (page.name, target)
