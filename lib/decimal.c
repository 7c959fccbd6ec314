/* Exact decimal numbers for claim values: a 64-bit coefficient, a power of
 * ten and a denominator (only fractions such as 三分之一 need one). Claims
 * never go through binary floating point, so 24.38亿 is 2438000000 exactly.
 * Anything that would overflow sets ok to false instead of wrapping. */
#include "internal.h"

#include <string.h>

qx__dec qx__dec_int(uint64_t n) {
    qx__dec d = {n, 0, 1, true, false};
    return d;
}

qx__dec qx__dec_negate(qx__dec d) {
    d.neg = !d.neg;
    return d;
}

static bool pow10_u64(int k, uint64_t *out) {
    uint64_t p = 1;
    for (int i = 0; i < k; i++)
        if (__builtin_mul_overflow(p, 10u, &p))
            return false;
    *out = p;
    return true;
}

/* Drops trailing zeros of the coefficient into the exponent, so that values
 * stay small and equal numbers look the same. */
static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* Drops trailing zeros */
static qx__dec dec_trim(qx__dec d) {
    if (d.coef == 0) {
        d.exp = 0;
        return d;
    }
    while (d.coef % 10 == 0) {
        d.coef /= 10;
        d.exp++;
    }
    return d;
}

qx__dec qx__dec_shift(qx__dec d, int places) {
    d.exp += places;
    return d;
}

/* The coefficient of D written with exponent EXP (EXP <= d.exp). */
static bool coef_at(qx__dec d, int exp, uint64_t *out) {
    uint64_t p = 1;
    if (!pow10_u64(d.exp - exp, &p))
        return false;
    return !__builtin_mul_overflow(d.coef, p, out);
}

/* coef * 10^exp / den in lowest terms, as a plain decimal when the
 * denominator has no prime factors but 2 and 5. */
static qx__dec dec_normalize(qx__dec r) {
    if (!r.ok || r.den == 0) {
        r.ok = false;
        return r;
    }
    uint64_t g = gcd_u64(r.coef ? r.coef : r.den, r.den);
    r.coef /= g;
    r.den /= g;
    uint64_t rest = r.den;
    int twos = 0, fives = 0;
    while (rest % 2 == 0) {
        rest /= 2;
        twos++;
    }
    while (rest % 5 == 0) {
        rest /= 5;
        fives++;
    }
    if (rest == 1 && r.den > 1) {
        int k = twos > fives ? twos : fives;
        uint64_t p10;
        if (!pow10_u64(k, &p10) || __builtin_mul_overflow(r.coef, p10 / r.den, &r.coef)) {
            r.ok = false;
            return r;
        }
        r.exp -= k;
        r.den = 1;
    }
    return dec_trim(r);
}

qx__dec qx__dec_add(qx__dec a, qx__dec b) {
    qx__dec r = {0, 0, 1, a.ok && b.ok && (a.neg == b.neg || a.coef == 0 || b.coef == 0), false};
    if (!r.ok)
        return r;
    if (a.coef == 0)
        return b;
    if (b.coef == 0)
        return a;
    /* sums of numbers of one sign only: claims add parts of one number */
    int exp = a.exp < b.exp ? a.exp : b.exp;
    uint64_t x = 0, y = 0;
    if (!coef_at(a, exp, &x) || !coef_at(b, exp, &y) || __builtin_mul_overflow(x, b.den, &x) ||
        __builtin_mul_overflow(y, a.den, &y) || __builtin_add_overflow(x, y, &r.coef) ||
        __builtin_mul_overflow(a.den, b.den, &r.den)) {
        r.ok = false;
        return r;
    }
    r.exp = exp;
    r.neg = a.neg;
    /* whole decimals, the common case, need no reduction of a fraction */
    return r.den == 1 ? dec_trim(r) : dec_normalize(r);
}

qx__dec qx__dec_mul(qx__dec a, qx__dec b) {
    qx__dec r = {0, a.exp + b.exp, 1, a.ok && b.ok, a.neg != b.neg};
    if (!r.ok || __builtin_mul_overflow(a.coef, b.coef, &r.coef) ||
        __builtin_mul_overflow(a.den, b.den, &r.den))
        r.ok = false;
    return r.ok && r.den == 1 ? dec_trim(r) : dec_normalize(r);
}


