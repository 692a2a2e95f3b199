/* Challenge builder: one WWW-Authenticate challenge (RFC 6750 section 3, RFC 9110 section
 * 11.6.1), the join of several, and the status to send. */
#include <stdlib.h>

#include "harness.h"

#define STRICT OAUTH_CHALLENGE_STRICT
#define SAFE   OAUTH_CHALLENGE_SAFE

#define INVALID_TOKEN_DEFAULT                                                                  \
    "The access token is expired, revoked, malformed, or otherwise invalid"
#define EVIL_DESCRIPTION "The audience 'x\", error_uri=\"https://evil.example.com' is invalid"

/* One challenge to build and the exact result. The six fields are scheme, realm, scope,
 * error, error_description and error_uri, and NULL (A) is absent. Params end at the first
 * NULL name. A failing row gives the error, the field, the param index and the offset. */
typedef struct builder_row {
    const char *fields[6];
    const char *params[4][2];
    oauth_challenge_policy policy;
    const char *expected; /* NULL when the build fails */
    oauth_challenge_error error_code;
    oauth_challenge_field field;
    size_t param_index, offset;
    unsigned sanitized;
} builder_row;

/* clang-format off */
#define A         TEST_NULL
#define NO_PARAMS {{A, A}}
/* clang-format on */
#define OK(expected, sanitized)                                                                \
    expected, OAUTH_CHALLENGE_OK, OAUTH_CHALLENGE_FIELD_NONE, 0, 0, sanitized
#define FAIL(id, field, index, offset)                                                         \
    A, OAUTH_CHALLENGE_ERROR_##id, OAUTH_CHALLENGE_FIELD_##field, index, offset, 0
#define DESCRIPTION_REPLACED OAUTH_CHALLENGE_SANITIZED_ERROR_DESCRIPTION
#define URI_DROPPED          OAUTH_CHALLENGE_SANITIZED_ERROR_URI

