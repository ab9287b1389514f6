/* format.h: the format-spec mini-language (format(), f-strings, str.format)
 * and the two string-formatting engines built on it: printf-style `%` and
 * str.format.
 *
 * format.c parses a spec ("[[fill]align][sign][z][#][0][width][grouping]
 * [.precision][type]") into a FormatSpec and lays out ints, floats and strs
 * exactly as CPython 3.11 does; str_format.c implements `str % args` and
 * str.format / format_map on top of the same layout helpers. */
#ifndef BATON_FORMAT_H
#define BATON_FORMAT_H

#include "str.h"

struct Tuple;
struct Dict;

typedef struct FormatSpec {
    uint32_t fill;     /* the fill code point (' ' unless given) */
    char align;        /* '<', '>', '=', '^', or 0 when not given */
    char sign;         /* '+', '-', ' ', or 0 when not given */
    bool no_neg_zero;  /* 'z': turn a negative zero into zero */
    bool alternate;    /* '#': 0x prefixes, keep the decimal point */
    int64_t width;     /* minimum width in code points, -1 if none */
    char grouping;     /* ',' or '_', or 0 */
    int64_t precision; /* -1 if none */
    char type;         /* the presentation type, 0 if none */
} FormatSpec;

/* Parse `spec` for a value of type `type_name`; numbers align right by
 * default ('>'), strings left ('<'). Raises ValueError as CPython does. */
bool format_spec_parse(Thread *thread, const char *spec, size_t length, char default_align, const char *type_name,
                       FormatSpec *out);

/* Lay out a value by a parsed spec, appending to `out`. */
bool format_int(Thread *thread, int64_t value, const FormatSpec *spec, StringBuilder *out);
/* The same for a big int (bigint.h). */
bool format_big_int(Thread *thread, Value value, const FormatSpec *spec, StringBuilder *out);
bool format_float(Thread *thread, double value, const FormatSpec *spec, StringBuilder *out);
bool format_str(Thread *thread, const Str *str, const FormatSpec *spec, StringBuilder *out);

/* Pad `body` (code_points long) to spec->width with the fill and alignment
 * (default_align when the spec has none). */
void format_pad(StringBuilder *out, const char *body, size_t length, size_t code_points, const FormatSpec *spec,
                char default_align);
/* Lay out a number from its parts: sign ("", "-", "+", " "), prefix ("0x"),
 * integer digits (grouped by spec->grouping every `group` digits, zero
 * padded when the fill is '0' with '=' alignment) and the rest (fraction,
 * exponent, '%'). */
void format_number_parts(StringBuilder *out, const FormatSpec *spec, const char *sign, const char *prefix,
                         const char *digits, size_t digit_count, int group, const char *rest);

/* format(value, spec) for int, bool, float and str: the __format__ of those
 * types. */
bool format_builtin(Thread *thread, Value value, const Str *spec, Str **result);
/* The __format__ method shared by int, float and str. */
bool format_dunder(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result);

/* str % args (str_format.c). */
bool format_percent(Thread *thread, Str *format, Value args, Str **result);
/* str.format(*args, **kwargs): positional values, and keyword values looked
 * up in `kwargs` (a dict or any mapping, may be EMPTY). */
bool format_str_format(Thread *thread, Str *format, Value *args, size_t arg_count, Value kwargs, Str **result);

#endif
