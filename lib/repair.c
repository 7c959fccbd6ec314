/*
 * Mojibake repair. Text that was decoded with the wrong encoding somewhere
 * upstream is turned back into the bytes it came from (its "reading"), and
 * those bytes are decoded again with the right encoding. Which stretches to
 * repair is decided by a dynamic programme over the bytes: each character
 * is either kept or replaced by what the bytes decode to, and entering a
 * repair costs a fixed penalty, so a stretch is repaired only when the
 * character model (qx__char_cost, half-bits) finds it far more probable.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

enum {
    WILD = 1u << 0,       /* a lost byte: U+FFFD in the text */
    QMARK = 1u << 1,      /* '?', which may also stand for a lost byte */
    CHAR_START = 1u << 2  /* a character of the text starts at this byte */
};

#define NO_CP 0xFFFFFFFFu
#define REPLACEMENT 0xFFFDu

/* Costs in half-bits, as qx__char_cost. */
enum {
    LOST_COST = 40,  /* a lost byte written as U+FFFD */
    WILD_MARGIN = 6, /* a lost byte is rebuilt only when 8x likelier than the next guess */
    WORD_BONUS = 16, /* a rebuilt character that makes a common word with a neighbour */
    WORD_STRENGTH_MAX = 31, /* and more, up to this, as the word is commoner */
    LONG_WORD_EXTRA = 12,    /* and this for each character past two */
    INF = 0x3FFFFFFF
};

typedef enum reading {
    AS_SINGLE_BYTE, /* Windows-1252 or Latin-1 */
    AS_GB18030,
    AS_GBK, /* two-byte GB18030 only */
    AS_BIG5
} reading;

typedef enum truth { TRUE_UTF8, TRUE_GB18030, TRUE_BIG5 } truth;

typedef struct repair_kind_spec {
    qx_repair_kind kind;
    reading read_as;
    truth truly;
    int enter_cost;
    bool shifts; /* may drop a byte to fall back in step */
} repair_kind_spec;

static const repair_kind_spec kinds[] = {
    {QX_REPAIR_UTF8_AS_LATIN, AS_SINGLE_BYTE, TRUE_UTF8, 16, false},
    {QX_REPAIR_GBK_AS_LATIN, AS_SINGLE_BYTE, TRUE_GB18030, 24, false},
    {QX_REPAIR_UTF8_AS_GBK, AS_GB18030, TRUE_UTF8, 24, false},
    {QX_REPAIR_BIG5_AS_GBK, AS_GBK, TRUE_BIG5, 40, false},
    {QX_REPAIR_GBK_AS_BIG5, AS_BIG5, TRUE_GB18030, 40, false},
    {QX_REPAIR_SHIFTED, AS_GB18030, TRUE_GB18030, 40, true},
};

/* Candidates for a rebuilt character. */
typedef struct candidates {
    uint32_t cp[1600];
    int cost[1600];
    size_t n;
} candidates;

/* The text of one paragraph as characters and as the bytes of a reading. */
typedef struct stream {
    const candidates *lost_pairs; /* Big5 characters GBK cannot read, or NULL */
    size_t nwild;      /* lost bytes */
    uint32_t *cps;     /* characters, then a sentinel */
    size_t *char_byte; /* byte offset where each character starts, + end */
    size_t nchars;
    unsigned char *bytes;
    unsigned char *flags;
    size_t nbytes;
    size_t cap_chars, cap_bytes;
} stream;

typedef struct dp {
    int *keep, *rep;
    size_t *rep_from;
    unsigned char *rep_from_keep; /* 1: entered from keep at rep_from */
    unsigned char *keep_from_rep;
    uint32_t *rep_cp;
    size_t cap;
} dp;

struct qx__repairer {
    stream s;
    dp d;
    candidates *lost_pairs; /* made on first use */
    qx_buf out;
};

static void *grow(void *p, size_t n, size_t size, bool *ok) {
    void *q = realloc(p, (n ? n : 1) * size);
    if (!q)
        *ok = false;
    return q ? q : p;
}

static bool stream_reserve(stream *s, size_t chars, size_t bytes) {
    bool ok = true;
    if (chars + 1 > s->cap_chars) {
        size_t cap = (chars + 1) * 2;
        s->cps = grow(s->cps, cap, sizeof *s->cps, &ok);
        s->char_byte = grow(s->char_byte, cap, sizeof *s->char_byte, &ok);
        if (ok)
            s->cap_chars = cap;
    }
    if (ok && bytes + 8 > s->cap_bytes) {
        size_t cap = (bytes + 8) * 2;
        s->bytes = grow(s->bytes, cap, 1, &ok);
        s->flags = grow(s->flags, cap, 1, &ok);
        if (ok)
            s->cap_bytes = cap;
    }
    return ok;
}

