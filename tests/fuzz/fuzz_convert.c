/* qx_convert and the script stage: whole or fed in chunks the output is
 * the same, valid UTF-8 stays valid, ASCII (line breaks, tabs) passes
 * through in order, and the output never outgrows the room reserved for
 * it. Option bit 0: to traditional; bits 1-4: chunk size minus one. */
#include "fuzz.h"

/* The ASCII bytes of S in order, as a new NUL-less buffer of *N bytes. */
static char *ascii_of(const char *s, size_t len, size_t *n) {
    char *out = malloc(len + 1);
    if (!out)
        abort();
    *n = 0;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] < 0x80)
            out[(*n)++] = s[i];
    return out;
}

static void convert_in_chunks(qx_script_target to, const char *in, size_t len, size_t chunk,
                              qx_buf *out) {
    qx_buf pending = QX_BUF_INIT;
    for (size_t at = 0; at < len; at += chunk) {
        size_t n = at + chunk < len ? chunk : len - at, used = 0;
        if (qx_buf_append(&pending, in + at, n) != QX_OK ||
            qx_convert(to, pending.data, pending.len, 0, out, &used) != QX_OK || used > pending.len)
            abort();
        memmove(pending.data, pending.data + used, pending.len - used);
        pending.len -= used;
    }
    if (qx_convert(to, pending.data ? pending.data : "", pending.len, 1, out, NULL) != QX_OK)
        abort();
    qx_buf_free(&pending);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    qx_script_target to = (o & 1) ? QX_TO_TRADITIONAL : QX_TO_SIMPLIFIED;
    const char *in = (const char *)data;
    qx_buf whole = QX_BUF_INIT, chunked = QX_BUF_INIT;
    if (qx_convert(to, in, size, 1, &whole, NULL) != QX_OK)
        abort();
    convert_in_chunks(to, in, size, (size_t)((o >> 1) & 15) + 1, &chunked);
    if (whole.len != chunked.len || (whole.len && memcmp(whole.data, chunked.data, whole.len)))
        abort();
    if (whole.len > size + size / 3 + 4)
        abort();
    if (fuzz_valid_utf8(in, size) && !fuzz_valid_utf8(whole.data, whole.len))
        abort();
    size_t na, nb;
    char *a = ascii_of(in, size, &na), *b = ascii_of(whole.data, whole.len, &nb);
    if (na != nb || memcmp(a, b, na) != 0)
        abort();
    free(a);
    free(b);

    qx_doc *doc = qx_doc_new();
    if (!doc || qx_doc_set_text(doc, in, size) != QX_OK ||
        qx_script(doc, (o & 1) ? QX_OPT_TO_TRADITIONAL : QX_OPT_TO_SIMPLIFIED) != QX_OK)
        abort();
    fuzz_check_doc(doc, 0);
    qx_doc_free(doc);
    qx_buf_free(&whole);
    qx_buf_free(&chunked);
    return 0;
}
