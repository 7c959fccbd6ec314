/* Exact decimals and fractions of any size: base-10^9 limbs with the scale
 * counted in whole limbs, so that adding (the hot path of qx-sum) lines
 * numbers up by moving limbs, and printing needs no division. Division,
 * the greatest common divisor and rounding are needed only once per
 * result (a mean, a sum of fractions) and are done the textbook way
 * (Knuth, TAOCP vol. 2, 4.3.1, algorithm D). */
#include "bigdec.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#define BASE BIGDEC_BASE

static const uint32_t pow10_u32[10] = {1,      10,      100,      1000,      10000,
                                       100000, 1000000, 10000000, 100000000, 1000000000};

static qx_status reserve(bigdec *d, size_t n) {
    assert(d->cap || !d->limb); /* never grow a view */
    if (n <= d->cap)
        return QX_OK;
    if (n > SIZE_MAX / (2 * sizeof *d->limb))
        return QX_ENOMEM;
    size_t cap = d->cap ? d->cap : 4;
    while (cap < n)
        cap *= 2;
    uint32_t *p = realloc(d->limb, cap * sizeof *p);
    if (!p)
        return QX_ENOMEM;
    d->limb = p;
    d->cap = cap;
    return QX_OK;
}

/* Drops zero limbs at the top; zero is never negative. */
static void trim(bigdec *d) {
    while (d->len && d->limb[d->len - 1] == 0)
        d->len--;
    if (!d->len)
        d->neg = false;
}

void bigdec_free(bigdec *d) {
    if (!d)
        return;
    if (d->cap)
        free(d->limb);
    *d = (bigdec)BIGDEC_INIT;
}

void bigdec_set_zero(bigdec *d) {
    d->len = 0;
    d->frac = 0;
    d->neg = false;
}

qx_status bigdec_set_u64(bigdec *out, uint64_t value) {
    if (reserve(out, 3) != QX_OK)
        return QX_ENOMEM;
    bigdec_set_zero(out);
    while (value) {
        out->limb[out->len++] = (uint32_t)(value % BASE);
        value /= BASE;
    }
    return QX_OK;
}

qx_status bigdec_copy(bigdec *out, const bigdec *a) {
    if (out == a)
        return QX_OK;
    if (reserve(out, a->len) != QX_OK)
        return QX_ENOMEM;
    if (a->len)
        memcpy(out->limb, a->limb, a->len * sizeof *a->limb);
    out->len = a->len;
    out->frac = a->frac;
    out->neg = a->neg;
    return QX_OK;
}

