/* parser_stmt.c: the statement grammar: simple statements (assignments,
 * imports, return, raise...) and compound ones (if, while, for, try, with,
 * def, class, decorators, async forms), with their blocks.
 *
 * Assignment targets are parsed as expressions and then checked and marked
 * Store (parser.c), as CPython's invalid_ rules do, which is what gives the
 * "cannot assign to ..." family of messages. */
#include "parser_internal.h"

#include <string.h>

/* ---- Helpers ---- */

static Stmt *new_stmt_from(Parser *p, StmtKind kind, const Token *first) {
    return parser_new_stmt(p, kind, parser_span_from(p, first));
}

/* A compound statement ends where its last block's last statement ends. */
static void stmt_end_at_block(Stmt *stmt, StmtList block) {
    if (block.count == 0) return;
    Span last = block.items[block.count - 1]->span;
    stmt->span.end_line = last.end_line;
    stmt->span.end_column = last.end_column;
}

/* The ':' after a header. `forced` headers (def, for, try, else, finally)
 * say "expected ':'" whatever follows; the others only before a newline. */
static bool expect_colon(Parser *p, bool forced) {
    if (parser_match(p, TOKEN_COLON)) return true;
    if (forced || parser_check(p, TOKEN_NEWLINE)) return parser_expect_forced(p, TOKEN_COLON);
    return parser_syntax_error(p);
}

/* The body of a compound statement: an indented block, or simple
 * statements on the header's line. `owner` names the statement for
 * "expected an indented block after ..." */
static bool parse_block(Parser *p, StmtList *block, const char *owner, int header_line) {
    PtrVec body;
    vec_init(&body);
    if (parser_match(p, TOKEN_NEWLINE)) {
        Token *token = parser_peek(p);
        if (p->failed) return false;
        if (token->kind != TOKEN_INDENT) {
            bool at_end = token->kind == TOKEN_ENDMARKER || (token->kind == TOKEN_DEDENT && (token + 1)->kind != TOKEN_NAME &&
                                                             token->start >= p->lexer.source + p->lexer.length);
            const Token *where = at_end ? parser_previous(p) : token;
            int end_line = at_end ? 0 : where->end_line, end_column = at_end ? 0 : where->end_column;
            parser_error_at(p, "IndentationError", where->line, where->column, end_line, end_column,
                            "expected an indented block after %s on line %d", owner, header_line);
            p->error->incomplete = at_end;
            return false;
        }
        parser_advance(p);
        if (!parse_statements_until(p, &body, TOKEN_DEDENT)) return false;
        parser_advance(p);
    } else if (!parse_statement(p, &body)) {
        return false;
    }
    *block = vec_to_stmts(p, &body);
    return true;
}

bool parse_statements_until(Parser *p, PtrVec *body, TokenKind end) {
    while (!parser_check(p, end)) {
        if (p->failed || !parse_statement(p, body)) return false;
    }
    return !p->failed;
}

/* ---- Simple statements ---- */

static Expr *parse_assignment_value(Parser *p) {
    return parser_check(p, TOKEN_KW_YIELD) ? parse_yield_expression(p) : parse_star_expressions(p);
}

static int augmented_operator(TokenKind kind) {
    switch (kind) {
    case TOKEN_PLUSEQUAL: return PARSER_OP_ADD;
    case TOKEN_MINEQUAL: return PARSER_OP_SUBTRACT;
    case TOKEN_STAREQUAL: return PARSER_OP_MULTIPLY;
    case TOKEN_SLASHEQUAL: return PARSER_OP_TRUE_DIVIDE;
    case TOKEN_DOUBLESLASHEQUAL: return PARSER_OP_FLOOR_DIVIDE;
    case TOKEN_PERCENTEQUAL: return PARSER_OP_REMAINDER;
    case TOKEN_ATEQUAL: return PARSER_OP_MATRIX_MULTIPLY;
    case TOKEN_AMPEREQUAL: return PARSER_OP_AND;
    case TOKEN_VBAREQUAL: return PARSER_OP_OR;
    case TOKEN_CIRCUMFLEXEQUAL: return PARSER_OP_XOR;
    case TOKEN_LEFTSHIFTEQUAL: return PARSER_OP_LSHIFT;
    case TOKEN_RIGHTSHIFTEQUAL: return PARSER_OP_RSHIFT;
    case TOKEN_DOUBLESTAREQUAL: return PARSER_OP_POWER;
    default: return -1;
    }
}

