/* Core: the three RFC 6750 error codes, their strings, statuses and references. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

#include "harness.h"

/* The expected rows, restated from RFC 6750 section 3.1 and RFC 9110 section 15 rather
 * than derived from the header, so that a changed row in the header's table fails here. */
static const struct {
    oauth_ext_error code;
    const char *name;
    int status;
    const char *reason;
    const char *description;
} expected_codes[] = {
    {OAUTH_EXT_ERROR_INVALID_REQUEST, "invalid_request", 400, "Bad Request",
     "The request is missing a required parameter or is otherwise malformed"},
    {OAUTH_EXT_ERROR_INVALID_TOKEN, "invalid_token", 401, "Unauthorized",
     "The access token is expired, revoked, malformed, or otherwise invalid"},
    {OAUTH_EXT_ERROR_INSUFFICIENT_SCOPE, "insufficient_scope", 403, "Forbidden",
     "The request requires higher privileges than the access token provides"},
};

/* Every other name in the IANA OAuth Extensions Error registry (copy dated 2026-03-25).
 * None of them is an RFC 6750 code. */
static const char *const other_registry_names[] = {
    "unauthorized_client",
    "access_denied",
    "unsupported_response_type",
    "invalid_scope",
    "server_error",
    "temporarily_unavailable",
    "invalid_client",
    "invalid_grant",
    "unsupported_grant_type",
    "unsupported_token_type",
    "interaction_required",
    "login_required",
    "account_selection_required",
    "consent_required",
    "invalid_request_uri",
    "invalid_request_object",
    "request_not_supported",
    "request_uri_not_supported",
    "registration_not_supported",
    "need_info",
    "request_denied",
    "request_submitted",
    "invalid_redirect_uri",
    "invalid_client_metadata",
    "invalid_software_statement",
    "unapproved_software_statement",
    "authorization_pending",
    "slow_down",
    "expired_token",
    "invalid_target",
    "unsupported_pop_key",
    "incompatible_ace_profiles",
    "invalid_authorization_details",
    "invalid_dpop_proof",
    "use_dpop_nonce",
    "insufficient_user_authentication",
    "invalid_issuer",
    "invalid_subject",
    "invalid_trust_anchor",
    "invalid_trust_chain",
    "invalid_metadata",
    "not_found",
    "unsupported_parameter",
    "vp_formats_not_supported",
    "invalid_request_uri_method",
    "wallet_unavailable",
};

/* Looks up (s, n) through both APIs, each input in an exactly sized heap buffer. */
static oauth_ext_error lookup(const char *s, size_t n)
{
    return oauth_ext_error_from_string(test_buffer(s, n), n);
}

static void test_enum_shape(void)
{
    CHECK_INT(OAUTH_EXT_ERROR_NONE, 0);
    CHECK_INT(OAUTH_EXT_ERROR_COUNT, TEST_COUNT(expected_codes) + 1);
    CHECK(!oauth_ext_error_is_valid(OAUTH_EXT_ERROR_NONE));
    CHECK(!oauth_ext_error_is_valid(OAUTH_EXT_ERROR_COUNT));
}

static void test_code_to_strings(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(expected_codes); i++) {
        oauth_ext_error code = expected_codes[i].code;
        const oauth_ext_error_info *info = oauth_ext_error_get_info(code);

        CHECK(oauth_ext_error_is_valid(code));
        CHECK_STR(oauth_ext_error_name(code), expected_codes[i].name);
        CHECK_INT(oauth_ext_error_http_status(code), expected_codes[i].status);
        CHECK_STR(oauth_ext_error_reason_phrase(code), expected_codes[i].reason);
        CHECK_STR(oauth_ext_error_spec(code), "RFC 6750");
        CHECK_STR(oauth_ext_error_spec_section(code), "3.1");
        CHECK_STR(oauth_ext_error_spec_uri(code),
                  "https://www.rfc-editor.org/rfc/rfc6750#section-3.1");
        CHECK_STR(oauth_ext_error_description(code), expected_codes[i].description);
        if (CHECK(info != TEST_NULL)) {
            CHECK_INT(info->code, code);
            CHECK_INT(info->name_length, strlen(expected_codes[i].name));
        }
    }
}

static void test_string_to_code(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(expected_codes); i++) {
        const char *name = expected_codes[i].name;
        oauth_ext_error code = expected_codes[i].code;

        CHECK_INT(lookup(name, strlen(name)), code);
        CHECK_INT(oauth_ext_error_from_cstr(test_cstr(name)), code);

        /* Round trip through the name. */
        CHECK_INT(oauth_ext_error_from_cstr(oauth_ext_error_name(code)), code);
    }
}

