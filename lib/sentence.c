/*
 * Sentence ends in Chinese and English text (qx_sentence_end).
 *
 * A sentence ends
 *   - after a Chinese end mark: 。！？；｡, an ellipsis (…, ……, ⋯⋯) and a
 *     full-width full stop ． that is neither in a number nor after a list
 *     number;
 *   - after an English . ! ? followed by a space, a line break, the end of
 *     the text or a CJK character; a half-width . ! ? ; after a Han
 *     character ends a sentence as its full-width form does (text cleaned
 *     with --punct=half, or not cleaned at all);
 *   - at a line break.
 * The end takes with it the closing quotes and brackets and the further end
 * marks that follow (”。, ！？, ?!, .") and the spaces and blank lines up to
 * the last line break after it, so the next sentence starts with its text
 * (or with the spaces that indent it), and no sentence is only white space
 * unless the whole text is.
 *
 * An English full stop is no end inside a number (3.5), a URL or an e-mail
 * address (www.x.cn, a.b@x.cn: no space after the dot), after a list
 * number at the start of the sentence (1. a. IV.), or after an
 * abbreviation, which comes in three kinds:
 *   - never an end: titles before a name (Mr. Dr. Prof. Gen.), e.g. i.e.
 *     vs. cf.;
 *   - no end before a number or a lower-case word: No. Fig. p. pp. Vol.
 *     and the months (Jan. 5);
 *   - an end only before a word that starts sentences (The, He, In, But
 *     ...), a CJK character or an opening quote: etc. Inc. Ltd. Co. Jr. St.,
 *     acronyms written with dots (U.S. a.m.) and single capital initials
 *     (J. Smith), which may as well end a sentence as not.
 * An English ellipsis (... or … after a Latin letter) ends a sentence only
 * before a capital letter or a CJK character: "I was... thinking" is one
 * sentence. Marks between brackets, (?) (!) （？）, end nothing.
 *
 * The scan moves forward only, a byte at a time between candidate bytes;
 * the checks at a candidate look at a word or two around it, the quotes of
 * a sentence are counted once, and a run of closers after a mark is read
 * once, so a text costs linear time however it is split
 * (tests/unit/test_sentence.c splits hostile texts of 2 MB).
 */
#include "internal.h"

#include <string.h>

/* The text being split, the start of the current sentence and of its
 * text (after the white space that leads it), and the quotes counted so far
 * (the first QUOTES_AT bytes of the sentence hold DQUOTES " and SQUOTES '
 * that are not apostrophes), so that counting them costs linear time. */
typedef struct span {
    const unsigned char *s;
    size_t len, start, text_start;
    size_t quotes_at, dquotes, squotes;
} span;

/* Bytes at which a sentence may end: ASCII marks and line breaks, and the
 * lead bytes of U+2000-U+2FFF (… ⋯, line and paragraph separators),
 * U+3000-U+3FFF (。) and U+F000-U+FFFF (full-width marks). */
static const bool candidate[256] = {
    ['\n'] = true, ['\r'] = true, ['.'] = true,  ['!'] = true, ['?'] = true,
    [';'] = true,  [0xE2] = true, [0xE3] = true, [0xEF] = true};

static uint32_t cp_at(const span *t, size_t pos, size_t *n) {
    bool valid;
    if (pos >= t->len) {
        *n = 0;
        return 0;
    }
    uint32_t cp;
    *n = qx__utf8_next(t->s + pos, t->len - pos, &cp, &valid);
    return cp;
}

/* The character before POS in the sentence, or 0 at its start. */
static uint32_t cp_before(const span *t, size_t pos) {
    size_t start;
    return pos > t->start ? qx__utf8_prev(t->s, pos, &start) : 0;
}

/* ----- classes of characters ---------------------------------------------- */

/* Closing quotes and brackets, kept with the sentence they close. The
 * ASCII quotes, which open as well as close, are decided by quote_closes. */
static bool is_closer(uint32_t cp) {
    switch (cp) {
    case ')':
    case ']':
    case '}':
    case 0x2019: /* ’ */
    case 0x201D: /* ” */
    case 0x00BB: /* » */
    case 0x203A: /* › */
    case 0x3009: /* 〉 */
    case 0x300B: /* 》 */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
    case 0x3011: /* 】 */
    case 0x3015: /* 〕 */
    case 0x3017: /* 〗 */
    case 0x3019: /* 〙 */
    case 0x301B: /* 〛 */
    case 0x301E: /* 〞 */
    case 0xFF09: /* ） */
    case 0xFF3D: /* ］ */
    case 0xFF5D: /* ｝ */
    case 0xFF63: /* ｣ */
        return true;
    default:
        return false;
    }
}

