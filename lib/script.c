/* Script statistics: how simplified or traditional a text is. */
#include "internal.h"

void qx_script_measure(const char *utf8, size_t len, qx_script_stats *out) {
    if (!out)
        return;
    out->han = out->simplified = out->traditional = 0;
    const unsigned char *s = (const unsigned char *)utf8;
    for (size_t i = 0; s && i < len;) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        bool valid;
        i += qx__utf8_next(s + i, len - i, &cp, &valid);
        if (!((cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
              (cp >= 0x20000 && cp <= 0x3134F)))
            continue;
        out->han++;
        int script = qx__char_script(cp);
        out->simplified += script == QX__SCRIPT_SIMPLIFIED;
        out->traditional += script == QX__SCRIPT_TRADITIONAL;
    }
}

/* Script-specific characters are about a fifth of running text, so a
 * few per cent of the other script is noise (names, quotations). */
const char *qx_script_verdict(const qx_script_stats *stats, int *traditional_share) {
    size_t specific = stats ? stats->simplified + stats->traditional : 0;
    int share = specific ? (int)((stats->traditional * 1000 + specific / 2) / specific) : 0;
    if (traditional_share)
        *traditional_share = share;
    if (specific == 0)
        return "none";
    if (share >= 900)
        return "traditional";
    if (share <= 100)
        return "simplified";
    return "mixed";
}

qx_status qx_script(qx_doc *doc, unsigned flags) {
    if (!doc)
        return QX_EINVAL;
    if (!(flags & (QX_OPT_TO_SIMPLIFIED | QX_OPT_TO_TRADITIONAL)))
        return QX_OK;
    if ((flags & QX_OPT_TO_SIMPLIFIED) && (flags & QX_OPT_TO_TRADITIONAL))
        return QX_EINVAL;
    qx_script_target to = (flags & QX_OPT_TO_SIMPLIFIED) ? QX_TO_SIMPLIFIED : QX_TO_TRADITIONAL;
    qx__doc_begin(doc);
    qx_status st = QX_OK;
    for (size_t i = 0; i < doc->cur.count && st == QX_OK; i++) {
        const qx__para *p = &doc->cur.items[i];
        size_t start = doc->next.text.len;
        st = qx__convert(to, qx__para_text(&doc->cur, p), p->len, 1, &doc->next.text, NULL,
                         &doc->diag.script_changes);
        if (st == QX_OK)
            st = qx__paras_commit(&doc->next, start, p->role, p->links, p->link_bytes);
    }
    if (st != QX_OK) {
        qx__doc_begin(doc);
        return st;
    }
    qx__doc_commit(doc);
    return QX_OK;
}