/* Description characters: %x20-21 / %x23-5B / %x5D-7E (RFC 6750 section 3). */
static void test_descriptions_charset(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(expected_codes); i++) {
        const char *d = oauth_ext_error_description(expected_codes[i].code);
        size_t j;
        int allowed = 1;

        if (!CHECK(d != TEST_NULL && d[0] != '\0'))
            continue;
        for (j = 0; d[j]; j++) {
            unsigned char c = TEST_CAST(unsigned char, d[j]);

            if (c < 0x20 || c > 0x7e || c == 0x22 || c == 0x5c)
                allowed = 0;
        }
        CHECK(allowed);
    }
}

static void check_not_a_code(int value)
{
    oauth_ext_error code = TEST_CAST(oauth_ext_error, value);

    if (!test_record(!oauth_ext_error_is_valid(code) && !oauth_ext_error_get_info(code) &&
                         !oauth_ext_error_name(code) &&
                         oauth_ext_error_http_status(code) == 0 &&
                         !oauth_ext_error_reason_phrase(code) && !oauth_ext_error_spec(code) &&
                         !oauth_ext_error_spec_section(code) &&
                         !oauth_ext_error_spec_uri(code) && !oauth_ext_error_description(code),
                     __FILE__, __LINE__, "every mapping of a value that is not a code"))
        fprintf(stderr, "  value %d\n", value);
}

static void test_out_of_range_values(void)
{
    int value;

    check_not_a_code(OAUTH_EXT_ERROR_NONE);
    check_not_a_code(OAUTH_EXT_ERROR_COUNT);
    check_not_a_code(INT_MIN);
    check_not_a_code(INT_MIN + 1);
    check_not_a_code(INT_MAX);
    check_not_a_code(INT_MAX - 1);
    for (value = -300; value <= 300; value++) {
        if (value > OAUTH_EXT_ERROR_NONE && value < OAUTH_EXT_ERROR_COUNT)
            continue;
        check_not_a_code(value);
    }
}

static void test_null_and_empty(void)
{
    CHECK_INT(oauth_ext_error_from_string(TEST_NULL, 0), OAUTH_EXT_ERROR_NONE);
    CHECK_INT(oauth_ext_error_from_string(TEST_NULL, strlen("invalid_request")),
              OAUTH_EXT_ERROR_NONE);
    CHECK_INT(oauth_ext_error_from_string(TEST_NULL, strlen("invalid_token")),
              OAUTH_EXT_ERROR_NONE);
    CHECK_INT(oauth_ext_error_from_string(TEST_NULL, strlen("insufficient_scope")),
              OAUTH_EXT_ERROR_NONE);
    CHECK_INT(oauth_ext_error_from_string(TEST_NULL, SIZE_MAX), OAUTH_EXT_ERROR_NONE);
    CHECK_INT(oauth_ext_error_from_cstr(TEST_NULL), OAUTH_EXT_ERROR_NONE);
    CHECK_INT(lookup("", 0), OAUTH_EXT_ERROR_NONE);
    CHECK_INT(oauth_ext_error_from_cstr(test_cstr("")), OAUTH_EXT_ERROR_NONE);
}

/* Every proper prefix and suffix, lengths one short and one long, embedded NUL. */
static void test_near_misses(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(expected_codes); i++) {
        const char *name = expected_codes[i].name;
        size_t n = strlen(name);
        size_t k;
        char longer[64];
        char with_nul[64];

        for (k = 0; k < n; k++) {
            CHECK_INT(lookup(name, k), OAUTH_EXT_ERROR_NONE);         /* prefix */
            CHECK_INT(lookup(name + n - k, k), OAUTH_EXT_ERROR_NONE); /* suffix */
        }
        CHECK_INT(lookup(name, n - 1), OAUTH_EXT_ERROR_NONE); /* one short */

        /* One long: the code followed by one more byte, through both APIs. */
        memcpy(longer, name, n);
        longer[n] = 's';
        longer[n + 1] = '\0';
        CHECK_INT(lookup(longer, n + 1), OAUTH_EXT_ERROR_NONE);
        CHECK_INT(oauth_ext_error_from_cstr(test_cstr(longer)), OAUTH_EXT_ERROR_NONE);

        /* An embedded NUL through the length API, at every position. */
        for (k = 0; k < n; k++) {
            memcpy(with_nul, name, n);
            with_nul[k] = '\0';
            CHECK_INT(lookup(with_nul, n), OAUTH_EXT_ERROR_NONE);
        }

        /* The code followed by a NUL and more bytes, through the length API. */
        memcpy(with_nul, name, n);
        with_nul[n] = '\0';
        with_nul[n + 1] = 'x';
        CHECK_INT(lookup(with_nul, n + 2), OAUTH_EXT_ERROR_NONE);
        CHECK_INT(lookup(with_nul, n + 1), OAUTH_EXT_ERROR_NONE);
    }
}

