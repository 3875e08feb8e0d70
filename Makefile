# tvmq developer entry points. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.tvmq-installed

.PHONY: demo test test-fast lint bench clean install

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/tvmq demo

test: $(STAMP)
	$(PY) -m pytest -q -ra

test-fast: $(STAMP)
	$(PY) -m pytest -q -ra -m "not slow and not rpc and not board"

lint: $(STAMP)
	$(PY) -m ruff check tvmq tests benchmarks tutorials

bench: $(STAMP)
	$(PY) benchmarks/bench_models.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
