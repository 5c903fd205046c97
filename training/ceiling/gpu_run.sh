#!/usr/bin/env bash
# Issue 14 ceiling test: how far does the joint recipe (configs/de_news_train.cfg) get on the
# open training data when model size and steps are not limited by a 2-core CPU?
# Run from the repository root:  OUT=/some/dir bash training/ceiling/gpu_run.sh
# Needs (carried): training/corpus/{train,dev}, training/corpus/{gsd,pud,ner}_test.spacy,
#   .whl/site312.tar.xz (spaCy 3.8.18 + deps for CPython 3.12, a pip --target tree), training/ceiling/.
# Env: TOTAL_S (wall budget of the whole script, default 480), EVAL_RESERVE (s kept after the
#   trainings for assemble + evaluation + packing, default 130; 200 on CPU), MODE (auto|gpu|cpu|gpusim;
#   gpusim = the GPU variant set on the CPU, for testing), VARIANTS (names to run),
#   GPU_SMOKE=1 (a separate 20-step GPU training before the variants; default: the variants'
#   own first minute is the smoke test, with per-variant fallback to CPU),
#   SMOKE=1 (every variant 20 steps, eval every 10; for a CPU test of this script),
#   EVAL_FREQ (default 250 = the recipe's; 100 in CPU fallback), FAKE_GPU=1 (test hook: skip the
#   check and launch GPU runs anyway, to exercise the per-variant CPU restart),
#   SKIP_INSTALL=1 and PY=... (use an existing Python instead of the carried packages).
# Output (at most 8 files): $OUT/summary.txt (table, dev curves, held-out tables), scores.json,
#   logs.txt, model_control.tgz, model_<best other>.tgz (split into up to 4 .partN of <= 16 MiB:
#   cat model_X.tgz.part* > model_X.tgz).
set -uo pipefail
cd "$(dirname "$0")/../.."
T0=$(date +%s)
OUT="${OUT:-/tmp/gout}"; mkdir -p "$OUT"
SMOKE="${SMOKE:-0}"
if [[ $SMOKE == 1 ]]; then TOTAL_S="${TOTAL_S:-1500}"; else TOTAL_S="${TOTAL_S:-480}"; fi
MODE="${MODE:-auto}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0 \
       PYTHONUNBUFFERED=1 ANSI_COLORS_DISABLED=1 NO_COLOR=1 PYTHONWARNINGS=ignore \
       TF_CPP_MIN_LOG_LEVEL=3
