/* symtable.c: builds the scope tree (symtable.h) in two passes, as CPython's
 * symtable.c does.
 *
 * Pass 1 walks the AST and records, per scope, every name and how it is
 * used (assigned, read, parameter, global, nonlocal...). Pass 2 (analysis)
 * walks the scope tree top-down with the set of names bound in enclosing
 * functions, and decides where each name lives: local, global, free (taken
 * from an enclosing function) or cell (local, and captured by a nested
 * function). Class bodies are skipped by nested functions, except for the
 * implicit __class__ cell that `super()` needs. SyntaxErrors about scoping
 * (nonlocal without binding, global after use...) are raised here with
 * CPython's messages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "exception.h"
#include "symtable.h"

/* Deeper than this, the walk stops with RecursionError (the parser caps
 * nesting far below it; this is the safety net). */
#define SYMTABLE_MAX_DEPTH 2000

typedef struct Builder {
    Thread *thread;
    Arena *arena;
    const char *filename;
    const char *source;
    size_t length;
    Scope *current;   /* the scope being filled */
    int depth;        /* recursion depth of the walk */
    bool failed;      /* an error is set: unwind */
} Builder;

/* ---- Small growable arrays in the arena ---- */

/* Grow an arena array of `size`-byte items to hold one more; arena memory
 * is never freed one by one, so the old array is simply left behind. */
static void *symtable_grow(Arena *arena, void *items, int count, int *capacity, size_t size) {
    if (count < *capacity) return items;
    int new_capacity = *capacity < 8 ? 8 : *capacity * 2;
    void *grown = arena_allocate(arena, (size_t)new_capacity * size);
    if (count > 0) memcpy(grown, items, (size_t)count * size);
    *capacity = new_capacity;
    return grown;
}

/* ---- Errors ---- */

/* Count the code points of the first `bytes` bytes of `text`. */
static int symtable_char_column(const char *text, size_t text_length, int bytes) {
    int chars = 0;
    for (int i = 0; i < bytes && (size_t)i < text_length; i++) {
        if (((unsigned char)text[i] & 0xC0) != 0x80) chars++;
    }
    return chars;
}

/* Find line `line` (1-based) of `source`: its start and length. */
static const char *symtable_find_line(const char *source, size_t length, int line, size_t *line_length) {
    const char *at = source;
    const char *end = source + length;
    for (int current = 1; current < line && at < end; at++) {
        if (*at == '\n') current++;
    }
    const char *stop = at;
    while (stop < end && *stop != '\n') stop++;
    *line_length = (size_t)(stop - at);
    return at;
}

bool symtable_syntax_error(Thread *thread, const char *filename, const char *source, size_t length, Span span,
                           const char *message) {
    size_t line_length = 0;
    const char *text = source != NULL ? symtable_find_line(source, length, span.line, &line_length) : "";
    char *copy = malloc(line_length + 2);
    if (copy == NULL) return error_no_memory(thread);
    memcpy(copy, text, line_length);
    copy[line_length] = '\n';
    copy[line_length + 1] = '\0';
    int column = symtable_char_column(text, line_length, span.column) + 1;
    int end_column = span.end_column;
    if (span.end_line == span.line) end_column = symtable_char_column(text, line_length, span.end_column);
    /* As CPython, which reads the line back from the file: a program from
     * -c, stdin or the REPL ("<string>", "<stdin>") shows none. */
    bool from_file = filename != NULL && filename[0] != '<';
    error_set_syntax(thread, &type_SyntaxError, message, filename, span.line, column, span.end_line,
                     end_column + 1, from_file ? copy : NULL);
    free(copy);
    return false;
}

static void builder_error(Builder *builder, Span span, const char *format, const char *name) {
    if (builder->failed) return;
    char message[512];
    snprintf(message, sizeof message, format, name);
    symtable_syntax_error(builder->thread, builder->filename, builder->source, builder->length, span, message);
    builder->failed = true;
}

/* ---- Names ---- */

const char *symtable_mangle(Arena *arena, const char *private_name, const char *name) {
    if (private_name == NULL || name[0] != '_' || name[1] != '_') return name;
    size_t length = strlen(name);
    if (length >= 4 && name[length - 1] == '_' && name[length - 2] == '_') return name;
    if (strchr(name, '.') != NULL) return name;
    while (*private_name == '_') private_name++;
    if (*private_name == '\0') return name;
    size_t class_length = strlen(private_name);
    char *mangled = arena_allocate(arena, class_length + length + 2);
    mangled[0] = '_';
    memcpy(mangled + 1, private_name, class_length);
    memcpy(mangled + 1 + class_length, name, length + 1);
    return mangled;
}

