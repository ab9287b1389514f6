/* int.c: the int and bool types.
 *
 * Small ints are immediate 64-bit values (value.h). Every operation checks
 * for overflow with the compiler's __builtin_*_overflow and, when a result
 * does not fit, redoes the operation in bigint.c, whose results are big
 * ints (the same type int) or immediates again when they fit. Floor
 * division and modulo round toward negative infinity, as Python's do. The
 * methods accept both representations. bool is a
 * subclass of int whose two values are immediates too; only its repr and its
 * &, |, ^ (bool with bool gives a bool) differ from int's. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "bytes.h"
#include "class.h"
#include "error.h"
#include "exception.h"
#include "format.h"
#include "function.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "str_internal.h"
#include "tuple.h"

/* An int64 operation overflowed: redo it with big ints. */
static bool int_promote(Thread *thread, int op, int64_t a, int64_t b, Value *result) {
    return bigint_binary_op(thread, op, INT_VALUE(a), INT_VALUE(b), result);
}

/* a ** b for b >= 0 by repeated squaring, checking each product. */
static bool int_pow(Thread *thread, int64_t base, int64_t exponent, Value *result) {
    int64_t value = 1, a = base, b = exponent;
    while (exponent > 0) {
        if (exponent & 1) {
            if (__builtin_mul_overflow(value, base, &value)) return int_promote(thread, OPERATOR_POWER, a, b, result);
        }
        exponent >>= 1;
        if (exponent > 0 && __builtin_mul_overflow(base, base, &base))
            return int_promote(thread, OPERATOR_POWER, a, b, result);
    }
    *result = INT_VALUE(value);
    return true;
}

/* a << n and a >> n; shifting right by 64 or more leaves only the sign. */
static bool int_shift(Thread *thread, int64_t a, int64_t n, bool left, Value *result) {
    if (n < 0) return error_set(thread, &type_ValueError, "negative shift count");
    if (!left) {
        if (n >= 64) n = 63;
        *result = INT_VALUE(a >= 0 ? a >> n : ~(~a >> n));
        return true;
    }
    if (a == 0) {
        *result = INT_VALUE(0);
        return true;
    }
    if (n >= 63) return int_promote(thread, OPERATOR_LSHIFT, a, n, result);
    int64_t shifted = (int64_t)((uint64_t)a << n);
    if ((shifted >> n) != a) return int_promote(thread, OPERATOR_LSHIFT, a, n, result);
    *result = INT_VALUE(shifted);
    return true;
}

static bool int_floor_divide(Thread *thread, int64_t a, int64_t b, bool want_quotient, Value *result) {
    if (b == 0) {
        return error_set(thread, &type_ZeroDivisionError,
                         want_quotient ? "integer division or modulo by zero" : "integer modulo by zero");
    }
    if (b == -1) {
        if (!want_quotient) *result = INT_VALUE(0);
        else if (a == INT64_MIN) return int_promote(thread, OPERATOR_FLOOR_DIVIDE, a, b, result);
        else *result = INT_VALUE(-a);
        return true;
    }
    int64_t quotient = a / b, remainder = a % b;
    if (remainder != 0 && ((remainder < 0) != (b < 0))) {
        quotient -= 1;
        remainder += b;
    }
    *result = INT_VALUE(want_quotient ? quotient : remainder);
    return true;
}

bool int_binary_op(Thread *thread, int op, int64_t a, int64_t b, Value *result) {
    int64_t value;
    switch (op) {
    case OPERATOR_ADD:
        if (__builtin_add_overflow(a, b, &value)) return int_promote(thread, OPERATOR_ADD, a, b, result);
        break;
    case OPERATOR_SUBTRACT:
        if (__builtin_sub_overflow(a, b, &value)) return int_promote(thread, OPERATOR_SUBTRACT, a, b, result);
        break;
    case OPERATOR_MULTIPLY:
        if (__builtin_mul_overflow(a, b, &value)) return int_promote(thread, OPERATOR_MULTIPLY, a, b, result);
        break;
    case OPERATOR_FLOOR_DIVIDE: return int_floor_divide(thread, a, b, true, result);
    case OPERATOR_REMAINDER: return int_floor_divide(thread, a, b, false, result);
    case OPERATOR_TRUE_DIVIDE:
        if (b == 0) return error_set(thread, &type_ZeroDivisionError, "division by zero");
        if (a > (1LL << 53) || a < -(1LL << 53) || b > (1LL << 53) || b < -(1LL << 53))
            return bigint_true_divide(thread, INT_VALUE(a), INT_VALUE(b), result); /* one rounding, not two */
        *result = FLOAT_VALUE((double)a / (double)b);
        return true;
    case OPERATOR_POWER:
        if (b < 0) return float_binary_op(thread, op, (double)a, (double)b, result);
        return int_pow(thread, a, b, result);
    case OPERATOR_LSHIFT: return int_shift(thread, a, b, true, result);
    case OPERATOR_RSHIFT: return int_shift(thread, a, b, false, result);
    case OPERATOR_AND: value = a & b; break;
    case OPERATOR_OR: value = a | b; break;
    case OPERATOR_XOR: value = a ^ b; break;
    default: *result = NOT_IMPLEMENTED_VALUE; return true;
    }
    *result = INT_VALUE(value);
    return true;
}

