/* class.h: user classes and the attribute protocol.
 *
 * Single inheritance: a class's MRO is itself followed by its base's MRO.
 * Attribute lookup follows CPython's: data descriptors on the type (property)
 * win over the instance dict, which wins over other class attributes;
 * functions found on the class bind to the instance. `__build_class__`
 * runs a class body and calls type(name, bases, namespace). */
#ifndef BATON_CLASS_H
#define BATON_CLASS_H

#include "code.h"
#include "dict.h"
#include "runtime.h"
#include "tuple.h"

struct Dict;
struct Str;
struct Tuple;

/* An instance of a user class deriving from object. */
typedef struct Instance {
    Object header;
    struct Dict *dict; /* __dict__ */
} Instance;

typedef struct Property {
    Object header;
    Value getter, setter, deleter, doc; /* None when absent */
    Value name;                         /* set by __set_name__, for messages; None until then */
} Property;

/* staticmethod and classmethod wrap a callable. */
typedef struct MethodWrapper {
    Object header;
    Value function;
} MethodWrapper;

typedef struct Super {
    Object header;
    Type *type;       /* the class super() was called in (lookups start after it) */
    Value self;       /* the instance or class */
    Type *self_type;  /* type(self), or self when it is a class */
} Super;

/* A C getter/setter pair exposed as a data descriptor (a "getset_descriptor":
 * type.__name__, object.__class__...). The setter gets EMPTY to delete; a
 * NULL setter makes the attribute read-only. */
typedef bool (*GetterFn)(Thread *thread, Value self, Value *result);
typedef bool (*SetterFn)(Thread *thread, Value self, Value value);

/* A table of getsets, ended by {NULL, NULL, NULL}. */
typedef struct GetSetDef {
    const char *name;
    GetterFn get;
    SetterFn set; /* NULL: read-only */
} GetSetDef;

typedef struct GetSet {
    Object header;
    const GetSetDef *def; /* the C getter and setter */
    Type *owner;          /* the type whose dict holds it (for messages) */
} GetSet;

extern Type type_getset;

/* __slots__ (class_slots.c). class_apply_slots gives a class being made
 * (deriving from object) a cell and a member_descriptor per name in its
 * namespace's __slots__, and takes its __dict__ away unless "__dict__" is
 * a slot or `base_has_dict`. member_get / member_set (value EMPTY to
 * delete) are the descriptor's __get__ and __set__ for the attribute
 * protocol's fast path. */
extern Type type_member_descriptor;
bool class_apply_slots(Thread *thread, Type *type, struct Dict *namespace, bool base_has_dict);
void class_slots_trace(Object *object, struct GcTracer *tracer);
bool member_get(Thread *thread, Value descriptor, Value instance, Value *result);
bool member_set(Thread *thread, Value descriptor, Value instance, Value value);
void class_slots_init_type(Thread *thread);

/* The read-only view C.__dict__ gives (mappingproxy.c). */
extern Type type_mappingproxy;
bool mappingproxy_new(Thread *thread, Value mapping, Value *result);
void mappingproxy_init_type(Thread *thread);

#define AS_TYPE(v) ((Type *)AS_OBJECT(v))
#define IS_TYPE(v) (IS_OBJECT(v) && value_is_instance((v), &type_type))
#define AS_INSTANCE(v) ((Instance *)AS_OBJECT(v))

/* Find `name` in `type`'s MRO dicts, without binding; EMPTY if absent.
 * Answers for interned names are cached (class_attribute.c): whoever
 * changes a class's dict after start-up must call type_modified. */
Value type_lookup(Type *type, struct Str *name);
/* The same, also telling which class of the MRO holds it. */
Value type_lookup_owner(Type *type, struct Str *name, Type **owner);
/* Record a change of `type`'s dict (bumps type->version and invalidates
 * every cached lookup, those of subclasses included). */
void type_modified(Type *type);
/* Empty the lookup cache and make it a root of the collector (start-up). */
void type_lookup_cache_init(Thread *thread);
/* Put each GetSetDef of `getsets` into `type`'s dict as a data descriptor. */
bool type_add_getsets(Thread *thread, Type *type, const GetSetDef *getsets);
/* Replace the natives named in `names` (NULL-terminated) of `type`'s dict
 * by classmethod / staticmethod wrappers of themselves (dict.fromkeys). */
bool type_wrap_classmethods(Thread *thread, Type *type, const char *const *names);
bool type_wrap_staticmethods(Thread *thread, Type *type, const char *const *names);
/* type.__call__: make an instance with __new__, then run __init__. */
bool class_type_call(Thread *thread, Type *type, int argc, Value *argv, struct Tuple *kwnames, Value *result);
/* class_new with the class statement's keywords (for __init_subclass__). */
Type *class_new_with_keywords(Thread *thread, struct Str *name, struct Tuple *bases, struct Dict *namespace,
                              int keyword_count, Value *keyword_values, struct Tuple *kwnames);

