/* sentence.c: where qx_sentence_end ends sentences, on Chinese and English
 * sentences written for this test, and that qx_claims_extract numbers
 * sentences the same way. Each case lists the pieces the text splits into,
 * separated by "|", white space and line breaks included as they fall. */
#include "check.h"
#include "qingxi.h"

#include <stdlib.h>

static char got[4096];

/* TEXT cut at every sentence end, the pieces joined by "|". */
static const char *split(const char *text) {
    size_t len = strlen(text), pos = 0, out = 0;
    got[0] = '\0';
    while (pos < len) {
        size_t end = qx_sentence_end(text, len, pos);
        if (end <= pos || end > len)
            return "(no progress)";
        out += (size_t)snprintf(got + out, sizeof got - out, "%s%.*s", pos ? "|" : "",
                                (int)(end - pos), text + pos);
        if (out >= sizeof got)
            return "(too long)";
        pos = end;
    }
    return got;
}

#define SPLIT(text, want) CHECK_STR(split(text), want)
/* A text that is one sentence. */
#define WHOLE(text) CHECK_STR(split(text), text)

static void test_chinese_marks(void) {
    SPLIT("第一句。第二句！第三句？", "第一句。|第二句！|第三句？");
    SPLIT("第一条；第二条。", "第一条；|第二条。");
    SPLIT("等等……然后呢？", "等等……|然后呢？");
    SPLIT("他想了想⋯⋯说好。", "他想了想⋯⋯|说好。");
    SPLIT("他沉默了…我也是。", "他沉默了…|我也是。");
    SPLIT("真的吗？！太好了！！！", "真的吗？！|太好了！！！");
    SPLIT("好。。。下一句", "好。。。|下一句");
    SPLIT("好｡下一句", "好｡|下一句");
    WHOLE("增长了3.5%，达到1.2万元");
    WHOLE("没有句末标点的一行");
}

static void test_chinese_closers(void) {
    SPLIT("他说：“你好。”然后走了。", "他说：“你好。”|然后走了。");
    SPLIT("他說：「你好。」然後走了。", "他說：「你好。」|然後走了。");
    SPLIT("『对！』他说。", "『对！』|他说。");
    SPLIT("【快讯！】北京今天下雪。", "【快讯！】|北京今天下雪。");
    SPLIT("（注：见附件。）正文从这里开始。", "（注：见附件。）|正文从这里开始。");
    SPLIT("我读了《红楼梦。》下一句", "我读了《红楼梦。》|下一句");
    SPLIT("“我……”他说不下去了。", "“我……”|他说不下去了。");
    SPLIT("“真的？”“真的！”", "“真的？”|“真的！”");
    SPLIT("他问：“你去吗？”。我说去。", "他问：“你去吗？”。|我说去。");
    /* ASCII quotes: closing when the sentence opened one, else opening */
    SPLIT("他说:\"你好。\"然后走了。", "他说:\"你好。\"|然后走了。");
    SPLIT("第一句。\"第二句\"说完了。", "第一句。|\"第二句\"说完了。");
    /* a mark between brackets ends nothing */
    WHOLE("这是真的（？）我不信。");
    WHOLE("他赢了（！）比赛。");
}

static void test_chinese_half_width(void) {
    /* text cleaned with --punct=half, or not cleaned */
    SPLIT("你好!我是小王.今天天气好?是的;对", "你好!|我是小王.|今天天气好?|是的;|对");
    SPLIT("他说“好.”然后走了", "他说“好.”|然后走了");
    WHOLE("1.中国经济");
    WHOLE("版本v1.2.3发布了");
    WHOLE("详见http://www.example.cn/a.html?id=3&b=4");
    SPLIT("联系a.b@x.cn。谢谢", "联系a.b@x.cn。|谢谢");
    WHOLE("搜索http://x.cn/搜索?q=1看看");
}

static void test_chinese_numbers(void) {
    SPLIT("1．加强管理。2．提高效率。", "1．加强管理。|2．提高效率。");
    WHOLE("速度为3．5米每秒");
    WHOLE("速度为３．５米每秒");
    SPLIT("结论如下．下一段", "结论如下．|下一段");
}

static void test_line_breaks(void) {
    SPLIT("第一句。\n第二句", "第一句。\n|第二句");
    SPLIT("标题\n正文。", "标题\n|正文。");
    SPLIT("标题\n\n正文", "标题\n\n|正文");
    SPLIT("结束。  \n  下一句", "结束。  \n|  下一句");
    SPLIT("结束。 下一句", "结束。| 下一句");
    SPLIT("第一行\r\n第二行", "第一行\r\n|第二行");
    SPLIT("a\rb", "a\r|b");
    SPLIT("a\u2028b", "a\u2028|b"); /* U+2028, a line separator */
    WHOLE("  \n 开头的空白属于第一句。");
    WHOLE("\n\n");
    WHOLE("   ");
    SPLIT("好。\n\n\n下", "好。\n\n\n|下");
}

