/* compiler_internal.h: what the compiler's files share (compiler.c: units,
 * emission, names, assembly; compiler_stmt.c: statements and the control
 * flow that unwinds through try/with; compiler_expr.c: expressions, calls,
 * comprehensions). Not for use outside the compiler.
 *
 * Code is emitted into a flat list of instructions per unit (one unit per
 * code object being built). Jumps name labels, resolved at assembly.
 * Exception handling follows CPython 3.11's model without run-time blocks:
 * a handler is pushed (a SETUP marker records the stack depth there) and
 * popped as code is emitted, every instruction remembers the innermost
 * handler active when it was emitted, and assembly turns runs of
 * instructions sharing a handler into exception-table entries. */
#ifndef BATON_COMPILER_INTERNAL_H
#define BATON_COMPILER_INTERNAL_H

#include "compiler.h"
#include "opcodes.h"
#include "symtable.h"

/* Pseudo-instructions, removed by the assembler. */
enum {
    PSEUDO_JUMP = OPCODE_COUNT + 1, /* goto label: JUMP_FORWARD or JUMP_BACKWARD once placed */
    PSEUDO_SETUP,                   /* a handler starts here: records the stack depth (arg: handler) */
};

#define COMPILER_MAX_BLOCKS 20     /* CPython's "too many statically nested blocks" limit */
#define COMPILER_MAX_HANDLERS 64   /* handlers active at once in one unit */
#define COMPILER_MAX_DEPTH 1500    /* nesting of the AST walk */
#define STACK_USE_GUIDELINE 30     /* past this many operands, build sequences one item at a time */

typedef struct Instruction {
    int opcode;              /* an Opcode or a PSEUDO_* */
    int argument;            /* for jumps: a label */
    SourcePosition position; /* line -1: artificial, takes the previous instruction's */
    int handler;             /* index of the innermost active handler, or -1 */
} Instruction;

typedef struct Handler {
    int label;       /* where the handler code starts */
    int adjust;      /* the handler's depth relative to the depth at its SETUP marker */
    bool push_lasti; /* the VM pushes the raising instruction's index before the exception */
    int depth;       /* the stack depth the VM pops to (set by the assembler) */
} Handler;

/* Compile-time blocks that break/continue/return must unwind (CPython's
 * fblockinfo). */
typedef enum BlockKind {
    BLOCK_WHILE_LOOP,
    BLOCK_FOR_LOOP,
    BLOCK_TRY_EXCEPT,
    BLOCK_FINALLY_TRY,
    BLOCK_FINALLY_END,
    BLOCK_WITH,
    BLOCK_ASYNC_WITH,
    BLOCK_HANDLER_CLEANUP,
    BLOCK_POP_VALUE,
    BLOCK_EXCEPTION_HANDLER,
    BLOCK_ASYNC_COMPREHENSION_GENERATOR,
} BlockKind;

typedef struct FrameBlock {
    BlockKind kind;
    int block;         /* loops: where `continue` goes */
    int exit;          /* loops: where `break` goes */
    const void *datum; /* FINALLY_TRY: the finally StmtList; WITH: the Stmt; HANDLER_CLEANUP: the name */
} FrameBlock;

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    Instruction *code;
    int count, capacity;
    int *labels;                 /* label -> instruction index, -1 while unbound */
    int label_count, label_capacity;
    Handler *handlers;
    int handler_count, handler_capacity;
    int handler_stack[COMPILER_MAX_HANDLERS]; /* active handlers, innermost last */
    int handler_depth;
    Value *constants;
    int constant_count, constant_capacity;
    Value *names;                /* co_names: interned Str values */
    int name_count, name_capacity;
    const char **varnames;       /* parameters first, then locals in order of first use */
    int varname_count, varname_capacity;
    const char **cellvars;
    int cellvar_count;
    const char **freevars;
    int freevar_count;
    FrameBlock blocks[COMPILER_MAX_BLOCKS];
    int block_count;
    SourcePosition position;     /* attached to the next emitted instruction */
    const char *name;
    const char *qualname;
    int argument_count, positional_only_count, keyword_only_count;
    uint32_t flags;              /* CODE_* */
    int first_line;
} Unit;

