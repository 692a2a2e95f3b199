# Benchmarks: `make bench` times every comparison; `make bench-callgrind` counts instructions
# per operation with callgrind, which repeats exactly on a noisy machine.
BENCH_CFLAGS = -O2 -g -std=c11 -Wall -Wextra
BENCH_SOURCES = $(wildcard bench/*.c)

.PHONY: bench bench-callgrind

$(BUILD)/bench/codes_gperf.c: bench/codes.gperf | $(BUILD)
	mkdir -p $(BUILD)/bench
	gperf --output-file=$@ bench/codes.gperf

$(BUILD)/bench/bench: $(BENCH_SOURCES) bench/bench.h $(HEADER) $(BUILD)/bench/codes_gperf.c
	$(CC) $(BENCH_CFLAGS) -Iinclude -Ibench -I$(BUILD)/bench -o $@ $(BENCH_SOURCES)

bench: $(BUILD)/bench/bench
	$(BUILD)/bench/bench

bench-callgrind: $(BUILD)/bench/bench
	scripts/bench-callgrind.sh $(BUILD)/bench/bench
