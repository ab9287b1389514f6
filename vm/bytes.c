/* bytes.c: bytes (immutable, data inline) and bytearray (mutable, data
 * malloc'd and reported with gc_account), and the codecs that turn them
 * into str and back (utf-8, ascii, latin-1).
 *
 * Most methods are shared: they read either type through bytes_view and
 * build their result with bytes_make_like, which gives back the receiver's
 * kind (b'x'.upper() is bytes, bytearray(b'x').upper() a bytearray). The
 * methods whose logic str shares (case, predicates, split, padding, %) are
 * in bytes_methods.c, over str's own algorithms. */
#include "bytes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "format.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "ops.h"
#include "range.h"
#include "str_internal.h"
#include "tuple.h"

bool bytes_view(Value value, const unsigned char **data, size_t *length) {
    if (value_is_instance(value, &type_bytes)) {
        *data = AS_BYTES(value)->data;
        *length = AS_BYTES(value)->length;
        return true;
    }
    if (value_is_instance(value, &type_bytearray)) {
        *data = AS_BYTEARRAY(value)->data;
        *length = AS_BYTEARRAY(value)->length;
        return true;
    }
    *data = NULL;
    *length = 0;
    return false;
}

Bytes *bytes_new(Thread *thread, const unsigned char *data, size_t length) {
    Bytes *bytes = (Bytes *)object_allocate(thread, &type_bytes, sizeof(Bytes) + length + 1);
    if (bytes == NULL) return NULL;
    bytes->length = length;
    bytes->hash = -1;
    if (length > 0) memcpy(bytes->data, data, length);
    bytes->data[length] = '\0';
    return bytes;
}

/* Make room for `capacity` bytes (plus a NUL) in a bytearray. */
static bool bytearray_reserve(Thread *thread, ByteArray *array, size_t capacity) {
    if (capacity + 1 <= array->capacity) return true;
    size_t new_capacity = array->capacity < 16 ? 16 : array->capacity;
    while (new_capacity < capacity + 1) new_capacity *= 2;
    unsigned char *data = realloc(array->data, new_capacity);
    if (data == NULL) return error_no_memory(thread);
    gc_account(thread->runtime, (long long)new_capacity - (long long)array->capacity);
    array->data = data;
    array->capacity = new_capacity;
    return true;
}

ByteArray *bytearray_new(Thread *thread, const unsigned char *data, size_t length) {
    ByteArray *array = ALLOCATE_OBJECT(thread, ByteArray, &type_bytearray);
    if (array == NULL || !bytearray_reserve(thread, array, length)) return NULL;
    if (length > 0) memcpy(array->data, data, length);
    array->length = length;
    array->data[length] = '\0';
    return array;
}

static size_t bytearray_finalize(Runtime *runtime, Object *object) {
    (void)runtime;
    ByteArray *array = (ByteArray *)object;
    free(array->data);
    array->data = NULL;
    return array->capacity;
}

/* A new bytes or bytearray, the same kind as `like`. */
bool bytes_make_like(Thread *thread, Value like, const unsigned char *data, size_t length, Value *result) {
    Object *object = value_is_instance(like, &type_bytearray) ? (Object *)bytearray_new(thread, data, length)
                                                               : (Object *)bytes_new(thread, data, length);
    if (object == NULL) return false;
    *result = OBJECT_VALUE(object);
    return true;
}

int64_t bytes_hash(Bytes *bytes) {
    if (bytes->hash == -1) bytes->hash = bytes->length == 0 ? 0 : str_hash_bytes((const char *)bytes->data, bytes->length);
    return bytes->hash;
}

Str *bytes_repr(Thread *thread, const unsigned char *data, size_t length, bool is_bytearray) {
    bool has_single = memchr(data, '\'', length) != NULL, has_double = memchr(data, '"', length) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StringBuilder out;
    builder_init(&out);
    if (is_bytearray) builder_append_c(&out, "bytearray(");
    builder_append_char(&out, 'b');
    builder_append_char(&out, quote);
    for (size_t i = 0; i < length; i++) {
        unsigned char c = data[i];
        if (c == quote || c == '\\') {
            builder_append_char(&out, '\\');
            builder_append_char(&out, (char)c);
        } else if (c == '\n') builder_append_c(&out, "\\n");
        else if (c == '\t') builder_append_c(&out, "\\t");
        else if (c == '\r') builder_append_c(&out, "\\r");
        else if (c < 0x20 || c >= 0x7F) builder_printf(&out, "\\x%02x", c);
        else builder_append_char(&out, (char)c);
    }
    builder_append_char(&out, quote);
    if (is_bytearray) builder_append_char(&out, ')');
    return builder_finish(thread, &out);
}

/* ---- codecs ------------------------------------------------------------ */

Codec codec_lookup(const char *name) {
    char normal[32];
    size_t n = 0;
    for (; name[n] != '\0' && n + 1 < sizeof normal; n++) {
        char c = name[n];
        normal[n] = c == '_' || c == ' ' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    normal[n] = '\0';
    if (name[n] != '\0') return CODEC_UNKNOWN;
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", NULL};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin", NULL};
    const char *const *tables[] = {utf8, ascii, latin1};
    for (int t = 0; t < 3; t++) {
        for (int i = 0; tables[t][i] != NULL; i++) {
            if (strcmp(normal, tables[t][i]) == 0) return (Codec)t;
        }
    }
    return CODEC_UNKNOWN;
}

static const char *codec_name(Codec codec) {
    return codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1";
}

/* The length of a valid UTF-8 sequence at data[i], or 0 with *reason set
 * (and *bad_length the bytes CPython's message names). */
static int utf8_valid_sequence(const unsigned char *data, size_t i, size_t length, const char **reason, size_t *bad_length) {
    unsigned char c = data[i];
    *bad_length = 1;
    if (c < 0x80) return 1;
    int need;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) low = 0xA0;
        if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;
    } else {
        *reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k <= need; k++) {
        if (i + (size_t)k >= length) {
            *reason = "unexpected end of data";
            *bad_length = length - i;
            return 0;
        }
        unsigned char next = data[i + (size_t)k];
        if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need + 1;
}

