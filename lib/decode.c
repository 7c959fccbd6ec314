/* Stage decode: any input bytes to UTF-8 text.
 *
 * UTF-8 and ASCII are validated in place; GB18030 is converted with the
 * library's tables, made from and tested against glibc's iconv (it is the
 * commonest legacy encoding, and iconv's character-at-a-time conversion was
 * the stage's cost); everything else goes through glibc iconv. A byte that
 * cannot be converted becomes U+FFFD and is counted,
 * and conversion goes on with the next byte, so one bad byte costs one
 * character, never the rest of the document.
 */
#include "internal.h"

#include <errno.h>
#include <string.h>

/* Names the caller may give that mean an encoding the library knows. */
static qx_encoding known_name(const char *name) {
    static const struct {
        const char *name;
        qx_encoding enc;
    } names[] = {{"utf-8", QX_ENC_UTF8},          {"utf8", QX_ENC_UTF8},
                 {"us-ascii", QX_ENC_ASCII},      {"ascii", QX_ENC_ASCII},
                 {"gb18030", QX_ENC_GB18030},     {"big5", QX_ENC_BIG5},
                 {"utf-16le", QX_ENC_UTF16LE},    {"utf-16be", QX_ENC_UTF16BE},
                 {"windows-1252", QX_ENC_WINDOWS1252}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(name) == strlen(names[i].name) &&
            qx__ascii_ieq(name, names[i].name, strlen(name)))
            return names[i].enc;
    return QX_ENC_OTHER;
}

static iconv_t open_converter(qx_ctx *ctx, qx_encoding enc, const char *name) {
    if (enc != QX_ENC_OTHER) {
        if (ctx->to_utf8[enc] == (iconv_t)-1)
            ctx->to_utf8[enc] = iconv_open("UTF-8", qx_encoding_name(enc));
        return ctx->to_utf8[enc];
    }
    if (ctx->other != (iconv_t)-1 && strcmp(ctx->other_name, name) == 0)
        return ctx->other;
    if (ctx->other != (iconv_t)-1)
        iconv_close(ctx->other);
    ctx->other = (iconv_t)-1;
    if (strlen(name) >= sizeof ctx->other_name)
        return (iconv_t)-1;
    ctx->other = iconv_open("UTF-8", name);
    if (ctx->other != (iconv_t)-1)
        strcpy(ctx->other_name, name);
    return ctx->other;
}

static void count_bad(qx_diag *diag, size_t offset, size_t bytes) {
    if (diag->first_undecodable == SIZE_MAX)
        diag->first_undecodable = offset;
    diag->undecodable += bytes;
}

static qx_status put_replacement(qx_buf *out, char **outp, size_t *outleft) {
    out->len = (size_t)(*outp - out->data);
    qx_status st = qx__buf_put_cp(out, QX_REPLACEMENT);
    if (st == QX_OK)
        st = qx_buf_reserve(out, 64);
    *outp = out->data + out->len;
    *outleft = out->cap - out->len - 1;
    return st;
}

/* Converts with CD; UNIT is the size of the step past a bad byte (2 for
 * UTF-16). BASE is the offset of IN in the caller's input, for messages. */
