# SiapEkspor — two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SIAPEKSPOR := $(BIN)/siapekspor
PYTEST_ARGS ?=

.PHONY: run dev test venv system-deps node-deps messages migrate demo lint format bench ci clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# Debian packages for browser tests (chromium) and PDF fonts (Latin, Arabic, Chinese and
# Japanese certificates and reports), when we are allowed to install.
system-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans Arabic" \
	    || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
	    || ! ldconfig -p 2>/dev/null | grep -q "libharfbuzz-subset.so.0"; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing chromium, Noto fonts and HarfBuzz-subset (WeasyPrint) with apt-get…"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk libharfbuzz-subset0) >/dev/null 2>&1 \
	      || echo "warning: apt-get could not install chromium/fonts; browser tests will be skipped"; \
	  else echo "note: chromium not installed (not root); browser tests will be skipped"; fi; \
	fi

# Test-only JavaScript tools (axe-core for the accessibility check of the browser tests), pinned
# in package.json / package-lock.json; skipped when npm is missing (those tests then fail).
node-deps:
	@if command -v npm >/dev/null 2>&1; then \
	  if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	    npm ci --no-audit --no-fund --silent; fi; \
	else echo "note: npm not installed; the accessibility check of the browser tests cannot run"; fi

messages: $(STAMP)
	$(SIAPEKSPOR) compilemessages --ignore .venv --ignore var -v0

migrate: $(STAMP) messages
	$(SIAPEKSPOR) migrate --no-input -v0

demo: migrate
	$(SIAPEKSPOR) load-reference
	$(SIAPEKSPOR) seed-demo --if-empty --demo-users
	$(SIAPEKSPOR) load-readiness
	$(SIAPEKSPOR) load-modules
	$(SIAPEKSPOR) load-requirements
	$(SIAPEKSPOR) seed-shipments-demo --if-empty
	$(SIAPEKSPOR) seed-training-demo --if-empty
	$(SIAPEKSPOR) seed-forum-demo --if-empty
	$(SIAPEKSPOR) trade synthetic --size demo --if-empty
	$(SIAPEKSPOR) rebuild-indicators --if-stale

# The production server (gunicorn, static files collected into var/ and served by WhiteNoise,
# DEBUG off) and, beside it, the background worker; Ctrl-C stops both. The embedded mode
# (no DATABASE_URL) generates its secrets into var/ and serves plain http on 127.0.0.1.
run: demo
	@$(SIAPEKSPOR) collectstatic --no-input -v0
	@$(SIAPEKSPOR) demo-logins
	@echo "SiapEkspor: http://127.0.0.1:8000  (background worker started; Ctrl-C stops both)"
	@$(SIAPEKSPOR) worker & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	  $(SIAPEKSPOR) serve --bind 127.0.0.1:8000

# Development: the autoreloading server with debug pages, and the worker (which never reloads:
# restart it after changing a task).
dev: demo
	@echo "SiapEkspor (development): http://127.0.0.1:8000"
	@SIAPEKSPOR_DEBUG=1 $(SIAPEKSPOR) worker & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	  SIAPEKSPOR_DEBUG=1 $(SIAPEKSPOR) runserver 127.0.0.1:8000

# The tests run the embedded mode (generated secrets, plain http) whatever the database.
test: export SIAPEKSPOR_EMBEDDED ?= 1
test: $(STAMP) system-deps messages node-deps
	$(SIAPEKSPOR) makemigrations --check --dry-run -v0
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -n 2 --dist loadfile -q $(PYTEST_ARGS); rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	for f in benchmarks/*_bench.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf var/test-*
