/* Traditional <-> simplified conversion by OpenCC's rule: at each position
 * the longest phrase that starts there, else the character's own
 * conversion. Characters go through a two-stage table and phrases through a
 * trie whose first level hangs off the same table, so the common case, a
 * character that starts no phrase, costs one decode, two loads and a store. */
#include "internal.h"

#include <string.h>

#include "tables/opencc.inc"

typedef struct direction {
    const unsigned short *stage1;
    const unsigned int *map;
    const unsigned short *root;
    const unsigned int *label, *child, *value_at;
    const unsigned short *nchild;
    const unsigned char *value_len, *values;
    size_t max_key_bytes;
} direction;

static const direction t2s = {t2s_stage1,     t2s_map,         t2s_root,
                              t2s_node_label, t2s_node_child,  t2s_node_value_at,
                              t2s_node_nchild, t2s_node_value_len, t2s_values,
                              T2S_MAX_KEY_BYTES};
static const direction s2t = {s2t_stage1,     s2t_map,         s2t_root,
                              s2t_node_label, s2t_node_child,  s2t_node_value_at,
                              s2t_node_nchild, s2t_node_value_len, s2t_values,
                              S2T_MAX_KEY_BYTES};

/* One UTF-8 character at S (LEFT bytes available): its length, or 0 when the
 * bytes there are not one (they are then copied as they are). */
static inline size_t decode(const unsigned char *s, size_t left, uint32_t *cp) {
    bool valid;
    size_t n = qx__utf8_next(s, left, cp, &valid);
    return valid ? n : 0;
}

static inline size_t entry(const direction *d, uint32_t cp) {
    return (size_t)d->stage1[cp >> 8] * 256u + (cp & 0xFF);
}

/* The child of NODE labelled CP, or 0. */
static size_t find_child(const direction *d, size_t node, uint32_t cp) {
    size_t first = d->child[node];
    size_t i = qx__find_u32(d->label + first, d->nchild[node], cp);
    return i == SIZE_MAX ? 0 : first + i;
}

/* The longest phrase from ROOT (the node of the character at S, N bytes
 * long) within END: its last node and its length in bytes, or 0. */
static size_t longest_phrase(const direction *d, size_t root, const unsigned char *s, size_t n,
                             const unsigned char *end, size_t *node_out) {
    size_t node = root, at = n, best = 0;
    if (d->value_len[node]) {
        best = at;
        *node_out = node;
    }
    while (d->nchild[node] && s + at < end) {
        uint32_t cp = s[at];
        size_t len = cp < 0x80 ? 1 : decode(s + at, (size_t)(end - s) - at, &cp);
        if (len == 0 || !(node = find_child(d, node, cp)))
            break;
        at += len;
        if (d->value_len[node]) {
            best = at;
            *node_out = node;
        }
    }
    return best;
}

static inline unsigned char *put_packed(unsigned char *o, uint32_t v) {
    unsigned char lead = (unsigned char)v;
    size_t n = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    for (size_t i = 0; i < n; i++)
        o[i] = (unsigned char)(v >> (8 * i));
    return o + n;
}

/* Characters of the N-byte UTF-8 strings A and B that differ (the phrase
 * tables keep a phrase's length in characters). */
static size_t chars_differ(const unsigned char *a, const unsigned char *b, size_t na, size_t nb) {
    size_t count = 0, i = 0, j = 0;
    while (i < na && j < nb) {
        size_t la = qx__utf8_seq_len(a[i]), lb = qx__utf8_seq_len(b[j]);
        la = la ? la : 1;
        lb = lb ? lb : 1;
        count += la != lb || memcmp(a + i, b + j, la) != 0;
        i += la;
        j += lb;
    }
    return count;
}

/* Converts [S, END) into *OUT, which has room for 4/3 of it plus 4 bytes,
 * adding the characters changed to *CHANGED when it is not NULL; stops
 * before STOP (where a phrase could run past the input seen so far) and
 * returns where it stopped. */
static const unsigned char *convert_run(const direction *d, const unsigned char *s,
                                        const unsigned char *stop, const unsigned char *end,
                                        unsigned char **out, size_t *changed) {
    unsigned char *o = *out;
    while (s < stop) {
        if (*s < 0x80) {
            *o++ = *s++;
            continue;
        }
        uint32_t cp;
        size_t n = decode(s, (size_t)(end - s), &cp);
        if (n == 0) {
            *o++ = *s++;
            continue;
        }
        size_t e = entry(d, cp);
        unsigned root = d->root[e];
        if (root) {
            size_t node, len = longest_phrase(d, root, s, n, end, &node);
            if (len) {
                const unsigned char *v = d->values + d->value_at[node];
                size_t vlen = d->value_len[node];
                if (changed)
                    *changed += chars_differ(s, v, len, vlen);
                memcpy(o, v, vlen);
                o += vlen;
                s += len;
                continue;
            }
        }
        uint32_t v = d->map[e];
        if (v) {
            o = put_packed(o, v);
            if (changed)
                ++*changed;
        } else {
            memcpy(o, s, n);
            o += n;
        }
        s += n;
    }
    *out = o;
    return s;
}

/* Where conversion of [S, END) can stop when more input may follow: before
 * the last bytes a phrase could continue past END, except that no phrase
 * holds a line break, so a whole line is always decided. */
static const unsigned char *decided_end(const direction *d, const unsigned char *s,
                                        const unsigned char *end) {
    const unsigned char *stop = (size_t)(end - s) > d->max_key_bytes ? end - d->max_key_bytes : s;
    for (const unsigned char *p = end; p > stop; p--)
        if (p[-1] == '\n')
            return p;
    return stop;
}

qx_status qx__convert(qx_script_target to, const char *utf8, size_t len, int final, qx_buf *out,
                      size_t *consumed, size_t *changed) {
    if (consumed)
        *consumed = 0;
    if ((to != QX_TO_SIMPLIFIED && to != QX_TO_TRADITIONAL) || !out || (!utf8 && len) ||
        (!final && !consumed))
        return QX_EINVAL;
    const direction *d = to == QX_TO_SIMPLIFIED ? &t2s : &s2t;
    /* a phrase value is never more than 4/3 of its key (3-byte characters
     * becoming 4-byte ones), nor is a character's */
    size_t room = len + len / 3 + 4;
    if (room < len || qx_buf_reserve(out, room) != QX_OK)
        return QX_ENOMEM;
    if (len == 0)
        return qx__buf_terminate(out);
    const unsigned char *s = (const unsigned char *)utf8, *end = s + len;
    unsigned char *o = (unsigned char *)out->data + out->len;
    const unsigned char *at = convert_run(d, s, final ? end : decided_end(d, s, end), end, &o,
                                          changed);
    out->len = (size_t)(o - (unsigned char *)out->data);
    out->data[out->len] = '\0';
    if (consumed)
        *consumed = (size_t)(at - s);
    return QX_OK;
}

qx_status qx_convert(qx_script_target to, const char *utf8, size_t len, int final, qx_buf *out,
                     size_t *consumed) {
    return qx__convert(to, utf8, len, final, out, consumed, NULL);
}
