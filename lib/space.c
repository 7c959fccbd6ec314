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
    uint32_t last;
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

static void put_char(cleaner *c, const char *s, size_t n, uint32_t cp) {
    if (c->out->len == c->line_start && c->blank_lines && c->out->len > c->para_start)
        emit(c, "\n", 1), c->line_start = c->out->len; /* keep one blank line */
    if (c->space && c->out->len > c->line_start)
        emit(c, " ", 1);
    c->space = false;
    c->blank_lines = 0;
    emit(c, s, n);
    c->last = cp;
}

static void clean_char(cleaner *c, const unsigned char *s, size_t n, uint32_t cp) {
    switch (classify(cp)) {
    case KEEP:
        put_char(c, (const char *)s, n, cp);
        return;
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
        break;
    }
    c->diag->space_fixes++;
}

static qx_status clean_para(qx__paras *out, const qx__paras *in, const qx__para *p,
                            qx_diag *diag) {
    cleaner c = {.out = &out->text, .diag = diag};
    c.para_start = c.line_start = out->text.len;
    const unsigned char *s = (const unsigned char *)qx__para_text(in, p);
    for (size_t i = 0; i < p->len && c.status == QX_OK;) {
        uint32_t cp;
        bool valid;
        size_t n = qx__utf8_next(s + i, p->len - i, &cp, &valid);
        bool crlf = cp == '\r' && i + 1 < p->len && s[i + 1] == '\n';
        if (crlf) { /* CR LF is one line end */
            diag->space_fixes++;
            i++;
            continue;
        }
        if ((cp == 0x200C || cp == 0x200D) && is_emoji(c.last))
            put_char(&c, (const char *)s + i, n, cp); /* joins emoji sequences */
        else
            clean_char(&c, s + i, n, cp);
        i += n;
    }
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
