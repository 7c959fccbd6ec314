/* Stage boilerplate: the trailers and navigation of Chinese news sites.
 *
 * DOM extractors keep these lines when they sit inside the article's own
 * container, so they are judged here line by line. A line is dropped only
 * when a rule matches it whole and it is short; lines that end a sentence
 * (。！？) are body text and are kept by every rule but the copyright and
 * licence ones, whose lines are sentences. After a "related reading"
 * heading the list of links under it goes too, up to the first line that
 * reads like body text.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "internal.h"

#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

typedef enum action {
    DROP,          /* the line */
    DROP_SENTENCE, /* the line, even when it ends a sentence */
    DROP_LIST      /* the line and the link list after it */
} action;

typedef struct rule {
    const char *name;
    action action;
    unsigned max_chars;
    const char *pattern;
    const char *forbid; /* a line holding any of these characters is spared */
} rule;

/* Character classes used in the patterns below. */
#define COLON "[:：]"
#define OPEN "[(（\\[【〔]"
#define CLOSE "[)）\\]】〕]"

static const rule rules[] = {
    {"pager", DROP, 80,
     "^(?:上一篇|下一篇|上一页|下一页|上一頁|下一頁|上一条|下一条|上一條|下一條|上篇|下篇|"
     "前一篇|后一篇|後一篇)(?:文章|新闻|新聞)?\\s*(?:" COLON "|\\s|$).*$", NULL},
    {"page-numbers", DROP, 60,
     "^(?:首页|首頁|上一页|上一頁|第?\\d{1,4}页?|下一页|下一頁|尾页|尾頁|\\.\\.\\.|…|\\s)+$", NULL},
    {"counter", DROP, 12, "^" OPEN "?\\s*\\d{1,7}\\s*" CLOSE "?$", NULL},
    {"actions", DROP, 60,
     "^(?:(?:赞|讚|点赞|點讚|评论|評論|收藏|分享|转发|轉發|举报|舉報|浏览|瀏覽|喜欢|喜歡|打赏|"
     "打賞|在看|回复|回覆|阅读|閱讀)(?:量|数|數)?\\s*" COLON "?\\s*" OPEN "?\\s*[\\d.]*\\s*[万萬]?"
     "\\+?\\s*" CLOSE "?\\s*[|｜·•/]?\\s*)+$", NULL},
    {"editor", DROP, 40,
     "^" OPEN "?\\s*(?:责编|責編|责任编辑|責任編輯|编辑|編輯|值班编辑|值班編輯|实习编辑|實習編輯|"
     "校对|校對|审核|審核|审校|審校|监制|監製|终审|終審|初审|初審|复审|複審|编审|編審|主编|"
     "主編|美编|美編|文字编辑|图片编辑)\\s*[:：/／]\\s*[^。！？]{0,30}$", NULL},
    {"share", DROP, 50,
     "^(?:分享到|分享至|轉發到|转发到|一键分享|一鍵分享|扫码分享|掃碼分享|分享|转发|轉發)"
     "\\s*(?:" COLON "|$|[\\s|｜]*(?:微信|微博|朋友圈|QQ)).*$", NULL},
    {"social", DROP, 60,
     "^(?:(?:微信|微博|朋友圈|QQ空间|QQ空間|QQ好友|QQ|豆瓣|人人网|腾讯微博|騰訊微博|新浪微博|"
     "(?i:facebook|twitter|line|whatsapp|telegram)|复制链接|複製連結|複製鏈接)[\\s|｜、,，·•/]*){2,}$", NULL},
    {"related", DROP_LIST, 30,
     "^" OPEN "?\\s*(?:推荐阅读|推薦閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|相关文章|相關文章|"
     "相关报道|相關報導|相关推荐|相關推薦|延伸阅读|延伸閱讀|热门推荐|熱門推薦|精彩推荐|精彩推薦|"
     "猜你喜欢|猜你喜歡|为你推荐|為你推薦|热点推荐|熱點推薦|热门文章|熱門文章|热门新闻|熱門新聞|"
     "今日推荐|今日推薦|更多新闻|更多新聞|更多精彩|相关链接|相關鏈接|相關連結|相关专题|相關專題|"
     "往期回顾|往期回顧|往期推荐|往期推薦|热门阅读|熱門閱讀|编辑推荐|編輯推薦|大家都在看|热文|"
     "熱文|最新文章|最新新闻|最新新聞|(?i:related articles|related stories|read more|"
     "you may also like|recommended))\\s*" CLOSE "?\\s*[:：>»›]*$", NULL},
    {"qr-code", DROP, 60,
     "(?:扫一扫|掃一掃|扫描|掃描|长按|長按|识别|識別|扫码|掃碼).{0,20}?"
     "(?:二维码|二維碼|小程序|关注|關注|下载|下載|阅读|閱讀|分享|手机|手機)", "。！？"},
    {"qr-code-word", DROP, 40, "^(?:扫一扫|掃一掃|二维码|二維碼)[^。！？]{0,40}$", NULL},
    {"follow-us", DROP, 60,
     "(?:关注|關注)(?:我们|我們)?(?:的)?(?:官方)?(?:微信)?(?:公众号|公眾號|"
     "微信号|微信號|服务号|服務號|视频号|視頻號)", "。！？"},
    {"nav-words", DROP, 20,
     "^" OPEN "?\\s*(?:返回顶部|返回頂部|回到顶部|回到頂部|返回首页|返回首頁|返回列表|返回目录|"
     "返回目錄|返回上一页|返回上一頁|返回搜狐|关闭窗口|關閉窗口|打印本页|打印本頁|打印此文|打印|"
     "关闭|關閉|收藏本文|收藏此文|复制链接|複製鏈接|纠错|糾錯|我要纠错|我要糾錯|我要评论|我要評論|"
     "发表评论|發表評論|网友评论|網友評論|查看评论|查看評論|评论|評論|举报|舉報|更多|(?i:more)|"
     "展开全文|展開全文|阅读全文|閱讀全文|阅读原文|閱讀原文|查看原文|全文阅读|登录|登錄|注册|"
     "註冊|广告|廣告|(?i:advertisement)|点击查看大图|點擊查看大圖|点击查看原图|點擊查看原圖|"
     "点击图片查看大图|點擊圖片查看大圖|查看大图|查看大圖|打开(?i:app)|打開(?i:app)|下载(?i:app)|"
     "下載(?i:app)|(?i:app)内打开|(?i:app)內打開|(?i:share this|back to top|comments?))\\s*" CLOSE "?\\s*[>»›:：]*"
     "(?:\\s*" OPEN "?\\s*(?:返回顶部|打印|关闭|關閉|纠错|糾錯|收藏|评论|評論|举报|舉報|分享)?"
     "\\s*" CLOSE "?)*$", NULL},
    {"bracketed-tools", DROP, 60,
     "^(?:\\s*[【\\[〔](?:纠错|糾錯|打印|关闭|關閉|收藏|评论|評論|举报|舉報|分享|"
     "(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\\s*[:：/／]\\s*[^】\\]〕]{1,12})[】\\]〕])+\\s*$", NULL},
    {"font-size", DROP, 30, "^(?:字号|字號|字体|字體)\\s*" COLON "?\\s*(?:大|中|小|\\s|[|｜])+$", NULL},
    {"sohu", DROP_SENTENCE, 20, "^返回搜狐[，,]?\\s*查看更多\\s*$", NULL},
    {"disclaimer", DROP_SENTENCE, 300,
     "^" OPEN "?\\s*(?:版权声明|版權聲明|免责声明|免責聲明|特别声明|特別聲明|郑重声明|鄭重聲明|"
     "声明|聲明)\\s*" COLON ".*$", NULL},
    {"copyright", DROP_SENTENCE, 200,
     "^" OPEN "?\\s*(?:版权所有|版權所有|(?i:copyright)|©|\\((?i:c)\\)|（(?i:c)）|转载请注明|轉載請註明|"
     "未经授权|未經授權|未经许可|未經許可|本文仅代表作者|本文僅代表作者|该文观点仅代表作者|"
     "該文觀點僅代表作者|文章仅代表作者|(?i:all rights reserved)).*$", NULL},
    {"licence", DROP_SENTENCE, 120,
     "(?i:icp)\\s*[备備证證]\\s*[\\d-]{5,}|[网網]安[备備]\\s*\\d{5,}", NULL},
    {"lottery", DROP, 40,
     "(?:快乐十分|快樂十分|时时彩|時時彩|六合彩|北京赛车|北京賽車|(?i:pk10)|pk拾|"
     "幸运飞艇|幸運飛艇|快3|快三|11选5|11選5|十一选五|福彩3(?i:d)|双色球|雙色球|大乐透|大樂透|"
     "百家乐|百家樂|娱乐城|娛樂城|博彩|真人视讯|真人視訊|老虎机|老虎機|澳门赌场|澳門賭場|"
     "葡京|威尼斯人|棋牌|捕鱼|捕魚|彩票|赌场|賭場|菠菜)"
     ".*?(?:直播|开奖|開獎|走势|走勢|平台|平臺|计划|計劃|网址|網址|官网|官網|注册|註冊|(?i:app)|"
     "下载|下載|技巧|预测|預測|投注|在线|在線|网站|網站|开户|開戶|彩金|代理|手机版|手機版|登录|"
     "登錄|登陆|登陸|主页|首页|攻略|规律|規律|玩法|号码|號碼|软件|軟件|群|娱乐|娛樂)",
     "，。！？,"},
};
enum { RULES = sizeof rules / sizeof *rules };

