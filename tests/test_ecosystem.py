"""The project and the ecosystem's own tools agree: frictionless on the ledgers, a ledger's own descriptor."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from frictionless import validate as frictionless_validate

from ledger_helpers import copy_ledger, set_cell
from loss_claims import LedgerError, load_ledger
from loss_claims.ledger.paths import DATA_DIR, PROJECT_ROOT

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "other-ledger"


def ours_valid(folder) -> bool:
    try:
        load_ledger(folder)
        return True
    except LedgerError:
        return False


def with_descriptor(folder):
    """The ledger folder with its own datapackage.json, as `python -m loss_claims codebook` writes the shipped one's."""
    from loss_claims.tools.codebook import descriptor

    (folder / "datapackage.json").write_text(descriptor(folder), encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["shipped", "fixture", "broken enum", "broken type"])
def test_frictionless_and_the_project_agree_on_validity(name, tmp_path):
    folder = {"shipped": lambda: DATA_DIR, "fixture": lambda: with_descriptor(Path(shutil.copytree(FIXTURE, tmp_path / "f")))}.get(
        name, lambda: with_descriptor(copy_ledger(tmp_path / "l")))()
    if name == "broken enum":
        set_cell(folder, "claims", "c010", "measure", "dead")
    if name == "broken type":
        set_cell(folder, "claims", "c022", "best", "11,000")
    report = frictionless_validate(str(folder / "datapackage.json"))
    assert report.valid == ours_valid(folder) == (not name.startswith("broken")), report.flatten(["rowNumber", "fieldName", "type"])


def test_a_ledger_descriptor_that_differs_from_the_project_schema_is_refused_by_name(tmp_path):
    folder = with_descriptor(copy_ledger(tmp_path / "l"))
    assert ours_valid(folder)  # the same schema: used
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["title"] = "My own ledger"  # package metadata may differ
    claims = next(r for r in descriptor["resources"] if r["name"] == "claims")
    measure = next(f for f in claims["schema"]["fields"] if f["name"] == "measure")
    measure["constraints"]["enum"].append("dead")
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(LedgerError) as e:
        load_ledger(folder)
    assert any("datapackage.json: differs from the project's schema" in str(p) and "resource 'claims': field 'measure' differs "
               "(constraints)" in str(p) for p in e.value.problems), e.value


def test_the_shipped_descriptor_carries_version_sources_licences_and_contributors():
    d = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    assert d["version"] and d["sources"] and d["licenses"] and d["contributors"]
    assert (PROJECT_ROOT / "CHANGELOG.md").read_text(encoding="utf-8").count(f"## {d['version']}") == 1  # the corrections log names it


@pytest.mark.e2e
def test_pip_install_declares_dependencies_and_outside_a_checkout_stops_with_one_line(tmp_path):
    import os
    import subprocess
    import sys

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
                    "--no-build-isolation", "--target", str(target), str(PROJECT_ROOT)], check=True, capture_output=True)
    meta = next(target.glob("loss_claims-*.dist-info"))
    requires = [line for line in (meta / "METADATA").read_text(encoding="utf-8").splitlines() if line.startswith("Requires-Dist:")]
    assert {r.split()[1].split(">")[0].split("<")[0] for r in requires} >= {"pandas", "matplotlib", "pandera", "papermill", "nbformat"}
    assert "loss-claims = loss_claims.tools.cli:entry" in (meta / "entry_points.txt").read_text(encoding="utf-8")
    out = subprocess.run([str(target / "bin" / "loss-claims"), "validate"], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(target)}, cwd=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("loss-claims: no checkout of the project here")
