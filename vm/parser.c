/* parser.c: the parser's core (parser.h): parse_source, the token cursor,
 * error reporting with CPython's priorities, node construction, and the
 * checks that turn expressions into assignment/deletion targets.
 *
 * The grammar itself is in parser_expr.c and parser_stmt.c, literals in
 * parser_literal.c. The parser is recursive descent over the token array of
 * lexer.c, shaped after CPython 3.11's PEG grammar (python.gram) so that it
 * accepts the same programs and builds the same trees as `ast.parse`. */
#include "parser_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Tokens ---- */

/* The token `ahead` places after the cursor. The stream always ends with
 * ENDMARKER or ERROR, which repeat forever; reaching an ERROR token is when
 * the lexer's error gets reported, as CPython's tokenizer reports its
 * errors when the parser asks for the token. */
Token *parser_peek_at(Parser *p, int ahead) {
    static Token end_token = {.kind = TOKEN_ERROR};
    if (p->lexer.count == 0) return &end_token;
    int index = p->pos + ahead;
    if (index >= p->lexer.count) index = p->lexer.count - 1;
    if (index > p->furthest) p->furthest = index;
    Token *token = &p->lexer.tokens[index];
    if (token->kind == TOKEN_ERROR && !p->failed) {
        parser_report_lexer_error(p);
        p->lexer_error_reported = true;
    }
    return token;
}

Token *parser_peek(Parser *p) { return parser_peek_at(p, 0); }

bool parser_check(Parser *p, TokenKind kind) { return parser_peek(p)->kind == kind; }

Token *parser_advance(Parser *p) {
    Token *token = parser_peek(p);
    if (token->kind != TOKEN_ENDMARKER && token->kind != TOKEN_ERROR) p->pos++;
    return token;
}

Token *parser_previous(Parser *p) { return &p->lexer.tokens[p->pos > 0 ? p->pos - 1 : 0]; }

bool parser_match(Parser *p, TokenKind kind) {
    if (!parser_check(p, kind)) return false;
    parser_advance(p);
    return true;
}

/* Consume `kind` or fail with the generic "invalid syntax". */
bool parser_expect(Parser *p, TokenKind kind) {
    if (parser_match(p, kind)) return true;
    return parser_syntax_error(p);
}

/* Consume `kind` or fail with "expected '...'" (CPython's forced tokens). */
bool parser_expect_forced(Parser *p, TokenKind kind) {
    if (parser_match(p, kind)) return true;
    if (p->failed) return false;
    const Token *previous = parser_previous(p);
    return parser_error_at(p, "SyntaxError", previous->end_line, previous->end_column, previous->end_line,
                           previous->end_column, "expected '%s'", lexer_kind_text(kind));
}

/* ---- Errors ---- */

/* CPython's 1-based offset of a 0-based byte column. Its parser counts
 * characters only when its tokenizer knows the source's encoding (a string,
 * the REPL); for a file it leaves the byte offset, and the printed caret
 * then sits one place further right per extra byte of a UTF-8 character
 * before it. Errors its tokenizer raises itself count characters always. */
static int parser_offset(const Parser *p, int line, int column, bool characters) {
    if (characters) return lexer_char_offset(p->root, line, column);
    return column + 1;
}

static void parser_record(Parser *p, const char *type, int line, int column, int end_line, int end_column,
                          bool characters, const char *message) {
    p->failed = true;
    ParseError *error = p->error;
    error->type = type;
    snprintf(error->message, sizeof error->message, "%s%.*s",
             p->in_fstring && strncmp(message, "f-string", 8) != 0 ? "f-string: " : "",
             (int)sizeof error->message - 16, message);
    error->line = line;
    error->column = parser_offset(p, line, column, characters);
    error->end_line = end_line;
    error->end_column = end_line > 0 && end_column >= 0 ? parser_offset(p, end_line, end_column, characters) : 0;
}

bool parser_error_at(Parser *p, const char *type, int line, int column, int end_line, int end_column,
                     const char *format, ...) {
    if (p->failed) return false;
    va_list args;
    va_start(args, format);
    char message[sizeof p->error->message];
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    parser_record(p, type, line, column, end_line, end_column, !p->byte_offsets, message);
    return false;
}

