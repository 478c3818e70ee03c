import sys

from .tools._child import skip_iri_grammars

skip_iri_grammars()  # before anything imports nbformat: see its docstring

from .tools.cli import main  # noqa: E402

sys.exit(main())