static bool dp_reserve(dp *d, size_t n) {
    bool ok = true;
    if (n + 1 <= d->cap)
        return true;
    size_t cap = (n + 1) * 2;
    d->keep = grow(d->keep, cap, sizeof *d->keep, &ok);
    d->rep = grow(d->rep, cap, sizeof *d->rep, &ok);
    d->rep_from = grow(d->rep_from, cap, sizeof *d->rep_from, &ok);
    d->rep_from_keep = grow(d->rep_from_keep, cap, 1, &ok);
    d->keep_from_rep = grow(d->keep_from_rep, cap, 1, &ok);
    d->rep_cp = grow(d->rep_cp, cap, sizeof *d->rep_cp, &ok);
    if (ok)
        d->cap = cap;
    return ok;
}

qx__repairer *qx__repairer_new(void) {
    return calloc(1, sizeof(qx__repairer));
}

void qx__repairer_free(qx__repairer *r) {
    if (!r)
        return;
    free(r->s.cps);
    free(r->s.char_byte);
    free(r->s.bytes);
    free(r->s.flags);
    free(r->d.keep);
    free(r->d.rep);
    free(r->d.rep_from);
    free(r->d.rep_from_keep);
    free(r->d.keep_from_rep);
    free(r->d.rep_cp);
    qx_buf_free(&r->out);
    free(r->lost_pairs);
    free(r);
}

/* ---- readings: characters back to bytes --------------------------------- */

static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

static int single_byte_of(uint32_t cp) {
    if (cp < 0x100)
        return (int)cp; /* Latin-1, C1 controls included */
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] == cp)
            return 0x80 + i;
    return -1;
}

/* Bytes of CP in the reading, or 0 when it has none. */
static size_t encode_as(reading how, uint32_t cp, unsigned char *out) {
    unsigned code;
    int b;
    switch (how) {
    case AS_SINGLE_BYTE:
        b = single_byte_of(cp);
        if (b < 0)
            return 0;
        out[0] = (unsigned char)b;
        return 1;
    case AS_GB18030:
        return qx__gb18030_encode(cp, out);
    case AS_GBK:
    case AS_BIG5:
        if (cp < 0x80) {
            out[0] = (unsigned char)cp;
            return 1;
        }
        code = how == AS_GBK ? qx__gbk_code(cp) : qx__big5_code(cp);
        if (!code)
            return 0;
        out[0] = (unsigned char)(code >> 8);
        out[1] = (unsigned char)code;
        return 2;
    }
    return 0;
}

static bool stream_push(stream *s, uint32_t cp, const unsigned char *b, size_t n,
                        unsigned flags) {
    if (!stream_reserve(s, s->nchars + 1, s->nbytes + n))
        return false;
    s->cps[s->nchars] = cp;
    s->char_byte[s->nchars++] = s->nbytes;
    s->nwild += (flags & WILD) != 0;
    for (size_t i = 0; i < n; i++) {
        s->bytes[s->nbytes] = b[i];
        s->flags[s->nbytes++] = (unsigned char)(i == 0 ? flags | CHAR_START : flags);
    }
    s->char_byte[s->nchars] = s->nbytes;
    return true;
}

static void stream_clear(stream *s) {
    s->nchars = s->nbytes = s->nwild = 0;
}

/* ---- decoding the bytes as they truly were ------------------------------ */

static uint32_t decode_utf8(const unsigned char *b, size_t n) {
    uint32_t cp;
    bool valid;
    size_t used = qx__utf8_next(b, n, &cp, &valid);
    return valid && used == n ? cp : NO_CP;
}

static uint32_t decode_true(truth t, const unsigned char *b, size_t n) {
    switch (t) {
    case TRUE_UTF8:
        if (n == 1)
            return b[0] < 0x80 ? b[0] : NO_CP;
        return qx__utf8_seq_len(b[0]) == n ? decode_utf8(b, n) : NO_CP;
    case TRUE_GB18030:
        if (n == 1)
            return b[0] < 0x80 ? b[0] : NO_CP;
        if (n == 2) {
            uint32_t cp = qx__gbk_pair(b[0], b[1]);
            return cp ? cp : NO_CP;
        }
        if (n == 4) {
            uint32_t cp = qx__gb4(b);
            return cp ? cp : NO_CP;
        }
        return NO_CP;
    case TRUE_BIG5:
        if (n == 1)
            return b[0] < 0x80 ? b[0] : NO_CP;
        if (n == 2) {
            uint32_t cp = qx__big5_pair(b[0], b[1]);
            return cp ? cp : NO_CP;
        }
        return NO_CP;
    }
    return NO_CP;
}

