/* compiler_stmt.c: statements, in CPython 3.11's shapes. Functions and
 * classes (each body compiled as its own unit), loops, try/except/finally
 * and with (handlers and their cleanups as 3.11 lays them out, finally
 * bodies copied on the normal and the exceptional path), and the unwinding
 * that break, continue and return do through the blocks they leave. */
#include <stdio.h>
#include <string.h>

#include "compiler_internal.h"
#include "error.h"
#include "exception.h"
#include "str.h"
#include "tuple.h"

static bool compile_unwind_stack(Compiler *c, bool preserve_tos, FrameBlock **loop);

/* ---- Shared helpers ---- */

/* The yield-from / await loop: SEND until the delegate finishes. */
bool compile_yield_from(Compiler *c, bool is_await) {
    int start = compiler_new_label(c), exit = compiler_new_label(c);
    compiler_bind(c, start);
    if (!compiler_emit_jump(c, OP_SEND, exit)) return false;
    if (!compiler_emit(c, OP_YIELD_VALUE, 0) || !compiler_emit(c, OP_RESUME, is_await ? 3 : 2)) return false;
    if (!compiler_emit_jump(c, OP_JUMP_BACKWARD, start)) return false;
    compiler_bind(c, exit);
    return true;
}

/* exit(None, None, None) with the exit function below: the first None
 * rides in CALL's self slot, as CPython 3.11 does it. */
bool compile_call_exit_with_nones(Compiler *c) {
    return compiler_load_none(c) && compiler_load_none(c) && compiler_load_none(c) &&
           compiler_emit(c, OP_CALL, 2);
}

static bool compile_pop_except_and_reraise(Compiler *c) {
    return compiler_emit(c, OP_COPY, 3) && compiler_emit(c, OP_POP_EXCEPT, 0) && compiler_emit(c, OP_RERAISE, 1);
}

static bool is_docstring(Stmt *stmt) {
    return stmt->kind == STMT_EXPR && stmt->as.value->kind == EXPR_CONSTANT &&
           stmt->as.value->as.constant.kind == CONSTANT_STR;
}

static Value compiler_text_constant(Compiler *c, const char *text, size_t length) {
    Str *str = str_new(c->thread, text, length);
    if (str == NULL) {
        c->failed = true;
        return EMPTY_VALUE;
    }
    return OBJECT_VALUE(str);
}

/* True if `list` holds an annotated assignment outside nested scopes. */
static bool has_annotations(StmtList *list) {
    for (int i = 0; i < list->count; i++) {
        Stmt *stmt = list->items[i];
        switch (stmt->kind) {
        case STMT_ANN_ASSIGN: return true;
        case STMT_FOR:
            if (has_annotations(&stmt->as.for_loop.body) || has_annotations(&stmt->as.for_loop.orelse)) return true;
            break;
        case STMT_WHILE:
        case STMT_IF:
            if (has_annotations(&stmt->as.if_stmt.body) || has_annotations(&stmt->as.if_stmt.orelse)) return true;
            break;
        case STMT_WITH:
            if (has_annotations(&stmt->as.with.body)) return true;
            break;
        case STMT_TRY:
            if (has_annotations(&stmt->as.try_stmt.body) || has_annotations(&stmt->as.try_stmt.orelse) ||
                has_annotations(&stmt->as.try_stmt.finalbody))
                return true;
            for (int h = 0; h < stmt->as.try_stmt.handler_count; h++) {
                if (has_annotations(&stmt->as.try_stmt.handlers[h].body)) return true;
            }
            break;
        default: break;
        }
    }
    return false;
}

bool compile_stmts(Compiler *c, StmtList *list) {
    for (int i = 0; i < list->count; i++) {
        if (!compile_stmt(c, list->items[i])) return false;
    }
    return true;
}

bool compile_body(Compiler *c, StmtList *body, bool allow_docstring) {
    int start = 0;
    if (has_annotations(body) && !compiler_emit(c, OP_SETUP_ANNOTATIONS, 0)) return false;
    if (allow_docstring && body->count > 0 && is_docstring(body->items[0])) {
        Expr *doc = body->items[0]->as.value;
        compiler_set_span(c, body->items[0]->span);
        Value text = compiler_text_constant(c, doc->as.constant.text, doc->as.constant.length);
        if (c->failed || !compiler_load_constant(c, text) || !compiler_nameop(c, "__doc__", CONTEXT_STORE))
            return false;
        start = 1;
    }
    for (int i = start; i < body->count; i++) {
        if (!compile_stmt(c, body->items[i])) return false;
    }
    return true;
}

/* ---- Functions and classes ---- */

static int first_line_of(Stmt *stmt, ExprList *decorators) {
    return decorators->count > 0 ? decorators->items[0]->span.line : stmt->span.line;
}

void compile_set_arguments(Compiler *c, Arguments *arguments) {
    Unit *u = c->unit;
    u->positional_only_count = arguments->positional_only_count;
    u->argument_count = arguments->positional_only_count + arguments->positional_count;
    u->keyword_only_count = arguments->keyword_only_count;
    if (arguments->vararg != NULL) u->flags |= CODE_VARARGS;
    if (arguments->kwarg != NULL) u->flags |= CODE_VARKEYWORDS;
}

/* Push one annotation (name, value) pair if `arg` has one. */
static bool compile_annotation(Compiler *c, Arg *arg, int *count) {
    if (arg == NULL || arg->annotation == NULL) return true;
    Value name = compiler_str_constant(c, compiler_mangle(c, arg->name));
    if (c->failed || !compiler_load_constant(c, name) || !compile_expr(c, arg->annotation)) return false;
    (*count)++;
    return true;
}

