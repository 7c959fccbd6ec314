/* The JSON Lines field reader (cmd/common/records.c): any line gives a
 * field, no field, or an error with a reason; a field found is valid UTF-8
 * whenever the line is, and never longer than the line allows. */
#include "fuzz.h"
#include "../../cmd/common/records.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    static const char *const fields[] = {"text", "", "a", "content"};
    qx_buf out = QX_BUF_INIT;
    const char *why = NULL;
    int st = json_string_field((const char *)data, size, fields[o & 3], &out, &why);
    if (st < -1 || st > 1 || (st < 0 && (!why || !why[0])))
        abort();
    /* \uXXXX makes 6 bytes into at most 4 (a pair: 12 into 4) */
    if (st == 1 && out.len > size)
        abort();
    if (st == 1 && fuzz_valid_utf8((const char *)data, size) && !fuzz_valid_utf8(out.data, out.len))
        abort();
    qx_buf_free(&out);
    return 0;
}
