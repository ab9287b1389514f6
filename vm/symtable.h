/* symtable.h: scopes and the names in them, computed from the AST before
 * code generation (symtable.c), as CPython's symtable.c does.
 *
 * One Scope per module, class body, function, lambda and comprehension, in
 * a tree that mirrors the source. Each Scope lists its Symbols (names after
 * private-name mangling) with how they are used (DEF_* flags) and, once the
 * analysis ran, where they live: local slot, global, cell, or free variable
 * taken from an enclosing function. The compiler finds a nested scope by
 * the AST node that opened it. Everything lives in the compile's Arena. */
#ifndef BATON_SYMTABLE_H
#define BATON_SYMTABLE_H

#include "ast.h"
#include "runtime.h"

/* How a name is used in its scope (Symbol.flags). */
enum {
    DEF_GLOBAL = 1 << 0,     /* `global x` */
    DEF_LOCAL = 1 << 1,      /* assigned, deleted, a def/class/for/with/except target */
    DEF_PARAM = 1 << 2,      /* a parameter */
    DEF_NONLOCAL = 1 << 3,   /* `nonlocal x` */
    DEF_USE = 1 << 4,        /* read */
    DEF_FREE_CLASS = 1 << 5, /* bound in a class body and free in one of its methods */
    DEF_IMPORT = 1 << 6,     /* bound by an import */
    DEF_ANNOT = 1 << 7,      /* annotated (`x: int`) */
    DEF_COMP_ITER = 1 << 8,  /* a comprehension's iteration variable */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Where a name lives, once analysed. */
typedef enum SymbolScope {
    SYMBOL_UNRESOLVED = 0,
    SYMBOL_LOCAL,           /* a fast local (functions) or the namespace dict (module, class) */
    SYMBOL_GLOBAL_EXPLICIT, /* declared `global` */
    SYMBOL_GLOBAL_IMPLICIT, /* never bound here nor in an enclosing function */
    SYMBOL_FREE,            /* bound in an enclosing function: reached through a cell */
    SYMBOL_CELL,            /* local here, and used by a nested function */
} SymbolScope;

typedef enum ScopeKind {
    SCOPE_MODULE,
    SCOPE_CLASS,
    SCOPE_FUNCTION,      /* def and async def */
    SCOPE_LAMBDA,
    SCOPE_COMPREHENSION, /* list/set/dict comprehensions and generator expressions */
} ScopeKind;

typedef struct Symbol {
    const char *name; /* mangled */
    int flags;        /* DEF_* */
    SymbolScope scope;
    Span declared;    /* the `nonlocal` statement naming it, for errors */
} Symbol;

typedef struct Scope {
    ScopeKind kind;
    const char *name;            /* "top", the def/class name, "lambda", "listcomp"... */
    const void *node;            /* the Stmt or Expr that opened it (NULL for the module) */
    struct Scope *parent;
    Symbol *symbols;             /* in order of first mention: parameters first */
    int symbol_count, symbol_capacity;
    const char **parameters;     /* parameter names in order (co_varnames' start) */
    int parameter_count, parameter_capacity;
    struct Scope **children;     /* nested scopes in source order */
    int child_count, child_capacity;
    const char *private_name;    /* the enclosing class name, for mangling; NULL outside classes */
    bool is_nested;              /* inside a function (CO_NESTED) */
    bool is_generator;           /* contains yield, or a generator expression */
    bool is_coroutine;           /* async def, or a comprehension that awaits */
    bool has_free;               /* refers to a free variable */
    bool child_has_free;         /* some nested scope does */
    bool needs_class_closure;    /* class body: a method uses super() or __class__ */
    bool comprehension_is_generator; /* genexpr (for 'yield inside' messages) */
    ExprKind comprehension_kind; /* which comprehension, for error messages */
    int line;                    /* first line of the definition */
} Scope;

/* Build the scope tree of `module` (mode says whether it is a file, an
 * interactive entry or an eval expression). On error returns NULL with a
 * SyntaxError set, positioned in `source`. */
Scope *symtable_build(Thread *thread, Arena *arena, ModuleNode *module, bool is_eval, const char *filename,
                      const char *source, size_t length);

/* The scope opened by `node` among `scope`'s children; NULL if none. */
Scope *symtable_child(const Scope *scope, const void *node);
/* The symbol `name` (already mangled) in `scope`; NULL if not mentioned. */
Symbol *symtable_lookup(const Scope *scope, const char *name);
/* Where `name` lives in `scope`; GLOBAL_IMPLICIT for unmentioned names. */
SymbolScope symtable_scope_of(const Scope *scope, const char *name);

/* `name` as it is stored inside class `private_name` (`__x` -> `_C__x`);
 * `name` itself when no mangling applies. */
const char *symtable_mangle(Arena *arena, const char *private_name, const char *name);

/* Raise SyntaxError `message` at `span` of `source` (0-based columns in the
 * span, converted to CPython's 1-based character offsets). Returns false. */
bool symtable_syntax_error(Thread *thread, const char *filename, const char *source, size_t length, Span span,
                           const char *message);

#endif
