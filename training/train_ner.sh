#!/usr/bin/env bash
# A cheaper NER for the bundled model (issue 14), single process, one BLAS thread, the config's seed.
#   bash training/train_ner.sh                      # about 15 min on 2 CPU cores
#   QUICK=1 bash training/train_ner.sh              # smoke test (a few steps)
#   TEACHER=/path/de_news BASE=/path/de_news MODEL_OUT=/tmp/de_news bash training/train_ner.sh
# TEACHER: the pipeline whose entities the student learns (default: the bundled model; the bundled
#          0.1.1 was distilled from 0.1.0's NER: to rebuild it, TEACHER=BASE=0.1.0 from the git
#          history, see training/README_training.md);
# BASE:    the pipeline whose tok2vec, tagger, morphologizer, parser and lemmatizer are kept
#          unchanged (default: the bundled model);
# MODEL_OUT: where the result goes (default: training/output/de_news_ner_candidate).
# Steps: prepare (if needed) -> distil (teacher entities on 13.8k sentences + GermEval dev gold)
#        -> train the NER alone (configs/de_news_ner.cfg) -> assemble (meta.json) -> evaluate.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
TEACHER="${TEACHER:-pipeline/models/de_news}"
BASE="${BASE:-pipeline/models/de_news}"
OUT="${MODEL_OUT:-training/output/de_news_ner_candidate}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
OVR=(); LIMIT=()
if [[ "${QUICK:-0}" == "1" ]]; then
  OVR=(--training.max_steps 20 --training.eval_frequency 10); LIMIT=(--limit 300)
fi
mkdir -p training/logs training/output
[[ -f training/corpus/ner_train.spacy ]] || "$PY" training/prepare.py 2>&1 | tee training/logs/prepare.log
echo "== distil (teacher: $TEACHER)"
"$PY" training/distil_ner.py --teacher "$TEACHER" "${LIMIT[@]}" 2>&1 | tee training/logs/distil_ner.log
echo "== train NER (base: $BASE)"
"$PY" -m spacy train configs/de_news_ner.cfg --output training/output/ner --paths.base "$BASE" \
    "${OVR[@]}" 2>&1 | tee training/logs/train_ner.log
echo "== assemble + evaluate"
"$PY" training/assemble_student.py training/output/ner/model-best --component ner --base-meta "$BASE/meta.json" --output "$OUT"
"$PY" training/evaluate_model.py "$OUT" --out "$OUT/model_scores.md" --json training/output/ner_scores.json
"$PY" training/assemble_student.py training/output/ner/model-best --component ner --base-meta "$BASE/meta.json" --output "$OUT" --scores training/output/ner_scores.json
du -sh "$OUT"
