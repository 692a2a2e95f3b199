/* oauth_ext_error.h 0.1.0 - OAuth 2.0 resource-access errors (RFC 6750) in one C header.
 * SPDX-License-Identifier: MIT
 *
 * A protected resource that rejects a request answers with an HTTP status and a
 * WWW-Authenticate challenge that names an error code (RFC 6750 section 3). This header
 * maps those codes to and from their strings, statuses and references, and around them
 * gives what resource servers and clients need for that one job:
 *
 *   Core               the three RFC 6750 codes: oauth_ext_error_*
 *   Registry           every row of the IANA OAuth Extensions Error registry:
 *                      oauth_ext_error_registry_*
 *   Token extraction   the token of `Authorization: Bearer ...`: oauth_bearer_*
 *   Challenge builder  one WWW-Authenticate challenge, escaped and checked:
 *                      oauth_challenge_*
 *   Challenge parser   a zero-copy WWW-Authenticate parser for clients:
 *                      oauth_challenge_parser_*, oauth_resource_challenge_find
 *
 * Quick start: copy this file into your project, then
 *
 *     #include "oauth_ext_error.h"
 *
 *     oauth_ext_error code = oauth_ext_error_from_cstr("invalid_token");
 *     int status = oauth_ext_error_http_status(code);        // 401
 *     const char *name = oauth_ext_error_name(code);         // "invalid_token"
 *
 * Guarantees:
 *   - No dependencies: the header includes <stddef.h> and <stdint.h> only, and works
 *     freestanding.
 *   - No allocation and no mutable global state, so every function is thread-safe.
 *   - Every function is total: any argument, out-of-range enum values, NULL pointers
 *     and zero lengths included, gives the result documented above its declaration.
 *   - Inputs are (pointer, length) and are never read past the given length; functions
 *     that take NUL-terminated strings say so in their name (`_cstr`).
 *   - Writers take a buffer and its size, return the length they need, as snprintf
 *     does, and leave an empty string rather than a truncated value.
 *
 * Configuration: define OAUTH_EXT_ERROR_API before including the header to change how
 * every function is declared (default: `static inline`). Define
 * OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS to change how many auth-params
 * oauth_resource_challenge_find accepts in one challenge (default 32).
 *
 * Limitations:
 *   - The enum covers the three RFC 6750 codes only. The other values of the IANA
 *     registry map to OAUTH_EXT_ERROR_NONE; the registry functions know them all.
 *   - The registry table is the IANA page of OAUTH_EXT_ERROR_REGISTRY_DATE. A value
 *     registered later is unknown until the table is regenerated.
 *   - The parser accepts auth-params separated by spaces instead of commas only with the
 *     OAUTH_PARSE_SPACE_SEPARATED_PARAMS option, which is off by default.
 *   - The builder's duplicate-name check compares every pair of extension auth-params,
 *     so its cost grows with the square of their number (a challenge has a few).
 *
 * Layout: declarations and their documentation first, then the implementation after
 * the line "Implementation". The full license text closes the file.
 */
#ifndef OAUTH_EXT_ERROR_H
#define OAUTH_EXT_ERROR_H

#include <stddef.h>
#include <stdint.h>

/* Version: MAJOR.MINOR.PATCH. OAUTH_EXT_ERROR_VERSION_NUM packs it as 0xMMmmpp
 * (major in bits 16-23, minor in bits 8-15, patch in bits 0-7), so releases compare
 * with plain integer comparison. */
#define OAUTH_EXT_ERROR_VERSION_MAJOR 0
#define OAUTH_EXT_ERROR_VERSION_MINOR 1
#define OAUTH_EXT_ERROR_VERSION_PATCH 0
#define OAUTH_EXT_ERROR_VERSION_NUM                                                            \
    ((OAUTH_EXT_ERROR_VERSION_MAJOR << 16) | (OAUTH_EXT_ERROR_VERSION_MINOR << 8) |            \
     OAUTH_EXT_ERROR_VERSION_PATCH)
#define OAUTH_EXT_ERROR_VERSION_STRING "0.1.0"

#ifndef OAUTH_EXT_ERROR_API
#define OAUTH_EXT_ERROR_API static inline
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ===================================================================================
 * Core: the three RFC 6750 error codes
 * =================================================================================== */

/* The table of RFC 6750 section 3.1 error codes, written once. Every mapping below (enum,
 * strings, statuses, references, descriptions, the string lookup) is expanded from it.
 * Columns: enum suffix, registered string, HTTP status (RFC 6750 section 3.1: SHOULD),
 * reason phrase (RFC 9110 section 15), RFC number, section, default description.
 * Descriptions use only %x20-21 / %x23-5B / %x5D-7E, the characters RFC 6750 section 3
 * allows in error_description. */
#define OAUTH_EXT_ERROR_CODES(X)                                                               \
    X(INVALID_REQUEST, "invalid_request", 400, "Bad Request", 6750, "3.1",                     \
      "The request is missing a required parameter or is otherwise malformed")                 \
    X(INVALID_TOKEN, "invalid_token", 401, "Unauthorized", 6750, "3.1",                        \
      "The access token is expired, revoked, malformed, or otherwise invalid")                 \
    X(INSUFFICIENT_SCOPE, "insufficient_scope", 403, "Forbidden", 6750, "3.1",                 \
      "The request requires higher privileges than the access token provides")

/* An RFC 6750 error code. Values are stable: new codes are appended, never renumbered. */
typedef enum oauth_ext_error {
    /* No error, or a string that is not one of the three RFC 6750 codes. */
    OAUTH_EXT_ERROR_NONE = 0,
#define OAUTH__ENUM_ROW(id, name, status, reason, rfc, section, description)                   \
    OAUTH_EXT_ERROR_##id,
    OAUTH_EXT_ERROR_CODES(OAUTH__ENUM_ROW)
#undef OAUTH__ENUM_ROW
    /* The number of values above. Not a valid code. */
    OAUTH_EXT_ERROR_COUNT,
    /* Private: these two widen the enum's range to every int, so that converting any int
     * to this type is defined behaviour in C++ too (C++17 [dcl.enum]/8). Not codes. */
    OAUTH__EXT_ERROR_RANGE_MIN = -0x7fffffff - 1,
    OAUTH__EXT_ERROR_RANGE_MAX = 0x7fffffff
} oauth_ext_error;

/* One row of the code table, as oauth_ext_error_get_info returns it. */
typedef struct oauth_ext_error_info {
    oauth_ext_error code;
    const char *name;        /* registered string, e.g. "invalid_token" */
    size_t name_length;      /* strlen(name) */
    int http_status;         /* 400, 401 or 403 (RFC 6750 section 3.1) */
    const char *reason;      /* reason phrase, e.g. "Unauthorized" */
    const char *spec;        /* "RFC 6750" */
    const char *section;     /* "3.1" */
    const char *uri;         /* "https://www.rfc-editor.org/rfc/rfc6750#section-3.1" */
    const char *description; /* default error_description */
} oauth_ext_error_info;

/* Returns 1 when code is one of the three RFC 6750 codes, 0 for anything else
 * (OAUTH_EXT_ERROR_NONE, OAUTH_EXT_ERROR_COUNT and every out-of-range value). */
OAUTH_EXT_ERROR_API int oauth_ext_error_is_valid(oauth_ext_error code);

/* Returns the row of the code table for code, or NULL when code is not valid
 * (see oauth_ext_error_is_valid). The row is static and constant. */
OAUTH_EXT_ERROR_API const oauth_ext_error_info *oauth_ext_error_get_info(oauth_ext_error code);

/* Returns the registered string of code ("invalid_request", "invalid_token" or
 * "insufficient_scope"), or NULL when code is not valid. */
OAUTH_EXT_ERROR_API const char *oauth_ext_error_name(oauth_ext_error code);

/* Looks up the code whose registered string is exactly the `length` bytes at `string`.
 * The match is case-sensitive (RFC 6750 section 1.1), so "Invalid_Token", "invalid_token "
 * and "invalid_tok" give OAUTH_EXT_ERROR_NONE. The input need not be NUL-terminated and
 * may contain NUL bytes (which never match). A NULL string gives OAUTH_EXT_ERROR_NONE
 * whatever the length. Reads at most `length` bytes. */
OAUTH_EXT_ERROR_API oauth_ext_error oauth_ext_error_from_string(const char *string,
                                                                size_t length);

/* Same as oauth_ext_error_from_string for a NUL-terminated string. NULL gives
 * OAUTH_EXT_ERROR_NONE. Reads at most 19 bytes, one more than the longest code. */
OAUTH_EXT_ERROR_API oauth_ext_error oauth_ext_error_from_cstr(const char *string);

/* Returns the HTTP status a resource server should send with code: 400, 401 or 403
 * (RFC 6750 section 3.1). Returns 0 when code is not valid. */
OAUTH_EXT_ERROR_API int oauth_ext_error_http_status(oauth_ext_error code);

/* Returns the reason phrase of that status ("Bad Request", "Unauthorized", "Forbidden"),
 * or NULL when code is not valid. */
OAUTH_EXT_ERROR_API const char *oauth_ext_error_reason_phrase(oauth_ext_error code);

/* Return the specification that defines code: the document ("RFC 6750"), the section
 * ("3.1") and a URL to that section. Each returns NULL when code is not valid. */
OAUTH_EXT_ERROR_API const char *oauth_ext_error_spec(oauth_ext_error code);
OAUTH_EXT_ERROR_API const char *oauth_ext_error_spec_section(oauth_ext_error code);
OAUTH_EXT_ERROR_API const char *oauth_ext_error_spec_uri(oauth_ext_error code);

/* Returns a short English default for error_description, made only of the characters
 * RFC 6750 section 3 allows there (%x20-21 / %x23-5B / %x5D-7E), or NULL when code is
 * not valid. */
OAUTH_EXT_ERROR_API const char *oauth_ext_error_description(oauth_ext_error code);

/* A byte string that need not be NUL-terminated: `length` bytes at `data`. Functions that
 * return one point into their input or into static data; a NULL `data` with length 0 is
 * the absent string. */
typedef struct oauth_string {
    const char *data;
    size_t length;
} oauth_string;

/* Returns the oauth_string for a NUL-terminated string: its bytes without the NUL, or the
 * absent string {NULL, 0} when cstr is NULL. */
OAUTH_EXT_ERROR_API oauth_string oauth_cstr(const char *cstr);

/* ===================================================================================
 * Registry: every value of the IANA OAuth Extensions Error registry
 * =================================================================================== */

/* The IANA "OAuth Extensions Error Registry" (RFC 6749 section 11.4), all 50 rows of the
 * copy last updated 2026-03-25, in registry order and written once: the row array, the
 * lookup and the mapping to the core enum are expanded from it. Columns: name, usage
 * location, protocol extension, change controller, reference, HTTP status, status source.
 *
 * The text columns are the registry's own text with two changes. The brackets of the
 * page's links are dropped, so "[RFC6749][RFC6750]" reads "RFC6749, RFC6750". The names
 * "need_info (and its subsidiary parameters)" and "request_submitted (and its subsidiary
 * parameters)" keep only the error value, because the note is not part of it.
 *
 * The HTTP status is not a registry column. It is a number only where the defining
 * specification states one for that error, either directly or by saying that the error is
 * an RFC 6749 section 5.2 token endpoint error response, which uses 400 (Bad Request). It
 * is 0 ("not specified") otherwise: for errors sent only in a redirect, and for errors
 * whose specification names no status. Where a row covers several usage locations, the
 * number is the one for the authorization server's direct response, and the status source
 * gives the others. The status source names the sentence the number comes from, or why it
 * is 0, so each row can be checked.
 *
 * data/oauth-extensions-error-registry.tsv contains the same rows. scripts/registry.py
 * prints this table from it and checks the two against each other. */
