"""The runner's validated ledger, reused by its kernels only while every file it was read from is unchanged.

Apart from tests/test_loader.py, which a user's copy runs on its own ledger (tests/test_user_copy.py): these tests build
their own ledgers and need not run there again."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from loss_claims import LedgerError, load_ledger
from loss_claims.ledger.paths import DATA_DIR


def test_a_validated_ledger_is_reused_only_while_its_files_are_unchanged(tmp_path, monkeypatch):
    from ledger_helpers import copy_ledger
    from loss_claims.ledger import load as loader

    ledger_dir = copy_ledger(tmp_path / "ledger")
    first = load_ledger(ledger_dir)
    monkeypatch.setenv(loader.VALIDATED_ENV, str(loader.write_validated(first, tmp_path / "validated.pickle")))
    reads = []
    real_read = loader.read_raw
    monkeypatch.setattr(loader, "read_raw", lambda *a, **k: reads.append(a[0]) or real_read(*a, **k))
    again = load_ledger(ledger_dir)
    assert reads == [] and again.summary() == first.summary() and again.data_dir == ledger_dir
    pd.testing.assert_frame_equal(again.claims, first.claims)
    claims = ledger_dir / "claims.csv"
    stat = claims.stat()
    os.utime(claims, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # the same bytes, saved again
    load_ledger(ledger_dir)
    assert reads, "a file saved after validation must be read and validated again"
    reads.clear()
    seed = next((ledger_dir / "seeds").iterdir())
    seed.write_bytes(seed.read_bytes() + b" ")
    with pytest.raises(LedgerError):
        load_ledger(ledger_dir)  # an edited seed no longer matches its checksum: refused, never the ledger of before
    assert reads


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x04N."])
def test_a_missing_or_broken_validated_ledger_means_loading_the_files(tmp_path, monkeypatch, content):
    from loss_claims.ledger import load as loader

    broken = tmp_path / "validated.pickle"
    broken.write_bytes(content)
    monkeypatch.setenv(loader.VALIDATED_ENV, str(broken))
    assert load_ledger().summary() == load_ledger(DATA_DIR).summary()
    monkeypatch.setenv(loader.VALIDATED_ENV, str(tmp_path / "gone.pickle"))
    assert len(load_ledger().claims) > 0
