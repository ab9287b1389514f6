/* function.c: Python functions, closure cells, bound methods, native
 * functions and method descriptors.
 *
 * These are the callables the dispatch loop knows by sight (eval.c calls
 * them without going through object_call). This file owns their types,
 * reprs and attributes (__name__, __qualname__, __defaults__...), exposed as
 * getset descriptors in each type's dict, and the two helpers every built-in type
 * and module uses to publish its natives: type_add_methods and
 * dict_add_natives. */
#include "function.h"

#include <stdio.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval_call.h"
#include "gc.h"
#include "generator.h"
#include "exception.h"
#include "module.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- Tracing ---- */

static void function_trace(Object *object, GcTracer *tracer) {
    Function *function = (Function *)object;
    gc_mark_object(tracer, (Object *)function->code);
    gc_mark_object(tracer, (Object *)function->globals);
    gc_mark_object(tracer, (Object *)function->builtins);
    gc_mark_object(tracer, (Object *)function->defaults);
    gc_mark_object(tracer, (Object *)function->keyword_defaults);
    gc_mark_object(tracer, (Object *)function->closure);
    gc_mark_object(tracer, (Object *)function->annotations);
    gc_mark_object(tracer, (Object *)function->dict);
    gc_mark_object(tracer, (Object *)function->name);
    gc_mark_object(tracer, (Object *)function->qualname);
    gc_mark_value(tracer, function->module);
    gc_mark_value(tracer, function->doc);
}

static void cell_trace(Object *object, GcTracer *tracer) { gc_mark_value(tracer, ((Cell *)object)->value); }

static void bound_method_trace(Object *object, GcTracer *tracer) {
    BoundMethod *method = (BoundMethod *)object;
    gc_mark_value(tracer, method->function);
    gc_mark_value(tracer, method->self);
}

static void native_trace(Object *object, GcTracer *tracer) {
    NativeFunction *native = (NativeFunction *)object;
    gc_mark_object(tracer, (Object *)native->owner);
    gc_mark_value(tracer, native->self);
    gc_mark_value(tracer, native->module);
}

/* ---- Constructors ---- */

Function *function_new(Thread *thread, Code *code, Dict *globals) {
    Function *function = ALLOCATE_OBJECT(thread, Function, &type_function);
    if (function == NULL) return NULL;
    function->code = code;
    function->globals = globals;
    Runtime *runtime = thread->runtime;
    function->builtins = runtime->builtins;
    Value builtins = dict_get_str(globals, runtime->names.builtins);
    if (value_is_exact(builtins, &type_dict)) function->builtins = AS_DICT(builtins);
    else if (value_is_exact(builtins, &type_module)) function->builtins = AS_MODULE(builtins)->dict;
    function->name = code->name;
    function->qualname = code->qualname != NULL ? code->qualname : code->name;
    function->module = dict_get_str(globals, runtime->names.name);
    if (IS_EMPTY(function->module)) function->module = NONE_VALUE;
    /* The compiler puts a function's docstring (or None) first in co_consts. */
    function->doc = NONE_VALUE;
    if (code->constants != NULL && code->constants->count > 0 && value_is_exact(code->constants->items[0], &type_str))
        function->doc = code->constants->items[0];
    return function;
}

Cell *cell_new(Thread *thread, Value value) {
    Cell *cell = ALLOCATE_OBJECT(thread, Cell, &type_cell);
    if (cell != NULL) cell->value = value;
    return cell;
}

BoundMethod *bound_method_new(Thread *thread, Value function, Value self) {
    BoundMethod *method = ALLOCATE_OBJECT(thread, BoundMethod, &type_method);
    if (method == NULL) return NULL;
    method->function = function;
    method->self = self;
    return method;
}

NativeFunction *native_new(Thread *thread, const char *name, NativeFn function, Value self) {
    NativeFunction *native = ALLOCATE_OBJECT(thread, NativeFunction, &type_native_function);
    if (native == NULL) return NULL;
    native->name = name;
    native->function = function;
    native->self = self;
    native->module = EMPTY_VALUE;
    return native;
}

bool type_add_methods(Thread *thread, Type *type, const MethodDef *methods) {
    if (type->dict == NULL && (type->dict = dict_new(thread)) == NULL) return false;
    for (const MethodDef *def = methods; def->name != NULL; def++) {
        NativeFunction *native = native_new(thread, def->name, def->function, EMPTY_VALUE);
        if (native == NULL) return false;
        native->header.type = &type_method_descriptor;
        native->owner = type;
        Str *name = str_intern_c(thread, def->name);
        if (name == NULL || !dict_set_str(thread, type->dict, name, OBJECT_VALUE(native))) return false;
    }
    type->version++;
    return true;
}