/* Raise UnicodeDecodeError(encoding, object, start, end, reason), whose
 * str() is CPython's message. */
bool codec_raise_decode_error(Thread *thread, Codec codec, const unsigned char *data, size_t length, size_t position,
                               size_t count, const char *reason) {
    Value args[5];
    Str *encoding = str_from_c(thread, codec_name(codec));
    Bytes *object = bytes_new(thread, data, length);
    Str *why = str_from_c(thread, reason);
    if (encoding == NULL || object == NULL || why == NULL) return false;
    args[0] = OBJECT_VALUE(encoding);
    args[1] = OBJECT_VALUE(object);
    args[2] = INT_VALUE((int64_t)position);
    args[3] = INT_VALUE((int64_t)(position + count));
    args[4] = OBJECT_VALUE(why);
    Value exception;
    if (!object_call(thread, OBJECT_VALUE(&type_UnicodeDecodeError), 5, args, NULL, &exception)) return false;
    return error_set_object(thread, exception);
}

bool bytes_decode(Thread *thread, const unsigned char *data, size_t length, const char *encoding, const char *errors,
                  Str **result) {
    Codec codec = codec_lookup(encoding);
    if (codec == CODEC_UNKNOWN) return error_set(thread, &type_LookupError, "unknown encoding: %s", encoding);
    bool strict = strcmp(errors, "strict") == 0, replace = strcmp(errors, "replace") == 0;
    StringBuilder out;
    builder_init(&out);
    for (size_t i = 0; i < length;) {
        int sequence = 1;
        const char *reason = NULL;
        size_t bad_length = 1;
        if (codec == CODEC_UTF8) sequence = utf8_valid_sequence(data, i, length, &reason, &bad_length);
        else if (codec == CODEC_ASCII && data[i] >= 0x80) sequence = 0, reason = "ordinal not in range(128)";
        if (sequence > 0) {
            if (codec == CODEC_LATIN1) builder_append_code_point(&out, data[i]);
            else builder_append(&out, (const char *)data + i, (size_t)sequence);
            i += (size_t)sequence;
            continue;
        }
        if (strict) {
            builder_free(&out);
            return codec_raise_decode_error(thread, codec, data, length, i, bad_length, reason);
        }
        if (replace) builder_append_code_point(&out, 0xFFFD);
        i += bad_length;
    }
    *result = builder_finish(thread, &out);
    return *result != NULL;
}

