/* float_repr.c: floats to and from decimal text.
 *
 * repr(float) is the shortest decimal string that reads back as the same
 * double: we try 1 to 17 significant digits with snprintf("%.*e") and keep
 * the first that strtod maps back exactly, then lay the digits out as
 * CPython does (fixed notation for exponents -4..15, else 1e+16 style).
 * float("...") maps a str's Unicode digits and spaces to ASCII (int.c's
 * int_text_to_ascii), then checks Python's syntax (underscores, inf, nan)
 * before handing the text to strtod, which rejects nothing we want
 * rejected.
 * float.hex() writes all 13 fraction digits as CPython does; fromhex
 * rounds surplus bits half to even, subnormals included.
 * round(x, n) goes through the correctly rounded decimal string, as
 * CPython's does, never through x * 10**n. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "error.h"
#include "exception.h"
#include "number.h"
#include "ops.h"
#include "str.h"

int float_shortest_digits(double value, char *digits, int *exponent) {
    char buffer[40];
    value = fabs(value);
    if (value == 0.0) {
        strcpy(digits, "0");
        *exponent = 0;
        return 1;
    }
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(buffer, sizeof buffer, "%.*e", precision - 1, value);
        if (strtod(buffer, NULL) == value || precision == 17) break;
    }
    /* buffer is d[.ddd]e[+-]XX */
    int count = 0;
    const char *p = buffer;
    for (; *p != 'e'; p++) {
        if (*p != '.') digits[count++] = *p;
    }
    while (count > 1 && digits[count - 1] == '0') count--;
    digits[count] = '\0';
    *exponent = atoi(p + 1);
    return count;
}

/* Lay out `digits` (d1 d2 ... with d1 at 10**exponent) in fixed notation,
 * always with a fraction part ("1.0", "0.001", "123.45"). */
static int float_layout_fixed(char *out, const char *digits, int count, int exponent) {
    int n = 0;
    if (exponent < 0) {
        out[n++] = '0';
        out[n++] = '.';
        for (int i = 0; i < -exponent - 1; i++) out[n++] = '0';
        for (int i = 0; i < count; i++) out[n++] = digits[i];
    } else {
        for (int i = 0; i <= exponent; i++) out[n++] = i < count ? digits[i] : '0';
        out[n++] = '.';
        if (count > exponent + 1) {
            for (int i = exponent + 1; i < count; i++) out[n++] = digits[i];
        } else {
            out[n++] = '0';
        }
    }
    out[n] = '\0';
    return n;
}

int float_repr_buffer(double value, char *buffer) {
    if (isnan(value)) return (int)strlen(strcpy(buffer, "nan"));
    if (isinf(value)) return (int)strlen(strcpy(buffer, value > 0 ? "inf" : "-inf"));
    char digits[24];
    int exponent;
    int count = float_shortest_digits(value, digits, &exponent);
    int n = 0;
    if (signbit(value)) buffer[n++] = '-';
    if (exponent >= -4 && exponent < 16) return n + float_layout_fixed(buffer + n, digits, count, exponent);
    buffer[n++] = digits[0];
    if (count > 1) {
        buffer[n++] = '.';
        memcpy(buffer + n, digits + 1, (size_t)count - 1);
        n += count - 1;
    }
    n += sprintf(buffer + n, "e%c%02d", exponent < 0 ? '-' : '+', abs(exponent));
    return n;
}

Str *float_repr(Thread *thread, double value) {
    char buffer[40];
    int length = float_repr_buffer(value, buffer);
    return str_new(thread, buffer, (size_t)length);
}

/* ---- float("...") ------------------------------------------------------ */

static bool float_is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool float_is_digit(char c) { return c >= '0' && c <= '9'; }

/* Copy a run of digits with single underscores between them; returns the
 * position after it, or NULL if malformed. *count gets the digit count. */
static const char *float_copy_digits(const char *p, const char *end, char *out, size_t *out_length, int *count) {
    *count = 0;
    while (p < end) {
        if (float_is_digit(*p)) {
            out[(*out_length)++] = *p++;
            (*count)++;
        } else if (*p == '_' && *count > 0 && p + 1 < end && float_is_digit(p[1])) {
            p++;
        } else {
            break;
        }
    }
    return p;
}

