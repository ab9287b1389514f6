/* import.h: the import system behind IMPORT_NAME, IMPORT_FROM, __import__
 * and `baton -m`.
 *
 * A module is looked for, as CPython 3.11 does, in this order:
 *   1. sys.modules (runtime->modules);
 *   2. the built-in modules written in C (stdlib/modules.c): they cannot be
 *      shadowed, like CPython's built-in and preloaded modules;
 *   3. the folders of sys.path (the script's folder first, '' meaning the
 *      current directory), with the standard library written in Baton's
 *      Python (the .py files under stdlib/, embedded in the executable at build time)
 *      standing where CPython's stdlib folder stands: at a "<baton>" entry
 *      of sys.path if there is one, else just after sys.path[0]. So a
 *      student's random.py beside the script shadows an embedded module, as
 *      in CPython, and sys.path.append(...) comes after the stdlib.
 * Submodules of a package are looked for in the package's __path__ instead.
 * An embedded module's __file__ is "<baton>/NAME.py" ("<baton>/pkg/__init__.py"
 * for a package): tracebacks show that name, and their source lines come
 * from import_embedded_source. */
#ifndef BATON_IMPORT_H
#define BATON_IMPORT_H

#include "runtime.h"

struct Dict;
struct Str;

/* The folder name the embedded standard library is shown under. */
#define IMPORT_EMBEDDED_ROOT "<baton>"

/* One file of stdlib/, as cmake/embed_stdlib.cmake writes it into the
 * generated stdlib_embedded.c. */
typedef struct EmbeddedModule {
    const char *name;            /* the full dotted name: "io", "concurrent.futures" */
    bool is_package;             /* made from a pkg/__init__.py */
    const unsigned char *source; /* the file's bytes, followed by a NUL */
    size_t length;               /* bytes of source, without the NUL */
} EmbeddedModule;

/* The generated table, sorted by name, ended by a NULL name. */
extern const EmbeddedModule import_embedded_modules[];

/* The embedded module `name`, or NULL. */
const EmbeddedModule *import_embedded_find(const char *name);

/* The source text of the embedded file whose __file__ is `filename`
 * ("<baton>/io.py"), or NULL: lets tracebacks show embedded source lines. */
const char *import_embedded_source(const char *filename, size_t *length);

/* `import name` / `from name import ...`: the module object the statement
 * binds (the top-level package for a plain dotted import, the named module
 * when fromlist is not empty). `level` > 0 is a relative import from
 * `globals`' package. Submodules named in fromlist are imported, as
 * CPython's _handle_fromlist does. */
bool import_name(Thread *thread, struct Str *name, Value fromlist, int64_t level, struct Dict *globals,
                 Value *result);

/* `from module import name`: the attribute, or the submodule
 * "module.name" from sys.modules; ImportError "cannot import name ...". */
bool import_from(Thread *thread, Value module, struct Str *name, Value *result);

/* True if `module` is still running its body (its __spec__._initializing):
 * for CPython's "partially initialized module" messages. */
bool import_module_is_initializing(Thread *thread, Value module);

/* `baton -m name`: find the module (a package runs its __main__
 * submodule), set sys.argv[0] to its file, and run it as __main__, as
 * CPython's runpy does. On failure an exception is set; *while_finding
 * tells whether it happened while looking for the module (the command line
 * then prints "baton: " and the message, not a traceback). */
bool import_run_main(Thread *thread, const char *name, bool *while_finding);

#endif
