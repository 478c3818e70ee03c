"""A static HTML report of the executed notebooks: opens offline, from the file system, with no server.

``report/index.html`` lists each notebook with its question and links its page, its figures
(PNG, SVG) and their data (CSV), and the ledger's CSVs with the codebook. Everything it links
is copied beside it, so the folder can be zipped and sent as it is.
"""
from __future__ import annotations

import html
import re
import shutil
import threading
from pathlib import Path

import mistune
import nbformat
import pandas as pd
from nbconvert import HTMLExporter
from nbconvert.exporters.templateexporter import TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

from ..charts.frame import csv_bytes
from ..ledger import files
from . import codebook, explorer, safety
from .page import caveat, e, page
from ..ledger.load import load_ledger, table_path
from ..ledger.paths import DATA_DIR, display
from ..ledger.schema import load_schema

TEMPLATES = Path(__file__).parent / "templates"


#: The files of a figure the report copies and links.
FIGURE_FILES = ("png", "svg", "mobile.png", "mobile.svg", "csv", "alt.txt")


def _about(nb) -> tuple[str, str, list[str]]:
    intro = nb.cells[0].source
    title = intro.splitlines()[0].lstrip("# ").strip()
    question = re.search(r"\*\*Question:\*\*\s*(.+)", intro)
    return title, question.group(1).strip() if question else "", list(dict.fromkeys(re.findall(r"fig\d\d-[a-z0-9-]+", intro)))


def _ledger_copy(path: Path) -> bytes:
    """A table of the ledger as the report ships it: cells a spreadsheet would run as formulas get a leading
    ``'`` (the ledger itself is never changed). Read as text, never converted."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return csv_bytes(frame)


def _published(d) -> str:
    if pd.isna(d.published_start):
        return "unknown"
    start, end = d.published_start.date().isoformat(), d.published_end.date().isoformat()
    return start if start == end else f"{start} to {end}"


class _PageExporter(HTMLExporter):
    """nbconvert's HTML exporter without its second pass, which parses the whole page again with BeautifulSoup (html.parser)
    only to add three attributes: that pass took 60% of the export's time, in the runner's process beside the kernels
    (benchmarked). The same three are added here to the template's output: tabindex on each input and output, as
    nbconvert's lab template writes them, and an alt text on an image that has none (every chart of ours has its own)."""

    def from_notebook_node(self, nb, resources=None, **kw):
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        self.register_filter("highlight_code", self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
        resources = self._init_resources(resources)
        self.register_filter("filter_data_type",
                             WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources))
        html_out, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        html_out = _FOCUSABLE.sub(lambda m: m.group(1) + m.group(2) + '" tabindex="0"', html_out)
        html_out = _IMG_NO_ALT.sub('<img alt="No description has been provided for this image" ', html_out)
        return html_out, resources


#: The opening tags nbconvert makes focusable: a cell's input wrapper and each output (class lists as the lab template writes).
_FOCUSABLE = re.compile(r'(<div class=")(\s*(?:[\w-]+\s+)*(?:jp-Cell-inputWrapper|jp-OutputArea-output)(?:\s+[\w-]+)*\s*)"'
                        r'(?![^>]*\btabindex=)')
_IMG_NO_ALT = re.compile(r"<img (?![^>]*\balt=)")

_EXPORTER: list[HTMLExporter] = []
_EXPORTING = threading.Lock()


def notebook_page(path: Path) -> str:
    """The report's page of one executed notebook (HTML). The runner calls it as each notebook finishes, while the
    others still run; one exporter serves every call (its templates are read once), one call at a time."""
    nb = nbformat.read(path, as_version=4)
    with _EXPORTING:
        if not _EXPORTER:
            _EXPORTER.append(_PageExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES)]))
        return _EXPORTER[0].from_notebook_node(nb)[0]


