/* qx_tsv_escape: no raw tab, line feed or carriage return survives, and
 * unescaping gives the input back; qx_tsv_unescape of anything stays within
 * its input's length; the tools' row reader (tool_tsv_*, --tsv-in) splits
 * every line into fields that cover it exactly. */
#include "fuzz.h"
#include "../../cmd/common/tool.h"

static void split_rows(const char *data, size_t size) {
    for (const char *line = data, *end = data + size; line < end;) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t len = (size_t)((nl ? nl : end) - line), count = tool_tsv_count(line, len), covered = 0;
        for (size_t i = 0; i < count; i++) {
            const char *field;
            size_t n;
            if (!tool_tsv_field(line, len, i, &field, &n) || field < line || field + n > line + len ||
                memchr(field, '\t', n))
                abort();
            covered += n;
        }
        const char *field;
        size_t n;
        if (tool_tsv_field(line, len, count, &field, &n) || covered + count - 1 != len)
            abort();
        (void)tool_tsv_clean_row(line, len);
        line += len + 1;
    }
}

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
    qx_buf back = QX_BUF_INIT;
    if (qx_tsv_unescape(&back, (const char *)data, size) != QX_OK || back.len > size)
        abort();
    qx_buf_free(&back);
    split_rows((const char *)data, size);
    return 0;
}
