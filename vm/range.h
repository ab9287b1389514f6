/* range.h: range objects and their iterator, and slice objects. */
#ifndef BATON_RANGE_H
#define BATON_RANGE_H

#include "runtime.h"

typedef struct Range {
    Object header;
    int64_t start, stop, step; /* as given (step never 0) */
    int64_t length;            /* number of values */
} Range;

typedef struct RangeIterator {
    Object header;
    int64_t next;      /* the next value to produce */
    int64_t step;
    int64_t remaining; /* values left */
} RangeIterator;

typedef struct Slice {
    Object header;
    Value start, stop, step; /* None when omitted */
} Slice;

#define AS_RANGE(v) ((Range *)AS_OBJECT(v))
#define AS_SLICE(v) ((Slice *)AS_OBJECT(v))

extern Type type_range_iterator;

Range *range_new(Thread *thread, int64_t start, int64_t stop, int64_t step);
/* The next value of a range_iterator: *item is EMPTY when exhausted. Never
 * fails (for the VM's FOR_ITER fast path). */
void range_iterator_next(Value iterator, Value *item);
RangeIterator *range_iterator_new(Thread *thread, int64_t start, int64_t step, int64_t count);
Slice *slice_new(Thread *thread, Value start, Value stop, Value step);
/* Resolve a slice against a sequence of `length` items, as
 * PySlice_GetIndicesEx: start, stop, step and the resulting item count. */
bool slice_indices(Thread *thread, Slice *slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step,
                   int64_t *count);

void range_init_type(Thread *thread);

#endif
