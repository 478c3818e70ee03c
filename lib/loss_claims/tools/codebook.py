"""The codebook readers see, generated from the library's schema (``ledger/datapackage.json``).

``python -m loss_claims codebook`` writes ``CODEBOOK.md`` (every table and column, its type, allowed values
with their reader labels, and the checks that hold it) and copies the schema's tables into the shipped
ledger's own descriptor ``data/datapackage.json`` (keeping its title, version, sources and contributors), so
that Frictionless tools read the ledger as the loader does. Edit the schema, then run the command.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..ledger import files
from ..ledger.paths import DATA_DIR, PROJECT_ROOT, SCHEMA_PATH
from ..ledger.schema import load_schema

CODEBOOK = PROJECT_ROOT / "CODEBOOK.md"
CHECK_TEXT = {
    "verbatim_in_document": "occurs verbatim in the row's seed document",
    "words_in_quote": "occurs in the quote",
    "figures_in_count": "read from count_as_written, in the row's unit",
}
HEAD = ("# Codebook\n\nGenerated from `lib/loss_claims/ledger/datapackage.json` by `python -m loss_claims codebook`; do not edit "
        "by hand. The curation rules (how a sentence becomes a row) are in [data/README.md](data/README.md).\n")


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(schema_path: Path = SCHEMA_PATH) -> str:
    schema = load_schema(schema_path)
    out = [HEAD, f"**Caveat shown with every chart:** {schema.descriptor.get('x-caveat', '')}", ""]
    for r in schema.resources:
        notes: dict[str, list[str]] = {}
        for spec in r.checks:
            for f in spec.get("fields", []):
                notes.setdefault(f, []).append(CHECK_TEXT.get(spec["check"], spec["check"]))
        fks = {fk["fields"][0]: f"→ {fk['reference']['resource']}.{fk['reference']['fields'][0]}" for fk in r.foreign_keys}
        where = (f"`data/{r.path}` (optional: without it, the library's own lexicon, `lib/loss_claims/ledger/{r.default}`, is used)"
                 if r.optional else f"`data/{r.path}`")
        out += [f"## {where}: {r.title}", "", r.description, ""]
        out += ["| column | type | required | allowed values / rule | description |", "|---|---|---|---|---|"]
        for f in r.fields:
            c = f.constraints
            rule = []
            if f.enum:
                rule.append(", ".join(f"`{v}` ({f.labels[v]})" if f.labels.get(v) and f.labels[v] != v.replace("_", " ") else f"`{v}`"
                                      for v in f.enum))
            if "pattern" in c:
                rule.append(f"matches `{c['pattern']}`")
            if "minimum" in c or "maximum" in c:
                rule.append(f"{c.get('minimum', '')}–{c.get('maximum', '')}")
            if c.get("unique"):
                rule.append("unique")
            if f.name in fks:
                rule.append(fks[f.name])
            rule += notes.get(f.name, [])
            typ = "date (YYYY-MM-DD)" if f.type == "date" else f.type
            out.append(f"| `{f.name}` | {typ} | {'yes' if f.required else ''} | {_cell('; '.join(rule))} | {_cell(f.description)} |")
        row_checks = [s["check"] for s in r.checks if "fields" not in s]
        if row_checks:
            out += ["", "Row checks: " + ", ".join(f"`{c}`" for c in row_checks) + " (see data/README.md)."]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def descriptor(data_dir: Path = DATA_DIR, schema_path: Path = SCHEMA_PATH) -> str:
    """The ledger's own datapackage.json: its metadata, and the schema's tables that the folder holds."""
    schema = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    own_path = Path(data_dir) / "datapackage.json"
    own = json.loads(own_path.read_text(encoding="utf-8")) if own_path.is_file() else {
        k: v for k, v in schema.items() if k != "resources"}
    own["resources"] = [r for r in schema["resources"] if not r.get("x-default") or (Path(data_dir) / r["path"]).is_file()]
    return json.dumps(own, indent=2, ensure_ascii=False) + "\n"


def write() -> bool:
    """Write CODEBOOK.md and data/datapackage.json from the schema; True if either changed."""
    changed = False
    for path, text in ((CODEBOOK, render()), (DATA_DIR / "datapackage.json", descriptor())):
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            files.atomic_write(path, text.encode("utf-8"))
            changed = True
    return changed
