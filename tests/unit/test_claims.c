/* claims.c, claims_number.c, decimal.c, sentence.c: each phenomenon of the
 * claims guide on short sentences written for this test, with the exact
 * value, unit, kind and hedge expected. */
#include "check.h"
#include "claims_number.h"

#include <stdlib.h>

static qx_claims *claims;
static char got[4096];

/* The claims of TEXT as "text=value[..max] unit kind approx; ...". */
static const char *extract(const char *text, unsigned flags) {
    got[0] = '\0';
    if (qx_claims_extract(claims, text, strlen(text), flags) != QX_OK)
        return "(error)";
    size_t pos = 0;
    for (size_t i = 0; i < qx_claims_count(claims); i++) {
        const qx_claim *c = qx_claims_at(claims, i);
        pos += (size_t)snprintf(got + pos, sizeof got - pos, "%s%.*s=%s%s%s %s %s %s",
                                i ? "; " : "", (int)(c->byte_end - c->byte_start),
                                text + c->byte_start, c->value, c->value_max[0] ? ".." : "",
                                c->value_max, c->unit[0] ? c->unit : "-",
                                qx_claim_kind_name(c->kind), qx_approx_name(c->approx));
        if (pos >= sizeof got)
            break;
    }
    return got;
}

#define CLAIMS(text, want) CHECK_STR(extract(text, 0), want)

static void test_decimal(void) {
    char buf[QX_VALUE_MAX];
    qx__dec d = qx__dec_shift(qx__dec_int(2438), -2);
    d = qx__dec_mul(d, qx__dec_shift(qx__dec_int(1), 8));
    qx__dec_format(d, buf, sizeof buf);
    CHECK_STR(buf, "2438000000");
    qx__dec_format(qx__dec_div(qx__dec_int(1), qx__dec_int(4)), buf, sizeof buf);
    CHECK_STR(buf, "0.25");
    qx__dec_format(qx__dec_div(qx__dec_int(1), qx__dec_int(3)), buf, sizeof buf);
    CHECK_STR(buf, "1/3");
    qx__dec_format(qx__dec_add(qx__dec_int(350), qx__dec_div(qx__dec_int(1), qx__dec_int(3))), buf,
                   sizeof buf);
    CHECK_STR(buf, "1051/3");
    qx__dec_format(qx__dec_negate(qx__dec_shift(qx__dec_int(66), -1)), buf, sizeof buf);
    CHECK_STR(buf, "-6.6");
    /* overflow is reported, never wrapped */
    qx__dec big = qx__dec_mul(qx__dec_int(UINT64_MAX), qx__dec_int(3));
    CHECK(!big.ok);
    CHECK_INT(qx__dec_format(big, buf, sizeof buf), 0);
    CHECK(qx__dec_cmp(qx__dec_int(30000), qx__dec_shift(qx__dec_int(3), 4)) == 0);
    CHECK(qx__dec_cmp(qx__dec_int(2), qx__dec_int(3)) < 0);
}

static void test_numbers(void) {
    CLAIMS("培训超过4000名学员", "超过4000名=4000 名 count over");
    CLAIMS("累计投入财政援助资金24.38亿元", "24.38亿元=2438000000 CNY money exact");
    CLAIMS("１２３名志愿者", "１２３名=123 名 count exact");
    CLAIMS("全年接待游客1,234,567人次", "1,234,567人次=1234567 人次 count exact");
    CLAIMS("三千五百万元", "三千五百万元=35000000 CNY money exact");
    CLAIMS("贰仟零伍拾元", "贰仟零伍拾元=2050 CNY money exact");
    CLAIMS("參萬元獎金", "參萬元=30000 CNY money exact");
    CLAIMS("廿五个村", "廿五个=25 个 count exact");
    CLAIMS("卅个乡镇", "卅个=30 个 count exact");
    CLAIMS("13万2千人", "13万2千人=132000 人 count exact");
    CLAIMS("已有13万2名", "13万2名=132000 名 count exact");
    CLAIMS("一百零五户", "一百零五户=105 户 count exact");
    CLAIMS("三万五千斤", "三万五千斤=35000 jin measure exact");
    CLAIMS("1.8万亩", "1.8万亩=18000 mu measure exact");
    CLAIMS("拼多多平台成交额突破万亿", "突破万亿=1000000000000 CNY money over");
    CLAIMS("年度活跃用户数6.28亿。", "6.28亿=628000000 - count exact");
    CLAIMS("带动80.1万贫困人口", "80.1万=801000 - count exact");
}

