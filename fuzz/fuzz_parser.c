/* Fuzz target: the WWW-Authenticate parser. Any input parses without a crash or a read past
 * its end, in both modes (strict, and lenient with OAUTH_PARSE_SPACE_SEPARATED_PARAMS) and
 * with a full and a small params array. Every view lies inside the input and follows the
 * grammar (fuzz_check_challenge), every offset lies in [0, length], unescaping keeps to the
 * two-call idiom, and oauth_resource_challenge_find agrees with the parser. */
#include "fuzz_support.h"

#define FULL_CAPACITY OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS

/* Checks what each error code states about the byte at its offset. */
static void check_error_offset(const fuzz_parse *parse, const char *input, size_t length)
{
    switch (parse->error) {
    case OAUTH_PARSE_ERROR_NO_CHALLENGE:
    case OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE:
    case OAUTH_PARSE_ERROR_TRAILING_BACKSLASH:
        FUZZ_REQUIRE(parse->offset == length);
        break;
    case OAUTH_PARSE_ERROR_CONTROL_CHAR:
        FUZZ_REQUIRE(parse->offset < length);
        FUZZ_REQUIRE(fuzz_is_forbidden_control((unsigned char)input[parse->offset]) ||
                     input[parse->offset] == '\t');
        break;
    case OAUTH_PARSE_ERROR_DUPLICATE_PARAM:
    case OAUTH_PARSE_ERROR_TOO_MANY_PARAMS:
    case OAUTH_PARSE_ERROR_TOKEN68_WITH_PARAMS:
    case OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME:
        /* The offset of an auth-param's name. */
        FUZZ_REQUIRE(parse->offset < length);
        FUZZ_REQUIRE(fuzz_is_tchar((unsigned char)input[parse->offset]));
        break;
    case OAUTH_PARSE_ERROR_MISSING_VALUE:
        /* After the "=" and its whitespace: a comma or the end. */
        FUZZ_REQUIRE(parse->offset == length || input[parse->offset] == ',');
        break;
    case OAUTH_PARSE_ERROR_MISSING_COMMA:
    case OAUTH_PARSE_ERROR_INVALID_CHAR:
        FUZZ_REQUIRE(parse->offset <= length);
        break;
    default:
        FUZZ_REQUIRE(parse->status == 0);
        break;
    }
}

/* Parses in one mode with two capacities and checks both. The small capacity must give the
 * same challenges until it stops with OAUTH_PARSE_ERROR_TOO_MANY_PARAMS, at the name of the
 * first param that did not fit, or with the same error as the full one. Returns the full
 * parse; the caller frees it. */
static fuzz_parse parse_mode(const char *input, size_t length, unsigned options,
                             size_t small_capacity)
{
    fuzz_parse full, small;
    size_t k, i;
    int saw_control = 0;

    fuzz_parse_all(input, length, options, FULL_CAPACITY, &full);
    for (k = 0; k < full.count; k++)
        fuzz_check_challenge(&full.challenges[k], input, length);
    check_error_offset(&full, input, length);

    /* No CTL other than HTAB is allowed anywhere in a field value (RFC 9110 section 5.5),
     * so such a byte always ends in an error. */
    for (i = 0; i < length; i++)
        saw_control |= fuzz_is_forbidden_control((unsigned char)input[i]);
    if (saw_control)
        FUZZ_REQUIRE(full.status < 0);

    fuzz_parse_all(input, length, options, small_capacity, &small);
    FUZZ_REQUIRE(small.count <= full.count);
    for (k = 0; k < small.count; k++) {
        const oauth_challenge_view *a = &small.challenges[k], *b = &full.challenges[k];

        FUZZ_REQUIRE(a->scheme.data == b->scheme.data && a->scheme.length == b->scheme.length);
        FUZZ_REQUIRE(a->token68.data == b->token68.data);
        FUZZ_REQUIRE(a->param_count == b->param_count);
        for (i = 0; i < a->param_count; i++)
            FUZZ_REQUIRE(memcmp(&a->params[i], &b->params[i], sizeof a->params[i]) == 0);
    }
    if (small.status == OAUTH_PARSE_ERROR_TOO_MANY_PARAMS && small.count < full.count) {
        const oauth_challenge_view *b = &full.challenges[small.count];

        FUZZ_REQUIRE(b->param_count > small_capacity);
        FUZZ_REQUIRE(small.offset == fuzz_offset(b->params[small_capacity].name.data, input));
    } else if (small.status == OAUTH_PARSE_ERROR_TOO_MANY_PARAMS) {
        /* The full parse failed in the same challenge, at or after the small one. */
        FUZZ_REQUIRE(full.status < 0 && full.offset >= small.offset);
    } else {
        FUZZ_REQUIRE(small.count == full.count);
        FUZZ_REQUIRE(small.status == full.status && small.offset == full.offset);
    }
    fuzz_parse_free(&small);
    return full;
}

