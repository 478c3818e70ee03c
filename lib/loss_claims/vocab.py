"""Every word and colour a reader sees, from the schema (``x-labels``, ``x-colours``, ``x-caveat``), read once.

Charts, notebooks, the claim explorer, the codebook and alt text all call these functions, so that
relabelling a value is one edit in ``ledger/datapackage.json``.

    >>> label("measure", "killed_or_wounded")
    'killed or wounded'
    >>> plural(1, "claim"), plural(3, "claim"), plural(2, "claimant", "claimants")
    ('1 claim', '3 claims', '2 claimants')
"""
from __future__ import annotations

from functools import lru_cache

from .ledger.schema import load_schema
from .ledger.text import html_text, visible  # noqa: F401 - what a notebook shows of a ledger's text, as text


@lru_cache(maxsize=1)
def _schema():
    return load_schema()


def _field(column: str, table: str = "claims"):
    return _schema().resource(table).field(column)


def label(column: str, value, table: str = "claims") -> str:
    """The reader's word for an enum value ('killed_or_wounded' -> 'killed or wounded'); a value the schema does
    not label is shown with its underscores as spaces."""
    if value is None or (not isinstance(value, str) and value != value):
        return ""
    return _field(column, table).labels.get(str(value), str(value).replace("_", " "))


def labels(column: str, table: str = "claims") -> dict[str, str]:
    """Every value of an enum with its label, in the codebook's order."""
    f = _field(column, table)
    return {v: f.labels.get(v, v.replace("_", " ")) for v in f.enum or []}


def colour(column: str, value: str, table: str = "claims") -> str:
    """The colour of an enum value (grades have colours of their own, used for nothing else)."""
    return _field(column, table).extra.get("x-colours", {}).get(str(value), "#595959")


def colours(column: str, table: str = "claims") -> dict[str, str]:
    return dict(_field(column, table).extra.get("x-colours", {}))


def components(measure: str) -> list[str]:
    """What a measure combines: 'killed_or_captured' -> ['killed', 'captured']; a single measure -> itself."""
    return list(_field("measure").extra.get("x-components", {}).get(measure, [measure]))


def countries(whose_losses: str) -> list[str]:
    """The states whose people a whose_losses value counts ('russian_and_north_korean' -> ['RU', 'KP'])."""
    return list(_field("whose_losses").extra.get("x-countries", {}).get(whose_losses, []))


def country_name(code) -> str:
    """'UA' -> 'Ukraine'; an empty code -> 'country not known'."""
    if not isinstance(code, str) or not code:
        return "country not known"
    return _schema().descriptor.get("x-country-names", {}).get(code, code)


def caveat() -> str:
    """The one wording of the caveat every chart and page carries."""
    return _schema().descriptor["x-caveat"]


def plural(n: int, word: str, words: str | None = None) -> str:
    """'1 claim', '2 claims', '1,200 claims' (the plural given where it is not word + 's')."""
    return f"{n:,} {word if n == 1 else words or word + 's'}"


def sentence_case(text: str) -> str:
    """The first letter upper case, the rest as written ('North Korean killed' stays so)."""
    return text[:1].upper() + text[1:]


def measure_phrase(whose: str, measure: str) -> str:
    """How a chart names what is counted: 'North Korean killed', 'Russian and North Korean killed or wounded',
    'North Korean troops deployed'."""
    side = label("whose_losses", whose)
    if measure == "deployed":
        return f"{side} troops deployed"
    return f"{side} {label('measure', measure)}"


def figure_text(qualifier: str, low, best, high, count_as_written=None, counted_in: str = "people") -> str:
    """The figure as the text qualifies it: '33', '≈200', 'more than 50', '31–34', 'up to 1 company', 'no number'.
    Shares carry '%', rates their unit ('≈90 a day')."""
    def n(v) -> str:
        f = float(v)
        return f"{f:,.0f}" if f.is_integer() else f"{f:,.2f}".rstrip("0").rstrip(".")

    unit = {"percent_of_force": "%", "people_per_day": " a day", "people_per_week": " a week", "people_per_month": " a month"}
    formation = {"platoons": "platoon", "companies": "company", "battalions": "battalion", "brigades": "brigade"}
    base = {
        "exact": lambda: n(best),
        "approximate": lambda: f"≈{n(best)}",
        "more_than": lambda: f"more than {n(low)}",
        "at_least": lambda: f"at least {n(low)}",
        "fewer_than": lambda: f"fewer than {n(high)}",
        "at_most": lambda: f"up to {n(high)}",
        "range": lambda: f"{n(low)}–{n(high)}",
        "vague": lambda: f"“{count_as_written}” ({n(low)}–{n(high)})",
        "none": lambda: "no number",
    }[qualifier]()
    if qualifier == "none":
        return base
    if counted_in in formation:
        word = formation[counted_in]
        value = float(high if qualifier in ("fewer_than", "at_most") else low if qualifier in ("more_than", "at_least") else
                       best if best == best and best is not None else high)
        return f"{base} {word if value == 1 else counted_in}"
    return base + unit.get(counted_in, "")
