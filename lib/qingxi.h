/*
 * qingxi.h: libqingxi, clean text from messy scraped Chinese web articles.
 *
 * The header reads top to bottom like the pipeline:
 *
 *   bytes ─ decode ─ markup ─ repair ─ space ─ boilerplate ─ punct ─ script
 *         ─▶ qx_doc (paragraphs, metadata, diagnostics)
 *
 *   decode       detect the encoding (BOM, HTML meta, character statistics)
 *                and convert to UTF-8 (glibc iconv; GB18030 by table)
 *   markup       front matter to metadata; HTML, fragments and stray tags to
 *                paragraphs (libxml2's HTML parser)
 *   repair       undo mojibake: UTF-8 read as GBK or Windows-1252, GBK read
 *                as Latin-1, Big5/GBK cross-reads, text read a byte out of
 *                step, pinyin annotations; lost bytes rebuilt or marked
 *   space        indents, NBSP, zero-width characters, CR LF, blank lines
 *   boilerplate  drop site trailers and navigation lines (上一篇, 责编, 分享 …)
 *   punct        full-width marks in Chinese text, doubled marks made one,
 *                full-width letters and digits made half-width
 *   script       traditional to simplified or back, as OpenCC's t2s and
 *                s2t do (off unless a target script is chosen)
 *
 * and on the clean text:
 *
 *   sentence     where sentences end, in Chinese and English
 *   claims       numeric claims: exact value, unit, kind, hedge, subject
 *
 * The simple call first:
 *
 *   qx_ctx *ctx = qx_ctx_new();
 *   qx_doc *doc = qx_doc_new();
 *   qx_options opts;
 *   qx_options_init(&opts);
 *   if (qx_clean(ctx, &opts, bytes, len, doc) == QX_OK)
 *       for (size_t i = 0; i < qx_doc_count(doc); i++)
 *           puts(qx_doc_para(doc, i).text);
 *   qx_doc_free(doc);
 *   qx_ctx_free(ctx);
 *
 * Threads: the library has no mutable global state. A qx_ctx and a qx_doc are
 * used by one thread at a time; give each thread its own. Create the first
 * qx_ctx before starting threads, because it initialises libxml2 once.
 *
 * Errors: functions that can fail return a qx_status, QX_OK or a negative
 * code; the detailed message is in the context (qx_ctx_errmsg). Bad input is
 * data, not an error: undecodable bytes, dropped tags and lines are counted in
 * the document's diagnostics (qx_doc_diag).
 */
#ifndef QINGXI_H
#define QINGXI_H

#include <stddef.h>

#include "qx_export.h"
#include "qx_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ===== Version ========================================================== */

/** The library's version, "MAJOR.MINOR.PATCH", as linked at run time. */
QX_API const char *qx_version(void);

/**
 * The versions of the data the generated tables were built from, e.g.
 * "jieba 0.42.1; opencc 1.1.6; unicode 15.0.0". A static string.
 */
QX_API const char *qx_data_version(void);

/* ===== Status and diagnostics =========================================== */

/** What a call that can fail returns: QX_OK or one of a few negative codes. */
typedef enum qx_status {
    QX_OK = 0,
    QX_ENOMEM = -1,    /**< an allocation failed; nothing was leaked */
    QX_EINVAL = -2,    /**< an argument was invalid (NULL handle, bad name) */
    QX_EENCODING = -3, /**< the named encoding is unknown to iconv */
    QX_EPARSE = -4,    /**< a parser gave up (rare: parsers recover) */
    QX_ELIMIT = -5,    /**< a size limit was exceeded */
    QX_EIO = -6        /**< reading or writing failed */
} qx_status;

/** A fixed one-line description of a status code. Never NULL. */
QX_API const char *qx_strerror(qx_status status);

/* ===== Buffers ========================================================== */

/**
 * Bytes the library produces for the caller. Initialise with QX_BUF_INIT;
 * the library grows it; release with qx_buf_free(), never plain free().
 * The data is NUL-terminated when len > 0 (the NUL is not counted).
 */
typedef struct qx_buf {
    char *data;
    size_t len;
    size_t cap;
} qx_buf;

/** An empty buffer, ready for use. */
#define QX_BUF_INIT {NULL, 0, 0}

/** Releases a buffer's memory and empties it. Accepts NULL. */
QX_API void qx_buf_free(qx_buf *buf);

/** Makes room for EXTRA more bytes (and the NUL). QX_ENOMEM on failure,
 *  with the buffer unchanged. */
