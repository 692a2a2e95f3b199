/* oauth-challenge: the library's resource-server and client functions on the command line.
 *
 *     oauth-challenge build [options]   print one WWW-Authenticate challenge
 *     oauth-challenge token             read Authorization field values, print JSON lines
 *     oauth-challenge parse             read WWW-Authenticate field values, print JSON lines
 *
 * `token` and `parse` read standard input one line at a time (a trailing CR is stripped)
 * and print one JSON object per input line.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "oauth_ext_error.h"

/* Writes n bytes as a JSON string: `"` and `\` are escaped, and every byte below 0x20 or
 * above 0x7E is written as \u00XX, so the output is ASCII whatever the input holds. */
static void print_json_string(const char *s, size_t n)
{
    size_t i;

    putchar('"');
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20 || c > 0x7e)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

/* Reads one line of any length from stdin into *line, without its LF and without one CR
 * before it. Returns the length, or -1 at the end of input. */
static ssize_t read_line(char **line, size_t *capacity)
{
    ssize_t length = getline(line, capacity, stdin);

    if (length < 0)
        return -1;
    if (length > 0 && (*line)[length - 1] == '\n')
        length--;
    if (length > 0 && (*line)[length - 1] == '\r')
        length--;
    return length;
}

/* Writes n bytes of text from the command line to stderr, every byte outside %x20-7E as
 * \xHH, so that a message cannot carry terminal escape sequences or a forged line. */
static void print_quoted_argument(const char *text, size_t n)
{
    size_t i;

    fputc('"', stderr);
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];

        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            fprintf(stderr, "\\x%02x", c);
        else
            fputc(c, stderr);
    }
    fputc('"', stderr);
}

static void print_usage(FILE *out);

/* The value of option argv[*index] (the next argument), or NULL after printing why there
 * is none. */
static const char *option_value(int argc, char **argv, int *index)
{
    if (*index + 1 >= argc) {
        fprintf(stderr, "oauth-challenge: option %s is missing its value\n", argv[*index]);
        return NULL;
    }
    *index += 1;
    return argv[*index];
}

/* Stores a core field's option value, rejecting a second one: the builder would only see
 * the last, and a repeated parameter is invalid (RFC 6750 section 3). */
static int set_field(oauth_string *field, const char *option, const char *value)
{
    if (field->data) {
        fprintf(stderr, "oauth-challenge: option %s is given more than once\n", option);
        return 0;
    }
    *field = oauth_cstr(value);
    return 1;
}

/* Returns the challenge field that a build option sets, or NULL for any other option. */
static oauth_string *option_field(oauth_challenge *challenge, const char *option)
{
    static const char *const options[] = {
        "--scheme", "--realm", "--scope", "--error", "--error-description", "--error-uri"};
    oauth_string *fields[6];
    size_t i;

    fields[0] = &challenge->scheme;
    fields[1] = &challenge->realm;
    fields[2] = &challenge->scope;
    fields[3] = &challenge->error;
    fields[4] = &challenge->error_description;
    fields[5] = &challenge->error_uri;
    for (i = 0; i < 6; i++) {
        if (strcmp(option, options[i]) == 0)
            return fields[i];
    }
    return NULL;
}

/* Prints why a build failed: the field, the byte offset and the rule, on one line. */
static void print_build_error(const oauth_challenge *challenge,
                              const oauth_challenge_result *result)
{
    const char *field = oauth_challenge_field_name(result->field);

    fputs("oauth-challenge: invalid ", stderr);
    if (result->field == OAUTH_CHALLENGE_FIELD_PARAM_NAME ||
        result->field == OAUTH_CHALLENGE_FIELD_PARAM_VALUE) {
        oauth_string name = challenge->params[result->param_index].name;

        fprintf(stderr, "%s of parameter %zu (", field, result->param_index + 1);
        print_quoted_argument(name.data, name.length);
        fputc(')', stderr);
    } else {
        fputs(field ? field : "challenge", stderr);
    }
    fprintf(stderr, " at byte %zu: %s\n", result->offset,
            oauth_challenge_error_message(result->error));
}

/* oauth-challenge build [options]: prints one challenge and a newline. Exit status 0, or 2
 * with one line on stderr and nothing on stdout for invalid input. */
