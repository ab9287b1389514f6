/* lexer.c: source text -> tokens (lexer.h).
 *
 * A port of the *behaviour* of CPython 3.11's tokenizer: the indentation
 * stack (tabs to multiples of 8, checked against tabs-as-one-column for
 * TabError), implicit line joining inside brackets, backslash continuation,
 * the number and string literal shapes and every tokenizer error message.
 * Literals are only delimited here; parser_string.c decodes them. */
#include "lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEXER_MAX_INDENT 100 /* CPython's MAXINDENT */
#define LEXER_MAX_LEVEL 200  /* CPython's MAXLEVEL: nested brackets */
#define LEXER_TAB_SIZE 8

/* The state of one tokenization, alive only inside lexer_tokenize. */
typedef struct Scan {
    Lexer *lexer;
    const char *p;          /* next unread byte */
    const char *end;        /* end of the source */
    int line;               /* line of *p, 1-based */
    const char *line_start; /* first byte of that line */
    bool at_line_start;     /* the next token starts a logical line */
    int indents[LEXER_MAX_INDENT + 1];     /* indentation stack, tabs to 8 */
    int alt_indents[LEXER_MAX_INDENT + 1]; /* the same with tabs as 1 column */
    int depth;              /* top of the indentation stacks */
    char brackets[LEXER_MAX_LEVEL];        /* open brackets, innermost last */
    int bracket_lines[LEXER_MAX_LEVEL];
    int bracket_columns[LEXER_MAX_LEVEL];
    int level;              /* number of open brackets */
} Scan;

static const char *const kind_texts[TOKEN_KIND_COUNT] = {
    [TOKEN_ENDMARKER] = "end of input", [TOKEN_NAME] = "name", [TOKEN_NUMBER] = "number",
    [TOKEN_STRING] = "string", [TOKEN_NEWLINE] = "newline", [TOKEN_INDENT] = "indent",
    [TOKEN_DEDENT] = "dedent", [TOKEN_ERROR] = "error",
#define LEXER_OPERATOR_TEXT(name, text) [TOKEN_##name] = text,
    LEXER_OPERATORS(LEXER_OPERATOR_TEXT)
#undef LEXER_OPERATOR_TEXT
#define LEXER_KEYWORD_TEXT(name, text) [TOKEN_KW_##name] = text,
    LEXER_KEYWORDS(LEXER_KEYWORD_TEXT)
#undef LEXER_KEYWORD_TEXT
};

const char *lexer_kind_text(TokenKind kind) { return kind < TOKEN_KIND_COUNT ? kind_texts[kind] : "?"; }

/* ---- UTF-8 ---- */