static const unsigned char cp1252_holes[] = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

/* The values a lost byte may have had in a reading. */
static size_t wild_values(reading how, unsigned char *vals) {
    if (how == AS_SINGLE_BYTE) {
        memcpy(vals, cp1252_holes, sizeof cp1252_holes);
        return sizeof cp1252_holes;
    }
    size_t n = 0;
    for (unsigned v = 0x80; v <= 0xFE; v++)
        vals[n++] = (unsigned char)v;
    return n;
}

static unsigned char_cost(uint32_t cp) {
    return cp == REPLACEMENT ? LOST_COST : qx__char_cost(cp);
}

/* A byte is lost when the wrong decoder could not read it: in a GBK
 * reading, a byte whose pair with the byte after it in the stream is no
 * GBK character (the user-defined rows A1-A7, AA-AF and F8-FE hold Big5's
 * commonest characters); the decoder then goes on from that next byte. */
static bool could_be_lost(reading how, const stream *s, size_t at, unsigned char value) {
    if (how != AS_GBK || at + 1 >= s->nbytes || (s->flags[at + 1] & WILD))
        return true;
    uint32_t cp = qx__gbk_pair(value, s->bytes[at + 1]);
    return cp == 0 || (cp >= 0xE000 && cp <= 0xF8FF);
}

enum { MAX_NEIGHBOURS = 16 };

/* The characters the bytes just before J (or from J, when AFTER) may
 * decode to in the true encoding, trying the values of one lost byte among
 * them: the context a rebuilt character is judged in. */
typedef struct neighbours {
    uint32_t cp[MAX_NEIGHBOURS];
    size_t n;
} neighbours;

static void find_neighbours(const repair_kind_spec *k, const stream *s, size_t j, bool after,
                            neighbours *out) {
    size_t n = k->truly == TRUE_UTF8 ? 3 : 2;
    out->n = 0;
    if ((!after && j < n) || (after && j + n > s->nbytes))
        return;
    size_t from = after ? j : j - n, wild = SIZE_MAX;
    unsigned char b[4];
    for (size_t i = 0; i < n; i++) {
        b[i] = s->bytes[from + i];
        if (s->flags[from + i] & WILD) {
            if (wild != SIZE_MAX)
                return;
            wild = i;
        }
    }
    if (wild == SIZE_MAX) {
        uint32_t cp = decode_true(k->truly, b, n);
        if (cp != NO_CP)
            out->cp[out->n++] = cp;
        return;
    }
    unsigned char vals[128];
    size_t nv = wild_values(k->read_as, vals);
    for (size_t v = 0; v < nv; v++) {
        b[wild] = vals[v];
        if (!could_be_lost(k->read_as, s, from + wild, vals[v]))
            continue;
        uint32_t cp = decode_true(k->truly, b, n);
        if (cp == NO_CP || cp < 0x3400)
            continue;
        if (out->n == MAX_NEIGHBOURS) {
            out->n = 0; /* too open to be context */
            return;
        }
        out->cp[out->n++] = cp;
    }
}

/* What a common word with a neighbour takes off a candidate's cost: the
 * commoner the word, the more (农村 before 农时). */
/* Up to MAX_CONTEXT characters the bytes before J (or from J, when AFTER)
 * surely decode to in the true encoding, nearest first: Han characters
 * whose bytes were all read, for the longer words a candidate may end,
 * begin or sit in. */
enum { MAX_CONTEXT = 3 };

static size_t context_chars(const repair_kind_spec *k, const stream *s, size_t j, bool after,
                            uint32_t *out) {
    size_t n = k->truly == TRUE_UTF8 ? 3 : 2, got = 0;
    while (got < MAX_CONTEXT) {
        size_t from;
        if (after) {
            from = j + got * n;
            if (from + n > s->nbytes)
                break;
        } else {
            if (j < (got + 1) * n)
                break;
            from = j - (got + 1) * n;
        }
        unsigned char b[4];
        bool wild = false;
        for (size_t i = 0; i < n; i++) {
            b[i] = s->bytes[from + i];
            wild |= (s->flags[from + i] & WILD) != 0;
        }
        uint32_t cp = wild ? NO_CP : decode_true(k->truly, b, n);
        if (cp == NO_CP || cp < 0x3400 || cp > 0x9FFF)
            break;
        out[got++] = cp;
    }
    return got;
}

