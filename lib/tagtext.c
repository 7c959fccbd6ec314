/* Plain text with stray tags (markup kind "tagged"): lines stay paragraphs,
 * tags of known HTML elements and character references go.
 *
 * libxml2 would treat such text as HTML and fold its lines into one, so a
 * scraped article whose paragraphs are lines, sprinkled with spam elements
 * like seed 002's <optgroup id="imsig">, is read here instead. Only known
 * element names count as tags: "<三国演义>" and "a<b" stay text. Elements
 * dropped with their content (script, hidden spans …) are dropped only when
 * their end tag exists, so one stray <script> cannot swallow an article.
 *
 * Every search ahead is cached and moves forward only, so the scan is
 * linear however the tags are placed.
 */
#include "internal.h"

#include <string.h>

enum { MAX_TAG = 4096, CLOSE_CACHE = 8 };

/* The first C at or after FROM was AT (SIZE_MAX: none); still true for any
 * position between FROM and AT. */
typedef struct lookahead {
    size_t from, at;
} lookahead;

typedef struct scanner {
    const char *s;
    size_t len;
    qx_doc *doc;
    lookahead next_gt, next_lt;
    size_t comment_end;      /* cached position of "-->" */
    struct {
        char name[16];
        size_t at; /* position of "</name", or SIZE_MAX: none after */
    } close[CLOSE_CACHE];
    unsigned close_used;
    size_t line_start; /* in doc->next.text */
} scanner;

typedef struct tag {
    size_t len;           /* bytes from '<' to '>' inclusive */
    const char *name;
    size_t name_len;
    const char *attrs;
    size_t attrs_len;
    bool end, self_closing;
    unsigned cls;
} tag;

static size_t find_from(const char *s, size_t len, size_t from, char c) {
    const char *p = from < len ? memchr(s + from, c, len - from) : NULL;
    return p ? (size_t)(p - s) : SIZE_MAX;
}

static size_t next_of(scanner *sc, lookahead *cache, size_t from, char c) {
    if (from < cache->from || (cache->at != SIZE_MAX && cache->at < from)) {
        cache->from = from;
        cache->at = find_from(sc->s, sc->len, from, c);
    }
    return cache->at;
}

/* A tag of a known element at I, or 0. */
static size_t read_tag(scanner *sc, size_t i, tag *t) {
    const char *s = sc->s;
    size_t gt = next_of(sc, &sc->next_gt, i + 1, '>');
    size_t lt = next_of(sc, &sc->next_lt, i + 1, '<');
    if (gt == SIZE_MAX || (lt != SIZE_MAX && lt < gt) || gt - i > MAX_TAG)
        return 0;
    size_t p = i + 1;
    t->end = s[p] == '/';
    if (t->end)
        p++;
    t->name = s + p;
    while (p < gt && (qx__ascii_alpha((unsigned char)s[p]) || qx__ascii_digit((unsigned char)s[p])))
        p++;
    t->name_len = (size_t)(s + p - t->name);
    if (t->name_len == 0 || !qx__ascii_alpha((unsigned char)t->name[0]))
        return 0;
    if (p < gt && !qx__ascii_space((unsigned char)s[p]) && s[p] != '/')
        return 0;
    t->cls = qx__element_class(t->name, t->name_len);
    if (!(t->cls & QX__EL_KNOWN))
        return 0;
    t->attrs = s + p;
    t->attrs_len = gt - p;
    t->self_closing = gt > i + 1 && s[gt - 1] == '/';
    t->len = gt - i + 1;
    return t->len;
}

/* The cache slot of element NAME, made if need be. */
static unsigned close_slot(scanner *sc, const char *name, size_t name_len) {
    for (unsigned k = 0; k < sc->close_used; k++)
        if (strlen(sc->close[k].name) == name_len &&
            qx__ascii_ieq(sc->close[k].name, name, name_len))
            return k;
    unsigned slot = sc->close_used < CLOSE_CACHE ? sc->close_used++ : 0;
    memcpy(sc->close[slot].name, name, name_len);
    sc->close[slot].name[name_len] = '\0';
    sc->close[slot].at = 0; /* unknown: search */
    return slot;
}

/* Position of "</NAME" at or after FROM, or SIZE_MAX. Main-loop positions
 * only grow, so each name's search moves forward only. */
static size_t find_close(scanner *sc, const char *name, size_t name_len, size_t from) {
    unsigned slot = close_slot(sc, name, name_len);
    if (sc->close[slot].at == SIZE_MAX || sc->close[slot].at >= from)
        return sc->close[slot].at;
    size_t at = SIZE_MAX;
    for (size_t p = from; (p = find_from(sc->s, sc->len, p, '<')) != SIZE_MAX; p++)
        if (p + 2 + name_len <= sc->len && sc->s[p + 1] == '/' &&
            qx__ascii_ieq(sc->s + p + 2, name, name_len)) {
            at = p;
            break;
        }
    sc->close[slot].at = at;
    return at;
}

