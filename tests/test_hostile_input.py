"""Hostile and careless input, round 3: markup and control characters from a ledger stay text, no link leads a run
or a command outside its folders, no race loses a row, no odd value gives a traceback.

The report pages of a ledger with script-bearing and right-to-left names are checked on the grown copy in
test_user_copy.py (the one end-to-end run of a user's copy); everything else here runs in this process."""
from __future__ import annotations

import io
import multiprocessing
import os
import re
import shutil
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from ledger_helpers import copy_ledger, read_rows, set_cell, write_rows
from loss_claims import LedgerError, load_ledger
from loss_claims.charts.frame import Canvas
from loss_claims.ledger.errors import Problem
from loss_claims.ledger.paths import NOTEBOOKS_DIR, PROJECT_ROOT, SEEDS_DIR
from loss_claims.ledger.text import visible
from loss_claims.tools import runner
from loss_claims.tools.cli import main
from loss_claims.tools.page import e

SCRIPT = 'Unit <img src=x onerror=alert(1)> [click](javascript:alert(1)) `x`'
RLO = "Unit \u202e47"
ESCAPE = "Outlet \x1b[2J\x1b[31mfaked"


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def problems_of(ledger: Path) -> list[str]:
    with pytest.raises(LedgerError) as e:
        load_ledger(ledger)
    return [str(p) for p in e.value.problems]


# --- 1, 11, 15: markup, bidirectional overrides and terminal escapes are shown as text -------------------------

def test_markup_from_a_ledger_is_escaped_in_every_page_and_unsafe_characters_are_shown_as_code_points():
    assert "<img" not in e(SCRIPT) and "&lt;img" in e(SCRIPT)
    assert e(RLO) == "Unit [U+202E]47" and "\x1b" not in e(ESCAPE)


def test_a_chart_draws_a_right_to_left_override_as_its_code_point():
    canvas = Canvas(680, "desktop")
    canvas.text(0, 0, RLO)
    (op,) = [op for op in canvas.ops if op[0] == "text"]
    assert op[3] == "Unit [U+202E]47"


