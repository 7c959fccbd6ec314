/* detect.c: BOMs, strict UTF-8, statistics, meta charsets. */
#include "check.h"
#include "internal.h"

#include <iconv.h>
#include <stdlib.h>

static const char *sample_simplified = "农民通过直播把家乡的茶叶卖到了全国各地，收入明显增加。";
static const char *sample_traditional = "漁村發展民宿以後，遊客越來越多，村民的收入也提高了。";

/* TEXT in encoding TO, into OUT (caller frees). */
static size_t convert(const char *text, const char *to, char **out) {
    iconv_t cd = iconv_open(to, "UTF-8");
    size_t in_left = strlen(text), cap = in_left * 4 + 8, out_left = cap;
    *out = malloc(cap);
    char *in = (char *)text, *o = *out;
    iconv(cd, &in, &in_left, &o, &out_left);
    iconv_close(cd);
    return cap - out_left;
}

static qx_encoding detect(const void *bytes, size_t len, qx_detection *d) {
    CHECK_INT(qx_detect(bytes, len, 0, d), QX_OK);
    return d->encoding;
}

static void test_boms(void) {
    qx_detection d;
    CHECK_INT(detect("\xEF\xBB\xBFx", 4, &d), QX_ENC_UTF8);
    CHECK(d.bom_len == 3 && d.source == QX_DETECT_BOM && d.confidence == 100);
    CHECK_INT(detect("\xFF\xFEx\0", 4, &d), QX_ENC_UTF16LE);
    CHECK_INT(detect("\xFE\xFF\0x", 4, &d), QX_ENC_UTF16BE);
    CHECK_INT(detect("\x84\x31\x95\x33", 4, &d), QX_ENC_GB18030);
    CHECK_INT(d.bom_len, 4);
}

static void test_plain(void) {
    qx_detection d;
    CHECK_INT(detect("", 0, &d), QX_ENC_ASCII);
    CHECK_INT(d.confidence, 0);
    CHECK_INT(detect("plain ascii", 11, &d), QX_ENC_ASCII);
    CHECK_INT(detect(sample_simplified, strlen(sample_simplified), &d), QX_ENC_UTF8);
    CHECK(d.confidence >= 90);
}

static void test_statistics(void) {
    static const struct {
        const char *iconv_name;
        qx_encoding want;
        const char **text;
    } cases[] = {
        {"GB18030", QX_ENC_GB18030, &sample_simplified},
        {"GB18030", QX_ENC_GB18030, &sample_traditional},
        {"BIG5", QX_ENC_BIG5, &sample_traditional},
        {"UTF-16LE", QX_ENC_UTF16LE, &sample_simplified},
        {"UTF-16BE", QX_ENC_UTF16BE, &sample_traditional},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *bytes;
        size_t len = convert(*cases[i].text, cases[i].iconv_name, &bytes);
        qx_detection d;
        for (size_t cut = 8; cut <= len; cut += 6) { /* short cuts, odd ends included */
            if (detect(bytes, cut, &d) != cases[i].want)
                fprintf(stderr, "  %s cut %zu read as %s\n", cases[i].iconv_name, cut,
                        qx_encoding_name(d.encoding));
        }
        CHECK_INT(detect(bytes, len, &d), cases[i].want);
        CHECK_INT(d.source, QX_DETECT_STATISTICS);
        free(bytes);
    }
}

static void test_meta(void) {
    char *gbk;
    size_t n = convert("<html><head><meta charset=\"gb2312\"></head><body>中文网页，讲农民卖茶。"
                       "</body></html>", "GB18030", &gbk);
    qx_detection d;
    CHECK_INT(detect(gbk, n, &d), QX_ENC_GB18030);
    CHECK_INT(d.source, QX_DETECT_META);
    CHECK_INT(d.declared, QX_ENC_GB18030);
    free(gbk);
    /* a page that says gb2312 but is UTF-8: the bytes win */
    const char *liar = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">"
                       "<p>农民通过直播把家乡的茶叶卖到了全国各地。</p>";
    CHECK_INT(detect(liar, strlen(liar), &d), QX_ENC_UTF8);
    CHECK_INT(d.source, QX_DETECT_STATISTICS);
    CHECK_INT(d.declared, QX_ENC_GB18030);
    const char *xml = "<?xml version=\"1.0\" encoding=\"big5\"?><a>x</a>";
    CHECK_INT(detect(xml, strlen(xml), &d), QX_ENC_ASCII);
    CHECK_INT(d.declared, QX_ENC_BIG5);
}

static void test_long_ascii_head(void) {
    /* 100 KB of script before any Chinese: the sample must reach the text */
    size_t head = 100000;
    char *gbk;
    size_t n = convert(sample_simplified, "GB18030", &gbk);
    char *doc = malloc(head + n);
    memset(doc, 'x', head);
    memcpy(doc + head, gbk, n);
    qx_detection d;
    CHECK_INT(detect(doc, head + n, &d), QX_ENC_GB18030);
    free(doc);
    free(gbk);
}

static void test_line_flag(void) {
    /* a line cut from a UTF-8 stream, with stray bytes: never UTF-16 */
    const char line[] = "abc\xFF\xFE\xE4\xB8\xAD\xE6\x96\x87";
    qx_detection d;
    CHECK_INT(qx_detect(line, sizeof line - 1, QX_OPT_LINE, &d), QX_OK);
    CHECK(d.encoding != QX_ENC_UTF16LE && d.encoding != QX_ENC_UTF16BE);
}

int main(void) {
    test_line_flag();
    test_boms();
    test_plain();
    test_statistics();
    test_meta();
    test_long_ascii_head();
    CHECK_INT(qx_detect(NULL, 1, 0, NULL), QX_EINVAL);
    return check_report();
}
