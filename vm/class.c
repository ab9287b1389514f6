/* class.c: the types `type` and `object`, and user classes.
 *
 * `object` is the root of every class: its methods (__init__, __new__,
 * __repr__, __eq__, __hash__, __getattribute__...) are what a class gets
 * when it does not define its own. `type` is the class of every class: its
 * __call__ makes instances (__new__ then __init__), its getsets expose
 * __name__, __mro__ and friends. class_new makes a user class (single
 * inheritance), and __build_class__ runs a class statement's body to feed
 * it. The attribute protocol itself lives in class_attribute.c, the
 * descriptor types in class_descriptors.c, super in super.c. */
#include "class.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "exception.h"
#include "number.h"
#include "eval.h"
#include "frame.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

static void type_trace(Object *object, GcTracer *tracer);
static void instance_trace(Object *object, GcTracer *tracer);
static bool type_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);
static bool object_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_type = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "type",
    .base = &type_object,
    .instance_size = sizeof(Type),
    .trace = type_trace,
    .new_instance = type_new_instance,
};

Type type_object = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "object",
    .base = NULL,
    .instance_size = sizeof(Object),
    .flags = TYPE_BASETYPE,
    .new_instance = object_new_instance,
};

static void type_trace(Object *object, GcTracer *tracer) {
    Type *type = (Type *)object;
    gc_mark_object(tracer, (Object *)type->name);
    gc_mark_object(tracer, (Object *)type->qualname);
    gc_mark_object(tracer, (Object *)type->base);
    gc_mark_object(tracer, (Object *)type->dict);
    gc_mark_object(tracer, (Object *)type->mro);
}

static void instance_trace(Object *object, GcTracer *tracer) { gc_mark_object(tracer, (Object *)((Instance *)object)->dict); }

static bool str_result(Str *str, Value *result) {
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

static size_t keyword_count(Tuple *kwnames) { return kwnames != NULL ? kwnames->count : 0; }

/* ---- Basic queries ---- */

/* A static type's c_name may be dotted ("_thread.lock"): the name is the
 * last part, the module the rest. */
static const char *c_name_short(const char *c_name) {
    const char *dot = strrchr(c_name, '.');
    return dot != NULL ? dot + 1 : c_name;
}

const char *type_name(Type *type) { return type->name != NULL ? type->name->chars : c_name_short(type->c_name); }

bool type_is_subtype(Type *type, Type *base) {
    for (Type *t = type; t != NULL; t = t->base)
        if (t == base) return true;
    return false;
}

bool class_is_native(Value value, NativeFn function) {
    if (!IS_OBJECT(value)) return false;
    Type *type = AS_OBJECT(value)->type;
    return (type == &type_native_function || type == &type_method_descriptor) && AS_NATIVE(value)->function == function;
}

/* True if `type` gets `name` from a class other than object (CPython's
 * "tp_new != object_new" test). */
static bool class_overrides(Type *type, Str *name) {
    Type *owner = NULL;
    Value found = type_lookup_owner(type, name, &owner);
    return !IS_EMPTY(found) && owner != &type_object;
}

/* The module a type belongs to, as __module__ shows it; EMPTY if unknown. */
static Value type_module_value(Thread *thread, Type *type) {
    if (type->flags & TYPE_HEAPTYPE) return dict_get_str(type->dict, thread->runtime->names.module);
    const char *dot = type->c_name != NULL ? strrchr(type->c_name, '.') : NULL;
    Str *module = dot != NULL ? str_new(thread, type->c_name, (size_t)(dot - type->c_name))
                              : str_intern_c(thread, "builtins");
    return module != NULL ? OBJECT_VALUE(module) : EMPTY_VALUE;
}

const char *type_display_name(Thread *thread, Type *type, char *buffer, size_t size) {
    const char *qualname = type->qualname != NULL ? type->qualname->chars : type_name(type);
    Value module = type_module_value(thread, type);
    if (!IS_STR(module) || strcmp(AS_STR(module)->chars, "builtins") == 0)
        snprintf(buffer, size, "%s", qualname);
    else
        snprintf(buffer, size, "%s.%s", AS_STR(module)->chars, qualname);
    return buffer;
}

int64_t class_identity_hash(Value value) {
    uintptr_t address = IS_OBJECT(value) ? (uintptr_t)AS_OBJECT(value) : (uintptr_t)value.as.integer;
    uint64_t rotated = ((uint64_t)address >> 4) | ((uint64_t)address << 60);
    int64_t hash = (int64_t)rotated;
    return hash == -1 ? -2 : hash;
}

Str *class_default_repr(Thread *thread, Value value) {
    char name[256];
    type_display_name(thread, value_type(value), name, sizeof name);
    return str_printf(thread, "<%s object at %p>", name, IS_OBJECT(value) ? (void *)AS_OBJECT(value) : NULL);
}

/* The first new_instance up the base chain: how instances of `type` are
 * laid out and allocated. */
static NativeFn class_solid_new(Type *type) {
    for (Type *t = type; t != NULL; t = t->base)
        if (t->new_instance != NULL) return t->new_instance;
    return object_new_instance;
}

/* ---- __new__ and __init__ of object ---- */

/* object.__new__ / int.__new__ ... : the C constructor of the first base
 * that has one, called with the class to instantiate as argv[0]. */
static bool class_builtin_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (argc < 1) return error_set(thread, &type_TypeError, "object.__new__(): not enough arguments");
    if (!IS_TYPE(argv[0]))
        return error_set(thread, &type_TypeError, "object.__new__(X): X is not a type object (%s)",
                         value_type_name(argv[0]));
    Type *type = AS_TYPE(argv[0]);
    if (type->flags & TYPE_ABSTRACT_NEW)
        return error_set(thread, &type_TypeError, "cannot create '%s' instances", type_name(type));
    return class_solid_new(type)(thread, argc, argv, kwnames, result);
}

