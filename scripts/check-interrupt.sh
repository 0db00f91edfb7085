#!/usr/bin/env bash
# Interrupts run-bench.sh while a daemon runs, as a user would (Ctrl-C to the whole foreground
# process group; a TERM to the script alone), and after each checks that it stopped within its
# deadline and left nothing behind (scripts/check-clean.sh). Needs bench/target/benchmarks.jar.
# Usage: scripts/check-interrupt.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$(mktemp -d)"
started="$results/started" # check-clean.sh --since: what an earlier, killed run left is not ours
touch "$started"
trap 'rm -rf "$results"' EXIT
# One long RoundTrip trial: a daemon is up for all of it.
tiny=(--only roundtrip -- -p transport=uds-jdk -p payload=64 -f 1 -wi 0 -i 1 -r 60s -bm avgt)

# interrupt SIGNAL TARGET: TARGET "group" (the terminal's Ctrl-C) or "script" (kill PID).
interrupt() {
  local signal="$1" target="$2" pid waited=0
  # Its own session, so that the group signal reaches run-bench.sh and its children only; SIGINT
  # restored, as in a terminal (a command started with & ignores it, and so would the script).
  IPCBENCH_RESULTS="$results" setsid env --default-signal=INT "$root/scripts/run-bench.sh" "${tiny[@]}" \
      >"$results/out.log" 2>&1 &
  pid=$!
  until pgrep -f 'ipcbench\.transport\.daemon\.DaemonMain' >/dev/null; do
    sleep 0.5; waited=$((waited + 1))
    if (( waited > 120 )); then
      echo "check-interrupt: no daemon started within 60 s" >&2; cat "$results/out.log" >&2; exit 1
    fi
  done
  sleep 2
  if [[ "$target" == group ]]; then kill -"$signal" -- "-$pid"; else kill -"$signal" "$pid"; fi
  local start=$SECONDS status=0
  # run-bench.sh must be gone well before the 60 s measurement would have ended.
  timeout 20 tail --pid="$pid" -f /dev/null || { echo "check-interrupt: run-bench.sh still running 20 s after SIG$signal" >&2; exit 1; }
  wait "$pid" || status=$?
  echo "check-interrupt: SIG$signal to the $target: run-bench.sh exited $status after $((SECONDS - start)) s"
  sleep 3 # a daemon whose parent just went away takes up to ~2 s to notice
  [[ "$status" -ne 0 ]] || { echo "check-interrupt: an interrupted run exited 0" >&2; exit 1; }
  "$root/scripts/check-clean.sh" --since "$started"
}

interrupt INT group
interrupt TERM script
