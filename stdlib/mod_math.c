/* mod_math.c: the math module.
 *
 * Floating-point functions follow CPython 3.11's rules for errors: a NaN
 * out of a non-NaN argument is ValueError("math domain error"), an infinite
 * result out of finite arguments is OverflowError("math range error") for
 * the functions that can overflow and a domain error for the others.
 * Arguments convert as PyFloat_AsDouble does (float, int, __float__,
 * __index__). The integer functions (factorial, comb, perm, gcd, lcm,
 * isqrt) work on ints of any size with bigint.h's primitives. fsum is Shewchuk's exact
 * summation and hypot CPython's scaled, compensated vector norm, so the
 * last bits match CPython's. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "modules.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- Argument conversion ---- */

/* PyFloat_AsDouble: a float, an int, or an object with __float__ or
 * __index__; TypeError "must be real number, not str" otherwise. */
static bool math_to_double(Thread *thread, Value value, double *out) {
    if (value_as_double(value, out)) return true;
    Names *names = &thread->runtime->names;
    Value converted;
    bool found;
    if (!object_call_dunder(thread, value, names->dunder_float, 0, NULL, &converted, &found)) return false;
    if (found) {
        if (IS_FLOAT(converted)) {
            *out = AS_FLOAT(converted);
            return true;
        }
        return error_set(thread, &type_TypeError, "%s.__float__ returned non-float (type %s)", value_type_name(value),
                         value_type_name(converted));
    }
    if (!object_call_dunder(thread, value, names->index, 0, NULL, &converted, &found)) return false;
    if (found && value_as_double(converted, out)) return true;
    return error_set(thread, &type_TypeError, "must be real number, not %s", value_type_name(value));
}

/* Convert argv[0..count) to doubles. */
static bool math_doubles(Thread *thread, int count, Value *argv, double *out) {
    for (int i = 0; i < count; i++)
        if (!math_to_double(thread, argv[i], &out[i])) return false;
    return true;
}

static bool math_domain_error(Thread *thread) { return error_set(thread, &type_ValueError, "math domain error"); }
static bool math_range_error(Thread *thread) { return error_set(thread, &type_OverflowError, "math range error"); }

/* Check a libm result against its (finite or not) arguments as CPython's
 * math_1/math_2 do, and store it. */
static bool math_check_result(Thread *thread, double r, bool args_nan, bool args_finite, bool can_overflow,
                              Value *result) {
    if (isnan(r) && !args_nan) return math_domain_error(thread);
    if (isinf(r) && args_finite) return can_overflow ? math_range_error(thread) : math_domain_error(thread);
    *result = FLOAT_VALUE(r);
    return true;
}

/* The shared body of the one-argument float functions. */
static bool math_unary(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name, double (*fn)(double),
                       bool can_overflow, Value *result) {
    ArgSpec spec = {name, ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    double x;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !math_to_double(thread, arg, &x))
        return false;
    return math_check_result(thread, fn(x), isnan(x), isfinite(x), can_overflow, result);
}

/* Read the two float arguments of pow, atan2, fmod, copysign... */
static bool math_binary_args(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name, double *x,
                             double *y) {
    ArgSpec spec = {name, ARGS_EXPECTED, 2, 2, NULL, 0, 0, NULL};
    Value args[2];
    double values[2];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args) || !math_doubles(thread, 2, args, values))
        return false;
    *x = values[0];
    *y = values[1];
    return true;
}

/* "isclose() takes exactly 2 positional arguments (3 given)": the clinic
 * message for functions with keyword-only parameters, which
 * builtins_parse_args does not check. */
static bool math_check_positional(Thread *thread, const char *name, int argc, int expected, bool exact) {
    if (argc <= expected && (!exact || argc == expected)) return true;
    return error_set(thread, &type_TypeError, "%s() takes exactly %d positional argument%s (%d given)", name, expected,
                     expected == 1 ? "" : "s", argc);
}

/* ---- The one-argument float functions ---- */

static double math_degrees_of(double x) { return x * (180.0 / M_PI); }
static double math_radians_of(double x) { return x * (M_PI / 180.0); }

#define MATH_UNARY(pyname, cfn, can_overflow)                                                              \
    static bool math_##pyname(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {      \
        return math_unary(thread, argc, argv, kwnames, "math." #pyname, cfn, can_overflow, result);        \
    }
