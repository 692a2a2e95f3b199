/* resource_server: a small OAuth 2.0 protected resource on libmicrohttpd that reads Bearer
 * tokens and responds with WWW-Authenticate challenges built by oauth_ext_error.h.
 *
 *     resource_server --tokens FILE [--port N] [--resource-metadata URL]
 *
 * It listens on 127.0.0.1 only. `--port 0` (the default) lets the kernel pick a free port;
 * the first line on standard output is then "listening on http://127.0.0.1:PORT". The token
 * file has one token per line followed by its scopes, separated by spaces:
 *
 *     mF_9.B5f-4.1JqM read write
 *
 * Blank lines and lines starting with "#" are ignored. GET /resource needs scope "read",
 * POST /resource needs "write". A token may arrive in the Authorization header (RFC 6750
 * section 2.1), a form-encoded POST body (section 2.2) or the query (section 2.3), in
 * exactly one of them. The server responds (RFC 6750 section 3.1):
 *
 *     no Bearer credentials           401  Bearer realm="example"
 *     malformed credentials, or a
 *     token sent in two ways          400  error="invalid_request"
 *     unknown token                   401  error="invalid_token"
 *     token without the needed scope  403  error="insufficient_scope", scope="read"
 *     otherwise                       200  a small JSON body
 *
 * Every challenge carries resource_metadata (RFC 9728 section 5.1) when --resource-metadata
 * is given. Each request is logged on standard error as one line (method, path, status,
 * error code), without the token. SIGINT and SIGTERM stop the server cleanly.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <microhttpd.h>

#include "oauth_ext_error.h"

#define REALM         "example"
#define RESOURCE_PATH "/resource"

/* A form body larger than this gets 413, because a request carrying a token needs only a
 * few hundred bytes. */
#define BODY_MAX 4096

/* Logged paths are cut to this many bytes, so that one request writes one short line. */
#define LOG_PATH_MAX 128

/* Exit statuses of the server itself. */
#define EXIT_USAGE 2 /* invalid command line or token file */

/* Response bodies. They are arrays, not string literals, because libmicrohttpd takes a
 * non-const pointer. It never writes through it, so they stay constant in practice. */
static char body_read[] = "{\"resource\":\"example\",\"access\":\"read\"}\n";
static char body_write[] = "{\"resource\":\"example\",\"access\":\"write\"}\n";
static char body_not_found[] = "{\"error\":\"not found\"}\n";
static char body_not_allowed[] = "{\"error\":\"method not allowed\"}\n";
static char body_too_large[] = "{\"error\":\"request body too large\"}\n";
static char body_empty[] = "";

/* One line of the token file: the token and its space-separated scopes. */
struct token_entry {
    char *token;
    size_t token_length;
    char *scopes;
};

struct token_table {
    struct token_entry *entries;
    size_t count;
};

/* Read-only after start-up, so every connection thread can use it without a lock. */
struct server_config {
    struct token_table tokens;
    const char *resource_metadata; /* NULL when --resource-metadata is not given */
};

/* The state of one request, kept by libmicrohttpd across calls of the access handler. */
struct request_state {
    char body[BODY_MAX];
    size_t body_length;
    int body_too_large;
};

/* The places a request carried its token in, and how often. */
struct token_sources {
    unsigned methods;              /* OAUTH_BEARER_METHOD_* bits */
    unsigned authorization_fields; /* number of Authorization header fields */
    unsigned query_tokens;         /* access_token parameters in the query */
    unsigned body_tokens;          /* access_token parameters in the form body */
    oauth_bearer_result header_result;
    oauth_bearer_credentials header;
    oauth_string token; /* the token from whichever single method carried it */
    char body_token[BODY_MAX];
};

/* The response to send: a status, and for an error the fields of the challenge. */
struct answer {
    unsigned status;
    oauth_ext_error error; /* OAUTH_EXT_ERROR_NONE for 200 and a bare 401 */
    const char *error_description;
    const char *scope; /* the scope that is needed, for insufficient_scope */
    char *body;        /* one of the bodies below, or NULL for none */
    int challenge;     /* 1 when the answer carries a WWW-Authenticate challenge */
};

