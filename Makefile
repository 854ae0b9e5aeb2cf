# The bilingual MSA pattern guide. `make serve` and `make test` are all a new contributor needs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

AXE := node_modules/axe-core/axe.min.js
RUNTIME_STAMP := $(VENV)/.installed-runtime
TEST_STAMP := $(VENV)/.installed-test
PDF_STAMP := $(VENV)/.installed-pdf

.PHONY: help serve build test lint typecheck jstest pytest pdf bench clean system-deps new-pattern parity staleness prose dist

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNTIME_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $@ $(RUNTIME_STAMP)

serve: $(RUNTIME_STAMP) ## Build and serve both languages at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dirty --no-strict --livereload --dev-addr 127.0.0.1:8000

build: $(RUNTIME_STAMP) ## Strict build of both languages into site/
	$(BIN)/mkdocs build --strict --clean

$(PDF_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[pdf]"
	touch $@

pdf: build $(PDF_STAMP) ## Build the site, then site/msa-guide-ko.pdf and site/en/msa-guide-en.pdf (WeasyPrint)
	$(BIN)/python -m msa_guide.pdf --strict --site site --lang ko --out site/msa-guide-ko.pdf
	$(BIN)/python -m msa_guide.pdf --strict --site site --lang en --out site/en/msa-guide-en.pdf

system-deps: ## Make sure Debian Chromium and the CJK fonts the browser tests need are installed
	@scripts/ensure-system-deps.sh

$(AXE): package.json package-lock.json | system-deps
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: $(TEST_STAMP)
	$(BIN)/mypy --strict src

jstest: ## Unit tests of the site's JavaScript (simulations, search, pattern map) and a check that the simulation figures are up to date (Node)
	@command -v node >/dev/null || { echo "jstest needs Node.js: sudo apt-get install nodejs"; exit 1; }
	node --test tests/js/
	node scripts/simulation-figures.mjs --check

# Four workers on two cores: much of the suite waits on Chromium (animations, page loads) rather than computing, so
# two workers left the cores half idle. Each test file stays on one worker so that module fixtures (fixture sites)
# are built once; files are handed out in the order tests/conftest.py sets (longest first, `--no-loadscope-reorder`
# keeps it). The real site is built once per run and shared (tests/conftest.py); the books are printed in the
# background as soon as it exists (tests/books.py). stdin is /dev/null: with an inherited pipe as stdin the workers
# were seen waiting forever at start-up.
PYTEST_WORKERS ?= 4
pytest: $(TEST_STAMP) system-deps $(AXE)
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder --durations=15 </dev/null

test: lint typecheck jstest pytest ## Run every check: ruff, mypy --strict, the Node unit tests and pytest (unit, build, browser)

bench: $(TEST_STAMP) ## Time the build and print the benchmark table
	$(BIN)/python scripts/bench.py

# A release: every build below refuses a site_url on localhost (set MSA_GUIDE_SITE_URL).
dist: export MSA_GUIDE_RELEASE := true
dist: pdf ## Versioned archive of the site and both PDFs, and the offline bundle, in dist/ (needs MSA_GUIDE_SITE_URL)
	$(BIN)/python scripts/dist.py

new-pattern: $(RUNTIME_STAMP) ## Scaffold a pattern: make new-pattern ID=rate-limiter TYPE=platform-patterns
	@test -n "$(ID)" -a -n "$(TYPE)" || { echo "usage: make new-pattern ID=<kebab-case-id> TYPE=<pattern type>"; exit 2; }
	$(BIN)/python -m msa_guide.authoring new-pattern "$(ID)" "$(TYPE)"

parity: $(RUNTIME_STAMP) ## Report page pairs whose Korean and English versions disagree
	$(BIN)/python -m msa_guide.authoring parity

staleness: $(RUNTIME_STAMP) ## Warn about pages whose translation changed later in git
	$(BIN)/python -m msa_guide.authoring staleness

prose: $(RUNTIME_STAMP) ## Check vocabulary, US spelling, the running example, trade-offs tables and captions (FILES=... for some)
	$(BIN)/python -m msa_guide.authoring check-prose $(FILES)

clean: ## Remove the virtual environment, the built site and test artefacts
	rm -rf $(VENV) site .pytest_cache .mypy_cache .ruff_cache test-artifacts build *.egg-info src/*.egg-info