/* clang-format off */
static const builder_row builder_rows[] = {
    /* RFC 6750 section 3 examples. */
    {{A, "example", A, A, A, A}, NO_PARAMS, STRICT,
     OK("Bearer realm=\"example\"", 0)},
    {{A, "example", A, "invalid_token", "The access token expired", A}, NO_PARAMS, STRICT,
     OK("Bearer realm=\"example\", error=\"invalid_token\", "
        "error_description=\"The access token expired\"", 0)},

    /* RFC 9470 section 3, figures 2 and 3. */
    {{A, A, A, "insufficient_user_authentication",
      "A different authentication level is required", A}, {{"acr_values", "myACR"}}, STRICT,
     OK("Bearer error=\"insufficient_user_authentication\", "
        "error_description=\"A different authentication level is required\", "
        "acr_values=\"myACR\"", 0)},
    {{A, A, A, "insufficient_user_authentication", "More recent authentication is required",
      A}, {{"max_age", "5"}}, STRICT,
     OK("Bearer error=\"insufficient_user_authentication\", "
        "error_description=\"More recent authentication is required\", max_age=\"5\"", 0)},

    /* RFC 9728 section 5.1. */
    {{A, A, A, A, A, A},
     {{"resource_metadata", "https://resource.example.com/.well-known/oauth-protected-resource"}},
     STRICT,
     OK("Bearer resource_metadata="
        "\"https://resource.example.com/.well-known/oauth-protected-resource\"", 0)},

    /* RFC 9449 figures 15, 16 and 24. */
    {{"DPoP", A, A, A, A, A}, {{"algs", "ES256 PS256"}}, STRICT,
     OK("DPoP algs=\"ES256 PS256\"", 0)},
    {{"DPoP", A, A, "invalid_token", "Invalid DPoP key binding", A}, {{"algs", "ES256"}}, STRICT,
     OK("DPoP error=\"invalid_token\", error_description=\"Invalid DPoP key binding\", "
        "algs=\"ES256\"", 0)},
    {{"DPoP", A, A, "use_dpop_nonce", "Resource server requires nonce in DPoP proof", A},
     NO_PARAMS, STRICT,
     OK("DPoP error=\"use_dpop_nonce\", "
        "error_description=\"Resource server requires nonce in DPoP proof\"", 0)},

    /* Quoted-pairs for DQUOTE and backslash (RFC 9110 section 5.6.4). */
    {{A, "C:\\", A, A, A, A}, NO_PARAMS, STRICT,
     OK("Bearer realm=\"C:\\\\\"", 0)},
    {{A, "Super\"Secret", A, A, A, A}, NO_PARAMS, STRICT,
     OK("Bearer realm=\"Super\\\"Secret\"", 0)},
    {{A, "tab\there", A, A, A, A}, {{"title", "Login to \"apps\""}}, STRICT,
     OK("Bearer realm=\"tab\there\", title=\"Login to \\\"apps\\\"\"", 0)},

    /* CR, LF and other controls never reach the output, under either policy. */
    {{A, "a\r\nb", A, A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_QUOTABLE, REALM, 0, 1)},
    {{A, "a\r\nb", A, A, A, A}, NO_PARAMS, SAFE, FAIL(NOT_QUOTABLE, REALM, 0, 1)},
    {{A, "del\x7f", A, A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_QUOTABLE, REALM, 0, 3)},
    {{A, "caf\xc3\xa9", A, A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_QUOTABLE, REALM, 0, 3)},

    /* No realm. */
    {{A, A, A, "invalid_token", "foobar", A}, NO_PARAMS, STRICT,
     OK("Bearer error=\"invalid_token\", error_description=\"foobar\"", 0)},

    /* A description with a DQUOTE: strict rejects it, safe sends the default. */
    {{A, A, A, "invalid_token", "Unexpected \"iss\" value", A}, NO_PARAMS, STRICT,
     FAIL(NOT_NQSCHAR, ERROR_DESCRIPTION, 0, 11)},
    {{A, A, A, "invalid_token", "Unexpected \"iss\" value", A}, NO_PARAMS, SAFE,
     OK("Bearer error=\"invalid_token\", error_description=\"" INVALID_TOKEN_DEFAULT "\"",
        DESCRIPTION_REPLACED)},

    /* Descriptions that try to close the quoted-string and add an error_uri, or to add a
     * header line. */
    {{A, A, A, "invalid_token", EVIL_DESCRIPTION, A}, NO_PARAMS, STRICT,
     FAIL(NOT_NQSCHAR, ERROR_DESCRIPTION, 0, 15)},
    {{A, A, A, "invalid_token", EVIL_DESCRIPTION, A}, NO_PARAMS, SAFE,
     OK("Bearer error=\"invalid_token\", error_description=\"" INVALID_TOKEN_DEFAULT "\"",
        DESCRIPTION_REPLACED)},
    {{A, A, A, "invalid_token", EVIL_DESCRIPTION "\r\nX-Injected: 1", A}, NO_PARAMS, STRICT,
     FAIL(NOT_NQSCHAR, ERROR_DESCRIPTION, 0, 15)},
    {{A, A, A, "invalid_token", EVIL_DESCRIPTION "\r\nX-Injected: 1",
      "https://example.com/errors/token"}, NO_PARAMS, SAFE,
     OK("Bearer error=\"invalid_token\", error_description=\"" INVALID_TOKEN_DEFAULT "\", "
        "error_uri=\"https://example.com/errors/token\"", DESCRIPTION_REPLACED)},
    {{A, A, A, "invalid_token", "fine\r\nX-Injected: 1", A}, NO_PARAMS, STRICT,
     FAIL(NOT_NQSCHAR, ERROR_DESCRIPTION, 0, 4)},

    /* A registry code outside RFC 6750 has no default description, so safe drops it. */
    {{"DPoP", A, A, "use_dpop_nonce", "nonce \"n\" expired", A}, NO_PARAMS, SAFE,
     OK("DPoP error=\"use_dpop_nonce\"", DESCRIPTION_REPLACED)},

    /* insufficient_scope with the scope needed (RFC 6750 section 3.1), and scope syntax
     * (RFC 6749 section 3.3). */
    {{A, A, "write", "insufficient_scope", A, A}, NO_PARAMS, STRICT,
     OK("Bearer scope=\"write\", error=\"insufficient_scope\"", 0)},
    {{A, A, "openid profile email", A, A, A}, NO_PARAMS, STRICT,
     OK("Bearer scope=\"openid profile email\"", 0)},
    {{A, A, "urn:example:channel=HBO&urn:example:rating=G,PG-13", A, A, A}, NO_PARAMS, STRICT,
     OK("Bearer scope=\"urn:example:channel=HBO&urn:example:rating=G,PG-13\"", 0)},
    {{A, A, " write", A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_SCOPE, SCOPE, 0, 0)},
    {{A, A, "write ", A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_SCOPE, SCOPE, 0, 5)},
    {{A, A, "read  write", A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_SCOPE, SCOPE, 0, 5)},
    {{A, A, "read\twrite", A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_SCOPE, SCOPE, 0, 4)},
    {{A, A, "a\"b", A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_SCOPE, SCOPE, 0, 1)},

    /* No credentials: no error code (RFC 6750 section 3.1), and empty fields are left out. */
    {{A, A, A, A, A, A}, NO_PARAMS, STRICT, OK("Bearer", 0)},
    {{"", "", "", "", "", ""}, {{"algs", ""}}, STRICT, OK("Bearer", 0)},

    /* The scheme is a token (RFC 9110 section 11.1). */
    {{"Bear er", A, A, A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_TOKEN, SCHEME, 0, 4)},
    {{"Bearer,", "x", A, A, A, A}, NO_PARAMS, STRICT, FAIL(NOT_TOKEN, SCHEME, 0, 6)},
    {{"Bearer\r\n", A, A, A, A, A}, NO_PARAMS, SAFE, FAIL(NOT_TOKEN, SCHEME, 0, 6)},

    /* error and error_uri character sets (RFC 6750 section 3). */
    {{A, A, A, "invalid\"token", A, A}, NO_PARAMS, SAFE, FAIL(NOT_NQSCHAR, ERROR, 0, 7)},
    {{A, A, A, "invalid_token\n", A, A}, NO_PARAMS, STRICT, FAIL(NOT_NQSCHAR, ERROR, 0, 13)},
    {{A, A, A, "invalid_token", A, "https://a.example/x y"}, NO_PARAMS, STRICT,
     FAIL(NOT_URI_CHAR, ERROR_URI, 0, 19)},
    {{A, A, A, "invalid_token", A, "https://a.example/x y"}, NO_PARAMS, SAFE,
     OK("Bearer error=\"invalid_token\"", URI_DROPPED)},
    {{A, A, A, "invalid_token", "a\\b", "https://a.example/\""}, NO_PARAMS, SAFE,
     OK("Bearer error=\"invalid_token\", error_description=\"" INVALID_TOKEN_DEFAULT "\"",
        DESCRIPTION_REPLACED | URI_DROPPED)},
    {{A, A, A, "invalid_request", A, "https://a.example/e"}, NO_PARAMS, STRICT,
     OK("Bearer error=\"invalid_request\", error_uri=\"https://a.example/e\"", 0)},

    /* error_description or error_uri without error. */
    {{A, "example", A, A, "expired", A}, NO_PARAMS, STRICT,
     FAIL(MISSING_ERROR, ERROR_DESCRIPTION, 0, 0)},
    {{A, "example", A, A, A, "https://a.example/e"}, NO_PARAMS, STRICT,
     FAIL(MISSING_ERROR, ERROR_URI, 0, 0)},
    {{A, "example", A, "", "expired", "https://a.example/e"}, NO_PARAMS, SAFE,
     OK("Bearer realm=\"example\"", DESCRIPTION_REPLACED | URI_DROPPED)},
    {{A, "example", A, A, "expired", A}, NO_PARAMS, SAFE,
     OK("Bearer realm=\"example\"", DESCRIPTION_REPLACED)},
    {{A, "example", A, A, A, "https://a.example/e"}, NO_PARAMS, SAFE,
     OK("Bearer realm=\"example\"", URI_DROPPED)},

    /* Extension params: names are tokens, unique ignoring case, and not a core name. */
    {{A, A, A, A, A, A}, {{"algs", "ES256"}, {"ALGS", "PS256"}}, STRICT,
     FAIL(DUPLICATE_NAME, PARAM_NAME, 1, 0)},
    {{A, A, A, A, A, A}, {{"a", "1"}, {"b", "2"}, {"A", ""}}, STRICT,
     FAIL(DUPLICATE_NAME, PARAM_NAME, 2, 0)},
    {{A, "example", A, A, A, A}, {{"Realm", "other"}}, STRICT,
     FAIL(RESERVED_NAME, PARAM_NAME, 0, 0)},
    {{A, A, A, A, A, A}, {{"x", "1"}, {"ERROR_uri", "https://evil.example.com"}}, SAFE,
     FAIL(RESERVED_NAME, PARAM_NAME, 1, 0)},
    {{A, A, A, A, A, A}, {{"a b", "1"}}, STRICT, FAIL(NOT_TOKEN, PARAM_NAME, 0, 1)},
    {{A, A, A, A, A, A}, {{"", "1"}}, STRICT, FAIL(NOT_TOKEN, PARAM_NAME, 0, 0)},
    {{A, A, A, A, A, A}, {{"x=", ""}}, STRICT, FAIL(NOT_TOKEN, PARAM_NAME, 0, 1)},
    {{A, A, A, A, A, A}, {{"service", "registry"}, {"note", "line\r\nX-Injected: 1"}}, SAFE,
     FAIL(NOT_QUOTABLE, PARAM_VALUE, 1, 4)},
    {{A, A, A, A, A, A}, {{"max_age", "-1"}}, STRICT, FAIL(NOT_INTEGER, PARAM_VALUE, 0, 0)},
    {{A, A, A, A, A, A}, {{"MAX_AGE", "30s"}}, STRICT, FAIL(NOT_INTEGER, PARAM_VALUE, 0, 2)},
    {{A, "r", A, A, A, A}, {{"empty", ""}, {"max_age", "0"}}, STRICT,
     OK("Bearer realm=\"r\", max_age=\"0\"", 0)},

    /* A policy value out of range acts as strict. */
    {{A, A, A, "invalid_token", "a\"b", A}, NO_PARAMS, TEST_CAST(oauth_challenge_policy, 7),
     FAIL(NOT_NQSCHAR, ERROR_DESCRIPTION, 0, 1)},
};
/* clang-format on */

