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

/* Reads 8 or 4 bytes as one little-endian integer. Compilers turn the shifts into a single
 * load, and the byte order is fixed so that the result is the same on every machine. */
static inline uint64_t oauth__load64(const char *p)
{
    const unsigned char *u = OAUTH__CAST(const unsigned char *, OAUTH__CAST(const void *, p));

    return OAUTH__CAST(uint64_t, u[0]) | OAUTH__CAST(uint64_t, u[1]) << 8 |
           OAUTH__CAST(uint64_t, u[2]) << 16 | OAUTH__CAST(uint64_t, u[3]) << 24 |
           OAUTH__CAST(uint64_t, u[4]) << 32 | OAUTH__CAST(uint64_t, u[5]) << 40 |
           OAUTH__CAST(uint64_t, u[6]) << 48 | OAUTH__CAST(uint64_t, u[7]) << 56;
}

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
