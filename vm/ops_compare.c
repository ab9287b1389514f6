/* ops_compare.c: rich comparison, binary and unary operators (ops.h).
 *
 * Numbers and strs take fast paths; everything else follows CPython's
 * protocol with dunder methods: the reflected method first when the right
 * operand's class is a subclass of the left's (and, for arithmetic,
 * overrides it), NotImplemented meaning "try the other side", `==`
 * falling back to identity, and CPython's TypeErrors when no side answers. */
#include "ops.h"

#include <stddef.h>
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "error.h"
#include "exception.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "str.h"
#include "tuple.h"

/* The interned name stored at `offset` in Names. */
static Str *name_at(Thread *thread, size_t offset) { return *(Str **)((char *)&thread->runtime->names + offset); }

/* ---- Comparison ---- */

static const size_t compare_names[] = {
    offsetof(Names, lt), offsetof(Names, le), offsetof(Names, eq),
    offsetof(Names, ne), offsetof(Names, gt), offsetof(Names, ge),
};
static const CompareOperator swapped_operator[] = {COMPARE_GT, COMPARE_GE, COMPARE_EQ, COMPARE_NE, COMPARE_LT, COMPARE_LE};
static const char *const compare_symbols[] = {"<", "<=", "==", "!=", ">", ">="};

/* The answer of an ordering (-1, 0, 1) for operator `op`. */
static bool order_satisfies(int order, CompareOperator op) {
    switch (op) {
    case COMPARE_LT: return order < 0;
    case COMPARE_LE: return order <= 0;
    case COMPARE_EQ: return order == 0;
    case COMPARE_NE: return order != 0;
    case COMPARE_GT: return order > 0;
    case COMPARE_GE: return order >= 0;
    }
    return false;
}

/* An int, float or bool of the built-in types (not a subclass instance). */
static bool is_plain_number(Value value) {
    return !IS_OBJECT(value) || value_is_exact(value, &type_int) || value_is_exact(value, &type_float);
}

/* Numbers and exact strs, without dunder calls; false if not applicable. */
static bool compare_fast(Value a, Value b, CompareOperator op, Value *result) {
    int order;
    bool unordered;
    if (is_plain_number(a) && is_plain_number(b) && number_compare(a, b, &order, &unordered)) {
        *result = BOOL_VALUE(unordered ? op == COMPARE_NE : order_satisfies(order, op));
        return true;
    }
    if (value_is_exact(a, &type_str) && value_is_exact(b, &type_str)) {
        if (op == COMPARE_EQ || op == COMPARE_NE) {
            bool equal = str_equal(AS_STR(a), AS_STR(b));
            *result = BOOL_VALUE(op == COMPARE_EQ ? equal : !equal);
        } else {
            int c = str_compare(AS_STR(a), AS_STR(b));
            *result = BOOL_VALUE(order_satisfies(c < 0 ? -1 : c > 0, op));
        }
        return true;
    }
    return false;
}

/* One side's rich comparison method: type(x).__op__(x, y), or
 * NotImplemented when the type has none. */
static bool compare_side(Thread *thread, Value x, Value y, CompareOperator op, Value *result) {
    Value method = type_lookup(value_type(x), name_at(thread, compare_names[op]));
    if (IS_EMPTY(method)) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    return class_call_bound(thread, method, x, 1, &y, NULL, result);
}

/* The dunder protocol of a rich comparison (both sides, then identity for
 * == and !=, then TypeError). */
static bool compare_dunders(Thread *thread, Value a, Value b, CompareOperator op, Value *result) {
    Type *type_a = value_type(a), *type_b = value_type(b);
    bool reflected_first = type_a != type_b && type_is_subtype(type_b, type_a);
    if (reflected_first) {
        if (!compare_side(thread, b, a, swapped_operator[op], result)) return false;
        if (!IS_NOT_IMPLEMENTED(*result)) return true;
    }
    if (!compare_side(thread, a, b, op, result)) return false;
    if (!IS_NOT_IMPLEMENTED(*result)) return true;
    if (!reflected_first) {
        if (!compare_side(thread, b, a, swapped_operator[op], result)) return false;
        if (!IS_NOT_IMPLEMENTED(*result)) return true;
    }
    if (op == COMPARE_EQ || op == COMPARE_NE) {
        *result = BOOL_VALUE(value_is(a, b) == (op == COMPARE_EQ));
        return true;
    }
    return error_set(thread, &type_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     compare_symbols[op], type_name(type_a), type_name(type_b));
}

