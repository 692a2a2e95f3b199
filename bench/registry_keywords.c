/* registry_keywords: prints a gperf keyword file for every distinct name of the header's
 * registry table, each with the index of its first row, so that gperf and
 * oauth_ext_error_registry_find_index return the same number. make runs it at build time,
 * and its output is never committed, so it always matches the header.
 *
 *     build/bench/registry_keywords > build/bench/registry.gperf
 */
#include <stdio.h>
#include <string.h>

#include "oauth_ext_error.h"

int main(void)
{
    size_t i, j;

    printf("%%language=ANSI-C\n"
           "%%struct-type\n"
           "%%readonly-tables\n"
           "%%compare-lengths\n"
           "%%define initializer-suffix ,0\n"
           "%%define lookup-function-name gperf_registry_lookup\n"
           "%%define hash-function-name gperf_registry_hash\n"
           "struct gperf_registry { const char *name; int index; };\n"
           "%%%%\n");
    for (i = 0; i < OAUTH_EXT_ERROR_REGISTRY_COUNT; i++) {
        const char *name = oauth_ext_error_registry_row_at(i)->name;
        int seen = 0;

        /* A name with several rows ("access_denied") is one keyword: gperf rejects
         * duplicates, and the header's lookup returns the first row too. */
        for (j = 0; j < i && !seen; j++)
            seen = strcmp(oauth_ext_error_registry_row_at(j)->name, name) == 0;
        if (!seen)
            printf("%s, %zu\n", name, i);
    }
    return 0;
}
