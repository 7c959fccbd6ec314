/* Allocation failure: every public function that allocates is run again and
 * again with its first, second, third … allocation failing, until it runs
 * through without a failure. None may crash, each must report the failure
 * (QX_ENOMEM, or NULL from a _new) or get by without the memory, and once
 * everything made is freed, nothing the library allocated is left.
 *
 * The library's malloc, calloc, realloc and free are wrapped at link time
 * (-Wl,--wrap; see tests/unit/CMakeLists.txt). Memory that libxml2, PCRE2
 * or iconv allocate inside themselves is theirs and not failed here. */
#include "check.h"
#include "qingxi.h"

#include <stdint.h>
#include <stdlib.h>

void *__real_malloc(size_t size);
void *__real_calloc(size_t count, size_t size);
void *__real_realloc(void *p, size_t size);
void __real_free(void *p);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t count, size_t size);
void *__wrap_realloc(void *p, size_t size);
void __wrap_free(void *p);

static long allocations; /* made since the run began */
static long fail_at = -1; /* the allocation to fail (0: the first); -1 none */
static long live;         /* blocks allocated and not freed */

static int fails_now(void) {
    return fail_at >= 0 && allocations++ == fail_at;
}

void *__wrap_malloc(size_t size) {
    if (fails_now())
        return NULL;
    void *p = __real_malloc(size);
    live += p != NULL;
    return p;
}

void *__wrap_calloc(size_t count, size_t size) {
    if (fails_now())
        return NULL;
    void *p = __real_calloc(count, size);
    live += p != NULL;
    return p;
}

void *__wrap_realloc(void *p, size_t size) {
    if (fails_now())
        return NULL;
    void *q = __real_realloc(p, size);
    live += p == NULL && q != NULL;
    return q;
}

void __wrap_free(void *p) {
    live -= p != NULL;
    __real_free(p);
}

/* ----- the scenarios: each makes, uses and frees; returns the status ----- */

static char *gbk_page, *big5_text, *utf16_text, *front_page;
static size_t gbk_len, big5_len, utf16_len, front_len;

static const char mojibake[] = "鍐烽摼浠撳簱鏀惰喘浜嗚嫻鏋滐紝\n縣長(zhǎng)說(shuō)，當(dāng)?shù)剞r(nóng)民\n"
                               "ÀäÁ´²Ö¿âÊÕ¹ºÁËÆ»¹û\nå†·é“¾ä»“åº“\n速途网,,报道:李楠说:好!\n";
static const char claims_text[] = "全年投入24.38亿元，同比增长约15%。种植3万至5万亩，"
                                  "其中三分之一在山区。Sales rose 3.5 million dollars.";

static qx_status with_doc(qx_status (*use)(qx_ctx *, qx_doc *)) {
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    qx_status st = ctx && doc ? use(ctx, doc) : QX_ENOMEM;
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return st;
}

static qx_status clean_all(qx_ctx *ctx, qx_doc *doc, const char *bytes, size_t len,
                           unsigned stages, unsigned flags) {
    qx_options o;
    qx_options_init(&o);
    o.stages = stages;
    o.flags = flags;
    return qx_clean(ctx, &o, bytes, len, doc);
}

static qx_status use_clean_gbk(qx_ctx *ctx, qx_doc *doc) {
    return clean_all(ctx, doc, gbk_page, gbk_len, QX_STAGE_ALL, QX_OPT_TO_TRADITIONAL);
}
static qx_status use_clean_big5(qx_ctx *ctx, qx_doc *doc) {
    return clean_all(ctx, doc, big5_text, big5_len, QX_STAGE_ALL, QX_OPT_TO_SIMPLIFIED);
}
static qx_status use_clean_utf16(qx_ctx *ctx, qx_doc *doc) {
    return clean_all(ctx, doc, utf16_text, utf16_len, QX_STAGE_ALL, QX_OPT_PUNCT_HALF);
}
static qx_status use_clean_front(qx_ctx *ctx, qx_doc *doc) {
    return clean_all(ctx, doc, front_page, front_len, QX_STAGE_ALL, 0);
}
static qx_status use_clean_mojibake(qx_ctx *ctx, qx_doc *doc) {
    return clean_all(ctx, doc, mojibake, sizeof mojibake - 1, QX_STAGE_ALL, QX_OPT_LINE);
}

/* The stages one by one, as a caller driving them itself would. */
static qx_status use_stages(qx_ctx *ctx, qx_doc *doc) {
    qx_status st = qx_decode(ctx, doc, gbk_page, gbk_len, NULL, 0);
    if (st == QX_OK)
        st = qx_markup(ctx, doc);
    if (st == QX_OK)
        st = qx_space(doc);
    if (st == QX_OK)
        st = qx_boilerplate(ctx, doc);
    if (st == QX_OK)
        st = qx_doc_set_text(doc, mojibake, sizeof mojibake - 1);
    if (st == QX_OK)
        st = qx_repair(ctx, doc);
    if (st == QX_OK)
        st = qx_punct(doc, 0);
    if (st == QX_OK)
        st = qx_script(doc, QX_OPT_TO_SIMPLIFIED);
    if (st == QX_OK)
        st = qx_decode(ctx, doc, big5_text, big5_len, "BIG5", 0);
    return st;
}

