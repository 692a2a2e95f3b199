/* Challenge parser: WWW-Authenticate field values (RFC 9110 section 11), the resource
 * challenge convenience function, and unescaping. */
#include <stdlib.h>

#include "harness.h"

/* Appends `length` bytes to the NUL-terminated text in `out`, cut at `size` - 1 bytes. */
static void append(char *out, size_t size, const char *text, size_t length)
{
    size_t used = strlen(out);

    if (used + length >= size)
        length = size - used - 1;
    memcpy(out + used, text, length);
    out[used + length] = '\0';
}

/* Renders a parsed field value as one line, so that a table row can state the whole
 * expected result: each challenge is `Scheme[...]`, separated by a space. Inside the
 * brackets: `(token68)`, or the auth-params separated by "|", each `name=token`,
 * `name="raw"` for a quoted-string, and `name="raw"=>unescaped` when it has quoted-pairs.
 * Returns the parse status: 0 at the end of the list or the negative error. */
static int render(const char *input, size_t length, unsigned options, size_t capacity,
                  char *out, size_t size, oauth_challenge_parser *parser)
{
    oauth_auth_param_view params[40];
    oauth_challenge_view challenge;
    char unescaped[256];
    int status;

    out[0] = '\0';
    oauth_challenge_parser_init(parser, input, length, options);
    while ((status = oauth_challenge_parser_next(parser, &challenge, params, capacity)) == 1) {
        size_t k;

        if (out[0])
            append(out, size, " ", 1);
        append(out, size, challenge.scheme.data, challenge.scheme.length);
        append(out, size, "[", 1);
        if (challenge.token68.data) {
            append(out, size, "(", 1);
            append(out, size, challenge.token68.data, challenge.token68.length);
            append(out, size, ")", 1);
        }
        for (k = 0; k < challenge.param_count; k++) {
            const oauth_auth_param_view *param = &challenge.params[k];

            if (k)
                append(out, size, "|", 1);
            append(out, size, param->name.data, param->name.length);
            append(out, size, param->quoted ? "=\"" : "=", param->quoted ? 2 : 1);
            append(out, size, param->value.data, param->value.length);
            if (param->quoted)
                append(out, size, "\"", 1);
            if (param->escaped) {
                size_t n = oauth_unescape(param->value, unescaped, sizeof unescaped);

                append(out, size, "=>", 2);
                append(out, size, unescaped, n);
            }
        }
        append(out, size, "]", 1);
    }
    return status;
}

/* One field value and its exact expected parse: the rendering of render(), or an error
 * code and the offset where parsing stopped. */
typedef struct parse_row {
    const char *input;
    const char *expected; /* when error is OAUTH_PARSE_OK */
    oauth_parse_error error;
    size_t offset; /* when error is not OAUTH_PARSE_OK */
} parse_row;

#define OK OAUTH_PARSE_OK