qx__dec qx__dec_div(qx__dec a, qx__dec b) {
    qx__dec r = a;
    if (!a.ok || !b.ok || b.coef == 0) {
        r.ok = false;
        return r;
    }
    /* (a.coef / a.den) / (b.coef / b.den) * 10^(a.exp - b.exp) */
    r.exp = a.exp - b.exp;
    r.neg = a.neg != b.neg;
    if (__builtin_mul_overflow(a.coef, b.den, &r.coef) ||
        __builtin_mul_overflow(a.den, b.coef, &r.den))
        r.ok = false;
    return dec_normalize(r);
}

int qx__dec_cmp(qx__dec a, qx__dec b) {
    bool na = a.neg && a.coef, nb = b.neg && b.coef;
    if (na != nb)
        return na ? -1 : 1;
    if (na) {
        a.neg = b.neg = false;
        return -qx__dec_cmp(a, b);
    }
    if (a.den != 1 || b.den != 1) {
        /* fractions only come up in comparisons of ranges, which need no
         * more than an order of magnitude check */
        uint64_t x, y;
        a.coef = __builtin_mul_overflow(a.coef, b.den, &x) ? UINT64_MAX : x;
        b.coef = __builtin_mul_overflow(b.coef, a.den, &y) ? UINT64_MAX : y;
        a.den = b.den = 1;
    }
    if (a.coef == 0 || b.coef == 0)
        return (a.coef > 0) - (b.coef > 0);
    int exp = a.exp < b.exp ? a.exp : b.exp;
    uint64_t x = 0, y = 0;
    bool fx = coef_at(a, exp, &x), fy = coef_at(b, exp, &y);
    if (!fx || !fy)
        return fx ? -1 : fy ? 1 : 0;
    return (x > y) - (x < y);
}

bool qx__dec_is_int(qx__dec d, uint64_t *out) {
    if (!d.ok || d.den != 1 || d.exp < 0 || (d.neg && d.coef))
        return false;
    uint64_t v = 0;
    if (!coef_at(d, 0, &v))
        return false;
    if (out)
        *out = v;
    return true;
}

static size_t put_u64(char *out, uint64_t v) {
    char tmp[24];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

/* Writes coef * 10^exp as a plain decimal. */
static size_t put_scaled(char *out, size_t cap, uint64_t coef, int exp) {
    char digits[24];
    size_t n = put_u64(digits, coef), pos = 0;
    if (exp >= 0) {
        if (n + (size_t)exp + 1 > cap)
            return 0;
        memcpy(out, digits, n);
        pos = n;
        for (int i = 0; i < exp; i++)
            out[pos++] = '0';
    } else {
        size_t frac = (size_t)-exp;
        if (frac + n + 3 > cap)
            return 0;
        if (n <= frac) {
            out[pos++] = '0';
            out[pos++] = '.';
            for (size_t i = n; i < frac; i++)
                out[pos++] = '0';
            memcpy(out + pos, digits, n);
            pos += n;
        } else {
            memcpy(out, digits, n - frac);
            pos = n - frac;
            out[pos++] = '.';
            memcpy(out + pos, digits + n - frac, frac);
            pos += frac;
        }
    }
    out[pos] = '\0';
    return pos;
}

size_t qx__dec_format(qx__dec d, char *out, size_t cap) {
    if (cap == 0)
        return 0;
    out[0] = '\0';
    if (!d.ok)
        return 0;
    d = dec_trim(d);
    if (d.neg && d.coef) {
        d.neg = false;
        size_t n = qx__dec_format(d, out + 1, cap - 1);
        if (n == 0)
            return 0;
        out[0] = '-';
        return n + 1;
    }
    if (d.den == 1)
        return put_scaled(out, cap, d.coef, d.exp);
    /* a fraction that has no finite decimal form: numerator/denominator */
    uint64_t num = d.coef, den = d.den;
    if (d.exp > 0 && !coef_at(d, 0, &num))
        return 0;
    if (d.exp < 0) {
        uint64_t p = 1;
        if (!pow10_u64(-d.exp, &p) || __builtin_mul_overflow(den, p, &den))
            return 0;
        uint64_t g = gcd_u64(num, den);
        num /= g;
        den /= g;
    }
    if (cap < 44)
        return 0;
    size_t pos = put_u64(out, num);
    out[pos++] = '/';
    pos += put_u64(out + pos, den);
    out[pos] = '\0';
    return pos;
}