int lexer_decode_utf8(const unsigned char *s, size_t n, unsigned *code_point) {
    if (n == 0) return 0;
    unsigned c = s[0];
    int length;
    unsigned minimum;
    if (c < 0x80) { *code_point = c; return 1; }
    if (c >= 0xC2 && c <= 0xDF) { length = 2; c &= 0x1F; minimum = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { length = 3; c &= 0x0F; minimum = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { length = 4; c &= 0x07; minimum = 0x10000; }
    else return 0;
    if ((size_t)length > n) return 0;
    for (int i = 1; i < length; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    *code_point = c;
    return length;
}

/* Why a sequence is not UTF-8, in the words of Python's codec. */
static const char *utf8_error_reason(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (c < 0xC2 || c > 0xF4) return "invalid start byte";
    for (int i = 1; i < length; i++) {
        if ((size_t)i >= n) return "unexpected end of data";
        if ((s[i] & 0xC0) != 0x80) return "invalid continuation byte";
        if (i == 1 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
                       (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90)))
            return "invalid continuation byte";
    }
    return "invalid continuation byte";
}

/* ---- Lines ---- */

const char *lexer_line_text(const Lexer *lexer, int line, size_t *length) {
    if (line < 1 || line > lexer->line_count) {
        *length = 0;
        return "";
    }
    const char *start = lexer->line_starts[line - 1];
    const char *end = line < lexer->line_count ? lexer->line_starts[line] : lexer->source + lexer->length;
    while (end > start && (end[-1] == '\n' || end[-1] == '\r')) end--;
    *length = (size_t)(end - start);
    return start;
}

int lexer_char_offset(const Lexer *lexer, int line, int byte_column) {
    size_t length;
    const char *text = lexer_line_text(lexer, line, &length);
    int chars = 0;
    for (int i = 0; i < byte_column; i++) {
        if ((size_t)i >= length || ((unsigned char)text[i] & 0xC0) != 0x80) chars++;
    }
    return chars + 1;
}

/* Record where every line starts, so errors can quote their line. */
static bool lexer_index_lines(Lexer *lexer) {
    int count = 1;
    for (size_t i = 0; i < lexer->length; i++) count += lexer->source[i] == '\n';
    lexer->line_starts = malloc(sizeof(const char *) * (size_t)count);
    if (lexer->line_starts == NULL) return false;
    lexer->line_starts[0] = lexer->source;
    int line = 1;
    for (size_t i = 0; i < lexer->length; i++) {
        if (lexer->source[i] == '\n') lexer->line_starts[line++] = lexer->source + i + 1;
    }
    lexer->line_count = count;
    return true;
}

/* ---- Tokens and errors ---- */

static bool scan_push(Scan *scan, TokenKind kind, const char *start, int line, int column) {
    Lexer *lexer = scan->lexer;
    if (lexer->count == lexer->capacity) {
        int capacity = lexer->capacity < 64 ? 64 : lexer->capacity * 2;
        Token *tokens = realloc(lexer->tokens, sizeof(Token) * (size_t)capacity);
        if (tokens == NULL) return false;
        lexer->tokens = tokens;
        lexer->capacity = capacity;
    }
    Token *token = &lexer->tokens[lexer->count++];
    token->kind = kind;
    token->start = start;
    token->length = (size_t)(scan->p - start);
    token->line = line;
    token->column = column;
    token->end_line = scan->line;
    token->end_column = (int)(scan->p - scan->line_start);
    token->level = scan->level;
    return true;
}

/* Record the lexical error at (line, column) and end the token stream with
 * an ERROR token there. Always returns false. */
static bool scan_error_at(Scan *scan, LexErrorKind kind, const char *type, int line, int column,
                          const char *format, ...) {
    LexError *error = &scan->lexer->error;
    if (error->kind == LEX_ERROR_NONE) {
        error->kind = kind;
        error->type = type;
        error->line = line;
        error->column = column < 0 ? 0 : column;
        va_list args;
        va_start(args, format);
        vsnprintf(error->message, sizeof error->message, format, args);
        va_end(args);
    }
    const char *start = scan->p;
    scan_push(scan, TOKEN_ERROR, start, line, column < 0 ? 0 : column);
    return false;
}

/* An error at the current position (CPython's tok->cur, minus one). */
static bool scan_syntax_error(Scan *scan, const char *message) {
    return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, (int)(scan->p - scan->line_start) - 1,
                         "%s", message);
}

static int scan_column(const Scan *scan, const char *at) { return (int)(at - scan->line_start); }

/* Move past a newline at scan->p ("\n" or "\r\n"). */
static void scan_newline(Scan *scan) {
    if (*scan->p == '\r') scan->p++;
    if (scan->p < scan->end && *scan->p == '\n') scan->p++;
    scan->line++;
    scan->line_start = scan->p;
}

static bool scan_at_newline(const Scan *scan) {
    return scan->p < scan->end &&
           (*scan->p == '\n' || (*scan->p == '\r' && scan->p + 1 < scan->end && scan->p[1] == '\n'));
}

/* ---- Indentation ---- */

/* Measure the indentation of a new line and emit INDENT/DEDENT tokens, or
 * skip the line if it holds only blanks and a comment. Returns false on an
 * indentation error. Sets *blank when the line was skipped. */
static bool scan_indentation(Scan *scan, bool *blank) {
    int column = 0, alt_column = 0;
    while (scan->p < scan->end) {
        char c = *scan->p;
        if (c == ' ') { column++; alt_column++; }
        else if (c == '\t') { column = (column / LEXER_TAB_SIZE + 1) * LEXER_TAB_SIZE; alt_column++; }
        else if (c == '\f') { column = alt_column = 0; }
        else break;
        scan->p++;
    }
    *blank = scan->p >= scan->end || *scan->p == '#' || *scan->p == '\n' || *scan->p == '\r';
    if (*blank) {
        if (scan->p >= scan->end) *blank = false; /* end of input: handled by the caller */
        while (scan->p < scan->end && *scan->p != '\n' && !(*scan->p == '\r' && scan_at_newline(scan))) scan->p++;
        if (scan->p < scan->end) scan_newline(scan);
        return true;
    }
    int top = scan->depth;
    const char *here = scan->p;
    if (column == scan->indents[top]) {
        if (alt_column != scan->alt_indents[top]) goto tab_error;
    } else if (column > scan->indents[top]) {
        if (top + 1 >= LEXER_MAX_INDENT)
            return scan_error_at(scan, LEX_ERROR_DONE, "IndentationError", scan->line, 0,
                                 "too many levels of indentation");
        if (alt_column <= scan->alt_indents[top]) goto tab_error;
        scan->depth++;
        scan->indents[scan->depth] = column;
        scan->alt_indents[scan->depth] = alt_column;
        scan->p = here;
        if (!scan_push(scan, TOKEN_INDENT, scan->line_start, scan->line, 0)) return false;
        scan->lexer->tokens[scan->lexer->count - 1].end_column = scan_column(scan, here);
    } else {
        while (scan->depth > 0 && column < scan->indents[scan->depth]) {
            scan->depth--;
            if (!scan_push(scan, TOKEN_DEDENT, here, scan->line, scan_column(scan, here))) return false;
        }
        if (column != scan->indents[scan->depth]) {
            const char *end = here;
            while (end < scan->end && *end != '\n' && *end != '\r') end++;
            return scan_error_at(scan, LEX_ERROR_DONE, "IndentationError", scan->line, scan_column(scan, end),
                                 "unindent does not match any outer indentation level");
        }
        if (alt_column != scan->alt_indents[scan->depth]) goto tab_error;
    }
    return true;
tab_error:
    return scan_error_at(scan, LEX_ERROR_DONE, "TabError", scan->line, 0,
                         "inconsistent use of tabs and spaces in indentation");
}

/* ---- Identifiers ---- */

static bool is_ascii_identifier_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_ascii_identifier_char(unsigned char c) {
    return is_ascii_identifier_start(c) || (c >= '0' && c <= '9');
}

/* Without Unicode tables we refuse the blocks that hold punctuation,
 * symbols, spaces and emoji, and accept other letters; CPython's exact
 * XID_Start/XID_Continue sets are wider in a few corners. */
static bool is_identifier_code_point(unsigned c) {
    static const unsigned refused[][2] = {
        {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9}, {0xBB, 0xBF}, {0xD7, 0xD7},
        {0xF7, 0xF7}, {0x2000, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x206F}, {0x20A0, 0x20CF},
        {0x2190, 0x23FF}, {0x2400, 0x24FF}, {0x2500, 0x27FF}, {0x2900, 0x2BFF}, {0x2E00, 0x2E7F},
        {0x3000, 0x3004}, {0x3008, 0x3020}, {0x3030, 0x3030}, {0xFE10, 0xFE1F}, {0xFE30, 0xFE4F},
        {0xFF00, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65},
        {0xFFF0, 0xFFFF}, {0x1F000, 0x1FAFF},
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        if (c >= refused[i][0] && c <= refused[i][1]) return false;
    }
    return true;
}

/* CPython's words for a character that cannot start a token. */
static bool scan_invalid_character(Scan *scan, const char *at, unsigned code_point) {
    int column = scan_column(scan, at);
    if (code_point < 0x80 && (code_point < 0x20 || code_point == 0x7F))
        return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, column,
                             "invalid non-printable character U+%04X", code_point);
    int length = lexer_decode_utf8((const unsigned char *)at, (size_t)(scan->end - at), &code_point);
    return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, column, "invalid character '%.*s' (U+%04X)",
                         length, at, code_point);
}

