/* Claims in base units (qx-claims --si): exact factors only, so a value in
 * mu becomes square metres as a fraction when it must (1 mu = 2000/3 m²). */
#include "claims_number.h"

#include <string.h>

typedef struct si_factor {
    const char *unit, *base;
    uint64_t num, den; /* value × num / den */
    int exp;           /* and × 10^exp */
} si_factor;

static const si_factor factors[] = {
    {"t", "kg", 1, 1, 3},     {"kg", "kg", 1, 1, 0},   {"g", "kg", 1, 1, -3},
    {"jin", "kg", 5, 1, -1},  {"mu", "m2", 2000, 3, 0}, {"ha", "m2", 1, 1, 4},
    {"km2", "m2", 1, 1, 6},   {"m2", "m2", 1, 1, 0},   {"km", "m", 1, 1, 3},
    {"m", "m", 1, 1, 0},      {"cm", "m", 1, 1, -2},   {"mm", "m", 1, 1, -3},
    {"L", "m3", 1, 1, -3},    {"mL", "m3", 1, 1, -6},  {"m3", "m3", 1, 1, 0},
    {"kW", "W", 1, 1, 3},     {"MW", "W", 1, 1, 6},    {"kWh", "J", 36, 1, 5},
    {"h", "s", 3600, 1, 0},   {"min", "s", 60, 1, 0},  {"s", "s", 1, 1, 0},
    {"day", "s", 86400, 1, 0}, {"week", "s", 604800, 1, 0},
};

/* Reads a value the library wrote: digits with an optional point. */
static bool parse_value(const char *text, qx__dec *out) {
    uint64_t coef = 0;
    int frac = -1;
    bool negative = *text == '-';
    if (negative)
        text++;
    if (!*text)
        return false;
    for (const char *p = text; *p; p++) {
        if (*p == '.' && frac < 0) {
            frac = 0;
            continue;
        }
        if (*p < '0' || *p > '9')
            return false;
        if (__builtin_mul_overflow(coef, 10u, &coef) || __builtin_add_overflow(coef, (uint64_t)(*p - '0'), &coef))
            return false;
        if (frac >= 0)
            frac++;
    }
    out->coef = coef;
    out->exp = frac > 0 ? -frac : 0;
    out->den = 1;
    out->ok = true;
    out->neg = negative;
    return true;
}

static void convert(const char *in, const si_factor *f, char out[QX_VALUE_MAX]) {
    qx__dec v;
    out[0] = '\0';
    if (!parse_value(in, &v)) {
        if (*in)
            strcpy(out, ""); /* a fraction value: no exact base-unit form here */
        return;
    }
    v = qx__dec_shift(qx__dec_mul(v, qx__dec_int(f->num)), f->exp);
    if (f->den != 1)
        v = qx__dec_div(v, qx__dec_int(f->den));
    qx__dec_format(v, out, QX_VALUE_MAX);
}

void qx_claim_si(const qx_claim *claim, char value[QX_VALUE_MAX], char value_max[QX_VALUE_MAX],
                 const char **unit) {
    for (size_t i = 0; i < sizeof factors / sizeof *factors; i++)
        if (strcmp(claim->unit, factors[i].unit) == 0 && claim->kind != QX_KIND_DATE) {
            convert(claim->value, &factors[i], value);
            convert(claim->value_max, &factors[i], value_max);
            *unit = factors[i].base;
            return;
        }
    memcpy(value, claim->value, QX_VALUE_MAX);
    memcpy(value_max, claim->value_max, QX_VALUE_MAX);
    *unit = claim->unit;
}
