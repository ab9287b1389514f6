/* builtins_iter.c: the lazy iterator types of the builtins: enumerate, zip,
 * map, filter, reversed, and callable_iterator (iter(callable, sentinel)).
 *
 * Each is a static type whose constructor (new_instance) checks arguments as
 * CPython does and whose __next__ pulls from the underlying iterators
 * through the generic protocol (ops.h). __next__ raises StopIteration when
 * done. A fresh tuple being filled is rooted while Python code can run. */
#include "builtins.h"

#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

typedef struct Enumerate {
    Object header;
    Value iterator; /* the underlying iterator */
    Value count;    /* the next index (an int) */
} Enumerate;

typedef struct Zip {
    Object header;
    Tuple *iterators; /* one per argument */
    bool strict;      /* zip(..., strict=True) */
} Zip;

typedef struct Map {
    Object header;
    Value function;
    Tuple *iterators;
} Map;

typedef struct Filter {
    Object header;
    Value function; /* None: keep the truthy items */
    Value iterator;
} Filter;

typedef struct Reversed {
    Object header;
    Value sequence; /* EMPTY once exhausted */
    int64_t index;  /* the next index to fetch, counting down */
} Reversed;

typedef struct CallableIterator {
    Object header;
    Value callable; /* EMPTY once the sentinel was seen */
    Value sentinel;
} CallableIterator;

static bool stop_iteration(Thread *thread) { return error_set_empty(thread, &type_StopIteration); }

/* A fresh tuple holding iter(x) of each of argv's values. */
static Tuple *iterators_of(Thread *thread, int argc, Value *argv) {
    Tuple *iterators = tuple_new(thread, (size_t)argc);
    if (iterators == NULL || !gc_push_root(thread, OBJECT_VALUE(iterators))) return NULL;
    bool ok = true;
    for (int i = 0; i < argc && ok; i++) ok = object_get_iter(thread, argv[i], &iterators->items[i]);
    gc_pop_roots(thread, 1);
    return ok ? iterators : NULL;
}

/* __iter__ of every iterator here: itself. */
static bool iterator_self(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = argv[0];
    return true;
}

/* ---- enumerate ---- */

static void enumerate_trace(Object *object, GcTracer *tracer) {
    Enumerate *enumerate = (Enumerate *)object;
    gc_mark_value(tracer, enumerate->iterator);
    gc_mark_value(tracer, enumerate->count);
}

static bool enumerate_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"iterable", "start", NULL};
    static const ArgSpec spec = {"enumerate", ARGS_CLINIC, 1, 2, params, 0, 0, NULL};
    Value args[2];
    if (argc == 1 && kwnames == NULL)
        return error_set(thread, &type_TypeError, "enumerate() missing required argument 'iterable'");
    if (!builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, args)) return false;
    Value start = IS_EMPTY(args[1]) ? INT_VALUE(0) : args[1];
    int64_t ignored;
    if (!IS_INT(start) && !value_as_index(thread, start, &ignored)) return false;
    if (IS_BOOL(start)) start = INT_VALUE(AS_BOOL(start));
    Value iterator;
    if (!object_get_iter(thread, args[0], &iterator)) return false;
    Enumerate *enumerate = ALLOCATE_OBJECT(thread, Enumerate, AS_TYPE(argv[0]));
    if (enumerate == NULL) return false;
    enumerate->iterator = iterator;
    enumerate->count = start;
    *result = OBJECT_VALUE(enumerate);
    return true;
}

static bool enumerate_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Enumerate *enumerate = (Enumerate *)AS_OBJECT(argv[0]);
    Value item, next_count;
    if (!object_iter_next(thread, enumerate->iterator, &item)) return false;
    if (IS_EMPTY(item)) return stop_iteration(thread);
    Tuple *pair = tuple_new(thread, 2);
    if (pair == NULL) return false;
    pair->items[0] = enumerate->count;
    pair->items[1] = item;
    if (!gc_push_root(thread, OBJECT_VALUE(pair))) return false;
    bool ok = object_binary_op(thread, OPERATOR_ADD, enumerate->count, INT_VALUE(1), &next_count);
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    enumerate->count = next_count;
    *result = OBJECT_VALUE(pair);
    return true;
}

