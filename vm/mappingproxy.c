/* mappingproxy.c: the read-only view of a mapping that C.__dict__ gives
 * (types.MappingProxyType).
 *
 * A class's namespace must not be changed behind its back (the attribute
 * cache in class_attribute.c relies on type_modified being called), so
 * C.__dict__ hands out this view: reading goes through to the mapping,
 * writing is refused with CPython's "'mappingproxy' object does not support
 * item assignment" (ops.c says so for any type without __setitem__). */
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

typedef struct MappingProxy {
    Object header;
    Value mapping; /* the mapping read through (a class's dict) */
} MappingProxy;

#define AS_MAPPINGPROXY(v) ((MappingProxy *)AS_OBJECT(v))

static void mappingproxy_trace(Object *object, GcTracer *tracer) {
    gc_mark_value(tracer, ((MappingProxy *)object)->mapping);
}

bool mappingproxy_new(Thread *thread, Value mapping, Value *result) {
    MappingProxy *proxy = ALLOCATE_OBJECT(thread, MappingProxy, &type_mappingproxy);
    if (proxy == NULL) return false;
    proxy->mapping = mapping;
    *result = OBJECT_VALUE(proxy);
    return true;
}

/* mappingproxy(mapping): anything with __getitem__ but a list or tuple. */
static bool mappingproxy_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"mapping", NULL};
    Value mapping;
    if (!native_bind_args(thread, "mappingproxy", argc - 1, argv + 1, kwnames, names, 1, &mapping)) return false;
    bool sequence = value_is_instance(mapping, &type_list) || value_is_instance(mapping, &type_tuple);
    if (sequence || IS_EMPTY(type_lookup(value_type(mapping), thread->runtime->names.getitem)))
        return error_set(thread, &type_TypeError, "mappingproxy() argument must be a mapping, not %s",
                         value_type_name(mapping));
    return mappingproxy_new(thread, mapping, result);
}

/* Check self and the argument count; the mapping behind self. */
static bool mappingproxy_args(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, int min,
                              int max, Value *mapping) {
    if (argc < 1 || !value_is_instance(argv[0], &type_mappingproxy))
        return error_set(thread, &type_TypeError, "descriptor '%s' requires a 'mappingproxy' object", name);
    if (!error_check_no_kwargs(thread, name, kwnames) || !error_check_argc(thread, name, argc - 1, min, max))
        return false;
    *mapping = AS_MAPPINGPROXY(argv[0])->mapping;
    return true;
}

/* keys, values, items, get, copy, __reversed__: the mapping's own method. */
static bool mappingproxy_forward(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, int max,
                                 Value *result) {
    Value mapping;
    if (!mappingproxy_args(thread, name, argc, argv, kwnames, max == 2 ? 1 : 0, max, &mapping)) return false;
    Str *method = str_intern_c(thread, name);
    return method != NULL && object_call_method(thread, mapping, method, argc - 1, argv + 1, result);
}

#define MAPPINGPROXY_FORWARD(cname, name, max)                                                                \
    static bool mappingproxy_##cname(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return mappingproxy_forward(thread, name, argc, argv, kwnames, max, result);                        \
    }
MAPPINGPROXY_FORWARD(keys, "keys", 0)
MAPPINGPROXY_FORWARD(values, "values", 0)
MAPPINGPROXY_FORWARD(items, "items", 0)
MAPPINGPROXY_FORWARD(get, "get", 2)
MAPPINGPROXY_FORWARD(copy, "copy", 0)
MAPPINGPROXY_FORWARD(reversed, "__reversed__", 0)
#undef MAPPINGPROXY_FORWARD

static bool mappingproxy_getitem(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value mapping;
    return mappingproxy_args(thread, "__getitem__", argc, argv, kwnames, 1, 1, &mapping) &&
           object_getitem(thread, mapping, argv[1], result);
}

