/* tuple.c: the tuple type, its iterator, and the helpers every sequence
 * shares (index conversion, lexicographic comparison, repr, count/index,
 * argument checks).
 *
 * A tuple stores its items inline after the header. The hash is CPython
 * 3.11's xxHash-style combine, so tuples land in the same set slots as in
 * CPython and sets of tuples iterate in the same order. */
#include <string.h>

#include "class.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "range.h"
#include "str.h"
#include "tuple.h"

static void tuple_trace(Object *object, GcTracer *tracer);
static bool tuple_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_tuple = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "tuple",
    .base = &type_object,
    .instance_size = sizeof(Tuple),
    .flags = TYPE_BASETYPE,
    .trace = tuple_trace,
    .new_instance = tuple_new_instance, /* tuple(iterable) */
};

Type type_tuple_iterator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "tuple_iterator",
    .base = &type_object,
    .instance_size = sizeof(SequenceIterator),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = sequence_iterator_trace,
};

/* ---- Construction ---- */

static Tuple *tuple_allocate(Thread *thread, Type *type, size_t count) {
    if (count > (SIZE_MAX - sizeof(Tuple)) / sizeof(Value)) {
        error_no_memory(thread);
        return NULL;
    }
    Tuple *tuple = (Tuple *)object_allocate(thread, type, sizeof(Tuple) + count * sizeof(Value));
    if (tuple == NULL) return NULL;
    tuple->count = count;
    for (size_t i = 0; i < count; i++) tuple->items[i] = NONE_VALUE;
    return tuple;
}

Tuple *tuple_new(Thread *thread, size_t count) {
    if (count == 0 && thread->runtime->empty_tuple != NULL) return thread->runtime->empty_tuple;
    return tuple_allocate(thread, &type_tuple, count);
}

Tuple *tuple_from_array(Thread *thread, const Value *items, size_t count) {
    Tuple *tuple = tuple_new(thread, count);
    if (tuple == NULL) return NULL;
    if (count > 0) memcpy(tuple->items, items, count * sizeof(Value));
    return tuple;
}

/* tuple(iterable): lists and tuples are copied directly, anything else is
 * gathered into a temporary list first (its length is unknown). */
bool tuple_from_iterable(Thread *thread, Value iterable, Tuple **result) {
    if (value_is_exact(iterable, &type_tuple)) {
        *result = AS_TUPLE(iterable);
        return true;
    }
    if (value_is_instance(iterable, &type_list) || value_is_instance(iterable, &type_tuple)) {
        Value *items;
        size_t count;
        sequence_items(iterable, &items, &count);
        *result = tuple_from_array(thread, items, count);
        return *result != NULL;
    }
    List *list = list_new(thread, 0);
    if (list == NULL || !gc_push_root(thread, OBJECT_VALUE(list))) return false;
    bool ok = list_extend(thread, list, iterable);
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    *result = tuple_from_array(thread, list->items, list->count);
    return *result != NULL;
}

/* tuple.__new__: tuple() or tuple(iterable); a subclass gets a fresh copy of its own type. */
static bool tuple_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Type *type = (Type *)AS_OBJECT(argv[0]);
    if (type == &type_tuple && kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "tuple() takes no keyword arguments");
    int given = argc - 1;
    if (given > 1) return error_set(thread, &type_TypeError, "tuple expected at most 1 argument, got %d", given);
    Tuple *tuple = thread->runtime->empty_tuple;
    if (given == 1 && !tuple_from_iterable(thread, argv[1], &tuple)) return false;
    if (type != &type_tuple) {
        Tuple *copy = tuple_allocate(thread, type, tuple->count);
        if (copy == NULL) return false;
        if (tuple->count > 0) memcpy(copy->items, tuple->items, tuple->count * sizeof(Value));
        tuple = copy;
    }
    *result = OBJECT_VALUE(tuple);
    return true;
}

static void tuple_trace(Object *object, GcTracer *tracer) {
    Tuple *tuple = (Tuple *)object;
    gc_mark_values(tracer, tuple->items, tuple->count);
}

/* ---- Hash ---- */

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

/* CPython 3.11's tuple hash: each item's hash is mixed into an xxHash-like
 * accumulator, then the length; -1 is reserved and becomes 1546275796. */
bool tuple_hash(Thread *thread, Tuple *tuple, int64_t *hash) {
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < tuple->count; i++) {
        int64_t lane;
        if (!object_hash(thread, tuple->items[i], &lane)) return false;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)tuple->count ^ (XXPRIME_5 ^ 3527539ULL);
    *hash = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    return true;
}

/* ---- Helpers shared by the sequences ---- */

