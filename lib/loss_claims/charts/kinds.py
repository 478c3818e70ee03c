"""The chart kinds, each laid out for 5 rows and for 500, on a laptop and on a phone.

* :func:`strip`: panels of rows, one mark per claim on an axis of people (or per cent), drawn as the text
  qualifies it: exact, a filled dot; approximate, a hollow dot; more than / at least, a dot with an arrow
  running on; at most / fewer than, a bound with a line running back, never a dot at 0; a range, a bar
  between its ends; a vague quantity, a hatched bar over the range its words imply; two marks of a row
  joined (``join``) for a dumbbell. Rows past the limit are one row of every remaining claim's mark.
* :func:`bars`: one bar per row, in segments, its total written at its end (counts of claims, not people).
* :func:`grid`: rows × columns of counts (claimants × the outlets that relayed them).
* :func:`timeline`: each claimant's estimates by date, a small panel per claimant on one shared scale.

Every kind takes the rows to draw and a :class:`~loss_claims.charts.frame.Frame`, and returns what
:func:`~loss_claims.charts.frame.save` shows. The rows it is given are the CSV saved beside it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
from matplotlib.ticker import MaxNLocator

from .. import vocab
from .frame import (FAINT, GRID, HEIGHT_BUDGET, INK, MARK, MUTED, SIZE, WIDTHS, Canvas, Frame, bottom, empty_body, line_height,
                    mark_title, save, text_width, top, wrap)

# --- scales ---------------------------------------------------------------------------------------------------


@dataclass
class Scale:
    """Values to pixels: linear from 0, or logarithmic when the figures span more than :data:`LOG_SPAN`."""

    lo: float
    hi: float
    x0: float
    x1: float
    log: bool
    unit: str = "people"

    def __call__(self, v: float) -> float:
        if math.isinf(v):
            return self.x1
        if self.log:
            v = max(v, self.lo)
            return self.x0 + (math.log10(v) - math.log10(self.lo)) / (math.log10(self.hi) - math.log10(self.lo)) * (self.x1 - self.x0)
        return self.x0 + (min(v, self.hi) - self.lo) / ((self.hi - self.lo) or 1) * (self.x1 - self.x0)

    def ticks(self, n: int) -> list[float]:
        if self.log:
            return [10.0 ** k for k in range(round(math.log10(self.lo)), round(math.log10(self.hi)) + 1)]
        return [t for t in MaxNLocator(nbins=n, steps=[1, 2, 2.5, 5, 10]).tick_values(self.lo, self.hi) if self.lo <= t <= self.hi + 1e-9]

    def label(self, v: float, compact: bool) -> str:
        suffix = "%" if self.unit == "percent" else ""
        if compact and v >= 10_000:
            return f"{v / 1e6:g}m" if v >= 1e6 else f"{v / 1e3:g}k"
        return (f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}") + suffix


#: Past this ratio of the highest to the lowest figure, the axis is logarithmic.
LOG_SPAN = 200


def make_scale(values, x0: float, x1: float, unit: str = "people", top_at: float | None = None) -> Scale:
    finite = [float(v) for v in values if v is not None and not pd.isna(v) and not math.isinf(float(v))]
    positive = [v for v in finite if v > 0]
    if len(positive) > 1 and max(positive) / min(positive) > LOG_SPAN:
        return Scale(10 ** math.floor(math.log10(min(positive))), 10 ** math.ceil(math.log10(max(positive))), x0, x1, True, unit)
    high = max(finite, default=1.0) or 1.0
    if top_at is not None:
        high = top_at
    ticks = MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]).tick_values(0, high * 1.02)
    return Scale(0.0, float(ticks[-1]) if ticks[-1] > 0 else 1.0, x0, x1, False, unit)


def axis(canvas: Canvas, scale: Scale, y: float, top_y: float, n_ticks: int) -> None:
    """Grid lines from ``top_y`` down to ``y`` and tick labels under them."""
    for t in scale.ticks(n_ticks):
        x = scale(t)
        canvas.line([x, x], [top_y, y], colour=GRID, width=1)
        label = scale.label(t, canvas.mobile)
        half = text_width(label, SIZE["small"]) / 2
        ha = "right" if x + half > canvas.width else "left" if x - half < 0 else "center"
        canvas.text(x, y + 3, label, SIZE["small"], colour=MUTED, ha=ha, optional=True)
    canvas.line([scale.x0, scale.x1], [y, y], colour="#8C8C8C", width=1)


# --- marks ----------------------------------------------------------------------------------------------------

def draw_mark(canvas: Canvas, scale: Scale, y: float, r, url: str | None, small: bool = False) -> tuple[float, float]:
    """One claim's figure at height ``y``; returns the x span it covers."""
    q = r.qualifier
    lo, hi = float(r.lower), float(r.upper)
    size = 6 if small else 9
    alpha = 0.65 if small else 1.0
    if q == "vague" or (q == "range" and hi > lo):
        hatch = "////" if q == "vague" else None
        canvas.rect(scale(lo), y - 5, max(scale(hi) - scale(lo), 2), 10, colour=MARK, hatch=hatch, fill="white" if hatch else MARK,
                    url=url)
        canvas.keep(scale(lo), y - 5, scale(hi), y + 5)
        return scale(lo), scale(hi)
    if q in ("more_than", "at_least") or math.isinf(hi):
        x = scale(lo)
        canvas.line([x, scale.x1 - 4], [y, y], width=1.5, url=url, alpha=alpha)
        canvas.marker(scale.x1 - 4, y, ">", size=7, url=url, alpha=alpha)
        canvas.marker(x, y, "o", size=size, url=url, alpha=alpha)
        canvas.keep(x - 5, y - 5, scale.x1, y + 5)
        return x, scale.x1
    if q in ("fewer_than", "at_most"):
        x = scale(hi)
        canvas.line([scale.x0, x], [y, y], width=1.5, dashes=(2, 2), url=url, alpha=alpha)  # no arrowhead, no dot: not open, not 0
        canvas.line([x, x], [y - 6, y + 6], width=2.5, url=url, alpha=alpha)
        canvas.keep(scale.x0, y - 6, x + 2, y + 6)
        return scale.x0, x
    x = scale(lo)
    canvas.marker(x, y, "o", size=size, fill="white" if q == "approximate" else MARK, url=url, alpha=alpha)
    canvas.keep(x - 5, y - 5, x + 5, y + 5)
    return x - 5, x + 5


