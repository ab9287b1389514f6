/* generator.c: generator, coroutine and async generator objects, and the
 * methods they share.
 *
 * A generator owns a copy of its function's frame (generator.h). Resuming
 * it links that frame on top of the thread's frame chain and runs it in a
 * nested run of the dispatch loop (eval_run); YIELD_VALUE and RETURN_VALUE
 * leave that run. next()/send() turn a return into StopIteration(value);
 * throw() raises inside the frame at the paused yield, first delegating to
 * the sub-iterator of a `yield from` that is in progress; close() throws
 * GeneratorExit. Coroutines and async generators are the same object with
 * another type: their own methods live in coroutine.c and async_generator.c. */
#include "generator.h"

#include <string.h>

#include "class.h"
#include "coroutine.h"
#include "error.h"
#include "eval_call.h"
#include "eval_support.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- Life cycle ---- */

/* The type of the object a function with these code flags makes. */
static Type *generator_type_for(const Code *code) {
    if (code->flags & CODE_COROUTINE) return &type_coroutine;
    if (code->flags & CODE_ASYNC_GENERATOR) return &type_async_generator;
    return &type_generator;
}

/* "generator", "coroutine" or "async generator", for messages. */
static const char *generator_kind(const Generator *generator) {
    Type *type = generator->header.type;
    return type == &type_coroutine ? "coroutine" : type == &type_async_generator ? "async generator" : "generator";
}

Generator *generator_new(Thread *thread, Frame *frame) {
    size_t frame_bytes = frame->code->frame_bytes;
    Generator *generator = (Generator *)object_allocate(thread, generator_type_for(frame->code),
                                                        GENERATOR_FRAME_OFFSET + frame_bytes);
    if (generator == NULL) return NULL;
    Frame *copy = (Frame *)(void *)((char *)generator + GENERATOR_FRAME_OFFSET);
    memcpy(copy, frame, frame_bytes);
    copy->stack_top = copy->slots + (frame->stack_top - frame->slots);
    copy->ip = frame->ip;
    copy->caller = NULL;
    copy->is_entry = true;
    copy->owned_by_generator = true;
    generator->frame = copy;
    generator->state = GENERATOR_CREATED;
    generator->handled_exception = EMPTY_VALUE;
    generator->runtime = thread->runtime;
    Function *function = frame->function;
    generator->name = function != NULL ? function->name : frame->code->name;
    generator->qualname = function != NULL ? function->qualname : frame->code->qualname;
    return generator;
}

/* A finished generator lets go of everything its frame referred to. */
static void generator_finish(Generator *generator) {
    generator->state = GENERATOR_FINISHED;
    generator->frame->stack_top = generator->frame->slots;
    generator->handled_exception = EMPTY_VALUE;
}

static void generator_trace(Object *object, GcTracer *tracer) {
    Generator *generator = (Generator *)object;
    gc_mark_object(tracer, (Object *)generator->name);
    gc_mark_object(tracer, (Object *)generator->qualname);
    gc_mark_value(tracer, generator->handled_exception);
    /* A running frame is traced through the thread's chain; code and
     * function stay marked here too, for the finished state. */
    frame_trace(generator->frame, tracer);
}

/* StopIteration escaping the body becomes RuntimeError, as PEP 479 (and
 * StopAsyncIteration escaping an async generator's body, as PEP 525). */
static void generator_convert_stop_iteration(Thread *thread, Generator *generator) {
    bool is_async = generator->header.type == &type_async_generator;
    const char *name;
    if (error_matches(thread, &type_StopIteration)) name = "StopIteration";
    else if (is_async && error_matches(thread, &type_StopAsyncIteration)) name = "StopAsyncIteration";
    else return;
    Value stop = error_fetch(thread);
    error_set(thread, &type_RuntimeError, "%s raised %s", generator_kind(generator), name);
    Value raised = thread->exception;
    if (IS_EXCEPTION(raised)) {
        AS_EXCEPTION(raised)->cause = stop;
        AS_EXCEPTION(raised)->context = stop;
        AS_EXCEPTION(raised)->suppress_context = true;
    }
}

/* The instruction that resumes the frame first, to know whether the
 * compiler left a POP_TOP for the value of the first send. */
