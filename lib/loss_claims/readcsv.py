"""Read one CSV exactly as written: every record becomes one row of strings, or problems are reported.

Accepted and normalized (and said so in the codebook): a UTF-8 byte-order mark, CRLF or CR
line ends, blank lines. Everything else that is not a UTF-8 CSV with exactly the schema's
header is refused with ``file:line: column: message``.
"""
from __future__ import annotations

import csv
import difflib
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import Problem
from .paths import display

BOM = b"\xef\xbb\xbf"
SAVE_AS = "save it from the spreadsheet as 'CSV UTF-8 (comma delimited)'"


@dataclass
class RawTable:
    """The file's records as strings, with what is needed to point at a line."""

    path: Path
    frame: pd.DataFrame | None
    text: str = ""
    problems: list[Problem] = field(default_factory=list)
    _lines: list[int] | None = None

    @property
    def shown(self) -> str:
        return display(self.path)

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


def _decode(path: Path, data: bytes) -> tuple[str | None, list[Problem]]:
    shown = display(path)
    if not data.strip(b" \t\r\n" + BOM):
        return None, [Problem(shown, 1, "", "the file is empty: it needs at least the header line")]
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(data) > 1 and (data[0] == 0 or data[1] == 0)):
        return None, [Problem(shown, 1, "", f"the file is UTF-16 (a spreadsheet's 'Unicode text' export); {SAVE_AS}")]
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
    """Read ``path`` as strings; ``frame`` is None when the file cannot be read as the schema's table."""
    path = Path(path)
    if not path.is_file():
        return RawTable(path, None, problems=[Problem(display(path), 0, "", "file not found")])
    text, problems = _decode(path, path.read_bytes())
    table = RawTable(path, None, text or "", problems)
    if text is None:
        return table
    reader = _reader(text)
    try:
        header = next(reader, [])
    except csv.Error as e:
        table.problems.append(Problem(table.shown, 1, "", f"the header line cannot be read as CSV: {e}"))
        return table
    table.problems += _check_header(table.shown, header, expected)
    if table.problems:
        return table
    try:
        widths = Counter(map(len, reader))  # one pass in C; line numbers only when needed
    except csv.Error:
        widths = None
    if widths is None or set(widths) - {0, len(expected)}:
        table.problems += _record_problems(table, len(expected))
        return table
    widths.pop(0, None)  # blank lines are not records
    try:
        frame = pd.read_csv(
            io.StringIO(text, newline=""),
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=True,
            engine="c",
        )
    except (pd.errors.ParserError, ValueError) as e:  # pragma: no cover - the csv pass finds these first
        table.problems.append(Problem(table.shown, 0, "", f"cannot be read as CSV: {e}"))
        return table
    n_records = sum(widths.values())
    if len(frame) != n_records:  # pragma: no cover - guards the promise that no row is dropped or added
        table.problems.append(
            Problem(table.shown, 0, "", f"read {len(frame)} rows but the file holds {n_records} records; refusing")
        )
        return table
    table.frame = frame
    return table


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
