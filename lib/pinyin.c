/*
 * Pinyin annotations. Some sites insert the reading after a character by
 * search and replace on raw GBK bytes: 縣長(zhǎng). Where the bytes of the
 * annotated character matched across a character boundary, the annotation
 * landed mid-character and a decoder then read the rest one byte out of
 * step, losing the byte before "(" as "?" or U+FFFD. Working on the bytes
 * undoes both: an annotation goes where its reading is a reading of the
 * two bytes before it, and a lost byte is rebuilt as the one byte that
 * makes the previous byte plus it a character with that reading.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum { WILD = 1, QMARK = 2 };
enum { MAX_SYLLABLE = 7 };

typedef struct bytes {
    unsigned char *b, *f;
    size_t len, cap;
} bytes;

static bool bytes_push(bytes *x, unsigned char b, unsigned char f) {
    if (x->len == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 256;
        unsigned char *nb = realloc(x->b, cap);
        if (!nb)
            return false;
        x->b = nb;
        unsigned char *nf = realloc(x->f, cap);
        if (!nf)
            return false;
        x->f = nf;
        x->cap = cap;
    }
    x->b[x->len] = b;
    x->f[x->len++] = f;
    return true;
}

static void bytes_free(bytes *x) {
    free(x->b);
    free(x->f);
}

/* A pinyin letter in GB18030: ASCII a-z, or a toned vowel in row A8. */
static size_t pinyin_letter(const unsigned char *b, size_t n, char *letter, int *tone) {
    if (n >= 1 && b[0] >= 'a' && b[0] <= 'z') {
        *letter = (char)b[0];
        return 1;
    }
    if (n >= 2 && b[0] == 0xA8 && b[1] >= 0xA1 && b[1] <= 0xBA) {
        static const char vowels[] = "aeiouv";
        unsigned i = b[1] - 0xA1u;
        if (i < 24) {
            *letter = vowels[i / 4];
            *tone = (int)(i % 4) + 1;
        } else {
            *letter = i == 24 ? 'v' : 'e'; /* ü, ê */
        }
        return 2;
    }
    return 0;
}

/* Parses "syllable)" at B; the reading (syllable * 8 + tone) and the
 * length through ")", or 0. */
static size_t parse_reading(const unsigned char *b, const unsigned char *f, size_t n,
                            unsigned *reading) {
    char letters[MAX_SYLLABLE + 1];
    size_t nl = 0, i = 0;
    int tone = 5;
    while (i < n && nl < MAX_SYLLABLE && !(f[i] & WILD)) {
        size_t used = pinyin_letter(b + i, n - i, &letters[nl], &tone);
        if (!used)
            break;
        nl++;
        i += used;
    }
    if (nl == 0 || i >= n || b[i] != ')' || (f[i] & WILD))
        return 0;
    unsigned syl = qx__syllable_index(letters, nl);
    if (!syl)
        return 0;
    *reading = syl * 8 + (unsigned)tone;
    return i + 1;
}

static bool has_reading(uint32_t cp, unsigned reading) {
    unsigned short r[2];
    unsigned n = cp ? qx__readings(cp, r) : 0;
    for (unsigned i = 0; i < n; i++)
        if (r[i] == reading)
            return true;
    return false;
}

/* The character the last bytes of OUT end with, when it has READING. */
static bool annotates(const bytes *out, unsigned reading) {
    size_t n = out->len;
    if (n >= 2 && !(out->f[n - 1] & WILD) && !(out->f[n - 2] & WILD) &&
        has_reading(qx__gbk_pair(out->b[n - 2], out->b[n - 1]), reading))
        return true;
    return n >= 4 && !(out->f[n - 4] & WILD) && has_reading(qx__gb4(out->b + n - 4), reading);
}

/* The byte X for which LEAD X is the likeliest character with READING. */
static int rebuild_byte(unsigned lead, unsigned reading) {
    int best = -1;
    unsigned best_cost = 64;
    for (unsigned x = 0x40; x <= 0xFE; x++) {
        uint32_t cp = qx__gbk_pair(lead, x);
        if (cp && has_reading(cp, reading) && qx__char_cost(cp) < best_cost) {
            best = (int)x;
            best_cost = qx__char_cost(cp);
        }
    }
    return best;
}

/* Tries an annotation at IN[i]; on success appends what replaces it to OUT
 * and returns the bytes consumed. */