typedef struct context {
    neighbours before, after;
    uint32_t left[MAX_CONTEXT], right[MAX_CONTEXT];
    size_t nleft, nright;
} context;

/* The bonus of the commonest three- or four-character word CP makes with
 * the sure characters around it: stronger evidence than a pair. */
static int long_word_bonus(uint32_t cp, const context *cx) {
    if (cp < 0x3400 || cp > 0x9FFF)
        return 0;
    int best = -1;
    for (size_t len = 3; len <= 4; len++) {
        for (size_t at = 0; at < len; at++) {
            if (at > cx->nleft || len - 1 - at > cx->nright)
                continue;
            uint32_t w[4];
            for (size_t i = 0; i < at; i++)
                w[i] = cx->left[at - 1 - i];
            w[at] = cp;
            for (size_t i = at + 1; i < len; i++)
                w[i] = cx->right[i - at - 1];
            int x = qx__long_word_strength(w, len);
            if (x >= 0 && x + LONG_WORD_EXTRA * (int)(len - 2) > best)
                best = x + LONG_WORD_EXTRA * (int)(len - 2);
        }
    }
    return best < 0 ? 0 : WORD_BONUS + best;
}

static int side_bonus(int strength, size_t choices) {
    if (strength < 0)
        return 0;
    /* one of N possible neighbours: worth about log2 N bits less */
    int doubt = 0;
    for (size_t n = choices; n > 1; n = (n + 1) / 2)
        doubt += 2;
    return WORD_BONUS + strength - doubt;
}

static int word_bonus(uint32_t cp, const context *cx) {
    int b = -1, a = -1;
    for (size_t i = 0; i < cx->before.n; i++) {
        int w = qx__word_strength(cx->before.cp[i], cp);
        b = w > b ? w : b;
    }
    for (size_t i = 0; i < cx->after.n; i++) {
        int w = qx__word_strength(cp, cx->after.cp[i]);
        a = w > a ? w : a;
    }
    int x = side_bonus(b, cx->before.n), y = side_bonus(a, cx->after.n);
    int z = long_word_bonus(cp, cx);
    x = x > y ? x : y;
    return x > z ? x : z;
}

/* The best candidate by cost less its word bonus; U+FFFD when the best is
 * not MARGIN ahead of the next. */
static uint32_t choose(const repair_kind_spec *k, const stream *s, size_t j, size_t n,
                       const candidates *c, int margin, int *cost) {
    if (c->n == 0)
        return NO_CP;
    context cx;
    find_neighbours(k, s, j, false, &cx.before);
    find_neighbours(k, s, j + n, true, &cx.after);
    cx.nleft = context_chars(k, s, j, false, cx.left);
    cx.nright = context_chars(k, s, j + n, true, cx.right);
    uint32_t best = NO_CP;
    int best_cost = INF, second = INF;
    for (size_t i = 0; i < c->n; i++) {
        /* every candidate: costs (at most 63) are all within a bonus's reach */
        int x = c->cost[i] - word_bonus(c->cp[i], &cx);
        if (x < best_cost) {
            second = best_cost;
            best_cost = x;
            best = c->cp[i];
        } else if (x < second) {
            second = x;
        }
    }
    if (second < INF && second - best_cost < margin) {
        *cost = LOST_COST;
        return REPLACEMENT;
    }
    *cost = best_cost + margin;
    return best;
}

/* The best character for bytes [j, j+n), trying every value of its lost
 * bytes (at most two in a single-byte reading, where only five byte values
 * can be lost, else one); U+FFFD when they cannot be told with confidence. */
static uint32_t decode_span(const repair_kind_spec *k, const stream *s, size_t j, size_t n,
                            int *cost) {
    unsigned char b[4];
    size_t wild[2], nwild = 0;
    size_t max_wild = k->read_as == AS_SINGLE_BYTE ? 2 : 1;
    for (size_t i = 0; i < n; i++) {
        b[i] = s->bytes[j + i];
        if (s->flags[j + i] & WILD) {
            if (nwild == max_wild)
                return NO_CP;
            wild[nwild++] = i;
        }
    }
    if (nwild == 0) {
        uint32_t cp = decode_true(k->truly, b, n);
        if (cp == NO_CP || cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ||
            (cp >= 0xE000 && cp <= 0xF8FF))
            return NO_CP; /* U+FFFD itself may come back: the double encoding of a lost byte */
        *cost = (int)char_cost(cp);
        return cp;
    }
    if (n == 1)
        return NO_CP;
    unsigned char vals[128];
    size_t nv = wild_values(k->read_as, vals);
    size_t combos = nwild == 1 ? nv : nv * nv;
    candidates c;
    c.n = 0;
    for (size_t v = 0; v < combos; v++) {
        b[wild[0]] = vals[v % nv];
        if (nwild == 2)
            b[wild[1]] = vals[v / nv];
        if (!could_be_lost(k->read_as, s, j + wild[0], b[wild[0]]))
            continue;
        uint32_t cp = decode_true(k->truly, b, n);
        if (cp == NO_CP || cp < 0xA0 || (cp >= 0xE000 && cp <= 0xF8FF))
            continue;
        c.cp[c.n] = cp;
        c.cost[c.n++] = (int)qx__char_cost(cp);
    }
    int margin = k->read_as == AS_SINGLE_BYTE ? 0 : k->read_as == AS_GBK ? 2 : WILD_MARGIN;
    return choose(k, s, j, n, &c, margin, cost);
}

