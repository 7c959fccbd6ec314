/* MinHash signatures and an LSH index (minhash.h). */
#include "minhash.h"

#include <stdlib.h>
#include <string.h>

static uint64_t splitmix64(uint64_t *state) {
    uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

void mh_hasher_init(mh_hasher *h, unsigned k) {
    uint64_t state = MH_SEED;
    for (size_t i = 0; i < MH_HASHES; i++) {
        h->a[i] = splitmix64(&state) | 1;
        h->b[i] = splitmix64(&state);
    }
    h->k = k < 1 ? 1 : k > MH_SHINGLE_MAX ? MH_SHINGLE_MAX : k;
    h->points = NULL;
    h->cap = 0;
}

void mh_hasher_free(mh_hasher *h) {
    free(h->points);
    h->points = NULL;
    h->cap = 0;
}

/* The code point at S (N > 0 bytes left) in *CP and its length; invalid
 * UTF-8 gives *CP = 0 and length 1. */
static size_t decode(const unsigned char *s, size_t n, uint32_t *cp) {
    unsigned char c = s[0];
    size_t len;
    uint32_t v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0;
        return 1;
    }
    if (n < len) {
        *cp = 0;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0;
            return 1;
        }
        v = v << 6 | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0;
        return 1;
    }
    *cp = v;
    return len;
}

/* What code point CP counts as in a shingle, or 0 when it is left out:
 * white space, punctuation and symbols. */
static uint32_t normalize(uint32_t cp) {
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            return cp + 32;
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
            return cp;
        return 0;
    }
    if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7) /* C1 controls, Latin-1 marks, × ÷ */
        return 0;
    if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE10 && cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE6F) || cp == 0xFFFD)
        return 0;
    if (cp >= 0xFF01 && cp <= 0xFF5E) { /* full-width ASCII */
        uint32_t a = cp - 0xFF01 + 0x21;
        return normalize(a);
    }
    if (cp >= 0xFF5F && cp <= 0xFF65) /* full-width brackets, half-width CJK marks */
        return 0;
    return cp;
}

static void fold(const mh_hasher *h, uint64_t x, uint32_t *restrict min) {
    for (size_t i = 0; i < MH_HASHES; i++) {
        uint32_t v = (uint32_t)((h->a[i] * x + h->b[i]) >> 32);
        min[i] = v < min[i] ? v : min[i];
    }
}

static uint64_t shingle_hash(const uint32_t *p, size_t k) {
    uint64_t x = UINT64_C(0xCBF29CE484222325);
    for (size_t i = 0; i < k; i++)
        x = (x ^ p[i]) * UINT64_C(0x100000001B3);
    return mix64(x);
}

size_t mh_sign(mh_hasher *h, const char *text, size_t len, mh_sig *sig) {
    for (size_t i = 0; i < MH_HASHES; i++)
        sig->v[i] = UINT32_MAX;
    if (len + 1 > h->cap) { /* at most one code point per byte */
        size_t cap = h->cap ? h->cap : 4096;
        while (cap < len + 1)
            cap *= 2;
        uint32_t *points = realloc(h->points, cap * sizeof *points);
        if (!points)
            return (size_t)-1;
        h->points = points;
        h->cap = cap;
    }
    const unsigned char *s = (const unsigned char *)text;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += decode(s + i, len - i, &cp);
        if (cp && (cp = normalize(cp)) != 0)
            h->points[n++] = cp;
    }
    if (n == 0)
        return 0;
    if (n <= h->k) {
        fold(h, shingle_hash(h->points, n), sig->v);
        return 1;
    }
    for (size_t i = 0; i + h->k <= n; i++)
        fold(h, shingle_hash(h->points + i, h->k), sig->v);
    return n - h->k + 1;
}

unsigned mh_agree(const mh_sig *a, const mh_sig *b) {
    unsigned same = 0;
    for (size_t i = 0; i < MH_HASHES; i++)
        same += a->v[i] == b->v[i];
    return same;
}

/* ----- the index ----- */

struct mh_slot {
    uint64_t key;  /* 0: empty */
    uint32_t head; /* first link + 1, 0: none */
    uint32_t count;
};

struct mh_link {
    uint32_t member;
    uint32_t next; /* link + 1, 0: end */
};

void mh_index_init(mh_index *ix) {
    memset(ix, 0, sizeof *ix);
}

