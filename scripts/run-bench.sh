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
  scripts/run-bench.sh load --transport T[,T...] [OPTIONS]
                                                    latency under a fixed request rate (docs/load.md)

Each run starts a daemon in its own JVM per transport and trial, drives it with JMH, and writes
results/runs/<UTC timestamp>/ with jmh.json (JMH -rf json), jmh.log and env.json, then prints a
table: transport x payload -> mean round-trip time +- 99.9% error, p50, p99, p99.9, and the
ratio to tcp-nio, and writes report.html and summary.md (the claims and their verdicts).

Options:
  --profile quick|full   quick (default): every family at a small size, 1-2 forks, short
                         iterations; under 10 minutes on 2 cores. The Netty transports warm
                         up for 8 iterations (4 s; they need that here), in a JMH pass of their
                         own; for quick round trips with 1 fork instead of 2.
                         full: the whole matrix (payloads 64 B-64 KiB, 1-64 clients, 3 forks...).
  --only FAMILIES        comma list of roundtrip, concurrency, connect, stream (default: all):
                         roundtrip: RoundTrip, one client, payload sizes;
                         concurrency: Concurrency, N clients each with a connection, requests/s
                           (quick: N = 1,4,16,64; full: 1,2,4,8,16,64; one JMH pass per N);
                         connect: Connect, connect + one 64 B request + close, connections/s;
                         stream: Stream, one-way 64 KiB / 1 MiB chunks, acked per 4 MiB, MB/s.
                         Transports a family does not apply to are listed as n/a with the reason.
                         Every family runs with -prof ipcbench.bench.profile.CpuProfiler (CPU
                         us/op of client and daemon, daemon context switches).
  --placement same|split|os
                         where client and daemon run (recorded in env.json):
                         same (default): both pinned to CPU 0 -- no cross-CPU wake-up, the most
                           repeatable figures on a small VM;
                         split: client on CPU 0, daemon on CPU 1 -- includes the cost of waking
                           another CPU, which on a VM is large and noisy;
                         os: no pinning, the scheduler decides (results can be bimodal).
                         concurrency runs split when this is same (N clients pinned with the
                         daemon to one CPU cannot scale); the table header and env.json say so.
  --rounds N             floor only: alternations per mechanism (default 4).
  -h, --help             this text.

Anything after the options (or after --) goes to JMH and wins over the profile: an option given
there replaces the profile's (per parameter for -p), a benchmark pattern replaces RoundTrip:
  scripts/run-bench.sh -- -p transport=uds-jdk,tcp-nio -f 3
  scripts/run-bench.sh --profile full -- 'RoundTrip|Floor' -prof perfnorm
Standard JMH use works too: java -jar bench/target/benchmarks.jar RoundTrip -p transport=uds-jdk

load: an open-loop generator sends --rate requests/s at fixed intervals over --connections to a
fresh daemon per transport and run, and measures latency from each request's intended send time
(corrected) beside its actual send time (uncorrected). Writes results/runs/<UTC timestamp>/load/:
per run <transport>_rate=R_conn=C_payload=P.hlog (HdrHistogram interval log) and .hgrm (percentiles
in us), summary.json; with --sweep, sweep.json and sweep.csv. Exits 1 when the achieved rate is
more than 2 % short (sweep: no rate met --slo-p99), 3 when a reply was lost, duplicated, out of
order or wrong. --placement works as above but defaults to split here: an open-loop generator must
keep sending while the daemon works, which on one shared CPU it cannot. `load --help` lists the rest:
  scripts/run-bench.sh load --transport uds-jdk,tcp-nio --rate 20000 --connections 4 --payload 256
  scripts/run-bench.sh load --transport uds-jdk --sweep --rate 5000 --slo-p99 1ms --duration 10s

Environment: JAVA (java binary, default: java on PATH), IPCBENCH_RESULTS (default: results/runs).
EOF
}

# The benchmark JVMs' flags, as bench/.../ForkFlags.java gives them to JMH's forks (@Fork): no GC
# threads, a fixed heap, Netty's leak detector off. Recorded in env.json.
fork_flags="-XX:+UseSerialGC -Xms256m -Xmx256m -XX:+AlwaysPreTouch -Dio.netty.leakDetection.level=disabled"

