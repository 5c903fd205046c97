#!/usr/bin/env bash
# Reproducible CPU training of pipeline/models/de_news (single process, fixed seed 42).
#   bash training/train.sh            # full run (about 45 min on 2 shared CPU cores)
#   QUICK=1 bash training/train.sh    # smoke test: a few steps of everything (~5 min)
#   PRETRAIN=1 bash training/train.sh # add `spacy pretrain` (tok2vec warm start, +10 min)
#   MODEL_OUT=/tmp/de_news bash training/train.sh  # write the model (and its scores) elsewhere
# Environment: PYTHON (default: python3) must have spacy==3.8.18 and the `train` extra (HanTa).
# Steps: prepare -> teacher (gold-only morphologizer) -> silver (LINSPECTOR sentences: UPOS,
#        HanTa STTS + lemmas, teacher FEATS) -> [pretrain] -> train (one shared tok2vec:
#        tagger, morphologizer, parser, lemmatizer, NER) -> assemble -> evaluate (held-out).
set -euo pipefail
cd "$(dirname "$0")/.."            # repository root
PY="${PYTHON:-python3}"
OUT="${MODEL_OUT:-pipeline/models/de_news}"
SCORES="${MODEL_OUT:+$OUT/model_scores.md}"; SCORES="${SCORES:-training/model_scores.md}"
# one BLAS/OpenMP thread: keep training single-process, single-threaded, reproducible
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

OVR=(); PRE_OVR=(); SILVER=()
if [[ "${QUICK:-0}" == "1" ]]; then
  OVR=(--training.max_steps 30 --training.eval_frequency 15)
  PRE_OVR=(--pretraining.max_epochs 1 --corpora.pretrain.limit 300)
  SILVER=(--limit 300)
fi
mkdir -p training/logs training/output
: > training/logs/timing.txt
t() { echo "$1: $(( $(date +%s) - $2 )) s" | tee -a training/logs/timing.txt; }
T0=$(date +%s)

echo "== prepare"; s=$(date +%s)
"$PY" training/prepare.py 2>&1 | tee training/logs/prepare.log
t prepare "$s"

echo "== teacher (gold-only morphologizer for the silver FEATS)"; s=$(date +%s)
"$PY" -m spacy train configs/de_news_teacher.cfg --output training/output/teacher \
    "${OVR[@]}" 2>&1 | tee training/logs/train_teacher.log
t teacher "$s"

echo "== silver"; s=$(date +%s)
"$PY" training/silver.py --teacher training/output/teacher/model-best "${SILVER[@]}" \
    2>&1 | tee training/logs/silver.log
t silver "$s"

INIT=""
if [[ "${PRETRAIN:-0}" == "1" ]]; then
  echo "== pretrain tok2vec (character objective, unlabelled text)"; s=$(date +%s)
  rm -rf training/output/pretrain
  "$PY" -m spacy pretrain configs/de_news_train.cfg training/output/pretrain "${PRE_OVR[@]}" \
      2>&1 | tee training/logs/pretrain.log
  t pretrain "$s"
  INIT=training/output/pretrain/model-last.bin
fi

echo "== train"; s=$(date +%s)
"$PY" -m spacy train configs/de_news_train.cfg --output training/output/joint \
    --paths.init_tok2vec "${INIT:-null}" "${OVR[@]}" 2>&1 | tee training/logs/train.log
t train "$s"

echo "== assemble"; "$PY" training/assemble.py --output "$OUT"
echo "== evaluate"; s=$(date +%s)
"$PY" training/evaluate_model.py "$OUT" --out "$SCORES" \
    --json training/output/scores.json
t evaluate "$s"
# store the held-out scores in meta.json as well (same components, only meta changes)
"$PY" training/assemble.py --output "$OUT" --scores training/output/scores.json
t total "$T0"
du -sh "$OUT"
