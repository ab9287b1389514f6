/* mod_sys.c: the sys module.
 *
 * sys_init builds it once at start-up from the runtime: argv from the
 * command line, modules (the runtime's own dict, so sys.modules is the
 * import table), the standard streams as io.c File objects on descriptors
 * 0, 1 and 2, and the small functions of a teaching interpreter (exit,
 * recursion limit, exc_info, intern, getsizeof). It is registered in
 * sys.modules (builtins_init registered "builtins" there already) and
 * remembered as runtime->sys_module, where print() finds sys.stdout. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bigint.h"
#include "builtins.h"
#include "bytes.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gil.h"
#include "io.h"
#include "list.h"
#include "module.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

#ifndef BATON_VERSION
#define BATON_VERSION "0.1.0"
#endif

#define SYS_VERSION "3.11.7 (Baton " BATON_VERSION ")"

/* sys.exit([code]): raise SystemExit(code). */
static bool sys_exit(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"exit", ARGS_EXPECTED, 0, 1, NULL, 0, 0, NULL};
    Value code;
    (void)result;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &code)) return false;
    if (IS_EMPTY(code)) return error_set_empty(thread, &type_SystemExit);
    Tuple *args = tuple_from_array(thread, &code, 1);
    ExceptionObject *exception = args == NULL ? NULL : exception_new(thread, &type_SystemExit, args);
    if (exception == NULL) return false;
    return error_set_object(thread, OBJECT_VALUE(exception));
}

static bool sys_getrecursionlimit(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"getrecursionlimit", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    *result = INT_VALUE(thread->runtime->recursion_limit);
    return true;
}

static bool sys_setrecursionlimit(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"setrecursionlimit", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value value;
    int64_t limit;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value) || !value_as_index(thread, value, &limit))
        return false;
    if (limit < 1) return error_set(thread, &type_ValueError, "recursion limit must be greater or equal than 1");
    if (limit > INT_MAX) return error_set(thread, &type_OverflowError, "Python int too large to convert to C int");
    if (limit <= thread->call_depth)
        return error_set(thread, &type_RecursionError,
                         "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                         (long long)limit, thread->call_depth);
    thread->runtime->recursion_limit = (int)limit;
    *result = NONE_VALUE;
    return true;
}

/* sys.getswitchinterval(): how long a thread waits for the GIL before it
 * asks the holder to drop it (gil.c), in seconds. */
static bool sys_getswitchinterval(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"sys.getswitchinterval", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    *result = FLOAT_VALUE(gil_get_switch_interval(thread->runtime));
    return true;
}

static bool sys_setswitchinterval(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"sys.setswitchinterval", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value value;
    double seconds;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value) || !number_as_double(thread, value, &seconds))
        return false;
    if (!(seconds > 0.0)) return error_set(thread, &type_ValueError, "switch interval must be strictly positive");
    gil_set_switch_interval(thread->runtime, seconds);
    *result = NONE_VALUE;
    return true;
}

/* sys.get_int_max_str_digits(): the limit on int <-> decimal text (bigint.h). */
static bool sys_get_int_max_str_digits(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"get_int_max_str_digits", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    *result = INT_VALUE(bigint_get_max_str_digits(thread));
    return true;
}

/* sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640. */
static bool sys_set_int_max_str_digits(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"maxdigits", NULL};
    static const ArgSpec spec = {"set_int_max_str_digits", ARGS_CLINIC, 1, 1, params, 0, 0, NULL};
    Value value;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value)) return false;
    if (!number_is_integer(value) && IS_EMPTY(type_lookup(value_type(value), thread->runtime->names.index)))
        return error_set(thread, &type_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(value));
    Value limit;
    if (!number_index_value(thread, value, &limit)) return false;
    if (!IS_INT(limit) || AS_INT(limit) > INT_MAX || AS_INT(limit) < INT_MIN)
        return error_set(thread, &type_OverflowError, "Python int too large to convert to C int");
    if (AS_INT(limit) != 0 && AS_INT(limit) < BIGINT_MAX_STR_DIGITS_THRESHOLD)
        return error_set(thread, &type_ValueError, "maxdigits must be 0 or larger than %d",
                         BIGINT_MAX_STR_DIGITS_THRESHOLD);
    bigint_set_max_str_digits(thread, AS_INT(limit));
    *result = NONE_VALUE;
    return true;
}

