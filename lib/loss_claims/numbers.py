"""Numbers stated in a text: digits ("11,000", "33") and English number words ("eight", "two hundred")."""
from __future__ import annotations

import re
from functools import lru_cache

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {w: i for i, w in enumerate(_UNITS)} | {w: 10 * (i + 2) for i, w in enumerate(_TENS)}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+|[A-Za-z]+")


@lru_cache(maxsize=65536)
def numbers_in(text: str) -> frozenset[int]:
    """Every number the text states, as integers.

    >>> sorted(numbers_in("killed 50 and wounded 47, eight more; around 11,000; two hundred"))
    [8, 47, 50, 200, 11000]
    """
    found: set[int] = set()
    total = current = 0
    in_words = False

    def flush() -> None:
        nonlocal total, current, in_words
        if in_words:
            found.add(total + current)
        total = current = 0
        in_words = False

    for token in _TOKEN.findall(text.replace("-", " ")):
        if token[0].isdigit():
            flush()
            found.add(int(token.replace(",", "")))
            continue
        word = token.lower()
        if word in WORD_VALUES:
            if in_words and current % 10 == 0 and 0 < WORD_VALUES[word] < 10 and current >= 20:
                current += WORD_VALUES[word]  # "forty two"
            elif in_words and current and not (current >= 100 and WORD_VALUES[word] < 100):
                flush()
                current, in_words = WORD_VALUES[word], True
            else:
                current += WORD_VALUES[word]
                in_words = True
        elif word in SCALES and in_words:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        elif word == "and" and in_words and (total or current >= 100):
            continue  # "one hundred and five"
        else:
            flush()
    flush()
    return frozenset(found)