/* The inverse of a modulo m (m > 0) by the extended Euclidean algorithm. */
static bool int_mod_inverse(Thread *thread, int64_t a, int64_t m, int64_t *inverse) {
    __int128 old_r = a, r = m, old_s = 1, s = 0;
    while (r != 0) {
        __int128 q = old_r / r, t;
        t = old_r - q * r, old_r = r, r = t;
        t = old_s - q * s, old_s = s, s = t;
    }
    if (old_r != 1) return error_set(thread, &type_ValueError, "base is not invertible for the given modulus");
    __int128 x = old_s % m;
    if (x < 0) x += m;
    *inverse = (int64_t)x;
    return true;
}

/* pow(a, b, m) on int64s when the modulus fits comfortably; false when it
 * must be done with big ints. */
static bool int_pow_modulo_small(Thread *thread, int64_t base, int64_t exponent, int64_t modulus, Value *result) {
    bool negative_modulus = modulus < 0;
    int64_t m = negative_modulus ? -modulus : modulus;
    __int128 b = base % m;
    if (b < 0) b += m;
    if (exponent < 0) {
        int64_t inverse;
        if (!int_mod_inverse(thread, (int64_t)b, m, &inverse)) return false;
        b = inverse;
        exponent = exponent == INT64_MIN ? INT64_MAX : -exponent; /* INT64_MIN: wrong by one step, harmless */
    }
    __int128 value = 1 % m;
    while (exponent > 0) {
        if (exponent & 1) value = value * b % m;
        b = b * b % m;
        exponent >>= 1;
    }
    if (negative_modulus && value != 0) value -= m;
    *result = INT_VALUE((int64_t)value);
    return true;
}

bool int_pow_modulo(Thread *thread, Value base, Value exponent, Value modulus, Value *result) {
    base = number_integer_of(base), exponent = number_integer_of(exponent), modulus = number_integer_of(modulus);
    if (IS_INT(modulus) && AS_INT(modulus) == 0)
        return error_set(thread, &type_ValueError, "pow() 3rd argument cannot be 0");
    if (IS_INT(base) && IS_INT(exponent) && IS_INT(modulus) && AS_INT(modulus) != INT64_MIN &&
        AS_INT(exponent) != INT64_MIN)
        return int_pow_modulo_small(thread, AS_INT(base), AS_INT(exponent), AS_INT(modulus), result);
    return bigint_power_modulo(thread, base, exponent, modulus, result);
}

/* CPython's int hash: the value modulo the Mersenne prime 2**61 - 1, with
 * the sign kept, and -1 (the C error value) replaced by -2. */
int64_t int_hash(int64_t value) {
    const uint64_t modulus = ((uint64_t)1 << 61) - 1;
    uint64_t magnitude = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;
    int64_t hash = (int64_t)(magnitude % modulus);
    if (value < 0) hash = -hash;
    return hash == -1 ? -2 : hash;
}

/* ---- Unicode digits and spaces in number text ------------------------- */