/* Multiplies the magnitude by 10^(9 * LIMBS), keeping the scale. */
static qx_status shift_up(bigdec *d, size_t limbs) {
    if (!d->len || !limbs)
        return QX_OK;
    if (limbs > SIZE_MAX / 8 - d->len || reserve(d, d->len + limbs) != QX_OK)
        return QX_ENOMEM;
    memmove(d->limb + limbs, d->limb, d->len * sizeof *d->limb);
    memset(d->limb, 0, limbs * sizeof *d->limb);
    d->len += limbs;
    return QX_OK;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

qx_status bigdec_parse(bigdec *out, const char *text, size_t len) {
    bigdec_set_zero(out);
    size_t i = 0;
    bool neg = false;
    if (i < len && (text[i] == '+' || text[i] == '-'))
        neg = text[i++] == '-';
    size_t int_start = i;
    while (i < len && is_digit(text[i]))
        i++;
    size_t int_len = i - int_start, frac_start = i, frac_len = 0;
    if (i < len && text[i] == '.') {
        frac_start = ++i;
        while (i < len && is_digit(text[i]))
            i++;
        frac_len = i - frac_start;
    }
    if (i != len || int_len + frac_len == 0)
        return QX_EPARSE;
    while (int_len && text[int_start] == '0') {
        int_start++;
        int_len--;
    }
    while (frac_len && text[frac_start + frac_len - 1] == '0')
        frac_len--;
    size_t frac = (frac_len + 8) / 9, limbs = (int_len + 9 * frac + 8) / 9;
    if (!limbs)
        return QX_OK; /* zero */
    if (reserve(out, limbs) != QX_OK)
        return QX_ENOMEM;
    uint32_t *l = out->limb;
    memset(l, 0, limbs * sizeof *l);
    /* digit K from the right (the fraction padded with zeros to whole limbs) */
    size_t k = 9 * frac - frac_len;
    for (size_t j = frac_len; j-- > 0; k++)
        l[k / 9] += (uint32_t)(text[frac_start + j] - '0') * pow10_u32[k % 9];
    for (size_t j = int_len; j-- > 0; k++)
        l[k / 9] += (uint32_t)(text[int_start + j] - '0') * pow10_u32[k % 9];
    out->len = limbs;
    out->frac = frac;
    out->neg = neg;
    trim(out);
    return QX_OK;
}

/* Compares magnitudes, lined up on the point. */
static int cmp_mag(const bigdec *a, const bigdec *b) {
    if (!a->len || !b->len)
        return (a->len != 0) - (b->len != 0);
    size_t f = a->frac > b->frac ? a->frac : b->frac;
    size_t oa = f - a->frac, ob = f - b->frac;
    size_t la = a->len + oa, lb = b->len + ob;
    if (la != lb)
        return la < lb ? -1 : 1;
    for (size_t k = la; k-- > 0;) {
        uint32_t x = k >= oa ? a->limb[k - oa] : 0, y = k >= ob ? b->limb[k - ob] : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

int bigdec_cmp(const bigdec *a, const bigdec *b) {
    if (a->neg != b->neg)
        return a->neg ? -1 : 1;
    int c = cmp_mag(a, b);
    return a->neg ? -c : c;
}

/* ACC's N limbs += X's limbs placed OX limbs up (ACC holds room for N + 1). */
static size_t add_mag(uint32_t *acc, size_t n, const bigdec *x, size_t ox) {
    uint32_t carry = 0;
    for (size_t i = 0; i < x->len; i++) {
        uint32_t s = acc[i + ox] + x->limb[i] + carry;
        carry = s >= BASE;
        acc[i + ox] = carry ? s - BASE : s;
    }
    for (size_t k = x->len + ox; carry && k < n; k++) {
        uint32_t s = acc[k] + 1;
        carry = s >= BASE;
        acc[k] = carry ? 0 : s;
    }
    if (carry)
        acc[n++] = 1;
    return n;
}

/* ACC's N limbs become |ACC - X| (X placed OX limbs up); BIGGER_X says
 * which of the two is larger. */
static void sub_mag(uint32_t *acc, size_t n, const bigdec *x, size_t ox, bool bigger_x) {
    int64_t borrow = 0;
    for (size_t k = 0; k < n; k++) {
        int64_t xv = k >= ox && k - ox < x->len ? x->limb[k - ox] : 0;
        int64_t t = bigger_x ? xv - acc[k] - borrow : acc[k] - xv - borrow;
        borrow = t < 0;
        acc[k] = (uint32_t)(t < 0 ? t + BASE : t);
    }
}

qx_status bigdec_add(bigdec *acc, const bigdec *x) {
    assert(acc != x);
    if (!x->len)
        return QX_OK;
    if (!acc->len)
        return bigdec_copy(acc, x);
    if (acc->frac < x->frac) {
        if (shift_up(acc, x->frac - acc->frac) != QX_OK)
            return QX_ENOMEM;
        acc->frac = x->frac;
    }
    size_t ox = acc->frac - x->frac;
    size_t n = acc->len > x->len + ox ? acc->len : x->len + ox;
    if (reserve(acc, n + 1) != QX_OK)
        return QX_ENOMEM;
    if (acc->len < n)
        memset(acc->limb + acc->len, 0, (n - acc->len) * sizeof *acc->limb);
    if (acc->neg == x->neg) {
        acc->len = add_mag(acc->limb, n, x, ox);
        return QX_OK;
    }
    int c = cmp_mag(acc, x);
    sub_mag(acc->limb, n, x, ox, c < 0);
    if (c < 0)
        acc->neg = x->neg;
    acc->len = n;
    trim(acc);
    return QX_OK;
}

qx_status bigdec_mul(bigdec *out, const bigdec *a, const bigdec *b) {
    assert(out != a && out != b);
    if (!a->len || !b->len) {
        bigdec_set_zero(out);
        return QX_OK;
    }
    size_t n = a->len + b->len;
    if (n < a->len || reserve(out, n) != QX_OK)
        return QX_ENOMEM;
    uint32_t *r = out->limb;
    memset(r, 0, n * sizeof *r);
    for (size_t i = 0; i < a->len; i++) {
        uint64_t ai = a->limb[i], carry = 0;
        if (!ai)
            continue;
        for (size_t j = 0; j < b->len; j++) {
            uint64_t t = r[i + j] + ai * b->limb[j] + carry; /* < 10^18 + 2 * 10^9 */
            r[i + j] = (uint32_t)(t % BASE);
            carry = t / BASE;
        }
        r[i + b->len] = (uint32_t)carry;
    }
    out->len = n;
    out->frac = a->frac + b->frac;
    out->neg = a->neg != b->neg;
    trim(out);
    return QX_OK;
}

qx_status bigdec_mul_small(bigdec *a, uint32_t m) {
    if (!a->len)
        return QX_OK;
    if (reserve(a, a->len + 2) != QX_OK)
        return QX_ENOMEM;
    uint64_t carry = 0;
    for (size_t i = 0; i < a->len; i++) {
        uint64_t t = (uint64_t)a->limb[i] * m + carry;
        a->limb[i] = (uint32_t)(t % BASE);
        carry = t / BASE;
    }
    while (carry) {
        a->limb[a->len++] = (uint32_t)(carry % BASE);
        carry /= BASE;
    }
    trim(a);
    return QX_OK;
}

uint32_t bigdec_divmod_small(bigdec *a, uint32_t n) {
    assert(n > 0);
    uint64_t rem = 0;
    for (size_t k = a->len; k-- > 0;) {
        uint64_t cur = rem * BASE + a->limb[k]; /* < 2^32 * 10^9 */
        a->limb[k] = (uint32_t)(cur / n);
        rem = cur % n;
    }
    trim(a);
    return (uint32_t)rem;
}

/* Algorithm D: the magnitude of A (LA limbs) divided by that of B (N >= 2
 * limbs, LA >= N) into Q (LA - N + 1 limbs) and R (N limbs). */
static qx_status divide_long(uint32_t *q, uint32_t *r, const uint32_t *a, size_t la,
                             const uint32_t *b, size_t n) {
    uint32_t *u = calloc(la + 1 + n, sizeof *u);
    if (!u)
        return QX_ENOMEM;
    uint32_t *v = u + la + 1;
    /* scale both so that the divisor's top limb is at least BASE / 2 */
    uint32_t d = BASE / (b[n - 1] + 1);
    uint64_t carry = 0;
    for (size_t i = 0; i < la; i++) {
        uint64_t t = (uint64_t)a[i] * d + carry;
        u[i] = (uint32_t)(t % BASE);
        carry = t / BASE;
    }
    u[la] = (uint32_t)carry;
    carry = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t t = (uint64_t)b[i] * d + carry;
        v[i] = (uint32_t)(t % BASE);
        carry = t / BASE;
    }
    for (size_t j = la - n + 1; j-- > 0;) {
        uint64_t num = (uint64_t)u[j + n] * BASE + u[j + n - 1];
        uint64_t qhat = num / v[n - 1], rhat = num % v[n - 1];
        while (qhat >= BASE || qhat * v[n - 2] > rhat * BASE + u[j + n - 2]) {
            qhat--;
            rhat += v[n - 1];
            if (rhat >= BASE)
                break;
        }
        int64_t borrow = 0;
        carry = 0;
        for (size_t i = 0; i < n; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p / BASE;
            int64_t t = (int64_t)u[i + j] - (int64_t)(p % BASE) - borrow;
            borrow = t < 0;
            u[i + j] = (uint32_t)(t < 0 ? t + BASE : t);
        }
        int64_t t = (int64_t)u[j + n] - (int64_t)carry - borrow;
        if (t < 0) { /* qhat was one too large: add the divisor back */
            qhat--;
            uint32_t c = 0;
            for (size_t i = 0; i < n; i++) {
                uint32_t s = u[i + j] + v[i] + c;
                c = s >= BASE;
                u[i + j] = c ? s - BASE : s;
            }
            t += BASE + c;
            t %= BASE;
        }
        u[j + n] = (uint32_t)t;
        q[j] = (uint32_t)qhat;
    }
    /* the remainder, scaled back */
    uint64_t rem = 0;
    for (size_t k = n; k-- > 0;) {
        uint64_t cur = rem * BASE + u[k];
        r[k] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    free(u);
    return QX_OK;
}

qx_status bigdec_divmod(bigdec *quot, bigdec *rem, const bigdec *a, const bigdec *b) {
    assert(!quot || (quot != rem && quot != a && quot != b));
    assert(!rem || (rem != a && rem != b));
    if (!b->len || a->frac || b->frac)
        return QX_EINVAL;
    bigdec q = BIGDEC_INIT, r = BIGDEC_INIT;
    qx_status st = QX_OK;
    if (cmp_mag(a, b) < 0) {
        st = bigdec_copy(&r, a);
    } else if (b->len == 1) {
        st = bigdec_copy(&q, a);
        if (st == QX_OK)
            st = bigdec_set_u64(&r, bigdec_divmod_small(&q, b->limb[0]));
    } else if ((st = reserve(&q, a->len - b->len + 1)) == QX_OK &&
               (st = reserve(&r, b->len)) == QX_OK) {
        st = divide_long(q.limb, r.limb, a->limb, a->len, b->limb, b->len);
        q.len = st == QX_OK ? a->len - b->len + 1 : 0;
        r.len = st == QX_OK ? b->len : 0;
    }
    q.neg = a->neg != b->neg;
    r.neg = a->neg;
    r.frac = q.frac = 0;
    trim(&q);
    trim(&r);
    if (st == QX_OK && quot)
        st = bigdec_copy(quot, &q);
    if (st == QX_OK && rem)
        st = bigdec_copy(rem, &r);
    bigdec_free(&q);
    bigdec_free(&r);
    return st;
}

qx_status bigdec_gcd(bigdec *out, const bigdec *a, const bigdec *b) {
    assert(out != a && out != b);
    bigdec x = BIGDEC_INIT, y = BIGDEC_INIT, r = BIGDEC_INIT;
    qx_status st = bigdec_copy(&x, a);
    if (st == QX_OK)
        st = bigdec_copy(&y, b);
    x.neg = y.neg = false;
    while (st == QX_OK && y.len) {
        st = bigdec_divmod(NULL, &r, &x, &y);
        bigdec t = x;
        x = y;
        y = r;
        r = t;
    }
    if (st == QX_OK)
        st = bigdec_copy(out, &x);
    bigdec_free(&x);
    bigdec_free(&y);
    bigdec_free(&r);
    return st;
}

static char *put_limb(char *p, uint32_t v, bool pad) {
    char digits[9];
    int n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (pad && n < 9)
        digits[n++] = '0';
    while (n)
        *p++ = digits[--n];
    return p;
}

qx_status bigdec_format(qx_buf *out, const bigdec *a) {
    size_t limbs = a->len > a->frac ? a->len : a->frac;
    if (limbs > (SIZE_MAX - 4) / 9 || qx_buf_reserve(out, 9 * limbs + 3) != QX_OK)
        return QX_ENOMEM;
    char *p = out->data + out->len;
    if (a->neg)
        *p++ = '-';
    if (a->len <= a->frac)
        *p++ = '0';
    for (size_t k = a->len; k-- > a->frac;)
        p = put_limb(p, a->limb[k], k + 1 != a->len);
    size_t low = 0; /* the lowest fraction limb that is not zero */
    while (low < a->frac && (low >= a->len || a->limb[low] == 0))
        low++;
    if (low < a->frac) {
        *p++ = '.';
        for (size_t k = a->frac; k-- > low;)
            p = put_limb(p, k < a->len ? a->limb[k] : 0, true);
        while (p[-1] == '0')
            p--;
    }
    out->len = (size_t)(p - out->data);
    out->data[out->len] = '\0';
    return QX_OK;
}

/* ----- fractions ----- */

void bigrat_free(bigrat *r) {
    if (!r)
        return;
    bigdec_free(&r->num);
    bigdec_free(&r->den);
}

void bigrat_set_zero(bigrat *r) {
    bigdec_set_zero(&r->num);
    bigdec_set_zero(&r->den);
}

bool bigrat_is_decimal(const bigrat *r) {
    return r->den.len == 0;
}

qx_status bigrat_copy(bigrat *out, const bigrat *a) {
    qx_status st = bigdec_copy(&out->num, &a->num);
    return st == QX_OK ? bigdec_copy(&out->den, &a->den) : st;
}

/* [+-]DIGITS/DIGITS: where the slash is, or 0. */
static size_t fraction_syntax(const char *text, size_t len) {
    size_t i = 0;
    if (i < len && (text[i] == '+' || text[i] == '-'))
        i++;
    size_t start = i;
    while (i < len && is_digit(text[i]))
        i++;
    if (i == start || i == len || text[i] != '/')
        return 0;
    size_t slash = i++;
    start = i;
    while (i < len && is_digit(text[i]))
        i++;
    return i == len && i > start ? slash : 0;
}

qx_status bigrat_parse(bigrat *out, const char *text, size_t len) {
    bigrat_set_zero(out);
    if (!len || !memchr(text, '/', len))
        return bigdec_parse(&out->num, text, len);
    size_t slash = fraction_syntax(text, len);
    if (!slash)
        return QX_EPARSE;
    qx_status st = bigdec_parse(&out->num, text, slash);
    if (st == QX_OK)
        st = bigdec_parse(&out->den, text + slash + 1, len - slash - 1);
    if (st == QX_OK && out->den.len == 0)
        st = QX_EPARSE; /* n/0 */
    if (st != QX_OK) {
        bigrat_set_zero(out);
        return st;
    }
    if (out->den.len == 1 && out->den.limb[0] == 1)
        out->den.len = 0; /* n/1 is a decimal */
    return QX_OK;
}

/* T = A * B, then swapped into A. */
static qx_status mul_into(bigdec *a, const bigdec *b, bigdec *t) {
    qx_status st = bigdec_mul(t, a, b);
    if (st == QX_OK) {
        bigdec s = *a;
        *a = *t;
        *t = s;
    }
    return st;
}

/* ACC += X when both have denominators: over the least common multiple. */
static qx_status add_fractions(bigrat *acc, const bigrat *x) {
    if (bigdec_cmp(&acc->den, &x->den) == 0)
        return bigdec_add(&acc->num, &x->num);
    bigdec g = BIGDEC_INIT, acc_part = BIGDEC_INIT, x_part = BIGDEC_INIT, t = BIGDEC_INIT;
    /* acc/d1 + x/d2 = (acc * d2/g + x * d1/g) / (d1 * d2/g) */
    qx_status st = bigdec_gcd(&g, &acc->den, &x->den);
    if (st == QX_OK)
        st = bigdec_divmod(&acc_part, NULL, &x->den, &g); /* d2/g */
    if (st == QX_OK)
        st = bigdec_divmod(&x_part, NULL, &acc->den, &g); /* d1/g */
    if (st == QX_OK)
        st = mul_into(&acc->num, &acc_part, &t);
    if (st == QX_OK)
        st = mul_into(&acc->den, &acc_part, &t);
    if (st == QX_OK)
        st = bigdec_mul(&t, &x->num, &x_part);
    if (st == QX_OK)
        st = bigdec_add(&acc->num, &t);
    bigdec_free(&g);
    bigdec_free(&acc_part);
    bigdec_free(&x_part);
    bigdec_free(&t);
    return st;
}

qx_status bigrat_add(bigrat *acc, const bigrat *x) {
    assert(acc != x);
    if (!acc->den.len && !x->den.len)
        return bigdec_add(&acc->num, &x->num);
    if (!x->num.len)
        return QX_OK;
    if (!acc->num.len)
        return bigrat_copy(acc, x);
    if (acc->den.len && x->den.len)
        return add_fractions(acc, x);
    bigdec t = BIGDEC_INIT;
    qx_status st;
    if (!acc->den.len) { /* a + p/q = (a * q + p) / q */
        st = mul_into(&acc->num, &x->den, &t);
        if (st == QX_OK)
            st = bigdec_add(&acc->num, &x->num);
        if (st == QX_OK)
            st = bigdec_copy(&acc->den, &x->den);
    } else { /* p/q + a = (p + a * q) / q */
        st = bigdec_mul(&t, &x->num, &acc->den);
        if (st == QX_OK)
            st = bigdec_add(&acc->num, &t);
    }
    bigdec_free(&t);
    return st;
}

qx_status bigrat_div_u64(bigrat *r, uint64_t n) {
    if (n == 0)
        return QX_EINVAL;
    if (n == 1)
        return QX_OK;
    if (!r->den.len)
        return bigdec_set_u64(&r->den, n);
    bigdec m = BIGDEC_INIT, t = BIGDEC_INIT;
    qx_status st = bigdec_set_u64(&m, n);
    if (st == QX_OK)
        st = mul_into(&r->den, &m, &t);
    bigdec_free(&m);
    bigdec_free(&t);
    return st;
}

static int sign_of(const bigdec *d) {
    return d->neg ? -1 : d->len != 0;
}

qx_status bigrat_cmp(int *out, const bigrat *a, const bigrat *b, bigdec tmp[2]) {
    int sa = sign_of(&a->num), sb = sign_of(&b->num);
    if (sa != sb || (!a->den.len && !b->den.len)) {
        *out = sa != sb ? (sa < sb ? -1 : 1) : bigdec_cmp(&a->num, &b->num);
        return QX_OK;
    }
    /* a.num / a.den <=> b.num / b.den, both denominators positive */
    const bigdec *x = &a->num, *y = &b->num;
    qx_status st = QX_OK;
    if (b->den.len) {
        st = bigdec_mul(&tmp[0], &a->num, &b->den);
        x = &tmp[0];
    }
    if (st == QX_OK && a->den.len) {
        st = bigdec_mul(&tmp[1], &b->num, &a->den);
        y = &tmp[1];
    }
    *out = st == QX_OK ? bigdec_cmp(x, y) : 0;
    return st;
}

/* How many times 2 (or 5) divides D, dividing it out. */
static size_t strip_factor(bigdec *d, uint32_t p) {
    size_t count = 0;
    while (d->len && d->limb[0] % p == 0) {
        bigdec_divmod_small(d, p);
        count++;
    }
    return count;
}

/* Q = N / D rounded half to even (N, D positive integers). */
static qx_status divide_rounded(bigdec *q, const bigdec *n, const bigdec *d) {
    bigdec r = BIGDEC_INIT, one = BIGDEC_INIT;
    qx_status st = bigdec_divmod(q, &r, n, d);
    if (st == QX_OK)
        st = bigdec_mul_small(&r, 2);
    if (st == QX_OK) {
        int c = cmp_mag(&r, d);
        if (c > 0 || (c == 0 && q->len && q->limb[0] % 2))
            if ((st = bigdec_set_u64(&one, 1)) == QX_OK)
                st = bigdec_add(q, &one);
    }
    bigdec_free(&r);
    bigdec_free(&one);
    return st;
}

/* Appends N/D (N, D positive integers in lowest terms, D not a power of 2
 * times a power of 5) as a fraction or rounded to PLACES. */
static qx_status format_inexact(qx_buf *out, bool neg, bigdec *n, const bigdec *d, long places) {
    qx_status st;
    if (places < 0) {
        n->neg = neg;
        st = bigdec_format(out, n);
        if (st == QX_OK)
            st = qx_buf_append(out, "/", 1);
        return st == QX_OK ? bigdec_format(out, d) : st;
    }
    size_t limbs = ((size_t)places + 8) / 9;
    bigdec q = BIGDEC_INIT;
    st = shift_up(n, (size_t)places / 9);
    if (st == QX_OK)
        st = bigdec_mul_small(n, pow10_u32[places % 9]);
    if (st == QX_OK)
        st = divide_rounded(&q, n, d);
    /* q has PLACES decimals: make them whole limbs */
    if (st == QX_OK)
        st = bigdec_mul_small(&q, pow10_u32[9 * limbs - (size_t)places]);
    q.frac = limbs;
    q.neg = neg && q.len;
    if (st == QX_OK)
        st = bigdec_format(out, &q);
    bigdec_free(&q);
    return st;
}

qx_status bigrat_format(qx_buf *out, const bigrat *r, long places) {
    if (!r->den.len || !r->num.len)
        return bigdec_format(out, &r->num);
    /* num / den = n / d with integers: n the limbs of num, d = den * 10^(9 frac) */
    bigdec n = BIGDEC_INIT, d = BIGDEC_INIT, g = BIGDEC_INIT, t = BIGDEC_INIT;
    qx_status st = bigdec_copy(&n, &r->num);
    n.frac = 0;
    n.neg = false;
    if (st == QX_OK)
        st = bigdec_copy(&d, &r->den);
    if (st == QX_OK)
        st = shift_up(&d, r->num.frac);
    if (st == QX_OK)
        st = bigdec_gcd(&g, &n, &d);
    if (st == QX_OK && !(g.len == 1 && g.limb[0] == 1)) {
        if ((st = bigdec_divmod(&t, NULL, &n, &g)) == QX_OK &&
            (st = bigdec_copy(&n, &t)) == QX_OK && (st = bigdec_divmod(&t, NULL, &d, &g)) == QX_OK)
            st = bigdec_copy(&d, &t);
    }
    if (st == QX_OK)
        st = bigdec_copy(&t, &d);
    if (st == QX_OK) {
        size_t twos = strip_factor(&t, 2), fives = strip_factor(&t, 5);
        if (t.len == 1 && t.limb[0] == 1) { /* a finite decimal: n * 10^k / d */
            size_t limbs = ((twos > fives ? twos : fives) + 8) / 9;
            if ((st = shift_up(&n, limbs)) == QX_OK &&
                (st = bigdec_divmod(&t, NULL, &n, &d)) == QX_OK) {
                t.frac = limbs;
                t.neg = r->num.neg && t.len;
                st = bigdec_format(out, &t);
            }
        } else {
            st = format_inexact(out, r->num.neg, &n, &d, places);
        }
    }
    bigdec_free(&n);
    bigdec_free(&d);
    bigdec_free(&g);
    bigdec_free(&t);
    return st;
}
