/* qx-dedup: near-duplicate articles (reposts under other sites' boilerplate,
 * in the other script, lightly edited), found by MinHash over character
 * shingles of the cleaned, simplified text with LSH banding. */
#include "common/minhash.h"
#include "common/records.h"
#include "common/tool.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

typedef struct settings {
    qx_options opts;   /* cleaning: the defaults, no script stage */
    unsigned min_agree; /* signature positions that must agree: --threshold */
    unsigned k;         /* --shingle */
    bool keep_first;    /* --keep=first */
    bool names;         /* --names */
    bool tsv_in;
} settings;

/* One document made ready for judging: cleaned, its clean text kept for
 * --keep=first, signed. Made by a worker thread with -j. */
typedef struct prepared {
    char *name;    /* owned */
    qx_buf text;   /* the clean text, paragraphs joined by line breaks */
    mh_sig sig;
    size_t shingles; /* 0: no text */
    char error[256]; /* not empty: the document failed */
    size_t bytes, paragraphs, undecodable, first_undecodable;
} prepared;

/* A worker's tools: one per thread. */
typedef struct preparer {
    const settings *s;
    qx_ctx *ctx;
    qx_doc *doc;
    qx_buf simp;
    mh_hasher hasher;
} preparer;

/* A document of the table: its name and member of the index (NO_MEMBER
 * when it has no text). */
#define NO_MEMBER SIZE_MAX
typedef struct doc_entry {
    char *name;
    size_t member;
} doc_entry;

/* The state of the whole run: what has been seen, in input order. */
typedef struct dedup {
    tool *t;
    const settings *s;
    preparer prep;       /* for --tsv-in, in this thread */
    prepared one;        /* the --tsv-in document being judged */
    mh_index index;      /* every document with text, a member each */
    /* the table, printed at the end (not kept with --keep=first) */
    doc_entry *docs;
    size_t ndocs, docs_cap;
    size_t *parent;      /* per member: union-find, the root the smallest */
    size_t *member_doc;  /* per member: its document */
    size_t members_cap;
    size_t current;      /* the member being added */
    size_t documents, kept, duplicates;
    bool out_of_memory;
    /* --tsv-in */
    qx_buf field, group_name, rows;
    bool header_written;
} dedup;

static void print_help(void) {
    fputs("Usage: qx-dedup [OPTION]... [FILE]...\n"
          "Find near-duplicate articles: reposts of one story under other sites'\n"
          "boilerplate, in traditional instead of simplified script, lightly edited\n"
          "or cut. Each document is cleaned as qx-clean cleans it, converted to\n"
          "simplified script and compared by MinHash over character shingles with\n"
          "LSH banding, so the time grows linearly with the corpus. Two documents\n"
          "whose estimated Jaccard similarity reaches the threshold are\n"
          "near-duplicates; clusters are what near-duplicate pairs link together.\n"
          "Prints a TSV row per document (doc cluster similarity) after the last\n"
          "input or, with --keep=first, as they are read, the documents that are no\n"
          "near-duplicate of an earlier one.\n"
          "\n"
          "With no FILE, or when FILE is -, read standard input.\n"
          "\n"
          "Options:\n"
          "  -t, --threshold=J      estimated Jaccard similarity of the shingle sets\n"
          "                         from which two documents are near-duplicates, 0 to\n"
          "                         1 (default 0.7; rounded up to agreeing positions of\n"
          "                         the 128 of a signature)\n"
          "  -k, --shingle=K        shingle length in characters, 1 to 32 (default 5)\n"
          "      --keep=first       stream: print each document that is no\n"
          "                         near-duplicate of an earlier one, as it is read, as\n"
          "                         a TSV of doc and text (its clean text, line breaks\n"
          "                         as \\n; read it back with --tsv-docs=text); with\n"
          "                         --tsv-in, its rows as they came, under the input's\n"
          "                         header\n"
          "      --names            with --keep=first: print the kept documents' names\n"
          "                         only, one per line, with no header\n"
          "      --tsv-in           read the TSV of qx-clean --tsv: consecutive rows\n"
          "                         with the same doc column are one document, their\n"
          "                         text columns joined by line breaks (not cleaned\n"
          "                         again, and by one thread whatever -j says)\n"
          "      --no-header        print no header line\n"
          "      --line-buffered    with --keep=first, flush the output after every\n"
          "                         document kept\n"
          "",
          stdout);
    fputs(TOOL_HELP_RECORDS, stdout);
    fputs("  -q, --quiet            print no warnings, no progress line and no summary\n"
          "                         (errors are still reported)\n"
          "  -h, --help             print this help and exit\n"
          "  -V, --version          print the version and exit\n"
          "\n"
          "Columns:\n"
          "  doc         the FILE operand as given, a WARC record's URI, FILE:LINE for\n"
          "              --jsonl and --tsv-docs, or the doc column of --tsv-in\n"
          "  cluster     the doc of the cluster's first document, in input order\n"
          "  similarity  estimated Jaccard similarity to that document, 0.000 to\n"
          "              1.000 (agreeing signature positions / 128); 1.000 for the\n"
          "              first itself; below the threshold when the document joined\n"
          "              the cluster through another member\n"
          "Tab, line feed, carriage return and backslash in fields are written\n"
          "\\t, \\n, \\r and \\\\.\n"
          "\n"
          "Text is compared without spaces, punctuation and symbols, with full-width\n"
          "letters and digits made ASCII and letters lower case; a shingle is K\n"
          "consecutive characters of it. Memory: a 512-byte signature per document\n"
          "with text, and for the table its name; never the text. A document with no\n"
          "letters or digits left after cleaning is a cluster of its own.\n"
          "--keep=first drops a document that is a near-duplicate of any earlier one,\n"
          "kept or not. It keeps the first document of every cluster of the table,\n"
          "and also a document linked to its cluster's earlier members only through a\n"
          "later one. At the end, unless -q, a summary goes to standard error:\n"
          "documents, clusters and duplicates (with --keep=first: kept and dropped).\n"
          "\n"
          "Examples:\n"
          "  qx-dedup -r crawl/ > clusters.tsv\n"
          "  qx-dedup --keep=first --jsonl=text pages.jsonl | qx-claims --tsv-docs=text\n"
          "  qx-dedup --keep=first --names --no-warc -r crawl/ > unique.txt\n"
          "  qx-clean --tsv pages/*.html | qx-dedup --tsv-in --keep=first > unique.tsv\n"
          "\n"
          "Exit status: 0 if every input was read, 1 if some input failed (it is\n"
          "reported and the rest processed), 2 for a usage error.\n",
          stdout);
}

