"""One notebook run, in a child process of the runner: ``python .../loss_claims/tools/_child.py PARENT_PID SRC DST CWD PARAMS_JSON``.

Run by its path, not as ``-m loss_claims.tools._child``: that would import the package (pandas, pandera, matplotlib:
about a second) in a process that only drives papermill; the kernel papermill starts imports what the notebook needs.

The child asks Linux to kill it when the runner dies (even by SIGKILL), and exits at once if the runner is
already gone, so no orphan keeps writing figures. On failure it prints the notebook's exception as one line
(``Name: message``) on stderr and exits 1.
"""
from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import sys

def skip_iri_grammars() -> None:
    """Make jsonschema skip its optional IRI format checker in this process.

    nbformat imports jsonschema, whose format checkers import ``rfc3987_syntax`` when it is installed (jupyter-events
    asks for ``jsonschema[format-nongpl]``); that module compiles some 35 Lark grammars at import, 1.2 s of CPU in
    every process (python-jsonschema/jsonschema#1428, opendatahub-io/notebooks#3532). No notebook schema uses the
    ``iri`` formats, so the project's own processes (the command line, this child) go without it: jsonschema then
    leaves those two formats unchecked, as it does wherever the package is absent. A process that has imported it
    already keeps it."""
    sys.modules.setdefault("rfc3987_syntax", None)  # None in sys.modules: `import rfc3987_syntax` raises ImportError


#: nbclient's default waits 4 s for a cell's outputs to arrive; large (but capped) outputs need longer.
IOPUB_TIMEOUT = 60
#: papermill waits 60 s for a kernel to start; on a loaded two-core machine (the suite's three workers, each starting kernels)
#: one once took longer and the run failed with "Kernel didn't respond in 60 seconds". The run's own --timeout still bounds it.
START_TIMEOUT = 180


def main(argv: list[str]) -> int:
    parent, src, dst, cwd, parameters = int(argv[0]), argv[1], argv[2], argv[3], json.loads(argv[4])
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        return 1
    skip_iri_grammars()
    import papermill

    try:
        papermill.execute_notebook(src, dst, parameters=parameters or None, cwd=cwd, progress_bar=False,
                                   iopub_timeout=IOPUB_TIMEOUT, start_timeout=START_TIMEOUT)
    except papermill.PapermillExecutionError as e:
        print(f"{e.ename}: {e.evalue}".splitlines()[0] if e.evalue else e.ename, file=sys.stderr)
        return 1
    except Exception as e:
        print(f"{type(e).__name__}: {e}".splitlines()[0], file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
