/* format.c: the format-spec mini-language, as format(), f-strings and
 * str.format use it for int, bool, float and str.
 *
 * A spec is parsed once into a FormatSpec (format.h); then a number is
 * rendered into its parts (sign, prefix such as 0x, integer digits, the
 * rest: fraction, exponent, '%') and format_number_parts groups the digits,
 * zero-pads and aligns them exactly as CPython 3.11. Float digits come from
 * the C library's correctly rounded printf (glibc rounds exact ties to
 * even, as CPython's dtoa does) or, for the default presentation, from the
 * shortest repr. */
#include "format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "error.h"
#include "exception.h"
#include "number.h"
#include "ops.h"
#include "str_internal.h"
#include "tuple.h"

static bool format_is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Read a decimal count; false with "Too many decimal digits" if huge. */
static bool format_read_count(Thread *thread, const char *spec, size_t length, size_t *p, int64_t *out) {
    int64_t value = 0;
    size_t start = *p;
    while (*p < length && spec[*p] >= '0' && spec[*p] <= '9') {
        if (value > (INT64_MAX / 4 - 9) / 10)
            return error_set(thread, &type_ValueError, "Too many decimal digits in format string");
        value = value * 10 + (spec[*p] - '0');
        (*p)++;
    }
    *out = *p > start ? value : -1;
    return true;
}

/* The grouping character is only allowed with some presentation types. */
static bool format_check_grouping(Thread *thread, const FormatSpec *spec) {
    if (spec->grouping == 0) return true;
    switch (spec->type) {
    case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': return true;
    case 'x': case 'X': case 'b': case 'o':
        if (spec->grouping == '_') return true;
        break;
    default: break;
    }
    return error_set(thread, &type_ValueError, "Cannot specify '%c' with '%c'.", spec->grouping, spec->type);
}

bool format_spec_parse(Thread *thread, const char *spec, size_t length, char default_align, const char *type_name,
                       FormatSpec *out) {
    *out = (FormatSpec){.fill = ' ', .width = -1, .precision = -1};
    size_t p = 0;
    bool fill_given = false;
    if (length > 0) {
        int first_length;
        uint32_t first = utf8_decode(spec, &first_length);
        if ((size_t)first_length < length && format_is_align((unsigned char)spec[first_length])) {
            out->fill = first;
            out->align = spec[first_length];
            fill_given = true;
            p = (size_t)first_length + 1;
        } else if (format_is_align(first)) {
            out->align = (char)first;
            p = 1;
        }
    }
    if (p < length && (spec[p] == '+' || spec[p] == '-' || spec[p] == ' ')) out->sign = spec[p++];
    if (p < length && spec[p] == 'z') out->no_neg_zero = true, p++;
    if (p < length && spec[p] == '#') out->alternate = true, p++;
    if (p < length && spec[p] == '0') {
        if (!fill_given) out->fill = '0';
        if (out->align == 0 && default_align == '>') out->align = '=';
        p++;
    }
    if (!format_read_count(thread, spec, length, &p, &out->width)) return false;
    if (p < length && (spec[p] == ',' || spec[p] == '_')) {
        out->grouping = spec[p++];
        if (p < length && (spec[p] == ',' || spec[p] == '_')) {
            if (spec[p] != out->grouping) return error_set(thread, &type_ValueError, "Cannot specify both ',' and '_'.");
            return error_set(thread, &type_ValueError, "Cannot specify '%c' with '%c'.", out->grouping, out->grouping);
        }
    }
    if (p < length && spec[p] == '.') {
        p++;
        if (!format_read_count(thread, spec, length, &p, &out->precision)) return false;
        if (out->precision < 0) return error_set(thread, &type_ValueError, "Format specifier missing precision");
    }
    if (length - p > 1) {
        return error_set(thread, &type_ValueError, "Invalid format specifier '%.*s' for object of type '%s'",
                         (int)length, spec, type_name);
    }
    if (p < length) out->type = spec[p];
    return format_check_grouping(thread, out);
}

static bool format_unknown_code(Thread *thread, char code, const char *type_name) {
    if ((unsigned char)code > 32 && (unsigned char)code < 128)
        return error_set(thread, &type_ValueError, "Unknown format code '%c' for object of type '%s'", code, type_name);
    return error_set(thread, &type_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                     (unsigned char)code, type_name);
}

