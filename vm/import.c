/* import.c: IMPORT_NAME, IMPORT_FROM, __import__ and `baton -m`.
 *
 * The protocol of the import statement, as CPython 3.11's importlib runs it:
 * a relative name is resolved against the importing module's package; a
 * dotted import "a.b.c" imports each prefix in turn ("a", "a.b", "a.b.c")
 * through import_find_module (import_find.c, which finds and runs one
 * module); `from p import x` also imports the submodule p.x when p is a
 * package without an attribute x; IMPORT_FROM falls back on sys.modules for
 * circular imports. Messages are CPython's, to the byte ("No module named
 * 'x'", "cannot import name 'y' from 'm' (/path/m.py)", "... from partially
 * initialized module 'm' (most likely due to a circular import) ..."). */
#include "import.h"

#include <string.h>

#include "dict.h"
#include "error.h"
#include "exception.h"
#include "gc.h"
#include "import_internal.h"
#include "list.h"
#include "module.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- Relative names ---- */

/* The package a relative import starts from, as CPython's
 * _calc___package__: __package__, else __spec__.parent, else __name__
 * (without its last component unless the module is a package). */
static bool import_calc_package(Thread *thread, Dict *globals, Value *package) {
    *package = EMPTY_VALUE;
    if (globals == NULL) return true;
    *package = dict_get_c(thread, globals, "__package__");
    if (!IS_EMPTY(*package) && !IS_NONE(*package)) {
        if (!IS_STR(*package)) return error_set(thread, &type_TypeError, "package must be a string");
        return true;
    }
    Value spec = dict_get_c(thread, globals, "__spec__");
    if (!IS_EMPTY(spec) && !IS_NONE(spec)) {
        *package = import_spec_parent(thread, spec);
        Str *parent = str_intern_c(thread, "parent");
        return !IS_EMPTY(*package) || (parent != NULL && object_getattr(thread, spec, parent, package));
    }
    Value name = dict_get_str(globals, thread->runtime->names.name);
    if (IS_EMPTY(name)) return error_set(thread, &type_KeyError, "'__name__' not in globals");
    if (!IS_STR(name) || !IS_EMPTY(dict_get_c(thread, globals, "__path__"))) {
        *package = name;
        return true;
    }
    const char *dot = strrchr(AS_STR(name)->chars, '.');
    Str *parent = str_new(thread, AS_STR(name)->chars, dot == NULL ? 0 : (size_t)(dot - AS_STR(name)->chars));
    if (parent == NULL) return false;
    *package = OBJECT_VALUE(parent);
    return true;
}

