/* dict.c: the dict type and the hash table behind every namespace.
 *
 * The layout is CPython's compact dict: `entries` holds (hash, key, value)
 * in insertion order, and `indices`, a power-of-two open-addressed table
 * probed with CPython's perturbation, maps a hash to an entry number.
 * Deleting leaves a hole in `entries` (key EMPTY) and a DUMMY in `indices`;
 * a resize compacts both. Lookups with arbitrary keys may run a user
 * __hash__ or __eq__, which may even change the dict: the lookup then
 * starts over, as CPython's does. The views and iterators live in
 * dict_views.c. */
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#define DICT_FREE (-1)
#define DICT_DUMMY (-2)
#define DICT_MIN_INDICES 8
#define DICT_PERTURB_SHIFT 5

static void dict_trace(Object *object, GcTracer *tracer);
static size_t dict_finalize(Runtime *runtime, Object *object);
static bool dict_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_dict = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "dict",
    .base = &type_object,
    .instance_size = sizeof(Dict),
    .flags = TYPE_BASETYPE,
    .trace = dict_trace,
    .finalize = dict_finalize,
    .new_instance = dict_new_instance, /* dict(...) */
};

/* ---- The table ---- */

static Dict *dict_allocate(Thread *thread, Type *type) {
    size_t size = type->instance_size > sizeof(Dict) ? type->instance_size : sizeof(Dict);
    return (Dict *)object_allocate(thread, type, size);
}

Dict *dict_new(Thread *thread) { return dict_allocate(thread, &type_dict); }

static void dict_trace(Object *object, GcTracer *tracer) {
    Dict *dict = (Dict *)object;
    for (size_t i = 0; i < dict->entry_count; i++) {
        gc_mark_value(tracer, dict->entries[i].key);
        gc_mark_value(tracer, dict->entries[i].value);
    }
}

/* The entries and the indices share one block that starts at `entries`. */
static size_t dict_table_bytes(size_t index_capacity, size_t entry_capacity) {
    return index_capacity * sizeof(int64_t) + entry_capacity * sizeof(DictEntry);
}

static size_t dict_finalize(Runtime *runtime, Object *object) {
    Dict *dict = (Dict *)object;
    size_t bytes = dict_table_bytes(dict->index_capacity, dict->entry_capacity);
    if (dict->entries != NULL) pool_free(&runtime->pool, dict->entries, bytes);
    dict->indices = NULL;
    dict->entries = NULL;
    return bytes;
}

/* Put entry number `entry` in the first free index slot of its hash's probe sequence. */
static void dict_index_insert(Dict *dict, int64_t hash, size_t entry) {
    size_t mask = dict->index_capacity - 1;
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    while (dict->indices[i] != DICT_FREE) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    dict->indices[i] = (int64_t)entry;
}

/* Rebuild with room for at least `needed` live entries, dropping deleted ones. */
static bool dict_resize(Thread *thread, Dict *dict, size_t needed) {
    size_t index_capacity = DICT_MIN_INDICES;
    while (index_capacity * 2 / 3 < needed) {
        if (index_capacity > SIZE_MAX / 4 / sizeof(DictEntry)) return error_no_memory(thread);
        index_capacity *= 2;
    }
    size_t entry_capacity = index_capacity * 2 / 3;
    /* One block: the entries, then the indices (small ones from the pool). */
    Runtime *runtime = thread->runtime;
    size_t old_bytes = dict_table_bytes(dict->index_capacity, dict->entry_capacity);
    DictEntry *entries = pool_allocate(&runtime->pool, dict_table_bytes(index_capacity, entry_capacity));
    if (entries == NULL) return error_no_memory(thread);
    int64_t *indices = (int64_t *)(entries + entry_capacity);
    size_t live = 0;
    for (size_t i = 0; i < dict->entry_count; i++)
        if (!IS_EMPTY(dict->entries[i].key)) entries[live++] = dict->entries[i];
    gc_account(runtime, (long long)dict_table_bytes(index_capacity, entry_capacity) - (long long)old_bytes);
    if (dict->entries != NULL) pool_free(&runtime->pool, dict->entries, old_bytes);
    dict->indices = indices;
    dict->entries = entries;
    dict->index_capacity = index_capacity;
    dict->entry_capacity = entry_capacity;
    dict->entry_count = live;
    for (size_t i = 0; i < index_capacity; i++) indices[i] = DICT_FREE;
    for (size_t i = 0; i < live; i++) dict_index_insert(dict, entries[i].hash, i);
    return true;
}

