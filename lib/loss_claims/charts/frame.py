"""One frame and one style for every chart, laid out in CSS pixels at two widths, and saving that is
byte-identical and atomic.

A chart is drawn twice, for a laptop column (:data:`WIDTHS` ``desktop``, 680 px) and for a phone
(``mobile``, 343 px), each with text of at least 12 px at the size it is shown. Every chart has the same
frame, aligned to its left edge: a headline that states the finding, a subtitle (measure, side, unit,
period), the chart, a "Source:" line naming the documents and outlets, and the caveat.

Each figure is saved as ``figNN-slug.png`` / ``.svg`` (laptop) and ``figNN-slug.mobile.png`` /
``.mobile.svg`` (phone), with the data it plots as ``figNN-slug.csv`` and its alt text as
``figNN-slug.alt.txt``. SVG text is text (searchable, copyable, read by screen readers), in DejaVu Sans
embedded in the file (only the letters it uses), so it renders the same everywhere.
"""
from __future__ import annotations

import base64
import hashlib
import html
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("agg")  # the same backend under papermill, nbval and the runner
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties

from .. import vocab
from ..ledger import files
from ..ledger.text import visible
from ..ledger.paths import project_relative as shown_path

#: Widths in CSS pixels: a laptop column and a phone (375 px screen less 16 px margins).
WIDTHS = {"desktop": 680, "mobile": 343}
#: Text sizes in CSS pixels, at the size the figure is shown. Nothing is smaller than 12 px.
SIZE = {"headline": 19, "subtitle": 14, "panel": 14, "label": 13, "small": 12}
PT = 72 / 96  # points per CSS pixel (the figure is laid out at 96 dots per inch)
INK, MUTED, FAINT, GRID = "#1A1A1A", "#555555", "#767676", "#D9D9D9"
#: The colour of a claimed figure's mark in every chart (grades have colours of their own, used for nothing else).
MARK = "#1A1A1A"
FONT = "DejaVu Sans"
_SAVE_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None},
}
#: The height a chart's body may reach before the rest of its panels are left to its CSV: a chart for 500 claims
#: shows what it can at a readable size, and says how many panels it leaves out.
HEIGHT_BUDGET = {"desktop": 1800, "mobile": 2600}
#: PNG resolution: twice the CSS pixels (sharp on high-density screens); a very tall figure gets less.
PNG_SCALE = 2
MAX_PIXELS = 4000
NOTHING_SELECTED = "No claims of this kind under these parameters"


def use_style() -> None:
    """Fix everything that could make a figure differ between machines or runs."""
    matplotlib.rcdefaults()
    plt.rcParams.update({
        "font.family": FONT,
        "text.parse_math": False,  # names and quotes from a ledger are drawn as written: "$2m … $1m" is not math
        "figure.dpi": 96,
        "svg.hashsalt": "loss-claims",
        "svg.fonttype": "none",  # text as text
        "pdf.fonttype": 42,
        "lines.solid_capstyle": "butt",
    })


# --- measuring and wrapping text ---------------------------------------------------------------------------

_RENDERER = None


def _renderer() -> RendererAgg:
    global _RENDERER
    if _RENDERER is None:
        _RENDERER = RendererAgg(10, 10, 96)
    return _RENDERER