/* The string in an exactly sized heap buffer, or the absent string for NULL. */
static oauth_string text(const char *s)
{
    oauth_string string = {TEST_NULL, 0};

    if (s) {
        string.length = strlen(s);
        string.data = test_buffer(s, string.length);
    }
    return string;
}

/* Fills challenge and params from a row. */
static void challenge_from_row(const builder_row *row, oauth_challenge *challenge,
                               oauth_auth_param *params)
{
    size_t count = 0;

    oauth_challenge_init(challenge);
    challenge->scheme = text(row->fields[0]);
    challenge->realm = text(row->fields[1]);
    challenge->scope = text(row->fields[2]);
    challenge->error = text(row->fields[3]);
    challenge->error_description = text(row->fields[4]);
    challenge->error_uri = text(row->fields[5]);
    while (count < 4 && row->params[count][0]) {
        params[count].name = text(row->params[count][0]);
        params[count].value = text(row->params[count][1]);
        count++;
    }
    challenge->params = params;
    challenge->param_count = count;
}

/* Checks that the parser reads `header` back as one challenge with the scheme and the
 * values the builder was given, in order. A field that the safe policy replaced or
 * dropped is compared with what the header contains instead: the code's default description
 * or nothing. */
static int check_round_trip(const char *header, const oauth_challenge *challenge,
                            unsigned sanitized)
{
    const oauth_string core[5] = {challenge->realm, challenge->scope, challenge->error,
                                  challenge->error_description, challenge->error_uri};
    static const char *const core_names[5] = {"realm", "scope", "error", "error_description",
                                              "error_uri"};
    oauth_string expected_names[16], expected_values[16];
    size_t expected_count = 0, i;
    oauth_challenge_parser parser;
    oauth_challenge_view view;
    oauth_auth_param_view params[16];
    const char *input = test_cstr(header);
    int ok = 1;

    for (i = 0; i < 5; i++) {
        oauth_string value = core[i];

        if (i == 3 && (sanitized & OAUTH_CHALLENGE_SANITIZED_ERROR_DESCRIPTION))
            value = oauth_cstr(oauth_ext_error_description(
                oauth_ext_error_from_string(challenge->error.data, challenge->error.length)));
        if (i == 4 && (sanitized & OAUTH_CHALLENGE_SANITIZED_ERROR_URI))
            value.length = 0;
        if (value.length == 0)
            continue;
        expected_names[expected_count] = oauth_cstr(core_names[i]);
        expected_values[expected_count++] = value;
    }
    for (i = 0; i < challenge->param_count; i++) {
        if (challenge->params[i].value.length == 0)
            continue;
        expected_names[expected_count] = challenge->params[i].name;
        expected_values[expected_count++] = challenge->params[i].value;
    }

    oauth_challenge_parser_init(&parser, input, strlen(header), 0);
    if (!CHECK_INT(oauth_challenge_parser_next(&parser, &view, params, TEST_COUNT(params)), 1))
        return 0;
    if (challenge->scheme.length)
        ok &= test_record_bytes(view.scheme.data, view.scheme.length, challenge->scheme.data,
                                challenge->scheme.length, __FILE__, __LINE__, "scheme");
    else
        ok &= CHECK_BYTES(view.scheme.data, view.scheme.length, "Bearer");
    ok &= CHECK_INT(view.param_count, expected_count);
    for (i = 0; i < view.param_count && i < expected_count; i++) {
        char value[512];
        size_t length = oauth_unescape(view.params[i].value, value, sizeof value);

        ok &= test_record_bytes(view.params[i].name.data, view.params[i].name.length,
                                expected_names[i].data, expected_names[i].length, __FILE__,
                                __LINE__, "round-trip name");
        ok &=
            test_record_bytes(value, length, expected_values[i].data, expected_values[i].length,
                              __FILE__, __LINE__, "round-trip value");
    }
    ok &= CHECK_INT(oauth_challenge_parser_next(&parser, &view, params, TEST_COUNT(params)), 0);
    return ok;
}