/* Append a key known to be absent (no comparisons, so no Python code). */
static bool dict_insert_new(Thread *thread, Dict *dict, Value key, int64_t hash, Value value) {
    if (dict->entry_count >= dict->entry_capacity && !dict_resize(thread, dict, dict->count * 2 + 1)) return false;
    size_t entry = dict->entry_count++;
    dict->entries[entry] = (DictEntry){.hash = hash, .key = key, .value = value};
    dict_index_insert(dict, hash, entry);
    dict->count++;
    dict->version++;
    return true;
}

/* A key whose hashing and comparing never runs Python code. */
static bool dict_key_is_simple(Value key) {
    return !IS_OBJECT(key) || value_is_exact(key, &type_str);
}

bool dict_key_hash(Thread *thread, Value key, int64_t *hash) {
    if (value_is_exact(key, &type_str)) {
        *hash = str_hash(AS_STR(key));
        return true;
    }
    if (IS_INT(key)) {
        *hash = int_hash(AS_INT(key));
        return true;
    }
    return object_hash(thread, key, hash);
}

/* Strings and numbers are compared here; anything else goes through ==,
 * with the owner and both keys rooted. */
int dict_key_equal(Thread *thread, Value owner, Value stored, Value key) {
    if (value_is(stored, key)) return 1;
    if (value_is_exact(stored, &type_str) && value_is_exact(key, &type_str))
        return str_equal(AS_STR(stored), AS_STR(key));
    int order;
    bool unordered;
    if (!IS_OBJECT(stored) && !IS_OBJECT(key) && number_compare(stored, key, &order, &unordered))
        return !unordered && order == 0;
    Value roots[3] = {owner, stored, key};
    int pushed = 0;
    while (pushed < 3 && gc_push_root(thread, roots[pushed])) pushed++;
    bool equal = false, ok = pushed == 3 && object_equal(thread, stored, key, &equal);
    gc_pop_roots(thread, pushed);
    return ok ? equal : -1;
}

/* Find `key`: *entry is its entry number or -1, *slot its index slot. A
 * user __eq__ that changes the dict makes the search start over. */
static bool dict_lookup(Thread *thread, Dict *dict, Value key, int64_t hash, int64_t *entry, size_t *slot) {
restart:
    *entry = -1;
    if (dict->index_capacity == 0) return true;
    size_t mask = dict->index_capacity - 1;
    uint64_t perturb = (uint64_t)hash;
    for (size_t i = (size_t)hash & mask;; i = (i * 5 + (size_t)perturb + 1) & mask) {
        int64_t index = dict->indices[i];
        if (index == DICT_FREE) return true;
        if (index >= 0 && dict->entries[index].hash == hash) {
            DictEntry *entries = dict->entries;
            Value stored = entries[index].key;
            int equal = dict_key_equal(thread, OBJECT_VALUE(dict), stored, key);
            if (equal < 0) return false;
            if (entries != dict->entries || !value_is(dict->entries[index].key, stored)) goto restart;
            if (equal) {
                *entry = index;
                *slot = i;
                return true;
            }
        }
        perturb >>= DICT_PERTURB_SHIFT;
    }
}

/* Root the dict and key while a non-simple key may run Python code. */
static int dict_protect(Thread *thread, Dict *dict, Value key) {
    if (dict_key_is_simple(key)) return 0;
    if (!gc_push_root(thread, OBJECT_VALUE(dict))) return -1;
    if (!gc_push_root(thread, key)) {
        gc_pop_roots(thread, 1);
        return -1;
    }
    return 2;
}

bool dict_get_hashed(Thread *thread, Dict *dict, Value key, int64_t hash, Value *value) {
    int64_t entry;
    size_t slot;
    *value = EMPTY_VALUE;
    if (!dict_lookup(thread, dict, key, hash, &entry, &slot)) return false;
    if (entry >= 0) *value = dict->entries[entry].value;
    return true;
}

bool dict_get(Thread *thread, Dict *dict, Value key, Value *value) {
    int roots = dict_protect(thread, dict, key);
    if (roots < 0) return false;
    int64_t hash;
    bool ok = dict_key_hash(thread, key, &hash) && dict_get_hashed(thread, dict, key, hash, value);
    gc_pop_roots(thread, roots);
    return ok;
}

