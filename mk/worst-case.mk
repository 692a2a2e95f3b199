# `make worst-case`: times the parser and token extraction on worst-case inputs of 64 KiB
# and 1 MiB (bench/worst-case/worst_case.c), then counts their instructions with callgrind.
# The ratio of the two sizes is about 16 where the cost grows linearly.
.PHONY: worst-case

$(BUILD)/worst-case/worst_case: bench/worst-case/worst_case.c $(HEADER)
	@mkdir -p $(BUILD)/worst-case
	$(CC) $(BENCH_CFLAGS) -Iinclude -o $@ bench/worst-case/worst_case.c

worst-case: $(BUILD)/worst-case/worst_case
	$(BUILD)/worst-case/worst_case
	scripts/worst-case-callgrind.sh $(BUILD)/worst-case/worst_case
