/* qx-sum: group-by aggregates over any qingxi TSV, with exact decimal
 * arithmetic (cmd/common/bigdec.c): a sum of a million 20-digit values, or
 * of a third and two thirds, comes out exact. */
#include "common/bigdec.h"
#include "common/tool.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

enum stat { COUNT, NUMERIC, SUM, MIN, MAX, MEDIAN, MEAN, DISTINCT, STATS };
static const char *const stat_names[STATS] = {"count", "numeric", "sum",  "min",
                                              "max",   "median",  "mean", "distinct"};
#define BIT(s) (1u << (s))
/* the statistics that skip values that are not numbers, and say so */
#define NUMBER_STATS (BIT(SUM) | BIT(MIN) | BIT(MAX) | BIT(MEDIAN) | BIT(MEAN))

/* A column name as the user wrote it in --by or --field. */
typedef struct name {
    const char *text;
    size_t len;
} name;

typedef struct settings {
    name *by;
    size_t by_count;
    name field;
    enum stat *stats;
    size_t stat_count;
    unsigned want; /* BIT(stat) of each stat asked for */
    long places;   /* of a mean with no finite decimal */
} settings;

static void print_help(void) {
    fputs(
        "Usage: qx-sum [OPTION]... [FILE]...\n"
        "Group the rows of a TSV with a header line (qx-claims, qx-clean --tsv, qx-sniff,\n"
        "or any other) by the values of some of its columns, and print for each group\n"
        "the number of rows and the sum, extremes, median, mean or number of distinct\n"
        "values of one column, exactly: decimal arithmetic of any precision, never\n"
        "binary floating point.\n"
        "\n"
        "With no FILE, or when FILE is -, read standard input. Each FILE must start\n"
        "with a header line naming its columns, the same in every FILE: a FILE whose\n"
        "header differs is reported and skipped.\n"
        "\n"
        "Options:\n"
        "  -b, --by=COL,...       group by these columns; without them (no --by, or\n"
        "                         --by=), all rows are one group\n"
        "  -f, --field=COL        the column of values (default: value)\n"
        "  -s, --stats=STAT,...   what to print for each group, in this order (default:\n"
        "                         count,sum); the statistics are listed below\n"
        "      --places=N         round a mean whose decimal does not end to N decimal\n"
        "                         places (default: 15)\n"
        "      --no-header        print no header line\n"
        "  -q, --quiet            print no warnings (errors are still reported)\n"
        "  -h, --help             print this help and exit\n"
        "  -V, --version          print the version and exit\n"
        "\n"
        "Statistics:\n"
        "  count      rows in the group\n"
        "  numeric    values in the group that are numbers\n"
        "  sum        the sum of the numbers (0 when there are none)\n"
        "  min        the smallest number\n"
        "  max        the largest number\n"
        "  median     the middle number; of an even count, the exact mean of the two\n"
        "             middle ones\n"
        "  mean       sum / numeric: exact when its decimal ends, else rounded half to\n"
        "             even to --places places (5/3 is 1.666666666666667)\n"
        "  distinct   the number of different values: numbers are the same when\n"
        "             their values are (2.50, 2.5, +2.5 and 5/2), other values when\n"
        "             they are written the same\n"
        "min, max, median and mean are empty for a group without numbers.\n"
        "\n"
        "Values:\n"
        "  A number is a decimal as qingxi writes it (2438000000, 0.25, 12.5, with or\n"
        "  without a sign; leading and trailing zeros are allowed, thousands\n"
        "  separators, exponents and spaces are not), or a fraction p/q of whole\n"
        "  numbers, which qx-claims writes for a value with no finite decimal (1/3,\n"
        "  140000000/3) and which is added exactly too. Any other value, an empty\n"
        "  one included, is not a number: its row counts in count and its text in\n"
        "  distinct, but sum, min, max, median and mean skip it, and when one of\n"
        "  them is asked for, each FILE that has such values gets one warning:\n"
        "  N values in column 'value' were not numbers (first at line L).\n"
        "\n"
        "Columns:\n"
        "  The --by columns, then one per STAT: count, and STAT_FIELD for the others\n"
        "  (sum_value, min_value, median_value ...). One row per group, in the order\n"
        "  of their first rows; without --by, one row even for no input. Group keys\n"
        "  are compared and written as they are in the input, escapes included.\n"
        "  Results are exact plain decimals, with no exponent and no trailing zeros\n"
        "  (the sum of 0.1 ten times is 1); a sum, min, max or median that has no\n"
        "  finite decimal, which only fractions can give, is written p/q in lowest\n"
        "  terms.\n"
        "\n"
        "Memory grows with the number of groups; median keeps every number of a\n"
        "group and distinct every different value, until the end of the input.\n"
        "\n"
        "Examples:\n"
        "  qx-claims *.html | qx-sum --by=unit,kind --stats=count,sum,min,max,median\n"
        "  qx-sum --by=doc --stats=sum,mean claims.tsv\n"
        "  qx-clean --tsv *.html | qx-sum --by=role --stats=count\n"
        "\n"
        "Exit status: 0 if every input was read, 1 if some input failed (a file\n"
        "missing, a header that differs, a row with the wrong number of fields: it\n"
        "is reported and the rest processed), 2 for a usage error (an unknown option\n"
        "or statistic, or a column that the first header does not have).\n",
        stdout);
}

