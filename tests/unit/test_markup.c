/* markup.c, frontmatter.c, tagtext.c, elements.c: bodies to paragraphs. */
#include "check.h"
#include "internal.h"

static qx_ctx *ctx;
static qx_doc *doc;
static char joined[8192];

/* The paragraphs of TEXT after markup, joined by " | ". */
static const char *paras(const char *text) {
    joined[0] = '\0';
    if (qx_doc_set_text(doc, text, strlen(text)) != QX_OK || qx_markup(ctx, doc) != QX_OK)
        return "(error)";
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        if (i)
            strcat(joined, " | ");
        strncat(joined, qx_doc_para(doc, i).text, sizeof joined - strlen(joined) - 4);
    }
    return joined;
}

static unsigned kind(void) {
    return qx_doc_diag(doc)->markup;
}

static void test_text(void) {
    CHECK_STR(paras("第一段\n\n  第二段\r\n第三段\r"), "第一段 |   第二段 | 第三段");
    CHECK_INT(kind(), QX_MARKUP_TEXT);
    CHECK_STR(paras("看<三国演义>和a<b的比较"), "看<三国演义>和a<b的比较");
    CHECK_INT(kind(), QX_MARKUP_TEXT);
}

static void test_tagged(void) {
    const char *spam = "<samp id=\"x\"></samp>\n<center id=\"x\"><small></small></center>\n\n"
                       "标题\n第一段&ldquo;引文&rdquo;&amp;\n第二段\n<tt><object></object></tt>";
    CHECK_STR(paras(spam), "标题 | 第一段“引文”& | 第二段");
    CHECK_INT(kind(), QX_MARKUP_TAGGED);
    CHECK(qx_doc_diag(doc)->tags >= 6);
    /* hidden watermark and script dropped; a stray <script> without an end
     * tag is only a tag and cannot swallow the text after it */
    CHECK_STR(paras("正文<span style=\"display: none\">水印</span>继续\n<script>x()</script>完\n"
                    "<script src=a.js>\n后文"),
              "正文继续 | 完 | 后文");
    CHECK_STR(paras("<!-- 注释 -->正文\n<!-- 没有结束"), "正文 | <!-- 没有结束");
}

static void test_html(void) {
    const char *frag = "<div><p>第一段\n第二行</p><p>a\nb</p><p>甲<br>乙<br><br>丙</p>"
                       "<h2>小标题</h2><ul><li>一</li><li>二</li></ul></div>";
    CHECK_STR(paras(frag), "第一段第二行 | a b | 甲\n乙 | 丙 | 小标题 | 一 | 二");
    CHECK_INT(kind(), QX_MARKUP_FRAGMENT);
    CHECK_INT(qx_doc_para(doc, 4).role, QX_ROLE_HEADING);
    const char *page = "<!DOCTYPE html><html><head><title>页面标题</title>"
                       "<meta name=\"author\" content=\"记者\"><style>p{}</style>"
                       "<script>var a='<p>x</p>';</script></head><body><nav>首页</nav>"
                       "<p>正文 &nbsp;内容<span hidden>隐藏</span></p><table><tr><td>1</td>"
                       "<td>2</td></tr></table><ruby>縣<rt>xiàn</rt></ruby></body></html>";
    CHECK_STR(paras(page), "页面标题 | 正文 \xC2\xA0内容 | 1 2 | 縣");
    CHECK_INT(kind(), QX_MARKUP_PAGE);
    CHECK_INT(qx_doc_para(doc, 0).role, QX_ROLE_TITLE);
    CHECK_STR(qx_doc_meta(doc, "title"), "页面标题");
    CHECK_STR(qx_doc_meta(doc, "author"), "记者");
    CHECK(qx_doc_diag(doc)->elements_dropped >= 4);
    /* a "<" that starts no tag, reported before the implied <p>, stays
     * with its text; a meta charset does not re-decode the UTF-8 text */
    CHECK_STR(paras("<5%的人<p>下一段</p>"), "<5%的人 | 下一段");
    CHECK_STR(paras("<html><head><meta charset=\"gbk\"><title>题<b>x</b>目</title></head>"
                    "<body><p>正文</p><div hidden></div>后<script></script>文</body></html>"),
              "题目 | 正文 | 后文");
    CHECK_INT(qx_doc_diag(doc)->elements_dropped, 0);
}

