/* str.c: the str object, its intern table, UTF-8 helpers, the string
 * builder, repr, and the str type's core protocol (length, indexing,
 * concatenation, comparison, hashing, iteration).
 *
 * A Str holds UTF-8 inline and knows its code-point count; ASCII strings
 * (the common case) index in O(1), others walk the bytes. The named methods
 * (split, join, upper...) are in str_methods.c and str_case.c, the
 * formatting engines in format.c and str_format.c. */
#include "str.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "error.h"
#include "exception.h"
#include "format.h"
#include "function.h"
#include "gc.h"
#include "number.h"
#include "ops.h"
#include "range.h"
#include "str_internal.h"
#include "tuple.h"

/* ---- argument binding for native methods ------------------------------- */

static int native_find_name(const char *const *names, const char *name) {
    for (int i = 0; names[i] != NULL; i++) {
        if (names[i][0] != '\0' && strcmp(names[i], name) == 0) return i;
    }
    return -1;
}

bool native_bind_args(Thread *thread, const char *function, int argc, Value *argv, Tuple *kwnames,
                      const char *const *names, int required, Value *out) {
    int count = 0;
    while (names[count] != NULL) count++;
    if (argc > count) {
        return error_set(thread, &type_TypeError, "%s() takes at most %d argument%s (%d given)", function, count,
                         count == 1 ? "" : "s", argc);
    }
    for (int i = 0; i < count; i++) out[i] = i < argc ? argv[i] : EMPTY_VALUE;
    size_t keywords = kwnames == NULL ? 0 : kwnames->count;
    for (size_t k = 0; k < keywords; k++) {
        const char *name = AS_STR(kwnames->items[k])->chars;
        int index = native_find_name(names, name);
        if (index < 0) return error_set(thread, &type_TypeError, "'%s' is an invalid keyword argument for %s()", name, function);
        if (!IS_EMPTY(out[index]))
            return error_set(thread, &type_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                             function, name, index + 1);
        out[index] = argv[argc + (int)k];
    }
    for (int i = 0; i < required; i++) {
        if (IS_EMPTY(out[i])) {
            if (names[i][0] != '\0' && keywords > 0)
                return error_set(thread, &type_TypeError, "%s() missing required argument '%s' (pos %d)", function,
                                 names[i], i + 1);
            return error_set(thread, &type_TypeError, "%s() takes at least %d argument%s (%d given)", function,
                             required, required == 1 ? "" : "s", argc);
        }
    }
    return true;
}

/* ---- UTF-8 ------------------------------------------------------------- */