build_if_stale() {
  if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/pom.xml" "$root/transports" "$root/bench" \
        \( -name '*.java' -o -name 'pom.xml' \) -newer "$jar" -print -quit)" ]]; then
    echo "run-bench.sh: building $jar" >&2
    (cd "$root" && mvn -q -B package -DskipTests) >&2
  fi
}

# Runs a command with its output to the terminal and appended to a log, and returns its status.
# In the background with a wait, because bash runs a trap only between commands: a TERM to this
# script then reaches the java at once instead of after the whole benchmark.
run_logged() {
  local log="$1"; shift
  "$@" 2>&1 | tee -a "$log" &
  wait $!
}

# Ctrl-C or a TERM to this script: every process below it (JMH, its forks, their daemons) gets a
# TERM and cleans up in its shutdown hooks. Not left to Ctrl-C itself: commands started with &
# ignore SIGINT, and so do the processes they start. Daemons whose benchmark JVM vanished exit by
# themselves anyway (they watch their parent).
descendants() {
  local child
  for child in $(pgrep -P "$1"); do echo "$child"; descendants "$child"; done
}
trap_interrupt() {
  # shellcheck disable=SC2046 # a list of pids
  trap 'trap - INT TERM; kill -TERM $(descendants $$) 2>/dev/null; wait; echo "run-bench.sh: interrupted" >&2; exit 130' INT TERM
}

# Sets taskset_client and IPCBENCH_DAEMON_CPUS (read by whoever starts a daemon).
place() {
  taskset_client=()
  case "$1" in
    same)  taskset_client=(taskset -c 0); export IPCBENCH_DAEMON_CPUS=0 ;;
    split) taskset_client=(taskset -c 0); export IPCBENCH_DAEMON_CPUS=1 ;;
    os)    unset IPCBENCH_DAEMON_CPUS ;;
    *) echo "run-bench.sh: unknown placement '$1' (same, split, os)" >&2; exit 2 ;;
  esac
}

# The load generator, self-contained: its own options go to LoadMain; --placement pins here.
run_load() {
  local placement="split" java_bin="${JAVA:-java}" status=0
  local flags="$fork_flags" # the load generator runs like a benchmark JVM
  local -a args=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --placement) placement="${2:?--placement needs a value}"; shift 2 ;;
      --placement=*) placement="${1#*=}"; shift ;;
      -h|--help) build_if_stale; exec "$java_bin" -cp "$jar" ipcbench.bench.load.LoadMain --help ;;
      *) args+=("$1"); shift ;;
    esac
  done
  place "$placement"
  build_if_stale
  local run_dir commit
  run_dir="${IPCBENCH_RESULTS:-$root/results/runs}/$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$run_dir/load"
  commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  trap_interrupt
  # shellcheck disable=SC2086 # $flags is a list of flags
  run_logged "$run_dir/load/load.log" "${taskset_client[@]}" "$java_bin" $flags -cp "$jar" \
      ipcbench.bench.load.LoadMain --placement "$placement" --out "$run_dir/load" "${args[@]}" || status=$?
  "$java_bin" -cp "$jar" ipcbench.bench.cli.EnvInfo --out "$run_dir/env.json" --profile load \
      --placement "$placement" --git-commit "$commit" --jvm-flags "$flags" \
      --jmh-args "load ${args[*]}"
  exit "$status"
}

command="run"
case "${1:-}" in
  load) shift; run_load "$@" ;;
  -h|--help) usage; exit 0 ;;
  compare) shift; exec "$root/scripts/report.sh" compare "$@" ;;
  table) shift; exec "$root/scripts/report.sh" table "$@" ;;
  report) shift; exec "$root/scripts/report.sh" render "$@" ;;
  floor) command="floor"; shift ;;
esac

profile="quick"
placement="same"
only="roundtrip,concurrency,connect,stream"
rounds=4
while [[ $# -gt 0 ]]; do
  case "$1" in
    --profile) profile="${2:?--profile needs a value}"; shift 2 ;;
    --profile=*) profile="${1#*=}"; shift ;;
    --placement) placement="${2:?--placement needs a value}"; shift 2 ;;
    --placement=*) placement="${1#*=}"; shift ;;
    --only) only="${2:?--only needs a value}"; shift 2 ;;
    --only=*) only="${1#*=}"; shift ;;
    --rounds) rounds="${2:?--rounds needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    *) break ;;
  esac
done

