# Claim extraction for German political news. `make extract` and `make test` set themselves up.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OUT    := data/processed
SHARED ?= ../shared

.PHONY: help extract report test robustness evaluate bench model model-ner model-parser evaluate-model knowledge compare clean

help:
	@echo "make extract         set up .venv, run all stages on seeds/ → $(OUT)/, apply corrections.csv, analyst outputs"
	@echo "make report          the analyst outputs again (workbook, Parquet, networks, DNA, trends, claim groups, report.html)"
	@echo "make test            set up .venv, run the test suite"
	@echo "make robustness      the soak: $(SHARED)/corpora/gnad plus 50 bad files, 1 process, --jobs 2 and Dask"
	@echo "make evaluate        claims on real news ($(SHARED)/gold/gnad-dev), the seeds and own texts; precision and recall audits (data/audits); quotes (quotes-de)"
	@echo "                     REVIEWED=$(OUT): also the claims reviewed in that folder's corrections.csv as gold"
	@echo "make knowledge       rebuild data/lexicons/knowledge/ from $(SHARED)/knowledge and data/knowledge/"
	@echo "make bench           speed and memory on $(SHARED)/corpora/gnad (BENCH_ARGS='--limit 200 --jobs 1')"
	@echo "make model           train a candidate German model from $(SHARED)/training into MODEL_OUT"
	@echo "make model-ner       train a cheaper NER for the bundled model into NER_OUT"
	@echo "make model-parser    train a cheaper parser for the bundled model into PARSER_OUT"
	@echo "make evaluate-model  held-out scores of the bundled model"
	@echo "make compare         BASE=REV: every table of extract on seeds and $(SHARED)/corpora/gnad, REV vs. working tree"
	@echo "make clean           remove $(OUT) and data/evaluation"
	@echo "make help            this list"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The extractor skips documents whose content hash is unchanged, applies $(OUT)/corrections.csv and
# rebuilds the analyst outputs only when the tables or corrections changed; it says so.
extract: $(STAMP)
	$(PY) -m pipeline extract seeds --out $(OUT) --no-progress

# Outputs for analysts (claims.xlsx, Parquet, GraphML networks, DNA, trends, claim groups, report.html) from $(OUT)/.
report: $(STAMP)
	$(PY) -m pipeline report $(OUT)

test: $(STAMP)
	$(PY) -m pytest -q -m "not slow"

# The soak: the 1,028 gnad articles plus 50 generated bad files, in one process, with --jobs 2 and on
# Dask; prints its figures (skipped when $(SHARED)/corpora/gnad is missing).
robustness: $(STAMP)
	CLAIMS_SHARED=$(SHARED) $(PY) -m pytest -q -s -m slow -p no:logging

# REVIEWED=DIR (or 'DIR1 DIR2'): the reviewed claims of those output folders (their corrections.csv)
# are one more gold set each, e.g. make evaluate REVIEWED=data/processed
REVIEWED ?=
evaluate: $(STAMP)
	$(PY) -m pipeline evaluate --shared $(SHARED) --out data/evaluation $(foreach dir,$(REVIEWED),--reviewed $(dir))

# Speed and memory on the 1,028 GNAD articles (a few minutes); one row appended to data/bench/bench.csv.
# BENCH_ARGS passes options (default --jobs 2, both cores), e.g. make bench BENCH_ARGS='--limit 200 --jobs 1'.
BENCH_ARGS ?= --jobs 2
bench: $(STAMP)
	$(PY) -m pipeline bench --corpus $(SHARED)/corpora/gnad $(BENCH_ARGS)

# Train the German model from $(SHARED)/training (about 45 minutes on 2 cores) into MODEL_OUT.
# Needs the training-only extra (HanTa, LGPL-3.0) for the silver annotation. The result is a
# candidate: it replaces the bundled model (MODEL_OUT=pipeline/models/de_news) only when
# `make evaluate` shows it better; today's candidate is not (training/README_training.md).
MODEL_OUT ?= training/output/de_news_candidate
model: $(STAMP)
	$(PY) -c "import HanTa" 2>/dev/null || $(PY) -m pip install --quiet -e '.[train]'
	CLAIMS_SHARED=$(SHARED) PYTHON=$(abspath $(PY)) MODEL_OUT=$(MODEL_OUT) bash training/train.sh

# A cheaper NER for the bundled model (about 15 minutes on 2 cores; training/train_ner.sh): the
# model's other components stay as they are, the NER gets a small CNN of its own, distilled from
# TEACHER's NER, on top of the other components of NER_BASE (default: TEACHER). Writes a candidate
# to NER_OUT; the bundled model is replaced only when `make evaluate` and `make bench` show it no
# worse and faster (training/README_training.md; 0.1.1: TEACHER = 0.1.0 from the git history).
NER_OUT ?= training/output/de_news_ner_candidate
TEACHER ?= pipeline/models/de_news
NER_BASE ?= $(TEACHER)
model-ner: $(STAMP)
	CLAIMS_SHARED=$(SHARED) PYTHON=$(abspath $(PY)) MODEL_OUT=$(NER_OUT) TEACHER=$(TEACHER) BASE=$(NER_BASE) \
		bash training/train_ner.sh

# A cheaper parser for the bundled model (about 15 minutes on 2 cores; training/train_parser.sh): the
# other components stay as they are, the parser gets a smaller hidden layer, distilled from TEACHER's
# parser, on top of the other components of PARSER_BASE (default: TEACHER). Writes a candidate to
# PARSER_OUT, bundled only when `make evaluate` and `make bench` show it no worse and faster.
PARSER_OUT ?= training/output/de_news_parser_candidate
PARSER_BASE ?= $(TEACHER)
model-parser: $(STAMP)
	CLAIMS_SHARED=$(SHARED) PYTHON=$(abspath $(PY)) MODEL_OUT=$(PARSER_OUT) TEACHER=$(TEACHER) BASE=$(PARSER_BASE) \
		bash training/train_parser.sh

# Held-out scores of the bundled model (needs the data that `make model` copies in).
evaluate-model: $(STAMP)
	@test -d training/corpus || CLAIMS_SHARED=$(SHARED) $(PY) training/prepare.py
	$(PY) training/evaluate_model.py pipeline/models/de_news --out training/model_scores.md

# Rebuild the actor knowledge base (persons.csv, offices.csv in data/lexicons/knowledge/) from the
# CC0 Wikidata extract in $(SHARED)/knowledge and the hand-curated files in data/knowledge/.
knowledge: $(STAMP)
	$(PY) -m pipeline.knowledge_build --wikidata $(SHARED)/knowledge/actors_wikidata.csv

# A refactor changes no output: extract with the code of BASE and of the working tree, tables byte-compared.
BASE ?= HEAD
compare: $(STAMP)
	PY=$(abspath $(PY)) scripts/compare_outputs.sh $(BASE) seeds $(SHARED)/corpora/gnad

clean:
	rm -rf $(OUT) data/evaluation
