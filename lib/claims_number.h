/* Internal to the claims module: reading one number. */
#ifndef QX_CLAIMS_NUMBER_H
#define QX_CLAIMS_NUMBER_H

#include "claims.h"

typedef struct qx__num {
    size_t start, end;       /* bytes */
    qx__dec value, value_max;
    bool range;              /* value_max is set: 两三, 十几 */
    qx_approx approx;        /* from inside the number: 多万, 几十, 数万 */
    bool arabic;             /* starts with Arabic digits */
    bool chinese;            /* has Chinese numerals or magnitudes */
    bool english;            /* English number words */
    bool lone;               /* starts with a bare magnitude: 百, 千, 万亿 */
    bool single_yi;          /* just 一 */
    bool half;               /* 半 */
    bool seq;                /* digits read one by one: 二〇一九 */
    bool grouped, point;     /* 1,234 and 3.5 */
    int int_digits;          /* Arabic digits before the point */
    int mag;                 /* the trailing magnitude's power (万 4, 亿 8), else 0 */
    qx__dec mantissa;        /* the value before that magnitude */
} qx__num;

/* The code point at POS (U+FFFD for invalid UTF-8) and its length in *N;
 * 0 and *N = 0 at the end. */
static inline uint32_t qx__cp_at(const char *s, size_t len, size_t pos, size_t *n) {
    if (pos >= len) {
        *n = 0;
        return 0;
    }
    unsigned char c = (unsigned char)s[pos];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    uint32_t cp;
    bool valid;
    *n = qx__utf8_next((const unsigned char *)s + pos, len - pos, &cp, &valid);
    return valid ? cp : QX_REPLACEMENT;
}
int qx__arabic_digit(uint32_t cp);
int qx__chinese_digit(uint32_t cp);
/* Could a number (Arabic or Chinese) start with this character? */
bool qx__numeral_start(uint32_t cp);
/* Each returns the bytes read (0: no number at POS). */
size_t qx__read_number(const char *s, size_t len, size_t pos, qx__num *num);
size_t qx__read_english(const char *s, size_t len, size_t pos, qx__num *num);
/* " million" after digits: bytes read and the power of ten in *SCALE. */
size_t qx__english_scale(const char *s, size_t len, size_t pos, int *scale);

#endif