static bool is_opening_quote(uint32_t cp) {
    return cp == 0x201C || cp == 0x2018 || cp == 0x300C || cp == 0x300E || cp == 0x300A ||
           cp == 0x3010 || cp == 0xFF08 || cp == '"';
}

static bool is_ellipsis(uint32_t cp) {
    return cp == 0x2026 || cp == 0x22EF; /* … ⋯ */
}

/* Marks that end a sentence wherever they stand, and that may follow one
 * another: 。 ！ ？ ； ｡ and the ellipses (in Chinese text). */
static bool is_chinese_end(uint32_t cp) {
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B || cp == 0xFF61 ||
           is_ellipsis(cp);
}

/* Characters of Chinese text: Han, kana, CJK and full-width punctuation,
 * and the curly quotes Chinese text uses. */
static bool is_chinese(uint32_t cp) {
    return qx__is_cjk_wide(cp) || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 ||
           is_ellipsis(cp);
}

static bool is_digit_cp(uint32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

static bool is_alnum_cp(uint32_t cp) {
    return cp < 0x80 ? qx__ascii_alpha((unsigned char)cp) || qx__ascii_digit((unsigned char)cp)
                     : is_digit_cp(cp) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
                           (cp >= 0xFF41 && cp <= 0xFF5A);
}

/* Bytes of the white-space character at POS (0 if there is none); *BREAK
 * tells whether it is a line break (LF, CR, CR LF, U+2028, U+2029). */
static size_t space_at(const span *t, size_t pos, bool *line_break) {
    unsigned char c = pos < t->len ? t->s[pos] : 0;
    *line_break = c == '\n' || c == '\r';
    if (c == '\r' && pos + 1 < t->len && t->s[pos + 1] == '\n')
        return 2;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c < 0x80)
        return 0;
    size_t n;
    uint32_t cp = cp_at(t, pos, &n);
    *line_break = cp == 0x2028 || cp == 0x2029;
    bool space = cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
                 cp == 0x205F || *line_break;
    return space ? n : 0;
}

static size_t skip_spaces(const span *t, size_t pos) {
    bool line_break;
    size_t n;
    while ((n = space_at(t, pos, &line_break)) > 0 && !line_break)
        pos += n;
    return pos;
}

/* After an end: white space up to and including its last line break
 * belongs to the sentence that ended; spaces after that, to the next. */
static size_t absorb_breaks(const span *t, size_t pos) {
    size_t end = pos, n;
    bool line_break;
    while ((n = space_at(t, pos, &line_break)) > 0) {
        pos += n;
        if (line_break)
            end = pos;
    }
    return end;
}

/* ----- what follows a mark ------------------------------------------------- */

/* The quotes like the one at POS (" or ') in the sentence before POS, an
 * apostrophe between letters (don't) not counted. */
static size_t quotes_before(span *t, size_t pos) {
    if (pos < t->quotes_at) { /* not reached by the forward scan; kept safe */
        t->quotes_at = t->start;
        t->dquotes = t->squotes = 0;
    }
    for (size_t i = t->quotes_at; i < pos; i++) {
        unsigned char c = t->s[i];
        if (c == '"')
            t->dquotes++;
        else if (c == '\'' &&
                 !(i > t->start && qx__ascii_alpha(t->s[i - 1]) && qx__ascii_alpha(t->s[i + 1])))
            t->squotes++;
    }
    t->quotes_at = pos;
    return t->s[pos] == '"' ? t->dquotes : t->squotes;
}

/* Does the ASCII quote at POS, right after an end mark, close the sentence
 * (rather than open the next)? It does before a space, a break, the end or
 * another closer; else when the sentence has opened one: an odd number of
 * such quotes before it. */
static bool quote_closes(span *t, size_t pos) {
    size_t n;
    bool line_break;
    uint32_t next = cp_at(t, pos + 1, &n);
    if (n == 0 || space_at(t, pos + 1, &line_break) || is_closer(next) || is_chinese_end(next) ||
        next == '.' || next == ',' || next == '!' || next == '?')
        return true;
    return quotes_before(t, pos) % 2 == 1;
}

