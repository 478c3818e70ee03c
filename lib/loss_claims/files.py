"""Every file and folder the project writes goes through here.

* Writes are atomic (a temporary name, then a rename) and the result has the modes a plain
  ``open()`` would give under the user's umask (``mkstemp``/``mkdtemp`` alone give 600/700).
* Temporary names end in :data:`TEMP_SUFFIX` or live in a :data:`TEMP_DIR` folder: pytest never
  collects them, git ignores them, and the runner removes the ones a killed run left behind.
* Output folders are checked before anything is written: never the project root, one of its
  parents, ``/``, or a folder holding the project's sources or the ledger.
* A run takes a lock on its output root, so two runs never write the same files at once.
"""
from __future__ import annotations

import errno
import fcntl
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import ParameterError
from .paths import PROJECT_ROOT, display

#: Suffix of a file being written (same folder as its target, so the rename is atomic).
TEMP_SUFFIX = ".loss-claims-tmp"
#: Folder of a run's scratch files (executed notebooks before they are complete, the report being built).
TEMP_DIR = ".loss-claims-tmp"
#: Marker file of a folder this project wrote and may replace whole (the report).
MARKER = ".written-by-loss-claims"
LOCK = ".loss-claims-run.lock"
#: What makes a spreadsheet read a cell as a formula (exports prefix such cells with ``'``).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Folders of the project that no run writes into except the default run's own targets.
SOURCE_FOLDERS = ("notebooks", "data", "seeds", "lib", "tests", "benchmarks", ".git", ".ci")


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


def clean_leftovers(*folders: Path) -> list[Path]:
    """Remove what a killed run left in these folders: the scratch folder and ``*.loss-claims-tmp`` files.
    Nothing else is touched. Returns what was removed."""
    removed = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        scratch = folder / TEMP_DIR
        if scratch.is_dir() and not scratch.is_symlink():
            shutil.rmtree(scratch)
            removed.append(scratch)
        for p in folder.glob(f".*{TEMP_SUFFIX}"):
            if p.is_file() or p.is_symlink():
                p.unlink()
                removed.append(p)
    return removed


def check_output_folder(name: str, folder: Path, ledger_dir: Path | None = None, shown: str | None = None) -> Path:
    """Refuse a folder no run may write into; return it resolved.

    Refused: ``/``, the project root and its parents, the user's home folder, the project's source
    folders (and anything inside them), and the ledger being read (and anything inside it).
    """
    path = Path(folder).resolve()
    root = PROJECT_ROOT.resolve()
    home = Path.home().resolve() if "HOME" in os.environ else None
    why = None
    if path == Path(path.anchor):
        why = "is the file system's root"
    elif path == root:
        why = "is the project's root folder"
    elif path in root.parents:
        why = "holds the project"
    elif home is not None and path == home:
        why = "is your home folder"
    else:
        for source in SOURCE_FOLDERS:
            if path == root / source or (root / source) in path.parents:
                why = f"is inside the project's {source}/ folder, which holds sources a run must not overwrite"
                break
        if why is None and ledger_dir is not None:
            ledger = Path(ledger_dir).resolve()
            if path == ledger or ledger in path.parents:
                why = "is inside the ledger folder being read"
    if why:
        raise ParameterError(f"{name}: {shown or str(folder)!r} {why}; choose a folder of its own for the outputs "
                             f"(e.g. {display(PROJECT_ROOT / 'runs' / 'mine')})")
    return path


def check_replaceable(target: Path) -> None:
    """Refuse to replace ``target`` unless it is absent, empty, or carries this project's :data:`MARKER`."""
    target = Path(target)
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise ParameterError(f"{display(target)} is not a folder this project wrote (it is a link or a file); "
                             "nothing was deleted: move it away or choose another run folder")
    if target.is_dir() and not (target / MARKER).is_file() and any(target.iterdir()):
        raise ParameterError(f"{display(target)} exists and was not written by this project (no {MARKER} in it): "
                             "nothing was deleted; move it away or choose another run folder")


def replace_owned_folder(staging: Path, target: Path) -> None:
    """Put ``staging`` where ``target`` is. An existing ``target`` is replaced only if this project wrote it
    (it carries :data:`MARKER`) or it is empty; anything else is refused, never deleted."""
    target = Path(target)
    (staging / MARKER).write_text("Written by loss_claims; replaced whole by the next run.\n", encoding="utf-8")
    check_replaceable(target)
    if target.is_dir():
        old = Path(tempfile.mkdtemp(dir=staging.parent))
        target.rename(old / "old")
        staging.rename(target)
        shutil.rmtree(old)
    else:
        staging.rename(target)


@contextmanager
def run_lock(root: Path):
    """Hold the lock of the output root ``root`` for the duration of a run; refuse if another run holds it."""
    root = make_dirs(root)
    path = root / LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, file_mode())
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            other = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise ParameterError(f"another run (process {other}) is writing to {display(root)}; "
                                 "wait for it to finish, or choose another run folder") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)