static void test_builder_table(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(builder_rows); i++) {
        const builder_row *row = &builder_rows[i];
        oauth_challenge challenge;
        oauth_auth_param params[4];
        oauth_challenge_result result;
        char header[512];
        size_t length, measured;
        int ok = 1;

        challenge_from_row(row, &challenge, params);
        measured = oauth_challenge_build(&challenge, row->policy, TEST_NULL, 0, TEST_NULL);
        memset(header, 'x', sizeof header);
        length = oauth_challenge_build(&challenge, row->policy, header, sizeof header, &result);

        if (row->expected) {
            ok &= CHECK_INT(length, strlen(row->expected));
            ok &= CHECK_INT(measured, length);
            ok &= CHECK_STR(header, row->expected);
            ok &= CHECK_INT(result.error, OAUTH_CHALLENGE_OK);
            ok &= CHECK_INT(result.sanitized, row->sanitized);
            ok &= check_round_trip(header, &challenge, result.sanitized);
        } else {
            ok &= CHECK_INT(length, 0);
            ok &= CHECK_INT(measured, 0);
            ok &= CHECK_STR(header, "");
            ok &= CHECK_INT(result.error, row->error_code);
            ok &= CHECK_INT(result.param_index, row->param_index);
            ok &= CHECK_INT(result.offset, row->offset);
        }
        ok &= CHECK_INT(result.field, row->field);
        if (!ok)
            fprintf(stderr, "  builder row %zu\n", i);
    }
}

