/* float.c: the float type: arithmetic with Python's rules, hashing, and
 * the float dunders.
 *
 * Floats are immediate doubles. Python differs from C in a few places, all
 * handled here: division by zero raises instead of giving inf, `%` and `//`
 * round toward negative infinity with the remainder taking the divisor's
 * sign, `**` raises on overflow and on 0.0 to a negative power. Text
 * conversion (repr, float("..."), round to n digits) lives in float_repr.c. */
#include <math.h>

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
#include "tuple.h"

/* Python's divmod for floats: the remainder carries the divisor's sign and
 * the quotient is rounded to the nearest integer to absorb fmod's error. */
void float_divmod(double a, double b, double *quotient, double *remainder) {
    double mod = fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, b);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, a / b);
    }
    *quotient = floordiv;
    *remainder = mod;
}

/* a ** b with CPython's errors; a negative base to a non-integer power
 * would give a complex number, which Baton lacks: ValueError instead. */
static bool float_pow(Thread *thread, double a, double b, Value *result) {
    if (a == 0.0 && b < 0.0 && isfinite(b))
        return error_set(thread, &type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (a < 0.0 && isfinite(a) && isfinite(b) && b != floor(b))
        return error_set(thread, &type_ValueError, "complex numbers are not supported: negative number to a fractional power");
    double value = pow(a, b);
    if (isinf(value) && isfinite(a) && isfinite(b))
        return error_set(thread, &type_OverflowError, "(34, 'Numerical result out of range')");
    *result = FLOAT_VALUE(value);
    return true;
}

bool float_binary_op(Thread *thread, int op, double a, double b, Value *result) {
    double quotient, remainder;
    switch (op) {
    case OPERATOR_ADD: *result = FLOAT_VALUE(a + b); return true;
    case OPERATOR_SUBTRACT: *result = FLOAT_VALUE(a - b); return true;
    case OPERATOR_MULTIPLY: *result = FLOAT_VALUE(a * b); return true;
    case OPERATOR_TRUE_DIVIDE:
        if (b == 0.0) return error_set(thread, &type_ZeroDivisionError, "float division by zero");
        *result = FLOAT_VALUE(a / b);
        return true;
    case OPERATOR_FLOOR_DIVIDE:
        if (b == 0.0) return error_set(thread, &type_ZeroDivisionError, "float floor division by zero");
        float_divmod(a, b, &quotient, &remainder);
        *result = FLOAT_VALUE(quotient);
        return true;
    case OPERATOR_REMAINDER:
        if (b == 0.0) return error_set(thread, &type_ZeroDivisionError, "float modulo");
        float_divmod(a, b, &quotient, &remainder);
        *result = FLOAT_VALUE(remainder);
        return true;
    case OPERATOR_POWER: return float_pow(thread, a, b, result);
    default: *result = NOT_IMPLEMENTED_VALUE; return true;
    }
}

/* CPython's float hash: the exact rational value modulo 2**61 - 1, so
 * that hash(2.0) == hash(2). The mantissa is folded in 28 bits at a time.
 * NaN hashes to 0 here (CPython 3.10+ hashes it by identity, which Baton's
 * immediate floats do not have). */
int64_t float_hash(double value) {
    const uint64_t modulus = ((uint64_t)1 << 61) - 1;
    if (isinf(value)) return value > 0 ? 314159 : -314159;
    if (isnan(value)) return 0;
    int exponent;
    double mantissa = frexp(value, &exponent);
    int sign = 1;
    if (mantissa < 0) {
        sign = -1;
        mantissa = -mantissa;
    }
    uint64_t hash = 0;
    while (mantissa != 0.0) {
        hash = ((hash << 28) & modulus) | hash >> (61 - 28);
        mantissa *= 268435456.0; /* 2**28 */
        exponent -= 28;
        uint64_t chunk = (uint64_t)mantissa;
        mantissa -= (double)chunk;
        hash += chunk;
        if (hash >= modulus) hash -= modulus;
    }
    int shift = exponent >= 0 ? exponent % 61 : 60 - ((-1 - exponent) % 61);
    hash = ((hash << shift) & modulus) | hash >> (61 - shift);
    int64_t signed_hash = (int64_t)hash * sign;
    return signed_hash == -1 ? -2 : signed_hash;
}

bool float_to_int(Thread *thread, double value, Value *result) {
    if (isnan(value)) return error_set(thread, &type_ValueError, "cannot convert float NaN to integer");
    if (isinf(value)) return error_set(thread, &type_OverflowError, "cannot convert float infinity to integer");
    return bigint_from_double(thread, value, result); /* exact, however large */
}

/* ---- the float type's methods ------------------------------------------ */

static bool float_is_operand(Value value) { return IS_FLOAT(number_unbox(value)) || number_is_integer(value); }

/* The double of self (a float or an instance of a subclass). */
static double float_self(Value self) { return AS_FLOAT(number_unbox(self)); }

/* Shared body of the binary dunders (other may be an int or a float). */
static bool float_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, int op, bool reflected,
                         Value *result) {
    if (!error_check_no_kwargs(thread, "operator", kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "expected 1 argument, got %d", argc - 1);
    if (!float_is_operand(argv[1])) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    if (op == -1) /* divmod */
        return reflected ? number_divmod(thread, argv[1], argv[0], result) : number_divmod(thread, argv[0], argv[1], result);
    return reflected ? number_binary_op(thread, op, argv[1], argv[0], result)
                     : number_binary_op(thread, op, argv[0], argv[1], result);
}

#define FLOAT_BINARY_DUNDERS(name, op)                                                                \
    static bool float_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {  \
        return float_dunder(thread, argc, argv, kwnames, op, false, result);                          \
    }                                                                                                 \
    static bool float_r##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return float_dunder(thread, argc, argv, kwnames, op, true, result);                           \
    }
