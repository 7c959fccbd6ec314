/* Reading one number at a byte position: Arabic digits (half- and
 * full-width, thousands separators, decimals), Chinese numerals (ordinary,
 * financial, traditional, 廿 卅, 两, 半), mixed forms (1.8万, 13万2, 100多万)
 * and English number words (two thousand, 1.5 billion). Values are exact
 * decimals (decimal.c). */
#include "claims_number.h"

#include <string.h>

int qx__arabic_digit(uint32_t cp) {
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (int)(cp - 0xFF10);
    return -1;
}

int qx__chinese_digit(uint32_t cp) {
    switch (cp) {
    case 0x96F6: case 0x3007: return 0;                 /* 零 〇 */
    case 0x4E00: case 0x58F9: case 0x5F0C: return 1;    /* 一 壹 弌 */
    case 0x4E8C: case 0x8D30: case 0x8CB3: case 0x4E24: case 0x5169: case 0x5006: return 2; /* 二 贰 貳 两 兩 倆 */
    case 0x4E09: case 0x53C1: case 0x53C3: case 0x53C4: return 3; /* 三 叁 參 叄 */
    case 0x56DB: case 0x8086: return 4;                 /* 四 肆 */
    case 0x4E94: case 0x4F0D: return 5;                 /* 五 伍 */
    case 0x516D: case 0x9646: case 0x9678: return 6;    /* 六 陆 陸 */
    case 0x4E03: case 0x67D2: return 7;                 /* 七 柒 */
    case 0x516B: case 0x634C: return 8;                 /* 八 捌 */
    case 0x4E5D: case 0x7396: return 9;                 /* 九 玖 */
    default: return -1;
    }
}

/* 十 百 千 (and financial forms): the power of ten. */
static int small_unit(uint32_t cp) {
    switch (cp) {
    case 0x5341: case 0x62FE: return 1; /* 十 拾 */
    case 0x767E: case 0x4F70: return 2; /* 百 佰 */
    case 0x5343: case 0x4EDF: return 3; /* 千 仟 */
    default: return 0;
    }
}

static int big_unit(uint32_t cp) {
    switch (cp) {
    case 0x4E07: case 0x842C: return 4; /* 万 萬 */
    case 0x4EBF: case 0x5104: return 8; /* 亿 億 */
    default: return 0;
    }
}

/* Every character a Chinese number can start with, sorted: the digits and
 * units above, 廿 卅 半 几 幾 数 數. A unit test checks it against them. */
static const unsigned int numeral_chars[] = {
    0x3007, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E24, 0x4E5D, 0x4E8C, 0x4E94, 0x4EBF,
    0x4EDF, 0x4F0D, 0x4F70, 0x5006, 0x5104, 0x5169, 0x516B, 0x516D, 0x51E0, 0x5341,
    0x5343, 0x5345, 0x534A, 0x53C1, 0x53C3, 0x53C4, 0x56DB, 0x58F9, 0x5E7E, 0x5EFF,
    0x5F0C, 0x62FE, 0x634C, 0x6570, 0x6578, 0x67D2, 0x7396, 0x767E, 0x8086, 0x842C,
    0x8CB3, 0x8D30, 0x9646, 0x9678, 0x96F6,
};

/* The low bytes of numeral_chars, as a bit set: most characters are
 * turned away by one test, before the binary search. */
static const uint32_t numeral_low_bytes[8] = {0x000032D9u, 0x00011010u, 0x2000146Au, 0x41012A00u, 0x00501040u, 0x80080000u, 0x8804001Au, 0xC2400001u};

bool qx__numeral_start(uint32_t cp) {
    if (cp < 0x80)
        return cp >= '0' && cp <= '9';
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return true;
    if (!(numeral_low_bytes[(cp & 0xFF) >> 5] & (1u << (cp & 31))))
        return false;
    return qx__find_u32(numeral_chars, sizeof numeral_chars / sizeof *numeral_chars, cp) != SIZE_MAX;
}

