/* number.c: what int, bool and float share, and the small singleton types.
 *
 * number_binary_op is the arithmetic the VM's BINARY_OP fast path and the
 * numeric dunders both use: it sorts its operands into "two ints" (bools
 * count as ints) or "at least one float" and hands them to int.c or float.c.
 * number_compare orders an int against a float exactly, as CPython does.
 * This file also defines NoneType, NotImplementedType and ellipsis, whose
 * instances are the singletons None, NotImplemented and Ellipsis, and
 * number_init_types, which readies every type of the number files. */
#include "number.h"

#include <math.h>

#include "bigint.h"
#include "class.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

const char *operator_symbol(int op) {
    static const char *const symbols[] = {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };
    if (op < 0 || op >= (int)(sizeof symbols / sizeof symbols[0])) return "?";
    return symbols[op];
}

/* ---- Boxed numbers (instances of int's and float's subclasses) ---- */

void number_boxed_trace(Object *object, GcTracer *tracer) {
    BoxedNumber *boxed = (BoxedNumber *)object;
    gc_mark_object(tracer, (Object *)boxed->dict);
    gc_mark_value(tracer, boxed->value); /* a big int inside an int subclass */
}

bool number_box(Thread *thread, Type *type, Value value, Value *result) {
    if (type == &type_int || type == &type_float) {
        *result = value;
        return true;
    }
    BoxedNumber *boxed = (BoxedNumber *)object_allocate(thread, type, sizeof(BoxedNumber));
    if (boxed == NULL) return false;
    boxed->value = value;
    *result = OBJECT_VALUE(boxed);
    return true;
}

/* True for the values whose number_int_of is exact: ints that fit in 64
 * bits, bools, boxed ones. A big int is not one (number_is_integer is). */
bool number_is_int(Value value) {
    if (IS_INT(value) || IS_BOOL(value)) return true;
    return IS_OBJECT(value) && IS_INT(number_unbox(value));
}

bool number_is_integer(Value value) { return bigint_is_integer(number_unbox(value)); }

int64_t number_int_of(Value value) {
    value = number_unbox(value);
    return IS_BOOL(value) ? (int64_t)AS_BOOL(value) : AS_INT(value);
}

Value number_integer_of(Value value) {
    value = number_unbox(value);
    return IS_BOOL(value) ? INT_VALUE(AS_BOOL(value)) : value;
}

bool value_as_double(Value value, double *out) {
    value = number_unbox(value);
    if (IS_FLOAT(value)) *out = AS_FLOAT(value);
    else if (number_is_int(value)) *out = (double)number_int_of(value);
    else if (bigint_check(value)) return bigint_to_double_quiet(value, out);
    else return false;
    return true;
}

bool number_as_double(Thread *thread, Value value, double *out) {
    value = number_unbox(value);
    if (bigint_check(value)) return bigint_to_double(thread, value, out);
    if (value_as_double(value, out)) return true;
    return error_set(thread, &type_TypeError, "must be real number, not %s", value_type_name(value));
}

/* Both operands are ints: int.c does the work (big ints in bigint.c),
 * except that &, | and ^ of two bools give a bool, as bool's own operators
 * do. With a float on either side, a big int converts to a double first
 * (OverflowError if it is too large), as CPython's float operators do. */
bool number_binary_op(Thread *thread, int op, Value a, Value b, Value *result) {
    if (op >= OPERATOR_INPLACE) op -= OPERATOR_INPLACE;
    a = number_unbox(a);
    b = number_unbox(b);
    bool a_int = bigint_is_integer(a), b_int = bigint_is_integer(b);
    if ((!a_int && !IS_FLOAT(a)) || (!b_int && !IS_FLOAT(b))) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    if (a_int && b_int) {
        if (IS_BOOL(a) && IS_BOOL(b) && (op == OPERATOR_AND || op == OPERATOR_OR || op == OPERATOR_XOR)) {
            bool x = AS_BOOL(a), y = AS_BOOL(b);
            *result = BOOL_VALUE(op == OPERATOR_AND ? (x && y) : op == OPERATOR_OR ? (x || y) : (x != y));
            return true;
        }
        if (bigint_check(a) || bigint_check(b)) return bigint_binary_op(thread, op, a, b, result);
        return int_binary_op(thread, op, number_int_of(a), number_int_of(b), result);
    }
    double x, y;
    if (!number_as_double(thread, a, &x) || !number_as_double(thread, b, &y)) return false;
    return float_binary_op(thread, op, x, y, result);
}

