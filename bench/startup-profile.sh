#!/usr/bin/env bash
# Where the seconds of a cold `relecture check` of one article go: runs it once plain (timed) and
# once under Java Flight Recorder, then prints the breakdown of bench/startup_profile.py and writes
# it into README.md ("Benchmark", section "bench/startup-profile.sh").
# Usage: bench/startup-profile.sh [ARTICLE]   (default seeds/001, 1,064 words)
# The launcher's options apply as for a user, class-data sharing included (RELECTURE_CDS=0 profiles
# without it); the result cache is off. README=0 prints without writing the README.
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-seeds/001_6d342fe71a67ec1b.txt}
out=bench/out/startup-profile
mkdir -p "$out"
./relecture --version >/dev/null            # builds the jar if needed
./relecture check --no-cache --format json "$article" >/dev/null || true   # makes the class-data archive if it is missing

start=$(date +%s.%N)
./relecture check --no-cache --format json "$article" >"$out/plain.json" || true
wall=$(echo "$(date +%s.%N) - $start" | bc)
RELECTURE_JAVA_OPTS="${RELECTURE_JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=2048 -XX:StartFlightRecording=filename=$out/check.jfr,settings=profile" \
  ./relecture check --no-cache --format json "$article" >"$out/jfr.json" || true

words=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["words"])' "$out/plain.json")
{
  echo "Cold \`relecture check\` of $article ($words words), $(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1 | tr -d '"'), load average $(cut -d' ' -f1-3 /proc/loadavg), class-data sharing $([ "${RELECTURE_CDS:-1}" = 0 ] && echo off || echo on):"
  echo
  python3 bench/startup_profile.py "$out/check.jfr" "$wall"
} | tee "$out/breakdown.md"
if [ "${README:-1}" != 0 ]; then
  bench/readme_section.py bench/startup-profile.sh <"$out/breakdown.md"
fi
