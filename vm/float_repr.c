/* float_repr.c: floats to and from decimal text.
 *
 * repr(float) is the shortest decimal string that reads back as the same
 * double: we try 1 to 17 significant digits with snprintf("%.*e") and keep
 * the first that strtod maps back exactly, then lay the digits out as
 * CPython does (fixed notation for exponents -4..15, else 1e+16 style).
 * float("...") checks Python's syntax (underscores, inf, nan) before
 * handing the text to strtod, which rejects nothing we want rejected.
 * round(x, n) goes through the correctly rounded decimal string, as
 * CPython's does, never through x * 10**n. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "exception.h"
#include "number.h"
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

bool float_from_string(Thread *thread, const char *chars, size_t length, Value *result) {
    const char *p = chars, *end = chars + length;
    while (p < end && float_is_space(*p)) p++;
    while (end > p && float_is_space(end[-1])) end--;
    const char *body = p;
    bool negative = false;
    if (body < end && (*body == '-' || *body == '+')) negative = *body++ == '-';
    double value;
    if (float_special(body, end, negative, &value)) {
        *result = FLOAT_VALUE(value);
        return true;
    }
    char small[128];
    char *clean = (size_t)(end - p) < sizeof small ? small : malloc((size_t)(end - p) + 1);
    if (clean == NULL) return error_no_memory(thread);
    bool ok = p < end && float_clean_number(p, end, clean);
    if (ok) value = strtod(clean, NULL);
    if (clean != small) free(clean);
    if (ok) {
        *result = FLOAT_VALUE(value);
        return true;
    }
    Str *text = str_new(thread, chars, length);
    Str *repr = text == NULL ? NULL : str_repr(thread, text);
    if (repr == NULL) return false;
    return error_set(thread, &type_ValueError, "could not convert string to float: %s", repr->chars);
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
