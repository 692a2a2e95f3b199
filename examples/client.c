/* client: requests a protected resource with libcurl and, when the response is not 2xx,
 * reads its WWW-Authenticate challenges with oauth_ext_error.h and prints what to do next.
 *
 *     client [--token TOKEN | --authorization VALUE] [--method METHOD] [--data BODY] URL
 *
 * The last line on standard output starts with "next: " and states what the caller should do.
 * The exit status names the same outcome; see print_usage.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "oauth_ext_error.h"

/* Exit statuses, one for each thing the caller can do next. */
enum client_exit {
    EXIT_NOTHING_TO_DO = 0,    /* 2xx: the request succeeded */
    EXIT_NO_RESPONSE = 1,      /* no HTTP response: connection refused, timeout, bad URL */
    EXIT_USAGE = 2,            /* invalid command line */
    EXIT_GET_TOKEN = 3,        /* 401: get an access token, or a new one */
    EXIT_ASK_SCOPE = 4,        /* 403 insufficient_scope: ask for a token with more scope */
    EXIT_FETCH_METADATA = 5,   /* 401 with resource_metadata and no error: fetch it */
    EXIT_FIX_REQUEST = 6,      /* 400 invalid_request: the request itself is wrong */
    EXIT_UNEXPECTED = 7,       /* another status, or no Bearer challenge to act on */
    EXIT_INVALID_CHALLENGE = 8 /* a WWW-Authenticate field the parser rejects */
};

/* The response body is kept up to this size and cut after it, because only its start is
 * printed. */
#define BODY_MAX 65536

struct body {
    char data[BODY_MAX];
    size_t length;
};

static void print_usage(FILE *out)
{
    fputs("usage: client [--token TOKEN | --authorization VALUE] [--method METHOD]\n"
          "              [--data BODY] URL\n"
          "\n"
          "  --token TOKEN          send Authorization: Bearer TOKEN (RFC 6750 section 2.1)\n"
          "  --authorization VALUE  send this Authorization field value as it is\n"
          "  --method METHOD        request method (default GET, or POST with --data)\n"
          "  --data BODY            send BODY as application/x-www-form-urlencoded\n"
          "\n"
          "On 401 or 403 it reads every WWW-Authenticate field and prints what to do\n"
          "next on a last line starting with \"next: \". Exit status:\n"
          "  0  2xx: nothing to do\n"
          "  1  no HTTP response (connection failed, timed out, or the URL is invalid)\n"
          "  2  invalid command line\n"
          "  3  get an access token, or a new one (401, with or without invalid_token)\n"
          "  4  ask for a token with the scope printed (403 insufficient_scope)\n"
          "  5  fetch the resource metadata at the URL printed (401 with\n"
          "     resource_metadata and no error code, RFC 9728 section 5.1)\n"
          "  6  fix the request (400 invalid_request)\n"
          "  7  unexpected answer: another status, or no Bearer challenge to act on\n"
          "  8  the server sent a WWW-Authenticate field that is not valid\n",
          out);
}

static size_t keep_body(char *data, size_t size, size_t count, void *cls)
{
    struct body *body = cls;
    size_t n = size * count;
    size_t room = sizeof body->data - body->length;

    memcpy(body->data + body->length, data, n < room ? n : room);
    body->length += n < room ? n : room;
    return n;
}

/* Returns 1 when value can go into a header line: no control character but HTAB, so that
 * it cannot end the line and add a field of its own. */
static int is_field_value(const char *value)
{
    for (; *value != '\0'; value++) {
        unsigned char c = (unsigned char)*value;

        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return 0;
    }
    return 1;
}

/* Prints n bytes that came from the server, with every byte outside %x20-7E as \xHH, so
 * that a hostile response cannot move the cursor or forge a line of the output. */
static void print_escaped(const char *text, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];

        if (c >= 0x20 && c < 0x7f)
            putchar(c);
        else
            printf("\\x%02x", c);
    }
}

/* Returns the value of an auth-param with its quoted-pairs resolved, as a NUL-terminated
 * string to be freed, or NULL when the param is absent or memory ran out. */
static char *param_value(const oauth_auth_param_view *param)
{
    size_t length;
    char *value;

    if (!param->name.data)
        return NULL;
    length = oauth_unescape(param->value, NULL, 0);
    value = calloc(length + 1, 1);
    if (value)
        oauth_unescape(param->value, value, length + 1);
    return value;
}

/* Prints "NAME: VALUE" for a param that is present. */
static void print_param(const char *name, const char *value)
{
    if (!value)
        return;
    printf("%s: ", name);
    print_escaped(value, strlen(value));
    putchar('\n');
}

/* The Bearer challenge's params that decide the next step, unescaped. */
struct bearer_challenge {
    oauth_ext_error error_code;
    char *realm;
    char *scope;
    char *error;
    char *error_description;
    char *resource_metadata;
};