static qx_status convert(iconv_t cd, const char *in, size_t len, size_t unit, size_t base,
                         qx_buf *out, qx_diag *diag) {
    iconv(cd, NULL, NULL, NULL, NULL);
    qx_status st = qx_buf_reserve(out, len + len / 2 + 64);
    if (st != QX_OK)
        return st;
    char *inp = (char *)in, *outp = out->data + out->len;
    size_t inleft = len, outleft = out->cap - out->len - 1;
    while (inleft > 0) {
        if (iconv(cd, &inp, &inleft, &outp, &outleft) != (size_t)-1)
            break;
        if (errno == E2BIG) {
            out->len = (size_t)(outp - out->data);
            if ((st = qx_buf_reserve(out, inleft * 2 + 64)) != QX_OK)
                return st;
            outp = out->data + out->len;
            outleft = out->cap - out->len - 1;
            continue;
        }
        /* EILSEQ: a bad sequence; EINVAL: one cut off by the end */
        size_t skip = errno == EINVAL ? inleft : (inleft < unit ? inleft : unit);
        count_bad(diag, base + (size_t)(inp - in), skip);
        inp += skip;
        inleft -= skip;
        if ((st = put_replacement(out, &outp, &outleft)) != QX_OK)
            return st;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    out->len = (size_t)(outp - out->data);
    return qx__buf_terminate(out);
}

/* ----- GB18030 without iconv ----- */

/* iconv converts through UCS-4 one character at a time; these tables give
 * the same characters (they were made by asking glibc's converter, and a
 * unit test compares the two over every sequence) at several times its
 * speed. Bytes are judged bad exactly where iconv judges them: a sequence
 * cut off by the end of the input is one U+FFFD for the rest, any other bad
 * sequence one U+FFFD for its first byte. */

/* CP >= 0x80 */
static char *put_utf8(char *p, uint32_t cp) {
    if (cp < 0x800) {
        *p++ = (char)(0xC0 | cp >> 6);
    } else if (cp < 0x10000) {
        *p++ = (char)(0xE0 | cp >> 12);
        *p++ = (char)(0x80 | (cp >> 6 & 0x3F));
    } else {
        *p++ = (char)(0xF0 | cp >> 18);
        *p++ = (char)(0x80 | (cp >> 12 & 0x3F));
        *p++ = (char)(0x80 | (cp >> 6 & 0x3F));
    }
    *p++ = (char)(0x80 | (cp & 0x3F));
    return p;
}

enum { GB_BAD = 0, GB_CUT = -1 };

/* The length of the GB18030 character at S (LEFT bytes, S[0] >= 0x80) and
 * its code point; GB_BAD for a bad first byte, GB_CUT for a character the
 * end of the input cuts off. */
static int gb18030_char(const unsigned char *s, size_t left, uint32_t *cp) {
    if (s[0] == 0x80 || s[0] == 0xFF)
        return GB_BAD;
    if (left < 2)
        return GB_CUT;
    if (s[1] < 0x30)
        return GB_BAD;
    if (s[1] > 0x39) {
        *cp = qx__gbk_pair(s[0], s[1]);
        if (!*cp)
            *cp = qx__gb_decode_exception((uint32_t)s[0] << 8 | s[1], 0);
        return *cp ? 2 : GB_BAD;
    }
    if (left < 4)
        return GB_CUT;
    uint32_t bytes = (uint32_t)s[0] << 24 | (uint32_t)s[1] << 16 | (uint32_t)s[2] << 8 | s[3];
    *cp = qx__gb_decode_exception(bytes, qx__gb4(s));
    return *cp ? 4 : GB_BAD;
}

/* The character at S (LEFT bytes, S[0] >= 0x80) in UTF-8 at *P: the bytes
 * it took, or 0 for a bad one (one U+FFFD for its first byte, or for all
 * LEFT if the end cut it off). */
static size_t gb18030_put(const unsigned char *s, size_t left, char **p, size_t base,
                          qx_diag *diag) {
    uint32_t cp = 0;
    int n = gb18030_char(s, left, &cp);
    if (n > 0) {
        *p = put_utf8(*p, cp);
        return (size_t)n;
    }
    size_t skip = n == GB_CUT ? left : 1;
    count_bad(diag, base, skip);
    *p = put_utf8(*p, QX_REPLACEMENT);
    return skip;
}

/* Converts IN a block at a time; in a block, ASCII eight bytes at a time
 * and the common two-byte characters straight from the table, the rest
 * (four-byte, bad, cut off) through gb18030_put. */
static qx_status gb18030_convert(const char *in, size_t len, size_t base, qx_buf *out,
                                 qx_diag *diag) {
    enum { BLOCK = 1 << 16 };
    const unsigned short *pairs = qx__gbk_pair_table();
    const unsigned char *s = (const unsigned char *)in;
    char *p = out->data + out->len;
    for (size_t i = 0; i < len;) {
        /* at most 3 bytes out for each byte in, and 4 for one that straddles */
        size_t stop = len - i < BLOCK ? len : i + BLOCK;
        out->len = (size_t)(p - out->data);
        qx_status st = qx_buf_reserve(out, 3 * (stop - i) + 8);
        if (st != QX_OK)
            return st;
        p = out->data + out->len;
        while (i < stop) {
            unsigned c = s[i];
            if (c < 0x80) {
                uint64_t w;
                if (i + 8 <= stop && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080u))) {
                    memcpy(p, &w, 8);
                    p += 8;
                    i += 8;
                } else {
                    *p++ = (char)c;
                    i++;
                }
                continue;
            }
            if (c >= QX_GBK_PAIR_LEAD_FIRST && c <= 0xFE && i + 1 < len &&
                s[i + 1] >= QX_GBK_PAIR_TRAIL_FIRST && s[i + 1] <= 0xFE) {
                uint32_t cp = pairs[(c - QX_GBK_PAIR_LEAD_FIRST) * QX_GBK_PAIR_TRAILS +
                                    (s[i + 1] - QX_GBK_PAIR_TRAIL_FIRST)];
                if (cp) {
                    p = put_utf8(p, cp);
                    i += 2;
                    continue;
                }
            }
            i += gb18030_put(s + i, len - i, &p, base + i, diag);
        }
    }
    out->len = (size_t)(p - out->data);
    return qx__buf_terminate(out);
}

