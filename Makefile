# oauth_ext_error: the library is include/oauth_ext_error.h. This Makefile builds and runs
# the tests, the examples and the checks around it. Outputs go to build/.

ifeq ($(origin CC),default)
CC = gcc
endif
ifeq ($(origin CXX),default)
CXX = g++
endif
PREFIX ?= /usr/local
INCLUDEDIR ?= $(PREFIX)/include
LIBDIR ?= $(PREFIX)/lib
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
DESTDIR ?=
BUILD ?= build

CFLAGS ?= -O2 -g
# The header must stay warning-free under these, as C99 or later.
WARNINGS = -Wall -Wextra -Wpedantic -Werror -Wconversion -Wsign-conversion -Wshadow \
           -Wcast-qual -Wstrict-prototypes -Wmissing-prototypes
STD ?= -std=c99
SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

HEADER = include/oauth_ext_error.h
VERSION := $(shell sed -n 's/^\#define OAUTH_EXT_ERROR_VERSION_STRING "\(.*\)"/\1/p' $(HEADER))
TEST_SOURCES = $(wildcard tests/*.c)
TEST_AREAS = $(patsubst tests/test_%.c,%,$(filter tests/test_%.c,$(TEST_SOURCES)))

.PHONY: FORCE all test sanitize guard demo contract install uninstall clean ci

all: $(BUILD)/test_runner $(BUILD)/demo $(BUILD)/oauth-challenge

# The list of test areas comes from the file names, tests/test_NAME.c. It is rewritten on
# every run, but only touched when it changes, so a removed file leaves the list too.
$(BUILD)/test_list.h: FORCE | $(BUILD)
	@printf '%s\n' $(foreach area,$(TEST_AREAS),'TEST_AREA($(area))') > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

$(BUILD)/test_runner: $(TEST_SOURCES) tests/harness.h $(HEADER) $(BUILD)/test_list.h
	$(CC) $(STD) $(WARNINGS) $(CFLAGS) -Iinclude -I$(BUILD) -o $@ $(TEST_SOURCES)

# The runner also drives the command-line tool, so it needs the tool built first.
test: $(BUILD)/test_runner $(BUILD)/oauth-challenge
	OAUTH_CHALLENGE=$(BUILD)/oauth-challenge $(BUILD)/test_runner

# The suite under AddressSanitizer and UndefinedBehaviorSanitizer.
$(BUILD)/test_runner_sanitize: $(TEST_SOURCES) tests/harness.h $(HEADER) $(BUILD)/test_list.h
	$(CC) $(STD) $(WARNINGS) -O1 -g $(SANITIZE) -Iinclude -I$(BUILD) -o $@ $(TEST_SOURCES)

sanitize: $(BUILD)/test_runner_sanitize $(BUILD)/oauth-challenge
	OAUTH_CHALLENGE=$(BUILD)/oauth-challenge ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    $(BUILD)/test_runner_sanitize

# The suite again with every input placed against a PROT_NONE guard page.
guard: $(BUILD)/test_runner $(BUILD)/oauth-challenge
	OAUTH_CHALLENGE=$(BUILD)/oauth-challenge OAUTH_TEST_GUARD_PAGES=1 $(BUILD)/test_runner

$(BUILD)/demo: examples/demo.c $(HEADER) | $(BUILD)
	$(CC) $(STD) $(WARNINGS) $(CFLAGS) -Iinclude -o $@ examples/demo.c

demo: $(BUILD)/demo
	$(BUILD)/demo

# The command-line tool; POSIX for getline.
$(BUILD)/oauth-challenge: examples/oauth_challenge.c $(HEADER) | $(BUILD)
	$(CC) $(STD) $(WARNINGS) $(CFLAGS) -Iinclude -o $@ examples/oauth_challenge.c

# The tool's command-line contract, checked by the team's shared script, which sits beside
# the repository (../shared) in CI but not in a clone of the repository alone. Outside CI
# (CI unset) a missing script is reported and skipped; in CI it is a failure.
CONTRACT_CHECK = ../shared/contract/check.py

contract: $(BUILD)/oauth-challenge
	@if [ -f $(CONTRACT_CHECK) ]; then \
	    python3 $(CONTRACT_CHECK); \
	elif [ -n "$$CI" ]; then \
	    echo "contract: $(CONTRACT_CHECK) not found"; exit 1; \
	else \
	    echo "contract: skipped, $(CONTRACT_CHECK) not found (it is there in CI)"; \
	fi

# install and uninstall: mk/install.mk.

$(BUILD):
	mkdir -p $@

FORCE:

clean:
	rm -rf $(BUILD)

# What CI runs, in order. Each fragment in mk/ may append its own targets.
CI_TARGETS = test sanitize guard demo contract

-include $(sort $(wildcard mk/*.mk))

ci:
	@for target in $(CI_TARGETS); do \
	    echo "== make $$target"; \
	    $(MAKE) --no-print-directory $$target || exit 1; \
	done