bool number_divmod(Thread *thread, Value a, Value b, Value *result) {
    a = number_unbox(a);
    b = number_unbox(b);
    bool a_int = bigint_is_integer(a), b_int = bigint_is_integer(b);
    if ((!a_int && !IS_FLOAT(a)) || (!b_int && !IS_FLOAT(b))) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    Value quotient, remainder;
    if (a_int && b_int) {
        if (bigint_check(a) || bigint_check(b)) {
            if (!bigint_floor_divmod(thread, a, b, &quotient, &remainder)) return false;
        } else {
            int64_t x = number_int_of(a), y = number_int_of(b);
            if (y == 0) return error_set(thread, &type_ZeroDivisionError, "integer division or modulo by zero");
            if (!int_binary_op(thread, OPERATOR_FLOOR_DIVIDE, x, y, &quotient)) return false;
            if (!int_binary_op(thread, OPERATOR_REMAINDER, x, y, &remainder)) return false;
        }
    } else {
        double x, y, q, r;
        if (!number_as_double(thread, a, &x) || !number_as_double(thread, b, &y)) return false;
        if (y == 0.0) return error_set(thread, &type_ZeroDivisionError, "float divmod()");
        float_divmod(x, y, &q, &r);
        quotient = FLOAT_VALUE(q);
        remainder = FLOAT_VALUE(r);
    }
    Tuple *pair = tuple_new(thread, 2);
    if (pair == NULL) return false;
    pair->items[0] = quotient;
    pair->items[1] = remainder;
    *result = OBJECT_VALUE(pair);
    return true;
}

/* Order an int against a double exactly: converting a big int64 to double
 * would round it, so compare the integral parts as integers and let the
 * fraction break a tie. */
static int number_compare_int_float(int64_t i, double d) {
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    double whole = trunc(d);
    int64_t w = (int64_t)whole;
    if (i != w) return i < w ? -1 : 1;
    double fraction = d - whole;
    return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
}

/* An integer (any size) against a double, NaN aside. */
static int number_compare_integer_float(Value i, double d) {
    if (bigint_check(i)) return bigint_compare_double(i, d);
    return number_compare_int_float(number_int_of(i), d);
}

bool number_compare(Value a, Value b, int *order_out, bool *unordered_out) {
    a = number_unbox(a);
    b = number_unbox(b);
    bool a_int = bigint_is_integer(a), b_int = bigint_is_integer(b);
    if ((!a_int && !IS_FLOAT(a)) || (!b_int && !IS_FLOAT(b))) return false;
    *unordered_out = false;
    if (a_int && b_int) {
        if (bigint_check(a) || bigint_check(b)) {
            *order_out = bigint_compare(a, b);
        } else {
            int64_t x = number_int_of(a), y = number_int_of(b);
            *order_out = x < y ? -1 : x > y ? 1 : 0;
        }
    } else if (a_int || b_int) {
        double d = a_int ? AS_FLOAT(b) : AS_FLOAT(a);
        if (isnan(d)) {
            *unordered_out = true;
            *order_out = 0;
            return true;
        }
        int order = number_compare_integer_float(a_int ? a : b, d);
        *order_out = a_int ? order : -order;
    } else {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        *unordered_out = isnan(x) || isnan(y);
        *order_out = x < y ? -1 : x > y ? 1 : 0;
    }
    return true;
}

/* The outcome of a comparison operator given an order (unordered: only !=
 * holds, as for NaN). */
bool number_order_holds(int op, int order, bool unordered) {
    if (unordered) return op == COMPARE_NE;
    switch (op) {
    case COMPARE_LT: return order < 0;
    case COMPARE_LE: return order <= 0;
    case COMPARE_EQ: return order == 0;
    case COMPARE_NE: return order != 0;
    case COMPARE_GT: return order > 0;
    default: return order >= 0;
    }
}

/* A big int where a C index is needed: CPython's IndexError (indexing is
 * the common case; CPython's other users raise OverflowError). */
static bool number_index_too_big(Thread *thread) {
    return error_set(thread, &type_IndexError, "cannot fit 'int' into an index-sized integer");
}

