/* Numeric claims: a number with what it measures, following the claims
 * guide (../shared/eval/CLAIMS-GUIDE.md in the project's evaluation set).
 *
 * The text is read one sentence at a time. At each position where a number
 * can start, the number is read (claims_number.c) and then widened: a hedge
 * before it (超过, 近, more than), a range (2至3, 两三), a unit or classifier
 * after it (claims_units.c), a hedge after that (多, 左右, 以上). What the
 * widened span is decides the kind; some spans are dropped on purpose:
 * identifiers, URLs, phone numbers, idioms, 一 used as an article. */
#include "claims_number.h"

#include <stdlib.h>
#include <string.h>

struct qx_claims {
    qx_claim *items;
    size_t count, cap;
};

/* The sentence being read. */
typedef struct scan {
    const char *s;
    size_t len;
    size_t lo, hi; /* the sentence's bytes */
    size_t sentence;
    unsigned flags;
    qx_claims *out;
    size_t char_byte, char_count; /* byte-to-character cursor, moves forward */
    qx_status status;
    /* junk_token's last run of URL characters, measured once: every word
     * start inside it shares its end, so &amp&amp… stays linear */
    struct {
        size_t from, end, hi;                /* [from, end) in a sentence ending at hi */
        size_t scheme, dot, at, extension;   /* the last start of each in it, + 1; 0: none */
    } run;
} scan;

/* A claim being assembled. */
typedef struct cand {
    size_t start, end, num_start, num_end; /* bytes */
    qx__dec value, value_max;
    bool range;
    const char *unit;
    qx_claim_kind kind;
    qx_approx approx;
} cand;

/* ----- small text helpers ----------------------------------------------- */

static uint32_t cp_at(const scan *sc, size_t pos, size_t *n) {
    return qx__cp_at(sc->s, sc->hi, pos, n);
}

static uint32_t cp_before(const scan *sc, size_t pos) {
    if (pos <= sc->lo)
        return 0;
    size_t start;
    return qx__utf8_prev((const unsigned char *)sc->s, pos, &start);
}

/* The first (or last) byte is compared before the rest: these run for
 * every word list at most positions. */
static inline bool has_at(const scan *sc, size_t pos, const char *w) {
    if (pos >= sc->hi || sc->s[pos] != w[0])
        return false;
    size_t n = strlen(w);
    return pos + n <= sc->hi && memcmp(sc->s + pos, w, n) == 0;
}

static inline bool has_before(const scan *sc, size_t pos, const char *w) {
    size_t n = strlen(w);
    return pos >= sc->lo + n && sc->s[pos - 1] == w[n - 1] && memcmp(sc->s + pos - n, w, n) == 0;
}

/* Case-insensitive English word at POS, ending at a word boundary. */
static bool word_at(const scan *sc, size_t pos, const char *w) {
    size_t n = strlen(w);
    return pos + n <= sc->hi && qx__ascii_ieq(sc->s + pos, w, n) &&
           (pos + n == sc->hi || !qx__ascii_alpha((unsigned char)sc->s[pos + n]));
}

