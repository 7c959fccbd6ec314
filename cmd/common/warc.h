/* WARC and WET files as a stream of documents: WARC/1.0 and WARC/1.1, plain
 * or gzipped (one gzip member per record, or the whole file), read record
 * by record so that memory follows the largest record, not the file.
 * libarchive skips WET conversion records and WARC/1.1, hence this. */
#ifndef QX_WARC_H
#define QX_WARC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct warc_reader warc_reader;

/* A document record: response (its HTTP headers stripped), resource or
 * conversion (WET text). Borrowed until the next warc_next. */
typedef struct warc_record {
    const char *type;         /* "response", "resource", "conversion" */
    const char *uri;          /* WARC-Target-URI, or "" */
    const char *id;           /* WARC-Record-ID, or "" */
    const char *content_type; /* of the payload (the HTTP Content-Type for responses), or "" */
    const char *data;         /* the payload */
    size_t len;
    size_t number;            /* the record's place in the file, from 1, all types counted */
    size_t offset;            /* where its "WARC/" line starts, in uncompressed bytes */
} warc_record;

/* Does a file starting with these bytes look like WARC (plain or gzipped)? */
bool warc_sniff(const unsigned char *head, size_t len);

/* A reader over F (not closed by warc_close), or NULL when memory runs out. */
warc_reader *warc_open(FILE *f);
void warc_close(warc_reader *r);

/* The next document record: 1 and *REC set; 0 at the end; -1 for a record
 * that could not be read, with the reason in warc_error (the reader then
 * moves on to the next "WARC/" line, so one bad record costs only itself;
 * corrupt gzip data or a read error ends the file after that one error).
 * Records that are no documents (warcinfo, request, metadata, revisit) are
 * passed over and counted in warc_skipped. */
int warc_next(warc_reader *r, warc_record *rec);
const char *warc_error(const warc_reader *r);
size_t warc_skipped(const warc_reader *r);

#endif
