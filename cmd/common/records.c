/* Documents from files, directories, WARC/WET, JSON Lines and TSV streams. */
#define _GNU_SOURCE /* getline, strcasecmp, openat */
#include "records.h"
#include "warc.h"

#include <dirent.h>
#include <pthread.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ----- JSON: one string field of a flat-enough object ------------------ */

typedef struct json {
    const char *p, *end;
} json;

static void skip_ws(json *j) {
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n'))
        j->p++;
}

static int hex4(const char *p) {
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

static bool put_utf8(qx_buf *out, uint32_t cp) {
    char b[4];
    size_t n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | cp >> 6);
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | cp >> 12);
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | cp >> 18);
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return qx_buf_append(out, b, n) == QX_OK;
}

/* A \u escape at P (after the backslash and 'u'), with a following low
 * surrogate when P holds a high one; lone surrogates become U+FFFD. */
static const char *unicode_escape(json *j, const char *p, qx_buf *out, bool *ok) {
    int v = p + 4 <= j->end ? hex4(p) : -1;
    if (v < 0)
        return *ok = false, p;
    p += 4;
    uint32_t cp = (uint32_t)v;
    if (cp >= 0xD800 && cp < 0xDC00) {
        int lo = p + 6 <= j->end && p[0] == '\\' && p[1] == 'u' ? hex4(p + 2) : -1;
        if (lo >= 0xDC00 && lo < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
            p += 6;
        } else {
            cp = 0xFFFD;
        }
    } else if (cp >= 0xDC00 && cp < 0xE000) {
        cp = 0xFFFD;
    }
    *ok = put_utf8(out, cp);
    return p;
}

/* Reads the string at j->p (on its opening quote) into OUT (NULL: skip). */
static bool json_string(json *j, qx_buf *out) {
    if (j->p >= j->end || *j->p != '"')
        return false;
    const char *p = j->p + 1, *run = p;
    while (p < j->end && *p != '"') {
        if (*p != '\\') {
            p++;
            continue;
        }
        if (out && qx_buf_append(out, run, (size_t)(p - run)) != QX_OK)
            return false;
        if (p + 1 >= j->end)
            return false;
        char c = p[1], lit = 0;
        p += 2;
        switch (c) {
        case '"': case '\\': case '/': lit = c; break;
        case 'b': lit = '\b'; break;
        case 'f': lit = '\f'; break;
        case 'n': lit = '\n'; break;
        case 'r': lit = '\r'; break;
        case 't': lit = '\t'; break;
        case 'u': {
            bool ok = true;
            qx_buf skip = QX_BUF_INIT;
            p = unicode_escape(j, p, out ? out : &skip, &ok);
            qx_buf_free(&skip);
            if (!ok)
                return false;
            break;
        }
        default:
            return false;
        }
        if (lit && out && qx_buf_append(out, &lit, 1) != QX_OK)
            return false;
        run = p;
    }
    if (p >= j->end)
        return false;
    if (out && qx_buf_append(out, run, (size_t)(p - run)) != QX_OK)
        return false;
    j->p = p + 1;
    return true;
}

/* Skips any value: string, number, literal, or nested object or array. */
static bool skip_value(json *j) {
    skip_ws(j);
    if (j->p >= j->end)
        return false;
    if (*j->p == '"')
        return json_string(j, NULL);
    if (*j->p == '{' || *j->p == '[') {
        int depth = 0;
        while (j->p < j->end) {
            char c = *j->p;
            if (c == '"') {
                if (!json_string(j, NULL))
                    return false;
                continue;
            }
            if (c == '{' || c == '[')
                depth++;
            else if (c == '}' || c == ']')
                depth--;
            j->p++;
            if (depth == 0)
                return true;
        }
        return false;
    }
    const char *start = j->p;
    while (j->p < j->end && !strchr(",}] \t\r\n", *j->p))
        j->p++;
    return j->p > start;
}

