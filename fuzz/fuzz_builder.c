/* Fuzz target: the challenge builder. The input is split at each 0xFF byte into fields:
 * scheme, realm, scope, error, error_description, error_uri, then name and value of up to
 * MAX_PARAMS extension params; a field past the end of the input is absent. 0xFF is a good
 * separator because the builder rejects it in every field anyway.
 *
 * Under both policies the build gives either a named error and no output, or a challenge
 * with no CR, LF or other CTL (HTAB is allowed, as in any field value: RFC 9110 section
 * 5.5) that the parser reads back to exactly the values given, after unescaping. Every
 * buffer size keeps to the two-call idiom. */
#include "fuzz_support.h"

#define MAX_PARAMS 16
#define SEPARATOR  0xff

/* Checks the two-call idiom at buffer size `size`, with the buffer in an exact block: the
 * same length, and BUFFER_TOO_SMALL and "" when the challenge does not fit, else the whole
 * challenge and its NUL. */
static void check_size(const oauth_challenge *challenge, oauth_challenge_policy policy,
                       const char *expected, size_t length, size_t size)
{
    char *buffer = (char *)fuzz_malloc(size);
    oauth_challenge_result result;

    /* Size 0 with a real buffer must leave even its first byte alone. */
    buffer[0] = 'x';
    memset(buffer, 'x', size);
    FUZZ_REQUIRE(oauth_challenge_build(challenge, policy, buffer, size, &result) == length);
    if (size == 0) {
        FUZZ_REQUIRE(buffer[0] == 'x');
        FUZZ_REQUIRE(oauth_challenge_build(challenge, policy, NULL, 0, NULL) == length);
    }
    if (size > length) {
        FUZZ_REQUIRE(result.error == OAUTH_CHALLENGE_OK);
        FUZZ_REQUIRE(memcmp(buffer, expected, length + 1) == 0);
    } else {
        FUZZ_REQUIRE(result.error == OAUTH_CHALLENGE_ERROR_BUFFER_TOO_SMALL);
        /* The contract is "" in the buffer: the bytes after the NUL are scratch, and may
         * hold the start of the challenge. The exact block catches a write past size. */
        if (size)
            FUZZ_REQUIRE(buffer[0] == '\0');
    }
    free(buffer);
}

/* The length of the field that result->field names, for the offset check. */
static size_t field_length(const oauth_challenge *challenge, const oauth_challenge_result *r)
{
    switch (r->field) {
    case OAUTH_CHALLENGE_FIELD_SCHEME:
        return challenge->scheme.length;
    case OAUTH_CHALLENGE_FIELD_REALM:
        return challenge->realm.length;
    case OAUTH_CHALLENGE_FIELD_SCOPE:
        return challenge->scope.length;
    case OAUTH_CHALLENGE_FIELD_ERROR:
        return challenge->error.length;
    case OAUTH_CHALLENGE_FIELD_ERROR_DESCRIPTION:
        return challenge->error_description.length;
    case OAUTH_CHALLENGE_FIELD_ERROR_URI:
        return challenge->error_uri.length;
    case OAUTH_CHALLENGE_FIELD_PARAM_NAME:
        FUZZ_REQUIRE(r->param_index < challenge->param_count);
        return challenge->params[r->param_index].name.length;
    case OAUTH_CHALLENGE_FIELD_PARAM_VALUE:
        FUZZ_REQUIRE(r->param_index < challenge->param_count);
        return challenge->params[r->param_index].value.length;
    default:
        FUZZ_REQUIRE(0);
        return 0;
    }
}

/* Appends an expected auth-param to the list that the parse must give back. */
static void expect(oauth_auth_param *list, size_t *count, const char *name, oauth_string value)
{
    if (!value.length)
        return;
    list[*count].name = oauth_cstr(name);
    list[*count].value = value;
    (*count)++;
}

/* Parses the built challenge and compares it with what was given: the scheme, then
 * realm, scope, error, error_description and error_uri in the order of RFC 6750 section 3
 * (with the safe policy's replacements), then the extension params in their order. */
static void check_read_back(const oauth_challenge *challenge,
                            const oauth_challenge_result *result, const char *output,
                            size_t length)
{
    oauth_auth_param expected[5 + MAX_PARAMS];
    oauth_string description = challenge->error_description;
    oauth_string uri = challenge->error_uri;
    size_t count = 0, k;
    fuzz_parse parse;
    const oauth_challenge_view *view;
    oauth_string scheme = challenge->scheme;

    if (result->sanitized & OAUTH_CHALLENGE_SANITIZED_ERROR_DESCRIPTION)
        description = oauth_cstr(oauth_ext_error_description(
            oauth_ext_error_from_string(challenge->error.data, challenge->error.length)));
    if (result->sanitized & OAUTH_CHALLENGE_SANITIZED_ERROR_URI)
        uri.length = 0;
    expect(expected, &count, "realm", challenge->realm);
    expect(expected, &count, "scope", challenge->scope);
    expect(expected, &count, "error", challenge->error);
    expect(expected, &count, "error_description", description);
    expect(expected, &count, "error_uri", uri);
    for (k = 0; k < challenge->param_count; k++) {
        if (challenge->params[k].value.length)
            expected[count++] = challenge->params[k];
    }
    if (!scheme.length)
        scheme = oauth_cstr("Bearer");

    fuzz_parse_all(output, length, 0, 5 + MAX_PARAMS, &parse);
    FUZZ_REQUIRE(parse.status == 0 && parse.count == 1);
    view = &parse.challenges[0];
    fuzz_check_challenge(view, output, length);
    FUZZ_REQUIRE(view->scheme.length == scheme.length);
    FUZZ_REQUIRE(memcmp(view->scheme.data, scheme.data, scheme.length) == 0);
    FUZZ_REQUIRE(view->token68.data == NULL);
    FUZZ_REQUIRE(view->param_count == count);
    for (k = 0; k < count; k++) {
        const oauth_auth_param_view *param = &view->params[k];
        size_t n;
        char *value = fuzz_unescape(param->value, &n);

        FUZZ_REQUIRE(param->quoted);
        FUZZ_REQUIRE(param->name.length == expected[k].name.length);
        FUZZ_REQUIRE(memcmp(param->name.data, expected[k].name.data, param->name.length) == 0);
        FUZZ_REQUIRE(n == expected[k].value.length);
        FUZZ_REQUIRE(memcmp(value, expected[k].value.data, n) == 0);
        free(value);
    }
    fuzz_parse_free(&parse);
}

