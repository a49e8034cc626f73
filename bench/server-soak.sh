#!/usr/bin/env bash
# Soak of relecture serve on this machine (loopback only, bounded in time): after 20 uncounted
# warm-up checks, a quiet run of QUIET_SECONDS (default 60) at CONCURRENCY (default 4) clients
# checking one 300-word French paragraph (the body of seeds/000), then SOAK_SECONDS (default 600) of the same load with SLOW
# (default 50) slow clients (heads a byte at a time, stalled and trickling bodies, reconnecting when
# cut) and one oversized request every two seconds (a body over --max-body declared or chunked, a
# text over --max-text, a 500 KB request line, 10,000 headers, a bad chunk length), while the
# server's resident memory is sampled every 5 s. The server runs with its defaults (workers =
# cores, SerialGC, as the launcher runs it) but for the result cache. Prints a Markdown table; the server's log, the memory
# samples (rss.csv) and the raw figures go to bench/out/soak/. Writes README.md's section
# "bench/server-soak.sh" (README=0: print only).
set -euo pipefail
cd "$(dirname "$0")/.."
quiet=${QUIET_SECONDS:-60}
soak=${SOAK_SECONDS:-600}
concurrency=${CONCURRENCY:-4}
slow=${SLOW:-50}
max_body=1048576
max_text=100000
out=bench/out/soak
rm -rf "$out" && mkdir -p "$out"

./relecture --version >/dev/null            # builds the jar if needed
tail -n +2 seeds/000_f638f459ad889777.txt | tr -s '[:space:]' ' ' | cut -d' ' -f1-300 > "$out/paragraph.txt"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# --no-cache: the clients send one paragraph again and again, which the result cache would answer
# without checking it; the soak is of the checking server.
java -XX:+UseSerialGC -Drelecture.home="$PWD" -jar target/relecture.jar serve --port "$port" --no-cache \
  --max-body "$max_body" --max-text "$max_text" >"$out/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break
  kill -0 "$pid" 2>/dev/null || { echo "the server exited; see $out/server.log" >&2; exit 1; }
  sleep 0.5
done

read -r qn q50 q95 qwrong qerr n s50 s95 swrong serr over overwrong cut notcut rss0 rssh1 rssh2 rssend < <(
  java bench/ServerSoak.java "http://127.0.0.1:$port" "$pid" "$out/paragraph.txt" "$quiet" "$soak" \
    "$concurrency" "$slow" "$max_body" "$max_text" "$out" 2>"$out/driver.log" | tee "$out/figures.txt")
curl -sf -o /dev/null "http://127.0.0.1:$port/health" && alive=yes || alive=no
internal=$(grep -c "internal error" "$out/server.log" || true)
hwm=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$pid/status")

{
  echo "$(date -u +%F), $(nproc) cores, Java $(java -version 2>&1 | sed -n 's/.*version "\(.*\)".*/\1/p'), load average before the soak: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| measure | quiet (${quiet} s) | soak (${soak} s) |"
  echo "|---|---|---|"
  echo "| checks of the paragraph at concurrency $concurrency | $qn | $n |"
  echo "| latency p50 (ms) | $q50 | $s50 |"
  echo "| latency p95 (ms) | $q95 | $s95 |"
  echo "| wrong answers (not 200, or other matches) | $qwrong | $swrong |"
  echo "| 5xx answers | $qerr | $serr |"
  echo "| slow clients ($slow) cut by the server / not cut | | $cut / $notcut |"
  echo "| oversized requests / not answered with their 4xx JSON | | $over / $overwrong |"
  echo "| resident memory (MB): first sample, max of 1st half, max of 2nd half, last | | $rss0, $rssh1, $rssh2, $rssend |"
  echo
  echo "p95 under soak / quiet: $(python3 -c "print(round($s95 / max($q95, 1), 2))"); peak resident memory (VmHWM) $hwm MB;" \
    "server alive after the soak: $alive; internal errors in its log: $internal."
} | tee "$out/table.md"
if [ "${README:-1}" != 0 ]; then
  bench/readme_section.py bench/server-soak.sh <"$out/table.md"
fi