FLOAT_BINARY_DUNDERS(add, OPERATOR_ADD)
FLOAT_BINARY_DUNDERS(sub, OPERATOR_SUBTRACT)
FLOAT_BINARY_DUNDERS(mul, OPERATOR_MULTIPLY)
FLOAT_BINARY_DUNDERS(truediv, OPERATOR_TRUE_DIVIDE)
FLOAT_BINARY_DUNDERS(floordiv, OPERATOR_FLOOR_DIVIDE)
FLOAT_BINARY_DUNDERS(mod, OPERATOR_REMAINDER)
FLOAT_BINARY_DUNDERS(divmod_method, -1)
#undef FLOAT_BINARY_DUNDERS

/* __pow__ / __rpow__: a third argument is refused, as CPython does. */
static bool float_pow_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, bool reflected, Value *result) {
    if (argc == 3 && !IS_NONE(argv[2]))
        return error_set(thread, &type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_dunder(thread, argc > 2 ? 2 : argc, argv, kwnames, OPERATOR_POWER, reflected, result);
}
static bool float_pow_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return float_pow_dunder(thread, argc, argv, kwnames, false, result);
}
static bool float_rpow(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return float_pow_dunder(thread, argc, argv, kwnames, true, result);
}

static bool float_compare_dunder(Thread *thread, int argc, Value *argv, Tuple *kwnames, int op, Value *result) {
    if (!error_check_no_kwargs(thread, "comparison", kwnames)) return false;
    if (argc != 2) return error_set(thread, &type_TypeError, "expected 1 argument, got %d", argc - 1);
    int order;
    bool unordered;
    if (!number_compare(argv[0], argv[1], &order, &unordered)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    *result = BOOL_VALUE(number_order_holds(op, order, unordered));
    return true;
}
#define FLOAT_COMPARE_DUNDER(name, op)                                                               \
    static bool float_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return float_compare_dunder(thread, argc, argv, kwnames, op, result);                        \
    }
FLOAT_COMPARE_DUNDER(lt, COMPARE_LT)
FLOAT_COMPARE_DUNDER(le, COMPARE_LE)
FLOAT_COMPARE_DUNDER(eq, COMPARE_EQ)
FLOAT_COMPARE_DUNDER(ne, COMPARE_NE)
FLOAT_COMPARE_DUNDER(gt, COMPARE_GT)
FLOAT_COMPARE_DUNDER(ge, COMPARE_GE)
#undef FLOAT_COMPARE_DUNDER

typedef enum FloatUnary {
    FLOAT_NEG, FLOAT_POS, FLOAT_ABS, FLOAT_BOOL, FLOAT_INT, FLOAT_FLOOR, FLOAT_CEIL, FLOAT_HASH, FLOAT_REPR,
    FLOAT_IS_INTEGER,
} FloatUnary;

