"""Figures the notebooks share: one style, and saving that is byte-identical and atomic.

Each figure is saved as ``figNN-slug.png`` (+ SVG/PDF as asked) with the data it plots beside
it as ``figNN-slug.csv``. Files are written to a temporary name and renamed, so a run that
fails half-way leaves the previous figures intact.
"""
from __future__ import annotations

import hashlib
import html
import io
import re
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("agg")  # the same backend under papermill, nbval and the runner
import matplotlib.pyplot as plt
import pandas as pd

from . import files
from .analysis import NOTHING_SELECTED, natural_key, stated_figures
from .paths import project_relative as shown_path

#: Okabe-Ito colours, one per measure; never reused for another meaning.
MEASURE_COLOURS = {
    "killed": "#D55E00",
    "wounded": "#E69F00",
    "killed_or_wounded": "#CC79A7",
    "casualties_unspecified": "#7F7F7F",
    "missing": "#56B4E9",
    "captured": "#009E73",
    "deployed": "#0072B2",
}
MEASURE_LABELS = {
    "killed": "killed",
    "wounded": "wounded",
    "killed_or_wounded": "killed or wounded (one combined figure)",
    "casualties_unspecified": "casualties, unspecified",
    "missing": "missing",
    "captured": "captured",
    "deployed": "deployed",
}
WHOSE_LABELS = {
    "north_korean": "North Korean",
    "russian": "Russian",
    "russian_and_north_korean": "Russian and North Korean",
    "ukrainian": "Ukrainian",
    "south_korean": "South Korean",
    "both_sides": "both sides",
    "unspecified": "whose unspecified",
}
GRADE_COLOURS = {
    "confirmed_by_opposing_side": "#009E73",
    "corroborated": "#0072B2",
    "single_claimant": "#999999",
    "contested": "#D55E00",
    "ungraded": "#DDDDDD",
}
CAVEAT = "Unverified wartime claims as reported in the documents, not established facts."

_SAVE_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None},
}


def use_style() -> None:
    """Fix everything that could make a figure differ between machines or runs."""
    matplotlib.rcdefaults()
    plt.rcParams.update({
        "font.family": "DejaVu Sans",
        "text.parse_math": False,  # names and quotes from a ledger are drawn as written: "$2m … $1m" is not math
        "font.size": 10,
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "svg.hashsalt": "loss-claims",
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.grid": True,
        "axes.grid.axis": "x",
        "grid.color": "#DDDDDD",
        "grid.linewidth": 0.6,
    })


_atomic_write = files.atomic_write  # one place for every write: atomic, umask modes, temp names never collected


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells cannot be read as formulas (=, +, -, @ first): prefixed with ``'``."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]) or isinstance(out[col].dtype, pd.CategoricalDtype):
            s = out[col].astype("object")
            risky = s.map(lambda v: isinstance(v, str) and v.startswith(files.FORMULA_START))
            out[col] = s.where(~risky, "'" + s.astype(str))
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    return spreadsheet_safe(df).to_csv(index=False, lineterminator="\n").encode("utf-8")


#: No side of a saved figure is larger than this; a taller figure is saved at a lower resolution.
MAX_PIXELS = 4000
#: Width of the preview a notebook shows (the full figure is in its file).
PREVIEW_WIDTH = 1000


class Saved:
    """What a notebook shows for a saved figure: a reduced preview and the files it was saved as."""

    def __init__(self, png: bytes, paths: list[Path], size: tuple[int, int], alt: str = ""):
        self.png, self.paths, self.size, self.alt = png, paths, size, alt

    def _repr_png_(self) -> bytes:
        return self.png

    def _repr_markdown_(self) -> str:
        files_ = ", ".join(f"`{shown_path(p)}`" for p in self.paths)
        return (f"Saved as {files_} (PNG {self.size[0]:,} × {self.size[1]:,} px; the preview above may be reduced).\n\n"
                f"*Alt text:* {self.alt}")

    def __repr__(self) -> str:
        return f"<figure saved as {', '.join(p.name for p in self.paths)}>"


def _preview(png: bytes) -> tuple[bytes, tuple[int, int]]:
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(png)) as im:
        size = im.size
        if im.width <= PREVIEW_WIDTH:
            return png, size
        small = im.resize((PREVIEW_WIDTH, max(1, round(im.height * PREVIEW_WIDTH / im.width))), PILImage.LANCZOS)
        buf = io.BytesIO()
        small.save(buf, format="PNG")
        return buf.getvalue(), size


