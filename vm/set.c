/* set.c: set, frozenset and the set iterator.
 *
 * The table follows CPython 3.11's setobject.c step for step, because the
 * iteration order of a set is observable: the same first slot (hash & mask),
 * the same runs of LINEAR_PROBES neighbours before a perturbed jump, the
 * same 8-slot small table inside the object, the same resize rule (when
 * fill*5 >= mask*3, to used*4, or used*2 past 50000), deleted slots kept as
 * dummies (key EMPTY, hash -1), and the same order of insertions in every
 * operation (union copies, intersection walks the smaller set...). With
 * CPython's int, float and tuple hashes, print({3, 1, 2}) matches python3. */
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
#include "set.h"
#include "str.h"
#include "tuple.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static void set_trace(Object *object, GcTracer *tracer);
static size_t set_finalize(Runtime *runtime, Object *object);
static bool set_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);
static bool frozenset_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);
static void set_iterator_trace(Object *object, GcTracer *tracer);

Type type_set = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "set",
    .base = &type_object,
    .instance_size = sizeof(Set),
    .flags = TYPE_BASETYPE,
    .trace = set_trace,
    .finalize = set_finalize,
    .new_instance = set_new_instance, /* set(...) */
};

Type type_frozenset = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "frozenset",
    .base = &type_object,
    .instance_size = sizeof(Set),
    .flags = TYPE_BASETYPE,
    .trace = set_trace,
    .finalize = set_finalize,
    .new_instance = frozenset_new_instance, /* frozenset(...) */
};

Type type_set_iterator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "set_iterator",
    .base = &type_object,
    .instance_size = sizeof(SetIterator),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = set_iterator_trace,
};

#define ENTRY_ACTIVE(e) (!IS_EMPTY((e)->key))
#define ENTRY_UNUSED(e) (IS_EMPTY((e)->key) && (e)->hash == 0)
#define ENTRY_DUMMY(e) (IS_EMPTY((e)->key) && (e)->hash == -1)

/* ---- Allocation and the collector ---- */

static void set_reset(Set *set) {
    memset(set->small_table, 0, sizeof(set->small_table));
    set->table = set->small_table;
    set->mask = SET_MINSIZE - 1;
    set->fill = set->used = 0;
    set->hash = -1;
}

static Set *set_allocate(Thread *thread, Type *type) {
    size_t size = type->instance_size > sizeof(Set) ? type->instance_size : sizeof(Set);
    Set *set = (Set *)object_allocate(thread, type, size);
    if (set != NULL) set_reset(set);
    return set;
}

Set *set_new(Thread *thread, Type *type) { return set_allocate(thread, type); }

/* The plain type a result of an operation on `set` gets: set or frozenset. */
static Type *set_base_type(Set *set) {
    return type_is_subtype(set->header.type, &type_set) ? &type_set : &type_frozenset;
}

static void set_trace(Object *object, GcTracer *tracer) {
    Set *set = (Set *)object;
    for (size_t i = 0; i <= set->mask; i++)
        if (ENTRY_ACTIVE(&set->table[i])) gc_mark_value(tracer, set->table[i].key);
}

static size_t set_finalize(Runtime *runtime, Object *object) {
    (void)runtime;
    Set *set = (Set *)object;
    if (set->table == set->small_table) return 0;
    free(set->table);
    set->table = set->small_table;
    return (set->mask + 1) * sizeof(SetEntry);
}

/* Push `count` roots; on failure pop them again. */
/* ---- Probing ---- */

/* Find `key`: *found is the index of its active entry, or -1. A user __eq__
 * that changes the set makes the search start over (as CPython). */
