/* Linkage: this file, test_core.c and main.c each include the header, so the test program
 * links only if the header defines no symbol with external linkage. */
#include "harness.h"

void test_linkage(void)
{
    /* A row from this translation unit equals the row from another one by value. */
    const oauth_ext_error_info *info = oauth_ext_error_get_info(OAUTH_EXT_ERROR_INVALID_TOKEN);

    if (CHECK(info != TEST_NULL))
        CHECK_STR(info->name, "invalid_token");
}