/* Valid field values. */
static const parse_row valid_rows[] = {
    /* RFC 9110 section 11.6.1, the example: two challenges, token and quoted values. */
    {"Basic realm=\"simple\", Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\"",
     "Basic[realm=\"simple\"] Newauth[realm=\"apps\"|type=1|title=\"Login to \\\"apps\\\"\"=>"
     "Login to \"apps\"]",
     OK, 0},
    /* RFC 6750 section 3. */
    {"Bearer realm=\"example\"", "Bearer[realm=\"example\"]", OK, 0},
    {"Bearer realm=\"example\", error=\"invalid_token\", error_description=\"The access "
     "token expired\"",
     "Bearer[realm=\"example\"|error=\"invalid_token\"|error_description=\"The access token "
     "expired\"]",
     OK, 0},
    {"Bearer scope=\"openid profile email\"", "Bearer[scope=\"openid profile email\"]", OK, 0},
    /* A comma and "=" inside a quoted-string are part of the value. */
    {"Bearer scope=\"urn:example:channel=HBO&urn:example:rating=G,PG-13\"",
     "Bearer[scope=\"urn:example:channel=HBO&urn:example:rating=G,PG-13\"]", OK, 0},
    /* RFC 9449 figures 15, 16, 17, 18, 19 and 24. */
    {"DPoP algs=\"ES256 PS256\"", "DPoP[algs=\"ES256 PS256\"]", OK, 0},
    {"DPoP error=\"invalid_token\", error_description=\"Invalid DPoP key binding\", "
     "algs=\"ES256\"",
     "DPoP[error=\"invalid_token\"|error_description=\"Invalid DPoP key binding\"|"
     "algs=\"ES256\"]",
     OK, 0},
    {"Bearer, DPoP algs=\"ES256 PS256\"", "Bearer[] DPoP[algs=\"ES256 PS256\"]", OK, 0},
    {"Bearer error=\"invalid_token\", error_description=\"Invalid token\", DPoP "
     "algs=\"ES256 PS256\"",
     "Bearer[error=\"invalid_token\"|error_description=\"Invalid token\"] "
     "DPoP[algs=\"ES256 PS256\"]",
     OK, 0},
    /* The same names in two challenges are fine: uniqueness is per challenge. */
    {"Bearer error=\"invalid_request\", error_description=\"Multiple methods used to "
     "include access token\", DPoP algs=\"ES256 PS256\", error=\"invalid_request\", "
     "error_description=\"Multiple methods used to include access token\"",
     "Bearer[error=\"invalid_request\"|error_description=\"Multiple methods used to include "
     "access token\"] DPoP[algs=\"ES256 PS256\"|error=\"invalid_request\"|"
     "error_description=\"Multiple methods used to include access token\"]",
     OK, 0},
    {"DPoP error=\"use_dpop_nonce\", error_description=\"Resource server requires nonce in "
     "DPoP proof\"",
     "DPoP[error=\"use_dpop_nonce\"|error_description=\"Resource server requires nonce in "
     "DPoP proof\"]",
     OK, 0},
    /* RFC 9470 figures 2 and 3. */
    {"Bearer error=\"insufficient_user_authentication\", error_description=\"A different "
     "authentication level is required\", acr_values=\"myACR\"",
     "Bearer[error=\"insufficient_user_authentication\"|error_description=\"A different "
     "authentication level is required\"|acr_values=\"myACR\"]",
     OK, 0},
    {"Bearer error=\"insufficient_user_authentication\", error_description=\"More recent "
     "authentication is required\", max_age=\"5\"",
     "Bearer[error=\"insufficient_user_authentication\"|error_description=\"More recent "
     "authentication is required\"|max_age=\"5\"]",
     OK, 0},
    /* RFC 9728 section 5.1, as printed and with BWS after "=". */
    {"Bearer resource_metadata=\"https://resource.example.com/.well-known/"
     "oauth-protected-resource\"",
     "Bearer[resource_metadata=\"https://resource.example.com/.well-known/"
     "oauth-protected-resource\"]",
     OK, 0},
    {"Bearer resource_metadata= \"https://resource.example.com/.well-known/"
     "oauth-protected-resource\"",
     "Bearer[resource_metadata=\"https://resource.example.com/.well-known/"
     "oauth-protected-resource\"]",
     OK, 0},
    {"Bearer resource_metadata = \"https://rs.example.com/.well-known/"
     "oauth-protected-resource\"",
     "Bearer[resource_metadata=\"https://rs.example.com/.well-known/"
     "oauth-protected-resource\"]",
     OK, 0},
    /* Three auth-params without spaces; the scope keeps its comma. */
    {"Bearer realm=\"https://auth.example.com/oauth2/token\",service=\"registry.example.com\","
     "scope=\"repository:team/app:pull,push\"",
     "Bearer[realm=\"https://auth.example.com/oauth2/token\"|service=\"registry.example.com\"|"
     "scope=\"repository:team/app:pull,push\"]",
     OK, 0},
    /* An empty quoted-string is a present, empty value. */
    {"Bearer "
     "realm=\"https://auth.example.com/token\",empty=\"\",service=\"registry.example.com\"",
     "Bearer[realm=\"https://auth.example.com/token\"|empty=\"\"|"
     "service=\"registry.example.com\"]",
     OK, 0},
    {"Bearer error_scope=\"decoy\", scope=\"read write\"",
     "Bearer[error_scope=\"decoy\"|scope=\"read write\"]", OK, 0},
    {"Bearer custom_scope=\"leaked\"", "Bearer[custom_scope=\"leaked\"]", OK, 0},
    /* Quoted-pairs: `\"` is DQUOTE, `\\` is a backslash, `\t` is "t". */
    {"Bearer realm=\"foo\\\"bar\", error=\"invalid_token\"",
     "Bearer[realm=\"foo\\\"bar\"=>foo\"bar|error=\"invalid_token\"]", OK, 0},
    {"Bearer error_description=\"back\\\\slash\"",
     "Bearer[error_description=\"back\\\\slash\"=>back\\slash]", OK, 0},
    {"Bearer error_description=\"a\\tb\"", "Bearer[error_description=\"a\\tb\"=>atb]", OK, 0},
    {"Bearer error_description=\"a \\\"q\\\"\"",
     "Bearer[error_description=\"a \\\"q\\\"\"=>a \"q\"]", OK, 0},
    /* HTAB and obs-text are qdtext, and a quoted-pair may quote HTAB or SP. */
    {"Bearer error_description=\"caf\xc3\xa9\"", "Bearer[error_description=\"caf\xc3\xa9\"]",
     OK, 0},
    {"Bearer a=\"x\ty\", b=\"\\\t\\ \"", "Bearer[a=\"x\ty\"|b=\"\\\t\\ \"=>\t ]", OK, 0},
    /* Schemes and names are case-insensitive and kept as written. */
    {"bearer error=\"invalid_token\"", "bearer[error=\"invalid_token\"]", OK, 0},
    {"BEARER realm=\"example\"", "BEARER[realm=\"example\"]", OK, 0},
    {"bearer realm=\"example\"", "bearer[realm=\"example\"]", OK, 0},
    /* Token values, and BWS around "=". */
    {"Bearer error=invalid_token", "Bearer[error=invalid_token]", OK, 0},
    {"Bearer error = \"invalid_token\"", "Bearer[error=\"invalid_token\"]", OK, 0},
    {"Bearer error\t=\tinvalid_token", "Bearer[error=invalid_token]", OK, 0},
    /* Empty list elements and whitespace around the list (RFC 9110 section 5.6.1.2). */
    {"Bearer error=\"invalid_token\",,", "Bearer[error=\"invalid_token\"]", OK, 0},
    {"Bearer ,error=\"invalid_token\"", "Bearer[error=\"invalid_token\"]", OK, 0},
    {"Bearer , , realm=\"a\" , ,error=\"b\" ,", "Bearer[realm=\"a\"|error=\"b\"]", OK, 0},
    {" \t, ,Bearer realm=\"a\" \t", "Bearer[realm=\"a\"]", OK, 0},
    /* "comma, whitespace, comma" between challenges (RFC 9110 section 11.6.1). */
    {"Basic realm=\"a\", , Bearer realm=\"b\"", "Basic[realm=\"a\"] Bearer[realm=\"b\"]", OK,
     0},
    /* A bare scheme is a challenge without auth-params. */
    {"Bearer", "Bearer[]", OK, 0},
    {"Bearer ", "Bearer[]", OK, 0},
    {"Bearer\t", "Bearer[]", OK, 0},
    {"Bearer realm=\"x\", DPoP", "Bearer[realm=\"x\"] DPoP[]", OK, 0},
    /* token68, with "=" padding; `Bearer error=` is the token68 "error=". */
    {"Bearer error=", "Bearer[(error=)]", OK, 0},
    {"Bearer mF_9.B5f-4.1JqM", "Bearer[(mF_9.B5f-4.1JqM)]", OK, 0},
    {"Bearer mF_9.B5f-4.1JqM==", "Bearer[(mF_9.B5f-4.1JqM==)]", OK, 0},
    {"DPoP Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU",
     "DPoP[(Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU)]", OK, 0},
    {"Negotiate a+b/c==  , NTLM", "Negotiate[(a+b/c==)] NTLM[]", OK, 0},
    {"Bearer a=b", "Bearer[a=b]", OK, 0},
    /* RFC 9110 section 5.6.1.2's 1#token examples, read as bare challenges. */
    {"foo,bar", "foo[] bar[]", OK, 0},
    {"foo ,bar,", "foo[] bar[]", OK, 0},
    {"foo , ,bar,charlie", "foo[] bar[] charlie[]", OK, 0},
    /* tchar other than ALPHA and DIGIT in schemes and names. */
    {"X-Custom!#$%&'*+.^_`|~ n!#$%&'*+-.^_`|~=v", "X-Custom!#$%&'*+.^_`|~[n!#$%&'*+-.^_`|~=v]",
     OK, 0},
};