/* Returns how often needle occurs in haystack. */
static int count_occurrences(const char *haystack, const char *needle)
{
    int count = 0;

    while ((haystack = strstr(haystack, needle)) != TEST_NULL) {
        count++;
        haystack++;
    }
    return count;
}

/* Whatever the description, a safe build contains one error_uri and no CR or LF. */
static void test_builder_injection(void)
{
    static const char *const descriptions[] = {
        EVIL_DESCRIPTION,
        EVIL_DESCRIPTION "\r\nX-Injected: 1",
        "\"",
        "\\\", error_uri=\"https://evil.example.com",
        "ok\nX-Injected: 1",
        "ok\rX-Injected: 1",
        "bell\x07",
    };
    size_t i;

    for (i = 0; i < TEST_COUNT(descriptions); i++) {
        oauth_challenge challenge;
        char header[512];
        size_t length;

        oauth_challenge_init(&challenge);
        oauth_challenge_set_error(&challenge, OAUTH_EXT_ERROR_INVALID_TOKEN);
        challenge.error_description = text(descriptions[i]);
        challenge.error_uri = text("https://example.com/errors/token");
        length = oauth_challenge_build(&challenge, SAFE, header, sizeof header, TEST_NULL);
        CHECK(length > 0);
        CHECK(length < sizeof header);
        CHECK_INT(count_occurrences(header, "error_uri="), 1);
        CHECK_INT(count_occurrences(header, "error_description="), 1);
        CHECK(strchr(header, '\r') == TEST_NULL);
        CHECK(strchr(header, '\n') == TEST_NULL);
        CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, TEST_NULL),
                  0);
        CHECK_STR(header, "");
    }
}

/* A NUL inside a field, through the length: rejected at its offset. */
static void test_builder_embedded_nul(void)
{
    oauth_challenge challenge;
    oauth_challenge_result result;
    char header[64];

    oauth_challenge_init(&challenge);
    challenge.realm.data = test_buffer("a\0b", 3);
    challenge.realm.length = 3;
    CHECK_INT(oauth_challenge_build(&challenge, SAFE, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NOT_QUOTABLE);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_REALM);
    CHECK_INT(result.offset, 1);
}

/* Every buffer size from 0 to the length + 1: never a write past the size (the sanitizer
 * run checks each exactly sized buffer), never a truncated challenge. */
static void test_builder_every_size(void)
{
    static const char expected[] =
        "DPoP realm=\"api \\\"v2\\\" at C:\\\\\", scope=\"openid profile email "
        "urn:example:read\", error=\"insufficient_scope\", error_description=\"The request "
        "requires the read scope\", error_uri=\"https://example.com/errors/scope\", "
        "resource_metadata=\"https://resource.example.com/.well-known/"
        "oauth-protected-resource\", algs=\"ES256 PS256\", max_age=\"300\"";
    oauth_auth_param params[3];
    oauth_challenge challenge;
    size_t needed, size;

    oauth_challenge_init(&challenge);
    challenge.scheme = text("DPoP");
    challenge.realm = text("api \"v2\" at C:\\");
    challenge.scope = text("openid profile email urn:example:read");
    oauth_challenge_set_error(&challenge, OAUTH_EXT_ERROR_INSUFFICIENT_SCOPE);
    challenge.error_description = text("The request requires the read scope");
    challenge.error_uri = text("https://example.com/errors/scope");
    params[0].name = text(OAUTH_PARAM_RESOURCE_METADATA);
    params[0].value = text("https://resource.example.com/.well-known/oauth-protected-resource");
    params[1].name = text(OAUTH_PARAM_ALGS);
    params[1].value = text("ES256 PS256");
    params[2].name = text(OAUTH_PARAM_MAX_AGE);
    params[2].value = text("300");
    challenge.params = params;
    challenge.param_count = 3;

    needed = oauth_challenge_build(&challenge, STRICT, TEST_NULL, 0, TEST_NULL);
    CHECK_INT(needed, sizeof expected - 1);
    for (size = 0; size <= needed + 1; size++) {
        char *buffer = TEST_CAST(char *, malloc(size ? size : 1));
        oauth_challenge_result result;
        size_t length;

        if (!buffer)
            return;
        memset(buffer, 'x', size);
        length = oauth_challenge_build(&challenge, STRICT, buffer, size, &result);
        CHECK_INT(length, needed);
        if (size <= needed) {
            size_t k;
            int only_cleared = 1;

            /* Nothing of the challenge is left: each byte is cleared or never written. */
            for (k = 0; k < size; k++) {
                if (buffer[k] != '\0' && buffer[k] != 'x')
                    only_cleared = 0;
            }
            CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_BUFFER_TOO_SMALL);
            CHECK(only_cleared);
            if (size)
                CHECK_INT(buffer[0], '\0');
        } else {
            CHECK_INT(result.error, OAUTH_CHALLENGE_OK);
            CHECK_STR(buffer, expected);
        }
        free(buffer);
    }
}