QX_API qx_status qx_buf_reserve(qx_buf *buf, size_t extra);

/** Appends LEN bytes. QX_ENOMEM on failure, with the buffer unchanged. */
QX_API qx_status qx_buf_append(qx_buf *buf, const void *bytes, size_t len);

/* ===== Context and options ============================================== */

/**
 * Per-thread working state: iconv descriptors, compiled patterns, the last
 * error message. Returns NULL when memory runs out.
 */
typedef struct qx_ctx qx_ctx;
QX_API qx_ctx *qx_ctx_new(void);

/** Frees a context. Accepts NULL. */
QX_API void qx_ctx_free(qx_ctx *ctx);

/**
 * The message of the last failed call on this context: one line, lower case,
 * no trailing period. Borrowed: valid until the next call on the context.
 * Empty when the last call succeeded.
 */
QX_API const char *qx_ctx_errmsg(const qx_ctx *ctx);

/** Pipeline stages, in the order they run; OR them to choose several. */
typedef enum qx_stage {
    QX_STAGE_DECODE = 1u << 0,
    QX_STAGE_MARKUP = 1u << 1,
    QX_STAGE_SPACE = 1u << 2,
    QX_STAGE_BOILERPLATE = 1u << 3,
    QX_STAGE_REPAIR = 1u << 4,
    QX_STAGE_PUNCT = 1u << 5,
    QX_STAGE_SCRIPT = 1u << 6,
    QX_STAGE_ALL = (1u << 7) - 1
} qx_stage;

/** The stage called NAME ("decode", "markup", …), or 0 if there is none. */
QX_API unsigned qx_stage_from_name(const char *name);

/** The name of one stage bit, or NULL if STAGE is not exactly one stage. */
QX_API const char *qx_stage_name(unsigned stage);

/** Option bits (qx_options.flags, qx_detect, qx_decode). */
enum {
    /** The input is one line of a longer ASCII-compatible text (qx-clean
     *  --lines): it cannot be UTF-16, which splitting at line feeds breaks. */
    QX_OPT_LINE = 1u << 0,
    /** Punct stage: write Chinese marks half-width instead of full-width. */
    QX_OPT_PUNCT_HALF = 1u << 1,
    /** Script stage: convert to simplified script. */
    QX_OPT_TO_SIMPLIFIED = 1u << 2,
    /** Script stage: convert to traditional script. */
    QX_OPT_TO_TRADITIONAL = 1u << 3
};

/** The version of qx_options this header describes. */
#define QX_OPTIONS_VERSION 1

/** What qx_clean does. Initialise with qx_options_init, then change fields. */
typedef struct qx_options {
    unsigned version;     /**< QX_OPTIONS_VERSION */
    unsigned stages;      /**< OR of qx_stage; default QX_STAGE_ALL */
    const char *encoding; /**< NULL: detect; else any iconv encoding name */
    unsigned flags;       /**< OR of QX_OPT_*; default 0 */
} qx_options;

/** Sets every field to its default. */
QX_API void qx_options_init(qx_options *opts);

/* ===== Documents ======================================================== */

/**
 * One cleaned document: paragraphs, metadata and diagnostics. Reused across
 * inputs: every pipeline call starts by emptying it.
 */
typedef struct qx_doc qx_doc;

/** A new empty document, or NULL when memory runs out. */
QX_API qx_doc *qx_doc_new(void);

/** Frees a document. Accepts NULL. */
QX_API void qx_doc_free(qx_doc *doc);

/** What a paragraph is. */
typedef enum qx_role {
    QX_ROLE_TEXT = 0, /**< body text (or any text when markup is skipped) */
    QX_ROLE_TITLE,    /**< the document's title from its metadata */
    QX_ROLE_HEADING   /**< an HTML heading, h1 to h6 */
} qx_role;

/** The name of a role: "text", "title", "heading". */
QX_API const char *qx_role_name(qx_role role);

/**
 * A paragraph: UTF-8 text, NUL-terminated, that may hold line breaks ("\n",
 * from <br>). Borrowed from the document until it is next changed.
 */
typedef struct qx_para {
    const char *text;
    size_t len;
    qx_role role;
} qx_para;

/** The number of paragraphs. */
QX_API size_t qx_doc_count(const qx_doc *doc);

/** Paragraph I (0-based). I must be below qx_doc_count(doc). */
QX_API qx_para qx_doc_para(const qx_doc *doc, size_t i);

