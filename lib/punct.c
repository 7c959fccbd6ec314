/*
 * Punctuation and width. Scrapers and careless editors leave half-width
 * marks in Chinese sentences, doubled marks (",," ",、" ",。") and
 * full-width digits that no number parser reads. In Chinese text a
 * half-width mark next to a Han character becomes full-width; a doubled mark
 * becomes one; full-width ASCII letters and digits become half-width.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct marks {
    uint32_t *cp;
    size_t n, cap;
} marks;

static bool is_han(uint32_t c) {
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F);
}

/* Han or a mark that only Chinese text uses. */
static bool is_chinese(uint32_t c) {
    return is_han(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
           (c >= 0xFF1A && c <= 0xFF20) || c == 0x201C || c == 0x201D || c == 0x2018 ||
           c == 0x2019 || c == 0x2026 || c == 0x2014;
}

static bool is_digit(uint32_t c) {
    return c >= '0' && c <= '9';
}

static bool is_alnum(uint32_t c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static uint32_t full_of(uint32_t c) {
    switch (c) {
    case ',': return 0xFF0C;
    case '.': return 0x3002;
    case ':': return 0xFF1A;
    case ';': return 0xFF1B;
    case '(': return 0xFF08;
    case ')': return 0xFF09;
    case '!': return 0xFF01;
    case '?': return 0xFF1F;
    default: return c;
    }
}

static uint32_t half_of(uint32_t c) {
    switch (c) {
    case 0xFF0C: return ',';
    case 0x3002: return '.';
    case 0xFF1A: return ':';
    case 0xFF1B: return ';';
    case 0xFF08: return '(';
    case 0xFF09: return ')';
    case 0xFF01: return '!';
    case 0xFF1F: return '?';
    default: return c;
    }
}

static bool is_mark(uint32_t c) {
    return half_of(c) != c || full_of(c) != c || c == 0x3001;
}

static bool is_comma(uint32_t c) {
    return c == ',' || c == 0xFF0C;
}

/* After a mark, a comma or 、 is the doubling; before a stronger mark, a
 * comma is. */
static bool is_junk_after(uint32_t c) {
    return is_comma(c) || c == 0x3001;
}

static bool is_stop(uint32_t c) {
    uint32_t h = half_of(c);
    return h == '.' || h == ';' || h == '!' || h == '?' || h == ':';
}

static uint32_t at(const marks *m, size_t i) {
    return i < m->n ? m->cp[i] : 0;
}

static bool chinese_line(const marks *m) {
    size_t han = 0, latin = 0;
    for (size_t i = 0; i < m->n; i++) {
        han += is_han(m->cp[i]);
        latin += (m->cp[i] >= 'a' && m->cp[i] <= 'z') || (m->cp[i] >= 'A' && m->cp[i] <= 'Z');
    }
    return han > 0 && han * 2 >= latin;
}

/* C as this stage leaves it in either width: the half-width form of a
 * mark or a full-width letter or digit. Judging a mark by its neighbours'
 * normal forms, and by the nearest characters that are no marks, makes a
 * second pass change nothing: what the first pass wrote looks the same. */
static uint32_t normal_form(uint32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E && is_alnum(c - 0xFEE0))
        return c - 0xFEE0;
    return half_of(c);
}

/* Whether the half-width mark at I sits in Chinese text; BEFORE and AFTER
 * are the nearest characters that are no marks (0: none). */
static bool in_chinese(const marks *m, size_t i, bool paren_open, uint32_t before, uint32_t after) {
    uint32_t c = m->cp[i], p = i ? normal_form(m->cp[i - 1]) : 0, n = normal_form(at(m, i + 1));
    bool cp_ = is_chinese(before), cn = is_chinese(after);
    switch (c) {
    case ',':
    case ';':
        return (cp_ || cn) && !(is_digit(p) && is_digit(n));
    case ':':
        return cp_ || (cn && !is_alnum(p));
    case '.':
        if (p == '.' || n == '.' || (is_alnum(p) && is_alnum(n)))
            return false;
        return cp_ || ((is_digit(p) || p == '%' || p == ')') && (cn || n == 0));
    case '!':
    case '?':
        return cp_ || (cn && !is_alnum(p));
    case '(':
        return cp_ || cn;
    case ')':
        return paren_open || cp_;
    default:
        return false;
    }
}

static bool marks_push(marks *m, uint32_t c) {
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 256;
        uint32_t *p = realloc(m->cp, cap * sizeof *p);
        if (!p)
            return false;
        m->cp = p;
        m->cap = cap;
    }
    m->cp[m->n++] = c;
    return true;
}