Symbol *symtable_lookup(const Scope *scope, const char *name) {
    for (int i = 0; i < scope->symbol_count; i++) {
        if (strcmp(scope->symbols[i].name, name) == 0) return &scope->symbols[i];
    }
    return NULL;
}

SymbolScope symtable_scope_of(const Scope *scope, const char *name) {
    Symbol *symbol = symtable_lookup(scope, name);
    return symbol != NULL ? symbol->scope : SYMBOL_GLOBAL_IMPLICIT;
}

Scope *symtable_child(const Scope *scope, const void *node) {
    for (int i = 0; i < scope->child_count; i++) {
        if (scope->children[i]->node == node) return scope->children[i];
    }
    return NULL;
}

/* Find or add `name` (unmangled) in `scope`. */
static Symbol *scope_symbol(Builder *builder, Scope *scope, const char *name) {
    name = symtable_mangle(builder->arena, scope->private_name, name);
    Symbol *symbol = symtable_lookup(scope, name);
    if (symbol != NULL) return symbol;
    scope->symbols = symtable_grow(builder->arena, scope->symbols, scope->symbol_count, &scope->symbol_capacity,
                                   sizeof(Symbol));
    symbol = &scope->symbols[scope->symbol_count++];
    symbol->name = name;
    symbol->flags = 0;
    symbol->scope = SYMBOL_UNRESOLVED;
    return symbol;
}

/* Record a use of `name` in the current scope; duplicate parameters are
 * refused here, as CPython does. */
static void builder_add(Builder *builder, const char *name, int flag, Span span) {
    Scope *scope = builder->current;
    Symbol *symbol = scope_symbol(builder, scope, name);
    if ((flag & DEF_PARAM) && (symbol->flags & DEF_PARAM)) {
        builder_error(builder, span, "duplicate argument '%s' in function definition", name);
        return;
    }
    symbol->flags |= flag;
    if (flag & DEF_PARAM) {
        scope->parameters = symtable_grow(builder->arena, scope->parameters, scope->parameter_count,
                                          &scope->parameter_capacity, sizeof(const char *));
        scope->parameters[scope->parameter_count++] = symbol->name;
    }
}

/* ---- Scopes ---- */

static Scope *builder_enter(Builder *builder, ScopeKind kind, const char *name, const void *node, int line) {
    Scope *scope = arena_allocate(builder->arena, sizeof(Scope));
    Scope *parent = builder->current;
    scope->kind = kind;
    scope->name = name;
    scope->node = node;
    scope->parent = parent;
    scope->line = line;
    if (parent != NULL) {
        scope->private_name = kind == SCOPE_CLASS ? name : parent->private_name;
        scope->is_nested = parent->is_nested || parent->kind == SCOPE_FUNCTION || parent->kind == SCOPE_LAMBDA ||
                           parent->kind == SCOPE_COMPREHENSION;
        parent->children = symtable_grow(builder->arena, parent->children, parent->child_count,
                                         &parent->child_capacity, sizeof(Scope *));
        parent->children[parent->child_count++] = scope;
    }
    builder->current = scope;
    return scope;
}

static void builder_leave(Builder *builder) { builder->current = builder->current->parent; }

/* ---- Pass 1: the walk ---- */

static void visit_expr(Builder *builder, Expr *expr);
static void visit_stmts(Builder *builder, StmtList *list);

static void visit_exprs(Builder *builder, ExprList *list) {
    for (int i = 0; i < list->count; i++) visit_expr(builder, list->items[i]);
}

static void visit_optional(Builder *builder, Expr *expr) {
    if (expr != NULL) visit_expr(builder, expr);
}

/* Defaults and annotations belong to the enclosing scope. */
static void visit_argument_outer(Builder *builder, Arguments *arguments, bool annotations) {
    visit_exprs(builder, &arguments->defaults);
    for (int i = 0; i < arguments->keyword_only_count; i++) visit_optional(builder, arguments->keyword_defaults[i]);
    if (!annotations) return;
    for (int i = 0; i < arguments->positional_only_count; i++)
        visit_optional(builder, arguments->positional_only[i].annotation);
    for (int i = 0; i < arguments->positional_count; i++) visit_optional(builder, arguments->positional[i].annotation);
    if (arguments->vararg != NULL) visit_optional(builder, arguments->vararg->annotation);
    for (int i = 0; i < arguments->keyword_only_count; i++)
        visit_optional(builder, arguments->keyword_only[i].annotation);
    if (arguments->kwarg != NULL) visit_optional(builder, arguments->kwarg->annotation);
}

