/* bigint.h: arbitrary-precision integers, as CPython's int.
 *
 * An int that fits in 64 bits is an immediate VALUE_INT (value.h); a larger
 * one is a BigInt heap object of the same type `int`, holding a sign and a
 * magnitude in base 2**32 digits, least significant first. Every result is
 * normalised: a value that fits in int64 always comes back as an immediate,
 * so each integer has exactly one representation and `is`/== on small ints
 * never meets a BigInt. int.c tries the 64-bit fast path first and calls
 * these functions only when an operation overflows or an operand is big.
 *
 * The functions below take "integer values": an immediate int, a bool or a
 * BigInt (callers unbox int subclasses with number_unbox first). The work
 * is split by concept: bigint.c (representation, add/sub/mul with
 * Karatsuba, compare, hash, floats, shifts and bitwise ops), bigint_divide.c
 * (Knuth's long division, floor division/modulo, true division, pow and
 * modular pow, gcd, isqrt, products), bigint_string.c (text in any base with
 * CPython's digit limit, to_bytes/from_bytes). */
#ifndef BATON_BIGINT_H
#define BATON_BIGINT_H

#include "runtime.h"

struct StringBuilder;

typedef uint32_t BigDigit;

typedef struct BigInt {
    Object header;     /* type is type_int */
    int32_t sign;      /* +1 or -1 (zero is always an immediate) */
    uint32_t count;    /* digits in use; digits[count - 1] != 0 */
    BigDigit digits[]; /* magnitude, base 2**32, least significant first */
} BigInt;

/* True if `value` is a BigInt (an exact int object: subclasses are boxed). */
static inline bool bigint_check(Value value) {
    return value.tag == VALUE_OBJECT && value.as.object->type == &type_int;
}
#define AS_BIGINT(v) ((BigInt *)AS_OBJECT(v))

/* True for an immediate int, a bool or a BigInt. */
static inline bool bigint_is_integer(Value value) {
    return value.tag == VALUE_INT || value.tag == VALUE_BOOL || bigint_check(value);
}

/* CPython's default limit on decimal digits for str(int) and int(str). */
#define BIGINT_DEFAULT_MAX_STR_DIGITS 4300
#define BIGINT_MAX_STR_DIGITS_THRESHOLD 640

/* sys.set_int_max_str_digits / get_int_max_str_digits (0 = no limit). The
 * limit is process-wide, as CPython's interpreter-wide setting. */
int64_t bigint_get_max_str_digits(Thread *thread);
void bigint_set_max_str_digits(Thread *thread, int64_t limit);

/* ---- bigint.c ---- */

/* a OP b for two integers (BinaryOperator numbering, number.h), any size:
 * + - * // % / ** << >> & | ^. ** with a negative exponent and / give
 * floats. Raises as CPython does. */
bool bigint_binary_op(Thread *thread, int op, Value a, Value b, Value *result);
/* -a, abs(a), ~a. */
bool bigint_negate(Thread *thread, Value a, Value *result);
bool bigint_absolute(Thread *thread, Value a, Value *result);
bool bigint_invert(Thread *thread, Value a, Value *result);
/* -1, 0 or 1 as a < b, a == b, a > b. */
int bigint_compare(Value a, Value b);
/* Order an integer against a finite double exactly (never rounding the int). */
int bigint_compare_double(Value a, double d);
/* -1, 0, 1: the sign of an integer. */
int bigint_sign(Value a);
/* hash(a), as CPython's: |a| mod 2**61 - 1 with a's sign, -1 becoming -2. */
int64_t bigint_hash(Value a);
/* float(a), correctly rounded; OverflowError "int too large to convert to float". */
bool bigint_to_double(Thread *thread, Value a, double *out);
/* The double nearest a, or false (nothing raised) if it overflows. */
bool bigint_to_double_quiet(Value a, double *out);
/* int(d) for a finite double: truncated toward zero, exactly. */
bool bigint_from_double(Thread *thread, double d, Value *result);
/* int.bit_length() and int.bit_count() of |a|. */
uint64_t bigint_bit_length(Value a);
uint64_t bigint_bit_count(Value a);
/* A value of sign * magnitude (digits least significant first), normalised. */
bool bigint_from_digits(Thread *thread, int sign, const BigDigit *digits, size_t count, Value *result);
/* An unsigned 64-bit value as an int (big above INT64_MAX). */
bool bigint_from_uint64(Thread *thread, uint64_t value, Value *result);

/* Whether CPython's AST optimizer folds the constant expression a OP b:
 * not when *, ** or << would make an int over 128 bits. */
bool bigint_fold_allowed(int op, Value a, Value b);

/* ---- bigint_divide.c ---- */

/* a // b and a % b with Python's signs (either pointer may be NULL);
 * ZeroDivisionError with CPython's message (// or divmod vs %) when b is 0. */
bool bigint_floor_divmod(Thread *thread, Value a, Value b, Value *quotient, Value *remainder);
/* a / b correctly rounded, as CPython's long_true_divide. */
bool bigint_true_divide(Thread *thread, Value a, Value b, Value *result);
/* a ** b for b >= 0. */
bool bigint_power(Thread *thread, Value a, Value b, Value *result);
/* pow(a, b, m) for integers, negative b through the modular inverse. */
bool bigint_power_modulo(Thread *thread, Value a, Value b, Value m, Value *result);
/* gcd(|a|, |b|). */
bool bigint_gcd(Thread *thread, Value a, Value b, Value *result);
/* The floor of the square root of a >= 0. */
bool bigint_isqrt(Thread *thread, Value a, Value *result);
/* low * (low+1) * ... * high (1 when low > high), by binary splitting. */
bool bigint_range_product(Thread *thread, uint64_t low, uint64_t high, Value *result);

/* ---- bigint_string.c ---- */

/* Append the digits of a in `base` (2..36), with '-' if negative, to `out`;
 * base 10 obeys the str-digits limit (ValueError). */
bool bigint_format(Thread *thread, Value a, int base, bool upper, struct StringBuilder *out);
/* Parse digits (already checked: only digits of `base`, no sign or
 * underscores) into an integer; base 10 obeys the str-digits limit unless
 * `unlimited` (ValueError "Exceeds the limit ... value has N digits"). */
bool bigint_parse(Thread *thread, const char *digits, size_t count, int base, bool negative, bool unlimited,
                  Value *result);
/* int.to_bytes / int.from_bytes on a byte array (length bytes). */
bool bigint_to_bytes(Thread *thread, Value a, size_t length, bool little, bool is_signed, unsigned char *out);
bool bigint_from_bytes(Thread *thread, const unsigned char *bytes, size_t length, bool little, bool is_signed,
                       Value *result);

#endif