#define OAUTH_EXT_ERROR_REGISTRY_ROWS(X)                                                       \
    X("invalid_request",                                                                       \
      "authorization endpoint, token endpoint, resource access error response",                \
      "OAuth 2.0 Authorization Framework, bearer access token type", "IETF",                   \
      "RFC6749, RFC6750", 400,                                                                 \
      "RFC 6749 section 5.2: 400 at token endpoint; RFC 6750 section 3.1: SHOULD "             \
      "400 at resource server; authorization endpoint: redirect error response, no "           \
      "status (RFC 6749 section 4.1.2.1)")                                                     \
    X("unauthorized_client", "authorization endpoint, token endpoint",                         \
      "OAuth 2.0 Authorization Framework", "IETF", "RFC6749", 400,                             \
      "RFC 6749 section 5.2: 400 at token endpoint; authorization endpoint: "                  \
      "redirect error response, no status (RFC 6749 section 4.1.2.1)")                         \
    X("access_denied", "authorization endpoint", "OAuth 2.0 Authorization Framework", "IETF",  \
      "RFC6749", 0,                                                                            \
      "not specified: RFC 6749 section 4.1.2.1 redirect error response, no status")            \
    X("unsupported_response_type", "authorization endpoint",                                   \
      "OAuth 2.0 Authorization Framework", "IETF", "RFC6749", 0,                               \
      "not specified: RFC 6749 section 4.1.2.1 redirect error response, no status")            \
    X("invalid_scope", "authorization endpoint, token endpoint",                               \
      "OAuth 2.0 Authorization Framework", "IETF", "RFC6749", 400,                             \
      "RFC 6749 section 5.2: 400 at token endpoint; authorization endpoint: "                  \
      "redirect error response, no status (RFC 6749 section 4.1.2.1)")                         \
    X("server_error", "authorization endpoint", "OAuth 2.0 Authorization Framework", "IETF",   \
      "RFC6749", 0,                                                                            \
      "not specified: RFC 6749 section 4.1.2.1 redirect error response; the code "             \
      "exists because a 500 cannot be returned through a redirect")                            \
    X("temporarily_unavailable", "authorization endpoint",                                     \
      "OAuth 2.0 Authorization Framework", "IETF", "RFC6749", 0,                               \
      "not specified: RFC 6749 section 4.1.2.1 redirect error response; the code "             \
      "exists because a 503 cannot be returned through a redirect")                            \
    X("invalid_client", "token endpoint, authorization endpoint",                              \
      "OAuth 2.0 Authorization Framework", "IETF", "RFC6749", 400,                             \
      "RFC 6749 section 5.2: 400 default; MAY 401; MUST 401 with WWW-Authenticate "            \
      "if the client authenticated via the Authorization header; RFC 6749 section "            \
      "4.1.2.1 does not define it for the authorization endpoint")                             \
    X("invalid_grant", "token endpoint", "OAuth 2.0 Authorization Framework", "IETF",          \
      "RFC6749", 400, "RFC 6749 section 5.2: 400 (unless specified otherwise)")                \
    X("unsupported_grant_type", "token endpoint", "OAuth 2.0 Authorization Framework", "IETF", \
      "RFC6749", 400, "RFC 6749 section 5.2: 400 (unless specified otherwise)")                \
    X("invalid_token", "resource access error response", "bearer access token type", "IETF",   \
      "RFC6750", 401, "RFC 6750 section 3.1: SHOULD 401")                                      \
    X("insufficient_scope", "resource access error response", "bearer access token type",      \
      "IETF", "RFC6750", 403, "RFC 6750 section 3.1: SHOULD 403")                              \
    X("unsupported_token_type", "revocation endpoint error response",                          \
      "token revocation endpoint", "IETF", "RFC7009", 400,                                     \
      "indirect: RFC 7009 section 2.2.1 says the error presentation conforms to "              \
      "RFC 6749 section 5.2, which gives 400 unless specified otherwise (section "             \
      "2.2.1 seen only as verbatim quotes)")                                                   \
    X("interaction_required", "authorization endpoint", "OpenID Connect",                      \
      "OpenID_Foundation_Artifact_Binding_WG",                                                 \
      "OpenID Connect Core 1.0 incorporating errata set 1", 0,                                 \
      "not specified: OIDC Core section 3.1.2.6 returns it in a redirect error "               \
      "response per RFC 6749 section 4.1.2.1 (seen as verbatim quotes)")                       \
    X("login_required", "authorization endpoint", "OpenID Connect",                            \
      "OpenID_Foundation_Artifact_Binding_WG",                                                 \
      "OpenID Connect Core 1.0 incorporating errata set 1", 0,                                 \
      "not specified: OIDC Core section 3.1.2.6 returns it in a redirect error "               \
      "response per RFC 6749 section 4.1.2.1 (seen as verbatim quotes)")                       \
    X("account_selection_required", "authorization endpoint", "OpenID Connect",                \
      "OpenID_Foundation_Artifact_Binding_WG",                                                 \
      "OpenID Connect Core 1.0 incorporating errata set 1", 0,                                 \
      "not specified: OIDC Core section 3.1.2.6 returns it in a redirect error "               \
      "response per RFC 6749 section 4.1.2.1 (seen as verbatim quotes)")                       \
    X("consent_required", "authorization endpoint", "OpenID Connect",                          \
      "OpenID_Foundation_Artifact_Binding_WG",                                                 \
      "OpenID Connect Core 1.0 incorporating errata set 1", 0,                                 \
      "not specified: OIDC Core section 3.1.2.6 returns it in a redirect error "               \
      "response per RFC 6749 section 4.1.2.1 (seen as verbatim quotes)")                       \
    X("invalid_request_uri", "authorization endpoint", "OpenID Connect",                       \
      "OpenID_Foundation_Artifact_Binding_WG",                                                 \
      "OpenID Connect Core 1.0 incorporating errata set 1", 0,                                 \
      "not specified: OIDC Core section 3.1.2.6 returns it in a redirect error "               \
      "response per RFC 6749 section 4.1.2.1 (seen as verbatim quotes)")                       \
    X("invalid_request_object", "authorization endpoint", "OpenID Connect",                    \
      "OpenID_Foundation_Artifact_Binding_WG",                                                 \
      "OpenID Connect Core 1.0 incorporating errata set 1", 0,                                 \
      "not specified: OIDC Core section 3.1.2.6 returns it in a redirect error "               \
      "response per RFC 6749 section 4.1.2.1 (seen as verbatim quotes)")                       \
    X("request_not_supported", "authorization endpoint", "OpenID Connect",                     \
      "OpenID_Foundation_Artifact_Binding_WG",                                                 \
      "OpenID Connect Core 1.0 incorporating errata set 1", 0,                                 \
      "not specified: OIDC Core section 3.1.2.6 returns it in a redirect error "               \
      "response per RFC 6749 section 4.1.2.1 (seen as verbatim quotes)")                       \
    X("request_uri_not_supported", "authorization endpoint", "OpenID Connect",                 \
      "OpenID_Foundation_Artifact_Binding_WG",                                                 \
      "OpenID Connect Core 1.0 incorporating errata set 1", 0,                                 \
      "not specified: OIDC Core section 3.1.2.6 returns it in a redirect error "               \
      "response per RFC 6749 section 4.1.2.1 (seen as verbatim quotes)")                       \
    X("registration_not_supported", "authorization endpoint", "OpenID Connect",                \
      "OpenID_Foundation_Artifact_Binding_WG",                                                 \
      "OpenID Connect Core 1.0 incorporating errata set 1", 0,                                 \
      "not specified: OIDC Core section 3.1.2.6 returns it in a redirect error "               \
      "response per RFC 6749 section 4.1.2.1 (seen as verbatim quotes)")                       \
    X("need_info", "authorization server response, token endpoint", "Kantara UMA",             \
      "Kantara_UMA_WG", "UMA 2.0 Grant for OAuth 2.0, Section 3.3.6", 403,                     \
      "UMA 2.0 Grant section 3.3.6: responds with HTTP 403 (Forbidden)")                       \
    X("request_denied", "authorization server response, token endpoint", "Kantara UMA",        \
      "Kantara_UMA_WG", "UMA 2.0 Grant for OAuth 2.0, Section 3.3.6", 403,                     \
      "UMA 2.0 Grant section 3.3.6: responds with HTTP 403 (Forbidden)")                       \
    X("request_submitted", "authorization server response, token endpoint", "Kantara UMA",     \
      "Kantara_UMA_WG", "UMA 2.0 Grant for OAuth 2.0, Section 3.3.6", 403,                     \
      "UMA 2.0 Grant section 3.3.6: responds with HTTP 403 (Forbidden)")                       \
    X("invalid_redirect_uri", "registration endpoint", "Dynamic Client Registration", "IETF",  \
      "RFC7591, Section 3.2.2", 400,                                                           \
      "RFC 7591 section 3.2.2: HTTP 400 unless otherwise specified (seen as "                  \
      "verbatim quotes)")                                                                      \
    X("invalid_client_metadata", "registration endpoint", "Dynamic Client Registration",       \
      "IETF", "RFC7591, Section 3.2.2", 400,                                                   \
      "RFC 7591 section 3.2.2: HTTP 400 unless otherwise specified (seen as "                  \
      "verbatim quotes)")                                                                      \
    X("invalid_software_statement", "registration endpoint", "Dynamic Client Registration",    \
      "IETF", "RFC7591, Section 3.2.2", 400,                                                   \
      "RFC 7591 section 3.2.2: HTTP 400 unless otherwise specified (seen as "                  \
      "verbatim quotes)")                                                                      \
    X("unapproved_software_statement", "registration endpoint", "Dynamic Client Registration", \
      "IETF", "RFC7591, Section 3.2.2", 400,                                                   \
      "RFC 7591 section 3.2.2: HTTP 400 unless otherwise specified (seen as "                  \
      "verbatim quotes)")                                                                      \
    X("authorization_pending", "Token endpoint response", "RFC8628", "IETF",                   \
      "RFC8628, Section 3.5", 400,                                                             \
      "indirect: RFC 8628 section 3.5 says the token endpoint responds with an "               \
      "error as defined in RFC 6749 section 5.2, which gives 400")                             \
    X("access_denied", "Token endpoint response", "RFC8628", "IETF", "RFC8628, Section 3.5",   \
      400,                                                                                     \
      "indirect: RFC 8628 section 3.5 says the token endpoint responds with an "               \
      "error as defined in RFC 6749 section 5.2, which gives 400")                             \
    X("slow_down", "Token endpoint response", "RFC8628", "IETF", "RFC8628, Section 3.5", 400,  \
      "indirect: RFC 8628 section 3.5 says the token endpoint responds with an "               \
      "error as defined in RFC 6749 section 5.2, which gives 400")                             \
    X("expired_token", "Token endpoint response", "RFC8628", "IETF", "RFC8628, Section 3.5",   \
      400,                                                                                     \
      "indirect: RFC 8628 section 3.5 says the token endpoint responds with an "               \
      "error as defined in RFC 6749 section 5.2, which gives 400")                             \
    X("invalid_target", "implicit grant error response, token error response",                 \
      "resource parameter", "IESG", "RFC8707", 0,                                              \
      "not specified: RFC 8707 section 2 states no status; a token error response "            \
      "would take the RFC 6749 section 5.2 default 400, but RFC 8707 does not say "            \
      "so")                                                                                    \
    X("unsupported_pop_key", "token error response", "RFC9200", "IETF",                        \
      "RFC9200, Section 5.8.3", 400,                                                           \
      "RFC 9200 section 5.8.3: response code equivalent to CoAP 4.00 (Bad "                    \
      "Request), i.e. HTTP 400 (read in draft-ietf-ace-oauth-authz-24 section "                \
      "5.6.3 and in a quote of RFC 9200 section 5.8.3, not in the RFC text)")                  \
    X("incompatible_ace_profiles", "token error response", "RFC9200", "IETF",                  \
      "RFC9200, Section 5.8.3", 400,                                                           \
      "RFC 9200 section 5.8.3: response code equivalent to CoAP 4.00 (Bad "                    \
      "Request), i.e. HTTP 400 (read in draft-ietf-ace-oauth-authz-24 section "                \
      "5.6.3 and in a quote of RFC 9200 section 5.8.3, not in the RFC text)")                  \
    X("invalid_authorization_details", "token endpoint, authorization endpoint",               \
      "OAuth 2.0 Rich Authorization Requests", "IETF", "RFC9396, Section 5", 0,                \
      "not specified: RFC 9396 section 5 states no status (seen as verbatim "                  \
      "quotes); authorization endpoint errors go by redirect; a token endpoint "               \
      "error would take the RFC 6749 section 5.2 default 400, but RFC 9396 section "           \
      "5 does not say so")                                                                     \
    X("invalid_dpop_proof", "token error response, resource access error response",            \
      "Demonstrating Proof of Possession (DPoP)", "IETF", "RFC9449", 400,                      \
      "RFC 9449 section 5: token endpoint error response per RFC 6749 section 5.2 "            \
      "(400, indirect); resource server: 401 challenge with WWW-Authenticate: DPoP "           \
      "(RFC 9449 section 7.1)")                                                                \
    X("use_dpop_nonce", "token error response, resource access error response",                \
      "Demonstrating Proof of Possession (DPoP)", "IETF", "RFC9449", 400,                      \
      "RFC 9449 section 8: token endpoint HTTP 400 with DPoP-Nonce header; "                   \
      "resource server: 401 with WWW-Authenticate: DPoP and DPoP-Nonce (RFC 9449 "             \
      "section 9)")                                                                            \
    X("insufficient_user_authentication", "resource access error response",                    \
      "OAuth 2.0 Step Up Authentication Challenge Protocol", "IETF", "RFC9470, Section 3", 0,  \
      "not specified: RFC 9470 section 3 states no status; its examples use 401 "              \
      "with WWW-Authenticate: Bearer (read in the WG draft source, not the RFC "               \
      "text)")                                                                                 \
    X("invalid_issuer", "authorization endpoint", "OpenID Federation",                         \
      "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 404,    \
      "OpenID Federation 1.0 section 8.9 (Error Responses): SHOULD 404 (Not Found) "           \
      "at federation endpoints")                                                               \
    X("invalid_subject", "authorization endpoint", "OpenID Federation",                        \
      "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 404,    \
      "OpenID Federation 1.0 section 8.9 (Error Responses): SHOULD 404 (Not Found) "           \
      "at federation endpoints")                                                               \
    X("invalid_trust_anchor", "authorization endpoint", "OpenID Federation",                   \
      "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 404,    \
      "OpenID Federation 1.0 section 8.9 (Error Responses): SHOULD 404 (Not Found) "           \
      "at federation endpoints")                                                               \
    X("invalid_trust_chain", "authorization endpoint", "OpenID Federation",                    \
      "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 400,    \
      "OpenID Federation 1.0 section 8.9 (Error Responses): SHOULD 400 (Bad "                  \
      "Request) at federation endpoints")                                                      \
    X("invalid_metadata", "authorization endpoint", "OpenID Federation",                       \
      "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 400,    \
      "OpenID Federation 1.0 section 8.9 (Error Responses): SHOULD 400 (Bad "                  \
      "Request) at federation endpoints")                                                      \
    X("not_found", "authorization endpoint", "OpenID Federation",                              \
      "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 404,    \
      "OpenID Federation 1.0 section 8.9 (Error Responses): SHOULD 404 (Not Found) "           \
      "at federation endpoints")                                                               \
    X("unsupported_parameter", "authorization endpoint", "OpenID Federation",                  \
      "OpenID_Foundation_Artifact_Binding_WG", "Section 8.9 of OpenID Federation 1.0", 400,    \
      "OpenID Federation 1.0 section 8.9 (Error Responses): SHOULD 400 (Bad "                  \
      "Request) at federation endpoints")                                                      \
    X("vp_formats_not_supported", "authorization endpoint, token endpoint",                    \
      "OpenID for Verifiable Presentations",                                                   \
      "OpenID_Foundation_Digital_Credentials_Protocols_WG",                                    \
      "OpenID for Verifiable Presentations 1.0, Section 8.5", 0,                               \
      "not specified: OpenID4VP 1.0 section 8.5 says the error response follows "              \
      "RFC 6749 and states no status")                                                         \
    X("invalid_request_uri_method", "authorization endpoint",                                  \
      "OpenID for Verifiable Presentations",                                                   \
      "OpenID_Foundation_Digital_Credentials_Protocols_WG",                                    \
      "OpenID for Verifiable Presentations 1.0, Section 8.5", 0,                               \
      "not specified: OpenID4VP 1.0 section 8.5 says the error response follows "              \
      "RFC 6749 and states no status")                                                         \
    X("wallet_unavailable", "authorization endpoint, token endpoint",                          \
      "OpenID for Verifiable Presentations",                                                   \
      "OpenID_Foundation_Digital_Credentials_Protocols_WG",                                    \
      "OpenID for Verifiable Presentations 1.0, Section 8.5", 0,                               \
      "not specified: OpenID4VP 1.0 section 8.5 says the error response follows "              \
      "RFC 6749 and states no status")

/* The number of rows above, and the "Last Updated" date of the IANA page they copy. */
#define OAUTH_EXT_ERROR_REGISTRY_COUNT 50
#define OAUTH_EXT_ERROR_REGISTRY_DATE  "2026-03-25"

/* One row of the registry table. Every string is static, NUL-terminated and ASCII. */
typedef struct oauth_ext_error_registry_row {
    const char *name;               /* error value, e.g. "use_dpop_nonce" */
    size_t name_length;             /* strlen(name) */
    const char *usage_location;     /* e.g. "token error response, resource access ..." */
    const char *protocol_extension; /* e.g. "Demonstrating Proof of Possession (DPoP)" */
    const char *change_controller;  /* e.g. "IETF" */
    const char *reference;          /* e.g. "RFC9449" or "RFC7591, Section 3.2.2" */
    int http_status;                /* status the defining specification states, or 0 */
    const char *status_source;      /* the sentence behind http_status, or why it is 0 */
} oauth_ext_error_registry_row;

/* Returns row `index` of the registry, counting from 0 in registry order, or NULL when
 * index is OAUTH_EXT_ERROR_REGISTRY_COUNT or more. Iterate over every row with
 * `for (i = 0; i < OAUTH_EXT_ERROR_REGISTRY_COUNT; i++)`. */
OAUTH_EXT_ERROR_API const oauth_ext_error_registry_row *
oauth_ext_error_registry_row_at(size_t index);

/* Returns the index of the first row at or after `start` whose name is exactly the
 * `length` bytes at `name`, or OAUTH_EXT_ERROR_REGISTRY_COUNT when there is none. The match
 * is case-sensitive, because protocol values are (RFC 6750 section 1.1). A NULL name, a
 * zero length, input with a NUL byte, and a `start` of OAUTH_EXT_ERROR_REGISTRY_COUNT or
 * more all give OAUTH_EXT_ERROR_REGISTRY_COUNT. Reads at most `length` bytes. A name can
 * have several rows ("access_denied" has two), so iterate with
 * `for (i = find_index(s, n, 0); i < COUNT; i = find_index(s, n, i + 1))`. */
OAUTH_EXT_ERROR_API size_t oauth_ext_error_registry_find_index(const char *name, size_t length,
                                                               size_t start);

/* Returns the first row, in registry order, whose name is exactly the `length` bytes at
 * `name`, or NULL when the value is not registered. Same matching rules and bad-input
 * results as oauth_ext_error_registry_find_index. */
OAUTH_EXT_ERROR_API const oauth_ext_error_registry_row *
oauth_ext_error_registry_find(const char *name, size_t length);

/* Same as oauth_ext_error_registry_find for a NUL-terminated name. NULL gives NULL. Reads
 * at most one byte more than the longest registered name. */
OAUTH_EXT_ERROR_API const oauth_ext_error_registry_row *
oauth_ext_error_registry_find_cstr(const char *name);

/* Returns the core code of a registry row: OAUTH_EXT_ERROR_INVALID_REQUEST,
 * OAUTH_EXT_ERROR_INVALID_TOKEN or OAUTH_EXT_ERROR_INSUFFICIENT_SCOPE for the three rows
 * whose names are RFC 6750 codes, and OAUTH_EXT_ERROR_NONE for every other row and for
 * NULL. The row's name decides, so any row works, not only those of the table. */
OAUTH_EXT_ERROR_API oauth_ext_error
oauth_ext_error_from_registry_row(const oauth_ext_error_registry_row *row);

/* Returns the registry row of a core code, or NULL when code is not valid (see
 * oauth_ext_error_is_valid). Each of the three RFC 6750 codes has exactly one row. */
OAUTH_EXT_ERROR_API const oauth_ext_error_registry_row *
oauth_ext_error_to_registry_row(oauth_ext_error code);

/* ===================================================================================
 * Token extraction: Bearer credentials in an Authorization field (RFC 6750 section 2)
 * =================================================================================== */

/* The three results of oauth_bearer_extract, one for each response RFC 6750 section 3.1
 * requires of a resource server. */
typedef enum oauth_bearer_result {
    /* No Bearer credentials: an empty value, or another scheme such as Basic or DPoP.
     * Respond 401 with a challenge that carries no error code (RFC 6750 section 3.1). */
    OAUTH_BEARER_NONE = 0,
    /* The scheme is Bearer but the rest breaks RFC 6750 section 2.1. Respond 400 with
     * error="invalid_request". The credentials describe the fault and its offset. */
    OAUTH_BEARER_MALFORMED,
    /* One well-formed b64token: validate it. */
    OAUTH_BEARER_TOKEN
} oauth_bearer_result;

/* What oauth_bearer_extract found. */
typedef struct oauth_bearer_credentials {
    /* The b64token, a view into the input; the absent string {NULL, 0} unless the result
     * is OAUTH_BEARER_TOKEN. */
    oauth_string token;
    /* OAUTH_EXT_ERROR_INVALID_REQUEST for malformed credentials, else OAUTH_EXT_ERROR_NONE. */
    oauth_ext_error error;
    /* For malformed credentials, a static English sentence saying what is wrong, made only
     * of the characters RFC 6750 section 3 allows in error_description; NULL otherwise. */
    const char *error_description;
    /* For malformed credentials, the byte offset into the input of the first byte that
     * breaks the rule (the input length when the token is missing); 0 otherwise. */
    size_t error_offset;
} oauth_bearer_credentials;

/* Extracts the access token from the `length` bytes of an Authorization field value
 * (RFC 6750 section 2.1: credentials = "Bearer" 1*SP b64token). Leading and trailing SP
 * and HTAB are ignored (RFC 9110 section 5.5), the scheme matches case-insensitively
 * (RFC 9110 section 11.1), and one or more SP may follow it.
 * Returns OAUTH_BEARER_NONE for an empty or all-whitespace value, a NULL value, and any
 * other scheme, the scheme being the whole first token ("Basic ...", "DPoP ...",
 * "BearerX abc").
 * Returns OAUTH_BEARER_MALFORMED for "Bearer" without a token, "Bearer" followed by any
 * byte other than SP ("Bearer,abc", and HTAB too, because the rule allows only SP there
 * and the client did send Bearer credentials), a token that starts with "=", a byte
 * other than "=" after the "=" padding, a second token, and any byte outside b64token
 * (NUL, CR, LF and non-ASCII bytes included). Returns OAUTH_BEARER_TOKEN otherwise.
 * `out` may be NULL. Otherwise every field is set as its comment states, whatever the
 * result. Reads at most `length` bytes; the input need not be NUL-terminated. */
OAUTH_EXT_ERROR_API oauth_bearer_result oauth_bearer_extract(const char *value, size_t length,
                                                             oauth_bearer_credentials *out);

/* The three ways a client can send a Bearer token (RFC 6750 sections 2.1 to 2.3), as bits
 * for oauth_bearer_check_methods. */
#define OAUTH_BEARER_METHOD_HEADER 0x1u /* Authorization request header field */
#define OAUTH_BEARER_METHOD_BODY   0x2u /* access_token in a form-encoded body */
#define OAUTH_BEARER_METHOD_QUERY  0x4u /* access_token in the URI query */

/* An error_description for a request that used more than one method. */
#define OAUTH_BEARER_MULTIPLE_METHODS_DESCRIPTION                                              \
    "The access token was sent by more than one method"

/* Checks the methods a request used to send its token: `methods` is the bitwise OR of the
 * OAUTH_BEARER_METHOD_* bits that were present. A client must not use more than one method
 * (RFC 6750 section 2), so two or more give OAUTH_EXT_ERROR_INVALID_REQUEST (RFC 6750
 * section 3.1). None or one gives OAUTH_EXT_ERROR_NONE. Other bits are ignored. */
OAUTH_EXT_ERROR_API oauth_ext_error oauth_bearer_check_methods(unsigned methods);

/* ===================================================================================
 * Challenge builder: one WWW-Authenticate challenge (RFC 6750 section 3, RFC 9110 11.6.1)
 * =================================================================================== */

/* One extension auth-param (RFC 9110 section 11.2): a name that is a token, and a value
 * that the builder always sends as a quoted-string. */
typedef struct oauth_auth_param {
    oauth_string name;
    oauth_string value;
} oauth_auth_param;

/* Names of the extension auth-params that later RFCs define for resource servers. */
#define OAUTH_PARAM_RESOURCE_METADATA "resource_metadata" /* RFC 9728 section 5.1 */
#define OAUTH_PARAM_ALGS              "algs"              /* RFC 9449 section 7.1 */
#define OAUTH_PARAM_ACR_VALUES        "acr_values"        /* RFC 9470 section 3 */
#define OAUTH_PARAM_MAX_AGE           "max_age"           /* RFC 9470 section 3 */

/* One challenge to build. Start from oauth_challenge_init, then set what you need; an
 * absent or empty field is left out of the challenge. */
typedef struct oauth_challenge {
    oauth_string scheme;            /* auth-scheme, a token; absent or empty: "Bearer" */
    oauth_string realm;             /* VCHAR, SP and HTAB; escaped as needed */
    oauth_string scope;             /* scope-tokens joined by single SPs */
    oauth_string error;             /* an error code; see oauth_challenge_set_error */
    oauth_string error_description; /* %x20-21 / %x23-5B / %x5D-7E; needs error */
    oauth_string error_uri;         /* %x21 / %x23-5B / %x5D-7E; needs error */
    const oauth_auth_param *params; /* extension auth-params, written in this order */
    size_t param_count;
} oauth_challenge;

/* What the builder does with an error_description or error_uri that breaks its rule. */
typedef enum oauth_challenge_policy {
    /* Reject it: the build fails and names the field and the byte. */
    OAUTH_CHALLENGE_STRICT = 0,
    /* Never fail because of the bytes of these two fields, which often carry text from
     * elsewhere, such as a JWT library's message. A bad error_description is replaced by the
     * default description of an RFC 6750 code, or dropped for any other code. A bad error_uri
     * is dropped, and both are dropped when error is absent. Every other field is server
     * configuration and is still checked as under the strict policy. */
    OAUTH_CHALLENGE_SAFE,
    /* Private: widens the range so that converting any int to this type is defined in
     * C++ too. Values other than OAUTH_CHALLENGE_SAFE act as OAUTH_CHALLENGE_STRICT. */
    OAUTH__CHALLENGE_POLICY_RANGE_MIN = -0x7fffffff - 1,
    OAUTH__CHALLENGE_POLICY_RANGE_MAX = 0x7fffffff
} oauth_challenge_policy;

