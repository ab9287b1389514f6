/* eval.c: the dispatch loop.
 *
 * One function, eval_run, runs bytecode from an entry frame until that
 * frame returns (or, for a generator's frame, yields). Python-to-Python
 * calls push a frame and continue in the same loop, so Python recursion
 * never recurses in C. The instruction pointer, stack pointer and the
 * frame's constant and name arrays live in C locals; they are stored back
 * into the frame (SAVE_STATE) before anything that may run Python code or
 * collect, so the collector and tracebacks always see an up-to-date frame.
 *
 * Dispatch is computed goto under GCC and Clang, a switch elsewhere; both
 * are generated from the OPCODES X-macro (opcodes.h). Each instruction
 * tries a fast path for the exact built-in types and otherwise calls the
 * generic operation (ops.h) or a named slow path (eval_support.c). Errors
 * jump to one place that consults the exception table and unwinds. */
#include <stdlib.h>

#include "class.h"
#include "coroutine.h"
#include "dict.h"
#include "error.h"
#include "eval_call.h"
#include "eval_support.h"
#include "exception.h"
#include "gc.h"
#include "gil.h"
#include "generator.h"
#include "import.h"
#include "line_trace.h"
#include "list.h"
#include "number.h"
#include "opcodes.h"
#include "ops.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

/* The eval breaker: the one test made at check points, one relaxed load of
 * the Thread's word of EVAL_BREAKER_* bits (GIL drop request, pending
 * signal, pending collection...). Anything set sends the loop to
 * gil_check_point, which may collect, drop the GIL, or raise. */
#define EVAL_BREAKER(thread) atomic_load_explicit(&(thread)->eval_breaker, memory_order_relaxed)

/* ---- Fast paths ---- */

/* Truth of the immediates: 1 or 0, or -1 when object_truthy must decide. */
static inline int eval_truth_fast(Value value) {
    switch (value.tag) {
    case VALUE_BOOL: return AS_BOOL(value);
    case VALUE_NONE: return 0;
    case VALUE_INT: return AS_INT(value) != 0;
    case VALUE_FLOAT: return AS_FLOAT(value) != 0.0;
    default: return -1;
    }
}

/* Python's floor division and modulo of int64s; false when b is 0 or the
 * quotient overflows (the slow path raises). */
static inline bool eval_int_divmod(int64_t a, int64_t b, int64_t *quotient, int64_t *remainder) {
    if (b == 0 || (a == INT64_MIN && b == -1)) return false;
    int64_t q = a / b, r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        q--;
        r += b;
    }
    *quotient = q;
    *remainder = r;
    return true;
}

/* int OP int without leaving int64; false: let object_binary_op decide.
 * Each operator's in-place form (x += y) is its own case label, which spares
 * the fast paths a subtraction. */
#define EITHER_FORM(operator) \
    case operator:           \
    case operator + OPERATOR_INPLACE

static inline bool eval_int_binary(int op, int64_t a, int64_t b, Value *out) {
    int64_t r, unused;
    switch (op) {
    EITHER_FORM(OPERATOR_ADD): if (__builtin_add_overflow(a, b, &r)) return false; break;
    EITHER_FORM(OPERATOR_SUBTRACT): if (__builtin_sub_overflow(a, b, &r)) return false; break;
    EITHER_FORM(OPERATOR_MULTIPLY): if (__builtin_mul_overflow(a, b, &r)) return false; break;
    EITHER_FORM(OPERATOR_FLOOR_DIVIDE): if (!eval_int_divmod(a, b, &r, &unused)) return false; break;
    EITHER_FORM(OPERATOR_REMAINDER): if (!eval_int_divmod(a, b, &unused, &r)) return false; break;
    EITHER_FORM(OPERATOR_AND): r = a & b; break;
    EITHER_FORM(OPERATOR_OR): r = a | b; break;
    EITHER_FORM(OPERATOR_XOR): r = a ^ b; break;
    EITHER_FORM(OPERATOR_RSHIFT):
        if (b < 0) return false;
        r = b >= 64 ? (a < 0 ? -1 : 0) : a >> b;
        break;
    EITHER_FORM(OPERATOR_LSHIFT):
        if (b < 0 || b >= 63) return false;
        r = (int64_t)((uint64_t)a << b);
        if ((r >> b) != a) return false;
        break;
    EITHER_FORM(OPERATOR_TRUE_DIVIDE): {
        const int64_t exact = (int64_t)1 << 53;
        if (b == 0 || a > exact || a < -exact || b > exact || b < -exact) return false;
        *out = FLOAT_VALUE((double)a / (double)b);
        return true;
    }
    default: return false;
    }
    *out = INT_VALUE(r);
    return true;
}

/* float arithmetic when at least one side is a float and both are numbers. */
static inline bool eval_float_binary(int op, Value a, Value b, Value *out) {
    double x, y;
    if (IS_FLOAT(a)) x = AS_FLOAT(a);
    else if (IS_INT(a)) x = (double)AS_INT(a);
    else return false;
    if (IS_FLOAT(b)) y = AS_FLOAT(b);
    else if (IS_INT(b)) y = (double)AS_INT(b);
    else return false;
    switch (op) {
    EITHER_FORM(OPERATOR_ADD): *out = FLOAT_VALUE(x + y); return true;
    EITHER_FORM(OPERATOR_SUBTRACT): *out = FLOAT_VALUE(x - y); return true;
    EITHER_FORM(OPERATOR_MULTIPLY): *out = FLOAT_VALUE(x * y); return true;
    EITHER_FORM(OPERATOR_TRUE_DIVIDE):
        if (y == 0.0) return false;
        *out = FLOAT_VALUE(x / y);
        return true;
    default: return false;
    }
}

static inline bool eval_binary_fast(Thread *thread, int op, Value a, Value b, Value *out) {
    if (IS_INT(a) && IS_INT(b)) return eval_int_binary(op, AS_INT(a), AS_INT(b), out);
    if (IS_FLOAT(a) || IS_FLOAT(b)) return eval_float_binary(op, a, b, out);
    if ((op == OPERATOR_ADD || op == OPERATOR_ADD + OPERATOR_INPLACE) && value_is_exact(a, &type_str) &&
        value_is_exact(b, &type_str)) {
        Str *str = str_concat(thread, AS_STR(a), AS_STR(b));
        if (str == NULL) {
            error_clear(thread);
            return false; /* the slow path raises MemoryError itself */
        }
        *out = OBJECT_VALUE(str);
        return true;
    }
    return false;
}

