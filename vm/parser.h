/* parser.h: source text -> AST (parser.c), on top of the lexer (lexer.c).
 *
 * A hand-written recursive-descent parser for the grammar of the subset.
 * Everything outside the subset that CPython 3.11 accepts (match, walrus in
 * odd places, complex literals, type hints beyond annotations...) is refused
 * with a SyntaxError naming the construct. Errors carry CPython's message,
 * line and column where CPython's parser gives them. */
#ifndef BATON_PARSER_H
#define BATON_PARSER_H

#include "ast.h"

typedef enum ParseMode {
    PARSE_FILE,        /* a module: statements up to end of input */
    PARSE_INTERACTIVE, /* one REPL entry: one statement (compound ones complete) */
    PARSE_EVAL,        /* one expression */
} ParseMode;

typedef struct ParseError {
    const char *type;   /* "SyntaxError", "IndentationError" or "TabError" */
    char message[256];  /* as CPython's: "invalid syntax", "expected ':'"... */
    int line, column;   /* 1-based line and 1-based column (CPython's offset) */
    int end_line, end_column; /* end of the caret range (end_offset); 0 if none */
    bool incomplete;    /* the input ended inside an open construct (REPL: read more) */
} ParseError;

/* Parse `length` bytes of UTF-8 `source`. Returns NULL and fills `error` on a
 * syntax error. Never crashes on any input, however malformed; nesting
 * deeper than CPython's limits gives "too many nested parentheses" or
 * RecursionError-style SyntaxErrors rather than a C stack overflow. */
ModuleNode *parse_source(Arena *arena, const char *source, size_t length, ParseMode mode, ParseError *error);

/* As parse_source, for source that CPython receives as a str (-c, exec,
 * eval, compile of a str): its error columns then count characters, where
 * for a file (script, import, script on stdin) they count bytes. */
ModuleNode *parse_string(Arena *arena, const char *source, size_t length, ParseMode mode, ParseError *error);

#endif