void sequence_items(Value sequence, Value **items, size_t *count) {
    if (value_is_instance(sequence, &type_list)) {
        *items = AS_LIST(sequence)->items;
        *count = AS_LIST(sequence)->count;
    } else {
        *items = AS_TUPLE(sequence)->items;
        *count = AS_TUPLE(sequence)->count;
    }
}

bool sequence_is_index(Thread *thread, Value value) {
    if (IS_INT(value) || IS_BOOL(value)) return true;
    if (!IS_OBJECT(value)) return false;
    return !IS_EMPTY(type_lookup(value_type(value), thread->runtime->names.index));
}

bool sequence_index(Thread *thread, Value key, const char *type_name, int64_t *index) {
    if (IS_INT(key)) {
        *index = AS_INT(key);
        return true;
    }
    if (!sequence_is_index(thread, key))
        return error_set(thread, &type_TypeError, "%s indices must be integers or slices, not %s", type_name,
                         value_type_name(key));
    return value_as_index(thread, key, index);
}

/* Compare the lengths of two sequences with `op` (used once all shared items are equal). */
static bool sequence_compare_lengths(size_t a, size_t b, CompareOperator op) {
    switch (op) {
    case COMPARE_LT: return a < b;
    case COMPARE_LE: return a <= b;
    case COMPARE_EQ: return a == b;
    case COMPARE_NE: return a != b;
    case COMPARE_GT: return a > b;
    case COMPARE_GE: return a >= b;
    }
    return false;
}

/* As CPython: find the first index where the items differ (by ==), then
 * the answer is the lengths' comparison if none differ, else the items'
 * comparison with `op`. Items are re-read on every step because a user
 * __eq__ may change a list under us. */
bool sequence_compare(Thread *thread, Value a, Value b, CompareOperator op, Value *result) {
    if (!gc_push_root(thread, a)) return false;
    if (!gc_push_root(thread, b)) {
        gc_pop_roots(thread, 1);
        return false;
    }
    bool ok = true;
    size_t i = 0;
    for (;; i++) {
        Value *items_a, *items_b;
        size_t count_a, count_b;
        sequence_items(a, &items_a, &count_a);
        sequence_items(b, &items_b, &count_b);
        if (i >= count_a || i >= count_b) {
            if ((op == COMPARE_EQ || op == COMPARE_NE) && i == 0 && count_a != count_b) {
                *result = BOOL_VALUE(op == COMPARE_NE);
                break;
            }
            *result = BOOL_VALUE(sequence_compare_lengths(count_a, count_b, op));
            break;
        }
        Value x = items_a[i], y = items_b[i];
        bool equal;
        if (!object_equal(thread, x, y, &equal)) {
            ok = false;
            break;
        }
        if (equal) continue;
        if (op == COMPARE_EQ || op == COMPARE_NE) {
            *result = BOOL_VALUE(op == COMPARE_NE);
            break;
        }
        ok = object_compare(thread, x, y, op, result);
        break;
    }
    gc_pop_roots(thread, 2);
    return ok;
}

