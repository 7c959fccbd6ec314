/* qx_markup: front matter, plain text, stray tags, fragments and pages. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_options(&data, &size);
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    if (!ctx || !doc)
        abort();
    if (qx_doc_set_text(doc, (const char *)data, size) != QX_OK || qx_markup(ctx, doc) != QX_OK)
        abort();
    fuzz_check_doc(doc, 0);
    for (size_t i = 0; i < qx_doc_meta_count(doc); i++) {
        const char *key, *value;
        qx_doc_meta_at(doc, i, &key, &value);
        if (!key || !value || !*key || !fuzz_valid_utf8(value, strlen(value)))
            abort();
    }
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return 0;
}
