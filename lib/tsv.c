/* TSV fields: tab, line feed, carriage return and backslash escaped. */
#include "internal.h"

qx_status qx_tsv_escape(qx_buf *out, const char *text, size_t len) {
    if (!out || (!text && len))
        return QX_EINVAL;
    qx_status st = qx_buf_reserve(out, len + len / 8 + 8);
    size_t run = 0; /* copy unescaped stretches in one go */
    for (size_t i = 0; i < len && st == QX_OK; i++) {
        char esc;
        switch (text[i]) {
        case '\t':
            esc = 't';
            break;
        case '\n':
            esc = 'n';
            break;
        case '\r':
            esc = 'r';
            break;
        case '\\':
            esc = '\\';
            break;
        default:
            continue;
        }
        st = qx_buf_append(out, text + run, i - run);
        if (st == QX_OK)
            st = qx_buf_append(out, (const char[2]){'\\', esc}, 2);
        run = i + 1;
    }
    if (st == QX_OK)
        st = qx_buf_append(out, text + run, len - run);
    return st;
}

qx_status qx_tsv_unescape(qx_buf *out, const char *field, size_t len) {
    if (!out || (!field && len))
        return QX_EINVAL;
    qx_status st = qx_buf_reserve(out, len);
    size_t run = 0;
    for (size_t i = 0; i + 1 < len && st == QX_OK; i++) {
        if (field[i] != '\\')
            continue;
        char c;
        switch (field[i + 1]) {
        case 't':
            c = '\t';
            break;
        case 'n':
            c = '\n';
            break;
        case 'r':
            c = '\r';
            break;
        case '\\':
            c = '\\';
            break;
        default:
            continue;
        }
        st = qx_buf_append(out, field + run, i - run);
        if (st == QX_OK)
            st = qx_buf_append(out, &c, 1);
        run = i + 2;
        i++;
    }
    if (st == QX_OK)
        st = qx_buf_append(out, field + run, len - run);
    return st;
}
