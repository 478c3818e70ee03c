"""The benchmark entry point and its synthetic ledgers work (what they measure is printed, never asserted:
timings on a shared machine belong in benchmarks, not in tests)."""
from __future__ import annotations

import pytest

import csv
import re
import subprocess
import sys

from loss_claims import load_ledger
from loss_claims.ledger.paths import DATA_DIR
from loss_claims.ledger.paths import PROJECT_ROOT

BENCH = PROJECT_ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))  # benchmarks/ is a folder of scripts, not a package

from synthetic import generate

pytestmark = pytest.mark.e2e  # each end-to-end path runs once, in the outer suite


def test_synthetic_ledger_is_valid_with_exactly_the_claims_asked_for(tmp_path):
    folder = generate(tmp_path / "ledger", 95)
    ledger = load_ledger(folder)  # every quote, alias and number check passes on generated documents
    assert len(ledger.claims) == 95
    assert ledger.claims["claim_id"].is_unique
    with (DATA_DIR / "claims.csv").open(encoding="utf-8", newline="") as f:
        real_quotes = {row["quote"] for row in csv.DictReader(f)}
    assert set(ledger.claims["quote"]) <= real_quotes  # realistic text: the real quotes, not filler
    assert ledger.documents["document_id"].nunique() == 3  # 95 claims // 30 per block


def test_bench_command_prints_ours_baseline_ratio_and_memory():
    out = subprocess.run([sys.executable, str(BENCH / "run.py"), "--sizes", "100,200", "--repeat", "1",
                          "--skip", "notebooks,tests,scale,draft"], capture_output=True, text=True, check=True).stdout
    assert "| what | ours | baseline | ratio | peak memory" in out
    rows = re.findall(r"\| load \+ validate, ([\d,]+) claims .*? \| ([\d.]+) s \| ([\d.]+) s \| ([\d.]+)× \| ([\d,]+) MiB vs ([\d,]+) MiB \|", out)
    assert [r[0] for r in rows] == ["100", "200"], out
    for _, ours, base, ratio, memory_ours, memory_base in rows:
        assert float(ours) > 0 and float(base) > 0 and float(ratio) > 0
        assert int(memory_ours.replace(",", "")) > 0 and int(memory_base.replace(",", "")) > 0
    assert "linear growth (ours, µs per claim): 100:" in out


def test_profile_option_shows_where_load_spends_its_time():
    out = subprocess.run([sys.executable, str(BENCH / "run.py"), "--profile", "120"],
                         capture_output=True, text=True, check=True).stdout
    assert "load + validate of 120 claims" in out
    assert "load_ledger" in out and "read_raw" in out