MATH_UNARY(sqrt, sqrt, false)
MATH_UNARY(exp, exp, true)
MATH_UNARY(exp2, exp2, true)
MATH_UNARY(expm1, expm1, true)
MATH_UNARY(log2, log2, false)
MATH_UNARY(log10, log10, false)
MATH_UNARY(log1p, log1p, false)
MATH_UNARY(sin, sin, false)
MATH_UNARY(cos, cos, false)
MATH_UNARY(tan, tan, false)
MATH_UNARY(asin, asin, false)
MATH_UNARY(acos, acos, false)
MATH_UNARY(atan, atan, false)
MATH_UNARY(sinh, sinh, true)
MATH_UNARY(cosh, cosh, true)
MATH_UNARY(tanh, tanh, false)
MATH_UNARY(asinh, asinh, false)
MATH_UNARY(acosh, acosh, false)
MATH_UNARY(atanh, atanh, false)
MATH_UNARY(fabs, fabs, false)
MATH_UNARY(cbrt, cbrt, false)
MATH_UNARY(erf, erf, false)
MATH_UNARY(erfc, erfc, false)
MATH_UNARY(degrees, math_degrees_of, true)
MATH_UNARY(radians, math_radians_of, false)
#undef MATH_UNARY

/* log(x[, base]): log(x) / log(base), each with the domain checks. */
static bool math_log(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "math.log() takes no keyword arguments");
    if (argc < 1 || argc > 2) return error_set(thread, &type_TypeError, "math.log requires 1 to 2 arguments");
    double logs[2];
    for (int i = 0; i < argc; i++) {
        double x;
        Value checked;
        if (!math_to_double(thread, argv[i], &x) ||
            !math_check_result(thread, log(x), isnan(x), isfinite(x), false, &checked))
            return false;
        logs[i] = AS_FLOAT(checked);
    }
    if (argc == 1) {
        *result = FLOAT_VALUE(logs[0]);
        return true;
    }
    if (logs[1] == 0.0) return error_set(thread, &type_ZeroDivisionError, "float division by zero");
    *result = FLOAT_VALUE(logs[0] / logs[1]);
    return true;
}

/* ---- Two-argument float functions ---- */

static bool math_pow(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    double x, y;
    if (!math_binary_args(thread, argc, argv, kwnames, "pow", &x, &y)) return false;
    double r = pow(x, y); /* C99 gives Python's answers for the IEEE specials */
    if (isfinite(x) && isfinite(y) && !isfinite(r)) {
        if (isnan(r) || x == 0.0) return math_domain_error(thread);
        return math_range_error(thread);
    }
    *result = FLOAT_VALUE(r);
    return true;
}

static bool math_atan2(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    double y, x;
    if (!math_binary_args(thread, argc, argv, kwnames, "atan2", &y, &x)) return false;
    *result = FLOAT_VALUE(atan2(y, x));
    return true;
}

static bool math_copysign(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    double x, y;
    if (!math_binary_args(thread, argc, argv, kwnames, "copysign", &x, &y)) return false;
    *result = FLOAT_VALUE(copysign(x, y));
    return true;
}

static bool math_fmod(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    double x, y;
    if (!math_binary_args(thread, argc, argv, kwnames, "fmod", &x, &y)) return false;
    if (isinf(y) && isfinite(x)) {
        *result = FLOAT_VALUE(x);
        return true;
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return math_domain_error(thread);
    *result = FLOAT_VALUE(r);
    return true;
}

static bool math_remainder(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    double x, y;
    if (!math_binary_args(thread, argc, argv, kwnames, "remainder", &x, &y)) return false;
    if (isnan(x) || isnan(y)) {
        *result = FLOAT_VALUE(isnan(x) ? x : y);
        return true;
    }
    if (isinf(x) || y == 0.0) return math_domain_error(thread);
    *result = FLOAT_VALUE(isinf(y) ? x : remainder(x, y));
    return true;
}

/* ldexp(x, i): x * 2**i. */
static bool math_ldexp(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"ldexp", ARGS_EXPECTED, 2, 2, NULL, 0, 0, NULL};
    Value args[2];
    double x;
    int64_t exponent;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args) || !math_to_double(thread, args[0], &x))
        return false;
    if (IS_FLOAT(args[1])) return error_set(thread, &type_TypeError, "Expected an int as second argument to ldexp.");
    if (!value_as_index(thread, args[1], &exponent)) return false;
    if (exponent > 100000) exponent = 100000;
    if (exponent < -100000) exponent = -100000;
    double r = ldexp(x, (int)exponent);
    if (isinf(r) && isfinite(x)) return math_range_error(thread);
    *result = FLOAT_VALUE(r);
    return true;
}

