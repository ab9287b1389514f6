/* async_generator.c: async generators' methods and the awaitables they
 * return (PEP 525), as CPython 3.11.
 *
 * An async generator is a Generator of type `async_generator`. Its body's
 * `yield v` is compiled as ASYNC_GEN_WRAP + YIELD_VALUE, so what comes out
 * of a resume is either a wrapped value (the generator produced v) or a
 * bare value an inner `await` passes up to the event loop. __anext__() and
 * asend(v) return an `async_generator_asend` awaitable, athrow() and
 * aclose() an `async_generator_athrow`: each resumes the generator when it
 * is itself resumed, passes bare values up, and turns a wrapped value into
 * StopIteration(v), the end of the `await`; the generator's return becomes
 * StopAsyncIteration. */
#include <stdlib.h>

#include "class.h"
#include "coroutine.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"

/* ---- Wrapped values ---- */

typedef struct AsyncGenWrapped {
    Object header;
    Value value; /* what `yield` produced */
} AsyncGenWrapped;

static void async_generator_wrapped_trace(Object *object, GcTracer *tracer) {
    gc_mark_value(tracer, ((AsyncGenWrapped *)object)->value);
}

bool async_generator_wrap(Thread *thread, Value value, Value *result) {
    AsyncGenWrapped *wrapped = ALLOCATE_OBJECT(thread, AsyncGenWrapped, &type_async_generator_wrapped_value);
    if (wrapped == NULL) return false;
    wrapped->value = value;
    *result = OBJECT_VALUE(wrapped);
    return true;
}

static bool async_generator_is_wrapped(Value value) {
    return value_is_exact(value, &type_async_generator_wrapped_value);
}

/* ---- The awaitables ---- */

typedef enum AwaitableState {
    AWAITABLE_INIT,   /* not resumed yet */
    AWAITABLE_ITER,   /* resumed, the generator is being driven */
    AWAITABLE_CLOSED, /* done: awaiting it again is an error */
} AwaitableState;

/* One struct for asend (value) and athrow (type and value; both EMPTY for
 * aclose). */
typedef struct AsyncGenAwaitable {
    Object header;
    Generator *generator; /* the async generator it drives */
    Value value;          /* asend: the value to send first; athrow: throw's value */
    Value throw_type;     /* athrow: throw's type; EMPTY for aclose() and asend */
    AwaitableState state;
} AsyncGenAwaitable;

static void async_generator_awaitable_trace(Object *object, GcTracer *tracer) {
    AsyncGenAwaitable *awaitable = (AsyncGenAwaitable *)object;
    gc_mark_object(tracer, &awaitable->generator->header);
    gc_mark_value(tracer, awaitable->value);
    gc_mark_value(tracer, awaitable->throw_type);
}

static bool async_generator_new_awaitable(Thread *thread, Type *type, Value generator, Value value, Value throw_type,
                                          Value *result) {
    AsyncGenAwaitable *awaitable = ALLOCATE_OBJECT(thread, AsyncGenAwaitable, type);
    if (awaitable == NULL) return false;
    awaitable->generator = (Generator *)AS_OBJECT(generator);
    awaitable->value = value;
    awaitable->throw_type = throw_type;
    awaitable->state = AWAITABLE_INIT;
    *result = OBJECT_VALUE(awaitable);
    return true;
}

static AsyncGenAwaitable *async_generator_awaitable(Value self) { return (AsyncGenAwaitable *)AS_OBJECT(self); }

/* What one resume of the generator means to its awaitable: an exception or
 * the generator's return (StopAsyncIteration) ends it, a wrapped value ends
 * the `await` with StopIteration(value), a bare value goes up as it is. */
static bool async_generator_unwrap(Thread *thread, Generator *generator, bool ok, bool returned, Value value,
                                   Value *result) {
    if (ok && returned) ok = error_set_empty(thread, &type_StopAsyncIteration);
    if (!ok) {
        if (error_matches(thread, &type_StopAsyncIteration) || error_matches(thread, &type_GeneratorExit))
            generator->async_closed = true;
        generator->async_running = false;
        return false;
    }
    if (async_generator_is_wrapped(value)) {
        generator->async_running = false;
        return generator_raise_stop(thread, ((AsyncGenWrapped *)AS_OBJECT(value))->value);
    }
    *result = value;
    return true;
}