struct qx_boilerplate_rules {
    pcre2_code *code[RULES];
    pcre2_match_data *match;
    pcre2_match_context *limits;
};

void qx__rules_free(struct qx_boilerplate_rules *r) {
    if (!r)
        return;
    for (size_t i = 0; i < RULES; i++)
        pcre2_code_free(r->code[i]);
    pcre2_match_data_free(r->match);
    pcre2_match_context_free(r->limits);
    free(r);
}

static qx_status compile_rules(qx_ctx *ctx) {
    struct qx_boilerplate_rules *r = calloc(1, sizeof *r);
    if (!r)
        return QX_ENOMEM;
    for (size_t i = 0; i < RULES; i++) {
        int err;
        PCRE2_SIZE at;
        r->code[i] = pcre2_compile((PCRE2_SPTR)rules[i].pattern, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK,
                                   &err, &at, NULL);
        if (!r->code[i]) {
            qx__rules_free(r);
            return qx__fail(ctx, QX_ENOMEM, "boilerplate rule %s does not compile (%d at %zu)",
                            rules[i].name, err, (size_t)at);
        }
#ifndef QX_NO_PCRE2_JIT
        pcre2_jit_compile(r->code[i], PCRE2_JIT_COMPLETE); /* optional: falls back */
#endif
    }
    r->match = pcre2_match_data_create(4, NULL);
    r->limits = pcre2_match_context_create(NULL);
    if (!r->match || !r->limits) {
        qx__rules_free(r);
        return QX_ENOMEM;
    }
    /* Lines are short, so these limits are never reached by real text. */
    pcre2_set_match_limit(r->limits, 100000);
    pcre2_set_depth_limit(r->limits, 1000);
    ctx->rules = r;
    return QX_OK;
}

