#!/usr/bin/env bash
# Start-up bench for the launcher (SPEC §10: `mdecomp --help` under 0.5 s once the jar is built).
# Runs `./mdecomp --help` RUNS times (default 20) after one warm-up run that builds the jar and its
# class-data-sharing archive if needed, and prints min / median / max wall seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-20}"
./mdecomp --help >/dev/null
times=()
for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    ./mdecomp --help >/dev/null
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v runs="$runs" '
    { t[NR] = $1 }
    END { printf "mdecomp --help: runs=%d min=%.3fs median=%.3fs max=%.3fs (target < 0.5s)\n",
          runs, t[1], t[int((NR + 1) / 2)], t[NR] }'