/* The exception an athrow() awaitable throws (GeneratorExit for aclose()). */
static bool async_generator_throw_exception(Thread *thread, AsyncGenAwaitable *awaitable, Value *exception) {
    if (IS_EMPTY(awaitable->throw_type)) {
        ExceptionObject *exit = exception_new(thread, &type_GeneratorExit, thread->runtime->empty_tuple);
        *exception = exit != NULL ? OBJECT_VALUE(exit) : EMPTY_VALUE;
        return exit != NULL;
    }
    if (!generator_make_exception(thread, awaitable->throw_type, awaitable->value, exception)) return false;
    if (!IS_EXCEPTION(*exception))
        return error_set(thread, &type_TypeError, "exceptions must derive from BaseException");
    return true;
}

/* throw(type[, value]) on an awaitable: throw into the generator. */
static bool async_generator_throw_args(Thread *thread, Generator *generator, int argc, Value *argv, Value *result,
                                       bool *returned) {
    Value exception;
    if (!generator_make_exception(thread, argv[1], argc > 2 ? argv[2] : NONE_VALUE, &exception)) return false;
    if (!IS_EXCEPTION(exception))
        return error_set(thread, &type_TypeError, "exceptions must derive from BaseException");
    return generator_throw(thread, generator, exception, result, returned);
}

static bool async_generator_check(Thread *thread, const char *name, int argc, Tuple *kwnames, int min, int max) {
    return error_check_no_kwargs(thread, name, kwnames) && error_check_argc(thread, name, argc - 1, min, max);
}

/* -- asend -- */

static bool asend_send_value(Thread *thread, AsyncGenAwaitable *awaitable, Value sent, Value *result) {
    Generator *generator = awaitable->generator;
    if (awaitable->state == AWAITABLE_CLOSED)
        return error_set(thread, &type_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (awaitable->state == AWAITABLE_INIT) {
        if (generator->async_running)
            return error_set(thread, &type_RuntimeError, "anext(): asynchronous generator is already running");
        if (IS_NONE(sent)) sent = awaitable->value;
        awaitable->state = AWAITABLE_ITER;
    }
    generator->async_running = true;
    Value value = EMPTY_VALUE;
    bool returned = false;
    bool ok = generator_resume(thread, generator, sent, false, &value, &returned);
    if (async_generator_unwrap(thread, generator, ok, returned, value, result)) return true;
    awaitable->state = AWAITABLE_CLOSED;
    return false;
}

static bool asend_send(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "send", argc, kwnames, 1, 1)) return false;
    return asend_send_value(thread, async_generator_awaitable(argv[0]), argv[1], result);
}

static bool asend_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "__next__", argc, kwnames, 0, 0)) return false;
    return asend_send_value(thread, async_generator_awaitable(argv[0]), NONE_VALUE, result);
}

static bool asend_throw(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "throw", argc, kwnames, 1, 3)) return false;
    AsyncGenAwaitable *awaitable = async_generator_awaitable(argv[0]);
    if (awaitable->state == AWAITABLE_CLOSED)
        return error_set(thread, &type_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Value value = EMPTY_VALUE;
    bool returned = false;
    bool ok = async_generator_throw_args(thread, awaitable->generator, argc, argv, &value, &returned);
    if (async_generator_unwrap(thread, awaitable->generator, ok, returned, value, result)) return true;
    awaitable->state = AWAITABLE_CLOSED;
    return false;
}

/* -- athrow and aclose -- */

/* The end of an athrow/aclose awaitable that did not produce a value: for
 * aclose(), the generator's closing is success (StopIteration). */
static bool athrow_finish(Thread *thread, AsyncGenAwaitable *awaitable, bool returned) {
    awaitable->generator->async_running = false;
    awaitable->state = AWAITABLE_CLOSED;
    if (returned) error_set_empty(thread, &type_StopAsyncIteration);
    bool is_close = IS_EMPTY(awaitable->throw_type);
    if (is_close && (error_matches(thread, &type_StopAsyncIteration) || error_matches(thread, &type_GeneratorExit))) {
        error_clear(thread);
        return error_set_empty(thread, &type_StopIteration);
    }
    return false;
}

