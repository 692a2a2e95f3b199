/* The test runner: runs every area, then prints "N passed, N failed" as its last line and
 * exits non-zero on any failure. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS on glibc */

#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

long test_passed;
long test_failed;

static void print_bytes(const char *s, size_t n)
{
    size_t i;

    if (!s) {
        fputs("NULL", stderr);
        return;
    }
    fputc('"', stderr);
    for (i = 0; i < n; i++) {
        unsigned char c = TEST_CAST(unsigned char, s[i]);

        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            fprintf(stderr, "\\x%02x", c);
        else
            fputc(c, stderr);
    }
    fputc('"', stderr);
}

int test_record(int cond, const char *file, int line, const char *expression)
{
    if (cond) {
        test_passed++;
        return 1;
    }
    test_failed++;
    fprintf(stderr, "FAIL %s:%d: %s\n", file, line, expression);
    return 0;
}

int test_record_bytes(const char *got, size_t got_length, const char *expected,
                      size_t expected_length, const char *file, int line,
                      const char *expression)
{
    int same;

    if (!got || !expected)
        same = got == expected;
    else
        same = got_length == expected_length && memcmp(got, expected, got_length) == 0;
    if (same) {
        test_passed++;
        return 1;
    }
    test_failed++;
    fprintf(stderr, "FAIL %s:%d: %s is ", file, line, expression);
    print_bytes(got, got_length);
    fputs(", expected ", stderr);
    print_bytes(expected, expected_length);
    fputc('\n', stderr);
    return 0;
}

int test_record_string(const char *got, const char *expected, const char *file, int line,
                       const char *expression)
{
    return test_record_bytes(got, got ? strlen(got) : 0, expected,
                             expected ? strlen(expected) : 0, file, line, expression);
}

int test_record_long(long got, long expected, const char *file, int line,
                     const char *expression)
{
    if (got == expected) {
        test_passed++;
        return 1;
    }
    test_failed++;
    fprintf(stderr, "FAIL %s:%d: %s is %ld, expected %ld\n", file, line, expression, got,
            expected);
    return 0;
}

/* Buffers handed out by test_buffer, released after each area. */
static struct {
    void *base;
    size_t size; /* 0 for a malloc block, the mapping's size for a guard-page block */
} buffers[4096];
static size_t buffer_count;
static size_t page_size;

/* With OAUTH_TEST_GUARD_PAGES set, every input ends exactly where a PROT_NONE page starts,
 * so a read one byte past it crashes the runner even without a sanitizer. */
static int use_guard_pages(void)
{
    static int answer = -1;

    if (answer < 0) {
        const char *setting = getenv("OAUTH_TEST_GUARD_PAGES");

        answer = setting && setting[0] != '\0' && strcmp(setting, "0") != 0;
        page_size = TEST_CAST(size_t, sysconf(_SC_PAGESIZE));
    }
    return answer;
}

static char *guarded_block(size_t n, void **base, size_t *size)
{
    size_t data_pages = (n + page_size - 1) / page_size;
    char *mapping;

    *size = (data_pages + 1) * page_size;
    /* An anonymous mapping takes the descriptor -1 (POSIX.1-2024 mmap). */
    // cppcheck-suppress invalidFunctionArg
    mapping = TEST_CAST(char *, mmap(TEST_NULL, *size, PROT_READ | PROT_WRITE,
                                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    if (mapping == MAP_FAILED)
        return TEST_NULL;
    if (mprotect(mapping + data_pages * page_size, page_size, PROT_NONE) != 0) {
        munmap(mapping, *size);
        return TEST_NULL;
    }
    *base = mapping;
    return mapping + data_pages * page_size - n;
}

const char *test_buffer(const char *s, size_t n)
{
    char *copy;
    void *base = TEST_NULL;
    size_t size = 0;

    if (buffer_count == TEST_COUNT(buffers)) {
        fputs("test_buffer: more than 4096 buffers in one area; release them sooner\n", stderr);
        exit(2);
    }
    if (use_guard_pages()) {
        copy = guarded_block(n, &base, &size);
    } else {
        /* malloc(0) may return NULL, so an empty input is the end of a one-byte block: a
         * valid pointer that may not be read, and AddressSanitizer reports any read. */
        copy = TEST_CAST(char *, malloc(n ? n : 1));
        base = copy;
        if (copy && !n)
            copy++;
    }
    if (!copy) {
        fputs("test_buffer: out of memory\n", stderr);
        exit(2);
    }
    buffers[buffer_count].base = base;
    buffers[buffer_count].size = size;
    buffer_count++;
    if (n)
        memcpy(copy, s, n);
    return copy;
}

const char *test_cstr(const char *s)
{
    return test_buffer(s, strlen(s) + 1);
}

void test_buffers_release(void)
{
    while (buffer_count) {
        buffer_count--;
        if (buffers[buffer_count].size)
            munmap(buffers[buffer_count].base, buffers[buffer_count].size);
        else
            free(buffers[buffer_count].base);
    }
}

int test_run_tool(const char *arguments, const char *input, size_t input_length, char *output,
                  size_t output_size)
{
    const char *tool = getenv("OAUTH_CHALLENGE");
    char input_path[] = "/tmp/oauth_test_input_XXXXXX";
    char command[4096];
    size_t length = 0;
    int fd, status;
    FILE *pipe;

    if (!tool)
        tool = "build/oauth-challenge";
    fd = mkstemp(input_path);
    if (fd < 0)
        return -1;
    if (input_length && write(fd, input, input_length) != TEST_CAST(ssize_t, input_length)) {
        close(fd);
        unlink(input_path);
        return -1;
    }
    close(fd);
    snprintf(command, sizeof command, "%s %s < %s 2>/dev/null", tool, arguments, input_path);
    pipe = popen(command, "r");
    if (!pipe) {
        unlink(input_path);
        return -1;
    }
    length = fread(output, 1, output_size - 1, pipe);
    output[length] = '\0';
    if (length == output_size - 1 && fgetc(pipe) != EOF)
        length = output_size; /* too much output: reported as -1 below */
    status = pclose(pipe);
    unlink(input_path);
    if (length >= output_size || status < 0 || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

int main(void)
{
#define TEST_AREA(name)                                                                        \
    test_##name();                                                                             \
    test_buffers_release();
#include "test_list.h"
#undef TEST_AREA
    printf("%ld passed, %ld failed\n", test_passed, test_failed);
    return test_failed ? 1 : 0;
}
