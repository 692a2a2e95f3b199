#!/usr/bin/env bash
# Counts with callgrind the instructions of one call on each worst-case pattern at 64 KiB
# and at 1 MiB, only inside worst_case_call, and prints their ratio: about 16 means the
# cost grows linearly. Instruction counts repeat exactly, unlike times on a shared machine.
# Usage: scripts/worst-case-callgrind.sh WORST_CASE_BINARY
set -euo pipefail
program=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Prints the instructions callgrind counted inside worst_case_call for one --run.
count() {
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=worst_case_call \
        --callgrind-out-file="$out/cg" "$program" --run "$1" "$2" >/dev/null 2>&1
    sed -n 's/^summary: *\([0-9]*\).*/\1/p' "$out/cg" | head -n 1
}

printf '%-46s %14s %14s %7s\n' "pattern" "64 KiB (Ir)" "1 MiB (Ir)" "ratio"
"$program" --list | while read -r index name; do
    small=$(count "$index" 65536)
    large=$(count "$index" 1048576)
    awk -v n="$name" -v s="$small" -v l="$large" \
        'BEGIN { printf "%-46s %14d %14d %7.1f\n", n, s, l, l / s }'
done
