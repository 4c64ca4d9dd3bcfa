#!/usr/bin/env bash
# Benchmark: wall time of `./howler plan prod` from a built jar (the CLI's CDS archive already made).
# Usage: infra/cli/bench/plan-prod.sh [RUNS]   (default 11). Prints each run, then min / median / max in seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
runs="${1:-11}"
./howler plan prod > /dev/null   # builds the jar and the CDS archive if needed; not measured
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./howler plan prod > /dev/null
  end=$(date +%s%N)
  t=$(( (end - start) / 1000000 ))
  times+=("$t")
  printf 'run: %d.%03d s\n' $((t / 1000)) $((t % 1000))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
fmt() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }
echo "runs=$runs min=$(fmt "${sorted[0]}") median=$(fmt "${sorted[$((runs / 2))]}") max=$(fmt "${sorted[$((runs - 1))]}") s"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
