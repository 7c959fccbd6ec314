/* A program built against the installed library, as a user would. */
#include <qingxi.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    const char *page = "<p>正文。</p><p>责任编辑：张三</p>";
    int ok = ctx && doc && qx_clean(ctx, NULL, page, strlen(page), doc) == QX_OK &&
             qx_doc_count(doc) == 1 && strcmp(qx_doc_para(doc, 0).text, "正文。") == 0;
    printf("%s %s\n", qx_version(), ok ? "ok" : "FAILED");
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return ok ? 0 : 1;
}