@lru_cache(maxsize=65536)
def _measure(text: str, size: float, bold: bool, italic: bool) -> float:
    prop = FontProperties(family=FONT, size=size * PT, weight="bold" if bold else "normal", style="italic" if italic else "normal")
    w, _, _ = _renderer().get_text_width_height_descent(text, prop, ismath=False)
    return float(w)


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Width in CSS pixels of ``text`` at ``size`` px: each word measured once (and remembered), the spaces added,
    and 1% to spare for the kerning across words that this leaves out. Measured as drawn: unsafe characters as their
    code points (:meth:`Canvas.text`)."""
    text = visible(text)
    words = text.split(" ")
    if len(words) == 1:
        return _measure(text, size, bold, italic)
    space = _measure("a a", size, bold, italic) - 2 * _measure("a", size, bold, italic)
    return 1.01 * (sum(_measure(w, size, bold, italic) for w in words if w) + space * (len(words) - 1))


def line_height(size: float) -> float:
    return round(size * 1.3, 2)


#: No line of a chart's text is longer than this, however wide the chart (a line longer than that is hard to read).
MAX_CHARS = 80


def wrap(text: str, width: float, size: float, bold: bool = False, max_lines: int | None = None) -> list[str]:
    """``text`` broken into lines no wider than ``width`` px and no longer than :data:`MAX_CHARS` (words kept
    whole; a word too long is cut); past ``max_lines`` the last line ends with '…'."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        current = ""
        for word in paragraph.split(" "):
            trial = f"{current} {word}" if current else word
            if text_width(trial, size, bold) <= width and len(trial) <= MAX_CHARS:
                current = trial
                continue
            if current:
                lines.append(current)
            while (text_width(word, size, bold) > width or len(word) > MAX_CHARS) and len(word) > 1:  # a word wider than the line
                cut = min(len(word), MAX_CHARS - 1)
                while cut > 1 and text_width(word[:cut] + "-", size, bold) > width:
                    cut -= 1
                lines.append(word[:cut] + "-")
                word = word[cut:]
            current = word
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and text_width(last + "…", size, bold) > width:
            last = last[:-1].rstrip()
        lines = [*lines[: max_lines - 1], last + "…"]
    return lines


# --- the canvas: drawing in CSS pixels, top down --------------------------------------------------------------

@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box, pad: float = 1.0) -> bool:
        return not (self.x1 + pad <= other.x0 or other.x1 + pad <= self.x0 or self.y1 + pad <= other.y0 or other.y1 + pad <= self.y0)


