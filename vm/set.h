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
    Value key; /* EMPTY = never used (hash 0) or deleted (hash -1) */
} SetEntry;

typedef struct Set {
    Object header;
    size_t fill;     /* active + deleted slots */
    size_t used;     /* active slots */
    size_t mask;     /* table length - 1 */
    size_t finger;   /* where set.pop() starts looking, as CPython */
    SetEntry *table; /* small_table or a malloc'd array */
    SetEntry small_table[8];
    int64_t hash;    /* frozenset hash cache, -1 until computed */
} Set;

typedef struct SetIterator {
    Object header;
    Set *set;         /* NULL once exhausted */
    size_t used;      /* set->used when iteration began */
    size_t position;  /* next slot to look at */
    int64_t remaining; /* for __length_hint__ */
} SetIterator;

#define AS_SET(v) ((Set *)AS_OBJECT(v))
#define IS_ANY_SET(v) (value_is_instance((v), &type_set) || value_is_instance((v), &type_frozenset))

extern Type type_set_iterator;

/* `type` is &type_set or &type_frozenset. */
Set *set_new(Thread *thread, Type *type);
bool set_add(Thread *thread, Set *set, Value key);
bool set_contains(Thread *thread, Set *set, Value key, bool *found);
bool set_discard(Thread *thread, Set *set, Value key, bool *found);
/* Iterate in table order: start with *position = 0. */
bool set_next(Set *set, size_t *position, Value *key);
/* Add every item of an iterable. */
bool set_update(Thread *thread, Set *set, Value iterable);
/* The next key of a set_iterator: *item EMPTY when done; RuntimeError if the set changed size. */
bool set_iterator_next(Thread *thread, Value iterator, Value *item);

/* set OP= iterable, for any iterable (dict views build on it). */
typedef enum SetOperator { SET_AND, SET_OR, SET_SUB, SET_XOR } SetOperator;
bool set_inplace_operation(Thread *thread, Set *set, Value other, SetOperator op);

void set_init_type(Thread *thread);

#endif