int json_string_field(const char *line, size_t len, const char *field, qx_buf *out,
                      const char **why) {
    json j = {line, line + len};
    qx_buf key = QX_BUF_INIT;
    int result = -1;
    *why = "not a JSON object";
    skip_ws(&j);
    if (j.p >= j.end || *j.p != '{')
        goto done;
    j.p++;
    for (;;) {
        skip_ws(&j);
        if (j.p < j.end && *j.p == '}') {
            result = 0;
            break;
        }
        key.len = 0;
        if (!json_string(&j, &key))
            break;
        skip_ws(&j);
        if (j.p >= j.end || *j.p != ':')
            break;
        j.p++;
        skip_ws(&j);
        if (key.len == strlen(field) && memcmp(key.data, field, key.len) == 0) {
            if (j.p >= j.end || *j.p != '"') {
                *why = "the field is not a string";
                break;
            }
            result = json_string(&j, out) ? 1 : -1;
            break;
        }
        if (!skip_value(&j))
            break;
        skip_ws(&j);
        if (j.p < j.end && *j.p == ',') {
            j.p++;
            continue;
        }
        if (j.p < j.end && *j.p == '}') {
            result = 0;
            break;
        }
        break;
    }
done:
    qx_buf_free(&key);
    return result;
}

/* ----- the containers -------------------------------------------------- */

typedef struct reading {
    tool *t;
    const records_options *o;
    record_fn each;
    void *ctx;
    records_counts *counts;
} reading;

static void hand_on(reading *rd, const char *name, const char *data, size_t len) {
    rd->counts->documents++;
    rd->each(rd->ctx, name, data, len);
    tool_progress(rd->t, len);
}

/* A record that could not be read: reported and counted. */
TOOL_PRINTF(3, 4)
static void failed(reading *rd, const char *file, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    rd->counts->failed++;
    tool_error(rd->t, file, "%s", msg);
}

static void read_warc(reading *rd, const char *file, FILE *f) {
    warc_reader *r = warc_open(f);
    if (!r) {
        tool_error(rd->t, file, "out of memory");
        return;
    }
    warc_record rec;
    int st;
    char name[64];
    while (!tool_output_closed() && (st = warc_next(r, &rec)) != 0) {
        if (st < 0) {
            failed(rd, file, "%s", warc_error(r));
            continue;
        }
        const char *doc = rec.uri;
        if (!doc[0]) { /* no URI: the record's place in the file */
            snprintf(name, sizeof name, "record %zu", rec.number);
            doc = name;
        }
        hand_on(rd, doc, rec.data, rec.len);
    }
    rd->counts->skipped += warc_skipped(r);
    warc_close(r);
}

/* "FILE:LINE", the name of a document from a line of FILE. */
static const char *line_name(qx_buf *name, const char *file, size_t line) {
    char digits[24];
    name->len = 0;
    snprintf(digits, sizeof digits, ":%zu", line);
    if (qx_buf_append(name, file, strlen(file)) != QX_OK ||
        qx_buf_append(name, digits, strlen(digits)) != QX_OK)
        return file;
    return name->data;
}

static void read_jsonl(reading *rd, const char *file, FILE *f) {
    tool_lines r = {f, NULL, 0, 0, 0};
    qx_buf doc = QX_BUF_INIT, name = QX_BUF_INIT;
    while (tool_next_line(&r)) {
        if (r.len == 0)
            continue; /* JSON Lines may end with a blank line */
        const char *why;
        doc.len = 0;
        int st = json_string_field(r.data, r.len, rd->o->jsonl_field, &doc, &why);
        if (st < 0)
            failed(rd, file, "line %zu: %s", r.number, why);
        else if (st == 0)
            failed(rd, file, "line %zu: no field '%s'", r.number, rd->o->jsonl_field);
        else
            hand_on(rd, line_name(&name, file, r.number), doc.len ? doc.data : "", doc.len);
    }
    if (ferror(f))
        tool_error(rd->t, file, "read error after line %zu", r.number);
    qx_buf_free(&doc);
    qx_buf_free(&name);
    free(r.data);
}

/* A TSV stream of documents: a header naming the document column (and a
 * doc column, used as the name when there is one), a document per row,
 * with qingxi's escapes. */
