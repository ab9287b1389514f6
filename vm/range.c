/* range.c: range, its iterator, and slice objects.
 *
 * A range holds its start, stop, step and precomputed length as C
 * integers; indexing, slicing (which gives another range) and `in` for
 * ints are arithmetic, never a walk. slice_indices is the one place that
 * turns a slice into concrete start/stop/step/count with CPython's
 * clamping rules; every sequence's subscript goes through it. */
#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "number.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

static bool range_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);
static bool slice_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);
static void slice_trace(Object *object, GcTracer *tracer);

Type type_range = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "range",
    .base = &type_object,
    .instance_size = sizeof(Range),
    .new_instance = range_new_instance, /* range(...) */
};

Type type_range_iterator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "range_iterator",
    .base = &type_object,
    .instance_size = sizeof(RangeIterator),
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_slice = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "slice",
    .base = &type_object,
    .instance_size = sizeof(Slice),
    .trace = slice_trace,
    .new_instance = slice_new_instance, /* slice(...) */
};

/* ---- range ---- */

/* How many values start, start+step, ... lie before stop (unsigned
 * arithmetic, so extreme bounds do not overflow). */
static int64_t range_compute_length(int64_t start, int64_t stop, int64_t step) {
    uint64_t span, stride;
    if (step > 0) {
        if (start >= stop) return 0;
        span = (uint64_t)stop - (uint64_t)start - 1;
        stride = (uint64_t)step;
    } else {
        if (start <= stop) return 0;
        span = (uint64_t)start - (uint64_t)stop - 1;
        stride = 0 - (uint64_t)step;
    }
    uint64_t length = span / stride + 1;
    return length > (uint64_t)INT64_MAX ? -1 : (int64_t)length;
}

Range *range_new(Thread *thread, int64_t start, int64_t stop, int64_t step) {
    int64_t length = range_compute_length(start, stop, step);
    if (length < 0) {
        error_set(thread, &type_OverflowError, "Python int too large to convert to C ssize_t");
        return NULL;
    }
    Range *range = ALLOCATE_OBJECT(thread, Range, &type_range);
    if (range == NULL) return NULL;
    range->start = start;
    range->stop = stop;
    range->step = step;
    range->length = length;
    return range;
}

/* An argument of range() or an index: must have __index__. */
static bool range_integer(Thread *thread, Value value, int64_t *out) {
    if (IS_INT(value)) {
        *out = AS_INT(value);
        return true;
    }
    if (!sequence_is_index(thread, value))
        return error_set(thread, &type_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(value));
    return value_as_index(thread, value, out);
}

static bool range_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "range() takes no keyword arguments");
    int given = argc - 1;
    if (given < 1) return error_set(thread, &type_TypeError, "range expected at least 1 argument, got %d", given);
    if (given > 3) return error_set(thread, &type_TypeError, "range expected at most 3 arguments, got %d", given);
    int64_t bounds[3] = {0, 0, 1};
    for (int i = 0; i < given; i++)
        if (!range_integer(thread, argv[1 + i], &bounds[given == 1 ? 1 : i])) return false;
    if (bounds[2] == 0) return error_set(thread, &type_ValueError, "range() arg 3 must not be zero");
    Range *range = range_new(thread, bounds[0], bounds[1], bounds[2]);
    if (range == NULL) return false;
    *result = OBJECT_VALUE(range);
    return true;
}

static int64_t range_item(Range *range, int64_t index) {
    return (int64_t)((uint64_t)range->start + (uint64_t)index * (uint64_t)range->step);
}

static bool range_len_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE(AS_RANGE(argv[0])->length);
    return true;
}