static bool set_lookkey(Thread *thread, Set *set, Value key, int64_t hash, int64_t *found) {
restart:
    *found = -1;
    size_t mask = set->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        SetEntry *entry = &set->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (ENTRY_UNUSED(entry)) return true;
            if (entry->hash == hash && ENTRY_ACTIVE(entry)) {
                SetEntry *table = set->table;
                Value stored = entry->key;
                int equal = dict_key_equal(thread, OBJECT_VALUE(set), stored, key);
                if (equal < 0) return false;
                if (table != set->table || !value_is(entry->key, stored)) goto restart;
                if (equal) {
                    *found = entry - set->table;
                    return true;
                }
                mask = set->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
}

/* Insert into a table known to hold neither the key nor any dummy. */
static void set_insert_clean(SetEntry *table, size_t mask, Value key, int64_t hash) {
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        SetEntry *entry = &table[i];
        if (ENTRY_UNUSED(entry)) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (ENTRY_UNUSED(entry)) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuild the table with the smallest power of two > minused slots (at
 * least 8), dropping dummies; shrinks back into the small table if it can. */
static bool set_table_resize(Thread *thread, Set *set, size_t minused) {
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > SIZE_MAX / 2 / sizeof(SetEntry)) return error_no_memory(thread);
        newsize <<= 1;
    }
    SetEntry *oldtable = set->table, *newtable;
    size_t oldsize = set->mask + 1;
    bool old_malloced = oldtable != set->small_table;
    SetEntry small_copy[SET_MINSIZE];
    if (newsize == SET_MINSIZE) {
        newtable = set->small_table;
        if (newtable == oldtable) {
            if (set->fill == set->used) return true; /* no dummies to purge */
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = malloc(newsize * sizeof(SetEntry));
        if (newtable == NULL) return error_no_memory(thread);
        gc_account(thread->runtime, (long long)(newsize * sizeof(SetEntry)));
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    set->mask = newsize - 1;
    set->table = newtable;
    set->fill = set->used;
    for (size_t i = 0; i < oldsize; i++)
        if (ENTRY_ACTIVE(&oldtable[i])) set_insert_clean(newtable, set->mask, oldtable[i].key, oldtable[i].hash);
    if (old_malloced) {
        free(oldtable);
        gc_account(thread->runtime, -(long long)(oldsize * sizeof(SetEntry)));
    }
    return true;
}

static bool set_grow(Thread *thread, Set *set) {
    return set_table_resize(thread, set, set->used > 50000 ? set->used * 2 : set->used * 4);
}

/* Add `key` with its hash. As CPython, a dummy passed on the way (the last
 * one seen) is reused when the key turns out to be absent. */
static bool set_add_entry(Thread *thread, Set *set, Value key, int64_t hash) {
restart:;
    size_t mask = set->mask, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &set->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (ENTRY_UNUSED(entry)) goto found_unused_or_dummy;
            if (entry->hash == hash && ENTRY_ACTIVE(entry)) {
                SetEntry *table = set->table;
                Value stored = entry->key;
                int equal = dict_key_equal(thread, OBJECT_VALUE(set), stored, key);
                if (equal > 0) return true;
                if (equal < 0) return false;
                if (table != set->table || !value_is(entry->key, stored)) goto restart;
                mask = set->mask;
            } else if (ENTRY_DUMMY(entry)) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        set->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return true;
    }
    set->fill++;
    set->used++;
    entry->key = key;
    entry->hash = hash;
    if (set->fill * 5 < mask * 3) return true;
    return set_grow(thread, set);
}

/* Remove the key: 1 if it was there, 0 if not, -1 on error. */
static int set_discard_entry(Thread *thread, Set *set, Value key, int64_t hash) {
    int64_t found;
    if (!set_lookkey(thread, set, key, hash, &found)) return -1;
    if (found < 0) return 0;
    set->table[found].key = EMPTY_VALUE;
    set->table[found].hash = -1;
    set->used--;
    return 1;
}

/* Hash then act, rooting the set and key when hashing may run Python code. */
static bool set_hash(Thread *thread, Value key, int64_t *hash) { return dict_key_hash(thread, key, hash); }

bool set_add(Thread *thread, Set *set, Value key) {
    Value roots[2] = {OBJECT_VALUE(set), key};
    if (!gc_push_roots(thread, roots, 2)) return false;
    int64_t hash;
    bool ok = set_hash(thread, key, &hash) && set_add_entry(thread, set, key, hash);
    gc_pop_roots(thread, 2);
    return ok;
}

/* Look a key up; 1 found, 0 absent, -1 error. */
static int set_contains_key(Thread *thread, Set *set, Value key) {
    Value roots[2] = {OBJECT_VALUE(set), key};
    if (!gc_push_roots(thread, roots, 2)) return -1;
    int64_t hash, found = -1;
    bool ok = set_hash(thread, key, &hash) && set_lookkey(thread, set, key, hash, &found);
    gc_pop_roots(thread, 2);
    return ok ? found >= 0 : -1;
}

static int set_discard_key(Thread *thread, Set *set, Value key) {
    Value roots[2] = {OBJECT_VALUE(set), key};
    if (!gc_push_roots(thread, roots, 2)) return -1;
    int64_t hash;
    int status = set_hash(thread, key, &hash) ? set_discard_entry(thread, set, key, hash) : -1;
    gc_pop_roots(thread, 2);
    return status;
}

/* `key in set` and discard/remove: an unhashable set key is looked up as
 * the frozenset with the same items (CPython's rule). */
typedef int (*SetKeyAction)(Thread *thread, Set *set, Value key);

static int set_with_frozen_fallback(Thread *thread, Set *set, Value key, SetKeyAction action) {
    int status = action(thread, set, key);
    if (status >= 0 || !value_is_instance(key, &type_set) || !error_matches(thread, &type_TypeError)) return status;
    error_clear(thread);
    Set *frozen = set_new(thread, &type_frozenset);
    if (frozen == NULL || !set_update(thread, frozen, key)) return -1;
    if (!gc_push_root(thread, OBJECT_VALUE(frozen))) return -1;
    status = action(thread, set, OBJECT_VALUE(frozen));
    gc_pop_roots(thread, 1);
    return status;
}

bool set_contains(Thread *thread, Set *set, Value key, bool *found) {
    int status = set_with_frozen_fallback(thread, set, key, set_contains_key);
    *found = status > 0;
    return status >= 0;
}

bool set_discard(Thread *thread, Set *set, Value key, bool *found) {
    int status = set_with_frozen_fallback(thread, set, key, set_discard_key);
    *found = status > 0;
    return status >= 0;
}

bool set_next(Set *set, size_t *position, Value *key) {
    while (*position <= set->mask) {
        SetEntry *entry = &set->table[(*position)++];
        if (ENTRY_ACTIVE(entry)) {
            *key = entry->key;
            return true;
        }
    }
    return false;
}

/* Like set_next, also giving the stored hash. */
static bool set_next_entry(Set *set, size_t *position, SetEntry *out) {
    while (*position <= set->mask) {
        SetEntry *entry = &set->table[(*position)++];
        if (ENTRY_ACTIVE(entry)) {
            *out = *entry;
            return true;
        }
    }
    return false;
}

static void set_clear_internal(Thread *thread, Set *set) {
    if (set->table != set->small_table) {
        free(set->table);
        gc_account(thread->runtime, -(long long)((set->mask + 1) * sizeof(SetEntry)));
    }
    set_reset(set);
}

/* ---- Bulk updates ---- */

/* Add every key of another set (CPython's set_merge, fast paths included). */
static bool set_merge(Thread *thread, Set *set, Set *other) {
    if (other == set || other->used == 0) return true;
    if ((set->fill + other->used) * 5 >= set->mask * 3 &&
        !set_table_resize(thread, set, (set->used + other->used) * 2))
        return false;
    if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
        memcpy(set->table, other->table, (other->mask + 1) * sizeof(SetEntry));
        set->fill = other->fill;
        set->used = other->used;
        return true;
    }
    if (set->fill == 0) {
        set->fill = set->used = other->used;
        for (size_t i = 0; i <= other->mask; i++)
            if (ENTRY_ACTIVE(&other->table[i]))
                set_insert_clean(set->table, set->mask, other->table[i].key, other->table[i].hash);
        return true;
    }
    Value roots[2] = {OBJECT_VALUE(set), OBJECT_VALUE(other)};
    if (!gc_push_roots(thread, roots, 2)) return false;
    bool ok = true;
    SetEntry entry;
    for (size_t position = 0; ok && set_next_entry(other, &position, &entry);)
        ok = set_add_entry(thread, set, entry.key, entry.hash);
    gc_pop_roots(thread, 2);
    return ok;
}

