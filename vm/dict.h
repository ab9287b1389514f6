/* dict.h: the insertion-ordered hash table behind dict, namespaces and
 * keyword arguments.
 *
 * Laid out as CPython's compact dict: a dense array of entries in insertion
 * order, and a sparse index table into it, so iteration order is insertion
 * order. Lookups with arbitrary keys may call __hash__/__eq__ in Python and so
 * can fail; the *_str variants take an exact str key, compare by content and
 * never fail or call Python code (used for attributes and globals). */
#ifndef BATON_DICT_H
#define BATON_DICT_H

#include "runtime.h"

struct Str;
struct Tuple;

typedef struct DictEntry {
    int64_t hash;
    Value key;   /* EMPTY for a deleted entry */
    Value value;
} DictEntry;

typedef struct Dict {
    Object header;
    size_t count;           /* live entries */
    size_t entry_count;     /* used entries, deleted ones included */
    size_t entry_capacity;  /* length of entries */
    size_t index_capacity;  /* length of indices (a power of two), 0 if none */
    int64_t *indices;       /* -1 free, -2 deleted, else an entry number */
    DictEntry *entries;
    uint64_t version;       /* bumped on every change (iteration checks) */
} Dict;

#define AS_DICT(v) ((Dict *)AS_OBJECT(v))

Dict *dict_new(Thread *thread);
/* Look `key` up: *value is EMPTY if absent. False only on error. */
bool dict_get(Thread *thread, Dict *dict, Value key, Value *value);
bool dict_set(Thread *thread, Dict *dict, Value key, Value value);
/* Remove `key`; *found tells whether it was there. False only on error. */
bool dict_delete(Thread *thread, Dict *dict, Value key, bool *found);
/* The same with the key's hash already known (sets reuse stored hashes). */
bool dict_get_hashed(Thread *thread, Dict *dict, Value key, int64_t hash, Value *value);
/* hash(key), with the fast paths for str and int keys. */
bool dict_key_hash(Thread *thread, Value key, int64_t *hash);
/* Compare a stored key with `key` of the same hash, as hash tables do
 * (identity, then ==): 1 equal, 0 not, -1 error. `owner` (the table's
 * object) is kept rooted while Python code may run. */
int dict_key_equal(Thread *thread, Value owner, Value stored, Value key);
/* Exact-str keys: no Python code runs. dict_get_str returns EMPTY if absent. */
Value dict_get_str(Dict *dict, struct Str *key);
bool dict_set_str(Thread *thread, Dict *dict, struct Str *key, Value value);
/* The entry number of the str key `key` in dict->entries, or -1. */
int64_t dict_find_str(Dict *dict, struct Str *key);
bool dict_delete_str(Dict *dict, struct Str *key);
/* Convenience: look up / set by a C string (interns it). */
Value dict_get_c(Thread *thread, Dict *dict, const char *key);
bool dict_set_c(Thread *thread, Dict *dict, const char *key, Value value);
/* Iterate: start with *position = 0; returns false when done. */
bool dict_next(Dict *dict, size_t *position, Value *key, Value *value);
/* The same, also giving the stored hash of the key. */
bool dict_next_hashed(Dict *dict, size_t *position, Value *key, Value *value, int64_t *hash);
Dict *dict_copy(Thread *thread, Dict *dict);
/* dict.update(other) for a mapping or an iterable of pairs. */
bool dict_update(Thread *thread, Dict *dict, Value other);
void dict_clear(Dict *dict);

/* The views (dict_views.c): dict.keys(), values(), items(), and the
 * iterators over a dict and its views, forwards and reversed. */
typedef enum DictViewKind { DICT_KEYS, DICT_VALUES, DICT_ITEMS } DictViewKind;

typedef struct DictView {
    Object header;
    Dict *dict; /* the dict seen through the view */
} DictView;

typedef struct DictIterator {
    Object header;
    Dict *dict;            /* NULL once exhausted */
    size_t position;       /* next entry to look at (reversed: that entry + 1) */
    size_t expected_count; /* dict->count when the iteration began */
    int64_t remaining;     /* items left, to detect keys changed under us */
} DictIterator;

extern Type type_dict_keys, type_dict_values, type_dict_items;
extern Type type_dict_key_iterator, type_dict_value_iterator, type_dict_item_iterator;
extern Type type_dict_reverse_key_iterator, type_dict_reverse_value_iterator, type_dict_reverse_item_iterator;

/* A view of `kind` on `dict`. */
DictView *dict_view_new(Thread *thread, Dict *dict, DictViewKind kind);
/* An iterator of `kind` over `dict`. */
DictIterator *dict_iterator_new(Thread *thread, Dict *dict, DictViewKind kind, bool reverse);
/* Next item of any dict iterator: *item EMPTY when done. Fails with
 * RuntimeError when the dict changed size (or keys) during iteration. */
bool dict_iterator_next(Thread *thread, Value iterator, Value *item);
void dict_views_init_types(Thread *thread);

void dict_init_type(Thread *thread);

#endif
