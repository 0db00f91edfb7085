#!/usr/bin/env bash
# The one command a user runs. See --help, and README.md for how to read the results.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/bench/target/benchmarks.jar"

usage() {
  cat <<'EOF'
Usage:
  scripts/run-bench.sh [OPTIONS] [-- JMH_ARGS...]   run the benchmarks (default: quick profile)
  scripts/run-bench.sh floor [OPTIONS]              harness overhead: RoundTrip vs a bare ping-pong
  scripts/run-bench.sh table RUN_DIR                print a run's results table again
  scripts/run-bench.sh report RUN_DIR... [--reference X] [--out D] [--claims F]
                                                    render report.html + summary.md again
                                                    (several runs side by side; docs/report.md)
  scripts/run-bench.sh compare OLD NEW [...]        compare two runs (see docs/compare.md)

Each run starts a daemon in its own JVM per transport and trial, drives it with JMH, and writes
results/runs/<UTC timestamp>/ with jmh.json (JMH -rf json), jmh.log and env.json, then prints a
table: transport x payload -> mean round-trip time +- 99.9% error, p50, p99, p99.9, and the
ratio to tcp-nio, and writes report.html and summary.md (the claims and their verdicts).

Options:
  --profile quick|full   quick (default): every transport, payloads 64 and 16384 B, 2 forks,
                         short iterations; a few minutes on 2 cores.
                         full: payloads 64, 1 KiB, 16 KiB, 64 KiB, 3 forks, 5+10 iterations of 1 s.
  --placement same|split|os
                         where client and daemon run (recorded in env.json):
                         same (default): both pinned to CPU 0 -- no cross-CPU wake-up, the most
                           repeatable figures on a small VM;
                         split: client on CPU 0, daemon on CPU 1 -- includes the cost of waking
                           another CPU, which on a VM is large and noisy;
                         os: no pinning, the scheduler decides (results can be bimodal).
  --rounds N             floor only: alternations per mechanism (default 4).
  -h, --help             this text.

Anything after the options (or after --) goes to JMH and wins over the profile: an option given
there replaces the profile's (per parameter for -p), a benchmark pattern replaces RoundTrip:
  scripts/run-bench.sh -- -p transport=uds-jdk,tcp-nio -f 3
  scripts/run-bench.sh --profile full -- 'RoundTrip|Floor' -prof perfnorm
Standard JMH use works too: java -jar bench/target/benchmarks.jar RoundTrip -p transport=uds-jdk

Environment: JAVA (java binary, default: java on PATH), IPCBENCH_RESULTS (default: results/runs).
EOF
}

build_if_stale() {
  if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/pom.xml" "$root/transports" "$root/bench" \
        \( -name '*.java' -o -name 'pom.xml' \) -newer "$jar" -print -quit)" ]]; then
    echo "run-bench.sh: building $jar" >&2
    (cd "$root" && mvn -q -B package -DskipTests) >&2
  fi
}

command="run"
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  compare) shift; exec "$root/scripts/report.sh" compare "$@" ;;
  table) shift; exec "$root/scripts/report.sh" table "$@" ;;
  report) shift; exec "$root/scripts/report.sh" render "$@" ;;
  floor) command="floor"; shift ;;
esac

profile="quick"
placement="same"
rounds=4
while [[ $# -gt 0 ]]; do
  case "$1" in
    --profile) profile="${2:?--profile needs a value}"; shift 2 ;;
    --profile=*) profile="${1#*=}"; shift ;;
    --placement) placement="${2:?--placement needs a value}"; shift 2 ;;
    --placement=*) placement="${1#*=}"; shift ;;
    --rounds) rounds="${2:?--rounds needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    *) break ;;
  esac
done

# The benchmark JVMs' flags (bench/.../ForkFlags.java; JMH forks take them from @Fork).
fork_flags="-XX:+UseSerialGC -Xms256m -Xmx256m -XX:+AlwaysPreTouch"
case "$profile" in
  quick) jmh_profile=(RoundTrip -p payload=64,16384 -f 2 -wi 2 -w 500ms -i 3 -r 500ms -bm avgt,sample -prof gc) ;;
  full)  jmh_profile=(RoundTrip -p payload=64,1024,16384,65536 -f 3 -wi 5 -w 1s -i 10 -r 1s -bm avgt,sample -prof gc) ;;
  *) echo "run-bench.sh: unknown profile '$profile' (quick, full)" >&2; exit 2 ;;
esac

