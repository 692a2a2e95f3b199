#!/bin/sh
# Checks that every place that states the release agrees with the header's version macros.
# Those places are the header's first line, the installed pkg-config file and the CMake
# package's version file (both as `make install` installs them and as CMakeLists.txt
# generates it), the newest release of CHANGELOG.md, and the version the README quotes.
#
#     scripts/version-check.sh [WORK_DIR]
set -eu

. scripts/check-lib.sh

work=${1:-${BUILD:-build}/version-check}
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
header=include/oauth_ext_error.h

# The macros as the compiler expands them: MAJOR.MINOR.PATCH, the string, the packed number.
cat >"$work/version.c" <<'PROGRAM'
#include <stdio.h>
#include "oauth_ext_error.h"
int main(void)
{
    printf("%d.%d.%d\n%s\n%ld\n", OAUTH_EXT_ERROR_VERSION_MAJOR, OAUTH_EXT_ERROR_VERSION_MINOR,
           OAUTH_EXT_ERROR_VERSION_PATCH, OAUTH_EXT_ERROR_VERSION_STRING,
           (long)OAUTH_EXT_ERROR_VERSION_NUM);
    return 0;
}
PROGRAM
${CC:-cc} -std=c99 -Iinclude -o "$work/version" "$work/version.c"
"$work/version" >"$work/macros"
version=$(sed -n 1p "$work/macros")
echo "header: $version"

string_matches() {
    [ "$(sed -n 2p "$work/macros")" = "$version" ]
}

# OAUTH_EXT_ERROR_VERSION_NUM is 0xMMmmpp, so each part must fit in 8 bits.
packed_matches() {
    old_ifs=$IFS
    IFS=.
    # shellcheck disable=SC2086 # split at the dots
    set -- $version
    IFS=$old_ifs
    [ "$1" -lt 256 ] && [ "$2" -lt 256 ] && [ "$3" -lt 256 ] &&
        [ "$(sed -n 3p "$work/macros")" -eq $(($1 * 65536 + $2 * 256 + $3)) ]
}

banner_matches() {
    head -n 1 "$header" | grep -q "^/\* oauth_ext_error.h $version "
}

# The installed files, staged under DESTDIR.
install_files() {
    "${MAKE:-make}" --no-print-directory install BUILD="$work/build" DESTDIR="$work/stage" \
        PREFIX=/usr/local >/dev/null
}

pc_matches() {
    grep -x "Version: $version" "$work/stage/usr/local/lib/pkgconfig/oauth_ext_error.pc"
}

# Prints the version a CMake version file states, and whether it accepts a request.
cmake_accepts() {
    file=$1
    request=$2
    # shellcheck disable=SC2016 # ${...} is CMake's, not the shell's
    printf 'include("%s")\nmessage("${PACKAGE_VERSION} ${PACKAGE_VERSION_COMPATIBLE}")\n' \
        "$file" >"$work/accepts.cmake"
    cmake -DPACKAGE_FIND_VERSION="$request" \
        -DPACKAGE_FIND_VERSION_MAJOR="${request%%.*}" \
        -DPACKAGE_FIND_VERSION_MINOR="$(echo "$request" | cut -d. -f2)" \
        -P "$work/accepts.cmake"
}

# The file states the version, accepts a request for exactly it and rejects a newer one.
cmake_version_matches() {
    exact=$(cmake_accepts "$1" "$version" 2>&1)
    newer=$(cmake_accepts "$1" "${version%.*}.$((${version##*.} + 1))" 2>&1)
    echo "request $version: $exact; request a newer patch: $newer"
    [ "$exact" = "$version TRUE" ] && [ "$newer" = "$version FALSE" ]
}

cmake_project_version() {
    cmake -S . -B "$work/cmake" >/dev/null &&
        cmake_version_matches "$work/cmake/install/oauth_ext_errorConfigVersion.cmake"
}

# The newest release is the first "## [X.Y.Z]" heading; "## [Unreleased]" is not one.
changelog_matches() {
    newest=$(sed -n 's/^## \[\([0-9][0-9.]*\)\].*/\1/p' CHANGELOG.md | head -n 1)
    echo "CHANGELOG.md: $newest"
    [ "$newest" = "$version" ]
}

# The README quotes the string as OAUTH_EXT_ERROR_VERSION_STRING (`"X.Y.Z"`), when it does.
readme_matches() {
    # shellcheck disable=SC2016 # the backquotes are Markdown's
    quoted=$(sed -n 's/.*OAUTH_EXT_ERROR_VERSION_STRING`[^`]*(`"\([^"]*\)"`).*/\1/p' README.md)
    echo "README.md: ${quoted:-(not quoted)}"
    [ -z "$quoted" ] || [ "$quoted" = "$version" ]
}

check "OAUTH_EXT_ERROR_VERSION_STRING is $version" string_matches
check "OAUTH_EXT_ERROR_VERSION_NUM packs $version" packed_matches
check "the header's first line names $version" banner_matches
check "make install" install_files
check "oauth_ext_error.pc states $version" pc_matches
check "installed CMake version file states $version" cmake_version_matches \
    "$work/stage/usr/local/share/cmake/oauth_ext_error/oauth_ext_errorConfigVersion.cmake"
check "CMakeLists.txt reads $version from the header" cmake_project_version
check "CHANGELOG.md's newest release is $version" changelog_matches
check "README.md quotes $version" readme_matches
finish
