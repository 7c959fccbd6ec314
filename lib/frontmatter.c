/* YAML ("---") and TOML ("+++") front matter becomes metadata.
 *
 * Only the flat subset static-site generators and scrapers write is read:
 * `key: value` with plain or quoted scalars, lists of scalars (joined with
 * ", "), one level of nesting (stored as parent.key) and block scalars.
 * A block that is not made of such lines is not front matter, so a
 * Markdown rule ("---") in an article is left alone.
 */
#include "internal.h"

#include <string.h>

enum { MAX_FRONT = 64 * 1024, MAX_KEY = 64 };

typedef struct line {
    const char *s;
    size_t len;    /* without the line ending */
    size_t indent; /* leading spaces */
} line;

/* The line starting at *POS, and *POS moved past it. */
static bool next_line(const char *text, size_t len, size_t *pos, line *out) {
    if (*pos >= len)
        return false;
    const char *s = text + *pos;
    const char *nl = memchr(s, '\n', len - *pos);
    size_t n = nl ? (size_t)(nl - s) : len - *pos;
    *pos += nl ? n + 1 : n;
    if (n && s[n - 1] == '\r')
        n--;
    out->s = s;
    out->len = n;
    out->indent = 0;
    while (out->indent < n && (s[out->indent] == ' ' || s[out->indent] == '\t'))
        out->indent++;
    return true;
}

static bool is_fence(const line *l, const char *fence) {
    size_t n = l->len;
    while (n && (l->s[n - 1] == ' ' || l->s[n - 1] == '\t'))
        n--;
    return n == 3 && memcmp(l->s, fence, 3) == 0;
}

static bool key_char(unsigned char c) {
    return qx__ascii_alpha(c) || qx__ascii_digit(c) || c == '_' || c == '-' || c == '.';
}

/* "key: value" or "key = value": the key's length, and where the value starts. */
static size_t split_key(const line *l, char sep, size_t *value_at) {
    size_t i = l->indent;
    while (i < l->len && key_char((unsigned char)l->s[i]))
        i++;
    size_t key_end = i;
    while (i < l->len && l->s[i] == ' ')
        i++;
    if (key_end == l->indent || key_end - l->indent > MAX_KEY || i >= l->len || l->s[i] != sep)
        return 0;
    if (sep == ':' && i + 1 < l->len && l->s[i + 1] != ' ' && l->s[i + 1] != '\t')
        return 0; /* "http://…" is not a key */
    *value_at = i + 1;
    return key_end - l->indent;
}

/* Appends a scalar without its quotes ('' and \" unescaped) and comments. */
static qx_status put_scalar(qx_buf *out, const char *s, size_t len) {
    while (len && (*s == ' ' || *s == '\t'))
        s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (len >= 2 && (s[0] == '\'' || s[0] == '"') && s[len - 1] == s[0]) {
        char q = s[0];
        qx_status st = QX_OK;
        for (size_t i = 1; i + 1 < len && st == QX_OK; i++) {
            if (q == '\'' && s[i] == '\'' && s[i + 1] == '\'')
                i++;
            else if (q == '"' && s[i] == '\\' && i + 2 < len)
                i++;
            st = qx__buf_putc(out, s[i]);
        }
        return st;
    }
    const char *hash = NULL;
    for (size_t i = 1; i < len && !hash; i++)
        if (s[i] == '#' && (s[i - 1] == ' ' || s[i - 1] == '\t'))
            hash = s + i;
    if (hash)
        len = (size_t)(hash - s);
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    return qx_buf_append(out, s, len);
}

/* A TOML array of scalars, ["a", "b"], as "a, b". */
static qx_status put_array(qx_buf *out, const char *s, size_t len) {
    size_t i = 1, start = out->len;
    qx_status st = QX_OK;
    while (i < len && st == QX_OK) {
        size_t j = i;
        char q = 0;
        while (j < len && (q || (s[j] != ',' && s[j] != ']'))) {
            if ((s[j] == '"' || s[j] == '\'') && (!q || q == s[j]))
                q = q ? 0 : s[j];
            j++;
        }
        if (out->len > start && j > i)
            st = qx_buf_append(out, ", ", 2);
        if (st == QX_OK)
            st = put_scalar(out, s + i, j - i);
        i = j + 1;
    }
    return st;
}

typedef struct parser {
    qx_doc *doc;
    char sep;          /* ':' for YAML, '=' for TOML */
    char parent[MAX_KEY + 1]; /* YAML mapping or TOML table holding later keys */
    size_t parent_indent;
    char key[2 * MAX_KEY + 2]; /* the key a list or block scalar belongs to */
    qx_buf value;
    bool block; /* collecting a block scalar (| or >) */
    size_t keys;
} parser;

static qx_status flush(parser *p) {
    qx_status st = QX_OK;
    if (p->doc && p->key[0] && p->value.len) /* a probe has no document */
        st = qx__doc_meta_add(p->doc, p->key, strlen(p->key), p->value.data, p->value.len);
    p->key[0] = '\0';
    p->block = false;
    qx__buf_clear(&p->value);
    return st;
}