static TokenKind keyword_kind(const char *start, size_t length) {
    static const struct { const char *text; TokenKind kind; } keywords[] = {
#define LEXER_KEYWORD_ENTRY(name, text) {text, TOKEN_KW_##name},
        LEXER_KEYWORDS(LEXER_KEYWORD_ENTRY)
#undef LEXER_KEYWORD_ENTRY
    };
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (strlen(keywords[i].text) == length && memcmp(keywords[i].text, start, length) == 0) return keywords[i].kind;
    }
    return TOKEN_NAME;
}

/* True if `start..length` is a string prefix (r, b, f, u, rb, br, fr, rf in any case). */
static bool is_string_prefix(const char *start, size_t length) {
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (size_t i = 0; i < length; i++) {
        char c = (char)(start[i] | 0x20);
        if (c == 'b' && !saw_b && !saw_u && !saw_f) saw_b = true;
        else if (c == 'r' && !saw_r && !saw_u) saw_r = true;
        else if (c == 'u' && !saw_u && !saw_b && !saw_r && !saw_f) saw_u = true;
        else if (c == 'f' && !saw_f && !saw_b && !saw_u) saw_f = true;
        else return false;
    }
    return length > 0;
}

static bool scan_string(Scan *scan, const char *start);

/* A NAME or keyword, or the prefix of a string literal. */
static bool scan_name(Scan *scan) {
    const char *start = scan->p;
    int column = scan_column(scan, start);
    while (scan->p < scan->end) {
        unsigned char c = (unsigned char)*scan->p;
        if (is_ascii_identifier_char(c)) {
            scan->p++;
            continue;
        }
        if (c < 0x80) break;
        unsigned code_point;
        int length = lexer_decode_utf8((const unsigned char *)scan->p, (size_t)(scan->end - scan->p), &code_point);
        if (!is_identifier_code_point(code_point)) {
            if (scan->p == start) return scan_invalid_character(scan, scan->p, code_point);
            break;
        }
        scan->p += length;
    }
    if (scan->p < scan->end && (*scan->p == '"' || *scan->p == '\'') && is_string_prefix(start, (size_t)(scan->p - start)))
        return scan_string(scan, start);
    if (scan->p < scan->end && (unsigned char)*scan->p >= 0x80) {
        unsigned code_point = 0;
        lexer_decode_utf8((const unsigned char *)scan->p, (size_t)(scan->end - scan->p), &code_point);
        return scan_invalid_character(scan, scan->p, code_point);
    }
    return scan_push(scan, keyword_kind(start, (size_t)(scan->p - start)), start, scan->line, column);
}