/* sys.exc_info(): (type, value, traceback) of the exception being handled. */
static bool sys_exc_info(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"sys.exc_info", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    Tuple *info = tuple_new(thread, 3);
    if (info == NULL) return false;
    Value handled = thread->handled_exception;
    for (int i = 0; i < 3; i++) info->items[i] = NONE_VALUE;
    if (IS_EXCEPTION(handled)) {
        info->items[0] = OBJECT_VALUE(value_type(handled));
        info->items[1] = handled;
        info->items[2] = AS_EXCEPTION(handled)->traceback;
        if (IS_EMPTY(info->items[2])) info->items[2] = NONE_VALUE;
    }
    *result = OBJECT_VALUE(info);
    return true;
}

static bool sys_intern(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"sys.intern", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value value;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value)) return false;
    if (!value_is_exact(value, &type_str))
        return error_set(thread, &type_TypeError, "intern() argument must be str, not %s", value_type_name(value));
    Str *interned = str_intern_str(thread, AS_STR(value));
    if (interned == NULL) return false;
    *result = OBJECT_VALUE(interned);
    return true;
}

/* A plausible size in bytes: the object itself plus the arrays it owns. */
static size_t object_size(Value value) {
    if (!IS_OBJECT(value)) return IS_FLOAT(value) ? 24 : IS_NONE(value) ? 16 : 28;
    Object *object = AS_OBJECT(value);
    size_t size = object->type->instance_size;
    if (object->type == &type_type) return sizeof(Type);
    if (value_is_instance(value, &type_str)) return size + AS_STR(value)->length + 1;
    if (value_is_instance(value, &type_bytes)) return size + AS_BYTES(value)->length + 1;
    if (value_is_instance(value, &type_bytearray)) return size + AS_BYTEARRAY(value)->capacity;
    if (value_is_instance(value, &type_tuple)) return size + AS_TUPLE(value)->count * sizeof(Value);
    if (value_is_instance(value, &type_list)) return size + AS_LIST(value)->capacity * sizeof(Value);
    if (value_is_instance(value, &type_dict))
        return size + AS_DICT(value)->entry_capacity * sizeof(DictEntry) + AS_DICT(value)->index_capacity * 8;
    return size;
}

static bool sys_getsizeof(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"object", "default", NULL};
    static const ArgSpec spec = {"getsizeof", ARGS_CLINIC, 1, 2, params, 0, 0, NULL};
    Value args[2];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    *result = INT_VALUE((int64_t)object_size(args[0]));
    return true;
}

/* getdefaultencoding() and getfilesystemencoding(): always UTF-8. */
static bool sys_getdefaultencoding(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"getdefaultencoding", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    Str *name = str_intern_c(thread, "utf-8");
    if (name == NULL) return false;
    *result = OBJECT_VALUE(name);
    return true;
}

static const MethodDef sys_functions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"getswitchinterval", sys_getswitchinterval},
    {"setswitchinterval", sys_setswitchinterval},
    {"exc_info", sys_exc_info},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"intern", sys_intern},
    {"getsizeof", sys_getsizeof},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getdefaultencoding},
    {NULL, NULL},
};

/* sys.argv: the script (or '-c', or '') and its arguments. */
static List *sys_make_argv(Thread *thread) {
    Runtime *runtime = thread->runtime;
    List *argv = list_new(thread, (size_t)runtime->argc);
    for (int i = 0; argv != NULL && i < runtime->argc; i++) {
        Str *argument = str_from_c(thread, runtime->argv[i]);
        if (argument == NULL || !list_append(thread, argv, OBJECT_VALUE(argument))) return NULL;
    }
    return argv;
}

/* sys.path: the script's directory first (as python3), '' for -c/stdin. */
static List *sys_make_path(Thread *thread) {
    Runtime *runtime = thread->runtime;
    const char *script = runtime->argc > 0 ? runtime->argv[0] : "";
    const char *slash = strrchr(script, '/');
    char directory[PATH_MAX] = "";
    if (strcmp(script, "-c") != 0 && script[0] != '\0') {
        if (slash == NULL) {
            if (getcwd(directory, sizeof directory) == NULL) directory[0] = '\0';
        } else if (script[0] != '/' && getcwd(directory, sizeof directory) != NULL) {
            size_t used = strlen(directory);
            snprintf(directory + used, sizeof directory - used, "/%.*s", (int)(slash - script), script);
        } else {
            snprintf(directory, sizeof directory, "%.*s", (int)(slash == script ? 1 : slash - script), script);
        }
    }
    Str *entry = str_from_c(thread, directory);
    if (entry == NULL) return NULL;
    Value item = OBJECT_VALUE(entry);
    return list_from_array(thread, &item, 1);
}