static bool object_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Type *type = AS_TYPE(argv[0]);
    Names *names = &thread->runtime->names;
    if (argc > 1 || keyword_count(kwnames) > 0) {
        if (class_overrides(type, names->new))
            return error_set(thread, &type_TypeError,
                             "object.__new__() takes exactly one argument (the type to instantiate)");
        if (!class_overrides(type, names->init))
            return error_set(thread, &type_TypeError, "%s() takes no arguments", type_name(type));
    }
    Type *solid = type;
    while (solid != NULL && (solid->flags & TYPE_HEAPTYPE)) solid = solid->base;
    if ((type->flags & TYPE_ABSTRACT_NEW) || solid != &type_object)
        return error_set(thread, &type_TypeError, "cannot create '%s' instances", type_name(type));
    Object *object = object_allocate(thread, type, type->instance_size);
    if (object == NULL) return false;
    *result = OBJECT_VALUE(object);
    return true;
}

/* object.__init__'s check of excess arguments, as CPython 3.11's. */
static bool object_init_check(Thread *thread, Type *type, int argc, Tuple *kwnames) {
    if (argc == 0 && keyword_count(kwnames) == 0) return true;
    Names *names = &thread->runtime->names;
    if (class_overrides(type, names->init))
        return error_set(thread, &type_TypeError,
                         "object.__init__() takes exactly one argument (the instance to initialize)");
    if (!class_overrides(type, names->new))
        return error_set(thread, &type_TypeError,
                         "%s.__init__() takes exactly one argument (the instance to initialize)", type_name(type));
    return true;
}

static bool object_init(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    *result = NONE_VALUE;
    return object_init_check(thread, value_type(argv[0]), argc - 1, kwnames);
}

/* ---- type.__call__ ---- */

/* Run __init__ on a fresh instance, unless it is object's (then only the
 * argument check). */
static bool class_run_init(Thread *thread, Value instance, int argc, Value *argv, Tuple *kwnames) {
    Type *type = value_type(instance);
    Value init = type_lookup(type, thread->runtime->names.init);
    if (IS_EMPTY(init) || class_is_native(init, object_init)) return object_init_check(thread, type, argc, kwnames);
    Value returned;
    if (!class_call_bound(thread, init, instance, argc, argv, kwnames, &returned)) return false;
    if (!IS_NONE(returned))
        return error_set(thread, &type_TypeError, "__init__() should return None, not '%s'",
                         value_type_name(returned));
    return true;
}

int class_plain_construct(Thread *thread, Type *type, Value *instance, Value *init) {
    if (!(type->flags & TYPE_HEAPTYPE) || class_solid_new(type) != object_new_instance) return 0;
    Names *names = &thread->runtime->names;
    Value new_method = type_lookup(type, names->new);
    if (!IS_EMPTY(new_method) &&
        !(value_is_exact(new_method, &type_staticmethod) &&
          class_is_native(((MethodWrapper *)AS_OBJECT(new_method))->function, class_builtin_new)))
        return 0;
    Value function = type_lookup(type, names->init);
    if (!value_is_exact(function, &type_function) ||
        (AS_FUNCTION(function)->code->flags & (CODE_GENERATOR | CODE_COROUTINE | CODE_ASYNC_GENERATOR)))
        return 0;
    Value type_value = OBJECT_VALUE(type);
    if (!object_new_instance(thread, 1, &type_value, NULL, instance)) return -1;
    *init = function;
    return 1;
}

bool class_type_call(Thread *thread, Type *type, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (type == &type_type && argc == 1 && keyword_count(kwnames) == 0) {
        *result = OBJECT_VALUE(value_type(argv[0]));
        return true;
    }
    if (type == &type_str && argc == 1 && keyword_count(kwnames) == 0 &&
        (!IS_OBJECT(argv[0]) || value_is_exact(argv[0], &type_str))) {
        /* str(42), str(s): the common conversions, without __new__. */
        Str *text;
        if (!object_str(thread, argv[0], &text)) return false;
        *result = OBJECT_VALUE(text);
        return true;
    }
    if (type->flags & TYPE_ABSTRACT_NEW)
        return error_set(thread, &type_TypeError, "cannot create '%s' instances", type_name(type));
    Value new_method = type_lookup(type, thread->runtime->names.new);
    Value instance;
    if (IS_EMPTY(new_method) ||
        (value_is_exact(new_method, &type_staticmethod) &&
         class_is_native(((MethodWrapper *)AS_OBJECT(new_method))->function, class_builtin_new))) {
        /* The C constructor, with the class in front of the arguments. */
        size_t total = (size_t)argc + keyword_count(kwnames) + 1;
        Value small[16];
        Value *args = total <= 16 ? small : malloc(total * sizeof(Value));
        if (args == NULL) return error_no_memory(thread);
        args[0] = OBJECT_VALUE(type);
        if (total > 1) memcpy(args + 1, argv, (total - 1) * sizeof(Value));
        bool ok = class_solid_new(type)(thread, argc + 1, args, kwnames, &instance);
        if (args != small) free(args);
        if (!ok) return false;
    } else {
        Value function;
        if (!class_bind(thread, new_method, EMPTY_VALUE, type, &function)) return false;
        if (!gc_push_root(thread, function)) return false;
        bool ok = object_call_with_self(thread, function, OBJECT_VALUE(type), argc, argv, kwnames, &instance);
        gc_pop_roots(thread, 1);
        if (!ok) return false;
    }
    if (!type_is_subtype(value_type(instance), type) || type == &type_type) {
        *result = instance;
        return true;
    }
    if (!gc_push_root(thread, instance)) return false;
    bool ok = class_run_init(thread, instance, argc, argv, kwnames);
    gc_pop_roots(thread, 1);
    *result = instance;
    return ok;
}

