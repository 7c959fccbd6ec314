/* The HTML vocabulary both markup paths share: what each element does to
 * text, which attributes hide an element, and character references. */
#include "internal.h"

#include <libxml/HTMLparser.h>
#include <string.h>

#define BLOCK (QX__EL_BLOCK | QX__EL_KNOWN)
#define SKIP (QX__EL_SKIP | QX__EL_KNOWN)
#define INLINE QX__EL_KNOWN
#define VOID (QX__EL_VOID | QX__EL_KNOWN)
#define HEADING (QX__EL_BLOCK | QX__EL_HEADING | QX__EL_KNOWN)

/* Sorted by name for bsearch. SKIP: scripts, styles, embedded documents,
 * form controls, navigation, and ruby annotations (the pinyin over 縣 in
 * <ruby>縣<rt>xiàn</rt></ruby> is not body text). */
static const struct element {
    const char *name;
    unsigned cls;
} elements[] = {
    {"a", QX__EL_ANCHOR | QX__EL_KNOWN},
    {"abbr", INLINE},
    {"acronym", INLINE},
    {"address", BLOCK},
    {"applet", SKIP},
    {"area", VOID},
    {"article", BLOCK},
    {"aside", SKIP},
    {"audio", SKIP},
    {"b", INLINE},
    {"base", VOID},
    {"basefont", VOID},
    {"bdi", INLINE},
    {"bdo", INLINE},
    {"big", INLINE},
    {"blockquote", BLOCK},
    {"body", BLOCK},
    {"br", QX__EL_BREAK | QX__EL_VOID | QX__EL_KNOWN},
    {"button", SKIP},
    {"canvas", SKIP},
    {"caption", BLOCK},
    {"center", BLOCK},
    {"cite", INLINE},
    {"code", INLINE},
    {"col", VOID},
    {"colgroup", INLINE},
    {"data", INLINE},
    {"datalist", SKIP},
    {"dd", BLOCK},
    {"del", INLINE},
    {"details", BLOCK},
    {"dfn", INLINE},
    {"dialog", SKIP},
    {"dir", BLOCK},
    {"div", BLOCK},
    {"dl", BLOCK},
    {"dt", BLOCK},
    {"em", INLINE},
    {"embed", SKIP | QX__EL_VOID},
    {"fieldset", BLOCK},
    {"figcaption", BLOCK},
    {"figure", BLOCK},
    {"font", INLINE},
    {"footer", BLOCK},
    {"form", BLOCK},
    {"frame", SKIP | QX__EL_VOID},
    {"frameset", SKIP},
    {"h1", HEADING},
    {"h2", HEADING},
    {"h3", HEADING},
    {"h4", HEADING},
    {"h5", HEADING},
    {"h6", HEADING},
    {"head", SKIP},
    {"header", BLOCK},
    {"hgroup", BLOCK},
    {"hr", BLOCK | QX__EL_VOID},
    {"html", BLOCK},
    {"i", INLINE},
    {"iframe", SKIP},
    {"img", VOID},
    {"input", SKIP | QX__EL_VOID},
    {"ins", INLINE},
    {"isindex", VOID},
    {"kbd", INLINE},
    {"keygen", SKIP | QX__EL_VOID},
    {"label", INLINE},
    {"legend", BLOCK},
    {"li", BLOCK},
    {"link", VOID},
    {"main", BLOCK},
    {"map", INLINE},
    {"mark", INLINE},
    {"marquee", BLOCK},
    {"math", SKIP},
    {"menu", BLOCK},
    {"meta", VOID},
    {"meter", SKIP},
    {"nav", SKIP},
    {"nobr", INLINE},
    {"noembed", SKIP},
    {"noframes", SKIP},
    {"noscript", SKIP},
    {"object", SKIP},
    {"ol", BLOCK},
    {"optgroup", SKIP},
    {"option", SKIP},
    {"output", INLINE},
    {"p", BLOCK},
    {"param", VOID},
    {"picture", INLINE},
    {"pre", BLOCK | QX__EL_PRE},
    {"progress", SKIP},
    {"q", INLINE},
    {"rb", INLINE},
    {"rp", SKIP},
    {"rt", SKIP},
    {"rtc", SKIP},
    {"ruby", INLINE},
    {"s", INLINE},
    {"samp", INLINE},
    {"script", SKIP},
    {"section", BLOCK},
    {"select", SKIP},
    {"slot", INLINE},
    {"small", INLINE},
    {"source", VOID},
    {"span", INLINE},
    {"strike", INLINE},
    {"strong", INLINE},
    {"style", SKIP},
    {"sub", INLINE},
    {"summary", BLOCK},
    {"sup", INLINE},
    {"svg", SKIP},
    {"table", BLOCK},
    {"tbody", BLOCK},
    {"td", QX__EL_CELL | QX__EL_KNOWN},
    {"template", SKIP},
    {"textarea", SKIP},
    {"tfoot", BLOCK},
    {"th", QX__EL_CELL | QX__EL_KNOWN},
    {"thead", BLOCK},
    {"time", INLINE},
    {"title", SKIP},
    {"tr", BLOCK},
    {"track", VOID},
    {"tt", INLINE},
    {"u", INLINE},
    {"ul", BLOCK},
    {"var", INLINE},
    {"video", SKIP},
    {"wbr", VOID},
    {"xmp", BLOCK | QX__EL_PRE},
};

