/* ops_iter.c: iteration (ops.h): iter() and next() for any value, and the
 * "iterator" type that walks old-style sequences.
 *
 * iter(x) asks type(x).__iter__; a class with only __getitem__ is walked
 * by index, as CPython does, until IndexError. next() calls __next__
 * (directly in C for the built-in iterators) and turns StopIteration into
 * "exhausted" (*item EMPTY), which is what for loops and the C callers
 * want. */
#include "ops.h"

#include "class.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* An iterator over an object with __getitem__ (CPython's "iterator"). */
typedef struct SequenceWalker {
    Object header;
    Value sequence; /* the object indexed; EMPTY once exhausted */
    int64_t index;  /* the next index to ask for */
} SequenceWalker;

static void walker_trace(Object *object, GcTracer *tracer) { gc_mark_value(tracer, ((SequenceWalker *)object)->sequence); }

Type type_sequence_iterator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "iterator",
    .base = &type_object,
    .instance_size = sizeof(SequenceWalker),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = walker_trace,
};

/* The walker's next item: EMPTY (no error) after IndexError/StopIteration. */
static bool walker_next(Thread *thread, SequenceWalker *walker, Value *item) {
    *item = EMPTY_VALUE;
    if (IS_EMPTY(walker->sequence)) return true;
    if (object_getitem(thread, walker->sequence, INT_VALUE(walker->index), item)) {
        walker->index++;
        return true;
    }
    if (!error_matches(thread, &type_IndexError) && !error_matches(thread, &type_StopIteration)) return false;
    error_clear(thread);
    walker->sequence = EMPTY_VALUE;
    *item = EMPTY_VALUE;
    return true;
}

static bool walker_next_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    if (!walker_next(thread, (SequenceWalker *)AS_OBJECT(argv[0]), result)) return false;
    if (IS_EMPTY(*result)) return error_set_empty(thread, &type_StopIteration);
    return true;
}

static bool walker_iter_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = argv[0];
    return true;
}

static const MethodDef walker_methods[] = {
    {"__iter__", walker_iter_method},
    {"__next__", walker_next_method},
    {NULL, NULL},
};

static bool not_iterable(Thread *thread, Value value) {
    return error_set(thread, &type_TypeError, "'%s' object is not iterable", value_type_name(value));
}

bool object_get_iter(Thread *thread, Value value, Value *iterator) {
    Names *names = &thread->runtime->names;
    Type *type = value_type(value);
    Value method = type_lookup(type, names->iter);
    if (IS_NONE(method)) return not_iterable(thread, value);
    if (IS_EMPTY(method)) {
        Value getitem = type_lookup(type, names->getitem);
        if (IS_EMPTY(getitem) || IS_NONE(getitem) || IS_TYPE(value)) return not_iterable(thread, value);
        SequenceWalker *walker = ALLOCATE_OBJECT(thread, SequenceWalker, &type_sequence_iterator);
        if (walker == NULL) return false;
        walker->sequence = value;
        *iterator = OBJECT_VALUE(walker);
        return true;
    }
    if (!class_call_bound(thread, method, value, 0, NULL, NULL, iterator)) return false;
    if (IS_EMPTY(type_lookup(value_type(*iterator), names->next)))
        return error_set(thread, &type_TypeError, "iter() returned non-iterator of type '%s'",
                         value_type_name(*iterator));
    return true;
}

bool object_iter_next(Thread *thread, Value iterator, Value *item) {
    Type *type = value_type(iterator);
    if (type == &type_tuple_iterator || type == &type_list_iterator || type == &type_list_reverse_iterator) {
        sequence_iterator_next(iterator, item);
        return true;
    }
    if (type == &type_sequence_iterator) return walker_next(thread, (SequenceWalker *)AS_OBJECT(iterator), item);
    Value method = type_lookup(type, thread->runtime->names.next);
    if (IS_EMPTY(method))
        return error_set(thread, &type_TypeError, "'%s' object is not an iterator", type_name(type));
    bool ok;
    if (IS_OBJECT(method) && AS_OBJECT(method)->type == &type_method_descriptor)
        ok = AS_NATIVE(method)->function(thread, 1, &iterator, NULL, item);
    else
        ok = class_call_bound(thread, method, iterator, 0, NULL, NULL, item);
    if (ok) return true;
    if (!error_matches(thread, &type_StopIteration)) return false;
    error_clear(thread);
    *item = EMPTY_VALUE;
    return true;
}

void object_init_type(Thread *thread) {
    type_ready(thread, &type_sequence_iterator);
    type_add_methods(thread, &type_sequence_iterator, walker_methods);
}
