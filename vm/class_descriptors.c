/* class_descriptors.c: the descriptor types of the object model: property,
 * staticmethod, classmethod, and the C getset descriptor that exposes
 * attributes such as type.__name__ or object.__class__.
 *
 * Each is an ordinary object found in a class's dict; the attribute
 * protocol (class_attribute.c, class_bind) recognises them and runs their
 * getter or binds their function. Their __get__/__set__/__delete__ methods
 * here let Python code (and super) use them the same way. */
#include "class.h"

#include <string.h>

#include "dict.h"
#include "error.h"
#include "exception.h"
#include "number.h"
#include "function.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

static void property_trace(Object *object, GcTracer *tracer);
static void wrapper_trace(Object *object, GcTracer *tracer);
static void getset_trace(Object *object, GcTracer *tracer);
static bool property_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);
static bool staticmethod_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);
static bool classmethod_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_property = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "property",
    .base = &type_object,
    .instance_size = sizeof(Property),
    .flags = TYPE_BASETYPE,
    .trace = property_trace,
    .new_instance = property_new_instance,
};

Type type_staticmethod = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "staticmethod",
    .base = &type_object,
    .instance_size = sizeof(MethodWrapper),
    .flags = TYPE_BASETYPE,
    .trace = wrapper_trace,
    .new_instance = staticmethod_new_instance,
};

Type type_classmethod = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "classmethod",
    .base = &type_object,
    .instance_size = sizeof(MethodWrapper),
    .flags = TYPE_BASETYPE,
    .trace = wrapper_trace,
    .new_instance = classmethod_new_instance,
};

Type type_getset = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "getset_descriptor",
    .base = &type_object,
    .instance_size = sizeof(GetSet),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = getset_trace,
};

static void property_trace(Object *object, GcTracer *tracer) {
    Property *property = (Property *)object;
    gc_mark_value(tracer, property->getter);
    gc_mark_value(tracer, property->setter);
    gc_mark_value(tracer, property->deleter);
    gc_mark_value(tracer, property->doc);
    gc_mark_value(tracer, property->name);
}

static void wrapper_trace(Object *object, GcTracer *tracer) { gc_mark_value(tracer, ((MethodWrapper *)object)->function); }

static void getset_trace(Object *object, GcTracer *tracer) {
    gc_mark_object(tracer, &((GetSet *)object)->owner->header);
}

static bool str_result(Str *str, Value *result) {
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

/* None for absent optional values (EMPTY never escapes to Python). */
static Value or_none(Value value) { return IS_EMPTY(value) ? NONE_VALUE : value; }

/* The arguments of a native called as f(self, a, b, ...) with keywords:
 * fill out[0..count) from positionals then from keywords named in `names`;
 * absent ones stay EMPTY. Messages as CPython's argument clinic. */
static bool descriptor_parse_args(Thread *thread, const char *function, int argc, Value *argv, Tuple *kwnames,
                                  const char *const *names, int count, Value *out) {
    for (int i = 0; i < count; i++) out[i] = EMPTY_VALUE;
    if (argc > count)
        return error_set(thread, &type_TypeError, "%s() takes at most %d argument%s (%d given)", function, count,
                         count == 1 ? "" : "s", argc);
    for (int i = 0; i < argc; i++) out[i] = argv[i];
    size_t keyword_count = kwnames != NULL ? kwnames->count : 0;
    for (size_t k = 0; k < keyword_count; k++) {
        Str *keyword = AS_STR(kwnames->items[k]);
        int slot = -1;
        for (int i = 0; i < count; i++)
            if (strcmp(keyword->chars, names[i]) == 0) slot = i;
        if (slot < 0)
            return error_set(thread, &type_TypeError, "%s() got an unexpected keyword argument '%s'", function,
                             keyword->chars);
        if (!IS_EMPTY(out[slot]))
            return error_set(thread, &type_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                             function, names[slot], slot + 1);
        out[slot] = argv[argc + (int)k];
    }
    return true;
}

/* ---- property ---- */

static Property *property_allocate(Thread *thread, Type *type) {
    Property *property = (Property *)object_allocate(thread, type, type->instance_size);
    if (property == NULL) return NULL;
    property->getter = property->setter = property->deleter = property->doc = property->name = NONE_VALUE;
    return property;
}

/* A property's __doc__ defaults to its getter's docstring. */
static Value property_default_doc(Value getter) {
    if (value_is_exact(getter, &type_function)) return AS_FUNCTION(getter)->doc;
    return NONE_VALUE;
}

/* property(fget=None, fset=None, fdel=None, doc=None) */
static bool property_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value args[4];
    if (!descriptor_parse_args(thread, "property", argc - 1, argv + 1, kwnames, names, 4, args)) return false;
    Property *property = property_allocate(thread, AS_TYPE(argv[0]));
    if (property == NULL) return false;
    property->getter = or_none(args[0]);
    property->setter = or_none(args[1]);
    property->deleter = or_none(args[2]);
    property->doc = IS_EMPTY(args[3]) || IS_NONE(args[3]) ? property_default_doc(property->getter) : args[3];
    if (IS_EMPTY(property->doc)) property->doc = NONE_VALUE;
    *result = OBJECT_VALUE(property);
    return true;
}

