/* Lookups in the generated tables (lib/tables/, made by tools/gen-*.py). */
#include "internal.h"

#include <string.h>

#include "tables/charmodel.inc"
#include "tables/codepages.inc"
#include "tables/readings.inc"
#include "tables/words.inc"

const char *qx_data_version(void) {
    return QX_CHARMODEL_DATA_VERSION "; " QX_CODEPAGES_DATA_VERSION "; " QX_READINGS_DATA_VERSION;
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

_Static_assert(QX_GBK_LEAD_FIRST == QX_GBK_PAIR_LEAD_FIRST && QX_TRAIL_FIRST == QX_GBK_PAIR_TRAIL_FIRST &&
                   QX_TRAIL_COUNT == QX_GBK_PAIR_TRAILS,
               "internal.h describes gbk_to_ucs as it is");

const unsigned short *qx__gbk_pair_table(void) {
    return gbk_to_ucs;
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

/* Binary searches of sorted tables: the index of KEY, or SIZE_MAX. */
#define QX_DEFINE_FIND(name, type)                                                                 \
    static size_t name(const type *sorted, size_t count, unsigned long long key) {                 \
        size_t lo = 0, hi = count;                                                                 \
        while (lo < hi) {                                                                          \
            size_t mid = (lo + hi) / 2;                                                            \
            if (sorted[mid] < key)                                                                 \
                lo = mid + 1;                                                                      \
            else                                                                                   \
                hi = mid;                                                                          \
        }                                                                                          \
        return lo < count && sorted[lo] == key ? lo : SIZE_MAX;                                    \
    }
QX_DEFINE_FIND(find_u16, unsigned short)
QX_DEFINE_FIND(find_u32, unsigned int)
QX_DEFINE_FIND(find_u64, unsigned long long)

size_t qx__find_u32(const unsigned int *sorted, size_t count, uint32_t key) {
    return find_u32(sorted, count, key);
}

/* What glibc decodes the GB18030 sequence BYTES (big-endian) to where the
 * tables above say otherwise: OTHERWISE if nowhere. */
uint32_t qx__gb_decode_exception(uint32_t bytes, uint32_t otherwise) {
    size_t at = find_u32(gb_decode_extra_bytes, QX_GB_DECODE_EXTRA_COUNT, bytes);
    return at == SIZE_MAX ? otherwise : gb_decode_extra_cp[at];
}

unsigned qx__gbk_code(uint32_t cp) {
    size_t i = cp <= 0xFFFF ? find_u16(gbk_from_ucs_cp, QX_GBK_REVERSE_COUNT, cp) : SIZE_MAX;
    return i == SIZE_MAX ? 0 : gbk_from_ucs_code[i];
}

unsigned qx__big5_code(uint32_t cp) {
    size_t i = cp <= 0xFFFF ? find_u16(big5_from_ucs_cp, QX_BIG5_REVERSE_COUNT, cp) : SIZE_MAX;
    return i == SIZE_MAX ? 0 : big5_from_ucs_code[i];
}

static void gb4_from_linear(uint32_t lin, unsigned char *out) {
    out[3] = (unsigned char)(0x30 + lin % 10);
    lin /= 10;
    out[2] = (unsigned char)(0x81 + lin % 126);
    lin /= 126;
    out[1] = (unsigned char)(0x30 + lin % 10);
    out[0] = (unsigned char)(0x81 + lin / 10);
}

size_t qx__gb18030_encode(uint32_t cp, unsigned char *out) {
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    unsigned code = qx__gbk_code(cp);
    if (code) {
        out[0] = (unsigned char)(code >> 8);
        out[1] = (unsigned char)code;
        return 2;
    }
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
        gb4_from_linear(189000 + (cp - 0x10000), out);
        return 4;
    }
    for (size_t i = 0; i < QX_GB4_RANGE_COUNT; i++) {
        const unsigned int *r = &gb4_ranges[i * 3];
        if (cp >= r[1] && cp - r[1] < r[2]) {
            gb4_from_linear(r[0] + (cp - r[1]), out);
            return 4;
        }
    }
    return 0;
}

unsigned qx__readings(uint32_t cp, unsigned short out[2]) {
    size_t i = cp <= 0xFFFF ? find_u16(reading_cps, QX_READING_COUNT, cp) : SIZE_MAX;
    if (i == SIZE_MAX)
        return 0;
    out[0] = reading_values[2 * i];
    out[1] = reading_values[2 * i + 1];
    return out[1] ? 2 : 1;
}

unsigned qx__syllable_index(const char *letters, size_t len) {
    size_t lo = 1, hi = QX_SYLLABLE_COUNT + 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strncmp(pinyin_syllables[mid], letters, len);
        if (c == 0 && pinyin_syllables[mid][len] != '\0')
            c = 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo <= QX_SYLLABLE_COUNT && strncmp(pinyin_syllables[lo], letters, len) == 0 &&
                   pinyin_syllables[lo][len] == '\0'
               ? (unsigned)lo
               : 0;
}

/* The words of first character FIRST: [*lo, *hi) of a table indexed by
 * FROM (see tools/gen-words.py); false when it begins none. */
static bool words_of(const unsigned short *from, uint32_t first, size_t *lo, size_t *hi) {
    if (first < 0x4E00 || first > 0x9FFF)
        return false;
    *lo = from[first - 0x4E00];
    *hi = from[first - 0x4E00 + 1];
    return *lo < *hi;
}

int qx__word_strength(uint32_t first, uint32_t second) {
    size_t lo, hi;
    if (second > 0xFFFF || !words_of(word_pairs_from, first, &lo, &hi))
        return -1;
    size_t i = qx__find_u32(word_pairs + lo, hi - lo, first << 16 | second);
    return i == SIZE_MAX ? -1 : word_strength[lo + i];
}

int qx__long_word_strength(const uint32_t *chars, size_t n) {
    size_t lo, hi;
    if (n < 3 || n > 4 || !words_of(long_words_from, chars[0], &lo, &hi))
        return -1;
    unsigned long long key = 0;
    for (size_t i = 0; i < n; i++) {
        if (chars[i] > 0xFFFF)
            return -1;
        key |= (unsigned long long)chars[i] << (16 * (3 - i));
    }
    size_t i = find_u64(long_words + lo, hi - lo, key);
    return i == SIZE_MAX ? -1 : long_word_strength[lo + i];
}

bool qx__word_pair(uint32_t first, uint32_t second) {
    return qx__word_strength(first, second) >= 0;
}
