"""Checks across rows and tables: foreign keys, and the ``x-checks`` named in datapackage.json.

Each check returns problems; none raises. Checks that need a table which could not be read
are skipped (that table's own problems are already reported).
"""
from __future__ import annotations

import hashlib
import unicodedata
import re
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import Problem
from . import numbers as quantities
from .numbers import numbers_in, shares_in, states
from .paths import display, python_command
from .readcsv import RawTable, binary_format
from .schema import Schema

TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "–": "-", "—": "-", "\u00a0": " "})


def run_all(schema: Schema, raws: dict[str, RawTable], tables: dict[str, pd.DataFrame],
            seeds_dir: Path) -> tuple[list[Problem], dict[str, str]]:
    """Every problem across rows and tables, and the seed texts by document id."""
    problems: list[Problem] = []
    for resource in schema.resources:
        if resource.name not in tables:
            continue
        for fk in resource.foreign_keys:
            problems += _foreign_key(resource.name, fk, raws, tables)
    seeds, seed_problems = seed_texts(tables["documents"], seeds_dir, raws.get("documents")) if "documents" in tables else ({}, [])
    problems += seed_problems
    if "documents" in tables:
        problems += unregistered_seeds(tables["documents"], seeds_dir, raws["documents"].shown)
    for resource in schema.resources:
        if resource.name not in tables:
            continue
        for spec in resource.checks:
            fn = CHECKS[spec["check"]]
            problems += fn(spec=spec, name=resource.name, raw=raws[resource.name], df=tables[resource.name],
                           tables=tables, raws=raws, seeds=seeds, schema=schema)
    return problems, seeds


def _foreign_key(name: str, fk: dict, raws, tables) -> list[Problem]:
    (column,), target = fk["fields"], fk["reference"]
    (ref_column,) = target["fields"]
    if target["resource"] not in tables:
        return []
    df, raw = tables[name], raws[name]
    values = df[column]
    bad = values.notna() & ~_isin(values, _distinct(tables[target["resource"]][ref_column]))
    ref_path = Path(raws[target["resource"]].path).name
    return [raw.problem(i, column, f"'{values[i]}' is not a known {ref_column} in {ref_path}") for i in df.index[bad]]


def _distinct(s: pd.Series) -> pd.Index:
    """The distinct values of a column. Typed text columns are categoricals whose categories are exactly
    the values present, and whose hash table is built once and shared by every lookup into them."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        return s.cat.categories
    return pd.Index(s.dropna().unique())


def _positions(keys: pd.Series, distinct: pd.Index) -> np.ndarray:
    """Position of each key in ``distinct`` (-1: missing, or not there), each distinct key looked up once
    in ``distinct``'s own hash table."""
    if isinstance(keys.dtype, pd.CategoricalDtype):  # the code -1 (missing) reads the appended -1
        return np.append(distinct.get_indexer_for(keys.cat.categories), -1)[keys.cat.codes.to_numpy()]
    return distinct.get_indexer_for(keys)


def _isin(s: pd.Series, known: pd.Index) -> pd.Series:
    """``s.isin(known)``, through hash tables already built where it can."""
    if isinstance(s.dtype, pd.CategoricalDtype) and len(known) < len(s.cat.categories):
        at = s.cat.categories.get_indexer_for(known)  # look the few up among the many, not the other way round
        found = np.zeros(len(s.cat.categories) + 1, dtype=bool)  # the last one, read by code -1 (missing): False
        found[at[at >= 0]] = True
        return pd.Series(found[s.cat.codes.to_numpy()], index=s.index)
    return pd.Series(_positions(s, known) >= 0, index=s.index)


#: The largest seed read (a news text is kilobytes; a long report as text, a few megabytes).
MAX_SEED_BYTES = 32 << 20


def seed_size_problem(size: int) -> str | None:
    """Why a seed of ``size`` bytes is refused unread, or None."""
    if size > MAX_SEED_BYTES:
        return f"is {size / (1 << 20):.1f} MiB; seeds over {MAX_SEED_BYTES >> 20} MiB are refused unread: is it the right file?"
    return None


def seed_content_problem(data: bytes) -> str | None:
    """Why these bytes are not a seed (plain UTF-8 text), or None. One rule for the loader and add-document."""
    if (what := binary_format(data, want="plain text (UTF-8)")) is not None:
        return f"is {what}"
    if b"\x00" in data:
        return "contains NUL bytes: it is not a plain text file"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return f"is not UTF-8 text (byte 0x{data[e.start]:02x} on its line {line}); save the text as UTF-8"
    return None


def seed_path(seeds_dir: Path, file: str) -> tuple[Path | None, str | None]:
    """The seed file a documents.csv ``file`` names, or why it is refused: it must be a plain file name in
    the ledger's seeds/ folder, a regular file and not a link, whatever it resolves to."""
    if file in ("", ".", "..") or "/" in file or "\\" in file or Path(file).is_absolute() or "\x00" in file:
        return None, f"'{file}' is not a plain file name: give the name of a file in seeds/, with no folder"
    folder = Path(seeds_dir)
    path = folder / file
    if path.is_symlink():
        return None, f"seeds/{file} is a symbolic link; seeds must be regular files in seeds/ (copy the text in)"
    if folder.resolve() not in path.resolve().parents:
        return None, f"'{file}' resolves outside seeds/"
    if not path.is_file():
        return None, f"seed file '{file}' not found in {display(seeds_dir)}"
    return path, None


