/* UTF-8 decoding and encoding, and locale-free character classes. */
#include "internal.h"

#include <string.h>

size_t qx__utf8_encode(uint32_t cp, char *out) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = QX_REPLACEMENT;
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t qx__utf8_prev(const unsigned char *s, size_t end, size_t *start) {
    size_t i = end - 1;
    size_t stop = end > 4 ? end - 4 : 0;
    while (i > stop && (s[i] & 0xC0) == 0x80)
        i--;
    uint32_t cp;
    bool valid;
    size_t n = qx__utf8_next(s + i, end - i, &cp, &valid);
    if (i + n != end) { /* not a whole sequence: the last byte alone */
        i = end - 1;
        cp = s[i] < 0x80 ? s[i] : QX_REPLACEMENT;
    }
    if (start)
        *start = i;
    return cp;
}

qx_status qx__utf8_sanitize(qx_buf *out, const char *s, size_t len, size_t *bad,
                            size_t *first_bad) {
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        size_t run = i; /* copy the valid stretch in one go */
        while (run < len) {
            if (u[run] < 0x80) {
                run++;
                continue;
            }
            uint32_t cp;
            bool valid;
            size_t n = qx__utf8_next(u + run, len - run, &cp, &valid);
            if (!valid)
                break;
            run += n;
        }
        qx_status st = qx_buf_append(out, s + i, run - i);
        if (st != QX_OK)
            return st;
        if (run == len)
            break;
        if (*first_bad == SIZE_MAX)
            *first_bad = run;
        (*bad)++;
        if ((st = qx__buf_put_cp(out, QX_REPLACEMENT)) != QX_OK)
            return st;
        i = run + 1;
    }
    return qx__buf_terminate(out);
}

bool qx__ascii_ieq(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (qx__ascii_lower((unsigned char)a[i]) != qx__ascii_lower((unsigned char)b[i]))
            return false;
    return true;
}

bool qx__is_cjk_wide(uint32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFF);
}