/* "0.7", "1", ".85": the positions of MH_HASHES that must agree. */
static int parse_threshold(const tool *t, settings *s, const char *text) {
    char *end;
    double j = strtod(text, &end);
    if (end == text || *end || !(j >= 0 && j <= 1))
        return tool_usage_error(t, "--threshold: '%s' is not a number from 0 to 1", text);
    double need = j * MH_HASHES - 1e-9;
    unsigned agree = (unsigned)need; /* rounded up: */
    if (agree < need)
        agree++;
    s->min_agree = agree < 1 ? 1 : agree;
    return -1;
}

/* Returns -1 to go on, or the exit status. */
static int parse_args(tool *t, int argc, char **argv, settings *s) {
    enum { KEEP = 256, NAMES, TSV_IN };
    static const struct option longopts[] = {{"threshold", required_argument, NULL, 't'},
                                             {"shingle", required_argument, NULL, 'k'},
                                             {"keep", required_argument, NULL, KEEP},
                                             {"names", no_argument, NULL, NAMES},
                                             {"tsv-in", no_argument, NULL, TSV_IN},
                                             TOOL_LONGOPT_NO_HEADER,
                                             TOOL_LONGOPT_LINE_BUFFERED,
                                             TOOL_LONGOPTS_RECORDS,
                                             TOOL_LONGOPTS_STANDARD};
    int c, status;
    char *end;
    long n;
    argv[0] = (char *)t->name; /* getopt's own messages name the tool, not its path */
    while ((c = getopt_long(argc, argv, "t:k:" TOOL_SHORTOPTS_RECORDS TOOL_SHORTOPTS_STANDARD,
                            longopts, NULL)) != -1) {
        switch (c) {
        case 't':
            if ((status = parse_threshold(t, s, optarg)) >= 0)
                return status;
            break;
        case 'k':
            n = strtol(optarg, &end, 10);
            if (end == optarg || *end || n < 1 || n > MH_SHINGLE_MAX)
                return tool_usage_error(t, "--shingle: '%s' is not a length from 1 to %d",
                                        optarg, MH_SHINGLE_MAX);
            s->k = (unsigned)n;
            break;
        case KEEP:
            if (strcmp(optarg, "first") != 0)
                return tool_usage_error(t, "--keep: '%s' is not first", optarg);
            s->keep_first = true;
            break;
        case NAMES:
            s->names = true;
            break;
        case TSV_IN:
            s->tsv_in = true;
            break;
        default:
            if ((status = tool_common_option(t, c, print_help)) >= 0)
                return status;
        }
    }
    if (s->names && !s->keep_first)
        return tool_usage_error(t, "--names goes with --keep=first");
    if (s->tsv_in && (t->records.jsonl_field || t->records.tsv_field || t->records.recursive))
        return tool_usage_error(t, "--tsv-in reads lines, not containers: drop -r, --jsonl or --tsv-docs");
    return -1;
}

