# Two commands do everything on a fresh machine:
#   make run    set up and open the app on the embedded SQLite database
#   make test   set up and run the whole test suite (PostgreSQL included), headless
# Also: make bench (benchmarks on the large demo dataset), make lint,
#       make package (one-folder app in dist/, PyInstaller) and make package-test (smoke-test it).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Debian packages the app and its tests need at run time: Qt's libraries (offscreen too),
# a PostgreSQL server for the PostgreSQL suite, poppler's pdftoppm for PDF pictures and
# zbarimg to check that printed QR codes scan.
DEBIAN_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
                   postgresql poppler-utils zbar-tools

.PHONY: run test bench lint package package-test system-deps clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

# Installs missing Debian packages when it can (root with apt-get, as in CI); otherwise it
# names what is missing and carries on (the PostgreSQL tests then skip with the reason).
system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing Debian packages (install them with apt-get):$$missing"; \
	  fi; \
	fi

run: $(STAMP) system-deps
	$(BIN)/makerspace-app

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

# The one-folder app (dist/makerspace-app/), built the same way on Linux, Windows and macOS.
package: $(STAMP) system-deps
	$(BIN)/python -m pip install --quiet -e ".[test,package]"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	    packaging/makerspace-app.spec

package-test: system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke_test.py

lint: $(STAMP)
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist
