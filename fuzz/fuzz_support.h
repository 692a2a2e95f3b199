/* Checks shared by the fuzz targets: a failed check prints where it failed and aborts, so
 * that libFuzzer saves the input. Every function here is static: each target includes this
 * file once. */
#ifndef OAUTH_FUZZ_SUPPORT_H
#define OAUTH_FUZZ_SUPPORT_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oauth_ext_error.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_REQUIRE(cond)                                                                     \
    do {                                                                                       \
        if (!(cond))                                                                           \
            fuzz_fail(#cond, __FILE__, __LINE__);                                              \
    } while (0)

static void fuzz_fail(const char *expression, const char *file, int line)
{
    fprintf(stderr, "%s:%d: check failed: %s\n", file, line, expression);
    abort();
}

/* malloc that never returns NULL, and gives a real block for 0 bytes, so that the address
 * sanitizer checks every byte of an exactly sized buffer. */
static void *fuzz_malloc(size_t size)
{
    void *block = malloc(size ? size : 1);

    if (!block)
        abort();
    return block;
}

/* A copy of the input in a block of exactly `size` bytes: libFuzzer's own buffer may be
 * followed by readable bytes, this one is not. */
static char *fuzz_copy(const uint8_t *data, size_t size)
{
    char *copy = (char *)fuzz_malloc(size);

    if (size)
        memcpy(copy, data, size);
    return copy;
}

/* A NUL-terminated copy of a view, for the functions that take C strings. */
static char *fuzz_cstr(oauth_string view)
{
    char *copy = (char *)fuzz_malloc(view.length + 1);

    if (view.length)
        memcpy(copy, view.data, view.length);
    copy[view.length] = '\0';
    return copy;
}

/* 1 when the view lies inside [input, input + length): compared as integers, because
 * comparing pointers into different objects is undefined. */
static int fuzz_inside(oauth_string view, const char *input, size_t length)
{
    uintptr_t begin = (uintptr_t)input;
    uintptr_t at = (uintptr_t)view.data;

    return view.data != NULL && at >= begin && at - begin <= length &&
           view.length <= length - (at - begin);
}

static size_t fuzz_offset(const char *at, const char *input)
{
    return (size_t)((uintptr_t)at - (uintptr_t)input);
}

static int fuzz_is_tchar(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

static int fuzz_is_token68_char(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c != 0 && strchr("-._~+/", c) != NULL);
}

/* A CTL other than HTAB: never allowed in a field value (RFC 9110 section 5.5). */
static int fuzz_is_forbidden_control(unsigned char c)
{
    return (c < 0x20 && c != '\t') || c == 0x7f;
}

static int fuzz_case_equal(const char *a, const char *b, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];

        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return 0;
    }
    return 1;
}

static int fuzz_name_equal(oauth_string a, const char *b)
{
    return a.length == strlen(b) && fuzz_case_equal(a.data, b, a.length);
}

/* Unescapes `value` with the two-call idiom and checks oauth_unescape on the way. The
 * measuring call and the writing call agree with a reference. A buffer of exactly
 * length + 1 bytes receives the value and its NUL, and every smaller buffer is left empty
 * with nothing written past its first byte. Returns the value in a malloc'd block, NUL
 * appended, and its length in *length. */
static char *fuzz_unescape(oauth_string value, size_t *length)
{
    size_t needed = oauth_unescape(value, NULL, 0);
    char *expected = (char *)fuzz_malloc(value.length + 1);
    char *exact, *small;
    size_t count = 0, i, sizes[3], k;

    /* Reference: a backslash and the byte after it stand for that byte (RFC 9110 section
     * 5.6.4); a lone backslash at the end is kept. */
    for (i = 0; i < value.length; i++) {
        if (value.data[i] == '\\' && i + 1 < value.length)
            i++;
        expected[count++] = value.data[i];
    }
    FUZZ_REQUIRE(needed == count);

    exact = (char *)fuzz_malloc(needed + 1);
    FUZZ_REQUIRE(oauth_unescape(value, exact, needed + 1) == needed);
    FUZZ_REQUIRE(exact[needed] == '\0');
    FUZZ_REQUIRE(memcmp(exact, expected, needed) == 0);

    /* Too small: size 1, size needed / 2 and size needed, each in an exact block. */
    sizes[0] = 1;
    sizes[1] = needed / 2;
    sizes[2] = needed;
    for (k = 0; k < 3; k++) {
        size_t size = sizes[k];

        if (size == 0 || size > needed)
            continue;
        small = (char *)fuzz_malloc(size);
        memset(small, 'x', size);
        FUZZ_REQUIRE(oauth_unescape(value, small, size) == needed);
        FUZZ_REQUIRE(small[0] == '\0');
        for (i = 1; i < size; i++)
            FUZZ_REQUIRE(small[i] == 'x');
        free(small);
    }
    free(expected);
    *length = needed;
    return exact;
}

/* Every challenge of one field value as the parser returned them: `challenges` views and
 * their params in one array, the status of the last call, and the parser's final state. */
typedef struct fuzz_parse {
    oauth_challenge_view *challenges;
    size_t count;
    oauth_auth_param_view *params;
    int status; /* 0 at the end of the list, or the negative error */
    oauth_parse_error error;
    size_t offset;
} fuzz_parse;

/* Parses the whole field value with `capacity` params per challenge and checks the
 * parser's contract on each call; the views themselves are checked by
 * fuzz_check_challenge. */
