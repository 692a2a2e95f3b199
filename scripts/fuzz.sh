#!/usr/bin/env bash
# Runs each libFuzzer target for a fixed time on a copy of its seed corpus and prints one line
# per target with its executions, then "N passed, N failed" (a target passes when it ran its
# whole time without a crash, a leak or a sanitizer report).
# Usage: scripts/fuzz.sh BUILD_DIR SECONDS TARGET...
set -uo pipefail
dir=$1
seconds=$2
shift 2
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for target in "$@"; do
    name=${target#fuzz_}
    mkdir -p "$work/$name"
    if [ -d "fuzz/corpus/$name" ]; then
        cp -r "fuzz/corpus/$name/." "$work/$name/"
    fi
    log="$work/$name.log"
    "$dir/$target" -max_total_time="$seconds" -print_final_stats=1 -max_len=4096 \
        -artifact_prefix="$work/$name-" "$work/$name" >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$status" -eq 0 ]; then
        passed=$((passed + 1))
        echo "fuzz $target: ${runs:-0} executions in ${seconds} s, no failure"
    else
        failed=$((failed + 1))
        echo "fuzz $target: FAILED (exit $status) after ${runs:-?} executions; the end of its log:"
        tail -n 30 "$log"
        mkdir -p build/fuzz-artifacts
        cp "$work/$name"-* build/fuzz-artifacts/ 2>/dev/null || true
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