/* ----- Arabic digits ----------------------------------------------------- */

/* e5, E-1, e+14 after digits (2e5, 12.32e+14): its length and power. */
static size_t exponent_at(const char *s, size_t len, size_t p, int *exp10) {
    if (p >= len || (s[p] != 'e' && s[p] != 'E'))
        return 0;
    size_t q = p + 1, n;
    int sign = 1;
    if (q < len && (s[q] == '+' || s[q] == '-')) {
        sign = s[q] == '-' ? -1 : 1;
        q++;
    } else if (q + 3 <= len && memcmp(s + q, "－", 3) == 0) {
        sign = -1;
        q += 3;
    }
    int v = 0, k = 0, d;
    while (k < 3 && (d = qx__arabic_digit(qx__cp_at(s, len, q, &n))) >= 0) {
        v = v * 10 + d;
        q += n;
        k++;
    }
    if (k == 0 || (q < len && qx__ascii_alpha((unsigned char)s[q])))
        return 0;
    *exp10 = sign * v;
    return q - p;
}

/* Reads 1,234,567.89 (and full-width digits and point) at POS. */
static size_t read_arabic(const char *s, size_t len, size_t pos, qx__num *num) {
    size_t p = pos, n;
    uint64_t coef = 0;
    int digits = 0, frac = 0, group = 0;
    bool overflow = false, grouped = false;
    for (;;) {
        uint32_t cp = qx__cp_at(s, len, p, &n);
        int d = qx__arabic_digit(cp);
        if (d >= 0) {
            if (__builtin_mul_overflow(coef, 10u, &coef) || __builtin_add_overflow(coef, (uint64_t)d, &coef))
                overflow = true;
            digits++;
            group++;
            p += n;
            continue;
        }
        /* a thousands separator: exactly three digits must follow */
        if (cp == ',' && frac == 0 && digits > 0 && (grouped ? group == 3 : group <= 3)) {
            size_t q = p + 1, k = 0, m;
            while (k < 4 && qx__arabic_digit(qx__cp_at(s, len, q, &m)) >= 0) {
                q += m;
                k++;
            }
            if (k == 3) {
                grouped = true;
                group = 0;
                p++;
                continue;
            }
        }
        /* ４，５６５: a full-width comma between full-width digits */
        if (cp == 0xFF0C && frac == 0 && digits > 0 && (grouped ? group == 3 : group <= 3) &&
            p >= 3 && (unsigned char)s[p - 3] == 0xEF) {
            size_t q = p + n, k = 0, m;
            while (k < 4 && qx__cp_at(s, len, q, &m) >= 0xFF10 && qx__cp_at(s, len, q, &m) <= 0xFF19) {
                q += m;
                k++;
            }
            if (k == 3) {
                grouped = true;
                group = 0;
                p += n;
                continue;
            }
        }
        break;
    }
    if (digits == 0) {
        /* .5: a number may start at its point */
        size_t m;
        uint32_t cp = qx__cp_at(s, len, p, &n);
        if (!((cp == '.' || cp == 0xFF0E) && qx__arabic_digit(qx__cp_at(s, len, p + n, &m)) >= 0))
            return 0;
    }
    if (grouped && group != 3)
        return 0;
    num->int_digits = digits;
    num->grouped = grouped;
    uint32_t cp = qx__cp_at(s, len, p, &n);
    if (cp == '.' || cp == 0xFF0E) {
        size_t q = p + n, m;
        int d = qx__arabic_digit(qx__cp_at(s, len, q, &m));
        if (d >= 0) {
            p = q;
            num->point = true;
            while ((d = qx__arabic_digit(qx__cp_at(s, len, p, &m))) >= 0) {
                if (__builtin_mul_overflow(coef, 10u, &coef) ||
                    __builtin_add_overflow(coef, (uint64_t)d, &coef))
                    overflow = true;
                frac++;
                p += m;
            }
        }
    }
    int exp10 = 0;
    size_t e = exponent_at(s, len, p, &exp10);
    p += e;
    num->value.coef = coef;
    num->value.exp = -frac + exp10;
    num->value.den = 1;
    num->value.ok = !overflow;
    num->arabic = true;
    return p - pos;
}

