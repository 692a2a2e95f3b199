# `make check`: every build and check beyond `make test`, each run as one step by
# scripts/check-step.sh, CHECK_JOBS at a time. Each step counts as one check, whatever the
# number of tests it runs; the last line is "N passed, N failed" over the steps, and the
# exit status is non-zero when any step failed. A step's output is in build/check/NAME.log;
# `make check-step-NAME` runs one step alone.
#
# Steps:
#   suite-COMPILER-STD-OPT  the whole test suite built and run: gcc and clang as C, g++ and
#                           clang++ as C++, tcc, at each optimisation level
#   suite-clang-everything  the suite under clang -Weverything, less CHECK_EVERYTHING_OFF
#   windows-mingw           every public function compiled with x86_64-w64-mingw32-gcc
#                           after <windows.h>, whose macros must not clash with the header
#   freestanding-*          every public function compiled -ffreestanding -nostdlib by gcc
#                           and clang for the host and by gcc for a Cortex-M4; nm finds no
#                           undefined symbol
#   cppcheck-header, cppcheck, clang-tidy   static analysis, configured in
#                           .cppcheck-suppressions and .clang-tidy
#   format                  `make format-check`
#   install                 scripts/install-test.sh: pkg-config, find_package,
#                           add_subdirectory and FetchContent consumers
#   readme                  the README's C code blocks compiled, and run when programs
#   version                 the version macros, .pc, CMake version file and changelog agree

CHECK_DIR = $(BUILD)/check
CHECK_JOBS ?= 2
CHECK_C_COMPILERS ?= gcc clang
CHECK_C_STANDARDS ?= c99 c11 c17 c2x
CHECK_CXX_COMPILERS ?= g++ clang++
CHECK_CXX_STANDARDS ?= c++11 c++14 c++17 c++20
CHECK_OPTIMIZATIONS ?= -O0 -O2
# The C flags are the Makefile's WARNINGS. C++ takes those that exist in C++, plus the two
# that keep C idioms out of a C++ build.
CHECK_CXX_WARNINGS = -Wall -Wextra -Wpedantic -Werror -Wconversion -Wsign-conversion -Wshadow \
                     -Wcast-qual -Wold-style-cast -Wzero-as-null-pointer-constant
# The warnings of clang -Weverything that make no sense for this C99 code:
#   -Wpadded: reports the padding the compiler inserts to align a struct member, which is
#     correct code; the header's structs and the tests' tables of cases put a pointer after
#     an int.
#   -Wdeclaration-after-statement: reports declarations mixed with statements as
#     incompatible with C89, but C99, the oldest standard the project supports, allows them.
#   -Wreserved-macro-identifier: reports _POSIX_C_SOURCE and _DEFAULT_SOURCE, feature-test
#     macros that POSIX and glibc ask the program itself to define (tests/main.c).
#   -Wdisabled-macro-expansion: reports glibc's self-referential macros such as
#     `#define _SC_PAGESIZE _SC_PAGESIZE`, which the test runner passes to sysconf.
CHECK_EVERYTHING_OFF = -Wno-padded -Wno-declaration-after-statement \
                       -Wno-reserved-macro-identifier -Wno-disabled-macro-expansion
CHECK_FREESTANDING = -std=c99 $(WARNINGS) -ffreestanding -nostdlib
CHECK_CORTEX_M4 = -mcpu=cortex-m4 -mthumb

CHECK_STEPS :=

# Adds step $(1), which runs the command $(2). Every step may use the test list and the
# command-line tool, so both are built before any step starts. The name is stripped of the
# blanks that a continued line leaves in a call's arguments.
define CHECK_STEP
CHECK_STEPS += $(strip $(1))
.PHONY: check-step-$(strip $(1))
check-step-$(strip $(1)): $(BUILD)/test_list.h $(BUILD)/oauth-challenge | $(CHECK_DIR)
	@BUILD=$(BUILD) OAUTH_CHALLENGE=$(BUILD)/oauth-challenge \
	    scripts/check-step.sh $(CHECK_DIR) $(strip $(1)) $(2)
endef

# The slowest steps come first, so that the two cores stay busy to the end.
$(eval $(call CHECK_STEP,cppcheck-header,scripts/cppcheck.sh header))
$(eval $(call CHECK_STEP,clang-tidy,scripts/clang-tidy.sh))
$(eval $(call CHECK_STEP,install,env CC=$(CC) MAKE=$(MAKE) scripts/install-test.sh \
    $(CHECK_DIR)/install))