bool dict_add_natives(Thread *thread, Dict *dict, const MethodDef *functions, Value module_name) {
    for (const MethodDef *def = functions; def->name != NULL; def++) {
        NativeFunction *native = native_new(thread, def->name, def->function, EMPTY_VALUE);
        if (native == NULL) return false;
        native->module = module_name;
        Str *name = str_intern_c(thread, def->name);
        if (name == NULL || !dict_set_str(thread, dict, name, OBJECT_VALUE(native))) return false;
    }
    return true;
}

/* Binding, as the descriptor protocol does for the callables of this file:
 * other descriptors go through their __get__, plain values stay as they are. */
bool function_bind(Thread *thread, Value descriptor, Value self, Value *result) {
    if (value_is_exact(descriptor, &type_function)) {
        BoundMethod *method = bound_method_new(thread, descriptor, self);
        *result = OBJECT_VALUE(method);
        return method != NULL;
    }
    if (value_is_exact(descriptor, &type_method_descriptor)) {
        NativeFunction *unbound = AS_NATIVE(descriptor);
        NativeFunction *native = native_new(thread, unbound->name, unbound->function, self);
        if (native == NULL) return false;
        native->owner = unbound->owner;
        *result = OBJECT_VALUE(native);
        return true;
    }
    Value get = type_lookup(value_type(descriptor), thread->runtime->names.get);
    if (IS_EMPTY(get)) {
        *result = descriptor;
        return true;
    }
    Value argv[3] = {descriptor, self, OBJECT_VALUE(value_type(self))};
    return eval_call(thread, get, 3, argv, NULL, result);
}

const char *function_display_name(Value callable, char *buffer, size_t size) {
    if (value_is_exact(callable, &type_method)) callable = AS_BOUND_METHOD(callable)->function;
    if (value_is_exact(callable, &type_function)) {
        snprintf(buffer, size, "%s()", AS_FUNCTION(callable)->qualname->chars);
    } else if (value_is_exact(callable, &type_native_function) || value_is_exact(callable, &type_method_descriptor)) {
        NativeFunction *native = AS_NATIVE(callable);
        if (native->owner != NULL) snprintf(buffer, size, "%s.%s()", type_name(native->owner), native->name);
        else snprintf(buffer, size, "%s()", native->name);
    } else if (IS_TYPE(callable)) {
        snprintf(buffer, size, "%s()", type_name(AS_TYPE(callable)));
    } else {
        snprintf(buffer, size, "%s object", value_type_name(callable));
    }
    return buffer;
}

/* ---- Native helpers ---- */

/* Check that a native got exactly `count` positional arguments and no keywords. */
static bool function_check_args(Thread *thread, const char *name, int argc, Tuple *kwnames, int min, int max) {
    return error_check_no_kwargs(thread, name, kwnames) && error_check_argc(thread, name, argc, min, max);
}

static bool str_result(Str *str, Value *result) {
    *result = str != NULL ? OBJECT_VALUE(str) : EMPTY_VALUE;
    return str != NULL;
}

static Value value_or_none(Object *object) { return object != NULL ? OBJECT_VALUE(object) : NONE_VALUE; }

/* ---- function ---- */

static bool function_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Function *function = AS_FUNCTION(argv[0]);
    return str_result(str_printf(thread, "<function %s at %p>", function->qualname->chars, (void *)function), result);
}

static bool function_get(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!function_check_args(thread, "__get__", argc, kwnames, 2, 3)) return false;
    if (IS_NONE(argv[1])) {
        *result = argv[0];
        return true;
    }
    return function_bind(thread, argv[0], argv[1], result);
}

static bool function_call_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return eval_call_function(thread, AS_FUNCTION(argv[0]), argc - 1, argv + 1, kwnames, result);
}

static bool function_get_name(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(AS_FUNCTION(self)->name);
    return true;
}

/* Setters of __name__ and __qualname__ accept only strs, as CPython. */
static bool function_set_str(Thread *thread, Value value, const char *what, Str **field) {
    if (!IS_STR(value)) return error_set(thread, &type_TypeError, "%s must be set to a string object", what);
    *field = AS_STR(value);
    return true;
}

static bool function_set_name(Thread *thread, Value self, Value value) {
    return function_set_str(thread, value, "__name__", &AS_FUNCTION(self)->name);
}