/* Add a dict's keys with their stored hashes, after one big resize. */
static bool set_merge_dict(Thread *thread, Set *set, Dict *dict) {
    if ((set->fill + dict->count) * 5 >= set->mask * 3 && !set_table_resize(thread, set, (set->used + dict->count) * 2))
        return false;
    Value roots[2] = {OBJECT_VALUE(set), OBJECT_VALUE(dict)};
    if (!gc_push_roots(thread, roots, 2)) return false;
    bool ok = true;
    size_t position = 0;
    Value key, value;
    int64_t hash;
    while (ok && dict_next_hashed(dict, &position, &key, &value, &hash)) ok = set_add_entry(thread, set, key, hash);
    gc_pop_roots(thread, 2);
    return ok;
}

/* Call `action` on every item of an iterable (rooted) until it fails. */
typedef bool (*SetItemAction)(Thread *thread, Set *set, Value item, void *context);

static bool set_for_each(Thread *thread, Set *set, Value iterable, SetItemAction action, void *context) {
    Value iterator;
    if (!object_get_iter(thread, iterable, &iterator)) return false;
    Value roots[2] = {OBJECT_VALUE(set), iterator};
    if (!gc_push_roots(thread, roots, 2)) return false;
    bool ok = true;
    for (;;) {
        Value item;
        if (!(ok = object_iter_next(thread, iterator, &item)) || IS_EMPTY(item)) break;
        if (!gc_push_root(thread, item)) {
            ok = false;
            break;
        }
        ok = action(thread, set, item, context);
        gc_pop_roots(thread, 1);
        if (!ok) break;
    }
    gc_pop_roots(thread, 2);
    return ok;
}

static bool set_add_action(Thread *thread, Set *set, Value item, void *context) {
    (void)context;
    int64_t hash;
    return set_hash(thread, item, &hash) && set_add_entry(thread, set, item, hash);
}

bool set_update(Thread *thread, Set *set, Value iterable) {
    if (IS_ANY_SET(iterable)) return set_merge(thread, set, AS_SET(iterable));
    if (value_is_exact(iterable, &type_dict)) return set_merge_dict(thread, set, AS_DICT(iterable));
    return set_for_each(thread, set, iterable, set_add_action, NULL);
}

/* A new set of `type` holding the items of `iterable` (EMPTY for none). */
static Set *set_make(Thread *thread, Type *type, Value iterable) {
    Set *set = set_allocate(thread, type);
    if (set == NULL || IS_EMPTY(iterable)) return set;
    if (!gc_push_root(thread, OBJECT_VALUE(set))) return NULL;
    bool ok = set_update(thread, set, iterable);
    gc_pop_roots(thread, 1);
    return ok ? set : NULL;
}

static Set *set_copy(Thread *thread, Set *set) { return set_make(thread, set_base_type(set), OBJECT_VALUE(set)); }

/* ---- The set algebra, as CPython orders its insertions ---- */

static bool set_intersection_action(Thread *thread, Set *result, Value item, void *context) {
    Set *set = context;
    int64_t hash, found;
    if (!set_hash(thread, item, &hash) || !set_lookkey(thread, set, item, hash, &found)) return false;
    return found < 0 || set_add_entry(thread, result, item, hash);
}

/* set & other: walk the smaller of two sets, or the iterable. */
static Set *set_intersection(Thread *thread, Set *set, Value other) {
    if (value_is(OBJECT_VALUE(set), other)) return set_copy(thread, set);
    Set *result = set_allocate(thread, set_base_type(set));
    if (result == NULL) return NULL;
    Value roots[3] = {OBJECT_VALUE(result), OBJECT_VALUE(set), other};
    if (!gc_push_roots(thread, roots, 3)) return NULL;
    bool ok = true;
    if (IS_ANY_SET(other)) {
        Set *small = AS_SET(other), *large = set;
        if (small->used > large->used) {
            small = set;
            large = AS_SET(other);
        }
        SetEntry entry;
        for (size_t position = 0; ok && set_next_entry(small, &position, &entry);) {
            int64_t found;
            ok = set_lookkey(thread, large, entry.key, entry.hash, &found) &&
                 (found < 0 || set_add_entry(thread, result, entry.key, entry.hash));
        }
    } else {
        ok = set_for_each(thread, result, other, set_intersection_action, set);
    }
    gc_pop_roots(thread, 3);
    return ok ? result : NULL;
}

