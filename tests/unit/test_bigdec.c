/* cmd/common/bigdec.c: exact decimals and fractions of any size. */
#include "bigdec.h"
#include "check.h"

#include <stdlib.h>

/* The formatted value of a bigdec or bigrat, in a buffer the caller frees. */
static char *text_of_dec(const bigdec *d) {
    qx_buf b = QX_BUF_INIT;
    if (bigdec_format(&b, d) != QX_OK)
        return NULL;
    return b.data;
}

static char *text_of_rat(const bigrat *r, long places) {
    qx_buf b = QX_BUF_INIT;
    if (bigrat_format(&b, r, places) != QX_OK)
        return NULL;
    return b.data;
}

#define CHECK_DEC(d, want)                                                                         \
    do {                                                                                           \
        char *text_ = text_of_dec(d);                                                              \
        CHECK_STR(text_, want);                                                                    \
        free(text_);                                                                               \
    } while (0)

#define CHECK_RAT(r, places, want)                                                                 \
    do {                                                                                           \
        char *text_ = text_of_rat(r, places);                                                      \
        CHECK_STR(text_, want);                                                                    \
        free(text_);                                                                               \
    } while (0)

static void set(bigdec *d, const char *text) {
    CHECK_INT(bigdec_parse(d, text, strlen(text)), QX_OK);
}

static void set_rat(bigrat *r, const char *text) {
    CHECK_INT(bigrat_parse(r, text, strlen(text)), QX_OK);
}

static void test_parse_format(void) {
    static const char *const cases[][2] = {
        {"0", "0"},
        {"-0", "0"},
        {"+0.000", "0"},
        {"+5", "5"},
        {"007", "7"},
        {"1.50", "1.5"},
        {".5", "0.5"},
        {"5.", "5"},
        {"-12.5", "-12.5"},
        {"0.25", "0.25"},
        {"2438000000", "2438000000"},
        {"1000000000", "1000000000"},
        {"999999999", "999999999"},
        {"0.000000001", "0.000000001"},
        {"0.000000000001", "0.000000000001"},
        {"-0.1000000000", "-0.1"},
        {"123456789012345678901234567890.123456789012345678901",
         "123456789012345678901234567890.123456789012345678901"},
        {"100000000000000000000.000000000000000000001",
         "100000000000000000000.000000000000000000001"},
    };
    bigdec d = BIGDEC_INIT;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        set(&d, cases[i][0]);
        CHECK_DEC(&d, cases[i][1]);
    }
    static const char *const bad[] = {"",    "+",     "-",   ".",    "1,000", "1e5", " 1",  "1 ",
                                      "abc", "1.2.3", "--1", "0x10", "inf",   "nan", "1/3", "١"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK_INT(bigdec_parse(&d, bad[i], strlen(bad[i])), QX_EPARSE);
        CHECK_DEC(&d, "0");
    }
    /* not NUL-terminated: the length counts */
    CHECK_INT(bigdec_parse(&d, "12345", 3), QX_OK);
    CHECK_DEC(&d, "123");
    CHECK_INT(bigdec_set_u64(&d, UINT64_MAX), QX_OK);
    CHECK_DEC(&d, "18446744073709551615");
    bigdec_free(&d);
    bigdec_free(&d); /* twice is harmless */
}

/* The sum of the decimals in LIST. */
static void check_sum(const char *const *list, size_t n, const char *want) {
    bigdec acc = BIGDEC_INIT, x = BIGDEC_INIT;
    for (size_t i = 0; i < n; i++) {
        set(&x, list[i]);
        CHECK_INT(bigdec_add(&acc, &x), QX_OK);
    }
    CHECK_DEC(&acc, want);
    bigdec_free(&acc);
    bigdec_free(&x);
}