/* Parameters in CPython's co_varnames order: positional-only, positional,
 * keyword-only, then *args and **kwargs. */
static void visit_parameters(Builder *builder, Arguments *arguments) {
    for (int i = 0; i < arguments->positional_only_count; i++)
        builder_add(builder, arguments->positional_only[i].name, DEF_PARAM, arguments->positional_only[i].span);
    for (int i = 0; i < arguments->positional_count; i++)
        builder_add(builder, arguments->positional[i].name, DEF_PARAM, arguments->positional[i].span);
    for (int i = 0; i < arguments->keyword_only_count; i++)
        builder_add(builder, arguments->keyword_only[i].name, DEF_PARAM, arguments->keyword_only[i].span);
    if (arguments->vararg != NULL) builder_add(builder, arguments->vararg->name, DEF_PARAM, arguments->vararg->span);
    if (arguments->kwarg != NULL) builder_add(builder, arguments->kwarg->name, DEF_PARAM, arguments->kwarg->span);
}

static void visit_function(Builder *builder, Stmt *stmt) {
    builder_add(builder, stmt->as.function_def.name, DEF_LOCAL, stmt->span);
    visit_argument_outer(builder, stmt->as.function_def.arguments, true);
    visit_optional(builder, stmt->as.function_def.returns);
    visit_exprs(builder, &stmt->as.function_def.decorators);
    Scope *scope = builder_enter(builder, SCOPE_FUNCTION, stmt->as.function_def.name, stmt, stmt->span.line);
    if (stmt->as.function_def.is_async) scope->is_coroutine = true;
    visit_parameters(builder, stmt->as.function_def.arguments);
    visit_stmts(builder, &stmt->as.function_def.body);
    builder_leave(builder);
}

static void visit_class(Builder *builder, Stmt *stmt) {
    builder_add(builder, stmt->as.class_def.name, DEF_LOCAL, stmt->span);
    visit_exprs(builder, &stmt->as.class_def.bases);
    for (int i = 0; i < stmt->as.class_def.keyword_count; i++)
        visit_expr(builder, stmt->as.class_def.keywords[i].value);
    visit_exprs(builder, &stmt->as.class_def.decorators);
    builder_enter(builder, SCOPE_CLASS, stmt->as.class_def.name, stmt, stmt->span.line);
    visit_stmts(builder, &stmt->as.class_def.body);
    builder_leave(builder);
}

/* `global` / `nonlocal`: refuse declarations after a use or binding. */
static void visit_declaration(Builder *builder, Stmt *stmt, bool is_global) {
    const char *what = is_global ? "global" : "nonlocal";
    if (!is_global && builder->current->kind == SCOPE_MODULE) {
        builder_error(builder, stmt->span, "%s", "nonlocal declaration not allowed at module level");
        return;
    }
    for (int i = 0; i < stmt->as.names.count; i++) {
        const char *name = stmt->as.names.names[i];
        Symbol *symbol = scope_symbol(builder, builder->current, name);
        char format[128];
        const char *problem = NULL;
        if (symbol->flags & DEF_PARAM) problem = "name '%%s' is parameter and %s";
        else if (symbol->flags & DEF_USE) problem = "name '%%s' is used prior to %s declaration";
        else if (symbol->flags & DEF_ANNOT) problem = "annotated name '%%s' can't be %s";
        else if (symbol->flags & DEF_LOCAL) problem = "name '%%s' is assigned to before %s declaration";
        if (problem != NULL) {
            snprintf(format, sizeof format, problem, what);
            builder_error(builder, stmt->span, format, name);
            return;
        }
        if (is_global && (symbol->flags & DEF_NONLOCAL)) {
            builder_error(builder, stmt->span, "name '%s' is nonlocal and global", name);
            return;
        }
        if (!is_global && (symbol->flags & DEF_GLOBAL)) {
            builder_error(builder, stmt->span, "name '%s' is nonlocal and global", name);
            return;
        }
        symbol->flags |= is_global ? DEF_GLOBAL : DEF_NONLOCAL;
        symbol->declared = stmt->span;
    }
}

