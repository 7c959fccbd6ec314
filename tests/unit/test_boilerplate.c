/* boilerplate.c: what goes and, above all, what stays. */
#include "check.h"
#include "internal.h"

static qx_ctx *ctx;
static qx_doc *doc;

/* Does the boilerplate stage drop LINE when it stands alone? */
static bool dropped(const char *line) {
    if (qx_doc_set_text(doc, line, strlen(line)) != QX_OK || qx_markup(ctx, doc) != QX_OK ||
        qx_space(doc) != QX_OK || qx_boilerplate(ctx, doc) != QX_OK)
        return false;
    return qx_doc_count(doc) == 0;
}

static const char *const trailers[] = {
    "上一篇 2020年7月6日 12:43", "下一篇：乡村振兴看这里", "上一篇", "下一頁", "(0)", "（12）",
    "責編:劉錚", "责任编辑：张三", "（编辑/胡毓靖）", "【责任编辑：李四】", "分享:", "分享到：微信 微博",
    "分享到", "微信 微博 QQ空间", "推荐阅读", "推薦閱讀", "相关新闻", "【相关阅读】", "扫一扫，分享到微信",
    "扫描二维码关注我们", "掃一掃", "关注我们的微信公众号", "版权声明：本文为原创，转载请注明出处。",
    "免责声明：本文仅代表作者本人观点，与本网无关。", "Copyright © 2023 某某网 版权所有",
    "京ICP备12345678号-1", "返回搜狐，查看更多", "返回搜狐", "点击查看大图", "點擊查看大圖",
    "黑龙江快乐十分直播", "北京赛车pk10开奖直播", "时时彩平台注册送彩金", "【纠错】 【责任编辑：孙悦】",
    "返回顶部", "打印本页", "字号：大 中 小", "赞(0) 评论(3) 收藏", "阅读 1234", "评论", "广告",
    "1 2 3 4 下一页", "首页 上一页 1 2 3 下一页 尾页",
};

/* Body text that holds the same words and must stay. */
static const char *const body[] = {
    "分享经济的规模去年达到3万亿元。", "他说，分享是一种美德。", "分享经济发展报告发布",
    "扫码支付已经覆盖八成以上的商户。", "扫码支付覆盖八成商户", "上一篇报道发表后，读者反响强烈。",
    "编辑部收到了三百多封来信。", "评论员文章指出，这一政策将惠及千家万户。",
    "福彩双色球开出3注一等奖，单注奖金达700万元。", "警方捣毁一个时时彩赌博团伙",
    "版权保护是创新的基础。", "推荐阅读的书目共有12本，涵盖文学和历史。", "(供图:湄潭县融媒体中心)",
    "2018-10-17 16:42 人民網", "原標題:半年派出上千名“泥腿子”下鄉", "（0.5）", "阅读让人进步。",
    "关注农民的收入是我们的责任。", "更多农民参与到电商中来。", "广告收入增长了两成。",
    "首页改版后访问量增加了三成", "Our reporter Li Feng",
};

/* Every line of LINES alone is dropped (WANT_DROPPED) or kept. */
static void check_each(const char *const *lines, size_t count, bool want_dropped) {
    for (size_t i = 0; i < count; i++) {
        if (dropped(lines[i]) == want_dropped) {
            check_passed++;
            continue;
        }
        check_failed++;
        fprintf(stderr, "  %s: %s\n", want_dropped ? "kept a trailer" : "dropped body text",
                lines[i]);
    }
}

static void test_lists(void) {
    check_each(trailers, sizeof trailers / sizeof *trailers, true);
    check_each(body, sizeof body / sizeof *body, false);
}

static void test_related_list(void) {
    const char *text = "正文第一段。\n相关新闻\n果园里的直播间：一天卖出三万斤\n农产品上行，物流先行\n"
                       "这是正文最后一段，讲述了后续的安排。\n尾声";
    CHECK_INT(qx_doc_set_text(doc, text, strlen(text)), QX_OK);
    CHECK_INT(qx_markup(ctx, doc), QX_OK);
    CHECK_INT(qx_boilerplate(ctx, doc), QX_OK);
    CHECK_INT(qx_doc_count(doc), 3);
    CHECK_STR(qx_doc_para(doc, 1).text, "这是正文最后一段，讲述了后续的安排。");
    CHECK_INT(qx_doc_diag(doc)->boilerplate_lines, 3);
}

static void test_menus(void) {
    const char *menu = "<ul><li><a href=/>首页</a></li><li><a href=/a>国内</a></li>"
                       "<li><a href=/b>国际</a></li></ul><p>正文。<a href=/c>链接</a></p>"
                       "<p><a href=1>甲</a> <a href=2>乙</a> <a href=3>丙</a></p>";
    CHECK_INT(qx_doc_set_text(doc, menu, strlen(menu)), QX_OK);
    CHECK_INT(qx_markup(ctx, doc), QX_OK);
    CHECK_INT(qx_boilerplate(ctx, doc), QX_OK);
    CHECK_INT(qx_doc_count(doc), 1);
    CHECK_STR(qx_doc_para(doc, 0).text, "正文。链接");
}

int main(void) {
    ctx = qx_ctx_new();
    doc = qx_doc_new();
    test_lists();
    test_related_list();
    test_menus();
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return check_report();
}