/* ----- Chinese numerals: tokens, then evaluation ------------------------- */

enum token_type { T_DIGIT, T_SMALL, T_BIG, T_POINT, T_ARABIC, T_FEW, T_SEVERAL, T_MORE, T_HALF, T_DOZEN };

typedef struct token {
    enum token_type type;
    int value;     /* digit, or power of ten */
    qx__dec arabic; /* T_ARABIC */
    int arabic_digits;
} token;

enum { MAX_TOKENS = 40 };

static bool token_of(uint32_t cp, token *t) {
    int v;
    if ((v = qx__chinese_digit(cp)) >= 0) {
        t->type = T_DIGIT;
        t->value = v;
    } else if ((v = small_unit(cp))) {
        t->type = T_SMALL;
        t->value = v;
    } else if ((v = big_unit(cp))) {
        t->type = T_BIG;
        t->value = v;
    } else if (cp == 0x70B9 || cp == 0x9EDE) { /* 点 點 */
        t->type = T_POINT;
    } else if (cp == 0x51E0 || cp == 0x5E7E) { /* 几 幾 */
        t->type = T_FEW;
    } else if (cp == 0x6570 || cp == 0x6578) { /* 数 數 */
        t->type = T_SEVERAL;
    } else if (cp == 0x591A || cp == 0x4F59 || cp == 0x9918) { /* 多 余 餘 */
        t->type = T_MORE;
    } else if (cp == 0x534A) { /* 半 */
        t->type = T_HALF;
    } else {
        return false;
    }
    return true;
}

/* 兆 is 10^12 as a numeral, but 兆瓦 and 兆赫 are units of their own. */
static bool zhao_numeral(const char *s, size_t len, size_t after) {
    static const char *const units[] = {"瓦", "赫", "字", "比", "帕", "焦", "欧", "位", "頭", "头"};
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if (after + strlen(units[i]) <= len && memcmp(s + after, units[i], strlen(units[i])) == 0)
            return false;
    return true;
}

/* 打 after a numeral counts dozens unless it is the verb: 一打开, 三打白骨精. */
static bool dozen(const char *s, size_t len, size_t after) {
    size_t n;
    uint32_t cp = qx__cp_at(s, len, after, &n);
    if (cp == 0 || cp < 0x80)
        return true;
    static const char verbs[] = "开開造破击擊工算扫掃听聽通响響印卡球架折电電车車出入进進到下上过過起"
                                "动動拼包压壓赢贏败敗法分扮理量捞撈假针針字猎獵仗交气氣白死伤傷败";
    char one[5] = {0};
    memcpy(one, s + after, n < 4 ? n : 4);
    return strstr(verbs, one) == NULL;
}

/* Spaces inside a number (七 万 5 千, 1000  万): skipped when a Chinese
 * numeral follows, or digits follow a unit. */
static size_t inner_space(const char *s, size_t len, size_t p, const token *prev) {
    size_t q = p, n;
    while (q < len && q - p < 4 && s[q] == ' ')
        q++;
    if (q == p || q >= len)
        return p;
    token probe;
    uint32_t cp = qx__cp_at(s, len, q, &n);
    bool unit_before = prev->type == T_SMALL || prev->type == T_BIG;
    if (qx__arabic_digit(cp) >= 0)
        return unit_before ? q : p;
    if (cp == 0x4F59 || cp == 0x9918) /* 十 余 萬 */
        return q;
    if (!token_of(cp, &probe) || probe.type == T_MORE || probe.type == T_SEVERAL)
        return p;
    if (prev->type == T_ARABIC && probe.type != T_BIG && probe.type != T_SMALL)
        return p;
    return q;
}

