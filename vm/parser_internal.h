/* parser_internal.h: what the parser's files share (private to the parser).
 *
 * parser.c holds the token cursor, error reporting, node construction and
 * target checking; parser_expr.c the expression grammar; parser_stmt.c the
 * statement grammar; parser_literal.c numbers, strings and f-strings. Every
 * parse function returns NULL (or false) after recording the first error in
 * the Parser; callers pass the failure up without looking at it. */
#ifndef BATON_PARSER_INTERNAL_H
#define BATON_PARSER_INTERNAL_H

#include "lexer.h"
#include "parser.h"

/* Deeper nesting of expressions or blocks than this is refused. */
#define PARSER_MAX_DEPTH 1000

/* The BINARY_OP numbering of number.h (not included: the parser stays
 * independent of the runtime). */
enum {
    PARSER_OP_ADD = 0, PARSER_OP_AND = 1, PARSER_OP_FLOOR_DIVIDE = 2, PARSER_OP_LSHIFT = 3,
    PARSER_OP_MATRIX_MULTIPLY = 4, PARSER_OP_MULTIPLY = 5, PARSER_OP_REMAINDER = 6, PARSER_OP_OR = 7,
    PARSER_OP_POWER = 8, PARSER_OP_RSHIFT = 9, PARSER_OP_SUBTRACT = 10, PARSER_OP_TRUE_DIVIDE = 11,
    PARSER_OP_XOR = 12,
};

typedef struct Parser {
    Arena *arena;              /* where every node goes */
    Lexer lexer;               /* the tokens of this (sub)source */
    const Lexer *root;         /* the file's lexer, for error columns (f-strings parse substrings) */
    int pos;                   /* index of the next token */
    ParseMode mode;
    ParseError *error;         /* filled on the first error */
    bool failed;               /* an error has been recorded */
    bool lexer_error_reported; /* the error is the lexer's own */
    int depth;                 /* nesting of recursive calls, bounded by PARSER_MAX_DEPTH */
    bool in_fstring;           /* parsing the expression of an f-string field */
    bool no_invalid;           /* speculating: skip the checks that find specific errors */
    bool too_deep;             /* the nesting limit was hit: no speculation may undo that */
    bool byte_offsets;         /* columns of parser errors in bytes, as CPython's for a file */
    int furthest;              /* index of the furthest token fetched (CPython's p->fill - 1) */
    bool indent_error;         /* the error is the generic "unexpected indent" or "unindent" */
} Parser;

/* ---- parser.c: tokens ---- */
Token *parser_peek(Parser *p);
Token *parser_peek_at(Parser *p, int ahead);
bool parser_check(Parser *p, TokenKind kind);
bool parser_match(Parser *p, TokenKind kind);
Token *parser_advance(Parser *p);
Token *parser_previous(Parser *p);
bool parser_expect(Parser *p, TokenKind kind);
bool parser_expect_forced(Parser *p, TokenKind kind);

/* ---- parser.c: errors ---- */
bool parser_error_at(Parser *p, const char *type, int line, int column, int end_line, int end_column,
                     const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
bool parser_error_span(Parser *p, Span span, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
bool parser_error_token(Parser *p, const Token *token, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
bool parser_syntax_error(Parser *p);
void parser_report_lexer_error(Parser *p);
bool parser_enter(Parser *p);
void parser_leave(Parser *p);

/* ---- parser.c: nodes ---- */
Span parser_span_from(Parser *p, const Token *first);
Span parser_span_join(Span a, Span b);
Expr *parser_new_expr(Parser *p, ExprKind kind, Span span);
Stmt *parser_new_stmt(Parser *p, StmtKind kind, Span span);
Identifier parser_identifier(Parser *p, const Token *token);

/* A growable array of pointers, copied into the arena when done. */
typedef struct PtrVec {
    void **items;
    int count, capacity;
    void *inline_items[8];
} PtrVec;
void vec_init(PtrVec *vec);
void vec_push(Parser *p, PtrVec *vec, void *item);
void vec_free(PtrVec *vec);
ExprList vec_to_exprs(Parser *p, PtrVec *vec);
StmtList vec_to_stmts(Parser *p, PtrVec *vec);

/* ---- parser.c: targets ---- */
const char *parser_expr_name(const Expr *expr);
bool parser_set_context(Parser *p, Expr *expr, ExprContext context);
bool parser_check_assignment(Parser *p, Expr *target, bool single);

/* ---- parser_expr.c ---- */
Expr *parse_expression(Parser *p);             /* expression: ternary, lambda */
Expr *parse_named_expression(Parser *p);       /* NAME := expression | expression */
Expr *parse_star_expressions(Parser *p);       /* a, *b, c (tuple without parens) */
Expr *parse_star_named_expression(Parser *p);
Expr *parse_disjunction(Parser *p);
Expr *parse_bitwise_or(Parser *p);
Expr *parse_yield_expression(Parser *p);
Expr *parse_star_targets(Parser *p);           /* for-loop and comprehension targets */
Expr *parse_single_target(Parser *p);          /* `with ... as` target */
Arguments *parse_parameters(Parser *p, TokenKind closing, bool annotations);
bool parse_call_arguments(Parser *p, Expr *call);
bool parser_starts_expression(const Token *token);

/* ---- parser_stmt.c ---- */
bool parse_statements_until(Parser *p, PtrVec *body, TokenKind end);
bool parse_statement(Parser *p, PtrVec *body);

/* ---- parser_literal.c ---- */
Expr *parse_strings(Parser *p);                /* adjacent STRING tokens */
Expr *parse_number(Parser *p);                 /* a NUMBER token */

#endif
