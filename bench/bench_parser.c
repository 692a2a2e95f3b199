/* Parser: oauth_challenge_parser_next over every challenge and auth-param of a field value,
 * and oauth_resource_challenge_find, both with full validation, against the strstr search
 * for error="..." that hand-written clients use. `make bench-parser` runs these cases
 * alone, timed and under callgrind. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "oauth_ext_error.h"

/* WWW-Authenticate field values of 30 to 300 bytes: the RFCs' examples, then challenges of
 * the kind servers send, with an error_uri, a long scope, or several auth-params. */
#define CORPUS(X)                                                                              \
    /* RFC 6750 section 3 */                                                                   \
    X("Bearer realm=\"example\", error=\"invalid_token\", "                                    \
      "error_description=\"The access token expired\"")                                        \
    /* RFC 9110 section 11.6.1: two challenges, neither Bearer nor DPoP */                     \
    X("Basic realm=\"simple\", Newauth realm=\"apps\", type=1, title=\"Login to "              \
      "\\\"apps\\\"\"")                                                                        \
    /* RFC 9449 figures 16, 18, 19 and 24 */                                                   \
    X("DPoP error=\"invalid_token\", error_description=\"Invalid DPoP key binding\", "         \
      "algs=\"ES256\"")                                                                        \
    X("Bearer error=\"invalid_token\", error_description=\"Invalid token\", "                  \
      "DPoP algs=\"ES256 PS256\"")                                                             \
    X("Bearer error=\"invalid_request\", error_description=\"Multiple methods used to "        \
      "include access token\", DPoP algs=\"ES256 PS256\", error=\"invalid_request\", "         \
      "error_description=\"Multiple methods used to include access token\"")                   \
    X("DPoP error=\"use_dpop_nonce\", error_description=\"Resource server requires nonce "     \
      "in DPoP proof\"")                                                                       \
    /* RFC 9470 figures 2 and 3 */                                                             \
    X("Bearer error=\"insufficient_user_authentication\", error_description=\"A different "    \
      "authentication level is required\", acr_values=\"myACR\"")                              \
    X("Bearer error=\"insufficient_user_authentication\", error_description=\"More recent "    \
      "authentication is required\", max_age=\"5\"")                                           \
    /* RFC 9728 section 5.1 */                                                                 \
    X("Bearer resource_metadata=\"https://resource.example.com/.well-known/"                   \
      "oauth-protected-resource\"")                                                            \
    /* Typical servers */                                                                      \
    X("Bearer realm=\"api.example.com\", error=\"invalid_token\"")                             \
    X("Bearer error=\"invalid_token\", error_description=\"Jwt expired at "                    \
      "2024-05-14T09:12:33Z\", error_uri=\"https://tools.ietf.org/html/rfc6750#section-3.1\"") \
    X("Bearer realm=\"api\", error=\"insufficient_scope\", error_description=\"The request "   \
      "requires higher privileges than provided by the access token\", "                       \
      "scope=\"orders:read orders:write\"")                                                    \
    X("Bearer realm=\"api.example.com\", scope=\"orders:read orders:write customers:read\", "  \
      "error=\"insufficient_scope\", error_description=\"The access token lacks the scope "    \
      "orders:write\", error_uri=\"https://docs.example.com/errors/insufficient_scope\", "     \
      "algs=\"ES256 PS256\"")                                                                  \
    X("Bearer realm=\"example\", error=\"invalid_token\", error_description=\"The token "      \
      "was issued for \\\"other-api\\\"\"")

#define CORPUS_STRING(value)      value,
#define CORPUS_LENGTH(value)      sizeof(value) - 1,
#define CORPUS_PLUS_LENGTH(value) +(sizeof(value) - 1)

static const char *const corpus[] = {CORPUS(CORPUS_STRING)};
static const size_t corpus_lengths[] = {CORPUS(CORPUS_LENGTH)};
#define CORPUS_COUNT   (sizeof(corpus) / sizeof(corpus[0]))
#define CORPUS_BYTES   (0 CORPUS(CORPUS_PLUS_LENGTH))
#define MIN_LENGTH     30
#define MAX_LENGTH     300
#define PARAM_CAPACITY 16