/* ----- options ----- */

/* The names of "a,b,c" into *OUT (freed by the caller); a usage error for
 * an empty name. "" is no name at all. */
static int parse_names(const tool *t, const char *option, const char *list, name **out,
                       size_t *count) {
    size_t n = *list != '\0';
    for (const char *p = list; *p; p++)
        n += *p == ',';
    name *names = calloc(n + 1, sizeof *names);
    if (!names) {
        fprintf(stderr, "%s: out of memory\n", t->name);
        return EXIT_SOME_FAILED;
    }
    free(*out);
    *out = names;
    *count = n;
    const char *p = list;
    for (size_t i = 0; i < n; i++) {
        const char *comma = strchr(p, ',');
        names[i].text = p;
        names[i].len = comma ? (size_t)(comma - p) : strlen(p);
        if (!names[i].len)
            return tool_usage_error(t, "%s: empty column name in '%s'", option, list);
        p += names[i].len + 1;
    }
    return -1;
}

static int parse_stats(const tool *t, const char *list, settings *s) {
    name *names = NULL;
    size_t n = 0;
    int status = parse_names(t, "--stats", list, &names, &n);
    if (status < 0 && n == 0) {
        free(names);
        return tool_usage_error(t, "--stats: no statistic named");
    }
    enum stat *stats = status < 0 ? calloc(n, sizeof *stats) : NULL;
    if (status < 0 && !stats) {
        fprintf(stderr, "%s: out of memory\n", t->name);
        status = EXIT_SOME_FAILED;
    }
    free(s->stats);
    s->stats = stats;
    s->stat_count = stats ? n : 0;
    s->want = 0;
    for (size_t i = 0; stats && i < n && status < 0; i++) {
        int k = 0;
        while (k < STATS && (strlen(stat_names[k]) != names[i].len ||
                             memcmp(stat_names[k], names[i].text, names[i].len) != 0))
            k++;
        if (k == STATS) {
            status = tool_usage_error(t,
                                      "--stats: unknown statistic '%.*s' (count, numeric, sum, "
                                      "min, max, median, mean, distinct)",
                                      (int)names[i].len, names[i].text);
            break;
        }
        stats[i] = (enum stat)k;
        s->want |= BIT(k);
    }
    free(names);
    return status;
}

static int parse_places(const tool *t, const char *text, long *out) {
    long n = 0;
    const char *p = text;
    while (*p >= '0' && *p <= '9' && n <= 1000)
        n = 10 * n + (*p++ - '0');
    if (p == text || *p || n > 1000)
        return tool_usage_error(t, "--places: '%s' is not a number from 0 to 1000", text);
    *out = n;
    return -1;
}

