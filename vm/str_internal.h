/* str_internal.h: helpers shared by the str files (str.c, str_methods.c,
 * str_case.c, str_format.c, format.c) and bytes.c; not a public contract. */
#ifndef BATON_STR_INTERNAL_H
#define BATON_STR_INTERNAL_H

#include "str.h"
#include "function.h"

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

/* Method tables added to the str type by str_init_type. */
extern const MethodDef str_methods[];      /* str_methods.c */
extern const MethodDef str_case_methods[]; /* str_case.c */

#endif
