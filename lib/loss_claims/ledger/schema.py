"""The schema: data/datapackage.json, a Frictionless Data Package.

It is the codebook readers see and what the loader enforces. Column types and
constraints (required, unique, enum, pattern, minimum, maximum, primary keys) are
turned into pandera schemas; foreign keys and the ``x-checks`` of each resource
(provenance, bounds, dates, grades) are run by :mod:`loss_claims.checks`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandera.pandas as pa

from .paths import SCHEMA_PATH


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str
    constraints: dict
    #: The field's ``x-`` keys: reader labels (x-labels), colours (x-colours), and what rules read
    #: (x-countries: the states of a side; x-components: what a combined measure combines).
    extra: dict = field(default_factory=dict)

    @property
    def labels(self) -> dict[str, str]:
        return self.extra.get("x-labels", {})

    @property
    def required(self) -> bool:
        return bool(self.constraints.get("required"))

    @property
    def enum(self) -> list[str] | None:
        return self.constraints.get("enum")


@dataclass(frozen=True)
class Resource:
    name: str
    path: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[dict, ...]
    checks: tuple[dict, ...]
    #: An optional table a ledger folder may leave out: the library's own copy (package data) is used then.
    default: str = ""

    @property
    def optional(self) -> bool:
        return bool(self.default)

    @property
    def default_path(self) -> Path:
        return SCHEMA_PATH.parent / self.default

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @cached_property
    def pandera_schema(self) -> pa.DataFrameSchema:
        """Constraints of the Table Schema as a pandera schema (types are converted before it runs)."""
        columns = {}
        for f in self.fields:
            c = f.constraints
            checks = []
            if f.enum:
                checks.append(pa.Check.isin(f.enum))
            if "pattern" in c:
                checks.append(pa.Check.str_matches(c["pattern"]))
            if "minimum" in c:
                checks.append(pa.Check.ge(c["minimum"]))
            if "maximum" in c:
                checks.append(pa.Check.le(c["maximum"]))
            columns[f.name] = pa.Column(
                checks=checks, nullable=not f.required, unique=bool(c.get("unique")), required=True
            )
        unique = list(self.primary_key) if len(self.primary_key) > 1 else None
        return pa.DataFrameSchema(columns, unique=unique, strict=True, ordered=True)


@dataclass(frozen=True)
class Schema:
    descriptor: dict
    resources: tuple[Resource, ...]

    def resource(self, name: str) -> Resource:
        return next(r for r in self.resources if r.name == name)


#: Keys of a field that are for readers only: a ledger's own descriptor may word them its own way.
READER_KEYS = ("description", "title", "x-labels", "x-colours")


def schema_differences(theirs: dict, ours: dict) -> list[str]:
    """Where a ledger folder's own descriptor differs from the project's in what the loader enforces (resources,
    their paths, fields, constraints, keys and checks); package metadata (title, version, sources…) may differ."""
    def tables(d: dict) -> dict:
        return {r.get("name"): r for r in d.get("resources", [])}

    mine, other = tables(ours), tables(theirs)
    out = [f"resource '{n}' is missing" for n in mine if n not in other and not mine[n].get("x-default")]
    out += [f"resource '{n}' is not in the project's schema" for n in other if n not in mine]
    for name in mine.keys() & other.keys():
        a, b = mine[name], other[name]
        if a.get("path") != b.get("path"):
            out.append(f"resource '{name}': path {b.get('path')!r}, not {a.get('path')!r}")
        fa = {f["name"]: f for f in a["schema"]["fields"]}
        fb = {f["name"]: f for f in b.get("schema", {}).get("fields", [])}
        if list(fa) != list(fb):
            out.append(f"resource '{name}': fields {', '.join(fb)}, not {', '.join(fa)}")
        out += [f"resource '{name}': field '{f}' differs "
                f"({', '.join(sorted(k for k in set(fa[f]) | set(fb[f]) if k not in READER_KEYS and fa[f].get(k) != fb[f].get(k)))})"
                for f in sorted(fa.keys() & fb.keys()) if {k: v for k, v in fa[f].items() if k not in READER_KEYS}
                != {k: v for k, v in fb[f].items() if k not in READER_KEYS}]
        for key in ("primaryKey", "foreignKeys"):
            if a["schema"].get(key) != b.get("schema", {}).get(key):
                out.append(f"resource '{name}': {key} differs")
        if a.get("x-checks") != b.get("x-checks"):
            out.append(f"resource '{name}': x-checks differ")
    return sorted(out)


def load_schema(path: Path = SCHEMA_PATH) -> Schema:
    descriptor = json.loads(Path(path).read_text(encoding="utf-8"))
    resources = []
    for r in descriptor["resources"]:
        s = r["schema"]
        fields = tuple(
            Field(f["name"], f.get("type", "string"), f.get("description", ""), f.get("constraints", {}),
                  {k: v for k, v in f.items() if k.startswith("x-")})
            for f in s["fields"]
        )
        pk = s.get("primaryKey", [])
        resources.append(
            Resource(
                name=r["name"],
                path=r["path"],
                title=r.get("title", ""),
                description=r.get("description", ""),
                fields=fields,
                primary_key=tuple([pk] if isinstance(pk, str) else pk),
                foreign_keys=tuple(s.get("foreignKeys", [])),
                checks=tuple(r.get("x-checks", [])),
                default=r.get("x-default", ""),
            )
        )
    return Schema(descriptor, tuple(resources))
