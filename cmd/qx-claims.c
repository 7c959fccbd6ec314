/* qx-claims: every numeric claim of an article, one TSV row each. */
#include "common/records.h"
#include "common/tool.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct settings {
    qx_options opts;
    bool tsv_in;
    bool lines;
    bool si;
    bool number_span;
    unsigned flags; /* QX_CLAIMS_* */
} settings;

/* What one text is in the output: its document and paragraph. */
typedef struct place {
    const char *doc;
    size_t doc_len;
    size_t para;
} place;

static void print_help(void) {
    fputs(
        "Usage: qx-claims [OPTION]... [FILE]...\n"
        "Find the numeric claims of scraped Chinese and English articles: how many,\n"
        "how much, what share. Each FILE is cleaned as qx-clean does (decode, markup,\n"
        "repair, space, boilerplate, punct) and every claim of its text is printed\n"
        "as one TSV row, with its exact value, unit, kind and hedge.\n"
        "\n"
        "With no FILE, or when FILE is -, read standard input.\n"
        "\n"
        "Options:\n"
        "      --tsv-in           read the TSV of qx-clean --tsv (its doc, para and\n"
        "                         text columns) instead of raw articles; without a\n"
        "                         header line (qx-clean --tsv --no-header, or a block\n"
        "                         from parallel --pipe) its column order is assumed\n"
        "  -l, --lines            each input line is a text of its own (doc is the\n"
        "                         FILE, para the line number; paragraphs that markup\n"
        "                         makes of one line are joined by line breaks, as\n"
        "                         qx-split joins them)\n"
        "      --si               add si_value, si_value_max and si_unit: measures in\n"
        "                         base units, exactly (jin and t to kg, mu and ha to\n"
        "                         m2, km to m, h and day to s)\n"
        "      --numbers          also print bare numbers that are not claims (kind\n"
        "                         number): 一百四十四, 三区 ...\n"
        "      --span=WHAT        claim (default): start, end and text cover the\n"
        "                         hedge, the number and the unit (超过4000名); number:\n"
        "                         the number alone (4000)\n"
        "  -e, --encoding=NAME    read input as NAME instead of detecting it\n"
        "      --only=STAGE,...   clean with only these stages (as qx-clean)\n"
        "      --skip=STAGE,...   clean with every stage but these\n"
        "      --no-header        print no header line\n"
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
        "Columns:\n"
        "  doc        the FILE operand as given, a WARC record's URI, FILE:LINE for\n"
        "             --jsonl and --tsv-docs, or the doc column of --tsv-in\n"
        "  para       paragraph (or line) number, from 1, as qx-clean --tsv numbers them\n"
        "  sent       sentence number in the paragraph, from 1\n"
        "  start,end  character offsets of the claim in the paragraph's clean text,\n"
        "             from 0, end exclusive (Python slice convention)\n"
        "  text       the claim as written: 超过4000名, 24.38亿元, 1.8 million yuan\n"
        "  value      exact decimal, magnitudes expanded, no separators: 2438000000;\n"
        "             a fraction with no finite decimal is written 1/3\n"
        "  value_max  the top of a range (2、3个小时: 3), else empty\n"
        "  unit       CNY USD HKD TWD EUR JPY; % pp; t kg g jin mu ha m2 km2 km m;\n"
        "             year month week day h min s; a classifier in simplified script\n"
        "             (名 个 人 户 岁 倍 ...); empty for a bare count\n"
        "  kind       count money percent measure duration date ordinal (number)\n"
        "  approx     exact about over under nearly at_least at_most order\n"
        "  subject    what is counted or measured, best effort: the noun right after\n"
        "             the claim (学员 in 超过4000名学员), else the one before it\n"
        "             (资金 in 援助资金24.38亿元); empty when neither is clear\n"
        "  context    the sentence the claim stands in\n"
        "Dates carry the first number written (2020年7月6日: 2020) and ordinals\n"
        "their number; they are tagged so that statistics can leave them out.\n"
        "Tab, line feed, carriage return and backslash in fields are written\n"
        "\\t, \\n, \\r and \\\\.\n"
        "\n"
        "Examples:\n"
        "  qx-claims article.html\n"
        "  qx-claims --no-header *.html | awk -F'\\t' '$10 == \"money\"'\n"
        "  qx-clean --tsv pages/*.html | qx-claims --tsv-in > claims.tsv\n"
        "  echo '亩产超过3000斤' | qx-claims --lines --si\n"
        "\n"
        "Exit status: 0 if every input was read, 1 if some input failed (it is\n"
        "reported and the rest processed), 2 for a usage error.\n",
        stdout);
}