/* The absolute name of a relative import (CPython's _resolve_name). */
static bool import_resolve_relative(Thread *thread, Str *name, int64_t level, Dict *globals, Str **out) {
    Value package;
    if (!import_calc_package(thread, globals, &package)) return false;
    if (!IS_EMPTY(package) && !IS_STR(package))
        return error_set(thread, &type_TypeError, "__package__ not set to a string");
    if (IS_EMPTY(package) || AS_STR(package)->length == 0)
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

/* ---- import a.b.c ---- */

/* Import every prefix of the dotted `name`; *top is the first module, *last
 * the one named. With `required` false a missing last component answers
 * *last EMPTY (a missing package on the way still raises). */
static bool import_dotted(Thread *thread, Str *name, Value *top, Value *last, bool required) {
    *top = *last = EMPTY_VALUE;
    Value parent = EMPTY_VALUE;
    int pushed = 0;
    bool ok = true;
    for (size_t end = 0; ok && end <= name->length; end++) {
        if (end < name->length && name->chars[end] != '.') continue;
        Str *prefix = end == name->length ? name : str_new(thread, name->chars, end);
        ok = prefix != NULL &&
             import_find_module(thread, prefix, parent, last, required || end < name->length);
        if (!ok || IS_EMPTY(*last)) break;
        if (IS_EMPTY(*top)) *top = *last;
        /* Keep the modules on the way alive while later ones run. */
        if (!(ok = gc_push_root(thread, *last))) break;
        pushed++;
        parent = *last;
    }
    gc_pop_roots(thread, pushed);
    return ok;
}

/* True if `fromlist` asks for names (CPython tests its truth). */
static bool import_wants_names(Value fromlist) {
    if (IS_EMPTY(fromlist) || IS_NONE(fromlist)) return false;
    if (value_is_instance(fromlist, &type_tuple) || value_is_instance(fromlist, &type_list)) {
        Value *items;
        size_t count;
        sequence_items(fromlist, &items, &count);
        return count > 0;
    }
    return true;
}

static bool import_handle_fromlist(Thread *thread, Value module, Value fromlist, bool recursive);

/* One name of a from-list: import the submodule when the package has no
 * such attribute; a submodule that does not exist is not an error here
 * (IMPORT_FROM reports it). */
static bool import_fromlist_item(Thread *thread, Value module, Value item, bool recursive) {
    Runtime *runtime = thread->runtime;
    Value module_name = dict_get_str(AS_MODULE(module)->dict, runtime->names.name);
    if (!IS_STR(item)) {
        if (recursive && IS_STR(module_name))
            return error_set(thread, &type_TypeError, "Item in %s.__all__ must be str, not %s",
                             AS_STR(module_name)->chars, value_type_name(item));
        return error_set(thread, &type_TypeError, "Item in ``from list'' must be str, not %s", value_type_name(item));
    }
    Str *name = AS_STR(item);
    if (strcmp(name->chars, "*") == 0) {
        if (recursive) return true;
        Str *all_name = str_intern_c(thread, "__all__");
        Value all;
        if (all_name == NULL || !object_getattr_optional(thread, module, all_name, &all)) return false;
        return IS_EMPTY(all) || import_handle_fromlist(thread, module, all, true);
    }
    Value present;
    if (!object_getattr_optional(thread, module, name, &present)) return false;
    if (!IS_EMPTY(present) || !IS_STR(module_name)) return true;
    Str *full = str_printf(thread, "%s.%s", AS_STR(module_name)->chars, name->chars);
    Value submodule;
    return full != NULL && import_find_module(thread, full, module, &submodule, false);
}

/* CPython's _handle_fromlist, for a package: import the submodules named. */
static bool import_handle_fromlist(Thread *thread, Value module, Value fromlist, bool recursive) {
    if (!value_is_instance(fromlist, &type_tuple) && !value_is_instance(fromlist, &type_list)) return true;
    for (size_t i = 0;; i++) {
        Value *items;
        size_t count;
        sequence_items(fromlist, &items, &count); /* re-read: Python code may change a list */
        if (i >= count) return true;
        if (!import_fromlist_item(thread, module, items[i], recursive)) return false;
    }
}

/* `__import__('a.b', ..., level=1)` without a from-list answers the package
 * named by the first component of the relative name. */
static bool import_relative_top(Thread *thread, Str *relative, Str *full, Value *result) {
    const char *dot = strchr(relative->chars, '.');
    size_t cut = dot == NULL ? 0 : relative->length - (size_t)(dot - relative->chars);
    Str *name = str_new(thread, full->chars, full->length - cut);
    if (name == NULL) return false;
    *result = dict_get_str(thread->runtime->modules, name);
    if (!IS_EMPTY(*result)) return true;
    return error_set(thread, &type_KeyError, "'%s'", name->chars);
}

bool import_name(Thread *thread, Str *name, Value fromlist, int64_t level, Dict *globals, Value *result) {
    Str *full = name;
    if (level > 0 && !import_resolve_relative(thread, name, level, globals, &full)) return false;
    if (full->length == 0) return error_set(thread, &type_ValueError, "Empty module name");
    if (!gc_push_root(thread, OBJECT_VALUE(full))) return false;
    Value top, module;
    bool ok = import_dotted(thread, full, &top, &module, true);
    if (ok && !import_wants_names(fromlist)) {
        if (level == 0 || name->length == 0)
            *result = level == 0 ? top : module;
        else
            ok = import_relative_top(thread, name, full, result);
    } else if (ok) {
        /* A package also imports the submodules the from-list names. */
        *result = module;
        Str *path_name = str_intern_c(thread, "__path__");
        if (path_name == NULL) ok = false;
        else if (IS_MODULE(module) && !IS_EMPTY(dict_get_str(AS_MODULE(module)->dict, path_name))) {
            ok = gc_push_root(thread, module);
            if (ok) {
                ok = import_handle_fromlist(thread, module, fromlist, false);
                gc_pop_roots(thread, 1);
            }
        }
    }
    gc_pop_roots(thread, 1);
    return ok;
}

/* ---- from m import x ---- */

/* CPython's ImportError for a name that `from module import name` cannot
 * find: with the module's file, or "(unknown location)", and the circular
 * import hint while the module is still running its body. */
static bool import_from_error(Thread *thread, Value module, Value module_name, Str *name) {
    Str *module_str = IS_STR(module_name) ? AS_STR(module_name) : NULL;
    const char *shown = module_str != NULL ? module_str->chars : "<unknown module name>";
    Value file = IS_MODULE(module) ? dict_get_str(AS_MODULE(module)->dict, thread->runtime->names.file) : EMPTY_VALUE;
    if (!IS_STR(file))
        return import_error(thread, &type_ImportError, module_str, NONE_VALUE,
                            "cannot import name '%s' from '%s' (unknown location)", name->chars, shown);
    if (import_module_is_initializing(thread, module))
        return import_error(thread, &type_ImportError, module_str, file,
                            "cannot import name '%s' from partially initialized module '%s' "
                            "(most likely due to a circular import) (%s)",
                            name->chars, shown, AS_STR(file)->chars);
    return import_error(thread, &type_ImportError, module_str, file, "cannot import name '%s' from '%s' (%s)",
                        name->chars, shown, AS_STR(file)->chars);
}

bool import_from(Thread *thread, Value module, Str *name, Value *result) {
    if (!object_getattr_optional(thread, module, name, result)) return false;
    if (!IS_EMPTY(*result)) return true;
    /* A circular relative import may have registered the submodule before
     * setting it as an attribute: look in sys.modules too. */
    Value module_name = EMPTY_VALUE;
    if (!object_getattr_optional(thread, module, thread->runtime->names.name, &module_name)) return false;
    if (IS_STR(module_name)) {
        Str *full = str_printf(thread, "%s.%s", AS_STR(module_name)->chars, name->chars);
        if (full == NULL) return false;
        *result = dict_get_str(thread->runtime->modules, full);
        if (!IS_EMPTY(*result)) return true;
    }
    return import_from_error(thread, module, module_name, name);
}

/* ---- baton -m ---- */

/* Raise the ImportError that `baton -m` prints as "baton: message". */
static bool import_main_error(Thread *thread, bool *while_finding, const char *format, const char *a, const char *b) {
    *while_finding = true;
    return error_set(thread, &type_ImportError, format, a, b);
}

/* Import the packages above `name` for -m; a missing one is reported as
 * runpy reports it. */
static bool import_main_parent(Thread *thread, Str *name, Value *parent, bool *while_finding) {
    *parent = EMPTY_VALUE;
    const char *dot = strrchr(name->chars, '.');
    if (dot == NULL) return true;
    Str *package = str_new(thread, name->chars, (size_t)(dot - name->chars));
    Value top;
    if (package == NULL || !import_dotted(thread, package, &top, parent, false)) {
        /* runpy turns a ModuleNotFoundError on the way into its message. */
        if (!error_matches(thread, &type_ModuleNotFoundError)) return false;
        Value error = error_fetch(thread);
        Str *text;
        if (!object_str(thread, error, &text)) return false;
        return import_main_error(thread, while_finding,
                                 "Error while finding module specification for '%s' (ModuleNotFoundError: %s)",
                                 name->chars, text->chars);
    }
    if (IS_EMPTY(*parent)) {
        Str *text = str_printf(thread, "No module named '%s'", package->chars);
        return text != NULL &&
               import_main_error(thread, while_finding,
                                 "Error while finding module specification for '%s' (ModuleNotFoundError: %s)",
                                 name->chars, text->chars);
    }
    Str *path_name = str_intern_c(thread, "__path__");
    Value path;
    if (path_name == NULL || !object_getattr_optional(thread, *parent, path_name, &path)) return false;
    if (IS_EMPTY(path)) {
        Str *text = str_printf(thread, "__path__ attribute not found on '%s' while trying to find '%s'",
                               package->chars, name->chars);
        return text != NULL &&
               import_main_error(thread, while_finding,
                                 "Error while finding module specification for '%s' (ModuleNotFoundError: %s)",
                                 name->chars, text->chars);
    }
    return true;
}

/* sys.argv[0] = the module's file, as runpy sets it. */
static bool import_main_set_argv(Thread *thread, Module *module) {
    Module *sys = thread->runtime->sys_module;
    Value argv = sys != NULL ? dict_get_c(thread, sys->dict, "argv") : EMPTY_VALUE;
    Value file = dict_get_str(module->dict, thread->runtime->names.file);
    if (!value_is_instance(argv, &type_list) || AS_LIST(argv)->count == 0) return true;
    AS_LIST(argv)->items[0] = file;
    return true;
}

/* Run a found module as __main__. */
static bool import_main_run(Thread *thread, ImportMain *found) {
    Runtime *runtime = thread->runtime;
    Module *module = found->module;
    Str *main_name = runtime->names.main;
    module->name = main_name;
    if (!dict_set_str(thread, module->dict, runtime->names.name, OBJECT_VALUE(main_name)) ||
        !import_main_set_argv(thread, module) ||
        !dict_set_str(thread, runtime->modules, main_name, OBJECT_VALUE(module)))
        return false;
    runtime->main_module = module;
    return import_exec_module(thread, module, found->code);
}

bool import_run_main(Thread *thread, const char *name, bool *while_finding) {
    *while_finding = false;
    if (name[0] == '.') return import_main_error(thread, while_finding, "Relative module names not supported%s%s", "", "");
    Str *module_name = str_from_c(thread, name);
    if (module_name == NULL || !gc_push_root(thread, OBJECT_VALUE(module_name))) return false;
    bool ok = false;
    for (int depth = 0; depth < 2; depth++) {
        Value parent;
        ImportMain found;
        if (module_name->length == 0) {
            import_main_error(thread, while_finding, "No module named %s%s", "", "");
            break;
        }
        if (!import_main_parent(thread, module_name, &parent, while_finding)) break;
        if (!gc_push_root(thread, parent)) break;
        ok = import_find_main(thread, module_name, parent, &found);
        gc_pop_roots(thread, 1);
        if (!ok) break;
        ok = false;
        if (!found.found) {
            if (depth == 0)
                import_main_error(thread, while_finding, "No module named %s%s", name, "");
            else
                import_main_error(thread, while_finding,
                                  "No module named %s.__main__; '%s' is a package and cannot be directly executed",
                                  name, name);
            break;
        }
        if (!found.is_package) {
            ok = import_main_run(thread, &found);
            break;
        }
        if (depth == 1) {
            import_main_error(thread, while_finding,
                              "Cannot use package as __main__ module; '%s' is a package and cannot be directly "
                              "executed",
                              name, "");
            break;
        }
        /* A package runs its __main__ submodule, after its __init__. */
        Value package;
        if (!import_find_module(thread, module_name, parent, &package, true)) break;
        gc_pop_roots(thread, 1);
        module_name = str_printf(thread, "%s.__main__", name);
        if (module_name == NULL) return false;
        if (!gc_push_root(thread, OBJECT_VALUE(module_name))) return false;
    }
    gc_pop_roots(thread, 1);
    return ok;
}
