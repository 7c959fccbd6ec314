/* qx_decode: any bytes, any of the encodings, to valid UTF-8. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    if (!ctx || !doc)
        abort();
    if (qx_decode(ctx, doc, data, size, fuzz_encoding(o), o & 16 ? QX_OPT_LINE : 0) != QX_OK)
        abort();
    if (qx_doc_count(doc) != 1)
        abort();
    fuzz_check_doc(doc, 0);
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return 0;
}
