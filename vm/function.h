/* function.h: Python functions, closure cells, bound methods and native
 * (C) functions.
 *
 * A Function pairs a code object with the globals it runs in and what the
 * `def` evaluated: defaults, keyword-only defaults, the closure's cells.
 * A NativeFunction wraps a C NativeFn; as an entry in a built-in type's dict
 * (`owner` set, `self` EMPTY) it is a method descriptor, and looking it up on
 * an instance binds `self`. Binding a Python function makes a BoundMethod. */
#ifndef BATON_FUNCTION_H
#define BATON_FUNCTION_H

#include "code.h"

struct Dict;
struct Tuple;
struct Str;

typedef struct Function {
    Object header;
    Code *code;
    struct Dict *globals;
    struct Dict *builtins;       /* resolved once from globals["__builtins__"] or the runtime's */
    struct Tuple *defaults;      /* __defaults__, NULL if none */
    struct Dict *keyword_defaults; /* __kwdefaults__, NULL if none */
    struct Tuple *closure;       /* cells for the code's free variables, NULL if none */
    struct Dict *annotations;    /* __annotations__, NULL until asked for or set */
    struct Dict *dict;           /* __dict__ for attributes set on the function, NULL until used */
    struct Str *name;            /* __name__ */
    struct Str *qualname;        /* __qualname__ */
    Value module;                /* __module__ */
    Value doc;                   /* __doc__ */
} Function;

typedef struct Cell {
    Object header;
    Value value; /* EMPTY while unbound */
} Cell;

typedef struct BoundMethod {
    Object header;
    Value function;
    Value self;
} BoundMethod;

typedef struct NativeFunction {
    Object header;
    const char *name;    /* __name__ */
    NativeFn function;
    Type *owner;         /* the type whose dict holds it (a method), or NULL */
    Value self;          /* the bound receiver, EMPTY when unbound */
    Value module;        /* __module__ for module-level natives, else EMPTY */
} NativeFunction;

/* A table of natives, ended by {NULL, NULL}. */
typedef struct MethodDef {
    const char *name;
    NativeFn function;
} MethodDef;

extern Type type_method_descriptor;

#define AS_FUNCTION(v) ((Function *)AS_OBJECT(v))
#define AS_CELL(v) ((Cell *)AS_OBJECT(v))
#define AS_BOUND_METHOD(v) ((BoundMethod *)AS_OBJECT(v))
#define AS_NATIVE(v) ((NativeFunction *)AS_OBJECT(v))

Function *function_new(Thread *thread, Code *code, struct Dict *globals);
Cell *cell_new(Thread *thread, Value value);
BoundMethod *bound_method_new(Thread *thread, Value function, Value self);
NativeFunction *native_new(Thread *thread, const char *name, NativeFn function, Value self);
/* Put each MethodDef of `methods` into `type`'s dict as a method descriptor. */
bool type_add_methods(Thread *thread, Type *type, const MethodDef *methods);
/* Put each MethodDef into `dict` as a plain native function (modules). */
bool dict_add_natives(Thread *thread, struct Dict *dict, const MethodDef *functions, Value module_name);

void function_init_types(Thread *thread);

#endif
