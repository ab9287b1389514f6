/* import_find.c: finding and loading one module, for import.c.
 *
 * import_find_module takes a full dotted name whose parent package (if any)
 * is already imported, and answers the module: from sys.modules, from the
 * built-in C modules, or by finding its source (a folder of sys.path or of
 * the parent's __path__, or the embedded standard library; import.h gives
 * the order) and running it. A module runs as CPython's importlib runs it:
 * compiled under its absolute file name, put in sys.modules before its body
 * runs (so circular imports see it partially initialised, its
 * __spec__._initializing true), taken out again if the body raises, and set
 * as an attribute of its parent package once loaded. Module specs are
 * instances of the small ModuleSpec type below. */
#include "import.h"

#include "modules.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "class.h"
#include "compiler.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "exception.h"
#include "gc.h"
#include "import_internal.h"
#include "list.h"
#include "module.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- ModuleSpec ---- */

/* importlib.machinery.ModuleSpec's attributes, kept in an instance dict
 * (Instance's layout, so the generic attribute protocol finds them): name,
 * loader (None: Baton has no loader objects), origin, submodule_search_locations,
 * cached, parent, has_location, and _initializing while the body runs. */
typedef struct ModuleSpec {
    Object header;
    Dict *dict; /* the attributes */
} ModuleSpec;

static void spec_trace(Object *object, GcTracer *tracer) {
    gc_mark_object(tracer, (Object *)((ModuleSpec *)object)->dict);
}

Type type_module_spec = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "ModuleSpec",
    .base = &type_object,
    .instance_size = sizeof(ModuleSpec),
    .flags = TYPE_HAS_DICT,
    .trace = spec_trace,
};

/* Append repr(value) to `builder`; false with the exception set. */
static bool spec_append_repr(Thread *thread, StringBuilder *builder, const char *label, Value value) {
    Str *text;
    if (!object_repr(thread, value, &text)) return false;
    builder_append_c(builder, label);
    builder_append_str(builder, text);
    return true;
}

/* ModuleSpec(name='m', loader=None, origin='/path/m.py'), as importlib's. */
static bool spec_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Dict *dict = object_instance_dict(argv[0]);
    if (dict == NULL) return error_set(thread, &type_TypeError, "descriptor '__repr__' requires a 'ModuleSpec' object");
    static const char *const fields[] = {"name", "loader", "origin", "submodule_search_locations"};
    StringBuilder builder;
    builder_init(&builder);
    builder_append_c(&builder, "ModuleSpec(");
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        Value value = dict_get_c(thread, dict, fields[i]);
        if (IS_EMPTY(value) || (i >= 2 && IS_NONE(value))) continue;
        char label[40];
        snprintf(label, sizeof label, "%s%s=", i == 0 ? "" : ", ", fields[i]);
        if (!spec_append_repr(thread, &builder, label, value)) {
            builder_free(&builder);
            return false;
        }
    }
    builder_append_char(&builder, ')');
    Str *text = builder_finish(thread, &builder);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static const MethodDef spec_methods[] = {{"__repr__", spec_repr}, {NULL, NULL}};

/* Ready the type on first use (runtime.c's start-up list is not ours). */
static bool spec_ready(Thread *thread) {
    if (type_module_spec.dict != NULL) return true;
    return type_ready(thread, &type_module_spec) && type_add_methods(thread, &type_module_spec, spec_methods);
}

/* The package a module belongs to: its own name for a package, else the
 * name without its last component ('' for a top-level module). */
static Str *import_parent_name(Thread *thread, Str *name, bool is_package) {
    if (is_package) return name;
    const char *dot = strrchr(name->chars, '.');
    return str_new(thread, name->chars, dot == NULL ? 0 : (size_t)(dot - name->chars));
}

static ModuleSpec *import_spec_new(Thread *thread, Str *name, Value origin, Value locations) {
    if (!spec_ready(thread)) return NULL;
    ModuleSpec *spec = ALLOCATE_OBJECT(thread, ModuleSpec, &type_module_spec);
    if (spec == NULL || (spec->dict = dict_new(thread)) == NULL) return NULL;
    Str *parent = import_parent_name(thread, name, !IS_NONE(locations));
    if (parent == NULL) return NULL;
    Dict *dict = spec->dict;
    bool ok = dict_set_c(thread, dict, "name", OBJECT_VALUE(name)) && dict_set_c(thread, dict, "loader", NONE_VALUE) &&
              dict_set_c(thread, dict, "origin", origin) &&
              dict_set_c(thread, dict, "submodule_search_locations", locations) &&
              dict_set_c(thread, dict, "cached", NONE_VALUE) && dict_set_c(thread, dict, "parent", OBJECT_VALUE(parent)) &&
              dict_set_c(thread, dict, "has_location", BOOL_VALUE(IS_STR(origin)));
    return ok ? spec : NULL;
}