/* In a GBK reading both bytes of a Big5 character can be lost: the
 * pairs GBK leaves undefined (rows A1-A7 past their symbols, AA-AF, F8-F9)
 * hold common Big5 characters. The likeliest one, given its neighbours,
 * when it stands out; else U+FFFD. */
static void fill_lost_pairs(candidates *c) {
    c->n = 0;
    for (unsigned lead = 0xA1; lead <= 0xF9; lead++) {
        for (unsigned trail = 0xA1; trail <= 0xFE && c->n < sizeof c->cp / sizeof *c->cp; trail++) {
            uint32_t g = qx__gbk_pair(lead, trail);
            if (g && !(g >= 0xE000 && g <= 0xF8FF))
                continue;
            uint32_t cp = qx__big5_pair(lead, trail);
            if (!cp || (cp >= 0xE000 && cp <= 0xF8FF))
                continue;
            c->cp[c->n] = cp;
            c->cost[c->n++] = (int)qx__char_cost(cp);
        }
    }
}

static uint32_t decode_lost_pair(const repair_kind_spec *k, const stream *s, size_t j,
                                 int *cost) {
    if (s->nwild * 5 > s->nbytes * 2)
        return NO_CP;
    /* both bytes of one character lost: one U+FFFD for it, a hair cheaper
     * than a U+FFFD kept for each byte inside a repair (see run_dp) */
    uint32_t cp = choose(k, s, j, 2, s->lost_pairs, WILD_MARGIN, cost);
    if (cp == REPLACEMENT)
        *cost = 2 * LOST_COST;
    return cp;
}

/* ---- the dynamic programme ----------------------------------------------- */

static void relax_rep(dp *d, size_t to, int cost, size_t from, bool from_keep, uint32_t cp) {
    if (cost < d->rep[to]) {
        d->rep[to] = cost;
        d->rep_from[to] = from;
        d->rep_from_keep[to] = from_keep;
        d->rep_cp[to] = cp;
    }
}

static void run_dp(const repair_kind_spec *k, const stream *s, dp *d) {
    size_t m = s->nbytes;
    for (size_t j = 0; j <= m; j++) {
        d->keep[j] = d->rep[j] = INF;
        d->keep_from_rep[j] = 0;
    }
    d->keep[0] = 0;
    size_t next_char = 0;
    for (size_t j = 0; j <= m; j++) {
        bool boundary = next_char <= s->nchars && s->char_byte[next_char] == j;
        if (boundary) {
            if (d->rep[j] < d->keep[j]) {
                d->keep[j] = d->rep[j];
                d->keep_from_rep[j] = 1;
            }
            relax_rep(d, j, d->keep[j] + k->enter_cost, j, true, NO_CP);
            if (next_char < s->nchars) {
                size_t to = s->char_byte[next_char + 1];
                int c = d->keep[j] + (int)char_cost(s->cps[next_char]);
                if (c < d->keep[to]) {
                    d->keep[to] = c;
                    d->keep_from_rep[to] = 0;
                }
            }
            next_char++;
        }
        if (d->rep[j] >= INF || j == m)
            continue;
        for (size_t n = 1; n <= 4 && j + n <= m; n++) {
            int c;
            uint32_t cp = decode_span(k, s, j, n, &c);
            if (cp != NO_CP)
                relax_rep(d, j + n, d->rep[j] + c, j, false, cp);
            if (n == 1 && (s->flags[j] & QMARK) && k->read_as != AS_SINGLE_BYTE)
                relax_rep(d, j + 1, d->rep[j] + LOST_COST, j, false, '?');
        }
        if (k->shifts)
            relax_rep(d, j + 1, d->rep[j] + LOST_COST, j, false, REPLACEMENT);
        else if (s->flags[j] & WILD)
            relax_rep(d, j + 1, d->rep[j] + LOST_COST + 1, j, false, REPLACEMENT); /* stays lost */
        if (s->lost_pairs && k->read_as == AS_GBK && k->truly == TRUE_BIG5 && j + 2 <= m &&
            (s->flags[j] & WILD) && (s->flags[j + 1] & WILD)) {
            int c;
            uint32_t cp = decode_lost_pair(k, s, j, &c);
            if (cp != NO_CP)
                relax_rep(d, j + 2, d->rep[j] + c, j, false, cp);
        }
    }
}