bool sequence_repr(Thread *thread, Value sequence, const char *open, const char *close, Value *result) {
    int status = object_repr_enter(thread, sequence);
    if (status < 0) return false;
    if (status > 0) {
        Str *text = str_printf(thread, "%s...%s", open, close);
        if (text == NULL) return false;
        *result = OBJECT_VALUE(text);
        return true;
    }
    StringBuilder builder;
    builder_init(&builder);
    builder_append_c(&builder, open);
    bool rooted = gc_push_root(thread, sequence), ok = rooted;
    for (size_t i = 0; ok; i++) {
        Value *items;
        size_t count;
        sequence_items(sequence, &items, &count);
        if (i >= count) break;
        Str *item;
        if (!object_repr(thread, items[i], &item)) {
            ok = false;
            break;
        }
        if (i > 0) builder_append(&builder, ", ", 2);
        builder_append_str(&builder, item);
    }
    if (rooted) gc_pop_roots(thread, 1); /* also when an item's repr failed */
    object_repr_leave(thread, sequence);
    if (!ok) {
        builder_free(&builder);
        return false;
    }
    builder_append_c(&builder, close);
    Str *text = builder_finish(thread, &builder);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* Is items[i] == item? Identity and small immediates first, as CPython's
 * PyObject_RichCompareBool does, before a possible call into Python. */
static bool sequence_item_equal(Thread *thread, Value sequence, Value candidate, Value item, bool *equal) {
    if (value_is(candidate, item)) {
        *equal = true;
        return true;
    }
    if (!gc_push_root(thread, sequence)) return false;
    bool ok = object_equal(thread, candidate, item, equal);
    gc_pop_roots(thread, 1);
    return ok;
}

bool sequence_find(Thread *thread, Value sequence, Value item, int64_t start, int64_t stop, int64_t *found) {
    *found = -1;
    for (int64_t i = start; i < stop; i++) {
        Value *items;
        size_t count;
        sequence_items(sequence, &items, &count);
        if ((size_t)i >= count) break;
        bool equal;
        if (!sequence_item_equal(thread, sequence, items[i], item, &equal)) return false;
        if (equal) {
            *found = i;
            return true;
        }
    }
    return true;
}

bool sequence_count(Thread *thread, Value sequence, Value item, int64_t *count) {
    *count = 0;
    for (size_t i = 0;; i++) {
        Value *items;
        size_t length;
        sequence_items(sequence, &items, &length);
        if (i >= length) break;
        bool equal;
        if (!sequence_item_equal(thread, sequence, items[i], item, &equal)) return false;
        if (equal) (*count)++;
    }
    return true;
}

/* A start/stop argument of index(): an __index__ value clamped as CPython's
 * _PyEval_SliceIndexNotNone does, then made relative to the length. */
static bool sequence_bound(Thread *thread, Value value, size_t length, int64_t *bound) {
    if (!sequence_is_index(thread, value))
        return error_set(thread, &type_TypeError, "slice indices must be integers or have an __index__ method");
    if (!value_as_index(thread, value, bound)) return false;
    if (*bound < 0) {
        *bound += (int64_t)length;
        if (*bound < 0) *bound = 0;
    }
    return true;
}

bool sequence_index_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name,
                           int64_t *found) {
    if (!container_check_args(thread, name, kwnames, argc - 1, 1, 3)) return false;
    Value *items;
    size_t length;
    sequence_items(argv[0], &items, &length);
    int64_t start = 0, stop = INT64_MAX;
    if (argc > 2 && !sequence_bound(thread, argv[2], length, &start)) return false;
    if (argc > 3 && !sequence_bound(thread, argv[3], length, &stop)) return false;
    return sequence_find(thread, argv[0], argv[1], start, stop, found);
}

bool container_check_args(Thread *thread, const char *name, Tuple *kwnames, int given, int min, int max) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "%s() takes no keyword arguments", name);
    if (given >= min && given <= max) return true;
    if (max == 0) return error_set(thread, &type_TypeError, "%s() takes no arguments (%d given)", name, given);
    if (min == 1 && max == 1)
        return error_set(thread, &type_TypeError, "%s() takes exactly one argument (%d given)", name, given);
    const char *dot = strrchr(name, '.');
    const char *short_name = dot != NULL ? dot + 1 : name;
    /* CPython's slot wrappers (__setitem__...) name no function: " expected 2 arguments, got 1". */
    if (strncmp(short_name, "__", 2) == 0) short_name = "";
    int bound = given < min ? min : max;
    const char *which = min == max ? "" : given < min ? "at least " : "at most ";
    return error_set(thread, &type_TypeError, "%s expected %s%d argument%s, got %d", short_name, which, bound,
                     bound == 1 ? "" : "s", given);
}

bool container_key_error(Thread *thread, Value key) {
    Tuple *args = tuple_from_array(thread, &key, 1);
    if (args == NULL) return false;
    ExceptionObject *exception = exception_new(thread, &type_KeyError, args);
    if (exception == NULL) return false;
    return error_set_object(thread, OBJECT_VALUE(exception));
}

/* ---- The sequence iterator ---- */

SequenceIterator *sequence_iterator_new(Thread *thread, Type *type, Value sequence, size_t index) {
    SequenceIterator *iterator = ALLOCATE_OBJECT(thread, SequenceIterator, type);
    if (iterator == NULL) return NULL;
    iterator->sequence = sequence;
    iterator->index = index;
    return iterator;
}

void sequence_iterator_trace(Object *object, GcTracer *tracer) {
    gc_mark_value(tracer, ((SequenceIterator *)object)->sequence);
}

/* Backwards iterators (list_reverseiterator) keep index + 1, so 0 means done. */
void sequence_iterator_next(Value value, Value *item) {
    SequenceIterator *iterator = (SequenceIterator *)AS_OBJECT(value);
    *item = EMPTY_VALUE;
    if (IS_EMPTY(iterator->sequence)) return;
    Value *items;
    size_t count;
    sequence_items(iterator->sequence, &items, &count);
    if (iterator->header.type == &type_list_reverse_iterator) {
        if (iterator->index > 0 && iterator->index <= count) {
            *item = items[--iterator->index];
            return;
        }
    } else if (iterator->index < count) {
        *item = items[iterator->index++];
        return;
    }
    iterator->sequence = EMPTY_VALUE;
}

