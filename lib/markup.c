/* Stage markup: front matter to metadata, then the body to paragraphs.
 *
 * The body's kind decides how it is read:
 *   text      no tags, no character references: each line a paragraph
 *   tagged    lines of text with a few stray tags (tagtext.c)
 *   fragment  HTML whose tags carry the paragraphs
 *   page      a whole HTML page
 * Fragments and pages go through libxml2's HTML parser, whose events
 * (no tree is built) make paragraphs: block elements end them and <br>
 * ends a line.
 */
#include "internal.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <string.h>

/* ----- what kind of body is this? ----- */

typedef struct census {
    size_t tags;        /* tags of known elements */
    size_t block_tags;  /* of those, ones that make paragraphs or lines */
    size_t page_tags;   /* <!doctype>, <html>, <head>, <body> */
    size_t references;  /* &name; and &#n; */
    size_t text_lines;  /* lines with text outside tags */
} census;

/* A cheap look at a tag at I: "<" or "</" then an ASCII name up to a
 * space, '/' or '>', counted only if it names an HTML element. */
typedef struct tag_look {
    bool is_end;
    bool page; /* html, head or body */
    unsigned cls;
} tag_look;

static bool look_at_tag(const char *s, size_t len, size_t i, tag_look *t) {
    size_t p = i + 1;
    t->is_end = p < len && s[p] == '/';
    if (t->is_end)
        p++;
    size_t start = p;
    while (p < len && p - start < 12 &&
           (qx__ascii_alpha((unsigned char)s[p]) || qx__ascii_digit((unsigned char)s[p])))
        p++;
    if (p == start || !qx__ascii_alpha((unsigned char)s[start]))
        return false;
    if (p < len && !qx__ascii_space((unsigned char)s[p]) && s[p] != '>' && s[p] != '/')
        return false;
    t->cls = qx__element_class(s + start, p - start);
    t->page = p - start == 4 && (qx__ascii_ieq(s + start, "html", 4) ||
                                 qx__ascii_ieq(s + start, "head", 4) ||
                                 qx__ascii_ieq(s + start, "body", 4));
    return (t->cls & QX__EL_KNOWN) != 0;
}

static void take_census(const char *s, size_t len, census *c) {
    memset(c, 0, sizeof *c);
    bool in_tag = false, line_has_text = false;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (ch == '\n') {
            c->text_lines += line_has_text;
            line_has_text = false;
        } else if (in_tag) {
            in_tag = ch != '>';
        } else if (ch == '<') {
            tag_look t;
            if (i + 9 <= len && qx__ascii_ieq(s + i, "<!doctype", 9)) {
                c->page_tags++;
                in_tag = true;
            } else if (i + 4 <= len && memcmp(s + i, "<!--", 4) == 0) {
                c->tags++;
                in_tag = true;
            } else if (look_at_tag(s, len, i, &t)) {
                c->tags++;
                c->block_tags += !t.is_end && (t.cls & (QX__EL_BLOCK | QX__EL_BREAK | QX__EL_CELL));
                c->page_tags += t.page;
                in_tag = true;
            } else {
                line_has_text = true;
            }
        } else if (ch == '&') {
            uint32_t cp;
            c->references += qx__entity(s + i, len - i, &cp) > 0;
            line_has_text = true;
        } else if (!qx__ascii_space((unsigned char)ch)) {
            line_has_text = true;
        }
    }
    c->text_lines += line_has_text;
}

/* Tags carry the paragraphs when there are about as many paragraph-making
 * tags as lines of text; stray tags in line-structured text are fewer. */
static unsigned body_kind(const census *c) {
    if (c->tags == 0 && c->references == 0)
        return QX_MARKUP_TEXT;
    if (c->page_tags > 0)
        return QX_MARKUP_PAGE;
    if (c->block_tags * 2 >= c->text_lines && c->block_tags > 0)
        return QX_MARKUP_FRAGMENT;
    return QX_MARKUP_TAGGED;
}

/* ----- plain text ----- */

static qx_status split_lines(qx_doc *doc, const char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (i < len && s[i] != '\n' && s[i] != '\r')
            i++;
        size_t end = i;
        i += (i + 1 < len && s[i] == '\r' && s[i + 1] == '\n') ? 2 : 1;
        bool blank = true;
        for (size_t k = start; k < end && blank; k++)
            blank = qx__ascii_space((unsigned char)s[k]);
        if (blank)
            continue;
        qx_status st = qx__paras_add(&doc->next, QX_ROLE_TEXT, s + start, end - start);
        if (st != QX_OK)
            return st;
    }
    return QX_OK;
}