static bool function_get_qualname(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(AS_FUNCTION(self)->qualname);
    return true;
}

static bool function_set_qualname(Thread *thread, Value self, Value value) {
    return function_set_str(thread, value, "__qualname__", &AS_FUNCTION(self)->qualname);
}

static bool function_get_doc(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = AS_FUNCTION(self)->doc;
    return true;
}

static bool function_set_doc(Thread *thread, Value self, Value value) {
    (void)thread;
    AS_FUNCTION(self)->doc = value;
    return true;
}

static bool function_get_module(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = AS_FUNCTION(self)->module;
    return true;
}

static bool function_set_module(Thread *thread, Value self, Value value) {
    (void)thread;
    AS_FUNCTION(self)->module = value;
    return true;
}

static bool function_get_defaults(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = value_or_none((Object *)AS_FUNCTION(self)->defaults);
    return true;
}

static bool function_set_defaults(Thread *thread, Value self, Value value) {
    Function *function = AS_FUNCTION(self);
    if (IS_NONE(value)) function->defaults = NULL;
    else if (value_is_exact(value, &type_tuple)) function->defaults = AS_TUPLE(value);
    else return error_set(thread, &type_TypeError, "__defaults__ must be set to a tuple object");
    return true;
}

static bool function_get_kwdefaults(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = value_or_none((Object *)AS_FUNCTION(self)->keyword_defaults);
    return true;
}

static bool function_set_kwdefaults(Thread *thread, Value self, Value value) {
    Function *function = AS_FUNCTION(self);
    if (IS_NONE(value)) function->keyword_defaults = NULL;
    else if (value_is_exact(value, &type_dict)) function->keyword_defaults = AS_DICT(value);
    else return error_set(thread, &type_TypeError, "__kwdefaults__ must be set to a dict object");
    return true;
}

/* __dict__ and __annotations__ are made on first use. */
static bool function_lazy_dict(Thread *thread, Dict **field, Value *result) {
    if (*field == NULL && (*field = dict_new(thread)) == NULL) return false;
    *result = OBJECT_VALUE(*field);
    return true;
}

static bool function_get_dict(Thread *thread, Value self, Value *result) {
    return function_lazy_dict(thread, &AS_FUNCTION(self)->dict, result);
}

static bool function_set_annotations(Thread *thread, Value self, Value value) {
    Function *function = AS_FUNCTION(self);
    if (IS_NONE(value) || IS_EMPTY(value)) function->annotations = NULL;
    else if (value_is_instance(value, &type_dict)) function->annotations = AS_DICT(value);
    else return error_set(thread, &type_TypeError, "__annotations__ must be set to a dict object");
    return true;
}

static bool function_get_annotations(Thread *thread, Value self, Value *result) {
    return function_lazy_dict(thread, &AS_FUNCTION(self)->annotations, result);
}

static bool function_get_code(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(AS_FUNCTION(self)->code);
    return true;
}

static bool function_get_globals(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(AS_FUNCTION(self)->globals);
    return true;
}

static bool function_get_closure(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = value_or_none((Object *)AS_FUNCTION(self)->closure);
    return true;
}

static const MethodDef function_methods[] = {
    {"__repr__", function_repr},
    {"__get__", function_get},
    {"__call__", function_call_method},
    {NULL, NULL},
};

static const GetSetDef function_properties[] = {
    {"__name__", function_get_name, function_set_name},
    {"__qualname__", function_get_qualname, function_set_qualname},
    {"__doc__", function_get_doc, function_set_doc},
    {"__module__", function_get_module, function_set_module},
    {"__defaults__", function_get_defaults, function_set_defaults},
    {"__kwdefaults__", function_get_kwdefaults, function_set_kwdefaults},
    {"__dict__", function_get_dict, object_set_dict},
    {"__annotations__", function_get_annotations, function_set_annotations},
    {"__code__", function_get_code, NULL},
    {"__globals__", function_get_globals, NULL},
    {"__closure__", function_get_closure, NULL},
    {NULL, NULL, NULL},
};


/* ---- method (bound method) ---- */