static bool generator_expects_first_value(const Frame *frame) {
    const Code *code = frame->code;
    uint32_t index = (uint32_t)(frame->ip - code->instructions);
    return index < code->instruction_count && INSTRUCTION_OPCODE(code->instructions[index]) == OP_POP_TOP;
}

bool generator_resume(Thread *thread, Generator *generator, Value sent, bool throwing, Value *result,
                      bool *returned) {
    *returned = false;
    if (generator->state == GENERATOR_RUNNING)
        return error_set(thread, &type_ValueError, "%s already executing", generator_kind(generator));
    if (generator->state == GENERATOR_FINISHED) {
        if (generator->header.type == &type_coroutine) {
            error_clear(thread);
            return error_set(thread, &type_RuntimeError, "cannot reuse already awaited coroutine");
        }
        if (throwing) return false;
        *returned = true;
        *result = NONE_VALUE;
        return true;
    }
    Frame *frame = generator->frame;
    if (!throwing) {
        if (generator->state == GENERATOR_CREATED && !IS_NONE(sent))
            return error_set(thread, &type_TypeError, "can't send non-None value to a just-started %s",
                             generator_kind(generator));
        if (generator->state != GENERATOR_CREATED || generator_expects_first_value(frame)) *frame->stack_top++ = sent;
    }
    if (thread->call_depth >= thread->runtime->recursion_limit)
        return error_set(thread, &type_RecursionError, "maximum recursion depth exceeded");
    thread->call_depth++;
    generator->state = GENERATOR_RUNNING;
    Value saved_handled = thread->handled_exception;
    if (!IS_EMPTY(generator->handled_exception)) thread->handled_exception = generator->handled_exception;
    bool ok = eval_run(thread, frame, throwing, result);
    generator->handled_exception =
        value_is(thread->handled_exception, saved_handled) ? EMPTY_VALUE : thread->handled_exception;
    thread->handled_exception = saved_handled;
    if (!ok) {
        generator_finish(generator);
        generator_convert_stop_iteration(thread, generator);
        return false;
    }
    if (generator->state == GENERATOR_RUNNING) {
        /* It returned rather than yielded (YIELD_VALUE marks it suspended). */
        generator_finish(generator);
        *returned = true;
    }
    return true;
}

/* ---- next, send ---- */

Value generator_fetch_stop_value(Thread *thread) {
    Value stop = error_fetch(thread);
    Tuple *args = IS_EXCEPTION(stop) ? AS_EXCEPTION(stop)->args : NULL;
    return args != NULL && args->count > 0 ? args->items[0] : NONE_VALUE;
}

bool generator_raise_stop(Thread *thread, Value value) {
    if (IS_NONE(value)) return error_set_empty(thread, &type_StopIteration);
    Tuple *args = tuple_from_array(thread, &value, 1);
    if (args == NULL) return false;
    ExceptionObject *stop = exception_new(thread, &type_StopIteration, args);
    if (stop == NULL) return false;
    return error_set_object(thread, OBJECT_VALUE(stop));
}

/* send(value) and next() share everything but the value. */
static bool generator_send_value(Thread *thread, Generator *generator, Value sent, Value *result) {
    bool returned;
    if (!generator_resume(thread, generator, sent, false, result, &returned)) return false;
    if (returned) return generator_raise_stop(thread, *result);
    return true;
}

bool generator_send_to(Thread *thread, Value receiver, Value sent, Value *result, bool *returned) {
    if (generator_is_resumable(receiver))
        return generator_resume(thread, (Generator *)AS_OBJECT(receiver), sent, false, result, returned);
    *returned = false;
    bool ok;
    Value next = IS_NONE(sent) ? type_lookup(value_type(receiver), thread->runtime->names.next) : EMPTY_VALUE;
    if (!IS_EMPTY(next)) {
        ok = eval_call_special(thread, next, receiver, 0, NULL, result);
    } else if (IS_NONE(sent)) {
        ok = object_iter_next(thread, receiver, result); /* not an iterator: its TypeError */
    } else {
        ok = object_call_method(thread, receiver, thread->runtime->names.send, 1, &sent, result);
    }
    if (ok || !error_matches(thread, &type_StopIteration)) return ok;
    *result = generator_fetch_stop_value(thread);
    *returned = true;
    return true;
}