def mark_label(canvas: Canvas, x_span: tuple[float, float], y: float, text: str, prefer: str = "") -> None:
    """The figure as written beside its mark, above the line: right of it, else left of it, else left out (the
    CSV and the mark's tooltip still have it). ``prefer`` 'left' or 'right' tries that side only."""
    lh = line_height(SIZE["small"])
    w = text_width(text, SIZE["small"])
    places = {"left": (x_span[1] - w - 2,), "right": (x_span[0] + 2,)}.get(prefer, (x_span[0] + 2, x_span[1] - w - 2, x_span[0] - w - 4))
    for x in places:
        if canvas.fits(x, y - 7 - lh, x + w, y - 7):
            canvas.text(x, y - 7 - lh, text, SIZE["small"], colour=INK, optional=True)
            return


def _ids(r) -> list[str]:
    value = getattr(r, "claims", None)
    if isinstance(value, str) and value:
        return list(dict.fromkeys(value.split()))
    value = getattr(r, "claim_id", None)
    return [value] if isinstance(value, str) and value else []


def _url(canvas: Canvas, r) -> str | None:
    ids = _ids(r)
    who = getattr(r, "who", "")
    quote = getattr(r, "quote", "")
    return canvas.link(ids, mark_title(ids, who if isinstance(who, str) else "", quote if isinstance(quote, str) else ""))


# --- strip: panels of rows of marks ---------------------------------------------------------------------------

#: Rows a panel draws, laptop and phone; past it one row holds the marks of all the other rows.
ROW_LIMIT = {"desktop": 8, "mobile": 6}
#: Past this many marks a row is dense: smaller marks, only the lowest and the highest labelled.
DENSE = 3
#: Panels a chart draws; past it a line says how many more are in the CSV.
PANEL_LIMIT = 8


def strip(rows: pd.DataFrame, frame: Frame, name: str, params, alt: str, *, unit: str = "people", others: str = "others",
          join: bool = False, top_at: float | None = None, panel_notes: dict | None = None, unfolded: tuple = (),
          scale_per_panel: bool = False):
    """``rows``: one per mark, with ``panel``, ``row``, ``qualifier``, ``lower``, ``upper`` (inf: open), ``text`` (the
    figure as written), and ``claim_id`` or ``claims`` (what the mark links to), optionally ``who`` and ``quote``
    (its tooltip), and ``sub``, a second, muted line of the row's label. Rows keep their order; panels too.
    ``join`` draws a row's two marks as a dumbbell. Past :data:`ROW_LIMIT` rows a panel folds the rest into one row of
    their marks, except the panels named in ``unfolded`` (whose rows are different measures, never mixed in one row).
    All panels share one scale, or each has its own (``scale_per_panel``: a panel is then read on its own)."""
    canvases = {v: _strip_canvas(v, rows, frame, unit, others, join, top_at, panel_notes or {}, set(unfolded), scale_per_panel)
                for v in WIDTHS}
    return save(canvases, rows.assign(axis=unit), name, params.output_dir, alt, params.figure_formats)


