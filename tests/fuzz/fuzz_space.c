/* qx_space: whatever comes in, what goes out has no control characters,
 * no empty paragraphs and no trailing white space. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_options(&data, &size);
    qx_doc *doc = qx_doc_new();
    if (!doc || qx_doc_set_text(doc, (const char *)data, size) != QX_OK || qx_space(doc) != QX_OK)
        abort();
    fuzz_check_doc(doc, 1);
    for (size_t i = 0; i < qx_doc_count(doc); i++) {
        qx_para p = qx_doc_para(doc, i);
        for (size_t k = 0; k < p.len; k++)
            if ((unsigned char)p.text[k] < 0x20 && p.text[k] != '\n')
                abort();
    }
    qx_doc_free(doc);
    return 0;
}
