# Two commands set everything up on a fresh machine with only python3: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test test-fast test-sqlite test-postgresql liveness lint bench screenshot clean

# tools/ensure_venv.sh: installs Debian's python3-venv when it is missing (as root), else says how
$(PY):
	sh tools/ensure_venv.sh $(PYTHON) $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP) $@

# tools/check_qt_libs.py: the system libraries Qt needs (installed as root with apt-get, else one line saying how)
run: $(STAMP)
	$(PY) tools/check_qt_libs.py --window --install
	$(PY) main.py

# pytest-xdist workers (pytest -n): each worker that runs PostgreSQL tests starts its own throwaway cluster
JOBS ?= 2

test: $(DEV_STAMP)
	$(PY) tools/check_qt_libs.py --install
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(JOBS)

test-fast: $(DEV_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(JOBS) -m "not slow"

# the tests that run on both databases, on one of them (PostgreSQL ones start a throwaway server: tests/pg.py)
test-sqlite: $(DEV_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(JOBS) -m "sqlite and not postgresql"

test-postgresql: $(DEV_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(JOBS) -m postgresql

# hang detectors: awkward generated corpora imported and rendered under a watchdog (part of `make test` too)
liveness: $(DEV_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow tests/liveness

lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check sofa_desktop tests benchmarks tools main.py
	$(VENV)/bin/lint-imports

bench: $(DEV_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench.py

screenshot: $(STAMP)
	rm -f .screenshot.sqlite*
	$(PY) -m sofa_desktop --db sqlite:///$(CURDIR)/.screenshot.sqlite import seeds tests/data/articles
	QT_QPA_PLATFORM=offscreen $(PY) -m sofa_desktop --db sqlite:///$(CURDIR)/.screenshot.sqlite gui --screenshot resources/screenshot.png
	rm -f .screenshot.sqlite*

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