/* aclose()'s generator yielded a value instead of closing. */
static bool athrow_ignored_exit(Thread *thread, AsyncGenAwaitable *awaitable) {
    awaitable->generator->async_running = false;
    awaitable->state = AWAITABLE_CLOSED;
    return error_set(thread, &type_RuntimeError, "async generator ignored GeneratorExit");
}

/* What athrow/aclose make of one resume of the generator. */
static bool athrow_outcome(Thread *thread, AsyncGenAwaitable *awaitable, bool ok, bool returned, Value value,
                           Value *result) {
    if (IS_EMPTY(awaitable->throw_type)) {
        if (!ok || returned) return athrow_finish(thread, awaitable, returned);
        if (async_generator_is_wrapped(value)) return athrow_ignored_exit(thread, awaitable);
        *result = value;
        return true;
    }
    return async_generator_unwrap(thread, awaitable->generator, ok, returned, value, result);
}

/* The first resume of an athrow/aclose awaitable: throw into the generator. */
static bool athrow_start(Thread *thread, AsyncGenAwaitable *awaitable, Value sent, Value *result) {
    Generator *generator = awaitable->generator;
    bool is_close = IS_EMPTY(awaitable->throw_type);
    if (generator->async_running) {
        awaitable->state = AWAITABLE_CLOSED;
        return error_set(thread, &type_RuntimeError, "%s(): asynchronous generator is already running",
                         is_close ? "aclose" : "athrow");
    }
    if (generator->async_closed) {
        awaitable->state = AWAITABLE_CLOSED;
        return error_set_empty(thread, &type_StopAsyncIteration);
    }
    if (!IS_NONE(sent))
        return error_set(thread, &type_RuntimeError, "can't send non-None value to a just-started coroutine");
    awaitable->state = AWAITABLE_ITER;
    generator->async_running = true;
    if (is_close) generator->async_closed = true;
    Value exception, value = EMPTY_VALUE;
    bool returned = false;
    bool ok = async_generator_throw_exception(thread, awaitable, &exception) &&
              generator_throw(thread, generator, exception, &value, &returned);
    if (athrow_outcome(thread, awaitable, ok, returned, value, result)) return true;
    if (awaitable->state != AWAITABLE_CLOSED) athrow_finish(thread, awaitable, false);
    return false;
}

static bool athrow_send_value(Thread *thread, AsyncGenAwaitable *awaitable, Value sent, Value *result) {
    Generator *generator = awaitable->generator;
    if (awaitable->state == AWAITABLE_CLOSED)
        return error_set(thread, &type_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (generator->state == GENERATOR_FINISHED) {
        awaitable->state = AWAITABLE_CLOSED;
        return error_set_empty(thread, &type_StopIteration);
    }
    if (awaitable->state == AWAITABLE_INIT) return athrow_start(thread, awaitable, sent, result);
    Value value = EMPTY_VALUE;
    bool returned = false;
    bool ok = generator_resume(thread, generator, sent, false, &value, &returned);
    return athrow_outcome(thread, awaitable, ok, returned, value, result);
}

static bool athrow_send(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "send", argc, kwnames, 1, 1)) return false;
    return athrow_send_value(thread, async_generator_awaitable(argv[0]), argv[1], result);
}

static bool athrow_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "__next__", argc, kwnames, 0, 0)) return false;
    return athrow_send_value(thread, async_generator_awaitable(argv[0]), NONE_VALUE, result);
}

