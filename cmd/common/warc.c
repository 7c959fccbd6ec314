/* WARC records from a stream: a window of uncompressed bytes is filled from
 * the file (through zlib when it is gzipped) as far as the record being
 * read needs, so memory follows the largest record. */
#include "warc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

enum { IN_SIZE = 1 << 16, MAX_LINE = 1 << 16 };

struct warc_reader {
    FILE *f;
    bool gz, sniffed, eof, z_live, z_init;
    bool broken; /* the stream cannot be read further (corrupt gzip, read error) */
    z_stream z;
    unsigned char in[IN_SIZE];
    char *buf;       /* uncompressed bytes; [pos, len) not yet read */
    size_t pos, len, cap;
    size_t consumed; /* uncompressed bytes dropped before buf[0] */
    size_t number, skipped;
    char type[32], id[256], content_type[256];
    char *uri;
    size_t uri_cap;
    char error[200];
};

bool warc_sniff(const unsigned char *head, size_t len) {
    if (len >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        return true; /* gzip: a WARC.gz or WET.gz, as the caller asked */
    return len >= 5 && memcmp(head, "WARC/", 5) == 0;
}

warc_reader *warc_open(FILE *f) {
    warc_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->f = f;
    return r;
}

void warc_close(warc_reader *r) {
    if (!r)
        return;
    if (r->z_init)
        inflateEnd(&r->z);
    free(r->buf);
    free(r->uri);
    free(r);
}

const char *warc_error(const warc_reader *r) {
    return r->error;
}

size_t warc_skipped(const warc_reader *r) {
    return r->skipped;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void fail(warc_reader *r, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->error, sizeof r->error, fmt, ap);
    va_end(ap);
}

/* Room for NEED more bytes after len, dropping what was read already. */
static bool make_room(warc_reader *r, size_t need) {
    if (r->pos > 0 && r->cap - r->len < need) {
        memmove(r->buf, r->buf + r->pos, r->len - r->pos);
        r->len -= r->pos;
        r->consumed += r->pos;
        r->pos = 0;
    }
    if (r->cap - r->len >= need)
        return true;
    size_t cap = r->cap ? r->cap : IN_SIZE;
    while (cap - r->len < need) {
        if (cap > SIZE_MAX / 2)
            return false;
        cap *= 2;
    }
    char *buf = realloc(r->buf, cap);
    if (!buf)
        return false;
    r->buf = buf;
    r->cap = cap;
    return true;
}

/* Reads more compressed input; false at the end of the file or on error. */
static bool more_input(warc_reader *r) {
    size_t n = fread(r->in, 1, IN_SIZE, r->f);
    r->z.next_in = r->in;
    r->z.avail_in = (uInt)n;
    return n > 0;
}

static int more_gz(warc_reader *r) {
    if (!r->z_init) {
        if (inflateInit2(&r->z, 15 + 32) != Z_OK) /* gzip headers, any member */
            return fail(r, "out of memory"), -1;
        r->z_init = true;
    }
    for (;;) {
        if (r->z.avail_in == 0 && !more_input(r)) {
            if (ferror(r->f))
                return fail(r, "read error: %s", strerror(errno)), -1;
            if (r->z_live)
                return fail(r, "the gzip data is cut short"), -1;
            return 0;
        }
        if (!r->z_live && r->z.avail_in > 0 && r->z.next_in[0] != 0x1f)
            return fail(r, "bytes after the last gzip member are not gzip"), -1;
        r->z.next_out = (Bytef *)r->buf + r->len;
        r->z.avail_out = (uInt)(r->cap - r->len > UINT32_MAX ? UINT32_MAX : r->cap - r->len);
        r->z_live = true;
        int st = inflate(&r->z, Z_NO_FLUSH);
        size_t got = (size_t)((char *)r->z.next_out - (r->buf + r->len));
        r->len += got;
        if (st == Z_STREAM_END) {
            r->z_live = false; /* the next member starts afresh */
            inflateReset(&r->z);
        } else if (st != Z_OK && st != Z_BUF_ERROR) {
            return fail(r, "the gzip data is corrupt (%s)", r->z.msg ? r->z.msg : "zlib error"), -1;
        }
        if (got > 0)
            return 1;
    }
}

/* Appends more uncompressed bytes to the window: 1, 0 at the end, -1.
 * After an error the stream ends: corrupt gzip cannot be resumed. */
static int more(warc_reader *r) {
    if (r->eof || r->broken)
        return 0;
    if (!make_room(r, IN_SIZE))
        return fail(r, "out of memory"), -1;
    if (!r->sniffed) {
        int c = fgetc(r->f);
        if (c != EOF)
            ungetc(c, r->f);
        r->gz = c == 0x1f;
        r->sniffed = true;
    }
    int got;
    if (r->gz) {
        got = more_gz(r);
    } else {
        size_t n = fread(r->buf + r->len, 1, r->cap - r->len, r->f);
        r->len += n;
        got = n > 0 ? 1 : ferror(r->f) ? (fail(r, "read error: %s", strerror(errno)), -1) : 0;
    }
    if (got == 0)
        r->eof = true;
    if (got < 0)
        r->broken = true;
    return got;
}

/* Makes N bytes available from pos: 1, 0 if the input ends first, -1. */
static int ensure(warc_reader *r, size_t n) {
    /* the window grows as bytes arrive, not to a Content-Length that may lie */
    while (r->len - r->pos < n) {
        int st = more(r);
        if (st <= 0)
            return st;
    }
    return 1;
}

/* The next line (with its '\n', if any): 1, 0 at the end, -1. */
static int next_line(warc_reader *r, const char **line, size_t *n) {
    size_t scanned = 0;
    for (;;) {
        size_t rest = r->len - r->pos - scanned;
        const char *nl = rest ? memchr(r->buf + r->pos + scanned, '\n', rest) : NULL;
        if (nl) {
            *line = r->buf + r->pos;
            *n = (size_t)(nl - *line) + 1;
            r->pos += *n;
            return 1;
        }
        scanned = r->len - r->pos;
        if (scanned > MAX_LINE)
            return fail(r, "a header line is longer than %d bytes", MAX_LINE), -1;
        int st = more(r);
        if (st < 0)
            return -1;
        if (st == 0) {
            if (scanned == 0)
                return 0;
            *line = r->buf + r->pos;
            *n = scanned;
            r->pos += scanned;
            return 1;
        }
    }
}

static bool blank(const char *line, size_t n) {
    return n == 0 || (n == 1 && line[0] == '\n') || (n == 2 && line[0] == '\r' && line[1] == '\n');
}

/* Skips to the next line that starts a record. */
static void resync(warc_reader *r) {
    const char *line;
    size_t n;
    while (next_line(r, &line, &n) == 1)
        if (n >= 5 && memcmp(line, "WARC/", 5) == 0) {
            r->pos -= n;
            return;
        }
}

/* Copies header value VALUE (N bytes, trimmed) into DST of CAP bytes. */
static void copy_value(char *dst, size_t cap, const char *value, size_t n) {
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, value, n);
    dst[n] = '\0';
}

