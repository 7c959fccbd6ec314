/* Shared tool code: messages, exit status, input files and TSV output. */
#include "tool.h"

#include <getopt.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void tool_init(tool *t, const char *name) {
    memset(t, 0, sizeof *t);
    t->name = name;
    t->header = true;
}

void tool_free(tool *t) {
    qx_buf_free(&t->row);
}

int tool_usage_error(const tool *t, const char *fmt, ...) {
    va_list ap;
    fprintf(stderr, "%s: ", t->name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry '%s --help' for more information.\n", t->name);
    return EXIT_USAGE;
}

void tool_print_version(const tool *t) {
    printf("%s (qingxi) %s\ndata: %s\n", t->name, qx_version(), qx_data_version());
}

TOOL_PRINTF(3, 0)
static void vmessage(const tool *t, const char *file, const char *fmt, va_list ap) {
    if (file)
        fprintf(stderr, "%s: %s: ", t->name, file);
    else
        fprintf(stderr, "%s: ", t->name);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void tool_error(tool *t, const char *file, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vmessage(t, file, fmt, ap);
    va_end(ap);
    t->failed++;
}

void tool_warn(const tool *t, const char *file, const char *fmt, ...) {
    if (t->quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    vmessage(t, file, fmt, ap);
    va_end(ap);
}

operands tool_operands(int argc, char **argv, int first) {
    static char dash[] = "-";
    static char *stdin_only[] = {dash};
    if (first >= argc)
        return (operands){stdin_only, 1};
    return (operands){argv + first, argc - first};
}

static bool read_fd(int fd, qx_buf *buf, size_t hint) {
    buf->len = 0;
    /* room for the whole file and the read that finds its end */
    if (qx_buf_reserve(buf, hint + 4096) != QX_OK)
        return errno = ENOMEM, false;
    for (;;) {
        size_t grow = buf->len > 65536 ? buf->len : 65536;
        if (buf->cap - buf->len <= 1 && qx_buf_reserve(buf, grow) != QX_OK)
            return errno = ENOMEM, false;
        ssize_t n = read(fd, buf->data + buf->len, buf->cap - buf->len - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            break;
        buf->len += (size_t)n;
    }
    buf->data[buf->len] = '\0';
    return true;
}

static void unmap(input *in) {
    if (in->map)
        munmap(in->map, in->map_len);
    in->map = NULL;
    in->map_len = 0;
}

void tool_input_free(input *in) {
    unmap(in);
    qx_buf_free(&in->buf);
}

/* Mapping a large file costs no copy and no fresh pages; reading it would
 * cost both (a third of the time of decoding 100 MB of GB18030). A file cut
 * short by another process while mapped would fault, as it would for
 * iconv(1), which maps its input too. */
static bool map_file(int fd, size_t size, input *in) {
    void *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED)
        return false;
    posix_madvise(p, size, POSIX_MADV_SEQUENTIAL);
    in->map = p;
    in->map_len = size;
    in->data = p;
    in->len = size;
    return true;
}

bool tool_read_input(tool *t, const char *file, input *in) {
    unmap(in);
    bool is_stdin = strcmp(file, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(file, O_RDONLY);
    if (fd < 0) {
        tool_error(t, file, "%s", strerror(errno));
        return false;
    }
    struct stat sb;
    bool ok = fstat(fd, &sb) == 0;
    if (ok && S_ISDIR(sb.st_mode)) {
        errno = EISDIR;
        ok = false;
    }
    /* small files are read: mapping and unmapping each costs more (-r over
     * a corpus of many short articles) */
    bool mapped = ok && S_ISREG(sb.st_mode) && sb.st_size >= 256 * 1024 &&
                  map_file(fd, (size_t)sb.st_size, in);
    if (ok && !mapped) {
        ok = read_fd(fd, &in->buf, S_ISREG(sb.st_mode) ? (size_t)sb.st_size : 0);
        in->data = in->buf.data ? in->buf.data : "";
        in->len = in->buf.len;
    }
    int saved = errno;
    if (!is_stdin)
        close(fd);
    if (!ok)
        tool_error(t, file, "%s", strerror(saved));
    return ok;
}

FILE *tool_open(tool *t, const char *file) {
    if (strcmp(file, "-") == 0)
        return stdin;
    FILE *f = fopen(file, "rb");
    struct stat sb;
    if (f && fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
        fclose(f);
        f = NULL;
        errno = EISDIR;
    }
    if (!f)
        tool_error(t, file, "%s", strerror(errno));
    return f;
}

void tool_close(FILE *f) {
    if (f && f != stdin)
        fclose(f);
}

int tool_common_option(tool *t, int option, void (*print_help)(void)) {
    switch (option) {
    case TOOL_OPT_NO_HEADER:
        t->header = false;
        return -1;
    case TOOL_OPT_LINE_BUFFERED:
        t->line_buffered = true;
        return -1;
    case 'q':
        t->quiet = true;
        return -1;
    case 'r':
        t->records.recursive = true;
        return -1;
    case TOOL_OPT_JSONL:
        t->records.jsonl_field = optarg;
        return -1;
    case TOOL_OPT_TSV_DOCS:
        t->records.tsv_field = optarg;
        return -1;
    case TOOL_OPT_NO_WARC:
        t->records.no_warc = true;
        return -1;
    case TOOL_OPT_COUNTERS:
        t->counters = true;
        return -1;
    case 'j': {
        char *end;
        long n = strtol(optarg, &end, 10);
        if (*end || n < 1 || n > 256) {
            tool_usage_error(t, "-j: '%s' is not a number of threads from 1 to 256", optarg);
            return EXIT_USAGE;
        }
        t->jobs = (unsigned)n;
        return -1;
    }
    case 'h':
        print_help();
        return EXIT_OK;
    case 'V':
        tool_print_version(t);
        return EXIT_OK;
    default:
        fprintf(stderr, "Try '%s --help' for more information.\n", t->name);
        return EXIT_USAGE;
    }
}

int tool_cleaning_option(const tool *t, int option, qx_options *opts) {
    unsigned bits;
    switch (option) {
    case 'e':
        opts->encoding = optarg;
        return 1;
    case TOOL_OPT_ONLY:
        if (!(bits = tool_parse_stages(t, "--only", optarg)))
            return -1;
        opts->stages = bits;
        return 1;
    case TOOL_OPT_SKIP:
        if (!(bits = tool_parse_stages(t, "--skip", optarg)))
            return -1;
        opts->stages &= ~bits;
        return 1;
    default:
        return 0;
    }
}

unsigned tool_parse_stages(const tool *t, const char *option, const char *list) {
    unsigned stages = 0;
    const char *p = list;
    while (*p) {
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        char name[32];
        unsigned bit = 0;
        if (n < sizeof name) {
            memcpy(name, p, n);
            name[n] = '\0';
            bit = qx_stage_from_name(name);
        }
        if (!bit) {
            tool_usage_error(t, "%s: unknown stage '%.*s' (stages: decode, markup, repair, "
                                "space, boilerplate, punct, script)", option, (int)n, p);
            return 0;
        }
        stages |= bit;
        p += n + (comma != NULL);
    }
    if (!stages)
        tool_usage_error(t, "%s: no stage named", option);
    return stages;
}

/* ----- output ----- */

void tool_start_output(tool *t) {
    static char buffer[1 << 16];
    if (!t->line_buffered)
        setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
}

void tool_write(const tool *t, const char *bytes, size_t len) {
    if (!len)
        return;
    if (t->capture) {
        if (qx_buf_append(t->capture, bytes, len) != QX_OK) {
            fprintf(stderr, "%s: out of memory\n", t->name);
            exit(EXIT_SOME_FAILED);
        }
        return;
    }
    fwrite(bytes, 1, len, stdout);
}

static void out_of_memory(const tool *t) {
    fprintf(stderr, "%s: out of memory\n", t->name);
    exit(EXIT_SOME_FAILED);
}

void tool_field(tool *t, const char *text, size_t len) {
    if (t->fields++ && qx_buf_append(&t->row, "\t", 1) != QX_OK)
        out_of_memory(t);
    if (qx_tsv_escape(&t->row, text, len) != QX_OK)
        out_of_memory(t);
}

void tool_field_str(tool *t, const char *text) {
    tool_field(t, text ? text : "", text ? strlen(text) : 0);
}

const char *tool_format_uint(char buf[TOOL_UINT_DIGITS], size_t value) {
    char *p = buf + TOOL_UINT_DIGITS;
    do {
        *--p = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    return p;
}

void tool_field_uint(tool *t, size_t value) {
    char buf[TOOL_UINT_DIGITS];
    const char *digits = tool_format_uint(buf, value);
    tool_field(t, digits, (size_t)(buf + TOOL_UINT_DIGITS - digits));
}

const char *tool_doc_text(const qx_doc *doc, qx_buf *scratch, size_t *len) {
    size_t count = qx_doc_count(doc);
    if (count == 1) {
        qx_para p = qx_doc_para(doc, 0);
        *len = p.len;
        return p.text;
    }
    scratch->len = 0;
    for (size_t i = 0; i < count; i++) {
        qx_para p = qx_doc_para(doc, i);
        if ((i && qx_buf_append(scratch, "\n", 1) != QX_OK) ||
            qx_buf_append(scratch, p.text, p.len) != QX_OK)
            return NULL;
    }
    *len = scratch->len;
    return scratch->len ? scratch->data : "";
}

void tool_end_row(tool *t) {
    if (qx_buf_append(&t->row, "\n", 1) != QX_OK)
        out_of_memory(t);
    tool_write(t, t->row.data, t->row.len);
    t->row.len = 0;
    t->fields = 0;
}

void tool_header(tool *t, const char *const *columns, size_t count) {
    if (!t->header || t->header_done)
        return;
    t->header_done = true;
    for (size_t i = 0; i < count; i++)
        tool_field_str(t, columns[i]);
    tool_end_row(t);
}

void tool_record_done(const tool *t) {
    if (t->line_buffered && !t->capture)
        fflush(stdout);
}

bool tool_output_closed(void) {
    return ferror(stdout) != 0;
}

/* A reader that went away (head -1) is no error, even when SIGPIPE is
 * ignored and the write fails with EPIPE instead of ending the tool. */
static void write_failed(tool *t, int *status) {
    if (errno == EPIPE)
        return;
    fprintf(stderr, "%s: write error: %s\n", t->name, strerror(errno));
    *status = EXIT_SOME_FAILED;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void tool_progress_plan(tool *t, const operands *files) {
    t->progress.on = !t->quiet && isatty(STDERR_FILENO);
    t->progress.start = t->progress.last = now();
    size_t total = 0;
    for (int i = 0; i < files->count; i++) {
        struct stat sb;
        if (strcmp(files->names[i], "-") == 0 || stat(files->names[i], &sb) != 0 ||
            !S_ISREG(sb.st_mode)) {
            total = 0;
            break;
        }
        total += (size_t)sb.st_size;
    }
    t->progress.total = total;
}

void tool_progress(tool *t, size_t len) {
    t->progress.bytes += len;
    if (!t->progress.on) /* decided once: no system call per document */
        return;
    double at = now();
    if (at - t->progress.start < 2.0 || at - t->progress.last < 0.5)
        return;
    t->progress.last = at;
    double mb = (double)t->progress.bytes / 1e6, rate = mb / (at - t->progress.start);
    char left[32] = "";
    if (t->progress.total > t->progress.bytes && rate > 0) {
        long s = (long)(((double)(t->progress.total - t->progress.bytes) / 1e6) / rate);
        snprintf(left, sizeof left, ", %ld:%02ld left", s / 60, s % 60);
    }
    fprintf(stderr, "\r%s: %zu documents, %.1f MB, %.1f MB/s%s\033[K", t->name, t->counts.documents,
            mb, rate, left);
    t->progress.shown = true;
}

bool tool_next_line(tool_lines *r) {
    if (tool_output_closed())
        return false;
    ssize_t n = getline(&r->data, &r->cap, r->in);
    if (n < 0)
        return false;
    r->len = (size_t)n;
    r->number++;
    if (r->len && r->data[r->len - 1] == '\n')
        r->len--;
    if (r->len && r->data[r->len - 1] == '\r')
        r->len--;
    return true;
}

bool tool_tsv_field(const char *line, size_t len, size_t i, const char **field, size_t *n) {
    const char *p = line, *end = line + len;
    for (; i > 0; i--) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        if (!tab)
            return false;
        p = tab + 1;
    }
    const char *tab = memchr(p, '\t', (size_t)(end - p));
    *field = p;
    *n = (size_t)((tab ? tab : end) - p);
    return true;
}

size_t tool_tsv_count(const char *line, size_t len) {
    size_t n = 1;
    for (const char *p = line; (p = memchr(p, '\t', (size_t)(line + len - p))) != NULL; p++)
        n++;
    return n;
}

bool tool_tsv_clean_row(const char *line, size_t len) {
    const char *f, *unused;
    size_t n, m;
    if (!tool_tsv_field(line, len, 3, &unused, &m) || !tool_tsv_field(line, len, 1, &f, &n))
        return false;
    for (size_t i = 0; i < n; i++)
        if (f[i] < '0' || f[i] > '9')
            return false;
    return n > 0;
}

/* Hadoop Streaming reads these lines on stderr as counters. */
static void print_counters(const tool *t) {
    fprintf(stderr, "reporter:counter:qingxi,documents,%zu\n", t->counts.documents);
    fprintf(stderr, "reporter:counter:qingxi,errors,%zu\n", t->failed);
    fprintf(stderr, "reporter:counter:qingxi,failed_records,%zu\n", t->counts.failed);
    fprintf(stderr, "reporter:counter:qingxi,skipped_warc_records,%zu\n", t->counts.skipped);
}

int tool_finish(tool *t) {
    int status = t->failed ? EXIT_SOME_FAILED : EXIT_OK;
    if (t->progress.shown)
        fputs("\r\033[K", stderr); /* the progress line goes */
    if (t->counters)
        print_counters(t);
    errno = 0;
    bool failed = fflush(stdout) != 0 || ferror(stdout);
    if (failed)
        write_failed(t, &status);
    if (fclose(stdout) != 0 && !failed)
        write_failed(t, &status);
    tool_free(t);
    return status;
}