/* Collects tokens from POS; returns how many, with their end in *END. */
static size_t tokenize(const char *s, size_t len, size_t pos, token *tok, size_t *ends) {
    size_t count = 0, p = pos, n;
    while (count < MAX_TOKENS - 2) {
        if (count > 0)
            p = inner_space(s, len, p, &tok[count - 1]);
        uint32_t cp = qx__cp_at(s, len, p, &n);
        token t = {T_DIGIT, 0, {0, 0, 1, true, false}, 0};
        if (qx__arabic_digit(cp) >= 0 || (count == 0 && (cp == '.' || cp == 0xFF0E))) {
            /* Arabic digits open a number (1.8万) or follow a unit inside it
             * (5万4千6百, 13万2, 1千零20) */
            if (count > 0 && tok[count - 1].type != T_BIG && tok[count - 1].type != T_SMALL &&
                !(tok[count - 1].type == T_DIGIT && tok[count - 1].value == 0))
                break;
            qx__num lit;
            memset(&lit, 0, sizeof lit);
            size_t used = read_arabic(s, len, p, &lit);
            if (count > 0 && (lit.point || lit.grouped))
                break;
            t.type = T_ARABIC;
            t.arabic = lit.value;
            t.arabic_digits = lit.int_digits;
            tok[count] = t;
            ends[count++] = p + used;
            p += used;
            continue;
        }
        if (cp == 0x5EFF || cp == 0x5345) { /* 廿 卅: two tokens, 二十 / 三十 */
            tok[count] = t;
            tok[count].value = cp == 0x5EFF ? 2 : 3;
            ends[count++] = p + n;
            t.type = T_SMALL;
            t.value = 1;
            tok[count] = t;
            ends[count++] = p + n;
            p += n;
            continue;
        }
        if (cp == 0x6253 && count > 0 && tok[count - 1].type != T_ARABIC && dozen(s, len, p + n)) {
            t.type = T_DOZEN; /* 一打, 十打苹果: dozens */
        } else if (cp == 0x5146 && count > 0 && zhao_numeral(s, len, p + n)) { /* 兆 */
            t.type = T_BIG;
            t.value = 12;
        } else if (!token_of(cp, &t)) {
            break;
        }
        tok[count] = t;
        ends[count++] = p + n;
        p += n;
    }
    return count;
}

typedef struct eval_state {
    qx__dec total, section, pending, frac;
    bool has_pending, zero, decimal, any_value, pending_abbrev;
    int last_small, last_big, decimal_place, prev_unit;
    int mag;
    qx__dec before_mag;
} eval_state;

static qx__dec pow10_dec(int e) {
    qx__dec d = {1, e, 1, true, false};
    return d;
}

/* Adds the pending digit (and decimals) to the section. At the end of a
 * number a lone digit after a unit counts the unit below it: 三万五 =
 * 35000, 一百五 = 150, 13万2 = 132000, but 一百零五 = 105. */
static void flush_pending(eval_state *st, bool final) {
    if (st->has_pending) {
        qx__dec p = st->pending;
        if (final && st->pending_abbrev && !st->zero && st->prev_unit >= 1)
            p = qx__dec_shift(p, st->prev_unit - 1);
        st->section = qx__dec_add(st->section, p);
        st->has_pending = false;
    }
    if (st->decimal) {
        st->section = qx__dec_add(st->section, st->frac);
        st->frac = qx__dec_int(0);
        st->decimal = false;
    }
}

static bool eval_digit(eval_state *st, const token *t) {
    if (st->decimal) {
        st->frac = qx__dec_add(st->frac, qx__dec_shift(qx__dec_int((uint64_t)t->value), -(++st->decimal_place)));
        return true;
    }
    if (t->value == 0) {
        st->zero = st->any_value; /* 一百零五; a leading 零 (零十) is nothing */
        return true;
    }
    if (st->has_pending)
        return false;
    st->pending = qx__dec_int((uint64_t)t->value);
    st->has_pending = st->any_value = true;
    st->pending_abbrev = st->prev_unit >= 1;
    return true;
}