def _strip_canvas(variant: str, rows: pd.DataFrame, frame: Frame, unit: str, others: str, join: bool, top_at, notes: dict,
                  unfolded: set, scale_per_panel: bool) -> Canvas:
    canvas = Canvas(WIDTHS[variant], variant)
    top(canvas, frame)
    numeric = rows[rows["qualifier"] != "none"] if len(rows) else rows
    if rows.empty:
        empty_body(canvas)
        bottom(canvas, frame)
        return canvas
    label_w = 0.0 if canvas.mobile else min(0.34 * canvas.width, max(text_width(str(r), SIZE["label"]) for r in rows["row"]) + 12)
    if not canvas.mobile and "sub" in rows:
        subs = rows["sub"].astype(object).fillna("")  # an all-empty column reads as float
        label_w = min(0.34 * canvas.width, max(label_w, max(text_width(str(r), SIZE["small"]) for r in subs) + 12))
    scale = make_scale([*numeric["lower"], *numeric["upper"]], label_w + 6, canvas.width - 10, unit, top_at)
    panels = list(dict.fromkeys(rows["panel"]))
    drawn = 0
    for p_index, panel in enumerate(panels[:PANEL_LIMIT]):
        before = canvas.mark()
        prow = rows[rows["panel"] == panel]
        if scale_per_panel:
            own = prow[prow["qualifier"] != "none"]
            scale = make_scale([*own["lower"], *own["upper"]], scale.x0, scale.x1, unit, top_at)
        if p_index:
            canvas.y += 10
        canvas.paragraph(str(panel), SIZE["panel"], bold=True, gap=2)
        if notes.get(panel):
            canvas.paragraph(str(notes[panel]), SIZE["label"], colour=MUTED, gap=2)
        canvas.y += 4
        panel_top = canvas.y
        prow = prow.assign(sub=prow["sub"].astype(object).fillna("") if "sub" in prow else "")  # an all-empty column reads as float
        keys = list(zip(prow["row"], prow["sub"]))
        prow = prow.assign(key=keys)
        names = list(dict.fromkeys(keys))
        limit = ROW_LIMIT[variant] if panel not in unfolded else len(names)
        if len(names) <= limit:
            shown = names
        else:  # the rows with most marks, in the order given; the others are one row
            count = prow["key"].value_counts()
            busiest = set(sorted(names, key=lambda n: (-count[n], names.index(n)))[: limit - 1])
            shown = [n for n in names if n in busiest]
        rest = [n for n in names if n not in shown]
        groups = [(n[0], n[1], prow[prow["key"] == n], False) for n in shown]
        if rest:
            rest_rows = prow[prow["key"].isin(rest)]
            groups.append((f"{vocab.plural(len(rest), others[:-1] if others.endswith('s') else others, others)}",
                           f"{vocab.plural(len(rest_rows), 'claim')}, one mark each", rest_rows, True))
        for label, sub, marks, folded in groups:
            _strip_row(canvas, scale, str(label), str(sub), marks, label_w, folded, join)
        axis(canvas, scale, canvas.y + 2, panel_top, 5 if not canvas.mobile else 3)
        canvas.y += 2 + line_height(SIZE["small"]) + 4
        if drawn and canvas.y > HEIGHT_BUDGET[variant]:
            canvas.back(before)
            break
        drawn += 1
    if len(panels) > drawn:
        canvas.paragraph(f"… and {vocab.plural(len(panels) - drawn, 'more panel')}, all in the figure's CSV.", SIZE["label"],
                         colour=MUTED, gap=4)
    if scale.log:
        canvas.paragraph("The scale is logarithmic: each step is ten times the one before.", SIZE["small"], colour=MUTED, gap=2)
    bottom(canvas, frame)
    return canvas