bool object_compare(Thread *thread, Value a, Value b, CompareOperator op, Value *result) {
    if (compare_fast(a, b, op, result)) return true;
    /* Comparing containers compares their items: guard the C stack. */
    if (!object_enter_recursion(thread, " in comparison")) return false;
    bool ok = compare_dunders(thread, a, b, op, result);
    object_leave_recursion(thread);
    return ok;
}

bool object_compare_bool(Thread *thread, Value a, Value b, CompareOperator op, bool *result) {
    if ((op == COMPARE_EQ || op == COMPARE_NE) && value_is(a, b) && !IS_FLOAT(a)) {
        *result = op == COMPARE_EQ;
        return true;
    }
    Value answer;
    if (!object_compare(thread, a, b, op, &answer)) return false;
    if (IS_BOOL(answer)) {
        *result = AS_BOOL(answer);
        return true;
    }
    return object_truthy(thread, answer, result);
}

bool object_equal(Thread *thread, Value a, Value b, bool *result) {
    if (value_is(a, b)) {
        *result = true;
        return true;
    }
    return object_compare_bool(thread, a, b, COMPARE_EQ, result);
}

/* ---- Binary operators ---- */

static const size_t binary_names[] = {
    offsetof(Names, add), offsetof(Names, and), offsetof(Names, floordiv), offsetof(Names, lshift),
    offsetof(Names, matmul), offsetof(Names, mul), offsetof(Names, mod), offsetof(Names, or),
    offsetof(Names, pow), offsetof(Names, rshift), offsetof(Names, sub), offsetof(Names, truediv),
    offsetof(Names, xor),
};
static const size_t reflected_names[] = {
    offsetof(Names, radd), offsetof(Names, rand), offsetof(Names, rfloordiv), offsetof(Names, rlshift),
    offsetof(Names, rmatmul), offsetof(Names, rmul), offsetof(Names, rmod), offsetof(Names, ror),
    offsetof(Names, rpow), offsetof(Names, rrshift), offsetof(Names, rsub), offsetof(Names, rtruediv),
    offsetof(Names, rxor),
};
static const size_t inplace_names[] = {
    offsetof(Names, iadd), offsetof(Names, iand), offsetof(Names, ifloordiv), offsetof(Names, ilshift),
    offsetof(Names, imatmul), offsetof(Names, imul), offsetof(Names, imod), offsetof(Names, ior),
    offsetof(Names, ipow), offsetof(Names, irshift), offsetof(Names, isub), offsetof(Names, itruediv),
    offsetof(Names, ixor),
};

/* a OP b by the dunder protocol: a.__op__(b), then b.__rop__(a); the
 * reflected one first when type(b) is a subclass of type(a) overriding
 * __rop__. NotImplemented when neither answers. */
static bool binary_dunders(Thread *thread, int op, Value a, Value b, Value *result) {
    Type *type_a = value_type(a), *type_b = value_type(b);
    Str *reflected_name = name_at(thread, reflected_names[op]);
    Value method_a = type_lookup(type_a, name_at(thread, binary_names[op]));
    Value method_b = type_a != type_b ? type_lookup(type_b, reflected_name) : EMPTY_VALUE;
    if (!IS_EMPTY(method_b) && type_is_subtype(type_b, type_a) &&
        !value_is(method_b, type_lookup(type_a, reflected_name))) {
        if (!class_call_bound(thread, method_b, b, 1, &a, NULL, result)) return false;
        if (!IS_NOT_IMPLEMENTED(*result)) return true;
        method_b = EMPTY_VALUE;
    }
    if (!IS_EMPTY(method_a)) {
        if (!class_call_bound(thread, method_a, a, 1, &b, NULL, result)) return false;
        if (!IS_NOT_IMPLEMENTED(*result)) return true;
    }
    if (!IS_EMPTY(method_b)) return class_call_bound(thread, method_b, b, 1, &a, NULL, result);
    *result = NOT_IMPLEMENTED_VALUE;
    return true;
}

/* True for the built-in sequences that repeat when multiplied by an int. */
static bool is_builtin_sequence(Value value) {
    Type *type = value_type(value);
    return type_is_subtype(type, &type_str) || type_is_subtype(type, &type_list) ||
           type_is_subtype(type, &type_tuple) || type_is_subtype(type, &type_bytes) ||
           type_is_subtype(type, &type_bytearray);
}

