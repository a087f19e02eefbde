# Pantau: `make run` to try it, `make test` to check it. See README.md.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements/dev.txt pyproject.toml | cksum | cut -d' ' -f1)
DEV_ENV := DEBUG=true

.PHONY: install run demo migrate test test-sqlite test-postgres lint typecheck bench bench-quick messages clean

$(STAMP): requirements/dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check -q -r requirements/dev.txt
	$(BIN)/pip install --disable-pip-version-check -q --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput

demo: migrate
	$(DEV_ENV) $(BIN)/python manage.py load_demo

run: demo  # the server and the background-task worker (rakor pack); Ctrl-C stops both
	$(DEV_ENV) $(BIN)/python scripts/dev_server.py

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src/pantau/scoring

typecheck: install
	DEBUG=true $(BIN)/mypy src/pantau

# TESTS narrows a run to files or folders: make test-sqlite TESTS=tests/performance/reporting
TESTS ?=

test-sqlite: install
	$(BIN)/python -m pytest -p no:cacheprovider -n 2 --dist loadfile $(TESTS)

test-postgres: install
	$(BIN)/python scripts/with_postgres.py $(BIN)/python -m pytest -p no:cacheprovider -n 2 --dist loadfile -m "not browser" $(TESTS)

test: lint typecheck test-sqlite test-postgres

bench: install
	$(BIN)/python -m bench.run

bench-quick: install
	$(BIN)/python -m bench.run --quick

messages: install
	cd src/pantau && DEBUG=true DJANGO_SETTINGS_MODULE=pantau.settings ../../$(BIN)/django-admin makemessages \
		-l en --no-obsolete --add-location file
	$(BIN)/python scripts/compile_messages.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
