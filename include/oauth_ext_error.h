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
 *   - No dependencies: the header includes <stddef.h> only, and works freestanding.
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

/* @@ declarations: token extraction @@ */

/* @@ declarations: challenge builder @@ */

/* @@ declarations: challenge parser @@ */

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
 * for the duplicate check. Define it before including the header to change it. */
#ifndef OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS
#define OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS 32
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
    oauth_auth_param_view realm;             /* RFC 9110 section 11.5 */
    oauth_auth_param_view scope;             /* RFC 6750 section 3 */
    oauth_auth_param_view error;             /* RFC 6750 section 3, raw value */
    oauth_ext_error error_code;              /* error as an RFC 6750 code, else NONE */
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
 * after unescaping, or OAUTH_EXT_ERROR_NONE.
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

/* Compares n bytes without stopping early, so the compiler can merge the loads. */
static inline int oauth__bytes_equal(const char *a, const char *b, size_t n)
{
    unsigned difference = 0;
    size_t i;

    for (i = 0; i < n; i++)
        difference |= OAUTH__CAST(unsigned, OAUTH__CAST(unsigned char, a[i]) ^
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
    if (!string)
        return OAUTH_EXT_ERROR_NONE;

    /* The codes have distinct lengths, so the length picks the one candidate and a
     * fixed-size comparison decides. Two codes of equal length would be a duplicate
     * case label here, a compile error rather than a silent miss. */
    switch (length) {
#define OAUTH__LENGTH_CASE(id, name, status, reason, rfc, section, description)                \
    case sizeof(name) - 1:                                                                     \
        return oauth__bytes_equal(string, name, sizeof(name) - 1) ? OAUTH_EXT_ERROR_##id       \
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

/* @@ implementation: token extraction @@ */

/* @@ implementation: challenge builder @@ */

/* @@ implementation: challenge parser @@ */

/* ---- Challenge parser ---- */

/* An all-zero aggregate, written as each language accepts it without a warning. */
#ifdef __cplusplus
#define OAUTH__PARSE_ZERO                                                                      \
    {                                                                                          \
    }
#else
#define OAUTH__PARSE_ZERO                                                                      \
    {                                                                                          \
        0                                                                                      \
    }
#endif

#define OAUTH__PARSE_BYTE(s, i) OAUTH__CAST(unsigned char, (s)[i])

/* OWS = *( SP / HTAB ) (RFC 9110 section 5.6.3). */
static inline size_t oauth__parse_skip_ows(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
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

static inline size_t oauth__parse_skip_token(const char *s, size_t i, size_t n)
{
    /* Four bytes per step while they last: one branch for four table lookups. */
    while (i + 4 <= n && (oauth__char_class(OAUTH__PARSE_BYTE(s, i)) &
                          oauth__char_class(OAUTH__PARSE_BYTE(s, i + 1)) &
                          oauth__char_class(OAUTH__PARSE_BYTE(s, i + 2)) &
                          oauth__char_class(OAUTH__PARSE_BYTE(s, i + 3)) & OAUTH__CLASS_TCHAR))
        i += 4;
    while (i < n && oauth__is_tchar(OAUTH__PARSE_BYTE(s, i)))
        i++;
    return i;
}

/* Loads 8 bytes at s + i in any byte order as one word: with one load where the
 * compiler has __builtin_memcpy, so that <string.h> stays out of the header. */
#if defined(__GNUC__) || defined(__clang__)
#define OAUTH__PARSE_LOAD_WORD(word, s, i) __builtin_memcpy(&(word), (s) + (i), 8)
#else
#define OAUTH__PARSE_LOAD_WORD(word, s, i)                                                     \
    do {                                                                                       \
        unsigned k_;                                                                           \
        (word) = 0;                                                                            \
        for (k_ = 0; k_ < 8; k_++)                                                             \
            (word) |= OAUTH__CAST(unsigned long long, OAUTH__PARSE_BYTE(s, (i) + k_))          \
                      << (8 * k_);                                                             \
    } while (0)
#endif

/* Skips the bytes from i that are qdtext other than HTAB, eight at a time while they
 * last, and returns the offset of the first other byte or n. A byte is such qdtext when
 * it is not below 0x20, not DQUOTE, not a backslash and not DEL. The test below is the
 * exact "any byte below k" test (w - k * 0x01..01) & ~w & 0x80..80 (for k <= 0x80),
 * once for "below 0x20" and once for "equal to c" as "w ^ c below 1". All four share
 * ~w, because w ^ c has the high bits of w when c < 0x80. */
static inline size_t oauth__parse_skip_qdtext(const char *s, size_t i, size_t n)
{
    const unsigned long long ones = 0x0101010101010101ull;
    const unsigned long long highs = 0x8080808080808080ull;

    while (i + 8 <= n) {
        unsigned long long w, hits;

        OAUTH__PARSE_LOAD_WORD(w, s, i);
        hits = (w - 0x20 * ones) | ((w ^ (0x22 * ones)) - ones) | ((w ^ (0x5c * ones)) - ones) |
               ((w ^ (0x7f * ones)) - ones);
        if (hits & ~w & highs)
            break;
        i += 8;
    }
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

    if (i >= n)
        return otherwise;
    c = OAUTH__PARSE_BYTE(s, i);
    return c < 0x20 || c == 0x7f ? OAUTH_PARSE_ERROR_CONTROL_CHAR : otherwise;
}

/* Stops the parser with error at offset, so that every later call returns the same. */
static inline int oauth__parse_fail(oauth_challenge_parser *parser,
                                    oauth_challenge_view *challenge, oauth_parse_error error,
                                    size_t offset)
{
    oauth_challenge_view empty = OAUTH__PARSE_ZERO;

    *challenge = empty;
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

/* Reads the auth-param whose name is [name, name_end) and whose "=" is at `equals`
 * (auth-param = token BWS "=" BWS ( token / quoted-string ), RFC 9110 section 11.2),
 * appends it to params after the duplicate check, and returns the offset after its
 * value, or a negative error through oauth__parse_fail. */
static inline int oauth__parse_param(oauth_challenge_parser *parser,
                                     oauth_challenge_view *challenge,
                                     oauth_auth_param_view *params, size_t capacity,
                                     size_t name, size_t name_end, size_t equals, size_t *end)
{
    const char *s = parser->input;
    size_t n = parser->length;
    size_t i = oauth__parse_skip_ows(s, equals + 1, n);
    oauth_auth_param_view param = OAUTH__PARSE_ZERO;
    size_t k;

    param.name.data = s + name;
    param.name.length = name_end - name;
    if (i < n && s[i] == '"') {
        oauth_parse_error error = oauth__parse_quoted_string(s, n, &i, &param);

        if (error != OAUTH_PARSE_OK)
            return oauth__parse_fail(parser, challenge, error, i);
    } else if (i < n && oauth__is_tchar(OAUTH__PARSE_BYTE(s, i))) {
        size_t value_end = oauth__parse_skip_token(s, i, n);

        param.value.data = s + i;
        param.value.length = value_end - i;
        i = value_end;
    } else if (i == n || s[i] == ',') {
        return oauth__parse_fail(parser, challenge, OAUTH_PARSE_ERROR_MISSING_VALUE, i);
    } else {
        return oauth__parse_fail(
            parser, challenge, oauth__parse_unexpected(s, i, n, OAUTH_PARSE_ERROR_INVALID_CHAR),
            i);
    }

    /* Each name at most once per challenge (RFC 9110 section 11.2). Lengths are compared
     * first, so the bytes are compared only for names of equal length. */
    for (k = 0; k < challenge->param_count; k++) {
        if (params[k].name.length == param.name.length &&
            oauth__ascii_case_equal(params[k].name.data, param.name.data, param.name.length))
            return oauth__parse_fail(parser, challenge, OAUTH_PARSE_ERROR_DUPLICATE_PARAM,
                                     name);
    }
    if (challenge->param_count == capacity)
        return oauth__parse_fail(parser, challenge, OAUTH_PARSE_ERROR_TOO_MANY_PARAMS, name);
    params[challenge->param_count++] = param;
    *end = i;
    return 1;
}

/* What a challenge's body is, which decides what may follow a comma inside it. */
enum oauth__parse_body { OAUTH__PARSE_BARE, OAUTH__PARSE_PARAMS, OAUTH__PARSE_TOKEN68 };

/* Reads the first element after `Scheme 1*SP`, at b: a token68 or an auth-param. Returns
 * 1 and sets *end and *body, or a negative error through oauth__parse_fail. */
static inline int oauth__parse_first_element(oauth_challenge_parser *parser,
                                             oauth_challenge_view *challenge,
                                             oauth_auth_param_view *params, size_t capacity,
                                             size_t b, size_t *end,
                                             enum oauth__parse_body *body)
{
    const char *s = parser->input;
    size_t n = parser->length;
    size_t token68_end = b;
    size_t token68_after = b;
    size_t after, name_end, equals;

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
            *body = OAUTH__PARSE_TOKEN68;
            return 1;
        }
    }

    name_end = oauth__parse_skip_token(s, b, n);
    equals = oauth__parse_skip_ows(s, name_end, n);
    if (name_end > b && equals < n && s[equals] == '=') {
        *body = OAUTH__PARSE_PARAMS;
        return oauth__parse_param(parser, challenge, params, capacity, b, name_end, equals,
                                  end);
    }

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

OAUTH_EXT_ERROR_API const char *oauth_parse_error_message(oauth_parse_error error)
{
    switch (error) {
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
        return "invalid character where a token was expected";
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
    oauth_challenge_view empty = OAUTH__PARSE_ZERO;
    enum oauth__parse_body body = OAUTH__PARSE_BARE;
    const char *s;
    size_t n, i, scheme, after;

    if (!parser || !challenge)
        return OAUTH__CAST(int, OAUTH_PARSE_ERROR_NULL_ARGUMENT);
    *challenge = empty;
    challenge->params = params;
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
        *challenge = empty;
        parser->offset = n;
        return 0;
    }

    /* auth-scheme = token (RFC 9110 section 11.1). A token that "=" follows is an
     * auth-param with no scheme before it. */
    scheme = i;
    i = oauth__parse_skip_token(s, i, n);
    if (i == scheme)
        return oauth__parse_fail(
            parser, challenge, oauth__parse_unexpected(s, i, n, OAUTH_PARSE_ERROR_INVALID_CHAR),
            i);
    after = oauth__parse_skip_ows(s, i, n);
    if (after < n && s[after] == '=')
        return oauth__parse_fail(parser, challenge, OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME,
                                 scheme);
    challenge->scheme.data = s + scheme;
    challenge->scheme.length = i - scheme;

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
        if (oauth__parse_first_element(parser, challenge, params, capacity, after, &i, &body) <
            0)
            return OAUTH__CAST(int, parser->error);
    } else if (after > i && s[i] == ' ') {
        body = OAUTH__PARSE_PARAMS;
    }

    /* After each element: OWS, then a comma or the end. After a comma, `token BWS "="`
     * continues this challenge's auth-params and any other token starts the next
     * challenge (RFC 9110 section 11.6.1). Empty elements are skipped, which also
     * settles the "comma, whitespace, comma" ambiguity of that section: it means the
     * same whichever list it belongs to. */
    for (;;) {
        size_t w = oauth__parse_skip_ows(s, i, n);
        size_t name, name_end, equals;

        if (w < n && s[w] == ',') {
            name = oauth__parse_skip_list_separators(s, w, n);
            if (name == n)
                break;
            name_end = oauth__parse_skip_token(s, name, n);
            if (name_end == name)
                return oauth__parse_fail(
                    parser, challenge,
                    oauth__parse_unexpected(s, name, n, OAUTH_PARSE_ERROR_INVALID_CHAR), name);
            equals = oauth__parse_skip_ows(s, name_end, n);
            if (equals == n || s[equals] != '=') {
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
            i = n;
            break;
        } else {
            /* The lenient option takes whitespace followed by `token BWS "="` as the
             * separator between two auth-params. */
            int lenient = (parser->options & OAUTH_PARSE_SPACE_SEPARATED_PARAMS) &&
                          body == OAUTH__PARSE_PARAMS && w > i;

            name = w;
            name_end = lenient ? oauth__parse_skip_token(s, name, n) : name;
            equals = oauth__parse_skip_ows(s, name_end, n);
            if (name_end == name || equals == n || s[equals] != '=')
                return oauth__parse_fail(
                    parser, challenge,
                    oauth__parse_unexpected(s, w, n, OAUTH_PARSE_ERROR_MISSING_COMMA), w);
        }
        if (oauth__parse_param(parser, challenge, params, capacity, name, name_end, equals,
                               &i) < 0)
            return OAUTH__CAST(int, parser->error);
    }
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

        if (s[i] == '\\' && i + 1 < n)
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

/* Copies the challenge's auth-params that RFC 6750, 9449, 9470 and 9728 define into
 * *result; names match case-insensitively and in full. */
static inline void oauth__parse_fill(oauth_resource_challenge *result,
                                     const oauth_challenge_view *challenge)
{
#define OAUTH__PARSE_KNOWN_NAME(name)                                                          \
    {                                                                                          \
        name, sizeof(name) - 1                                                                 \
    }
    static const oauth_string names[] = {
        OAUTH__PARSE_KNOWN_NAME("realm"),     OAUTH__PARSE_KNOWN_NAME("scope"),
        OAUTH__PARSE_KNOWN_NAME("error"),     OAUTH__PARSE_KNOWN_NAME("error_description"),
        OAUTH__PARSE_KNOWN_NAME("error_uri"), OAUTH__PARSE_KNOWN_NAME("resource_metadata"),
        OAUTH__PARSE_KNOWN_NAME("algs"),      OAUTH__PARSE_KNOWN_NAME("acr_values"),
        OAUTH__PARSE_KNOWN_NAME("max_age"),
    };
#undef OAUTH__PARSE_KNOWN_NAME
    oauth_auth_param_view *slots[] = {&result->realm,     &result->scope,
                                      &result->error,     &result->error_description,
                                      &result->error_uri, &result->resource_metadata,
                                      &result->algs,      &result->acr_values,
                                      &result->max_age};
    size_t k, j;

    result->scheme = challenge->scheme;
    result->param_count = challenge->param_count;
    for (k = 0; k < challenge->param_count; k++) {
        const oauth_auth_param_view *param = &challenge->params[k];

        for (j = 0; j < sizeof names / sizeof names[0]; j++) {
            if (param->name.length == names[j].length &&
                oauth__ascii_case_equal(param->name.data, names[j].data, names[j].length)) {
                *slots[j] = *param;
                break;
            }
        }
    }

    /* The code comparison is exact; a value with quoted-pairs is compared unescaped. The
     * buffer holds the longest code and one byte more, so a longer value never matches. */
    if (result->error.value.data) {
        char unescaped[sizeof "insufficient_scope" + 1];
        size_t length = oauth_unescape(result->error.value, unescaped, sizeof unescaped);

        if (length < sizeof unescaped)
            result->error_code = oauth_ext_error_from_string(unescaped, length);
    }
    oauth__parse_max_age(result);
}

OAUTH_EXT_ERROR_API int oauth_resource_challenge_find(const char *input, size_t length,
                                                      unsigned schemes, unsigned options,
                                                      oauth_resource_challenge *result)
{
    oauth_resource_challenge empty = OAUTH__PARSE_ZERO;
    oauth_auth_param_view params[OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS];
    oauth_challenge_parser parser;
    oauth_challenge_view challenge;
    int status;

    if (!result)
        return OAUTH__CAST(int, OAUTH_PARSE_ERROR_NULL_ARGUMENT);
    *result = empty;
    oauth_challenge_parser_init(&parser, input, length, options);

    /* The whole list is parsed, so that an error after the wanted challenge is found too. */
    while ((status = oauth_challenge_parser_next(&parser, &challenge, params,
                                                 OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS)) == 1) {
        unsigned scheme_id = 0;

        if (result->scheme_id)
            continue;
        if (oauth_challenge_view_scheme_is(&challenge, "Bearer"))
            scheme_id = OAUTH_SCHEME_BEARER;
        else if (oauth_challenge_view_scheme_is(&challenge, "DPoP"))
            scheme_id = OAUTH_SCHEME_DPOP;
        if (scheme_id & schemes) {
            result->scheme_id = scheme_id;
            oauth__parse_fill(result, &challenge);
        }
    }
    if (status < 0) {
        *result = empty;
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