static bool set_discard_action(Thread *thread, Set *set, Value item, void *context) {
    (void)context;
    return set_discard_key(thread, set, item) >= 0;
}

/* set -= other; afterwards, too many dummies are resized away. */
static bool set_difference_update_internal(Thread *thread, Set *set, Value other) {
    if (value_is(OBJECT_VALUE(set), other)) {
        set_clear_internal(thread, set);
        return true;
    }
    bool ok;
    if (IS_ANY_SET(other)) {
        Set *source = AS_SET(other);
        if ((source->used >> 3) > set->used && (source = set_intersection(thread, set, other)) == NULL) return false;
        Value roots[2] = {OBJECT_VALUE(set), OBJECT_VALUE(source)};
        if (!gc_push_roots(thread, roots, 2)) return false;
        ok = true;
        SetEntry entry;
        for (size_t position = 0; ok && set_next_entry(source, &position, &entry);)
            ok = set_discard_entry(thread, set, entry.key, entry.hash) >= 0;
        gc_pop_roots(thread, 2);
    } else {
        ok = set_for_each(thread, set, other, set_discard_action, NULL);
    }
    if (!ok) return false;
    if (set->fill - set->used <= set->mask / 4) return true;
    return set_grow(thread, set);
}

/* set - other: a filtered copy, or copy-then-remove when set is much larger. */
static Set *set_difference(Thread *thread, Set *set, Value other) {
    size_t other_size;
    if (IS_ANY_SET(other)) other_size = AS_SET(other)->used;
    else if (value_is_exact(other, &type_dict)) other_size = AS_DICT(other)->count;
    else other_size = (size_t)-1;
    if (other_size == (size_t)-1 || (set->used >> 2) > other_size) {
        Set *result = set_copy(thread, set);
        if (result == NULL || !gc_push_root(thread, OBJECT_VALUE(result))) return NULL;
        bool ok = set_difference_update_internal(thread, result, other);
        gc_pop_roots(thread, 1);
        return ok ? result : NULL;
    }
    Set *result = set_allocate(thread, set_base_type(set));
    if (result == NULL) return NULL;
    Value roots[3] = {OBJECT_VALUE(result), OBJECT_VALUE(set), other};
    if (!gc_push_roots(thread, roots, 3)) return NULL;
    bool ok = true;
    SetEntry entry;
    for (size_t position = 0; ok && set_next_entry(set, &position, &entry);) {
        Value value;
        int64_t found = -1;
        if (IS_ANY_SET(other)) {
            ok = set_lookkey(thread, AS_SET(other), entry.key, entry.hash, &found);
        } else {
            ok = dict_get_hashed(thread, AS_DICT(other), entry.key, entry.hash, &value);
            found = IS_EMPTY(value) ? -1 : 0;
        }
        if (ok && found < 0) ok = set_add_entry(thread, result, entry.key, entry.hash);
    }
    gc_pop_roots(thread, 3);
    return ok ? result : NULL;
}

/* Toggle one key: remove it if present, else add it. */
static bool set_toggle(Thread *thread, Set *set, Value key, int64_t hash) {
    int status = set_discard_entry(thread, set, key, hash);
    if (status < 0) return false;
    return status == 1 || set_add_entry(thread, set, key, hash);
}

/* set ^= other: dicts are walked directly, other iterables become a set first. */
static bool set_symmetric_difference_update(Thread *thread, Set *set, Value other) {
    if (value_is(OBJECT_VALUE(set), other)) {
        set_clear_internal(thread, set);
        return true;
    }
    Value roots[2] = {OBJECT_VALUE(set), other};
    if (!gc_push_roots(thread, roots, 2)) return false;
    bool ok = true;
    if (value_is_exact(other, &type_dict)) {
        size_t position = 0;
        Value key, value;
        int64_t hash;
        while (ok && dict_next_hashed(AS_DICT(other), &position, &key, &value, &hash))
            ok = set_toggle(thread, set, key, hash);
    } else {
        Set *source = IS_ANY_SET(other) ? AS_SET(other) : set_make(thread, set_base_type(set), other);
        if (source == NULL || !gc_push_root(thread, OBJECT_VALUE(source))) {
            ok = false;
        } else {
            SetEntry entry;
            for (size_t position = 0; ok && set_next_entry(source, &position, &entry);)
                ok = set_toggle(thread, set, entry.key, entry.hash);
            gc_pop_roots(thread, 1);
        }
    }
    gc_pop_roots(thread, 2);
    return ok;
}

static Set *set_symmetric_difference(Thread *thread, Set *set, Value other) {
    Set *result = set_make(thread, set_base_type(set), other);
    if (result == NULL || !gc_push_root(thread, OBJECT_VALUE(result))) return NULL;
    bool ok = set_symmetric_difference_update(thread, result, OBJECT_VALUE(set));
    gc_pop_roots(thread, 1);
    return ok ? result : NULL;
}

/* Is every key of `set` in `other` (a set)? */
static bool set_is_subset_of_set(Thread *thread, Set *set, Set *other, bool *result) {
    *result = set->used <= other->used;
    SetEntry entry;
    for (size_t position = 0; *result && set_next_entry(set, &position, &entry);) {
        int64_t found;
        if (!set_lookkey(thread, other, entry.key, entry.hash, &found)) return false;
        *result = found >= 0;
    }
    return true;
}

static bool set_issubset(Thread *thread, Set *set, Value other, bool *result) {
    if (IS_ANY_SET(other)) return set_is_subset_of_set(thread, set, AS_SET(other), result);
    Set *common = set_intersection(thread, set, other);
    if (common == NULL) return false;
    *result = common->used == set->used;
    return true;
}