@dataclass
class Canvas:
    """A chart laid out in CSS pixels (y grows downwards), drawn into matplotlib once its height is known.
    Every text's box is kept, so that an optional label that would overlap another is left out."""

    width: float
    variant: str = "desktop"
    ops: list = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    links: dict = field(default_factory=dict)
    y: float = 0.0

    @property
    def mobile(self) -> bool:
        return self.variant == "mobile"

    def text(self, x: float, y: float, text: str, size: float = SIZE["label"], *, bold: bool = False, italic: bool = False,
             colour: str = INK, ha: str = "left", optional: bool = False, url: str | None = None) -> Box | None:
        """One line of text whose top is at ``y``; returns its box, or None when ``optional`` and it would overlap."""
        text = visible(text)  # a ledger's right-to-left override or control character is drawn as its code point
        w = text_width(text, size, bold, italic)
        x0 = x - (w if ha == "right" else w / 2 if ha == "center" else 0)
        box = Box(x0, y, x0 + w, y + line_height(size))
        if x0 < -0.5 or box.x1 > self.width + 0.5:
            if optional:
                return None
        if optional and any(box.overlaps(b) for b in self.boxes):
            return None
        self.boxes.append(box)
        self.ops.append(("text", x, y + size * 1.0, text, size, bold, italic, colour, ha, url))
        return box

    def lines(self, x: float, y: float, lines: list[str], size: float, **kwargs) -> float:
        """Several lines, one under the other; returns the y below the last."""
        for line in lines:
            self.text(x, y, line, size, **kwargs)
            y += line_height(size)
        return y

    def paragraph(self, text: str, size: float, width: float | None = None, x: float = 0.0, gap: float = 0.0, **kwargs) -> None:
        """Wrapped text at the current position, advancing it."""
        self.y = self.lines(x, self.y, wrap(text, width or self.width - x, size, kwargs.get("bold", False)), size, **kwargs) + gap

    def mark(self) -> tuple:
        """A point to go back to (:meth:`back`): what is drawn and laid out so far."""
        return len(self.ops), len(self.boxes), dict(self.links), self.y

    def back(self, point: tuple) -> None:
        n_ops, n_boxes, links, y = point
        del self.ops[n_ops:]
        del self.boxes[n_boxes:]
        self.links, self.y = links, y

    def keep(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Keep the area of a mark clear: optional labels are not placed over it."""
        self.boxes.append(Box(x0, y0, x1, y1))

    def fits(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        box = Box(x0, y0, x1, y1)
        return x0 >= -0.5 and x1 <= self.width + 0.5 and not any(box.overlaps(b) for b in self.boxes)

    def line(self, xs, ys, colour: str = MARK, width: float = 1.5, dashes=None, url: str | None = None, alpha: float = 1.0) -> None:
        self.ops.append(("line", list(xs), list(ys), colour, width, dashes, url, alpha))

    def marker(self, x: float, y: float, shape: str = "o", size: float = 9, colour: str = MARK, fill: str | None = None,
               url: str | None = None, edge: float = 1.6, alpha: float = 1.0) -> None:
        self.ops.append(("marker", x, y, shape, size, colour, fill or colour, url, edge, alpha))

    def dots(self, xs: list[float], y: float, size: float = 6, colour: str = MARK, url: str | None = None, alpha: float = 1.0) -> None:
        """Many marks in one row as one drawing (the row of 'N others'): a dot at each x."""
        self.ops.append(("dots", list(xs), y, size, colour, url, alpha))

    def rect(self, x: float, y: float, w: float, h: float, colour: str = MARK, hatch: str | None = None, fill: str | None = None,
             url: str | None = None, edge: str | None = None) -> None:
        self.ops.append(("rect", x, y, w, h, colour, hatch, fill, url, edge))

    def link(self, ids: list[str], title: str) -> str | None:
        """The URL a mark standing for ``ids`` links to (its claim's card, or a list of claims); its tooltip is ``title``."""
        if not ids:
            return None
        url = mark_url(ids)
        self.links[url] = (visible(title), ids)
        return url

    def draw(self):
        """The matplotlib figure: exactly ``width`` CSS pixels wide, as tall as what was laid out."""
        height = max(self.y, 40.0)
        fig = plt.figure(figsize=(self.width / 96, height / 96), dpi=96)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, self.width)
        ax.set_ylim(height, 0)
        ax.axis("off")
        for op in self.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, text, size, bold, italic, colour, ha, url = op
                t = ax.text(x, y, text, fontsize=size * PT, fontweight="bold" if bold else "normal",
                            fontstyle="italic" if italic else "normal", color=colour, ha=ha, va="baseline", zorder=4)
                if url:
                    t.set_url(url)
            elif kind == "line":
                _, xs, ys, colour, width, dashes, url, alpha = op
                (ln,) = ax.plot(xs, ys, color=colour, lw=width * PT, alpha=alpha, zorder=2, solid_capstyle="butt")
                if dashes:
                    ln.set_dashes(dashes)
                if url:
                    ln.set_url(url)
            elif kind == "marker":
                _, x, y, shape, size, colour, fill, url, edge, alpha = op
                (mk,) = ax.plot([x], [y], marker=shape, ms=size * PT, color=colour, markerfacecolor=fill, markeredgewidth=edge * PT,
                                lw=0, alpha=alpha, zorder=3)
                if url:
                    mk.set_url(url)
            elif kind == "dots":
                _, xs, y, size, colour, url, alpha = op
                (mk,) = ax.plot(xs, [y] * len(xs), marker="o", ms=size * PT, color=colour, lw=0, alpha=alpha, zorder=3)
                if url:
                    mk.set_url(url)
            elif kind == "rect":
                _, x, y, w, h, colour, hatch, fill, url, edge = op
                patch = matplotlib.patches.Rectangle((x, y), w, h, facecolor=fill or colour, edgecolor=edge or colour, hatch=hatch,
                                                     lw=1 * PT, zorder=2)
                ax.add_patch(patch)
                if url:
                    patch.set_url(url)
        fig.__dict__["_claim_links"] = dict(self.links)
        return fig


# --- the frame ---------------------------------------------------------------------------------------------

@dataclass
class Frame:
    """The words around a chart: ``headline`` (the finding), ``subtitle`` (measure, side, unit, period),
    ``source`` (documents and outlets) and the caveat, which is always the schema's."""

    headline: str
    subtitle: str
    source: str
    note: str = ""


def top(canvas: Canvas, frame: Frame) -> None:
    canvas.paragraph(frame.headline, SIZE["headline"], bold=True, gap=4)
    canvas.paragraph(frame.subtitle, SIZE["subtitle"], colour=MUTED, gap=14)


def bottom(canvas: Canvas, frame: Frame) -> None:
    canvas.y += 10
    canvas.line([0, canvas.width], [canvas.y, canvas.y], colour=GRID, width=1)
    canvas.y += 6
    canvas.paragraph(f"Source: {frame.source}", SIZE["small"], colour=MUTED, gap=2)
    if frame.note:
        canvas.paragraph(frame.note, SIZE["small"], colour=MUTED, gap=2)
    canvas.paragraph(f"Note: {vocab.caveat()}", SIZE["small"], colour=MUTED, gap=4)


def empty_body(canvas: Canvas) -> None:
    canvas.paragraph(NOTHING_SELECTED + ".", SIZE["label"], colour=MUTED, italic=True, gap=8)


# --- saving ------------------------------------------------------------------------------------------------

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


class Saved:
    """What a notebook shows for a saved figure: the image, then, as an output of its own, the files it was saved
    as and its alt text (plain text: nothing from a ledger is ever read as markup)."""

    def __init__(self, png: bytes, width: int, paths: list[Path], alt: str):
        self.png, self.width, self.paths, self.alt = png, width, paths, alt

    def note(self) -> str:
        return (f"Saved as {', '.join(shown_path(p) for p in self.paths)}.\n"
                f"Alt text: {self.alt}")

    def _ipython_display_(self) -> None:
        from IPython.display import Image, display

        display(Image(data=self.png, format="png", width=self.width, metadata={"alt": self.alt}))
        display({"text/plain": self.note()}, raw=True)

    def __repr__(self) -> str:
        return f"<figure saved as {', '.join(p.name for p in self.paths)}>"


def save(canvases: dict[str, Canvas], data: pd.DataFrame, name: str, output_dir: Path, alt: str,
         formats: tuple[str, ...] = ("png", "svg")) -> Saved:
    """Save each canvas (``desktop`` as ``name``, ``mobile`` as ``name.mobile``) as PNG (+ SVG/PDF as asked), ``data``
    as ``name.csv`` and ``alt`` as ``name.alt.txt``; return what a notebook shows."""
    alt = visible(alt)
    output_dir = Path(output_dir)
    paths, shown = [], b""
    for variant, canvas in canvases.items():
        stem = name if variant == "desktop" else f"{name}.{variant}"
        fig = canvas.draw()
        height = fig.get_figheight() * 96
        scale = min(PNG_SCALE, MAX_PIXELS / max(canvas.width, height))
        for fmt in dict.fromkeys(("png", *formats)):
            buf = io.BytesIO()
            with plt.rc_context({"svg.hashsalt": f"{name}-{variant}"}):
                # zlib level 3: a third less time than the default 6, and smaller files for these flat charts (benchmarked)
                extra = {"pil_kwargs": {"compress_level": 3}} if fmt == "png" else {}
                fig.savefig(buf, format=fmt, metadata=_SAVE_METADATA[fmt], dpi=96 * scale if fmt == "png" else 96, **extra)
            written = buf.getvalue()
            if fmt == "svg":
                written = finish_svg(written, canvas.links, f"{name}-{variant}", canvas.width)
            files.atomic_write(output_dir / f"{stem}.{fmt}", written)
            paths.append(output_dir / f"{stem}.{fmt}")
            if fmt == "png" and variant == "desktop":
                shown = written
        plt.close(fig)
    files.atomic_write(output_dir / f"{name}.csv", csv_bytes(data))
    files.atomic_write(output_dir / f"{name}.alt.txt", (alt + "\n").encode("utf-8"))
    paths += [output_dir / f"{name}.csv", output_dir / f"{name}.alt.txt"]
    return Saved(shown, WIDTHS["desktop"], paths, alt)


# --- SVG: fonts embedded, links with tooltips -------------------------------------------------------------

_FONT_FILES = {("normal", "normal"): "DejaVuSans.ttf", ("bold", "normal"): "DejaVuSans-Bold.ttf",
               ("normal", "italic"): "DejaVuSans-Oblique.ttf"}
_TEXT = re.compile(r'<text style="([^"]*)"([^>]*)>([^<]*)</text>')


def _font_path(name: str) -> Path:
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


#: Letters every embedded font carries (so that most figures share one subset, made once per process):
#: printable ASCII, Latin-1 and the typography of news texts. Others a figure uses are added to its own.
BASE_CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "".join(chr(c) for c in range(0xA0, 0x100)) + "’‘“”–—…≈·•→←×−"


def _cache_dir() -> Path:
    """Where subsets made once are kept between runs (the user's cache folder; nothing of it is in the project)."""
    import os

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "loss-claims" / "fonts"


@lru_cache(maxsize=64)
def _subset(face: tuple[str, str], extra: str) -> str:
    """A TrueType subset of DejaVu Sans with :data:`BASE_CHARS` and ``extra``, as base64 (deterministic: no
    timestamps; kerning kept, so that the browser sets text as matplotlib measured it). Made once per font file
    and letters, and kept in the user's cache folder: every notebook of a run would otherwise make the same."""
    source = _font_path(_FONT_FILES[face])
    key = hashlib.sha256(source.read_bytes() + (BASE_CHARS + extra).encode("utf-8")).hexdigest()[:32]
    cached = _cache_dir() / f"{key}.b64"
    try:
        return cached.read_text(encoding="ascii")
    except OSError:
        pass
    made = _make_subset(source, extra)
    try:
        files.atomic_write(cached, made.encode("ascii"))
    except OSError:
        pass  # a cache that cannot be written only costs time
    return made


def _make_subset(source: Path, extra: str) -> str:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), recalcTimestamp=False)
    options = subset.Options()
    options.recalc_timestamp = False
    options.name_IDs = ["*"]
    options.hinting = False
    options.drop_tables = [*options.drop_tables, "FFTM"]
    options.layout_features = ["kern"]
    sub = subset.Subsetter(options)
    sub.populate(text=BASE_CHARS + extra)
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def finish_svg(svg: bytes, links: dict[str, tuple[str, list[str]]], key: str, width: float) -> bytes:
    """The SVG as shipped: width in CSS pixels; the font embedded under a family name of this figure's own (so
    that several figures inline in one page never share a subset); each link with a tooltip (<title>) and, for a
    mark standing for several claims, a <desc> listing them."""
    text = svg.decode("utf-8")
    text = re.sub(r'<svg ([^>]*)width="([\d.]+)pt" height="([\d.]+)pt"',
                  lambda m: f'<svg {m.group(1)}width="{round(float(m.group(2)) / PT, 2):g}" height="{round(float(m.group(3)) / PT, 2):g}"',
                  text, count=1)
    family = "lc-" + re.sub(r"[^a-z0-9-]", "-", key.lower())
    used: dict[tuple[str, str], set[str]] = {}

    def restyle(m: re.Match) -> str:
        style, rest, content = m.group(1), m.group(2), m.group(3)
        face = ("bold" if "font-weight: 700" in style else "normal", "italic" if "font-style: italic" in style else "normal")
        used.setdefault(face, set()).update(html.unescape(content))
        style = re.sub(r"font-family: [^;]*;", f"font-family: '{family}', '{FONT}', sans-serif;", style)
        return f'<text style="{style}"{rest}>{content}</text>'

    text = _TEXT.sub(restyle, text)
    faces = "".join(
        f"@font-face{{font-family:'{family}';font-weight:{700 if w == 'bold' else 400};font-style:{s};"
        f"src:url(data:font/ttf;base64,{_subset((w, s), ''.join(sorted(set(chars) - set(BASE_CHARS))))}) format('truetype')}}"
        for (w, s), chars in sorted(used.items()))
    text = text.replace("<style type=\"text/css\">", f"<style type=\"text/css\">{faces}", 1)
    def tag(m: re.Match) -> str:  # one pass over the SVG, however many marks link
        url = html.unescape(m.group(1))
        if url not in links:
            return m.group(0)
        title, ids = links[url]
        desc = f"<desc>{' '.join(ids)}</desc>" if len(ids) > 1 else ""
        return f'<a xlink:href="{m.group(1)}" target="_top"><title>{html.escape(title)}</title>{desc}'

    text = re.sub(r'<a xlink:href="([^"]*)"[^>]*>', tag, text)
    return text.encode("utf-8")