/* ---- object's methods ---- */

static bool object_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    return str_result(class_default_repr(thread, argv[0]), result);
}

static bool object_str_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Str *str;
    if (!object_repr(thread, argv[0], &str)) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

static bool object_hash_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE(class_identity_hash(argv[0]));
    return true;
}

/* object.__eq__: identical or NotImplemented. */
static bool object_eq_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_argc(thread, "__eq__", argc - 1, 1, 1)) return false;
    (void)kwnames;
    *result = value_is(argv[0], argv[1]) ? BOOL_VALUE(true) : NOT_IMPLEMENTED_VALUE;
    return true;
}

/* object.__ne__: the inverse of type(self).__eq__ unless NotImplemented. */
static bool object_ne_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_argc(thread, "__ne__", argc - 1, 1, 1)) return false;
    (void)kwnames;
    Value eq = type_lookup(value_type(argv[0]), thread->runtime->names.eq);
    Value answer;
    if (IS_EMPTY(eq) || class_is_native(eq, object_eq_method))
        answer = value_is(argv[0], argv[1]) ? BOOL_VALUE(true) : NOT_IMPLEMENTED_VALUE;
    else if (!class_call_bound(thread, eq, argv[0], 1, argv + 1, NULL, &answer))
        return false;
    if (IS_NOT_IMPLEMENTED(answer)) {
        *result = answer;
        return true;
    }
    bool truth;
    if (!object_truthy(thread, answer, &truth)) return false;
    *result = BOOL_VALUE(!truth);
    return true;
}

/* object.__lt__ and the other orderings: always NotImplemented. */
static bool object_order_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argv, (void)kwnames;
    if (!error_check_argc(thread, "comparison", argc - 1, 1, 1)) return false;
    *result = NOT_IMPLEMENTED_VALUE;
    return true;
}

static bool check_attribute_name(Thread *thread, Value name) {
    if (IS_STR(name)) return true;
    return error_set(thread, &type_TypeError, "attribute name must be string, not '%s'", value_type_name(name));
}

bool class_object_getattribute(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__getattribute__", argc - 1, 1, 1) || !check_attribute_name(thread, argv[1]))
        return false;
    return generic_getattr(thread, argv[0], AS_STR(argv[1]), result);
}

/* object.__setattr__ cannot be applied to a class (type has its own). */
static bool check_not_type(Thread *thread, Value self, const char *what) {
    if (!IS_TYPE(self)) return true;
    return error_set(thread, &type_TypeError, "can't apply this %s to type object", what);
}

bool class_object_setattr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__setattr__", argc - 1, 2, 2) || !check_attribute_name(thread, argv[1]) ||
        !check_not_type(thread, argv[0], "__setattr__"))
        return false;
    *result = NONE_VALUE;
    return generic_setattr(thread, argv[0], AS_STR(argv[1]), argv[2]);
}

bool class_object_delattr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__delattr__", argc - 1, 1, 1) || !check_attribute_name(thread, argv[1]) ||
        !check_not_type(thread, argv[0], "__delattr__"))
        return false;
    *result = NONE_VALUE;
    return generic_delattr(thread, argv[0], AS_STR(argv[1]));
}

/* object.__format__: only the empty spec, meaning str(self). */
static bool object_format_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__format__", argc - 1, 1, 1)) return false;
    if (!IS_STR(argv[1]))
        return error_set(thread, &type_TypeError, "__format__() argument must be str, not %s",
                         value_type_name(argv[1]));
    if (AS_STR(argv[1])->length > 0)
        return error_set(thread, &type_TypeError, "unsupported format string passed to %s.__format__",
                         value_type_name(argv[0]));
    Str *str;
    if (!object_str(thread, argv[0], &str)) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

/* Add every key of `dict` to `seen` (a dict used as an ordered set). */
static bool dir_add_keys(Thread *thread, Dict *seen, Dict *dict) {
    if (dict == NULL) return true;
    size_t position = 0;
    Value key, value;
    while (dict_next(dict, &position, &key, &value))
        if (!dict_set(thread, seen, key, NONE_VALUE)) return false;
    return true;
}

/* The names of a dict-as-set, as a list. */
static bool dir_finish(Thread *thread, Dict *seen, Value *result) {
    List *list = list_new(thread, seen->count);
    if (list == NULL) return false;
    size_t position = 0;
    Value key, value;
    while (dict_next(seen, &position, &key, &value))
        if (!list_append(thread, list, key)) return false;
    *result = OBJECT_VALUE(list);
    return true;
}

/* object.__dir__: the instance dict, then the class and its bases. */
static bool object_dir_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Dict *seen = dict_new(thread);
    if (seen == NULL || !dir_add_keys(thread, seen, object_instance_dict(argv[0]))) return false;
    for (Type *t = value_type(argv[0]); t != NULL; t = t->base)
        if (!dir_add_keys(thread, seen, t->dict)) return false;
    return dir_finish(thread, seen, result);
}