static bool set_contains_action(Thread *thread, Set *set, Value item, void *context) {
    int status = set_contains_key(thread, set, item);
    *(bool *)context = status > 0;
    if (status < 0) return false;
    if (status == 0) return error_set_empty(thread, &type_StopIteration); /* stop early */
    return true;
}

/* Does `set` contain every item of `other`? */
static bool set_issuperset(Thread *thread, Set *set, Value other, bool *result) {
    if (IS_ANY_SET(other)) return set_is_subset_of_set(thread, AS_SET(other), set, result);
    *result = true;
    if (set_for_each(thread, set, other, set_contains_action, result)) return true;
    if (*result || !error_matches(thread, &type_StopIteration)) return false;
    error_clear(thread);
    return true;
}

static bool set_disjoint_action(Thread *thread, Set *set, Value item, void *context) {
    int status = set_contains_key(thread, set, item);
    if (status < 0) return false;
    if (status > 0) {
        *(bool *)context = false;
        return error_set_empty(thread, &type_StopIteration); /* stop early */
    }
    return true;
}

static bool set_isdisjoint(Thread *thread, Set *set, Value other, bool *result) {
    *result = true;
    if (IS_ANY_SET(other)) {
        Set *common = set_intersection(thread, set, other);
        if (common == NULL) return false;
        *result = common->used == 0;
        return true;
    }
    if (set_for_each(thread, set, other, set_disjoint_action, result)) return true;
    if (*result || !error_matches(thread, &type_StopIteration)) return false;
    error_clear(thread);
    return true;
}

/* Move the table of `source` (a fresh result) into `set`, emptying `source`:
 * the in-place forms keep the result's exact layout, as CPython's swap. */
static void set_take_contents(Thread *thread, Set *set, Set *source) {
    set_clear_internal(thread, set);
    if (source->table == source->small_table) {
        memcpy(set->small_table, source->small_table, sizeof(set->small_table));
        set->table = set->small_table;
    } else {
        set->table = source->table;
    }
    set->mask = source->mask;
    set->fill = source->fill;
    set->used = source->used;
    set_reset(source);
}

bool set_inplace_operation(Thread *thread, Set *set, Value other, SetOperator op) {
    switch (op) {
    case SET_OR: return set_update(thread, set, other);
    case SET_SUB: return set_difference_update_internal(thread, set, other);
    case SET_XOR: return set_symmetric_difference_update(thread, set, other);
    case SET_AND: {
        Set *common = set_intersection(thread, set, other);
        if (common == NULL) return false;
        set_take_contents(thread, set, common);
        return true;
    }
    }
    return true;
}


/* ---- Construction ---- */

/* Check set(...)/frozenset(...) arguments: at most one, no keywords. */
static bool set_check_constructor(Thread *thread, const char *name, int argc, Tuple *kwnames) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "%s() takes no keyword arguments", name);
    if (argc - 1 > 1) return error_set(thread, &type_TypeError, "%s expected at most 1 argument, got %d", name, argc - 1);
    return true;
}

/* set(iterable) for the exact type is filled here (its __init__ then does
 * nothing); a subclass gets an empty set that set.__init__ fills. */
static bool set_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Type *type = (Type *)AS_OBJECT(argv[0]);
    Value iterable = EMPTY_VALUE;
    if (type == &type_set) {
        if (!set_check_constructor(thread, "set", argc, kwnames)) return false;
        if (argc > 1) iterable = argv[1];
    }
    Set *set = set_make(thread, type, iterable);
    if (set == NULL) return false;
    *result = OBJECT_VALUE(set);
    return true;
}

static bool set_init_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!set_check_constructor(thread, "set", argc, kwnames)) return false;
    *result = NONE_VALUE;
    if (value_is_exact(argv[0], &type_set)) return true; /* filled by set_new_instance */
    Set *set = AS_SET(argv[0]);
    set_clear_internal(thread, set);
    return argc < 2 || set_update(thread, set, argv[1]);
}

/* frozenset(iterable): frozenset(f) of an exact frozenset is f itself. */
static bool frozenset_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Type *type = (Type *)AS_OBJECT(argv[0]);
    if (type == &type_frozenset && !set_check_constructor(thread, "frozenset", argc, kwnames)) return false;
    Value iterable = argc > 1 ? argv[1] : EMPTY_VALUE;
    if (type == &type_frozenset && value_is_exact(iterable, &type_frozenset)) {
        *result = iterable;
        return true;
    }
    Set *set = set_make(thread, type, iterable);
    if (set == NULL) return false;
    *result = OBJECT_VALUE(set);
    return true;
}

/* ---- Methods ---- */

static bool set_return(Set *set, Value *result) {
    if (set == NULL) return false;
    *result = OBJECT_VALUE(set);
    return true;
}

static bool set_return_str(Str *text, Value *result) {
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static bool set_len_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE((int64_t)AS_SET(argv[0])->used);
    return true;
}

static bool set_contains_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.__contains__", kwnames, argc - 1, 1, 1)) return false;
    bool found;
    if (!set_contains(thread, AS_SET(argv[0]), argv[1], &found)) return false;
    *result = BOOL_VALUE(found);
    return true;
}

static bool set_add_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.add", kwnames, argc - 1, 1, 1)) return false;
    *result = NONE_VALUE;
    return set_add(thread, AS_SET(argv[0]), argv[1]);
}

static bool set_discard_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.discard", kwnames, argc - 1, 1, 1)) return false;
    bool found;
    *result = NONE_VALUE;
    return set_discard(thread, AS_SET(argv[0]), argv[1], &found);
}

