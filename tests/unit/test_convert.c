/* convert.c and the script stage: phrases by longest match, characters by
 * table, the documented 著 difference, streaming in pieces, bytes that are
 * not UTF-8. Expected outputs are OpenCC 1.1.6's t2s and s2t, except 著. */
#include "check.h"
#include "internal.h"

#include <stdlib.h>

static qx_buf out = QX_BUF_INIT;

static const char *conv(qx_script_target to, const char *text) {
    out.len = 0;
    if (qx_convert(to, text, strlen(text), 1, &out, NULL) != QX_OK)
        return "(error)";
    return out.len ? out.data : "";
}

/* TEXT fed in pieces of every size from 1 to 9 bytes, as a stream would
 * give it, converts to what it does whole. */
static void check_streaming(qx_script_target to, const char *text) {
    qx_buf whole = QX_BUF_INIT, pieces = QX_BUF_INIT, pending = QX_BUF_INIT;
    size_t len = strlen(text);
    CHECK(qx_convert(to, text, len, 1, &whole, NULL) == QX_OK);
    for (size_t step = 1; step <= 9; step++) {
        pieces.len = pending.len = 0;
        for (size_t at = 0; at < len; at += step) {
            size_t n = at + step < len ? step : len - at, used = 0;
            CHECK(qx_buf_append(&pending, text + at, n) == QX_OK);
            CHECK(qx_convert(to, pending.data, pending.len, 0, &pieces, &used) == QX_OK);
            memmove(pending.data, pending.data + used, pending.len - used);
            pending.len -= used;
        }
        CHECK(qx_convert(to, pending.data, pending.len, 1, &pieces, NULL) == QX_OK);
        CHECK(pieces.len == whole.len && memcmp(pieces.data, whole.data, whole.len) == 0);
    }
    qx_buf_free(&whole);
    qx_buf_free(&pieces);
    qx_buf_free(&pending);
}

static void test_to_simplified(void) {
    CHECK_STR(conv(QX_TO_SIMPLIFIED, "皇后 麪條 頭髮 乾燥 後來 一隻 發展 裏面 係數 乾隆 瀋陽 理髮"),
              "皇后 面条 头发 干燥 后来 一只 发展 里面 系数 乾隆 沈阳 理发");
    CHECK_STR(conv(QX_TO_SIMPLIFIED, "ASCII stays, so do 简体 and\r\nline\tbreaks"),
              "ASCII stays, so do 简体 and\r\nline\tbreaks");
    CHECK_STR(conv(QX_TO_SIMPLIFIED, "𩀨"), "𫕚"); /* supplementary planes */
    CHECK_STR(conv(QX_TO_SIMPLIFIED, ""), "");
}

static void test_zhe(void) {
    /* the documented difference: OpenCC keeps 著 in all of these */
    CHECK_STR(conv(QX_TO_SIMPLIFIED, "看著他，決定著未來，穿著整齊，別著急，執著"),
              "看着他，决定着未来，穿着整齐，别着急，执着");
    /* 著 is zhù: stays */
    CHECK_STR(conv(QX_TO_SIMPLIFIED, "著名作家的著作、名著和專著，效果顯著，臭名昭著"),
              "著名作家的著作、名著和专著，效果显著，臭名昭著");
    /* s2t leaves 着 alone, as OpenCC does (Hong Kong writes it so) */
    CHECK_STR(conv(QX_TO_TRADITIONAL, "看着他"), "看着他");
}

static void test_to_traditional(void) {
    CHECK_STR(conv(QX_TO_TRADITIONAL, "皇后 面条 头发 干燥 后来 一只 发展 里面 系统 乾隆 理发"),
              "皇后 麪條 頭髮 乾燥 後來 一隻 發展 裏面 系統 乾隆 理髮");
    CHECK_STR(conv(QX_TO_TRADITIONAL, "𫕚"), "𩀨"); /* supplementary planes */
    CHECK_STR(conv(QX_TO_SIMPLIFIED, "䂎"), "𥎝");
}

