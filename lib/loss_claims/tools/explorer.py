"""The report as a claim explorer: from every chart mark to the sentence behind it.

* ``claims.html``: a table of every claim, filterable by measure, side, claimant, grade and document (a
  small inline script; without JavaScript the full table is shown), then one card per claim at a stable
  anchor (``claims.html#c004``): the quote in its context, claimant → relays → document, the figure as
  written and how it is qualified, scope, dates, place, the grade and why, the text's caveats, the
  curator's notes, and the linked claims. Marks that stand for several claims link to a list of them
  (``claims.html#g-…``).
* ``documents/<id>.html``: the full text of each document, every quoted passage highlighted and anchored
  (``#q-c004``), each linking to its card.
* ``figures/index.html``: every figure as inline SVG whose marks link to their cards, with its alt text.

Everything is static and offline; nothing is fetched.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

from . import analysis
from .load import Ledger

STYLE = """body{font-family:system-ui,'DejaVu Sans',sans-serif;max-width:75em;margin:2em auto;padding:0 1em;line-height:1.45;color:#1a1a1a}
a{color:#0b57a4}mark{background:#fff1a8;padding:0 .1em}mark a{color:inherit}sup a{font-size:.75em;text-decoration:none}
.caveat{background:#fff4e5;border-left:4px solid #a14a00;padding:.6em 1em}
table{border-collapse:collapse;font-size:.85em;width:100%}td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
.card{border:1px solid #ccc;border-radius:6px;padding:.4em 1em;margin:1.2em 0;scroll-margin-top:1em}.card:target{outline:3px solid #0b57a4}
.card dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em;font-size:.9em}.card dt{font-weight:bold}
.context{background:#f6f6f6;padding:.6em;border-radius:4px}.chain{font-size:.9em}
#filters{display:flex;flex-wrap:wrap;gap:.5em 1.2em;margin:1em 0}#filters label{font-size:.9em}
.doctext p{max-width:60em}figure{margin:2em 0}figure svg{max-width:100%;height:auto}
.group{border-left:4px solid #ccc;padding-left:1em}"""


def page(title: str, body: str, up: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>\n"
            f'<nav><a href="{up}index.html">← The report</a> · <a href="{up}claims.html">All claims</a> · '
            f'<a href="{up}figures/index.html">All figures</a></nav>\n<main>\n{body}\n</main>\n</body></html>\n')


def _e(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else html.escape(str(value))


def _date(start, end, precision, written) -> str:
    words = _e(written)
    if pd.isna(start):
        return words or "not stated"
    span = start.date().isoformat() if start == end else f"{start.date().isoformat()} to {end.date().isoformat()}"
    return f"{span} ({precision})" + (f", “{words}”" if words else "")


def grade_reason(claim, links: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Why the claim has its grade, from the rules the validator enforces."""
    names = sources.set_index("source_id")
    linked = links[(links["claim_a"] == claim.claim_id) | (links["claim_b"] == claim.claim_id)]

    def others(relation: str) -> list[str]:
        rows = linked[linked["relation"] == relation]
        return [b if a == claim.claim_id else a for a, b in zip(rows["claim_a"], rows["claim_b"])]

    if claim.grade == "contested":
        return "contradicted by " + ", ".join(f'<a href="#{i}">{i}</a>' for i in others("contradicts")) + " (links.csv)"
    if claim.grade == "corroborated":
        return ("an independent claimant of another country states a compatible figure: "
                + ", ".join(f'<a href="#{i}">{i}</a>' for i in others("corroborates")))
    if claim.grade == "ungraded":
        return "the document's own voice: no claimant is named"
    if claim.grade == "confirmed_by_opposing_side":
        return "the side that suffered the loss says so"
    return (f"one claimant ({_e(names['name'].get(claim.claimant_id, claim.claimant_id))}); outlets relaying it add no "
            "corroboration")


def _context(text: str, quote: str, width: int = 200) -> str:
    at = text.find(quote)
    if at < 0:
        return _e(quote)
    return (f"…{_e(text[max(0, at - width):at])}<mark>{_e(quote)}</mark>{_e(text[at + len(quote):at + len(quote) + width])}…")


FILTERS = [("measure", "measure"), ("whose_losses", "side"), ("claimant", "claimant"), ("grade", "grade"), ("document_id", "document")]
SCRIPT = """<script>
(function () {
  var selects = document.querySelectorAll('#filters select');
  function apply() {
    var shown = 0;
    document.querySelectorAll('#claims-table tbody tr').forEach(function (row) {
      var ok = true;
      selects.forEach(function (s) { if (s.value && row.dataset[s.name] !== s.value) { ok = false; } });
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.getElementById('shown').textContent = shown;
  }
  selects.forEach(function (s) { s.addEventListener('change', apply); });
})();
</script>"""


def claims_page(ledger: Ledger, groups: dict[str, list[str]]) -> str:
    c = analysis.claims_table(ledger, _all_params())
    sources = ledger.sources.set_index("source_id")["name"]
    chains = analysis.relay_chains(ledger)
    links = ledger.links
    rows, cards = [], []
    for r in c.itertuples():
        data = " ".join(f'data-{k.replace("_", "")}="{_e(getattr(r, k))}"' for k, _ in FILTERS)
        rows.append(f'<tr {data}><td><a href="#{r.claim_id}">{r.claim_id}</a></td>'
                    f'<td><a href="documents/{r.document_id}.html#q-{r.claim_id}">{r.document_id}</a></td>'
                    f"<td>{_e(r.claimant)}</td><td>{_e(r.measure)}</td><td>{_e(r.whose_losses)}</td>"
                    f"<td>{_e(r.figure)}</td><td>{_e(r.grade)}</td></tr>")
        hops = chains.at[r.claim_id, "hops"]
        chain = " → ".join([_e(sources.get(hops[0], hops[0])), *(_e(sources.get(h, h)) for h in hops[1:-1]),
                            f'<a href="documents/{r.document_id}.html#q-{r.claim_id}">{r.document_id}</a>'])
        linked = links[(links["claim_a"] == r.claim_id) | (links["claim_b"] == r.claim_id)]
        link_items = "".join(
            f'<li>{_e(rel)}: <a href="#{b if a == r.claim_id else a}">{b if a == r.claim_id else a}</a> — {_e(note)}</li>'
            for a, b, rel, note in zip(linked["claim_a"], linked["claim_b"], linked["relation"], linked["note"]))
        figure = _e(r.figure) + (f" (as written: “{_e(r.count_as_written)}”)" if isinstance(r.count_as_written, str) else "")
        cards.append(
            f'<article class="card" id="{r.claim_id}"><h3>{r.claim_id} · {_e(r.measure)} · {figure}</h3>'
            f'<p class="context">{_context(ledger.seeds.get(r.document_id, ""), r.quote)}</p>'
            f'<p class="chain">Claimed by {chain}</p><dl>'
            f"<dt>whose losses</dt><dd>{_e(r.whose_losses)} ({_e(r.personnel)})</dd>"
            f"<dt>figure</dt><dd>{figure}; qualifier {_e(r.qualifier)}</dd><dt>scope</dt><dd>{_e(r.scope)}</dd>"
            f"<dt>event</dt><dd>{_date(r.event_start, r.event_end, r.event_precision, r.event_as_written)}</dd>"
            f"<dt>reported</dt><dd>{_date(r.reported_start, r.reported_end, r.reported_precision, r.reported_as_written)}</dd>"
            f"<dt>place</dt><dd>{_e(r.place) or 'not stated'} ({_e(r.place_precision)})</dd>"
            f"<dt>grade</dt><dd>{_e(r.grade)}: {grade_reason(r, links, ledger.sources)}</dd>"
            + (f"<dt>the text's caveat</dt><dd>“{_e(r.caveat_quote)}”</dd>" if isinstance(r.caveat_quote, str) else "")
            + (f"<dt>curator's notes</dt><dd>{_e(r.notes)}</dd>" if isinstance(r.notes, str) else "")
            + (f"<dt>linked claims</dt><dd><ul>{link_items}</ul></dd>" if link_items else "")
            + "</dl></article>")
    selects = []
    for column, label in FILTERS:
        values = sorted(set(map(str, c[column].dropna())), key=str.casefold)
        options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
        selects.append(f'<label>{label} <select name="{column.replace("_", "")}"><option value="">all</option>{options}</select></label>')
    group_html = "".join(
        f'<section class="group" id="{key}"><h3>{len(ids)} claims behind one mark</h3><p>'
        + ", ".join(f'<a href="#{i}">{i}</a>' for i in ids) + "</p></section>" for key, ids in sorted(groups.items()))
    return page("Claims", (
        f"<h1>Every claim, with the words behind it</h1><p class=\"caveat\">{analysis.CAVEAT}</p>"
        f'<form id="filters" aria-label="Filter the claims">{"".join(selects)}</form>'
        f'<p><span id="shown">{len(c)}</span> of {len(c)} claims shown (the filters need JavaScript; without it the full '
        "table is shown).</p>"
        '<table id="claims-table"><caption>Claims in the ledger</caption><thead><tr><th scope="col">claim</th><th scope="col">document</th>'
        '<th scope="col">claimant</th><th scope="col">measure</th><th scope="col">whose</th><th scope="col">figure</th>'
        f'<th scope="col">grade</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        f"<h2>The claims, one by one</h2>{''.join(cards)}"
        + (f"<h2>Marks that stand for several claims</h2>{group_html}" if group_html else "") + SCRIPT))


def document_page(ledger: Ledger, document) -> str:
    """The document's full text, each quoted passage highlighted, anchored and linked to its claim."""
    text = ledger.seeds.get(document.document_id, "")
    c = ledger.claims[ledger.claims["document_id"] == document.document_id]
    spans: dict[tuple[int, int], list[str]] = {}
    for claim_id, quote in zip(c["claim_id"], c["quote"]):
        at = text.find(quote)
        if at >= 0:
            spans.setdefault((at, at + len(quote)), []).append(claim_id)
    cuts = sorted({0, len(text), *(p for span in spans for p in span)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        starts = [i for (s, _), ids in spans.items() if s == a for i in ids]
        ends = [i for (_, e), ids in spans.items() if e == b for i in ids]
        covering = [i for (s, e), ids in spans.items() if s <= a and b <= e for i in ids]
        piece = _e(text[a:b])
        anchors = "".join(f'<span id="q-{i}"></span>' for i in starts)
        if covering:
            piece = f'<mark><a href="../claims.html#{covering[0]}">{piece}</a></mark>'
        out.append(anchors + piece + ("".join(f'<sup><a href="../claims.html#{i}">{i}</a></sup>' for i in ends)))
    body = "".join(out).replace("\n", "<br>\n")
    title = document.title if isinstance(document.title, str) else f"{document.document_id} (untitled)"
    return page(f"{document.document_id}: {title}", (
        f"<h1>{_e(document.document_id)}: {_e(title)}</h1><p>{_e(document.kind)}; published "
        f"{_date(document.published_start, document.published_end, document.published_precision, None)}. "
        f"{_e(document.published_basis)}</p><p class=\"caveat\">Highlighted: the passages the ledger quotes; each links to "
        f"its claim.</p><div class=\"doctext\"><p>{body}</p></div>"), up="../")


def _all_params():
    from .params import validate

    return validate(include_other_conflicts=True, measures="all", whose_losses="all")


GROUP = re.compile(r'<a xlink:href="\.\./claims\.html#(g-[0-9a-f]+)"[^>]*><title>[^<]*</title><desc>([^<]*)</desc>')


def groups_in(svgs: list[str]) -> dict[str, list[str]]:
    """The lists of claims that multi-claim marks in the figures link to (written in each mark's <desc>)."""
    found: dict[str, list[str]] = {}
    for svg in svgs:
        for key, ids in GROUP.findall(svg):
            found[key] = ids.split()
    return found


def figures_page(figs: list[tuple[str, str, str]]) -> str:
    """(name, svg text, alt text) of each figure, inline, marks linking to claims."""
    items = []
    for name, svg, alt in figs:
        svg = re.sub(r"^<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?", "", svg)
        svg = svg.replace("<svg ", f'<svg role="img" aria-label="{_e(alt)}" ', 1)
        items.append(f'<figure id="{name}"><h2>{name}</h2>{svg}<figcaption><p>{_e(alt)}</p><p>'
                     f'<a href="{name}.png">PNG</a> · <a href="{name}.svg">SVG</a> · <a href="{name}.csv">the data (CSV)</a></p>'
                     "</figcaption></figure>")
    return page("Figures", "<h1>The figures: each mark links to the claim behind it</h1>"
                f'<p class="caveat">{analysis.CAVEAT}</p>' + "".join(items), up="../")


def write(ledger: Ledger, report_dir: Path, figure_names: list[str]) -> list[tuple[str, str, int]]:
    """Write the claims page, the document pages and the figure gallery into ``report_dir``; return the documents
    as (id, title, claim count, row) for the index."""
    svgs, figs = [], []
    for name in figure_names:
        svg_path, alt_path = report_dir / "figures" / f"{name}.svg", report_dir / "figures" / f"{name}.alt.txt"
        if svg_path.is_file():
            svg = svg_path.read_text(encoding="utf-8")
            svgs.append(svg)
            figs.append((name, svg, alt_path.read_text(encoding="utf-8").strip() if alt_path.is_file() else name))
    (report_dir / "claims.html").write_text(claims_page(ledger, groups_in(svgs)), encoding="utf-8")
    (report_dir / "documents").mkdir(exist_ok=True)
    docs = []
    for d in ledger.documents.itertuples():
        (report_dir / "documents" / f"{d.document_id}.html").write_text(document_page(ledger, d), encoding="utf-8")
        docs.append((d.document_id, d.title if isinstance(d.title, str) else "(untitled)",
                     int((ledger.claims["document_id"] == d.document_id).sum()), d))
    (report_dir / "figures" / "index.html").write_text(figures_page(figs), encoding="utf-8")
    return docs