static bool generator_check(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, int min,
                            int max) {
    (void)argv;
    return error_check_no_kwargs(thread, name, kwnames) && error_check_argc(thread, name, argc - 1, min, max);
}

static bool generator_next_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!generator_check(thread, "__next__", argc, argv, kwnames, 0, 0)) return false;
    return generator_send_value(thread, (Generator *)AS_OBJECT(argv[0]), NONE_VALUE, result);
}

static bool generator_send_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!generator_check(thread, "send", argc, argv, kwnames, 1, 1)) return false;
    return generator_send_value(thread, (Generator *)AS_OBJECT(argv[0]), argv[1], result);
}

static bool generator_iter_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!generator_check(thread, "__iter__", argc, argv, kwnames, 0, 0)) return false;
    *result = argv[0];
    return true;
}

/* ---- throw, close ---- */

/* Paused right after a YIELD_VALUE that follows a SEND, the receiver is on
 * top of the stack. */
Value generator_delegate(Generator *generator) {
    Frame *frame = generator->frame;
    if (generator->state != GENERATOR_SUSPENDED) return EMPTY_VALUE;
    uint32_t index = (uint32_t)(frame->ip - frame->code->instructions);
    if (index < 2 || INSTRUCTION_OPCODE(frame->code->instructions[index - 2]) != OP_SEND) return EMPTY_VALUE;
    Value *base = frame->slots + frame->code->local_count + frame->code->cell_count + frame->code->free_count;
    return frame->stack_top > base ? frame->stack_top[-1] : EMPTY_VALUE;
}

/* The sub-iterator finished with `value`: leave the `yield from` loop as
 * SEND would (pop the receiver, push the value, jump past the loop) and
 * resume the generator from there. */
static bool generator_finish_delegation(Thread *thread, Generator *generator, Value value, Value *result,
                                        bool *returned) {
    Frame *frame = generator->frame;
    uint32_t index = (uint32_t)(frame->ip - frame->code->instructions);
    uint32_t send = frame->code->instructions[index - 2];
    frame->stack_top--; /* the receiver; resuming pushes `value` in its place */
    frame->ip = frame->code->instructions + INSTRUCTION_ARGUMENT(send);
    return generator_resume(thread, generator, value, false, result, returned);
}

bool generator_make_exception(Thread *thread, Value type, Value value, Value *exception) {
    if (IS_EXCEPTION(type)) {
        if (!IS_NONE(value))
            return error_set(thread, &type_TypeError, "instance exception may not have a separate value");
        *exception = type;
        return true;
    }
    if (!IS_TYPE(type) || !(AS_TYPE(type)->flags & TYPE_EXCEPTION))
        return error_set(thread, &type_TypeError,
                         "exceptions must be classes or instances deriving from BaseException, not %s",
                         value_type_name(type));
    if (value_is_instance(value, AS_TYPE(type))) {
        *exception = value;
        return true;
    }
    if (IS_NONE(value)) return eval_call(thread, type, 0, NULL, NULL, exception);
    if (value_is_exact(value, &type_tuple))
        return eval_call(thread, type, (int)AS_TUPLE(value)->count, AS_TUPLE(value)->items, NULL, exception);
    return eval_call(thread, type, 1, &value, NULL, exception);
}

