/* Exact numbers of any size for the tools (qx-sum's sums, extremes, means
 * and medians): decimals, and fractions for the values that qingxi writes
 * as p/q because they have no finite decimal. No binary floating point
 * anywhere; nothing rounds unless a function says so.
 *
 * Every function that can fail returns QX_OK or QX_ENOMEM (QX_EPARSE from
 * the parsers, QX_EINVAL for a division by zero), and on failure leaves
 * its output a valid number (not necessarily the old one). */
#ifndef QX_BIGDEC_H
#define QX_BIGDEC_H

#include "qingxi.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A decimal number: its magnitude in base-10^9 limbs, least significant
 * first, of which the lowest FRAC are below the point:
 *
 *     value = (neg ? -1 : 1) * sum(limb[i] * 10^(9 * i)) / 10^(9 * frac)
 *
 * The scale is kept in whole limbs, so lining two numbers up for an
 * addition moves limbs and multiplies nothing. LEN is minimal (no zero limb
 * at the top) and may be less than FRAC (0.000000000001 is one limb, 1000,
 * with frac 2); zero has len 0 and is never negative. A bigdec owns its
 * limbs unless CAP is 0 (a view of limbs owned elsewhere, never written). */
typedef struct bigdec {
    uint32_t *limb;
    size_t len;
    size_t cap;
    size_t frac;
    bool neg;
} bigdec;

#define BIGDEC_INIT {NULL, 0, 0, 0, false}
#define BIGDEC_BASE 1000000000u

void bigdec_free(bigdec *d);
void bigdec_set_zero(bigdec *d);
qx_status bigdec_set_u64(bigdec *out, uint64_t value);
qx_status bigdec_copy(bigdec *out, const bigdec *a);

/* A decimal as qingxi writes it, [+-]DIGITS[.DIGITS] (also 5. and .5), of
 * any length: QX_EPARSE for anything else (empty, spaces, thousands
 * separators, exponents, inf, nan, fractions), with OUT zero. */
qx_status bigdec_parse(bigdec *out, const char *text, size_t len);

/* ACC += X, exactly. X must not be ACC. */
qx_status bigdec_add(bigdec *acc, const bigdec *x);
/* -1, 0 or 1 as A is less than, equal to or greater than B. */
int bigdec_cmp(const bigdec *a, const bigdec *b);
/* OUT = A * B, exactly (OUT must be neither). */
qx_status bigdec_mul(bigdec *out, const bigdec *a, const bigdec *b);
/* A *= M, exactly. */
qx_status bigdec_mul_small(bigdec *a, uint32_t m);
/* The integer magnitudes (the limbs read as an integer, FRAC ignored): A is
 * divided by N (N > 0) in place and the remainder returned. */
uint32_t bigdec_divmod_small(bigdec *a, uint32_t n);
/* Integers: QUOT = A / B truncated toward zero, REM = A - QUOT * B (the
 * sign of A). QUOT and REM must be distinct and neither A nor B; either may
 * be NULL. QX_EINVAL when B is zero or A or B has a fraction part. */
qx_status bigdec_divmod(bigdec *quot, bigdec *rem, const bigdec *a, const bigdec *b);
/* OUT = the greatest common divisor of the magnitudes of the integers A
 * and B (0 when both are 0). OUT must be neither. */
qx_status bigdec_gcd(bigdec *out, const bigdec *a, const bigdec *b);

/* Appends A to OUT as a plain decimal: no exponent, no leading zeros, no
 * trailing zeros after the point, no point for an integer, never -0. */
qx_status bigdec_format(qx_buf *out, const bigdec *a);

/* A rational number NUM / DEN: NUM a decimal of either sign, DEN a positive
 * integer, where len 0 stands for 1, so that a decimal is a bigrat without
 * a denominator and costs nothing more. Not kept in lowest terms: formatting
 * reduces. */
typedef struct bigrat {
    bigdec num;
    bigdec den;
} bigrat;

#define BIGRAT_INIT {BIGDEC_INIT, BIGDEC_INIT}

void bigrat_free(bigrat *r);
void bigrat_set_zero(bigrat *r);
qx_status bigrat_copy(bigrat *out, const bigrat *a);
/* Is R a decimal (no denominator)? */
bool bigrat_is_decimal(const bigrat *r);

/* A decimal (as bigdec_parse) or a fraction [+-]DIGITS/DIGITS with a
 * denominator that is not zero (qx-claims writes 1/3 and 140000000/3):
 * QX_EPARSE for anything else, with OUT zero. */
qx_status bigrat_parse(bigrat *out, const char *text, size_t len);

/* ACC += X, exactly; the denominator stays the least common multiple of
 * those added. X must not be ACC. */
qx_status bigrat_add(bigrat *acc, const bigrat *x);
/* R /= N (N > 0). */
qx_status bigrat_div_u64(bigrat *r, uint64_t n);
/* *OUT = -1, 0 or 1 as A is less than, equal to or greater than B. TMP is
 * scratch space the caller keeps (BIGDEC_INIT, bigdec_free at the end),
 * used only when A or B has a denominator. */
qx_status bigrat_cmp(int *out, const bigrat *a, const bigrat *b, bigdec tmp[2]);

/* Appends R to OUT, in lowest terms. A decimal, or a fraction whose reduced
 * denominator has no prime factors but 2 and 5, is written exactly as
 * bigdec_format does (2/8 as 0.25). Any other fraction is written, when
 * PLACES < 0, as NUMERATOR/DENOMINATOR (-1/3), and otherwise rounded to
 * PLACES decimal places, half to even (2/3 to 15 places is
 * 0.666666666666667), trailing zeros dropped. */
qx_status bigrat_format(qx_buf *out, const bigrat *r, long places);

#endif