#: Where a mark links: the claims page of the report, one folder up from the figures.
CLAIMS_PAGE = "../claims.html"


def mark_url(ids: list[str]) -> str:
    if len(ids) == 1:
        return f"{CLAIMS_PAGE}#{ids[0]}"
    return f"{CLAIMS_PAGE}#g-" + hashlib.sha1(" ".join(ids).encode()).hexdigest()[:12]


def mark_title(ids: list[str], who: str = "", quote: str = "") -> str:
    """The tooltip of a mark: the claim, its claimant and the start of its quote, or the claims behind it."""
    if len(ids) == 1:
        return " · ".join(x for x in (ids[0], who, f"“{quote[:90]}…”" if quote else "") if x)
    shown = ", ".join(ids[:12]) + (f" and {len(ids) - 12} more" if len(ids) > 12 else "")
    return f"{len(ids)} claims: {shown} (click for the list)"


# --- the words of the frame, from the data ----------------------------------------------------------------------

def period(dates) -> str:
    """'Dec 2024', 'Dec 2024 to Mar 2025', or 'dates not known', from the claims' dates."""
    d = pd.to_datetime(pd.Series(list(dates)), errors="coerce").dropna()
    if d.empty:
        return "dates not known"
    a, b = d.min().strftime("%b %Y"), d.max().strftime("%b %Y")
    return a if a == b else f"{a} to {b}"


