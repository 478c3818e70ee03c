"""loss_claims: load, validate and chart a hand-curated ledger of wartime loss claims.

    >>> from loss_claims import load_ledger
    >>> ledger = load_ledger()          # the shipped ledger in data/
    >>> ledger.claims                   # typed DataFrame, one row per claim
"""
from .errors import LedgerError, ParameterError, Problem
from .load import Ledger, load_ledger
from .paths import DATA_DIR, FIGURES_DIR, PROJECT_ROOT, SEEDS_DIR

__all__ = ["DATA_DIR", "FIGURES_DIR", "PROJECT_ROOT", "SEEDS_DIR", "Ledger", "LedgerError", "ParameterError", "Problem", "load_ledger"]