/* The message for characters [start, end) that a codec cannot encode. */
static bool codec_encode_error(Thread *thread, Codec codec, const Str *str, size_t start, size_t end,
                               size_t first_index, size_t count) {
    const char *range = codec == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
    if (count > 1)
        return error_set(thread, &type_UnicodeEncodeError, "'%s' codec can't encode characters in position %zu-%zu: %s",
                         codec_name(codec), first_index, first_index + count - 1, range);
    int length;
    uint32_t c = utf8_decode(str->chars + start, &length);
    (void)end;
    char escaped[16];
    snprintf(escaped, sizeof escaped, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
    return error_set(thread, &type_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %zu: %s",
                     codec_name(codec), escaped, first_index, range);
}

bool str_encode(Thread *thread, const Str *str, const char *encoding, const char *errors, Bytes **result) {
    Codec codec = codec_lookup(encoding);
    if (codec == CODEC_UNKNOWN) return error_set(thread, &type_LookupError, "unknown encoding: %s", encoding);
    if (codec == CODEC_UTF8 || str->is_ascii) {
        *result = bytes_new(thread, (const unsigned char *)str->chars, str->length);
        return *result != NULL;
    }
    uint32_t limit = codec == CODEC_ASCII ? 0x80 : 0x100;
    bool strict = strcmp(errors, "strict") == 0, replace = strcmp(errors, "replace") == 0;
    StringBuilder out;
    builder_init(&out);
    size_t index = 0;
    for (size_t i = 0; i < str->length; index++) {
        int length;
        uint32_t c = utf8_decode(str->chars + i, &length);
        if (c < limit) {
            builder_append_char(&out, (char)c);
        } else if (strict) {
            size_t end = i, count = 0;
            for (int run_length; end < str->length && utf8_decode(str->chars + end, &run_length) >= limit; count++)
                end += (size_t)run_length;
            builder_free(&out);
            return codec_encode_error(thread, codec, str, i, end, index, count);
        } else if (replace) {
            builder_append_char(&out, '?');
        }
        i += (size_t)length;
    }
    if (out.capacity == SIZE_MAX) return error_no_memory(thread);
    *result = bytes_new(thread, (const unsigned char *)(out.chars == NULL ? "" : out.chars), out.length);
    builder_free(&out);
    return *result != NULL;
}

/* ---- construction ------------------------------------------------------ */

/* One byte value from an int-like item ("bytes must be in range(0, 256)"). */
static bool bytes_item_value(Thread *thread, Value item, unsigned char *out) {
    int64_t value;
    *out = 0;
    if (!number_is_int(item) && IS_EMPTY(type_lookup(value_type(item), thread->runtime->names.index)))
        return error_set(thread, &type_TypeError, "'%s' object cannot be interpreted as an integer", value_type_name(item));
    if (!value_as_index(thread, item, &value)) return false;
    if (value < 0 || value > 255) return error_set(thread, &type_ValueError, "byte must be in range(0, 256)");
    *out = (unsigned char)value;
    return true;
}

/* Collect the bytes an iterable of ints yields into a malloc'd builder. */
static bool bytes_from_iterable(Thread *thread, Value iterable, StringBuilder *out) {
    Value iterator, item;
    if (!object_get_iter(thread, iterable, &iterator)) return false;
    if (!gc_push_root(thread, iterator)) return false;
    bool ok;
    for (;;) {
        ok = object_iter_next(thread, iterator, &item);
        if (!ok || IS_EMPTY(item)) break;
        unsigned char byte;
        ok = bytes_item_value(thread, item, &byte);
        if (!ok) {
            if (error_matches(thread, &type_ValueError)) {
                error_clear(thread);
                error_set(thread, &type_ValueError, "bytes must be in range(0, 256)");
            }
            break;
        }
        builder_append_char(out, (char)byte);
    }
    gc_pop_roots(thread, 1);
    return ok;
}

/* The data for bytes(source, encoding, errors) / bytearray(...). */
static bool bytes_source(Thread *thread, const char *name, Value *args, StringBuilder *out) {
    Value source = args[0];
    if (!IS_EMPTY(args[1]) || !IS_EMPTY(args[2])) {
        if (!IS_STR(source)) {
            return error_set(thread, &type_TypeError, IS_EMPTY(source) ? "encoding without a string argument"
                                                                        : "encoding without a string argument");
        }
        for (int i = 1; i < 3; i++) {
            if (!IS_EMPTY(args[i]) && !IS_STR(args[i]))
                return error_set(thread, &type_TypeError, "%s() argument '%s' must be str, not %s", name,
                                 i == 1 ? "encoding" : "errors", value_type_name(args[i]));
        }
        Bytes *encoded;
        if (!str_encode(thread, AS_STR(source), IS_EMPTY(args[1]) ? "utf-8" : AS_STR(args[1])->chars,
                        IS_EMPTY(args[2]) ? "strict" : AS_STR(args[2])->chars, &encoded))
            return false;
        builder_append(out, (const char *)encoded->data, encoded->length);
        return true;
    }
    if (IS_EMPTY(source)) return true;
    if (IS_STR(source)) return error_set(thread, &type_TypeError, "string argument without an encoding");
    const unsigned char *data;
    size_t length;
    if (bytes_view(source, &data, &length)) {
        builder_append(out, (const char *)data, length);
        return true;
    }
    if (number_is_int(source) || !IS_EMPTY(type_lookup(value_type(source), thread->runtime->names.index))) {
        int64_t count;
        if (!value_as_index(thread, source, &count)) return false;
        if (count < 0) return error_set(thread, &type_ValueError, "negative count");
        for (int64_t i = 0; i < count; i++) builder_append_char(out, '\0');
        return true;
    }
    if (IS_EMPTY(type_lookup(value_type(source), thread->runtime->names.iter)) &&
        IS_EMPTY(type_lookup(value_type(source), thread->runtime->names.getitem)))
        return error_set(thread, &type_TypeError, "cannot convert '%s' object to %s", value_type_name(source), name);
    return bytes_from_iterable(thread, source, out);
}

static bool bytes_construct(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, bool mutable,
                            Value *result) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value args[3];
    if (!native_bind_args(thread, name, argc - 1, argv + 1, kwnames, names, 0, args)) return false;
    StringBuilder data;
    builder_init(&data);
    if (!bytes_source(thread, name, args, &data)) {
        builder_free(&data);
        return false;
    }
    if (data.capacity == SIZE_MAX) return error_no_memory(thread);
    const unsigned char *chars = (const unsigned char *)(data.chars == NULL ? "" : data.chars);
    Object *object = mutable ? (Object *)bytearray_new(thread, chars, data.length)
                             : (Object *)bytes_new(thread, chars, data.length);
    builder_free(&data);
    if (object == NULL) return false;
    *result = OBJECT_VALUE(object);
    return true;
}

static bool bytes_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_construct(thread, "bytes", argc, argv, kwnames, false, result);
}

static bool bytearray_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_construct(thread, "bytearray", argc, argv, kwnames, true, result);
}

/* ---- shared protocol --------------------------------------------------- */

#define SELF_VIEW(data, length)                        \
    const unsigned char *data;                         \
    size_t length;                                     \
    bytes_view(argv[0], &data, &length)

static bool bytes_args(Thread *thread, const char *name, int argc, Tuple *kwnames, int min, int max) {
    if (!error_check_no_kwargs(thread, name, kwnames)) return false;
    return error_check_argc(thread, name, argc - 1, min, max);
}

/* A bytes-like argument, or TypeError "a bytes-like object is required". */
bool bytes_argument(Thread *thread, Value value, const unsigned char **data, size_t *length) {
    if (bytes_view(value, data, length)) return true;
    return error_set(thread, &type_TypeError, "a bytes-like object is required, not '%s'", value_type_name(value));
}

static bool bytes_len(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__len__", argc, kwnames, 0, 0)) return false;
    SELF_VIEW(data, length);
    (void)data;
    *result = INT_VALUE((int64_t)length);
    return true;
}

static bool bytes_getitem(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__getitem__", argc, kwnames, 1, 1)) return false;
    SELF_VIEW(data, length);
    Value key = argv[1];
    if (value_is_exact(key, &type_slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(thread, AS_SLICE(key), (int64_t)length, &start, &stop, &step, &count)) return false;
        unsigned char *buffer = malloc(count > 0 ? (size_t)count : 1);
        if (buffer == NULL) return error_no_memory(thread);
        for (int64_t i = 0; i < count; i++) buffer[i] = data[start + i * step];
        bool ok = bytes_make_like(thread, argv[0], buffer, (size_t)count, result);
        free(buffer);
        return ok;
    }
    if (!number_is_int(key) && IS_EMPTY(type_lookup(value_type(key), thread->runtime->names.index)))
        return error_set(thread, &type_TypeError, "byte indices must be integers or slices, not %s", value_type_name(key));
    int64_t index;
    if (!value_as_index(thread, key, &index)) return false;
    if (index < 0) index += (int64_t)length;
    if (index < 0 || index >= (int64_t)length) {
        return error_set(thread, &type_IndexError, value_is_instance(argv[0], &type_bytearray)
                                                       ? "bytearray index out of range" : "index out of range");
    }
    *result = INT_VALUE(data[index]);
    return true;
}