/* ----- the HTML walk ----- */

/* libxml2's HTML parser reports elements, text and comments as it reads
 * them (SAX); the walker turns those events into paragraphs without
 * building a tree, which for a long page took ten times the input's size.
 * The events are the ones libxml2's own tree builder receives, implied and
 * auto-closed elements included, so the result is that of walking the tree. */

/* What entering an element does with its content. */
typedef enum entry {
    ENTER,     /* read it */
    LEAVE_OUT, /* metadata (<meta>, <link>): nothing to read */
    DROP,      /* unwanted (script, hidden…): counted as dropped when not empty */
    TITLE      /* <title>: its text is kept aside as metadata */
} entry;

typedef struct walker {
    qx_doc *doc;
    qx__paras *out;
    size_t start;        /* of the open paragraph in out->text */
    qx_role role;
    unsigned links;
    size_t link_bytes;
    unsigned anchor_depth, pre_depth, head_depth;
    bool pending_space, pending_newline;
    unsigned breaks;     /* <br> since the last text */
    uint32_t last;       /* last character written, 0 at a paragraph start */
    size_t depth;        /* elements open */
    size_t skip_depth;   /* depth of the element whose content is left out; 0: none */
    entry skip_why;      /* and why */
    bool skip_has_content;
    qx_buf title;
    qx_buf held;         /* text outside any element: goes with the text after it */
    htmlParserCtxtPtr parser;
    qx_status status;
} walker;

static bool open_empty(const walker *w) {
    return w->out->text.len == w->start;
}

static void end_paragraph(walker *w) {
    qx_buf *t = &w->out->text;
    while (t->len > w->start && (t->data[t->len - 1] == ' ' || t->data[t->len - 1] == '\n'))
        t->len--;
    if (w->status == QX_OK && !open_empty(w))
        w->status = qx__paras_commit(w->out, w->start, w->role, w->links, w->link_bytes);
    w->start = t->len;
    w->links = 0;
    w->link_bytes = 0;
    w->pending_space = w->pending_newline = false;
    w->breaks = 0;
    w->last = 0;
}

static void put(walker *w, const char *s, size_t n) {
    if (w->status == QX_OK)
        w->status = qx_buf_append(&w->out->text, s, n);
    if (w->anchor_depth)
        w->link_bytes += n;
}

/* What whitespace and <br> before the next character amount to: a line
 * break, a paragraph break (two <br>), a space, or nothing (a source line
 * break between two Chinese characters, which is no space in Chinese). */
static void settle(walker *w, uint32_t next) {
    if (w->breaks >= 2) {
        end_paragraph(w);
    } else if (w->breaks == 1) {
        if (!open_empty(w))
            put(w, "\n", 1);
        w->last = 0;
    } else if (w->pending_space && !open_empty(w) && w->last != '\n') {
        bool joined = w->pending_newline && qx__is_cjk_wide(w->last) && qx__is_cjk_wide(next);
        if (!joined)
            put(w, " ", 1);
    }
    w->breaks = 0;
    w->pending_space = w->pending_newline = false;
}

/* Text is written a run of non-space bytes at a time; only the run's first
 * and last characters matter for the spaces around it, so text that comes
 * in several pieces gives what it would give in one. */
static void on_text(walker *w, const char *s, size_t len) {
    if (w->head_depth)
        return;
    const unsigned char *u = (const unsigned char *)s;
    if (w->pre_depth) {
        settle(w, u[0]);
        put(w, s, len);
        w->last = len ? qx__utf8_prev(u, len, NULL) : w->last;
        return;
    }
    for (size_t i = 0; i < len;) {
        if (qx__ascii_space(u[i])) {
            w->pending_space = true;
            w->pending_newline |= u[i] == '\n';
            i++;
            continue;
        }
        size_t end = i + 1;
        while (end < len && !qx__ascii_space(u[end]))
            end++;
        uint32_t first;
        bool valid;
        qx__utf8_next(u + i, end - i, &first, &valid);
        settle(w, first);
        put(w, s + i, end - i);
        w->last = qx__utf8_prev(u + i, end - i, NULL);
        i = end;
    }
}

/* The value of attribute NAME in libxml2's name/value list, NULL when it
 * is absent or has no value. */