/* Set with a known hash: replace the value of an equal key, else append. */
static bool dict_set_hashed(Thread *thread, Dict *dict, Value key, int64_t hash, Value value) {
    int64_t entry;
    size_t slot;
    if (!dict_lookup(thread, dict, key, hash, &entry, &slot)) return false;
    if (entry >= 0) {
        dict->entries[entry].value = value;
        dict->version++;
        return true;
    }
    return dict_insert_new(thread, dict, key, hash, value);
}

bool dict_set(Thread *thread, Dict *dict, Value key, Value value) {
    int roots = dict_protect(thread, dict, key);
    if (roots < 0) return false;
    if (roots > 0 && !gc_push_root(thread, value)) {
        gc_pop_roots(thread, roots);
        return false;
    }
    int64_t hash;
    bool ok = dict_key_hash(thread, key, &hash) && dict_set_hashed(thread, dict, key, hash, value);
    gc_pop_roots(thread, roots > 0 ? roots + 1 : 0);
    return ok;
}

/* Remove the entry found at `entry` / index `slot`. */
static void dict_remove_entry(Dict *dict, int64_t entry, size_t slot) {
    dict->indices[slot] = DICT_DUMMY;
    dict->entries[entry].key = EMPTY_VALUE;
    dict->entries[entry].value = EMPTY_VALUE;
    dict->count--;
    dict->version++;
}

/* Delete `key`, handing back its value (EMPTY if absent). */
static bool dict_pop_value(Thread *thread, Dict *dict, Value key, Value *value) {
    int roots = dict_protect(thread, dict, key);
    if (roots < 0) return false;
    int64_t hash, entry = -1;
    size_t slot;
    bool ok = dict_key_hash(thread, key, &hash) && dict_lookup(thread, dict, key, hash, &entry, &slot);
    gc_pop_roots(thread, roots);
    *value = EMPTY_VALUE;
    if (ok && entry >= 0) {
        *value = dict->entries[entry].value;
        dict_remove_entry(dict, entry, slot);
    }
    return ok;
}

bool dict_delete(Thread *thread, Dict *dict, Value key, bool *found) {
    Value value;
    if (!dict_pop_value(thread, dict, key, &value)) return false;
    *found = !IS_EMPTY(value);
    return true;
}

/* ---- Exact-str keys ---- */

/* Find an exact-str key by content: the entry number or -1, and its slot. */
static int64_t dict_lookup_str_probe(Dict *dict, Str *key, size_t *slot) {
    if (dict->index_capacity == 0) return -1;
    int64_t hash = str_hash(key);
    size_t mask = dict->index_capacity - 1;
    uint64_t perturb = (uint64_t)hash;
    for (size_t i = (size_t)hash & mask;; i = (i * 5 + (size_t)perturb + 1) & mask) {
        int64_t index = dict->indices[i];
        if (index == DICT_FREE) return -1;
        if (index >= 0 && dict->entries[index].hash == hash) {
            Value stored = dict->entries[index].key;
            if (value_is_exact(stored, &type_str) && (AS_STR(stored) == key || str_equal(AS_STR(stored), key))) {
                *slot = i;
                return index;
            }
        }
        perturb >>= DICT_PERTURB_SHIFT;
    }
}

/* The same, first trying the common case of attribute and global names:
 * the very key object (interned) in the first slot probed. Kept free of
 * calls so it inlines into its callers without saving registers. */
static inline int64_t dict_lookup_str(Dict *dict, Str *key, size_t *slot) {
    if (dict->index_capacity != 0 && key->hash != -1) {
        size_t i = (size_t)key->hash & (dict->index_capacity - 1);
        int64_t index = dict->indices[i];
        if (index == DICT_FREE) return -1;
        Value stored = index >= 0 ? dict->entries[index].key : EMPTY_VALUE;
        if (IS_OBJECT(stored) && AS_OBJECT(stored) == (Object *)key) {
            *slot = i;
            return index;
        }
    }
    return dict_lookup_str_probe(dict, key, slot);
}

Value dict_get_str(Dict *dict, Str *key) {
    size_t slot;
    int64_t entry = dict_lookup_str(dict, key, &slot);
    return entry >= 0 ? dict->entries[entry].value : EMPTY_VALUE;
}

bool dict_set_str(Thread *thread, Dict *dict, Str *key, Value value) {
    size_t slot;
    int64_t entry = dict_lookup_str(dict, key, &slot);
    if (entry >= 0) {
        dict->entries[entry].value = value;
        dict->version++;
        return true;
    }
    return dict_insert_new(thread, dict, OBJECT_VALUE(key), str_hash(key), value);
}

int64_t dict_find_str(Dict *dict, Str *key) {
    size_t slot;
    return dict_lookup_str(dict, key, &slot);
}