static const MethodDef enumerate_methods[] = {
    {"__iter__", iterator_self}, {"__next__", enumerate_next}, {NULL, NULL}};

Type type_enumerate = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "enumerate",
    .base = &type_object,
    .instance_size = sizeof(Enumerate),
    .trace = enumerate_trace,
    .new_instance = enumerate_new,
};

/* ---- zip ---- */

static void zip_trace(Object *object, GcTracer *tracer) {
    Zip *zip = (Zip *)object;
    if (zip->iterators != NULL) gc_mark_object(tracer, (Object *)zip->iterators);
}

static bool zip_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"strict", NULL};
    static const ArgSpec spec = {"zip", ARGS_CLINIC, 0, -1, params, 0, 1, NULL};
    Value strict;
    if (!builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, &strict)) return false;
    bool is_strict = false;
    if (!IS_EMPTY(strict) && !object_truthy(thread, strict, &is_strict)) return false;
    Tuple *iterators = iterators_of(thread, argc - 1, argv + 1);
    if (iterators == NULL) return false;
    Zip *zip = ALLOCATE_OBJECT(thread, Zip, AS_TYPE(argv[0]));
    if (zip == NULL) return false;
    zip->iterators = iterators;
    zip->strict = is_strict;
    *result = OBJECT_VALUE(zip);
    return true;
}

/* "1" or "1-3": the arguments before argument `index` (0-based), for strict
 * zip's messages. */
static bool zip_length_error(Thread *thread, size_t index, const char *relation) {
    if (index == 1)
        return error_set(thread, &type_ValueError, "zip() argument 2 is %s than argument 1", relation);
    return error_set(thread, &type_ValueError, "zip() argument %zu is %s than arguments 1-%zu", index + 1, relation,
                     index);
}

/* The first iterator ran out under strict=True: every other must be
 * exhausted too. */
static bool zip_check_rest(Thread *thread, Zip *zip) {
    for (size_t i = 1; i < zip->iterators->count; i++) {
        Value item;
        if (!object_iter_next(thread, zip->iterators->items[i], &item)) return false;
        if (!IS_EMPTY(item)) return zip_length_error(thread, i, "longer");
    }
    return stop_iteration(thread);
}

/* Fill `values` with the next item of each iterator; false with
 * StopIteration (or an error) when one runs out. */
static bool next_of_each(Thread *thread, Tuple *iterators, Tuple *values, bool strict, Zip *zip) {
    for (size_t i = 0; i < iterators->count; i++) {
        Value item;
        if (!object_iter_next(thread, iterators->items[i], &item)) return false;
        if (!IS_EMPTY(item)) {
            values->items[i] = item;
            continue;
        }
        if (!strict) return stop_iteration(thread);
        return i == 0 ? zip_check_rest(thread, zip) : zip_length_error(thread, i, "shorter");
    }
    return true;
}

/* A rooted tuple of the next items; the caller pops one root. */
static Tuple *next_items(Thread *thread, Tuple *iterators, bool strict, Zip *zip) {
    Tuple *values = tuple_new(thread, iterators->count);
    if (values == NULL || !gc_push_root(thread, OBJECT_VALUE(values))) return NULL;
    if (!next_of_each(thread, iterators, values, strict, zip)) {
        gc_pop_roots(thread, 1);
        return NULL;
    }
    return values;
}

static bool zip_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Zip *zip = (Zip *)AS_OBJECT(argv[0]);
    if (zip->iterators->count == 0) return stop_iteration(thread);
    Tuple *values = next_items(thread, zip->iterators, zip->strict, zip);
    if (values == NULL) return false;
    gc_pop_roots(thread, 1);
    *result = OBJECT_VALUE(values);
    return true;
}

static const MethodDef zip_methods[] = {{"__iter__", iterator_self}, {"__next__", zip_next}, {NULL, NULL}};

Type type_zip = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "zip",
    .base = &type_object,
    .instance_size = sizeof(Zip),
    .trace = zip_trace,
    .new_instance = zip_new,
};

/* ---- map ---- */

