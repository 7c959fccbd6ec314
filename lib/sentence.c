/* Sentence ends in Chinese and English text. */
#include "internal.h"

#include <string.h>

static bool is_closer(uint32_t cp) {
    switch (cp) {
    case 0x201D: /* ” */
    case 0x2019: /* ’ */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
    case 0xFF09: /* ） */
    case 0x3011: /* 】 */
    case 0x300B: /* 》 */
    case '"':
    case '\'':
    case ')':
        return true;
    default:
        return false;
    }
}

static bool is_chinese_end(uint32_t cp) {
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B || cp == 0x2026;
}

/* Words after which a full stop does not end an English sentence. */
static bool is_abbreviation(const char *text, size_t dot) {
    static const char *const words[] = {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Jr",
                                        "Sr", "vs", "etc", "e.g", "i.e", "Inc", "Co", "Ltd",
                                        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                        "Sept", "Oct", "Nov", "Dec", "U.S", "U.K", "Gov", "Gen"};
    size_t start = dot;
    while (start > 0 && (qx__ascii_alpha((unsigned char)text[start - 1]) || text[start - 1] == '.'))
        start--;
    size_t n = dot - start;
    if (n == 1 && text[start] >= 'A' && text[start] <= 'Z')
        return true; /* an initial: J. Smith */
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && memcmp(words[i], text + start, n) == 0)
            return true;
    return false;
}

/* Is the ASCII mark at POS the end of an English sentence? */
static bool ends_english(const char *text, size_t len, size_t pos) {
    size_t next = pos + 1;
    if (next < len && text[next] != ' ' && text[next] != '\n' && !is_closer((unsigned char)text[next]))
        return false; /* 3.5, www.x.cn, "e.g." inside words */
    if (text[pos] == '.' && is_abbreviation(text, pos))
        return false;
    return true;
}

static size_t skip_closers(const char *text, size_t len, size_t pos) {
    while (pos < len) {
        uint32_t cp;
        bool valid;
        size_t n = qx__utf8_next((const unsigned char *)text + pos, len - pos, &cp, &valid);
        if (!is_closer(cp) && !is_chinese_end(cp) && cp != '!' && cp != '?')
            break;
        pos += n;
    }
    return pos;
}

size_t qx_sentence_end(const char *text, size_t len, size_t start) {
    size_t pos = start;
    while (pos < len) {
        uint32_t cp;
        bool valid;
        size_t n = qx__utf8_next((const unsigned char *)text + pos, len - pos, &cp, &valid);
        if (cp == '\n')
            return pos + 1;
        if (is_chinese_end(cp))
            return skip_closers(text, len, pos + n);
        if ((cp == '.' || cp == '!' || cp == '?' || cp == ';') && ends_english(text, len, pos))
            return skip_closers(text, len, pos + 1);
        pos += n;
    }
    return len;
}
