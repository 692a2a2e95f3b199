/* Registry: the IANA OAuth Extensions Error registry table, its lookup and its mapping to
 * the core enum. */
#include <limits.h>
#include <stdint.h>

#include "harness.h"

/* The 50 rows of the registry page last updated 2026-03-25, in registry order, restated
 * from that page rather than derived from the header, so that a changed row in the header
 * fails here. The link brackets of the page are dropped, as in the header. Status: what
 * the defining specification states for the error, 0 where it states none. */
static const struct {
    const char *name;
    const char *usage_location;
    const char *protocol_extension;
    const char *change_controller;
    const char *reference;
    int http_status;
} expected_rows[] = {
    {"invalid_request",
     "authorization endpoint, token endpoint, resource access error response",
     "OAuth 2.0 Authorization Framework, bearer access token type", "IETF", "RFC6749, RFC6750",
     400},
    {"unauthorized_client", "authorization endpoint, token endpoint",
     "OAuth 2.0 Authorization Framework", "IETF", "RFC6749", 400},
    {"access_denied", "authorization endpoint", "OAuth 2.0 Authorization Framework", "IETF",
     "RFC6749", 0},
    {"unsupported_response_type", "authorization endpoint", "OAuth 2.0 Authorization Framework",
     "IETF", "RFC6749", 0},
    {"invalid_scope", "authorization endpoint, token endpoint",
     "OAuth 2.0 Authorization Framework", "IETF", "RFC6749", 400},
    {"server_error", "authorization endpoint", "OAuth 2.0 Authorization Framework", "IETF",
     "RFC6749", 0},
    {"temporarily_unavailable", "authorization endpoint", "OAuth 2.0 Authorization Framework",
     "IETF", "RFC6749", 0},
    {"invalid_client", "token endpoint, authorization endpoint",
     "OAuth 2.0 Authorization Framework", "IETF", "RFC6749", 400},
    {"invalid_grant", "token endpoint", "OAuth 2.0 Authorization Framework", "IETF", "RFC6749",
     400},
    {"unsupported_grant_type", "token endpoint", "OAuth 2.0 Authorization Framework", "IETF",
     "RFC6749", 400},
    {"invalid_token", "resource access error response", "bearer access token type", "IETF",
     "RFC6750", 401},
    {"insufficient_scope", "resource access error response", "bearer access token type", "IETF",
     "RFC6750", 403},
    {"unsupported_token_type", "revocation endpoint error response",
     "token revocation endpoint", "IETF", "RFC7009", 400},
    {"interaction_required", "authorization endpoint", "OpenID Connect",
     "OpenID_Foundation_Artifact_Binding_WG",
     "OpenID Connect Core 1.0 incorporating errata set 1", 0},
    {"login_required", "authorization endpoint", "OpenID Connect",
     "OpenID_Foundation_Artifact_Binding_WG",
     "OpenID Connect Core 1.0 incorporating errata set 1", 0},
    {"account_selection_required", "authorization endpoint", "OpenID Connect",
     "OpenID_Foundation_Artifact_Binding_WG",
     "OpenID Connect Core 1.0 incorporating errata set 1", 0},
    {"consent_required", "authorization endpoint", "OpenID Connect",
     "OpenID_Foundation_Artifact_Binding_WG",
     "OpenID Connect Core 1.0 incorporating errata set 1", 0},
    {"invalid_request_uri", "authorization endpoint", "OpenID Connect",
     "OpenID_Foundation_Artifact_Binding_WG",
     "OpenID Connect Core 1.0 incorporating errata set 1", 0},
    {"invalid_request_object", "authorization endpoint", "OpenID Connect",
     "OpenID_Foundation_Artifact_Binding_WG",
     "OpenID Connect Core 1.0 incorporating errata set 1", 0},
    {"request_not_supported", "authorization endpoint", "OpenID Connect",
     "OpenID_Foundation_Artifact_Binding_WG",
     "OpenID Connect Core 1.0 incorporating errata set 1", 0},
    {"request_uri_not_supported", "authorization endpoint", "OpenID Connect",
     "OpenID_Foundation_Artifact_Binding_WG",
     "OpenID Connect Core 1.0 incorporating errata set 1", 0},
    {"registration_not_supported", "authorization endpoint", "OpenID Connect",
     "OpenID_Foundation_Artifact_Binding_WG",
     "OpenID Connect Core 1.0 incorporating errata set 1", 0},
    {"need_info", "authorization server response, token endpoint", "Kantara UMA",
     "Kantara_UMA_WG", "UMA 2.0 Grant for OAuth 2.0, Section 3.3.6", 403},
    {"request_denied", "authorization server response, token endpoint", "Kantara UMA",
     "Kantara_UMA_WG", "UMA 2.0 Grant for OAuth 2.0, Section 3.3.6", 403},
    {"request_submitted", "authorization server response, token endpoint", "Kantara UMA",
     "Kantara_UMA_WG", "UMA 2.0 Grant for OAuth 2.0, Section 3.3.6", 403},
    {"invalid_redirect_uri", "registration endpoint", "Dynamic Client Registration", "IETF",
     "RFC7591, Section 3.2.2", 400},
    {"invalid_client_metadata", "registration endpoint", "Dynamic Client Registration", "IETF",
     "RFC7591, Section 3.2.2", 400},
    {"invalid_software_statement", "registration endpoint", "Dynamic Client Registration",
     "IETF", "RFC7591, Section 3.2.2", 400},
    {"unapproved_software_statement", "registration endpoint", "Dynamic Client Registration",
     "IETF", "RFC7591, Section 3.2.2", 400},
    {"authorization_pending", "Token endpoint response", "RFC8628", "IETF",
     "RFC8628, Section 3.5", 400},
    {"access_denied", "Token endpoint response", "RFC8628", "IETF", "RFC8628, Section 3.5",
     400},
    {"slow_down", "Token endpoint response", "RFC8628", "IETF", "RFC8628, Section 3.5", 400},
    {"expired_token", "Token endpoint response", "RFC8628", "IETF", "RFC8628, Section 3.5",
     400},
    {"invalid_target", "implicit grant error response, token error response",
     "resource parameter", "IESG", "RFC8707", 0},
    {"unsupported_pop_key", "token error response", "RFC9200", "IETF", "RFC9200, Section 5.8.3",
     400},
    {"incompatible_ace_profiles", "token error response", "RFC9200", "IETF",
     "RFC9200, Section 5.8.3", 400},
    {"invalid_authorization_details", "token endpoint, authorization endpoint",
     "OAuth 2.0 Rich Authorization Requests", "IETF", "RFC9396, Section 5", 0},
    {"invalid_dpop_proof", "token error response, resource access error response",
     "Demonstrating Proof of Possession (DPoP)", "IETF", "RFC9449", 400},
    {"use_dpop_nonce", "token error response, resource access error response",
     "Demonstrating Proof of Possession (DPoP)", "IETF", "RFC9449", 400},
    {"insufficient_user_authentication", "resource access error response",
     "OAuth 2.0 Step Up Authentication Challenge Protocol", "IETF", "RFC9470, Section 3", 0},
    {"invalid_issuer", "authorization endpoint", "OpenID Federation",
     "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 404},
    {"invalid_subject", "authorization endpoint", "OpenID Federation",
     "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 404},
    {"invalid_trust_anchor", "authorization endpoint", "OpenID Federation",
     "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 404},
    {"invalid_trust_chain", "authorization endpoint", "OpenID Federation",
     "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 400},
    {"invalid_metadata", "authorization endpoint", "OpenID Federation",
     "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 400},
    {"not_found", "authorization endpoint", "OpenID Federation",
     "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 404},
    {"unsupported_parameter", "authorization endpoint", "OpenID Federation",
     "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 400},
    {"vp_formats_not_supported", "authorization endpoint, token endpoint",
     "OpenID for Verifiable Presentations",
     "OpenID_Foundation_Digital_Credentials_Protocols_WG",
     "OpenID for Verifiable Presentations 1.0, Section 8.5", 0},
    {"invalid_request_uri_method", "authorization endpoint",
     "OpenID for Verifiable Presentations",
     "OpenID_Foundation_Digital_Credentials_Protocols_WG",
     "OpenID for Verifiable Presentations 1.0, Section 8.5", 0},
    {"wallet_unavailable", "authorization endpoint, token endpoint",
     "OpenID for Verifiable Presentations",
     "OpenID_Foundation_Digital_Credentials_Protocols_WG",
     "OpenID for Verifiable Presentations 1.0, Section 8.5", 0},
};

/* The names of the three RFC 6750 section 3.1 codes, the only rows the core enum maps. */
static const char *const rfc6750_names[] = {"invalid_request", "invalid_token",
                                            "insufficient_scope"};

/* The expected result of oauth_ext_error_registry_find_index, by a linear scan of
 * expected_rows: the first row at or after start whose name is exactly (name, length). */
static size_t expected_index(const char *name, size_t length, size_t start)
{
    size_t i;

    for (i = start; i < TEST_COUNT(expected_rows); i++) {
        if (strlen(expected_rows[i].name) == length &&
            memcmp(expected_rows[i].name, name, length) == 0)
            return i;
    }
    return OAUTH_EXT_ERROR_REGISTRY_COUNT;
}

/* Checks every lookup function on (name, length) against the linear scan, each input in an
 * exactly sized heap buffer. */
static void check_lookup(const char *name, size_t length)
{
    const char *input = test_buffer(name, length);
    size_t expected = expected_index(name, length, 0);
    size_t got = oauth_ext_error_registry_find_index(input, length, 0);

    if (!CHECK_INT(got, expected) || !CHECK(oauth_ext_error_registry_find(input, length) ==
                                            oauth_ext_error_registry_row_at(expected))) {
        fputs("  input ", stderr);
        fwrite(name, 1, length, stderr);
        fputc('\n', stderr);
    }
}

static void test_registry_count_and_date(void)
{
    CHECK_INT(OAUTH_EXT_ERROR_REGISTRY_COUNT, 50);
    CHECK_INT(TEST_COUNT(expected_rows), OAUTH_EXT_ERROR_REGISTRY_COUNT);
    CHECK_STR(OAUTH_EXT_ERROR_REGISTRY_DATE, "2026-03-25");
    CHECK(oauth_ext_error_registry_row_at(OAUTH_EXT_ERROR_REGISTRY_COUNT - 1) != TEST_NULL);
}

static void test_registry_rows(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(expected_rows); i++) {
        const oauth_ext_error_registry_row *row = oauth_ext_error_registry_row_at(i);
        if (!CHECK(row != TEST_NULL))
            continue;
        CHECK_STR(row->name, expected_rows[i].name);
        CHECK_INT(row->name_length, strlen(expected_rows[i].name));
        CHECK_STR(row->usage_location, expected_rows[i].usage_location);
        CHECK_STR(row->protocol_extension, expected_rows[i].protocol_extension);
        CHECK_STR(row->change_controller, expected_rows[i].change_controller);
        CHECK_STR(row->reference, expected_rows[i].reference);
        CHECK_INT(row->http_status, expected_rows[i].http_status);

        /* The status source names the number it gives, or states that there is none. */
        if (!CHECK(row->status_source != TEST_NULL))
            continue;
        if (row->http_status == 0) {
            CHECK(strncmp(row->status_source, "not specified: ", 15) == 0);
        } else {
            char status[8];

            snprintf(status, sizeof status, "%d", row->http_status);
            CHECK(strstr(row->status_source, status) != TEST_NULL);
        }
    }
}

/* Every string is printable ASCII without '"' or '\', so it prints and quotes as it is.
 * Names also match error = 1*NQSCHAR (RFC 6749 Appendix A.7) without spaces. */
static void test_registry_strings(void)
{
    size_t i, j, k;

    for (i = 0; i < OAUTH_EXT_ERROR_REGISTRY_COUNT; i++) {
        const oauth_ext_error_registry_row *row = oauth_ext_error_registry_row_at(i);
        const char *fields[6];
        int printable = 1;
        int name_ok = 1;

        fields[0] = row->name;
        fields[1] = row->usage_location;
        fields[2] = row->protocol_extension;
        fields[3] = row->change_controller;
        fields[4] = row->reference;
        fields[5] = row->status_source;
        for (j = 0; j < TEST_COUNT(fields); j++) {
            for (k = 0; fields[j][k]; k++) {
                unsigned char c = TEST_CAST(unsigned char, fields[j][k]);

                if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
                    printable = 0;
            }
            if (fields[j][0] == '\0')
                printable = 0;
        }
        for (k = 0; row->name[k]; k++) {
            unsigned char c = TEST_CAST(unsigned char, row->name[k]);

            if (c == 0x20 || c == 0x22 || c == 0x5c || c < 0x21 || c > 0x7e)
                name_ok = 0;
        }
        if (!CHECK(printable && name_ok))
            fprintf(stderr, "  row %u\n", TEST_CAST(unsigned, i));
    }
}

/* Each row is found by its name, and iterating over a name's rows visits exactly the rows
 * with that name, in registry order. */
static void test_registry_find_every_row(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(expected_rows); i++) {
        const char *name = expected_rows[i].name;
        size_t length = strlen(name);
        size_t first = expected_index(name, length, 0);
        const char *input = test_buffer(name, length);
        size_t index, visited = 0, expected_visits = 0;

        CHECK(oauth_ext_error_registry_find(input, length) ==
              oauth_ext_error_registry_row_at(first));
        CHECK(oauth_ext_error_registry_find_cstr(test_cstr(name)) ==
              oauth_ext_error_registry_row_at(first));
        CHECK_INT(oauth_ext_error_registry_find_index(input, length, i), i);

        for (index = first; index < OAUTH_EXT_ERROR_REGISTRY_COUNT;
             index = expected_index(name, length, index + 1))
            expected_visits++;
        for (index = oauth_ext_error_registry_find_index(input, length, 0);
             index < OAUTH_EXT_ERROR_REGISTRY_COUNT;
             index = oauth_ext_error_registry_find_index(input, length, index + 1)) {
            CHECK_STR(oauth_ext_error_registry_row_at(index)->name, name);
            visited++;
            if (visited > OAUTH_EXT_ERROR_REGISTRY_COUNT)
                break;
        }
        CHECK_INT(visited, expected_visits);
    }
}

/* access_denied is registered twice: by RFC 6749 (row 3) and by RFC 8628 (row 31). */
static void test_registry_access_denied_twice(void)
{
    const char *name = test_buffer("access_denied", 13);

    CHECK_INT(oauth_ext_error_registry_find_index(name, 13, 0), 2);
    CHECK_INT(oauth_ext_error_registry_find_index(name, 13, 2), 2);
    CHECK_INT(oauth_ext_error_registry_find_index(name, 13, 3), 30);
    CHECK_INT(oauth_ext_error_registry_find_index(name, 13, 30), 30);
    CHECK_INT(oauth_ext_error_registry_find_index(name, 13, 31),
              OAUTH_EXT_ERROR_REGISTRY_COUNT);
    CHECK_STR(oauth_ext_error_registry_row_at(2)->reference, "RFC6749");
    CHECK_STR(oauth_ext_error_registry_row_at(30)->reference, "RFC8628, Section 3.5");
}

/* Names that differ from a registered one by case, by one character, by a space, by one
 * byte more or less, or by an embedded NUL are not found. The expected result is always the
 * linear scan's, so a variant that is itself a registered name is found. */
static void test_registry_near_misses(void)
{
    size_t i, j;

    for (i = 0; i < TEST_COUNT(expected_rows); i++) {
        const char *name = expected_rows[i].name;
        size_t length = strlen(name);
        char variant[64];

        memcpy(variant, name, length);
        variant[0] = TEST_CAST(char, variant[0] - 0x20);
        check_lookup(variant, length);
        for (j = 0; j < length; j++)
            variant[j] =
                TEST_CAST(char, name[j] >= 'a' && name[j] <= 'z' ? name[j] - 0x20 : name[j]);
        check_lookup(variant, length);

        for (j = 0; j < length; j++) {
            memcpy(variant, name, length);
            variant[j] = TEST_CAST(char, variant[j] + 1);
            check_lookup(variant, length);
            variant[j] = '\0';
            check_lookup(variant, length);
        }

        memcpy(variant, name, length);
        variant[length] = ' ';
        check_lookup(variant, length + 1);
        variant[length] = 's';
        check_lookup(variant, length + 1);
        variant[length] = '\0';
        check_lookup(variant, length + 1);
        for (j = 0; j < length; j++) {
            check_lookup(name, j);
            check_lookup(name + length - j, j);
        }

        variant[0] = ' ';
        memcpy(variant + 1, name, length);
        check_lookup(variant, length + 1);
        CHECK(oauth_ext_error_registry_find(test_buffer(variant, length + 1), length + 1) ==
              TEST_NULL);

        /* About 200 inputs a name: free them before the next name. */
        test_buffers_release();
    }

    CHECK(oauth_ext_error_registry_find(test_buffer("Invalid_Token", 13), 13) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find(test_buffer("invalid_token ", 14), 14) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find(test_buffer("invalid_tok", 11), 11) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find(test_buffer("use_dpop_noncE", 14), 14) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find_cstr(test_cstr("ACCESS_DENIED")) == TEST_NULL);
}

static void test_registry_bad_input(void)
{
    static const char long_name[] = "insufficient_user_authentication_and_then_some_more";

    CHECK_INT(oauth_ext_error_registry_find_index(TEST_NULL, 0, 0),
              OAUTH_EXT_ERROR_REGISTRY_COUNT);
    CHECK_INT(oauth_ext_error_registry_find_index(TEST_NULL, 13, 0),
              OAUTH_EXT_ERROR_REGISTRY_COUNT);
    CHECK_INT(oauth_ext_error_registry_find_index(TEST_NULL, SIZE_MAX, 0),
              OAUTH_EXT_ERROR_REGISTRY_COUNT);
    CHECK(oauth_ext_error_registry_find(TEST_NULL, 9) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find_cstr(TEST_NULL) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find(test_buffer("", 0), 0) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find_cstr(test_cstr("")) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find(test_buffer("x", 1), 1) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find(test_buffer("slow_dow", 8), 8) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find_cstr(test_cstr(long_name)) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find(test_buffer(long_name, 33), 33) == TEST_NULL);
    CHECK(oauth_ext_error_registry_find(test_buffer(long_name, 32), 32) != TEST_NULL);

    /* A NUL-terminated name stops at its NUL. */
    CHECK(oauth_ext_error_registry_find_cstr(test_cstr("slow_down")) ==
          oauth_ext_error_registry_row_at(31));
}

static void test_registry_out_of_range_indexes(void)
{
    const char *name = test_buffer("slow_down", 9);

    CHECK(oauth_ext_error_registry_row_at(OAUTH_EXT_ERROR_REGISTRY_COUNT) == TEST_NULL);
    CHECK(oauth_ext_error_registry_row_at(OAUTH_EXT_ERROR_REGISTRY_COUNT + 1) == TEST_NULL);
    CHECK(oauth_ext_error_registry_row_at(SIZE_MAX) == TEST_NULL);
    CHECK(oauth_ext_error_registry_row_at(SIZE_MAX / 2 + 1) == TEST_NULL);
    CHECK_INT(oauth_ext_error_registry_find_index(name, 9, 31), 31);
    CHECK_INT(oauth_ext_error_registry_find_index(name, 9, 32), OAUTH_EXT_ERROR_REGISTRY_COUNT);
    CHECK_INT(oauth_ext_error_registry_find_index(name, 9, OAUTH_EXT_ERROR_REGISTRY_COUNT),
              OAUTH_EXT_ERROR_REGISTRY_COUNT);
    CHECK_INT(oauth_ext_error_registry_find_index(name, 9, SIZE_MAX),
              OAUTH_EXT_ERROR_REGISTRY_COUNT);
}

/* The invariant the lookup relies on. Every name has 8 to 32 bytes. The slot of each name
 * contains 1 + the index of its first row, every other slot contains 0, and no two names
 * share a slot. */
static void test_registry_hash_invariant(void)
{
    const unsigned char *slots = oauth__registry_slots();
    size_t i, used = 0, distinct_names = 0;

    for (i = 0; i < TEST_COUNT(expected_rows); i++) {
        const char *name = expected_rows[i].name;
        size_t length = strlen(name);
        size_t first = expected_index(name, length, 0);

        CHECK(length >= OAUTH__REGISTRY_NAME_MIN);
        CHECK(length <= OAUTH__REGISTRY_NAME_MAX);
        CHECK_INT(slots[oauth__registry_slot(name, length)], first + 1);
        if (first == i)
            distinct_names++;
    }
    for (i = 0; i < OAUTH__REGISTRY_SLOT_COUNT; i++) {
        const oauth_ext_error_registry_row *row;

        if (slots[i] == 0)
            continue;
        used++;
        row = oauth_ext_error_registry_row_at(TEST_CAST(size_t, slots[i] - 1));
        if (!CHECK(row != TEST_NULL))
            continue;
        CHECK_INT(oauth__registry_slot(row->name, row->name_length), i);
    }
    CHECK_INT(used, distinct_names);
    CHECK_INT(distinct_names, 49);
}

/* The hash's 8-byte load reads little-endian on every host, at any alignment. */
static void test_registry_load64(void)
{
    static const char bytes[] = "\x01\x02\x03\x04\x05\x06\x07\x08\xf9\xfa\xfb\xfc\xfd\xfe\xff";
    size_t offset;

    CHECK(oauth__load64(test_buffer(bytes, 8)) == 0x0807060504030201u);
    CHECK(oauth__load64(test_buffer(bytes + 7, 8)) == 0xfffefdfcfbfaf908u);
    for (offset = 0; offset + 8 <= sizeof bytes - 1; offset++) {
        const char *input = test_buffer(bytes + offset, 8);
        uint64_t expected = 0;
        int k;

        for (k = 7; k >= 0; k--)
            expected = expected << 8 | TEST_CAST(unsigned char, input[k]);
        CHECK(oauth__load64(input) == expected);
    }
}

/* The three RFC 6750 rows map to and from the core enum; no other row maps, and the core
 * enum keeps exactly its three codes. */
static void test_registry_core_mapping(void)
{
    size_t i, mapped = 0;
    int value;

    CHECK_INT(OAUTH_EXT_ERROR_COUNT, TEST_COUNT(rfc6750_names) + 1);
    for (i = 0; i < TEST_COUNT(rfc6750_names); i++) {
        const char *name = rfc6750_names[i];
        const oauth_ext_error_registry_row *row =
            oauth_ext_error_registry_find(test_buffer(name, strlen(name)), strlen(name));
        oauth_ext_error code = oauth_ext_error_from_cstr(name);

        if (!CHECK(row != TEST_NULL))
            continue;
        CHECK(oauth_ext_error_is_valid(code));
        CHECK_INT(oauth_ext_error_from_registry_row(row), code);
        CHECK(oauth_ext_error_to_registry_row(code) == row);
        CHECK_INT(row->http_status, oauth_ext_error_http_status(code));
        CHECK(strstr(row->reference, "RFC6750") != TEST_NULL);
    }

    for (i = 0; i < OAUTH_EXT_ERROR_REGISTRY_COUNT; i++) {
        oauth_ext_error code =
            oauth_ext_error_from_registry_row(oauth_ext_error_registry_row_at(i));

        if (code != OAUTH_EXT_ERROR_NONE) {
            mapped++;
            CHECK_STR(oauth_ext_error_name(code), expected_rows[i].name);
        }
    }
    CHECK_INT(mapped, TEST_COUNT(rfc6750_names));

    CHECK_INT(oauth_ext_error_from_registry_row(TEST_NULL), OAUTH_EXT_ERROR_NONE);
    CHECK(oauth_ext_error_to_registry_row(OAUTH_EXT_ERROR_NONE) == TEST_NULL);
    CHECK(oauth_ext_error_to_registry_row(OAUTH_EXT_ERROR_COUNT) == TEST_NULL);
    CHECK(oauth_ext_error_to_registry_row(TEST_CAST(oauth_ext_error, INT_MIN)) == TEST_NULL);
    CHECK(oauth_ext_error_to_registry_row(TEST_CAST(oauth_ext_error, INT_MAX)) == TEST_NULL);
    for (value = -100; value <= 100; value++) {
        oauth_ext_error code = TEST_CAST(oauth_ext_error, value);

        if (!oauth_ext_error_is_valid(code))
            CHECK(oauth_ext_error_to_registry_row(code) == TEST_NULL);
    }
}

void test_registry(void)
{
    test_registry_count_and_date();
    test_registry_rows();
    test_registry_strings();
    test_registry_find_every_row();
    test_registry_access_denied_twice();
    test_registry_near_misses();
    test_registry_bad_input();
    test_registry_out_of_range_indexes();
    test_registry_hash_invariant();
    test_registry_load64();
    test_registry_core_mapping();
}
