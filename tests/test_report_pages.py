"""The report's notebook pages: our exporter skips nbconvert's second parse of the page, and must give the same page."""
from __future__ import annotations

import nbformat
from bs4 import BeautifulSoup
from nbconvert import HTMLExporter

from loss_claims.tools import report
from loss_claims.tools.runner import notebooks


def _structure(page: str) -> tuple[list, str]:
    soup = BeautifulSoup(page, "html.parser")
    return [(t.name, dict(t.attrs)) for t in soup.find_all(True)], soup.get_text()


def test_a_notebook_page_has_the_tags_attributes_and_text_nbconvert_gives_it():
    # the executed notebook with the most outputs (charts, tables, text): what the skipped pass touched is all there
    path = max(notebooks(), key=lambda p: sum(len(c.get("outputs", [])) for c in nbformat.read(p, as_version=4).cells))
    nb = nbformat.read(path, as_version=4)
    theirs = HTMLExporter(template_name="offline", extra_template_basedirs=[str(report.TEMPLATES)]).from_notebook_node(nb)[0]
    ours = report.notebook_page(path)
    assert 'tabindex="0"' in ours and "<img" in ours
    assert _structure(ours) == _structure(theirs)


def test_an_image_without_alt_text_gets_nbconverts_and_one_with_it_keeps_its_own():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x", outputs=[
        nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="}),
        nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="}, metadata={"image/png": {"alt": "Own words"}})])])
    page = report._PageExporter(template_name="offline", extra_template_basedirs=[str(report.TEMPLATES)]).from_notebook_node(nb)[0]
    alts = [img.get("alt") for img in BeautifulSoup(page, "html.parser").find_all("img")]
    theirs = HTMLExporter(template_name="offline", extra_template_basedirs=[str(report.TEMPLATES)]).from_notebook_node(nb)[0]
    assert alts == [img.get("alt") for img in BeautifulSoup(theirs, "html.parser").find_all("img")]
    assert alts[0] == "No description has been provided for this image"
