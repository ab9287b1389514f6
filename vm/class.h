/* class.h: user classes and the attribute protocol.
 *
 * Single inheritance: a class's MRO is itself followed by its base's MRO.
 * Attribute lookup follows CPython's: data descriptors on the type (property)
 * win over the instance dict, which wins over other class attributes;
 * functions found on the class bind to the instance. `__build_class__`
 * runs a class body and calls type(name, bases, namespace). */
#ifndef BATON_CLASS_H
#define BATON_CLASS_H

#include "runtime.h"

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

#define AS_TYPE(v) ((Type *)AS_OBJECT(v))
#define IS_TYPE(v) (IS_OBJECT(v) && value_is_instance((v), &type_type))
#define AS_INSTANCE(v) ((Instance *)AS_OBJECT(v))

/* Find `name` in `type`'s MRO dicts, without binding; EMPTY if absent. */
Value type_lookup(Type *type, struct Str *name);
/* Make a class as type(name, bases, namespace) does. */
Type *class_new(Thread *thread, struct Str *name, struct Tuple *bases, struct Dict *namespace);
/* builtins.__build_class__(body_function, name, *bases, **keywords): run
 * the class body with a fresh namespace, make the class, fill the body's
 * __class__ cell. A NativeFn; builtins.c registers it. */
bool class_build_class(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);
/* The instance dict of `object`, or NULL if it has none. */
struct Dict *object_instance_dict(Value object);
/* Finish a static type at start-up: name, mro, an empty dict if none. */
bool type_ready(Thread *thread, Type *type);

/* The generic attribute protocol (object.__getattribute__ and friends).
 * Absent attributes raise AttributeError with CPython's message. */
bool generic_getattr(Thread *thread, Value object, struct Str *name, Value *result);
bool generic_setattr(Thread *thread, Value object, struct Str *name, Value value);
bool generic_delattr(Thread *thread, Value object, struct Str *name);
/* Look up a method for LOAD_METHOD: on success *method is an unbound
 * function and *bound is true when self must be passed first; otherwise
 * *method is the finished attribute. */
bool class_lookup_method(Thread *thread, Value object, struct Str *name, Value *method, bool *needs_self);

void class_init_types(Thread *thread);

#endif
