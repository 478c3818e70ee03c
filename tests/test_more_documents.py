"""The next document: added with a command, validated, run through every notebook, and the suite still
holds. And the README's own examples run."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from ledger_helpers import NEW_DOCUMENT, append_new_rows, copy_ledger
from loss_claims import load_ledger
from loss_claims.cli import main
from loss_claims.paths import PROJECT_ROOT

SEED_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")


def test_add_document_copies_the_text_and_registers_it_with_the_next_id(tmp_path, capsys):
    ledger = copy_ledger(tmp_path / "ledger")
    before = load_ledger(ledger).documents
    code = main(["add-document", str(NEW_DOCUMENT / "report.txt"), "--ledger", str(ledger), "--kind", "news_article",
                 "--published", "2024-12"])
    assert code == 0, capsys.readouterr().err
    docs = load_ledger(ledger).documents  # still a valid ledger: a document may have no claims yet
    new = docs.iloc[-1]
    assert len(docs) == len(before) + 1
    assert int(new["document_id"][4:]) == max(int(d[4:]) for d in before["document_id"]) + 1
    assert SEED_NAME.match(new["file"]) and new["file"][4:20] == new["sha256"][:16]
    assert (ledger / "seeds" / new["file"]).read_bytes() == (NEW_DOCUMENT / "report.txt").read_bytes()
    assert new["title"].startswith("FABRICATED TEST TEXT") and new["published_precision"] == "month"
    assert str(new["published_start"].date()) == "2024-12-01" and str(new["published_end"].date()) == "2024-12-31"
    capsys.readouterr()
    assert main(["add-document", str(NEW_DOCUMENT / "report.txt"), "--ledger", str(ledger)]) == 2
    assert f"already registered as {new['document_id']}" in capsys.readouterr().err
    assert len(load_ledger(ledger).documents) == len(docs)


@pytest.mark.parametrize("args, message", [
    (["--kind", "tweet"], "--kind: 'tweet' is not valid; valid choices: news_article"),
    (["--published", "20 Dec 2024"], "--published: '20 Dec 2024' is not a date; give YYYY-MM-DD, YYYY-MM or YYYY"),
])
def test_add_document_refuses_bad_options_and_writes_nothing(tmp_path, capsys, args, message):
    ledger = copy_ledger(tmp_path / "ledger")
    before = sorted(p.name for p in (ledger / "seeds").iterdir()), (ledger / "documents.csv").read_bytes()
    assert main(["add-document", str(NEW_DOCUMENT / "report.txt"), "--ledger", str(ledger), *args]) == 2
    assert message in capsys.readouterr().err
    assert (sorted(p.name for p in (ledger / "seeds").iterdir()), (ledger / "documents.csv").read_bytes()) == before


def _copy_project(dest: Path) -> Path:
    ignore = shutil.ignore_patterns(".venv", ".git", "runs", "report", "__pycache__", "*.egg-info", ".pytest_cache",
                                    ".hypothesis", ".loss-claims-*")
    shutil.copytree(PROJECT_ROOT, dest, ignore=ignore)
    return dest


def test_a_grown_ledger_runs_and_the_suite_holds_with_no_test_edited(tmp_path):
    """What a user does: add a document with its rows, validate, `make run`, `make test`."""
    copy = _copy_project(tmp_path / "project")
    env = {**os.environ, "PYTHONPATH": str(copy / "lib")}  # the copy's library, so its paths point at the copy

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "loss_claims", *args], cwd=copy, env=env, capture_output=True,
                              text=True, timeout=600)

    out = cli("add-document", str(NEW_DOCUMENT / "report.txt"), "--kind", "news_article", "--published", "2024-12-20")
    assert out.returncode == 0, out.stderr
    doc = re.match(r"added (doc-\d{3}): seeds/", out.stdout).group(1)
    assert not list((PROJECT_ROOT / "seeds").glob(f"{doc[4:]}_*"))  # the copy's seeds/, never this project's
    append_new_rows(copy / "data", doc)
    out = cli("validate")
    assert out.returncode == 0 and out.stdout.startswith("OK: data: "), out.stderr
    out = cli("run")
    assert out.returncode == 0 and "5 passed, 0 failed" in out.stdout, out.stdout + out.stderr
    figs = {p.stem: pd.read_csv(p, dtype=str, keep_default_na=False) for p in (copy / "figures").glob("*.csv")}
    text = {name: df.to_csv(index=False) for name, df in figs.items()}
    assert doc in text["fig01-claims-per-document"]
    assert "n03" in text["fig02-losses-claimed-by-unit"]  # the unit's incident
    assert "Yonhap" in text["fig03-relay-chains"] and "National Intelligence Service (South Korea)" in text["fig04-claims-per-claimant"]
    assert "n05" in text["fig05-contradictions"]
    totals = figs["fig06-totals-under-assumptions"]
    summed = totals[totals["basis"].str.startswith("total")]
    assert not summed["claims"].str.contains("n01").any()  # the running total is in no sum
    assert (totals.loc[totals["claims"] == "n01", "label"].str.contains("never added")).all()
    assert summed["claims"].str.contains("n04").any() and "(with vague quantities)" in text["fig06-totals-under-assumptions"]
    assert "“nearly 12,000” (10,800–11,999)" in text["fig07-losses-as-share-of-deployed"]
    # the library's tests, unchanged, on the grown ledger
    tests = subprocess.run([sys.executable, "-m", "pytest", "-q", "-o", "addopts=", "-n", "2", "-p", "no:cacheprovider",
                            "tests/test_loader.py", "tests/test_analysis.py", "tests/test_bad_ledger.py"],
                           cwd=copy, env=env, capture_output=True, text=True, timeout=900)
    assert tests.returncode == 0, tests.stdout[-3000:]


def _readme_run_examples() -> list[list[str]]:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line.split("#", 1)[0].strip() for block in re.findall(r"```sh\n(.*?)```", text, re.S) for line in block.splitlines()]
    return [shlex.split(line)[3:] for line in lines if line.startswith(".venv/bin/python -m loss_claims run ")]


README_EXAMPLES = [e for e in _readme_run_examples() if "path/to/my-ledger" not in e]  # that one: test_notebooks


def test_the_readme_shows_run_examples():
    assert README_EXAMPLES and all(e[0] == "run" for e in _readme_run_examples())


@pytest.mark.parametrize("example", README_EXAMPLES, ids=" ".join)
def test_readme_run_examples_work(example, tmp_path):
    out = subprocess.run([sys.executable, "-m", "loss_claims", *example, "--run-dir", str(tmp_path / "run")], cwd=PROJECT_ROOT,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "5 passed, 0 failed" in out.stdout and (tmp_path / "run" / "report" / "index.html").is_file()