static int command_build(int argc, char **argv)
{
    oauth_challenge challenge;
    oauth_challenge_result result;
    oauth_challenge_policy policy = OAUTH_CHALLENGE_STRICT;
    oauth_auth_param *params;
    size_t param_count = 0, length;
    char *text;
    int i, ok = 1;

    /* Every remaining argument pair could be a parameter. */
    params = malloc(sizeof *params * (size_t)argc);
    if (!params) {
        fputs("oauth-challenge: out of memory\n", stderr);
        return 2;
    }
    oauth_challenge_init(&challenge);

    for (i = 2; ok && i < argc; i++) {
        const char *option = argv[i];
        oauth_string *field = option_field(&challenge, option);
        int is_param = strcmp(option, "--param") == 0;
        int is_metadata = strcmp(option, "--resource-metadata") == 0;
        const char *value;

        if (strcmp(option, "--safe") == 0) {
            policy = OAUTH_CHALLENGE_SAFE;
            continue;
        }
        if (strcmp(option, "--help") == 0 || strcmp(option, "-h") == 0) {
            print_usage(stdout);
            free(params);
            return 0;
        }
        if (!field && !is_param && !is_metadata) {
            fputs("oauth-challenge: unknown option ", stderr);
            print_quoted_argument(option, strlen(option));
            fputs(" for build\n", stderr);
            ok = 0;
            break;
        }
        value = option_value(argc, argv, &i);
        if (!value) {
            ok = 0;
        } else if (field) {
            ok = set_field(field, option, value);
        } else if (is_metadata) {
            params[param_count].name = oauth_cstr(OAUTH_PARAM_RESOURCE_METADATA);
            params[param_count++].value = oauth_cstr(value);
        } else if (!strchr(value, '=')) {
            fputs("oauth-challenge: --param ", stderr);
            print_quoted_argument(value, strlen(value));
            fputs(" has no \"=\": use NAME=VALUE\n", stderr);
            ok = 0;
        } else {
            const char *equals = strchr(value, '=');

            params[param_count].name.data = value;
            params[param_count].name.length = (size_t)(equals - value);
            params[param_count++].value = oauth_cstr(equals + 1);
        }
    }
    if (!ok) {
        free(params);
        return 2;
    }
    challenge.params = params;
    challenge.param_count = param_count;

    /* snprintf's two calls: measure, then write into a buffer of that size. */
    length = oauth_challenge_build(&challenge, policy, NULL, 0, &result);
    text = length ? malloc(length + 1) : NULL;
    if (length && text)
        oauth_challenge_build(&challenge, policy, text, length + 1, &result);
    if (!length || !text || result.error != OAUTH_CHALLENGE_OK) {
        if (!text && length)
            fputs("oauth-challenge: out of memory\n", stderr);
        else
            print_build_error(&challenge, &result);
        free(text);
        free(params);
        return 2;
    }
    printf("%s\n", text);
    free(text);
    free(params);
    return 0;
}

/* oauth-challenge token: one JSON object for each Authorization field value on stdin. */
static int command_token(void)
{
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length;

    while ((length = read_line(&line, &capacity)) >= 0) {
        oauth_bearer_credentials credentials;

        switch (oauth_bearer_extract(line, (size_t)length, &credentials)) {
        case OAUTH_BEARER_TOKEN:
            fputs("{\"result\":\"token\",\"token\":", stdout);
            print_json_string(credentials.token.data, credentials.token.length);
            fputs("}\n", stdout);
            break;
        case OAUTH_BEARER_MALFORMED:
            fputs("{\"result\":\"invalid_request\",\"error_description\":", stdout);
            print_json_string(credentials.error_description,
                              strlen(credentials.error_description));
            fputs("}\n", stdout);
            break;
        case OAUTH_BEARER_NONE:
        default:
            fputs("{\"result\":\"none\"}\n", stdout);
            break;
        }
    }
    free(line);
    return 0;
}

/* The maximum number of auth-params in one challenge for `parse`. It bounds the parser's
 * duplicate check, which compares each name with the earlier ones of its challenge. */
#define PARSE_MAX_PARAMS 256

/* ASCII lowercase of c, whatever the C locale is. */
static unsigned char ascii_lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* Returns 1 when the n bytes at s start with the NUL-terminated prefix, compared
 * case-insensitively in ASCII. */
static int starts_with_ascii_case(const char *s, size_t n, const char *prefix)
{
    size_t i;

    for (i = 0; prefix[i] != '\0'; i++) {
        if (i == n || ascii_lower((unsigned char)s[i]) != ascii_lower((unsigned char)prefix[i]))
            return 0;
    }
    return 1;
}

/* Prints a challenge list as {"challenges":[...]}: schemes as written, auth-param names
 * in lowercase (they are case-insensitive, RFC 9110 section 11.2) and values unescaped.
 * `buffer` has room for at least length + 1 bytes. */