/* object.__init_subclass__: a classmethod that accepts nothing. */
static bool object_init_subclass(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    const char *name = IS_TYPE(argv[0]) ? type_name(AS_TYPE(argv[0])) : value_type_name(argv[0]);
    if (keyword_count(kwnames) > 0)
        return error_set(thread, &type_TypeError, "%s.__init_subclass__() takes no keyword arguments", name);
    if (argc > 1)
        return error_set(thread, &type_TypeError, "%s.__init_subclass__() takes no arguments (%d given)", name,
                         argc - 1);
    *result = NONE_VALUE;
    return true;
}

static bool object_get_class(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(value_type(self));
    return true;
}

/* obj.__class__ = C: only between user classes of the same layout. */
static bool object_set_class(Thread *thread, Value self, Value value) {
    if (IS_EMPTY(value)) return error_set(thread, &type_TypeError, "can't delete __class__ attribute");
    if (!IS_TYPE(value))
        return error_set(thread, &type_TypeError, "__class__ must be set to a class, not '%s' object",
                         value_type_name(value));
    Type *old_type = value_type(self), *new_type = AS_TYPE(value);
    if (!IS_OBJECT(self) || !(old_type->flags & TYPE_HEAPTYPE) || !(new_type->flags & TYPE_HEAPTYPE))
        return error_set(thread, &type_TypeError,
                         "__class__ assignment only supported for mutable types or ModuleType subclasses");
    /* An int subclass's layout is CPython's variable-sized one: refused. */
    if (old_type->instance_size != new_type->instance_size || old_type->trace != new_type->trace ||
        class_solid_new(old_type) != class_solid_new(new_type) || type_is_subtype(old_type, &type_int))
        return error_set(thread, &type_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                         type_name(new_type), type_name(old_type));
    AS_OBJECT(self)->type = new_type;
    return true;
}

static bool object_get_dict(Thread *thread, Value self, Value *result) {
    Dict *dict = object_instance_dict_make(thread, self);
    if (dict == NULL) {
        if (error_occurred(thread)) return false;
        return error_set(thread, &type_AttributeError, "'%s' object has no attribute '__dict__'",
                         value_type_name(self));
    }
    *result = OBJECT_VALUE(dict);
    return true;
}

bool object_set_dict(Thread *thread, Value self, Value value) {
    if (IS_EMPTY(value)) return error_set(thread, &type_TypeError, "cannot delete __dict__");
    if (!value_is_instance(value, &type_dict))
        return error_set(thread, &type_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                         value_type_name(value));
    if (object_instance_dict_make(thread, self) == NULL) {
        if (error_occurred(thread)) return false;
        return error_set(thread, &type_AttributeError, "'%s' object has no attribute '__dict__'",
                         value_type_name(self));
    }
    *object_instance_dict_slot(self) = AS_DICT(value);
    return true;
}

static const MethodDef object_methods[] = {
    {"__init__", object_init},
    {"__repr__", object_repr_method},
    {"__str__", object_str_method},
    {"__hash__", object_hash_method},
    {"__eq__", object_eq_method},
    {"__ne__", object_ne_method},
    {"__lt__", object_order_method},
    {"__le__", object_order_method},
    {"__gt__", object_order_method},
    {"__ge__", object_order_method},
    {"__getattribute__", class_object_getattribute},
    {"__setattr__", class_object_setattr},
    {"__delattr__", class_object_delattr},
    {"__format__", object_format_method},
    {"__dir__", object_dir_method},
    {"__init_subclass__", object_init_subclass},
    {NULL, NULL},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {"__dict__", object_get_dict, object_set_dict},
    {NULL, NULL, NULL},
};

/* ---- type's methods and getsets ---- */

static bool type_call_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (argc < 1 || !IS_TYPE(argv[0]))
        return error_set(thread, &type_TypeError, "descriptor '__call__' requires a 'type' object");
    return class_type_call(thread, AS_TYPE(argv[0]), argc - 1, argv + 1, kwnames, result);
}

static bool type_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    char name[256];
    type_display_name(thread, AS_TYPE(argv[0]), name, sizeof name);
    return str_result(str_printf(thread, "<class '%s'>", name), result);
}

static bool type_init_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argv, (void)kwnames;
    if (argc != 2 && argc != 4) return error_set(thread, &type_TypeError, "type.__init__() takes 1 or 3 arguments");
    *result = NONE_VALUE;
    return true;
}

static bool type_mro_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Tuple *mro = AS_TYPE(argv[0])->mro;
    List *list = list_from_array(thread, mro->items, mro->count);
    if (list == NULL) return false;
    *result = OBJECT_VALUE(list);
    return true;
}

/* dir(C): the names of the class and of its bases. */
static bool type_dir_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Dict *seen = dict_new(thread);
    if (seen == NULL) return false;
    for (Type *t = AS_TYPE(argv[0]); t != NULL; t = t->base)
        if (!dir_add_keys(thread, seen, t->dict)) return false;
    return dir_finish(thread, seen, result);
}

static bool type_instancecheck(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__instancecheck__", argc - 1, 1, 1)) return false;
    *result = BOOL_VALUE(value_is_instance(argv[1], AS_TYPE(argv[0])));
    return true;
}

static bool type_subclasscheck(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__subclasscheck__", argc - 1, 1, 1)) return false;
    if (!IS_TYPE(argv[1])) return error_set(thread, &type_TypeError, "issubclass() arg 1 must be a class");
    *result = BOOL_VALUE(type_is_subtype(AS_TYPE(argv[1]), AS_TYPE(argv[0])));
    return true;
}

static bool type_get_name(Thread *thread, Value self, Value *result) {
    Type *type = AS_TYPE(self);
    Str *name = type->name != NULL ? type->name : str_from_c(thread, type_name(type));
    return str_result(name, result);
}