bool dict_delete_str(Dict *dict, Str *key) {
    size_t slot;
    int64_t entry = dict_lookup_str(dict, key, &slot);
    if (entry < 0) return false;
    dict_remove_entry(dict, entry, slot);
    return true;
}

Value dict_get_c(Thread *thread, Dict *dict, const char *key) {
    Str *name = str_intern_c(thread, key);
    return name == NULL ? EMPTY_VALUE : dict_get_str(dict, name);
}

bool dict_set_c(Thread *thread, Dict *dict, const char *key, Value value) {
    Str *name = str_intern_c(thread, key);
    return name != NULL && dict_set_str(thread, dict, name, value);
}

/* ---- Whole-dict operations ---- */

bool dict_next_hashed(Dict *dict, size_t *position, Value *key, Value *value, int64_t *hash) {
    while (*position < dict->entry_count) {
        DictEntry *entry = &dict->entries[(*position)++];
        if (IS_EMPTY(entry->key)) continue;
        *key = entry->key;
        *value = entry->value;
        if (hash != NULL) *hash = entry->hash;
        return true;
    }
    return false;
}

bool dict_next(Dict *dict, size_t *position, Value *key, Value *value) {
    return dict_next_hashed(dict, position, key, value, NULL);
}

Dict *dict_copy(Thread *thread, Dict *dict) {
    Dict *copy = dict_new(thread);
    if (copy == NULL) return NULL;
    if (dict->count > 0 && !dict_resize(thread, copy, dict->count)) return NULL;
    size_t position = 0;
    Value key, value;
    int64_t hash;
    while (dict_next_hashed(dict, &position, &key, &value, &hash))
        if (!dict_insert_new(thread, copy, key, hash, value)) return NULL;
    return copy;
}

void dict_clear(Dict *dict) {
    /* The arrays stay allocated (and accounted); only their contents go. */
    for (size_t i = 0; i < dict->index_capacity; i++) dict->indices[i] = DICT_FREE;
    dict->count = 0;
    dict->entry_count = 0;
    dict->version++;
}

/* Merge another dict's entries, reusing their hashes; positions are
 * re-checked each step because a user __eq__ may change `other`. */
static bool dict_merge_dict(Thread *thread, Dict *dict, Dict *other) {
    Value roots[2] = {OBJECT_VALUE(dict), OBJECT_VALUE(other)};
    int pushed = 0;
    while (pushed < 2 && gc_push_root(thread, roots[pushed])) pushed++;
    bool ok = pushed == 2;
    size_t position = 0;
    Value entry[2];
    int64_t hash;
    while (ok && dict_next_hashed(other, &position, &entry[0], &entry[1], &hash)) {
        /* A user __eq__ may delete the entry from `other`: hold both. */
        int held = 0;
        while (held < 2 && gc_push_root(thread, entry[held])) held++;
        ok = held == 2 && dict_set_hashed(thread, dict, entry[0], hash, entry[1]);
        gc_pop_roots(thread, held);
    }
    gc_pop_roots(thread, pushed);
    return ok;
}

/* update() from a mapping that is not a dict: for k in m.keys(): d[k] = m[k].
 * The dict and `other` are rooted by dict_update; keys() and the calls of
 * the loop run Python code, so what they return is rooted too. */
static bool dict_merge_mapping(Thread *thread, Dict *dict, Value other, Value keys_method) {
    Value keys, iterator;
    if (!gc_push_root(thread, keys_method)) return false;
    bool ok = object_call(thread, keys_method, 0, NULL, NULL, &keys);
    gc_pop_roots(thread, 1);
    if (!ok || !gc_push_root(thread, keys)) return false;
    ok = object_get_iter(thread, keys, &iterator) && gc_push_root(thread, iterator);
    if (!ok) {
        gc_pop_roots(thread, 1);
        return false;
    }
    while (ok) {
        Value key, value;
        if (!(ok = object_iter_next(thread, iterator, &key)) || IS_EMPTY(key)) break;
        ok = gc_push_root(thread, key);
        if (!ok) break;
        ok = object_getitem(thread, other, key, &value) && dict_set(thread, dict, key, value);
        gc_pop_roots(thread, 1);
    }
    gc_pop_roots(thread, 2);
    return ok;
}