/* Values are case-sensitive (RFC 6750 section 1.1): flip the case of each letter. */
static void test_case_variants(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(expected_codes); i++) {
        const char *name = expected_codes[i].name;
        size_t n = strlen(name);
        size_t k;
        char variant[64];

        for (k = 0; k < n; k++) {
            if (name[k] < 'a' || name[k] > 'z')
                continue;
            memcpy(variant, name, n + 1);
            variant[k] = TEST_CAST(char, variant[k] - 'a' + 'A');
            CHECK_INT(lookup(variant, n), OAUTH_EXT_ERROR_NONE);
            CHECK_INT(oauth_ext_error_from_cstr(test_cstr(variant)), OAUTH_EXT_ERROR_NONE);
        }
        for (k = 0; k < n; k++)
            variant[k] =
                name[k] >= 'a' && name[k] <= 'z' ? TEST_CAST(char, name[k] - 32) : name[k];
        CHECK_INT(lookup(variant, n), OAUTH_EXT_ERROR_NONE);
    }
    CHECK_INT(oauth_ext_error_from_cstr(test_cstr("Invalid_Token")), OAUTH_EXT_ERROR_NONE);
}

static void test_whitespace_padding(void)
{
    static const char *const pads[][2] = {
        {" ", ""},    {"", " "},    {" ", " "}, {"\t", ""}, {"", "\t"},
        {"", "\r\n"}, {"\"", "\""}, {"", ","},  {"\n", ""},
    };
    size_t i, p;

    for (i = 0; i < TEST_COUNT(expected_codes); i++) {
        for (p = 0; p < TEST_COUNT(pads); p++) {
            char padded[64];

            snprintf(padded, sizeof padded, "%s%s%s", pads[p][0], expected_codes[i].name,
                     pads[p][1]);
            CHECK_INT(lookup(padded, strlen(padded)), OAUTH_EXT_ERROR_NONE);
            CHECK_INT(oauth_ext_error_from_cstr(test_cstr(padded)), OAUTH_EXT_ERROR_NONE);
        }
    }
    CHECK_INT(oauth_ext_error_from_cstr(test_cstr("invalid_token ")), OAUTH_EXT_ERROR_NONE);
    CHECK_INT(oauth_ext_error_from_cstr(test_cstr("invalid_tok")), OAUTH_EXT_ERROR_NONE);
}

static void test_other_registry_names(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(other_registry_names); i++) {
        const char *name = other_registry_names[i];

        CHECK_INT(lookup(name, strlen(name)), OAUTH_EXT_ERROR_NONE);
        CHECK_INT(oauth_ext_error_from_cstr(test_cstr(name)), OAUTH_EXT_ERROR_NONE);
    }
}

/* No string of one byte is a code. */
static void test_short_strings_exhaustive(void)
{
    int c;
    int none = 1;

    for (c = 0; c < 256; c++) {
        char one = TEST_CAST(char, c);

        if (lookup(&one, 1) != OAUTH_EXT_ERROR_NONE)
            none = 0;
    }
    CHECK(none);
}

static void test_version_macros(void)
{
    char text[32];

    snprintf(text, sizeof text, "%d.%d.%d", OAUTH_EXT_ERROR_VERSION_MAJOR,
             OAUTH_EXT_ERROR_VERSION_MINOR, OAUTH_EXT_ERROR_VERSION_PATCH);
    CHECK_STR(OAUTH_EXT_ERROR_VERSION_STRING, text);
    CHECK_INT(OAUTH_EXT_ERROR_VERSION_NUM, OAUTH_EXT_ERROR_VERSION_MAJOR * 65536 +
                                               OAUTH_EXT_ERROR_VERSION_MINOR * 256 +
                                               OAUTH_EXT_ERROR_VERSION_PATCH);
}

/* The grammar rules, restated from the RFCs one octet at a time. */
static int rule_alnum(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* tchar, RFC 9110 section 5.6.2. */
static int rule_tchar(int c)
{
    return rule_alnum(c) || (c != 0 && strchr("!#$%&'*+-.^_`|~", c) != TEST_NULL);
}

/* token68 without its "=" padding, RFC 9110 section 11.2. */
static int rule_token68(int c)
{
    return rule_alnum(c) || (c != 0 && strchr("-._~+/", c) != TEST_NULL);
}

/* NQCHAR, RFC 6749 Appendix A. */
static int rule_nqchar(int c)
{
    return c == 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e);
}