/* ----- preparing a document: clean, join, simplify, sign ----- */

static bool preparer_init(preparer *p, const settings *s) {
    p->s = s;
    p->ctx = qx_ctx_new();
    p->doc = qx_doc_new();
    p->simp = (qx_buf)QX_BUF_INIT;
    mh_hasher_init(&p->hasher, s->k);
    return p->ctx && p->doc;
}

static void preparer_free(preparer *p) {
    qx_doc_free(p->doc);
    qx_ctx_free(p->ctx);
    qx_buf_free(&p->simp);
    mh_hasher_free(&p->hasher);
}

/* Signs OUT->text: in simplified script, then MinHash. False when memory
 * runs out. */
static bool sign_text(preparer *p, prepared *out) {
    p->simp.len = 0;
    const char *text = out->text.len ? out->text.data : "";
    if (qx_convert(QX_TO_SIMPLIFIED, text, out->text.len, 1, &p->simp, NULL) != QX_OK)
        return false;
    out->shingles = mh_sign(&p->hasher, p->simp.len ? p->simp.data : "", p->simp.len, &out->sig);
    return out->shingles != (size_t)-1;
}

/* Cleans LEN bytes of DATA into OUT (whose name is set). */
static void prepare(preparer *p, const char *data, size_t len, prepared *out) {
    out->error[0] = '\0';
    out->text.len = 0;
    out->shingles = 0;
    out->paragraphs = 0;
    out->bytes = len;
    out->undecodable = 0;
    qx_status st = qx_clean(p->ctx, &p->s->opts, data, len, p->doc);
    if (st != QX_OK) {
        const char *msg = qx_ctx_errmsg(p->ctx);
        snprintf(out->error, sizeof out->error, "%s", msg[0] ? msg : qx_strerror(st));
        return;
    }
    const qx_diag *d = qx_doc_diag(p->doc);
    out->undecodable = d->undecodable;
    out->first_undecodable = d->first_undecodable;
    out->paragraphs = qx_doc_count(p->doc);
    for (size_t i = 0; i < out->paragraphs; i++) {
        qx_para para = qx_doc_para(p->doc, i);
        if ((i && qx_buf_append(&out->text, "\n", 1) != QX_OK) ||
            qx_buf_append(&out->text, para.text, para.len) != QX_OK) {
            snprintf(out->error, sizeof out->error, "out of memory");
            return;
        }
    }
    if (!sign_text(p, out))
        snprintf(out->error, sizeof out->error, "out of memory");
}

/* ----- judging, in input order ----- */

static size_t find_root(size_t *parent, size_t m) {
    while (parent[m] != m) {
        parent[m] = parent[parent[m]];
        m = parent[m];
    }
    return m;
}

/* mh_index_query's callback for the table: the new member and an earlier
 * one are in one cluster. */
static void unite(void *arg, size_t member, unsigned agree) {
    dedup *d = arg;
    (void)agree;
    size_t a = find_root(d->parent, d->current), b = find_root(d->parent, member);
    if (a < b)
        d->parent[b] = a;
    else if (b < a)
        d->parent[a] = b;
}

static void matched(void *arg, size_t member, unsigned agree) {
    (void)arg, (void)member, (void)agree;
}

static bool grow_array(void **p, size_t *cap, size_t need, size_t size) {
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 1024;
    while (n < need) {
        if (n > SIZE_MAX / 2 / size)
            return false;
        n *= 2;
    }
    void *q = realloc(*p, n * size);
    if (!q)
        return false;
    *p = q;
    *cap = n;
    return true;
}

/* The table: P joins the clusters of the earlier documents it is a
 * near-duplicate of, linking them. False when memory runs out. */
