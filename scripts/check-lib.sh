# Shared by the check scripts (sourced, not run): counts checks and prints the closing
# "N passed, N failed" line.

passed=0
failed=0

# Runs COMMAND and prints "ok   DESCRIPTION", or "FAIL DESCRIPTION" followed by the
# command's output.
check() {
    description=$1
    shift
    if output=$("$@" 2>&1); then
        echo "ok   $description"
        passed=$((passed + 1))
    else
        echo "FAIL $description"
        printf '%s\n' "$output" | sed 's/^/    /'
        failed=$((failed + 1))
    fi
}

# Prints the closing line; returns non-zero when a check failed or none ran.
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}