LOGALL="$OUT/logs.txt"; : > "$LOGALL"
el() { echo $(( $(date +%s) - T0 )); }
say() { echo "[$(date +%H:%M:%S) +$(el)s] $*" | tee -a "$LOGALL"; }
addlog() { { echo "=== $1"; cat "$2" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | ${3:-cat}; } >> "$LOGALL"; }
mkdir -p training/logs training/output/gpu_scores
rm -f training/output/gpu_scores/* training/logs/gpu_*

# ---------------------------------------------------------------- a. install + GPU check
if [[ "${SKIP_INSTALL:-0}" != 1 ]]; then
  if [[ -f .whl/site312.tar.xz ]]; then
    rm -rf /tmp/site && mkdir -p /tmp/site
    if ! tar xJf .whl/site312.tar.xz -C /tmp/site --strip-components=1 2>/dev/null; then  # no xz: Python's lzma
      rm -rf /tmp/site /tmp/site312
      python3 -c "import tarfile; tarfile.open('.whl/site312.tar.xz').extractall('/tmp')" && mv /tmp/site312 /tmp/site \
        || { say "FATAL: unpacking .whl/site312.tar.xz failed"; exit 1; }
    fi
  else
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl \
      || { say "FATAL: pip install of .whl failed"; exit 1; }
  fi
  export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
fi
PY="${PY:-python3}"
say "install done; PY=$PY ($("$PY" -c 'import sys; print(sys.version.split()[0])'))"
"$PY" -c "import spacy, thinc; print('spacy', spacy.__version__, 'thinc', thinc.__version__)" \
  > training/logs/gpu_import.log 2>&1
if [[ $? != 0 ]]; then
  addlog "import failure" training/logs/gpu_import.log "tail -20"
  if grep -q torch training/logs/gpu_import.log; then
    say "import spacy failed inside torch: hiding torch (thinc only needs cupy)"
    mkdir -p /tmp/notorch/torch && echo 'raise ImportError("torch hidden for thinc")' > /tmp/notorch/torch/__init__.py
    export PYTHONPATH=/tmp/notorch:$PYTHONPATH
  fi
  "$PY" -c "import spacy" || { say "FATAL: cannot import spacy"; tail -5 training/logs/gpu_import.log; exit 1; }
fi

GPU_OK=0
if [[ "${FAKE_GPU:-0}" == 1 ]]; then   # test hook only: pretend the check passed (the GPU runs then fail -> CPU restart)
  GPU_OK=1; say "FAKE_GPU=1: GPU check skipped"
elif [[ $MODE == auto || $MODE == gpu ]]; then
  timeout 180 "$PY" training/ceiling/gpu_check.py > training/logs/gpu_check.log 2>&1; rc=$?
  if [[ $rc == 3 ]] && grep -qiE "nvrtc|CompileException|c\+\+11" training/logs/gpu_check.log; then
    # CUDA 13's NVRTC may reject thinc's --std=c++11: patch our own copy of thinc, try again
    KF=$("$PY" -c "import thinc.backends._custom_kernels as m; print(m.__file__)")
    say "kernel compile failed: patching --std=c++11 -> --std=c++17 in $KF"
    sed -i 's/--std=c++11/--std=c++17/' "$KF"
    mv training/logs/gpu_check.log training/logs/gpu_check_1.log
    addlog "gpu_check first try" training/logs/gpu_check_1.log "tail -25"
    timeout 180 "$PY" training/ceiling/gpu_check.py > training/logs/gpu_check.log 2>&1; rc=$?
  fi
  addlog "gpu_check (rc=$rc)" training/logs/gpu_check.log "tail -30"
  grep -v "^\s*$" training/logs/gpu_check.log | tail -6
  [[ $rc == 0 ]] && GPU_OK=1
  say "gpu_check rc=$rc"
fi
if [[ $GPU_OK == 1 && "${GPU_SMOKE:-0}" == 1 ]]; then
  s=$(date +%s)
  timeout -k 20 240 "$PY" training/ceiling/train_wrap.py configs/de_news_train.cfg --output training/output/gpu_smoke \
      --gpu-id 0 --paths.init_tok2vec null --training.max_steps 20 --training.eval_frequency 10 \
      > training/logs/gpu_smoke.log 2>&1; rc=$?
  addlog "gpu smoke training (rc=$rc)" training/logs/gpu_smoke.log "tail -25"
  say "GPU smoke training (20 steps): rc=$rc, $(( $(date +%s) - s )) s"
  [[ $rc == 0 && -f training/output/gpu_smoke/model-last/meta.json ]] || GPU_OK=0
fi
if [[ $MODE == auto ]]; then [[ $GPU_OK == 1 ]] && MODE=gpu || MODE=cpu; fi
if [[ $MODE == gpu && $GPU_OK != 1 ]]; then say "MODE=gpu asked but the GPU check failed: CPU"; MODE=cpu; fi
say "MODE=$MODE"

# ---------------------------------------------------------------- b. variants
WIDE="--components.tok2vec.model.width 256 --components.tok2vec.model.depth 8 --components.tok2vec.model.embed_size 8000 --components.parser.model.hidden_width 256 --components.ner.model.hidden_width 128 --training.max_steps 6000 --training.patience 3000"
declare -A OVR DESC
OVR[control]="";                DESC[control]="recipe unchanged: 96x4, embed 4000, parser 128, ner 64, 2500 steps"
OVR[control_cpu]="";            DESC[control_cpu]="recipe unchanged, trained on the CPU beside the GPU runs (GPU/CPU equivalence)"
OVR[mid]="--components.tok2vec.model.width 128 --components.tok2vec.model.depth 6 --components.tok2vec.model.embed_size 6000 --components.parser.model.hidden_width 192 --components.ner.model.hidden_width 96 --training.max_steps 5000 --training.patience 3000"
DESC[mid]="128x6, embed 6000, parser 192, ner 96, max 5000 steps"
OVR[wide]="$WIDE";              DESC[wide]="256x8, embed 8000, parser 256, ner 128, max 6000 steps"
OVR[wide_bb]="$WIDE --training.batcher.size.start 1000 --training.batcher.size.stop 3000"
DESC[wide_bb]="as wide, batches of 1000->3000 words (recipe 150->1000)"
if [[ $MODE == gpu || $MODE == gpusim ]]; then
  VARIANTS="${VARIANTS:-control mid wide wide_bb control_cpu}"; EVAL_FREQ="${EVAL_FREQ:-250}"
  EVAL_RESERVE="${EVAL_RESERVE:-130}"
else  # CPU fallback: evaluations of the large models on the CPU take longer
  VARIANTS="${VARIANTS:-control mid wide wide_bb}"; EVAL_FREQ="${EVAL_FREQ:-100}"
  EVAL_RESERVE="${EVAL_RESERVE:-200}"
fi
SMOKE_OVR=""; [[ $SMOKE == 1 ]] && SMOKE_OVR="--training.max_steps 20 --training.eval_frequency 10"
TRAIN_END=$(( T0 + TOTAL_S - EVAL_RESERVE ))
declare -A GID

launch() {  # name gpu_id
  local name=$1 gid=$2 now left
  now=$(date +%s); left=$(( TRAIN_END - now )); (( left < 30 )) && left=30
  GID[$name]=$gid
  rm -rf "training/output/gpu_$name"; rm -f "training/logs/gpu_$name.rc"
  {
    echo "desc=${DESC[$name]}"; echo "device=$([[ $gid == 0 ]] && echo gpu || echo cpu)"; echo "timeout_s=$left"
  } > "training/logs/gpu_$name.info"
  # shellcheck disable=SC2086
  ( s=$(date +%s)
    timeout -k 45 "$left" "$PY" training/ceiling/train_wrap.py configs/de_news_train.cfg --output "training/output/gpu_$name" \
        --gpu-id "$gid" --paths.init_tok2vec null --training.eval_frequency "$EVAL_FREQ" \
        ${OVR[$name]} $SMOKE_OVR 2>&1 \
      | while IFS= read -r l; do printf '%(%s)T %s\n' -1 "$l"; done > "training/logs/gpu_$name.log"
    rc=${PIPESTATUS[0]}
    echo "rc=$rc" >> "training/logs/gpu_$name.info"
    echo "train_s=$(( $(date +%s) - s ))" >> "training/logs/gpu_$name.info"
    echo "$rc" > "training/logs/gpu_$name.rc" ) &
}
rows_after0() { awk '$2 ~ /^[0-9]+$/ && $3 ~ /^[0-9]+$/ && $3 > 0 {n++} END {print n+0}' "training/logs/gpu_$1.log" 2>/dev/null || echo 0; }
has_row0() { awk '$2 ~ /^[0-9]+$/ && $3 == "0" {f=1} END {print f+0}' "training/logs/gpu_$1.log" 2>/dev/null || echo 0; }
rc_of() { cat "training/logs/gpu_$1.rc" 2>/dev/null; }

say "training until +$(( TRAIN_END - T0 ))s: $VARIANTS (eval every $EVAL_FREQ steps${SMOKE_OVR:+; SMOKE})"
for v in $VARIANTS; do
  gid=-1; [[ $MODE == gpu && $v != *_cpu ]] && gid=0
  launch "$v" "$gid"
done

# the GPU runs' first minute is their smoke test: a GPU run that dies before it has trained
# (no logged step > 0, or a crash within 45 s of its step-0 evaluation) is restarted on the CPU
declare -A CONFIRMED R0T
SNAP=0
while :; do
  sleep 5
  pending=0
  for v in $VARIANTS; do
    [[ ${GID[$v]} == 0 && -z ${CONFIRMED[$v]:-} ]] || continue
    rc=$(rc_of "$v")
    if [[ -n $rc && $rc != 0 && $rc != 124 && $(rows_after0 "$v") == 0 ]]; then
      say "GPU run $v failed (rc=$rc) before training: restarting it on the CPU"
      addlog "failed GPU run $v" "training/logs/gpu_$v.log" "tail -40"
      cp "training/logs/gpu_$v.info" "training/logs/gpu_$v.info.gpu"
      cp "training/logs/gpu_$v.log" "training/logs/gpu_$v.log.gpu"
      launch "$v" -1; sed -i "1s/^desc=/desc=[GPU failed, CPU] /" "training/logs/gpu_$v.info"
      CONFIRMED[$v]=cpu; continue
    fi
    if [[ $(rows_after0 "$v") -gt 0 || -n $rc ]]; then CONFIRMED[$v]=gpu; continue; fi
    if [[ $(has_row0 "$v") == 1 ]]; then
      [[ -z ${R0T[$v]:-} ]] && R0T[$v]=$(date +%s)
      (( $(date +%s) - R0T[$v] > 45 )) && { CONFIRMED[$v]=gpu; say "GPU run $v is training"; continue; }
    fi
    pending=1
  done
  if [[ $SNAP == 0 && $MODE == gpu && $(el) -gt $(( (TRAIN_END - T0) / 2 )) ]]; then
    SNAP=1
    { echo "=== nvidia-smi at +$(el)s"; nvidia-smi --query-gpu=utilization.gpu,memory.used,memory.total --format=csv 2>&1
      nvidia-smi --query-compute-apps=pid,used_memory --format=csv 2>&1; uptime; } >> "$LOGALL"
    say "progress: $(for v in $VARIANTS; do printf '%s@%s ' "$v" "$(awk '$2 ~ /^[0-9]+$/ && $3 ~ /^[0-9]+$/ {s=$3} END {print s+0}' training/logs/gpu_$v.log)"; done)"
  fi
  done_all=1
  for v in $VARIANTS; do [[ -f training/logs/gpu_$v.rc ]] || done_all=0; done
  [[ $done_all == 1 ]] && break
  (( pending == 0 && $(date +%s) > TRAIN_END + 60 )) && break
done
wait
for v in $VARIANTS; do
  say "trained $v: rc=$(rc_of "$v") last eval step $(awk '$2 ~ /^[0-9]+$/ && $3 ~ /^[0-9]+$/ {s=$3} END {print s+0}' training/logs/gpu_$v.log), $(grep ^train_s "training/logs/gpu_$v.info" | tail -1)"
done

# ---------------------------------------------------------------- c. assemble + evaluate
EVAL_DEV=cpu; [[ $MODE == gpu && "${FAKE_GPU:-0}" != 1 ]] && EVAL_DEV=gpu
EVAL_S=$(( T0 + TOTAL_S + 40 - $(date +%s) - 25 )); (( EVAL_S < 60 )) && EVAL_S=60
post() {
  local v=$1 which src used="" log="training/logs/gpu_post_$1.log"
  : > "$log"
  for which in best last; do
    src="training/output/gpu_$v/model-$which"
    [[ $which == best && $(rows_after0 "$v") == 0 ]] && continue   # best = untrained step 0
    [[ -f $src/meta.json ]] || continue
    sed "s#^trained = .*#trained = \"$src\"#" configs/de_news.cfg > "training/output/assemble_$v.cfg"
    if "$PY" training/assemble.py --config "training/output/assemble_$v.cfg" --output "training/output/model_$v" >> "$log" 2>&1; then
      used=$which; break
    fi
    echo "assemble from $src failed" >> "$log"
  done
  [[ -n $used ]] || { echo "used=none" >> "training/logs/gpu_$v.info"; return; }
  { echo "used=model-$used"; echo "size_mb=$(du -sm "training/output/model_$v" | cut -f1)"; } >> "training/logs/gpu_$v.info"
  timeout -k 10 "$EVAL_S" "$PY" training/ceiling/eval_model.py "$EVAL_DEV" "training/output/model_$v" \
      --out "training/output/gpu_scores/$v.md" --json "training/output/gpu_scores/$v.json" >> "$log" 2>&1
  echo "eval_rc=$?" >> "training/logs/gpu_$v.info"
}
say "assemble + evaluate ($EVAL_DEV, timeout ${EVAL_S}s each, in parallel)"
for v in $VARIANTS; do post "$v" & done
wait
say "evaluation done"

# ---------------------------------------------------------------- d. results
for v in $VARIANTS; do
  addlog "info $v" "training/logs/gpu_$v.info"
  [[ -f training/logs/gpu_$v.info.gpu ]] && addlog "info $v (failed GPU try)" "training/logs/gpu_$v.info.gpu"
  addlog "training log $v (head)" "training/logs/gpu_$v.log" "head -12"
  addlog "training log $v (tail)" "training/logs/gpu_$v.log" "tail -45"
  addlog "assemble/eval log $v (tail)" "training/logs/gpu_post_$v.log" "tail -12"
done
"$PY" training/ceiling/summarize.py "$OUT" "$MODE" $VARIANTS

pack() {  # name: $OUT/model_NAME.tgz, split into equal parts of <= 16 MiB when larger
  local v=$1 f="$OUT/model_$1.tgz"
  [[ -d training/output/model_$v ]] || return
  tar czf "$f" -C training/output "model_$v"
  local size n; size=$(stat -c %s "$f")
  if (( size > 16 * 1024 * 1024 )); then
    n=$(( (size + 16 * 1024 * 1024 - 1) / (16 * 1024 * 1024) ))
    split -n "$n" -d -a 1 "$f" "$f.part" && rm -f "$f"
    say "model_$v.tgz split into $(ls "$f".part* | wc -l) parts (cat model_$v.tgz.part* > model_$v.tgz)"
  fi
}
[[ " $VARIANTS " == *" control "* ]] && pack control
ORDER=$("$PY" - "$OUT/scores.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
c = sorted(((v["dev_score"], k) for k, v in d.items()
            if not k.startswith("control") and v.get("dev_score") is not None and v.get("heldout")), reverse=True)
print(" ".join(k for _, k in c))
EOF
)
for BEST in $ORDER; do   # the best other variant by dev score whose model fits what comes back
  pack "$BEST"
  nfiles=$(ls "$OUT" | wc -l); total=$(du -sm "$OUT" | cut -f1)
  (( nfiles <= 8 && total <= 62 )) && { say "returned model_$BEST (best other by dev score that fits)"; break; }
  say "model_$BEST does not fit ($nfiles files, ${total} MiB): dropped"; rm -f "$OUT/model_$BEST".tgz*
done
say "OUT: $(cd "$OUT" && ls -la | awk 'NR>1 && $NF != "." && $NF != ".." {printf "%s(%s) ", $NF, $5}')"
say "done in $(el) s"