/* The non-ASCII code points str.isspace() accepts. */
static bool int_unicode_space(uint32_t c) {
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

/* int() and float() read a str as CPython does: ASCII characters stay,
 * other whitespace becomes ' ', other decimal digits their ASCII digit,
 * anything else '?' (which no parser accepts). Writes at most `length`
 * bytes to `out` (the UTF-8 text never shrinks below its code points) and
 * returns how many. */
size_t int_text_to_ascii(const char *chars, size_t length, char *out) {
    size_t n = 0;
    for (size_t i = 0; i < length;) {
        unsigned char byte = (unsigned char)chars[i];
        if (byte < 0x80) {
            out[n++] = (char)byte;
            i++;
            continue;
        }
        int width = 1;
        uint32_t c = utf8_decode(chars + i, &width);
        i += width > 0 ? (size_t)width : 1;
        int digit = unicode_decimal_value(c);
        out[n++] = int_unicode_space(c) ? ' ' : digit >= 0 ? (char)('0' + digit) : '?';
    }
    return n;
}

/* ---- int(str, base) ---------------------------------------------------- */

static bool int_is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int int_digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Skip a 0x/0o/0b prefix matching `base` (or choosing it when base is 0). */
static const char *int_skip_prefix(const char *p, const char *end, int *base) {
    if (end - p < 2 || p[0] != '0') return p;
    char c = (char)(p[1] | 0x20);
    int prefixed = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (prefixed == 0 || (*base != 0 && *base != prefixed)) return p;
    *base = prefixed;
    return p + 2;
}

/* Parse the digits of p..end in `base`, underscores allowed singly between
 * digits (and after a prefix); false if malformed, *overflow if too big. */
static bool int_parse_digits(const char *p, const char *end, int base, bool negative, bool after_prefix,
                             uint64_t *magnitude, bool *overflow) {
    uint64_t limit = negative ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
    uint64_t value = 0;
    bool need_digit = !after_prefix, any = false;
    if (after_prefix && p < end && *p == '_') p++, need_digit = true;
    for (; p < end; p++) {
        if (*p == '_') {
            if (need_digit) return false;
            need_digit = true;
            continue;
        }
        int digit = int_digit_value(*p);
        if (digit >= base) return false;
        need_digit = false;
        any = true;
        if (value > (limit - (uint64_t)digit) / (uint64_t)base) *overflow = true;
        else value = value * (uint64_t)base + (uint64_t)digit;
    }
    *magnitude = value;
    return any && !need_digit;
}

/* Too big for 64 bits: the digits without underscores, to bigint.c
 * (which applies CPython's limit on digits for non-binary bases). */
static bool int_parse_big(Thread *thread, const char *p, const char *end, int base, bool negative, Value *result) {
    char *digits = malloc((size_t)(end - p));
    if (digits == NULL) return error_no_memory(thread);
    size_t count = 0;
    for (; p < end; p++) {
        if (*p != '_') digits[count++] = *p;
    }
    bool ok = bigint_parse(thread, digits, count, base, negative, false, result);
    free(digits);
    return ok;
}

/* Parse ASCII text as int(s, base) does (base already checked). Returns
 * false with *malformed set and nothing raised for bad syntax, false with
 * an exception for the digit limit. */
static bool int_parse_ascii(Thread *thread, const char *chars, size_t length, int base, bool *malformed,
                            Value *result) {
    const char *p = chars, *end = chars + length;
    while (p < end && int_is_space(*p)) p++;
    while (end > p && int_is_space(end[-1])) end--;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    int actual_base = base;
    const char *digits = int_skip_prefix(p, end, &actual_base);
    if (actual_base == 0) actual_base = 10;
    uint64_t magnitude = 0;
    bool overflow = false;
    bool ok = int_parse_digits(digits, end, actual_base, negative, digits != p, &magnitude, &overflow);
    if (ok && base == 0 && digits == p && magnitude != 0 && *p == '0') ok = false; /* 010 */
    *malformed = !ok;
    if (!ok) return false;
    if (overflow) return int_parse_big(thread, digits, end, actual_base, negative, result);
    *result = INT_VALUE(negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude);
    return true;
}

/* "invalid literal for int() with base 10: 'x'", the repr cut to 200
 * characters as CPython's %.200R does. */
static bool int_literal_error(Thread *thread, Value source, int base) {
    Str *repr;
    if (!object_repr(thread, source, &repr)) return false;
    size_t bytes = repr->char_count > 200 ? str_byte_offset(repr, 200) : repr->length;
    return error_set(thread, &type_ValueError, "invalid literal for int() with base %d: %.*s", base, (int)bytes,
                     repr->chars);
}

bool int_from_string(Thread *thread, const char *chars, size_t length, int base, Value *result) {
    if (base != 0 && (base < 2 || base > 36))
        return error_set(thread, &type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    char small[128];
    char *ascii = length < sizeof small ? small : malloc(length + 1);
    if (ascii == NULL) return error_no_memory(thread);
    size_t ascii_length = int_text_to_ascii(chars, length, ascii);
    bool malformed = false;
    bool ok = int_parse_ascii(thread, ascii, ascii_length, base, &malformed, result);
    if (ascii != small) free(ascii);
    if (ok || !malformed) return ok;
    Str *text = str_new(thread, chars, length);
    return text != NULL && int_literal_error(thread, OBJECT_VALUE(text), base);
}

/* int(b, base) for bytes or a bytearray: ASCII rules only, and the repr
 * of the bytes (a bytearray's too) in the error message. */
static bool int_from_bytes_like(Thread *thread, Value source, int base, Value *result) {
    const unsigned char *data;
    size_t length;
    bytes_view(source, &data, &length);
    bool malformed = false;
    if (int_parse_ascii(thread, (const char *)data, length, base, &malformed, result)) return true;
    if (!malformed) return false;
    Bytes *bytes = bytes_new(thread, data, length);
    return bytes != NULL && int_literal_error(thread, OBJECT_VALUE(bytes), base);
}

/* ---- the int type's methods -------------------------------------------- */

static bool int_no_args(Thread *thread, const char *name, int argc, Tuple *kwnames) {
    if (kwnames != NULL && kwnames->count > 0) return error_check_no_kwargs(thread, name, kwnames);
    if (argc != 1) return error_set(thread, &type_TypeError, "expected 0 arguments, got %d", argc - 1);
    return true;
}

/* Shared body of every binary dunder: self OP other, or other OP self for
 * the reflected forms; anything that is not an int gives NotImplemented. */
static bool int_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, int op, bool reflected,
                       Value *result) {
    if (kwnames != NULL && kwnames->count > 0) return error_check_no_kwargs(thread, "", kwnames);
    if (argc != 2) return error_set(thread, &type_TypeError, "expected 1 argument, got %d", argc - 1);
    Value self = argv[0], other = argv[1];
    if (!number_is_integer(other)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    return reflected ? number_binary_op(thread, op, other, self, result) : number_binary_op(thread, op, self, other, result);
}

#define INT_BINARY_DUNDERS(name, op)                                                                    \
    static bool int_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {     \
        return int_dunder(thread, argc, argv, kwnames, op, false, result);                             \
    }                                                                                                  \
    static bool int_r##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {    \
        return int_dunder(thread, argc, argv, kwnames, op, true, result);                              \
    }
INT_BINARY_DUNDERS(add, OPERATOR_ADD)
INT_BINARY_DUNDERS(sub, OPERATOR_SUBTRACT)
INT_BINARY_DUNDERS(mul, OPERATOR_MULTIPLY)
INT_BINARY_DUNDERS(truediv, OPERATOR_TRUE_DIVIDE)
INT_BINARY_DUNDERS(floordiv, OPERATOR_FLOOR_DIVIDE)
INT_BINARY_DUNDERS(mod, OPERATOR_REMAINDER)
INT_BINARY_DUNDERS(lshift, OPERATOR_LSHIFT)
INT_BINARY_DUNDERS(rshift, OPERATOR_RSHIFT)
INT_BINARY_DUNDERS(and, OPERATOR_AND)
INT_BINARY_DUNDERS(or, OPERATOR_OR)
INT_BINARY_DUNDERS(xor, OPERATOR_XOR)
#undef INT_BINARY_DUNDERS

/* __divmod__ / __rdivmod__ */
static bool int_divmod_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, bool reflected, Value *result) {
    if (!error_check_no_kwargs(thread, "__divmod__", kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "expected 1 argument, got %d", argc - 1);
    if (!number_is_integer(argv[1])) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    return reflected ? number_divmod(thread, argv[1], argv[0], result) : number_divmod(thread, argv[0], argv[1], result);
}
static bool int_divmod(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return int_divmod_dunder(thread, argc, argv, kwnames, false, result);
}
static bool int_rdivmod(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return int_divmod_dunder(thread, argc, argv, kwnames, true, result);
}

/* __pow__(other, mod=None) and __rpow__: the modulus form needs three ints. */
static bool int_pow_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, bool reflected, Value *result) {
    if (!error_check_no_kwargs(thread, "__pow__", kwnames)) return false;
    if (argc < 2 || argc > 3)
        return error_set(thread, &type_TypeError, "expected 1 or 2 arguments, got %d", argc - 1);
    Value base = reflected ? argv[1] : argv[0], exponent = reflected ? argv[0] : argv[1];
    bool has_modulus = argc == 3 && !IS_NONE(argv[2]);
    if (!number_is_integer(argv[1]) || (has_modulus && !number_is_integer(argv[2]))) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    if (has_modulus) return int_pow_modulo(thread, base, exponent, argv[2], result);
    return number_binary_op(thread, OPERATOR_POWER, base, exponent, result);
}
static bool int_pow_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return int_pow_dunder(thread, argc, argv, kwnames, false, result);
}
static bool int_rpow(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return int_pow_dunder(thread, argc, argv, kwnames, true, result);
}