static void fuzz_parse_all(const char *input, size_t length, unsigned options, size_t capacity,
                           fuzz_parse *out)
{
    oauth_challenge_parser parser;
    oauth_challenge_view view;
    size_t used = 0;
    /* A challenge needs two bytes with its separator, and a param four. */
    size_t max_challenges = length / 2 + 2;
    size_t max_params = length / 4 + 2 + capacity;

    out->challenges =
        (oauth_challenge_view *)fuzz_malloc(max_challenges * sizeof *out->challenges);
    out->params = (oauth_auth_param_view *)fuzz_malloc(max_params * sizeof *out->params);
    out->count = 0;
    oauth_challenge_parser_init(&parser, input, length, options);
    for (;;) {
        int status;

        FUZZ_REQUIRE(used + capacity <= max_params);
        status = oauth_challenge_parser_next(&parser, &view, out->params + used, capacity);
        FUZZ_REQUIRE(parser.offset <= length);
        if (status != 1) {
            /* After the end or an error: no views, and the same result on every later call. */
            FUZZ_REQUIRE(status <= 0);
            FUZZ_REQUIRE(status == (int)parser.error);
            FUZZ_REQUIRE(view.scheme.data == NULL && view.token68.data == NULL);
            FUZZ_REQUIRE(view.param_count == 0);
            FUZZ_REQUIRE(oauth_challenge_parser_next(&parser, &view, out->params + used,
                                                     capacity) == status);
            FUZZ_REQUIRE(view.scheme.data == NULL);
            out->status = status;
            out->error = parser.error;
            out->offset = parser.offset;
            break;
        }
        FUZZ_REQUIRE(out->count < max_challenges);
        FUZZ_REQUIRE(view.param_count <= capacity);
        FUZZ_REQUIRE(view.params == out->params + used);
        out->challenges[out->count++] = view;
        used += view.param_count;
    }
}

static void fuzz_parse_free(fuzz_parse *parse)
{
    free(parse->challenges);
    free(parse->params);
}

/* Checks one parsed challenge against the grammar of RFC 9110 sections 11.2 and 11.3:
 * every view lies inside the input, the scheme and names are tokens, a token68 has only
 * its characters and "=" padding, a quoted value sits between DQUOTEs and `escaped` is 1
 * exactly when it has a backslash, names are unique ignoring case, and the lookups find each
 * param. */
static void fuzz_check_challenge(const oauth_challenge_view *challenge, const char *input,
                                 size_t length)
{
    size_t i, k, j;
    char *scheme;

    FUZZ_REQUIRE(fuzz_inside(challenge->scheme, input, length));
    FUZZ_REQUIRE(challenge->scheme.length > 0);
    for (i = 0; i < challenge->scheme.length; i++)
        FUZZ_REQUIRE(fuzz_is_tchar((unsigned char)challenge->scheme.data[i]));
    scheme = fuzz_cstr(challenge->scheme);
    FUZZ_REQUIRE(oauth_challenge_view_scheme_is(challenge, scheme));
    free(scheme);

    if (challenge->token68.data) {
        oauth_string t = challenge->token68;

        FUZZ_REQUIRE(fuzz_inside(t, input, length));
        FUZZ_REQUIRE(challenge->param_count == 0);
        FUZZ_REQUIRE(t.length > 0 && fuzz_is_token68_char((unsigned char)t.data[0]));
        for (i = 0; i < t.length && fuzz_is_token68_char((unsigned char)t.data[i]); i++)
            ;
        for (; i < t.length; i++)
            FUZZ_REQUIRE(t.data[i] == '=');
    }

    for (k = 0; k < challenge->param_count; k++) {
        const oauth_auth_param_view *param = &challenge->params[k];
        oauth_string value = param->value;
        size_t unescaped_length;
        char *name, *unescaped;

        FUZZ_REQUIRE(fuzz_inside(param->name, input, length));
        FUZZ_REQUIRE(param->name.length > 0);
        for (i = 0; i < param->name.length; i++)
            FUZZ_REQUIRE(fuzz_is_tchar((unsigned char)param->name.data[i]));
        FUZZ_REQUIRE(fuzz_inside(value, input, length));
        if (param->quoted) {
            size_t at = fuzz_offset(value.data, input);

            FUZZ_REQUIRE(at >= 1 && input[at - 1] == '"');
            FUZZ_REQUIRE(at + value.length < length && input[at + value.length] == '"');
            FUZZ_REQUIRE(param->escaped == (memchr(value.data, '\\', value.length) != NULL));
            for (i = 0; i < value.length; i++)
                FUZZ_REQUIRE(!fuzz_is_forbidden_control((unsigned char)value.data[i]));
        } else {
            FUZZ_REQUIRE(param->quoted == 0 && param->escaped == 0);
            FUZZ_REQUIRE(value.length > 0);
            for (i = 0; i < value.length; i++)
                FUZZ_REQUIRE(fuzz_is_tchar((unsigned char)value.data[i]));
        }

        /* Names are unique ignoring case (RFC 9110 section 11.2), so the lookup by name
         * finds this very param. */
        for (j = 0; j < k; j++)
            FUZZ_REQUIRE(param->name.length != challenge->params[j].name.length ||
                         !fuzz_case_equal(param->name.data, challenge->params[j].name.data,
                                          param->name.length));
        name = fuzz_cstr(param->name);
        FUZZ_REQUIRE(oauth_challenge_view_param(challenge, name) == param);
        free(name);

        /* A quoted-pair never contains a CTL other than HTAB, so the value has no NUL and
         * compares as a C string. */
        unescaped = fuzz_unescape(value, &unescaped_length);
        FUZZ_REQUIRE(memchr(unescaped, '\0', unescaped_length) == NULL);
        FUZZ_REQUIRE(oauth_auth_param_view_equals(param, unescaped) == 1);
        free(unescaped);
    }
}

#endif
