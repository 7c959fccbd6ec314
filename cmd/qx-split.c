/* qx-split: the sentences of scraped articles, one TSV row each. */
#include "common/records.h"
#include "common/tool.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct settings {
    qx_options opts;
    bool tsv_in;
    bool lines;
    bool offsets;
    bool cleaning_options; /* -e, --only or --skip given */
    unsigned to;           /* QX_OPT_TO_SIMPLIFIED, QX_OPT_TO_TRADITIONAL or 0 */
} settings;

/* Where a text is in the output: its document and paragraph. */
typedef struct place {
    const char *doc;
    size_t doc_len;
    const char *para;
    size_t para_len;
} place;

/* Working state, reused from input to input. */
typedef struct splitter {
    doc_job job;      /* the tool, a context and a document */
    const settings *s;
    qx_buf text;      /* a text being assembled: --tsv-in field, --lines paragraphs */
    qx_buf doc_field; /* a --tsv-in doc field */
    qx_buf para;      /* a --tsv-in para field */
    qx_buf converted;
} splitter;

static void print_help(void) {
    fputs("Usage: qx-split [OPTION]... [FILE]...\n"
          "Split scraped Chinese and English articles into sentences. Each FILE is\n"
          "cleaned as qx-clean does (decode, markup, repair, space, boilerplate, punct)\n"
          "and every sentence of every paragraph is printed as one TSV row.\n"
          "\n"
          "With no FILE, or when FILE is -, read standard input.\n"
          "\n"
          "Options:\n"
          "      --tsv-in           read the TSV of qx-clean --tsv (its doc, para and\n"
          "                         text columns) instead of raw articles; the text is\n"
          "                         split as it is, not cleaned again; without a header\n"
          "                         line (qx-clean --tsv --no-header, or a block from\n"
          "                         parallel --pipe) its column order is assumed\n"
          "  -l, --lines            clean each input line as a text of its own (doc is\n"
          "                         the FILE, para the line number)\n"
          "      --offsets          add the columns start and end: where the sentence\n"
          "                         is in its paragraph, in characters\n"
          "      --to=SCRIPT        simp: convert to simplified script first (as\n"
          "                         qx-clean --to=simp); trad: to traditional; keep\n"
          "                         (default): leave the script alone\n"
          "  -e, --encoding=NAME    read input as NAME instead of detecting it\n"
          "      --only=STAGE,...   clean with only these stages (as qx-clean)\n"
          "      --skip=STAGE,...   clean with every stage but these\n"
          "      --no-header        print no header line\n"
          "      --line-buffered    flush the output after every document or line\n"
          "",
          stdout);
    fputs(TOOL_HELP_RECORDS, stdout);
    fputs("  -q, --quiet            print no warnings and no progress line (errors are\n"
          "                         still reported)\n"
          "  -h, --help             print this help and exit\n"
          "  -V, --version          print the version and exit\n"
          "\n"
          "Columns:\n"
          "  doc        the FILE operand as given, a WARC record's URI, FILE:LINE for\n"
          "             --jsonl and --tsv-docs, or the doc column of --tsv-in\n"
          "  para       paragraph number, from 1, as qx-clean --tsv numbers them; the\n"
          "             line number with --lines; the para column of --tsv-in as it is\n"
          "  sent       sentence number in the paragraph, from 1, as qx-claims numbers\n"
          "             its sent column\n"
          "  start,end  with --offsets: character offsets of the sentence in the\n"
          "             paragraph, from 0, end exclusive (as in qx-claims)\n"
          "  text       the sentence, without the spaces and line break around it\n"
          "Tab, line feed, carriage return and backslash in fields are written\n"
          "\\t, \\n, \\r and \\\\.\n"
          "\n"
          "Sentences end after 。！？；… and ……, after . ! ? followed by a space or a\n"
          "line break, and at line breaks; closing quotes and brackets (” 」 ） 》 \" ')\n"
          "stay with the sentence they close. Decimals (3.5), URLs and e-mail addresses\n"
          "(www.x.cn), list numbers (1.) and abbreviations (Mr. Dr. No. 5, U.S., e.g.,\n"
          "J. Smith, Jan. 5) end nothing; man qx-split gives the rules and their limits.\n"
          "\n"
          "Examples:\n"
          "  qx-split article.html\n"
          "  qx-clean --tsv pages/*.html | qx-split --tsv-in > sentences.tsv\n"
          "  cut -f2 comments.tsv | qx-split --lines --no-header\n"
          "  qx-split --offsets --to=simp big5-page.html\n"
          "\n"
          "Exit status: 0 if every input was read, 1 if some input failed (it is\n"
          "reported and the rest processed), 2 for a usage error.\n",
          stdout);
}