bool sequence_iter_self(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = argv[0];
    return true;
}

static bool sequence_iterator_next_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    sequence_iterator_next(argv[0], result);
    if (IS_EMPTY(*result)) return error_set_empty(thread, &type_StopIteration);
    return true;
}

/* __length_hint__ of the sequence iterators. */
static bool sequence_iterator_length_hint(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    SequenceIterator *iterator = (SequenceIterator *)AS_OBJECT(argv[0]);
    int64_t left = 0;
    if (!IS_EMPTY(iterator->sequence)) {
        Value *items;
        size_t count;
        sequence_items(iterator->sequence, &items, &count);
        if (iterator->header.type == &type_list_reverse_iterator)
            left = iterator->index <= count ? (int64_t)iterator->index : 0;
        else
            left = iterator->index < count ? (int64_t)(count - iterator->index) : 0;
    }
    *result = INT_VALUE(left);
    return true;
}

const MethodDef sequence_iterator_methods[] = {
    {"__iter__", sequence_iter_self},
    {"__next__", sequence_iterator_next_method},
    {"__length_hint__", sequence_iterator_length_hint},
    {NULL, NULL},
};

/* ---- tuple methods ---- */

static bool tuple_len_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE((int64_t)AS_TUPLE(argv[0])->count);
    return true;
}

/* tuple[key]: an index (negative counts from the end) or a slice. */
static bool tuple_getitem_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "tuple.__getitem__", kwnames, argc - 1, 1, 1)) return false;
    Tuple *tuple = AS_TUPLE(argv[0]);
    Value key = argv[1];
    if (value_is_exact(key, &type_slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(thread, AS_SLICE(key), (int64_t)tuple->count, &start, &stop, &step, &count)) return false;
        if (step == 1 && count == (int64_t)tuple->count && value_is_exact(argv[0], &type_tuple)) {
            *result = argv[0];
            return true;
        }
        Tuple *slice = tuple_new(thread, (size_t)count);
        if (slice == NULL) return false;
        for (int64_t i = 0; i < count; i++) slice->items[i] = tuple->items[start + i * step];
        *result = OBJECT_VALUE(slice);
        return true;
    }
    int64_t index;
    if (!sequence_index(thread, key, "tuple", &index)) return false;
    if (index < 0) index += (int64_t)tuple->count;
    if (index < 0 || index >= (int64_t)tuple->count)
        return error_set(thread, &type_IndexError, "tuple index out of range");
    *result = tuple->items[index];
    return true;
}

static bool tuple_contains_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "tuple.__contains__", kwnames, argc - 1, 1, 1)) return false;
    int64_t found;
    if (!sequence_find(thread, argv[0], argv[1], 0, INT64_MAX, &found)) return false;
    *result = BOOL_VALUE(found >= 0);
    return true;
}

static bool tuple_iter_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    SequenceIterator *iterator = sequence_iterator_new(thread, &type_tuple_iterator, argv[0], 0);
    if (iterator == NULL) return false;
    *result = OBJECT_VALUE(iterator);
    return true;
}

static bool tuple_add_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "tuple.__add__", kwnames, argc - 1, 1, 1)) return false;
    if (!value_is_instance(argv[1], &type_tuple))
        return error_set(thread, &type_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                         value_type_name(argv[1]));
    Tuple *a = AS_TUPLE(argv[0]), *b = AS_TUPLE(argv[1]);
    Tuple *sum = tuple_new(thread, a->count + b->count);
    if (sum == NULL) return false;
    if (a->count > 0) memcpy(sum->items, a->items, a->count * sizeof(Value));
    if (b->count > 0) memcpy(sum->items + a->count, b->items, b->count * sizeof(Value));
    *result = OBJECT_VALUE(sum);
    return true;
}

/* The repeat count of seq * n, negative counts as 0. A non-integer `n`
 * raises CPython's message unless it is a user class with __rmul__, which
 * deserves its chance (0: answer NotImplemented). 1 ok, -1 error. */
int sequence_repeat_count(Thread *thread, Value n, int64_t *count) {
    if (!sequence_is_index(thread, n)) {
        Type *type = value_type(n);
        if ((type->flags & TYPE_HEAPTYPE) && !IS_EMPTY(type_lookup(type, thread->runtime->names.rmul))) return 0;
        error_set(thread, &type_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(type));
        return -1;
    }
    if (!value_as_index(thread, n, count)) return -1;
    if (*count < 0) *count = 0;
    return 1;
}

