"""Read one CSV exactly as written: every record becomes one row of strings, or problems are reported.

Accepted and normalized (and said so in the codebook): a UTF-8 byte-order mark, CRLF or CR
line ends, blank lines. Everything else that is not a UTF-8 CSV with exactly the schema's
header is refused with ``file:line: column: message``.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import Problem
from .paths import display

BOM = b"\xef\xbb\xbf"
#: The largest table read (1 GiB: about 1.6 million claims). A larger file is refused before it is read.
MAX_TABLE_BYTES = 1 << 30
#: A header with more columns than this (per schema column) is not the schema's table: one problem, not one per column.
MAX_HEADER_FACTOR = 4
csv.field_size_limit(MAX_TABLE_BYTES)  # a long field is read like any other; the table's size is what is limited

#: File signatures of formats that are sometimes saved or renamed as .csv / .txt by mistake.
_SIGNATURES = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (Excel .xls or Word .doc), not text"),
    (b"\x1f\x8b", "a gzip-compressed file, not text: decompress it first"),
    (b"%PDF-", "a PDF document, not text: copy its text out of a PDF reader"),
    (b"{\\rtf", "an RTF (rich text) document, not plain text"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"7z\xbc\xaf", "a 7-Zip archive, not text"),
    (b"Rar!", "a RAR archive, not text"),
]
_NOT_BLANK = re.compile(rb"[^ \t\r\n\xef\xbb\xbf]")  # finds the first byte that is not blank or BOM, and stops
SAVE_AS = "save it from the spreadsheet as 'CSV UTF-8 (comma delimited)'"


@dataclass
class RawTable:
    """The file's records as strings (categoricals, see :func:`_as_categories`), with what is needed to
    point at a line."""

    path: Path
    frame: pd.DataFrame | None
    data: bytes = b""
    problems: list[Problem] = field(default_factory=list)
    _text: str | None = None
    _lines: list[int] | None = None

    @property
    def shown(self) -> str:
        return display(self.path)

    @property
    def text(self) -> str:
        """The file as text, decoded only when a line number is needed (the file is valid UTF-8 by then)."""
        if self._text is None:
            data = self.data[len(BOM):] if self.data.startswith(BOM) else self.data
            self._text = data.decode("utf-8", errors="replace")
        return self._text

    def line_of(self, row: int) -> int:
        """Physical line (1 = header) on which data row ``row`` (0-based) starts."""
        if self._lines is None:
            self._lines = _record_start_lines(self.text)
        return self._lines[row]

    def problem(self, row: int | None, column: str, message: str) -> Problem:
        return Problem(self.shown, self.line_of(row) if row is not None else 0, column, message)


class _Unreadable(Exception):
    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line, self.reason = line, reason


def _reader(text: str):
    return csv.reader(io.StringIO(text, newline=""), strict=True)


def _records(text: str):
    """(start line, number of fields) of every non-blank data record, the header excluded."""
    reader = _reader(text)
    previous_end, seen_header = 0, False
    try:
        for record in reader:
            if record:
                if seen_header:
                    yield previous_end + 1, len(record)
                seen_header = True
            previous_end = reader.line_num
    except csv.Error as e:
        raise _Unreadable(previous_end + 1, str(e)) from None


def _record_start_lines(text: str) -> list[int]:
    return [line for line, _ in _records(text)]


_CHUNK = 1 << 24  # bytes compared at a time in the structural scan


def _regular_record_count(data: bytes, start: int, width: int) -> int | None:
    """Records (header included, blank lines not) if the file is plain RFC 4180 CSV whose every record has
    ``width`` fields, found with vectorized byte scans; None whenever anything is irregular, so that the
    strict csv module decides (and explains) instead.

    A byte is inside quotes when an odd number of '"' precede it; every opening quote must start a field
    (or double a quote just closed) and every closing quote must end one; CR only before LF. The work is
    a few passes over the bytes, then binary searches of the (few) quotes and record ends among the
    commas and newlines, never of every comma among the quotes. UTF-8 never uses these bytes inside a
    multi-byte character, so the scan is exact on undecoded bytes.
    """
    arr = np.frombuffer(data, dtype=np.uint8)[start:]
    n = arr.size
    if n == 0:
        return None
    chunk = min(n, _CHUNK)
    scratch = np.empty(chunk, dtype=bool)  # one small buffer for every pass: fresh ones cost page faults and memory

    def where(byte: int) -> np.ndarray:
        found = [np.flatnonzero(np.equal(arr[i : i + chunk], byte, out=scratch[: min(chunk, n - i)])) + i
                 for i in range(0, n, chunk)]
        return np.concatenate(found)

    if b"\r" in data:
        cr = where(13)
        if cr[-1] == n - 1 or not np.all(arr[cr + 1] == 10):
            return None
    quotes = where(34)
    if quotes.size % 2:
        return None
    opening, closing = quotes[0::2], quotes[1::2]
    if opening.size:
        prev = arr[np.maximum(opening - 1, 0)]
        after = np.searchsorted(closing, opening - 1)
        doubled = closing[np.minimum(after, closing.size - 1)] == opening - 1
        if not np.all((opening == 0) | (prev == 44) | (prev == 10) | doubled):
            return None
        following = arr[np.minimum(closing + 1, n - 1)]
        if not np.all((closing == n - 1) | (following == 44) | (following == 10) | (following == 13) | (following == 34)):
            return None
    newlines = where(10)
    if opening.size:  # drop the newlines inside quoted fields: pair k covers newlines[no[k]:nc[k]]
        no, nc = np.searchsorted(newlines, opening), np.searchsorted(newlines, closing)
        depth = np.cumsum(np.bincount(no, minlength=newlines.size + 1) - np.bincount(nc, minlength=newlines.size + 1))
        newlines = newlines[depth[: newlines.size] == 0]
    ends = newlines if arr[-1] == 10 else np.append(newlines, n)
    starts = np.concatenate(([0], newlines + 1))[: ends.size]
    length = ends - starts
    length = length - ((length > 0) & (arr[np.maximum(ends - 1, 0)] == 13))
    blank = length == 0
    commas = where(44)
    before_end = np.searchsorted(commas, ends)
    fields = np.diff(before_end, prepend=0) + 1
    if opening.size:  # minus the commas inside quoted fields, counted per record
        inside = np.searchsorted(commas, closing) - np.searchsorted(commas, opening)
        record = np.searchsorted(ends, opening)
        fields = fields - np.bincount(record, weights=inside, minlength=ends.size).astype(np.int64)
    if not np.all(blank | (fields == width)):
        return None
    return int((~blank).sum())


def binary_format(data: bytes, want: str = "CSV UTF-8") -> str | None:
    """What a file is when it is a known binary format instead of text (None when it is not one)."""
    head = data[:8]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        start = data[:1 << 16]
        if b"xl/" in start:
            return f"an Excel workbook (.xlsx), not text: export it as {want}"
        if b"opendocument.spreadsheet" in start:
            return f"a LibreOffice/OpenDocument spreadsheet (.ods), not text: export it as {want}"
        if b"word/" in start or b"opendocument.text" in start:
            return "a word-processor document (.docx/.odt), not text: save it as plain text (UTF-8)"
        return "a ZIP archive, not text: unpack it first"
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            return what
    return None


def _container_problems(path: Path, data: bytes) -> list[Problem]:
    """What can be told without decoding the file: empty, a binary format, or UTF-16."""
    shown = display(path)
    if (what := binary_format(data)) is not None:
        return [Problem(shown, 0, "", f"the file is {what}")]
    if not _NOT_BLANK.search(data):
        return [Problem(shown, 1, "", "the file is empty: it needs at least the header line")]
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(data) > 1 and (data[0] == 0 or data[1] == 0)):
        return [Problem(shown, 1, "", f"the file is UTF-16 (a spreadsheet's 'Unicode text' export); {SAVE_AS}")]
    return []


def _decode(path: Path, data: bytes) -> tuple[str | None, list[Problem]]:
    """The file as text, or the problems that say why it is not UTF-8 text (and where)."""
    shown = display(path)
    if problems := _container_problems(path, data):
        return None, problems
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        byte = data[e.start : e.start + 1]
        try:
            as_cp1252 = repr(byte.decode("cp1252"))
            hint = f" (in Windows-1252 it would be {as_cp1252}: the file looks like a cp1252 export)"
        except UnicodeDecodeError:
            hint = ""
        bad_lines = sorted({data[:i].count(b"\n") + 1 for i in _bad_utf8_offsets(data)})
        more = f"; {len(bad_lines) - 1} more line(s) have such bytes" if len(bad_lines) > 1 else ""
        return None, [Problem(shown, line, "", f"byte 0x{byte.hex()} is not valid UTF-8{hint}{more}; {SAVE_AS}")]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [Problem(shown, line, "", "the file contains NUL characters; it is not a text CSV")]
    return text, []


def _bad_utf8_offsets(data: bytes) -> list[int]:
    offsets, start = [], 0
    while start < len(data) and len(offsets) < 1000:
        try:
            data[start:].decode("utf-8")
            break
        except UnicodeDecodeError as e:
            offsets.append(start + e.start)
            start += e.start + 1
    return offsets


def _check_header(shown: str, header: list[str], expected: list[str]) -> list[Problem]:
    if len(header) > MAX_HEADER_FACTOR * len(expected):
        return [Problem(shown, 1, "", f"the header has {len(header):,} columns; this table has {len(expected)} "
                                      f"({', '.join(expected[:4])}, …): is it the right file?")]
    problems = []
    seen = Counter(header)
    for name, n in seen.items():
        if n > 1:
            problems.append(Problem(shown, 1, name, f"column '{name}' appears {n} times in the header"))
    missing = [c for c in expected if c not in seen]
    extra = [c for c in header if c not in expected]
    for name in extra:
        close = difflib.get_close_matches(name, missing, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (expected columns: {', '.join(expected)})"
        problems.append(Problem(shown, 1, name, f"unexpected column '{name}'{hint}"))
    for name in missing:
        problems.append(Problem(shown, 1, name, f"missing column '{name}'"))
    if not problems and header != expected:
        problems.append(
            Problem(shown, 1, "", f"columns are out of order: expected {', '.join(expected)}; found {', '.join(header)}")
        )
    return problems


def read_raw(path: Path, expected: list[str]) -> RawTable:
    """Read ``path`` as strings; ``frame`` is None when the file cannot be read as the schema's table.

    The file is decoded once, by pandas, on the regular path; the diagnostic decode and the strict csv
    module only run when something is wrong, to say where and why.
    """
    path = Path(path)
    if path.is_symlink():
        return RawTable(path, None, problems=[Problem(display(path), 0, "", "is a symbolic link; a ledger's tables must be "
                                                                         "regular files in its folder (copy the file in)")])
    if not path.is_file():
        return RawTable(path, None, problems=[Problem(display(path), 0, "", "file not found")])
    size = path.stat().st_size
    if size > MAX_TABLE_BYTES:
        return RawTable(path, None, problems=[Problem(display(path), 0, "", f"the file is {size / (1 << 30):.1f} GiB; tables "
                                                    f"over {MAX_TABLE_BYTES >> 30} GiB are refused unread: is it the right file?")])
    data = path.read_bytes()
    problems = _container_problems(path, data)
    if not problems and b"\x00" in data:  # a fast byte search; _decode names the line
        problems = _decode(path, data)[1]
    table = RawTable(path, None, data, problems)
    if table.problems:
        return table
    start = len(BOM) if data.startswith(BOM) else 0
    first = data[start : data.find(b"\n", start) if b"\n" in data else len(data)]
    try:
        header_text = first.decode("utf-8") if b'"' not in first else data[start:].decode("utf-8")
    except UnicodeDecodeError:
        table.problems += _decode(path, data)[1]
        return table
    try:
        header = next(_reader(header_text), [])
    except csv.Error as e:
        table.problems.append(Problem(table.shown, 1, "", f"the header line cannot be read as CSV: {e}"))
        return table
    table.problems += _check_header(table.shown, header, expected)
    if table.problems:
        return table
    with ThreadPoolExecutor(1) as pool:  # the byte scan releases the GIL: it runs while pandas parses
        scan = pool.submit(_regular_record_count, data, start, len(expected))
        try:
            frame, error = _read_strings(data), None
        except (UnicodeDecodeError, pd.errors.ParserError, ValueError) as e:
            frame, error = None, e
        regular = scan.result()
    if regular is not None:
        n_records = regular - 1
    else:  # irregular: the strict csv module reads it, or says where and why it cannot
        text, problems = _decode(path, data)
        if text is None:
            table.problems += problems
            return table
        table._text = text
        try:
            widths = Counter(map(len, _reader(text)))
        except csv.Error:
            widths = None
        if widths is None or set(widths) - {0, len(expected)}:
            table.problems += _record_problems(table, len(expected))
            return table
        widths.pop(0, None)  # blank lines are not records
        n_records = sum(widths.values()) - 1
    if isinstance(error, UnicodeDecodeError):
        table.problems += _decode(path, data)[1]
        return table
    if error is not None:  # pragma: no cover - the scan or the csv module finds these first
        table.problems.append(Problem(table.shown, 0, "", f"cannot be read as CSV: {error}"))
        return table
    if len(frame) != n_records:  # pragma: no cover - guards the promise that no row is dropped or added
        table.problems.append(
            Problem(table.shown, 0, "", f"read {len(frame)} rows but the file holds {n_records} records; refusing")
        )
        return table
    table.frame = _as_categories(frame)
    return table


def _read_strings(data: bytes) -> pd.DataFrame:
    """Every cell as the string written, pandas decoding UTF-8 (BOM included) strictly."""
    return pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=object, keep_default_na=False,
                       na_filter=False, skip_blank_lines=True, index_col=False, engine="c")


def _as_categories(frame: pd.DataFrame) -> pd.DataFrame:
    """Each column as a categorical of the strings as read (in order of appearance, "" included).

    Same values, a fraction of the memory, and every later comparison, membership test, pattern match
    and type conversion runs once per distinct string instead of once per row.
    """
    columns = {}
    for name in frame.columns:
        codes, uniques = pd.factorize(frame[name].to_numpy())
        columns[name] = pd.Categorical.from_codes(codes, categories=pd.Index(uniques, dtype=object), validate=False)
    return pd.DataFrame(columns, index=frame.index)


def _record_problems(table: RawTable, width: int) -> list[Problem]:
    problems = []
    try:
        for line, n in _records(table.text):
            if n != width:
                what = "too many" if n > width else "too few"
                problems.append(Problem(
                    table.shown, line, "",
                    f"{what} fields: {n} instead of {width} (an unquoted comma in a value, or a missing one?)"))
    except _Unreadable as e:
        reason = ("a quoted field opened in this record is never closed (file cut short, or a stray '\"'?)"
                  if "end of data" in e.reason else
                  f"not valid CSV ({e.reason}): a value containing '\"' must be quoted and its quotes doubled")
        problems.append(Problem(table.shown, e.line, "", reason))
    return problems
