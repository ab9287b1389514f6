/* import_internal.h: what import.c (the import statement's protocol) and
 * import_find.c (finding and loading one module) share. Not for other
 * files: they use import.h. */
#ifndef BATON_IMPORT_INTERNAL_H
#define BATON_IMPORT_INTERNAL_H

#include "code.h"
#include "import.h"
#include "module.h"

struct ModuleSpec;

/* The module `name` (full dotted name; `parent` is its imported package,
 * EMPTY for a top-level name): from sys.modules, the C modules, or found
 * and run. When it cannot be found: ModuleNotFoundError if `required`,
 * else true with *result EMPTY. */
bool import_find_module(Thread *thread, struct Str *name, Value parent, Value *result, bool required);

/* Raise `type` (ImportError or ModuleNotFoundError) with a printf-style
 * message and its name and path attributes (`name` NULL: None). Returns
 * false. */
bool import_error(Thread *thread, Type *type, struct Str *name, Value path, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* A module spec's `parent` attribute, EMPTY if `spec` is not a ModuleSpec. */
Value import_spec_parent(Thread *thread, Value spec);

/* Run `code` as `module`'s body, its spec marked _initializing meanwhile. */
bool import_exec_module(Thread *thread, Module *module, Code *code);

/* What `baton -m` found for one name. */
typedef struct ImportMain {
    bool found;      /* the name exists on the search path */
    bool is_package; /* it is a package (its __main__ must be run instead) */
    Code *code;      /* a module's compiled body, else NULL */
    Module *module;  /* a fresh module for it (named as found, spec set), else NULL */
} ImportMain;

/* Find `name` for -m without running it (`parent`: its imported package or
 * EMPTY); a module is compiled and given a fresh module object. */
bool import_find_main(Thread *thread, struct Str *name, Value parent, ImportMain *out);

#endif