/* The part of a challenge where a build or join failed. */
typedef enum oauth_challenge_field {
    OAUTH_CHALLENGE_FIELD_NONE = 0,
    OAUTH_CHALLENGE_FIELD_SCHEME,
    OAUTH_CHALLENGE_FIELD_REALM,
    OAUTH_CHALLENGE_FIELD_SCOPE,
    OAUTH_CHALLENGE_FIELD_ERROR,
    OAUTH_CHALLENGE_FIELD_ERROR_DESCRIPTION,
    OAUTH_CHALLENGE_FIELD_ERROR_URI,
    OAUTH_CHALLENGE_FIELD_PARAM_NAME,  /* the name of params[param_index] */
    OAUTH_CHALLENGE_FIELD_PARAM_VALUE, /* the value of params[param_index] */
    OAUTH_CHALLENGE_FIELD_CHALLENGE,   /* challenges[param_index] given to the join */
    /* Private: see oauth_challenge_policy. */
    OAUTH__CHALLENGE_FIELD_RANGE_MIN = -0x7fffffff - 1,
    OAUTH__CHALLENGE_FIELD_RANGE_MAX = 0x7fffffff
} oauth_challenge_field;

/* The builder's errors, written once: enum suffix and message. Each message states the
 * rule that was broken and its source. */
#define OAUTH_CHALLENGE_ERRORS(X)                                                              \
    X(NULL_POINTER, "a NULL pointer was given with a non-zero length")                         \
    X(NOT_TOKEN, "not a token: only letters, digits and !#$%&'*+-.^_`|~ are allowed "          \
                 "(RFC 9110 section 5.6.2)")                                                   \
    X(NOT_NQSCHAR, "only %x20-21 / %x23-5B / %x5D-7E are allowed: no double quote, "           \
                   "backslash, control character or non-ASCII byte (RFC 6750 section 3)")      \
    X(NOT_URI_CHAR, "only %x21 / %x23-5B / %x5D-7E are allowed: no space, double quote, "      \
                    "backslash, control character or non-ASCII byte (RFC 6750 section 3)")     \
    X(NOT_SCOPE, "must be scope-tokens of %x21 / %x23-5B / %x5D-7E joined by single spaces, "  \
                 "with no leading or trailing space (RFC 6749 section 3.3)")                   \
    X(NOT_QUOTABLE, "only VCHAR, SP and HTAB are allowed: no CR, LF, NUL, other control "      \
                    "character or non-ASCII byte (RFC 9110 section 5.5)")                      \
    X(NOT_INTEGER, "max_age must be a non-negative integer written with digits only "          \
                   "(RFC 9470 section 3)")                                                     \
    X(RESERVED_NAME, "realm, scope, error, error_description and error_uri have their own "    \
                     "fields, which check their rules: set them there")                        \
    X(DUPLICATE_NAME, "the parameter name appears twice, compared case-insensitively "         \
                      "(RFC 9110 section 11.2)")                                               \
    X(MISSING_ERROR, "error_description and error_uri describe an error code, so they need "   \
                     "error (RFC 6750 section 3)")                                             \
    X(TOO_LONG, "the challenge would be longer than SIZE_MAX bytes")                           \
    X(NO_CHALLENGES, "a WWW-Authenticate field needs at least one challenge "                  \
                     "(RFC 9110 section 11.6.1)")                                              \
    X(NOT_CHALLENGE, "not a challenge: empty, not starting with a token, ending with "         \
                     "whitespace or a comma, with an unclosed quoted-string, or holding a "    \
                     "control character (RFC 9110 sections 5.5, 5.6 and 11.3)")                \
    X(BUFFER_TOO_SMALL, "the buffer is too small: call again with the returned length + 1")

/* An error of oauth_challenge_build or oauth_challenges_join. */
typedef enum oauth_challenge_error {
    OAUTH_CHALLENGE_OK = 0,
#define OAUTH__CHALLENGE_ERROR_ENUM(id, message) OAUTH_CHALLENGE_ERROR_##id,
    OAUTH_CHALLENGE_ERRORS(OAUTH__CHALLENGE_ERROR_ENUM)
#undef OAUTH__CHALLENGE_ERROR_ENUM
    /* The number of values above. Not an error. */
    OAUTH_CHALLENGE_ERROR_COUNT,
    /* Private: see oauth_challenge_policy. */
    OAUTH__CHALLENGE_ERROR_RANGE_MIN = -0x7fffffff - 1,
    OAUTH__CHALLENGE_ERROR_RANGE_MAX = 0x7fffffff
} oauth_challenge_error;

/* Bits of oauth_challenge_result.sanitized: what the safe policy changed. */
#define OAUTH_CHALLENGE_SANITIZED_ERROR_DESCRIPTION 0x1u /* replaced by default, or dropped */
#define OAUTH_CHALLENGE_SANITIZED_ERROR_URI         0x2u /* dropped */

/* The outcome of a build or join. */
typedef struct oauth_challenge_result {
    oauth_challenge_error error; /* OAUTH_CHALLENGE_OK on success */
    oauth_challenge_field field; /* where the error is; OAUTH_CHALLENGE_FIELD_NONE if none */
    size_t param_index;          /* index into params or challenges; 0 for other fields */
    size_t offset;               /* byte offset of the error within that field's bytes */
    unsigned sanitized; /* OAUTH_CHALLENGE_SANITIZED_* bits; 0 under the strict policy */
} oauth_challenge_result;

/* Sets every field of *challenge to absent: the bare challenge "Bearer". NULL is a no-op. */
OAUTH_EXT_ERROR_API void oauth_challenge_init(oauth_challenge *challenge);

/* Sets challenge->error to the registered string of code, or to absent when code is not
 * one of the three RFC 6750 codes (OAUTH_EXT_ERROR_NONE included). For a registry code
 * outside RFC 6750, such as use_dpop_nonce (RFC 9449 section 9) or
 * insufficient_user_authentication (RFC 9470 section 3), set the string directly:
 * challenge.error = oauth_cstr("use_dpop_nonce"). A NULL challenge is a no-op. */
OAUTH_EXT_ERROR_API void oauth_challenge_set_error(oauth_challenge *challenge,
                                                   oauth_ext_error code);

/* Builds one challenge into buffer and returns its length without the NUL, the way snprintf
 * does: call with (NULL, 0) to learn the length n, then with a buffer of n + 1 bytes.
 * The challenge is the scheme, one SP, then realm, scope, error, error_description,
 * error_uri (the order of RFC 6750 section 3) and the extension params in their array
 * order, each as name="value", separated by ", ". Absent or empty fields and params with
 * an empty value are left out; with none left the challenge is the bare scheme.
 * Checks, each failure named in *result with its field and byte offset:
 *   - scheme and param names are tokens (NOT_TOKEN);
 *   - error and error_description hold only %x20-21 / %x23-5B / %x5D-7E (NOT_NQSCHAR);
 *   - error_uri holds only %x21 / %x23-5B / %x5D-7E (NOT_URI_CHAR);
 *   - scope is scope-tokens of those bytes joined by single SPs (NOT_SCOPE);
 *   - realm and param values hold only VCHAR, SP and HTAB (NOT_QUOTABLE), and `"` and `\`
 *     in them are sent as quoted-pairs; CR, LF, NUL and other controls fail in every field;
 *   - a max_age value is digits only (NOT_INTEGER);
 *   - no param is named like a core field (RESERVED_NAME) or like an earlier param,
 *     ignoring case (DUPLICATE_NAME); this check is quadratic in param_count;
 *   - error_description and error_uri need error (MISSING_ERROR);
 *   - NULL data with a non-zero length, a NULL challenge, and params NULL with a non-zero
 *     param_count fail with NULL_POINTER.
 * Under OAUTH_CHALLENGE_SAFE, error_description and error_uri are replaced or dropped
 * instead of failing, as that policy's comment describes.
 * On a failed check, returns 0, which no challenge has, and writes "" when size > 0.
 * When size <= the returned length (a NULL buffer counts as size 0), writes "" when
 * size > 0 and sets result->error to OAUTH_CHALLENGE_ERROR_BUFFER_TOO_SMALL: no
 * truncated challenge is ever left in the buffer. Otherwise writes the NUL-terminated
 * challenge. Never writes past buffer[size - 1]. `result` may be NULL. */
OAUTH_EXT_ERROR_API size_t oauth_challenge_build(const oauth_challenge *challenge,
                                                 oauth_challenge_policy policy, char *buffer,
                                                 size_t size, oauth_challenge_result *result);

/* Joins `count` challenges into one WWW-Authenticate field value, separated by ", ", with
 * the same return value and buffer rules as oauth_challenge_build. Separate field lines,
 * one challenge each, are the interoperable default, because some user agents do not
 * recognize several challenges on one line (RFC 9110 section 11.6.1). Join only for a
 * caller that can send one line. Each challenge must be non-empty, start with a token
 * character (its auth-scheme), not end with SP, HTAB or a comma, close every
 * quoted-string it opens, and contain no control character but HTAB (NOT_CHALLENGE, with
 * param_index naming it and offset the byte). Its parameters are not checked again: pass
 * challenges that oauth_challenge_build wrote. count 0 fails with
 * NO_CHALLENGES, and challenges NULL with a non-zero count with NULL_POINTER. */
OAUTH_EXT_ERROR_API size_t oauth_challenges_join(const oauth_string *challenges, size_t count,
                                                 char *buffer, size_t size,
                                                 oauth_challenge_result *result);

/* Returns the HTTP status to send with challenge. That is 401 when it has no error (a
 * NULL challenge included), and 400, 401 or 403 for the three RFC 6750 codes (RFC 6750
 * section 3.1). Every other error code gives 401, the status that must carry a challenge
 * (RFC 9110 section 11.6.1). That default is right for invalid_dpop_proof and
 * use_dpop_nonce (RFC 9449 sections 7.1 and 9) and for insufficient_user_authentication
 * (the examples of RFC 9470 section 3). */
OAUTH_EXT_ERROR_API int oauth_challenge_http_status(const oauth_challenge *challenge);

/* Returns the English message of an error (the rule it stands for), "no error" for
 * OAUTH_CHALLENGE_OK, or NULL for a value that is not an error. */
OAUTH_EXT_ERROR_API const char *oauth_challenge_error_message(oauth_challenge_error error);

/* Returns the name of a field as it appears in a challenge ("realm", "error_description",
 * ...), "auth-param name", "auth-param value" or "challenge" for the last three, or NULL
 * for OAUTH_CHALLENGE_FIELD_NONE and values that are not fields. */
OAUTH_EXT_ERROR_API const char *oauth_challenge_field_name(oauth_challenge_field field);

/* ===================================================================================
 * Challenge parser: reading a WWW-Authenticate field value (RFC 9110 section 11)
 * =================================================================================== */

/* Why a field value failed to parse. Values are stable: new codes are appended. Each
 * comes with the byte offset where parsing stopped (see oauth_challenge_parser). */
typedef enum oauth_parse_error {
    OAUTH_PARSE_OK = 0,
    /* Empty field value, or only whitespace and commas: a WWW-Authenticate field contains
     * at least one challenge (RFC 9110 section 11.6.1). Offset: the length. */
    OAUTH_PARSE_ERROR_NO_CHALLENGE = -1,
    /* A quoted-string without its closing DQUOTE. Offset: the length. */
    OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE = -2,
    /* A quoted-string whose last byte is a lone backslash. Offset: the length. */
    OAUTH_PARSE_ERROR_TRAILING_BACKSLASH = -3,
    /* A CTL octet (%x00-1F / %x7F, so CR, LF and NUL too) where the grammar allows none:
     * anywhere except HTAB as whitespace or inside a quoted-string (RFC 9110 section 5.5).
     * Offset: that byte. */
    OAUTH_PARSE_ERROR_CONTROL_CHAR = -4,
    /* An auth-param whose "=" is followed by a comma or the end, as in `error=, scope=x`.
     * Offset: the byte after the "=" and its whitespace. */
    OAUTH_PARSE_ERROR_MISSING_VALUE = -5,
    /* Something other than a comma after a value, an auth-scheme or a token68, as in
     * `realm="a" scope="b"`. Offset: that byte. */
    OAUTH_PARSE_ERROR_MISSING_COMMA = -6,
    /* An auth-param after a token68 in the same challenge (RFC 9110 section 11.2 allows
     * one or the other). Offset: the auth-param's name. */
    OAUTH_PARSE_ERROR_TOKEN68_WITH_PARAMS = -7,
    /* An auth-param name repeated within one challenge, compared case-insensitively
     * (RFC 9110 section 11.2). Offset: the second occurrence of the name. */
    OAUTH_PARSE_ERROR_DUPLICATE_PARAM = -8,
    /* A byte that cannot start what the grammar expects there: an auth-scheme, an
     * auth-param name, a token68 or a value, as in `=abc` or `realm=@`. Offset: that byte. */
    OAUTH_PARSE_ERROR_INVALID_CHAR = -9,
    /* An auth-param where a challenge must start: at the beginning of the field value, or
     * after a scheme that a comma follows directly, as in `Bearer, error="x"`. A scheme
     * takes auth-params only after one or more SP (RFC 9110 section 11.3). Offset: the
     * auth-param's name. */
    OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME = -10,
    /* A challenge has more auth-params than the caller's array holds. Offset: the name of
     * the first auth-param that did not fit. */
    OAUTH_PARSE_ERROR_TOO_MANY_PARAMS = -11,
    /* A required pointer argument is NULL. Offset: 0. */
    OAUTH_PARSE_ERROR_NULL_ARGUMENT = -12,
    /* Private: these two widen the enum's range to every int, so that converting any int
     * to this type is defined behaviour in C++ too. Not codes. */
    OAUTH__PARSE_ERROR_RANGE_MIN = -0x7fffffff - 1,
    OAUTH__PARSE_ERROR_RANGE_MAX = 0x7fffffff
} oauth_parse_error;

/* Returns a short English message for error, such as "unterminated quoted-string":
 * "no error" for OAUTH_PARSE_OK and "unknown parse error" for any other value. Never
 * NULL. */
OAUTH_EXT_ERROR_API const char *oauth_parse_error_message(oauth_parse_error error);

/* One auth-param of a parsed challenge, as views into the parsed field value. */
typedef struct oauth_auth_param_view {
    oauth_string name;  /* as written; names compare case-insensitively */
    oauth_string value; /* a token, or the bytes between the DQUOTEs of a quoted-string */
    int quoted;         /* 1 when the value was a quoted-string */
    int escaped;        /* 1 when value contains quoted-pairs: read it with oauth_unescape */
} oauth_auth_param_view;

/* One challenge: auth-scheme [ 1*SP ( token68 / #auth-param ) ] (RFC 9110 section 11.3).
 * A challenge has a token68 or auth-params, never both, and may have neither. */
typedef struct oauth_challenge_view {
    oauth_string scheme;                 /* as written, e.g. "Bearer" or "bearer" */
    oauth_string token68;                /* {NULL, 0} unless the challenge has a token68 */
    const oauth_auth_param_view *params; /* the caller's array, in input order */
    size_t param_count;
} oauth_challenge_view;

/* Option of oauth_challenge_parser_init and oauth_resource_challenge_find: also accept
 * auth-params separated by whitespace instead of a comma, as in `realm="a" error="b"`,
 * which some servers send although RFC 9110 section 11.3 requires the comma. Only
 * `token BWS "="` after the whitespace counts as the next auth-param, so a challenge
 * still ends at a comma, and `realm=x y` is still OAUTH_PARSE_ERROR_MISSING_COMMA. */
#define OAUTH_PARSE_SPACE_SEPARATED_PARAMS 0x1u

/* The state of a parse over one field value. Read `error` and `offset`, and treat the
 * other members as private. */
typedef struct oauth_challenge_parser {
    const char *input;
    size_t length;
    size_t offset;           /* next byte to read; after a failure, where parsing stopped */
    oauth_parse_error error; /* OAUTH_PARSE_OK, or the error that stopped the parser */
    unsigned options;
    size_t challenge_count;
} oauth_challenge_parser;

/* Starts a parse of one WWW-Authenticate field value: `length` bytes at `input`, which
 * need not be NUL-terminated and are never read past `length`. Several field lines are
 * one value when joined with ", " (RFC 9110 section 5.3). `options` is 0 or
 * OAUTH_PARSE_SPACE_SEPARATED_PARAMS. A NULL input is parsed as an empty one, and so
 * gives OAUTH_PARSE_ERROR_NO_CHALLENGE. Does nothing when parser is NULL. */
OAUTH_EXT_ERROR_API void oauth_challenge_parser_init(oauth_challenge_parser *parser,
                                                     const char *input, size_t length,
                                                     unsigned options);

/* Parses the next challenge into *challenge, its auth-params into params[0..capacity-1].
 * Returns 1 when it stored a challenge, 0 at the end of the list (and on every later
 * call), or a negative oauth_parse_error, which it also stores in parser->error with the
 * offset in parser->offset; every later call returns the same error.
 *
 * The grammar is RFC 9110 sections 11.3 and 5.6, with the empty list elements, OWS and
 * BWS a recipient must accept. After a comma, `token BWS "="` continues the auth-params
 * of the current challenge and any other token starts a new challenge. The first element
 * after a scheme is a token68 when the token68 with its "=" padding runs up to a comma or
 * the end, so `Bearer error=` is the token68 "error=", and an auth-param otherwise.
 * Scheme and names compare case-insensitively in ASCII, values are left as written.
 *
 * Errors: OAUTH_PARSE_ERROR_NULL_ARGUMENT when parser or challenge is NULL (the parser
 * is left unchanged), OAUTH_PARSE_ERROR_TOO_MANY_PARAMS when the challenge has more than
 * `capacity` auth-params (a NULL params counts as capacity 0), and the syntax errors of
 * oauth_parse_error. After any return other than 1, *challenge is empty: no scheme, no
 * token68, no params. Runs in time linear in the input, without recursion or allocation.
 * The duplicate check adds at most capacity * capacity / 2 name-length comparisons per
 * challenge. */
OAUTH_EXT_ERROR_API int oauth_challenge_parser_next(oauth_challenge_parser *parser,
                                                    oauth_challenge_view *challenge,
                                                    oauth_auth_param_view *params,
                                                    size_t capacity);

/* Returns 1 when the challenge's scheme is the NUL-terminated `scheme`, compared
 * case-insensitively in ASCII (RFC 9110 section 11.1), else 0, also for a NULL
 * argument. */
OAUTH_EXT_ERROR_API int oauth_challenge_view_scheme_is(const oauth_challenge_view *challenge,
                                                       const char *scheme);

/* Returns the challenge's auth-param whose name is the NUL-terminated `name`, compared
 * case-insensitively in ASCII and in full (RFC 9110 section 11.2), so "scope" never
 * matches "error_scope". Returns NULL when there is none or an argument is NULL. */
OAUTH_EXT_ERROR_API const oauth_auth_param_view *
oauth_challenge_view_param(const oauth_challenge_view *challenge, const char *name);

/* Writes the value of a quoted-string, with each quoted-pair replaced by its octet
 * (RFC 9110 section 5.6.4: `\x` means x, so `\t` is "t"), and a NUL, into `buffer` of
 * `size` bytes. Returns the length of the value without the NUL, whether or not it fits:
 * it fits when the result is less than `size`, as with snprintf. When it does not fit,
 * and size is not 0, the buffer contains the empty string, never a truncated value. A
 * NULL buffer counts as size 0, a NULL value.data as the empty value. A token has no
 * backslash, so this copies a token as it is. A lone backslash at the end of `value`,
 * which the parser never returns, is copied as it is. */
OAUTH_EXT_ERROR_API size_t oauth_unescape(oauth_string value, char *buffer, size_t size);

/* Returns 1 when the param's value, with quoted-pairs replaced by their octets, is
 * exactly the NUL-terminated `expected`, compared case-sensitively as RFC 6750 section
 * 1.1 compares values. Returns 0 otherwise, also for a NULL argument or an absent param
 * (value.data NULL). */
OAUTH_EXT_ERROR_API int oauth_auth_param_view_equals(const oauth_auth_param_view *param,
                                                     const char *expected);

/* Schemes for oauth_resource_challenge_find, combinable with "|". */
#define OAUTH_SCHEME_BEARER 0x1u /* "Bearer", RFC 6750 section 3 */
#define OAUTH_SCHEME_DPOP   0x2u /* "DPoP", RFC 9449 section 7.1 */