/* Comparison of two ints, two floats or two exact strs. */
static inline bool eval_compare_fast(int op, Value a, Value b, Value *out) {
    int order;
    if (IS_INT(a) && IS_INT(b)) {
        order = AS_INT(a) < AS_INT(b) ? -1 : AS_INT(a) > AS_INT(b);
    } else if (IS_FLOAT(a) && IS_FLOAT(b)) {
        double x = AS_FLOAT(a), y = AS_FLOAT(b);
        if (x != x || y != y) {
            *out = BOOL_VALUE(op == COMPARE_NE);
            return true;
        }
        order = x < y ? -1 : x > y;
    } else if (value_is_exact(a, &type_str) && value_is_exact(b, &type_str)) {
        if (op == COMPARE_EQ || op == COMPARE_NE) {
            *out = BOOL_VALUE(str_equal(AS_STR(a), AS_STR(b)) == (op == COMPARE_EQ));
            return true;
        }
        order = str_compare(AS_STR(a), AS_STR(b));
    } else {
        return false;
    }
    bool r;
    switch (op) {
    case COMPARE_LT: r = order < 0; break;
    case COMPARE_LE: r = order <= 0; break;
    case COMPARE_EQ: r = order == 0; break;
    case COMPARE_NE: r = order != 0; break;
    case COMPARE_GT: r = order > 0; break;
    default: r = order >= 0; break;
    }
    *out = BOOL_VALUE(r);
    return true;
}

/* list[i] and tuple[i] with an int index in range. */
static inline bool eval_subscript_fast(Value container, Value key, Value *out) {
    if (!IS_INT(key) || !IS_OBJECT(container)) return false;
    int64_t index = AS_INT(key);
    Type *type = AS_OBJECT(container)->type;
    if (type == &type_list) {
        List *list = AS_LIST(container);
        if (index < 0) index += (int64_t)list->count;
        if (index < 0 || (uint64_t)index >= list->count) return false;
        *out = list->items[index];
        return true;
    }
    if (type == &type_tuple) {
        Tuple *tuple = AS_TUPLE(container);
        if (index < 0) index += (int64_t)tuple->count;
        if (index < 0 || (uint64_t)index >= tuple->count) return false;
        *out = tuple->items[index];
        return true;
    }
    return false;
}

/* The innermost exception-table entry covering instruction `index`. */
static const ExceptionTableEntry *eval_find_handler(const Code *code, uint32_t index) {
    for (uint32_t i = 0; i < code->exception_table_count; i++) {
        const ExceptionTableEntry *entry = &code->exception_table[i];
        if (index >= entry->start && index < entry->end) return entry;
    }
    return NULL;
}

static inline int eval_stack_base(const Code *code) { return code->local_count + code->cell_count + code->free_count; }

/* ---- The loop ---- */

#if defined(__GNUC__) && !defined(BATON_NO_COMPUTED_GOTO)
#define EVAL_COMPUTED_GOTO 1
#endif

#define ARG ((int)INSTRUCTION_ARGUMENT(word))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define SAVE_STATE() (frame->ip = ip, frame->stack_top = sp)
#define LOAD_FRAME()                                                                    \
    do {                                                                                \
        code = frame->code;                                                             \
        ip = frame->ip;                                                                 \
        sp = frame->stack_top;                                                          \
        locals = frame->slots;                                                          \
        consts = code->constants != NULL ? code->constants->items : NULL;               \
        names = code->names != NULL ? code->names->items : NULL;                        \
    } while (0)
#define NAME(i) AS_STR(names[i])
#define JUMP_TO(target) (ip = code->instructions + (target))
/* Leave the instruction with the exception already set. */
#define THROW()        \
    do {               \
        SAVE_STATE();  \
        goto error;    \
    } while (0)
/* Store the state, then run something that may call Python code. */
#define SLOW(call)            \
    do {                      \
        SAVE_STATE();         \
        if (!(call)) goto error; \
    } while (0)
#define CHECK_POINT()                                  \
    do {                                               \
        if (EVAL_BREAKER(thread)) {                    \
            SAVE_STATE();                              \
            if (!gil_check_point(thread)) goto error;  \
        }                                              \
    } while (0)
/* The extra check point of --switch-check=every, before each instruction:
 * it switches threads and handles signals, but leaves collections to the
 * real check points (under BATON_GC_STRESS a collection before every
 * instruction would take hours). */
#define SWITCH_CHECK()                                                              \
    do {                                                                            \
        if (EVAL_BREAKER(thread) & (EVAL_BREAKER_GIL_DROP | EVAL_BREAKER_SIGNAL)) { \
            SAVE_STATE();                                                           \
            if (!gil_check_point(thread)) goto error;                               \
        }                                                                           \
    } while (0)
/* What runs before every instruction when --switch-check=every or --trace
 * is on. The trace goes first: it reads frame->ip, which the switch check's
 * SAVE_STATE would overwrite (line_trace.h). */
#define CHECK_EVERY()                                                                   \
    do {                                                                               \
        if (runtime->line_trace != NULL) line_trace_instruction(thread, frame, ip - 1); \
        if (runtime->switch_check_every) SWITCH_CHECK();                               \
    } while (0)

#ifdef EVAL_COMPUTED_GOTO
#define CASE(name) op_##name:
#define DISPATCH()                                         \
    do {                                                   \
        word = *ip++;                                      \
        goto *dispatch_table[INSTRUCTION_OPCODE(word)];     \
    } while (0)
#else
#define CASE(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

