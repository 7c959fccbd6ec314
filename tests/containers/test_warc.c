/* cmd/common/warc.c: document records from WARC/1.0 and 1.1 and WET, plain,
 * gzipped per record and gzipped whole; records that are no documents
 * passed over; a bad record reported and the next one read; a file cut
 * short reported. The records are built here, in memory. */
#define _POSIX_C_SOURCE 200809L
#include "../unit/check.h"
#include "common/warc.h"

#include <stdlib.h>
#include <zlib.h>

typedef struct bytes {
    char *data;
    size_t len, cap;
} bytes;

static void add(bytes *b, const void *p, size_t n) {
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2;
        b->data = realloc(b->data, b->cap);
        if (!b->data)
            abort();
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void add_str(bytes *b, const char *s) {
    add(b, s, strlen(s));
}

/* One record: version line, headers, Content-Length, body, blank lines. */
static void record(bytes *b, const char *version, const char *type, const char *uri,
                   const char *content_type, const char *body) {
    char head[512];
    snprintf(head, sizeof head,
             "%s\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s-%zu>\r\n%s%s%s"
             "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n",
             version, type, type, b->len, uri ? "WARC-Target-URI: " : "", uri ? uri : "",
             uri ? "\r\n" : "", content_type, strlen(body));
    add_str(b, head);
    add_str(b, body);
    add_str(b, "\r\n\r\n");
}

static void gzip_append(bytes *out, const char *data, size_t len) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        abort();
    size_t cap = deflateBound(&z, (uLong)len) + 32;
    unsigned char *buf = malloc(cap);
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)len;
    z.next_out = buf;
    z.avail_out = (uInt)cap;
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        abort();
    add(out, buf, cap - z.avail_out);
    deflateEnd(&z);
    free(buf);
}

static const char *const http_body = "<p>县城图书馆延长开放时间</p>";

/* The records, one per element of the returned array's strings. */
static size_t build(bytes *parts[], size_t max) {
    static bytes r[8];
    memset(r, 0, sizeof r);
    record(&r[0], "WARC/1.0", "warcinfo", NULL, "application/warc-fields", "software: test\r\n");
    char http[256];
    snprintf(http, sizeof http,
             "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s", http_body);
    record(&r[1], "WARC/1.0", "response", "http://news.example.cn/a.html", "application/http; msgtype=response", http);
    record(&r[2], "WARC/1.0", "request", "http://news.example.cn/a.html", "application/http; msgtype=request", "GET /a.html HTTP/1.1\r\n\r\n");
    record(&r[3], "WARC/1.0", "conversion", "http://news.example.cn/b.html", "text/plain", "纯文本一行。\n第二行。");
    record(&r[4], "WARC/1.1", "resource", "file:///c.txt", "text/plain", "资源记录");
    add_str(&r[5], "WARC/1.0\r\nWARC-Type: resource\r\n\r\nno length here\r\n\r\n");
    record(&r[6], "WARC/1.0", "resource", "file:///d.txt", "text/plain", "错误之后的记录");
    add_str(&r[7], "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 100\r\n\r\ncut short");
    size_t n = 8 < max ? 8 : max;
    for (size_t i = 0; i < n; i++)
        parts[i] = &r[i];
    return n;
}

static void check_stream(const char *data, size_t len, const char *what) {
    FILE *f = fmemopen((void *)data, len, "rb");
    CHECK(f != NULL);
    warc_reader *r = warc_open(f);
    warc_record rec;
    CHECK_INT(warc_next(r, &rec), 1);
    CHECK_STR(rec.type, "response");
    CHECK_STR(rec.uri, "http://news.example.cn/a.html");
    CHECK_STR(rec.content_type, "text/html; charset=utf-8");
    CHECK(rec.len == strlen(http_body) && memcmp(rec.data, http_body, rec.len) == 0);
    CHECK_INT(rec.number, 2);
    CHECK_INT(warc_next(r, &rec), 1);
    CHECK_STR(rec.type, "conversion");
    CHECK(rec.len == strlen("纯文本一行。\n第二行。"));
    CHECK_INT(warc_next(r, &rec), 1);
    CHECK_STR(rec.type, "resource");
    CHECK_STR(rec.uri, "file:///c.txt");
    CHECK_INT(warc_next(r, &rec), -1); /* no Content-Length */
    CHECK(strstr(warc_error(r), "no Content-Length") != NULL);
    CHECK_INT(warc_next(r, &rec), 1);
    CHECK_STR(rec.uri, "file:///d.txt");
    CHECK(rec.len == strlen("错误之后的记录") && memcmp(rec.data, "错误之后的记录", rec.len) == 0);
    CHECK_INT(warc_next(r, &rec), -1); /* cut short */
    CHECK(strstr(warc_error(r), "cut short") != NULL);
    CHECK_INT(warc_next(r, &rec), 0);
    CHECK_INT(warc_skipped(r), 2);
    if (check_failed)
        fprintf(stderr, "  (in the %s stream)\n", what);
    warc_close(r);
    fclose(f);
}

static void test_streams(void) {
    bytes *parts[8];
    size_t n = build(parts, 8);
    bytes plain = {0}, per_record = {0}, whole = {0};
    for (size_t i = 0; i < n; i++) {
        add(&plain, parts[i]->data, parts[i]->len);
        gzip_append(&per_record, parts[i]->data, parts[i]->len);
    }
    gzip_append(&whole, plain.data, plain.len);
    check_stream(plain.data, plain.len, "plain");
    check_stream(per_record.data, per_record.len, "per-record gzip");
    check_stream(whole.data, whole.len, "whole-file gzip");
    CHECK(warc_sniff((const unsigned char *)plain.data, plain.len));
    CHECK(warc_sniff((const unsigned char *)whole.data, whole.len));
    CHECK(!warc_sniff((const unsigned char *)"<html>", 6));
    /* a gzip stream cut in the middle */
    FILE *f = fmemopen(whole.data, whole.len / 2, "rb");
    warc_reader *r = warc_open(f);
    warc_record rec;
    int st;
    while ((st = warc_next(r, &rec)) == 1)
        ;
    CHECK_INT(st, -1);
    warc_close(r);
    fclose(f);
    free(plain.data);
    free(per_record.data);
    free(whole.data);
    for (size_t i = 0; i < n; i++)
        free(parts[i]->data);
}

/* A record larger than the reader's first window still comes whole. */
static void test_large(void) {
    bytes b = {0};
    size_t big = 300000;
    char *body = malloc(big + 1);
    for (size_t i = 0; i < big; i++)
        body[i] = (char)('a' + i % 26);
    body[big] = '\0';
    record(&b, "WARC/1.0", "resource", "file:///big", "text/plain", body);
    FILE *f = fmemopen(b.data, b.len, "rb");
    warc_reader *r = warc_open(f);
    warc_record rec;
    CHECK_INT(warc_next(r, &rec), 1);
    CHECK(rec.len == big && memcmp(rec.data, body, big) == 0);
    CHECK_INT(warc_next(r, &rec), 0);
    warc_close(r);
    fclose(f);
    free(body);
    free(b.data);
}

int main(void) {
    test_streams();
    test_large();
    return check_report();
}
