/* MinHash signatures of texts over character shingles, and an LSH index
 * that finds, among the signatures added so far, those alike to a new
 * signature in time that does not grow with the number added (qx-dedup).
 *
 * A text is normalized first: spaces, punctuation and symbols are left out
 * (ASCII, Latin-1, U+2000-U+206F, U+3000-U+303F, CJK compatibility and
 * full-width forms), full-width letters and digits become ASCII, ASCII
 * letters lower case, invalid UTF-8 and U+FFFD are skipped. Its shingles are
 * the runs of K consecutive code points left (a shorter text is one shingle).
 * Each shingle is hashed to 64 bits (FNV-1a over its code points, then the
 * splitmix64 finalizer) and hash function i maps a shingle hash x to the
 * high 32 bits of A[i] * x + B[i] (mod 2^64), with A[i] (odd) and B[i] drawn
 * from splitmix64 seeded with MH_SEED: the same signatures on every machine
 * and in every run. The signature is the minimum of each function over the
 * shingles; the share of equal positions of two signatures estimates the
 * Jaccard similarity of their shingle sets (standard error about
 * sqrt(J(1-J)/128): 0.04 at J = 0.8).
 *
 * The index splits a signature into MH_BANDS bands of MH_ROWS values; two
 * signatures are candidates when one band is equal, which happens with
 * probability 1 - (1 - J^4)^32: 0.9998 at J = 0.7, 0.99 at 0.6, 0.87 at
 * 0.5, 0.23 at 0.3. Candidates are then compared on all 128 values. */
#ifndef QX_MINHASH_H
#define QX_MINHASH_H

#include <stddef.h>
#include <stdint.h>

#define MH_HASHES 128
#define MH_BANDS 32
#define MH_ROWS 4
#define MH_SEED UINT64_C(0x71696e67786921) /* "qingxi!" */
#define MH_SHINGLE_MAX 32
/* At most this many signatures are kept per band bucket: more only pile up
 * when many texts are alike without being near-duplicates, and keeping them
 * all would make each lookup cost grow with the corpus. */
#define MH_BUCKET_MAX 64

typedef struct mh_sig {
    uint32_t v[MH_HASHES];
} mh_sig;

typedef struct mh_hasher {
    uint64_t a[MH_HASHES], b[MH_HASHES];
    unsigned k;       /* shingle length in code points */
    uint32_t *points; /* scratch: the normalized text */
    size_t cap;
} mh_hasher;

/* Draws the hash functions; K from 1 to MH_SHINGLE_MAX. */
void mh_hasher_init(mh_hasher *h, unsigned k);
void mh_hasher_free(mh_hasher *h);

/* The signature of LEN bytes of UTF-8 TEXT. Returns the number of shingles
 * (0: no text is left after normalization, and SIG is all 0xFFFFFFFF), or
 * (size_t)-1 when memory runs out. */
size_t mh_sign(mh_hasher *h, const char *text, size_t len, mh_sig *sig);

/* Positions where A and B agree, 0 to MH_HASHES. */
unsigned mh_agree(const mh_sig *a, const mh_sig *b);

typedef struct mh_slot mh_slot;
typedef struct mh_link mh_link;

/* Signatures added, numbered from 0 in the order they were added. A bucket
 * keeps its first MH_BUCKET_MAX members. */
typedef struct mh_index {
    mh_sig *sigs;
    size_t count, cap;
    mh_slot *slots; /* open addressing: band key -> list of members */
    size_t nslots, used;
    mh_link *links;
    size_t nlinks, lcap;
    uint32_t *stamp; /* per member: the last query that compared it */
    size_t scap;
    uint32_t query;
} mh_index;

void mh_index_init(mh_index *ix);
void mh_index_free(mh_index *ix);

/* Calls FOUND for every member sharing a band with SIG whose signature
 * agrees with it in at least MIN_AGREE positions, once each, in no
 * particular order. Returns how many there were. */
size_t mh_index_query(mh_index *ix, const mh_sig *sig, unsigned min_agree,
                      void (*found)(void *ctx, size_t member, unsigned agree), void *ctx);

/* Adds SIG as member number ix->count. 0, or -1 when memory runs out (the
 * index is unchanged). */
int mh_index_add(mh_index *ix, const mh_sig *sig);

#endif
