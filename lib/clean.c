/* The whole pipeline: the stages the options choose, in order. */
#include "internal.h"

void qx_options_init(qx_options *opts) {
    if (!opts)
        return;
    opts->version = QX_OPTIONS_VERSION;
    opts->stages = QX_STAGE_ALL;
    opts->encoding = NULL;
    opts->flags = 0;
}

qx_status qx_clean(qx_ctx *ctx, const qx_options *opts, const void *bytes, size_t len,
                   qx_doc *doc) {
    qx_options defaults;
    if (!opts) {
        qx_options_init(&defaults);
        opts = &defaults;
    }
    if (!ctx || !doc || (!bytes && len) || opts->version != QX_OPTIONS_VERSION)
        return ctx ? qx__fail(ctx, QX_EINVAL, "invalid arguments to qx_clean") : QX_EINVAL;
    qx__ok(ctx);
    unsigned stages = opts->stages;
    qx_status st = (stages & QX_STAGE_DECODE)
                       ? qx_decode(ctx, doc, bytes, len, opts->encoding, opts->flags)
                       : qx_doc_set_text(doc, bytes, len);
    if (st == QX_OK && (stages & QX_STAGE_MARKUP))
        st = qx_markup(ctx, doc);
    if (st == QX_OK && (stages & QX_STAGE_REPAIR))
        st = qx_repair(ctx, doc);
    if (st == QX_OK && (stages & QX_STAGE_SPACE))
        st = qx_space(doc);
    if (st == QX_OK && (stages & QX_STAGE_BOILERPLATE))
        st = qx_boilerplate(ctx, doc);
    if (st == QX_OK && (stages & QX_STAGE_PUNCT))
        st = qx_punct(doc, opts->flags);
    if (st == QX_OK && (stages & QX_STAGE_SCRIPT))
        st = qx_script(doc, opts->flags);
    if (st == QX_ENOMEM && !ctx->errmsg[0])
        qx__fail(ctx, st, "out of memory");
    return st;
}
