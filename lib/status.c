/* Status codes, version strings and the names of enumerations. */
#include "internal.h"

#include <string.h>

const char *qx_version(void) {
    return QX_VERSION_STRING;
}

const char *qx_strerror(qx_status status) {
    switch (status) {
    case QX_OK:
        return "success";
    case QX_ENOMEM:
        return "out of memory";
    case QX_EINVAL:
        return "invalid argument";
    case QX_EENCODING:
        return "unknown encoding";
    case QX_EPARSE:
        return "parse error";
    case QX_ELIMIT:
        return "size limit exceeded";
    case QX_EIO:
        return "input/output error";
    }
    return "unknown status";
}

static const char *const stage_names[] = {"decode", "markup", "space", "boilerplate", "repair",
                                           "punct",  "script"};

unsigned qx_stage_from_name(const char *name) {
    if (!name)
        return 0;
    for (unsigned i = 0; i < sizeof stage_names / sizeof *stage_names; i++)
        if (strcmp(name, stage_names[i]) == 0)
            return 1u << i;
    return 0;
}

const char *qx_stage_name(unsigned stage) {
    for (unsigned i = 0; i < sizeof stage_names / sizeof *stage_names; i++)
        if (stage == 1u << i)
            return stage_names[i];
    return NULL;
}

const char *qx_role_name(qx_role role) {
    switch (role) {
    case QX_ROLE_TEXT:
        return "text";
    case QX_ROLE_TITLE:
        return "title";
    case QX_ROLE_HEADING:
        return "heading";
    }
    return "text";
}

const char *qx_encoding_name(qx_encoding enc) {
    switch (enc) {
    case QX_ENC_ASCII:
        return "US-ASCII";
    case QX_ENC_UTF8:
        return "UTF-8";
    case QX_ENC_UTF16LE:
        return "UTF-16LE";
    case QX_ENC_UTF16BE:
        return "UTF-16BE";
    case QX_ENC_GB18030:
        return "GB18030";
    case QX_ENC_BIG5:
        return "BIG5";
    case QX_ENC_WINDOWS1252:
        return "WINDOWS-1252";
    case QX_ENC_OTHER:
        return "other";
    case QX_ENC_UNKNOWN:
        break;
    }
    return "unknown";
}

const char *qx_detect_source_name(qx_detect_source source) {
    switch (source) {
    case QX_DETECT_STATISTICS:
        return "statistics";
    case QX_DETECT_BOM:
        return "bom";
    case QX_DETECT_META:
        return "meta";
    case QX_DETECT_CALLER:
        return "caller";
    }
    return "statistics";
}

const char *qx_markup_name(unsigned markup) {
    static const char *const plain[] = {"text", "tagged", "fragment", "page"};
    static const char *const front[] = {"frontmatter+text", "frontmatter+tagged",
                                        "frontmatter+fragment", "frontmatter+page"};
    unsigned body = markup & QX_MARKUP_BODY_MASK;
    return (markup & QX_MARKUP_FRONTMATTER) ? front[body] : plain[body];
}

static const char *const repair_kind_names[QX_REPAIR_KINDS] = {
    "utf8-as-gbk", "utf8-as-latin", "gbk-as-latin", "big5-as-gbk",
    "gbk-as-big5", "shifted",       "pinyin",       "lost-byte"};

const char *qx_repair_kind_name(qx_repair_kind kind) {
    return (unsigned)kind < QX_REPAIR_KINDS ? repair_kind_names[kind] : NULL;
}