static int parse_args(tool *t, int argc, char **argv, settings *s) {
    enum { PLACES = 256 };
    static const struct option longopts[] = {{"by", required_argument, NULL, 'b'},
                                             {"field", required_argument, NULL, 'f'},
                                             {"stats", required_argument, NULL, 's'},
                                             {"places", required_argument, NULL, PLACES},
                                             TOOL_LONGOPT_NO_HEADER,
                                             TOOL_LONGOPTS_STANDARD};
    int c, status = -1;
    argv[0] = (char *)t->name;
    while (status < 0 &&
           (c = getopt_long(argc, argv, "b:f:s:" TOOL_SHORTOPTS_STANDARD, longopts, NULL)) != -1) {
        switch (c) {
        case 'b':
            status = parse_names(t, "--by", optarg, &s->by, &s->by_count);
            break;
        case 'f':
            s->field.text = optarg;
            s->field.len = strlen(optarg);
            if (!s->field.len)
                status = tool_usage_error(t, "--field: empty column name");
            break;
        case 's':
            status = parse_stats(t, optarg, s);
            break;
        case PLACES:
            status = parse_places(t, optarg, &s->places);
            break;
        default:
            status = tool_common_option(t, c, print_help);
        }
    }
    return status;
}

/* ----- strings found again by hash: group keys, distinct values ----- */

/* A slot of the table: a string's number + 1 (0: empty) and its hash, so
 * that a probe reads the string only when the hashes agree. */
typedef struct slot {
    size_t item;
    uint64_t hash;
} slot;

typedef struct strset {
    qx_buf text; /* the strings, end to end */
    size_t *end; /* where string I ends in text (it starts where I - 1 ends) */
    size_t count, cap;
    slot *slot;
    size_t slots; /* a power of two, at least twice count */
} strset;

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15u ^ n;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9u;
        h ^= h >> 31;
    }
    uint64_t w = 0;
    if (n)
        memcpy(&w, s, n);
    h = (h ^ w) * 0x94D049BB133111EBu;
    return h ^ (h >> 29);
}

static void strset_free(strset *set) {
    qx_buf_free(&set->text);
    free(set->end);
    free(set->slot);
    memset(set, 0, sizeof *set);
}

/* The slot of string S: where it is, or the empty slot where it goes. */
static slot *probe(const strset *set, uint64_t h, const char *s, size_t len) {
    size_t mask = set->slots - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        slot *at = &set->slot[i];
        if (!at->item)
            return at;
        if (at->hash != h)
            continue;
        size_t item = at->item - 1, start = item ? set->end[item - 1] : 0;
        if (set->end[item] - start == len && (!len || memcmp(set->text.data + start, s, len) == 0))
            return at;
    }
}

static qx_status strset_grow(strset *set) {
    if (set->count + 1 > set->cap) {
        size_t cap = set->cap ? 2 * set->cap : 4;
        size_t *end = realloc(set->end, cap * sizeof *end);
        if (!end)
            return QX_ENOMEM;
        set->end = end;
        set->cap = cap;
    }
    if (2 * (set->count + 1) <= set->slots)
        return QX_OK;
    size_t slots = set->slots ? 2 * set->slots : 8;
    slot *table = calloc(slots, sizeof *table);
    if (!table)
        return QX_ENOMEM;
    for (size_t i = 0; i < set->slots; i++) { /* rehash */
        if (!set->slot[i].item)
            continue;
        size_t k = (size_t)set->slot[i].hash & (slots - 1);
        while (table[k].item)
            k = (k + 1) & (slots - 1);
        table[k] = set->slot[i];
    }
    free(set->slot);
    set->slot = table;
    set->slots = slots;
    return QX_OK;
}

/* *INDEX = the number of string S in SET, added if it was not there. */
static qx_status strset_add(strset *set, const char *s, size_t len, size_t *index, bool *added) {
    uint64_t h = hash_bytes(s, len);
    slot *at = set->slots ? probe(set, h, s, len) : NULL;
    *added = !at || !at->item;
    if (!*added) {
        *index = at->item - 1;
        return QX_OK;
    }
    if (strset_grow(set) != QX_OK || qx_buf_append(&set->text, s, len) != QX_OK)
        return QX_ENOMEM;
    at = probe(set, h, s, len);
    set->end[set->count] = set->text.len;
    *index = set->count++;
    *at = (slot){set->count, h};
    return QX_OK;
}

/* ----- groups ----- */

