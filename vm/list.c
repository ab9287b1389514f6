/* list.c: the list type and its two iterators.
 *
 * A list keeps its items in a malloc'd array that grows by about 1/8 plus a
 * little (CPython's policy), so append is amortised O(1); the array's size
 * is reported to the collector with gc_account. Sorting lives in
 * list_sort.c; what list shares with tuple (comparison, repr, index/count,
 * the iterator) lives in tuple.c. */
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
#include "range.h"
#include "str.h"
#include "tuple.h"

static void list_trace(Object *object, GcTracer *tracer);
static size_t list_finalize(Runtime *runtime, Object *object);
static bool list_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_list = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "list",
    .base = &type_object,
    .instance_size = sizeof(List),
    .flags = TYPE_BASETYPE,
    .trace = list_trace,
    .finalize = list_finalize,
    .new_instance = list_new_instance, /* list(...) */
};

Type type_list_iterator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "list_iterator",
    .base = &type_object,
    .instance_size = sizeof(SequenceIterator),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = sequence_iterator_trace,
};

Type type_list_reverse_iterator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "list_reverseiterator",
    .base = &type_object,
    .instance_size = sizeof(SequenceIterator),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = sequence_iterator_trace,
};

/* ---- Storage ---- */

/* Resize the items array to exactly `capacity` slots, telling the collector. */
static bool list_set_capacity(Thread *thread, List *list, size_t capacity) {
    if (capacity > SIZE_MAX / sizeof(Value)) return error_no_memory(thread);
    if (capacity == 0) {
        free(list->items);
        list->items = NULL;
    } else {
        Value *items = realloc(list->items, capacity * sizeof(Value));
        if (items == NULL) return error_no_memory(thread);
        list->items = items;
    }
    gc_account(thread->runtime, ((long long)capacity - (long long)list->capacity) * (long long)sizeof(Value));
    list->capacity = capacity;
    return true;
}

bool list_reserve(Thread *thread, List *list, size_t capacity) {
    if (capacity <= list->capacity) return true;
    size_t grown = capacity + (capacity >> 3) + (capacity < 9 ? 3 : 6);
    return list_set_capacity(thread, list, grown);
}

void list_move_items(List *from, List *to) {
    to->items = from->items;
    to->count = from->count;
    to->capacity = from->capacity;
    from->items = NULL;
    from->count = 0;
    from->capacity = 0;
}

static List *list_allocate(Thread *thread, Type *type, size_t capacity) {
    size_t size = type->instance_size > sizeof(List) ? type->instance_size : sizeof(List);
    List *list = (List *)object_allocate(thread, type, size);
    if (list == NULL) return NULL;
    if (capacity > 0 && !list_set_capacity(thread, list, capacity)) return NULL;
    return list;
}

List *list_new(Thread *thread, size_t capacity) { return list_allocate(thread, &type_list, capacity); }

List *list_from_array(Thread *thread, const Value *items, size_t count) {
    List *list = list_new(thread, count);
    if (list == NULL) return NULL;
    if (count > 0) memcpy(list->items, items, count * sizeof(Value));
    list->count = count;
    return list;
}

bool list_append(Thread *thread, List *list, Value item) {
    if (list->count == list->capacity && !list_reserve(thread, list, list->count + 1)) return false;
    list->items[list->count++] = item;
    return true;
}

/* Append a C array (which may be the list's own items: it is read once, after growing). */
static bool list_append_array(Thread *thread, List *list, Value sequence) {
    Value *items;
    size_t count;
    sequence_items(sequence, &items, &count);
    if (count == 0) return true; /* items may be NULL */
    if (!list_reserve(thread, list, list->count + count)) return false;
    sequence_items(sequence, &items, &count);
    memmove(list->items + list->count, items, count * sizeof(Value));
    list->count += count;
    return true;
}