static bool set_uri(warc_reader *r, const char *value, size_t n) {
    if (n + 1 > r->uri_cap) {
        char *u = realloc(r->uri, n + 1);
        if (!u)
            return false;
        r->uri = u;
        r->uri_cap = n + 1;
    }
    memcpy(r->uri, value, n);
    r->uri[n] = '\0';
    return true;
}

/* "Name: value\r\n": true with the trimmed value if NAME matches. */
static bool header_is(const char *line, size_t n, const char *name, const char **value, size_t *vn) {
    size_t k = strlen(name);
    if (n <= k || strncasecmp(line, name, k) != 0 || line[k] != ':')
        return false;
    const char *v = line + k + 1, *end = line + n;
    while (v < end && (*v == ' ' || *v == '\t'))
        v++;
    while (end > v && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' '))
        end--;
    *value = v;
    *vn = (size_t)(end - v);
    return true;
}

/* Reads the header block; the record's Content-Length in *LENGTH. */
static int read_headers(warc_reader *r, long long *length) {
    const char *line, *v;
    size_t n, vn;
    *length = -1;
    r->type[0] = r->id[0] = r->content_type[0] = '\0';
    if (!set_uri(r, "", 0))
        return fail(r, "out of memory"), -1;
    for (;;) {
        int st = next_line(r, &line, &n);
        if (st < 0)
            return -1;
        if (st == 0)
            return fail(r, "record %zu: the input ends inside its headers", r->number), -1;
        if (blank(line, n))
            return 1;
        if (header_is(line, n, "Content-Length", &v, &vn)) {
            char digits[24];
            copy_value(digits, sizeof digits, v, vn);
            char *end;
            errno = 0;
            *length = strtoll(digits, &end, 10);
            if (errno || *end || vn == 0 || *length < 0)
                *length = -2;
        } else if (header_is(line, n, "WARC-Type", &v, &vn)) {
            copy_value(r->type, sizeof r->type, v, vn);
        } else if (header_is(line, n, "WARC-Target-URI", &v, &vn)) {
            if (!set_uri(r, v, vn))
                return fail(r, "out of memory"), -1;
        } else if (header_is(line, n, "WARC-Record-ID", &v, &vn)) {
            copy_value(r->id, sizeof r->id, v, vn);
        } else if (header_is(line, n, "Content-Type", &v, &vn)) {
            copy_value(r->content_type, sizeof r->content_type, v, vn);
        }
    }
}

