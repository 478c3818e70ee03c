"""The report as a claim explorer: from every chart mark to the sentence behind it.

* ``claims.html``: a table of every claim, filterable by measure, side, claimant, grade and document (a
  small inline script; without JavaScript the full table is shown), then one card per claim at a stable
  anchor (``claims.html#c004``): the quote in its context, claimant → relays → document, the figure as
  written and what it counts, scope, dates, place, the grade and why, the text's caveats, the curator's
  notes, and the linked claims. Marks that stand for several claims link to a list of them (``claims.html#g-…``).
* ``documents/<id>.html``: the full text of each document, every quoted passage highlighted and anchored
  (``#q-c004``), each linking to its card.
* ``figures/index.html``: every figure as inline SVG (real text; the laptop version on a wide screen, the phone
  version on a narrow one) whose marks link to their cards, with its alt text.

Everything is static and offline; nothing is fetched. Every word from the ledger goes through :func:`page.e`.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .. import vocab
from ..claims import select
from ..ledger.load import Ledger
from ..setup import with_words
from .page import caveat, e, page


def _date(start, end, precision, written) -> str:
    words = e(written)
    if pd.isna(start) and pd.isna(end):
        return words or "not stated"
    if pd.isna(start):
        span = f"by {end.date().isoformat()}"
    elif pd.isna(end):
        span = f"from {start.date().isoformat()}"
    else:
        span = start.date().isoformat() if start == end else f"{start.date().isoformat()} to {end.date().isoformat()}"
    return f"{span} ({e(vocab.label('event_precision', precision))})" + (f", “{words}”" if words else "")


def grade_reason(claim, links: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Why the claim has its grade, from the rules the validator enforces."""
    names = sources.set_index("source_id")["name"]
    linked = links[(links["claim_a"] == claim.claim_id) | (links["claim_b"] == claim.claim_id)]

    def others(relation: str) -> str:
        rows = linked[linked["relation"] == relation]
        return ", ".join(f'<a href="#{e(i)}">{e(i)}</a>' for i in (b if a == claim.claim_id else a
                                                                   for a, b in zip(rows["claim_a"], rows["claim_b"])))

    who = e(names.get(claim.claimant_id, claim.claimant_id))
    return {
        "contested": lambda: f"contradicted by {others('contradicts')} (links.csv)",
        "corroborated": lambda: f"an independent claimant states a compatible figure: {others('corroborates')}",
        "ungraded": lambda: "the document's own voice: no claimant is named",
        "acknowledged_by_own_side": lambda: f"the claimant ({who}) belongs to the side whose losses or troops it counts",
        "partly_acknowledged_by_own_side": lambda: f"the claimant ({who}) belongs to the side it counts, and acknowledges "
                                                   "the losses only in part",
    }.get(str(claim.grade), lambda: f"one claimant ({who}); outlets relaying it add no corroboration")()


def _context(text: str, quote: str, width: int = 200) -> str:
    at = text.find(quote)
    if at < 0:
        return e(quote)
    return f"…{e(text[max(0, at - width):at])}<mark>{e(quote)}</mark>{e(text[at + len(quote):at + len(quote) + width])}…"


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


def every_claim(ledger: Ledger) -> pd.DataFrame:
    """Every claim of the ledger, whatever the notebooks' default selection, with its figure as written."""
    return with_words(select(ledger, include_other_conflicts=True, include_other_areas=True))


def _shown(column: str, value) -> str:
    return vocab.label(column, value) if column in ("measure", "whose_losses", "grade") else str(value)