/* ---- Strings ---- */

/* The line CPython's tokenizer counts as current where a string runs into
 * the end of input: it numbers a line when it reads it, so a newline eaten
 * last (after a backslash, or inside triple quotes) does not start one. */
static int scan_last_line_read(const Scan *scan) {
    if (scan->p >= scan->end && scan->p > scan->lexer->source && scan->p[-1] == '\n') return scan->line - 1;
    return scan->line;
}

/* Delimit a string literal whose prefix starts at `start` and whose quote is
 * at scan->p. Escapes are skipped (a backslash always protects the next
 * character, even in raw strings), newlines only allowed in triple quotes. */
static bool scan_string(Scan *scan, const char *start) {
    int line = scan->line, column = scan_column(scan, start);
    char quote = *scan->p;
    bool triple = scan->end - scan->p >= 3 && scan->p[1] == quote && scan->p[2] == quote;
    scan->p += triple ? 3 : 1;
    for (;;) {
        if (scan->p >= scan->end || (!triple && scan_at_newline(scan)) || (!triple && *scan->p == '\n')) {
            int detected = scan_last_line_read(scan);
            /* The input ends in a triple-quoted string, or in a one-line
             * string continued by a backslash: the REPL reads on. */
            bool continued = scan->p >= scan->end && scan->p - start >= 2 && scan->p[-1] == '\n' &&
                             (scan->p[-2] == '\\' || (scan->p[-2] == '\r' && scan->p - start >= 3 && scan->p[-3] == '\\'));
            scan->lexer->error.incomplete = triple || continued;
            return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", line, column,
                                 triple ? "unterminated triple-quoted string literal (detected at line %d)"
                                        : "unterminated string literal (detected at line %d)",
                                 detected);
        }
        char c = *scan->p;
        if (c == quote && (!triple || (scan->end - scan->p >= 3 && scan->p[1] == quote && scan->p[2] == quote))) {
            scan->p += triple ? 3 : 1;
            break;
        }
        if (c == '\\' && scan->p + 1 < scan->end) {
            scan->p++;
            if (scan_at_newline(scan)) scan_newline(scan);
            else scan->p++;
        } else if (scan_at_newline(scan)) {
            scan_newline(scan);
        } else {
            scan->p++;
        }
    }
    return scan_push(scan, TOKEN_STRING, start, line, column);
}

