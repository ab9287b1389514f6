/* str_format.c: the two string-formatting engines, `str % args`
 * (printf-style, which logging uses) and str.format / format_map.
 *
 * Both render each field through format.c's layout helpers, so widths,
 * signs, zero padding and float digits agree with format() to the byte.
 * Values referenced only from C here (the positional arguments, keyword
 * dict) stay reachable from the caller's frame; pieces under construction
 * live in malloc'd builders, not on the heap. */
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "format.h"
#include "gc.h"
#include "number.h"
#include "ops.h"
#include "str_internal.h"
#include "tuple.h"

/* ascii(): repr with every non-ASCII code point escaped. */
static bool format_ascii(Thread *thread, Value value, Str **result) {
    Str *repr;
    if (!object_repr(thread, value, &repr)) return false;
    if (repr->is_ascii) {
        *result = repr;
        return true;
    }
    StringBuilder out;
    builder_init(&out);
    for (size_t i = 0; i < repr->length;) {
        int length;
        uint32_t c = utf8_decode(repr->chars + i, &length);
        if (c < 0x80) builder_append_char(&out, (char)c);
        else if (c < 0x100) builder_printf(&out, "\\x%02x", c);
        else if (c < 0x10000) builder_printf(&out, "\\u%04x", c);
        else builder_printf(&out, "\\U%08x", c);
        i += (size_t)length;
    }
    *result = builder_finish(thread, &out);
    return *result != NULL;
}

/* Apply a conversion: 's' str(), 'r' repr(), 'a' ascii(). */
static bool format_convert(Thread *thread, Value value, char conversion, Str **result) {
    if (conversion == 'r') return object_repr(thread, value, result);
    if (conversion == 'a') return format_ascii(thread, value, result);
    return object_str(thread, value, result);
}

/* ---- printf-style: str % args ------------------------------------------ */

typedef struct PercentState {
    const Text *format; /* the format string or bytes */
    size_t position;    /* byte position in format */
    Value *args;        /* the positional arguments */
    size_t arg_count;
    size_t next_arg;    /* the next positional argument to use */
    Value mapping;      /* the mapping for %(key)s, or EMPTY */
    Value keyed;        /* the value %(key) found: the one argument its '*' and conversion consume */
} PercentState;

static bool percent_next_arg(Thread *thread, PercentState *state, Value *out) {
    if (state->next_arg >= state->arg_count)
        return error_set(thread, &type_TypeError, "not enough arguments for format string");
    *out = state->args[state->next_arg++];
    return true;
}

/* A width or precision: digits, or '*' taking an int argument. */
static bool percent_read_number(Thread *thread, PercentState *state, int64_t *out) {
    const char *s = state->format->chars;
    if (state->position < state->format->length && s[state->position] == '*') {
        state->position++;
        Value value;
        if (!percent_next_arg(thread, state, &value)) return false;
        if (!number_is_int(value)) return error_set(thread, &type_TypeError, "* wants int");
        *out = number_int_of(value);
        return true;
    }
    int64_t n = -1;
    while (state->position < state->format->length && s[state->position] >= '0' && s[state->position] <= '9') {
        n = (n < 0 ? 0 : n) * 10 + (s[state->position++] - '0');
        if (n > 1000000000) return error_set(thread, &type_ValueError, "width too big");
    }
    *out = n;
    return true;
}

/* An int for %d %x %o %c: ints directly, floats truncated (for %d only),
 * objects through __index__ (or __int__ for %d). */
static bool percent_integer(Thread *thread, Value value, char code, int64_t *out) {
    if (number_is_int(value)) {
        *out = number_int_of(value);
        return true;
    }
    bool decimal = code == 'd' || code == 'i' || code == 'u';
    if (decimal && IS_FLOAT(value)) {
        Value truncated;
        if (!float_to_int(thread, AS_FLOAT(value), &truncated)) return false;
        *out = AS_INT(truncated);
        return true;
    }
    Names *names = &thread->runtime->names;
    if (!IS_EMPTY(type_lookup(value_type(value), names->index))) return value_as_index(thread, value, out);
    if (decimal && !IS_EMPTY(type_lookup(value_type(value), names->dunder_int))) {
        Value converted;
        if (!object_call_method(thread, value, names->dunder_int, 0, NULL, &converted)) return false;
        if (number_is_int(converted)) {
            *out = number_int_of(converted);
            return true;
        }
    }
    if (decimal)
        return error_set(thread, &type_TypeError, "%%%c format: a real number is required, not %s", code,
                         value_type_name(value));
    return error_set(thread, &type_TypeError, "%%%c format: an integer is required, not %s", code, value_type_name(value));
}