static bool compile_annotations(Compiler *c, Arguments *arguments, Expr *returns, int *flags) {
    int count = 0;
    for (int i = 0; i < arguments->positional_only_count; i++)
        if (!compile_annotation(c, &arguments->positional_only[i], &count)) return false;
    for (int i = 0; i < arguments->positional_count; i++)
        if (!compile_annotation(c, &arguments->positional[i], &count)) return false;
    if (!compile_annotation(c, arguments->vararg, &count)) return false;
    for (int i = 0; i < arguments->keyword_only_count; i++)
        if (!compile_annotation(c, &arguments->keyword_only[i], &count)) return false;
    if (!compile_annotation(c, arguments->kwarg, &count)) return false;
    if (returns != NULL) {
        Value name = compiler_str_constant(c, "return");
        if (c->failed || !compiler_load_constant(c, name) || !compile_expr(c, returns)) return false;
        count++;
    }
    if (count == 0) return true;
    *flags |= 4;
    return compiler_emit(c, OP_BUILD_MAP, count);
}

/* Defaults (a tuple) and keyword-only defaults (a dict), in the enclosing
 * scope, before MAKE_FUNCTION. */
bool compile_arguments_prologue(Compiler *c, Arguments *arguments, int *flags) {
    if (arguments->defaults.count > 0) {
        Expr tuple;
        memset(&tuple, 0, sizeof tuple);
        tuple.kind = EXPR_TUPLE;
        tuple.context = CONTEXT_LOAD;
        tuple.span = arguments->defaults.items[0]->span;
        tuple.as.elements = arguments->defaults;
        if (!compile_expr(c, &tuple)) return false;
        *flags |= 1;
    }
    int count = 0;
    for (int i = 0; i < arguments->keyword_only_count; i++) {
        if (arguments->keyword_defaults == NULL || arguments->keyword_defaults[i] == NULL) continue;
        Value name = compiler_str_constant(c, compiler_mangle(c, arguments->keyword_only[i].name));
        if (c->failed || !compiler_load_constant(c, name) || !compile_expr(c, arguments->keyword_defaults[i]))
            return false;
        count++;
    }
    if (count > 0) {
        *flags |= 2;
        if (!compiler_emit(c, OP_BUILD_MAP, count)) return false;
    }
    return true;
}

/* A function body: the docstring (or None) is constant 0, as in 3.11. */
bool compile_function_like_body(Compiler *c, StmtList *body) {
    int start = 0;
    if (body->count > 0 && is_docstring(body->items[0])) {
        Expr *doc = body->items[0]->as.value;
        Value text = compiler_text_constant(c, doc->as.constant.text, doc->as.constant.length);
        if (c->failed || compiler_add_constant(c, text) < 0) return false;
        start = 1;
    } else if (compiler_add_constant(c, NONE_VALUE) < 0) {
        return false;
    }
    for (int i = start; i < body->count; i++) {
        if (!compile_stmt(c, body->items[i])) return false;
    }
    compiler_set_artificial(c);
    return compiler_load_none(c) && compiler_emit(c, OP_RETURN_VALUE, 0);
}

static bool compile_decorators(Compiler *c, ExprList *decorators) { return compile_exprs(c, decorators); }

/* Each decorator was pushed first; CALL 0 passes the function through
 * CALL's self slot, as CPython 3.11 does. */
static bool compile_apply_decorators(Compiler *c, ExprList *decorators) {
    for (int i = decorators->count - 1; i >= 0; i--) {
        compiler_set_span(c, decorators->items[i]->span);
        if (!compiler_emit(c, OP_CALL, 0)) return false;
    }
    return true;
}

static bool compile_function_def(Compiler *c, Stmt *stmt) {
    Arguments *arguments = stmt->as.function_def.arguments;
    ExprList *decorators = &stmt->as.function_def.decorators;
    if (!compile_decorators(c, decorators)) return false;
    int first_line = first_line_of(stmt, decorators);
    int flags = 0;
    compiler_set_span(c, stmt->span);
    if (!compile_arguments_prologue(c, arguments, &flags)) return false;
    if (!compile_annotations(c, arguments, stmt->as.function_def.returns, &flags)) return false;
    Scope *scope = symtable_child(c->unit->scope, stmt);
    if (!compiler_enter_unit(c, scope, stmt->as.function_def.name, first_line)) return false;
    compile_set_arguments(c, arguments);
    if (!compile_function_like_body(c, &stmt->as.function_def.body)) return false;
    Code *code = compiler_leave_unit(c);
    if (code == NULL) return false;
    compiler_set_span(c, stmt->span);
    if (!compiler_make_closure(c, code, flags)) return false;
    if (!compile_apply_decorators(c, decorators)) return false;
    compiler_set_span(c, stmt->span);
    return compiler_nameop(c, stmt->as.function_def.name, CONTEXT_STORE);
}

/* The class body: __module__, __qualname__, the statements, and the
 * __class__ cell returned for __build_class__ to fill. */
static Code *compile_class_body(Compiler *c, Stmt *stmt, int first_line) {
    Scope *scope = symtable_child(c->unit->scope, stmt);
    if (!compiler_enter_unit(c, scope, stmt->as.class_def.name, first_line)) return NULL;
    compiler_set_span(c, stmt->span);
    Value qualname = compiler_text_constant(c, c->unit->qualname, strlen(c->unit->qualname));
    bool ok = !c->failed && compiler_nameop(c, "__name__", CONTEXT_LOAD) &&
              compiler_nameop(c, "__module__", CONTEXT_STORE) && compiler_load_constant(c, qualname) &&
              compiler_nameop(c, "__qualname__", CONTEXT_STORE) && compile_body(c, &stmt->as.class_def.body, true);
    if (ok) {
        compiler_set_artificial(c);
        if (scope->needs_class_closure) {
            ok = compiler_emit(c, OP_LOAD_CLOSURE, 0) && compiler_emit(c, OP_COPY, 1) &&
                 compiler_nameop(c, "__classcell__", CONTEXT_STORE);
        } else {
            ok = compiler_load_none(c);
        }
        ok = ok && compiler_emit(c, OP_RETURN_VALUE, 0);
    }
    if (!ok) {
        compiler_abandon_unit(c);
        return NULL;
    }
    return compiler_leave_unit(c);
}

