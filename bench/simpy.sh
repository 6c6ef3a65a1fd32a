#!/usr/bin/env bash
# Whole-process speed of `mdecomp simulate` against SimPy 3 on the same models (SPEC §10).
#
#   bench/simpy.sh [--runs N] [--replications R] [MODEL...]
#
# MODEL names a folder of bench/simpy holding model.yaml, scenarios.yaml and the SimPy peer
# script (*.py): mm1 (one million M/M/1 customers) and five-services (100,000 requests on five
# services behind a gateway); default: both. Each of N rounds (default 3) runs, one after the
# other, `./mdecomp simulate scenarios model.yaml scenarios.yaml --replications R` (on all cores)
# and the peer script with R replications (seeds 1..R, one after the other in one Python process,
# as SimPy runs them), each as a fresh process under /usr/bin/time. Without --replications it
# measures one run (R = 1) and then R = the number of cores, the targets' setting. Prints per
# model and R the wall and CPU (user + sys) seconds of both, min / median / max, and the ratios
# SimPy / mdecomp of the medians, with the range of the per-round wall ratios, the load average
# before and after, and the headline results of the last round of both, which should agree
# within sampling noise. One untimed run first builds the jar and its class-data archives.
# SimPy: Debian's python3-simpy3 (apt-get install python3-simpy3).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3
replications=
models=()
while (($#)); do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --replications) replications="$2"; shift 2 ;;
        -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "simpy.sh: unknown option '$1' (--help for usage)" >&2; exit 2 ;;
        *) models+=("$1"); shift ;;
    esac
done
((${#models[@]})) || models=(mm1 five-services)
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "simpy.sh: --runs takes a positive number, got '$runs'" >&2; exit 2; }
[[ -z "$replications" || "$replications" =~ ^[1-9][0-9]*$ ]] \
    || { echo "simpy.sh: --replications takes a positive number, got '$replications'" >&2; exit 2; }
if [[ -n "$replications" ]]; then
    settings=("$replications")
else
    cores="$(nproc 2>/dev/null || echo 1)"
    settings=(1)
    ((cores > 1)) && settings+=("$cores")
fi
[[ -x /usr/bin/time ]] || { echo "simpy.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
python=""
for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import simpy' 2>/dev/null; then
        python="$candidate"
        break
    fi
done
[[ -n "$python" ]] || { echo "simpy.sh: no python3 with SimPy found (apt-get install python3-simpy3)" >&2; exit 2; }
for model in "${models[@]}"; do
    [[ -f "$root/bench/simpy/$model/model.yaml" ]] \
        || { echo "simpy.sh: no model '$model' in bench/simpy (known: mm1, five-services)" >&2; exit 2; }
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$root"

# Runs a command under /usr/bin/time; appends "wall cpu" to $1, its stdout goes to $2.
timed() {
    local times="$1" out="$2"
    shift 2
    /usr/bin/time -f "%e %U %S" -o "$scratch/time" "$@" >"$out"
    awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$scratch/time" >>"$times"
}

# Prints "min / median / max" of column $2 of file $1.
spread() {
    cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f / %.2f / %.2f", v[1], v[int((NR + 1) / 2)], v[NR] }'
}

median() {
    cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

printf 'SimPy %s (%s), %s, %d rounds, replications per run: %s, %s core(s)\n' \
    "$("$python" -c 'import simpy; print(simpy.__version__)')" "$python" "$(java -version 2>&1 | head -n 1)" \
    "$runs" "${settings[*]}" "$(nproc 2>/dev/null || echo '?')"
for replications in "${settings[@]}"; do
    for model in "${models[@]}"; do
        dir="bench/simpy/$model"
        peer="$(find "$dir" -maxdepth 1 -name '*.py' | head -n 1)"
        mdecomp=(./mdecomp simulate scenarios "$dir/model.yaml" "$dir/scenarios.yaml" --replications "$replications")
        "${mdecomp[@]}" >/dev/null
        : >"$scratch/mdecomp.times"
        : >"$scratch/simpy.times"
        load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
        for ((round = 0; round < runs; round++)); do
            timed "$scratch/mdecomp.times" "$scratch/mdecomp.out" "${mdecomp[@]}"
            timed "$scratch/simpy.times" "$scratch/simpy.out" "$python" "$peer" 1 "$replications"
        done
        load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
        paste -d' ' "$scratch/simpy.times" "$scratch/mdecomp.times" \
            | awk '{ printf "%.2f\n", $1 / $3 }' >"$scratch/ratios"
        echo
        echo "== $model, $replications replication(s) (load average before: $load_before, after: $load_after)"
        printf '  %-8s wall s %s   cpu s %s   (min / median / max)\n' mdecomp \
            "$(spread "$scratch/mdecomp.times" 1)" "$(spread "$scratch/mdecomp.times" 2)"
        printf '  %-8s wall s %s   cpu s %s\n' SimPy \
            "$(spread "$scratch/simpy.times" 1)" "$(spread "$scratch/simpy.times" 2)"
        awk -v sw="$(median "$scratch/simpy.times" 1)" -v mw="$(median "$scratch/mdecomp.times" 1)" \
            -v sc="$(median "$scratch/simpy.times" 2)" -v mc="$(median "$scratch/mdecomp.times" 2)" \
            -v range="$(sort -g "$scratch/ratios" | sed -n '1p;$p' | paste -sd' ' | sed 's/ / - /')" \
            'BEGIN { printf "  ratio SimPy / mdecomp: %.1fx wall (per round %sx), %.1fx cpu\n", sw / mw, range, sc / mc }'
        echo "  mdecomp's last run:"
        grep -E '^  (route|[A-Z]+ /)' "$scratch/mdecomp.out" | sed 's/^/    /'
        echo "  SimPy's last run:"
        sed 's/^/    /' "$scratch/simpy.out"
    done
done
