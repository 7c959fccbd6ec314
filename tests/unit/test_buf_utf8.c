/* buf.c and utf8.c: growth, NUL termination, strict UTF-8. */
#include "check.h"
#include "internal.h"

#include <stdlib.h>

static void test_buf(void) {
    qx_buf b = QX_BUF_INIT;
    CHECK_INT(qx_buf_append(&b, "abc", 3), QX_OK);
    CHECK_STR(b.data, "abc");
    for (int i = 0; i < 1000; i++)
        CHECK(qx__buf_putc(&b, 'x') == QX_OK);
    CHECK_INT(b.len, 1003);
    CHECK_INT(b.data[b.len], '\0');
    CHECK_INT(qx__buf_put_cp(&b, 0x4E2D), QX_OK);
    CHECK_STR(b.data + 1003, "中");
    qx__buf_clear(&b);
    CHECK_INT(b.len, 0);
    qx_buf_free(&b);
    CHECK(b.data == NULL && b.cap == 0);
    qx_buf_free(NULL);
}

static uint32_t first_cp(const char *s, size_t len, size_t *used, bool *valid) {
    uint32_t cp;
    *used = qx__utf8_next((const unsigned char *)s, len, &cp, valid);
    return cp;
}

static void test_utf8_next(void) {
    size_t n;
    bool ok;
    CHECK_INT(first_cp("中", 3, &n, &ok), 0x4E2D);
    CHECK(ok && n == 3);
    CHECK_INT(first_cp("\xF0\x9F\x98\x80", 4, &n, &ok), 0x1F600);
    CHECK(ok && n == 4);
    /* overlong, surrogate, beyond U+10FFFF, truncated, lone continuation */
    const char *bad[] = {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE4\xB8",
                         "\x80"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK_INT(first_cp(bad[i], strlen(bad[i]), &n, &ok), QX_REPLACEMENT);
        CHECK(!ok && n == 1);
    }
}

static void test_sanitize(void) {
    qx_buf b = QX_BUF_INIT;
    size_t bad = 0, first = SIZE_MAX;
    const char in[] = "ok\xFFok\xE4\xB8";
    CHECK_INT(qx__utf8_sanitize(&b, in, sizeof in - 1, &bad, &first), QX_OK);
    CHECK_STR(b.data, "ok\xEF\xBF\xBDok\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK_INT(bad, 3);
    CHECK_INT(first, 2);
    qx_buf_free(&b);
}

static void test_encode_prev(void) {
    char out[4];
    CHECK_INT(qx__utf8_encode(0x10FFFF, out), 4);
    CHECK_INT(qx__utf8_encode(0xD800, out), 3); /* a surrogate becomes U+FFFD */
    CHECK(memcmp(out, "\xEF\xBF\xBD", 3) == 0);
    const char *s = "a中。";
    size_t start;
    CHECK_INT(qx__utf8_prev((const unsigned char *)s, strlen(s), &start), 0x3002);
    CHECK_INT(start, 4);
    CHECK_INT(qx__utf8_prev((const unsigned char *)s, 4, &start), 0x4E2D);
    CHECK(qx__is_cjk_wide(0x4E2D) && qx__is_cjk_wide(0xFF0C) && !qx__is_cjk_wide('a'));
}

int main(void) {
    test_buf();
    test_utf8_next();
    test_sanitize();
    test_encode_prev();
    return check_report();
}