/* Record the lexer's error as the parse error (replacing any other). */
void parser_report_lexer_error(Parser *p) {
    const LexError *e = &p->lexer.error;
    bool characters = !p->byte_offsets || (e->kind == LEX_ERROR_RAISED && !e->byte_columns);
    parser_record(p, e->type ? e->type : "SyntaxError", e->line, e->column, e->end_line, e->end_column, characters,
                  e->kind == LEX_ERROR_NONE ? "out of memory" : e->message);
    p->error->incomplete = e->incomplete;
}

bool parser_error_span(Parser *p, Span span, const char *format, ...) {
    char message[256];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    return parser_error_at(p, "SyntaxError", span.line, span.column, span.end_line, span.end_column, "%s", message);
}

bool parser_error_token(Parser *p, const Token *token, const char *format, ...) {
    char message[256];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    return parser_error_at(p, "SyntaxError", token->line, token->column, token->end_line, token->end_column, "%s",
                           message);
}

/* The generic error at the current token, with CPython's special cases for
 * an unexpected INDENT/DEDENT and for the end of input. */
bool parser_syntax_error(Parser *p) {
    Token *token = parser_peek(p);
    if (p->failed) return false;
    p->indent_error = token->kind == TOKEN_INDENT || token->kind == TOKEN_DEDENT;
    if (token->kind == TOKEN_INDENT)
        return parser_error_at(p, "IndentationError", token->line, token->end_column > 0 ? token->end_column - 1 : 0,
                               0, 0, "unexpected indent");
    if (token->kind == TOKEN_DEDENT)
        return parser_error_at(p, "IndentationError", token->line, token->column, 0, 0, "unexpected unindent");
    if (token->kind == TOKEN_ENDMARKER && p->pos > 0) {
        const Token *previous = parser_previous(p);
        return parser_error_at(p, "SyntaxError", previous->end_line, previous->end_column, 0, 0, "invalid syntax");
    }
    return parser_error_token(p, token, "invalid syntax");
}

/* Bound the recursion: past PARSER_MAX_DEPTH nested constructs the input
 * is refused, so no input can overflow the C stack. */
bool parser_enter(Parser *p) {
    if (++p->depth > PARSER_MAX_DEPTH) {
        Token *token = parser_peek(p);
        p->too_deep = true;
        return parser_error_token(p, token, "too many nested parentheses");
    }
    return true;
}

void parser_leave(Parser *p) { p->depth--; }

/* ---- Nodes ---- */

/* The span from the start of `first` to the end of the last consumed token. */
Span parser_span_from(Parser *p, const Token *first) {
    const Token *last = parser_previous(p);
    if (last < first) last = first;
    return (Span){first->line, first->column, last->end_line, last->end_column};
}

Span parser_span_join(Span a, Span b) { return (Span){a.line, a.column, b.end_line, b.end_column}; }

Expr *parser_new_expr(Parser *p, ExprKind kind, Span span) {
    Expr *expr = arena_allocate(p->arena, sizeof(Expr));
    expr->kind = kind;
    expr->context = CONTEXT_LOAD;
    expr->span = span;
    return expr;
}

Stmt *parser_new_stmt(Parser *p, StmtKind kind, Span span) {
    Stmt *stmt = arena_allocate(p->arena, sizeof(Stmt));
    stmt->kind = kind;
    stmt->span = span;
    return stmt;
}

Identifier parser_identifier(Parser *p, const Token *token) { return arena_strndup(p->arena, token->start, token->length); }

void vec_init(PtrVec *vec) {
    vec->items = vec->inline_items;
    vec->count = 0;
    vec->capacity = (int)(sizeof vec->inline_items / sizeof vec->inline_items[0]);
}

/* Grow into the arena (the old block is simply left behind). */
void vec_push(Parser *p, PtrVec *vec, void *item) {
    if (vec->count == vec->capacity) {
        int capacity = vec->capacity * 2;
        void **items = arena_allocate(p->arena, sizeof(void *) * (size_t)capacity);
        memcpy(items, vec->items, sizeof(void *) * (size_t)vec->count);
        vec->items = items;
        vec->capacity = capacity;
    }
    vec->items[vec->count++] = item;
}

void vec_free(PtrVec *vec) { vec->count = 0; }