uint32_t utf8_decode(const char *chars, int *byte_length) {
    const unsigned char *s = (const unsigned char *)chars;
    if (s[0] < 0x80) {
        *byte_length = 1;
        return s[0];
    }
    if (s[0] < 0xE0) {
        *byte_length = 2;
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (s[0] < 0xF0) {
        *byte_length = 3;
        return ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *byte_length = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) |
           (s[3] & 0x3F);
}

int utf8_encode(uint32_t code_point, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (code_point < 0x80) {
        o[0] = (unsigned char)code_point;
        return 1;
    }
    if (code_point < 0x800) {
        o[0] = (unsigned char)(0xC0 | (code_point >> 6));
        o[1] = (unsigned char)(0x80 | (code_point & 0x3F));
        return 2;
    }
    if (code_point < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (code_point >> 12));
        o[1] = (unsigned char)(0x80 | ((code_point >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (code_point & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (code_point >> 18));
    o[1] = (unsigned char)(0x80 | ((code_point >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((code_point >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (code_point & 0x3F));
    return 4;
}

size_t utf8_count(const char *chars, size_t length) {
    size_t count = 0;
    for (size_t i = 0; i < length; i++) count += ((unsigned char)chars[i] & 0xC0) != 0x80;
    return count;
}

size_t str_byte_offset(const Str *str, size_t index) {
    if (str->is_ascii) return index < str->length ? index : str->length;
    size_t offset = 0;
    while (index > 0 && offset < str->length) {
        offset++;
        while (offset < str->length && ((unsigned char)str->chars[offset] & 0xC0) == 0x80) offset++;
        index--;
    }
    return offset;
}

/* ---- making strings ---------------------------------------------------- */

/* A str of `length` bytes left for the caller to fill (and then to call
 * str_finish on, which counts code points). */
Str *str_allocate(Thread *thread, size_t length) {
    Str *str = (Str *)object_allocate(thread, &type_str, sizeof(Str) + length + 1);
    if (str == NULL) return NULL;
    str->length = length;
    str->hash = -1;
    return str;
}

Str *str_finish(Str *str) {
    str->chars[str->length] = '\0';
    str->char_count = utf8_count(str->chars, str->length);
    str->is_ascii = str->char_count == str->length;
    return str;
}

Str *str_new(Thread *thread, const char *chars, size_t length) {
    Str *str = str_allocate(thread, length);
    if (str == NULL) return NULL;
    if (length > 0) memcpy(str->chars, chars, length);
    return str_finish(str);
}

/* The offset of a str subclass instance's dict pointer: after the text
 * and its NUL, aligned. */
static size_t str_dict_offset(size_t length) {
    size_t end = sizeof(Str) + length + 1, align = _Alignof(struct Dict *);
    return (end + align - 1) / align * align;
}

Str *str_new_subclass(Thread *thread, Type *type, const Str *text) {
    size_t size = str_dict_offset(text->length) + sizeof(struct Dict *);
    Str *str = (Str *)object_allocate(thread, type, size); /* zero-filled: no dict yet */
    if (str == NULL) return NULL;
    str->length = text->length;
    str->hash = -1;
    memcpy(str->chars, text->chars, text->length);
    return str_finish(str);
}

struct Dict **str_subclass_dict_slot(Str *str) {
    return (struct Dict **)((char *)str + str_dict_offset(str->length));
}

void str_subclass_trace(Object *object, GcTracer *tracer) {
    gc_mark_object(tracer, (Object *)*str_subclass_dict_slot((Str *)object));
}

Str *str_from_c(Thread *thread, const char *chars) { return str_new(thread, chars, strlen(chars)); }

Str *str_printf(Thread *thread, const char *format, ...) {
    va_list args;
    va_start(args, format);
    va_list copy;
    va_copy(copy, args);
    int length = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    Str *str = length < 0 ? NULL : str_allocate(thread, (size_t)length);
    if (str != NULL) vsnprintf(str->chars, (size_t)length + 1, format, args);
    va_end(args);
    return str == NULL ? NULL : str_finish(str);
}

/* The one-character string for a code point (interned, so repeated
 * indexing and iteration share them). */
Str *str_from_code_point(Thread *thread, uint32_t code_point) {
    char buffer[4];
    int length = utf8_encode(code_point, buffer);
    return str_intern(thread, buffer, (size_t)length);
}

/* ---- hashing, equality, order ------------------------------------------ */

/* FNV-1a, 64 bits, over the UTF-8 bytes; -1 is reserved. */
int64_t str_hash_bytes(const char *chars, size_t length) {
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < length; i++) {
        hash ^= (unsigned char)chars[i];
        hash *= 0x100000001b3ULL;
    }
    int64_t result = (int64_t)hash;
    return result == -1 ? -2 : result;
}

int64_t str_hash(Str *str) {
    if (str->hash == -1) str->hash = str_hash_bytes(str->chars, str->length);
    return str->hash;
}

bool str_equal(const Str *a, const Str *b) {
    if (a == b) return true;
    if (a->length != b->length) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return memcmp(a->chars, b->chars, a->length) == 0;
}

int str_compare(const Str *a, const Str *b) {
    size_t common = a->length < b->length ? a->length : b->length;
    int order = memcmp(a->chars, b->chars, common);
    if (order != 0) return order < 0 ? -1 : 1;
    return a->length < b->length ? -1 : a->length > b->length;
}

Str *str_concat(Thread *thread, Str *a, Str *b) {
    Str *str = str_allocate(thread, a->length + b->length);
    if (str == NULL) return NULL;
    memcpy(str->chars, a->chars, a->length);
    memcpy(str->chars + a->length, b->chars, b->length);
    str->chars[str->length] = '\0';
    str->char_count = a->char_count + b->char_count;
    str->is_ascii = a->is_ascii && b->is_ascii;
    return str;
}

/* ---- the intern table -------------------------------------------------- */

#define STR_TOMBSTONE ((Str *)(uintptr_t)1)

/* Rebuild with room for the live entries, dropping tombstones. */
static bool str_table_grow(StrTable *table) {
    size_t live = 0;
    for (size_t i = 0; i < table->capacity; i++) live += table->slots[i] != NULL && table->slots[i] != STR_TOMBSTONE;
    size_t capacity = 64;
    while (capacity < live * 2 + 2) capacity *= 2;
    Str **slots = calloc(capacity, sizeof(Str *));
    if (slots == NULL) return false;
    for (size_t i = 0; i < table->capacity; i++) {
        Str *str = table->slots[i];
        if (str == NULL || str == STR_TOMBSTONE) continue;
        size_t index = (size_t)str->hash & (capacity - 1);
        while (slots[index] != NULL) index = (index + 1) & (capacity - 1);
        slots[index] = str;
    }
    free(table->slots);
    table->slots = slots;
    table->capacity = capacity;
    table->count = live;
    return true;
}

/* The slot holding this text, or the free slot where it belongs. */
static size_t str_table_find(StrTable *table, const char *chars, size_t length, int64_t hash) {
    size_t mask = table->capacity - 1, index = (size_t)hash & mask;
    size_t free_slot = SIZE_MAX;
    for (;;) {
        Str *str = table->slots[index];
        if (str == NULL) return free_slot != SIZE_MAX ? free_slot : index;
        if (str == STR_TOMBSTONE) {
            if (free_slot == SIZE_MAX) free_slot = index;
        } else if (str->hash == hash && str->length == length && memcmp(str->chars, chars, length) == 0) {
            return index;
        }
        index = (index + 1) & mask;
    }
}

/* Find the text, or insert `fresh` (or a new str when fresh is NULL). */
static Str *str_table_intern(Thread *thread, const char *chars, size_t length, Str *fresh) {
    StrTable *table = &thread->runtime->interned;
    if ((table->count + 1) * 4 > table->capacity * 3 && !str_table_grow(table)) {
        error_no_memory(thread);
        return NULL;
    }
    int64_t hash = str_hash_bytes(chars, length);
    size_t index = str_table_find(table, chars, length, hash);
    Str *found = table->slots[index];
    if (found != NULL && found != STR_TOMBSTONE) return found;
    Str *str = fresh != NULL ? fresh : str_new(thread, chars, length);
    if (str == NULL) return NULL;
    str->hash = hash;
    str->is_interned = true;
    if (found == NULL) table->count++;
    table->slots[index] = str;
    return str;
}

Str *str_intern(Thread *thread, const char *chars, size_t length) {
    return str_table_intern(thread, chars, length, NULL);
}

Str *str_intern_c(Thread *thread, const char *chars) { return str_intern(thread, chars, strlen(chars)); }

Str *str_intern_str(Thread *thread, Str *str) {
    if (str->is_interned) return str;
    return str_table_intern(thread, str->chars, str->length, str->header.type == &type_str ? str : NULL);
}

void str_table_remove_unmarked(StrTable *table) {
    for (size_t i = 0; i < table->capacity; i++) {
        Str *str = table->slots[i];
        if (str == NULL || str == STR_TOMBSTONE) continue;
        if (!(str->header.flags & (OBJECT_MARKED | OBJECT_STATIC))) {
            str->is_interned = false;
            table->slots[i] = STR_TOMBSTONE;
        }
    }
}

void str_table_free(StrTable *table) {
    free(table->slots);
    table->slots = NULL;
    table->capacity = table->count = 0;
}

/* ---- the string builder ------------------------------------------------ */

/* A builder whose allocation failed has capacity SIZE_MAX and no buffer;
 * builder_finish then raises MemoryError. */
static bool builder_reserve(StringBuilder *builder, size_t extra) {
    if (builder->capacity == SIZE_MAX) return false;
    size_t needed = builder->length + extra + 1;
    if (needed <= builder->capacity) return true;
    size_t capacity = builder->capacity < 64 ? 64 : builder->capacity;
    while (capacity < needed) capacity *= 2;
    char *chars = realloc(builder->chars, capacity);
    if (chars == NULL) {
        free(builder->chars);
        builder->chars = NULL;
        builder->length = 0;
        builder->capacity = SIZE_MAX;
        return false;
    }
    builder->chars = chars;
    builder->capacity = capacity;
    return true;
}

void builder_init(StringBuilder *builder) {
    builder->chars = NULL;
    builder->length = 0;
    builder->capacity = 0;
}

void builder_append(StringBuilder *builder, const char *chars, size_t length) {
    if (length == 0 || !builder_reserve(builder, length)) return;
    memcpy(builder->chars + builder->length, chars, length);
    builder->length += length;
}

void builder_append_c(StringBuilder *builder, const char *chars) { builder_append(builder, chars, strlen(chars)); }

void builder_append_str(StringBuilder *builder, const Str *str) { builder_append(builder, str->chars, str->length); }

void builder_append_char(StringBuilder *builder, char c) { builder_append(builder, &c, 1); }

void builder_append_code_point(StringBuilder *builder, uint32_t code_point) {
    char buffer[4];
    builder_append(builder, buffer, (size_t)utf8_encode(code_point, buffer));
}

void builder_repeat(StringBuilder *builder, const char *chars, size_t length, size_t times) {
    if (!builder_reserve(builder, length * times)) return;
    for (size_t i = 0; i < times; i++) builder_append(builder, chars, length);
}

void builder_printf(StringBuilder *builder, const char *format, ...) {
    va_list args;
    va_start(args, format);
    va_list copy;
    va_copy(copy, args);
    int length = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    if (length > 0 && builder_reserve(builder, (size_t)length)) {
        vsnprintf(builder->chars + builder->length, (size_t)length + 1, format, args);
        builder->length += (size_t)length;
    }
    va_end(args);
}

Str *builder_finish(Thread *thread, StringBuilder *builder) {
    if (builder->capacity == SIZE_MAX) {
        error_no_memory(thread);
        return NULL;
    }
    Str *str = str_new(thread, builder->chars == NULL ? "" : builder->chars, builder->length);
    builder_free(builder);
    return str;
}

void builder_free(StringBuilder *builder) {
    free(builder->chars);
    builder_init(builder);
}

/* ---- repr -------------------------------------------------------------- */

/* Printable as str.isprintable and repr judge it. Without the Unicode
 * database this knows ASCII and Latin-1 exactly and, beyond, the format
 * characters, separators, surrogates, private-use and noncharacters that
 * lessons meet; other assigned code points count as printable. */
bool unicode_is_printable(uint32_t c) {
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD) return false;
    if (c < 0x300) return true;
    if ((c >= 0x600 && c <= 0x605) || c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x1680 || c == 0x180E)
        return false;
    if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F)) return false;
    if (c == 0x3000 || c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF) return false;
    if ((c >= 0xD800 && c <= 0xF8FF) || c >= 0xF0000 || (c >= 0xE0000 && c <= 0xE0FFF)) return false;
    if ((c & 0xFFFE) == 0xFFFE) return false;
    return true;
}

/* Append `code_point` as repr shows it inside quotes. */
void str_repr_append(StringBuilder *builder, uint32_t c, char quote) {
    if (c == (uint32_t)quote || c == '\\') {
        builder_append_char(builder, '\\');
        builder_append_char(builder, (char)c);
    } else if (c == '\n') {
        builder_append_c(builder, "\\n");
    } else if (c == '\t') {
        builder_append_c(builder, "\\t");
    } else if (c == '\r') {
        builder_append_c(builder, "\\r");
    } else if (unicode_is_printable(c)) {
        builder_append_code_point(builder, c);
    } else if (c < 0x100) {
        builder_printf(builder, "\\x%02x", c);
    } else if (c < 0x10000) {
        builder_printf(builder, "\\u%04x", c);
    } else {
        builder_printf(builder, "\\U%08x", c);
    }
}

Str *str_repr(Thread *thread, Str *str) {
    bool has_single = memchr(str->chars, '\'', str->length) != NULL;
    bool has_double = memchr(str->chars, '"', str->length) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StringBuilder builder;
    builder_init(&builder);
    builder_append_char(&builder, quote);
    for (size_t i = 0; i < str->length;) {
        int length;
        uint32_t c = utf8_decode(str->chars + i, &length);
        str_repr_append(&builder, c, quote);
        i += (size_t)length;
    }
    builder_append_char(&builder, quote);
    return builder_finish(thread, &builder);
}

bool str_is_identifier(const Str *str) {
    if (str->length == 0) return false;
    for (size_t i = 0; i < str->length;) {
        int length;
        uint32_t c = utf8_decode(str->chars + i, &length);
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && unicode_is_alpha(c));
        bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && i > 0)) return false;
        i += (size_t)length;
    }
    return true;
}

/* ---- searching --------------------------------------------------------- */

/* Byte offset of the first `needle` in haystack[start, end), or -1. */
int64_t str_find_bytes(const char *haystack, size_t start, size_t end, const char *needle, size_t needle_length) {
    if (needle_length == 0) return start <= end ? (int64_t)start : -1;
    if (end < needle_length) return -1;
    size_t last = end - needle_length;
    for (size_t i = start; i <= last && i < end; i++) {
        const char *hit = memchr(haystack + i, needle[0], last - i + 1);
        if (hit == NULL) return -1;
        i = (size_t)(hit - haystack);
        if (memcmp(hit, needle, needle_length) == 0) return (int64_t)i;
    }
    return -1;
}

/* Byte offset of the last `needle` in haystack[start, end), or -1. */
int64_t str_rfind_bytes(const char *haystack, size_t start, size_t end, const char *needle, size_t needle_length) {
    if (end < start || end - start < needle_length) return -1;
    for (size_t i = end - needle_length + 1; i-- > start;) {
        if (memcmp(haystack + i, needle, needle_length) == 0) return (int64_t)i;
    }
    return -1;
}

/* ---- the str type's protocol ------------------------------------------- */

static bool str_check_no_args(Thread *thread, const char *name, int argc, Tuple *kwnames) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc != 1) return error_set(thread, &type_TypeError, "expected 0 arguments, got %d", argc - 1);
    return true;
}

