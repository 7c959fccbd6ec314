/* decode.c: conversion, U+FFFD for bad bytes, counts and offsets. */
#include "check.h"
#include "internal.h"
#include "../fuzz/iconv_reference.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static qx_ctx *ctx;
static qx_doc *doc;

static const char *decoded(const void *bytes, size_t len, const char *encoding) {
    if (qx_decode(ctx, doc, bytes, len, encoding, 0) != QX_OK)
        return NULL;
    return qx_doc_para(doc, 0).text;
}

static void test_gb18030(void) {
    /* 中文 in GBK, a bad lead byte, then ASCII that must survive it */
    const char in[] = "\xD6\xD0\xCE\xC4\x80ok\xD6";
    CHECK_STR(decoded(in, sizeof in - 1, "GB18030"), "中文\xEF\xBF\xBDok\xEF\xBF\xBD");
    const qx_diag *d = qx_doc_diag(doc);
    CHECK_INT(d->undecodable, 2); /* 0x80, and the lead byte cut off at the end */
    CHECK_INT(d->first_undecodable, 4);
    CHECK_INT(d->detection.source, QX_DETECT_CALLER);
    /* a lead byte before a byte that cannot trail it: only the lead is lost */
    const char in2[] = "\xD6 \xD6\xD0";
    CHECK_STR(decoded(in2, sizeof in2 - 1, "GB18030"), "\xEF\xBF\xBD 中");
}

static void test_utf16(void) {
    const char le[] = "\xFF\xFE\x2D\x4E\x87\x65"; /* BOM 中文 */
    CHECK_STR(decoded(le, sizeof le - 1, NULL), "中文");
    CHECK_INT(qx_doc_diag(doc)->detection.bom_len, 2);
    const char lone[] = "\xFF\xFE\x00\xD8\x41\x00"; /* lone surrogate, then A */
    CHECK_STR(decoded(lone, sizeof lone - 1, NULL), "\xEF\xBF\xBD" "A");
    CHECK_INT(qx_doc_diag(doc)->undecodable, 2);
    const char odd[] = "\xFF\xFE\x41\x00\x42"; /* A and half a unit */
    CHECK_STR(decoded(odd, sizeof odd - 1, NULL), "A\xEF\xBF\xBD");
}

static void test_utf8(void) {
    CHECK_STR(decoded("\xEF\xBB\xBF中", 6, NULL), "中");
    CHECK_STR(decoded("a\xFF" "b", 3, "utf-8"), "a\xEF\xBF\xBD" "b");
    CHECK_INT(qx_doc_diag(doc)->first_undecodable, 1);
    CHECK_STR(decoded("", 0, NULL), "");
    CHECK_INT(qx_doc_count(doc), 1);
}

static void test_errors(void) {
    CHECK_INT(qx_decode(ctx, doc, "x", 1, "NO-SUCH-ENCODING", 0), QX_EENCODING);
    CHECK_STR(qx_ctx_errmsg(ctx), "unknown encoding 'NO-SUCH-ENCODING'");
    CHECK_INT(qx_decode(ctx, doc, "x", 1, "ISO-8859-5", 0), QX_OK); /* any iconv name */
    CHECK_STR(qx_ctx_errmsg(ctx), "");
    CHECK_INT(qx_decode(NULL, doc, "x", 1, NULL, 0), QX_EINVAL);
    CHECK_INT(qx_decode(ctx, doc, NULL, 1, NULL, 0), QX_EINVAL);
}

static void test_set_text(void) {
    CHECK_INT(qx_doc_set_text(doc, "ok\xC3", 3), QX_OK);
    CHECK_STR(qx_doc_para(doc, 0).text, "ok\xEF\xBF\xBD");
    CHECK_INT(qx_doc_diag(doc)->undecodable, 1);
}

/* ----- GB18030: the library's own tables against glibc's iconv ----- */

static int failures_shown;