/* The ModuleSpec of `module`, or NULL if it has none of ours. */
static ModuleSpec *import_spec_of(Thread *thread, Value module) {
    if (!IS_MODULE(module)) return NULL;
    Value spec = dict_get_c(thread, AS_MODULE(module)->dict, "__spec__");
    return value_is_exact(spec, &type_module_spec) ? (ModuleSpec *)AS_OBJECT(spec) : NULL;
}

bool import_module_is_initializing(Thread *thread, Value module) {
    ModuleSpec *spec = import_spec_of(thread, module);
    if (spec == NULL) return false;
    Value flag = dict_get_c(thread, spec->dict, "_initializing");
    return IS_BOOL(flag) && AS_BOOL(flag);
}

Value import_spec_parent(Thread *thread, Value spec) {
    if (!value_is_exact(spec, &type_module_spec)) return EMPTY_VALUE;
    return dict_get_c(thread, ((ModuleSpec *)AS_OBJECT(spec))->dict, "parent");
}

/* ---- Errors ---- */

bool import_error(Thread *thread, Type *type, Str *name, Value path, const char *format, ...) {
    va_list args;
    va_start(args, format);
    char small[512];
    int needed = vsnprintf(small, sizeof small, format, args);
    va_end(args);
    char *message = small;
    if (needed >= (int)sizeof small && (message = malloc((size_t)needed + 1)) != NULL) {
        va_start(args, format);
        vsnprintf(message, (size_t)needed + 1, format, args);
        va_end(args);
    }
    if (message == NULL) return error_no_memory(thread);
    error_set(thread, type, "%s", message);
    if (message != small) free(message);
    /* ImportError(msg, name=..., path=...): set the attributes on the
     * instance, keeping the exception even if that fails. */
    Value exception = error_fetch(thread);
    Str *name_key = str_intern_c(thread, "name"), *path_key = str_intern_c(thread, "path");
    if (name_key != NULL && path_key != NULL &&
        (!object_setattr(thread, exception, name_key, name != NULL ? OBJECT_VALUE(name) : NONE_VALUE) ||
         !object_setattr(thread, exception, path_key, path)))
        error_clear(thread);
    thread->exception = exception;
    return false;
}

/* ---- The embedded standard library ---- */

const EmbeddedModule *import_embedded_find(const char *name) {
    for (const EmbeddedModule *entry = import_embedded_modules; entry->name != NULL; entry++)
        if (strcmp(entry->name, name) == 0) return entry;
    return NULL;
}

/* "<baton>/a/b" for the module "a.b": malloc'd, `suffix` appended. */
static char *import_embedded_path(const char *name, const char *suffix) {
    size_t root = strlen(IMPORT_EMBEDDED_ROOT), length = strlen(name);
    char *path = malloc(root + 1 + length + strlen(suffix) + 1);
    if (path == NULL) return NULL;
    memcpy(path, IMPORT_EMBEDDED_ROOT "/", root + 1);
    for (size_t i = 0; i < length; i++) path[root + 1 + i] = name[i] == '.' ? '/' : name[i];
    strcpy(path + root + 1 + length, suffix);
    return path;
}

const char *import_embedded_source(const char *filename, size_t *length) {
    size_t root = strlen(IMPORT_EMBEDDED_ROOT);
    if (strncmp(filename, IMPORT_EMBEDDED_ROOT "/", root + 1) != 0) return NULL;
    for (const EmbeddedModule *entry = import_embedded_modules; entry->name != NULL; entry++) {
        char *path = import_embedded_path(entry->name, entry->is_package ? "/__init__.py" : ".py");
        bool same = path != NULL && strcmp(path, filename) == 0;
        free(path);
        if (same) {
            *length = entry->length;
            return (const char *)entry->source;
        }
    }
    return NULL;
}

/* True for a search-path entry naming the embedded stdlib ("<baton>", or
 * "<baton>/pkg" in an embedded package's __path__). */
static bool import_is_embedded_entry(const char *entry) {
    size_t root = strlen(IMPORT_EMBEDDED_ROOT);
    return strncmp(entry, IMPORT_EMBEDDED_ROOT, root) == 0 && (entry[root] == '\0' || entry[root] == '/');
}

/* ---- Finding the source ---- */

