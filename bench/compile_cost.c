/* The translation unit that `make bench-compile` compiles twice: with BENCH_WITH_HEADER it
 * includes the header and calls one function, without it the same program does without
 * both. The difference in compile time is the cost of including the header. */
#ifdef BENCH_WITH_HEADER
#include "oauth_ext_error.h"
#endif

int main(int argc, char **argv)
{
#ifdef BENCH_WITH_HEADER
    return (int)oauth_ext_error_from_cstr(argc > 1 ? argv[1] : "");
#else
    return argc > 1 && argv[1][0] != '\0';
#endif
}