static bool mappingproxy_contains(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value mapping;
    bool found;
    if (!mappingproxy_args(thread, "__contains__", argc, argv, kwnames, 1, 1, &mapping) ||
        !object_contains(thread, mapping, argv[1], &found))
        return false;
    *result = BOOL_VALUE(found);
    return true;
}

static bool mappingproxy_len(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value mapping;
    int64_t length;
    if (!mappingproxy_args(thread, "__len__", argc, argv, kwnames, 0, 0, &mapping) ||
        !object_length(thread, mapping, &length))
        return false;
    *result = INT_VALUE(length);
    return true;
}

static bool mappingproxy_iter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value mapping;
    return mappingproxy_args(thread, "__iter__", argc, argv, kwnames, 0, 0, &mapping) &&
           object_get_iter(thread, mapping, result);
}

/* repr: mappingproxy({...}); str: the mapping's str. */
static bool mappingproxy_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value mapping;
    Str *inner;
    if (!mappingproxy_args(thread, "__repr__", argc, argv, kwnames, 0, 0, &mapping) ||
        !object_repr(thread, mapping, &inner))
        return false;
    Str *repr = str_printf(thread, "mappingproxy(%s)", inner->chars);
    if (repr == NULL) return false;
    *result = OBJECT_VALUE(repr);
    return true;
}

static bool mappingproxy_str(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value mapping;
    Str *str;
    if (!mappingproxy_args(thread, "__str__", argc, argv, kwnames, 0, 0, &mapping) || !object_str(thread, mapping, &str))
        return false;
    *result = OBJECT_VALUE(str);
    return true;
}

/* ==, !=, <...: compare the mapping with the other operand. */
static bool mappingproxy_compare(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames,
                                 CompareOperator op, Value *result) {
    Value mapping;
    return mappingproxy_args(thread, name, argc, argv, kwnames, 1, 1, &mapping) &&
           object_compare(thread, mapping, argv[1], op, result);
}

static bool mappingproxy_eq(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return mappingproxy_compare(thread, "__eq__", argc, argv, kwnames, COMPARE_EQ, result);
}

static bool mappingproxy_ne(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return mappingproxy_compare(thread, "__ne__", argc, argv, kwnames, COMPARE_NE, result);
}

/* proxy | other: a new dict, as dict's | makes. */
static bool mappingproxy_or(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value mapping;
    if (!mappingproxy_args(thread, "__or__", argc, argv, kwnames, 1, 1, &mapping)) return false;
    Value other = value_is_instance(argv[1], &type_mappingproxy) ? AS_MAPPINGPROXY(argv[1])->mapping : argv[1];
    return object_binary_op(thread, OPERATOR_OR, mapping, other, result);
}

Type type_mappingproxy = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "mappingproxy",
    .base = &type_object,
    .instance_size = sizeof(MappingProxy),
    .trace = mappingproxy_trace,
    .new_instance = mappingproxy_new_instance,
};

static const MethodDef mappingproxy_methods[] = {
    {"__getitem__", mappingproxy_getitem},
    {"__contains__", mappingproxy_contains},
    {"__len__", mappingproxy_len},
    {"__iter__", mappingproxy_iter},
    {"__reversed__", mappingproxy_reversed},
    {"__repr__", mappingproxy_repr},
    {"__str__", mappingproxy_str},
    {"__eq__", mappingproxy_eq},
    {"__ne__", mappingproxy_ne},
    {"__or__", mappingproxy_or},
    {"keys", mappingproxy_keys},
    {"values", mappingproxy_values},
    {"items", mappingproxy_items},
    {"get", mappingproxy_get},
    {"copy", mappingproxy_copy},
    {NULL, NULL},
};

void mappingproxy_init_type(Thread *thread) {
    type_ready(thread, &type_mappingproxy);
    type_add_methods(thread, &type_mappingproxy, mappingproxy_methods);
    dict_set_c(thread, type_mappingproxy.dict, "__hash__", NONE_VALUE);
}
