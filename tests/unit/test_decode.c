/* decode.c: conversion, U+FFFD for bad bytes, counts and offsets. */
#include "check.h"
#include "internal.h"

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

int main(void) {
    ctx = qx_ctx_new();
    doc = qx_doc_new();
    test_gb18030();
    test_utf16();
    test_utf8();
    test_errors();
    test_set_text();
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return check_report();
}
