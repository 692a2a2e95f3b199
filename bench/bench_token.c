/* Token extraction from an Authorization field value: a JWT-sized token and a short opaque
 * one, against the prefix compare that hand-written servers use, which checks nothing. */
#define _POSIX_C_SOURCE 200809L /* strncasecmp */

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "bench.h"
#include "oauth_ext_error.h"

/* A JWT signed with RS256 is about 800 bytes: the header below (base64url of
 * {"alg":"RS256","typ":"JWT"}), a payload of a dozen claims, and 342 bytes of signature
 * (a 2048-bit RSA signature in base64url). The payload and signature bytes are generated,
 * because only their alphabet and count matter to the extraction. */
#define JWT_HEADER          "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
#define JWT_PAYLOAD_BYTES   420
#define JWT_SIGNATURE_BYTES 342
#define JWT_BYTES           (sizeof(JWT_HEADER) - 1 + 1 + JWT_PAYLOAD_BYTES + 1 + JWT_SIGNATURE_BYTES)
#define SCHEME              "Bearer "

/* RFC 6750 section 2.1, the example access token. */
static const char short_value[] = SCHEME "mF_9.B5f-4.1JqM";
static char jwt_value[sizeof(SCHEME) - 1 + JWT_BYTES + 1];

static void fill_base64url(char *out, size_t count, unsigned long *state)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    size_t i;

    for (i = 0; i < count; i++) {
        *state = *state * 6364136223846793005ul + 1442695040888963407ul;
        out[i] = alphabet[(*state >> 33) & 63];
    }
}

static void prepare_jwt(void)
{
    unsigned long state = 1;
    char *p = jwt_value;

    if (jwt_value[0])
        return;
    memcpy(p, SCHEME JWT_HEADER ".", sizeof(SCHEME JWT_HEADER ".") - 1);
    p += sizeof(SCHEME JWT_HEADER ".") - 1;
    fill_base64url(p, JWT_PAYLOAD_BYTES, &state);
    p += JWT_PAYLOAD_BYTES;
    *p++ = '.';
    fill_base64url(p, JWT_SIGNATURE_BYTES, &state);
    p[JWT_SIGNATURE_BYTES] = '\0';
}

static size_t extract_ours(const char *value, size_t length)
{
    oauth_bearer_credentials credentials;

    return (size_t)oauth_bearer_extract(value, length, &credentials) + credentials.token.length;
}

/* The hand-written extraction most servers use: compare the scheme, take the rest as the
 * token. */
static size_t extract_prefix(const char *value, size_t length)
{
    if (length < sizeof(SCHEME) - 1 || strncasecmp(value, SCHEME, sizeof(SCHEME) - 1) != 0)
        return 0;
    return length - (sizeof(SCHEME) - 1);
}

/* The values are read through volatile pointers so that no call is folded at compile
 * time. */
static const char *volatile jwt_input = jwt_value;
static const char *volatile short_input = short_value;

#define JWT_VALUE_LENGTH   (sizeof(SCHEME) - 1 + JWT_BYTES)
#define SHORT_VALUE_LENGTH (sizeof(short_value) - 1)

static unsigned long run_jwt_ours(unsigned long rounds)
{
    BENCH_REPEAT(prepare_jwt, extract_ours(jwt_input, JWT_VALUE_LENGTH));
}

static unsigned long run_jwt_prefix(unsigned long rounds)
{
    BENCH_REPEAT(prepare_jwt, extract_prefix(jwt_input, JWT_VALUE_LENGTH));
}

static unsigned long run_short_ours(unsigned long rounds)
{
    BENCH_REPEAT(prepare_jwt, extract_ours(short_input, SHORT_VALUE_LENGTH));
}

static unsigned long run_short_prefix(unsigned long rounds)
{
    BENCH_REPEAT(prepare_jwt, extract_prefix(short_input, SHORT_VALUE_LENGTH));
}

static unsigned long run_loop_only(unsigned long rounds)
{
    BENCH_REPEAT(prepare_jwt, jwt_input != NULL);
}

const bench_case bench_token_cases[] = {
    {"token: Bearer JWT (807-byte value)",
     1,
     (double)JWT_VALUE_LENGTH,
     2,
     {{"oauth_bearer_extract", run_jwt_ours},
      {"strncasecmp prefix, no checks", run_jwt_prefix}},
     run_loop_only},
    {"token: Bearer opaque (22-byte value)",
     1,
     (double)SHORT_VALUE_LENGTH,
     2,
     {{"oauth_bearer_extract", run_short_ours},
      {"strncasecmp prefix, no checks", run_short_prefix}},
     run_loop_only},
};
const size_t bench_token_case_count = sizeof(bench_token_cases) / sizeof(bench_token_cases[0]);
