#!/usr/bin/env bash
# Runs the report tool (ipcbench.report.ReportMain): `table RUN_DIR`, `compare OLD NEW ...` and
# `render RUN_DIR...` (report.html, summary.md).
# Builds report/target/ipcbench-report.jar first when it is missing or older than its sources.
# Exit codes are the tool's: 0 ok, 1 significant regression (compare), 2 bad input, 3 internal
# error; a failed build also exits 3, so that it never reads as a regression.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/report/target/ipcbench-report.jar"

if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/pom.xml" "$root/report/pom.xml" "$root/report/src/main" -newer "$jar" -print -quit)" ]]; then
  echo "report.sh: building $jar" >&2
  # Maven's output goes to stderr: stdout may be a Markdown job summary.
  (cd "$root" && mvn -q -B -pl report -am package -DskipTests) >&2 || {
    echo "report.sh: build of the report tool failed" >&2
    exit 3
  }
fi

exec java -jar "$jar" "$@"
