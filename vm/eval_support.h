/* eval_support.h: the dispatch loop's slow paths (eval_support.c), private
 * to the VM engineer's files. Every function returns false with an
 * exception set on failure. */
#ifndef BATON_EVAL_SUPPORT_H
#define BATON_EVAL_SUPPORT_H

#include "eval_call.h"

struct Dict;
struct List;
struct Str;
struct Tuple;

/* NameError / UnboundLocalError texts, as CPython 3.11. */
bool eval_name_error(Thread *thread, struct Str *name);
/* LOAD_GLOBAL's slow path: look co_names[index] up in the frame's globals,
 * then builtins (NameError if absent), and remember where in the code's
 * memo for the fast path. */
bool eval_load_global(Thread *thread, Frame *frame, uint32_t index, Value *value);
bool eval_unbound_local(Thread *thread, Code *code, int index);
bool eval_unbound_deref(Thread *thread, Code *code, int index);
struct Str *eval_deref_name(Code *code, int index);

/* UNPACK_SEQUENCE: write `count` items to out[0..count), first item last. */
bool eval_unpack_sequence(Thread *thread, Value sequence, int count, Value *out);
/* UNPACK_EX: write after-items, the starred list, then before-items. */
bool eval_unpack_ex(Thread *thread, Value sequence, int before, int after, Value *out);

/* Give thread->exception its implicit __context__ (the handled exception). */
void eval_set_context(Thread *thread);
/* RAISE_VARARGS 1 and 2 (cause EMPTY for none). Always false. */
bool eval_raise(Thread *thread, Value exception, Value cause);
/* A bare `raise`. Always false. */
bool eval_reraise_handled(Thread *thread);
/* CHECK_EXC_MATCH. */
bool eval_exception_matches(Thread *thread, Value exception, Value classes, bool *match);

/* Call a special method found on a type with `self` first (argc <= 7). */
bool eval_call_special(Thread *thread, Value descriptor, Value self, int argc, Value *argv, Value *result);
/* BEFORE_WITH: the bound __exit__ and the unbound __enter__. */
bool eval_before_with(Thread *thread, Value manager, Value *exit, Value *enter);

bool eval_dict_update(Thread *thread, struct Dict *dict, Value mapping);
/* DICT_MERGE: `callable` names the function in messages. */
bool eval_dict_merge(Thread *thread, struct Dict *dict, Value mapping, Value callable);
bool eval_list_extend(Thread *thread, struct List *list, Value iterable);

/* The arguments of CALL_FUNCTION_EX, flattened. argv is malloc'd (free it);
 * kwnames is a fresh tuple or NULL. */
typedef struct EvalCallArgs {
    int argc;             /* positional count */
    Value *argv;          /* positional values then keyword values */
    struct Tuple *kwnames;
} EvalCallArgs;
/* *args_slot (a value-stack slot) is replaced by the args as a tuple. */
bool eval_prepare_call_ex(Thread *thread, Value callable, Value *args_slot, Value kwargs, EvalCallArgs *call);

/* FORMAT_VALUE (conversion: 0 none, 1 str, 2 repr, 3 ascii; spec EMPTY if none). */
bool eval_format_value(Thread *thread, Value value, int conversion, Value spec, Value *result);
bool eval_build_string(Thread *thread, Value *pieces, int count, Value *result);

/* MAKE_FUNCTION; extras are the optional operands, bottom to top. */
bool eval_make_function(Thread *thread, Code *code, struct Dict *globals, uint32_t flags, Value *extras,
                        Value *result);
/* PRINT_EXPR: sys.displayhook, or echo repr(value) and set builtins._ */
bool eval_print_expr(Thread *thread, Value value);
/* NotImplementedError "<feature> is not supported yet by Baton". */
bool eval_not_supported(Thread *thread, const char *feature);

#endif