static bool set_remove_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.remove", kwnames, argc - 1, 1, 1)) return false;
    bool found;
    if (!set_discard(thread, AS_SET(argv[0]), argv[1], &found)) return false;
    if (!found) return container_key_error(thread, argv[1]);
    *result = NONE_VALUE;
    return true;
}

/* pop(): the first active slot from the finger on, as CPython. */
static bool set_pop_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.pop", kwnames, argc - 1, 0, 0)) return false;
    Set *set = AS_SET(argv[0]);
    if (set->used == 0) {
        Str *message = str_from_c(thread, "pop from an empty set");
        return message != NULL && container_key_error(thread, OBJECT_VALUE(message));
    }
    SetEntry *entry = set->table + (set->finger & set->mask), *limit = set->table + set->mask;
    while (!ENTRY_ACTIVE(entry))
        if (++entry > limit) entry = set->table;
    *result = entry->key;
    entry->key = EMPTY_VALUE;
    entry->hash = -1;
    set->used--;
    set->finger = (size_t)(entry - set->table) + 1;
    return true;
}

static bool set_clear_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.clear", kwnames, argc - 1, 0, 0)) return false;
    set_clear_internal(thread, AS_SET(argv[0]));
    *result = NONE_VALUE;
    return true;
}

static bool set_copy_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.copy", kwnames, argc - 1, 0, 0)) return false;
    if (value_is_exact(argv[0], &type_frozenset)) {
        *result = argv[0];
        return true;
    }
    return set_return(set_copy(thread, AS_SET(argv[0])), result);
}

/* union(*others): a copy updated with each other. */
static bool set_union_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.union", kwnames, 0, 0, 0)) return false;
    Set *union_set = set_copy(thread, AS_SET(argv[0]));
    if (union_set == NULL || !gc_push_root(thread, OBJECT_VALUE(union_set))) return false;
    bool ok = true;
    for (int i = 1; ok && i < argc; i++)
        if (!value_is(argv[i], argv[0])) ok = set_update(thread, union_set, argv[i]);
    gc_pop_roots(thread, 1);
    *result = OBJECT_VALUE(union_set);
    return ok;
}

static bool set_update_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.update", kwnames, 0, 0, 0)) return false;
    for (int i = 1; i < argc; i++)
        if (!set_update(thread, AS_SET(argv[0]), argv[i])) return false;
    *result = NONE_VALUE;
    return true;
}

/* intersection(*others): intersect with each in turn (a copy when none). */
static Set *set_intersection_multi(Thread *thread, int argc, Value *argv) {
    if (argc < 2) return set_copy(thread, AS_SET(argv[0]));
    Set *current = AS_SET(argv[0]);
    for (int i = 1; i < argc && current != NULL; i++) {
        if (!gc_push_root(thread, OBJECT_VALUE(current))) return NULL;
        current = set_intersection(thread, current, argv[i]);
        gc_pop_roots(thread, 1);
    }
    return current;
}

static bool set_intersection_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.intersection", kwnames, 0, 0, 0)) return false;
    return set_return(set_intersection_multi(thread, argc, argv), result);
}

static bool set_intersection_update_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.intersection_update", kwnames, 0, 0, 0)) return false;
    Set *common = set_intersection_multi(thread, argc, argv);
    if (common == NULL) return false;
    set_take_contents(thread, AS_SET(argv[0]), common);
    *result = NONE_VALUE;
    return true;
}

/* difference(*others): the difference with the first, then remove the rest. */
static bool set_difference_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.difference", kwnames, 0, 0, 0)) return false;
    Set *set = AS_SET(argv[0]);
    Set *difference = argc < 2 ? set_copy(thread, set) : set_difference(thread, set, argv[1]);
    if (difference == NULL || !gc_push_root(thread, OBJECT_VALUE(difference))) return false;
    bool ok = true;
    for (int i = 2; ok && i < argc; i++) ok = set_difference_update_internal(thread, difference, argv[i]);
    gc_pop_roots(thread, 1);
    *result = OBJECT_VALUE(difference);
    return ok;
}

static bool set_difference_update_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.difference_update", kwnames, 0, 0, 0)) return false;
    for (int i = 1; i < argc; i++)
        if (!set_difference_update_internal(thread, AS_SET(argv[0]), argv[i])) return false;
    *result = NONE_VALUE;
    return true;
}

static bool set_symmetric_difference_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "set.symmetric_difference", kwnames, argc - 1, 1, 1)) return false;
    return set_return(set_symmetric_difference(thread, AS_SET(argv[0]), argv[1]), result);
}

static bool set_symmetric_difference_update_method(Thread *thread, int argc, Value *argv, Tuple *kwnames,
                                                   Value *result) {
    if (!container_check_args(thread, "set.symmetric_difference_update", kwnames, argc - 1, 1, 1)) return false;
    *result = NONE_VALUE;
    return set_symmetric_difference_update(thread, AS_SET(argv[0]), argv[1]);
}

/* issubset / issuperset / isdisjoint share their argument handling. */
typedef bool (*SetPredicate)(Thread *thread, Set *set, Value other, bool *result);

static bool set_predicate_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name,
                                 SetPredicate predicate, Value *result) {
    if (!container_check_args(thread, name, kwnames, argc - 1, 1, 1)) return false;
    bool answer;
    if (!predicate(thread, AS_SET(argv[0]), argv[1], &answer)) return false;
    *result = BOOL_VALUE(answer);
    return true;
}