/* The comparison dunders: NotImplemented unless other is an int. */
static bool int_compare_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, int op, Value *result) {
    if (!error_check_no_kwargs(thread, "comparison", kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "expected 1 argument, got %d", argc - 1);
    if (!number_is_integer(argv[1])) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    int order;
    bool unordered;
    number_compare(argv[0], argv[1], &order, &unordered);
    *result = BOOL_VALUE(number_order_holds(op, order, false));
    return true;
}
#define INT_COMPARE_DUNDER(name, op)                                                               \
    static bool int_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return int_compare_dunder(thread, argc, argv, kwnames, op, result);                        \
    }
INT_COMPARE_DUNDER(lt, COMPARE_LT)
INT_COMPARE_DUNDER(le, COMPARE_LE)
INT_COMPARE_DUNDER(eq, COMPARE_EQ)
INT_COMPARE_DUNDER(ne, COMPARE_NE)
INT_COMPARE_DUNDER(gt, COMPARE_GT)
INT_COMPARE_DUNDER(ge, COMPARE_GE)
#undef INT_COMPARE_DUNDER

/* The unary operations, selected by their dunder name's first letters. */
typedef enum IntUnary { INT_NEG, INT_POS, INT_ABS, INT_INVERT, INT_BOOL, INT_SELF, INT_FLOAT, INT_HASH } IntUnary;

