/* A tiny test harness: checks count, failures print where they happened, and the runner
 * ends with "N passed, N failed". The same sources build as C and as C++. */
#ifndef OAUTH_TEST_HARNESS_H
#define OAUTH_TEST_HARNESS_H

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "oauth_ext_error.h"

#ifdef __cplusplus
#define TEST_CAST(type, value) static_cast<type>(value)
#define TEST_NULL              nullptr
#else
#define TEST_CAST(type, value) ((type)(value))
#define TEST_NULL              NULL
#endif

#define TEST_COUNT(array) (sizeof(array) / sizeof((array)[0]))

extern long test_passed;
extern long test_failed;

/* Records one check. Returns cond so that a caller can stop a dependent check. */
int test_record(int cond, const char *file, int line, const char *expression);
int test_record_string(const char *got, const char *expected, const char *file, int line,
                       const char *expression);
int test_record_bytes(const char *got, size_t got_length, const char *expected,
                      size_t expected_length, const char *file, int line,
                      const char *expression);
int test_record_long(long got, long expected, const char *file, int line,
                     const char *expression);

#define CHECK(cond) test_record((cond) ? 1 : 0, __FILE__, __LINE__, #cond)
/* Compares two NUL-terminated strings; either may be NULL. */
#define CHECK_STR(got, expected) test_record_string((got), (expected), __FILE__, __LINE__, #got)
/* Compares got (pointer, length) with a NUL-terminated expected string. */
#define CHECK_BYTES(got, got_length, expected)                                                 \
    test_record_bytes((got), (got_length), (expected), strlen(expected), __FILE__, __LINE__,   \
                      #got)
#define CHECK_INT(got, expected)                                                               \
    test_record_long(TEST_CAST(long, got), TEST_CAST(long, expected), __FILE__, __LINE__, #got)

/* Copies n bytes of s into a buffer of exactly n bytes, so that a read past the end is
 * caught: a heap block that the sanitizer run checks, or, with OAUTH_TEST_GUARD_PAGES=1, the
 * last bytes of a page followed by a PROT_NONE page. The buffer lives until
 * test_buffers_release, which the runner calls after each area. */
const char *test_buffer(const char *s, size_t n);
/* test_buffer for a NUL-terminated string, the NUL included in the copy. */
const char *test_cstr(const char *s);
void test_buffers_release(void);

/* Runs the oauth-challenge tool with arguments (a shell-quoted string) and `input` on its
 * standard input, and stores its standard output, NUL-terminated, in `output`. Returns the
 * exit status, or -1 when the tool could not be run or wrote more than output_size - 1
 * bytes. The tool is $OAUTH_CHALLENGE, or build/oauth-challenge when that is unset. */
int test_run_tool(const char *arguments, const char *input, size_t input_length, char *output,
                  size_t output_size);

/* Every test area: tests/test_NAME.c defines void test_NAME(void). The build generates
 * test_list.h from the file names. */
#define TEST_AREA(name) void test_##name(void);
#include "test_list.h"
#undef TEST_AREA

#endif
