/* The corpus readers as the tools use them (cmd/common/records.c):
 * records_each over any bytes, as a regular file or through a pipe fed in
 * small chunks, as WARC/plain, plain only (--no-warc), JSON Lines
 * (--jsonl=text) or a TSV of documents (--tsv-docs=text). Every document
 * handed on is readable, reading ends, and errors are counted.
 * Option bits 0-1: the container; bit 2: a pipe; bits 3-7: the pipe's
 * chunk size (1 to 32 bytes, so records and lines arrive cut anywhere). */
#define _GNU_SOURCE
#include "fuzz.h"
#include "../../cmd/common/records.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

typedef struct feed {
    int fd;
    const uint8_t *data;
    size_t size, chunk;
} feed;

/* Writes the input into the pipe a chunk at a time; stops when the reader
 * has gone (EPIPE). */
static void *write_chunks(void *arg) {
    feed *f = arg;
    for (size_t at = 0; at < f->size;) {
        size_t n = f->size - at < f->chunk ? f->size - at : f->chunk;
        ssize_t w = write(f->fd, f->data + at, n);
        if (w <= 0)
            break;
        at += (size_t)w;
    }
    close(f->fd);
    return NULL;
}

static void each(void *ctx, const char *name, const char *data, size_t len) {
    size_t *docs = ctx;
    volatile char sink = name[0];
    for (size_t i = 0; i < len; i += 512)
        sink ^= data[i];
    if (len)
        sink ^= data[len - 1];
    (void)sink;
    (*docs)++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    static int once;
    if (!once++)
        signal(SIGPIPE, SIG_IGN);
    tool t;
    tool_init(&t, "fuzz_records");
    t.quiet = true;
    switch (o & 3) {
    case 1: t.records.no_warc = true; break;
    case 2: t.records.jsonl_field = "text"; break;
    case 3: t.records.tsv_field = "text"; break;
    default: break;
    }
    int fds[2] = {-1, -1};
    pthread_t writer;
    feed f = {-1, data, size, 1 + (o >> 3)};
    bool piped = o & 4;
    if (piped) {
        if (pipe(fds) != 0)
            abort();
        f.fd = fds[1];
        if (pthread_create(&writer, NULL, write_chunks, &f) != 0)
            abort();
    } else {
        fds[0] = memfd_create("fuzz_records", 0);
        if (fds[0] < 0 || (size && write(fds[0], data, size) != (ssize_t)size))
            abort();
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fds[0]);
    size_t docs = 0;
    records_each(&t, path, &t.records, each, &docs, &t.counts);
    if (docs != t.counts.documents)
        abort();
    close(fds[0]);
    if (piped)
        pthread_join(writer, NULL);
    tool_free(&t);
    return 0;
}
