/* builtins.c: the builtins module, and its functions about objects and
 * attributes (len, repr, hash, id, iter, next, isinstance, getattr, dir...).
 *
 * builtins_init makes the module: every native of this file and of the split
 * files (builtins_iter.c, builtins_reduce.c, builtins_numeric.c,
 * builtins_io.c), every built-in type and exception by its Python name,
 * NotImplemented, Ellipsis and __build_class__. It is registered in
 * sys.modules as "builtins" and its dict becomes runtime->builtins, where
 * LOAD_GLOBAL looks last. */
#include "builtins.h"

#include <stdio.h>
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "frame.h"
#include "function.h"
#include "gc.h"
#include "import.h"
#include "io.h"
#include "list.h"
#include "module.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* A METH_O builtin's signature: "len() takes exactly one argument". */
#define ONE_ARGUMENT(name) {name, ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL}
/* An unpack-style builtin taking min..max positional arguments. */
#define POSITIONAL(name, min, max) {name, ARGS_EXPECTED, min, max, NULL, 0, 0, NULL}

static bool builtin_len(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = ONE_ARGUMENT("len");
    Value value;
    int64_t length;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value) || !object_length(thread, value, &length))
        return false;
    *result = INT_VALUE(length);
    return true;
}

static bool builtin_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = ONE_ARGUMENT("repr");
    Value value;
    Str *text;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value) || !object_repr(thread, value, &text))
        return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* repr() with every non-ASCII character escaped as \xhh, \uhhhh or \Uhhhhhhhh. */
static bool builtin_ascii(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = ONE_ARGUMENT("ascii");
    Value value;
    Str *text;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value) || !object_repr(thread, value, &text))
        return false;
    if (text->is_ascii) {
        *result = OBJECT_VALUE(text);
        return true;
    }
    StringBuilder builder;
    builder_init(&builder);
    for (size_t i = 0; i < text->length;) {
        int length;
        uint32_t code_point = utf8_decode(text->chars + i, &length);
        if (code_point < 0x80) builder_append_char(&builder, (char)code_point);
        else if (code_point < 0x100) builder_printf(&builder, "\\x%02x", code_point);
        else if (code_point < 0x10000) builder_printf(&builder, "\\u%04x", code_point);
        else builder_printf(&builder, "\\U%08x", code_point);
        i += (size_t)(length > 0 ? length : 1);
    }
    Str *escaped = builder_finish(thread, &builder);
    if (escaped == NULL) return false;
    *result = OBJECT_VALUE(escaped);
    return true;
}

static bool builtin_hash(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = ONE_ARGUMENT("hash");
    Value value;
    int64_t hash;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value) || !object_hash(thread, value, &hash))
        return false;
    *result = INT_VALUE(hash);
    return true;
}

/* id(): a heap object's address; immediates get a number derived from
 * their value (odd, so it never meets an address), stable as `is` is. */
static bool builtin_id(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = ONE_ARGUMENT("id");
    Value value;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value)) return false;
    uint64_t id;
    switch (value.tag) {
    case VALUE_OBJECT: id = (uint64_t)(uintptr_t)AS_OBJECT(value); break;
    case VALUE_INT: id = ((uint64_t)AS_INT(value) << 4) | 1; break;
    case VALUE_FLOAT: memcpy(&id, &value.as.number, sizeof id); id = (id << 4) | 3; break;
    case VALUE_BOOL: id = AS_BOOL(value) ? 5 : 7; break;
    default: id = 9; break;
    }
    *result = INT_VALUE((int64_t)(id & 0x7FFFFFFFFFFFFFFFull));
    return true;
}

static bool builtin_callable(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = ONE_ARGUMENT("callable");
    Value value;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value)) return false;
    *result = BOOL_VALUE(object_is_callable(value));
    return true;
}

/* iter(x) or iter(callable, sentinel). */
static bool builtin_iter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("iter", 1, 2);
    Value args[2];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    if (IS_EMPTY(args[1])) return object_get_iter(thread, args[0], result);
    if (!object_is_callable(args[0]))
        return error_set(thread, &type_TypeError, "iter(v, w): v must be callable");
    return builtins_callable_iterator_new(thread, args[0], args[1], result);
}