/* ---- Numbers ---- */

static bool is_digit_in(char c, int base) {
    if (base == 16) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
    return c >= '0' && c < '0' + base;
}

/* Digits of `base` with single underscores between them. Returns false (with
 * the error set) on a misplaced underscore; *count gets the digits read. */
static bool scan_digits(Scan *scan, int base, const char *kind, int *count) {
    *count = 0;
    while (scan->p < scan->end) {
        if (is_digit_in(*scan->p, base)) {
            scan->p++;
            (*count)++;
        } else if (*scan->p == '_' && *count > 0) {
            scan->p++;
            if (scan->p >= scan->end || !is_digit_in(*scan->p, base)) {
                char message[64];
                snprintf(message, sizeof message, "invalid %s literal", kind);
                return scan_syntax_error(scan, message);
            }
        } else {
            break;
        }
    }
    return true;
}

static bool starts_with(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    return (size_t)(end - p) >= n && memcmp(p, word, n) == 0;
}

/* A number may touch a following keyword (`1if x else 2`), not a name. */
static bool scan_end_of_number(Scan *scan, const char *kind) {
    const char *p = scan->p;
    if (p >= scan->end) return true;
    static const char *const keywords[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        if (starts_with(p, scan->end, keywords[i])) return true;
    }
    unsigned char c = (unsigned char)*p;
    if (is_ascii_identifier_char(c)) {
        char message[64];
        snprintf(message, sizeof message, "invalid %s literal", kind);
        return scan_syntax_error(scan, message);
    }
    return true;
}

/* 0x, 0o, 0b literals: the prefix is at scan->p. */
static bool scan_prefixed_int(Scan *scan, const char *start, int column) {
    char prefix = (char)(scan->p[1] | 0x20);
    int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
    const char *kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    scan->p += 2;
    int count = 0;
    if (scan->p < scan->end && *scan->p == '_') scan->p++;
    if (!scan_digits(scan, base, kind, &count)) return false;
    if (scan->p < scan->end && base != 16 && *scan->p >= '0' && *scan->p <= '9') {
        char message[64];
        snprintf(message, sizeof message, "invalid digit '%c' in %s literal", *scan->p, kind);
        scan->p++;
        return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, scan_column(scan, scan->p) - 1, "%s",
                             message);
    }
    if (count == 0) {
        char message[64];
        snprintf(message, sizeof message, "invalid %s literal", kind);
        return scan_syntax_error(scan, message);
    }
    if (!scan_end_of_number(scan, kind)) return false;
    return scan_push(scan, TOKEN_NUMBER, start, scan->line, column);
}