bool list_extend(Thread *thread, List *list, Value iterable) {
    if (value_is_instance(iterable, &type_list) || value_is_instance(iterable, &type_tuple))
        return list_append_array(thread, list, iterable);
    /* A Python __iter__ or __next__ may collect: the list may be fresh
     * (list(iterable)), so it is rooted before the first call. */
    if (!gc_push_root(thread, OBJECT_VALUE(list))) return false;
    Value iterator;
    if (!object_get_iter(thread, iterable, &iterator) || !gc_push_root(thread, iterator)) {
        gc_pop_roots(thread, 1);
        return false;
    }
    bool ok = true;
    for (;;) {
        Value item;
        if (!object_iter_next(thread, iterator, &item)) {
            ok = false;
            break;
        }
        if (IS_EMPTY(item)) break;
        if (!list_append(thread, list, item)) {
            ok = false;
            break;
        }
    }
    gc_pop_roots(thread, 2);
    return ok;
}

static void list_trace(Object *object, GcTracer *tracer) {
    List *list = (List *)object;
    gc_mark_values(tracer, list->items, list->count);
}

/* The collector frees the object itself; give back the array (its size was accounted). */
static size_t list_finalize(Runtime *runtime, Object *object) {
    (void)runtime;
    List *list = (List *)object;
    free(list->items);
    list->items = NULL;
    return list->capacity * sizeof(Value);
}

/* ---- Construction: list.__new__ and list.__init__ ---- */

/* Check list(...)'s arguments: at most one positional, no keywords. */
static bool list_check_init_args(Thread *thread, int given, Tuple *kwnames) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "list() takes no keyword arguments");
    if (given > 1) return error_set(thread, &type_TypeError, "list expected at most 1 argument, got %d", given);
    return true;
}

/* list(iterable) for the exact type is filled here (its __init__ then does
 * nothing); a subclass gets an empty list that list.__init__ fills, as in
 * CPython where __new__ ignores its arguments. */
static bool list_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Type *type = (Type *)AS_OBJECT(argv[0]);
    List *list = list_allocate(thread, type, 0);
    if (list == NULL) return false;
    if (type == &type_list) {
        int given = argc - 1;
        if (!list_check_init_args(thread, given, kwnames)) return false;
        if (given == 1 && !list_extend(thread, list, argv[1])) return false;
    }
    *result = OBJECT_VALUE(list);
    return true;
}

static bool list_init_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    int given = argc - 1;
    if (!list_check_init_args(thread, given, kwnames)) return false;
    *result = NONE_VALUE;
    if (value_is_exact(argv[0], &type_list)) return true; /* filled by list_new_instance */
    List *list = AS_LIST(argv[0]);
    list->count = 0;
    return given == 0 || list_extend(thread, list, argv[1]);
}

/* ---- Indexing ---- */

/* Resolve an integer subscript to a position in [0, count), or raise IndexError with `message`. */
static bool list_position(Thread *thread, List *list, Value key, const char *message, size_t *position) {
    int64_t index;
    if (!sequence_index(thread, key, "list", &index)) return false;
    if (index < 0) index += (int64_t)list->count;
    if (index < 0 || index >= (int64_t)list->count) {
        error_set(thread, &type_IndexError, "%s", message);
        return false;
    }
    *position = (size_t)index;
    return true;
}

static bool list_getitem_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.__getitem__", kwnames, argc - 1, 1, 1)) return false;
    List *list = AS_LIST(argv[0]);
    if (value_is_exact(argv[1], &type_slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(thread, AS_SLICE(argv[1]), (int64_t)list->count, &start, &stop, &step, &count))
            return false;
        List *slice = list_new(thread, (size_t)count);
        if (slice == NULL) return false;
        for (int64_t i = 0; i < count; i++) slice->items[i] = list->items[start + i * step];
        slice->count = (size_t)count;
        *result = OBJECT_VALUE(slice);
        return true;
    }
    size_t position;
    if (!list_position(thread, list, argv[1], "list index out of range", &position)) return false;
    *result = list->items[position];
    return true;
}

