"""The HTML report in a real browser: headless Chromium, offline, opened from the file system."""
from __future__ import annotations

import asyncio
import html
import base64
import re
import urllib.parse
from pathlib import Path

import pytest

from browser import Browser, check_gallery, chromium, evaluate
from loss_claims import load_ledger
from loss_claims.ledger.schema import load_schema
from loss_claims.tools import report
from loss_claims.ledger.paths import DATA_DIR, FIGURES_DIR, PROJECT_ROOT, RUNS_DIR
from loss_claims.tools.runner import notebooks

pytestmark = pytest.mark.e2e  # each end-to-end path runs once, in the outer suite

SCREENSHOT = RUNS_DIR / "screenshots" / "report-index.png"
SHOTS = RUNS_DIR / "screenshots"


@pytest.fixture(scope="module")
def built_report(tmp_path_factory) -> Path:
    return report.build(notebooks(), FIGURES_DIR, tmp_path_factory.mktemp("report") / "report", DATA_DIR)


def test_report_index_lists_every_notebook_figure_and_table(built_report):
    text = built_report.read_text(encoding="utf-8")
    for nb in notebooks():
        assert f'href="{nb.stem}.html"' in text
    for png in FIGURES_DIR.glob("*.png"):
        if ".mobile" not in png.name:
            assert f'src="figures/{png.name}"' in text and f'href="figures/{png.stem}.csv"' in text
    for resource in load_schema().resources:
        assert f'href="data/{resource.path}"' in text
    assert 'href="codebook.html"' in text
    pages = "".join(p.read_text(encoding="utf-8") for p in built_report.parent.glob("*.html"))
    assert not re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//""", pages)


def test_report_opens_offline_in_headless_chromium(built_report):
    asyncio.run(_check_report(Browser(chromium()), built_report))


async def _check_report(browser: Browser, index: Path) -> None:
    try:
        await browser.connect()
        to_visit, seen, pages = [index.as_uri()], set(), 0
        while to_visit:
            url = to_visit.pop()
            if url in seen:
                continue
            seen.add(url)
            facts = await browser.visit(url)
            pages += 1
            assert facts["title"], url
            assert not facts["errors"], (url, facts["errors"])
            for image in facts["images"]:
                assert image["complete"] and image["width"] > 0, (url, image)
            for link in facts["links"]:
                parsed = urllib.parse.urlparse(link)
                assert parsed.scheme == "file", f"{url} links outside the report: {link}"
                target = Path(urllib.parse.unquote(parsed.path))
                assert target.is_file(), f"{url}: broken link {link}"
                if parsed.fragment and target == Path(urllib.parse.unquote(urllib.parse.urlparse(url).path)):
                    ids = set(facts["ids"])  # nbconvert writes heading ids percent-encoded; browsers match either form
                    assert parsed.fragment in ids or urllib.parse.unquote(parsed.fragment) in ids, f"{url}: no anchor #{parsed.fragment}"
                if target.suffix == ".html":
                    to_visit.append(target.as_uri())
            if url == index.as_uri():
                await browser.screenshot(SCREENSHOT)
        documents = len(load_ledger(DATA_DIR).documents)  # index, notebooks, codebook, claims, figures, a page per document
        assert pages == 1 + len(notebooks()) + 1 + 1 + 1 + documents
        assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        browser.close()


# --- the report as a claim explorer ----------------------------------------------------------------------
AXE = PROJECT_ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
CARD_SCREENSHOT = RUNS_DIR / "screenshots" / "card-from-chart.png"


def test_every_link_in_every_svg_resolves_to_a_claim_or_a_list_of_claims(built_report):
    root = built_report.parent
    ids = set(re.findall(r'\bid="([^"]+)"', (root / "claims.html").read_text(encoding="utf-8")))
    svgs = sorted((root / "figures").glob("*.svg"))
    assert svgs
    for svg in svgs:
        targets = re.findall(r'xlink:href="\.\./claims\.html#([^"]+)"', svg.read_text(encoding="utf-8"))
        assert targets, f"{svg.name}: no mark links to its claims"
        assert not set(targets) - ids, (svg.name, sorted(set(targets) - ids)[:5])
    claims = load_ledger(DATA_DIR).claims
    assert {f"{c}" for c in claims["claim_id"]} <= ids  # a card for every claim
    for doc in load_ledger(DATA_DIR).documents["document_id"]:
        assert (root / "documents" / f"{doc}.html").is_file()
        assert f'href="documents/{doc}.html"' in built_report.read_text(encoding="utf-8")  # the index lists every document


