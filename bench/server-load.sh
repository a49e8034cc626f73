#!/usr/bin/env bash
# Load on the relecture server and on LanguageTool's own server (6.8, French only), one after the
# other on this machine: REQUESTS (default 500) POSTs to /v2/check at CONCURRENCY (default 4) of
# one 300-word French paragraph (the body of seeds/000, joined into one paragraph), after WARMUP
# (default 20) requests that are not counted. relecture runs with its defaults (workers = cores);
# LanguageTool's server with bench/languagetool-server/server.properties (pipelines reused between
# requests, no result cache), or the property file LT_CONFIG names (its --config; an empty
# LT_CONFIG runs its defaults). Prints a Markdown table; logs go to bench/out/server/.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${REQUESTS:-500}
concurrency=${CONCURRENCY:-4}
warmup=${WARMUP:-20}
out=bench/out/server
rm -rf "$out" && mkdir -p "$out"

./relecture --version >/dev/null            # builds the jar if needed
if [ ! -d bench/out/languagetool-server-lib ]; then
  mvn -B -q -f bench/languagetool-server/pom.xml dependency:copy-dependencies \
    -DoutputDirectory="$PWD/bench/out/languagetool-server-lib"
fi

tail -n +2 seeds/000_f638f459ad889777.txt | tr -s '[:space:]' ' ' | cut -d' ' -f1-300 > "$out/paragraph.txt"
words=$(wc -w < "$out/paragraph.txt")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# wait_for URL PID: until URL answers 200, or the server exits.
wait_for() {
  for _ in $(seq 1 240); do
    if curl -sf -o /dev/null "$1"; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "server exited; see $out" >&2; return 1; }
    sleep 0.5
  done
  echo "server did not start: $1" >&2; return 1
}

# peak resident memory (MB) of a running process
peak_rss() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# measure NAME BASE_URL PID: runs the load, prints "p50 p95 p99 rps errors matches peakMB"
measure() {
  local result
  result=$(java bench/ServerLoad.java "$2" "$out/paragraph.txt" "$requests" "$concurrency" "$warmup")
  echo "$result $(peak_rss "$3")" | tee "$out/$1.result"
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

port=$(free_port)
java -XX:+UseSerialGC -Drelecture.home="$PWD" -jar target/relecture.jar serve --port "$port" \
  >"$out/relecture.log" 2>&1 &
pid=$!
wait_for "http://127.0.0.1:$port/health" "$pid"
read -r r50 r95 r99 rrps rerr rmatches rmem < <(measure relecture "http://127.0.0.1:$port" "$pid")
stop "$pid"

port=$(free_port)
lt_args=(--port "$port")
lt_config=${LT_CONFIG-bench/languagetool-server/server.properties}
[ -n "$lt_config" ] && lt_args+=(--config "$lt_config")
java -cp "bench/out/languagetool-server-lib/*" org.languagetool.server.HTTPServer "${lt_args[@]}" \
  >"$out/languagetool.log" 2>&1 &
pid=$!
wait_for "http://127.0.0.1:$port/v2/languages" "$pid"
read -r l50 l95 l99 lrps lerr lmatches lmem < <(measure languagetool "http://127.0.0.1:$port" "$pid")
stop "$pid"

echo "$requests requests at concurrency $concurrency of a $words-word paragraph (after $warmup warm-up requests), $(nproc) cores, Java $(java -version 2>&1 | sed -n 's/.*version "\(.*\)".*/\1/p')."
echo
echo "| measure | LanguageTool 6.8 server | relecture serve |"
echo "|---|---|---|"
echo "| latency p50 (ms) | $l50 | $r50 |"
echo "| latency p95 (ms) | $l95 | $r95 |"
echo "| latency p99 (ms) | $l99 | $r99 |"
echo "| throughput (requests/s) | $lrps | $rrps |"
echo "| errors | $lerr | $rerr |"
echo "| matches per answer | $lmatches | $rmatches |"
echo "| peak resident memory (MB) | $lmem | $rmem |"