/* Every field value must parse and be 30 to 300 bytes long, or the figures would not be
 * those of the corpus this file describes. */
static void check_corpus(void)
{
    static int checked;
    oauth_resource_challenge found;
    size_t i;

    if (checked)
        return;
    for (i = 0; i < CORPUS_COUNT; i++) {
        if (corpus_lengths[i] < MIN_LENGTH || corpus_lengths[i] > MAX_LENGTH) {
            fprintf(stderr, "bench_parser: field value %zu is %zu bytes, not %d to %d\n", i,
                    corpus_lengths[i], MIN_LENGTH, MAX_LENGTH);
            exit(2);
        }
        if (oauth_resource_challenge_find(corpus[i], corpus_lengths[i],
                                          OAUTH_SCHEME_BEARER | OAUTH_SCHEME_DPOP, 0,
                                          &found) < 0) {
            fprintf(stderr, "bench_parser: field value %zu: %s at byte %zu\n", i,
                    oauth_parse_error_message(found.parse_error), found.offset);
            exit(2);
        }
    }
    checked = 1;
}

/* Parses every challenge and auth-param and returns a sum over what it read. */
static size_t parse_every_param(const char *input, size_t length)
{
    oauth_challenge_parser parser;
    oauth_challenge_view challenge;
    oauth_auth_param_view params[PARAM_CAPACITY];
    size_t sum = 0, i;

    oauth_challenge_parser_init(&parser, input, length, 0);
    while (oauth_challenge_parser_next(&parser, &challenge, params, PARAM_CAPACITY) == 1) {
        sum += challenge.scheme.length + challenge.token68.length;
        for (i = 0; i < challenge.param_count; i++)
            sum += params[i].name.length + params[i].value.length;
    }
    return sum;
}

static size_t find_resource_challenge(const char *input, size_t length)
{
    oauth_resource_challenge found;

    oauth_resource_challenge_find(input, length, OAUTH_SCHEME_BEARER | OAUTH_SCHEME_DPOP, 0,
                                  &found);
    return (size_t)found.error_code + found.error.value.length;
}

/* The hand-written extraction clients use: find error=", then the next double quote. It checks
 * no syntax, stops at the first quoted-pair, and also matches inside other values. */
static size_t strstr_error(const char *input)
{
    const char *start = strstr(input, "error=\"");
    const char *end;

    if (!start)
        return 0;
    start += 7;
    end = strchr(start, '"');
    return end ? (size_t)(end - start) : 0;
}

/* The corpus is read through a volatile pointer so that no call is folded at compile time. */
static const char *const *volatile corpus_table = corpus;

#define SUM_OVER_CORPUS(expression)                                                            \
    BENCH_SUM_OVER_TABLE(check_corpus, corpus_table, CORPUS_COUNT, expression)

static unsigned long run_parser_next(unsigned long rounds)
{
    SUM_OVER_CORPUS(parse_every_param(table[i], corpus_lengths[i]));
}

static unsigned long run_find(unsigned long rounds)
{
    SUM_OVER_CORPUS(find_resource_challenge(table[i], corpus_lengths[i]));
}

static unsigned long run_strstr(unsigned long rounds)
{
    SUM_OVER_CORPUS(strstr_error(table[i]));
}

static unsigned long run_loop_only(unsigned long rounds)
{
    SUM_OVER_CORPUS((table[i] != NULL) + corpus_lengths[i]);
}

#define CORPUS_MEAN_LENGTH ((double)CORPUS_BYTES / (double)CORPUS_COUNT)

const bench_case bench_parser_cases[] = {
    {"parse: every challenge and auth-param",
     CORPUS_COUNT,
     CORPUS_MEAN_LENGTH,
     2,
     {{"oauth_challenge_parser_next", run_parser_next}, {"strstr error=\"", run_strstr}},
     run_loop_only},
    {"parse: find the Bearer or DPoP challenge",
     CORPUS_COUNT,
     CORPUS_MEAN_LENGTH,
     2,
     {{"oauth_resource_challenge_find", run_find}, {"strstr error=\"", run_strstr}},
     run_loop_only},
};
const size_t bench_parser_case_count =
    sizeof(bench_parser_cases) / sizeof(bench_parser_cases[0]);
