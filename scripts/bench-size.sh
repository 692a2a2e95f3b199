#!/usr/bin/env bash
# Prints the size of two objects compiled at -Os: one that uses only the core functions,
# and one that uses every public function. Each object has one wrapper with external
# linkage per function (scripts/use-every-function.py), so it contains the code of exactly
# those functions, inlined into the wrappers, and the tables they read.
#
# "code + data" is what the goal counts: .text (code), .rodata (tables and strings) and
# .data, which a program links in. It leaves out .eh_frame, the unwind tables that
# -fno-asynchronous-unwind-tables removes and embedded builds omit. `size` shows the
# Berkeley columns too, where "text" includes .rodata and .eh_frame.
# Usage: scripts/bench-size.sh COMPILER OUTPUT_DIR
set -euo pipefail
compiler=$1
dir=$2
flags=(-Os -std=c99 -Wall -Wextra -Iinclude -c)
# The core: the functions of the header's first section, on the three RFC 6750 codes.
core_functions=(oauth_ext_error_is_valid oauth_ext_error_get_info oauth_ext_error_name
    oauth_ext_error_from_string oauth_ext_error_from_cstr oauth_ext_error_http_status
    oauth_ext_error_reason_phrase oauth_ext_error_spec oauth_ext_error_spec_section
    oauth_ext_error_spec_uri oauth_ext_error_description oauth_cstr)
mkdir -p "$dir"

python3 scripts/use-every-function.py include/oauth_ext_error.h "$dir/all.c" >"$dir/all.txt"

# The core file keeps the generated file's opening paragraphs (comment and #include) and
# the wrapper paragraph of each core function.
awk -v names="${core_functions[*]}" 'BEGIN {
        RS = ""; ORS = "\n\n"
        count = split(names, list, " ")
        for (i = 1; i <= count; i++) core["use_" list[i]] = 1
    }
    NR <= 2 { print; next }
    {
        match($0, /use_[A-Za-z0-9_]+\(/)
        if (substr($0, RSTART, RLENGTH - 1) in core) print
    }' "$dir/all.c" >"$dir/core.c"

"$compiler" --version | head -n 1
echo "$compiler ${flags[*]}"
for name in core all; do
    "$compiler" "${flags[@]}" -o "$dir/$name.o" "$dir/$name.c"
done
if [ "$(grep -c '^[^ ].*use_.*;$' "$dir/core.c")" -ne "${#core_functions[@]}" ]; then
    echo "bench-size: $dir/core.c does not wrap every core function; check core_functions" >&2
    exit 1
fi

echo
size "$dir/core.o" "$dir/all.o"
echo
printf '%-8s %9s %8s %8s %8s %10s %14s\n' object functions .text .rodata .data .eh_frame \
    "code + data"
for name in core all; do
    functions=$(grep -c '^[^ ].*use_.*;$' "$dir/$name.c")
    size -A "$dir/$name.o" | awk -v n="$name" -v f="$functions" '
        $1 == ".text" || $1 ~ /^\.text\./ { text += $2 }
        $1 ~ /^\.rodata/ { rodata += $2 }
        $1 == ".data" || $1 ~ /^\.data\./ { data += $2 }
        $1 == ".eh_frame" { eh += $2 }
        END { printf "%-8s %9d %8d %8d %8d %10d %9d bytes\n", n, f, text, rodata, data, eh,
              text + rodata + data }'
done
