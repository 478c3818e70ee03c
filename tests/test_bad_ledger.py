"""Every mistake a spreadsheet editor can make gets ``file:LINE: column: message``, from the
validator command and the loader alike; the accepted ones load every row unchanged."""
from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ledger_helpers import line_of, read_rows, set_cell, write_rows
from loss_claims.ledger.schema import load_schema
from loss_claims.ledger.paths import python_command
from loss_claims import LedgerError, load_ledger
from loss_claims.tools.cli import main

PROBLEM_LINE = re.compile(r"^\S+\.csv(:\d+)?: ([a-z_0-9]+: )?.+$")

N_CLAIM_COLUMNS = len(load_schema().resource("claims").columns)


def validate(ledger: Path) -> subprocess.CompletedProcess:
    """The validator command, run in this process (the real command runs in test_validator_on_shipped_ledger_…)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main(["validate", str(ledger)])
    return subprocess.CompletedProcess(["validate", str(ledger)], code, out.getvalue(), err.getvalue())


def problems_of(ledger: Path) -> list[str]:
    """Problems from the validator command (run in-process), checked against the loader's: both must agree."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(["validate", str(ledger)]) == 1
    lines = err.getvalue().splitlines()
    assert lines[-1].startswith("INVALID: ")
    problems = lines[:-1]
    assert problems and all(PROBLEM_LINE.match(p) for p in problems), problems
    with pytest.raises(LedgerError) as e:
        load_ledger(ledger)
    assert [str(p) for p in e.value.problems] == problems
    return problems


def assert_problem(problems: list[str], file: str, line: int | None, column: str, fragment: str) -> None:
    prefix = f"{file}:{line}: " if line else f"{file}: "
    prefix += f"{column}: " if column else ""
    start = re.compile(r"^(?:\S*/)?" + re.escape(prefix))
    hits = [p for p in problems if start.match(p) and fragment in p]
    assert hits, f"no problem {prefix!r} containing {fragment!r} in:\n" + "\n".join(problems)


# --- cell-level cases: (table, key, column, bad value, expected column, fragment) --------------------
CELL_CASES = {
    "duplicated id": ("claims", "c002", "claim_id", "c001", "claim_id", "'c001' is duplicated (first on line 2)"),
    "unknown claimant": ("claims", "c010", "claimant_id", "the-8th", "claimant_id", "'the-8th' is not a known source_id in sources.csv"),
    "unknown document": ("claims", "c010", "document_id", "doc-999", "document_id", "'doc-999' is not a known document_id in documents.csv"),
    "unknown unit": ("claims", "c010", "claiming_unit_id", "ua-9th", "claiming_unit_id", "'ua-9th' is not a known unit_id in units.csv"),
    "unknown measure": ("claims", "c010", "measure", "dead", "measure", "'dead' is not one of: killed, wounded"),
    "enum with spaces": ("claims", "c010", "measure", " killed", "measure", "(remove the spaces around 'killed')"),
    "thousands separator": ("claims", "c022", "best", "11,000", "best", "'11,000' is not a number (write it without thousands separators, e.g. 11000)"),
    "fractional count": ("claims", "c010", "low", "49.5", "low", "49.5 is not a whole number: only a share (percent_of_force) may have decimals"),
    "negative count": ("claims", "c010", "low", "-50", "low", "-50 is below the minimum 0"),
    "absurd count": ("claims", "c010", "high", "500000000", "high", "500000000 is above the maximum 10000000"),
    "count too large to hold": ("claims", "c010", "high", "99999999999999999999999", "high",
                                "99999999999999999999999 is above the maximum 10000000; is it a typo?"),
    "required value empty": ("claims", "c010", "quote", "", "quote", "is required but empty"),
    "quote not in seed": ("claims", "c010", "quote", "Between Sunday and Monday, they claimed to have killed 50 North Korean soldiers and wounded 47 others.",
                          "quote", "is not found verbatim in doc-000"),
    "quote with straight apostrophe": ("claims", "c008", "quote", "The Faust Unit of Ukraine's Special Forces, which specializes in drone warfare, claimed to have killed or wounded 33 North Korean soldiers in Kursk.",
                                       "quote", "only if quotation marks, apostrophes or dashes are changed: copy it exactly "
                                       "(the quote has \"'\" where the seed has '’')"),
    "attribution not in seed": ("claims", "c004", "attribution_quote", "According to the GUR", "attribution_quote", "not found verbatim in doc-000"),
    "qualifier contradicts its phrase": ("claims", "c012", "qualifier", "at_least", "qualifier",
                                         "'more than 50' reads, by the phrase 'more than {N}' of quantity_phrases.csv, as qualifier more_than"),
    "vague without a lexicon phrase": ("claims", "c004", "qualifier", "vague", "count_as_written",
                                       "'estimated that 200' is not a phrase of quantity_phrases.csv; qualifier 'vague' takes its bounds from there"),
    "count words not in quote": ("claims", "c012", "count_as_written", "over 50", "count_as_written", "'over 50' does not occur in the quote"),
    "number not in quote": ("claims", "c027", "best", "600", "best", "600 is not stated in count_as_written 'about 500' (figures there: 500)"),
    "date in another format": ("claims", "c020", "reported_start", "16/12/2024", "reported_start", "is not a date in the form YYYY-MM-DD"),
    "impossible date": ("claims", "c020", "reported_end", "2024-02-30", "reported_end", "'2024-02-30' is not a real date"),
    "bad id form": ("sources", "cnn", "source_id", "CNN news", "source_id", "'CNN news' does not have the required form"),
    "alias not in seed": ("source_aliases", "RBC Ukraine", "alias", "RBK-Ukraina", "alias", "not found verbatim in doc-003"),
    "unknown relay source": ("relays", "c017", "source_id", "newsweek", "source_id", "'newsweek' is not a known source_id in sources.csv"),
    "seed hash changed": ("documents", "doc-000", "sha256", "0" * 64, "sha256", "seeds are immutable"),
    "seed path outside seeds/": ("documents", "doc-000", "file", "../../../../etc/passwd", "file", "is not a plain file name"),
    "absolute seed path": ("documents", "doc-000", "file", "/etc/passwd", "file", "is not a plain file name"),
    "self link": ("links", "c024", "claim_b", "c024", "claim_b", "a claim cannot be linked to itself"),
    "contested without contradiction": ("claims", "c012", "grade", "contested", "grade", "'contested' needs a 'contradicts' link"),
    "corroborated without link": ("claims", "c008", "grade", "corroborated", "grade", "'corroborated' needs a 'corroborates' link"),
    "unattributed but graded": ("claims", "c001", "grade", "single_claimant", "grade", "the claim is unattributed: grade it 'ungraded'"),
}