/* What follows an end mark: the closing quotes and brackets and the
 * further end marks (”。, ！？, ?!). */
typedef struct tail {
    size_t end;  /* past them */
    bool closed; /* a closing quote or bracket among them */
    bool strong; /* a Chinese end mark among them: the sentence ends */
} tail;

static tail skip_closers(span *t, size_t pos) {
    tail after = {pos, false, false};
    size_t n;
    for (;;) {
        uint32_t cp = cp_at(t, after.end, &n);
        if (n == 0)
            return after;
        if (is_chinese_end(cp))
            after.strong = true;
        else if (is_closer(cp) || ((cp == '"' || cp == '\'') && quote_closes(t, after.end)))
            after.closed = true;
        else if (cp != '!' && cp != '?')
            return after;
        after.end += n;
    }
}

/* The end of a sentence whose last mark ends at POS: after its closers and
 * the line breaks that follow. */
static size_t finish(span *t, size_t pos) {
    return absorb_breaks(t, skip_closers(t, pos).end);
}

/* Is the mark at POS (N bytes) between brackets: (?) (!) （？）? */
static bool in_brackets(const span *t, size_t pos, size_t n) {
    uint32_t before = cp_before(t, pos);
    size_t m;
    uint32_t after = cp_at(t, pos + n, &m);
    return (before == '(' || before == 0xFF08) && (after == ')' || after == 0xFF09);
}

/* Is the dot at POS the dot of a list number that is all the sentence has
 * so far: 1. 12. a. IV. (also 1． with a full-width dot)? */
static bool after_list_number(const span *t, size_t pos) {
    size_t a = t->text_start, n;
    size_t chars = 0, digits = 0, roman = 0, letters = 0;
    while (a < pos && chars < 5) {
        uint32_t cp = cp_at(t, a, &n);
        a += n;
        chars++;
        digits += is_digit_cp(cp);
        letters += cp < 0x80 && qx__ascii_alpha((unsigned char)cp);
        roman += cp == 'I' || cp == 'V' || cp == 'X' || cp == 'i' || cp == 'v' || cp == 'x';
    }
    if (a != pos || chars == 0)
        return false;
    return (digits == chars && chars <= 3) || (letters == 1 && chars == 1) ||
           (roman == chars && chars <= 4);
}

/* ----- English abbreviations ------------------------------------------------ */

typedef enum abbrev {
    ABBR_NONE = 0, /* an ordinary word: the full stop ends the sentence */
    ABBR_MAY_END,  /* ends it only before a word that starts sentences */
    ABBR_NUMBER,   /* no end before a number or a lower-case word */
    ABBR_NEVER     /* never an end */
} abbrev;

typedef struct abbrev_word {
    const char *word;
    abbrev kind;
} abbrev_word;