static bool range_getitem_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "range.__getitem__", kwnames, argc - 1, 1, 1)) return false;
    Range *range = AS_RANGE(argv[0]);
    if (value_is_exact(argv[1], &type_slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(thread, AS_SLICE(argv[1]), range->length, &start, &stop, &step, &count)) return false;
        int64_t new_step;
        if (__builtin_mul_overflow(range->step, step, &new_step))
            return error_set(thread, &type_OverflowError, "Python int too large to convert to C ssize_t");
        Range *slice = range_new(thread, range_item(range, start), range_item(range, stop), new_step);
        if (slice == NULL) return false;
        *result = OBJECT_VALUE(slice);
        return true;
    }
    int64_t index;
    if (!sequence_index(thread, argv[1], "range", &index)) return false;
    if (index < 0) index += range->length;
    if (index < 0 || index >= range->length)
        return error_set(thread, &type_IndexError, "range object index out of range");
    *result = INT_VALUE(range_item(range, index));
    return true;
}

/* Position of the int `value` in the range, or -1. */
static int64_t range_position(Range *range, int64_t value) {
    if (range->length == 0) return -1;
    uint64_t offset;
    if (range->step > 0) {
        if (value < range->start || value >= range->stop) return -1;
        offset = (uint64_t)value - (uint64_t)range->start;
        if (offset % (uint64_t)range->step != 0) return -1;
        return (int64_t)(offset / (uint64_t)range->step);
    }
    if (value > range->start || value <= range->stop) return -1;
    offset = (uint64_t)range->start - (uint64_t)value;
    uint64_t stride = 0 - (uint64_t)range->step;
    if (offset % stride != 0) return -1;
    return (int64_t)(offset / stride);
}

/* Position of any value: arithmetic for ints and bools, else a walk comparing with ==. */
static bool range_find(Thread *thread, Range *range, Value value, int64_t *position) {
    if (IS_INT(value) || IS_BOOL(value)) {
        *position = range_position(range, IS_INT(value) ? AS_INT(value) : (int64_t)AS_BOOL(value));
        return true;
    }
    *position = -1;
    if (!gc_push_root(thread, OBJECT_VALUE(range))) return false;
    bool ok = true;
    for (int64_t i = 0; i < range->length; i++) {
        bool equal;
        if (!(ok = object_equal(thread, INT_VALUE(range_item(range, i)), value, &equal))) break;
        if (equal) {
            *position = i;
            break;
        }
    }
    gc_pop_roots(thread, 1);
    return ok;
}

static bool range_contains_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "range.__contains__", kwnames, argc - 1, 1, 1)) return false;
    int64_t position;
    if (!range_find(thread, AS_RANGE(argv[0]), argv[1], &position)) return false;
    *result = BOOL_VALUE(position >= 0);
    return true;
}

static bool range_index_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "range.index", kwnames, argc - 1, 1, 1)) return false;
    int64_t position;
    if (!range_find(thread, AS_RANGE(argv[0]), argv[1], &position)) return false;
    if (position < 0) {
        Str *repr;
        if (!object_repr(thread, argv[1], &repr)) return false;
        return error_set(thread, &type_ValueError, "%s is not in range", repr->chars);
    }
    *result = INT_VALUE(position);
    return true;
}

/* count(x): 0 or 1 for ints; a full walk otherwise (1 == 1.0 and the like). */
static bool range_count_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "range.count", kwnames, argc - 1, 1, 1)) return false;
    Range *range = AS_RANGE(argv[0]);
    if (IS_INT(argv[1]) || IS_BOOL(argv[1])) {
        int64_t position;
        if (!range_find(thread, range, argv[1], &position)) return false;
        *result = INT_VALUE(position >= 0 ? 1 : 0);
        return true;
    }
    int64_t count = 0;
    if (!gc_push_root(thread, argv[0])) return false;
    for (int64_t i = 0; i < range->length; i++) {
        bool equal;
        if (!object_equal(thread, INT_VALUE(range_item(range, i)), argv[1], &equal)) {
            gc_pop_roots(thread, 1);
            return false;
        }
        count += equal;
    }
    gc_pop_roots(thread, 1);
    *result = INT_VALUE(count);
    return true;
}

RangeIterator *range_iterator_new(Thread *thread, int64_t start, int64_t step, int64_t count) {
    RangeIterator *iterator = ALLOCATE_OBJECT(thread, RangeIterator, &type_range_iterator);
    if (iterator == NULL) return NULL;
    iterator->next = start;
    iterator->step = step;
    iterator->remaining = count;
    return iterator;
}