static bool bound_method_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    BoundMethod *method = AS_BOUND_METHOD(argv[0]);
    Value qualname = EMPTY_VALUE;
    if (!object_getattr_optional(thread, method->function, thread->runtime->names.qualname, &qualname)) return false;
    if (IS_EMPTY(qualname) || !IS_STR(qualname)) qualname = OBJECT_VALUE(str_intern_c(thread, "?"));
    if (!gc_push_root(thread, qualname)) return false;
    Str *self_repr = NULL;
    bool ok = object_repr(thread, method->self, &self_repr);
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    return str_result(str_printf(thread, "<bound method %s of %s>", AS_STR(qualname)->chars, self_repr->chars), result);
}

static bool bound_method_call(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return eval_call(thread, argv[0], argc - 1, argv + 1, kwnames, result);
}

static bool bound_method_get_func(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = AS_BOUND_METHOD(self)->function;
    return true;
}

static bool bound_method_get_self(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = AS_BOUND_METHOD(self)->self;
    return true;
}

/* __name__, __qualname__, __doc__, __module__ come from the function. */
static bool bound_method_forward(Thread *thread, Value method, Str *name, Value *result) {
    return object_getattr(thread, AS_BOUND_METHOD(method)->function, name, result);
}

static bool bound_method_get_name(Thread *thread, Value self, Value *result) {
    return bound_method_forward(thread, self, thread->runtime->names.name, result);
}

static bool bound_method_get_qualname(Thread *thread, Value self, Value *result) {
    return bound_method_forward(thread, self, thread->runtime->names.qualname, result);
}

static bool bound_method_get_doc(Thread *thread, Value self, Value *result) {
    return bound_method_forward(thread, self, thread->runtime->names.doc, result);
}

static bool bound_method_get_module(Thread *thread, Value self, Value *result) {
    return bound_method_forward(thread, self, thread->runtime->names.module, result);
}

/* Two bound methods are equal when they bind the same self to equal functions. */
static bool bound_method_eq(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    if (!value_is_exact(argv[1], &type_method)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    BoundMethod *a = AS_BOUND_METHOD(argv[0]), *b = AS_BOUND_METHOD(argv[1]);
    bool equal = false;
    if (value_is(a->self, b->self) && !object_equal(thread, a->function, b->function, &equal)) return false;
    *result = BOOL_VALUE(equal);
    return true;
}

static bool bound_method_hash(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    BoundMethod *method = AS_BOUND_METHOD(argv[0]);
    int64_t hash = 0;
    if (!object_hash(thread, method->function, &hash)) return false;
    int64_t self_hash = (int64_t)((uintptr_t)(IS_OBJECT(method->self) ? (void *)AS_OBJECT(method->self) : NULL) >> 4);
    hash ^= self_hash;
    *result = INT_VALUE(hash == -1 ? -2 : hash);
    return true;
}

static const MethodDef bound_method_methods[] = {
    {"__repr__", bound_method_repr},
    {"__call__", bound_method_call},
    {"__eq__", bound_method_eq},
    {"__hash__", bound_method_hash},
    {NULL, NULL},
};

static const GetSetDef bound_method_properties[] = {
    {"__func__", bound_method_get_func, NULL},
    {"__self__", bound_method_get_self, NULL},
    {"__name__", bound_method_get_name, NULL},
    {"__qualname__", bound_method_get_qualname, NULL},
    {"__doc__", bound_method_get_doc, NULL},
    {"__module__", bound_method_get_module, NULL},
    {NULL, NULL, NULL},
};

/* ---- builtin_function_or_method and method_descriptor ---- */

static bool native_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    NativeFunction *native = AS_NATIVE(argv[0]);
    Str *str;
    if (native->header.type == &type_method_descriptor)
        str = str_printf(thread, "<method '%s' of '%s' objects>", native->name, type_name(native->owner));
    else if (IS_EMPTY(native->self) || value_is_instance(native->self, &type_module))
        str = str_printf(thread, "<built-in function %s>", native->name);
    else
        str = str_printf(thread, "<built-in method %s of %s object at %p>", native->name,
                         value_type_name(native->self), IS_OBJECT(native->self) ? (void *)AS_OBJECT(native->self) : NULL);
    return str_result(str, result);
}

static bool native_call_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return eval_call(thread, argv[0], argc - 1, argv + 1, kwnames, result);
}

static bool native_get(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!function_check_args(thread, "__get__", argc, kwnames, 2, 3)) return false;
    if (IS_NONE(argv[1]) || AS_NATIVE(argv[0])->header.type != &type_method_descriptor) {
        *result = argv[0];
        return true;
    }
    return function_bind(thread, argv[0], argv[1], result);
}

static bool native_get_name(Thread *thread, Value self, Value *result) {
    return str_result(str_from_c(thread, AS_NATIVE(self)->name), result);
}

