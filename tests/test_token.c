/* Token extraction: Bearer credentials in an Authorization field value (RFC 6750 section
 * 2.1) and the check for more than one method (RFC 6750 section 2). */
#include "harness.h"

/* The error_description texts, restated here so that a changed text fails a test. */
#define NO_TOKEN      "The Bearer credentials have no token"
#define HTAB          "Only SP may separate Bearer from the token, not HTAB (RFC 6750 section 2.1)"
#define BAD_START     "The token must start with a letter, a digit or one of -._~+/"
#define AFTER_PADDING "Only = padding may follow an = in the token"
#define TWO_TOKENS    "The Bearer credentials hold more than one token"
#define BAD_BYTE      "The token holds a byte outside b64token (RFC 6750 section 2.1)"
#define NO_SP         "Bearer must be followed by SP and the token (RFC 6750 section 2.1)"

/* One Authorization field value and the expected extraction. For a token, the row gives
 * its text and offset. For malformed credentials, it gives the description and the offset
 * of the bad byte. */
static const struct {
    const char *value;
    size_t length; /* 0: strlen(value) */
    oauth_bearer_result result;
    const char *expected; /* token, or error_description */
    size_t offset;        /* token start, or error_offset */
} token_rows[] = {
    /* RFC 6750 section 2.1 and RFC 9449 section 7.1 examples. */
    {"Bearer mF_9.B5f-4.1JqM", 0, OAUTH_BEARER_TOKEN, "mF_9.B5f-4.1JqM", 7},
    {"bearer mF_9.B5f-4.1JqM==", 0, OAUTH_BEARER_TOKEN, "mF_9.B5f-4.1JqM==", 7},
    {"Bearer Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU", 0, OAUTH_BEARER_TOKEN,
     "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU", 7},
    {"BEARER abc", 0, OAUTH_BEARER_TOKEN, "abc", 7},
    {"Bearer   abc", 0, OAUTH_BEARER_TOKEN, "abc", 9},
    {" \tBearer abc \t", 0, OAUTH_BEARER_TOKEN, "abc", 9},
    {"Bearer ~+/-._Az09", 0, OAUTH_BEARER_TOKEN, "~+/-._Az09", 7},
    {"Bearer a=", 0, OAUTH_BEARER_TOKEN, "a=", 7},

    /* No Bearer credentials: 401 without an error code (RFC 6750 section 3.1). */
    {"", 0, OAUTH_BEARER_NONE, TEST_NULL, 0},
    {" \t ", 0, OAUTH_BEARER_NONE, TEST_NULL, 0},
    {"Basic dXNlcjpwYXNz", 0, OAUTH_BEARER_NONE, TEST_NULL, 0},
    {"DPoP Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU", 0, OAUTH_BEARER_NONE, TEST_NULL, 0},
    {"BearerX abc", 0, OAUTH_BEARER_NONE, TEST_NULL, 0},
    {"Bearer-abc def", 0, OAUTH_BEARER_NONE, TEST_NULL, 0},
    {"Beare abc", 0, OAUTH_BEARER_NONE, TEST_NULL, 0},
    {"Bear", 0, OAUTH_BEARER_NONE, TEST_NULL, 0},

    /* Malformed Bearer credentials: invalid_request (RFC 6750 section 3.1). */
    {"Bearer", 0, OAUTH_BEARER_MALFORMED, NO_TOKEN, 6},
    {"Bearer   ", 0, OAUTH_BEARER_MALFORMED, NO_TOKEN, 6},
    {"Bearer =abc", 0, OAUTH_BEARER_MALFORMED, BAD_START, 7},
    {"Bearer ===", 0, OAUTH_BEARER_MALFORMED, BAD_START, 7},
    {"Bearer a=b", 0, OAUTH_BEARER_MALFORMED, AFTER_PADDING, 9},
    {"Bearer ab c", 0, OAUTH_BEARER_MALFORMED, TWO_TOKENS, 9},
    {"Bearer mF_9.B5f-4.1JqM mF_9.B5f-4.1JqM", 0, OAUTH_BEARER_MALFORMED, TWO_TOKENS, 22},
    {"Bearer ab\tc", 0, OAUTH_BEARER_MALFORMED, TWO_TOKENS, 9},
    {"Bearer\tabc", 0, OAUTH_BEARER_MALFORMED, HTAB, 6},

    /* "Bearer" is the whole first token, so what follows it is malformed Bearer
     * credentials, whatever the byte (RFC 9110 section 11.1). */
    {"Bearer,abc", 0, OAUTH_BEARER_MALFORMED, NO_SP, 6},
    {"Bearer\rabc", 0, OAUTH_BEARER_MALFORMED, NO_SP, 6},
    {"Bearer\vabc", 0, OAUTH_BEARER_MALFORMED, NO_SP, 6},
    {"Bearer=abc", 0, OAUTH_BEARER_MALFORMED, NO_SP, 6},
    {"Bearer\"abc\"", 0, OAUTH_BEARER_MALFORMED, NO_SP, 6},
    {"Bearer abc \v", 0, OAUTH_BEARER_MALFORMED, BAD_BYTE, 11},
    {"Bearer abc \tdef", 0, OAUTH_BEARER_MALFORMED, TWO_TOKENS, 10},
    {"Bearer \tabc", 0, OAUTH_BEARER_MALFORMED, HTAB, 7},
    {"Bearer ab,c", 0, OAUTH_BEARER_MALFORMED, BAD_BYTE, 9},
    {"Bearer a\"b", 0, OAUTH_BEARER_MALFORMED, BAD_BYTE, 8},
    {"Bearer a\r\nX-Injected: 1", 0, OAUTH_BEARER_MALFORMED, BAD_BYTE, 8},
    {"Bearer caf\xc3\xa9", 0, OAUTH_BEARER_MALFORMED, BAD_BYTE, 10},
    {"Bearer a\0b", 10, OAUTH_BEARER_MALFORMED, BAD_BYTE, 8},
    {"Bearer ab\0", 10, OAUTH_BEARER_MALFORMED, BAD_BYTE, 9},
};

