# Two commands do all the set-up on a fresh machine:
#   make run    install into .venv and start the app on the bundled data
#   make test   install into .venv (with test extras) and run the whole suite offscreen
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install data translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Installs again only when pyproject.toml changes, so that later runs need no network.
STAMP := $(VENV)/.installed

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/hengyang-explorer

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Rebuild geodata/hengyang.gpkg from geodata/sources/.
data: install
	$(BIN)/hengyang-explorer data build

# Update the .ts sources from the code (keeping existing translations), then build the .qm
# files the app loads. Translate new strings in the .ts files (e.g. with pyside6-linguist).
translations: install
	for lang in zh en; do \
	  $(BIN)/pyside6-lupdate -no-obsolete explorer/ui/*.py explorer/export/*.py \
	    -ts resources/translations/explorer_$$lang.ts && \
	  $(BIN)/pyside6-lrelease resources/translations/explorer_$$lang.ts \
	    -qm resources/translations/explorer_$$lang.qm; \
	done
