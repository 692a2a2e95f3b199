/* A program that uses the installed header. The install test (scripts/install-test.sh)
 * builds it through pkg-config, find_package, add_subdirectory and FetchContent, and runs
 * it. The angle brackets make the compiler take the header from the include path that the
 * build system under test supplies. */
#include <stdio.h>

#include <oauth_ext_error.h>

int main(void)
{
    oauth_ext_error code = oauth_ext_error_from_cstr("invalid_token");

    if (oauth_ext_error_http_status(code) != 401) {
        fprintf(stderr, "consumer: invalid_token maps to HTTP %d, expected 401\n",
                oauth_ext_error_http_status(code));
        return 1;
    }
    printf("oauth_ext_error %s: invalid_token is HTTP %d\n", OAUTH_EXT_ERROR_VERSION_STRING,
           oauth_ext_error_http_status(code));
    return 0;
}