/* The descriptor protocol: bind `attribute`, found in `owner`'s MRO, to
 * `instance` (EMPTY when looked up on the class itself): functions become
 * bound methods, method descriptors bound natives, classmethods bind the
 * class, properties and getsets run their getter, and an object whose class
 * defines __get__ is asked. Anything else is returned as it is. */
bool class_bind(Thread *thread, Value attribute, Value instance, Type *owner, Value *result);
/* True if `attribute` is a data descriptor (property, getset, or its class
 * defines __set__ or __delete__): it wins over the instance dict. */
bool class_is_data_descriptor(Thread *thread, Value attribute);
/* Call `attribute` (found on type(self)) as a method of `self`, without
 * making a bound method when it is a function or a method descriptor. */
bool class_call_bound(Thread *thread, Value attribute, Value self, int argc, Value *argv, struct Tuple *kwnames,
                      Value *result);
/* Attribute access on a class object (type.__getattribute__ and friends). */
bool type_getattr(Thread *thread, Type *type, struct Str *name, Value *result, bool raise);
bool type_setattr(Thread *thread, Type *type, struct Str *name, Value value);
/* generic_getattr that, with raise false, answers EMPTY without raising
 * when the attribute is absent (hasattr, getattr with a default). */
bool generic_getattr_optional(Thread *thread, Value object, struct Str *name, Value *result, bool raise);
/* True if `value` is a native (NativeFunction) whose C function is `function`. */
bool class_is_native(Value value, NativeFn function);
/* The natives behind object.__getattribute__, object.__setattr__,
 * object.__delattr__ and type's, so ops.c can take the C path directly. */
bool class_object_getattribute(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);
bool class_object_setattr(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);
bool class_object_delattr(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);
bool class_type_getattribute(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);
bool class_type_setattr(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);
bool class_type_delattr(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);
/* The identity hash of object.__hash__. */
int64_t class_identity_hash(Value value);
/* "<__main__.C object at 0x...>" as object.__repr__ writes it. */
struct Str *class_default_repr(Thread *thread, Value value);
/* The name of a type as its repr and object.__repr__ show it: "C" for
 * builtins, "module.Qualname" otherwise. Returns a C string of `buffer`. */
const char *type_display_name(Thread *thread, Type *type, char *buffer, size_t size);

/* A property's getter, and its setter (deleter when value is EMPTY), with
 * CPython's "property 'x' of 'C' object has no setter". */
bool property_get(Thread *thread, Property *property, Value instance, Value *result);
bool property_set(Thread *thread, Property *property, Value instance, Value value);

/* Attribute lookup on a super object (super.c). */
bool super_getattr(Thread *thread, Value super, struct Str *name, Value *result, bool raise);

void class_descriptors_init_types(Thread *thread);
void super_init_type(Thread *thread);
/* Make a class as type(name, bases, namespace) does. */
Type *class_new(Thread *thread, struct Str *name, struct Tuple *bases, struct Dict *namespace);
/* builtins.__build_class__(body_function, name, *bases, **keywords): run
 * the class body with a fresh namespace, make the class, fill the body's
 * __class__ cell. A NativeFn; builtins.c registers it. */
bool class_build_class(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);
/* Where `object` keeps its __dict__ pointer, or NULL if it has none. */
struct Dict **object_instance_dict_slot(Value object);
/* The same for instances of subclasses of list, dict, set and frozenset,
 * which keep it after their built-in layout; NULL for any other object. */
struct Dict **class_trailing_dict_slot(Object *object);
/* The dispatch loop's fast path for `C(...)`: when calling the class means
 * object.__new__ and then a plain Python __init__, make the instance and
 * give back that __init__ so the loop can run it inline, without a nested
 * run. Returns 1 then, 0 when the generic class call is needed (a custom
 * __new__, a native __init__, exception classes...), -1 on error. */
int class_plain_construct(Thread *thread, Type *type, Value *instance, Value *init);
/* The instance dict of `object`, or NULL if it has none. */
struct Dict *object_instance_dict(Value object);
/* The instance dict, made on first use; NULL without an exception if
 * `object` cannot have one, NULL with MemoryError set if memory ran out. */
struct Dict *object_instance_dict_make(Thread *thread, Value object);
/* Setting __dict__ (value EMPTY: deleting), with CPython's TypeErrors. */
bool object_set_dict(Thread *thread, Value self, Value value);
/* Finish a static type at start-up: name, mro, an empty dict if none. */
bool type_ready(Thread *thread, Type *type);

/* What the attribute protocol does with one name on instances of one
 * type, remembered in the lookup cache beside type_lookup's answer (so the
 * common case costs one cache probe, not a lookup per dunder). Valid until
 * the next call that may run Python code or change a class. */
