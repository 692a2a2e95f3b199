#!/bin/sh
# Runs one step of `make check` and records its result, so that the steps can run in
# parallel and scripts/check-summary.sh can count them afterwards.
#
#     scripts/check-step.sh DIR NAME COMMAND [ARGUMENT...]
#
# The command's output goes to DIR/NAME.log. DIR/NAME.result gets one line, "ok NAME" or
# "FAIL NAME", followed by the last "N passed, N failed" line of the log when there is one.
# The same line is printed. The exit status is 0 either way, so that make starts every
# step; the summary decides.
set -u

dir=$1
name=$2
shift 2

log="$dir/$name.log"
if "$@" >"$log" 2>&1; then
    result=ok
else
    result=FAIL
fi

# The runner's own count, shown in parentheses so that no line of this output starts
# with a count: CI sums the lines that do.
count=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
line="$result $name${count:+ ($count)}"
printf '%s\n' "$line" >"$dir/$name.result"
printf '%s\n' "$line"
