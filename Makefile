# The two README commands: `make run` and `make test`. Both create .venv and install what they need.
SHELL := /bin/bash
# Debian's python3 is readable by every uid; pyenv's (under a 0700 /root) is not, and session uids must run it.
PYTHON ?= $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 7860

.PHONY: run test lint bench clean

# Exit 0 when every directory from / down to the checkout lets other uids through (mode o+x).
export REACHABLE := import os, sys, pathlib; p = pathlib.Path.cwd().resolve(); \
  sys.exit(0 if all(os.stat(d).st_mode & 1 for d in [p, *p.parents]) else 1)

$(STAMP): pyproject.toml
	@# A checkout inside a 0700 directory (e.g. /root) is unreachable for session uids: keep the venv outside it.
	@if [ ! -e $(VENV) ]; then \
	  if [ "$$(id -u)" = 0 ] && ! $(PYTHON) -c "$$REACHABLE"; then \
	    dir=/opt/notebook-agent/venv-$$(echo -n "$(CURDIR)" | md5sum | cut -c1-12); \
	    echo "checkout is not readable by other uids: venv in $$dir"; \
	    mkdir -p /opt/notebook-agent && chmod 755 /opt/notebook-agent && rm -rf $$dir && $(PYTHON) -m venv $$dir && ln -s $$dir $(VENV); \
	  else $(PYTHON) -m venv $(VENV); fi; \
	fi
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python app.py --port $(PORT)

test: $(STAMP)
	$(BIN)/ruff check notebook_agent tests app.py benchmarks
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check notebook_agent tests app.py benchmarks
	$(BIN)/ruff format --check notebook_agent tests app.py benchmarks

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