static const char *attr(const xmlChar **atts, const char *name) {
    for (size_t i = 0; atts && atts[i]; i += 2)
        if (qx__ascii_ieq((const char *)atts[i], name, strlen(name) + 1) && atts[i + 1])
            return (const char *)atts[i + 1];
    return NULL;
}

/* Attribute text as written, for the hidden-element test. */
static bool hidden(const xmlChar **atts) {
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *name = (const char *)atts[i];
        const char *value = atts[i + 1] ? (const char *)atts[i + 1] : "";
        if (qx__ascii_ieq(name, "hidden", 7))
            return true;
        if (qx__ascii_ieq(name, "style", 6) && qx__attrs_hidden(value, strlen(value)))
            return true;
        if (qx__ascii_ieq(name, "aria-hidden", 12) && qx__ascii_ieq(value, "true", 5))
            return true;
    }
    return false;
}

static void add_meta(walker *w, const char *key, const char *value) {
    if (w->status == QX_OK && value)
        w->status = qx__doc_meta_add(w->doc, key, strlen(key), value, strlen(value));
}

/* <meta name|property=… content=…> keys that mean the same thing. */
static const char *meta_key(const char *name) {
    static const struct {
        const char *name, *key;
    } keys[] = {{"author", "author"},
                {"article:author", "author"},
                {"description", "description"},
                {"og:description", "description"},
                {"keywords", "keywords"},
                {"og:title", "title"},
                {"date", "date"},
                {"pubdate", "date"},
                {"publishdate", "date"},
                {"publish_date", "date"},
                {"article:published_time", "date"},
                {"dc.date", "date"},
                {"dc.date.issued", "date"},
                {"og:site_name", "site"},
                {"og:url", "url"},
                {"source", "source"}};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (strlen(name) == strlen(keys[i].name) && qx__ascii_ieq(name, keys[i].name, strlen(name)))
            return keys[i].key;
    return NULL;
}

static void on_meta(walker *w, const xmlChar **atts) {
    const char *name = attr(atts, "name");
    if (!name)
        name = attr(atts, "property");
    const char *key = name ? meta_key(name) : NULL;
    if (key)
        add_meta(w, key, attr(atts, "content"));
}

/* <title>, <meta> and <link>, which carry the metadata: ENTER for any
 * other element. */
static entry enter_metadata(walker *w, const char *name, const xmlChar **atts) {
    if (strcmp(name, "title") == 0)
        return TITLE;
    if (strcmp(name, "meta") == 0) {
        on_meta(w, atts);
        return LEAVE_OUT;
    }
    if (strcmp(name, "link") == 0 && w->head_depth) {
        const char *rel = attr(atts, "rel");
        if (rel && qx__ascii_ieq(rel, "canonical", 10))
            add_meta(w, "url", attr(atts, "href"));
        return LEAVE_OUT;
    }
    return ENTER;
}

static entry enter(walker *w, const char *name, const xmlChar **atts) {
    w->doc->diag.tags++;
    unsigned cls = qx__element_class(name, strlen(name));
    if (cls & (QX__EL_SKIP | QX__EL_VOID)) { /* the classes of head and metadata */
        if (strcmp(name, "head") == 0) {
            w->head_depth++;
            return ENTER;
        }
        entry e = enter_metadata(w, name, atts);
        if (e != ENTER)
            return e;
    }
    if ((cls & QX__EL_SKIP) || hidden(atts))
        return DROP;
    if (cls & QX__EL_BREAK) {
        w->breaks++;
        w->pending_space = w->pending_newline = false;
    } else if (cls & QX__EL_BLOCK) {
        end_paragraph(w);
        if (cls & QX__EL_HEADING)
            w->role = QX_ROLE_HEADING;
    } else if (cls & QX__EL_CELL) {
        w->pending_space = true;
    }
    if (cls & QX__EL_ANCHOR) {
        w->anchor_depth++;
        w->links++;
    }
    w->pre_depth += (cls & QX__EL_PRE) != 0;
    return ENTER;
}

static void leave(walker *w, const char *name) {
    unsigned cls = qx__element_class(name, strlen(name));
    if ((cls & QX__EL_SKIP) && strcmp(name, "head") == 0) {
        if (w->head_depth)
            w->head_depth--;
        return;
    }
    if (cls & QX__EL_BLOCK) {
        end_paragraph(w);
        w->role = QX_ROLE_TEXT;
    } else if (cls & QX__EL_CELL) {
        w->pending_space = true;
    }
    if ((cls & QX__EL_ANCHOR) && w->anchor_depth)
        w->anchor_depth--;
    if ((cls & QX__EL_PRE) && w->pre_depth)
        w->pre_depth--;
}

