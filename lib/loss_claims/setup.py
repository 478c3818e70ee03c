"""A notebook's set-up, in one call:

    >>> params, ledger, claims = setup(globals())

checks the parameters the notebook's ``parameters`` cell defines (and papermill injected), loads and checks the
ledger, fixes the chart style, selects the claims the parameters ask for, and prints what was read and selected.
"""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from . import vocab
from .charts import use_style
from .claims import select
from .ledger import Ledger, load_ledger
from .ledger.paths import project_relative
from .ledger.text import visible
from .tools.params import PARAMETERS, Params, validate


class Setup(NamedTuple):
    params: Params
    ledger: Ledger
    claims: pd.DataFrame


def with_words(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims with each figure as its text qualifies it (``figure``: '≈200', 'more than 50', '35%')."""
    return claims.assign(figure=[vocab.figure_text(r.qualifier, r.low, r.best, r.high, r.count_as_written, r.counted_in)
                                 for r in claims.itertuples()])


def summary(ledger: Ledger, claims: pd.DataFrame, params: Params) -> str:
    """What was read and what the parameters selected, in two lines (the ledger's path as the project shows it)."""
    head = f"{vocab.caveat()}\nLedger {project_relative(params.ledger_dir)}: {ledger.summary()}"
    by = f", reported by {params.as_of.isoformat()}" if params.as_of else ""
    if claims.empty:
        return f"{head}\nNo claims selected by these parameters (whose_losses={params.whose_losses}{by})."
    return (f"{head}\n{vocab.plural(len(claims), 'claim')} selected by the parameters{by}, from "
            f"{vocab.plural(claims['document_id'].nunique(), 'document')}.")


def show_tables_as_text() -> None:
    """In a notebook, show a table's cells as text: a right-to-left override or a terminal escape in a ledger's cell
    is shown as its code point (pandas already escapes markup)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    formatters = shell.display_formatter.formatters
    for kind in (pd.DataFrame, pd.Series):
        formatters["text/plain"].for_type(kind, lambda obj, p, cycle: p.text(visible(repr(obj))))
    formatters["text/html"].for_type(pd.DataFrame, lambda df: visible(df._repr_html_() or ""))


def setup(namespace: dict) -> Setup:
    """Everything a notebook does before its first chart; ``namespace`` is the notebook's ``globals()``."""
    show_tables_as_text()
    params = validate(**{name: namespace[name] for name in PARAMETERS if name in namespace})
    ledger = load_ledger(params.ledger_dir)
    use_style()
    claims = with_words(select(ledger, **params.selection()))
    print(summary(ledger, claims, params))
    return Setup(params, ledger, claims)