$(eval $(call CHECK_STEP,cppcheck,env CC=$(CC) scripts/cppcheck.sh sources))
$(eval $(call CHECK_STEP,suite-clang-everything,scripts/build-suite.sh \
    $(CHECK_DIR)/suite-clang-everything clang -std=c99 -O2 -Weverything -Werror \
    $(CHECK_EVERYTHING_OFF)))
$(foreach compiler,$(CHECK_C_COMPILERS),$(foreach std,$(CHECK_C_STANDARDS),\
    $(foreach opt,$(CHECK_OPTIMIZATIONS),$(eval $(call CHECK_STEP,\
        suite-$(compiler)-$(std)$(opt),scripts/build-suite.sh \
        $(CHECK_DIR)/suite-$(compiler)-$(std)$(opt) $(compiler) -std=$(std) $(opt) \
        $(WARNINGS))))))
$(foreach compiler,$(CHECK_CXX_COMPILERS),$(foreach std,$(CHECK_CXX_STANDARDS),\
    $(foreach opt,$(CHECK_OPTIMIZATIONS),$(eval $(call CHECK_STEP,\
        suite-$(compiler)-$(std)$(opt),scripts/build-suite.sh \
        $(CHECK_DIR)/suite-$(compiler)-$(std)$(opt) $(compiler) -x c++ -std=$(std) $(opt) \
        $(CHECK_CXX_WARNINGS))))))
$(foreach opt,$(CHECK_OPTIMIZATIONS),$(eval $(call CHECK_STEP,suite-tcc-c99$(opt),\
    scripts/build-suite.sh $(CHECK_DIR)/suite-tcc-c99$(opt) tcc -std=c99 $(opt) $(WARNINGS))))
$(foreach opt,$(CHECK_OPTIMIZATIONS),\
    $(eval $(call CHECK_STEP,freestanding-host$(opt),scripts/compile-every-function.sh \
        $(CHECK_DIR)/freestanding-host$(opt) $(CC) nm $(CHECK_FREESTANDING) $(opt)))\
    $(eval $(call CHECK_STEP,freestanding-cortex-m4$(opt),scripts/compile-every-function.sh \
        $(CHECK_DIR)/freestanding-cortex-m4$(opt) arm-none-eabi-gcc arm-none-eabi-nm \
        $(CHECK_FREESTANDING) $(CHECK_CORTEX_M4) $(opt)))\
    $(eval $(call CHECK_STEP,freestanding-clang$(opt),scripts/compile-every-function.sh \
        $(CHECK_DIR)/freestanding-clang$(opt) clang nm $(CHECK_FREESTANDING) $(opt))))
$(eval $(call CHECK_STEP,windows-mingw,scripts/compile-every-function.sh \
    $(CHECK_DIR)/windows-mingw x86_64-w64-mingw32-gcc none -std=c99 $(WARNINGS) \
    -include windows.h))
$(eval $(call CHECK_STEP,format,$(MAKE) --no-print-directory format-check))
$(eval $(call CHECK_STEP,readme,env CC=$(CC) scripts/readme-blocks.sh README.md \
    $(CHECK_DIR)/readme))
$(eval $(call CHECK_STEP,version,env CC=$(CC) MAKE=$(MAKE) scripts/version-check.sh \
    $(CHECK_DIR)/version))

.PHONY: check format-check format

# The steps run in a make of their own, so that a failed step does not stop the others; the
# summary then counts them, and fails for a step that recorded no result.
check: $(BUILD)/test_list.h $(BUILD)/oauth-challenge
	@rm -rf $(CHECK_DIR)
	@mkdir -p $(CHECK_DIR)
	@$(MAKE) --no-print-directory -j$(CHECK_JOBS) $(addprefix check-step-,$(CHECK_STEPS)) \
	    || true
	@scripts/check-summary.sh $(CHECK_DIR) $(CHECK_STEPS)

$(CHECK_DIR):
	mkdir -p $@

# Every C source and header in the repository, against the committed .clang-format.
FORMAT_SOURCES = $(sort $(shell find include tests examples -name '*.[ch]'))

format-check:
	clang-format --dry-run --Werror $(FORMAT_SOURCES)
	@echo "format-check: $(words $(FORMAT_SOURCES)) files match .clang-format"

# Rewrites every C source in place to match .clang-format.
format:
	clang-format -i $(FORMAT_SOURCES)

CI_TARGETS += check
