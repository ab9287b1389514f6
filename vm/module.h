/* module.h: module objects.
 *
 * A module is a name and a dict (its globals). Attribute access reads and
 * writes the dict, with CPython's "module 'm' has no attribute 'x'" and the
 * module-level __getattr__ of PEP 562. */
#ifndef BATON_MODULE_H
#define BATON_MODULE_H

#include "runtime.h"

struct Dict;
struct Str;

typedef struct Module {
    Object header;
    struct Str *name;
    struct Dict *dict;   /* the module's globals */
    bool made_by_python; /* made by types.ModuleType(...): no "(built-in)" in its repr */
} Module;

#define AS_MODULE(v) ((Module *)AS_OBJECT(v))
#define IS_MODULE(v) (IS_OBJECT(v) && value_is_instance((v), &type_module))

/* A new module named `name` with __name__, __doc__ (None) set; not yet
 * registered in sys.modules. */
Module *module_new(Thread *thread, const char *name);

/* Attribute access on a module (its type's __getattribute__ and friends);
 * with raise false, an absent attribute answers EMPTY without an error. */
bool module_getattr(Thread *thread, Value module, struct Str *name, Value *result, bool raise);
bool module_setattr(Thread *thread, Value module, struct Str *name, Value value);

void module_init_type(Thread *thread);

#endif