def build(notebooks: list[Path], figures_dir: Path, out_dir: Path, data_dir: Path = DATA_DIR,
          scratch_root: Path | None = None, ledger=None, pages: dict[Path, str] | None = None) -> Path:
    """Write the report to ``out_dir`` and return its index page. The report is built aside (in
    ``scratch_root``'s scratch folder) and put in place once complete; an existing ``out_dir`` is replaced
    only if this project wrote it. ``pages``: notebook pages already made by :func:`notebook_page`."""
    out_dir = Path(out_dir)
    files.make_dirs(out_dir.parent)
    staging = files.temp_dir(scratch_root or out_dir.parent) / "report"
    staging.mkdir()
    try:
        (staging / "figures").mkdir()
        (staging / "data").mkdir()
        items, names = [], []
        for path in notebooks:
            body = (pages or {}).get(path) or notebook_page(path)
            (staging / f"{path.stem}.html").write_text(body, encoding="utf-8")
            title, question, figs = _about(nbformat.read(path, as_version=4))
            cards = []
            for fig in figs:
                present = [ext for ext in FIGURE_FILES if (figures_dir / f"{fig}.{ext}").is_file()]
                for ext in present:
                    shutil.copy2(figures_dir / f"{fig}.{ext}", staging / "figures" / f"{fig}.{ext}")
                if "png" in present:
                    alt = figures_dir / f"{fig}.alt.txt"
                    alt = alt.read_text(encoding="utf-8").strip() if alt.is_file() else fig
                    links = " · ".join(f'<a href="figures/{fig}.{ext}">{ext.upper()}</a>' for ext in ("png", "svg", "csv")
                                       if ext in present)
                    cards.append(f'<figure><a href="figures/index.html#{fig}"><img src="figures/{fig}.png" alt="{e(alt)}"></a>'
                                 f"<figcaption><code>{fig}</code>: {links}</figcaption></figure>")
                    names.append(fig)
            items.append(f'<section class="nb"><h2><a href="{path.stem}.html">{html.escape(title)}</a></h2>'
                         f"<p>{html.escape(question)}</p><div class=\"figs\">{''.join(cards)}</div></section>")
        resources = load_schema().resources  # the declared tables only, never whatever else lies there
        csvs = [r.path for r in resources]
        for resource in resources:
            name, source = resource.path, table_path(Path(data_dir), resource)
            if source.is_symlink() or not source.is_file():
                raise ValueError(f"{display(source)} is not a regular file; the report copies no links")
            (staging / "data" / name).write_bytes(_ledger_copy(source))
        rules = DATA_DIR / "README.md"
        codebook_html = mistune.html(codebook.render()).replace('href="data/README.md"', 'href="#curation-rules"') + (
            f'<section id="curation-rules">{mistune.html(rules.read_text(encoding="utf-8"))}</section>' if rules.is_file() else "")
        codebook_html = codebook_html.replace('href="../CODEBOOK.md"', 'href="#codebook"')  # both are on this one page
        (staging / "codebook.html").write_text(page("Codebook", '<h1 id="codebook">Codebook and curation rules</h1>' + codebook_html),
                                               encoding="utf-8")
        documents = explorer.write(ledger if ledger is not None else load_ledger(data_dir), staging, names)
        doc_rows = "".join(
            f'<tr><td><a href="documents/{e(i)}.html">{e(i)}</a></td><td>{e(t)}</td><td>{_published(d)}</td><td>{n}</td></tr>'
            for i, t, n, d in documents)
        ledger = "".join(f'<li><a href="data/{n}">{n}</a></li>' for n in csvs)
        index = (f"<h1>Claimed losses in Russia's Kursk region: the notebooks</h1>{caveat()}"
                 + '<section class="nb"><h2>Explore the claims</h2><p><a href="claims.html">Every claim</a>, filterable by measure, '
                   'side, claimant, grade and document, each with its quote, claimant and relays, grade and links; '
                   '<a href="figures/index.html">every figure</a>, each mark linking to the claims behind it.</p>'
                   '<table><caption>The documents, each with its full text and the passages the ledger quotes</caption><thead><tr>'
                   '<th scope="col">document</th><th scope="col">title</th><th scope="col">published</th>'
                   f'<th scope="col">claims</th></tr></thead><tbody>{doc_rows}</tbody></table></section>'
                 + "".join(items)
                 + f'<section class="nb"><h2>The ledger</h2><p>The curated CSVs (cells that a spreadsheet would read as '
                   f"formulas are prefixed with <code>'</code>) and the <a href=\"codebook.html\">codebook "
                   f"and curation rules</a>.</p><ul>{ledger}</ul></section>")
        (staging / "index.html").write_text(page("Claimed losses in Kursk: report", index), encoding="utf-8")
        safety.replace_owned_folder(staging, out_dir)
    finally:
        shutil.rmtree(staging.parent, ignore_errors=True)
    return out_dir / "index.html"
