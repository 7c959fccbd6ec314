/* qx_tsv_escape: no raw tab, line feed or carriage return survives, and
 * unescaping gives the input back. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    qx_buf out = QX_BUF_INIT;
    if (qx_tsv_escape(&out, (const char *)data, size) != QX_OK)
        abort();
    size_t j = 0;
    for (size_t i = 0; i < out.len; i++, j++) {
        char c = out.data[i];
        if (c == '\t' || c == '\n' || c == '\r')
            abort();
        if (c == '\\') {
            char e = out.data[++i];
            c = e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == '\\' ? '\\' : 0;
            if (!c && e != '0')
                abort();
        }
        if (j >= size || (char)data[j] != c)
            abort();
    }
    if (j != size)
        abort();
    qx_buf_free(&out);
    return 0;
}
