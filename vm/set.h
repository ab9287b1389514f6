/* set.h: set and frozenset.
 *
 * Laid out exactly as CPython's setobject.c (open addressing with linear
 * probes and the same perturbation, the same growth rule) and hashed with
 * the same functions, so a set of ints, floats or tuples of them iterates in
 * CPython's order. */
#ifndef BATON_SET_H
#define BATON_SET_H

#include "runtime.h"

typedef struct SetEntry {
    int64_t hash;
    Value key; /* EMPTY = never used; see set.c for the deleted marker */
} SetEntry;

typedef struct Set {
    Object header;
    size_t fill;     /* active + deleted slots */
    size_t used;     /* active slots */
    size_t mask;     /* table length - 1 */
    size_t finger;   /* where set.pop() starts looking, as CPython */
    SetEntry *table;
    SetEntry small_table[8];
    int64_t hash;    /* frozenset hash cache, -1 until computed */
} Set;

#define AS_SET(v) ((Set *)AS_OBJECT(v))

/* `type` is &type_set or &type_frozenset. */
Set *set_new(Thread *thread, Type *type);
bool set_add(Thread *thread, Set *set, Value key);
bool set_contains(Thread *thread, Set *set, Value key, bool *found);
bool set_discard(Thread *thread, Set *set, Value key, bool *found);
/* Iterate in table order: start with *position = 0. */
bool set_next(Set *set, size_t *position, Value *key);
/* Add every item of an iterable. */
bool set_update(Thread *thread, Set *set, Value iterable);

void set_init_type(Thread *thread);

#endif
