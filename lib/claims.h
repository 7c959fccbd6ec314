/* Internal to the claims module (claims.c, claims_units.c). */
#ifndef QX_CLAIMS_H
#define QX_CLAIMS_H

#include "internal.h"

/* Unit word flags. */
enum {
    QX__UNIT_ENGLISH = 1u << 0, /* a whole English word: needs word boundaries */
    QX__UNIT_TENTHS = 1u << 1,  /* 成: the value counts tenths (七成 = 70 %) */
    QX__UNIT_WAN = 1u << 2,     /* 万吨: the unit carries a factor 10^4 */
    QX__UNIT_YEAR = 1u << 3,    /* 年: a date after a year number */
    QX__UNIT_MONTH = 1u << 4,   /* 月: a date after a month number */
    QX__UNIT_DAY = 1u << 5,     /* 日: a date after a day number */
    QX__UNIT_DISCOUNT = 1u << 6 /* 折: 八折 is 80 %, 七五折 75 % */
};

typedef struct qx__unit_word {
    const char *surface; /* as written */
    const char *unit;    /* canonical */
    qx_claim_kind kind;
    unsigned flags;
} qx__unit_word;

const qx__unit_word *qx__unit_words(size_t *count);
const qx__unit_word *qx__currency_prefixes(size_t *count);
/* Could a unit word (not an English one) start with CP? */
bool qx__unit_lead(uint32_t cp);
/* Are the word tables searched by halves in order? (for the unit tests) */
bool qx__claims_tables_sorted(void);

#endif
