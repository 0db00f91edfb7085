#!/usr/bin/env bash
# The one command a user runs: builds the jars when a source is newer than them, then runs the
# command line in the benchmark jar (ipcbench.bench.cli.Main). --help lists the commands.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_jar="$root/bench/target/benchmarks.jar"
report_jar="$root/report/target/ipcbench-report.jar"

stale() {
  [[ ! -f "$1" ]] || [[ -n "$(find "$root/pom.xml" "$root"/{transports,bench,report}/pom.xml \
      "$root"/{transports,bench,report}/src/main -newer "$1" -print -quit)" ]]
}
if stale "$bench_jar" || stale "$report_jar"; then
  echo "run-bench.sh: building $bench_jar and $report_jar" >&2
  (cd "$root" && mvn -q -B package -DskipTests) >&2
fi

# exec: a TERM to this script reaches the command line, which stops everything it started.
exec "${JAVA:-java}" -Dipcbench.root="$root" -cp "$bench_jar" ipcbench.bench.cli.Main "$@"
