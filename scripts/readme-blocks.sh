#!/bin/sh
# Compiles every ```c block of README.md as a C99 program against the header, and runs each
# block that defines main, which must exit with status 0. A block right after a line
# `<!-- no-compile: REASON -->` is a listing, not a program, and is skipped.
#
#     scripts/readme-blocks.sh [README] [OUTPUT_DIR]
#
# Prints one line per block, with the README line where the block starts, and a closing
# "N passed, N failed" over the compiled blocks. Exits non-zero when a block fails, and when
# there is no block to compile.
set -eu

. scripts/check-lib.sh

readme=${1:-README.md}
dir=${2:-${BUILD:-build}/readme}
compiler=${CC:-cc}
flags="-std=c99 -Wall -Wextra -Werror"

rm -rf "$dir"
mkdir -p "$dir"

# Writes each block to DIR/line-N.c, N being the line of its opening fence, and each
# skipped block's line number to DIR/skipped.
awk -v dir="$dir" '
    in_block && /^```[[:space:]]*$/ { in_block = 0; close(file); next }
    in_block { print > file; next }
    /^```c[[:space:]]*$/ {
        if (previous ~ /^<!-- no-compile: .*-->[[:space:]]*$/) {
            print NR > (dir "/skipped")
            skipping = 1
        } else {
            file = dir "/line-" NR ".c"
            printf "" > file
            in_block = 1
        }
    }
    skipping && /^```[[:space:]]*$/ && !/^```c/ { skipping = 0 }
    { previous = $0 }
    END { if (in_block) { print "unterminated block in README" > "/dev/stderr"; exit 1 } }
' "$readme"

# Compiles one block, and runs it when it defines main. The compiler and its flags are
# split into words on purpose.
# shellcheck disable=SC2086
block_works() {
    source=$1
    program=${source%.c}
    if ! grep -Eq '(^|[^[:alnum:]_])main[[:space:]]*\(' "$source"; then
        $compiler $flags -Iinclude -c -o "$program.o" "$source"
        return
    fi
    $compiler $flags -Iinclude -o "$program" "$source" || return 1
    status=0
    "$program" || status=$?
    [ "$status" -eq 0 ] || { echo "the program exits with status $status"; return 1; }
}

for source in $(find "$dir" -name 'line-*.c' | sort -V); do
    line=${source##*/line-}
    line=${line%.c}
    check "$readme:$line compiles, and runs when it has main" block_works "$source"
done

skipped=0
[ -e "$dir/skipped" ] && skipped=$(wc -l <"$dir/skipped")
echo "$skipped block(s) marked no-compile"
finish
