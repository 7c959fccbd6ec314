/* Encoding detection by character statistics.
 *
 * Each candidate encoding reads the bytes into characters; each character
 * costs -log2 of its probability in Chinese web text (lib/tables/charmodel.inc)
 * and each byte a reading cannot use costs more than any character. The
 * reading with the lowest total cost is the most probable source of the
 * bytes, so the comparison is fair even though the readings have different
 * numbers of characters. Nothing is converted here and iconv is not asked:
 * a decoder that "works" proves little (GBK bytes are mostly valid Big5).
 */
#include "internal.h"

#include <string.h>

enum {
    SAMPLE_LIMIT = 64 * 1024, /* enough for a verdict, small enough to be free */
    SURE_UTF8 = 8,            /* multibyte sequences that settle UTF-8 */
    META_LIMIT = 4096,        /* where HTML meta charsets live in practice */
    INVALID_COST = 80         /* half bits: worse than any character (max 63) */
};

typedef struct reading {
    qx_encoding enc;
    uint64_t cost; /* half bits */
    size_t chars;
    size_t invalid;
    uint32_t prev, prev2; /* the last two characters */
} reading;

static bool ascii_letter(uint32_t cp) {
    return cp < 0x80 && qx__ascii_alpha((unsigned char)cp);
}

static bool latin_accented(uint32_t cp) {
    return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7;
}

static bool han(uint32_t cp) {
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* What single characters cannot see: one Han character between two ASCII
 * letters ("f黨ren" is German read as GBK) and two accented Latin letters
 * in a row ("ÖÐÎÄ" is GBK read as Latin-1) are both rare in real text. */
static unsigned context_cost(const reading *r, uint32_t cp) {
    if (ascii_letter(cp) && han(r->prev) && ascii_letter(r->prev2))
        return 16;
    if (latin_accented(cp) && latin_accented(r->prev))
        return 8;
    return 0;
}

static void charge(reading *r, uint32_t cp) {
    r->cost += qx__char_cost(cp) + context_cost(r, cp);
    r->chars++;
    r->prev2 = r->prev;
    r->prev = cp;
}

static void reject(reading *r, size_t bytes) {
    r->cost += (uint64_t)INVALID_COST * bytes;
    r->invalid += bytes;
}

/* A sequence cut by the end of the sample costs nothing: samples are cut
 * anywhere, and so are truncated files. */

static void read_utf8(const unsigned char *s, size_t len, reading *r) {
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        bool valid;
        size_t n = qx__utf8_next(s + i, len - i, &cp, &valid);
        if (!valid && qx__utf8_seq_len(s[i]) > len - i)
            break;
        if (valid)
            charge(r, cp);
        else
            reject(r, 1);
        i += n;
    }
}

static void read_gb18030(const unsigned char *s, size_t len, reading *r) {
    for (size_t i = 0; i < len;) {
        unsigned b = s[i];
        if (b < 0x80) {
            charge(r, b);
            i++;
            continue;
        }
        if (b == 0x80 || b == 0xFF) {
            reject(r, 1);
            i++;
            continue;
        }
        if (i + 1 >= len)
            break;
        unsigned t = s[i + 1];
        if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= len)
                break;
            uint32_t cp = qx__gb4(s + i);
            if (cp) {
                charge(r, cp);
                i += 4;
            } else {
                reject(r, 1);
                i++;
            }
            continue;
        }
        uint32_t cp = qx__gbk_pair(b, t);
        if (cp) {
            charge(r, cp);
            i += 2;
        } else {
            reject(r, 1);
            i++;
        }
    }
}

static void read_big5(const unsigned char *s, size_t len, reading *r) {
    for (size_t i = 0; i < len;) {
        unsigned b = s[i];
        if (b < 0x80) {
            charge(r, b);
            i++;
            continue;
        }
        if (i + 1 >= len)
            break;
        uint32_t cp = qx__big5_pair(b, s[i + 1]);
        if (cp) {
            charge(r, cp);
            i += 2;
        } else {
            reject(r, 1);
            i++;
        }
    }
}

