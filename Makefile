# Two commands set everything up: `make run` and `make test`. `make help` lists the rest.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.9
PORT ?= 8000
PROJECT_APPS := charity programs diseases partners
export UV_PROJECT_ENVIRONMENT := $(VENV)

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-22s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

install: $(UV) ## Install the locked dependencies into .venv
	$(UV) sync --frozen --inexact --quiet

run: export DEBUG := $(or $(DEBUG),1)
run: export WAGTAILADMIN_BASE_URL := $(or $(WAGTAILADMIN_BASE_URL),http://127.0.0.1:$(PORT))
run: install ## Run the site with demo content on http://127.0.0.1:$PORT
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content --if-empty
	$(PY) manage.py ensure_local_admin
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install ## Run the whole test suite (DATABASE_URL when set, SQLite otherwise)
	$(PY) -m pytest $(PYTEST_ARGS)

serve: install ## Run the production server (DEBUG off, gunicorn, whitenoise) on $PORT
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) manage.py migrate --noinput
	$(PY) manage.py purge_caches --if-code-changed
	# With Redis, the stale-page renderer runs beside the web workers and stops with them.
	if [ -n "$$REDIS_URL" ]; then $(PY) manage.py render_stale_pages & fi; \
	trap 'kill $$(jobs -p) 2>/dev/null' EXIT; \
	$(VENV)/bin/gunicorn charity.wsgi --bind 127.0.0.1:$(PORT) --workers $${WEB_CONCURRENCY:-2} --access-logfile -

bench: install ## Seed a big site in a fresh database; print queries, render time, req/s cold and warm (BASELINE=<commit> side by side)
	$(PY) scripts/bench.py $(if $(BASELINE),--baseline $(BASELINE)) $(BENCH_ARGS)

screenshots: install ## Full-page screenshots of the main pages, French and English, 375 and 1280 px, into screenshots/
	$(PY) scripts/screenshots.py $(SCREENSHOTS_ARGS)

scaleout-test: install ## Two app servers on one database and one Redis: a publish on one is seen on the other
	$(PY) scripts/scaleout_test.py

nginx-test: install ## deploy/nginx.conf in front of the production server: headers, blocked media, upload cap, client IP
	$(PY) scripts/nginx_test.py

loadtest: install ## Load the production server on a PostgreSQL of its own, then restart it mid-run (LOADTEST_SECONDS=60)
	$(PY) scripts/loadtest.py

lint: install ## ruff check, ruff format --check and djhtml --check (templates' indentation)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates/

format: install ## Fix what ruff can fix
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: install ## Gather the code's messages into locale/fr (translate what it adds), compile the catalogues
	DEBUG=1 $(PY) manage.py makemessages --locale fr --no-obsolete
	DEBUG=1 $(PY) manage.py compilemessages --locale fr --ignore=.venv

migrations-check: install ## Fail when a model change has no migration
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

migrations-reversible: install ## Take each app's migrations to zero and forward again on a scratch database
	@set -e; url="$(SCRATCH_DATABASE_URL)"; \
	if [ -z "$$url" ]; then dir=$$(mktemp -d); trap 'rm -rf "$$dir"' EXIT; url="sqlite:///$$dir/scratch.sqlite3"; fi; \
	export DEBUG=1 DATABASE_URL="$$url"; \
	$(PY) manage.py migrate --noinput --skip-checks -v0; \
	for app in $(PROJECT_APPS); do \
		echo "$$app: migrate to zero, then forward again"; \
		$(PY) manage.py migrate $$app zero --noinput --skip-checks -v0; \
		$(PY) manage.py migrate --noinput --skip-checks -v0; \
	done

backup: install ## Back up the database and media into one archive (FILE=... to name it)
	$(PY) manage.py backup_site $(if $(FILE),--output $(FILE))

restore: install ## Restore a backup into the configured database and MEDIA_ROOT: make restore FILE=...
	@test -n "$(FILE)" || { echo "usage: make restore FILE=site-backup-YYYYMMDD-HHMMSS.tar" >&2; exit 2; }
	$(PY) manage.py restore_site $(FILE)

audit: install ## Fail when a locked dependency has a known vulnerability (needs the vulnerability feed)
	@$(PY) .ci/vulnerability_feed.py || { echo "make audit: cannot check, the vulnerability feed is unreachable" >&2; exit 2; }
	set -o pipefail; $(UV) export --frozen --no-emit-project --format requirements-txt --quiet \
		| $(VENV)/bin/pip-audit --requirement /dev/stdin --require-hashes --disable-pip --strict --progress-spinner off

.PHONY: help install run test serve bench screenshots scaleout-test nginx-test loadtest lint format messages migrations-check migrations-reversible audit backup restore
