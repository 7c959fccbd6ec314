/* TSV fields: tab, line feed, carriage return and backslash escaped. */
#include "internal.h"

/* The escape letter of each byte that needs one, else 0. */
static const char escape_of[256] = {['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\'};

qx_status qx_tsv_escape(qx_buf *out, const char *text, size_t len) {
    if (!out || (!text && len))
        return QX_EINVAL;
    if (len > SIZE_MAX / 2 - 1)
        return QX_ENOMEM;
    qx_status st = qx_buf_reserve(out, 2 * len); /* room for every byte escaped */
    if (st != QX_OK)
        return st;
    char *d = out->data + out->len;
    for (size_t i = 0; i < len; i++) {
        char esc = escape_of[(unsigned char)text[i]];
        if (esc) {
            *d++ = '\\';
            *d++ = esc;
        } else {
            *d++ = text[i];
        }
    }
    out->len = (size_t)(d - out->data);
    out->data[out->len] = '\0';
    return QX_OK;
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
