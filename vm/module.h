/* module.h: module objects. */
#ifndef BATON_MODULE_H
#define BATON_MODULE_H

#include "runtime.h"

struct Dict;
struct Str;

typedef struct Module {
    Object header;
    struct Str *name;
    struct Dict *dict; /* the module's globals */
} Module;

#define AS_MODULE(v) ((Module *)AS_OBJECT(v))

/* A new module named `name` with __name__, __doc__ (None) set; not yet
 * registered in sys.modules. */
Module *module_new(Thread *thread, const char *name);

void module_init_type(Thread *thread);

#endif