# Before -prof gc: JMH ends iterations in reverse profiler order, so the CPU profiler's /proc
# reads stay outside the allocation count.
cpu_prof=(-prof ipcbench.bench.profile.CpuProfiler)
# Netty's pipeline needs about 4 s of warm-up here before its round trip settles (250 -> 16 us,
# measured with both JVMs' compilers on one CPU); the JDK transports settle within the first
# half-second iteration. RunFamily runs these in a pass of their own with long_warmup's settings.
long_warmup_transports=tcp-netty-epoll,uds-netty-epoll
# One JMH argument array per family and profile: the benchmark class first, then option pairs;
# family_clients: Concurrency's client counts (one JMH pass each, JMH's -t is not a parameter);
# long_warmup: warm-up iterations (and forks) for long_warmup_transports. Quick gives them 8
# warm-up iterations and, for round trips, one fork instead of two: about the same time.
family_profile() {
  family_clients=""
  long_warmup=()
  case "$profile:$1" in
    quick:roundtrip)   jmh_profile=(RoundTrip -p payload=64,16384 -f 2 -wi 2 -w 500ms -i 3 -r 500ms -bm avgt,sample "${cpu_prof[@]}" -prof gc)
                       long_warmup=(-wi 8 -f 1) ;;
    full:roundtrip)    jmh_profile=(RoundTrip -p payload=64,1024,16384,65536 -f 3 -wi 8 -w 1s -i 10 -r 1s -bm avgt,sample "${cpu_prof[@]}" -prof gc) ;;
    quick:concurrency) jmh_profile=(Concurrency -f 1 -wi 1 -w 500ms -i 4 -r 500ms "${cpu_prof[@]}"); family_clients=1,4,16,64
                       long_warmup=(-wi 8) ;;
    full:concurrency)  jmh_profile=(Concurrency -f 2 -wi 3 -w 1s -i 5 -r 1s "${cpu_prof[@]}"); family_clients=1,2,4,8,16,64
                       long_warmup=(-wi 6) ;;
    quick:connect)     jmh_profile=(Connect -f 1 -wi 2 -w 500ms -i 4 -r 500ms "${cpu_prof[@]}"); long_warmup=(-wi 8) ;;
    full:connect)      jmh_profile=(Connect -f 3 -wi 3 -w 1s -i 5 -r 1s "${cpu_prof[@]}"); long_warmup=(-wi 6) ;;
    quick:stream)      jmh_profile=(Stream -p chunk=65536,1048576 -f 1 -wi 1 -w 500ms -i 4 -r 500ms "${cpu_prof[@]}")
                       long_warmup=(-wi 8) ;;
    full:stream)       jmh_profile=(Stream -p chunk=65536,1048576 -f 3 -wi 6 -w 1s -i 5 -r 1s "${cpu_prof[@]}") ;;
    *) echo "run-bench.sh: unknown profile '$profile' (quick, full) or family '$1' ($all_families)" >&2; exit 2 ;;
  esac
}
all_families="roundtrip,concurrency,connect,stream"
for family in ${only//,/ }; do family_profile "$family"; done

place "$placement"
if [[ "$placement" == "split" && "$(nproc)" -lt 2 ]]; then
  echo "run-bench.sh: --placement split needs 2 CPUs, this machine has $(nproc)" >&2
  exit 2
fi
# Many clients on one pinned CPU cannot scale: Concurrency runs split (clients on CPU 0, the
# daemon on CPU 1) when same is asked. Not os: there one client's figure flips between the
# same-CPU and the cross-CPU mode from fork to fork (19k and 154k requests/s measured here).
family_placement() {
  if [[ "$1" == "concurrency" && "$placement" == "same" ]]; then echo split; else echo "$placement"; fi
}
placements="$placement"
if [[ ",$only," == *",concurrency,"* && "$(family_placement concurrency)" != "$placement" ]]; then
  placements="$placement (concurrency: $(family_placement concurrency))"
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

# RunFamily's options for long_warmup_transports, without those the user's JMH arguments set for
# every transport (-wi, -f): the user's word wins, as above.
long_warmup_options() {
  local -a user=("$@") options=()
  local i=0
  while (( i < ${#long_warmup[@]} )); do
    case " ${user[*]} " in
      *" ${long_warmup[i]} "*) ;;
      *) case "${long_warmup[i]}" in
           -wi) options+=(--long-warmup-iterations "${long_warmup[i+1]}") ;;
           -f)  options+=(--long-warmup-forks "${long_warmup[i+1]}") ;;
         esac ;;
    esac
    i=$((i + 2))
  done
  (( ${#options[@]} == 0 )) || printf '%s\n' --long-warmup-transports "$long_warmup_transports" "${options[@]}"
}

# Whether the user's JMH arguments name benchmarks (an argument that is not an option's).
has_pattern() {
  while [[ $# -gt 0 ]]; do
    if [[ "$1" == -* ]]; then shift 2 || shift; else return 0; fi
  done
  return 1
}

build_if_stale
java_bin="${JAVA:-java}"
run_dir="${IPCBENCH_RESULTS:-$root/results/runs}/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$run_dir"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
  commit="$commit+dirty"
fi

trap_interrupt

start=$(date +%s)
status=0
if [[ "$command" == "floor" ]]; then
  echo "run-bench.sh: floor check, placement $placement, $rounds rounds -> $run_dir" >&2
  run_logged "$run_dir/floor.log" "${taskset_client[@]}" "$java_bin" -cp "$jar" ipcbench.bench.cli.FloorCheck \
      --rounds "$rounds" --out "$run_dir/floor.json" "$@" || status=$?
  jmh_args="floor-check --rounds $rounds $*"
elif has_pattern "$@"; then
  # A benchmark pattern of the user's: one plain JMH run with the first family's profile options.
  family_profile "${only%%,*}"
  mapfile -t jmh < <(merge_jmh_args "$@")
  jmh_args="${jmh[*]} -foe true -rf json -rff $run_dir/jmh.json"
  echo "run-bench.sh: profile $profile, placement $placement -> $run_dir" >&2
  echo "run-bench.sh: java -jar $jar $jmh_args" >&2
  run_logged "$run_dir/jmh.log" "${taskset_client[@]}" "$java_bin" -jar "$jar" "${jmh[@]}" -foe true \
      -rf json -rff "$run_dir/jmh.json" || status=$?
else
  # One JMH run per family (RunFamily: only applicable transports, one pass per client count),
  # all appending to jmh.json; transports a family does not apply to go to not-applicable.txt.
  echo "run-bench.sh: profile $profile, placement $placements, families $only -> $run_dir" >&2
  jmh_args=""
  for family in ${only//,/ }; do
    family_profile "$family"
    place "$(family_placement "$family")"
    mapfile -t jmh < <(merge_jmh_args "$@")
    mapfile -t warmup < <(long_warmup_options "$@")
    clients=(); [[ -n "$family_clients" ]] && clients=(--clients "$family_clients")
    echo "run-bench.sh: $family, placement $(family_placement "$family")${family_clients:+, clients $family_clients}:" \
        "${jmh[*]}${warmup[*]:+ (${warmup[*]})}" | tee -a "$run_dir/jmh.log" >&2
    jmh_args+="$family: ${clients[*]} ${warmup[*]} ${jmh[*]}; "
    run_logged "$run_dir/jmh.log" "${taskset_client[@]}" "$java_bin" -cp "$jar" ipcbench.bench.cli.RunFamily \
        --benchmark "${jmh[0]}" "${clients[@]}" "${warmup[@]}" --json "$run_dir/jmh.json" \
        --not-applicable "$run_dir/not-applicable.txt" -- "${jmh[@]:1}" -foe true || { status=$?; break; }
  done
  place "$placement"
fi
"$java_bin" -cp "$jar" ipcbench.bench.cli.EnvInfo --out "$run_dir/env.json" --profile "$profile" \
    --placement "$placements" --git-commit "$commit" --jvm-flags "$fork_flags" --jmh-args "$jmh_args" \
    --jmh-log "$run_dir/jmh.log"
elapsed=$(( $(date +%s) - start ))

if [[ "$command" == "run" && -s "$run_dir/jmh.json" ]]; then
  echo
  echo "Results: $run_dir (placement: $placements, profile: $profile, ${elapsed}s)"
  "$root/scripts/report.sh" table "$run_dir" || status=$?
  # report.html and summary.md for this run; report.sh prints their two paths.
  "$root/scripts/report.sh" render "$run_dir" || status=$?
fi
if [[ $status -ne 0 ]]; then
  echo "run-bench.sh: the run failed (exit $status); see $run_dir/*.log" >&2
fi
exit "$status"
