/* The per-thread context: iconv descriptors, compiled patterns, messages. */
#include "internal.h"

#include <libxml/parser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

qx_ctx *qx_ctx_new(void) {
    qx_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx)
        return NULL;
    for (int i = 0; i < QX__ENC_COUNT; i++)
        ctx->to_utf8[i] = (iconv_t)-1;
    ctx->other = (iconv_t)-1;
    /* libxml2 wants this once before any parsing thread starts; repeated
     * calls are no-ops. */
    xmlInitParser();
    return ctx;
}

void qx_ctx_free(qx_ctx *ctx) {
    if (!ctx)
        return;
    for (int i = 0; i < QX__ENC_COUNT; i++)
        if (ctx->to_utf8[i] != (iconv_t)-1)
            iconv_close(ctx->to_utf8[i]);
    if (ctx->other != (iconv_t)-1)
        iconv_close(ctx->other);
    qx__rules_free(ctx->rules);
    qx__repairer_free(ctx->repairer);
    free(ctx);
}

const char *qx_ctx_errmsg(const qx_ctx *ctx) {
    return ctx ? ctx->errmsg : "no context";
}

qx_status qx__fail(qx_ctx *ctx, qx_status status, const char *fmt, ...) {
    if (ctx) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(ctx->errmsg, sizeof ctx->errmsg, fmt, ap);
        va_end(ap);
    }
    return status;
}

void qx__ok(qx_ctx *ctx) {
    ctx->errmsg[0] = '\0';
}