static bool bytes_contains(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__contains__", argc, kwnames, 1, 1)) return false;
    SELF_VIEW(data, length);
    const unsigned char *needle;
    size_t needle_length;
    unsigned char byte;
    if (!bytes_view(argv[1], &needle, &needle_length)) {
        if (!bytes_item_value(thread, argv[1], &byte)) return false;
        needle = &byte;
        needle_length = 1;
    }
    *result = BOOL_VALUE(str_find_bytes((const char *)data, 0, length, (const char *)needle, needle_length) >= 0);
    return true;
}

static bool bytes_add(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__add__", argc, kwnames, 1, 1)) return false;
    SELF_VIEW(data, length);
    const unsigned char *other;
    size_t other_length;
    if (!bytes_view(argv[1], &other, &other_length))
        return error_set(thread, &type_TypeError, "can't concat %s to %s", value_type_name(argv[1]),
                         value_type_name(argv[0]));
    unsigned char *buffer = malloc(length + other_length + 1);
    if (buffer == NULL) return error_no_memory(thread);
    memcpy(buffer, data, length);
    memcpy(buffer + length, other, other_length);
    bool ok = bytes_make_like(thread, argv[0], buffer, length + other_length, result);
    free(buffer);
    return ok;
}

static bool bytes_mul(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__mul__", argc, kwnames, 1, 1)) return false;
    SELF_VIEW(data, length);
    int64_t count;
    int status = sequence_repeat_count(thread, argv[1], &count);
    if (status <= 0) {
        *result = NOT_IMPLEMENTED_VALUE;
        return status == 0;
    }
    if (length > 0 && (uint64_t)count > ((uint64_t)1 << 40) / length) return error_no_memory(thread);
    StringBuilder out;
    builder_init(&out);
    builder_repeat(&out, (const char *)data, length, (size_t)count);
    if (out.capacity == SIZE_MAX) return error_no_memory(thread);
    bool ok = bytes_make_like(thread, argv[0], (const unsigned char *)(out.chars ? out.chars : ""), out.length, result);
    builder_free(&out);
    return ok;
}

static bool bytes_compare_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, int op, Value *result) {
    if (!bytes_args(thread, "comparison", argc, kwnames, 1, 1)) return false;
    SELF_VIEW(data, length);
    const unsigned char *other;
    size_t other_length;
    if (!bytes_view(argv[1], &other, &other_length)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    size_t common = length < other_length ? length : other_length;
    int order = common == 0 ? 0 : memcmp(data, other, common);
    if (order == 0) order = length < other_length ? -1 : length > other_length;
    *result = BOOL_VALUE(number_order_holds(op, order < 0 ? -1 : order > 0, false));
    return true;
}
#define BYTES_COMPARE_DUNDER(name, op)                                                               \
    static bool bytes_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return bytes_compare_dunder(thread, argc, argv, kwnames, op, result);                        \
    }
BYTES_COMPARE_DUNDER(lt, COMPARE_LT)
BYTES_COMPARE_DUNDER(le, COMPARE_LE)
BYTES_COMPARE_DUNDER(eq, COMPARE_EQ)
BYTES_COMPARE_DUNDER(ne, COMPARE_NE)
BYTES_COMPARE_DUNDER(gt, COMPARE_GT)
BYTES_COMPARE_DUNDER(ge, COMPARE_GE)
#undef BYTES_COMPARE_DUNDER

static bool bytes_hash_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__hash__", argc, kwnames, 0, 0)) return false;
    *result = INT_VALUE(bytes_hash(AS_BYTES(argv[0])));
    return true;
}

static bool bytes_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__repr__", argc, kwnames, 0, 0)) return false;
    SELF_VIEW(data, length);
    Str *str = bytes_repr(thread, data, length, value_is_instance(argv[0], &type_bytearray));
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

/* ---- the iterator ------------------------------------------------------ */

typedef struct BytesIterator {
    Object header;
    Value sequence; /* the bytes or bytearray */
    size_t index;   /* the next position */
} BytesIterator;

static void bytes_iterator_trace(Object *object, GcTracer *tracer) {
    gc_mark_value(tracer, ((BytesIterator *)object)->sequence);
}

static Type type_bytes_iterator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "bytes_iterator",
    .base = &type_object,
    .instance_size = sizeof(BytesIterator),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = bytes_iterator_trace,
};

static bool bytes_iter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__iter__", argc, kwnames, 0, 0)) return false;
    BytesIterator *iterator = ALLOCATE_OBJECT(thread, BytesIterator, &type_bytes_iterator);
    if (iterator == NULL) return false;
    iterator->sequence = argv[0];
    *result = OBJECT_VALUE(iterator);
    return true;
}

static bool bytes_iterator_iter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__iter__", argc, kwnames, 0, 0)) return false;
    *result = argv[0];
    return true;
}

static bool bytes_iterator_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__next__", argc, kwnames, 0, 0)) return false;
    BytesIterator *iterator = (BytesIterator *)AS_OBJECT(argv[0]);
    const unsigned char *data;
    size_t length;
    bytes_view(iterator->sequence, &data, &length);
    if (iterator->index >= length) return error_set_empty(thread, &type_StopIteration);
    *result = INT_VALUE(data[iterator->index++]);
    return true;
}

static const MethodDef bytes_iterator_methods[] = {
    {"__iter__", bytes_iterator_iter},
    {"__next__", bytes_iterator_next},
    {NULL, NULL},
};

/* ---- named methods ----------------------------------------------------- */