/* The number of auth-params per challenge that oauth_resource_challenge_find can hold,
 * for the duplicate check. Define it before including the header to change it, to 1 to
 * 1024: the function keeps that many views on the stack, about 40 bytes each on a 64-bit
 * target. */
#ifndef OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS
#define OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS 32
#endif
#if OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS < 1 || OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS > 1024
#error "OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS must be 1 to 1024"
#endif

/* What the max_age auth-param held (RFC 9470 section 3: a non-negative integer of
 * seconds, as a token or a quoted-string). */
typedef enum oauth_max_age_status {
    OAUTH_MAX_AGE_ABSENT = 0, /* no max_age auth-param */
    OAUTH_MAX_AGE_VALID,      /* 1*DIGIT up to OAUTH_MAX_AGE_MAX: in max_age_seconds */
    OAUTH_MAX_AGE_INVALID,    /* empty, or a byte other than a digit, such as "-1" or "5s" */
    OAUTH_MAX_AGE_TOO_LARGE   /* only digits, but above OAUTH_MAX_AGE_MAX */
} oauth_max_age_status;

/* The largest max_age kept: 2^31 - 1 seconds, about 68 years, fits a long everywhere. */
#define OAUTH_MAX_AGE_MAX 2147483647L

/* The Bearer or DPoP challenge of a WWW-Authenticate field value, with the auth-params
 * that RFC 6750, RFC 9449, RFC 9470 and RFC 9728 define. Each auth-param is a view into
 * the input; an absent one has name.data and value.data NULL. A value with quoted-pairs
 * (escaped 1) reads correctly only through oauth_unescape or
 * oauth_auth_param_view_equals. */
typedef struct oauth_resource_challenge {
    unsigned scheme_id;  /* OAUTH_SCHEME_BEARER or OAUTH_SCHEME_DPOP; 0 when not found */
    oauth_string scheme; /* as written */
    oauth_auth_param_view realm; /* RFC 9110 section 11.5 */
    oauth_auth_param_view scope; /* RFC 6750 section 3 */
    oauth_auth_param_view error; /* RFC 6750 section 3, raw value */
    oauth_ext_error error_code;  /* error as an RFC 6750 code, else NONE */
    /* The first IANA registry row that error names, or NULL when error is absent or not
     * a registered value, such as a private extension's code. */
    const oauth_ext_error_registry_row *registered;
    oauth_auth_param_view error_description; /* RFC 6750 section 3 */
    oauth_auth_param_view error_uri;         /* RFC 6750 section 3 */
    oauth_auth_param_view resource_metadata; /* RFC 9728 section 5.1 */
    oauth_auth_param_view algs;              /* RFC 9449 section 7.1 */
    oauth_auth_param_view acr_values;        /* RFC 9470 section 3 */
    oauth_auth_param_view max_age;           /* RFC 9470 section 3, raw value */
    oauth_max_age_status max_age_status;
    long max_age_seconds; /* 0..OAUTH_MAX_AGE_MAX when max_age_status is VALID, else 0 */
    size_t param_count;   /* every auth-param of the challenge, unknown ones included */
    oauth_parse_error parse_error; /* why the field value failed to parse, else OK */
    size_t offset; /* where parsing stopped when parse_error is not OK, else 0 */
} oauth_resource_challenge;

/* Parses the whole field value as oauth_challenge_parser_next does, with `options` as
 * there. Then fills *result from the first challenge whose scheme is one of `schemes`
 * (OAUTH_SCHEME_BEARER, OAUTH_SCHEME_DPOP or both), compared case-insensitively.
 * Auth-param names match in full, so `error_scope` is never scope and unknown names are
 * ignored (RFC 9449 section 7.1). error_code is the RFC 6750 code that error names,
 * after unescaping, or OAUTH_EXT_ERROR_NONE, and registered its row in the IANA registry.
 *
 * Returns 1 when it found such a challenge, 0 when the field value is valid but has none
 * (*result then has scheme_id 0 and no auth-params), or a negative oauth_parse_error,
 * also stored with its offset in result->parse_error and result->offset; every other
 * member is then cleared. A syntax error anywhere in the field value fails the whole
 * call, even after the wanted challenge, so that a client never acts on part of an
 * invalid field value. Each challenge may have at most OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS
 * auth-params, else OAUTH_PARSE_ERROR_TOO_MANY_PARAMS. A NULL result gives
 * OAUTH_PARSE_ERROR_NULL_ARGUMENT. */
OAUTH_EXT_ERROR_API int oauth_resource_challenge_find(const char *input, size_t length,
                                                      unsigned schemes, unsigned options,
                                                      oauth_resource_challenge *result);

/* ===================================================================================
 * Implementation
 * =================================================================================== */

/* Casts that read as C++ casts under C++, so -Wold-style-cast stays quiet. */
#ifdef __cplusplus
#define OAUTH__CAST(type, value) static_cast<type>(value)
#define OAUTH__NULL              nullptr
#else
#define OAUTH__CAST(type, value) ((type)(value))
#define OAUTH__NULL              ((void *)0)
#endif

/* Character classes of octets: RFC 9110 section 5.6.2 (tchar), section 11.2 (token68),
 * RFC 6749 Appendix A (NQCHAR) and RFC 9110 section 5.6.4 (qdtext). The table below is
 * written out as numbers, because they compile faster than an expansion of the rules.
 * test_core restates each rule and checks all 256 entries against it. */
#define OAUTH__CLASS_TCHAR   0x01u /* token: any VCHAR except delimiters */
#define OAUTH__CLASS_TOKEN68 0x02u /* ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" */
#define OAUTH__CLASS_NQCHAR  0x04u /* %x21 / %x23-5B / %x5D-7E */
#define OAUTH__CLASS_QDTEXT  0x08u /* HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text */

/* Returns the OAUTH__CLASS_* bits of octet c. */
static inline unsigned oauth__char_class(unsigned char c)
{
    /* clang-format off */
    static const unsigned char table[256] = {
         0,  0,  0,  0,  0,  0,  0,  0,  0,  8,  0,  0,  0,  0,  0,  0, /* 0x00 */
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0, /* 0x10 */
         8, 13,  0, 13, 13, 13, 13, 13, 12, 12, 13, 15, 12, 15, 15, 14, /* 0x20 */
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 12, 12, 12, 12, 12, 12, /* 0x30 */
        12, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, /* 0x40 */
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 12,  0, 12, 13, 15, /* 0x50 */
        13, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, /* 0x60 */
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 12, 13, 12, 15,  0, /* 0x70 */
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8, /* 0x80 */
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8, /* 0x90 */
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8, /* 0xa0 */
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8, /* 0xb0 */
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8, /* 0xc0 */
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8, /* 0xd0 */
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8, /* 0xe0 */
         8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8, /* 0xf0 */
    };
    /* clang-format on */
    return table[c];
}

/* Reads 8 bytes as one little-endian integer, so that the result is the same on every
 * machine. On little-endian GCC and Clang targets it is one unaligned load: Clang does not
 * always merge the byte loads of the portable form. */
static inline uint64_t oauth__load64(const char *p)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t value;

    __builtin_memcpy(&value, p, 8);
    return value;
#else
    const unsigned char *u = OAUTH__CAST(const unsigned char *, OAUTH__CAST(const void *, p));

    return OAUTH__CAST(uint64_t, u[0]) | OAUTH__CAST(uint64_t, u[1]) << 8 |
           OAUTH__CAST(uint64_t, u[2]) << 16 | OAUTH__CAST(uint64_t, u[3]) << 24 |
           OAUTH__CAST(uint64_t, u[4]) << 32 | OAUTH__CAST(uint64_t, u[5]) << 40 |
           OAUTH__CAST(uint64_t, u[6]) << 48 | OAUTH__CAST(uint64_t, u[7]) << 56;
#endif
}

/* Writes 8 bytes, the inverse of oauth__load64. */
static inline void oauth__store64(char *p, uint64_t value)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    __builtin_memcpy(p, &value, 8);
#else
    int i;

    for (i = 0; i < 8; i++)
        p[i] = OAUTH__CAST(char, OAUTH__CAST(unsigned char, value >> (8 * i)));
#endif
}

/* Reads 4 bytes as one little-endian integer. */
static inline uint32_t oauth__load32(const char *p)
{
    const unsigned char *u = OAUTH__CAST(const unsigned char *, OAUTH__CAST(const void *, p));

    return OAUTH__CAST(uint32_t, u[0]) | OAUTH__CAST(uint32_t, u[1]) << 8 |
           OAUTH__CAST(uint32_t, u[2]) << 16 | OAUTH__CAST(uint32_t, u[3]) << 24;
}

/* Compares n bytes. Reads whole words, the last one overlapping the one before it, so that
 * a comparison with a string literal of known length compiles to a few loads and XORs. It
 * never reads outside [a, a + n) or [b, b + n). */
static inline int oauth__bytes_equal(const char *a, const char *b, size_t n)
{
    uint64_t difference = 0;
    size_t i;

    if (n >= 8) {
        for (i = 0; i + 8 < n; i += 8)
            difference |= oauth__load64(a + i) ^ oauth__load64(b + i);
        return (difference | (oauth__load64(a + (n - 8)) ^ oauth__load64(b + (n - 8)))) == 0;
    }
    if (n >= 4)
        return ((oauth__load32(a) ^ oauth__load32(b)) |
                (oauth__load32(a + (n - 4)) ^ oauth__load32(b + (n - 4)))) == 0;
    for (i = 0; i < n; i++)
        difference |= OAUTH__CAST(uint64_t, OAUTH__CAST(unsigned char, a[i]) ^
                                                OAUTH__CAST(unsigned char, b[i]));
    return difference == 0;
}

/* ASCII lowercase of octet c, independent of the C locale. */
static inline unsigned char oauth__ascii_lower(unsigned char c)
{
    return c >= 0x41 && c <= 0x5a ? OAUTH__CAST(unsigned char, c + 0x20) : c;
}

/* Compares n bytes ignoring ASCII case (RFC 9110 sections 11.1 and 11.2). */
static inline int oauth__ascii_case_equal(const char *a, const char *b, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (oauth__ascii_lower(OAUTH__CAST(unsigned char, a[i])) !=
            oauth__ascii_lower(OAUTH__CAST(unsigned char, b[i])))
            return 0;
    }
    return 1;
}

/* Returns 1 when octet c is a tchar (RFC 9110 section 5.6.2). */
static inline int oauth__is_tchar(unsigned char c)
{
    return (oauth__char_class(c) & OAUTH__CLASS_TCHAR) != 0;
}

/* Returns 1 when octet c may appear in a token68 before its "=" padding (RFC 9110 section
 * 11.2). RFC 6750 section 2.1 calls the same set b64token. */
static inline int oauth__is_token68_char(unsigned char c)
{
    return (oauth__char_class(c) & OAUTH__CLASS_TOKEN68) != 0;
}

/* Returns 1 when octet c is an NQCHAR (RFC 6749 Appendix A): a scope-token character. */
static inline int oauth__is_nqchar(unsigned char c)
{
    return (oauth__char_class(c) & OAUTH__CLASS_NQCHAR) != 0;
}

/* Returns 1 when octet c is an NQSCHAR (RFC 6749 Appendix A): NQCHAR or SP, the set of
 * error and error_description. */
static inline int oauth__is_nqschar(unsigned char c)
{
    return c == 0x20 || oauth__is_nqchar(c);
}

/* Returns 1 when octet c is qdtext (RFC 9110 section 5.6.4): allowed unescaped inside a
 * quoted-string. */
static inline int oauth__is_qdtext(unsigned char c)
{
    return (oauth__char_class(c) & OAUTH__CLASS_QDTEXT) != 0;
}

/* ---- Core ---- */

OAUTH_EXT_ERROR_API oauth_string oauth_cstr(const char *cstr)
{
    oauth_string string = {cstr, 0};

    if (cstr) {
        while (cstr[string.length] != '\0')
            string.length++;
    }
    return string;
}

OAUTH_EXT_ERROR_API const oauth_ext_error_info *oauth_ext_error_get_info(oauth_ext_error code)
{
#define OAUTH__INFO_ROW(id, name, status, reason, rfc, section, description)                   \
    {OAUTH_EXT_ERROR_##id,                                                                     \
     name,                                                                                     \
     sizeof(name) - 1,                                                                         \
     status,                                                                                   \
     reason,                                                                                   \
     "RFC " #rfc,                                                                              \
     section,                                                                                  \
     "https://www.rfc-editor.org/rfc/rfc" #rfc "#section-" section,                            \
     description},
    static const oauth_ext_error_info rows[] = {OAUTH_EXT_ERROR_CODES(OAUTH__INFO_ROW)};
#undef OAUTH__INFO_ROW
    int value = OAUTH__CAST(int, code);

    /* Row i is enum value i + 1, because value 0 is OAUTH_EXT_ERROR_NONE. */
    if (value <= OAUTH_EXT_ERROR_NONE || value >= OAUTH_EXT_ERROR_COUNT)
        return OAUTH__NULL;
    return &rows[value - 1];
}

OAUTH_EXT_ERROR_API int oauth_ext_error_is_valid(oauth_ext_error code)
{
    return oauth_ext_error_get_info(code) != OAUTH__NULL;
}

OAUTH_EXT_ERROR_API const char *oauth_ext_error_name(oauth_ext_error code)
{
    const oauth_ext_error_info *info = oauth_ext_error_get_info(code);

    return info ? info->name : OAUTH__NULL;
}

OAUTH_EXT_ERROR_API oauth_ext_error oauth_ext_error_from_string(const char *string,
                                                                size_t length)
{
    /* The codes have distinct lengths, so the length picks the one candidate and a
     * fixed-size comparison decides. Two codes of equal length would be a duplicate
     * case label here, a compile error rather than a silent miss. The NULL check sits
     * inside the cases, so most strings that are not codes skip it. */
    switch (length) {
#define OAUTH__LENGTH_CASE(id, name, status, reason, rfc, section, description)                \
    case sizeof(name) - 1:                                                                     \
        return string && oauth__bytes_equal(string, name, sizeof(name) - 1)                    \
                   ? OAUTH_EXT_ERROR_##id                                                      \
                   : OAUTH_EXT_ERROR_NONE;
        OAUTH_EXT_ERROR_CODES(OAUTH__LENGTH_CASE)
#undef OAUTH__LENGTH_CASE
    default:
        return OAUTH_EXT_ERROR_NONE;
    }
}

OAUTH_EXT_ERROR_API oauth_ext_error oauth_ext_error_from_cstr(const char *string)
{
    /* A union is as large as its largest member, so this one's size is the length of the
     * longest code plus one: enough bytes to tell any longer string apart. */
    union oauth__longest_code {
#define OAUTH__UNION_MEMBER(id, name, status, reason, rfc, section, description)               \
    char oauth__code_##id[sizeof(name)];
        OAUTH_EXT_ERROR_CODES(OAUTH__UNION_MEMBER)
#undef OAUTH__UNION_MEMBER
    };
    size_t length = 0;

    if (!string)
        return OAUTH_EXT_ERROR_NONE;
    while (length < sizeof(union oauth__longest_code) && string[length] != '\0')
        length++;
    return oauth_ext_error_from_string(string, length);
}

OAUTH_EXT_ERROR_API int oauth_ext_error_http_status(oauth_ext_error code)
{
    const oauth_ext_error_info *info = oauth_ext_error_get_info(code);

    return info ? info->http_status : 0;
}

OAUTH_EXT_ERROR_API const char *oauth_ext_error_reason_phrase(oauth_ext_error code)
{
    const oauth_ext_error_info *info = oauth_ext_error_get_info(code);

    return info ? info->reason : OAUTH__NULL;
}

OAUTH_EXT_ERROR_API const char *oauth_ext_error_spec(oauth_ext_error code)
{
    const oauth_ext_error_info *info = oauth_ext_error_get_info(code);

    return info ? info->spec : OAUTH__NULL;
}

OAUTH_EXT_ERROR_API const char *oauth_ext_error_spec_section(oauth_ext_error code)
{
    const oauth_ext_error_info *info = oauth_ext_error_get_info(code);

    return info ? info->section : OAUTH__NULL;
}

OAUTH_EXT_ERROR_API const char *oauth_ext_error_spec_uri(oauth_ext_error code)
{
    const oauth_ext_error_info *info = oauth_ext_error_get_info(code);

    return info ? info->uri : OAUTH__NULL;
}

OAUTH_EXT_ERROR_API const char *oauth_ext_error_description(oauth_ext_error code)
{
    const oauth_ext_error_info *info = oauth_ext_error_get_info(code);

    return info ? info->description : OAUTH__NULL;
}

/* ---- Registry ---- */

/* The lookup hashes 8 bytes from each end of a name, so every name must be 8 to 32 bytes
 * long. A row added to OAUTH_EXT_ERROR_REGISTRY_ROWS that breaks this, or that does not
 * match OAUTH_EXT_ERROR_REGISTRY_COUNT, fails to compile here (a negative array size)
 * instead of leaving a zero-filled row or a name the lookup cannot find. */
#define OAUTH__REGISTRY_NAME_MIN 8
#define OAUTH__REGISTRY_NAME_MAX 32
#define OAUTH__REGISTRY_PLUS_ONE(name, usage, extension, controller, reference, status,        \
                                 source)                                                       \
    +1 /* NOLINT(bugprone-macro-parentheses): one term of a sum */
#define OAUTH__REGISTRY_PLUS_ONE_IF_MISFIT(name, usage, extension, controller, reference,      \
                                           status, source)                                     \
    +(sizeof(name) - 1 < OAUTH__REGISTRY_NAME_MIN || /* NOLINT(bugprone-macro-parentheses) */  \
      sizeof(name) - 1 > OAUTH__REGISTRY_NAME_MAX)
#define OAUTH__REGISTRY_ROWS_WRITTEN (0 OAUTH_EXT_ERROR_REGISTRY_ROWS(OAUTH__REGISTRY_PLUS_ONE))
#define OAUTH__REGISTRY_MISFITS                                                                \
    (0 OAUTH_EXT_ERROR_REGISTRY_ROWS(OAUTH__REGISTRY_PLUS_ONE_IF_MISFIT))
typedef char oauth__registry_count_check
    [OAUTH__REGISTRY_ROWS_WRITTEN == OAUTH_EXT_ERROR_REGISTRY_COUNT ? 1 : -1];
typedef char oauth__registry_length_check[OAUTH__REGISTRY_MISFITS == 0 ? 1 : -1];
#undef OAUTH__REGISTRY_MISFITS
#undef OAUTH__REGISTRY_ROWS_WRITTEN
#undef OAUTH__REGISTRY_PLUS_ONE_IF_MISFIT
#undef OAUTH__REGISTRY_PLUS_ONE

static inline const oauth_ext_error_registry_row *oauth__registry_rows(void)
{
#define OAUTH__REGISTRY_ROW(name, usage, extension, controller, reference, status, source)     \
    {name, sizeof(name) - 1, usage, extension, controller, reference, status, source},
    static const oauth_ext_error_registry_row rows[OAUTH_EXT_ERROR_REGISTRY_COUNT] = {
        OAUTH_EXT_ERROR_REGISTRY_ROWS(OAUTH__REGISTRY_ROW)};
#undef OAUTH__REGISTRY_ROW
    return rows;
}

/* A perfect hash of the registered names: distinct names land in distinct slots of a
 * 256-entry table. Each slot contains 0 (no name) or 1 + the index of the first row with
 * that name. scripts/registry.py searches for the multiplier and prints the table, and
 * test_registry checks both against the rows. When IANA adds a value, run the script
 * again: the old multiplier may put two names in one slot. */
#define OAUTH__REGISTRY_MULTIPLIER 0x8c8a1f148a8bb259u
#define OAUTH__REGISTRY_SLOT_COUNT 256