def save(fig, data: pd.DataFrame, name: str, output_dir: Path, formats: tuple[str, ...] = ("png", "svg")) -> Saved:
    """Save ``fig`` as ``name``.png/.svg/.pdf and ``data`` as ``name``.csv; close it; return what a notebook shows.
    No side of the PNG exceeds :data:`MAX_PIXELS`: a figure that would is saved at a lower resolution."""
    output_dir = Path(output_dir)
    bbox = fig.get_tightbbox(fig.canvas.get_renderer())
    dpi = min(plt.rcParams["savefig.dpi"], (MAX_PIXELS - 8) / (max(bbox.width, bbox.height) + 0.4))
    png = b""
    paths = []
    for fmt in dict.fromkeys(("png", *formats)):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, metadata=_SAVE_METADATA[fmt], bbox_inches="tight", pad_inches=0.2, dpi=dpi)
        written = _svg_with_tooltips(buf.getvalue(), fig.__dict__.get("_claim_links", {})) if fmt == "svg" else buf.getvalue()
        _atomic_write(output_dir / f"{name}.{fmt}", written)
        paths.append(output_dir / f"{name}.{fmt}")
        if fmt == "png":
            png = buf.getvalue()
    _atomic_write(output_dir / f"{name}.csv", csv_bytes(data))
    paths.append(output_dir / f"{name}.csv")
    alt = alt_text(fig, data)
    _atomic_write(output_dir / f"{name}.alt.txt", (alt + "\n").encode("utf-8"))
    plt.close(fig)
    preview, size = _preview(png)
    return Saved(preview, paths, size, alt)


def alt_text(fig, data: pd.DataFrame) -> str:
    """A short description of a chart for readers who cannot see it: what it shows, its extremes, the caveat."""
    import math

    ax = fig.axes[0] if fig.axes else None
    title = (ax.get_title(loc="left") or ax.get_title()) if ax is not None else ""
    parts = [f"Chart: {title}." if title else "Chart."]
    if data.empty:
        parts.append(f"{NOTHING_SELECTED}.")
    elif {"lower", "upper", "label"} <= set(data.columns):
        lows = pd.to_numeric(data["lower"], errors="coerce")
        highs = pd.to_numeric(data["upper"], errors="coerce").replace(math.inf, float("nan"))
        parts.append(f"{len(data):,} rows.")
        if highs.notna().any():
            top = highs.idxmax()
            parts.append(f"Highest: {str(data.at[top, 'text']).strip()} ({str(data.at[top, 'label']).splitlines()[0]}).")
        if lows.notna().any():
            low = lows.idxmin()
            parts.append(f"Lowest: {str(data.at[low, 'text']).strip()} ({str(data.at[low, 'label']).splitlines()[0]}).")
        if (pd.to_numeric(data["upper"], errors="coerce") == math.inf).any():
            parts.append("Some figures have no upper bound ('more than').")
    else:
        parts.append(f"{len(data):,} rows of data, in the CSV beside it.")
    parts.append(CAVEAT)
    return " ".join(parts)


def footer(fig, text: str) -> None:
    """The note under a chart (below everything drawn so far): what is shown, who claims it, and the caveat."""
    renderer = fig.canvas.get_renderer()
    boxes = [ax.get_tightbbox(renderer).transformed(fig.transFigure.inverted()) for ax in fig.axes]
    left = min((b.x0 for b in boxes), default=0.01)
    bottom = min((b.y0 for b in boxes), default=0.0)
    wrapped = "\n".join(textwrap.fill(line, 150) for line in f"{text}\n{CAVEAT}".splitlines())
    fig.text(left, bottom - 0.01, wrapped, ha="left", va="top", fontsize=8, color="#444444")


#: Rows a range chart draws at most; past it, rows are folded (see :func:`fold_rows`).
MAX_ROWS = 40