static bool bytes_decode_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value args[2];
    if (!native_bind_args(thread, "decode", argc - 1, argv + 1, kwnames, names, 0, args)) return false;
    for (int i = 0; i < 2; i++) {
        if (!IS_EMPTY(args[i]) && !IS_STR(args[i]))
            return error_set(thread, &type_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                             value_type_name(args[i]));
    }
    SELF_VIEW(data, length);
    Str *str;
    if (!bytes_decode(thread, data, length, IS_EMPTY(args[0]) ? "utf-8" : AS_STR(args[0])->chars,
                      IS_EMPTY(args[1]) ? "strict" : AS_STR(args[1])->chars, &str))
        return false;
    *result = OBJECT_VALUE(str);
    return true;
}

static bool bytes_hex(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "hex", argc, kwnames, 0, 0)) return false;
    SELF_VIEW(data, length);
    StringBuilder out;
    builder_init(&out);
    for (size_t i = 0; i < length; i++) builder_printf(&out, "%02x", data[i]);
    Str *str = builder_finish(thread, &out);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

/* bytes.fromhex(string), called on the class: argv[0] is the string. */
static bool bytes_fromhex_common(Thread *thread, int argc, Value *argv, Tuple *kwnames, bool mutable, Value *result) {
    if (!error_check_no_kwargs(thread, "fromhex", kwnames)) return false;
    if (argc > 0 && IS_TYPE(argv[0])) argv++, argc--;
    if (argc != 1) return error_set(thread, &type_TypeError, "fromhex() takes exactly one argument (%d given)", argc);
    if (!IS_STR(argv[0])) return error_set(thread, &type_TypeError, "fromhex() argument must be str, not %s", value_type_name(argv[0]));
    Str *text = AS_STR(argv[0]);
    StringBuilder out;
    builder_init(&out);
    for (size_t i = 0; i < text->length;) {
        char c = text->chars[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        int high = i < text->length ? (c >= '0' && c <= '9' ? c - '0' : ((c | 32) >= 'a' && (c | 32) <= 'f') ? (c | 32) - 'a' + 10 : -1) : -1;
        char d = i + 1 < text->length ? text->chars[i + 1] : '\0';
        int low = (d >= '0' && d <= '9') ? d - '0' : ((d | 32) >= 'a' && (d | 32) <= 'f') ? (d | 32) - 'a' + 10 : -1;
        if (high < 0 || low < 0) {
            builder_free(&out);
            return error_set(thread, &type_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                             high < 0 ? i : i + 1);
        }
        builder_append_char(&out, (char)(high * 16 + low));
        i += 2;
    }
    const unsigned char *chars = (const unsigned char *)(out.chars ? out.chars : "");
    Object *object = mutable ? (Object *)bytearray_new(thread, chars, out.length) : (Object *)bytes_new(thread, chars, out.length);
    builder_free(&out);
    if (object == NULL) return false;
    *result = OBJECT_VALUE(object);
    return true;
}

static bool bytes_fromhex(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_fromhex_common(thread, argc, argv, kwnames, false, result);
}

static bool bytearray_fromhex(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_fromhex_common(thread, argc, argv, kwnames, true, result);
}

/* find / count / startswith / endswith / replace / split: their first
 * argument is bytes-like (or an int for find and count). */
static bool bytes_needle(Thread *thread, Value value, bool allow_int, unsigned char *byte, const unsigned char **data,
                         size_t *length) {
    if (allow_int && (number_is_int(value))) {
        if (!bytes_item_value(thread, value, byte)) return false;
        *data = byte;
        *length = 1;
        return true;
    }
    return bytes_argument(thread, value, data, length);
}

typedef enum BytesSearch { SEARCH_FIND, SEARCH_RFIND, SEARCH_INDEX, SEARCH_RINDEX, SEARCH_COUNT } BytesSearch;

static bool bytes_search(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, BytesSearch how,
                         Value *result) {
    if (!bytes_args(thread, name, argc, kwnames, 1, 3)) return false;
    SELF_VIEW(data, length);
    unsigned char byte;
    const unsigned char *needle;
    size_t needle_length;
    if (!bytes_needle(thread, argv[1], true, &byte, &needle, &needle_length)) return false;
    int64_t start = 0, end = (int64_t)length, n = (int64_t)length;
    if (argc > 2 && !IS_NONE(argv[2]) && !value_as_index(thread, argv[2], &start)) return false;
    if (argc > 3 && !IS_NONE(argv[3]) && !value_as_index(thread, argv[3], &end)) return false;
    if (start < 0) start = start + n < 0 ? 0 : start + n;
    if (end < 0) end = end + n < 0 ? 0 : end + n;
    if (end > n) end = n;
    int64_t found = -1;
    if (how == SEARCH_COUNT) {
        int64_t count = 0;
        for (int64_t at = start; start <= end;) {
            int64_t hit = str_find_bytes((const char *)data, (size_t)at, (size_t)end, (const char *)needle, needle_length);
            if (hit < 0) break;
            count++;
            at = hit + (int64_t)(needle_length == 0 ? 1 : needle_length);
            if (at > end) break;
        }
        *result = INT_VALUE(start > n ? 0 : count);
        return true;
    }
    if (start <= end) {
        bool last = how == SEARCH_RFIND || how == SEARCH_RINDEX;
        found = last ? str_rfind_bytes((const char *)data, (size_t)start, (size_t)end, (const char *)needle, needle_length)
                                    : str_find_bytes((const char *)data, (size_t)start, (size_t)end, (const char *)needle, needle_length);
    }
    if ((how == SEARCH_INDEX || how == SEARCH_RINDEX) && found < 0) return error_set(thread, &type_ValueError, "subsection not found");
    *result = INT_VALUE(found);
    return true;
}

#define BYTES_SEARCH_METHOD(name, how)                                                               \
    static bool bytes_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return bytes_search(thread, #name, argc, argv, kwnames, how, result);                        \
    }
BYTES_SEARCH_METHOD(find, SEARCH_FIND)
BYTES_SEARCH_METHOD(rfind, SEARCH_RFIND)
BYTES_SEARCH_METHOD(index, SEARCH_INDEX)
BYTES_SEARCH_METHOD(rindex, SEARCH_RINDEX)
BYTES_SEARCH_METHOD(count, SEARCH_COUNT)
#undef BYTES_SEARCH_METHOD

static bool bytes_affix(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, bool at_end,
                        Value *result) {
    if (!bytes_args(thread, name, argc, kwnames, 1, 1)) return false;
    SELF_VIEW(data, length);
    bool is_tuple = value_is_instance(argv[1], &type_tuple);
    size_t count = is_tuple ? AS_TUPLE(argv[1])->count : 1;
    for (size_t i = 0; i < count; i++) {
        const unsigned char *affix;
        size_t affix_length;
        Value item = is_tuple ? AS_TUPLE(argv[1])->items[i] : argv[1];
        if (!bytes_view(item, &affix, &affix_length))
            return error_set(thread, &type_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                             value_type_name(item));
        if (affix_length <= length && memcmp(data + (at_end ? length - affix_length : 0), affix, affix_length) == 0) {
            *result = BOOL_VALUE(true);
            return true;
        }
    }
    *result = BOOL_VALUE(false);
    return true;
}

static bool bytes_startswith(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_affix(thread, "startswith", argc, argv, kwnames, false, result);
}

static bool bytes_endswith(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_affix(thread, "endswith", argc, argv, kwnames, true, result);
}

static bool bytes_is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool bytes_strip_common(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, bool left,
                               bool right, Value *result) {
    if (!bytes_args(thread, name, argc, kwnames, 0, 1)) return false;
    SELF_VIEW(data, length);
    const unsigned char *chars = NULL;
    size_t chars_length = 0;
    if (argc == 2 && !IS_NONE(argv[1]) && !bytes_argument(thread, argv[1], &chars, &chars_length)) return false;
    size_t start = 0, end = length;
    while (left && start < end && (chars ? memchr(chars, data[start], chars_length) != NULL : bytes_is_space(data[start]))) start++;
    while (right && end > start && (chars ? memchr(chars, data[end - 1], chars_length) != NULL : bytes_is_space(data[end - 1]))) end--;
    return bytes_make_like(thread, argv[0], data + start, end - start, result);
}

static bool bytes_strip(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_strip_common(thread, "strip", argc, argv, kwnames, true, true, result);
}

static bool bytes_lstrip(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_strip_common(thread, "lstrip", argc, argv, kwnames, true, false, result);
}

static bool bytes_rstrip(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return bytes_strip_common(thread, "rstrip", argc, argv, kwnames, false, true, result);
}

static bool bytes_replace(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "replace", argc, kwnames, 2, 3)) return false;
    SELF_VIEW(data, length);
    const unsigned char *old, *new;
    size_t old_length, new_length;
    if (!bytes_argument(thread, argv[1], &old, &old_length) || !bytes_argument(thread, argv[2], &new, &new_length))
        return false;
    int64_t count = -1;
    if (argc == 4 && !value_as_index(thread, argv[3], &count)) return false;
    StringBuilder out;
    builder_init(&out);
    size_t start = 0;
    for (; count != 0; count--) {
        int64_t hit = str_find_bytes((const char *)data, start, length, (const char *)old, old_length);
        if (hit < 0 || (old_length == 0 && (size_t)hit > length)) break;
        builder_append(&out, (const char *)data + start, (size_t)hit - start);
        builder_append(&out, (const char *)new, new_length);
        if (old_length == 0) {
            if ((size_t)hit >= length) {
                start = length;
                break;
            }
            builder_append_char(&out, (char)data[hit]);
            start = (size_t)hit + 1;
        } else {
            start = (size_t)hit + old_length;
        }
    }
    builder_append(&out, (const char *)data + start, length - start);
    if (out.capacity == SIZE_MAX) return error_no_memory(thread);
    bool ok = bytes_make_like(thread, argv[0], (const unsigned char *)(out.chars ? out.chars : ""), out.length, result);
    builder_free(&out);
    return ok;
}

