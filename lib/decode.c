/* Stage decode: any input bytes to UTF-8 text.
 *
 * UTF-8 and ASCII are validated in place; everything else goes through
 * glibc iconv. A byte iconv cannot convert becomes U+FFFD and is counted,
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
