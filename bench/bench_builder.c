/* Challenge builder, with full validation and escaping, against snprintf writing the same
 * bytes with neither, for the challenges a resource server sends most. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "oauth_ext_error.h"

#define BUFFER_SIZE 512

static char buffer[BUFFER_SIZE];

/* One challenge: its fields, as a server stores them (NUL-terminated strings, which
 * snprintf needs), and the fixed format that snprintf fills in. */
typedef struct challenge_case {
    const char *realm;
    const char *scope;
    const char *error;
    const char *error_description;
    const char *resource_metadata;
} challenge_case;

static const char example_metadata[] =
    "https://resource.example.com/.well-known/oauth-protected-resource";

static const challenge_case challenges[] = {
    /* RFC 6750 section 3, a request without a token. */
    {"example", NULL, NULL, NULL, NULL},
    /* RFC 6750 section 3, an expired token. */
    {"example", NULL, "invalid_token", "The access token expired", NULL},
    /* RFC 6750 section 3.1, a token that lacks a scope. */
    {"example", "openid profile email", "insufficient_scope",
     "The request requires higher privileges than the access token provides", NULL},
    /* RFC 9728 section 5.1, pointing the client at the resource's metadata. */
    {NULL, NULL, "invalid_token", NULL, example_metadata},
};

/* The challenges are read through a volatile pointer so that no call is folded at compile
 * time. */
static const challenge_case *volatile challenge_table = challenges;

static size_t build_ours(const challenge_case *c)
{
    oauth_challenge challenge;
    oauth_auth_param metadata;
    oauth_challenge_result result;

    oauth_challenge_init(&challenge);
    challenge.realm = oauth_cstr(c->realm);
    challenge.scope = oauth_cstr(c->scope);
    challenge.error = oauth_cstr(c->error);
    challenge.error_description = oauth_cstr(c->error_description);
    if (c->resource_metadata) {
        metadata.name = oauth_cstr(OAUTH_PARAM_RESOURCE_METADATA);
        metadata.value = oauth_cstr(c->resource_metadata);
        challenge.params = &metadata;
        challenge.param_count = 1;
    }
    return oauth_challenge_build(&challenge, OAUTH_CHALLENGE_STRICT, buffer, BUFFER_SIZE,
                                 &result);
}

/* The hand-written alternative: one format per kind of challenge, no check on any byte. */
static size_t build_snprintf_0(const challenge_case *c)
{
    return (size_t)snprintf(buffer, BUFFER_SIZE, "Bearer realm=\"%s\"", c->realm);
}

static size_t build_snprintf_1(const challenge_case *c)
{
    return (size_t)snprintf(buffer, BUFFER_SIZE,
                            "Bearer realm=\"%s\", error=\"%s\", error_description=\"%s\"",
                            c->realm, c->error, c->error_description);
}

static size_t build_snprintf_2(const challenge_case *c)
{
    return (size_t)snprintf(
        buffer, BUFFER_SIZE,
        "Bearer realm=\"%s\", scope=\"%s\", error=\"%s\", error_description=\"%s\"", c->realm,
        c->scope, c->error, c->error_description);
}

static size_t build_snprintf_3(const challenge_case *c)
{
    return (size_t)snprintf(buffer, BUFFER_SIZE,
                            "Bearer error=\"%s\", resource_metadata=\"%s\"", c->error,
                            c->resource_metadata);
}

typedef size_t (*build_function)(const challenge_case *c);

static const build_function snprintf_builders[] = {build_snprintf_0, build_snprintf_1,
                                                   build_snprintf_2, build_snprintf_3};

/* Both sides must write the same challenge, or the comparison would be meaningless. */
static void check_outputs(void)
{
    static int checked;
    char ours[BUFFER_SIZE];
    size_t i, length;

    if (checked)
        return;
    for (i = 0; i < sizeof(challenges) / sizeof(challenges[0]); i++) {
        length = build_ours(&challenges[i]);
        memcpy(ours, buffer, BUFFER_SIZE);
        if (snprintf_builders[i](&challenges[i]) != length || strcmp(ours, buffer) != 0) {
            fprintf(stderr,
                    "bench_builder: challenge %zu differs:\n  ours:     %s\n"
                    "  snprintf: %s\n",
                    i, ours, buffer);
            exit(2);
        }
    }
    checked = 1;
}

/* One set of run functions per challenge, since a bench_function takes no argument. */
#define CHALLENGE_RUNNERS(index)                                                               \
    static unsigned long run_ours_##index(unsigned long rounds)                                \
    {                                                                                          \
        BENCH_REPEAT(check_outputs, build_ours(&challenge_table[index]));                      \
    }                                                                                          \
    static unsigned long run_snprintf_##index(unsigned long rounds)                            \
    {                                                                                          \
        BENCH_REPEAT(check_outputs, build_snprintf_##index(&challenge_table[index]));          \
    }                                                                                          \
    static unsigned long run_loop_only_##index(unsigned long rounds)                           \
    {                                                                                          \
        BENCH_REPEAT(check_outputs, challenge_table[index].realm != NULL);                     \
    }

CHALLENGE_RUNNERS(0)
CHALLENGE_RUNNERS(1)
CHALLENGE_RUNNERS(2)
CHALLENGE_RUNNERS(3)

#define CHALLENGE_CASE(index, name)                                                            \
    {                                                                                          \
        name, 1, 0, 2,                                                                         \
            {{"oauth_challenge_build", run_ours_##index},                                      \
             {"snprintf, no checks", run_snprintf_##index}},                                   \
            run_loop_only_##index                                                              \
    }

const bench_case bench_builder_cases[] = {
    CHALLENGE_CASE(0, "build: realm (RFC 6750 sec. 3)"),
    CHALLENGE_CASE(1, "build: invalid_token (RFC 6750 sec. 3)"),
    CHALLENGE_CASE(2, "build: insufficient_scope with scope"),
    CHALLENGE_CASE(3, "build: resource_metadata (RFC 9728)"),
};
const size_t bench_builder_case_count =
    sizeof(bench_builder_cases) / sizeof(bench_builder_cases[0]);
