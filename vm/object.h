/* object.h: the header every heap object starts with, and type objects.
 *
 * Every heap value begins with an Object header: its type and the link the
 * collector uses to find every object. A Type is itself an Object (its type
 * is `type`). Built-in types are static structs defined by the file that owns
 * them (type_str in str.c, type_list in list.c...) and filled in at start-up
 * by that file's *_init_type function; user classes are heap Types made by
 * class.c. Methods of every type, built-in or not, live in the type's dict,
 * so the VM finds `__add__` on a str and on a user class the same way; the
 * dispatch loop keeps fast paths for the exact built-in types. */
#ifndef BATON_OBJECT_H
#define BATON_OBJECT_H

#include "value.h"

struct Thread;
struct Type;
struct Str;
struct Dict;
struct Tuple;
struct GcTracer;

/* Object.flags bits. */
enum {
    OBJECT_MARKED = 1 << 0, /* reached in the current collection */
    OBJECT_STATIC = 1 << 1, /* statically allocated (built-in types): never freed */
    OBJECT_FINALIZED = 1 << 2, /* its Python-level finalizer has run (it runs once) */
};

typedef struct Object {
    struct Type *type;   /* the object's class */
    struct Object *next; /* all heap objects form one list, for the sweeper */
    uint32_t flags;      /* OBJECT_* bits */
    uint32_t size;       /* bytes allocated for it (capped at UINT32_MAX), for the heap's count */
} Object;

/* A native function: argv holds argc positional values followed by one value
 * per name in kwnames (NULL when there are no keyword arguments). For a
 * method, argv[0] is self. It stores its result in *result and returns true,
 * or sets an exception on the thread (error.h) and returns false. */
typedef bool (*NativeFn)(struct Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);

/* Called by the collector for each reachable object: mark every object it
 * refers to with gc_mark_value / gc_mark_object (gc.h). */
typedef void (*TraceFn)(Object *object, struct GcTracer *tracer);

/* Called by the sweeper just before the object's memory is freed: release
 * what the object owns outside the heap (malloc'd or pooled arrays, file
 * descriptors). Returns how many of those bytes it had reported with
 * gc_account, so that the collector's count of live bytes stays true. */
struct Runtime;
typedef size_t (*FinalizeFn)(struct Runtime *runtime, Object *object);

/* Python-level finalization (a suspended generator's close(), a coroutine's
 * "never awaited" warning). At collection time, an unreachable object whose
 * type's `needs_finalizer` says yes is kept alive and queued; right after the
 * collection `run_finalizer` is called on it, once, where Python code may
 * run. If it is still unreachable next time, it is freed. */
typedef bool (*NeedsFinalizerFn)(Object *object);
typedef void (*RunFinalizerFn)(struct Thread *thread, Object *object);

/* Type.flags bits. */
enum {
    TYPE_BASETYPE = 1 << 0,  /* may be subclassed */
    TYPE_HEAPTYPE = 1 << 1,  /* a user class made by a class statement */
    TYPE_EXCEPTION = 1 << 2, /* BaseException or a subclass: instances are ExceptionObject */
    TYPE_HAS_DICT = 1 << 3,  /* instances carry a __dict__ at Instance.dict */
    TYPE_ABSTRACT_NEW = 1 << 4, /* cannot be instantiated: "cannot create 'X' instances" */
};

typedef struct Type {
    Object header;
    struct Str *name;     /* __name__ */
    struct Str *qualname; /* __qualname__ */
    const char *c_name;   /* for static types: the name before the runtime is up */
    struct Type *base;    /* __base__; NULL only for `object` */
    struct Dict *dict;    /* attributes and methods, dunder methods included */
    struct Tuple *mro;    /* __mro__: this type, then its bases up to object */
    size_t instance_size; /* bytes malloc'd for an instance */
    uint32_t flags;       /* TYPE_* bits */
    TraceFn trace;        /* marks what an instance refers to; NULL if nothing */
    FinalizeFn finalize;  /* frees what an instance owns; NULL if nothing */
    NeedsFinalizerFn needs_finalizer; /* unreachable but wants run_finalizer first? NULL: never */
    RunFinalizerFn run_finalizer;     /* the Python-level finalizer (may run Python code) */
    /* __new__ of the type: called as new(thread, argc, argv, kwnames, result)
     * with argv[0] the type being instantiated. NULL: inherit from base. */
    NativeFn new_instance;
    uint32_t version;     /* bumped whenever the type's dict changes (for caches) */
} Type;

/* The static types of the core. Each is defined in the file that owns it. */
extern Type type_type, type_object, type_none, type_bool, type_int, type_float;
extern Type type_str, type_bytes, type_bytearray, type_list, type_tuple, type_dict, type_set, type_frozenset;
extern Type type_range, type_slice, type_function, type_code, type_cell, type_method;
extern Type type_native_function, type_module, type_property, type_staticmethod, type_classmethod;
extern Type type_super, type_not_implemented, type_ellipsis;

/* The type of any value, immediates included. */
static inline Type *value_type(Value v) {
    switch (v.tag) {
    case VALUE_NONE: return &type_none;
    case VALUE_BOOL: return &type_bool;
    case VALUE_INT: return &type_int;
    case VALUE_FLOAT: return &type_float;
    case VALUE_OBJECT: return v.as.object->type;
    case VALUE_EMPTY: break;
    }
    return &type_none;
}

/* The type's name as a C string, for error messages ("'int' object ..."). */
const char *type_name(Type *type);
static inline const char *value_type_name(Value v) { return type_name(value_type(v)); }

/* True if `v`'s type is exactly `type` (no subclass). */
static inline bool value_is_exact(Value v, Type *type) {
    return v.tag == VALUE_OBJECT && v.as.object->type == type;
}

/* True if `type` is `base` or a subclass of it. */
bool type_is_subtype(Type *type, Type *base);
static inline bool value_is_instance(Value v, Type *type) { return type_is_subtype(value_type(v), type); }

/* Allocate a new heap object of `type` with `size` bytes (zero-filled beyond
 * the header) and link it into the heap. Never runs the collector (the
 * collector only runs at the dispatch loop's check points; see gc.h), so C
 * code may hold fresh objects in C variables until it returns to the VM or
 * calls back into Python code. Raises MemoryError and returns NULL when the
 * memory is exhausted. */
Object *object_allocate(struct Thread *thread, Type *type, size_t size);

#define ALLOCATE_OBJECT(thread, ctype, type) ((ctype *)object_allocate((thread), (type), sizeof(ctype)))

#endif