/* The columns named FIELD and doc in a header line (-1: absent). */
static void header_columns(const char *line, size_t len, const char *field, long *text_col,
                           long *doc_col) {
    const char *f;
    size_t n;
    *text_col = *doc_col = -1;
    for (size_t i = 0; tool_tsv_field(line, len, i, &f, &n); i++) {
        if (n == strlen(field) && memcmp(f, field, n) == 0)
            *text_col = (long)i;
        else if (n == 3 && memcmp(f, "doc", 3) == 0)
            *doc_col = (long)i;
    }
}

static void read_tsv_docs(reading *rd, const char *file, FILE *f) {
    tool_lines r = {f, NULL, 0, 0, 0};
    long text_col = -1, doc_col = -1;
    qx_buf doc = QX_BUF_INIT, name = QX_BUF_INIT;
    while (tool_next_line(&r)) {
        if (r.number == 1) {
            header_columns(r.data, r.len, rd->o->tsv_field, &text_col, &doc_col);
            if (text_col < 0) {
                failed(rd, file, "the header has no column '%s'", rd->o->tsv_field);
                break;
            }
            continue;
        }
        const char *tf, *df;
        size_t tn, dn;
        if (!tool_tsv_field(r.data, r.len, (size_t)text_col, &tf, &tn)) {
            failed(rd, file, "line %zu: %zu fields, no '%s'", r.number, tool_tsv_count(r.data, r.len),
                   rd->o->tsv_field);
            continue;
        }
        doc.len = name.len = 0;
        if (qx_tsv_unescape(&doc, tf, tn) != QX_OK) {
            tool_error(rd->t, file, "out of memory");
            break;
        }
        const char *label;
        if (doc_col >= 0 && tool_tsv_field(r.data, r.len, (size_t)doc_col, &df, &dn) && dn > 0) {
            if (qx_tsv_unescape(&name, df, dn) != QX_OK) {
                tool_error(rd->t, file, "out of memory");
                break;
            }
            label = name.data;
        } else {
            label = line_name(&name, file, r.number);
        }
        hand_on(rd, label, doc.len ? doc.data : "", doc.len);
    }
    if (ferror(f))
        tool_error(rd->t, file, "read error after line %zu", r.number);
    qx_buf_free(&doc);
    qx_buf_free(&name);
    free(r.data);
}

/* A stream that gives back the bytes already read from REST first: so
 * that standard input can be sniffed and still read as a stream. */
typedef struct prefixed {
    unsigned char head[8];
    size_t len, pos;
    FILE *rest;
} prefixed;

static ssize_t prefixed_read(void *cookie, char *buf, size_t size) {
    prefixed *p = cookie;
    if (p->pos < p->len) {
        size_t n = p->len - p->pos < size ? p->len - p->pos : size;
        memcpy(buf, p->head + p->pos, n);
        p->pos += n;
        return (ssize_t)n;
    }
    size_t n = fread(buf, 1, size, p->rest);
    return n == 0 && ferror(p->rest) ? -1 : (ssize_t)n;
}

static int prefixed_close(void *cookie) {
    free(cookie);
    return 0;
}

/* Standard input or a pipe: WARC is read as it comes, anything else is
 * read whole as one document. */
