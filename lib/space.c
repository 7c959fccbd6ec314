/* Stage space: the whitespace of scraped text made plain.
 *
 * Indents of U+3000 and NBSP, runs of mixed spaces, zero-width characters
 * left by editors and anti-scraping tools, stray BOMs, control characters,
 * CR LF and CR line ends, blank-line runs: one ASCII space, one LF, one
 * blank line, or nothing.
 */
#include "internal.h"

typedef enum kind { KEEP, SPACE, NEWLINE, DROP, CONTROL } kind;

static bool is_emoji(uint32_t cp) {
    return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF);
}

static kind classify(uint32_t cp) {
    if (cp < 0x80) {
        if (cp == '\n' || cp == '\r')
            return NEWLINE;
        if (cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v')
            return SPACE;
        return (cp < 0x20 || cp == 0x7F) ? CONTROL : KEEP;
    }
    if (cp < 0xA0)
        return CONTROL;
    switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
        return SPACE;
    case 0x00AD: case 0x180E: case 0x200B: case 0x200C: case 0x200D: case 0x200E:
    case 0x200F: case 0x2060:
    case 0xFEFF:
        return DROP;
    case 0x2028: case 0x2029:
        return NEWLINE;
    default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A)
        return SPACE;
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
        return DROP; /* bidi embedding controls */
    return KEEP;
}

typedef struct cleaner {
    qx_buf *out;
    size_t para_start, line_start;
    unsigned blank_lines; /* blank lines seen since the last text */
    bool space;           /* a space is due before the next character */
    qx_diag *diag;
    qx_status status;
} cleaner;

static void emit(cleaner *c, const char *s, size_t n) {
    if (c->status == QX_OK)
        c->status = qx_buf_append(c->out, s, n);
}

static void end_line(cleaner *c) {
    if (c->out->len == c->line_start) {
        c->blank_lines++;
    } else {
        emit(c, "\n", 1);
        c->blank_lines = 0;
    }
    c->line_start = c->out->len;
    c->space = false;
}

/* Writes S[0..N), characters kept as they are, after the blank line or
 * space that is due before them. */
static void put_run(cleaner *c, const char *s, size_t n) {
    if (n == 0)
        return;
    if (c->out->len == c->line_start && c->blank_lines && c->out->len > c->para_start)
        emit(c, "\n", 1), c->line_start = c->out->len; /* keep one blank line */
    if (c->space && c->out->len > c->line_start)
        emit(c, " ", 1);
    c->space = false;
    c->blank_lines = 0;
    emit(c, s, n);
}

static void clean_char(cleaner *c, kind k, uint32_t cp) {
    switch (k) {
    case SPACE:
        c->space = true;
        c->diag->space_fixes += cp != ' ';
        return;
    case NEWLINE:
        c->diag->space_fixes += cp != '\n';
        end_line(c);
        return;
    case CONTROL:
        c->diag->control_chars++;
        return;
    case DROP:
        c->diag->space_fixes++;
        return;
    case KEEP:
        return;
    }
}

/* UTF-8 lead bytes of sequences that are always kept (none of the spaces,
 * zero-width and control characters above starts with one): the Han block
 * starts with E4-E9, so Chinese text is copied without being decoded. */
static bool lead_always_kept(unsigned char b) {
    return (b >= 0xC3 && b <= 0xDF) || (b >= 0xE4 && b <= 0xEE) || b >= 0xF0;
}

/* Runs of characters that stay are copied whole: most of any text. */
static qx_status clean_para(qx__paras *out, const qx__paras *in, const qx__para *p,
                            qx_diag *diag) {
    cleaner c = {.out = &out->text, .diag = diag};
    c.para_start = c.line_start = out->text.len;
    const char *text = qx__para_text(in, p);
    const unsigned char *s = (const unsigned char *)text;
    size_t run = 0; /* start of the run being kept */
    for (size_t i = 0; i < p->len && c.status == QX_OK;) {
        if (s[i] > 0x20 && s[i] < 0x7F) {
            i++;
            continue;
        }
        if (lead_always_kept(s[i]) && i + qx__utf8_seq_len(s[i]) <= p->len) {
            i += qx__utf8_seq_len(s[i]);
            continue;
        }
        uint32_t cp;
        bool valid;
        size_t n = qx__utf8_next(s + i, p->len - i, &cp, &valid);
        kind k = classify(cp);
        if ((cp == 0x200C || cp == 0x200D) && i > run && is_emoji(qx__utf8_prev(s, i, NULL)))
            k = KEEP; /* joins an emoji sequence */
        if (k == KEEP) {
            i += n;
            continue;
        }
        put_run(&c, text + run, i - run);
        if (cp == '\r' && i + 1 < p->len && s[i + 1] == '\n')
            diag->space_fixes++; /* CR LF is one line end: the LF ends it */
        else
            clean_char(&c, k, cp);
        i += n;
        run = i;
    }
    put_run(&c, text + run, p->len - run);
    while (out->text.len > c.para_start && out->text.data[out->text.len - 1] == '\n')
        out->text.len--;
    if (c.status != QX_OK)
        return c.status;
    if (out->text.len == c.para_start)
        return QX_OK; /* nothing left: the paragraph goes */
    return qx__paras_commit(out, c.para_start, p->role, p->links, p->link_bytes);
}

qx_status qx_space(qx_doc *doc) {
    if (!doc)
        return QX_EINVAL;
    qx__doc_begin(doc);
    for (size_t i = 0; i < doc->cur.count; i++) {
        qx_status st = clean_para(&doc->next, &doc->cur, &doc->cur.items[i], &doc->diag);
        if (st != QX_OK) {
            qx__doc_begin(doc);
            return st;
        }
    }
    qx__doc_commit(doc);
    return QX_OK;
}
