/* The build and token commands of the oauth-challenge tool, run as a separate process. */
#include "harness.h"

#define INVALID_TOKEN_DEFAULT                                                                  \
    "The access token is expired, revoked, malformed, or otherwise invalid"

/* Arguments after "build" (as the shell reads them), and the exact standard output and
 * exit status. Invalid input exits with 2 and prints nothing on standard output. */
static const struct {
    const char *arguments;
    const char *expected;
    int status;
} build_rows[] = {
    {"--realm example", "Bearer realm=\"example\"\n", 0},
    {"--realm example --error invalid_token --error-description 'The access token expired'",
     "Bearer realm=\"example\", error=\"invalid_token\", error_description=\"The access token "
     "expired\"\n",
     0},
    {"--error insufficient_user_authentication --error-description 'A different "
     "authentication level is required' --param acr_values=myACR",
     "Bearer error=\"insufficient_user_authentication\", error_description=\"A different "
     "authentication level is required\", acr_values=\"myACR\"\n",
     0},
    {"--error insufficient_user_authentication --error-description 'More recent "
     "authentication is required' --param max_age=5",
     "Bearer error=\"insufficient_user_authentication\", error_description=\"More recent "
     "authentication is required\", max_age=\"5\"\n",
     0},
    {"--resource-metadata https://resource.example.com/.well-known/oauth-protected-resource",
     "Bearer resource_metadata=\"https://resource.example.com/.well-known/"
     "oauth-protected-resource\"\n",
     0},
    {"--scheme DPoP --param 'algs=ES256 PS256'", "DPoP algs=\"ES256 PS256\"\n", 0},
    {"--realm 'C:\\'", "Bearer realm=\"C:\\\\\"\n", 0},
    {"--realm 'Super\"Secret'", "Bearer realm=\"Super\\\"Secret\"\n", 0},
    {"--realm \"$(printf 'a\\r\\nb')\"", "", 2},
    {"--error invalid_token --error-description foobar",
     "Bearer error=\"invalid_token\", error_description=\"foobar\"\n", 0},
    {"--error invalid_token --error-description 'Unexpected \"iss\" value'", "", 2},
    {"--error invalid_token --error-description 'Unexpected \"iss\" value' --safe",
     "Bearer error=\"invalid_token\", error_description=\"" INVALID_TOKEN_DEFAULT "\"\n", 0},
    {"--safe --error invalid_token --error-description 'The audience '\\''x\", "
     "error_uri=\"https://evil.example.com'\\'' is invalid'",
     "Bearer error=\"invalid_token\", error_description=\"" INVALID_TOKEN_DEFAULT "\"\n", 0},
    {"--error invalid_token --error-description 'The audience '\\''x\", "
     "error_uri=\"https://evil.example.com'\\'' is invalid'",
     "", 2},
    {"--safe --error invalid_token --error-description \"$(printf 'bad\\r\\nX-Injected: 1')\"",
     "Bearer error=\"invalid_token\", error_description=\"" INVALID_TOKEN_DEFAULT "\"\n", 0},
    {"--error invalid_token --error-description \"$(printf 'bad\\r\\nX-Injected: 1')\"", "", 2},
    {"--error insufficient_scope --scope write",
     "Bearer scope=\"write\", error=\"insufficient_scope\"\n", 0},
    {"", "Bearer\n", 0},
    {"--realm example --param 'title=Login to \"apps\"' --param Service=registry",
     "Bearer realm=\"example\", title=\"Login to \\\"apps\\\"\", Service=\"registry\"\n", 0},

    /* Invalid input: each names a field and a rule on standard error. */
    {"--scheme 'Bear er'", "", 2},
    {"--scope 'read  write'", "", 2},
    {"--error-description expired", "", 2},
    {"--param algs=ES256 --param ALGS=PS256", "", 2},
    {"--param realm=other", "", 2},
    {"--param max_age=5m", "", 2},
    {"--param novalue", "", 2},
    {"--realm a --realm b", "", 2},
    {"--realm", "", 2},
    {"--unknown x", "", 2},
};

/* Authorization field values, one per line, and the exact JSON lines expected. */
static const char token_input[] = "Bearer mF_9.B5f-4.1JqM\n"
                                  "bearer mF_9.B5f-4.1JqM==\r\n"
                                  "Basic dXNlcjpwYXNz\n"
                                  "\n"
                                  "Bearer\n"
                                  "Bearer ab c\n"
                                  "Bearer\tabc\n"
                                  "Bearer a\x01\xff\n"
                                  "DPoP abc";
static const char token_output[] =
    "{\"result\":\"token\",\"token\":\"mF_9.B5f-4.1JqM\"}\n"
    "{\"result\":\"token\",\"token\":\"mF_9.B5f-4.1JqM==\"}\n"
    "{\"result\":\"none\"}\n"
    "{\"result\":\"none\"}\n"
    "{\"result\":\"invalid_request\",\"error_description\":\"The Bearer credentials have no "
    "token\"}\n"
    "{\"result\":\"invalid_request\",\"error_description\":\"The Bearer credentials hold more "
    "than one token\"}\n"
    "{\"result\":\"invalid_request\",\"error_description\":\"Only SP may separate Bearer from "
    "the token, not HTAB (RFC 6750 section 2.1)\"}\n"
    "{\"result\":\"invalid_request\",\"error_description\":\"The token holds a byte outside "
    "b64token (RFC 6750 section 2.1)\"}\n"
    "{\"result\":\"none\"}\n";

static void test_cli_build_rows(void)
{
    size_t i;

    for (i = 0; i < TEST_COUNT(build_rows); i++) {
        char arguments[1024];
        char output[1024];
        int status;

        snprintf(arguments, sizeof arguments, "build %s", build_rows[i].arguments);
        status = test_run_tool(arguments, "", 0, output, sizeof output);
        if (!CHECK_INT(status, build_rows[i].status) ||
            !CHECK_STR(output, build_rows[i].expected))
            fprintf(stderr, "  oauth-challenge %s\n", arguments);
    }
}

static void test_cli_token_lines(void)
{
    char output[2048];

    CHECK_INT(
        test_run_tool("token", token_input, sizeof token_input - 1, output, sizeof output), 0);
    CHECK_STR(output, token_output);

    /* No input lines, no output lines. */
    CHECK_INT(test_run_tool("token", "", 0, output, sizeof output), 0);
    CHECK_STR(output, "");
}

void test_cli_build(void)
{
    test_cli_build_rows();
    test_cli_token_lines();
}