static bool is_han(uint32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

static bool is_ascii_alnum(uint32_t cp) {
    return cp < 128 && (qx__ascii_alpha((unsigned char)cp) || qx__ascii_digit((unsigned char)cp));
}

static size_t skip_space(const scan *sc, size_t pos) {
    while (pos < sc->hi && sc->s[pos] == ' ')
        pos++;
    return pos;
}

#define COUNT_OF(a) (sizeof(a) / sizeof *(a))

/* ----- things that look like numbers but are not claims ------------------- */

/* Idioms, fixed names and set phrases with numerals, and campaign names. */
static const char *const idioms[] = {
    "一下", "一个个", "一举", "一乡一品", "一二三", "一五一十", "一些", "一体", "一個個", "一再", "一切", "一县一品", "一口气",
    "一口氣", "一同", "一向", "一定", "一对一", "一對一", "一带一路", "一帶一路", "一度", "一律", "一心", "一手", "一批", "一批批",
    "一把", "一把手", "一揽子", "一搭", "一攬子", "一方", "一方面", "一旦", "一时", "一時", "一村一品", "一样", "一概", "一樣",
    "一步一步", "一汽", "一流", "一点", "一番", "一直", "一窝蜂", "一站式", "一端", "一类", "一級頻道", "一線", "一縣一品",
    "一级频道", "一线", "一致", "一舉", "一般", "一起", "一路", "一边", "一连", "一連", "一道", "一邊", "一鄉一品", "一類",
    "一體", "一點", "七上八下", "七台河", "万一", "万众", "万宁", "万州", "万达", "三亚", "三亞", "三农", "三区三州", "三區三州",
    "三只松鼠", "三大运营商", "三明", "三星", "三番五次", "三角", "三農", "三隻松鼠", "两两", "两会", "两岸", "九九", "九寨沟",
    "九寨溝", "九江", "二維碼", "二维码", "五一", "五指山", "五湖四海", "五粮液", "五糧液", "兩兩", "兩岸", "兩會", "六盘水",
    "六盤水", "十一五", "十三五", "十二五", "十全十美", "十八样", "十八樣", "十分", "十四五", "十堰", "十足", "千千万万", "千家万户",
    "千家萬戶", "千岛湖", "千島湖", "千方百計", "千方百计", "双11", "双12", "双十一", "双十二", "四五", "四川", "四时", "四時",
    "四面八方", "多项", "最后一公里", "最後一公里", "百县", "百姓", "百度", "百強", "百强", "百縣", "百色", "百花齐放", "第一书记",
    "第一書記", "萬一", "萬寧", "萬州", "萬眾", "萬達", "雙11", "雙12", "雙十一", "雙十二",
};

/* Does W start with the same character (its first 3 bytes) as POS? A cheap
 * test before a whole comparison. */
static bool same_lead(const scan *sc, size_t pos, const char *w) {
    return pos + 3 <= sc->hi && sc->s[pos] == w[0] && sc->s[pos + 1] == w[1] && sc->s[pos + 2] == w[2];
}

/* The first of COUNT sorted words whose first 3 bytes are not below those
 * at LEAD (binary search; the words start with a Han character). */
static size_t first_with_lead(const char *const *words, size_t stride, size_t count, const char *lead) {
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *w = *(const char *const *)((const char *)words + mid * stride);
        if (memcmp(w, lead, 3) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t idiom_at(const scan *sc, size_t pos) {
    if (pos + 3 > sc->hi)
        return 0;
    size_t best = 0;
    for (size_t i = first_with_lead(idioms, sizeof *idioms, COUNT_OF(idioms), sc->s + pos);
         i < COUNT_OF(idioms) && same_lead(sc, pos, idioms[i]); i++)
        if (has_at(sc, pos, idioms[i]) && strlen(idioms[i]) > best)
            best = strlen(idioms[i]);
    return best;
}

static bool is_url_char(unsigned char c) {
    return qx__ascii_alpha(c) || qx__ascii_digit(c) || (c && strchr("-._~:/?#[]@!$&*+=%", c));
}

/* The last place in W (N bytes) where a file extension (.jpg) begins, + 1;
 * 0 when there is none. */
static size_t last_file_extension(const char *w, size_t n) {
    static const char *const exts[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".html", ".htm",
                                       ".shtml", ".php", ".asp", ".aspx", ".jsp", ".pdf", ".doc",
                                       ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".txt", ".zip",
                                       ".rar", ".mp3", ".mp4", ".avi", ".mov", ".csv", ".json"};
    size_t last = 0;
    for (size_t j = 0; j < n; j++) {
        if (w[j] != '.')
            continue;
        for (size_t i = 0; i < COUNT_OF(exts); i++) {
            size_t e = strlen(exts[i]);
            if (j + e <= n && qx__ascii_ieq(w + j, exts[i], e) &&
                (j + e == n || !qx__ascii_alpha((unsigned char)w[j + e])))
                last = j + 1;
        }
    }
    return last;
}

/* The last place in W (N bytes) where NEEDLE begins, + 1; 0: none. */
static size_t last_of(const char *w, size_t n, const char *needle) {
    size_t k = strlen(needle), last = 0;
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(w + i, needle, k) == 0)
            last = i + 1;
    return last;
}

/* Measures the run of URL characters from POS into sc->run. */
static void measure_run(scan *sc, size_t pos) {
    size_t end = pos;
    while (end < sc->hi && is_url_char((unsigned char)sc->s[end]))
        end++;
    while (end > pos && strchr(".,:;!?)]", sc->s[end - 1]))
        end--; /* sentence punctuation after the token */
    const char *w = sc->s + pos;
    size_t n = end - pos;
    size_t scheme = last_of(w, n, "://"), dot = last_of(w, n, "."), at = last_of(w, n, "@"),
           ext = last_file_extension(w, n);
    sc->run.from = pos;
    sc->run.end = end;
    sc->run.hi = sc->hi;
    sc->run.scheme = scheme ? pos + scheme : 0;
    sc->run.dot = dot ? pos + dot : 0;
    sc->run.at = at ? pos + at : 0;
    sc->run.extension = ext ? pos + ext : 0;
}

/* Units written right after digits, without a space: 10km, 5kg, 30%. */
static bool digit_suffix_unit(const char *w, size_t n) {
    static const char *const units[] = {"km", "kg", "g", "m", "t", "mm", "cm", "mu", "h", "min",
                                        "s", "st", "nd", "rd", "th", "pm", "am", "x", "k", "e"};
    for (size_t i = 0; i < COUNT_OF(units); i++)
        if (strlen(units[i]) == n && qx__ascii_ieq(w, units[i], n))
            return true;
    return false;
}

/* A URL, e-mail address, file name or identifier (19BJY138, IMG_2034) at a
 * word start POS: its end, else 0. */
static size_t junk_token(scan *sc, size_t pos) {
    if (!(sc->run.hi == sc->hi && pos >= sc->run.from && pos < sc->run.end))
        measure_run(sc, pos);
    size_t end = sc->run.end;
    const char *w = sc->s + pos;
    size_t n = end > pos ? end - pos : 0;
    if (n == 0)
        return 0;
    /* in [pos, end): a place found at or after POS (stored + 1) */
    bool scheme = sc->run.scheme > pos, dot = sc->run.dot > pos, at = sc->run.at > pos,
         extension = sc->run.extension > pos;
    if (scheme || (n >= 4 && qx__ascii_ieq(w, "www.", 4)) || (dot && (at || extension)))
        return end;
    /* letters and digits mixed in one word */
    size_t word = pos;
    bool digits = false, letters = false, under = false;
    while (word < end && (is_ascii_alnum((unsigned char)sc->s[word]) || sc->s[word] == '_')) {
        digits |= qx__ascii_digit((unsigned char)sc->s[word]);
        letters |= qx__ascii_alpha((unsigned char)sc->s[word]);
        under |= sc->s[word] == '_';
        word++;
    }
    if (!digits || !(letters || under))
        return 0;
    size_t d = pos;
    while (d < word && (qx__ascii_digit((unsigned char)sc->s[d])))
        d++;
    if (d > pos && digit_suffix_unit(sc->s + d, word - d))
        return 0; /* 10km, 5th */
    if (d > pos && (sc->s[d] == 'e' || sc->s[d] == 'E') && d + 1 < word) {
        size_t e = d + 1;
        while (e < word && qx__ascii_digit((unsigned char)sc->s[e]))
            e++;
        if (e == word)
            return 0; /* 2e5 */
    }
    if (d < word && d > pos && sc->s[d] == '.')
        return 0;
    return word;
}

/* Digits that are a phone number: 0851-86822345, 400-123-4567, 13812345678. */
static size_t phone_number(const scan *sc, const qx__num *num) {
    size_t p = num->end;
    if (num->point || num->grouped)
        return 0;
    if (num->int_digits == 11 && sc->s[num->start] == '1')
        return p;
    size_t q = p, groups = 0;
    while (q < sc->hi && sc->s[q] == '-') {
        size_t k = q + 1;
        while (k < sc->hi && qx__ascii_digit((unsigned char)sc->s[k]))
            k++;
        if (k - q - 1 < 3)
            break;
        groups += k - q - 1;
        q = k;
    }
    return groups >= 5 && num->int_digits >= 3 && num->int_digits <= 4 ? q : 0;
}

/* ----- hedges ------------------------------------------------------------ */

typedef struct hedge {
    const char *word;
    size_t len;
    qx_approx approx;
} hedge;

/* A word with its length, so that loops over word lists need no strlen. */
typedef struct word {
    const char *s;
    size_t len;
} word;
#define W(text) {text, sizeof text - 1}

static bool has_before_n(const scan *sc, size_t pos, const char *w, size_t n) {
    return pos >= sc->lo + n && sc->s[pos - 1] == w[n - 1] && memcmp(sc->s + pos - n, w, n) == 0;
}

static bool has_at_n(const scan *sc, size_t pos, const char *w, size_t n) {
    return pos + n <= sc->hi && sc->s[pos] == w[0] && memcmp(sc->s + pos, w, n) == 0;
}

/* Before the number; a longer word that ends with a shorter one comes first. */
static const hedge prefix_hedges[] = {
    {"不超过", sizeof "不超过" - 1, QX_APPROX_AT_MOST}, {"不超過", sizeof "不超過" - 1, QX_APPROX_AT_MOST}, {"不少于", sizeof "不少于" - 1, QX_APPROX_AT_LEAST},
    {"不少於", sizeof "不少於" - 1, QX_APPROX_AT_LEAST}, {"不低于", sizeof "不低于" - 1, QX_APPROX_AT_LEAST}, {"不低於", sizeof "不低於" - 1, QX_APPROX_AT_LEAST},
    {"超过", sizeof "超过" - 1, QX_APPROX_OVER}, {"超過", sizeof "超過" - 1, QX_APPROX_OVER}, {"超出", sizeof "超出" - 1, QX_APPROX_OVER},
    {"突破", sizeof "突破" - 1, QX_APPROX_OVER}, {"大于", sizeof "大于" - 1, QX_APPROX_OVER}, {"大於", sizeof "大於" - 1, QX_APPROX_OVER},
    {"高于", sizeof "高于" - 1, QX_APPROX_OVER}, {"高於", sizeof "高於" - 1, QX_APPROX_OVER}, {"逾", sizeof "逾" - 1, QX_APPROX_OVER},
    {"超", sizeof "超" - 1, QX_APPROX_OVER}, {"将近", sizeof "将近" - 1, QX_APPROX_NEARLY}, {"將近", sizeof "將近" - 1, QX_APPROX_NEARLY},
    {"接近", sizeof "接近" - 1, QX_APPROX_NEARLY}, {"近", sizeof "近" - 1, QX_APPROX_NEARLY}, {"大约", sizeof "大约" - 1, QX_APPROX_ABOUT},
    {"大約", sizeof "大約" - 1, QX_APPROX_ABOUT}, {"大概", sizeof "大概" - 1, QX_APPROX_ABOUT}, {"约合", sizeof "约合" - 1, QX_APPROX_ABOUT},
    {"約合", sizeof "約合" - 1, QX_APPROX_ABOUT}, {"约为", sizeof "约为" - 1, QX_APPROX_ABOUT}, {"約為", sizeof "約為" - 1, QX_APPROX_ABOUT}, {"约", sizeof "约" - 1, QX_APPROX_ABOUT},
    {"約", sizeof "約" - 1, QX_APPROX_ABOUT}, {"不到", sizeof "不到" - 1, QX_APPROX_UNDER}, {"不足", sizeof "不足" - 1, QX_APPROX_UNDER},
    {"少于", sizeof "少于" - 1, QX_APPROX_UNDER}, {"少於", sizeof "少於" - 1, QX_APPROX_UNDER}, {"低于", sizeof "低于" - 1, QX_APPROX_UNDER},
    {"低於", sizeof "低於" - 1, QX_APPROX_UNDER}, {"至少", sizeof "至少" - 1, QX_APPROX_AT_LEAST}, {"最少", sizeof "最少" - 1, QX_APPROX_AT_LEAST},
    {"最多", sizeof "最多" - 1, QX_APPROX_AT_MOST}, {"至多", sizeof "至多" - 1, QX_APPROX_AT_MOST},
};

static const hedge english_hedges[] = {
    {"more than ", sizeof "more than " - 1, QX_APPROX_OVER}, {"over ", sizeof "over " - 1, QX_APPROX_OVER}, {"above ", sizeof "above " - 1, QX_APPROX_OVER},
    {"exceeding ", sizeof "exceeding " - 1, QX_APPROX_OVER}, {"nearly ", sizeof "nearly " - 1, QX_APPROX_NEARLY}, {"almost ", sizeof "almost " - 1, QX_APPROX_NEARLY},
    {"close to ", sizeof "close to " - 1, QX_APPROX_NEARLY}, {"about ", sizeof "about " - 1, QX_APPROX_ABOUT}, {"around ", sizeof "around " - 1, QX_APPROX_ABOUT},
    {"approximately ", sizeof "approximately " - 1, QX_APPROX_ABOUT}, {"roughly ", sizeof "roughly " - 1, QX_APPROX_ABOUT},
    {"some ", sizeof "some " - 1, QX_APPROX_ABOUT}, {"less than ", sizeof "less than " - 1, QX_APPROX_UNDER}, {"fewer than ", sizeof "fewer than " - 1, QX_APPROX_UNDER},
    {"under ", sizeof "under " - 1, QX_APPROX_UNDER}, {"at least ", sizeof "at least " - 1, QX_APPROX_AT_LEAST},
    {"at most ", sizeof "at most " - 1, QX_APPROX_AT_MOST}, {"up to ", sizeof "up to " - 1, QX_APPROX_AT_MOST},
};

/* After the number and unit (or between number and unit for 多/余/来). */
static const hedge suffix_hedges[] = {
    {"左右", sizeof "左右" - 1, QX_APPROX_ABOUT}, {"上下", sizeof "上下" - 1, QX_APPROX_ABOUT}, {"以上", sizeof "以上" - 1, QX_APPROX_AT_LEAST},
    {"有余", sizeof "有余" - 1, QX_APPROX_OVER}, {"有餘", sizeof "有餘" - 1, QX_APPROX_OVER}, {"出头", sizeof "出头" - 1, QX_APPROX_OVER},
    {"出頭", sizeof "出頭" - 1, QX_APPROX_OVER}, {"以下", sizeof "以下" - 1, QX_APPROX_AT_MOST}, {"以内", sizeof "以内" - 1, QX_APPROX_AT_MOST},
    {"以內", sizeof "以內" - 1, QX_APPROX_AT_MOST}, {"多", sizeof "多" - 1, QX_APPROX_OVER}, {"余", sizeof "余" - 1, QX_APPROX_OVER},
    {"餘", sizeof "餘" - 1, QX_APPROX_OVER}, {"许", sizeof "许" - 1, QX_APPROX_ABOUT}, {"許", sizeof "許" - 1, QX_APPROX_ABOUT},
};

/* The hedge word ending at POS, stepping back over at most one space. */
static size_t prefix_hedge(const scan *sc, size_t pos, qx_approx *approx) {
    for (size_t i = 0; i < COUNT_OF(prefix_hedges); i++)
        if (has_before_n(sc, pos, prefix_hedges[i].word, prefix_hedges[i].len)) {
            *approx = prefix_hedges[i].approx;
            return prefix_hedges[i].len;
        }
    for (size_t i = 0; i < COUNT_OF(english_hedges); i++) {
        size_t n = english_hedges[i].len;
        if (pos >= sc->lo + n && qx__ascii_ieq(sc->s + pos - n, english_hedges[i].word, n) &&
            (pos - n == sc->lo || !qx__ascii_alpha((unsigned char)sc->s[pos - n - 1]))) {
            *approx = english_hedges[i].approx;
            return n;
        }
    }
    return 0;
}

static size_t suffix_hedge(const scan *sc, size_t pos, qx_approx *approx) {
    for (size_t i = 0; i < COUNT_OF(suffix_hedges); i++)
        if (has_at_n(sc, pos, suffix_hedges[i].word, suffix_hedges[i].len)) {
            *approx = suffix_hedges[i].approx;
            return suffix_hedges[i].len;
        }
    if (word_at(sc, skip_space(sc, pos), "or more") || word_at(sc, skip_space(sc, pos), "plus")) {
        *approx = QX_APPROX_OVER;
        size_t p = skip_space(sc, pos);
        return p + (has_at(sc, p, "plus") ? 4 : 7) - pos;
    }
    return 0;
}

/* ----- units ------------------------------------------------------------- */

/* W at POS, allowing a few spaces before it and between its characters
 * (六   个 百 分点): the end of the match, else 0. */
static size_t loose_at(const scan *sc, size_t pos, const char *w) {
    size_t p = pos, spaces = 0;
    while (p < sc->hi && sc->s[p] == ' ' && spaces < 4)
        p++, spaces++;
    if (p > pos && (unsigned char)w[0] < 0x80)
        return 0;
    for (const char *c = w; *c;) {
        size_t n = qx__utf8_seq_len((unsigned char)*c);
        if (p + n > sc->hi || memcmp(sc->s + p, c, n) != 0)
            return 0;
        p += n;
        c += n;
        if (*c)
            for (spaces = 0; p < sc->hi && sc->s[p] == ' ' && spaces < 4; spaces++)
                p++;
    }
    return p;
}

/* The longest unit word at POS (English ones after one optional space or
 * hyphen: two-hour), allowing the spaces loose_at allows. */
static size_t unit_at(const scan *sc, size_t pos, bool english_ok, const qx__unit_word **out) {
    size_t count, best = 0, n;
    const qx__unit_word *words = qx__unit_words(&count);
    *out = NULL;
    if (pos >= sc->hi)
        return 0;
    size_t lead_pos = pos;
    while (lead_pos < sc->hi && lead_pos - pos < 4 && sc->s[lead_pos] == ' ')
        lead_pos++;
    uint32_t lead = cp_at(sc, lead_pos, &n);
    if (lead >= 0x80) {
        if (!qx__unit_lead(lead) || lead_pos + 3 > sc->hi)
            return 0; /* most characters after a number start no unit */
        for (size_t i = first_with_lead(&words[0].surface, sizeof *words, count, sc->s + lead_pos);
             i < count && same_lead(sc, lead_pos, words[i].surface); i++) {
            size_t p = loose_at(sc, pos, words[i].surface);
            if (p && p - pos > best) {
                best = p - pos;
                *out = &words[i];
            }
        }
        return best;
    }
    for (size_t i = 0; i < count && (unsigned char)words[i].surface[0] < 0x80; i++) {
        const qx__unit_word *w = &words[i];
        size_t p;
        if (w->flags & QX__UNIT_ENGLISH) {
            if (!english_ok)
                continue;
            p = sc->s[pos] == '-' ? pos + 1 : skip_space(sc, pos);
            if (p - pos > 1 || !word_at(sc, p, w->surface))
                continue;
            p += strlen(w->surface);
        } else if (!(p = loose_at(sc, pos, w->surface))) {
            continue;
        }
        if (p - pos > best) {
            best = p - pos;
            *out = w;
        }
    }
    return best;
}

/* 成 in 七成 is a share; in 三成为 or 形成 it is a verb. */
static bool tenths_ok(const scan *sc, size_t after, const cand *c) {
    static const char *const verbs[] = {"为", "為", "了", "功", "立", "本", "交", "员", "員",
                                        "果", "长", "長", "熟", "品", "型", "都", "绩", "績",
                                        "就", "人", "年", "片", "群", "批", "家", "效"};
    if (qx__dec_cmp(c->value, qx__dec_int(10)) > 0)
        return false;
    for (size_t i = 0; i < COUNT_OF(verbs); i++)
        if (has_at(sc, after, verbs[i]))
            return false;
    return true;
}

/* ----- context: money or count for bare magnitudes ------------------------ */

static const word money_words[] = {
    W("销售额"), W("銷售額"), W("成交额"), W("成交額"), W("交易额"), W("交易額"), W("营业额"), W("營業額"), W("营收"), W("營收"),
    W("收入"), W("投入"), W("投资"), W("投資"), W("资金"), W("資金"), W("产值"), W("產值"), W("价值"), W("價值"), W("金额"),
    W("金額"), W("GMV"), W("利润"), W("利潤"), W("收益"), W("融资"), W("融資"), W("捐赠"), W("捐贈"), W("捐款"), W("补贴"),
    W("補貼"), W("总额"), W("總額"), W("上行总量"), W("上行總量"), W("贷款"), W("貸款"), W("税收"), W("稅收"), W("营业收入"),
    W("销售"), W("銷售"), W("卖了"), W("賣了"), W("卖出"), W("賣出"), W("赚"), W("賺"), W("成本"), W("预算"), W("預算"),
    W("资产"), W("資產"), W("市值"), W("估值"), W("工资"), W("工資"), W("奖金"), W("獎金"), W("经费"), W("經費"), W("基金"),
};
static const word count_words[] = {
    W("用户"), W("用戶"), W("人口"), W("人次"), W("人数"), W("人數"), W("学员"), W("學員"), W("农户"), W("農戶"), W("粉丝"),
    W("粉絲"), W("游客"), W("遊客"), W("访客"), W("訪客"), W("订单"), W("訂單"), W("包裹"), W("单量"), W("單量"), W("观看"),
    W("觀看"), W("浏览"), W("瀏覽"), W("点击"), W("點擊"), W("次数"), W("次數"), W("件数"), W("件數"), W("个数"), W("個數"),
    W("数量"), W("數量"), W("人"),
};

/* Characters that do not start the noun a number counts. */
static bool is_function_char(uint32_t cp) {
    static const uint32_t chars[] = {0x7684, 0x4E86, 0x90FD, 0x4E5F, 0x5C31, 0x5C06, 0x5C07,
                                     0x628A, 0x88AB, 0x5728, 0x548C, 0x4E0E, 0x8207, 0x53CA,
                                     0x7B49, 0x662F, 0x4E3A, 0x70BA, 0x4EE5, 0x5DE6, 0x53F3,
                                     0x4E0A, 0x4E0B, 0x5230, 0x81F3, 0x8D77, 0x5185, 0x5167,
                                     0x540E, 0x5F8C, 0x524D, 0x6765, 0x4F86, 0x7684, 0x5E76,
                                     0x4E26, 0x800C, 0x4F46, 0x4E8E, 0x65BC, 0x8FD8, 0x9084};
    /* 的了都也就将將把被在和与與及等是为為以左右上下到至起内內后後前来來並并而但于於还還 */
    for (size_t i = 0; i < COUNT_OF(chars); i++)
        if (chars[i] == cp)
            return true;
    return false;
}

static bool noun_follows(const scan *sc, size_t pos) {
    size_t n;
    uint32_t cp = cp_at(sc, pos, &n);
    return is_han(cp) && !is_function_char(cp);
}

/* The nearest money or count word before POS in the sentence: 1 money,
 * -1 count, 0 none. */

static int context_before(const scan *sc, size_t pos) {
    for (size_t p = pos; p > sc->lo; p--) {
        if (((unsigned char)sc->s[p - 1] & 0xC0) == 0x80 && p < pos &&
            ((unsigned char)sc->s[p] & 0xC0) == 0x80)
            continue; /* a word ends where a character does */
        for (size_t i = 0; i < COUNT_OF(money_words); i++)
            if (has_before_n(sc, p, money_words[i].s, money_words[i].len))
                return 1;
        for (size_t i = 0; i < COUNT_OF(count_words); i++)
            if (has_before_n(sc, p, count_words[i].s, count_words[i].len))
                return -1;
    }
    return 0;
}

static size_t clause_start(const scan *sc, size_t pos) {
    while (pos > sc->lo) {
        size_t ps;
        uint32_t cp = qx__utf8_prev((const unsigned char *)sc->s, pos, &ps);
        if (cp == 0xFF0C || cp == ',' || cp == 0x3001 || cp == 0xFF1B || cp == 0xFF1A)
            break;
        pos = ps;
    }
    return pos;
}

/* An amount with 万 or 亿 and no unit: money when its clause names money
 * (投入100億, 價值1000億), else when nothing follows that it counts and the
 * sentence names money (去年销售额1280万，今年连300万都没有), or it is in
 * the 亿 range with no count word near. */
static bool bare_money(const scan *sc, const cand *c, bool english) {
    if (english)
        return false;
    scan clause = *sc;
    clause.lo = clause_start(sc, c->start);
    int near = context_before(&clause, c->start);
    if (near)
        return near > 0;
    if (noun_follows(sc, c->end))
        return false;
    int far = context_before(sc, c->start);
    if (far)
        return far > 0;
    uint64_t v;
    return !qx__dec_is_int(c->value, &v) || v >= 100000000;
}

/* ----- output ------------------------------------------------------------ */

static size_t char_index(scan *sc, size_t byte) {
    if (byte < sc->char_byte) {
        sc->char_byte = 0;
        sc->char_count = 0;
    }
    while (sc->char_byte < byte) {
        uint32_t cp;
        bool valid;
        size_t n = qx__utf8_next((const unsigned char *)sc->s + sc->char_byte, sc->len - sc->char_byte, &cp, &valid);
        sc->char_byte += n;
        sc->char_count++;
    }
    return sc->char_count;
}

static void copy_unit(char *dst, size_t cap, const char *unit) {
    size_t n = unit ? strlen(unit) : 0;
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, unit ? unit : "", n);
    dst[n] = '\0';
}

/* Characters that start the verb after a counted noun (学员参加培训), so
 * that the subject stops before them: 上下买从使來共减到加卖参參发向在均增完实實对将將對已开從成接是有来正減獲用發約給约给获讓让買賣走达过进通進過達開.
 * Sorted for binary search. */
static const unsigned int verb_starts[] = {
    0x4E0A, 0x4E0B, 0x4E70, 0x4ECE, 0x4F7F, 0x4F86, 0x5171, 0x51CF, 0x5230, 0x52A0,
    0x5356, 0x53C2, 0x53C3, 0x53D1, 0x5411, 0x5728, 0x5747, 0x589E, 0x5B8C, 0x5B9E,
    0x5BE6, 0x5BF9, 0x5C06, 0x5C07, 0x5C0D, 0x5DF2, 0x5F00, 0x5F9E, 0x6210, 0x63A5,
    0x662F, 0x6709, 0x6765, 0x6B63, 0x6E1B, 0x7372, 0x7528, 0x767C, 0x7D04, 0x7D66,
    0x7EA6, 0x7ED9, 0x83B7, 0x8B93, 0x8BA9, 0x8CB7, 0x8CE3, 0x8D70, 0x8FBE, 0x8FC7,
    0x8FDB, 0x901A, 0x9032, 0x904E, 0x9054, 0x958B,
};

static bool is_verb_start(uint32_t cp) {
    return qx__find_u32(verb_starts, COUNT_OF(verb_starts), cp) != SIZE_MAX;
}

/* The noun after the claim (学员 in 4000名学员), else the one before it
 * (资金 in 投入资金24.38亿元): Han characters up to punctuation or a
 * function word, at most 8. English: the next word, after "of". */
static void find_subject(const scan *sc, const cand *c, size_t *start, size_t *end) {
    static const char *const stops[] = {"投入", "达到", "達到", "实现", "實現", "完成", "累计",
                                        "累計", "共有", "拥有", "擁有", "超过", "超過", "突破",
                                        "带动", "帶動", "帮助", "幫助", "推动", "推動", "培训",
                                        "培訓", "销售", "銷售", "派出", "开展", "開展", "通过"};
    size_t p = c->end, n;
    *start = *end = p;
    if (p < sc->hi && qx__ascii_alpha((unsigned char)sc->s[p == c->end ? p : p]) == 0 && sc->s[p] == ' ') {
        size_t q = skip_space(sc, p);
        if (word_at(sc, q, "of"))
            q = skip_space(sc, q + 2);
        static const char *const skip_words[] = {"the", "and", "in", "of", "to", "for", "from",
                                                 "with", "was", "were", "is", "are", "by", "on", "at"};
        size_t e = q;
        while (e < sc->hi && qx__ascii_alpha((unsigned char)sc->s[e]))
            e++;
        for (size_t i = 0; i < COUNT_OF(skip_words); i++)
            if (e - q == strlen(skip_words[i]) && qx__ascii_ieq(sc->s + q, skip_words[i], e - q))
                return;
        *start = q;
        *end = e;
        return;
    }
    if (has_at(sc, p, "的"))
        p += 3;
    size_t q = p, chars = 0;
    uint32_t cp;
    while (chars < 6 && is_han(cp = cp_at(sc, q, &n)) && !is_function_char(cp) && !is_verb_start(cp)) {
        q += n;
        chars++;
    }
    if (chars > 0) {
        *start = p;
        *end = q;
        return;
    }
    /* before the claim */
    q = c->start;
    p = q;
    chars = 0;
    while (chars < 8 && p > sc->lo) {
        bool stop = false;
        for (size_t i = 0; i < COUNT_OF(stops) && !stop; i++)
            stop = has_before(sc, p, stops[i]);
        uint32_t prev = cp_before(sc, p);
        if (stop || !is_han(prev) || is_function_char(prev) || qx__numeral_start(prev))
            break;
        size_t ps;
        qx__utf8_prev((const unsigned char *)sc->s, p, &ps);
        p = ps;
        chars++;
    }
    *start = p;
    *end = chars ? q : p;
}

static qx_status emit(scan *sc, const cand *c) {
    qx_claims *out = sc->out;
    if (out->count == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 16;
        qx_claim *items = realloc(out->items, cap * sizeof *items);
        if (!items)
            return QX_ENOMEM;
        out->items = items;
        out->cap = cap;
    }
    qx_claim *cl = &out->items[out->count];
    memset(cl, 0, sizeof *cl);
    cl->byte_start = c->start;
    cl->byte_end = c->end;
    cl->start = char_index(sc, c->start);
    cl->num_start = char_index(sc, c->num_start);
    cl->num_end = char_index(sc, c->num_end);
    cl->end = char_index(sc, c->end);
    cl->sentence = sc->sentence;
    cl->sent_start = sc->lo;
    cl->sent_end = sc->hi;
    if (qx__dec_format(c->value, cl->value, sizeof cl->value) == 0)
        return QX_OK; /* a value past 19 digits: not a claim we can state exactly */
    if (c->range && qx__dec_cmp(c->value, c->value_max) != 0)
        qx__dec_format(c->value_max, cl->value_max, sizeof cl->value_max);
    copy_unit(cl->unit, sizeof cl->unit, c->unit);
    cl->kind = c->kind;
    cl->approx = c->approx;
    find_subject(sc, c, &cl->subject_start, &cl->subject_end);
    if (c->kind == QX_KIND_DATE || c->kind == QX_KIND_ORDINAL || c->kind == QX_KIND_NUMBER)
        cl->subject_start = cl->subject_end = 0;
    out->count++;
    return QX_OK;
}

static void cand_from_num(cand *c, const qx__num *num) {
    memset(c, 0, sizeof *c);
    c->start = c->num_start = num->start;
    c->end = c->num_end = num->end;
    c->value = num->value;
    c->value_max = num->value_max;
    c->range = num->range;
    c->approx = num->approx;
    c->unit = "";
    c->kind = QX_KIND_COUNT;
}

/* ----- dates ------------------------------------------------------------- */

static size_t digits_at(const scan *sc, size_t pos, int max, int *value) {
    size_t p = pos, n;
    int v = 0, k = 0, d;
    while (k < max && (d = qx__arabic_digit(cp_at(sc, p, &n))) >= 0) {
        v = v * 10 + d;
        p += n;
        k++;
    }
    if (value)
        *value = v;
    return k ? p - pos : 0;
}

/* " 12:43" or "12:43:05" at POS (after optional spaces): its length. */
static size_t time_at(const scan *sc, size_t pos) {
    size_t p = skip_space(sc, pos), k;
    int h, m;
    if (!(k = digits_at(sc, p, 2, &h)) || h > 24)
        return 0;
    p += k;
    if (!has_at(sc, p, ":") && !has_at(sc, p, "："))
        return 0;
    p += has_at(sc, p, ":") ? 1 : 3;
    if (digits_at(sc, p, 2, &m) != 2 || m > 59)
        return 0;
    p += 2;
    if (has_at(sc, p, ":") && digits_at(sc, p + 1, 2, NULL) == 2)
        p += 3;
    return p - pos;
}

/* After a year: 4月, 4月6日, 年底 …, and a time. */
static size_t rest_of_date(const scan *sc, size_t p) {
    size_t k, n;
    int v;
    qx__num cn;
    if ((k = digits_at(sc, p, 2, &v)) && v >= 1 && v <= 12 && has_at(sc, p + k, "月"))
        p += k + 3;
    else if (qx__chinese_digit(cp_at(sc, p, &n)) >= 0 && qx__read_number(sc->s, sc->hi, p, &cn) &&
             has_at(sc, cn.end, "月"))
        p = cn.end + 3;
    else
        goto time;
    if ((k = digits_at(sc, p, 2, &v)) && v >= 1 && v <= 31 &&
        (has_at(sc, p + k, "日") || has_at(sc, p + k, "号") || has_at(sc, p + k, "號")))
        p += k + 3;
time:
    k = time_at(sc, p);
    return p + k;
}

static const char *const month_names[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
    "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."};

static size_t month_name_at(const scan *sc, size_t pos) {
    if (pos >= sc->hi || sc->s[pos] == 0 || !strchr("JFMASOND", sc->s[pos]))
        return 0;
    if (pos > sc->lo && qx__ascii_alpha((unsigned char)sc->s[pos - 1]))
        return 0;
    for (size_t i = 0; i < COUNT_OF(month_names); i++) {
        size_t n = strlen(month_names[i]);
        if (pos + n <= sc->hi && memcmp(sc->s + pos, month_names[i], n) == 0 &&
            (month_names[i][n - 1] == '.' || pos + n == sc->hi ||
             !qx__ascii_alpha((unsigned char)sc->s[pos + n])))
            return n;
    }
    return 0;
}

/* June 15, June 15, 2021, June 2021: the date's end, value in C. */
static size_t english_date(const scan *sc, size_t pos, cand *c) {
    size_t m = month_name_at(sc, pos);
    if (!m)
        return 0;
    size_t p = skip_space(sc, pos + m), k;
    int v;
    if (p == pos + m || !(k = digits_at(sc, p, 4, &v)))
        return 0;
    if (p + k < sc->hi && is_ascii_alnum((unsigned char)sc->s[p + k]))
        return 0;
    memset(c, 0, sizeof *c);
    c->start = pos;
    c->num_start = p;
    c->num_end = p + k;
    c->value = qx__dec_int((uint64_t)v);
    c->kind = QX_KIND_DATE;
    c->unit = "";
    p += k;
    if (k <= 2 && has_at(sc, p, ",")) {
        size_t q = skip_space(sc, p + 1), y;
        if ((y = digits_at(sc, q, 4, NULL)) == 4)
            p = q + 4;
    }
    c->end = p;
    return p;
}

/* ----- the claim at a position ------------------------------------------- */

static bool is_range_sep(const scan *sc, size_t pos, size_t *n, bool *list) {
    static const char *const seps[] = {"-", "~", "～", "至", "到", "—", "–", "－", "、", "~"};
    *list = false;
    for (size_t i = 0; i < COUNT_OF(seps); i++)
        if (has_at(sc, pos, seps[i])) {
            *n = strlen(seps[i]);
            *list = i == 8;
            return true;
        }
    return false;
}

static bool classify_month(const scan *sc, const qx__num *num, size_t after_unit) {
    /* 3月, 3月份, 三月初: a month of the calendar; 两月, 上线一月: a duration */
    static const char *const markers[] = {"份", "初", "底", "中旬", "上旬", "下旬", "末", "日", "号",
                                          "號", "中", "起", "以来", "以來"};
    if (num->arabic)
        return !has_before(sc, num->start, "个") && !has_before(sc, num->start, "個");
    for (size_t i = 0; i < COUNT_OF(markers); i++)
        if (has_at(sc, after_unit, markers[i]))
            return true;
    if (qx__arabic_digit(cp_at(sc, after_unit, &(size_t){0})) >= 0 ||
        qx__chinese_digit(cp_at(sc, after_unit, &(size_t){0})) >= 0)
        return true;
    return has_before(sc, num->start, "年");
}

/* Reads a second number for a range after the separator; true if taken. */
static bool read_range(const scan *sc, cand *c, const qx__num *first, size_t *pos, qx__num *second) {
    size_t n;
    bool list;
    if (!is_range_sep(sc, *pos, &n, &list))
        return false;
    size_t p = *pos + n;
    if (!qx__read_number(sc->s, sc->hi, p, second) || second->range)
        return false;
    if (first->arabic != second->arabic && !(first->chinese && second->chinese))
        return false;
    qx__dec lo = c->value;
    if (first->mag == 0 && second->mag > 0 && qx__dec_cmp(lo, second->mantissa) < 0)
        lo = qx__dec_shift(lo, second->mag); /* 3至5万 = 3万至5万 */
    if (qx__dec_cmp(lo, second->value) >= 0)
        return false;
    if (list && qx__dec_cmp(qx__dec_add(lo, qx__dec_int(1)), second->value) != 0)
        return false; /* 2、3个 is a range; 1、5 is a list */
    c->value = lo;
    c->value_max = second->value;
    c->range = true;
    c->num_end = second->end;
    *pos = second->end;
    return true;
}

/* 第5个, 第一批, 第3年零9天: an ordinal. */
static size_t ordinal_at(scan *sc, size_t pos) {
    qx__num num;
    size_t p = pos + 3;
    if (!qx__read_number(sc->s, sc->hi, p, &num) || num.lone || num.range)
        return 0;
    cand c;
    cand_from_num(&c, &num);
    c.start = pos;
    c.kind = QX_KIND_ORDINAL;
    c.approx = QX_APPROX_EXACT;
    const qx__unit_word *uw;
    size_t k = unit_at(sc, num.end, false, &uw), q = num.end + k;
    if (k == 0) {
        /* 第一次, 第一批: any one character that is not punctuation */
        size_t n;
        uint32_t cp = cp_at(sc, q, &n);
        if (is_han(cp) && !is_function_char(cp))
            q += n;
    }
    if (has_at(sc, q, "零")) { /* 第3年零9天 is one ordinal */
        qx__num rest;
        const qx__unit_word *u2;
        size_t m;
        if (qx__read_number(sc->s, sc->hi, q + 3, &rest) && (m = unit_at(sc, rest.end, false, &u2)))
            q = rest.end + m;
    }
    c.end = q;
    sc->status = emit(sc, &c);
    return q;
}

/* 左4 in a caption (后排左4为 …): a position, an ordinal. */
static size_t position_at(scan *sc, size_t pos) {
    int v;
    size_t k = digits_at(sc, pos + 3, 2, &v);
    if (!k)
        return 0;
    size_t end = pos + 3 + k;
    uint32_t prev = cp_before(sc, pos);
    bool caption = prev == 0x6392 || prev == 0x56FE || prev == 0x5716 || prev == '(' ||
                   prev == 0xFF08 || has_at(sc, end, "为") || has_at(sc, end, "為") ||
                   has_at(sc, end, "是") || has_at(sc, end, "起");
    if (!caption)
        return 0;
    cand c;
    memset(&c, 0, sizeof c);
    c.start = pos;
    c.num_start = pos + 3;
    c.end = c.num_end = end;
    c.value = qx__dec_int((uint64_t)v);
    c.kind = QX_KIND_ORDINAL;
    c.unit = "";
    sc->status = emit(sc, &c);
    return end;
}

/* Dates written with digits: 2018-10-17 16:42, 2019年10月, 7月6日, 6日,
 * 12:43, 1至3月. Returns the end, or 0. */
static size_t arabic_date(scan *sc, const qx__num *num, cand *c) {
    uint64_t v;
    if (!qx__dec_is_int(num->value, &v) || num->grouped || num->point)
        return 0;
    size_t p = num->end, k;
    int mo, d;
    bool year = num->int_digits == 4 && v >= 1000 && v <= 2999;
    if (year && (has_at(sc, p, "-") || has_at(sc, p, "/") || has_at(sc, p, "."))) {
        char sep = sc->s[p];
        if ((k = digits_at(sc, p + 1, 2, &mo)) && mo >= 1 && mo <= 12) {
            size_t q = p + 1 + k;
            if (q < sc->hi && sc->s[q] == sep && (k = digits_at(sc, q + 1, 2, &d)) && d >= 1 && d <= 31) {
                q += 1 + k;
                c->end = q + time_at(sc, q);
                return c->end;
            }
        }
    }
    if ((year || (num->seq && num->int_digits == 4)) && has_at(sc, p, "年")) {
        p += 3;
        if (has_at(sc, p, "代"))
            p += 3;
        else if (has_at(sc, p, "年底") || has_at(sc, p, "年初"))
            p += 6;
        else
            p = rest_of_date(sc, p);
        c->end = p;
        return p;
    }
    if (num->seq || !num->arabic)
        return 0;
    if (num->int_digits <= 2 && v >= 1 && v <= 12 && has_at(sc, p, "月") &&
        !has_before(sc, num->start, "个") && !has_before(sc, num->start, "個")) {
        p += 3;
        if ((k = digits_at(sc, p, 2, &d)) && d >= 1 && d <= 31 &&
            (has_at(sc, p + k, "日") || has_at(sc, p + k, "号") || has_at(sc, p + k, "號")))
            p += k + 3;
        else if (has_at(sc, p, "份"))
            p += 3;
        c->end = p + time_at(sc, p);
        return c->end;
    }
    if (num->int_digits <= 2 && v >= 1 && v <= 31 &&
        (has_at(sc, p, "日") || has_at(sc, p, "号") || has_at(sc, p, "號")) &&
        !has_before(sc, num->start, "个") && !has_before(sc, num->start, "個") &&
        !has_at(sc, p, "日元") && !has_at(sc, p, "日圆")) {
        c->end = p + 3 + time_at(sc, p + 3);
        return c->end;
    }
    if (num->int_digits <= 2 && (k = time_at(sc, num->start)) && sc->s[num->start] != ' ') {
        c->end = num->start + k;
        return c->end;
    }
    return 0;
}

static bool english_text(const scan *sc, size_t pos) {
    /* English when the nearest letters around are Latin, not Han */
    size_t n;
    for (size_t p = pos; p > sc->lo && pos - p < 40;) {
        size_t ps;
        uint32_t cp = qx__utf8_prev((const unsigned char *)sc->s, p, &ps);
        if (is_han(cp))
            return false;
        if (cp < 128 && qx__ascii_alpha((unsigned char)cp))
            return true;
        p = ps;
    }
    for (size_t p = pos; p < sc->hi && p - pos < 40; p += n ? n : 1) {
        uint32_t cp = cp_at(sc, p, &n);
        if (is_han(cp))
            return false;
        if (cp < 128 && qx__ascii_alpha((unsigned char)cp))
            return true;
    }
    return false;
}

static void apply_unit(const scan *sc, cand *c, const qx__num *num, const qx__unit_word *uw,
                       size_t unit_end, bool *is_date) {
    c->unit = uw->unit;
    c->kind = uw->kind;
    if (uw->flags & QX__UNIT_TENTHS)
        c->value = qx__dec_shift(c->value, 1), c->value_max = qx__dec_shift(c->value_max, 1);
    if (uw->flags & QX__UNIT_WAN)
        c->value = qx__dec_shift(c->value, 4), c->value_max = qx__dec_shift(c->value_max, 4);
    if ((uw->flags & QX__UNIT_MONTH) && classify_month(sc, num, unit_end))
        *is_date = true;
    if ((uw->flags & QX__UNIT_DAY) && num->arabic)
        *is_date = true;
    if ((uw->flags & QX__UNIT_YEAR) && (has_at(sc, unit_end, "代") || (num->arabic && num->int_digits == 4)))
        *is_date = true;
    if (uw->flags & QX__UNIT_DISCOUNT) {
        if (num->half)
            c->value = qx__dec_int(50);
        else if (qx__dec_cmp(c->value, qx__dec_int(10)) < 0)
            c->value = qx__dec_shift(c->value, 1);
    }
}

/* 七成六 (76 %), 三成半 (35 %): a digit after 成 adds percents. */
static size_t tenths_rest(const scan *sc, size_t pos, cand *c) {
    size_t n, m;
    uint32_t cp = cp_at(sc, pos, &n);
    int d = qx__chinese_digit(cp);
    if (cp == 0x534A)
        d = 5;
    if (d <= 0)
        return 0;
    uint32_t next = cp_at(sc, pos + n, &m);
    if (qx__numeral_start(next) || is_han(next))
        return 0;
    c->value = qx__dec_add(c->value, qx__dec_int((uint64_t)d));
    return n;
}

static bool demonstrative_before(const scan *sc, size_t pos) {
    static const char *const words[] = {"这", "這", "那", "每", "同", "当", "當", "哪", "某", "另", "任"};
    for (size_t i = 0; i < COUNT_OF(words); i++)
        if (has_before(sc, pos, words[i]))
            return true;
    return false;
}

/* 至少免费培训10万: 至少 and 最多 govern a number a few words on. */
static bool distant_bound(const scan *sc, size_t pos, qx_approx *approx) {
    size_t p = pos;
    for (int chars = 0; chars < 8 && p > sc->lo; chars++) {
        if (has_before(sc, p, "至少") || has_before(sc, p, "最少")) {
            *approx = QX_APPROX_AT_LEAST;
            return true;
        }
        if (has_before(sc, p, "最多") || has_before(sc, p, "至多")) {
            *approx = QX_APPROX_AT_MOST;
            return true;
        }
        size_t ps;
        uint32_t cp = qx__utf8_prev((const unsigned char *)sc->s, p, &ps);
        if (!is_han(cp) || qx__numeral_start(cp))
            return false;
        p = ps;
    }
    return false;
}

/* Is there nothing that makes this bare number a claim? */
static bool bare_number(const scan *sc, const qx__num *num, const cand *c, bool hedged) {
    if (num->english) {
        uint64_t v;
        return qx__dec_is_int(c->value, &v) && v <= 1 && !c->range;
    }
    if (num->arabic)
        return false;
    if (num->lone && !hedged && num->approx != QX_APPROX_ORDER)
        return true;
    if (num->mag > 0 || num->approx == QX_APPROX_ORDER)
        return false;
    /* 三大战略: a count of the things named */
    if (has_at(sc, num->end, "大") && noun_follows(sc, num->end + 3))
        return false;
    return true;
}

/* ^5, ^-1 after a number: 2^5 = 32. Bytes read, VALUE raised; 0 if the
 * power is not exact in 19 digits. */
static size_t power_after(const scan *sc, size_t pos, qx__dec *value) {
    if (!has_at(sc, pos, "^"))
        return 0;
    size_t p = pos + 1;
    bool negative = false;
    while (p < sc->hi && (sc->s[p] == '+' || sc->s[p] == '-')) {
        negative = negative != (sc->s[p] == '-');
        p++;
    }
    int e;
    size_t k = digits_at(sc, p, 2, &e);
    if (!k)
        return 0;
    qx__dec r = qx__dec_int(1);
    for (int i = 0; i < e; i++)
        r = qx__dec_mul(r, *value);
    if (negative)
        r = qx__dec_div(qx__dec_int(1), r);
    if (!r.ok)
        return 0;
    *value = qx__dec_add(r, qx__dec_int(0));
    return p + k - pos;
}

/* " 3/5" after a whole number (1 3/5 = 1.6): bytes read, VALUE increased. */
static size_t arabic_mixed_fraction(const scan *sc, size_t pos, qx__dec *value) {
    size_t p = pos;
    if (p >= sc->hi || sc->s[p] != ' ')
        return 0;
    p = skip_space(sc, p);
    qx__num a, b;
    if (!qx__read_number(sc->s, sc->hi, p, &a) || !a.arabic || a.point || a.grouped || a.chinese)
        return 0;
    size_t slash = has_at(sc, a.end, "/") ? 1 : has_at(sc, a.end, "／") ? 3 : 0;
    if (!slash || !qx__read_number(sc->s, sc->hi, a.end + slash, &b) || !b.arabic || b.point ||
        b.chinese || b.value.coef == 0 || has_at(sc, b.end, "/"))
        return 0;
    *value = qx__dec_add(*value, qx__dec_div(a.value, b.value));
    return b.end - pos;
}

static bool campaign_day(const scan *sc, const qx__num *num) {
    static const char *const after[] = {"期间", "期間", "大促", "购物节", "購物節", "年中", "活动",
                                        "活動", "当天", "當天", "前夕", "，", "。", "、"};
    uint64_t v;
    if (!qx__dec_is_int(num->value, &v) || num->point || (v != 618 && v != 1111 && v != 1212))
        return false;
    for (size_t i = 0; i < COUNT_OF(after); i++)
        if (has_at(sc, num->end, after[i]))
            return true;
    return false;
}

/* A minus sign before a number: 负, 負, -, －, −. */
static size_t sign_at(const scan *sc, size_t pos) {
    size_t n, k = 0;
    if (has_at(sc, pos, "负") || has_at(sc, pos, "負"))
        k = 3;
    else if (has_at(sc, pos, "-"))
        k = 1;
    else if (has_at(sc, pos, "－") || has_at(sc, pos, "−"))
        k = 3;
    if (!k)
        return 0;
    uint32_t before = cp_before(sc, pos);
    if (before && (is_ascii_alnum(before) || before == '-' || before == 0xFF0D || before == 0x2212) &&
        k != 3)
        return 0; /* 2-3, A-1: a range or a code */
    if (before == '-' || before == 0xFF0D || before == 0x2212)
        return 0; /* －－9: not a sign any more */
    uint32_t next = cp_at(sc, pos + k, &n);
    if (next == '.' && qx__arabic_digit(cp_at(sc, pos + k + 1, &n)) >= 0)
        return k; /* -.5 */
    if (!qx__numeral_start(next))
        return 0;
    if (k < 3 && qx__arabic_digit(next) < 0)
        return 0;
    return k;
}

/* "k" after digits, as in 月薪15k: thousands. */
static size_t thousands_suffix(const scan *sc, size_t pos) {
    size_t p = pos;
    if (p < sc->hi && sc->s[p] == ' ')
        p++;
    size_t k = has_at(sc, p, "k") || has_at(sc, p, "K") ? 1 : has_at(sc, p, "Ｋ") ? 3 : 0;
    if (!k || (p + k < sc->hi && qx__ascii_alpha((unsigned char)sc->s[p + k])))
        return 0;
    return p + k - pos;
}

/* 分之 after a number, with spaces around it allowed: its end. */
static size_t fen_zhi(const scan *sc, size_t pos) {
    size_t p = skip_space(sc, pos);
    if (!has_at(sc, p, "分"))
        return 0;
    p = skip_space(sc, p + 3);
    if (!has_at(sc, p, "之"))
        return 0;
    return skip_space(sc, p + 3);
}

/* 三分之一 after the denominator NUM ends at POS: the fraction's end and
 * value; 百分之, 千分之, 万分之 give a percent. */
static size_t fraction_after(const scan *sc, const qx__num *den, size_t pos, qx__dec *value,
                             bool *percent) {
    size_t p = fen_zhi(sc, pos), k;
    if (!p)
        return 0;
    bool negative = false;
    if ((k = sign_at(sc, p))) {
        negative = true;
        p += k;
    }
    qx__num numer;
    if (!qx__read_number(sc->s, sc->hi, p, &numer) || numer.range || den->value.coef == 0)
        return 0;
    size_t end = numer.end;
    if (numer.arabic && (k = thousands_suffix(sc, numer.end))) {
        numer.value = qx__dec_shift(numer.value, 3);
        end += k;
    }
    uint64_t d;
    *percent = den->lone && qx__dec_is_int(den->value, &d) && d >= 100;
    if (*percent)
        *value = qx__dec_div(qx__dec_shift(numer.value, 2), den->value);
    else
        *value = qx__dec_div(numer.value, den->value);
    if (negative)
        *value = qx__dec_negate(*value);
    return end;
}

/* 又三分之一 after a whole number at POS: the end and the fraction. */
static size_t mixed_fraction(const scan *sc, size_t pos, qx__dec *value) {
    size_t p = skip_space(sc, pos);
    if (!has_at(sc, p, "又"))
        return 0;
    p = skip_space(sc, p + 3);
    qx__num den;
    bool percent;
    if (!qx__read_number(sc->s, sc->hi, p, &den) || den.range)
        return 0;
    return fraction_after(sc, &den, den.end, value, &percent);
}

static const uint32_t standard_digits[] = {0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x5169, 0x4E09,
                                          0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0};

static bool strchr_cp(const uint32_t *set, uint32_t cp) {
    for (; *set; set++)
        if (*set == cp)
            return true;
    return false;
}

static bool lone_financial(const scan *sc, const qx__num *num) {
    /* 壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟 */
    static const uint32_t financial[] = {0x58F9, 0x8D30, 0x8CB3, 0x53C1, 0x53C3, 0x53C4, 0x8086,
                                         0x4F0D, 0x9646, 0x9678, 0x67D2, 0x634C, 0x7396, 0x62FE,
                                         0x4F70, 0x4EDF, 0};
    size_t n;
    uint32_t cp = cp_at(sc, num->start, &n);
    return num->start + n == num->end && strchr_cp(financial, cp);
}

/* A number that is no claim: reported as kind number with
 * QX_CLAIMS_NUMBERS, unless it is not even a number there (陆地, 一看, 万). */
static size_t not_a_claim(scan *sc, cand *c, const qx__num *num, bool unit_follows) {
    size_t end = c->num_end > num->end ? c->num_end : num->end;
    if (!(sc->flags & QX_CLAIMS_NUMBERS) || num->lone)
        return end;
    size_t n;
    uint32_t cp = cp_at(sc, num->start, &n);
    bool one_char = num->start + n == num->end;
    if (one_char && !num->arabic && !strchr_cp(standard_digits, cp))
        return end; /* 陆, 伍, 拾 alone are words */
    if (num->single_yi && !unit_follows && is_han(cp_at(sc, num->end, &n)))
        return end; /* 一看 */
    c->kind = QX_KIND_NUMBER;
    c->unit = "";
    c->end = c->num_end;
    c->start = c->num_start;
    c->approx = QX_APPROX_EXACT;
    sc->status = emit(sc, c);
    return end;
}

static size_t quantity_at(scan *sc, size_t pos) {
    size_t p = pos, n, k;
    uint32_t cp = cp_at(sc, p, &n);
    const qx__unit_word *prefix_unit = NULL;
    bool percent_prefix = false, fraction = false;
    size_t pc;
    const qx__unit_word *prefixes = qx__currency_prefixes(&pc);
    for (size_t i = 0; i < pc; i++)
        if (has_at(sc, p, prefixes[i].surface)) {
            size_t q = skip_space(sc, p + strlen(prefixes[i].surface));
            uint32_t next = cp_at(sc, q, &n);
            if (qx__arabic_digit(next) >= 0 || ((unsigned char)prefixes[i].surface[0] >= 0x80 &&
                                                 qx__numeral_start(next))) {
                prefix_unit = &prefixes[i];
                p = q;
                break;
            }
        }
    bool negative = false;
    size_t sign_len = 0;
    if (!prefix_unit && (sign_len = sign_at(sc, p))) {
        negative = true;
        p += sign_len;
    }
    qx__num num;
    cp = cp_at(sc, p, &n);
    if (cp < 128 && qx__ascii_alpha((unsigned char)cp))
        k = qx__read_english(sc->s, sc->hi, p, &num);
    else
        k = qx__read_number(sc->s, sc->hi, p, &num);
    if (!k)
        return 0;
    if (num.arabic && !percent_prefix) {
        uint32_t before = cp_before(sc, num.start);
        bool dotted = before == '.' && num.start >= 2 && is_ascii_alnum((unsigned char)sc->s[num.start - 2]);
        if (before && before < 128 &&
            (qx__ascii_alpha((unsigned char)before) || strchr("_#/\\@", (int)before) || dotted))
            return num.end; /* part of a word or path */
        if ((k = phone_number(sc, &num)))
            return k;
        if (!num.grouped && !num.point && num.int_digits >= 9 && num.mag == 0)
            return num.end; /* an identifier: 批准号 71661147001 */
    }
    if (num.arabic && campaign_day(sc, &num))
        return num.end; /* 618期间, 双11: a shopping festival's name */
    cand c;
    cand_from_num(&c, &num);
    c.start = pos;
    if (negative)
        c.num_start = num.start - sign_len;
    if (num.arabic) {
        int scale;
        if ((k = qx__english_scale(sc->s, sc->hi, num.end, &scale))) {
            c.value = qx__dec_shift(c.value, scale);
            c.end = c.num_end = num.end + k;
            num.mag = scale;
        } else if ((k = thousands_suffix(sc, num.end))) {
            c.value = qx__dec_shift(c.value, 3); /* 15k */
            c.end = c.num_end = num.end + k;
            num.mag = 3;
        }
    }
    if (num.arabic && (k = power_after(sc, num.end, &c.value)))
        c.end = c.num_end = num.end + k;
    else if (num.arabic && !num.point && !num.grouped && (k = arabic_mixed_fraction(sc, num.end, &c.value))) {
        c.end = c.num_end = num.end + k;
        if (negative)
            c.value = qx__dec_negate(c.value);
        sc->status = emit(sc, &c);
        return c.end;
    }
    size_t q = c.end;
    /* dates first: 2019年, 7月6日, 2018-10-17 */
    if (!percent_prefix && !prefix_unit && (num.arabic || num.seq)) {
        cand d = c;
        if (arabic_date(sc, &num, &d)) {
            d.kind = QX_KIND_DATE;
            d.unit = "";
            d.approx = QX_APPROX_EXACT;
            d.range = false;
            sc->status = emit(sc, &d);
            return d.end;
        }
    }
    /* fractions: 三分之一, 1/4, 百分之三十, 三百五又三分之一 */
    size_t frac_end;
    qx__dec frac;
    bool is_percent = false;
    if ((frac_end = fraction_after(sc, &num, q, &frac, &is_percent))) {
        c.value = frac;
        c.end = c.num_end = frac_end;
        percent_prefix = fraction = true;
        if (is_percent)
            c.num_start = fen_zhi(sc, q);
    } else if ((frac_end = mixed_fraction(sc, q, &frac))) {
        c.value = qx__dec_add(c.value, frac);
        c.end = c.num_end = frac_end;
        percent_prefix = fraction = true; /* no unit after it */
    } else if (num.arabic && !num.point && !num.grouped && (has_at(sc, q, "/") || has_at(sc, q, "／"))) {
        qx__num den;
        size_t slash = has_at(sc, q, "/") ? 1 : 3;
        if (qx__read_number(sc->s, sc->hi, q + slash, &den) && den.arabic && !den.point &&
            den.int_digits <= 3 && num.int_digits <= 3 && !has_at(sc, den.end, "/") &&
            den.value.coef != 0) {
            c.value = qx__dec_div(c.value, den.value);
            c.end = c.num_end = den.end;
            if (negative)
                c.value = qx__dec_negate(c.value);
            qx_approx pre;
            size_t h = prefix_hedge(sc, pos, &pre);
            if (h) {
                c.start = pos - h;
                c.approx = pre;
            }
            sc->status = emit(sc, &c);
            return c.end;
        }
        return den.end > q ? den.end : q + 1;
    }
    if (negative)
        c.value = qx__dec_negate(c.value), c.value_max = qx__dec_negate(c.value_max);
    q = c.end;
    if (fraction && is_percent) {
        c.unit = "%";
        c.kind = QX_KIND_PERCENT;
    }
    /* a range: 2至3, 3万至10万, 2、3个 */
    qx__num second;
    size_t after = q;
    bool ranged = !percent_prefix && read_range(sc, &c, &num, &after, &second);
    if (ranged) {
        q = after;
        num.mag = second.mag;
    }
    if (ranged && has_at(sc, q, "月") && num.arabic && num.int_digits <= 2) {
        uint64_t hi;
        if (qx__dec_is_int(c.value_max, &hi) && hi <= 12 && !has_before(sc, pos, "个")) {
            c.kind = QX_KIND_DATE;
            c.unit = "";
            c.end = q + 3;
            sc->status = emit(sc, &c);
            return c.end;
        }
    }
    /* 多/余/来 between number and unit: 20多名, 3萬多個 */
    qx_approx approx = c.approx, a2;
    size_t unit_pos = q;
    if ((has_at(sc, q, "多") || has_at(sc, q, "余") || has_at(sc, q, "餘")) && !ranged) {
        const qx__unit_word *probe;
        if (unit_at(sc, q + 3, false, &probe)) {
            approx = QX_APPROX_OVER;
            unit_pos = q + 3;
        }
    } else if ((has_at(sc, q, "来") || has_at(sc, q, "來")) && num.chinese && !ranged) {
        const qx__unit_word *probe;
        if (unit_at(sc, q + 3, false, &probe)) {
            approx = QX_APPROX_ABOUT;
            unit_pos = q + 3;
        }
    }
    /* the unit */
    const qx__unit_word *uw = NULL;
    bool is_date = false, english = num.english || english_text(sc, q);
    k = percent_prefix ? 0 : unit_at(sc, unit_pos, english, &uw);
    if (uw && (uw->flags & QX__UNIT_TENTHS) && !tenths_ok(sc, unit_pos + k, &c))
        uw = NULL, k = 0;
    if (uw && uw->kind == QX_KIND_COUNT && (has_at(sc, unit_pos, "个") || has_at(sc, unit_pos, "個")) &&
        (has_at(sc, unit_pos + 3, "多") || has_at(sc, unit_pos + 3, "余") || has_at(sc, unit_pos + 3, "半"))) {
        /* 两个多月, 一个半小时 */
        const qx__unit_word *inner;
        size_t m = unit_at(sc, unit_pos + 6, false, &inner);
        if (m && inner->kind == QX_KIND_DURATION) {
            if (has_at(sc, unit_pos + 3, "半"))
                c.value = qx__dec_add(c.value, qx__dec_shift(qx__dec_int(5), -1));
            else
                approx = QX_APPROX_OVER;
            uw = inner;
            k = 6 + m;
        }
    }
    if (uw && prefix_unit && uw->kind == QX_KIND_MONEY && strcmp(uw->unit, "CNY") == 0 &&
        (has_at(sc, unit_pos, "元") || has_at(sc, unit_pos, "圆"))) {
        uw = prefix_unit; /* 港幣參仟萬元: the currency is named first */
    }
    if (uw) {
        apply_unit(sc, &c, &num, uw, unit_pos + k, &is_date);
        if (uw->flags & QX__UNIT_TENTHS)
            k += tenths_rest(sc, unit_pos + k, &c);
    }
    else if (prefix_unit) {
        c.unit = prefix_unit->unit;
        c.kind = QX_KIND_MONEY;
    }
    c.end = uw ? unit_pos + k : unit_pos == q ? q : q;
    c.approx = approx;
    /* 8元至12元, 10%至20%: a range with the unit written twice */
    if (uw && !ranged && !is_date && c.kind != QX_KIND_DATE) {
        size_t sep_len;
        bool list;
        qx__num hi;
        const qx__unit_word *uw2;
        size_t m;
        if (is_range_sep(sc, c.end, &sep_len, &list) && !list &&
            qx__read_number(sc->s, sc->hi, c.end + sep_len, &hi) && !hi.range &&
            (m = unit_at(sc, hi.end, english, &uw2)) && uw2 == uw) {
            qx__dec top = hi.value;
            if (uw->flags & QX__UNIT_TENTHS)
                top = qx__dec_shift(top, 1);
            if (qx__dec_cmp(top, c.value) > 0) {
                c.value_max = top;
                c.range = true;
                c.num_end = hi.end;
                c.end = hi.end + m;
            }
        }
    }
    /* 3年多, 1000名左右 */
    if (uw && (k = suffix_hedge(sc, c.end, &a2))) {
        if (!((a2 == QX_APPROX_OVER) && (has_at(sc, c.end, "多") || has_at(sc, c.end, "余")) &&
              noun_follows(sc, c.end + 3) && !has_at(sc, c.end + 3, "万") && c.kind == QX_KIND_COUNT)) {
            c.approx = a2;
            c.end += k;
        }
    } else if (!uw && (k = suffix_hedge(sc, c.end, &a2)) &&
               !(has_at(sc, c.end, "多") || has_at(sc, c.end, "余") || has_at(sc, c.end, "餘")) ) {
        c.approx = a2;
        c.end += k;
    } else if (!uw && (has_at(sc, c.end, "多") || has_at(sc, c.end, "余")) &&
               (num.mag > 0 || num.arabic) && !noun_follows(sc, c.end + 3)) {
        c.approx = QX_APPROX_OVER; /* 3万多, 100余 at a clause end */
        c.end += 3;
    }
    /* hedges before the number */
    size_t h;
    qx_approx pre;
    bool hedged = false;
    if (num.lone && (has_before(sc, pos, "上") || has_before(sc, pos, "数") || has_before(sc, pos, "數"))) {
        c.approx = QX_APPROX_ORDER;
        c.start = pos - 3;
        hedged = true;
    } else if ((h = prefix_hedge(sc, pos, &pre))) {
        if (c.approx == QX_APPROX_EXACT || c.approx == QX_APPROX_ORDER)
            c.approx = pre == QX_APPROX_ABOUT && c.approx == QX_APPROX_ORDER ? c.approx : pre;
        c.start = pos - h;
        hedged = true;
    }
    if (!hedged && c.approx == QX_APPROX_EXACT && distant_bound(sc, pos, &pre)) {
        c.approx = pre;
        hedged = true;
    }
    if ((has_before(sc, pos, "连") || has_before(sc, pos, "連")) &&
        (has_at(sc, c.end, "都没有") || has_at(sc, c.end, "都沒有") || has_at(sc, c.end, "也没有") ||
         has_at(sc, c.end, "都不到"))) {
        c.approx = QX_APPROX_UNDER;
        hedged = true;
    }
    if (num.english && (word_at(sc, c.num_end, "s of") || has_at(sc, c.num_end, "s of "))) {
        c.approx = QX_APPROX_ORDER; /* thousands of */
        c.end = c.num_end + 4;
    }
    if (is_date) {
        c.kind = QX_KIND_DATE;
        c.unit = "";
        c.approx = QX_APPROX_EXACT;
        sc->status = emit(sc, &c);
        return c.end;
    }
    /* 登陆部队, 入伍: a financial numeral alone is a word, except on money */
    if (num.chinese && !num.arabic && !fraction && !negative && c.kind != QX_KIND_MONEY &&
        lone_financial(sc, &num))
        return num.end;
    /* what is not a claim */
    if (!uw && !prefix_unit && !fraction) {
        if (bare_number(sc, &num, &c, hedged))
            return not_a_claim(sc, &c, &num, false);
        if (num.arabic && english && !num.grouped && !num.point && num.int_digits == 4 && num.mag == 0) {
            uint64_t y;
            if (qx__dec_is_int(c.value, &y) && y >= 1900 && y <= 2100) {
                c.kind = QX_KIND_DATE; /* in 2017 */
                c.approx = QX_APPROX_EXACT;
                sc->status = emit(sc, &c);
                return c.end;
            }
        }
        if (has_before(sc, num.start, "(") && has_at(sc, num.end, ")"))
            return num.end; /* a counter: (0) */
        if (num.arabic && !english && num.mag == 0 && !hedged && c.approx == QX_APPROX_EXACT) {
            /* Chinese writes a classifier after a count: a bare 2 is a
             * label, a code or debris, not a claim */
            return not_a_claim(sc, &c, &num, false);
        }
        if (num.mag >= 4 && bare_money(sc, &c, english)) {
            c.unit = "CNY";
            c.kind = QX_KIND_MONEY;
        }
        if (has_at(sc, num.end, "大"))
            c.end = num.end;
    } else if (uw && uw->kind == QX_KIND_COUNT && num.single_yi && !c.range && c.approx == QX_APPROX_EXACT) {
        not_a_claim(sc, &c, &num, true); /* 一名讲师: an article */
        return c.end;
    } else if (uw && num.single_yi && demonstrative_before(sc, num.start)) {
        not_a_claim(sc, &c, &num, true); /* 这一天, 每一年 */
        return c.end;
    } else if (num.half && (has_before(sc, num.start, "上") || has_before(sc, num.start, "下"))) {
        return c.end; /* 上半年: a part of the year, not a duration */
    } else if (uw && num.lone && !hedged && num.approx != QX_APPROX_ORDER) {
        return c.end; /* 百县, 千年: a name or a manner of speaking */
    } else if (num.english && uw && uw->kind == QX_KIND_COUNT && uw->flags == QX__UNIT_ENGLISH) {
        /* "two times": fine */
    }
    if (num.english && !uw && !prefix_unit) {
        uint64_t v;
        if (qx__dec_is_int(c.value, &v) && v == 1)
            return c.end;
    }
    sc->status = emit(sc, &c);
    return c.end;
}

/* "half a year", "half an hour" */
static size_t english_half(scan *sc, size_t pos) {
    if (!word_at(sc, pos, "half"))
        return 0;
    size_t p = skip_space(sc, pos + 4);
    if (word_at(sc, p, "a"))
        p = skip_space(sc, p + 1);
    else if (word_at(sc, p, "an"))
        p = skip_space(sc, p + 2);
    else
        return 0;
    const qx__unit_word *uw;
    size_t k = unit_at(sc, p, true, &uw);
    if (!k || uw->kind != QX_KIND_DURATION)
        return 0;
    cand c;
    memset(&c, 0, sizeof c);
    c.start = c.num_start = pos;
    c.num_end = pos + 4;
    c.end = p + k;
    c.value = qx__dec_shift(qx__dec_int(5), -1);
    c.unit = uw->unit;
    c.kind = QX_KIND_DURATION;
    sc->status = emit(sc, &c);
    return c.end;
}

/* 打对折: half price, 50 %. */
static size_t half_discount(scan *sc, size_t pos) {
    cand c;
    memset(&c, 0, sizeof c);
    c.start = c.num_start = pos;
    c.end = c.num_end = pos + 6;
    c.value = qx__dec_int(50);
    c.unit = "%";
    c.kind = QX_KIND_PERCENT;
    sc->status = emit(sc, &c);
    return c.end;
}

/* Can anything this function looks for start with CP? Most characters of
 * a text are rejected here, before any string is compared. */
static bool may_start(uint32_t cp) {
    if (cp < 0x80)
        return is_ascii_alnum(cp) || cp == '-' || cp == '.' || cp == '$';
    if (qx__numeral_start(cp))
        return true;
    switch (cp) {
    case 0x7B2C: /* 第 */
    case 0x5DE6: case 0x53F3: /* 左 右 */
    case 0x8D1F: case 0x8CA0: case 0xFF0D: case 0x2212: /* 负 負 － − */
    case 0xFF0E: case 0xA5: case 0xFFE5: case 0x20AC: case 0xA3: /* ． ¥ ￥ € £ */
    case 0x4EBA: case 0x7F8E: case 0x6E2F: case 0x65B0: /* 人(民币) 美(元) 港(币) 新(台币) */
    case 0x5BF9: case 0x5C0D: /* 对折 */
    case 0x53CC: case 0x96D9: /* 双11 */
    case 0x6700: /* 最后一公里 */
    case 0x591A: /* 多项 */
        return true;
    default:
        return cp >= 0xFF10 && cp <= 0xFF19;
    }
}

static bool currency_prefix_at(const scan *sc, size_t pos) {
    size_t count;
    const qx__unit_word *prefixes = qx__currency_prefixes(&count);
    for (size_t i = 0; i < count; i++)
        if (has_at(sc, pos, prefixes[i].surface))
            return true;
    return false;
}

static size_t claim_at(scan *sc, size_t pos) {
    size_t n, k;
    uint32_t cp = cp_at(sc, pos, &n);
    if (!may_start(cp))
        return 0;
    if (qx__arabic_digit(cp) >= 0 && qx__arabic_digit(cp_before(sc, pos)) >= 0)
        return 0; /* never inside a run of digits that did not read as a number */
    if (cp >= 0x80 && (k = idiom_at(sc, pos)))
        return pos + k;
    if (cp < 128 && is_ascii_alnum(cp) &&
        (pos == sc->lo || !is_ascii_alnum(cp_before(sc, pos)))) {
        if ((k = junk_token(sc, pos)))
            return k;
        if (qx__ascii_alpha((unsigned char)cp)) {
            cand c;
            if ((k = english_date(sc, pos, &c))) {
                sc->status = emit(sc, &c);
                return k;
            }
            if ((k = english_half(sc, pos)))
                return k;
        }
        if (qx__ascii_digit((unsigned char)cp)) {
            /* 5th, 21st: an ordinal */
            size_t d = pos;
            while (d < sc->hi && qx__ascii_digit((unsigned char)sc->s[d]))
                d++;
            static const char *const sfx[] = {"st", "nd", "rd", "th"};
            for (size_t i = 0; i < COUNT_OF(sfx); i++)
                if (word_at(sc, d, sfx[i])) {
                    cand c;
                    memset(&c, 0, sizeof c);
                    qx__num num;
                    qx__read_number(sc->s, sc->hi, pos, &num);
                    c.start = c.num_start = pos;
                    c.num_end = d;
                    c.end = d + 2;
                    c.value = num.value;
                    c.kind = QX_KIND_ORDINAL;
                    c.unit = "";
                    sc->status = emit(sc, &c);
                    return c.end;
                }
            /* 15 June */
            size_t q = skip_space(sc, d), m;
            if (q > d && d - pos <= 2 && (m = month_name_at(sc, q))) {
                cand c;
                memset(&c, 0, sizeof c);
                qx__num num;
                qx__read_number(sc->s, sc->hi, pos, &num);
                c.start = c.num_start = pos;
                c.num_end = d;
                c.end = q + m;
                c.value = num.value;
                c.kind = QX_KIND_DATE;
                c.unit = "";
                sc->status = emit(sc, &c);
                return c.end;
            }
        }
    }
    if (cp == '.' && qx__arabic_digit(cp_at(sc, pos + 1, &n)) >= 0 &&
        !is_ascii_alnum(cp_before(sc, pos)) && cp_before(sc, pos) != '.')
        return quantity_at(sc, pos);
    if ((has_at(sc, pos, "对折") || has_at(sc, pos, "對折")) && has_before(sc, pos, "打"))
        return half_discount(sc, pos);
    if (cp == 0x7B2C) /* 第 */
        return ordinal_at(sc, pos);
    if (cp == 0x5DE6 || cp == 0x53F3) /* 左 右 */
        return position_at(sc, pos);
    if (!qx__numeral_start(cp) && !(cp < 128 && qx__ascii_alpha((unsigned char)cp)) && !sign_at(sc, pos) &&
        cp != '$' && cp != 0xA5 && cp != 0xFFE5 && cp != 0x20AC && cp != 0xA3 &&
        !currency_prefix_at(sc, pos))
        return 0;
    if (cp < 128 && qx__ascii_alpha((unsigned char)cp) && pos > sc->lo &&
        qx__ascii_alpha((unsigned char)sc->s[pos - 1]))
        return 0;
    return quantity_at(sc, pos);
}

static void scan_sentence(scan *sc) {
    size_t pos = sc->lo;
    while (pos < sc->hi && sc->status == QX_OK) {
        size_t end = claim_at(sc, pos);
        if (end > pos) {
            pos = end;
            continue;
        }
        size_t n;
        cp_at(sc, pos, &n);
        pos += n ? n : 1;
        if (n == 1 && qx__ascii_alpha((unsigned char)sc->s[pos - 1]))
            while (pos < sc->hi && qx__ascii_alpha((unsigned char)sc->s[pos]))
                pos++; /* the rest of an English word */
    }
}

/* For the unit tests: are the tables that are searched by halves sorted? */
bool qx__claims_tables_sorted(void) {
    for (size_t i = 1; i < COUNT_OF(idioms); i++)
        if (strcmp(idioms[i - 1], idioms[i]) >= 0)
            return false;
    for (size_t i = 1; i < COUNT_OF(verb_starts); i++)
        if (verb_starts[i - 1] >= verb_starts[i])
            return false;
    size_t count;
    const qx__unit_word *words = qx__unit_words(&count);
    for (size_t i = 1; i < count; i++)
        if (strcmp(words[i - 1].surface, words[i].surface) >= 0)
            return false;
    return true;
}

/* ----- public ------------------------------------------------------------ */

qx_claims *qx_claims_new(void) {
    return calloc(1, sizeof(qx_claims));
}

void qx_claims_free(qx_claims *claims) {
    if (!claims)
        return;
    free(claims->items);
    free(claims);
}

qx_status qx_claims_extract(qx_claims *claims, const char *utf8, size_t len, unsigned flags) {
    if (!claims || (!utf8 && len))
        return QX_EINVAL;
    claims->count = 0;
    scan sc;
    memset(&sc, 0, sizeof sc);
    sc.s = utf8;
    sc.len = len;
    sc.flags = flags;
    sc.out = claims;
    for (size_t start = 0; start < len && sc.status == QX_OK; sc.sentence++) {
        size_t end = qx_sentence_end(utf8, len, start);
        if (end <= start)
            end = len;
        sc.lo = start;
        sc.hi = end;
        scan_sentence(&sc);
        start = end;
    }
    return sc.status;
}

size_t qx_claims_count(const qx_claims *claims) {
    return claims ? claims->count : 0;
}

const qx_claim *qx_claims_at(const qx_claims *claims, size_t i) {
    return claims && i < claims->count ? &claims->items[i] : NULL;
}

const char *qx_claim_kind_name(qx_claim_kind kind) {
    static const char *const names[] = {"count", "money", "percent", "measure",
                                        "duration", "date", "ordinal", "number"};
    return (unsigned)kind < COUNT_OF(names) ? names[kind] : "count";
}

const char *qx_approx_name(qx_approx approx) {
    static const char *const names[] = {"exact", "about", "over", "under",
                                        "nearly", "at_least", "at_most", "order"};
    return (unsigned)approx < COUNT_OF(names) ? names[approx] : "exact";
}