void mh_index_free(mh_index *ix) {
    free(ix->sigs);
    free(ix->slots);
    free(ix->links);
    free(ix->stamp);
    mh_index_init(ix);
}

static uint64_t band_key(const mh_sig *sig, size_t band) {
    uint64_t x = mix64(band + 1);
    for (size_t r = 0; r < MH_ROWS; r++)
        x = mix64(x ^ sig->v[band * MH_ROWS + r]);
    return x | 1;
}

/* The slot of KEY: where it is, or the empty slot where it would go. */
static mh_slot *find_slot(const mh_index *ix, uint64_t key) {
    size_t mask = ix->nslots - 1;
    for (size_t i = (size_t)(key >> 7) & mask;; i = (i + 1) & mask)
        if (ix->slots[i].key == key || ix->slots[i].key == 0)
            return &ix->slots[i];
}

size_t mh_index_query(mh_index *ix, const mh_sig *sig, unsigned min_agree,
                      void (*found)(void *ctx, size_t member, unsigned agree), void *ctx) {
    if (!ix->count)
        return 0;
    if (++ix->query == 0) { /* the stamps wrapped around */
        memset(ix->stamp, 0, ix->count * sizeof *ix->stamp);
        ix->query = 1;
    }
    size_t matches = 0;
    for (size_t band = 0; band < MH_BANDS; band++) {
        mh_slot *slot = find_slot(ix, band_key(sig, band));
        if (!slot->key)
            continue;
        for (uint32_t l = slot->head; l; l = ix->links[l - 1].next) {
            uint32_t m = ix->links[l - 1].member;
            if (ix->stamp[m] == ix->query)
                continue;
            ix->stamp[m] = ix->query;
            unsigned same = mh_agree(sig, &ix->sigs[m]);
            if (same >= min_agree) {
                matches++;
                found(ctx, m, same);
            }
        }
    }
    return matches;
}

static int grow(void **p, size_t *cap, size_t need, size_t size) {
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap : 256;
    while (n < need) {
        if (n > SIZE_MAX / 2 / size)
            return -1;
        n *= 2;
    }
    void *q = realloc(*p, n * size);
    if (!q)
        return -1;
    *p = q;
    *cap = n;
    return 0;
}

/* Doubles the table (or makes the first one) and puts every key back. */
static int rehash(mh_index *ix) {
    size_t n = ix->nslots ? ix->nslots * 2 : 1024;
    if (n > SIZE_MAX / sizeof(mh_slot))
        return -1;
    mh_slot *slots = calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    mh_index bigger = *ix;
    bigger.slots = slots;
    bigger.nslots = n;
    for (size_t i = 0; i < ix->nslots; i++)
        if (ix->slots[i].key)
            *find_slot(&bigger, ix->slots[i].key) = ix->slots[i];
    free(ix->slots);
    ix->slots = slots;
    ix->nslots = n;
    return 0;
}

int mh_index_add(mh_index *ix, const mh_sig *sig) {
    if (ix->count >= UINT32_MAX - 1 || ix->nlinks > UINT32_MAX - 1 - MH_BANDS)
        return -1;
    /* everything that can fail first, so that a failure changes nothing */
    if (grow((void **)&ix->sigs, &ix->cap, ix->count + 1, sizeof *ix->sigs) ||
        grow((void **)&ix->stamp, &ix->scap, ix->count + 1, sizeof *ix->stamp) ||
        grow((void **)&ix->links, &ix->lcap, ix->nlinks + MH_BANDS, sizeof *ix->links) ||
        ((ix->used + MH_BANDS) * 2 > ix->nslots && rehash(ix)))
        return -1;
    size_t m = ix->count++;
    ix->sigs[m] = *sig;
    ix->stamp[m] = 0;
    for (size_t band = 0; band < MH_BANDS; band++) {
        uint64_t key = band_key(sig, band);
        mh_slot *slot = find_slot(ix, key);
        if (!slot->key) {
            slot->key = key;
            ix->used++;
        }
        if (slot->count >= MH_BUCKET_MAX)
            continue;
        mh_link *link = &ix->links[ix->nlinks++];
        link->member = (uint32_t)m;
        link->next = slot->head;
        slot->head = (uint32_t)ix->nlinks;
        slot->count++;
    }
    return 0;
}
