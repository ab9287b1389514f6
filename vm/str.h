/* str.h: Python's str (immutable UTF-8 text indexed by code point), the
 * intern table, and a growable builder for making strings from C.
 *
 * A Str stores its bytes inline after the header, NUL-terminated so C can
 * print it. `length` counts bytes, `char_count` code points; when the two are
 * equal (`is_ascii`) indexing is O(1). The hash is computed once, lazily.
 * The str type's methods (split, join, upper...) live in str.c and in
 * str_methods.c when str.c grows too big. */
#ifndef BATON_STR_H
#define BATON_STR_H

#include "runtime.h"

struct Tuple;

typedef struct Str {
    Object header;
    size_t length;     /* bytes, excluding the trailing NUL */
    size_t char_count; /* code points */
    int64_t hash;      /* -1 until computed */
    bool is_ascii;     /* length == char_count */
    bool is_interned;  /* the intern table holds it */
    char chars[];      /* UTF-8, NUL-terminated */
} Str;

#define AS_STR(v) ((Str *)AS_OBJECT(v))
#define IS_STR(v) (IS_OBJECT(v) && value_is_instance((v), &type_str))

/* An instance of a user subclass of str is a Str of the subclass, with
 * its __dict__ pointer stored after the text (at an aligned offset), so
 * every str function reads it as a str. */
Str *str_new_subclass(Thread *thread, Type *type, const Str *text);
/* Where such an instance keeps its __dict__. */
struct Dict **str_subclass_dict_slot(Str *str);
/* The trace of str's subclasses (marks the dict); it also tells them apart. */
void str_subclass_trace(Object *object, struct GcTracer *tracer);

/* Make a new str from valid UTF-8 bytes (copied). NULL on MemoryError. */
Str *str_new(Thread *thread, const char *chars, size_t length);
Str *str_from_c(Thread *thread, const char *chars);
/* printf into a new str. */
Str *str_printf(Thread *thread, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The interned str with this text (made on first use). */
Str *str_intern(Thread *thread, const char *chars, size_t length);
Str *str_intern_c(Thread *thread, const char *chars);
/* The interned version of `str` (itself if already interned). */
Str *str_intern_str(Thread *thread, Str *str);
/* Remove intern-table entries the collector did not mark (gc.c calls it). */
void str_table_remove_unmarked(StrTable *table);
void str_table_free(StrTable *table);

bool str_equal(const Str *a, const Str *b);
/* Compare as Python does (by code point, which for UTF-8 is byte order). */
int str_compare(const Str *a, const Str *b);
int64_t str_hash(Str *str);
Str *str_concat(Thread *thread, Str *a, Str *b);
/* True if `str` is a valid Python identifier. */
bool str_is_identifier(const Str *str);

/* repr(s) as CPython writes it: quotes chosen as CPython does, escapes for
 * control characters, \x.., \u...., \U........ for non-printables. */
Str *str_repr(Thread *thread, Str *str);

/* Decode one UTF-8 code point at `chars`, storing its byte length. */
uint32_t utf8_decode(const char *chars, int *byte_length);
/* Encode a code point; returns the byte count (1..4). */
int utf8_encode(uint32_t code_point, char *out);
/* Byte offset of code point `index` in `str`. */
size_t str_byte_offset(const Str *str, size_t index);

/* A growable byte buffer for building strings from C (reprs, join...). */
typedef struct StringBuilder {
    char *chars;
    size_t length;
    size_t capacity;
} StringBuilder;

void builder_init(StringBuilder *builder);
void builder_append(StringBuilder *builder, const char *chars, size_t length);
void builder_append_c(StringBuilder *builder, const char *chars);
void builder_append_str(StringBuilder *builder, const Str *str);
void builder_append_char(StringBuilder *builder, char c);
void builder_append_code_point(StringBuilder *builder, uint32_t code_point);
void builder_printf(StringBuilder *builder, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Make a str of the contents and free the buffer. NULL on MemoryError. */
Str *builder_finish(Thread *thread, StringBuilder *builder);
void builder_free(StringBuilder *builder);

/* Bind a native function's arguments to parameters, for the built-in
 * types' methods. `names` ends with NULL; an empty name "" marks a
 * positional-only parameter. The first `required` are mandatory. out[i] is
 * EMPTY for a parameter not given. `argc`/`argv` exclude self. Raises
 * TypeError with CPython's messages ("split() takes at most 2 arguments (3
 * given)", "'x' is an invalid keyword argument for split()"). */
bool native_bind_args(Thread *thread, const char *function, int argc, Value *argv, struct Tuple *kwnames,
                      const char *const *names, int required, Value *out);

/* The str iterator type (iter("abc")). */
extern Type type_str_iterator;

void str_init_type(Thread *thread);

#endif
