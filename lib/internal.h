/* Library-internal declarations shared between modules. Never installed;
 * nothing here is exported from the shared library. */
#ifndef QX_INTERNAL_H
#define QX_INTERNAL_H

#include "qingxi.h"

#include <iconv.h>
#include <stdbool.h>
#include <stdint.h>

#if defined(__GNUC__)
#define QX_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define QX_PRINTF(fmt, args)
#endif

/* ----- buffers (buf.c) ----- */

qx_status qx__buf_putc(qx_buf *buf, char c);
qx_status qx__buf_put_cp(qx_buf *buf, uint32_t cp);
qx_status qx__buf_puts(qx_buf *buf, const char *s);
/* Keeps the memory, forgets the bytes. */
void qx__buf_clear(qx_buf *buf);
/* Makes data[len] a NUL without counting it. */
qx_status qx__buf_terminate(qx_buf *buf);

/* ----- UTF-8 and ASCII, locale-free (utf8.c) ----- */

#define QX_REPLACEMENT 0xFFFDu

/* Length of the UTF-8 sequence that starts with LEAD, 0 if LEAD cannot start one. */
static inline size_t qx__utf8_seq_len(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if (lead < 0xC2)
        return 0;
    return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
}

/* Decodes one code point from S (LEN > 0 bytes available), strictly (RFC
 * 3629: no overlongs, no surrogates, nothing past U+10FFFF). Returns the
 * bytes used; an invalid or truncated sequence uses 1 byte and gives
 * *cp == QX_REPLACEMENT with *valid false. Inline: every stage that reads
 * text calls it once per character. */
static inline size_t qx__utf8_next(const unsigned char *s, size_t len, uint32_t *cp,
                                   bool *valid) {
    unsigned char c = s[0];
    size_t n = qx__utf8_seq_len(c);
    *valid = false;
    *cp = QX_REPLACEMENT;
    if (n == 1) {
        *cp = c;
        *valid = true;
        return 1;
    }
    if (n == 0 || n > len)
        return 1;
    if (n == 3) { /* Chinese text: nearly every character */
        uint32_t v = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || v < 0x800 ||
            (v >= 0xD800 && v <= 0xDFFF))
            return 1;
        *cp = v;
        *valid = true;
        return 3;
    }
    unsigned char c1 = s[1];
    if ((c1 & 0xC0) != 0x80)
        return 1;
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 > 0x8F))
        return 1;
    uint32_t v = c & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 1;
        v = (v << 6) | (s[i] & 0x3F);
    }
    *cp = v;
    *valid = true;
    return n;
}

/* Writes the UTF-8 form of CP (at most 4 bytes) to OUT; returns its length. */
size_t qx__utf8_encode(uint32_t cp, char *out);

/* The code point that ends just before S + END (END > 0), and its start. */
uint32_t qx__utf8_prev(const unsigned char *s, size_t end, size_t *start);

/* Appends S to OUT with every invalid sequence replaced by U+FFFD; adds the
 * bytes replaced to *BAD and records the offset of the first in *FIRST_BAD
 * (if it is still SIZE_MAX). */
qx_status qx__utf8_sanitize(qx_buf *out, const char *s, size_t len, size_t *bad,
                            size_t *first_bad);