static bool str_check_one_arg(Thread *thread, const char *name, int argc, Tuple *kwnames) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "expected 1 argument, got %d", argc - 1);
    return true;
}

static bool str_result(Str *str, Value *result) {
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

/* str(object='') and str(object=b'', encoding='utf-8', errors='strict') */
static bool str_value_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Value args[3];
    if (!native_bind_args(thread, "str", argc - 1, argv + 1, kwnames, names, 0, args)) return false;
    if (IS_EMPTY(args[1]) && IS_EMPTY(args[2])) {
        if (IS_EMPTY(args[0])) return str_result(str_intern(thread, "", 0), result);
        Str *str;
        if (!object_str(thread, args[0], &str)) return false;
        return str_result(str, result);
    }
    Value object = IS_EMPTY(args[0]) ? OBJECT_VALUE(str_intern(thread, "", 0)) : args[0];
    const unsigned char *data;
    size_t length;
    if (!bytes_view(object, &data, &length))
        return error_set(thread, &type_TypeError, "decoding to str: need a bytes-like object, %s found",
                         value_type_name(object));
    for (int i = 1; i < 3; i++) {
        if (!IS_EMPTY(args[i]) && !IS_STR(args[i]))
            return error_set(thread, &type_TypeError, "str() argument '%s' must be str, not %s", names[i],
                             value_type_name(args[i]));
    }
    Str *str;
    if (!bytes_decode(thread, data, length, IS_EMPTY(args[1]) ? "utf-8" : AS_STR(args[1])->chars,
                      IS_EMPTY(args[2]) ? "strict" : AS_STR(args[2])->chars, &str))
        return false;
    return str_result(str, result);
}

