"""One notebook run, in a child process of the runner: ``python -m loss_claims.tools._child PARENT_PID SRC DST CWD PARAMS_JSON``.

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

#: nbclient's default waits 4 s for a cell's outputs to arrive; large (but capped) outputs need longer.
IOPUB_TIMEOUT = 60


def main(argv: list[str]) -> int:
    parent, src, dst, cwd, parameters = int(argv[0]), argv[1], argv[2], argv[3], json.loads(argv[4])
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        return 1
    import papermill

    try:
        papermill.execute_notebook(src, dst, parameters=parameters or None, cwd=cwd, progress_bar=False,
                                   iopub_timeout=IOPUB_TIMEOUT)
    except papermill.PapermillExecutionError as e:
        print(f"{e.ename}: {e.evalue}".splitlines()[0] if e.evalue else e.ename, file=sys.stderr)
        return 1
    except Exception as e:
        print(f"{type(e).__name__}: {e}".splitlines()[0], file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
