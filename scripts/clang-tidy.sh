#!/bin/sh
# clang-tidy over the tests and the examples, and through them over the header, with the
# checks of .clang-tidy (tests/.clang-tidy adds the tests' exception). Every warning is an
# error. Each file is checked as C99, as the Makefile builds it.
set -eu

status=0
for file in $(scripts/analysis-sources.sh); do
    echo "clang-tidy $file"
    clang-tidy --quiet "$file" -- -std=c99 -Iinclude -I"${BUILD:-build}" || status=1
done
[ "$status" -eq 0 ] && echo "clang-tidy: no finding"
exit "$status"
