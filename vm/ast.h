/* ast.h: the abstract syntax tree, the parser's output and the compiler's
 * input.
 *
 * Shaped like CPython's `ast` module (same node kinds, same fields), so the
 * compiler can follow CPython's compile.c case by case. Nodes are plain C
 * structs allocated from an Arena and freed all at once; they hold no heap
 * Objects: names and string literals are arena-allocated UTF-8. Every node
 * carries its source span (CPython's lineno/col_offset/end_lineno/
 * end_col_offset: lines 1-based, columns 0-based byte offsets). */
#ifndef BATON_AST_H
#define BATON_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- The arena ---- */

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    size_t used, capacity;
    char data[];
} ArenaBlock;

typedef struct Arena {
    ArenaBlock *blocks;
} Arena;

void arena_init(Arena *arena);
/* Zero-filled memory that lives until arena_free. Aborts only if malloc
 * fails (the parser checks input size first). */
void *arena_allocate(Arena *arena, size_t size);
char *arena_strndup(Arena *arena, const char *chars, size_t length);
void arena_free(Arena *arena);

/* ---- Nodes ---- */

typedef struct Span {
    int line, column, end_line, end_column;
} Span;

typedef struct Expr Expr;
typedef struct Stmt Stmt;

typedef struct ExprList {
    int count;
    Expr **items;
} ExprList;

typedef struct StmtList {
    int count;
    Stmt **items;
} StmtList;

/* An identifier: NUL-terminated UTF-8 in the arena. */
typedef const char *Identifier;

typedef enum ExprContext { CONTEXT_LOAD, CONTEXT_STORE, CONTEXT_DELETE } ExprContext;

typedef enum BoolOperator { BOOL_AND, BOOL_OR } BoolOperator;

/* Arithmetic operators use number.h's BinaryOperator numbering. */

typedef enum UnaryOperator { UNARY_INVERT, UNARY_NOT, UNARY_PLUS, UNARY_MINUS } UnaryOperator;

/* Comparison operators: the first six are ops.h's CompareOperator. */
typedef enum CompareKind {
    CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5,
    CMP_IS, CMP_IS_NOT, CMP_IN, CMP_NOT_IN,
} CompareKind;

typedef enum ConstantKind {
    CONSTANT_NONE, CONSTANT_TRUE, CONSTANT_FALSE, CONSTANT_ELLIPSIS,
    CONSTANT_INT,     /* fits int64: `integer`; too big: `text` holds the digits (decimal) */
    CONSTANT_FLOAT,   /* `number` */
    CONSTANT_STR,     /* `text`, `length` bytes of UTF-8 */
    CONSTANT_BYTES,   /* `text`, `length` raw bytes */
} ConstantKind;

typedef struct Constant {
    ConstantKind kind;
    bool is_big_int;  /* CONSTANT_INT too big for int64: see `text` */
    int64_t integer;
    double number;
    const char *text;
    size_t length;
} Constant;

typedef struct Keyword {
    Identifier name; /* NULL for **mapping */
    Expr *value;
    Span span;
} Keyword;

typedef struct Comprehension {
    Expr *target;
    Expr *iter;
    ExprList ifs;
    bool is_async;
} Comprehension;

typedef struct Arg {
    Identifier name;
    Expr *annotation; /* NULL if none */
    Span span;
} Arg;

typedef struct Arguments {
    int positional_only_count; Arg *positional_only;  /* before / */
    int positional_count; Arg *positional;            /* ordinary parameters */
    Arg *vararg;                                      /* *args, NULL if none */
    int keyword_only_count; Arg *keyword_only;
    Expr **keyword_defaults;                          /* keyword_only_count entries, NULL where none */
    Arg *kwarg;                                       /* **kwargs, NULL if none */
    ExprList defaults;                                /* for the last positional(-only) parameters */
} Arguments;

typedef enum ExprKind {
    EXPR_BOOL_OP,        /* bool_op: values joined by and/or */
    EXPR_NAMED,          /* named: target := value */
    EXPR_BINARY,         /* binary: left op right */
    EXPR_UNARY,          /* unary */
    EXPR_LAMBDA,         /* lambda */
    EXPR_IF,             /* if_expr: body if test else orelse */
    EXPR_DICT,           /* dict: keys[i] NULL means **values[i] */
    EXPR_SET,            /* elements */
    EXPR_LIST_COMP,      /* comprehension */
    EXPR_SET_COMP,       /* comprehension */
    EXPR_DICT_COMP,      /* comprehension (key and value) */
    EXPR_GENERATOR,      /* comprehension */
    EXPR_AWAIT,          /* value */
    EXPR_YIELD,          /* value (NULL for a bare yield) */
    EXPR_YIELD_FROM,     /* value */
    EXPR_COMPARE,        /* compare */
    EXPR_CALL,           /* call */
    EXPR_FORMATTED_VALUE,/* formatted: one {field} of an f-string */
    EXPR_JOINED_STR,     /* elements: the parts of an f-string */
    EXPR_CONSTANT,       /* constant */
    EXPR_ATTRIBUTE,      /* attribute */
    EXPR_SUBSCRIPT,      /* subscript */
    EXPR_STARRED,        /* value (in a target or a call: *value) */
    EXPR_NAME,           /* name */
    EXPR_LIST,           /* elements */
    EXPR_TUPLE,          /* elements */
    EXPR_SLICE,          /* slice: lower:upper:step inside a subscript */
} ExprKind;

