#!/usr/bin/env bash
# Where a server check's time goes: starts `relecture serve --no-cache` (the built jar, SerialGC as
# the launcher's serve) under Java Flight Recorder, sends it bench/ServerLoad.java's first request,
# WARMUP (default 30) uncounted ones, REQUESTS1 (90) at concurrency 1 and REQUESTS4 (4) at
# concurrency 4 of the paragraphs of bench/server-load.sh, then prints bench/server_profile.py's
# breakdown of the execution samples taken after the warm-up requests (by thread, by stage of a
# check, and the hottest frames). Run it alone on the machine; README=1 also writes the breakdown
# into README.md (section "bench/server-profile.sh").
# Usage: bench/server-profile.sh [CORPUS]   (the recording: bench/out/server-profile/server.jfr)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-bench/corpus/out/100k}
out=bench/out/server-profile
rm -rf "$out" && mkdir -p "$out"
load=$(cut -d" " -f1 /proc/loadavg)
./relecture --version >/dev/null            # builds the jar if needed
python3 bench/paragraphs.py "$corpus" 300 > "$out/paragraphs.txt"
# shellcheck source=bench/server-lib.sh
. bench/server-lib.sh
port=$(free_port)
java -XX:+UseSerialGC -Drelecture.home="$PWD" -XX:StartFlightRecording=filename="$out/server.jfr",settings=profile \
  -jar target/relecture.jar serve --no-cache --port "$port" >"$out/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
wait_for "http://127.0.0.1:$port/health" "$pid" "$out/server.log"
# The warm-up requests alone first, so that the breakdown starts after them. That run sends its
# first paragraph, WARMUP uncounted ones, 1 at concurrency 1 and 4 at concurrency 4: the
# measured run starts at the paragraph after those.
java bench/ServerLoad.java "http://127.0.0.1:$port" "$out/paragraphs.txt" "${WARMUP:-30}" 1 4 /health >/dev/null 2>>"$out/client.log"
since=$(date -u +%Y-%m-%dT%H:%M:%S.%3N)
tail -n +"$(( ${WARMUP:-30} + 7 ))" "$out/paragraphs.txt" > "$out/measured.txt"
java bench/ServerLoad.java "http://127.0.0.1:$port" "$out/measured.txt" 0 "${REQUESTS1:-90}" "${REQUESTS4:-4}" /health \
  >"$out/load.txt" 2>>"$out/client.log"
jcmd "$pid" JFR.dump filename="$PWD/$out/server.jfr" >/dev/null
{
  echo "$(date -u +%F), $(nproc) cores, Java $(java -version 2>&1 | sed -n 's/.*version "\(.*\)".*/\1/p'), load average before the load $load:"
  echo
  python3 bench/server_profile.py "$out/server.jfr" "$since"
} | tee "$out/breakdown.md"
if [ "${README:-0}" = 1 ]; then
  python3 bench/readme_section.py bench/server-profile.sh <"$out/breakdown.md"
fi