static bool is_document(const char *type) {
    return strcmp(type, "response") == 0 || strcmp(type, "resource") == 0 ||
           strcmp(type, "conversion") == 0;
}

/* A response record holds an HTTP message: the payload is its body, and
 * its Content-Type is the body's. */
static void strip_http(warc_reader *r, warc_record *rec) {
    if (strncasecmp(r->content_type, "application/http", 16) != 0)
        return;
    const char *d = rec->data, *end = d + rec->len;
    for (const char *p = d; p < end; p++) {
        size_t eol = (p + 1 < end && p[0] == '\n' && p[1] == '\n')   ? 2
                     : (p + 3 < end && memcmp(p, "\r\n\r\n", 4) == 0) ? 4
                                                                    : 0;
        if (!eol)
            continue;
        /* the HTTP Content-Type, for the decoder's charset */
        const char *line = d;
        while (line < p) {
            const char *nl = memchr(line, '\n', (size_t)(p - line));
            size_t n = nl ? (size_t)(nl - line) + 1 : (size_t)(p - line);
            const char *v;
            size_t vn;
            if (header_is(line, n, "Content-Type", &v, &vn))
                copy_value(r->content_type, sizeof r->content_type, v, vn);
            line += n;
        }
        rec->data = p + eol;
        rec->len = (size_t)(end - rec->data);
        return;
    }
}

int warc_next(warc_reader *r, warc_record *rec) {
    r->error[0] = '\0';
    for (;;) {
        const char *line;
        size_t n;
        int st;
        do
            st = next_line(r, &line, &n);
        while (st == 1 && blank(line, n));
        if (st <= 0)
            return st;
        size_t offset = r->consumed + r->pos - n;
        r->number++;
        if (n < 7 || memcmp(line, "WARC/1.", 7) != 0) {
            fail(r, "record %zu at byte %zu: no WARC/1.x line", r->number, offset);
            resync(r);
            return -1;
        }
        long long length;
        if (read_headers(r, &length) < 0) {
            resync(r);
            return -1;
        }
        if (length < 0) {
            fail(r, "record %zu at byte %zu: %s Content-Length", r->number, offset,
                 length == -1 ? "no" : "a bad");
            resync(r);
            return -1;
        }
        st = ensure(r, (size_t)length);
        if (st < 0)
            return -1;
        if (st == 0) {
            fail(r, "record %zu at byte %zu: cut short, %zu of %lld bytes", r->number, offset,
                 r->len - r->pos, length);
            r->pos = r->len;
            return -1;
        }
        rec->data = r->buf + r->pos;
        rec->len = (size_t)length;
        r->pos += (size_t)length;
        if (!is_document(r->type)) {
            r->skipped++;
            continue;
        }
        strip_http(r, rec);
        rec->type = r->type;
        rec->uri = r->uri;
        rec->id = r->id;
        rec->content_type = r->content_type;
        rec->number = r->number;
        rec->offset = offset;
        return 1;
    }
}
