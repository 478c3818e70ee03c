"""Checks across rows and tables: foreign keys, and the ``x-checks`` named in datapackage.json.

Each check returns problems; none raises. Checks that need a table which could not be read
are skipped (that table's own problems are already reported).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import Problem
from . import quantities
from .numbers import numbers_in
from .paths import display
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
                           tables=tables, raws=raws, seeds=seeds)
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
    if not folder.is_dir():
        return []
    registered = set(documents["file"].dropna().astype(str))
    return [Problem(documents_path, 0, "file", f"seed '{p.name}' is in seeds/ but no row registers it: "
                                       f"register it with: python -m loss_claims add-document {display(p)}")
            for p in sorted(folder.iterdir()) if not p.name.startswith(".") and p.name not in registered]


def seed_texts(documents: pd.DataFrame, seeds_dir: Path, raw: RawTable | None = None) -> tuple[dict[str, str], list[Problem]]:
    """Text of each document's seed, by document id; problems for a missing, changed or non-text seed.

    A seed whose hash is wrong gives no text: nothing is checked against its content, so a wrong
    registration cannot be used to probe a file's content one guess at a time."""
    texts, problems = {}, []
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
            problems.append(problem("sha256", f"seed '{file}' has SHA-256 {digest}, not the registered {sha}: "
                                              "seeds are immutable; restore the original or register a new document"))
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
    return f"'{short}' is not found verbatim in {doc}"


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


def check_numbers_in_quote(spec, name, raw, df, **_) -> list[Problem]:
    """Each number of the row (low, best, high) is stated in its quote, in digits or in words; a vague
    quantity's bounds come from quantity_phrases.csv instead (checked there)."""
    quote = df[spec["quote"]]
    stated = df["qualifier"] != "vague"
    out = []
    for field in spec["fields"]:
        bad = _failing_pairs(df[field].where(stated), quote, lambda v, q: int(v) in numbers_in(q))
        for i in df.index[bad]:
            listed = ", ".join(map(str, sorted(numbers_in(quote[i])))) or "none"
            out.append(raw.problem(i, field, f"{df.at[i, field]} is not stated in the quote (numbers in the quote: {listed})"))
    return out