/* The fraction and exponent of a float; scan->p is at '.', 'e' or 'E'. */
static bool scan_float_tail(Scan *scan) {
    int count;
    if (scan->p < scan->end && *scan->p == '.') {
        scan->p++;
        if (!scan_digits(scan, 10, "decimal", &count)) return false;
    }
    if (scan->p < scan->end && (*scan->p == 'e' || *scan->p == 'E')) {
        const char *e = scan->p++;
        if (scan->p < scan->end && (*scan->p == '+' || *scan->p == '-')) {
            scan->p++;
            if (scan->p >= scan->end || *scan->p < '0' || *scan->p > '9') {
                return scan_syntax_error(scan, "invalid decimal literal");
            }
        } else if (scan->p >= scan->end || *scan->p < '0' || *scan->p > '9') {
            scan->p = e;
            if (!scan_end_of_number(scan, "decimal")) return false;
            return true;
        }
        if (!scan_digits(scan, 10, "decimal", &count)) return false;
    }
    return true;
}

/* Any number: scan->p is at a digit, or at '.' before a digit. */
static bool scan_number(Scan *scan) {
    const char *start = scan->p;
    int column = scan_column(scan, start);
    int count;
    if (*scan->p == '0' && scan->p + 1 < scan->end && strchr("xXoObB", scan->p[1]) != NULL && scan->p[1] != '\0')
        return scan_prefixed_int(scan, start, column);
    bool is_float = *scan->p == '.';
    if (!is_float && !scan_digits(scan, 10, "decimal", &count)) return false;
    const char *digits_end = scan->p;
    if (scan->p < scan->end && (*scan->p == '.' || *scan->p == 'e' || *scan->p == 'E')) {
        const char *before = scan->p;
        if (!scan_float_tail(scan)) return false;
        is_float = is_float || scan->p != before;
    }
    if (scan->p < scan->end && (*scan->p == 'j' || *scan->p == 'J')) {
        scan->p++;
        return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, column,
                             "complex number literals (%.*s) are not supported by Baton", (int)(scan->p - start), start);
    }
    if (!is_float && *start == '0') {
        for (const char *q = start; q < digits_end; q++) {
            if (*q != '0' && *q != '_') {
                const char *zeros = start;
                while (zeros < digits_end && (*zeros == '0' || *zeros == '_')) zeros++;
                scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, column,
                              "leading zeros in decimal integer literals are not permitted; "
                              "use an 0o prefix for octal integers");
                scan->lexer->error.end_line = scan->line;
                scan->lexer->error.end_column = scan_column(scan, zeros);
                scan->lexer->error.byte_columns = true; /* CPython gives this range in bytes */
                return false;
            }
        }
    }
    if (!scan_end_of_number(scan, "decimal")) return false;
    return scan_push(scan, TOKEN_NUMBER, start, scan->line, column);
}

/* ---- Operators and brackets ---- */

static bool scan_open_bracket(Scan *scan, char c, int column) {
    if (scan->level >= LEXER_MAX_LEVEL)
        return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, column, "too many nested parentheses");
    scan->brackets[scan->level] = c;
    scan->bracket_lines[scan->level] = scan->line;
    scan->bracket_columns[scan->level] = column;
    scan->level++;
    return true;
}

static bool scan_close_bracket(Scan *scan, char c, int column) {
    if (scan->level == 0)
        return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, column, "unmatched '%c'", c);
    char open = scan->brackets[scan->level - 1];
    int open_line = scan->bracket_lines[scan->level - 1];
    if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
        if (open_line != scan->line)
            return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, column,
                                 "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open,
                                 open_line);
        return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", scan->line, column,
                             "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
    }
    scan->level--;
    return true;
}

