/* Shared by the fuzz targets: the first input byte chooses options, the
 * rest is the document. Invariants that every stage must keep are checked
 * here and abort() on failure, which libFuzzer and the replay driver catch. */
#ifndef QX_FUZZ_H
#define QX_FUZZ_H

#include "qingxi.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Splits DATA into an option byte and the document. */
static inline uint8_t fuzz_options(const uint8_t **data, size_t *size) {
    if (*size == 0)
        return 0;
    uint8_t o = (*data)[0];
    (*data)++;
    (*size)--;
    return o;
}

static inline const char *fuzz_encoding(uint8_t o) {
    static const char *const names[] = {NULL, NULL, NULL, NULL, "GB18030", "BIG5", "UTF-16LE",
                                        "UTF-16BE", "UTF-8", "WINDOWS-1252", "GBK", "BIG5-HKSCS",
                                        NULL, NULL, NULL, NULL};
    return names[o & 15];
}

/* Strictly valid UTF-8. */
static inline int fuzz_valid_utf8(const char *s, size_t len) {
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
        if (n == 0 || i + n > len)
            return 0;
        for (size_t k = 1; k < n; k++)
            if (((unsigned char)s[i + k] & 0xC0) != 0x80)
                return 0;
        if ((c == 0xE0 && (unsigned char)s[i + 1] < 0xA0) ||
            (c == 0xED && (unsigned char)s[i + 1] > 0x9F) ||
            (c == 0xF0 && (unsigned char)s[i + 1] < 0x90) ||
            (c == 0xF4 && (unsigned char)s[i + 1] > 0x8F))
            return 0;
        i += n;
    }
    return 1;
}

/* Every paragraph: NUL-terminated at its length, valid UTF-8; with
 * NO_CONTROLS also free of NUL and trailing white space. */
static inline void fuzz_check_doc(const qx_doc *doc, int spaced) {
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        if (p.text[p.len] != '\0' || !fuzz_valid_utf8(p.text, p.len))
            abort();
        if (spaced && (p.len == 0 || memchr(p.text, '\0', p.len) || p.text[p.len - 1] == ' ' ||
                       p.text[p.len - 1] == '\n'))
            abort();
    }
    const qx_diag *d = qx_doc_diag(doc);
    if (d->undecodable > d->bytes * 2 + 2)
        abort();
}

#endif
