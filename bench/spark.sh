#!/usr/bin/env bash
# The Spark job against `relecture check -j 2` on the same corpus, same machine, same run: the
# overhead of Spark at equal cores (local[2] against two check workers) and the scaling from one
# executor core to two (local[1] against local[2]). Prints a Markdown table; raw output in bench/out/spark/.
# Usage: bench/spark.sh [CORPUS_DIR]   (default: the 100,000-word corpus of bench/corpus/build.sh)
# RUNS (default 1) runs of each; the table shows medians. Result cache off. Writes README.md's
# section "bench/spark.sh" (README=0: print only).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-bench/corpus/out/100k}
runs=${RUNS:-1}
out=bench/out/spark
rm -rf "$out" && mkdir -p "$out"
[ -d "$corpus" ] || bench/corpus/build.sh
./relecture --version >/dev/null            # builds the jar (and target/spark-lib) if needed

time_cmd() {
  local label=$1; shift
  for r in $(seq 1 "$runs"); do
    /usr/bin/time -a -f "%e %M" -o "$out/$label.times" "$@" >"$out/$label.$r.out" 2>"$out/$label.$r.err" || true
  done
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# /usr/bin/time adds a line of its own when the command exits non-zero (spark: a failed gate).
numbers() { grep -E '^[0-9.]+ [0-9]+$' "$out/$1.times"; }
wall() { numbers "$1" | cut -d' ' -f1 | median; }
rss_mb() { numbers "$1" | cut -d' ' -f2 | median | awk '{printf "%.0f", $1/1024}'; }

time_cmd check-2 ./relecture check --no-cache --format json -j 2 "$corpus"
for n in 1 2; do
  time_cmd "spark-$n" ./relecture spark --master "local[$n]" --output "$out/result-$n" "$corpus"
done
words=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["words"])' "$out/check-2.1.out")
docs=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["documents"])' "$out/check-2.1.out")

{
  echo "Corpus: $corpus, $docs documents, $words words; median of $runs runs; $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1 | tr -d '"'), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo
  echo "| run | wall time (s) | words/s | peak resident memory (MB) |"
  echo "|---|---|---|---|"
  for label in check-2 spark-1 spark-2; do
    echo "| $label | $(wall $label) | $(awk -v w="$words" -v t="$(wall $label)" 'BEGIN {printf "%.0f", w / t}') | $(rss_mb $label) |"
  done
  echo
  awk -v c="$(wall check-2)" -v s1="$(wall spark-1)" -v s2="$(wall spark-2)" -v w="$words" -v d="$docs" 'BEGIN {
    printf "Spark overhead at 2 cores: %+.1f%% of check -j 2. Scaling 1 -> 2 executor cores: %.2fx.\n", (s2 / c - 1) * 100, s1 / s2
    per_doc_core = s1 / d
    printf "At %.3f core-seconds per document (local[1]), 10,000,000 documents take %.0f core-hours: about %.1f hours on 100 executor cores, %.1f on 1,000, if scaling stays linear.\n", per_doc_core, per_doc_core * 1e7 / 3600, per_doc_core * 1e7 / 3600 / 100, per_doc_core * 1e7 / 3600 / 1000
  }'
} | tee "$out/table.md"
if [ "${README:-1}" != 0 ]; then
  bench/readme_section.py bench/spark.sh <"$out/table.md"
fi