/* Only user classes may be renamed, and only to a str. */
static bool type_check_settable(Thread *thread, Type *type, const char *attribute, Value value, bool need_str) {
    if (!(type->flags & TYPE_HEAPTYPE))
        return error_set(thread, &type_TypeError, "cannot set '%s' attribute of immutable type '%s'", attribute,
                         type_name(type));
    if (IS_EMPTY(value))
        return error_set(thread, &type_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attribute,
                         type_name(type));
    if (need_str && !IS_STR(value))
        return error_set(thread, &type_TypeError, "can only assign string to %s.%s, not '%s'", type_name(type),
                         attribute, value_type_name(value));
    return true;
}

static bool type_set_name(Thread *thread, Value self, Value value) {
    Type *type = AS_TYPE(self);
    if (!type_check_settable(thread, type, "__name__", value, true)) return false;
    type->name = AS_STR(value);
    return true;
}

static bool type_get_qualname(Thread *thread, Value self, Value *result) {
    Type *type = AS_TYPE(self);
    if (type->qualname != NULL) return str_result(type->qualname, result);
    return type_get_name(thread, self, result);
}

static bool type_set_qualname(Thread *thread, Value self, Value value) {
    Type *type = AS_TYPE(self);
    if (!type_check_settable(thread, type, "__qualname__", value, true)) return false;
    type->qualname = AS_STR(value);
    return true;
}

static bool type_get_module(Thread *thread, Value self, Value *result) {
    Value module = type_module_value(thread, AS_TYPE(self));
    if (IS_EMPTY(module)) {
        if (error_occurred(thread)) return false;
        return error_set(thread, &type_AttributeError, "__module__");
    }
    *result = module;
    return true;
}

/* __module__ and __doc__ of a user class live in its dict. */
static bool type_set_dict_entry(Thread *thread, Value self, const char *attribute, Str *key, Value value) {
    Type *type = AS_TYPE(self);
    if (!type_check_settable(thread, type, attribute, value, false)) return false;
    type_modified(type);
    return dict_set_str(thread, type->dict, key, value);
}

static bool type_set_module(Thread *thread, Value self, Value value) {
    return type_set_dict_entry(thread, self, "__module__", thread->runtime->names.module, value);
}

static bool type_get_doc(Thread *thread, Value self, Value *result) {
    Value doc = AS_TYPE(self)->dict != NULL ? dict_get_str(AS_TYPE(self)->dict, thread->runtime->names.doc) : EMPTY_VALUE;
    if (IS_EMPTY(doc)) {
        *result = NONE_VALUE;
        return true;
    }
    return class_bind(thread, doc, EMPTY_VALUE, AS_TYPE(self), result);
}

static bool type_set_doc(Thread *thread, Value self, Value value) {
    return type_set_dict_entry(thread, self, "__doc__", thread->runtime->names.doc, value);
}

static bool type_get_bases(Thread *thread, Value self, Value *result) {
    Type *type = AS_TYPE(self);
    Tuple *bases = type->base != NULL ? tuple_from_array(thread, (Value[]){OBJECT_VALUE(type->base)}, 1)
                                      : thread->runtime->empty_tuple;
    if (bases == NULL) return false;
    *result = OBJECT_VALUE(bases);
    return true;
}

static bool type_get_base(Thread *thread, Value self, Value *result) {
    (void)thread;
    Type *base = AS_TYPE(self)->base;
    *result = base != NULL ? OBJECT_VALUE(base) : NONE_VALUE;
    return true;
}

static bool type_get_mro(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(AS_TYPE(self)->mro);
    return true;
}

/* C.__dict__: a read-only mappingproxy of the class's namespace. */
static bool type_get_dict(Thread *thread, Value self, Value *result) {
    return mappingproxy_new(thread, OBJECT_VALUE(AS_TYPE(self)->dict), result);
}

static const MethodDef type_methods[] = {
    {"__call__", type_call_method},
    {"__repr__", type_repr_method},
    {"__init__", type_init_method},
    {"__getattribute__", class_type_getattribute},
    {"__setattr__", class_type_setattr},
    {"__delattr__", class_type_delattr},
    {"__dir__", type_dir_method},
    {"__instancecheck__", type_instancecheck},
    {"__subclasscheck__", type_subclasscheck},
    {"mro", type_mro_method},
    {NULL, NULL},
};

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__doc__", type_get_doc, type_set_doc},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {NULL, NULL, NULL},
};

/* ---- Making classes ---- */

/* (type,) + base's MRO. */
static Tuple *class_make_mro(Thread *thread, Type *type) {
    size_t base_count = type->base != NULL && type->base->mro != NULL ? type->base->mro->count : 0;
    Tuple *mro = tuple_new(thread, base_count + 1);
    if (mro == NULL) return NULL;
    mro->items[0] = OBJECT_VALUE(type);
    for (size_t i = 0; i < base_count; i++) mro->items[i + 1] = type->base->mro->items[i];
    return mro;
}

/* A native wrapped in staticmethod or classmethod, stored in `dict`. */
static bool class_store_wrapped(Thread *thread, Dict *dict, Str *name, Value function, Type *wrapper_type) {
    MethodWrapper *wrapper = ALLOCATE_OBJECT(thread, MethodWrapper, wrapper_type);
    if (wrapper == NULL) return false;
    wrapper->function = function;
    return dict_set_str(thread, dict, name, OBJECT_VALUE(wrapper));
}

/* Wrap natives of `type`'s dict. The wrapper holds a plain native, not the
 * method descriptor type_add_methods stored: a descriptor insists on an
 * instance of the type as its first argument, and a classmethod passes
 * the class there (dict.fromkeys, bytes.fromhex). */