/* ASCII case-insensitive comparison of p[0..length) with lowercase `word`. */
static bool float_matches_word(const char *p, size_t length, const char *word) {
    for (size_t i = 0; i < length; i++) {
        char c = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : p[i];
        if (c != word[i]) return false;
    }
    return true;
}

/* True if p..end is "inf", "infinity" or "nan" in any case. */
static bool float_special(const char *p, const char *end, bool negative, double *value) {
    size_t length = (size_t)(end - p);
    if ((length == 3 || length == 8) && float_matches_word(p, length, "infinity")) {
        *value = negative ? -INFINITY : INFINITY;
        return true;
    }
    if (length == 3 && float_matches_word(p, 3, "nan")) {
        *value = negative ? -NAN : NAN;
        return true;
    }
    return false;
}

/* Check the number's syntax while copying it without underscores into
 * `clean`; false if it is not a Python float literal. */
static bool float_clean_number(const char *p, const char *end, char *clean) {
    size_t n = 0;
    int before, after = 0, exponent_digits;
    if (*p == '-' || *p == '+') clean[n++] = *p++;
    p = float_copy_digits(p, end, clean, &n, &before);
    if (p < end && *p == '.') {
        clean[n++] = *p++;
        p = float_copy_digits(p, end, clean, &n, &after);
    }
    if (before == 0 && after == 0) return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        clean[n++] = *p++;
        if (p < end && (*p == '-' || *p == '+')) clean[n++] = *p++;
        p = float_copy_digits(p, end, clean, &n, &exponent_digits);
        if (exponent_digits == 0) return false;
    }
    clean[n] = '\0';
    return p == end;
}

/* Parse ASCII text as float(s) does; false (nothing raised) if malformed. */
static bool float_parse_ascii(const char *chars, size_t length, char *clean, double *value) {
    const char *p = chars, *end = chars + length;
    while (p < end && float_is_space(*p)) p++;
    while (end > p && float_is_space(end[-1])) end--;
    const char *body = p;
    bool negative = false;
    if (body < end && (*body == '-' || *body == '+')) negative = *body++ == '-';
    if (float_special(body, end, negative, value)) return true;
    if (p == end || !float_clean_number(p, end, clean)) return false;
    *value = strtod(clean, NULL);
    return true;
}

/* Parse ASCII text (a str mapped by int_text_to_ascii, or a bytes'
 * contents): false with *malformed for bad syntax, false with an exception
 * if memory runs out. */
static bool float_parse_text(Thread *thread, const char *chars, size_t length, bool *malformed, Value *result) {
    char small[128];
    char *clean = length < sizeof small ? small : malloc(length + 1);
    *malformed = false;
    if (clean == NULL) return error_no_memory(thread);
    double value;
    *malformed = !float_parse_ascii(chars, length, clean, &value);
    if (clean != small) free(clean);
    if (!*malformed) *result = FLOAT_VALUE(value);
    return !*malformed;
}

/* "could not convert string to float: 'x'" (or b'x'). */
static bool float_syntax_error(Thread *thread, Value source) {
    Str *repr;
    if (!object_repr(thread, source, &repr)) return false;
    return error_set(thread, &type_ValueError, "could not convert string to float: %s", repr->chars);
}

bool float_from_string(Thread *thread, const char *chars, size_t length, Value *result) {
    char small[128];
    char *ascii = length < sizeof small ? small : malloc(length + 1);
    if (ascii == NULL) return error_no_memory(thread);
    size_t ascii_length = int_text_to_ascii(chars, length, ascii);
    bool malformed;
    bool ok = float_parse_text(thread, ascii, ascii_length, &malformed, result);
    if (ascii != small) free(ascii);
    if (ok || !malformed) return ok;
    Str *text = str_new(thread, chars, length);
    return text != NULL && float_syntax_error(thread, OBJECT_VALUE(text));
}

bool float_from_bytes_like(Thread *thread, Value source, Value *result) {
    const unsigned char *data;
    size_t length;
    bytes_view(source, &data, &length);
    bool malformed;
    if (float_parse_text(thread, (const char *)data, length, &malformed, result)) return true;
    return malformed && float_syntax_error(thread, source);
}

/* ---- float.hex() and float.fromhex() ----------------------------------- */

