# Fuzzing with libFuzzer: every fuzz/fuzz_NAME.c is one target, seeded from
# fuzz/corpus/NAME/. `make fuzz FUZZ_SECONDS=N` runs each target for N seconds on a copy of
# its seed corpus, so the committed seeds stay as they are.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_TARGETS = $(patsubst fuzz/%.c,%,$(wildcard fuzz/fuzz_*.c))

.PHONY: fuzz fuzz-build

$(BUILD)/fuzz/%: fuzz/%.c fuzz/fuzz_support.h $(HEADER)
	@mkdir -p $(BUILD)/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -Iinclude -o $@ $<

fuzz-build: $(addprefix $(BUILD)/fuzz/,$(FUZZ_TARGETS))

fuzz: fuzz-build
	scripts/fuzz.sh $(BUILD)/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)
CI_TARGETS += fuzz