static inline const unsigned char *oauth__registry_slots(void)
{
    /* clang-format off */
    static const unsigned char slots[OAUTH__REGISTRY_SLOT_COUNT] = {
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0, 22,  0,  0,
         0,  0,  0,  0,  0,  9,  0,  0,  0,  0,  0,  0, 29,  0,  0,  1,
         0,  0, 39,  0,  0,  0,  2, 12, 26,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0,  0, 42,  0,  0, 38,  0,  0,  0,  0,  7,  0,  0,
         0,  0,  0,  0,  0,  0, 17,  0,  0,  0,  0,  0, 16,  0,  0, 18,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0, 10,  0,  0,  0,
        48,  0, 47, 30,  0,  0,  0,  0,  0,  0,  0,  0,  0, 24,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0, 33,  0,  0,  0,
        46,  0,  0,  0,  0,  0, 20,  0,  0,  0,  0,  0,  8,  0,  0, 14,
         0,  0,  0,  0,  0,  0, 45,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0, 19, 15, 49,  0,  0,  0,  6,  0,  0, 35, 36,  0,  0,
         0,  0,  0, 50,  0,  5, 34,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         0, 27,  0, 25,  3,  0,  0,  0,  0,  0,  0, 21, 32,  0,  0, 11,
         0, 37,  0,  0,  0,  0,  0,  0, 23,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0, 43,  0,  0,  0,  0, 28,  0,  0,  0,  0,  4,  0,
         0, 44,  0,  0,  0, 13,  0,  0, 41,  0,  0,  0,  0,  0, 40,  0,
    };
    /* clang-format on */
    return slots;
}

/* Returns the slot of a name of OAUTH__REGISTRY_NAME_MIN bytes or more. It reads the first
 * and the last 8 bytes, which may overlap, and mixes them and the length with two
 * multiplications. */
static inline unsigned oauth__registry_slot(const char *name, size_t length)
{
    uint64_t mixed = oauth__load64(name) ^ OAUTH__CAST(uint64_t, length);

    mixed *= OAUTH__REGISTRY_MULTIPLIER;
    mixed = (mixed ^ oauth__load64(name + length - 8)) * OAUTH__REGISTRY_MULTIPLIER;
    return OAUTH__CAST(unsigned, mixed >> 56);
}

/* Returns 1 when row's name is exactly the `length` bytes at name. */
static inline int oauth__registry_row_is(const oauth_ext_error_registry_row *row,
                                         const char *name, size_t length)
{
    return row->name_length == length && oauth__bytes_equal(row->name, name, length);
}

OAUTH_EXT_ERROR_API const oauth_ext_error_registry_row *
oauth_ext_error_registry_row_at(size_t index)
{
    if (index >= OAUTH_EXT_ERROR_REGISTRY_COUNT)
        return OAUTH__NULL;
    return &oauth__registry_rows()[index];
}

OAUTH_EXT_ERROR_API size_t oauth_ext_error_registry_find_index(const char *name, size_t length,
                                                               size_t start)
{
    const oauth_ext_error_registry_row *rows = oauth__registry_rows();
    size_t index;
    unsigned slot;

    if (!name || start >= OAUTH_EXT_ERROR_REGISTRY_COUNT)
        return OAUTH_EXT_ERROR_REGISTRY_COUNT;

    /* The length check comes first, so the hash never reads outside the input. */
    if (length < OAUTH__REGISTRY_NAME_MIN || length > OAUTH__REGISTRY_NAME_MAX)
        return OAUTH_EXT_ERROR_REGISTRY_COUNT;
    slot = oauth__registry_slots()[oauth__registry_slot(name, length)];
    if (slot == 0 || !oauth__registry_row_is(&rows[slot - 1], name, length))
        return OAUTH_EXT_ERROR_REGISTRY_COUNT;

    /* The slot contains the first row with this name. A name with several rows is rare (only
     * "access_denied" today), so the later ones are found by a scan from start. */
    index = slot - 1;
    if (index >= start)
        return index;
    for (index = start; index < OAUTH_EXT_ERROR_REGISTRY_COUNT; index++) {
        if (oauth__registry_row_is(&rows[index], name, length))
            return index;
    }
    return OAUTH_EXT_ERROR_REGISTRY_COUNT;
}

OAUTH_EXT_ERROR_API const oauth_ext_error_registry_row *
oauth_ext_error_registry_find(const char *name, size_t length)
{
    return oauth_ext_error_registry_row_at(
        oauth_ext_error_registry_find_index(name, length, 0));
}

OAUTH_EXT_ERROR_API const oauth_ext_error_registry_row *
oauth_ext_error_registry_find_cstr(const char *name)
{
    size_t length = 0;

    if (!name)
        return OAUTH__NULL;

    /* One byte more than the longest name is enough to tell any longer string apart. */
    while (length <= OAUTH__REGISTRY_NAME_MAX && name[length] != '\0')
        length++;
    return oauth_ext_error_registry_find(name, length);
}

OAUTH_EXT_ERROR_API oauth_ext_error
oauth_ext_error_from_registry_row(const oauth_ext_error_registry_row *row)
{
    if (!row)
        return OAUTH_EXT_ERROR_NONE;
    return oauth_ext_error_from_string(row->name, row->name_length);
}

OAUTH_EXT_ERROR_API const oauth_ext_error_registry_row *
oauth_ext_error_to_registry_row(oauth_ext_error code)
{
    const oauth_ext_error_info *info = oauth_ext_error_get_info(code);

    if (!info)
        return OAUTH__NULL;
    return oauth_ext_error_registry_find(info->name, info->name_length);
}

/* ---- Token extraction ---- */

/* Sets the credentials for malformed input. The description sits here so that every
 * error_description oauth_bearer_extract returns is written in one place. */
static inline oauth_bearer_result
oauth__bearer_malformed(oauth_bearer_credentials *out, const char *description, size_t offset)
{
    if (out) {
        out->error = OAUTH_EXT_ERROR_INVALID_REQUEST;
        out->error_description = description;
        out->error_offset = offset;
    }
    return OAUTH_BEARER_MALFORMED;
}

OAUTH_EXT_ERROR_API oauth_bearer_result oauth_bearer_extract(const char *value, size_t length,
                                                             oauth_bearer_credentials *out)
{
    size_t start = 0, end = length, position, token_start;

    if (out) {
        out->token.data = OAUTH__NULL;
        out->token.length = 0;
        out->error = OAUTH_EXT_ERROR_NONE;
        out->error_description = OAUTH__NULL;
        out->error_offset = 0;
    }
    if (!value)
        return OAUTH_BEARER_NONE;

    /* A field value excludes leading and trailing whitespace (RFC 9110 section 5.5). */
    while (start < end && (value[start] == ' ' || value[start] == '\t'))
        start++;
    while (end > start && (value[end - 1] == ' ' || value[end - 1] == '\t'))
        end--;

    /* The auth-scheme is the whole first token (RFC 9110 section 11.1), so "BearerX abc" is
     * another scheme. Any other byte after "Bearer" makes malformed Bearer credentials. */
    // cppcheck-suppress knownConditionTrueFalse ; false positive: any length may come in
    if (end - start < 6 || !oauth__ascii_case_equal(value + start, "Bearer", 6))
        return OAUTH_BEARER_NONE;
    position = start + 6;
    if (position < end && oauth__is_tchar(OAUTH__CAST(unsigned char, value[position])))
        return OAUTH_BEARER_NONE;

    if (position == end)
        return oauth__bearer_malformed(out, "The Bearer credentials have no token", position);

    /* credentials = "Bearer" 1*SP b64token (RFC 6750 section 2.1): HTAB is not SP. */
    if (value[position] == '\t')
        return oauth__bearer_malformed(
            out, "Only SP may separate Bearer from the token, not HTAB (RFC 6750 section 2.1)",
            position);
    if (value[position] != ' ')
        return oauth__bearer_malformed(
            out, "Bearer must be followed by SP and the token (RFC 6750 section 2.1)",
            position);

    /* Coverage: the trim left no SP or HTAB at the end, so both tests below stop at a byte
     * before `end`, and their `position < end` never fails. */
    while (position < end && value[position] == ' ') /* GCOVR_EXCL_BR_LINE */
        position++;
    if (position < end && value[position] == '\t') /* GCOVR_EXCL_BR_LINE */
        return oauth__bearer_malformed(
            out, "Only SP may separate Bearer from the token, not HTAB (RFC 6750 section 2.1)",
            position);

    token_start = position;
    while (position < end &&
           oauth__is_token68_char(OAUTH__CAST(unsigned char, value[position])))
        position++;
    if (position == token_start)
        return oauth__bearer_malformed(
            out, "The token must start with a letter, a digit or one of -._~+/", position);
    while (position < end && value[position] == '=')
        position++;

    if (position < end) {
        unsigned char c = OAUTH__CAST(unsigned char, value[position]);
        size_t next = position;

        /* Whitespace and then more token text is a second token; whitespace and then any
         * other byte is reported at that byte. Coverage: the trim left a byte other than SP
         * or HTAB before end, so `next < end` never fails. */
        for (; next < end; next++) { /* GCOVR_EXCL_BR_LINE */
            if (value[next] != ' ' && value[next] != '\t')
                break;
        }
        if (next > position && oauth__is_token68_char(OAUTH__CAST(unsigned char, value[next])))
            return oauth__bearer_malformed(
                out, "The Bearer credentials hold more than one token", position);
        if (next > position)
            return oauth__bearer_malformed(
                out, "The token holds a byte outside b64token (RFC 6750 section 2.1)", next);
        if (oauth__is_token68_char(c))
            return oauth__bearer_malformed(out, "Only = padding may follow an = in the token",
                                           position);
        return oauth__bearer_malformed(
            out, "The token holds a byte outside b64token (RFC 6750 section 2.1)", position);
    }

    if (out) {
        out->token.data = value + token_start;
        out->token.length = position - token_start;
    }
    return OAUTH_BEARER_TOKEN;
}

OAUTH_EXT_ERROR_API oauth_ext_error oauth_bearer_check_methods(unsigned methods)
{
    unsigned used = methods & (OAUTH_BEARER_METHOD_HEADER | OAUTH_BEARER_METHOD_BODY |
                               OAUTH_BEARER_METHOD_QUERY);

    /* Clearing the lowest set bit leaves a bit only when two or more were set. */
    return (used & (used - 1u)) ? OAUTH_EXT_ERROR_INVALID_REQUEST : OAUTH_EXT_ERROR_NONE;
}

/* ---- Challenge builder ---- */

/* The builder's output. Bytes are stored only while they and the final NUL fit in the
 * buffer, but `length` counts every byte of the full challenge, so one pass both writes
 * and measures. */
typedef struct oauth__writer {
    char *buffer;
    size_t size;
    size_t length;
    size_t scheme_end; /* length after the scheme: no param has been written yet */
} oauth__writer;

static inline void oauth__write_byte(oauth__writer *writer, char c)
{
    if (writer->length + 1 < writer->size)
        writer->buffer[writer->length] = c;
    writer->length++;
}

/* Writes `length` bytes. When they and the final NUL do not all fit, the output is too
 * long and will be discarded, so the bytes are only counted. Otherwise they are copied 8
 * at a time, which is most of the builder's speed on long values. */
static inline void oauth__write_bytes(oauth__writer *writer, const char *bytes, size_t length)
{
    size_t i = 0;
    char *out;

    if (writer->length >= writer->size || length >= writer->size - writer->length) {
        writer->length += length;
        return;
    }
    out = writer->buffer + writer->length;
    for (; i + 8 <= length; i += 8)
        oauth__store64(out + i, oauth__load64(bytes + i));
    for (; i < length; i++)
        out[i] = bytes[i];
    writer->length += length;
}

/* Returns 1 when a param whose name has name_length bytes and whose value has
 * value_length bytes, every one of them escaped, still fits in a size_t. */
static inline int oauth__param_fits(const oauth__writer *writer, size_t name_length,
                                    size_t value_length)
{
    size_t room = ~OAUTH__CAST(size_t, 0) - writer->length;

    /* ", " name "=" DQUOTE ... DQUOTE, and one more byte for the NUL. Coverage: every
     * name is at most 17 bytes or was read in full, and so was every byte counted in
     * writer->length, so room cannot be this small. */
    if (name_length > room || room - name_length < 6) /* GCOVR_EXCL_BR_LINE */
        return 0;                                     /* GCOVR_EXCL_LINE */
    return value_length <= (room - name_length - 6) / 2;
}

/* Writes the separator and `name="`: one SP after the scheme, then ", " between params
 * (RFC 9110 sections 11.3 and 5.6.1), so no list ever starts or ends with a comma. */
static inline void oauth__write_param_start(oauth__writer *writer, const char *name,
                                            size_t length)
{
    if (writer->length != writer->scheme_end)
        oauth__write_byte(writer, ',');
    oauth__write_byte(writer, ' ');
    oauth__write_bytes(writer, name, length);
    oauth__write_byte(writer, '=');
    oauth__write_byte(writer, '"');
}

/* Returns the offset of the first byte of string that is not a tchar, or its length. */
static inline size_t oauth__token_end(oauth_string string)
{
    size_t i;

    for (i = 0; i < string.length; i++) {
        if (!oauth__is_tchar(OAUTH__CAST(unsigned char, string.data[i])))
            break;
    }
    return i;
}

/* Returns how many leading bytes of the n at s are NQSCHAR (RFC 6749 Appendix A): %x20-21
 * / %x23-5B / %x5D-7E, printable ASCII without DQUOTE and backslash. It tests 8 bytes at a
 * time with the carry tricks below, each of which is exact about whether any byte of the
 * word matches, and finds the first bad byte one at a time. */
static inline size_t oauth__nqschar_span(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    size_t i = 0;

    for (; i + 8 <= n; i += 8) {
        uint64_t word = oauth__load64(s + i);
        uint64_t quote = word ^ (ones * 0x22), backslash = word ^ (ones * 0x5c);
        uint64_t below_space = (word - ones * 0x20) & ~word;         /* a byte < 0x20 */
        uint64_t above_tilde = (word + ones * (0x7f - 0x7e)) | word; /* a byte > 0x7e */
        uint64_t has_quote = (quote - ones) & ~quote;                /* a byte == 0x22 */
        uint64_t has_backslash = (backslash - ones) & ~backslash;    /* a byte == 0x5c */

        if ((below_space | above_tilde | has_quote | has_backslash) & highs)
            break;
    }
    while (i < n && oauth__is_nqschar(OAUTH__CAST(unsigned char, s[i])))
        i++;
    return i;
}

/* The rule for SP in an NQCHAR field (RFC 6749 Appendix A). */
enum oauth__space_rule {
    OAUTH__SPACE_NONE,     /* error_uri: NQCHAR only */
    OAUTH__SPACE_ANY,      /* error, error_description: NQSCHAR */
    OAUTH__SPACE_DELIMITER /* scope: scope-token *( SP scope-token ) */
};

/* Copies an NQCHAR field whose SPs follow `rule`. Returns the offset of the first byte
 * that breaks the rule, or the length when every byte was copied. */
static inline size_t oauth__write_nqchars(oauth__writer *writer, oauth_string string,
                                          enum oauth__space_rule rule)
{
    size_t i = rule == OAUTH__SPACE_ANY ? oauth__nqschar_span(string.data, string.length) : 0;

    for (; i < string.length; i++) {
        unsigned char c = OAUTH__CAST(unsigned char, string.data[i]);

        if (oauth__is_nqchar(c))
            continue;

        /* A delimiter SP is never first, last, or next to another SP (RFC 6749 section
         * 3.3, scope-token = 1*NQCHAR). Only scope gets past the first test with an SP:
         * error_uri allows none, and the span took every SP of the other fields. */
        if (c != ' ' || rule == OAUTH__SPACE_NONE)
            break;
        if (i == 0 || i + 1 == string.length || string.data[i - 1] == ' ')
            break;
    }
    oauth__write_bytes(writer, string.data, i);
    return i;
}

/* Copies the content of a quoted-string (RFC 9110 section 5.6.4) for a realm or an
 * extension value. VCHAR, SP and HTAB are allowed, the set new fields should keep to (RFC
 * 9110 section 5.5); DQUOTE and backslash go out as quoted-pairs, the only ones a sender
 * should generate. Returns the offset of the first byte outside the set, or the length. */
static inline size_t oauth__write_quoted(oauth__writer *writer, oauth_string string)
{
    size_t i = 0;

    while (i < string.length) {
        size_t run = i;
        unsigned char c;

        /* A run of bytes that go out as they are, then one that needs care. */
        i += oauth__nqschar_span(string.data + i, string.length - i);
        oauth__write_bytes(writer, string.data + run, i - run);
        if (i == string.length)
            break;

        c = OAUTH__CAST(unsigned char, string.data[i]);
        if (c == '"' || c == '\\')
            oauth__write_byte(writer, '\\');
        else if (c != '\t')
            break;
        oauth__write_byte(writer, string.data[i]);
        i++;
    }
    return i;
}

/* Records a failure in *result and returns 0, so callers can `return oauth__fail(...)`. */
static inline int oauth__fail(oauth_challenge_result *result, oauth_challenge_error error,
                              oauth_challenge_field field, size_t param_index, size_t offset)
{
    result->error = error;
    result->field = field;
    result->param_index = param_index;
    result->offset = offset;
    return 0;
}

/* Returns 1 when name equals one of the names that have their own field in
 * oauth_challenge, ignoring case (RFC 9110 section 11.2). */
static inline int oauth__is_core_param_name(oauth_string name)
{
    static const oauth_string core_names[] = {
        {"realm", 5}, {"scope", 5}, {"error", 5}, {"error_description", 17}, {"error_uri", 9}};
    size_t i;

    for (i = 0; i < sizeof core_names / sizeof core_names[0]; i++) {
        if (name.length == core_names[i].length &&
            oauth__ascii_case_equal(name.data, core_names[i].data, name.length))
            return 1;
    }
    return 0;
}

/* Checks what the one pass of oauth__challenge_write cannot: NULL pointers, param names
 * that are reserved or repeated, and a description or URI without an error. Returns 1 when
 * the build may go on. Under the safe policy it clears *description and *uri instead of
 * failing on a missing error. */
static inline int oauth__challenge_check(const oauth_challenge *challenge, int safe,
                                         oauth_string *description, oauth_string *uri,
                                         oauth_challenge_result *result)
{
    const oauth_string *fields[6];
    size_t i, j;

    fields[0] = &challenge->scheme;
    fields[1] = &challenge->realm;
    fields[2] = &challenge->scope;
    fields[3] = &challenge->error;
    fields[4] = &challenge->error_description;
    fields[5] = &challenge->error_uri;
    for (i = 0; i < 6; i++) {
        if (!fields[i]->data && fields[i]->length)
            return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NULL_POINTER,
                               OAUTH__CAST(oauth_challenge_field,
                                           OAUTH_CHALLENGE_FIELD_SCHEME + OAUTH__CAST(int, i)),
                               0, 0);
    }
    if (!challenge->params && challenge->param_count)
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NULL_POINTER,
                           OAUTH_CHALLENGE_FIELD_NONE, 0, 0);

    if ((description->length || uri->length) && !challenge->error.length) {
        if (!safe)
            return oauth__fail(result, OAUTH_CHALLENGE_ERROR_MISSING_ERROR,
                               description->length ? OAUTH_CHALLENGE_FIELD_ERROR_DESCRIPTION
                                                   : OAUTH_CHALLENGE_FIELD_ERROR_URI,
                               0, 0);
        if (description->length)
            result->sanitized |= OAUTH_CHALLENGE_SANITIZED_ERROR_DESCRIPTION;
        if (uri->length)
            result->sanitized |= OAUTH_CHALLENGE_SANITIZED_ERROR_URI;
        description->length = 0;
        uri->length = 0;
    }

    /* Each name against every earlier one: quadratic, but a challenge has few params. */
    for (i = 0; i < challenge->param_count; i++) {
        oauth_string name = challenge->params[i].name;
        oauth_string value = challenge->params[i].value;

        if ((!name.data && name.length) || (!value.data && value.length))
            return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NULL_POINTER,
                               name.data || !name.length ? OAUTH_CHALLENGE_FIELD_PARAM_VALUE
                                                         : OAUTH_CHALLENGE_FIELD_PARAM_NAME,
                               i, 0);
        if (oauth__is_core_param_name(name))
            return oauth__fail(result, OAUTH_CHALLENGE_ERROR_RESERVED_NAME,
                               OAUTH_CHALLENGE_FIELD_PARAM_NAME, i, 0);
        for (j = 0; j < i; j++) {
            oauth_string earlier = challenge->params[j].name;

            if (earlier.length == name.length &&
                oauth__ascii_case_equal(earlier.data, name.data, name.length))
                return oauth__fail(result, OAUTH_CHALLENGE_ERROR_DUPLICATE_NAME,
                                   OAUTH_CHALLENGE_FIELD_PARAM_NAME, i, 0);
        }
    }
    return 1;
}

