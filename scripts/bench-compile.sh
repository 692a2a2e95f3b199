#!/usr/bin/env bash
# Times, with hyperfine, compiling bench/compile_cost.c to an object with and without the
# header, at -O0 and -O2, and prints the extra time the header costs. Each command runs
# WARMUP times unmeasured, then RUNS times. hyperfine's JSON stays in OUTPUT_DIR.
# Usage: scripts/bench-compile.sh COMPILER OUTPUT_DIR
set -euo pipefail
compiler=$1
dir=$2
warmup=${BENCH_COMPILE_WARMUP:-5}
runs=${BENCH_COMPILE_RUNS:-40}
mkdir -p "$dir"

"$compiler" --version | head -n 1
for opt in -O0 -O2; do
    compile="$compiler $opt -std=c99 -Wall -Wextra -Iinclude -c bench/compile_cost.c"
    hyperfine -N --warmup "$warmup" --runs "$runs" --style basic \
        --export-json "$dir/compile$opt.json" \
        --command-name "without header $opt" "$compile -o $dir/without$opt.o" \
        --command-name "with header $opt" "$compile -DBENCH_WITH_HEADER -o $dir/with$opt.o" \
        >/dev/null
done

# Medians resist the odd slow run on a shared machine, and the mean and standard deviation
# show the spread. CPU time (user + system, means over the runs) counts only the compiler's
# own work, so it drifts less than wall time when other processes share the cores.
python3 - "$dir" <<'PYTHON'
import json
import statistics
import sys

directory = sys.argv[1]
print(f"{'flags':<6} {'without (ms)':>18} {'with (ms)':>18} {'extra wall (ms)':>16} "
      f"{'extra CPU (ms)':>15}")
for opt in ("-O0", "-O2"):
    with open(f"{directory}/compile{opt}.json", encoding="utf-8") as stream:
        without, with_header = json.load(stream)["results"]

    def describe(result):
        return (f"{statistics.median(result['times']) * 1e3:.2f} "
                f"({result['mean'] * 1e3:.1f}±{result['stddev'] * 1e3:.1f})")

    def cpu(result):
        return (result["user"] + result["system"]) * 1e3

    extra_wall = (statistics.median(with_header["times"]) -
                  statistics.median(without["times"])) * 1e3
    extra_cpu = cpu(with_header) - cpu(without)
    print(f"{opt:<6} {describe(without):>18} {describe(with_header):>18} {extra_wall:16.2f} "
          f"{extra_cpu:15.2f}")
print("without, with: median wall time (mean±standard deviation) of the runs")
PYTHON