/* next(iterator[, default]): calls __next__ itself so that a
 * StopIteration carrying a value (a generator's return) reaches the caller. */
static bool builtin_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("next", 1, 2);
    Value args[2];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    Value method = type_lookup(value_type(args[0]), thread->runtime->names.next);
    if (IS_EMPTY(method))
        return error_set(thread, &type_TypeError, "'%s' object is not an iterator", value_type_name(args[0]));
    if (object_call(thread, method, 1, args, NULL, result)) return true;
    if (IS_EMPTY(args[1]) || !error_matches(thread, &type_StopIteration)) return false;
    error_clear(thread);
    *result = args[1];
    return true;
}

static bool builtin_isinstance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("isinstance", 2, 2);
    Value args[2];
    bool answer;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args) ||
        !object_isinstance(thread, args[0], args[1], &answer))
        return false;
    *result = BOOL_VALUE(answer);
    return true;
}

/* issubclass's test against a class or a (nested) tuple of classes. */
static bool subclass_check(Thread *thread, Type *type, Value classinfo, bool *answer) {
    if (IS_TYPE(classinfo)) {
        *answer = type_is_subtype(type, AS_TYPE(classinfo));
        return true;
    }
    if (!value_is_instance(classinfo, &type_tuple))
        return error_set(thread, &type_TypeError,
                         "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    Tuple *tuple = AS_TUPLE(classinfo);
    *answer = false;
    for (size_t i = 0; i < tuple->count && !*answer; i++)
        if (!subclass_check(thread, type, tuple->items[i], answer)) return false;
    return true;
}

static bool builtin_issubclass(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("issubclass", 2, 2);
    Value args[2];
    bool answer;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    if (!IS_TYPE(args[0])) return error_set(thread, &type_TypeError, "issubclass() arg 1 must be a class");
    if (!subclass_check(thread, AS_TYPE(args[0]), args[1], &answer)) return false;
    *result = BOOL_VALUE(answer);
    return true;
}

/* The attribute-name argument of getattr and friends. */
static Str *attribute_name(Thread *thread, Value name) {
    if (IS_STR(name)) return AS_STR(name);
    error_set(thread, &type_TypeError, "attribute name must be string, not '%s'", value_type_name(name));
    return NULL;
}

static bool builtin_getattr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("getattr", 2, 3);
    Value args[3];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    Str *name = attribute_name(thread, args[1]);
    if (name == NULL) return false;
    if (IS_EMPTY(args[2])) return object_getattr(thread, args[0], name, result);
    if (!object_getattr_optional(thread, args[0], name, result)) return false;
    if (IS_EMPTY(*result)) *result = args[2];
    return true;
}

static bool builtin_setattr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("setattr", 3, 3);
    Value args[3];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    Str *name = attribute_name(thread, args[1]);
    *result = NONE_VALUE;
    return name != NULL && object_setattr(thread, args[0], name, args[2]);
}

static bool builtin_hasattr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("hasattr", 2, 2);
    Value args[2], value;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    Str *name = attribute_name(thread, args[1]);
    if (name == NULL || !object_getattr_optional(thread, args[0], name, &value)) return false;
    *result = BOOL_VALUE(!IS_EMPTY(value));
    return true;
}

static bool builtin_delattr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("delattr", 2, 2);
    Value args[2];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    Str *name = attribute_name(thread, args[1]);
    *result = NONE_VALUE;
    return name != NULL && object_delattr(thread, args[0], name);
}

static bool builtin_ord(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = ONE_ARGUMENT("ord");
    Value value;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value)) return false;
    size_t length;
    if (IS_STR(value)) {
        length = AS_STR(value)->char_count;
        if (length == 1) {
            int byte_length;
            *result = INT_VALUE(utf8_decode(AS_STR(value)->chars, &byte_length));
            return true;
        }
    } else if (value_is_instance(value, &type_bytes) || value_is_instance(value, &type_bytearray)) {
        bool is_bytes = value_is_instance(value, &type_bytes);
        length = is_bytes ? AS_BYTES(value)->length : AS_BYTEARRAY(value)->length;
        if (length == 1) {
            *result = INT_VALUE(is_bytes ? AS_BYTES(value)->data[0] : AS_BYTEARRAY(value)->data[0]);
            return true;
        }
    } else {
        return error_set(thread, &type_TypeError, "ord() expected string of length 1, but %s found",
                         value_type_name(value));
    }
    return error_set(thread, &type_TypeError, "ord() expected a character, but string of length %zu found", length);
}