/* One element of an update sequence: must be a 2-item iterable. */
static bool dict_merge_pair(Thread *thread, Dict *dict, Value element, size_t number) {
    Names *names = &thread->runtime->names;
    Type *type = value_type(element);
    if (IS_EMPTY(type_lookup(type, names->iter)) && IS_EMPTY(type_lookup(type, names->getitem)))
        return error_set(thread, &type_TypeError,
                         "cannot convert dictionary update sequence element #%zu to a sequence", number);
    Tuple *pair;
    if (!gc_push_root(thread, element)) return false; /* a fresh item of a Python iterator */
    bool made = tuple_from_iterable(thread, element, &pair);
    gc_pop_roots(thread, 1);
    if (!made) return false;
    if (pair->count != 2)
        return error_set(thread, &type_ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required",
                         number, pair->count);
    if (!gc_push_root(thread, OBJECT_VALUE(pair))) return false;
    bool ok = dict_set(thread, dict, pair->items[0], pair->items[1]);
    gc_pop_roots(thread, 1);
    return ok;
}

/* update() from an iterable of pairs (the dict is rooted by dict_update). */
static bool dict_merge_pairs(Thread *thread, Dict *dict, Value iterable) {
    Value iterator;
    if (!object_get_iter(thread, iterable, &iterator) || !gc_push_root(thread, iterator)) return false;
    bool ok = true;
    for (size_t number = 0; ok; number++) {
        Value element;
        if (!(ok = object_iter_next(thread, iterator, &element)) || IS_EMPTY(element)) break;
        ok = dict_merge_pair(thread, dict, element, number);
    }
    gc_pop_roots(thread, 1);
    return ok;
}

/* The slow paths of dict_update: `other` is a mapping with keys() or an
 * iterable of pairs, and finding out may run a Python __getattr__. */
static bool dict_merge_other(Thread *thread, Dict *dict, Value other) {
    Str *keys_name = str_intern_c(thread, "keys");
    if (keys_name == NULL) return false;
    Value keys_method;
    if (!object_getattr_optional(thread, other, keys_name, &keys_method)) return false;
    if (!IS_EMPTY(keys_method)) return dict_merge_mapping(thread, dict, other, keys_method);
    return dict_merge_pairs(thread, dict, other);
}

bool dict_update(Thread *thread, Dict *dict, Value other) {
    if (value_is_instance(other, &type_dict)) return dict_merge_dict(thread, dict, AS_DICT(other));
    /* The dict may be fresh (dict(iterable)) and `other` a temporary: both
     * must survive the Python code the merge runs. */
    Value roots[2] = {OBJECT_VALUE(dict), other};
    int pushed = 0;
    while (pushed < 2 && gc_push_root(thread, roots[pushed])) pushed++;
    bool ok = pushed == 2 && dict_merge_other(thread, dict, other);
    gc_pop_roots(thread, pushed);
    return ok;
}

/* ---- Construction ---- */

/* dict(arg, **kwargs) / d.update(arg, **kwargs): `name` is used in messages. */
static bool dict_update_arguments(Thread *thread, Dict *dict, int argc, Value *argv, Tuple *kwnames,
                                  const char *name) {
    int keyword_count = kwnames != NULL ? (int)kwnames->count : 0;
    int given = argc - 1;
    if (given > 1) return error_set(thread, &type_TypeError, "%s expected at most 1 argument, got %d", name, given);
    if (given == 1 && !dict_update(thread, dict, argv[1])) return false;
    for (int i = 0; i < keyword_count; i++)
        if (!dict_set(thread, dict, kwnames->items[i], argv[argc + i])) return false;
    return true;
}

/* dict(...) for the exact type is filled here (its __init__ then does
 * nothing); a subclass gets an empty dict that dict.__init__ fills. */
static bool dict_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Type *type = (Type *)AS_OBJECT(argv[0]);
    Dict *dict = dict_allocate(thread, type);
    if (dict == NULL) return false;
    if (type == &type_dict && !dict_update_arguments(thread, dict, argc, argv, kwnames, "dict")) return false;
    *result = OBJECT_VALUE(dict);
    return true;
}

static bool dict_init_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    *result = NONE_VALUE;
    if (value_is_exact(argv[0], &type_dict)) {
        int given = argc - 1;
        if (given > 1) return error_set(thread, &type_TypeError, "dict expected at most 1 argument, got %d", given);
        return true;
    }
    return dict_update_arguments(thread, AS_DICT(argv[0]), argc, argv, kwnames, "dict");
}

/* ---- Methods ---- */

static bool dict_len_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE((int64_t)AS_DICT(argv[0])->count);
    return true;
}