static bool athrow_throw(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "throw", argc, kwnames, 1, 3)) return false;
    AsyncGenAwaitable *awaitable = async_generator_awaitable(argv[0]);
    if (awaitable->state == AWAITABLE_CLOSED)
        return error_set(thread, &type_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Value value = EMPTY_VALUE;
    bool returned = false;
    bool ok = async_generator_throw_args(thread, awaitable->generator, argc, argv, &value, &returned);
    if (!IS_EMPTY(awaitable->throw_type))
        return async_generator_unwrap(thread, awaitable->generator, ok, returned, value, result);
    if (ok && !returned && async_generator_is_wrapped(value))
        return error_set(thread, &type_RuntimeError, "async generator ignored GeneratorExit");
    if (returned) ok = error_set_empty(thread, &type_StopAsyncIteration);
    if (!ok && (error_matches(thread, &type_StopAsyncIteration) || error_matches(thread, &type_GeneratorExit))) {
        error_clear(thread);
        return error_set_empty(thread, &type_StopIteration);
    }
    if (ok) *result = value;
    return ok;
}

/* -- shared by both awaitables -- */

static bool awaitable_close(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "close", argc, kwnames, 0, 0)) return false;
    async_generator_awaitable(argv[0])->state = AWAITABLE_CLOSED;
    *result = NONE_VALUE;
    return true;
}

/* __await__ and __iter__: the awaitable is its own iterator. */
static bool awaitable_self(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = argv[0];
    return true;
}

/* ---- The async generator's methods ---- */

bool async_generator_anext(Thread *thread, Generator *generator, Value *result) {
    return async_generator_new_awaitable(thread, &type_async_generator_asend, OBJECT_VALUE(generator), NONE_VALUE,
                                         EMPTY_VALUE, result);
}

static bool async_generator_anext_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "__anext__", argc, kwnames, 0, 0)) return false;
    return async_generator_anext(thread, (Generator *)AS_OBJECT(argv[0]), result);
}

static bool async_generator_asend_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "asend", argc, kwnames, 1, 1)) return false;
    return async_generator_new_awaitable(thread, &type_async_generator_asend, argv[0], argv[1], EMPTY_VALUE, result);
}

static bool async_generator_athrow_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "athrow", argc, kwnames, 1, 3)) return false;
    return async_generator_new_awaitable(thread, &type_async_generator_athrow, argv[0],
                                         argc > 2 ? argv[2] : NONE_VALUE, argv[1], result);
}

static bool async_generator_aclose_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!async_generator_check(thread, "aclose", argc, kwnames, 0, 0)) return false;
    return async_generator_new_awaitable(thread, &type_async_generator_athrow, argv[0], EMPTY_VALUE, EMPTY_VALUE,
                                         result);
}

static const MethodDef async_generator_methods[] = {
    {"__aiter__", awaitable_self},
    {"__anext__", async_generator_anext_method},
    {"asend", async_generator_asend_method},
    {"athrow", async_generator_athrow_method},
    {"aclose", async_generator_aclose_method},
    {NULL, NULL},
};

static const MethodDef asend_methods[] = {
    {"__await__", awaitable_self},
    {"__iter__", awaitable_self},
    {"__next__", asend_next},
    {"send", asend_send},
    {"throw", asend_throw},
    {"close", awaitable_close},
    {NULL, NULL},
};

static const MethodDef athrow_methods[] = {
    {"__await__", awaitable_self},
    {"__iter__", awaitable_self},
    {"__next__", athrow_next},
    {"send", athrow_send},
    {"throw", athrow_throw},
    {"close", awaitable_close},
    {NULL, NULL},
};

Type type_async_generator_asend = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "async_generator_asend",
    .base = &type_object,
    .instance_size = sizeof(AsyncGenAwaitable),
    .trace = async_generator_awaitable_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_async_generator_athrow = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "async_generator_athrow",
    .base = &type_object,
    .instance_size = sizeof(AsyncGenAwaitable),
    .trace = async_generator_awaitable_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

Type type_async_generator_wrapped_value = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "async_generator_wrapped_value",
    .base = &type_object,
    .instance_size = sizeof(AsyncGenWrapped),
    .trace = async_generator_wrapped_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

void async_generator_init_types(Thread *thread) {
    type_add_methods(thread, &type_async_generator, async_generator_methods);
    type_ready(thread, &type_async_generator_asend);
    type_add_methods(thread, &type_async_generator_asend, asend_methods);
    type_ready(thread, &type_async_generator_athrow);
    type_add_methods(thread, &type_async_generator_athrow, athrow_methods);
    type_ready(thread, &type_async_generator_wrapped_value);
}