/* A (first, second) tuple, for frexp and modf. */
static bool math_pair(Thread *thread, Value first, Value second, Value *result) {
    Value items[2] = {first, second};
    Tuple *tuple = tuple_from_array(thread, items, 2);
    if (tuple == NULL) return false;
    *result = OBJECT_VALUE(tuple);
    return true;
}

static bool math_frexp(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"math.frexp", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    double x;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !math_to_double(thread, arg, &x))
        return false;
    int exponent = 0;
    double mantissa = isfinite(x) ? frexp(x, &exponent) : x;
    return math_pair(thread, FLOAT_VALUE(mantissa), INT_VALUE(exponent), result);
}

static bool math_modf(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"math.modf", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    double x, whole;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !math_to_double(thread, arg, &x))
        return false;
    if (isinf(x)) return math_pair(thread, FLOAT_VALUE(copysign(0.0, x)), FLOAT_VALUE(x), result);
    double fraction = modf(x, &whole);
    return math_pair(thread, FLOAT_VALUE(fraction), FLOAT_VALUE(whole), result);
}

/* ---- Rounding to int: floor, ceil, trunc ---- */

/* Call the dunder `name` of `value` if its type has one (*found says). */
static bool math_try_dunder(Thread *thread, Value value, const char *name, Value *result, bool *found) {
    Str *method = str_intern_c(thread, name);
    if (method == NULL) return false;
    return object_call_dunder(thread, value, method, 0, NULL, result, found);
}

/* floor and ceil: ints as they are, floats rounded, then __floor__ /
 * __ceil__, then any real number. */
static bool math_round_to_int(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name,
                              const char *dunder, double (*round_fn)(double), Value *result) {
    ArgSpec spec = {name, ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg)) return false;
    if (number_is_integer(arg)) {
        *result = number_integer_of(arg);
        return true;
    }
    if (!IS_FLOAT(arg)) {
        bool found;
        if (!math_try_dunder(thread, arg, dunder, result, &found)) return false;
        if (found) return true;
    }
    double x;
    if (!math_to_double(thread, arg, &x)) return false;
    return float_to_int(thread, round_fn(x), result);
}

static bool math_floor(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return math_round_to_int(thread, argc, argv, kwnames, "math.floor", "__floor__", floor, result);
}

static bool math_ceil(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return math_round_to_int(thread, argc, argv, kwnames, "math.ceil", "__ceil__", ceil, result);
}

/* trunc(x): only through __trunc__ (ints and floats have one). */
static bool math_trunc(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"math.trunc", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg)) return false;
    if (number_is_integer(arg)) {
        *result = number_integer_of(arg);
        return true;
    }
    if (IS_FLOAT(arg)) return float_to_int(thread, trunc(AS_FLOAT(arg)), result);
    bool found;
    if (!math_try_dunder(thread, arg, "__trunc__", result, &found)) return false;
    if (found) return true;
    return error_set(thread, &type_TypeError, "type %s doesn't define __trunc__ method", value_type_name(arg));
}

/* ---- Predicates and isclose ---- */