static void set_key(parser *p, const char *key, size_t len, bool nested) {
    size_t at = 0;
    if (nested && p->parent[0]) {
        at = strlen(p->parent);
        memcpy(p->key, p->parent, at);
        p->key[at++] = '.';
    }
    memcpy(p->key + at, key, len);
    p->key[at + len] = '\0';
}

/* One line of the block; false when it is not front matter at all. */
static bool take_line(parser *p, const line *l, qx_status *st) {
    const char *rest = l->s + l->indent;
    size_t rest_len = l->len - l->indent;
    if (rest_len == 0 || rest[0] == '#')
        return true;
    if (p->block && l->indent > 0) {
        if (p->value.len)
            *st = qx__buf_putc(&p->value, ' ');
        if (*st == QX_OK)
            *st = qx_buf_append(&p->value, rest, rest_len);
        return true;
    }
    if (p->sep == ':' && rest[0] == '-' && (rest_len == 1 || rest[1] == ' ')) {
        if (!p->key[0])
            return false;
        if (p->value.len)
            *st = qx_buf_append(&p->value, ", ", 2);
        if (*st == QX_OK)
            *st = put_scalar(&p->value, rest + 1, rest_len - 1);
        return true;
    }
    if (p->sep == '=' && rest[0] == '[' && rest[rest_len - 1] == ']') {
        *st = flush(p);
        size_t n = rest_len - 2 < MAX_KEY ? rest_len - 2 : MAX_KEY;
        memcpy(p->parent, rest + 1, n);
        p->parent[n] = '\0';
        return true;
    }
    size_t value_at;
    size_t key_len = split_key(l, p->sep, &value_at);
    if (!key_len)
        return false;
    *st = flush(p);
    if (*st != QX_OK)
        return true;
    bool nested = p->sep == '=' || (l->indent > p->parent_indent && p->parent[0]);
    if (p->sep == ':' && l->indent == 0)
        p->parent[0] = '\0';
    set_key(p, rest, key_len, nested);
    p->keys++;
    const char *v = l->s + value_at;
    size_t vlen = l->len - value_at;
    while (vlen && (*v == ' ' || *v == '\t'))
        v++, vlen--;
    if (vlen == 0 && p->sep == ':' && l->indent == 0) { /* a list or mapping follows */
        memcpy(p->parent, rest, key_len);
        p->parent[key_len] = '\0';
        p->parent_indent = l->indent;
    } else if (vlen && (v[0] == '|' || v[0] == '>') && vlen <= 2) {
        p->block = true;
    } else if (vlen && v[0] == '[' && v[vlen - 1] == ']') {
        *st = put_array(&p->value, v, vlen);
    } else {
        *st = put_scalar(&p->value, v, vlen);
    }
    return true;
}

static bool find_open(const char *text, size_t len, size_t *pos, char *sep, const char **close) {
    line l;
    while (next_line(text, len, pos, &l)) {
        if (l.indent == l.len)
            continue; /* blank lines before the fence */
        if (is_fence(&l, "---")) {
            *sep = ':';
            *close = "---";
            return true;
        }
        if (is_fence(&l, "+++")) {
            *sep = '=';
            *close = "+++";
            return true;
        }
        return false;
    }
    return false;
}

qx_status qx__frontmatter(qx_doc *doc, const char *text, size_t len, size_t *body) {
    *body = 0;
    size_t pos = 0;
    char sep;
    const char *fence;
    if (!find_open(text, len < MAX_FRONT ? len : MAX_FRONT, &pos, &sep, &fence))
        return QX_OK;
    /* First check the block whole, so a false start leaves no metadata. */
    size_t scan = pos, end = 0;
    line l;
    while (!end && scan < MAX_FRONT && next_line(text, len, &scan, &l))
        if (is_fence(&l, fence) || (sep == ':' && is_fence(&l, "...")))
            end = scan;
    if (!end)
        return QX_OK;
    parser p = {.doc = doc, .sep = sep};
    parser probe = {.doc = NULL, .sep = sep};
    qx_status st = QX_OK;
    bool ok = true;
    for (size_t at = pos; ok && st == QX_OK && next_line(text, end, &at, &l) && at < end;)
        ok = take_line(&probe, &l, &st);
    ok = ok && st == QX_OK && probe.keys > 0;
    qx_buf_free(&probe.value);
    for (size_t at = pos; ok && st == QX_OK && next_line(text, end, &at, &l) && at < end;)
        take_line(&p, &l, &st);
    if (ok && st == QX_OK)
        st = flush(&p);
    qx_buf_free(&p.value);
    if (ok && st == QX_OK) {
        *body = end;
        doc->diag.markup |= QX_MARKUP_FRONTMATTER;
    }
    return st;
}
