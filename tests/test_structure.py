"""The package's shape: what a notebook imports apart from the machinery, imports layered, no cycles."""
from __future__ import annotations

import ast
from pathlib import Path

import loss_claims

PACKAGE = Path(loss_claims.__file__).parent
#: Each part may import only the parts listed (besides itself). The top-level package may import anything.
ALLOWED = {
    "ledger": set(),
    "claims": {"ledger"},
    "vocab": {"ledger"},
    "charts": {"ledger", "claims", "vocab"},
    "tools": {"ledger", "claims", "vocab", "charts", "setup"},
    "setup": {"ledger", "claims", "vocab", "charts", "tools.params"},
}


def part_of(module: str) -> str:
    """'loss_claims.ledger.load' -> 'ledger'; 'loss_claims.claims' -> 'claims'."""
    rest = module.split(".")[1:]
    return rest[0] if rest else ""


def imports_of(path: Path) -> set[str]:
    """The loss_claims modules a file imports (relative imports resolved)."""
    module = "loss_claims." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module.removesuffix(".__init__")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("loss_claims"):
                found |= {f"{target}.{a.name}" if not node.module or target == "loss_claims" else target for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("loss_claims")}
    return found


def modules() -> dict[str, Path]:
    return {"loss_claims." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts): p for p in PACKAGE.rglob("*.py")}


def test_the_top_level_lists_the_library_parts_and_the_machinery_beside_them():
    top = sorted(p.name for p in PACKAGE.iterdir() if not p.name.startswith(("_", ".")) and p.name != "__pycache__")
    assert top == ["charts", "claims.py", "ledger", "setup.py", "tools", "vocab.py"]
    assert "you do not need to open this to add a chart" in (PACKAGE / "tools" / "__init__.py").read_text(encoding="utf-8").lower()


def test_imports_are_layered_and_nothing_imports_upward():
    wrong = []
    for module, path in modules().items():
        part = part_of(module)
        if part in ("", "__init__", "__main__"):
            continue
        for target in imports_of(path):
            other = part_of(target)
            if other == part or other in ("", "__init__"):
                if other in ("", "__init__") and target != "loss_claims":
                    wrong.append(f"{module} imports the top-level package ({target})")
                continue
            allowed = ALLOWED[part]
            if other not in allowed and ".".join(target.split(".")[1:3]) not in allowed:
                wrong.append(f"{module} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_there_are_no_import_cycles():
    graph = {m: {t for t in imports_of(p) if t in modules() or t.rsplit(".", 1)[0] in modules()} for m, p in modules().items()}
    graph = {m: {t if t in graph else t.rsplit(".", 1)[0] for t in ts} - {m} for m, ts in graph.items()}
    state: dict[str, int] = {}

    def visit(m: str, trail: list[str]) -> list[str] | None:
        state[m] = 1
        for t in sorted(graph.get(m, ())):
            if t.endswith("__init__"):
                continue
            if state.get(t) == 1:
                return [*trail, m, t]
            if t not in state and (cycle := visit(t, [*trail, m])):
                return cycle
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (cycle := visit(m, [])):
            raise AssertionError(" -> ".join(cycle))