/* Fill `out` with `times` copies of items[0..count) (out has room). */
void sequence_repeat_fill(Value *out, const Value *items, size_t count, int64_t times) {
    for (int64_t t = 0; t < times; t++) memcpy(out + (size_t)t * count, items, count * sizeof(Value));
}

static bool tuple_mul_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "tuple.__mul__", kwnames, argc - 1, 1, 1)) return false;
    int64_t times;
    int status = sequence_repeat_count(thread, argv[1], &times);
    if (status <= 0) {
        *result = NOT_IMPLEMENTED_VALUE;
        return status == 0;
    }
    Tuple *tuple = AS_TUPLE(argv[0]);
    if ((times == 1 || tuple->count == 0) && value_is_exact(argv[0], &type_tuple)) {
        *result = argv[0];
        return true;
    }
    if (tuple->count > 0 && (uint64_t)times > SIZE_MAX / sizeof(Value) / tuple->count) return error_no_memory(thread);
    Tuple *repeated = tuple_new(thread, tuple->count * (size_t)times);
    if (repeated == NULL) return false;
    sequence_repeat_fill(repeated->items, tuple->items, tuple->count, times);
    *result = OBJECT_VALUE(repeated);
    return true;
}

/* The six rich comparisons: NotImplemented unless both are tuples. */
static bool tuple_compare_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, CompareOperator op,
                                 Value *result) {
    if (!container_check_args(thread, "tuple.__eq__", kwnames, argc - 1, 1, 1)) return false;
    if (!value_is_instance(argv[1], &type_tuple)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    return sequence_compare(thread, argv[0], argv[1], op, result);
}

#define TUPLE_COMPARE(fn, op)                                                                   \
    static bool fn(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {      \
        return tuple_compare_method(thread, argc, argv, kwnames, op, result);                  \
    }
TUPLE_COMPARE(tuple_lt_method, COMPARE_LT)
TUPLE_COMPARE(tuple_le_method, COMPARE_LE)
TUPLE_COMPARE(tuple_eq_method, COMPARE_EQ)
TUPLE_COMPARE(tuple_ne_method, COMPARE_NE)
TUPLE_COMPARE(tuple_gt_method, COMPARE_GT)
TUPLE_COMPARE(tuple_ge_method, COMPARE_GE)

static bool tuple_hash_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    int64_t hash;
    if (!tuple_hash(thread, AS_TUPLE(argv[0]), &hash)) return false;
    *result = INT_VALUE(hash);
    return true;
}

static bool tuple_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Tuple *tuple = AS_TUPLE(argv[0]);
    if (tuple->count == 0) {
        Str *text = str_from_c(thread, "()");
        if (text == NULL) return false;
        *result = OBJECT_VALUE(text);
        return true;
    }
    return sequence_repr(thread, argv[0], "(", tuple->count == 1 ? ",)" : ")", result);
}

static bool tuple_count_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "tuple.count", kwnames, argc - 1, 1, 1)) return false;
    int64_t count;
    if (!sequence_count(thread, argv[0], argv[1], &count)) return false;
    *result = INT_VALUE(count);
    return true;
}

static bool tuple_index_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    int64_t found;
    if (!sequence_index_method(thread, argc, argv, kwnames, "tuple.index", &found)) return false;
    if (found < 0) return error_set(thread, &type_ValueError, "tuple.index(x): x not in tuple");
    *result = INT_VALUE(found);
    return true;
}

static const MethodDef tuple_methods[] = {
    {"__len__", tuple_len_method},
    {"__getitem__", tuple_getitem_method},
    {"__contains__", tuple_contains_method},
    {"__iter__", tuple_iter_method},
    {"__add__", tuple_add_method},
    {"__mul__", tuple_mul_method},
    {"__rmul__", tuple_mul_method},
    {"__lt__", tuple_lt_method},
    {"__le__", tuple_le_method},
    {"__eq__", tuple_eq_method},
    {"__ne__", tuple_ne_method},
    {"__gt__", tuple_gt_method},
    {"__ge__", tuple_ge_method},
    {"__hash__", tuple_hash_method},
    {"__repr__", tuple_repr_method},
    {"count", tuple_count_method},
    {"index", tuple_index_method},
    {NULL, NULL},
};

void tuple_init_type(Thread *thread) {
    if (thread->runtime->empty_tuple == NULL) thread->runtime->empty_tuple = tuple_allocate(thread, &type_tuple, 0);
    type_ready(thread, &type_tuple);
    type_add_methods(thread, &type_tuple, tuple_methods);
    type_ready(thread, &type_tuple_iterator);
    type_add_methods(thread, &type_tuple_iterator, sequence_iterator_methods);
}