static void map_trace(Object *object, GcTracer *tracer) {
    Map *map = (Map *)object;
    gc_mark_value(tracer, map->function);
    if (map->iterators != NULL) gc_mark_object(tracer, (Object *)map->iterators);
}

static bool map_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "map", kwnames)) return false;
    if (argc < 3) return error_set(thread, &type_TypeError, "map() must have at least two arguments.");
    Tuple *iterators = iterators_of(thread, argc - 2, argv + 2);
    if (iterators == NULL) return false;
    Map *map = ALLOCATE_OBJECT(thread, Map, AS_TYPE(argv[0]));
    if (map == NULL) return false;
    map->function = argv[1];
    map->iterators = iterators;
    *result = OBJECT_VALUE(map);
    return true;
}

static bool map_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Map *map = (Map *)AS_OBJECT(argv[0]);
    Tuple *values = next_items(thread, map->iterators, false, NULL);
    if (values == NULL) return false;
    bool ok = object_call(thread, map->function, (int)values->count, values->items, NULL, result);
    gc_pop_roots(thread, 1);
    return ok;
}

static const MethodDef map_methods[] = {{"__iter__", iterator_self}, {"__next__", map_next}, {NULL, NULL}};

Type type_map = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "map",
    .base = &type_object,
    .instance_size = sizeof(Map),
    .trace = map_trace,
    .new_instance = map_new,
};

/* ---- filter ---- */

static void filter_trace(Object *object, GcTracer *tracer) {
    Filter *filter = (Filter *)object;
    gc_mark_value(tracer, filter->function);
    gc_mark_value(tracer, filter->iterator);
}

static bool filter_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"filter", ARGS_EXPECTED, 2, 2, NULL, 0, 0, NULL};
    Value args[2], iterator;
    if (!builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, args)) return false;
    if (!object_get_iter(thread, args[1], &iterator)) return false;
    Filter *filter = ALLOCATE_OBJECT(thread, Filter, AS_TYPE(argv[0]));
    if (filter == NULL) return false;
    filter->function = args[0];
    filter->iterator = iterator;
    *result = OBJECT_VALUE(filter);
    return true;
}

/* Whether filter keeps `item`: its truth, or the truth of function(item).
 * Either may run Python code, so `item` (fresh from __next__, and the
 * result if kept) is rooted meanwhile. */
static bool filter_keeps(Thread *thread, Filter *filter, Value item, bool *keep) {
    if (!gc_push_root(thread, item)) return false;
    bool ok;
    if (IS_NONE(filter->function) || value_is(filter->function, OBJECT_VALUE(&type_bool))) {
        ok = object_truthy(thread, item, keep);
    } else {
        Value verdict;
        ok = object_call(thread, filter->function, 1, &item, NULL, &verdict) && object_truthy(thread, verdict, keep);
    }
    gc_pop_roots(thread, 1);
    return ok;
}

static bool filter_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Filter *filter = (Filter *)AS_OBJECT(argv[0]);
    for (;;) {
        Value item;
        bool keep;
        if (!object_iter_next(thread, filter->iterator, &item)) return false;
        if (IS_EMPTY(item)) return stop_iteration(thread);
        if (!filter_keeps(thread, filter, item, &keep)) return false;
        if (keep) {
            *result = item;
            return true;
        }
    }
}

static const MethodDef filter_methods[] = {{"__iter__", iterator_self}, {"__next__", filter_next}, {NULL, NULL}};

Type type_filter = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "filter",
    .base = &type_object,
    .instance_size = sizeof(Filter),
    .trace = filter_trace,
    .new_instance = filter_new,
};

/* ---- reversed ---- */

static void reversed_trace(Object *object, GcTracer *tracer) { gc_mark_value(tracer, ((Reversed *)object)->sequence); }

/* reversed(seq): seq.__reversed__() if the class has it, else an iterator
 * over the sequence protocol (__len__ and __getitem__). */