def range_chart(ax, rows: pd.DataFrame, label: str = "label", xlabel: str = "people (as claimed)", value_format=None) -> None:
    """One row per claim (top to bottom), drawn as the text qualifies it.

    ``rows`` needs: ``label``, ``measure``, ``qualifier``, ``lower``, ``upper`` (inf: open-ended),
    ``text`` (the figure as written). exact: filled dot; approximate: hollow dot, '≈';
    more than / at least: dot and an arrow running off to the right (no upper bound);
    a range: a bar between its ends; a vague quantity ('several hundred'): a hatched bar over the range its
    words imply; a spread (a row standing for several claims): a thin bar from the lowest to the highest of
    them; no number: the words only, no mark on the axis. Figures spanning orders of magnitude get a
    logarithmic axis; a tall chart repeats its axis on top.
    """
    import math

    fmt = value_format or (lambda v: f"{v:,.0f}")
    values = [float(v) for v in list(rows["lower"]) + list(rows["upper"]) if isinstance(v, (int, float)) and not pd.isna(v)]
    finite = [v for v in values if not math.isinf(v)]
    positive = [v for v in finite if v > 0]
    log = len(positive) > 1 and max(positive) / min(positive) > 200
    xmax = (max(finite) if finite else 1) * (4 if log else 1.35)
    n = len(rows)
    for i, r in enumerate(rows.itertuples()):
        y = n - 1 - i
        marks = (len(ax.lines), len(ax.patches), len(ax.texts), len(ax.collections))
        _draw_row(ax, r, y, xmax, log)
        link_marks(ax, marks, claim_ids(r), rows.iloc[i])
    _finish_range_axes(ax, rows, label, n, log, xmax, xlabel, fmt)


def _draw_row(ax, r, y: float, xmax: float, log: bool) -> None:
    import math

    colour = MEASURE_COLOURS.get(r.measure, "#333333")
    if r.qualifier == "none" or pd.isna(r.lower):
        ax.annotate(f"{r.text}", (0, y), xytext=(4, 0), textcoords="offset points", va="center", ha="left", fontsize=9,
                    style="italic", color="#666666", xycoords=("axes fraction", "data"))
        return
    lo, hi = float(r.lower), float(r.upper)
    anchor = hi if not math.isinf(hi) else lo
    if r.qualifier == "vague":  # a range implied by words: hatched, no dots (no figure was stated)
        ax.barh([y], [hi - lo], left=lo, height=0.34, color=colour, alpha=0.3, hatch="////", edgecolor=colour, lw=1.2)
    elif r.qualifier == "spread":  # several claims: from the lowest to the highest of them
        if math.isinf(hi):
            ax.annotate("", xy=(xmax, y), xytext=(lo, y), arrowprops=dict(arrowstyle="-|>", color=colour, lw=1.5, shrinkA=0, shrinkB=0))
        else:
            ax.plot([lo, hi], [y, y], color=colour, lw=3, solid_capstyle="butt")
        ax.plot([lo, hi] if not math.isinf(hi) else [lo], [y] * (1 if math.isinf(hi) else 2), marker="|", ms=12, color=colour, lw=0)
    else:
        if math.isinf(hi):
            ax.annotate("", xy=(xmax, y), xytext=(lo, y), arrowprops=dict(arrowstyle="-|>", color=colour, lw=2, shrinkA=0, shrinkB=0))
        elif hi > lo:
            ax.plot([lo, hi], [y, y], color=colour, lw=6, alpha=0.5, solid_capstyle="butt")
        hollow = r.qualifier == "approximate"
        for v in ([lo] if math.isinf(hi) or hi == lo else [lo, hi]):
            ax.plot([v], [y], marker="o", ms=8, color=colour, markerfacecolor="white" if hollow else colour,
                    markeredgewidth=2, zorder=3)
    ax.annotate(r.text, (anchor, y), xytext=(5, 5), textcoords="offset points", va="bottom", ha="left", fontsize=9,
                color="#222222")


#: Where a mark links: the claims page of the report, one folder up from the figures.
CLAIMS_PAGE = "../claims.html"


def claim_ids(row) -> list[str]:
    """The claims a chart row stands for: its ``claim_id``, or the ids listed in ``claims`` / ``deployed_claims``."""
    for name in ("claim_id", "claims", "deployed_claims"):
        value = getattr(row, name, None)
        if isinstance(value, str) and value:
            return list(dict.fromkeys(re.findall(r"[a-z0-9][a-z0-9-]*", value) if name != "claim_id" else [value]))
    return []


def mark_url(ids: list[str]) -> str:
    if len(ids) == 1:
        return f"{CLAIMS_PAGE}#{ids[0]}"
    return f"{CLAIMS_PAGE}#g-" + hashlib.sha1(" ".join(ids).encode()).hexdigest()[:12]


