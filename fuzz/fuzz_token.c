/* Fuzz target: Bearer token extraction from an Authorization field value. The result must
 * agree with a reference written from the grammar of RFC 6750 section 2.1, the token must
 * be a view into the input, and a malformed value must come with invalid_request, an
 * offset within the input and a description that RFC 6750 section 3 allows. */
#include "fuzz_support.h"

static int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* credentials = "Bearer" 1*SP b64token, b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" /
 * "~" / "+" / "/" ) *"=" (RFC 6750 section 2.1), inside a field value whose leading and
 * trailing SP and HTAB are not part of it (RFC 9110 section 5.5). The first token, the
 * auth-scheme (RFC 9110 section 11.1), decides whether the client sent Bearer credentials
 * at all. Sets *token_start and *token_length for OAUTH_BEARER_TOKEN. */
static oauth_bearer_result reference_extract(const char *s, size_t n, size_t *token_start,
                                             size_t *token_length)
{
    size_t start = 0, end = n, word_end, i, t;

    while (start < end && is_ows(s[start]))
        start++;
    while (end > start && is_ows(s[end - 1]))
        end--;
    for (word_end = start; word_end < end && fuzz_is_tchar((unsigned char)s[word_end]);
         word_end++)
        ;
    if (word_end - start != 6 || !fuzz_case_equal(s + start, "bearer", 6))
        return OAUTH_BEARER_NONE;

    /* 1*SP, then the whole rest is one b64token. */
    for (i = word_end; i < end && s[i] == ' '; i++)
        ;
    if (i == word_end || i == end)
        return OAUTH_BEARER_MALFORMED;
    for (t = i; t < end && fuzz_is_token68_char((unsigned char)s[t]); t++)
        ;
    if (t == i)
        return OAUTH_BEARER_MALFORMED;
    while (t < end && s[t] == '=')
        t++;
    if (t != end)
        return OAUTH_BEARER_MALFORMED;
    *token_start = i;
    *token_length = end - i;
    return OAUTH_BEARER_TOKEN;
}

/* NQSCHAR = %x20-21 / %x23-5B / %x5D-7E (RFC 6750 section 3, error_description). */
static int is_nqschar_text(const char *text)
{
    for (; *text; text++) {
        unsigned char c = (unsigned char)*text;

        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *input = fuzz_copy(data, size);
    oauth_bearer_credentials out;
    size_t token_start = 0, token_length = 0;
    oauth_bearer_result expected = reference_extract(input, size, &token_start, &token_length);
    oauth_bearer_result result = oauth_bearer_extract(input, size, &out);

    FUZZ_REQUIRE(result == expected);
    FUZZ_REQUIRE(oauth_bearer_extract(input, size, NULL) == result);
    switch (result) {
    case OAUTH_BEARER_TOKEN:
        FUZZ_REQUIRE(fuzz_inside(out.token, input, size));
        FUZZ_REQUIRE(out.token.data == input + token_start);
        FUZZ_REQUIRE(out.token.length == token_length);
        FUZZ_REQUIRE(out.error == OAUTH_EXT_ERROR_NONE && out.error_description == NULL);
        FUZZ_REQUIRE(out.error_offset == 0);
        break;
    case OAUTH_BEARER_MALFORMED:
        FUZZ_REQUIRE(out.token.data == NULL && out.token.length == 0);
        FUZZ_REQUIRE(out.error == OAUTH_EXT_ERROR_INVALID_REQUEST);
        FUZZ_REQUIRE(out.error_description != NULL);
        FUZZ_REQUIRE(is_nqschar_text(out.error_description));
        FUZZ_REQUIRE(out.error_offset <= size);
        break;
    default:
        FUZZ_REQUIRE(result == OAUTH_BEARER_NONE);
        FUZZ_REQUIRE(out.token.data == NULL && out.token.length == 0);
        FUZZ_REQUIRE(out.error == OAUTH_EXT_ERROR_NONE && out.error_description == NULL);
        FUZZ_REQUIRE(out.error_offset == 0);
        break;
    }
    free(input);
    return 0;
}