static bool range_iter_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Range *range = AS_RANGE(argv[0]);
    RangeIterator *iterator = range_iterator_new(thread, range->start, range->step, range->length);
    if (iterator == NULL) return false;
    *result = OBJECT_VALUE(iterator);
    return true;
}

static bool range_reversed_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "range.__reversed__", kwnames, argc - 1, 0, 0)) return false;
    Range *range = AS_RANGE(argv[0]);
    int64_t last = range->length > 0 ? range_item(range, range->length - 1) : range->start;
    RangeIterator *iterator =
        range_iterator_new(thread, last, (int64_t)(0 - (uint64_t)range->step), range->length);
    if (iterator == NULL) return false;
    *result = OBJECT_VALUE(iterator);
    return true;
}

static bool range_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Range *range = AS_RANGE(argv[0]);
    Str *text = range->step == 1
                    ? str_printf(thread, "range(%lld, %lld)", (long long)range->start, (long long)range->stop)
                    : str_printf(thread, "range(%lld, %lld, %lld)", (long long)range->start,
                                 (long long)range->stop, (long long)range->step);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* Ranges are equal when they produce the same values (range(0) == range(2, 2)). */
static bool range_same_values(Range *a, Range *b) {
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    return a->length == 1 || a->step == b->step;
}

static bool range_equality(Thread *thread, int argc, Value *argv, Tuple *kwnames, bool negate, Value *result) {
    if (!container_check_args(thread, "range.__eq__", kwnames, argc - 1, 1, 1)) return false;
    if (!value_is_exact(argv[1], &type_range)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    *result = BOOL_VALUE(range_same_values(AS_RANGE(argv[0]), AS_RANGE(argv[1])) != negate);
    return true;
}

static bool range_eq_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return range_equality(thread, argc, argv, kwnames, false, result);
}

static bool range_ne_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return range_equality(thread, argc, argv, kwnames, true, result);
}

/* As CPython: the hash of (len, start, step), with None for what does not matter. */
static bool range_hash_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Range *range = AS_RANGE(argv[0]);
    Tuple *key = tuple_new(thread, 3);
    if (key == NULL) return false;
    key->items[0] = INT_VALUE(range->length);
    if (range->length > 0) key->items[1] = INT_VALUE(range->start);
    if (range->length > 1) key->items[2] = INT_VALUE(range->step);
    int64_t hash;
    if (!tuple_hash(thread, key, &hash)) return false;
    *result = INT_VALUE(hash);
    return true;
}

static bool range_start_getter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE(AS_RANGE(argv[0])->start);
    return true;
}

static bool range_stop_getter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE(AS_RANGE(argv[0])->stop);
    return true;
}

static bool range_step_getter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE(AS_RANGE(argv[0])->step);
    return true;
}

static const MethodDef range_methods[] = {
    {"__len__", range_len_method},
    {"__getitem__", range_getitem_method},
    {"__contains__", range_contains_method},
    {"__iter__", range_iter_method},
    {"__reversed__", range_reversed_method},
    {"__repr__", range_repr_method},
    {"__eq__", range_eq_method},
    {"__ne__", range_ne_method},
    {"__hash__", range_hash_method},
    {"count", range_count_method},
    {"index", range_index_method},
    {NULL, NULL},
};

static const MethodDef range_attributes[] = {
    {"start", range_start_getter},
    {"stop", range_stop_getter},
    {"step", range_step_getter},
    {NULL, NULL},
};

/* ---- range_iterator ---- */

void range_iterator_next(Value value, Value *item) {
    RangeIterator *iterator = (RangeIterator *)AS_OBJECT(value);
    if (iterator->remaining <= 0) {
        *item = EMPTY_VALUE;
        return;
    }
    *item = INT_VALUE(iterator->next);
    iterator->remaining--;
    iterator->next = (int64_t)((uint64_t)iterator->next + (uint64_t)iterator->step);
}

static bool range_iterator_next_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    range_iterator_next(argv[0], result);
    if (IS_EMPTY(*result)) return error_set_empty(thread, &type_StopIteration);
    return true;
}