Str *float_to_hex(Thread *thread, double value) {
    char buffer[40];
    int n = 0;
    if (!isfinite(value)) {
        n = float_repr_buffer(value, buffer);
    } else if (value == 0.0) {
        n = sprintf(buffer, "%s0x0.0p+0", signbit(value) ? "-" : "");
    } else {
        int exponent;
        double mantissa = frexp(fabs(value), &exponent); /* [0.5, 1) */
        int shift = exponent < DBL_MIN_EXP ? 1 - (DBL_MIN_EXP - exponent) : 1;
        mantissa = ldexp(mantissa, shift);
        exponent -= shift;
        n = sprintf(buffer, "%s0x%d.", value < 0 ? "-" : "", (int)mantissa);
        for (int i = 0; i < 13; i++) {
            mantissa = (mantissa - floor(mantissa)) * 16.0;
            buffer[n++] = "0123456789abcdef"[(int)mantissa];
        }
        n += sprintf(buffer + n, "p%+d", exponent);
    }
    return str_new(thread, buffer, (size_t)n);
}

/* The parts of a hexadecimal float: its digits with leading zeros gone
 * (`digits[0..count)`, each 0..15) stand for an integer H, and the value
 * is H * 2**scale. */
typedef struct HexFloat {
    unsigned char *digits; /* the significant hex digits, most significant first */
    size_t count;          /* how many */
    int64_t scale;         /* power of two applied to H */
} HexFloat;

static int float_hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Bit j of H (0 = least significant); 0 beyond its top. */
static int float_hex_bit(const HexFloat *hex, int64_t j) {
    if (j < 0 || (uint64_t)j / 4 >= hex->count) return 0;
    return (hex->digits[hex->count - 1 - (size_t)(j / 4)] >> (j % 4)) & 1;
}

/* Append the hex digits at p (skipping leading zeros of the whole number);
 * returns the position after them and stores how many were read. */
static const char *float_hex_take_digits(const char *p, const char *end, HexFloat *hex, size_t *read) {
    *read = 0;
    for (int digit; p < end && (digit = float_hex_digit(*p)) >= 0; p++, (*read)++) {
        if (digit != 0 || hex->count > 0) hex->digits[hex->count++] = (unsigned char)digit;
    }
    return p;
}

/* The optional "p[+-]ddd" exponent, saturated far beyond any double's
 * range; NULL if the 'p' has no digits after it. */
static const char *float_hex_exponent(const char *p, const char *end, int64_t *exponent) {
    *exponent = 0;
    if (p == end || (*p | 0x20) != 'p') return p;
    p++;
    bool negative = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    if (p == end || *p < '0' || *p > '9') return NULL;
    for (; p < end && *p >= '0' && *p <= '9'; p++) {
        if (*exponent < ((int64_t)1 << 50)) *exponent = *exponent * 10 + (*p - '0');
    }
    if (negative) *exponent = -*exponent;
    return p;
}

/* Read "[0x]hhh[.hhh][p[+-]ddd]" (p..end, spaces and sign already gone). */
static bool float_hex_parse(const char *p, const char *end, HexFloat *hex) {
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    size_t whole, fraction = 0;
    p = float_hex_take_digits(p, end, hex, &whole);
    if (p < end && *p == '.') p = float_hex_take_digits(p + 1, end, hex, &fraction);
    if (whole + fraction == 0) return false;
    int64_t exponent;
    p = float_hex_exponent(p, end, &exponent);
    hex->scale = exponent - 4 * (int64_t)fraction;
    return p == end;
}

/* H * 2**scale rounded half to even to a double (subnormals included);
 * false if it overflows. */