static int parse_to(const tool *t, settings *s, const char *name) {
    if (strcmp(name, "simp") == 0 || strcmp(name, "simplified") == 0)
        s->to = QX_OPT_TO_SIMPLIFIED;
    else if (strcmp(name, "trad") == 0 || strcmp(name, "traditional") == 0)
        s->to = QX_OPT_TO_TRADITIONAL;
    else if (strcmp(name, "keep") == 0)
        s->to = 0;
    else
        return tool_usage_error(t, "--to: '%s' is not simp, trad or keep", name);
    return -1;
}

/* Returns -1 to go on, or the exit status. */
static int parse_args(tool *t, int argc, char **argv, settings *s) {
    enum { TSV_IN = 256, OFFSETS, TO };
    static const struct option longopts[] = {TOOL_LONGOPTS_CLEANING,
                                             {"tsv-in", no_argument, NULL, TSV_IN},
                                             {"lines", no_argument, NULL, 'l'},
                                             {"offsets", no_argument, NULL, OFFSETS},
                                             {"to", required_argument, NULL, TO},
                                             TOOL_LONGOPT_NO_HEADER,
                                             TOOL_LONGOPT_LINE_BUFFERED,
                                             TOOL_LONGOPTS_RECORDS,
                                             TOOL_LONGOPTS_STANDARD};
    int c, status, cleaning;
    argv[0] = (char *)t->name; /* getopt's own messages name the tool, not its path */
    while ((c = getopt_long(argc, argv, TOOL_SHORTOPTS_CLEANING "l" TOOL_SHORTOPTS_RECORDS TOOL_SHORTOPTS_STANDARD, longopts, NULL)) != -1) {
        switch (c) {
        case TSV_IN:
            s->tsv_in = true;
            break;
        case 'l':
            s->lines = true;
            break;
        case OFFSETS:
            s->offsets = true;
            break;
        case TO:
            if ((status = parse_to(t, s, optarg)) >= 0)
                return status;
            break;
        default:
            if ((cleaning = tool_cleaning_option(t, c, &s->opts)) < 0)
                return EXIT_USAGE;
            if (cleaning > 0) {
                s->cleaning_options = true;
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
    if (s->tsv_in && s->cleaning_options)
        return tool_usage_error(t, "--tsv-in reads clean text: -e, --only and --skip do not apply");
    return -1;
}

/* ----- output ----- */

/* Bytes of the white-space character that starts at P (N bytes left), or 0:
 * ASCII white space, NBSP, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F,
 * U+3000. */
static size_t space_len(const unsigned char *p, size_t n) {
    if (n >= 1 && (p[0] == ' ' || (p[0] >= '\t' && p[0] <= '\r')))
        return 1;
    if (n >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
        return 2;
    if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
        (p[2] <= 0x8A || p[2] == 0xA8 || p[2] == 0xA9 || p[2] == 0xAF))
        return 3;
    if (n >= 3 && ((p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0x9F) ||
                   (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)))
        return 3;
    return 0;
}

/* Narrows [*A, *B) of TEXT to leave out the white space around it. */
static void trim(const char *text, size_t *a, size_t *b) {
    const unsigned char *s = (const unsigned char *)text;
    size_t n;
    while (*a < *b && (n = space_len(s + *a, *b - *a)) > 0)
        *a += n;
    while (*b > *a) {
        size_t start = *b - 1;
        while (start > *a && (s[start] & 0xC0) == 0x80 && *b - start < 3)
            start--;
        if (space_len(s + start, *b - start) != *b - start)
            break;
        *b = start;
    }
}

/* Characters (code points) in LEN bytes of UTF-8. */
static size_t count_chars(const char *text, size_t len) {
    size_t chars = 0;
    for (size_t i = 0; i < len; i++)
        chars += ((unsigned char)text[i] & 0xC0) != 0x80;
    return chars;
}

/* Prints a row for every sentence of TEXT (LEN bytes of valid UTF-8),
 * numbered as qx_claims_extract numbers them. */
static void write_sentences(tool *t, const settings *s, const place *at, const char *text,
                            size_t len) {
    size_t sent = 0, counted = 0, chars = 0; /* CHARS characters in TEXT[0, COUNTED) */
    for (size_t start = 0; start < len;) {
        size_t end = qx_sentence_end(text, len, start);
        if (end <= start || end > len)
            end = len;
        sent++;
        size_t a = start, b = end;
        trim(text, &a, &b);
        start = end;
        if (a == b)
            continue;
        tool_field(t, at->doc, at->doc_len);
        tool_field(t, at->para, at->para_len);
        tool_field_uint(t, sent);
        if (s->offsets) {
            chars += count_chars(text + counted, a - counted);
            tool_field_uint(t, chars);
            chars += count_chars(text + a, b - a);
            tool_field_uint(t, chars);
            counted = b;
        }
        tool_field(t, text + a, b - a);
        tool_end_row(t);
    }
}

/* ----- raw articles ----- */

static void report(const tool *t, const char *name, const qx_doc *doc) {
    const qx_diag *d = qx_doc_diag(doc);
    if (d->bytes == 0)
        tool_warn(t, name, "empty input");
    else if (qx_doc_count(doc) == 0)
        tool_warn(t, name, "no text left after cleaning");
    if (d->undecodable)
        tool_warn(t, name, "%zu undecodable byte%s replaced by U+FFFD (first at byte %zu)",
                  d->undecodable, d->undecodable == 1 ? "" : "s", d->first_undecodable);
}

/* AT's para column: the number N, written into BUF. */
static void number_para(place *at, char buf[TOOL_UINT_DIGITS], size_t n) {
    at->para = tool_format_uint(buf, n);
    at->para_len = (size_t)(buf + TOOL_UINT_DIGITS - at->para);
}

static void split_document(void *arg, const char *name, const char *data, size_t len) {
    splitter *sp = arg;
    qx_status st = qx_clean(sp->job.ctx, &sp->s->opts, data, len, sp->job.doc);
    if (st != QX_OK) {
        const char *msg = qx_ctx_errmsg(sp->job.ctx);
        tool_error(sp->job.t, name, "%s", msg[0] ? msg : qx_strerror(st));
        return;
    }
    char number[TOOL_UINT_DIGITS];
    place at = {name, strlen(name), number, 0};
    for (size_t i = 0; i < qx_doc_count(sp->job.doc) && !tool_output_closed(); i++) {
        qx_para p = qx_doc_para(sp->job.doc, i);
        number_para(&at, number, i + 1);
        write_sentences(sp->job.t, sp->s, &at, p.text, p.len);
    }
    report(sp->job.t, name, sp->job.doc);
    tool_record_done(sp->job.t);
}

/* ----- --lines ----- */


/* Ends reading FILE: a read error is reported, and so is a file with no
 * bytes at all. */
static void end_lines(tool *t, const char *name, tool_lines *r) {
    if (ferror(r->in))
        tool_error(t, name, "read error after line %zu", r->number);
    else if (r->number == 0)
        tool_warn(t, name, "empty input");
    free(r->data);
    tool_close(r->in);
}

static void split_lines(splitter *sp, const char *name) {
    tool_lines r = {tool_open(sp->job.t, name), NULL, 0, 0, 0};
    if (!r.in)
        return;
    size_t bad_lines = 0, bad_bytes = 0, first_bad = 0;
    char number[TOOL_UINT_DIGITS];
    place at = {name, strlen(name), number, 0};
    while (tool_next_line(&r)) {
        if (qx_clean(sp->job.ctx, &sp->s->opts, r.data, r.len, sp->job.doc) != QX_OK) {
            tool_error(sp->job.t, name, "line %zu: %s", r.number, qx_ctx_errmsg(sp->job.ctx));
            continue;
        }
        size_t bad = qx_doc_diag(sp->job.doc)->undecodable, len;
        if (bad && bad_lines++ == 0)
            first_bad = r.number;
        bad_bytes += bad;
        /* a line is one text: line breaks between the paragraphs markup
         * made of it end sentences */
        const char *text = tool_doc_text(sp->job.doc, &sp->text, &len);
        if (!text) {
            tool_error(sp->job.t, name, "line %zu: out of memory", r.number);
            continue;
        }
        number_para(&at, number, r.number);
        write_sentences(sp->job.t, sp->s, &at, text, len);
        tool_record_done(sp->job.t);
    }
    if (bad_lines)
        tool_warn(sp->job.t, name,
                  "%zu undecodable byte%s replaced by U+FFFD on %zu line%s (first: line %zu)",
                  bad_bytes, bad_bytes == 1 ? "" : "s", bad_lines, bad_lines == 1 ? "" : "s",
                  first_bad);
    end_lines(sp->job.t, name, &r);
}

/* ----- --tsv-in ----- */

/* The columns of a qx-clean --tsv header: indexes of doc, para and text. */
typedef struct tsv_columns {
    long doc, para, text, count;
} tsv_columns;



static bool read_header(tool *t, const char *name, const char *line, size_t len,
                        tsv_columns *cols) {
    cols->doc = cols->para = cols->text = -1;
    cols->count = 0;
    const char *f;
    size_t n;
    for (long i = 0; tool_tsv_field(line, len, i, &f, &n); i++) {
        cols->count++;
        if (n == 3 && memcmp(f, "doc", 3) == 0 && cols->doc < 0)
            cols->doc = i;
        else if (n == 4 && memcmp(f, "para", 4) == 0 && cols->para < 0)
            cols->para = i;
        else if (n == 4 && memcmp(f, "text", 4) == 0 && cols->text < 0)
            cols->text = i;
    }
    if (cols->text < 0) {
        tool_error(t, name, "--tsv-in: the header has no text column");
        return false;
    }
    return true;
}

/* Unescapes field I of LINE into OUT; false if the line has no field I. */
static bool unescape_field(const tool_lines *r, long i, qx_buf *out, bool *oom) {
    const char *f;
    size_t n;
    out->len = 0;
    if (!tool_tsv_field(r->data, r->len, i, &f, &n))
        return false;
    if (qx_tsv_unescape(out, f, n) != QX_OK)
        *oom = true;
    return true;
}

/* The text of a row as it is split: invalid UTF-8 replaced by U+FFFD
 * (counted in *BAD), converted to the --to script. NULL when memory runs
 * out. */
static const char *row_text(splitter *sp, size_t *len, size_t *bad) {
    if (qx_doc_set_text(sp->job.doc, sp->text.len ? sp->text.data : "", sp->text.len) != QX_OK)
        return NULL;
    *bad = qx_doc_diag(sp->job.doc)->undecodable;
    qx_para p = {"", 0, QX_ROLE_TEXT};
    if (qx_doc_count(sp->job.doc))
        p = qx_doc_para(sp->job.doc, 0);
    *len = p.len;
    if (!sp->s->to)
        return p.text;
    qx_script_target to = sp->s->to == QX_OPT_TO_SIMPLIFIED ? QX_TO_SIMPLIFIED : QX_TO_TRADITIONAL;
    sp->converted.len = 0;
    if (qx_convert(to, p.text, p.len, 1, &sp->converted, NULL) != QX_OK)
        return NULL;
    *len = sp->converted.len;
    return sp->converted.len ? sp->converted.data : "";
}

/* Splits one data row; false when memory ran out. A row with fewer fields
 * than the header is counted in *SHORT_ROWS (the first reported), its bad
 * bytes in *BAD_BYTES. */
static bool split_row(splitter *sp, const char *name, const tool_lines *r, const tsv_columns *cols,
                      size_t *short_rows, size_t *bad_bytes) {
    bool oom = false;
    char number[TOOL_UINT_DIGITS];
    place at = {name, strlen(name), NULL, 0};
    number_para(&at, number, r->number - 1);
    if (!unescape_field(r, cols->text, &sp->text, &oom) ||
        (cols->doc >= 0 && !unescape_field(r, cols->doc, &sp->doc_field, &oom)) ||
        (cols->para >= 0 && !unescape_field(r, cols->para, &sp->para, &oom))) {
        if ((*short_rows)++ == 0)
            tool_error(sp->job.t, name, "line %zu: fewer fields than the header's %ld", r->number,
                       cols->count);
        return !oom;
    }
    if (oom)
        return false;
    if (cols->doc >= 0) {
        at.doc = sp->doc_field.len ? sp->doc_field.data : "";
        at.doc_len = sp->doc_field.len;
    }
    if (cols->para >= 0) {
        at.para = sp->para.len ? sp->para.data : "";
        at.para_len = sp->para.len;
    }
    size_t len, bad = 0;
    const char *text = row_text(sp, &len, &bad);
    if (!text)
        return false;
    *bad_bytes += bad;
    write_sentences(sp->job.t, sp->s, &at, text, len);
    tool_record_done(sp->job.t);
    return true;
}

static void split_tsv(splitter *sp, const char *name) {
    tool_lines r = {tool_open(sp->job.t, name), NULL, 0, 0, 0};
    if (!r.in)
        return;
    tsv_columns cols = {-1, -1, -1, 0};
    size_t short_rows = 0, bad_bytes = 0;
    bool ok = tool_next_line(&r), first_is_row = false;
    /* a byte-order mark, as spreadsheets write, is not part of the first name */
    size_t bom = ok && r.len >= 3 && memcmp(r.data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (ok && tool_tsv_clean_row(r.data + bom, r.len - bom)) {
        /* no header: rows of qx-clean --tsv (doc para role text), as GNU
         * parallel --pipe hands every block but the first on */
        cols = (tsv_columns){0, 1, 3, 4};
        first_is_row = true;
    } else {
        ok = ok && read_header(sp->job.t, name, r.data + bom, r.len - bom, &cols);
    }
    while (ok && (first_is_row || tool_next_line(&r))) {
        first_is_row = false;
        if (!split_row(sp, name, &r, &cols, &short_rows, &bad_bytes)) {
            tool_error(sp->job.t, name, "line %zu: out of memory", r.number);
            break;
        }
    }
    if (short_rows > 1)
        tool_error(sp->job.t, name, "%zu lines in all had fewer fields than the header", short_rows);
    if (bad_bytes)
        tool_warn(sp->job.t, name, "%zu undecodable byte%s in the text column replaced by U+FFFD",
                  bad_bytes, bad_bytes == 1 ? "" : "s");
    end_lines(sp->job.t, name, &r);
}

/* ----- main ----- */

static void free_splitter(void *arg) {
    splitter *sp = arg;
    if (sp) {
        qx_buf_free(&sp->text);
        qx_buf_free(&sp->doc_field);
        qx_buf_free(&sp->para);
        qx_buf_free(&sp->converted);
    }
    doc_job_free(sp);
}

/* A splitter for one thread (-j): its own context and document. */
static void *new_splitter(tool *t, void *shared) {
    splitter *sp = doc_job_new(t, shared, sizeof *sp);
    if (sp)
        sp->s = shared;
    return sp;
}

static int run(tool *t, settings *s, int argc, char **argv) {
    splitter *sp = new_splitter(t, s);
    int status = EXIT_SOME_FAILED;
    if (!sp) {
        fprintf(stderr, "%s: out of memory\n", t->name);
        tool_free(t);
        goto done;
    }
    if (s->opts.encoding && qx_clean(sp->job.ctx, &s->opts, "", 0, sp->job.doc) == QX_EENCODING) {
        status = tool_usage_error(t, "%s", qx_ctx_errmsg(sp->job.ctx));
        tool_free(t);
        goto done;
    }
    tool_start_output(t);
    static const char *const with_offsets[] = {"doc", "para", "sent", "start", "end", "text"};
    static const char *const plain[] = {"doc", "para", "sent", "text"};
    tool_header(t, s->offsets ? with_offsets : plain, s->offsets ? 6 : 4);
    operands files = tool_operands(argc, argv, optind);
    tool_progress_plan(t, &files);
    if (s->tsv_in || s->lines) {
        for (int i = 0; i < files.count && !tool_output_closed(); i++) {
            if (s->tsv_in)
                split_tsv(sp, files.names[i]);
            else
                split_lines(sp, files.names[i]);
        }
    } else {
        records_worker w = {new_splitter, split_document, free_splitter, s, NULL, NULL};
        records_run(t, &files, &w);
    }
    status = tool_finish(t);
done:
    free_splitter(sp);
    return status;
}

int main(int argc, char **argv) {
    tool t;
    settings s = {0};
    tool_init(&t, "qx-split");
    qx_options_init(&s.opts);
    int status = parse_args(&t, argc, argv, &s);
    if (status >= 0) {
        tool_free(&t);
        return status;
    }
    s.opts.flags |= s.to | (s.lines ? QX_OPT_LINE : 0);
    return run(&t, &s, argc, argv);
}