static bool math_predicate(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name, int which,
                           Value *result) {
    ArgSpec spec = {name, ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg;
    double x;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !math_to_double(thread, arg, &x))
        return false;
    *result = BOOL_VALUE(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
    return true;
}

static bool math_isfinite(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return math_predicate(thread, argc, argv, kwnames, "math.isfinite", 0, result);
}
static bool math_isinf(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return math_predicate(thread, argc, argv, kwnames, "math.isinf", 1, result);
}
static bool math_isnan(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return math_predicate(thread, argc, argv, kwnames, "math.isnan", 2, result);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static bool math_isclose(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static const ArgSpec spec = {"isclose", ARGS_CLINIC, 2, 2, params, 0, 0, NULL};
    Value args[4];
    double values[4] = {0.0, 0.0, 1e-09, 0.0};
    if (!math_check_positional(thread, "isclose", argc, 2, false) ||
        !builtins_parse_args(thread, &spec, argc, argv, kwnames, args))
        return false;
    for (int i = 0; i < 4; i++)
        if (!IS_EMPTY(args[i]) && !math_to_double(thread, args[i], &values[i])) return false;
    double a = values[0], b = values[1], rel_tol = values[2], abs_tol = values[3];
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return error_set(thread, &type_ValueError, "tolerances must be non-negative");
    if (a == b) {
        *result = BOOL_VALUE(true);
        return true;
    }
    if (isinf(a) || isinf(b)) {
        *result = BOOL_VALUE(false);
        return true;
    }
    double difference = fabs(b - a);
    *result = BOOL_VALUE(difference <= fabs(rel_tol * b) || difference <= fabs(rel_tol * a) ||
                         difference <= abs_tol);
    return true;
}

/* ---- Integer functions ---- */

/* Read one int argument of any size (an int or anything with __index__). */
static bool math_int_arg(Thread *thread, Value value, Value *out) { return number_index_value(thread, value, out); }

/* n (>= 0) as a C count, or OverflowError as CPython's "n must not exceed". */
static bool math_small_count(Thread *thread, Value n, const char *message, uint64_t *out) {
    if (!IS_INT(n)) return error_set(thread, &type_OverflowError, "%s", message);
    *out = (uint64_t)AS_INT(n);
    return true;
}

/* n! by the product of 2..n, split in halves so that big factors meet
 * Karatsuba. */
static bool math_factorial(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"factorial", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg, n;
    uint64_t count;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg)) return false;
    if (!math_int_arg(thread, arg, &n)) return false;
    if (bigint_sign(n) < 0) return error_set(thread, &type_ValueError, "factorial() not defined for negative values");
    if (!math_small_count(thread, n, "factorial() argument should not exceed 9223372036854775807", &count))
        return false;
    return bigint_range_product(thread, 2, count, result);
}

/* gcd(*integers) and lcm(*integers): `lcm` picks which. */
static bool math_gcd_lcm(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name, bool lcm,
                         Value *result) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "%s() takes no keyword arguments", name);
    Value accumulated = INT_VALUE(lcm ? 1 : 0);
    for (int i = 0; i < argc; i++) {
        Value n, divisor, quotient;
        if (!math_int_arg(thread, argv[i], &n)) return false;
        if (!lcm) {
            if (!bigint_gcd(thread, accumulated, n, &accumulated)) return false;
        } else if (bigint_sign(accumulated) == 0 || bigint_sign(n) == 0) {
            accumulated = INT_VALUE(0);
        } else if (!bigint_gcd(thread, accumulated, n, &divisor) ||
                   !bigint_floor_divmod(thread, n, divisor, &quotient, NULL) ||
                   !bigint_binary_op(thread, OPERATOR_MULTIPLY, accumulated, quotient, &accumulated) ||
                   !bigint_absolute(thread, accumulated, &accumulated)) {
            return false;
        }
    }
    if (argc == 1 && !bigint_absolute(thread, accumulated, &accumulated)) return false;
    *result = accumulated;
    return true;
}

static bool math_gcd(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return math_gcd_lcm(thread, argc, argv, kwnames, "gcd", false, result);
}

static bool math_lcm(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return math_gcd_lcm(thread, argc, argv, kwnames, "lcm", true, result);
}

/* Read comb's and perm's n and k with CPython's checks. */
static bool math_n_k(Thread *thread, Value n_value, Value k_value, Value *n, Value *k) {
    if (!math_int_arg(thread, n_value, n) || !math_int_arg(thread, k_value, k)) return false;
    if (bigint_sign(*n) < 0) return error_set(thread, &type_ValueError, "n must be a non-negative integer");
    if (bigint_sign(*k) < 0) return error_set(thread, &type_ValueError, "k must be a non-negative integer");
    return true;
}