static void test_english(void) {
    CLAIMS("The county sold 1.8 million yuan of tea.", "1.8 million yuan=1800000 CNY money exact");
    CLAIMS("more than 30,000 cadres", "more than 30,000=30000 - count over");
    CLAIMS("two thousand farmers", "two thousand=2000 - count exact");
    CLAIMS("It raised 1.5 billion dollars.", "1.5 billion dollars=1500000000 USD money exact");
    CLAIMS("nearly 45% of households", "nearly 45%=45 % percent nearly");
    CLAIMS("about 30 percent", "about 30 percent=30 % percent about");
    CLAIMS("thousands of visitors", "thousands of=1000 - count order");
    CLAIMS("half a year ago", "half a year=0.5 year duration exact");
    CLAIMS("On June 15, 2021, it was the 5th session.",
           "June 15, 2021=15 - date exact; 5th=5 - ordinal exact");
    CLAIMS("one by one", "");
}

static void test_percent_fraction(void) {
    CLAIMS("约七成学员", "约七成=70 % percent about");
    CLAIMS("占百分之三十", "百分之三十=30 % percent exact");
    CLAIMS("增长2.5个百分点", "2.5个百分点=2.5 pp percent exact");
    CLAIMS("三分之一的农户", "三分之一=1/3 - count exact");
    CLAIMS("四分之一", "四分之一=0.25 - count exact");
    CLAIMS("约1/4的土地", "约1/4=0.25 - count about");
    CLAIMS("千分之二", "千分之二=0.2 % percent exact");
    CLAIMS("打八折", "八折=80 % percent exact");
    CLAIMS("三成为了", "");
}

static void test_ranges(void) {
    CLAIMS("要赶2、3个小时的路", "2、3个小时=2..3 h duration exact");
    CLAIMS("2-3个", "2-3个=2..3 个 count exact");
    CLAIMS("2至3年", "2至3年=2..3 year duration exact");
    CLAIMS("2~3吨", "2~3吨=2..3 t measure exact");
    CLAIMS("两三个人", "两三个=2..3 个 count exact");
    CLAIMS("投资3万至10万元", "3万至10万元=30000..100000 CNY money exact");
    CLAIMS("3至5万元", "3至5万元=30000..50000 CNY money exact");
    CLAIMS("十几万人", "十几万人=100000..190000 人 count about");
    CLAIMS("1、5号", "5号=5 - date exact");
}

static void test_hedges(void) {
    CLAIMS("20多名", "20多名=20 名 count over");
    CLAIMS("3万多个服务站", "3万多个=30000 个 count over");
    CLAIMS("60余万单", "60余万单=600000 单 count over");
    CLAIMS("近百名讲师", "近百名=100 名 count nearly");
    CLAIMS("上千名员工", "上千名=1000 名 count order");
    CLAIMS("数万名小二", "数万名=10000 名 count order");
    CLAIMS("几十万人", "几十万人=100000 人 count order");
    CLAIMS("1000名左右", "1000名左右=1000 名 count about");
    CLAIMS("100人以上", "100人以上=100 人 count at_least");
    CLAIMS("不到50户", "不到50户=50 户 count under");
    CLAIMS("至少3年", "至少3年=3 year duration at_least");
    CLAIMS("最多5天", "最多5天=5 day duration at_most");
    CLAIMS("逾2000人", "逾2000人=2000 人 count over");
    CLAIMS("3年多", "3年多=3 year duration over");
    CLAIMS("两个多月", "两个多月=2 month duration over");
    CLAIMS("去年销售额达到1280万，今年连300万都没有", "1280万=12800000 CNY money exact; 300万=3000000 CNY money under");
}