static bool percent_float(Thread *thread, Value value, double *out) {
    if (value_as_double(value, out)) return true;
    Names *names = &thread->runtime->names;
    if (!IS_EMPTY(type_lookup(value_type(value), names->dunder_float))) {
        Value converted;
        if (!object_call_method(thread, value, names->dunder_float, 0, NULL, &converted)) return false;
        if (value_as_double(converted, out)) return true;
    }
    return error_set(thread, &type_TypeError, "must be real number, not %s", value_type_name(value));
}

/* %d %i %u %x %X %o: the precision is a minimum digit count. */
static bool percent_render_int(Thread *thread, Value value, char code, const FormatSpec *spec, int64_t precision,
                               StringBuilder *out) {
    int64_t number;
    if (!percent_integer(thread, value, code, &number)) return false;
    uint64_t magnitude = number < 0 ? (uint64_t)0 - (uint64_t)number : (uint64_t)number;
    int base = code == 'x' || code == 'X' ? 16 : code == 'o' ? 8 : 10;
    const char *alphabet = code == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    char reversed[72], digits[72 + 64];
    size_t n = 0;
    do {
        reversed[n++] = alphabet[magnitude % (uint64_t)base];
        magnitude /= (uint64_t)base;
    } while (magnitude > 0);
    size_t zeros = precision > (int64_t)n ? (size_t)precision - n : 0;
    if (zeros > 64) zeros = 64;
    size_t count = 0;
    for (size_t i = 0; i < zeros; i++) digits[count++] = '0';
    while (n > 0) digits[count++] = reversed[--n];
    digits[count] = '\0';
    const char *prefix = "";
    if (spec->alternate) prefix = code == 'o' ? "0o" : code == 'x' ? "0x" : code == 'X' ? "0X" : "";
    const char *sign = number < 0 ? "-" : spec->sign == '+' ? "+" : spec->sign == ' ' ? " " : "";
    format_number_parts(out, spec, sign, prefix, digits, count, 0, "");
    return true;
}

static bool percent_render_char(Thread *thread, Value value, FormatSpec *spec, StringBuilder *out) {
    uint32_t c;
    if (IS_STR(value)) {
        if (AS_STR(value)->char_count != 1) return error_set(thread, &type_TypeError, "%%c requires int or char");
        int length;
        c = utf8_decode(AS_STR(value)->chars, &length);
    } else {
        int64_t number;
        if (!number_is_int(value) && IS_EMPTY(type_lookup(value_type(value), thread->runtime->names.index)))
            return error_set(thread, &type_TypeError, "%%c requires int or char");
        if (!value_as_index(thread, value, &number)) return false;
        if (number < 0 || number > 0x10FFFF) return error_set(thread, &type_OverflowError, "%%c arg not in range(0x110000)");
        c = (uint32_t)number;
    }
    char buffer[4];
    int length = utf8_encode(c, buffer);
    spec->fill = ' ';
    format_pad(out, buffer, (size_t)length, 1, spec, '>');
    return true;
}

/* %s and %b of a bytes template: a bytes-like object or one with
 * __bytes__, cut to the precision and padded to the width in bytes. */
