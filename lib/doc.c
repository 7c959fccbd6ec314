/* Documents: paragraphs, metadata and diagnostics. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

qx_doc *qx_doc_new(void) {
    qx_doc *doc = calloc(1, sizeof *doc);
    if (doc)
        qx__doc_reset(doc);
    return doc;
}

void qx__paras_free(qx__paras *paras) {
    qx_buf_free(&paras->text);
    free(paras->items);
    memset(paras, 0, sizeof *paras);
}

void qx_doc_free(qx_doc *doc) {
    if (!doc)
        return;
    qx__paras_free(&doc->cur);
    qx__paras_free(&doc->next);
    qx_buf_free(&doc->meta);
    free(doc->meta_offs);
    free(doc);
}

void qx__paras_clear(qx__paras *paras) {
    qx__buf_clear(&paras->text);
    paras->count = 0;
}

void qx__doc_reset(qx_doc *doc) {
    qx__paras_clear(&doc->cur);
    qx__paras_clear(&doc->next);
    qx__buf_clear(&doc->meta);
    doc->meta_count = 0;
    memset(&doc->diag, 0, sizeof doc->diag);
    doc->diag.first_undecodable = SIZE_MAX;
}

void qx__doc_begin(qx_doc *doc) {
    qx__paras_clear(&doc->next);
}

void qx__doc_commit(qx_doc *doc) {
    qx__paras tmp = doc->cur;
    doc->cur = doc->next;
    doc->next = tmp;
    qx__paras_clear(&doc->next);
}

qx_status qx__paras_commit(qx__paras *paras, size_t start, qx_role role, unsigned links,
                           size_t link_bytes) {
    if (paras->count == paras->cap) {
        size_t cap = paras->cap ? paras->cap * 2 : 16;
        qx__para *items = realloc(paras->items, cap * sizeof *items);
        if (!items)
            return QX_ENOMEM;
        paras->items = items;
        paras->cap = cap;
    }
    size_t len = paras->text.len - start;
    qx_status st = qx__buf_putc(&paras->text, '\0');
    if (st != QX_OK)
        return st;
    paras->items[paras->count++] = (qx__para){start, len, role, links, link_bytes};
    return QX_OK;
}

qx_status qx__paras_add(qx__paras *paras, qx_role role, const char *text, size_t len) {
    size_t start = paras->text.len;
    qx_status st = qx_buf_append(&paras->text, text, len);
    if (st == QX_OK)
        st = qx__paras_commit(paras, start, role, 0, 0);
    if (st != QX_OK)
        paras->text.len = start;
    return st;
}

size_t qx_doc_count(const qx_doc *doc) {
    return doc ? doc->cur.count : 0;
}

qx_para qx_doc_para(const qx_doc *doc, size_t i) {
    if (!doc || i >= doc->cur.count)
        return (qx_para){"", 0, QX_ROLE_TEXT};
    const qx__para *p = &doc->cur.items[i];
    return (qx_para){qx__para_text(&doc->cur, p), p->len, p->role};
}

const qx_diag *qx_doc_diag(const qx_doc *doc) {
    return doc ? &doc->diag : NULL;
}

/* ----- metadata ----- */

size_t qx_doc_meta_count(const qx_doc *doc) {
    return doc ? doc->meta_count : 0;
}

void qx_doc_meta_at(const qx_doc *doc, size_t i, const char **key, const char **value) {
    *key = *value = NULL;
    if (!doc || i >= doc->meta_count)
        return;
    *key = doc->meta.data + doc->meta_offs[2 * i];
    *value = doc->meta.data + doc->meta_offs[2 * i + 1];
}

const char *qx_doc_meta(const qx_doc *doc, const char *key) {
    if (!doc || !key)
        return NULL;
    for (size_t i = 0; i < doc->meta_count; i++)
        if (strcmp(doc->meta.data + doc->meta_offs[2 * i], key) == 0)
            return doc->meta.data + doc->meta_offs[2 * i + 1];
    return NULL;
}

static bool meta_has(const qx_doc *doc, const char *key, size_t key_len) {
    for (size_t i = 0; i < doc->meta_count; i++) {
        const char *k = doc->meta.data + doc->meta_offs[2 * i];
        if (strlen(k) == key_len && qx__ascii_ieq(k, key, key_len))
            return true;
    }
    return false;
}

/* Keys are stored in lower case; values are trimmed of surrounding space. */
qx_status qx__doc_meta_add(qx_doc *doc, const char *key, size_t key_len, const char *value,
                           size_t value_len) {
    while (value_len && qx__ascii_space((unsigned char)value[0]))
        value++, value_len--;
    while (value_len && qx__ascii_space((unsigned char)value[value_len - 1]))
        value_len--;
    if (key_len == 0 || value_len == 0 || meta_has(doc, key, key_len))
        return QX_OK;
    if (doc->meta_count == doc->meta_cap) {
        size_t cap = doc->meta_cap ? doc->meta_cap * 2 : 8;
        size_t *offs = realloc(doc->meta_offs, 2 * cap * sizeof *offs);
        if (!offs)
            return QX_ENOMEM;
        doc->meta_offs = offs;
        doc->meta_cap = cap;
    }
    size_t start = doc->meta.len;
    qx_status st = qx_buf_reserve(&doc->meta, key_len + value_len + 2);
    if (st != QX_OK)
        return st;
    for (size_t i = 0; i < key_len; i++)
        doc->meta.data[doc->meta.len++] = (char)qx__ascii_lower((unsigned char)key[i]);
    doc->meta.data[doc->meta.len++] = '\0';
    memcpy(doc->meta.data + doc->meta.len, value, value_len);
    doc->meta.len += value_len;
    doc->meta.data[doc->meta.len++] = '\0';
    doc->meta_offs[2 * doc->meta_count] = start;
    doc->meta_offs[2 * doc->meta_count + 1] = start + key_len + 1;
    doc->meta_count++;
    return QX_OK;
}
