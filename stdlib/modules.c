/* modules.c: the list of built-in C modules and their loader.
 *
 * Lua's linit.c is the model: one table names every module written in C
 * and the function that fills its dict, so adding a module is one line
 * here plus its mod_<name>.c. stdlib_load_builtin makes a module on its
 * first import and registers it in sys.modules, where later imports find
 * it. os.path is posixpath, as in CPython: loading "os" registers it under
 * both names, and asking for "os.path" loads "os" first. */
#include "modules.h"

#include <string.h>

#include "dict.h"
#include "error.h"
#include "exception.h"
#include "str.h"

static const BuiltinModule builtin_modules[] = {
    {"math", math_module_init},
    {"time", time_module_init},
    {"random", random_module_init},
    {"os", os_module_init},
    {"posixpath", posixpath_module_init},
    {"_thread", thread_module_init},
    {"signal", signal_module_init},
    {"_dis", dis_module_init},
    {"gil", gil_module_init},
    {NULL, NULL},
};

/* Names that are another module's alias: loading `owner` registers them. */
static const struct {
    const char *name;  /* the alias in sys.modules */
    const char *owner; /* the module whose loading registers it */
} builtin_aliases[] = {
    {"os.path", "os"},
    {NULL, NULL},
};

static const BuiltinModule *stdlib_find(const char *name) {
    for (const BuiltinModule *entry = builtin_modules; entry->name != NULL; entry++)
        if (strcmp(entry->name, name) == 0) return entry;
    return NULL;
}

bool stdlib_is_builtin(const char *name) { return stdlib_find(name) != NULL; }

/* The module registered in sys.modules as `name`, or NULL (no error). */
static Module *stdlib_registered(Thread *thread, const char *name) {
    Value module = dict_get_c(thread, thread->runtime->modules, name);
    return IS_MODULE(module) ? AS_MODULE(module) : NULL;
}

/* Load `owner`, then find the alias it registered. */
static Module *stdlib_load_alias(Thread *thread, const char *name, const char *owner) {
    if (stdlib_load_builtin(thread, owner) == NULL) return NULL;
    Module *module = stdlib_registered(thread, name);
    if (module == NULL && !error_occurred(thread))
        error_set(thread, &type_ImportError, "built-in module '%s' did not register '%s'", owner, name);
    return module;
}

Module *stdlib_load_builtin(Thread *thread, const char *name) {
    Module *existing = stdlib_registered(thread, name);
    if (existing != NULL) return existing;
    for (int i = 0; builtin_aliases[i].name != NULL; i++)
        if (strcmp(builtin_aliases[i].name, name) == 0) return stdlib_load_alias(thread, name, builtin_aliases[i].owner);
    const BuiltinModule *entry = stdlib_find(name);
    if (entry == NULL) return NULL;
    Module *module = module_new(thread, name);
    if (module == NULL) return NULL;
    /* Registered before its init runs, as CPython does, so an init that
     * imports another module cannot loop back into this one. */
    if (!dict_set_c(thread, thread->runtime->modules, name, OBJECT_VALUE(module))) return NULL;
    if (!entry->init(thread, module)) {
        Value error = error_fetch(thread);
        Str *key = str_from_c(thread, name);
        bool found;
        if (key != NULL) dict_delete(thread, thread->runtime->modules, OBJECT_VALUE(key), &found);
        thread->exception = error;
        return NULL;
    }
    return module;
}