static void free_bearer_challenge(struct bearer_challenge *bearer)
{
    free(bearer->realm);
    free(bearer->scope);
    free(bearer->error);
    free(bearer->error_description);
    free(bearer->resource_metadata);
}

/* Parses every WWW-Authenticate field value with the library, prints each one, and keeps
 * the first Bearer challenge in *bearer. A field value that is not valid is reported and
 * skipped, because another field may still hold a usable challenge. Returns 1 when a
 * Bearer challenge was found. Otherwise it returns -1 when a field value was not valid,
 * and 0 when every field was valid. */
static int find_bearer_challenge(char *const *values, size_t count,
                                 struct bearer_challenge *bearer)
{
    oauth_resource_challenge found;
    int invalid = 0, have_bearer = 0;
    size_t i;

    memset(bearer, 0, sizeof *bearer);
    for (i = 0; i < count; i++) {
        int result = oauth_resource_challenge_find(values[i], strlen(values[i]),
                                                   OAUTH_SCHEME_BEARER, 0, &found);

        printf("WWW-Authenticate: ");
        print_escaped(values[i], strlen(values[i]));
        putchar('\n');
        if (result < 0) {
            printf("invalid challenge: %s at byte %zu\n",
                   oauth_parse_error_message(found.parse_error), found.offset);
            invalid = 1;
        } else if (result == 1 && !have_bearer) {
            have_bearer = 1;
            bearer->error_code = found.error_code;
            bearer->realm = param_value(&found.realm);
            bearer->scope = param_value(&found.scope);
            bearer->error = param_value(&found.error);
            bearer->error_description = param_value(&found.error_description);
            bearer->resource_metadata = param_value(&found.resource_metadata);
        }
    }
    if (have_bearer)
        return 1;
    return invalid ? -1 : 0;
}

/* Prints what to do after a response that is not 2xx, from its Bearer challenge
 * (RFC 6750 section 3.1, RFC 9728 section 5.1), and returns the matching exit status. */
static enum client_exit act_on_challenges(long status, char *const *values, size_t count)
{
    struct bearer_challenge bearer;
    enum client_exit outcome;
    int found = find_bearer_challenge(values, count, &bearer);

    if (found < 0) {
        printf("next: report the invalid WWW-Authenticate field to the server's operator\n");
        return EXIT_INVALID_CHALLENGE;
    }
    if (found == 0) {
        printf("next: nothing the client can do: HTTP %ld without a Bearer challenge\n",
               status);
        return EXIT_UNEXPECTED;
    }

    print_param("realm", bearer.realm);
    print_param("error", bearer.error);
    print_param("error_description", bearer.error_description);
    print_param("scope", bearer.scope);
    print_param("resource_metadata", bearer.resource_metadata);

    if (bearer.error_code == OAUTH_EXT_ERROR_INSUFFICIENT_SCOPE) {
        printf("next: ask the authorization server for a token with scope \"");
        print_escaped(bearer.scope ? bearer.scope : "",
                      bearer.scope ? strlen(bearer.scope) : 0);
        printf("\"\n");
        outcome = EXIT_ASK_SCOPE;
    } else if (bearer.error_code == OAUTH_EXT_ERROR_INVALID_TOKEN) {
        printf("next: get a new access token and retry\n");
        outcome = EXIT_GET_TOKEN;
    } else if (bearer.error_code == OAUTH_EXT_ERROR_INVALID_REQUEST) {
        printf("next: fix the request");
        if (bearer.error_description) {
            printf(": ");
            print_escaped(bearer.error_description, strlen(bearer.error_description));
        }
        putchar('\n');
        outcome = EXIT_FIX_REQUEST;
    } else if (bearer.error) {
        printf("next: nothing the client can do: unknown error code \"");
        print_escaped(bearer.error, strlen(bearer.error));
        printf("\"\n");
        outcome = EXIT_UNEXPECTED;
    } else if (bearer.resource_metadata) {
        /* No error code: the request had no token (RFC 6750 section 3.1). The metadata
         * names the authorization servers that issue tokens for this resource. */
        printf("next: fetch the resource metadata at ");
        print_escaped(bearer.resource_metadata, strlen(bearer.resource_metadata));
        printf(" to find the authorization server\n");
        outcome = EXIT_FETCH_METADATA;
    } else {
        printf("next: get an access token");
        if (bearer.realm) {
            printf(" for realm \"");
            print_escaped(bearer.realm, strlen(bearer.realm));
            putchar('"');
        }
        printf(" and send it as a Bearer token\n");
        outcome = EXIT_GET_TOKEN;
    }
    free_bearer_challenge(&bearer);
    return outcome;
}

/* Copies the values of the WWW-Authenticate fields of the last response, in order, into
 * `values`, each to be freed. libcurl strips the whitespace around each value. Returns the
 * number of values stored, at most `max`. */
