#!/usr/bin/env bash
# Prints instructions per operation for every benchmark implementation, counted by callgrind
# over a fixed number of rounds with collection on only around the measured loop. "net" is
# that count less the same loop with no work in it, so it is the cost of one call alone.
# FILTER keeps only the cases whose name contains it, as the binary's --filter does.
# Usage: scripts/bench-callgrind.sh BENCH_BINARY [ROUNDS [FILTER]]
set -euo pipefail
bench=$1
rounds=${2:-2000}
filter=${3:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Prints the instructions callgrind counted for one --run of the benchmark.
count() {
    valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file="$out/cg" \
        "$bench" --run "$1" "$2" "$rounds" >/dev/null 2>&1
    sed -n 's/^summary: *\([0-9]*\).*/\1/p' "$out/cg" | head -n 1
}

printf '%-40s %-34s %10s %10s %10s\n' "case" "implementation" "instr/op" "net/op" "net/byte"
previous_case=
list_options=(--list)
if [ -n "$filter" ]; then
    list_options=(--filter "$filter" --list)
fi
"$bench" "${list_options[@]}" | while read -r case_index implementation ops bytes rest; do
    case_name=${rest%% | *}
    name=${rest#* | }
    if [ "$case_index" != "$previous_case" ]; then
        overhead=$(count "$case_index" loop)
        previous_case=$case_index
    fi
    total=$(count "$case_index" "$implementation")
    awk -v t="$total" -v l="$overhead" -v r="$rounds" -v o="$ops" -v b="$bytes" \
        -v c="$case_name" -v n="$name" 'BEGIN {
            per = t / (r * o); net = (t - l) / (r * o)
            printf "%-40s %-34s %10.1f %10.1f %10s\n", substr(c, 1, 40), n, per, net,
                   (b > 0 ? sprintf("%.2f", net / b) : "-")
        }'
done
