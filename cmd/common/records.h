/* Documents from corpus containers, the same way for every tool: a file is
 * one document, unless it is WARC/WET (plain or gzipped, recognized by its
 * first bytes), JSON Lines (--jsonl=FIELD) or a TSV stream of documents
 * (--tsv-docs=FIELD); a directory is walked with -r. Every record in is a
 * document out or an error reported as "TOOL: FILE: message" and counted:
 * nothing vanishes. */
#ifndef QX_RECORDS_H
#define QX_RECORDS_H

#include "tool.h"


/* One document: NAME (the file, "FILE:LINE", or a WARC record's URI) and
 * its bytes, borrowed for the call. */
typedef void (*record_fn)(void *ctx, const char *name, const char *data, size_t len);


/* Calls EACH for every document of OPERAND ("-" is standard input),
 * adding to COUNTS. */
void records_each(tool *t, const char *operand, const records_options *o, record_fn each,
                  void *ctx, records_counts *counts);

/* A tool's work on one document, made once per thread for -j: NEW_JOB
 * builds a job (its own qx_ctx, qx_doc …) that writes through WORKER, a
 * copy of the tool whose output is kept and later written in input order;
 * RUN reads one document with it. */
typedef struct records_worker {
    void *(*new_job)(tool *worker, void *shared);
    record_fn run;
    void (*free_job)(void *job);
    void *shared;
    /* Optional, for work that must end in input order (qx-dedup compares
     * each document with those before it): DETACH takes, in the worker,
     * what RUN left in the job; FINISH gets it in the reading thread, in
     * input order, after the document's output, and owns it. */
    void *(*detach)(void *job);
    void (*finish)(void *shared, void *result);
} records_worker;

/* The job most tools need: the (worker) tool, the settings shared by all
 * jobs (records_worker.shared), and a context and document of its own. A
 * tool with more state embeds it first in a struct of its own. */
typedef struct doc_job {
    tool *t;
    const void *shared;
    qx_ctx *ctx;
    qx_doc *doc;
} doc_job;

/* A zeroed job of SIZE bytes (a struct starting with a doc_job) for T,
 * with its context and document; NULL when memory runs out. */
void *doc_job_new(tool *t, const void *shared, size_t size);
/* A plain doc_job, as records_worker.new_job. */
void *doc_job_make(tool *t, void *shared);
/* Frees a job's context, document and the job. Accepts NULL. */
void doc_job_free(void *job);

/* Every document of FILES through W: in this thread, or with t->jobs > 1
 * by that many threads, with their output written in input order. Memory:
 * eight documents (and their output) per thread at most, and no more than
 * two per thread once those in hand pass 32 MB. */
void records_run(tool *t, const operands *files, const records_worker *w);

/* JSON: the string value of top-level key FIELD of the object in LINE
 * (LEN bytes), UTF-8, appended to OUT. 1 found, 0 absent, -1 with a reason
 * in *WHY when LINE is no JSON object or the value is no string. */
int json_string_field(const char *line, size_t len, const char *field, qx_buf *out,
                      const char **why);

#endif
