# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TS     := $(wildcard translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint check bench bundle translations update-translations clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(PY) -m app

lint: $(STAMP)
	$(PY) -m ruff check app tests benchmarks scripts
	$(PY) -m mypy
	$(PY) -m mypy --strict benchmarks
	$(VENV)/bin/lint-imports
	$(PY) -m app validate questionnaires/opsc
	$(PY) ../shared/tools/own_words.py || [ ! -d ../shared ]

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

$(VENV)/.bundle-installed: $(STAMP)
	$(PY) -m pip install --quiet -c constraints.txt -e ".[bundle]"
	touch $@

# The bundle, an empty PySide6 window bundled the same way (the floor of its size), the size check
# (prints each ratio with its target; fails when the bundle is bigger, unpacked or zipped), then the
# self-test run from the bundle, offscreen, in a temporary data folder, from another directory.
bundle: $(VENV)/.bundle-installed translations
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath build/floor-dist \
		--workpath build/floor bundle/floor.spec
	QT_QPA_PLATFORM=offscreen ./build/floor-dist/empty-window/empty-window --version
	$(PY) -m benchmarks.bench_bundle dist/opsc-assess build/floor-dist/empty-window
	./dist/opsc-assess/opsc-assess --version
	cd "$$(mktemp -d)" && QT_QPA_PLATFORM=offscreen $(CURDIR)/dist/opsc-assess/opsc-assess self-test

update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete $$(find app/ui -name '*.py') -ts $(TS)

clean:
	rm -rf $(VENV) build dist translations/*.qm