/* Anything inside an element left out: its content, which only counts. */
static bool left_out(walker *w) {
    if (!w->skip_depth)
        return false;
    w->skip_has_content = true;
    return true;
}

static void stop_on_error(walker *w) {
    if (w->status != QX_OK)
        xmlStopParser(w->parser);
}

static void on_start_element(void *data, const xmlChar *name, const xmlChar **atts) {
    walker *w = data;
    bool skipping = left_out(w);
    w->depth++;
    if (skipping)
        return;
    entry e = enter(w, (const char *)name, atts);
    if (e != ENTER) {
        w->skip_depth = w->depth;
        w->skip_why = e;
        w->skip_has_content = false;
    }
    stop_on_error(w);
}

/* An element left out counts as dropped when it had content; one without
 * is left like any other (an empty hidden <div> still ends a paragraph). */
static void end_left_out(walker *w, const char *name) {
    if (w->skip_why == TITLE) {
        if (w->title.len)
            add_meta(w, "title", w->title.data);
        w->title.len = 0;
    } else if (w->skip_why == DROP && w->skip_has_content) {
        w->doc->diag.elements_dropped++;
    }
    if (!w->skip_has_content)
        leave(w, name);
    w->skip_depth = 0;
}

static void on_end_element(void *data, const xmlChar *name) {
    walker *w = data;
    if (!w->depth)
        return;
    if (w->skip_depth == w->depth)
        end_left_out(w, (const char *)name);
    else if (!w->skip_depth)
        leave(w, (const char *)name);
    w->depth--;
    stop_on_error(w);
}

/* libxml2 reports a "<" that starts no tag at the document's start
 * before it implies <html><body><p> for the text after it ("<5%的人"):
 * the two are one text. */
static void hold(walker *w, const xmlChar *text, int len) {
    if (w->status == QX_OK)
        w->status = qx_buf_append(&w->held, text, (size_t)len);
}

static void release_held(walker *w) {
    if (w->held.len && !w->head_depth) {
        on_text(w, w->held.data, w->held.len);
        w->held.len = 0;
    }
}

static void on_characters(void *data, const xmlChar *text, int len) {
    walker *w = data;
    if (!w->depth) {
        hold(w, text, len);
        return;
    }
    if (w->skip_why == TITLE && w->skip_depth == w->depth && w->status == QX_OK)
        w->status = qx_buf_append(&w->title, text, (size_t)len);
    if (!left_out(w)) {
        release_held(w);
        on_text(w, (const char *)text, (size_t)len);
    }
    stop_on_error(w);
}

static void on_other_node(void *data, const xmlChar *a, const xmlChar *b) {
    (void)a, (void)b;
    left_out(data);
}

static void on_comment(void *data, const xmlChar *text) {
    (void)text;
    left_out(data);
}


/* ----- script and style that never end ----- */

/* Is there "<NAME" (ASCII, any case) at S, ending the name? */
static bool starts_tag(const char *s, size_t len, const char *name, bool end_tag) {
    size_t n = strlen(name), at = end_tag ? 2 : 1;
    if (len < at + n + 1 || s[0] != '<' || (end_tag && s[1] != '/'))
        return false;
    char after = s[at + n];
    return qx__ascii_ieq(s + at, name, n) &&
           (qx__ascii_space((unsigned char)after) || after == '>' || after == '/');
}

/* Where each unclosed <script> or <style> should end: libxml2, like a
 * browser, reads their content up to "</script", so one without an end tag
 * would take the rest of the article with it. It is closed at the end of
 * its line or before the next tag, whichever comes first. Writes a patched
 * copy to OUT and sets *PATCHED when there was one. */