static bool builtin_chr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = ONE_ARGUMENT("chr");
    Value value;
    int64_t code_point;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value) ||
        !value_as_index(thread, value, &code_point))
        return false;
    if (code_point < 0 || code_point >= 0x110000)
        return error_set(thread, &type_ValueError, "chr() arg not in range(0x110000)");
    char buffer[4];
    int length = utf8_encode((uint32_t)code_point, buffer);
    Str *str = str_new(thread, buffer, (size_t)length);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

static bool builtin_format(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("format", 1, 2);
    Value args[2];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    Str *format_spec;
    if (IS_EMPTY(args[1])) {
        if ((format_spec = str_new(thread, "", 0)) == NULL) return false;
    } else if (IS_STR(args[1])) {
        format_spec = AS_STR(args[1]);
    } else {
        return error_set(thread, &type_TypeError, "format() argument 2 must be str, not %s",
                         value_type_name(args[1]));
    }
    Str *text;
    if (!object_format(thread, args[0], format_spec, &text)) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* ---- namespaces: globals, locals, vars, dir ---- */

static bool builtin_globals(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"globals", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    Frame *frame = thread->frame;
    if (frame == NULL) return error_set(thread, &type_SystemError, "globals(): no current frame");
    *result = OBJECT_VALUE(frame->globals);
    return true;
}

/* Add the bound names of `names` whose slots hold values (cells unwrapped). */
static bool locals_add_slots(Thread *thread, Dict *dict, Tuple *names, const Value *slots, bool cells) {
    for (size_t i = 0; names != NULL && i < names->count; i++) {
        Value value = slots[i];
        if (cells) {
            if (!IS_OBJECT(value) || AS_OBJECT(value)->type != &type_cell) continue;
            value = AS_CELL(value)->value;
        }
        if (IS_EMPTY(value)) continue;
        if (!dict_set(thread, dict, names->items[i], value)) return false;
    }
    return true;
}

/* locals(): the namespace of a module or class body, or a fresh snapshot
 * of a function's locals, cells and free variables, as CPython 3.11. */
static bool current_locals(Thread *thread, Value *result) {
    Frame *frame = thread->frame;
    if (frame == NULL) return error_set(thread, &type_SystemError, "locals(): no current frame");
    if (frame->locals != NULL) {
        *result = OBJECT_VALUE(frame->locals);
        return true;
    }
    Code *code = frame->code;
    Dict *dict = dict_new(thread);
    if (dict == NULL) return false;
    int cells = code->local_count, frees = code->local_count + code->cell_count;
    if (!locals_add_slots(thread, dict, code->local_names, frame->slots, false) ||
        !locals_add_slots(thread, dict, code->cell_names, frame->slots + cells, true) ||
        !locals_add_slots(thread, dict, code->free_names, frame->slots + frees, true))
        return false;
    *result = OBJECT_VALUE(dict);
    return true;
}

static bool builtin_locals(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"locals", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    return builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL) && current_locals(thread, result);
}

static bool builtin_vars(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("vars", 0, 1);
    Value object;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &object)) return false;
    if (IS_EMPTY(object)) return current_locals(thread, result);
    if (!object_getattr_optional(thread, object, thread->runtime->names.dict, result)) return false;
    if (IS_EMPTY(*result))
        return error_set(thread, &type_TypeError, "vars() argument must have __dict__ attribute");
    return true;
}

/* Add every key of `dict` to the set of names (a dict used as a set). */
static bool dir_add_keys(Thread *thread, Dict *names, Dict *dict) {
    size_t position = 0;
    Value key, value;
    while (dict != NULL && dict_next(dict, &position, &key, &value))
        if (!dict_set(thread, names, key, NONE_VALUE)) return false;
    return true;
}

static bool dir_add_type(Thread *thread, Dict *names, Type *type) {
    if (type->mro == NULL) return dir_add_keys(thread, names, type->dict);
    for (size_t i = 0; i < type->mro->count; i++)
        if (!dir_add_keys(thread, names, AS_TYPE(type->mro->items[i])->dict)) return false;
    return true;
}