/* "property 'x' of 'C' object has no setter" (the name only once known). */
static bool property_missing(Thread *thread, Property *property, Value instance, const char *what) {
    if (IS_STR(property->name))
        return error_set(thread, &type_AttributeError, "property '%s' of '%s' object has no %s",
                         AS_STR(property->name)->chars, value_type_name(instance), what);
    return error_set(thread, &type_AttributeError, "property of '%s' object has no %s", value_type_name(instance),
                     what);
}

/* Run the getter: the heart of `instance.x` for a property. */
bool property_get(Thread *thread, Property *property, Value instance, Value *result) {
    if (IS_NONE(property->getter) || IS_EMPTY(property->getter))
        return property_missing(thread, property, instance, "getter");
    return object_call(thread, property->getter, 1, &instance, NULL, result);
}

/* Run the setter, or the deleter when value is EMPTY. */
bool property_set(Thread *thread, Property *property, Value instance, Value value) {
    Value function = IS_EMPTY(value) ? property->deleter : property->setter;
    if (IS_NONE(function) || IS_EMPTY(function))
        return property_missing(thread, property, instance, IS_EMPTY(value) ? "deleter" : "setter");
    Value args[2] = {instance, value};
    Value ignored;
    return object_call(thread, function, IS_EMPTY(value) ? 1 : 2, args, NULL, &ignored);
}

static bool property_dunder_get(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__get__", kwnames) || !error_check_argc(thread, "__get__", argc - 1, 1, 2))
        return false;
    if (IS_NONE(argv[1])) {
        *result = argv[0];
        return true;
    }
    return property_get(thread, (Property *)AS_OBJECT(argv[0]), argv[1], result);
}

static bool property_dunder_set(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__set__", kwnames) || !error_check_argc(thread, "__set__", argc - 1, 2, 2))
        return false;
    *result = NONE_VALUE;
    return property_set(thread, (Property *)AS_OBJECT(argv[0]), argv[1], argv[2]);
}

static bool property_dunder_delete(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__delete__", kwnames) ||
        !error_check_argc(thread, "__delete__", argc - 1, 1, 1))
        return false;
    *result = NONE_VALUE;
    return property_set(thread, (Property *)AS_OBJECT(argv[0]), argv[1], EMPTY_VALUE);
}

static bool property_set_name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__set_name__", kwnames) ||
        !error_check_argc(thread, "__set_name__", argc - 1, 2, 2))
        return false;
    ((Property *)AS_OBJECT(argv[0]))->name = argv[2];
    *result = NONE_VALUE;
    return true;
}

/* getter/setter/deleter: a copy of the property with one function replaced
 * (which = 0, 1, 2), as the @x.setter decorator needs. */
static bool property_copy_with(Thread *thread, int argc, Value *argv, Tuple *kwnames, int which, const char *name,
                               Value *result) {
    if (!error_check_no_kwargs(thread, name, kwnames) || !error_check_argc(thread, name, argc - 1, 1, 1)) return false;
    Property *old = (Property *)AS_OBJECT(argv[0]);
    Property *copy = property_allocate(thread, old->header.type);
    if (copy == NULL) return false;
    copy->getter = which == 0 ? argv[1] : old->getter;
    copy->setter = which == 1 ? argv[1] : old->setter;
    copy->deleter = which == 2 ? argv[1] : old->deleter;
    copy->doc = old->doc;
    if (which == 0 && (IS_NONE(old->doc) || IS_EMPTY(old->doc))) copy->doc = property_default_doc(argv[1]);
    if (IS_EMPTY(copy->doc)) copy->doc = NONE_VALUE;
    copy->name = old->name;
    *result = OBJECT_VALUE(copy);
    return true;
}

