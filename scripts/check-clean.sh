#!/usr/bin/env bash
# Fails when an ipcbench daemon process, or a private directory (with its socket files and FIFOs),
# is left after a test suite or a run-bench.sh run. Run it when nothing of ours should be running.
# Usage: scripts/check-clean.sh [--since FILE] [tmpdir]
#   tmpdir        default /tmp (the JVM's java.io.tmpdir ignores $TMPDIR)
#   --since FILE  only directories changed after FILE was touched fail the check: CI touches FILE
#                 before its tests, so a directory left by an earlier run that was SIGKILLed (no
#                 code can clean up after that) is listed but is not blamed on this run.
set -euo pipefail
since=""
if [[ "${1:-}" == --since ]]; then since="$2"; shift 2; fi
tmp="${1:-/tmp}"
status=0

if daemons=$(pgrep -af 'ipcbench\.(transport\.daemon\.DaemonMain|bench\.floor\.BareEcho)'); then
    echo "check-clean: ipcbench daemons still running:" >&2
    echo "$daemons" | sed 's/^/  /' >&2
    status=1
fi

# Other programs a test started in one of our private directories (redis-server works in its
# --dir, nginx names its -c and -p there): found by working directory or command line.
others=""
for proc in /proc/[0-9]*; do
  pid="${proc#/proc/}"
  [ "$pid" = "$$" ] && continue
  cwd=$(readlink "$proc/cwd" 2>/dev/null) || cwd=""
  cmd=$(tr '\0' ' ' 2>/dev/null < "$proc/cmdline") || cmd=""
  case "$cmd" in *ipcbench.transport.daemon.DaemonMain*|*ipcbench.bench.floor.BareEcho*) continue ;; esac
  if [[ "$cwd" == "$tmp"/ipcbench-* || "$cmd" == *" $tmp/ipcbench-"* ]]; then
    others+="  $pid (in ${cwd}) $cmd"$'\n'
  fi
done
if [ -n "$others" ]; then
  echo "check-clean: processes still running in our private directories:" >&2
  printf '%s' "$others" >&2
  status=1
fi

# list [find tests...]: our private directories in $tmp, with their socket files and FIFOs.
list() {
    local dirs
    dirs=$(find "$tmp" -maxdepth 1 -type d -name 'ipcbench-*' "$@" 2>/dev/null || true)
    # shellcheck disable=SC2086 # one path per line, none with spaces (mktemp names)
    [ -z "$dirs" ] || find $dirs -printf '  %y %m %p\n'
}

if [ -n "$since" ]; then
    older=$(list ! -newer "$since")
    [ -z "$older" ] || printf 'check-clean: left before this run started, not counted:\n%s\n' "$older" >&2
    left=$(list -newer "$since")
else
    left=$(list)
fi
if [ -n "$left" ]; then
    echo "check-clean: private directories left in $tmp (s: socket, p: FIFO):" >&2
    echo "$left" >&2
    status=1
fi

[ "$status" -eq 0 ] && echo "check-clean: no daemon process (ours or one a test started), socket file, FIFO or private directory left"
exit "$status"