/* Returns 1 when every byte of s is in %x20-21 / %x23-5B / %x5D-7E, the set RFC 6750
 * section 3 allows in error_description. */
static int is_description_text(const char *s)
{
    if (!s)
        return 0;
    for (; *s; s++) {
        unsigned char c = TEST_CAST(unsigned char, *s);

        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            return 0;
    }
    return 1;
}

static void test_token_table(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(token_rows); i++) {
        size_t length =
            token_rows[i].length ? token_rows[i].length : strlen(token_rows[i].value);
        const char *value = test_buffer(token_rows[i].value, length);
        oauth_bearer_credentials credentials;
        oauth_bearer_result result = oauth_bearer_extract(value, length, &credentials);

        if (!CHECK_INT(result, token_rows[i].result))
            fprintf(stderr, "  row %zu: \"%s\"\n", i, token_rows[i].value);
        CHECK_INT(oauth_bearer_extract(value, length, TEST_NULL), token_rows[i].result);

        if (token_rows[i].result == OAUTH_BEARER_TOKEN) {
            CHECK_BYTES(credentials.token.data, credentials.token.length,
                        token_rows[i].expected);
            CHECK(credentials.token.data == value + token_rows[i].offset);
            CHECK_INT(credentials.error, OAUTH_EXT_ERROR_NONE);
            CHECK(credentials.error_description == TEST_NULL);
        } else if (token_rows[i].result == OAUTH_BEARER_MALFORMED) {
            CHECK_STR(credentials.error_description, token_rows[i].expected);
            CHECK_INT(credentials.error_offset, token_rows[i].offset);
            CHECK_INT(credentials.error, OAUTH_EXT_ERROR_INVALID_REQUEST);
            CHECK(credentials.token.data == TEST_NULL);
            CHECK_INT(credentials.token.length, 0);
            CHECK(is_description_text(credentials.error_description));
        } else {
            CHECK(credentials.token.data == TEST_NULL);
            CHECK_INT(credentials.token.length, 0);
            CHECK_INT(credentials.error, OAUTH_EXT_ERROR_NONE);
            CHECK(credentials.error_description == TEST_NULL);
            CHECK_INT(credentials.error_offset, 0);
        }
    }
}

static void test_token_null_input(void)
{
    oauth_bearer_credentials credentials;

    CHECK_INT(oauth_bearer_extract(TEST_NULL, 0, &credentials), OAUTH_BEARER_NONE);
    CHECK_INT(oauth_bearer_extract(TEST_NULL, 22, &credentials), OAUTH_BEARER_NONE);
    CHECK(credentials.token.data == TEST_NULL);
    CHECK(credentials.error_description == TEST_NULL);
    CHECK_INT(oauth_bearer_extract(TEST_NULL, 5, TEST_NULL), OAUTH_BEARER_NONE);
}

