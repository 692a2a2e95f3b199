/* bench: prints the cost of the library's functions next to the alternatives a C programmer
 * would write or generate.
 *
 *     build/bench                         time every case: median ns per operation, ratios
 *     build/bench --list                  print "CASE_INDEX IMPLEMENTATION_INDEX NAME" lines
 *     build/bench --run C I ROUNDS        run one implementation only, for callgrind;
 *                                         I = loop runs the case's loop with no work
 *
 * Under callgrind, --run turns instruction collection on only around the measured loop
 * (valgrind/callgrind.h client requests), so the count excludes start-up.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"

#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_TOGGLE_COLLECT
#endif

#define TIMING_RUNS            11 /* rounds of interleaved runs; the median is reported */
#define TARGET_SECONDS_PER_RUN 0.02

typedef struct case_table {
    const bench_case *cases;
    const size_t *count;
} case_table;

static const case_table tables[] = {
    {bench_core_cases, &bench_core_case_count},
};

static volatile unsigned long checksum_sink;

static double now_seconds(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* Finds a round count that makes one run of the slowest implementation last about
 * TARGET_SECONDS_PER_RUN. */
static unsigned long calibrate(const bench_case *c)
{
    unsigned long rounds = 1;

    for (;;) {
        double slowest = 0;
        size_t i;

        for (i = 0; i < c->implementation_count; i++) {
            double start = now_seconds(), elapsed;

            checksum_sink += c->implementations[i].run(rounds);
            elapsed = now_seconds() - start;
            if (elapsed > slowest)
                slowest = elapsed;
        }
        if (slowest >= TARGET_SECONDS_PER_RUN / 4 || rounds >= (1ul << 30))
            return slowest > 0
                       ? (unsigned long)((double)rounds * TARGET_SECONDS_PER_RUN / slowest) + 1
                       : rounds;
        rounds *= 4;
    }
}

static double median_of(double *samples)
{
    qsort(samples, TIMING_RUNS, sizeof(double), compare_doubles);
    return samples[TIMING_RUNS / 2];
}

/* Prints, for each implementation, the median time per operation and the median net of the
 * loop overhead measured in the same runs, and how many times faster ours is on both. */
static void time_case(const bench_case *c)
{
    double samples[3][TIMING_RUNS], net_samples[3][TIMING_RUNS];
    unsigned long rounds = calibrate(c);
    double operations = (double)rounds * (double)c->operations_per_round;
    double ours = 0, ours_net = 0;
    size_t i;
    int run;

    /* Interleaved: every run times the loop overhead and then each implementation once. */
    for (run = 0; run < TIMING_RUNS; run++) {
        double start = now_seconds(), overhead;

        checksum_sink += c->loop_overhead(rounds);
        overhead = (now_seconds() - start) * 1e9 / operations;
        for (i = 0; i < c->implementation_count; i++) {
            start = now_seconds();
            checksum_sink += c->implementations[i].run(rounds);
            samples[i][run] = (now_seconds() - start) * 1e9 / operations;
            net_samples[i][run] = samples[i][run] - overhead;
        }
    }
    printf("\n%s\n", c->name);
    for (i = 0; i < c->implementation_count; i++) {
        double median = median_of(samples[i]), net = median_of(net_samples[i]);

        if (i == 0) {
            ours = median;
            ours_net = net;
        }
        printf("  %-34s %8.2f ns/op %8.2f net", c->implementations[i].name, median, net);
        if (i > 0)
            printf("   ours: %5.2fx faster, %5.2fx net", median / ours, net / ours_net);
        if (c->bytes_per_operation > 0)
            printf("   %7.0f MB/s", c->bytes_per_operation * 1e3 / median);
        putchar('\n');
    }
}

static const bench_case *find_case(size_t index)
{
    size_t t;

    for (t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
        if (index < *tables[t].count)
            return &tables[t].cases[index];
        index -= *tables[t].count;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    size_t index, i;
    const bench_case *c;

    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (index = 0; (c = find_case(index)) != NULL; index++) {
            for (i = 0; i < c->implementation_count; i++)
                printf("%zu %zu %zu %.1f %s | %s\n", index, i, c->operations_per_round,
                       c->bytes_per_operation, c->name, c->implementations[i].name);
        }
        return 0;
    }
    if (argc == 5 && strcmp(argv[1], "--run") == 0) {
        unsigned long rounds = strtoul(argv[4], NULL, 10);

        bench_function run;

        /* Implementation "loop" is the case's loop overhead. */
        c = find_case(strtoul(argv[2], NULL, 10));
        i = strtoul(argv[3], NULL, 10);
        if (c && strcmp(argv[3], "loop") == 0)
            run = c->loop_overhead;
        else
            run = c && i < c->implementation_count ? c->implementations[i].run : NULL;
        if (!run) {
            fprintf(stderr, "bench: no case %s implementation %s; see --list\n", argv[2],
                    argv[3]);
            return 2;
        }
        run(1); /* warm up outside the measured region */
        CALLGRIND_TOGGLE_COLLECT;
        checksum_sink += run(rounds);
        CALLGRIND_TOGGLE_COLLECT;
        return 0;
    }
    if (argc != 1) {
        fprintf(stderr, "usage: bench [--list | --run CASE IMPLEMENTATION ROUNDS]\n");
        return 2;
    }
    printf("median of %d interleaved runs; each run lasts about %.0f ms\n", TIMING_RUNS,
           TARGET_SECONDS_PER_RUN * 1e3);
    for (index = 0; (c = find_case(index)) != NULL; index++)
        time_case(c);
    return 0;
}