unsigned qx__element_class(const char *name, size_t len) {
    char lower[16];
    if (len == 0 || len >= sizeof lower)
        return 0;
    for (size_t i = 0; i < len; i++)
        lower[i] = (char)qx__ascii_lower((unsigned char)name[i]);
    lower[len] = '\0';
    size_t lo = 0, hi = sizeof elements / sizeof *elements;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(lower, elements[mid].name);
        if (c == 0)
            return elements[mid].cls;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

/* ----- hidden elements ----- */

static const char *find_ci(const char *s, size_t len, const char *needle) {
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (qx__ascii_ieq(s + i, needle, n))
            return s + i;
    return NULL;
}

/* Does the attribute text hold PROP:VALUE, ignoring spaces around ':'? */
static bool style_has(const char *attrs, size_t len, const char *prop, const char *value) {
    const char *end = attrs + len;
    for (const char *p = attrs; p < end; p++) {
        p = find_ci(p, (size_t)(end - p), prop);
        if (!p)
            return false;
        const char *q = p + strlen(prop);
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if (q >= end || *q != ':')
            continue;
        q++;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        size_t vlen = strlen(value);
        if ((size_t)(end - q) >= vlen && qx__ascii_ieq(q, value, vlen))
            return true;
    }
    return false;
}

/* A whole-word attribute name: preceded by space, followed by space, '=',
 * '/' or the end. */
static bool has_attr_word(const char *attrs, size_t len, const char *word) {
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= len; i++) {
        if (!qx__ascii_ieq(attrs + i, word, n))
            continue;
        bool start = i == 0 || qx__ascii_space((unsigned char)attrs[i - 1]);
        bool stop = i + n == len || qx__ascii_space((unsigned char)attrs[i + n]) ||
                    attrs[i + n] == '=' || attrs[i + n] == '/';
        if (start && stop)
            return true;
    }
    return false;
}

/* Anti-scraping watermarks and SEO spam hide themselves with these. */
bool qx__attrs_hidden(const char *attrs, size_t len) {
    if (!attrs || len == 0)
        return false;
    return style_has(attrs, len, "display", "none") ||
           style_has(attrs, len, "visibility", "hidden") || has_attr_word(attrs, len, "hidden") ||
           find_ci(attrs, len, "aria-hidden=\"true\"") != NULL;
}

/* ----- character references ----- */

/* HTML maps numeric references in 0x80-0x9F through Windows-1252
 * (HTML Living Standard, "numeric character reference end state"). */
static uint32_t numeric_reference(uint32_t v) {
    static const unsigned short c1[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (v >= 0x80 && v <= 0x9F)
        return c1[v - 0x80];
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return QX_REPLACEMENT;
    return v;
}

static size_t numeric_entity(const char *s, size_t len, uint32_t *cp) {
    size_t i = 2; /* "&#" */
    bool hex = i < len && (s[i] == 'x' || s[i] == 'X');
    if (hex)
        i++;
    size_t digits_at = i;
    uint32_t v = 0;
    for (; i < len && i - digits_at < 8; i++) {
        unsigned char c = (unsigned char)s[i];
        unsigned d;
        if (qx__ascii_digit(c))
            d = c - '0';
        else if (hex && qx__ascii_lower(c) >= 'a' && qx__ascii_lower(c) <= 'f')
            d = qx__ascii_lower(c) - 'a' + 10;
        else
            break;
        v = v * (hex ? 16 : 10) + d;
    }
    if (i == digits_at || i >= len || s[i] != ';')
        return 0;
    *cp = numeric_reference(v);
    return i + 1;
}

size_t qx__entity(const char *s, size_t len, uint32_t *cp) {
    if (len < 3 || s[0] != '&')
        return 0;
    if (s[1] == '#')
        return numeric_entity(s, len, cp);
    char name[33];
    size_t i = 1;
    while (i < len && i - 1 < sizeof name - 1 &&
           (qx__ascii_alpha((unsigned char)s[i]) || qx__ascii_digit((unsigned char)s[i])))
        i++;
    if (i == 1 || i >= len || s[i] != ';')
        return 0;
    memcpy(name, s + 1, i - 1);
    name[i - 1] = '\0';
    const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
    if (!e)
        return 0;
    *cp = e->value;
    return i + 1;
}