/* str.__new__(cls, ...): the text, copied into an instance of cls when
 * cls is a subclass. */
static bool str_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_value_new(thread, argc, argv, kwnames, result)) return false;
    Type *type = AS_TYPE(argv[0]);
    if (type == &type_str) return true;
    return str_result(str_new_subclass(thread, type, AS_STR(*result)), result);
}

static bool str_len(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_no_args(thread, "__len__", argc, kwnames)) return false;
    *result = INT_VALUE((int64_t)AS_STR(argv[0])->char_count);
    return true;
}

/* s[start:stop:step] by code points. */
static bool str_slice(Thread *thread, Str *str, Slice *slice, Value *result) {
    int64_t start, stop, step, count;
    if (!slice_indices(thread, slice, (int64_t)str->char_count, &start, &stop, &step, &count)) return false;
    if (step == 1) {
        size_t from = str_byte_offset(str, (size_t)start);
        size_t to = count > 0 ? str_byte_offset(str, (size_t)stop) : from;
        return str_result(str_new(thread, str->chars + from, to - from), result);
    }
    StringBuilder builder;
    builder_init(&builder);
    for (int64_t i = 0, index = start; i < count; i++, index += step) {
        size_t offset = str_byte_offset(str, (size_t)index);
        int length;
        utf8_decode(str->chars + offset, &length);
        builder_append(&builder, str->chars + offset, (size_t)length);
    }
    return str_result(builder_finish(thread, &builder), result);
}