def unregistered_seeds(documents: pd.DataFrame, seeds_dir: Path, documents_path: str) -> list[Problem]:
    """A text in seeds/ that no documents.csv row registers is a mistake (a document added half-way)."""
    folder = Path(seeds_dir)
    if not folder.is_dir() or folder.is_symlink():
        return []
    registered = set(documents["file"].dropna().astype(str))
    return [Problem(documents_path, 0, "file", f"seeds/{p.name} is a folder: seeds/ holds the texts themselves, one file each; "
                                               "move the folder out and register each text with add-document")
            if p.is_dir() else
            Problem(documents_path, 0, "file", f"seed '{p.name}' is in seeds/ but no row registers it: "
                                       f"register it with: {python_command()} -m loss_claims add-document {display(p)} (it is "
                                       "renamed in seeds/, not copied)")
            for p in sorted(folder.iterdir()) if not p.name.startswith(".") and p.name not in registered]


def seed_texts(documents: pd.DataFrame, seeds_dir: Path, raw: RawTable | None = None) -> tuple[dict[str, str], list[Problem]]:
    """Text of each document's seed, by document id; problems for a missing, changed or non-text seed.

    A seed whose hash is wrong gives no text: nothing is checked against its content, so a wrong
    registration cannot be used to probe a file's content one guess at a time."""
    texts, problems = {}, []
    if Path(seeds_dir).is_symlink():  # nothing outside the ledger folder is read, not even to list or hash it
        where = display(Path(seeds_dir))
        return {}, [Problem(where, 0, "", "the seeds folder is a symbolic link; nothing in it was read: make it a folder "
                                          "of the ledger's own and copy the texts in")]
    for i, doc_id, file, sha in zip(documents.index, documents["document_id"], documents["file"], documents["sha256"]):
        if pd.isna(file) or pd.isna(doc_id):
            continue

        def problem(column: str, message: str, i=i, file=file) -> Problem:
            if raw is not None:
                return raw.problem(i, column, message)
            return Problem(display(Path(seeds_dir) / file), 0, "", message)

        path, refused = seed_path(seeds_dir, file)
        if refused:
            problems.append(problem("file", refused))
            continue
        if (why := seed_size_problem(path.stat().st_size)) is not None:
            problems.append(problem("file", f"seed '{file}' {why}"))
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if isinstance(sha, str) and digest != sha:
            ends = next((how for how, other in (("CRLF", data.replace(b"\r\n", b"\n")), ("LF", data.replace(b"\n", b"\r\n")))
                         if hashlib.sha256(other).hexdigest() == sha), None)
            hint = (f"only its line ends differ (it has {ends} line ends): git's core.autocrlf or an editor changed them; "
                    f"restore the original bytes (git checkout -- the file; .gitattributes keeps seeds/ byte-exact)") if ends else \
                "seeds are immutable; restore the original or register a new document"
            problems.append(problem("sha256", f"seed '{file}' has SHA-256 {digest}, not the registered {sha}: {hint}"))
            continue
        if (why := seed_content_problem(data)) is not None:
            problems.append(problem("file", f"seed '{file}' {why}"))
            continue
        texts[doc_id] = data.decode("utf-8")
    return texts, problems


def _document_of(spec: dict, df: pd.DataFrame, tables) -> pd.Series:
    """The document id each row refers to, directly or through another table."""
    ref = spec["document"]
    if ">" not in ref:
        return df[ref]
    local, target = ref.split(">")
    resource, column = target.split(".")
    if resource not in tables:
        return pd.Series(pd.NA, index=df.index, dtype="object")
    target_df = tables[resource]
    return _lookup(df[local], target_df, target_df.columns[0], column)


def _lookup(keys: pd.Series, table: pd.DataFrame, key: str, value: str) -> pd.Series:
    """For each of ``keys``, ``table[value]`` on the first row whose ``table[key]`` equals it (missing where
    none does; with duplicated keys, reported elsewhere, the first row wins). Each distinct key is looked
    up once, in the key column's own hash table."""
    column = table[key]
    if isinstance(column.dtype, pd.CategoricalDtype):
        distinct, codes = column.cat.categories, column.cat.codes.to_numpy()
    else:
        codes, distinct = pd.factorize(column)
        distinct = pd.Index(distinct)
    rows = np.flatnonzero(codes >= 0)
    first = np.full(len(distinct), -1, dtype=np.int64)
    first[codes[rows][::-1]] = rows[::-1]  # the last write wins: reversed, that is the first row
    row = np.append(first, -1)[_positions(keys, distinct)]  # position -1 reads the appended -1: no row
    return pd.Series(table[value].array.take(row, allow_fill=True), index=keys.index)


def _equal(a: pd.Series, b: pd.Series) -> pd.Series:
    """Row-wise equality of two text columns, whatever their categories; a missing value equals nothing."""
    return pd.Series(np.asarray(a, dtype=object) == np.asarray(b, dtype=object), index=a.index)


