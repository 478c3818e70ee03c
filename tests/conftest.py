import pytest

from ledger_helpers import copy_ledger


def pytest_configure(config):
    """The suite needs a valid ledger: if the project's own is not, say so with the validator's lines and stop, rather
    than fail hundreds of tests that each meet the same bad cell. Once, in the process that collects (not per worker)."""
    if hasattr(config, "workerinput"):
        return
    from loss_claims import LedgerError, load_ledger
    from loss_claims.ledger.paths import DATA_DIR, display

    try:
        load_ledger(DATA_DIR)
    except LedgerError as e:
        lines = [str(p) for p in e.problems[:20]] + ([f"… and {e.total - 20} more"] if e.total > 20 else [])
        pytest.exit("\n".join([*lines, f"INVALID: {display(DATA_DIR)}: {e.total} problem(s)",
                               "The test suite needs a valid ledger: fix the lines above (`make validate` checks it alone), then run "
                               "the tests again."]), returncode=3)


class FileProgress:
    """With workers (xdist), pytest prints one stream of dots; this prints a line as each test file finishes, with its
    counts and time, so that a person sees where the suite is."""

    def __init__(self, config):
        self.config = config
        self.total: dict[str, int] = {}
        self.done: dict[str, dict[str, int]] = {}
        self.started: dict[str, float] = {}

    @staticmethod
    def _file(nodeid: str) -> str:
        return nodeid.split("::")[0]

    def pytest_xdist_node_collection_finished(self, node, ids):
        if not self.total:
            for nodeid in ids:
                self.total[self._file(nodeid)] = self.total.get(self._file(nodeid), 0) + 1

    def pytest_runtest_logreport(self, report):
        import time

        name = self._file(report.nodeid)
        self.started.setdefault(name, time.monotonic())
        counts = self.done.setdefault(name, {})
        if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
            counts[report.outcome] = counts.get(report.outcome, 0) + 1
        if report.when == "teardown":
            counts["_ran"] = counts.get("_ran", 0) + 1
            if counts["_ran"] == self.total.get(name):
                summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()) if not k.startswith("_"))
                writer = self.config.pluginmanager.getplugin("terminalreporter")
                writer.write("\n")  # after the dots of the tests that finished before it
                writer.write_line(f"  {name}: {summary} ({time.monotonic() - self.started[name]:.0f} s)")


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session):
    config = session.config
    if not hasattr(config, "workerinput") and config.pluginmanager.hasplugin("xdist") and getattr(config.option, "numprocesses", 0) \
            and config.option.verbose <= 0:
        config.pluginmanager.register(FileProgress(config), "file-progress")


#: The files whose end-to-end paths take longest, run first, so that the workers finish together (longest first).
SLOW_FIRST = ["tests/test_user_copy.py", "tests/test_notebooks.py", "tests/test_jupyter.py", "tests/test_selections.py",
              "tests/test_bad_ledger.py", "tests/test_scale.py", "tests/test_ecosystem.py"]


def pytest_collection_modifyitems(session, config, items):
    rank = {name: n for n, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(SLOW_FIRST)))  # stable: order within a file kept


@pytest.fixture
def ledger_copy(tmp_path):
    """A writable copy of the shipped ledger, with its own seeds/."""
    return copy_ledger(tmp_path / "ledger")