def mark_title(ids: list[str], row=None) -> str:
    """The tooltip of a mark: the claim id, the claimant and the start of the quote, or the claims behind it."""
    if len(ids) == 1 and row is not None:
        who = row.get("claimed_by", "") if hasattr(row, "get") else ""
        quote = row.get("quote", "") if hasattr(row, "get") else ""
        quote = quote if isinstance(quote, str) else ""
        return " · ".join(x for x in (ids[0], who if isinstance(who, str) else "", f"“{quote[:90]}…”" if quote else "") if x)
    shown = ", ".join(ids[:12]) + (f" and {len(ids) - 12} more" if len(ids) > 12 else "")
    return f"{len(ids)} claims: {shown} (click for the list)"


def _link(ax, artist, ids: list[str]) -> None:
    """One artist as a link to the claims it stands for."""
    if ids:
        artist.set_url(mark_url(ids))
        ax.figure.__dict__.setdefault("_claim_links", {})[mark_url(ids)] = (mark_title(ids), ids)


def link_marks(ax, before: tuple[int, int, int, int], ids: list[str], row=None) -> None:
    """Make the marks drawn since ``before`` (counts of lines, patches, texts, collections) links to their claims;
    the SVG gets a tooltip for each (see :func:`save`)."""
    if not ids:
        return
    url = mark_url(ids)
    new = [*ax.lines[before[0]:], *ax.patches[before[1]:], *ax.texts[before[2]:], *ax.collections[before[3]:]]
    for artist in new:
        artist.set_url(url)
        arrow = getattr(artist, "arrow_patch", None)
        if arrow is not None:
            arrow.set_url(url)
    titles = ax.figure.__dict__.setdefault("_claim_links", {})
    titles[url] = (mark_title(ids, row), ids)


def _svg_with_tooltips(svg: bytes, links: dict[str, tuple[str, list[str]]]) -> bytes:
    """Each link of the SVG gets a <title> (the tooltip) and, for a mark standing for several claims, a <desc> listing
    them, from which the report writes the list the link points to."""
    text = svg.decode("utf-8")
    for url, (title, ids) in sorted(links.items()):
        desc = f"<desc>{' '.join(ids)}</desc>" if len(ids) > 1 else ""
        # matplotlib writes target="_blank": a mark opens its claim in the same page instead
        tag = f'<a xlink:href="{url}" target="_top"><title>{html.escape(title)}</title>{desc}'
        text = re.sub(rf'<a xlink:href="{re.escape(url)}"[^>]*>', lambda _, tag=tag: tag, text)
    return text.encode("utf-8")


def _finish_range_axes(ax, rows, label, n, log, xmax, xlabel, fmt) -> None:
    ax.set_yticks(range(n), list(rows[label])[::-1])
    ax.set_ylim(-0.7, n - 0.3)
    if log:
        ax.set_xscale("symlog", linthresh=1, linscale=0.4)
        xlabel += " (logarithmic scale)"
    ax.set_xlim(0, xmax)
    ax.set_xlabel(xlabel)
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: fmt(v)))
    ax.tick_params(axis="y", length=0)
    if n > 20:  # a tall chart: the scale is read at the top too
        ax.tick_params(axis="x", top=True, labeltop=True)


def fold_rows(rows: pd.DataFrame, group_by: list[str] | None = None, group_label=None, limit: int = MAX_ROWS) -> pd.DataFrame:
    """The rows a chart draws: ``rows`` as they are up to ``limit``; past it, one row per group (``group_by``)
    with its spread and claim count, the groups with fewest claims folded into one 'N others' row; without
    groups, the first rows and one row saying how many more there are. Full detail stays in the CSV."""
    if len(rows) <= limit:
        return rows
    if not group_by:
        more = len(rows) - (limit - 1)
        tail = {"label": f"… and {more:,} more rows", "measure": "", "qualifier": "none", "lower": float("nan"),
                "upper": float("nan"), "text": f"{more:,} more rows, all in the figure's CSV"}
        return pd.concat([rows.iloc[: limit - 1], pd.DataFrame([tail])], ignore_index=True)
    groups = sorted(rows.groupby(group_by, sort=False, observed=True), key=lambda kv: (-len(kv[1]), natural_key(kv[0])))
    kept, rest = groups[: limit - 1], groups[limit - 1:]
    kept.sort(key=lambda kv: natural_key(kv[0]))  # the groups with most claims, read in natural order (8th < 10th)
    out = [_spread(g, (group_label or (lambda k: " · ".join(map(str, k))))(key)) for key, g in kept]
    if rest:
        others = pd.concat([g for _, g in rest])
        out.append(_spread(others, f"{len(rest):,} others ({len(others):,} claims; all in the CSV)"))
    return pd.DataFrame(out)


