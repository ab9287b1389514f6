/* import.h: the import system behind IMPORT_NAME and IMPORT_FROM.
 *
 * For now a module is found only in sys.modules (runtime->modules), where
 * the built-in modules register themselves; anything else raises
 * ModuleNotFoundError. import_find_module is the one place that will learn
 * to load the user's own .py files and the embedded stdlib. */
#ifndef BATON_IMPORT_H
#define BATON_IMPORT_H

#include "runtime.h"

struct Dict;
struct Str;

/* `import name` / `from name import ...`: the module object the statement
 * binds (the top-level package for a plain dotted import, the named module
 * when fromlist is not empty). `level` > 0 is a relative import from
 * `globals`' package. */
bool import_name(Thread *thread, struct Str *name, Value fromlist, int64_t level, struct Dict *globals,
                 Value *result);

/* `from module import name`: the attribute, or the submodule
 * "module.name" from sys.modules; ImportError "cannot import name ...". */
bool import_from(Thread *thread, Value module, struct Str *name, Value *result);

#endif