static bool str_getitem(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_one_arg(thread, "__getitem__", argc, kwnames)) return false;
    Str *str = AS_STR(argv[0]);
    Value key = argv[1];
    if (value_is_exact(key, &type_slice)) return str_slice(thread, str, AS_SLICE(key), result);
    if (!number_is_int(key) && IS_EMPTY(type_lookup(value_type(key), thread->runtime->names.index)))
        return error_set(thread, &type_TypeError, "string indices must be integers, not '%s'", value_type_name(key));
    int64_t index;
    if (!value_as_index(thread, key, &index)) return false;
    if (index < 0) index += (int64_t)str->char_count;
    if (index < 0 || index >= (int64_t)str->char_count)
        return error_set(thread, &type_IndexError, "string index out of range");
    int length;
    uint32_t c = utf8_decode(str->chars + str_byte_offset(str, (size_t)index), &length);
    return str_result(str_from_code_point(thread, c), result);
}

static bool str_contains(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_one_arg(thread, "__contains__", argc, kwnames)) return false;
    if (!IS_STR(argv[1]))
        return error_set(thread, &type_TypeError, "'in <string>' requires string as left operand, not %s",
                         value_type_name(argv[1]));
    Str *str = AS_STR(argv[0]), *needle = AS_STR(argv[1]);
    *result = BOOL_VALUE(str_find_bytes(str->chars, 0, str->length, needle->chars, needle->length) >= 0);
    return true;
}

