/* A small benchmark harness. Each comparison runs its implementations in one process,
 * interleaved round by round, and reports the median time per operation of each and the
 * ratio to the first one (ours), because absolute times drift on a shared machine. */
#ifndef OAUTH_BENCH_H
#define OAUTH_BENCH_H

#include <stddef.h>

/* Runs one implementation over every input of its case `rounds` times and returns a
 * checksum, which the harness accumulates so that the compiler cannot drop the work. */
typedef unsigned long (*bench_function)(unsigned long rounds);

typedef struct bench_implementation {
    const char *name;
    bench_function run;
} bench_implementation;

/* One comparison. implementations[0] is ours; the others are baselines. */
typedef struct bench_case {
    const char *name;
    size_t operations_per_round; /* inputs processed by one round */
    double bytes_per_operation;  /* mean input size, 0 where throughput means nothing */
    size_t implementation_count;
    bench_implementation implementations[3];
    /* The same loop over the same inputs with no work per input: its instruction count is
     * subtracted to give the cost of one operation alone. */
    bench_function loop_overhead;
} bench_case;

/* The body of a bench_function over a table of strings: calls prepare(), then, `rounds`
 * times, adds up `expression` for each index i below `count`. `table` is `source` read
 * once per round; a volatile `source` keeps the compiler from folding calls on constant
 * inputs. */
#define BENCH_SUM_OVER_TABLE(prepare, source, count, expression)                               \
    unsigned long sum = 0, r;                                                                  \
    size_t i;                                                                                  \
                                                                                               \
    prepare();                                                                                 \
    for (r = 0; r < rounds; r++) {                                                             \
        const char *const *table = (source);                                                   \
                                                                                               \
        for (i = 0; i < (count); i++)                                                          \
            sum += (unsigned long)(expression);                                                \
    }                                                                                          \
    return sum

/* The body of a bench_function on one input: calls prepare(), then adds up `expression`
 * `rounds` times. */
#define BENCH_REPEAT(prepare, expression)                                                      \
    unsigned long sum = 0, r;                                                                  \
                                                                                               \
    prepare();                                                                                 \
    for (r = 0; r < rounds; r++)                                                               \
        sum += (unsigned long)(expression);                                                    \
    return sum

/* Each bench_AREA.c file defines one table of cases. */
extern const bench_case bench_core_cases[];
extern const size_t bench_core_case_count;
extern const bench_case bench_registry_cases[];
extern const size_t bench_registry_case_count;
extern const bench_case bench_builder_cases[];
extern const size_t bench_builder_case_count;
extern const bench_case bench_parser_cases[];
extern const size_t bench_parser_case_count;
extern const bench_case bench_token_cases[];
extern const size_t bench_token_case_count;

#endif