static bool remember(dedup *d, const prepared *p) {
    size_t m = d->index.count;
    char *name = strdup(p->name);
    if (!name || !grow_array((void **)&d->docs, &d->docs_cap, d->ndocs + 1, sizeof *d->docs)) {
        free(name);
        return false;
    }
    if (p->shingles) {
        size_t cap = d->members_cap;
        if (!grow_array((void **)&d->parent, &cap, m + 1, sizeof *d->parent) ||
            !grow_array((void **)&d->member_doc, &d->members_cap, m + 1, sizeof *d->member_doc)) {
            free(name);
            return false;
        }
        d->parent[m] = m;
        d->member_doc[m] = d->ndocs;
        d->current = m;
        mh_index_query(&d->index, &p->sig, d->s->min_agree, unite, d);
        if (mh_index_add(&d->index, &p->sig) != 0) {
            free(name);
            return false;
        }
    }
    d->docs[d->ndocs].name = name;
    d->docs[d->ndocs++].member = p->shingles ? m : NO_MEMBER;
    return true;
}

/* AGREE of MH_HASHES as a decimal with three places, rounded. */
static void write_similarity(tool *t, unsigned agree) {
    unsigned milli = (agree * 1000 + MH_HASHES / 2) / MH_HASHES;
    char text[16];
    snprintf(text, sizeof text, "%u.%03u", milli / 1000, milli % 1000);
    tool_field_str(t, text);
}

/* The table, at the end: every document, its cluster's first and the
 * similarity to it. */
static void write_table(dedup *d) {
    tool *t = d->t;
    for (size_t i = 0; i < d->ndocs && !tool_output_closed(); i++) {
        const doc_entry *e = &d->docs[i];
        const char *first = e->name;
        unsigned agree = MH_HASHES;
        d->documents++;
        if (e->member != NO_MEMBER) {
            size_t root = find_root(d->parent, e->member);
            first = d->docs[d->member_doc[root]].name;
            agree = mh_agree(&d->index.sigs[e->member], &d->index.sigs[root]);
        }
        if (first == e->name)
            d->kept++;
        else
            d->duplicates++;
        tool_field_str(t, e->name);
        tool_field_str(t, first);
        write_similarity(t, agree);
        tool_end_row(t);
    }
}

/* --keep=first: prints P (ROWS: the raw --tsv-in rows to pass through)
 * unless it is a near-duplicate of an earlier document. False when memory
 * runs out. */
static bool keep_or_drop(dedup *d, const prepared *p, const qx_buf *rows) {
    tool *t = d->t;
    bool first = true;
    d->documents++;
    if (p->shingles) {
        first = mh_index_query(&d->index, &p->sig, d->s->min_agree, matched, NULL) == 0;
        if (mh_index_add(&d->index, &p->sig) != 0)
            return false;
    }
    if (!first) {
        d->duplicates++;
        return true;
    }
    d->kept++;
    if (d->s->names) {
        tool_field_str(t, p->name);
        tool_end_row(t);
    } else if (rows) {
        tool_write(t, rows->data ? rows->data : "", rows->len);
    } else {
        tool_field_str(t, p->name);
        tool_field(t, p->text.len ? p->text.data : "", p->text.len);
        tool_end_row(t);
    }
    tool_record_done(t);
    return true;
}

static void judge_and_write(dedup *d, const prepared *p, const qx_buf *rows) {
    bool ok = d->s->keep_first ? keep_or_drop(d, p, rows) : remember(d, p);
    if (!ok) {
        tool_error(d->t, p->name, "out of memory: no more documents are compared");
        d->out_of_memory = true;
    }
}

/* Warnings and errors about a prepared document, in input order. */
static bool report(dedup *d, const prepared *p) {
    if (p->error[0]) {
        tool_error(d->t, p->name, "%s", p->error);
        return false;
    }
    if (p->bytes == 0)
        tool_warn(d->t, p->name, "empty input");
    else if (p->paragraphs == 0)
        tool_warn(d->t, p->name, "no text left after cleaning");
    else if (p->shingles == 0)
        tool_warn(d->t, p->name, "no letters or digits left after cleaning");
    if (p->undecodable)
        tool_warn(d->t, p->name, "%zu undecodable byte%s replaced by U+FFFD (first at byte %zu)",
                  p->undecodable, p->undecodable == 1 ? "" : "s", p->first_undecodable);
    return true;
}

static void finish_document(dedup *d, const prepared *p) {
    if (report(d, p) && !d->out_of_memory)
        judge_and_write(d, p, NULL);
}

/* ----- documents through records_run: prepared by a job (in a worker
 * thread with -j), judged in input order by finish ----- */