static bool eval_arabic(eval_state *st, const token *t) {
    if (st->has_pending || st->decimal)
        return false;
    if (st->prev_unit >= 1) {
        /* 3万4000: what follows a unit must be smaller than it */
        qx__dec limit = pow10_dec(st->prev_unit);
        if (qx__dec_cmp(t->arabic, limit) >= 0)
            return false;
    }
    st->pending = t->arabic;
    st->has_pending = st->any_value = true;
    st->pending_abbrev = st->prev_unit >= 1 && t->arabic_digits == 1;
    return true;
}

static bool eval_small(eval_state *st, const token *t) {
    if (t->value >= st->last_small || st->decimal)
        return false;
    qx__dec base = st->has_pending ? st->pending : qx__dec_int(1);
    st->section = qx__dec_add(st->section, qx__dec_mul(base, pow10_dec(t->value)));
    st->has_pending = st->zero = false;
    st->last_small = st->prev_unit = t->value;
    st->any_value = true;
    return true;
}

static void eval_big(eval_state *st, const token *t) {
    flush_pending(st, false);
    qx__dec v = st->section;
    if (!st->any_value)
        v = qx__dec_int(1); /* 万亿, 上千 after a hedge */
    if (st->last_big == 99 || t->value >= st->last_big) {
        st->before_mag = qx__dec_add(st->total, v);
        st->total = qx__dec_mul(st->before_mag, pow10_dec(t->value));
        st->mag = (st->last_big == 99 ? 0 : st->mag) + t->value;
    } else {
        st->total = qx__dec_add(st->total, qx__dec_mul(v, pow10_dec(t->value)));
        st->mag = 0;
    }
    st->section = qx__dec_int(0);
    st->last_big = st->prev_unit = t->value;
    st->last_small = 99;
    st->zero = false;
    st->any_value = true;
}

/* Evaluates tokens skipping index SKIP, with 几 counted as FEW_DIGIT;
 * false if malformed. */
static bool evaluate(const token *tok, size_t count, size_t skip, int few_digit, qx__dec *out,
                     int *mag, qx__dec *mantissa, qx_approx *approx, bool *few_range) {
    eval_state st;
    memset(&st, 0, sizeof st);
    st.total = st.section = st.pending = st.frac = qx__dec_int(0);
    st.before_mag = qx__dec_int(0);
    st.last_small = st.last_big = 99;
    for (size_t i = 0; i < count; i++) {
        if (i == skip)
            continue;
        const token *t = &tok[i];
        bool ok = true;
        switch (t->type) {
        case T_DIGIT:
            ok = eval_digit(&st, t);
            break;
        case T_ARABIC:
            ok = eval_arabic(&st, t);
            break;
        case T_SMALL:
            ok = eval_small(&st, t);
            break;
        case T_BIG:
            eval_big(&st, t);
            break;
        case T_POINT:
            if (st.decimal)
                return false;
            st.decimal = true;
            st.decimal_place = 0;
            break;
        case T_FEW:
            /* 十几 = 10..19, 二十几万 = 20万..29万; 几十 and 几万 = order */
            if (st.prev_unit == 0 && i + 1 < count &&
                (tok[i + 1].type == T_SMALL || tok[i + 1].type == T_BIG)) {
                st.pending = qx__dec_int(1);
                st.has_pending = true;
                *approx = QX_APPROX_ORDER;
            } else if (st.prev_unit >= 1 && !st.has_pending) {
                st.pending = qx__dec_shift(qx__dec_int((uint64_t)few_digit), st.zero ? 0 : 0);
                st.has_pending = true;
                st.pending_abbrev = false;
                *few_range = true;
                if (few_digit)
                    st.pending = qx__dec_shift(st.pending, st.zero ? 0 : st.prev_unit - 1);
            } else {
                return false;
            }
            break;
        case T_SEVERAL:
            st.pending = qx__dec_int(1);
            st.has_pending = true;
            *approx = QX_APPROX_ORDER;
            break;
        case T_MORE:
            *approx = QX_APPROX_OVER;
            break;
        case T_HALF:
            st.pending = qx__dec_shift(qx__dec_int(5), -1);
            st.has_pending = st.any_value = true;
            break;
        case T_DOZEN:
            if (i + 1 != count || !st.any_value)
                return false;
            flush_pending(&st, true);
            st.section = qx__dec_mul(qx__dec_add(st.total, st.section), qx__dec_int(12));
            st.total = qx__dec_int(0);
            st.prev_unit = 0;
            break;
        }
        if (!ok)
            return false;
    }
    flush_pending(&st, true);
    *out = qx__dec_add(st.total, st.section);
    *mag = st.mag;
    *mantissa = st.before_mag;
    return out->ok;
}