ExprList vec_to_exprs(Parser *p, PtrVec *vec) {
    ExprList list = {vec->count, NULL};
    if (vec->count > 0) {
        list.items = arena_allocate(p->arena, sizeof(Expr *) * (size_t)vec->count);
        memcpy(list.items, vec->items, sizeof(Expr *) * (size_t)vec->count);
    }
    return list;
}

StmtList vec_to_stmts(Parser *p, PtrVec *vec) {
    StmtList list = {vec->count, NULL};
    if (vec->count > 0) {
        list.items = arena_allocate(p->arena, sizeof(Stmt *) * (size_t)vec->count);
        memcpy(list.items, vec->items, sizeof(Stmt *) * (size_t)vec->count);
    }
    return list;
}

/* ---- Targets ---- */

/* How CPython names an expression in "cannot assign to ..." messages. */
const char *parser_expr_name(const Expr *expr) {
    switch (expr->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOL_OP: case EXPR_BINARY: case EXPR_UNARY: return "expression";
    case EXPR_GENERATOR: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELD_FROM: return "yield expression";
    case EXPR_AWAIT: return "await expression";
    case EXPR_LIST_COMP: return "list comprehension";
    case EXPR_SET_COMP: return "set comprehension";
    case EXPR_DICT_COMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINED_STR: case EXPR_FORMATTED_VALUE: return "f-string expression";
    case EXPR_COMPARE: return "comparison";
    case EXPR_IF: return "conditional expression";
    case EXPR_NAMED: return "named expression";
    case EXPR_SLICE: return "slice";
    case EXPR_CONSTANT:
        switch (expr->as.constant.kind) {
        case CONSTANT_NONE: return "None";
        case CONSTANT_TRUE: return "True";
        case CONSTANT_FALSE: return "False";
        case CONSTANT_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    }
    return "expression";
}

/* Mark `expr` as a Store or Del target, recursively, or fail with CPython's
 * "cannot assign to X" / "cannot delete X" at the first invalid part. */
bool parser_set_context(Parser *p, Expr *expr, ExprContext context) {
    switch (expr->kind) {
    case EXPR_NAME:
    case EXPR_ATTRIBUTE:
    case EXPR_SUBSCRIPT:
        expr->context = context;
        return true;
    case EXPR_STARRED:
        if (context == CONTEXT_DELETE) break;
        expr->context = context;
        return parser_set_context(p, expr->as.value, context);
    case EXPR_LIST:
    case EXPR_TUPLE:
        expr->context = context;
        for (int i = 0; i < expr->as.elements.count; i++) {
            if (!parser_set_context(p, expr->as.elements.items[i], context)) return false;
        }
        return true;
    default:
        break;
    }
    if (expr->kind == EXPR_YIELD || expr->kind == EXPR_YIELD_FROM) {
        if (context == CONTEXT_STORE) return parser_error_span(p, expr->span, "assignment to yield expression not possible");
    }
    return parser_error_span(p, expr->span, "cannot %s %s", context == CONTEXT_DELETE ? "delete" : "assign to",
                             parser_expr_name(expr));
}

/* The target of a one-`=` assignment: a lone invalid target gets CPython's
 * hint that `==` may have been meant. */
bool parser_check_assignment(Parser *p, Expr *target, bool single) {
    bool hint = single && target->kind != EXPR_LIST && target->kind != EXPR_TUPLE && target->kind != EXPR_STARRED &&
                target->kind != EXPR_NAME && target->kind != EXPR_ATTRIBUTE && target->kind != EXPR_SUBSCRIPT &&
                target->kind != EXPR_YIELD && target->kind != EXPR_YIELD_FROM && target->kind != EXPR_GENERATOR &&
                !(target->kind == EXPR_CONSTANT && target->as.constant.kind <= CONSTANT_FALSE);
    if (hint)
        return parser_error_span(p, target->span, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                 parser_expr_name(target));
    return parser_set_context(p, target, CONTEXT_STORE);
}

/* ---- Entry point ---- */

/* After a parser error (not one of the tokenizer's, not the generic
 * "unexpected indent"/"unindent"), CPython tokenizes the rest of a file:
 * an error its tokenizer raises there wins; otherwise, if the input ends
 * inside brackets and the innermost open one is on an earlier line than the
 * furthest token the parser fetched, "'(' was never closed" wins. That line
 * is the parser's reach, not the error's: a forgotten comma reported on the
 * bracket's line still loses when the parser read on into the next line. */
static void parser_prefer_lexer_error(Parser *p) {
    const LexError *e = &p->lexer.error;
    if (p->lexer_error_reported || p->indent_error || p->mode == PARSE_INTERACTIVE) return;
    int reach = p->lexer.count > 0 ? p->lexer.tokens[p->furthest].line : 0;
    bool replace = e->kind == LEX_ERROR_RAISED || (e->kind == LEX_ERROR_EOF && e->bracket != 0 && e->bracket_line < reach);
    if (replace) parser_report_lexer_error(p);
}

/* An interactive entry is closed when it ends with an empty line: the user
 * pressed Enter at the `... ` prompt without typing anything, which ends a
 * block in CPython's REPL (a line holding only spaces or a comment does not:
 * CPython's tokenizer skips it). */
static bool parser_input_closed(const Parser *p) {
    size_t n = p->lexer.length;
    const char *s = p->lexer.source;
    return n >= 2 && s[n - 1] == '\n' && s[n - 2] == '\n';
}

static bool parser_is_compound(const Stmt *stmt) {
    return stmt->kind == STMT_FUNCTION_DEF || stmt->kind == STMT_CLASS_DEF || stmt->kind == STMT_FOR ||
           stmt->kind == STMT_WHILE || stmt->kind == STMT_IF || stmt->kind == STMT_WITH || stmt->kind == STMT_TRY;
}

/* An interactive entry is complete once a compound statement is followed by
 * an empty line, as in CPython's REPL. */
static bool parser_interactive_done(Parser *p, Stmt *stmt) {
    return !parser_is_compound(stmt) || parser_input_closed(p);
}

static ModuleNode *parse_module(Parser *p);

/* ---- The REPL's question: is this entry incomplete? ---- */

/* From token `index` on, only DEDENTs and ENDMARKER: the end of input. */
static bool parser_at_end(const Parser *p, int index) {
    for (int i = index; i < p->lexer.count; i++) {
        TokenKind kind = p->lexer.tokens[i].kind;
        if (kind != TOKEN_DEDENT && kind != TOKEN_ENDMARKER) return false;
    }
    return true;
}

/* Parse the entry again the way CPython's parser first tries it: the bare
 * grammar, without the checks that look for a better message (those may
 * read on past the point where the grammar failed, and CPython's REPL does
 * not let them ask for another line). Returns the index of the furthest
 * token fetched, or -1 if the bare grammar accepts the entry. */
static int parser_grammar_reach(const Parser *p) {
    ParseError error;
    memset(&error, 0, sizeof error);
    Parser grammar = *p;
    grammar.error = &error;
    grammar.pos = grammar.furthest = grammar.depth = 0;
    grammar.failed = grammar.lexer_error_reported = grammar.indent_error = grammar.too_deep = false;
    grammar.no_invalid = true;
    ModuleNode *module = parse_module(&grammar);
    return module != NULL && !grammar.failed ? -1 : grammar.furthest;
}

/* The error of an entry closed by an empty line, when the parser wanted
 * more: python3 shows it on that empty line. */
static void parser_error_on_closing_line(Parser *p) {
    int lines = 0;
    for (size_t i = 0; i < p->lexer.length; i++) lines += p->lexer.source[i] == '\n';
    p->error->line = lines;
    p->error->column = 1;
    p->error->end_line = p->error->end_column = 0;
}

/* CPython's REPL lets the checks see the end of input where the lexer ran
 * out inside brackets, so their message wins ("Perhaps you forgot a
 * comma?"): parse once more with that end turned into ENDMARKER. */
static void parser_error_without_more_input(Parser *p) {
    Token *last = &p->lexer.tokens[p->lexer.count - 1];
    if (last->kind != TOKEN_ERROR || p->lexer.error.kind != LEX_ERROR_EOF) return;
    last->kind = TOKEN_ENDMARKER;
    p->lexer.error.kind = LEX_ERROR_NONE;
    p->pos = p->furthest = p->depth = 0;
    p->failed = p->lexer_error_reported = p->indent_error = p->too_deep = false;
    memset(p->error, 0, sizeof *p->error);
    if (parse_module(p) != NULL && !p->failed) parser_syntax_error(p);
}

/* Answered as CPython's REPL answers it: the entry is incomplete when the
 * grammar needed a token past its last line. Then either the lexer ran out
 * inside brackets, a triple-quoted string or after a backslash (it says
 * so itself, and no empty line ends those), or the parser did (after a
 * block header, inside a block, before an `except`...) and the user has
 * not closed the entry with an empty line. An error before the end is
 * final at once. */
static void parser_decide_incomplete(Parser *p) {
    if (p->mode != PARSE_INTERACTIVE || p->lexer.count == 0) return;
    int reach = parser_grammar_reach(p);
    bool at_end = reach >= 0 && parser_at_end(p, reach);
    if (reach >= 0 && p->lexer.tokens[reach].kind == TOKEN_ERROR) {
        p->error->incomplete = p->lexer.error.incomplete;
        return;
    }
    p->error->incomplete = at_end && !parser_input_closed(p);
    if (p->error->incomplete) return;
    if (p->lexer_error_reported) parser_error_without_more_input(p);
    else if (at_end) parser_error_on_closing_line(p);
}

static ModuleNode *parse_module(Parser *p) {
    ModuleNode *module = arena_allocate(p->arena, sizeof(ModuleNode));
    PtrVec body;
    vec_init(&body);
    if (p->mode == PARSE_EVAL) {
        while (parser_match(p, TOKEN_NEWLINE) || parser_match(p, TOKEN_INDENT)) {}
        module->expression = parse_star_expressions(p);
        if (module->expression == NULL) return NULL;
        while (parser_match(p, TOKEN_NEWLINE) || parser_match(p, TOKEN_DEDENT)) {}
        if (!parser_check(p, TOKEN_ENDMARKER)) return parser_syntax_error(p), NULL;
        return module;
    }
    if (p->mode == PARSE_INTERACTIVE) {
        if (parser_check(p, TOKEN_ENDMARKER) || parser_check(p, TOKEN_NEWLINE)) return module;
        if (!parse_statement(p, &body)) return NULL;
        module->body = vec_to_stmts(p, &body);
        Stmt *last = body.items[body.count - 1];
        if (!parser_check(p, TOKEN_ENDMARKER)) {
            Token *token = parser_peek(p);
            if (p->failed) return NULL;
            /* After a block, CPython's REPL wants the empty line that ends
             * it: anything else there is a plain syntax error. */
            if (parser_is_compound(last)) return parser_syntax_error(p), NULL;
            parser_error_token(p, token, "multiple statements found while compiling a single statement");
            return NULL;
        }
        if (!parser_interactive_done(p, last)) {
            parser_error_token(p, parser_peek(p), "unexpected EOF while parsing");
            p->error->incomplete = true;
            return NULL;
        }
        return module;
    }
    if (!parse_statements_until(p, &body, TOKEN_ENDMARKER)) return NULL;
    module->body = vec_to_stmts(p, &body);
    return module;
}

static ModuleNode *parser_run(Arena *arena, const char *source, size_t length, ParseMode mode, bool byte_offsets,
                              ParseError *error) {
    memset(error, 0, sizeof *error);
    Parser parser;
    memset(&parser, 0, sizeof parser);
    parser.arena = arena;
    parser.mode = mode;
    parser.error = error;
    parser.root = &parser.lexer;
    parser.byte_offsets = byte_offsets;
    lexer_tokenize(&parser.lexer, source, length);
    ModuleNode *module = parse_module(&parser);
    if (module == NULL || parser.failed) {
        if (!parser.failed) parser_syntax_error(&parser);
        parser_prefer_lexer_error(&parser);
        parser_decide_incomplete(&parser);
        module = NULL;
    }
    lexer_free(&parser.lexer);
    return module;
}

ModuleNode *parse_source(Arena *arena, const char *source, size_t length, ParseMode mode, ParseError *error) {
    return parser_run(arena, source, length, mode, mode == PARSE_FILE, error);
}

ModuleNode *parse_string(Arena *arena, const char *source, size_t length, ParseMode mode, ParseError *error) {
    return parser_run(arena, source, length, mode, false, error);
}
