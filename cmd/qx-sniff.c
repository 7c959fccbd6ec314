/* qx-sniff: what each document is: encoding, markup, script, sizes. */
#include "common/records.h"
#include "common/tool.h"

#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static const char *const columns[] = {
    "doc",        "bytes",      "encoding",          "confidence",        "detected_by",
    "markup",     "script",     "trad_share",        "paragraphs",        "boilerplate_lines",
    "undecodable_bytes", "tags", "repair_utf8_as_gbk", "repair_utf8_as_latin",
    "repair_gbk_as_latin", "repair_big5_as_gbk", "repair_gbk_as_big5", "repair_shifted",
    "repair_pinyin", "repair_lost_byte", "lost_bytes", "punct_fixes", "title"};

/* --encoding-only: what the detector says, without cleaning */
static const char *const encoding_columns[] = {"doc", "bytes", "encoding", "confidence",
                                               "detected_by", "declared"};

typedef struct settings {
    qx_options opts;
    bool encoding_only;
} settings;

enum { ENCODING_ONLY = 256 };

static void print_help(void) {
    fputs(
        "Usage: qx-sniff [OPTION]... [FILE]...\n"
        "Describe scraped articles: one TSV row per document with its encoding,\n"
        "markup, script and what cleaning it takes (as qx-clean would clean it).\n"
        "\n"
        "With no FILE, or when FILE is -, read standard input. Each FILE is one\n"
        "document (a WARC or WET file: one per record; see -r, --jsonl, --tsv-docs).\n"
        "\n"
        "Options:\n"
        "  -e, --encoding=NAME    read input as NAME instead of detecting it\n"
        "      --encoding-only    detect the encoding and stop, as uchardet does: a row\n"
        "                         of doc bytes encoding confidence detected_by declared\n"
        "                         (declared: what an HTML meta charset says, or -);\n"
        "                         looks at the first 64 KiB of each document\n"
        "      --no-header        print no header line\n"
        "      --line-buffered    flush the output after every document\n"
        "",
        stdout);
    fputs(TOOL_HELP_RECORDS, stdout);
    fputs(
        "  -q, --quiet            print no warnings and no progress line (errors are\n"
        "                         still reported)\n"
        "  -h, --help             print this help and exit\n"
        "  -V, --version          print the version and exit\n"
        "\n"
        "Columns:\n"
        "  doc                the FILE operand as given (- for standard input), a WARC\n"
        "                     record's URI, or FILE:LINE for --jsonl and --tsv-docs\n"
        "  bytes              size of the input\n"
        "  encoding           UTF-8, GB18030, BIG5, UTF-16LE, UTF-16BE, WINDOWS-1252,\n"
        "                     US-ASCII, or the --encoding name\n"
        "  confidence         0 to 100\n"
        "  detected_by        bom, meta (an HTML charset the bytes agree with),\n"
        "                     statistics (character frequencies) or caller\n"
        "  markup             text, tagged (text with stray tags), fragment (HTML\n"
        "                     fragment) or page, prefixed frontmatter+ when the\n"
        "                     document starts with YAML or TOML front matter\n"
        "  script             simplified, traditional, mixed or none, from the Han\n"
        "                     characters that belong to one script only\n"
        "  trad_share         traditional share of those characters, 0 to 1\n"
        "  paragraphs         paragraphs after cleaning\n"
        "  boilerplate_lines  trailer and navigation lines dropped\n"
        "  undecodable_bytes  bytes replaced by U+FFFD\n"
        "  tags               HTML tags and comments removed\n"
        "  repair_utf8_as_gbk, repair_utf8_as_latin, repair_gbk_as_latin,\n"
        "  repair_big5_as_gbk, repair_gbk_as_big5, repair_shifted\n"
        "                     stretches of mojibake repaired, by kind (UTF-8 read\n"
        "                     as GBK, as Windows-1252/Latin-1 (double encoding\n"
        "                     too), GBK read as Latin-1, Big5 and GBK read as each\n"
        "                     other, GB18030 read a byte out of step)\n"
        "  repair_pinyin      pinyin annotations removed, 縣長(zhǎng) -> 縣長\n"
        "  repair_lost_byte   lost bytes rebuilt from the bytes around them\n"
        "  lost_bytes         U+FFFD left in the cleaned text\n"
        "  punct_fixes        punctuation marks and full-width characters changed\n"
        "  title              from front matter or the HTML head\n"
        "\n"
        "Examples:\n"
        "  qx-sniff *.html | sort -t \"$(printf '\\t')\" -k11,11nr | head\n"
        "  qx-sniff --no-header corpus/* | awk -F'\\t' '$3 != \"UTF-8\"'\n"
        "\n"
        "Exit status: 0 if every input was read, 1 if some input failed (it is\n"
        "reported and the rest processed), 2 for a usage error.\n",
        stdout);
}

