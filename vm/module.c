/* module.c: the module type.
 *
 * A module object is a name and the dict its code ran in. Built-in modules
 * (made in C by module_new) print as <module 'sys' (built-in)>, modules
 * loaded from a file (import.c sets __file__) as <module 'm' from 'path'>.
 * Attribute access goes to the dict; a module-level __getattr__ answers
 * names the dict lacks (PEP 562). */
#include "module.h"

#include "import.h"

#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

static void module_trace(Object *object, GcTracer *tracer);
static bool module_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_module = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "module",
    .base = &type_object,
    .instance_size = sizeof(Module),
    .flags = TYPE_BASETYPE,
    .trace = module_trace,
    .new_instance = module_new_instance,
};

static void module_trace(Object *object, GcTracer *tracer) {
    Module *module = (Module *)object;
    gc_mark_object(tracer, (Object *)module->name);
    gc_mark_object(tracer, (Object *)module->dict);
}

/* Set the standard entries of a fresh module's dict, as ModuleType.__init__. */
static bool module_fill_dict(Thread *thread, Module *module, Str *name, Value doc) {
    Names *names = &thread->runtime->names;
    module->name = name;
    if (!dict_set_str(thread, module->dict, names->name, OBJECT_VALUE(name)) ||
        !dict_set_str(thread, module->dict, names->doc, doc))
        return false;
    static const char *const empty_entries[] = {"__package__", "__loader__", "__spec__"};
    for (size_t i = 0; i < sizeof empty_entries / sizeof *empty_entries; i++)
        if (!dict_set_c(thread, module->dict, empty_entries[i], NONE_VALUE)) return false;
    return true;
}

static Module *module_allocate(Thread *thread, Type *type) {
    Module *module = (Module *)object_allocate(thread, type, type->instance_size);
    if (module == NULL) return NULL;
    if ((module->dict = dict_new(thread)) == NULL) return NULL;
    return module;
}

Module *module_new(Thread *thread, const char *name) {
    Module *module = module_allocate(thread, &type_module);
    if (module == NULL) return NULL;
    Str *name_str = str_from_c(thread, name);
    if (name_str == NULL || !module_fill_dict(thread, module, name_str, NONE_VALUE)) return NULL;
    return module;
}

/* ModuleType(name, doc=None): the object; __init__ fills it. */
static bool module_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Module *module = module_allocate(thread, AS_TYPE(argv[0]));
    if (module == NULL) return false;
    module->made_by_python = true;
    *result = OBJECT_VALUE(module);
    return true;
}

static bool module_init(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    size_t keyword_count = kwnames != NULL ? kwnames->count : 0;
    Value name = argc > 1 ? argv[1] : EMPTY_VALUE, doc = argc > 2 ? argv[2] : NONE_VALUE;
    for (size_t i = 0; i < keyword_count; i++) {
        const char *keyword = AS_STR(kwnames->items[i])->chars;
        if (strcmp(keyword, "name") == 0 && IS_EMPTY(name))
            name = argv[argc + (int)i];
        else if (strcmp(keyword, "doc") == 0 && argc <= 2)
            doc = argv[argc + (int)i];
        else
            return error_set(thread, &type_TypeError, "module() got an unexpected keyword argument '%s'", keyword);
    }
    if (argc > 3) return error_set(thread, &type_TypeError, "module() takes at most 2 arguments (%d given)", argc - 1);
    if (IS_EMPTY(name)) return error_set(thread, &type_TypeError, "module() missing required argument 'name' (pos 1)");
    if (!IS_STR(name))
        return error_set(thread, &type_TypeError, "module.__init__() argument 'name' must be str, not %s",
                         value_type_name(name));
    *result = NONE_VALUE;
    return module_fill_dict(thread, AS_MODULE(argv[0]), AS_STR(name), doc);
}

/* The module's name for messages: __name__ from its dict if a str. */
static const char *module_display_name(Thread *thread, Module *module) {
    Value name = dict_get_str(module->dict, thread->runtime->names.name);
    if (IS_STR(name)) return AS_STR(name)->chars;
    return NULL;
}

static bool module_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Module *module = AS_MODULE(argv[0]);
    const char *name = module_display_name(thread, module);
    if (name == NULL) name = "?";
    Value file = dict_get_str(module->dict, thread->runtime->names.file);
    Str *str;
    if (IS_STR(file))
        str = str_printf(thread, "<module '%s' from '%s'>", name, AS_STR(file)->chars);
    else if (module->made_by_python)
        str = str_printf(thread, "<module '%s'>", name);
    else
        str = str_printf(thread, "<module '%s' (built-in)>", name);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

