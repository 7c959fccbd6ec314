/* qx-clean: scraped articles in, clean UTF-8 text out. */
#include "common/records.h"
#include "common/tool.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct settings {
    qx_options opts;
    bool tsv;
    bool lines;
    char *meta_list; /* --meta, comma-separated, owned by argv */
    const char *meta[16];
    size_t meta_count;
} settings;

static void print_help(void) {
    fputs(
        "Usage: qx-clean [OPTION]... [FILE]...\n"
        "Clean scraped Chinese web articles: detect the encoding and decode to UTF-8,\n"
        "strip HTML and front matter, repair mojibake, normalize whitespace, drop site\n"
        "boilerplate, and put Chinese punctuation right.\n"
        "\n"
        "With no FILE, or when FILE is -, read standard input. Each FILE is one\n"
        "document (a WARC or WET file: one per record; see -r, --jsonl, --tsv-docs);\n"
        "by default its paragraphs are printed one per line.\n"
        "\n"
        "Options:\n"
        "  -e, --encoding=NAME    read input as NAME (any iconv name: GBK, BIG5-HKSCS,\n"
        "                         UTF-16 ...) instead of detecting it\n"
        "      --only=STAGE,...   run only these stages\n"
        "      --skip=STAGE,...   run every stage but these\n"
        "      --keep-boilerplate\n"
        "                         keep trailer and navigation lines (--skip=boilerplate)\n"
        "      --punct=MODE       full (default): half-width , . : ; ( ) ! ? in Chinese\n"
        "                         text become full-width; half: full-width marks become\n"
        "                         half-width; keep: leave marks alone (--skip=punct)\n"
        "      --to=SCRIPT        simp: convert to simplified script (as opencc -c t2s,\n"
        "                         with 著 as 着 where it is not zhù); trad: to\n"
        "                         traditional (as opencc -c s2t); keep (default): leave\n"
        "                         the script alone\n"
        "  -t, --tsv              one TSV row per paragraph (columns below)\n"
        "      --meta=KEY,...     with --tsv, add a column per metadata KEY\n"
        "                         (title, date, author, description, site, url ...)\n"
        "  -l, --lines            clean each input line as a text of its own and print\n"
        "                         exactly one output line for it\n"
        "      --no-header        with --tsv, print no header line\n"
        "      --line-buffered    flush the output after every document or line\n"
        "",
        stdout);
    fputs(TOOL_HELP_RECORDS, stdout);
    fputs(
        "  -q, --quiet            print no warnings and no progress line (errors are\n"
        "                         still reported)\n"
        "  -h, --help             print this help and exit\n"
        "  -V, --version          print the version and exit\n"
        "\n"
        "Stages, in order: decode (detect the encoding, convert to UTF-8), markup\n"
        "(front matter, HTML, stray tags, entities), repair (mojibake: UTF-8 read as\n"
        "GBK or Windows-1252, GBK read as Latin-1, Big5/GBK cross-reads, text read a\n"
        "byte out of step, pinyin annotations like 縣長(zhǎng); a lost byte is\n"
        "rebuilt when its neighbours determine it, else left as U+FFFD), space\n"
        "(indents, NBSP, zero-width characters, CR LF, blank lines), boilerplate\n"
        "(上一篇, 责编, 分享, 推荐阅读 ...), punct (doubled marks made one, marks\n"
        "in Chinese text full-width, full-width letters and digits half-width), script\n"
        "(traditional to simplified or back; runs only with --to).\n"
        "Without decode the input is taken as UTF-8; invalid bytes still become U+FFFD.\n"
        "With decode alone and no --tsv, a large document is converted a piece at a\n"
        "time, as iconv does: its UTF-8 takes a few megabytes whatever its size.\n"
        "\n"
        "TSV columns (--tsv):\n"
        "  doc    the FILE operand as given (- for standard input), a WARC record's\n"
        "         URI, or FILE:LINE for --jsonl and --tsv-docs\n"
        "  para   paragraph number in the document, from 1\n"
        "  role   title (from metadata), heading (HTML h1-h6) or text\n"
        "  text   the paragraph; line breaks within it are written \\n\n"
        "  KEY    one column per --meta key, empty when the document has none\n"
        "Tab, line feed, carriage return and backslash in fields are written\n"
        "\\t, \\n, \\r and \\\\.\n"
        "\n"
        "Examples:\n"
        "  qx-clean page.html\n"
        "  qx-clean --tsv --meta=title,date *.html > paragraphs.tsv\n"
        "  cut -f3 comments.tsv | qx-clean --lines\n"
        "  qx-clean --only=decode old-gbk.txt > utf8.txt\n"
        "  cut -f2 titles.tsv | qx-clean --lines --only=repair\n"
        "\n"
        "Exit status: 0 if every input was cleaned, 1 if some input failed (it is\n"
        "reported and the rest processed), 2 for a usage error.\n",
        stdout);
}