/* Where a module's source is: a file, or an entry of the embedded table. */
typedef struct ImportSource {
    const EmbeddedModule *embedded; /* the embedded file, or NULL for a file on disk */
    char *file;                     /* malloc'd: __file__ (an absolute path, or "<baton>/...") */
    char *folder;                   /* malloc'd: a package's folder (its __path__), NULL for a module */
} ImportSource;

static void import_source_free(ImportSource *source) {
    free(source->file);
    free(source->folder);
    *source = (ImportSource){0};
}

/* Result of a search step: found, not there, or out of memory. */
typedef enum SearchResult { SEARCH_NOT_FOUND, SEARCH_FOUND, SEARCH_NO_MEMORY } SearchResult;

static SearchResult import_search_embedded(const char *name, ImportSource *out) {
    const EmbeddedModule *entry = import_embedded_find(name);
    if (entry == NULL) return SEARCH_NOT_FOUND;
    out->embedded = entry;
    out->file = import_embedded_path(name, entry->is_package ? "/__init__.py" : ".py");
    if (entry->is_package) out->folder = import_embedded_path(name, "");
    return out->file == NULL || (entry->is_package && out->folder == NULL) ? SEARCH_NO_MEMORY : SEARCH_FOUND;
}

/* "folder/last" + suffix, malloc'd. */
static char *import_join(const char *folder, const char *last, const char *suffix) {
    size_t size = strlen(folder) + 1 + strlen(last) + strlen(suffix) + 1;
    char *path = malloc(size);
    if (path != NULL) snprintf(path, size, "%s/%s%s", folder, last, suffix);
    return path;
}

/* A search-path entry as an absolute folder, as CPython's FileFinder makes
 * it: '' is the current directory, a relative entry is joined to it. */
static char *import_absolute_folder(const char *entry) {
    if (entry[0] == '/') return strdup(entry);
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd) == NULL) return NULL;
    if (entry[0] == '\0' || strcmp(entry, ".") == 0) return strdup(cwd);
    return import_join(cwd, entry, "");
}

static bool import_is_file(const char *path) {
    struct stat status;
    return stat(path, &status) == 0 && S_ISREG(status.st_mode);
}

/* Look for `last` in one folder: a package (last/__init__.py) wins over a
 * module (last.py), as in CPython. Folders without __init__.py (namespace
 * packages) are not supported. */
static SearchResult import_search_folder(const char *entry, const char *last, ImportSource *out) {
    char *folder = import_absolute_folder(entry);
    if (folder == NULL) return errno == ENOMEM ? SEARCH_NO_MEMORY : SEARCH_NOT_FOUND;
    char *package = import_join(folder, last, "");
    char *init = package != NULL ? import_join(package, "__init__.py", "") : NULL;
    char *module = import_join(folder, last, ".py");
    free(folder);
    if (package == NULL || init == NULL || module == NULL) {
        free(package), free(init), free(module);
        return SEARCH_NO_MEMORY;
    }
    if (import_is_file(init)) {
        out->file = init, out->folder = package;
        free(module);
        return SEARCH_FOUND;
    }
    free(package), free(init);
    if (import_is_file(module)) {
        out->file = module;
        return SEARCH_FOUND;
    }
    free(module);
    return SEARCH_NOT_FOUND;
}

/* The index of sys.path before which the embedded stdlib is searched: its
 * "<baton>" entry, else 1 (just after the script's folder). */
static size_t import_embedded_position(Value *items, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (IS_STR(items[i]) && strcmp(AS_STR(items[i])->chars, IMPORT_EMBEDDED_ROOT) == 0) return i;
    return 1;
}

/* Search `locations` (sys.path for a top-level module, the parent's
 * __path__ for a submodule: a list or tuple of folder names) for the module
 * `name` (full dotted name). */
static SearchResult import_search(const char *name, Value locations, bool top_level, ImportSource *out) {
    const char *dot = strrchr(name, '.');
    const char *last = dot != NULL ? dot + 1 : name;
    Value *items = NULL;
    size_t count = 0;
    if (value_is_instance(locations, &type_list) || value_is_instance(locations, &type_tuple))
        sequence_items(locations, &items, &count);
    size_t embedded_at = top_level ? import_embedded_position(items, count) : SIZE_MAX;
    bool embedded_done = false;
    for (size_t i = 0; i < count; i++) {
        SearchResult found = SEARCH_NOT_FOUND;
        if (i == embedded_at || (IS_STR(items[i]) && import_is_embedded_entry(AS_STR(items[i])->chars))) {
            if (!embedded_done) found = import_search_embedded(name, out);
            embedded_done = true;
        }
        if (found == SEARCH_NOT_FOUND && IS_STR(items[i]) && !import_is_embedded_entry(AS_STR(items[i])->chars))
            found = import_search_folder(AS_STR(items[i])->chars, last, out);
        if (found != SEARCH_NOT_FOUND) return found;
    }
    return top_level && !embedded_done ? import_search_embedded(name, out) : SEARCH_NOT_FOUND;
}

