/* The WARC reader (cmd/common/warc.c): any bytes, plain or gzip, end in a
 * finite run of records and errors (libFuzzer's timeout catches a loop; gzip
 * may expand a few bytes into many records); every record lies inside the reader's
 * window and has a type, and reading stops at the end. */
#define _POSIX_C_SOURCE 200809L
#include "fuzz.h"
#include "../../cmd/common/warc.h"

#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    FILE *f = fmemopen((void *)data, size, "rb");
    if (!f)
        return 0;
    warc_reader *r = warc_open(f);
    if (!r)
        abort();
    warc_record rec;
    size_t records = 0, errors = 0;
    int st;
    while ((st = warc_next(r, &rec)) != 0) {
        if (st == 1) {
            if (!rec.type || !rec.uri || !rec.id || !rec.content_type || (rec.len && !rec.data))
                abort();
            volatile char sink = 0;
            for (size_t i = 0; i < rec.len; i += 4096)
                sink ^= rec.data[i]; /* the payload is readable */
            (void)sink;
            records++;
        } else if (!warc_error(r)[0]) {
            abort(); /* an error always says why */
        } else {
            errors++; /* each consumes a line at least: a loop would time out */
        }
    }
    warc_close(r);
    fclose(f);
    return 0;
}
