#!/usr/bin/env bash
# One huge document (issue 13, item 6): the documents of a distinct-text corpus (bench/corpus/build.sh),
# one after the other in one file, checked by `relecture check --no-cache` with 1 worker and with 2;
# the two JSON reports must be the same byte for byte. Since the file is over 100 KB, the launcher
# keeps the full JIT, and relecture cuts the document at paragraph boundaries into pieces checked by
# all the workers (README, "One huge document").
# Usage: bench/huge.sh [MB] [CORPUS]   (default 2 MB of bench/corpus/out/1m; MB may be a fraction)
# Writes README.md's section "bench/huge.sh" (README=0: print only).
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-2}
corpus=${2:-bench/corpus/out/1m}
[ -d "$corpus" ] || { echo "bench/huge.sh: no corpus in $corpus (bench/corpus/build.sh builds it)" >&2; exit 2; }
out=bench/out/huge
rm -rf "$out" && mkdir -p "$out"
./relecture --version >/dev/null            # builds the jar if needed
file=$out/huge.txt
limit=$(awk -v m="$mb" 'BEGIN {printf "%d", m * 1000000}')
for doc in $(find "$corpus" -maxdepth 1 -name '*.txt' | sort); do
  [ "$(stat -c %s "$file" 2>/dev/null || echo 0)" -lt "$limit" ] || break
  cat "$doc" >>"$file"
  printf '\n\n' >>"$file"
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for j in 1 2; do
  /usr/bin/time -f "%e %M" -o "$out/j$j.times" ./relecture check --no-cache --format json -j "$j" "$file" \
    >"$out/j$j.json" 2>"$out/j$j.err" || true
done
words=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["words"])' "$out/j1.json")
read -r wall1 kb1 <"$out/j1.times"
read -r wall2 kb2 <"$out/j2.times"
same=$(cmp -s "$out/j1.json" "$out/j2.json" && echo yes || echo no)
{
  echo "One file of $(stat -c %s "$file") bytes ($words words, the first documents of $corpus), $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1 | tr -d '"'), load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg):"
  echo
  echo "| measure | 1 worker | 2 workers | 2 / 1 |"
  echo "|---|---|---|---|"
  echo "| wall time, JVM start to report (s) | $wall1 | $wall2 | $(awk -v a="$wall2" -v b="$wall1" 'BEGIN {printf "%.2f", a / b}') |"
  echo "| words/s | $(awk -v w="$words" -v t="$wall1" 'BEGIN {printf "%.0f", w / t}') | $(awk -v w="$words" -v t="$wall2" 'BEGIN {printf "%.0f", w / t}') | |"
  echo "| peak resident memory (MB) | $((kb1 / 1024)) | $((kb2 / 1024)) | |"
  echo
  echo "JSON reports of the two runs identical byte for byte: $same."
} | tee "$out/table.md"
if [ "${README:-1}" != 0 ]; then
  bench/readme_section.py bench/huge.sh <"$out/table.md"
fi