/* Drops trailing tokens that cannot end a number (多 without a magnitude
 * after it, 点 without digits, 几/数 without a unit after them). */
static size_t trim_tokens(const token *tok, size_t count) {
    while (count > 0) {
        enum token_type t = tok[count - 1].type;
        if (t == T_MORE || t == T_POINT || t == T_SEVERAL)
            count--;
        else if (t == T_FEW && !(count >= 2 && tok[count - 2].type == T_SMALL))
            count--;
        else
            break;
    }
    return count;
}

/* Rejects token runs that are not numbers: 多 or 数 first, 半 with others. */
static bool plausible(const token *tok, size_t count) {
    if (count == 0)
        return false;
    if (tok[0].type == T_MORE || tok[0].type == T_POINT)
        return false;
    if (tok[0].type == T_FEW && count == 1)
        return false;
    for (size_t i = 0; i < count; i++) {
        if (tok[i].type == T_HALF && count > 1 &&
            !(i == 0 && (tok[1].type == T_SMALL || tok[1].type == T_BIG)))
            return false;
        if (tok[i].type == T_SEVERAL && i > 0)
            return false;
        if (tok[i].type == T_MORE && (i + 1 >= count || tok[i + 1].type != T_BIG))
            return false;
    }
    return true;
}

static bool all_digits(const token *tok, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (tok[i].type != T_DIGIT)
            return false;
    return true;
}

/* Two equal digits (两两, 九九) are a word, not a number. */
static bool doubled_digit(const token *tok, size_t count) {
    return count == 2 && tok[0].type == T_DIGIT && tok[1].type == T_DIGIT &&
           tok[0].value == tok[1].value;
}