/**
 * The value of metadata KEY (lower case: "title", "date", "author", …) from
 * front matter or HTML head, or NULL. Borrowed like a paragraph.
 */
QX_API const char *qx_doc_meta(const qx_doc *doc, const char *key);

/** The number of metadata entries, and entry I's key and value. */
QX_API size_t qx_doc_meta_count(const qx_doc *doc);
QX_API void qx_doc_meta_at(const qx_doc *doc, size_t i, const char **key, const char **value);

/** Which input encodings the decoder knows by statistics. */
typedef enum qx_encoding {
    QX_ENC_UNKNOWN = 0,
    QX_ENC_ASCII,
    QX_ENC_UTF8,
    QX_ENC_UTF16LE,
    QX_ENC_UTF16BE,
    QX_ENC_GB18030,
    QX_ENC_BIG5,
    QX_ENC_WINDOWS1252,
    QX_ENC_OTHER /**< a name the caller gave, converted by iconv */
} qx_encoding;

/** The name of an encoding as iconv knows it ("UTF-8", "GB18030", …). */
QX_API const char *qx_encoding_name(qx_encoding enc);

/** How the encoding was decided. */
typedef enum qx_detect_source {
    QX_DETECT_STATISTICS = 0, /**< character statistics of the bytes */
    QX_DETECT_BOM,            /**< a byte-order mark */
    QX_DETECT_META,           /**< an HTML meta charset the bytes agree with */
    QX_DETECT_CALLER          /**< the caller named it */
} qx_detect_source;

/** The name of a detection source: "statistics", "bom", "meta", "caller". */
QX_API const char *qx_detect_source_name(qx_detect_source source);

/** The decoder's verdict on a document's bytes. */
typedef struct qx_detection {
    qx_encoding encoding;
    int confidence;          /**< 0 to 100 */
    size_t bom_len;          /**< bytes of byte-order mark, skipped */
    qx_detect_source source; /**< how it was decided */
    qx_encoding declared;    /**< what an HTML meta charset said, or UNKNOWN */
} qx_detection;

/** Markup kinds (qx_diag.markup): one body kind, plus a front-matter bit. */
enum {
    QX_MARKUP_TEXT = 0,          /**< plain text: lines are paragraphs */
    QX_MARKUP_TAGGED = 1,        /**< plain text with stray tags or entities */
    QX_MARKUP_FRAGMENT = 2,      /**< an HTML fragment: tags make paragraphs */
    QX_MARKUP_PAGE = 3,          /**< a whole HTML page */
    QX_MARKUP_BODY_MASK = 3,
    QX_MARKUP_FRONTMATTER = 1u << 2 /**< YAML or TOML front matter first */
};

/** A name for a markup kind: "text", "tagged", "fragment", "page", each
 *  optionally prefixed by "frontmatter+". */
QX_API const char *qx_markup_name(unsigned markup);

/**
 * What happened to a document on its way through the pipeline. Nothing is
 * dropped without being counted here.
 */
/** The kinds of damage the repair stage undoes, counted in qx_diag. */
typedef enum qx_repair_kind {
    QX_REPAIR_UTF8_AS_GBK = 0, /**< 涓枃 for 中文; 锟斤拷 */
    QX_REPAIR_UTF8_AS_LATIN,   /**< ä¸­æ–‡ (Windows-1252 or Latin-1), double too */
    QX_REPAIR_GBK_AS_LATIN,    /**< ÖÐÎÄ */
    QX_REPAIR_BIG5_AS_GBK,
    QX_REPAIR_GBK_AS_BIG5,
    QX_REPAIR_SHIFTED,   /**< GB18030 read one byte out of step */
    QX_REPAIR_PINYIN,    /**< 縣長(zhǎng): annotations removed */
    QX_REPAIR_LOST_BYTE, /**< a lost byte rebuilt from its surroundings */
    QX_REPAIR_KINDS
} qx_repair_kind;

/** "utf8-as-gbk", "utf8-as-latin", … "lost-byte": the column names of qx-sniff. */
QX_API const char *qx_repair_kind_name(qx_repair_kind kind);

