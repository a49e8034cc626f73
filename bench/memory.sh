#!/usr/bin/env bash
# Peak resident memory against corpus size (issue 13, item 5): `relecture check -j 2 --no-cache`
# and, in the same run, bare LanguageTool (bench/BareLanguageTool.java, 2 threads) on each corpus
# named, smallest first; the JSON report goes to a file, as a quality lead's run would write it.
# Usage: bench/memory.sh [CORPUS...]   (default bench/corpus/out/100k bench/corpus/out/1m: bench/corpus/build.sh)
# LT=0 leaves bare LanguageTool out. Writes README.md's section "bench/memory.sh" (README=0: print only).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- bench/corpus/out/100k bench/corpus/out/1m
out=bench/out/memory
rm -rf "$out" && mkdir -p "$out/classes"
./relecture --version >/dev/null            # builds the jar if needed
javac -d "$out/classes" -cp "target/lib/*" bench/BareLanguageTool.java
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
for corpus in "$@"; do
  [ -d "$corpus" ] || { echo "bench/memory.sh: no corpus in $corpus (bench/corpus/build.sh builds it)" >&2; exit 2; }
  name=$(basename "$corpus")
  mapfile -t docs < <(find "$corpus" -maxdepth 1 -name '*.txt' | sort)
  /usr/bin/time -f "%e %M" -o "$out/rl-$name.times" ./relecture check -j 2 --no-cache --format json "${docs[@]}" \
    >"$out/rl-$name.json" 2>"$out/rl-$name.err" || true
  words=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["words"])' "$out/rl-$name.json")
  read -r rl_wall rl_kb <"$out/rl-$name.times"
  lt_mb=""
  if [ "${LT:-1}" != 0 ]; then
    /usr/bin/time -f "%e %M" -o "$out/lt-$name.times" java -cp "$out/classes:target/lib/*" BareLanguageTool 2 "${docs[@]}" \
      >"$out/lt-$name.out" 2>"$out/lt-$name.err" || true
    lt_mb=$(awk '{printf "%.0f", $2/1024}' "$out/lt-$name.times")
  fi
  rows+=("| $corpus | $words | ${#docs[@]} | $(awk -v k="$rl_kb" 'BEGIN {printf "%.0f", k/1024}') | $rl_wall | $lt_mb |")
done
{
  echo "$(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1 | tr -d '"'), load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg):"
  echo
  echo "| corpus | words | documents | relecture peak resident memory, -j 2 (MB) | relecture wall time (s) | bare LanguageTool peak resident memory, 2 threads (MB) |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$out/table.md"
if [ "${README:-1}" != 0 ]; then
  bench/readme_section.py bench/memory.sh <"$out/table.md"
fi