/* qdtext, RFC 9110 section 5.6.4. */
static int rule_qdtext(int c)
{
    return c == '\t' || c == ' ' || rule_nqchar(c) || c >= 0x80;
}

/* Every entry of the header's table of character classes against the rules. */
static void test_char_class_table(void)
{
    int c;

    for (c = 0; c < 256; c++) {
        unsigned expected = (rule_tchar(c) ? 0x01u : 0u) | (rule_token68(c) ? 0x02u : 0u) |
                            (rule_nqchar(c) ? 0x04u : 0u) | (rule_qdtext(c) ? 0x08u : 0u);

        if (!CHECK_INT(oauth__char_class(TEST_CAST(unsigned char, c)), expected))
            fprintf(stderr, "  octet 0x%02x\n", TEST_CAST(unsigned, c));
    }
}

/* oauth_cstr and the character classes that the builder and the parser share. */
static void test_cstr_and_classes(void)
{
    oauth_string s = oauth_cstr(test_cstr("realm"));
    oauth_string absent = oauth_cstr(TEST_NULL);
    int c;
    int tchar_count = 0, token68_count = 0, nqchar_count = 0, nqschar_count = 0;
    int qdtext_count = 0;

    CHECK_BYTES(s.data, s.length, "realm");
    CHECK(absent.data == TEST_NULL);
    CHECK_INT(absent.length, 0);
    CHECK_INT(oauth_cstr(test_cstr("")).length, 0);

    /* Counts restated from the grammars: tchar is 62 letters and digits plus 15 symbols
     * (RFC 9110 section 5.6.2); token68 is 62 plus "-._~+/" (section 11.2); NQCHAR is
     * 0x21-0x7E without DQUOTE and backslash (RFC 6749 Appendix A); qdtext adds HTAB, SP
     * and the 128 obs-text octets (RFC 9110 section 5.6.4). */
    for (c = 0; c < 256; c++) {
        unsigned char octet = TEST_CAST(unsigned char, c);

        tchar_count += oauth__is_tchar(octet);
        token68_count += oauth__is_token68_char(octet);
        nqchar_count += oauth__is_nqchar(octet);
        nqschar_count += oauth__is_nqschar(octet);
        qdtext_count += oauth__is_qdtext(octet);
    }
    CHECK_INT(tchar_count, 77);
    CHECK_INT(token68_count, 68);
    CHECK_INT(nqchar_count, 92);
    CHECK_INT(nqschar_count, 93);
    CHECK_INT(qdtext_count, 92 + 2 + 128);
    CHECK(!oauth__is_tchar('='));
    CHECK(!oauth__is_tchar(','));
    CHECK(!oauth__is_tchar('"'));
    CHECK(oauth__is_tchar('|'));
    CHECK(oauth__is_tchar('`'));
    CHECK(oauth__is_tchar('~'));
    CHECK(!oauth__is_token68_char('='));
    CHECK(oauth__is_token68_char('/'));
    CHECK(oauth__is_nqschar(' '));
    CHECK(!oauth__is_nqchar(' '));
    CHECK(!oauth__is_qdtext('"'));
    CHECK(!oauth__is_qdtext('\\'));
    CHECK(!oauth__is_qdtext(0x7f));
    CHECK(oauth__is_qdtext('\t'));
    CHECK(!oauth__is_qdtext('\r'));
    CHECK(!oauth__is_qdtext(0));
}

/* The word-at-a-time comparison: every length up to 40, a difference at every position. */
static void test_bytes_equal_every_length(void)
{
    static const char text[] = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF";
    size_t n, k;
    int all_correct = 1;

    for (n = 0; n <= 40; n++) {
        const char *a = test_buffer(text, n);
        char changed[64];

        if (!oauth__bytes_equal(a, test_buffer(text, n), n))
            all_correct = 0;
        for (k = 0; k < n; k++) {
            memcpy(changed, text, n);
            changed[k] = TEST_CAST(char, changed[k] ^ 0x20);
            if (oauth__bytes_equal(a, test_buffer(changed, n), n))
                all_correct = 0;
        }
        test_buffers_release();
    }
    CHECK(all_correct);
}

void test_core(void)
{
    test_char_class_table();
    test_bytes_equal_every_length();
    test_cstr_and_classes();
    test_enum_shape();
    test_code_to_strings();
    test_string_to_code();
    test_descriptions_charset();
    test_out_of_range_values();
    test_null_and_empty();
    test_near_misses();
    test_case_variants();
    test_whitespace_padding();
    test_other_registry_names();
    test_short_strings_exhaustive();
    test_version_macros();
}
