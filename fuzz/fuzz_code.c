/* Fuzz target: string to code, and the registry lookup. Each lookup must agree with a plain
 * reference that compares the input with each registered string byte by byte, and every
 * code or row it returns must map back to exactly the input. */
#include "fuzz_support.h"

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

/* The first registry row at or after start whose name is exactly the input: a linear scan
 * over oauth_ext_error_registry_row_at. */
static size_t reference_find_index(const char *s, size_t n, size_t start)
{
    size_t i;

    for (i = start; i < OAUTH_EXT_ERROR_REGISTRY_COUNT; i++) {
        const oauth_ext_error_registry_row *row = oauth_ext_error_registry_row_at(i);

        if (row->name_length == n && memcmp(row->name, s, n) == 0)
            return i;
    }
    return OAUTH_EXT_ERROR_REGISTRY_COUNT;
}

/* Every start index, the ones past the table included, agrees with the reference, and the
 * find_index iteration visits exactly the matching rows in order. The lookups by row and
 * by NUL-terminated name give the first of them. */
static void check_registry(const char *s, size_t n)
{
    size_t start, i, first = reference_find_index(s, n, 0), visited = 0;
    const oauth_ext_error_registry_row *row = oauth_ext_error_registry_find(s, n);
    const char *nul = (const char *)memchr(s, '\0', n);
    oauth_string as_cstr = {s, nul ? (size_t)(nul - s) : n};
    char *cstr;

    for (start = 0; start <= OAUTH_EXT_ERROR_REGISTRY_COUNT + 1; start++)
        FUZZ_REQUIRE(oauth_ext_error_registry_find_index(s, n, start) ==
                     reference_find_index(s, n, start));
    for (i = oauth_ext_error_registry_find_index(s, n, 0); i < OAUTH_EXT_ERROR_REGISTRY_COUNT;
         i = oauth_ext_error_registry_find_index(s, n, i + 1)) {
        FUZZ_REQUIRE(oauth_ext_error_registry_row_at(i)->name_length == n);
        FUZZ_REQUIRE(memcmp(oauth_ext_error_registry_row_at(i)->name, s, n) == 0);
        visited++;
    }
    for (i = 0; i < OAUTH_EXT_ERROR_REGISTRY_COUNT; i++)
        visited -= reference_find_index(s, n, i) == i;
    FUZZ_REQUIRE(visited == 0);
    FUZZ_REQUIRE(oauth_ext_error_registry_row_at(OAUTH_EXT_ERROR_REGISTRY_COUNT) == NULL);

    if (first == OAUTH_EXT_ERROR_REGISTRY_COUNT) {
        FUZZ_REQUIRE(row == NULL);
    } else {
        FUZZ_REQUIRE(row == oauth_ext_error_registry_row_at(first));
        FUZZ_REQUIRE(oauth_ext_error_from_registry_row(row) ==
                     oauth_ext_error_from_string(s, n));
    }
    if (oauth_ext_error_from_string(s, n) != OAUTH_EXT_ERROR_NONE)
        FUZZ_REQUIRE(oauth_ext_error_to_registry_row(oauth_ext_error_from_string(s, n)) == row);

    /* The C-string lookup reads up to the first NUL. */
    cstr = fuzz_cstr(as_cstr);
    FUZZ_REQUIRE(oauth_ext_error_registry_find_cstr(cstr) ==
                 oauth_ext_error_registry_find(as_cstr.data, as_cstr.length));
    free(cstr);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = fuzz_copy(data, size);
    oauth_ext_error code = oauth_ext_error_from_string(s, size);

    if (code != reference_lookup(s, size))
        abort();
    if (code != OAUTH_EXT_ERROR_NONE && (oauth_ext_error_get_info(code)->name_length != size ||
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
    check_registry(s, size);
    free(s);
    return 0;
}