static bool compile_class_def(Compiler *c, Stmt *stmt) {
    ExprList *decorators = &stmt->as.class_def.decorators;
    if (!compile_decorators(c, decorators)) return false;
    Code *code = compile_class_body(c, stmt, first_line_of(stmt, decorators));
    if (code == NULL) return false;
    compiler_set_span(c, stmt->span);
    Value name = compiler_text_constant(c, stmt->as.class_def.name, strlen(stmt->as.class_def.name));
    if (c->failed || !compiler_emit(c, OP_LOAD_BUILD_CLASS, 0) || !compiler_emit(c, OP_PUSH_NULL, 0) ||
        !compiler_make_closure(c, code, 0) || !compiler_load_constant(c, name))
        return false;
    if (!compile_call_helper(c, 2, &stmt->as.class_def.bases, stmt->as.class_def.keyword_count,
                             stmt->as.class_def.keywords))
        return false;
    if (!compile_apply_decorators(c, decorators)) return false;
    compiler_set_span(c, stmt->span);
    return compiler_nameop(c, stmt->as.class_def.name, CONTEXT_STORE);
}

/* ---- Unwinding for break / continue / return ---- */

static bool compile_unwind_with(Compiler *c, FrameBlock *block, bool preserve_tos) {
    Stmt *with = (Stmt *)block->datum;
    compiler_set_span(c, with->span);
    compiler_pop_handler(c);
    if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
    if (!compile_call_exit_with_nones(c)) return false;
    if (block->kind == BLOCK_ASYNC_WITH) {
        if (!compiler_emit(c, OP_GET_AWAITABLE, 2) || !compiler_load_none(c) || !compile_yield_from(c, true))
            return false;
    }
    if (!compiler_emit(c, OP_POP_TOP, 0)) return false;
    compiler_set_artificial(c);
    return true;
}

static bool compile_clear_handler_name(Compiler *c, const char *name) {
    return compiler_load_none(c) && compiler_nameop(c, name, CONTEXT_STORE) &&
           compiler_nameop(c, name, CONTEXT_DELETE);
}

/* Emit what leaving `block` early requires (CPython's compiler_unwind_fblock). */
static bool compile_unwind_block(Compiler *c, FrameBlock *block, bool preserve_tos) {
    switch (block->kind) {
    case BLOCK_WHILE_LOOP:
    case BLOCK_EXCEPTION_HANDLER:
    case BLOCK_ASYNC_COMPREHENSION_GENERATOR: return true;
    case BLOCK_FOR_LOOP:
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        return compiler_emit(c, OP_POP_TOP, 0);
    case BLOCK_TRY_EXCEPT: compiler_pop_handler(c); return true;
    case BLOCK_FINALLY_TRY: {
        compiler_pop_handler(c);
        if (preserve_tos && !compiler_push_block(c, BLOCK_POP_VALUE, -1, -1, NULL)) return false;
        if (!compile_stmts(c, (StmtList *)block->datum)) return false;
        if (preserve_tos) compiler_pop_block(c);
        compiler_set_artificial(c);
        return true;
    }
    case BLOCK_FINALLY_END:
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        if (!compiler_emit(c, OP_POP_TOP, 0)) return false;
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        compiler_pop_handler(c);
        return compiler_emit(c, OP_POP_EXCEPT, 0);
    case BLOCK_WITH:
    case BLOCK_ASYNC_WITH: return compile_unwind_with(c, block, preserve_tos);
    case BLOCK_HANDLER_CLEANUP:
        if (block->datum != NULL) compiler_pop_handler(c);
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        compiler_pop_handler(c);
        if (!compiler_emit(c, OP_POP_EXCEPT, 0)) return false;
        if (block->datum != NULL) return compile_clear_handler_name(c, (const char *)block->datum);
        return true;
    case BLOCK_POP_VALUE:
        if (preserve_tos && !compiler_emit(c, OP_SWAP, 2)) return false;
        return compiler_emit(c, OP_POP_TOP, 0);
    }
    return true;
}

/* Unwind blocks from the innermost out, stopping at a loop when `loop` is
 * given (break/continue). The blocks are popped while their cleanup code is
 * compiled (a return inside a finally body must not re-run that finally),
 * then restored. */
static bool compile_unwind_stack(Compiler *c, bool preserve_tos, FrameBlock **loop) {
    Unit *u = c->unit;
    if (u->block_count == 0) return true;
    FrameBlock top = u->blocks[u->block_count - 1];
    if (loop != NULL && (top.kind == BLOCK_WHILE_LOOP || top.kind == BLOCK_FOR_LOOP)) {
        *loop = &u->blocks[u->block_count - 1];
        return true;
    }
    u->block_count--;
    bool ok = compile_unwind_block(c, &top, preserve_tos) && compile_unwind_stack(c, preserve_tos, loop);
    u->blocks[u->block_count++] = top;
    return ok;
}

/* Run `body` with the handler stack saved, so the handler pops done while
 * unwinding affect only the jump out. */
typedef struct HandlerState {
    int stack[COMPILER_MAX_HANDLERS];
    int depth;
} HandlerState;

static void handler_save(Compiler *c, HandlerState *state) {
    state->depth = c->unit->handler_depth;
    memcpy(state->stack, c->unit->handler_stack, sizeof(int) * (size_t)state->depth);
}

static void handler_restore(Compiler *c, HandlerState *state) {
    c->unit->handler_depth = state->depth;
    memcpy(c->unit->handler_stack, state->stack, sizeof(int) * (size_t)state->depth);
}