bool module_getattr(Thread *thread, Value value, Str *name, Value *result, bool raise) {
    Module *module = AS_MODULE(value);
    Type *type = value_type(value);
    Value attribute = type_lookup(type, name);
    if (!IS_EMPTY(attribute) && class_is_data_descriptor(thread, attribute))
        return class_bind(thread, attribute, value, type, result);
    Value found = dict_get_str(module->dict, name);
    if (!IS_EMPTY(found)) {
        *result = found;
        return true;
    }
    if (!IS_EMPTY(attribute)) return class_bind(thread, attribute, value, type, result);
    Value getattr = dict_get_str(module->dict, thread->runtime->names.getattr);
    if (!IS_EMPTY(getattr)) {
        Value argument = OBJECT_VALUE(name);
        if (object_call(thread, getattr, 1, &argument, NULL, result)) return true;
        if (raise || !error_matches(thread, &type_AttributeError)) return false;
        error_clear(thread);
    }
    *result = EMPTY_VALUE;
    if (!raise) return true;
    const char *module_name = module_display_name(thread, module);
    if (module_name == NULL) return error_set(thread, &type_AttributeError, "module has no attribute '%s'", name->chars);
    if (import_module_is_initializing(thread, value))
        return error_set(thread, &type_AttributeError,
                         "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)",
                         module_name, name->chars);
    return error_set(thread, &type_AttributeError, "module '%s' has no attribute '%s'", module_name, name->chars);
}

/* Set (value) or delete (EMPTY) a module attribute. */
bool module_setattr(Thread *thread, Value value, Str *name, Value new_value) {
    Value attribute = type_lookup(value_type(value), name);
    if (!IS_EMPTY(attribute) && class_is_data_descriptor(thread, attribute))
        return IS_EMPTY(new_value) ? generic_delattr(thread, value, name) : generic_setattr(thread, value, name, new_value);
    Module *module = AS_MODULE(value);
    if (!IS_EMPTY(new_value)) return dict_set_str(thread, module->dict, name, new_value);
    if (dict_delete_str(module->dict, name)) return true;
    return error_set(thread, &type_AttributeError, "'%s' object has no attribute '%s'", value_type_name(value),
                     name->chars);
}

static bool check_name(Thread *thread, Value name) {
    if (IS_STR(name)) return true;
    return error_set(thread, &type_TypeError, "attribute name must be string, not '%s'", value_type_name(name));
}

static bool module_getattribute_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__getattribute__", kwnames) ||
        !error_check_argc(thread, "__getattribute__", argc - 1, 1, 1) || !check_name(thread, argv[1]))
        return false;
    return module_getattr(thread, argv[0], AS_STR(argv[1]), result, true);
}

static bool module_setattr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__setattr__", kwnames) ||
        !error_check_argc(thread, "__setattr__", argc - 1, 2, 2) || !check_name(thread, argv[1]))
        return false;
    *result = NONE_VALUE;
    return module_setattr(thread, argv[0], AS_STR(argv[1]), argv[2]);
}

static bool module_delattr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__delattr__", kwnames) ||
        !error_check_argc(thread, "__delattr__", argc - 1, 1, 1) || !check_name(thread, argv[1]))
        return false;
    *result = NONE_VALUE;
    return module_setattr(thread, argv[0], AS_STR(argv[1]), EMPTY_VALUE);
}

/* dir(module): the names in its dict. */
static bool module_dir(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Dict *dict = AS_MODULE(argv[0])->dict;
    List *list = list_new(thread, dict->count);
    if (list == NULL) return false;
    size_t position = 0;
    Value key, value;
    while (dict_next(dict, &position, &key, &value))
        if (!list_append(thread, list, key)) return false;
    *result = OBJECT_VALUE(list);
    return true;
}

static bool module_get_dict(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(AS_MODULE(self)->dict);
    return true;
}

static const MethodDef module_methods[] = {
    {"__init__", module_init},
    {"__repr__", module_repr},
    {"__getattribute__", module_getattribute_method},
    {"__setattr__", module_setattr_method},
    {"__delattr__", module_delattr_method},
    {"__dir__", module_dir},
    {NULL, NULL},
};

static const GetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

void module_init_type(Thread *thread) {
    type_ready(thread, &type_module);
    type_add_methods(thread, &type_module, module_methods);
    type_add_getsets(thread, &type_module, module_getsets);
}