/* ---- Token file ---- */

/* Returns 1 when the n bytes at token form one b64token (RFC 6750 section 2.1), checked by
 * the library's own extraction, so that the file accepts exactly what a header can carry. */
static int is_b64token(const char *token, size_t n)
{
    static const char scheme[] = "Bearer ";
    oauth_bearer_credentials credentials;
    char *value = malloc(sizeof scheme + n);
    int valid;

    if (!value)
        return 0;
    memcpy(value, scheme, sizeof scheme - 1);
    memcpy(value + sizeof scheme - 1, token, n);
    valid = oauth_bearer_extract(value, sizeof scheme - 1 + n, &credentials) ==
                OAUTH_BEARER_TOKEN &&
            credentials.token.length == n;
    free(value);
    return valid;
}

static void free_tokens(struct token_table *table)
{
    size_t i;

    for (i = 0; i < table->count; i++) {
        free(table->entries[i].token);
        free(table->entries[i].scopes);
    }
    free(table->entries);
    table->entries = NULL;
    table->count = 0;
}

static const struct token_entry *find_token(const struct token_table *table,
                                            oauth_string token);

/* Adds one line "TOKEN SCOPE..." to the table. The scopes are stored joined by single
 * spaces. A token listed twice is an error, because one of its scope lists would be
 * ignored. Returns 0, or -1 after printing what is wrong with the line. */
static int add_token_line(struct token_table *table, char *line, const char *path,
                          unsigned long line_number)
{
    const char *separators = " \t";
    char *saved = NULL;
    char *token = strtok_r(line, separators, &saved);
    char *scope;
    struct token_entry entry;
    struct token_entry *grown;
    size_t scopes_length = 0;

    if (!is_b64token(token, strlen(token))) {
        fprintf(stderr,
                "resource_server: %s:%lu: invalid token: use only letters, digits and "
                "-._~+/ with optional = padding (RFC 6750 section 2.1)\n",
                path, line_number);
        return -1;
    }
    if (find_token(table, oauth_cstr(token))) {
        fprintf(stderr,
                "resource_server: %s:%lu: the token is listed twice: give all its scopes on "
                "one line\n",
                path, line_number);
        return -1;
    }

    entry.token_length = strlen(token);
    entry.token = strdup(token);
    entry.scopes = calloc(strlen(saved ? saved : "") + 1, 1);
    if (!entry.token || !entry.scopes) {
        free(entry.token);
        free(entry.scopes);
        fprintf(stderr, "resource_server: out of memory reading %s\n", path);
        return -1;
    }
    while ((scope = strtok_r(NULL, separators, &saved)) != NULL) {
        if (scopes_length > 0)
            entry.scopes[scopes_length++] = ' ';
        memcpy(entry.scopes + scopes_length, scope, strlen(scope));
        scopes_length += strlen(scope);
    }

    grown = realloc(table->entries, (table->count + 1) * sizeof *grown);
    if (!grown) {
        free(entry.token);
        free(entry.scopes);
        fprintf(stderr, "resource_server: out of memory reading %s\n", path);
        return -1;
    }
    table->entries = grown;
    table->entries[table->count++] = entry;
    return 0;
}

/* Reads the token file. Returns 0, or -1 after printing the file name, the line and what
 * is wrong. */
static int load_tokens(const char *path, struct token_table *table)
{
    FILE *file = fopen(path, "r");
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length;
    unsigned long line_number = 0;
    int status = 0;

    if (!file) {
        fprintf(stderr, "resource_server: cannot open token file %s: %s\n", path,
                strerror(errno));
        return -1;
    }
    while (status == 0 && (length = getline(&line, &capacity, file)) >= 0) {
        line_number++;
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
            line[--length] = '\0';
        if (length == 0 || line[strspn(line, " \t")] == '\0' || line[0] == '#')
            continue;
        status = add_token_line(table, line, path, line_number);
    }
    if (status == 0 && ferror(file)) {
        fprintf(stderr, "resource_server: cannot read %s: %s\n", path, strerror(errno));
        status = -1;
    }
    if (status == 0 && table->count == 0) {
        fprintf(stderr, "resource_server: %s contains no token: add lines TOKEN SCOPE...\n",
                path);
        status = -1;
    }
    free(line);
    fclose(file);
    if (status != 0)
        free_tokens(table);
    return status;
}