static bool parse_meta(const tool *t, settings *s, char *list) {
    for (char *key = strtok(list, ","); key; key = strtok(NULL, ",")) {
        if (s->meta_count == sizeof s->meta / sizeof *s->meta) {
            tool_usage_error(t, "--meta: at most %zu keys", sizeof s->meta / sizeof *s->meta);
            return false;
        }
        s->meta[s->meta_count++] = key;
    }
    return true;
}

/* Returns -1 to go on, or the exit status. */
static int parse_args(tool *t, int argc, char **argv, settings *s) {
    enum { KEEP_BOILERPLATE = 256, PUNCT, TO, META };
    static const struct option longopts[] = {
        TOOL_LONGOPTS_CLEANING,
        {"keep-boilerplate", no_argument, NULL, KEEP_BOILERPLATE},
        {"punct", required_argument, NULL, PUNCT},
        {"to", required_argument, NULL, TO},
        {"tsv", no_argument, NULL, 't'},
        {"meta", required_argument, NULL, META},
        {"lines", no_argument, NULL, 'l'},
        TOOL_LONGOPT_NO_HEADER,
        TOOL_LONGOPT_LINE_BUFFERED,
        TOOL_LONGOPTS_RECORDS,
        TOOL_LONGOPTS_STANDARD};
    int c, status, cleaning;
    argv[0] = (char *)t->name; /* getopt's own messages name the tool, not its path */
    while ((c = getopt_long(argc, argv, TOOL_SHORTOPTS_CLEANING "tl" TOOL_SHORTOPTS_RECORDS TOOL_SHORTOPTS_STANDARD, longopts, NULL)) != -1) {
        switch (c) {
        case KEEP_BOILERPLATE:
            s->opts.stages &= ~(unsigned)QX_STAGE_BOILERPLATE;
            break;
        case PUNCT:
            if (strcmp(optarg, "keep") == 0) {
                s->opts.stages &= ~(unsigned)QX_STAGE_PUNCT;
            } else if (strcmp(optarg, "half") == 0) {
                s->opts.flags |= QX_OPT_PUNCT_HALF;
            } else if (strcmp(optarg, "full") != 0) {
                tool_usage_error(t, "--punct: '%s' is not full, half or keep", optarg);
                return EXIT_USAGE;
            }
            break;
        case TO:
            s->opts.flags &= ~(unsigned)(QX_OPT_TO_SIMPLIFIED | QX_OPT_TO_TRADITIONAL);
            if (strcmp(optarg, "simp") == 0 || strcmp(optarg, "simplified") == 0) {
                s->opts.flags |= QX_OPT_TO_SIMPLIFIED;
            } else if (strcmp(optarg, "trad") == 0 || strcmp(optarg, "traditional") == 0) {
                s->opts.flags |= QX_OPT_TO_TRADITIONAL;
            } else if (strcmp(optarg, "keep") != 0) {
                tool_usage_error(t, "--to: '%s' is not simp, trad or keep", optarg);
                return EXIT_USAGE;
            }
            break;
        case 't':
            s->tsv = true;
            break;
        case META:
            if (!parse_meta(t, s, optarg))
                return EXIT_USAGE;
            break;
        case 'l':
            s->lines = true;
            break;
        default:
            if ((cleaning = tool_cleaning_option(t, c, &s->opts)) < 0)
                return EXIT_USAGE;
            if (cleaning > 0) {
                break;
            }
            if ((status = tool_common_option(t, c, print_help)) >= 0)
                return status;
        }
    }
    if (s->lines && s->tsv)
        return tool_usage_error(t, "--lines and --tsv cannot be combined");
    if (s->lines && (t->records.jsonl_field || t->records.tsv_field || t->records.recursive))
        return tool_usage_error(t, "--lines reads lines, not containers: drop -r, --jsonl or --tsv-docs");
    if (s->meta_count && !s->tsv)
        return tool_usage_error(t, "--meta needs --tsv");
    return -1;
}

/* ----- output ----- */

static void write_text(const tool *t, const qx_doc *doc) {
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        if (p.len == 0)
            continue;
        tool_write(t, p.text, p.len);
        if (p.text[p.len - 1] != '\n')
            tool_write(t, "\n", 1);
    }
}

static void write_tsv(tool *t, const char *name, const qx_doc *doc, const settings *s) {
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        tool_field_str(t, name);
        tool_field_uint(t, i + 1);
        tool_field_str(t, qx_role_name(p.role));
        tool_field(t, p.text, p.len);
        for (size_t k = 0; k < s->meta_count; k++)
            tool_field_str(t, qx_doc_meta(doc, s->meta[k]));
        tool_end_row(t);
    }
}

