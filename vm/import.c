/* import.c: IMPORT_NAME and IMPORT_FROM.
 *
 * A dotted import "a.b.c" finds each prefix in turn ("a", "a.b", "a.b.c"),
 * as CPython's importlib does, through import_find_module; today that only
 * consults sys.modules, later it will load .py files and the embedded
 * stdlib. Messages are CPython's ("No module named 'x'", "'a' is not a
 * package", "cannot import name 'y' from 'x' (unknown location)"). */
#include "import.h"

#include "modules.h"

#include <string.h>

#include "dict.h"
#include "error.h"
#include "exception.h"
#include "module.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* The module named `name` (a full dotted name), or ModuleNotFoundError.
 * `parent` is the already imported package for a submodule, else NULL. */
static bool import_find_module(Thread *thread, Str *name, Str *parent, Value *result) {
    if (!dict_get(thread, thread->runtime->modules, OBJECT_VALUE(name), result)) return false;
    if (!IS_EMPTY(*result) && !IS_NONE(*result)) return true;
    Module *builtin = stdlib_load_builtin(thread, name->chars);
    if (builtin != NULL) {
        *result = OBJECT_VALUE(builtin);
        return true;
    }
    if (error_occurred(thread)) return false;
    if (parent != NULL)
        return error_set(thread, &type_ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name->chars,
                         parent->chars);
    return error_set(thread, &type_ModuleNotFoundError, "No module named '%s'", name->chars);
}

/* The package name a relative import starts from (globals' __package__ or
 * __name__), stripped of level - 1 trailing components. */
static bool import_resolve_relative(Thread *thread, Str *name, int64_t level, Dict *globals, Str **out) {
    Value package = dict_get_c(thread, globals, "__package__");
    if (!IS_STR(package)) package = dict_get_str(globals, thread->runtime->names.name);
    if (!IS_STR(package) || AS_STR(package)->length == 0)
        return error_set(thread, &type_ImportError, "attempted relative import with no known parent package");
    const char *chars = AS_STR(package)->chars;
    size_t length = AS_STR(package)->length;
    for (int64_t i = 1; i < level; i++) {
        while (length > 0 && chars[length - 1] != '.') length--;
        if (length == 0)
            return error_set(thread, &type_ImportError, "attempted relative import beyond top-level package");
        length--;
    }
    *out = name->length > 0 ? str_printf(thread, "%.*s.%s", (int)length, chars, name->chars)
                            : str_new(thread, chars, length);
    return *out != NULL;
}

bool import_name(Thread *thread, Str *name, Value fromlist, int64_t level, Dict *globals, Value *result) {
    if (level > 0 && !import_resolve_relative(thread, name, level, globals, &name)) return false;
    if (name->length == 0) return error_set(thread, &type_ValueError, "Empty module name");
    /* Import each prefix of the dotted name, outermost first. */
    Value top = EMPTY_VALUE, module = EMPTY_VALUE;
    Str *parent = NULL;
    for (size_t end = 0; end <= name->length; end++) {
        if (end < name->length && name->chars[end] != '.') continue;
        Str *prefix = end == name->length ? name : str_new(thread, name->chars, end);
        if (prefix == NULL || !import_find_module(thread, prefix, parent, &module)) return false;
        if (IS_EMPTY(top)) top = module;
        parent = prefix;
    }
    bool wants_names = !IS_NONE(fromlist) && !IS_EMPTY(fromlist) &&
                       !(value_is_exact(fromlist, &type_tuple) && AS_TUPLE(fromlist)->count == 0);
    *result = wants_names || level > 0 ? module : top;
    return true;
}

bool import_from(Thread *thread, Value module, Str *name, Value *result) {
    if (!object_getattr_optional(thread, module, name, result)) return false;
    if (!IS_EMPTY(*result)) return true;
    Value module_name = EMPTY_VALUE;
    if (!object_getattr_optional(thread, module, thread->runtime->names.name, &module_name)) return false;
    if (IS_STR(module_name)) {
        Str *full = str_printf(thread, "%s.%s", AS_STR(module_name)->chars, name->chars);
        if (full == NULL || !dict_get(thread, thread->runtime->modules, OBJECT_VALUE(full), result)) return false;
        if (!IS_EMPTY(*result)) return true;
    }
    const char *shown = IS_STR(module_name) ? AS_STR(module_name)->chars : "<unknown module name>";
    Value file = EMPTY_VALUE;
    if (!object_getattr_optional(thread, module, thread->runtime->names.file, &file)) return false;
    if (IS_STR(file))
        return error_set(thread, &type_ImportError, "cannot import name '%s' from '%s' (%s)", name->chars, shown,
                         AS_STR(file)->chars);
    return error_set(thread, &type_ImportError, "cannot import name '%s' from '%s' (unknown location)", name->chars,
                     shown);
}