static void test_dates_ordinals(void) {
    CLAIMS("2019年", "2019年=2019 - date exact");
    CLAIMS("7月6日消息", "7月6日=7 - date exact");
    CLAIMS("2020年7月6日 12:43", "2020年7月6日 12:43=2020 - date exact");
    CLAIMS("2018-10-17 16:42 人民网", "2018-10-17 16:42=2018 - date exact");
    CLAIMS("1至3月", "1至3月=1..3 - date exact");
    CLAIMS("3月份是春播月", "3月份=3 - date exact");
    CLAIMS("上线一月", "一月=1 month duration exact");
    CLAIMS("在两月内售空", "两月=2 month duration exact");
    CLAIMS("第5个", "第5个=5 - ordinal exact");
    CLAIMS("第一批", "第一批=1 - ordinal exact");
    CLAIMS("第3年零9天", "第3年零9天=3 - ordinal exact");
    CLAIMS("驻村第一书记", "");
}

static void test_not_claims(void) {
    CLAIMS("详见 http://www.example.cn/2021/09/23/123.png 一文", "");
    CLAIMS("照片IMG_2034.jpg", "");
    CLAIMS("电话0851-86822345", "");
    CLAIMS("手机13812345678", "");
    CLAIMS("批准号 71661147001", "");
    CLAIMS("项目19BJY138", "");
    CLAIMS("双11期间", "");
    CLAIMS("一步一步来", "");
    CLAIMS("三区三州", "");
    CLAIMS("十分重要", "");
    CLAIMS("一名讲师", "");
    CLAIMS("一场培训", "");
    CLAIMS("一个个", "");
    CLAIMS("评论(0)", "");
    CLAIMS("消费扶贫百县直播行动", "");
    CLAIMS("今年上半年", "");
    CLAIMS("一起努力", "");
}

static void test_units(void) {
    CLAIMS("卖掉超过3000斤", "超过3000斤=3000 jin measure over");
    CLAIMS("7万亩豌豆", "7万亩=70000 mu measure exact");
    CLAIMS("10万吨农货", "10万吨=100000 t measure exact");
    CLAIMS("5公顷", "5公顷=5 ha measure exact");
    CLAIMS("120平方米", "120平方米=120 m2 measure exact");
    CLAIMS("30公里", "30公里=30 km measure exact");
    CLAIMS("5000港元", "5000港元=5000 HKD money exact");
    CLAIMS("300欧元", "300欧元=300 EUR money exact");
    CLAIMS("一千美金", "一千美金=1000 USD money exact");
    CLAIMS("16岁时", "16岁=16 岁 count exact");
    CLAIMS("增长53倍", "53倍=53 倍 count exact");
    CLAIMS("半年时间", "半年=0.5 year duration exact");
    CLAIMS("45分钟", "45分钟=45 min duration exact");
    CLAIMS("三大战略", "三=3 - count exact");
    CLAIMS("气温-5摄氏度", "-5摄氏度=-5 °C measure exact");
}

static void test_numbers_mode(void) {
    CHECK_STR(extract("一百四十四", QX_CLAIMS_NUMBERS), "一百四十四=144 - number exact");
    CHECK_STR(extract("这个岛屿远离大陆", QX_CLAIMS_NUMBERS), "");
    CHECK_STR(extract("一百四十四", 0), "");
}

static void test_offsets_subject(void) {
    const char *text = "前面一句。超过4000名学员参加。";
    CHECK(qx_claims_extract(claims, text, strlen(text), 0) == QX_OK);
    CHECK_INT(qx_claims_count(claims), 1);
    const qx_claim *c = qx_claims_at(claims, 0);
    CHECK_INT(c->start, 5);
    CHECK_INT(c->end, 12);
    CHECK_INT(c->num_start, 7);
    CHECK_INT(c->num_end, 11);
    CHECK_INT(c->sentence, 1);
    CHECK_INT(c->subject_end - c->subject_start, strlen("学员"));
}

