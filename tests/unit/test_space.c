/* space.c: whitespace, invisible and control characters, blank lines. */
#include "check.h"
#include "internal.h"

static qx_doc *doc;

static const char *spaced(const char *text) {
    if (qx_doc_set_text(doc, text, strlen(text)) != QX_OK || qx_space(doc) != QX_OK)
        return "(error)";
    return qx_doc_count(doc) ? qx_doc_para(doc, 0).text : "(none)";
}

int main(void) {
    doc = qx_doc_new();
    CHECK_STR(spaced("\xE3\x80\x80\xE3\x80\x80正文开始"), "正文开始");           /* U+3000 indent */
    CHECK_STR(spaced("a\xC2\xA0\xC2\xA0 b\t\tc  "), "a b c");                   /* NBSP, tabs */
    CHECK_STR(spaced("中\xE2\x80\x8B文\xEF\xBB\xBF字\xC2\xAD"), "中文字");      /* ZWSP, BOM, SHY */
    CHECK_STR(spaced("一\r\n二\r三\n\n\n\n四\n\n"), "一\n二\n三\n\n四");        /* CR LF, blanks */
    CHECK_STR(spaced("\n\n  \n开头"), "开头");
    CHECK_STR(spaced("a\x01" "b\x7F" "c\xC2\x85" "d"), "abcd");                 /* controls */
    CHECK_INT(qx_doc_diag(doc)->control_chars, 3);
    CHECK_STR(spaced("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9"),          /* ZWJ in emoji */
              "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9");
    CHECK_STR(spaced("甲\xE2\x80\x8D乙"), "甲乙");
    CHECK_STR(spaced(" \xE3\x80\x80 \n\t"), "(none)");                          /* nothing left */
    CHECK_INT(qx_doc_count(doc), 0);
    CHECK(qx_doc_diag(doc)->space_fixes > 0);
    CHECK_INT(qx_space(NULL), QX_EINVAL);
    qx_doc_free(doc);
    return check_report();
}
