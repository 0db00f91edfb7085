#!/usr/bin/env bash
# What the CI gate costs and how often it cries wolf (issue 17, docs/ci.md): runs a profile on this
# checkout K times as it is (A) and K' times with a test-only delay injected into one transport's
# daemons (B), interleaved so that drift of the machine hits both, then has the report tool pair and
# count them (scripts/report.sh gate-study: A/A and A/B comparisons pooled as bench.yml pools its
# rounds) and writes the Markdown to OUT/gate-study.md. Runs only; the pairing and counting are Java.
#
# Usage: scripts/gate-study.sh --delay TRANSPORT:TIME [--a-runs 16] [--b-runs 8] [--rounds 8]
#            [--profile ci] [--threshold 5%,10%] [--alpha 0.05] [--samples auto] [--informational ROWS]
#            [--out DIR] [-- RUN_BENCH_OPTIONS...]
#   --delay      the B runs' run-bench.sh --inject-delay, e.g. uds-jdk:500ns (a tenth of its round trip)
#   --alpha, --samples, --informational  as compare's (bench.yml's: 0.05, auto, transport=shm-spin,Concurrency)
#   --out        default results/gate-study/<UTC timestamp>; A runs in OUT/a, B runs in OUT/b
#   after --     more run-bench.sh options for every run, e.g. --only roundtrip
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

delay="" a_runs=16 b_runs=8 rounds=8 profile=ci thresholds="5%,10%" alpha=0.05 samples=auto
informational="transport=shm-spin,Concurrency" out="" extra=()
usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while (( $# )); do
  case "$1" in
    --delay) delay="$2"; shift 2 ;;
    --a-runs) a_runs="$2"; shift 2 ;;
    --b-runs) b_runs="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    --threshold) thresholds="$2"; shift 2 ;;
    --alpha) alpha="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --informational) informational="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) usage ;;
    *) echo "gate-study.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ -n "$delay" ]] || { echo "gate-study.sh: --delay TRANSPORT:TIME is needed (e.g. uds-jdk:500ns)" >&2; exit 2; }
[[ "$a_runs" =~ ^[0-9]+$ && "$b_runs" =~ ^[0-9]+$ && "$rounds" =~ ^[1-9][0-9]*$ ]] \
  || { echo "gate-study.sh: --a-runs, --b-runs and --rounds are counts" >&2; exit 2; }
(( a_runs >= 2 * rounds )) || { echo "gate-study.sh: $rounds round(s) need at least $((2 * rounds)) A runs" >&2; exit 2; }
out="${out:-$root/results/gate-study/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out/a" "$out/b"

# A and B interleaved, the B runs spread evenly among the A runs (8 and 4: A A B A A B ...).
total=$((a_runs + b_runs))
for (( i = 0; i < total; i++ )); do
  if (( (i + 1) * b_runs / total > i * b_runs / total )); then side=b; else side=a; fi
  options=(--profile "$profile" "${extra[@]}")
  [[ "$side" == b ]] && options=(--inject-delay "$delay" "${options[@]}")
  echo "gate-study.sh: run $((i + 1)) of $total ($side): run-bench.sh ${options[*]}" >&2
  start=$SECONDS
  IPCBENCH_RESULTS="$out/$side" "$root/scripts/run-bench.sh" "${options[@]}"
  echo "$side $((SECONDS - start))s" >> "$out/durations.txt"
done

# Run directories are named by UTC timestamp: in name order is in the order they ran.
list() { find "$1" -mindepth 1 -maxdepth 1 -type d | sort | paste -sd, -; }
b_list="$(list "$out/b")"
"$root/scripts/report.sh" gate-study "$(list "$out/a")" ${b_list:+"$b_list"} --rounds "$rounds" \
  --threshold "$thresholds" --alpha "$alpha" --samples "$samples" ${informational:+--informational "$informational"} \
  > "$out/gate-study.md"
cat "$out/gate-study.md"
echo "gate-study.sh: $out/gate-study.md; each run's time in $out/durations.txt" >&2
