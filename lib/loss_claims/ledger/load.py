"""Load the ledger into typed DataFrames, or raise :class:`LedgerError` listing every problem.

The loader returns exactly the rows of each file, in file order, or raises: it never drops,
adds or alters a row. Empty cells become missing values; integers become ``Int64``, numbers
``Float64``, dates ``datetime64[s]``, enumerations ``category`` with the codebook's order.
"""
from __future__ import annotations

import json
import os
import pickle
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd
import pandera.errors

from . import checks
from .checks import number_text
from .files import FORMULA_START
from .errors import LedgerError, Problem, capped
from .paths import DATA_DIR, SCHEMA_PATH, SEEDS_DIR, display
from .readcsv import RawTable, read_raw
from .schema import Resource, load_schema, schema_differences
from .text import UNSAFE, unsafe_characters

MAX_DESCRIPTOR_BYTES = 1 << 20
_INTEGER = re.compile(r"^-?[0-9]+$")
_NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
_INT64 = (-(2**63), 2**63 - 1)
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@dataclass
class Ledger:
    """Every table of the ledger as a typed DataFrame, and the text of each seed by document id."""

    data_dir: Path
    seeds_dir: Path
    tables: dict[str, pd.DataFrame]
    seeds: dict[str, str]
    #: Things that are valid but risky, e.g. cells a spreadsheet would run as formulas.
    warnings: list[Problem] = field(default_factory=list)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    def summary(self) -> str:
        c = self.tables["claims"]
        return (
            f"{len(self.tables['documents'])} documents, {len(c)} claims, "
            f"{c['claimant_id'].nunique()} claimants, {len(self.tables['sources'])} sources, "
            f"{len(self.tables['units'])} units, {len(self.tables['links'])} links"
        )


def default_seeds_dir(data_dir: Path) -> Path:
    """Where a ledger's seed texts are: the project's ``seeds/`` for the shipped ledger (``data/``), the
    ledger folder's own ``seeds/`` for any other (never the project's: a ledger never reads or writes
    another's texts)."""
    data_dir = Path(data_dir)
    if data_dir.resolve() == DATA_DIR.resolve() and not (data_dir / "seeds").is_dir():
        return SEEDS_DIR
    return data_dir / "seeds"


def table_path(data_dir: Path, resource: Resource) -> Path:
    """The file of a table: the ledger folder's own, or for an optional table it lacks (the lexicon of
    quantity phrases) the one shipped with the library."""
    own = Path(data_dir) / resource.path
    if resource.optional and not own.exists() and not own.is_symlink():
        return resource.default_path
    return own


#: Set by the runner for the notebooks it starts: a file holding the ledger it validated just before. A kernel takes
#: the ledger from it only when every file the loader would read (the ledger's, its seeds, the schema and lexicon,
#: the loader's own code) has the same name, size and modification time as when it was validated; else it loads.
VALIDATED_ENV = "LOSS_CLAIMS_VALIDATED_LEDGER"


def _fingerprint(data_dir: Path, seeds_dir: Path, schema_path: Path) -> list[tuple]:
    out = []
    folders = dict.fromkeys(Path(os.path.realpath(f)) for f in (data_dir, seeds_dir, schema_path.parent, Path(__file__).parent))
    for folder in folders:  # the ledger, its seeds, the schema and lexicon, the loader's code: each once
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            out.append((str(folder), "missing"))
            continue
        for entry in entries:
            if entry.name == "__pycache__":
                continue  # compiled code, written when first imported: not an input
            st = entry.stat(follow_symlinks=False)
            out.append((str(folder), entry.name, st.st_mode, st.st_size, st.st_mtime_ns))
    return out


def write_validated(ledger: Ledger, path: Path, schema_path: str | os.PathLike = SCHEMA_PATH) -> Path:
    """Keep ``ledger`` (just loaded and validated) in ``path`` for the runner's notebooks, with the state of its inputs."""
    key = _fingerprint(Path(ledger.data_dir), Path(ledger.seeds_dir), Path(schema_path))
    Path(path).write_bytes(pickle.dumps((key, ledger), protocol=pickle.HIGHEST_PROTOCOL))
    return Path(path)