def check_bounds_ordered(spec, name, raw, df, **_) -> list[Problem]:
    out = []
    for a, b in (("low", "best"), ("best", "high"), ("low", "high")):
        bad = (df[a] > df[b]).fillna(False)
        out += [raw.problem(i, a, f"{a} {df.at[i, a]} is greater than {b} {df.at[i, b]}") for i in df.index[bad]]
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
    read once."""
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
        wanted = key.map({c: "" if getattr(r, col) is None else str(getattr(r, col)) for c, r in matched.items()}).fillna("")
        found = df[col].astype("string").fillna("")
        unparsed = (raw.frame[col] != "").to_numpy() & (found == "").to_numpy()  # its own problem is reported already
        wrong[col] = has & (wanted != found) & ~unparsed
    for i in df.index[np.logical_or.reduce([w.to_numpy() for w in wrong.values()])]:
        reading = matched[key[i]]
        cols = [c for c in columns if wrong[c][i]]

        def shown(values, cols=cols) -> str:
            return ", ".join(f"{c} {'empty' if v is None or pd.isna(v) else v}" for c, v in zip(cols, values))
        out.append(raw.problem(i, cols[0], f"'{key[i]}' reads, by the phrase '{reading.phrase}' of quantity_phrases.csv, as "
                                           f"{shown(getattr(reading, c) for c in cols)}; found {shown(df.at[i, c] for c in cols)} "
                                           f"({reading.rationale})"))
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
                                                f"{df.at[i, 'low']} / {df.at[i, 'best']} / {df.at[i, 'high']}")
                    for i in df.index[bad]]
    return out


def _qualifier_rule(qualifier: str) -> str:
    want = QUALIFIER_BOUNDS[qualifier]
    given = [c for c, w in zip(("low", "best", "high"), want) if w]
    return f"'{qualifier}' takes " + (" and ".join(given) if given else "no number")


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


def check_link_not_self(spec, name, raw, df, **_) -> list[Problem]:
    bad = _equal(df["claim_a"], df["claim_b"])
    return [raw.problem(i, "claim_b", f"a claim cannot be linked to itself ('{df.at[i, 'claim_a']}')") for i in df.index[bad]]


def check_grade_matches_links(spec, name, raw, df, tables, raws, **_) -> list[Problem]:
    """contested ⇔ in a 'contradicts' link; corroborated ⇒ a 'corroborates' link to an independent claimant;
    unattributed ⇒ ungraded; a 'corroborates' link joins claimants of different countries."""
    out = []
    links = tables.get("links")
    sources = tables.get("sources")
    if links is None or sources is None:
        return out
    lk = links[links["relation"] == "corroborates"]
    ca_s, cb_s = _lookup(lk["claim_a"], df, "claim_id", "claimant_id"), _lookup(lk["claim_b"], df, "claim_id", "claimant_id")
    ka_s, kb_s = _lookup(ca_s, sources, "source_id", "country"), _lookup(cb_s, sources, "source_id", "country")
    independent = ka_s.notna() & kb_s.notna() & ~_equal(ca_s, cb_s) & ~_equal(ka_s, kb_s)
    contradicting = links[links["relation"] == "contradicts"]
    cid, g = df["claim_id"], df["grade"]
    in_contra = _isin(cid, _either(contradicting["claim_a"], contradicting["claim_b"]))
    in_cor = _isin(cid, _either(lk.loc[independent, "claim_a"], lk.loc[independent, "claim_b"]))
    rules = [
        ((g == "contested") & ~in_contra, lambda i: "'contested' needs a 'contradicts' link in links.csv"),
        ((g != "contested") & g.notna() & in_contra,
         lambda i: f"'{g[i]}', but links.csv has a claim contradicting it: grade it 'contested'"),
        ((g == "corroborated") & ~in_cor,
         lambda i: "'corroborated' needs a 'corroborates' link to a claim by an independent claimant "
                   "(another claimant, of another country): relays never corroborate"),
        ((df["attribution"] == "unattributed") & g.notna() & (g != "ungraded"),
         lambda i: f"'{g[i]}', but the claim is unattributed: grade it 'ungraded'"),
    ]
    for mask, message in rules:
        out += [raw.problem(i, "grade", message(i)) for i in df.index[mask.fillna(False)]]
    # the link itself must join independent claimants
    lraw = raws["links"]
    known = ca_s.notna() & cb_s.notna()
    dependent = known & (_equal(ca_s, cb_s) | ka_s.isna() | kb_s.isna() | _equal(ka_s, kb_s))
    for i in lk.index[dependent]:
        a, b, ca, cb, ka, kb = lk.at[i, "claim_a"], lk.at[i, "claim_b"], ca_s[i], cb_s[i], ka_s[i], kb_s[i]
        out.append(lraw.problem(i, "relation", f"'corroborates' joins {a} ({ca}, {ka if isinstance(ka, str) else 'no country'}) and "
                                                f"{b} ({cb}, {kb if isinstance(kb, str) else 'no country'}): not independent claimants"))
    return out


def _either(a: pd.Series, b: pd.Series) -> pd.Index:
    """The distinct values found in either column."""
    return pd.Index(pd.unique(np.concatenate([a.dropna().to_numpy(dtype=object), b.dropna().to_numpy(dtype=object)])))


CHECKS = {
    "verbatim_in_document": check_verbatim,
    "words_in_quote": check_words_in_quote,
    "numbers_in_quote": check_numbers_in_quote,
    "bounds_ordered": check_bounds_ordered,
    "qualifier_matches_bounds": check_qualifier,
    "count_matches_phrases": check_count_matches_phrases,
    "dates_ordered": check_dates_ordered,
    "steps_consecutive": check_steps_consecutive,
    "link_not_self": check_link_not_self,
    "grade_matches_links": check_grade_matches_links,
}