/* Every prefix of a valid value, each in an exactly sized buffer: no read past the length,
 * and the outcome moves from none to malformed to a growing token. */
static void test_token_every_prefix(void)
{
    static const char full[] = "Bearer mF_9.B5f-4.1JqM==";
    size_t length;

    for (length = 0; length < sizeof full; length++) {
        const char *value = test_buffer(full, length);
        oauth_bearer_credentials credentials;
        oauth_bearer_result result = oauth_bearer_extract(value, length, &credentials);

        if (length < 6) {
            CHECK_INT(result, OAUTH_BEARER_NONE);
        } else if (length <= 7) {
            CHECK_INT(result, OAUTH_BEARER_MALFORMED);
            CHECK_INT(credentials.error_offset, 6);
        } else if (CHECK_INT(result, OAUTH_BEARER_TOKEN)) {
            CHECK_INT(credentials.token.length, length - 7);
        }
    }
}

/* A malformed credentials' description goes straight into a strict challenge. */
static void test_token_description_in_challenge(void)
{
    oauth_bearer_credentials credentials;
    oauth_challenge challenge;
    char header[256];

    oauth_bearer_extract(test_cstr("Bearer a=b"), 10, &credentials);
    oauth_challenge_init(&challenge);
    oauth_challenge_set_error(&challenge, credentials.error);
    challenge.error_description = oauth_cstr(credentials.error_description);
    CHECK(oauth_challenge_build(&challenge, OAUTH_CHALLENGE_STRICT, header, sizeof header,
                                TEST_NULL) > 0);
    CHECK_STR(header,
              "Bearer error=\"invalid_request\", error_description=\"" AFTER_PADDING "\"");
    CHECK_INT(oauth_challenge_http_status(&challenge), 400);
}

static void test_token_methods(void)
{
    static const struct {
        unsigned methods;
        oauth_ext_error expected;
    } rows[] = {
        {0u, OAUTH_EXT_ERROR_NONE},
        {OAUTH_BEARER_METHOD_HEADER, OAUTH_EXT_ERROR_NONE},
        {OAUTH_BEARER_METHOD_BODY, OAUTH_EXT_ERROR_NONE},
        {OAUTH_BEARER_METHOD_QUERY, OAUTH_EXT_ERROR_NONE},
        {OAUTH_BEARER_METHOD_HEADER | OAUTH_BEARER_METHOD_BODY,
         OAUTH_EXT_ERROR_INVALID_REQUEST},
        {OAUTH_BEARER_METHOD_HEADER | OAUTH_BEARER_METHOD_QUERY,
         OAUTH_EXT_ERROR_INVALID_REQUEST},
        {OAUTH_BEARER_METHOD_BODY | OAUTH_BEARER_METHOD_QUERY, OAUTH_EXT_ERROR_INVALID_REQUEST},
        {OAUTH_BEARER_METHOD_HEADER | OAUTH_BEARER_METHOD_BODY | OAUTH_BEARER_METHOD_QUERY,
         OAUTH_EXT_ERROR_INVALID_REQUEST},
        /* Bits other than the three are ignored. */
        {0x8u | OAUTH_BEARER_METHOD_HEADER, OAUTH_EXT_ERROR_NONE},
        {0xfffffff8u, OAUTH_EXT_ERROR_NONE},
        {0xffffffffu, OAUTH_EXT_ERROR_INVALID_REQUEST},
    };
    size_t i;

    for (i = 0; i < TEST_COUNT(rows); i++)
        CHECK_INT(oauth_bearer_check_methods(rows[i].methods), rows[i].expected);
    CHECK_INT(OAUTH_BEARER_METHOD_HEADER, 1);
    CHECK_INT(OAUTH_BEARER_METHOD_BODY, 2);
    CHECK_INT(OAUTH_BEARER_METHOD_QUERY, 4);
    CHECK(is_description_text(OAUTH_BEARER_MULTIPLE_METHODS_DESCRIPTION));
}

void test_token(void)
{
    test_token_table();
    test_token_null_input();
    test_token_every_prefix();
    test_token_description_in_challenge();
    test_token_methods();
}
