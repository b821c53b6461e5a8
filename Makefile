# One command set for people and CI. `make help` lists the targets.
SHELL := /usr/bin/env bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
NATIVE := services/extractor/_native/manifest.json

.PHONY: help venv native system-deps lint schemas test demo stop bench clean distclean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

venv: $(STAMP) ## create .venv (python3.11) and install swaptally with its dev tools

# Reinstall only when pyproject.toml changes (the stamp is older than it).
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

native: $(NATIVE) ## compile the extractor rules with mypyc (about 2x faster; used only while they match the sources)

# The builder itself skips the work when the build's manifest already matches the sources.
$(NATIVE): $(STAMP) $(wildcard services/extractor/rules/*.py) services/extractor/native.py services/extractor/native_build.py
	$(BIN)/python -m services.extractor.native_build
	@touch $@

system-deps: ## install missing Debian packages (java, maven, chromium, prometheus, docker-compose)
	@deploy/scripts/install-system-packages.sh

lint: venv ## ruff + mypy (strict)
	$(BIN)/ruff check .
	$(BIN)/mypy

schemas: venv ## regenerate the committed JSON Schema files from the models
	$(BIN)/python -m schemas.generate

test: venv system-deps lint native ## lint, then the whole suite (the fixtures start and stop their own broker)
	$(BIN)/pytest

demo: venv system-deps native ## broker + worker + replay of the seeds, then print the tally and the page URL
	$(BIN)/swaptally demo

stop: ## stop the demo's workers and the broker
	@if [ -x $(BIN)/swaptally ]; then $(BIN)/swaptally demo --stop; else echo "nothing to stop (no .venv)"; fi

bench: venv system-deps native ## throughput, latency, recovery and memory against a private broker (< 10 min)
	$(BIN)/python -m bench.run_all

clean: stop ## remove caches and the local state (var/), keeping the downloaded Kafka jars
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist *.egg-info services/extractor/_native
	find . -path ./.venv -prune -o -name __pycache__ -type d -exec rm -rf {} +
	@if [ -d var ]; then find var -mindepth 1 -maxdepth 1 ! -name 'kafka-lib*' -exec rm -rf {} +; fi

distclean: clean ## clean, and also remove .venv and the Kafka jars
	rm -rf $(VENV) var