static bool property_getter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return property_copy_with(thread, argc, argv, kwnames, 0, "getter", result);
}
static bool property_setter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return property_copy_with(thread, argc, argv, kwnames, 1, "setter", result);
}
static bool property_deleter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return property_copy_with(thread, argc, argv, kwnames, 2, "deleter", result);
}

static const MethodDef property_methods[] = {
    {"__get__", property_dunder_get},
    {"__set__", property_dunder_set},
    {"__delete__", property_dunder_delete},
    {"__set_name__", property_set_name},
    {"getter", property_getter},
    {"setter", property_setter},
    {"deleter", property_deleter},
    {NULL, NULL},
};

static bool property_fget(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = or_none(((Property *)AS_OBJECT(self))->getter);
    return true;
}
static bool property_fset(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = or_none(((Property *)AS_OBJECT(self))->setter);
    return true;
}
static bool property_fdel(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = or_none(((Property *)AS_OBJECT(self))->deleter);
    return true;
}
static bool property_get_doc(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = or_none(((Property *)AS_OBJECT(self))->doc);
    return true;
}
static bool property_set_doc(Thread *thread, Value self, Value value) {
    (void)thread;
    ((Property *)AS_OBJECT(self))->doc = IS_EMPTY(value) ? NONE_VALUE : value;
    return true;
}

static const GetSetDef property_getsets[] = {
    {"fget", property_fget, NULL},
    {"fset", property_fset, NULL},
    {"fdel", property_fdel, NULL},
    {"__doc__", property_get_doc, property_set_doc},
    {NULL, NULL, NULL},
};

/* ---- staticmethod and classmethod ---- */

/* staticmethod(f) / classmethod(f): one positional argument, no keywords. */
static bool wrapper_new(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "%s() takes no keyword arguments", name);
    if (argc != 2) return error_set(thread, &type_TypeError, "%s expected 1 argument, got %d", name, argc - 1);
    Type *type = AS_TYPE(argv[0]);
    MethodWrapper *wrapper = (MethodWrapper *)object_allocate(thread, type, type->instance_size);
    if (wrapper == NULL) return false;
    wrapper->function = argv[1];
    *result = OBJECT_VALUE(wrapper);
    return true;
}

static bool staticmethod_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return wrapper_new(thread, "staticmethod", argc, argv, kwnames, result);
}

static bool classmethod_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return wrapper_new(thread, "classmethod", argc, argv, kwnames, result);
}

static bool staticmethod_get(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__get__", kwnames) || !error_check_argc(thread, "__get__", argc - 1, 1, 2))
        return false;
    *result = ((MethodWrapper *)AS_OBJECT(argv[0]))->function;
    return true;
}

static bool staticmethod_call(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return object_call(thread, ((MethodWrapper *)AS_OBJECT(argv[0]))->function, argc - 1, argv + 1, kwnames, result);
}

/* classmethod.__get__(instance, owner=None): bind the class. */
static bool classmethod_get(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__get__", kwnames) || !error_check_argc(thread, "__get__", argc - 1, 1, 2))
        return false;
    Value owner = argc > 2 && !IS_NONE(argv[2]) ? argv[2] : OBJECT_VALUE(value_type(argv[1]));
    BoundMethod *method = bound_method_new(thread, ((MethodWrapper *)AS_OBJECT(argv[0]))->function, owner);
    if (method == NULL) return false;
    *result = OBJECT_VALUE(method);
    return true;
}

/* "<staticmethod(<function f at 0x...>)>" */
static bool wrapper_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Str *inner;
    if (!object_repr(thread, ((MethodWrapper *)AS_OBJECT(argv[0]))->function, &inner)) return false;
    return str_result(str_printf(thread, "<%s(%s)>", value_type_name(argv[0]), inner->chars), result);
}

static bool wrapper_func(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = ((MethodWrapper *)AS_OBJECT(self))->function;
    return true;
}