static size_t read_tokens(const token *tok, size_t count, const size_t *ends, size_t pos, qx__num *num) {
    num->end = ends[count - 1];
    num->half = tok[0].type == T_HALF && count == 1;
    num->lone = (tok[0].type == T_SMALL || tok[0].type == T_BIG) && !(tok[0].type == T_SMALL && tok[0].value == 1) &&
                !(count == 2 && tok[0].type == T_SMALL && tok[1].type == T_DIGIT); /* 百三 = 130 */
    num->single_yi = count == 1 && tok[0].type == T_DIGIT && tok[0].value == 1;
    num->approx = QX_APPROX_EXACT;
    bool few_range = false;
    if (count >= 2 && all_digits(tok, count) &&
        !(count == 2 && tok[1].value == tok[0].value + 1 && tok[0].value > 0)) {
        /* 二〇一九: digits read one by one */
        uint64_t v = 0;
        for (size_t i = 0; i < count; i++)
            v = v * 10 + (uint64_t)tok[i].value;
        num->value = qx__dec_int(v);
        num->seq = true;
        num->int_digits = (int)count;
        return num->end - pos;
    }
    if (count >= 2 && tok[0].type == T_DIGIT && tok[1].type == T_DIGIT && tok[0].value > 0 &&
        tok[1].value == tok[0].value + 1) {
        /* 两三个, 三四十万: a range of neighbouring digits */
        qx_approx a = QX_APPROX_EXACT;
        if (!evaluate(tok, count, 1, 0, &num->value, &num->mag, &num->mantissa, &a, &few_range) ||
            !evaluate(tok, count, 0, 0, &num->value_max, &num->mag, &num->mantissa, &a, &few_range))
            return 0;
        num->range = true;
        num->approx = a;
        return num->end - pos;
    }
    if (!evaluate(tok, count, SIZE_MAX, 0, &num->value, &num->mag, &num->mantissa, &num->approx, &few_range))
        return 0;
    if (few_range) {
        /* 十几万: 几 is 0 at the bottom of the range and 9 at the top */
        qx_approx a = QX_APPROX_EXACT;
        bool fr = false;
        int mag;
        qx__dec mant;
        if (!evaluate(tok, count, SIZE_MAX, 9, &num->value_max, &mag, &mant, &a, &fr))
            return 0;
        num->range = true;
        num->approx = QX_APPROX_ABOUT;
    }
    return num->end - pos;
}

size_t qx__read_number(const char *s, size_t len, size_t pos, qx__num *num) {
    memset(num, 0, sizeof *num);
    num->start = pos;
    token tok[MAX_TOKENS];
    size_t ends[MAX_TOKENS];
    size_t count = tokenize(s, len, pos, tok, ends);
    if (doubled_digit(tok, count) && !(ends[1] + 3 <= len && memcmp(s + ends[1], "折", 3) == 0))
        return 0; /* 两两, 九九; but 五五折 */
    num->arabic = count > 0 && tok[0].type == T_ARABIC;
    if (num->arabic) {
        qx__num lit;
        memset(&lit, 0, sizeof lit);
        read_arabic(s, len, pos, &lit);
        num->int_digits = lit.int_digits;
        num->grouped = lit.grouped;
        num->point = lit.point;
    }
    /* the longest run of tokens that makes a number: 五十千 is 五十 */
    for (count = trim_tokens(tok, count); count > 0; count = trim_tokens(tok, count - 1)) {
        if (!plausible(tok, count))
            continue;
        num->chinese = !num->arabic || count > 1;
        size_t used = read_tokens(tok, count, ends, pos, num);
        if (used)
            return used;
    }
    return 0;
}

/* ----- English number words -------------------------------------------- */

typedef struct word_value {
    const char *word;
    size_t len;
    unsigned value;
    int scale; /* power of ten for hundred, thousand, million … */
} word_value;

static const word_value english_words[] = {
    {"zero", 4, 0, 0}, {"one", 3, 1, 0}, {"two", 3, 2, 0}, {"three", 5, 3, 0}, {"four", 4, 4, 0},
    {"five", 4, 5, 0}, {"six", 3, 6, 0}, {"seven", 5, 7, 0}, {"eight", 5, 8, 0}, {"nine", 4, 9, 0},
    {"ten", 3, 10, 0}, {"eleven", 6, 11, 0}, {"twelve", 6, 12, 0}, {"thirteen", 8, 13, 0},
    {"fourteen", 8, 14, 0}, {"fifteen", 7, 15, 0}, {"sixteen", 7, 16, 0}, {"seventeen", 9, 17, 0},
    {"eighteen", 8, 18, 0}, {"nineteen", 8, 19, 0}, {"twenty", 6, 20, 0}, {"thirty", 6, 30, 0},
    {"forty", 5, 40, 0}, {"fifty", 5, 50, 0}, {"sixty", 5, 60, 0}, {"seventy", 7, 70, 0},
    {"eighty", 6, 80, 0}, {"ninety", 6, 90, 0}, {"hundred", 7, 0, 2}, {"thousand", 8, 0, 3},
    {"million", 7, 0, 6}, {"billion", 7, 0, 9}, {"trillion", 8, 0, 12}, {"dozen", 5, 12, 0},
};