static bool float_hex_round(const HexFloat *hex, double *value) {
    if (hex->count == 0) {
        *value = 0.0;
        return true;
    }
    int top_bits = hex->digits[0] >= 8 ? 4 : hex->digits[0] >= 4 ? 3 : hex->digits[0] >= 2 ? 2 : 1;
    int64_t bit_length = 4 * ((int64_t)hex->count - 1) + top_bits;
    int64_t top = bit_length - 1 + hex->scale; /* the value is in [2**top, 2**(top+1)) */
    if (top > DBL_MAX_EXP - 1) return false;
    int64_t lowest = top - (DBL_MANT_DIG - 1);
    if (lowest < DBL_MIN_EXP - DBL_MANT_DIG) lowest = DBL_MIN_EXP - DBL_MANT_DIG; /* 2**-1074 */
    int64_t drop = lowest - hex->scale; /* low bits of H below the last kept one */
    uint64_t mantissa = 0;
    for (int64_t j = bit_length - 1; j >= drop && j >= 0; j--)
        mantissa = mantissa << 1 | (uint64_t)float_hex_bit(hex, j);
    if (drop < 0) mantissa <<= -drop;
    bool half = float_hex_bit(hex, drop - 1), sticky = false;
    for (int64_t j = 0; j < drop - 1 && j < bit_length && !sticky; j++) sticky = float_hex_bit(hex, j);
    if (half && (sticky || (mantissa & 1))) mantissa++;
    *value = ldexp((double)mantissa, (int)lowest);
    return !isinf(*value);
}

bool float_from_hex(Thread *thread, const char *chars, size_t length, double *value) {
    const char *p = chars, *end = chars + length;
    while (p < end && float_is_space(*p)) p++;
    while (end > p && float_is_space(end[-1])) end--;
    bool negative = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+')) p++;
    if (float_special(p, end, negative, value)) return true;
    HexFloat hex = {.digits = malloc((size_t)(end - p) + 1), .count = 0, .scale = 0};
    if (hex.digits == NULL) return error_no_memory(thread);
    bool valid = float_hex_parse(p, end, &hex);
    bool fits = valid && float_hex_round(&hex, value);
    free(hex.digits);
    if (!valid) return error_set(thread, &type_ValueError, "invalid hexadecimal floating-point string");
    if (!fits) return error_set(thread, &type_OverflowError, "hexadecimal value too large to represent as a float");
    if (negative) *value = -*value;
    return true;
}

/* ---- round(x, ndigits) ------------------------------------------------- */

/* Round the integer-digit string `digits` to zero its last `drop` digits,
 * halves to even; `inexact` tells whether a fraction was cut off below
 * them (it breaks a tie upward). Writes the result (without sign) to out. */
static void float_round_integer_digits(const char *digits, int drop, bool inexact, char *out) {
    int length = (int)strlen(digits);
    if (drop > length) {
        strcpy(out, "0");
        return;
    }
    int keep = length - drop;
    int first = digits[keep] - '0';
    bool rest_nonzero = inexact;
    for (int i = keep + 1; i < length; i++) rest_nonzero |= digits[i] != '0';
    bool last_odd = keep > 0 && ((digits[keep - 1] - '0') & 1);
    bool round_up = drop > 0 && (first > 5 || (first == 5 && (rest_nonzero || last_odd)));
    char *kept = out + 1;
    memcpy(kept, digits, (size_t)keep);
    int i = keep - 1;
    while (round_up && i >= 0) {
        if (kept[i] == '9') {
            kept[i--] = '0';
        } else {
            kept[i]++;
            round_up = false;
        }
    }
    out[0] = '1';
    char *start = round_up ? out : kept;
    int n = (int)(kept - start) + keep;
    for (int j = 0; j < drop; j++) start[n++] = '0';
    start[n] = '\0';
    if (start != out) memmove(out, start, (size_t)n + 1);
    if (out[0] == '\0') strcpy(out, "0");
}

bool float_round_digits(Thread *thread, double value, int64_t ndigits, double *result) {
    if (!isfinite(value) || value == 0.0 || ndigits > 323) {
        *result = value;
        return true;
    }
    if (ndigits < -308) {
        *result = copysign(0.0, value);
        return true;
    }
    char buffer[700];
    if (ndigits >= 0) {
        snprintf(buffer, sizeof buffer, "%.*f", (int)ndigits, value);
    } else {
        char digits[400];
        double whole = trunc(fabs(value));
        snprintf(digits, sizeof digits, "%.0f", whole);
        buffer[0] = '-';
        float_round_integer_digits(digits, (int)-ndigits, whole != fabs(value), buffer + 1);
    }
    const char *text = buffer[0] == '-' && value >= 0 ? buffer + 1 : buffer;
    double rounded = strtod(text, NULL);
    if (isinf(rounded)) return error_set(thread, &type_OverflowError, "rounded value too large to represent");
    *result = rounded;
    return true;
}