/* Invalid field values: the error and the byte offset where parsing stopped. */
static const parse_row invalid_rows[] = {
    /* No challenge: empty, only whitespace or commas (RFC 9110 section 5.6.1.2). */
    {"", TEST_NULL, OAUTH_PARSE_ERROR_NO_CHALLENGE, 0},
    {" \t ", TEST_NULL, OAUTH_PARSE_ERROR_NO_CHALLENGE, 3},
    {",", TEST_NULL, OAUTH_PARSE_ERROR_NO_CHALLENGE, 1},
    {",   ,", TEST_NULL, OAUTH_PARSE_ERROR_NO_CHALLENGE, 5},
    /* Unterminated quoted-string: parsing stops at the end. */
    {"Bearer error=\"invalid_token\", error_description=\"oops", TEST_NULL,
     OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE, 53},
    {"Bearer realm=\"", TEST_NULL, OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE, 14},
    {"Bearer realm=\"a\\\"", TEST_NULL, OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE, 17},
    {"Bearer realm=\"a\\", TEST_NULL, OAUTH_PARSE_ERROR_TRAILING_BACKSLASH, 16},
    /* Control characters: CR, LF, NUL, DEL, and HTAB where only SP may be. */
    {"Bearer realm=\"a\rb\"", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 15},
    {"Bearer realm=\"a\nb\"", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 15},
    {"Bearer realm=\"a\x7f\"", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 15},
    {"Bearer realm=\"a\\\n\"", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 16},
    {"Bearer realm=\"a\\\x7f\"", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 16},
    {"\177Bearer", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 0},
    {"Bearer realm=\x7f", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 13},
    {"Bearer realm=a\r\n", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 14},
    {"Bearer\r\n realm=a", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 6},
    {"Bearer realm=\x01", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 13},
    {"Bearer\tabc", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 6},
    {"Bearer \trealm=\"x\"", TEST_NULL, OAUTH_PARSE_ERROR_CONTROL_CHAR, 7},
    /* An auth-param without a value. */
    {"Bearer realm=\"x\", error=", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_VALUE, 24},
    {"Bearer realm=\"x\", error= , scope=\"a\"", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_VALUE,
     25},
    {"Bearer error =", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_VALUE, 14},
    /* Something other than a comma after a value. `realm=x y` is one of them: y is
     * neither an auth-param (no "=") nor, without a comma, a new challenge. */
    {"Bearer realm=x y", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 15},
    {"Bearer realm=x y=z", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 15},
    {"Bearer realm=\"a\" error=\"b\"", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 17},
    {"Bearer realm=\"a\"error=\"b\"", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 16},
    {"Bearer realm=a/b", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 14},
    {"Bearer realm=caf\xc3\xa9", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 16},
    {"Bearer ab c", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 10},
    {"Bearer ab!c", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 9},
    {"Bearer\"x\"", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 6},
    {"Bearer a==b", TEST_NULL, OAUTH_PARSE_ERROR_INVALID_CHAR, 9},
    /* An auth-param after a token68. */
    {"Bearer abc, realm=\"x\"", TEST_NULL, OAUTH_PARSE_ERROR_TOKEN68_WITH_PARAMS, 12},
    {"Bearer error=, realm=\"x\"", TEST_NULL, OAUTH_PARSE_ERROR_TOKEN68_WITH_PARAMS, 15},
    /* Names repeated within a challenge, compared case-insensitively. */
    {"Bearer realm=\"a\", realm=\"b\"", TEST_NULL, OAUTH_PARSE_ERROR_DUPLICATE_PARAM, 18},
    {"Bearer error=\"invalid_token\", ERROR=\"x\"", TEST_NULL,
     OAUTH_PARSE_ERROR_DUPLICATE_PARAM, 30},
    {"Basic realm=\"a\", Bearer realm=\"b\", REALM=c", TEST_NULL,
     OAUTH_PARSE_ERROR_DUPLICATE_PARAM, 35},
    /* A byte that cannot start a scheme, a name, a token68 or a value. */
    {"Bearer \"x\"", TEST_NULL, OAUTH_PARSE_ERROR_INVALID_CHAR, 7},
    {"\"Bearer\"", TEST_NULL, OAUTH_PARSE_ERROR_INVALID_CHAR, 0},
    {"Bearer realm=@x", TEST_NULL, OAUTH_PARSE_ERROR_INVALID_CHAR, 13},
    {"Bearer realm=\"x\", @", TEST_NULL, OAUTH_PARSE_ERROR_INVALID_CHAR, 18},
    {"Bearer !abc", TEST_NULL, OAUTH_PARSE_ERROR_INVALID_CHAR, 7},
    {"\xc3\xa9", TEST_NULL, OAUTH_PARSE_ERROR_INVALID_CHAR, 0},
    /* An auth-param where a challenge must start. */
    {"Bearer, error=\"invalid_token\"", TEST_NULL, OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME, 8},
    {"Bearer\t, error=\"invalid_token\"", TEST_NULL, OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME, 9},
    {"realm=\"example\"", TEST_NULL, OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME, 0},
    {" realm = x", TEST_NULL, OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME, 1},
    /* With BWS allowed before "=", this is the auth-param `Bearer=abc`. */
    {"Bearer =abc", TEST_NULL, OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME, 0},
};

/* Checks one row through a fresh parse; the input sits in an exactly sized buffer. */
static void check_row(const parse_row *row, unsigned options)
{
    size_t length = strlen(row->input);
    const char *input = test_buffer(row->input, length);
    oauth_challenge_parser parser;
    char got[2048];
    int status = render(input, length, options, 40, got, sizeof got, &parser);

    if (row->error == OAUTH_PARSE_OK) {
        if (!CHECK_INT(status, 0))
            fprintf(stderr, "  input: %s\n  error: %s at %lu\n", row->input,
                    oauth_parse_error_message(parser.error),
                    TEST_CAST(unsigned long, parser.offset));
        if (!CHECK_STR(got, row->expected))
            fprintf(stderr, "  input: %s\n", row->input);
        CHECK_INT(parser.offset, length);
    } else {
        if (!CHECK_INT(status, row->error) || !CHECK_INT(parser.offset, row->offset))
            fprintf(stderr, "  input: %s\n", row->input);
        CHECK_INT(parser.error, row->error);
    }
}

static void test_parser_rows(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(valid_rows); i++)
        check_row(&valid_rows[i], 0);
    for (i = 0; i < TEST_COUNT(invalid_rows); i++)
        check_row(&invalid_rows[i], 0);
}

/* The lenient option accepts whitespace between auth-params and changes nothing else. */
static void test_parser_space_separated(void)
{
    static const parse_row lenient_rows[] = {
        {"Bearer realm=\"a\" error=\"b\"", "Bearer[realm=\"a\"|error=\"b\"]", OK, 0},
        {"Bearer realm=x  scope = \"r w\",error=e", "Bearer[realm=x|scope=\"r w\"|error=e]", OK,
         0},
        {"Bearer realm=x y", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 15},
        {"Bearer realm=\"a\"error=\"b\"", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 16},
        {"Bearer realm=\"a\" DPoP algs=\"x\"", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 17},
        {"Negotiate abc def=x", TEST_NULL, OAUTH_PARSE_ERROR_MISSING_COMMA, 14},
        {"Bearer realm=\"a\" realm=\"b\"", TEST_NULL, OAUTH_PARSE_ERROR_DUPLICATE_PARAM, 17},
    };
    size_t i;

    for (i = 0; i < TEST_COUNT(lenient_rows); i++)
        check_row(&lenient_rows[i], OAUTH_PARSE_SPACE_SEPARATED_PARAMS);
    for (i = 0; i < TEST_COUNT(valid_rows); i++)
        check_row(&valid_rows[i], OAUTH_PARSE_SPACE_SEPARATED_PARAMS);
}

/* The iterator: views point into the input, the end and errors repeat, and a too small
 * array is a named error, never a dropped auth-param. */