typedef struct qx_diag {
    size_t bytes;                /**< input bytes */
    qx_detection detection;      /**< decode */
    size_t undecodable;          /**< bytes replaced by U+FFFD */
    size_t first_undecodable;    /**< byte offset of the first, or SIZE_MAX */
    unsigned markup;             /**< QX_MARKUP_* */
    size_t tags;                 /**< tags removed */
    size_t elements_dropped;     /**< script, style, hidden … removed whole */
    size_t space_fixes;          /**< whitespace characters replaced or removed */
    size_t control_chars;        /**< control characters removed */
    size_t boilerplate_lines;    /**< lines dropped as boilerplate */
    size_t repairs[QX_REPAIR_KINDS]; /**< stretches repaired, by kind */
    size_t punct_fixes;          /**< marks and characters changed by punct */
    size_t script_changes;       /**< characters the script stage converted */
} qx_diag;

/** The document's diagnostics. Borrowed; never NULL for a valid doc. */
QX_API const qx_diag *qx_doc_diag(const qx_doc *doc);

/* ===== Stage: decode ==================================================== */

/**
 * Guesses the encoding of LEN bytes: byte-order mark, then strict UTF-8,
 * then a character-frequency model scoring UTF-16LE/BE, GB18030, Big5 and
 * Windows-1252; an HTML meta charset (or XML declaration) wins when the bytes
 * agree with it. Looks at most at the first 64 KiB. FLAGS: QX_OPT_LINE or 0.
 * Pure; thread-safe.
 */
QX_API qx_status qx_detect(const void *bytes, size_t len, unsigned flags, qx_detection *out);

/**
 * Stage decode: empties DOC and stores BYTES converted to UTF-8 as its text
 * (one paragraph), using ENCODING (any iconv name) or, when NULL, the
 * detected one (FLAGS as for qx_detect). Undecodable bytes become U+FFFD and
 * are counted. Fails with QX_EENCODING for an unknown name, QX_ENOMEM.
 */
QX_API qx_status qx_decode(qx_ctx *ctx, qx_doc *doc, const void *bytes, size_t len,
                           const char *encoding, unsigned flags);

/**
 * Empties DOC and stores UTF-8 text as its one paragraph, without detection:
 * invalid UTF-8 sequences still become U+FFFD and are counted.
 */
QX_API qx_status qx_doc_set_text(qx_doc *doc, const char *utf8, size_t len);

/* ===== Stage: markup ==================================================== */

/**
 * Stage markup: reads the document's text (all its paragraphs, joined by
 * line breaks), takes front matter and HTML head into metadata and replaces
 * the paragraphs with the body's: lines for plain text, blocks for HTML. A
 * title found only in metadata becomes the first paragraph (QX_ROLE_TITLE).
 */
QX_API qx_status qx_markup(qx_ctx *ctx, qx_doc *doc);

/* ===== Stage: repair ==================================================== */

/**
 * Stage repair: finds stretches of mojibake in each paragraph and decodes
 * their bytes again as they were meant, when a character model finds the
 * result far more probable than what is there; clean text is left alone.
 * Pinyin annotations are removed where the reading belongs to the character
 * before them. A lost byte is rebuilt when the bytes around it determine it,
 * otherwise it stays U+FFFD. Counts go to qx_diag.repairs.
 */
QX_API qx_status qx_repair(qx_ctx *ctx, qx_doc *doc);

/* ===== Stage: space ===================================================== */

/**
 * Stage space: in every paragraph, NBSP, U+3000 and other spaces become one
 * ASCII space, zero-width characters, stray BOMs and control characters go,
 * CR LF and CR become LF, lines are trimmed and runs of blank lines shrink to
 * one. Paragraphs left empty are removed.
 */
QX_API qx_status qx_space(qx_doc *doc);

/* ===== Stage: boilerplate =============================================== */

/**
 * Stage boilerplate: drops lines that are site trailers or navigation, in
 * simplified and traditional script: 上一篇/下一篇, counters like (0),
 * 责编/責編, 分享到, 推荐阅读 and the link list after it, 扫一扫/二维码,
 * 版权声明, 返回搜狐, lottery spam, 点击查看大图 … Only short lines that
 * match a pattern whole are dropped; body sentences are kept.
 */
QX_API qx_status qx_boilerplate(qx_ctx *ctx, qx_doc *doc);

/* ===== Stage: punct ===================================================== */

/**
 * Stage punct: in Chinese lines, doubled marks (",," ",、" ",。") become one,
 * half-width , . : ; ( ) ! ? next to Han characters become full-width (with
 * QX_OPT_PUNCT_HALF in FLAGS, full-width marks become half-width instead),
 * and full-width ASCII letters and digits become half-width.
 */
QX_API qx_status qx_punct(qx_doc *doc, unsigned flags);

