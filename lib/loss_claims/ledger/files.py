"""Every file and folder the project writes goes through here.

* Writes are atomic (a temporary name, then a rename) and the result has the modes a plain
  ``open()`` would give under the user's umask (``mkstemp``/``mkdtemp`` alone give 600/700).
* Temporary names end in :data:`TEMP_SUFFIX` or live in a :data:`TEMP_DIR` folder: pytest never
  collects them, git ignores them, and the runner removes the ones a killed run left behind.

Where runs may write, and the locks that keep two of them apart, are in :mod:`loss_claims.tools.safety`.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


#: Suffix of a file being written (same folder as its target, so the rename is atomic).
TEMP_SUFFIX = ".loss-claims-tmp"
#: Folder of a run's scratch files (executed notebooks before they are complete, the report being built).
TEMP_DIR = ".loss-claims-tmp"
#: What makes a spreadsheet read a cell as a formula (exports prefix such cells with ``'``).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def umask() -> int:
    """The process's umask, read without changing it (``os.umask`` sets it, which races with threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    old = os.umask(0o022)
    os.umask(old)
    return old


def file_mode() -> int:
    return 0o666 & ~umask()


def dir_mode() -> int:
    return 0o777 & ~umask()


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all, with the umask's modes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def make_dirs(path: Path) -> Path:
    """``mkdir -p`` with the umask's modes (the default already follows it; said here once)."""
    Path(path).mkdir(parents=True, exist_ok=True)
    return Path(path)


def temp_dir(root: Path) -> Path:
    """A fresh scratch folder inside ``root``'s :data:`TEMP_DIR`, with the umask's modes."""
    scratch = make_dirs(Path(root) / TEMP_DIR)
    made = Path(tempfile.mkdtemp(dir=scratch))
    os.chmod(made, dir_mode())
    return made


def remove_scratch(root: Path) -> None:
    """Remove ``root``'s scratch folder once a run is over (it is empty unless another step failed)."""
    shutil.rmtree(Path(root) / TEMP_DIR, ignore_errors=True)