def _strip_row(canvas: Canvas, scale: Scale, label: str, sub: str, marks: pd.DataFrame, label_w: float, folded: bool,
               join: bool) -> None:
    """One row: its two-level label (``label`` and, muted, ``sub``) left of the strip on a laptop and above it on
    a phone, and its marks, each labelled with its figure where the label fits."""
    size, small = SIZE["label"], SIZE["small"]
    colour = MUTED if folded else INK
    width = canvas.width if canvas.mobile else label_w - 10
    lines = wrap(label, width, size, max_lines=2)
    sub_lines = wrap(sub, width, small, max_lines=2) if sub else []
    text_h = len(lines) * line_height(size) + len(sub_lines) * line_height(small)
    if canvas.mobile:
        y = canvas.lines(0, canvas.y, lines, size, colour=colour, italic=folded)
        canvas.lines(0, y, sub_lines, small, colour=MUTED)
        strip_y = canvas.y + text_h + 26
        canvas.y = strip_y + 12
    else:
        height = max(40.0, text_h + 14)
        strip_y = canvas.y + height - 13
        y = canvas.lines(0, strip_y - text_h / 2 - 1, lines, size, colour=colour, italic=folded)
        canvas.lines(0, y, sub_lines, small, colour=MUTED)
        canvas.y += height
    if folded:  # the row of all the other rows' claims: a dot at each claim's stated figure, the row linking to their list
        ids = [i for r in marks.itertuples() for i in _ids(r)]
        numeric = marks[(marks["qualifier"] != "none") & marks["lower"].notna()]
        anchors = [float(hi) if q in ("at_most", "fewer_than") else float(lo)
                   for q, lo, hi in zip(numeric["qualifier"], numeric["lower"], numeric["upper"])]
        canvas.dots([scale(v) for v in anchors], strip_y, url=canvas.link(ids, mark_title(ids)), alpha=0.6)
        canvas.keep(scale.x0, strip_y - 4, scale.x1, strip_y + 4)
        return
    spans, words = [], []
    dense = len(marks) > DENSE
    for r in marks.itertuples():
        url = _url(canvas, r)
        if r.qualifier == "none" or pd.isna(r.lower):
            words.append((str(r.text), url))
            continue
        spans.append((draw_mark(canvas, scale, strip_y, r, url, small=dense), str(r.text)))
    if join and len(spans) == 2:
        (a, _), (b, _) = sorted(spans)
        if b[0] > a[1]:
            canvas.line([a[1], b[0]], [strip_y, strip_y], width=2.5)
    for text, url in words:  # a claim with no number: its words, where nothing is drawn
        canvas.text(scale.x0 + 2, strip_y - line_height(small) / 2, text, small, italic=True, colour=MUTED, optional=True, url=url)
    if join and len(spans) == 2:  # a dumbbell: the left end labelled on its left, the right end on its right
        (left, left_text), (right, right_text) = sorted(spans)
        mark_label(canvas, left, strip_y, left_text, prefer="left")
        mark_label(canvas, right, strip_y, right_text, prefer="right")
        return
    if dense and len(spans) > 2:  # many marks in one row: the lowest and the highest are labelled
        spans = [min(spans), max(spans, key=lambda sp: sp[0][1])]
    for span, text in spans:
        mark_label(canvas, span, strip_y, text)


# --- bars -----------------------------------------------------------------------------------------------------

BAR_LIMIT = {"desktop": 20, "mobile": 12}


def bars(rows: pd.DataFrame, frame: Frame, name: str, params, alt: str, *, segments: dict[str, dict] | None = None,
         others: str = "others", value_word: str = "claim"):
    """``rows``: one per (``row``, ``segment``) with ``value`` and optionally ``claims`` (ids the segment links to), in
    the order the rows are drawn. ``segments`` maps each segment to its look (``colour``, ``hatch``, ``label``);
    a key under the subtitle names them when there are several. Rows past the limit are one bar."""
    canvases = {v: _bars_canvas(v, rows, frame, segments or {}, others, value_word) for v in WIDTHS}
    return save(canvases, rows, name, params.output_dir, alt, params.figure_formats)


