/* repair.c and pinyin.c: each kind of mojibake undone on a sentence of our
 * own, clean text left alone, lost bytes kept visible when undetermined. */
#include "check.h"
#include "internal.h"

static qx_ctx *ctx;
static qx_doc *doc;

static const char *repaired(const char *text) {
    if (qx_doc_set_text(doc, text, strlen(text)) != QX_OK || qx_repair(ctx, doc) != QX_OK)
        return "(error)";
    return qx_doc_count(doc) ? qx_doc_para(doc, 0).text : "(none)";
}

int main(void) {
    ctx = qx_ctx_new();
    doc = qx_doc_new();
    CHECK_STR(repaired("鍐烽摼浠撳簱鏀惰喘浜嗚嫻鏋\xEF\xBF\xBD" "。"), "冷链仓库收购了苹果。"); /* utf8-as-gbk */
    CHECK_STR(repaired("å†·é“¾ä»“åº“æ”¶è´\xC2\xAD" "äº†è‹¹æžœ"), "冷链仓库收购了苹果"); /* utf8-as-cp1252 */
    CHECK_STR(repaired("å\xC2\x86" "·é\xC2\x93" "¾ä»\xC2\x93" "åº\xC2\x93" "æ\xC2\x94" "¶è´\xC2\xAD" "äº\xC2\x86" "è\xC2\x8B" "¹æ\xC2\x9E\xC2\x9C"), "冷链仓库收购了苹果"); /* utf8-as-latin1 */
    CHECK_STR(repaired("ÀäÁ´²Ö¿âÊÕ¹ºÁËÆ»¹û"), "冷链仓库收购了苹果"); /* gbk-as-latin1 */
    CHECK_STR(repaired("Ã¥â€\xC2\xA0" "Â·Ã©â€œÂ¾Ã¤Â»â€œÃ¥Âºâ€œÃ¦â€\xEF\xBF\xBD" "Â¶Ã¨Â´Â\xC2\xAD" "Ã¤Âºâ€\xC2\xA0" "Ã¨â€¹Â¹Ã¦Å¾Å“"), "冷链仓库收购了苹果"); /* double-utf8 */
    CHECK_INT(qx_doc_diag(doc)->repairs[QX_REPAIR_UTF8_AS_LATIN], 2); /* two rounds */
    /* pinyin: removed where the reading is the character's, kept otherwise */
    CHECK_STR(repaired("縣長(zhǎng)說(shuō)，供圖(0)與(編輯/王)"), "縣長說，供圖(0)與(編輯/王)");
    CHECK_INT(qx_doc_diag(doc)->repairs[QX_REPAIR_PINYIN], 2);
    CHECK_STR(repaired("我們(men)在(abc)這里"), "我們在(abc)這里");
    /* an annotation that split a character: the lost byte is rebuilt from
     * the reading (數 = 94 B5 found across 當地 = AE 94 | B5 D8) */
    CHECK_STR(repaired("當(dāng)?shù)剞r(nóng)民"), "當地農民");
    CHECK_INT(qx_doc_diag(doc)->repairs[QX_REPAIR_LOST_BYTE], 1);
    /* no annotation taken: the lost byte before ",!" is not rebuilt, and
     * not counted as rebuilt either */
    CHECK_STR(repaired("她說(abc)\xEF\xBF\xBD,!中文"), "她說(abc)\xEF\xBF\xBD,!中文");
    CHECK_INT(qx_doc_diag(doc)->repairs[QX_REPAIR_LOST_BYTE], 0);
    /* Big5 read as GBK: a character whose two bytes GBK lost is chosen by
     * the commonest word it makes (農村, not 農時; 阿 from 阿里巴巴) */
    CHECK_STR(repaired("厩\xEF\xBF\xBD" "粘]\xEF\xBF\xBD" "b笰\xEF\xBF\xBD" "\xEF\xBF\xBD" "\xEF\xBF\xBD" "C"), "學校設在農村。");
    CHECK_STR(repaired("\xEF\xBF\xBD" "\xEF\xBF\xBD" "ńぺぺ栋刮"), "阿里巴巴集團");
    /* clean text, including Latin-1 and rare characters, is left alone */
    const char *clean[] = {"café au lait © 2023 × 3 ° NBSP\xC2\xA0ok", "莼菜种植合作社的贺倩茜说。",
                           "???", "100%", "（供图：某某）", "\xEF\xBF\xBD\xEF\xBF\xBD"};
    for (size_t i = 0; i < sizeof clean / sizeof *clean; i++)
        CHECK_STR(repaired(clean[i]), clean[i]);
    CHECK_INT(qx_repair(NULL, doc), QX_EINVAL);
    CHECK_INT(qx_repair(ctx, NULL), QX_EINVAL);
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return check_report();
}
