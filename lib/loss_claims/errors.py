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
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.column}: {self.message}" if self.column else f"{where}: {self.message}"


class LedgerError(ValueError):
    """The ledger is wrong. ``problems`` lists every problem found, in file and line order."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (p.path, p.line, p.column, p.message))
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} in the ledger:"
        super().__init__("\n".join([head, *map(str, self.problems)]))


class ParameterError(ValueError):
    """A notebook or runner parameter is wrong: names the parameter, the value and the valid choices."""