/* ===== Stage: script ==================================================== */

/** The script to convert to. */
typedef enum qx_script_target {
    QX_TO_SIMPLIFIED = 1, /**< as OpenCC's t2s */
    QX_TO_TRADITIONAL = 2 /**< as OpenCC's s2t */
} qx_script_target;

/**
 * Converts LEN bytes of UTF-8 text to script TO, appending to OUT. At each
 * position the longest phrase of OpenCC's dictionary that starts there is
 * converted whole, else the character alone; the tables come from
 * libopencc-data, with the differences documented in qx-conv(1) (著 is
 * 着 in simplified script except in 著名, 著作, 显著 …). Bytes that are not
 * UTF-8 are copied as they are. Line breaks and all ASCII stay in place.
 *
 * Streaming: with FINAL zero the call may stop short of the end, before the
 * last bytes a phrase could continue past (never before a line break that
 * ends the input: no phrase spans lines, so whole lines are always
 * converted), and sets *CONSUMED to the bytes it converted; call again with the rest and more input, and with FINAL
 * non-zero at the end. CONSUMED may be NULL when FINAL is non-zero.
 * Pure and thread-safe; QX_EINVAL for a bad target, QX_ENOMEM.
 */
QX_API qx_status qx_convert(qx_script_target to, const char *utf8, size_t len, int final,
                            qx_buf *out, size_t *consumed);

/**
 * Stage script: converts every paragraph to the script FLAGS name
 * (QX_OPT_TO_SIMPLIFIED or QX_OPT_TO_TRADITIONAL, as qx_convert does); with
 * neither, leaves the document as it is. Counts in qx_diag.script_changes.
 */
QX_API qx_status qx_script(qx_doc *doc, unsigned flags);

/* ===== Script statistics ================================================= */

/** Counts of Han characters by script. */
typedef struct qx_script_stats {
    size_t han;         /**< Han characters */
    size_t simplified;  /**< of those, found only in simplified text */
    size_t traditional; /**< of those, found only in traditional text */
} qx_script_stats;

/** Counts the Han characters of UTF-8 text by script. Thread-safe. */
QX_API void qx_script_measure(const char *utf8, size_t len, qx_script_stats *out);

/**
 * "simplified", "traditional", "mixed" or "none" (no script-specific
 * characters), with the traditional share of script-specific characters in
 * *TRADITIONAL_SHARE (0 to 1000, per mille) when that is not NULL.
 */
QX_API const char *qx_script_verdict(const qx_script_stats *stats, int *traditional_share);

/* ===== The whole pipeline =============================================== */

/**
 * Runs the stages chosen in OPTS (NULL: all) over LEN bytes into DOC. When
 * decode is not chosen the bytes are taken as UTF-8 (see qx_doc_set_text).
 */
QX_API qx_status qx_clean(qx_ctx *ctx, const qx_options *opts, const void *bytes, size_t len,
                          qx_doc *doc);

/* ===== Sentences ======================================================== */

/**
 * The end (a byte offset, after any closing quotes and brackets) of the
 * sentence of UTF-8 TEXT that starts at byte START: Chinese sentences end at
 * 。！？；… and ……, English ones at . ! ? followed by a space, a line end or a
 * Han character, except after abbreviations (Mr., Dr., No., U.S., e.g.),
 * list numbers, and inside numbers, URLs and e-mail addresses; marks in
 * brackets end nothing. Line breaks end a sentence too. The full rules and
 * their limits are in lib/sentence.c and qx-split(1). Returns LEN when the
 * sentence runs to the end. Pure.
 */
QX_API size_t qx_sentence_end(const char *text, size_t len, size_t start);

/* ===== Claims =========================================================== */

/** What a claim measures (the guide's kind column). */
typedef enum qx_claim_kind {
    QX_KIND_COUNT = 0, /**< 4000名, 80.1万, two categories */
    QX_KIND_MONEY,     /**< 24.38亿元, 1.8 million yuan */
    QX_KIND_PERCENT,   /**< 30%, 七成, 百分之三十, 2个百分点 (unit pp) */
    QX_KIND_MEASURE,   /**< 3000斤, 7万亩, 15 km */
    QX_KIND_DURATION,  /**< 三年, 2、3个小时, half a year */
    QX_KIND_DATE,      /**< 2019年, 7月6日, 12:43, June 15: value = first number */
    QX_KIND_ORDINAL,   /**< 第5个, 第一批, 5th */
    QX_KIND_NUMBER     /**< a bare number that is no claim (QX_CLAIMS_NUMBERS) */
} qx_claim_kind;