/* The longest operator at scan->p, or a lexical error for a stray character. */
static bool scan_operator(Scan *scan) {
    static const struct { const char *text; TokenKind kind; } operators[] = {
#define LEXER_OPERATOR_ENTRY(name, text) {text, TOKEN_##name},
        LEXER_OPERATORS(LEXER_OPERATOR_ENTRY)
#undef LEXER_OPERATOR_ENTRY
    };
    const char *start = scan->p;
    int column = scan_column(scan, start);
    size_t best = 0;
    TokenKind kind = TOKEN_ERROR;
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        size_t n = strlen(operators[i].text);
        if (n > best && starts_with(start, scan->end, operators[i].text)) {
            best = n;
            kind = operators[i].kind;
        }
    }
    if (kind == TOKEN_ERROR) {
        unsigned char c = (unsigned char)*start;
        if (c >= 0x80 || c < 0x20 || c == 0x7F) return scan_invalid_character(scan, start, c);
        scan->p++;
        return scan_error_at(scan, LEX_ERROR_DONE, "SyntaxError", scan->line, column, "invalid syntax");
    }
    if (kind == TOKEN_LPAR || kind == TOKEN_LSQB || kind == TOKEN_LBRACE) {
        if (!scan_open_bracket(scan, *start, column)) return false;
    } else if (kind == TOKEN_RPAR || kind == TOKEN_RSQB || kind == TOKEN_RBRACE) {
        if (!scan_close_bracket(scan, *start, column)) return false;
    }
    scan->p += best;
    return scan_push(scan, kind, start, scan->line, column);
}

/* ---- The main loop ---- */

/* End of input: close the last logical line and every indentation level. */
static bool scan_end(Scan *scan) {
    if (scan->level > 0) {
        LexError *error = &scan->lexer->error;
        error->incomplete = true;
        error->bracket = scan->brackets[scan->level - 1];
        error->bracket_line = scan->bracket_lines[scan->level - 1];
        error->bracket_column = scan->bracket_columns[scan->level - 1];
        return scan_error_at(scan, LEX_ERROR_EOF, "SyntaxError", error->bracket_line, error->bracket_column,
                             "'%c' was never closed", error->bracket);
    }
    Lexer *lexer = scan->lexer;
    if (lexer->count > 0 && lexer->tokens[lexer->count - 1].kind != TOKEN_NEWLINE &&
        lexer->tokens[lexer->count - 1].kind != TOKEN_DEDENT && lexer->tokens[lexer->count - 1].kind != TOKEN_INDENT) {
        if (!scan_push(scan, TOKEN_NEWLINE, scan->p, scan->line, scan_column(scan, scan->p))) return false;
        lexer->tokens[lexer->count - 1].end_column++;
    }
    if (scan->p > scan->line_start) {
        scan->line++;
        scan->line_start = scan->p;
    }
    for (; scan->depth > 0; scan->depth--) {
        if (!scan_push(scan, TOKEN_DEDENT, scan->p, scan->line, 0)) return false;
    }
    return scan_push(scan, TOKEN_ENDMARKER, scan->p, scan->line, 0);
}

/* A backslash: the logical line goes on at the next physical line. */
static bool scan_continuation(Scan *scan) {
    scan->p++;
    int line = scan->line, column = scan_column(scan, scan->p);
    if (!scan_at_newline(scan)) {
        if (scan->p < scan->end) scan->p++;
        return scan_error_at(scan, LEX_ERROR_DONE, "SyntaxError", scan->line, scan_column(scan, scan->p) - 1,
                             "unexpected character after line continuation character");
    }
    scan_newline(scan);
    if (scan->p >= scan->end) {
        scan->lexer->error.incomplete = true;
        return scan_error_at(scan, LEX_ERROR_EOF, "SyntaxError", line, column, "unexpected EOF while parsing");
    }
    return true;
}