static size_t collect_challenge_fields(CURL *curl, char **values, size_t max)
{
    struct curl_header *header;
    size_t count = 0, amount = 1, i;

    for (i = 0; i < amount && count < max; i++) {
        if (curl_easy_header(curl, "WWW-Authenticate", i, CURLH_HEADER, -1, &header) !=
            CURLHE_OK)
            break;
        amount = header->amount;
        values[count] = strdup(header->value);
        if (values[count])
            count++;
    }
    return count;
}

/* Checks --token with the library's own extraction, so that the client sends only what a
 * server may accept: "Bearer" 1*SP b64token (RFC 6750 section 2.1). Returns the
 * Authorization field line to send, to be freed, or NULL after printing why not. */
static char *bearer_field(const char *token)
{
    static const char prefix[] = "Authorization: Bearer ";
    const size_t scheme_length = sizeof "Authorization: " - 1;
    size_t length = sizeof prefix - 1 + strlen(token);
    char *field = malloc(length + 1);
    oauth_bearer_credentials credentials;

    if (!field) {
        fputs("client: out of memory\n", stderr);
        return NULL;
    }
    memcpy(field, prefix, sizeof prefix - 1);
    memcpy(field + sizeof prefix - 1, token, strlen(token) + 1);
    if (oauth_bearer_extract(field + scheme_length, length - scheme_length, &credentials) !=
        OAUTH_BEARER_TOKEN) {
        fprintf(stderr, "client: invalid --token: %s\n",
                credentials.error_description ? credentials.error_description
                                              : "the token is empty");
        free(field);
        return NULL;
    }
    return field;
}

int main(int argc, char **argv)
{
    const char *token = NULL, *authorization = NULL, *method = NULL, *data = NULL;
    const char *url = NULL;
    char *values[16];
    size_t value_count = 0;
    char *field = NULL;
    struct curl_slist *headers = NULL;
    static struct body body;
    char curl_error[CURL_ERROR_SIZE] = "";
    CURL *curl;
    CURLcode code;
    long status = 0;
    int exit_status;
    int i;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            print_usage(stdout);
            return EXIT_NOTHING_TO_DO;
        } else if (strcmp(argv[i], "--token") == 0 && i + 1 < argc) {
            token = argv[++i];
        } else if (strcmp(argv[i], "--authorization") == 0 && i + 1 < argc) {
            authorization = argv[++i];
        } else if (strcmp(argv[i], "--method") == 0 && i + 1 < argc) {
            method = argv[++i];
        } else if (strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
            data = argv[++i];
        } else if (argv[i][0] != '-' && !url) {
            url = argv[i];
        } else {
            fprintf(stderr, "client: unknown or incomplete argument %s\n", argv[i]);
            print_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (!url || (token && authorization)) {
        fputs(url ? "client: give --token or --authorization, not both\n"
                  : "client: the URL is missing\n",
              stderr);
        print_usage(stderr);
        return EXIT_USAGE;
    }

    if (token && !(field = bearer_field(token)))
        return EXIT_USAGE;
    if (authorization) {
        if (!is_field_value(authorization)) {
            fputs("client: invalid --authorization: control characters are not allowed\n",
                  stderr);
            return EXIT_USAGE;
        }
        size_t size = strlen("Authorization: ") + strlen(authorization) + 1;

        field = malloc(size);
        if (!field) {
            fputs("client: out of memory\n", stderr);
            return EXIT_USAGE;
        }
        snprintf(field, size, "Authorization: %s", authorization);
    }

    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK || !(curl = curl_easy_init())) {
        fputs("client: libcurl failed to start\n", stderr);
        free(field);
        return EXIT_NO_RESPONSE;
    }
    if (field)
        headers = curl_slist_append(headers, field);
    if (data)
        headers = curl_slist_append(headers, "Content-Type: application/x-www-form-urlencoded");
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 5L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_error);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keep_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    if (data)
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, data);
    if (method)
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);

    code = curl_easy_perform(curl);
    if (code != CURLE_OK) {
        printf("error: %s\n", curl_error[0] != '\0' ? curl_error : curl_easy_strerror(code));
        printf("next: check the URL and that the server is running\n");
        exit_status = EXIT_NO_RESPONSE;
    } else {
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        printf("HTTP %ld\n", status);
        if (status >= 200 && status < 300) {
            fwrite(body.data, 1, body.length, stdout);
            if (body.length > 0 && body.data[body.length - 1] != '\n')
                putchar('\n');
            printf("next: nothing to do\n");
            exit_status = EXIT_NOTHING_TO_DO;
        } else {
            value_count =
                collect_challenge_fields(curl, values, sizeof values / sizeof *values);
            exit_status = act_on_challenges(status, values, value_count);
        }
    }

    while (value_count > 0)
        free(values[--value_count]);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    free(field);
    return exit_status;
}
