"""A user's own copy: documents added with the commands a user runs, with the natural ids of the bodies real reports
name (kr-nis, yonhap), flow through the validator, the notebooks and the report, and the copy's own suite stays
green with no test edited. And adding a document refuses what it must."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pandas as pd
import pytest

from browser import check_gallery
from ledger_helpers import DEFINES, ID_COLUMNS, REAL_REPORTING, copy_ledger, fresh_ids, read_rows, write_rows
from loss_claims import load_ledger
from loss_claims.ledger.paths import PROJECT_ROOT
from loss_claims.tools.cli import main
from loss_claims.tools.runner import notebooks
from notebook_exec import declared_figures

HOSTILE_UNIT = "Unit <img src=x onerror=alert(1)> [click](javascript:alert(1)) `x` \u202e74"
HOSTILE_SOURCE = "Outlet \x1b[2J\x1b[31m faked"
SEED_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
@pytest.fixture
def text(tmp_path) -> Path:
    """A text no ledger holds yet: a fixture's words with a line of this test's own."""
    path = tmp_path / "report.txt"
    source = next((REAL_REPORTING / "texts").glob("01-*.txt")).read_text(encoding="utf-8")
    path.write_text(source + f"\n[Test copy {uuid.uuid4()}]\n", encoding="utf-8")
    return path


def test_add_document_copies_the_text_and_registers_it_with_the_next_id(tmp_path, capsys, text):
    ledger = copy_ledger(tmp_path / "ledger")
    before = load_ledger(ledger).documents
    code = main(["add-document", str(text), "--ledger", str(ledger), "--kind", "wire_report", "--published", "2025-01"])
    assert code == 0, capsys.readouterr().err
    docs = load_ledger(ledger).documents  # still a valid ledger: a document may have no claims yet
    new = docs.iloc[-1]
    assert len(docs) == len(before) + 1
    assert int(new["document_id"][4:]) == max(int(d[4:]) for d in before["document_id"]) + 1
    assert SEED_NAME.match(new["file"]) and new["file"][4:20] == new["sha256"][:16]
    assert (ledger / "seeds" / new["file"]).read_bytes() == text.read_bytes()
    assert new["title"] == text.read_text(encoding="utf-8").splitlines()[0] and new["published_precision"] == "month"
    assert str(new["published_start"].date()) == "2025-01-01" and str(new["published_end"].date()) == "2025-01-31"
    capsys.readouterr()
    assert main(["add-document", str(text), "--ledger", str(ledger)]) == 2
    assert f"already registered as {new['document_id']}" in capsys.readouterr().err
    assert len(load_ledger(ledger).documents) == len(docs)


@pytest.mark.parametrize("args, message", [
    (["--kind", "tweet"], "--kind: 'tweet' is not valid; valid choices: news_article"),
    (["--published", "20 Dec 2024"], "--published: '20 Dec 2024' is not a date; give YYYY-MM-DD, YYYY-MM or YYYY"),
])
def test_add_document_refuses_bad_options_and_writes_nothing(tmp_path, capsys, args, message, text):
    ledger = copy_ledger(tmp_path / "ledger")
    before = sorted(p.name for p in (ledger / "seeds").iterdir()), (ledger / "documents.csv").read_bytes()
    assert main(["add-document", str(text), "--ledger", str(ledger), *args]) == 2
    assert message in capsys.readouterr().err
    assert (sorted(p.name for p in (ledger / "seeds").iterdir()), (ledger / "documents.csv").read_bytes()) == before


def copy_project(dest: Path) -> Path:
    """The project as a user's clone of it: its files (not this checkout's environment, runs or report) in a git
    repository of its own."""
    ignore = shutil.ignore_patterns(".venv", ".git", "runs", "report", "__pycache__", "*.egg-info", ".pytest_cache",
                                    ".hypothesis", ".loss-claims-*")
    shutil.copytree(PROJECT_ROOT, dest, ignore=ignore)
    git = ["git", "-c", "user.name=user", "-c", "user.email=user@example.invalid", "-c", "init.defaultBranch=main"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "a user's clone"]):
        subprocess.run([*git, *args], cwd=dest, check=True, capture_output=True)
    return dest


@pytest.fixture(scope="module")
def user_copy(tmp_path_factory):
    """A copy of the project whose own ledger (data/) a user grew with the real-reporting documents, as the README says:
    add-document for each text, the curated rows appended (ids as a user would write them, made fresh only where the
    ledger already uses one), validate, run."""
    copy = copy_project(tmp_path_factory.mktemp("user") / "project")
    env = {**os.environ, "PYTHONPATH": str(copy / "lib")}  # the copy's library, so that its paths point at the copy

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "loss_claims", *args], cwd=copy, env=env, capture_output=True, text=True,
                              timeout=600)

    # `python -m loss_claims add-document TEXT --kind K --published D` for each text (one process runs the commands)
    commands = [["add-document", str(REAL_REPORTING / "texts" / d["file"]), "--kind", d["kind"], "--published", d["published"]]
                for d in read_rows(REAL_REPORTING / "documents.csv")[1]]
    out = subprocess.run([sys.executable, "-c", "import sys; from loss_claims.tools.cli import main\n"
                          f"for args in {commands!r}:\n    assert main(args) == 0, args"], cwd=copy, env=env, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    added = re.findall(r"added (doc-\d{3}): seeds/", out.stdout)
    docs = dict(zip([d["key"] for d in read_rows(REAL_REPORTING / "documents.csv")[1]], added))
    assert len(docs) == len(commands)
    data = copy / "data"
    ids = fresh_ids(data, REAL_REPORTING / "rows")
    for part in sorted((REAL_REPORTING / "rows").glob("*.csv")):
        header, existing = read_rows(data / part.name)
        _, added = read_rows(part)
        for r in added:
            for (t, column), target in ID_COLUMNS.items():
                if t == part.stem and r.get(column):
                    r[column] = ids.get(target, {}).get(r[column], r[column])
            r.update({k: docs[v[5:-1]] for k, v in r.items() if v.startswith("{doc:")})
        write_rows(data / part.name, header, existing + added)
    # a ledger received from a stranger: a unit's name carries markup and a right-to-left override, a source's a
    # terminal escape (valid, warned about, and shown as text everywhere)
    claims = read_rows(data / "claims.csv")[1]
    unit = next(r["claiming_unit_id"] for r in claims if r["claiming_unit_id"])
    header, units = read_rows(data / "units.csv")
    write_rows(data / "units.csv", header, [{**u, "name": HOSTILE_UNIT} if u["unit_id"] == unit else u for u in units])
    source = claims[0]["claimant_id"]
    header, sources = read_rows(data / "sources.csv")
    write_rows(data / "sources.csv", header, [{**r, "name": HOSTILE_SOURCE} if r["source_id"] == source else r for r in sources])
    validated = cli("validate")
    run = cli("run")
    return copy, docs, ids, validated, run, env


@pytest.mark.e2e
def test_natural_ids_of_real_bodies_are_a_users_own(user_copy):
    copy, _, ids, validated, _, _ = user_copy
    assert validated.returncode == 0 and validated.stdout.startswith("OK: data: "), validated.stderr
    sources = {r["source_id"] for r in read_rows(copy / "data" / "sources.csv")[1]}
    assert {"kr-nis", "yonhap", "kr-lawmaker-park"} <= sources  # kept as the user wrote them: no fixture prefix
    assert all(new == old or new.startswith(old + "-") for table in DEFINES for old, new in ids[table].items())


@pytest.mark.e2e
def test_the_grown_copy_runs_every_notebook_and_its_report(user_copy):
    copy, _, _, _, run, _ = user_copy
    assert run.returncode == 0 and f"{len(notebooks())} passed, 0 failed" in run.stdout, run.stdout + run.stderr
    assert (copy / "report" / "index.html").is_file() and not (copy / "runs").exists()
    assert not list((PROJECT_ROOT / "seeds").glob("00[4-9]_*"))  # the copy's seeds/, never this project's


def _csv(copy: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(copy / "figures" / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.mark.e2e
def test_no_figure_sets_one_sides_losses_against_another_sides_troops(user_copy):
    copy = user_copy[0]
    ledger = load_ledger(copy / "data", seeds_dir=copy / "seeds")
    whose = dict(zip(ledger.claims["claim_id"], ledger.claims["whose_losses"].astype(str)))
    shares = _csv(copy, "fig07-losses-as-share-of-deployed")
    assert len(shares)
    for r in shares.itertuples():
        sides = {whose[i] for i in f"{r.loss_claims} {r.troop_claims}".split()}
        assert sides == {r.whose_losses}, r


@pytest.mark.e2e
def test_no_loss_on_another_front_or_in_another_conflict_reaches_a_default_figure(user_copy):
    """The default run (the selections' own test brings them in with the options)."""
    copy = user_copy[0]
    ledger = load_ledger(copy / "data", seeds_dir=copy / "seeds")
    away = set(ledger.claims.loc[ledger.claims["area"].isin(["other_front", "whole_war"]), "claim_id"])
    other_conflict = set(ledger.claims.loc[ledger.claims["conflict"] != "russia_ukraine_war", "claim_id"])
    drawn = set(re.findall(r"[a-z0-9][a-z0-9-]*", " ".join((copy / "figures" / f"{n}.csv").read_text(encoding="utf-8")
                                                              for n in declared_figures())))
    assert away and other_conflict and not (away | other_conflict) & drawn


@pytest.mark.e2e
def test_a_figure_shows_one_claimants_estimate_changing_over_time_each_mark_with_its_date(user_copy):
    est = _csv(user_copy[0], "fig08-estimates-over-time")
    assert (est["date"] != "").all()
    changing = est.groupby(["panel", "row"])["date"].nunique()
    assert (changing >= 2).any(), est


@pytest.mark.e2e
def test_rates_projections_and_shares_are_never_on_an_axis_of_people(user_copy):
    copy = user_copy[0]
    ledger = load_ledger(copy / "data", seeds_dir=copy / "seeds")
    c = ledger.claims
    apart = set(c.loc[(c["counted_in"] != "people") | (c["modality"] != "reported"), "claim_id"])
    checked = False
    for name in declared_figures():
        rows = _csv(copy, name)
        if rows.get("axis", pd.Series(dtype=str)).ne("people").all():
            continue  # counts of claims, or shares in per cent of the force
        ids = set(re.findall(r"[a-z0-9][a-z0-9-]*", " ".join(rows.get("claim_id", pd.Series(dtype=str)).tolist()
                                                             + rows.get("claims", pd.Series(dtype=str)).tolist())))
        assert not apart & ids, (name, apart & ids)
        checked = True
    assert checked


@pytest.mark.e2e
def test_markup_and_control_characters_from_the_ledger_are_warned_about_and_shown_as_text_in_every_page(user_copy):
    copy, validated = user_copy[0], user_copy[3]
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in validated.stderr and "U+001B" in validated.stderr
    pages = {p: p.read_text(encoding="utf-8") for p in (copy / "report").rglob("*.html")}
    assert pages
    for path, text in pages.items():
        assert not re.search(r"<img[^>]*(src=.?x\b|onerror)|href=.?javascript:|<a[^>]*>click</a>", text, re.I), path
        assert "\u202e" not in text and "\x1b" not in text, path
    assert any("[U+202E]" in text and "&lt;img src=x onerror=alert(1)&gt;" in text for text in pages.values())
    for svg in (copy / "figures").glob("*.svg"):
        assert "\u202e" not in svg.read_text(encoding="utf-8"), svg


@pytest.mark.e2e
def test_the_grown_report_reads_on_a_phone_and_on_a_laptop(user_copy):
    check_gallery(user_copy[0] / "report" / "figures" / "index.html")


#: The copy's tests that read its ledger as it is (the others break a copy of it on purpose, read none of it, or are
#: end-to-end paths run once, here): what turned a user's `make test` red. nbval on the copy's notebooks is left to
#: the main suite's own nbval and byte-for-byte reproduction, which the copy's fresh run would repeat.
LEDGER_TESTS = ["tests/test_loader.py"]


@pytest.mark.e2e
def test_the_copys_own_suite_stays_green_with_no_test_edited(user_copy):
    """The copy's own tests that read its ledger, as `make test` runs them (with the copy's validity gate first)."""
    copy, env = user_copy[0], user_copy[5]
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not e2e", "-n", "0",
                          *[t for t in LEDGER_TESTS if (copy / t).exists()]], cwd=copy, env=env, capture_output=True, text=True, timeout=900)
    summary = [line for line in out.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
    assert out.returncode == 0, "\n".join(summary) or out.stdout[-3000:]
    assert re.search(r"\d+ passed", out.stdout)


@pytest.mark.e2e
def test_with_an_invalid_ledger_the_suite_stops_at_once_with_the_validators_lines_and_one_sentence(user_copy):
    copy, env = user_copy[0], user_copy[5]
    claims = copy / "data" / "claims.csv"
    good = claims.read_bytes()
    header, rows = read_rows(claims)
    rows[0]["qualifier"] = "roughly"
    write_rows(claims, header, rows)
    try:
        out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0", "tests/test_claims.py"],
                             cwd=copy, env=env, capture_output=True, text=True, timeout=300)
    finally:
        claims.write_bytes(good)
    text = out.stdout + out.stderr
    assert out.returncode == 3, text[-3000:]
    assert re.search(r"data/claims\.csv:2: qualifier: 'roughly'", text), text[-3000:]
    assert "The test suite needs a valid ledger" in text and not re.search(r"\d+ (passed|failed)", text)