def _bars_canvas(variant: str, rows: pd.DataFrame, frame: Frame, segments: dict, others: str, value_word: str) -> Canvas:
    canvas = Canvas(WIDTHS[variant], variant)
    top(canvas, frame)
    if rows.empty:
        empty_body(canvas)
        bottom(canvas, frame)
        return canvas
    present = [s for s in segments if s in set(rows["segment"])]
    if len(present) > 1:
        x = 0.0
        for s in present:
            look = segments[s]
            w = text_width(look["label"], SIZE["small"]) + 22
            if x + w > canvas.width:
                x = 0.0
                canvas.y += line_height(SIZE["small"]) + 4
            canvas.rect(x, canvas.y + 3, 12, 11, colour=look.get("colour", MARK), hatch=look.get("hatch"),
                        fill="white" if look.get("hatch") else look.get("colour", MARK))
            canvas.text(x + 16, canvas.y, look["label"], SIZE["small"], colour=MUTED)
            x += w + 10
        canvas.y += line_height(SIZE["small"]) + 10
    names = list(dict.fromkeys(rows["row"]))
    limit = BAR_LIMIT[variant]
    shown = names if len(names) <= limit else names[: limit - 1]
    rest = [n for n in names if n not in shown]
    data = rows.copy()
    folded = None
    if rest:
        folded = f"{vocab.plural(len(rest), others[:-1] if others.endswith('s') else others, others)}"
        data["row"] = data["row"].where(data["row"].isin(shown), folded)
        data = data.groupby(["row", "segment"], sort=False, as_index=False).agg(
            value=("value", "sum"), **({"claims": ("claims", " ".join)} if "claims" in data else {}))
        shown = [*shown, folded]
    totals = data.groupby("row", sort=False)["value"].sum()
    named = totals.drop(folded) if folded is not None else totals  # the rows folded together are a line of text, never a bar
    label_w = 0.0 if canvas.mobile else min(0.36 * canvas.width, max(text_width(str(r), SIZE["label"]) for r in shown) + 12)
    end_room = text_width(f"{int(named.max()):,}", SIZE["small"]) + 8
    x0, x1 = label_w + 4, canvas.width - end_room
    top_value = float(named.max()) or 1.0
    to_x = lambda v: x0 + v / top_value * (x1 - x0)
    group_of = dict(zip(rows["row"], rows["group"])) if "group" in rows else {}
    heading = None
    for row in shown:
        parts = data[data["row"] == row]
        size = SIZE["label"]
        if group_of and group_of.get(row, "Other") != heading:
            heading = group_of.get(row, "Other")
            canvas.y += 4
            canvas.text(0, canvas.y, str(heading), SIZE["small"], bold=True, colour=MUTED)
            canvas.y += line_height(SIZE["small"]) + 2
        if row == folded:  # "181 other documents: 2,391 claims", on a scale of their own would crush the named bars
            total = int(totals[row])
            words = vocab.plural(total, value_word)
            canvas.y += 4
            canvas.paragraph(f"{row}: {words} in all (each under its own name in the figure's CSV)", SIZE["label"], colour=MUTED,
                             gap=4)
            continue
        if canvas.mobile:
            lines = wrap(str(row), canvas.width, size, max_lines=2)
            canvas.lines(0, canvas.y, lines, size)
            canvas.y += len(lines) * line_height(size) + 2
            bar_y = canvas.y
            canvas.y += 16 + 8
        else:
            lines = wrap(str(row), label_w - 10, size, max_lines=2)
            height = max(26.0, len(lines) * line_height(size) + 6)
            bar_y = canvas.y + (height - 16) / 2
            canvas.lines(0, canvas.y + (height - len(lines) * line_height(size)) / 2, lines, size)
            canvas.y += height
        left = 0.0
        for r in parts.itertuples():
            look = segments.get(r.segment, {})
            ids = r.claims.split() if isinstance(getattr(r, "claims", None), str) else []
            url = canvas.link(ids, mark_title(ids)) if ids else None
            width = to_x(left + r.value) - to_x(left)
            if width > 0:
                hatch = look.get("hatch")
                canvas.rect(to_x(left), bar_y, width, 16, colour=look.get("colour", MARK), hatch=hatch,
                            fill="white" if hatch else look.get("colour", MARK), url=url, edge=look.get("colour", MARK))
            left += r.value
        canvas.text(to_x(left) + 4, bar_y + 8 - line_height(SIZE["small"]) / 2, f"{int(left):,}", SIZE["small"], colour=INK)
    canvas.y += 4
    canvas.paragraph(f"Bars count {value_word}s, not people.", SIZE["small"], colour=MUTED, gap=2)
    bottom(canvas, frame)
    return canvas


# --- grid -----------------------------------------------------------------------------------------------------

GRID_LIMIT = {"desktop": (14, 6), "mobile": (10, 3)}


def grid(rows: pd.DataFrame, frame: Frame, name: str, params, alt: str, *, row_others: str = "other claimants",
         column_others: str = "other relays"):
    """``rows``: one per (``row``, ``column``) with ``value`` (a count) and ``claims``; rows and columns in the order
    given. Past the limits, the remaining rows (columns) are one row (column)."""
    canvases = {v: _grid_canvas(v, rows, frame, row_others, column_others) for v in WIDTHS}
    return save(canvases, rows, name, params.output_dir, alt, params.figure_formats)


def _fold(values: list[str], limit: int, name: str) -> tuple[list[str], dict[str, str]]:
    if len(values) <= limit:
        return values, {v: v for v in values}
    kept = values[: limit - 1]
    folded = f"{len(values) - len(kept)} {name}"
    return [*kept, folded], {v: (v if v in kept else folded) for v in values}