@pytest.mark.parametrize("case", CELL_CASES, ids=str)
def test_bad_cell_is_refused_with_file_line_column(ledger_copy, case):
    table, key, column, value, expected_column, fragment = CELL_CASES[case]
    line = set_cell(ledger_copy, table, key, column, value)
    assert_problem(problems_of(ledger_copy), f"{table}.csv", line, expected_column, fragment)


def test_low_above_best_and_qualifier_mismatch(ledger_copy):
    line = set_cell(ledger_copy, "claims", "c010", "low", "60")
    set_cell(ledger_copy, "claims", "c012", "qualifier", "exact")
    problems = problems_of(ledger_copy)
    assert_problem(problems, "claims.csv", line, "low", "low 60 is greater than best 50")
    assert_problem(problems, "claims.csv", line, "qualifier", "qualifier 'exact' needs low = best = high; found 60 / 50 / 50")
    assert_problem(problems, "claims.csv", line_of(ledger_copy, "claims", "c012"), "best", "qualifier 'exact' needs best")


def test_dates_reversed_and_precision(ledger_copy):
    line = set_cell(ledger_copy, "claims", "c024", "event_start", "2011-01-01")
    problems = problems_of(ledger_copy)
    assert_problem(problems, "claims.csv", line, "event_start", "2011-01-01 is after event_end 2010-12-31")


def test_relay_steps_must_be_consecutive(ledger_copy):
    header, rows = read_rows(ledger_copy / "relays.csv")
    rows[0]["step"] = "3"
    write_rows(ledger_copy / "relays.csv", header, rows)
    assert_problem(problems_of(ledger_copy), "relays.csv", 2, "step", "steps of claim 'c017' are [3]; expected [1]")


def test_corroboration_between_same_country_claimants_is_refused(ledger_copy):
    header, rows = read_rows(ledger_copy / "links.csv")
    rows.append({"claim_a": "c008", "claim_b": "c010", "relation": "corroborates", "note": "two Ukrainian units"})
    write_rows(ledger_copy / "links.csv", header, rows)
    assert_problem(problems_of(ledger_copy), "links.csv", len(rows) + 1, "relation", "not independent claimants")


