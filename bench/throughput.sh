#!/usr/bin/env bash
# Throughput, side by side in one run: words per second of bare LanguageTool
# (bench/BareLanguageTool.java, one JLanguageTool per thread) and of `relecture check` (result
# cache off), with 1 and 2 workers, on a corpus of distinct French text, every rule on; and, to
# show what computing suggestions lazily gives, relecture with every suggestion computed at once
# (-Drelecture.eagerSuggestions=true, as before issue 13). Start-up is left out: words beyond one
# article over seconds beyond that article's cold run, for each tool. That article is the corpus
# document nearest 1,000 words (ARTICLE names another), so the start-up subtracted is measured on
# the same kind of text as the rest.
# Usage: bench/throughput.sh [CORPUS]   (default bench/corpus/out/100k: bench/corpus/build.sh)
# One run each (RUNS to repeat; medians). Writes README.md's section "bench/throughput.sh"
# (README=0: print only).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-bench/corpus/out/100k}
runs=${RUNS:-1}
[ -d "$corpus" ] || { echo "bench/throughput.sh: no corpus in $corpus (bench/corpus/build.sh builds it)" >&2; exit 2; }
out=bench/out/throughput
rm -rf "$out" && mkdir -p "$out/classes"
./relecture --version >/dev/null            # builds the jar if needed
javac -d "$out/classes" -cp "target/lib/*" bench/BareLanguageTool.java
mapfile -t docs < <(find "$corpus" -maxdepth 1 -name '*.txt' | sort)
article=${ARTICLE:-$(wc -w "${docs[@]}" | awk '$2 != "total" {d = $1 - 1000; d = d < 0 ? -d : d; if (best == "" || d < best) {best = d; f = $2}} END {print f}')}
./relecture check --no-cache --format json "$article" >/dev/null || true   # makes the class-data archive

timed() {
  local label=$1; shift
  /usr/bin/time -a -f "%e %M" -o "$out/$label.times" "$@" >"$out/$label.out" 2>"$out/$label.err" || true
}
lt=(java -cp "$out/classes:target/lib/*" BareLanguageTool)
rl=(./relecture check --no-cache --format json)
eager=(env "RELECTURE_JAVA_OPTS=${RELECTURE_JAVA_OPTS:-} -Drelecture.eagerSuggestions=true" ./relecture check --no-cache --format json)
for _ in $(seq 1 "$runs"); do
  timed lt-article "${lt[@]}" 1 "$article"
  timed rl-article "${rl[@]}" -j 1 "$article"
  timed eager-article "${eager[@]}" -j 1 "$article"
  for j in 1 2; do
    timed "lt-$j" "${lt[@]}" "$j" "${docs[@]}"
    timed "rl-$j" "${rl[@]}" -j "$j" "${docs[@]}"
  done
  timed eager-1 "${eager[@]}" -j 1 "${docs[@]}"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() { cut -d' ' -f1 "$out/$1.times" | median; }
rss() { cut -d' ' -f2 "$out/$1.times" | median | awk '{printf "%.0f", $1/1024}'; }
words() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["words"])' "$out/$1.out"; }
corpus_words=$(words rl-1)
article_words=$(words rl-article)
# wps RUN ARTICLE_RUN: words beyond the article over seconds beyond its run.
wps() { awk -v w="$corpus_words" -v a="$article_words" -v t="$(wall "$1")" -v s="$(wall "$2")" 'BEGIN {printf "%.0f", (w - a) / (t - s)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
lt_version=$(ls target/lib | sed -n 's/^languagetool-core-\(.*\)\.jar$/\1/p')
{
  echo "Corpus: $corpus ($corpus_words words, ${#docs[@]} documents), start-up measured on $article ($article_words words), median of $runs run(s), $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1 | tr -d '"'), load average $(cut -d' ' -f1-3 /proc/loadavg):"
  echo
  echo "| measure | LanguageTool $lt_version | relecture | relecture / LanguageTool | relecture, suggestions eager |"
  echo "|---|---|---|---|---|"
  echo "| words/s, 1 worker | $(wps lt-1 lt-article) | $(wps rl-1 rl-article) | $(ratio "$(wps rl-1 rl-article)" "$(wps lt-1 lt-article)") | $(wps eager-1 eager-article) |"
  echo "| words/s, 2 workers | $(wps lt-2 lt-article) | $(wps rl-2 rl-article) | $(ratio "$(wps rl-2 rl-article)" "$(wps lt-2 lt-article)") | |"
  echo "| corpus wall time, 2 workers (s) | $(wall lt-2) | $(wall rl-2) | $(ratio "$(wall rl-2)" "$(wall lt-2)") | |"
  echo "| peak resident memory, 2 workers (MB) | $(rss lt-2) | $(rss rl-2) | $(ratio "$(rss rl-2)" "$(rss lt-2)") | |"
} | tee "$out/table.md"
if [ "${README:-1}" != 0 ]; then
  bench/readme_section.py bench/throughput.sh <"$out/table.md"
fi
