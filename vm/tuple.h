/* tuple.h: the immutable sequence; items stored inline. */
#ifndef BATON_TUPLE_H
#define BATON_TUPLE_H

#include "runtime.h"

typedef struct Tuple {
    Object header;
    size_t count;
    Value items[];
} Tuple;

#define AS_TUPLE(v) ((Tuple *)AS_OBJECT(v))

/* A tuple of `count` items, each None until the caller fills it. */
Tuple *tuple_new(Thread *thread, size_t count);
Tuple *tuple_from_array(Thread *thread, const Value *items, size_t count);
/* hash() as CPython 3.11 computes it (the xxHash-based combine). */
bool tuple_hash(Thread *thread, Tuple *tuple, int64_t *hash);

void tuple_init_type(Thread *thread);

#endif
