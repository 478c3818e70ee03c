"""Property tests of the loader, and faults: interrupted writes, no network, no code from data."""
from __future__ import annotations

import csv
import io
import shutil
import socket
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger_helpers import copy_ledger
from loss_claims import LedgerError, load_ledger
from loss_claims.charts import frame as figures
from loss_claims.ledger import files
from loss_claims.ledger import readcsv
from loss_claims.ledger.paths import DATA_DIR

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
#: For the properties that load a whole ledger per example (a fifth of a second each).
LOADING = settings(SETTINGS, max_examples=30)
CLAIMS = (DATA_DIR / "claims.csv").read_bytes()


def records_in(data: bytes) -> list[list[str]] | None:
    """The file's data records as the csv module reads them (None if it is not strict CSV)."""
    try:
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        rows = [r for r in csv.reader(io.StringIO(text, newline=""), strict=True) if r]
    except (UnicodeDecodeError, csv.Error):
        return None
    return rows[1:]


def assert_exact_or_refused(ledger: Path) -> None:
    data = (ledger / "claims.csv").read_bytes()
    try:
        claims = load_ledger(ledger).claims
    except LedgerError as e:
        assert e.problems and all(str(p) for p in e.problems)
        return
    rows = records_in(data)
    assert rows is not None, "loaded a file that is not strict UTF-8 CSV"
    assert len(claims) == len(rows)
    assert list(claims["claim_id"]) == [r[0] for r in rows]


def structure(data: bytes) -> list[int] | None:
    """Field count of each non-blank record, header included, as the strict csv module reads the bytes
    (decoded as Latin-1: the structure lives in ASCII bytes, whatever the encoding); None if it cannot."""
    try:
        return [len(r) for r in csv.reader(io.StringIO(data.decode("latin-1"), newline=""), strict=True) if r]
    except csv.Error:
        return None


@SETTINGS
@given(edits=st.lists(st.tuples(st.integers(0, len(CLAIMS) - 1), st.integers(0, 3),
                                st.sampled_from([b"", b'"', b",", b"\n", b"\r", b'""', b"\r\n", b"x", b'",'])),
                      max_size=4),
       chunk=st.integers(1, 400))
def test_structural_scan_agrees_with_the_csv_module_across_chunk_boundaries(edits, chunk):
    data = bytearray(CLAIMS)
    for at, drop, insert in edits:
        data[at:at + drop] = insert
    data = bytes(data)
    width = CLAIMS.split(b"\n", 1)[0].count(b",") + 1
    original_chunk = readcsv._CHUNK
    readcsv._CHUNK = chunk  # quotes, commas and line ends now straddle many chunk boundaries
    try:
        count = readcsv._regular_record_count(data, 0, width)
    finally:
        readcsv._CHUNK = original_chunk
    fields = structure(data)
    if not edits:
        assert count == len(fields)  # the real ledger is regular: the scan must not give up on it
    if count is not None:  # the scan may hand a file to the csv module, but never miscount one
        assert fields is not None and set(fields) == {width} and count == len(fields)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return copy_ledger(tmp_path_factory.mktemp("base") / "ledger")


def _fresh(base: Path, tmp: Path) -> Path:
    dest = tmp / "l"
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(base, dest)
    return dest


@LOADING
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_are_loaded_exactly_or_refused(base, tmp_path, data):
    ledger = _fresh(base, tmp_path)
    (ledger / "claims.csv").write_bytes(data)
    assert_exact_or_refused(ledger)


@LOADING
@given(edits=st.lists(st.tuples(st.integers(0, len(CLAIMS) - 1), st.integers(0, 3), st.binary(min_size=0, max_size=3)),
                      min_size=1, max_size=4))
def test_mutations_of_the_real_ledger_are_loaded_exactly_or_refused(base, tmp_path, edits):
    data = bytearray(CLAIMS)
    for at, drop, insert in edits:
        at = min(at, len(data))
        data[at:at + drop] = insert
    ledger = _fresh(base, tmp_path)
    (ledger / "claims.csv").write_bytes(bytes(data))
    assert_exact_or_refused(ledger)


@LOADING
@given(row=st.integers(0, 29), column=st.sampled_from(["claim_id", "low", "best", "high", "qualifier", "event_start", "quote", "grade"]),
       value=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12))
def test_cell_edits_are_loaded_exactly_or_refused(base, tmp_path, row, column, value):
    ledger = _fresh(base, tmp_path)
    frame = pd.read_csv(ledger / "claims.csv", dtype=str, keep_default_na=False)
    frame.loc[row, column] = value
    frame.to_csv(ledger / "claims.csv", index=False, lineterminator="\n")
    assert_exact_or_refused(ledger)


def test_a_failed_figure_write_leaves_the_previous_files_intact(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from loss_claims import charts
    from loss_claims.ledger import files as core

    params = SimpleNamespace(output_dir=tmp_path, figure_formats=("png", "svg"))

    def chart(value: float):
        rows = pd.DataFrame({"panel": "p", "row": ["r"], "qualifier": "exact", "lower": [value], "upper": [value], "text": [str(value)],
                             "claim_id": ["a"]})
        charts.strip(rows, charts.Frame("h", "s", "src"), "fig99-test", params, alt=str(value))

    charts.use_style()
    chart(1.0)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = core.atomic_write

    def failing(path, data):  # the SVG write "crashes" half-way through the save
        if path.suffix == ".svg":
            Path(str(path) + ".partial").write_bytes(data[: len(data) // 2])
            raise KeyboardInterrupt("interrupted")
        real(path, data)

    monkeypatch.setattr(core, "atomic_write", failing)
    with pytest.raises(KeyboardInterrupt):
        chart(2.0)
    monkeypatch.setattr(core, "atomic_write", real)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if not p.name.endswith(".partial")}
    assert after["fig99-test.svg"] == before["fig99-test.svg"] and after["fig99-test.csv"] == before["fig99-test.csv"]

def test_atomic_write_leaves_no_temporary_file_when_interrupted(tmp_path, monkeypatch):
    target = tmp_path / "fig.csv"
    target.write_bytes(b"old")

    def boom(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        files.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["fig.csv"]


def test_spreadsheet_safe_export_only_touches_exports():
    df = pd.DataFrame({"name": ["=HYPERLINK(\"x\")", "+1", "-2", "@handle", "plain"], "n": [1, -2, 3, 4, 5]})
    out = figures.spreadsheet_safe(df)
    assert list(out["name"]) == ["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@handle", "plain"]
    assert list(out["n"]) == [1, -2, 3, 4, 5]  # numbers stay numbers
    assert list(df["name"])[0] == "=HYPERLINK(\"x\")"  # the input is not altered


def test_the_loader_needs_no_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    assert len(load_ledger().claims) > 0


def test_no_code_is_taken_from_data():
    library = Path(figures.__file__).parent
    source = "\n".join(p.read_text(encoding="utf-8") for p in library.glob("*.py"))
    for forbidden in ("eval(", "exec(", "pickle", "import urllib", "import requests", "yaml.load("):
        assert forbidden not in source, forbidden