static bool native_get_qualname(Thread *thread, Value self, Value *result) {
    NativeFunction *native = AS_NATIVE(self);
    if (native->owner == NULL) return str_result(str_from_c(thread, native->name), result);
    return str_result(str_printf(thread, "%s.%s", type_name(native->owner), native->name), result);
}

static bool native_get_self(Thread *thread, Value self, Value *result) {
    NativeFunction *native = AS_NATIVE(self);
    *result = native->self;
    if (IS_EMPTY(*result)) {
        /* A module function's __self__ is its module. */
        Value module = EMPTY_VALUE;
        if (IS_STR(native->module)) dict_get(thread, thread->runtime->modules, native->module, &module);
        *result = IS_EMPTY(module) ? NONE_VALUE : module;
    }
    return true;
}

static bool native_get_module(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = IS_EMPTY(AS_NATIVE(self)->module) ? NONE_VALUE : AS_NATIVE(self)->module;
    return true;
}

static bool native_get_doc(Thread *thread, Value self, Value *result) {
    (void)self;
    (void)thread;
    *result = NONE_VALUE;
    return true;
}

static bool native_get_objclass(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = value_or_none((Object *)AS_NATIVE(self)->owner);
    return true;
}

static const MethodDef native_methods[] = {
    {"__repr__", native_repr},
    {"__call__", native_call_method},
    {"__get__", native_get},
    {NULL, NULL},
};

static const GetSetDef native_properties[] = {
    {"__name__", native_get_name, NULL},
    {"__qualname__", native_get_qualname, NULL},
    {"__self__", native_get_self, NULL},
    {"__module__", native_get_module, NULL},
    {"__doc__", native_get_doc, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef method_descriptor_properties[] = {
    {"__name__", native_get_name, NULL},
    {"__qualname__", native_get_qualname, NULL},
    {"__objclass__", native_get_objclass, NULL},
    {"__doc__", native_get_doc, NULL},
    {NULL, NULL, NULL},
};

/* ---- cell ---- */

static bool cell_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Cell *cell = AS_CELL(argv[0]);
    if (IS_EMPTY(cell->value)) return str_result(str_printf(thread, "<cell at %p: empty>", (void *)cell), result);
    Value value = cell->value;
    return str_result(str_printf(thread, "<cell at %p: %s object at %p>", (void *)cell, value_type_name(value),
                                 IS_OBJECT(value) ? (void *)AS_OBJECT(value) : NULL),
                      result);
}

static bool cell_get_contents(Thread *thread, Value self, Value *result) {
    *result = AS_CELL(self)->value;
    if (IS_EMPTY(*result)) return error_set(thread, &type_ValueError, "Cell is empty");
    return true;
}

static bool cell_set_contents(Thread *thread, Value self, Value value) {
    (void)thread;
    AS_CELL(self)->value = value;
    return true;
}

static const MethodDef cell_methods[] = {
    {"__repr__", cell_repr},
    {NULL, NULL},
};

static const GetSetDef cell_properties[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

/* ---- Types ---- */

Type type_function = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "function",
    .base = &type_object,
    .instance_size = sizeof(Function),
    .trace = function_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_cell = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "cell",
    .base = &type_object,
    .instance_size = sizeof(Cell),
    .trace = cell_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_method = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "method",
    .base = &type_object,
    .instance_size = sizeof(BoundMethod),
    .trace = bound_method_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_native_function = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "builtin_function_or_method",
    .base = &type_object,
    .instance_size = sizeof(NativeFunction),
    .trace = native_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_method_descriptor = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "method_descriptor",
    .base = &type_object,
    .instance_size = sizeof(NativeFunction),
    .trace = native_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

/* Ready one type and publish its methods and properties. */
static void function_ready(Thread *thread, Type *type, const MethodDef *methods, const GetSetDef *getsets) {
    type_ready(thread, type);
    type_add_methods(thread, type, methods);
    type_add_getsets(thread, type, getsets);
}

void function_init_types(Thread *thread) {
    function_ready(thread, &type_function, function_methods, function_properties);
    function_ready(thread, &type_cell, cell_methods, cell_properties);
    function_ready(thread, &type_method, bound_method_methods, bound_method_properties);
    function_ready(thread, &type_native_function, native_methods, native_properties);
    function_ready(thread, &type_method_descriptor, native_methods, method_descriptor_properties);
    /* runtime.c has no separate call for generators: they are readied here. */
    generator_init_type(thread);
}
