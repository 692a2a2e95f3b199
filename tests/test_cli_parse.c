/* The `parse` command of the oauth-challenge tool: one JSON line per input line. */
#include "harness.h"

/* Input lines and the tool's exact output for them. */
static const struct {
    const char *input;
    const char *expected;
} cli_rows[] = {
    {"Bearer realm=\"example\", error=\"invalid_token\", Negotiate abc==\n",
     "{\"challenges\":[{\"scheme\":\"Bearer\",\"params\":[[\"realm\",\"example\"],[\"error\","
     "\"invalid_token\"]]},{\"scheme\":\"Negotiate\",\"token68\":\"abc==\"}]}\n"},
    /* RFC 9110 section 11.6.1: values unescaped, then escaped again for JSON. */
    {"Basic realm=\"simple\", Newauth realm=\"apps\", type=1, title=\"Login to "
     "\\\"apps\\\"\"\n",
     "{\"challenges\":[{\"scheme\":\"Basic\",\"params\":[[\"realm\",\"simple\"]]},{\"scheme\":"
     "\"Newauth\",\"params\":[[\"realm\",\"apps\"],[\"type\",\"1\"],[\"title\",\"Login to "
     "\\\"apps\\\"\"]]}]}\n"},
    /* Names lowercased, schemes as written, input order kept. */
    {"bearer ERROR=\"invalid_token\", Scope=\"b a\"\n",
     "{\"challenges\":[{\"scheme\":\"bearer\",\"params\":[[\"error\",\"invalid_token\"],"
     "[\"scope\",\"b a\"]]}]}\n"},
    {"Bearer error_description=\"back\\\\slash\"\n",
     "{\"challenges\":[{\"scheme\":\"Bearer\",\"params\":[[\"error_description\","
     "\"back\\\\slash\"]]}]}\n"},
    /* Bytes outside 0x20-0x7E, HTAB and obs-text included, become \u00XX. */
    {"Bearer realm=\"caf\xc3\xa9\tx\"\n",
     "{\"challenges\":[{\"scheme\":\"Bearer\",\"params\":[[\"realm\","
     "\"caf\\u00c3\\u00a9\\u0009x\"]]}]}\n"},
    {"Bearer\n", "{\"challenges\":[{\"scheme\":\"Bearer\",\"params\":[]}]}\n"},
    {"Bearer error=\n", "{\"challenges\":[{\"scheme\":\"Bearer\",\"token68\":\"error=\"}]}\n"},
    {"Bearer realm=\"\"\n",
     "{\"challenges\":[{\"scheme\":\"Bearer\",\"params\":[[\"realm\",\"\"]]}]}\n"},
    /* A trailing CR is stripped, and a field name in any case is skipped. */
    {"Bearer realm=\"a\"\r\n",
     "{\"challenges\":[{\"scheme\":\"Bearer\",\"params\":[[\"realm\",\"a\"]]}]}\n"},
    {"WWW-Authenticate: DPoP algs=\"ES256\"\r\n",
     "{\"challenges\":[{\"scheme\":\"DPoP\",\"params\":[[\"algs\",\"ES256\"]]}]}\n"},
    {"www-authenticate:Bearer\n", "{\"challenges\":[{\"scheme\":\"Bearer\",\"params\":[]}]}\n"},
    /* Errors: the message and the offset into the line, field name included. */
    {"Bearer error=\"invalid_token\", error_description=\"oops\n",
     "{\"error\":\"unterminated quoted-string\",\"offset\":53}\n"},
    {"WWW-Authenticate: Bearer, error=\"invalid_token\"\n",
     "{\"error\":\"auth-param where an auth-scheme was expected\",\"offset\":26}\n"},
    {"Bearer realm=\"a\", realm=\"b\"\n",
     "{\"error\":\"auth-param name repeated in one challenge\",\"offset\":18}\n"},
    {"\n", "{\"error\":\"no challenge in the field value\",\"offset\":0}\n"},
    {"WWW-Authenticate:\n", "{\"error\":\"no challenge in the field value\",\"offset\":17}\n"},
    {"Bearer realm=\"a\rb\"\n", "{\"error\":\"invalid control character\",\"offset\":15}\n"},
    /* The last line may lack its LF. */
    {"Bearer", "{\"challenges\":[{\"scheme\":\"Bearer\",\"params\":[]}]}\n"},
    {"", ""},
};

static void test_cli_parse_rows(void)
{
    char output[4096];
    size_t i;

    for (i = 0; i < TEST_COUNT(cli_rows); i++) {
        int status = test_run_tool("parse", cli_rows[i].input, strlen(cli_rows[i].input),
                                   output, sizeof output);

        if (!CHECK_INT(status, 0) || !CHECK_STR(output, cli_rows[i].expected))
            fprintf(stderr, "  input: %s\n", cli_rows[i].input);
    }
}

/* Several lines in one run: one output line each, in order, and exit status 0 even
 * though some lines are invalid. A NUL inside a line is a control character. */
static void test_cli_parse_lines(void)
{
    static const char input[] = "Bearer\nBearer realm=\"x\0\"\n, ,\nDPoP algs=ES256\n";
    char output[4096];

    CHECK_INT(test_run_tool("parse", input, sizeof input - 1, output, sizeof output), 0);
    CHECK_STR(output,
              "{\"challenges\":[{\"scheme\":\"Bearer\",\"params\":[]}]}\n"
              "{\"error\":\"invalid control character\",\"offset\":15}\n"
              "{\"error\":\"no challenge in the field value\",\"offset\":3}\n"
              "{\"challenges\":[{\"scheme\":\"DPoP\",\"params\":[[\"algs\",\"ES256\"]]}]}\n");
}

void test_cli_parse(void)
{
    test_cli_parse_rows();
    test_cli_parse_lines();
}