typedef struct job {
    preparer p;
    prepared *current; /* the document just prepared, for detach */
    bool ok;
} job;

static void free_job(void *arg) {
    job *j = arg;
    if (!j)
        return;
    preparer_free(&j->p);
    free(j);
}

static void *new_job(tool *t, void *shared) {
    (void)t;
    const dedup *d = shared;
    job *j = calloc(1, sizeof *j);
    if (j)
        j->ok = preparer_init(&j->p, d->s);
    return j;
}

static void prepare_document(void *arg, const char *name, const char *data, size_t len) {
    job *j = arg;
    prepared *p = calloc(1, sizeof *p);
    if (!p || !(p->name = strdup(name))) {
        free(p);
        p = NULL;
    } else if (j->ok) {
        prepare(&j->p, data, len, p);
    } else {
        snprintf(p->error, sizeof p->error, "out of memory");
    }
    j->current = p;
}

static void *detach_document(void *arg) {
    job *j = arg;
    prepared *p = j->current;
    j->current = NULL;
    return p;
}

static void judge_document(void *shared, void *result) {
    dedup *d = shared;
    prepared *p = result;
    if (!p) {
        tool_error(d->t, "-", "out of memory: a document was not read");
        return;
    }
    finish_document(d, p);
    free(p->name);
    qx_buf_free(&p->text);
    free(p);
}

/* ----- --tsv-in ----- */



/* The columns doc and text of a header: their indexes, or false (reported). */
static bool read_header(tool *t, const char *name, const char *line, size_t len, long *doc,
                        long *text, long *count) {
    const char *f;
    size_t n;
    *doc = *text = -1;
    *count = 0;
    for (long i = 0; tool_tsv_field(line, len, i, &f, &n); i++) {
        ++*count;
        if (n == 3 && memcmp(f, "doc", 3) == 0 && *doc < 0)
            *doc = i;
        else if (n == 4 && memcmp(f, "text", 4) == 0 && *text < 0)
            *text = i;
    }
    if (*doc < 0 || *text < 0) {
        tool_error(t, name, "--tsv-in: the header has no %s column (for one document per row, use --tsv-docs=text)",
                   *doc < 0 ? "doc" : "text");
        return false;
    }
    return true;
}

/* The document gathered so far, if any, judged; the gathering emptied. */
static void end_group(dedup *d, bool *open) {
    if (!*open)
        return;
    *open = false;
    prepared *p = &d->one;
    p->name = d->group_name.len ? d->group_name.data : "";
    p->error[0] = '\0';
    p->bytes = p->paragraphs = 1; /* no warning about emptiness: rows were read */
    p->undecodable = 0;
    if (!sign_text(&d->prep, p))
        snprintf(p->error, sizeof p->error, "out of memory");
    if (report(d, p) && !d->out_of_memory)
        judge_and_write(d, p, d->s->keep_first && !d->s->names ? &d->rows : NULL);
    d->t->counts.documents++;
    p->name = NULL;
    p->text.len = 0;
    d->rows.len = 0;
}