/* Writes error_description or error_uri, the two fields the safe policy may change. A bad
 * value fails under the strict policy. Under the safe policy the writer rewinds to before
 * the param, then writes the default description of an RFC 6750 error code in place of a
 * description, and nothing in place of a URI or for any other code. */
static inline int oauth__write_replaceable(oauth__writer *writer, oauth_challenge_field field,
                                           oauth_string value, oauth_string error, int safe,
                                           oauth_challenge_result *result)
{
    int is_description = field == OAUTH_CHALLENGE_FIELD_ERROR_DESCRIPTION;
    oauth_string name = {"error_uri", 9};
    size_t mark = writer->length, bad;

    if (is_description) {
        name.data = "error_description";
        name.length = 17;
    }
    if (!oauth__param_fits(writer, name.length, value.length))
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_TOO_LONG, field, 0, 0);
    oauth__write_param_start(writer, name.data, name.length);
    bad = oauth__write_nqchars(writer, value,
                               is_description ? OAUTH__SPACE_ANY : OAUTH__SPACE_NONE);
    if (bad < value.length) {
        if (!safe)
            return oauth__fail(result,
                               is_description ? OAUTH_CHALLENGE_ERROR_NOT_NQSCHAR
                                              : OAUTH_CHALLENGE_ERROR_NOT_URI_CHAR,
                               field, 0, bad);
        result->sanitized |= is_description ? OAUTH_CHALLENGE_SANITIZED_ERROR_DESCRIPTION
                                            : OAUTH_CHALLENGE_SANITIZED_ERROR_URI;
        writer->length = mark;
        value.length = 0;
        if (is_description)
            value = oauth_cstr(oauth_ext_error_description(
                oauth_ext_error_from_string(error.data, error.length)));
        if (!value.length)
            return 1;
        /* GCOVR_EXCL_START: the default description is short and every byte before it
         * was read, so it always fits. */
        if (!oauth__param_fits(writer, name.length, value.length))
            return oauth__fail(result, OAUTH_CHALLENGE_ERROR_TOO_LONG, field, 0, 0);
        /* GCOVR_EXCL_STOP */
        oauth__write_param_start(writer, name.data, name.length);
        oauth__write_bytes(writer, value.data, value.length);
    }
    oauth__write_byte(writer, '"');
    return 1;
}

/* Writes one of realm, scope and error, which fail under either policy. */
static inline int oauth__write_core_param(oauth__writer *writer, oauth_challenge_field field,
                                          oauth_string value, oauth_challenge_result *result)
{
    static const oauth_string names[] = {{"realm", 5}, {"scope", 5}, {"error", 5}};
    oauth_string name = names[field - OAUTH_CHALLENGE_FIELD_REALM];
    size_t bad;
    oauth_challenge_error error;

    if (!value.length)
        return 1;
    if (!oauth__param_fits(writer, name.length, value.length))
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_TOO_LONG, field, 0, 0);
    oauth__write_param_start(writer, name.data, name.length);
    if (field == OAUTH_CHALLENGE_FIELD_REALM) {
        bad = oauth__write_quoted(writer, value);
        error = OAUTH_CHALLENGE_ERROR_NOT_QUOTABLE;
    } else if (field == OAUTH_CHALLENGE_FIELD_SCOPE) {
        bad = oauth__write_nqchars(writer, value, OAUTH__SPACE_DELIMITER);
        error = OAUTH_CHALLENGE_ERROR_NOT_SCOPE;
    } else {
        bad = oauth__write_nqchars(writer, value, OAUTH__SPACE_ANY);
        error = OAUTH_CHALLENGE_ERROR_NOT_NQSCHAR;
    }
    if (bad < value.length)
        return oauth__fail(result, error, field, 0, bad);
    oauth__write_byte(writer, '"');
    return 1;
}

/* Writes one extension param; one with an empty value is left out after its name is
 * checked. */
static inline int oauth__write_extension_param(oauth__writer *writer, size_t index,
                                               oauth_auth_param param,
                                               oauth_challenge_result *result)
{
    size_t bad = oauth__token_end(param.name);

    if (!param.name.length || bad < param.name.length)
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NOT_TOKEN,
                           OAUTH_CHALLENGE_FIELD_PARAM_NAME, index, bad);
    if (!param.value.length)
        return 1;

    /* max_age is a non-negative integer (RFC 9470 section 3). */
    if (param.name.length == 7 && oauth__ascii_case_equal(param.name.data, "max_age", 7)) {
        size_t i;

        for (i = 0; i < param.value.length; i++) {
            if (param.value.data[i] < '0' || param.value.data[i] > '9')
                return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NOT_INTEGER,
                                   OAUTH_CHALLENGE_FIELD_PARAM_VALUE, index, i);
        }
    }

    if (!oauth__param_fits(writer, param.name.length, param.value.length))
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_TOO_LONG,
                           OAUTH_CHALLENGE_FIELD_PARAM_VALUE, index, 0);
    oauth__write_param_start(writer, param.name.data, param.name.length);
    bad = oauth__write_quoted(writer, param.value);
    if (bad < param.value.length)
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NOT_QUOTABLE,
                           OAUTH_CHALLENGE_FIELD_PARAM_VALUE, index, bad);
    oauth__write_byte(writer, '"');
    return 1;
}

/* Validates and writes the whole challenge in one pass. Returns 1 on success. */
static inline int oauth__challenge_write(oauth__writer *writer,
                                         const oauth_challenge *challenge, int safe,
                                         oauth_challenge_result *result)
{
    oauth_string scheme = challenge->scheme;
    oauth_string description = challenge->error_description;
    oauth_string uri = challenge->error_uri;
    size_t bad, i;

    if (!oauth__challenge_check(challenge, safe, &description, &uri, result))
        return 0;

    /* auth-scheme = token (RFC 9110 section 11.1); RFC 6750 section 3 uses "Bearer". */
    if (!scheme.length) {
        scheme.data = "Bearer";
        scheme.length = 6;
    }
    bad = oauth__token_end(scheme);
    if (bad < scheme.length)
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NOT_TOKEN,
                           OAUTH_CHALLENGE_FIELD_SCHEME, 0, bad);
    oauth__write_bytes(writer, scheme.data, scheme.length);
    writer->scheme_end = writer->length;

    /* The order of RFC 6750 section 3, then the caller's extension params. */
    if (!oauth__write_core_param(writer, OAUTH_CHALLENGE_FIELD_REALM, challenge->realm,
                                 result) ||
        !oauth__write_core_param(writer, OAUTH_CHALLENGE_FIELD_SCOPE, challenge->scope,
                                 result) ||
        !oauth__write_core_param(writer, OAUTH_CHALLENGE_FIELD_ERROR, challenge->error, result))
        return 0;
    if (description.length &&
        !oauth__write_replaceable(writer, OAUTH_CHALLENGE_FIELD_ERROR_DESCRIPTION, description,
                                  challenge->error, safe, result))
        return 0;
    if (uri.length && !oauth__write_replaceable(writer, OAUTH_CHALLENGE_FIELD_ERROR_URI, uri,
                                                challenge->error, safe, result))
        return 0;
    for (i = 0; i < challenge->param_count; i++) {
        if (!oauth__write_extension_param(writer, i, challenge->params[i], result))
            return 0;
    }
    return 1;
}

/* Ends a build or join: NUL-terminates a complete output, and leaves "" in the buffer
 * after a failure or when the output does not fit. Returns what the public function
 * returns. */
static inline size_t oauth__writer_finish(oauth__writer *writer, int ok,
                                          oauth_challenge_result *result,
                                          oauth_challenge_result *out)
{
    size_t length = ok ? writer->length : 0;
    size_t i, written;

    if (ok && length < writer->size) {
        writer->buffer[length] = '\0';
    } else if (writer->size) {
        /* Clear every byte written, not only the first, so that no part of a rejected or
         * too long challenge stays in the buffer for a caller that ignores the result. */
        written = writer->length < writer->size ? writer->length : writer->size;
        for (i = 0; i < written; i++)
            writer->buffer[i] = '\0';
        writer->buffer[0] = '\0';
    }
    if (ok && length >= writer->size)
        result->error = OAUTH_CHALLENGE_ERROR_BUFFER_TOO_SMALL;
    if (out)
        *out = *result;
    return length;
}

/* Sets up the writer and a clean result. A NULL buffer counts as size 0. */
static inline void oauth__writer_start(oauth__writer *writer, char *buffer, size_t size,
                                       oauth_challenge_result *result)
{
    writer->buffer = buffer;
    writer->size = buffer ? size : 0;
    writer->length = 0;
    writer->scheme_end = 0;
    result->error = OAUTH_CHALLENGE_OK;
    result->field = OAUTH_CHALLENGE_FIELD_NONE;
    result->param_index = 0;
    result->offset = 0;
    result->sanitized = 0;
}

OAUTH_EXT_ERROR_API void oauth_challenge_init(oauth_challenge *challenge)
{
    /* Member by member: a whole-struct copy can become a call to memcpy, which a
     * freestanding program may not have. */
    oauth_string *strings[6];
    size_t i;

    if (!challenge)
        return;
    strings[0] = &challenge->scheme;
    strings[1] = &challenge->realm;
    strings[2] = &challenge->scope;
    strings[3] = &challenge->error;
    strings[4] = &challenge->error_description;
    strings[5] = &challenge->error_uri;
    for (i = 0; i < 6; i++) {
        strings[i]->data = OAUTH__NULL;
        strings[i]->length = 0;
    }
    challenge->params = OAUTH__NULL;
    challenge->param_count = 0;
}

OAUTH_EXT_ERROR_API void oauth_challenge_set_error(oauth_challenge *challenge,
                                                   oauth_ext_error code)
{
    if (challenge)
        challenge->error = oauth_cstr(oauth_ext_error_name(code));
}

OAUTH_EXT_ERROR_API size_t oauth_challenge_build(const oauth_challenge *challenge,
                                                 oauth_challenge_policy policy, char *buffer,
                                                 size_t size, oauth_challenge_result *result)
{
    oauth__writer writer;
    oauth_challenge_result outcome;
    int ok;

    oauth__writer_start(&writer, buffer, size, &outcome);
    if (!challenge)
        ok = oauth__fail(&outcome, OAUTH_CHALLENGE_ERROR_NULL_POINTER,
                         OAUTH_CHALLENGE_FIELD_NONE, 0, 0);
    else
        ok = oauth__challenge_write(&writer, challenge, policy == OAUTH_CHALLENGE_SAFE,
                                    &outcome);
    return oauth__writer_finish(&writer, ok, &outcome, result);
}

/* Copies one challenge for oauth_challenges_join. Returns 1 when it may be joined. */
static inline int oauth__write_joined(oauth__writer *writer, oauth_string challenge,
                                      size_t index, oauth_challenge_result *result)
{
    int in_quotes = 0, escaped = 0;
    unsigned char last;
    size_t i;

    if (!challenge.data && challenge.length)
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NULL_POINTER,
                           OAUTH_CHALLENGE_FIELD_CHALLENGE, index, 0);
    if (!challenge.length)
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE,
                           OAUTH_CHALLENGE_FIELD_CHALLENGE, index, 0);
    if (challenge.length > ~OAUTH__CAST(size_t, 0) - writer->length - 3)
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_TOO_LONG,
                           OAUTH_CHALLENGE_FIELD_CHALLENGE, index, 0);

    /* A challenge starts with its auth-scheme, a token (RFC 9110 section 11.3). */
    if (!oauth__is_tchar(OAUTH__CAST(unsigned char, challenge.data[0])))
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE,
                           OAUTH_CHALLENGE_FIELD_CHALLENGE, index, 0);
    for (i = 0; i < challenge.length; i++) {
        unsigned char c = OAUTH__CAST(unsigned char, challenge.data[i]);

        /* A control character could end the field line. */
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE,
                               OAUTH_CHALLENGE_FIELD_CHALLENGE, index, i);

        /* A quoted-string must close inside its own challenge, or the next challenge would
         * become part of it (RFC 9110 section 5.6.4). A quoted-pair takes the next byte. */
        if (escaped)
            escaped = 0;
        else if (in_quotes && c == '\\')
            escaped = 1;
        else if (c == '"')
            in_quotes = !in_quotes;
    }

    /* Trailing whitespace or a comma would make an empty list element (RFC 9110 section
     * 5.6.1). */
    last = OAUTH__CAST(unsigned char, challenge.data[challenge.length - 1]);
    if (in_quotes || last == ' ' || last == '\t' || last == ',')
        return oauth__fail(result, OAUTH_CHALLENGE_ERROR_NOT_CHALLENGE,
                           OAUTH_CHALLENGE_FIELD_CHALLENGE, index, challenge.length - 1);
    oauth__write_bytes(writer, challenge.data, challenge.length);
    return 1;
}

OAUTH_EXT_ERROR_API size_t oauth_challenges_join(const oauth_string *challenges, size_t count,
                                                 char *buffer, size_t size,
                                                 oauth_challenge_result *result)
{
    oauth__writer writer;
    oauth_challenge_result outcome;
    int ok = 1;
    size_t i;

    oauth__writer_start(&writer, buffer, size, &outcome);
    if (!count) {
        ok = oauth__fail(&outcome, OAUTH_CHALLENGE_ERROR_NO_CHALLENGES,
                         OAUTH_CHALLENGE_FIELD_NONE, 0, 0);
    } else if (!challenges) {
        ok = oauth__fail(&outcome, OAUTH_CHALLENGE_ERROR_NULL_POINTER,
                         OAUTH_CHALLENGE_FIELD_NONE, 0, 0);
    } else {
        for (i = 0; ok && i < count; i++) {
            if (i) {
                oauth__write_byte(&writer, ',');
                oauth__write_byte(&writer, ' ');
            }
            ok = oauth__write_joined(&writer, challenges[i], i, &outcome);
        }
    }
    return oauth__writer_finish(&writer, ok, &outcome, result);
}

OAUTH_EXT_ERROR_API int oauth_challenge_http_status(const oauth_challenge *challenge)
{
    int status;

    if (!challenge || !challenge->error.data || !challenge->error.length)
        return 401;
    status = oauth_ext_error_http_status(
        oauth_ext_error_from_string(challenge->error.data, challenge->error.length));
    return status ? status : 401;
}

OAUTH_EXT_ERROR_API const char *oauth_challenge_error_message(oauth_challenge_error error)
{
#define OAUTH__CHALLENGE_ERROR_MESSAGE(id, message) message,
    static const char *const messages[] = {
        "no error", OAUTH_CHALLENGE_ERRORS(OAUTH__CHALLENGE_ERROR_MESSAGE)};
#undef OAUTH__CHALLENGE_ERROR_MESSAGE
    int value = OAUTH__CAST(int, error);

    if (value < OAUTH_CHALLENGE_OK || value >= OAUTH_CHALLENGE_ERROR_COUNT)
        return OAUTH__NULL;
    return messages[value];
}

OAUTH_EXT_ERROR_API const char *oauth_challenge_field_name(oauth_challenge_field field)
{
    static const char *const names[] = {"scheme",
                                        "realm",
                                        "scope",
                                        "error",
                                        "error_description",
                                        "error_uri",
                                        "auth-param name",
                                        "auth-param value",
                                        "challenge"};
    int value = OAUTH__CAST(int, field);

    if (value <= OAUTH_CHALLENGE_FIELD_NONE || value > OAUTH_CHALLENGE_FIELD_CHALLENGE)
        return OAUTH__NULL;
    return names[value - 1];
}

/* ---- Challenge parser ---- */

/* The views are cleared and copied member by member: at -O0 a whole-struct copy or an
 * all-zero initializer can become a call to memcpy or memset, which a freestanding
 * program may not have. */
static inline void oauth__parse_clear_view(oauth_challenge_view *challenge)
{
    challenge->scheme.data = OAUTH__NULL;
    challenge->scheme.length = 0;
    challenge->token68.data = OAUTH__NULL;
    challenge->token68.length = 0;
    challenge->params = OAUTH__NULL;
    challenge->param_count = 0;
}

static inline void oauth__parse_copy_param(oauth_auth_param_view *to,
                                           const oauth_auth_param_view *from)
{
    to->name.data = from->name.data;
    to->name.length = from->name.length;
    to->value.data = from->value.data;
    to->value.length = from->value.length;
    to->quoted = from->quoted;
    to->escaped = from->escaped;
}

#define OAUTH__PARSE_BYTE(s, i) OAUTH__CAST(unsigned char, (s)[i])

/* The two bytes at p as one number, the first in the low byte. Compilers read both with
 * one 16-bit load on little-endian targets. */
static inline unsigned oauth__parse_pair(const char *p)
{
    return OAUTH__CAST(unsigned, OAUTH__PARSE_BYTE(p, 0) | OAUTH__PARSE_BYTE(p, 1) << 8);
}

/* The number oauth__parse_pair returns for the bytes a and b. */
#define OAUTH__PARSE_PAIR(a, b) OAUTH__CAST(unsigned, (a) | (b) << 8)

/* SSE2 is on every x86-64. GCC and Clang reach it through their vector extension and
 * one builtin, without a header; other compilers and targets use the portable scans. */
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#define OAUTH__PARSE_SSE2 1
/* Sixteen bytes, one per element. */
typedef char oauth__parse_vector __attribute__((vector_size(16)));
/* The same with unsigned elements, whose arithmetic wraps and compares unsigned. */
typedef unsigned char oauth__parse_unsigned_vector __attribute__((vector_size(16)));
#else
#define OAUTH__PARSE_SSE2 0
#endif

/* Returns 1 for SP and HTAB, the whitespace of OWS (RFC 9110 section 5.6.3). Most bytes
 * tested here are above SP, so one comparison rejects them. */
static inline int oauth__parse_is_ows(unsigned char c)
{
    return c <= 0x20 && (c == 0x20 || c == 0x09);
}

/* OWS = *( SP / HTAB ) (RFC 9110 section 5.6.3). */
static inline size_t oauth__parse_skip_ows(const char *s, size_t i, size_t n)
{
    while (i < n && oauth__parse_is_ows(OAUTH__PARSE_BYTE(s, i)))
        i++;
    return i;
}

/* Skips OWS and commas: the separators and empty elements of a list, which a recipient
 * must accept (RFC 9110 section 5.6.1.2). */
static inline size_t oauth__parse_skip_list_separators(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ','))
        i++;
    return i;
}

/* The constants of the token scan's SSE2 step, each in all sixteen elements of a vector:
 * the case bit 0x20, "a", the span from "a" to "z", and "_". The parser sets them up once
 * per call, for every token it scans. Without SSE2 the scan needs none. */
