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

/* @@ commands: build and token @@ */

/* @@ commands: parse @@ */

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
    /* Until every command is in place, keep the shared helpers referenced. */
    (void)print_json_string;
    (void)read_line;
    if (argc < 2) {
        print_usage(stderr);
        return 2;
    }
    /* @@ dispatch @@ */
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        print_usage(stdout);
        return 0;
    }
    fprintf(stderr, "oauth-challenge: unknown command \"%s\"\n", argv[1]);
    print_usage(stderr);
    return 2;
}