static void dedup_tsv(dedup *d, const char *name) {
    tool *t = d->t;
    tool_lines r = {tool_open(t, name), NULL, 0, 0, 0};
    if (!r.in)
        return;
    long doc_col, text_col, count;
    size_t short_rows = 0;
    bool open = false, oom = false;
    bool pass_rows = d->s->keep_first && !d->s->names;
    bool ok = tool_next_line(&r);
    size_t bom = ok && r.len >= 3 && memcmp(r.data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    ok = ok && read_header(t, name, r.data + bom, r.len - bom, &doc_col, &text_col, &count);
    if (ok && pass_rows && t->header && !d->header_written) {
        tool_write(t, r.data + bom, r.len - bom);
        tool_write(t, "\n", 1);
        d->header_written = true;
    }
    while (ok && !oom && tool_next_line(&r)) {
        const char *docf, *textf;
        size_t doc_n, text_n;
        if (!tool_tsv_field(r.data, r.len, doc_col, &docf, &doc_n) ||
            !tool_tsv_field(r.data, r.len, text_col, &textf, &text_n)) {
            if (short_rows++ == 0)
                tool_error(t, name, "line %zu: fewer fields than the header's %ld", r.number, count);
            continue;
        }
        d->field.len = 0;
        if (qx_tsv_unescape(&d->field, docf, doc_n) != QX_OK) {
            oom = true;
            break;
        }
        if (open && (d->field.len != d->group_name.len ||
                     memcmp(d->field.data ? d->field.data : "",
                            d->group_name.data ? d->group_name.data : "", d->field.len) != 0))
            end_group(d, &open);
        if (!open) {
            d->group_name.len = 0;
            if (qx_buf_append(&d->group_name, d->field.data ? d->field.data : "", d->field.len) !=
                QX_OK) {
                oom = true;
                break;
            }
            open = true;
        } else if (qx_buf_append(&d->one.text, "\n", 1) != QX_OK) {
            oom = true;
            break;
        }
        if (qx_tsv_unescape(&d->one.text, textf, text_n) != QX_OK ||
            (pass_rows && (qx_buf_append(&d->rows, r.data, r.len) != QX_OK ||
                           qx_buf_append(&d->rows, "\n", 1) != QX_OK)))
            oom = true;
    }
    if (oom)
        tool_error(t, name, "line %zu: out of memory", r.number);
    else
        end_group(d, &open);
    open = false;
    d->one.text.len = 0;
    d->rows.len = 0;
    if (short_rows > 1)
        tool_error(t, name, "%zu lines in all had fewer fields than the header", short_rows);
    if (ferror(r.in))
        tool_error(t, name, "read error after line %zu", r.number);
    else if (r.number == 0)
        tool_warn(t, name, "empty input");
    free(r.data);
    tool_close(r.in);
}

/* ----- main ----- */

static void summary(const dedup *d) {
    tool *t = d->t;
    if (!t->quiet && d->s->keep_first)
        fprintf(stderr, "%s: %zu document%s, %zu kept, %zu dropped\n", t->name, d->documents,
                d->documents == 1 ? "" : "s", d->kept, d->duplicates);
    else if (!t->quiet)
        fprintf(stderr, "%s: %zu document%s, %zu cluster%s, %zu duplicate%s\n", t->name,
                d->documents, d->documents == 1 ? "" : "s", d->kept, d->kept == 1 ? "" : "s",
                d->duplicates, d->duplicates == 1 ? "" : "s");
    if (t->counters) {
        fprintf(stderr, "reporter:counter:qingxi,%s,%zu\n", d->s->keep_first ? "kept" : "clusters",
                d->kept);
        fprintf(stderr, "reporter:counter:qingxi,%s,%zu\n",
                d->s->keep_first ? "dropped" : "duplicates", d->duplicates);
    }
}

static int run(tool *t, settings *s, int argc, char **argv) {
    dedup d;
    memset(&d, 0, sizeof d);
    d.t = t;
    d.s = s;
    mh_index_init(&d.index);
    int status = EXIT_SOME_FAILED;
    if (!preparer_init(&d.prep, s)) {
        fprintf(stderr, "%s: out of memory\n", t->name);
        tool_free(t);
        goto done;
    }
    tool_start_output(t);
    static const char *const columns[] = {"doc", "cluster", "similarity"};
    static const char *const kept[] = {"doc", "text"};
    if (!s->keep_first)
        tool_header(t, columns, 3);
    else if (!s->names && !s->tsv_in)
        tool_header(t, kept, 2);
    operands files = tool_operands(argc, argv, optind);
    tool_progress_plan(t, &files);
    if (s->tsv_in) {
        for (int i = 0; i < files.count && !tool_output_closed(); i++)
            dedup_tsv(&d, files.names[i]);
    } else {
        records_worker w = {new_job, prepare_document, free_job, &d, detach_document, judge_document};
        records_run(t, &files, &w);
    }
    if (!s->keep_first)
        write_table(&d);
    summary(&d);
    status = tool_finish(t);
done:
    for (size_t i = 0; i < d.ndocs; i++)
        free(d.docs[i].name);
    free(d.docs);
    free(d.parent);
    free(d.member_doc);
    mh_index_free(&d.index);
    preparer_free(&d.prep);
    qx_buf_free(&d.one.text);
    qx_buf_free(&d.field);
    qx_buf_free(&d.group_name);
    qx_buf_free(&d.rows);
    return status;
}

int main(int argc, char **argv) {
    tool t;
    settings s = {0};
    tool_init(&t, "qx-dedup");
    qx_options_init(&s.opts);
    s.k = 5;
    s.min_agree = 90; /* 0.7 of 128, rounded up */
    int status = parse_args(&t, argc, argv, &s);
    if (status >= 0) {
        tool_free(&t);
        return status;
    }
    /* -j: this tool's own threads (it judges documents in input order) */
    return run(&t, &s, argc, argv);
}