static void test_english_basic(void) {
    SPLIT("Hello world. This is a test.", "Hello world.| This is a test.");
    SPLIT("Is it 5? Yes! Good.", "Is it 5?| Yes!| Good.");
    SPLIT("Really?! Yes.", "Really?!| Yes.");
    SPLIT("He said no. Then he left.", "He said no.| Then he left.");
    SPLIT("He scored 100. The team won.", "He scored 100.| The team won.");
    SPLIT("It's done. Don't go.", "It's done.| Don't go.");
    SPLIT("He left (finally). Then rain.", "He left (finally).| Then rain.");
    SPLIT("H2O. Water is wet.", "H2O.| Water is wet.");
    WHOLE("First; second; third.");
    WHOLE("It costs $3.50 now.");
    WHOLE(".5 percent of them");
}

static void test_english_abbreviations(void) {
    SPLIT("Mr. Smith went to Washington. He arrived.",
          "Mr. Smith went to Washington.| He arrived.");
    SPLIT("Dr. Li said 3.5 percent. Next", "Dr. Li said 3.5 percent.| Next");
    WHOLE("Mrs. Brown and Prof. Green met Gen. Lee and Capt. Hook.");
    WHOLE("Mr.王来了。");
    SPLIT("It happened in the U.S. The economy grew.",
          "It happened in the U.S.| The economy grew.");
    WHOLE("The U.S. Army and the U.K. Navy left.");
    WHOLE("Fruit, e.g. apples, i.e. food.");
    WHOLE("Fruit, e.g. Apples and Pears.");
    WHOLE("J. K. Rowling wrote it.");
    WHOLE("George W. Bush spoke.");
    WHOLE("See No. 5 and Fig. 3 on p. 12 and pp. 20-24.");
    SPLIT("Born Jan. 5, 1990. She grew up.", "Born Jan. 5, 1990.| She grew up.");
    SPLIT("It was late Dec. The snow fell.", "It was late Dec.| The snow fell.");
    WHOLE("Apples, pears, etc. are fruit.");
    SPLIT("Apples, pears, etc. The end.", "Apples, pears, etc.| The end.");
    WHOLE("Apple Inc. announced it.");
    SPLIT("He works at Apple Inc. He likes it.", "He works at Apple Inc.| He likes it.");
    WHOLE("St. Louis is big.");
    WHOLE("Smith et al. found it.");
    SPLIT("Smith et al. In 2020 they", "Smith et al.| In 2020 they");
    WHOLE("The Ph.D. student left.");
    SPLIT("She has a Ph.D. She is smart.", "She has a Ph.D.| She is smart.");
    SPLIT("At 5 p.m. Then we ate.", "At 5 p.m.| Then we ate.");
    WHOLE("At 5 p.m. tomorrow we eat.");
    WHOLE("Us vs. them.");
    SPLIT("It is Apple Inc. 它是公司。", "It is Apple Inc.| 它是公司。");
}

static void test_english_web(void) {
    SPLIT("Visit www.example.com. Then call.", "Visit www.example.com.| Then call.");
    WHOLE("Mail a.b@x.cn today.");
    WHOLE("Yahoo!News and http://x.com/?q=1 ok.");
    WHOLE("Version 2.0.1 is out.");
}

static void test_english_ellipsis(void) {
    WHOLE("Wait... what?");
    SPLIT("I paused... Then I left.", "I paused...| Then I left.");
    WHOLE("Well\xe2\x80\xa6 maybe.");
    SPLIT("Well\xe2\x80\xa6 Maybe.", "Well\xe2\x80\xa6| Maybe.");
    SPLIT("I know...我知道", "I know...|我知道");
    SPLIT("他说...然后走了", "他说...|然后走了");
    WHOLE("\"I don't know...\" she said.");
    WHOLE("Count 1...5 now");
}

static void test_english_quotes(void) {
    SPLIT("He said, \"Stop.\" Then he left.", "He said, \"Stop.\"| Then he left.");
    SPLIT("She said 'no.' Then left.", "She said 'no.'| Then left.");
    SPLIT("He said \xe2\x80\x9cGo.\xe2\x80\x9d Then left.",
          "He said \xe2\x80\x9cGo.\xe2\x80\x9d| Then left.");
    WHOLE("\"Stop!\" he said.");
    WHOLE("\xe2\x80\x9cReally?\xe2\x80\x9d she asked.");
    SPLIT("\"Stop!\" He ran.", "\"Stop!\"| He ran.");
    WHOLE("He won (!) the prize.");
    WHOLE("(see Fig. 3) and more.");
}