/* Builds under one policy and checks the outcome. Returns the length, 0 on an error. */
static size_t check_policy(const oauth_challenge *challenge, oauth_challenge_policy policy,
                           char **output)
{
    oauth_challenge_result result;
    size_t length = oauth_challenge_build(challenge, policy, NULL, 0, &result);
    size_t size, i;
    char *buffer;

    *output = NULL;
    if (result.error != OAUTH_CHALLENGE_ERROR_BUFFER_TOO_SMALL) {
        /* A named error with its field, and the same error whatever the buffer. */
        char small[8];

        FUZZ_REQUIRE(length == 0);
        FUZZ_REQUIRE(oauth_challenge_error_message(result.error) != NULL);
        FUZZ_REQUIRE(result.error != OAUTH_CHALLENGE_OK);
        FUZZ_REQUIRE(oauth_challenge_field_name(result.field) != NULL);
        FUZZ_REQUIRE(result.offset <= field_length(challenge, &result));
        memset(small, 'x', sizeof small);
        FUZZ_REQUIRE(oauth_challenge_build(challenge, policy, small, sizeof small, NULL) == 0);
        FUZZ_REQUIRE(small[0] == '\0');
        return 0;
    }
    FUZZ_REQUIRE(length > 0);
    if (policy != OAUTH_CHALLENGE_SAFE)
        FUZZ_REQUIRE(result.sanitized == 0);

    buffer = (char *)fuzz_malloc(length + 1);
    FUZZ_REQUIRE(oauth_challenge_build(challenge, policy, buffer, length + 1, &result) ==
                 length);
    FUZZ_REQUIRE(result.error == OAUTH_CHALLENGE_OK && buffer[length] == '\0');
    for (i = 0; i < length; i++) {
        unsigned char c = (unsigned char)buffer[i];

        FUZZ_REQUIRE(c != '\r' && c != '\n');
        FUZZ_REQUIRE(!fuzz_is_forbidden_control(c) && c < 0x80);
    }

    /* Every size up to length + 1 for short challenges, and for long ones the sizes at
     * both ends and one in the middle, which keeps each run linear in the output. */
    if (length <= 48) {
        for (size = 0; size <= length + 1; size++)
            check_size(challenge, policy, buffer, length, size);
    } else {
        size_t sample[] = {0, 1, length / 2, length - 1, length, length + 1, length + 2};

        for (i = 0; i < sizeof sample / sizeof sample[0]; i++)
            check_size(challenge, policy, buffer, length, sample[i]);
    }
    check_read_back(challenge, &result, buffer, length);
    *output = buffer;
    return length;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *input = fuzz_copy(data, size);
    oauth_string fields[6 + 2 * MAX_PARAMS];
    oauth_auth_param params[MAX_PARAMS];
    oauth_challenge challenge;
    size_t count = 0, start = 0, i;
    char *strict_output, *safe_output;
    size_t strict_length, safe_length;

    /* Split at each separator; the fields after the last one are absent. */
    for (i = 0; i <= size && count < sizeof fields / sizeof fields[0]; i++) {
        if (i == size || (unsigned char)input[i] == SEPARATOR) {
            fields[count].data = input + start;
            fields[count].length = i - start;
            count++;
            start = i + 1;
        }
    }
    for (i = count; i < sizeof fields / sizeof fields[0]; i++) {
        fields[i].data = NULL;
        fields[i].length = 0;
    }

    oauth_challenge_init(&challenge);
    challenge.scheme = fields[0];
    challenge.realm = fields[1];
    challenge.scope = fields[2];
    challenge.error = fields[3];
    challenge.error_description = fields[4];
    challenge.error_uri = fields[5];
    for (i = 0; 6 + 2 * i < count; i++) {
        params[i].name = fields[6 + 2 * i];
        params[i].value = fields[7 + 2 * i];
    }
    challenge.params = params;
    challenge.param_count = i;

    strict_length = check_policy(&challenge, OAUTH_CHALLENGE_STRICT, &strict_output);
    safe_length = check_policy(&challenge, OAUTH_CHALLENGE_SAFE, &safe_output);

    /* The safe policy changes only what strict rejects. */
    if (strict_output) {
        FUZZ_REQUIRE(safe_length == strict_length);
        FUZZ_REQUIRE(memcmp(safe_output, strict_output, strict_length) == 0);
    }
    free(strict_output);
    free(safe_output);
    free(input);
    return 0;
}
