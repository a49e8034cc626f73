#!/usr/bin/env bash
# relecture's server alone, with and without a change, for trying a JVM option, a system property or
# a serve option: N rounds, each starting `relecture serve --no-cache` (the built jar, SerialGC as
# the launcher's serve) once without and once with OPTIONS, alternated so that the machine's drift
# hits both alike, and sending bench/ServerLoad.java's first request, 10 uncounted ones, REQUESTS1
# (default 60) at concurrency 1 and REQUESTS4 (default 4) at concurrency 4 (the paragraphs of
# bench/server-load.sh). OPTIONS starting with -- are serve's (--option=value), the others the
# JVM's. Prints one line a server: the first request, the steady p50s, the first's ratio to the
# p50 at concurrency 1 and the time from start to ready;
# then each side's medians. BASE, a checkout with a built jar, runs the side without OPTIONS from
# that build instead of this one (a code change against the code before it; OPTIONS may be "").
# Nothing else should run on the machine meanwhile: it measures latency.
# Usage: [BASE=DIR] bench/first-request.sh N "OPTIONS" [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:?usage: bench/first-request.sh N \"OPTIONS\" [CORPUS]}
options=${2?usage: bench/first-request.sh N \"OPTIONS\" [CORPUS]}
base=${BASE:-$PWD}
corpus=${3:-bench/corpus/out/100k}
requests1=${REQUESTS1:-60}
requests4=${REQUESTS4:-4}
out=bench/out/first-request
rm -rf "$out" && mkdir -p "$out"
./relecture --version >/dev/null            # builds the jar if needed
python3 bench/paragraphs.py "$corpus" 300 > "$out/paragraphs.txt"
# shellcheck source=bench/server-lib.sh
. bench/server-lib.sh

# one LABEL HOME [OPTION...]: a fresh server, measured, stopped; appends "first p50_1 p50_4 ratio ready_s"
# to $out/LABEL.results
one() {
  local label=$1 home=$2; shift 2
  local port pid result first p50 p50c option started ready jvm=() serve=()
  for option in "$@"; do
    case $option in --*) serve+=("$option") ;; *) jvm+=("$option") ;; esac
  done
  port=$(free_port)
  started=$(date +%s%N)
  java -XX:+UseSerialGC -Drelecture.home="$home" ${jvm[@]+"${jvm[@]}"} -jar "$home/target/relecture.jar" \
    serve --no-cache --port "$port" ${serve[@]+"${serve[@]}"} >>"$out/$label.server.log" 2>&1 &
  pid=$!
  wait_for "http://127.0.0.1:$port/health" "$pid" "$out/$label.server.log"
  ready=$(seconds_since "$started")
  result=$(java bench/ServerLoad.java "http://127.0.0.1:$port" "$out/paragraphs.txt" 10 "$requests1" "$requests4" \
    /health 2>>"$out/client.log")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  read -r first p50 _ p50c _ <<<"$result"
  echo "$first $p50 $p50c $(python3 -c "print(f'{$first/$p50:.2f}')") $ready" >> "$out/$label.results"
  echo "$label: first request $first ms, p50 $p50 ms at concurrency 1, $p50c ms at 4;" \
    "ratio $(tail -1 "$out/$label.results" | cut -d' ' -f4), ready after $ready s, load $(cut -d' ' -f1 /proc/loadavg)"
}

for _ in $(seq 1 "$rounds"); do
  one without "$base"
  # shellcheck disable=SC2086
  one with "$PWD" $options
done
for label in without with; do
  echo "medians $label $options: $(python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
names = ["first request (ms)", "p50 concurrency 1 (ms)", "p50 concurrency 4 (ms)", "first / p50", "start to ready (s)"]
print(", ".join(f"{n} {statistics.median(r[i] for r in rows):g}" for i, n in enumerate(names)))' "$out/$label.results")"
done