bool generator_throw(Thread *thread, Generator *generator, Value exception, Value *result,
                                 bool *returned) {
    Value delegate = generator_delegate(generator);
    if (!IS_EMPTY(delegate)) {
        bool ok;
        Value sub_result = EMPTY_VALUE;
        bool sub_returned = false;
        generator->state = GENERATOR_RUNNING;
        if (generator_is_resumable(delegate)) {
            ok = generator_throw(thread, (Generator *)AS_OBJECT(delegate), exception, &sub_result, &sub_returned);
        } else if (value_is_instance(exception, &type_GeneratorExit)) {
            Value close = EMPTY_VALUE;
            ok = object_getattr_optional(thread, delegate, thread->runtime->names.close, &close);
            if (ok && !IS_EMPTY(close)) ok = eval_call(thread, close, 0, NULL, NULL, &sub_result);
            if (ok) ok = error_set_object(thread, exception);
        } else {
            Value throw = EMPTY_VALUE;
            ok = object_getattr_optional(thread, delegate, thread->runtime->names.throw, &throw);
            if (ok && IS_EMPTY(throw)) ok = error_set_object(thread, exception);
            else if (ok) ok = eval_call(thread, throw, 1, &exception, NULL, &sub_result);
            if (!ok && error_matches(thread, &type_StopIteration)) {
                sub_result = generator_fetch_stop_value(thread);
                ok = sub_returned = true;
            }
        }
        generator->state = GENERATOR_SUSPENDED;
        if (ok && !sub_returned) {
            *result = sub_result;
            *returned = false;
            return true;
        }
        if (ok) return generator_finish_delegation(thread, generator, sub_result, result, returned);
        /* The sub-iterator raised: that exception goes into this generator. */
        exception = error_fetch(thread);
    }
    error_set_object(thread, exception);
    if (generator->state == GENERATOR_CREATED) {
        generator_finish(generator);
        return false;
    }
    return generator_resume(thread, generator, NONE_VALUE, true, result, returned);
}

static bool generator_throw_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!generator_check(thread, "throw", argc, argv, kwnames, 1, 3)) return false;
    Generator *generator = (Generator *)AS_OBJECT(argv[0]);
    Value exception;
    if (!generator_make_exception(thread, argv[1], argc > 2 ? argv[2] : NONE_VALUE, &exception)) return false;
    if (!IS_EXCEPTION(exception))
        return error_set(thread, &type_TypeError, "exceptions must derive from BaseException");
    bool returned;
    if (!generator_throw(thread, generator, exception, result, &returned)) return false;
    if (returned) return generator_raise_stop(thread, *result);
    return true;
}

static bool generator_close_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!generator_check(thread, "close", argc, argv, kwnames, 0, 0)) return false;
    Generator *generator = (Generator *)AS_OBJECT(argv[0]);
    *result = NONE_VALUE;
    if (generator->state == GENERATOR_CREATED || generator->state == GENERATOR_FINISHED) {
        generator_finish(generator);
        return true;
    }
    ExceptionObject *exit = exception_new(thread, &type_GeneratorExit, thread->runtime->empty_tuple);
    if (exit == NULL) return false;
    Value yielded;
    bool returned;
    if (generator_throw(thread, generator, OBJECT_VALUE(exit), &yielded, &returned)) {
        if (returned) return true;
        return error_set(thread, &type_RuntimeError, "%s ignored GeneratorExit", generator_kind(generator));
    }
    if (error_matches(thread, &type_GeneratorExit) || error_matches(thread, &type_StopIteration)) {
        error_clear(thread);
        return true;
    }
    return false;
}

/* ---- repr and attributes ---- */

static bool generator_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Generator *generator = (Generator *)AS_OBJECT(argv[0]);
    Str *str = str_printf(thread, "<%s object %s at %p>", type_name(generator->header.type),
                          generator->qualname->chars, (void *)generator);
    *result = str != NULL ? OBJECT_VALUE(str) : EMPTY_VALUE;
    return str != NULL;
}

static Generator *generator_self(Value self) { return (Generator *)AS_OBJECT(self); }

static bool generator_get_name(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(generator_self(self)->name);
    return true;
}

static bool generator_get_qualname(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(generator_self(self)->qualname);
    return true;
}

/* gi_running / cr_running; an async generator's ag_running tells whether an
 * awaitable of it is in progress, as CPython's. */
static bool generator_get_running(Thread *thread, Value self, Value *result) {
    (void)thread;
    Generator *generator = generator_self(self);
    bool running = generator->header.type == &type_async_generator ? generator->async_running
                                                                   : generator->state == GENERATOR_RUNNING;
    *result = BOOL_VALUE(running);
    return true;
}

static bool generator_get_suspended(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = BOOL_VALUE(generator_self(self)->state == GENERATOR_SUSPENDED);
    return true;
}

/* gi_yieldfrom / cr_await / ag_await: what a `yield from` or `await` in
 * progress delegates to, or None. */
static bool generator_get_delegate(Thread *thread, Value self, Value *result) {
    (void)thread;
    Value delegate = generator_delegate(generator_self(self));
    *result = IS_EMPTY(delegate) ? NONE_VALUE : delegate;
    return true;
}

