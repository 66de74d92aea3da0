# The two README commands: `make run` and `make test`. Both create .venv and install what they need.
SHELL := /bin/bash
# Debian's python3 is readable by every uid; pyenv's (under a 0700 /root) is not, and session uids must run it.
PYTHON ?= $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || command -v python3)
PORT ?= 7860

# Session uids (and uid 1000 in the shared-mode tests) must reach the venv and the package. A checkout inside a
# 0700 directory (a fresh clone under /root) is out of their reach: then the venv lives in /opt (linked as .venv),
# is always entered by its real path (script shebangs included), and the package is installed as a copy.
REACHABLE := $(shell $(PYTHON) -c 'import os, sys, pathlib; p = pathlib.Path.cwd().resolve(); \
  sys.exit(0 if all(os.stat(d).st_mode & 1 for d in [p, *p.parents]) else 1)' && echo yes)
ifeq ($(REACHABLE),yes)
  VENV_DIR := $(CURDIR)/.venv
  INSTALL := -e
else
  VENV_DIR := /opt/notebook-agent/venv-$(shell echo -n "$(CURDIR)" | md5sum | cut -c1-12)
  INSTALL :=
endif
BIN := $(VENV_DIR)/bin
STAMP := $(VENV_DIR)/.installed

.PHONY: run test test-fast lint bench clean package

$(STAMP): pyproject.toml
	@if [ "$(VENV_DIR)" != "$(CURDIR)/.venv" ]; then \
	  echo "checkout not readable by other uids: venv in $(VENV_DIR)"; \
	  mkdir -p $(dir $(VENV_DIR)) && chmod 755 $(dir $(VENV_DIR)) && ln -sfn $(VENV_DIR) .venv; fi
	@if [ ! -x $(BIN)/python ]; then $(PYTHON) -m venv $(VENV_DIR); fi
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q $(INSTALL) '.[dev]'
	touch $(STAMP)

# A copied (non-editable) install must be refreshed from the working tree before every run.
package: $(STAMP)
	@if [ -z "$(INSTALL)" ]; then $(BIN)/python -m pip install -q --no-deps --no-build-isolation --force-reinstall .; fi

run: package
	$(BIN)/python app.py --port $(PORT)

# CI runs `make test`: the lint (ruff, and mypy strict on notebook_agent/) comes first.
# Three workers, a test module per worker at a time (module fixtures — apps, browsers, servers — start once): the
# suite waits on kernels, servers and browsers more than it computes (14 min of CPU in 13 min on two workers).
# Four were faster (556 s against 617 s on one fresh clone) but two of three such runs had a timing test fail.
# Modules are handed out longest first (tests/conftest.py LONGEST_FIRST); xdist would otherwise hand out the
# modules with the most tests first, and the few-test, minute-long ones (replicas, deploy) ran alone at the end.
# The slowest tests are listed at the end, so that a log shows where the time goes.
test: lint package
	$(BIN)/python -m pytest -q -n 3 --dist loadfile --no-loadscope-reorder --durations=15

# The tests that need no kernel, browser or app process (marked `fast` in tests/conftest.py): about two minutes.
test-fast: package
	$(BIN)/ruff check notebook_agent tests app.py benchmarks
	$(BIN)/python -m pytest -q -m fast -n 2 --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check notebook_agent tests app.py benchmarks
	$(BIN)/ruff format --check notebook_agent tests app.py benchmarks
	$(BIN)/mypy

bench: package
	$(BIN)/python -m benchmarks

clean:
	rm -rf .venv $(VENV_DIR) .pytest_cache .ruff_cache
