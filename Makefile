# The README's two commands: `make run` and `make test`. Both need only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-core lint bench screenshots clean faults catalogues translations bundle bundle-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[app,test,gui-test,postgres,encryption]"
	touch $(STAMP)

# Opens the app on the demo database (its own file; generated on first start).
run: $(STAMP) catalogues
	$(BIN)/python main.py --demo

# Lint, type-check, then the whole test suite (GUI tests run offscreen). The core's tests and
# the window's run in two processes: a Qt application keeps what GUI tests leave behind (its
# timers fire whenever events are processed), which made the core's tests after them 10-30x
# slower, and CI ran out of time. Both runs go on even if the first fails; make fails if either did.
test: $(STAMP) catalogues
	$(BIN)/ruff check circlesoftrust ui tests benchmarks main.py
	$(BIN)/ruff format --check circlesoftrust ui tests benchmarks main.py
	$(BIN)/mypy circlesoftrust ui
	$(BIN)/lint-imports
	core=0; QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --ignore=tests/gui || core=$$?; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/gui && exit $$core

# Translations (issue 14). In git: the sources, circlesoftrust/locale/*/LC_MESSAGES/*.po (the
# core's texts, gettext via Babel) and ui/translations/*.ts (the window's, Qt Linguist). Built
# here, never committed: their .mo and .qm (the app compiles a missing one itself on first use).
PO := $(wildcard circlesoftrust/locale/*/LC_MESSAGES/circlesoftrust.po)
TS := $(wildcard ui/translations/circlesoftrust_*.ts)
catalogues: $(PO:.po=.mo) $(TS:.ts=.qm)
# (Babel's reader and writer; not `pybabel compile`, whose printf-format check misreads the
# brace-format texts: "80% of" looks like "%o" to it. tests/unit/test_catalogues.py checks
# the {placeholders} instead.)
%.mo: %.po $(STAMP)
	$(BIN)/python -m circlesoftrust.i18n $< $@
%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing texts: re-read them from the code into every catalogue (then translate the
# new entries: tests/unit/test_catalogues.py and tests/gui/test_language.py fail until done).
# (ui/ modules that print before Qt starts use the core's catalogue: the app's command line)
CORE_TEXTS_IN_UI := ui/shell/app.py ui/shell/qt_libraries.py
translations: $(STAMP)
	$(BIN)/pybabel -q extract -F babel.cfg --no-location --sort-output \
		-o circlesoftrust/locale/circlesoftrust.pot circlesoftrust $(CORE_TEXTS_IN_UI)
	$(BIN)/pybabel -q update --no-fuzzy-matching --ignore-obsolete \
		-i circlesoftrust/locale/circlesoftrust.pot -d circlesoftrust/locale -D circlesoftrust
	rm circlesoftrust/locale/circlesoftrust.pot
	$(BIN)/pyside6-lupdate -silent -extensions py -locations none -no-obsolete ui -ts $(TS)

# The fault harness in full (kill -9 sweeps, full disks, fuzzed imports, hostile input,
# two processes); `make test` runs its CI-sized subset (tests/faults/test_harness.py).
faults: $(STAMP)
	$(BIN)/python -m tests.faults

# The core's tests in a venv WITHOUT Qt (only the core's dependencies and the test tools):
# proves circlesoftrust/ and tests/ (outside tests/gui) need no PySide6. CI runs it too.
CORE_VENV ?= .venv-core
test-core:
	$(PYTHON) -m venv $(CORE_VENV)
	$(CORE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(CORE_VENV)/bin/python -m pip install --quiet -e ".[test,postgres,encryption]"
	@if $(CORE_VENV)/bin/python -c "import PySide6" 2>/dev/null; then \
		echo "test-core: PySide6 is installed in $(CORE_VENV); the core must not need it" >&2; exit 1; fi
	$(CORE_VENV)/bin/lint-imports
	$(CORE_VENV)/bin/python -m pytest -q -p no:cacheprovider --ignore=tests/gui

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run_all

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.shell.screenshots docs/screenshots

# --- installing (issue 14, point 5) -----------------------------------------------------------
# A one-folder bundle of the desktop app with PyInstaller: dist/circlesoftrust-app/, started as
# dist/circlesoftrust-app/circlesoftrust-app. Takes minutes, so not in `make test`; CI runs
# `make bundle-test` (builds it, then starts it offscreen: tests/bundle/bundle_check.py).
bundle: $(STAMP) catalogues
	$(BIN)/python -m pip install --quiet -e ".[bundle]"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/circlesoftrust-app.spec

bundle-test: bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/bundle/bundle_check.py

clean:
	rm -rf $(VENV) .venv-core .pytest_cache .mypy_cache .ruff_cache .import_linter_cache build dist
