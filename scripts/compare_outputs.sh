#!/usr/bin/env bash
# Byte-compare every table `extract` writes, with the code of BASE (a git revision) and the working
# tree, on the seeds and on the gnad corpus. Used by `make compare` to show a refactor changes no
# output; each differing file is listed with a diff excerpt.
#   scripts/compare_outputs.sh BASE [CORPUS ...]
set -euo pipefail
base=${1:?usage: compare_outputs.sh BASE [CORPUS ...]}; shift
corpora=("$@"); [ ${#corpora[@]} -gt 0 ] || corpora=(seeds)
root=$(git rev-parse --show-toplevel)
py=${PY:-$root/.venv/bin/python}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null 2>&1
status=0
for corpus in "${corpora[@]}"; do
  input=$(cd "$root" && realpath "$corpus")
  name=$(basename "$input")
  for side in base head; do
    code=$root; [ "$side" = base ] && code=$work/base
    # Both sides run from their own tree, on the same input, with the same options.
    (cd "$code" && PYTHONPATH="$code" "$py" -m pipeline extract "$input" --out "$work/$side/$name" \
        --no-progress --jobs 2 >/dev/null 2>"$work/$side-$name.log") \
      || { echo "extract failed ($side, $name):"; tail -5 "$work/$side-$name.log"; exit 2; }
  done
  # Run-specific files (manifest with timings and paths, logs, the analyst outputs' binary files) are
  # compared by their tables only.
  for table in "$work"/base/"$name"/*.csv; do
    file=$(basename "$table")
    if ! cmp -s "$table" "$work/head/$name/$file"; then
      status=1; echo "DIFFERS: $name/$file"; diff "$table" "$work/head/$name/$file" | head -20 || true
    fi
  done
  for table in "$work"/head/"$name"/*.csv; do
    [ -e "$work/base/$name/$(basename "$table")" ] || { status=1; echo "NEW: $name/$(basename "$table")"; }
  done
  [ $status -eq 0 ] && echo "identical: $name ($(ls "$work"/head/"$name"/*.csv | wc -l) tables)"
done
exit $status