static void read_stream(reading *rd, const char *file, FILE *f) {
    prefixed *p = calloc(1, sizeof *p);
    if (!p) {
        tool_error(rd->t, file, "out of memory");
        return;
    }
    p->len = fread(p->head, 1, 5, f);
    p->rest = f;
    if (!rd->o->no_warc && warc_sniff(p->head, p->len)) {
        cookie_io_functions_t io = {prefixed_read, NULL, NULL, prefixed_close};
        FILE *g = fopencookie(p, "rb", io);
        if (!g) {
            free(p);
            tool_error(rd->t, file, "%s", strerror(errno));
            return;
        }
        read_warc(rd, file, g);
        fclose(g);
        return;
    }
    qx_buf doc = QX_BUF_INIT;
    char chunk[65536];
    size_t n;
    bool ok = qx_buf_append(&doc, p->head, p->len) == QX_OK;
    while (ok && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
        ok = qx_buf_append(&doc, chunk, n) == QX_OK;
    if (!ok)
        tool_error(rd->t, file, "out of memory");
    else if (ferror(f))
        tool_error(rd->t, file, "%s", strerror(errno));
    else
        hand_on(rd, file, doc.len ? doc.data : "", doc.len);
    qx_buf_free(&doc);
    free(p);
}

/* A file: WARC/WET when its first bytes say so, else one document. A
 * regular file is mapped (no copy); anything else is read as a stream. */
/* FILE, whose status ST the caller took (NULL: standard input, or stat
 * failed and opening will say why). */
static void read_file(reading *rd, const char *file, const struct stat *st) {
    bool lines = rd->o->jsonl_field || rd->o->tsv_field;
    bool regular = st && S_ISREG(st->st_mode);
    if (lines || !regular) {
        FILE *f = tool_open(rd->t, file);
        if (!f)
            return;
        if (rd->o->jsonl_field)
            read_jsonl(rd, file, f);
        else if (rd->o->tsv_field)
            read_tsv_docs(rd, file, f);
        else
            read_stream(rd, file, f);
        tool_close(f);
        return;
    }
    input in = {0};
    if (!tool_read_input(rd->t, file, &in))
        return;
    if (!rd->o->no_warc && warc_sniff((const unsigned char *)in.data, in.len)) {
        FILE *f = fmemopen((void *)in.data, in.len, "rb");
        if (f) {
            read_warc(rd, file, f);
            fclose(f);
        } else {
            tool_error(rd->t, file, "%s", strerror(errno));
        }
    } else {
        hand_on(rd, file, in.data, in.len);
    }
    tool_input_free(&in);
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files under DIR, in name order, depth first. */
static void read_dir(reading *rd, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        tool_error(rd->t, dir, "%s", strerror(errno));
        return;
    }
    char **names = NULL;
    size_t count = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue; /* ., .., and hidden files */
        if (count == cap) {
            cap = cap ? cap * 2 : 64;
            char **more = realloc(names, cap * sizeof *names);
            if (!more)
                break;
            names = more;
        }
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        if (!(names[count] = malloc(n)))
            break;
        snprintf(names[count++], n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof *names, by_name);
    for (size_t i = 0; i < count; i++) {
        struct stat sb;
        if (!tool_output_closed()) {
            bool known = stat(names[i], &sb) == 0;
            if (known && S_ISDIR(sb.st_mode))
                read_dir(rd, names[i]);
            else
                read_file(rd, names[i], known ? &sb : NULL);
        }
        free(names[i]);
    }
    free(names);
}

void records_each(tool *t, const char *operand, const records_options *o, record_fn each,
                  void *ctx, records_counts *counts) {
    reading rd = {t, o, each, ctx, counts};
    struct stat sb;
    bool known = strcmp(operand, "-") != 0 && stat(operand, &sb) == 0;
    if (o->recursive && known && S_ISDIR(sb.st_mode))
        read_dir(&rd, operand);
    else
        read_file(&rd, operand, known ? &sb : NULL);
}

/* ----- jobs -------------------------------------------------------------- */

void *doc_job_new(tool *t, const void *shared, size_t size) {
    doc_job *j = calloc(1, size);
    if (!j)
        return NULL;
    j->t = t;
    j->shared = shared;
    j->ctx = qx_ctx_new();
    j->doc = qx_doc_new();
    if (!j->ctx || !j->doc) {
        doc_job_free(j);
        return NULL;
    }
    return j;
}

void *doc_job_make(tool *t, void *shared) {
    return doc_job_new(t, shared, sizeof(doc_job));
}

void doc_job_free(void *job) {
    doc_job *j = job;
    if (!j)
        return;
    qx_doc_free(j->doc);
    qx_ctx_free(j->ctx);
    free(j);
}

/* ----- -j: documents read by worker threads, written in order ---------- */

enum { SLOT_FREE, SLOT_READY, SLOT_RUNNING, SLOT_DONE };

/* A deep ring keeps both sides busy with short documents (threads that
 * rarely wait are rarely woken); the byte budget keeps it from holding
 * more than a few large ones. */
enum { SLOTS_PER_JOB = 8, MIN_SLOTS_PER_JOB = 2 };
#define POOL_BYTES ((size_t)32 << 20)

typedef struct slot {
    char *name, *data;
    size_t len;
    qx_buf out;    /* what the worker wrote */
    size_t failed; /* inputs it reported as failed */
    void *result;  /* what records_worker.detach took, for finish */
    int state;
} slot;

typedef struct pool {
    tool *t;
    const records_worker *w;
    slot *slots;
    size_t count;                          /* slots: a ring */
    size_t next_fill, next_take, next_write; /* document numbers */
    size_t bytes;                          /* of the documents in the ring */
    unsigned idle;                         /* workers waiting for a document */
    bool reader_waits, closing;
    size_t wake_at; /* wake the waiting reader when no more documents than
                     * this are left untaken and the head one is done */
    pthread_mutex_t mu;
    pthread_cond_t ready, done;
} pool;

typedef struct worker_thread {
    pool *p;
    tool t; /* a copy of the tool writing into a slot */
    pthread_t id;
    bool started;
} worker_thread;

/* Writes the finished documents at the head of the ring, in order. Called
 * with the lock held; writes without it, so that workers go on meanwhile
 * (a DONE slot is the reading thread's alone). */
static void write_done(pool *p) {
    for (;;) {
        slot *s = &p->slots[p->next_write % p->count];
        if (p->next_write == p->next_fill || s->state != SLOT_DONE)
            return;
        pthread_mutex_unlock(&p->mu);
        tool_write(p->t, s->out.data ? s->out.data : "", s->out.len);
        if (p->w->finish)
            p->w->finish(p->w->shared, s->result);
        tool_record_done(p->t);
        free(s->name);
        free(s->data);
        pthread_mutex_lock(&p->mu);
        s->result = NULL;
        p->t->failed += s->failed;
        p->bytes -= s->len;
        s->name = s->data = NULL;
        s->out.len = 0;
        s->state = SLOT_FREE;
        p->next_write++;
    }
}

/* The reading thread sleeps until it can write the head document and the
 * workers are running short, not once per document. */
static void wake_reader(pool *p) {
    if (p->reader_waits && p->next_fill - p->next_take <= p->wake_at &&
        p->slots[p->next_write % p->count].state == SLOT_DONE)
        pthread_cond_signal(&p->done);
}

static void *work(void *arg) {
    worker_thread *wt = arg;
    pool *p = wt->p;
    void *job = p->w->new_job(&wt->t, p->w->shared);
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next_take == p->next_fill && !p->closing) {
            p->idle++;
            pthread_cond_wait(&p->ready, &p->mu);
            p->idle--;
        }
        if (p->next_take == p->next_fill)
            break;
        slot *s = &p->slots[p->next_take++ % p->count];
        s->state = SLOT_RUNNING;
        wake_reader(p);
        pthread_mutex_unlock(&p->mu);
        wt->t.capture = &s->out;
        wt->t.failed = 0;
        void *result = NULL;
        if (job) {
            p->w->run(job, s->name, s->data, s->len);
            if (p->w->detach)
                result = p->w->detach(job);
        } else {
            tool_error(&wt->t, s->name, "out of memory");
        }
        pthread_mutex_lock(&p->mu);
        s->result = result;
        s->failed = wt->t.failed;
        s->state = SLOT_DONE;
        wake_reader(p);
    }
    pthread_mutex_unlock(&p->mu);
    if (job)
        p->w->free_job(job);
    return NULL;
}

