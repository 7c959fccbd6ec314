/* qx-conv: traditional <-> simplified Chinese, line for line. */
#include "common/tool.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { BLOCK = 1 << 20 };

static void print_help(void) {
    fputs(
        "Usage: qx-conv --to=SCRIPT [OPTION]... [FILE]...\n"
        "Convert Chinese text between traditional and simplified script, as OpenCC's\n"
        "t2s and s2t configurations do (the longest phrase of OpenCC's dictionaries,\n"
        "else the character), at the speed of a table lookup.\n"
        "\n"
        "With no FILE, or when FILE is -, read standard input. The FILEs are\n"
        "converted in order to standard output; lines, ASCII and everything that is\n"
        "not Chinese stay exactly as they are, so TSV streams can be converted whole.\n"
        "Input is UTF-8 (decode other encodings with qx-clean --only=decode first);\n"
        "bytes that are not UTF-8 are copied unchanged.\n"
        "\n"
        "Options:\n"
        "      --to=SCRIPT        simp (or simplified, s): to simplified script, as\n"
        "                         opencc -c t2s; trad (or traditional, t): to\n"
        "                         traditional script, as opencc -c s2t\n"
        "      --line-buffered    write each line as soon as it is converted\n"
        "  -q, --quiet            print no warnings (errors are still reported)\n"
        "  -h, --help             print this help and exit\n"
        "  -V, --version          print the version and exit\n"
        "\n"
        "Where the output differs from OpenCC on purpose (see qx-conv(1)):\n"
        "  --to=simp writes 着 for 著 (看着, 决定着, 着急, 穿着), except where 著\n"
        "  means write or notable (著名, 著作, 显著, 名著 ...); OpenCC keeps 著.\n"
        "\n"
        "Examples:\n"
        "  qx-conv --to=simp big5-site.txt > simplified.txt\n"
        "  qx-clean --tsv *.html | qx-conv --to=simp | cut -f4\n"
        "  parallel --pipe -k qx-conv --to=trad < corpus.txt > corpus.trad.txt\n"
        "\n"
        "Exit status: 0 if every input was converted, 1 if some input failed (it is\n"
        "reported and the rest converted), 2 for a usage error.\n",
        stdout);
}


static bool parse_target(const char *name, qx_script_target *to) {
    static const struct {
        const char *name;
        qx_script_target to;
    } names[] = {{"simp", QX_TO_SIMPLIFIED},  {"simplified", QX_TO_SIMPLIFIED},
                 {"s", QX_TO_SIMPLIFIED},     {"trad", QX_TO_TRADITIONAL},
                 {"traditional", QX_TO_TRADITIONAL}, {"t", QX_TO_TRADITIONAL}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i].name) == 0) {
            *to = names[i].to;
            return true;
        }
    return false;
}

/* Returns -1 to go on, or the exit status. */
static int parse_args(tool *t, int argc, char **argv, qx_script_target *to) {
    enum { TO = 256 };
    static const struct option longopts[] = {{"to", required_argument, NULL, TO},
                                             TOOL_LONGOPT_LINE_BUFFERED, TOOL_LONGOPTS_STANDARD};
    int c, status;
    argv[0] = (char *)t->name; /* getopt's own messages name the tool, not its path */
    while ((c = getopt_long(argc, argv, TOOL_SHORTOPTS_STANDARD, longopts, NULL)) != -1) {
        switch (c) {
        case TO:
            if (!parse_target(optarg, to))
                return tool_usage_error(t, "--to: '%s' is not simp or trad", optarg);
            break;
        default:
            if ((status = tool_common_option(t, c, print_help)) >= 0)
                return status;
        }
    }
    if (!*to)
        return tool_usage_error(t, "--to=simp or --to=trad is required");
    return -1;
}

/* Converts what PENDING holds, as far as the converter can decide unless
 * AT_END, into OUT; keeps the rest in PENDING. */
static bool convert_pending(qx_script_target to, qx_buf *pending, qx_buf *out, bool at_end) {
    size_t done = 0;
    out->len = 0;
    if (qx_convert(to, pending->data, pending->len, at_end, out, &done) != QX_OK)
        return false;
    memmove(pending->data, pending->data + done, pending->len - done);
    pending->len -= done;
    return true;
}

/* Streams FILE through the converter in blocks: memory stays bounded
 * whatever the size of the input or of its lines. */
static void convert_file(tool *t, qx_script_target to, const char *file, qx_buf *pending,
                         qx_buf *out) {
    bool is_stdin = strcmp(file, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(file, O_RDONLY);
    if (fd < 0) {
        tool_error(t, file, "%s", strerror(errno));
        return;
    }
    pending->len = 0;
    bool at_end = false;
    while (!at_end && !tool_output_closed()) {
        if (qx_buf_reserve(pending, BLOCK) != QX_OK) {
            tool_error(t, file, "out of memory");
            break;
        }
        ssize_t n = read(fd, pending->data + pending->len, BLOCK);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) /* what was read is written; the failure reported */
            tool_error(t, file, "%s", strerror(errno));
        else
            pending->len += (size_t)n;
        at_end = n <= 0;
        if (!convert_pending(to, pending, out, at_end)) {
            tool_error(t, file, "out of memory");
            break;
        }
        tool_write(t, out->data, out->len);
        tool_record_done(t);
    }
    if (!is_stdin)
        close(fd);
}

int main(int argc, char **argv) {
    tool t;
    tool_init(&t, "qx-conv");
    qx_script_target to = 0;
    int status = parse_args(&t, argc, argv, &to);
    if (status >= 0) {
        tool_free(&t);
        return status;
    }
    tool_start_output(&t);
    operands ops = tool_operands(argc, argv, optind);
    qx_buf pending = QX_BUF_INIT, out = QX_BUF_INIT;
    for (int i = 0; i < ops.count && !tool_output_closed(); i++)
        convert_file(&t, to, ops.names[i], &pending, &out);
    qx_buf_free(&pending);
    qx_buf_free(&out);
    return tool_finish(&t);
}