/* ----- decoding alone, a piece at a time ----- */

/* A large document that is only decoded is converted a piece at a time, as
 * iconv(1) converts: memory holds a piece of UTF-8, not the whole document's,
 * so a file of any size decodes in a few megabytes. */
enum { PIECE_BYTES = 1 << 20, PIECEWISE_FROM = 4 * PIECE_BYTES };

static bool decodes_alone(const settings *s, size_t len) {
    return s->opts.stages == QX_STAGE_DECODE && !s->tsv && len >= PIECEWISE_FROM;
}

/* The name to decode every piece with, or NULL when the encoding is not
 * one whose characters a cut after a byte below 0x30 leaves whole: none of
 * UTF-8, GB18030, Big5 or Windows-1252 uses such a byte inside a character,
 * while UTF-16 and stateful encodings (a name iconv alone knows) do. */
static const char *piece_encoding(qx_ctx *ctx, qx_doc *doc, const settings *s, const char *data,
                                  size_t len, qx_detection *det) {
    if (s->opts.encoding) {
        /* decoding nothing tells which encoding the name means */
        if (qx_decode(ctx, doc, "", 0, s->opts.encoding, s->opts.flags) != QX_OK)
            return NULL;
        *det = qx_doc_diag(doc)->detection;
    } else if (qx_detect(data, len, s->opts.flags, det) != QX_OK) {
        return NULL;
    }
    switch (det->encoding) {
    case QX_ENC_ASCII:
    case QX_ENC_UTF8:
        return "UTF-8"; /* a byte-order mark is only skipped at the start */
    case QX_ENC_GB18030:
    case QX_ENC_BIG5:
    case QX_ENC_WINDOWS1252:
        return det->bom_len ? NULL : qx_encoding_name(det->encoding);
    default:
        return NULL;
    }
}

/* Whether a piece may end at END (> 3): after a byte below 0x30, not
 * before EF BB BF (which only the first piece may skip), and not after a
 * GB18030 lead byte and a digit, which a decoder takes for a four-byte
 * character cut off by the end, where in the whole text it is a bad byte. */
static bool may_cut(const unsigned char *s, size_t end) {
    return s[end - 1] < 0x30 && s[end] != 0xEF &&
           !(s[end - 3] >= 0x81 && s[end - 2] >= 0x30 && s[end - 2] <= 0x39);
}

/* Where the piece from FROM ends: at the first place after PIECE_BYTES on
 * where it may. */
static size_t piece_end(const char *data, size_t len, size_t from) {
    if (len - from <= PIECE_BYTES)
        return len;
    for (size_t end = from + PIECE_BYTES; end < len; end++)
        if (may_cut((const unsigned char *)data, end))
            return end;
    return len;
}

static void report_undecodable(const tool *t, const char *name, size_t count, size_t first,
                               qx_encoding enc) {
    if (count)
        tool_warn(t, name, "%zu undecodable byte%s replaced by U+FFFD (first at byte %zu, read as %s)",
                  count, count == 1 ? "" : "s", first, qx_encoding_name(enc));
}

static void report(const tool *t, const char *name, const qx_doc *doc) {
    const qx_diag *d = qx_doc_diag(doc);
    if (d->bytes == 0)
        tool_warn(t, name, "empty input");
    else if (qx_doc_count(doc) == 0)
        tool_warn(t, name, "no text left after cleaning");
    report_undecodable(t, name, d->undecodable, d->first_undecodable, d->detection.encoding);
}

/* Returns false when the document must be decoded whole instead. */
static bool decode_in_pieces(doc_job *j, const char *name, const char *data, size_t len) {
    const settings *s = j->shared;
    qx_detection det;
    const char *encoding = piece_encoding(j->ctx, j->doc, s, data, len, &det);
    if (!encoding)
        return false;
    size_t bad = 0, first_bad = 0;
    char last = '\n';
    for (size_t from = 0, end; from < len; from = end) {
        end = piece_end(data, len, from);
        if (qx_decode(j->ctx, j->doc, data + from, end - from, encoding, s->opts.flags) != QX_OK) {
            tool_error(j->t, name, "%s", qx_ctx_errmsg(j->ctx));
            return true;
        }
        const qx_diag *d = qx_doc_diag(j->doc);
        if (d->undecodable && !bad)
            first_bad = from + d->first_undecodable;
        bad += d->undecodable;
        for (size_t i = 0; i < qx_doc_count(j->doc); i++) {
            qx_para p = qx_doc_para(j->doc, i);
            if (p.len)
                last = p.text[p.len - 1];
            tool_write(j->t, p.text, p.len);
        }
    }
    if (last != '\n')
        tool_write(j->t, "\n", 1);
    report_undecodable(j->t, name, bad, first_bad, det.encoding);
    tool_record_done(j->t);
    return true;
}