static void test_parser_iterator(void)
{
    static const char text[] = "Basic realm=\"simple\", Newauth realm=\"apps\", type=1";
    const char *input = test_buffer(text, sizeof text - 1);
    oauth_auth_param_view params[2];
    oauth_challenge_parser parser;
    oauth_challenge_view challenge;
    char got[256];

    oauth_challenge_parser_init(&parser, input, sizeof text - 1, 0);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 2), 1);
    CHECK(challenge.scheme.data == input);
    CHECK(challenge.params == params);
    CHECK_INT(challenge.param_count, 1);
    CHECK(params[0].name.data == input + 6);
    CHECK(params[0].value.data == input + 13);
    CHECK_INT(params[0].value.length, 6);
    CHECK_INT(params[0].quoted, 1);
    CHECK_INT(params[0].escaped, 0);
    CHECK_INT(parser.offset, 22);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 2), 1);
    CHECK_BYTES(challenge.scheme.data, challenge.scheme.length, "Newauth");
    CHECK_INT(challenge.param_count, 2);
    CHECK_INT(params[1].quoted, 0);
    CHECK_BYTES(params[1].value.data, params[1].value.length, "1");
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 2), 0);
    CHECK(challenge.scheme.data == TEST_NULL);
    CHECK_INT(challenge.param_count, 0);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 2), 0);

    /* Two auth-params fill the array; the third is OAUTH_PARSE_ERROR_TOO_MANY_PARAMS at
     * its name, and the error repeats on the next call. */
    CHECK_INT(render(test_cstr("Bearer a=1, b=2"), 15, 0, 2, got, sizeof got, &parser), 0);
    CHECK_STR(got, "Bearer[a=1|b=2]");
    CHECK_INT(render(test_cstr("Bearer a=1, b=2, c=3"), 20, 0, 2, got, sizeof got, &parser),
              OAUTH_PARSE_ERROR_TOO_MANY_PARAMS);
    CHECK_INT(parser.offset, 17);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 2),
              OAUTH_PARSE_ERROR_TOO_MANY_PARAMS);
    CHECK_INT(parser.offset, 17);
    CHECK(challenge.scheme.data == TEST_NULL);
    CHECK_INT(render(test_cstr("Bearer a=1"), 10, 0, 0, got, sizeof got, &parser),
              OAUTH_PARSE_ERROR_TOO_MANY_PARAMS);
    CHECK_INT(parser.offset, 7);

    /* A NULL params array counts as capacity 0; a challenge without params still fits. */
    oauth_challenge_parser_init(&parser, test_cstr("Bearer"), 6, 0);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, TEST_NULL, 5), 1);
    oauth_challenge_parser_init(&parser, test_cstr("Bearer a=1"), 10, 0);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, TEST_NULL, 5),
              OAUTH_PARSE_ERROR_TOO_MANY_PARAMS);

    /* NULL arguments. A NULL input is the empty field value, whatever the length. */
    CHECK_INT(oauth_challenge_parser_next(TEST_NULL, &challenge, params, 2),
              OAUTH_PARSE_ERROR_NULL_ARGUMENT);
    oauth_challenge_parser_init(&parser, test_cstr("Bearer"), 6, 0);
    CHECK_INT(oauth_challenge_parser_next(&parser, TEST_NULL, params, 2),
              OAUTH_PARSE_ERROR_NULL_ARGUMENT);
    CHECK_INT(parser.error, OAUTH_PARSE_OK);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 2), 1);
    oauth_challenge_parser_init(TEST_NULL, "Bearer", 6, 0);
    oauth_challenge_parser_init(&parser, TEST_NULL, 99, 0);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 2),
              OAUTH_PARSE_ERROR_NO_CHALLENGE);
    CHECK_INT(parser.offset, 0);

    /* The length bounds the input: the bytes after it are never read. */
    oauth_challenge_parser_init(&parser, test_buffer("Bearer realm=\"x\"", 15), 15, 0);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 2),
              OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE);
    CHECK_INT(parser.offset, 15);

    /* An embedded NUL is a control character. */
    oauth_challenge_parser_init(&parser, test_buffer("Bearer a=\"\0\"", 12), 12, 0);
    CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 2),
              OAUTH_PARSE_ERROR_CONTROL_CHAR);
    CHECK_INT(parser.offset, 10);
}

/* Every prefix of valid field values parses or fails cleanly inside its own length. */
static void test_parser_prefixes(void)
{
    size_t i, n;

    for (i = 0; i < TEST_COUNT(valid_rows); i++) {
        size_t length = strlen(valid_rows[i].input);
        int clean = 1;

        for (n = 0; n <= length; n++) {
            oauth_challenge_parser parser;
            char got[2048];
            int status =
                render(test_buffer(valid_rows[i].input, n), n, 0, 40, got, sizeof got, &parser);

            if (status > 0 || parser.offset > n || (status == 0) != (parser.error == OK))
                clean = 0;
        }
        CHECK(clean);
    }
}

/* Every octet at every position of a 16-byte quoted-string, so that the eight-byte scan
 * is checked against the byte rule: qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E /
 * obs-text (RFC 9110 section 5.6.4), restated here rather than taken from the header. */
static void test_parser_quoted_octets(void)
{
    oauth_auth_param_view params[2];
    oauth_challenge_parser parser;
    oauth_challenge_view challenge;
    int octet;
    size_t position;
    long wrong = 0;

    for (octet = 0; octet < 256; octet++) {
        int qdtext = octet == 0x09 || octet == 0x20 || octet == 0x21 ||
                     (octet >= 0x23 && octet <= 0x5b) || (octet >= 0x5d && octet <= 0x7e) ||
                     octet >= 0x80;

        for (position = 0; position < 16; position++) {
            char text[] = "B a=\"aaaaaaaaaaaaaaaa\"";
            const size_t start = 5;
            int status;

            text[start + position] = TEST_CAST(char, octet);
            oauth_challenge_parser_init(&parser, test_buffer(text, sizeof text - 1),
                                        sizeof text - 1, 0);
            status = oauth_challenge_parser_next(&parser, &challenge, params, 2);
            if (qdtext) {
                wrong += status != 1 || params[0].value.length != 16 || params[0].escaped;
            } else if (octet == '"') {
                /* The string ends there and the rest is not a comma. */
                wrong += status != OAUTH_PARSE_ERROR_MISSING_COMMA ||
                         parser.offset != start + position + 1;
            } else if (octet == '\\') {
                /* A quoted-pair with the next byte; the last one escapes the DQUOTE. */
                if (position == 15)
                    wrong += status != OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE;
                else
                    wrong += status != 1 || !params[0].escaped || params[0].value.length != 16;
            } else {
                wrong += status != OAUTH_PARSE_ERROR_CONTROL_CHAR ||
                         parser.offset != start + position;
            }
        }
        test_buffers_release();
    }
    CHECK_INT(wrong, 0);
}

/* Quoted-strings of every length from 0 to 40 that end the field value, so that the
 * closing DQUOTE, a missing one, or a CTL falls at every offset within and across the
 * 8-byte words that the scan reads, including the last, partial word. The value cycles
 * through qdtext with obs-text, HTAB and SP in it. */