static int parse_args(tool *t, int argc, char **argv, settings *s) {
    qx_options *opts = &s->opts;
    static const struct option longopts[] = {
        {"encoding", required_argument, NULL, 'e'},
        {"encoding-only", no_argument, NULL, ENCODING_ONLY},
        TOOL_LONGOPT_NO_HEADER,
        TOOL_LONGOPT_LINE_BUFFERED,
        TOOL_LONGOPTS_RECORDS,
        TOOL_LONGOPTS_STANDARD};
    int c, status;
    argv[0] = (char *)t->name; /* getopt's own messages name the tool, not its path */
    while ((c = getopt_long(argc, argv, "e:" TOOL_SHORTOPTS_RECORDS TOOL_SHORTOPTS_STANDARD, longopts, NULL)) != -1) {
        switch (c) {
        case 'e':
            opts->encoding = optarg;
            break;
        case ENCODING_ONLY:
            s->encoding_only = true;
            break;
        default:
            if ((status = tool_common_option(t, c, print_help)) >= 0)
                return status;
        }
    }
    if (s->encoding_only && opts->encoding)
        return tool_usage_error(t, "--encoding-only detects: drop -e");
    return -1;
}

/* Per mille as an exact decimal: 973 -> "0.973". */
static void field_share(tool *t, int per_mille) {
    char text[24];
    snprintf(text, sizeof text, "%d.%03d", per_mille / 1000, per_mille % 1000);
    tool_field_str(t, text);
}

static void measure_script(const qx_doc *doc, qx_script_stats *total) {
    memset(total, 0, sizeof *total);
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        qx_script_stats s;
        qx_script_measure(p.text, p.len, &s);
        total->han += s.han;
        total->simplified += s.simplified;
        total->traditional += s.traditional;
    }
}

static size_t count_lost(const qx_doc *doc) {
    size_t n = 0;
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        for (const char *c = p.text; (c = strstr(c, "\xEF\xBF\xBD")); c += 3)
            n++;
    }
    return n;
}

static void write_row(tool *t, const char *name, const qx_doc *doc, const qx_options *opts) {
    const qx_diag *d = qx_doc_diag(doc);
    qx_script_stats script;
    int share;
    measure_script(doc, &script);
    const char *verdict = qx_script_verdict(&script, &share);
    tool_field_str(t, name);
    tool_field_uint(t, d->bytes);
    tool_field_str(t, d->detection.encoding == QX_ENC_OTHER ? opts->encoding
                                                            : qx_encoding_name(d->detection.encoding));
    tool_field_uint(t, (size_t)d->detection.confidence);
    tool_field_str(t, qx_detect_source_name(d->detection.source));
    tool_field_str(t, qx_markup_name(d->markup));
    tool_field_str(t, verdict);
    field_share(t, share);
    tool_field_uint(t, qx_doc_count(doc));
    tool_field_uint(t, d->boilerplate_lines);
    tool_field_uint(t, d->undecodable);
    tool_field_uint(t, d->tags);
    for (int k = 0; k < QX_REPAIR_KINDS; k++)
        tool_field_uint(t, d->repairs[k]);
    tool_field_uint(t, count_lost(doc));
    tool_field_uint(t, d->punct_fixes);
    tool_field_str(t, qx_doc_meta(doc, "title"));
    tool_end_row(t);
}

static void detect_one(doc_job *j, const char *name, const char *data, size_t len) {
    qx_detection d;
    if (qx_detect(data, len, 0, &d) != QX_OK) {
        tool_error(j->t, name, "cannot detect the encoding");
        return;
    }
    tool_field_str(j->t, name);
    tool_field_uint(j->t, len);
    tool_field_str(j->t, qx_encoding_name(d.encoding));
    tool_field_uint(j->t, (size_t)d.confidence);
    tool_field_str(j->t, qx_detect_source_name(d.source));
    tool_field_str(j->t, d.declared == QX_ENC_UNKNOWN ? "-" : qx_encoding_name(d.declared));
    tool_end_row(j->t);
    tool_record_done(j->t);
}

static void sniff_one(void *arg, const char *name, const char *data, size_t len) {
    doc_job *j = arg;
    const settings *s = j->shared;
    const qx_options *opts = &s->opts;
    if (s->encoding_only) {
        detect_one(j, name, data, len);
        return;
    }
    if (qx_clean(j->ctx, opts, data, len, j->doc) != QX_OK) {
        tool_error(j->t, name, "%s", qx_ctx_errmsg(j->ctx));
        return;
    }
    write_row(j->t, name, j->doc, opts);
    if (len == 0)
        tool_warn(j->t, name, "empty input");
    tool_record_done(j->t);
}

int main(int argc, char **argv) {
    tool t;
    settings s = {.encoding_only = false};
    qx_options *opts = &s.opts;
    tool_init(&t, "qx-sniff");
    qx_options_init(opts);
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
    if (opts->encoding && qx_clean(ctx, opts, "", 0, doc) == QX_EENCODING) {
        status = tool_usage_error(&t, "%s", qx_ctx_errmsg(ctx));
        qx_doc_free(doc);
        qx_ctx_free(ctx);
        tool_free(&t);
        return status;
    }
    tool_start_output(&t);
    if (s.encoding_only)
        tool_header(&t, encoding_columns, sizeof encoding_columns / sizeof *encoding_columns);
    else
        tool_header(&t, columns, sizeof columns / sizeof *columns);
    operands files = tool_operands(argc, argv, optind);
    tool_progress_plan(&t, &files);
    records_worker w = {doc_job_make, sniff_one, doc_job_free, &s, NULL, NULL};
    records_run(&t, &files, &w);
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return tool_finish(&t);
}