static bool is_single_target(const Expr *e) {
    return e->kind == EXPR_NAME || e->kind == EXPR_ATTRIBUTE || e->kind == EXPR_SUBSCRIPT;
}

static Stmt *parse_annotated(Parser *p, const Token *first, Expr *target) {
    if (target->kind == EXPR_TUPLE || target->kind == EXPR_LIST)
        return parser_error_span(p, target->span, "only single target (not %s) can be annotated",
                                 target->kind == EXPR_TUPLE ? "tuple" : "list"), NULL;
    if (!is_single_target(target)) return parser_error_span(p, target->span, "illegal target for annotation"), NULL;
    target->context = CONTEXT_STORE;
    parser_advance(p);
    Expr *annotation = parse_expression(p);
    if (annotation == NULL) return NULL;
    Expr *value = NULL;
    if (parser_match(p, TOKEN_EQUAL) && (value = parse_assignment_value(p)) == NULL) return NULL;
    Stmt *stmt = new_stmt_from(p, STMT_ANN_ASSIGN, first);
    stmt->as.ann_assign.target = target;
    stmt->as.ann_assign.annotation = annotation;
    stmt->as.ann_assign.value = value;
    stmt->as.ann_assign.simple = target->kind == EXPR_NAME && first->kind != TOKEN_LPAR;
    return stmt;
}

static Stmt *parse_augmented(Parser *p, const Token *first, Expr *target, int op) {
    if (!is_single_target(target))
        return parser_error_span(p, target->span, "'%s' is an illegal expression for augmented assignment",
                                 parser_expr_name(target)), NULL;
    target->context = CONTEXT_STORE;
    parser_advance(p);
    Expr *value = parse_assignment_value(p);
    if (value == NULL) return NULL;
    Stmt *stmt = new_stmt_from(p, STMT_AUG_ASSIGN, first);
    stmt->as.aug_assign.target = target;
    stmt->as.aug_assign.op = op;
    stmt->as.aug_assign.value = value;
    return stmt;
}

static Stmt *parse_assignment(Parser *p, const Token *first, Expr *target) {
    PtrVec items;
    vec_init(&items);
    vec_push(p, &items, target);
    while (parser_match(p, TOKEN_EQUAL)) {
        Expr *item = parse_assignment_value(p);
        if (item == NULL) return NULL;
        vec_push(p, &items, item);
    }
    for (int i = 0; i < items.count - 1; i++) {
        if (!parser_check_assignment(p, items.items[i], items.count == 2)) return NULL;
    }
    Stmt *stmt = new_stmt_from(p, STMT_ASSIGN, first);
    items.count--;
    stmt->as.assign.targets = vec_to_exprs(p, &items);
    stmt->as.assign.value = items.items[items.count];
    return stmt;
}

/* An expression statement or any kind of assignment. */
static Stmt *parse_expression_statement(Parser *p) {
    const Token *first = parser_peek(p);
    Expr *expr = parse_assignment_value(p);
    if (expr == NULL) return NULL;
    if (parser_check(p, TOKEN_COLON)) return parse_annotated(p, first, expr);
    if (parser_check(p, TOKEN_COLONEQUAL) && expr->kind != EXPR_NAME)
        return parser_error_span(p, expr->span, "cannot use assignment expressions with %s", parser_expr_name(expr)), NULL;
    int op = augmented_operator(parser_peek(p)->kind);
    if (op >= 0) return parse_augmented(p, first, expr, op);
    if (parser_check(p, TOKEN_EQUAL)) return parse_assignment(p, first, expr);
    Stmt *stmt = new_stmt_from(p, STMT_EXPR, first);
    stmt->as.value = expr;
    return stmt;
}