/* Compares every byte whatever the first difference, so that the time a lookup takes does
 * not tell an attacker how long a prefix of a valid token they guessed. */
static int tokens_equal(const char *a, const char *b, size_t n)
{
    unsigned char difference = 0;
    size_t i;

    for (i = 0; i < n; i++)
        difference |= (unsigned char)(a[i] ^ b[i]);
    return difference == 0;
}

static const struct token_entry *find_token(const struct token_table *table, oauth_string token)
{
    size_t i;

    for (i = 0; i < table->count; i++) {
        const struct token_entry *entry = &table->entries[i];

        if (entry->token_length == token.length &&
            tokens_equal(entry->token, token.data, token.length))
            return entry;
    }
    return NULL;
}

/* Returns 1 when the space-separated list `scopes` contains `needed` as a whole scope-token.
 * Scope values are case-sensitive (RFC 6749 section 3.3). */
static int has_scope(const char *scopes, const char *needed)
{
    size_t needed_length = strlen(needed);
    const char *start = scopes;

    while (*start != '\0') {
        size_t length = strcspn(start, " ");

        if (length == needed_length && memcmp(start, needed, length) == 0)
            return 1;
        start += length;
        start += strspn(start, " ");
    }
    return 0;
}

/* ---- Where the request put its token ---- */

/* Returns the value of hex digit c, or -1 when c is not one. */
static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes application/x-www-form-urlencoded bytes: "+" is a space and %XX is one byte. A
 * "%" not followed by two hex digits is kept as it is. `out` needs n bytes. Returns the
 * decoded length. */
static size_t form_decode(const char *in, size_t n, char *out)
{
    size_t i = 0, length = 0;

    while (i < n) {
        if (in[i] == '+') {
            out[length++] = ' ';
            i++;
        } else if (in[i] == '%' && i + 2 < n && hex_value(in[i + 1]) >= 0 &&
                   hex_value(in[i + 2]) >= 0) {
            out[length++] = (char)(hex_value(in[i + 1]) * 16 + hex_value(in[i + 2]));
            i += 3;
        } else {
            out[length++] = in[i++];
        }
    }
    return length;
}

/* Counts the Authorization fields and extracts the Bearer token from the first one. */
static enum MHD_Result visit_header(void *cls, enum MHD_ValueKind kind, const char *key,
                                    size_t key_size, const char *value, size_t value_size)
{
    struct token_sources *sources = cls;

    (void)kind;
    (void)key_size;
    if (strcasecmp(key, MHD_HTTP_HEADER_AUTHORIZATION) != 0)
        return MHD_YES;
    if (sources->authorization_fields++ == 0)
        sources->header_result = oauth_bearer_extract(value, value_size, &sources->header);
    return MHD_YES;
}

/* Counts the access_token parameters of the query, which libmicrohttpd has decoded. */
static enum MHD_Result visit_query(void *cls, enum MHD_ValueKind kind, const char *key,
                                   size_t key_size, const char *value, size_t value_size)
{
    struct token_sources *sources = cls;

    (void)kind;
    if (key_size != strlen("access_token") || memcmp(key, "access_token", key_size) != 0)
        return MHD_YES;
    if (sources->query_tokens++ == 0) {
        sources->token.data = value ? value : "";
        sources->token.length = value ? value_size : 0;
    }
    return MHD_YES;
}

/* Returns 1 when the request's Content-Type is application/x-www-form-urlencoded, the only
 * body RFC 6750 section 2.2 lets carry a token. Media types compare case-insensitively. */
static int is_form_body(struct MHD_Connection *connection)
{
    static const char form[] = "application/x-www-form-urlencoded";
    const char *type =
        MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);

    if (!type || strncasecmp(type, form, sizeof form - 1) != 0)
        return 0;
    type += sizeof form - 1;
    return *type == '\0' || *type == ';' || *type == ' ' || *type == '\t';
}