def test_every_problem_is_listed_at_once(ledger_copy):
    a = set_cell(ledger_copy, "claims", "c010", "measure", "dead")
    b = set_cell(ledger_copy, "claims", "c022", "best", "11,000")
    c = set_cell(ledger_copy, "sources", "cnn", "kind", "tv")
    problems = problems_of(ledger_copy)
    assert_problem(problems, "claims.csv", a, "measure", "'dead'")
    assert_problem(problems, "claims.csv", b, "best", "'11,000'")
    assert_problem(problems, "sources.csv", c, "kind", "'tv'")


# --- whole-file cases ------------------------------------------------------------------------------
def _bytes(ledger: Path, table: str) -> bytes:
    return (ledger / f"{table}.csv").read_bytes()


def _put(ledger: Path, table: str, data: bytes) -> None:
    (ledger / f"{table}.csv").write_bytes(data)


FILE_CASES = {
    "empty file": (lambda b: b"", 1, "", "the file is empty"),
    "utf-16 export": (lambda b: b.decode("utf-8").encode("utf-16"), 1, "", "the file is UTF-16"),
    "cp1252 export": (lambda b: b.decode("utf-8").encode("cp1252", errors="replace"), None, "", "looks like a cp1252 export"),
    "invalid utf-8 byte": (lambda b: b.replace(b"Kursk", b"K\xffrsk", 1), None, "", "byte 0xff is not valid UTF-8"),
    "missing column": (lambda b: _drop_column(b, "notes"), 1, "notes", "missing column 'notes'"),
    "renamed column": (lambda b: b.replace(b"count_as_written", b"count_as_writen", 1), 1, "count_as_writen", "(did you mean 'count_as_written'?)"),
    "extra column": (lambda b: _add_column(b), 1, "source_url", "unexpected column 'source_url'"),
    "reordered columns": (lambda b: _swap_columns(b, "low", "high"), 1, "", "columns are out of order"),
    "too many fields": (lambda b: _edit_line(b, 5, lambda line: line + b",extra"), 5, "", f"too many fields: {N_CLAIM_COLUMNS + 1} instead of {N_CLAIM_COLUMNS}"),
    "too few fields": (lambda b: _edit_line(b, 5, lambda line: line.rsplit(b",", 1)[0]), 5, "", f"too few fields: {N_CLAIM_COLUMNS - 1} instead of {N_CLAIM_COLUMNS}"),
    "cut inside a quoted field": (lambda b: b[: b.index(b"Between Saturday")], 11, "", "a quoted field opened in this record is never closed"),
    "Excel workbook saved as .csv": (lambda b: _zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}), None, "",
                                     "an Excel workbook (.xlsx), not text: export it as CSV UTF-8"),
    "gzip file saved as .csv": (lambda b: __import__("gzip").compress(b, mtime=0), None, "", "a gzip-compressed file"),
    "a million columns in the header": (lambda b: b",".join(b"c%d" % i for i in range(1_000_000)) + b"\n", 1, "",
                                        f"the header has 1,000,000 columns; this table has {N_CLAIM_COLUMNS}"),
}


def _zip(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _lines(b: bytes) -> list[bytes]:
    return b.split(b"\n")


def _edit_line(b: bytes, n: int, fn) -> bytes:
    lines = _lines(b)
    lines[n - 1] = fn(lines[n - 1])
    return b"\n".join(lines)


def _drop_column(b: bytes, name: str) -> bytes:
    header, rows = _parse(b)
    i = header.index(name)
    return _unparse([h for h in header if h != name], [r[:i] + r[i + 1:] for r in rows])


def _add_column(b: bytes) -> bytes:
    header, rows = _parse(b)
    return _unparse(header + ["source_url"], [r + [""] for r in rows])


def _swap_columns(b: bytes, x: str, y: str) -> bytes:
    header, rows = _parse(b)
    i, j = header.index(x), header.index(y)
    def swap(r):
        r = list(r)
        r[i], r[j] = r[j], r[i]
        return r
    return _unparse(swap(header), [swap(r) for r in rows])


def _parse(b: bytes):
    import csv
    import io
    rows = list(csv.reader(io.StringIO(b.decode("utf-8"), newline="")))
    return rows[0], rows[1:]


def _unparse(header, rows) -> bytes:
    import csv
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header, *rows])
    return buf.getvalue().encode("utf-8")


@pytest.mark.parametrize("case", FILE_CASES, ids=str)
def test_broken_claims_file_is_refused(ledger_copy, case):
    mutate, line, column, fragment = FILE_CASES[case]
    _put(ledger_copy, "claims", mutate(_bytes(ledger_copy, "claims")))
    problems = problems_of(ledger_copy)
    if line is None:
        assert any(p.startswith(str(ledger_copy / "claims.csv") + ":") and fragment in p for p in problems), problems
    else:
        assert_problem(problems, "claims.csv", line, column, fragment)