/* __doc__, __name__... of the wrapped function, as functools.wraps would. */
static bool wrapper_forward(Thread *thread, Value self, const char *name, Value *result) {
    Str *key = str_intern_c(thread, name);
    if (key == NULL) return false;
    return object_getattr(thread, ((MethodWrapper *)AS_OBJECT(self))->function, key, result);
}
static bool wrapper_doc(Thread *thread, Value self, Value *result) {
    return wrapper_forward(thread, self, "__doc__", result);
}
static bool wrapper_name(Thread *thread, Value self, Value *result) {
    return wrapper_forward(thread, self, "__name__", result);
}
static bool wrapper_qualname(Thread *thread, Value self, Value *result) {
    return wrapper_forward(thread, self, "__qualname__", result);
}

static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_func, NULL},
    {"__wrapped__", wrapper_func, NULL},
    {"__doc__", wrapper_doc, NULL},
    {"__name__", wrapper_name, NULL},
    {"__qualname__", wrapper_qualname, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef staticmethod_methods[] = {
    {"__get__", staticmethod_get},
    {"__call__", staticmethod_call},
    {"__repr__", wrapper_repr},
    {NULL, NULL},
};

static const MethodDef classmethod_methods[] = {
    {"__get__", classmethod_get},
    {"__repr__", wrapper_repr},
    {NULL, NULL},
};

/* ---- getset_descriptor ---- */

bool type_add_getsets(Thread *thread, Type *type, const GetSetDef *getsets) {
    if (type->dict == NULL && (type->dict = dict_new(thread)) == NULL) return false;
    for (const GetSetDef *def = getsets; def->name != NULL; def++) {
        GetSet *getset = ALLOCATE_OBJECT(thread, GetSet, &type_getset);
        if (getset == NULL) return false;
        getset->def = def;
        getset->owner = type;
        Str *name = str_intern_c(thread, def->name);
        if (name == NULL || !dict_set_str(thread, type->dict, name, OBJECT_VALUE(getset))) return false;
    }
    type_modified(type);
    return true;
}

/* getset.__get__(instance, owner=None) */
static bool getset_get(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__get__", kwnames) || !error_check_argc(thread, "__get__", argc - 1, 1, 2))
        return false;
    if (IS_NONE(argv[1])) {
        *result = argv[0];
        return true;
    }
    return class_bind(thread, argv[0], argv[1], value_type(argv[1]), result);
}

static bool getset_set(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__set__", kwnames) || !error_check_argc(thread, "__set__", argc - 1, 2, 2))
        return false;
    *result = NONE_VALUE;
    GetSet *getset = (GetSet *)AS_OBJECT(argv[0]);
    if (getset->def->set == NULL)
        return error_set(thread, &type_AttributeError, "attribute '%s' of '%s' objects is not writable",
                         getset->def->name, type_name(getset->owner));
    return getset->def->set(thread, argv[1], argv[2]);
}

static bool getset_delete(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__delete__", kwnames) ||
        !error_check_argc(thread, "__delete__", argc - 1, 1, 1))
        return false;
    *result = NONE_VALUE;
    GetSet *getset = (GetSet *)AS_OBJECT(argv[0]);
    if (getset->def->set == NULL)
        return error_set(thread, &type_AttributeError, "attribute '%s' of '%s' objects is not writable",
                         getset->def->name, type_name(getset->owner));
    return getset->def->set(thread, argv[1], EMPTY_VALUE);
}

/* "<attribute '__name__' of 'type' objects>" */
static bool getset_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    GetSet *getset = (GetSet *)AS_OBJECT(argv[0]);
    return str_result(str_printf(thread, "<attribute '%s' of '%s' objects>", getset->def->name,
                                 type_name(getset->owner)),
                      result);
}

static const MethodDef getset_methods[] = {
    {"__get__", getset_get},
    {"__set__", getset_set},
    {"__delete__", getset_delete},
    {"__repr__", getset_repr},
    {NULL, NULL},
};

void class_descriptors_init_types(Thread *thread) {
    type_ready(thread, &type_property);
    type_add_methods(thread, &type_property, property_methods);
    type_add_getsets(thread, &type_property, property_getsets);
    type_ready(thread, &type_staticmethod);
    type_add_methods(thread, &type_staticmethod, staticmethod_methods);
    type_add_getsets(thread, &type_staticmethod, wrapper_getsets);
    type_ready(thread, &type_classmethod);
    type_add_methods(thread, &type_classmethod, classmethod_methods);
    type_add_getsets(thread, &type_classmethod, wrapper_getsets);
    type_ready(thread, &type_getset);
    type_add_methods(thread, &type_getset, getset_methods);
}