typedef struct Compiler {
    Thread *thread;
    Arena *arena;
    const char *filename;
    const char *source;
    size_t length;
    CompileMode mode;
    Unit *unit;        /* innermost unit being compiled */
    int depth;         /* nesting of the walk, for RecursionError */
    bool failed;       /* an exception is set: unwind */
} Compiler;

/* ---- compiler.c: emission ---- */
bool compiler_emit(Compiler *c, int opcode, int argument);
bool compiler_emit_jump(Compiler *c, int opcode, int label);
int compiler_new_label(Compiler *c);
void compiler_bind(Compiler *c, int label);
/* Push a handler (emits its SETUP marker) / pop the innermost (POP_BLOCK). */
bool compiler_push_handler(Compiler *c, int label, bool push_lasti, int adjust);
void compiler_pop_handler(Compiler *c);
/* Positions: set from an AST span; artificial instructions take their
 * predecessor's line. */
void compiler_set_span(Compiler *c, Span span);
void compiler_set_artificial(Compiler *c);
bool compiler_error(Compiler *c, const char *message);
bool compiler_error_at(Compiler *c, Span span, const char *message);
bool compiler_enter_depth(Compiler *c);

/* ---- compiler.c: constants and names ---- */
int compiler_add_constant(Compiler *c, Value value);
bool compiler_load_constant(Compiler *c, Value value);
bool compiler_load_none(Compiler *c);
Value compiler_str_constant(Compiler *c, const char *chars);
int compiler_add_name(Compiler *c, const char *name);
bool compiler_emit_name(Compiler *c, int opcode, const char *name);
const char *compiler_mangle(Compiler *c, const char *name);
/* Load, store or delete a variable, choosing FAST/DEREF/GLOBAL/NAME. */
bool compiler_nameop(Compiler *c, const char *name, ExprContext context);
/* LOAD_CLOSURE for each free variable of `scope`, BUILD_TUPLE: true if any. */
bool compiler_make_closure(Compiler *c, Code *code, int flags);

/* ---- compiler.c: units ---- */
bool compiler_enter_unit(Compiler *c, Scope *scope, const char *name, int first_line);
/* Assemble the innermost unit into a code object and pop it. */
Code *compiler_leave_unit(Compiler *c);
void compiler_abandon_unit(Compiler *c);
bool compiler_push_block(Compiler *c, BlockKind kind, int block, int exit, const void *datum);
void compiler_pop_block(Compiler *c);

/* ---- compiler_stmt.c ---- */
bool compile_stmt(Compiler *c, Stmt *stmt);
bool compile_stmts(Compiler *c, StmtList *list);
/* A module or class body: docstring to __doc__, annotations, statements. */
bool compile_body(Compiler *c, StmtList *body, bool allow_docstring);
bool compile_function_like_body(Compiler *c, StmtList *body);
bool compile_arguments_prologue(Compiler *c, Arguments *arguments, int *flags);
void compile_set_arguments(Compiler *c, Arguments *arguments);
bool compile_yield_from(Compiler *c, bool is_await);
bool compile_call_exit_with_nones(Compiler *c);

/* ---- compiler_expr.c ---- */
bool compile_expr(Compiler *c, Expr *expr);
bool compile_exprs(Compiler *c, ExprList *list);
/* Jump to `label` if bool(expr) == condition, else fall through. */
bool compile_jump_if(Compiler *c, Expr *expr, int label, bool condition);
/* Store into an assignment target. */
bool compile_store(Compiler *c, Expr *target);
bool compile_call_helper(Compiler *c, int pushed, ExprList *arguments, int keyword_count, Keyword *keywords);
bool compile_constant_value(Compiler *c, Expr *expr, Value *out, bool *is_constant);

#endif
