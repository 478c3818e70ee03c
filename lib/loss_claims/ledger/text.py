"""Text from a ledger shown as text: the characters that could make it look other than it is (bidirectional
overrides and isolates, zero-width and other format characters, terminal and other control characters) are shown
as their code points wherever a reader or a terminal would otherwise interpret them: pages, charts, messages.

    >>> visible("Unit\\u202e 74")
    'Unit[U+202E] 74'
"""
from __future__ import annotations

import html
import re
import unicodedata

#: Characters never shown as themselves (a tab and a newline are kept).
UNSAFE = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def visible(text: str) -> str:
    """``text`` with each unsafe character replaced by its code point, e.g. '[U+202E]'."""
    return UNSAFE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def one_line(text: str) -> str:
    """``text`` for a message of one line: unsafe characters, tabs and newlines shown as code points."""
    return visible(text).replace("\n", "[U+000A]").replace("\t", "[U+0009]")


def unsafe_characters(text: str) -> list[str]:
    """The unsafe characters in ``text``, named: ['U+202E RIGHT-TO-LEFT OVERRIDE']."""
    return [f"U+{ord(c):04X} {unicodedata.name(c, 'control character')}" for c in dict.fromkeys(UNSAFE.findall(text))]


def html_text(value) -> str:
    """A value from a ledger as HTML text: '' for a missing value, else made visible and escaped (markup in a name
    or a quote is shown, never run)."""
    if value is None or (not isinstance(value, str) and value != value):
        return ""
    return html.escape(visible(str(value)), quote=True)
