/* oauth_ext_error.h 0.1.0 - OAuth 2.0 resource-access errors (RFC 6750) in one C header.
 * SPDX-License-Identifier: MIT
 *
 * A protected resource that rejects a request answers with an HTTP status and a
 * WWW-Authenticate challenge that names an error code (RFC 6750 section 3). This header
 * maps those codes to and from their strings, statuses and references, and grows
 * around them the pieces a resource server or client needs for that one job.
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
 *
 * Configuration: define OAUTH_EXT_ERROR_API before including the header to change how
 * every function is declared (default: `static inline`).
 *
 * Limitations:
 *   - The enum covers the three RFC 6750 codes only. Other values of the IANA OAuth
 *     Extensions Error registry map to OAUTH_EXT_ERROR_NONE.
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

/* @@ declarations: registry @@ */

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
 * gives the others. The status source says which sentence the number comes from, or why it
 * is 0, so each row can be checked.
 *
 * data/oauth-extensions-error-registry.tsv holds the same rows; scripts/registry.py prints
 * this table from it and checks the two against each other. */
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

/* @@ declarations: token extraction @@ */

/* @@ declarations: challenge builder @@ */

/* @@ declarations: challenge parser @@ */

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

/* Character classes of RFC 9110 section 5.6.2 (tchar), section 11.2 (token68) and
 * RFC 6749 Appendix A (NQCHAR), computed at compile time into one 256-entry table.
 * Values are octets, not characters of the compiler's execution set. */
#define OAUTH__CLASS_TCHAR   0x01u /* token: any VCHAR except delimiters */
#define OAUTH__CLASS_TOKEN68 0x02u /* ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" */
#define OAUTH__CLASS_NQCHAR  0x04u /* %x21 / %x23-5B / %x5D-7E */
#define OAUTH__CLASS_QDTEXT  0x08u /* HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text */

#define OAUTH__IN(c, lo, hi) ((c) >= (lo) && (c) <= (hi))
#define OAUTH__ALNUM(c)                                                                        \
    (OAUTH__IN(c, 0x30, 0x39) || OAUTH__IN(c, 0x41, 0x5a) || OAUTH__IN(c, 0x61, 0x7a))
/* tchar: "!" "#" "$" "%" "&" "'" "*" "+" "-" "." "^" "_" "`" "|" "~" DIGIT ALPHA */
#define OAUTH__TCHAR(c)                                                                        \
    (OAUTH__ALNUM(c) || (c) == 0x21 || OAUTH__IN(c, 0x23, 0x27) || (c) == 0x2a ||              \
     (c) == 0x2b || (c) == 0x2d || (c) == 0x2e || OAUTH__IN(c, 0x5e, 0x60) || (c) == 0x7c ||   \
     (c) == 0x7e)
#define OAUTH__TOKEN68(c)                                                                      \
    (OAUTH__ALNUM(c) || (c) == 0x2d || (c) == 0x2e || (c) == 0x5f || (c) == 0x7e ||            \
     (c) == 0x2b || (c) == 0x2f)
#define OAUTH__NQCHAR(c) ((c) == 0x21 || OAUTH__IN(c, 0x23, 0x5b) || OAUTH__IN(c, 0x5d, 0x7e))
#define OAUTH__QDTEXT(c) ((c) == 0x09 || (c) == 0x20 || OAUTH__NQCHAR(c) || (c) >= 0x80)
#define OAUTH__CLASS(c)                                                                        \
    ((OAUTH__TCHAR(c) ? OAUTH__CLASS_TCHAR : 0u) |                                             \
     (OAUTH__TOKEN68(c) ? OAUTH__CLASS_TOKEN68 : 0u) |                                         \
     (OAUTH__NQCHAR(c) ? OAUTH__CLASS_NQCHAR : 0u) |                                           \
     (OAUTH__QDTEXT(c) ? OAUTH__CLASS_QDTEXT : 0u))
#define OAUTH__CLASS4(c)                                                                       \
    OAUTH__CLASS(c), OAUTH__CLASS((c) + 1), OAUTH__CLASS((c) + 2), OAUTH__CLASS((c) + 3)
#define OAUTH__CLASS16(c)                                                                      \
    OAUTH__CLASS4(c), OAUTH__CLASS4((c) + 4), OAUTH__CLASS4((c) + 8), OAUTH__CLASS4((c) + 12)
#define OAUTH__CLASS64(c)                                                                      \
    OAUTH__CLASS16(c), OAUTH__CLASS16((c) + 16), OAUTH__CLASS16((c) + 32),                     \
        OAUTH__CLASS16((c) + 48)

/* Returns the OAUTH__CLASS_* bits of octet c. */
static inline unsigned oauth__char_class(unsigned char c)
{
    static const unsigned char table[256] = {OAUTH__CLASS64(0), OAUTH__CLASS64(64),
                                             OAUTH__CLASS64(128), OAUTH__CLASS64(192)};
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
        return (difference | (oauth__load64(a + n - 8) ^ oauth__load64(b + n - 8))) == 0;
    }
    if (n >= 4)
        return ((oauth__load32(a) ^ oauth__load32(b)) |
                (oauth__load32(a + n - 4) ^ oauth__load32(b + n - 4))) == 0;
    for (i = 0; i < n; i++)
        difference |= OAUTH__CAST(uint64_t, OAUTH__CAST(unsigned char, a[i]) ^
                                                OAUTH__CAST(unsigned char, b[i]));
    return difference == 0;
}

/* ASCII lowercase of octet c, independent of the C locale. */
static inline unsigned char oauth__ascii_lower(unsigned char c)
{
    return OAUTH__IN(c, 0x41, 0x5a) ? OAUTH__CAST(unsigned char, c + 0x20) : c;
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
    char id[sizeof(name)];
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

/* @@ implementation: registry @@ */

/* ---- Registry ---- */

/* The lookup hashes 8 bytes from each end of a name, so every name must be 8 to 32 bytes
 * long. A row added to OAUTH_EXT_ERROR_REGISTRY_ROWS that breaks this, or that does not
 * match OAUTH_EXT_ERROR_REGISTRY_COUNT, fails to compile here (a negative array size)
 * instead of leaving a zero-filled row or a name the lookup cannot find. */
#define OAUTH__REGISTRY_NAME_MIN 8
#define OAUTH__REGISTRY_NAME_MAX 32
#define OAUTH__REGISTRY_PLUS_ONE(name, usage, extension, controller, reference, status,        \
                                 source)                                                       \
    +1
#define OAUTH__REGISTRY_PLUS_ONE_IF_MISFIT(name, usage, extension, controller, reference,      \
                                           status, source)                                     \
    +(sizeof(name) - 1 < OAUTH__REGISTRY_NAME_MIN ||                                           \
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

    /* The slot holds the first row with this name. A name with several rows is rare (only
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

/* @@ implementation: token extraction @@ */

/* @@ implementation: challenge builder @@ */

/* @@ implementation: challenge parser @@ */

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