/* A number kept for the median: its limbs in the group's pool. */
typedef struct kept {
    size_t at;
    uint32_t num_len, num_frac, den_len;
    bool neg;
} kept;

typedef struct group {
    uint64_t rows, numbers;
    bigdec sum;  /* of the decimals */
    bigrat fsum; /* of the fractions */
    bigrat min, max;
    uint32_t *pool; /* the limbs of the numbers kept */
    size_t pool_len, pool_cap;
    kept *kept;
    size_t kept_count, kept_cap;
    strset distinct;
} group;

static void group_free(group *g) {
    bigdec_free(&g->sum);
    bigrat_free(&g->fsum);
    bigrat_free(&g->min);
    bigrat_free(&g->max);
    free(g->pool);
    free(g->kept);
    strset_free(&g->distinct);
}

static bool grow(void **items, size_t *cap, size_t need, size_t size) {
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 8;
    while (n < need)
        n *= 2;
    if (n > SIZE_MAX / size)
        return false;
    void *p = realloc(*items, n * size);
    if (!p)
        return false;
    *items = p;
    *cap = n;
    return true;
}

static qx_status keep(group *g, const bigrat *x) {
    size_t n = x->num.len + x->den.len;
    if (x->num.len > UINT32_MAX || x->num.frac > UINT32_MAX || x->den.len > UINT32_MAX ||
        !grow((void **)&g->pool, &g->pool_cap, g->pool_len + n, sizeof *g->pool) ||
        !grow((void **)&g->kept, &g->kept_cap, g->kept_count + 1, sizeof *g->kept))
        return QX_ENOMEM;
    kept *k = &g->kept[g->kept_count++];
    *k = (kept){g->pool_len, (uint32_t)x->num.len, (uint32_t)x->num.frac, (uint32_t)x->den.len,
                x->num.neg};
    if (x->num.len)
        memcpy(g->pool + g->pool_len, x->num.limb, x->num.len * sizeof *g->pool);
    if (x->den.len)
        memcpy(g->pool + g->pool_len + x->num.len, x->den.limb, x->den.len * sizeof *g->pool);
    g->pool_len += n;
    return QX_OK;
}

/* The kept number K of G as a (read-only) bigrat. */
static bigrat kept_value(const group *g, const kept *k) {
    bigrat r = {{g->pool + k->at, k->num_len, 0, k->num_frac, k->neg},
                {g->pool + k->at + k->num_len, k->den_len, 0, 0, false}};
    return r;
}

/* ----- the run ----- */

typedef struct span {
    const char *text;
    size_t len;
} span;

typedef struct summary {
    const settings *s;
    bool have_header;
    char *header; /* the first header line, its file, and its fields */
    size_t header_len;
    const char *header_file;
    size_t width;
    size_t *by_col;
    size_t field_col;
    strset keys; /* group I is key I */
    group *groups;
    size_t group_count, group_cap;
    span *fields; /* of the row at hand */
    bigrat value;
    bigdec tmp[2];
    qx_buf key, text;
    qx_status status; /* QX_ENOMEM ends the run */
} summary;

/* What went wrong in one FILE, told once at its end. */
typedef struct file_report {
    const char *name;
    size_t line;
    size_t not_numbers, first_not_number;
    size_t bad_rows;
} file_report;

static void summary_free(summary *run) {
    free(run->header);
    free(run->by_col);
    strset_free(&run->keys);
    for (size_t i = 0; i < run->group_count; i++)
        group_free(&run->groups[i]);
    free(run->groups);
    free(run->fields);
    bigrat_free(&run->value);
    bigdec_free(&run->tmp[0]);
    bigdec_free(&run->tmp[1]);
    qx_buf_free(&run->key);
    qx_buf_free(&run->text);
}

/* Splits LINE at tabs into FIELDS (at most WIDTH of them); the number of
 * fields it has. */
static size_t split(span *fields, size_t width, const char *line, size_t len) {
    const char *p = line, *end = line + len;
    size_t n = 0;
    for (;;) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        if (n < width)
            fields[n] = (span){p, (size_t)((tab ? tab : end) - p)};
        n++;
        if (!tab)
            return n;
        p = tab + 1;
    }
}

