# Benchmarks: `make bench` times every comparison; `make bench-callgrind` counts instructions
# per operation with callgrind, which repeats exactly on a noisy machine. BENCH_FILTER=TEXT
# keeps only the cases whose name contains TEXT; `make bench-parser` does both for the
# parser cases. `make bench-compile` times compiling the header (hyperfine), and
# `make bench-size` prints the code size of the core and of every function. docs/BENCHMARKS.md
# records the figures. None of these fail on a figure; CI only builds them (bench-build).
BENCH_CFLAGS = -O2 -g -std=c11 -Wall -Wextra
BENCH_SOURCES = bench/bench.c $(wildcard bench/bench_*.c)
BENCH_FILTER ?=
BENCH_FILTER_OPTION = $(if $(BENCH_FILTER),--filter "$(BENCH_FILTER)")

.PHONY: bench bench-build bench-callgrind bench-parser bench-compile bench-size

$(BUILD)/bench/codes_gperf.c: bench/codes.gperf | $(BUILD)
	mkdir -p $(BUILD)/bench
	gperf --output-file=$@ bench/codes.gperf

# gperf's keyword file for the registry is printed from the header's own table, so it is
# never committed and always lists the names the header has.
$(BUILD)/bench/registry_keywords: bench/registry_keywords.c $(HEADER) | $(BUILD)
	mkdir -p $(BUILD)/bench
	$(CC) $(BENCH_CFLAGS) -Iinclude -o $@ bench/registry_keywords.c

$(BUILD)/bench/registry.gperf: $(BUILD)/bench/registry_keywords
	$(BUILD)/bench/registry_keywords > $@

$(BUILD)/bench/registry_gperf.c: $(BUILD)/bench/registry.gperf
	gperf --output-file=$@ $(BUILD)/bench/registry.gperf

$(BUILD)/bench/bench: $(BENCH_SOURCES) bench/bench.h $(HEADER) $(BUILD)/bench/codes_gperf.c \
                      $(BUILD)/bench/registry_gperf.c
	$(CC) $(BENCH_CFLAGS) -Iinclude -Ibench -I$(BUILD)/bench -o $@ $(BENCH_SOURCES)

bench-build: $(BUILD)/bench/bench

bench: $(BUILD)/bench/bench
	$(BUILD)/bench/bench $(BENCH_FILTER_OPTION)

bench-callgrind: $(BUILD)/bench/bench
	scripts/bench-callgrind.sh $(BUILD)/bench/bench 2000 "$(BENCH_FILTER)"

bench-parser: $(BUILD)/bench/bench
	$(BUILD)/bench/bench --filter parse:
	scripts/bench-callgrind.sh $(BUILD)/bench/bench 2000 parse:

bench-compile:
	scripts/bench-compile.sh $(CC) $(BUILD)/bench/compile

bench-size:
	scripts/bench-size.sh $(CC) $(BUILD)/bench/size

CI_TARGETS += bench-build
