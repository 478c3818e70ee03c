"""Where a run may write, and the lock that keeps two runs apart.

* Output folders are checked before anything is written: never the project root, one of its
  parents, ``/``, or a folder holding the project's sources or the ledger.
* A folder is replaced whole only if this project wrote it (it carries :data:`MARKER`).
* A run takes a lock on its output root, so two runs never write the same files at once.
"""
from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ..ledger.errors import ParameterError
from ..ledger.files import TEMP_DIR, TEMP_SUFFIX, file_mode, make_dirs
from ..ledger.paths import PROJECT_ROOT, display

#: Marker file of a folder this project wrote and may replace whole (the report).
MARKER = ".written-by-loss-claims"
LOCK = ".loss-claims-run.lock"
#: Top-level folders of the system no run writes into (unless the project itself lives there).
SYSTEM_FOLDERS = ("bin", "boot", "dev", "etc", "lib", "lib64", "proc", "sbin", "sys", "usr", "var", "System", "Library",
                  "Applications", "Windows", "Program Files")
#: Names of the files a run writes into an output folder: anything else there is a user's, and the folder is refused.
OUTPUT_FILE = re.compile(r"^(fig\d\d-[\w.-]+|\..*)$")
#: Folders of the project that no run writes into except the default run's own targets.
SOURCE_FOLDERS = ("notebooks", "data", "seeds", "lib", "tests", "benchmarks", ".git", ".ci")


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
    if path.exists() and not path.is_dir():
        why = "is a file, not a folder"
    elif path == Path(path.anchor):
        why = "is the file system's root"
    elif len(path.parts) > 1 and path.parts[1] in SYSTEM_FOLDERS and root.parts[1:2] != path.parts[1:2] and \
            not any(path == ok or ok in path.parents for ok in (home, Path(tempfile.gettempdir()).resolve()) if ok is not None):
        why = f"is a system folder (/{path.parts[1]})"
    elif home is not None and home in path.parents and path.relative_to(home).parts[0].startswith(".") \
            and root not in path.parents:
        why = f"is inside a hidden folder of your home ({path.relative_to(home).parts[0]}), where programs keep settings and keys"
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


def check_own_files(name: str, folder: Path, shown: str | None = None) -> None:
    """Refuse an output folder that holds files a run did not write (a run would write beside them, or over them)."""
    folder = Path(folder)
    if not folder.is_dir():
        return
    others = sorted(p.name for p in folder.iterdir() if not OUTPUT_FILE.match(p.name))
    if others:
        listed = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise ParameterError(f"{name}: {shown or str(folder)!r} holds files a run did not write ({listed}); nothing was "
                             "written: choose an empty folder or one a run wrote")


def check_inside(name: str, path: Path, root: Path) -> Path:
    """Refuse ``path`` unless it is ``root`` or inside it once every link is resolved (a run folder whose
    ``notebooks/`` links to the project's own would overwrite them); return it resolved."""
    resolved, inside = Path(path).resolve(), Path(root).resolve()
    if resolved != inside and inside not in resolved.parents:
        raise ParameterError(f"{name}: {display(path)} leads out of {display(root)} (to {display(resolved)}, through a link); "
                             "nothing was written: remove the link or choose another run folder")
    return resolved


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
def folder_lock(folder: Path):
    """Hold a lock on ``folder`` itself (no file is written into it) for the duration of a run; refuse if another run
    holds it: two runs with different run folders but one ``output_dir`` never write the same figures at once."""
    folder = make_dirs(folder)
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            raise ParameterError(f"another run is writing to {display(folder)}; wait for it to finish, or choose another "
                                 "output folder") from None
        yield
    finally:
        os.close(fd)


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