static void test_builder_null_pointers(void)
{
    oauth_challenge challenge;
    oauth_challenge_result result;
    oauth_auth_param param;
    char header[32] = "unchanged";

    CHECK_INT(oauth_challenge_build(TEST_NULL, STRICT, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NULL_POINTER);
    CHECK_STR(header, "");

    oauth_challenge_init(&challenge);
    challenge.scope.length = 3;
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NULL_POINTER);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_SCOPE);

    oauth_challenge_init(&challenge);
    challenge.param_count = 1;
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NULL_POINTER);

    param.name = text("algs");
    param.value.data = TEST_NULL;
    param.value.length = 5;
    challenge.params = &param;
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NULL_POINTER);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_PARAM_VALUE);

    /* An absent value leaves the param out, as an empty one does. */
    param.name = text("algs");
    param.value.data = TEST_NULL;
    param.value.length = 0;
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, &result), 6);
    CHECK_STR(header, "Bearer");

    /* A NULL name with a length, and a NULL value after an absent name. */
    param.name.data = TEST_NULL;
    param.name.length = 4;
    param.value = text("ES256");
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NULL_POINTER);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_PARAM_NAME);
    param.name.length = 0;
    param.value.data = TEST_NULL;
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NULL_POINTER);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_PARAM_VALUE);

    /* A NULL buffer with a size is measured only. */
    oauth_challenge_init(&challenge);
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, TEST_NULL, 100, &result), 6);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_BUFFER_TOO_SMALL);
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, TEST_NULL), 6);
    CHECK_STR(header, "Bearer");
}

static void test_builder_init_and_set_error(void)
{
    oauth_challenge challenge;

    memset(&challenge, 0xff, sizeof challenge);
    oauth_challenge_init(&challenge);
    CHECK(challenge.scheme.data == TEST_NULL);
    CHECK(challenge.realm.data == TEST_NULL);
    CHECK(challenge.scope.data == TEST_NULL);
    CHECK(challenge.error.data == TEST_NULL);
    CHECK(challenge.error_description.data == TEST_NULL);
    CHECK(challenge.error_uri.data == TEST_NULL);
    CHECK(challenge.params == TEST_NULL);
    CHECK_INT(challenge.scheme.length + challenge.realm.length + challenge.scope.length +
                  challenge.error.length + challenge.error_description.length +
                  challenge.error_uri.length,
              0);
    CHECK_INT(challenge.param_count, 0);
    oauth_challenge_init(TEST_NULL);

    oauth_challenge_set_error(&challenge, OAUTH_EXT_ERROR_INVALID_REQUEST);
    CHECK_BYTES(challenge.error.data, challenge.error.length, "invalid_request");
    oauth_challenge_set_error(&challenge, OAUTH_EXT_ERROR_INVALID_TOKEN);
    CHECK_BYTES(challenge.error.data, challenge.error.length, "invalid_token");
    oauth_challenge_set_error(&challenge, OAUTH_EXT_ERROR_INSUFFICIENT_SCOPE);
    CHECK_BYTES(challenge.error.data, challenge.error.length, "insufficient_scope");
    oauth_challenge_set_error(&challenge, OAUTH_EXT_ERROR_NONE);
    CHECK(challenge.error.data == TEST_NULL);
    CHECK_INT(challenge.error.length, 0);
    oauth_challenge_set_error(&challenge, TEST_CAST(oauth_ext_error, 99));
    CHECK(challenge.error.data == TEST_NULL);
    CHECK_INT(challenge.error.length, 0);
    oauth_challenge_set_error(TEST_NULL, OAUTH_EXT_ERROR_INVALID_TOKEN);
}