static void test_add(void) {
    const char *tenths[10];
    for (int i = 0; i < 10; i++)
        tenths[i] = "0.1";
    check_sum(tenths, 10, "1");
    check_sum((const char *[]){"5", "-7.25"}, 2, "-2.25");
    check_sum((const char *[]){"-2.25", "2.25"}, 2, "0");
    check_sum((const char *[]){"2.25", "-2.25"}, 2, "0");
    check_sum((const char *[]){"999999999999999999", "1"}, 2, "1000000000000000000");
    check_sum((const char *[]){"1000000000000000000", "-1"}, 2, "999999999999999999");
    check_sum((const char *[]){"-1", "1000000000000000000"}, 2, "999999999999999999");
    check_sum((const char *[]){"0.00000000000000000001", "100000000000000000000"}, 2,
              "100000000000000000000.00000000000000000001");
    check_sum((const char *[]){"100000000000000000000", "0.00000000000000000001"}, 2,
              "100000000000000000000.00000000000000000001");
    check_sum((const char *[]){"0.5", "-0.000000000001"}, 2, "0.499999999999");
    check_sum((const char *[]){"-0.000000000001", "0.5"}, 2, "0.499999999999");
    check_sum((const char *[]){"1.999999999", "0.000000001", "-2"}, 3, "0");
    /* beyond 2^64 */
    check_sum((const char *[]){"18446744073709551615", "1"}, 2, "18446744073709551616");

    /* a million 20-digit values, and a million with cents */
    bigdec acc = BIGDEC_INIT, cents = BIGDEC_INIT, x = BIGDEC_INIT, y = BIGDEC_INIT;
    set(&x, "12345678901234567890");
    set(&y, "99999999999999999999.99");
    int failures = 0;
    for (int i = 0; i < 1000000; i++)
        failures += bigdec_add(&acc, &x) != QX_OK || bigdec_add(&cents, &y) != QX_OK;
    CHECK_INT(failures, 0);
    CHECK_DEC(&acc, "12345678901234567890000000");
    CHECK_DEC(&cents, "99999999999999999999990000");
    bigdec_free(&acc);
    bigdec_free(&cents);
    bigdec_free(&x);
    bigdec_free(&y);
}

static void test_cmp(void) {
    static const struct {
        const char *a, *b;
        int want;
    } cases[] = {
        {"0", "-0", 0},
        {"1", "2", -1},
        {"-1", "-2", 1},
        {"1.5", "1.50", 0},
        {"0.1", "0.01", 1},
        {"-0.1", "0", -1},
        {"0", "-0.1", 1},
        {"1000000000", "999999999.999999999", 1},
        {"0.000000000001", "0.000000001", -1},
        {"12345678901234567890", "12345678901234567891", -1},
    };
    bigdec a = BIGDEC_INIT, b = BIGDEC_INIT;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        set(&a, cases[i].a);
        set(&b, cases[i].b);
        CHECK_INT(bigdec_cmp(&a, &b), cases[i].want);
        CHECK_INT(bigdec_cmp(&b, &a), -cases[i].want);
    }
    bigdec_free(&a);
    bigdec_free(&b);
}

static void test_mul(void) {
    bigdec a = BIGDEC_INIT, b = BIGDEC_INIT, r = BIGDEC_INIT;
    set(&a, "123456789012345678901234567890");
    set(&b, "987654321987654321");
    CHECK_INT(bigdec_mul(&r, &a, &b), QX_OK);
    CHECK_DEC(&r, "121932631246761163237311385323609205901126352690");
    set(&a, "1.5");
    set(&b, "-0.2");
    CHECK_INT(bigdec_mul(&r, &a, &b), QX_OK);
    CHECK_DEC(&r, "-0.3");
    set(&b, "0");
    CHECK_INT(bigdec_mul(&r, &a, &b), QX_OK);
    CHECK_DEC(&r, "0");
    set(&a, "999999999");
    CHECK_INT(bigdec_mul_small(&a, 4294967295u), QX_OK);
    CHECK_DEC(&a, "4294967290705032705");
    bigdec_free(&a);
    bigdec_free(&b);
    bigdec_free(&r);
}