def _validated(data_dir: Path, seeds_dir: Path, schema_path: Path) -> Ledger | None:
    """The runner's ledger, where it validated these very files; None (load them) in any other case."""
    path = os.environ.get(VALIDATED_ENV)
    if not path:
        return None
    try:
        with open(path, "rb") as f:
            key, ledger = pickle.load(f)
    except Exception:  # gone, cut short or not ours: load the files
        return None
    if not isinstance(ledger, Ledger) or key != _fingerprint(data_dir, seeds_dir, schema_path):
        return None
    return replace(ledger, data_dir=data_dir, seeds_dir=seeds_dir)  # the paths as this caller gave them


def load_ledger(
    data_dir: str | os.PathLike | None = None,
    seeds_dir: str | os.PathLike | None = None,
    schema_path: str | os.PathLike = SCHEMA_PATH,
) -> Ledger:
    """Load and validate every table of the ledger in ``data_dir`` (default: the shipped ledger)."""
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    seeds_dir = Path(seeds_dir) if seeds_dir is not None else default_seeds_dir(data_dir)
    validated = _validated(data_dir, seeds_dir, Path(schema_path))
    if validated is not None:
        return validated
    schema = load_schema(Path(schema_path))
    problems: list[Problem] = []
    if not data_dir.is_dir():
        raise LedgerError([Problem(str(data_dir), 0, "", "ledger folder not found")])
    problems += _own_descriptor(data_dir, schema)
    raws: dict[str, RawTable] = {}
    tables: dict[str, pd.DataFrame] = {}
    for resource in schema.resources:
        raw = read_raw(table_path(data_dir, resource), resource.columns)
        raws[resource.name] = raw
        problems += raw.problems
        if raw.frame is not None:
            typed, type_problems = _typed(resource, raw)
            problems += type_problems + _blank_text(resource, raw)
            tables[resource.name] = typed
    cross_problems, seeds = checks.run_all(schema, raws, tables, seeds_dir)
    problems += cross_problems
    if problems:
        raise LedgerError(problems)
    warnings = [w for r in schema.resources for w in [*_formula_like(r, raws[r.name]), *_unsafe_text(r, raws[r.name])]]
    return Ledger(data_dir, seeds_dir, {name: _final_types(schema.resource(name), df) for name, df in tables.items()}, seeds,
                  capped(warnings))


#: A quote is the words that state a claim: a figure alone ("50") lets no reader check who said what.
MIN_QUOTE_WORDS = 3


def _blank_text(resource: Resource, raw: RawTable) -> list[Problem]:
    """A required text that is only spaces says nothing; a quote of fewer than three words is not a statement."""
    out = []
    for f in resource.fields:
        if f.type != "string" or f.name not in raw.frame:
            continue
        s = raw.frame[f.name]
        cats = [str(v) for v in s.cat.categories]
        if f.required:
            blank = np.array([v != "" and not v.strip() for v in cats], dtype=bool)
            out += [raw.problem(i, f.name, "is only spaces: write the text, or leave the row out")
                    for i in s.index[np.append(blank, False)[s.cat.codes.to_numpy()]]]
        if f.name == "quote":
            short = np.array([len(re.findall(r"\w+", v)) < MIN_QUOTE_WORDS and v.strip() != "" for v in cats], dtype=bool)
            out += [raw.problem(i, f.name, f"{s[i]!r} is not a statement: quote the words that state the figure (at least "
                                           f"{MIN_QUOTE_WORDS} words, the clause that says who claims what)")
                    for i in s.index[np.append(short, False)[s.cat.codes.to_numpy()]]]
    return out


def _formula_like(resource: Resource, raw: RawTable) -> list[Problem]:
    """Cells a spreadsheet would run as a formula when the CSV is opened in it (each distinct string tested once)."""
    out = []
    for f in resource.fields:
        s = raw.frame[f.name]
        risky = np.array([v.startswith(FORMULA_START) for v in s.cat.categories], dtype=bool)
        for i in s.index[np.append(risky, False)[s.cat.codes.to_numpy()]]:
            value = s[i] if len(s[i]) <= 40 else s[i][:37] + "..."
            out.append(raw.problem(i, f.name, f"{value!r} starts with {s[i][0]!r}: a spreadsheet opening this file would "
                                               "run it as a formula (the report's copies are made safe; check the cell)"))
    return out


