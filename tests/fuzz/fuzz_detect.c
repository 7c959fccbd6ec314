/* qx_detect on any bytes: a verdict always, and a sane one. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t o = fuzz_options(&data, &size);
    qx_detection d;
    if (qx_detect(data, size, o & 1 ? QX_OPT_LINE : 0, &d) != QX_OK)
        abort();
    if (d.encoding == QX_ENC_UNKNOWN || d.confidence < 0 || d.confidence > 100 || d.bom_len > size)
        abort();
    if ((o & 1) && (d.encoding == QX_ENC_UTF16LE || d.encoding == QX_ENC_UTF16BE) &&
        d.source == QX_DETECT_STATISTICS)
        abort();
    return 0;
}