#if OAUTH__PARSE_SSE2
typedef struct oauth__parse_token_bytes {
    oauth__parse_unsigned_vector case_bit, a, span, underscore;
} oauth__parse_token_bytes;
#else
typedef struct oauth__parse_token_bytes {
    char unused;
} oauth__parse_token_bytes;
#endif

static inline void oauth__parse_token_bytes_init(oauth__parse_token_bytes *bytes)
{
#if OAUTH__PARSE_SSE2
    const oauth__parse_unsigned_vector zero = {0};

    bytes->case_bit = zero + 0x20;
    bytes->a = zero + 'a';
    bytes->span = zero + ('z' - 'a');
    bytes->underscore = zero + '_';
#else
    bytes->unused = 0;
#endif
}

/* token = 1*tchar (RFC 9110 section 5.6.2). Returns the end of the run of tchar that
 * starts at i, which is i when there is none. Four bytes share one bound check, and each
 * byte exits on its own, so the scan costs about three instructions per byte and reads
 * no byte twice. */
static inline size_t oauth__parse_skip_token(const char *s, size_t i, size_t n,
                                             const oauth__parse_token_bytes *bytes)
{
#if OAUTH__PARSE_SSE2
    /* Most names and schemes are letters and "_", such as error_description. Sixteen
     * bytes per step skip such a run. A byte is a letter when, with bit 0x20 set, it is
     * "a" to "z" (0x61-0x7A): subtracting 0x61 with wraparound leaves below 26 those
     * bytes and no other. At the first other byte, a byte that is no tchar ends the
     * token. */
    while (i + 16 <= n) {
        oauth__parse_unsigned_vector v;
        unsigned simple;

        __builtin_memcpy(&v, s + i, 16);
        simple = OAUTH__CAST(unsigned, __builtin_ia32_pmovmskb128(
                                           ((v | bytes->case_bit) - bytes->a <= bytes->span) |
                                           (v == bytes->underscore)));
        if (simple == 0xffffu) {
            i += 16;
            continue;
        }
        i += OAUTH__CAST(size_t, __builtin_ctz(~simple));
        if (!oauth__is_tchar(OAUTH__PARSE_BYTE(s, i)))
            return i;
        i++;
    }
#else
    (void)bytes;
#endif
    for (; i + 4 <= n; i += 4) {
        if (!oauth__is_tchar(OAUTH__PARSE_BYTE(s, i)))
            return i;
        if (!oauth__is_tchar(OAUTH__PARSE_BYTE(s, i + 1)))
            return i + 1;
        if (!oauth__is_tchar(OAUTH__PARSE_BYTE(s, i + 2)))
            return i + 2;
        if (!oauth__is_tchar(OAUTH__PARSE_BYTE(s, i + 3)))
            return i + 3;
    }
    while (i < n && oauth__is_tchar(OAUTH__PARSE_BYTE(s, i)))
        i++;
    return i;
}

/* Returns the high bit of each byte of w that stops a run of qdtext: a byte below 0x20
 * (a CTL, or HTAB, which the caller steps over), DQUOTE, backslash or DEL. Each test is
 * "byte below k" as (w - k * 0x01..01) & ~w & 0x80..80 (for k <= 0x80). XOR with 0x02
 * keeps 0x00-0x1F below 0x20 and turns DQUOTE into 0x20 and SP into 0x22, so one test,
 * "below 0x21", finds the CTLs and DQUOTE. "Equal to c" is "w ^ c below 1". The tests
 * share ~w, because XOR with a constant below 0x80 keeps the high bits of w. A borrow
 * sets false hits only in bytes above a true hit, so the lowest hit is exact, and only
 * the lowest is used. */
static inline uint64_t oauth__parse_qdtext_stops(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u;

    return (((w ^ (0x02 * ones)) - 0x21 * ones) | ((w ^ (0x5c * ones)) - ones) |
            ((w ^ (0x7f * ones)) - ones)) &
           ~w & (0x80 * ones);
}

/* Returns the index, 0 to 7, of the lowest byte whose high bit is set in bits, which has
 * only high bits set and is not 0. */
static inline size_t oauth__parse_lowest_byte(uint64_t bits)
{
    /* Only where a 64-bit ctz is one instruction: on 32-bit targets it is a call to
     * libgcc's __ctzdi2, which a freestanding program may not link. */
#if (defined(__GNUC__) || defined(__clang__)) && defined(__SIZEOF_POINTER__) &&                \
    __SIZEOF_POINTER__ == 8
    return OAUTH__CAST(size_t, __builtin_ctzll(bits)) >> 3;
#else
    /* bits & -bits is 1 << (8j + 7). Shifted down by 7, it moves byte 7 - j of the
     * constant, which is j, into the top byte of the product. */
    return OAUTH__CAST(size_t, (((bits & (0 - bits)) >> 7) * 0x0001020304050607u) >> 56);
#endif
}

#if OAUTH__PARSE_SSE2
/* The bytes that oauth__parse_qdtext_stops16 tests for, each in all sixteen elements of a
 * vector: the highest CTL (0x1F), DQUOTE, backslash and DEL. */
typedef struct oauth__parse_qdtext_bytes {
    oauth__parse_unsigned_vector ctl, quote, backslash, del;
} oauth__parse_qdtext_bytes;

static inline void oauth__parse_qdtext_bytes_init(oauth__parse_qdtext_bytes *bytes)
{
    const oauth__parse_unsigned_vector zero = {0};

    bytes->ctl = zero + 0x1f;
    bytes->quote = zero + '"';
    bytes->backslash = zero + '\\';
    bytes->del = zero + 0x7f;
}

/* The stops of oauth__parse_qdtext_stops in the sixteen bytes at p, one bit per byte: a
 * byte of 0x1F or below (a CTL or HTAB), DQUOTE, backslash or DEL. pmovmskb gathers the
 * high bits of the comparisons' results. */
static inline unsigned oauth__parse_qdtext_stops16(const char *p,
                                                   const oauth__parse_qdtext_bytes *bytes)
{
    oauth__parse_unsigned_vector v;

    __builtin_memcpy(&v, p, 16);
    return OAUTH__CAST(unsigned,
                       __builtin_ia32_pmovmskb128((v <= bytes->ctl) | (v == bytes->quote) |
                                                  (v == bytes->backslash) | (v == bytes->del)));
}

/* oauth__parse_skip_qdtext for n of 16 or more, sixteen bytes per step. The last partial
 * step reads the input's last sixteen bytes and shifts their stops down until byte i
 * comes first. A stop added at bit 16 stands for offset n. */
static inline size_t oauth__parse_skip_qdtext16(const char *s, size_t i, size_t n,
                                                const oauth__parse_qdtext_bytes *bytes)
{
    for (; i + 16 <= n; i += 16) {
        unsigned stops = oauth__parse_qdtext_stops16(s + i, bytes);

        if (stops)
            return i + OAUTH__CAST(size_t, __builtin_ctz(stops));
    }
    if (i >= n)
        return n;
    return i + OAUTH__CAST(
                   size_t,
                   __builtin_ctz((oauth__parse_qdtext_stops16(s + n - 16, bytes) | 0x10000u) >>
                                 (i + 16 - n)));
}
#endif

/* Skips qdtext from i (RFC 9110 section 5.6.4) and returns the offset of the first byte
 * that is not qdtext, or n. It may stop earlier, at an HTAB, which the caller steps over.
 * Quoted values are mostly 5 to 80 bytes, so it tests sixteen bytes per step with SSE2,
 * else eight. For the last partial word it loads the input's last eight bytes and
 * shifts them right until byte i comes first. The zero bytes shifted in at the top are
 * stops at offset n, so the scan reads nothing past n. Only inputs shorter than a word
 * take the byte loop. */
static inline size_t oauth__parse_skip_qdtext(const char *s, size_t i, size_t n)
{
#if OAUTH__PARSE_SSE2
    if (n >= 16) {
        oauth__parse_qdtext_bytes bytes;

        oauth__parse_qdtext_bytes_init(&bytes);
        return oauth__parse_skip_qdtext16(s, i, n, &bytes);
    }
#else
    uint64_t stops;

    for (; i + 8 <= n; i += 8) {
        stops = oauth__parse_qdtext_stops(oauth__load64(s + i));
        if (stops)
            return i + oauth__parse_lowest_byte(stops);
    }
    if (i >= n)
        return n;
    if (n >= 8) {
        stops = oauth__parse_qdtext_stops(oauth__load64(s + n - 8) >> (8 * (i + 8 - n)));
        return i + oauth__parse_lowest_byte(stops);
    }
#endif
    while (i < n && oauth__is_qdtext(OAUTH__PARSE_BYTE(s, i)))
        i++;
    return i;
}

/* The error for byte i, which is not what the grammar expects there: a CTL (HTAB
 * included, because every place that allows HTAB has consumed it already) is
 * OAUTH_PARSE_ERROR_CONTROL_CHAR, anything else is `otherwise`. */
static inline oauth_parse_error oauth__parse_unexpected(const char *s, size_t i, size_t n,
                                                        oauth_parse_error otherwise)
{
    unsigned char c;

    /* Coverage: every caller has checked that i < n. */
    if (i >= n)           /* GCOVR_EXCL_BR_LINE */
        return otherwise; /* GCOVR_EXCL_LINE */
    c = OAUTH__PARSE_BYTE(s, i);
    return c < 0x20 || c == 0x7f ? OAUTH_PARSE_ERROR_CONTROL_CHAR : otherwise;
}

/* Stops the parser with error at offset, so that every later call returns the same. */
static inline int oauth__parse_fail(oauth_challenge_parser *parser,
                                    oauth_challenge_view *challenge, oauth_parse_error error,
                                    size_t offset)
{
    oauth__parse_clear_view(challenge);
    parser->error = error;
    parser->offset = offset;
    return OAUTH__CAST(int, error);
}

/* Reads the quoted-string whose opening DQUOTE is at *position into param->value, and
 * moves *position past the closing DQUOTE. On failure *position is the error offset.
 * quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE (RFC 9110 section 5.6.4). */
static inline oauth_parse_error oauth__parse_quoted_string(const char *s, size_t n,
                                                           size_t *position,
                                                           oauth_auth_param_view *param)
{
    size_t start = *position + 1;
    size_t i = start;
    int escaped = 0;

    for (;;) {
        unsigned char c;

        /* qdtext excludes only DQUOTE, backslash and the CTLs other than HTAB. */
        i = oauth__parse_skip_qdtext(s, i, n);
        if (i >= n) {
            *position = n;
            return OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE;
        }
        c = OAUTH__PARSE_BYTE(s, i);
        if (c == '"')
            break;
        if (c == '\t') {
            i++;
            continue;
        }
        if (c != '\\') {
            *position = i;
            return OAUTH_PARSE_ERROR_CONTROL_CHAR;
        }

        /* quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text ): any octet but a CTL other
         * than HTAB. */
        if (i + 1 >= n) {
            *position = n;
            return OAUTH_PARSE_ERROR_TRAILING_BACKSLASH;
        }
        c = OAUTH__PARSE_BYTE(s, i + 1);
        if ((c < 0x20 && c != '\t') || c == 0x7f) {
            *position = i + 1;
            return OAUTH_PARSE_ERROR_CONTROL_CHAR;
        }
        escaped = 1;
        i += 2;
    }
    param->value.data = s + start;
    param->value.length = i - start;
    param->quoted = 1;
    param->escaped = escaped;
    *position = i + 1;
    return OAUTH_PARSE_OK;
}

/* What a challenge's body is, which decides what may follow a comma inside it. */
enum oauth__parse_body { OAUTH__PARSE_BARE, OAUTH__PARSE_PARAMS, OAUTH__PARSE_TOKEN68 };

/* Reads the first element after `auth-scheme 1*SP`, at b: a token68 or the name of an
 * auth-param. Returns OAUTH__PARSE_TOKEN68 with challenge->token68 set and *end after it,
 * or OAUTH__PARSE_PARAMS with the name [b, *name_end) and its "=" at *equals, or a
 * negative error through oauth__parse_fail. */
static inline int oauth__parse_first_element(oauth_challenge_parser *parser,
                                             oauth_challenge_view *challenge,
                                             const oauth__parse_token_bytes *token_bytes,
                                             size_t b, size_t *end, size_t *name_end,
                                             size_t *equals)
{
    const char *s = parser->input;
    size_t n = parser->length;
    size_t token68_end = b;
    size_t token68_after = b;
    size_t after;

    /* The common case: `name=` and then neither a comma nor the end, after any more "="
     * and OWS. The token68 reading needs a comma or the end there, so it cannot fit, and
     * the token68 scan below is skipped. */
    *name_end = oauth__parse_skip_token(s, b, n, token_bytes);
    if (*name_end > b && *name_end < n && s[*name_end] == '=') {
        after = *name_end + 1;
        while (after < n && s[after] == '=')
            after++;
        after = oauth__parse_skip_ows(s, after, n);
        if (after < n && s[after] != ',') {
            *equals = *name_end;
            return OAUTH__PARSE_PARAMS;
        }
    }

    /* token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" (RFC 9110
     * section 11.2). It is the reading when it runs up to a comma or the end, since an
     * auth-param needs a value after its "=". */
    while (token68_end < n && oauth__is_token68_char(OAUTH__PARSE_BYTE(s, token68_end)))
        token68_end++;
    if (token68_end > b) {
        size_t padded_end = token68_end;

        while (padded_end < n && s[padded_end] == '=')
            padded_end++;
        after = oauth__parse_skip_ows(s, padded_end, n);
        token68_after = after;
        if (after == n || s[after] == ',') {
            challenge->token68.data = s + b;
            challenge->token68.length = padded_end - b;
            *end = padded_end;
            return OAUTH__PARSE_TOKEN68;
        }
    }

    *equals = oauth__parse_skip_ows(s, *name_end, n);
    if (*name_end > b && *equals < n && s[*equals] == '=')
        return OAUTH__PARSE_PARAMS;

    /* Neither reading fits. A token68 that something other than a comma follows is the
     * likelier intent, as in `Negotiate abc def`. */
    if (token68_end > b)
        return oauth__parse_fail(
            parser, challenge,
            oauth__parse_unexpected(s, token68_after, n, OAUTH_PARSE_ERROR_MISSING_COMMA),
            token68_after);
    return oauth__parse_fail(
        parser, challenge, oauth__parse_unexpected(s, b, n, OAUTH_PARSE_ERROR_INVALID_CHAR), b);
}

/* Returns the bit of a name in the filter of one challenge's names that
 * oauth_challenge_parser_next keeps. The bit depends on the name's length and on its
 * first byte with bit 0x20 set, which folds ASCII case. So names that are equal
 * case-insensitively share a bit. */
static inline uint64_t oauth__parse_name_bit(const char *name, size_t length)
{
    return OAUTH__CAST(uint64_t, 1) << ((length + (OAUTH__PARSE_BYTE(name, 0) | 0x20u)) & 63u);
}

OAUTH_EXT_ERROR_API const char *oauth_parse_error_message(oauth_parse_error error)
{
    /* The switch is on int, because the enum's range is every int: a switch on the enum
     * would need cases for the two private range members as well as the default. */
    switch (OAUTH__CAST(int, error)) {
    case OAUTH_PARSE_OK:
        return "no error";
    case OAUTH_PARSE_ERROR_NO_CHALLENGE:
        return "no challenge in the field value";
    case OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE:
        return "unterminated quoted-string";
    case OAUTH_PARSE_ERROR_TRAILING_BACKSLASH:
        return "backslash at the end of a quoted-string";
    case OAUTH_PARSE_ERROR_CONTROL_CHAR:
        return "invalid control character";
    case OAUTH_PARSE_ERROR_MISSING_VALUE:
        return "auth-param without a value";
    case OAUTH_PARSE_ERROR_MISSING_COMMA:
        return "missing comma after a value";
    case OAUTH_PARSE_ERROR_TOKEN68_WITH_PARAMS:
        return "auth-param after a token68 in the same challenge";
    case OAUTH_PARSE_ERROR_DUPLICATE_PARAM:
        return "auth-param name repeated in one challenge";
    case OAUTH_PARSE_ERROR_INVALID_CHAR:
        return "invalid character: no auth-scheme, auth-param, token68 or value may start "
               "or continue here";
    case OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME:
        return "auth-param where an auth-scheme was expected";
    case OAUTH_PARSE_ERROR_TOO_MANY_PARAMS:
        return "too many auth-params in one challenge";
    case OAUTH_PARSE_ERROR_NULL_ARGUMENT:
        return "NULL argument";
    default:
        return "unknown parse error";
    }
}

OAUTH_EXT_ERROR_API void oauth_challenge_parser_init(oauth_challenge_parser *parser,
                                                     const char *input, size_t length,
                                                     unsigned options)
{
    if (!parser)
        return;
    parser->input = input ? input : "";
    parser->length = input ? length : 0;
    parser->offset = 0;
    parser->error = OAUTH_PARSE_OK;
    parser->options = options;
    parser->challenge_count = 0;
}