/* Replace items [start, stop) by `count` new values (step-1 slice assignment and deletion). */
static bool list_replace_range(Thread *thread, List *list, size_t start, size_t stop, const Value *values,
                               size_t count) {
    size_t removed = stop - start;
    if (count > removed && !list_reserve(thread, list, list->count + count - removed)) return false;
    memmove(list->items + start + count, list->items + stop, (list->count - stop) * sizeof(Value));
    if (count > 0) memcpy(list->items + start, values, count * sizeof(Value));
    list->count = list->count - removed + count;
    return true;
}

/* Delete the extended slice start, start+step, ... (count items), compacting in place. */
static void list_delete_extended(List *list, int64_t start, int64_t step, int64_t count) {
    if (step < 0) { /* walk it forwards: same items, ascending */
        start = start + (count - 1) * step;
        step = -step;
    }
    size_t write = (size_t)start;
    for (size_t read = (size_t)start; read < list->count; read++) {
        bool doomed = (int64_t)read >= start && (((int64_t)read - start) % step == 0) &&
                      ((int64_t)read - start) / step < count;
        if (!doomed) list->items[write++] = list->items[read];
    }
    list->count = write;
}

/* The right-hand side of a slice assignment as a tuple (copied first, so
 * `a[:] = a` works), with CPython's messages for non-iterables. */
static bool list_assigned_values(Thread *thread, Value value, bool extended, Tuple **values) {
    Names *names = &thread->runtime->names;
    Type *type = value_type(value);
    if (IS_EMPTY(type_lookup(type, names->iter)) && IS_EMPTY(type_lookup(type, names->getitem)))
        return error_set(thread, &type_TypeError, "%s",
                         extended ? "must assign iterable to extended slice" : "can only assign an iterable");
    if (value_is_instance(value, &type_list)) {
        *values = tuple_from_array(thread, AS_LIST(value)->items, AS_LIST(value)->count);
        return *values != NULL;
    }
    return tuple_from_iterable(thread, value, values);
}

static bool list_assign_slice(Thread *thread, List *list, Slice *slice, Value value) {
    int64_t start, stop, step, count;
    if (!slice_indices(thread, slice, (int64_t)list->count, &start, &stop, &step, &count)) return false;
    Tuple *values;
    if (!list_assigned_values(thread, value, step != 1, &values)) return false;
    /* Python code may have run: re-resolve against the current length. */
    if (!slice_indices(thread, slice, (int64_t)list->count, &start, &stop, &step, &count)) return false;
    if (step == 1) {
        if (stop < start) stop = start;
        return list_replace_range(thread, list, (size_t)start, (size_t)stop, values->items, values->count);
    }
    if ((int64_t)values->count != count)
        return error_set(thread, &type_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                         values->count, (long long)count);
    for (int64_t i = 0; i < count; i++) list->items[start + i * step] = values->items[i];
    return true;
}

static bool list_setitem_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.__setitem__", kwnames, argc - 1, 2, 2)) return false;
    List *list = AS_LIST(argv[0]);
    *result = NONE_VALUE;
    if (value_is_exact(argv[1], &type_slice)) return list_assign_slice(thread, list, AS_SLICE(argv[1]), argv[2]);
    size_t position;
    if (!list_position(thread, list, argv[1], "list assignment index out of range", &position)) return false;
    list->items[position] = argv[2];
    return true;
}

static bool list_delitem_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.__delitem__", kwnames, argc - 1, 1, 1)) return false;
    List *list = AS_LIST(argv[0]);
    *result = NONE_VALUE;
    if (value_is_exact(argv[1], &type_slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(thread, AS_SLICE(argv[1]), (int64_t)list->count, &start, &stop, &step, &count))
            return false;
        if (count == 0) return true;
        if (step == 1) return list_replace_range(thread, list, (size_t)start, (size_t)stop, NULL, 0);
        list_delete_extended(list, start, step, count);
        return true;
    }
    size_t position;
    if (!list_position(thread, list, argv[1], "list assignment index out of range", &position)) return false;
    return list_replace_range(thread, list, position, position + 1, NULL, 0);
}