static bool range_iterator_length_hint(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE(((RangeIterator *)AS_OBJECT(argv[0]))->remaining);
    return true;
}

static const MethodDef range_iterator_methods[] = {
    {"__iter__", sequence_iter_self},
    {"__next__", range_iterator_next_method},
    {"__length_hint__", range_iterator_length_hint},
    {NULL, NULL},
};

/* ---- slice ---- */

Slice *slice_new(Thread *thread, Value start, Value stop, Value step) {
    Slice *slice = ALLOCATE_OBJECT(thread, Slice, &type_slice);
    if (slice == NULL) return NULL;
    slice->start = start;
    slice->stop = stop;
    slice->step = step;
    return slice;
}

static void slice_trace(Object *object, GcTracer *tracer) {
    Slice *slice = (Slice *)object;
    gc_mark_value(tracer, slice->start);
    gc_mark_value(tracer, slice->stop);
    gc_mark_value(tracer, slice->step);
}

static bool slice_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "slice() takes no keyword arguments");
    int given = argc - 1;
    if (given < 1) return error_set(thread, &type_TypeError, "slice expected at least 1 argument, got %d", given);
    if (given > 3) return error_set(thread, &type_TypeError, "slice expected at most 3 arguments, got %d", given);
    Slice *slice = given == 1 ? slice_new(thread, NONE_VALUE, argv[1], NONE_VALUE)
                              : slice_new(thread, argv[1], argv[2], given == 3 ? argv[3] : NONE_VALUE);
    if (slice == NULL) return false;
    *result = OBJECT_VALUE(slice);
    return true;
}

/* One bound of a slice: None gives `otherwise`, an index is converted. */
static bool slice_bound(Thread *thread, Value value, int64_t otherwise, int64_t *out) {
    if (IS_NONE(value)) {
        *out = otherwise;
        return true;
    }
    if (IS_INT(value)) {
        *out = AS_INT(value);
        return true;
    }
    if (!sequence_is_index(thread, value))
        return error_set(thread, &type_TypeError,
                         "slice indices must be integers or None or have an __index__ method");
    return value_as_index(thread, value, out);
}

/* Clamp one bound into the sequence, as PySlice_AdjustIndices. */
static int64_t slice_clamp(int64_t bound, int64_t length, int64_t step) {
    if (bound < 0) {
        bound += length;
        if (bound < 0) bound = step < 0 ? -1 : 0;
    } else if (bound >= length) {
        bound = step < 0 ? length - 1 : length;
    }
    return bound;
}

bool slice_indices(Thread *thread, Slice *slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step,
                   int64_t *count) {
    if (!slice_bound(thread, slice->step, 1, step)) return false;
    if (*step == 0) return error_set(thread, &type_ValueError, "slice step cannot be zero");
    if (*step < -INT64_MAX) *step = -INT64_MAX; /* so that -step cannot overflow */
    if (!slice_bound(thread, slice->start, *step < 0 ? INT64_MAX : 0, start)) return false;
    if (!slice_bound(thread, slice->stop, *step < 0 ? INT64_MIN : INT64_MAX, stop)) return false;
    *start = slice_clamp(*start, length, *step);
    *stop = slice_clamp(*stop, length, *step);
    if (*step < 0)
        *count = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    else
        *count = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
    return true;
}

static bool slice_indices_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "slice.indices", kwnames, argc - 1, 1, 1)) return false;
    int64_t length, start, stop, step, count;
    if (!range_integer(thread, argv[1], &length)) return false;
    if (length < 0) return error_set(thread, &type_ValueError, "length should not be negative");
    if (!slice_indices(thread, AS_SLICE(argv[0]), length, &start, &stop, &step, &count)) return false;
    Tuple *tuple = tuple_new(thread, 3);
    if (tuple == NULL) return false;
    tuple->items[0] = INT_VALUE(start);
    tuple->items[1] = INT_VALUE(stop);
    tuple->items[2] = INT_VALUE(step);
    *result = OBJECT_VALUE(tuple);
    return true;
}