/* Counts the access_token parameters of a form body and decodes the first into
 * sources->body_token. Parameters are separated by "&" (RFC 6750 section 2.2). The name is
 * matched as written, because a client has no reason to percent-encode it. */
static void scan_form_body(const struct request_state *state, struct token_sources *sources)
{
    static const char name[] = "access_token";
    size_t start = 0;

    while (start < state->body_length) {
        const char *pair = state->body + start;
        const char *end = memchr(pair, '&', state->body_length - start);
        size_t pair_length = end ? (size_t)(end - pair) : state->body_length - start;
        const char *equals = memchr(pair, '=', pair_length);
        size_t key_length = equals ? (size_t)(equals - pair) : pair_length;

        if (key_length == sizeof name - 1 && memcmp(pair, name, key_length) == 0 &&
            sources->body_tokens++ == 0) {
            size_t value_length = equals ? pair_length - key_length - 1 : 0;

            sources->token.length =
                form_decode(equals ? equals + 1 : pair, value_length, sources->body_token);
            sources->token.data = sources->body_token;
        }
        start += pair_length + 1;
    }
}

/* ---- Deciding the response ---- */

/* Finds the token, wherever the request carried it, and decides the answer by the rules
 * of RFC 6750 sections 2 and 3.1. `needed_scope` is the scope the method requires. */
static void decide(const struct server_config *config, struct MHD_Connection *connection,
                   const struct request_state *state, int is_post, const char *needed_scope,
                   struct answer *answer)
{
    struct token_sources found;
    struct token_sources *sources = &found;
    const struct token_entry *entry;

    memset(answer, 0, sizeof *answer);
    answer->challenge = 1;
    memset(sources, 0, sizeof *sources);
    sources->header_result = OAUTH_BEARER_NONE;

    MHD_get_connection_values_n(connection, MHD_HEADER_KIND, visit_header, sources);
    MHD_get_connection_values_n(connection, MHD_GET_ARGUMENT_KIND, visit_query, sources);
    if (is_post && is_form_body(connection))
        scan_form_body(state, sources);

    /* Only Bearer credentials count as a method: a Basic header beside a query token is
     * one token sent one way. */
    if (sources->authorization_fields > 0 && sources->header_result != OAUTH_BEARER_NONE)
        sources->methods |= OAUTH_BEARER_METHOD_HEADER;
    if (sources->query_tokens > 0)
        sources->methods |= OAUTH_BEARER_METHOD_QUERY;
    if (sources->body_tokens > 0)
        sources->methods |= OAUTH_BEARER_METHOD_BODY;

    if (oauth_bearer_check_methods(sources->methods) != OAUTH_EXT_ERROR_NONE) {
        answer->error = OAUTH_EXT_ERROR_INVALID_REQUEST;
        answer->error_description = OAUTH_BEARER_MULTIPLE_METHODS_DESCRIPTION;
    } else if (sources->authorization_fields > 1) {
        /* Authorization is a singleton field (RFC 9110 section 11.6.2). */
        answer->error = OAUTH_EXT_ERROR_INVALID_REQUEST;
        answer->error_description = "The request has more than one Authorization field";
    } else if (sources->query_tokens > 1 || sources->body_tokens > 1) {
        /* A repeated parameter is invalid_request (RFC 6750 section 3.1). */
        answer->error = OAUTH_EXT_ERROR_INVALID_REQUEST;
        answer->error_description = "The access_token parameter appears more than once";
    } else if ((sources->query_tokens > 0 || sources->body_tokens > 0) &&
               sources->token.length == 0) {
        /* An empty access_token is a malformed request, not an unknown token. */
        answer->error = OAUTH_EXT_ERROR_INVALID_REQUEST;
        answer->error_description = "The access_token parameter is empty";
    } else if (sources->header_result == OAUTH_BEARER_MALFORMED) {
        answer->error = OAUTH_EXT_ERROR_INVALID_REQUEST;
        answer->error_description = sources->header.error_description;
    } else if (sources->methods == 0) {
        /* No credentials, or another scheme: a challenge without an error code
         * (RFC 6750 section 3.1). */
    } else {
        if (sources->methods == OAUTH_BEARER_METHOD_HEADER)
            sources->token = sources->header.token;
        entry = find_token(&config->tokens, sources->token);
        if (!entry) {
            answer->error = OAUTH_EXT_ERROR_INVALID_TOKEN;
            answer->error_description = "The access token is not recognized";
        } else if (!has_scope(entry->scopes, needed_scope)) {
            answer->error = OAUTH_EXT_ERROR_INSUFFICIENT_SCOPE;
            answer->error_description = "The access token does not grant the scope needed";
            answer->scope = needed_scope;
        } else {
            answer->challenge = 0;
            answer->status = MHD_HTTP_OK;
            answer->body = is_post ? body_write : body_read;
        }
    }
}

