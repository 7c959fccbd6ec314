/* The decode stage's promise for an encoding it converts without iconv:
 * what glibc's iconv gives, with decode.c's rules for bad bytes (one U+FFFD
 * per bad byte, one for a sequence cut off by the end). Shared by
 * fuzz_decode and unit/test_decode. */
#ifndef QX_ICONV_REFERENCE_H
#define QX_ICONV_REFERENCE_H

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>

/* IN (LEN bytes, in ENCODING) in UTF-8 at OUT, which holds 3 * LEN + 1
 * bytes: the length, with *BAD the bad bytes and *FIRST_BAD the offset of
 * the first (SIZE_MAX: none); (size_t)-1 when iconv knows no ENCODING. */
static inline size_t iconv_reference(const char *encoding, const char *in, size_t len, char *out,
                                     size_t *bad, size_t *first_bad) {
    iconv_t cd = iconv_open("UTF-8", encoding);
    if (cd == (iconv_t)-1)
        return (size_t)-1;
    char *inp = (char *)in, *outp = out;
    size_t inleft = len, outleft = 3 * len + 1;
    *bad = 0;
    *first_bad = SIZE_MAX;
    while (inleft > 0 && iconv(cd, &inp, &inleft, &outp, &outleft) == (size_t)-1) {
        size_t skip = errno == EINVAL ? inleft : 1;
        if (*first_bad == SIZE_MAX)
            *first_bad = (size_t)(inp - in);
        *bad += skip;
        inp += skip;
        inleft -= skip;
        memcpy(outp, "\xEF\xBF\xBD", 3);
        outp += 3;
        outleft -= 3;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    iconv_close(cd);
    return (size_t)(outp - out);
}

#endif