/* Walks the best path back, writing the repaired text (reversed, then
 * reversed again). Returns the number of repaired stretches. */
static qx_status write_path(const stream *s, const dp *d, qx_buf *out, size_t *stretches) {
    size_t j = s->nbytes, k = s->nchars;
    bool in_rep = false;
    *stretches = 0;
    uint32_t *rev = NULL;
    size_t nrev = 0, cap = 0;
    qx_status st = QX_OK;
    while (j > 0 || in_rep) {
        uint32_t cp;
        if (!in_rep) {
            if (d->keep_from_rep[j]) {
                in_rep = true;
                continue;
            }
            while (k > 0 && s->char_byte[k] != j)
                k--;
            k--;
            cp = s->cps[k];
            j = s->char_byte[k];
        } else {
            bool from_keep = d->rep_from_keep[j];
            cp = d->rep_cp[j];
            j = d->rep_from[j];
            if (from_keep) {
                in_rep = false;
                (*stretches)++;
                continue;
            }
        }
        if (nrev == cap) {
            cap = cap ? cap * 2 : 64;
            uint32_t *p = realloc(rev, cap * sizeof *p);
            if (!p) {
                free(rev);
                return QX_ENOMEM;
            }
            rev = p;
        }
        rev[nrev++] = cp;
    }
    for (size_t i = nrev; i-- > 0 && st == QX_OK;)
        st = qx__buf_put_cp(out, rev[i]);
    free(rev);
    return st;
}

/* ---- per paragraph -------------------------------------------------------- */

/* Characters that mojibake read as Windows-1252 is made of, and clean text
 * seldom has: NBSP, ©, ®, °, · and × are left out, as scraped text is full
 * of them. */
static bool is_suspect_latin(uint32_t cp) {
    if (cp >= 0x80 && cp <= 0xFF)
        return cp != 0xA0 && cp != 0xA9 && cp != 0xAE && cp != 0xB0 && cp != 0xB7 &&
               cp != 0xD7;
    return (cp >= 0x152 && cp <= 0x192) || cp == 0x2C6 || cp == 0x2DC || cp == 0x2122;
}

/* Cheap tests that decide whether a paragraph is worth a programme. */
typedef struct census {
    size_t latin, rare, lost, chars;
    size_t rare_pairs; /* adjacent characters both rare or lost */
} census;

enum { RARE_COST = 34 };

/* Runs over every paragraph, so it decodes Chinese characters inline,
 * without checks: paragraph text is always valid UTF-8 (decode and
 * qx_doc_set_text make it so). */
static census take_census(const char *text, size_t len) {
    census c = {0, 0, 0, 0, 0};
    const unsigned char *t = (const unsigned char *)text;
    bool prev_odd = false, prev_rare = false;
    for (size_t i = 0; i < len;) {
        unsigned char b = t[i];
        c.chars++;
        if (b < 0x80) {
            i++;
            prev_odd = prev_rare = false;
            continue;
        }
        uint32_t cp;
        if (b >= 0xE0 && b < 0xF0 && i + 2 < len) {
            cp = (uint32_t)(b & 0x0F) << 12 | (uint32_t)(t[i + 1] & 0x3F) << 6 | (t[i + 2] & 0x3F);
            i += 3;
        } else {
            bool valid;
            i += qx__utf8_next(t + i, len - i, &cp, &valid);
        }
        bool odd = false;
        if (cp < 0x3000 && is_suspect_latin(cp)) {
            c.latin++;
        } else if (cp == REPLACEMENT) {
            c.lost++;
            odd = true;
        } else if (qx__char_cost(cp) >= RARE_COST || (cp >= 0xE000 && cp <= 0xF8FF)) {
            c.rare++;
            odd = true;
        }
        c.rare_pairs += odd && prev_odd && (cp != REPLACEMENT || prev_rare);
        prev_rare = odd && cp != REPLACEMENT;
        prev_odd = odd;
    }
    return c;
}

