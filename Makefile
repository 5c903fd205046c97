# Claim extraction for German political news. `make extract` and `make test` set themselves up.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    := data/processed
SHARED ?= ../shared

.PHONY: extract test evaluate robustness bench model evaluate-model clean help

help:
	@echo "make extract   set up .venv, run all stages on seeds/ → $(OUT)/"
	@echo "make test      set up .venv, run the test suite"
	@echo "make robustness  the soak: $(SHARED)/corpora/gnad plus 50 bad files, 1 process, --jobs 2 and Dask"
	@echo "make evaluate  quotes (needs $(SHARED)/corpora/quotes-de) and claims (data/gold) evaluation"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The extractor itself skips documents whose content hash is unchanged and says so.
extract: $(STAMP)
	$(PY) -m pipeline extract seeds --out $(OUT) --no-progress
	@$(MAKE) --no-print-directory $(OUT)/report.html

# Rebuilt only when extract rewrote the tables.
$(OUT)/report.html: $(OUT)/claims.csv $(OUT)/documents.csv $(OUT)/entities.csv
	$(PY) -m pipeline report $(OUT)

# Outputs for analysts (claims.xlsx, Parquet, GraphML networks, DNA statements, report.html) from $(OUT)/.
.PHONY: report
report: $(STAMP)
	$(PY) -m pipeline report $(OUT)

test: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

# The soak: the 1,028 gnad articles plus 50 generated bad files, in one process, with --jobs 2 and on
# Dask; prints its figures (skipped when $(SHARED)/corpora/gnad is missing).
robustness: $(STAMP)
	CLAIMS_SHARED=$(SHARED) $(PY) -m pytest -q -s -m slow -p no:logging

evaluate: $(STAMP)
	$(PY) -m pipeline evaluate --shared $(SHARED) --out data/evaluation

# Speed and memory on the 1,028 GNAD articles (a few minutes); one row appended to data/bench/bench.csv.
# BENCH_ARGS passes options (default --jobs 2, both cores), e.g. make bench BENCH_ARGS='--limit 200 --jobs 1'.
BENCH_ARGS ?= --jobs 2
bench: $(STAMP)
	$(PY) -m pipeline bench --corpus $(SHARED)/corpora/gnad $(BENCH_ARGS)

# Retrain the bundled German model from $(SHARED)/training (about 20-30 minutes on 2 cores).
model: $(STAMP)
	CLAIMS_SHARED=$(SHARED) PYTHON=$(abspath $(PY)) bash training/train.sh

# Held-out scores of the bundled model (needs the data that `make model` copies in).
evaluate-model: $(STAMP)
	@test -d training/corpus || CLAIMS_SHARED=$(SHARED) $(PY) training/prepare.py
	$(PY) training/evaluate_model.py pipeline/models/de_news --out training/model_scores.md

clean:
	rm -rf $(OUT) data/evaluation