static Value sys_executable(Thread *thread) {
    char path[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    const char *program = thread->runtime->program_name != NULL ? thread->runtime->program_name : "baton";
    Str *text = length > 0 ? str_new(thread, path, (size_t)length) : str_from_c(thread, program);
    return text == NULL ? EMPTY_VALUE : OBJECT_VALUE(text);
}

/* sys.implementation: an object with name 'baton' and version. */
static bool sys_add_implementation(Thread *thread, Dict *sys, Value version_info) {
    Str *class_name = str_from_c(thread, "SimpleNamespace");
    Tuple *bases = tuple_new(thread, 1);
    Dict *namespace = dict_new(thread);
    Str *name = str_from_c(thread, "baton"), *module = str_from_c(thread, "types");
    if (class_name == NULL || bases == NULL || namespace == NULL || name == NULL || module == NULL) return false;
    bases->items[0] = OBJECT_VALUE(&type_object);
    if (!dict_set_c(thread, namespace, "__module__", OBJECT_VALUE(module)) ||
        !dict_set_c(thread, namespace, "name", OBJECT_VALUE(name)) ||
        !dict_set_c(thread, namespace, "version", version_info) ||
        !dict_set_c(thread, namespace, "cache_tag", NONE_VALUE))
        return false;
    Type *type = class_new(thread, class_name, bases, namespace);
    return type != NULL && dict_set_c(thread, sys, "implementation", OBJECT_VALUE(type));
}

static bool sys_set_string(Thread *thread, Dict *sys, const char *name, const char *text) {
    Str *str = str_from_c(thread, text);
    return str != NULL && dict_set_c(thread, sys, name, OBJECT_VALUE(str));
}

/* stdin, stdout, stderr and their __std*__ twins. */
static bool sys_add_streams(Thread *thread, Dict *sys) {
    static const struct { const char *name, *shown, *original; int fd; } streams[] = {
        {"stdin", "<stdin>", "__stdin__", 0},
        {"stdout", "<stdout>", "__stdout__", 1},
        {"stderr", "<stderr>", "__stderr__", 2},
    };
    for (int i = 0; i < 3; i++) {
        File *file = io_file_from_fd(thread, streams[i].fd, streams[i].shown, streams[i].fd != 0);
        if (file == NULL || !dict_set_c(thread, sys, streams[i].name, OBJECT_VALUE(file)) ||
            !dict_set_c(thread, sys, streams[i].original, OBJECT_VALUE(file)))
            return false;
    }
    return true;
}

static Value sys_version_info(Thread *thread) {
    Str *level = str_from_c(thread, "final");
    if (level == NULL) return EMPTY_VALUE;
    Value items[5] = {INT_VALUE(3), INT_VALUE(11), INT_VALUE(7), OBJECT_VALUE(level), INT_VALUE(0)};
    Tuple *tuple = tuple_from_array(thread, items, 5);
    return tuple == NULL ? EMPTY_VALUE : OBJECT_VALUE(tuple);
}

static bool sys_add_values(Thread *thread, Dict *sys) {
    Runtime *runtime = thread->runtime;
    const uint16_t probe = 1;
    List *argv = sys_make_argv(thread), *path = sys_make_path(thread);
    Value version_info = sys_version_info(thread), executable = sys_executable(thread);
    if (argv == NULL || path == NULL || IS_EMPTY(version_info) || IS_EMPTY(executable)) return false;
#if defined(__APPLE__)
    const char *platform = "darwin";
#else
    const char *platform = "linux";
#endif
    return dict_set_c(thread, sys, "argv", OBJECT_VALUE(argv)) && dict_set_c(thread, sys, "path", OBJECT_VALUE(path)) &&
           dict_set_c(thread, sys, "modules", OBJECT_VALUE(runtime->modules)) &&
           dict_set_c(thread, sys, "version_info", version_info) &&
           dict_set_c(thread, sys, "executable", executable) &&
           dict_set_c(thread, sys, "maxsize", INT_VALUE(INT64_MAX)) &&
           dict_set_c(thread, sys, "hexversion", INT_VALUE(0x030B07F0)) &&
           sys_set_string(thread, sys, "version", SYS_VERSION) && sys_set_string(thread, sys, "platform", platform) &&
           sys_set_string(thread, sys, "byteorder", *(const uint8_t *)&probe == 1 ? "little" : "big") &&
           sys_add_implementation(thread, sys, version_info) && sys_add_streams(thread, sys);
}

bool sys_init(Thread *thread) {
    Runtime *runtime = thread->runtime;
    if (runtime->modules == NULL && (runtime->modules = dict_new(thread)) == NULL) return false;
    Module *module = module_new(thread, "sys");
    if (module == NULL) return false;
    runtime->sys_module = module;
    if (!dict_add_natives(thread, module->dict, sys_functions, OBJECT_VALUE(module->name)) ||
        !sys_add_values(thread, module->dict))
        return false;
    return dict_set_c(thread, runtime->modules, "sys", OBJECT_VALUE(module));
}