taskset_client=()
case "$placement" in
  same)  taskset_client=(taskset -c 0); export IPCBENCH_DAEMON_CPUS=0 ;;
  split) taskset_client=(taskset -c 0); export IPCBENCH_DAEMON_CPUS=1 ;;
  os)    unset IPCBENCH_DAEMON_CPUS ;;
  *) echo "run-bench.sh: unknown placement '$placement' (same, split, os)" >&2; exit 2 ;;
esac
if [[ "$placement" == "split" && "$(nproc)" -lt 2 ]]; then
  echo "run-bench.sh: --placement split needs 2 CPUs, this machine has $(nproc)" >&2
  exit 2
fi

# The user's JMH arguments win over the profile's: a profile option the user also gives (per
# parameter name for -p, per profiler for -prof) is dropped, and a benchmark pattern replaces it.
option_key() { case "$1" in -p|-prof) echo "$1 ${2%%[=:]*}" ;; *) echo "$1" ;; esac; }
merge_jmh_args() {
  local -a user=("$@") merged=()
  local keys=" " include="" i=0
  while (( i < ${#user[@]} )); do
    if [[ "${user[i]}" == -* ]]; then
      keys+="$(option_key "${user[i]}" "${user[i+1]:-}")|"; i=$((i + 2))
    else
      include="${user[i]}"; i=$((i + 1))
    fi
  done
  merged=("${include:-${jmh_profile[0]}}")
  i=1
  while (( i < ${#jmh_profile[@]} )); do
    if [[ "$keys" != *"$(option_key "${jmh_profile[i]}" "${jmh_profile[i+1]}")|"* ]]; then
      merged+=("${jmh_profile[i]}" "${jmh_profile[i+1]}")
    fi
    i=$((i + 2))
  done
  i=0
  while (( i < ${#user[@]} )); do
    if [[ "${user[i]}" == -* ]]; then merged+=("${user[i]}" "${user[i+1]}"); i=$((i + 2)); else i=$((i + 1)); fi
  done
  printf '%s\n' "${merged[@]}"
}

build_if_stale
java_bin="${JAVA:-java}"
run_dir="${IPCBENCH_RESULTS:-$root/results/runs}/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$run_dir"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
  commit="$commit+dirty"
fi

# Ctrl-C reaches every process of the foreground group (JMH, its forks, their daemons), which all
# clean up in shutdown hooks; a TERM to this script alone is passed on to its children. Daemons
# whose benchmark JVM vanished exit by themselves (they watch their parent).
trap 'trap - INT TERM; pkill -TERM -P $$ 2>/dev/null; wait; echo "run-bench.sh: interrupted" >&2; exit 130' INT TERM

start=$(date +%s)
status=0
if [[ "$command" == "floor" ]]; then
  echo "run-bench.sh: floor check, placement $placement, $rounds rounds -> $run_dir" >&2
  "${taskset_client[@]}" "$java_bin" -cp "$jar" ipcbench.bench.cli.FloorCheck --rounds "$rounds" \
      --out "$run_dir/floor.json" "$@" 2>&1 | tee "$run_dir/floor.log" || status=$?
  jmh_args="floor-check --rounds $rounds $*"
else
  mapfile -t jmh < <(merge_jmh_args "$@")
  jmh_args="${jmh[*]} -foe true -rf json -rff $run_dir/jmh.json"
  echo "run-bench.sh: profile $profile, placement $placement -> $run_dir" >&2
  echo "run-bench.sh: java -jar $jar $jmh_args" >&2
  "${taskset_client[@]}" "$java_bin" -jar "$jar" "${jmh[@]}" -foe true \
      -rf json -rff "$run_dir/jmh.json" 2>&1 | tee "$run_dir/jmh.log" || status=$?
fi
"$java_bin" -cp "$jar" ipcbench.bench.cli.EnvInfo --out "$run_dir/env.json" --profile "$profile" \
    --placement "$placement" --git-commit "$commit" --jvm-flags "$fork_flags" --jmh-args "$jmh_args"
elapsed=$(( $(date +%s) - start ))

if [[ "$command" == "run" && -s "$run_dir/jmh.json" ]]; then
  echo
  echo "Results: $run_dir (placement: $placement, profile: $profile, ${elapsed}s)"
  "$root/scripts/report.sh" table "$run_dir" || status=$?
  # report.html and summary.md for this run; report.sh prints their two paths.
  "$root/scripts/report.sh" render "$run_dir" || status=$?
fi
if [[ $status -ne 0 ]]; then
  echo "run-bench.sh: the run failed (exit $status); see $run_dir/*.log" >&2
fi
exit "$status"