/* The names dir(object) lists when the class defines no __dir__. */
static bool dir_default(Thread *thread, Value object, Dict *names) {
    if (IS_OBJECT(object) && AS_OBJECT(object)->type == &type_module)
        return dir_add_keys(thread, names, AS_MODULE(object)->dict);
    if (IS_TYPE(object)) return dir_add_type(thread, names, AS_TYPE(object));
    return dir_add_keys(thread, names, object_instance_dict(object)) &&
           dir_add_type(thread, names, value_type(object));
}

/* A sorted list of the keys of `names`, or of the items of an iterable. */
static bool dir_sorted(Thread *thread, Value names, Value *result) {
    List *list = list_new(thread, 0);
    if (list == NULL || !gc_push_root(thread, OBJECT_VALUE(list))) return false;
    bool ok = list_extend(thread, list, names) && list_sort(thread, list, EMPTY_VALUE, false);
    gc_pop_roots(thread, 1);
    *result = OBJECT_VALUE(list);
    return ok;
}

static bool builtin_dir(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = POSITIONAL("dir", 0, 1);
    Value object, names;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &object)) return false;
    if (IS_EMPTY(object)) {
        if (!current_locals(thread, &names)) return false;
        return dir_sorted(thread, names, result);
    }
    Value custom = type_lookup(value_type(object), str_intern_c(thread, "__dir__"));
    if (IS_OBJECT(custom) && AS_OBJECT(custom)->type == &type_function) {
        if (!object_call(thread, custom, 1, &object, NULL, &names)) return false;
        if (!gc_push_root(thread, names)) return false;
        bool ok = dir_sorted(thread, names, result);
        gc_pop_roots(thread, 1);
        return ok;
    }
    Dict *set = dict_new(thread);
    if (set == NULL || !dir_default(thread, object, set)) return false;
    return dir_sorted(thread, OBJECT_VALUE(set), result);
}

/* __import__(name, globals=None, locals=None, fromlist=(), level=0) */
static bool builtin_import(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    static const ArgSpec spec = {"__import__", ARGS_CLINIC, 1, 5, params, 0, 0, NULL};
    Value args[5];
    int64_t level = 0;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    if (!IS_STR(args[0]))
        return error_set(thread, &type_TypeError, "__import__() argument 1 must be str, not %s",
                         value_type_name(args[0]));
    if (!IS_EMPTY(args[4]) && !value_as_index(thread, args[4], &level)) return false;
    if (level < 0) return error_set(thread, &type_ValueError, "level must be >= 0");
    Dict *globals = value_is_instance(args[1], &type_dict) ? AS_DICT(args[1]) : NULL;
    Value fromlist = IS_EMPTY(args[3]) ? OBJECT_VALUE(thread->runtime->empty_tuple) : args[3];
    return import_name(thread, AS_STR(args[0]), fromlist, level, globals, result);
}

/* ---- exit and quit ---- */

/* exit and quit: objects whose repr tells the user how to leave, and whose
 * call raises SystemExit, as site.py's Quitter. */
typedef struct Quitter {
    Object header;
    Str *name; /* "exit" or "quit" */
} Quitter;

static void quitter_trace(Object *object, GcTracer *tracer) {
    Quitter *quitter = (Quitter *)object;
    if (quitter->name != NULL) gc_mark_object(tracer, (Object *)quitter->name);
}

static Type type_quitter = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "Quitter",
    .base = &type_object,
    .instance_size = sizeof(Quitter),
    .trace = quitter_trace,
};

static bool quitter_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Str *text = str_printf(thread, "Use %s() or Ctrl-D (i.e. EOF) to exit", ((Quitter *)AS_OBJECT(argv[0]))->name->chars);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static bool quitter_call(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)result;
    if (!error_check_no_kwargs(thread, "Quitter.__call__", kwnames)) return false;
    if (argc > 2)
        return error_set(thread, &type_TypeError,
                         "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", argc);
    Tuple *args = tuple_new(thread, 1);
    if (args == NULL) return false;
    args->items[0] = argc > 1 ? argv[1] : NONE_VALUE;
    ExceptionObject *exception = exception_new(thread, &type_SystemExit, args);
    if (exception == NULL) return false;
    return error_set_object(thread, OBJECT_VALUE(exception));
}

