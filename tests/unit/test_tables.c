/* tables.c: the generated character model and code pages. */
#include "check.h"
#include "internal.h"

static void test_codepages(void) {
    CHECK_INT(qx__gbk_pair(0xD6, 0xD0), 0x4E2D);  /* 中 */
    CHECK_INT(qx__gbk_pair(0xA1, 0xA3), 0x3002);  /* 。 */
    CHECK_INT(qx__gbk_pair(0x81, 0x7F), 0);       /* 0x7F is never a trail byte */
    CHECK_INT(qx__gbk_pair(0x80, 0x40), 0);
    CHECK_INT(qx__big5_pair(0xA4, 0xA4), 0x4E2D); /* 中 */
    CHECK_INT(qx__big5_pair(0xC5, 0xE9), 0x9AD4); /* 體 */
    CHECK_INT(qx__big5_pair(0x81, 0x40), 0);
    const unsigned char copyright[] = {0x81, 0x30, 0x84, 0x38}; /* © in GB18030 */
    CHECK_INT(qx__gb4(copyright), 0x00A9);
    const unsigned char emoji[] = {0x94, 0x39, 0xFC, 0x36}; /* U+1F600 */
    CHECK_INT(qx__gb4(emoji), 0x1F600);
    const unsigned char bad[] = {0x81, 0x30, 0x30, 0x30};
    CHECK_INT(qx__gb4(bad), 0);
}

static void test_model(void) {
    /* common characters are cheaper than rare ones, controls cost most */
    CHECK(qx__char_cost(0x7684) < qx__char_cost(0x9B1F)); /* 的 < 鬟 */
    CHECK(qx__char_cost(0xFF0C) < 12);                   /* ， */
    CHECK_INT(qx__char_cost(0x0001), 63);
    CHECK_INT(qx__char_script(0x4EEC), QX__SCRIPT_SIMPLIFIED);  /* 们 */
    CHECK_INT(qx__char_script(0x5011), QX__SCRIPT_TRADITIONAL); /* 們 */
    CHECK_INT(qx__char_script(0x4E2D), QX__SCRIPT_NEUTRAL);     /* 中 */
    CHECK(strstr(qx_data_version(), "jieba") && strstr(qx_data_version(), "glibc"));
}

int main(void) {
    test_codepages();
    test_model();
    return check_report();
}
