# The README's two commands: `make run` and `make test`. Both need only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots clean faults

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,postgres,encryption]"
	touch $(STAMP)

# Opens the app on the demo database (its own file; generated on first start).
run: $(STAMP)
	$(BIN)/python main.py --demo

# Lint, type-check, then the whole test suite (GUI tests run offscreen).
test: $(STAMP)
	$(BIN)/ruff check circlesoftrust ui tests benchmarks main.py
	$(BIN)/ruff format --check circlesoftrust ui tests benchmarks main.py
	$(BIN)/mypy circlesoftrust
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The fault harness in full (kill -9 sweeps, full disks, fuzzed imports, hostile input,
# two processes); `make test` runs its CI-sized subset (tests/faults/test_harness.py).
faults: $(STAMP)
	$(BIN)/python -m tests.faults

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run_all

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.shell.screenshots docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
