"""The text of numbers and quantities: numbers stated in a text (digits, "11,000", English number words such
as "eight" or "two hundred"), and the lexicon of quantity phrases (``quantity_phrases.csv``): how the words
around a number become a qualifier and bounds, and the bounds of vague quantities ('several hundred',
'nearly 1,000').

The validator uses both to check a claim's figures against its quote and its ``count_as_written``; the
lexicon is also the codebook's "how words become numbers".
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

import pandas as pd

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: i for i, w in enumerate(_UNITS)} | {w: 10 * (i + 2) for i, w in enumerate(_TENS)}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

#: Words that are a number on their own, or after "a": "both soldiers", "a pair", "a dozen".
SPECIAL = {"both": 2, "pair": 2, "dozen": 12}
#: The longest run of digits read as a figure; a longer one is no count of people (and Python will not convert it).
MAX_DIGITS = 30
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+\.\d+|\d+k\b|\d+|[A-Za-z]+", re.IGNORECASE)


def _digits(token: str) -> Fraction | None:
    """'11,000' -> 11000; '1.5' -> 3/2; '3k' -> 3000; '1.000' -> None (a point before three digits may be a
    thousands separator: ambiguous); a run of more than :data:`MAX_DIGITS` digits -> None."""
    t = token.replace(",", "").lower()
    if len(t.split(".")[0]) > MAX_DIGITS:
        return None
    if t.endswith("k"):
        return Fraction(int(t[:-1]) * 1000)
    if "." in t:
        if "," not in token and len(t.split(".")[1]) == 3:
            return None
        return Fraction(Decimal(t))
    return Fraction(int(t))


@lru_cache(maxsize=65536)
def numbers_in(text: str) -> frozenset:
    """Every number the text states: whole numbers as ``int``, others as ``Fraction``.

    >>> sorted(numbers_in("killed 50 and wounded 47, eight more; around 11,000; two hundred"))
    [8, 47, 50, 200, 11000]
    >>> sorted(numbers_in("1.5 million; a dozen; both officers; two dozen; a hundred"))
    [2, 12, 24, 100, 1500000]
    """
    found: set = set()
    total = current = Fraction(0)
    in_words = False

    def flush() -> None:
        nonlocal total, current, in_words
        if in_words:
            value = total + current
            found.add(int(value) if value.denominator == 1 else value)
        total = current = Fraction(0)
        in_words = False

    tokens = _TOKEN.findall(text.replace("-", " "))
    for i, token in enumerate(tokens):
        word = token.lower()
        following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if token[0].isdigit():
            flush()
            value = _digits(token)
            if value is not None:
                current, in_words = value, True
                if following not in SCALES and following != "dozen":  # else a scale word follows: "1.5 million"
                    flush()
            continue
        if word in WORD_VALUES:
            value = WORD_VALUES[word]
            if in_words and current % 10 == 0 and 0 < value < 10 and current >= 20:
                current += value  # "forty two"
            elif in_words and current and not (current >= 100 and value < 100):
                flush()
                current, in_words = Fraction(value), True
            else:
                current += value
                in_words = True
        elif word in ("a", "an") and (following in SCALES or following == "dozen"):
            flush()
            current, in_words = Fraction(1), True
        elif word in SCALES and in_words:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = Fraction(0)
        elif word == "dozen" and in_words:
            current = (current or 1) * 12
        elif word in ("both", "pair"):
            flush()
            current, in_words = Fraction(SPECIAL[word]), True
            flush()
        elif word == "and" and in_words and (total or current >= 100):
            continue  # "one hundred and five"
        else:
            flush()
    flush()
    return frozenset(found)


#: Fractions in words, as shares in per cent: "a third" is 33.33 (two decimals), "half" 50.
FRACTION_WORDS = {"half": Fraction(1, 2), "third": Fraction(1, 3), "thirds": Fraction(1, 3), "quarter": Fraction(1, 4),
                  "quarters": Fraction(1, 4), "fifth": Fraction(1, 5), "fifths": Fraction(1, 5), "tenth": Fraction(1, 10),
                  "tenths": Fraction(1, 10)}
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_FRACTION = re.compile(r"\b(a|an|one|two|three|four|nine)\s+(half|thirds?|quarters?|fifths?|tenths?)\b|\bhalf\b", re.IGNORECASE)


def shares_in(text: str) -> list[Fraction]:
    """Every share the text states, in per cent: "35%", "34.5 per cent", "a third" (100/3), "two thirds", "half"."""
    found = [Fraction(Decimal(m.group(1))) for m in _PERCENT.finditer(text)]
    for m in _FRACTION.finditer(text):
        if m.group(2) is None:
            found.append(Fraction(50))
            continue
        count = {"a": 1, "an": 1, "one": 1}.get(m.group(1).lower(), WORD_VALUES.get(m.group(1).lower(), 1))
        found.append(100 * count * FRACTION_WORDS[m.group(2).lower()])
    return found


def states(stated, value: float, share: bool = False) -> bool:
    """Whether ``value`` is among the ``stated`` numbers (a share to two decimals: "a third" is 33.33)."""
    if share:
        return any(abs(float(s) - float(value)) < 0.006 for s in stated)
    return any(s == value or (isinstance(s, Fraction) and abs(float(s) - float(value)) < 1e-9) for s in stated)

#: A number written in digits ("11,000", "33") or in words ("eight", "two hundred and five"): the same words
#: :func:`numbers_in` reads.
_NUMBER_WORDS = "(?:" + "|".join([*WORD_VALUES, *SCALES, "and", "a"]) + ")"
NUMBER = rf"(?:\d+\.\d+\s+(?:thousand|million)\b|\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+|{_NUMBER_WORDS}(?:[\s-]+{_NUMBER_WORDS})*)"


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


def placeholder_problem(phrase: str, low, best, high) -> str | None:
    """Why a lexicon row cannot be read ('{N}' twice, a bound naming M where the phrase has no '{M}'), or None."""
    phrase = str(phrase)
    for name in ("N", "M"):
        if phrase.count("{" + name + "}") > 1:
            return f"{{{name}}} appears {phrase.count('{' + name + '}')} times in the phrase: a phrase names each number once"
    if "{M}" in phrase and "{N}" not in phrase:
        return "the phrase has {M} but no {N}: the first number is {N}"
    for column, value in (("low", low), ("best", best), ("high", high)):
        value = "" if value is None or (not isinstance(value, str) and value != value) else str(value)
        for name in ("N", "M"):
            if name in value and "{" + name + "}" not in phrase:
                return f"{column} is {value!r}, but the phrase has no {{{name}}} for it to stand for"
    return None


def compile_phrases(table: pd.DataFrame) -> list[Phrase]:
    """The phrases of a (validated) quantity_phrases table, longest first so that 'no more than {N}' is
    tried before 'more than {N}'. A row that cannot be read (see :func:`placeholder_problem`) is left out:
    the validator reports it."""
    out = []
    for r in table.itertuples(index=False):
        if placeholder_problem(r.phrase, r.low, r.best, r.high) is not None:
            continue
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
