#!/usr/bin/env bash
# A cheaper parser for the bundled model (issue 14), single process, one BLAS thread, the config's seed.
#   bash training/train_parser.sh                   # about 15 min on 2 CPU cores
#   QUICK=1 bash training/train_parser.sh           # smoke test (a few steps)
#   TEACHER=/path/de_news BASE=/path/de_news MODEL_OUT=/tmp/de_news bash training/train_parser.sh
# TEACHER: the pipeline whose parses the student learns (default: the bundled model, whose parser is
#          0.1.0's);
# BASE:    the pipeline whose tok2vec, tagger, morphologizer, lemmatizer and NER are kept unchanged
#          (default: the bundled model); the student listens to BASE's tok2vec;
# MODEL_OUT: where the result goes (default: training/output/de_news_parser_candidate).
# Steps: prepare (if needed) -> distil (teacher parses of 13.8k sentences + gold UD training part)
#        -> train the parser alone (configs/de_news_parser.cfg) -> assemble (meta.json) -> evaluate.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
TEACHER="${TEACHER:-pipeline/models/de_news}"
BASE="${BASE:-pipeline/models/de_news}"
OUT="${MODEL_OUT:-training/output/de_news_parser_candidate}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
OVR=(); LIMIT=()
if [[ "${QUICK:-0}" == "1" ]]; then
  OVR=(--training.max_steps 20 --training.eval_frequency 10); LIMIT=(--limit 300)
fi
mkdir -p training/logs training/output
[[ -f training/corpus/ud_train.spacy ]] || "$PY" training/prepare.py 2>&1 | tee training/logs/prepare.log
echo "== distil (teacher: $TEACHER)"
"$PY" training/distil_parser.py --teacher "$TEACHER" "${LIMIT[@]}" 2>&1 | tee training/logs/distil_parser.log
echo "== train parser (base: $BASE)"
"$PY" -m spacy train configs/de_news_parser.cfg --output training/output/parser --paths.base "$BASE" \
    "${OVR[@]}" 2>&1 | tee training/logs/train_parser.log
echo "== assemble + evaluate"
ASSEMBLE=("$PY" training/assemble_student.py training/output/parser/model-best --component parser
          --base-meta "$BASE/meta.json" --output "$OUT")
"${ASSEMBLE[@]}"
"$PY" training/evaluate_model.py "$OUT" --out "$OUT/model_scores.md" --json training/output/parser_scores.json
"${ASSEMBLE[@]}" --scores training/output/parser_scores.json
du -sh "$OUT"