static void test_parser_quoted_lengths(void)
{
    static const char qdtext[] = "\xff~\x80 a\t!#[]\xfe\x7e";
    oauth_auth_param_view params[2];
    oauth_challenge_parser parser;
    oauth_challenge_view challenge;
    size_t length, k;
    long wrong = 0;

    for (length = 0; length <= 40; length++) {
        char text[64] = "B a=\"";
        const size_t start = 5;
        size_t n = start + length + 1;
        int status;

        for (k = 0; k < length; k++)
            text[start + k] = qdtext[k % (sizeof qdtext - 1)];
        text[start + length] = '"';

        /* Terminated: one challenge with the whole value, then the end. */
        oauth_challenge_parser_init(&parser, test_buffer(text, n), n, 0);
        status = oauth_challenge_parser_next(&parser, &challenge, params, 2);
        wrong += status != 1 || challenge.param_count != 1 || params[0].value.length != length;
        wrong += oauth_challenge_parser_next(&parser, &challenge, params, 2) != 0;

        /* Without the closing DQUOTE. */
        oauth_challenge_parser_init(&parser, test_buffer(text, n - 1), n - 1, 0);
        status = oauth_challenge_parser_next(&parser, &challenge, params, 2);
        wrong += status != OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE || parser.offset != n - 1;

        /* A DEL as the last byte of the value. */
        if (length > 0) {
            text[start + length - 1] = '\x7f';
            oauth_challenge_parser_init(&parser, test_buffer(text, n), n, 0);
            status = oauth_challenge_parser_next(&parser, &challenge, params, 2);
            wrong +=
                status != OAUTH_PARSE_ERROR_CONTROL_CHAR || parser.offset != start + length - 1;
        }
        test_buffers_release();
    }
    CHECK_INT(wrong, 0);
}

static void test_parser_messages(void)
{
    int code;

    CHECK_STR(oauth_parse_error_message(OAUTH_PARSE_OK), "no error");
    CHECK_STR(oauth_parse_error_message(OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE),
              "unterminated quoted-string");
    CHECK_STR(oauth_parse_error_message(OAUTH_PARSE_ERROR_DUPLICATE_PARAM),
              "auth-param name repeated in one challenge");
    for (code = OAUTH_PARSE_ERROR_NO_CHALLENGE; code >= OAUTH_PARSE_ERROR_NULL_ARGUMENT;
         code--) {
        const char *message = oauth_parse_error_message(TEST_CAST(oauth_parse_error, code));

        CHECK(strcmp(message, "unknown parse error") != 0);
        CHECK(strcmp(message, "no error") != 0);
    }
    CHECK_STR(oauth_parse_error_message(TEST_CAST(oauth_parse_error, 1)),
              "unknown parse error");
    CHECK_STR(oauth_parse_error_message(TEST_CAST(oauth_parse_error, -13)),
              "unknown parse error");
    CHECK_STR(oauth_parse_error_message(OAUTH__PARSE_ERROR_RANGE_MIN), "unknown parse error");
}

/* oauth_unescape follows snprintf's two-call idiom and never leaves a truncated value. */
static void test_unescape(void)
{
    oauth_string value;
    char buffer[16];

    value.data = test_buffer("a\\\"b\\\\c\\t", 9);
    value.length = 9;
    CHECK_INT(oauth_unescape(value, TEST_NULL, 0), 6);
    CHECK_INT(oauth_unescape(value, buffer, sizeof buffer), 6);
    CHECK_STR(buffer, "a\"b\\ct");
    CHECK_INT(oauth_unescape(value, buffer, 7), 6);
    CHECK_STR(buffer, "a\"b\\ct");
    memcpy(buffer, "xxxxxx", 7);
    CHECK_INT(oauth_unescape(value, buffer, 6), 6);
    CHECK_STR(buffer, "");
    CHECK_BYTES(buffer + 1, 5, "xxxxx");
    CHECK_INT(oauth_unescape(value, TEST_NULL, 16), 6);

    /* A lone backslash at the end is kept; a token is copied as it is. */
    value.data = test_buffer("ab\\", 3);
    value.length = 3;
    CHECK_INT(oauth_unescape(value, buffer, sizeof buffer), 3);
    CHECK_STR(buffer, "ab\\");
    value.data = test_buffer("invalid_token", 13);
    value.length = 13;
    CHECK_INT(oauth_unescape(value, buffer, sizeof buffer), 13);
    CHECK_STR(buffer, "invalid_token");

    /* The absent and the empty value. */
    value.data = TEST_NULL;
    value.length = 5;
    buffer[0] = 'x';
    CHECK_INT(oauth_unescape(value, buffer, sizeof buffer), 0);
    CHECK_STR(buffer, "");
    value.data = test_buffer("", 0);
    value.length = 0;
    buffer[0] = 'x';
    CHECK_INT(oauth_unescape(value, buffer, 1), 0);
    CHECK_STR(buffer, "");
}

/* Lookups on a parsed challenge: scheme, auth-param by exact name, value comparison. */
static void test_parser_lookups(void)
{
    static const char text[] = "bearer Error_Scope=\"decoy\", SCOPE=\"read\\ write\", e=\"\"";
    oauth_auth_param_view params[4];
    oauth_challenge_parser parser;
    oauth_challenge_view challenge;
    const oauth_auth_param_view *scope;

    oauth_challenge_parser_init(&parser, test_buffer(text, sizeof text - 1), sizeof text - 1,
                                0);
    if (!CHECK_INT(oauth_challenge_parser_next(&parser, &challenge, params, 4), 1))
        return;
    CHECK_INT(oauth_challenge_view_scheme_is(&challenge, "Bearer"), 1);
    CHECK_INT(oauth_challenge_view_scheme_is(&challenge, "BEARER"), 1);
    CHECK_INT(oauth_challenge_view_scheme_is(&challenge, "Bear"), 0);
    CHECK_INT(oauth_challenge_view_scheme_is(&challenge, "Bearers"), 0);
    CHECK_INT(oauth_challenge_view_scheme_is(&challenge, TEST_NULL), 0);
    CHECK_INT(oauth_challenge_view_scheme_is(TEST_NULL, "Bearer"), 0);

    scope = oauth_challenge_view_param(&challenge, "scope");
    CHECK(scope == &params[1]);
    CHECK(oauth_challenge_view_param(&challenge, "error_scope") == &params[0]);
    CHECK(oauth_challenge_view_param(&challenge, "scop") == TEST_NULL);
    CHECK(oauth_challenge_view_param(&challenge, "_scope") == TEST_NULL);
    CHECK(oauth_challenge_view_param(&challenge, TEST_NULL) == TEST_NULL);
    CHECK(oauth_challenge_view_param(TEST_NULL, "scope") == TEST_NULL);

    CHECK_INT(oauth_auth_param_view_equals(scope, "read write"), 1);
    CHECK_INT(oauth_auth_param_view_equals(scope, "read\\ write"), 0);
    CHECK_INT(oauth_auth_param_view_equals(scope, "read writ"), 0);
    CHECK_INT(oauth_auth_param_view_equals(scope, "read writes"), 0);
    CHECK_INT(oauth_auth_param_view_equals(scope, "Read write"), 0);
    CHECK_INT(oauth_auth_param_view_equals(&params[2], ""), 1);
    CHECK_INT(oauth_auth_param_view_equals(&params[2], "x"), 0);
    CHECK_INT(oauth_auth_param_view_equals(scope, TEST_NULL), 0);
    CHECK_INT(oauth_auth_param_view_equals(TEST_NULL, ""), 0);

    /* A name of the same length that differs is no match. */
    CHECK(oauth_challenge_view_param(&challenge, "realm") == TEST_NULL);
}