enum {
    PLAN_KNOWN = 1u << 0,           /* the bits below are filled in */
    PLAN_GENERIC_GET = 1u << 1,     /* __getattribute__ is object's */
    PLAN_GENERIC_SET = 1u << 2,     /* __setattr__ is object's */
    PLAN_GENERIC_DELETE = 1u << 3,  /* __delattr__ is object's */
    PLAN_DATA_DESCRIPTOR = 1u << 4, /* the class attribute is a data descriptor */
    PLAN_METHOD = 1u << 5,          /* the class attribute is a function or method descriptor */
};

typedef struct AttributePlan {
    Value attribute; /* type_lookup(type, name); EMPTY if absent */
    Type *owner;     /* the class of the MRO holding it; NULL if absent */
    uint32_t flags;  /* PLAN_* */
} AttributePlan;

/* Fill `plan` for `name` on instances of `type` (never runs Python code). */
void class_attribute_plan(Thread *thread, Type *type, struct Str *name, AttributePlan *plan);
/* generic_getattr_optional / generic_setattr (value EMPTY: delete) with the
 * plan already made for value_type(object) and name. */
bool generic_getattr_planned(Thread *thread, Value object, struct Str *name, const AttributePlan *plan,
                             Value *result, bool raise);
bool generic_store_planned(Thread *thread, Value object, struct Str *name, const AttributePlan *plan, Value value);

/* The dispatch loop's fast paths for instances whose class keeps object's
 * __getattribute__ / __setattr__ and has no data descriptor of that name,
 * once the plan is cached. class_instance_attribute answers true with the
 * value when the instance dict holds it, false (nothing set) otherwise.
 * class_instance_store answers 1 when stored, 0 when the generic path is
 * needed, -1 on error. */
bool class_instance_attribute(Code *code, int name_index, Value object, Value *result);
int class_instance_store(Thread *thread, Code *code, int name_index, Value object, Value value);

/* The lookup cache's epoch: bumped by every change to any class dict. */
extern uint64_t class_lookup_epoch;

/* The memo of name number `name_index` of `code` (code.h,
 * AttributeCacheEntry) when it still holds for `object` and allows
 * `operation`; NULL otherwise. */
static inline const AttributeCacheEntry *class_attribute_memo(const Code *code, int name_index, Value object,
                                                              uint32_t operation) {
    if (code->attribute_cache == NULL || !IS_OBJECT(object)) return NULL;
    const AttributeCacheEntry *cache = &code->attribute_cache[name_index];
    Type *type = AS_OBJECT(object)->type;
    if (type != cache->type || !(cache->operations & operation) || cache->epoch != class_lookup_epoch ||
        cache->dict_version != type->dict->version)
        return NULL;
    return cache;
}

/* The dispatch loop's first try for LOAD_ATTR / STORE_ATTR of name number
 * `name_index` of `code`: the instance dict entry the memo points at, after
 * checking that it still holds; NULL if it does not. */
static inline DictEntry *class_attribute_cached(const Code *code, int name_index, Value object, uint32_t operation,
                                                Dict **dict_out) {
    const AttributeCacheEntry *cache = class_attribute_memo(code, name_index, object, operation);
    if (cache == NULL) return NULL;
    Dict *dict = ((Instance *)AS_OBJECT(object))->dict;
    if (dict == NULL || cache->entry >= dict->entry_count) return NULL;
    DictEntry *entry = &dict->entries[cache->entry];
    if (!IS_OBJECT(entry->key) || AS_OBJECT(entry->key) != AS_OBJECT(code->names->items[name_index])) return NULL;
    *dict_out = dict;
    return entry;
}

/* The generic attribute protocol (object.__getattribute__ and friends).
 * Absent attributes raise AttributeError with CPython's message. */
bool generic_getattr(Thread *thread, Value object, struct Str *name, Value *result);
bool generic_setattr(Thread *thread, Value object, struct Str *name, Value value);
bool generic_delattr(Thread *thread, Value object, struct Str *name);
/* Look up a method for LOAD_METHOD: on success *method is an unbound
 * function and *needs_self is true when self must be passed first;
 * otherwise *method is the finished attribute. */
bool class_lookup_method(Thread *thread, Value object, struct Str *name, Value *method, bool *needs_self);
/* The same for name number `name_index` of `code`, remembering a plain
 * method in the code's memo (code.h) for class_method_cached. */
bool class_load_method(Thread *thread, Code *code, int name_index, Value object, Value *method, bool *needs_self);

/* LOAD_METHOD's hit path: the function to call with `object` as self when
 * the memo knows it, else false. */
static inline bool class_method_cached(const Code *code, int name_index, Value object, Value *method) {
    const AttributeCacheEntry *cache = class_attribute_memo(code, name_index, object, ATTRIBUTE_CACHE_METHOD);
    if (cache == NULL) return false;
    Dict *dict = cache->entry != 0 ? ((Instance *)AS_OBJECT(object))->dict : NULL;
    if (dict != NULL && dict->count != 0 && dict_find_str(dict, (struct Str *)AS_OBJECT(code->names->items[name_index])) >= 0)
        return false; /* the object's own attribute hides the method */
    *method = cache->method;
    return true;
}

void class_init_types(Thread *thread);

#endif