static bool bytes_join(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "join", argc, kwnames, 1, 1)) return false;
    Value iterator, item;
    if (!object_get_iter(thread, argv[1], &iterator)) return false;
    if (!gc_push_root(thread, iterator)) return false;
    StringBuilder out;
    builder_init(&out);
    bool ok = true;
    for (size_t index = 0; ok; index++) {
        ok = object_iter_next(thread, iterator, &item);
        if (!ok || IS_EMPTY(item)) break;
        const unsigned char *part;
        size_t part_length;
        if (!bytes_view(item, &part, &part_length)) {
            ok = error_set(thread, &type_TypeError, "sequence item %zu: expected a bytes-like object, %s found", index,
                           value_type_name(item));
            break;
        }
        SELF_VIEW(data, length);
        if (index > 0) builder_append(&out, (const char *)data, length);
        builder_append(&out, (const char *)part, part_length);
    }
    gc_pop_roots(thread, 1);
    if (ok && out.capacity == SIZE_MAX) ok = error_no_memory(thread);
    if (ok) ok = bytes_make_like(thread, argv[0], (const unsigned char *)(out.chars ? out.chars : ""), out.length, result);
    builder_free(&out);
    return ok;
}

/* ---- bytearray's mutators ---------------------------------------------- */

static bool bytearray_append(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "append", argc, kwnames, 1, 1)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    unsigned char byte;
    if (!bytes_item_value(thread, argv[1], &byte) || !bytearray_reserve(thread, array, array->length + 1)) return false;
    array->data[array->length++] = byte;
    array->data[array->length] = '\0';
    *result = NONE_VALUE;
    return true;
}