CLICK_A_MARK = """(() => {
  const links = [...document.querySelectorAll('#fig02-losses-claimed-by-unit svg a')]
    .filter(a => (a.getAttribute('xlink:href') || '').includes('claims.html#c'));
  const a = links[0];
  a.scrollIntoView({block: 'center'});
  const r = a.getBoundingClientRect();
  return JSON.stringify({href: a.getAttribute('xlink:href'), x: r.left + r.width / 2, y: r.top + r.height / 2,
                         title: (a.querySelector('title') || {}).textContent || ''});
})()"""
CARD_FACTS = """(() => {
  const card = document.getElementById(location.hash.slice(1));
  const r = card.getBoundingClientRect();
  return JSON.stringify({hash: location.hash, top: r.top, height: innerHeight, quote: card.querySelector('mark').textContent});
})()"""
FILTER = """(() => {
  const select = document.querySelector('#filters select[name="measure"]');
  select.value = 'killed';
  select.dispatchEvent(new Event('change'));
  const rows = [...document.querySelectorAll('#claims-table tbody tr')];
  return JSON.stringify({visible: rows.filter(r => !r.hidden).map(r => r.dataset.measure), total: rows.length,
                         expected: rows.filter(r => r.dataset.measure === 'killed').length,
                         shown: document.getElementById('shown').textContent});
})()"""
AXE_RUN = """axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify(
  r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + ((n.any[0]||{}).message||'').slice(0,90))}))))"""


def test_the_report_is_a_claim_explorer_in_chromium(built_report):
    asyncio.run(_explore(Browser(chromium()), built_report))


_evaluate = evaluate


def test_every_figure_of_the_gallery_reads_on_a_phone_and_on_a_laptop(built_report):
    """At 375 and 1400 px: one figure shown each, no wider than the screen, text as text of 12 px or more, no two
    texts overlapping, no '(s)', no line over 80 characters."""
    measured = check_gallery(built_report.parent / "figures" / "index.html", SHOTS)
    figures = {f["id"] for f in measured[375]["figs"]}
    assert figures == {p.stem for p in FIGURES_DIR.glob("fig*.png") if ".mobile" not in p.name}
    assert all(f["width"] <= 343.5 for f in measured[375]["figs"]) and all(f["width"] == 680 for f in measured[1400]["figs"])


async def _explore(browser: Browser, index: Path) -> None:
    root = index.parent
    quotes = dict(zip(load_ledger(DATA_DIR).claims["claim_id"], load_ledger(DATA_DIR).claims["quote"]))
    try:
        await browser.connect()
        # a click on a mark of the per-unit figure lands on the claim's card, with its quote in view
        facts = await browser.visit((root / "figures" / "index.html").as_uri())
        assert not facts["errors"], facts["errors"]
        mark = await _evaluate(browser, CLICK_A_MARK)
        claim = mark["href"].split("#", 1)[1]
        assert mark["title"].startswith(f"{claim} · ")  # the tooltip names the claim, its claimant and its words
        browser.events = []
        for kind in ("mousePressed", "mouseReleased"):
            await browser.send("Input.dispatchMouseEvent", type=kind, x=mark["x"], y=mark["y"], button="left", clickCount=1)
        await browser.wait_for("Page.loadEventFired")
        card = await _evaluate(browser, CARD_FACTS)
        assert card["hash"] == f"#{claim}" and 0 <= card["top"] < card["height"], card
        assert card["quote"] == quotes[claim]
        shot = await browser.send("Page.captureScreenshot", format="png")
        CARD_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        CARD_SCREENSHOT.write_bytes(base64.b64decode(shot["data"]))
        # the claims table filters, and says how many rows it shows
        await browser.visit((root / "claims.html").as_uri())
        filtered = await _evaluate(browser, FILTER)
        assert filtered["visible"] and set(filtered["visible"]) == {"killed"}
        assert len(filtered["visible"]) == filtered["expected"] == int(filtered["shown"]) < filtered["total"]
        # no critical or serious accessibility violation on the index, a notebook page and the claims page
        axe = AXE.read_text(encoding="utf-8")
        for page_path in (index, root / f"{notebooks()[1].stem}.html", root / "claims.html"):
            facts = await browser.visit(page_path.as_uri())
            assert not facts["errors"], (page_path.name, facts["errors"])
            await browser.send("Runtime.evaluate", expression=axe)
            violations = await _evaluate(browser, AXE_RUN, wait=True)
            bad = [v for v in violations if v["impact"] in ("critical", "serious")]
            assert not bad, (page_path.name, bad)
    finally:
        browser.close()


def test_the_report_notebook_pages_show_one_image_per_figure_with_its_alt_text(built_report):
    from notebook_exec import declared_figures

    for nb in notebooks():
        page = (built_report.parent / f"{nb.stem}.html").read_text(encoding="utf-8")
        images = [i for i in re.findall(r"<img\b[^>]*>", page) if 'src="data:image/png;base64,' in i]
        assert len(images) == len(declared_figures([nb])), nb.name
        for image, figure in zip(images, declared_figures([nb])):
            alt = (FIGURES_DIR / f"{figure}.alt.txt").read_text(encoding="utf-8").strip()
            assert html.unescape(re.search(r'alt="([^"]*)"', image).group(1)) == alt and 'width="680"' in image