def _spread(g: pd.DataFrame, label: str) -> dict:
    """One row standing for the claims ``g``: from the lowest to the highest figure they state (a bound of 0
    that only 'up to' implies, and a 'more than' with no upper end, are not figures stated: they are counted)."""

    n = len(g)
    if n == 1:  # one row stands for itself, drawn as its text qualifies it
        return {**g.iloc[0].to_dict(), "label": label}
    stated, open_ended, no_number = stated_figures(g["qualifier"], g["lower"], g["upper"])
    measures = set(g["measure"].astype(str))
    ids = [i for r in g.itertuples() for i in claim_ids(r)]
    row = {"label": label, "measure": measures.pop() if len(measures) == 1 else "several", "qualifier": "spread",
           "claims": " ".join(dict.fromkeys(ids)),
           "lower": min(stated) if stated else float("nan"), "upper": max(stated) if stated else float("nan")}
    extra = [f"{open_ended:,} open-ended" if open_ended else "", f"{no_number:,} with no number" if no_number else ""]
    extra = "; ".join(e for e in extra if e)
    if not stated:
        return {**row, "qualifier": "none", "text": f"{n:,} claims, none stating a figure" + (f" ({extra})" if extra else "")}
    span = f"{row['lower']:,.0f}" if row["lower"] == row["upper"] else f"{row['lower']:,.0f} to {row['upper']:,.0f}"
    row["text"] = f"{n:,} claims, figures stated {span}" + (f" ({extra})" if extra else "")
    return row


def _right_of_texts(ax) -> float:
    """Where, in axes fraction, a legend can start so that it covers no label drawn in the axes."""
    renderer = ax.figure.canvas.get_renderer()
    to_axes = ax.transAxes.inverted()
    right = max([to_axes.transform(t.get_window_extent(renderer))[1][0] for t in ax.texts if t.get_text()], default=1.0)
    return max(1.01, right + 0.02)