static bool str_add(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_one_arg(thread, "__add__", argc, kwnames)) return false;
    if (!IS_STR(argv[1]))
        return error_set(thread, &type_TypeError, "can only concatenate str (not \"%s\") to str", value_type_name(argv[1]));
    return str_result(str_concat(thread, AS_STR(argv[0]), AS_STR(argv[1])), result);
}

static bool str_mul(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_one_arg(thread, "__mul__", argc, kwnames)) return false;
    int64_t count;
    Str *str = AS_STR(argv[0]);
    int status = sequence_repeat_count(thread, argv[1], &count);
    if (status <= 0) {
        *result = NOT_IMPLEMENTED_VALUE;
        return status == 0;
    }
    if (str->length > 0 && (uint64_t)count > ((uint64_t)1 << 40) / str->length) return error_no_memory(thread);
    Str *repeated = str_allocate(thread, str->length * (size_t)count);
    if (repeated == NULL) return false;
    for (int64_t i = 0; i < count; i++) memcpy(repeated->chars + (size_t)i * str->length, str->chars, str->length);
    repeated->chars[repeated->length] = '\0';
    repeated->char_count = str->char_count * (size_t)count;
    repeated->is_ascii = str->is_ascii;
    *result = OBJECT_VALUE(repeated);
    return true;
}

static bool str_mod(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_one_arg(thread, "__mod__", argc, kwnames)) return false;
    Str *str;
    if (!format_percent(thread, AS_STR(argv[0]), argv[1], &str)) return false;
    return str_result(str, result);
}

static bool str_compare_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, int op, Value *result) {
    if (!str_check_one_arg(thread, "comparison", argc, kwnames)) return false;
    if (!IS_STR(argv[1])) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    Str *a = AS_STR(argv[0]), *b = AS_STR(argv[1]);
    int order = (op == COMPARE_EQ || op == COMPARE_NE) ? !str_equal(a, b) : str_compare(a, b);
    *result = BOOL_VALUE(number_order_holds(op, order, false));
    return true;
}
#define STR_COMPARE_DUNDER(name, op)                                                               \
    static bool str_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return str_compare_dunder(thread, argc, argv, kwnames, op, result);                        \
    }