OAUTH_EXT_ERROR_API int oauth_challenge_parser_next(oauth_challenge_parser *parser,
                                                    oauth_challenge_view *challenge,
                                                    oauth_auth_param_view *params,
                                                    size_t capacity)
{
    int body = OAUTH__PARSE_BARE;
    size_t count = 0;
    uint64_t seen_names = 0;
    const char *s;
    size_t n, i, scheme, after;
    size_t name = 0, name_end = 0, equals = 0;
    oauth__parse_token_bytes token_bytes_in_registers;
    const oauth__parse_token_bytes *token_bytes = &token_bytes_in_registers;

    if (!parser || !challenge)
        return OAUTH__CAST(int, OAUTH_PARSE_ERROR_NULL_ARGUMENT);
    if (!params)
        capacity = 0;
    if (parser->error != OAUTH_PARSE_OK)
        return oauth__parse_fail(parser, challenge, parser->error, parser->offset);
    s = parser->input;
    n = parser->length;

    /* WWW-Authenticate = #challenge: leading empty elements and whitespace are allowed,
     * but at least one challenge is required (RFC 9110 sections 5.6.1.2, 11.6.1). */
    i = oauth__parse_skip_list_separators(s, parser->offset, n);
    if (i == n) {
        if (parser->challenge_count == 0)
            return oauth__parse_fail(parser, challenge, OAUTH_PARSE_ERROR_NO_CHALLENGE, n);
        oauth__parse_clear_view(challenge);
        parser->offset = n;
        return 0;
    }

    /* The empty asm hides the constants' values, so the compiler keeps them in registers
     * instead of loading them again before each token. */
    oauth__parse_token_bytes_init(&token_bytes_in_registers);
#if OAUTH__PARSE_SSE2
    __asm__(""
            : "+x"(token_bytes_in_registers.case_bit), "+x"(token_bytes_in_registers.a),
              "+x"(token_bytes_in_registers.span), "+x"(token_bytes_in_registers.underscore));
#endif

    /* auth-scheme = token (RFC 9110 section 11.1). A token that "=" follows is an
     * auth-param with no scheme before it. */
    scheme = i;
    i = oauth__parse_skip_token(s, i, n, token_bytes);
    if (i == scheme)
        return oauth__parse_fail(
            parser, challenge, oauth__parse_unexpected(s, i, n, OAUTH_PARSE_ERROR_INVALID_CHAR),
            i);
    after = oauth__parse_skip_ows(s, i, n);
    if (after < n && s[after] == '=')
        return oauth__parse_fail(parser, challenge, OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME,
                                 scheme);
    /* *challenge is not cleared on entry, so that each member is written once: here, then
     * param_count at a return, or all of them by oauth__parse_fail. Only a token68
     * replaces the empty one set here. */
    challenge->scheme.data = s + scheme;
    challenge->scheme.length = i - scheme;
    challenge->token68.data = OAUTH__NULL;
    challenge->token68.length = 0;
    challenge->params = params;

    /* challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ] (RFC 9110 section 11.3).
     * A body needs one or more SP and no HTAB between the scheme and itself. With only
     * whitespace before a comma or the end, the body is an empty #auth-param list when
     * that whitespace starts with SP, so `Bearer , realm="x"` has realm, and there is no
     * body otherwise. */
    if (after < n && s[after] != ',') {
        size_t k;

        if (after == i)
            return oauth__parse_fail(
                parser, challenge,
                oauth__parse_unexpected(s, i, n, OAUTH_PARSE_ERROR_MISSING_COMMA), i);
        for (k = i; k < after; k++) {
            if (s[k] != ' ')
                return oauth__parse_fail(parser, challenge, OAUTH_PARSE_ERROR_CONTROL_CHAR, k);
        }
        body = oauth__parse_first_element(parser, challenge, token_bytes, after, &i, &name_end,
                                          &equals);
        if (body < 0)
            return body;
        name = after;
        if (body == OAUTH__PARSE_TOKEN68)
            goto separator;
    } else {
        if (after > i && s[i] == ' ')
            body = OAUTH__PARSE_PARAMS;
        goto separator;
    }

    /* Each pass reads the pending auth-param, then what follows it: OWS, then a comma or
     * the end. With no auth-param pending, as after a token68, the first pass starts at
     * separator. After a comma, `token BWS "="` continues this challenge's
     * auth-params and any other token starts the next challenge (RFC 9110 section
     * 11.6.1). Empty elements are skipped, which also settles the "comma, whitespace,
     * comma" ambiguity of that section: it means the same whichever list it belongs to. */
    for (;;) {
        size_t w;

        /* The fast path: the shape of nearly every auth-param a server sends, as in the
         * examples of RFC 6750 section 3: `name="qdtext"` and then `, name=`. Each pass
         * stores one auth-param, only when the general path below would store the same,
         * and moves on to the next name. At anything else, and at a name whose bit is
         * already in seen_names, the general path takes over: it reads the pending
         * auth-param again from its name, or what follows its value from i. */
        if (equals + 1 < n && s[equals + 1] == '"') {
#if OAUTH__PARSE_SSE2
            /* The empty asm hides the constants' values, so the compiler keeps them in
             * registers instead of loading them again before each value. */
            oauth__parse_qdtext_bytes bytes;

            oauth__parse_qdtext_bytes_init(&bytes);
            __asm__(""
                    : "+x"(bytes.ctl), "+x"(bytes.quote), "+x"(bytes.backslash),
                      "+x"(bytes.del));
#endif
            for (;;) {
                size_t open = equals + 1;
                size_t close;
                uint64_t name_bit;
                oauth_auth_param_view *param;

#if OAUTH__PARSE_SSE2
                close = n >= 16 ? oauth__parse_skip_qdtext16(s, open + 1, n, &bytes)
                                : oauth__parse_skip_qdtext(s, open + 1, n);
#else
                close = oauth__parse_skip_qdtext(s, open + 1, n);
#endif
                if (close >= n || s[close] != '"')
                    break;
                name_bit = oauth__parse_name_bit(s + name, name_end - name);
                if ((seen_names & name_bit) || count == capacity)
                    break;
                seen_names |= name_bit;
                param = &params[count++];
                param->name.data = s + name;
                param->name.length = name_end - name;
                param->value.data = s + open + 1;
                param->value.length = close - open - 1;
                param->quoted = 1;
                param->escaped = 0;

                /* The pairs `, ` and `="` are each read as one 16-bit number. */
                i = close + 1;
                if (i + 1 >= n || oauth__parse_pair(s + i) != OAUTH__PARSE_PAIR(',', ' '))
                    goto separator;
                name = i + 2;
                name_end = oauth__parse_skip_token(s, name, n, token_bytes);
                if (name_end == name || name_end + 1 >= n ||
                    oauth__parse_pair(s + name_end) != OAUTH__PARSE_PAIR('=', '"'))
                    goto separator;
                equals = name_end;
            }
        }

        {
            /* auth-param = token BWS "=" BWS ( token / quoted-string ) (RFC 9110 section
             * 11.2), with the name [name, name_end) and its "=" at equals. It is built in
             * a local and copied into params once it passed every check: GCC keeps the
             * local in registers, and no error writes into the caller's array. */
            oauth_auth_param_view local;
            oauth_auth_param_view *param = &local;
            uint64_t name_bit;

            param->name.data = s + name;
            param->name.length = name_end - name;
            i = equals + 1 < n && s[equals + 1] == '"'
                    ? equals + 1
                    : oauth__parse_skip_ows(s, equals + 1, n);
            if (i < n && s[i] == '"') {
                oauth_parse_error error = oauth__parse_quoted_string(s, n, &i, param);

                if (error != OAUTH_PARSE_OK)
                    return oauth__parse_fail(parser, challenge, error, i);
            } else if (i < n && oauth__is_tchar(OAUTH__PARSE_BYTE(s, i))) {
                size_t value_end = oauth__parse_skip_token(s, i, n, token_bytes);

                param->value.data = s + i;
                param->value.length = value_end - i;
                param->quoted = 0;
                param->escaped = 0;
                i = value_end;
            } else if (i == n || s[i] == ',') {
                return oauth__parse_fail(parser, challenge, OAUTH_PARSE_ERROR_MISSING_VALUE, i);
            } else {
                return oauth__parse_fail(
                    parser, challenge,
                    oauth__parse_unexpected(s, i, n, OAUTH_PARSE_ERROR_INVALID_CHAR), i);
            }

            /* Each name at most once per challenge (RFC 9110 section 11.2). seen_names
             * has the bits of the names so far, so a name whose bit is clear is new
             * without a comparison. A set bit may come from another name, so the names
             * are compared then, lengths first. */
            name_bit = oauth__parse_name_bit(param->name.data, param->name.length);
            if (seen_names & name_bit) {
                size_t k;

                for (k = 0; k < count; k++) {
                    if (params[k].name.length == param->name.length &&
                        oauth__ascii_case_equal(params[k].name.data, param->name.data,
                                                param->name.length))
                        return oauth__parse_fail(parser, challenge,
                                                 OAUTH_PARSE_ERROR_DUPLICATE_PARAM, name);
                }
            }
            seen_names |= name_bit;
            if (count == capacity)
                return oauth__parse_fail(parser, challenge, OAUTH_PARSE_ERROR_TOO_MANY_PARAMS,
                                         name);
            oauth__parse_copy_param(&params[count++], &local);
        }

    separator:
        w = i < n && s[i] == ',' ? i : oauth__parse_skip_ows(s, i, n);
        if (w < n && s[w] == ',') {
            name = oauth__parse_skip_list_separators(s, w + 1, n);
            if (name == n)
                break;
            name_end = oauth__parse_skip_token(s, name, n, token_bytes);
            if (name_end == name)
                return oauth__parse_fail(
                    parser, challenge,
                    oauth__parse_unexpected(s, name, n, OAUTH_PARSE_ERROR_INVALID_CHAR), name);
            equals = oauth__parse_skip_ows(s, name_end, n);
            if (equals == n || s[equals] != '=') {
                challenge->param_count = count;
                parser->offset = name;
                parser->challenge_count++;
                return 1;
            }
            if (body == OAUTH__PARSE_TOKEN68)
                return oauth__parse_fail(parser, challenge,
                                         OAUTH_PARSE_ERROR_TOKEN68_WITH_PARAMS, name);
            if (body == OAUTH__PARSE_BARE)
                return oauth__parse_fail(parser, challenge,
                                         OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME, name);
        } else if (w == n) {
            break;
        } else {
            /* The lenient option takes whitespace followed by `token BWS "="` as the
             * separator between two auth-params. Coverage: only a params body can reach
             * here, because a token68 or no body ends at a comma or the end. */
            int lenient_option = (parser->options & OAUTH_PARSE_SPACE_SEPARATED_PARAMS) != 0;
            int lenient =
                lenient_option && body == OAUTH__PARSE_PARAMS && w > i; /* GCOVR_EXCL_BR_LINE */

            name = w;
            name_end = lenient ? oauth__parse_skip_token(s, name, n, token_bytes) : name;
            equals = oauth__parse_skip_ows(s, name_end, n);
            if (name_end == name || equals == n || s[equals] != '=')
                return oauth__parse_fail(
                    parser, challenge,
                    oauth__parse_unexpected(s, w, n, OAUTH_PARSE_ERROR_MISSING_COMMA), w);
        }
    }
    challenge->param_count = count;
    parser->offset = n;
    parser->challenge_count++;
    return 1;
}

OAUTH_EXT_ERROR_API int oauth_challenge_view_scheme_is(const oauth_challenge_view *challenge,
                                                       const char *scheme)
{
    oauth_string expected = oauth_cstr(scheme);

    if (!challenge || !scheme || !challenge->scheme.data ||
        challenge->scheme.length != expected.length)
        return 0;
    return oauth__ascii_case_equal(challenge->scheme.data, scheme, expected.length);
}

OAUTH_EXT_ERROR_API const oauth_auth_param_view *
oauth_challenge_view_param(const oauth_challenge_view *challenge, const char *name)
{
    oauth_string expected = oauth_cstr(name);
    size_t k;

    if (!challenge || !name || !challenge->params)
        return OAUTH__NULL;
    for (k = 0; k < challenge->param_count; k++) {
        const oauth_auth_param_view *param = &challenge->params[k];

        if (param->name.length == expected.length &&
            oauth__ascii_case_equal(param->name.data, name, expected.length))
            return param;
    }
    return OAUTH__NULL;
}

OAUTH_EXT_ERROR_API size_t oauth_unescape(oauth_string value, char *buffer, size_t size)
{
    size_t needed = 0;
    size_t i;

    if (!value.data)
        value.length = 0;
    if (!buffer)
        size = 0;

    /* First the length, so that a buffer too small is left empty rather than truncated. */
    for (i = 0; i < value.length; i++, needed++) {
        if (value.data[i] == '\\' && i + 1 < value.length)
            i++;
    }
    if (needed >= size) {
        if (size)
            buffer[0] = '\0';
        return needed;
    }

    needed = 0;
    for (i = 0; i < value.length; i++) {
        if (value.data[i] == '\\' && i + 1 < value.length)
            i++;
        buffer[needed++] = value.data[i];
    }
    buffer[needed] = '\0';
    return needed;
}

OAUTH_EXT_ERROR_API int oauth_auth_param_view_equals(const oauth_auth_param_view *param,
                                                     const char *expected)
{
    size_t i, k = 0;

    if (!param || !expected || !param->value.data)
        return 0;
    for (i = 0; i < param->value.length; i++, k++) {
        if (param->value.data[i] == '\\' && i + 1 < param->value.length)
            i++;
        if (expected[k] == '\0' || expected[k] != param->value.data[i])
            return 0;
    }
    return expected[k] == '\0';
}

/* max_age = 1*DIGIT as a token or a quoted-string (RFC 9470 section 3); a quoted-pair
 * stands for its octet, so "\5" is 5. */
static inline void oauth__parse_max_age(oauth_resource_challenge *result)
{
    const char *s = result->max_age.value.data;
    size_t n = result->max_age.value.length;
    long seconds = 0;
    int too_large = 0;
    size_t i;

    if (!s)
        return;
    result->max_age_status = OAUTH_MAX_AGE_INVALID;
    if (n == 0)
        return;
    for (i = 0; i < n; i++) {
        long digit;

        /* Coverage: the parser never returns a lone backslash at the end of a value. */
        if (s[i] == '\\' && i + 1 < n) /* GCOVR_EXCL_BR_LINE */
            i++;
        if (s[i] < '0' || s[i] > '9')
            return;
        digit = s[i] - '0';
        if (seconds > (OAUTH_MAX_AGE_MAX - digit) / 10)
            too_large = 1;
        else
            seconds = seconds * 10 + digit;
    }
    if (too_large) {
        result->max_age_status = OAUTH_MAX_AGE_TOO_LARGE;
        return;
    }
    result->max_age_status = OAUTH_MAX_AGE_VALID;
    result->max_age_seconds = seconds;
}

/* Returns 1 when the token [name, name + length) is `lower` ignoring ASCII case, where
 * `lower` is a literal of `length` bytes, at least 4, of lowercase letters and "_".
 * Ignoring bit 0x20 of every byte folds the case of letters. It matches no other token
 * byte with a letter or "_", because the only byte that differs from "_" (0x5F) in that
 * bit alone is DEL (0x7F), which no token contains (RFC 9110 section 5.6.2). Whole words
 * are compared, the last one overlapping the one before it, as in oauth__bytes_equal. */
static inline int oauth__parse_token_is(const char *name, const char *lower, size_t length)
{
    const uint64_t fold64 = 0x2020202020202020u;
    const uint32_t fold32 = 0x20202020u;

    if (length >= 8) {
        uint64_t difference = 0;
        size_t i;

        for (i = 0; i + 8 < length; i += 8)
            difference |= (oauth__load64(name + i) ^ oauth__load64(lower + i)) & ~fold64;
        difference |= oauth__load64(name + (length - 8)) ^ oauth__load64(lower + (length - 8));
        return (difference & ~fold64) == 0;
    }
    return (((oauth__load32(name) ^ oauth__load32(lower)) |
             (oauth__load32(name + (length - 4)) ^ oauth__load32(lower + (length - 4)))) &
            ~fold32) == 0;
}

/* Returns the member of *result for the auth-param named `name`, one that RFC 6750,
 * 9449, 9470 or 9728 defines, or NULL for any other name. The length picks the few
 * candidates, so most names take one comparison. */
static inline oauth_auth_param_view *oauth__parse_known_param(oauth_resource_challenge *result,
                                                              oauth_string name)
{
#define OAUTH__PARSE_MATCH(literal, member)                                                    \
    if (oauth__parse_token_is(name.data, literal, sizeof(literal) - 1))                        \
        return &result->member;
    switch (name.length) {
    case 4:
        OAUTH__PARSE_MATCH("algs", algs)
        break;
    case 5:
        OAUTH__PARSE_MATCH("error", error)
        OAUTH__PARSE_MATCH("realm", realm)
        OAUTH__PARSE_MATCH("scope", scope)
        break;
    case 7:
        OAUTH__PARSE_MATCH("max_age", max_age)
        break;
    case 9:
        OAUTH__PARSE_MATCH("error_uri", error_uri)
        break;
    case 10:
        OAUTH__PARSE_MATCH("acr_values", acr_values)
        break;
    case 17:
        OAUTH__PARSE_MATCH("error_description", error_description)
        OAUTH__PARSE_MATCH("resource_metadata", resource_metadata)
        break;
    default:
        break;
    }
#undef OAUTH__PARSE_MATCH
    return OAUTH__NULL;
}

/* Copies the challenge's auth-params that RFC 6750, 9449, 9470 and 9728 define into
 * *result; names match case-insensitively and in full. */
static inline void oauth__parse_fill(oauth_resource_challenge *result,
                                     const oauth_challenge_view *challenge)
{
    size_t k;

    result->scheme = challenge->scheme;
    result->param_count = challenge->param_count;
    for (k = 0; k < challenge->param_count; k++) {
        oauth_auth_param_view *slot =
            oauth__parse_known_param(result, challenge->params[k].name);

        if (slot)
            oauth__parse_copy_param(slot, &challenge->params[k]);
    }

    /* The comparisons are exact, and a value with quoted-pairs is compared unescaped. The
     * buffer fits the longest registered name and one byte more, so a longer value
     * matches neither the core codes nor the registry. */
    if (result->error.value.data) {
        /* error may point here after the inner block, so this is its scope. */
        // cppcheck-suppress variableScope
        char unescaped[OAUTH__REGISTRY_NAME_MAX + 2];
        const char *error = result->error.value.data;
        size_t length = result->error.value.length;

        if (result->error.escaped) {
            length = oauth_unescape(result->error.value, unescaped, sizeof unescaped);
            error = length < sizeof unescaped ? unescaped : OAUTH__NULL;
        }
        if (error) {
            result->error_code = oauth_ext_error_from_string(error, length);
            result->registered = oauth_ext_error_registry_find(error, length);
        }
    }
    oauth__parse_max_age(result);
}

/* Returns OAUTH_SCHEME_BEARER or OAUTH_SCHEME_DPOP for those auth-schemes, compared
 * case-insensitively (RFC 9110 section 11.1), else 0. */
static inline unsigned oauth__parse_scheme_id(oauth_string scheme)
{
    if (scheme.length == 6 && oauth__parse_token_is(scheme.data, "bearer", 6))
        return OAUTH_SCHEME_BEARER;
    if (scheme.length == 4 && oauth__parse_token_is(scheme.data, "dpop", 4))
        return OAUTH_SCHEME_DPOP;
    return 0;
}

/* Clears every member of *result, member by member: a whole-struct copy or a zeroing
 * loop can become a call to memcpy or memset, which a freestanding program may not
 * have. */
static inline void oauth__parse_clear_result(oauth_resource_challenge *result)
{
    oauth_auth_param_view *views[10];
    size_t i;

    views[0] = &result->realm;
    views[1] = &result->scope;
    views[2] = &result->error;
    views[3] = &result->error_description;
    views[4] = &result->error_uri;
    views[5] = &result->resource_metadata;
    views[6] = &result->algs;
    views[7] = &result->acr_values;
    views[8] = &result->max_age;
    views[9] = OAUTH__NULL;
    for (i = 0; views[i]; i++) {
        views[i]->name.data = OAUTH__NULL;
        views[i]->name.length = 0;
        views[i]->value.data = OAUTH__NULL;
        views[i]->value.length = 0;
        views[i]->quoted = 0;
        views[i]->escaped = 0;
    }
    result->scheme_id = 0;
    result->scheme.data = OAUTH__NULL;
    result->scheme.length = 0;
    result->error_code = OAUTH_EXT_ERROR_NONE;
    result->registered = OAUTH__NULL;
    result->max_age_status = OAUTH_MAX_AGE_ABSENT;
    result->max_age_seconds = 0;
    result->param_count = 0;
    result->parse_error = OAUTH_PARSE_OK;
    result->offset = 0;
}

OAUTH_EXT_ERROR_API int oauth_resource_challenge_find(const char *input, size_t length,
                                                      unsigned schemes, unsigned options,
                                                      oauth_resource_challenge *result)
{
    oauth_auth_param_view params[OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS];
    oauth_challenge_parser parser;
    oauth_challenge_view challenge;
    int status;

    if (!result)
        return OAUTH__CAST(int, OAUTH_PARSE_ERROR_NULL_ARGUMENT);
    oauth__parse_clear_result(result);
    oauth_challenge_parser_init(&parser, input, length, options);

    /* The whole list is parsed, so that an error after the wanted challenge is found too. */
    while ((status = oauth_challenge_parser_next(&parser, &challenge, params,
                                                 OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS)) == 1) {
        unsigned scheme_id;

        if (result->scheme_id)
            continue;
        scheme_id = oauth__parse_scheme_id(challenge.scheme);
        if (scheme_id & schemes) {
            result->scheme_id = scheme_id;
            oauth__parse_fill(result, &challenge);
        }
    }
    if (status < 0) {
        oauth__parse_clear_result(result);
        result->parse_error = parser.error;
        result->offset = parser.offset;
        return status;
    }
    return result->scheme_id ? 1 : 0;
}

#ifdef __cplusplus
}
#endif

#endif /* OAUTH_EXT_ERROR_H */

/*
 * MIT License
 *
 * Copyright (c) 2026 The oauth_ext_error authors
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this
 * software and associated documentation files (the "Software"), to deal in the Software
 * without restriction, including without limitation the rights to use, copy, modify,
 * merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
 * permit persons to whom the Software is furnished to do so, subject to the following
 * conditions:
 *
 * The above copyright notice and this permission notice shall be included in all copies
 * or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
 * INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
 * PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT
 * HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
 * CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE
 * OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
