"""loss_claims: load, check and chart a hand-curated ledger of wartime loss claims.

What a notebook imports:

* :mod:`loss_claims.ledger`: the schema, reading and checking the ledger (:func:`load_ledger`);
* :mod:`loss_claims.claims`: selecting claims, the one adding function, running totals, shares (pure DataFrames);
* :mod:`loss_claims.vocab`: every word and colour a reader sees, from the schema;
* :mod:`loss_claims.charts`: the chart frame, the chart kinds, saving with data and alt text;
* :func:`setup`: a notebook's set-up, in one call.

The machinery (runner, report, add-document, draft, command line) is in :mod:`loss_claims.tools`.
"""
from .ledger import Ledger, LedgerError, ParameterError, Problem, load_ledger

__all__ = ["Ledger", "LedgerError", "ParameterError", "Problem", "load_ledger"]
from .setup import setup

__all__ += ["setup"]