/* d[key]: a missing key calls __missing__ on subclasses, else KeyError(key). */
static bool dict_getitem_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.__getitem__", kwnames, argc - 1, 1, 1)) return false;
    if (!dict_get(thread, AS_DICT(argv[0]), argv[1], result)) return false;
    if (!IS_EMPTY(*result)) return true;
    if (!value_is_exact(argv[0], &type_dict)) {
        Value missing = type_lookup(value_type(argv[0]), thread->runtime->names.missing);
        if (!IS_EMPTY(missing)) return object_call(thread, missing, 2, argv, NULL, result);
    }
    return container_key_error(thread, argv[1]);
}

static bool dict_setitem_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.__setitem__", kwnames, argc - 1, 2, 2)) return false;
    *result = NONE_VALUE;
    return dict_set(thread, AS_DICT(argv[0]), argv[1], argv[2]);
}

static bool dict_delitem_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.__delitem__", kwnames, argc - 1, 1, 1)) return false;
    bool found;
    if (!dict_delete(thread, AS_DICT(argv[0]), argv[1], &found)) return false;
    if (!found) return container_key_error(thread, argv[1]);
    *result = NONE_VALUE;
    return true;
}

static bool dict_contains_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.__contains__", kwnames, argc - 1, 1, 1)) return false;
    Value value;
    if (!dict_get(thread, AS_DICT(argv[0]), argv[1], &value)) return false;
    *result = BOOL_VALUE(!IS_EMPTY(value));
    return true;
}

static bool dict_iterate(Thread *thread, Value dict, bool reverse, Value *result) {
    DictIterator *iterator = dict_iterator_new(thread, AS_DICT(dict), DICT_KEYS, reverse);
    if (iterator == NULL) return false;
    *result = OBJECT_VALUE(iterator);
    return true;
}

static bool dict_iter_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    return dict_iterate(thread, argv[0], false, result);
}

static bool dict_reversed_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.__reversed__", kwnames, argc - 1, 0, 0)) return false;
    return dict_iterate(thread, argv[0], true, result);
}

/* Same length, and every key of `a` maps in `b` to an equal value. */
static bool dict_equal(Thread *thread, Dict *a, Dict *b, bool *equal) {
    *equal = a->count == b->count;
    if (!*equal) return true;
    Value roots[2] = {OBJECT_VALUE(a), OBJECT_VALUE(b)};
    int pushed = 0;
    while (pushed < 2 && gc_push_root(thread, roots[pushed])) pushed++;
    bool ok = pushed == 2;
    for (size_t i = 0; ok && *equal && i < a->entry_count; i++) {
        DictEntry entry = a->entries[i];
        if (IS_EMPTY(entry.key)) continue;
        Value other;
        if (!(ok = gc_push_root(thread, entry.key))) break;
        if (!(ok = gc_push_root(thread, entry.value))) {
            gc_pop_roots(thread, 1);
            break;
        }
        ok = dict_get_hashed(thread, b, entry.key, entry.hash, &other);
        if (ok && IS_EMPTY(other)) *equal = false;
        else if (ok) ok = object_equal(thread, entry.value, other, equal);
        gc_pop_roots(thread, 2);
    }
    gc_pop_roots(thread, pushed);
    return ok;
}

static bool dict_equality(Thread *thread, int argc, Value *argv, Tuple *kwnames, bool negate, Value *result) {
    if (!container_check_args(thread, "dict.__eq__", kwnames, argc - 1, 1, 1)) return false;
    if (!value_is_instance(argv[1], &type_dict)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    bool equal;
    if (!dict_equal(thread, AS_DICT(argv[0]), AS_DICT(argv[1]), &equal)) return false;
    *result = BOOL_VALUE(equal != negate);
    return true;
}

static bool dict_eq_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return dict_equality(thread, argc, argv, kwnames, false, result);
}

static bool dict_ne_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return dict_equality(thread, argc, argv, kwnames, true, result);
}

/* d | other and other | d: a copy of the left one updated with the right one. */
static bool dict_or_values(Thread *thread, Value left, Value right, Value *result) {
    if (!value_is_instance(left, &type_dict) || !value_is_instance(right, &type_dict)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    Dict *copy = dict_copy(thread, AS_DICT(left));
    if (copy == NULL || !dict_merge_dict(thread, copy, AS_DICT(right))) return false;
    *result = OBJECT_VALUE(copy);
    return true;
}

static bool dict_or_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.__or__", kwnames, argc - 1, 1, 1)) return false;
    return dict_or_values(thread, argv[0], argv[1], result);
}

