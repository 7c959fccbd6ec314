/* qx_sentence_end (qx-split, qx-claims' sent column): from any start the
 * end lies past it and within the text, on a character boundary when the
 * text is valid UTF-8, so walking sentence by sentence always finishes. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_options(&data, &size);
    const char *text = (const char *)data;
    int valid = fuzz_valid_utf8(text, size);
    for (size_t start = 0; start < size;) {
        size_t end = qx_sentence_end(text, size, start);
        if (end <= start || end > size)
            abort();
        if (valid && end < size && ((unsigned char)text[end] & 0xC0) == 0x80)
            abort();
        start = end;
    }
    return 0;
}