/* ---- layout ------------------------------------------------------------ */

void format_pad(StringBuilder *out, const char *body, size_t length, size_t code_points, const FormatSpec *spec,
                char default_align) {
    size_t width = spec->width < 0 ? 0 : (size_t)spec->width;
    size_t pad = width > code_points ? width - code_points : 0;
    char align = spec->align ? spec->align : default_align;
    size_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    char fill[4];
    size_t fill_length = (size_t)utf8_encode(spec->fill, fill);
    builder_repeat(out, fill, fill_length, left);
    builder_append(out, body, length);
    builder_repeat(out, fill, fill_length, pad - left);
}

/* The grouped (and possibly zero-padded) digits, built right to left in
 * `reversed`; `min_width` is the width the digits must fill. */
static size_t format_group_digits(char *reversed, const char *digits, size_t count, int group, char separator,
                                  size_t min_width) {
    size_t n = 0, emitted = 0;
    size_t i = count;
    while (i > 0 || n < min_width) {
        if (group > 0 && emitted > 0 && emitted % (size_t)group == 0) reversed[n++] = separator;
        reversed[n++] = i > 0 ? digits[--i] : '0';
        emitted++;
    }
    return n;
}

void format_number_parts(StringBuilder *out, const FormatSpec *spec, const char *sign, const char *prefix,
                         const char *digits, size_t digit_count, int group, const char *rest) {
    size_t sign_length = strlen(sign), prefix_length = strlen(prefix), rest_length = strlen(rest);
    bool zero_pad = spec->fill == '0' && spec->align == '=';
    size_t fixed = sign_length + prefix_length + utf8_count(rest, rest_length);
    size_t min_width = 0;
    if (zero_pad && spec->width > (int64_t)fixed) min_width = (size_t)spec->width - fixed;
    if (!spec->grouping) group = 0;
    char small[256];
    size_t room = (digit_count + min_width) * 2 + 8;
    char *reversed = room <= sizeof small ? small : malloc(room);
    if (reversed == NULL) return;
    size_t n = format_group_digits(reversed, digits, digit_count, group, spec->grouping, min_width);
    StringBuilder body;
    builder_init(&body);
    builder_append(&body, sign, sign_length);
    builder_append(&body, prefix, prefix_length);
    size_t digits_start = body.length;
    for (size_t i = n; i > 0; i--) builder_append_char(&body, reversed[i - 1]);
    builder_append(&body, rest, rest_length);
    if (reversed != small) free(reversed);
    if (body.capacity == SIZE_MAX) {
        out->capacity = SIZE_MAX;
        return;
    }
    size_t code_points = utf8_count(body.chars, body.length);
    if (spec->align == '=') {
        size_t width = spec->width < 0 ? 0 : (size_t)spec->width;
        char fill[4];
        size_t fill_length = (size_t)utf8_encode(spec->fill, fill);
        builder_append(out, body.chars, digits_start);
        if (width > code_points) builder_repeat(out, fill, fill_length, width - code_points);
        builder_append(out, body.chars + digits_start, body.length - digits_start);
    } else {
        format_pad(out, body.chars, body.length, code_points, spec, '>');
    }
    builder_free(&body);
}

static const char *format_sign(bool negative, char sign) {
    if (negative) return "-";
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
}

/* ---- int --------------------------------------------------------------- */

/* The digits of `magnitude` in `base` (lowercase unless upper). */
static size_t format_unsigned(uint64_t magnitude, int base, bool upper, char *out) {
    const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char reversed[72];
    size_t n = 0;
    do {
        reversed[n++] = alphabet[magnitude % (uint64_t)base];
        magnitude /= (uint64_t)base;
    } while (magnitude > 0);
    for (size_t i = 0; i < n; i++) out[i] = reversed[n - 1 - i];
    out[n] = '\0';
    return n;
}

