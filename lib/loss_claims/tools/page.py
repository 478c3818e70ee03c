"""The one page frame of the report and the claim explorer: style, navigation, the caveat, and the one escaping
rule for everything a ledger puts into a page (:func:`e`).

Text from a ledger (names, quotes, notes, alt text) is always shown as text: HTML-escaped, and with the
characters that could make it look other than it is (bidirectional overrides, terminal and other control
characters) shown as visible code points instead.
"""
from __future__ import annotations

import html


from .. import vocab
from ..ledger.text import UNSAFE, html_text, visible  # noqa: F401 - one rule, re-exported for the pages

def e(value) -> str:
    """A value from a ledger as page text: '' for a missing value, else escaped and made visible."""
    return html_text(value)


STYLE = """body{font-family:system-ui,'DejaVu Sans',sans-serif;max-width:75em;margin:2em auto;padding:0 16px;line-height:1.45;color:#1a1a1a}
a{color:#0b57a4}mark{background:#fff1a8;padding:0 .1em}mark a{color:inherit}sup a{font-size:.75em;text-decoration:none}
.caveat{background:#fff4e5;border-left:4px solid #a14a00;padding:.6em 1em}
.nb{border-top:1px solid #ddd;padding:1em 0}.figs{display:flex;flex-wrap:wrap;gap:1em}
.figs figure{margin:0;max-width:22em}.figs figure img{max-width:100%;border:1px solid #eee}figcaption{font-size:.9em}
table{border-collapse:collapse;font-size:.85em;width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
.card{border:1px solid #ccc;border-radius:6px;padding:.4em 1em;margin:1.2em 0;scroll-margin-top:1em}.card:target{outline:3px solid #0b57a4}
.card dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;font-size:.9em}.card dt{font-weight:bold}
.context{background:#f6f6f6;padding:.6em;border-radius:4px}.chain{font-size:.9em}
#filters{display:flex;flex-wrap:wrap;gap:.5em 1.2em;margin:1em 0}#filters label{font-size:.9em}
.doctext p{max-width:60em}.gallery figure{margin:2em 0}.chart svg{display:block;max-width:100%;height:auto}
.group{border-left:4px solid #ccc;padding-left:1em}.table-wrap{overflow-x:auto}"""


def page(title: str, body: str, up: str = "") -> str:
    """A page of the report: ``up`` is the way back to the report's folder ('' or '../')."""
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><title>{html.escape(title)}</title><style>{STYLE}</style></head><body>\n'
            f'<nav><a href="{up}index.html">← The report</a> · <a href="{up}claims.html">All claims</a> · '
            f'<a href="{up}figures/index.html">All figures</a></nav>\n<main>\n{body}\n</main>\n</body></html>\n')


def caveat() -> str:
    return f'<p class="caveat">{html.escape(vocab.caveat())}</p>'