static void test_unclosed_script(void) {
    /* a <script> without an end tag ends with its line, not the article */
    CHECK_STR(paras("<div><p>一</p><script>var a = 1;\n<p>二</p><style>p{}</style></div>"),
              "一 | 二");
    CHECK_STR(paras("<p>一</p><script>x()</script><p>二</p><script src=a.js><p>三</p>"),
              "一 | 二 | 三");
}

static void test_headline(void) {
    /* a body that opens with the title (site suffix aside) gets no copy */
    CHECK_STR(paras("<html><head><title>新闻标题_某网</title></head><body><div>新闻标题</div>"
                    "<p>正文。</p></body></html>"),
              "新闻标题 | 正文。");
    CHECK_STR(paras("<html><head><title>新闻标题</title></head><body><h1>别的</h1>"
                    "<p>正文。</p></body></html>"),
              "别的 | 正文。");
}

static void test_frontmatter(void) {
    const char *md = "\n---\ntitle: '标题''引号'\ncategories:\n - 新闻\n - 首页\nauthor: 作者 # 注释\n"
                     "url: 'http://x.cn/a'\ntags: [a, \"b\"]\nsummary: >\n  多行\n  摘要\n---\n"
                     "<p>正文</p>";
    CHECK_STR(paras(md), "标题'引号 | 正文");
    CHECK(kind() & QX_MARKUP_FRONTMATTER);
    CHECK_STR(qx_doc_meta(doc, "categories"), "新闻, 首页");
    CHECK_STR(qx_doc_meta(doc, "author"), "作者");
    CHECK_STR(qx_doc_meta(doc, "url"), "http://x.cn/a");
    CHECK_STR(qx_doc_meta(doc, "tags"), "a, b");
    CHECK_STR(qx_doc_meta(doc, "summary"), "多行 摘要");
    const char *toml = "+++\ntitle = \"标题\"\n[extra]\nsource = \"网\"\n+++\n正文";
    CHECK_STR(paras(toml), "标题 | 正文");
    CHECK_STR(qx_doc_meta(doc, "extra.source"), "网");
    /* a Markdown rule is no front matter */
    CHECK_STR(paras("---\n这不是元数据。\n---\n正文"), "--- | 这不是元数据。 | --- | 正文");
    CHECK_INT(kind() & QX_MARKUP_FRONTMATTER, 0);
    CHECK_STR(paras("---\ntitle: 没有结束\n正文"), "--- | title: 没有结束 | 正文");
}

static void test_entities(void) {
    uint32_t cp;
    CHECK_INT(qx__entity("&#20013;", 8, &cp), 8);
    CHECK_INT(cp, 0x4E2D);
    CHECK_INT(qx__entity("&#x4e2d;x", 9, &cp), 8);
    CHECK_INT(qx__entity("&#150;", 6, &cp), 6);
    CHECK_INT(cp, 0x2013); /* Windows-1252 in numeric references, as HTML says */
    CHECK_INT(qx__entity("&#0;", 4, &cp), 4);
    CHECK_INT(cp, QX_REPLACEMENT);
    CHECK_INT(qx__entity("&nosuch;", 8, &cp), 0);
    CHECK_INT(qx__entity("&amp", 4, &cp), 0);
    CHECK_INT(qx__element_class("P", 1) & QX__EL_BLOCK, QX__EL_BLOCK);
    CHECK_INT(qx__element_class("imsig", 5), 0);
    CHECK(qx__attrs_hidden(" style=\"color:red; DISPLAY : none\"", 34));
    CHECK(!qx__attrs_hidden(" class=\"hiddenx\"", 16));
}

int main(void) {
    ctx = qx_ctx_new();
    doc = qx_doc_new();
    test_text();
    test_tagged();
    test_html();
    test_unclosed_script();
    test_headline();
    test_frontmatter();
    test_entities();
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return check_report();
}