def _grid_canvas(variant: str, rows: pd.DataFrame, frame: Frame, row_others: str, column_others: str) -> Canvas:
    canvas = Canvas(WIDTHS[variant], variant)
    top(canvas, frame)
    if rows.empty:
        empty_body(canvas)
        bottom(canvas, frame)
        return canvas
    max_rows, max_cols = GRID_LIMIT[variant]
    row_names, row_of = _fold(list(dict.fromkeys(rows["row"])), max_rows, row_others)
    col_names, col_of = _fold(list(dict.fromkeys(rows["column"])), max_cols, column_others)
    data = rows.assign(row=rows["row"].map(row_of), column=rows["column"].map(col_of))[["row", "column", "value", "claims"]].groupby(
        ["row", "column"], sort=False, as_index=False).agg(value=("value", "sum"), claims=("claims", " ".join))
    label_w = 0.0 if canvas.mobile else min(0.34 * canvas.width, max(text_width(str(r), SIZE["label"]) for r in row_names) + 10)
    col_w = (canvas.width - label_w) / len(col_names)
    header_lines = [wrap(str(c), col_w - 6, SIZE["small"], max_lines=3) for c in col_names]
    depth = max(len(h) for h in header_lines) * line_height(SIZE["small"])
    for k, lines in enumerate(header_lines):
        cx = label_w + (k + 0.5) * col_w
        canvas.lines(cx, canvas.y + depth - len(lines) * line_height(SIZE["small"]), lines, SIZE["small"], colour=MUTED, ha="center")
    canvas.y += depth + 6
    biggest = float(data["value"].max()) or 1.0
    group_of = dict(zip(rows["row"], rows["group"])) if "group" in rows else {}
    heading = None
    for row in row_names:
        if group_of and group_of.get(row, "Other") != heading:
            heading = group_of.get(row, "Other")
            canvas.y += 4
            canvas.text(0, canvas.y, str(heading), SIZE["small"], bold=True, colour=MUTED)
            canvas.y += line_height(SIZE["small"]) + 2
        canvas.line([0, canvas.width], [canvas.y, canvas.y], colour=GRID, width=1)
        if canvas.mobile:  # the claimant's name on a line of its own, its cells under it
            lines = wrap(str(row), canvas.width, SIZE["label"], max_lines=2)
            canvas.lines(0, canvas.y + 4, lines, SIZE["label"])
            canvas.y += 4 + len(lines) * line_height(SIZE["label"])
            height = 28.0
        else:
            lines = wrap(str(row), label_w - 8, SIZE["label"], max_lines=2)
            height = max(30.0, len(lines) * line_height(SIZE["label"]) + 8)
            canvas.lines(0, canvas.y + (height - len(lines) * line_height(SIZE["label"])) / 2, lines, SIZE["label"])
        mid = canvas.y + height / 2
        for k, col in enumerate(col_names):
            cell = data[(data["row"] == row) & (data["column"] == col)]
            if cell.empty or cell["value"].iloc[0] == 0:
                continue
            value = int(cell["value"].iloc[0])
            ids = cell["claims"].iloc[0].split()
            cx = label_w + (k + 0.5) * col_w
            side = 8 + 14 * math.sqrt(value / biggest)
            canvas.rect(cx - side - 2, mid - side / 2, side, side, colour=MARK, url=canvas.link(ids, mark_title(ids)))
            canvas.text(cx + 2, mid - line_height(SIZE["small"]) / 2, f"{value:,}", SIZE["small"], colour=INK)
        canvas.y += height
    canvas.line([0, canvas.width], [canvas.y, canvas.y], colour=GRID, width=1)
    canvas.y += 6
    canvas.paragraph("Each square: claims of the row's claimant that the column's relay passed on (its size grows with the count).",
                     SIZE["small"], colour=MUTED, gap=2)
    bottom(canvas, frame)
    return canvas


# --- timeline: estimates by date, a panel per claimant --------------------------------------------------------

TIMELINE_LIMIT = {"desktop": 6, "mobile": 5}
#: Panels (measure and side) a timeline draws; the others are in the CSV.
TIMELINE_PANELS = 6


def timeline(rows: pd.DataFrame, frame: Frame, name: str, params, alt: str):
    """``rows``: one per estimate, with ``panel`` (measure and side), ``row`` (the claimant), ``date``,
    ``date_from_document``, ``qualifier``, ``lower``, ``upper``, ``text``, ``claim_id``; in the order to draw.
    Each panel's claimants share one scale, so that a claimant several times higher than another is seen so."""
    canvases = {v: _timeline_canvas(v, rows, frame) for v in WIDTHS}
    return save(canvases, rows.assign(axis="people"), name, params.output_dir, alt, params.figure_formats)


