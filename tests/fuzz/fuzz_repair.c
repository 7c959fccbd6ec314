/* qx_repair, then qx_punct: valid UTF-8 in, valid UTF-8 out, no crash, no
 * leak, and clean ASCII never changes. Option bit 0: punct writes half-width
 * marks; bit 1: skip punct. */
#include "fuzz.h"

static int all_ascii(const uint8_t *data, size_t size) {
    for (size_t i = 0; i < size; i++)
        if (data[i] >= 0x80)
            return 0;
    return 1;
}

/* All paragraphs, joined by NUL, in a new buffer. */
static char *joined(const qx_doc *doc, size_t *len) {
    size_t n = 0;
    for (size_t i = 0; i < qx_doc_count(doc); i++)
        n += qx_doc_para(doc, i).len + 1;
    char *out = malloc(n + 1);
    if (!out)
        abort();
    *len = 0;
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        memcpy(out + *len, p.text, p.len + 1);
        *len += p.len + 1;
    }
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    if (!ctx || !doc || qx_doc_set_text(doc, (const char *)data, size) != QX_OK)
        abort();
    size_t before = qx_doc_count(doc), len_in, len_out;
    char *in = joined(doc, &len_in);
    if (qx_repair(ctx, doc) != QX_OK)
        abort();
    if (qx_doc_count(doc) != before)
        abort(); /* repair rewrites paragraphs, it never drops or adds one */
    char *out = joined(doc, &len_out);
    if (all_ascii(data, size) && (len_in != len_out || memcmp(in, out, len_in) != 0))
        abort(); /* ASCII text holds no mojibake to undo */
    free(in);
    free(out);
    if (!(o & 2) && qx_punct(doc, (o & 1) ? QX_OPT_PUNCT_HALF : 0) != QX_OK)
        abort();
    fuzz_check_doc(doc, 0);
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return 0;
}