static inline bool qx__ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline bool qx__ascii_alpha(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline bool qx__ascii_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static inline unsigned char qx__ascii_lower(unsigned char c) {
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}
/* Case-insensitive ASCII comparison of N bytes. */
bool qx__ascii_ieq(const char *a, const char *b, size_t n);

/* Han ideographs, CJK and full-width punctuation, kana: characters between
 * which a line break in HTML source is not a space. */
bool qx__is_cjk_wide(uint32_t cp);

/* ----- character model (charmodel.c via script.c) ----- */

/* -log2 p of CP in Chinese web text, in half bits (1..63). */
unsigned qx__char_cost(uint32_t cp);
enum { QX__SCRIPT_NEUTRAL = 0, QX__SCRIPT_SIMPLIFIED = 1, QX__SCRIPT_TRADITIONAL = 2 };
int qx__char_script(uint32_t cp);

/* ----- code pages (detect.c) ----- */

/* The code point of a two-byte GB18030 or Big5 sequence, 0 if none. */
uint32_t qx__gbk_pair(unsigned lead, unsigned trail);
uint32_t qx__big5_pair(unsigned lead, unsigned trail);
/* qx__gbk_pair's table, for a loop that cannot afford a call per
 * character: entry (lead - 0x81) * 191 + (trail - 0x40), for lead 0x81 to
 * 0xFE and trail 0x40 to 0xFE; 0 = none. */
#define QX_GBK_PAIR_LEAD_FIRST 0x81
#define QX_GBK_PAIR_TRAIL_FIRST 0x40
#define QX_GBK_PAIR_TRAILS 191
const unsigned short *qx__gbk_pair_table(void);

/* The code point of a four-byte GB18030 sequence, 0 if none. */
uint32_t qx__gb4(const unsigned char *b);
/* What glibc's decoder makes of GB18030 BYTES (big-endian) where the
 * two functions above disagree with it (0xFE51 is U+20087); OTHERWISE
 * where they agree. */
uint32_t qx__gb_decode_exception(uint32_t bytes, uint32_t otherwise);
/* Reverse lookups: lead << 8 | trail, or 0 when the encoding lacks cp. */
unsigned qx__gbk_code(uint32_t cp);
unsigned qx__big5_code(uint32_t cp);
/* GB18030 bytes of cp into out[4]; the count, 0 for a surrogate. */
size_t qx__gb18030_encode(uint32_t cp, unsigned char *out);
/* Mandarin readings of cp (kMandarin), each syllable * 8 + tone (tone 5 =
 * neutral); how many (0-2). */
unsigned qx__readings(uint32_t cp, unsigned short out[2]);
/* qx_convert, counting in *CHANGED (when not NULL) the characters changed. */
qx_status qx__convert(qx_script_target to, const char *utf8, size_t len, int final, qx_buf *out,
                      size_t *consumed, size_t *changed);
/* The index of KEY in the COUNT ascending values of SORTED, or SIZE_MAX. */
size_t qx__find_u32(const unsigned int *sorted, size_t count, uint32_t key);
/* Whether FIRST SECOND is a common two-character word (jieba, both scripts). */
bool qx__word_pair(uint32_t first, uint32_t second);
/* How common the word FIRST SECOND is: 2 log2 of its count over the least
 * count a word needs, 0 to 31 (half bits); -1 when it is no word. */
int qx__word_strength(uint32_t first, uint32_t second);
/* The same for a word of N (3 or 4) characters. */
int qx__long_word_strength(const uint32_t *chars, size_t n);

/* decimal.c: exact decimals, coef * 10^exp / den; ok is false after an
 * overflow, and stays false through every operation. */
typedef struct qx__dec {
    uint64_t coef;
    int exp;
    uint64_t den;
    bool ok;
    bool neg;
} qx__dec;
qx__dec qx__dec_int(uint64_t n);
qx__dec qx__dec_negate(qx__dec d);
qx__dec qx__dec_shift(qx__dec d, int places);
qx__dec qx__dec_add(qx__dec a, qx__dec b);
qx__dec qx__dec_mul(qx__dec a, qx__dec b);
qx__dec qx__dec_div(qx__dec a, qx__dec b);
int qx__dec_cmp(qx__dec a, qx__dec b);
bool qx__dec_is_int(qx__dec d, uint64_t *out);
/* Plain decimal ("2438000000", "0.25"), or "1/3" when there is no finite
 * one; 0 (and "") when it does not fit in CAP or D is not ok. */
size_t qx__dec_format(qx__dec d, char *out, size_t cap);
/* The index of a toneless pinyin syllable ("v" for ü), or 0. */
unsigned qx__syllable_index(const char *letters, size_t len);

/* ----- context (ctx.c) ----- */

enum { QX__ENC_COUNT = QX_ENC_OTHER + 1 };

struct qx_boilerplate_rules;

struct qx_ctx {
    char errmsg[256];
    iconv_t to_utf8[QX__ENC_COUNT]; /* opened on first use */
    iconv_t other;                  /* for an encoding named by the caller */
    char other_name[64];
    struct qx_boilerplate_rules *rules; /* compiled on first use */
    struct qx__repairer *repairer;      /* scratch for the repair stage */
};

typedef struct qx__repairer qx__repairer;
qx__repairer *qx__repairer_new(void);
void qx__repairer_free(qx__repairer *r);
qx_status qx__repair_text(qx__repairer *r, const char *text, size_t len, qx_buf *out,
                          qx_diag *diag);
/* Whether TEXT may hold pinyin annotations: "(" or a lost character, one
 * to seven letters, ")". Cheap; qx__pinyin_text, which is not, is for the
 * texts it accepts: it appends TEXT to OUT with the annotations taken out. */
bool qx__pinyin_suspect(const char *text, size_t len);
qx_status qx__pinyin_text(const char *text, size_t len, qx_buf *out, qx_diag *diag);

qx_status qx__fail(qx_ctx *ctx, qx_status status, const char *fmt, ...) QX_PRINTF(3, 4);
void qx__ok(qx_ctx *ctx);
void qx__rules_free(struct qx_boilerplate_rules *rules);

/* ----- documents (doc.c) ----- */

typedef struct qx__para {
    size_t off;        /* into the owning qx__paras text */
    size_t len;
    qx_role role;
    unsigned links;    /* <a> elements in it */
    size_t link_bytes; /* bytes of text inside them */
} qx__para;

/* A list of paragraphs whose texts live, NUL-terminated, in one buffer. */
typedef struct qx__paras {
    qx_buf text;
    qx__para *items;
    size_t count;
    size_t cap;
} qx__paras;

struct qx_doc {
    qx__paras cur;  /* what the document holds */
    qx__paras next; /* what a rewriting stage builds, then swaps in */
    qx_buf meta;    /* keys and values, NUL-terminated */
    size_t *meta_offs; /* pairs of offsets into meta */
    size_t meta_count;
    size_t meta_cap;
    qx_diag diag;
};

void qx__paras_clear(qx__paras *paras);
void qx__paras_free(qx__paras *paras);
/* Records text.data[start .. text.len) as a paragraph and NUL-terminates it. */
qx_status qx__paras_commit(qx__paras *paras, size_t start, qx_role role, unsigned links,
                           size_t link_bytes);
qx_status qx__paras_add(qx__paras *paras, qx_role role, const char *text, size_t len);
static inline const char *qx__para_text(const qx__paras *paras, const qx__para *para) {
    return paras->text.data + para->off;
}

/* Empties the document for a new input. */
void qx__doc_reset(qx_doc *doc);
/* Empties doc->next for a stage to fill. */
void qx__doc_begin(qx_doc *doc);
/* Makes what the stage built the document's paragraphs. */
void qx__doc_commit(qx_doc *doc);
/* Sets KEY to VALUE unless KEY is already set (the first source wins). */
qx_status qx__doc_meta_add(qx_doc *doc, const char *key, size_t key_len, const char *value,
                           size_t value_len);

/* ----- markup helpers ----- */

/* Front matter at the start of TEXT: fills metadata and returns in *BODY the
 * offset where the body starts (0 if there is none). */
qx_status qx__frontmatter(qx_doc *doc, const char *text, size_t len, size_t *body);

/* Plain text with stray tags: strips tags and entities, lines become
 * paragraphs in doc->next. */
qx_status qx__tagtext(qx_doc *doc, const char *text, size_t len);

/* Decodes the HTML character reference at S (after '&'); returns the bytes
 * it spans including '&' and ';', 0 if there is none, and its code point. */
size_t qx__entity(const char *s, size_t len, uint32_t *cp);

/* Element classes shared by the HTML walker and the tag stripper. */
enum {
    QX__EL_BLOCK = 1u << 0,  /* starts and ends a paragraph */
    QX__EL_SKIP = 1u << 1,   /* dropped with its content */
    QX__EL_BREAK = 1u << 2,  /* <br> */
    QX__EL_VOID = 1u << 3,   /* has no content or end tag */
    QX__EL_HEADING = 1u << 4,
    QX__EL_ANCHOR = 1u << 5,
    QX__EL_PRE = 1u << 6,
    QX__EL_CELL = 1u << 7,   /* td, th: separated by a space */
    QX__EL_KNOWN = 1u << 8   /* an HTML element at all */
};
unsigned qx__element_class(const char *name, size_t len);

/* True when an element's attributes hide it (hidden, display:none …).
 * ATTRS is the raw attribute text of a tag. */
bool qx__attrs_hidden(const char *attrs, size_t len);

#endif