/* Room for one more document of LEN bytes: a free slot, and either few
 * documents in the ring or few bytes. */
static bool has_room(const pool *p, size_t len) {
    size_t queued = p->next_fill - p->next_write;
    if (queued >= p->count)
        return false;
    return queued < MIN_SLOTS_PER_JOB * (size_t)p->t->jobs || p->bytes + len <= POOL_BYTES;
}

/* Writes what is done, waiting until there is room for a document of LEN
 * bytes, or with DRAIN until every document is written. */
static void wait_for(pool *p, size_t len, bool drain) {
    for (;;) {
        write_done(p);
        if (drain ? p->next_write == p->next_fill : has_room(p, len))
            return;
        p->reader_waits = true;
        p->wake_at = drain ? SIZE_MAX : p->t->jobs;
        pthread_cond_wait(&p->done, &p->mu);
        p->reader_waits = false;
    }
}

/* records_each's callback in the reading thread: a copy of the document
 * into the ring, waiting (and writing) while the ring is full. */
static void enqueue(void *arg, const char *name, const char *data, size_t len) {
    pool *p = arg;
    char *n = strdup(name), *d = malloc(len ? len : 1);
    if (!n || !d) {
        free(n);
        free(d);
        tool_error(p->t, name, "out of memory");
        return;
    }
    memcpy(d, data, len);
    pthread_mutex_lock(&p->mu);
    wait_for(p, len, false);
    slot *s = &p->slots[p->next_fill % p->count];
    s->name = n;
    s->data = d;
    s->len = len;
    s->failed = 0;
    s->state = SLOT_READY;
    p->bytes += len;
    p->next_fill++;
    if (p->idle)
        pthread_cond_signal(&p->ready);
    pthread_mutex_unlock(&p->mu);
}