static bool type_wrap_natives(Thread *thread, Type *type, const char *const *names, Type *wrapper_type) {
    for (; *names != NULL; names++) {
        Str *name = str_intern_c(thread, *names);
        if (name == NULL) return false;
        Value found = dict_get_str(type->dict, name);
        if (!IS_OBJECT(found) || (AS_OBJECT(found)->type != &type_native_function &&
                                  AS_OBJECT(found)->type != &type_method_descriptor))
            continue;
        NativeFunction *native = native_new(thread, AS_NATIVE(found)->name, AS_NATIVE(found)->function, EMPTY_VALUE);
        if (native == NULL) return false;
        native->owner = type; /* for "dict.fromkeys()" in messages */
        if (!class_store_wrapped(thread, type->dict, name, OBJECT_VALUE(native), wrapper_type)) return false;
    }
    type_modified(type);
    return true;
}

bool type_wrap_classmethods(Thread *thread, Type *type, const char *const *names) {
    return type_wrap_natives(thread, type, names, &type_classmethod);
}

bool type_wrap_staticmethods(Thread *thread, Type *type, const char *const *names) {
    return type_wrap_natives(thread, type, names, &type_staticmethod);
}

bool type_ready(Thread *thread, Type *type) {
    if ((type->header.flags & OBJECT_STATIC) && !runtime_register_static_type(thread, type)) return false;
    /* Start-up code fills built-in types' dicts directly: forget lookups. */
    type_modified(type);
    if (type->mro != NULL) return true;
    if (type->base == NULL && type != &type_object) type->base = &type_object;
    if (type->name == NULL) {
        type->name = str_intern_c(thread, c_name_short(type->c_name));
        if (type->name == NULL) return false;
    }
    if (type->qualname == NULL) type->qualname = type->name;
    if (type->dict == NULL && (type->dict = dict_new(thread)) == NULL) return false;
    if ((type->mro = class_make_mro(thread, type)) == NULL) return false;
    if (type->new_instance != NULL && IS_EMPTY(dict_get_str(type->dict, thread->runtime->names.new))) {
        NativeFunction *native = native_new(thread, "__new__", class_builtin_new, EMPTY_VALUE);
        if (native == NULL ||
            !class_store_wrapped(thread, type->dict, thread->runtime->names.new, OBJECT_VALUE(native),
                                 &type_staticmethod))
            return false;
    }
    return true;
}

/* The one base of a class statement, with CPython's checks. */
static Type *class_pick_base(Thread *thread, Str *name, Tuple *bases) {
    if (bases->count == 0) return &type_object;
    if (bases->count > 1) {
        error_set(thread, &type_TypeError,
                  "class %s: multiple inheritance is not supported by Baton (only single inheritance is "
                  "in its subset of Python)",
                  name->chars);
        return NULL;
    }
    Value base = bases->items[0];
    if (!IS_TYPE(base)) {
        error_set(thread, &type_TypeError, "bases must be types");
        return NULL;
    }
    if (AS_TYPE(base) == &type_type) {
        error_set(thread, &type_TypeError,
                  "class %s: subclassing type (a metaclass) is not supported by Baton (outside its subset of "
                  "Python)",
                  name->chars);
        return NULL;
    }
    if (!(AS_TYPE(base)->flags & TYPE_BASETYPE)) {
        error_set(thread, &type_TypeError, "type '%s' is not an acceptable base type", type_name(AS_TYPE(base)));
        return NULL;
    }
    return AS_TYPE(base);
}

/* ---- Instance dicts after a built-in layout ----
 *
 * A subclass of list, dict, set or frozenset keeps its base's layout (the
 * containers allocate type->instance_size bytes) and gets its __dict__
 * pointer after it; the trace marks the base's references, then the dict. */

/* The built-in type whose layout instances of `type` have. */
static Type *class_solid_base(Type *type) {
    while (type->flags & TYPE_HEAPTYPE) type = type->base;
    return type;
}

static size_t class_trailing_dict_offset(Type *solid) {
    size_t align = _Alignof(Dict *);
    return (solid->instance_size + align - 1) / align * align;
}

static void class_trailing_dict_trace(Object *object, GcTracer *tracer) {
    Type *solid = class_solid_base(object->type);
    if (solid->trace != NULL) solid->trace(object, tracer);
    gc_mark_object(tracer, *(Object **)((char *)object + class_trailing_dict_offset(solid)));
}

Dict **class_trailing_dict_slot(Object *object) {
    if (object->type->trace != class_trailing_dict_trace) return NULL;
    return (Dict **)((char *)object + class_trailing_dict_offset(class_solid_base(object->type)));
}

/* Inherit the instance layout: classes deriving from object (directly or
 * not) and exceptions get a __dict__, where an Instance keeps it;
 * subclasses of int and float box their value (number.h), subclasses of
 * str keep the dict after the text (str.h), subclasses of the fixed-size
 * containers after the container. */
static void class_inherit_layout(Type *type, Type *base) {
    type->flags = TYPE_HEAPTYPE | TYPE_BASETYPE | (base->flags & (TYPE_EXCEPTION | TYPE_HAS_DICT));
    type->instance_size = base->instance_size;
    type->trace = base->trace;
    type->finalize = base->finalize;
    type->new_instance = class_solid_new(base);
    if (base->flags & TYPE_EXCEPTION) {
        type->flags |= TYPE_HAS_DICT;
    } else if (base == &type_object) {
        type->flags |= TYPE_HAS_DICT;
        type->instance_size = sizeof(Instance);
        type->trace = instance_trace;
    } else if (base == &type_int || base == &type_float) {
        type->flags |= TYPE_HAS_DICT;
        type->instance_size = sizeof(BoxedNumber);
        type->trace = number_boxed_trace;
    } else if (base == &type_str) {
        type->trace = str_subclass_trace;
    } else if (base == &type_list || base == &type_dict || base == &type_set || base == &type_frozenset) {
        type->instance_size = class_trailing_dict_offset(base) + sizeof(Dict *);
        type->trace = class_trailing_dict_trace;
    }
}

