/* qx_decode: any bytes, any of the encodings, to valid UTF-8; GB18030,
 * which the library converts with its own tables, exactly as glibc's iconv
 * converts it (decode.c's rules for bad bytes applied to iconv's errors). */
#include "fuzz.h"

#include "iconv_reference.h"

static void check_as_iconv(const uint8_t *data, size_t size, const qx_doc *doc) {
    char *want = malloc(size * 3 + 1);
    size_t bad, first_bad;
    size_t len = want ? iconv_reference("GB18030", (const char *)data, size, want, &bad, &first_bad)
                      : (size_t)-1;
    qx_para p = qx_doc_para(doc, 0);
    if (len == (size_t)-1 || p.len != len || memcmp(p.text, want, len) != 0 ||
        qx_doc_diag(doc)->undecodable != bad)
        abort();
    free(want);
}

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
    const qx_detection *det = &qx_doc_diag(doc)->detection;
    if (det->encoding == QX_ENC_GB18030) /* named, or detected */
        check_as_iconv(data + det->bom_len, size - det->bom_len, doc);
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return 0;
}
