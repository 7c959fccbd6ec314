/* Lookups in the generated tables (lib/tables/, made by tools/gen-*.py). */
#include "internal.h"

#include "tables/charmodel.inc"
#include "tables/codepages.inc"

const char *qx_data_version(void) {
    return QX_CHARMODEL_DATA_VERSION "; " QX_CODEPAGES_DATA_VERSION;
}

unsigned qx__char_cost(uint32_t cp) {
    if (cp < 0x10000)
        return charmodel_stage2[charmodel_stage1[cp >> 8] * 256u + (cp & 0xFF)] & 63u;
    if ((cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x1F000 && cp <= 0x1F2FF))
        return 32; /* emoji: rare but real in scraped text */
    if (cp >= 0x20000 && cp <= 0x3134F)
        return 56; /* Han extensions B to G */
    return 63;
}

int qx__char_script(uint32_t cp) {
    if (cp >= 0x10000)
        return QX__SCRIPT_NEUTRAL;
    return charmodel_stage2[charmodel_stage1[cp >> 8] * 256u + (cp & 0xFF)] >> 6;
}

uint32_t qx__gbk_pair(unsigned lead, unsigned trail) {
    if (lead < QX_GBK_LEAD_FIRST || lead > 0xFE || trail < QX_TRAIL_FIRST || trail > 0xFE)
        return 0;
    return gbk_to_ucs[(lead - QX_GBK_LEAD_FIRST) * QX_TRAIL_COUNT + (trail - QX_TRAIL_FIRST)];
}

uint32_t qx__big5_pair(unsigned lead, unsigned trail) {
    if (lead < QX_BIG5_LEAD_FIRST || lead > QX_BIG5_LEAD_LAST || trail < QX_TRAIL_FIRST ||
        trail > 0xFE)
        return 0;
    return big5_to_ucs[(lead - QX_BIG5_LEAD_FIRST) * QX_TRAIL_COUNT + (trail - QX_TRAIL_FIRST)];
}

/* Four-byte GB18030: the BMP through the range table, the other planes
 * linearly from 0x90308130 (GB 18030-2005, section 6.3). */
uint32_t qx__gb4(const unsigned char *b) {
    if (b[0] < 0x81 || b[0] > 0xFE || b[1] < 0x30 || b[1] > 0x39 || b[2] < 0x81 || b[2] > 0xFE ||
        b[3] < 0x30 || b[3] > 0x39)
        return 0;
    uint32_t lin = (((b[0] - 0x81u) * 10 + (b[1] - 0x30u)) * 126 + (b[2] - 0x81u)) * 10 +
                   (b[3] - 0x30u);
    const uint32_t supplementary_base = 189000; /* linear index of 0x90308130 */
    if (lin >= supplementary_base)
        return lin - supplementary_base < 0x100000 ? 0x10000 + (lin - supplementary_base) : 0;
    size_t lo = 0, hi = QX_GB4_RANGE_COUNT;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (gb4_ranges[mid * 3] <= lin)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return 0;
    const unsigned int *r = &gb4_ranges[(lo - 1) * 3];
    return lin - r[0] < r[2] ? r[1] + (lin - r[0]) : 0;
}