/* __index__: ints directly, other objects through their __index__ method. */
bool value_as_index(Thread *thread, Value value, int64_t *out) {
    if (number_is_int(value)) {
        *out = number_int_of(value);
        return true;
    }
    if (number_is_integer(value)) return number_index_too_big(thread);
    Names *names = &thread->runtime->names;
    if (IS_OBJECT(value) && !IS_EMPTY(type_lookup(value_type(value), names->index))) {
        Value index;
        if (!object_call_method(thread, value, names->index, 0, NULL, &index)) return false;
        if (!number_is_integer(index))
            return error_set(thread, &type_TypeError, "__index__ returned non-int (type %s)", value_type_name(index));
        if (!number_is_int(index)) return number_index_too_big(thread);
        *out = number_int_of(index);
        return true;
    }
    return error_set(thread, &type_TypeError, "'%s' object cannot be interpreted as an integer",
                     value_type_name(value));
}

bool number_index_value(Thread *thread, Value value, Value *out) {
    if (number_is_integer(value)) {
        *out = number_integer_of(value);
        return true;
    }
    Names *names = &thread->runtime->names;
    if (IS_OBJECT(value) && !IS_EMPTY(type_lookup(value_type(value), names->index))) {
        if (!object_call_method(thread, value, names->index, 0, NULL, out)) return false;
        if (!number_is_integer(*out))
            return error_set(thread, &type_TypeError, "__index__ returned non-int (type %s)", value_type_name(*out));
        *out = number_integer_of(*out);
        return true;
    }
    return error_set(thread, &type_TypeError, "'%s' object cannot be interpreted as an integer",
                     value_type_name(value));
}

/* ---- NoneType, NotImplementedType, ellipsis ---------------------------- */

Object not_implemented_object = {.type = &type_not_implemented, .flags = OBJECT_STATIC};
Object ellipsis_object = {.type = &type_ellipsis, .flags = OBJECT_STATIC};

/* NoneType(), type(NotImplemented)() and type(...)() return the singleton. */
static bool singleton_new(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Type *type = AS_TYPE(argv[0]);
    if (argc > 1 || (kwnames != NULL && kwnames->count > 0))
        return error_set(thread, &type_TypeError, "%s takes no arguments", type_name(type));
    if (type == &type_none) *result = NONE_VALUE;
    else if (type == &type_not_implemented) *result = NOT_IMPLEMENTED_VALUE;
    else *result = OBJECT_VALUE(&ellipsis_object);
    return true;
}

static bool singleton_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__repr__", argc - 1, 0, 0)) return false;
    const char *text = IS_NONE(argv[0]) ? "None"
                       : IS_NOT_IMPLEMENTED(argv[0]) ? "NotImplemented"
                                                     : "Ellipsis";
    Str *str = str_intern_c(thread, text);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

static bool none_bool(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argv, (void)kwnames;
    if (!error_check_argc(thread, "__bool__", argc - 1, 0, 0)) return false;
    *result = BOOL_VALUE(false);
    return true;
}

/* A fixed hash for each singleton (CPython's depends on the address). */
static bool singleton_hash(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__hash__", argc - 1, 0, 0)) return false;
    *result = INT_VALUE(IS_NONE(argv[0]) ? 0x5f3759df : IS_NOT_IMPLEMENTED(argv[0]) ? 0x1badb002 : 0x2badd00d);
    return true;
}

Type type_none = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "NoneType",
    .base = &type_object,
    .instance_size = sizeof(Object),
    .new_instance = singleton_new,
};

Type type_not_implemented = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "NotImplementedType",
    .base = &type_object,
    .instance_size = sizeof(Object),
    .new_instance = singleton_new,
};

Type type_ellipsis = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "ellipsis",
    .base = &type_object,
    .instance_size = sizeof(Object),
    .new_instance = singleton_new,
};

static const MethodDef none_methods[] = {
    {"__repr__", singleton_repr},
    {"__bool__", none_bool},
    {"__hash__", singleton_hash},
    {NULL, NULL},
};

static const MethodDef singleton_methods[] = {
    {"__repr__", singleton_repr},
    {"__hash__", singleton_hash},
    {NULL, NULL},
};

void number_init_types(Thread *thread) {
    int_init_types(thread);
    float_init_type(thread);
    type_ready(thread, &type_none);
    type_add_methods(thread, &type_none, none_methods);
    type_ready(thread, &type_not_implemented);
    type_add_methods(thread, &type_not_implemented, singleton_methods);
    type_ready(thread, &type_ellipsis);
    type_add_methods(thread, &type_ellipsis, singleton_methods);
}
