"""A pytest plugin loaded first (``-p loss_claims.tools.pytest_fast_start`` in the project's pytest options), before
nbval imports nbformat: the test processes skip jsonschema's IRI grammars as the project's own processes do (1.2 s of
CPU in each of pytest's processes; see :func:`loss_claims.tools._child.skip_iri_grammars`)."""
from ._child import skip_iri_grammars

skip_iri_grammars()