static bool dict_ror_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.__ror__", kwnames, argc - 1, 1, 1)) return false;
    return dict_or_values(thread, argv[1], argv[0], result);
}

static bool dict_ior_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.__ior__", kwnames, argc - 1, 1, 1)) return false;
    if (!dict_update(thread, AS_DICT(argv[0]), argv[1])) return false;
    *result = argv[0];
    return true;
}

/* Append "key: value" reprs for every entry; entries are re-read after each repr. */
static bool dict_repr_entries(Thread *thread, Dict *dict, StringBuilder *builder) {
    bool first = true;
    for (size_t i = 0; i < dict->entry_count; i++) {
        DictEntry entry = dict->entries[i];
        if (IS_EMPTY(entry.key)) continue;
        Str *key, *value;
        if (!gc_push_root(thread, entry.value)) return false;
        bool ok = object_repr(thread, entry.key, &key) && gc_push_root(thread, OBJECT_VALUE(key));
        if (!ok) {
            gc_pop_roots(thread, 1);
            return false;
        }
        ok = object_repr(thread, entry.value, &value);
        gc_pop_roots(thread, 2);
        if (!ok) return false;
        if (!first) builder_append(builder, ", ", 2);
        builder_append_str(builder, key);
        builder_append(builder, ": ", 2);
        builder_append_str(builder, value);
        first = false;
    }
    return true;
}

static bool dict_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Dict *dict = AS_DICT(argv[0]);
    int status = dict->count == 0 ? 1 : object_repr_enter(thread, argv[0]);
    if (status < 0) return false;
    if (status > 0) {
        Str *text = str_from_c(thread, dict->count == 0 ? "{}" : "{...}");
        if (text == NULL) return false;
        *result = OBJECT_VALUE(text);
        return true;
    }
    StringBuilder builder;
    builder_init(&builder);
    builder_append_char(&builder, '{');
    bool ok = gc_push_root(thread, argv[0]);
    if (ok) {
        ok = dict_repr_entries(thread, dict, &builder);
        gc_pop_roots(thread, 1);
    }
    object_repr_leave(thread, argv[0]);
    if (!ok) {
        builder_free(&builder);
        return false;
    }
    builder_append_char(&builder, '}');
    Str *text = builder_finish(thread, &builder);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static bool dict_get_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.get", kwnames, argc - 1, 1, 2)) return false;
    if (!dict_get(thread, AS_DICT(argv[0]), argv[1], result)) return false;
    if (IS_EMPTY(*result)) *result = argc > 2 ? argv[2] : NONE_VALUE;
    return true;
}

static bool dict_setdefault_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.setdefault", kwnames, argc - 1, 1, 2)) return false;
    if (!dict_get(thread, AS_DICT(argv[0]), argv[1], result)) return false;
    if (!IS_EMPTY(*result)) return true;
    *result = argc > 2 ? argv[2] : NONE_VALUE;
    return dict_set(thread, AS_DICT(argv[0]), argv[1], *result);
}

static bool dict_pop_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.pop", kwnames, argc - 1, 1, 2)) return false;
    if (!dict_pop_value(thread, AS_DICT(argv[0]), argv[1], result)) return false;
    if (!IS_EMPTY(*result)) return true;
    if (argc > 2) {
        *result = argv[2];
        return true;
    }
    return container_key_error(thread, argv[1]);
}

/* popitem(): the last entry, LIFO; the entry array shrinks back over it. */
static bool dict_popitem_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.popitem", kwnames, argc - 1, 0, 0)) return false;
    Dict *dict = AS_DICT(argv[0]);
    if (dict->count == 0) {
        Str *message = str_from_c(thread, "popitem(): dictionary is empty");
        return message != NULL && container_key_error(thread, OBJECT_VALUE(message));
    }
    size_t last = dict->entry_count;
    while (IS_EMPTY(dict->entries[last - 1].key)) last--;
    DictEntry *entry = &dict->entries[last - 1];
    Value pair[2] = {entry->key, entry->value};
    Tuple *tuple = tuple_from_array(thread, pair, 2);
    if (tuple == NULL) return false;
    size_t mask = dict->index_capacity - 1;
    uint64_t perturb = (uint64_t)entry->hash;
    size_t i = (size_t)entry->hash & mask;
    while (dict->indices[i] != (int64_t)(last - 1)) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    dict_remove_entry(dict, (int64_t)(last - 1), i);
    dict->entry_count = last - 1;
    *result = OBJECT_VALUE(tuple);
    return true;
}