/* Builds the challenge of an answer with the library, in the safe policy, and sets the
 * status that goes with it. Returns the challenge, to be freed by the caller, or NULL after
 * logging why the build failed. */
static char *build_challenge(const struct server_config *config, struct answer *answer)
{
    oauth_challenge challenge;
    oauth_auth_param metadata;
    oauth_challenge_result result;
    size_t length;
    char *value;

    oauth_challenge_init(&challenge);
    challenge.realm = oauth_cstr(REALM);
    challenge.scope = oauth_cstr(answer->scope);
    oauth_challenge_set_error(&challenge, answer->error);
    challenge.error_description = oauth_cstr(answer->error_description);
    if (config->resource_metadata) {
        metadata.name = oauth_cstr(OAUTH_PARAM_RESOURCE_METADATA);
        metadata.value = oauth_cstr(config->resource_metadata);
        challenge.params = &metadata;
        challenge.param_count = 1;
    }

    /* The two-call idiom: learn the length, then build into a buffer of that size. The
     * build fails only on configuration (realm, scope or --resource-metadata), because the
     * safe policy replaces an error_description it cannot send. */
    length = oauth_challenge_build(&challenge, OAUTH_CHALLENGE_SAFE, NULL, 0, &result);
    if (length == 0) {
        const char *field = oauth_challenge_field_name(result.field);

        fprintf(stderr, "resource_server: failed to build the challenge: %s at byte %zu: %s\n",
                field ? field : "(no field)", result.offset,
                oauth_challenge_error_message(result.error));
        return NULL;
    }
    value = malloc(length + 1);
    if (!value) {
        fputs("resource_server: out of memory building the challenge\n", stderr);
        return NULL;
    }

    /* The same input with a large enough buffer: this call cannot fail. */
    oauth_challenge_build(&challenge, OAUTH_CHALLENGE_SAFE, value, length + 1, &result);
    answer->status = (unsigned)oauth_challenge_http_status(&challenge);
    return value;
}

/* ---- HTTP ---- */

/* Appends `text` to the log line at *length, cut to `max` bytes, with every byte outside
 * %x21-7E written as \xHH, so that a request cannot forge or split log lines. */
static void append_escaped(char *line, size_t *length, const char *text, size_t max)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;

    for (i = 0; i < max && text[i] != '\0'; i++) {
        unsigned char c = (unsigned char)text[i];

        if (c > 0x20 && c < 0x7f && c != '\\') {
            line[(*length)++] = (char)c;
        } else {
            line[(*length)++] = '\\';
            line[(*length)++] = 'x';
            line[(*length)++] = hex[c >> 4];
            line[(*length)++] = hex[c & 0xf];
        }
    }
}

/* Logs one request as "METHOD PATH STATUS ERROR" on standard error. The path comes without
 * its query, so a token sent in the query never reaches the log. */
static void log_request(const char *method, const char *path, unsigned status,
                        oauth_ext_error error)
{
    char line[4 * (16 + LOG_PATH_MAX) + 64];
    size_t length = 0;
    const char *error_name = oauth_ext_error_name(error);

    append_escaped(line, &length, method, 16);
    line[length++] = ' ';
    append_escaped(line, &length, path, LOG_PATH_MAX);
    snprintf(line + length, sizeof line - length, " %u %s\n", status,
             error_name ? error_name : "-");
    fputs(line, stderr);
}

