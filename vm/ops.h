/* ops.h: the generic object protocol, used by the VM and every built-in.
 *
 * Each operation does what the matching Python syntax or builtin does: fast
 * paths for the built-in types, then the dunder methods found on the type
 * (type_lookup), with CPython's fallbacks (reflected operators, __eq__ by
 * identity, __iter__ over __getitem__...) and CPython's error messages. All
 * may run Python code, so all may fail: false means an exception is set. */
#ifndef BATON_OPS_H
#define BATON_OPS_H

#include "runtime.h"

struct Str;
struct Tuple;

/* Comparison operators, CPython's numbering (COMPARE_OP's argument). */
typedef enum CompareOperator {
    COMPARE_LT = 0, COMPARE_LE = 1, COMPARE_EQ = 2, COMPARE_NE = 3, COMPARE_GT = 4, COMPARE_GE = 5,
} CompareOperator;

/* str(), repr(), ascii-free: results are always exact str objects. */
bool object_str(Thread *thread, Value value, struct Str **result);
bool object_repr(Thread *thread, Value value, struct Str **result);
/* format(value, spec) */
bool object_format(Thread *thread, Value value, struct Str *spec, struct Str **result);

bool object_hash(Thread *thread, Value value, int64_t *result);
bool object_truthy(Thread *thread, Value value, bool *result);
/* a == b as a bool (identity first, as containers compare). */
bool object_equal(Thread *thread, Value a, Value b, bool *result);
/* Rich comparison producing any value (a < b may return anything). */
bool object_compare(Thread *thread, Value a, Value b, CompareOperator op, Value *result);
/* Rich comparison reduced to a bool (sorting, min/max). */
bool object_compare_bool(Thread *thread, Value a, Value b, CompareOperator op, bool *result);

/* a OP b for BINARY_OP (op is a BinaryOperator, in-place forms included). */
bool object_binary_op(Thread *thread, int op, Value a, Value b, Value *result);
bool object_negative(Thread *thread, Value value, Value *result);
bool object_positive(Thread *thread, Value value, Value *result);
bool object_invert(Thread *thread, Value value, Value *result);

bool object_getattr(Thread *thread, Value object, struct Str *name, Value *result);
/* getattr with a default: *result EMPTY (no error) if the attribute is absent. */
bool object_getattr_optional(Thread *thread, Value object, struct Str *name, Value *result);
bool object_setattr(Thread *thread, Value object, struct Str *name, Value value);
bool object_delattr(Thread *thread, Value object, struct Str *name);

bool object_getitem(Thread *thread, Value container, Value key, Value *result);
bool object_setitem(Thread *thread, Value container, Value key, Value value);
bool object_delitem(Thread *thread, Value container, Value key);
bool object_contains(Thread *thread, Value container, Value item, bool *result);
bool object_length(Thread *thread, Value value, int64_t *result);

/* iter(value) */
bool object_get_iter(Thread *thread, Value value, Value *iterator);
/* next(iterator): *item is EMPTY (and no exception) when exhausted. */
bool object_iter_next(Thread *thread, Value iterator, Value *item);

/* Call any callable. argv: argc positional values, then one value per name
 * in kwnames (may be NULL). Runs Python code in a nested dispatch loop. */
bool object_call(Thread *thread, Value callable, int argc, Value *argv, struct Tuple *kwnames, Value *result);
/* Call the method `name` of `object` with argc arguments. */
bool object_call_method(Thread *thread, Value object, struct Str *name, int argc, Value *argv, Value *result);
bool object_is_callable(Value value);
/* Call callable(self, *argv, **kwargs) without making a bound method
 * (methods found on a type, bound methods, natives with a bound self). */
bool object_call_with_self(Thread *thread, Value callable, Value self, int argc, Value *argv, struct Tuple *kwnames,
                           Value *result);
/* Call the dunder `name` found on type(value) as value.name(*argv). Sets
 * *found false (no error) when the type has no such attribute. */
bool object_call_dunder(Thread *thread, Value value, struct Str *name, int argc, Value *argv, Value *result,
                        bool *found);

/* Guard C code that can recurse through nested containers (repr, hash,
 * comparisons) against C stack exhaustion, as CPython's
 * Py_EnterRecursiveCall: counts one level on thread->call_depth and
 * native_depth, as a nested dispatch loop does, and raises RecursionError
 * "maximum recursion depth exceeded<where>" past the limits. Every true
 * must be matched by object_leave_recursion. */
bool object_enter_recursion(Thread *thread, const char *where);
void object_leave_recursion(Thread *thread);

/* Guard reprs of containers that contain themselves (as Py_ReprEnter):
 * returns 1 if `container` is already being printed on this thread (print
 * "[...]" / "{...}"), 0 if it is now entered, -1 on MemoryError. Every
 * 0 must be matched by object_repr_leave. */
int object_repr_enter(Thread *thread, Value container);
void object_repr_leave(Thread *thread, Value container);

/* isinstance(value, classinfo) with tuples of classes. */
bool object_isinstance(Thread *thread, Value value, Value classinfo, bool *result);
/* issubclass(cls, classinfo) with tuples of classes. */
bool object_issubclass(Thread *thread, Value cls, Value classinfo, bool *result);

/* The "iterator" type that walks an old-style sequence (one with
 * __getitem__ but no __iter__) by index until IndexError. */
extern Type type_sequence_iterator;

void object_init_type(Thread *thread);

#endif