/** How the text hedges the value (the guide's approx column). */
typedef enum qx_approx {
    QX_APPROX_EXACT = 0,
    QX_APPROX_ABOUT,    /**< 约, 左右, 上下, about */
    QX_APPROX_OVER,     /**< 超过, 多, 余, 逾, 突破, 以上, more than */
    QX_APPROX_UNDER,    /**< 不到, 不足, 连…都没有, less than */
    QX_APPROX_NEARLY,   /**< 近, 将近, nearly, almost */
    QX_APPROX_AT_LEAST, /**< 至少, at least */
    QX_APPROX_AT_MOST,  /**< 最多, 至多, at most, up to */
    QX_APPROX_ORDER     /**< 上千, 数万, 几十万, thousands of */
} qx_approx;

/** "count", "money", … "number"; "exact", "about", … "order". */
QX_API const char *qx_claim_kind_name(qx_claim_kind kind);
QX_API const char *qx_approx_name(qx_approx approx);

/** The longest value a claim prints: 20 digits, point, sign, or a fraction. */
#define QX_VALUE_MAX 48

/**
 * One numeric claim of a text. Offsets are into the text given to
 * qx_claims_extract; *_start is inclusive, *_end exclusive; characters are
 * Unicode code points.
 */
typedef struct qx_claim {
    size_t start, end;           /**< the claim (hedge, number, unit), characters */
    size_t byte_start, byte_end; /**< the same span in bytes */
    size_t num_start, num_end;   /**< the number alone, characters */
    size_t sentence;             /**< 0-based sentence of the text */
    size_t sent_start, sent_end; /**< the sentence, bytes */
    size_t subject_start, subject_end; /**< the thing counted, bytes; empty if unknown */
    char value[QX_VALUE_MAX];     /**< exact decimal, "1/3" if it has no finite one */
    char value_max[QX_VALUE_MAX]; /**< upper bound of a range, else "" */
    char unit[24];                /**< canonical unit: 名, CNY, %, pp, t, year …; "" */
    qx_claim_kind kind;
    qx_approx approx;
} qx_claim;

/** Extraction options (qx_claims_extract's FLAGS). */
enum {
    /** Also report bare numbers that are not claims (kind number). */
    QX_CLAIMS_NUMBERS = 1u << 0
};

/** The claims of one text, reused from text to text. */
typedef struct qx_claims qx_claims;
QX_API qx_claims *qx_claims_new(void);
QX_API void qx_claims_free(qx_claims *claims);

/**
 * Finds the numeric claims of LEN bytes of UTF-8 text (a paragraph of
 * qx_clean's output: simplified or traditional Chinese, or English),
 * replacing those found before. Numbers in URLs, e-mail addresses, file
 * names, phone numbers and identifiers, idioms and 一 used as an article are
 * not claims. Invalid UTF-8 is skipped over. QX_ENOMEM only.
 */
QX_API qx_status qx_claims_extract(qx_claims *claims, const char *utf8, size_t len,
                                   unsigned flags);

/** The number of claims found, and claim I (borrowed until the next call). */
QX_API size_t qx_claims_count(const qx_claims *claims);
QX_API const qx_claim *qx_claims_at(const qx_claims *claims, size_t i);

/**
 * CLAIM's value and value_max in base units (jin → kg, mu → m², t → kg,
 * km → m, ha → m², h → s …), exactly, with the base unit's name in *UNIT;
 * a claim whose unit has no conversion gets its own value and unit back.
 */
QX_API void qx_claim_si(const qx_claim *claim, char value[QX_VALUE_MAX],
                        char value_max[QX_VALUE_MAX], const char **unit);

/* ===== TSV ============================================================== */

/**
 * Appends LEN bytes of TEXT to OUT as one TSV field: tab, line feed,
 * carriage return and backslash are written \t \n \r \\.
 */
QX_API qx_status qx_tsv_escape(qx_buf *out, const char *text, size_t len);

/**
 * Appends the TSV field FIELD (LEN bytes) to OUT with \t, \n, \r and \\
 * turned back into tab, line feed, carriage return and backslash; any other
 * backslash is kept as it is.
 */
QX_API qx_status qx_tsv_unescape(qx_buf *out, const char *field, size_t len);

#ifdef __cplusplus
}
#endif

#endif
