/* Worst-case inputs for the challenge parser and token extraction: each pattern is built at
 * 64 KiB and at 1 MiB, and the time of one call at each size is compared. A ratio near 16
 * means the cost grows linearly with the input.
 *
 *   worst_case                 prints, per pattern, the median time of one call at each
 *                              size, their ratio, and the outcome of the call
 *   worst_case --list          prints "INDEX NAME" for every pattern
 *   worst_case --run INDEX N   makes one call on the pattern built at N bytes, inside
 *                              worst_case_call, for callgrind's --toggle-collect
 *
 * scripts/worst-case-callgrind.sh counts the instructions of each call with callgrind. */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "oauth_ext_error.h"

#define SMALL_SIZE   (64u * 1024u)
#define LARGE_SIZE   (1024u * 1024u)
#define SMALL_RUNS   31
#define LARGE_RUNS   11
#define MAX_CAPACITY 4096

enum target { PARSER, TOKEN };

/* One input pattern: a prefix, a unit repeated while the whole still fits the size, and a
 * suffix. A unit with "%" contains a counter, so that each copy differs (distinct names). */
typedef struct pattern {
    const char *name;
    enum target target;
    const char *prefix;
    const char *unit;
    const char *suffix;
    size_t capacity;      /* params per challenge, for the parser */
    unsigned long repeat; /* when not 0: "Bearer " again before every repeat-th unit */
} pattern;

static const pattern patterns[] = {
    /* Parser: each input is valid unless its name states otherwise, so the parse reads it to
       the end. */
    {"commas: empty list elements", PARSER, "Bearer ", ",", "", 32, 0},
    {"spaces before the first auth-param", PARSER, "Bearer", " ", "realm=\"x\"", 32, 0},
    {"quotes: \\\" quoted-pairs in one value", PARSER, "Bearer realm=\"", "\\\"", "\"", 32, 0},
    {"backslashes: \\\\ quoted-pairs", PARSER, "Bearer realm=\"", "\\\\", "\"", 32, 0},
    {"a= pairs: one per challenge", PARSER, "", "Bearer a=1, ", "Bearer a=1", 32, 0},
    {"a= without values: token68 padding", PARSER, "Bearer a", "=", "", 32, 0},
    {"unterminated quoted-string", PARSER, "Bearer realm=\"", "a ", "", 32, 0},
    /* The duplicate check compares each name with every earlier one of equal length, so
     * distinct names of one length in one challenge are its worst case; the capacity bounds
     * it, and the parse stops with TOO_MANY_PARAMS at capacity + 1 params. */
    {"distinct params, one challenge, capacity 32", PARSER, "Bearer ", "p%015lu=\"1\", ", "z=1",
     32, 0},
    {"distinct params, one challenge, capacity 4096", PARSER, "Bearer ", "p%015lu=\"1\", ",
     "z=1", MAX_CAPACITY, 0},
    /* The same with a new challenge before each 256 params: every challenge pays the full
     * quadratic check, so the cost per byte grows with the capacity. */
    {"256 distinct params per challenge, cap. 256", PARSER, "Bearer ", "p%015lu=\"1\", ", "",
     256, 256},
    /* Token extraction. */
    {"token: one long b64token", TOKEN, "Bearer ", "a", "", 0, 0},
    {"token: spaces after the scheme", TOKEN, "Bearer", " ", "abc", 0, 0},
    {"token: = padding", TOKEN, "Bearer a", "=", "", 0, 0},
    {"token: whitespace around the value", TOKEN, "", " \t", "Bearer abc", 0, 0},
};

#define PATTERN_COUNT (sizeof patterns / sizeof patterns[0])

static oauth_auth_param_view params[MAX_CAPACITY];

/* Builds the pattern at no more than `size` bytes; returns the length. */
static size_t build_input(const pattern *p, char *out, size_t size)
{
    size_t length = strlen(p->prefix), suffix = strlen(p->suffix);
    unsigned long counter = 0;
    char unit[64];

    memcpy(out, p->prefix, length);
    for (;;) {
        int n = snprintf(unit, sizeof unit, p->unit, counter++);

        if (n < 0 || length + (size_t)n + suffix + 7 > size)
            break;
        if (p->repeat && counter > 1 && (counter - 1) % p->repeat == 0) {
            memcpy(out + length, "Bearer ", 7);
            length += 7;
        }
        memcpy(out + length, unit, (size_t)n);
        length += (size_t)n;
    }
    memcpy(out + length, p->suffix, suffix);
    return length + suffix;
}

