#!/usr/bin/env bash
# Times relecture against bare LanguageTool (same JVM, same input, same machine, same run).
# Usage: bench/run.sh [COPIES]   (default 26 copies of seeds/, about 100,000 words)
# RUNS (default 3) single-article runs and CORPUS_RUNS (default 1) corpus runs per tool; the
# table shows medians. Prints a Markdown table; raw timings go to bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-26}
article_runs=${RUNS:-3}
corpus_runs=${CORPUS_RUNS:-1}
out=bench/out
rm -rf "$out" && mkdir -p "$out/classes" "$out/corpus"

./relecture --version >/dev/null            # builds the jar if needed
javac -d "$out/classes" -cp "target/lib/*" bench/BareLanguageTool.java

for i in $(seq -w 1 "$copies"); do
  mkdir -p "$out/corpus/copy$i" && cp seeds/*.txt "$out/corpus/copy$i/"
done
article=seeds/001_6d342fe71a67ec1b.txt

# time_cmd LABEL RUNS CMD... : runs CMD RUNS times, records wall seconds and peak RSS (KB) of each.
time_cmd() {
  local label=$1 n=$2; shift 2
  for r in $(seq 1 "$n"); do
    /usr/bin/time -a -f "%e %M" -o "$out/$label.times" "$@" >"$out/$label.$r.out" 2>"$out/$label.$r.err"
  done
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() { cut -d' ' -f1 "$out/$1.times" | median; }
rss_mb() { cut -d' ' -f2 "$out/$1.times" | median | awk '{printf "%.0f", $1/1024}'; }

lt=(java -cp "$out/classes:target/lib/*" BareLanguageTool)
rl=(./relecture check --no-cache --format json)   # the result cache would answer the repeated runs

time_cmd lt-article "$article_runs" "${lt[@]}" 1 "$article"
time_cmd rl-article "$article_runs" "${rl[@]}" -j 1 "$article"
for j in 1 2; do
  time_cmd "lt-corpus-$j" "$corpus_runs" "${lt[@]}" "$j" "$out/corpus"
  time_cmd "rl-corpus-$j" "$corpus_runs" "${rl[@]}" -j "$j" "$out/corpus"
done

# Word counts come from relecture's own JSON reports of the timed runs.
words() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["words"])' "$out/$1.1.out"; }
corpus_words=$(words rl-corpus-1)
article_words=$(words rl-article)

# Throughput excludes start-up: words beyond the single article over seconds beyond its run.
wps() { awk -v w="$corpus_words" -v a="$article_words" -v t="$(wall "$1")" -v s="$(wall "$2")" \
  'BEGIN {printf "%.0f", (w - a) / (t - s)}'; }

echo "Corpus: $corpus_words words ($copies copies of seeds/), article: $article ($article_words words), median of $article_runs article runs and $corpus_runs corpus runs, $(nproc) cores."
echo
echo "| measure | LanguageTool $(ls target/lib | sed -n 's/^languagetool-core-\(.*\)\.jar$/\1/p') | relecture |"
echo "|---|---|---|"
echo "| cold start to first result, one article (s) | $(wall lt-article) | $(wall rl-article) |"
echo "| words/s, 1 worker | $(wps lt-corpus-1 lt-article) | $(wps rl-corpus-1 rl-article) |"
echo "| words/s, 2 workers | $(wps lt-corpus-2 lt-article) | $(wps rl-corpus-2 rl-article) |"
echo "| corpus wall time, 2 workers (s) | $(wall lt-corpus-2) | $(wall rl-corpus-2) |"
echo "| peak resident memory, one article (MB) | $(rss_mb lt-article) | $(rss_mb rl-article) |"
echo "| peak resident memory, corpus, 2 workers (MB) | $(rss_mb lt-corpus-2) | $(rss_mb rl-corpus-2) |"