/* Case matters: "No. 5" but "said no. Then". */
static const abbrev_word abbrev_words[] = {
    {"Adm", ABBR_NEVER},   {"Ave", ABBR_MAY_END},  {"Apr", ABBR_NUMBER},   {"Art", ABBR_NUMBER},
    {"Aug", ABBR_NUMBER},  {"Blvd", ABBR_MAY_END}, {"Bros", ABBR_MAY_END}, {"Capt", ABBR_NEVER},
    {"Ch", ABBR_NUMBER},   {"Chap", ABBR_NUMBER},  {"Cmdr", ABBR_NEVER},   {"Co", ABBR_MAY_END},
    {"Col", ABBR_NEVER},   {"Corp", ABBR_MAY_END}, {"Dec", ABBR_NUMBER},   {"Dept", ABBR_MAY_END},
    {"Dr", ABBR_NEVER},    {"Eq", ABBR_NUMBER},    {"Esq", ABBR_MAY_END},  {"Feb", ABBR_NUMBER},
    {"Fig", ABBR_NUMBER},  {"Figs", ABBR_NUMBER},  {"Fr", ABBR_NEVER},     {"Gen", ABBR_NEVER},
    {"Gov", ABBR_NEVER},   {"Hon", ABBR_NEVER},    {"Inc", ABBR_MAY_END},  {"Jan", ABBR_NUMBER},
    {"Jr", ABBR_MAY_END},  {"Jul", ABBR_NUMBER},   {"Jun", ABBR_NUMBER},   {"Lt", ABBR_NEVER},
    {"Ltd", ABBR_MAY_END}, {"Maj", ABBR_NEVER},    {"Mar", ABBR_NUMBER},   {"Messrs", ABBR_NEVER},
    {"Mme", ABBR_NEVER},   {"Mr", ABBR_NEVER},     {"Mrs", ABBR_NEVER},    {"Ms", ABBR_NEVER},
    {"Mt", ABBR_NEVER},    {"No", ABBR_NUMBER},    {"Nos", ABBR_NUMBER},   {"Nov", ABBR_NUMBER},
    {"Oct", ABBR_NUMBER},  {"Op", ABBR_NUMBER},    {"Ph.D", ABBR_MAY_END}, {"Plc", ABBR_MAY_END},
    {"Pres", ABBR_NEVER},  {"Prof", ABBR_NEVER},   {"Pt", ABBR_NUMBER},    {"Rd", ABBR_MAY_END},
    {"Ref", ABBR_NUMBER},  {"Rep", ABBR_NEVER},    {"Rev", ABBR_NEVER},    {"Rm", ABBR_NUMBER},
    {"Sec", ABBR_NUMBER},  {"Sen", ABBR_NEVER},    {"Sep", ABBR_NUMBER},   {"Sept", ABBR_NUMBER},
    {"Sgt", ABBR_NEVER},   {"Sr", ABBR_MAY_END},   {"St", ABBR_MAY_END},   {"Supt", ABBR_NEVER},
    {"Tel", ABBR_NUMBER},  {"Univ", ABBR_MAY_END}, {"Vol", ABBR_NUMBER},   {"Vols", ABBR_NUMBER},
    {"al", ABBR_MAY_END},  {"approx", ABBR_NEVER}, {"c", ABBR_NUMBER},     {"ca", ABBR_NUMBER},
    {"cf", ABBR_NEVER},    {"e.g", ABBR_NEVER},    {"etc", ABBR_MAY_END},  {"ext", ABBR_NUMBER},
    {"i.e", ABBR_NEVER},   {"no", ABBR_NUMBER},    {"p", ABBR_NUMBER},     {"pp", ABBR_NUMBER},
    {"tel", ABBR_NUMBER},  {"viz", ABBR_NEVER},    {"vol", ABBR_NUMBER},   {"vs", ABBR_NEVER},
};

/* Capitalised words that start sentences far more often than they follow
 * an abbreviation inside one (after "U.S." a sentence starts with "The",
 * it goes on with "Army"). */
static const char *const starters[] = {
    "A",       "After",  "Also",  "Although", "An",    "And",     "Another", "As",   "At",
    "Because", "Before", "Both",  "But",      "By",    "Despite", "During",  "Each", "Even",
    "Every",   "For",    "From",  "He",       "Her",   "Here",    "His",     "How",  "However",
    "I",       "If",     "In",    "Instead",  "It",    "Its",     "Last",    "Many", "Meanwhile",
    "More",    "Most",   "My",    "No",       "Now",   "On",      "Once",    "One",  "Only",
    "Our",     "She",    "Since", "So",       "Some",  "Still",   "That",    "The",  "Their",
    "Then",    "There",  "These", "They",     "This",  "Those",   "Thus",    "To",   "Today",
    "We",      "What",   "When",  "Where",    "Which", "While",   "Who",     "Why",  "With",
    "Yet",     "You",
};

static bool is_word(const span *t, size_t a, size_t n, const char *word) {
    return strlen(word) == n && memcmp(t->s + a, word, n) == 0;
}

/* The abbreviation, if any, that ends just before the full stop at DOT:
 * the letters and inner dots back to a space or other non-letter. */
