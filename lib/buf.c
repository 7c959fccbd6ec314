/* Growable byte buffers: the only way the library hands bytes to callers. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

void qx_buf_free(qx_buf *buf) {
    if (!buf)
        return;
    free(buf->data);
    buf->data = NULL;
    buf->len = buf->cap = 0;
}

void qx__buf_clear(qx_buf *buf) {
    buf->len = 0;
    if (buf->data)
        buf->data[0] = '\0';
}

/* Room for EXTRA more bytes plus a terminating NUL. */
qx_status qx_buf_reserve(qx_buf *buf, size_t extra) {
    if (extra > SIZE_MAX - buf->len - 1)
        return QX_ENOMEM;
    size_t need = buf->len + extra + 1;
    if (need <= buf->cap)
        return QX_OK;
    size_t cap = buf->cap ? buf->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *data = realloc(buf->data, cap);
    if (!data)
        return QX_ENOMEM;
    buf->data = data;
    buf->cap = cap;
    return QX_OK;
}

qx_status qx_buf_append(qx_buf *buf, const void *bytes, size_t len) {
    qx_status st = qx_buf_reserve(buf, len);
    if (st != QX_OK)
        return st;
    if (len)
        memcpy(buf->data + buf->len, bytes, len);
    buf->len += len;
    buf->data[buf->len] = '\0';
    return QX_OK;
}

qx_status qx__buf_putc(qx_buf *buf, char c) {
    if (buf->len + 1 >= buf->cap) {
        qx_status st = qx_buf_reserve(buf, 1);
        if (st != QX_OK)
            return st;
    }
    buf->data[buf->len++] = c;
    buf->data[buf->len] = '\0';
    return QX_OK;
}

qx_status qx__buf_put_cp(qx_buf *buf, uint32_t cp) {
    char tmp[4];
    return qx_buf_append(buf, tmp, qx__utf8_encode(cp, tmp));
}

qx_status qx__buf_puts(qx_buf *buf, const char *s) {
    return qx_buf_append(buf, s, strlen(s));
}

qx_status qx__buf_terminate(qx_buf *buf) {
    qx_status st = qx_buf_reserve(buf, 0);
    if (st == QX_OK)
        buf->data[buf->len] = '\0';
    return st;
}
