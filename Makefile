# The two commands: `make run` and `make test`. Both set up everything they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint system-deps clean package package-test screenshots

$(STAMP): pyproject.toml requirements.lock requirements-nodeps.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -r requirements-nodeps.lock
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

system-deps:
	@bash packaging/install-system-deps.sh

run: system-deps $(STAMP)
	$(BIN)/annotator open resources/demo

# Tests and benchmarks run with a private JACK dummy server as the audio device (stopped afterwards).
test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen bash packaging/with-test-audio.sh $(BIN)/python -m pytest

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen bash packaging/with-test-audio.sh $(BIN)/python -m benchmarks

# The one-folder app in dist/annotator/ (about a minute on 2 cores, ~320 MB), with its launcher installer beside it.
package: system-deps $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/annotator.spec
	cp packaging/install-desktop.sh packaging/annotator.desktop packaging/annotator-package.xml dist/annotator/
	dist/annotator/annotator --version

# Builds the app, then runs the built app's --self-test and its CLI (tests/e2e/test_frozen_app.py).
package-test: system-deps package
	ANNOTATOR_PACKAGE_TEST=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:randomly tests/e2e/test_frozen_app.py

# Every screenshot in docs/ and the README, taken again in real X windows under Xvfb (each test copies its PNG).
screenshots: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:randomly tests/e2e

lint: $(STAMP)
	$(BIN)/ruff check annotator tests benchmarks tools
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .bench
