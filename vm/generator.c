/* generator.c: generator objects and their methods.
 *
 * A generator owns a copy of its function's frame (generator.h). Resuming
 * it links that frame on top of the thread's frame chain and runs it in a
 * nested run of the dispatch loop (eval_run); YIELD_VALUE and RETURN_VALUE
 * leave that run. next()/send() turn a return into StopIteration(value);
 * throw() raises inside the frame at the paused yield, first delegating to
 * the sub-iterator of a `yield from` that is in progress; close() throws
 * GeneratorExit. */
#include "generator.h"

#include <string.h>

#include "class.h"
#include "error.h"
#include "eval_call.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "opcodes.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- Life cycle ---- */

static size_t generator_frame_bytes(const Frame *frame) {
    const Code *code = frame->code;
    size_t slots = (size_t)code->local_count + (size_t)code->cell_count + (size_t)code->free_count +
                   (size_t)code->stack_size;
    return sizeof(Frame) + slots * sizeof(Value);
}

Generator *generator_new(Thread *thread, Frame *frame) {
    size_t frame_bytes = generator_frame_bytes(frame);
    Generator *generator =
        (Generator *)object_allocate(thread, &type_generator, GENERATOR_FRAME_OFFSET + frame_bytes);
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

/* StopIteration escaping the body becomes RuntimeError, as PEP 479. */
static void generator_convert_stop_iteration(Thread *thread) {
    if (!error_matches(thread, &type_StopIteration)) return;
    Value stop = error_fetch(thread);
    error_set(thread, &type_RuntimeError, "generator raised StopIteration");
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
        return error_set(thread, &type_ValueError, "generator already executing");
    if (generator->state == GENERATOR_FINISHED) {
        if (throwing) return false;
        *returned = true;
        *result = NONE_VALUE;
        return true;
    }
    Frame *frame = generator->frame;
    if (!throwing) {
        if (generator->state == GENERATOR_CREATED && !IS_NONE(sent))
            return error_set(thread, &type_TypeError, "can't send non-None value to a just-started generator");
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
        generator_convert_stop_iteration(thread);
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

/* Raise StopIteration carrying a return value (none for None). */
static bool generator_stop(Thread *thread, Value value) {
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
    if (returned) return generator_stop(thread, *result);
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

/* The sub-iterator of a `yield from` the generator is paused in, or EMPTY:
 * paused right after a YIELD_VALUE that follows a SEND, with the receiver
 * on top of the stack. */
static Value generator_delegate(Generator *generator) {
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

/* Build the exception throw(type, value) describes, as CPython does. */
static bool generator_make_exception(Thread *thread, int argc, Value *argv, Value *exception) {
    Value type = argv[1];
    Value value = argc > 2 ? argv[2] : NONE_VALUE;
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

/* Raise `exception` inside the generator at its paused yield, delegating to a
 * `yield from` sub-iterator first. *result and *returned as generator_resume. */
static bool generator_throw_into(Thread *thread, Generator *generator, Value exception, Value *result,
                                 bool *returned) {
    Value delegate = generator_delegate(generator);
    if (!IS_EMPTY(delegate)) {
        bool ok;
        Value sub_result = EMPTY_VALUE;
        bool sub_returned = false;
        generator->state = GENERATOR_RUNNING;
        if (value_is_exact(delegate, &type_generator)) {
            ok = generator_throw_into(thread, (Generator *)AS_OBJECT(delegate), exception, &sub_result, &sub_returned);
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
                Value stop = error_fetch(thread);
                Tuple *args = AS_EXCEPTION(stop)->args;
                sub_result = args != NULL && args->count > 0 ? args->items[0] : NONE_VALUE;
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
    if (!generator_make_exception(thread, argc, argv, &exception)) return false;
    if (!IS_EXCEPTION(exception))
        return error_set(thread, &type_TypeError, "exceptions must derive from BaseException");
    bool returned;
    if (!generator_throw_into(thread, generator, exception, result, &returned)) return false;
    if (returned) return generator_stop(thread, *result);
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
    if (generator_throw_into(thread, generator, OBJECT_VALUE(exit), &yielded, &returned)) {
        if (returned) return true;
        return error_set(thread, &type_RuntimeError, "generator ignored GeneratorExit");
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
    Str *str = str_printf(thread, "<generator object %s at %p>", generator->qualname->chars, (void *)generator);
    *result = str != NULL ? OBJECT_VALUE(str) : EMPTY_VALUE;
    return str != NULL;
}

static bool generator_get_name(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(((Generator *)AS_OBJECT(self))->name);
    return true;
}

static bool generator_get_qualname(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(((Generator *)AS_OBJECT(self))->qualname);
    return true;
}

static bool generator_get_running(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = BOOL_VALUE(((Generator *)AS_OBJECT(self))->state == GENERATOR_RUNNING);
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

/* Read-only attributes, published as properties. */
static const GetSetDef generator_properties[] = {
    {"__name__", generator_get_name, NULL},
    {"__qualname__", generator_get_qualname, NULL},
    {"gi_running", generator_get_running, NULL},
    {NULL, NULL, NULL},
};

Type type_generator = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "generator",
    .base = &type_object,
    .instance_size = sizeof(Generator),
    .trace = generator_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

void generator_init_type(Thread *thread) {
    type_ready(thread, &type_generator);
    type_add_methods(thread, &type_generator, generator_methods);
    type_add_getsets(thread, &type_generator, generator_properties);
}
