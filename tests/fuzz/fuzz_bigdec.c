/* qx-sum's exact numbers (cmd/common/bigdec.c): the input is two numbers
 * separated by a tab. Whatever parses formats back to itself; sums and
 * products come out the same either way round; integer division leaves
 * A = Q * B + R with |R| < |B|; fractions parse without crashing. */
#include "fuzz.h"
#include "../../cmd/common/bigdec.h"

static int same(const bigdec *a, const bigdec *b) {
    return bigdec_cmp(a, b) == 0;
}

static void round_trip(const bigdec *a) {
    qx_buf text = QX_BUF_INIT;
    bigdec back = BIGDEC_INIT;
    if (bigdec_format(&text, a) != QX_OK || bigdec_parse(&back, text.data, text.len) != QX_OK ||
        !same(a, &back))
        abort();
    qx_buf_free(&text);
    bigdec_free(&back);
}

static void both_ways(const bigdec *a, const bigdec *b) {
    bigdec s1 = BIGDEC_INIT, s2 = BIGDEC_INIT, p1 = BIGDEC_INIT, p2 = BIGDEC_INIT;
    if (bigdec_copy(&s1, a) != QX_OK || bigdec_add(&s1, b) != QX_OK || bigdec_copy(&s2, b) != QX_OK ||
        bigdec_add(&s2, a) != QX_OK || !same(&s1, &s2))
        abort();
    if (bigdec_mul(&p1, a, b) != QX_OK || bigdec_mul(&p2, b, a) != QX_OK || !same(&p1, &p2))
        abort();
    round_trip(&s1);
    round_trip(&p1);
    bigdec_free(&s1);
    bigdec_free(&s2);
    bigdec_free(&p1);
    bigdec_free(&p2);
}

static void division(const bigdec *a, const bigdec *b) {
    bigdec q = BIGDEC_INIT, r = BIGDEC_INIT, back = BIGDEC_INIT, zero = BIGDEC_INIT;
    qx_status st = bigdec_divmod(&q, &r, a, b);
    if (st == QX_OK) {
        /* A = Q * B + R, and R is smaller than B in magnitude */
        if (bigdec_mul(&back, &q, b) != QX_OK || bigdec_add(&back, &r) != QX_OK || !same(&back, a))
            abort();
        bigdec ra = r, rb = *b;
        ra.neg = rb.neg = false;
        if (bigdec_cmp(&ra, &rb) >= 0)
            abort();
    } else if (st != QX_EINVAL || (b->frac == 0 && a->frac == 0 && !same(b, &zero))) {
        abort(); /* refused only for a fraction part or a zero divisor */
    }
    bigdec_free(&q);
    bigdec_free(&r);
    bigdec_free(&back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096)
        return 0; /* products and quotients are quadratic: keep runs short */
    const char *text = (const char *)data, *tab = memchr(text, '\t', size);
    size_t la = tab ? (size_t)(tab - text) : size;
    const char *tb = tab ? tab + 1 : "";
    size_t lb = tab ? size - la - 1 : 0;
    bigdec a = BIGDEC_INIT, b = BIGDEC_INIT;
    bool ok_a = bigdec_parse(&a, text, la) == QX_OK, ok_b = bigdec_parse(&b, tb, lb) == QX_OK;
    if (ok_a)
        round_trip(&a);
    if (ok_a && ok_b) {
        both_ways(&a, &b);
        division(&a, &b);
    }
    bigrat r = BIGRAT_INIT;
    (void)bigrat_parse(&r, text, la);
    bigrat_free(&r);
    bigdec_free(&a);
    bigdec_free(&b);
    return 0;
}