def _unsafe_text(resource: Resource, raw: RawTable) -> list[Problem]:
    """Cells holding characters that make text look other than it is (a right-to-left override reverses what follows
    it; a terminal escape can clear or fake output): valid, shown as code points everywhere, and warned about."""
    out = []
    for f in resource.fields:
        s = raw.frame[f.name]
        risky = np.array([bool(UNSAFE.search(v)) for v in s.cat.categories], dtype=bool)
        for i in s.index[np.append(risky, False)[s.cat.codes.to_numpy()]]:
            out.append(raw.problem(i, f.name, f"holds {', '.join(unsafe_characters(s[i]))}, which can make text look other "
                                               "than it is: the report, the charts and messages show it as its code point; "
                                               "check the cell"))
    return out


def _own_descriptor(data_dir: Path, schema) -> list[Problem]:
    """A ledger folder may carry its own datapackage.json (frictionless reads it): it is used when it agrees with
    the project's schema in what the loader enforces, and refused, naming the differences, when it does not."""
    own = data_dir / "datapackage.json"
    if not own.exists() or own.resolve() == Path(SCHEMA_PATH).resolve():
        return []
    shown = display(own)
    if own.is_symlink() or not own.is_file():
        return [Problem(shown, 0, "", "is not a regular file (a link?); copy the project's descriptor in, or remove it")]
    if own.stat().st_size > MAX_DESCRIPTOR_BYTES:
        return [Problem(shown, 0, "", f"is over {MAX_DESCRIPTOR_BYTES >> 20} MiB, refused unread: a descriptor is a few kB")]
    try:
        theirs = json.loads(own.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return [Problem(shown, 0, "", f"is not a JSON descriptor ({e}); copy the project's data/datapackage.json, or remove it")]
    differences = schema_differences(theirs, schema.descriptor) if isinstance(theirs, dict) else ["not a JSON object"]
    return [Problem(shown, 0, "", f"differs from the project's schema (data/datapackage.json), which the loader and the notebooks "
                                  f"enforce: {d}; copy the project's descriptor (keeping your title, version and sources), "
                                  "or remove it") for d in differences[:10]]


def _typed(resource: Resource, raw: RawTable) -> tuple[pd.DataFrame, list[Problem]]:
    """Convert the string table to the schema's types and run its constraints; report every failure.

    The raw columns are categoricals of the strings as read, so each distinct string is parsed once and
    the result spread to its rows by code. Text columns stay categorical while the checks run (pandera's
    and ours); :func:`_final_types` gives them their published types once everything is checked.
    """
    frame = raw.frame
    problems: list[Problem] = []
    out = {}
    for f in resource.fields:
        s = frame[f.name]
        strings = s.cat.categories.to_numpy(dtype=object)
        codes = s.cat.codes.to_numpy()
        if f.type in ("integer", "number"):
            whole = f.type == "integer"
            ok = _matches(strings, _INTEGER if whole else _NUMBER) | (strings == "")
            for i in s.index[~ok[codes]]:
                value = s[i]
                hint = (
                    " (write it without thousands separators, e.g. " + re.sub(r"[,\s.’']", "", value) + ")"
                    if re.fullmatch(r"-?\d{1,3}([,\s.’']\d{3})+", value)
                    else " (write a whole number of people, digits only)" if whole
                    else " (digits, with a point for decimals: 33.33)"
                )
                problems.append(raw.problem(i, f.name, f"'{value}' is not a {'whole ' if whole else ''}number{hint}"))
            numbers = [_parse_number(v, whole) if good and v != "" else None for v, good in zip(strings, ok)]
            too_big = np.array([n is not None and not _INT64[0] <= n <= _INT64[1] for n in numbers], dtype=bool)
            for i in s.index[too_big[codes]]:  # pandera cannot even hold it to compare it with the maximum
                above = s[i].lstrip()[0] != "-"
                limit = f.constraints.get("maximum", _INT64[1]) if above else f.constraints.get("minimum", _INT64[0])
                problems.append(raw.problem(i, f.name, f"{_short_number(s[i])} is {'above the maximum' if above else 'below the minimum'} "
                                                       f"{limit}; is it a typo?"))
            held = pd.array([None if big else n for n, big in zip(numbers, too_big)], dtype="Int64" if whole else "Float64")
            out[f.name] = _spread(pd.Series(held), codes, s.index)
        elif f.type == "date":
            ok_shape = _matches(strings, _DATE)
            parsed = pd.to_datetime(pd.Series(strings).where(ok_shape), format="%Y-%m-%d", errors="coerce")
            bad = (strings != "") & parsed.isna().to_numpy()
            for i in s.index[bad[codes]]:
                value = s[i]
                why = "is not a real date" if ok_shape[codes[i]] else "is not a date in the form YYYY-MM-DD (e.g. 2024-12-16)"
                problems.append(raw.problem(i, f.name, f"'{value}' {why}"))
            out[f.name] = _spread(parsed.astype("datetime64[s]"), codes, s.index)
        else:
            out[f.name] = s.cat.remove_categories([""]) if (strings == "").any() else s  # empty cell: missing
    typed = pd.DataFrame(out, index=frame.index)
    try:
        resource.pandera_schema.validate(typed, lazy=True)
    except pandera.errors.SchemaErrors as e:
        problems += _pandera_problems(resource, raw, typed, e.failure_cases)
    return typed, problems


def _parse_number(text: str, whole: bool):
    """The value of a cell already known to have the form of a number. A number too long for Python to convert
    (thousands of digits) is as good as infinite: it is reported against the maximum."""
    digits = text.lstrip("-").split(".")[0]
    if len(digits) > 30:
        return float("-inf") if text.startswith("-") else float("inf")
    return int(text) if whole else float(text)


def _short_number(text: str) -> str:
    """A number as a message shows it: whole up to 30 digits, else its first digits and how many there are."""
    return text if len(text) <= 30 else f"{text[:12]}… ({len(text.lstrip('-'))} digits)"


def _matches(strings: np.ndarray, pattern: re.Pattern) -> np.ndarray:
    """Which of the distinct strings fully match ``pattern``."""
    return np.array([pattern.fullmatch(v) is not None for v in strings], dtype=bool)


def _spread(per_string: pd.Series, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """The value parsed from each distinct string, put on every row that holds that string."""
    return pd.Series(per_string.array.take(codes), index=index)


def _pandera_problems(resource: Resource, raw: RawTable, typed: pd.DataFrame, cases: pd.DataFrame) -> list[Problem]:
    problems = []
    for case in cases.itertuples(index=False):
        column, check, value, index = case.column, str(case.check), case.failure_case, case.index
        if column is None or column == resource.name or (isinstance(column, float) and pd.isna(column)):
            column = ""
        row = int(index) if index is not None and not pd.isna(index) else None
        if check == "not_nullable":
            if row is not None and raw.frame.at[row, column] != "":
                continue  # unparsable value: already reported by the type conversion
            message = "is required but empty"
        elif check.startswith("isin"):
            f = resource.field(column)
            stripped = str(value).strip()
            hint = f" (remove the spaces around '{stripped}')" if stripped in f.enum and stripped != value else ""
            message = f"'{value}' is not one of: {', '.join(f.enum)}{hint}"
        elif check.startswith("str_matches"):
            message = f"'{value}' does not have the required form {resource.field(column).constraints['pattern']}"
        elif check.startswith("greater_than_or_equal_to"):
            message = f"{number_text(value)} is below the minimum {resource.field(column).constraints['minimum']}"
        elif check.startswith("less_than_or_equal_to"):
            message = f"{number_text(value)} is above the maximum {resource.field(column).constraints['maximum']}; is it a typo?"
        elif check == "field_uniqueness":
            firsts = typed.index[typed[column] == value]
            first = raw.line_of(int(firsts[0])) if len(firsts) else 0
            message = f"'{value}' is duplicated (first on line {first}); ids must be unique"
        elif check == "multiple_fields_uniqueness":
            key = ", ".join(resource.primary_key)
            values = ", ".join(str(typed.at[row, k]) for k in resource.primary_key) if row is not None else value
            message = f"the combination ({key}) = ({values}) appears more than once"
            column = ""
        else:
            message = f"{check} failed for {value!r}"
        problems.append(raw.problem(row, column, message))
    return problems


def _final_types(resource: Resource, df: pd.DataFrame) -> pd.DataFrame:
    """Enumerations become categories in the codebook's order, once their values are known to be valid;
    other text columns become pandas' ``str`` type."""
    for f in resource.fields:
        if f.enum:
            df[f.name] = pd.Categorical(df[f.name], categories=f.enum)
        elif f.type not in ("integer", "number", "date"):
            df[f.name] = df[f.name].astype("str")
    return df