static const MethodDef quitter_methods[] = {
    {"__repr__", quitter_repr},
    {"__call__", quitter_call},
    {NULL, NULL},
};

static bool add_quitter(Thread *thread, Dict *builtins, const char *name) {
    Quitter *quitter = ALLOCATE_OBJECT(thread, Quitter, &type_quitter);
    if (quitter == NULL || (quitter->name = str_from_c(thread, name)) == NULL) return false;
    return dict_set_c(thread, builtins, name, OBJECT_VALUE(quitter));
}

/* ---- the module ---- */

static const MethodDef builtin_functions[] = {
    {"len", builtin_len},         {"repr", builtin_repr},         {"ascii", builtin_ascii},
    {"hash", builtin_hash},       {"id", builtin_id},             {"callable", builtin_callable},
    {"iter", builtin_iter},       {"next", builtin_next},         {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass}, {"getattr", builtin_getattr}, {"setattr", builtin_setattr},
    {"hasattr", builtin_hasattr}, {"delattr", builtin_delattr},   {"ord", builtin_ord},
    {"chr", builtin_chr},         {"format", builtin_format},     {"globals", builtin_globals},
    {"locals", builtin_locals},   {"vars", builtin_vars},         {"dir", builtin_dir},
    {"__build_class__", class_build_class}, {"__import__", builtin_import}, {NULL, NULL},
};

typedef struct NamedType {
    const char *name;
    Type *type;
} NamedType;

static bool add_types(Thread *thread, Dict *builtins) {
#define EXCEPTION_ENTRY(c_name, python_name, base) {python_name, &type_##c_name},
    const NamedType types[] = {
        {"object", &type_object}, {"type", &type_type}, {"int", &type_int}, {"bool", &type_bool},
        {"float", &type_float}, {"str", &type_str}, {"bytes", &type_bytes}, {"bytearray", &type_bytearray},
        {"list", &type_list}, {"tuple", &type_tuple}, {"dict", &type_dict}, {"set", &type_set},
        {"frozenset", &type_frozenset}, {"range", &type_range}, {"slice", &type_slice},
        {"property", &type_property}, {"staticmethod", &type_staticmethod}, {"classmethod", &type_classmethod},
        {"super", &type_super}, {"EnvironmentError", &type_OSError}, {"IOError", &type_OSError},
        BUILTIN_EXCEPTIONS(EXCEPTION_ENTRY) {NULL, NULL},
    };
#undef EXCEPTION_ENTRY
    for (const NamedType *entry = types; entry->name != NULL; entry++)
        if (!dict_set_c(thread, builtins, entry->name, OBJECT_VALUE(entry->type))) return false;
    return true;
}

static bool add_constants(Thread *thread, Dict *builtins) {
    return dict_set_c(thread, builtins, "NotImplemented", NOT_IMPLEMENTED_VALUE) &&
           dict_set_c(thread, builtins, "Ellipsis", OBJECT_VALUE(&ellipsis_object)) &&
           dict_set_c(thread, builtins, "__debug__", BOOL_VALUE(true)) &&
           add_quitter(thread, builtins, "exit") && add_quitter(thread, builtins, "quit");
}

bool builtins_init(Thread *thread) {
    Runtime *runtime = thread->runtime;
    if (!type_ready(thread, &type_quitter) || !type_add_methods(thread, &type_quitter, quitter_methods)) return false;
    Module *module = module_new(thread, "builtins");
    if (module == NULL) return false;
    Dict *builtins = module->dict;
    runtime->builtins = builtins;
    if (runtime->modules == NULL && (runtime->modules = dict_new(thread)) == NULL) return false;
    Value module_name = OBJECT_VALUE(module->name);
    return dict_add_natives(thread, builtins, builtin_functions, module_name) && add_types(thread, builtins) &&
           add_constants(thread, builtins) && io_init(thread) && builtins_iter_init(thread, builtins) &&
           builtins_reduce_init(thread, builtins) && builtins_numeric_init(thread, builtins) &&
           builtins_io_init(thread, builtins) &&
           dict_set_c(thread, runtime->modules, "builtins", OBJECT_VALUE(module));
}