/* ---- Methods ---- */

static bool list_len_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE((int64_t)AS_LIST(argv[0])->count);
    return true;
}

static bool list_contains_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.__contains__", kwnames, argc - 1, 1, 1)) return false;
    int64_t found;
    if (!sequence_find(thread, argv[0], argv[1], 0, INT64_MAX, &found)) return false;
    *result = BOOL_VALUE(found >= 0);
    return true;
}

/* __iter__ and __reversed__: a reverse iterator keeps index + 1. */
static bool list_make_iterator(Thread *thread, Value list, bool reverse, Value *result) {
    SequenceIterator *iterator =
        reverse ? sequence_iterator_new(thread, &type_list_reverse_iterator, list, AS_LIST(list)->count)
                : sequence_iterator_new(thread, &type_list_iterator, list, 0);
    if (iterator == NULL) return false;
    *result = OBJECT_VALUE(iterator);
    return true;
}

static bool list_iter_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    return list_make_iterator(thread, argv[0], false, result);
}

static bool list_reversed_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.__reversed__", kwnames, argc - 1, 0, 0)) return false;
    return list_make_iterator(thread, argv[0], true, result);
}

static bool list_append_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.append", kwnames, argc - 1, 1, 1)) return false;
    *result = NONE_VALUE;
    return list_append(thread, AS_LIST(argv[0]), argv[1]);
}

static bool list_extend_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.extend", kwnames, argc - 1, 1, 1)) return false;
    *result = NONE_VALUE;
    return list_extend(thread, AS_LIST(argv[0]), argv[1]);
}

static bool list_insert_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "insert", kwnames, argc - 1, 2, 2)) return false;
    List *list = AS_LIST(argv[0]);
    int64_t index;
    if (!sequence_is_index(thread, argv[1]))
        return error_set(thread, &type_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(argv[1]));
    if (!value_as_index(thread, argv[1], &index)) return false;
    if (index < 0) index += (int64_t)list->count;
    if (index < 0) index = 0;
    if (index > (int64_t)list->count) index = (int64_t)list->count;
    *result = NONE_VALUE;
    return list_replace_range(thread, list, (size_t)index, (size_t)index, &argv[2], 1);
}

static bool list_pop_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "pop", kwnames, argc - 1, 0, 1)) return false;
    List *list = AS_LIST(argv[0]);
    int64_t index = -1;
    if (argc > 1) {
        if (!sequence_is_index(thread, argv[1]))
            return error_set(thread, &type_TypeError, "'%s' object cannot be interpreted as an integer",
                             value_type_name(argv[1]));
        if (!value_as_index(thread, argv[1], &index)) return false;
    }
    if (list->count == 0) return error_set(thread, &type_IndexError, "pop from empty list");
    if (index < 0) index += (int64_t)list->count;
    if (index < 0 || index >= (int64_t)list->count) return error_set(thread, &type_IndexError, "pop index out of range");
    *result = list->items[index];
    return list_replace_range(thread, list, (size_t)index, (size_t)index + 1, NULL, 0);
}

static bool list_remove_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.remove", kwnames, argc - 1, 1, 1)) return false;
    int64_t found;
    if (!sequence_find(thread, argv[0], argv[1], 0, INT64_MAX, &found)) return false;
    if (found < 0) return error_set(thread, &type_ValueError, "list.remove(x): x not in list");
    *result = NONE_VALUE;
    return list_replace_range(thread, AS_LIST(argv[0]), (size_t)found, (size_t)found + 1, NULL, 0);
}

static bool list_index_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    int64_t found;
    if (!sequence_index_method(thread, argc, argv, kwnames, "list.index", &found)) return false;
    if (found < 0) {
        Str *repr;
        if (!object_repr(thread, argv[1], &repr)) return false;
        return error_set(thread, &type_ValueError, "%s is not in list", repr->chars);
    }
    *result = INT_VALUE(found);
    return true;
}

