"""Benchmarks: ours against a baseline measured in the same run, printed as ratios.

    .venv/bin/python benchmarks/run.py                 # everything (several minutes)
    .venv/bin/python benchmarks/run.py --sizes 1000,100000 --skip notebooks,tests

1. notebooks: the whole sequence as the main command runs it (2 at a time) against its floor:
   the same number of notebooks that only start a kernel and import the same libraries, run
   by the same runner one after another (goal: ratio ≤ 1.0) and two at a time.
2. ledger: load + validate (``load_ledger``) against plain ``pandas.read_csv`` of the same
   files, on synthetic ledgers generated from the real one; time and peak memory at each size
   (goal: linear growth, ≤ 3× at 1,000,000 claims).
3. scale: the sequence on varied synthetic ledgers (3,000 claims in 200 documents, 30,000 in 1,000; 60 units,
   150 claimants) against the shipped ledger's sequence in the same benchmark run, with the peak memory of
   the largest process (goals: 3,000 claims ≤ 3× the shipped run; 30,000 completes within 2 GiB).
4. draft: recall, precision, traps and field accuracy of `python -m loss_claims draft` on the shipped seeds, the
   fixture documents, the development sets and each held-out set, measured apart, each beside the previous release's (benchmarks/README.md).
5. tests: the README's test command with a warm environment (goal: ≤ 150 s on 2 cores).

Each measurement runs in a fresh subprocess, so its peak memory is its own.

    .venv/bin/python benchmarks/run.py --profile 100000   # where load + validate spends its time

profiles ``load_ledger`` on a synthetic ledger with pyinstrument instead (profile first,
then optimize: this is how the loader's hot spots were found).
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from draft_quality import only as draft_only, report as draft_report  # beside this script, which Python puts first on sys.path
from synthetic import generate, generate_varied

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

LEDGER_OURS = """
import resource, time, sys
from loss_claims import load_ledger
t = time.perf_counter(); ledger = load_ledger(sys.argv[1]); elapsed = time.perf_counter() - t
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(ledger.claims))
"""
LEDGER_BASELINE = """
import resource, time, sys
from pathlib import Path
import pandas as pd
t = time.perf_counter(); frames = {p.name: pd.read_csv(p) for p in sorted(Path(sys.argv[1]).glob('*.csv'))}
elapsed = time.perf_counter() - t
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(frames['claims.csv']))
"""
FLOOR_CELL = """import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from loss_claims import load_ledger
from loss_claims import claims as analysis
from loss_claims.charts import frame as figures
from loss_claims.tools.params import validate"""
RUNNER = "import sys; from pathlib import Path; from loss_claims.tools.runner import run, notebooks; " \
         "sys.exit(run({{}}, run_dir=Path(sys.argv[1]), jobs={jobs}, only=notebooks(Path(sys.argv[2]))))"


def timed(cmd: list[str], **kw) -> float:
    return timed_cpu(cmd, **kw)[0]


def timed_cpu(cmd: list[str], **kw) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, of the command and all its children: kernels included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(script: str, folder: Path) -> tuple[float, int, int]:
    out = subprocess.run([PY, "-c", script, str(folder)], check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]) * 1024, int(out[2])


def seconds(x: float) -> str:
    """Two decimals, or three significant digits below 1 (a 100-claim read_csv takes milliseconds: never "0.00")."""
    if x >= 1 or x <= 0:
        return f"{x:.2f}"
    decimals = 2
    while x < 10 ** (1 - decimals):
        decimals += 1
    return f"{x:.{decimals + 1}f}"


def row(what: str, ours: float, base: float, unit: str = "s", memory: str = "") -> None:
    print(f"| {what} | {seconds(ours)} {unit} | {seconds(base)} {unit} | {ours / base:.2f}× | {memory} |", flush=True)


def bench_notebooks(repeat: int, tmp: Path) -> None:
    floor_dir = tmp / "floor"
    floor_dir.mkdir()
    from loss_claims.tools.runner import notebooks

    real = notebooks()
    for path in real:  # same names, same parameters cell, only the imports
        nb = nbformat.read(path, as_version=4)
        nb.cells = [nb.cells[0], nb.cells[1], nbformat.v4.new_code_cell(FLOOR_CELL)]
        nbformat.write(nb, floor_dir / path.name)
    ours, seq, par = [], [], []
    for i in range(repeat):  # interleaved, so load on the machine hits all three alike
        ours.append(timed_cpu([PY, "-c", RUNNER.format(jobs=2), str(tmp / f"ours{i}"), str(ROOT / "notebooks")]))
        seq.append(timed([PY, "-c", RUNNER.format(jobs=1), str(tmp / f"seq{i}"), str(floor_dir)]))
        par.append(timed_cpu([PY, "-c", RUNNER.format(jobs=2), str(tmp / f"par{i}"), str(floor_dir)]))
    o, s, p = statistics.median(w for w, _ in ours), statistics.median(seq), statistics.median(w for w, _ in par)
    row(f"notebook sequence ({len(real)} notebooks, 2 at a time) vs floor one after another", o, s)
    row("notebook sequence vs floor 2 at a time", o, p)
    oc, pc = statistics.median(c for _, c in ours), statistics.median(c for _, c in par)
    # what the ratio is made of: the CPU the notebooks' own work adds to the floor's (charts, ledger loads, report)
    row("notebook sequence CPU (all processes) vs floor's CPU, 2 at a time", oc, pc, unit="s CPU")


def bench_ledger(sizes: list[int], repeat: int, tmp: Path) -> str:
    per_row = []
    for n in sizes:
        folder = generate(tmp / f"ledger{n}", n)
        reps = repeat if n <= 100_000 else 1
        ours = [measure(LEDGER_OURS, folder) for _ in range(reps)]
        base = [measure(LEDGER_BASELINE, folder) for _ in range(reps)]
        assert ours[0][2] == base[0][2] == n, (ours, base, n)
        o, b = statistics.median(t for t, _, _ in ours), statistics.median(t for t, _, _ in base)
        mo, mb = max(m for _, m, _ in ours), max(m for _, m, _ in base)
        size = sum(f.stat().st_size for f in folder.glob("*.csv")) / 2**20
        row(f"load + validate, {n:,} claims ({size:,.0f} MiB of CSV) vs read_csv", o, b,
            memory=f"{mo / 2**20:,.0f} MiB vs {mb / 2**20:,.0f} MiB")
        per_row.append((n, o))
    if len(per_row) > 1:
        return "linear growth (ours, µs per claim): " + ", ".join(f"{n:,}: {1e6 * t / n:.1f}" for n, t in per_row)
    return ""


SEQUENCE = """
import resource, subprocess, sys, time
t = time.perf_counter()
done = subprocess.run([sys.executable, "-m", "loss_claims", "run", "--run-dir", sys.argv[1], *sys.argv[2:]], capture_output=True, text=True)
elapsed = time.perf_counter() - t
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, use.ru_utime + use.ru_stime, use.ru_maxrss, done.returncode)
"""


def run_sequence(run_dir: Path, *args: str) -> tuple[float, float, int, int]:
    out = subprocess.run([PY, "-c", SEQUENCE, str(run_dir), *args], check=True, capture_output=True, text=True,
                         cwd=ROOT).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]) * 1024, int(out[3])


def bench_scale(sizes: list[int], tmp: Path) -> list[str]:
    """The sequence on larger ledgers against the shipped ledger's, measured in this run; and what the runs wrote."""
    notes = []
    shipped = run_sequence(tmp / "scale-shipped")
    for n in sizes:
        ledger = generate_varied(tmp / f"varied{n}", n, documents=min(1000, max(1, n // 15)), units=60, claimants=150)
        run_dir = tmp / f"scale{n}"
        wall, cpu, memory, code = run_sequence(run_dir, "-p", "ledger_dir", str(ledger))
        row(f"notebook sequence, {n:,} claims ({min(1000, n // 15):,} documents, 60 units, 150 claimants) vs the shipped "
            f"ledger's{'' if code == 0 else ' (FAILED: exit ' + str(code) + ')'}", wall, shipped[0],
            memory=f"{memory / 2**20:,.0f} MiB vs {shipped[2] / 2**20:,.0f} MiB (largest process); CPU {cpu:,.0f} s vs {shipped[1]:,.0f} s")
        from PIL import Image
        Image.MAX_IMAGE_PIXELS = None
        sides = [max(Image.open(p).size) for p in (run_dir / "figures").glob("*.png")]
        books = [p.stat().st_size for p in (run_dir / "notebooks").glob("*.ipynb")]
        notes.append(f"{n:,} claims: largest PNG side {max(sides, default=0):,} px, largest executed notebook "
                     f"{max(books, default=0) / 2**20:.1f} MB")
    return notes


def bench_tests() -> None:
    t = timed(["make", "test"], cwd=ROOT)
    row("README test command (make test), warm environment, vs the 180 s budget", t, 180.0)


def profile(n: int, tmp: Path) -> None:
    from pyinstrument import Profiler

    from loss_claims import load_ledger

    folder = generate(tmp / f"ledger{n}", n)
    with Profiler() as profiler:
        ledger = load_ledger(folder)
    print(f"load + validate of {len(ledger.claims):,} claims\n")
    print(profiler.output_text(color=False, unicode=True, show_all=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,100000,1000000", help="claims in the synthetic ledgers")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median); 1 for 1,000,000")
    parser.add_argument("--skip", default="", help="comma-separated: notebooks, ledger, scale, draft, tests")
    parser.add_argument("--draft-sets", metavar="FOLDERS",
                        help="comma-separated: draft quality on only these curated sets (e.g. dev-set-22,held-out)")
    parser.add_argument("--scale", default="3000,30000", help="claims in the varied ledgers run through the sequence")
    parser.add_argument("--profile", type=int, metavar="CLAIMS",
                        help="instead: profile load + validate of a synthetic ledger of CLAIMS claims")
    args = parser.parse_args()
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="loss-claims-profile-") as tmp:
            profile(args.profile, Path(tmp))
        return 0
    skip = set(filter(None, args.skip.split(",")))
    print(f"machine: {os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; "
          f"python {sys.version.split()[0]}; {time.strftime('%Y-%m-%d')}\n")
    print("| what | ours | baseline | ratio | peak memory (ours vs baseline) |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="loss-claims-bench-") as tmp:
        tmp = Path(tmp)
        if "notebooks" not in skip:
            bench_notebooks(args.repeat, tmp)
        growth, scale = "", []
        if "ledger" not in skip:
            growth = bench_ledger([int(s) for s in args.sizes.split(",")], args.repeat, tmp)
        if "scale" not in skip:
            scale = bench_scale([int(s) for s in args.scale.split(",")], tmp)
    if "tests" not in skip:
        bench_tests()
    if growth:  # after the table, not inside it
        print("\n" + growth)
    for line in scale:
        print(line)
    if "draft" not in skip:
        if args.draft_sets:
            draft_only(args.draft_sets.split(","))
        print("\n".join(draft_report(ROOT / "data")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