/* perm(n, k) = n (n-1) ... (n-k+1) for 0 <= k <= n. */
static bool math_falling_product(Thread *thread, Value n, Value k, Value *result) {
    uint64_t count;
    if (!math_small_count(thread, k, "k must not exceed 9223372036854775807", &count)) return false;
    if (IS_INT(n)) return bigint_range_product(thread, (uint64_t)AS_INT(n) - count + 1, (uint64_t)AS_INT(n), result);
    Value value = INT_VALUE(1), factor = n;
    for (uint64_t i = 0; i < count; i++) {
        if (!bigint_binary_op(thread, OPERATOR_MULTIPLY, value, factor, &value) ||
            !bigint_binary_op(thread, OPERATOR_SUBTRACT, factor, INT_VALUE(1), &factor))
            return false;
    }
    *result = value;
    return true;
}

/* comb(n, k) = perm(n, k) // k!, with k replaced by n - k when smaller. */
static bool math_comb(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"comb", ARGS_EXPECTED, 2, 2, NULL, 0, 0, NULL};
    Value args[2], n, k, other, numerator, denominator;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args) || !math_n_k(thread, args[0], args[1], &n, &k))
        return false;
    if (bigint_compare(k, n) > 0) {
        *result = INT_VALUE(0);
        return true;
    }
    if (!bigint_binary_op(thread, OPERATOR_SUBTRACT, n, k, &other)) return false;
    if (bigint_compare(other, k) < 0) k = other;
    uint64_t count;
    if (!math_small_count(thread, k, "min(n - k, k) must not exceed 9223372036854775807", &count) ||
        !math_falling_product(thread, n, k, &numerator) || !bigint_range_product(thread, 2, count, &denominator))
        return false;
    return bigint_floor_divmod(thread, numerator, denominator, result, NULL);
}

/* perm(n, k=None): n! / (n-k)!; perm(n) is n!. */
static bool math_perm(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"perm", ARGS_EXPECTED, 1, 2, NULL, 0, 0, NULL};
    Value args[2], n, k;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    if (IS_EMPTY(args[1]) || IS_NONE(args[1])) {
        if (!math_int_arg(thread, args[0], &n)) return false;
        if (bigint_sign(n) < 0) return error_set(thread, &type_ValueError, "factorial() not defined for negative values");
        k = n;
    } else if (!math_n_k(thread, args[0], args[1], &n, &k)) {
        return false;
    }
    if (bigint_compare(k, n) > 0) {
        *result = INT_VALUE(0);
        return true;
    }
    return math_falling_product(thread, n, k, result);
}

/* isqrt(n): the floor of the exact square root. */
static bool math_isqrt(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"isqrt", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg, n;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !math_int_arg(thread, arg, &n)) return false;
    if (bigint_sign(n) < 0) return error_set(thread, &type_ValueError, "isqrt() argument must be nonnegative");
    if (IS_INT(n)) {
        int64_t value = AS_INT(n);
        uint64_t root = (uint64_t)sqrt((double)value);
        while ((unsigned __int128)root * root > (unsigned __int128)value) root--;
        while ((unsigned __int128)(root + 1) * (root + 1) <= (unsigned __int128)value) root++;
        *result = INT_VALUE((int64_t)root);
        return true;
    }
    return bigint_isqrt(thread, n, result);
}

/* ---- Over iterables: prod, fsum ---- */

/* prod(iterable, /, *, start=1): start * each item, with Python's `*`. */
static bool math_prod(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"", "start", NULL};
    static const ArgSpec spec = {"prod", ARGS_CLINIC, 1, 1, params, 1, 0, NULL};
    Value args[2];
    if (!math_check_positional(thread, "prod", argc, 1, true) ||
        !builtins_parse_args(thread, &spec, argc, argv, kwnames, args))
        return false;
    Value product = IS_EMPTY(args[1]) ? INT_VALUE(1) : args[1];
    Value iterator, item;
    int roots = thread->root_count;
    if (!object_get_iter(thread, args[0], &iterator) || !gc_push_root(thread, iterator) ||
        !gc_push_root(thread, product)) {
        gc_pop_roots(thread, thread->root_count - roots);
        return false;
    }
    bool ok;
    while ((ok = object_iter_next(thread, iterator, &item)) && !IS_EMPTY(item)) {
        if (!(ok = object_binary_op(thread, OPERATOR_MULTIPLY, product, item, &product))) break;
        thread->roots[roots + 1] = product; /* keep the running product rooted */
    }
    gc_pop_roots(thread, 2);
    if (!ok) return false;
    *result = product;
    return true;
}