static bool dict_view_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, DictViewKind kind,
                             const char *name, Value *result) {
    if (!container_check_args(thread, name, kwnames, argc - 1, 0, 0)) return false;
    DictView *view = dict_view_new(thread, AS_DICT(argv[0]), kind);
    if (view == NULL) return false;
    *result = OBJECT_VALUE(view);
    return true;
}

static bool dict_keys_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return dict_view_method(thread, argc, argv, kwnames, DICT_KEYS, "dict.keys", result);
}

static bool dict_values_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return dict_view_method(thread, argc, argv, kwnames, DICT_VALUES, "dict.values", result);
}

static bool dict_items_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return dict_view_method(thread, argc, argv, kwnames, DICT_ITEMS, "dict.items", result);
}

static bool dict_update_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    *result = NONE_VALUE;
    return dict_update_arguments(thread, AS_DICT(argv[0]), argc, argv, kwnames, "update");
}

static bool dict_copy_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.copy", kwnames, argc - 1, 0, 0)) return false;
    Dict *copy = dict_copy(thread, AS_DICT(argv[0]));
    if (copy == NULL) return false;
    *result = OBJECT_VALUE(copy);
    return true;
}

static bool dict_clear_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "dict.clear", kwnames, argc - 1, 0, 0)) return false;
    dict_clear(AS_DICT(argv[0]));
    *result = NONE_VALUE;
    return true;
}

/* dict.fromkeys(iterable, value=None), a classmethod: argv[0] is the class. */
static bool dict_fromkeys_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "fromkeys", kwnames, argc - 1, 1, 2)) return false;
    Value value = argc > 2 ? argv[2] : NONE_VALUE;
    Value made, iterator;
    if (value_is(argv[0], OBJECT_VALUE(&type_dict))) {
        Dict *dict = dict_new(thread);
        if (dict == NULL) return false;
        made = OBJECT_VALUE(dict);
    } else if (!object_call(thread, argv[0], 0, NULL, NULL, &made)) {
        return false;
    }
    if (!gc_push_root(thread, made)) return false;
    bool ok = object_get_iter(thread, argv[1], &iterator) && gc_push_root(thread, iterator);
    if (!ok) {
        gc_pop_roots(thread, 1);
        return false;
    }
    while (ok) {
        Value key;
        if (!(ok = object_iter_next(thread, iterator, &key)) || IS_EMPTY(key)) break;
        ok = value_is_exact(made, &type_dict) ? dict_set(thread, AS_DICT(made), key, value)
                                              : object_setitem(thread, made, key, value);
    }
    gc_pop_roots(thread, 2);
    *result = made;
    return ok;
}

static const MethodDef dict_methods[] = {
    {"__init__", dict_init_method},
    {"__len__", dict_len_method},
    {"__getitem__", dict_getitem_method},
    {"__setitem__", dict_setitem_method},
    {"__delitem__", dict_delitem_method},
    {"__contains__", dict_contains_method},
    {"__iter__", dict_iter_method},
    {"__reversed__", dict_reversed_method},
    {"__eq__", dict_eq_method},
    {"__ne__", dict_ne_method},
    {"__or__", dict_or_method},
    {"__ror__", dict_ror_method},
    {"__ior__", dict_ior_method},
    {"__repr__", dict_repr_method},
    {"get", dict_get_method},
    {"setdefault", dict_setdefault_method},
    {"pop", dict_pop_method},
    {"popitem", dict_popitem_method},
    {"keys", dict_keys_method},
    {"values", dict_values_method},
    {"items", dict_items_method},
    {"update", dict_update_method},
    {"copy", dict_copy_method},
    {"clear", dict_clear_method},
    {NULL, NULL},
};

void dict_init_type(Thread *thread) {
    type_ready(thread, &type_dict);
    type_add_methods(thread, &type_dict, dict_methods);
    dict_set_str(thread, type_dict.dict, thread->runtime->names.hash, NONE_VALUE); /* unhashable */
    NativeFunction *fromkeys = native_new(thread, "fromkeys", dict_fromkeys_method, EMPTY_VALUE);
    MethodWrapper *classmethod = ALLOCATE_OBJECT(thread, MethodWrapper, &type_classmethod);
    if (fromkeys != NULL && classmethod != NULL) {
        classmethod->function = OBJECT_VALUE(fromkeys);
        dict_set_c(thread, type_dict.dict, "fromkeys", OBJECT_VALUE(classmethod));
    }
    dict_views_init_types(thread);
}
