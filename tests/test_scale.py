"""Charts and runs that scale: designs for 5 rows and for 500, small notebooks, a runner that tells the truth.
Nothing here is timed: `make bench` measures cost as ratios."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from PIL import Image

from loss_claims import figures, load_ledger
from loss_claims.paths import PROJECT_ROOT
from loss_claims.runner import notebooks, run

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
    ledger = load_ledger(tmp_path / "a")  # every quote in its document, every number in its quote, grades agree
    c = ledger.claims
    assert len(c) == 400 and len(ledger.documents) == 12 and c["claimant_id"].nunique() <= 15 and len(ledger.units) == 9
    assert c["quote"].nunique() > 0.9 * len(c)  # not copies of a few sentences
    assert {"incident", "period", "cumulative", "unspecified", "stock"} <= set(c["scope"])
    assert {"exact", "approximate", "more_than", "range", "vague", "none"} <= set(c["qualifier"])
    assert c["measure"].nunique() >= 6 and c["whose_losses"].nunique() >= 3
    assert ledger.relays["step"].max() >= 2
    assert {"includes", "may_overlap", "contradicts", "corroborates"} <= set(ledger.links["relation"])
    _generate(tmp_path / "c", *args[:-1], "8")
    assert (tmp_path / "c" / "claims.csv").read_bytes() != (tmp_path / "a" / "claims.csv").read_bytes()


def rows(n: int, groups: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    qualifier = rng.choice(["exact", "at_most", "more_than"], n)
    value = rng.integers(1, 20000, n).astype(float)
    return pd.DataFrame({"label": [f"{k}th Brigade" for k in rng.integers(1, groups + 1, n)], "measure": "killed",
                         "qualifier": qualifier, "lower": np.where(qualifier == "at_most", 0.0, value),
                         "upper": np.where(qualifier == "more_than", np.inf, value), "text": [f"{v:,.0f}" for v in value]})


def test_past_the_limit_rows_fold_into_entities_with_their_spread_and_an_others_row():
    many = rows(600, 120)
    drawn = figures.fold_rows(many, ["label"], lambda k: k[0])
    assert len(drawn) == figures.MAX_ROWS
    assert drawn["label"].iloc[-1].startswith(f"{many['label'].nunique() - (figures.MAX_ROWS - 1)} others (")
    kept = [int(label.split("th")[0]) for label in drawn["label"].iloc[:-1]]
    assert kept == sorted(kept)  # natural order: 8th before 10th before 110th
    assert (drawn["qualifier"].iloc[:-1] == "spread").all() and (drawn["lower"] > 0).all()  # an "up to"'s 0 is not stated
    assert drawn["text"].str.contains("open-ended").any()
    few = rows(5, 5)
    assert figures.fold_rows(few, ["label"]).equals(few)  # five rows are drawn as they are


def test_a_chart_of_600_rows_stays_within_4000_px_and_the_notebook_gets_a_preview(tmp_path):
    from types import SimpleNamespace

    params = SimpleNamespace(output_dir=tmp_path, figure_formats=("png", "svg"))
    figures.use_style()
    many = rows(600, 600)
    saved = figures.claims_chart(many, title="t", note="n", name="fig99-many", params=params)  # no groups: first rows, then "N more"
    with Image.open(tmp_path / "fig99-many.png") as im:
        assert max(im.size) <= figures.MAX_PIXELS
    with Image.open(io.BytesIO(saved._repr_png_())) as preview:
        assert preview.width <= figures.PREVIEW_WIDTH
    assert "fig99-many.png" in saved._repr_markdown_() and "fig99-many.csv" in saved._repr_markdown_()
    assert len(pd.read_csv(tmp_path / "fig99-many.csv")) == 600  # every row in the CSV
    fig, ax = plt.subplots(figsize=(10, 200))  # whatever a chart does, the saved PNG stays within the limit
    ax.plot([0, 1], [0, 1])
    figures.save(fig, pd.DataFrame({"x": [1]}), "fig98-tall", tmp_path, ("png",))
    with Image.open(tmp_path / "fig98-tall.png") as im:
        assert max(im.size) <= figures.MAX_PIXELS


def test_the_relay_diagram_collapses_to_the_busiest_nodes_and_keeps_every_chain_in_its_csv(tmp_path):
    from types import SimpleNamespace

    figures.use_style()
    hops = pd.DataFrame({"hops": [[f"s{k % 90}", f"o{k % 40}", f"doc-{k % 70:03d}"] for k in range(600)]},
                        index=[f"c{k:04d}" for k in range(600)])
    hops["chain"] = [" → ".join(h) for h in hops["hops"]]
    collapsed, names = figures._collapse(hops, {})
    for column, limit in [(0, figures.RELAY_LIMITS["claimant"]), (1, figures.RELAY_LIMITS["relay"]), (2, figures.RELAY_LIMITS["document"])]:
        assert len({h[column] for h in collapsed["hops"]}) <= limit + 1
    assert any(v.startswith("75 other claimants") for v in names.values())
    figures.relay_diagram(hops, {}, "t", "n", "fig97-relays", SimpleNamespace(output_dir=tmp_path, figure_formats=("png",)))
    chains = pd.read_csv(tmp_path / "fig97-relays.csv")
    assert len(chains) == 600 and set(chains["chain"]) == set(hops["chain"])


def test_a_notebook_over_its_time_limit_is_stopped_and_named(tmp_path):
    lines: list[str] = []
    out = type("Out", (), {"write": lambda self, s: lines.append(s)})()
    code = run({"whose_losses": "russian"}, run_dir=tmp_path / "run", only=[notebooks()[0]], out=out, timeout=0.5)
    assert code == 1
    assert "FAILED 01-summarize-the-ledger.ipynb: stopped after 0.5 s (the time limit; raise it with --timeout SECONDS)" in "".join(lines)


def test_the_sequence_on_3000_claims_in_200_documents_gives_small_notebooks_and_bounded_figures(tmp_path):
    ledger = generate_varied(tmp_path / "ledger", 3000, documents=200, units=60, claimants=150)
    out = subprocess.run([sys.executable, "-m", "loss_claims", "run", "-p", "ledger_dir", str(ledger), "--run-dir",
                          str(tmp_path / "run")], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout + out.stderr
    for png in (tmp_path / "run" / "figures").glob("*.png"):
        with Image.open(png) as im:
            assert max(im.size) <= figures.MAX_PIXELS, (png.name, im.size)
    for book in (tmp_path / "run" / "notebooks").glob("*.ipynb"):
        assert book.stat().st_size <= 5 * 2**20, (book.name, book.stat().st_size)
    assert len(pd.read_csv(tmp_path / "run" / "figures" / "fig03-relay-chains.csv")) == 3000  # every chain