/* The unary operations on a big int (bigint.c does the arithmetic). */
static bool int_unary_big(Thread *thread, Value a, IntUnary which, Value *result) {
    double d;
    switch (which) {
    case INT_NEG: return bigint_negate(thread, a, result);
    case INT_ABS: return bigint_absolute(thread, a, result);
    case INT_INVERT: return bigint_invert(thread, a, result);
    case INT_BOOL: *result = BOOL_VALUE(true); return true;
    case INT_HASH: *result = INT_VALUE(bigint_hash(a)); return true;
    case INT_FLOAT:
        if (!bigint_to_double(thread, a, &d)) return false;
        *result = FLOAT_VALUE(d);
        return true;
    case INT_POS:
    case INT_SELF: *result = a; return true;
    }
    return true;
}

static bool int_unary(Thread *thread, int argc, Value *argv, Tuple *kwnames, IntUnary which, Value *result) {
    if (!int_no_args(thread, "unary", argc, kwnames)) return false;
    Value self = number_integer_of(argv[0]);
    if (bigint_check(self)) return int_unary_big(thread, self, which, result);
    int64_t a = AS_INT(self);
    if (a == INT64_MIN && (which == INT_NEG || which == INT_ABS)) return int_unary_big(thread, self, which, result);
    switch (which) {
    case INT_NEG: *result = INT_VALUE(-a); break;
    case INT_ABS: *result = INT_VALUE(a < 0 ? -a : a); break;
    case INT_INVERT: *result = INT_VALUE(~a); break;
    case INT_BOOL: *result = BOOL_VALUE(a != 0); break;
    case INT_FLOAT: *result = FLOAT_VALUE((double)a); break;
    case INT_HASH: *result = INT_VALUE(int_hash(a)); break;
    case INT_POS:
    case INT_SELF: *result = INT_VALUE(a); break;
    }
    return true;
}
#define INT_UNARY_DUNDER(name, which)                                                              \
    static bool int_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return int_unary(thread, argc, argv, kwnames, which, result);                              \
    }
INT_UNARY_DUNDER(neg, INT_NEG)
INT_UNARY_DUNDER(pos, INT_POS)
INT_UNARY_DUNDER(abs, INT_ABS)
INT_UNARY_DUNDER(invert, INT_INVERT)
INT_UNARY_DUNDER(bool, INT_BOOL)
INT_UNARY_DUNDER(int, INT_SELF)
INT_UNARY_DUNDER(float, INT_FLOAT)
INT_UNARY_DUNDER(hash_method, INT_HASH)
#undef INT_UNARY_DUNDER

Str *int_to_str(Thread *thread, Value n) {
    n = number_integer_of(n);
    if (IS_INT(n)) return str_printf(thread, "%lld", (long long)AS_INT(n));
    StringBuilder out;
    builder_init(&out);
    if (!bigint_format(thread, n, 10, false, &out)) {
        builder_free(&out);
        return NULL;
    }
    return builder_finish(thread, &out);
}

static bool int_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!int_no_args(thread, "__repr__", argc, kwnames)) return false;
    Str *str = int_to_str(thread, argv[0]);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

