/* Fuzz target, differential: parse a field value, rebuild each challenge with the builder
 * from the parsed values, join the rebuilt challenges, parse the result again and compare.
 * Both parses must give the same schemes and, per challenge, the same auth-params with the
 * same unescaped values. The builder always sends quoted-strings and writes the RFC 6750
 * fields first, so the comparison ignores the token/quoted-string form and the order.
 *
 * Skipped by design, each checked to be what the builder's contract rejects:
 *   - a challenge with a token68: the builder writes auth-params only;
 *   - an auth-param with an empty value: the builder leaves empty fields out;
 *   - a value the builder rejects under the strict policy. These are bytes outside the
 *     RFC 6750 section 3 sets in error, error_description and error_uri, and a scope that
 *     is not scope-tokens joined by single SPs. They are also obs-text in a realm or
 *     extension value, which the parser accepts (RFC 9110 section 5.6.4) but the builder
 *     never sends (VCHAR, SP and HTAB only), a max_age that is not digits, and
 *     error_description or error_uri without error.
 * A field value that does not parse is skipped too: the parser fuzz target covers it. */
#include "fuzz_support.h"

#define CAPACITY OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS

/* A rebuilt challenge: the builder's input, with the unescaped values it points to. */
typedef struct rebuilt {
    oauth_challenge challenge;
    oauth_auth_param params[CAPACITY];
    char *values[CAPACITY];
    size_t value_count;
} rebuilt;

/* Returns the core field of oauth_challenge that an auth-param name stands for, or NULL
 * for an extension param. Names compare case-insensitively (RFC 9110 section 11.2). */
static oauth_string *core_field(oauth_challenge *challenge, oauth_string name)
{
    if (fuzz_name_equal(name, "realm"))
        return &challenge->realm;
    if (fuzz_name_equal(name, "scope"))
        return &challenge->scope;
    if (fuzz_name_equal(name, "error"))
        return &challenge->error;
    if (fuzz_name_equal(name, "error_description"))
        return &challenge->error_description;
    if (fuzz_name_equal(name, "error_uri"))
        return &challenge->error_uri;
    return NULL;
}

static void rebuild(const oauth_challenge_view *view, rebuilt *out)
{
    size_t k;

    oauth_challenge_init(&out->challenge);
    out->challenge.scheme = view->scheme;
    out->challenge.params = out->params;
    out->value_count = 0;
    for (k = 0; k < view->param_count; k++) {
        oauth_string value;
        oauth_string *field;

        out->values[out->value_count] = fuzz_unescape(view->params[k].value, &value.length);
        value.data = out->values[out->value_count++];
        field = core_field(&out->challenge, view->params[k].name);
        if (field) {
            *field = value;
        } else {
            out->params[out->challenge.param_count].name = view->params[k].name;
            out->params[out->challenge.param_count].value = value;
            out->challenge.param_count++;
        }
    }
}

static void rebuilt_free(rebuilt *r)
{
    size_t k;

    for (k = 0; k < r->value_count; k++)
        free(r->values[k]);
}

/* The value that result->field names. */
static oauth_string failed_value(const oauth_challenge *challenge,
                                 const oauth_challenge_result *result)
{
    switch (result->field) {
    case OAUTH_CHALLENGE_FIELD_REALM:
        return challenge->realm;
    case OAUTH_CHALLENGE_FIELD_SCOPE:
        return challenge->scope;
    case OAUTH_CHALLENGE_FIELD_ERROR:
        return challenge->error;
    case OAUTH_CHALLENGE_FIELD_ERROR_DESCRIPTION:
        return challenge->error_description;
    case OAUTH_CHALLENGE_FIELD_ERROR_URI:
        return challenge->error_uri;
    case OAUTH_CHALLENGE_FIELD_PARAM_VALUE:
        return challenge->params[result->param_index].value;
    default:
        FUZZ_REQUIRE(0);
        return challenge->scheme;
    }
}

/* Checks that a failed build is one of the skips by design listed at the top, and that
 * the byte it names does break the rule. */
static void check_skip(const oauth_challenge *challenge, const oauth_challenge_result *result)
{
    oauth_string value;
    unsigned char c;

    if (result->error == OAUTH_CHALLENGE_ERROR_MISSING_ERROR) {
        FUZZ_REQUIRE(challenge->error.length == 0);
        FUZZ_REQUIRE(challenge->error_description.length || challenge->error_uri.length);
        return;
    }
    value = failed_value(challenge, result);
    FUZZ_REQUIRE(result->offset < value.length);
    c = (unsigned char)value.data[result->offset];
    switch (result->error) {
    case OAUTH_CHALLENGE_ERROR_NOT_NQSCHAR:
        FUZZ_REQUIRE(c == '"' || c == '\\' || c == '\t' || c >= 0x80);
        break;
    case OAUTH_CHALLENGE_ERROR_NOT_URI_CHAR:
        FUZZ_REQUIRE(c == '"' || c == '\\' || c == '\t' || c == ' ' || c >= 0x80);
        break;
    case OAUTH_CHALLENGE_ERROR_NOT_SCOPE:
        FUZZ_REQUIRE(c == '"' || c == '\\' || c == '\t' || c == ' ' || c >= 0x80);
        break;
    case OAUTH_CHALLENGE_ERROR_NOT_QUOTABLE:
        /* The parser never returns a CTL other than HTAB, so only obs-text is left. */
        FUZZ_REQUIRE(c >= 0x80);
        break;
    case OAUTH_CHALLENGE_ERROR_NOT_INTEGER:
        FUZZ_REQUIRE(result->field == OAUTH_CHALLENGE_FIELD_PARAM_VALUE);
        FUZZ_REQUIRE(c < '0' || c > '9');
        break;
    default:
        /* NOT_TOKEN, RESERVED_NAME, DUPLICATE_NAME and the rest cannot follow from a
         * successful parse. */
        FUZZ_REQUIRE(0);
    }
}