static qx_status close_raw_text(const char *s, size_t len, qx_buf *out, bool *patched) {
    static const char *const names[] = {"script", "style"};
    size_t next_close[2] = {0, 0}; /* first end tag at or after a point; len: none */
    *patched = false;
    size_t copied = 0;
    for (size_t i = 0; i < len;) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            break;
        i = (size_t)(lt - s);
        size_t k = 0;
        while (k < 2 && !starts_tag(lt, len - i, names[k], false))
            k++;
        const char *gt = k < 2 ? memchr(lt, '>', len - i) : NULL;
        if (!gt) {
            i++;
            continue;
        }
        const char *name = names[k];
        size_t close = (size_t)(gt - s) + 1;
        if (next_close[k] >= close) { /* the cached answer still holds */
            close = next_close[k];
        } else {
            while (close < len && !starts_tag(s + close, len - close, name, true))
                close++;
            next_close[k] = close;
        }
        if (close < len) { /* it ends: go on after its end tag */
            i = close + 2;
            continue;
        }
        size_t cut = (size_t)(gt - s) + 1; /* at the end of the line or the next tag */
        while (cut < len && s[cut] != '\n' && s[cut] != '<')
            cut++;
        qx_status st = qx_buf_append(out, s + copied, cut - copied);
        if (st == QX_OK)
            st = qx_buf_append(out, "</", 2);
        if (st == QX_OK)
            st = qx__buf_puts(out, name);
        if (st == QX_OK)
            st = qx__buf_putc(out, '>');
        if (st != QX_OK)
            return st;
        copied = i = cut;
        *patched = true;
    }
    return *patched ? qx_buf_append(out, s + copied, len - copied) : QX_OK;
}

/* A parser reading S (LEN bytes and a NUL) in place: the text is valid
 * UTF-8 (decode and qx_doc_set_text make it so), so libxml2 need neither
 * copy nor convert it (htmlReadMemory did both: three times the page's
 * size). A <meta charset> in it must not switch the decoding: IGNORE_ENC. */
static htmlParserCtxtPtr new_parser(walker *w, const char *s, size_t len) {
    htmlParserCtxtPtr parser = htmlNewParserCtxt();
    if (!parser)
        return NULL;
    /* An input without a buffer behind it is read where it is, as
     * libxml2 reads the text of entities; it ends at S[LEN], a NUL. */
    xmlParserInputPtr input = xmlNewInputStream(parser);
    if (!input || inputPush(parser, input) < 0) {
        htmlFreeParserCtxt(parser);
        return NULL;
    }
    input->base = input->cur = (const xmlChar *)s;
    input->end = input->base + len;
    input->length = (int)len;
    memset(parser->sax, 0, sizeof *parser->sax);
    parser->sax->startElement = on_start_element;
    parser->sax->endElement = on_end_element;
    parser->sax->characters = on_characters;
    parser->sax->cdataBlock = on_characters; /* script and style, which are left out */
    parser->sax->comment = on_comment;
    parser->sax->processingInstruction = on_other_node;
    parser->sax->initialized = 1;
    parser->userData = w;
    /* HUGE: without it libxml2 cuts text at 10 MB; inputs are bounded by
     * the caller instead. */
    htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
    parser->charset = XML_CHAR_ENCODING_UTF8; /* else libxml2 guesses, and guesses Latin-1 */
    return parser;
}

static qx_status parse_html(qx_ctx *ctx, qx_doc *doc, const char *s, size_t len) {
    if (len > INT32_MAX)
        return qx__fail(ctx, QX_ELIMIT, "HTML document of %zu bytes is too large", len);
    if (len == 0)
        return QX_OK;
    qx_buf patched = QX_BUF_INIT;
    bool is_patched;
    qx_status st = close_raw_text(s, len, &patched, &is_patched);
    if (st != QX_OK) {
        qx_buf_free(&patched);
        return st;
    }
    if (is_patched) {
        s = patched.data;
        len = patched.len;
    }
    walker w = {.doc = doc, .out = &doc->next, .start = doc->next.text.len};
    w.parser = new_parser(&w, s, len);
    if (!w.parser) { /* libxml2 out of memory */
        qx_buf_free(&patched);
        return QX_ENOMEM;
    }
    htmlParseDocument(w.parser);
    if (w.parser->myDoc)
        xmlFreeDoc(w.parser->myDoc);
    htmlFreeParserCtxt(w.parser);
    qx_buf_free(&patched);
    qx_buf_free(&w.title);
    w.head_depth = 0;
    release_held(&w);
    qx_buf_free(&w.held);
    end_paragraph(&w);
    return w.status;
}

/* ----- the title as first paragraph ----- */

/* Equal ignoring whitespace, or one a prefix of the other of at least six
 * bytes ("标题_网站名" and "标题"). */