/* Drops the second mark of a doubled pair in place; the new length. */
static size_t undouble(uint32_t *cp, size_t n, size_t *fixes) {
    size_t w = 0;
    for (size_t r = 0; r < n; r++) {
        uint32_t c = cp[r], prev = w ? cp[w - 1] : 0;
        bool doubled = w && is_mark(prev) && is_mark(c) && !(prev == '.' && c == '.');
        if (doubled && is_junk_after(c) && !(prev == 0x3001 && c == 0x3001)) {
            (*fixes)++;
            continue;
        }
        if (doubled && is_comma(prev) && is_stop(c)) {
            (*fixes)++;
            cp[w - 1] = c; /* the stronger mark stays */
            continue;
        }
        cp[w++] = c;
    }
    return w;
}

/* Writes the line [from, to) of M, fixed, to OUT. */
static qx_status fix_line(const marks *m, size_t from, size_t to, bool half, qx_buf *out,
                          size_t *fixes) {
    marks line = {m->cp ? m->cp + from : NULL, to - from, 0}; /* none in an empty paragraph */
    bool chinese = chinese_line(&line);
    if (chinese)
        line.n = undouble(line.cp, line.n, fixes);
    bool paren_open = false;
    qx_status st = QX_OK;
    /* the nearest non-marks around I, found in one walk: a run of marks
     * costs its length, not its square */
    uint32_t before = 0;
    size_t after = 0;
    for (size_t i = 0; i < line.n && st == QX_OK; i++) {
        uint32_t c = line.cp[i];
        if (i && !is_mark(line.cp[i - 1]))
            before = line.cp[i - 1];
        if (after <= i)
            for (after = i + 1; after < line.n && is_mark(line.cp[after]);)
                after++;
        if (c >= 0xFF01 && c <= 0xFF5E && is_alnum(c - 0xFEE0)) {
            (*fixes)++;
            st = qx__buf_put_cp(out, c - 0xFEE0);
            continue;
        }
        uint32_t w = c;
        if (half)
            w = half_of(c);
        else if (chinese && full_of(c) != c && in_chinese(&line, i, paren_open, before, at(&line, after)))
            w = full_of(c);
        if (c == '(' || c == 0xFF08)
            paren_open = w == 0xFF08;
        else if (c == ')' || c == 0xFF09)
            paren_open = false;
        if (w != c)
            (*fixes)++;
        st = qx__buf_put_cp(out, w);
    }
    return st;
}

static qx_status fix_para(marks *m, const char *text, size_t len, bool half, qx_buf *out,
                          size_t *fixes) {
    const unsigned char *t = (const unsigned char *)text;
    m->n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        bool valid;
        i += qx__utf8_next(t + i, len - i, &cp, &valid);
        if (!marks_push(m, cp))
            return QX_ENOMEM;
    }
    size_t from = 0;
    qx_status st = QX_OK;
    for (size_t i = 0; i <= m->n && st == QX_OK; i++) {
        if (i < m->n && m->cp[i] != '\n')
            continue;
        st = fix_line(m, from, i, half, out, fixes);
        if (st == QX_OK && i < m->n)
            st = qx__buf_putc(out, '\n');
        from = i + 1;
    }
    return st;
}

qx_status qx_punct(qx_doc *doc, unsigned flags) {
    if (!doc)
        return QX_EINVAL;
    bool half = (flags & QX_OPT_PUNCT_HALF) != 0;
    marks m = {0};
    qx__doc_begin(doc);
    qx_status st = QX_OK;
    for (size_t i = 0; i < doc->cur.count && st == QX_OK; i++) {
        const qx__para *p = &doc->cur.items[i];
        size_t start = doc->next.text.len;
        st = fix_para(&m, qx__para_text(&doc->cur, p), p->len, half, &doc->next.text,
                      &doc->diag.punct_fixes);
        if (st == QX_OK)
            st = qx__paras_commit(&doc->next, start, p->role, p->links, p->link_bytes);
    }
    free(m.cp);
    if (st != QX_OK) {
        qx__doc_begin(doc);
        return st;
    }
    qx__doc_commit(doc);
    return QX_OK;
}
