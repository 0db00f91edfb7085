#!/usr/bin/env bash
# Fails when an ipcbench daemon process, or a private directory (with its socket files and FIFOs),
# is left after a test suite or a run-bench.sh run. Run it when nothing of ours should be running.
# Usage: scripts/check-clean.sh [tmpdir]   (default /tmp: the JVM's java.io.tmpdir ignores $TMPDIR)
set -euo pipefail
tmp="${1:-/tmp}"
status=0

if daemons=$(pgrep -af 'ipcbench\.(transport\.daemon\.DaemonMain|bench\.floor\.BareEcho)'); then
    echo "check-clean: ipcbench daemons still running:" >&2
    echo "$daemons" | sed 's/^/  /' >&2
    status=1
fi

left=$(find "$tmp" -maxdepth 1 -type d -name 'ipcbench-*' 2>/dev/null || true)
if [ -n "$left" ]; then
    echo "check-clean: private directories left in $tmp (s: socket, p: FIFO):" >&2
    # shellcheck disable=SC2086 # one path per line, none with spaces (mktemp names)
    find $left -printf '  %y %m %p\n' >&2
    status=1
fi

[ "$status" -eq 0 ] && echo "check-clean: no daemon process, socket file, FIFO or private directory left"
exit "$status"