/* Views that the parser never returns, as a caller may build them: an empty challenge, an
 * absent param, and a value that ends in a lone backslash, which is kept as it is. */
static void test_parser_lookups_on_other_views(void)
{
    oauth_challenge_view empty;
    oauth_auth_param_view param;
    char unescaped[8];

    memset(&empty, 0, sizeof empty);
    CHECK_INT(oauth_challenge_view_scheme_is(&empty, "Bearer"), 0);
    CHECK(oauth_challenge_view_param(&empty, "scope") == TEST_NULL);

    memset(&param, 0, sizeof param);
    CHECK_INT(oauth_auth_param_view_equals(&param, ""), 0);

    param.value.data = test_buffer("a\\", 2);
    param.value.length = 2;
    CHECK_INT(oauth_auth_param_view_equals(&param, "a\\"), 1);
    CHECK_INT(oauth_auth_param_view_equals(&param, "a"), 0);
    CHECK_INT(oauth_unescape(param.value, unescaped, sizeof unescaped), 2);
    CHECK_STR(unescaped, "a\\");
}

/* oauth_resource_challenge_find over (input, schemes); every input in an exact buffer. */
static int find(const char *text, unsigned schemes, unsigned options,
                oauth_resource_challenge *result)
{
    size_t length = strlen(text);

    return oauth_resource_challenge_find(test_buffer(text, length), length, schemes, options,
                                         result);
}

/* Checks a field of the result: its unescaped value, or absence when expected is NULL. */
static void check_field(const oauth_auth_param_view *param, const char *expected,
                        const char *field)
{
    char value[256];

    if (!expected) {
        if (!CHECK(param->value.data == TEST_NULL && param->name.data == TEST_NULL))
            fprintf(stderr, "  %s is present, expected absent\n", field);
        return;
    }
    if (!CHECK(param->value.data != TEST_NULL)) {
        fprintf(stderr, "  %s is absent\n", field);
        return;
    }
    CHECK_INT(oauth_unescape(param->value, value, sizeof value), strlen(expected));
    if (!CHECK_STR(value, expected))
        fprintf(stderr, "  field %s\n", field);
}