static void read_utf16(const unsigned char *s, size_t len, bool big_endian, reading *r) {
    size_t hi = big_endian ? 0 : 1, lo = big_endian ? 1 : 0;
    for (size_t i = 0; i + 1 < len;) {
        uint32_t u = (uint32_t)s[i + hi] << 8 | s[i + lo];
        if (u < 0xD800 || u > 0xDFFF) {
            charge(r, u);
            i += 2;
            continue;
        }
        if (u >= 0xDC00) {
            reject(r, 2);
            i += 2;
            continue;
        }
        if (i + 3 >= len)
            break;
        uint32_t u2 = (uint32_t)s[i + 2 + hi] << 8 | s[i + 2 + lo];
        if (u2 < 0xDC00 || u2 > 0xDFFF) {
            reject(r, 2);
            i += 2;
            continue;
        }
        charge(r, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
        i += 4;
    }
}

/* Windows-1252's 0x80-0x9F; 0 where it has no character. */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

static void read_cp1252(const unsigned char *s, size_t len, reading *r) {
    for (size_t i = 0; i < len; i++) {
        unsigned b = s[i];
        uint32_t cp = (b >= 0x80 && b < 0xA0) ? cp1252_high[b - 0x80] : b;
        if (cp)
            charge(r, cp);
        else
            reject(r, 1);
    }
}

/* Base rates on Chinese web pages, in half bits: what tips a tie on a few
 * bytes toward UTF-8, then GB18030, then Big5. */
static unsigned prior(qx_encoding enc) {
    switch (enc) {
    case QX_ENC_UTF8:
        return 0;
    case QX_ENC_GB18030:
        return 8;
    case QX_ENC_BIG5:
        return 12;
    case QX_ENC_UTF16LE:
        return 16;
    case QX_ENC_UTF16BE:
    case QX_ENC_WINDOWS1252:
        return 20;
    default:
        return 40;
    }
}

static void read_as(qx_encoding enc, const unsigned char *s, size_t len, reading *r) {
    memset(r, 0, sizeof *r);
    r->enc = enc;
    r->cost = prior(enc);
    switch (enc) {
    case QX_ENC_UTF8:
        read_utf8(s, len, r);
        break;
    case QX_ENC_GB18030:
        read_gb18030(s, len, r);
        break;
    case QX_ENC_BIG5:
        read_big5(s, len, r);
        break;
    case QX_ENC_UTF16LE:
        read_utf16(s, len, false, r);
        break;
    case QX_ENC_UTF16BE:
        read_utf16(s, len, true, r);
        break;
    case QX_ENC_WINDOWS1252:
        read_cp1252(s, len, r);
        break;
    default:
        reject(r, len);
        break;
    }
}

/* Strictly valid, with SURE_UTF8 multibyte sequences or more (a sequence
 * cut by the end of the sample counts as valid). */
static bool sure_utf8(const unsigned char *s, size_t len) {
    size_t multibyte = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        bool valid;
        size_t n = qx__utf8_next(s + i, len - i, &cp, &valid);
        if (!valid)
            return qx__utf8_seq_len(s[i]) > len - i && multibyte >= SURE_UTF8;
        multibyte++;
        i += n;
    }
    return multibyte >= SURE_UTF8;
}

/* ----- byte-order marks and declared charsets ----- */

static bool bom(const unsigned char *s, size_t len, qx_detection *out) {
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        out->encoding = QX_ENC_UTF8, out->bom_len = 3;
    } else if (len >= 4 && s[0] == 0x84 && s[1] == 0x31 && s[2] == 0x95 && s[3] == 0x33) {
        out->encoding = QX_ENC_GB18030, out->bom_len = 4;
    } else if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        out->encoding = QX_ENC_UTF16LE, out->bom_len = 2;
    } else if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        out->encoding = QX_ENC_UTF16BE, out->bom_len = 2;
    } else {
        return false;
    }
    out->source = QX_DETECT_BOM;
    out->confidence = 100;
    return true;
}

/* Encoding labels as web pages write them (WHATWG Encoding, section 4.2). */
static const struct {
    const char *label;
    qx_encoding enc;
} labels[] = {
    {"utf-8", QX_ENC_UTF8},          {"utf8", QX_ENC_UTF8},
    {"unicode-1-1-utf-8", QX_ENC_UTF8}, {"gb18030", QX_ENC_GB18030},
    {"gbk", QX_ENC_GB18030},         {"gb2312", QX_ENC_GB18030},
    {"gb_2312", QX_ENC_GB18030},     {"gb_2312-80", QX_ENC_GB18030},
    {"x-gbk", QX_ENC_GB18030},       {"cp936", QX_ENC_GB18030},
    {"windows-936", QX_ENC_GB18030}, {"csgb2312", QX_ENC_GB18030},
    {"chinese", QX_ENC_GB18030},     {"iso-ir-58", QX_ENC_GB18030},
    {"euc-cn", QX_ENC_GB18030},      {"big5", QX_ENC_BIG5},
    {"big5-hkscs", QX_ENC_BIG5},     {"cn-big5", QX_ENC_BIG5},
    {"csbig5", QX_ENC_BIG5},         {"x-x-big5", QX_ENC_BIG5},
    {"cp950", QX_ENC_BIG5},          {"utf-16", QX_ENC_UTF16LE},
    {"utf-16le", QX_ENC_UTF16LE},    {"utf-16be", QX_ENC_UTF16BE},
    {"windows-1252", QX_ENC_WINDOWS1252}, {"iso-8859-1", QX_ENC_WINDOWS1252},
    {"latin1", QX_ENC_WINDOWS1252},  {"cp1252", QX_ENC_WINDOWS1252},
    {"us-ascii", QX_ENC_WINDOWS1252}, {"ascii", QX_ENC_WINDOWS1252},
};

