#!/usr/bin/env bash
# The first request after ready, relecture alone, for trying a JVM option: N rounds, each starting
# `relecture serve --no-cache` (the built jar, SerialGC as the launcher's serve) once without and
# once with OPTIONS, alternated so that the machine's drift hits both alike, and sending
# bench/ServerLoad.java's first request, 10 uncounted ones and 60 at concurrency 1 (the paragraphs
# of bench/server-load.sh). Prints one line a server: the first request, the steady p50 and their
# ratio; then the median ratio of each side. Run it under a quiet machine: it measures latency.
# Usage: bench/first-request.sh N "OPTIONS" [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:?usage: bench/first-request.sh N \"OPTIONS\" [CORPUS]}
options=${2:?usage: bench/first-request.sh N \"OPTIONS\" [CORPUS]}
corpus=${3:-bench/corpus/out/100k}
out=bench/out/first-request
rm -rf "$out" && mkdir -p "$out"
./relecture --version >/dev/null            # builds the jar if needed
python3 bench/paragraphs.py "$corpus" 300 > "$out/paragraphs.txt"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# one LABEL [OPTION...]: a fresh server, measured, stopped; appends "ratio" to $out/LABEL.ratios
one() {
  local label=$1; shift
  local port pid result first p50
  port=$(free_port)
  java -XX:+UseSerialGC -Drelecture.home="$PWD" "$@" -jar target/relecture.jar serve --no-cache --port "$port" \
    >>"$out/$label.server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "server exited; see $out/$label.server.log" >&2; exit 1; }
    sleep 0.05
  done
  result=$(java bench/ServerLoad.java "http://127.0.0.1:$port" "$out/paragraphs.txt" 10 60 4 /health 2>>"$out/client.log")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  read -r first p50 _ <<<"$result"
  python3 -c "print(f'{$first/$p50:.2f}')" >> "$out/$label.ratios"
  echo "$label: first request $first ms, steady p50 $p50 ms, ratio $(tail -1 "$out/$label.ratios"), load $(cut -d' ' -f1 /proc/loadavg)"
}

for _ in $(seq 1 "$rounds"); do
  one without
  # shellcheck disable=SC2086
  one with $options
done
for label in without with; do
  echo "median ratio $label $options: $(sort -n "$out/$label.ratios" | python3 -c 'import sys, statistics; print(statistics.median(float(l) for l in sys.stdin))')"
done
