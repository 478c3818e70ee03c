"""The ledger: its schema, reading and checking its tables and seed texts, the text of numbers.

    >>> from loss_claims.ledger import load_ledger
    >>> ledger = load_ledger()          # the shipped ledger in data/
    >>> ledger.claims                   # typed DataFrame, one row per claim
"""
from .errors import LedgerError, ParameterError, Problem
from .load import Ledger, load_ledger

__all__ = ["Ledger", "LedgerError", "ParameterError", "Problem", "load_ledger"]