static qx_encoding label_encoding(const char *label, size_t len) {
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
        if (strlen(labels[i].label) == len && qx__ascii_ieq(labels[i].label, label, len))
            return labels[i].enc;
    return QX_ENC_UNKNOWN;
}

static const char *find_ci(const char *s, const char *end, const char *needle) {
    size_t n = strlen(needle);
    for (; s + n <= end; s++)
        if (qx__ascii_ieq(s, needle, n))
            return s;
    return NULL;
}

/* The label after KEY (charset=, encoding=) inside [S, END), or NULL. */
static qx_encoding label_after(const char *s, const char *end, const char *key) {
    const char *p = find_ci(s, end, key);
    if (!p)
        return QX_ENC_UNKNOWN;
    p += strlen(key);
    while (p < end && qx__ascii_space((unsigned char)*p))
        p++;
    if (p >= end || *p != '=')
        return QX_ENC_UNKNOWN;
    p++;
    while (p < end && (qx__ascii_space((unsigned char)*p) || *p == '"' || *p == '\''))
        p++;
    const char *label = p;
    while (p < end && (qx__ascii_alpha((unsigned char)*p) || qx__ascii_digit((unsigned char)*p) ||
                       *p == '-' || *p == '_' || *p == ':' || *p == '.'))
        p++;
    return label_encoding(label, (size_t)(p - label));
}

/* What a <meta> charset or an XML declaration in the first bytes says. */
static qx_encoding declared_charset(const char *s, size_t len) {
    const char *end = s + (len < META_LIMIT ? len : META_LIMIT);
    if (len >= 5 && qx__ascii_ieq(s, "<?xml", 5)) {
        const char *close = find_ci(s, end, "?>");
        qx_encoding enc = label_after(s, close ? close : end, "encoding");
        if (enc != QX_ENC_UNKNOWN)
            return enc;
    }
    for (const char *p = s; (p = find_ci(p, end, "<meta")) != NULL; p += 5) {
        const char *close = memchr(p, '>', (size_t)(end - p));
        qx_encoding enc = label_after(p, close ? close : end, "charset");
        if (enc != QX_ENC_UNKNOWN)
            return enc;
    }
    return QX_ENC_UNKNOWN;
}

/* ----- the verdict ----- */

/* Certainty from the lead of the best reading over the runner-up (in bits)
 * and from how well the best reading fits Chinese web text at all. */
static int confidence(const reading *best, const reading *second) {
    double margin_bits = second ? (double)(second->cost - best->cost) / 2.0 : 64.0;
    double doubt = 1.0;
    for (int i = 0; i < 64 && margin_bits >= 2.0; i++, margin_bits -= 2.0)
        doubt /= 2.0; /* 2^-(margin/2) without libm */
    double c = 100.0 * (1.0 - doubt);
    double avg_bits = best->chars ? (double)best->cost / 2.0 / (double)best->chars : 32.0;
    if (avg_bits > 14.0)
        c *= avg_bits >= 24.0 ? 0.0 : (24.0 - avg_bits) / 10.0;
    if (best->invalid)
        c *= 0.8;
    return c < 0 ? 0 : c > 100 ? 100 : (int)(c + 0.5);
}

/* Where the first byte that is not plain ASCII text is, or LEN: bytes
 * below 0x20 other than white space are no text (they are UTF-16 halves). */
static size_t ascii_prefix(const unsigned char *s, size_t len) {
    size_t i = 0;
    while (i < len && s[i] < 0x80 && (s[i] >= 0x20 || qx__ascii_space(s[i])))
        i++;
    return i;
}

static const qx_encoding candidates[] = {QX_ENC_UTF8,    QX_ENC_GB18030, QX_ENC_BIG5,
                                         QX_ENC_UTF16LE, QX_ENC_UTF16BE, QX_ENC_WINDOWS1252};