/* ----- judging lines ----- */

static size_t count_chars(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Ends with 。！？ (or ! ? …), perhaps followed by closing quotes. */
static bool ends_sentence(const char *s, size_t len) {
    size_t end = len;
    while (end > 0) {
        size_t start;
        uint32_t cp = qx__utf8_prev((const unsigned char *)s, end, &start);
        switch (cp) {
        case 0x201D: case 0x2019: case 0x300D: case 0x300F: case 0xFF09: case ')': case '"':
        case ' ':
            end = start;
            continue;
        case 0x3002: case 0xFF01: case 0xFF1F: case '!': case '?': case 0x2026: case 0xFF1B:
            return true;
        case '.':
            return end >= 2;
        default:
            return false;
        }
    }
    return false;
}

/* Does S hold any of the characters of SET (UTF-8)? One pass over S; a
 * byte that starts no character of SET is passed over at once. */
static bool holds_any(const char *s, size_t len, const char *set) {
    if (!set)
        return false;
    for (size_t i = 0; i < len; i++) {
        for (const char *c = set; *c; c += qx__utf8_seq_len((unsigned char)*c)) {
            size_t n = qx__utf8_seq_len((unsigned char)*c);
            if (*c == s[i] && i + n <= len && memcmp(s + i + 1, c + 1, n - 1) == 0)
                return true;
        }
    }
    return false;
}

static bool matches(const struct qx_boilerplate_rules *r, size_t i, const char *s, size_t len) {
    int rc = pcre2_match(r->code[i], (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK, r->match,
                         r->limits);
    return rc >= 0;
}

/* Which rule drops the line, or -1. */
static int judge(const struct qx_boilerplate_rules *r, const char *s, size_t len) {
    size_t chars = count_chars(s, len);
    if (chars == 0 || chars > 300)
        return -1;
    bool sentence = ends_sentence(s, len);
    for (size_t i = 0; i < RULES; i++) {
        if (chars > rules[i].max_chars || (sentence && rules[i].action != DROP_SENTENCE) ||
            holds_any(s, len, rules[i].forbid))
            continue;
        if (matches(r, i, s, len))
            return (int)i;
    }
    return -1;
}

/* A line in a list of links: a link, or a short line that is no sentence. */
static bool link_like(const qx__para *p, const char *s, size_t len) {
    if (p->links && p->link_bytes * 2 >= p->len)
        return true;
    return count_chars(s, len) <= 60 && !ends_sentence(s, len);
}

static bool all_link(const qx__para *p) {
    return p->links && p->link_bytes * 10 >= p->len * 9;
}

/* A paragraph of three or more short links and little else is a menu, and
 * so is a run of three or more paragraphs that are each one short link
 * (<li><a>首页</a></li>…). */
static bool navigation(const qx__paras *in, size_t i) {
    const qx__para *p = &in->items[i];
    if (!all_link(p))
        return false;
    if (p->links >= 3 && p->link_bytes / p->links <= 36)
        return true;
    size_t run_start = i, run_end = i;
    while (run_start > 0 && all_link(&in->items[run_start - 1]) &&
           in->items[run_start - 1].len <= 36)
        run_start--;
    while (run_end < in->count && all_link(&in->items[run_end]) && in->items[run_end].len <= 36)
        run_end++;
    return run_end - run_start >= 3;
}

typedef struct filter {
    const struct qx_boilerplate_rules *rules;
    bool in_list; /* under a "related reading" heading */
    qx_diag *diag;
} filter;

static bool drop_line(filter *f, const qx__para *p, const char *s, size_t len) {
    if (len == 0)
        return false;
    if (f->in_list && link_like(p, s, len))
        return true;
    f->in_list = false;
    int matched = judge(f->rules, s, len);
    if (matched >= 0 && rules[matched].action == DROP_LIST)
        f->in_list = true;
    return matched >= 0;
}

static qx_status filter_para(filter *f, qx__paras *out, const qx__paras *in, size_t index) {
    const qx__para *p = &in->items[index];
    const char *s = qx__para_text(in, p);
    if (navigation(in, index)) {
        f->diag->boilerplate_lines++;
        return QX_OK;
    }
    size_t start = out->text.len;
    qx_status st = QX_OK;
    for (size_t i = 0; i <= p->len && st == QX_OK;) {
        const char *nl = memchr(s + i, '\n', p->len - i);
        size_t end = nl ? (size_t)(nl - s) : p->len;
        if (drop_line(f, p, s + i, end - i)) {
            f->diag->boilerplate_lines++;
        } else if (end > i || out->text.len > start) { /* no blank line first */
            if (out->text.len > start)
                st = qx__buf_putc(&out->text, '\n');
            if (st == QX_OK)
                st = qx_buf_append(&out->text, s + i, end - i);
        }
        i = end + 1;
    }
    while (out->text.len > start && out->text.data[out->text.len - 1] == '\n')
        out->text.len--; /* nor last, when what followed it went */
    if (st != QX_OK || out->text.len == start) {
        out->text.len = start;
        return st;
    }
    return qx__paras_commit(out, start, p->role, p->links, p->link_bytes);
}

qx_status qx_boilerplate(qx_ctx *ctx, qx_doc *doc) {
    if (!ctx || !doc)
        return QX_EINVAL;
    qx__ok(ctx);
    qx_status st = ctx->rules ? QX_OK : compile_rules(ctx);
    if (st != QX_OK)
        return st;
    filter f = {.rules = ctx->rules, .diag = &doc->diag};
    qx__doc_begin(doc);
    for (size_t i = 0; i < doc->cur.count && st == QX_OK; i++)
        st = filter_para(&f, &doc->next, &doc->cur, i);
    if (st != QX_OK) {
        qx__doc_begin(doc);
        return st;
    }
    qx__doc_commit(doc);
    return QX_OK;
}
