"""A static HTML report of the executed notebooks: opens offline, from the file system, with no server.

``report/index.html`` lists each notebook with its question and links its page, its figures
(PNG, SVG) and their data (CSV), and the ledger's CSVs with the codebook. Everything it links
is copied beside it, so the folder can be zipped and sent as it is.
"""
from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import mistune
import nbformat
import pandas as pd
from nbconvert import HTMLExporter

from . import codebook, explorer, figures, files
from .load import load_ledger
from .paths import DATA_DIR, display
from .schema import load_schema

TEMPLATES = Path(__file__).parent / "templates"
STYLE = """body{font-family:system-ui,'DejaVu Sans',sans-serif;max-width:70em;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}
.caveat{background:#fff4e5;border-left:4px solid #D55E00;padding:.6em 1em}
.nb{border-top:1px solid #ddd;padding:1em 0}.figs{display:flex;flex-wrap:wrap;gap:1em}
figure{margin:0;max-width:22em}figure img{max-width:100%;border:1px solid #eee}figcaption{font-size:.85em}
table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ddd;padding:.3em .5em;vertical-align:top}code{font-size:.9em}"""
from .analysis import CAVEAT  # noqa: E402 - one wording for every page


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style></head><body>\n{body}\n</body></html>\n")


def _about(nb) -> tuple[str, str, list[str]]:
    intro = nb.cells[0].source
    title = intro.splitlines()[0].lstrip("# ").strip()
    question = re.search(r"\*\*Question:\*\*\s*(.+)", intro)
    return title, question.group(1).strip() if question else "", list(dict.fromkeys(re.findall(r"fig\d\d-[a-z0-9-]+", intro)))


def _ledger_copy(path: Path) -> bytes:
    """A table of the ledger as the report ships it: cells a spreadsheet would run as formulas get a leading
    ``'`` (the ledger itself is never changed). Read as text, never converted."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return figures.csv_bytes(frame)


def _published(d) -> str:
    if pd.isna(d.published_start):
        return "unknown"
    start, end = d.published_start.date().isoformat(), d.published_end.date().isoformat()
    return start if start == end else f"{start} to {end}"


def build(notebooks: list[Path], figures_dir: Path, out_dir: Path, data_dir: Path = DATA_DIR,
          scratch_root: Path | None = None, ledger=None) -> Path:
    """Write the report to ``out_dir`` and return its index page. The report is built aside (in
    ``scratch_root``'s scratch folder) and put in place once complete; an existing ``out_dir`` is replaced
    only if this project wrote it."""
    out_dir = Path(out_dir)
    files.make_dirs(out_dir.parent)
    staging = files.temp_dir(scratch_root or out_dir.parent) / "report"
    staging.mkdir()
    try:
        exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES)])
        (staging / "figures").mkdir()
        (staging / "data").mkdir()
        items, names = [], []
        for path in notebooks:
            nb = nbformat.read(path, as_version=4)
            body, _ = exporter.from_notebook_node(nb)
            (staging / f"{path.stem}.html").write_text(body, encoding="utf-8")
            title, question, figs = _about(nb)
            cards = []
            for fig in figs:
                present = [ext for ext in ("png", "svg", "csv") if (figures_dir / f"{fig}.{ext}").is_file()]
                for ext in [*present, "alt.txt"]:
                    if (figures_dir / f"{fig}.{ext}").is_file():
                        shutil.copy2(figures_dir / f"{fig}.{ext}", staging / "figures" / f"{fig}.{ext}")
                if "png" in present:
                    alt = figures_dir / f"{fig}.alt.txt"
                    alt = alt.read_text(encoding="utf-8").strip() if alt.is_file() else fig
                    links = " · ".join(f'<a href="figures/{fig}.{ext}">{ext.upper()}</a>' for ext in present)
                    cards.append(f'<figure><a href="figures/index.html#{fig}"><img src="figures/{fig}.png" alt="{html.escape(alt)}"></a>'
                                 f"<figcaption><code>{fig}</code>: {links}</figcaption></figure>")
                    names.append(fig)
            items.append(f'<section class="nb"><h2><a href="{path.stem}.html">{html.escape(title)}</a></h2>'
                         f"<p>{html.escape(question)}</p><div class=\"figs\">{''.join(cards)}</div></section>")
        csvs = [r.path for r in load_schema().resources]  # the declared tables only, never whatever else lies there
        for name in csvs:
            source = Path(data_dir) / name
            if source.is_symlink() or not source.is_file():
                raise ValueError(f"{display(source)} is not a regular file; the report copies no links")
            (staging / "data" / name).write_bytes(_ledger_copy(source))
        rules = DATA_DIR / "README.md"
        codebook_html = mistune.html(codebook.render()) + (mistune.html(rules.read_text(encoding="utf-8")) if rules.is_file() else "")
        (staging / "codebook.html").write_text(
            _page("Codebook", '<p><a href="index.html">← All notebooks of the report</a></p><h1>Codebook and curation rules</h1>'
                  + codebook_html), encoding="utf-8")
        documents = explorer.write(ledger if ledger is not None else load_ledger(data_dir), staging, names)
        doc_rows = "".join(
            f'<tr><td><a href="documents/{i}.html">{i}</a></td><td>{html.escape(t)}</td><td>{_published(d)}</td><td>{n}</td></tr>'
            for i, t, n, d in documents)
        ledger = "".join(f'<li><a href="data/{n}">{n}</a></li>' for n in csvs)
        index = (f"<h1>Claimed losses in Russia's Kursk region: the notebooks</h1><p class=\"caveat\">{CAVEAT}</p>"
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
        (staging / "index.html").write_text(_page("Claimed losses in Kursk: report", index), encoding="utf-8")
        files.replace_owned_folder(staging, out_dir)
    finally:
        shutil.rmtree(staging.parent, ignore_errors=True)
    return out_dir / "index.html"