def test_missing_seed_file_is_named(ledger_copy):
    (ledger_copy / "seeds" / "003_aa0c7620980986cb.txt").unlink()
    assert_problem(problems_of(ledger_copy), "documents.csv", 3, "file", "seed file '003_aa0c7620980986cb.txt' not found")


def test_a_symlinked_seed_is_refused_unread(ledger_copy, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("not for the ledger", encoding="utf-8")
    seed = ledger_copy / "seeds" / "003_aa0c7620980986cb.txt"
    seed.unlink()
    seed.symlink_to(outside)
    problems = problems_of(ledger_copy)
    assert_problem(problems, "documents.csv", 3, "file", "is a symbolic link; seeds must be regular files")
    assert not any("SHA-256" in p for p in problems)  # nothing of the target is read, not even its hash


def test_a_symlinked_table_is_refused_unread(ledger_copy, tmp_path):
    outside = tmp_path / "shadow"
    outside.write_text("root:$6$secret:19000:0:99999:7:::\n", encoding="utf-8")
    (ledger_copy / "units.csv").unlink()
    (ledger_copy / "units.csv").symlink_to(outside)
    problems = problems_of(ledger_copy)
    assert any(p.endswith("units.csv: is a symbolic link; a ledger's tables must be regular files in its folder "
                          "(copy the file in)") for p in problems), problems
    assert not any("secret" in p for p in problems)


def test_after_a_wrong_hash_nothing_is_checked_against_the_file(ledger_copy):
    """Otherwise a wrong registration lets anyone probe a file's content one guessed quote at a time."""
    seed = ledger_copy / "seeds" / "000_f604c02f8943d47c.txt"
    seed.write_bytes(seed.read_bytes() + b"\nA guessed sentence.\n")
    set_cell(ledger_copy, "claims", "c008", "quote", "A guessed sentence.")
    problems = problems_of(ledger_copy)
    assert_problem(problems, "documents.csv", 2, "sha256", "seeds are immutable")
    assert not any(":quote:" in p.replace(" ", "") or "verbatim" in p for p in problems), problems


def test_a_seed_that_is_not_plain_text_is_named(ledger_copy):
    seed = ledger_copy / "seeds" / "000_f604c02f8943d47c.txt"
    for data, fragment in [(_zip({"word/document.xml": b"<x/>"}), "a word-processor document (.docx/.odt)"),
                           (b"North Korean\x00soldiers", "contains NUL bytes: it is not a plain text file")]:
        seed.write_bytes(data)
        digest = __import__("hashlib").sha256(data).hexdigest()
        set_cell(ledger_copy, "documents", "doc-000", "sha256", digest)
        assert_problem(problems_of(ledger_copy), "documents.csv", 2, "file", fragment)


def test_oversized_files_are_refused_unread(ledger_copy):
    """Sparse files: their size is what the stat says, and reading them would need gigabytes."""
    os.truncate(ledger_copy / "links.csv", (1 << 30) + 1)
    os.truncate(ledger_copy / "seeds" / "003_aa0c7620980986cb.txt", (32 << 20) + 1)
    problems = problems_of(ledger_copy)
    assert any(p.endswith("links.csv: the file is 1.0 GiB; tables over 1 GiB are refused unread: is it the right file?")
               for p in problems), problems
    assert_problem(problems, "documents.csv", 3, "file", "is 32.0 MiB; seeds over 32 MiB are refused unread")


def test_a_seed_no_row_registers_is_named(ledger_copy):
    (ledger_copy / "seeds" / "004_new.txt").write_text("A report nobody registered.", encoding="utf-8")
    problems = problems_of(ledger_copy)
    assert any(p.endswith("documents.csv: file: seed '004_new.txt' is in seeds/ but no row registers it: "
                          f"register it with: {python_command()} -m loss_claims add-document " + str(ledger_copy / "seeds" / "004_new.txt")
                          + " (it is renamed in seeds/, not copied)")
               for p in problems), problems


def test_a_huge_field_beside_another_problem_gets_clean_per_line_messages(ledger_copy):
    data = _bytes(ledger_copy, "claims")
    data = _edit_line(data, 3, lambda line: line + b',"' + b"x" * 200_000 + b'"')  # a 200 KB field, and one field too many
    _put(ledger_copy, "claims", data)
    problems = problems_of(ledger_copy)
    assert_problem(problems, "claims.csv", 3, "", f"too many fields: {N_CLAIM_COLUMNS + 1} instead of {N_CLAIM_COLUMNS}")
    assert not any("field limit" in p for p in problems)


def test_problems_are_capped_per_file(ledger_copy):
    header, rows = read_rows(ledger_copy / "claims.csv")
    for r in rows:
        r["measure"], r["personnel"] = "dead", "robots"
    write_rows(ledger_copy / "claims.csv", header, rows)
    problems = [p for p in problems_of(ledger_copy) if "claims.csv" in p]
    assert len(problems) == 21 and problems[-1].endswith(f"claims.csv: … and {2 * len(rows) - 20} more problem(s) in this file")


def test_formula_like_cells_are_warned_about_not_refused(ledger_copy):
    line = set_cell(ledger_copy, "sources", "cnn", "description", '=HYPERLINK("http://x.invalid","click")')
    out = validate(ledger_copy)
    assert out.returncode == 0
    assert (f"warning: {ledger_copy}/sources.csv:{line}: description: '=HYPERLINK(\"http://x.invalid\",\"click\")' "
            "starts with '=': a spreadsheet opening this file would run it as a formula") in out.stderr


def test_a_seed_written_with_plain_quotes_is_told_the_real_difference(ledger_copy):
    """The seed has ASCII quotes and the curator typed typographic ones: the message says so, not the reverse."""
    seed = ledger_copy / "seeds" / "000_f604c02f8943d47c.txt"
    data = seed.read_bytes().replace("’".encode(), b"'")
    seed.write_bytes(data)
    set_cell(ledger_copy, "documents", "doc-000", "sha256", __import__("hashlib").sha256(data).hexdigest())
    problems = problems_of(ledger_copy)
    line = line_of(ledger_copy, "claims", "c008")
    assert_problem(problems, "claims.csv", line, "quote", "(the quote has '’' where the seed has \"'\")")
    assert not any("typographic" in p for p in problems)


def test_missing_table_is_named(ledger_copy):
    (ledger_copy / "links.csv").unlink()
    problems = problems_of(ledger_copy)
    assert any(p.endswith("links.csv: file not found") for p in problems), problems


# --- accepted and normalized ----------------------------------------------------------------------
ACCEPTED = {
    "utf-8 byte-order mark": lambda b: b"\xef\xbb\xbf" + b,
    "CRLF line ends": lambda b: b.replace(b"\n", b"\r\n"),
    "blank lines between rows": lambda b: b"\n".join(line if n != 3 else line + b"\n\n" for n, line in enumerate(b.split(b"\n"))),
}


@pytest.mark.parametrize("case", ACCEPTED, ids=str)
def test_accepted_variants_load_every_row_unchanged(ledger_copy, case):
    before = load_ledger(ledger_copy).claims
    _put(ledger_copy, "claims", ACCEPTED[case](_bytes(ledger_copy, "claims")))
    out = validate(ledger_copy)
    assert out.returncode == 0, out.stderr
    after = load_ledger(ledger_copy).claims
    assert after.equals(before)


def test_header_only_table_is_an_empty_table(ledger_copy):
    header, _ = read_rows(ledger_copy / "relays.csv")
    write_rows(ledger_copy / "relays.csv", header, [])
    assert validate(ledger_copy).returncode == 0
    assert len(load_ledger(ledger_copy).relays) == 0


def test_validator_command_exits_1_with_file_line_messages(ledger_copy):
    line = set_cell(ledger_copy, "claims", "c010", "low", "-50")
    out = validate(ledger_copy)
    assert out.returncode == 1
    assert f"claims.csv:{line}: low: -50 is below the minimum 0" in out.stderr
    assert out.stdout == "" and "Traceback" not in out.stderr


def test_validator_on_shipped_ledger_prints_one_summary_line():
    out = subprocess.run([sys.executable, "-m", "loss_claims", "validate"], capture_output=True, text=True, check=True)
    assert re.fullmatch(r"OK: data: \d+ documents, \d+ claims, \d+ claimants, \d+ sources, \d+ units, \d+ links\n", out.stdout)
    assert out.stderr == ""


def test_an_unparsable_number_is_reported_once_not_again_as_missing(ledger_copy):
    line = set_cell(ledger_copy, "claims", "c022", "best", "11,000")
    problems = problems_of(ledger_copy)
    on_line = [p for p in problems if f"claims.csv:{line}:" in p]
    assert len(on_line) == 1 and "thousands separators" in on_line[0], problems