static void test_si(void) {
    const char *cases[][3] = {{"3000斤", "1500", "kg"},   {"2吨", "2000", "kg"},
                              {"3亩", "2000", "m2"},      {"1亩", "2000/3", "m2"},
                              {"5公顷", "50000", "m2"},   {"2小时", "7200", "s"},
                              {"3名", "3", "名"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        CHECK(qx_claims_extract(claims, cases[i][0], strlen(cases[i][0]), 0) == QX_OK);
        CHECK_INT(qx_claims_count(claims), 1);
        char v[QX_VALUE_MAX], vmax[QX_VALUE_MAX];
        const char *unit;
        qx_claim_si(qx_claims_at(claims, 0), v, vmax, &unit);
        CHECK_STR(v, cases[i][1]);
        CHECK_STR(unit, cases[i][2]);
    }
}

static void test_sentences(void) {
    const char *t = "第一句。第二句！“第三句？”Dr. Li said 3.5 percent. Next";
    size_t a = qx_sentence_end(t, strlen(t), 0);
    CHECK_INT(a, strlen("第一句。"));
    size_t b = qx_sentence_end(t, strlen(t), a);
    CHECK_INT(b, strlen("第一句。第二句！"));
    size_t c = qx_sentence_end(t, strlen(t), b);
    CHECK_INT(c, strlen("第一句。第二句！“第三句？”"));
    size_t d = qx_sentence_end(t, strlen(t), c);
    CHECK_INT(d, strlen("第一句。第二句！“第三句？”Dr. Li said 3.5 percent."));
    CHECK_INT(qx_sentence_end(t, strlen(t), d), strlen(t));
}

/* Every unit word's first character is in the table unit_at checks first. */
static void test_unit_leads(void) {
    CHECK(qx__claims_tables_sorted());
    size_t count;
    const qx__unit_word *words = qx__unit_words(&count);
    for (size_t i = 0; i < count; i++) {
        if (words[i].flags & QX__UNIT_ENGLISH || (unsigned char)words[i].surface[0] < 0x80)
            continue;
        uint32_t cp;
        bool valid;
        qx__utf8_next((const unsigned char *)words[i].surface, strlen(words[i].surface), &cp, &valid);
        if (!qx__unit_lead(cp))
            fprintf(stderr, "unit lead missing: %s\n", words[i].surface);
        CHECK(qx__unit_lead(cp));
    }
}

/* numeral_start agrees with the digit and unit tables it abbreviates. */
static void test_numeral_start(void) {
    size_t missed = 0;
    for (uint32_t cp = 0x3000; cp < 0xA000; cp++) {
        qx__num num;
        char buf[8];
        size_t n = qx__utf8_encode(cp, buf);
        bool reads = qx__read_number(buf, n, 0, &num) > 0 || qx__chinese_digit(cp) >= 0;
        if (reads && !qx__numeral_start(cp)) {
            fprintf(stderr, "numeral_start misses U+%04X\n", cp);
            missed++;
        }
    }
    CHECK_INT(missed, 0);
}

static void test_robust(void) {
    /* invalid UTF-8, NUL bytes, huge numbers: no crash, nothing invented */
    const char bad[] = "\xff\xfe" "3\x00" "00名\xe4\xb8";
    CHECK(qx_claims_extract(claims, bad, sizeof bad - 1, 0) == QX_OK);
    CLAIMS("99999999999999999999999999亿元", "");
    CHECK(qx_claims_extract(claims, NULL, 0, 0) == QX_OK);
    CHECK_INT(qx_claims_count(claims), 0);
    CHECK(qx_claims_extract(NULL, "x", 1, 0) == QX_EINVAL);
}

int main(void) {
    claims = qx_claims_new();
    CHECK(claims != NULL);
    test_decimal();
    test_numbers();
    test_english();
    test_percent_fraction();
    test_ranges();
    test_hedges();
    test_dates_ordinals();
    test_not_claims();
    test_units();
    test_numbers_mode();
    test_offsets_subject();
    test_si();
    test_sentences();
    test_unit_leads();
    test_numeral_start();
    test_robust();
    qx_claims_free(claims);
    return check_report();
}