static Stmt *parse_names_statement(Parser *p, StmtKind kind) {
    const Token *first = parser_advance(p);
    PtrVec names;
    vec_init(&names);
    do {
        const Token *name = parser_peek(p);
        if (!parser_expect(p, TOKEN_NAME)) return NULL;
        vec_push(p, &names, (void *)parser_identifier(p, name));
    } while (parser_match(p, TOKEN_COMMA));
    Stmt *stmt = new_stmt_from(p, kind, first);
    stmt->as.names.count = names.count;
    stmt->as.names.names = arena_allocate(p->arena, sizeof(Identifier) * (size_t)names.count);
    memcpy(stmt->as.names.names, names.items, sizeof(Identifier) * (size_t)names.count);
    return stmt;
}

static Stmt *parse_delete(Parser *p) {
    const Token *first = parser_advance(p);
    PtrVec targets;
    vec_init(&targets);
    do {
        const Token *next = parser_peek(p);
        if (!parser_starts_expression(next) && next->kind != TOKEN_STAR) {
            if (targets.count > 0) break;
            return parser_syntax_error(p), NULL;
        }
        Expr *target = parser_check(p, TOKEN_STAR) ? parse_star_expressions(p) : parse_expression(p);
        if (target == NULL || !parser_set_context(p, target, CONTEXT_DELETE)) return NULL;
        vec_push(p, &targets, target);
    } while (parser_match(p, TOKEN_COMMA));
    Stmt *stmt = new_stmt_from(p, STMT_DELETE, first);
    stmt->as.targets = vec_to_exprs(p, &targets);
    return stmt;
}

static Stmt *parse_return(Parser *p) {
    const Token *first = parser_advance(p);
    Expr *value = NULL;
    if (parser_starts_expression(parser_peek(p)) || parser_check(p, TOKEN_STAR)) {
        value = parse_star_expressions(p);
        if (value == NULL) return NULL;
    }
    Stmt *stmt = new_stmt_from(p, STMT_RETURN, first);
    stmt->as.value = value;
    return stmt;
}

static Stmt *parse_raise(Parser *p) {
    const Token *first = parser_advance(p);
    Expr *exception = NULL, *cause = NULL;
    if (parser_starts_expression(parser_peek(p))) {
        exception = parse_expression(p);
        if (exception == NULL) return NULL;
        if (parser_match(p, TOKEN_KW_FROM) && (cause = parse_expression(p)) == NULL) return NULL;
    }
    Stmt *stmt = new_stmt_from(p, STMT_RAISE, first);
    stmt->as.raise.exception = exception;
    stmt->as.raise.cause = cause;
    return stmt;
}

static Stmt *parse_assert(Parser *p) {
    const Token *first = parser_advance(p);
    Expr *test = parse_expression(p), *message = NULL;
    if (test == NULL) return NULL;
    if (parser_match(p, TOKEN_COMMA) && (message = parse_expression(p)) == NULL) return NULL;
    Stmt *stmt = new_stmt_from(p, STMT_ASSERT, first);
    stmt->as.assert_stmt.test = test;
    stmt->as.assert_stmt.message = message;
    return stmt;
}

/* ---- Imports ---- */

/* a.b.c as one arena string. */
static Identifier parse_dotted_name(Parser *p) {
    const Token *first = parser_peek(p);
    if (!parser_expect(p, TOKEN_NAME)) return NULL;
    size_t length = first->length;
    char buffer[1024];
    if (length >= sizeof buffer) return parser_error_token(p, first, "name too long"), NULL;
    memcpy(buffer, first->start, length);
    while (parser_check(p, TOKEN_DOT)) {
        parser_advance(p);
        const Token *name = parser_peek(p);
        if (!parser_expect(p, TOKEN_NAME)) return NULL;
        if (length + 1 + name->length >= sizeof buffer) return parser_error_token(p, name, "name too long"), NULL;
        buffer[length++] = '.';
        memcpy(buffer + length, name->start, name->length);
        length += name->length;
    }
    return arena_strndup(p->arena, buffer, length);
}

