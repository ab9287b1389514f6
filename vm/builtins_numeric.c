/* builtins_numeric.c: the numeric builtins: abs, round, divmod, pow, hex,
 * oct, bin.
 *
 * Ints of any size and floats are handled here directly, with number.c's
 * helpers (correctly rounded float round(x, n), pow's modular form,
 * divmod); anything else goes to the operand's dunder method
 * (__abs__, __round__, __divmod__/__rdivmod__, __pow__) found on its type. */
#include "builtins.h"

#include <math.h>

#include "bigint.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* Call the special method `name` of `self`'s type with self and `extra`.
 * *found is false (and nothing raised) if the type lacks it. */
static bool call_special(Thread *thread, Value self, Str *name, int extra_count, const Value *extra, Value *result,
                         bool *found) {
    Value method = type_lookup(value_type(self), name);
    *found = !IS_EMPTY(method);
    if (!*found) return true;
    Value args[3] = {self};
    for (int i = 0; i < extra_count; i++) args[i + 1] = extra[i];
    return object_call(thread, method, extra_count + 1, args, NULL, result);
}

static bool is_number(Value value) { return bigint_is_integer(value) || IS_FLOAT(value); }

static int64_t int_of(Value value) { return IS_BOOL(value) ? AS_BOOL(value) : AS_INT(value); }

static bool builtin_abs(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"abs", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value value;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value)) return false;
    if (IS_FLOAT(value)) {
        *result = FLOAT_VALUE(fabs(AS_FLOAT(value)));
        return true;
    }
    if ((IS_INT(value) || IS_BOOL(value)) && int_of(value) >= 0) {
        *result = INT_VALUE(int_of(value));
        return true;
    }
    if (IS_INT(value) || bigint_check(value)) return bigint_absolute(thread, value, result);
    bool found;
    if (!call_special(thread, value, thread->runtime->names.abs, 0, NULL, result, &found)) return false;
    if (!found) return error_set(thread, &type_TypeError, "bad operand type for abs(): '%s'", value_type_name(value));
    return true;
}

/* ---- round ---- */

static bool builtin_round(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"number", "ndigits", NULL};
    static const ArgSpec spec = {"round", ARGS_CLINIC, 1, 2, params, 0, 0, NULL};
    Value args[2];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    Value number = args[0];
    bool has_digits = !IS_EMPTY(args[1]) && !IS_NONE(args[1]);
    int64_t ndigits = 0;
    if ((IS_FLOAT(number) || IS_INT(number) || IS_BOOL(number)) && has_digits && !value_as_index(thread, args[1], &ndigits)) return false;
    if (IS_FLOAT(number)) {
        double rounded;
        if (!has_digits) return float_to_int(thread, nearbyint(AS_FLOAT(number)), result);
        if (!float_round_digits(thread, AS_FLOAT(number), ndigits, &rounded)) return false;
        *result = FLOAT_VALUE(rounded);
        return true;
    }
    if (IS_INT(number) || IS_BOOL(number)) {
        if (ndigits < 0) return int_round_negative(thread, INT_VALUE(int_of(number)), ndigits, result);
        *result = INT_VALUE(int_of(number));
        return true;
    }
    bool found;
    if (!call_special(thread, number, thread->runtime->names.round, has_digits ? 1 : 0, &args[1], result, &found))
        return false;
    if (!found)
        return error_set(thread, &type_TypeError, "type %s doesn't define __round__ method", value_type_name(number));
    return true;
}

/* ---- divmod and pow ---- */

/* a.__divmod__(b), then b.__rdivmod__(a), for non-numbers. */
static bool divmod_special(Thread *thread, Value a, Value b, Value *result) {
    bool found;
    Str *name = str_intern_c(thread, "__divmod__");
    if (name == NULL || !call_special(thread, a, name, 1, &b, result, &found)) return false;
    if (found && !IS_NOT_IMPLEMENTED(*result)) return true;
    if (value_type(a) != value_type(b)) {
        Str *reflected = str_intern_c(thread, "__rdivmod__");
        if (reflected == NULL || !call_special(thread, b, reflected, 1, &a, result, &found)) return false;
        if (found && !IS_NOT_IMPLEMENTED(*result)) return true;
    }
    return error_set(thread, &type_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                     value_type_name(a), value_type_name(b));
}

