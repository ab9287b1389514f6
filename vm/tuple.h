/* tuple.h: the immutable sequence; items stored inline.
 *
 * tuple.c also holds what tuple and list share (index checks, lexicographic
 * comparison, repr, count/index, the sequence iterator), declared at the end
 * of this header, so list.c and range.c reuse them instead of copying. */
#ifndef BATON_TUPLE_H
#define BATON_TUPLE_H

#include "runtime.h"
#include "function.h"
#include "ops.h"

typedef struct Tuple {
    Object header;
    size_t count;  /* number of items */
    Value items[]; /* the items, inline */
} Tuple;

#define AS_TUPLE(v) ((Tuple *)AS_OBJECT(v))

/* A tuple of `count` items, each None until the caller fills it. */
Tuple *tuple_new(Thread *thread, size_t count);
Tuple *tuple_from_array(Thread *thread, const Value *items, size_t count);
/* tuple(iterable): a new tuple of the iterable's items (the tuple itself for an exact tuple). */
bool tuple_from_iterable(Thread *thread, Value iterable, Tuple **result);
/* hash() as CPython 3.11 computes it (the xxHash-based combine). */
bool tuple_hash(Thread *thread, Tuple *tuple, int64_t *hash);

extern Type type_tuple_iterator;

void tuple_init_type(Thread *thread);

/* ---- Helpers shared by the sequence types (tuple, list, range) ---- */

/* Iterator over a tuple or a list, forwards or backwards (one layout for
 * tuple_iterator, list_iterator and list_reverseiterator). */
typedef struct SequenceIterator {
    Object header;
    Value sequence; /* the tuple or list; EMPTY once exhausted */
    size_t index;   /* forwards: the next index; backwards: the next index + 1 */
} SequenceIterator;

/* The next item of a tuple_iterator, list_iterator or list_reverseiterator:
 * *item is EMPTY when exhausted. Never fails (for the VM's FOR_ITER fast path). */
void sequence_iterator_next(Value iterator, Value *item);
/* Make a SequenceIterator of `type` over `sequence`. NULL on MemoryError. */
SequenceIterator *sequence_iterator_new(Thread *thread, Type *type, Value sequence, size_t index);
/* The Type.trace of the sequence iterator types. */
void sequence_iterator_trace(Object *object, struct GcTracer *tracer);
/* __iter__ of every iterator type: returns self. */
bool sequence_iter_self(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

/* The items of an exact-or-subclass tuple or list value (re-read after any
 * call into Python: a list may move its items). */
void sequence_items(Value sequence, Value **items, size_t *count);
/* True if `value` can be used as an index (int, bool or has __index__). */
bool sequence_is_index(Thread *thread, Value value);
/* Convert a subscript to a C index; raises "<type> indices must be integers
 * or slices, not <key type>" for anything else. */
bool sequence_index(Thread *thread, Value key, const char *type_name, int64_t *index);
/* Lexicographic rich comparison of two tuples or two lists. */
bool sequence_compare(Thread *thread, Value a, Value b, CompareOperator op, Value *result);
/* repr of a tuple/list: open, the items' reprs joined by ", ", close. */
bool sequence_repr(Thread *thread, Value sequence, const char *open, const char *close, Value *result);
/* First index in [start, stop) equal to `item`, or -1. */
bool sequence_find(Thread *thread, Value sequence, Value item, int64_t start, int64_t stop, int64_t *found);
/* How many items equal `item`. */
bool sequence_count(Thread *thread, Value sequence, Value item, int64_t *count);
/* seq.index(x[, start[, stop]]) argument handling shared by tuple and list:
 * argv[0] is self, argv[1] the item. Sets *found to the index or -1. */
bool sequence_index_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name,
                           int64_t *found);
/* seq * n: read the count (1 ok, 0 answer NotImplemented, -1 error), then
 * fill `out` with `times` copies of items[0..count). */
int sequence_repeat_count(Thread *thread, Value n, int64_t *count);
void sequence_repeat_fill(Value *out, const Value *items, size_t count, int64_t times);
/* __iter__, __next__, __length_hint__ of the sequence iterator types. */
extern const MethodDef sequence_iterator_methods[];
/* Check a native method's argument count (`given` excludes self), with
 * CPython's messages: "list.copy() takes no arguments (1 given)", "list.append()
 * takes exactly one argument (0 given)", "pop expected at most 1 argument, got 2". */
bool container_check_args(Thread *thread, const char *name, Tuple *kwnames, int given, int min, int max);
/* Raise KeyError(key) with the key as the single argument (so a tuple key is not unpacked). */
bool container_key_error(Thread *thread, Value key);

#endif
