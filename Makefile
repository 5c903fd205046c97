# Claim extraction for German political news. `make extract` and `make test` set themselves up.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    := data/processed
SHARED ?= ../shared

.PHONY: extract test evaluate bench model evaluate-model clean help

help:
	@echo "make extract   set up .venv, run all stages on seeds/ → $(OUT)/"
	@echo "make test      set up .venv, run the test suite"
	@echo "make evaluate  quotes (needs $(SHARED)/corpora/quotes-de) and claims (data/gold) evaluation"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The extractor itself skips documents whose content hash is unchanged and says so.
extract: $(STAMP)
	$(PY) -m pipeline extract seeds --out $(OUT) --no-progress

test: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

evaluate: $(STAMP)
	$(PY) -m pipeline evaluate --shared $(SHARED) --out data/evaluation

clean:
	rm -rf $(OUT) data/evaluation
