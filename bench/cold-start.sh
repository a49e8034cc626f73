#!/usr/bin/env bash
# Cold start, side by side in one run: bare LanguageTool (bench/BareLanguageTool.java, one
# JLanguageTool, JVM defaults) and `relecture check` through its launcher, each a fresh JVM on the
# same article, JVM start to result printed; relecture with its class-data archive (made before
# timing, as a user's first check makes it) and without it (RELECTURE_CDS=0). Result cache off.
# Usage: bench/cold-start.sh [ARTICLE]   (default seeds/001, 1,064 words); RUNS (default 5) runs
# each, alternated; the table shows medians. Writes README.md's section "bench/cold-start.sh"
# (README=0: print only).
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-seeds/001_6d342fe71a67ec1b.txt}
runs=${RUNS:-5}
out=bench/out/cold-start
rm -rf "$out" && mkdir -p "$out/classes"
./relecture --version >/dev/null            # builds the jar if needed
javac -d "$out/classes" -cp "target/lib/*" bench/BareLanguageTool.java
./relecture check --no-cache --format json "$article" >/dev/null || true   # makes the class-data archive

# timed LABEL CMD...: wall seconds and peak resident KB of one run, appended to $out/LABEL.times.
timed() {
  local label=$1; shift
  /usr/bin/time -a -f "%e %M" -o "$out/$label.times" "$@" >"$out/$label.out" 2>"$out/$label.err" || true
}
for _ in $(seq 1 "$runs"); do
  timed lt java -cp "$out/classes:target/lib/*" BareLanguageTool 1 "$article"
  timed rl ./relecture check --no-cache --format json "$article"
  RELECTURE_CDS=0 timed rl-nocds ./relecture check --no-cache --format json "$article"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# /usr/bin/time adds a line of its own when the command exits non-zero (spark: a failed gate).
numbers() { grep -E '^[0-9.]+ [0-9]+$' "$out/$1.times"; }
wall() { numbers "$1" | cut -d' ' -f1 | median; }
rss() { numbers "$1" | cut -d' ' -f2 | median | awk '{printf "%.0f", $1/1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
words=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["words"])' "$out/rl.out")
lt_version=$(ls target/lib | sed -n 's/^languagetool-core-\(.*\)\.jar$/\1/p')
{
  echo "Cold start, $article ($words words), median of $runs runs each, $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1 | tr -d '"'), load average $(cut -d' ' -f1-3 /proc/loadavg):"
  echo
  echo "| measure | LanguageTool $lt_version | relecture | relecture / LanguageTool |"
  echo "|---|---|---|---|"
  echo "| cold check of one article, JVM start to result (s) | $(wall lt) | $(wall rl) | $(ratio "$(wall rl)" "$(wall lt)") |"
  echo "| the same without class-data sharing (\`RELECTURE_CDS=0\`) (s) | | $(wall rl-nocds) | $(ratio "$(wall rl-nocds)" "$(wall lt)") |"
  echo "| peak resident memory (MB) | $(rss lt) | $(rss rl) | $(ratio "$(rss rl)" "$(rss lt)") |"
} | tee "$out/table.md"
if [ "${README:-1}" != 0 ]; then
  bench/readme_section.py bench/cold-start.sh <"$out/table.md"
fi
