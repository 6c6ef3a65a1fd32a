#!/usr/bin/env bash
# Decomposition benchmark (issue: score mdecomp on monoliths with published ground truths).
#
#   bench/decomposition.sh [--out DIR] APP=CHECKOUT...
#
# APP names a directory of bench/decomposition (PetClinic, JPetStore6, ShoppingApp, DayTrader)
# holding ground-truth.csv and baseline-*.csv; CHECKOUT is the application's source tree (see
# docs/benchmarks.md for the repositories and commits). For each application, with default
# settings and then with --services N (N = the number of services in its ground truth):
#   mdecomp import java CHECKOUT -o APP.yaml --report APP-import.md
#   mdecomp propose APP.yaml -o APP-proposed.yaml --components-out APP-components.csv
#   mdecomp evaluate APP-components.csv --truth ground-truth.csv --baseline NAME=baseline-NAME.csv...
# Prints one Markdown table of every score (per kind and over all components) and the wall and CPU
# (user + sys) seconds of import + propose + evaluate per application and setting (target: under
# 10 s each), with the machine's load average: on a shared machine wall time mostly measures the
# other processes, CPU time the work done. The intermediate files stay in --out (default: a new
# temporary directory). Settings of the propose step come from the usual places (an mdecomp.yaml
# beside the imported model is not written, so the defaults, or MDECOMP_* variables).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/bench/decomposition"
out=""
apps=()
while (($#)); do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *=*) apps+=("$1"); shift ;;
        *) echo "decomposition.sh: expected APP=CHECKOUT, got '$1' (--help for usage)" >&2; exit 2 ;;
    esac
done
if ((${#apps[@]} == 0)); then
    echo "decomposition.sh: give at least one APP=CHECKOUT, e.g. PetClinic=../spring-petclinic" >&2
    exit 2
fi
for app in "${apps[@]}"; do
    name="${app%%=*}"
    dir="${app#*=}"
    [[ -f "$data/$name/ground-truth.csv" ]] || { echo "decomposition.sh: no ground truth for '$name' in $data" >&2; exit 2; }
    [[ -d "$dir" ]] || { echo "decomposition.sh: '$dir' is not a directory" >&2; exit 2; }
done
out="${out:-$(mktemp -d)}"
mkdir -p "$out"
mdecomp="$root/mdecomp"
"$mdecomp" --version >/dev/null   # builds the jar once, outside the timings

# timed STEP COMMAND...: runs COMMAND under /usr/bin/time; sets wall_STEP and cpu_STEP (seconds).
timed() {
    local step="$1"
    shift
    /usr/bin/time -f '%e %U %S' -o "$out/.time" "$@"
    read -r wall user sys <"$out/.time"
    printf -v "wall_$step" '%.2f' "$wall"
    printf -v "cpu_$step" '%.2f' "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
}
sum() { awk -v a="$1" -v b="$2" -v c="$3" 'BEGIN { printf "%.2f", a + b + c }'; }
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }

rows=()
timings=()
for app in "${apps[@]}"; do
    name="${app%%=*}"
    dir="${app#*=}"
    truth="$data/$name/ground-truth.csv"
    services=$(tail -n +2 "$truth" | awk -F, '{ print $NF }' | tr -d '\r' | grep -vx -e C -e N/U | sort -u | wc -l)
    baselines=()
    for file in "$data/$name"/baseline-*.csv; do
        label="$(basename "$file" .csv)"
        baselines+=(--baseline "${label#baseline-}=$file")
    done
    for setting in default "services $services"; do
        tag="$name"
        options=()
        if [[ "$setting" != default ]]; then
            tag="$name-n$services"
            options=(--services "$services")
        fi
        load_before=$(load)
        timed import "$mdecomp" import java "$dir" -o "$out/$name.yaml" --report "$out/$name-import.md" >/dev/null
        timed propose "$mdecomp" propose "$out/$name.yaml" -o "$out/$tag-proposed.yaml" \
            --components-out "$out/$tag-components.csv" "${options[@]}" >"$out/$tag-propose.txt"
        timed evaluate "$mdecomp" evaluate "$out/$tag-components.csv" --name mdecomp --truth "$truth" \
            "${baselines[@]}" --format markdown -o "$out/$tag-evaluate.md"
        timings+=("| $name | $setting | $wall_import / $cpu_import | $wall_propose / $cpu_propose \
| $wall_evaluate / $cpu_evaluate | $(sum "$wall_import" "$wall_propose" "$wall_evaluate") \
/ $(sum "$cpu_import" "$cpu_propose" "$cpu_evaluate") | $load_before → $(load) |")
        while IFS= read -r row; do
            if [[ "$row" == *"| mdecomp |"* ]]; then
                rows+=("| $name | $setting |${row#|}")
            elif [[ "$setting" == default ]]; then
                rows+=("| $name | published |${row#|}")   # the baselines once per application
            fi
        done < <(grep -E '^\| (class|table|view|all) \|' "$out/$tag-evaluate.md")
    done
done

echo "| app | setting | scope | assignment | placed | correct | accuracy | MoJoFM | ARI |"
echo "|---|---|---|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "| app | setting | import s wall / CPU | propose s | evaluate s | total s | load average |"
echo "|---|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${timings[@]}"
echo
echo "files in $out"