static bool list_count_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.count", kwnames, argc - 1, 1, 1)) return false;
    int64_t count;
    if (!sequence_count(thread, argv[0], argv[1], &count)) return false;
    *result = INT_VALUE(count);
    return true;
}

static bool list_reverse_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.reverse", kwnames, argc - 1, 0, 0)) return false;
    List *list = AS_LIST(argv[0]);
    for (size_t i = 0, j = list->count; i + 1 < j; i++, j--) {
        Value swap = list->items[i];
        list->items[i] = list->items[j - 1];
        list->items[j - 1] = swap;
    }
    *result = NONE_VALUE;
    return true;
}

static bool list_copy_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.copy", kwnames, argc - 1, 0, 0)) return false;
    List *copy = list_from_array(thread, AS_LIST(argv[0])->items, AS_LIST(argv[0])->count);
    if (copy == NULL) return false;
    *result = OBJECT_VALUE(copy);
    return true;
}

static bool list_clear_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.clear", kwnames, argc - 1, 0, 0)) return false;
    List *list = AS_LIST(argv[0]);
    list->count = 0;
    *result = NONE_VALUE;
    return list_set_capacity(thread, list, 0);
}

/* list.sort(*, key=None, reverse=False): keyword-only arguments. */
static bool list_sort_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    int keyword_count = kwnames != NULL ? (int)kwnames->count : 0;
    int given = argc - 1;
    if (given > 0) return error_set(thread, &type_TypeError, "sort() takes no positional arguments");
    Names *names = &thread->runtime->names;
    Value key = EMPTY_VALUE;
    bool reverse = false;
    for (int i = 0; i < keyword_count; i++) {
        Str *name = AS_STR(kwnames->items[i]);
        Value value = argv[argc + i];
        if (str_equal(name, names->key)) {
            if (!IS_NONE(value)) key = value;
        } else if (str_equal(name, names->reverse)) {
            if (!object_truthy(thread, value, &reverse)) return false;
        } else {
            return error_set(thread, &type_TypeError, "'%s' is an invalid keyword argument for sort()", name->chars);
        }
    }
    *result = NONE_VALUE;
    return list_sort(thread, AS_LIST(argv[0]), key, reverse);
}

/* ---- Operators ---- */

static bool list_add_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.__add__", kwnames, argc - 1, 1, 1)) return false;
    if (!value_is_instance(argv[1], &type_list))
        return error_set(thread, &type_TypeError, "can only concatenate list (not \"%s\") to list",
                         value_type_name(argv[1]));
    List *a = AS_LIST(argv[0]), *b = AS_LIST(argv[1]);
    List *sum = list_from_array(thread, a->items, a->count);
    if (sum == NULL || !list_append_array(thread, sum, OBJECT_VALUE(b))) return false;
    *result = OBJECT_VALUE(sum);
    return true;
}

static bool list_iadd_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.__iadd__", kwnames, argc - 1, 1, 1)) return false;
    if (!list_extend(thread, AS_LIST(argv[0]), argv[1])) return false;
    *result = argv[0];
    return true;
}

/* Repeat `list`'s items `times` times into `target` (which may be the list itself). */
static bool list_repeat_into(Thread *thread, List *list, int64_t times, List *target) {
    size_t count = list->count;
    if (count > 0 && (uint64_t)times > SIZE_MAX / sizeof(Value) / count) return error_no_memory(thread);
    size_t total = count * (size_t)times;
    if (!list_reserve(thread, target, total)) return false;
    if (total > 0) {
        if (target != list) memcpy(target->items, list->items, count * sizeof(Value));
        for (int64_t t = 1; t < times; t++) memcpy(target->items + (size_t)t * count, target->items, count * sizeof(Value));
    }
    target->count = total;
    return true;
}