bool eval_run(Thread *thread, Frame *entry, bool throwing, Value *result) {
    if (!eval_enter_native(thread)) {
        thread->call_depth--; /* the entry frame's own count */
        if (!entry->owned_by_generator) frame_pop(thread, entry);
        return false;
    }
#ifdef EVAL_COMPUTED_GOTO
#define EVAL_LABEL(name, effect, flags) &&op_##name,
    static const void *const opcode_table[OPCODE_COUNT] = {OPCODES(EVAL_LABEL)};
    /* What DISPATCH jumps through: opcode_table, or under
     * --switch-check=every or --trace a check before every opcode. Filled once,
     * by the main thread before any other thread exists; a static table
     * keeps the dispatch as fast as a constant one. */
    static const void *dispatch_table[OPCODE_COUNT] = {OPCODES(EVAL_LABEL)};
#undef EVAL_LABEL
    if (thread->runtime->switch_check_every || thread->runtime->line_trace != NULL)
        goto check_every_setup; /* kept out of the hot path */
after_check_every_setup:;
#else
    const bool check_every = thread->runtime->switch_check_every || thread->runtime->line_trace != NULL;
#endif
    Runtime *runtime = thread->runtime;
    entry->is_entry = true;
    entry->caller = thread->frame;
    thread->frame = entry;
    Frame *frame = entry;
    Code *code;
    const uint32_t *ip;
    Value *sp, *locals, *consts, *names;
    uint32_t word = 0;
    Tuple *call_kwnames = NULL; /* set by KW_NAMES for the next CALL */
    Value retval;
    LOAD_FRAME();
    if (throwing) goto error;
#ifdef EVAL_COMPUTED_GOTO
    DISPATCH();
check_every_setup:
    if (dispatch_table[0] != &&check_every)
        for (int i = 0; i < OPCODE_COUNT; i++) dispatch_table[i] = &&check_every;
    goto after_check_every_setup;
check_every:
    CHECK_EVERY();
    goto *opcode_table[INSTRUCTION_OPCODE(word)];
#else
dispatch:
    word = *ip++;
    if (check_every) CHECK_EVERY();
    switch ((Opcode)INSTRUCTION_OPCODE(word)) {
#endif

    /* --- Stack manipulation --- */
    CASE(NOP) DISPATCH();
    CASE(POP_TOP) {
        Value dropped = POP();
        /* A statement dropping a coroutine it never awaited: warn (coroutine.c). */
        if (value_is_exact(dropped, &type_coroutine)) {
            SAVE_STATE();
            coroutine_note_dropped(thread, frame, dropped);
        }
        DISPATCH();
    }
    CASE(PUSH_NULL) {
        PUSH(EMPTY_VALUE);
        DISPATCH();
    }
    CASE(COPY) {
        Value value = PEEK(ARG);
        PUSH(value);
        DISPATCH();
    }
    CASE(SWAP) {
        Value top = TOP();
        TOP() = PEEK(ARG);
        PEEK(ARG) = top;
        DISPATCH();
    }

    /* --- Constants and variables --- */
    CASE(LOAD_CONST) {
        PUSH(consts[ARG]);
        DISPATCH();
    }
    CASE(LOAD_FAST) {
        Value value = locals[ARG];
        if (IS_EMPTY(value)) {
            eval_unbound_local(thread, code, ARG);
            THROW();
        }
        PUSH(value);
        DISPATCH();
    }
    CASE(STORE_FAST) {
        locals[ARG] = POP();
        DISPATCH();
    }
    CASE(DELETE_FAST) {
        if (IS_EMPTY(locals[ARG])) {
            eval_unbound_local(thread, code, ARG);
            THROW();
        }
        locals[ARG] = EMPTY_VALUE;
        DISPATCH();
    }
    CASE(LOAD_DEREF) {
        Value value = AS_CELL(locals[code->local_count + ARG])->value;
        if (IS_EMPTY(value)) {
            eval_unbound_deref(thread, code, ARG);
            THROW();
        }
        PUSH(value);
        DISPATCH();
    }
    CASE(STORE_DEREF) {
        AS_CELL(locals[code->local_count + ARG])->value = POP();
        DISPATCH();
    }
    CASE(DELETE_DEREF) {
        Cell *cell = AS_CELL(locals[code->local_count + ARG]);
        if (IS_EMPTY(cell->value)) {
            eval_unbound_deref(thread, code, ARG);
            THROW();
        }
        cell->value = EMPTY_VALUE;
        DISPATCH();
    }
    CASE(LOAD_CLOSURE) {
        PUSH(locals[code->local_count + ARG]);
        DISPATCH();
    }
    CASE(LOAD_CLASSDEREF) {
        Value value = EMPTY_VALUE;
        if (frame->locals != NULL) value = dict_get_str(frame->locals, eval_deref_name(code, ARG));
        if (IS_EMPTY(value)) value = AS_CELL(locals[code->local_count + ARG])->value;
        if (IS_EMPTY(value)) {
            eval_unbound_deref(thread, code, ARG);
            THROW();
        }
        PUSH(value);
        DISPATCH();
    }
    CASE(LOAD_GLOBAL) {
        /* The memo answers while neither dict changed since (code.h). */
        GlobalCacheEntry *entry = code->global_cache != NULL ? &code->global_cache[ARG] : NULL;
        if (entry != NULL && entry->globals == frame->globals && entry->globals_version == frame->globals->version &&
            (entry->builtins == NULL || entry->builtins_version == entry->builtins->version)) {
            PUSH(entry->value);
            DISPATCH();
        }
        Value value;
        SLOW(eval_load_global(thread, frame, ARG, &value));
        PUSH(value);
        DISPATCH();
    }
    CASE(STORE_GLOBAL) {
        SLOW(dict_set_str(thread, frame->globals, NAME(ARG), TOP()));
        sp--;
        DISPATCH();
    }
    CASE(DELETE_GLOBAL) {
        if (!dict_delete_str(frame->globals, NAME(ARG))) {
            eval_name_error(thread, NAME(ARG));
            THROW();
        }
        DISPATCH();
    }
    CASE(LOAD_NAME) {
        Value value = EMPTY_VALUE;
        if (frame->locals != NULL) value = dict_get_str(frame->locals, NAME(ARG));
        if (IS_EMPTY(value)) value = dict_get_str(frame->globals, NAME(ARG));
        if (IS_EMPTY(value)) value = dict_get_str(frame->builtins, NAME(ARG));
        if (IS_EMPTY(value)) {
            eval_name_error(thread, NAME(ARG));
            THROW();
        }
        PUSH(value);
        DISPATCH();
    }
    CASE(STORE_NAME) {
        Dict *namespace = frame->locals != NULL ? frame->locals : frame->globals;
        SLOW(dict_set_str(thread, namespace, NAME(ARG), TOP()));
        sp--;
        DISPATCH();
    }
    CASE(DELETE_NAME) {
        Dict *namespace = frame->locals != NULL ? frame->locals : frame->globals;
        if (!dict_delete_str(namespace, NAME(ARG))) {
            eval_name_error(thread, NAME(ARG));
            THROW();
        }
        DISPATCH();
    }

    /* --- Attributes and items --- */
    CASE(LOAD_ATTR) {
        /* Fast paths write their result straight into the stack slot: a
         * temporary would be stored in halves and reloaded whole, a
         * store-forwarding stall on every instruction. Slow paths, which
         * may collect, keep their operands on the stack until they return. */
        Dict *instance_dict;
        DictEntry *cached = class_attribute_cached(code, ARG, TOP(), ATTRIBUTE_CACHE_LOAD, &instance_dict);
        if (cached != NULL) {
            TOP() = cached->value;
            DISPATCH();
        }
        if (!class_instance_attribute(code, ARG, TOP(), &TOP())) {
            Value value;
            SLOW(object_getattr(thread, TOP(), NAME(ARG), &value));
            TOP() = value;
        }
        DISPATCH();
    }
    CASE(STORE_ATTR) {
        Dict *instance_dict;
        DictEntry *cached = class_attribute_cached(code, ARG, TOP(), ATTRIBUTE_CACHE_STORE, &instance_dict);
        if (cached != NULL) {
            cached->value = PEEK(2);
            instance_dict->version++;
            sp -= 2;
            DISPATCH();
        }
        int stored = class_instance_store(thread, code, ARG, TOP(), PEEK(2));
        if (stored < 0) THROW();
        if (stored == 0) SLOW(object_setattr(thread, TOP(), NAME(ARG), PEEK(2)));
        sp -= 2;
        DISPATCH();
    }
    CASE(DELETE_ATTR) {
        SLOW(object_delattr(thread, TOP(), NAME(ARG)));
        sp--;
        DISPATCH();
    }
    CASE(LOAD_METHOD) {
        Value method;
        if (class_method_cached(code, ARG, TOP(), &method)) {
            Value self = TOP();
            TOP() = method;
            PUSH(self);
            DISPATCH();
        }
        bool needs_self = false;
        SLOW(class_load_method(thread, code, ARG, TOP(), &method, &needs_self));
        if (needs_self) {
            Value self = TOP();
            TOP() = method;
            PUSH(self);
        } else {
            TOP() = method;
            PUSH(EMPTY_VALUE);
        }
        DISPATCH();
    }
    CASE(BINARY_SUBSCR) {
        if (!eval_subscript_fast(PEEK(2), TOP(), &PEEK(2))) {
            Value container = PEEK(2), value = EMPTY_VALUE;
            if (value_is_exact(container, &type_dict)) SLOW(dict_get(thread, AS_DICT(container), TOP(), &value));
            if (IS_EMPTY(value)) SLOW(object_getitem(thread, container, TOP(), &value));
            PEEK(2) = value;
        }
        sp--;
        DISPATCH();
    }
    CASE(STORE_SUBSCR) {
        Value container = PEEK(2), key = TOP();
        if (value_is_exact(container, &type_list) && IS_INT(key)) {
            List *list = AS_LIST(container);
            int64_t index = AS_INT(key);
            if (index < 0) index += (int64_t)list->count;
            if (index >= 0 && (uint64_t)index < list->count) {
                list->items[index] = PEEK(3);
                sp -= 3;
                DISPATCH();
            }
        }
        if (value_is_exact(container, &type_dict)) SLOW(dict_set(thread, AS_DICT(container), key, PEEK(3)));
        else SLOW(object_setitem(thread, container, key, PEEK(3)));
        sp -= 3;
        DISPATCH();
    }
    CASE(DELETE_SUBSCR) {
        SLOW(object_delitem(thread, PEEK(2), TOP()));
        sp -= 2;
        DISPATCH();
    }
    CASE(BUILD_SLICE) {
        Value step = ARG == 3 ? POP() : NONE_VALUE;
        Slice *slice = slice_new(thread, PEEK(2), TOP(), step);
        if (slice == NULL) THROW();
        sp--;
        TOP() = OBJECT_VALUE(slice);
        DISPATCH();
    }

    /* --- Operators --- */
    CASE(UNARY_POSITIVE) {
        Value value;
        if (IS_INT(TOP()) || IS_FLOAT(TOP())) DISPATCH();
        SLOW(object_positive(thread, TOP(), &value));
        TOP() = value;
        DISPATCH();
    }
    CASE(UNARY_NEGATIVE) {
        Value value = TOP();
        if (IS_INT(value) && AS_INT(value) != INT64_MIN) TOP() = INT_VALUE(-AS_INT(value));
        else if (IS_FLOAT(value)) TOP() = FLOAT_VALUE(-AS_FLOAT(value));
        else {
            SLOW(object_negative(thread, value, &value));
            TOP() = value;
        }
        DISPATCH();
    }
    CASE(UNARY_NOT) {
        int truth = eval_truth_fast(TOP());
        if (truth < 0) {
            bool b;
            SLOW(object_truthy(thread, TOP(), &b));
            truth = b;
        }
        TOP() = BOOL_VALUE(!truth);
        DISPATCH();
    }
    CASE(UNARY_INVERT) {
        Value value = TOP();
        if (IS_INT(value)) TOP() = INT_VALUE(~AS_INT(value));
        else {
            SLOW(object_invert(thread, value, &value));
            TOP() = value;
        }
        DISPATCH();
    }
    CASE(BINARY_OP) {
        if (!eval_binary_fast(thread, ARG, PEEK(2), TOP(), &PEEK(2))) {
            Value value;
            SLOW(object_binary_op(thread, ARG, PEEK(2), TOP(), &value));
            PEEK(2) = value;
        }
        sp--;
        DISPATCH();
    }
    CASE(COMPARE_OP) {
        Value compared;
        if (!eval_compare_fast(ARG, PEEK(2), TOP(), &compared)) {
            SLOW(object_compare(thread, PEEK(2), TOP(), (CompareOperator)ARG, &compared));
            PEEK(2) = compared;
            sp--;
            DISPATCH();
        }
        /* A fast comparison is a bool; when a conditional jump takes it (an
         * `if` or a `while`), jump here and spare a dispatch. */
        uint32_t next = *ip;
        Opcode next_opcode = (Opcode)INSTRUCTION_OPCODE(next);
        bool jump_when = next_opcode == OP_POP_JUMP_IF_TRUE || next_opcode == OP_POP_JUMP_BACKWARD_IF_TRUE;
        if (jump_when || next_opcode == OP_POP_JUMP_IF_FALSE || next_opcode == OP_POP_JUMP_BACKWARD_IF_FALSE) {
            sp -= 2;
            ip++;
            if (AS_BOOL(compared) == jump_when) {
                JUMP_TO(INSTRUCTION_ARGUMENT(next));
                if (next_opcode == OP_POP_JUMP_BACKWARD_IF_TRUE || next_opcode == OP_POP_JUMP_BACKWARD_IF_FALSE)
                    CHECK_POINT();
            }
            DISPATCH();
        }
        PEEK(2) = compared;
        sp--;
        DISPATCH();
    }
    CASE(IS_OP) {
        bool same = value_is(PEEK(2), TOP());
        sp--;
        TOP() = BOOL_VALUE(same != (ARG == 1));
        DISPATCH();
    }
    CASE(CONTAINS_OP) {
        bool found;
        SLOW(object_contains(thread, TOP(), PEEK(2), &found));
        sp--;
        TOP() = BOOL_VALUE(found != (ARG == 1));
        DISPATCH();
    }

    /* --- Building values --- */
    CASE(BUILD_TUPLE) {
        Tuple *tuple = ARG == 0 ? runtime->empty_tuple : tuple_from_array(thread, sp - ARG, (size_t)ARG);
        if (tuple == NULL) THROW();
        sp -= ARG;
        PUSH(OBJECT_VALUE(tuple));
        DISPATCH();
    }
    CASE(BUILD_LIST) {
        List *list = list_from_array(thread, sp - ARG, (size_t)ARG);
        if (list == NULL) THROW();
        sp -= ARG;
        PUSH(OBJECT_VALUE(list));
        DISPATCH();
    }
    CASE(BUILD_SET) {
        Set *set = set_new(thread, &type_set);
        if (set == NULL) THROW();
        PUSH(OBJECT_VALUE(set)); /* rooted while hashing may run Python code */
        for (int i = ARG; i >= 1; i--) SLOW(set_add(thread, set, PEEK(i + 1)));
        sp -= ARG + 1;
        PUSH(OBJECT_VALUE(set));
        DISPATCH();
    }
    CASE(BUILD_MAP) {
        Dict *dict = dict_new(thread);
        if (dict == NULL) THROW();
        PUSH(OBJECT_VALUE(dict));
        for (int i = 2 * ARG; i >= 2; i -= 2) SLOW(dict_set(thread, dict, PEEK(i + 1), PEEK(i)));
        sp -= 2 * ARG + 1;
        PUSH(OBJECT_VALUE(dict));
        DISPATCH();
    }
    CASE(BUILD_STRING) {
        Value value;
        SLOW(eval_build_string(thread, sp - ARG, ARG, &value));
        sp -= ARG;
        PUSH(value);
        DISPATCH();
    }
    CASE(LIST_APPEND) {
        SLOW(list_append(thread, AS_LIST(PEEK(ARG + 1)), TOP()));
        sp--;
        DISPATCH();
    }
    CASE(SET_ADD) {
        SLOW(set_add(thread, AS_SET(PEEK(ARG + 1)), TOP()));
        sp--;
        DISPATCH();
    }
    CASE(MAP_ADD) {
        SLOW(dict_set(thread, AS_DICT(PEEK(ARG + 2)), PEEK(2), TOP()));
        sp -= 2;
        DISPATCH();
    }
    CASE(LIST_EXTEND) {
        SLOW(eval_list_extend(thread, AS_LIST(PEEK(ARG + 1)), TOP()));
        sp--;
        DISPATCH();
    }
    CASE(SET_UPDATE) {
        SLOW(set_update(thread, AS_SET(PEEK(ARG + 1)), TOP()));
        sp--;
        DISPATCH();
    }
    CASE(DICT_UPDATE) {
        SLOW(eval_dict_update(thread, AS_DICT(PEEK(ARG + 1)), TOP()));
        sp--;
        DISPATCH();
    }
    CASE(DICT_MERGE) {
        /* callable EMPTY args dict ... mapping: the callable names the call. */
        Value callable = PEEK(ARG + 3);
        if (!IS_EMPTY(PEEK(ARG + 2))) callable = PEEK(ARG + 2);
        SLOW(eval_dict_merge(thread, AS_DICT(PEEK(ARG + 1)), TOP(), callable));
        sp--;
        DISPATCH();
    }
    CASE(LIST_TO_TUPLE) {
        List *list = AS_LIST(TOP());
        Tuple *tuple = tuple_from_array(thread, list->items, list->count);
        if (tuple == NULL) THROW();
        TOP() = OBJECT_VALUE(tuple);
        DISPATCH();
    }
    CASE(FORMAT_VALUE) {
        Value spec = (ARG & 4) ? TOP() : EMPTY_VALUE;
        Value *value_slot = (ARG & 4) ? sp - 2 : sp - 1;
        Value value;
        SLOW(eval_format_value(thread, *value_slot, ARG & 3, spec, &value));
        sp = value_slot + 1;
        TOP() = value;
        DISPATCH();
    }
    CASE(UNPACK_SEQUENCE) {
        Value sequence = TOP();
        Tuple *tuple = value_is_exact(sequence, &type_tuple) ? AS_TUPLE(sequence) : NULL;
        if (tuple != NULL && tuple->count == (size_t)ARG) {
            sp--;
            for (int i = ARG - 1; i >= 0; i--) PUSH(tuple->items[i]);
        } else {
            SLOW(eval_unpack_sequence(thread, sequence, ARG, sp - 1));
            sp += ARG - 1;
        }
        DISPATCH();
    }
    CASE(UNPACK_EX) {
        int before = ARG & 0xFF, after = ARG >> 8;
        SLOW(eval_unpack_ex(thread, TOP(), before, after, sp - 1));
        sp += before + after;
        DISPATCH();
    }

    /* --- Control flow --- */
    CASE(JUMP_FORWARD) {
        JUMP_TO(ARG);
        DISPATCH();
    }
    CASE(JUMP_BACKWARD) {
        JUMP_TO(ARG);
        CHECK_POINT();
        DISPATCH();
    }
    CASE(POP_JUMP_IF_FALSE) {
        int truth = eval_truth_fast(TOP());
        if (truth < 0) {
            bool b;
            SLOW(object_truthy(thread, TOP(), &b));
            truth = b;
        }
        sp--;
        if (!truth) JUMP_TO(ARG);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_TRUE) {
        int truth = eval_truth_fast(TOP());
        if (truth < 0) {
            bool b;
            SLOW(object_truthy(thread, TOP(), &b));
            truth = b;
        }
        sp--;
        if (truth) JUMP_TO(ARG);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_NONE) {
        if (IS_NONE(POP())) JUMP_TO(ARG);
        DISPATCH();
    }
    CASE(POP_JUMP_IF_NOT_NONE) {
        if (!IS_NONE(POP())) JUMP_TO(ARG);
        DISPATCH();
    }
    CASE(POP_JUMP_BACKWARD_IF_FALSE) {
        int truth = eval_truth_fast(TOP());
        if (truth < 0) {
            bool b;
            SLOW(object_truthy(thread, TOP(), &b));
            truth = b;
        }
        sp--;
        if (!truth) {
            JUMP_TO(ARG);
            CHECK_POINT();
        }
        DISPATCH();
    }
    CASE(POP_JUMP_BACKWARD_IF_TRUE) {
        int truth = eval_truth_fast(TOP());
        if (truth < 0) {
            bool b;
            SLOW(object_truthy(thread, TOP(), &b));
            truth = b;
        }
        sp--;
        if (truth) {
            JUMP_TO(ARG);
            CHECK_POINT();
        }
        DISPATCH();
    }
    CASE(POP_JUMP_BACKWARD_IF_NONE) {
        if (IS_NONE(POP())) {
            JUMP_TO(ARG);
            CHECK_POINT();
        }
        DISPATCH();
    }
    CASE(POP_JUMP_BACKWARD_IF_NOT_NONE) {
        if (!IS_NONE(POP())) {
            JUMP_TO(ARG);
            CHECK_POINT();
        }
        DISPATCH();
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
        int truth = eval_truth_fast(TOP());
        if (truth < 0) {
            bool b;
            SLOW(object_truthy(thread, TOP(), &b));
            truth = b;
        }
        if (!truth) JUMP_TO(ARG);
        else sp--;
        DISPATCH();
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
        int truth = eval_truth_fast(TOP());
        if (truth < 0) {
            bool b;
            SLOW(object_truthy(thread, TOP(), &b));
            truth = b;
        }
        if (truth) JUMP_TO(ARG);
        else sp--;
        DISPATCH();
    }
    CASE(GET_ITER) {
        Value iterator;
        SLOW(object_get_iter(thread, TOP(), &iterator));
        TOP() = iterator;
        DISPATCH();
    }
    CASE(FOR_ITER) {
        Value iterator = TOP(), item;
        if (value_is_exact(iterator, &type_range_iterator)) {
            RangeIterator *range = (RangeIterator *)AS_OBJECT(iterator);
            if (range->remaining > 0) {
                range->remaining--;
                PUSH(INT_VALUE(range->next));
                range->next += range->step;
            } else {
                sp--;
                JUMP_TO(ARG);
            }
            DISPATCH();
        }
        if (value_is_exact(iterator, &type_generator)) {
            bool returned;
            SLOW(generator_resume(thread, (Generator *)AS_OBJECT(iterator), NONE_VALUE, false, &item, &returned));
            if (returned) item = EMPTY_VALUE;
        } else {
            SLOW(object_iter_next(thread, iterator, &item));
        }
        if (IS_EMPTY(item)) {
            sp--;
            JUMP_TO(ARG);
        } else {
            PUSH(item);
        }
        DISPATCH();
    }
    CASE(RETURN_VALUE) {
        retval = POP();
        goto return_value;
    }

    /* --- Functions, calls, classes --- */
    CASE(RESUME) {
        CHECK_POINT();
        DISPATCH();
    }
    CASE(MAKE_FUNCTION) {
        int extras = ((ARG & 1) != 0) + ((ARG & 2) != 0) + ((ARG & 4) != 0) + ((ARG & 8) != 0);
        Value function;
        if (!eval_make_function(thread, AS_CODE(TOP()), frame->globals, (uint32_t)ARG, sp - 1 - extras, &function))
            THROW();
        sp -= extras;
        TOP() = function;
        DISPATCH();
    }
    CASE(KW_NAMES) {
        call_kwnames = AS_TUPLE(consts[ARG]);
        DISPATCH();
    }
    CASE(CALL) {
        Value *base = sp - ARG - 2; /* callable, self or EMPTY, arguments */
        Tuple *kwnames = call_kwnames;
        call_kwnames = NULL;
        int argc = ARG - (kwnames != NULL ? (int)kwnames->count : 0);
        Value *args = base + 2;
        Value callable = base[0];
        if (!IS_EMPTY(base[1])) {
            args--, argc++;
        } else if (value_is_exact(callable, &type_method)) {
            /* A bound method: its self takes the free slot, no copying. */
            base[1] = AS_BOUND_METHOD(callable)->self;
            callable = base[0] = AS_BOUND_METHOD(callable)->function;
            args--, argc++;
        }
        CHECK_POINT();
        SAVE_STATE();
        if (value_is_exact(callable, &type_function)) {
            Frame *callee = kwnames == NULL ? eval_push_plain_frame(thread, AS_FUNCTION(callable), argc, args) : NULL;
            if (callee == NULL) callee = eval_bind_frame(thread, AS_FUNCTION(callable), argc, args, kwnames);
            if (callee == NULL) goto error;
            frame->stack_top = base;
            thread->frame = callee;
            frame = callee;
            LOAD_FRAME();
            DISPATCH();
        }
        if (value_is_exact(callable, &type_type) && IS_EMPTY(base[1])) {
            /* C(...) with object.__new__ and a Python __init__: the instance
             * waits in the callable slot while __init__ runs in this loop. */
            Value instance, init;
            int plain = class_plain_construct(thread, AS_TYPE(callable), &instance, &init);
            if (plain < 0) goto error;
            if (plain > 0) {
                base[0] = base[1] = instance;
                Frame *callee = eval_prepare_frame(thread, AS_FUNCTION(init), argc + 1, base + 1, kwnames);
                if (callee == NULL) goto error;
                callee->is_constructor = true;
                frame->stack_top = base + 1;
                thread->frame = callee;
                frame = callee;
                LOAD_FRAME();
                DISPATCH();
            }
        }
        bool ok;
        if (value_is_exact(callable, &type_type)) {
            /* str(x), int(s), list(...), a class with its own __new__: what
             * object_call would reach for a class, without the way there. */
            ok = class_type_call(thread, AS_TYPE(callable), argc, args, kwnames, &retval);
        } else if (value_is_exact(callable, &type_native_function) && !IS_EMPTY(AS_NATIVE(callable)->self) &&
                   args == base + 2) {
            base[1] = AS_NATIVE(callable)->self;
            ok = AS_NATIVE(callable)->function(thread, argc + 1, base + 1, kwnames, &retval);
        } else {
            ok = eval_call(thread, callable, argc, args, kwnames, &retval);
        }
        if (!ok) goto error;
        sp = base;
        PUSH(retval);
        DISPATCH();
    }
    CASE(CALL_FUNCTION_EX) {
        int has_kwargs = ARG & 1;
        Value *base = sp - 3 - has_kwargs; /* callable, EMPTY, args, [kwargs] */
        Value callable = base[0];
        CHECK_POINT();
        SAVE_STATE();
        EvalCallArgs call;
        bool ok = eval_prepare_call_ex(thread, callable, &base[2], has_kwargs ? TOP() : EMPTY_VALUE, &call);
        if (ok && value_is_exact(callable, &type_function)) {
            Frame *callee = eval_prepare_frame(thread, AS_FUNCTION(callable), call.argc, call.argv, call.kwnames);
            free(call.argv);
            if (callee == NULL) goto error;
            frame->stack_top = base;
            thread->frame = callee;
            frame = callee;
            LOAD_FRAME();
            DISPATCH();
        }
        if (ok && call.kwnames != NULL) ok = gc_push_root(thread, OBJECT_VALUE(call.kwnames));
        if (ok) {
            ok = eval_call(thread, callable, call.argc, call.argv, call.kwnames, &retval);
            if (call.kwnames != NULL) gc_pop_roots(thread, 1);
        }
        free(call.argv);
        if (!ok) goto error;
        sp = base;
        PUSH(retval);
        DISPATCH();
    }
    CASE(LOAD_BUILD_CLASS) {
        Value build_class = dict_get_str(frame->builtins, runtime->names.build_class);
        if (IS_EMPTY(build_class)) {
            error_set(thread, &type_NameError, "__build_class__ not found");
            THROW();
        }
        PUSH(build_class);
        DISPATCH();
    }
    CASE(IMPORT_NAME) {
        Value module;
        int64_t level = IS_INT(PEEK(2)) ? AS_INT(PEEK(2)) : 0;
        SLOW(import_name(thread, NAME(ARG), TOP(), level, frame->globals, &module));
        sp--;
        TOP() = module;
        DISPATCH();
    }
    CASE(IMPORT_FROM) {
        Value value;
        SLOW(import_from(thread, TOP(), NAME(ARG), &value));
        PUSH(value);
        DISPATCH();
    }
    CASE(SETUP_ANNOTATIONS) {
        Dict *namespace = frame->locals != NULL ? frame->locals : frame->globals;
        if (IS_EMPTY(dict_get_str(namespace, runtime->names.annotations))) {
            Dict *annotations = dict_new(thread);
            if (annotations == NULL) THROW();
            SLOW(dict_set_str(thread, namespace, runtime->names.annotations, OBJECT_VALUE(annotations)));
        }
        DISPATCH();
    }
    CASE(PRINT_EXPR) {
        SLOW(eval_print_expr(thread, TOP()));
        sp--;
        DISPATCH();
    }

    /* --- Exceptions --- */
    CASE(RAISE_VARARGS) {
        SAVE_STATE();
        if (ARG == 0) {
            eval_reraise_handled(thread);
            goto unwind; /* a bare raise keeps the traceback as it is */
        }
        Value cause = ARG == 2 ? TOP() : EMPTY_VALUE;
        eval_raise(thread, PEEK(ARG), cause);
        sp -= ARG;
        THROW();
    }
    CASE(PUSH_EXC_INFO) {
        Value exception = TOP();
        TOP() = thread->handled_exception;
        PUSH(exception);
        thread->handled_exception = exception;
        DISPATCH();
    }
    CASE(POP_EXCEPT) {
        thread->handled_exception = POP();
        DISPATCH();
    }
    CASE(RERAISE) {
        error_set_object(thread, POP());
        SAVE_STATE();
        goto unwind;
    }
    CASE(CHECK_EXC_MATCH) {
        bool match;
        SLOW(eval_exception_matches(thread, PEEK(2), TOP(), &match));
        TOP() = BOOL_VALUE(match);
        DISPATCH();
    }
    CASE(LOAD_ASSERTION_ERROR) {
        PUSH(OBJECT_VALUE(&type_AssertionError));
        DISPATCH();
    }
    CASE(BEFORE_WITH) {
        Value exit, enter;
        SLOW(eval_before_with(thread, TOP(), &exit, &enter));
        Value manager = TOP();
        TOP() = exit;
        PUSH(manager); /* stays rooted during __enter__ */
        SLOW(eval_call_special(thread, enter, manager, 0, NULL, &retval));
        TOP() = retval;
        DISPATCH();
    }
    CASE(WITH_EXCEPT_START) {
        /* exit lasti prev exc -> ... exit(type(exc), exc, traceback) */
        Value exception = TOP();
        Value arguments[3] = {OBJECT_VALUE(value_type(exception)), exception,
                              IS_EXCEPTION(exception) ? AS_EXCEPTION(exception)->traceback : NONE_VALUE};
        if (IS_EMPTY(arguments[2])) arguments[2] = NONE_VALUE;
        SLOW(eval_call(thread, PEEK(4), 3, arguments, NULL, &retval));
        PUSH(retval);
        DISPATCH();
    }

    /* --- Generators and coroutines --- */
    CASE(RETURN_GENERATOR) {
        SAVE_STATE();
        Generator *generator = generator_new(thread, frame);
        if (generator == NULL) goto error;
        retval = OBJECT_VALUE(generator);
        goto return_value;
    }
    CASE(YIELD_VALUE) {
        retval = POP();
        SAVE_STATE();
        if (!frame->owned_by_generator) {
            error_set(thread, &type_SystemError, "yield outside a generator frame");
            goto error;
        }
        generator_from_frame(frame)->state = GENERATOR_SUSPENDED;
        thread->call_depth--;
        thread->frame = frame->caller;
        eval_leave_native(thread);
        *result = retval;
        return true;
    }
    CASE(GET_YIELD_FROM_ITER) {
        if (value_is_exact(TOP(), &type_coroutine)) {
            error_set(thread, &type_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            THROW();
        }
        if (!value_is_exact(TOP(), &type_generator)) {
            Value iterator;
            SLOW(object_get_iter(thread, TOP(), &iterator));
            TOP() = iterator;
        }
        DISPATCH();
    }
    CASE(SEND) {
        /* receiver sent -> receiver yielded, or the return value and a jump */
        Value value;
        bool returned;
        SLOW(generator_send_to(thread, PEEK(2), TOP(), &value, &returned));
        if (returned) {
            sp--;
            TOP() = value;
            JUMP_TO(ARG);
        } else {
            TOP() = value;
        }
        DISPATCH();
    }
    CASE(GET_AWAITABLE) {
        Value iterator;
        SLOW(coroutine_get_awaitable(thread, TOP(), ARG, &iterator));
        TOP() = iterator;
        DISPATCH();
    }
    CASE(BEFORE_ASYNC_WITH) {
        /* As BEFORE_WITH, with __aenter__/__aexit__: GET_AWAITABLE follows. */
        Value exit, enter;
        SLOW(coroutine_before_async_with(thread, TOP(), &exit, &enter));
        Value manager = TOP();
        TOP() = exit;
        PUSH(manager); /* stays rooted during __aenter__ */
        SLOW(eval_call_special(thread, enter, manager, 0, NULL, &retval));
        TOP() = retval;
        DISPATCH();
    }
    CASE(GET_AITER) {
        Value iterator;
        SLOW(coroutine_get_aiter(thread, TOP(), &iterator));
        TOP() = iterator;
        DISPATCH();
    }
    CASE(GET_ANEXT) {
        Value awaitable;
        SLOW(coroutine_get_anext(thread, TOP(), &awaitable));
        PUSH(awaitable);
        DISPATCH();
    }
    CASE(END_ASYNC_FOR) {
        /* aiter exception -> (StopAsyncIteration ends the loop; else re-raise) */
        if (value_is_instance(TOP(), &type_StopAsyncIteration)) {
            sp -= 2;
            DISPATCH();
        }
        error_set_object(thread, POP());
        SAVE_STATE();
        goto unwind;
    }
    CASE(ASYNC_GEN_WRAP) {
        Value wrapped;
        if (!async_generator_wrap(thread, TOP(), &wrapped)) THROW();
        TOP() = wrapped;
        DISPATCH();
    }
#ifndef EVAL_COMPUTED_GOTO
    default:
        error_set(thread, &type_SystemError, "unknown opcode %d", (int)INSTRUCTION_OPCODE(word));
        THROW();
    }
#endif

return_value:
    /* retval goes to the caller, or out of the loop from the entry frame. */
    {
        Frame *finished = frame;
        Frame *caller = finished->caller;
        bool is_entry = finished->is_entry;
        bool finished_is_constructor = finished->is_constructor;
        thread->call_depth--;
        thread->frame = caller;
        frame_pop(thread, finished);
        if (is_entry) {
            eval_leave_native(thread);
            *result = retval;
            return true;
        }
        frame = caller;
        LOAD_FRAME();
        if (finished_is_constructor) {
            /* The instance is already on the caller's stack. */
            if (!IS_NONE(retval)) {
                error_set(thread, &type_TypeError, "__init__() should return None, not '%s'", value_type_name(retval));
                SAVE_STATE();
                goto error;
            }
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

error:
    /* A new exception in this frame (state saved): record where. */
    eval_set_context(thread);
    exception_add_traceback(thread, thread->exception, code, frame_instruction_index(frame));
unwind:
    for (;;) {
        uint32_t index = frame_instruction_index(frame);
        const ExceptionTableEntry *handler = eval_find_handler(code, index);
        if (handler != NULL) {
            sp = locals + eval_stack_base(code) + handler->depth;
            if (handler->push_last_index) PUSH(INT_VALUE(index));
            PUSH(error_fetch(thread));
            JUMP_TO(handler->target);
            call_kwnames = NULL;
            DISPATCH();
        }
        Frame *finished = frame;
        Frame *caller = finished->caller;
        bool is_entry = finished->is_entry;
        thread->call_depth--;
        thread->frame = caller;
        frame_pop(thread, finished);
        if (is_entry) {
            eval_leave_native(thread);
            return false;
        }
        frame = caller;
        LOAD_FRAME();
        exception_add_traceback(thread, thread->exception, code, frame_instruction_index(frame));
    }
}