/* The convenience function on the RFC examples and on look-alike names. */
static void test_resource_challenge(void)
{
    static const char metadata[] =
        "https://resource.example.com/.well-known/oauth-protected-resource";
    oauth_resource_challenge r;

    CHECK_INT(find("Bearer realm=\"example\", error=\"invalid_token\", "
                   "error_description=\"The access token expired\"",
                   OAUTH_SCHEME_BEARER, 0, &r),
              1);
    CHECK_INT(r.scheme_id, OAUTH_SCHEME_BEARER);
    CHECK_BYTES(r.scheme.data, r.scheme.length, "Bearer");
    check_field(&r.realm, "example", "realm");
    check_field(&r.error, "invalid_token", "error");
    CHECK_INT(r.error_code, OAUTH_EXT_ERROR_INVALID_TOKEN);
    check_field(&r.error_description, "The access token expired", "error_description");
    check_field(&r.scope, TEST_NULL, "scope");
    check_field(&r.error_uri, TEST_NULL, "error_uri");
    check_field(&r.resource_metadata, TEST_NULL, "resource_metadata");
    check_field(&r.algs, TEST_NULL, "algs");
    check_field(&r.acr_values, TEST_NULL, "acr_values");
    check_field(&r.max_age, TEST_NULL, "max_age");
    CHECK_INT(r.max_age_status, OAUTH_MAX_AGE_ABSENT);
    CHECK_INT(r.param_count, 3);
    CHECK_INT(r.parse_error, OAUTH_PARSE_OK);

    /* Look-alike names never match; unknown ones are counted and ignored. */
    CHECK_INT(
        find("Bearer error_scope=\"decoy\", scope=\"read write\"", OAUTH_SCHEME_BEARER, 0, &r),
        1);
    check_field(&r.scope, "read write", "scope");
    check_field(&r.error, TEST_NULL, "error");
    CHECK_INT(r.param_count, 2);
    CHECK_INT(find("Bearer custom_scope=\"leaked\"", OAUTH_SCHEME_BEARER, 0, &r), 1);
    check_field(&r.scope, TEST_NULL, "scope");
    CHECK_INT(find("Bearer x_resource_metadata=\"https://evil.example\", errors=x, "
                   "error_uri_x=y, realms=z, max_ages=1",
                   OAUTH_SCHEME_BEARER, 0, &r),
              1);
    check_field(&r.resource_metadata, TEST_NULL, "resource_metadata");
    check_field(&r.error, TEST_NULL, "error");
    check_field(&r.error_uri, TEST_NULL, "error_uri");
    check_field(&r.realm, TEST_NULL, "realm");
    check_field(&r.max_age, TEST_NULL, "max_age");
    CHECK_INT(r.param_count, 5);

    /* Names match case-insensitively; quoted-pairs are reported and unescaped. */
    CHECK_INT(find("BEARER SCOPE=\"a\\ b\", Error_Uri=\"https://e.example/x\", "
                   "REALM=foo, ERROR=\"insufficient\\_scope\"",
                   OAUTH_SCHEME_BEARER, 0, &r),
              1);
    check_field(&r.scope, "a b", "scope");
    CHECK_INT(r.scope.escaped, 1);
    CHECK_BYTES(r.scope.value.data, r.scope.value.length, "a\\ b");
    check_field(&r.error_uri, "https://e.example/x", "error_uri");
    check_field(&r.realm, "foo", "realm");
    CHECK_INT(r.realm.quoted, 0);
    CHECK_INT(r.error_code, OAUTH_EXT_ERROR_INSUFFICIENT_SCOPE);

    /* error_code is exact and case-sensitive; the raw value is kept for every code. */
    CHECK_INT(find("Bearer error=\"Invalid_Token\"", OAUTH_SCHEME_BEARER, 0, &r), 1);
    CHECK_INT(r.error_code, OAUTH_EXT_ERROR_NONE);
    check_field(&r.error, "Invalid_Token", "error");
    CHECK_INT(find("Bearer error=invalid_request", OAUTH_SCHEME_BEARER, 0, &r), 1);
    CHECK_INT(r.error_code, OAUTH_EXT_ERROR_INVALID_REQUEST);
    CHECK_INT(find("Bearer error=\"invalid_token \"", OAUTH_SCHEME_BEARER, 0, &r), 1);
    CHECK_INT(r.error_code, OAUTH_EXT_ERROR_NONE);
    CHECK_INT(find("Bearer error=\"insufficient_user_authentication\", error_description=\"A "
                   "different authentication level is required\", acr_values=\"myACR\"",
                   OAUTH_SCHEME_BEARER, 0, &r),
              1);
    CHECK_INT(r.error_code, OAUTH_EXT_ERROR_NONE);
    check_field(&r.error, "insufficient_user_authentication", "error");
    check_field(&r.acr_values, "myACR", "acr_values");

    /* RFC 9728 section 5.1, with BWS. */
    CHECK_INT(find("Bearer resource_metadata = "
                   "\"https://resource.example.com/.well-known/oauth-protected-resource\"",
                   OAUTH_SCHEME_BEARER, 0, &r),
              1);
    check_field(&r.resource_metadata, metadata, "resource_metadata");

    /* RFC 9449: the DPoP challenge anywhere in the list, and Bearer before it. */
    CHECK_INT(find("Bearer error=\"invalid_token\", error_description=\"Invalid token\", DPoP "
                   "algs=\"ES256 PS256\"",
                   OAUTH_SCHEME_DPOP, 0, &r),
              1);
    CHECK_INT(r.scheme_id, OAUTH_SCHEME_DPOP);
    CHECK_BYTES(r.scheme.data, r.scheme.length, "DPoP");
    check_field(&r.algs, "ES256 PS256", "algs");
    check_field(&r.error, TEST_NULL, "error");
    CHECK_INT(find("Bearer, DPoP algs=\"ES256 PS256\"", OAUTH_SCHEME_BEARER | OAUTH_SCHEME_DPOP,
                   0, &r),
              1);
    CHECK_INT(r.scheme_id, OAUTH_SCHEME_BEARER);
    CHECK_INT(r.param_count, 0);
    CHECK_INT(find("Basic realm=\"x\", dpop error=\"use_dpop_nonce\"",
                   OAUTH_SCHEME_BEARER | OAUTH_SCHEME_DPOP, 0, &r),
              1);
    CHECK_INT(r.scheme_id, OAUTH_SCHEME_DPOP);
    check_field(&r.error, "use_dpop_nonce", "error");
    CHECK_INT(r.error_code, OAUTH_EXT_ERROR_NONE);

    /* The first of two Bearer challenges (RFC 9110 section 11.5 allows several realms). */
    CHECK_INT(find("Bearer realm=\"a\", Bearer realm=\"b\"", OAUTH_SCHEME_BEARER, 0, &r), 1);
    check_field(&r.realm, "a", "realm");

    /* Not found: a valid field value without the scheme, or no scheme asked for. */
    CHECK_INT(find("Basic realm=\"x\", Bearerx realm=y", OAUTH_SCHEME_BEARER, 0, &r), 0);
    CHECK_INT(r.scheme_id, 0);
    CHECK(r.scheme.data == TEST_NULL);
    check_field(&r.realm, TEST_NULL, "realm");
    CHECK_INT(find("Bearer realm=\"x\"", 0, 0, &r), 0);
    CHECK_INT(find("Bearer realm=\"x\"", OAUTH_SCHEME_DPOP, 0, &r), 0);

    /* A syntax error anywhere fails the call, even after the challenge that matched. */
    CHECK_INT(find("Bearer error=\"invalid_token\", error_description=\"oops",
                   OAUTH_SCHEME_BEARER, 0, &r),
              OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE);
    CHECK_INT(r.parse_error, OAUTH_PARSE_ERROR_UNTERMINATED_QUOTE);
    CHECK_INT(r.offset, 53);
    CHECK_INT(r.scheme_id, 0);
    check_field(&r.error, TEST_NULL, "error");
    CHECK_INT(
        find("Bearer realm=\"x\", Basic realm=\"a\", realm=\"b\"", OAUTH_SCHEME_BEARER, 0, &r),
        OAUTH_PARSE_ERROR_DUPLICATE_PARAM);
    CHECK_INT(r.offset, 35);
    CHECK_INT(find("Bearer, error=\"invalid_token\"", OAUTH_SCHEME_BEARER, 0, &r),
              OAUTH_PARSE_ERROR_PARAM_WITHOUT_SCHEME);
    CHECK_INT(r.offset, 8);
    CHECK_INT(find("", OAUTH_SCHEME_BEARER, 0, &r), OAUTH_PARSE_ERROR_NO_CHALLENGE);
    CHECK_INT(oauth_resource_challenge_find(TEST_NULL, 0, OAUTH_SCHEME_BEARER, 0, &r),
              OAUTH_PARSE_ERROR_NO_CHALLENGE);
    CHECK_INT(oauth_resource_challenge_find("Bearer", 6, OAUTH_SCHEME_BEARER, 0, TEST_NULL),
              OAUTH_PARSE_ERROR_NULL_ARGUMENT);

    /* The lenient option reaches the parser. */
    CHECK_INT(find("Bearer realm=\"a\" scope=\"b\"", OAUTH_SCHEME_BEARER, 0, &r),
              OAUTH_PARSE_ERROR_MISSING_COMMA);
    CHECK_INT(find("Bearer realm=\"a\" scope=\"b\"", OAUTH_SCHEME_BEARER,
                   OAUTH_PARSE_SPACE_SEPARATED_PARAMS, &r),
              1);
    check_field(&r.scope, "b", "scope");
}

/* max_age: a non-negative integer as a token or a quoted-string (RFC 9470 section 3). */
static void test_resource_challenge_max_age(void)
{
    static const struct {
        const char *input;
        oauth_max_age_status status;
        long seconds;
    } rows[] = {
        {"Bearer error=\"insufficient_user_authentication\", error_description=\"More recent "
         "authentication is required\", max_age=\"5\"",
         OAUTH_MAX_AGE_VALID, 5},
        {"Bearer max_age=5", OAUTH_MAX_AGE_VALID, 5},
        {"Bearer max_age=0", OAUTH_MAX_AGE_VALID, 0},
        {"Bearer max_age=\"007\"", OAUTH_MAX_AGE_VALID, 7},
        {"Bearer MAX_AGE=\"\\1\\2\"", OAUTH_MAX_AGE_VALID, 12},
        {"Bearer max_age=2147483647", OAUTH_MAX_AGE_VALID, 2147483647L},
        {"Bearer max_age=2147483648", OAUTH_MAX_AGE_TOO_LARGE, 0},
        {"Bearer max_age=99999999999999999999999", OAUTH_MAX_AGE_TOO_LARGE, 0},
        {"Bearer max_age=00000000000000000000042", OAUTH_MAX_AGE_VALID, 42},
        {"Bearer max_age=\"\"", OAUTH_MAX_AGE_INVALID, 0},
        {"Bearer max_age=-1", OAUTH_MAX_AGE_INVALID, 0},
        {"Bearer max_age=+1", OAUTH_MAX_AGE_INVALID, 0},
        {"Bearer max_age=5s", OAUTH_MAX_AGE_INVALID, 0},
        {"Bearer max_age=\" 5\"", OAUTH_MAX_AGE_INVALID, 0},
        {"Bearer max_age=\"5 \"", OAUTH_MAX_AGE_INVALID, 0},
        {"Bearer max_age=1.5", OAUTH_MAX_AGE_INVALID, 0},
        {"Bearer max_age=99999999999x", OAUTH_MAX_AGE_INVALID, 0},
        {"Bearer realm=x", OAUTH_MAX_AGE_ABSENT, 0},
    };
    oauth_resource_challenge r;
    size_t i;

    for (i = 0; i < TEST_COUNT(rows); i++) {
        if (!CHECK_INT(find(rows[i].input, OAUTH_SCHEME_BEARER, 0, &r), 1))
            continue;
        if (!CHECK_INT(r.max_age_status, rows[i].status) ||
            !CHECK_INT(r.max_age_seconds, rows[i].seconds))
            fprintf(stderr, "  input: %s\n", rows[i].input);
    }
}

/* OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS auth-params fit, one more is a named error. */
static void test_resource_challenge_capacity(void)
{
    char text[1024] = "Bearer p0=0";
    oauth_resource_challenge r;
    size_t i;

    for (i = 1; i < OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS; i++)
        snprintf(text + strlen(text), sizeof text - strlen(text), ", p%lu=x",
                 TEST_CAST(unsigned long, i));
    CHECK_INT(find(text, OAUTH_SCHEME_BEARER, 0, &r), 1);
    CHECK_INT(r.param_count, OAUTH_RESOURCE_CHALLENGE_MAX_PARAMS);
    snprintf(text + strlen(text), sizeof text - strlen(text), ", scope=s");
    CHECK_INT(find(text, OAUTH_SCHEME_BEARER, 0, &r), OAUTH_PARSE_ERROR_TOO_MANY_PARAMS);
    CHECK_INT(r.offset, strlen(text) - 7);
}

/* The registry row of the error value: registered values, escaped ones, unregistered and
 * absent ones, and a value too long to be any registered name. */
static void test_resource_challenge_registered(void)
{
    static const struct {
        const char *field_value;
        const char *registered; /* the row's name, or NULL for no row */
        oauth_ext_error code;
    } rows[] = {
        {"Bearer error=\"invalid_token\"", "invalid_token", OAUTH_EXT_ERROR_INVALID_TOKEN},
        {"DPoP error=\"use_dpop_nonce\"", "use_dpop_nonce", OAUTH_EXT_ERROR_NONE},
        {"Bearer error=insufficient_user_authentication", "insufficient_user_authentication",
         OAUTH_EXT_ERROR_NONE},
        {"Bearer error=\"invalid\\_token\"", "invalid_token", OAUTH_EXT_ERROR_INVALID_TOKEN},
        {"Bearer error=\"access_denied\"", "access_denied", OAUTH_EXT_ERROR_NONE},
        {"Bearer error=\"example_private_error\"", TEST_NULL, OAUTH_EXT_ERROR_NONE},
        {"Bearer error=\"Invalid_Token\"", TEST_NULL, OAUTH_EXT_ERROR_NONE},
        {"Bearer realm=\"example\"", TEST_NULL, OAUTH_EXT_ERROR_NONE},
        {"Bearer error=\"insufficient_user_authentication\\_and_more_than_32\"", TEST_NULL,
         OAUTH_EXT_ERROR_NONE},
    };
    size_t i;

    for (i = 0; i < TEST_COUNT(rows); i++) {
        oauth_resource_challenge r;

        if (!CHECK_INT(
                find(rows[i].field_value, OAUTH_SCHEME_BEARER | OAUTH_SCHEME_DPOP, 0, &r), 1))
            continue;
        CHECK_INT(r.error_code, rows[i].code);
        if (rows[i].registered) {
            if (CHECK(r.registered != TEST_NULL))
                CHECK_STR(r.registered->name, rows[i].registered);
        } else {
            CHECK(r.registered == TEST_NULL);
        }
    }

    /* access_denied has two rows: the first one, RFC 6749's, is returned. */
    {
        oauth_resource_challenge r;

        if (CHECK_INT(find("Bearer error=access_denied", OAUTH_SCHEME_BEARER, 0, &r), 1) &&
            CHECK(r.registered != TEST_NULL))
            CHECK(r.registered ==
                  oauth_ext_error_registry_row_at(
                      oauth_ext_error_registry_find_index("access_denied", 13, 0)));
    }
}

/* Names one byte away from the known ones, and schemes as long as Bearer and DPoP, fill
 * nothing: each length's candidates are compared in full. */
static void test_resource_challenge_near_names(void)
{
    oauth_resource_challenge r;
    const oauth_auth_param_view *fields[9];
    size_t i;

    if (!CHECK_INT(find("Digest realm=\"a\", Nego x=1, Bearer algz=\"1\", scopf=\"1\", "
                        "realn=\"1\", errox=\"1\", max_agf=\"1\", error_urj=\"1\", "
                        "acr_valuez=\"1\", resource_metadatb=\"1\", error_descriptioo=\"1\"",
                        OAUTH_SCHEME_BEARER | OAUTH_SCHEME_DPOP, 0, &r),
                   1))
        return;
    CHECK_BYTES(r.scheme.data, r.scheme.length, "Bearer");
    CHECK_INT(r.param_count, 9);
    fields[0] = &r.realm;
    fields[1] = &r.scope;
    fields[2] = &r.error;
    fields[3] = &r.error_description;
    fields[4] = &r.error_uri;
    fields[5] = &r.resource_metadata;
    fields[6] = &r.algs;
    fields[7] = &r.acr_values;
    fields[8] = &r.max_age;
    for (i = 0; i < TEST_COUNT(fields); i++) {
        if (!CHECK(fields[i]->value.data == TEST_NULL))
            fprintf(stderr, "  field %zu\n", i);
    }
}

/* The common `name="value", ` shape at the capacity limit. */
static void test_parser_capacity_fast_path(void)
{
    static const char text[] = "Bearer realm=\"a\", scope=\"b\", error=\"c\"";
    size_t capacity;

    for (capacity = 0; capacity <= 3; capacity++) {
        oauth_challenge_parser parser;
        oauth_challenge_view view;
        oauth_auth_param_view params[3];
        int expected = capacity == 3 ? 1 : OAUTH_PARSE_ERROR_TOO_MANY_PARAMS;

        oauth_challenge_parser_init(&parser, test_buffer(text, sizeof text - 1),
                                    sizeof text - 1, 0);
        CHECK_INT(oauth_challenge_parser_next(&parser, &view, params, capacity), expected);
    }
}

void test_parser(void)
{
    test_resource_challenge_near_names();
    test_parser_capacity_fast_path();
    test_resource_challenge_registered();
    test_parser_rows();
    test_parser_space_separated();
    test_parser_iterator();
    test_parser_prefixes();
    test_parser_quoted_octets();
    test_parser_quoted_lengths();
    test_parser_messages();
    test_unescape();
    test_parser_lookups();
    test_parser_lookups_on_other_views();
    test_resource_challenge();
    test_resource_challenge_max_age();
    test_resource_challenge_capacity();
}