def _failing_pairs(left: pd.Series, right: pd.Series, ok) -> pd.Series:
    """Boolean mask of rows whose (left, right) pair fails ``ok(l, r)``; each distinct pair is tested once."""
    lc, lu = pd.factorize(left)
    rc, ru = pd.factorize(right)
    both = (lc >= 0) & (rc >= 0)
    width = len(ru) + 1
    key = lc.astype("int64") * width + rc
    lu, ru = np.asarray(lu, dtype=object), np.asarray(ru, dtype=object)  # plain values: fast to index one by one
    bad_keys = [k for k in pd.unique(key[both]) if not ok(lu[k // width], ru[k % width])]
    return pd.Series(both & np.isin(key, bad_keys), index=left.index)


def check_verbatim(spec, name, raw, df, tables, seeds, **_) -> list[Problem]:
    """Each listed field occurs verbatim in the seed of the row's document (each distinct pair checked once)."""
    docs = _document_of(spec, df, tables)
    docs = docs.where(docs.isin(list(seeds)))
    out = []
    for field in spec["fields"]:
        bad = _failing_pairs(docs, df[field], lambda d, t: t in seeds[d])
        out += [raw.problem(i, field, _not_found_message(df.at[i, field], docs[i], seeds[docs[i]])) for i in df.index[bad]]
    return out


def _not_found_message(text: str, doc: str, seed: str) -> str:
    short = text if len(text) <= 60 else text[:57] + "..."
    if text.translate(TYPOGRAPHIC) in seed.translate(TYPOGRAPHIC):
        return (f"'{short}' is in {doc} only if quotation marks, apostrophes or dashes are changed: copy it exactly "
                f"({_differences(text, seed)})")
    if " ".join(text.split()) in " ".join(seed.split()):
        return f"'{short}' is in {doc} only if spaces or line breaks are changed: copy it exactly"
    if text.casefold() in seed.casefold():
        return f"'{short}' is in {doc} only with other upper/lower case: copy it exactly"
    if _invisible_normal(text) in _invisible_normal(seed):
        return (f"'{short}' is in {doc} only if invisible or composed characters are changed ({_odd_characters(text, seed)}): "
                "copy it exactly from the seed")
    return f"'{short}' is not found verbatim in {doc}"


#: Characters a copy and paste can add or drop without showing it: zero-width, soft hyphen, no-break space, BOM.
INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u00a0", "\u202f"}


def _invisible_normal(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return "".join(c for c in text if c not in INVISIBLE)


def _odd_characters(text: str, seed: str) -> str:
    """The characters to blame: the quote's invisible or decomposed ones, else the seed's invisible ones."""
    def odd(t: str) -> list[str]:
        return [c for c in dict.fromkeys(t) if c in INVISIBLE or unicodedata.combining(c)]

    found = odd(text) or odd(seed) or []
    where = "the quote has" if odd(text) else "the seed has"
    return (f"{where} " + ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in found[:3])) if found else \
        "the same letters in another Unicode form (NFC vs NFD)"


def _differences(text: str, seed: str) -> str:
    """Where a quote differs from its seed only in typography: 'the quote has ' where the seed has ’ (×2)'."""
    import difflib
    from collections import Counter

    normal, origin = [], []
    for i, ch in enumerate(seed):
        mapped = ch.translate(TYPOGRAPHIC)
        normal.append(mapped)
        origin += [i] * len(mapped)
    normal = "".join(normal)
    at = normal.find(text.translate(TYPOGRAPHIC))
    end = at + len(text.translate(TYPOGRAPHIC)) - 1
    span = seed[origin[at]: origin[end] + 1]
    found = Counter()
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, text, span, autojunk=False).get_opcodes():
        if op != "equal":
            found[(text[a0:a1], span[b0:b1])] += 1
    return "; ".join(f"the quote has {a!r} where the seed has {b!r}" + (f" (×{n})" if n > 1 else "")
                     for (a, b), n in found.most_common(3))


def check_words_in_quote(spec, name, raw, df, **_) -> list[Problem]:
    quote = df[spec["quote"]]
    out = []
    for field in spec["fields"]:
        bad = _failing_pairs(df[field], quote, lambda w, q: w in q)
        out += [raw.problem(i, field, f"'{df.at[i, field]}' does not occur in the quote") for i in df.index[bad]]
    return out


#: Formations a figure may count ('up to a company'): the counted_in value and the words that name it.
FORMATIONS = {"platoons": "platoons?", "companies": "compan(?:y|ies)", "battalions": "battalions?", "brigades": "brigades?"}


def stated_in(text: str, counted_in: str) -> list:
    """The figures ``text`` states in the unit ``counted_in``: shares in per cent for percent_of_force; for a
    formation also the 1 of "a company"; else the numbers in digits or words."""
    if counted_in == "percent_of_force":
        return shares_in(text)
    found = list(numbers_in(text))
    if counted_in in FORMATIONS and re.search(rf"\b(?:a|an|one)\s+(?:whole\s+|full\s+|entire\s+)?{FORMATIONS[counted_in]}\b", text, re.I):
        found.append(1)
    return found


def number_text(v) -> str:
    """A figure as messages write it: '50', '1500000', '33.33'."""
    if v is None or pd.isna(v):
        return "empty"
    f = float(v)
    return str(int(f)) if f.is_integer() and abs(f) < 1e18 else f"{f:.2f}".rstrip("0").rstrip(".")


def _shown(values) -> str:
    return ", ".join(number_text(v) for v in sorted(values)) or "none"


def check_figures_in_count(spec, name, raw, df, **_) -> list[Problem]:
    """Each figure of the row (low, best, high) is read from its count_as_written, the words that state it
    ('an additional 100' states 100, not the 50 elsewhere in the quote), in the row's unit (counted_in).
    count_as_written is required when the qualifier is not none. A vague quantity's bounds come from
    quantity_phrases.csv instead, or from the document where bounds_reason says so (checked there)."""
    out = []
    numeric = (df["qualifier"] != "none") & df["qualifier"].notna()
    for i in df.index[(numeric & df["count_as_written"].isna()).to_numpy()]:
        out.append(raw.problem(i, "count_as_written", f"qualifier '{df.at[i, 'qualifier']}' needs the words that state the figure "
                                                      "(e.g. 'more than 50', 'about 1,000'), copied from the quote"))
    stated = numeric & df["count_as_written"].notna() & (df["qualifier"] != "vague")
    unit = df["counted_in"].astype("object").fillna("people")
    key = pd.Series(list(zip(df["count_as_written"].astype("object"), unit)), index=df.index)
    readings: dict = {}
    for field in spec["fields"]:
        values = df[field]
        for i in df.index[(stated & values.notna()).to_numpy()]:
            words, counted_in = key[i]
            found = readings.setdefault(key[i], stated_in(words, counted_in))
            if states(found, values[i], share=counted_in == "percent_of_force"):
                continue
            hint = ""
            if re.search(r"\d\.\d{3}(?!\d)", words):
                hint = "; a point before three digits may be a thousands separator: read it as the text means it"
            elif counted_in == "percent_of_force":
                hint = "; a share is in per cent as written ('35%', 'a third' = 33.33)"
            out.append(raw.problem(i, field, f"{number_text(values[i])} is not stated in count_as_written '{words}' (figures there"
                                             f"{' in per cent' if counted_in == 'percent_of_force' else ''}: {_shown(found)}){hint}"))
    return out


def check_bounds_ordered(spec, name, raw, df, **_) -> list[Problem]:
    out = []
    for a, b in (("low", "best"), ("best", "high"), ("low", "high")):
        bad = (df[a] > df[b]).fillna(False)
        out += [raw.problem(i, a, f"{a} {number_text(df.at[i, a])} is greater than {b} {number_text(df.at[i, b])}") for i in df.index[bad]]
    return out


#: For each qualifier: which of low / best / high must be given (True) or empty (False); None: either.
QUALIFIER_BOUNDS = {
    "exact": (True, True, True),
    "approximate": (False, True, False),
    "more_than": (True, False, False),
    "at_least": (True, False, False),
    "fewer_than": (False, False, True),
    "at_most": (False, False, True),
    "range": (True, None, True),
    "vague": (True, False, True),
    "none": (False, False, False),
}


def check_count_matches_phrases(spec, name, raw, df, tables, **_) -> list[Problem]:
    """Where count_as_written is a phrase of quantity_phrases.csv ('more than {N}', 'several hundred'), the
    qualifier and bounds are the phrase's; a 'vague' qualifier needs such a phrase. Each distinct count is
    read once. Where the document itself contradicts the phrase's convention (it calls a group it counts as
    104 'dozens'), the bounds may differ if bounds_reason says why and names each bound it gives."""
    table = tables.get(spec["phrases"])
    if table is None:
        return []
    phrases = quantities.compile_phrases(table)
    counts = df["count_as_written"]
    readings = {c: quantities.read(phrases, c) for c in pd.unique(counts.dropna())}
    matched = {c: r for c, r in readings.items() if r is not None}
    key = pd.Series(np.asarray(counts, dtype=object), index=df.index)
    has = key.isin(list(matched))
    out = [raw.problem(i, "count_as_written", f"{key[i]!r} is not a phrase of quantity_phrases.csv; qualifier 'vague' takes "
                                              "its bounds from there (add the phrase, or use another qualifier)")
           for i in df.index[((df["qualifier"] == "vague") & ~has).to_numpy()]]
    columns = ("qualifier", "low", "best", "high")
    wrong = {}
    for col in columns:
        as_text = (lambda v: "" if v is None or pd.isna(v) else number_text(v)) if col != "qualifier" else \
            (lambda v: "" if v is None or pd.isna(v) else str(v))
        wanted = key.map({c: as_text(getattr(r, col)) for c, r in matched.items()}).fillna("")
        found = pd.Series([as_text(v) for v in df[col].astype("object")], index=df.index)
        unparsed = (raw.frame[col] != "").to_numpy() & (found == "").to_numpy()  # its own problem is reported already
        wrong[col] = has & (wanted != found) & ~unparsed
    reason = df["bounds_reason"] if "bounds_reason" in df else pd.Series(pd.NA, index=df.index)
    for i in df.index[(reason.notna() & ~has).to_numpy()]:
        out.append(raw.problem(i, "bounds_reason", f"{key[i]!r} is not a phrase of quantity_phrases.csv: there are no lexicon bounds "
                                                   "to override; leave bounds_reason empty"))
    for i in df.index[np.logical_or.reduce([w.to_numpy() for w in wrong.values()])]:
        reading = matched[key[i]]
        cols = [c for c in columns if wrong[c][i]]
        if isinstance(reason[i], str) and "qualifier" not in cols:
            given = [df.at[i, c] for c in cols if not pd.isna(df.at[i, c])]
            missing = [v for v in given if not states(numbers_in(reason[i]), v)]
            if not missing:
                continue
            out.append(raw.problem(i, "bounds_reason", f"gives bounds other than the phrase '{reading.phrase}' implies; name each "
                                                       f"of them in the reason, as the document states it ({_shown(missing)} not found)"))
            continue

        def shown(values, cols=cols) -> str:
            return ", ".join(f"{c} {v if c == 'qualifier' else number_text(v)}" for c, v in zip(cols, values))
        out.append(raw.problem(i, cols[0], f"'{key[i]}' reads, by the phrase '{reading.phrase}' of quantity_phrases.csv, as "
                                           f"{shown(getattr(reading, c) for c in cols)}; found {shown(df.at[i, c] for c in cols)} "
                                           f"({reading.rationale}; where the document itself gives other bounds, say why in "
                                           "bounds_reason)"))
    matches_anyway = [i for i in df.index[(reason.notna() & has).to_numpy()] if not any(wrong[c][i] for c in columns)]
    for i in matches_anyway:
        out.append(raw.problem(i, "bounds_reason", "the bounds are the ones the lexicon gives: no override to explain; leave it empty"))
    return out


def check_qualifier(spec, name, raw, df, **_) -> list[Problem]:
    out = []
    for qualifier, wanted in QUALIFIER_BOUNDS.items():
        rows = df["qualifier"] == qualifier
        if not rows.any():
            continue
        for col, want in zip(("low", "best", "high"), wanted):
            if want is None:
                continue
            written = raw.frame[col] != ""  # a cell that failed to parse is still filled (its own problem is reported)
            bad = rows & (~written if want else written)
            verb = "needs" if want else "must leave empty"
            rule = _qualifier_rule(qualifier)
            out += [raw.problem(i, col, f"qualifier '{qualifier}' {verb} {col} ({rule})") for i in df.index[bad]]
        if qualifier == "exact":
            bad = rows & ((df["low"] != df["high"]) | (df["low"] != df["best"])).fillna(False)
            out += [raw.problem(i, "qualifier", "qualifier 'exact' needs low = best = high; found "
                                                + " / ".join(number_text(df.at[i, c]) for c in ("low", "best", "high")))
                    for i in df.index[bad]]
    return out


def _qualifier_rule(qualifier: str) -> str:
    want = QUALIFIER_BOUNDS[qualifier]
    given = [c for c, w in zip(("low", "best", "high"), want) if w]
    return f"'{qualifier}' takes " + (" and ".join(given) if given else "no number")


def check_parents_acyclic(spec, name, raw, df, **_) -> list[Problem]:
    """A unit is not its own parent, nor its own ancestor through others (8th → 95th → 8th)."""
    parent = {u: p for u, p in zip(df["unit_id"], df["parent_id"]) if isinstance(u, str) and isinstance(p, str)}
    out = []
    for i, unit in zip(df.index, df["unit_id"]):
        seen, at = [unit], parent.get(unit)
        while at is not None and at not in seen:
            seen.append(at)
            at = parent.get(at)
        if at == unit:  # the walk came back to where it started (a cycle elsewhere is reported at its own units)
            chain = " → ".join([*seen, unit])
            out.append(raw.problem(i, "parent_id", f"'{unit}' is its own {'parent' if parent[unit] == unit else 'ancestor'} "
                                                   f"({chain}): give the unit it belongs to, or leave it empty"))
    return out


def check_phrase_placeholders(spec, name, raw, df, **_) -> list[Problem]:
    """Each lexicon phrase names {N} (and {M}) once, and its bounds use only the numbers it names."""
    out = []
    for i, phrase, low, best, high in zip(df.index, df["phrase"], df["low"], df["best"], df["high"]):
        if (why := quantities.placeholder_problem(phrase, low, best, high)) is not None:
            out.append(raw.problem(i, "phrase", f"{phrase!r}: {why}"))
    return out


def check_dates_ordered(spec, name, raw, df, **_) -> list[Problem]:
    p = spec["prefix"]
    start, end, precision = df[f"{p}_start"], df[f"{p}_end"], df[f"{p}_precision"]
    out = []
    bad = (start > end).fillna(False)
    out += [raw.problem(i, f"{p}_start", f"{start[i].date()} is after {p}_end {end[i].date()}") for i in df.index[bad]]
    dated = precision.isin(["day", "range", "month", "year"])
    for col, s in ((f"{p}_start", start), (f"{p}_end", end)):
        out += [raw.problem(i, col, f"precision '{precision[i]}' needs both {p}_start and {p}_end")
                for i in df.index[dated & s.isna()]]
        out += [raw.problem(i, col, f"precision '{precision[i]}' means no date is known: leave {col} empty (or set the precision)")
                for i in df.index[precision.isin(["unknown", "relative"]) & s.notna()]]
    for prec, known, open_end in (("since", f"{p}_start", f"{p}_end"), ("by", f"{p}_end", f"{p}_start")):
        rows = precision == prec
        out += [raw.problem(i, known, f"precision '{prec}' needs {known} (the date the words give: "
                                      + ("since October: the first of October)" if prec == "since"
                                         else "by mid-January: the latest day mid-January allows)"))
                for i in df.index[rows & df[known].isna()]]
        out += [raw.problem(i, open_end, f"precision '{prec}' leaves {open_end} empty: the text gives only one end "
                                         "(with both ends known, use 'range')")
                for i in df.index[rows & df[open_end].notna()]]
    both = start.notna() & end.notna()
    checks = {
        "day": start == end,
        "month": (start.dt.day == 1) & (end == start + pd.offsets.MonthEnd(0)),
        "year": (start.dt.month == 1) & (start.dt.day == 1) & (end.dt.year == start.dt.year) & (end.dt.month == 12) & (end.dt.day == 31),
    }
    for prec, ok in checks.items():
        bad = both & (precision == prec) & ~ok.fillna(False)
        out += [raw.problem(i, f"{p}_end", f"precision '{prec}' does not fit {start[i].date()} .. {end[i].date()}") for i in df.index[bad]]
    written = f"{p}_as_written"
    if written in df:
        bad = (precision == "relative") & df[written].isna()
        out += [raw.problem(i, written, f"precision 'relative' needs the words of the text in {written}") for i in df.index[bad]]
    return out


def check_steps_consecutive(spec, name, raw, df, **_) -> list[Problem]:
    steps = df.dropna(subset=["claim_id", "step"]).sort_values(["claim_id", "step"], kind="stable")
    expected = steps.groupby("claim_id", sort=False).cumcount() + 1
    bad_claims = pd.unique(steps.loc[steps["step"] != expected, "claim_id"])
    out = []
    for claim in bad_claims:
        group = steps[steps["claim_id"] == claim]
        found = [int(v) for v in group["step"]]
        out.append(raw.problem(int(group.index.min()), "step",
                               f"steps of claim '{claim}' are {found}; expected {list(range(1, len(found) + 1))}"))
    return out


def allegiances(tables, schema) -> dict[str, tuple[str | None, frozenset[str]]]:
    """For each source: (the state it belongs to, the states it is known not to belong to). The state is the
    source's ``country``, or for a military unit its side's; a group known only by description ('Western
    officials') has no state but ``not_countries``."""
    sources, units = tables.get("sources"), tables.get("units")
    if sources is None:
        return {}
    side_country = schema.resource("units").field("side").extra.get("x-countries", {}) if schema is not None else {}
    unit_side = dict(zip(units["unit_id"], units["side"])) if units is not None else {}
    out = {}
    not_countries = sources["not_countries"] if "not_countries" in sources else pd.Series(pd.NA, index=sources.index)
    for sid, country, unit, excluded in zip(sources["source_id"], sources["country"], sources["unit_id"], not_countries):
        if not isinstance(country, str) and isinstance(unit, str) and unit in unit_side:
            country = (side_country.get(unit_side[unit]) or [None])[0]
        out[sid] = (country if isinstance(country, str) else None,
                    frozenset(excluded.split(";")) if isinstance(excluded, str) else frozenset())
    return out


def independent(a: str, b: str, known: dict) -> bool:
    """Two claimants are independent when they are not one body and are known to belong to different states:
    two countries that differ, or one a group known not to be of the other's country."""
    if a == b or a not in known or b not in known:
        return False
    (ka, not_a), (kb, not_b) = known[a], known[b]
    return (ka is not None and kb is not None and ka != kb) or (ka is not None and ka in not_b) or (kb is not None and kb in not_a)


def own_side(claimant: str, whose: str, known: dict, countries: dict) -> bool:
    """Whether the claimant belongs to the side whose losses (or troops) are counted."""
    state = known.get(claimant, (None, frozenset()))[0]
    return state is not None and state in countries.get(whose, ())


ACKNOWLEDGED = ("acknowledged_by_own_side", "partly_acknowledged_by_own_side")


def check_grade_matches_links(spec, name, raw, df, tables, raws, schema=None, **_) -> list[Problem]:
    """contested ⇔ in a 'contradicts' link; corroborated ⇒ a 'corroborates' link to an independent claimant;
    unattributed ⇒ ungraded; a 'corroborates' link joins independent claimants; the acknowledgement grades
    ⇔ the claimant belongs to the side whose losses (or troops) are counted."""
    out = []
    links = tables.get("links")
    sources = tables.get("sources")
    if links is None or sources is None:
        return out
    known = allegiances(tables, schema)
    claimant_of = dict(zip(df["claim_id"], df["claimant_id"]))
    lk = links[links["relation"] == "corroborates"]
    pairs = {(claimant_of.get(a), claimant_of.get(b)) for a, b in zip(lk["claim_a"], lk["claim_b"])}
    ok_pair = {p: independent(p[0], p[1], known) for p in pairs if None not in p}
    good = [ok_pair.get((claimant_of.get(a), claimant_of.get(b)), False) for a, b in zip(lk["claim_a"], lk["claim_b"])]
    good = pd.Series(good, index=lk.index, dtype=bool)
    contradicting = links[links["relation"] == "contradicts"]
    cid, g = df["claim_id"], df["grade"]
    in_contra = _isin(cid, _either(contradicting["claim_a"], contradicting["claim_b"]))
    in_cor = _isin(cid, _either(lk.loc[good, "claim_a"], lk.loc[good, "claim_b"]))
    countries = schema.resource("claims").field("whose_losses").extra.get("x-countries", {}) if schema is not None else {}
    sides = {(c, w): own_side(c, w, known, countries) for c, w in set(zip(df["claimant_id"], df["whose_losses"])) if isinstance(c, str)}
    own = pd.Series([sides.get((c, w), False) for c, w in zip(df["claimant_id"], df["whose_losses"])], index=df.index, dtype=bool)

    def who(i) -> str:
        state = known.get(df.at[i, "claimant_id"], (None,))[0]
        return f"{df.at[i, 'claimant_id']} ({state or 'no country'})"

    rules = [
        ((g == "contested") & ~in_contra, lambda i: "'contested' needs a 'contradicts' link in links.csv"),
        ((g != "contested") & g.notna() & in_contra,
         lambda i: f"'{g[i]}', but links.csv has a claim contradicting it: grade it 'contested'"),
        ((g == "corroborated") & ~in_cor,
         lambda i: "'corroborated' needs a 'corroborates' link to a claim by an independent claimant "
                   "(another claimant, of another country or a group known not to be of this one's): relays never corroborate"),
        ((df["attribution"] == "unattributed") & g.notna() & (g != "ungraded"),
         lambda i: f"'{g[i]}', but the claim is unattributed: grade it 'ungraded'"),
        (g.isin(ACKNOWLEDGED) & ~own,
         lambda i: f"'{g[i]}' is for a claimant of the side whose losses are counted ({df.at[i, 'whose_losses']}); "
                   f"the claimant is {who(i)}: grade it by its corroboration instead"),
        (own & g.notna() & ~g.isin([*ACKNOWLEDGED, "contested", "ungraded"]),
         lambda i: f"'{g[i]}', but the claimant {who(i)} belongs to the side whose losses are counted "
                   f"({df.at[i, 'whose_losses']}): grade it 'acknowledged_by_own_side' (or 'partly_acknowledged_by_own_side')"),
    ]
    for mask, message in rules:
        out += [raw.problem(i, "grade", message(i)) for i in df.index[mask.fillna(False).to_numpy()]]
    # the link itself must join independent claimants
    lraw = raws["links"]
    for i in lk.index[~good]:
        a, b = lk.at[i, "claim_a"], lk.at[i, "claim_b"]
        ca, cb = claimant_of.get(a), claimant_of.get(b)
        if ca is None or cb is None:
            continue  # an unknown claim: its own problem is reported
        ka, kb = known.get(ca, (None,))[0], known.get(cb, (None,))[0]
        out.append(lraw.problem(i, "relation", f"'corroborates' joins {a} ({ca}, {ka or 'no country'}) and "
                                                f"{b} ({cb}, {kb or 'no country'}): not independent claimants"))
    return out


#: Units a figure can be in; only people are added, set against troops, or drawn on an axis of people.
RATES = ("people_per_day", "people_per_week", "people_per_month")


def check_kinds_of_figure(spec, name, raw, df, **_) -> list[Problem]:
    """What each kind of figure must be: whole numbers except for shares; a share at most 100%; a rate over a
    stated period; a claim with no number counted in people; a projection or conditional not graded by the
    side's acknowledgement of losses that have not happened."""
    out = []
    unit = df["counted_in"].astype("object")
    for col in ("low", "best", "high"):
        v = df[col]
        fraction = v.notna() & (v.astype("Float64") % 1 != 0).fillna(False) & (unit != "percent_of_force")
        out += [raw.problem(i, col, f"{number_text(v[i])} is not a whole number: only a share (percent_of_force) may have decimals")
                for i in df.index[fraction.to_numpy()]]
        over = v.notna() & (v.astype("Float64") > 100).fillna(False) & (unit == "percent_of_force")
        out += [raw.problem(i, col, f"{number_text(v[i])}% is more than the whole force: a share is at most 100")
                for i in df.index[over.to_numpy()]]
    rate = unit.isin(RATES)
    out += [raw.problem(i, "scope", f"a rate ({unit[i]}) is a figure per unit of time over a basis period: scope 'period' "
                                    "(with the period in event_*) or 'unspecified', never '" + str(df.at[i, 'scope']) + "'")
            for i in df.index[(rate & ~df["scope"].isin(["period", "unspecified"])).to_numpy()]]
    out += [raw.problem(i, "counted_in", f"a claim with no number counts no unit: counted_in 'people', not '{unit[i]}'")
            for i in df.index[((df["qualifier"] == "none") & unit.notna() & (unit != "people")).to_numpy()]]
    share = unit == "percent_of_force"
    out += [raw.problem(i, "measure", "a troop figure (deployed) is not a share: a share is of losses, linked to the troops by share_of")
            for i in df.index[(share & (df["measure"] == "deployed")).to_numpy()]]
    count = df["count_as_written"].astype("object")
    for i in df.index[((unit == "people") & count.notna()).to_numpy()]:
        words, quote = str(count[i]), str(df.at[i, "quote"])
        if _PER_CENT.search(words):
            out.append(raw.problem(i, "counted_in", f"'{words}' states a share: counted_in 'percent_of_force', never people"))
            continue
        at = quote.find(words)
        after = quote[at + len(words): at + len(words) + 45] if at >= 0 else ""
        rate = _RATE.search(after)
        if rate:
            per = {"day": "people_per_day", "daily": "people_per_day", "week": "people_per_week", "month": "people_per_month"}[
                (rate.group(1) or "daily").lower()]
            out.append(raw.problem(i, "counted_in", f"'{words}{after[:rate.end()]}' states a rate: counted_in '{per}' (with the basis "
                                                    "period in event_*), never a count of people"))
    return out


#: Words right after a figure that make it a rate: "90 casualties a day", "per week", "daily".
_RATE = re.compile(r"^[^.;:,]{0,30}?\b(?:(?:a|per|each|every)\s+(day|week|month)\b(?!\s+(?:before|after|earlier|later|ago))|(daily))",
                   re.IGNORECASE)
_PER_CENT = re.compile(r"\d\s*(?:%|per\s*cent|percent)|\b(?:a|one|two|three)\s+(?:half|thirds?|quarters?|fifths?|tenths?)\b",
                       re.IGNORECASE)


def check_relays(spec, name, raw, df, tables, **_) -> list[Problem]:
    """A relay named in the text (explicit) has the words that name it; a relay is never the claimant itself,
    and no source passes a claim on twice."""
    out = []
    explicit = (df["attribution"] == "explicit") & df["relay_quote"].isna()
    out += [raw.problem(i, "relay_quote", "an explicit relay needs the words of the document that name it (or, if the document "
                                          "relays it without saying so, attribution 'inferred_from_context')")
            for i in df.index[explicit.to_numpy()]]
    claims = tables.get("claims")
    if claims is not None:
        claimant = _lookup(df["claim_id"], claims, "claim_id", "claimant_id")
        same = _equal(claimant, df["source_id"])
        out += [raw.problem(i, "source_id", f"'{df.at[i, 'source_id']}' is the claim's own claimant: a claimant does not relay "
                                            "itself (record only who passed the claim on)") for i in df.index[same.to_numpy()]]
    twice = df.duplicated(subset=["claim_id", "source_id"], keep="first") & df["claim_id"].notna() & df["source_id"].notna()
    out += [raw.problem(i, "source_id", f"'{df.at[i, 'source_id']}' relays claim '{df.at[i, 'claim_id']}' twice: a chain "
                                        "names each relay once") for i in df.index[twice.to_numpy()]]
    return out


#: Relations that say the same of (a, b) and (b, a).
SYMMETRIC = ("same_event", "may_overlap", "contradicts", "disagrees", "corroborates")
#: Pairs of relations one pair of claims cannot have both.
EXCLUSIVE = [("contradicts", "corroborates"), ("same_event", "may_overlap"), ("disagrees", "corroborates"),
             ("same_event", "disagrees"), ("contradicts", "disagrees")]


def check_links(spec, name, raw, df, tables, **_) -> list[Problem]:
    """A claim is not linked to itself; one pair is not linked twice the same way round and back, nor by relations
    that exclude each other; share_of joins a share to a troop figure of the same side; disagrees joins
    estimates of different claimants of the same measure, unit and side."""
    out = []
    same = _equal(df["claim_a"], df["claim_b"])
    out += [raw.problem(i, "claim_b", f"a claim cannot be linked to itself ('{df.at[i, 'claim_a']}')") for i in df.index[same.to_numpy()]]
    seen: dict[tuple, int] = {}
    relations: dict[frozenset, dict[str, int]] = {}
    for i, a, b, rel in zip(df.index, df["claim_a"], df["claim_b"], df["relation"]):
        if not (isinstance(a, str) and isinstance(b, str) and isinstance(rel, str)) or a == b:
            continue
        if rel in SYMMETRIC and (b, a, rel) in seen:
            out.append(raw.problem(i, "claim_a", f"{a} {rel} {b} is already on line {raw.line_of(seen[(b, a, rel)])} the other way "
                                                 "round: record each pair once"))
        seen[(a, b, rel)] = i
        pair = relations.setdefault(frozenset((a, b)), {})
        for x, y in EXCLUSIVE:
            other = y if rel == x else x if rel == y else None
            if other in pair:
                out.append(raw.problem(i, "relation", f"{a} and {b} are linked as '{other}' on line {raw.line_of(pair[other])}: they "
                                                      f"cannot also be '{rel}'"))
        pair.setdefault(rel, i)
    claims = tables.get("claims")
    if claims is None:
        return out
    info = claims.set_index("claim_id")[["claimant_id", "measure", "counted_in", "whose_losses", "modality"]].astype("object")
    info = info[~info.index.duplicated()]

    def get(claim, col):
        return info.at[claim, col] if claim in info.index else None

    for i, a, b, rel in zip(df.index, df["claim_a"], df["claim_b"], df["relation"]):
        if a not in info.index or b not in info.index:
            continue
        if rel == "share_of":
            if get(a, "counted_in") != "percent_of_force":
                out.append(raw.problem(i, "claim_a", f"share_of: {a} is counted in {get(a, 'counted_in')}, not percent_of_force"))
            if get(b, "measure") != "deployed":
                out.append(raw.problem(i, "claim_b", f"share_of: {b} is {get(b, 'measure')}, not a troop figure (deployed)"))
            elif get(a, "whose_losses") != get(b, "whose_losses"):
                out.append(raw.problem(i, "claim_b", f"share_of: {a} counts {get(a, 'whose_losses')} losses and {b} "
                                                     f"{get(b, 'whose_losses')} troops: a share is of its own side's troops"))
        elif rel == "disagrees":
            if get(a, "claimant_id") == get(b, "claimant_id"):
                out.append(raw.problem(i, "relation", f"disagrees: {a} and {b} have one claimant; a claimant's own figures that "
                                                      "change are its estimates over time (or 'contradicts' for one event)"))
            for col in ("measure", "counted_in", "whose_losses"):
                if get(a, col) != get(b, col):
                    out.append(raw.problem(i, "relation", f"disagrees: {a} is {get(a, col)} and {b} {get(b, col)} ({col}): only "
                                                          "estimates of the same quantity disagree"))
    return out


def _either(a: pd.Series, b: pd.Series) -> pd.Index:
    """The distinct values found in either column."""
    return pd.Index(pd.unique(np.concatenate([a.dropna().to_numpy(dtype=object), b.dropna().to_numpy(dtype=object)])))


CHECKS = {
    "verbatim_in_document": check_verbatim,
    "words_in_quote": check_words_in_quote,
    "figures_in_count": check_figures_in_count,
    "kinds_of_figure": check_kinds_of_figure,
    "relay_rules": check_relays,
    "link_rules": check_links,
    "bounds_ordered": check_bounds_ordered,
    "qualifier_matches_bounds": check_qualifier,
    "count_matches_phrases": check_count_matches_phrases,
    "dates_ordered": check_dates_ordered,
    "phrase_placeholders": check_phrase_placeholders,
    "parents_acyclic": check_parents_acyclic,
    "steps_consecutive": check_steps_consecutive,
    "grade_matches_links": check_grade_matches_links,
}