/* The English number word at POS (whole word, any case), or NULL. */
static const word_value *english_word(const char *s, size_t len, size_t pos, size_t *n) {
    size_t end = pos;
    while (end < len && qx__ascii_alpha((unsigned char)s[end]))
        end++;
    size_t wl = end - pos;
    for (size_t i = 0; i < sizeof english_words / sizeof *english_words; i++)
        if (english_words[i].len == wl && qx__ascii_ieq(english_words[i].word, s + pos, wl)) {
            *n = wl;
            return &english_words[i];
        }
    return NULL;
}

/* A scale word after digits: 1.8 million, 30 thousand. */
size_t qx__english_scale(const char *s, size_t len, size_t pos, int *scale) {
    size_t p = pos;
    if (p < len && s[p] == ' ')
        p++;
    size_t n;
    const word_value *w = english_word(s, len, p, &n);
    if (!w || w->scale < 2 || w->value)
        return 0;
    *scale = w->scale;
    return p + n - pos;
}

size_t qx__read_english(const char *s, size_t len, size_t pos, qx__num *num) {
    memset(num, 0, sizeof *num);
    if (pos >= len || s[pos] == 0 || !strchr("zotfsenhmbdZOTFSENHMBD", s[pos]))
        return 0; /* no number word starts otherwise */
    if (pos > 0 && qx__ascii_alpha((unsigned char)s[pos - 1]))
        return 0;
    qx__dec total = qx__dec_int(0), current = qx__dec_int(0);
    size_t p = pos, end = pos, n;
    bool any = false;
    int last_scale = 99;
    for (;;) {
        const word_value *w = english_word(s, len, p, &n);
        if (!w)
            break;
        if (w->scale == 0) {
            current = qx__dec_add(current, qx__dec_int(w->value));
        } else if (w->scale == 2) {
            current = qx__dec_mul(current.coef ? current : qx__dec_int(1), pow10_dec(2));
        } else {
            if (w->scale >= last_scale)
                break;
            total = qx__dec_add(total, qx__dec_mul(current.coef ? current : qx__dec_int(1), pow10_dec(w->scale)));
            current = qx__dec_int(0);
            last_scale = w->scale;
        }
        any = true;
        end = p + n;
        /* joiners: twenty-five, one hundred and five */
        if (end < len && (s[end] == '-' || s[end] == ' ')) {
            size_t q = end + 1, m;
            if (len - q >= 4 && qx__ascii_ieq(s + q, "and ", 4))
                q += 4;
            if (english_word(s, len, q, &m)) {
                p = q;
                continue;
            }
        }
        break;
    }
    if (!any) {
        /* thousands of, hundreds of: an order of magnitude */
        static const word_value plurals[] = {{"hundreds", 8, 0, 2}, {"thousands", 9, 0, 3},
                                             {"millions", 8, 0, 6}, {"billions", 8, 0, 9}};
        for (size_t i = 0; i < sizeof plurals / sizeof *plurals; i++) {
            size_t wl = strlen(plurals[i].word);
            if (len - pos > wl + 3 && qx__ascii_ieq(s + pos, plurals[i].word, wl) &&
                memcmp(s + pos + wl, " of", 3) == 0) {
                num->start = pos;
                num->end = pos + wl + 3;
                num->value = pow10_dec(plurals[i].scale);
                num->english = true;
                num->approx = QX_APPROX_ORDER;
                return num->end - pos;
            }
        }
        return 0;
    }
    if (end < len && qx__ascii_alpha((unsigned char)s[end]))
        return 0;
    num->start = pos;
    num->end = end;
    num->value = qx__dec_add(total, current);
    num->english = true;
    return end - pos;
}