/* Past the element that starts with T at I, nested same-name elements
 * included; SIZE_MAX when its end tag is missing. */
static size_t skip_element(scanner *sc, size_t i, const tag *t) {
    size_t depth = 1, p = i + t->len;
    while (depth > 0) {
        size_t lt = find_from(sc->s, sc->len, p, '<');
        if (lt == SIZE_MAX)
            return SIZE_MAX;
        tag inner;
        size_t n = read_tag(sc, lt, &inner);
        if (n && inner.name_len == t->name_len && qx__ascii_ieq(inner.name, t->name, t->name_len)) {
            if (inner.end)
                depth--;
            else if (!inner.self_closing)
                depth++;
        }
        p = lt + (n ? n : 1);
    }
    return p;
}

static qx_status end_line(scanner *sc) {
    qx__paras *out = &sc->doc->next;
    size_t start = sc->line_start;
    bool blank = true;
    for (size_t k = start; k < out->text.len && blank; k++)
        blank = qx__ascii_space((unsigned char)out->text.data[k]);
    qx_status st = QX_OK;
    if (blank)
        out->text.len = start;
    else
        st = qx__paras_commit(out, start, QX_ROLE_TEXT, 0, 0);
    sc->line_start = out->text.len;
    return st;
}

static qx_status capture_title(scanner *sc, size_t from, size_t to) {
    qx_doc *doc = sc->doc;
    return qx__doc_meta_add(doc, "title", 5, sc->s + from, to - from);
}

/* Handles a tag at I; returns the bytes consumed. */
static size_t on_tag(scanner *sc, size_t i, const tag *t, qx_status *st) {
    qx_diag *diag = &sc->doc->diag;
    diag->tags++;
    bool has_content = !t->end && !t->self_closing && !(t->cls & QX__EL_VOID);
    bool drop = (t->cls & QX__EL_SKIP) || qx__attrs_hidden(t->attrs, t->attrs_len);
    if (has_content && drop && find_close(sc, t->name, t->name_len, i + t->len) != SIZE_MAX) {
        size_t past = skip_element(sc, i, t);
        if (past != SIZE_MAX) {
            diag->elements_dropped++;
            if (t->name_len == 5 && qx__ascii_ieq(t->name, "title", 5)) {
                size_t close = find_close(sc, "title", 5, i + t->len);
                *st = capture_title(sc, i + t->len, close);
            }
            return past - i;
        }
        /* unbalanced: never try to drop this element's content again */
        sc->close[close_slot(sc, t->name, t->name_len)].at = SIZE_MAX;
    }
    if (t->cls & (QX__EL_BREAK | QX__EL_BLOCK))
        *st = end_line(sc);
    else if (t->cls & QX__EL_CELL)
        *st = qx__buf_putc(&sc->doc->next.text, ' ');
    return t->len;
}

static size_t on_comment(scanner *sc, size_t i) {
    if (sc->comment_end == SIZE_MAX || sc->comment_end < i + 4) {
        const char *p = NULL;
        for (size_t k = i + 4; k + 3 <= sc->len; k++)
            if (sc->s[k] == '-' && sc->s[k + 1] == '-' && sc->s[k + 2] == '>') {
                p = sc->s + k;
                break;
            }
        sc->comment_end = p ? (size_t)(p - sc->s) : sc->len + 1;
    }
    if (sc->comment_end > sc->len)
        return 0; /* never closed: keep it as text */
    sc->doc->diag.tags++;
    return sc->comment_end + 3 - i;
}

qx_status qx__tagtext(qx_doc *doc, const char *text, size_t len) {
    scanner sc = {.s = text, .len = len, .doc = doc, .next_gt = {SIZE_MAX, 0},
                  .next_lt = {SIZE_MAX, 0}, .comment_end = SIZE_MAX};
    qx_buf *out = &doc->next.text;
    sc.line_start = out->len;
    qx_status st = QX_OK;
    size_t i = 0;
    while (i < len && st == QX_OK) {
        char c = text[i];
        size_t n = 0;
        if (c == '<') {
            tag t;
            if (i + 4 <= len && memcmp(text + i, "<!--", 4) == 0)
                n = on_comment(&sc, i);
            else if (read_tag(&sc, i, &t))
                n = on_tag(&sc, i, &t, &st);
        } else if (c == '&') {
            uint32_t cp;
            n = qx__entity(text + i, len - i, &cp);
            if (n)
                st = qx__buf_put_cp(out, cp);
        } else if (c == '\n' || c == '\r') {
            n = (c == '\r' && i + 1 < len && text[i + 1] == '\n') ? 2 : 1;
            st = end_line(&sc);
        }
        if (n == 0) {
            st = st == QX_OK ? qx__buf_putc(out, c) : st;
            n = 1;
        }
        i += n;
    }
    return st == QX_OK ? end_line(&sc) : st;
}