static bool list_mul_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.__mul__", kwnames, argc - 1, 1, 1)) return false;
    int64_t times;
    int status = sequence_repeat_count(thread, argv[1], &times);
    if (status <= 0) {
        *result = NOT_IMPLEMENTED_VALUE;
        return status == 0;
    }
    List *repeated = list_new(thread, 0);
    if (repeated == NULL || !list_repeat_into(thread, AS_LIST(argv[0]), times, repeated)) return false;
    *result = OBJECT_VALUE(repeated);
    return true;
}

static bool list_imul_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "list.__imul__", kwnames, argc - 1, 1, 1)) return false;
    int64_t times;
    int status = sequence_repeat_count(thread, argv[1], &times);
    if (status <= 0) {
        *result = NOT_IMPLEMENTED_VALUE;
        return status == 0;
    }
    if (!list_repeat_into(thread, AS_LIST(argv[0]), times, AS_LIST(argv[0]))) return false;
    *result = argv[0];
    return true;
}

/* The six rich comparisons: NotImplemented unless both are lists. */
static bool list_compare_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, CompareOperator op,
                                Value *result) {
    if (!container_check_args(thread, "list.__eq__", kwnames, argc - 1, 1, 1)) return false;
    if (!value_is_instance(argv[1], &type_list)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    return sequence_compare(thread, argv[0], argv[1], op, result);
}

#define LIST_COMPARE(fn, op)                                                                    \
    static bool fn(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {      \
        return list_compare_method(thread, argc, argv, kwnames, op, result);                   \
    }
LIST_COMPARE(list_lt_method, COMPARE_LT)
LIST_COMPARE(list_le_method, COMPARE_LE)
LIST_COMPARE(list_eq_method, COMPARE_EQ)
LIST_COMPARE(list_ne_method, COMPARE_NE)
LIST_COMPARE(list_gt_method, COMPARE_GT)
LIST_COMPARE(list_ge_method, COMPARE_GE)

static bool list_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    if (AS_LIST(argv[0])->count == 0) {
        Str *text = str_from_c(thread, "[]");
        if (text == NULL) return false;
        *result = OBJECT_VALUE(text);
        return true;
    }
    return sequence_repr(thread, argv[0], "[", "]", result);
}

static const MethodDef list_methods[] = {
    {"__init__", list_init_method},
    {"__len__", list_len_method},
    {"__getitem__", list_getitem_method},
    {"__setitem__", list_setitem_method},
    {"__delitem__", list_delitem_method},
    {"__contains__", list_contains_method},
    {"__iter__", list_iter_method},
    {"__reversed__", list_reversed_method},
    {"__add__", list_add_method},
    {"__iadd__", list_iadd_method},
    {"__mul__", list_mul_method},
    {"__rmul__", list_mul_method},
    {"__imul__", list_imul_method},
    {"__lt__", list_lt_method},
    {"__le__", list_le_method},
    {"__eq__", list_eq_method},
    {"__ne__", list_ne_method},
    {"__gt__", list_gt_method},
    {"__ge__", list_ge_method},
    {"__repr__", list_repr_method},
    {"append", list_append_method},
    {"extend", list_extend_method},
    {"insert", list_insert_method},
    {"pop", list_pop_method},
    {"remove", list_remove_method},
    {"index", list_index_method},
    {"count", list_count_method},
    {"reverse", list_reverse_method},
    {"copy", list_copy_method},
    {"clear", list_clear_method},
    {"sort", list_sort_method},
    {NULL, NULL},
};

void list_init_type(Thread *thread) {
    type_ready(thread, &type_list);
    type_add_methods(thread, &type_list, list_methods);
    dict_set_str(thread, type_list.dict, thread->runtime->names.hash, NONE_VALUE); /* unhashable */
    type_ready(thread, &type_list_iterator);
    type_add_methods(thread, &type_list_iterator, sequence_iterator_methods);
    type_ready(thread, &type_list_reverse_iterator);
    type_add_methods(thread, &type_list_reverse_iterator, sequence_iterator_methods);
}