static void test_not_utf8(void) {
    CHECK_STR(conv(QX_TO_SIMPLIFIED, "\xff頭\xe9\x80髮\xf0\x9f"), "\xff头\xe9\x80发\xf0\x9f");
    CHECK_STR(conv(QX_TO_TRADITIONAL, "\xed\xa0\x80头"), "\xed\xa0\x80頭"); /* a surrogate */
}

static void test_streaming(void) {
    check_streaming(QX_TO_SIMPLIFIED, "看著他的頭髮乾燥，後來決定著名作家的著作。\n一隻𩀨\xff");
    check_streaming(QX_TO_TRADITIONAL, "中华人民共和国国务院总理，头发干燥，后来发展。\n系统\n");
}

static void test_errors(void) {
    size_t used = 1;
    CHECK_INT(qx_convert((qx_script_target)0, "a", 1, 1, &out, NULL), QX_EINVAL);
    CHECK_INT(qx_convert(QX_TO_SIMPLIFIED, "a", 1, 0, &out, NULL), QX_EINVAL);
    CHECK_INT(qx_convert(QX_TO_SIMPLIFIED, NULL, 1, 1, &out, NULL), QX_EINVAL);
    CHECK_INT(qx_convert(QX_TO_SIMPLIFIED, "a", 1, 1, NULL, NULL), QX_EINVAL);
    CHECK_INT(qx_convert(QX_TO_SIMPLIFIED, "abc", 3, 0, &out, &used), QX_OK);
    CHECK_INT(used, 0); /* too little to decide: nothing taken yet */
    CHECK_INT(qx_convert(QX_TO_SIMPLIFIED, "頭髮\nab", 9, 0, &out, &used), QX_OK);
    CHECK_INT(used, 7); /* a whole line is decided: no phrase spans lines */
}

static void test_stage(void) {
    qx_doc *doc = qx_doc_new();
    const char *text = "頭髮乾燥\n\n後來著名";
    CHECK(qx_doc_set_text(doc, text, strlen(text)) == QX_OK);
    CHECK(qx_script(doc, 0) == QX_OK);
    CHECK_STR(qx_doc_para(doc, 0).text, text);
    CHECK(qx_script(doc, QX_OPT_TO_SIMPLIFIED) == QX_OK);
    CHECK_STR(qx_doc_para(doc, 0).text, "头发干燥\n\n后来著名");
    CHECK_INT(qx_doc_diag(doc)->script_changes, 5); /* 頭髮乾後來: 燥 is both scripts' */
    CHECK_INT(qx_script(doc, QX_OPT_TO_SIMPLIFIED | QX_OPT_TO_TRADITIONAL), QX_EINVAL);
    CHECK_INT(qx_script(NULL, QX_OPT_TO_SIMPLIFIED), QX_EINVAL);

    qx_ctx *ctx = qx_ctx_new();
    qx_options opts;
    qx_options_init(&opts);
    opts.flags = QX_OPT_TO_TRADITIONAL;
    const char *page = "<p>头发干燥</p><p>后来</p>";
    CHECK(qx_clean(ctx, &opts, page, strlen(page), doc) == QX_OK);
    CHECK_INT(qx_doc_count(doc), 2);
    CHECK_STR(qx_doc_para(doc, 0).text, "頭髮乾燥");
    CHECK_STR(qx_doc_para(doc, 1).text, "後來");
    CHECK_INT(qx_stage_from_name("script"), QX_STAGE_SCRIPT);
    qx_ctx_free(ctx);
    qx_doc_free(doc);
}

int main(void) {
    test_to_simplified();
    test_zhe();
    test_to_traditional();
    test_not_utf8();
    test_streaming();
    test_errors();
    test_stage();
    qx_buf_free(&out);
    return check_report();
}
