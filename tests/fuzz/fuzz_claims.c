/* qx_claims_extract and the sentence splitter: any bytes give claims whose
 * spans lie inside the text in order of appearance, whose values are plain
 * decimals or fractions, and whose kinds and hedges have names. Option
 * bit 0: also bare numbers (QX_CLAIMS_NUMBERS). */
#include "fuzz.h"

#include <stdbool.h>

static void check_value(const char *v, bool may_be_empty) {
    size_t n = strlen(v);
    if (n == 0) {
        if (!may_be_empty)
            abort();
        return;
    }
    if (n >= QX_VALUE_MAX)
        abort();
    for (size_t i = 0; i < n; i++)
        if (!strchr("0123456789./-", v[i]))
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    const char *text = (const char *)data;
    qx_claims *claims = qx_claims_new();
    if (!claims)
        abort();
    if (qx_claims_extract(claims, text, size, (o & 1) ? QX_CLAIMS_NUMBERS : 0) != QX_OK)
        abort();
    size_t last_start = 0;
    for (size_t i = 0; i < qx_claims_count(claims); i++) {
        const qx_claim *c = qx_claims_at(claims, i);
        if (c->byte_start > c->byte_end || c->byte_end > size || c->byte_start < last_start)
            abort();
        if (c->start > c->end || c->num_start < c->start || c->num_end > c->end ||
            c->sent_start > c->byte_start || c->sent_end < c->byte_end || c->sent_end > size)
            abort();
        if (c->subject_start > c->subject_end || c->subject_end > size)
            abort();
        check_value(c->value, false);
        check_value(c->value_max, true);
        if (!qx_claim_kind_name(c->kind) || !qx_approx_name(c->approx))
            abort();
        char v[QX_VALUE_MAX], vmax[QX_VALUE_MAX];
        const char *unit;
        qx_claim_si(c, v, vmax, &unit);
        if (!unit)
            abort();
        last_start = c->byte_start;
    }
    for (size_t at = 0; at < size;) {
        size_t end = qx_sentence_end(text, size, at);
        if (end <= at || end > size)
            abort();
        at = end;
    }
    qx_claims_free(claims);
    return 0;
}