def source_line(ledger, claims: pd.DataFrame, limit: int = 4) -> str:
    """Who the chart's claims come from: the documents (how many, of what kinds, when published) and the
    outlets that relayed them, naming the first few; all are in the figure's CSV and the report."""
    if claims.empty:
        return "the ledger's documents (none selected)"
    docs = ledger.documents[ledger.documents["document_id"].isin(set(claims["document_id"]))]
    kinds = docs["kind"].astype(str).value_counts()
    kinds_text = ", ".join(vocab.plural(int(n), vocab.label("kind", k, "documents")) for k, n in kinds.items())
    when = period(docs["published_end"])
    relayed = set(" ".join(claims["relays"].fillna("")).split()) if "relays" in claims else set()
    sources = ledger.sources.set_index("source_id")
    generic = {"unnamed_outlet", "officials_unnamed", "document_author"}

    def name(s: str) -> str:  # "unnamed outlets the blog quotes" inside a sentence, a proper name as written
        if s not in sources.index:
            return s
        n = visible(str(sources.at[s, "name"]))
        return n[:1].lower() + n[1:] if str(sources.at[s, "kind"]) in generic else n

    outlets = sorted({name(s) for s in relayed}, key=str.casefold)
    shown = "; ".join(outlets[:limit]) + (f" and {len(outlets) - limit} more" if len(outlets) > limit else "")
    if len(docs) <= 3:  # few documents: each by its title (or its kind where it has none) and date
        def one(d) -> str:
            kind = vocab.label("kind", str(d.kind), "documents")
            title = visible(str(d.title)) if isinstance(d.title, str) and d.title.strip() else ""
            title = title if len(title) <= 60 else title[:57].rstrip() + "…"
            return f"“{title}” ({kind}, {period([d.published_end])})" if title else f"an untitled {kind} ({period([d.published_end])})"
        listed = [one(d) for d in docs.itertuples()]
        text = ", ".join(listed[:-1]) + (" and " if len(listed) > 1 else "") + listed[-1]
        text = text[:1].upper() + text[1:]
    else:
        text = f"{vocab.plural(len(docs), 'document')} ({kinds_text}; published {when})"
    return text + (f", relaying {shown}" if outlets else "") + ". Every claim, quote and relay: the figure's CSV and the report."