static bool bytearray_extend(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "extend", argc, kwnames, 1, 1)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    StringBuilder data;
    builder_init(&data);
    const unsigned char *view;
    size_t view_length;
    bool ok;
    if (bytes_view(argv[1], &view, &view_length)) {
        builder_append(&data, (const char *)view, view_length);
        ok = true;
    } else if (IS_STR(argv[1])) {
        ok = error_set(thread, &type_TypeError, "expected iterable of integers; got: 'str'");
    } else if (IS_EMPTY(type_lookup(value_type(argv[1]), thread->runtime->names.iter)) &&
               IS_EMPTY(type_lookup(value_type(argv[1]), thread->runtime->names.getitem))) {
        ok = error_set(thread, &type_TypeError, "can't extend bytearray with %s", value_type_name(argv[1]));
    } else {
        ok = bytes_from_iterable(thread, argv[1], &data);
    }
    if (ok && data.capacity == SIZE_MAX) ok = error_no_memory(thread);
    if (ok) ok = bytearray_reserve(thread, array, array->length + data.length);
    if (ok && data.length > 0) {
        memcpy(array->data + array->length, data.chars, data.length);
        array->length += data.length;
        array->data[array->length] = '\0';
    }
    builder_free(&data);
    *result = NONE_VALUE;
    return ok;
}

static bool bytearray_pop(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "pop", argc, kwnames, 0, 1)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    int64_t index = -1;
    if (argc == 2 && !value_as_index(thread, argv[1], &index)) return false;
    if (array->length == 0) return error_set(thread, &type_IndexError, "pop from empty bytearray");
    if (index < 0) index += (int64_t)array->length;
    if (index < 0 || index >= (int64_t)array->length) return error_set(thread, &type_IndexError, "pop index out of range");
    *result = INT_VALUE(array->data[index]);
    memmove(array->data + index, array->data + index + 1, array->length - (size_t)index - 1);
    array->length--;
    array->data[array->length] = '\0';
    return true;
}

static bool bytearray_clear(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "bytearray.clear", argc, kwnames, 0, 0)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    array->length = 0;
    if (array->data != NULL) array->data[0] = '\0';
    *result = NONE_VALUE;
    return true;
}

static bool bytearray_setitem(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__setitem__", argc, kwnames, 2, 2)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    if (value_is_exact(argv[1], &type_slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(thread, AS_SLICE(argv[1]), (int64_t)array->length, &start, &stop, &step, &count)) return false;
        StringBuilder data;
        builder_init(&data);
        const unsigned char *view;
        size_t view_length;
        bool ok = true;
        if (bytes_view(argv[2], &view, &view_length)) builder_append(&data, (const char *)view, view_length);
        else ok = bytes_from_iterable(thread, argv[2], &data);
        if (ok && step != 1 && (int64_t)data.length != count)
            ok = error_set(thread, &type_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                           data.length, (long long)count);
        if (ok && step == 1) {
            size_t new_length = array->length - (size_t)count + data.length;
            ok = bytearray_reserve(thread, array, new_length);
            if (ok) {
                memmove(array->data + start + data.length, array->data + start + count, array->length - (size_t)(start + count));
                if (data.length > 0) memcpy(array->data + start, data.chars, data.length);
                array->length = new_length;
                array->data[new_length] = '\0';
            }
        } else if (ok) {
            for (int64_t i = 0; i < count; i++) array->data[start + i * step] = (unsigned char)data.chars[i];
        }
        builder_free(&data);
        *result = NONE_VALUE;
        return ok;
    }
    int64_t index;
    unsigned char byte;
    if (!value_as_index(thread, argv[1], &index) || !bytes_item_value(thread, argv[2], &byte)) return false;
    if (index < 0) index += (int64_t)array->length;
    if (index < 0 || index >= (int64_t)array->length)
        return error_set(thread, &type_IndexError, "bytearray index out of range");
    array->data[index] = byte;
    *result = NONE_VALUE;
    return true;
}

/* insert(index, item): the index is clamped to the ends, as list's. */
static bool bytearray_insert(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "insert", argc, kwnames, 2, 2)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    int64_t index;
    unsigned char byte;
    if (!value_as_index(thread, argv[1], &index) || !bytes_item_value(thread, argv[2], &byte)) return false;
    int64_t length = (int64_t)array->length;
    if (index < 0) index = index + length < 0 ? 0 : index + length;
    if (index > length) index = length;
    if (!bytearray_reserve(thread, array, array->length + 1)) return false;
    memmove(array->data + index + 1, array->data + index, array->length - (size_t)index);
    array->data[index] = byte;
    array->data[++array->length] = '\0';
    *result = NONE_VALUE;
    return true;
}

/* Remove `count` bytes at `index` (in range). */
static void bytearray_cut(ByteArray *array, size_t index, size_t count) {
    memmove(array->data + index, array->data + index + count, array->length - index - count);
    array->length -= count;
    array->data[array->length] = '\0';
}

static bool bytearray_remove(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "remove", argc, kwnames, 1, 1)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    unsigned char byte;
    if (!bytes_item_value(thread, argv[1], &byte)) return false;
    const unsigned char *hit = array->length == 0 ? NULL : memchr(array->data, byte, array->length);
    if (hit == NULL) return error_set(thread, &type_ValueError, "value not found in bytearray");
    bytearray_cut(array, (size_t)(hit - array->data), 1);
    *result = NONE_VALUE;
    return true;
}

static bool bytearray_reverse(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "bytearray.reverse", argc, kwnames, 0, 0)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    for (size_t i = 0, j = array->length; i + 1 < j; i++, j--) {
        unsigned char swap = array->data[i];
        array->data[i] = array->data[j - 1];
        array->data[j - 1] = swap;
    }
    *result = NONE_VALUE;
    return true;
}