def _readme_run_examples() -> list[list[str]]:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line.split("#", 1)[0].strip() for block in re.findall(r"```sh\n(.*?)```", text, re.S) for line in block.splitlines()]
    return [shlex.split(line)[3:] for line in lines if line.startswith(".venv/bin/python -m loss_claims run ")]


def test_the_readme_run_examples_name_real_parameters_and_values():
    from loss_claims.tools.params import validate
    from loss_claims.tools.runner import parse_value

    examples = _readme_run_examples()
    assert examples
    for example in examples:
        pairs = re.findall(r"-p (\S+) (\S+)", " ".join(example))
        assert pairs, example
        values = {name: parse_value(name, value) for name, value in pairs}
        validate(**{k: v for k, v in values.items() if not k.endswith("_dir")})  # a folder of the user's may not be here


def test_a_text_dropped_into_seeds_is_registered_by_the_command_the_validator_names_and_the_advice_ends(tmp_path, capsys, text):
    from loss_claims import LedgerError

    ledger = copy_ledger(tmp_path / "ledger")
    dropped = ledger / "seeds" / "from-the-web.txt"
    shutil.copy(text, dropped)
    with pytest.raises(LedgerError) as e:
        load_ledger(ledger)
    advice = next(str(p) for p in e.value.problems if "no row registers it" in str(p))
    command = shlex.split(advice.split("register it with: ", 1)[1].split(" (")[0])
    assert command[1:4] == ["-m", "loss_claims", "add-document"]
    assert main(command[3:] + ["--ledger", str(ledger)]) == 0, capsys.readouterr().err
    load_ledger(ledger)  # valid: the text was renamed into its seed name, not copied beside itself
    assert not dropped.exists()
    hint = capsys.readouterr().out
    assert "> draft.csv" not in hint and re.search(r"-m loss_claims draft \S+ --ledger \S+ > \S+/draft\.csv", hint), hint
