/* The public surface: names, options, the pipeline, TSV, script, docs. */
#include "check.h"
#include "qingxi.h"

#include <stdint.h>

static void test_names(void) {
    CHECK_STR(qx_version(), QX_VERSION_STRING);
    CHECK_INT(qx_stage_from_name("boilerplate"), QX_STAGE_BOILERPLATE);
    CHECK_INT(qx_stage_from_name("nope"), 0);
    CHECK_INT(qx_stage_from_name(NULL), 0);
    CHECK_STR(qx_stage_name(QX_STAGE_MARKUP), "markup");
    CHECK(qx_stage_name(QX_STAGE_MARKUP | QX_STAGE_SPACE) == NULL);
    CHECK_STR(qx_markup_name(QX_MARKUP_FRAGMENT | QX_MARKUP_FRONTMATTER), "frontmatter+fragment");
    CHECK_STR(qx_encoding_name(QX_ENC_GB18030), "GB18030");
    CHECK_STR(qx_detect_source_name(QX_DETECT_META), "meta");
    CHECK_STR(qx_role_name(QX_ROLE_HEADING), "heading");
    CHECK_STR(qx_strerror(QX_ENOMEM), "out of memory");
    CHECK_STR(qx_strerror((qx_status)-99), "unknown status");
}

static void test_tsv(void) {
    qx_buf b = QX_BUF_INIT;
    CHECK_INT(qx_tsv_escape(&b, "a\tb\nc\rd\\e", 9), QX_OK);
    CHECK_STR(b.data, "a\\tb\\nc\\rd\\\\e");
    qx_buf_free(&b);
    CHECK_INT(qx_tsv_escape(NULL, "x", 1), QX_EINVAL);
}

static void test_script(void) {
    qx_script_stats s;
    int share;
    qx_script_measure("们的国家发展", strlen("们的国家发展"), &s);
    CHECK_INT(s.han, 6);
    CHECK_STR(qx_script_verdict(&s, &share), "simplified");
    CHECK_INT(share, 0);
    qx_script_measure("們的國家發展", strlen("們的國家發展"), &s);
    CHECK_STR(qx_script_verdict(&s, &share), "traditional");
    CHECK_INT(share, 1000);
    qx_script_measure("们們国國", strlen("们們国國"), &s);
    CHECK_STR(qx_script_verdict(&s, &share), "mixed");
    CHECK_INT(share, 500);
    qx_script_measure("abc 中文", 10, &s);
    CHECK_STR(qx_script_verdict(&s, NULL), "none");
}

static void test_pipeline(void) {
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    const char *page = "<p>　　正文一。</p><p>上一篇：旧闻</p>";
    CHECK_INT(qx_clean(ctx, NULL, page, strlen(page), doc), QX_OK);
    CHECK_INT(qx_doc_count(doc), 1);
    CHECK_STR(qx_doc_para(doc, 0).text, "正文一。");
    CHECK_INT(qx_doc_diag(doc)->boilerplate_lines, 1);
    qx_options opts;
    qx_options_init(&opts);
    opts.stages = QX_STAGE_DECODE;
    CHECK_INT(qx_clean(ctx, &opts, page, strlen(page), doc), QX_OK);
    CHECK_STR(qx_doc_para(doc, 0).text, page); /* decode alone leaves markup be */
    opts.stages = QX_STAGE_ALL & ~(unsigned)QX_STAGE_BOILERPLATE;
    CHECK_INT(qx_clean(ctx, &opts, page, strlen(page), doc), QX_OK);
    CHECK_INT(qx_doc_count(doc), 2);
    opts.version = 99;
    CHECK_INT(qx_clean(ctx, &opts, page, strlen(page), doc), QX_EINVAL);
    CHECK(qx_ctx_errmsg(ctx)[0] != '\0');
    opts.version = QX_OPTIONS_VERSION;
    opts.encoding = "NO-SUCH";
    CHECK_INT(qx_clean(ctx, &opts, page, strlen(page), doc), QX_EENCODING);
    const char *key, *value;
    const char *fm = "---\ntitle: T\ndate: 2023\n---\nbody";
    CHECK_INT(qx_clean(ctx, NULL, fm, strlen(fm), doc), QX_OK);
    CHECK_INT(qx_doc_meta_count(doc), 2);
    qx_doc_meta_at(doc, 1, &key, &value);
    CHECK_STR(key, "date");
    CHECK_STR(value, "2023");
    qx_doc_meta_at(doc, 5, &key, &value);
    CHECK(key == NULL && value == NULL);
    CHECK_STR(qx_doc_para(doc, 9).text, ""); /* out of range: empty, not a crash */
    CHECK(qx_doc_meta(doc, "missing") == NULL);
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    qx_doc_free(NULL);
    qx_ctx_free(NULL);
}

int main(void) {
    test_names();
    test_tsv();
    test_script();
    test_pipeline();
    return check_report();
}
