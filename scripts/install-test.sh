#!/bin/sh
# Installs the library into temporary prefixes and builds a small consumer,
# tests/consumer/, every way the README documents: through pkg-config, find_package,
# add_subdirectory and FetchContent (from a local archive, no network). Also checks that
# DESTDIR stages without changing the installed paths, that `make uninstall` removes every
# file, and that CMake's install rules install the same package as `make install`.
#
#     scripts/install-test.sh [WORK_DIR]
set -eu

. scripts/check-lib.sh

root=$(pwd)
work=${1:-${BUILD:-build}/install-test}
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
prefix="$work/prefix"
make=${MAKE:-make}
version=$(sed -n 's/^#define OAUTH_EXT_ERROR_VERSION_STRING "\(.*\)"$/\1/p' include/oauth_ext_error.h)
installed_files="include/oauth_ext_error.h lib/pkgconfig/oauth_ext_error.pc
share/cmake/oauth_ext_error/oauth_ext_errorConfig.cmake
share/cmake/oauth_ext_error/oauth_ext_errorConfigVersion.cmake"

# Each `make install` gets its own build folder, so that no generated file of an earlier
# install with other paths can be reused.
make_install() {
    target=$1
    shift
    "$make" --no-print-directory "$target" BUILD="$work/make-$target" "$@"
}

# Fails unless every installed file is under DIRECTORY.
files_present() {
    for file in $installed_files; do
        [ -f "$1/$file" ] || { echo "missing: $1/$file"; return 1; }
    done
}

# Fails when DIRECTORY contains any file.
no_files_left() {
    left=$(find "$1" -type f)
    [ -z "$left" ] || { echo "left behind: $left"; return 1; }
}

# Runs the consumer at PATH, which must print the header's version.
consumer_runs() {
    output=$("$1") || return 1
    echo "$output"
    case "$output" in
    *"oauth_ext_error $version:"*) ;;
    *) echo "expected the version $version in the output"; return 1 ;;
    esac
}

# Runs cmake with the given arguments and fails on a warning as well as on an error.
cmake_clean() {
    output=$(cmake "$@" 2>&1) || { echo "$output"; return 1; }
    echo "$output"
    ! printf '%s\n' "$output" | grep -q 'CMake Warning'
}

# Configures and builds tests/consumer in WORK_DIR/NAME with the given -D options, then
# runs the program.
cmake_consumer() {
    name=$1
    shift
    cmake_clean -S tests/consumer -B "$work/$name" "$@" &&
        cmake --build "$work/$name" &&
        consumer_runs "$work/$name/consumer"
}

pkg_config_consumer() {
    export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
    # pkg-config ends its output with a space, which sed drops.
    cflags=$(pkg-config --cflags oauth_ext_error | sed 's/ *$//')
    libs=$(pkg-config --libs oauth_ext_error | sed 's/ *$//')
    modversion=$(pkg-config --modversion oauth_ext_error)
    [ "$cflags" = "-I$prefix/include" ] || { echo "Cflags: '$cflags'"; return 1; }
    [ -z "$libs" ] || { echo "Libs: '$libs', expected none"; return 1; }
    [ "$modversion" = "$version" ] || { echo "Version: '$modversion'"; return 1; }
    # shellcheck disable=SC2086 # word splitting of the flags is intended
    ${CC:-cc} -std=c99 -Wall -Wextra -Werror $cflags -o "$work/pkg-config-consumer" \
        tests/consumer/consumer.c && consumer_runs "$work/pkg-config-consumer"
}

# DESTDIR stages the files; the paths inside them stay those of PREFIX.
destdir_stages() {
    make_install install PREFIX=/opt/oauth DESTDIR="$work/stage" >/dev/null &&
        files_present "$work/stage/opt/oauth" &&
        grep -qx 'prefix=/opt/oauth' "$work/stage/opt/oauth/lib/pkgconfig/oauth_ext_error.pc" &&
        make_install uninstall PREFIX=/opt/oauth DESTDIR="$work/stage" >/dev/null &&
        no_files_left "$work/stage"
}

# The archive FetchContent downloads: the files a consumer needs, under one top folder.
make_archive() {
    tar -czf "$work/oauth_ext_error.tar.gz" --transform "s|^|oauth_ext_error-$version/|" \
        CMakeLists.txt cmake include/oauth_ext_error.h oauth_ext_error.pc.in LICENSE
}

# CMake's install rules put the same files in the same places as `make install`, and the
# package files are identical (the .pc differs only by its prefix).
cmake_install_matches() {
    cmake_clean -S . -B "$work/cmake-install" -DCMAKE_INSTALL_PREFIX="$work/cmake-prefix" &&
        cmake --install "$work/cmake-install" &&
        files_present "$work/cmake-prefix" &&
        for file in $installed_files; do
            sed "s|$work/cmake-prefix|$prefix|g" "$work/cmake-prefix/$file" |
                cmp - "$prefix/$file" || return 1
        done
}

check "make install PREFIX=$prefix installs every file" make_install install PREFIX="$prefix"
check "installed files" files_present "$prefix"
check "pkg-config consumer" pkg_config_consumer
check "find_package consumer" cmake_consumer find_package \
    -DOAUTH_EXT_ERROR_CONSUME=find_package -DCMAKE_PREFIX_PATH="$prefix" \
    -DOAUTH_EXT_ERROR_EXPECTED_VERSION="$version"
check "add_subdirectory consumer" cmake_consumer add_subdirectory \
    -DOAUTH_EXT_ERROR_CONSUME=add_subdirectory -DOAUTH_EXT_ERROR_SOURCE_DIR="$root"
check "FetchContent archive" make_archive
check "FetchContent consumer" cmake_consumer FetchContent \
    -DOAUTH_EXT_ERROR_CONSUME=FetchContent -DOAUTH_EXT_ERROR_URL="file://$work/oauth_ext_error.tar.gz"
check "CMake install rules match make install" cmake_install_matches
check "find_package consumer of the CMake install" cmake_consumer find_package-cmake \
    -DOAUTH_EXT_ERROR_CONSUME=find_package -DCMAKE_PREFIX_PATH="$work/cmake-prefix"
check "DESTDIR stages the files under PREFIX's paths" destdir_stages
check "make uninstall removes every file" make_install uninstall PREFIX="$prefix"
check "nothing left in the prefix" no_files_left "$prefix"
finish