static bool slice_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Slice *slice = AS_SLICE(argv[0]);
    Value parts[3] = {slice->start, slice->stop, slice->step};
    StringBuilder builder;
    builder_init(&builder);
    builder_append_c(&builder, "slice(");
    for (int i = 0; i < 3; i++) {
        Str *repr;
        if (!object_repr(thread, parts[i], &repr)) {
            builder_free(&builder);
            return false;
        }
        if (i > 0) builder_append(&builder, ", ", 2);
        builder_append_str(&builder, repr);
    }
    builder_append_char(&builder, ')');
    Str *text = builder_finish(thread, &builder);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* Slices compare as the tuples (start, stop, step). */
static bool slice_compare_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, CompareOperator op,
                                 Value *result) {
    if (!container_check_args(thread, "slice.__eq__", kwnames, argc - 1, 1, 1)) return false;
    if (!value_is_exact(argv[1], &type_slice)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    Slice *a = AS_SLICE(argv[0]), *b = AS_SLICE(argv[1]);
    Value left[3] = {a->start, a->stop, a->step}, right[3] = {b->start, b->stop, b->step};
    Tuple *x = tuple_from_array(thread, left, 3);
    Tuple *y = x == NULL ? NULL : tuple_from_array(thread, right, 3);
    if (y == NULL) return false;
    return sequence_compare(thread, OBJECT_VALUE(x), OBJECT_VALUE(y), op, result);
}

#define SLICE_COMPARE(fn, op)                                                                   \
    static bool fn(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {      \
        return slice_compare_method(thread, argc, argv, kwnames, op, result);                  \
    }
SLICE_COMPARE(slice_lt_method, COMPARE_LT)
SLICE_COMPARE(slice_le_method, COMPARE_LE)
SLICE_COMPARE(slice_eq_method, COMPARE_EQ)
SLICE_COMPARE(slice_ne_method, COMPARE_NE)
SLICE_COMPARE(slice_gt_method, COMPARE_GT)
SLICE_COMPARE(slice_ge_method, COMPARE_GE)

static bool slice_start_getter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = AS_SLICE(argv[0])->start;
    return true;
}

static bool slice_stop_getter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = AS_SLICE(argv[0])->stop;
    return true;
}

static bool slice_step_getter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = AS_SLICE(argv[0])->step;
    return true;
}

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_method},
    {"__repr__", slice_repr_method},
    {"__lt__", slice_lt_method},
    {"__le__", slice_le_method},
    {"__eq__", slice_eq_method},
    {"__ne__", slice_ne_method},
    {"__gt__", slice_gt_method},
    {"__ge__", slice_ge_method},
    {NULL, NULL},
};

static const MethodDef slice_attributes[] = {
    {"start", slice_start_getter},
    {"stop", slice_stop_getter},
    {"step", slice_step_getter},
    {NULL, NULL},
};

/* Read-only data attributes: a property whose getter is the native function. */
static void range_add_attributes(Thread *thread, Type *type, const MethodDef *getters) {
    for (const MethodDef *def = getters; def->name != NULL; def++) {
        NativeFunction *getter = native_new(thread, def->name, def->function, EMPTY_VALUE);
        Property *property = ALLOCATE_OBJECT(thread, Property, &type_property);
        if (getter == NULL || property == NULL) return;
        property->getter = OBJECT_VALUE(getter);
        property->setter = property->deleter = property->doc = NONE_VALUE;
        dict_set_c(thread, type->dict, def->name, OBJECT_VALUE(property));
    }
}

void range_init_type(Thread *thread) {
    type_ready(thread, &type_range);
    type_add_methods(thread, &type_range, range_methods);
    range_add_attributes(thread, &type_range, range_attributes);
    type_ready(thread, &type_range_iterator);
    type_add_methods(thread, &type_range_iterator, range_iterator_methods);
    type_ready(thread, &type_slice);
    type_add_methods(thread, &type_slice, slice_methods);
    range_add_attributes(thread, &type_slice, slice_attributes);
    dict_set_str(thread, type_slice.dict, thread->runtime->names.hash, NONE_VALUE); /* unhashable */
}
