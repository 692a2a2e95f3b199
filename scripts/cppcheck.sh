#!/bin/sh
# cppcheck with --enable=all over the header, the tests and the examples; the suppressions,
# each with its reason, are in .cppcheck-suppressions. Exits non-zero on any finding.
#
#     scripts/cppcheck.sh header    the header on its own, exactly as it is
#     scripts/cppcheck.sh sources   every file of scripts/analysis-sources.sh, against a
#                                   copy of the header that cppcheck reads faster
#                                   (scripts/cppcheck-header.py explains why)
set -eu

build=${BUILD:-build}
set -- "$1" --enable=all --std=c99 --library=posix --inline-suppr --quiet \
    --error-exitcode=1 --suppressions-list=.cppcheck-suppressions \
    --template='{file}:{line}: {severity} [{id}] {message}'

case "$1" in
header)
    shift
    cppcheck "$@" --language=c include/oauth_ext_error.h
    ;;
sources)
    shift
    mkdir -p "$build/cppcheck/include"
    python3 scripts/cppcheck-header.py include/oauth_ext_error.h \
        "$build/cppcheck/include/oauth_ext_error.h"
    sources=$(scripts/analysis-sources.sh)
    # One run over every file, so that unusedFunction sees the whole program. The build
    # folder contains test_list.h, through which the runner calls each test area.
    # shellcheck disable=SC2086 # the file names contain no spaces
    cppcheck "$@" -I"$build/cppcheck/include" -I"$build" $sources
    ;;
*)
    echo "usage: scripts/cppcheck.sh header|sources" >&2
    exit 2
    ;;
esac
echo "cppcheck: no finding"