/* Shewchuk's partial sums: a growable array of non-overlapping doubles
 * whose exact sum is the exact sum of the items seen so far. */
typedef struct Partials {
    double *items;   /* malloc'd, or `small` */
    size_t count;    /* partials in use */
    size_t capacity; /* length of items */
    double small[32]; /* the first ones, without malloc */
} Partials;

static bool partials_push(Thread *thread, Partials *partials, double x) {
    if (partials->count == partials->capacity) {
        size_t capacity = partials->capacity * 2;
        double *items = partials->items == partials->small ? malloc(capacity * sizeof(double))
                                                           : realloc(partials->items, capacity * sizeof(double));
        if (items == NULL) return error_no_memory(thread);
        if (partials->items == partials->small) memcpy(items, partials->small, sizeof partials->small);
        partials->items = items;
        partials->capacity = capacity;
    }
    partials->items[partials->count++] = x;
    return true;
}

/* Fold x into the partials (each pair summed exactly as hi + lo). */
static bool partials_add(Thread *thread, Partials *partials, double x) {
    size_t kept = 0;
    for (size_t j = 0; j < partials->count; j++) {
        double y = partials->items[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) partials->items[kept++] = lo;
        x = hi;
    }
    partials->count = kept;
    return x == 0.0 || partials_push(thread, partials, x);
}

/* The correctly rounded value of the partials' exact sum. */
static double partials_round(const Partials *partials) {
    size_t n = partials->count;
    if (n == 0) return 0.0;
    double hi = partials->items[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = partials->items[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) break;
    }
    /* Half-way case: the rest decides whether to round away. */
    if (n > 0 && ((lo < 0.0 && partials->items[n - 1] < 0.0) || (lo > 0.0 && partials->items[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi) hi = x;
    }
    return hi;
}

/* Add one item, keeping infinities and NaNs aside as CPython does. */
static bool fsum_add(Thread *thread, Partials *partials, double x, double *special, double *inf_sum) {
    if (!isfinite(x)) {
        if (isinf(x)) *inf_sum += x;
        *special += x;
        partials->count = 0;
        return true;
    }
    if (!partials_add(thread, partials, x)) return false;
    if (partials->count > 0 && !isfinite(partials->items[partials->count - 1]))
        return error_set(thread, &type_OverflowError, "intermediate overflow in fsum");
    return true;
}

static bool math_fsum(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"math.fsum", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value arg, iterator, item;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &arg) || !object_get_iter(thread, arg, &iterator) ||
        !gc_push_root(thread, iterator))
        return false;
    Partials partials = {.count = 0, .capacity = 32};
    partials.items = partials.small;
    double special = 0.0, inf_sum = 0.0, x;
    bool ok;
    while ((ok = object_iter_next(thread, iterator, &item)) && !IS_EMPTY(item))
        if (!(ok = math_to_double(thread, item, &x) && fsum_add(thread, &partials, x, &special, &inf_sum))) break;
    gc_pop_roots(thread, 1);
    double sum = partials_round(&partials);
    if (partials.items != partials.small) free(partials.items);
    if (!ok) return false;
    if (special != 0.0) {
        if (isnan(inf_sum)) return error_set(thread, &type_ValueError, "-inf + inf in fsum");
        sum = special;
    }
    *result = FLOAT_VALUE(sum);
    return true;
}

/* ---- hypot: CPython 3.11's vector norm ---- */

/* A double-length number hi + lo. */
typedef struct DoubleLength {
    double hi, lo;
} DoubleLength;

/* Veltkamp's split of x into two halves of 26 bits each. */
static DoubleLength double_split(double x) {
    double t = x * 134217729.0; /* 2**27 + 1 */
    double hi = t - (t - x);
    return (DoubleLength){hi, x - hi};
}

/* Dekker's exact product. */
static DoubleLength double_multiply(double x, double y) {
    DoubleLength a = double_split(x), b = double_split(y);
    double p = a.hi * b.hi;
    double q = a.hi * b.lo + a.lo * b.hi;
    double z = p + q;
    return (DoubleLength){z, p - z + q + a.lo * b.lo};
}

