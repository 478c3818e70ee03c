# The two commands (see README):
#   make run    validate the ledger, run the notebook sequence, regenerate figures/
#   make test   run the whole test suite
# Each creates .venv and installs the pinned requirements on first use.

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: help run test lint browser validate bench lab nbdime requirements clean

help:  ## list the make targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/  make \1\t\2/' | expand -t 20

run: $(STAMP)  ## validate the ledger, run the notebooks, regenerate figures/ and report/
	$(BIN)/python -m loss_claims run

test: $(STAMP) browser lint  ## the whole test suite (ruff, then pytest with nbval)
	$(BIN)/python -m pytest

lint: $(STAMP)  ## ruff over lib/, tests/, benchmarks/ and the notebooks
	$(BIN)/ruff check

# The report test opens the HTML report in Debian's chromium; install it if this machine lacks it.
browser:  ## install Debian's chromium for the report test, if missing
	@command -v chromium >/dev/null 2>&1 || { \
	    echo "installing Debian's chromium (for the report test)"; \
	    SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

validate: $(STAMP)  ## check the ledger only
	$(BIN)/python -m loss_claims validate

# Read and re-run the notebooks in JupyterLab, with the project's environment as the kernel.
lab: $(STAMP)  ## JupyterLab on notebooks/ with the project's kernel
	$(BIN)/jupyter lab --ServerApp.root_dir=$(CURDIR) --LabApp.default_url=/lab/tree/notebooks \
	    $$([ "$$(id -u)" = 0 ] && echo --allow-root)

# Benchmarks (several minutes): ours vs a baseline measured in the same run, as ratios.
bench: $(STAMP)  ## benchmarks (several minutes): ours vs a baseline in the same run
	$(BIN)/python benchmarks/run.py

$(STAMP): requirements.txt pyproject.toml jupyter/overrides.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	mkdir -p $(VENV)/share/jupyter/lab/settings && cp jupyter/overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	touch $@

# Readable notebook diffs and merges in git (nbdime), for this clone only. The drivers are named by absolute path,
# so `git diff` works in a plain shell, with no environment activated; .gitattributes (committed) names the notebooks.
NBDIME := $(abspath $(BIN))
nbdime: $(STAMP)  ## configure git to diff and merge notebooks with nbdime (this clone)
	git config diff.jupyternotebook.command '"$(NBDIME)/git-nbdiffdriver" diff'
	git config merge.jupyternotebook.driver '"$(NBDIME)/git-nbmergedriver" merge %O %A %B %L %P'
	git config merge.jupyternotebook.name 'jupyter notebook merge driver'
	git config difftool.nbdime.cmd '"$(NBDIME)/git-nbdifftool" diff "$$LOCAL" "$$REMOTE" "$$BASE"'
	git config mergetool.nbdime.cmd '"$(NBDIME)/git-nbmergetool" merge "$$BASE" "$$LOCAL" "$$REMOTE" "$$MERGED"'
	@echo "git diff now shows a notebook's cells, not its JSON (git config --remove-section diff.jupyternotebook undoes it)"

# Regenerate requirements.txt from requirements.in with pip-tools (in its own .venv-tools; not part of run/test).
# Nothing of this machine goes in: no index URL, no find-links, no trusted host, no local path (tests check it).
requirements:  ## recompile requirements.txt from requirements.in (pip-tools)
	[ -x .venv-tools/bin/pip-compile ] || { $(PYTHON) -m venv .venv-tools && \
	    .venv-tools/bin/python -m pip install --quiet --disable-pip-version-check pip-tools==7.4.1; }
	.venv-tools/bin/pip-compile --quiet --strip-extras --allow-unsafe --no-header --no-emit-index-url \
	    --no-emit-find-links --no-emit-trusted-host --output-file requirements.txt requirements.in
	@! grep -nE '^\s*-|file://|^\s*/|\s/[a-z]' requirements.txt || { echo "requirements.txt names this machine: see above"; exit 1; }

clean:  ## remove the environment, run folders and the report
	rm -rf $(VENV) .venv-tools runs report .pytest_cache
