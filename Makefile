# Chronicle: `make run` sets everything up and serves on http://127.0.0.1:8000/; `make test` tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000

.PHONY: setup vendor migrate demo run test lint benchmark clean

setup: $(VENV)/.installed vendor

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Chronicle needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[dev]"
	touch $@

# Front-end libraries come from the npm lockfile; nothing vendored by hand.
vendor:
	@if [ -f package-lock.json ]; then \
		if command -v npm >/dev/null 2>&1; then \
			npm ci --no-audit --no-fund --loglevel=error && sh scripts/vendor_static.sh; \
		else \
			echo "npm not found: the visual timeline will be missing (the list still works)"; \
		fi; \
	fi

migrate: setup
	$(BIN)/python manage.py migrate --no-input

demo: migrate
	$(BIN)/python manage.py load_demo

run: migrate
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py runserver $(HOST)

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run
	DEBUG=0 SECRET_KEY=ci-check-$$(date +%s)-a-long-random-enough-secret-key-value-xyz ALLOWED_HOSTS=chronicle.example \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

benchmark: setup
	$(BIN)/python benchmarks/extraction_speed.py

clean:
	rm -rf $(VENV) node_modules static/vendor staticfiles