/* The column named N (by OPTION) in the header's fields, or a usage error. */
static int find_column(const tool *t, const summary *run, const char *file, const char *option,
                       const name *n, size_t *col) {
    *col = SIZE_MAX;
    for (size_t i = 0; i < run->width; i++) {
        const span *f = &run->fields[i];
        if (f->len != n->len || memcmp(f->text, n->text, n->len) != 0)
            continue;
        if (*col != SIZE_MAX)
            return tool_usage_error(t, "%s: %s: the header has two columns '%.*s'", file, option,
                                    (int)n->len, n->text);
        *col = i;
    }
    if (*col == SIZE_MAX)
        return tool_usage_error(t, "%s: %s: the header has no column '%.*s'", file, option,
                                (int)n->len, n->text);
    return -1;
}

/* The first header: the columns of --by and --field in it. */
static int first_header(const tool *t, summary *run, const char *file, const char *line,
                        size_t len) {
    const settings *s = run->s;
    size_t width = 1;
    for (const char *p = line; (p = memchr(p, '\t', (size_t)(line + len - p))) != NULL; p++)
        width++;
    char *header = malloc(len + 1);
    span *fields = calloc(width + 1, sizeof *fields);
    size_t *by_col = calloc(s->by_count + 1, sizeof *by_col);
    if (!header || !fields || !by_col) {
        free(header);
        free(fields);
        free(by_col);
        return run->status = QX_ENOMEM, EXIT_SOME_FAILED;
    }
    memcpy(header, line, len);
    header[len] = '\0';
    run->have_header = true;
    run->header = header;
    run->header_len = len;
    run->header_file = file;
    run->width = width;
    run->fields = fields;
    run->by_col = by_col;
    split(fields, width, header, len);
    int status = -1;
    for (size_t i = 0; i < s->by_count && status < 0; i++)
        status = find_column(t, run, file, "--by", &s->by[i], &run->by_col[i]);
    run->field_col = SIZE_MAX;
    if (status < 0 && (s->want & ~BIT(COUNT)))
        status = find_column(t, run, file, "--field", &s->field, &run->field_col);
    return status;
}

/* A later header must be the first one. */
static bool same_header(tool *t, summary *run, const char *file, const char *line, size_t len) {
    if (len == run->header_len && memcmp(line, run->header, len) == 0)
        return true;
    size_t n = split(run->fields, run->width, line, len);
    if (n != run->width) {
        tool_error(t, file, "the header has %zu column%s, not %zu as in %s; file skipped", n,
                   n == 1 ? "" : "s", run->width, run->header_file);
        return false;
    }
    const char *p = run->header, *end = run->header + run->header_len;
    for (size_t col = 0; col < run->width; col++) { /* the first column that differs */
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        size_t l = (size_t)((tab ? tab : end) - p);
        const span *f = &run->fields[col];
        if (l != f->len || memcmp(p, f->text, l) != 0) {
            tool_error(t, file, "header column %zu is '%.*s', not '%.*s' as in %s; file skipped",
                       col + 1, (int)f->len, f->text, (int)l, p, run->header_file);
            return false;
        }
        p += l + 1;
    }
    return false;
}

static group *find_group(summary *run) {
    span joined = {"", 0};
    const span *key = &joined;
    if (run->s->by_count == 0 && run->group_count == 1)
        return &run->groups[0];
    if (run->s->by_count == 1) {
        key = &run->fields[run->by_col[0]];
    } else if (run->s->by_count > 1) {
        run->key.len = 0;
        for (size_t i = 0; i < run->s->by_count && run->status == QX_OK; i++) {
            const span *f = &run->fields[run->by_col[i]];
            if ((i && qx_buf_append(&run->key, "\t", 1) != QX_OK) ||
                qx_buf_append(&run->key, f->text, f->len) != QX_OK)
                run->status = QX_ENOMEM;
        }
        joined = (span){run->key.len ? run->key.data : "", run->key.len};
        key = &joined;
    }
    size_t index;
    bool added;
    if (run->status != QX_OK ||
        strset_add(&run->keys, key->text, key->len, &index, &added) != QX_OK ||
        !grow((void **)&run->groups, &run->group_cap, run->keys.count, sizeof *run->groups)) {
        run->status = QX_ENOMEM;
        return NULL;
    }
    if (added)
        memset(&run->groups[run->group_count++], 0, sizeof *run->groups);
    return &run->groups[index];
}

