/* qx_punct alone: valid UTF-8 in, valid UTF-8 out, paragraphs neither added
 * nor dropped, and a second pass changes nothing (the marks it writes are
 * the ones it wants). Option bit 0: half-width marks. */
#include "fuzz.h"

static int same_doc(const qx_doc *a, const qx_doc *b) {
    if (qx_doc_count(a) != qx_doc_count(b))
        return 0;
    for (size_t i = 0; i < qx_doc_count(a); i++) {
        qx_para x = qx_doc_para(a, i), y = qx_doc_para(b, i);
        if (x.len != y.len || memcmp(x.text, y.text, x.len) != 0)
            return 0;
    }
    return 1;
}

static qx_doc *copy_of(const qx_doc *doc) {
    qx_buf all = QX_BUF_INIT;
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        if ((i && qx_buf_append(&all, "\n", 1) != QX_OK) || qx_buf_append(&all, p.text, p.len) != QX_OK)
            abort();
    }
    qx_doc *c = qx_doc_new();
    if (!c || qx_doc_set_text(c, all.data ? all.data : "", all.len) != QX_OK)
        abort();
    qx_buf_free(&all);
    return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    unsigned flags = (o & 1) ? QX_OPT_PUNCT_HALF : 0;
    qx_doc *doc = qx_doc_new();
    if (!doc || qx_doc_set_text(doc, (const char *)data, size) != QX_OK)
        abort();
    size_t paras = qx_doc_count(doc);
    if (qx_punct(doc, flags) != QX_OK || qx_doc_count(doc) != paras)
        abort();
    fuzz_check_doc(doc, 0);
    qx_doc *again = copy_of(doc), *once = copy_of(doc);
    if (qx_punct(again, flags) != QX_OK)
        abort();
    if (!same_doc(again, once))
        abort();
    qx_doc_free(again);
    qx_doc_free(once);
    qx_doc_free(doc);
    return 0;
}
