/* punct.c: marks in Chinese lines, doubled marks, full-width letters and
 * digits; English and numbers untouched. */
#include "check.h"
#include "internal.h"

static qx_doc *doc;

static const char *punct(const char *text, unsigned flags) {
    if (qx_doc_set_text(doc, text, strlen(text)) != QX_OK || qx_punct(doc, flags) != QX_OK)
        return "(error)";
    return qx_doc_count(doc) ? qx_doc_para(doc, 0).text : "(none)";
}

int main(void) {
    doc = qx_doc_new();
    CHECK_STR(punct("记者:王明,今天下雨.", 0), "记者：王明，今天下雨。");
    CHECK_STR(punct("增长5%,达到1,000元.", 0), "增长5%，达到1,000元。");
    CHECK_STR(punct("会议(北京)召开!真的?", 0), "会议（北京）召开！真的？");
    CHECK_STR(punct("总裁(CEO)说", 0), "总裁（CEO）说");
    CHECK_STR(punct("上午10:30开始,共3.5小时", 0), "上午10:30开始，共3.5小时");
    CHECK_STR(punct("常委,、副县长", 0), "常委，副县长");  /* the comma came first */
    CHECK_STR(punct("样子,,但是", 0), "样子，但是");
    CHECK_STR(punct("农户,。", 0), "农户。");           /* a comma before a stop goes */
    CHECK_STR(punct("说:,好", 0), "说：好");
    CHECK_STR(punct("等等...", 0), "等等...");
    CHECK_STR(punct("ＡＢＣ１２３元", 0), "ABC123元");
    CHECK_STR(punct("Hello, world. (Yes: ok!)", 0), "Hello, world. (Yes: ok!)");
    CHECK_STR(punct("见www.example.com网站", 0), "见www.example.com网站");
    CHECK_STR(punct("今天，下雨。（好）", QX_OPT_PUNCT_HALF), "今天,下雨.(好)");
    CHECK_STR(punct("一行,\n二行.", 0), "一行，\n二行。");
    CHECK(qx_doc_diag(doc)->punct_fixes > 0);
    CHECK_INT(qx_punct(NULL, 0), QX_EINVAL);
    qx_doc_free(doc);
    return check_report();
}