static qx_status run_clean_gbk(void) { return with_doc(use_clean_gbk); }
static qx_status run_clean_big5(void) { return with_doc(use_clean_big5); }
static qx_status run_clean_utf16(void) { return with_doc(use_clean_utf16); }
static qx_status run_clean_front(void) { return with_doc(use_clean_front); }
static qx_status run_clean_mojibake(void) { return with_doc(use_clean_mojibake); }
static qx_status run_stages(void) { return with_doc(use_stages); }

static qx_status run_detect(void) {
    qx_detection d;
    qx_status st = qx_detect(gbk_page, gbk_len, 0, &d);
    return st == QX_OK ? qx_detect(utf16_text, utf16_len, 0, &d) : st;
}

static qx_status run_convert(void) {
    static const char trad[] = "頭髮乾燥，後來著名的著作在這裡出版。\n";
    qx_buf out = QX_BUF_INIT;
    size_t used = 0;
    qx_status st = qx_convert(QX_TO_SIMPLIFIED, trad, sizeof trad - 1, 0, &out, &used);
    if (st == QX_OK)
        st = qx_convert(QX_TO_TRADITIONAL, trad + used, sizeof trad - 1 - used, 1, &out, NULL);
    qx_buf_free(&out);
    return st;
}

static qx_status run_claims(void) {
    qx_claims *c = qx_claims_new();
    if (!c)
        return QX_ENOMEM;
    qx_status st = qx_claims_extract(c, claims_text, sizeof claims_text - 1, QX_CLAIMS_NUMBERS);
    for (size_t i = 0; st == QX_OK && i < qx_claims_count(c); i++) {
        char value[QX_VALUE_MAX], value_max[QX_VALUE_MAX];
        const char *unit;
        qx_claim_si(qx_claims_at(c, i), value, value_max, &unit);
    }
    qx_claims_free(c);
    return st;
}

static qx_status run_tsv(void) {
    qx_buf a = QX_BUF_INIT, b = QX_BUF_INIT;
    static const char field[] = "tab\there\nline\\back\rcr";
    qx_status st = qx_tsv_escape(&a, field, sizeof field - 1);
    if (st == QX_OK)
        st = qx_tsv_unescape(&b, a.data, a.len);
    if (st == QX_OK)
        st = qx_buf_reserve(&b, 1 << 20);
    qx_buf_free(&a);
    qx_buf_free(&b);
    return st;
}

/* ----- the driver --------------------------------------------------------- */

/* Runs SCENARIO failing each allocation in turn; returns how many it made. */
static long drive(const char *name, qx_status (*scenario)(void)) {
    long reported = 0; /* runs that said QX_ENOMEM */
    for (long n = 0; n < 1000000; n++) {
        allocations = 0;
        live = 0;
        fail_at = n;
        qx_status st = scenario();
        fail_at = -1;
        if (live != 0) {
            check_failed++;
            fprintf(stderr, "%s: allocation %ld failed: %ld blocks left (status %s)\n", name, n,
                    live, qx_strerror(st));
            return -1;
        }
        check_passed++;
        if (allocations <= n) { /* ran through: nothing was failed */
            CHECK_INT(st, QX_OK);
            printf("%s: %ld allocations, each failed in turn: %ld reported QX_ENOMEM, %ld got "
                   "by without; no crash, no leak\n",
                   name, n, reported, n - reported);
            return n;
        }
        if (st != QX_OK && st != QX_ENOMEM) {
            check_failed++;
            fprintf(stderr, "%s: allocation %ld failed: status %s, not QX_ENOMEM\n", name, n,
                    qx_strerror(st));
        }
        reported += st == QX_ENOMEM;
    }
    CHECK(!"runs forever");
    return -1;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    *len = 0;
    if (!f)
        return NULL;
    size_t cap = 0, n;
    char chunk[4096];
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        char *more = __real_realloc(data, cap + n);
        if (!more)
            break;
        data = more;
        memcpy(data + cap, chunk, n);
        cap += n;
    }
    fclose(f);
    *len = cap;
    return data;
}

static char *fixture(const char *name, size_t *len) {
    const char *root = getenv("QX_SOURCE");
    char path[4096];
    snprintf(path, sizeof path, "%s/fixtures/%s", root ? root : "../..", name);
    char *data = slurp(path, len);
    if (!data)
        fprintf(stderr, "test_oom: cannot read %s\n", path);
    return data;
}

int main(void) {
    gbk_page = fixture("demo/gbk-page.html", &gbk_len);
    big5_text = fixture("demo/big5-spam.txt", &big5_len);
    utf16_text = fixture("demo/utf16le-footer.txt", &utf16_len);
    front_page = fixture("clean/frontmatter.html", &front_len);
    if (!gbk_page || !big5_text || !utf16_text || !front_page)
        return 1;
    drive("qx_clean (GBK page, to traditional)", run_clean_gbk);
    drive("qx_clean (Big5 text, to simplified)", run_clean_big5);
    drive("qx_clean (UTF-16LE, half-width marks)", run_clean_utf16);
    drive("qx_clean (front matter and HTML)", run_clean_front);
    drive("qx_clean (mojibake lines)", run_clean_mojibake);
    drive("stage by stage", run_stages);
    drive("qx_detect", run_detect);
    drive("qx_convert (streaming)", run_convert);
    drive("qx_claims", run_claims);
    drive("qx_tsv and qx_buf", run_tsv);
    __real_free(gbk_page);
    __real_free(big5_text);
    __real_free(utf16_text);
    __real_free(front_page);
    return check_report();
}
