/* qx_clean, the whole pipeline: the option byte chooses the stages and
 * whether an encoding is forced; with all stages, bits 5 and 6 also choose
 * a script to convert to. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    if (!ctx || !doc)
        abort();
    qx_options opts;
    qx_options_init(&opts);
    opts.stages = (o & 15) ? (o & 15) : QX_STAGE_ALL;
    opts.encoding = fuzz_encoding((uint8_t)(o >> 4));
    opts.flags = (o & 0x80) ? QX_OPT_LINE : 0;
    if ((o & 15) == 0)
        opts.flags |= (o & 0x40) ? QX_OPT_TO_TRADITIONAL : (o & 0x20) ? QX_OPT_TO_SIMPLIFIED : 0;
    if (qx_clean(ctx, &opts, data, size, doc) != QX_OK)
        abort();
    fuzz_check_doc(doc, (opts.stages & QX_STAGE_SPACE) != 0);
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return 0;
}