typedef struct serial {
    const records_worker *w;
    void *job;
} serial;

/* One document in this thread: run, then finish at once. */
static void run_and_finish(void *arg, const char *name, const char *data, size_t len) {
    serial *sr = arg;
    sr->w->run(sr->job, name, data, len);
    sr->w->finish(sr->w->shared, sr->w->detach(sr->job));
}

static void run_serial(tool *t, const operands *files, const records_worker *w) {
    serial sr = {w, w->new_job(t, w->shared)};
    if (!sr.job) {
        fprintf(stderr, "%s: out of memory\n", t->name);
        t->failed++;
        return;
    }
    for (int i = 0; i < files->count && !tool_output_closed(); i++) {
        if (w->finish)
            records_each(t, files->names[i], &t->records, run_and_finish, &sr, &t->counts);
        else
            records_each(t, files->names[i], &t->records, w->run, sr.job, &t->counts);
    }
    w->free_job(sr.job);
}

void records_run(tool *t, const operands *files, const records_worker *w) {
    if (t->jobs <= 1) {
        run_serial(t, files, w);
        return;
    }
    pool p = {.t = t, .w = w, .count = SLOTS_PER_JOB * (size_t)t->jobs,
              .mu = PTHREAD_MUTEX_INITIALIZER, .ready = PTHREAD_COND_INITIALIZER,
              .done = PTHREAD_COND_INITIALIZER};
    worker_thread *threads = calloc(t->jobs, sizeof *threads);
    p.slots = calloc(p.count, sizeof *p.slots);
    if (!threads || !p.slots) {
        free(threads);
        free(p.slots);
        run_serial(t, files, w);
        return;
    }
    unsigned started = 0;
    for (unsigned i = 0; i < t->jobs; i++) {
        threads[i].p = &p;
        threads[i].t = *t;
        threads[i].t.row = (qx_buf)QX_BUF_INIT;
        threads[i].t.header = false;
        threads[i].t.counters = false;
        threads[i].started = pthread_create(&threads[i].id, NULL, work, &threads[i]) == 0;
        started += threads[i].started;
    }
    if (!started) { /* no thread to hand documents to */
        free(threads);
        free(p.slots);
        run_serial(t, files, w);
        return;
    }
    for (int i = 0; i < files->count && !tool_output_closed(); i++)
        records_each(t, files->names[i], &t->records, enqueue, &p, &t->counts);
    pthread_mutex_lock(&p.mu);
    p.closing = true;
    pthread_cond_broadcast(&p.ready);
    wait_for(&p, 0, true);
    pthread_mutex_unlock(&p.mu);
    for (unsigned i = 0; i < t->jobs; i++) {
        if (threads[i].started)
            pthread_join(threads[i].id, NULL);
        qx_buf_free(&threads[i].t.row);
    }
    for (size_t i = 0; i < p.count; i++)
        qx_buf_free(&p.slots[i].out);
    free(p.slots);
    free(threads);
}