static bool set_issubset_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return set_predicate_method(thread, argc, argv, kwnames, "set.issubset", set_issubset, result);
}

static bool set_issuperset_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return set_predicate_method(thread, argc, argv, kwnames, "set.issuperset", set_issuperset, result);
}

static bool set_isdisjoint_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return set_predicate_method(thread, argc, argv, kwnames, "set.isdisjoint", set_isdisjoint, result);
}

/* ---- Operators ---- */

/* The binary operators: NotImplemented unless both operands are sets. */
static bool set_binary_operator(Thread *thread, int argc, Value *argv, Tuple *kwnames, SetOperator op,
                                Value *result) {
    if (!container_check_args(thread, "set.__or__", kwnames, argc - 1, 1, 1)) return false;
    if (!IS_ANY_SET(argv[1])) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    Set *set = AS_SET(argv[0]);
    switch (op) {
    case SET_AND: return set_return(set_intersection(thread, set, argv[1]), result);
    case SET_SUB: return set_return(set_difference(thread, set, argv[1]), result);
    case SET_XOR: return set_return(set_symmetric_difference(thread, set, argv[1]), result);
    case SET_OR: break;
    }
    Set *union_set = set_copy(thread, set);
    if (union_set == NULL || !gc_push_root(thread, OBJECT_VALUE(union_set))) return false;
    bool ok = value_is(argv[0], argv[1]) || set_update(thread, union_set, argv[1]);
    gc_pop_roots(thread, 1);
    *result = OBJECT_VALUE(union_set);
    return ok;
}

/* The in-place operators (set only): NotImplemented unless the other is a set. */
static bool set_inplace_operator(Thread *thread, int argc, Value *argv, Tuple *kwnames, SetOperator op,
                                 Value *result) {
    if (!container_check_args(thread, "set.__ior__", kwnames, argc - 1, 1, 1)) return false;
    if (!IS_ANY_SET(argv[1])) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    if (!set_inplace_operation(thread, AS_SET(argv[0]), argv[1], op)) return false;
    *result = argv[0];
    return true;
}

#define SET_OPERATOR(fn, handler, op)                                                           \
    static bool fn(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {      \
        return handler(thread, argc, argv, kwnames, op, result);                               \
    }
SET_OPERATOR(set_or_method, set_binary_operator, SET_OR)
SET_OPERATOR(set_and_method, set_binary_operator, SET_AND)
SET_OPERATOR(set_sub_method, set_binary_operator, SET_SUB)
SET_OPERATOR(set_xor_method, set_binary_operator, SET_XOR)
SET_OPERATOR(set_ior_method, set_inplace_operator, SET_OR)
SET_OPERATOR(set_iand_method, set_inplace_operator, SET_AND)
SET_OPERATOR(set_isub_method, set_inplace_operator, SET_SUB)
SET_OPERATOR(set_ixor_method, set_inplace_operator, SET_XOR)

/* Subset comparisons, as CPython's set_richcompare. */
static bool set_compare(Thread *thread, int argc, Value *argv, Tuple *kwnames, CompareOperator op, Value *result) {
    if (!container_check_args(thread, "set.__eq__", kwnames, argc - 1, 1, 1)) return false;
    if (!IS_ANY_SET(argv[1])) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    Set *a = AS_SET(argv[0]), *b = AS_SET(argv[1]);
    bool answer = false;
    bool ok = true;
    switch (op) {
    case COMPARE_EQ:
    case COMPARE_NE:
        if (a->used == b->used && (a->hash == -1 || b->hash == -1 || a->hash == b->hash))
            ok = set_is_subset_of_set(thread, a, b, &answer);
        if (op == COMPARE_NE) answer = !answer;
        break;
    case COMPARE_LE: ok = set_is_subset_of_set(thread, a, b, &answer); break;
    case COMPARE_GE: ok = set_is_subset_of_set(thread, b, a, &answer); break;
    case COMPARE_LT: ok = a->used >= b->used || set_is_subset_of_set(thread, a, b, &answer); break;
    case COMPARE_GT: ok = a->used <= b->used || set_is_subset_of_set(thread, b, a, &answer); break;
    }
    *result = BOOL_VALUE(answer);
    return ok;
}

#define SET_COMPARE(fn, op)                                                                     \
    static bool fn(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {      \
        return set_compare(thread, argc, argv, kwnames, op, result);                           \
    }
SET_COMPARE(set_lt_method, COMPARE_LT)
SET_COMPARE(set_le_method, COMPARE_LE)
SET_COMPARE(set_eq_method, COMPARE_EQ)
SET_COMPARE(set_ne_method, COMPARE_NE)
SET_COMPARE(set_gt_method, COMPARE_GT)
SET_COMPARE(set_ge_method, COMPARE_GE)

/* {1, 2}, set(), frozenset({1, 2}), Sub({1, 2}); "set(...)" for a cycle. */
static bool set_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Set *set = AS_SET(argv[0]);
    const char *name = type_name(set->header.type);
    int status = set->used == 0 ? 1 : object_repr_enter(thread, argv[0]);
    if (status < 0) return false;
    if (status > 0) {
        Str *text = str_printf(thread, set->used == 0 ? "%s()" : "%s(...)", name);
        return set_return_str(text, result);
    }
    List *keys = list_new(thread, set->used);
    size_t position = 0;
    Value key;
    while (keys != NULL && set_next(set, &position, &key)) list_append(thread, keys, key);
    Str *repr = NULL;
    bool ok = keys != NULL && object_repr(thread, OBJECT_VALUE(keys), &repr);
    object_repr_leave(thread, argv[0]);
    if (!ok) return false;
    int inner = (int)repr->length - 2;
    Str *text = value_is_exact(argv[0], &type_set) ? str_printf(thread, "{%.*s}", inner, repr->chars + 1)
                                                   : str_printf(thread, "%s({%.*s})", name, inner, repr->chars + 1);
    return set_return_str(text, result);
}

static uint64_t set_shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

/* frozenset's hash, CPython's: xor of shuffled entry hashes over the whole
 * table, corrected for unused and dummy slots, mixed with the size. */
static bool frozenset_hash_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    Set *set = AS_SET(argv[0]);
    if (set->hash == -1) {
        uint64_t hash = 0;
        for (size_t i = 0; i <= set->mask; i++) hash ^= set_shuffle_bits((uint64_t)set->table[i].hash);
        if ((set->mask + 1 - set->fill) & 1) hash ^= set_shuffle_bits(0);
        if ((set->fill - set->used) & 1) hash ^= set_shuffle_bits((uint64_t)-1);
        hash ^= ((uint64_t)set->used + 1) * 1927868237ULL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923ULL;
        if (hash == (uint64_t)-1) hash = 590923713ULL;
        set->hash = (int64_t)hash;
    }
    *result = INT_VALUE(set->hash);
    return true;
}