static void test_builder_status(void)
{
    static const struct {
        const char *error;
        int status;
    } rows[] = {
        {TEST_NULL, 401},
        {"", 401},
        {"invalid_request", 400},
        {"invalid_token", 401},
        {"insufficient_scope", 403},
        {"use_dpop_nonce", 401},
        {"invalid_dpop_proof", 401},
        {"insufficient_user_authentication", 401},
        {"Insufficient_Scope", 401},
    };
    size_t i;

    for (i = 0; i < TEST_COUNT(rows); i++) {
        oauth_challenge challenge;

        oauth_challenge_init(&challenge);
        challenge.error = text(rows[i].error);
        CHECK_INT(oauth_challenge_http_status(&challenge), rows[i].status);
    }
    CHECK_INT(oauth_challenge_http_status(TEST_NULL), 401);
}

static void test_builder_join(void)
{
    static const struct {
        const char *challenges[3];
        const char *expected;
        oauth_challenge_error error;
        size_t index, offset;
    } rows[] = {
        /* clang-format off */
        /* RFC 9449 figures 17 and 18. */
        {{"Bearer", "DPoP algs=\"ES256 PS256\""},
         "Bearer, DPoP algs=\"ES256 PS256\"", OAUTH_CHALLENGE_OK, 0, 0},
        {{"Bearer error=\"invalid_token\", error_description=\"Invalid token\"",
          "DPoP algs=\"ES256 PS256\""},
         "Bearer error=\"invalid_token\", error_description=\"Invalid token\", "
         "DPoP algs=\"ES256 PS256\"", OAUTH_CHALLENGE_OK, 0, 0},
        {{"Basic realm=\"simple\""}, "Basic realm=\"simple\"", OAUTH_CHALLENGE_OK, 0, 0},
        {{TEST_NULL}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NO_CHALLENGES, 0, 0},
        {{"Bearer", ""}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 1, 0},
        {{" Bearer"}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 0, 0},
        {{"Bearer", "DPoP\t"}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 1, 4},
        {{"Bearer,"}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 0, 6},
        {{",Bearer"}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 0, 0},
        {{"Bearer realm=\"a\"\r\nX-Injected: 1"}, TEST_NULL,
         OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 0, 16},
        /* A quoted-string must close inside its own challenge. */
        {{"Basic realm=\"a", "Bearer error=\"invalid_token\""}, TEST_NULL,
         OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 0, 13},
        {{"Basic realm=\"a\\\""}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 0, 15},
        {{"Basic realm=\"C:\\\\\"", "Bearer"}, "Basic realm=\"C:\\\\\", Bearer",
         OAUTH_CHALLENGE_OK, 0, 0},
        {{"Basic realm=\"a,b\"", "Bearer"}, "Basic realm=\"a,b\", Bearer",
         OAUTH_CHALLENGE_OK, 0, 0},
        {{"=Bearer"}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 0, 0},
        {{"Bearer "}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 0, 6},
        {{"Bearer realm=\"a\x7f\""}, TEST_NULL, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE, 0, 15},
        /* clang-format on */
    };
    size_t i;

    for (i = 0; i < TEST_COUNT(rows); i++) {
        oauth_string challenges[3];
        oauth_challenge_result result;
        char line[256];
        size_t count = 0, length;

        while (count < 3 && rows[i].challenges[count]) {
            challenges[count] = text(rows[i].challenges[count]);
            count++;
        }
        length = oauth_challenges_join(challenges, count, line, sizeof line, &result);
        CHECK_INT(result.error, rows[i].error);
        if (rows[i].expected) {
            CHECK_INT(length, strlen(rows[i].expected));
            CHECK_STR(line, rows[i].expected);
            CHECK_INT(oauth_challenges_join(challenges, count, TEST_NULL, 0, TEST_NULL),
                      length);
        } else {
            CHECK_INT(length, 0);
            CHECK_STR(line, "");
            CHECK_INT(result.param_index, rows[i].index);
            CHECK_INT(result.offset, rows[i].offset);
        }
    }
}

