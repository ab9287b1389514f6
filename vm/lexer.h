/* lexer.h: source text -> tokens, the first stage of the front end.
 *
 * lexer_tokenize turns the whole source into an array of tokens at once, as
 * CPython's tokenizer would hand them to its parser one by one: NAME, NUMBER,
 * STRING (still undecoded: the parser decodes literals and splits f-strings),
 * operators, NEWLINE, INDENT/DEDENT from the indentation stack, ENDMARKER.
 * It stops at the first lexical error, which it records and marks with a
 * TOKEN_ERROR token; the parser (parser.c) decides when to report it, the way
 * CPython lets tokenizer errors win over generic parser errors. */
#ifndef BATON_LEXER_H
#define BATON_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"

/* The operators and delimiters, longest spelling first within a prefix. */
#define LEXER_OPERATORS(X)                                                                      \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}")          \
    X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*")          \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=")       \
    X(DOT, ".") X(PERCENT, "%") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=")         \
    X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<")                \
    X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=")             \
    X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=")         \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=")                      \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")                  \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->")                   \
    X(ELLIPSIS, "...") X(COLONEQUAL, ":=")

/* The hard keywords of Python 3.11 (soft keywords stay NAMEs). */
#define LEXER_KEYWORDS(X)                                                                       \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and") X(AS, "as")                 \
    X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await") X(BREAK, "break")                  \
    X(CLASS, "class") X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del") X(ELIF, "elif")      \
    X(ELSE, "else") X(EXCEPT, "except") X(FINALLY, "finally") X(FOR, "for") X(FROM, "from")    \
    X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import") X(IN, "in") X(IS, "is")                \
    X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal") X(NOT, "not") X(OR, "or") X(PASS, "pass")      \
    X(RAISE, "raise") X(RETURN, "return") X(TRY, "try") X(WHILE, "while") X(WITH, "with")      \
    X(YIELD, "yield")

typedef enum TokenKind {
    TOKEN_ENDMARKER, /* end of input */
    TOKEN_NAME,      /* an identifier (not a keyword) */
    TOKEN_NUMBER,    /* an int or float literal */
    TOKEN_STRING,    /* one string literal, prefix and quotes included */
    TOKEN_NEWLINE,   /* end of a logical line */
    TOKEN_INDENT,    /* the line is indented deeper than the previous one */
    TOKEN_DEDENT,    /* one level of indentation closed */
    TOKEN_ERROR,     /* the lexical error recorded in Lexer.error */
#define LEXER_OPERATOR_KIND(name, text) TOKEN_##name,
    LEXER_OPERATORS(LEXER_OPERATOR_KIND)
#undef LEXER_OPERATOR_KIND
#define LEXER_KEYWORD_KIND(name, text) TOKEN_KW_##name,
    LEXER_KEYWORDS(LEXER_KEYWORD_KIND)
#undef LEXER_KEYWORD_KIND
    TOKEN_KIND_COUNT
} TokenKind;

typedef struct Token {
    TokenKind kind;         /* what it is; keywords have their own kinds */
    const char *start;      /* its text in the source */
    size_t length;          /* length of that text in bytes */
    int line, column;       /* start: 1-based line, 0-based byte column */
    int end_line, end_column; /* end (exclusive column) */
    int level;              /* bracket depth after the token ('(' counts itself) */
} Token;

/* How the parser should treat the lexer's error (see parser.c). */
typedef enum LexErrorKind {
    LEX_ERROR_NONE,     /* no error: the token array ends with ENDMARKER */
    LEX_ERROR_RAISED,   /* CPython raises it from its tokenizer: it wins over parser errors */
    LEX_ERROR_DONE,     /* CPython reports it only when the parser reaches it */
    LEX_ERROR_EOF,      /* end of input inside brackets or after a backslash */
} LexErrorKind;

typedef struct LexError {
    LexErrorKind kind;   /* see above */
    const char *type;    /* "SyntaxError", "IndentationError", "TabError" */
    char message[256];   /* CPython's message */
    int line, column;    /* 1-based line, 0-based byte column */
    int end_line, end_column; /* caret range end (byte column), 0 when none */
    bool incomplete;     /* the input ended too early (REPL: read more) */
    bool byte_columns;   /* a RAISED error CPython places by byte, not character */
    int bracket_line;    /* for LEX_ERROR_EOF in brackets: the open bracket */
    int bracket_column;
    char bracket;        /* the unclosed bracket character, 0 if none */
} LexError;

typedef struct Lexer {
    const char *source;  /* the whole source, `length` bytes */
    size_t length;
    Token *tokens;       /* every token, ending with ENDMARKER or ERROR (malloc'd) */
    int count, capacity;
    const char **line_starts; /* line_starts[n] is where line n+1 begins (malloc'd) */
    int line_count;
    LexError error;      /* the first lexical error, if any */
} Lexer;

/* Tokenize `length` bytes of `source`. Always produces at least one token;
 * returns false if it stopped at an error (see lexer->error). */
bool lexer_tokenize(Lexer *lexer, const char *source, size_t length);
void lexer_free(Lexer *lexer);

/* The text of line `line` (1-based) without its newline; "" out of range. */
const char *lexer_line_text(const Lexer *lexer, int line, size_t *length);
/* A byte column of `line` as CPython's 1-based character offset. */
int lexer_char_offset(const Lexer *lexer, int line, int byte_column);
/* The spelling of a token kind for messages: "(", "if"... */
const char *lexer_kind_text(TokenKind kind);
/* The number of bytes of the UTF-8 sequence at `s` (at most `n`), decoding
 * it into *code_point; 0 if it is not valid UTF-8. */
int lexer_decode_utf8(const unsigned char *s, size_t n, unsigned *code_point);

#endif
