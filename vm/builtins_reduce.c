/* builtins_reduce.c: the builtins that consume a whole iterable: sum, min,
 * max, any, all, sorted.
 *
 * Each loop pulls items with object_iter_next, which can run Python code
 * (and so the collector): the iterator and the running result are kept in
 * temporary roots, the result's root slot rewritten as it changes. */
#include "builtins.h"

#include "bytes.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* Replace a value pushed with gc_push_root at index `slot`. */
static void root_set(Thread *thread, int slot, Value value) { thread->roots[slot] = value; }

/* sum(iterable, /, start=0): plain left-to-right addition, as 3.11 does. */
static bool builtin_sum(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"iterable", "start", NULL};
    static const ArgSpec spec = {"sum", ARGS_CLINIC, 1, 2, params, 1, 0, NULL};
    Value args[2], iterator;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    Value total = IS_EMPTY(args[1]) ? INT_VALUE(0) : args[1];
    if (IS_STR(total)) return error_set(thread, &type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (value_is_instance(total, &type_bytes))
        return error_set(thread, &type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (value_is_instance(total, &type_bytearray))
        return error_set(thread, &type_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    if (!object_get_iter(thread, args[0], &iterator)) return false;
    int slot = thread->root_count;
    if (!gc_push_root(thread, iterator) || !gc_push_root(thread, total)) return false;
    bool ok;
    for (;;) {
        Value item;
        if (!(ok = object_iter_next(thread, iterator, &item)) || IS_EMPTY(item)) break;
        int64_t sum;
        if (IS_INT(total) && IS_INT(item) && !__builtin_add_overflow(AS_INT(total), AS_INT(item), &sum)) {
            total = INT_VALUE(sum);
        } else if (!(ok = object_binary_op(thread, OPERATOR_ADD, total, item, &total))) {
            break;
        }
        root_set(thread, slot + 1, total);
    }
    gc_pop_roots(thread, 2);
    *result = total;
    return ok;
}

/* The state of a min() or max() scan. */
typedef struct Extreme {
    CompareOperator op; /* COMPARE_LT for min, COMPARE_GT for max */
    Value key;          /* the key function, or EMPTY */
    int slot;           /* root slots: [slot] best item, [slot + 1] its key */
    bool found;
} Extreme;

/* Consider one candidate: keep it if it beats the best so far. */
static bool extreme_consider(Thread *thread, Extreme *extreme, Value item) {
    Value item_key = item;
    if (!IS_EMPTY(extreme->key)) {
        if (!gc_push_root(thread, item)) return false;
        bool ok = object_call(thread, extreme->key, 1, &item, NULL, &item_key);
        gc_pop_roots(thread, 1);
        if (!ok) return false;
    }
    bool better = !extreme->found;
    if (!better) {
        if (!gc_push_root(thread, item) || !gc_push_root(thread, item_key)) return false;
        bool ok = object_compare_bool(thread, item_key, thread->roots[extreme->slot + 1], extreme->op, &better);
        gc_pop_roots(thread, 2);
        if (!ok) return false;
    }
    if (better) {
        root_set(thread, extreme->slot, item);
        root_set(thread, extreme->slot + 1, item_key);
        extreme->found = true;
    }
    return true;
}

static bool extreme_scan_iterable(Thread *thread, Extreme *extreme, Value iterable) {
    Value iterator;
    if (!object_get_iter(thread, iterable, &iterator) || !gc_push_root(thread, iterator)) return false;
    bool ok;
    for (;;) {
        Value item;
        if (!(ok = object_iter_next(thread, iterator, &item)) || IS_EMPTY(item)) break;
        if (!(ok = extreme_consider(thread, extreme, item))) break;
    }
    gc_pop_roots(thread, 1);
    return ok;
}

/* min() and max(): one iterable, or several positional arguments. */
static bool min_max(Thread *thread, const ArgSpec *spec, CompareOperator op, int argc, Value *argv, Tuple *kwnames,
                    Value *result) {
    Value keywords[2]; /* key, default */
    if (!builtins_parse_args(thread, spec, argc, argv, kwnames, keywords)) return false;
    if (argc > 1 && !IS_EMPTY(keywords[1]))
        return error_set(thread, &type_TypeError,
                         "Cannot specify a default for %s() with multiple positional arguments", spec->name);
    Extreme extreme = {op, IS_NONE(keywords[0]) ? EMPTY_VALUE : keywords[0], thread->root_count, false};
    if (!gc_push_root(thread, NONE_VALUE) || !gc_push_root(thread, NONE_VALUE)) return false;
    bool ok = true;
    if (argc == 1) ok = extreme_scan_iterable(thread, &extreme, argv[0]);
    for (int i = 0; argc > 1 && i < argc && ok; i++) ok = extreme_consider(thread, &extreme, argv[i]);
    *result = thread->roots[extreme.slot];
    gc_pop_roots(thread, 2);
    if (!ok || extreme.found) return ok;
    if (!IS_EMPTY(keywords[1])) {
        *result = keywords[1];
        return true;
    }
    return error_set(thread, &type_ValueError, "%s() arg is an empty sequence", spec->name);
}

static const char *const min_max_params[] = {"key", "default", NULL};

static bool builtin_min(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"min", ARGS_EXPECTED, 1, -1, min_max_params, 0, 2, NULL};
    return min_max(thread, &spec, COMPARE_LT, argc, argv, kwnames, result);
}

static bool builtin_max(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"max", ARGS_EXPECTED, 1, -1, min_max_params, 0, 2, NULL};
    return min_max(thread, &spec, COMPARE_GT, argc, argv, kwnames, result);
}