/* del b[i] and del b[start:stop:step]. */
static bool bytearray_delitem(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__delitem__", argc, kwnames, 1, 1)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    *result = NONE_VALUE;
    if (value_is_exact(argv[1], &type_slice)) {
        int64_t start, stop, step, count;
        if (!slice_indices(thread, AS_SLICE(argv[1]), (int64_t)array->length, &start, &stop, &step, &count)) return false;
        if (step < 0) { /* the same positions, walked upwards */
            start += (count - 1) * step;
            step = -step;
        }
        size_t kept = 0;
        for (size_t i = 0, next = (size_t)start, removed = 0; i < array->length; i++) {
            if (removed < (size_t)count && i == next) {
                removed++;
                next += (size_t)step;
            } else {
                array->data[kept++] = array->data[i];
            }
        }
        bytearray_cut(array, kept, array->length - kept);
        return true;
    }
    int64_t index;
    if (!sequence_index(thread, argv[1], "bytearray", &index)) return false;
    if (index < 0) index += (int64_t)array->length;
    if (index < 0 || index >= (int64_t)array->length)
        return error_set(thread, &type_IndexError, "bytearray index out of range");
    bytearray_cut(array, (size_t)index, 1);
    return true;
}

/* b += other extends b in place (other must be bytes-like). */
static bool bytearray_iadd(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "__iadd__", argc, kwnames, 1, 1)) return false;
    ByteArray *array = AS_BYTEARRAY(argv[0]);
    const unsigned char *data;
    size_t length;
    if (!bytes_view(argv[1], &data, &length))
        return error_set(thread, &type_TypeError, "can't concat %s to bytearray", value_type_name(argv[1]));
    if (!bytearray_reserve(thread, array, array->length + length)) return false;
    memmove(array->data + array->length, data, length); /* b += b reads what it writes */
    array->length += length;
    array->data[array->length] = '\0';
    *result = argv[0];
    return true;
}

static bool bytearray_copy(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!bytes_args(thread, "bytearray.copy", argc, kwnames, 0, 0)) return false;
    SELF_VIEW(data, length);
    return bytes_make_like(thread, argv[0], data, length, result);
}

/* ---- the types --------------------------------------------------------- */

Type type_bytes = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "bytes",
    .base = &type_object,
    .instance_size = sizeof(Bytes),
    .flags = TYPE_BASETYPE,
    .new_instance = bytes_new_instance,
};

Type type_bytearray = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "bytearray",
    .base = &type_object,
    .instance_size = sizeof(ByteArray),
    .flags = TYPE_BASETYPE,
    .finalize = bytearray_finalize,
    .new_instance = bytearray_new_instance,
};

/* Methods of both types. */
static const MethodDef bytes_shared_methods[] = {
    {"__len__", bytes_len}, {"__getitem__", bytes_getitem}, {"__contains__", bytes_contains},
    {"__add__", bytes_add}, {"__mul__", bytes_mul}, {"__rmul__", bytes_mul}, {"__lt__", bytes_lt},
    {"__le__", bytes_le}, {"__eq__", bytes_eq}, {"__ne__", bytes_ne}, {"__gt__", bytes_gt},
    {"__ge__", bytes_ge}, {"__iter__", bytes_iter}, {"__repr__", bytes_repr_method},
    {"decode", bytes_decode_method}, {"hex", bytes_hex}, {"find", bytes_find}, {"rfind", bytes_rfind},
    {"index", bytes_index}, {"count", bytes_count}, {"startswith", bytes_startswith},
    {"endswith", bytes_endswith}, {"strip", bytes_strip}, {"lstrip", bytes_lstrip}, {"rstrip", bytes_rstrip},
    {"replace", bytes_replace}, {"join", bytes_join}, {"rindex", bytes_rindex}, {NULL, NULL},
};

static const MethodDef bytes_only_methods[] = {
    {"__hash__", bytes_hash_method},
    {NULL, NULL},
};

static const MethodDef bytearray_methods[] = {
    {"append", bytearray_append}, {"extend", bytearray_extend},     {"pop", bytearray_pop},
    {"clear", bytearray_clear},   {"__setitem__", bytearray_setitem}, {"copy", bytearray_copy},
    {"insert", bytearray_insert}, {"remove", bytearray_remove},   {"reverse", bytearray_reverse},
    {"__delitem__", bytearray_delitem}, {"__iadd__", bytearray_iadd},
    {NULL, NULL},
};

/* A classmethod wrapping a plain native (not a method descriptor, which
 * would insist on an instance as its first argument). */
static void bytes_add_classmethod(Thread *thread, Type *type, const char *name, NativeFn function) {
    NativeFunction *native = native_new(thread, name, function, EMPTY_VALUE);
    MethodWrapper *classmethod = ALLOCATE_OBJECT(thread, MethodWrapper, &type_classmethod);
    if (native == NULL || classmethod == NULL) return;
    classmethod->function = OBJECT_VALUE(native);
    dict_set_c(thread, type->dict, name, OBJECT_VALUE(classmethod));
}

void bytes_init_type(Thread *thread) {
    type_ready(thread, &type_bytes);
    static const char *const static_methods[] = {"maketrans", NULL};
    type_add_methods(thread, &type_bytes, bytes_shared_methods);
    type_add_methods(thread, &type_bytes, bytes_text_methods);
    type_add_methods(thread, &type_bytes, bytes_only_methods);
    type_wrap_staticmethods(thread, &type_bytes, static_methods);
    type_ready(thread, &type_bytearray);
    type_add_methods(thread, &type_bytearray, bytes_shared_methods);
    type_add_methods(thread, &type_bytearray, bytes_text_methods);
    type_add_methods(thread, &type_bytearray, bytearray_methods);
    type_wrap_staticmethods(thread, &type_bytearray, static_methods);
    dict_set_c(thread, type_bytearray.dict, "__hash__", NONE_VALUE);
    bytes_add_classmethod(thread, &type_bytes, "fromhex", bytes_fromhex);
    bytes_add_classmethod(thread, &type_bytearray, "fromhex", bytearray_fromhex);
    type_ready(thread, &type_bytes_iterator);
    type_add_methods(thread, &type_bytes_iterator, bytes_iterator_methods);
}