static void clean_document(void *arg, const char *name, const char *data, size_t len) {
    doc_job *j = arg;
    tool *t = j->t;
    qx_ctx *ctx = j->ctx;
    qx_doc *doc = j->doc;
    const settings *s = j->shared;
    if (decodes_alone(s, len) && decode_in_pieces(j, name, data, len))
        return;
    qx_status st = qx_clean(ctx, &s->opts, data, len, doc);
    if (st != QX_OK) {
        tool_error(t, name, "%s", qx_ctx_errmsg(ctx)[0] ? qx_ctx_errmsg(ctx) : qx_strerror(st));
        return;
    }
    if (s->tsv)
        write_tsv(t, name, doc, s);
    else
        write_text(t, doc);
    report(t, name, doc);
    tool_record_done(t);
}

/* ----- --lines ----- */

/* Paragraphs and the line breaks within them joined by single spaces. */
static void write_joined(const tool *t, const qx_doc *doc) {
    bool first = true;
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        size_t start = 0;
        for (size_t k = 0; k <= p.len; k++) {
            if (k < p.len && p.text[k] != '\n' && p.text[k] != '\r')
                continue;
            if (k > start) {
                if (!first)
                    tool_write(t, " ", 1);
                tool_write(t, p.text + start, k - start);
                first = false;
            }
            start = k + 1;
        }
    }
    tool_write(t, "\n", 1);
}

static void clean_lines(tool *t, qx_ctx *ctx, qx_doc *doc, const settings *s, const char *name) {
    FILE *in = tool_open(t, name);
    if (!in)
        return;
    char *line = NULL;
    size_t cap = 0, number = 0, bad_lines = 0, bad_bytes = 0, first_bad = 0;
    ssize_t n;
    while (!tool_output_closed() && (n = getline(&line, &cap, in)) != -1) {
        number++;
        size_t len = (size_t)n;
        if (len && line[len - 1] == '\n')
            len--;
        if (len && line[len - 1] == '\r')
            len--;
        if (qx_clean(ctx, &s->opts, line, len, doc) != QX_OK) {
            tool_error(t, name, "line %zu: %s", number, qx_ctx_errmsg(ctx));
            tool_write(t, "\n", 1); /* one output line per input line, always */
            continue;
        }
        size_t bad = qx_doc_diag(doc)->undecodable;
        if (bad && bad_lines++ == 0)
            first_bad = number;
        bad_bytes += bad;
        write_joined(t, doc);
        tool_record_done(t);
    }
    if (ferror(in))
        tool_error(t, name, "read error after line %zu", number);
    if (bad_lines)
        tool_warn(t, name,
                  "%zu undecodable byte%s replaced by U+FFFD on %zu line%s (first: line %zu)",
                  bad_bytes, bad_bytes == 1 ? "" : "s", bad_lines, bad_lines == 1 ? "" : "s",
                  first_bad);
    free(line);
    tool_close(in);
}

int main(int argc, char **argv) {
    tool t;
    settings s = {0};
    tool_init(&t, "qx-clean");
    qx_options_init(&s.opts);
    int status = parse_args(&t, argc, argv, &s);
    if (status >= 0) {
        tool_free(&t);
        return status;
    }
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    if (!ctx || !doc) {
        fprintf(stderr, "%s: out of memory\n", t.name);
        return EXIT_SOME_FAILED;
    }
    if (s.opts.encoding && qx_clean(ctx, &s.opts, "", 0, doc) == QX_EENCODING) {
        status = tool_usage_error(&t, "%s", qx_ctx_errmsg(ctx));
        qx_doc_free(doc);
        qx_ctx_free(ctx);
        tool_free(&t);
        return status;
    }
    tool_start_output(&t);
    static const char *const columns[] = {"doc", "para", "role", "text"};
    if (s.tsv) {
        const char *all[4 + 16];
        memcpy(all, columns, sizeof columns);
        memcpy(all + 4, s.meta, s.meta_count * sizeof *s.meta);
        tool_header(&t, all, 4 + s.meta_count);
    }
    operands files = tool_operands(argc, argv, optind);
    tool_progress_plan(&t, &files);
    if (s.lines)
        s.opts.flags |= QX_OPT_LINE;
    if (s.lines) {
        for (int i = 0; i < files.count && !tool_output_closed(); i++)
            clean_lines(&t, ctx, doc, &s, files.names[i]);
    } else {
        records_worker w = {doc_job_make, clean_document, doc_job_free, &s, NULL, NULL};
        records_run(&t, &files, &w);
    }
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return tool_finish(&t);
}