bool int_round_negative(Thread *thread, Value number, int64_t ndigits, Value *result) {
    Value power, quotient, remainder, twice;
    if (ndigits < -((int64_t)1 << 40)) return error_no_memory(thread);
    if (!number_binary_op(thread, OPERATOR_POWER, INT_VALUE(10), INT_VALUE(-ndigits), &power) ||
        !bigint_floor_divmod(thread, number, power, &quotient, &remainder) ||
        !number_binary_op(thread, OPERATOR_MULTIPLY, remainder, INT_VALUE(2), &twice))
        return false;
    int order = bigint_compare(twice, power);
    bool odd = IS_INT(quotient) ? (AS_INT(quotient) & 1) : (AS_BIGINT(quotient)->digits[0] & 1);
    if ((order > 0 || (order == 0 && odd)) && !number_binary_op(thread, OPERATOR_ADD, quotient, INT_VALUE(1), &quotient))
        return false;
    return number_binary_op(thread, OPERATOR_MULTIPLY, quotient, power, result);
}

/* round(int, ndigits): a negative ndigits rounds to a multiple of a power
 * of ten, halves to even. */
static bool int_round(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__round__", kwnames)) return false;
    if (!error_check_argc(thread, "__round__", argc - 1, 0, 1)) return false;
    Value value = number_integer_of(argv[0]), ndigits_value = INT_VALUE(0);
    if (argc == 2 && !IS_NONE(argv[1]) && !number_index_value(thread, argv[1], &ndigits_value)) return false;
    if (bigint_sign(ndigits_value) >= 0) {
        *result = value;
        return true;
    }
    if (!IS_INT(ndigits_value)) {
        *result = INT_VALUE(0);
        return true;
    }
    return int_round_negative(thread, value, AS_INT(ndigits_value), result);
}

static bool int_bit_length(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!int_no_args(thread, "bit_length", argc, kwnames)) return false;
    *result = INT_VALUE((int64_t)bigint_bit_length(number_integer_of(argv[0])));
    return true;
}

static bool int_bit_count(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!int_no_args(thread, "bit_count", argc, kwnames)) return false;
    *result = INT_VALUE((int64_t)bigint_bit_count(number_integer_of(argv[0])));
    return true;
}

static bool int_as_integer_ratio(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!int_no_args(thread, "as_integer_ratio", argc, kwnames)) return false;
    Tuple *pair = tuple_new(thread, 2);
    if (pair == NULL) return false;
    pair->items[0] = number_integer_of(argv[0]);
    pair->items[1] = INT_VALUE(1);
    *result = OBJECT_VALUE(pair);
    return true;
}

