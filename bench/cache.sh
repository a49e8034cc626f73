#!/usr/bin/env bash
# Times the result cache (issue 14): a first run over a corpus with an empty cache against the
# rerun of the same corpus, and, on a corpus of many documents, the rerun after one document was
# edited. Checks that the reruns' reports are the first runs' byte for byte, and that the edited
# rerun checked exactly one document (one new entry in the cache). Prints a Markdown table.
# Usage: bench/cache.sh [CORPUS [DOCS]]
#   CORPUS  default bench/corpus/out/100k       (bench/corpus/build.sh)
#   DOCS    default bench/corpus/out/docs-1000  (bench/corpus/build.sh docs 1000)
# Run it on a quiet machine: the times are wall-clock seconds of whole runs, JVM start included.
# Writes README.md's section "bench/cache.sh" (README=0: print only).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-bench/corpus/out/100k}
docs=${2:-bench/corpus/out/docs-1000}
out=bench/out/cache
for d in "$corpus" "$docs"; do
  [ -d "$d" ] || { echo "bench/cache.sh: no corpus in $d (see bench/corpus/build.sh)" >&2; exit 2; }
done
rm -rf "$out" && mkdir -p "$out"
load=$(cut -d" " -f1-3 /proc/loadavg)
./relecture --version >/dev/null            # builds the jar if needed

# run NAME CACHE_DIR PATH: one check, its report in $out/NAME.json, its wall seconds on stdout.
run() {
  /usr/bin/time -f %e -o "$out/$1.time" ./relecture check --format json --cache-dir "$2" "$3" \
    >"$out/$1.json" 2>"$out/$1.err" || [ $? -le 2 ]    # 2: an input could not be read; still a report
  cat "$out/$1.time"
}
entries() { ./relecture cache stats --cache-dir "$1" | sed -n 's/^documents: \([0-9]*\).*/\1/p'; }
words() { find "$1" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | xargs -0 cat | wc -w; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0fx", a / b }'; }

first=$(run first "$out/cache-corpus" "$corpus")
rerun=$(run rerun "$out/cache-corpus" "$corpus")
cmp -s "$out/first.json" "$out/rerun.json" || { echo "bench/cache.sh: the rerun's report differs" >&2; exit 1; }

cp -r "$docs" "$out/docs"
n=$(find "$out/docs" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
fill=$(run fill "$out/cache-docs" "$out/docs")
before=$(entries "$out/cache-docs")
edited=$(find "$out/docs" -type f -name '*.txt' | sort | head -1)
printf '\nLe conseil a voté le budget hier soir.La séance a duré trois heures.\n' >>"$edited"
again=$(run edited "$out/cache-docs" "$out/docs")
after=$(entries "$out/cache-docs")
[ "$((after - before))" -eq 1 ] || { echo "bench/cache.sh: $((after - before)) documents checked again, not 1" >&2; exit 1; }
cmp -s "$out/fill.json" "$out/edited.json" && { echo "bench/cache.sh: the edit changed nothing" >&2; exit 1; }

{
  echo "$(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1 | tr -d '"'), load average $load at the start and $(cut -d" " -f1-3 /proc/loadavg) at the end; one run each, wall-clock seconds, JVM start included:"
  echo
  echo "| corpus | words | first run, empty cache (s) | rerun (s) | ratio |"
  echo "|---|---|---|---|---|"
  echo "| $corpus, unchanged | $(words "$corpus") | $first | $rerun | $(ratio "$first" "$rerun") |"
  echo "| $docs ($n documents), 1 edited | $(words "$docs") | $fill | $again | $(ratio "$fill" "$again") |"
} | tee "$out/table.md"
if [ "${README:-1}" != 0 ]; then
  bench/readme_section.py bench/cache.sh <"$out/table.md"
fi