static size_t take_annotation(const bytes *in, size_t i, bytes *out, qx_diag *diag, bool *ok) {
    const unsigned char *b = in->b + i, *f = in->f + i;
    size_t n = in->len - i;
    bool lost = (f[0] & (WILD | QMARK)) != 0;
    if (!lost && b[0] != '(')
        return 0;
    size_t open = 1;
    if (lost && n > 1 && b[1] == '(' && !(f[1] & WILD))
        open = 2; /* the lost byte, then "(" as it was */
    unsigned reading;
    size_t used = parse_reading(b + open, f + open, n - open, &reading);
    if (!used)
        return 0;
    if (!lost) {
        if (out->len && (out->f[out->len - 1] & WILD) && out->len >= 2) {
            int x = rebuild_byte(out->b[out->len - 2], reading);
            if (x >= 0) {
                out->b[out->len - 1] = (unsigned char)x;
                out->f[out->len - 1] = 0;
                diag->repairs[QX_REPAIR_LOST_BYTE]++;
                diag->repairs[QX_REPAIR_PINYIN]++;
                return open + used;
            }
        }
        if (!annotates(out, reading))
            return 0;
        diag->repairs[QX_REPAIR_PINYIN]++;
        return open + used;
    }
    if (out->len == 0 || (out->f[out->len - 1] & WILD))
        return 0;
    int x = rebuild_byte(out->b[out->len - 1], reading);
    if (x < 0)
        return 0;
    *ok = bytes_push(out, (unsigned char)x, 0);
    diag->repairs[QX_REPAIR_LOST_BYTE]++;
    diag->repairs[QX_REPAIR_PINYIN]++;
    return open + used;
}

/* The shape every annotation has in the text, checked before the text is
 * turned into bytes (which costs four times its size): ")" after one to
 * MAX_SYLLABLE letters (a-z, or two-byte UTF-8 as the toned vowels are)
 * after "(" or a lost character ("?" or U+FFFD). */
static bool annotation_shape_before(const unsigned char *t, size_t close) {
    size_t i = close, letters = 0;
    uint32_t cp = 0;
    while (i > 0) {
        size_t start;
        cp = qx__utf8_prev(t, i, &start);
        bool letter = (cp >= 'a' && cp <= 'z') || (cp >= 0x80 && cp < 0x800);
        if (!letter || letters == MAX_SYLLABLE)
            break;
        letters++;
        i = start;
    }
    return letters > 0 && i > 0 && (cp == '(' || cp == '?' || cp == QX_REPLACEMENT);
}

bool qx__pinyin_suspect(const char *text, size_t len) {
    const unsigned char *t = (const unsigned char *)text;
    for (const unsigned char *p = memchr(t, ')', len); p; p = memchr(p + 1, ')', len - (size_t)(p + 1 - t)))
        if (annotation_shape_before(t, (size_t)(p - t)))
            return true;
    return false;
}

static qx_status to_bytes(const char *text, size_t len, bytes *x) {
    const unsigned char *t = (const unsigned char *)text;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        bool valid;
        i += qx__utf8_next(t + i, len - i, &cp, &valid);
        unsigned char b[4];
        size_t n = cp == 0xFFFD ? 0 : qx__gb18030_encode(cp, b);
        bool ok = true;
        if (n == 0)
            ok = bytes_push(x, 0, WILD);
        for (size_t k = 0; k < n && ok; k++)
            ok = bytes_push(x, b[k], cp == '?' ? QMARK : 0);
        if (!ok)
            return QX_ENOMEM;
    }
    return QX_OK;
}

enum { WORD_BONUS = 16, REBUILD_MARGIN = 6 };

/* The character LEAD plus a lost byte most likely was, given the characters
 * before and after it (a common word with either counts for much), or 0
 * when no candidate stands out. */
static uint32_t rebuild_trail(unsigned lead, uint32_t before, uint32_t after) {
    uint32_t best = 0;
    int best_cost = 1 << 20, second = 1 << 20;
    for (unsigned x = 0x40; x <= 0xFE; x++) {
        uint32_t cp = qx__gbk_pair(lead, x);
        if (!cp || (cp >= 0xE000 && cp <= 0xF8FF))
            continue;
        int cost = (int)qx__char_cost(cp);
        if (qx__word_pair(before, cp) || qx__word_pair(cp, after))
            cost -= WORD_BONUS;
        if (cost < best_cost) {
            second = best_cost;
            best_cost = cost;
            best = cp;
        } else if (cost < second) {
            second = cost;
        }
    }
    return second - best_cost >= REBUILD_MARGIN ? best : 0;
}