STR_COMPARE_DUNDER(lt, COMPARE_LT)
STR_COMPARE_DUNDER(le, COMPARE_LE)
STR_COMPARE_DUNDER(eq, COMPARE_EQ)
STR_COMPARE_DUNDER(ne, COMPARE_NE)
STR_COMPARE_DUNDER(gt, COMPARE_GT)
STR_COMPARE_DUNDER(ge, COMPARE_GE)
#undef STR_COMPARE_DUNDER

static bool str_hash_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_no_args(thread, "__hash__", argc, kwnames)) return false;
    *result = INT_VALUE(str_hash(AS_STR(argv[0])));
    return true;
}

static bool str_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_no_args(thread, "__repr__", argc, kwnames)) return false;
    return str_result(str_repr(thread, AS_STR(argv[0])), result);
}

static bool str_str_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_no_args(thread, "__str__", argc, kwnames)) return false;
    Str *str = AS_STR(argv[0]);
    if (str->header.type == &type_str) return str_result(str, result);
    return str_result(str_new(thread, str->chars, str->length), result);
}

/* ---- the str iterator -------------------------------------------------- */

typedef struct StrIterator {
    Object header;
    Str *str;      /* the string being walked */
    size_t offset; /* byte offset of the next character */
} StrIterator;

static void str_iterator_trace(Object *object, GcTracer *tracer) {
    gc_mark_object(tracer, (Object *)((StrIterator *)object)->str);
}

Type type_str_iterator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "str_ascii_iterator",
    .base = &type_object,
    .instance_size = sizeof(StrIterator),
    .trace = str_iterator_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

static bool str_iter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_no_args(thread, "__iter__", argc, kwnames)) return false;
    StrIterator *iterator = ALLOCATE_OBJECT(thread, StrIterator, &type_str_iterator);
    if (iterator == NULL) return false;
    iterator->str = AS_STR(argv[0]);
    *result = OBJECT_VALUE(iterator);
    return true;
}

static bool str_iterator_iter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_no_args(thread, "__iter__", argc, kwnames)) return false;
    *result = argv[0];
    return true;
}

static bool str_iterator_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!str_check_no_args(thread, "__next__", argc, kwnames)) return false;
    StrIterator *iterator = (StrIterator *)AS_OBJECT(argv[0]);
    if (iterator->offset >= iterator->str->length) return error_set_empty(thread, &type_StopIteration);
    int length;
    uint32_t c = utf8_decode(iterator->str->chars + iterator->offset, &length);
    iterator->offset += (size_t)length;
    return str_result(str_from_code_point(thread, c), result);
}

static const MethodDef str_iterator_methods[] = {
    {"__iter__", str_iterator_iter},
    {"__next__", str_iterator_next},
    {NULL, NULL},
};

/* ---- the type ---------------------------------------------------------- */

Type type_str = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "str",
    .base = &type_object,
    .instance_size = sizeof(Str),
    .flags = TYPE_BASETYPE,
    .new_instance = str_new_instance,
};

static const MethodDef str_core_methods[] = {
    {"__len__", str_len},       {"__getitem__", str_getitem}, {"__contains__", str_contains},
    {"__add__", str_add},       {"__mul__", str_mul},         {"__rmul__", str_mul},
    {"__mod__", str_mod},       {"__lt__", str_lt},           {"__le__", str_le},
    {"__eq__", str_eq},         {"__ne__", str_ne},           {"__gt__", str_gt},
    {"__ge__", str_ge},         {"__hash__", str_hash_method}, {"__repr__", str_repr_method},
    {"__str__", str_str_method}, {"__iter__", str_iter},      {"__format__", format_dunder},
    {NULL, NULL},
};

void str_init_type(Thread *thread) {
    type_ready(thread, &type_str);
    type_add_methods(thread, &type_str, str_core_methods);
    type_add_methods(thread, &type_str, str_methods);
    type_add_methods(thread, &type_str, str_case_methods);
    static const char *const static_methods[] = {"maketrans", NULL};
    type_wrap_staticmethods(thread, &type_str, static_methods);
    type_ready(thread, &type_str_iterator);
    type_add_methods(thread, &type_str_iterator, str_iterator_methods);
}