/* Reference for the max_age of RFC 9470 section 3: 1*DIGIT, at most OAUTH_MAX_AGE_MAX. */
static void check_max_age(const oauth_resource_challenge *result)
{
    size_t length, i;
    char *value;
    long seconds = 0;
    int digits = 1;

    if (!result->max_age.value.data) {
        FUZZ_REQUIRE(result->max_age_status == OAUTH_MAX_AGE_ABSENT);
        return;
    }
    value = fuzz_unescape(result->max_age.value, &length);
    for (i = 0; i < length; i++)
        digits &= value[i] >= '0' && value[i] <= '9';
    if (!length || !digits) {
        FUZZ_REQUIRE(result->max_age_status == OAUTH_MAX_AGE_INVALID);
    } else {
        for (i = 0; i < length && seconds <= OAUTH_MAX_AGE_MAX; i++)
            seconds = seconds * 10 + (value[i] - '0');
        if (seconds > OAUTH_MAX_AGE_MAX) {
            FUZZ_REQUIRE(result->max_age_status == OAUTH_MAX_AGE_TOO_LARGE);
        } else {
            FUZZ_REQUIRE(result->max_age_status == OAUTH_MAX_AGE_VALID);
            FUZZ_REQUIRE(result->max_age_seconds == seconds);
        }
    }
    free(value);
}

/* Checks oauth_resource_challenge_find against the full parse in the same mode. */
static void check_find(const fuzz_parse *parse, const char *input, size_t length,
                       unsigned options, unsigned schemes)
{
    static const char *const names[] = {
        "realm", "scope",      "error",  "error_description", "error_uri", "resource_metadata",
        "algs",  "acr_values", "max_age"};
    oauth_resource_challenge result;
    const oauth_auth_param_view *slots[9];
    const oauth_challenge_view *found = NULL;
    unsigned found_id = 0;
    size_t k;
    int status = oauth_resource_challenge_find(input, length, schemes, options, &result);

    if (parse->status < 0) {
        FUZZ_REQUIRE(status == parse->status);
        FUZZ_REQUIRE(result.parse_error == parse->error && result.offset == parse->offset);
        FUZZ_REQUIRE(result.scheme_id == 0 && result.scheme.data == NULL);
        FUZZ_REQUIRE(result.param_count == 0 && result.realm.value.data == NULL);
        return;
    }
    FUZZ_REQUIRE(result.parse_error == OAUTH_PARSE_OK && result.offset == 0);

    for (k = 0; k < parse->count && !found; k++) {
        const oauth_challenge_view *challenge = &parse->challenges[k];

        if ((schemes & OAUTH_SCHEME_BEARER) && fuzz_name_equal(challenge->scheme, "Bearer"))
            found_id = OAUTH_SCHEME_BEARER;
        else if ((schemes & OAUTH_SCHEME_DPOP) && fuzz_name_equal(challenge->scheme, "DPoP"))
            found_id = OAUTH_SCHEME_DPOP;
        if (found_id)
            found = challenge;
    }
    if (!found) {
        FUZZ_REQUIRE(status == 0 && result.scheme_id == 0 && result.param_count == 0);
        return;
    }
    FUZZ_REQUIRE(status == 1 && result.scheme_id == found_id);
    FUZZ_REQUIRE(result.scheme.data == found->scheme.data);
    FUZZ_REQUIRE(result.param_count == found->param_count);

    slots[0] = &result.realm;
    slots[1] = &result.scope;
    slots[2] = &result.error;
    slots[3] = &result.error_description;
    slots[4] = &result.error_uri;
    slots[5] = &result.resource_metadata;
    slots[6] = &result.algs;
    slots[7] = &result.acr_values;
    slots[8] = &result.max_age;
    for (k = 0; k < 9; k++) {
        const oauth_auth_param_view *expected = oauth_challenge_view_param(found, names[k]);

        if (expected)
            FUZZ_REQUIRE(memcmp(slots[k], expected, sizeof *expected) == 0);
        else
            FUZZ_REQUIRE(slots[k]->name.data == NULL && slots[k]->value.data == NULL);
    }

    if (result.error.value.data) {
        size_t n;
        char *code = fuzz_unescape(result.error.value, &n);

        FUZZ_REQUIRE(result.error_code == oauth_ext_error_from_string(code, n));
        free(code);
    } else {
        FUZZ_REQUIRE(result.error_code == OAUTH_EXT_ERROR_NONE);
    }
    check_max_age(&result);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *input = fuzz_copy(data, size);
    /* 0 to 3 params: the capacities where TOO_MANY_PARAMS meets short inputs. */
    size_t small_capacity = size % 4;
    fuzz_parse strict = parse_mode(input, size, 0, small_capacity);
    fuzz_parse lenient =
        parse_mode(input, size, OAUTH_PARSE_SPACE_SEPARATED_PARAMS, small_capacity);
    unsigned schemes;
    size_t k;

    /* The lenient mode only adds a separator: what strict accepts, it reads the same. */
    if (strict.status == 0) {
        FUZZ_REQUIRE(lenient.status == 0 && lenient.count == strict.count);
        for (k = 0; k < strict.count; k++) {
            const oauth_challenge_view *a = &strict.challenges[k], *b = &lenient.challenges[k];
            size_t i;

            FUZZ_REQUIRE(a->scheme.data == b->scheme.data && a->param_count == b->param_count);
            FUZZ_REQUIRE(a->token68.data == b->token68.data);
            for (i = 0; i < a->param_count; i++)
                FUZZ_REQUIRE(memcmp(&a->params[i], &b->params[i], sizeof a->params[i]) == 0);
        }
    }

    for (schemes = 1; schemes <= 3; schemes++) {
        check_find(&strict, input, size, 0, schemes);
        check_find(&lenient, input, size, OAUTH_PARSE_SPACE_SEPARATED_PARAMS, schemes);
    }
    fuzz_parse_free(&strict);
    fuzz_parse_free(&lenient);
    free(input);
    return 0;
}