/* Is X a new extreme (below *EXTREME when SIGN is -1, above when 1)? */
static qx_status update_extreme(summary *run, bigrat *extreme, const bigrat *x, bool first,
                                int sign) {
    int c = 0;
    qx_status st = first ? QX_OK : bigrat_cmp(&c, x, extreme, run->tmp);
    if (st == QX_OK && (first || c == sign))
        st = bigrat_copy(extreme, x);
    return st;
}

static qx_status add_number(summary *run, group *g, const bigrat *x) {
    unsigned want = run->s->want;
    qx_status st = QX_OK;
    if (want & (BIT(SUM) | BIT(MEAN)))
        st = bigrat_is_decimal(x) ? bigdec_add(&g->sum, &x->num) : bigrat_add(&g->fsum, x);
    if (st == QX_OK && (want & BIT(MIN)))
        st = update_extreme(run, &g->min, x, g->numbers == 0, -1);
    if (st == QX_OK && (want & BIT(MAX)))
        st = update_extreme(run, &g->max, x, g->numbers == 0, 1);
    if (st == QX_OK && (want & BIT(MEDIAN)))
        st = keep(g, x);
    g->numbers++;
    return st;
}

/* One value of the --field column into its group. */
static void add_value(summary *run, file_report *report, group *g, const span *v) {
    unsigned want = run->s->want;
    qx_status st = bigrat_parse(&run->value, v->text, v->len);
    if (st == QX_EPARSE) {
        if ((want & NUMBER_STATS) && report->not_numbers++ == 0)
            report->first_not_number = report->line;
        st = QX_OK;
        if (want & BIT(DISTINCT)) { /* as written: no number is written so */
            size_t index;
            bool added;
            st = strset_add(&g->distinct, v->text, v->len, &index, &added);
        }
    } else if (st == QX_OK) {
        st = add_number(run, g, &run->value);
        if (st == QX_OK && (want & BIT(DISTINCT))) { /* by value: as printed */
            size_t index;
            bool added;
            run->text.len = 0;
            st = bigrat_format(&run->text, &run->value, -1);
            if (st == QX_OK)
                st = strset_add(&g->distinct, run->text.data, run->text.len, &index, &added);
        }
    }
    if (st != QX_OK)
        run->status = QX_ENOMEM;
}

static void add_row(tool *t, summary *run, file_report *report, const char *line, size_t len) {
    size_t n = split(run->fields, run->width, line, len);
    if (n != run->width) {
        if (report->bad_rows++ == 0)
            tool_error(t, report->name, "line %zu: %zu field%s, the header has %zu; line skipped",
                       report->line, n, n == 1 ? "" : "s", run->width);
        return;
    }
    group *g = find_group(run);
    if (!g)
        return;
    g->rows++;
    if (run->field_col != SIZE_MAX)
        add_value(run, report, g, &run->fields[run->field_col]);
}

static void end_of_file(tool *t, const summary *run, const file_report *r) {
    if (r->bad_rows > 1)
        tool_error(t, r->name, "%zu lines in all had the wrong number of fields", r->bad_rows);
    if (r->not_numbers)
        tool_warn(t, r->name, "%zu value%s in column '%.*s' %s (first at line %zu)", r->not_numbers,
                  r->not_numbers == 1 ? "" : "s", (int)run->s->field.len, run->s->field.text,
                  r->not_numbers == 1 ? "was not a number" : "were not numbers",
                  r->first_not_number);
}