static int parse_args(tool *t, int argc, char **argv, settings *s) {
    enum { TSV_IN = 256, SI, NUMBERS, SPAN };
    static const struct option longopts[] = {
        TOOL_LONGOPTS_CLEANING,
        {"tsv-in", no_argument, NULL, TSV_IN},
        {"lines", no_argument, NULL, 'l'},
        {"si", no_argument, NULL, SI},
        {"numbers", no_argument, NULL, NUMBERS},
        {"span", required_argument, NULL, SPAN},
        TOOL_LONGOPT_NO_HEADER,
        TOOL_LONGOPT_LINE_BUFFERED,
        TOOL_LONGOPTS_RECORDS,
        TOOL_LONGOPTS_STANDARD};
    int c, status, cleaning;
    argv[0] = (char *)t->name;
    while ((c = getopt_long(argc, argv, TOOL_SHORTOPTS_CLEANING "l" TOOL_SHORTOPTS_RECORDS TOOL_SHORTOPTS_STANDARD, longopts, NULL)) != -1) {
        switch (c) {
        case TSV_IN:
            s->tsv_in = true;
            break;
        case 'l':
            s->lines = true;
            break;
        case SI:
            s->si = true;
            break;
        case NUMBERS:
            s->flags |= QX_CLAIMS_NUMBERS;
            break;
        case SPAN:
            if (strcmp(optarg, "number") == 0)
                s->number_span = true;
            else if (strcmp(optarg, "claim") != 0)
                return tool_usage_error(t, "--span: '%s' is not claim or number", optarg);
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
    if (s->lines && s->tsv_in)
        return tool_usage_error(t, "--lines and --tsv-in cannot be combined");
    if ((s->lines || s->tsv_in) && (t->records.jsonl_field || t->records.tsv_field || t->records.recursive))
        return tool_usage_error(t, "--lines and --tsv-in read lines, not containers: drop -r, --jsonl or --tsv-docs");
    return -1;
}

/* ----- output ----- */

static void write_claims(tool *t, const settings *s, qx_claims *claims, const place *at,
                         const char *text, size_t len) {
    if (qx_claims_extract(claims, text, len, s->flags) != QX_OK) {
        tool_error(t, at->doc, "out of memory");
        return;
    }
    for (size_t i = 0; i < qx_claims_count(claims); i++) {
        const qx_claim *c = qx_claims_at(claims, i);
        tool_field(t, at->doc, at->doc_len);
        tool_field_uint(t, at->para);
        tool_field_uint(t, c->sentence + 1);
        tool_field_uint(t, s->number_span ? c->num_start : c->start);
        tool_field_uint(t, s->number_span ? c->num_end : c->end);
        if (s->number_span) {
            /* the number's bytes: step from the claim's start by characters */
            size_t b = c->byte_start, chars = c->start;
            while (chars < c->num_start && b < len) {
                b++;
                while (b < len && ((unsigned char)text[b] & 0xC0) == 0x80)
                    b++;
                chars++;
            }
            size_t e = b;
            while (chars < c->num_end && e < len) {
                e++;
                while (e < len && ((unsigned char)text[e] & 0xC0) == 0x80)
                    e++;
                chars++;
            }
            tool_field(t, text + b, e - b);
        } else {
            tool_field(t, text + c->byte_start, c->byte_end - c->byte_start);
        }
        tool_field_str(t, c->value);
        tool_field_str(t, c->value_max);
        tool_field_str(t, c->unit);
        tool_field_str(t, qx_claim_kind_name(c->kind));
        tool_field_str(t, qx_approx_name(c->approx));
        tool_field(t, text + c->subject_start, c->subject_end - c->subject_start);
        size_t ss = c->sent_start, se = c->sent_end;
        while (se > ss && (text[se - 1] == '\n' || text[se - 1] == '\r'))
            se--;
        tool_field(t, text + ss, se - ss);
        if (s->si) {
            char v[QX_VALUE_MAX], vmax[QX_VALUE_MAX];
            const char *unit;
            qx_claim_si(c, v, vmax, &unit);
            tool_field_str(t, v);
            tool_field_str(t, vmax);
            tool_field_str(t, unit);
        }
        tool_end_row(t);
    }
}

static void claims_of_doc(tool *t, const settings *s, qx_claims *claims, const place *at,
                          const qx_doc *doc) {
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        place here = *at;
        here.para = i + 1;
        write_claims(t, s, claims, &here, p.text, p.len);
    }
}

static void report(const tool *t, const char *name, const qx_doc *doc) {
    const qx_diag *d = qx_doc_diag(doc);
    if (d->bytes == 0)
        tool_warn(t, name, "empty input");
    if (d->undecodable)
        tool_warn(t, name, "%zu undecodable byte%s replaced by U+FFFD (first at byte %zu)",
                  d->undecodable, d->undecodable == 1 ? "" : "s", d->first_undecodable);
}

typedef struct job {
    doc_job base;
    qx_claims *claims;
} job;

static void free_job(void *arg) {
    job *j = arg;
    if (j)
        qx_claims_free(j->claims);
    doc_job_free(j);
}

/* A job for one thread: its own context, document and claims. */
static void *new_job(tool *t, void *shared) {
    job *j = doc_job_new(t, shared, sizeof *j);
    if (j && !(j->claims = qx_claims_new())) {
        free_job(j);
        return NULL;
    }
    return j;
}

static void read_document(void *arg, const char *name, const char *data, size_t len) {
    job *j = arg;
    tool *t = j->base.t;
    const settings *s = j->base.shared;
    qx_ctx *ctx = j->base.ctx;
    qx_doc *doc = j->base.doc;
    qx_claims *claims = j->claims;
    qx_status st = qx_clean(ctx, &s->opts, data, len, doc);
    if (st != QX_OK) {
        tool_error(t, name, "%s", qx_ctx_errmsg(ctx)[0] ? qx_ctx_errmsg(ctx) : qx_strerror(st));
        return;
    }
    place at = {name, strlen(name), 0};
    claims_of_doc(t, s, claims, &at, doc);
    report(t, name, doc);
    tool_record_done(t);
}

/* ----- --lines and --tsv-in: line by line ----- */

static void read_lines(tool *t, const settings *s, qx_ctx *ctx, qx_doc *doc, qx_claims *claims,
                       const char *name) {
    tool_lines r = {tool_open(t, name), NULL, 0, 0, 0};
    if (!r.in)
        return;
    place at = {name, strlen(name), 0};
    qx_buf text = QX_BUF_INIT;
    while (tool_next_line(&r)) {
        if (qx_clean(ctx, &s->opts, r.data, r.len, doc) != QX_OK) {
            tool_error(t, name, "line %zu: %s", r.number, qx_ctx_errmsg(ctx));
            continue;
        }
        at.para = r.number;
        /* a line is one text: when markup made several paragraphs of it
         * (<p>a</p><p>b</p>), they are joined by line breaks, as qx-split
         * joins them, so that sentences and offsets count the same */
        size_t len;
        const char *line = tool_doc_text(doc, &text, &len);
        if (!line)
            tool_error(t, name, "line %zu: out of memory", r.number);
        else
            write_claims(t, s, claims, &at, line, len);
        tool_record_done(t);
    }
    if (ferror(r.in))
        tool_error(t, name, "read error after line %zu", r.number);
    qx_buf_free(&text);
    free(r.data);
    tool_close(r.in);
}

/* The columns of a qx-clean --tsv header: indexes of doc, para and text. */
typedef struct tsv_columns {
    int doc, para, text;
} tsv_columns;

static bool read_header(tool *t, const char *name, const char *line, size_t len, tsv_columns *cols) {
    const char *f;
    size_t n;
    cols->doc = cols->para = cols->text = -1;
    for (size_t i = 0; tool_tsv_field(line, len, i, &f, &n); i++) {
        if (n == 3 && memcmp(f, "doc", 3) == 0)
            cols->doc = (int)i;
        else if (n == 4 && memcmp(f, "para", 4) == 0)
            cols->para = (int)i;
        else if (n == 4 && memcmp(f, "text", 4) == 0)
            cols->text = (int)i;
    }
    if (cols->text < 0) {
        tool_error(t, name, "--tsv-in: the header has no text column");
        return false;
    }
    return true;
}

static void read_tsv(tool *t, const settings *s, qx_claims *claims, const char *name) {
    tool_lines r = {tool_open(t, name), NULL, 0, 0, 0};
    if (!r.in)
        return;
    size_t bad = 0;
    tsv_columns cols = {-1, -1, -1};
    qx_buf text = QX_BUF_INIT, doc = QX_BUF_INIT;
    bool have_header = false;
    while (tool_next_line(&r)) {
        if (!have_header) {
            have_header = true;
            if (tool_tsv_clean_row(r.data, r.len)) {
                /* no header: rows of qx-clean --tsv (doc para role text), as
                 * GNU parallel --pipe hands every block but the first on */
                cols = (tsv_columns){0, 1, 3};
            } else {
                if (!read_header(t, name, r.data, r.len, &cols))
                    break;
                continue;
            }
        }
        const char *tf, *df = NULL, *pf;
        size_t tn, dn = 0, pn;
        if (!tool_tsv_field(r.data, r.len, (size_t)cols.text, &tf, &tn) ||
            (cols.doc >= 0 && !tool_tsv_field(r.data, r.len, (size_t)cols.doc, &df, &dn))) {
            if (bad++ == 0)
                tool_error(t, name, "line %zu: %zu fields, no text column", r.number,
                           tool_tsv_count(r.data, r.len));
            continue;
        }
        text.len = doc.len = 0;
        if (qx_tsv_unescape(&text, tf, tn) != QX_OK ||
            (df && qx_tsv_unescape(&doc, df, dn) != QX_OK)) {
            tool_error(t, name, "out of memory");
            break;
        }
        place at = {name, strlen(name), r.number - 1};
        if (df) {
            at.doc = doc.len ? doc.data : "";
            at.doc_len = doc.len;
        }
        if (cols.para >= 0 && tool_tsv_field(r.data, r.len, (size_t)cols.para, &pf, &pn))
            at.para = strtoul(pf, NULL, 10);
        write_claims(t, s, claims, &at, text.len ? text.data : "", text.len);
        tool_record_done(t);
    }
    if (bad > 1)
        tool_error(t, name, "%zu lines in all had too few fields", bad);
    if (ferror(r.in))
        tool_error(t, name, "read error after line %zu", r.number);
    qx_buf_free(&text);
    qx_buf_free(&doc);
    free(r.data);
    tool_close(r.in);
}

int main(int argc, char **argv) {
    tool t;
    settings s;
    memset(&s, 0, sizeof s);
    tool_init(&t, "qx-claims");
    qx_options_init(&s.opts);
    int status = parse_args(&t, argc, argv, &s);
    if (status >= 0) {
        tool_free(&t);
        return status;
    }
    qx_ctx *ctx = qx_ctx_new();
    qx_doc *doc = qx_doc_new();
    qx_claims *claims = qx_claims_new();
    if (!ctx || !doc || !claims) {
        fprintf(stderr, "%s: out of memory\n", t.name);
        return EXIT_SOME_FAILED;
    }
    if (s.opts.encoding && qx_clean(ctx, &s.opts, "", 0, doc) == QX_EENCODING) {
        status = tool_usage_error(&t, "%s", qx_ctx_errmsg(ctx));
        goto done;
    }
    tool_start_output(&t);
    static const char *const columns[] = {"doc",   "para",      "sent", "start", "end",
                                          "text",  "value",     "value_max", "unit", "kind",
                                          "approx", "subject",  "context", "si_value",
                                          "si_value_max", "si_unit"};
    tool_header(&t, columns, s.si ? 16 : 13);
    operands files = tool_operands(argc, argv, optind);
    tool_progress_plan(&t, &files);
    if (s.lines)
        s.opts.flags |= QX_OPT_LINE;
    if (s.tsv_in || s.lines) {
        for (int i = 0; i < files.count && !tool_output_closed(); i++) {
            if (s.tsv_in)
                read_tsv(&t, &s, claims, files.names[i]);
            else
                read_lines(&t, &s, ctx, doc, claims, files.names[i]);
        }
    } else {
        records_worker w = {new_job, read_document, free_job, &s, NULL, NULL};
        records_run(&t, &files, &w);
    }
    status = tool_finish(&t);
done:
    qx_claims_free(claims);
    qx_doc_free(doc);
    qx_ctx_free(ctx);
    return status;
}