static bool same_headline(const char *a, size_t alen, const char *b, size_t blen) {
    size_t i = 0, j = 0, matched = 0;
    for (;;) {
        while (i < alen && qx__ascii_space((unsigned char)a[i]))
            i++;
        while (j < blen && qx__ascii_space((unsigned char)b[j]))
            j++;
        if (i == alen || j == blen)
            return (i == alen && j == blen) || matched >= 6;
        if (a[i] != b[j])
            return false;
        i++, j++, matched++;
    }
}

static bool body_has_headline(const qx__paras *p, const char *title) {
    size_t n = p->count < 20 ? p->count : 20;
    for (size_t i = 0; i < n; i++) {
        const qx__para *para = &p->items[i];
        if (para->role == QX_ROLE_HEADING && i < 5)
            return true;
        if (same_headline(qx__para_text(p, para), para->len, title, strlen(title)))
            return true;
    }
    return false;
}

static qx_status put_title_first(qx_doc *doc) {
    const char *title = qx_doc_meta(doc, "title");
    qx__paras *p = &doc->next;
    if (!title || body_has_headline(p, title))
        return QX_OK;
    qx_status st = qx__paras_add(p, QX_ROLE_TITLE, title, strlen(title));
    if (st != QX_OK)
        return st;
    qx__para t = p->items[p->count - 1];
    memmove(p->items + 1, p->items, (p->count - 1) * sizeof *p->items);
    p->items[0] = t;
    return QX_OK;
}

/* ----- the stage ----- */

static qx_status read_body(qx_ctx *ctx, qx_doc *doc, const char *s, size_t len) {
    unsigned kind = QX_MARKUP_TEXT;
    if (memchr(s, '<', len) || memchr(s, '&', len)) { /* else no census is needed */
        census c;
        take_census(s, len, &c);
        kind = body_kind(&c);
    }
    doc->diag.markup |= kind;
    switch (kind) {
    case QX_MARKUP_TEXT:
        return split_lines(doc, s, len);
    case QX_MARKUP_TAGGED:
        return qx__tagtext(doc, s, len);
    default:
        return parse_html(ctx, doc, s, len);
    }
}

/* The document's text as one NUL-terminated string (libxml2 reads it in
 * place): the decoder's single paragraph as it is, or several joined by
 * line breaks into SCRATCH. NUL bytes, which would end libxml2's input
 * early, are dropped and counted. */
static qx_status source_text(qx_doc *doc, qx_buf *scratch, const char **s, size_t *len) {
    const qx__paras *cur = &doc->cur;
    bool has_nul = false;
    for (size_t i = 0; i < cur->count && !has_nul; i++)
        has_nul = memchr(qx__para_text(cur, &cur->items[i]), 0, cur->items[i].len) != NULL;
    if (cur->count == 1 && !has_nul) { /* NUL-terminated, as every paragraph is */
        *s = qx__para_text(cur, &cur->items[0]);
        *len = cur->items[0].len;
        return QX_OK;
    }
    for (size_t i = 0; i < cur->count; i++) {
        const char *t = qx__para_text(cur, &cur->items[i]);
        for (size_t k = 0; k < cur->items[i].len; k++) {
            qx_status st = t[k] ? qx__buf_putc(scratch, t[k]) : QX_OK;
            doc->diag.control_chars += t[k] == 0;
            if (st != QX_OK)
                return st;
        }
        qx_status st = qx__buf_putc(scratch, '\n');
        if (st != QX_OK)
            return st;
    }
    *s = scratch->data ? scratch->data : "";
    *len = scratch->len;
    return QX_OK;
}

qx_status qx_markup(qx_ctx *ctx, qx_doc *doc) {
    if (!ctx || !doc)
        return QX_EINVAL;
    qx__ok(ctx);
    qx_buf scratch = QX_BUF_INIT;
    const char *s;
    size_t len, body;
    qx__doc_begin(doc);
    doc->diag.markup = 0;
    qx_status st = source_text(doc, &scratch, &s, &len);
    if (st == QX_OK)
        st = qx__frontmatter(doc, s, len, &body);
    if (st == QX_OK)
        st = read_body(ctx, doc, s + body, len - body);
    if (st == QX_OK)
        st = put_title_first(doc);
    qx_buf_free(&scratch);
    if (st != QX_OK) {
        qx__doc_begin(doc);
        return st == QX_ENOMEM ? qx__fail(ctx, st, "out of memory reading markup") : st;
    }
    qx__doc_commit(doc);
    return QX_OK;
}
