/* eval_call.h: private contract between the VM engineer's files (eval.c,
 * eval_call.c, function.c, generator.c): the nested dispatch-loop runner and
 * the generic call path shared by the loop and the natives' __call__.
 * Other parts use eval.h and ops.h instead. */
#ifndef BATON_EVAL_CALL_H
#define BATON_EVAL_CALL_H

#include "eval.h"

struct Tuple;

/* Frames and native re-entries allowed on the C stack, whatever the
 * recursion limit: past it RecursionError, never a C stack overflow. */
#define EVAL_NATIVE_DEPTH_LIMIT 900

/* Run the dispatch loop from `frame` (already pushed, marked is_entry) until
 * it returns or yields. With `throwing`, thread->exception is raised in the
 * frame at its current instruction first (generator.throw). */
bool eval_run(Thread *thread, Frame *frame, bool throwing, Value *result);

/* Call any callable: Python functions, bound methods and natives directly,
 * anything else through object_call. */
bool eval_call(Thread *thread, Value callable, int argc, Value *argv, struct Tuple *kwnames, Value *result);

/* Prepare a frame for calling `function`: push it, bind the arguments, make
 * the cells and copy the closure. NULL with an exception set on failure. */
Frame *eval_prepare_frame(Thread *thread, Function *function, int argc, Value *argv, struct Tuple *kwnames);
/* eval_prepare_frame without its first try, eval_push_plain_frame: for a
 * caller that already tried it (the dispatch loop's CALL). */
Frame *eval_bind_frame(Thread *thread, Function *function, int argc, Value *argv, struct Tuple *kwnames);

/* The common call, inline: a function with plain parameters given exactly
 * its positional arguments, below the recursion limit. Pushes its frame and
 * copies the arguments in; NULL (nothing set) when the call is not that
 * simple or the frame stack needs a new chunk: eval_bind_frame then. */
static inline Frame *eval_push_plain_frame(Thread *thread, Function *function, int argc, const Value *argv) {
    Code *code = function->code;
    FrameChunk *chunk = thread->chunk;
    if (!code->plain_parameters || argc != code->argument_count ||
        thread->call_depth > thread->runtime->recursion_limit || chunk == NULL ||
        (size_t)(chunk->limit - chunk->top) < code->frame_bytes)
        return NULL;
    Frame *frame = frame_push(thread, code);
    for (int i = 0; i < argc; i++) frame->slots[i] = argv[i];
    frame->function = function;
    frame->globals = function->globals;
    frame->builtins = function->builtins != NULL ? function->builtins : thread->runtime->builtins;
    thread->call_depth++;
    return frame;
}

/* Call a native with `self` put in front of argv. */
bool eval_call_native(Thread *thread, NativeFunction *native, int argc, Value *argv, struct Tuple *kwnames,
                      Value *result);

/* Enter/leave one level of native recursion (nested dispatch loops, natives
 * calling Python); enter raises RecursionError past the limits. */
bool eval_enter_native(Thread *thread);
/* The same check for C code that recurses through generic operations (repr
 * of nested lists, ==, hash): `where` ends CPython's message, e.g. " while
 * getting the repr of an object". Leave with eval_leave_native. */
bool eval_enter_recursion(Thread *thread, const char *where);
static inline void eval_leave_native(Thread *thread) {
    thread->native_depth--;
    thread->call_depth--;
}

/* Bind `descriptor` (found on a type) to `self` as attribute lookup would:
 * functions become bound methods, method descriptors bound natives. */
bool function_bind(Thread *thread, Value descriptor, Value self, Value *result);

/* "f()" / "C.m()" / "len()": how CPython names a callable in messages. */
const char *function_display_name(Value callable, char *buffer, size_t size);

#endif