/* n * sequence, when int.__mul__ gave up: the sequence's own __mul__. */
static bool sequence_repeat_reflected(Thread *thread, Value count, Value sequence, Value *result) {
    *result = NOT_IMPLEMENTED_VALUE;
    if (!is_builtin_sequence(sequence) || !(IS_INT(count) || IS_BOOL(count) || value_is_instance(count, &type_int)))
        return true;
    bool found;
    if (!object_call_dunder(thread, sequence, thread->runtime->names.mul, 1, &count, result, &found)) return false;
    if (!found) *result = NOT_IMPLEMENTED_VALUE;
    return true;
}

static bool binary_unsupported(Thread *thread, int op, Value a, Value b) {
    const char *symbol = op == OPERATOR_POWER ? "** or pow()" : operator_symbol(op);
    return error_set(thread, &type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                     value_type_name(a), value_type_name(b));
}

/* a OP b for the non-in-place operators. */
static bool binary_operation(Thread *thread, int op, Value a, Value b, Value *result) {
    if (op == OPERATOR_ADD && value_is_exact(a, &type_str) && value_is_exact(b, &type_str)) {
        Str *joined = str_concat(thread, AS_STR(a), AS_STR(b));
        if (joined == NULL) return false;
        *result = OBJECT_VALUE(joined);
        return true;
    }
    if (!binary_dunders(thread, op, a, b, result)) return false;
    if (IS_NOT_IMPLEMENTED(*result) && op == OPERATOR_MULTIPLY &&
        !sequence_repeat_reflected(thread, a, b, result))
        return false;
    return true;
}

bool object_binary_op(Thread *thread, int op, Value a, Value b, Value *result) {
    if (!IS_OBJECT(a) && !IS_OBJECT(b)) {
        /* Two immediates (int, float, bool or None): arithmetic in C, the
         * dunders only when that gives up (None, bool - None...). */
        if (!number_binary_op(thread, op, a, b, result)) return false;
        if (!IS_NOT_IMPLEMENTED(*result)) return true;
    }
    if (op < OPERATOR_INPLACE) {
        if (!binary_operation(thread, op, a, b, result)) return false;
        return IS_NOT_IMPLEMENTED(*result) ? binary_unsupported(thread, op, a, b) : true;
    }
    int base = op - OPERATOR_INPLACE;
    if (IS_OBJECT(a)) {
        Value method = type_lookup(value_type(a), name_at(thread, inplace_names[base]));
        if (!IS_EMPTY(method)) {
            if (!class_call_bound(thread, method, a, 1, &b, NULL, result)) return false;
            if (!IS_NOT_IMPLEMENTED(*result)) return true;
        }
    }
    if (!binary_operation(thread, base, a, b, result)) return false;
    if (!IS_NOT_IMPLEMENTED(*result)) return true;
    return error_set(thread, &type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                     operator_symbol(op), value_type_name(a), value_type_name(b));
}

/* ---- Unary operators ---- */

/* -x, +x, ~x by __neg__ / __pos__ / __invert__; `symbol` for the message. */
static bool unary_dunder(Thread *thread, Value value, Str *name, const char *symbol, Value *result) {
    bool found;
    if (!object_call_dunder(thread, value, name, 0, NULL, result, &found)) return false;
    if (found) return true;
    return error_set(thread, &type_TypeError, "bad operand type for unary %s: '%s'", symbol, value_type_name(value));
}

bool object_negative(Thread *thread, Value value, Value *result) {
    if (IS_INT(value) && AS_INT(value) != INT64_MIN) {
        *result = INT_VALUE(-AS_INT(value));
        return true;
    }
    if (IS_BOOL(value)) {
        *result = INT_VALUE(-(int64_t)AS_BOOL(value));
        return true;
    }
    if (IS_FLOAT(value)) {
        *result = FLOAT_VALUE(-AS_FLOAT(value));
        return true;
    }
    return unary_dunder(thread, value, thread->runtime->names.neg, "-", result);
}

bool object_positive(Thread *thread, Value value, Value *result) {
    if (IS_INT(value) || IS_FLOAT(value)) {
        *result = value;
        return true;
    }
    if (IS_BOOL(value)) {
        *result = INT_VALUE(AS_BOOL(value));
        return true;
    }
    return unary_dunder(thread, value, thread->runtime->names.pos, "+", result);
}

bool object_invert(Thread *thread, Value value, Value *result) {
    if (IS_INT(value)) {
        *result = INT_VALUE(~AS_INT(value));
        return true;
    }
    if (IS_BOOL(value)) {
        *result = INT_VALUE(~(int64_t)AS_BOOL(value));
        return true;
    }
    return unary_dunder(thread, value, thread->runtime->names.invert, "~", result);
}