def _timeline_canvas(variant: str, rows: pd.DataFrame, frame: Frame) -> Canvas:
    canvas = Canvas(WIDTHS[variant], variant)
    top(canvas, frame)
    if rows.empty:
        empty_body(canvas)
        bottom(canvas, frame)
        return canvas
    dates = pd.to_datetime(rows["date"])
    start, end = dates.min() - pd.Timedelta(days=4), dates.max() + pd.Timedelta(days=4)
    if (end - start).days < 40:
        start, end = start - pd.Timedelta(days=(40 - (end - start).days) // 2), end + pd.Timedelta(days=(40 - (end - start).days) // 2)
    y_w = 44.0
    x0, x1 = y_w, canvas.width - 12
    to_x = lambda d: x0 + (pd.Timestamp(d) - start) / (end - start) * (x1 - x0)
    panels = list(dict.fromkeys(rows["panel"]))
    drawn = 0
    for p_index, panel in enumerate(panels[:TIMELINE_PANELS]):
        before = canvas.mark()
        prow = rows[rows["panel"] == panel]
        if p_index:
            canvas.y += 8
        canvas.paragraph(str(panel), SIZE["panel"], bold=True, gap=6)
        finite = [v for v in [*prow["lower"], *prow["upper"]] if not math.isinf(v)]
        scale = make_scale(finite, 0, 1)
        claimants = list(dict.fromkeys(prow["row"]))
        limit = TIMELINE_LIMIT[variant]
        shown = claimants if len(claimants) <= limit else claimants[: limit - 1]
        for who in shown:
            _timeline_panel(canvas, prow[prow["row"] == who], str(who), scale, to_x, x0, x1)
        if len(claimants) > len(shown):
            rest = prow[~prow["row"].isin(shown)]
            _timeline_panel(canvas, rest, f"{vocab.plural(len(claimants) - len(shown), 'other claimant')} "
                                          f"({vocab.plural(len(rest), 'estimate')})", scale, to_x, x0, x1, folded=True)
        _date_axis(canvas, start, end, to_x)
        if drawn and canvas.y > HEIGHT_BUDGET[variant]:
            canvas.back(before)
            break
        drawn += 1
    if len(panels) > drawn:
        canvas.paragraph(f"… and {vocab.plural(len(panels) - drawn, 'more measure')}, all in the figure's CSV.", SIZE["label"],
                         colour=MUTED, gap=4)
    from_doc = rows["date_from_document"].astype(bool)
    key = [*(["Circle: dated by the claim's report."] if (~from_doc).any() else []),
           *(["Diamond: dated by the document's publication (the claim gives no date)."] if from_doc.any() else []),
           *(["Hollow: approximate."] if (rows["qualifier"] == "approximate").any() else [])]
    canvas.paragraph(" ".join(key), SIZE["small"], colour=MUTED, gap=2)  # only the shapes drawn
    bottom(canvas, frame)
    return canvas


def _timeline_panel(canvas: Canvas, rows: pd.DataFrame, title: str, scale: Scale, to_x, x0: float, x1: float,
                    folded: bool = False) -> None:
    canvas.paragraph(title, SIZE["label"], colour=MUTED if folded else INK, italic=folded, gap=2)
    height = 52.0
    top_y = canvas.y + 16
    bottom_y = top_y + height
    to_y = lambda v: bottom_y - (scale(min(v, scale.hi)) * (bottom_y - top_y))
    for t in scale.ticks(2):
        y = to_y(t)
        canvas.line([x0, x1], [y, y], colour=GRID, width=1)
        canvas.text(x0 - 4, y - line_height(SIZE["small"]) / 2, scale.label(t, True), SIZE["small"], colour=MUTED, ha="right",
                    optional=True)
    points = []
    for r in rows.sort_values("date").itertuples():
        x = to_x(r.date)
        url = _url(canvas, r)
        lo, hi = float(r.lower), float(r.upper)
        shape = "D" if r.date_from_document else "o"
        fill = "white" if r.qualifier in ("approximate", "vague") else MARK
        if math.isinf(hi):
            canvas.line([x, x], [to_y(lo), top_y - 6], width=1.5, url=url)
            canvas.marker(x, top_y - 6, "^", size=7, url=url)
        elif hi > lo:
            canvas.line([x, x], [to_y(lo), to_y(hi)], width=4, url=url)
        y = to_y(hi if r.qualifier in ("at_most", "fewer_than") else lo)
        canvas.marker(x, y, shape, size=6 if folded else 8, fill=fill, url=url, alpha=0.65 if folded else 1.0)
        points.append((x, y, str(r.text)))
    if not folded and len(points) > 1:
        canvas.line([p[0] for p in points], [p[1] for p in points], colour=FAINT, width=1)
    if not folded:
        for x, y, text in points:
            w = text_width(text, SIZE["small"])
            for tx in (x + 6, x - w - 6):
                if canvas.fits(tx, y - 8 - line_height(SIZE["small"]), tx + w, y - 8):
                    canvas.text(tx, y - 8 - line_height(SIZE["small"]), text, SIZE["small"], optional=True)
                    break
    canvas.y = bottom_y + line_height(SIZE["small"]) / 2 + 6  # clear of the lowest tick label


def _date_axis(canvas: Canvas, start, end, to_x) -> None:
    """Each month named under its middle (a label at the 1st would read as the month the point before it belongs to);
    where no month's middle falls within the axis, the month of its start, under the start."""
    months = pd.date_range(start.to_period("M").to_timestamp(), end, freq="MS")
    step = max(1, math.ceil(len(months) / (6 if not canvas.mobile else 3)))
    drawn = 0
    for m in months[::step]:
        mid = m + pd.Timedelta(days=14)
        if not start <= mid <= end:
            continue
        label = m.strftime("%b %Y") if m.month == 1 or drawn == 0 or step > 1 else m.strftime("%b")
        canvas.text(to_x(mid), canvas.y, label, SIZE["small"], colour=MUTED, ha="center", optional=True)
        drawn += 1
    if not drawn:
        canvas.text(to_x(start), canvas.y, start.strftime("%b %Y"), SIZE["small"], colour=MUTED, ha="center", optional=True)
    canvas.y += line_height(SIZE["small"]) + 4


#: What the alt text of an empty chart says.
NONE = "no claims under these parameters"


def _finite(v) -> bool:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return False
    return not math.isinf(f) and not math.isnan(f)


def alt_strip(counted: str, rows: pd.DataFrame, unit: str = "people") -> str:
    """Alt text of a :func:`strip`: chart type, what is counted, how many marks, the true extremes (from the rows
    drawn), open-ended and no-number marks, and the caveat."""
    if rows.empty:
        return f"Dot chart of {counted}: {NONE}. {vocab.caveat()}"
    keys = rows[["panel", "row"] + (["sub"] if "sub" in rows else [])].astype(object).fillna("").astype(str).agg(" | ".join, axis=1)
    drawn = rows[rows["qualifier"] != "none"]
    drawn = drawn[drawn["lower"].map(_finite) | drawn["upper"].map(_finite)]
    parts = [f"Dot chart of {counted}: {vocab.plural(len(drawn), 'mark')} in {vocab.plural(keys.nunique(), 'row')}"
             f"{'' if rows['panel'].nunique() == 1 else ' and ' + vocab.plural(rows['panel'].nunique(), 'panel')}."]
    # each mark's figure as stated: an "at most" by its bound, a "more than" by its floor, a range by its ends
    upper = pd.to_numeric(drawn["upper"], errors="coerce")
    lower = pd.to_numeric(drawn["lower"], errors="coerce")
    bound_only = drawn["qualifier"].isin(["at_most", "fewer_than"])
    high_key = upper.where(upper.map(_finite), lower)
    low_key = lower.where(~bound_only & lower.map(_finite), upper)

    def extreme(word: str, key: pd.Series, pick) -> None:
        key = key.dropna()
        if key.empty:
            return
        value = pick(key)
        at = key[key == value].index
        m = drawn.loc[at[0]]
        tie = f"; {len(at) - 1} more at the same figure" if len(at) > 1 else ""
        parts.append(f"{word}: {m['text']} ({m['row']}{', ' + str(m['sub']) if 'sub' in m and str(m['sub']) not in ('', 'nan') else ''}; "
                     f"{m['panel']}{tie}).")

    extreme("Highest", high_key, max)
    extreme("Lowest", low_key, min)
    open_ended = sum(1 for v in pd.to_numeric(rows["upper"], errors="coerce") if v == v and math.isinf(v))
    if open_ended:
        parts.append(f"{vocab.plural(open_ended, 'figure')} with no upper bound ('more than').")
    none = int((rows["qualifier"] == "none").sum())
    if none:
        parts.append(f"{vocab.plural(none, 'claim')} with no number.")
    return " ".join([*parts, vocab.caveat()])


def alt_bars(counted: str, rows: pd.DataFrame) -> str:
    if rows.empty:
        return f"Bar chart of {counted}: {NONE}. {vocab.caveat()}"
    totals = rows.groupby("row", sort=False)["value"].sum()
    most, fewest = totals.idxmax(), totals.idxmin()
    return (f"Bar chart of {counted}: {vocab.plural(len(totals), 'bar')}, {int(totals.sum()):,} in all. Most: {most} "
            f"({int(totals[most]):,}). Fewest: {fewest} ({int(totals[fewest]):,}). {vocab.caveat()}")


def alt_grid(counted: str, rows: pd.DataFrame) -> str:
    if rows.empty:
        return f"Grid of {counted}: {NONE}. {vocab.caveat()}"
    top = rows.loc[rows["value"].idxmax()]
    return (f"Grid of {counted}: {vocab.plural(rows['row'].nunique(), 'row')} by {vocab.plural(rows['column'].nunique(), 'column')}. "
            f"Largest cell: {top['row']}, {top['column']} ({int(top['value']):,}). {vocab.caveat()}")


def alt_timeline(counted: str, rows: pd.DataFrame) -> str:
    if rows.empty:
        return f"Timeline of {counted}: {NONE}. {vocab.caveat()}"
    d = pd.to_datetime(rows["date"])
    parts = [f"Timeline of {counted}, a small panel per claimant: {vocab.plural(len(rows), 'estimate')} by "
             f"{vocab.plural(rows['row'].nunique(), 'claimant')}, dated {d.min():%d %b %Y} to {d.max():%d %b %Y}."]
    hi = rows[rows["upper"].map(_finite)]
    if len(hi):
        top = hi.loc[pd.to_numeric(hi["upper"]).idxmax()]
        parts.append(f"Highest: {top['text']} ({top['row']}, {pd.Timestamp(top['date']):%d %b %Y}; {top['panel']}).")
        low = hi.loc[pd.to_numeric(hi["lower"]).idxmin()]
        parts.append(f"Lowest: {low['text']} ({low['row']}, {pd.Timestamp(low['date']):%d %b %Y}; {low['panel']}).")
    return " ".join([*parts, vocab.caveat()])
