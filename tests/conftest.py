import pytest

from ledger_helpers import copy_ledger


@pytest.fixture
def ledger_copy(tmp_path):
    """A writable copy of the shipped ledger, with its own seeds/."""
    return copy_ledger(tmp_path / "ledger")
