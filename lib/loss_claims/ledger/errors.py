"""The library's one error type: a list of problems, each naming file, line, column and value."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the ledger, formatted ``path:LINE: column: message``."""

    path: str
    line: int = 0  # 0: the file as a whole
    column: str = ""
    message: str = ""

    def __str__(self) -> str:
        from .text import one_line  # a cell or file name with a terminal escape or a newline is printed as text

        where = f"{self.path}:{self.line}" if self.line else self.path
        return one_line(f"{where}: {self.column}: {self.message}" if self.column else f"{where}: {self.message}")


#: Problems listed per file; past it, one line says how many more there are.
MAX_PROBLEMS_PER_FILE = 20


def capped(problems: list[Problem], limit: int = MAX_PROBLEMS_PER_FILE) -> list[Problem]:
    """Problems in file and line order, at most ``limit`` per file, then one line '… and N more'."""
    ordered = sorted(set(problems), key=lambda p: (p.path, p.line, p.column, p.message))
    out: list[Problem] = []
    per_file: dict[str, int] = {}
    for p in ordered:
        per_file[p.path] = per_file.get(p.path, 0) + 1
        if per_file[p.path] <= limit:
            out.append(p)
    for path, n in sorted(per_file.items()):
        if n > limit:
            out.append(Problem(path, 0, "", f"… and {n - limit:,} more problem(s) in this file"))
    return sorted(out, key=lambda p: (p.path, p.line == 0 and p.message.startswith("…"), p.line, p.column, p.message))


class LedgerError(ValueError):
    """The ledger is wrong. ``problems`` lists the problems found, in file and line order, at most
    :data:`MAX_PROBLEMS_PER_FILE` per file (then '… and N more'); ``total`` counts them all."""

    def __init__(self, problems: list[Problem]):
        self.total = len(set(problems))
        self.problems = capped(problems)
        n = self.total
        head = f"{n} problem{'s' if n != 1 else ''} in the ledger:"
        super().__init__("\n".join([head, *map(str, self.problems)]))


class ParameterError(ValueError):
    """A notebook or runner parameter is wrong: names the parameter, the value and the valid choices."""