/* Namespace conventions: __module__ from the caller's globals, __doc__,
 * __qualname__ taken out, __new__ made static, __init_subclass__ a class
 * method, __hash__ = None beside an __eq__, the __class__ cell filled. */
static bool class_fix_namespace(Thread *thread, Type *type, Dict *namespace) {
    Names *names = &thread->runtime->names;
    if (IS_EMPTY(dict_get_str(namespace, names->module)) && thread->frame != NULL) {
        Value module = dict_get_str(thread->frame->globals, names->name);
        if (!IS_EMPTY(module) && !dict_set_str(thread, namespace, names->module, module)) return false;
    }
    if (IS_EMPTY(dict_get_str(namespace, names->doc)) && !dict_set_str(thread, namespace, names->doc, NONE_VALUE))
        return false;
    Value new_method = dict_get_str(namespace, names->new);
    if (value_is_exact(new_method, &type_function) &&
        !class_store_wrapped(thread, namespace, names->new, new_method, &type_staticmethod))
        return false;
    Value init_subclass = dict_get_str(namespace, names->init_subclass);
    if (value_is_exact(init_subclass, &type_function) &&
        !class_store_wrapped(thread, namespace, names->init_subclass, init_subclass, &type_classmethod))
        return false;
    Str *class_getitem = str_intern_c(thread, "__class_getitem__");
    if (class_getitem == NULL) return false;
    Value getitem = dict_get_str(namespace, class_getitem);
    if (value_is_exact(getitem, &type_function) &&
        !class_store_wrapped(thread, namespace, class_getitem, getitem, &type_classmethod))
        return false;
    if (!IS_EMPTY(dict_get_str(namespace, names->eq)) && IS_EMPTY(dict_get_str(namespace, names->hash)) &&
        !dict_set_str(thread, namespace, names->hash, NONE_VALUE))
        return false;
    Value cell = dict_get_str(namespace, names->classcell);
    if (value_is_exact(cell, &type_cell)) {
        AS_CELL(cell)->value = OBJECT_VALUE(type);
        dict_delete_str(namespace, names->classcell);
    }
    return true;
}

/* Call __set_name__(owner, name) on every namespace value that has one. */
static bool class_call_set_names(Thread *thread, Type *type) {
    Str *set_name = thread->runtime->names.set_name;
    Dict *snapshot = dict_copy(thread, type->dict);
    if (snapshot == NULL || !gc_push_root(thread, OBJECT_VALUE(snapshot))) return false;
    size_t position = 0;
    Value key, value;
    bool ok = true;
    while (ok && dict_next(snapshot, &position, &key, &value)) {
        if (!IS_OBJECT(value)) continue;
        Value method = type_lookup(value_type(value), set_name);
        if (IS_EMPTY(method)) continue;
        Value args[2] = {OBJECT_VALUE(type), key}, ignored;
        ok = class_call_bound(thread, method, value, 2, args, NULL, &ignored);
    }
    gc_pop_roots(thread, 1);
    return ok;
}

/* super(type, type).__init_subclass__(**keywords) */
static bool class_call_init_subclass(Thread *thread, Type *type, Value *values, Tuple *kwnames) {
    Value method = type_lookup(type->base, thread->runtime->names.init_subclass);
    if (IS_EMPTY(method)) return true;
    Value bound, ignored;
    if (!class_bind(thread, method, OBJECT_VALUE(type), type, &bound)) return false;
    if (!gc_push_root(thread, bound)) return false;
    bool ok = object_call(thread, bound, 0, values, kwnames, &ignored);
    gc_pop_roots(thread, 1);
    return ok;
}

Type *class_new_with_keywords(Thread *thread, Str *name, Tuple *bases, Dict *namespace, int keyword_count,
                              Value *keyword_values, Tuple *kwnames) {
    (void)keyword_count; /* len(kwnames) */
    Type *base = class_pick_base(thread, name, bases);
    if (base == NULL) return NULL;
    Value qualname = dict_get_str(namespace, thread->runtime->names.qualname);
    if (!IS_EMPTY(qualname) && !IS_STR(qualname)) {
        error_set(thread, &type_TypeError, "type __qualname__ must be a str, not %s", value_type_name(qualname));
        return NULL;
    }
    Type *type = (Type *)object_allocate(thread, &type_type, sizeof(Type));
    if (type == NULL) return NULL;
    type->name = name;
    type->qualname = IS_EMPTY(qualname) ? name : AS_STR(qualname);
    type->base = base;
    type->dict = namespace;
    dict_delete_str(namespace, thread->runtime->names.qualname);
    class_inherit_layout(type, base);
    bool instance_layout = type->trace == instance_trace || type->trace == class_slots_trace;
    if (instance_layout && !class_apply_slots(thread, type, namespace, (base->flags & TYPE_HAS_DICT) != 0))
        return NULL;
    if ((type->mro = class_make_mro(thread, type)) == NULL || !class_fix_namespace(thread, type, namespace))
        return NULL;
    if (!gc_push_root(thread, OBJECT_VALUE(type))) return NULL;
    bool ok = class_call_set_names(thread, type) &&
              class_call_init_subclass(thread, type, keyword_values, kwnames);
    gc_pop_roots(thread, 1);
    return ok ? type : NULL;
}

