# Hardening runs beside the sanitizer and guard-page runs of the Makefile:
#   make memcheck   the suite under valgrind memcheck; any error fails it
#   make coverage   line and branch coverage of the header (gcc --coverage and gcovr);
#                   fails when line coverage of include/ is below COVERAGE_MIN_LINES percent
# and adds three steps to `make check` (mk/check.mk), each in a build directory of its own
# so that they can run in parallel with the rest:
#   sanitize-clang, sanitize-gcc   `make sanitize` (ASan and UBSan) with that compiler
#   memcheck                       `make memcheck`
COVERAGE_MIN_LINES ?= 100
COVERAGE_DIR = $(BUILD)/coverage

.PHONY: coverage memcheck

memcheck: $(BUILD)/test_runner $(BUILD)/oauth-challenge
	OAUTH_CHALLENGE=$(BUILD)/oauth-challenge valgrind --quiet --error-exitcode=1 \
	    --leak-check=full --errors-for-leak-kinds=definite $(BUILD)/test_runner


coverage: $(BUILD)/test_list.h $(BUILD)/oauth-challenge
	@mkdir -p $(COVERAGE_DIR)
	rm -f $(COVERAGE_DIR)/*.gcda
	cd $(COVERAGE_DIR) && $(CC) $(STD) $(WARNINGS) -O0 -g --coverage \
	    -I$(CURDIR)/include -I$(CURDIR)/$(BUILD) -o test_runner $(addprefix $(CURDIR)/,$(TEST_SOURCES))
	cd $(COVERAGE_DIR) && OAUTH_CHALLENGE=$(CURDIR)/$(BUILD)/oauth-challenge ./test_runner | tail -n 1
	gcovr --root . --filter include/ --object-directory $(COVERAGE_DIR) --txt --print-summary \
	    --exclude-unreachable-branches --fail-under-line $(COVERAGE_MIN_LINES) $(COVERAGE_DIR)

# memcheck runs in CI as a step of `make check`, so it is not listed here again.
CI_TARGETS += coverage

$(foreach compiler,gcc clang,$(eval $(call CHECK_STEP,sanitize-$(compiler),\
    $(MAKE) --no-print-directory sanitize CC=$(compiler) \
    BUILD=$(CHECK_DIR)/sanitize-$(compiler))))
$(eval $(call CHECK_STEP,memcheck,$(MAKE) --no-print-directory memcheck \
    BUILD=$(CHECK_DIR)/memcheck))
