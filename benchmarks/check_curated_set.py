"""Check a curated evaluation set's gold.csv and traps.csv against its texts and print a summary.

    python3 benchmarks/check_curated_set.py benchmarks/held-out      # or dev-set, dev-set-2, dev-set-3

One checker for every set in that layout: texts/, gold.csv, traps.csv and tools/build.py (whose sentence lists
show which sentences carry a number). Reads only the files of the set it is given.
"""
import collections
import csv
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.getcwd())
HEADER = ("file,quote,claimant_id,claimant_name,relay_names,whose_losses,measure,"
          "counted_in,modality,qualifier,low,best,high,count_as_written,scope,"
          "derived_from_quote,notes").split(",")
TAG = "[Fabricated test text for the loss-claims project; not a real report.]"
ENUMS = {
    "whose_losses": {"north_korean", "russian", "russian_and_north_korean", "ukrainian",
                     "south_korean", "both_sides", "unspecified"},
    "measure": {"killed", "wounded", "killed_or_wounded", "missing", "captured",
                "killed_or_captured", "killed_or_missing", "killed_wounded_or_missing",
                "killed_wounded_missing_or_captured", "casualties_unspecified", "deployed"},
    "counted_in": {"people", "people_per_day", "people_per_week", "people_per_month",
                   "percent_of_force", "platoons", "companies", "battalions", "brigades"},
    "modality": {"reported", "projected", "conditional"},
    "qualifier": {"exact", "approximate", "more_than", "at_least", "fewer_than", "at_most",
                  "range", "vague", "none"},
    "scope": {"incident", "period", "cumulative", "stock", "unspecified"},
}
# which of low/best/high must be filled for each qualifier
BOUNDS = {"exact": "lbh", "approximate": "b", "more_than": "l", "at_least": "l",
          "fewer_than": "h", "at_most": "h", "range": "lh", "vague": "lh", "none": ""}

errors = []
texts = {}
for name in sorted(os.listdir(os.path.join(ROOT, "texts"))):
    path = os.path.join(ROOT, "texts", name)
    raw = open(path, "rb").read()
    t = raw.decode("utf-8")
    texts["texts/" + name] = t
    words = len(t.split())
    lines = t.rstrip("\n").split("\n")
    if lines[-1] != TAG:
        errors.append(f"{name}: last line is not the fabrication tag")
    if not 200 <= words <= 450:
        errors.append(f"{name}: {words} words")

with open(os.path.join(ROOT, "gold.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    header = next(rd)
    if header != HEADER:
        errors.append("gold.csv header differs")
    gold = [dict(zip(header, r)) for r in rd]
with open(os.path.join(ROOT, "traps.csv"), encoding="utf-8", newline="") as fh:
    rd = csv.DictReader(fh)
    if rd.fieldnames != ["file", "sentence", "why"]:
        errors.append("traps.csv header differs")
    traps = list(rd)

for i, r in enumerate(gold, 2):
    t = texts.get(r["file"])
    if t is None:
        errors.append(f"gold line {i}: no file {r['file']}")
        continue
    if r["quote"] not in t:
        errors.append(f"gold line {i}: quote not verbatim in {r['file']}")
    if r["count_as_written"] not in r["quote"]:
        errors.append(f"gold line {i}: count_as_written {r['count_as_written']!r} not in quote")
    if r["derived_from_quote"] and r["derived_from_quote"] not in t:
        errors.append(f"gold line {i}: derived_from_quote not verbatim")
    for k, allowed in ENUMS.items():
        if r[k] not in allowed:
            errors.append(f"gold line {i}: bad {k} {r[k]!r}")
    need = BOUNDS.get(r["qualifier"], "")
    for letter, col in zip("lbh", ("low", "best", "high")):
        if (letter in need) != (r[col] != ""):
            errors.append(f"gold line {i}: {col} filled/empty wrong for {r['qualifier']}")
    vals = [float(r[c]) for c in ("low", "best", "high") if r[c] != ""]
    if vals != sorted(vals):
        errors.append(f"gold line {i}: bounds out of order")
    if r["measure"] == "deployed" and r["scope"] != "stock":
        errors.append(f"gold line {i}: deployed but scope {r['scope']}")
    if r["counted_in"] != "people" and r["measure"] == "deployed":
        errors.append(f"gold line {i}: deployed not in people")
for i, r in enumerate(traps, 2):
    if r["sentence"] not in texts.get(r["file"], ""):
        errors.append(f"traps line {i}: sentence not verbatim in {r['file']}")
    if r["sentence"] in {g["quote"] for g in gold if g["file"] == r["file"]}:
        errors.append(f"traps line {i}: sentence is also a gold quote")

# every sentence with a number should be a gold quote or a trap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import build  # noqa: E402  (the set's own sentence lists only)
NUM = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"dozens?|hundreds?|thousands?|millions?|billions?|half|third|quarter)\b", re.I)
covered = {(g["file"], g["quote"]) for g in gold} | {(t["file"], t["sentence"]) for t in traps}
for fid in build.DOCS:
    for s in build.sentences(fid):
        if NUM.search(s) and ("texts/" + fid + ".txt", s) not in covered:
            errors.append(f"uncovered numeric sentence in {fid}: {s[:80]}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

print("All quotes, derived quotes and trap sentences are verbatim; every count_as_written is in its quote.\n")
print("Rows per file:")
for f, n in sorted(collections.Counter(r["file"] for r in gold).items()):
    print(f"  {f:45s} {n:3d}  (traps {sum(1 for t in traps if t['file'] == f)})")
print(f"  {'total':45s} {len(gold):3d}")
for k in ("counted_in", "modality", "scope", "qualifier", "measure", "whose_losses"):
    print(f"\n{k}:")
    for v, n in collections.Counter(r[k] for r in gold).most_common():
        print(f"  {v:38s} {n:3d}")
print(f"\ntraps: {len(traps)}")
print("words per text: " + ", ".join(f"{k[6:9]}={len(v.split())}" for k, v in texts.items()))