/* The byteorder argument of to_bytes/from_bytes: "big" (default) or "little". */
static bool int_byteorder(Thread *thread, Value order, bool *little) {
    *little = false;
    if (IS_EMPTY(order)) return true;
    if (!IS_STR(order))
        return error_set(thread, &type_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                         value_type_name(order));
    if (strcmp(AS_STR(order)->chars, "little") == 0) *little = true;
    else if (strcmp(AS_STR(order)->chars, "big") != 0)
        return error_set(thread, &type_ValueError, "byteorder must be either 'little' or 'big'");
    return true;
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static bool int_to_bytes(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    Value args[3];
    if (!native_bind_args(thread, "to_bytes", argc - 1, argv + 1, kwnames, names, 0, args)) return false;
    int64_t length = 1;
    bool little, is_signed = false;
    if (!IS_EMPTY(args[0]) && !value_as_index(thread, args[0], &length)) return false;
    if (length < 0) return error_set(thread, &type_ValueError, "length argument must be non-negative");
    if (!int_byteorder(thread, args[1], &little)) return false;
    if (!IS_EMPTY(args[2]) && !object_truthy(thread, args[2], &is_signed)) return false;
    unsigned char *buffer = malloc(length == 0 ? 1 : (size_t)length);
    if (buffer == NULL) return error_no_memory(thread);
    bool ok = bigint_to_bytes(thread, number_integer_of(argv[0]), (size_t)length, little, is_signed, buffer);
    Bytes *bytes = ok ? bytes_new(thread, buffer, (size_t)length) : NULL;
    free(buffer);
    if (bytes == NULL) return false;
    *result = OBJECT_VALUE(bytes);
    return true;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod:
 * any bytes-like object or iterable of ints (through bytes()). */
static bool int_from_bytes(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    Value args[3];
    if (!native_bind_args(thread, "from_bytes", argc - 1, argv + 1, kwnames, names, 1, args)) return false;
    bool little, is_signed = false;
    if (!int_byteorder(thread, args[1], &little)) return false;
    if (!IS_EMPTY(args[2]) && !object_truthy(thread, args[2], &is_signed)) return false;
    Value data = args[0];
    if (!value_is_instance(data, &type_bytes) && !value_is_instance(data, &type_bytearray) &&
        !object_call(thread, OBJECT_VALUE(&type_bytes), 1, &data, NULL, &data))
        return false;
    bool is_bytes = value_is_instance(data, &type_bytes);
    const unsigned char *chars = is_bytes ? AS_BYTES(data)->data : AS_BYTEARRAY(data)->data;
    size_t length = is_bytes ? AS_BYTES(data)->length : AS_BYTEARRAY(data)->length;
    if (!bigint_from_bytes(thread, chars, length, little, is_signed, result)) return false;
    Type *cls = AS_TYPE(argv[0]);
    if (cls == &type_int) return true;
    return object_call(thread, argv[0], 1, result, NULL, result);
}

/* int(x=0, /, base=10) */
static bool int_from_object(Thread *thread, Value x, Value *result) {
    if (number_is_integer(x)) {
        *result = number_integer_of(x);
        return true;
    }
    if (IS_FLOAT(x)) return float_to_int(thread, AS_FLOAT(x), result);
    if (IS_STR(x)) return int_from_string(thread, AS_STR(x)->chars, AS_STR(x)->length, 10, result);
    if (value_is_instance(x, &type_bytes) || value_is_instance(x, &type_bytearray))
        return int_from_bytes_like(thread, x, 10, result);
    Names *names = &thread->runtime->names;
    Str *methods[] = {names->dunder_int, names->index};
    for (int i = 0; i < 2; i++) {
        if (IS_EMPTY(type_lookup(value_type(x), methods[i]))) continue;
        if (!object_call_method(thread, x, methods[i], 0, NULL, result)) return false;
        if (!number_is_integer(*result))
            return error_set(thread, &type_TypeError, "%s returned non-int (type %s)", methods[i]->chars,
                             value_type_name(*result));
        *result = number_integer_of(*result);
        return true;
    }
    Str *trunc = str_intern_c(thread, "__trunc__");
    if (trunc != NULL && !IS_EMPTY(type_lookup(value_type(x), trunc))) {
        if (!object_call_method(thread, x, trunc, 0, NULL, result)) return false;
        if (number_is_integer(*result)) {
            *result = number_integer_of(*result);
            return true;
        }
        return int_from_object(thread, *result, result);
    }
    return error_set(thread, &type_TypeError,
                     "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                     value_type_name(x));
}

/* int(x=0, /, base=10) as a plain int. */
static bool int_value_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"", "base", NULL};
    Value args[2];
    if (!native_bind_args(thread, "int", argc - 1, argv + 1, kwnames, names, 0, args)) return false;
    if (IS_EMPTY(args[1])) {
        if (IS_EMPTY(args[0])) {
            *result = INT_VALUE(0);
            return true;
        }
        return int_from_object(thread, args[0], result);
    }
    int64_t base;
    if (!value_as_index(thread, args[1], &base)) return false;
    if (IS_EMPTY(args[0])) return error_set(thread, &type_TypeError, "int() missing string argument");
    if (base != 0 && (base < 2 || base > 36))
        return error_set(thread, &type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    Value x = args[0];
    if (IS_STR(x)) return int_from_string(thread, AS_STR(x)->chars, AS_STR(x)->length, (int)base, result);
    if (value_is_instance(x, &type_bytes) || value_is_instance(x, &type_bytearray))
        return int_from_bytes_like(thread, x, (int)base, result);
    return error_set(thread, &type_TypeError, "int() can't convert non-string with explicit base");
}

/* int.__new__(cls, ...): the value, boxed when cls is a subclass. */
static bool int_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return int_value_new(thread, argc, argv, kwnames, result) && number_box(thread, AS_TYPE(argv[0]), *result, result);
}

Type type_int = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "int",
    .base = &type_object,
    .instance_size = sizeof(Object),
    .flags = TYPE_BASETYPE,
    .new_instance = int_new_instance,
};