def test_the_validator_warns_about_bidi_and_control_characters_and_prints_them_as_text(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    line = set_cell(ledger, "units", read_rows(ledger / "units.csv")[1][0]["unit_id"], "name", RLO)
    source = read_rows(ledger / "sources.csv")[1][0]["source_id"]
    set_cell(ledger, "sources", source, "name", ESCAPE)
    code, out, err = cli("validate", str(ledger))
    assert code == 0 and out.startswith("OK: ")
    assert re.search(rf"units\.csv:{line}: name: holds U\+202E RIGHT-TO-LEFT OVERRIDE", err), err
    assert "U+001B" in err and "\x1b" not in err and "\u202e" not in err


def test_a_message_naming_a_file_with_a_terminal_escape_or_a_newline_stays_one_line_of_text():
    message = str(Problem("seeds/evil\x1b[2J\nname.txt", 0, "", "x"))
    assert "\x1b" not in message and "\n" not in message and "[U+001B]" in message


# --- 2: a run folder whose subfolders link elsewhere is refused before anything is written ------------------

@pytest.mark.parametrize("link", ["notebooks", "failed", "report"])
def test_a_run_folder_whose_subfolder_links_to_the_project_is_refused(tmp_path, capsys, link):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / link).symlink_to(NOTEBOOKS_DIR if link == "notebooks" else PROJECT_ROOT / "seeds", target_is_directory=True)
    before = {p.name: p.stat().st_mtime_ns for p in NOTEBOOKS_DIR.iterdir()}
    assert main(["run", "-p", "whose_losses", "russian", "--run-dir", str(run_dir)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"--run-dir {link}/" in err and "leads out of" in err
    assert {p.name: p.stat().st_mtime_ns for p in NOTEBOOKS_DIR.iterdir()} == before


# --- 3, 4: a ledger's seeds are its own --------------------------------------------------------------------

def test_add_document_into_a_ledger_without_seeds_writes_its_own_seeds_never_the_projects(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger", with_seeds=False)
    text = tmp_path / "report.txt"
    text.write_text("Officials said 40 soldiers were killed.\n", encoding="utf-8")
    before = sorted(p.name for p in SEEDS_DIR.iterdir())
    code, _, err = cli("add-document", str(text), "--ledger", str(ledger))
    assert code == 0, err
    assert sorted(p.name for p in SEEDS_DIR.iterdir()) == before
    assert len(list((ledger / "seeds").iterdir())) == 1


def test_a_seeds_folder_that_is_a_link_is_refused_and_nothing_in_it_is_read(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger", with_seeds=False)
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(SEEDS_DIR, elsewhere)
    (ledger / "seeds").symlink_to(elsewhere, target_is_directory=True)
    problems = problems_of(ledger)
    assert any("the seeds folder is a symbolic link; nothing in it was read" in p for p in problems), problems
    assert not any("not found verbatim" in p or "no row registers it" in p for p in problems), problems


# --- 5: several add-documents at once lose nothing ------------------------------------------------------------

def _add(args):
    return main(args)


def test_concurrent_add_documents_each_get_their_own_id_and_row(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    texts = []
    for n in range(8):
        texts.append(tmp_path / f"t{n}.txt")
        texts[-1].write_text(f"Report {n}: officials said {n + 10} soldiers were killed.\n", encoding="utf-8")
    before = len(read_rows(ledger / "documents.csv")[1])
    with multiprocessing.get_context("fork").Pool(8) as pool:
        codes = pool.map(_add, [["add-document", str(t), "--ledger", str(ledger)] for t in texts])
    assert codes == [0] * 8
    rows = read_rows(ledger / "documents.csv")[1]
    assert len(rows) == before + 8 and len({r["document_id"] for r in rows}) == len(rows)
    load_ledger(ledger)


# --- 6, 7, 10: numbers and the lexicon ------------------------------------------------------------------------

def test_a_five_thousand_digit_number_is_refused_in_one_line_in_a_count_a_quote_and_a_draft(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    header, rows = read_rows(ledger / "claims.csv")
    rows[0]["best"] = "9" * 5000
    write_rows(ledger / "claims.csv", header, rows)
    problems = problems_of(ledger)
    assert any("claims.csv:2: best:" in p and "5000 digits" in p and len(p) < 300 for p in problems), problems
    text = tmp_path / "big.txt"
    text.write_text(f"Officials said {'7' * 5000} soldiers were killed.\n", encoding="utf-8")
    code, out, err = cli("draft", str(text))
    assert code == 0 and "Traceback" not in err


@pytest.mark.parametrize("phrase, low, best, message", [
    ("{N} to {N}", "", "N", "{N} appears 2 times in the phrase"),
    ("about {N} more", "M", "N", "low is 'M', but the phrase has no {M}"),
])
def test_a_lexicon_row_that_cannot_be_read_is_named_by_file_and_line(tmp_path, phrase, low, best, message):
    ledger = copy_ledger(tmp_path / "ledger")
    shutil.copy(PROJECT_ROOT / "lib" / "loss_claims" / "ledger" / "quantity_phrases.csv", ledger / "quantity_phrases.csv")
    header, rows = read_rows(ledger / "quantity_phrases.csv")
    rows.insert(0, {**rows[0], "phrase": phrase, "low": low, "best": best, "high": ""})
    write_rows(ledger / "quantity_phrases.csv", header, rows)
    problems = problems_of(ledger)
    assert any(p.startswith(f"{ledger / 'quantity_phrases.csv'}:2: phrase: ") and message in p for p in problems), problems


@pytest.mark.parametrize("words, numbers", [("1.5 million", {1_500_000}), ("3k", {3000}), ("1.000", set()),
                                            ("a hundred", {100}), ("a dozen", {12})])
def test_numbers_in_text_are_read_whole_never_as_fragments(words, numbers):
    from loss_claims.ledger.numbers import numbers_in

    assert set(numbers_in(f"officials said {words} soldiers")) == numbers


# --- 8: odd options and failing file systems get one line -----------------------------------------------------

def test_a_timeout_that_is_not_a_positive_number_is_refused_by_name(capsys):
    with pytest.raises(SystemExit) as e:
        main(["run", "--timeout", "nan"])
    assert e.value.code == 2 and "--timeout: 'nan' is not a number of seconds above 0" in capsys.readouterr().err


def test_a_folder_name_too_long_for_the_file_system_is_one_line(tmp_path):
    code, _, err = cli("run", "--run-dir", str(tmp_path / ("x" * 300)))
    assert code == 2 and err.count("\n") == 1 and "File name too long" in err and "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_run_folder_is_one_line(tmp_path):
    run_dir = tmp_path / "run"
    run_dir.mkdir(mode=0o500)
    code, _, err = cli("run", "-p", "whose_losses", "russian", "--run-dir", str(run_dir))
    assert code == 2 and err.count("\n") == 1 and "Permission denied" in err


def test_a_full_disk_while_writing_is_one_line(tmp_path, monkeypatch):
    from loss_claims.ledger import files

    def full(*_, **__):
        raise OSError(28, "No space left on device", str(tmp_path / "ledger" / "seeds" / "x.txt"))

    ledger = copy_ledger(tmp_path / "ledger")
    text = tmp_path / "t.txt"
    text.write_text("A report.\n", encoding="utf-8")
    monkeypatch.setattr(files, "atomic_write", full)
    code, _, err = cli("add-document", str(text), "--ledger", str(ledger))
    assert code == 2 and err.count("\n") == 1 and "No space left on device" in err


@pytest.mark.parametrize("damage, words", [
    (lambda b: b.replace(b"North", b"\x93North", 1), "cannot be read (UnicodeDecodeError)"),
    (lambda b: b.replace(b"sha256", b"hash", 1), "has no sha256 column"),
])
def test_add_document_on_a_documents_table_it_cannot_read_says_so_and_names_the_validator(tmp_path, damage, words):
    ledger = copy_ledger(tmp_path / "ledger")
    table = ledger / "documents.csv"
    table.write_bytes(damage(table.read_bytes()))
    text = tmp_path / "t.txt"
    text.write_text("A report.\n", encoding="utf-8")
    code, _, err = cli("add-document", str(text), "--ledger", str(ledger))
    assert code == 2 and words in err and "-m loss_claims validate" in err and "Traceback" not in err


def test_add_document_piped_into_a_reader_that_stops_early_registers_once_and_exits_cleanly(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    text = tmp_path / "t.txt"
    text.write_text("A report.\n", encoding="utf-8")
    done = subprocess.run(f"'{os.sys.executable}' -m loss_claims add-document '{text}' --ledger '{ledger}' | head -c 1",
                          shell=True, capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
    assert len(load_ledger(ledger).documents) == len(load_ledger().documents) + 1


# --- 9: one lock for every folder a run writes ----------------------------------------------------------------

def test_a_run_whose_output_folder_another_run_holds_is_refused(tmp_path, capsys):
    from loss_claims.tools import safety

    figures = tmp_path / "figures"
    with safety.folder_lock(figures):
        assert main(["run", "-p", "output_dir", str(figures), "--run-dir", str(tmp_path / "other")]) == 2
    assert f"another run is writing to {figures}" in capsys.readouterr().err


# --- 12: line ends changed by git ----------------------------------------------------------------------------

def test_a_seed_whose_line_ends_git_changed_is_named_as_such_and_seeds_are_kept_byte_exact(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    seed = next((ledger / "seeds").iterdir())
    seed.write_bytes(seed.read_bytes().replace(b"\n", b"\r\n"))
    problems = problems_of(ledger)
    assert any("only its line ends differ (it has CRLF line ends)" in p and "core.autocrlf" in p for p in problems), problems
    attributes = subprocess.run(["git", "check-attr", "text", "--", "seeds/x.txt"], cwd=PROJECT_ROOT, capture_output=True,
                                text=True).stdout
    assert attributes.strip().endswith("text: unset")


# --- 13: a notebook cut short by a full disk is never presented as the executed notebook ------------------------

def test_a_failed_notebook_that_could_not_be_saved_whole_says_so(tmp_path, monkeypatch):
    class Proc:
        returncode, pid = 1, 0

        def communicate(self, timeout=None):
            (tmp_path / "scratch" / "01.ipynb").write_text('{"cells": [', encoding="utf-8")  # cut short
            return "", "OSError: [Errno 28] No space left on device"

    class Children:
        stopping = False

        def start(self, cmd, env=None):
            return Proc()

        def done(self, proc):
            pass

    (tmp_path / "scratch").mkdir()
    outcome = runner._execute(Path("01.ipynb"), tmp_path / "out" / "01.ipynb", {}, tmp_path / "failed", tmp_path / "scratch",
                              Children(), 10)
    assert not outcome.ok and "could not be saved whole" in outcome.message and "executed notebook kept" not in outcome.message


# --- low: each a clear message or a refusal -------------------------------------------------------------------

def test_visible_leaves_ordinary_text_alone():
    assert visible("Kursk — 1,000 “killed”\n") == "Kursk — 1,000 “killed”\n"


@pytest.mark.parametrize("change, words", [
    (lambda q: q.replace(" ", " \u00ad", 1), "the quote has U+00AD SOFT HYPHEN"),
    (lambda q: q.replace(" ", "\u200b ", 1), "the quote has U+200B ZERO WIDTH SPACE"),
])
def test_a_quote_with_an_invisible_character_says_which_one(tmp_path, change, words):
    ledger = copy_ledger(tmp_path / "ledger")
    header, rows = read_rows(ledger / "claims.csv")
    rows[0]["quote"] = change(rows[0]["quote"])
    write_rows(ledger / "claims.csv", header, rows)
    assert any("claims.csv:2: quote:" in p and words in p for p in problems_of(ledger))


@pytest.mark.parametrize("column, value, words", [
    ("quote", "   ", "is only spaces"),
    ("quote", "50", "is not a statement"),
])
def test_a_quote_of_spaces_or_a_bare_figure_is_refused(tmp_path, column, value, words):
    ledger = copy_ledger(tmp_path / "ledger")
    header, rows = read_rows(ledger / "claims.csv")
    rows[0][column] = value
    write_rows(ledger / "claims.csv", header, rows)
    assert any(f"claims.csv:2: {column}:" in p and words in p for p in problems_of(ledger))


def test_a_unit_that_is_its_own_ancestor_is_refused(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    header, units = read_rows(ledger / "units.csv")
    a, b = units[0]["unit_id"], units[1]["unit_id"]
    units[0]["parent_id"], units[1]["parent_id"] = b, a
    write_rows(ledger / "units.csv", header, units)
    problems = problems_of(ledger)
    assert any(f"units.csv:2: parent_id: '{a}' is its own ancestor ({a} → {b} → {a})" in p for p in problems), problems


def test_add_document_strips_a_byte_order_mark_from_the_title_and_refuses_the_same_text_with_other_line_ends(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    text = tmp_path / "t.txt"
    text.write_bytes("\ufeffNorth Korean losses rise\n\nOfficials said 40 soldiers were killed.\n".encode("utf-8"))
    assert cli("add-document", str(text), "--ledger", str(ledger))[0] == 0
    assert read_rows(ledger / "documents.csv")[1][-1]["title"] == "North Korean losses rise"
    again = tmp_path / "t-crlf.txt"
    again.write_bytes(text.read_bytes().replace(b"\n", b"\r\n"))
    code, _, err = cli("add-document", str(again), "--ledger", str(ledger))
    assert code == 2 and "with other line ends" in err and "nothing was added" in err


def test_a_folder_inside_seeds_gets_advice_that_works(tmp_path):
    ledger = copy_ledger(tmp_path / "ledger")
    (ledger / "seeds" / "batch").mkdir()
    problems = problems_of(ledger)
    assert any("seeds/batch is a folder: seeds/ holds the texts themselves" in p for p in problems), problems
    assert not any("batch" in p and "add-document" in p and "register it with" in p for p in problems)


@pytest.mark.parametrize("where, words", [("/etc/loss-claims", "is a system folder"), ("~/.ssh", "hidden folder of your home"),
                                          ("a-file", "is a file, not a folder"), ("mine", "holds files a run did not write")])
def test_an_output_folder_a_run_must_not_write_is_refused(tmp_path, monkeypatch, where, words):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / ".ssh").mkdir(parents=True)
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("x", encoding="utf-8")
    target = where.replace("~", str(tmp_path / "home")) if where.startswith(("/", "~")) else str(tmp_path / where)
    code, _, err = cli("run", "-p", "output_dir", target)
    assert code == 2 and words in err, err
    assert (tmp_path / "mine" / "thesis.docx").read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("content, words", [(None, "is a folder"), (b"Officials\x00 said 20 soldiers were killed.\n", "NUL bytes")])
def test_draft_refuses_a_folder_and_a_text_with_nul_bytes_by_name(tmp_path, content, words):
    path = tmp_path / "text"
    path.mkdir() if content is None else path.write_bytes(content)
    code, out, err = cli("draft", str(path))
    assert code == 2 and words in err and out == ""


def test_draft_reads_a_count_that_looks_like_a_year_when_people_follow_it(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Officials said 2000 soldiers were killed in 2024.\n", encoding="utf-8")
    code, out, _ = cli("draft", str(path))
    import pandas as pd

    drafted = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert code == 0 and list(drafted["best"]) == ["2000"]


def test_draft_flags_a_cell_a_spreadsheet_would_run_as_a_formula(tmp_path):
    import pandas as pd

    path = tmp_path / "t.txt"
    path.write_text("=HYPERLINK(\"http://example.invalid\") officials said 40 soldiers were killed.\n", encoding="utf-8")
    code, out, _ = cli("draft", str(path))
    drafted = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
    assert code == 0 and drafted["quote"].str.startswith("=").all()
    assert drafted["notes"].str.contains("a spreadsheet would run it as a formula").all()
