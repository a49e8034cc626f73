#!/usr/bin/env bash
# Editor latency, side by side in one run: relecture's server and LanguageTool's own (6.8, French
# only), one after the other on this machine, each sent the same distinct 300-word paragraphs
# (bench/paragraphs.py over the corpus of bench/corpus/build.sh, default bench/corpus/out/100k;
# no text is sent twice, so no result cache could answer, and relecture's is off anyway) by
# bench/ServerLoad.java as POSTs to /v2/check: the first request as soon as the server says it is
# ready (relecture: /health 200; LanguageTool: /v2/languages 200), WARMUP (default 10) uncounted
# requests, REQUESTS1 (90) at concurrency 1, then REQUESTS4 (180) at concurrency 4. The client is
# a fresh JVM, so before the timed first request it warms ITSELF, for both servers alike, with a
# few GETs of that ready path on the same HTTP client (its class loading and connection set-up are
# then not counted as the server's); never a check, which would warm the server. As a diagnostic,
# the first paragraph is sent again at the end (a lower bound of its weight: LanguageTool keeps
# the spelling suggestions of words it has seen).
# relecture runs with its defaults (workers = cores, the launcher's JVM options); LanguageTool's
# server with bench/languagetool-server/server.properties (pipelines reused between requests, no
# result cache), or the property file LT_CONFIG names (an empty LT_CONFIG runs its defaults).
# ROUNDS (default 3) rounds, each starting relecture's server and then LanguageTool's; the table
# gives each measure's median over the rounds (a run's latencies move by a third from run to run
# on a small machine), the ratio of the medians and each round's own ratio
# (bench/server_load_table.py).
# Usage: bench/server-load.sh [CORPUS]. Prints a Markdown table with the ratio; README=1 also
# writes it into README.md's section "bench/server-load.sh". Logs go to bench/out/server/.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-bench/corpus/out/100k}
warmup=${WARMUP:-10}
requests1=${REQUESTS1:-90}
requests4=${REQUESTS4:-180}
rounds=${ROUNDS:-3}
out=bench/out/server
[ -d "$corpus" ] || { echo "bench/server-load.sh: no corpus in $corpus (bench/corpus/build.sh builds it)" >&2; exit 2; }
rm -rf "$out" && mkdir -p "$out"
load=$(cut -d" " -f1 /proc/loadavg)

./relecture --version >/dev/null            # builds the jar if needed
if [ ! -d bench/out/languagetool-server-lib ]; then
  mvn -B -q -f bench/languagetool-server/pom.xml dependency:copy-dependencies \
    -DoutputDirectory="$PWD/bench/out/languagetool-server-lib"
fi

python3 bench/paragraphs.py "$corpus" 300 > "$out/paragraphs.txt"
paragraphs=$(wc -l < "$out/paragraphs.txt")

# shellcheck source=bench/server-lib.sh
. bench/server-lib.sh

# peak resident memory (MB) of a running process
peak_rss() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# measure NAME BASE_URL PID READY_S READY_PATH: one line on stdout (and stderr, to follow the run)
# "first p50_1 p95_1 p50_4 p95_4 rps4 errors matches first_again client_first_get client_warm_get ready_s peakMB"
measure() {
  local result
  result=$(java bench/ServerLoad.java "$2" "$out/paragraphs.txt" "$warmup" "$requests1" "$requests4" "$5" \
    2>>"$out/$1.client.log")
  echo "$result $4 $(peak_rss "$3")" | tee /dev/stderr
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# server_round NAME ROUND READY_PATH COMMAND...: the server COMMAND --port PORT started, measured
# once READY_PATH answers, and stopped; its log is $out/NAME.ROUND.log, its line goes to $out/NAME.results
server_round() {
  local name=$1 log="$out/$1.$2.log" ready_path=$3 port pid started
  shift 3
  port=$(free_port)
  started=$(date +%s%N)
  "$@" --port "$port" >"$log" 2>&1 &
  pid=$!
  wait_for "http://127.0.0.1:$port$ready_path" "$pid" "$log"
  measure "$name" "http://127.0.0.1:$port" "$pid" "$(seconds_since "$started")" "$ready_path" >>"$out/$name.results"
  stop "$pid"
}

languagetool=(java -cp "bench/out/languagetool-server-lib/*" org.languagetool.server.HTTPServer)
lt_config=${LT_CONFIG-bench/languagetool-server/server.properties}
[ -n "$lt_config" ] && languagetool+=(--config "$lt_config")

# Rounds alternate the two servers, so that the machine's drift over the run hits both alike.
for round in $(seq 1 "$rounds"); do
  server_round relecture "$round" /health ./relecture serve --no-cache
  server_round languagetool "$round" /v2/languages "${languagetool[@]}"
done

table=$(python3 bench/server_load_table.py "$out/languagetool.results" "$out/relecture.results" <<EOF
$rounds rounds, each of $requests1 requests at concurrency 1, then $requests4 at concurrency 4, of distinct
300-word paragraphs ($paragraphs drawn from $corpus, after the first request and $warmup uncounted
ones), $(nproc) cores, Java $(java -version 2>&1 | sed -n 's/.*version "\(.*\)".*/\1/p'), $(date -u +%Y-%m-%d), load average before the run $load.
EOF
)
echo "$table"
if [ "${README:-0}" = 1 ]; then
  python3 bench/readme_section.py "bench/server-load.sh" <<<"$table"
fi
