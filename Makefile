# The two commands (see README):
#   make run    validate the ledger, run the notebook sequence, regenerate figures/
#   make test   run the whole test suite
# Each creates .venv and installs the pinned requirements on first use.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test browser validate bench lab requirements clean

run: $(STAMP)
	$(BIN)/python -m loss_claims run

test: $(STAMP) browser
	$(BIN)/python -m pytest

# The report test opens the HTML report in Debian's chromium; install it if this machine lacks it.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	    echo "installing Debian's chromium (for the report test)"; \
	    SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

validate: $(STAMP)
	$(BIN)/python -m loss_claims validate

# Read and re-run the notebooks in JupyterLab, with the project's environment as the kernel.
lab: $(STAMP)
	$(BIN)/jupyter lab --ServerApp.root_dir=$(CURDIR) --LabApp.default_url=/lab/tree/notebooks \
	    $$([ "$$(id -u)" = 0 ] && echo --allow-root)

# Benchmarks (several minutes): ours vs a baseline measured in the same run, as ratios.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Regenerate requirements.txt from requirements.in (needs pip-tools; not part of run/test).
requirements:
	$(PYTHON) -m piptools compile --quiet --strip-extras --allow-unsafe --no-header \
	    --output-file requirements.txt requirements.in

clean:
	rm -rf $(VENV) runs report .pytest_cache
