/* modules.h: the built-in modules written in C, and how import finds them.
 *
 * modules.c keeps the one greppable list of them (as Lua's linit.c does):
 * a name and the function that fills a fresh module's dict. import.c asks
 * stdlib_load_builtin for a name that is not yet in sys.modules. Each
 * mod_<name>.c defines its module's init function, declared here. */
#ifndef BATON_STDLIB_MODULES_H
#define BATON_STDLIB_MODULES_H

#include "module.h"

/* Fill `module`'s dict (module_new set __name__ and friends). Returns false
 * with an exception set on failure. */
typedef bool (*ModuleInitFn)(Thread *thread, Module *module);

typedef struct BuiltinModule {
    const char *name;  /* the full dotted name: "math", "os.path" */
    ModuleInitFn init; /* fills the module's dict */
} BuiltinModule;

/* Create, initialise and register in sys.modules the built-in module `name`
 * on its first import, and return it (the registered one when it already
 * exists). Returns NULL with no exception set when `name` is not a built-in
 * module, NULL with an exception set when its initialisation failed. */
Module *stdlib_load_builtin(Thread *thread, const char *name);

/* True if `name` is one of the built-in C modules (sys.builtin_module_names). */
bool stdlib_is_builtin(const char *name);

/* The init functions of the modules (mod_<name>.c). */
bool math_module_init(Thread *thread, Module *module);
bool time_module_init(Thread *thread, Module *module);
bool random_module_init(Thread *thread, Module *module);
bool os_module_init(Thread *thread, Module *module);
bool posixpath_module_init(Thread *thread, Module *module);
bool thread_module_init(Thread *thread, Module *module);
bool dis_module_init(Thread *thread, Module *module);
bool gil_module_init(Thread *thread, Module *module);
bool signal_module_init(Thread *thread, Module *module);

#endif