/* The join under every buffer size, and its NULL inputs. */
static void test_builder_join_every_size(void)
{
    static const char expected[] = "Bearer realm=\"example\", DPoP algs=\"ES256\"";
    oauth_string challenges[2];
    oauth_challenge_result result;
    size_t size;

    challenges[0] = text("Bearer realm=\"example\"");
    challenges[1] = text("DPoP algs=\"ES256\"");
    for (size = 0; size <= sizeof expected; size++) {
        char *buffer = TEST_CAST(char *, malloc(size ? size : 1));

        if (!buffer)
            return;
        memset(buffer, 'x', size);
        CHECK_INT(oauth_challenges_join(challenges, 2, buffer, size, &result),
                  sizeof expected - 1);
        if (size < sizeof expected) {
            CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_BUFFER_TOO_SMALL);
            if (size)
                CHECK_INT(buffer[0], '\0');
        } else {
            CHECK_STR(buffer, expected);
        }
        free(buffer);
    }

    CHECK_INT(oauth_challenges_join(TEST_NULL, 2, TEST_NULL, 0, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NULL_POINTER);
    CHECK_INT(oauth_challenges_join(TEST_NULL, 0, TEST_NULL, 0, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NO_CHALLENGES);
    challenges[0].data = TEST_NULL;
    challenges[0].length = 0;
    CHECK_INT(oauth_challenges_join(challenges, 1, TEST_NULL, 0, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE);
    CHECK_INT(result.param_index, 0);
    challenges[0] = text("Bearer");
    challenges[1].data = TEST_NULL;
    CHECK_INT(oauth_challenges_join(challenges, 2, TEST_NULL, 0, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_NULL_POINTER);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_CHALLENGE);
    CHECK_INT(result.param_index, 1);
}

/* Lengths whose output would not fit in a size_t fail with TOO_LONG before a byte of the
 * field is read, so a one-byte buffer stands in for each huge field. */
static void test_builder_too_long(void)
{
    const size_t huge = ~TEST_CAST(size_t, 0) / 2;
    oauth_string oversized = text("x");
    oauth_challenge challenge;
    oauth_challenge_result result;
    oauth_auth_param param;
    oauth_string challenges[2];
    char header[32];

    oversized.length = huge;

    oauth_challenge_init(&challenge);
    challenge.realm = oversized;
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_TOO_LONG);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_REALM);
    CHECK_STR(header, "");

    oauth_challenge_init(&challenge);
    challenge.error = text("invalid_token");
    challenge.error_description = oversized;
    CHECK_INT(oauth_challenge_build(&challenge, SAFE, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_TOO_LONG);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_ERROR_DESCRIPTION);

    oauth_challenge_init(&challenge);
    param.name = text("algs");
    param.value = oversized;
    challenge.params = &param;
    challenge.param_count = 1;
    CHECK_INT(oauth_challenge_build(&challenge, STRICT, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_TOO_LONG);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_PARAM_VALUE);
    CHECK_INT(result.param_index, 0);

    /* The join needs room for ", " and the NUL after what it has written. */
    challenges[0] = text("Bearer");
    challenges[1] = oversized;
    challenges[1].length = ~TEST_CAST(size_t, 0) - 1;
    CHECK_INT(oauth_challenges_join(challenges, 2, header, sizeof header, &result), 0);
    CHECK_INT(result.error, OAUTH_CHALLENGE_ERROR_TOO_LONG);
    CHECK_INT(result.field, OAUTH_CHALLENGE_FIELD_CHALLENGE);
    CHECK_INT(result.param_index, 1);
    CHECK_STR(header, "");
}

static void test_builder_messages(void)
{
    static const char *const field_names[] = {"scheme",
                                              "realm",
                                              "scope",
                                              "error",
                                              "error_description",
                                              "error_uri",
                                              "auth-param name",
                                              "auth-param value",
                                              "challenge"};
    int value;

    CHECK_STR(oauth_challenge_error_message(OAUTH_CHALLENGE_OK), "no error");
    for (value = 1; value < OAUTH_CHALLENGE_ERROR_COUNT; value++) {
        const char *message =
            oauth_challenge_error_message(TEST_CAST(oauth_challenge_error, value));

        if (CHECK(message != TEST_NULL))
            CHECK(strlen(message) > 10);
    }
    CHECK(oauth_challenge_error_message(OAUTH_CHALLENGE_ERROR_COUNT) == TEST_NULL);
    CHECK(oauth_challenge_error_message(TEST_CAST(oauth_challenge_error, -1)) == TEST_NULL);
    CHECK(oauth_challenge_error_message(TEST_CAST(oauth_challenge_error, 1000)) == TEST_NULL);
    CHECK(strstr(oauth_challenge_error_message(OAUTH_CHALLENGE_ERROR_NOT_QUOTABLE), "CR, LF") !=
          TEST_NULL);

    for (value = OAUTH_CHALLENGE_FIELD_SCHEME; value <= OAUTH_CHALLENGE_FIELD_CHALLENGE;
         value++)
        CHECK_STR(oauth_challenge_field_name(TEST_CAST(oauth_challenge_field, value)),
                  field_names[value - 1]);
    CHECK(oauth_challenge_field_name(OAUTH_CHALLENGE_FIELD_NONE) == TEST_NULL);
    CHECK(oauth_challenge_field_name(TEST_CAST(oauth_challenge_field, 10)) == TEST_NULL);
    CHECK(oauth_challenge_field_name(TEST_CAST(oauth_challenge_field, -5)) == TEST_NULL);
}

void test_builder(void)
{
    test_builder_table();
    test_builder_injection();
    test_builder_embedded_nul();
    test_builder_every_size();
    test_builder_null_pointers();
    test_builder_init_and_set_error();
    test_builder_status();
    test_builder_join();
    test_builder_join_every_size();
    test_builder_too_long();
    test_builder_messages();
}