def claims_page(ledger: Ledger, groups: dict[str, list[str]]) -> str:
    c = every_claim(ledger)
    names = ledger.sources.set_index("source_id")["name"]
    links = ledger.links
    rows, cards = [], []
    for r in c.itertuples():
        data = " ".join(f'data-{k.replace("_", "")}="{e(getattr(r, k))}"' for k, _ in FILTERS)
        rows.append(f'<tr {data}><td><a href="#{e(r.claim_id)}">{e(r.claim_id)}</a></td>'
                    f'<td><a href="documents/{e(r.document_id)}.html#q-{e(r.claim_id)}">{e(r.document_id)}</a></td>'
                    f"<td>{e(r.claimant)}</td><td>{e(vocab.label('measure', r.measure))}</td>"
                    f"<td>{e(vocab.label('whose_losses', r.whose_losses))}</td><td>{e(r.figure)}</td>"
                    f"<td>{e(vocab.label('grade', r.grade))}</td></tr>")
        relays = [names.get(s, s) for s in str(r.relays).split()]
        chain = " → ".join([e(r.claimant), *(e(x) for x in relays),
                            f'<a href="documents/{e(r.document_id)}.html#q-{e(r.claim_id)}">{e(r.document_id)}</a>'])
        linked = links[(links["claim_a"] == r.claim_id) | (links["claim_b"] == r.claim_id)]
        link_items = "".join(
            f'<li>{e(vocab.label("relation", rel, "links"))}: <a href="#{e(b if a == r.claim_id else a)}">{e(b if a == r.claim_id else a)}'
            f"</a> — {e(note)}</li>" for a, b, rel, note in zip(linked["claim_a"], linked["claim_b"], linked["relation"], linked["note"]))
        measure = vocab.label("measure", r.measure)
        counted = vocab.label("counted_in", r.counted_in)
        figure = e(r.figure) + (f" (as written: “{e(r.count_as_written)}”)" if isinstance(r.count_as_written, str) else "")
        kinds = []
        if r.counted_in != "people":
            kinds.append(f"counted in {e(counted)}")
        if r.modality != "reported":
            kinds.append(f"{e(vocab.label('modality', r.modality))}: not a loss reported")
        if isinstance(r.derived_from, str):
            kinds.append(f'the outlet\'s own figure, derived from <a href="#{e(r.derived_from)}">{e(r.derived_from)}</a>')
        cards.append(
            f'<article class="card" id="{e(r.claim_id)}"><h3>{e(r.claim_id)} · {e(measure)} · {figure}</h3>'
            f'<p class="context">{_context(ledger.seeds.get(r.document_id, ""), r.quote)}</p>'
            f'<p class="chain">Claimed by {chain}</p><dl>'
            f"<dt>whose</dt><dd>{e(vocab.label('whose_losses', r.whose_losses))} ({e(vocab.label('personnel', r.personnel))})</dd>"
            f"<dt>figure</dt><dd>{figure}; {e(vocab.label('qualifier', r.qualifier))}"
            + (f"; {'; '.join(kinds)}" if kinds else "") + "</dd>"
            f"<dt>scope</dt><dd>{e(vocab.label('scope', r.scope))}</dd>"
            f"<dt>{'looks to' if r.modality != 'reported' else 'event'}</dt>"
            f"<dd>{_date(r.event_start, r.event_end, r.event_precision, r.event_as_written)}</dd>"
            f"<dt>reported</dt><dd>{_date(r.reported_start, r.reported_end, r.reported_precision, r.reported_as_written)}</dd>"
            f"<dt>place</dt><dd>{e(r.place) or 'not stated'} ({e(vocab.label('place_precision', r.place_precision))}; "
            f"{e(vocab.label('area', r.area))})</dd>"
            f"<dt>grade</dt><dd>{e(vocab.label('grade', r.grade))}: {grade_reason(r, links, ledger.sources)}</dd>"
            + (f"<dt>the text's caveat</dt><dd>“{e(r.caveat_quote)}”</dd>" if isinstance(r.caveat_quote, str) else "")
            + (f"<dt>curator's notes</dt><dd>{e(r.notes)}</dd>" if isinstance(r.notes, str) else "")
            + (f"<dt>linked claims</dt><dd><ul>{link_items}</ul></dd>" if link_items else "")
            + "</dl></article>")
    selects = []
    for column, label in FILTERS:
        values = sorted(set(map(str, c[column].dropna())), key=str.casefold)
        options = "".join(f'<option value="{e(v)}">{e(_shown(column, v))}</option>' for v in values)
        selects.append(f'<label>{label} <select name="{column.replace("_", "")}"><option value="">all</option>{options}</select></label>')
    group_html = "".join(
        f'<section class="group" id="{e(key)}"><h3>{len(ids)} claims behind one mark</h3><p>'
        + ", ".join(f'<a href="#{e(i)}">{e(i)}</a>' for i in ids) + "</p></section>" for key, ids in sorted(groups.items()))
    return page("Claims", (
        f"<h1>Every claim, with the words behind it</h1>{caveat()}"
        f'<form id="filters" aria-label="Filter the claims">{"".join(selects)}</form>'
        f'<p><span id="shown">{len(c)}</span> of {len(c)} claims shown (the filters need JavaScript; without it the full '
        "table is shown).</p>"
        '<div class="table-wrap"><table id="claims-table"><caption>Claims in the ledger</caption><thead><tr><th scope="col">claim</th>'
        '<th scope="col">document</th><th scope="col">claimant</th><th scope="col">measure</th><th scope="col">whose</th>'
        f'<th scope="col">figure</th><th scope="col">grade</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
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
        ends = [i for (_, end), ids in spans.items() if end == b for i in ids]
        covering = [i for (s, end), ids in spans.items() if s <= a and b <= end for i in ids]
        piece = e(text[a:b])
        anchors = "".join(f'<span id="q-{e(i)}"></span>' for i in starts)
        if covering:
            piece = f'<mark><a href="../claims.html#{e(covering[0])}">{piece}</a></mark>'
        out.append(anchors + piece + "".join(f'<sup><a href="../claims.html#{e(i)}">{e(i)}</a></sup>' for i in ends))
    body = "".join(out).replace("\n", "<br>\n")
    title = document.title if isinstance(document.title, str) else f"{document.document_id} (untitled)"
    published = _date(document.published_start, document.published_end, document.published_precision, None)
    return page(f"{document.document_id}: {title}", (
        f"<h1>{e(document.document_id)}: {e(title)}</h1><p>{e(vocab.label('kind', document.kind, 'documents'))}; published "
        f"{published}. {e(document.published_basis)}</p><p class=\"caveat\">Highlighted: the passages the ledger quotes; each "
        f"links to its claim.</p><div class=\"doctext\"><p>{body}</p></div>"), up="../")


GROUP = re.compile(r'<a xlink:href="\.\./claims\.html#(g-[0-9a-f]+)"[^>]*><title>[^<]*</title><desc>([^<]*)</desc>')
#: Below this width the gallery shows each figure's phone version (the laptop one is 680 px and a 16 px margin each side).
NARROW = 711
PICK = f"""<script>
(function () {{
  var narrow = window.matchMedia('(max-width: {NARROW}px)');
  function pick() {{
    document.querySelectorAll('.gallery figure').forEach(function (f) {{
      var want = narrow.matches ? 'mobile' : 'desktop';
      var chart = f.querySelector('.chart');
      if (chart.dataset.shown === want) {{ return; }}
      var t = f.querySelector('template.' + want);
      chart.replaceChildren(t.content.cloneNode(true));
      chart.dataset.shown = want;
    }});
  }}
  pick();
  narrow.addEventListener('change', pick);
}})();
</script>"""


def groups_in(svgs: list[str]) -> dict[str, list[str]]:
    """The lists of claims that multi-claim marks in the figures link to (written in each mark's <desc>)."""
    found: dict[str, list[str]] = {}
    for svg in svgs:
        for key, ids in GROUP.findall(svg):
            found[key] = ids.split()
    return found


def _inline(svg: str, alt: str) -> str:
    svg = re.sub(r"^<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?", "", svg)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{e(alt)}" ', 1)


def figures_page(figs: list[tuple[str, dict[str, str], str]]) -> str:
    """(name, svg text by variant, alt text) of each figure, inline with real text, marks linking to claims: the
    laptop version on a wide screen, the phone version on a narrow one (a script picks; without it, the SVG files)."""
    items = []
    for name, svgs, alt in figs:
        variants = "".join(f'<template class="{variant}">{_inline(svg, alt)}</template>' for variant, svg in svgs.items())
        fallback = (f'<noscript><picture><source media="(max-width: {NARROW}px)" srcset="{e(name)}.mobile.svg">'
                    f'<img src="{e(name)}.svg" alt="{e(alt)}"></picture></noscript>')
        files = " · ".join(f'<a href="{e(name)}{suffix}">{label}</a>' for suffix, label in
                           ((".png", "PNG"), (".svg", "SVG"), (".mobile.png", "phone PNG"), (".mobile.svg", "phone SVG"),
                            (".csv", "the data (CSV)")))
        items.append(f'<figure id="{e(name)}"><h2>{e(name)}</h2><div class="chart"></div>{variants}{fallback}'
                     f"<figcaption><p>{e(alt)}</p><p>{files}</p></figcaption></figure>")
    return page("Figures", f"<h1>The figures: each mark links to the claim behind it</h1>{caveat()}"
                f'<div class="gallery">{"".join(items)}</div>{PICK}', up="../")


def write(ledger: Ledger, report_dir: Path, figure_names: list[str]) -> list[tuple[str, str, int]]:
    """Write the claims page, the document pages and the figure gallery into ``report_dir``; return the documents
    as (id, title, claim count, row) for the index."""
    all_svgs, figs = [], []
    for name in figure_names:
        folder = report_dir / "figures"
        svgs = {variant: (folder / f"{name}{suffix}.svg").read_text(encoding="utf-8")
                for variant, suffix in (("desktop", ""), ("mobile", ".mobile")) if (folder / f"{name}{suffix}.svg").is_file()}
        if svgs:
            alt_path = folder / f"{name}.alt.txt"
            all_svgs += list(svgs.values())
            figs.append((name, svgs, alt_path.read_text(encoding="utf-8").strip() if alt_path.is_file() else name))
    (report_dir / "claims.html").write_text(claims_page(ledger, groups_in(all_svgs)), encoding="utf-8")
    (report_dir / "documents").mkdir(exist_ok=True)
    docs = []
    for d in ledger.documents.itertuples():
        (report_dir / "documents" / f"{d.document_id}.html").write_text(document_page(ledger, d), encoding="utf-8")
        docs.append((d.document_id, d.title if isinstance(d.title, str) else "(untitled)",
                     int((ledger.claims["document_id"] == d.document_id).sum()), d))
    (report_dir / "figures" / "index.html").write_text(figures_page(figs), encoding="utf-8")
    return docs