/* Builds one rebuilt challenge with the two-call idiom; returns it in a malloc'd block,
 * or NULL when the builder rejects it by design. */
static char *build(const rebuilt *r, size_t *length)
{
    oauth_challenge_result result;
    size_t n = oauth_challenge_build(&r->challenge, OAUTH_CHALLENGE_STRICT, NULL, 0, &result);
    char *out;

    if (result.error != OAUTH_CHALLENGE_ERROR_BUFFER_TOO_SMALL) {
        check_skip(&r->challenge, &result);
        return NULL;
    }
    out = (char *)fuzz_malloc(n + 1);
    FUZZ_REQUIRE(
        oauth_challenge_build(&r->challenge, OAUTH_CHALLENGE_STRICT, out, n + 1, &result) == n);
    FUZZ_REQUIRE(result.error == OAUTH_CHALLENGE_OK);
    *length = n;
    return out;
}

/* Compares a challenge of the first parse with its counterpart after the round trip. */
static void compare(const oauth_challenge_view *before, const oauth_challenge_view *after)
{
    size_t k, expected = 0;

    FUZZ_REQUIRE(after->scheme.length == before->scheme.length);
    FUZZ_REQUIRE(memcmp(after->scheme.data, before->scheme.data, before->scheme.length) == 0);
    FUZZ_REQUIRE(after->token68.data == NULL);
    for (k = 0; k < before->param_count; k++) {
        const oauth_auth_param_view *param = &before->params[k];
        const oauth_auth_param_view *found;
        size_t n, m;
        char *name, *value, *again;

        value = fuzz_unescape(param->value, &n);
        name = fuzz_cstr(param->name);
        found = oauth_challenge_view_param(after, name);
        if (n == 0) {
            FUZZ_REQUIRE(found == NULL);
        } else {
            FUZZ_REQUIRE(found != NULL);
            again = fuzz_unescape(found->value, &m);
            FUZZ_REQUIRE(m == n && memcmp(again, value, n) == 0);
            free(again);
            expected++;
        }
        free(name);
        free(value);
    }
    FUZZ_REQUIRE(after->param_count == expected);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *input = fuzz_copy(data, size);
    fuzz_parse first, second;
    rebuilt *rebuilt_challenges;
    oauth_string *built;
    size_t *origin;
    size_t count = 0, k, joined_length;
    oauth_challenge_result result;
    char *joined;

    fuzz_parse_all(input, size, 0, CAPACITY, &first);
    if (first.status != 0) {
        fuzz_parse_free(&first);
        free(input);
        return 0;
    }

    rebuilt_challenges = (rebuilt *)fuzz_malloc(first.count * sizeof *rebuilt_challenges);
    built = (oauth_string *)fuzz_malloc(first.count * sizeof *built);
    origin = (size_t *)fuzz_malloc(first.count * sizeof *origin);
    for (k = 0; k < first.count; k++) {
        rebuilt *r = &rebuilt_challenges[k];

        r->value_count = 0;
        if (first.challenges[k].token68.data)
            continue;
        rebuild(&first.challenges[k], r);
        built[count].data = build(r, &built[count].length);
        if (built[count].data)
            origin[count++] = k;
    }

    if (count) {
        /* Builder output is always a valid element for the join. */
        joined_length = oauth_challenges_join(built, count, NULL, 0, &result);
        FUZZ_REQUIRE(result.error == OAUTH_CHALLENGE_ERROR_BUFFER_TOO_SMALL);
        joined = (char *)fuzz_malloc(joined_length + 1);
        FUZZ_REQUIRE(oauth_challenges_join(built, count, joined, joined_length + 1, &result) ==
                     joined_length);
        FUZZ_REQUIRE(result.error == OAUTH_CHALLENGE_OK);

        fuzz_parse_all(joined, joined_length, 0, CAPACITY, &second);
        FUZZ_REQUIRE(second.status == 0 && second.count == count);
        for (k = 0; k < count; k++) {
            fuzz_check_challenge(&second.challenges[k], joined, joined_length);
            compare(&first.challenges[origin[k]], &second.challenges[k]);
        }
        fuzz_parse_free(&second);
        free(joined);
    }

    for (k = 0; k < count; k++)
        free((char *)built[k].data);
    for (k = 0; k < first.count; k++)
        rebuilt_free(&rebuilt_challenges[k]);
    free(rebuilt_challenges);
    free(built);
    free(origin);
    fuzz_parse_free(&first);
    free(input);
    return 0;
}
