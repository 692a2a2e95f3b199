#!/bin/sh
# Closes `make check`: shows the log of every failed step, then prints the total as
# "N passed, N failed", where each step (one build and run of the suite, one analyser run,
# one script) counts as one check. Exits 1 when a step failed, when EXPECTED steps were
# named and some did not record a result, or when there is no step at all.
#
#     scripts/check-summary.sh DIR [EXPECTED_STEP...]
set -u

dir=$1
shift

passed=0
failed=0
for result in "$dir"/*.result; do
    [ -e "$result" ] || continue
    name=$(basename "$result" .result)
    if grep -q '^ok ' "$result"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "---- $name failed; the end of $dir/$name.log:"
        tail -n 40 "$dir/$name.log"
    fi
done

for step in "$@"; do
    if [ ! -e "$dir/$step.result" ]; then
        echo "---- $step recorded no result"
        failed=$((failed + 1))
    fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