/* One call on the input: the whole parse, or one token extraction. Returns a summary that
 * the caller prints, so the work cannot be optimised away. Kept out of line, so that
 * callgrind can count it alone. */
__attribute__((noinline)) long worst_case_call(const pattern *p, const char *input,
                                               size_t length);
__attribute__((noinline)) long worst_case_call(const pattern *p, const char *input,
                                               size_t length)
{
    if (p->target == PARSER) {
        oauth_challenge_parser parser;
        oauth_challenge_view challenge;
        long challenges = 0;
        int status;

        oauth_challenge_parser_init(&parser, input, length, 0);
        while ((status =
                    oauth_challenge_parser_next(&parser, &challenge, params, p->capacity)) == 1)
            challenges++;
        return status < 0 ? status : challenges;
    } else {
        oauth_bearer_credentials credentials;

        return (long)oauth_bearer_extract(input, length, &credentials);
    }
}

static double now_seconds(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* Median seconds of one call over `runs` runs, with one untimed call first. */
static double median_seconds(const pattern *p, const char *input, size_t length, int runs,
                             long *outcome)
{
    double times[SMALL_RUNS > LARGE_RUNS ? SMALL_RUNS : LARGE_RUNS];
    int i;

    *outcome = worst_case_call(p, input, length);
    for (i = 0; i < runs; i++) {
        double start = now_seconds();

        *outcome = worst_case_call(p, input, length);
        times[i] = now_seconds() - start;
    }
    qsort(times, (size_t)runs, sizeof times[0], compare_doubles);
    return times[runs / 2];
}

/* The outcome as text: a challenge count, a parse error, or a token result. */
static void describe(const pattern *p, long outcome, char *out, size_t size)
{
    static const char *const token_results[] = {"none", "malformed", "token"};

    if (p->target == TOKEN)
        snprintf(out, size, "%s", token_results[outcome]);
    else if (outcome < 0)
        snprintf(out, size, "%s", oauth_parse_error_message((oauth_parse_error)outcome));
    else
        snprintf(out, size, "%ld challenge(s)", outcome);
}

int main(int argc, char **argv)
{
    char *input = malloc(LARGE_SIZE);
    size_t i;

    if (!input)
        return 1;
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (i = 0; i < PATTERN_COUNT; i++)
            printf("%zu %s\n", i, patterns[i].name);
        return 0;
    }
    if (argc == 4 && strcmp(argv[1], "--run") == 0) {
        size_t index = strtoul(argv[2], NULL, 10), size = strtoul(argv[3], NULL, 10);

        if (index >= PATTERN_COUNT || size > LARGE_SIZE) {
            fprintf(stderr, "worst_case: --run needs an index below %zu and a size up to %u\n",
                    PATTERN_COUNT, LARGE_SIZE);
            return 2;
        }
        printf("%ld\n", worst_case_call(&patterns[index], input,
                                        build_input(&patterns[index], input, size)));
        return 0;
    }

    printf("%-46s %12s %12s %7s  %s\n", "pattern", "64 KiB (us)", "1 MiB (us)", "ratio",
           "outcome at 64 KiB / 1 MiB");
    for (i = 0; i < PATTERN_COUNT; i++) {
        const pattern *p = &patterns[i];
        long small_outcome, large_outcome;
        size_t length = build_input(p, input, SMALL_SIZE);
        double small = median_seconds(p, input, length, SMALL_RUNS, &small_outcome);
        double large;
        char small_text[64], large_text[64];

        length = build_input(p, input, LARGE_SIZE);
        large = median_seconds(p, input, length, LARGE_RUNS, &large_outcome);
        describe(p, small_outcome, small_text, sizeof small_text);
        describe(p, large_outcome, large_text, sizeof large_text);
        printf("%-46s %12.1f %12.1f %7.1f  %s / %s\n", p->name, small * 1e6, large * 1e6,
               large / small, small_text, large_text);
    }
    free(input);
    return 0;
}