/* Produce the next token(s). Returns false at an error; *done at ENDMARKER. */
static bool scan_next(Scan *scan, bool *done) {
    for (;;) {
        if (scan->at_line_start && scan->level == 0) {
            bool blank;
            if (!scan_indentation(scan, &blank)) return false;
            if (blank) continue;
            scan->at_line_start = false;
        }
        while (scan->p < scan->end && (*scan->p == ' ' || *scan->p == '\t' || *scan->p == '\f' ||
                                       (*scan->p == '\r' && !scan_at_newline(scan))))
            scan->p++;
        if (scan->p < scan->end && *scan->p == '#') {
            while (scan->p < scan->end && *scan->p != '\n' && !scan_at_newline(scan)) scan->p++;
        }
        if (scan->p >= scan->end) {
            *done = true;
            return scan_end(scan);
        }
        char c = *scan->p;
        if (c == '\n' || c == '\r') {
            if (scan->level > 0) {
                scan_newline(scan);
                continue;
            }
            const char *start = scan->p;
            int line = scan->line, column = scan_column(scan, start);
            scan->p++;
            bool ok = scan_push(scan, TOKEN_NEWLINE, start, line, column);
            scan->p = start;
            scan_newline(scan);
            scan->at_line_start = true;
            return ok;
        }
        if (c == '\\') {
            if (!scan_continuation(scan)) return false;
            continue;
        }
        unsigned char u = (unsigned char)c;
        if (is_ascii_identifier_start(u) || u >= 0x80) return scan_name(scan);
        if ((c >= '0' && c <= '9') || (c == '.' && scan->p + 1 < scan->end && scan->p[1] >= '0' && scan->p[1] <= '9'))
            return scan_number(scan);
        if (c == '"' || c == '\'') return scan_string(scan, scan->p);
        return scan_operator(scan);
    }
}

/* Refuse NUL bytes and malformed UTF-8 before tokenizing. */
static bool lexer_check_encoding(Lexer *lexer, Scan *scan) {
    const unsigned char *s = (const unsigned char *)lexer->source;
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < lexer->length;) {
        unsigned code_point;
        if (s[i] == 0)
            return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", line, 0, "source code cannot contain null bytes");
        int n = lexer_decode_utf8(s + i, lexer->length - i, &code_point);
        if (n == 0) {
            size_t line_end = i;
            while (line_end < lexer->length && s[line_end] != '\n') line_end++;
            return scan_error_at(scan, LEX_ERROR_RAISED, "SyntaxError", line, (int)(line_end - line_start),
                                 "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", s[i],
                                 (int)(i - line_start), utf8_error_reason(s + i, lexer->length - i));
        }
        if (s[i] == '\n') {
            line++;
            line_start = i + 1;
        }
        i += (size_t)n;
    }
    return true;
}

bool lexer_tokenize(Lexer *lexer, const char *source, size_t length) {
    memset(lexer, 0, sizeof *lexer);
    if (length >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0) {
        source += 3;
        length -= 3;
    }
    lexer->source = source;
    lexer->length = length;
    Scan scan;
    memset(&scan, 0, sizeof scan);
    scan.lexer = lexer;
    scan.p = source;
    scan.end = source + length;
    scan.line = 1;
    scan.line_start = source;
    scan.at_line_start = true;
    if (!lexer_index_lines(lexer)) {
        lexer->line_count = 0;
        return scan_error_at(&scan, LEX_ERROR_RAISED, "SyntaxError", 1, 0, "out of memory");
    }
    if (!lexer_check_encoding(lexer, &scan)) return false;
    bool done = false;
    while (!done) {
        if (!scan_next(&scan, &done)) {
            if (lexer->error.kind == LEX_ERROR_NONE)
                scan_error_at(&scan, LEX_ERROR_RAISED, "SyntaxError", scan.line, 0, "out of memory");
            return false;
        }
    }
    return true;
}

void lexer_free(Lexer *lexer) {
    free(lexer->tokens);
    free(lexer->line_starts);
    lexer->tokens = NULL;
    lexer->line_starts = NULL;
}