/* Queues the answer. Returns MHD_NO when libmicrohttpd could not queue it, which closes
 * the connection. */
static enum MHD_Result send_answer(struct MHD_Connection *connection,
                                   const struct server_config *config, const char *method,
                                   const char *path, struct answer *answer)
{
    char *challenge = answer->challenge ? build_challenge(config, answer) : NULL;
    char *body = answer->body ? answer->body : body_empty;
    struct MHD_Response *response;
    enum MHD_Result queued;

    if (answer->challenge && !challenge) {
        answer->status = MHD_HTTP_INTERNAL_SERVER_ERROR;
        answer->error = OAUTH_EXT_ERROR_NONE;
    }

    response = MHD_create_response_from_buffer(strlen(body), body, MHD_RESPMEM_PERSISTENT);
    if (!response) {
        free(challenge);
        return MHD_NO;
    }
    if (answer->body)
        MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    if (answer->status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(response, MHD_HTTP_HEADER_ALLOW, "GET, POST");
    /* No cache may keep a response to a request that may carry a token. RFC 6750 section
     * 2.3 says 2XX responses SHOULD carry "private", and "no-store" is stricter. */
    MHD_add_response_header(response, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    if (challenge && MHD_add_response_header(response, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
                                             challenge) != MHD_YES) {
        fputs("resource_server: libmicrohttpd rejected the challenge\n", stderr);
        answer->status = MHD_HTTP_INTERNAL_SERVER_ERROR;
        answer->error = OAUTH_EXT_ERROR_NONE;
        MHD_del_response_header(response, MHD_HTTP_HEADER_WWW_AUTHENTICATE, challenge);
    }

    queued = MHD_queue_response(connection, answer->status, response);
    MHD_destroy_response(response);
    log_request(method, path, answer->status, answer->error);
    free(challenge);
    return queued;
}

static enum MHD_Result handle_request(void *cls, struct MHD_Connection *connection,
                                      const char *url, const char *method, const char *version,
                                      const char *upload_data, size_t *upload_data_size,
                                      void **request_cls)
{
    const struct server_config *config = cls;
    struct request_state *state = *request_cls;
    struct answer answer;
    int is_get = strcmp(method, MHD_HTTP_METHOD_GET) == 0;
    int is_post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;

    (void)version;

    /* The first call brings the headers only: set up the state for the body. */
    if (!state) {
        state = calloc(1, sizeof *state);
        if (!state)
            return MHD_NO;
        *request_cls = state;
        return MHD_YES;
    }

    /* Later calls bring the body in pieces; the last call has none. */
    if (*upload_data_size > 0) {
        if (state->body_length + *upload_data_size > sizeof state->body) {
            state->body_too_large = 1;
        } else {
            memcpy(state->body + state->body_length, upload_data, *upload_data_size);
            state->body_length += *upload_data_size;
        }
        *upload_data_size = 0;
        return MHD_YES;
    }

    memset(&answer, 0, sizeof answer);
    if (strcmp(url, RESOURCE_PATH) != 0) {
        answer.status = MHD_HTTP_NOT_FOUND;
        answer.body = body_not_found;
    } else if (!is_get && !is_post) {
        answer.status = MHD_HTTP_METHOD_NOT_ALLOWED;
        answer.body = body_not_allowed;
    } else if (state->body_too_large) {
        answer.status = MHD_HTTP_CONTENT_TOO_LARGE;
        answer.body = body_too_large;
    } else {
        decide(config, connection, state, is_post, is_post ? "write" : "read", &answer);
    }
    return send_answer(connection, config, method, url, &answer);
}

static void complete_request(void *cls, struct MHD_Connection *connection, void **request_cls,
                             enum MHD_RequestTerminationCode code)
{
    (void)cls;
    (void)connection;
    (void)code;
    free(*request_cls);
    *request_cls = NULL;
}

/* ---- Start and stop ---- */

static void print_usage(FILE *out)
{
    fputs("usage: resource_server --tokens FILE [--port N] [--resource-metadata URL]\n"
          "\n"
          "  --tokens FILE             tokens, one per line: TOKEN SCOPE...\n"
          "  --port N                  TCP port on 127.0.0.1, 0 to 65535; 0 (the default)\n"
          "                            picks a free port and prints it\n"
          "  --resource-metadata URL   add resource_metadata=\"URL\" to every challenge\n"
          "                            (RFC 9728 section 5.1)\n"
          "\n"
          "GET /resource needs scope read, POST /resource needs scope write. SIGINT or\n"
          "SIGTERM stops the server. Exit status: 0 after a clean stop, 1 when the server\n"
          "cannot start, 2 for an invalid command line or token file.\n",
          out);
}

/* Parses a port number of 0 to 65535. Returns 0, or -1 when text is not one. */
static int parse_port(const char *text, unsigned short *port)
{
    char *end;
    unsigned long value;

    errno = 0;
    value = strtoul(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || text[0] == '-' || value > 65535)
        return -1;
    *port = (unsigned short)value;
    return 0;
}

int main(int argc, char **argv)
{
    struct server_config config;
    const char *tokens_path = NULL;
    unsigned short port = 0;
    struct sockaddr_in address;
    struct MHD_Daemon *daemon;
    const union MHD_DaemonInfo *info;
    struct answer probe;
    char *probe_challenge;
    sigset_t stop_signals;
    int signal_number = 0;
    int i;

    memset(&config, 0, sizeof config);
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            print_usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "--tokens") == 0 && i + 1 < argc) {
            tokens_path = argv[++i];
        } else if (strcmp(argv[i], "--resource-metadata") == 0 && i + 1 < argc) {
            config.resource_metadata = argv[++i];
        } else if (strcmp(argv[i], "--port") == 0 && i + 1 < argc) {
            if (parse_port(argv[++i], &port) != 0) {
                fprintf(stderr, "resource_server: invalid --port %s: use 0 to 65535\n",
                        argv[i]);
                return EXIT_USAGE;
            }
        } else {
            fprintf(stderr, "resource_server: unknown or incomplete option %s\n", argv[i]);
            print_usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (!tokens_path) {
        fputs("resource_server: --tokens FILE is required\n", stderr);
        print_usage(stderr);
        return EXIT_USAGE;
    }
    if (load_tokens(tokens_path, &config.tokens) != 0)
        return EXIT_USAGE;

    /* Build one challenge now, so that a bad --resource-metadata stops the start instead
     * of turning every answer into a 500. */
    memset(&probe, 0, sizeof probe);
    probe_challenge = build_challenge(&config, &probe);
    if (!probe_challenge) {
        fputs("resource_server: invalid --resource-metadata: use a URL of visible ASCII "
              "characters\n",
              stderr);
        free_tokens(&config.tokens);
        return EXIT_USAGE;
    }
    free(probe_challenge);

    /* Block the stop signals before libmicrohttpd starts its threads, which inherit the
     * mask, so that only sigwait below receives them. */
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, NULL);

    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    daemon = MHD_start_daemon(MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG, port, NULL,
                              NULL, handle_request, &config, MHD_OPTION_SOCK_ADDR,
                              (struct sockaddr *)&address, MHD_OPTION_NOTIFY_COMPLETED,
                              complete_request, NULL, MHD_OPTION_THREAD_POOL_SIZE, 2u,
                              MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_END);
    if (!daemon) {
        fprintf(stderr, "resource_server: cannot listen on 127.0.0.1:%u\n", port);
        free_tokens(&config.tokens);
        return 1;
    }
    info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    printf("listening on http://127.0.0.1:%u\n", info ? info->port : port);
    fflush(stdout);
    fprintf(stderr, "resource_server: started on 127.0.0.1:%u with %zu tokens\n",
            info ? info->port : port, config.tokens.count);

    sigwait(&stop_signals, &signal_number);
    fprintf(stderr, "resource_server: %s received, stopping\n",
            signal_number == SIGINT ? "SIGINT" : "SIGTERM");
    MHD_stop_daemon(daemon);
    free_tokens(&config.tokens);
    fputs("resource_server: stopped\n", stderr);
    return 0;
}