Type *class_new(Thread *thread, Str *name, Tuple *bases, Dict *namespace) {
    return class_new_with_keywords(thread, name, bases, namespace, 0, NULL, NULL);
}

/* type(name, bases, dict) */
static bool type_new_three(Thread *thread, Value *args, Tuple *kwnames, Value *result) {
    if (!IS_STR(args[0]))
        return error_set(thread, &type_TypeError, "type.__new__() argument 1 must be str, not %s",
                         value_type_name(args[0]));
    if (!value_is_instance(args[1], &type_tuple))
        return error_set(thread, &type_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                         value_type_name(args[1]));
    if (!value_is_instance(args[2], &type_dict))
        return error_set(thread, &type_TypeError, "type.__new__() argument 3 must be dict, not %s",
                         value_type_name(args[2]));
    Dict *namespace = dict_copy(thread, AS_DICT(args[2]));
    if (namespace == NULL) return false;
    Type *type = class_new_with_keywords(thread, AS_STR(args[0]), AS_TUPLE(args[1]), namespace,
                                         (int)keyword_count(kwnames), args + 3, kwnames);
    if (type == NULL) return false;
    *result = OBJECT_VALUE(type);
    return true;
}

/* type(x) or type(name, bases, dict); argv[0] is the metatype. */
static bool type_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (argc == 2 && keyword_count(kwnames) == 0) {
        *result = OBJECT_VALUE(value_type(argv[1]));
        return true;
    }
    if (argc != 4) return error_set(thread, &type_TypeError, "type() takes 1 or 3 arguments");
    return type_new_three(thread, argv + 1, kwnames, result);
}

/* The keywords of a class statement without `metaclass` (which must be
 * type itself: Baton's subset has no other metaclass). */
static bool class_split_keywords(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *values,
                                 Tuple **rest) {
    size_t count = keyword_count(kwnames), kept = 0;
    *rest = NULL;
    Value names[count > 0 ? count : 1];
    for (size_t i = 0; i < count; i++) {
        Str *keyword = AS_STR(kwnames->items[i]);
        Value value = argv[argc + (int)i];
        if (strcmp(keyword->chars, "metaclass") != 0) {
            names[kept] = kwnames->items[i];
            values[kept++] = value;
            continue;
        }
        if (value_is(value, OBJECT_VALUE(&type_type))) continue;
        Str *repr;
        if (!object_repr(thread, value, &repr)) return false;
        return error_set(thread, &type_TypeError,
                         "metaclass=%s is not supported: Baton's subset of Python has no metaclass other than type",
                         repr->chars);
    }
    if (kept > 0 && (*rest = tuple_from_array(thread, names, kept)) == NULL) return false;
    return true;
}

/* Run the class body in `namespace`, then make the class from it. */
static Type *class_run_body(Thread *thread, Function *body, Str *name, Tuple *bases, Dict *namespace, Value *values,
                            Tuple *keywords) {
    Value cell = NONE_VALUE;
    if (!eval_class_body(thread, body, namespace, &cell)) return NULL;
    Str *classcell = thread->runtime->names.classcell;
    if (value_is_exact(cell, &type_cell) && IS_EMPTY(dict_get_str(namespace, classcell)) &&
        !dict_set_str(thread, namespace, classcell, cell))
        return NULL;
    return class_new_with_keywords(thread, name, bases, namespace, keywords != NULL ? (int)keywords->count : 0,
                                   values, keywords);
}

bool class_build_class(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (argc < 2) return error_set(thread, &type_TypeError, "__build_class__: not enough arguments");
    if (!value_is_exact(argv[0], &type_function))
        return error_set(thread, &type_TypeError, "__build_class__: func must be a function");
    if (!IS_STR(argv[1])) return error_set(thread, &type_TypeError, "__build_class__: name is not a string");
    size_t count = keyword_count(kwnames);
    Value values[count > 0 ? count : 1];
    Tuple *keywords;
    if (!class_split_keywords(thread, argc, argv, kwnames, values, &keywords)) return false;
    Tuple *bases = tuple_from_array(thread, argv + 2, (size_t)(argc - 2));
    Dict *namespace = dict_new(thread);
    if (bases == NULL || namespace == NULL) return false;
    if (!gc_push_root(thread, OBJECT_VALUE(bases))) return false;
    if (!gc_push_root(thread, OBJECT_VALUE(namespace))) {
        gc_pop_roots(thread, 1);
        return false;
    }
    if (!gc_push_root(thread, keywords != NULL ? OBJECT_VALUE(keywords) : NONE_VALUE)) {
        gc_pop_roots(thread, 2);
        return false;
    }
    Type *type = class_run_body(thread, AS_FUNCTION(argv[0]), AS_STR(argv[1]), bases, namespace, values, keywords);
    gc_pop_roots(thread, 3);
    if (type == NULL) return false;
    *result = OBJECT_VALUE(type);
    return true;
}

void class_init_types(Thread *thread) {
    type_lookup_cache_init(thread);
    type_ready(thread, &type_object);
    type_ready(thread, &type_type);
    type_add_methods(thread, &type_object, object_methods);
    type_add_getsets(thread, &type_object, object_getsets);
    static const char *const object_classmethods[] = {"__init_subclass__", NULL};
    type_wrap_classmethods(thread, &type_object, object_classmethods);
    type_add_methods(thread, &type_type, type_methods);
    type_add_getsets(thread, &type_type, type_getsets);
    class_descriptors_init_types(thread);
    super_init_type(thread);
    mappingproxy_init_type(thread);
    class_slots_init_type(thread);
}
