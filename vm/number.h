/* number.h: int, bool, float, and the None/NotImplemented/Ellipsis types.
 *
 * Ints are immediate 64-bit values checked for overflow on every operation
 * (with the compiler's __builtin_*_overflow); an overflowing operation
 * promotes to a big int (bigint.h), a heap object of the same type int,
 * and a result that fits in 64 bits is always an immediate again. Float repr is the shortest string that
 * round-trips, formatted as CPython does (1e+16, inf, nan, -0.0). */
#ifndef BATON_NUMBER_H
#define BATON_NUMBER_H

#include "runtime.h"

struct Str;

/* The singletons NotImplemented and Ellipsis (static objects). */
extern Object not_implemented_object, ellipsis_object;
#define NOT_IMPLEMENTED_VALUE OBJECT_VALUE(&not_implemented_object)
#define IS_NOT_IMPLEMENTED(v) (IS_OBJECT(v) && AS_OBJECT(v) == &not_implemented_object)

/* The BINARY_OP operators, in CPython 3.11's numbering (opcodes.h). */
typedef enum BinaryOperator {
    OPERATOR_ADD = 0, OPERATOR_AND = 1, OPERATOR_FLOOR_DIVIDE = 2, OPERATOR_LSHIFT = 3,
    OPERATOR_MATRIX_MULTIPLY = 4, OPERATOR_MULTIPLY = 5, OPERATOR_REMAINDER = 6, OPERATOR_OR = 7,
    OPERATOR_POWER = 8, OPERATOR_RSHIFT = 9, OPERATOR_SUBTRACT = 10, OPERATOR_TRUE_DIVIDE = 11,
    OPERATOR_XOR = 12,
    /* In-place forms are the above + OPERATOR_INPLACE (13..25). */
    OPERATOR_INPLACE = 13,
} BinaryOperator;

/* An instance of a user subclass of int or float (class Celsius(float)):
 * the immediate value boxed in a heap object of the subclass. It is laid
 * out as an Instance (class.h), its __dict__ first, so the attribute
 * protocol finds the dict where it finds a plain instance's. The number
 * functions unbox it: number_is_int, number_int_of, value_as_double and
 * the arithmetic accept it, so int's and float's methods work on it
 * unchanged; the VM's fast paths (IS_INT...) skip it and reach the dunders,
 * so a subclass's own __add__ wins. */
typedef struct BoxedNumber {
    Object header;
    struct Dict *dict; /* __dict__, made on first use */
    Value value;       /* the immediate int or float */
} BoxedNumber;

/* The trace of boxed numbers' types; it also tells them apart. */
void number_boxed_trace(Object *object, struct GcTracer *tracer);
/* The int or float inside a boxed number; any other value unchanged. */
static inline Value number_unbox(Value value) {
    if (value.tag == VALUE_OBJECT && value.as.object->type->trace == number_boxed_trace)
        return ((BoxedNumber *)value.as.object)->value;
    return value;
}
/* `value` itself when `type` is int or float, else boxed as an instance of
 * `type` (a subclass): the end of int() and float()'s __new__. */
bool number_box(Thread *thread, Type *type, Value value, Value *result);

/* Symbols for messages and dis: "+", "//"..., in-place ones "+="... */
const char *operator_symbol(int op);

/* Arithmetic on two ints or floats (bools count as ints). Sets *result to
 * NotImplemented when an operand is not a number. Raises ZeroDivisionError,
 * OverflowError with CPython's messages. */
bool number_binary_op(Thread *thread, int op, Value a, Value b, Value *result);
/* Numeric comparison of int/float/bool operands; false if not both numbers. */
bool number_compare(Value a, Value b, int *order_out, bool *unordered_out);

/* hash() of an int and of a float, as CPython's (modulo 2**61 - 1). */
int64_t int_hash(int64_t value);
int64_t float_hash(double value);

/* repr() of a float, as CPython's repr. */
struct Str *float_repr(Thread *thread, double value);
/* Write repr(float) into buffer (at least 32 bytes); returns the length. */
int float_repr_buffer(double value, char *buffer);
/* The shortest digits that round-trip |value| (no dot, no trailing zeros;
 * "0" for zero) and the decimal exponent of the first; returns the count.
 * `digits` needs 24 bytes. */
