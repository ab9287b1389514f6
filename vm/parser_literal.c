/* parser_literal.c: literals: numbers, strings (prefixes, escapes, adjacent
 * concatenation) and f-strings split into their parts.
 *
 * The lexer only delimits a literal; here its text becomes a Constant, or
 * for f-strings a JoinedStr of literal Constants and FormattedValues whose
 * expressions are parsed by a nested Parser over the field's text, as
 * CPython 3.11 does (its f-strings are single STRING tokens too). */
#include "parser_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CPython's limit for decimal integer literals (sys.int_info). */
#define LITERAL_MAX_DECIMAL_DIGITS 4300
/* Longest hex/octal/binary big int literal converted to decimal text. */
#define LITERAL_MAX_BASE_DIGITS 20000

/* ---- Numbers ---- */

/* Decimal text of a big int written in base 2, 8 or 16 (digits as values):
 * schoolbook conversion through base-1e9 limbs. */
static const char *big_to_decimal(Parser *p, const unsigned char *digits, size_t count, int base) {
    size_t capacity = count + 2;
    uint32_t *limbs = arena_allocate(p->arena, sizeof(uint32_t) * capacity);
    size_t used = 0;
    for (size_t i = 0; i < count; i++) {
        uint64_t carry = digits[i];
        for (size_t j = 0; j < used; j++) {
            uint64_t value = (uint64_t)limbs[j] * (uint64_t)base + carry;
            limbs[j] = (uint32_t)(value % 1000000000u);
            carry = value / 1000000000u;
        }
        while (carry != 0) {
            limbs[used++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    char *text = arena_allocate(p->arena, used * 9 + 2);
    if (used == 0) return "0";
    char *out = text + sprintf(text, "%u", limbs[used - 1]);
    for (size_t j = used - 1; j-- > 0;) out += sprintf(out, "%09u", limbs[j]);
    return text;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    return (c | 0x20) - 'a' + 10;
}

static Expr *number_int(Parser *p, Expr *expr, const char *digits, size_t count, int base) {
    uint64_t value = 0;
    bool big = false;
    for (size_t i = 0; i < count && !big; i++) {
        int d = digit_value(digits[i]);
        if (value > ((uint64_t)INT64_MAX - (uint64_t)d) / (uint64_t)base) big = true;
        else value = value * (uint64_t)base + (uint64_t)d;
    }
    expr->as.constant.kind = CONSTANT_INT;
    if (!big) {
        expr->as.constant.integer = (int64_t)value;
        return expr;
    }
    while (count > 1 && *digits == '0') digits++, count--;
    expr->as.constant.is_big_int = true;
    if (base == 10) {
        if (count > LITERAL_MAX_DECIMAL_DIGITS)
            return parser_error_span(p, expr->span,
                                     "Exceeds the limit (4300 digits) for integer string conversion: value has %zu "
                                     "digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                                     "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                                     count), NULL;
        expr->as.constant.text = arena_strndup(p->arena, digits, count);
    } else {
        if (count > LITERAL_MAX_BASE_DIGITS)
            return parser_error_span(p, expr->span, "integer literal too large for Baton"), NULL;
        unsigned char *values = arena_allocate(p->arena, count);
        for (size_t i = 0; i < count; i++) values[i] = (unsigned char)digit_value(digits[i]);
        expr->as.constant.text = big_to_decimal(p, values, count, base);
    }
    expr->as.constant.length = strlen(expr->as.constant.text);
    return expr;
}

Expr *parse_number(Parser *p) {
    const Token *token = parser_advance(p);
    Expr *expr = parser_new_expr(p, EXPR_CONSTANT, parser_span_from(p, token));
    char *text = arena_allocate(p->arena, token->length + 1);
    size_t length = 0;
    for (size_t i = 0; i < token->length; i++) {
        if (token->start[i] != '_') text[length++] = token->start[i];
    }
    text[length] = '\0';
    if (length > 1 && text[0] == '0' && strchr("xXoObB", text[1]) != NULL) {
        char prefix = (char)(text[1] | 0x20);
        return number_int(p, expr, text + 2, length - 2, prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2);
    }
    if (strpbrk(text, ".eE") != NULL) {
        expr->as.constant.kind = CONSTANT_FLOAT;
        expr->as.constant.number = strtod(text, NULL);
        return expr;
    }
    return number_int(p, expr, text, length, 10);
}

/* ---- Byte buffers in the arena ---- */

typedef struct Buffer {
    char *data;       /* arena memory, regrown by doubling */
    size_t length, capacity;
} Buffer;

static void buffer_append(Parser *p, Buffer *buffer, const char *chars, size_t length) {
    if (length == 0) return;
    if (buffer->length + length > buffer->capacity) {
        size_t capacity = buffer->capacity < 64 ? 64 : buffer->capacity;
        while (capacity < buffer->length + length) capacity *= 2;
        char *data = arena_allocate(p->arena, capacity + 1);
        if (buffer->length > 0) memcpy(data, buffer->data, buffer->length);
        buffer->data = data;
        buffer->capacity = capacity;
    }
    memcpy(buffer->data + buffer->length, chars, length);
    buffer->length += length;
}

/* Append code point `c` as UTF-8 (lone surrogates included, as CPython
 * allows them in str). */
static void buffer_append_code_point(Parser *p, Buffer *buffer, unsigned c) {
    char bytes[4];
    int n;
    if (c < 0x80) { bytes[0] = (char)c; n = 1; }
    else if (c < 0x800) { bytes[0] = (char)(0xC0 | (c >> 6)); bytes[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
    else if (c < 0x10000) {
        bytes[0] = (char)(0xE0 | (c >> 12)); bytes[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        bytes[2] = (char)(0x80 | (c & 0x3F)); n = 3;
    } else {
        bytes[0] = (char)(0xF0 | (c >> 18)); bytes[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        bytes[2] = (char)(0x80 | ((c >> 6) & 0x3F)); bytes[3] = (char)(0x80 | (c & 0x3F)); n = 4;
    }
    buffer_append(p, buffer, bytes, (size_t)n);
}

/* ---- Escapes ---- */

/* Where string errors point: CPython reports them at the token after the
 * literal, the last one its parser fetched. */
static bool literal_error(Parser *p, const char *format, const char *detail, int start, int end) {
    const Token *next = parser_peek(p);
    if (p->failed) return false;
    char message[200];
    if (start >= 0) snprintf(message, sizeof message, format, start, end, detail);
    else snprintf(message, sizeof message, "%s", format);
    return parser_error_at(p, "SyntaxError", next->line, next->column, next->line, next->column, "%s", message);
}

/* \x \u \U: exactly `count` hex digits at `text + *i`. */
static bool decode_hex_escape(Parser *p, const char *text, size_t length, size_t *i, int count, bool is_bytes,
                              Buffer *out) {
    size_t start = *i - 2;
    unsigned value = 0;
    for (int k = 0; k < count; k++) {
        if (*i >= length || !strchr("0123456789abcdefABCDEF", text[*i]) || text[*i] == '\0') {
            if (is_bytes) {
                char message[80];
                snprintf(message, sizeof message, "(value error) invalid \\x escape at position %zu", start);
                return literal_error(p, message, NULL, -1, 0);
            }
            const char *what = count == 2 ? "truncated \\xXX escape" : count == 4 ? "truncated \\uXXXX escape"
                                                                                  : "truncated \\UXXXXXXXX escape";
            return literal_error(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                                 what, (int)start, (int)*i - 1);
        }
        value = value * 16 + (unsigned)digit_value(text[(*i)++]);
    }
    if (value > 0x10FFFF)
        return literal_error(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                             "illegal Unicode character", (int)start, (int)*i - 1);
    if (is_bytes) {
        char byte = (char)value;
        buffer_append(p, out, &byte, 1);
    } else {
        buffer_append_code_point(p, out, value);
    }
    return true;
}

/* Decode the escapes of one (non-raw) literal piece into `out`. */
static bool decode_escapes(Parser *p, const char *text, size_t length, bool is_bytes, Buffer *out) {
    static const char simple_from[] = "\n\\'\"abfnrtv";
    static const char simple_to[] = "\0\\'\"\a\b\f\n\r\t\v";
    size_t i = 0;
    while (i < length) {
        size_t run = i;
        while (run < length && text[run] != '\\') run++;
        buffer_append(p, out, text + i, run - i);
        i = run;
        if (i >= length) break;
        if (i + 1 >= length) {
            buffer_append(p, out, "\\", 1);
            break;
        }
        char c = text[i + 1];
        i += 2;
        const char *simple = strchr(simple_from, c);
        if (c == '\r' && i < length && text[i] == '\n') {
            i++;
        } else if (simple != NULL && c != '\0') {
            if (c != '\n') buffer_append(p, out, &simple_to[simple - simple_from], 1);
        } else if (c >= '0' && c <= '7') {
            unsigned value = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < length && text[i] >= '0' && text[i] <= '7'; k++) value = value * 8 + (unsigned)(text[i++] - '0');
            if (is_bytes) {
                char byte = (char)(value & 0xFF);
                buffer_append(p, out, &byte, 1);
            } else {
                buffer_append_code_point(p, out, value);
            }
        } else if (c == 'x') {
            if (!decode_hex_escape(p, text, length, &i, 2, is_bytes, out)) return false;
        } else if ((c == 'u' || c == 'U') && !is_bytes) {
            if (!decode_hex_escape(p, text, length, &i, c == 'u' ? 4 : 8, false, out)) return false;
        } else if (c == 'N' && !is_bytes) {
            return literal_error(p, "(unicode error) \\N{...} escapes are not supported by Baton", NULL, -1, 0);
        } else {
            buffer_append(p, out, text + i - 2, 2); /* unknown escape: kept as written */
        }
    }
    return true;
}

/* ---- One string token ---- */

/* The prefix, quotes and body of a STRING token. */
typedef struct StringPiece {
    const Token *token;
    bool is_bytes, is_raw, is_format;
    const char *body;   /* between the quotes */
    size_t length;
} StringPiece;

static void piece_init(StringPiece *piece, const Token *token) {
    memset(piece, 0, sizeof *piece);
    piece->token = token;
    const char *s = token->start;
    size_t prefix = 0;
    while (s[prefix] != '"' && s[prefix] != '\'') {
        char c = (char)(s[prefix] | 0x20);
        piece->is_bytes |= c == 'b';
        piece->is_raw |= c == 'r';
        piece->is_format |= c == 'f';
        prefix++;
    }
    size_t quote = token->length - prefix >= 6 && s[prefix + 1] == s[prefix] && s[prefix + 2] == s[prefix] ? 3 : 1;
    piece->body = s + prefix + quote;
    piece->length = token->length - prefix - 2 * quote;
}

/* Append the decoded text of a literal stretch of a piece. */
static bool piece_decode(Parser *p, const StringPiece *piece, const char *text, size_t length, Buffer *out) {
    if (piece->is_raw) {
        buffer_append(p, out, text, length);
        return true;
    }
    return decode_escapes(p, text, length, piece->is_bytes, out);
}

/* ---- f-strings ---- */

/* The parts of a JoinedStr being built: literal text waits in `text` until
 * a field (or the end) flushes it as a Constant. */
typedef struct Joined {
    PtrVec values;   /* Constant and FormattedValue nodes */
    Buffer text;     /* pending literal text */
    Span span;       /* every part carries the whole literal's span */
} Joined;

static void joined_flush(Parser *p, Joined *joined) {
    if (joined->text.length == 0) return;
    Expr *constant = parser_new_expr(p, EXPR_CONSTANT, joined->span);
    constant->as.constant.kind = CONSTANT_STR;
    constant->as.constant.text = arena_strndup(p->arena, joined->text.data, joined->text.length);
    constant->as.constant.length = joined->text.length;
    vec_push(p, &joined->values, constant);
    joined->text.length = 0;
    joined->text.data = NULL;
    joined->text.capacity = 0;
}

/* Line and byte column of `at`, inside the token starting at `token`. */
static void position_in_token(const Token *token, const char *at, int *line, int *column) {
    *line = token->line;
    int col = token->column;
    for (const char *s = token->start; s < at; s++) {
        if (*s == '\n') {
            (*line)++;
            col = 0;
        } else {
            col++;
        }
    }
    *column = col;
}

/* Parse the text of one field's expression with a nested Parser, placing
 * its nodes at their real position in the file. */
static Expr *fstring_parse_expression(Parser *p, const Token *token, const char *text, size_t length) {
    char *wrapped = arena_allocate(p->arena, length + 3);
    wrapped[0] = '(';
    memcpy(wrapped + 1, text, length);
    wrapped[length + 1] = ')';
    int line, column;
    position_in_token(token, text, &line, &column);
    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.root = p->root;
    sub.mode = PARSE_EVAL;
    sub.error = p->error;
    sub.depth = p->depth;
    sub.no_invalid = p->no_invalid;
    sub.in_fstring = true;
    sub.byte_offsets = p->byte_offsets;
    lexer_tokenize(&sub.lexer, wrapped, length + 2);
    for (int i = 0; i < sub.lexer.count; i++) {
        Token *t = &sub.lexer.tokens[i];
        if (t->line == 1) t->column += column - 1;
        if (t->end_line == 1) t->end_column += column - 1;
        t->line += line - 1;
        t->end_line += line - 1;
    }
    if (sub.lexer.error.line == 1) sub.lexer.error.column += column - 1;
    sub.lexer.error.line += line - 1;
    if (sub.lexer.error.end_line > 0) sub.lexer.error.end_line += line - 1;
    Expr *expr = parse_star_expressions(&sub);
    if (expr != NULL) {
        while (parser_match(&sub, TOKEN_NEWLINE)) {}
        if (!parser_check(&sub, TOKEN_ENDMARKER)) {
            parser_syntax_error(&sub);
            expr = NULL;
        }
    }
    if (sub.failed) {
        expr = NULL;
        p->failed = true;
        p->too_deep |= sub.too_deep;
        p->lexer_error_reported |= sub.lexer_error_reported;
    }
    lexer_free(&sub.lexer);
    return expr;
}

/* The end of a field's expression: the first '=', '!', ':' or '}' outside
 * brackets and strings. Refuses what 3.11 refuses in an expression part. */
static bool fstring_find_expression_end(Parser *p, const char *s, const char *end, const char **out) {
    int nesting = 0;
    char quote = 0;
    for (; s < end; s++) {
        char c = *s;
        if (c == '\\') return literal_error(p, "f-string expression part cannot include a backslash", NULL, -1, 0);
        if (quote != 0) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') quote = c;
        else if (c == '[' || c == '(' || c == '{') nesting++;
        else if (c == ']' || c == ')' || c == '}') {
            if (nesting == 0 && c == '}') break;
            if (nesting == 0) {
                char message[40];
                snprintf(message, sizeof message, "f-string: unmatched '%c'", c);
                return literal_error(p, message, NULL, -1, 0);
            }
            nesting--;
        } else if (c == '#') {
            return literal_error(p, "f-string expression part cannot include '#'", NULL, -1, 0);
        } else if (nesting == 0 && (c == ':' || (c == '!' && (s + 1 >= end || s[1] != '=')))) {
            break;
        } else if (nesting == 0 && c == '=' && (s + 1 >= end || s[1] != '=') &&
                   (s == end || (s[-1] != '=' && s[-1] != '!' && s[-1] != '<' && s[-1] != '>'))) {
            break;
        } else if (nesting == 0 && c == '=' && s + 1 < end && s[1] == '=') {
            s++;
        }
    }
    if (quote != 0 || s >= end) return literal_error(p, "f-string: expecting '}'", NULL, -1, 0);
    *out = s;
    return true;
}

static bool fstring_parts(Parser *p, const StringPiece *piece, const char **cursor, const char *end, Joined *joined,
                          int nesting);

/* One `{...}` field; *cursor is just after the '{'. */
static bool fstring_field(Parser *p, const StringPiece *piece, const char **cursor, const char *end, Joined *joined,
                          int nesting) {
    if (nesting >= 2) return literal_error(p, "f-string: expressions nested too deeply", NULL, -1, 0);
    const char *start = *cursor, *s = NULL;
    if (!fstring_find_expression_end(p, start, end, &s)) return false;
    const char *t = start;
    while (t < s && (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r' || *t == '\f')) t++;
    if (t == s) return literal_error(p, "f-string: empty expression not allowed", NULL, -1, 0);
    Expr *value = fstring_parse_expression(p, piece->token, start, (size_t)(s - start));
    if (value == NULL) return false;
    int conversion = -1;
    bool self_documenting = *s == '=';
    if (self_documenting) {
        s++;
        buffer_append(p, &joined->text, start, (size_t)(s - start));
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n')) buffer_append(p, &joined->text, s++, 1);
    }
    if (s < end && *s == '!') {
        s++;
        if (s >= end || (*s != 's' && *s != 'r' && *s != 'a'))
            return literal_error(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'", NULL, -1, 0);
        conversion = *s++;
    }
    Expr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        Joined inner;
        memset(&inner, 0, sizeof inner);
        vec_init(&inner.values);
        const Token *token = piece->token;
        inner.span = (Span){token->line, token->column, token->end_line, token->end_column};
        if (!fstring_parts(p, piece, &s, end, &inner, nesting + 1)) return false;
        joined_flush(p, &inner);
        spec = parser_new_expr(p, EXPR_JOINED_STR, inner.span);
        spec->as.elements = vec_to_exprs(p, &inner.values);
    }
    if (s >= end || *s != '}') return literal_error(p, "f-string: expecting '}'", NULL, -1, 0);
    *cursor = s + 1;
    if (self_documenting && conversion < 0 && spec == NULL) conversion = 'r';
    joined_flush(p, joined);
    Expr *field = parser_new_expr(p, EXPR_FORMATTED_VALUE, joined->span);
    field->as.formatted.value = value;
    field->as.formatted.conversion = conversion;
    field->as.formatted.format_spec = spec;
    vec_push(p, &joined->values, field);
    return true;
}

/* Literal text and fields up to `end`, or up to the '}' closing a format
 * spec when nesting > 0 (left at *cursor). */
static bool fstring_parts(Parser *p, const StringPiece *piece, const char **cursor, const char *end, Joined *joined,
                          int nesting) {
    const char *s = *cursor;
    while (s < end) {
        const char *run = s;
        while (run < end && *run != '{' && *run != '}') run++;
        if (!piece_decode(p, piece, s, (size_t)(run - s), &joined->text)) return false;
        s = run;
        if (s >= end) break;
        if (*s == '}' && nesting > 0) break;
        if (s + 1 < end && s[1] == *s && nesting == 0) {
            buffer_append(p, &joined->text, s, 1);
            s += 2;
            continue;
        }
        if (*s == '}') return literal_error(p, "f-string: single '}' is not allowed", NULL, -1, 0);
        s++;
        if (!fstring_field(p, piece, &s, end, joined, nesting)) return false;
    }
    *cursor = s;
    return true;
}

/* ---- Concatenation ---- */

/* Adjacent string tokens: one Constant (str or bytes), or a JoinedStr when
 * any of them is an f-string. */
Expr *parse_strings(Parser *p) {
    const Token *first = parser_peek(p);
    int count = 0;
    bool any_bytes = false, any_text = false, any_format = false;
    while (parser_check(p, TOKEN_STRING)) {
        StringPiece piece;
        piece_init(&piece, parser_advance(p));
        any_bytes |= piece.is_bytes;
        any_text |= !piece.is_bytes;
        any_format |= piece.is_format;
        count++;
    }
    if (any_bytes && any_text) return literal_error(p, "cannot mix bytes and nonbytes literals", NULL, -1, 0), NULL;
    Span span = parser_span_from(p, first);
    Joined joined;
    memset(&joined, 0, sizeof joined);
    vec_init(&joined.values);
    joined.span = span;
    for (int i = 0; i < count; i++) {
        StringPiece piece;
        piece_init(&piece, first + i);
        if (piece.is_bytes) {
            for (size_t k = 0; k < piece.length; k++) {
                if ((unsigned char)piece.body[k] >= 0x80)
                    return parser_error_token(p, first + i, "bytes can only contain ASCII literal characters"), NULL;
            }
        }
        const char *cursor = piece.body;
        bool ok = piece.is_format ? fstring_parts(p, &piece, &cursor, piece.body + piece.length, &joined, 0)
                                  : piece_decode(p, &piece, piece.body, piece.length, &joined.text);
        if (!ok) return NULL;
    }
    if (any_format) {
        joined_flush(p, &joined);
        Expr *expr = parser_new_expr(p, EXPR_JOINED_STR, span);
        expr->as.elements = vec_to_exprs(p, &joined.values);
        return expr;
    }
    Expr *expr = parser_new_expr(p, EXPR_CONSTANT, span);
    expr->as.constant.kind = any_bytes ? CONSTANT_BYTES : CONSTANT_STR;
    expr->as.constant.text = arena_strndup(p->arena, joined.text.data ? joined.text.data : "", joined.text.length);
    expr->as.constant.length = joined.text.length;
    return expr;
}