static bool builtin_divmod(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"divmod", ARGS_EXPECTED, 2, 2, NULL, 0, 0, NULL};
    Value args[2];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    if (!number_divmod(thread, args[0], args[1], result)) return false;
    if (!IS_NOT_IMPLEMENTED(*result)) return true;
    return divmod_special(thread, args[0], args[1], result);
}

static bool builtin_pow(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"base", "exp", "mod", NULL};
    static const ArgSpec spec = {"pow", ARGS_CLINIC, 2, 3, params, 0, 0, NULL};
    Value args[3];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    if (IS_EMPTY(args[2]) || IS_NONE(args[2])) return object_binary_op(thread, OPERATOR_POWER, args[0], args[1], result);
    bool all_ints = true, all_numbers = true;
    for (int i = 0; i < 3; i++) {
        all_ints &= bigint_is_integer(args[i]);
        all_numbers &= is_number(args[i]);
    }
    if (all_ints) return int_pow_modulo(thread, args[0], args[1], args[2], result);
    if (all_numbers)
        return error_set(thread, &type_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    bool found;
    if (!call_special(thread, args[0], thread->runtime->names.pow, 2, &args[1], result, &found)) return false;
    if (found && !IS_NOT_IMPLEMENTED(*result)) return true;
    return error_set(thread, &type_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                     value_type_name(args[0]), value_type_name(args[1]), value_type_name(args[2]));
}

/* ---- hex, oct, bin ---- */

/* "0x1f", "-0o17", "0b101": an integer in base 16, 8 or 2 with its prefix. */
static bool integer_with_prefix(Thread *thread, const char *name, int bits, char letter, int argc, Value *argv,
                                Tuple *kwnames, Value *result) {
    ArgSpec spec = {name, ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value value;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &value)) return false;
    if (value_is_instance(value, &type_int) && !IS_INT(value) && !IS_BOOL(value)) {
        char format_text[3] = {'#', letter, '\0'};
        Str *format_spec = str_from_c(thread, format_text), *text;
        if (format_spec == NULL || !object_format(thread, value, format_spec, &text)) return false;
        *result = OBJECT_VALUE(text);
        return true;
    }
    int64_t number;
    if (!value_as_index(thread, value, &number)) return false;
    uint64_t magnitude = number < 0 ? 0 - (uint64_t)number : (uint64_t)number;
    char buffer[72], *end = buffer + sizeof buffer, *cursor = end;
    do {
        *--cursor = "0123456789abcdef"[magnitude & ((1u << bits) - 1)];
        magnitude >>= bits;
    } while (magnitude > 0);
    *--cursor = letter;
    *--cursor = '0';
    if (number < 0) *--cursor = '-';
    Str *text = str_new(thread, cursor, (size_t)(end - cursor));
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static bool builtin_hex(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return integer_with_prefix(thread, "hex", 4, 'x', argc, argv, kwnames, result);
}

static bool builtin_oct(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return integer_with_prefix(thread, "oct", 3, 'o', argc, argv, kwnames, result);
}

static bool builtin_bin(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return integer_with_prefix(thread, "bin", 1, 'b', argc, argv, kwnames, result);
}

static const MethodDef numeric_functions[] = {
    {"abs", builtin_abs}, {"round", builtin_round}, {"divmod", builtin_divmod}, {"pow", builtin_pow},
    {"hex", builtin_hex}, {"oct", builtin_oct},     {"bin", builtin_bin},       {NULL, NULL},
};

bool builtins_numeric_init(Thread *thread, Dict *builtins) {
    Str *module_name = str_intern_c(thread, "builtins");
    return module_name != NULL && dict_add_natives(thread, builtins, numeric_functions, OBJECT_VALUE(module_name));
}
