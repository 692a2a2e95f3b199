#!/bin/sh
# Prints the C sources that the static analysers check, one per line: every .c file under
# tests/ and examples/. The header is checked through them (and on its own by cppcheck).
#
# An example may need a library that this machine lacks. Such a file is left out, with a
# note on standard error, only when every missing header is one of OPTIONAL_HEADERS below:
# CI installs those libraries, so there every file is checked. Any other missing header
# keeps the file in the list, and the analyser then reports it.
set -eu

# Headers of the libraries that examples may use and a developer's machine may lack.
OPTIONAL_HEADERS="microhttpd.h curl/curl.h"

# Prints 1 when <header> is found on the compiler's include path.
installed() {
    printf '#include <%s>\n' "$1" | ${CC:-cc} -E -x c - >/dev/null 2>&1 && echo 1 || echo 0
}

for file in $(find tests examples -name '*.c' | sort); do
    skip=""
    for header in $OPTIONAL_HEADERS; do
        if grep -Eq "^[[:space:]]*#[[:space:]]*include[[:space:]]*<$header>" "$file" &&
            [ "$(installed "$header")" = 0 ]; then
            skip="$skip $header"
        fi
    done
    if [ -n "$skip" ]; then
        echo "note: not analysing $file: missing optional header(s)$skip" >&2
    else
        echo "$file"
    fi
done