/* Reads FILE into the groups: -1 to go on, else the exit status to end with. */
static int sum_file(tool *t, summary *run, const char *file) {
    FILE *in = tool_open(t, file);
    if (!in)
        return -1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    file_report report = {file, 0, 0, 0, 0};
    int status = -1;
    bool skip = false;
    while (status < 0 && !skip && run->status == QX_OK && (n = getline(&line, &cap, in)) != -1) {
        size_t len = (size_t)n;
        const char *text = line;
        report.line++;
        if (len && line[len - 1] == '\n')
            len--;
        if (len && line[len - 1] == '\r')
            len--;
        if (report.line > 1) {
            add_row(t, run, &report, text, len);
            continue;
        }
        if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) { /* a byte-order mark */
            text += 3;
            len -= 3;
        }
        if (!run->have_header)
            status = first_header(t, run, file, text, len);
        else
            skip = !same_header(t, run, file, text, len);
    }
    if (report.line == 0 && !ferror(in))
        tool_warn(t, file, "empty input");
    if (ferror(in))
        tool_error(t, file, "read error after line %zu", report.line);
    if (status < 0 && !skip)
        end_of_file(t, run, &report);
    free(line);
    tool_close(in);
    return run->status != QX_OK ? EXIT_SOME_FAILED : status;
}

/* ----- output ----- */

/* A key or a column name, as it is in the input (an escaped field). */
static void field_as_written(tool *t, summary *run, const char *text, size_t len) {
    run->text.len = 0;
    if (qx_tsv_unescape(&run->text, text, len) != QX_OK)
        run->status = QX_ENOMEM;
    tool_field(t, run->text.len ? run->text.data : "", run->text.len);
}

static void write_header(tool *t, summary *run) {
    const settings *s = run->s;
    if (!t->header)
        return;
    for (size_t i = 0; i < s->by_count; i++)
        field_as_written(t, run, s->by[i].text, s->by[i].len);
    for (size_t i = 0; i < s->stat_count; i++) {
        qx_buf column = QX_BUF_INIT;
        const char *stat = stat_names[s->stats[i]];
        if (s->stats[i] == COUNT)
            tool_field_str(t, stat);
        else if (qx_buf_append(&column, stat, strlen(stat)) != QX_OK ||
                 qx_buf_append(&column, "_", 1) != QX_OK ||
                 qx_buf_append(&column, s->field.text, s->field.len) != QX_OK)
            run->status = QX_ENOMEM;
        else
            field_as_written(t, run, column.data, column.len);
        qx_buf_free(&column);
    }
    tool_end_row(t);
}

/* ----- the median: the kept numbers sorted ----- */

typedef struct sorter {
    const group *g;
    bigdec *tmp;
    qx_status status;
} sorter;

static int compare_kept(sorter *s, const kept *a, const kept *b) {
    bigrat x = kept_value(s->g, a), y = kept_value(s->g, b);
    if (!a->den_len && !b->den_len)
        return bigdec_cmp(&x.num, &y.num);
    int c = 0;
    if (bigrat_cmp(&c, &x, &y, s->tmp) != QX_OK)
        s->status = QX_ENOMEM;
    return c;
}

/* A merge sort, so that the comparison can have a context and fail. */
static void sort_kept(sorter *s, kept *items, kept *scratch, size_t n) {
    if (n < 2)
        return;
    size_t half = n / 2, i = 0, j = half, k = 0;
    sort_kept(s, items, scratch, half);
    sort_kept(s, items + half, scratch, n - half);
    while (i < half && j < n)
        scratch[k++] = compare_kept(s, &items[j], &items[i]) < 0 ? items[j++] : items[i++];
    while (i < half)
        scratch[k++] = items[i++];
    memcpy(items, scratch, k * sizeof *items);
}

static qx_status median(summary *run, group *g, qx_buf *out) {
    size_t n = g->kept_count;
    kept *scratch = malloc(n * sizeof *scratch);
    if (!scratch)
        return QX_ENOMEM;
    sorter s = {g, run->tmp, QX_OK};
    sort_kept(&s, g->kept, scratch, n);
    free(scratch);
    bigrat mid = BIGRAT_INIT, low = kept_value(g, &g->kept[(n - 1) / 2]);
    qx_status st = s.status;
    if (st == QX_OK)
        st = bigrat_copy(&mid, &low);
    if (st == QX_OK && n % 2 == 0) {
        bigrat high = kept_value(g, &g->kept[n / 2]);
        if ((st = bigrat_add(&mid, &high)) == QX_OK)
            st = bigrat_div_u64(&mid, 2);
    }
    if (st == QX_OK)
        st = bigrat_format(out, &mid, -1);
    bigrat_free(&mid);
    return st;
}

