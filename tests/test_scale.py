"""Charts and runs that scale: each chart designed for 5 rows and for 500, on a laptop and on a phone; a runner that
tells the truth. Nothing here is timed: `make bench` measures cost as ratios."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from browser import check_gallery
from loss_claims import charts, load_ledger
from loss_claims.charts import frame, kinds
from loss_claims.ledger.paths import PROJECT_ROOT
from loss_claims.tools import explorer
from loss_claims.tools.runner import notebooks, run
from notebook_exec import declared_figures, exec_notebook

BENCH = PROJECT_ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))  # benchmarks/ is a folder of scripts, not a package

from synthetic import generate_varied

Image.MAX_IMAGE_PIXELS = None  # measure whatever was written


def _generate(out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH / "synthetic.py"), str(out), *args], capture_output=True, text=True,
                          check=True)


def test_synthetic_ledgers_are_valid_varied_and_deterministic(tmp_path):
    args = ["--claims", "400", "--documents", "12", "--units", "9", "--claimants", "15", "--seed", "7"]
    _generate(tmp_path / "a", *args)
    _generate(tmp_path / "b", *args)
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files_a)
    ledger = load_ledger(tmp_path / "a")  # every quote in its document, every figure in its words, grades agree
    c = ledger.claims
    assert len(c) == 400 and len(ledger.documents) == 12 and c["claimant_id"].nunique() <= 15 and len(ledger.units) == 9
    assert c["quote"].nunique() > 0.9 * len(c)  # not copies of a few sentences
    assert {"incident", "period", "cumulative", "unspecified", "stock"} <= set(c["scope"])
    assert {"exact", "approximate", "more_than", "range", "vague", "none"} <= set(c["qualifier"])
    assert {"people", "people_per_day", "percent_of_force", "companies"} <= set(c["counted_in"])
    assert {"reported", "projected"} <= set(c["modality"]) and {"kursk", "other_front"} <= set(c["area"])
    assert c["measure"].nunique() >= 6 and c["whose_losses"].nunique() >= 3
    assert ledger.relays["step"].max() >= 2
    assert {"includes", "may_overlap", "contradicts", "corroborates"} <= set(ledger.links["relation"])
    _generate(tmp_path / "c", *args[:-1], "8")
    assert (tmp_path / "c" / "claims.csv").read_bytes() != (tmp_path / "a" / "claims.csv").read_bytes()


def marks(n: int, rows: int, panels: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    q = rng.choice(["exact", "at_most", "more_than", "approximate"], n)
    v = rng.integers(1, 20000, n).astype(float)
    return pd.DataFrame({"panel": [f"Panel {k % panels}" for k in range(n)], "row": [f"{k}th Brigade" for k in rng.integers(1, rows + 1, n)],
                         "qualifier": q, "lower": np.where(q == "at_most", 0.0, v), "upper": np.where(q == "more_than", np.inf, v),
                         "text": [f"{x:,.0f}" for x in v], "claim_id": [f"c{k}" for k in range(n)]})


PARAMS = SimpleNamespace(figure_formats=("png", "svg"))


def test_a_panel_of_many_rows_draws_its_busiest_and_one_row_of_every_other_claims_mark(tmp_path):
    charts.use_style()
    many = marks(600, 120)
    canvas = kinds._strip_canvas("desktop", many, charts.Frame("h", "s", "src"), "people", "others", False, None, {}, set(), False)
    texts = [op[3] for op in canvas.ops if op[0] == "text"]
    folded = [t for t in texts if t.endswith("others")]
    assert folded == [f"{many['row'].nunique() - (kinds.ROW_LIMIT['desktop'] - 1)} others"]
    (folded_claims,) = [int(n.replace(",", "")) for n in __import__("re").findall(r"([\d,]+) claims, one mark each", " ".join(texts))]
    drawn = [t for t in texts if t in set(many["row"])]
    assert len(drawn) == kinds.ROW_LIMIT["desktop"] - 1 and folded_claims + many["row"].isin(drawn).sum() == 600
    dots = sum(len(op[1]) for op in canvas.ops if op[0] == "dots")
    figures = [op for op in canvas.ops if (op[0] == "marker" and op[3] in ("o",)) or op[0] == "rect" or (op[0] == "line" and op[5])]
    assert dots + len([op for op in canvas.ops if op[0] == "marker" and op[3] == "o"]) + len(
        [op for op in canvas.ops if op[0] == "line" and op[5] == (2, 2)]) >= 600 and figures  # one mark per claim, none in a spread
    few = marks(5, 5)
    canvas = kinds._strip_canvas("desktop", few, charts.Frame("h", "s", "src"), "people", "others", False, None, {}, set(), False)
    assert not [op for op in canvas.ops if op[0] == "text" and op[3].endswith("others")]  # five rows are drawn as they are


def test_rows_of_different_measures_are_never_folded_into_one(tmp_path):
    charts.use_style()
    sums = marks(40, 40).assign(panel="Added up")
    canvas = kinds._strip_canvas("mobile", sums, charts.Frame("h", "s", "src"), "people", "others", True, None, {}, {"Added up"}, False)
    assert not [op for op in canvas.ops if op[0] == "text" and "others" in op[3]]


def test_a_chart_past_its_height_budget_says_how_many_panels_it_leaves_to_its_csv(tmp_path):
    charts.use_style()
    many = marks(3000, 60, panels=20)
    saved = charts.strip(many, charts.Frame("h", "s", "src"), "fig99-many", SimpleNamespace(output_dir=tmp_path, **vars(PARAMS)), alt="a")
    for variant in ("", ".mobile"):
        with Image.open(tmp_path / f"fig99-many{variant}.png") as im:
            assert max(im.size) <= frame.MAX_PIXELS
            assert im.height / frame.PNG_SCALE <= frame.HEIGHT_BUDGET["desktop" if not variant else "mobile"] + 400
    svg = (tmp_path / "fig99-many.svg").read_text(encoding="utf-8")
    assert "more panels, all in the figure" in svg
    assert len(pd.read_csv(tmp_path / "fig99-many.csv")) == 3000  # every mark in the CSV
    assert saved.width == frame.WIDTHS["desktop"]


@pytest.mark.e2e
def test_a_notebook_over_its_time_limit_is_stopped_and_named(tmp_path):
    lines: list[str] = []
    out = type("Out", (), {"write": lambda self, s: lines.append(s)})()
    code = run({"whose_losses": "russian"}, run_dir=tmp_path / "run", only=[notebooks()[0]], out=out, timeout=0.5)
    assert code == 1
    assert "FAILED 01-summarize-the-ledger.ipynb: stopped after 0.5 s (the time limit; raise it with --timeout SECONDS)" in "".join(lines)


@pytest.fixture(scope="module")
def at_600(tmp_path_factory):
    """Every notebook on 600 synthetic claims in 60 documents (in this process: past every fold of every chart kind;
    the benchmarks run 3,000 and 30,000), and the report's gallery of them."""
    root = tmp_path_factory.mktemp("scale")
    ledger = generate_varied(root / "ledger", 600, documents=60, units=30, claimants=60)
    figs = root / "report" / "figures"
    for path in notebooks():
        exec_notebook(path, ledger_dir=str(ledger), output_dir=str(figs))
    explorer.write(load_ledger(ledger), root / "report", declared_figures())
    return figs


@pytest.mark.e2e
def test_at_600_claims_every_figure_is_bounded_and_keeps_every_row_in_its_csv(at_600):
    for name in declared_figures():
        for variant in ("", ".mobile"):
            with Image.open(at_600 / f"{name}{variant}.png") as im:
                assert max(im.size) <= frame.MAX_PIXELS, (name, im.size)
        assert len(pd.read_csv(at_600 / f"{name}.csv")) > 0


@pytest.mark.e2e
def test_at_600_claims_every_figure_reads_on_a_phone_and_on_a_laptop(at_600):
    check_gallery(at_600 / "index.html")