/* Exact sum when |a| >= |b|. */
static DoubleLength double_fast_sum(double a, double b) {
    double hi = a + b;
    return (DoubleLength){hi, (a - hi) + b};
}

/* sqrt of the sum of squares of vec[0..n) (all finite, |each| <= max):
 * scaled by a power of two so squaring is exact, summed with the error
 * terms kept, then one Newton correction. */
static double math_vector_norm(size_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_exponent;
    frexp(max, &max_exponent);
    if (max_exponent < -1023) {
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * math_vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_exponent);
    double sum = 1.0, fraction1 = 0.0, fraction2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        DoubleLength square = double_multiply(x, x);
        DoubleLength added = double_fast_sum(sum, square.hi);
        sum = added.hi;
        fraction1 += square.lo;
        fraction2 += added.lo;
    }
    double h = sqrt(sum - 1.0 + (fraction1 + fraction2));
    DoubleLength square = double_multiply(-h, h);
    DoubleLength added = double_fast_sum(sum, square.hi);
    sum = added.hi;
    fraction1 += square.lo;
    fraction2 += added.lo;
    double x = sum - 1.0 + (fraction1 + fraction2);
    h += x / (2.0 * h);
    return h / scale;
}

static bool math_hypot(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (kwnames != NULL && kwnames->count > 0)
        return error_set(thread, &type_TypeError, "hypot() takes no keyword arguments");
    double small[16];
    double *coordinates = argc <= 16 ? small : malloc((size_t)argc * sizeof(double));
    if (coordinates == NULL) return error_no_memory(thread);
    double max = 0.0;
    bool found_nan = false, ok = true;
    for (int i = 0; i < argc && ok; i++) {
        double x;
        if (!(ok = math_to_double(thread, argv[i], &x))) break;
        coordinates[i] = fabs(x);
        found_nan |= isnan(x);
        if (coordinates[i] > max) max = coordinates[i];
    }
    if (ok) *result = FLOAT_VALUE(math_vector_norm((size_t)argc, coordinates, max, found_nan));
    if (coordinates != small) free(coordinates);
    return ok;
}

/* ---- The module ---- */

static const MethodDef math_functions[] = {
    {"sqrt", math_sqrt},         {"exp", math_exp},         {"exp2", math_exp2},
    {"expm1", math_expm1},       {"log", math_log},         {"log2", math_log2},
    {"log10", math_log10},       {"log1p", math_log1p},     {"sin", math_sin},
    {"cos", math_cos},           {"tan", math_tan},         {"asin", math_asin},
    {"acos", math_acos},         {"atan", math_atan},       {"atan2", math_atan2},
    {"sinh", math_sinh},         {"cosh", math_cosh},       {"tanh", math_tanh},
    {"asinh", math_asinh},       {"acosh", math_acosh},     {"atanh", math_atanh},
    {"fabs", math_fabs},         {"cbrt", math_cbrt},       {"erf", math_erf},
    {"erfc", math_erfc},         {"degrees", math_degrees}, {"radians", math_radians},
    {"pow", math_pow},           {"copysign", math_copysign}, {"fmod", math_fmod},
    {"remainder", math_remainder}, {"ldexp", math_ldexp},   {"frexp", math_frexp},
    {"modf", math_modf},         {"floor", math_floor},     {"ceil", math_ceil},
    {"trunc", math_trunc},       {"isfinite", math_isfinite}, {"isinf", math_isinf},
    {"isnan", math_isnan},       {"isclose", math_isclose}, {"factorial", math_factorial},
    {"gcd", math_gcd},           {"lcm", math_lcm},         {"comb", math_comb},
    {"perm", math_perm},         {"isqrt", math_isqrt},     {"prod", math_prod},
    {"fsum", math_fsum},         {"hypot", math_hypot},     {NULL, NULL},
};

bool math_module_init(Thread *thread, Module *module) {
    static const struct {
        const char *name;
        double value;
    } constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2.0 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++)
        if (!dict_set_c(thread, module->dict, constants[i].name, FLOAT_VALUE(constants[i].value))) return false;
    return dict_add_natives(thread, module->dict, math_functions, OBJECT_VALUE(module->name));
}
