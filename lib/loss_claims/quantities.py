"""The quantity phrases of a ledger (``quantity_phrases.csv``): how the words around a number become a
qualifier and bounds, and the bounds of vague quantities ('several hundred', 'nearly 1,000').

The validator uses it to check ``count_as_written`` against a claim's qualifier and bounds; the same
table is the codebook's "how words become numbers".
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import pandas as pd

from .numbers import numbers_in

#: A number written in digits ("11,000", "33") or in words ("eight", "two hundred and five").
_NUMBER_WORDS = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                 r"thousand|million|and|a)")
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|{_NUMBER_WORDS}(?:[\s-]+{_NUMBER_WORDS})*)"


@dataclass(frozen=True)
class Reading:
    """What a phrase makes of a count as written."""

    phrase: str
    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    rationale: str


@dataclass(frozen=True)
class Phrase:
    phrase: str
    qualifier: str
    low: str
    best: str
    high: str
    rationale: str
    pattern: re.Pattern

    def read(self, text: str) -> Reading | None:
        m = self.pattern.fullmatch(text.strip())
        if not m:
            return None
        values = {}
        for name in ("N", "M"):
            if name in m.groupdict() and m.group(name) is not None:
                found = numbers_in(m.group(name))
                if len(found) != 1:
                    return None
                values[name] = next(iter(found))
        return Reading(self.phrase, self.qualifier, _value(self.low, values), _value(self.best, values),
                       _value(self.high, values), self.rationale)


def _value(expression: str, values: dict[str, int]) -> int | None:
    """'' → None; '300' → 300; 'N' → N; 'N-1' → N - 1; '0.9N' → ⌊0.9·N⌋ (rounded down, so that 'nearly 7'
    is 6–6, never 7–6)."""
    if expression == "":
        return None
    if expression.isdigit():
        return int(expression)
    if expression in values:
        return values[expression]
    if expression == "N-1":
        return values["N"] - 1
    if expression.endswith("N"):
        return math.floor(Fraction(Decimal(expression[:-1])) * values["N"])
    raise ValueError(f"unknown bound expression {expression!r}")


def compile_phrases(table: pd.DataFrame) -> list[Phrase]:
    """The phrases of a (validated) quantity_phrases table, longest first so that 'no more than {N}' is
    tried before 'more than {N}'."""
    out = []
    for r in table.itertuples(index=False):
        words = re.escape(str(r.phrase)).replace(r"\{N\}", f"(?P<N>{NUMBER})").replace(r"\{M\}", f"(?P<M>{NUMBER})")
        words = words.replace(r"\ ", r"\s+")
        out.append(Phrase(str(r.phrase), str(r.qualifier), *("" if pd.isna(v) else str(v) for v in (r.low, r.best, r.high)),
                          str(r.rationale), re.compile(words, re.IGNORECASE)))
    return sorted(out, key=lambda p: -len(p.phrase))


def read(phrases: list[Phrase], text: str) -> Reading | None:
    """The reading of the first phrase that matches the whole of ``text``, or None."""
    for p in phrases:
        if (reading := p.read(text)) is not None:
            return reading
    return None