/* ---- Loading ---- */

/* The source text: the embedded bytes, or the file read into a malloc'd
 * buffer (*owned set). */
static bool import_read_source(Thread *thread, ImportSource *source, const char **text, size_t *length,
                               char **owned) {
    *owned = NULL;
    if (source->embedded != NULL) {
        *text = (const char *)source->embedded->source;
        *length = source->embedded->length;
        return true;
    }
    FILE *file = fopen(source->file, "rb");
    if (file == NULL) return error_set_from_errno(thread, errno, source->file);
    StringBuilder builder;
    builder_init(&builder);
    char buffer[8192];
    size_t got;
    while ((got = fread(buffer, 1, sizeof buffer, file)) > 0) builder_append(&builder, buffer, got);
    bool failed = ferror(file) != 0;
    fclose(file);
    if (failed) {
        builder_free(&builder);
        return error_set_from_errno(thread, EIO, source->file);
    }
    *owned = builder.chars;
    *text = builder.chars != NULL ? builder.chars : ""; /* an empty file allocates nothing */
    *length = builder.length;
    return true;
}

static bool import_fill_module(Thread *thread, Module *module, ModuleSpec *spec, const char *file) {
    Runtime *runtime = thread->runtime;
    Dict *dict = module->dict, *attributes = spec->dict;
    Value locations = dict_get_c(thread, attributes, "submodule_search_locations");
    Str *file_str = str_from_c(thread, file);
    if (file_str == NULL) return false;
    /* The order of CPython's module dicts: __name__, __doc__, __package__,
     * __loader__, __spec__ (module_new made them), __path__, __file__,
     * __cached__, __builtins__. */
    if (!dict_set_c(thread, dict, "__package__", dict_get_c(thread, attributes, "parent")) ||
        !dict_set_c(thread, dict, "__spec__", OBJECT_VALUE(spec)) ||
        (!IS_NONE(locations) && !dict_set_c(thread, dict, "__path__", locations)) ||
        !dict_set_str(thread, dict, runtime->names.file, OBJECT_VALUE(file_str)) ||
        !dict_set_c(thread, dict, "__cached__", NONE_VALUE))
        return false;
    return runtime->builtins == NULL || dict_set_str(thread, dict, runtime->names.builtins, OBJECT_VALUE(runtime->builtins));
}

/* A new module for `source`, with its spec and standard attributes. */
static Module *import_new_module(Thread *thread, Str *name, ImportSource *source) {
    Str *origin = str_from_c(thread, source->file);
    if (origin == NULL) return NULL;
    Value locations = NONE_VALUE;
    if (source->folder != NULL) {
        Str *folder = str_from_c(thread, source->folder);
        if (folder == NULL) return NULL;
        Value item = OBJECT_VALUE(folder);
        List *list = list_from_array(thread, &item, 1);
        if (list == NULL) return NULL;
        locations = OBJECT_VALUE(list);
    }
    ModuleSpec *spec = import_spec_new(thread, name, OBJECT_VALUE(origin), locations);
    Module *module = spec != NULL ? module_new(thread, name->chars) : NULL;
    if (module == NULL || !import_fill_module(thread, module, spec, source->file)) return NULL;
    return module;
}

bool import_exec_module(Thread *thread, Module *module, Code *code) {
    ModuleSpec *spec = import_spec_of(thread, OBJECT_VALUE(module));
    if (spec != NULL && !dict_set_c(thread, spec->dict, "_initializing", BOOL_VALUE(true))) return false;
    if (!gc_push_root(thread, OBJECT_VALUE(module))) return false;
    if (!gc_push_root(thread, OBJECT_VALUE(code))) {
        gc_pop_roots(thread, 1);
        return false;
    }
    Value ignored;
    bool ok = eval_module(thread, code, module->dict, &ignored);
    gc_pop_roots(thread, 2);
    if (spec != NULL) {
        Value error = error_fetch(thread);
        if (!dict_set_c(thread, spec->dict, "_initializing", BOOL_VALUE(false))) error_clear(thread);
        thread->exception = error;
    }
    return ok;
}

/* Compile and run the module found at `source` under `name`, as CPython's
 * _load_unlocked: in sys.modules while its body runs, removed if the body
 * raises; the answer is what sys.modules holds afterwards. */