static bool generator_get_code(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(generator_self(self)->frame->code);
    return true;
}

/* gi_frame and friends: Baton has no frame objects; cr_origin is off as in
 * CPython by default. */
static bool generator_get_none(Thread *thread, Value self, Value *result) {
    (void)thread, (void)self;
    *result = NONE_VALUE;
    return true;
}

static const MethodDef generator_methods[] = {
    {"__iter__", generator_iter_method},
    {"__next__", generator_next_method},
    {"send", generator_send_method},
    {"throw", generator_throw_method},
    {"close", generator_close_method},
    {"__repr__", generator_repr},
    {NULL, NULL},
};

/* A coroutine is not an iterator: no __iter__/__next__ (await uses __await__). */
static const MethodDef coroutine_methods[] = {
    {"send", generator_send_method},
    {"throw", generator_throw_method},
    {"close", generator_close_method},
    {"__repr__", generator_repr},
    {NULL, NULL},
};

/* An async generator has only awaitable-returning methods (async_generator.c). */
static const MethodDef async_generator_methods[] = {
    {"__repr__", generator_repr},
    {NULL, NULL},
};

/* Read-only attributes, published as properties. */
static const GetSetDef generator_properties[] = {
    {"__name__", generator_get_name, NULL},
    {"__qualname__", generator_get_qualname, NULL},
    {"gi_running", generator_get_running, NULL},
    {"gi_suspended", generator_get_suspended, NULL},
    {"gi_yieldfrom", generator_get_delegate, NULL},
    {"gi_code", generator_get_code, NULL},
    {"gi_frame", generator_get_none, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef coroutine_properties[] = {
    {"__name__", generator_get_name, NULL},
    {"__qualname__", generator_get_qualname, NULL},
    {"cr_running", generator_get_running, NULL},
    {"cr_suspended", generator_get_suspended, NULL},
    {"cr_await", generator_get_delegate, NULL},
    {"cr_code", generator_get_code, NULL},
    {"cr_frame", generator_get_none, NULL},
    {"cr_origin", generator_get_none, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef async_generator_properties[] = {
    {"__name__", generator_get_name, NULL},
    {"__qualname__", generator_get_qualname, NULL},
    {"ag_running", generator_get_running, NULL},
    {"ag_await", generator_get_delegate, NULL},
    {"ag_code", generator_get_code, NULL},
    {"ag_frame", generator_get_none, NULL},
    {NULL, NULL, NULL},
};

/* A generator that becomes unreachable while suspended is closed, as
 * CPython closes it when its last reference goes (here: at the next
 * collection), so its finally blocks and with statements still run. */
static bool generator_needs_finalizer(Object *object) { return ((Generator *)object)->state == GENERATOR_SUSPENDED; }

static void generator_run_finalizer(Thread *thread, Object *object) {
    Value result;
    if (!object_call_method(thread, OBJECT_VALUE(object), thread->runtime->names.close, 0, NULL, &result))
        error_write_unraisable(thread, OBJECT_VALUE(object));
}

Type type_generator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "generator",
    .base = &type_object,
    .instance_size = sizeof(Generator),
    .trace = generator_trace,
    .needs_finalizer = generator_needs_finalizer,
    .run_finalizer = generator_run_finalizer,
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_coroutine = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "coroutine",
    .base = &type_object,
    .instance_size = sizeof(Generator),
    .trace = generator_trace,
    .finalize = coroutine_finalize, /* the "never awaited" warning */
    .needs_finalizer = generator_needs_finalizer,
    .run_finalizer = generator_run_finalizer,
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_async_generator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "async_generator",
    .base = &type_object,
    .instance_size = sizeof(Generator),
    .trace = generator_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

static void generator_ready(Thread *thread, Type *type, const MethodDef *methods, const GetSetDef *properties) {
    type_ready(thread, type);
    type_add_methods(thread, type, methods);
    type_add_getsets(thread, type, properties);
}

void generator_init_type(Thread *thread) {
    generator_ready(thread, &type_generator, generator_methods, generator_properties);
    generator_ready(thread, &type_coroutine, coroutine_methods, coroutine_properties);
    generator_ready(thread, &type_async_generator, async_generator_methods, async_generator_properties);
    coroutine_init_types(thread);
}