struct Expr {
    ExprKind kind;
    ExprContext context; /* for NAME, ATTRIBUTE, SUBSCRIPT, STARRED, LIST, TUPLE */
    Span span;
    union {
        struct { BoolOperator op; ExprList values; } bool_op;
        struct { Expr *target; Expr *value; } named;
        struct { Expr *left; int op; Expr *right; } binary; /* op: BinaryOperator */
        struct { UnaryOperator op; Expr *operand; } unary;
        struct { Arguments *arguments; Expr *body; } lambda;
        struct { Expr *test; Expr *body; Expr *orelse; } if_expr;
        struct { ExprList keys; ExprList values; } dict;
        ExprList elements;
        struct {
            Expr *element;  /* LIST/SET/GENERATOR: the element; DICT: the key */
            Expr *value;    /* DICT_COMP only */
            int generator_count;
            Comprehension *generators;
        } comprehension;
        Expr *value;
        struct { Expr *left; int count; CompareKind *ops; Expr **comparators; } compare;
        struct { Expr *function; ExprList arguments; int keyword_count; Keyword *keywords; } call;
        struct {
            Expr *value;
            int conversion;    /* -1 none, 's', 'r', 'a' */
            Expr *format_spec; /* a JOINED_STR or NULL */
        } formatted;
        Constant constant;
        struct { Expr *value; Identifier attribute; } attribute;
        struct { Expr *value; Expr *index; } subscript;
        Identifier name;
        struct { Expr *lower; Expr *upper; Expr *step; } slice; /* each may be NULL */
    } as;
};

typedef struct Alias {
    Identifier name;   /* dotted for `import a.b` */
    Identifier asname; /* NULL if none */
    Span span;
} Alias;

typedef struct WithItem {
    Expr *context_expr;
    Expr *optional_vars; /* NULL if no `as` */
} WithItem;

typedef struct ExceptHandler {
    Expr *type;      /* NULL for a bare except */
    Identifier name; /* NULL if no `as` */
    StmtList body;
    Span span;
} ExceptHandler;

typedef enum StmtKind {
    STMT_FUNCTION_DEF,   /* function_def (is_async for async def) */
    STMT_CLASS_DEF,      /* class_def */
    STMT_RETURN,         /* value (may be NULL) */
    STMT_DELETE,         /* targets */
    STMT_ASSIGN,         /* assign: t1 = t2 = value */
    STMT_AUG_ASSIGN,     /* aug_assign */
    STMT_ANN_ASSIGN,     /* ann_assign */
    STMT_FOR,            /* for_loop (is_async for async for) */
    STMT_WHILE,          /* while_loop */
    STMT_IF,             /* if_stmt */
    STMT_WITH,           /* with (is_async for async with) */
    STMT_RAISE,          /* raise */
    STMT_TRY,            /* try_stmt */
    STMT_ASSERT,         /* assert_stmt */
    STMT_IMPORT,         /* import */
    STMT_IMPORT_FROM,    /* import_from */
    STMT_GLOBAL,         /* names */
    STMT_NONLOCAL,       /* names */
    STMT_EXPR,           /* value */
    STMT_PASS,
    STMT_BREAK,
    STMT_CONTINUE,
} StmtKind;

struct Stmt {
    StmtKind kind;
    Span span;
    union {
        struct {
            Identifier name;
            Arguments *arguments;
            StmtList body;
            ExprList decorators;
            Expr *returns; /* NULL if no annotation */
            bool is_async;
        } function_def;
        struct {
            Identifier name;
            ExprList bases;
            int keyword_count;
            Keyword *keywords;
            StmtList body;
            ExprList decorators;
        } class_def;
        Expr *value;
        ExprList targets;
        struct { ExprList targets; Expr *value; } assign;
        struct { Expr *target; int op; Expr *value; } aug_assign; /* op: BinaryOperator */
        struct { Expr *target; Expr *annotation; Expr *value; bool simple; } ann_assign;
        struct { Expr *target; Expr *iter; StmtList body; StmtList orelse; bool is_async; } for_loop;
        struct { Expr *test; StmtList body; StmtList orelse; } while_loop;
        struct { Expr *test; StmtList body; StmtList orelse; } if_stmt;
        struct { int count; WithItem *items; StmtList body; bool is_async; } with;
        struct { Expr *exception; Expr *cause; } raise; /* both may be NULL */
        struct {
            StmtList body;
            int handler_count;
            ExceptHandler *handlers;
            StmtList orelse;
            StmtList finalbody;
        } try_stmt;
        struct { Expr *test; Expr *message; } assert_stmt;
        struct { int count; Alias *names; } import;
        struct { Identifier module; int count; Alias *names; int level; } import_from; /* module NULL for `from . import x` */
        struct { int count; Identifier *names; } names;
    } as;
};

/* A parsed module (or interactive statement, or expression). */
typedef struct ModuleNode {
    StmtList body;       /* file and interactive modes */
    Expr *expression;    /* eval mode */
} ModuleNode;

#endif
