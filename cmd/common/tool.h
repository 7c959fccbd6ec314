/* Code shared by the qx-* tools: messages, exit status, input files and
 * TSV output, the same way in every tool. */
#ifndef QX_TOOL_H
#define QX_TOOL_H

#include "qingxi.h"

#include <stdbool.h>
#include <stdio.h>

#if defined(__GNUC__)
#define TOOL_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define TOOL_PRINTF(fmt, args)
#endif

enum { EXIT_OK = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

/* Where documents come from (cmd/common/records.c): the container options
 * every document-reading tool takes, and what was read, for --counters. */
typedef struct records_options {
    const char *jsonl_field; /* --jsonl=FIELD: JSON Lines, the document in FIELD */
    const char *tsv_field;   /* --tsv-docs=FIELD: TSV with a header, the document in FIELD */
    bool recursive;          /* -r: read the files under directory operands */
    bool no_warc;            /* --no-warc: take WARC files as plain documents */
} records_options;

typedef struct records_counts {
    size_t documents; /* handed on to the tool */
    size_t failed;    /* records that could not be read (reported) */
    size_t skipped;   /* WARC records that are no documents (warcinfo, request, metadata) */
} records_counts;

typedef struct tool {
    const char *name;  /* "qx-clean" */
    bool quiet;        /* -q: no warnings */
    bool line_buffered;
    bool header;       /* print a TSV header (cleared by --no-header) */
    bool header_done;
    size_t failed;     /* inputs that failed */
    qx_buf row;        /* the TSV row being assembled */
    records_options records; /* container options (TOOL_LONGOPTS_RECORDS) */
    records_counts counts;   /* what records_each read */
    bool counters;     /* --counters: Hadoop Streaming counters on stderr at the end */
    unsigned jobs;     /* -j N: documents read by N worker threads (0, 1: none) */
    qx_buf *capture;   /* a worker's output goes here, not to stdout */
    struct {           /* the progress line (tool_progress) */
        double start, last;
        size_t bytes, total; /* total: 0 when unknown */
        bool on;             /* stderr is a terminal and -q is not given */
        bool shown;
    } progress;
    size_t fields;     /* fields in it so far */
} tool;

void tool_init(tool *t, const char *name);
void tool_free(tool *t);

/* "NAME: MESSAGE" and the hint to --help on stderr; returns EXIT_USAGE. */
int tool_usage_error(const tool *t, const char *fmt, ...) TOOL_PRINTF(2, 3);
/* "NAME (qingxi) VERSION" and the data versions on stdout. */
void tool_print_version(const tool *t);
/* An input failed: "NAME: FILE: MESSAGE", counted. */
void tool_error(tool *t, const char *file, const char *fmt, ...) TOOL_PRINTF(3, 4);
/* Something worth knowing about an input that did not fail; -q hides it. */
void tool_warn(const tool *t, const char *file, const char *fmt, ...) TOOL_PRINTF(3, 4);

/* Options every tool reads the same way. A tool's getopt_long table lists
 * those it has among TOOL_LONGOPT_*, and its option switch hands every
 * option it does not know itself to tool_common_option. */
enum {
    TOOL_OPT_NO_HEADER = 0x1000,
    TOOL_OPT_LINE_BUFFERED,
    TOOL_OPT_JSONL,
    TOOL_OPT_TSV_DOCS,
    TOOL_OPT_NO_WARC,
    TOOL_OPT_COUNTERS,
    TOOL_OPT_JOBS,
    TOOL_OPT_ONLY,
    TOOL_OPT_SKIP
};
#define TOOL_LONGOPT_NO_HEADER {"no-header", no_argument, NULL, TOOL_OPT_NO_HEADER}
#define TOOL_LONGOPT_LINE_BUFFERED {"line-buffered", no_argument, NULL, TOOL_OPT_LINE_BUFFERED}
#define TOOL_LONGOPTS_STANDARD                                                                    \
    {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'},                            \
        {"version", no_argument, NULL, 'V'}, {NULL, 0, NULL, 0}
#define TOOL_SHORTOPTS_STANDARD "qhV"
/* The cleaning options of tools that run the pipeline: -e, --only, --skip.
 * tool_cleaning_option reads them. */
#define TOOL_LONGOPTS_CLEANING                                                                    \
    {"encoding", required_argument, NULL, 'e'}, {"only", required_argument, NULL, TOOL_OPT_ONLY}, \
        {"skip", required_argument, NULL, TOOL_OPT_SKIP}
#define TOOL_SHORTOPTS_CLEANING "e:"
/* The container options of tools that read documents, and --counters. */
#define TOOL_LONGOPTS_RECORDS                                                                     \
    {"recursive", no_argument, NULL, 'r'}, {"jsonl", required_argument, NULL, TOOL_OPT_JSONL},   \
        {"tsv-docs", required_argument, NULL, TOOL_OPT_TSV_DOCS},                                \
        {"no-warc", no_argument, NULL, TOOL_OPT_NO_WARC},                                        \
        {"counters", no_argument, NULL, TOOL_OPT_COUNTERS},                                       \
        {"jobs", required_argument, NULL, 'j'}
#define TOOL_SHORTOPTS_RECORDS "rj:"
/* Their lines for --help. */
#define TOOL_HELP_RECORDS                                                                         \
    "  -r, --recursive        read every file under directory operands, in name order\n"         \
    "      --jsonl=FIELD      each input line is a JSON object; its string FIELD is a\n"          \
    "                         document, named FILE:LINE\n"                                        \
    "      --tsv-docs=FIELD   each input row (after a header line) is a document, in\n"           \
    "                         column FIELD, named by its doc column or FILE:LINE\n"               \
    "      --no-warc          read WARC files as plain documents (by default a WARC or\n"         \
    "                         WET file, plain or gzipped, gives a document per\n"                 \
    "                         response, resource or conversion record, named by its URI)\n"      \
    "      --counters         at the end, print Hadoop Streaming counters on stderr\n"             \
    "                         (reporter:counter:qingxi,NAME,N)\n"                                  \
    "  -j, --jobs=N           read documents with N threads; output stays in input\n"           \
    "                         order (warnings on stderr may not)\n"

/* Handles -q, -h, -V, --no-header, --line-buffered and getopt's errors:
 * -1 to go on, else the exit status (EXIT_OK after --help and --version,
 * EXIT_USAGE after an unknown option). PRINT_HELP writes --help. */
int tool_common_option(tool *t, int option, void (*print_help)(void));

/* -e, --only or --skip into OPTS: 1 when OPTION was one of them, 0 when
 * not, -1 after a usage error (reported). */
int tool_cleaning_option(const tool *t, int option, qx_options *opts);

/* The operands, or "-" when there are none. */
typedef struct operands {
    char **names;
    int count;
} operands;
operands tool_operands(int argc, char **argv, int first);

/* One input document's bytes: a regular file is mapped, anything else
 * (standard input, pipes) read into BUF. */
typedef struct input {
    const char *data;
    size_t len;
    void *map; /* the mapping, or NULL */
    size_t map_len;
    qx_buf buf;
} input;

/* Reads FILE ("-": standard input) whole, dropping what IN held before. On
 * failure reports it and returns false. */
bool tool_read_input(tool *t, const char *file, input *in);
void tool_input_free(input *in);

/* Opens FILE for reading line by line; NULL (reported) on failure. */
FILE *tool_open(tool *t, const char *file);
void tool_close(FILE *f);

/* Parses "a,b,c" stage names into qx_stage bits; 0 (reported) if one is
 * unknown. */
unsigned tool_parse_stages(const tool *t, const char *option, const char *list);

/* The decimal digits of VALUE at the end of BUF; returns where they start
 * (BUF + 24 - their length). No snprintf: it costs a tenth of qx-claims'
 * time on its offsets. */
enum { TOOL_UINT_DIGITS = 24 };
const char *tool_format_uint(char buf[TOOL_UINT_DIGITS], size_t value);

/* The text of a cleaned document: its one paragraph as it is, or when
 * markup made several (<p>a</p><p>b</p>), the paragraphs joined by line
 * breaks in SCRATCH. *LEN is its length; NULL when memory runs out. */
const char *tool_doc_text(const qx_doc *doc, qx_buf *scratch, size_t *len);

/* ----- lines and TSV fields ----- */

/* The lines of a file, read one by one. */
typedef struct tool_lines {
    FILE *in;
    char *data;  /* the line, without its LF or CR LF */
    size_t cap, len, number;
} tool_lines;

/* The next line of R->in: false at the end, or once stdout is closed. */
bool tool_next_line(tool_lines *r);
/* Field I (from 0) of the LEN bytes of LINE: its start and length; false
 * when the line has fewer fields. */
bool tool_tsv_field(const char *line, size_t len, size_t i, const char **field, size_t *n);
/* The number of fields of LINE (one more than its tabs). */
size_t tool_tsv_count(const char *line, size_t len);
/* Is LINE a row of qx-clean --tsv (four fields or more, the second the
 * paragraph number) rather than a header? Blocks that GNU parallel --pipe
 * hands on have no header. */
bool tool_tsv_clean_row(const char *line, size_t len);

/* ----- progress ----- */

/* The input size to expect: the sum of the regular files among the
 * operands (0 when any is standard input or a pipe: then no time left). */
void tool_progress_plan(tool *t, const operands *files);
/* A document of LEN bytes is done: when stderr is a terminal, the job has
 * run for two seconds and -q is not given, rewrites one line on stderr
 * (documents, MB, MB/s, time left) at most twice a second. */
void tool_progress(tool *t, size_t len);

/* ----- output ----- */

/* Sets up stdout's buffering. */
void tool_start_output(tool *t);
/* Writes BYTES to stdout. */
void tool_write(const tool *t, const char *bytes, size_t len);
/* TSV: fields are appended to the row, which END_ROW writes. */
void tool_field(tool *t, const char *text, size_t len);
void tool_field_str(tool *t, const char *text);
void tool_field_uint(tool *t, size_t value);
void tool_end_row(tool *t);
/* The header row, once per output stream, unless --no-header. */
void tool_header(tool *t, const char *const *columns, size_t count);
/* Flushes after a record when --line-buffered. */
void tool_record_done(const tool *t);
/* Has writing to stdout failed (the reader gone, the disk full)? Then
 * there is no point in reading more input. */
bool tool_output_closed(void);
/* Flushes and closes stdout; the exit status for main. */
int tool_finish(tool *t);

#endif