static uint32_t pair_at(const bytes *x, size_t i) {
    if (i + 1 >= x->len || (x->f[i] & WILD) || (x->f[i + 1] & WILD))
        return 0;
    return qx__gbk_pair(x->b[i], x->b[i + 1]);
}

static qx_status from_bytes(const bytes *x, qx_buf *out, qx_diag *diag) {
    qx_status st = QX_OK;
    uint32_t prev = 0;
    for (size_t i = 0; i < x->len && st == QX_OK;) {
        const unsigned char *b = x->b + i;
        size_t left = x->len - i;
        uint32_t cp = 0xFFFD;
        size_t n = 1;
        if (x->f[i] & WILD) {
            cp = 0xFFFD;
        } else if (b[0] < 0x80) {
            cp = b[0];
        } else if (pair_at(x, i)) {
            cp = pair_at(x, i);
            n = 2;
        } else if (left >= 4 && qx__gb4(b)) {
            cp = qx__gb4(b);
            n = 4;
        } else if (left >= 2 && (x->f[i + 1] & WILD)) {
            /* a character whose second byte was lost: one character */
            cp = rebuild_trail(b[0], prev, pair_at(x, i + 2));
            n = 2;
            if (cp)
                diag->repairs[QX_REPAIR_LOST_BYTE]++;
            else
                cp = 0xFFFD;
        }
        st = qx__buf_put_cp(out, cp);
        prev = cp;
        i += n;
    }
    return st;
}

/* The site wrote ！ (A3 A1) as ",!" even where those bytes spanned two
 * characters (。“ = A1 A3 | A1 B0); the byte before, left alone, was lost.
 * Puts A3 A1 back and rebuilds that byte as the likeliest X of X A3. */
static bool take_bang(const bytes *in, size_t i, bytes *out, qx_diag *diag) {
    if (i + 3 >= in->len || !(in->f[i] & WILD) || in->b[i + 1] != ',' || in->b[i + 2] != '!' ||
        in->b[i + 3] < 0x81 || !qx__gbk_pair(0xA1, in->b[i + 3]))
        return false;
    int best = -1;
    unsigned best_cost = 64;
    for (unsigned x = 0x81; x <= 0xFE; x++) {
        uint32_t cp = qx__gbk_pair(x, 0xA3);
        if (cp && !(cp >= 0xE000 && cp <= 0xF8FF) && qx__char_cost(cp) < best_cost) {
            best = (int)x;
            best_cost = qx__char_cost(cp);
        }
    }
    if (best < 0)
        return false;
    diag->repairs[QX_REPAIR_LOST_BYTE]++;
    return bytes_push(out, (unsigned char)best, 0) && bytes_push(out, 0xA3, 0) &&
           bytes_push(out, 0xA1, 0);
}

qx_status qx__pinyin_text(const char *text, size_t len, qx_buf *out, qx_diag *diag) {
    bytes in = {0}, res = {0};
    qx_status st = to_bytes(text, len, &in);
    size_t before = diag->repairs[QX_REPAIR_PINYIN];
    size_t lost_before = diag->repairs[QX_REPAIR_LOST_BYTE];
    bool ok = true;
    for (size_t i = 0; i < in.len && st == QX_OK && ok;) {
        size_t used = take_annotation(&in, i, &res, diag, &ok);
        if (used) {
            i += used;
            continue;
        }
        if (take_bang(&in, i, &res, diag)) {
            i += 3;
            continue;
        }
        ok = bytes_push(&res, in.b[i], in.f[i]);
        i++;
    }
    if (!ok)
        st = QX_ENOMEM;
    bool none_taken = diag->repairs[QX_REPAIR_PINYIN] == before;
    if (none_taken) /* the bytes are dropped: so are the lost bytes they rebuilt */
        diag->repairs[QX_REPAIR_LOST_BYTE] = lost_before;
    if (st == QX_OK)
        st = none_taken ? qx_buf_append(out, text, len) : from_bytes(&res, out, diag);
    bytes_free(&in);
    bytes_free(&res);
    return st;
}