static bool float_unary(Thread *thread, int argc, Value *argv, Tuple *kwnames, FloatUnary which, Value *result) {
    if (!error_check_no_kwargs(thread, "method", kwnames)) return false;
    if (argc != 1) return error_set(thread, &type_TypeError, "expected 0 arguments, got %d", argc - 1);
    double a = float_self(argv[0]);
    switch (which) {
    case FLOAT_NEG: *result = FLOAT_VALUE(-a); return true;
    case FLOAT_POS: *result = FLOAT_VALUE(a); return true;
    case FLOAT_ABS: *result = FLOAT_VALUE(fabs(a)); return true;
    case FLOAT_BOOL: *result = BOOL_VALUE(a != 0.0); return true;
    case FLOAT_INT: return float_to_int(thread, a, result);
    case FLOAT_FLOOR: return float_to_int(thread, floor(a), result);
    case FLOAT_CEIL: return float_to_int(thread, ceil(a), result);
    case FLOAT_HASH: *result = INT_VALUE(float_hash(a)); return true;
    case FLOAT_IS_INTEGER: *result = BOOL_VALUE(isfinite(a) && a == floor(a)); return true;
    case FLOAT_REPR: {
        Str *str = float_repr(thread, a);
        if (str == NULL) return false;
        *result = OBJECT_VALUE(str);
        return true;
    }
    }
    return true;
}
#define FLOAT_UNARY_DUNDER(name, which)                                                              \
    static bool float_##name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) { \
        return float_unary(thread, argc, argv, kwnames, which, result);                              \
    }
FLOAT_UNARY_DUNDER(neg, FLOAT_NEG)
FLOAT_UNARY_DUNDER(pos, FLOAT_POS)
FLOAT_UNARY_DUNDER(abs, FLOAT_ABS)
FLOAT_UNARY_DUNDER(bool, FLOAT_BOOL)
FLOAT_UNARY_DUNDER(int, FLOAT_INT)
FLOAT_UNARY_DUNDER(floor, FLOAT_FLOOR)
FLOAT_UNARY_DUNDER(ceil, FLOAT_CEIL)
FLOAT_UNARY_DUNDER(hash_method, FLOAT_HASH)
FLOAT_UNARY_DUNDER(repr_method, FLOAT_REPR)
FLOAT_UNARY_DUNDER(is_integer, FLOAT_IS_INTEGER)
FLOAT_UNARY_DUNDER(float_self, FLOAT_POS)
#undef FLOAT_UNARY_DUNDER

/* round(x) rounds half to even and gives an int; round(x, n) a float. */
static bool float_round(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const names[] = {"ndigits", NULL};
    Value ndigits_value;
    if (!native_bind_args(thread, "__round__", argc - 1, argv + 1, kwnames, names, 0, &ndigits_value)) return false;
    double value = float_self(argv[0]);
    if (IS_EMPTY(ndigits_value) || IS_NONE(ndigits_value)) {
        double rounded = round(value);
        if (fabs(value - rounded) == 0.5) rounded = 2.0 * round(value / 2.0);
        return float_to_int(thread, rounded, result);
    }
    int64_t ndigits;
    double rounded;
    if (!value_as_index(thread, ndigits_value, &ndigits)) return false;
    if (!float_round_digits(thread, value, ndigits, &rounded)) return false;
    *result = FLOAT_VALUE(rounded);
    return true;
}

/* The exact fraction: scale the mantissa up until it is an integer, then
 * shift it (a power of two on one side only). */
static bool float_as_integer_ratio(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "as_integer_ratio", kwnames)) return false;
    if (!error_check_argc(thread, "as_integer_ratio", argc - 1, 0, 0)) return false;
    double value = float_self(argv[0]);
    if (isinf(value)) return error_set(thread, &type_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(value)) return error_set(thread, &type_ValueError, "cannot convert NaN to integer ratio");
    int exponent;
    double mantissa = frexp(value, &exponent);
    for (int i = 0; i < 300 && mantissa != floor(mantissa); i++) {
        mantissa *= 2.0;
        exponent--;
    }
    Value numerator = INT_VALUE((int64_t)mantissa), denominator = INT_VALUE(1);
    if (exponent > 0 && !bigint_binary_op(thread, OPERATOR_LSHIFT, numerator, INT_VALUE(exponent), &numerator))
        return false;
    if (exponent < 0 && !bigint_binary_op(thread, OPERATOR_LSHIFT, denominator, INT_VALUE(-exponent), &denominator))
        return false;
    Tuple *pair = tuple_new(thread, 2);
    if (pair == NULL) return false;
    pair->items[0] = numerator;
    pair->items[1] = denominator;
    *result = OBJECT_VALUE(pair);
    return true;
}

/* ---- float.hex() and float.fromhex() (text work in float_repr.c) ------- */

static bool float_hex(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "float.hex", kwnames)) return false;
    if (!error_check_argc(thread, "float.hex", argc - 1, 0, 0)) return false;
    Str *str = float_to_hex(thread, float_self(argv[0]));
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

/* float.fromhex(s), a classmethod: a subclass gets cls(value). */
static bool float_fromhex(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "float.fromhex", kwnames)) return false;
    if (!error_check_argc(thread, "float.fromhex", argc - 1, 1, 1)) return false;
    if (!IS_STR(argv[1])) return error_set(thread, &type_TypeError, "bad argument type for built-in operation");
    double value;
    if (!float_from_hex(thread, AS_STR(argv[1])->chars, AS_STR(argv[1])->length, &value)) return false;
    *result = FLOAT_VALUE(value);
    if (AS_TYPE(argv[0]) == &type_float) return true;
    return object_call(thread, argv[0], 1, result, NULL, result);
}

