/* qx_boilerplate after markup and space: lines only ever go, never change. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    if (!ctx || !doc || qx_doc_set_text(doc, (const char *)data, size) != QX_OK)
        abort();
    if ((o & 1) && qx_markup(ctx, doc) != QX_OK)
        abort();
    if (qx_space(doc) != QX_OK)
        abort();
    size_t before = qx_doc_count(doc);
    if (qx_boilerplate(ctx, doc) != QX_OK || qx_doc_count(doc) > before)
        abort();
    fuzz_check_doc(doc, 1);
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return 0;
}