/* Fills the stream with the segment of TEXT from *POS that the reading can
 * represent; stops before the first character it cannot. */
static bool fill_segment(stream *s, reading how, const char *text, size_t len, size_t *pos,
                         bool *ok) {
    const unsigned char *t = (const unsigned char *)text;
    stream_clear(s);
    if (!stream_reserve(s, 0, 0)) {
        *ok = false;
        return false;
    }
    s->char_byte[0] = 0;
    while (*pos < len) {
        uint32_t cp;
        bool valid;
        size_t n = qx__utf8_next(t + *pos, len - *pos, &cp, &valid);
        unsigned char b[4];
        size_t nb;
        unsigned flags = 0;
        if (cp == REPLACEMENT) {
            b[0] = 0;
            nb = 1;
            flags = WILD;
        } else {
            nb = encode_as(how, cp, b);
            if (cp == '?')
                flags = QMARK;
        }
        if (nb == 0 || cp == '\n') {
            if (s->nchars == 0) {
                *pos += n;
                return true; /* a lone barrier: copied by the caller */
            }
            return true;
        }
        if (!stream_push(s, cp, b, nb, flags)) {
            *ok = false;
            return false;
        }
        *pos += n;
    }
    return true;
}

/* Runs the programme of every kind in KS[0..NK) that READ_AS names over
 * each segment, and writes the path of the cheapest. */
static qx_status repair_reading(qx__repairer *r, const repair_kind_spec *const *ks, size_t nk,
                                const char *text, size_t len, qx_buf *out, size_t *counts,
                                long *gain) {
    size_t pos = 0;
    *gain = 0;
    while (pos < len) {
        size_t before = pos;
        bool ok = true;
        fill_segment(&r->s, ks[0]->read_as, text, len, &pos, &ok);
        if (!ok)
            return QX_ENOMEM;
        if (r->s.nchars == 0) {
            qx_status st = qx_buf_append(out, text + before, pos - before);
            if (st != QX_OK)
                return st;
            continue;
        }
        if (!dp_reserve(&r->d, r->s.nbytes))
            return QX_ENOMEM;
        if (ks[0]->read_as == AS_GBK && !r->lost_pairs) {
            if (!(r->lost_pairs = malloc(sizeof *r->lost_pairs)))
                return QX_ENOMEM;
            fill_lost_pairs(r->lost_pairs);
        }
        r->s.lost_pairs = r->lost_pairs;
        size_t best = 0;
        int best_cost = INF;
        long keep_all = 0;
        for (size_t i = 0; i < r->s.nchars; i++)
            keep_all += char_cost(r->s.cps[i]);
        for (size_t i = 0; i < nk; i++) {
            run_dp(ks[i], &r->s, &r->d);
            if (r->d.keep[r->s.nbytes] < best_cost) {
                best_cost = r->d.keep[r->s.nbytes];
                best = i;
            }
        }
        if (best_cost >= keep_all) {
            qx_status st = qx_buf_append(out, text + before, pos - before);
            if (st != QX_OK)
                return st;
            continue; /* nothing to repair: the text as it was */
        }
        if (best != nk - 1)
            run_dp(ks[best], &r->s, &r->d);
        size_t stretches;
        qx_status st = write_path(&r->s, &r->d, out, &stretches);
        if (st != QX_OK)
            return st;
        counts[ks[best]->kind] += stretches;
        if (stretches)
            *gain += keep_all - best_cost;
    }
    return QX_OK;
}

static bool worth_trying(const repair_kind_spec *k, const census *c) {
    if (k->read_as == AS_SINGLE_BYTE)
        return c->latin >= 2;
    /* mojibake read as GBK or Big5 is dense in rare characters; clean text
     * has them one at a time */
    return c->rare_pairs >= (c->chars < 40 ? 1u : 3u) || (c->lost >= 1 && c->rare >= 1);
}

static const reading reading_order[] = {AS_SINGLE_BYTE, AS_GB18030, AS_GBK, AS_BIG5};

enum { READINGS = sizeof reading_order / sizeof *reading_order, MAX_ROUNDS = 4 };

/* Repairs TEXT into OUT, adding to the per-kind counts in DIAG. Each round
 * tries every reading and keeps the one that gains most, so a stretch goes
 * to the kind of damage that explains it best; double encodings come undone
 * in a second round. */