/* ---- The iterator ---- */

static void set_iterator_trace(Object *object, GcTracer *tracer) {
    SetIterator *iterator = (SetIterator *)object;
    if (iterator->set != NULL) gc_mark_object(tracer, (Object *)iterator->set);
}

static bool set_iter_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    SetIterator *iterator = ALLOCATE_OBJECT(thread, SetIterator, &type_set_iterator);
    if (iterator == NULL) return false;
    iterator->set = AS_SET(argv[0]);
    iterator->used = iterator->set->used;
    iterator->remaining = (int64_t)iterator->set->used;
    *result = OBJECT_VALUE(iterator);
    return true;
}

bool set_iterator_next(Thread *thread, Value value, Value *item) {
    SetIterator *iterator = (SetIterator *)AS_OBJECT(value);
    *item = EMPTY_VALUE;
    if (iterator->set == NULL) return true;
    if (iterator->used != iterator->set->used) {
        iterator->used = (size_t)-1; /* stay failed */
        return error_set(thread, &type_RuntimeError, "Set changed size during iteration");
    }
    if (set_next(iterator->set, &iterator->position, item)) {
        iterator->remaining--;
        return true;
    }
    iterator->set = NULL;
    return true;
}

static bool set_iterator_next_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    if (!set_iterator_next(thread, argv[0], result)) return false;
    if (IS_EMPTY(*result)) return error_set_empty(thread, &type_StopIteration);
    return true;
}

static bool set_iterator_length_hint(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    SetIterator *iterator = (SetIterator *)AS_OBJECT(argv[0]);
    bool live = iterator->set != NULL && iterator->used == iterator->set->used;
    *result = INT_VALUE(live ? iterator->remaining : 0);
    return true;
}

static const MethodDef set_iterator_methods[] = {
    {"__iter__", sequence_iter_self},
    {"__next__", set_iterator_next_method},
    {"__length_hint__", set_iterator_length_hint},
    {NULL, NULL},
};

/* What set and frozenset share. */
static const MethodDef set_common_methods[] = {
    {"__len__", set_len_method},
    {"__contains__", set_contains_method},
    {"__iter__", set_iter_method},
    {"__repr__", set_repr_method},
    {"__or__", set_or_method},
    {"__and__", set_and_method},
    {"__sub__", set_sub_method},
    {"__xor__", set_xor_method},
    {"__lt__", set_lt_method},
    {"__le__", set_le_method},
    {"__eq__", set_eq_method},
    {"__ne__", set_ne_method},
    {"__gt__", set_gt_method},
    {"__ge__", set_ge_method},
    {"copy", set_copy_method},
    {"union", set_union_method},
    {"intersection", set_intersection_method},
    {"difference", set_difference_method},
    {"symmetric_difference", set_symmetric_difference_method},
    {"issubset", set_issubset_method},
    {"issuperset", set_issuperset_method},
    {"isdisjoint", set_isdisjoint_method},
    {NULL, NULL},
};

/* Only the mutable set. */
static const MethodDef set_mutating_methods[] = {
    {"__init__", set_init_method},
    {"__ior__", set_ior_method},
    {"__iand__", set_iand_method},
    {"__isub__", set_isub_method},
    {"__ixor__", set_ixor_method},
    {"add", set_add_method},
    {"discard", set_discard_method},
    {"remove", set_remove_method},
    {"pop", set_pop_method},
    {"clear", set_clear_method},
    {"update", set_update_method},
    {"intersection_update", set_intersection_update_method},
    {"difference_update", set_difference_update_method},
    {"symmetric_difference_update", set_symmetric_difference_update_method},
    {NULL, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"__hash__", frozenset_hash_method},
    {NULL, NULL},
};

void set_init_type(Thread *thread) {
    type_ready(thread, &type_set);
    type_add_methods(thread, &type_set, set_common_methods);
    type_add_methods(thread, &type_set, set_mutating_methods);
    dict_set_str(thread, type_set.dict, thread->runtime->names.hash, NONE_VALUE); /* unhashable */
    type_ready(thread, &type_frozenset);
    type_add_methods(thread, &type_frozenset, set_common_methods);
    type_add_methods(thread, &type_frozenset, frozenset_methods);
    type_ready(thread, &type_set_iterator);
    type_add_methods(thread, &type_set_iterator, set_iterator_methods);
}