enum { CANDIDATES = sizeof candidates / sizeof *candidates };

/* Real UTF-16 text has NUL bytes (the high halves of ASCII: newlines,
 * digits, spaces); a long sample without one is not UTF-16. */
static bool could_be_utf16(const unsigned char *s, size_t len) {
    return len < 512 || memchr(s, 0, len) != NULL;
}

static void rank(const unsigned char *s, size_t len, unsigned flags, reading *r) {
    bool utf16 = !(flags & QX_OPT_LINE) && could_be_utf16(s, len);
    for (size_t i = 0; i < CANDIDATES; i++) {
        bool skip = !utf16 && (candidates[i] == QX_ENC_UTF16LE || candidates[i] == QX_ENC_UTF16BE);
        read_as(skip ? QX_ENC_UNKNOWN : candidates[i], s, len, &r[i]);
        r[i].enc = candidates[i];
    }
    for (size_t i = 1; i < CANDIDATES; i++) /* insertion sort; ties keep list order */
        for (size_t j = i; j > 0 && r[j].cost < r[j - 1].cost; j--) {
            reading t = r[j];
            r[j] = r[j - 1];
            r[j - 1] = t;
        }
}

/* A declared charset whose reading is clean and reads like Chinese web
 * text (under 12 bits a character; wrong readings cost 16 and more) is
 * taken without scoring the others. */
static bool declared_fits(qx_encoding declared, const unsigned char *s, size_t len, reading *r) {
    if (declared != QX_ENC_GB18030 && declared != QX_ENC_BIG5)
        return false;
    read_as(declared, s, len, r);
    return r->invalid == 0 && r->chars >= 16 && r->cost <= (uint64_t)r->chars * 24;
}

/* Otherwise the declared charset wins when its reading is clean and nearly
 * as probable as the best one; a page that lies about its charset does not. */
static const reading *agreeing(const reading *r, qx_encoding declared) {
    for (size_t i = 0; i < CANDIDATES; i++) {
        if (r[i].enc != declared)
            continue;
        uint64_t slack = 16 + r[0].cost / 8;
        return (r[i].invalid == 0 && r[i].cost <= r[0].cost + slack) ? &r[i] : NULL;
    }
    return NULL;
}

qx_status qx_detect(const void *bytes, size_t len, unsigned flags, qx_detection *out) {
    if (!out || (!bytes && len))
        return QX_EINVAL;
    const unsigned char *s = bytes;
    memset(out, 0, sizeof *out);
    if (bom(s, len, out))
        return QX_OK;
    out->declared = declared_charset((const char *)s, len);
    size_t prefix = ascii_prefix(s, len);
    if (prefix == len) {
        out->encoding = QX_ENC_ASCII;
        out->confidence = len ? 100 : 0;
        return QX_OK;
    }
    /* A long ASCII head (scripts, styles) would fill the sample: start near
     * the first other byte instead, on an even offset to keep UTF-16 in
     * step. A short one stays in: UTF-16 text can look like ASCII bytes. */
    size_t from = prefix > SAMPLE_LIMIT / 2 ? (prefix - SAMPLE_LIMIT / 4) & ~(size_t)1 : 0;
    size_t n = len - from < SAMPLE_LIMIT ? len - from : SAMPLE_LIMIT;
    reading r[CANDIDATES];
    /* Valid UTF-8 with several multibyte sequences is never an accident of
     * GBK, Big5 or UTF-16 bytes (each sequence needs a lead and trails in
     * narrow ranges); the other readings need not be made. */
    if (sure_utf8(s + from, n)) {
        out->encoding = QX_ENC_UTF8;
        out->confidence = 100;
        out->source = out->declared == QX_ENC_UTF8 ? QX_DETECT_META : QX_DETECT_STATISTICS;
        return QX_OK;
    }
    if (declared_fits(out->declared, s + from, n, &r[0])) {
        out->encoding = out->declared;
        out->source = QX_DETECT_META;
        out->confidence = 95;
        return QX_OK;
    }
    rank(s + from, n, flags, r);
    const reading *meta = out->declared ? agreeing(r, out->declared) : NULL;
    out->encoding = r[0].enc;
    out->confidence = confidence(&r[0], &r[1]);
    if (meta) {
        out->source = QX_DETECT_META;
        out->encoding = meta->enc;
        /* the statistics and the page agree, or nearly: trust the page */
        out->confidence = meta == &r[0] ? (out->confidence > 95 ? out->confidence : 95) : 75;
    }
    return QX_OK;
}