/* name ['as' NAME], dotted for `import`, plain for `from ... import`. */
static bool parse_alias(Parser *p, PtrVec *aliases, bool dotted) {
    const Token *first = parser_peek(p);
    Alias *alias = arena_allocate(p->arena, sizeof(Alias));
    if (dotted) {
        alias->name = parse_dotted_name(p);
    } else {
        if (!parser_expect(p, TOKEN_NAME)) return false;
        alias->name = parser_identifier(p, first);
    }
    if (alias->name == NULL) return false;
    if (parser_match(p, TOKEN_KW_AS)) {
        const Token *name = parser_peek(p);
        if (!parser_expect(p, TOKEN_NAME)) return false;
        alias->asname = parser_identifier(p, name);
    }
    alias->span = parser_span_from(p, first);
    vec_push(p, aliases, alias);
    return true;
}

static Alias *aliases_from(Parser *p, PtrVec *aliases) {
    Alias *array = arena_allocate(p->arena, sizeof(Alias) * (size_t)(aliases->count + 1));
    for (int i = 0; i < aliases->count; i++) array[i] = *(Alias *)aliases->items[i];
    return array;
}

static Stmt *parse_import(Parser *p) {
    const Token *first = parser_advance(p);
    PtrVec aliases;
    vec_init(&aliases);
    do {
        if (!parse_alias(p, &aliases, true)) return NULL;
    } while (parser_match(p, TOKEN_COMMA));
    Stmt *stmt = new_stmt_from(p, STMT_IMPORT, first);
    stmt->as.import.count = aliases.count;
    stmt->as.import.names = aliases_from(p, &aliases);
    return stmt;
}

/* The names after `from x import`: *, (a, b,), or a, b. */
static bool parse_import_names(Parser *p, PtrVec *aliases) {
    const Token *star = parser_peek(p);
    if (parser_match(p, TOKEN_STAR)) {
        Alias *alias = arena_allocate(p->arena, sizeof(Alias));
        alias->name = "*";
        alias->span = parser_span_from(p, star);
        vec_push(p, aliases, alias);
        return true;
    }
    bool parenthesized = parser_match(p, TOKEN_LPAR);
    do {
        if (parenthesized && aliases->count > 0 && parser_check(p, TOKEN_RPAR)) break;
        if (!parenthesized && aliases->count > 0 && parser_check(p, TOKEN_NEWLINE)) {
            const Token *next = parser_peek(p);
            return parser_error_at(p, "SyntaxError", next->line, next->column, next->line, next->column,
                                   "trailing comma not allowed without surrounding parentheses");
        }
        if (!parse_alias(p, aliases, false)) return false;
    } while (parser_match(p, TOKEN_COMMA));
    return !parenthesized || parser_expect(p, TOKEN_RPAR);
}

static Stmt *parse_from_import(Parser *p) {
    const Token *first = parser_advance(p);
    int level = 0;
    for (;;) {
        if (parser_match(p, TOKEN_DOT)) level++;
        else if (parser_match(p, TOKEN_ELLIPSIS)) level += 3;
        else break;
    }
    Identifier module = NULL;
    if (level == 0 || !parser_check(p, TOKEN_KW_IMPORT)) {
        module = parse_dotted_name(p);
        if (module == NULL) return NULL;
    }
    if (!parser_expect(p, TOKEN_KW_IMPORT)) return NULL;
    PtrVec aliases;
    vec_init(&aliases);
    if (!parse_import_names(p, &aliases)) return NULL;
    Stmt *stmt = new_stmt_from(p, STMT_IMPORT_FROM, first);
    stmt->as.import_from.module = module;
    stmt->as.import_from.level = level;
    stmt->as.import_from.count = aliases.count;
    stmt->as.import_from.names = aliases_from(p, &aliases);
    return stmt;
}