static void print_challenges(const char *value, size_t length, oauth_auth_param_view *params,
                             char *buffer)
{
    oauth_challenge_parser parser;
    oauth_challenge_view challenge;
    int first = 1;

    fputs("{\"challenges\":[", stdout);
    oauth_challenge_parser_init(&parser, value, length, 0);
    while (oauth_challenge_parser_next(&parser, &challenge, params, PARSE_MAX_PARAMS) == 1) {
        size_t k, i;

        fputs(first ? "{\"scheme\":" : ",{\"scheme\":", stdout);
        first = 0;
        print_json_string(challenge.scheme.data, challenge.scheme.length);
        if (challenge.token68.data) {
            fputs(",\"token68\":", stdout);
            print_json_string(challenge.token68.data, challenge.token68.length);
            putchar('}');
            continue;
        }
        fputs(",\"params\":[", stdout);
        for (k = 0; k < challenge.param_count; k++) {
            oauth_string name = params[k].name;

            for (i = 0; i < name.length; i++)
                buffer[i] = (char)ascii_lower((unsigned char)name.data[i]);
            fputs(k ? ",[" : "[", stdout);
            print_json_string(buffer, name.length);
            putchar(',');
            print_json_string(buffer, oauth_unescape(params[k].value, buffer, length + 1));
            putchar(']');
        }
        fputs("]}", stdout);
    }
    fputs("]}\n", stdout);
}

/* Prints one field value's challenges as a JSON line, or its parse error with the offset
 * into the input line. `skipped` is the length of the field name before `value`. */
static void parse_field_value(const char *value, size_t length, size_t skipped,
                              oauth_auth_param_view *params, char *buffer)
{
    oauth_challenge_parser parser;
    oauth_challenge_view challenge;
    const char *message;
    int status;

    /* Validate the whole value first, so that a failure prints nothing but the error. */
    oauth_challenge_parser_init(&parser, value, length, 0);
    do
        status = oauth_challenge_parser_next(&parser, &challenge, params, PARSE_MAX_PARAMS);
    while (status == 1);
    if (status == 0) {
        print_challenges(value, length, params, buffer);
        return;
    }
    message = oauth_parse_error_message(parser.error);
    fputs("{\"error\":", stdout);
    print_json_string(message, strlen(message));
    printf(",\"offset\":%zu}\n", skipped + parser.offset);
}

/* oauth-challenge parse: one WWW-Authenticate field value per input line. */
static int command_parse(void)
{
    static const char field_name[] = "WWW-Authenticate:";
    oauth_auth_param_view *params = malloc(PARSE_MAX_PARAMS * sizeof *params);
    char *line = NULL;
    char *buffer = NULL;
    size_t capacity = 0;
    size_t buffer_size = 0;
    ssize_t length;
    int status = 0;

    while (params && (length = read_line(&line, &capacity)) >= 0) {
        size_t n = (size_t)length;
        size_t skipped = 0;

        /* A whole field line is read as its value; the field name is case-insensitive
         * (RFC 9110 section 5.1). */
        if (starts_with_ascii_case(line, n, field_name))
            skipped = sizeof field_name - 1;

        /* Lowercased names and unescaped values are never longer than the line. */
        if (buffer_size < n + 1) {
            char *grown = realloc(buffer, n + 1);

            if (!grown) {
                status = 1;
                break;
            }
            /* Zeroed, because clang's analyzer cannot see that oauth_unescape writes
             * every byte it reports. */
            memset(grown, 0, n + 1);
            buffer = grown;
            buffer_size = n + 1;
        }
        parse_field_value(line + skipped, n - skipped, skipped, params, buffer);
    }
    if (!params)
        status = 1;
    if (status)
        fputs("oauth-challenge: out of memory\n", stderr);
    free(buffer);
    free(line);
    free(params);
    return status;
}

static void print_usage(FILE *out)
{
    fputs("usage: oauth-challenge build [--scheme S] [--realm R] [--scope S] [--error E]\n"
          "                             [--error-description D] [--error-uri U]\n"
          "                             [--resource-metadata URL] [--param NAME=VALUE]...\n"
          "                             [--safe]\n"
          "       oauth-challenge token   < Authorization field values, one per line\n"
          "       oauth-challenge parse   < WWW-Authenticate field values, one per line\n",
          out);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "build") == 0)
        return command_build(argc, argv);

    /* token and parse read standard input and take no argument. */
    if (argc > 2 && (strcmp(argv[1], "token") == 0 || strcmp(argv[1], "parse") == 0)) {
        fprintf(stderr, "oauth-challenge: %s takes no argument; it reads standard input\n",
                argv[1]);
        return 2;
    }
    if (strcmp(argv[1], "token") == 0)
        return command_token();
    if (strcmp(argv[1], "parse") == 0)
        return command_parse();
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        print_usage(stdout);
        return 0;
    }
    fputs("oauth-challenge: unknown command ", stderr);
    print_quoted_argument(argv[1], strlen(argv[1]));
    fputc('\n', stderr);
    print_usage(stderr);
    return 2;
}