static abbrev abbreviation_before(const span *t, size_t dot) {
    size_t a = dot;
    while (a > t->start && (qx__ascii_alpha(t->s[a - 1]) || t->s[a - 1] == '.'))
        a--;
    if (a == dot || t->s[a] == '.' ||
        (a > t->start && (qx__ascii_digit(t->s[a - 1]) || t->s[a - 1] == '@')))
        return ABBR_NONE;
    size_t n = dot - a;
    for (size_t i = 0; i < sizeof abbrev_words / sizeof *abbrev_words; i++)
        if (is_word(t, a, n, abbrev_words[i].word))
            return abbrev_words[i].kind;
    if (n == 1 && t->s[a] >= 'A' && t->s[a] <= 'Z')
        return ABBR_MAY_END; /* an initial: J. Smith */
    /* single letters with dots between: U.S, U.K, a.m, p.m */
    for (size_t i = a; i < dot; i++)
        if (qx__ascii_alpha(t->s[i]) != ((i - a) % 2 == 0))
            return ABBR_NONE;
    return n >= 3 ? ABBR_MAY_END : ABBR_NONE;
}

/* What comes after the spaces at POS, as an abbreviation's full stop sees it. */
typedef enum next_kind {
    NEXT_END,     /* the end of the text or a line break */
    NEXT_STARTER, /* a word that starts sentences, CJK, an opening quote */
    NEXT_CAPITAL, /* another capitalised word */
    NEXT_NUMBER,  /* a digit or a lower-case word */
    NEXT_OTHER
} next_kind;

static next_kind next_after(const span *t, size_t pos) {
    pos = skip_spaces(t, pos);
    bool line_break;
    size_t n;
    uint32_t cp = cp_at(t, pos, &n);
    if (n == 0 || space_at(t, pos, &line_break))
        return NEXT_END;
    if (cp >= 'a' && cp <= 'z')
        return NEXT_NUMBER;
    if (cp < 0x80 && qx__ascii_digit((unsigned char)cp))
        return NEXT_NUMBER;
    if (is_chinese(cp) || is_opening_quote(cp))
        return NEXT_STARTER;
    if (!(cp >= 'A' && cp <= 'Z'))
        return NEXT_OTHER;
    size_t a = pos;
    while (pos < t->len && qx__ascii_alpha(t->s[pos]))
        pos++;
    for (size_t i = 0; i < sizeof starters / sizeof *starters; i++)
        if (is_word(t, a, pos - a, starters[i]))
            return NEXT_STARTER;
    return NEXT_CAPITAL;
}

/* ----- the marks ------------------------------------------------------------ */

/* Each of these looks at an end mark and what follows it, and returns the
 * end of the sentence, or 0 when the mark ends none; then *NEXT is moved
 * past the closers it looked at (what they hold was judged with the mark:
 * any Chinese end mark among them ends the sentence), so that a long run
 * of closers and marks is read once. */

static size_t past(size_t *next, size_t end) {
    if (end > *next)
        *next = end;
    return 0;
}

/* An ellipsis (… ⋯ or two or more dots) from POS to END: in Chinese text an
 * end, in English text only before a capital letter or CJK. */
static size_t ellipsis_end(span *t, size_t pos, size_t end, size_t *next) {
    uint32_t before = cp_before(t, pos);
    if (before >= 0x80 && is_chinese(before))
        return finish(t, end);
    tail after = skip_closers(t, end);
    if (after.strong)
        return absorb_breaks(t, after.end);
    size_t n;
    uint32_t cp = cp_at(t, after.end, &n);
    bool line_break;
    if (n && !space_at(t, after.end, &line_break))
        return cp >= 0x80 && is_chinese(cp) ? absorb_breaks(t, after.end) : past(next, after.end);
    next_kind following = next_after(t, after.end);
    bool ends = following == NEXT_END || following == NEXT_STARTER || following == NEXT_CAPITAL;
    return ends ? absorb_breaks(t, after.end) : past(next, after.end);
}

/* Does the full stop at DOT, followed by AFTER, end the sentence? */
static bool full_stop_ends(const span *t, size_t dot, tail after) {
    size_t n;
    bool line_break;
    uint32_t next = cp_at(t, after.end, &n);
    uint32_t before = cp_before(t, dot);
    bool spaced = n == 0 || space_at(t, after.end, &line_break);
    if (!spaced && (next < 0x80 || is_digit_cp(before)))
        return false; /* 3.5, www.x.cn, a.b@x.cn, e.g. inside, 1.中国 */
    if (after_list_number(t, dot))
        return false;
    if (!spaced && before >= 0x80)
        return true; /* Chinese text with a half-width stop */
    abbrev kind = abbreviation_before(t, dot);
    if (!spaced) /* 在U.S.举行, Mr.王 */
        return kind == ABBR_NONE;
    if (after.closed && kind > ABBR_MAY_END)
        kind = ABBR_MAY_END; /* "see Fig.)", “Dr.” */
    next_kind following = next_after(t, after.end);
    return kind == ABBR_NONE ||
           (kind == ABBR_MAY_END && (following == NEXT_END || following == NEXT_STARTER)) ||
           (kind == ABBR_NUMBER && following != NEXT_NUMBER);
}