static void check_as_iconv(const char *what, const char *in, size_t len) {
    char *want = malloc(3 * len + 1);
    size_t bad = 0, first_bad = 0, want_len = 0;
    CHECK(want && (want_len = iconv_reference("GB18030", in, len, want, &bad, &first_bad)) != (size_t)-1);
    CHECK(qx_decode(ctx, doc, in, len, "GB18030", 0) == QX_OK);
    qx_para p = qx_doc_count(doc) ? qx_doc_para(doc, 0) : (qx_para){0};
    const qx_diag *d = qx_doc_diag(doc);
    bool same = p.len == want_len && memcmp(p.text, want, p.len) == 0 && d->undecodable == bad &&
                (!bad || d->first_undecodable == first_bad);
    if (!same && failures_shown++ < 5) {
        size_t at = 0;
        while (at < p.len && at < want_len && p.text[at] == want[at])
            at++;
        fprintf(stderr, "%s: differs from iconv at output byte %zu (%zu vs %zu bytes, %zu vs %zu bad)\n",
                what, at, p.len, want_len, d->undecodable, bad);
    }
    CHECK(same);
    free(want);
}

static void test_gb18030_as_iconv(void) {
    qx_buf in = QX_BUF_INIT;
    /* every pair of bytes, then an ASCII byte */
    for (unsigned a = 0x80; a <= 0xFF; a++)
        for (unsigned b = 0; b <= 0xFF; b++) {
            unsigned char seq[3] = {(unsigned char)a, (unsigned char)b, 'x'};
            CHECK(qx_buf_append(&in, seq, 3) == QX_OK);
        }
    check_as_iconv("pairs", in.data, in.len);
    /* every four-byte sequence */
    in.len = 0;
    for (unsigned a = 0x81; a <= 0xFE; a++)
        for (unsigned b = 0x30; b <= 0x39; b++)
            for (unsigned c = 0x81; c <= 0xFE; c++)
                for (unsigned e = 0x30; e <= 0x39; e++) {
                    unsigned char seq[4] = {(unsigned char)a, (unsigned char)b, (unsigned char)c,
                                            (unsigned char)e};
                    CHECK(qx_buf_append(&in, seq, 4) == QX_OK);
                }
    check_as_iconv("four-byte", in.data, in.len);
    /* four-byte starts with every third and fourth byte */
    static const unsigned char leads[] = {0x81, 0x84, 0x85, 0x8F, 0x90, 0xE3, 0xE4, 0xFE};
    in.len = 0;
    for (size_t k = 0; k < sizeof leads; k++)
        for (unsigned b = 0x30; b <= 0x39; b += 9)
            for (unsigned c = 0; c <= 0xFF; c++)
                for (unsigned e = 0; e <= 0xFF; e++) {
                    unsigned char seq[5] = {leads[k], (unsigned char)b, (unsigned char)c,
                                            (unsigned char)e, 'y'};
                    CHECK(qx_buf_append(&in, seq, 5) == QX_OK);
                }
    check_as_iconv("four-byte tails", in.data, in.len);
    qx_buf_free(&in);
    /* sequences cut off by the end of the input */
    static const char *const ends[] = {"\x81", "\xFE", "\x80", "\xFF", "\x81\x30", "\x81\x39\xFE",
                                       "\x81\x30\x20", "\x81\x30\x81", "\x81\x20", "\x81\x7F",
                                       "\x84\x31\xA4", "\xE3\x32\x9A", "\x81\x30\x81\x20"};
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        char buf[16];
        int n = snprintf(buf, sizeof buf, "ab%s", ends[k]);
        check_as_iconv("end", buf, (size_t)n);
    }
    /* random strings of the bytes that matter */
    uint32_t seed = 12345;
    static const unsigned char alphabet[] = {0x00, 0x20, 0x2F, 0x30, 0x35, 0x39, 0x3A, 0x40, 0x41,
                                             0x7E, 0x7F, 0x80, 0x81, 0x82, 0x84, 0x85, 0x8F, 0x90,
                                             0xA1, 0xA2, 0xB0, 0xD6, 0xE3, 0xE4, 0xFD, 0xFE, 0xFF};
    for (int round = 0; round < 20000; round++) {
        unsigned char buf[48];
        seed = seed * 1103515245u + 12345u;
        size_t n = (seed >> 16) % sizeof buf;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (seed >> 8) % 4 ? alphabet[(seed >> 16) % sizeof alphabet]
                                     : (unsigned char)(seed >> 20);
        }
        check_as_iconv("random", (const char *)buf, n);
    }
}

int main(void) {
    ctx = qx_ctx_new();
    doc = qx_doc_new();
    test_gb18030();
    test_gb18030_as_iconv();
    test_utf16();
    test_utf8();
    test_errors();
    test_set_text();
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return check_report();
}