static qx_status detect_or_name(qx_ctx *ctx, const void *bytes, size_t len, const char *encoding,
                                unsigned flags, qx_detection *det) {
    if (!encoding)
        return qx_detect(bytes, len, flags, det);
    memset(det, 0, sizeof *det);
    det->encoding = known_name(encoding);
    det->source = QX_DETECT_CALLER;
    det->confidence = 100;
    const unsigned char *s = bytes;
    if (det->encoding == QX_ENC_UTF8 && len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        det->bom_len = 3;
    if (det->encoding == QX_ENC_OTHER && open_converter(ctx, QX_ENC_OTHER, encoding) == (iconv_t)-1)
        return qx__fail(ctx, QX_EENCODING, "unknown encoding '%s'", encoding);
    return QX_OK;
}

/* The decoded text goes straight into the document's paragraph buffer as
 * its one paragraph, so a large input is copied once. */
qx_status qx_decode(qx_ctx *ctx, qx_doc *doc, const void *bytes, size_t len,
                    const char *encoding, unsigned flags) {
    if (!ctx || !doc || (!bytes && len))
        return QX_EINVAL;
    qx__ok(ctx);
    qx__doc_reset(doc);
    qx_diag *diag = &doc->diag;
    diag->bytes = len;
    qx_status st = detect_or_name(ctx, bytes, len, encoding, flags, &diag->detection);
    if (st != QX_OK)
        return st;
    const qx_detection *det = &diag->detection;
    const char *in = (const char *)bytes + det->bom_len;
    size_t in_len = len - det->bom_len;
    qx_buf *text = &doc->cur.text;
    if (det->encoding == QX_ENC_UTF8 || det->encoding == QX_ENC_ASCII) {
        size_t bad = 0;
        st = qx__utf8_sanitize(text, in, in_len, &bad, &diag->first_undecodable);
        diag->undecodable = bad;
        if (diag->first_undecodable != SIZE_MAX)
            diag->first_undecodable += det->bom_len;
    } else if (det->encoding == QX_ENC_GB18030) {
        st = gb18030_convert(in, in_len, det->bom_len, text, diag);
    } else {
        iconv_t cd = open_converter(ctx, det->encoding, encoding);
        if (cd == (iconv_t)-1)
            return qx__fail(ctx, QX_EENCODING, "iconv cannot convert from %s",
                            encoding ? encoding : qx_encoding_name(det->encoding));
        size_t unit = (det->encoding == QX_ENC_UTF16LE || det->encoding == QX_ENC_UTF16BE) ? 2 : 1;
        st = convert(cd, in, in_len, unit, det->bom_len, text, diag);
    }
    if (st == QX_OK)
        st = qx__paras_commit(&doc->cur, 0, QX_ROLE_TEXT, 0, 0);
    if (st != QX_OK)
        qx__doc_reset(doc);
    return st == QX_ENOMEM ? qx__fail(ctx, st, "out of memory decoding %zu bytes", len) : st;
}

qx_status qx_doc_set_text(qx_doc *doc, const char *utf8, size_t len) {
    if (!doc || (!utf8 && len))
        return QX_EINVAL;
    qx__doc_reset(doc);
    doc->diag.bytes = len;
    doc->diag.detection.encoding = QX_ENC_UTF8;
    doc->diag.detection.source = QX_DETECT_CALLER;
    doc->diag.detection.confidence = 100;
    qx_status st = qx__utf8_sanitize(&doc->cur.text, utf8, len, &doc->diag.undecodable,
                                     &doc->diag.first_undecodable);
    if (st == QX_OK)
        st = qx__paras_commit(&doc->cur, 0, QX_ROLE_TEXT, 0, 0);
    if (st != QX_OK)
        qx__doc_reset(doc);
    return st;
}