static const MethodDef int_methods[] = {
    {"__add__", int_add}, {"__radd__", int_radd}, {"__sub__", int_sub}, {"__rsub__", int_rsub},
    {"__mul__", int_mul}, {"__rmul__", int_rmul}, {"__truediv__", int_truediv}, {"__rtruediv__", int_rtruediv},
    {"__floordiv__", int_floordiv}, {"__rfloordiv__", int_rfloordiv}, {"__mod__", int_mod},
    {"__rmod__", int_rmod}, {"__divmod__", int_divmod}, {"__rdivmod__", int_rdivmod},
    {"__pow__", int_pow_method}, {"__rpow__", int_rpow}, {"__lshift__", int_lshift},
    {"__rlshift__", int_rlshift}, {"__rshift__", int_rshift}, {"__rrshift__", int_rrshift},
    {"__and__", int_and}, {"__rand__", int_rand}, {"__or__", int_or}, {"__ror__", int_ror},
    {"__xor__", int_xor}, {"__rxor__", int_rxor}, {"__lt__", int_lt}, {"__le__", int_le},
    {"__eq__", int_eq}, {"__ne__", int_ne}, {"__gt__", int_gt}, {"__ge__", int_ge},
    {"__neg__", int_neg}, {"__pos__", int_pos}, {"__abs__", int_abs}, {"__invert__", int_invert},
    {"__bool__", int_bool}, {"__int__", int_int}, {"__index__", int_int}, {"__trunc__", int_int},
    {"__floor__", int_int}, {"__ceil__", int_int}, {"__float__", int_float}, {"__hash__", int_hash_method},
    {"__repr__", int_repr}, {"__round__", int_round}, {"__format__", format_dunder},
    {"bit_length", int_bit_length}, {"bit_count", int_bit_count}, {"conjugate", int_int},
    {"as_integer_ratio", int_as_integer_ratio}, {"to_bytes", int_to_bytes}, {"from_bytes", int_from_bytes},
    {NULL, NULL},
};

/* The read-only attributes real, imag, numerator and denominator. */
static bool int_get_self(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = number_integer_of(self);
    return true;
}

static bool int_get_zero(Thread *thread, Value self, Value *result) {
    (void)thread, (void)self;
    *result = INT_VALUE(0);
    return true;
}

static bool int_get_one(Thread *thread, Value self, Value *result) {
    (void)thread, (void)self;
    *result = INT_VALUE(1);
    return true;
}

static const GetSetDef int_getsets[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

/* ---- bool -------------------------------------------------------------- */

static bool bool_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "bool() takes no keyword arguments");
    if (argc > 2) return error_set(thread, &type_TypeError, "bool expected at most 1 argument, got %d", argc - 1);
    bool truth = false;
    if (argc == 2 && !object_truthy(thread, argv[1], &truth)) return false;
    *result = BOOL_VALUE(truth);
    return true;
}

static bool bool_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!int_no_args(thread, "__repr__", argc, kwnames)) return false;
    Str *str = str_intern_c(thread, number_int_of(argv[0]) ? "True" : "False");
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

/* bool & bool is a bool; with any other int, int's operator applies. */
static bool bool_logic(Thread *thread, int argc, Value *argv, Tuple *kwnames, int op, bool reflected, Value *result) {
    if (argc == 2 && IS_BOOL(argv[1])) return number_binary_op(thread, op, argv[0], argv[1], result);
    return int_dunder(thread, argc, argv, kwnames, op, reflected, result);
}
#define BOOL_LOGIC_DUNDERS(name, op)                                                                 \
    static bool bool_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {  \
        return bool_logic(thread, argc, argv, kwnames, op, false, result);                           \
    }                                                                                                \
    static bool bool_r##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return bool_logic(thread, argc, argv, kwnames, op, true, result);                            \
    }
BOOL_LOGIC_DUNDERS(and, OPERATOR_AND)
BOOL_LOGIC_DUNDERS(or, OPERATOR_OR)
BOOL_LOGIC_DUNDERS(xor, OPERATOR_XOR)
#undef BOOL_LOGIC_DUNDERS

Type type_bool = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "bool",
    .base = &type_int,
    .instance_size = sizeof(Object),
    .new_instance = bool_new_instance,
};

static const MethodDef bool_methods[] = {
    {"__repr__", bool_repr}, {"__and__", bool_and}, {"__rand__", bool_rand}, {"__or__", bool_or},
    {"__ror__", bool_ror},   {"__xor__", bool_xor}, {"__rxor__", bool_rxor}, {NULL, NULL},
};

void int_init_types(Thread *thread) {
    type_ready(thread, &type_int);
    type_add_methods(thread, &type_int, int_methods);
    type_add_getsets(thread, &type_int, int_getsets);
    static const char *const classmethods[] = {"from_bytes", NULL};
    type_wrap_classmethods(thread, &type_int, classmethods);
    type_ready(thread, &type_bool);
    type_add_methods(thread, &type_bool, bool_methods);
}
