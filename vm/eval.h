/* eval.h: the dispatch loop's entry points (eval.c).
 *
 * Python-to-Python calls stay inside one run of the dispatch loop. C code
 * that calls Python (object_call, __build_class__, the module runner) enters
 * a nested run, which returns when its entry frame returns. */
#ifndef BATON_EVAL_H
#define BATON_EVAL_H

#include "frame.h"
#include "function.h"

struct Dict;
struct Tuple;

/* Run module-level code in `globals` (which is also its locals). */
bool eval_module(Thread *thread, Code *code, struct Dict *globals, Value *result);
/* Call a Python function with the calling convention of object_call. */
bool eval_call_function(Thread *thread, Function *function, int argc, Value *argv, struct Tuple *kwnames,
                        Value *result);
/* Run a class body function with `namespace` as its locals (for
 * __build_class__). *result is the body's return value (the __class__ cell
 * or None). */
bool eval_class_body(Thread *thread, Function *body, struct Dict *namespace, Value *result);

/* Bind arguments to a new frame's parameters, as CPython does, with
 * CPython's TypeErrors ("f() missing 1 required positional argument: 'x'",
 * "f() takes 2 positional arguments but 3 were given", "f() got an
 * unexpected keyword argument 'y'", "f() got multiple values for argument
 * 'x'"...). */
bool eval_bind_arguments(Thread *thread, Function *function, Frame *frame, int argc, Value *argv,
                         struct Tuple *kwnames);

#endif
