# What the server benchmarks share (sourced by server-load.sh, first-request.sh, server-profile.sh).

# free_port: a TCP port on loopback that nothing listens on now
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# wait_for URL PID LOG: until URL answers 200 (polled every 50 ms), or the server exits (see LOG).
wait_for() {
  for _ in $(seq 1 4800); do
    if curl -sf -o /dev/null "$1"; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "server exited; see $3" >&2; return 1; }
    sleep 0.05
  done
  echo "server did not start: $1" >&2; return 1
}

# seconds_since NANOS: the seconds since NANOS (a reading of `date +%s%N`), to a tenth
seconds_since() {
  local tenths=$(( ($(date +%s%N) - $1) / 100000000 ))
  echo "$((tenths / 10)).$((tenths % 10))"
}