static bool format_int_char(Thread *thread, int64_t value, const FormatSpec *spec, StringBuilder *out) {
    if (spec->sign) return error_set(thread, &type_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
        return error_set(thread, &type_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (value < 0 || value > 0x10FFFF) return error_set(thread, &type_OverflowError, "%%c arg not in range(0x110000)");
    char buffer[5];
    int length = utf8_encode((uint32_t)value, buffer);
    buffer[length] = '\0';
    format_number_parts(out, spec, "", "", buffer, (size_t)length, 0, "");
    return true;
}

bool format_int(Thread *thread, int64_t value, const FormatSpec *spec, StringBuilder *out) {
    char type = spec->type ? spec->type : 'd';
    if (strchr("eEfFgG%", type) != NULL) return format_float(thread, (double)value, spec, out);
    if (strchr("bcdoxXn", type) == NULL) return format_unknown_code(thread, type, "int");
    if (spec->precision >= 0) return error_set(thread, &type_ValueError, "Precision not allowed in integer format specifier");
    if (spec->no_neg_zero)
        return error_set(thread, &type_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') return format_int_char(thread, value, spec, out);
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    uint64_t magnitude = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
    char digits[72];
    size_t count = format_unsigned(magnitude, base, type == 'X', digits);
    const char *prefix = "";
    if (spec->alternate) prefix = base == 2 ? "0b" : base == 8 ? "0o" : type == 'X' ? "0X" : base == 16 ? "0x" : "";
    format_number_parts(out, spec, format_sign(value < 0, spec->sign), prefix, digits, count, base == 10 ? 3 : 4, "");
    return true;
}

/* A big int by a spec: the float presentations go through float(n)
 * (OverflowError when too large), 'c' cannot fit, the rest get their
 * digits from bigint.c (decimal ones under the str-digits limit). */
bool format_big_int(Thread *thread, Value value, const FormatSpec *spec, StringBuilder *out) {
    char type = spec->type ? spec->type : 'd';
    if (strchr("eEfFgG%", type) != NULL) {
        double d;
        return bigint_to_double(thread, value, &d) && format_float(thread, d, spec, out);
    }
    if (strchr("bcdoxXn", type) == NULL) return format_unknown_code(thread, type, "int");
    if (spec->precision >= 0) return error_set(thread, &type_ValueError, "Precision not allowed in integer format specifier");
    if (spec->no_neg_zero)
        return error_set(thread, &type_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (spec->sign) return error_set(thread, &type_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (spec->alternate)
            return error_set(thread, &type_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        return error_set(thread, &type_OverflowError, "Python int too large to convert to C long");
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    Value magnitude;
    StringBuilder digits;
    builder_init(&digits);
    if (!bigint_absolute(thread, value, &magnitude) || !bigint_format(thread, magnitude, base, type == 'X', &digits)) {
        builder_free(&digits);
        return false;
    }
    const char *prefix = "";
    if (spec->alternate) prefix = base == 2 ? "0b" : base == 8 ? "0o" : type == 'X' ? "0X" : base == 16 ? "0x" : "";
    builder_append_char(&digits, '\0');
    format_number_parts(out, spec, format_sign(bigint_sign(value) < 0, spec->sign), prefix, digits.chars,
                        digits.length - 1, base == 10 ? 3 : 4, "");
    builder_free(&digits);
    return true;
}

/* ---- float ------------------------------------------------------------- */

/* The digits of |value| for presentation `type` with `precision`, as the
 * C library writes them, or as repr for the default presentation. */
static void format_float_body(double value, char type, int64_t precision, bool alternate, char *body, size_t size) {
    value = fabs(value);
    if (type == 0 && precision < 0) {
        float_repr_buffer(value, body);
        return;
    }
    if (type == 0) {
        snprintf(body, size, alternate ? "%#.*g" : "%.*g", (int)(precision == 0 ? 1 : precision), value);
        if (strpbrk(body, ".e") == NULL) strcat(body, ".0");
        return;
    }
    char format[8] = "%.*";
    if (alternate) strcpy(format, "%#.*");
    char c = type == 'n' ? 'g' : type == '%' ? 'f' : type;
    size_t n = strlen(format);
    format[n] = c;
    format[n + 1] = '\0';
    snprintf(body, size, format, (int)precision, value);
    if (type == '%') strcat(body, "%");
}

/* True if the rendered digits are all zero (a negative zero after rounding). */
static bool format_all_zero(const char *body) {
    for (const char *p = body; *p && *p != 'e' && *p != 'E' && *p != '%'; p++) {
        if (*p != '0' && *p != '.') return false;
    }
    return true;
}

bool format_float(Thread *thread, double value, const FormatSpec *spec, StringBuilder *out) {
    char type = spec->type;
    if (type != 0 && strchr("eEfFgGn%", type) == NULL) return format_unknown_code(thread, type, "float");
    int64_t precision = spec->precision;
    if (precision < 0 && type != 0) precision = 6;
    if (precision > 1000) precision = 1000; /* the C library's buffer, not CPython's limit */
    bool negative = signbit(value) && !isnan(value);
    char body[1400];
    if (isinf(value) || isnan(value)) {
        bool upper = type == 'E' || type == 'F' || type == 'G';
        strcpy(body, isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (type == '%') strcat(body, "%");
    } else {
        format_float_body(type == '%' ? value * 100.0 : value, type, precision, spec->alternate, body, sizeof body);
    }
    if (negative && spec->no_neg_zero && format_all_zero(body)) negative = false;
    size_t digit_count = 0;
    while (body[digit_count] >= '0' && body[digit_count] <= '9') digit_count++;
    if (digit_count == 0) digit_count = strlen(body); /* inf, nan: no grouping */
    format_number_parts(out, spec, format_sign(negative, spec->sign), "", body, digit_count,
                        body[0] >= '0' && body[0] <= '9' ? 3 : 0, body + digit_count);
    return true;
}

/* ---- str --------------------------------------------------------------- */

bool format_str(Thread *thread, const Str *str, const FormatSpec *spec, StringBuilder *out) {
    if (spec->type != 0 && spec->type != 's') return format_unknown_code(thread, spec->type, "str");
    if (spec->sign) return error_set(thread, &type_ValueError, "Sign not allowed in string format specifier");
    if (spec->no_neg_zero)
        return error_set(thread, &type_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec->alternate)
        return error_set(thread, &type_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (spec->align == '=')
        return error_set(thread, &type_ValueError, "'=' alignment not allowed in string format specifier");
    if (spec->grouping) return error_set(thread, &type_ValueError, "Cannot specify '%c' with 's'.", spec->grouping);
    size_t length = str->length, code_points = str->char_count;
    if (spec->precision >= 0 && (size_t)spec->precision < code_points) {
        code_points = (size_t)spec->precision;
        length = str_byte_offset(str, code_points);
    }
    format_pad(out, str->chars, length, code_points, spec, '<');
    return true;
}

/* ---- entry points ------------------------------------------------------ */

bool format_builtin(Thread *thread, Value value, const Str *spec, Str **result) {
    if (spec->length == 0) return object_str(thread, value, result);
    FormatSpec parsed;
    StringBuilder out;
    builder_init(&out);
    bool ok;
    if (number_is_int(value)) {
        ok = format_spec_parse(thread, spec->chars, spec->length, '>', value_type_name(value), &parsed) &&
             format_int(thread, number_int_of(value), &parsed, &out);
    } else if (number_is_integer(value)) {
        ok = format_spec_parse(thread, spec->chars, spec->length, '>', value_type_name(value), &parsed) &&
             format_big_int(thread, number_integer_of(value), &parsed, &out);
    } else if (IS_FLOAT(number_unbox(value))) {
        ok = format_spec_parse(thread, spec->chars, spec->length, '>', "float", &parsed) &&
             format_float(thread, AS_FLOAT(number_unbox(value)), &parsed, &out);
    } else if (IS_STR(value)) {
        ok = format_spec_parse(thread, spec->chars, spec->length, '<', "str", &parsed) &&
             format_str(thread, AS_STR(value), &parsed, &out);
    } else {
        ok = error_set(thread, &type_TypeError, "unsupported format string passed to %s.__format__",
                       value_type_name(value));
    }
    if (!ok) {
        builder_free(&out);
        return false;
    }
    *result = builder_finish(thread, &out);
    return *result != NULL;
}

bool format_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__format__", kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "__format__() takes exactly one argument (%d given)", argc - 1);
    if (!IS_STR(argv[1]))
        return error_set(thread, &type_TypeError, "__format__() argument must be str, not %s", value_type_name(argv[1]));
    Str *str;
    if (!format_builtin(thread, argv[0], AS_STR(argv[1]), &str)) return false;
    *result = OBJECT_VALUE(str);
    return true;
}