static bool import_load(Thread *thread, Str *name, ImportSource *source, Value *result) {
    const char *text;
    size_t length;
    char *owned;
    if (!import_read_source(thread, source, &text, &length, &owned)) return false;
    Code *code = compile_source(thread, text, length, source->file, COMPILE_FILE, NULL);
    free(owned);
    if (code == NULL) return false;
    Module *module = import_new_module(thread, name, source);
    Dict *modules = thread->runtime->modules;
    if (module == NULL || !dict_set_str(thread, modules, name, OBJECT_VALUE(module))) return false;
    if (!gc_push_root(thread, OBJECT_VALUE(name))) return false;
    bool ok = import_exec_module(thread, module, code);
    gc_pop_roots(thread, 1);
    if (!ok) {
        Value error = error_fetch(thread);
        dict_delete_str(modules, name);
        thread->exception = error;
        return false;
    }
    *result = dict_get_str(modules, name);
    if (IS_EMPTY(*result)) *result = OBJECT_VALUE(module);
    return true;
}

/* The search locations for `name`: sys.path, or the parent's __path__
 * (ModuleNotFoundError if the parent is not a package). */
static bool import_locations(Thread *thread, Str *name, Value parent, Value *locations) {
    if (IS_EMPTY(parent)) {
        Module *sys = thread->runtime->sys_module;
        *locations = sys != NULL ? dict_get_c(thread, sys->dict, "path") : EMPTY_VALUE;
        return true;
    }
    Str *path_name = str_intern_c(thread, "__path__");
    if (path_name == NULL || !object_getattr_optional(thread, parent, path_name, locations)) return false;
    if (!IS_EMPTY(*locations)) return true;
    const char *dot = strrchr(name->chars, '.');
    int parent_length = dot != NULL ? (int)(dot - name->chars) : 0;
    return import_error(thread, &type_ModuleNotFoundError, name, NONE_VALUE,
                        "No module named '%s'; '%.*s' is not a package", name->chars, parent_length, name->chars);
}

bool import_find_module(Thread *thread, Str *name, Value parent, Value *result, bool required) {
    Runtime *runtime = thread->runtime;
    *result = dict_get_str(runtime->modules, name);
    if (IS_NONE(*result))
        return import_error(thread, &type_ModuleNotFoundError, name, NONE_VALUE,
                            "import of %s halted; None in sys.modules", name->chars);
    if (!IS_EMPTY(*result)) return true;
    Module *builtin = stdlib_load_builtin(thread, name->chars);
    if (builtin != NULL) {
        *result = OBJECT_VALUE(builtin);
        return true;
    }
    Value locations;
    if (error_occurred(thread) || !import_locations(thread, name, parent, &locations)) return false;
    ImportSource source = {0};
    SearchResult found = import_search(name->chars, locations, IS_EMPTY(parent), &source);
    if (found == SEARCH_NO_MEMORY) {
        import_source_free(&source);
        return error_no_memory(thread);
    }
    if (found == SEARCH_NOT_FOUND) {
        if (!required) return true; /* *result is EMPTY */
        return import_error(thread, &type_ModuleNotFoundError, name, NONE_VALUE, "No module named '%s'", name->chars);
    }
    bool ok = import_load(thread, name, &source, result);
    import_source_free(&source);
    if (!ok || IS_EMPTY(parent)) return ok;
    /* The loaded submodule becomes an attribute of its package. */
    Str *last = str_from_c(thread, strrchr(name->chars, '.') + 1);
    return last != NULL && object_setattr(thread, parent, last, *result);
}

/* ---- baton -m ---- */

bool import_find_main(Thread *thread, Str *name, Value parent, ImportMain *out) {
    Value locations;
    if (!import_locations(thread, name, parent, &locations)) return false;
    ImportSource source = {0};
    SearchResult found = import_search(name->chars, locations, IS_EMPTY(parent), &source);
    if (found == SEARCH_NO_MEMORY) {
        import_source_free(&source);
        return error_no_memory(thread);
    }
    out->found = found == SEARCH_FOUND;
    out->is_package = source.folder != NULL;
    out->code = NULL;
    out->module = NULL;
    if (!out->found || out->is_package) {
        import_source_free(&source);
        return true;
    }
    const char *text;
    size_t length;
    char *owned;
    bool ok = import_read_source(thread, &source, &text, &length, &owned);
    if (ok) {
        out->code = compile_source(thread, text, length, source.file, COMPILE_FILE, NULL);
        free(owned);
        out->module = out->code != NULL ? import_new_module(thread, name, &source) : NULL;
        ok = out->module != NULL;
    }
    import_source_free(&source);
    return ok;
}
