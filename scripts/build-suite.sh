#!/bin/sh
# Builds the whole test suite, every tests/*.c, with one compiler and one set of flags, then
# runs it. Used by `make check` for each entry of the compiler matrix.
#
#     scripts/build-suite.sh OUTPUT COMPILER [FLAG...]
#
# The sources see include/ and $BUILD (default build/, where the Makefile writes
# test_list.h). The runner finds the command-line tool through $OAUTH_CHALLENGE.
set -eu

output=$1
compiler=$2
shift 2

echo "$compiler $* -o $output tests/*.c"
"$compiler" "$@" -Iinclude -I"${BUILD:-build}" -o "$output" tests/*.c
"$output"
