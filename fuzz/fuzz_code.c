/* Fuzz target: string to code. The lookup must agree with a plain reference that compares
 * the input with each registered string byte by byte, and every code it returns must map
 * back to exactly the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "oauth_ext_error.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static oauth_ext_error reference_lookup(const char *s, size_t n)
{
    int value;

    for (value = OAUTH_EXT_ERROR_NONE + 1; value < OAUTH_EXT_ERROR_COUNT; value++) {
        const char *name = oauth_ext_error_name((oauth_ext_error)value);

        if (strlen(name) == n && memcmp(name, s, n) == 0)
            return (oauth_ext_error)value;
    }
    return OAUTH_EXT_ERROR_NONE;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    oauth_ext_error code = oauth_ext_error_from_string(s, size);

    if (code != reference_lookup(s, size))
        abort();
    if (code != OAUTH_EXT_ERROR_NONE &&
        (oauth_ext_error_get_info(code)->name_length != size ||
         memcmp(oauth_ext_error_name(code), s, size) != 0))
        abort();

    /* The first bytes read as an int: every value gives a total, consistent mapping. */
    if (size >= sizeof(int)) {
        int value;

        memcpy(&value, data, sizeof value);
        if (oauth_ext_error_is_valid((oauth_ext_error)value) !=
            (oauth_ext_error_name((oauth_ext_error)value) != NULL))
            abort();
    }
    return 0;
}