static qx_status repair_block(qx__repairer *r, const char *text, size_t len, qx_buf *out,
                              qx_diag *diag) {
    qx_buf bufs[READINGS + 1];
    for (size_t i = 0; i <= READINGS; i++)
        bufs[i] = (qx_buf)QX_BUF_INIT;
    const char *cur = text;
    size_t cur_len = len;
    qx_status st = QX_OK;
    for (int round = 0; round < MAX_ROUNDS && st == QX_OK; round++) {
        census c = take_census(cur, cur_len);
        long best_gain = 0;
        size_t best = READINGS;
        size_t counts[READINGS][QX_REPAIR_KINDS];
        memset(counts, 0, sizeof counts);
        for (size_t g = 0; g < READINGS && st == QX_OK; g++) {
            const repair_kind_spec *ks[4] = {NULL, NULL, NULL, NULL};
            size_t nk = 0;
            for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
                if (kinds[i].read_as == reading_order[g])
                    ks[nk++] = &kinds[i];
            if (!worth_trying(ks[0], &c) || (round > 1 && reading_order[g] != AS_SINGLE_BYTE))
                continue; /* after two rounds, only double encodings are left */
            qx__buf_clear(&bufs[g]);
            long gain;
            st = repair_reading(r, ks, nk, cur, cur_len, &bufs[g], counts[g], &gain);
            if (st == QX_OK && gain > best_gain) {
                best_gain = gain;
                best = g;
            }
        }
        if (st != QX_OK || best == READINGS)
            break;
        for (size_t k = 0; k < QX_REPAIR_KINDS; k++)
            diag->repairs[k] += counts[best][k];
        /* the winner becomes the text; its buffer must not be reused */
        qx_buf tmp = bufs[READINGS];
        bufs[READINGS] = bufs[best];
        bufs[best] = tmp;
        cur = bufs[READINGS].data;
        cur_len = bufs[READINGS].len;
    }
    if (st == QX_OK)
        st = qx_buf_append(out, cur, cur_len);
    for (size_t i = 0; i <= READINGS; i++)
        qx_buf_free(&bufs[i]);
    return st;
}

/* Mojibake never crosses a line end (a line feed is one byte of its own in
 * every encoding concerned), so a long text is repaired in blocks of whole
 * lines: each block's statistics decide for it, and clean blocks cost a
 * census only. Short texts stay whole, for the context of their lines. */
enum { REPAIR_BLOCK = 8192 };

/* The end of the block of whole lines that starts at AT: after the last
 * line feed within REPAIR_BLOCK bytes, else after the first one past them. */
static size_t block_end(const char *text, size_t len, size_t at) {
    if (len - at <= REPAIR_BLOCK)
        return len;
    for (size_t k = at + REPAIR_BLOCK; k > at; k--)
        if (text[k - 1] == '\n')
            return k;
    const char *nl = memchr(text + at + REPAIR_BLOCK, '\n', len - at - REPAIR_BLOCK);
    return nl ? (size_t)(nl - text) + 1 : len;
}

qx_status qx__repair_text(qx__repairer *r, const char *text, size_t len, qx_buf *out,
                          qx_diag *diag) {
    qx_status st = QX_OK;
    for (size_t at = 0, end; at < len && st == QX_OK; at = end) {
        end = block_end(text, len, at);
        st = repair_block(r, text + at, end - at, out, diag);
    }
    return st;
}

qx_status qx_repair(qx_ctx *ctx, qx_doc *doc) {
    if (!ctx || !doc)
        return ctx ? qx__fail(ctx, QX_EINVAL, "invalid arguments to qx_repair") : QX_EINVAL;
    if (!ctx->repairer && !(ctx->repairer = qx__repairer_new()))
        return qx__fail(ctx, QX_ENOMEM, "out of memory");
    qx__repairer *r = ctx->repairer;
    qx__doc_begin(doc);
    qx_status st = QX_OK;
    for (size_t i = 0; i < doc->cur.count && st == QX_OK; i++) {
        const qx__para *p = &doc->cur.items[i];
        const char *text = qx__para_text(&doc->cur, p);
        size_t len = p->len;
        if (qx__pinyin_suspect(text, len)) {
            qx__buf_clear(&r->out);
            st = qx__pinyin_text(text, len, &r->out, &doc->diag);
            text = r->out.data ? r->out.data : "";
            len = r->out.len;
        }
        size_t start = doc->next.text.len;
        if (st == QX_OK)
            st = qx__repair_text(r, text, len, &doc->next.text, &doc->diag);
        if (st == QX_OK)
            st = qx__paras_commit(&doc->next, start, p->role, p->links, p->link_bytes);
    }
    if (st != QX_OK) {
        qx__doc_begin(doc);
        return qx__fail(ctx, st, "out of memory");
    }
    qx__doc_commit(doc);
    return QX_OK;
}