static bool percent_render_bytes(Thread *thread, Value value, FormatSpec *spec, int64_t precision, StringBuilder *out) {
    const unsigned char *data;
    size_t length;
    Value converted = value;
    if (!bytes_view(value, &data, &length)) {
        Str *name = str_intern_c(thread, "__bytes__");
        bool found = false;
        if (name == NULL || (IS_OBJECT(value) && !object_call_dunder(thread, value, name, 0, NULL, &converted, &found)))
            return false;
        if (!found)
            return error_set(thread, &type_TypeError,
                             "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                             value_type_name(value));
        if (!value_is_instance(converted, &type_bytes))
            return error_set(thread, &type_TypeError, "__bytes__ returned non-bytes (type %s)", value_type_name(converted));
        bytes_view(converted, &data, &length);
    }
    if (precision >= 0 && (size_t)precision < length) length = (size_t)precision;
    spec->fill = ' ';
    format_pad(out, (const char *)data, length, length, spec, '>');
    return true;
}

/* %c of a bytes template: an int in range(256) or a single byte. */
static bool percent_render_byte(Thread *thread, Value value, FormatSpec *spec, StringBuilder *out) {
    const unsigned char *data;
    size_t length;
    char byte;
    if (bytes_view(value, &data, &length) && length == 1) {
        byte = (char)data[0];
    } else if (number_is_int(value)) {
        int64_t number = number_int_of(value);
        if (number < 0 || number > 255) return error_set(thread, &type_OverflowError, "%%c arg not in range(256)");
        byte = (char)number;
    } else {
        return error_set(thread, &type_TypeError, "%%c requires an integer in range(256) or a single byte");
    }
    spec->fill = ' ';
    format_pad(out, &byte, 1, 1, spec, '>');
    return true;
}

/* Render one conversion whose flags, width and precision are parsed. */
static bool percent_render(Thread *thread, const Text *format, Value value, char code, FormatSpec *spec,
                           int64_t precision, StringBuilder *out) {
    switch (code) {
    case 's': case 'b':
        if (format->bytes) return percent_render_bytes(thread, value, spec, precision, out);
        /* fall through */
    case 'r': case 'a': {
        Str *str;
        if (!format_convert(thread, value, format->bytes ? 'a' : code, &str)) return false;
        spec->fill = ' ';
        spec->precision = precision;
        spec->sign = 0;
        spec->alternate = false;
        if (spec->align == '=') spec->align = '>';
        return format_str(thread, str, spec, out);
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        return percent_render_int(thread, value, code, spec, precision, out);
    case 'c':
        return format->bytes ? percent_render_byte(thread, value, spec, out) : percent_render_char(thread, value, spec, out);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double number;
        if (!percent_float(thread, value, &number)) return false;
        spec->type = code;
        spec->precision = precision < 0 ? 6 : precision;
        return format_float(thread, number, spec, out);
    }
    default: break;
    }
    return error_set(thread, &type_ValueError, "unsupported format character '%c' (0x%x)", code, (unsigned char)code);
}

/* %(key): look the key up in the mapping; its value then stands for the
 * whole argument list, as CPython does (so "%(a)s %s" % {...} runs out of
 * arguments). */
static bool percent_key(Thread *thread, PercentState *state) {
    const Text *format = state->format;
    const char *s = format->chars;
    if (IS_EMPTY(state->mapping)) return error_set(thread, &type_TypeError, "format requires a mapping");
    size_t start = ++state->position;
    int depth = 1;
    while (state->position < format->length && depth > 0) {
        if (s[state->position] == '(') depth++;
        else if (s[state->position] == ')') depth--;
        state->position++;
    }
    if (depth > 0) return error_set(thread, &type_ValueError, "incomplete format key");
    size_t key_length = state->position - 1 - start;
    Object *key = format->bytes ? (Object *)bytes_new(thread, (const unsigned char *)s + start, key_length)
                                : (Object *)str_new(thread, s + start, key_length);
    if (key == NULL || !object_getitem(thread, state->mapping, OBJECT_VALUE(key), &state->keyed)) return false;
    state->args = &state->keyed;
    state->arg_count = 1;
    state->next_arg = 0;
    return true;
}

/* ValueError for the conversion character just read, as CPython words it:
 * a str shows '?' for a non-printable one and counts code points; bytes
 * show the byte (CPython fails to show one beyond ASCII). */
static bool percent_bad_code(Thread *thread, PercentState *state) {
    const Text *format = state->format;
    size_t at = text_previous(format, state->position);
    int length;
    uint32_t c = text_char(format, at, &length);
    state->position = at + (size_t)length;
    if (format->bytes) {
        if (c >= 0x80) return error_set(thread, &type_ValueError, "character argument not in range(0x110000)");
        return error_set(thread, &type_ValueError, "unsupported format character '%c' (0x%x) at index %zu", (char)c, c, at);
    }
    char shown = c >= 32 && c <= 126 ? (char)c : '?';
    return error_set(thread, &type_ValueError, "unsupported format character '%c' (0x%x) at index %zu", shown, c,
                     utf8_count(format->chars, at));
}

/* Parse %(key) and the flags after a '%'; the value comes from the mapping
 * or the next positional argument. */
static bool percent_field(Thread *thread, PercentState *state, StringBuilder *out) {
    const char *s = state->format->chars;
    size_t length = state->format->length;
    if (state->position < length && s[state->position] == '%') { /* only "%%" right away is a literal '%' */
        state->position++;
        builder_append_char(out, '%');
        return true;
    }
    if (state->position < length && s[state->position] == '(' && !percent_key(thread, state)) return false;
    FormatSpec spec = {.fill = ' ', .width = -1, .precision = -1};
    bool zero = false;
    for (; state->position < length; state->position++) {
        char c = s[state->position];
        if (c == '-') spec.align = '<';
        else if (c == '+') spec.sign = '+';
        else if (c == ' ' && spec.sign != '+') spec.sign = ' ';
        else if (c == '#') spec.alternate = true;
        else if (c == '0') zero = true;
        else if (c != ' ') break;
    }
    int64_t width, precision = -1;
    if (!percent_read_number(thread, state, &width)) return false;
    if (width < -1) {
        spec.align = '<';
        width = -width;
    }
    spec.width = width;
    if (state->position < length && s[state->position] == '.') {
        state->position++;
        if (!percent_read_number(thread, state, &precision)) return false;
        if (precision < 0) precision = 0;
    }
    while (state->position < length && (s[state->position] == 'l' || s[state->position] == 'h' || s[state->position] == 'L'))
        state->position++;
    if (state->position >= length) return error_set(thread, &type_ValueError, "incomplete format");
    char code = s[state->position++];
    if (zero && spec.align != '<') {
        spec.fill = '0';
        spec.align = '=';
    }
    if (spec.align == 0) spec.align = '>';
    const char *codes = state->format->bytes ? "sradiuxXocfFeEgGb" : "sradiuxXocfFeEgG";
    Value value;
    if (!percent_next_arg(thread, state, &value)) return false;
    if (code == '\0' || strchr(codes, code) == NULL) return percent_bad_code(thread, state);
    return percent_render(thread, state->format, value, code, &spec, precision, out);
}

bool text_format_percent(Thread *thread, const Text *format, Value args, StringBuilder *out) {
    PercentState state = {.format = format, .mapping = EMPTY_VALUE, .keyed = EMPTY_VALUE};
    if (value_is_instance(args, &type_tuple)) {
        state.args = AS_TUPLE(args)->items;
        state.arg_count = AS_TUPLE(args)->count;
    } else {
        state.args = &args;
        state.arg_count = 1;
        const unsigned char *data;
        size_t length;
        bool text_like = IS_STR(args) || bytes_view(args, &data, &length);
        if (!text_like && IS_OBJECT(args) && !IS_EMPTY(type_lookup(value_type(args), thread->runtime->names.getitem)))
            state.mapping = args;
    }
    const char *s = format->chars;
    while (state.position < format->length) {
        const char *percent = memchr(s + state.position, '%', format->length - state.position);
        size_t stop = percent == NULL ? format->length : (size_t)(percent - s);
        builder_append(out, s + state.position, stop - state.position);
        state.position = stop;
        if (percent == NULL) break;
        state.position++;
        if (!percent_field(thread, &state, out)) return false;
    }
    if (state.next_arg < state.arg_count && IS_EMPTY(state.mapping))
        return error_set(thread, &type_TypeError, "not all arguments converted during %s formatting",
                         format->bytes ? "bytes" : "string");
    return true;
}

bool format_percent(Thread *thread, Str *format, Value args, Str **result) {
    Text text;
    text_of(OBJECT_VALUE(format), &text);
    StringBuilder out;
    builder_init(&out);
    if (!text_format_percent(thread, &text, args, &out)) {
        builder_free(&out);
        return false;
    }
    *result = builder_finish(thread, &out);
    return *result != NULL;
}

/* ---- str.format -------------------------------------------------------- */

typedef struct FormatState {
    Value *args;         /* positional arguments */
    size_t arg_count;
    Value kwargs;        /* keyword mapping, or EMPTY */
    int auto_index;      /* next automatic field number; -1 once manual numbering is used */
    bool manual;         /* a field gave an explicit number */
} FormatState;

static bool format_markup(Thread *thread, FormatState *state, const char *s, size_t length, int depth,
                          StringBuilder *out);

static bool format_is_digits(const char *s, size_t length) {
    if (length == 0) return false;
    for (size_t i = 0; i < length; i++) {
        if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
}

static int64_t format_parse_index(const char *s, size_t length) {
    int64_t value = 0;
    for (size_t i = 0; i < length && value < INT32_MAX; i++) value = value * 10 + (s[i] - '0');
    return value;
}

/* The value of the first part of a field name: a positional index (given
 * or automatic) or a keyword. */
static bool format_lookup_argument(Thread *thread, FormatState *state, const char *name, size_t length, Value *out) {
    if (length == 0 || format_is_digits(name, length)) {
        int64_t index;
        if (length == 0) {
            if (state->manual)
                return error_set(thread, &type_ValueError,
                                 "cannot switch from manual field specification to automatic field numbering");
            index = state->auto_index++;
        } else {
            if (state->auto_index > 0)
                return error_set(thread, &type_ValueError,
                                 "cannot switch from automatic field numbering to manual field specification");
            state->manual = true;
            index = format_parse_index(name, length);
        }
        if (index >= (int64_t)state->arg_count)
            return error_set(thread, &type_IndexError, "Replacement index %lld out of range for positional args tuple",
                             (long long)index);
        *out = state->args[index];
        return true;
    }
    Str *key = str_new(thread, name, length);
    if (key == NULL) return false;
    if (IS_EMPTY(state->kwargs)) {
        Value exception_args = OBJECT_VALUE(key);
        Tuple *tuple = tuple_from_array(thread, &exception_args, 1);
        if (tuple == NULL) return false;
        ExceptionObject *error = exception_new(thread, &type_KeyError, tuple);
        return error != NULL && error_set_object(thread, OBJECT_VALUE(error));
    }
    return object_getitem(thread, state->kwargs, OBJECT_VALUE(key), out);
}

/* Resolve "name.attr[key]..." to a value. */
static bool format_resolve_field(Thread *thread, FormatState *state, const char *s, size_t length, Value *out) {
    size_t first = 0;
    while (first < length && s[first] != '.' && s[first] != '[') first++;
    if (!format_lookup_argument(thread, state, s, first, out)) return false;
    size_t i = first;
    while (i < length) {
        if (s[i] == '.') {
            size_t start = ++i;
            while (i < length && s[i] != '.' && s[i] != '[') i++;
            if (i == start) return error_set(thread, &type_ValueError, "Empty attribute in format string");
            Str *name = str_intern(thread, s + start, i - start);
            if (name == NULL || !object_getattr(thread, *out, name, out)) return false;
        } else if (s[i] == '[') {
            size_t start = ++i;
            while (i < length && s[i] != ']') i++;
            if (i >= length) return error_set(thread, &type_ValueError, "Missing ']' in format string");
            if (i == start) return error_set(thread, &type_ValueError, "Empty attribute in format string");
            Value key;
            if (format_is_digits(s + start, i - start)) {
                key = INT_VALUE(format_parse_index(s + start, i - start));
            } else {
                Str *text = str_new(thread, s + start, i - start);
                if (text == NULL) return false;
                key = OBJECT_VALUE(text);
            }
            i++;
            if (!object_getitem(thread, *out, key, out)) return false;
            if (i < length && s[i] != '.' && s[i] != '[')
                return error_set(thread, &type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return error_set(thread, &type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return true;
}

/* One replacement field (the text between the braces). */
static bool format_field(Thread *thread, FormatState *state, const char *s, size_t length, int depth,
                         StringBuilder *out) {
    size_t i = 0;
    while (i < length && s[i] != '!' && s[i] != ':') {
        if (s[i] == '[') {
            while (i < length && s[i] != ']') i++;
        }
        if (i < length) i++;
    }
    size_t name_length = i;
    char conversion = 0;
    if (i < length && s[i] == '!') {
        if (i + 1 >= length) return error_set(thread, &type_ValueError, "unmatched '{' in format spec");
        conversion = s[i + 1];
        i += 2;
        if (i < length && s[i] != ':') return error_set(thread, &type_ValueError, "expected ':' after conversion specifier");
        if (conversion != 'r' && conversion != 's' && conversion != 'a')
            return error_set(thread, &type_ValueError, "Unknown conversion specifier %c", conversion);
    }
    const char *spec_text = i < length ? s + i + 1 : s + length;
    size_t spec_length = i < length ? length - i - 1 : 0;
    Value value;
    if (!format_resolve_field(thread, state, s, name_length, &value)) return false;
    if (!gc_push_root(thread, value)) return false;
    bool ok = true;
    if (conversion != 0) {
        Str *converted;
        ok = format_convert(thread, value, conversion, &converted);
        if (ok) value = OBJECT_VALUE(converted);
        thread->roots[thread->root_count - 1] = value;
    }
    StringBuilder spec_builder;
    builder_init(&spec_builder);
    if (ok && memchr(spec_text, '{', spec_length) != NULL) {
        if (depth >= 2) ok = error_set(thread, &type_ValueError, "Max string recursion exceeded");
        else ok = format_markup(thread, state, spec_text, spec_length, depth + 1, &spec_builder);
    } else {
        builder_append(&spec_builder, spec_text, spec_length);
    }
    Str *spec = ok ? builder_finish(thread, &spec_builder) : NULL;
    if (!ok) builder_free(&spec_builder);
    Str *formatted = NULL;
    ok = ok && spec != NULL && object_format(thread, value, spec, &formatted);
    gc_pop_roots(thread, 1);
    if (ok) builder_append_str(out, formatted);
    return ok;
}

/* The literal text and fields of a format string (or of a nested spec). */
static bool format_markup(Thread *thread, FormatState *state, const char *s, size_t length, int depth,
                          StringBuilder *out) {
    size_t i = 0;
    while (i < length) {
        char c = s[i];
        if (c == '}') {
            if (i + 1 < length && s[i + 1] == '}') {
                builder_append_char(out, '}');
                i += 2;
                continue;
            }
            return error_set(thread, &type_ValueError, "Single '}' encountered in format string");
        }
        if (c != '{') {
            builder_append_char(out, c);
            i++;
            continue;
        }
        if (i + 1 < length && s[i + 1] == '{') {
            builder_append_char(out, '{');
            i += 2;
            continue;
        }
        if (i + 1 >= length) return error_set(thread, &type_ValueError, "Single '{' encountered in format string");
        size_t start = ++i;
        int nesting = 1;
        bool in_brackets = false;
        while (i < length) {
            if (s[i] == '[' && nesting == 1) in_brackets = true;
            else if (s[i] == ']') in_brackets = false;
            else if (!in_brackets && s[i] == '{') nesting++;
            else if (!in_brackets && s[i] == '}' && --nesting == 0) break;
            i++;
        }
        if (i >= length) return error_set(thread, &type_ValueError, "expected '}' before end of string");
        if (!format_field(thread, state, s + start, i - start, depth, out)) return false;
        i++;
    }
    return true;
}

bool format_str_format(Thread *thread, Str *format, Value *args, size_t arg_count, Value kwargs, Str **result) {
    FormatState state = {.args = args, .arg_count = arg_count, .kwargs = kwargs};
    StringBuilder out;
    builder_init(&out);
    if (!format_markup(thread, &state, format->chars, format->length, 0, &out)) {
        builder_free(&out);
        return false;
    }
    *result = builder_finish(thread, &out);
    return *result != NULL;
}