static Stmt *parse_simple_statement(Parser *p) {
    const Token *first = parser_peek(p);
    switch (first->kind) {
    case TOKEN_KW_PASS: parser_advance(p); return new_stmt_from(p, STMT_PASS, first);
    case TOKEN_KW_BREAK: parser_advance(p); return new_stmt_from(p, STMT_BREAK, first);
    case TOKEN_KW_CONTINUE: parser_advance(p); return new_stmt_from(p, STMT_CONTINUE, first);
    case TOKEN_KW_RETURN: return parse_return(p);
    case TOKEN_KW_RAISE: return parse_raise(p);
    case TOKEN_KW_GLOBAL: return parse_names_statement(p, STMT_GLOBAL);
    case TOKEN_KW_NONLOCAL: return parse_names_statement(p, STMT_NONLOCAL);
    case TOKEN_KW_DEL: return parse_delete(p);
    case TOKEN_KW_ASSERT: return parse_assert(p);
    case TOKEN_KW_IMPORT: return parse_import(p);
    case TOKEN_KW_FROM: return parse_from_import(p);
    default: return parse_expression_statement(p);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static bool parse_simple_statements(Parser *p, PtrVec *body) {
    do {
        if (parser_check(p, TOKEN_NEWLINE) && body->count > 0) break;
        Stmt *stmt = parse_simple_statement(p);
        if (stmt == NULL) return false;
        vec_push(p, body, stmt);
    } while (parser_match(p, TOKEN_SEMI));
    return parser_expect(p, TOKEN_NEWLINE);
}

/* ---- Compound statements ---- */

static Stmt *parse_if(Parser *p, const char *owner) {
    const Token *first = parser_advance(p);
    Expr *test = parse_named_expression(p);
    if (test == NULL || !expect_colon(p, false)) return NULL;
    Stmt *stmt = parser_new_stmt(p, STMT_IF, parser_span_from(p, first));
    stmt->as.if_stmt.test = test;
    if (!parse_block(p, &stmt->as.if_stmt.body, owner, first->line)) return NULL;
    stmt_end_at_block(stmt, stmt->as.if_stmt.body);
    if (parser_check(p, TOKEN_KW_ELIF)) {
        Stmt *elif = parse_if(p, "'elif' statement");
        if (elif == NULL) return NULL;
        stmt->as.if_stmt.orelse = (StmtList){1, arena_allocate(p->arena, sizeof(Stmt *))};
        stmt->as.if_stmt.orelse.items[0] = elif;
        stmt_end_at_block(stmt, stmt->as.if_stmt.orelse);
    } else if (parser_check(p, TOKEN_KW_ELSE)) {
        const Token *keyword = parser_advance(p);
        if (!expect_colon(p, true) || !parse_block(p, &stmt->as.if_stmt.orelse, "'else' statement", keyword->line))
            return NULL;
        stmt_end_at_block(stmt, stmt->as.if_stmt.orelse);
    }
    return stmt;
}

/* An optional `else:` block of while and for. */
static bool parse_else_block(Parser *p, Stmt *stmt, StmtList *orelse) {
    if (!parser_check(p, TOKEN_KW_ELSE)) return true;
    const Token *keyword = parser_advance(p);
    if (!expect_colon(p, true) || !parse_block(p, orelse, "'else' statement", keyword->line)) return false;
    stmt_end_at_block(stmt, *orelse);
    return true;
}

static Stmt *parse_while(Parser *p) {
    const Token *first = parser_advance(p);
    Expr *test = parse_named_expression(p);
    if (test == NULL || !expect_colon(p, false)) return NULL;
    Stmt *stmt = parser_new_stmt(p, STMT_WHILE, parser_span_from(p, first));
    stmt->as.while_loop.test = test;
    if (!parse_block(p, &stmt->as.while_loop.body, "'while' statement", first->line)) return NULL;
    stmt_end_at_block(stmt, stmt->as.while_loop.body);
    return parse_else_block(p, stmt, &stmt->as.while_loop.orelse) ? stmt : NULL;
}

static Stmt *parse_for(Parser *p, const Token *first, bool is_async) {
    const Token *keyword = parser_advance(p);
    Expr *target = parse_star_targets(p);
    if (target == NULL || !parser_expect(p, TOKEN_KW_IN)) return NULL;
    Expr *iter = parse_star_expressions(p);
    if (iter == NULL || !expect_colon(p, true)) return NULL;
    Stmt *stmt = parser_new_stmt(p, STMT_FOR, parser_span_from(p, first));
    stmt->as.for_loop.target = target;
    stmt->as.for_loop.iter = iter;
    stmt->as.for_loop.is_async = is_async;
    if (!parse_block(p, &stmt->as.for_loop.body, "'for' statement", keyword->line)) return NULL;
    stmt_end_at_block(stmt, stmt->as.for_loop.body);
    return parse_else_block(p, stmt, &stmt->as.for_loop.orelse) ? stmt : NULL;
}

static bool parse_with_item(Parser *p, PtrVec *items) {
    WithItem *item = arena_allocate(p->arena, sizeof(WithItem));
    item->context_expr = parse_expression(p);
    if (item->context_expr == NULL) return false;
    if (parser_match(p, TOKEN_KW_AS)) {
        item->optional_vars = parse_single_target(p);
        if (item->optional_vars == NULL) return false;
    }
    vec_push(p, items, item);
    return true;
}

/* `with (a as b, c):` is the parenthesized form when the ')' matching the
 * '(' is followed by ':'; otherwise the '(' starts an expression. */
static bool with_is_parenthesized(Parser *p) {
    if (!parser_check(p, TOKEN_LPAR)) return false;
    const Token *open = parser_peek(p);
    for (const Token *t = open + 1; t->kind != TOKEN_ENDMARKER && t->kind != TOKEN_ERROR; t++) {
        if (t->kind == TOKEN_RPAR && t->level == open->level - 1) return (t + 1)->kind == TOKEN_COLON;
    }
    return false;
}

static Stmt *parse_with(Parser *p, const Token *first, bool is_async) {
    const Token *keyword = parser_advance(p);
    PtrVec items;
    vec_init(&items);
    bool parenthesized = with_is_parenthesized(p);
    if (parenthesized) parser_advance(p);
    do {
        if (parenthesized && items.count > 0 && parser_check(p, TOKEN_RPAR)) break;
        if (!parse_with_item(p, &items)) return NULL;
    } while (parser_match(p, TOKEN_COMMA));
    if ((parenthesized && !parser_expect(p, TOKEN_RPAR)) || !expect_colon(p, false)) return NULL;
    Stmt *stmt = parser_new_stmt(p, STMT_WITH, parser_span_from(p, first));
    stmt->as.with.is_async = is_async;
    stmt->as.with.count = items.count;
    stmt->as.with.items = arena_allocate(p->arena, sizeof(WithItem) * (size_t)items.count);
    for (int i = 0; i < items.count; i++) stmt->as.with.items[i] = *(WithItem *)items.items[i];
    if (!parse_block(p, &stmt->as.with.body, "'with' statement", keyword->line)) return NULL;
    stmt_end_at_block(stmt, stmt->as.with.body);
    return stmt;
}

static bool parse_except(Parser *p, PtrVec *handlers) {
    const Token *first = parser_advance(p);
    if (parser_check(p, TOKEN_STAR))
        return parser_error_token(p, parser_peek(p), "except* (exception groups) is not supported by Baton");
    ExceptHandler *handler = arena_allocate(p->arena, sizeof(ExceptHandler));
    if (!parser_check(p, TOKEN_COLON) && !parser_check(p, TOKEN_NEWLINE)) {
        const Token *start = parser_peek(p);
        handler->type = parse_expression(p);
        if (handler->type == NULL) return false;
        if (parser_check(p, TOKEN_COMMA)) {
            (void)start;
            return parser_error_span(p, handler->type->span, "multiple exception types must be parenthesized");
        }
        if (parser_match(p, TOKEN_KW_AS)) {
            const Token *name = parser_peek(p);
            if (!parser_expect(p, TOKEN_NAME)) return false;
            handler->name = parser_identifier(p, name);
        }
    }
    if (!expect_colon(p, false) || !parse_block(p, &handler->body, "'except' statement", first->line)) return false;
    handler->span = parser_span_from(p, first);
    if (handler->body.count > 0) {
        Span last = handler->body.items[handler->body.count - 1]->span;
        handler->span.end_line = last.end_line;
        handler->span.end_column = last.end_column;
    }
    vec_push(p, handlers, handler);
    return true;
}

static Stmt *parse_try(Parser *p) {
    const Token *first = parser_advance(p);
    if (!expect_colon(p, true)) return NULL;
    Stmt *stmt = parser_new_stmt(p, STMT_TRY, parser_span_from(p, first));
    if (!parse_block(p, &stmt->as.try_stmt.body, "'try' statement", first->line)) return NULL;
    stmt_end_at_block(stmt, stmt->as.try_stmt.body);
    PtrVec handlers;
    vec_init(&handlers);
    while (parser_check(p, TOKEN_KW_EXCEPT)) {
        if (!parse_except(p, &handlers)) return NULL;
        stmt->span.end_line = ((ExceptHandler *)handlers.items[handlers.count - 1])->span.end_line;
        stmt->span.end_column = ((ExceptHandler *)handlers.items[handlers.count - 1])->span.end_column;
    }
    stmt->as.try_stmt.handler_count = handlers.count;
    stmt->as.try_stmt.handlers = arena_allocate(p->arena, sizeof(ExceptHandler) * (size_t)(handlers.count + 1));
    for (int i = 0; i < handlers.count; i++) stmt->as.try_stmt.handlers[i] = *(ExceptHandler *)handlers.items[i];
    if (handlers.count > 0 && !parse_else_block(p, stmt, &stmt->as.try_stmt.orelse)) return NULL;
    if (parser_check(p, TOKEN_KW_FINALLY)) {
        const Token *keyword = parser_advance(p);
        if (!expect_colon(p, true) ||
            !parse_block(p, &stmt->as.try_stmt.finalbody, "'finally' statement", keyword->line))
            return NULL;
        stmt_end_at_block(stmt, stmt->as.try_stmt.finalbody);
    } else if (handlers.count == 0) {
        if (p->failed) return NULL;
        return parser_error_token(p, parser_peek(p), "expected 'except' or 'finally' block"), NULL;
    }
    return stmt;
}

static Stmt *parse_function(Parser *p, const Token *first, bool is_async, ExprList decorators) {
    const Token *keyword = parser_advance(p);
    const Token *name = parser_peek(p);
    if (!parser_expect(p, TOKEN_NAME) || !parser_expect_forced(p, TOKEN_LPAR)) return NULL;
    Arguments *arguments = parse_parameters(p, TOKEN_RPAR, true);
    if (arguments == NULL || !parser_expect(p, TOKEN_RPAR)) return NULL;
    Expr *returns = NULL;
    if (parser_match(p, TOKEN_RARROW) && (returns = parse_expression(p)) == NULL) return NULL;
    if (!expect_colon(p, true)) return NULL;
    Stmt *stmt = parser_new_stmt(p, STMT_FUNCTION_DEF, parser_span_from(p, first));
    stmt->as.function_def.name = parser_identifier(p, name);
    stmt->as.function_def.arguments = arguments;
    stmt->as.function_def.returns = returns;
    stmt->as.function_def.is_async = is_async;
    stmt->as.function_def.decorators = decorators;
    if (!parse_block(p, &stmt->as.function_def.body, "function definition", keyword->line)) return NULL;
    stmt_end_at_block(stmt, stmt->as.function_def.body);
    return stmt;
}

static Stmt *parse_class(Parser *p, ExprList decorators) {
    const Token *first = parser_advance(p);
    const Token *name = parser_peek(p);
    if (!parser_expect(p, TOKEN_NAME)) return NULL;
    Expr call;
    memset(&call, 0, sizeof call);
    if (parser_check(p, TOKEN_LPAR) && !parse_call_arguments(p, &call)) return NULL;
    if (!expect_colon(p, false)) return NULL;
    Stmt *stmt = parser_new_stmt(p, STMT_CLASS_DEF, parser_span_from(p, first));
    stmt->as.class_def.name = parser_identifier(p, name);
    stmt->as.class_def.bases = call.as.call.arguments;
    stmt->as.class_def.keyword_count = call.as.call.keyword_count;
    stmt->as.class_def.keywords = call.as.call.keywords;
    stmt->as.class_def.decorators = decorators;
    if (!parse_block(p, &stmt->as.class_def.body, "class definition", first->line)) return NULL;
    stmt_end_at_block(stmt, stmt->as.class_def.body);
    return stmt;
}

/* async def / async with / async for */
static Stmt *parse_async(Parser *p, ExprList decorators) {
    const Token *first = parser_advance(p);
    switch (parser_peek(p)->kind) {
    case TOKEN_KW_DEF: return parse_function(p, first, true, decorators);
    case TOKEN_KW_WITH: if (decorators.count == 0) return parse_with(p, first, true); break;
    case TOKEN_KW_FOR: if (decorators.count == 0) return parse_for(p, first, true); break;
    default: break;
    }
    return parser_syntax_error(p), NULL;
}

static Stmt *parse_decorated(Parser *p) {
    PtrVec decorators;
    vec_init(&decorators);
    while (parser_match(p, TOKEN_AT)) {
        Expr *decorator = parse_named_expression(p);
        if (decorator == NULL || !parser_expect(p, TOKEN_NEWLINE)) return NULL;
        vec_push(p, &decorators, decorator);
    }
    ExprList list = vec_to_exprs(p, &decorators);
    const Token *first = parser_peek(p);
    switch (first->kind) {
    case TOKEN_KW_DEF: return parse_function(p, first, false, list);
    case TOKEN_KW_CLASS: return parse_class(p, list);
    case TOKEN_KW_ASYNC: return parse_async(p, list);
    default:
        parser_syntax_error(p);
        if (first->kind == TOKEN_ENDMARKER) p->error->incomplete = true;
        return NULL;
    }
}

/* `match subject:` followed by an indented `case`: a match statement,
 * which the subset refuses (`match` stays an ordinary name elsewhere). */
static bool is_match_statement(Parser *p) {
    const Token *first = parser_peek(p);
    if (first->kind != TOKEN_NAME || first->length != 5 || memcmp(first->start, "match", 5) != 0) return false;
    const Token *t = first + 1;
    if (!parser_starts_expression(t) && t->kind != TOKEN_STAR) return false;
    while (t->kind != TOKEN_NEWLINE && t->kind != TOKEN_ENDMARKER && t->kind != TOKEN_ERROR) t++;
    if (t->kind != TOKEN_NEWLINE || (t - 1)->kind != TOKEN_COLON) return false;
    return (t + 1)->kind == TOKEN_INDENT && (t + 2)->kind == TOKEN_NAME && (t + 2)->length == 4 &&
           memcmp((t + 2)->start, "case", 4) == 0;
}

static Stmt *parse_compound(Parser *p) {
    const Token *first = parser_peek(p);
    ExprList none = {0, NULL};
    switch (first->kind) {
    case TOKEN_KW_IF: return parse_if(p, "'if' statement");
    case TOKEN_KW_WHILE: return parse_while(p);
    case TOKEN_KW_FOR: return parse_for(p, first, false);
    case TOKEN_KW_TRY: return parse_try(p);
    case TOKEN_KW_WITH: return parse_with(p, first, false);
    case TOKEN_KW_DEF: return parse_function(p, first, false, none);
    case TOKEN_KW_CLASS: return parse_class(p, none);
    case TOKEN_KW_ASYNC: return parse_async(p, none);
    case TOKEN_AT: return parse_decorated(p);
    default: return NULL;
    }
}

/* One statement line: a compound statement, or simple statements up to
 * NEWLINE (appended to `body`). */
bool parse_statement(Parser *p, PtrVec *body) {
    const Token *first = parser_peek(p);
    if (p->failed) return false;
    switch (first->kind) {
    case TOKEN_KW_IF: case TOKEN_KW_WHILE: case TOKEN_KW_FOR: case TOKEN_KW_TRY: case TOKEN_KW_WITH:
    case TOKEN_KW_DEF: case TOKEN_KW_CLASS: case TOKEN_KW_ASYNC: case TOKEN_AT: {
        if (!parser_enter(p)) return false;
        Stmt *stmt = parse_compound(p);
        parser_leave(p);
        if (stmt == NULL) return false;
        vec_push(p, body, stmt);
        return true;
    }
    case TOKEN_INDENT: case TOKEN_DEDENT:
        return parser_syntax_error(p);
    default:
        if (is_match_statement(p))
            return parser_error_token(p, first, "match statements are not supported by Baton");
        return parse_simple_statements(p, body);
    }
}