def measure_legend(ax, measures, loc="upper left", marks: bool = True, hatch: bool = False, qualifiers=None, **kwargs) -> None:
    """Legend of the measures shown and of the marks used (only those present when ``qualifiers`` is given),
    outside the plotting area by default so that it never covers data."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    present = set(qualifiers) if qualifiers is not None else {"approximate", "more_than", "vague"}
    known = [m for m in dict.fromkeys(measures) if m in MEASURE_COLOURS]
    if marks:
        handles = [Line2D([], [], color=MEASURE_COLOURS[m], marker="o", lw=0, ms=8, label=MEASURE_LABELS[m]) for m in known]
        if "several" in set(measures):
            handles.append(Line2D([], [], color="#333333", marker="o", lw=0, ms=8, label="several measures (never added)"))
        if "spread" in present:
            handles.append(Line2D([], [], color="#555555", marker="|", ms=12, lw=3,
                                  label="several claims: lowest to highest figure stated\n(a spread, not a sum)"))
        if "approximate" in present:
            handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white", markeredgewidth=2, lw=0, ms=8,
                                  label="approximate ('about', 'some')"))
        if present & {"more_than", "at_least"}:
            handles.append(Line2D([], [], color="#555555", marker=">", lw=2, ms=7, label="lower bound, no upper bound ('more than')"))
        if "vague" in present:
            handles.append(Patch(facecolor="#BBBBBB", edgecolor="#555555", hatch="////",
                                 label="vague quantity ('several hundred', 'nearly 1,000'):\n"
                                       "the range its words imply (quantity_phrases.csv)"))
    else:
        handles = [Patch(color=MEASURE_COLOURS[m], label=MEASURE_LABELS[m]) for m in known]
    if hatch:
        handles.append(Patch(facecolor="#BBBBBB", edgecolor="white", hatch="///", label="hatched: no number given"))
    if loc == "upper left" and "bbox_to_anchor" not in kwargs:
        kwargs["bbox_to_anchor"] = (_right_of_texts(ax), 1)
    ax.legend(handles=handles, loc=loc, fontsize=8, frameon=True, framealpha=0.9, **kwargs)


def empty(ax) -> None:
    """An empty chart that says so, in the place of the data."""
    ax.axis("off")
    ax.text(0.5, 0.5, NOTHING_SELECTED, ha="center", va="center", fontsize=12, color="#444444", transform=ax.transAxes)


def percent(v: float) -> str:
    """A tick label in per cent: '0.3%', '12%', '1,500%'."""
    return f"{v:,.{0 if abs(v) >= 10 or v == 0 else 1 if abs(v) >= 1 else 2}f}%"


def claims_chart(rows: pd.DataFrame, title: str, note: str, name: str, params, xlabel: str = "people (as claimed)",
                 value_format=None, group_by: list[str] | None = None, group_label=None, drawn: pd.DataFrame | None = None):
    """A range chart of ``rows`` saved as ``name`` (the CSV holds every row); says so plainly when the
    parameters select nothing. Past :data:`MAX_ROWS` rows it draws :func:`fold_rows` (by ``group_by``), or
    ``drawn`` when the caller folded the rows itself."""
    shown = fold_rows(drawn if drawn is not None else rows, group_by, group_label)
    if len(shown) < len(rows):
        note += f" The chart folds {len(rows):,} rows into {len(shown):,}; the CSV beside it has every row."
    height = 0.62 * max(len(shown), 2) + 1.6
    fig, ax = plt.subplots(figsize=(10, height))
    if len(shown):
        range_chart(ax, shown, xlabel=xlabel, value_format=value_format)
        open_ended = pd.to_numeric(shown["upper"], errors="coerce").map(lambda v: v == float("inf")).any()
        measure_legend(ax, shown["measure"], qualifiers=[*shown["qualifier"], *(["more_than"] if open_ended else [])])
    else:
        empty(ax)
    ax.set_title(title)
    footer(fig, note)
    return save(fig, rows, name, params.output_dir, params.figure_formats)


#: Nodes a column of the relay diagram shows at most; the others are one "N others" node.
RELAY_LIMITS = {"claimant": 15, "relay": 10, "document": 15}
_OTHERS = "\u2026others:"


def _collapse(hops: pd.DataFrame, names: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """The chains with, in each column (claimants, relays of each step, documents), only the nodes most claims
    pass through, the rest as one node 'N other claimants' (outlets, documents)."""
    from collections import Counter

    def role(i: int, h: list) -> str:
        return "claimant" if i == 0 else "document" if i == len(h) - 1 else f"relay {i}"

    counts = Counter((role(i, h), node) for h in hops["hops"] for i, node in enumerate(h))
    keep, names = {}, dict(names)
    plural = {"claimant": "claimants", "document": "documents"}
    for r in {r for r, _ in counts}:
        ranked = sorted(((n, node) for (rr, node), n in counts.items() if rr == r), key=lambda t: (-t[0], natural_key(t[1])))
        limit = RELAY_LIMITS[r.split()[0]]
        keep[r] = {node for _, node in (ranked[:limit] if len(ranked) > limit + 1 else ranked)}
        if len(keep[r]) < len(ranked):
            names[f"{_OTHERS}{r}"] = f"{len(ranked) - len(keep[r])} other {plural.get(r, 'outlets')} (all in the CSV)"
    collapsed = [[node if node in keep[role(i, h)] else f"{_OTHERS}{role(i, h)}" for i, node in enumerate(h)] for h in hops["hops"]]
    return hops.assign(hops=collapsed), names


PASS = "\u2192pass:"  # prefix of a pass-through point's key (never a source id: ids are [a-z0-9-])


def relay_diagram(hops: pd.DataFrame, names: dict[str, str], title: str, note: str, name: str, params):
    """Claimant → relays → document: column k holds the relays of step k; a chain with fewer relays runs on
    to the document through unlabelled pass-through points. Line width grows with the number of claims,
    within a fixed range."""
    import textwrap
    from collections import Counter

    chains = pd.DataFrame({"claim_id": list(hops.index), "claimant": [names.get(h[0], h[0]) for h in hops["hops"]],
                           "relays": [" → ".join(names.get(r, r) for r in h[1:-1]) for h in hops["hops"]],
                           "document": [h[-1] for h in hops["hops"]], "chain": list(hops["chain"])})
    hops, names = _collapse(hops, names)
    if len(hops) == 0:
        fig, ax = plt.subplots(figsize=(10, 2.5))
        empty(ax)
        ax.set_title(title)
        footer(fig, note)
        return save(fig, chains, name, params.output_dir, params.figure_formats)
    depth = max((len(h) for h in hops["hops"]), default=2)
    edges = Counter()
    edge_claims: dict[tuple[str, str], list[str]] = {}
    columns: dict[str, int] = {}
    for claim_id, h in zip(hops.index, hops["hops"]):
        # left-aligned: relay k sits under "relay k"; the rest of the way to the document is pass-through
        padded = [*h[:-1], *[PASS + h[-1]] * (depth - len(h)), h[-1]]
        keys = [f"{i}:{node}" for i, node in enumerate(padded)]
        for i, key in enumerate(keys):
            columns[key] = i
        for a, b in zip(keys, keys[1:]):
            edges[(a, b)] += 1
            edge_claims.setdefault((a, b), []).append(claim_id)
    successors: dict[str, set[str]] = {}
    for a, b in edges:
        successors.setdefault(a, set()).add(b)
    by_col: dict[int, list[str]] = {}
    for key in columns:
        by_col.setdefault(columns[key], []).append(key)
    rank: dict[str, float] = {}
    for col in sorted(by_col, reverse=True):  # documents first, then each column by its successors' places
        def order(k: str) -> tuple:
            nxt = [rank[n] for n in successors.get(k, ()) if n in rank]
            return (sum(nxt) / len(nxt) if nxt else 0.0, names.get(k.split(":", 1)[1], k))
        by_col[col].sort(key=order)
        for j, key in enumerate(by_col[col]):
            rank[key] = j / max(len(by_col[col]) - 1, 1)
    tallest = max((len(v) for v in by_col.values()), default=1)
    pos = {key: (0, float(tallest - 1 - j)) for j, key in enumerate(by_col.get(0, []))}
    predecessors: dict[str, list[str]] = {}
    for a, b in edges:
        predecessors.setdefault(b, []).append(a)
    for col in sorted(c for c in by_col if c > 0):  # each later node at the mean height of what feeds it
        wanted = sorted(by_col[col], key=lambda k: -sum(pos[p][1] for p in predecessors[k]) / len(predecessors[k]))
        y_prev = None
        for key in wanted:
            y = sum(pos[p][1] for p in predecessors[key]) / len(predecessors[key])
            if y_prev is not None and y > y_prev - 1.2:
                y = y_prev - 1.2
            pos[key] = (col, y)
            y_prev = y
    fig, ax = plt.subplots(figsize=(3.6 * depth, 0.5 * tallest + 1.2))
    ax.axis("off")
    most = max(edges.values())
    for (a, b), n in sorted(edges.items()):
        (x0, y0), (x1, y1) = pos[a], pos[b]
        (line,) = ax.plot([x0, x1], [y0, y1], color="#0072B2", alpha=0.45 if n > 1 or most < 3 else 0.2, lw=0.8 + 7.2 * n / most,
                          solid_capstyle="round", zorder=1)
        _link(ax, line, edge_claims[(a, b)])
    for key, (x, y) in pos.items():
        if key.split(":", 1)[1].startswith(PASS):
            continue  # a pass-through point: no box, the line runs on
        label = textwrap.fill(names.get(key.split(":", 1)[1], key.split(":", 1)[1]), 30)
        ax.text(x, y, label, ha="center", va="center", fontsize=8, zorder=2,
                bbox=dict(boxstyle="round,pad=0.3", fc="white", ec="#888888", lw=0.8))
    heads = ["claimant"] + [f"relay {i}" for i in range(1, depth - 1)] + ["document"]
    for col, head in enumerate(heads):
        ax.text(col, tallest - 0.3, head, ha="center", va="bottom", fontsize=10, weight="bold", color="#444444")
    ax.set_xlim(-0.6, depth - 0.4)
    ax.set_ylim(min(y for _, y in pos.values()) - 0.6, tallest + 0.2)
    ax.set_title(title)
    footer(fig, note + (" Columns show the claimants, outlets and documents most claims pass through; the rest are "
                        "grouped, and every claim's full chain is in the CSV." if any(k.startswith(_OTHERS) for k in names) else ""))
    return save(fig, chains, name, params.output_dir, params.figure_formats)


#: Bars drawn at most in one bar chart; past it, rows are grouped (documents by month) or folded into "N others".
MAX_BARS = 30


def _bar_height(n: int) -> float:
    return 0.34 * max(n, 2) + 1.8


def claims_per_document_chart(counts: pd.DataFrame, documents: pd.DataFrame, title: str, note: str, name: str, params):
    """One bar per document (per publication month past :data:`MAX_BARS` documents), a segment per measure;
    hatched segments are claims with no number. ``counts`` is :func:`analysis.claims_per_document`."""
    counts = counts.copy()
    by = "document"
    if counts["document"].nunique() > MAX_BARS:
        month = documents.set_index("document_id")["published_start"].dt.strftime("%Y-%m").fillna("date unknown")
        n_docs = counts.groupby(counts["document"].map(month))["document"].nunique()
        counts["published"] = counts["document"].map(month).map(lambda m: f"published {m} ({n_docs[m]} documents)")
        counts = counts.groupby(["published", "measure", "figure"], sort=True).agg(
            claims=("claims", "sum"), claim_ids=("claim_ids", " ".join)).reset_index()
        by = "published"
    rows = sorted(counts[by].unique(), key=natural_key, reverse=True)
    fig, ax = plt.subplots(figsize=(10, _bar_height(len(rows))))
    if counts.empty:
        empty(ax)
    else:
        left = pd.Series(0, index=rows)
        for (measure, figure), part in counts.groupby(["measure", "figure"], sort=True):
            values = part.set_index(by)["claims"].reindex(rows, fill_value=0)
            ids = part.groupby(by)["claim_ids"].agg(" ".join).reindex(rows, fill_value="")
            bars = ax.barh(rows, values, left=left[rows], color=MEASURE_COLOURS[measure], edgecolor="white",
                           hatch="///" if figure == "no number" else None)
            for bar, claim_list in zip(bars.patches, ids):
                _link(ax, bar, claim_list.split())
            left = left + values
        ax.set_xlabel("claims in the ledger (not people)")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(-0.6, len(rows) - 0.4)
        measure_legend(ax, counts["measure"], marks=False, hatch=(counts["figure"] == "no number").any())
    ax.set_title(title)
    footer(fig, note)
    return save(fig, counts, name, params.output_dir, params.figure_formats)


def claims_per_claimant_chart(per_claimant: pd.DataFrame, title: str, note: str, name: str, params, claims: pd.DataFrame | None = None):
    """One bar per claimant (the :data:`MAX_BARS` - 1 with most claims, then one bar for all others),
    coloured by grade. ``per_claimant``: claimants as index, grades as columns, claims as values."""
    shown = per_claimant.loc[per_claimant.sum(axis=1).sort_values(kind="stable").index]
    members = {name: [name] for name in shown.index}
    if len(shown) > MAX_BARS:
        rest = shown.iloc[: len(shown) - (MAX_BARS - 1)]
        others = rest.sum().rename(f"{len(rest)} other claimants (each fewer claims; all in the CSV)")
        members[others.name] = list(rest.index)
        shown = pd.concat([others.to_frame().T, shown.iloc[len(rest):]])
    fig, ax = plt.subplots(figsize=(10, _bar_height(len(shown))))
    if shown.empty:
        empty(ax)
    else:
        left = pd.Series(0, index=shown.index)
        for grade in [g for g in GRADE_COLOURS if g in shown.columns]:
            bars = ax.barh(shown.index, shown[grade], left=left, color=GRADE_COLOURS[grade], edgecolor="white",
                           label=grade.replace("_", " "))
            if claims is not None:
                for bar, who in zip(bars.patches, shown.index):
                    mine = claims[claims["claimant"].isin(members[who]) & (claims["grade"].astype(str) == grade)]
                    _link(ax, bar, list(mine["claim_id"]))
            left = left + shown[grade]
        ax.set_xlabel("claims (statements, not people)")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.tick_params(axis="y", labelsize=8)
        ax.set_ylim(-0.6, len(shown) - 0.4)
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), title="grade", title_fontsize=8)
    ax.set_title(title)
    footer(fig, note)
    return save(fig, per_claimant.reset_index(), name, params.output_dir, params.figure_formats)