/* float(x): call __float__, else __index__. */
static bool float_from_object(Thread *thread, Value x, Value *result) {
    Names *names = &thread->runtime->names;
    if (!IS_EMPTY(type_lookup(value_type(x), names->dunder_float))) {
        if (!object_call_method(thread, x, names->dunder_float, 0, NULL, result)) return false;
        *result = number_unbox(*result);
        if (!IS_FLOAT(*result))
            return error_set(thread, &type_TypeError, "%s.__float__ returned non-float (type %s)", value_type_name(x),
                             value_type_name(*result));
        return true;
    }
    if (!IS_EMPTY(type_lookup(value_type(x), names->index))) {
        Value index;
        double d;
        if (!number_index_value(thread, x, &index) || !number_as_double(thread, index, &d)) return false;
        *result = FLOAT_VALUE(d);
        return true;
    }
    return error_set(thread, &type_TypeError, "float() argument must be a string or a real number, not '%s'",
                     value_type_name(x));
}

/* float(x=0.0, /) as a plain float. */
static bool float_value_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "float() takes no keyword arguments");
    if (argc > 2) return error_set(thread, &type_TypeError, "float expected at most 1 argument, got %d", argc - 1);
    if (argc == 1) {
        *result = FLOAT_VALUE(0.0);
        return true;
    }
    Value x = number_unbox(argv[1]);
    if (IS_FLOAT(x)) *result = x;
    else if (number_is_integer(x)) {
        double d;
        if (!number_as_double(thread, x, &d)) return false;
        *result = FLOAT_VALUE(d);
    } else if (IS_STR(x)) return float_from_string(thread, AS_STR(x)->chars, AS_STR(x)->length, result);
    else if (value_is_instance(x, &type_bytes) || value_is_instance(x, &type_bytearray))
        return float_from_bytes_like(thread, x, result);
    else return float_from_object(thread, x, result);
    return true;
}

/* float.__new__(cls, ...): the value, boxed when cls is a subclass. */
static bool float_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return float_value_new(thread, argc, argv, kwnames, result) &&
           number_box(thread, AS_TYPE(argv[0]), *result, result);
}

static bool float_get_real(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = number_unbox(self);
    return true;
}

static bool float_get_imag(Thread *thread, Value self, Value *result) {
    (void)thread, (void)self;
    *result = FLOAT_VALUE(0.0);
    return true;
}

static const GetSetDef float_getsets[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

Type type_float = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "float",
    .base = &type_object,
    .instance_size = sizeof(Object),
    .flags = TYPE_BASETYPE,
    .new_instance = float_new_instance,
};

static const MethodDef float_methods[] = {
    {"__add__", float_add}, {"__radd__", float_radd}, {"__sub__", float_sub}, {"__rsub__", float_rsub},
    {"__mul__", float_mul}, {"__rmul__", float_rmul}, {"__truediv__", float_truediv},
    {"__rtruediv__", float_rtruediv}, {"__floordiv__", float_floordiv}, {"__rfloordiv__", float_rfloordiv},
    {"__mod__", float_mod}, {"__rmod__", float_rmod}, {"__divmod__", float_divmod_method},
    {"__rdivmod__", float_rdivmod_method}, {"__pow__", float_pow_method}, {"__rpow__", float_rpow},
    {"__lt__", float_lt}, {"__le__", float_le}, {"__eq__", float_eq}, {"__ne__", float_ne},
    {"__gt__", float_gt}, {"__ge__", float_ge}, {"__neg__", float_neg}, {"__pos__", float_pos},
    {"__abs__", float_abs}, {"__bool__", float_bool}, {"__int__", float_int}, {"__trunc__", float_int},
    {"__floor__", float_floor}, {"__ceil__", float_ceil}, {"__float__", float_float_self},
    {"__hash__", float_hash_method}, {"__repr__", float_repr_method}, {"__round__", float_round},
    {"__format__", format_dunder}, {"is_integer", float_is_integer}, {"conjugate", float_float_self},
    {"as_integer_ratio", float_as_integer_ratio}, {"hex", float_hex}, {"fromhex", float_fromhex}, {NULL, NULL},
};

void float_init_type(Thread *thread) {
    type_ready(thread, &type_float);
    type_add_methods(thread, &type_float, float_methods);
    type_add_getsets(thread, &type_float, float_getsets);
    static const char *const classmethods[] = {"fromhex", NULL};
    type_wrap_classmethods(thread, &type_float, classmethods);
}