/* any() and all(): stop at the first item whose truth is `stop_on`. */
static bool any_all(Thread *thread, const ArgSpec *spec, bool stop_on, int argc, Value *argv, Tuple *kwnames,
                    Value *result) {
    Value iterable, iterator;
    if (!builtins_parse_args(thread, spec, argc, argv, kwnames, &iterable) ||
        !object_get_iter(thread, iterable, &iterator) || !gc_push_root(thread, iterator))
        return false;
    bool ok, answer = !stop_on;
    for (;;) {
        Value item;
        bool truth;
        if (!(ok = object_iter_next(thread, iterator, &item)) || IS_EMPTY(item)) break;
        if (!(ok = object_truthy(thread, item, &truth))) break;
        if (truth == stop_on) {
            answer = stop_on;
            break;
        }
    }
    gc_pop_roots(thread, 1);
    *result = BOOL_VALUE(answer);
    return ok;
}

static bool builtin_any(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"any", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    return any_all(thread, &spec, true, argc, argv, kwnames, result);
}

static bool builtin_all(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"all", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    return any_all(thread, &spec, false, argc, argv, kwnames, result);
}

/* sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by
 * list.sort, whose keyword errors it also borrows ("for sort()"). */
static bool builtin_sorted(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"iterable", "key", "reverse", NULL};
    static const ArgSpec spec = {"sorted", ARGS_EXPECTED, 1, 1, params, 1, 2, "sort"};
    Value args[3];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    int64_t reverse = 0;
    if (!IS_EMPTY(args[2]) && !value_as_index(thread, args[2], &reverse)) return false;
    Value key = IS_NONE(args[1]) ? EMPTY_VALUE : args[1];
    List *list = list_new(thread, 0);
    if (list == NULL || !gc_push_root(thread, OBJECT_VALUE(list))) return false;
    bool ok = list_extend(thread, list, args[0]) && list_sort(thread, list, key, reverse != 0);
    gc_pop_roots(thread, 1);
    *result = OBJECT_VALUE(list);
    return ok;
}

static const MethodDef reduce_functions[] = {
    {"sum", builtin_sum}, {"min", builtin_min}, {"max", builtin_max},       {"any", builtin_any},
    {"all", builtin_all}, {"sorted", builtin_sorted}, {NULL, NULL},
};

bool builtins_reduce_init(Thread *thread, Dict *builtins) {
    Str *module_name = str_intern_c(thread, "builtins");
    return module_name != NULL && dict_add_natives(thread, builtins, reduce_functions, OBJECT_VALUE(module_name));
}