static void visit_import(Builder *builder, Stmt *stmt, int count, Alias *names) {
    for (int i = 0; i < count; i++) {
        Alias *alias = &names[i];
        if (strcmp(alias->name, "*") == 0) {
            if (builder->current->kind != SCOPE_MODULE)
                builder_error(builder, stmt->span, "%s", "import * only allowed at module level");
            continue;
        }
        const char *stored = alias->asname;
        if (stored == NULL) {
            const char *dot = strchr(alias->name, '.');
            stored = dot == NULL ? alias->name : arena_strndup(builder->arena, alias->name,
                                                               (size_t)(dot - alias->name));
        }
        builder_add(builder, stored, DEF_IMPORT, alias->span);
    }
}

static void visit_ann_assign(Builder *builder, Stmt *stmt) {
    Expr *target = stmt->as.ann_assign.target;
    if (target->kind == EXPR_NAME) {
        Symbol *symbol = scope_symbol(builder, builder->current, target->as.name);
        if ((symbol->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && stmt->as.ann_assign.simple) {
            builder_error(builder, stmt->span,
                          (symbol->flags & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                                       : "annotated name '%s' can't be nonlocal",
                          target->as.name);
            return;
        }
        int flags = stmt->as.ann_assign.simple ? DEF_ANNOT | DEF_LOCAL : DEF_LOCAL;
        if (stmt->as.ann_assign.value == NULL && stmt->as.ann_assign.simple) flags = DEF_ANNOT;
        if (stmt->as.ann_assign.value != NULL || !stmt->as.ann_assign.simple) flags |= DEF_LOCAL;
        builder_add(builder, target->as.name, flags, target->span);
    } else {
        visit_expr(builder, target);
    }
    visit_expr(builder, stmt->as.ann_assign.annotation);
    visit_optional(builder, stmt->as.ann_assign.value);
}

static void visit_stmt(Builder *builder, Stmt *stmt) {
    if (builder->failed) return;
    if (++builder->depth > SYMTABLE_MAX_DEPTH) {
        error_set(builder->thread, &type_RecursionError, "maximum recursion depth exceeded during compilation");
        builder->failed = true;
        return;
    }
    switch (stmt->kind) {
    case STMT_FUNCTION_DEF: visit_function(builder, stmt); break;
    case STMT_CLASS_DEF: visit_class(builder, stmt); break;
    case STMT_RETURN: visit_optional(builder, stmt->as.value); break;
    case STMT_DELETE: visit_exprs(builder, &stmt->as.targets); break;
    case STMT_ASSIGN:
        visit_exprs(builder, &stmt->as.assign.targets);
        visit_expr(builder, stmt->as.assign.value);
        break;
    case STMT_AUG_ASSIGN:
        visit_expr(builder, stmt->as.aug_assign.target);
        visit_expr(builder, stmt->as.aug_assign.value);
        break;
    case STMT_ANN_ASSIGN: visit_ann_assign(builder, stmt); break;
    case STMT_FOR:
        visit_expr(builder, stmt->as.for_loop.target);
        visit_expr(builder, stmt->as.for_loop.iter);
        visit_stmts(builder, &stmt->as.for_loop.body);
        visit_stmts(builder, &stmt->as.for_loop.orelse);
        break;
    case STMT_WHILE:
    case STMT_IF:
        visit_expr(builder, stmt->as.if_stmt.test);
        visit_stmts(builder, &stmt->as.if_stmt.body);
        visit_stmts(builder, &stmt->as.if_stmt.orelse);
        break;
    case STMT_WITH:
        for (int i = 0; i < stmt->as.with.count; i++) {
            visit_expr(builder, stmt->as.with.items[i].context_expr);
            visit_optional(builder, stmt->as.with.items[i].optional_vars);
        }
        visit_stmts(builder, &stmt->as.with.body);
        break;
    case STMT_RAISE:
        visit_optional(builder, stmt->as.raise.exception);
        visit_optional(builder, stmt->as.raise.cause);
        break;
    case STMT_TRY:
        visit_stmts(builder, &stmt->as.try_stmt.body);
        for (int i = 0; i < stmt->as.try_stmt.handler_count; i++) {
            ExceptHandler *handler = &stmt->as.try_stmt.handlers[i];
            visit_optional(builder, handler->type);
            if (handler->name != NULL) builder_add(builder, handler->name, DEF_LOCAL, handler->span);
            visit_stmts(builder, &handler->body);
        }
        visit_stmts(builder, &stmt->as.try_stmt.orelse);
        visit_stmts(builder, &stmt->as.try_stmt.finalbody);
        break;
    case STMT_ASSERT:
        visit_expr(builder, stmt->as.assert_stmt.test);
        visit_optional(builder, stmt->as.assert_stmt.message);
        break;
    case STMT_IMPORT: visit_import(builder, stmt, stmt->as.import.count, stmt->as.import.names); break;
    case STMT_IMPORT_FROM:
        visit_import(builder, stmt, stmt->as.import_from.count, stmt->as.import_from.names);
        break;
    case STMT_GLOBAL: visit_declaration(builder, stmt, true); break;
    case STMT_NONLOCAL: visit_declaration(builder, stmt, false); break;
    case STMT_EXPR: visit_expr(builder, stmt->as.value); break;
    case STMT_PASS:
    case STMT_BREAK:
    case STMT_CONTINUE: break;
    }
    builder->depth--;
}

static void visit_stmts(Builder *builder, StmtList *list) {
    for (int i = 0; i < list->count && !builder->failed; i++) visit_stmt(builder, list->items[i]);
}

static const char *comprehension_scope_name(ExprKind kind) {
    switch (kind) {
    case EXPR_LIST_COMP: return "listcomp";
    case EXPR_SET_COMP: return "setcomp";
    case EXPR_DICT_COMP: return "dictcomp";
    default: return "genexpr";
    }
}

static const char *comprehension_description(ExprKind kind) {
    switch (kind) {
    case EXPR_LIST_COMP: return "list comprehension";
    case EXPR_SET_COMP: return "set comprehension";
    case EXPR_DICT_COMP: return "dict comprehension";
    default: return "generator expression";
    }
}

/* The first iterable is evaluated outside; the rest inside a new function
 * scope whose one parameter ".0" is the iterator. */
static void visit_comprehension(Builder *builder, Expr *expr) {
    Comprehension *generators = expr->as.comprehension.generators;
    int count = expr->as.comprehension.generator_count;
    if (count <= 0) return;
    visit_expr(builder, generators[0].iter);
    bool is_generator = expr->kind == EXPR_GENERATOR;
    Scope *scope = builder_enter(builder, SCOPE_COMPREHENSION, comprehension_scope_name(expr->kind), expr,
                                 expr->span.line);
    scope->comprehension_kind = expr->kind;
    scope->comprehension_is_generator = is_generator;
    if (generators[0].is_async) scope->is_coroutine = true;
    builder_add(builder, ".0", DEF_PARAM, expr->span);
    for (int i = 0; i < count; i++) {
        if (i > 0) {
            visit_expr(builder, generators[i].iter);
            if (generators[i].is_async) scope->is_coroutine = true;
        }
        visit_expr(builder, generators[i].target);
        visit_exprs(builder, &generators[i].ifs);
    }
    visit_optional(builder, expr->as.comprehension.value);
    visit_expr(builder, expr->as.comprehension.element);
    if (is_generator) scope->is_generator = true;
    bool makes_coroutine = scope->is_coroutine && !is_generator;
    builder_leave(builder);
    if (makes_coroutine) builder->current->is_coroutine = true;
}

/* `x := v` inside a comprehension binds x in the enclosing function (or
 * module), as PEP 572 says. */
static void visit_named(Builder *builder, Expr *expr) {
    visit_expr(builder, expr->as.named.value);
    Expr *target = expr->as.named.target;
    Scope *scope = builder->current;
    if (scope->kind != SCOPE_COMPREHENSION) {
        visit_expr(builder, target);
        return;
    }
    const char *name = target->as.name;
    for (Scope *outer = scope; outer != NULL; outer = outer->parent) {
        if (outer->kind == SCOPE_COMPREHENSION) {
            Symbol *symbol = symtable_lookup(outer, name);
            if (symbol != NULL && (symbol->flags & DEF_COMP_ITER)) {
                builder_error(builder, target->span,
                              "assignment expression cannot rebind comprehension iteration variable '%s'", name);
                return;
            }
            continue;
        }
        if (outer->kind == SCOPE_CLASS) {
            builder_error(builder, expr->span, "%s",
                          "assignment expression within a comprehension cannot be used in a class body");
            return;
        }
        Symbol *declared = symtable_lookup(outer, name);
        if (outer->kind == SCOPE_MODULE || (declared != NULL && (declared->flags & DEF_GLOBAL))) {
            builder_add(builder, name, DEF_GLOBAL, target->span);
        } else {
            builder_add(builder, name, DEF_NONLOCAL, target->span);
        }
        scope_symbol(builder, outer, name)->flags |= DEF_LOCAL;
        return;
    }
}

static void visit_yield_like(Builder *builder, Expr *expr) {
    visit_optional(builder, expr->as.value);
    Scope *scope = builder->current;
    if (scope->kind == SCOPE_COMPREHENSION && expr->kind != EXPR_AWAIT) {
        char message[128];
        snprintf(message, sizeof message, "'yield' inside %s", comprehension_description(scope->comprehension_kind));
        builder_error(builder, expr->span, "%s", message);
        return;
    }
    /* Only async def makes a function a coroutine (an await elsewhere is
     * refused by the compiler); an awaiting comprehension becomes one. */
    if (expr->kind == EXPR_AWAIT) {
        if (scope->kind == SCOPE_COMPREHENSION) scope->is_coroutine = true;
    } else {
        scope->is_generator = true;
    }
}

static void visit_name(Builder *builder, Expr *expr) {
    int flag = expr->context == CONTEXT_LOAD ? DEF_USE : DEF_LOCAL;
    if (builder->current->kind == SCOPE_COMPREHENSION && expr->context == CONTEXT_STORE) flag |= DEF_COMP_ITER;
    builder_add(builder, expr->as.name, flag, expr->span);
    /* super() needs the implicit __class__ cell of the enclosing class. */
    if (expr->context == CONTEXT_LOAD && strcmp(expr->as.name, "super") == 0 &&
        (builder->current->kind == SCOPE_FUNCTION || builder->current->kind == SCOPE_LAMBDA))
        builder_add(builder, "__class__", DEF_USE, expr->span);
}

static void visit_lambda(Builder *builder, Expr *expr) {
    visit_argument_outer(builder, expr->as.lambda.arguments, false);
    builder_enter(builder, SCOPE_LAMBDA, "lambda", expr, expr->span.line);
    visit_parameters(builder, expr->as.lambda.arguments);
    visit_expr(builder, expr->as.lambda.body);
    builder_leave(builder);
}

static void visit_expr_kind(Builder *builder, Expr *expr) {
    switch (expr->kind) {
    case EXPR_BOOL_OP: visit_exprs(builder, &expr->as.bool_op.values); break;
    case EXPR_NAMED: visit_named(builder, expr); break;
    case EXPR_BINARY:
        visit_expr(builder, expr->as.binary.left);
        visit_expr(builder, expr->as.binary.right);
        break;
    case EXPR_UNARY: visit_expr(builder, expr->as.unary.operand); break;
    case EXPR_LAMBDA: visit_lambda(builder, expr); break;
    case EXPR_IF:
        visit_expr(builder, expr->as.if_expr.test);
        visit_expr(builder, expr->as.if_expr.body);
        visit_expr(builder, expr->as.if_expr.orelse);
        break;
    case EXPR_DICT:
        for (int i = 0; i < expr->as.dict.values.count; i++) {
            if (i < expr->as.dict.keys.count) visit_optional(builder, expr->as.dict.keys.items[i]);
            visit_expr(builder, expr->as.dict.values.items[i]);
        }
        break;
    case EXPR_SET:
    case EXPR_LIST:
    case EXPR_TUPLE:
    case EXPR_JOINED_STR: visit_exprs(builder, &expr->as.elements); break;
    case EXPR_LIST_COMP:
    case EXPR_SET_COMP:
    case EXPR_DICT_COMP:
    case EXPR_GENERATOR: visit_comprehension(builder, expr); break;
    case EXPR_AWAIT:
    case EXPR_YIELD:
    case EXPR_YIELD_FROM: visit_yield_like(builder, expr); break;
    case EXPR_COMPARE:
        visit_expr(builder, expr->as.compare.left);
        for (int i = 0; i < expr->as.compare.count; i++) visit_expr(builder, expr->as.compare.comparators[i]);
        break;
    case EXPR_CALL:
        visit_expr(builder, expr->as.call.function);
        visit_exprs(builder, &expr->as.call.arguments);
        for (int i = 0; i < expr->as.call.keyword_count; i++) visit_expr(builder, expr->as.call.keywords[i].value);
        break;
    case EXPR_FORMATTED_VALUE:
        visit_expr(builder, expr->as.formatted.value);
        visit_optional(builder, expr->as.formatted.format_spec);
        break;
    case EXPR_CONSTANT: break;
    case EXPR_ATTRIBUTE: visit_expr(builder, expr->as.attribute.value); break;
    case EXPR_SUBSCRIPT:
        visit_expr(builder, expr->as.subscript.value);
        visit_expr(builder, expr->as.subscript.index);
        break;
    case EXPR_STARRED: visit_expr(builder, expr->as.value); break;
    case EXPR_NAME: visit_name(builder, expr); break;
    case EXPR_SLICE:
        visit_optional(builder, expr->as.slice.lower);
        visit_optional(builder, expr->as.slice.upper);
        visit_optional(builder, expr->as.slice.step);
        break;
    }
}

static void visit_expr(Builder *builder, Expr *expr) {
    if (builder->failed || expr == NULL) return;
    if (++builder->depth > SYMTABLE_MAX_DEPTH) {
        error_set(builder->thread, &type_RecursionError, "maximum recursion depth exceeded during compilation");
        builder->failed = true;
        return;
    }
    visit_expr_kind(builder, expr);
    builder->depth--;
}

/* ---- Pass 2: the analysis ---- */

/* A set of names: an arena array searched linearly (scopes are small). */
typedef struct NameSet {
    const char **names;
    int count, capacity;
} NameSet;

static bool nameset_has(const NameSet *set, const char *name) {
    for (int i = 0; i < set->count; i++) {
        if (strcmp(set->names[i], name) == 0) return true;
    }
    return false;
}

static void nameset_add(Arena *arena, NameSet *set, const char *name) {
    if (nameset_has(set, name)) return;
    set->names = symtable_grow(arena, set->names, set->count, &set->capacity, sizeof(const char *));
    set->names[set->count++] = name;
}

static void nameset_discard(NameSet *set, const char *name) {
    for (int i = 0; i < set->count; i++) {
        if (strcmp(set->names[i], name) == 0) {
            set->names[i] = set->names[--set->count];
            return;
        }
    }
}

static void nameset_union(Arena *arena, NameSet *into, const NameSet *from) {
    for (int i = 0; i < from->count; i++) nameset_add(arena, into, from->names[i]);
}

static NameSet nameset_copy(Arena *arena, const NameSet *from) {
    NameSet copy = {NULL, 0, 0};
    if (from != NULL) nameset_union(arena, &copy, from);
    return copy;
}

static bool analyze_scope(Builder *builder, Scope *scope, NameSet *bound, NameSet *free, NameSet *global);

/* Decide where one name lives (CPython's analyze_name). */
static bool analyze_name(Builder *builder, Scope *scope, Symbol *symbol, NameSet *bound, NameSet *local,
                         NameSet *free, NameSet *global) {
    Arena *arena = builder->arena;
    const char *name = symbol->name;
    int flags = symbol->flags;
    if (flags & DEF_GLOBAL) {
        symbol->scope = SYMBOL_GLOBAL_EXPLICIT;
        nameset_add(arena, global, name);
        if (bound != NULL) nameset_discard(bound, name);
        return true;
    }
    if (flags & DEF_NONLOCAL) {
        if (bound == NULL || !nameset_has(bound, name)) {
            builder_error(builder, symbol->declared, "no binding for nonlocal '%s' found", name);
            return false;
        }
        symbol->scope = SYMBOL_FREE;
        scope->has_free = true;
        nameset_add(arena, free, name);
        return true;
    }
    if (flags & DEF_BOUND) {
        symbol->scope = SYMBOL_LOCAL;
        nameset_add(arena, local, name);
        nameset_discard(global, name);
        return true;
    }
    if (bound != NULL && nameset_has(bound, name)) {
        symbol->scope = SYMBOL_FREE;
        scope->has_free = true;
        nameset_add(arena, free, name);
        return true;
    }
    if (global != NULL && nameset_has(global, name)) {
        symbol->scope = SYMBOL_GLOBAL_IMPLICIT;
        return true;
    }
    if (scope->is_nested) scope->has_free = true;
    symbol->scope = SYMBOL_GLOBAL_IMPLICIT;
    return true;
}

/* Record free names of children in this scope (CPython's update_symbols). */
static void analyze_update(Builder *builder, Scope *scope, NameSet *bound, NameSet *free) {
    for (int i = 0; i < free->count; i++) {
        const char *name = free->names[i];
        Symbol *symbol = symtable_lookup(scope, name);
        if (symbol != NULL) {
            if (scope->kind == SCOPE_CLASS && (symbol->flags & (DEF_BOUND | DEF_GLOBAL)))
                symbol->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound != NULL && !nameset_has(bound, name)) continue;
        scope->symbols = symtable_grow(builder->arena, scope->symbols, scope->symbol_count, &scope->symbol_capacity,
                                       sizeof(Symbol));
        Symbol *added = &scope->symbols[scope->symbol_count++];
        added->name = name;
        added->flags = 0;
        added->scope = SYMBOL_FREE;
    }
}

static bool analyze_scope(Builder *builder, Scope *scope, NameSet *bound, NameSet *free, NameSet *global) {
    Arena *arena = builder->arena;
    NameSet local = {NULL, 0, 0};
    NameSet new_global = {NULL, 0, 0};
    NameSet new_free = {NULL, 0, 0};
    NameSet new_bound = {NULL, 0, 0};
    if (scope->kind == SCOPE_CLASS) {
        nameset_union(arena, &new_global, global);
        if (bound != NULL) nameset_union(arena, &new_bound, bound);
    }
    for (int i = 0; i < scope->symbol_count; i++) {
        if (!analyze_name(builder, scope, &scope->symbols[i], bound, &local, free, global)) return false;
    }
    if (scope->kind != SCOPE_CLASS) {
        if (scope->kind != SCOPE_MODULE) nameset_union(arena, &new_bound, &local);
        if (bound != NULL) nameset_union(arena, &new_bound, bound);
        nameset_union(arena, &new_global, global);
    } else {
        nameset_add(arena, &new_bound, "__class__");
    }
    NameSet all_free = {NULL, 0, 0};
    for (int i = 0; i < scope->child_count; i++) {
        Scope *child = scope->children[i];
        NameSet child_bound = nameset_copy(arena, &new_bound);
        NameSet child_free = nameset_copy(arena, &new_free);
        NameSet child_global = nameset_copy(arena, &new_global);
        if (!analyze_scope(builder, child, &child_bound, &child_free, &child_global)) return false;
        nameset_union(arena, &all_free, &child_free);
        if (child->has_free || child->child_has_free) scope->child_has_free = true;
    }
    nameset_union(arena, &new_free, &all_free);
    if (scope->kind == SCOPE_CLASS) {
        if (nameset_has(&new_free, "__class__")) {
            nameset_discard(&new_free, "__class__");
            scope->needs_class_closure = true;
        }
    } else if (scope->kind != SCOPE_MODULE) {
        for (int i = 0; i < scope->symbol_count; i++) {
            Symbol *symbol = &scope->symbols[i];
            if (symbol->scope == SYMBOL_LOCAL && nameset_has(&new_free, symbol->name)) {
                symbol->scope = SYMBOL_CELL;
                nameset_discard(&new_free, symbol->name);
            }
        }
    }
    analyze_update(builder, scope, scope->kind == SCOPE_MODULE ? NULL : bound, &new_free);
    nameset_union(arena, free, &new_free);
    return true;
}

/* A module's names are never free; update_symbols with a NULL bound must
 * not add free names to it, which analyze_update guarantees by skipping
 * names absent from `bound` (none can be in it at module level). */
static bool symtable_analyze(Builder *builder, Scope *top) {
    NameSet free = {NULL, 0, 0};
    NameSet global = {NULL, 0, 0};
    return analyze_scope(builder, top, NULL, &free, &global);
}

Scope *symtable_build(Thread *thread, Arena *arena, ModuleNode *module, bool is_eval, const char *filename,
                      const char *source, size_t length) {
    Builder builder = {thread, arena, filename, source, length, NULL, 0, false};
    Scope *top = builder_enter(&builder, SCOPE_MODULE, "top", NULL, 1);
    if (is_eval) visit_expr(&builder, module->expression);
    else visit_stmts(&builder, &module->body);
    if (builder.failed) return NULL;
    if (!symtable_analyze(&builder, top)) return NULL;
    return top;
}
