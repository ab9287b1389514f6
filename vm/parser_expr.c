/* parser_expr.c: the expression grammar, from lambda and conditional
 * expressions down to atoms, plus call arguments, subscripts, displays,
 * comprehensions, parameters and assignment targets.
 *
 * One function per precedence level of CPython 3.11's grammar, so operator
 * precedence and associativity are CPython's. Where CPython's second
 * "invalid_" pass finds a specific error (a forgotten comma, print without
 * parentheses, `=` for `==`), the same check happens here at the point the
 * parser would otherwise give up, with a short speculative parse. */
#include "parser_internal.h"

#include <string.h>

static Expr *parse_atom(Parser *p);
static Expr *parse_primary(Parser *p);

bool parser_starts_expression(const Token *token) {
    switch (token->kind) {
    case TOKEN_NAME: case TOKEN_NUMBER: case TOKEN_STRING: case TOKEN_LPAR: case TOKEN_LSQB: case TOKEN_LBRACE:
    case TOKEN_MINUS: case TOKEN_PLUS: case TOKEN_TILDE: case TOKEN_KW_NOT: case TOKEN_KW_LAMBDA:
    case TOKEN_KW_AWAIT: case TOKEN_KW_NONE: case TOKEN_KW_TRUE: case TOKEN_KW_FALSE: case TOKEN_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool token_is(const Token *token, const char *text) {
    return token->kind == TOKEN_NAME && token->length == strlen(text) && memcmp(token->start, text, token->length) == 0;
}

static bool is_soft_keyword(const Token *token) {
    return token_is(token, "match") || token_is(token, "case") || token_is(token, "_");
}

static bool starts_comprehension(Parser *p) {
    return parser_check(p, TOKEN_KW_FOR) || (parser_check(p, TOKEN_KW_ASYNC) && parser_peek_at(p, 1)->kind == TOKEN_KW_FOR);
}

/* Run `parse` speculatively from the cursor: on success keep its result,
 * on failure forget the error and put the cursor back. The checks that
 * find specific errors are off meanwhile, as in CPython's grammar. */
static Expr *parser_try(Parser *p, Expr *(*parse)(Parser *)) {
    int pos = p->pos, depth = p->depth;
    bool no_invalid = p->no_invalid;
    ParseError saved = *p->error;
    p->no_invalid = true;
    Expr *result = parse(p);
    p->no_invalid = no_invalid;
    if (result == NULL && !p->lexer_error_reported && !p->too_deep) {
        p->failed = false;
        p->indent_error = false;
        *p->error = saved;
        p->pos = pos;
        p->depth = depth;
    }
    return result;
}

/* `a b` where an operator or comma was due: CPython's "Perhaps you forgot a
 * comma?" inside brackets, and its hint for Python 2's print statement. */
static bool check_juxtaposed(Parser *p, Expr *a, const Token *first) {
    if (p->no_invalid || p->failed || !parser_starts_expression(parser_peek(p))) return !p->failed;
    bool legacy = a->kind == EXPR_NAME && (strcmp(a->as.name, "print") == 0 || strcmp(a->as.name, "exec") == 0);
    bool inside = parser_previous(p)->level > 0;
    if (!legacy && !inside) return true;
    if (!legacy && ((first->kind == TOKEN_NAME && (first + 1)->kind == TOKEN_STRING) || is_soft_keyword(first)))
        return true;
    Expr *b = parser_try(p, legacy ? parse_star_expressions : parse_expression);
    if (b == NULL) return !p->failed;
    Span span = parser_span_join(a->span, b->span);
    if (legacy)
        return parser_error_span(p, span, "Missing parentheses in call to '%s'. Did you mean %s(...)?", a->as.name,
                                 a->as.name);
    return parser_error_span(p, span, "invalid syntax. Perhaps you forgot a comma?");
}

/* ---- Lambda, conditional, named ---- */

static Expr *parse_lambda(Parser *p) {
    const Token *first = parser_advance(p);
    Arguments *arguments = parse_parameters(p, TOKEN_COLON, false);
    if (arguments == NULL || !parser_expect(p, TOKEN_COLON)) return NULL;
    Expr *body = parse_expression(p);
    if (body == NULL) return NULL;
    Expr *expr = parser_new_expr(p, EXPR_LAMBDA, parser_span_from(p, first));
    expr->as.lambda.arguments = arguments;
    expr->as.lambda.body = body;
    return expr;
}

static Expr *parse_expression_inner(Parser *p) {
    if (parser_check(p, TOKEN_KW_LAMBDA)) return parse_lambda(p);
    const Token *first = parser_peek(p);
    Expr *body = parse_disjunction(p);
    if (body == NULL) return NULL;
    if (!parser_check(p, TOKEN_KW_IF)) return check_juxtaposed(p, body, first) ? body : NULL;
    parser_advance(p);
    Expr *test = parse_disjunction(p);
    if (test == NULL) return NULL;
    if (!parser_match(p, TOKEN_KW_ELSE)) {
        if (!p->failed && !parser_check(p, TOKEN_COLON) && !p->no_invalid)
            return parser_error_span(p, parser_span_join(body->span, test->span),
                                     "expected 'else' after 'if' expression"), NULL;
        return parser_syntax_error(p), NULL;
    }
    Expr *orelse = parse_expression(p);
    if (orelse == NULL) return NULL;
    Expr *expr = parser_new_expr(p, EXPR_IF, parser_span_from(p, first));
    expr->as.if_expr.test = test;
    expr->as.if_expr.body = body;
    expr->as.if_expr.orelse = orelse;
    return expr;
}

Expr *parse_expression(Parser *p) {
    if (!parser_enter(p)) return NULL;
    Expr *expr = parse_expression_inner(p);
    parser_leave(p);
    return expr;
}

static Expr *parse_bitwise_or_then_check(Parser *p) {
    Expr *b = parse_bitwise_or(p);
    if (b != NULL && (parser_check(p, TOKEN_EQUAL) || parser_check(p, TOKEN_COLONEQUAL))) return parser_syntax_error(p), NULL;
    return b;
}

/* `x = 1` where an expression was due: CPython's hints about `==`. */
static bool check_misused_equal(Parser *p, Expr *a, const Token *first) {
    if (p->no_invalid || !parser_check(p, TOKEN_EQUAL)) return true;
    bool is_name = a->kind == EXPR_NAME && parser_previous(p) == first;
    bool excluded = a->kind == EXPR_LIST || a->kind == EXPR_TUPLE || a->kind == EXPR_GENERATOR ||
                    (a->kind == EXPR_CONSTANT && a->as.constant.kind <= CONSTANT_FALSE) || a->kind == EXPR_COMPARE ||
                    a->kind == EXPR_BOOL_OP || a->kind == EXPR_IF || a->kind == EXPR_LAMBDA ||
                    (a->kind == EXPR_UNARY && a->as.unary.op == UNARY_NOT);
    if (!is_name && excluded) return true;
    int pos = p->pos;
    parser_advance(p);
    Expr *b = parser_try(p, parse_bitwise_or_then_check);
    if (b == NULL) {
        p->pos = pos;
        return !p->failed;
    }
    if (is_name)
        return parser_error_span(p, parser_span_join(a->span, b->span),
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return parser_error_span(p, a->span, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             parser_expr_name(a));
}

Expr *parse_named_expression(Parser *p) {
    const Token *first = parser_peek(p);
    if (first->kind == TOKEN_NAME && parser_peek_at(p, 1)->kind == TOKEN_COLONEQUAL) {
        parser_advance(p);
        parser_advance(p);
        Expr *target = parser_new_expr(p, EXPR_NAME, parser_span_from(p, first));
        target->as.name = parser_identifier(p, first);
        target->span = (Span){first->line, first->column, first->end_line, first->end_column};
        target->context = CONTEXT_STORE;
        Expr *value = parse_expression(p);
        if (value == NULL) return NULL;
        Expr *expr = parser_new_expr(p, EXPR_NAMED, parser_span_from(p, first));
        expr->as.named.target = target;
        expr->as.named.value = value;
        return expr;
    }
    Expr *expr = parse_expression(p);
    if (expr == NULL) return NULL;
    if (parser_check(p, TOKEN_COLONEQUAL) && !p->no_invalid)
        return parser_error_span(p, expr->span, "cannot use assignment expressions with %s", parser_expr_name(expr)), NULL;
    return check_misused_equal(p, expr, first) ? expr : NULL;
}

static Expr *new_starred(Parser *p, const Token *first, Expr *value) {
    Expr *expr = parser_new_expr(p, EXPR_STARRED, parser_span_from(p, first));
    expr->as.value = value;
    return expr;
}

/* '*' bitwise_or, or an item parsed by `parse`. */
static Expr *parse_star_or(Parser *p, Expr *(*parse)(Parser *)) {
    const Token *first = parser_peek(p);
    if (!parser_match(p, TOKEN_STAR)) return parse(p);
    Expr *value = parse_bitwise_or(p);
    return value == NULL ? NULL : new_starred(p, first, value);
}

Expr *parse_star_named_expression(Parser *p) { return parse_star_or(p, parse_named_expression); }

static Expr *new_sequence(Parser *p, ExprKind kind, Span span, PtrVec *items) {
    Expr *expr = parser_new_expr(p, kind, span);
    expr->as.elements = vec_to_exprs(p, items);
    return expr;
}

/* Comma-separated items up to a token that cannot start one; a single item
 * without a comma is returned as it is, otherwise a Tuple. */
static Expr *parse_tuple_of(Parser *p, Expr *(*parse_item)(Parser *)) {
    const Token *first = parser_peek(p);
    Expr *item = parse_star_or(p, parse_item);
    if (item == NULL || !parser_check(p, TOKEN_COMMA)) return item;
    PtrVec items;
    vec_init(&items);
    vec_push(p, &items, item);
    while (parser_match(p, TOKEN_COMMA)) {
        const Token *next = parser_peek(p);
        if (!parser_starts_expression(next) && next->kind != TOKEN_STAR) break;
        item = parse_star_or(p, parse_item);
        if (item == NULL) return NULL;
        vec_push(p, &items, item);
    }
    return new_sequence(p, EXPR_TUPLE, parser_span_from(p, first), &items);
}

Expr *parse_star_expressions(Parser *p) { return parse_tuple_of(p, parse_expression); }

Expr *parse_yield_expression(Parser *p) {
    const Token *first = parser_advance(p);
    if (parser_match(p, TOKEN_KW_FROM)) {
        Expr *value = parse_expression(p);
        if (value == NULL) return NULL;
        Expr *expr = parser_new_expr(p, EXPR_YIELD_FROM, parser_span_from(p, first));
        expr->as.value = value;
        return expr;
    }
    Expr *value = NULL;
    if (parser_starts_expression(parser_peek(p)) || parser_check(p, TOKEN_STAR)) {
        value = parse_star_expressions(p);
        if (value == NULL) return NULL;
    }
    Expr *expr = parser_new_expr(p, EXPR_YIELD, parser_span_from(p, first));
    expr->as.value = value;
    return expr;
}

/* ---- Boolean operators and comparisons ---- */

static Expr *parse_bool_chain(Parser *p, TokenKind keyword, BoolOperator op, Expr *(*parse_operand)(Parser *)) {
    const Token *first = parser_peek(p);
    Expr *left = parse_operand(p);
    if (left == NULL || !parser_check(p, keyword)) return left;
    PtrVec values;
    vec_init(&values);
    vec_push(p, &values, left);
    while (parser_match(p, keyword)) {
        Expr *right = parse_operand(p);
        if (right == NULL) return NULL;
        vec_push(p, &values, right);
    }
    Expr *expr = parser_new_expr(p, EXPR_BOOL_OP, parser_span_from(p, first));
    expr->as.bool_op.op = op;
    expr->as.bool_op.values = vec_to_exprs(p, &values);
    return expr;
}

static Expr *parse_comparison(Parser *p);

static Expr *parse_inversion(Parser *p) {
    const Token *first = parser_peek(p);
    if (!parser_check(p, TOKEN_KW_NOT)) return parse_comparison(p);
    if (!parser_enter(p)) return NULL;
    parser_advance(p);
    Expr *operand = parse_inversion(p);
    parser_leave(p);
    if (operand == NULL) return NULL;
    Expr *expr = parser_new_expr(p, EXPR_UNARY, parser_span_from(p, first));
    expr->as.unary.op = UNARY_NOT;
    expr->as.unary.operand = operand;
    return expr;
}

static Expr *parse_conjunction(Parser *p) { return parse_bool_chain(p, TOKEN_KW_AND, BOOL_AND, parse_inversion); }

Expr *parse_disjunction(Parser *p) { return parse_bool_chain(p, TOKEN_KW_OR, BOOL_OR, parse_conjunction); }

/* The comparison operator at the cursor (consumed), or -1. */
static int match_compare_operator(Parser *p) {
    switch (parser_peek(p)->kind) {
    case TOKEN_LESS: parser_advance(p); return CMP_LT;
    case TOKEN_LESSEQUAL: parser_advance(p); return CMP_LE;
    case TOKEN_EQEQUAL: parser_advance(p); return CMP_EQ;
    case TOKEN_NOTEQUAL: parser_advance(p); return CMP_NE;
    case TOKEN_GREATER: parser_advance(p); return CMP_GT;
    case TOKEN_GREATEREQUAL: parser_advance(p); return CMP_GE;
    case TOKEN_KW_IN: parser_advance(p); return CMP_IN;
    case TOKEN_KW_IS:
        parser_advance(p);
        return parser_match(p, TOKEN_KW_NOT) ? CMP_IS_NOT : CMP_IS;
    case TOKEN_KW_NOT:
        if (parser_peek_at(p, 1)->kind != TOKEN_KW_IN) return -1;
        parser_advance(p);
        parser_advance(p);
        return CMP_NOT_IN;
    default:
        return -1;
    }
}

static Expr *parse_comparison(Parser *p) {
    const Token *first = parser_peek(p);
    Expr *left = parse_bitwise_or(p);
    if (left == NULL) return NULL;
    int op = match_compare_operator(p);
    if (op < 0) return left;
    PtrVec ops, comparators;
    vec_init(&ops);
    vec_init(&comparators);
    while (op >= 0) {
        Expr *right = parse_bitwise_or(p);
        if (right == NULL) return NULL;
        vec_push(p, &ops, (void *)(intptr_t)op);
        vec_push(p, &comparators, right);
        op = match_compare_operator(p);
    }
    Expr *expr = parser_new_expr(p, EXPR_COMPARE, parser_span_from(p, first));
    expr->as.compare.left = left;
    expr->as.compare.count = ops.count;
    expr->as.compare.ops = arena_allocate(p->arena, sizeof(CompareKind) * (size_t)ops.count);
    for (int i = 0; i < ops.count; i++) expr->as.compare.ops[i] = (CompareKind)(intptr_t)ops.items[i];
    expr->as.compare.comparators = vec_to_exprs(p, &comparators).items;
    return expr;
}

/* ---- Binary operators ---- */

/* One left-associative precedence level: its operators and the next level. */
typedef struct BinaryLevel {
    TokenKind tokens[5];   /* the operator tokens, TOKEN_ENDMARKER-terminated */
    int operators[5];      /* their BinaryOperator numbers */
    int next;              /* index of the tighter level, -1 for factor */
} BinaryLevel;

static const BinaryLevel binary_levels[] = {
    {{TOKEN_VBAR, TOKEN_ENDMARKER}, {PARSER_OP_OR}, 1},
    {{TOKEN_CIRCUMFLEX, TOKEN_ENDMARKER}, {PARSER_OP_XOR}, 2},
    {{TOKEN_AMPER, TOKEN_ENDMARKER}, {PARSER_OP_AND}, 3},
    {{TOKEN_LEFTSHIFT, TOKEN_RIGHTSHIFT, TOKEN_ENDMARKER}, {PARSER_OP_LSHIFT, PARSER_OP_RSHIFT}, 4},
    {{TOKEN_PLUS, TOKEN_MINUS, TOKEN_ENDMARKER}, {PARSER_OP_ADD, PARSER_OP_SUBTRACT}, 5},
    {{TOKEN_STAR, TOKEN_SLASH, TOKEN_DOUBLESLASH, TOKEN_PERCENT, TOKEN_AT},
     {PARSER_OP_MULTIPLY, PARSER_OP_TRUE_DIVIDE, PARSER_OP_FLOOR_DIVIDE, PARSER_OP_REMAINDER,
      PARSER_OP_MATRIX_MULTIPLY},
     -1},
};

static Expr *parse_factor(Parser *p);

static Expr *new_binary(Parser *p, const Token *first, Expr *left, int op, Expr *right) {
    Expr *expr = parser_new_expr(p, EXPR_BINARY, parser_span_from(p, first));
    expr->as.binary.left = left;
    expr->as.binary.op = op;
    expr->as.binary.right = right;
    return expr;
}

static int match_level_operator(Parser *p, const BinaryLevel *level) {
    TokenKind kind = parser_peek(p)->kind;
    for (int i = 0; i < 5 && level->tokens[i] != TOKEN_ENDMARKER; i++) {
        if (level->tokens[i] == kind) {
            parser_advance(p);
            return level->operators[i];
        }
    }
    return -1;
}

static Expr *parse_binary_level(Parser *p, int index) {
    const BinaryLevel *level = &binary_levels[index];
    const Token *first = parser_peek(p);
    Expr *left = level->next < 0 ? parse_factor(p) : parse_binary_level(p, level->next);
    while (left != NULL) {
        int op = match_level_operator(p, level);
        if (op < 0) break;
        Expr *right = level->next < 0 ? parse_factor(p) : parse_binary_level(p, level->next);
        if (right == NULL) return NULL;
        left = new_binary(p, first, left, op, right);
    }
    return left;
}

Expr *parse_bitwise_or(Parser *p) { return parse_binary_level(p, 0); }

static Expr *parse_power(Parser *p) {
    const Token *first = parser_peek(p);
    Expr *base;
    if (parser_match(p, TOKEN_KW_AWAIT)) {
        Expr *value = parse_primary(p);
        if (value == NULL) return NULL;
        base = parser_new_expr(p, EXPR_AWAIT, parser_span_from(p, first));
        base->as.value = value;
    } else {
        base = parse_primary(p);
    }
    if (base == NULL || !parser_match(p, TOKEN_DOUBLESTAR)) return base;
    if (!parser_enter(p)) return NULL;
    Expr *exponent = parse_factor(p);
    parser_leave(p);
    return exponent == NULL ? NULL : new_binary(p, first, base, PARSER_OP_POWER, exponent);
}

static Expr *parse_factor(Parser *p) {
    const Token *first = parser_peek(p);
    UnaryOperator op;
    switch (first->kind) {
    case TOKEN_MINUS: op = UNARY_MINUS; break;
    case TOKEN_PLUS: op = UNARY_PLUS; break;
    case TOKEN_TILDE: op = UNARY_INVERT; break;
    default: return parse_power(p);
    }
    if (!parser_enter(p)) return NULL;
    parser_advance(p);
    Expr *operand = parse_factor(p);
    parser_leave(p);
    if (operand == NULL) return NULL;
    Expr *expr = parser_new_expr(p, EXPR_UNARY, parser_span_from(p, first));
    expr->as.unary.op = op;
    expr->as.unary.operand = operand;
    return expr;
}

/* ---- Primaries: attributes, calls, subscripts ---- */

static Expr *parse_slice_item(Parser *p) {
    const Token *first = parser_peek(p);
    if (parser_check(p, TOKEN_STAR)) return parse_star_or(p, parse_expression);
    Expr *lower = NULL;
    if (!parser_check(p, TOKEN_COLON)) {
        lower = parse_named_expression(p);
        if (lower == NULL || !parser_check(p, TOKEN_COLON)) return lower;
        if (lower->kind == EXPR_NAMED) return parser_syntax_error(p), NULL;
    }
    Expr *parts[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
        if (!parser_match(p, TOKEN_COLON)) break;
        const Token *next = parser_peek(p);
        if (parser_starts_expression(next)) {
            parts[i] = parse_expression(p);
            if (parts[i] == NULL) return NULL;
        }
    }
    Expr *expr = parser_new_expr(p, EXPR_SLICE, parser_span_from(p, first));
    expr->as.slice.lower = lower;
    expr->as.slice.upper = parts[0];
    expr->as.slice.step = parts[1];
    return expr;
}

static Expr *parse_subscript(Parser *p, const Token *first, Expr *value) {
    parser_advance(p);
    const Token *start = parser_peek(p);
    Expr *index = parse_slice_item(p);
    if (index == NULL) return NULL;
    if (parser_check(p, TOKEN_COMMA) || index->kind == EXPR_STARRED) {
        PtrVec items;
        vec_init(&items);
        vec_push(p, &items, index);
        while (parser_match(p, TOKEN_COMMA) && !parser_check(p, TOKEN_RSQB)) {
            Expr *item = parse_slice_item(p);
            if (item == NULL) return NULL;
            vec_push(p, &items, item);
        }
        index = new_sequence(p, EXPR_TUPLE, parser_span_from(p, start), &items);
    }
    if (!parser_expect(p, TOKEN_RSQB)) return NULL;
    Expr *expr = parser_new_expr(p, EXPR_SUBSCRIPT, parser_span_from(p, first));
    expr->as.subscript.value = value;
    expr->as.subscript.index = index;
    return expr;
}

static Expr *parse_primary(Parser *p) {
    const Token *first = parser_peek(p);
    Expr *expr = parse_atom(p);
    while (expr != NULL) {
        if (parser_match(p, TOKEN_DOT)) {
            const Token *name = parser_peek(p);
            if (!parser_expect(p, TOKEN_NAME)) return NULL;
            Expr *attribute = parser_new_expr(p, EXPR_ATTRIBUTE, parser_span_from(p, first));
            attribute->as.attribute.value = expr;
            attribute->as.attribute.attribute = parser_identifier(p, name);
            expr = attribute;
        } else if (parser_check(p, TOKEN_LPAR)) {
            if (!parser_enter(p)) return NULL;
            Expr *call = parser_new_expr(p, EXPR_CALL, expr->span);
            call->as.call.function = expr;
            bool ok = parse_call_arguments(p, call);
            parser_leave(p);
            if (!ok) return NULL;
            call->span = parser_span_from(p, first);
            expr = call;
        } else if (parser_check(p, TOKEN_LSQB)) {
            if (!parser_enter(p)) return NULL;
            expr = parse_subscript(p, first, expr);
            parser_leave(p);
        } else {
            break;
        }
    }
    return expr;
}

/* ---- Comprehensions ---- */

static bool parse_comprehension_clauses(Parser *p, Expr *expr) {
    PtrVec clauses;
    vec_init(&clauses);
    while (starts_comprehension(p)) {
        Comprehension *clause = arena_allocate(p->arena, sizeof(Comprehension));
        clause->is_async = parser_match(p, TOKEN_KW_ASYNC);
        parser_advance(p);
        clause->target = parse_star_targets(p);
        if (clause->target == NULL || !parser_expect(p, TOKEN_KW_IN)) return false;
        clause->iter = parse_disjunction(p);
        if (clause->iter == NULL) return false;
        PtrVec ifs;
        vec_init(&ifs);
        while (parser_match(p, TOKEN_KW_IF)) {
            Expr *test = parse_disjunction(p);
            if (test == NULL) return false;
            vec_push(p, &ifs, test);
        }
        clause->ifs = vec_to_exprs(p, &ifs);
        vec_push(p, &clauses, clause);
    }
    expr->as.comprehension.generator_count = clauses.count;
    expr->as.comprehension.generators = arena_allocate(p->arena, sizeof(Comprehension) * (size_t)clauses.count);
    for (int i = 0; i < clauses.count; i++) expr->as.comprehension.generators[i] = *(Comprehension *)clauses.items[i];
    return true;
}

/* `element for ... ]`: the comprehension of kind `kind` closed by `closing`. */
static Expr *parse_comprehension(Parser *p, const Token *first, ExprKind kind, Expr *element, Expr *value,
                                 TokenKind closing) {
    if (element->kind == EXPR_STARRED)
        return parser_error_span(p, element->span, "iterable unpacking cannot be used in comprehension"), NULL;
    Expr *expr = parser_new_expr(p, kind, element->span);
    expr->as.comprehension.element = element;
    expr->as.comprehension.value = value;
    if (!parse_comprehension_clauses(p, expr) || !parser_expect(p, closing)) return NULL;
    expr->span = parser_span_from(p, first);
    return expr;
}

/* ---- Call arguments ---- */

static Keyword *new_keyword(Parser *p, PtrVec *keywords, const Token *first, Identifier name, Expr *value) {
    Keyword *keyword = arena_allocate(p->arena, sizeof(Keyword));
    keyword->name = name;
    keyword->value = value;
    keyword->span = parser_span_from(p, first);
    vec_push(p, keywords, keyword);
    return keyword;
}

/* A positional argument: checks its place, and handles a bare generator
 * expression `f(x for x in y)`. */
static bool parse_positional_argument(Parser *p, Expr *call, PtrVec *args, int seen_keyword, int seen_double_star) {
    const Token *first = parser_peek(p);
    Expr *arg;
    if (first->kind == TOKEN_NAME && parser_peek_at(p, 1)->kind == TOKEN_COLONEQUAL) arg = parse_named_expression(p);
    else arg = parse_expression(p);
    if (arg == NULL) return false;
    if (parser_check(p, TOKEN_EQUAL)) {
        const Token *equal = parser_peek(p);
        return parser_error_at(p, "SyntaxError", arg->span.line, arg->span.column, equal->end_line, equal->end_column,
                               "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    if (starts_comprehension(p)) {
        const Token *open = first - 1;
        Expr *generator = parser_new_expr(p, EXPR_GENERATOR, arg->span);
        generator->as.comprehension.element = arg;
        if (!parse_comprehension_clauses(p, generator)) return false;
        if (args->count > 0 || seen_keyword || seen_double_star || !parser_check(p, TOKEN_RPAR)) {
            Span span = parser_span_from(p, first);
            return parser_error_span(p, span, "Generator expression must be parenthesized");
        }
        parser_advance(p);
        generator->span = parser_span_from(p, open);
        p->pos--;
        arg = generator;
    } else if (seen_double_star || seen_keyword) {
        const Token *next = parser_peek(p);
        return parser_error_at(p, "SyntaxError", next->line, next->column, next->end_line, next->end_column,
                               seen_double_star ? "positional argument follows keyword argument unpacking"
                                                : "positional argument follows keyword argument");
    }
    (void)call;
    vec_push(p, args, arg);
    return true;
}

static bool parse_one_argument(Parser *p, Expr *call, PtrVec *args, PtrVec *keywords, int *seen_keyword,
                               int *seen_double_star) {
    const Token *first = parser_peek(p);
    if (parser_match(p, TOKEN_DOUBLESTAR)) {
        Expr *value = parse_expression(p);
        if (value == NULL) return false;
        new_keyword(p, keywords, first, NULL, value);
        *seen_double_star = 1;
        return true;
    }
    if (parser_match(p, TOKEN_STAR)) {
        Expr *value = parse_expression(p);
        if (value == NULL) return false;
        Expr *starred = new_starred(p, first, value);
        if (*seen_double_star)
            return parser_error_token(p, first, "iterable argument unpacking follows keyword argument unpacking");
        vec_push(p, args, starred);
        return true;
    }
    bool constant_name = first->kind == TOKEN_KW_TRUE || first->kind == TOKEN_KW_FALSE || first->kind == TOKEN_KW_NONE;
    if ((first->kind == TOKEN_NAME || constant_name) && parser_peek_at(p, 1)->kind == TOKEN_EQUAL) {
        parser_advance(p);
        const Token *equal = parser_advance(p);
        if (constant_name)
            return parser_error_at(p, "SyntaxError", first->line, first->column, equal->end_line, equal->end_column,
                                   "cannot assign to %s", lexer_kind_text(first->kind));
        Expr *value = parse_expression(p);
        if (value == NULL) return false;
        new_keyword(p, keywords, first, parser_identifier(p, first), value);
        *seen_keyword = 1;
        return true;
    }
    return parse_positional_argument(p, call, args, *seen_keyword, *seen_double_star);
}

/* `(arguments)` of a call; the cursor is at '('. */
bool parse_call_arguments(Parser *p, Expr *call) {
    parser_advance(p);
    PtrVec args, keywords;
    vec_init(&args);
    vec_init(&keywords);
    int seen_keyword = 0, seen_double_star = 0;
    while (!parser_check(p, TOKEN_RPAR)) {
        if (!parse_one_argument(p, call, &args, &keywords, &seen_keyword, &seen_double_star)) return false;
        if (!parser_match(p, TOKEN_COMMA)) break;
    }
    if (!parser_expect(p, TOKEN_RPAR)) return false;
    call->as.call.arguments = vec_to_exprs(p, &args);
    call->as.call.keyword_count = keywords.count;
    call->as.call.keywords = arena_allocate(p->arena, sizeof(Keyword) * (size_t)(keywords.count + 1));
    for (int i = 0; i < keywords.count; i++) call->as.call.keywords[i] = *(Keyword *)keywords.items[i];
    return true;
}

/* ---- Atoms ---- */

static Expr *new_constant(Parser *p, const Token *token, ConstantKind kind) {
    Expr *expr = parser_new_expr(p, EXPR_CONSTANT, parser_span_from(p, token));
    expr->as.constant.kind = kind;
    return expr;
}

/* Items of a display up to `closing`, the first already parsed. */
static bool parse_display_items(Parser *p, PtrVec *items, Expr *first_item, TokenKind closing) {
    vec_push(p, items, first_item);
    while (parser_match(p, TOKEN_COMMA) && !parser_check(p, closing)) {
        Expr *item = parse_star_named_expression(p);
        if (item == NULL) return false;
        vec_push(p, items, item);
    }
    return parser_expect(p, closing);
}

/* '(' ... ')': the empty tuple, a parenthesized expression or yield, a
 * tuple, or a generator expression. */
static Expr *parse_parenthesized(Parser *p, const Token *first) {
    parser_advance(p);
    if (parser_match(p, TOKEN_RPAR)) return new_sequence(p, EXPR_TUPLE, parser_span_from(p, first), &(PtrVec){0});
    if (parser_check(p, TOKEN_KW_YIELD)) {
        Expr *expr = parse_yield_expression(p);
        return expr != NULL && parser_expect(p, TOKEN_RPAR) ? expr : NULL;
    }
    Expr *item = parse_star_named_expression(p);
    if (item == NULL) return NULL;
    if (starts_comprehension(p)) return parse_comprehension(p, first, EXPR_GENERATOR, item, NULL, TOKEN_RPAR);
    if (parser_match(p, TOKEN_RPAR)) {
        if (item->kind == EXPR_STARRED) return parser_error_span(p, item->span, "cannot use starred expression here"), NULL;
        return item;
    }
    if (!parser_check(p, TOKEN_COMMA)) return parser_syntax_error(p), NULL;
    PtrVec items;
    vec_init(&items);
    if (!parse_display_items(p, &items, item, TOKEN_RPAR)) return NULL;
    return new_sequence(p, EXPR_TUPLE, parser_span_from(p, first), &items);
}

static Expr *parse_list(Parser *p, const Token *first) {
    parser_advance(p);
    PtrVec items;
    vec_init(&items);
    if (parser_match(p, TOKEN_RSQB)) return new_sequence(p, EXPR_LIST, parser_span_from(p, first), &items);
    Expr *item = parse_star_named_expression(p);
    if (item == NULL) return NULL;
    if (starts_comprehension(p)) return parse_comprehension(p, first, EXPR_LIST_COMP, item, NULL, TOKEN_RSQB);
    if (!parse_display_items(p, &items, item, TOKEN_RSQB)) return NULL;
    return new_sequence(p, EXPR_LIST, parser_span_from(p, first), &items);
}

/* The value of a dict item; the cursor is past the ':'. CPython's
 * invalid_kvpair names a missing value (at the ':') and a starred one
 * (from the '*' to the furthest token read, its CURRENT_POS). */
static Expr *parse_dict_value(Parser *p) {
    const Token *colon = parser_previous(p);
    const Token *next = parser_peek(p);
    if (p->no_invalid || p->failed) return parse_expression(p);
    if (next->kind == TOKEN_RBRACE || next->kind == TOKEN_COMMA)
        return parser_error_token(p, colon, "expression expected after dictionary key and ':'"), NULL;
    if (next->kind != TOKEN_STAR) return parse_expression(p);
    parser_advance(p);
    if (parse_bitwise_or(p) == NULL) return NULL;
    const Token *reach = &p->lexer.tokens[p->furthest];
    return parser_error_at(p, "SyntaxError", next->line, next->column, reach->end_line, reach->end_column - 1,
                           "cannot use a starred expression in a dictionary value"), NULL;
}

/* `if test else orelse` after the disjunction of a dict key, all or
 * nothing: on failure the cursor goes back and the key is `body` alone. */
static Expr *parse_dict_key_conditional(Parser *p, Expr *body) {
    int pos = p->pos;
    parser_advance(p);
    Expr *test = parser_try(p, parse_disjunction);
    Expr *orelse = test != NULL && parser_match(p, TOKEN_KW_ELSE) ? parser_try(p, parse_expression) : NULL;
    if (orelse == NULL) {
        p->pos = pos;
        return p->failed ? NULL : body;
    }
    Expr *expr = parser_new_expr(p, EXPR_IF, parser_span_join(body->span, orelse->span));
    expr->as.if_expr.test = test;
    expr->as.if_expr.body = body;
    expr->as.if_expr.orelse = orelse;
    return expr;
}

/* A key after the first item of a dict display. CPython's second pass
 * meets it in invalid_kvpair, as an `expression` whose own top-level
 * checks (a forgotten comma, `if` without `else`, print without
 * parentheses) do not fire, though nested ones do: so `{1: 2, 3 4}` says
 * "':' expected after dictionary key" at the end of `3`. */
static Expr *parse_dict_key(Parser *p) {
    if (p->no_invalid) return parse_expression(p);
    if (!parser_enter(p)) return NULL;
    bool lambda = parser_check(p, TOKEN_KW_LAMBDA);
    Expr *key = lambda ? parse_lambda(p) : parse_disjunction(p);
    if (key != NULL && !lambda && parser_check(p, TOKEN_KW_IF)) key = parse_dict_key_conditional(p, key);
    parser_leave(p);
    if (key == NULL || parser_check(p, TOKEN_COLON) || p->failed) return key;
    return parser_error_at(p, "SyntaxError", key->span.end_line, key->span.end_column - 1, key->span.end_line, -1,
                           "':' expected after dictionary key"), NULL;
}

/* The rest of a dict display; the first key (NULL for **) and value parsed. */
static Expr *parse_dict_rest(Parser *p, const Token *first, Expr *key, Expr *value) {
    PtrVec keys, values;
    vec_init(&keys);
    vec_init(&values);
    vec_push(p, &keys, key);
    vec_push(p, &values, value);
    while (parser_match(p, TOKEN_COMMA) && !parser_check(p, TOKEN_RBRACE)) {
        key = NULL;
        if (parser_match(p, TOKEN_DOUBLESTAR)) {
            value = parse_bitwise_or(p);
        } else {
            key = parse_dict_key(p);
            if (key == NULL || !parser_expect(p, TOKEN_COLON)) return NULL;
            value = parse_dict_value(p);
        }
        if (value == NULL) return NULL;
        vec_push(p, &keys, key);
        vec_push(p, &values, value);
    }
    if (!parser_expect(p, TOKEN_RBRACE)) return NULL;
    Expr *expr = parser_new_expr(p, EXPR_DICT, parser_span_from(p, first));
    expr->as.dict.keys = vec_to_exprs(p, &keys);
    expr->as.dict.values = vec_to_exprs(p, &values);
    return expr;
}

static Expr *parse_braces(Parser *p, const Token *first) {
    parser_advance(p);
    if (parser_match(p, TOKEN_RBRACE)) {
        Expr *expr = parser_new_expr(p, EXPR_DICT, parser_span_from(p, first));
        return expr;
    }
    if (parser_match(p, TOKEN_DOUBLESTAR)) {
        Expr *value = parse_bitwise_or(p);
        return value == NULL ? NULL : parse_dict_rest(p, first, NULL, value);
    }
    const Token *start = parser_peek(p);
    bool named = start->kind == TOKEN_STAR || (start->kind == TOKEN_NAME && parser_peek_at(p, 1)->kind == TOKEN_COLONEQUAL);
    Expr *item = named ? parse_star_named_expression(p) : parse_expression(p);
    if (item == NULL) return NULL;
    if (!named && parser_match(p, TOKEN_COLON)) {
        Expr *value = parse_dict_value(p);
        if (value == NULL) return NULL;
        if (starts_comprehension(p)) return parse_comprehension(p, first, EXPR_DICT_COMP, item, value, TOKEN_RBRACE);
        return parse_dict_rest(p, first, item, value);
    }
    if (!named && !check_misused_equal(p, item, start)) return NULL;
    if (starts_comprehension(p)) return parse_comprehension(p, first, EXPR_SET_COMP, item, NULL, TOKEN_RBRACE);
    PtrVec items;
    vec_init(&items);
    if (!parse_display_items(p, &items, item, TOKEN_RBRACE)) return NULL;
    return new_sequence(p, EXPR_SET, parser_span_from(p, first), &items);
}

static Expr *parse_atom_inner(Parser *p) {
    const Token *token = parser_peek(p);
    switch (token->kind) {
    case TOKEN_NAME: {
        parser_advance(p);
        Expr *expr = parser_new_expr(p, EXPR_NAME, parser_span_from(p, token));
        expr->as.name = parser_identifier(p, token);
        return expr;
    }
    case TOKEN_KW_TRUE: parser_advance(p); return new_constant(p, token, CONSTANT_TRUE);
    case TOKEN_KW_FALSE: parser_advance(p); return new_constant(p, token, CONSTANT_FALSE);
    case TOKEN_KW_NONE: parser_advance(p); return new_constant(p, token, CONSTANT_NONE);
    case TOKEN_ELLIPSIS: parser_advance(p); return new_constant(p, token, CONSTANT_ELLIPSIS);
    case TOKEN_NUMBER: return parse_number(p);
    case TOKEN_STRING: return parse_strings(p);
    case TOKEN_LPAR: return parse_parenthesized(p, token);
    case TOKEN_LSQB: return parse_list(p, token);
    case TOKEN_LBRACE: return parse_braces(p, token);
    default: return parser_syntax_error(p), NULL;
    }
}

static Expr *parse_atom(Parser *p) {
    if (!parser_enter(p)) return NULL;
    Expr *expr = parse_atom_inner(p);
    parser_leave(p);
    return expr;
}

/* ---- Targets ---- */

static Expr *parse_target_item(Parser *p) { return parse_star_or(p, parse_bitwise_or); }

/* star_targets of a for loop or comprehension: `x`, `a, *b`, `(a, b), c`. */
Expr *parse_star_targets(Parser *p) {
    const Token *first = parser_peek(p);
    Expr *item = parse_target_item(p);
    if (item == NULL) return NULL;
    Expr *target = item;
    if (parser_check(p, TOKEN_COMMA)) {
        PtrVec items;
        vec_init(&items);
        vec_push(p, &items, item);
        while (parser_match(p, TOKEN_COMMA)) {
            const Token *next = parser_peek(p);
            if (!parser_starts_expression(next) && next->kind != TOKEN_STAR) break;
            item = parse_target_item(p);
            if (item == NULL) return NULL;
            vec_push(p, &items, item);
        }
        target = new_sequence(p, EXPR_TUPLE, parser_span_from(p, first), &items);
    }
    return parser_set_context(p, target, CONTEXT_STORE) ? target : NULL;
}

Expr *parse_single_target(Parser *p) {
    Expr *target = parse_target_item(p);
    if (target == NULL || !parser_set_context(p, target, CONTEXT_STORE)) return NULL;
    return target;
}

/* ---- Parameters ---- */

/* Parameter lists of def (closed by ')', with annotations) and lambda
 * (closed by ':'), with CPython's errors for misplaced / * ** and defaults. */
typedef struct ParamState {
    PtrVec positional, keyword_only, defaults, keyword_defaults; /* Arg* and Expr* */
    int positional_only_count;
    Arg *vararg, *kwarg;
    bool seen_slash, seen_star, seen_default;
} ParamState;

static Arg *parse_param(Parser *p, bool annotations) {
    const Token *name = parser_peek(p);
    if (!parser_expect(p, TOKEN_NAME)) return NULL;
    Arg *arg = arena_allocate(p->arena, sizeof(Arg));
    arg->name = parser_identifier(p, name);
    if (annotations && parser_match(p, TOKEN_COLON)) {
        arg->annotation = parser_check(p, TOKEN_STAR) ? parse_star_or(p, parse_expression) : parse_expression(p);
        if (arg->annotation == NULL) return NULL;
    }
    arg->span = parser_span_from(p, name);
    return arg;
}

static bool parse_param_star(Parser *p, ParamState *s, TokenKind closing, bool annotations) {
    const Token *star = parser_advance(p);
    if (s->seen_star) return parser_error_token(p, star, "* argument may appear only once");
    s->seen_star = true;
    if (parser_check(p, TOKEN_COMMA) || parser_check(p, closing)) {
        const Token *after = parser_peek_at(p, parser_check(p, TOKEN_COMMA) ? 1 : 0);
        if (after->kind == closing || after->kind == TOKEN_DOUBLESTAR)
            return parser_error_token(p, star, "named arguments must follow bare *");
        return true;
    }
    s->vararg = parse_param(p, annotations);
    return s->vararg != NULL;
}

static bool parse_param_plain(Parser *p, ParamState *s, bool annotations) {
    Arg *arg = parse_param(p, annotations);
    if (arg == NULL) return false;
    Expr *value = NULL;
    if (parser_match(p, TOKEN_EQUAL)) {
        value = parse_expression(p);
        if (value == NULL) return false;
    }
    if (s->seen_star) {
        vec_push(p, &s->keyword_only, arg);
        vec_push(p, &s->keyword_defaults, value);
        return true;
    }
    if (value != NULL) {
        s->seen_default = true;
        vec_push(p, &s->defaults, value);
    } else if (s->seen_default) {
        return parser_error_span(p, arg->span, "non-default argument follows default argument");
    }
    vec_push(p, &s->positional, arg);
    return true;
}

static bool parse_one_param(Parser *p, ParamState *s, TokenKind closing, bool annotations) {
    const Token *token = parser_peek(p);
    if (s->kwarg != NULL) {
        if (token->kind == TOKEN_NAME || token->kind == TOKEN_STAR || token->kind == TOKEN_DOUBLESTAR ||
            token->kind == TOKEN_SLASH)
            return parser_error_token(p, token, "arguments cannot follow var-keyword argument");
        return parser_syntax_error(p);
    }
    if (token->kind == TOKEN_SLASH) {
        parser_advance(p);
        if (s->seen_slash) return parser_error_token(p, token, "/ may appear only once");
        if (s->seen_star) return parser_error_token(p, token, "/ must be ahead of *");
        if (s->positional.count == 0) {
            if (!parser_check(p, TOKEN_COMMA)) return parser_error_token(p, token, "invalid syntax");
            return parser_error_token(p, token, "at least one argument must precede /");
        }
        s->seen_slash = true;
        s->positional_only_count = s->positional.count;
        return true;
    }
    if (token->kind == TOKEN_STAR) return parse_param_star(p, s, closing, annotations);
    if (parser_match(p, TOKEN_DOUBLESTAR)) {
        s->kwarg = parse_param(p, annotations);
        return s->kwarg != NULL;
    }
    return parse_param_plain(p, s, annotations);
}

static Arg *args_from(Parser *p, PtrVec *vec, int from, int count) {
    Arg *args = arena_allocate(p->arena, sizeof(Arg) * (size_t)(count + 1));
    for (int i = 0; i < count; i++) args[i] = *(Arg *)vec->items[from + i];
    return args;
}

Arguments *parse_parameters(Parser *p, TokenKind closing, bool annotations) {
    ParamState s;
    memset(&s, 0, sizeof s);
    vec_init(&s.positional);
    vec_init(&s.keyword_only);
    vec_init(&s.defaults);
    vec_init(&s.keyword_defaults);
    while (!parser_check(p, closing)) {
        if (!parse_one_param(p, &s, closing, annotations)) return NULL;
        if (!parser_match(p, TOKEN_COMMA)) break;
    }
    if (p->failed) return NULL;
    Arguments *arguments = arena_allocate(p->arena, sizeof(Arguments));
    arguments->positional_only_count = s.positional_only_count;
    arguments->positional_only = args_from(p, &s.positional, 0, s.positional_only_count);
    arguments->positional_count = s.positional.count - s.positional_only_count;
    arguments->positional = args_from(p, &s.positional, s.positional_only_count, arguments->positional_count);
    arguments->vararg = s.vararg;
    arguments->keyword_only_count = s.keyword_only.count;
    arguments->keyword_only = args_from(p, &s.keyword_only, 0, s.keyword_only.count);
    arguments->keyword_defaults = arena_allocate(p->arena, sizeof(Expr *) * (size_t)(s.keyword_only.count + 1));
    for (int i = 0; i < s.keyword_defaults.count; i++) arguments->keyword_defaults[i] = s.keyword_defaults.items[i];
    arguments->kwarg = s.kwarg;
    arguments->defaults = vec_to_exprs(p, &s.defaults);
    return arguments;
}