static void test_lists(void) {
    SPLIT("1. First item. 2. Second item.", "1. First item.| 2. Second item.");
    SPLIT("IV. Results are in.", "IV. Results are in.");
    SPLIT("3. 加强管理。", "3. 加强管理。");
}

static void test_mixed(void) {
    SPLIT("He said OK.然后走了。", "He said OK.|然后走了。");
    SPLIT("会议在U.S.举行。下一句", "会议在U.S.举行。|下一句");
    SPLIT("Hello!你好！", "Hello!|你好！");
}

/* Whatever the text and wherever the sentence starts, even inside a
 * character, the end lies after the start and within the text. */
static void test_progress(void) {
    static const char *const texts[] = {
        "他说：“你好。”然后走了。Dr. Li said 3.5 percent… Next!? ok\r\n\n",
        "\xe3\x80\x82\xe3\x80", /* 。 and a cut character */
        "...\"'))」」。。!!??;;\n\r\xe2\x80\xa8",
        "a.b.c. d. E. F. 1. 2.",
        "\xef\xbc\x8e\xef\xbc\x8e\xef\xbc",
        "\xff\xfe\x80\x80.\xe2\x80\xa6",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t len = strlen(texts[i]);
        for (size_t cut = 0; cut <= len; cut++)
            for (size_t start = 0; start < cut; start++) {
                size_t end = qx_sentence_end(texts[i], cut, start);
                if (end <= start || end > cut) {
                    CHECK(end > start && end <= cut);
                    fprintf(stderr, "  text %zu cut %zu start %zu: end %zu\n", i, cut, start, end);
                }
            }
    }
    CHECK_INT(qx_sentence_end("abc", 3, 3), 3);
    CHECK_INT(qx_sentence_end("abc", 3, 7), 3);
    CHECK_INT(qx_sentence_end(NULL, 0, 0), 0);
}

/* The sentence of each claim is the sentence qx_sentence_end gives. */
static void test_claims_agree(void) {
    const char *text = "这里有3个人。Dr. Smith counted 5 cows. 他说：“有7吨！”"
                       "In the U.S. 10 people came.\n最后有8名学员";
    size_t len = strlen(text);
    qx_claims *claims = qx_claims_new();
    CHECK(claims != NULL);
    if (!claims)
        return;
    CHECK(qx_claims_extract(claims, text, len, 0) == QX_OK);
    CHECK_INT(qx_claims_count(claims), 5);
    for (size_t i = 0; i < qx_claims_count(claims); i++) {
        const qx_claim *c = qx_claims_at(claims, i);
        size_t sentence = 0, start = 0, end = qx_sentence_end(text, len, 0);
        while (end <= c->byte_start) {
            sentence++;
            start = end;
            end = qx_sentence_end(text, len, start);
        }
        CHECK_INT(c->sentence, sentence);
        CHECK_INT(c->sent_start, start);
        CHECK_INT(c->sent_end, end);
    }
    static const size_t want[] = {0, 1, 2, 3, 4};
    for (size_t i = 0; i < qx_claims_count(claims) && i < 5; i++)
        CHECK_INT(qx_claims_at(claims, i)->sentence, want[i]);
    qx_claims_free(claims);
}

/* Hostile texts of 2 MB split in linear time: a quadratic scan (counting
 * quotes from the sentence's start at every mark, or reading a run of
 * closers again from each mark in it) would take minutes and hit the
 * test's time limit. */
static void test_linear(void) {
    static const char *const units[] = {"a.\"b", "!)", ". S", "x.)", "\"。'", "(?)"};
    size_t total = 2u << 20;
    char *text = malloc(total + 2);
    CHECK(text != NULL);
    if (!text)
        return;
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t n = strlen(units[u]), len = total / n * n;
        for (size_t i = 0; i < len; i += n)
            memcpy(text + i, units[u], n);
        text[len++] = 'a';
        size_t sentences = 0, pos = 0;
        while (pos < len) {
            size_t end = qx_sentence_end(text, len, pos);
            if (end <= pos || end > len) {
                CHECK(end > pos && end <= len);
                break;
            }
            pos = end;
            sentences++;
        }
        CHECK(sentences >= 1);
    }
    free(text);
}

int main(void) {
    test_chinese_marks();
    test_chinese_closers();
    test_chinese_half_width();
    test_chinese_numbers();
    test_line_breaks();
    test_english_basic();
    test_english_abbreviations();
    test_english_web();
    test_english_ellipsis();
    test_english_quotes();
    test_lists();
    test_mixed();
    test_progress();
    test_claims_agree();
    test_linear();
    return check_report();
}