/* The value of STAT for G into run->text (empty when it has none). */
static qx_status stat_value(summary *run, group *g, enum stat stat) {
    qx_buf *out = &run->text;
    out->len = 0;
    if (stat == COUNT || stat == NUMERIC || stat == DISTINCT) {
        char digits[24];
        int n = snprintf(digits, sizeof digits, "%llu",
                         (unsigned long long)(stat == COUNT     ? g->rows
                                              : stat == NUMERIC ? g->numbers
                                                                : g->distinct.count));
        return qx_buf_append(out, digits, (size_t)n);
    }
    if (stat != SUM && !g->numbers)
        return QX_OK;
    if (stat == MIN || stat == MAX)
        return bigrat_format(out, stat == MIN ? &g->min : &g->max, -1);
    if (stat == MEDIAN)
        return median(run, g, out);
    /* sum and mean: the decimals' sum and the fractions' */
    bigrat total = BIGRAT_INIT;
    qx_status st = bigdec_copy(&total.num, &g->sum);
    if (st == QX_OK)
        st = bigrat_add(&total, &g->fsum);
    if (st == QX_OK && stat == MEAN)
        st = bigrat_div_u64(&total, g->numbers);
    if (st == QX_OK)
        st = bigrat_format(out, &total, stat == MEAN ? run->s->places : -1);
    bigrat_free(&total);
    return st;
}

static void write_groups(tool *t, summary *run) {
    const settings *s = run->s;
    if (s->by_count == 0 && run->group_count == 0) { /* one row, even for no input */
        if (!grow((void **)&run->groups, &run->group_cap, 1, sizeof *run->groups)) {
            run->status = QX_ENOMEM;
            return;
        }
        memset(&run->groups[run->group_count++], 0, sizeof *run->groups);
    }
    for (size_t i = 0; i < run->group_count && run->status == QX_OK && !tool_output_closed(); i++) {
        group *g = &run->groups[i];
        const char *key = run->keys.text.data ? run->keys.text.data : "";
        size_t start = i ? run->keys.end[i - 1] : 0;
        for (size_t k = 0; k < s->by_count; k++) { /* the key: fields joined by tabs */
            const char *tab = memchr(key + start, '\t', run->keys.end[i] - start);
            size_t end = tab && k + 1 < s->by_count ? (size_t)(tab - key) : run->keys.end[i];
            field_as_written(t, run, key + start, end - start);
            start = end + 1;
        }
        for (size_t k = 0; k < s->stat_count && run->status == QX_OK; k++) {
            if (stat_value(run, g, s->stats[k]) != QX_OK)
                run->status = QX_ENOMEM;
            tool_field(t, run->text.len ? run->text.data : "", run->text.len);
        }
        tool_end_row(t);
    }
}

/* Reads FILES and writes the groups: the exit status. */
static int summarize(tool *t, const settings *s, operands files) {
    summary run;
    memset(&run, 0, sizeof run);
    run.s = s;
    tool_start_output(t);
    int status = -1;
    for (int i = 0; i < files.count && status < 0; i++)
        status = sum_file(t, &run, files.names[i]);
    if (status < 0) {
        write_header(t, &run);
        write_groups(t, &run);
    }
    if (run.status != QX_OK) {
        fprintf(stderr, "%s: out of memory\n", t->name);
        t->failed++;
    }
    if (status != EXIT_USAGE) /* a usage error has written nothing */
        status = tool_finish(t);
    summary_free(&run);
    return status;
}

int main(int argc, char **argv) {
    tool t;
    settings s = {NULL, 0, {"value", 5}, NULL, 0, 0, 15};
    tool_init(&t, "qx-sum");
    int status = parse_args(&t, argc, argv, &s);
    if (status < 0 && !s.stats)
        status = parse_stats(&t, "count,sum", &s);
    if (status < 0)
        status = summarize(&t, &s, tool_operands(argc, argv, optind));
    free(s.stats);
    free(s.by);
    tool_free(&t);
    return status;
}