static bool reversed_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"reversed", ARGS_EXPECTED, 1, 1, NULL, 0, 0, NULL};
    Value sequence;
    if (!builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, &sequence)) return false;
    Type *type = value_type(sequence);
    Names *names = &thread->runtime->names;
    Value method = type_lookup(type, names->reversed);
    if (!IS_EMPTY(method) && !IS_NONE(method)) return object_call(thread, method, 1, &sequence, NULL, result);
    if (IS_NONE(method) || type_is_subtype(type, &type_dict) || IS_EMPTY(type_lookup(type, names->getitem)) ||
        IS_EMPTY(type_lookup(type, names->len)))
        return error_set(thread, &type_TypeError, "'%s' object is not reversible", type_name(type));
    int64_t length;
    if (!object_length(thread, sequence, &length)) return false;
    Reversed *reversed = ALLOCATE_OBJECT(thread, Reversed, AS_TYPE(argv[0]));
    if (reversed == NULL) return false;
    reversed->sequence = sequence;
    reversed->index = length - 1;
    *result = OBJECT_VALUE(reversed);
    return true;
}

static bool reversed_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Reversed *reversed = (Reversed *)AS_OBJECT(argv[0]);
    if (IS_EMPTY(reversed->sequence) || reversed->index < 0) {
        reversed->sequence = EMPTY_VALUE;
        return stop_iteration(thread);
    }
    if (object_getitem(thread, reversed->sequence, INT_VALUE(reversed->index), result)) {
        reversed->index--;
        return true;
    }
    if (!error_matches(thread, &type_IndexError) && !error_matches(thread, &type_StopIteration)) return false;
    error_clear(thread);
    reversed->sequence = EMPTY_VALUE;
    return stop_iteration(thread);
}

static const MethodDef reversed_methods[] = {
    {"__iter__", iterator_self}, {"__next__", reversed_next}, {NULL, NULL}};

Type type_reversed = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "reversed",
    .base = &type_object,
    .instance_size = sizeof(Reversed),
    .trace = reversed_trace,
    .new_instance = reversed_new,
};

/* ---- callable_iterator ---- */

static void callable_iterator_trace(Object *object, GcTracer *tracer) {
    CallableIterator *iterator = (CallableIterator *)object;
    gc_mark_value(tracer, iterator->callable);
    gc_mark_value(tracer, iterator->sentinel);
}

static Type type_callable_iterator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "callable_iterator",
    .base = &type_object,
    .instance_size = sizeof(CallableIterator),
    .trace = callable_iterator_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

bool builtins_callable_iterator_new(Thread *thread, Value callable, Value sentinel, Value *result) {
    CallableIterator *iterator = ALLOCATE_OBJECT(thread, CallableIterator, &type_callable_iterator);
    if (iterator == NULL) return false;
    iterator->callable = callable;
    iterator->sentinel = sentinel;
    *result = OBJECT_VALUE(iterator);
    return true;
}

static bool callable_iterator_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    CallableIterator *iterator = (CallableIterator *)AS_OBJECT(argv[0]);
    if (IS_EMPTY(iterator->callable)) return stop_iteration(thread);
    if (!object_call(thread, iterator->callable, 0, NULL, NULL, result)) return false;
    bool done;
    if (!gc_push_root(thread, *result)) return false;
    bool ok = object_equal(thread, *result, iterator->sentinel, &done);
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    if (!done) return true;
    iterator->callable = EMPTY_VALUE;
    return stop_iteration(thread);
}

static const MethodDef callable_iterator_methods[] = {
    {"__iter__", iterator_self}, {"__next__", callable_iterator_next}, {NULL, NULL}};

/* ---- registration ---- */

typedef struct IteratorType {
    const char *name; /* the builtins name, or NULL for an unnamed type */
    Type *type;
    const MethodDef *methods;
} IteratorType;

bool builtins_iter_init(Thread *thread, Dict *builtins) {
    const IteratorType types[] = {
        {"enumerate", &type_enumerate, enumerate_methods},
        {"zip", &type_zip, zip_methods},
        {"map", &type_map, map_methods},
        {"filter", &type_filter, filter_methods},
        {"reversed", &type_reversed, reversed_methods},
        {NULL, &type_callable_iterator, callable_iterator_methods},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (!type_ready(thread, types[i].type) || !type_add_methods(thread, types[i].type, types[i].methods))
            return false;
        if (types[i].name != NULL && !dict_set_c(thread, builtins, types[i].name, OBJECT_VALUE(types[i].type)))
            return false;
    }
    return true;
}
