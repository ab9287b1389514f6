/* str_internal.h: helpers shared by the str files (str.c, str_methods.c,
 * str_case.c, str_format.c, format.c) and bytes.c; not a public contract. */
#ifndef BATON_STR_INTERNAL_H
#define BATON_STR_INTERNAL_H

#include "str.h"
#include "function.h"

struct List;

/* A str of `length` bytes for the caller to fill, then str_finish (which
 * writes the NUL and counts code points). */
Str *str_allocate(Thread *thread, size_t length);
Str *str_finish(Str *str);
/* The interned one-character string of a code point. */
Str *str_from_code_point(Thread *thread, uint32_t code_point);
int64_t str_hash_bytes(const char *chars, size_t length);
size_t utf8_count(const char *chars, size_t length);
/* Byte offset of the first/last needle in haystack[start, end), or -1. */
int64_t str_find_bytes(const char *haystack, size_t start, size_t end, const char *needle, size_t needle_length);
int64_t str_rfind_bytes(const char *haystack, size_t start, size_t end, const char *needle, size_t needle_length);
/* Append a code point as repr writes it between `quote`s. */
void str_repr_append(StringBuilder *builder, uint32_t code_point, char quote);
/* Append `times` copies. */
void builder_repeat(StringBuilder *builder, const char *chars, size_t length, size_t times);

/* Character classes and case mappings (str_case.c): ASCII, Latin-1, Latin
 * Extended-A, Greek, Cyrillic and fullwidth Latin exactly; beyond that an
 * approximation (CJK, Hangul, Hebrew, Arabic letters count as alphabetic). */
bool unicode_is_printable(uint32_t c);
bool unicode_is_alpha(uint32_t c);
bool unicode_is_space(uint32_t c);
bool unicode_is_decimal(uint32_t c);
bool unicode_is_digit(uint32_t c);
bool unicode_is_numeric(uint32_t c);
bool unicode_is_upper(uint32_t c);
bool unicode_is_lower(uint32_t c);
/* The decimal value of a decimal digit (any script), or -1. */
int unicode_decimal_value(uint32_t c);

/* ---- Text: one view over str or bytes, for the algorithms both share ----
 * split, splitlines, partition, padding, zfill, expandtabs, the affix
 * removers, case changes, predicates and %-formatting are written once over
 * a Text (text.c, str_methods.c, str_case.c, str_format.c); str's and
 * bytes' methods only check their arguments and call them. A str is read
 * code point by code point with Unicode rules, bytes byte by byte with
 * ASCII rules (b'\xe9'.isalpha() is False, b'\x1c'.isspace() too). */
typedef struct Text {
    Value self;        /* the receiver: every result is of its kind (str, bytes or bytearray) */
    const char *chars; /* its UTF-8 text or its bytes */
    size_t length;     /* in bytes */
    bool bytes;        /* bytes rules: one byte per character, ASCII classes */
} Text;

/* Fill a Text from a str, bytes or bytearray value. */
void text_of(Value self, Text *text);
/* The character at byte offset i and its byte length. */
uint32_t text_char(const Text *text, size_t i, int *length);
/* The byte offset of the character that ends at `end` (> 0). */
size_t text_previous(const Text *text, size_t end);
/* Append one character as the text's kind stores it. */
void text_append_char(const Text *text, StringBuilder *out, uint32_t c);
/* Character classes under the text's rules. */
bool text_is_space(const Text *text, uint32_t c);
/* A new object of the receiver's kind holding chars[0, length); a str
 * receiver that is an exact str and covered whole is returned itself. */
bool text_make(Thread *thread, const Text *text, const char *chars, size_t length, Value *result);
/* The builder's contents as an object of the receiver's kind; frees it. */
bool text_finish(Thread *thread, const Text *text, StringBuilder *builder, Value *result);
/* Append text[from, to) as a new object to `list`. */
bool text_list_push(Thread *thread, struct List *list, const Text *text, size_t from, size_t to);

/* The shared algorithms (str_methods.c). `sep` and the like are raw bytes
 * already checked by the caller. */
bool text_split(Thread *thread, const Text *text, const char *sep, size_t sep_length, int64_t maxsplit, bool from_right,
                Value *result); /* sep NULL: split on runs of whitespace */
bool text_splitlines(Thread *thread, const Text *text, bool keepends, Value *result);
bool text_partition(Thread *thread, const Text *text, Value sep, const char *sep_chars, size_t sep_length,
                    bool from_right, Value *result);
/* center ('^'), ljust ('<'), rjust ('>') with a one-character fill. */
bool text_pad(Thread *thread, const Text *text, int64_t width, const char *fill, size_t fill_length, char how,
              Value *result);
bool text_zfill(Thread *thread, const Text *text, int64_t width, Value *result);
bool text_expandtabs(Thread *thread, const Text *text, int64_t tabsize, Value *result);
bool text_remove_affix(Thread *thread, const Text *text, const char *affix, size_t affix_length, bool suffix,
                       Value *result);

/* Case changes and predicates (str_case.c). */
typedef enum CaseMethod {
    METHOD_UPPER, METHOD_LOWER, METHOD_CASEFOLD, METHOD_SWAPCASE, METHOD_TITLE, METHOD_CAPITALIZE,
} CaseMethod;
typedef enum Predicate {
    PREDICATE_DIGIT, PREDICATE_DECIMAL, PREDICATE_NUMERIC, PREDICATE_ALPHA, PREDICATE_ALNUM, PREDICATE_SPACE,
    PREDICATE_UPPER, PREDICATE_LOWER, PREDICATE_TITLE, PREDICATE_IDENTIFIER, PREDICATE_ASCII, PREDICATE_PRINTABLE,
} Predicate;
bool text_change_case(Thread *thread, const Text *text, CaseMethod method, Value *result);
bool text_predicate(const Text *text, Predicate which);

/* printf-style formatting of a str or bytes template (str_format.c):
 * appends to `out`; bytes rules for %s (bytes-like or __bytes__), %c and
 * the messages when text->bytes. */
bool text_format_percent(Thread *thread, const Text *format, Value args, StringBuilder *out);

/* bytes.c: the codecs Baton has, and which one an encoding name means
 * ("latin_1", "UTF8"... normalised as CPython's codec registry does). */
typedef enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_UNKNOWN } Codec;
Codec codec_lookup(const char *name);
/* Raise UnicodeDecodeError(codec, data, position, position + count, reason). */
bool codec_raise_decode_error(Thread *thread, Codec codec, const unsigned char *data, size_t length, size_t position,
                              size_t count, const char *reason);

/* bytes.c: a new bytes, or bytearray when `like` is one. */
bool bytes_make_like(Thread *thread, Value like, const unsigned char *data, size_t length, Value *result);
/* bytes.c: the bytes of a bytes-like argument, or TypeError "a bytes-like
 * object is required, not 'str'". */
bool bytes_argument(Thread *thread, Value value, const unsigned char **data, size_t *length);
/* bytes_methods.c: the methods bytes and bytearray share with str. */
extern const MethodDef bytes_text_methods[];

/* Method tables added to the str type by str_init_type. */
extern const MethodDef str_methods[];      /* str_methods.c */
extern const MethodDef str_case_methods[]; /* str_case.c */

#endif