int float_shortest_digits(double value, char *digits, int *exponent);
/* Parse an int literal/str in `base` (0 = auto from prefix), as int(s, base);
 * raises ValueError "invalid literal for int() with base 10: 'x'". */
bool int_from_string(Thread *thread, const char *chars, size_t length, int base, Value *result);
/* Parse a float from a string, as float(s). */
bool float_from_string(Thread *thread, const char *chars, size_t length, Value *result);
/* float() of a bytes or bytearray (its ASCII text). */
bool float_from_bytes_like(Thread *thread, Value source, Value *result);
/* float.hex(): "0x1.8000000000000p+0"; float.fromhex()'s parser, which
 * raises ValueError/OverflowError as CPython's. */
struct Str *float_to_hex(Thread *thread, double value);
bool float_from_hex(Thread *thread, const char *chars, size_t length, double *value);
/* int() and float() read a str as CPython does: other scripts' digits
 * become ASCII digits, Unicode spaces ' ', anything else non-ASCII '?'.
 * Writes at most `length` bytes to `out` and returns how many. */
size_t int_text_to_ascii(const char *chars, size_t length, char *out);

/* Convert to a C integer for indexing (__index__), with CPython's
 * "'str' object cannot be interpreted as an integer" message; a big int
 * raises IndexError "cannot fit 'int' into an index-sized integer". */
bool value_as_index(Thread *thread, Value value, int64_t *out);
/* Convert an int or float (or bool) to double; false if not a number or
 * an int too large for a double (nothing raised). */
bool value_as_double(Value value, double *out);

/* divmod(a, b) for two numbers: a (quotient, remainder) tuple, or
 * NotImplemented when an operand is not a number. */
bool number_divmod(Thread *thread, Value a, Value b, Value *result);
/* pow(base, exponent, modulus) for ints of any size, as CPython's
 * three-argument pow (negative exponents use the modular inverse). */
bool int_pow_modulo(Thread *thread, Value base, Value exponent, Value modulus, Value *result);
/* round(n, ndigits) for an int and ndigits < 0: to a multiple of
 * 10**-ndigits, half to even. */
bool int_round_negative(Thread *thread, Value n, int64_t ndigits, Value *result);
/* str(n) / repr(n) for an int of any size (CPython's digit limit applies). */
struct Str *int_to_str(Thread *thread, Value n);
/* round(x, ndigits) for a float, correctly rounded through the decimal
 * string as CPython does. */
bool float_round_digits(Thread *thread, double value, int64_t ndigits, double *result);
/* int(x) for a float: truncation, with CPython's errors for inf and nan. */
bool float_to_int(Thread *thread, double value, Value *result);

/* Shared by the number files (int.c, float.c, float_repr.c, number.c). */
bool number_is_int(Value value);          /* an int that fits 64 bits, a bool (boxed or not) */
int64_t number_int_of(Value value);       /* its value (bools are 0 and 1) */
bool number_is_integer(Value value);      /* any int, big ones included, or a bool (boxed or not) */
Value number_integer_of(Value value);     /* that int unboxed, a bool as 0 or 1 */
/* An int or float (any size) as a double: OverflowError for an int too
 * large ("int too large to convert to float"), TypeError for a non-number. */
bool number_as_double(Thread *thread, Value value, double *out);
/* operator.index(value) as an int value of any size (__index__ called). */
bool number_index_value(Thread *thread, Value value, Value *out);
/* Whether the comparison `op` (a CompareOperator) holds for this order. */
bool number_order_holds(int op, int order, bool unordered);
bool int_binary_op(Thread *thread, int op, int64_t a, int64_t b, Value *result);
bool float_binary_op(Thread *thread, int op, double a, double b, Value *result);
/* Python's float divmod: the remainder has the sign of the divisor. */
void float_divmod(double a, double b, double *quotient, double *remainder);
void int_init_types(Thread *thread);
void float_init_type(Thread *thread);

void number_init_types(Thread *thread);

#endif