static bool compile_return(Compiler *c, Stmt *stmt) {
    Expr *value = stmt->as.value;
    Scope *scope = c->unit->scope;
    if (scope->kind != SCOPE_FUNCTION) return compiler_error(c, "'return' outside function");
    if (value != NULL && scope->is_coroutine && scope->is_generator)
        return compiler_error(c, "'return' with value in async generator");
    bool preserve_tos = value != NULL && value->kind != EXPR_CONSTANT;
    if (preserve_tos && !compile_expr(c, value)) return false;
    compiler_set_span(c, stmt->span);
    HandlerState state;
    handler_save(c, &state);
    bool ok = compile_unwind_stack(c, preserve_tos, NULL);
    if (ok) {
        if (value == NULL) ok = compiler_load_none(c);
        else if (!preserve_tos) ok = compile_expr(c, value);
        ok = ok && compiler_emit(c, OP_RETURN_VALUE, 0);
    }
    handler_restore(c, &state);
    return ok;
}

static bool compile_break_continue(Compiler *c, bool is_break) {
    FrameBlock *loop = NULL;
    bool in_loop = false;
    for (int i = 0; i < c->unit->block_count; i++) {
        BlockKind kind = c->unit->blocks[i].kind;
        if (kind == BLOCK_WHILE_LOOP || kind == BLOCK_FOR_LOOP) in_loop = true;
    }
    if (!in_loop) return compiler_error(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    HandlerState state;
    handler_save(c, &state);
    bool ok = compile_unwind_stack(c, false, &loop) && loop != NULL;
    if (ok && is_break) {
        FrameBlock copy = *loop;
        ok = compile_unwind_block(c, &copy, false) && compiler_emit_jump(c, PSEUDO_JUMP, copy.exit);
    } else if (ok) {
        ok = compiler_emit_jump(c, PSEUDO_JUMP, loop->block);
    }
    handler_restore(c, &state);
    return ok;
}

/* ---- Loops and conditionals ---- */

static bool compile_for(Compiler *c, Stmt *stmt) {
    int start = compiler_new_label(c), cleanup = compiler_new_label(c), end = compiler_new_label(c);
    if (!compiler_push_block(c, BLOCK_FOR_LOOP, start, end, NULL)) return false;
    if (!compile_expr(c, stmt->as.for_loop.iter) || !compiler_emit(c, OP_GET_ITER, 0)) return false;
    compiler_bind(c, start);
    if (!compiler_emit_jump(c, OP_FOR_ITER, cleanup)) return false;
    if (!compile_store(c, stmt->as.for_loop.target) || !compile_stmts(c, &stmt->as.for_loop.body)) return false;
    compiler_set_artificial(c);
    if (!compiler_emit_jump(c, PSEUDO_JUMP, start)) return false;
    compiler_bind(c, cleanup);
    compiler_pop_block(c);
    if (!compile_stmts(c, &stmt->as.for_loop.orelse)) return false;
    compiler_bind(c, end);
    return true;
}

static bool compile_async_for(Compiler *c, Stmt *stmt) {
    if (!c->unit->scope->is_coroutine || c->unit->scope->kind != SCOPE_FUNCTION)
        return compiler_error(c, "'async for' outside async function");
    int start = compiler_new_label(c), except = compiler_new_label(c), end = compiler_new_label(c);
    if (!compile_expr(c, stmt->as.for_loop.iter) || !compiler_emit(c, OP_GET_AITER, 0)) return false;
    compiler_bind(c, start);
    if (!compiler_push_block(c, BLOCK_FOR_LOOP, start, end, NULL)) return false;
    if (!compiler_push_handler(c, except, false, 0)) return false;
    if (!compiler_emit(c, OP_GET_ANEXT, 0) || !compiler_load_none(c) || !compile_yield_from(c, true)) return false;
    compiler_pop_handler(c);
    if (!compile_store(c, stmt->as.for_loop.target) || !compile_stmts(c, &stmt->as.for_loop.body)) return false;
    compiler_set_artificial(c);
    if (!compiler_emit_jump(c, PSEUDO_JUMP, start)) return false;
    compiler_pop_block(c);
    compiler_bind(c, except);
    compiler_set_span(c, stmt->as.for_loop.iter->span);
    if (!compiler_emit(c, OP_END_ASYNC_FOR, 0)) return false;
    if (!compile_stmts(c, &stmt->as.for_loop.orelse)) return false;
    compiler_bind(c, end);
    return true;
}

/* 3.11 tests the condition at the top and again at the bottom. */
static bool compile_while(Compiler *c, Stmt *stmt) {
    int loop = compiler_new_label(c), body = compiler_new_label(c), anchor = compiler_new_label(c);
    int end = compiler_new_label(c);
    compiler_bind(c, loop);
    if (!compiler_push_block(c, BLOCK_WHILE_LOOP, loop, end, NULL)) return false;
    if (!compile_jump_if(c, stmt->as.while_loop.test, anchor, false)) return false;
    compiler_bind(c, body);
    if (!compile_stmts(c, &stmt->as.while_loop.body)) return false;
    compiler_set_span(c, stmt->span);
    if (!compile_jump_if(c, stmt->as.while_loop.test, body, true)) return false;
    compiler_pop_block(c);
    compiler_bind(c, anchor);
    if (!compile_stmts(c, &stmt->as.while_loop.orelse)) return false;
    compiler_bind(c, end);
    return true;
}

static bool compile_if(Compiler *c, Stmt *stmt) {
    int end = compiler_new_label(c);
    int next = stmt->as.if_stmt.orelse.count > 0 ? compiler_new_label(c) : end;
    if (!compile_jump_if(c, stmt->as.if_stmt.test, next, false)) return false;
    if (!compile_stmts(c, &stmt->as.if_stmt.body)) return false;
    if (stmt->as.if_stmt.orelse.count > 0) {
        compiler_set_artificial(c);
        if (!compiler_emit_jump(c, PSEUDO_JUMP, end)) return false;
        compiler_bind(c, next);
        if (!compile_stmts(c, &stmt->as.if_stmt.orelse)) return false;
    }
    compiler_bind(c, end);
    return true;
}

/* ---- try ---- */

/* One `except` clause; jumps to `end` when its body completes. */
static bool compile_except_clause(Compiler *c, ExceptHandler *handler, int end, int cleanup_label) {
    (void)cleanup_label;
    int next = compiler_new_label(c);
    compiler_set_span(c, handler->span);
    if (handler->type != NULL) {
        if (!compile_expr(c, handler->type) || !compiler_emit(c, OP_CHECK_EXC_MATCH, 0) ||
            !compiler_emit_jump(c, OP_POP_JUMP_IF_FALSE, next))
            return false;
    }
    if (handler->name != NULL) {
        int cleanup_end = compiler_new_label(c);
        if (!compiler_nameop(c, handler->name, CONTEXT_STORE)) return false;
        if (!compiler_push_handler(c, cleanup_end, true, 0)) return false;
        if (!compiler_push_block(c, BLOCK_HANDLER_CLEANUP, -1, -1, handler->name)) return false;
        if (!compile_stmts(c, &handler->body)) return false;
        compiler_pop_block(c);
        compiler_set_artificial(c);
        compiler_pop_handler(c);
        int outer = c->unit->handler_stack[c->unit->handler_depth - 1];
        compiler_pop_handler(c);
        if (!compiler_emit(c, OP_POP_EXCEPT, 0) || !compile_clear_handler_name(c, handler->name) ||
            !compiler_emit_jump(c, PSEUDO_JUMP, end))
            return false;
        c->unit->handler_stack[c->unit->handler_depth++] = outer;
        compiler_bind(c, cleanup_end);
        compiler_set_artificial(c);
        if (!compile_clear_handler_name(c, handler->name) || !compiler_emit(c, OP_RERAISE, 1)) return false;
    } else {
        if (!compiler_emit(c, OP_POP_TOP, 0)) return false;
        if (!compiler_push_block(c, BLOCK_HANDLER_CLEANUP, -1, -1, NULL)) return false;
        if (!compile_stmts(c, &handler->body)) return false;
        compiler_pop_block(c);
        compiler_set_artificial(c);
        int outer = c->unit->handler_stack[c->unit->handler_depth - 1];
        compiler_pop_handler(c);
        if (!compiler_emit(c, OP_POP_EXCEPT, 0) || !compiler_emit_jump(c, PSEUDO_JUMP, end)) return false;
        c->unit->handler_stack[c->unit->handler_depth++] = outer;
    }
    compiler_bind(c, next);
    return true;
}

static bool compile_try_except(Compiler *c, Stmt *stmt) {
    int end = compiler_new_label(c), except = compiler_new_label(c), cleanup = compiler_new_label(c);
    if (!compiler_push_handler(c, except, false, 0)) return false;
    if (!compiler_push_block(c, BLOCK_TRY_EXCEPT, -1, -1, NULL)) return false;
    if (!compile_stmts(c, &stmt->as.try_stmt.body)) return false;
    compiler_pop_block(c);
    compiler_pop_handler(c);
    compiler_set_artificial(c);
    if (!compile_stmts(c, &stmt->as.try_stmt.orelse)) return false;
    compiler_set_artificial(c);
    if (!compiler_emit_jump(c, PSEUDO_JUMP, end)) return false;
    compiler_bind(c, except);
    compiler_set_artificial(c);
    if (!compiler_push_handler(c, cleanup, true, 0) || !compiler_emit(c, OP_PUSH_EXC_INFO, 0)) return false;
    if (!compiler_push_block(c, BLOCK_EXCEPTION_HANDLER, -1, -1, NULL)) return false;
    int count = stmt->as.try_stmt.handler_count;
    for (int i = 0; i < count; i++) {
        ExceptHandler *handler = &stmt->as.try_stmt.handlers[i];
        if (handler->type == NULL && i < count - 1)
            return compiler_error_at(c, handler->span, "default 'except:' must be last");
        if (!compile_except_clause(c, handler, end, cleanup)) return false;
    }
    compiler_set_artificial(c);
    compiler_pop_block(c);
    if (!compiler_emit(c, OP_RERAISE, 0)) return false;
    compiler_pop_handler(c);
    compiler_bind(c, cleanup);
    if (!compile_pop_except_and_reraise(c)) return false;
    compiler_bind(c, end);
    return true;
}

static bool compile_try_finally(Compiler *c, Stmt *stmt) {
    int end = compiler_new_label(c), exit = compiler_new_label(c), cleanup = compiler_new_label(c);
    StmtList *finalbody = &stmt->as.try_stmt.finalbody;
    if (!compiler_push_handler(c, end, false, 0)) return false;
    if (!compiler_push_block(c, BLOCK_FINALLY_TRY, -1, -1, finalbody)) return false;
    bool ok = stmt->as.try_stmt.handler_count > 0 ? compile_try_except(c, stmt)
                                                  : compile_stmts(c, &stmt->as.try_stmt.body);
    if (!ok) return false;
    compiler_set_artificial(c);
    compiler_pop_handler(c);
    compiler_pop_block(c);
    if (!compile_stmts(c, finalbody)) return false;
    compiler_set_artificial(c);
    if (!compiler_emit_jump(c, PSEUDO_JUMP, exit)) return false;
    compiler_bind(c, end);
    compiler_set_artificial(c);
    if (!compiler_push_handler(c, cleanup, true, 0) || !compiler_emit(c, OP_PUSH_EXC_INFO, 0)) return false;
    if (!compiler_push_block(c, BLOCK_FINALLY_END, -1, -1, NULL)) return false;
    if (!compile_stmts(c, finalbody)) return false;
    compiler_pop_block(c);
    compiler_set_artificial(c);
    if (!compiler_emit(c, OP_RERAISE, 0)) return false;
    compiler_pop_handler(c);
    compiler_bind(c, cleanup);
    if (!compile_pop_except_and_reraise(c)) return false;
    compiler_bind(c, exit);
    return true;
}

static bool compile_try(Compiler *c, Stmt *stmt) {
    if (stmt->as.try_stmt.finalbody.count > 0) return compile_try_finally(c, stmt);
    return compile_try_except(c, stmt);
}

/* ---- with ---- */

/* After WITH_EXCEPT_START: swallow the exception if __exit__ said so. */
static bool compile_with_except_finish(Compiler *c, int cleanup) {
    int exit = compiler_new_label(c);
    Unit *u = c->unit;
    int handler = u->handler_stack[u->handler_depth - 1];
    compiler_set_artificial(c);
    if (!compiler_emit_jump(c, OP_POP_JUMP_IF_TRUE, exit) || !compiler_emit(c, OP_RERAISE, 2)) return false;
    compiler_pop_handler(c);
    compiler_bind(c, cleanup);
    if (!compile_pop_except_and_reraise(c)) return false;
    compiler_bind(c, exit);
    u->handler_stack[u->handler_depth++] = handler;
    if (!compiler_emit(c, OP_POP_TOP, 0)) return false;
    compiler_pop_handler(c);
    return compiler_emit(c, OP_POP_EXCEPT, 0) && compiler_emit(c, OP_POP_TOP, 0) && compiler_emit(c, OP_POP_TOP, 0);
}

static bool compile_with_item(Compiler *c, Stmt *stmt, int index) {
    bool is_async = stmt->as.with.is_async;
    WithItem *item = &stmt->as.with.items[index];
    int final = compiler_new_label(c), exit = compiler_new_label(c), cleanup = compiler_new_label(c);
    if (!compile_expr(c, item->context_expr)) return false;
    if (is_async) {
        if (!compiler_emit(c, OP_BEFORE_ASYNC_WITH, 0) || !compiler_emit(c, OP_GET_AWAITABLE, 1) ||
            !compiler_load_none(c) || !compile_yield_from(c, true))
            return false;
    } else if (!compiler_emit(c, OP_BEFORE_WITH, 0)) {
        return false;
    }
    if (!compiler_push_handler(c, final, true, -1)) return false;
    if (!compiler_push_block(c, is_async ? BLOCK_ASYNC_WITH : BLOCK_WITH, -1, -1, stmt)) return false;
    bool ok = item->optional_vars != NULL ? compile_store(c, item->optional_vars) : compiler_emit(c, OP_POP_TOP, 0);
    if (!ok) return false;
    ok = index + 1 < stmt->as.with.count ? compile_with_item(c, stmt, index + 1) : compile_stmts(c, &stmt->as.with.body);
    if (!ok) return false;
    compiler_pop_handler(c);
    compiler_pop_block(c);
    compiler_set_span(c, stmt->span);
    if (!compile_call_exit_with_nones(c)) return false;
    if (is_async && (!compiler_emit(c, OP_GET_AWAITABLE, 2) || !compiler_load_none(c) || !compile_yield_from(c, true)))
        return false;
    if (!compiler_emit(c, OP_POP_TOP, 0) || !compiler_emit_jump(c, PSEUDO_JUMP, exit)) return false;
    compiler_bind(c, final);
    if (!compiler_push_handler(c, cleanup, true, 0) || !compiler_emit(c, OP_PUSH_EXC_INFO, 0) ||
        !compiler_emit(c, OP_WITH_EXCEPT_START, 0))
        return false;
    if (is_async && (!compiler_emit(c, OP_GET_AWAITABLE, 2) || !compiler_load_none(c) || !compile_yield_from(c, true)))
        return false;
    if (!compile_with_except_finish(c, cleanup)) return false;
    compiler_bind(c, exit);
    return true;
}

static bool compile_with(Compiler *c, Stmt *stmt) {
    if (stmt->as.with.is_async && (!c->unit->scope->is_coroutine || c->unit->scope->kind != SCOPE_FUNCTION))
        return compiler_error(c, "'async with' outside async function");
    return compile_with_item(c, stmt, 0);
}

/* ---- Simple statements ---- */

static bool compile_assign(Compiler *c, Stmt *stmt) {
    ExprList *targets = &stmt->as.assign.targets;
    Expr *value = stmt->as.assign.value;
    /* a, b = b, a: build nothing, swap (CPython's peephole result). */
    if (targets->count == 1 && value->kind == EXPR_TUPLE && (targets->items[0]->kind == EXPR_TUPLE ||
                                                             targets->items[0]->kind == EXPR_LIST)) {
        ExprList *left = &targets->items[0]->as.elements, *right = &value->as.elements;
        bool simple = left->count == right->count && left->count >= 2 && left->count <= 3;
        for (int i = 0; simple && i < left->count; i++)
            simple = left->items[i]->kind != EXPR_STARRED && right->items[i]->kind != EXPR_STARRED;
        Value folded;
        bool is_constant = false;
        if (simple && !compile_constant_value(c, value, &folded, &is_constant)) return false;
        if (simple && !is_constant) {
            if (!compile_exprs(c, right)) return false;
            compiler_set_span(c, stmt->span);
            if (!compiler_emit(c, OP_SWAP, left->count)) return false;
            for (int i = 0; i < left->count; i++) {
                if (!compile_store(c, left->items[i])) return false;
            }
            return true;
        }
    }
    if (!compile_expr(c, value)) return false;
    for (int i = 0; i < targets->count; i++) {
        if (i < targets->count - 1 && !compiler_emit(c, OP_COPY, 1)) return false;
        if (!compile_store(c, targets->items[i])) return false;
    }
    return true;
}

static bool compile_aug_assign(Compiler *c, Stmt *stmt) {
    Expr *target = stmt->as.aug_assign.target;
    int op = stmt->as.aug_assign.op + 13;
    switch (target->kind) {
    case EXPR_ATTRIBUTE:
        if (!compile_expr(c, target->as.attribute.value)) return false;
        compiler_set_span(c, target->span); /* a failing load points at the target */
        if (!compiler_emit(c, OP_COPY, 1) ||
            !compiler_emit_name(c, OP_LOAD_ATTR, compiler_mangle(c, target->as.attribute.attribute)))
            return false;
        break;
    case EXPR_SUBSCRIPT:
        if (!compile_expr(c, target->as.subscript.value) || !compile_expr(c, target->as.subscript.index))
            return false;
        compiler_set_span(c, target->span);
        if (!compiler_emit(c, OP_COPY, 2) || !compiler_emit(c, OP_COPY, 2) || !compiler_emit(c, OP_BINARY_SUBSCR, 0))
            return false;
        break;
    case EXPR_NAME:
        compiler_set_span(c, target->span);
        if (!compiler_nameop(c, target->as.name, CONTEXT_LOAD)) return false;
        break;
    default: return compiler_error_at(c, target->span, "illegal expression for augmented assignment");
    }
    if (!compile_expr(c, stmt->as.aug_assign.value)) return false;
    compiler_set_span(c, stmt->span);
    if (!compiler_emit(c, OP_BINARY_OP, op)) return false;
    compiler_set_span(c, target->span);
    switch (target->kind) {
    case EXPR_ATTRIBUTE:
        return compiler_emit(c, OP_SWAP, 2) &&
               compiler_emit_name(c, OP_STORE_ATTR, compiler_mangle(c, target->as.attribute.attribute));
    case EXPR_SUBSCRIPT:
        return compiler_emit(c, OP_SWAP, 3) && compiler_emit(c, OP_SWAP, 2) && compiler_emit(c, OP_STORE_SUBSCR, 0);
    default: return compiler_nameop(c, target->as.name, CONTEXT_STORE);
    }
}

static bool compile_pop_expr(Compiler *c, Expr *expr) {
    return compile_expr(c, expr) && compiler_emit(c, OP_POP_TOP, 0);
}

static bool compile_ann_assign(Compiler *c, Stmt *stmt) {
    Expr *target = stmt->as.ann_assign.target;
    ScopeKind kind = c->unit->scope->kind;
    bool evaluates = kind == SCOPE_MODULE || kind == SCOPE_CLASS;
    if (stmt->as.ann_assign.value != NULL) {
        if (!compile_expr(c, stmt->as.ann_assign.value) || !compile_store(c, target)) return false;
    }
    if (target->kind == EXPR_NAME) {
        if (stmt->as.ann_assign.simple && evaluates) {
            Value name = compiler_str_constant(c, compiler_mangle(c, target->as.name));
            compiler_set_span(c, stmt->span);
            if (c->failed || !compile_expr(c, stmt->as.ann_assign.annotation) ||
                !compiler_nameop(c, "__annotations__", CONTEXT_LOAD) || !compiler_load_constant(c, name) ||
                !compiler_emit(c, OP_STORE_SUBSCR, 0))
                return false;
        }
    } else if (stmt->as.ann_assign.value == NULL) {
        if (target->kind == EXPR_ATTRIBUTE && !compile_pop_expr(c, target->as.attribute.value)) return false;
        if (target->kind == EXPR_SUBSCRIPT &&
            (!compile_pop_expr(c, target->as.subscript.value) || !compile_pop_expr(c, target->as.subscript.index)))
            return false;
    }
    if (!stmt->as.ann_assign.simple && evaluates) return compile_pop_expr(c, stmt->as.ann_assign.annotation);
    return true;
}

static bool compile_delete_target(Compiler *c, Expr *target) {
    compiler_set_span(c, target->span);
    switch (target->kind) {
    case EXPR_NAME: return compiler_nameop(c, target->as.name, CONTEXT_DELETE);
    case EXPR_ATTRIBUTE:
        return compile_expr(c, target->as.attribute.value) &&
               compiler_emit_name(c, OP_DELETE_ATTR, compiler_mangle(c, target->as.attribute.attribute));
    case EXPR_SUBSCRIPT:
        return compile_expr(c, target->as.subscript.value) && compile_expr(c, target->as.subscript.index) &&
               compiler_emit(c, OP_DELETE_SUBSCR, 0);
    case EXPR_TUPLE:
    case EXPR_LIST:
        for (int i = 0; i < target->as.elements.count; i++) {
            if (!compile_delete_target(c, target->as.elements.items[i])) return false;
        }
        return true;
    default: return compiler_error(c, "cannot delete expression");
    }
}

static bool compile_raise(Compiler *c, Stmt *stmt) {
    int count = 0;
    if (stmt->as.raise.exception != NULL) {
        if (!compile_expr(c, stmt->as.raise.exception)) return false;
        count++;
        if (stmt->as.raise.cause != NULL) {
            if (!compile_expr(c, stmt->as.raise.cause)) return false;
            count++;
        }
    }
    compiler_set_span(c, stmt->span);
    return compiler_emit(c, OP_RAISE_VARARGS, count);
}

static bool compile_assert(Compiler *c, Stmt *stmt) {
    int end = compiler_new_label(c);
    if (!compile_jump_if(c, stmt->as.assert_stmt.test, end, true)) return false;
    compiler_set_span(c, stmt->span);
    if (!compiler_emit(c, OP_LOAD_ASSERTION_ERROR, 0)) return false;
    if (stmt->as.assert_stmt.message != NULL) {
        if (!compile_expr(c, stmt->as.assert_stmt.message)) return false;
        compiler_set_span(c, stmt->span);
        if (!compiler_emit(c, OP_CALL, 0)) return false;
    }
    compiler_set_span(c, stmt->as.assert_stmt.test->span); /* tracebacks point at the test */
    if (!compiler_emit(c, OP_RAISE_VARARGS, 1)) return false;
    compiler_bind(c, end);
    return true;
}

/* `import a.b.c as d`: the top package comes back; walk down with
 * IMPORT_FROM as 3.11 does. */
static bool compile_import_as(Compiler *c, const char *name, const char *asname) {
    const char *dot = strchr(name, '.');
    if (dot != NULL) {
        while (dot != NULL) {
            const char *part = dot + 1;
            dot = strchr(part, '.');
            size_t length = dot != NULL ? (size_t)(dot - part) : strlen(part);
            if (!compiler_emit_name(c, OP_IMPORT_FROM, arena_strndup(c->arena, part, length))) return false;
            if (dot == NULL) break;
            if (!compiler_emit(c, OP_SWAP, 2) || !compiler_emit(c, OP_POP_TOP, 0)) return false;
        }
        return compiler_nameop(c, asname, CONTEXT_STORE) && compiler_emit(c, OP_POP_TOP, 0);
    }
    return compiler_nameop(c, asname, CONTEXT_STORE);
}

static bool compile_import(Compiler *c, Stmt *stmt) {
    for (int i = 0; i < stmt->as.import.count; i++) {
        Alias *alias = &stmt->as.import.names[i];
        compiler_set_span(c, stmt->span);
        if (!compiler_load_constant(c, INT_VALUE(0)) || !compiler_load_none(c) ||
            !compiler_emit_name(c, OP_IMPORT_NAME, alias->name))
            return false;
        if (alias->asname != NULL) {
            if (!compile_import_as(c, alias->name, alias->asname)) return false;
            continue;
        }
        const char *dot = strchr(alias->name, '.');
        const char *stored = dot == NULL ? alias->name : arena_strndup(c->arena, alias->name,
                                                                       (size_t)(dot - alias->name));
        if (!compiler_nameop(c, stored, CONTEXT_STORE)) return false;
    }
    return true;
}

static bool compile_import_from(Compiler *c, Stmt *stmt) {
    int count = stmt->as.import_from.count;
    Tuple *names = tuple_new(c->thread, (size_t)count);
    if (names == NULL) {
        c->failed = true;
        return false;
    }
    for (int i = 0; i < count; i++) {
        const char *name = stmt->as.import_from.names[i].name;
        if (strcmp(name, "*") == 0)
            return compiler_error_at(c, stmt->span, "'from ... import *' is not supported by Baton");
        names->items[i] = compiler_str_constant(c, name);
        if (c->failed) return false;
    }
    const char *module = stmt->as.import_from.module != NULL ? stmt->as.import_from.module : "";
    if (!compiler_load_constant(c, INT_VALUE(stmt->as.import_from.level)) ||
        !compiler_load_constant(c, OBJECT_VALUE(names)) || !compiler_emit_name(c, OP_IMPORT_NAME, module))
        return false;
    for (int i = 0; i < count; i++) {
        Alias *alias = &stmt->as.import_from.names[i];
        if (!compiler_emit_name(c, OP_IMPORT_FROM, alias->name) ||
            !compiler_nameop(c, alias->asname != NULL ? alias->asname : alias->name, CONTEXT_STORE))
            return false;
    }
    return compiler_emit(c, OP_POP_TOP, 0);
}

static bool compile_expr_stmt(Compiler *c, Stmt *stmt) {
    Expr *value = stmt->as.value;
    if (c->mode == COMPILE_INTERACTIVE && c->unit->parent == NULL) {
        if (!compile_expr(c, value)) return false;
        compiler_set_span(c, stmt->span);
        return compiler_emit(c, OP_PRINT_EXPR, 0);
    }
    if (value->kind == EXPR_CONSTANT) return true;
    if (!compile_expr(c, value)) return false;
    compiler_set_artificial(c);
    return compiler_emit(c, OP_POP_TOP, 0);
}

static bool compile_stmt_kind(Compiler *c, Stmt *stmt) {
    switch (stmt->kind) {
    case STMT_FUNCTION_DEF: return compile_function_def(c, stmt);
    case STMT_CLASS_DEF: return compile_class_def(c, stmt);
    case STMT_RETURN: return compile_return(c, stmt);
    case STMT_DELETE:
        for (int i = 0; i < stmt->as.targets.count; i++) {
            if (!compile_delete_target(c, stmt->as.targets.items[i])) return false;
        }
        return true;
    case STMT_ASSIGN: return compile_assign(c, stmt);
    case STMT_AUG_ASSIGN: return compile_aug_assign(c, stmt);
    case STMT_ANN_ASSIGN: return compile_ann_assign(c, stmt);
    case STMT_FOR: return stmt->as.for_loop.is_async ? compile_async_for(c, stmt) : compile_for(c, stmt);
    case STMT_WHILE: return compile_while(c, stmt);
    case STMT_IF: return compile_if(c, stmt);
    case STMT_WITH: return compile_with(c, stmt);
    case STMT_RAISE: return compile_raise(c, stmt);
    case STMT_TRY: return compile_try(c, stmt);
    case STMT_ASSERT: return compile_assert(c, stmt);
    case STMT_IMPORT: return compile_import(c, stmt);
    case STMT_IMPORT_FROM: return compile_import_from(c, stmt);
    case STMT_EXPR: return compile_expr_stmt(c, stmt);
    case STMT_BREAK: return compile_break_continue(c, true);
    case STMT_CONTINUE: return compile_break_continue(c, false);
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
    case STMT_PASS: return true;
    }
    return true;
}

bool compile_stmt(Compiler *c, Stmt *stmt) {
    if (!compiler_enter_depth(c)) return false;
    compiler_set_span(c, stmt->span);
    bool ok = compile_stmt_kind(c, stmt);
    c->depth--;
    return ok && !c->failed;
}