static uint64_t next_random(uint64_t *state) {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

/* A random integer of up to MAX_LIMBS limbs, with runs of 0 and 999999999
 * limbs, where the estimates of long division go wrong. */
static void random_int(bigdec *d, uint64_t *state, size_t max_limbs) {
    char text[1 + 9 * 16 + 1];
    size_t n = 1 + next_random(state) % max_limbs, pos = 0;
    if (next_random(state) % 3 == 0)
        text[pos++] = '-';
    for (size_t i = 0; i < n && i < 16; i++) {
        uint64_t r = next_random(state);
        for (int k = 0; k < 9; k++)
            text[pos++] = r % 4 == 0   ? '0'
                          : r % 4 == 1 ? '9'
                                       : (char)('0' + (r >> (8 + 4 * k)) % 10);
    }
    CHECK_INT(bigdec_parse(d, text, pos), QX_OK);
}

/* a == q * b + r with |r| < |b| and r of a's sign, for random integers. */
static void test_divmod(void) {
    bigdec a = BIGDEC_INIT, b = BIGDEC_INIT, q = BIGDEC_INIT, r = BIGDEC_INIT, back = BIGDEC_INIT;
    set(&a, "1000000000000000000000000000000");
    set(&b, "7");
    CHECK_INT(bigdec_divmod(&q, &r, &a, &b), QX_OK);
    CHECK_DEC(&q, "142857142857142857142857142857");
    CHECK_DEC(&r, "1");
    set(&b, "0");
    CHECK_INT(bigdec_divmod(&q, &r, &a, &b), QX_EINVAL);
    set(&b, "0.5");
    CHECK_INT(bigdec_divmod(&q, &r, &a, &b), QX_EINVAL);
    uint64_t state = 0x9E3779B97F4A7C15u;
    int failures = 0;
    for (int i = 0; i < 20000; i++) {
        random_int(&a, &state, 8);
        do
            random_int(&b, &state, 5);
        while (!b.len);
        if (bigdec_divmod(&q, &r, &a, &b) != QX_OK || bigdec_mul(&back, &q, &b) != QX_OK ||
            bigdec_add(&back, &r) != QX_OK) {
            failures++;
            continue;
        }
        bigdec abs_r = r, abs_b = b;
        abs_r.neg = abs_b.neg = false;
        abs_r.cap = abs_b.cap = 0; /* views */
        if (bigdec_cmp(&back, &a) != 0 || bigdec_cmp(&abs_r, &abs_b) >= 0 ||
            (r.len && r.neg != a.neg)) {
            if (failures++ < 3) {
                char *ta = text_of_dec(&a), *tb = text_of_dec(&b);
                fprintf(stderr, "divmod wrong for %s / %s\n", ta, tb);
                free(ta);
                free(tb);
            }
        }
    }
    CHECK_INT(failures, 0);
    set(&a, "55340232221128654848"); /* 2^64 * 3 */
    set(&b, "600000000000000000000");
    CHECK_INT(bigdec_gcd(&q, &a, &b), QX_OK);
    CHECK_DEC(&q, "6291456");
    set(&b, "0");
    CHECK_INT(bigdec_gcd(&q, &a, &b), QX_OK);
    CHECK_DEC(&q, "55340232221128654848");
    bigdec_free(&a);
    bigdec_free(&b);
    bigdec_free(&q);
    bigdec_free(&r);
    bigdec_free(&back);
}

static void test_fractions(void) {
    bigrat a = BIGRAT_INIT, b = BIGRAT_INIT;
    static const char *const bad[] = {"1/0",  "1.5/3", "/3",   "3/",  "1/-3",
                                      "1//3", "1/3/4", "1/ 3", "-/3", "1/+3"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK_INT(bigrat_parse(&a, bad[i], strlen(bad[i])), QX_EPARSE);
    set_rat(&a, "7/1");
    CHECK(bigrat_is_decimal(&a));
    set_rat(&a, "2/8");
    CHECK(!bigrat_is_decimal(&a));
    CHECK_RAT(&a, -1, "0.25");
    set_rat(&a, "-2/4");
    CHECK_RAT(&a, -1, "-0.5");
    set_rat(&a, "0/3");
    CHECK_RAT(&a, -1, "0");
    set_rat(&a, "140000000/3");
    CHECK_RAT(&a, -1, "140000000/3");
    CHECK_RAT(&a, 2, "46666666.67");
    set_rat(&a, "-6/9");
    CHECK_RAT(&a, -1, "-2/3");
    CHECK_RAT(&a, 15, "-0.666666666666667");
    CHECK_RAT(&a, 0, "-1");
    set_rat(&a, "1/1152921504606846976"); /* 2^-60 terminates, 60 places */
    CHECK_RAT(&a, 15, "0.000000000000000000867361737988403547205962240695953369140625");

    /* 1/3 + 1/3 + 1/3 = 1; 1/3 + 1/6 = 1/2; 0.5 + 1/3 = 5/6; 1/3 + 1/7 = 10/21 */
    set_rat(&a, "1/3");
    set_rat(&b, "1/3");
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_RAT(&a, -1, "1");
    set_rat(&a, "1/3");
    set_rat(&b, "1/6");
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_RAT(&a, -1, "0.5");
    set_rat(&a, "0.5");
    set_rat(&b, "1/3");
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_RAT(&a, -1, "5/6");
    set_rat(&a, "1/3");
    set_rat(&b, "0.5");
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_RAT(&a, -1, "5/6");
    set_rat(&a, "1/3");
    set_rat(&b, "1/7");
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_RAT(&a, -1, "10/21");
    CHECK_INT(a.den.len == 1 && a.den.limb[0] == 21, 1); /* the lcm, not 3 * 7 * ... */
    set_rat(&b, "-10/21");
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_RAT(&a, -1, "0");
    /* decimals only; adding to zero; adding zero; a copy */
    set_rat(&a, "1.5");
    set_rat(&b, "2.5");
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_RAT(&a, -1, "4");
    CHECK(bigrat_is_decimal(&a));
    bigrat_set_zero(&a);
    set_rat(&b, "1/3");
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_RAT(&a, -1, "1/3");
    set_rat(&b, "0/5");
    CHECK_INT(bigrat_add(&a, &b), QX_OK);
    CHECK_RAT(&a, -1, "1/3");
    CHECK_INT(bigrat_copy(&b, &a), QX_OK);
    CHECK_INT(bigrat_div_u64(&b, 1), QX_OK);
    CHECK_RAT(&b, -1, "1/3");

    /* means: (1 + 2 + 2) / 3, 10 / 4, and a tiny negative rounding to 0 */
    set_rat(&a, "5");
    CHECK_INT(bigrat_div_u64(&a, 3), QX_OK);
    CHECK_RAT(&a, 15, "1.666666666666667");
    CHECK_RAT(&a, -1, "5/3");
    set_rat(&a, "10");
    CHECK_INT(bigrat_div_u64(&a, 4), QX_OK);
    CHECK_RAT(&a, 15, "2.5");
    set_rat(&a, "-0.00000000000000000001");
    CHECK_INT(bigrat_div_u64(&a, 3), QX_OK);
    CHECK_RAT(&a, 15, "0");
    CHECK_INT(bigrat_div_u64(&a, 0), QX_EINVAL);
    set_rat(&a, "1/3");
    CHECK_INT(bigrat_div_u64(&a, UINT64_MAX), QX_OK);
    CHECK_RAT(&a, -1, "1/55340232221128654845");
    set_rat(&a, "0.1");
    CHECK_INT(bigrat_div_u64(&a, 3), QX_OK);
    CHECK_RAT(&a, 15, "0.033333333333333");
    CHECK_RAT(&a, -1, "1/30");
    bigrat_free(&a);
    bigrat_free(&b);
}

static void test_rat_cmp(void) {
    static const struct {
        const char *a, *b;
        int want;
    } cases[] = {
        {"1/3", "0.34", -1},    {"1/3", "0.333", 1},
        {"-1/3", "-0.333", -1}, {"2/6", "1/3", 0},
        {"1/3", "-1/3", 1},     {"0/3", "0", 0},
        {"-1/7", "0", -1},      {"5", "10/2", 0},
        {"1", "2", -1},         {"140000000/3", "46666666.67", -1},
    };
    bigrat a = BIGRAT_INIT, b = BIGRAT_INIT;
    bigdec tmp[2] = {BIGDEC_INIT, BIGDEC_INIT};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int c = 2;
        set_rat(&a, cases[i].a);
        set_rat(&b, cases[i].b);
        CHECK_INT(bigrat_cmp(&c, &a, &b, tmp), QX_OK);
        CHECK_INT(c, cases[i].want);
        CHECK_INT(bigrat_cmp(&c, &b, &a, tmp), QX_OK);
        CHECK_INT(c, -cases[i].want);
    }
    bigrat_free(&a);
    bigrat_free(&b);
    bigdec_free(&tmp[0]);
    bigdec_free(&tmp[1]);
}

int main(void) {
    test_parse_format();
    test_add();
    test_cmp();
    test_mul();
    test_divmod();
    test_fractions();
    test_rat_cmp();
    return check_report();
}
