/* demo: the first program a new user runs. Without arguments it prints the table of RFC 6750
 * error codes; with codes as arguments it prints the mapping of each. An unknown code gives
 * a message on stderr and exit status 1. With --registry it lists every row of the IANA
 * OAuth Extensions Error registry instead.
 *
 *     build/demo
 *     build/demo invalid_token insufficient_scope
 *     build/demo --registry
 */
#include <stdio.h>
#include <string.h>

#include "oauth_ext_error.h"

static void print_table(void)
{
    int value;

    printf("oauth_ext_error %s: the RFC 6750 section 3.1 error codes\n\n",
           OAUTH_EXT_ERROR_VERSION_STRING);
    printf("%-20s %-6s %-13s %-18s %s\n", "code", "status", "reason", "reference",
           "default description");
    for (value = OAUTH_EXT_ERROR_NONE + 1; value < OAUTH_EXT_ERROR_COUNT; value++) {
        const oauth_ext_error_info *info = oauth_ext_error_get_info((oauth_ext_error)value);
        char reference[32];

        snprintf(reference, sizeof reference, "%s sec. %s", info->spec, info->section);
        printf("%-20s %-6d %-13s %-18s %s\n", info->name, info->http_status, info->reason,
               reference, info->description);
    }
}

/* Prints every row of the IANA OAuth Extensions Error registry: name, the HTTP status its
 * specification states ("-" where it states none), usage location and reference. */
static void print_registry(void)
{
    size_t i;

    printf("IANA OAuth Extensions Error registry, %d rows, last updated %s\n\n",
           OAUTH_EXT_ERROR_REGISTRY_COUNT, OAUTH_EXT_ERROR_REGISTRY_DATE);
    printf("%-33s %-6s %-72s %s\n", "name", "status", "usage location", "reference");
    for (i = 0; i < OAUTH_EXT_ERROR_REGISTRY_COUNT; i++) {
        const oauth_ext_error_registry_row *row = oauth_ext_error_registry_row_at(i);
        char status[8] = "-";

        if (row->http_status != 0)
            snprintf(status, sizeof status, "%d", row->http_status);
        printf("%-33s %-6s %-72s %s\n", row->name, status, row->usage_location, row->reference);
    }
}

/* Prints the mapping of one code. Returns 0, or 1 when the argument is not a code. */
static int print_code(const char *argument)
{
    const oauth_ext_error_info *info =
        oauth_ext_error_get_info(oauth_ext_error_from_cstr(argument));

    if (!info) {
        fprintf(stderr,
                "demo: unknown error code \"%s\" (expected invalid_request, invalid_token or "
                "insufficient_scope, case-sensitive)\n",
                argument);
        return 1;
    }
    printf("%s\n", info->name);
    printf("  HTTP status:         %d %s\n", info->http_status, info->reason);
    printf("  specification:       %s, section %s\n", info->spec, info->section);
    printf("  URL:                 %s\n", info->uri);
    printf("  error_description:   %s\n", info->description);
    printf("  challenge:           Bearer error=\"%s\", error_description=\"%s\"\n", info->name,
           info->description);
    return 0;
}

int main(int argc, char **argv)
{
    int status = 0;
    int i;

    if (argc < 2) {
        print_table();
        return 0;
    }
    if (strcmp(argv[1], "--registry") == 0) {
        if (argc > 2) {
            fprintf(stderr, "demo: --registry takes no other arguments\n");
            return 1;
        }
        print_registry();
        return 0;
    }
    for (i = 1; i < argc; i++) {
        if (print_code(argv[i]) != 0)
            status = 1;
    }
    return status;
}