/* A single full stop at DOT. */
static size_t full_stop_end(span *t, size_t dot, size_t *next) {
    tail after = skip_closers(t, dot + 1);
    if (after.strong || full_stop_ends(t, dot, after))
        return absorb_breaks(t, after.end);
    return past(next, after.end);
}

/* An ASCII ! ? (or a run of them) at POS: an end before a space, a line
 * break, the end of the text or CJK; "Yahoo!News" and "?id=3" are none,
 * nor is a quotation before the lower-case word that goes on with its
 * sentence ("Stop!" he said). */
static size_t exclamation_end(span *t, size_t pos, size_t *next) {
    if (in_brackets(t, pos, 1))
        return 0;
    tail after = skip_closers(t, pos + 1);
    if (after.strong)
        return absorb_breaks(t, after.end);
    bool line_break = false;
    size_t n;
    uint32_t cp = cp_at(t, after.end, &n);
    bool spaced = n == 0 || space_at(t, after.end, &line_break);
    if ((!spaced && cp < 0x80) ||
        (after.closed && n && !line_break && next_after(t, after.end) == NEXT_NUMBER))
        return past(next, after.end);
    return absorb_breaks(t, after.end);
}

/* A half-width semicolon at POS ends a sentence in Chinese text only. */
static size_t semicolon_end(span *t, size_t pos) {
    size_t n;
    uint32_t next = cp_at(t, pos + 1, &n);
    uint32_t before = cp_before(t, pos);
    if (before < 0x80 || !is_chinese(before) || (next < 0x80 && is_alnum_cp(next)))
        return 0;
    return finish(t, pos + 1);
}

/* A full-width full stop ． at POS (N bytes): no end in 3．5 or ｗｗｗ．ｘ or
 * after a list number (1．). */
static size_t wide_stop_end(span *t, size_t pos, size_t n) {
    size_t m;
    uint32_t next = cp_at(t, pos + n, &m);
    if (is_alnum_cp(next) || after_list_number(t, pos))
        return 0;
    return finish(t, pos + n);
}

/* The end of the sentence if the candidate at POS ends it, else 0; *NEXT
 * is where to look on. */
static size_t end_at(span *t, size_t pos, size_t *next) {
    size_t n;
    uint32_t cp = cp_at(t, pos, &n);
    *next = pos + n;
    if (cp == '.' || is_ellipsis(cp)) {
        size_t end = pos + n, m;
        uint32_t more;
        while ((more = cp_at(t, end, &m)) == '.' || is_ellipsis(more))
            end += m;
        *next = end;
        if (cp == '.' && end == pos + 1)
            return full_stop_end(t, pos, next);
        return ellipsis_end(t, pos, end, next);
    }
    bool line_break;
    if (space_at(t, pos, &line_break) && line_break)
        return absorb_breaks(t, pos);
    if (cp == '!' || cp == '?')
        return exclamation_end(t, pos, next);
    if (cp == ';')
        return semicolon_end(t, pos);
    if (cp == 0xFF0E)
        return wide_stop_end(t, pos, n);
    if (is_chinese_end(cp) && !in_brackets(t, pos, n))
        return finish(t, pos + n);
    return 0;
}

size_t qx_sentence_end(const char *text, size_t len, size_t start) {
    if (!text || start >= len)
        return len;
    span t = {(const unsigned char *)text, len, start, start, start, 0, 0};
    /* white space before the text is the sentence's, line breaks too */
    size_t n;
    bool line_break;
    while ((n = space_at(&t, t.text_start, &line_break)) > 0)
        t.text_start += n;
    size_t pos = t.text_start;
    while (pos < len) {
        if (!candidate[t.s[pos]]) {
            pos++;
            continue;
        }
        size_t end = end_at(&t, pos, &pos);
        if (end)
            return end;
    }
    return len;
}
