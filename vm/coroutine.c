/* coroutine.c: the awaitable protocol and what coroutines add to generators.
 *
 * `await x` asks coroutine_get_awaitable for an iterator (a coroutine
 * awaits as itself, anything else through x.__await__()), then the
 * compiler's SEND/YIELD_VALUE loop drives it as `yield from` would. The
 * slow paths of BEFORE_ASYNC_WITH, GET_AITER and GET_ANEXT live here too,
 * with CPython's messages, and `coroutine_wrapper`, the iterator that
 * coroutine.__await__() returns. Last, the RuntimeWarning CPython prints
 * when a coroutine that never ran is freed: Baton frees objects in the
 * collector's sweep, so the warning is printed from the type's finalize,
 * with the location recorded when a statement dropped the coroutine. */
#include "coroutine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval_call.h"
#include "eval_support.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- coroutine.__await__() and its wrapper ---- */

typedef struct CoroutineWrapper {
    Object header;
    Value coroutine; /* the coroutine it drives */
} CoroutineWrapper;

static void coroutine_wrapper_trace(Object *object, GcTracer *tracer) {
    gc_mark_value(tracer, ((CoroutineWrapper *)object)->coroutine);
}

static bool coroutine_await_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__await__", kwnames) || !error_check_argc(thread, "__await__", argc - 1, 0, 0))
        return false;
    CoroutineWrapper *wrapper = ALLOCATE_OBJECT(thread, CoroutineWrapper, &type_coroutine_wrapper);
    if (wrapper == NULL) return false;
    wrapper->coroutine = argv[0];
    *result = OBJECT_VALUE(wrapper);
    return true;
}

/* The wrapper's send/throw/close are the coroutine's own, called on it. */
static bool coroutine_wrapper_forward(Thread *thread, Str *name, int argc, Value *argv, Value *result) {
    Value coroutine = ((CoroutineWrapper *)AS_OBJECT(argv[0]))->coroutine;
    return object_call_method(thread, coroutine, name, argc - 1, argv + 1, result);
}

static bool coroutine_wrapper_send(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "send", kwnames)) return false;
    return coroutine_wrapper_forward(thread, thread->runtime->names.send, argc, argv, result);
}

static bool coroutine_wrapper_throw(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "throw", kwnames)) return false;
    return coroutine_wrapper_forward(thread, thread->runtime->names.throw, argc, argv, result);
}

static bool coroutine_wrapper_close(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "close", kwnames)) return false;
    return coroutine_wrapper_forward(thread, thread->runtime->names.close, argc, argv, result);
}

static bool coroutine_wrapper_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "__next__", kwnames) || !error_check_argc(thread, "__next__", argc - 1, 0, 0))
        return false;
    Value arguments[2] = {argv[0], NONE_VALUE};
    return coroutine_wrapper_forward(thread, thread->runtime->names.send, 2, arguments, result);
}

static bool coroutine_wrapper_iter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = argv[0];
    return true;
}

/* ---- The awaitable protocol ---- */

/* True if `value`'s type has a __next__ (an iterator, as CPython's
 * PyIter_Check). */
static bool coroutine_is_iterator(Thread *thread, Value value) {
    return !IS_EMPTY(type_lookup(value_type(value), thread->runtime->names.next));
}

/* `await value` on something that is not a coroutine: call its __await__. */
static bool coroutine_call_await(Thread *thread, Value value, int where, Value *result) {
    Value method = type_lookup(value_type(value), thread->runtime->names.await);
    if (IS_EMPTY(method)) {
        if (where == 1 || where == 2)
            return error_set(thread, &type_TypeError,
                             "'async with' received an object from __a%s__ that does not implement __await__: %s",
                             where == 1 ? "enter" : "exit", value_type_name(value));
        return error_set(thread, &type_TypeError, "object %s can't be used in 'await' expression",
                         value_type_name(value));
    }
    if (!eval_call_special(thread, method, value, 0, NULL, result)) return false;
    if (value_is_exact(*result, &type_coroutine))
        return error_set(thread, &type_TypeError, "__await__() returned a coroutine");
    if (!coroutine_is_iterator(thread, *result))
        return error_set(thread, &type_TypeError, "__await__() returned non-iterator of type '%s'",
                         value_type_name(*result));
    return true;
}

bool coroutine_get_awaitable(Thread *thread, Value value, int where, Value *result) {
    if (!value_is_exact(value, &type_coroutine)) return coroutine_call_await(thread, value, where, result);
    if (!IS_EMPTY(generator_delegate((Generator *)AS_OBJECT(value))))
        return error_set(thread, &type_RuntimeError, "coroutine is being awaited already");
    *result = value;
    return true;
}

bool coroutine_before_async_with(Thread *thread, Value manager, Value *exit, Value *enter) {
    Type *type = value_type(manager);
    *enter = type_lookup(type, thread->runtime->names.aenter);
    if (IS_EMPTY(*enter))
        return error_set(thread, &type_TypeError,
                         "'%s' object does not support the asynchronous context manager protocol", type_name(type));
    Value exit_descriptor = type_lookup(type, thread->runtime->names.aexit);
    if (IS_EMPTY(exit_descriptor))
        return error_set(thread, &type_TypeError,
                         "'%s' object does not support the asynchronous context manager protocol "
                         "(missed __aexit__ method)",
                         type_name(type));
    return function_bind(thread, exit_descriptor, manager, exit);
}

bool coroutine_get_aiter(Thread *thread, Value iterable, Value *result) {
    Value method = type_lookup(value_type(iterable), thread->runtime->names.aiter);
    if (IS_EMPTY(method))
        return error_set(thread, &type_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                         value_type_name(iterable));
    if (!eval_call_special(thread, method, iterable, 0, NULL, result)) return false;
    if (IS_EMPTY(type_lookup(value_type(*result), thread->runtime->names.anext)))
        return error_set(thread, &type_TypeError,
                         "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                         value_type_name(*result));
    return true;
}

/* Replace the current exception by a TypeError it is the cause of. */
static bool coroutine_error_from_cause(Thread *thread, const char *message, const char *detail) {
    Value cause = error_fetch(thread);
    if (!gc_push_root(thread, cause)) return false;
    error_set(thread, &type_TypeError, message, detail);
    gc_pop_roots(thread, 1);
    Value raised = thread->exception;
    if (IS_EXCEPTION(raised) && IS_EXCEPTION(cause)) {
        AS_EXCEPTION(raised)->cause = cause;
        AS_EXCEPTION(raised)->context = cause;
    }
    return false;
}

bool coroutine_get_anext(Thread *thread, Value aiter, Value *result) {
    if (value_is_exact(aiter, &type_async_generator))
        return async_generator_anext(thread, (Generator *)AS_OBJECT(aiter), result);
    Value method = type_lookup(value_type(aiter), thread->runtime->names.anext);
    if (IS_EMPTY(method))
        return error_set(thread, &type_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                         value_type_name(aiter));
    Value next;
    if (!eval_call_special(thread, method, aiter, 0, NULL, &next)) return false;
    if (!gc_push_root(thread, next)) return false;
    bool ok = coroutine_get_awaitable(thread, next, 0, result);
    gc_pop_roots(thread, 1);
    if (!ok && error_matches(thread, &type_TypeError))
        return coroutine_error_from_cause(thread, "'async for' received an invalid object from __anext__: %s",
                                          value_type_name(next));
    return ok;
}

/* ---- "coroutine ... was never awaited" ---- */

/* Line `number` of file `filename`, stripped of surrounding blanks, into
 * `buffer`; false if the file or the line cannot be read. */
static bool coroutine_source_line(const char *filename, int number, char *buffer, size_t size) {
    FILE *file = fopen(filename, "r");
    if (file == NULL) return false;
    bool found = false;
    for (int line = 1; fgets(buffer, (int)size, file) != NULL; line++) {
        bool whole = strchr(buffer, '\n') != NULL;
        if (line == number) {
            found = true;
            break;
        }
        while (!whole && fgets(buffer, (int)size, file) != NULL) whole = strchr(buffer, '\n') != NULL;
    }
    fclose(file);
    if (!found) return false;
    char *start = buffer;
    while (*start == ' ' || *start == '\t' || *start == '\f') start++;
    size_t length = strlen(start);
    while (length > 0 && strchr(" \t\f\r\n", start[length - 1]) != NULL) length--;
    memmove(buffer, start, length);
    buffer[length] = '\0';
    return true;
}

/* The warning as CPython's warnings module prints it for a location in a
 * file: "FILE:LINE: RuntimeWarning: MESSAGE", the stripped source line,
 * and the tracemalloc hint. malloc'd; NULL if memory is short. */
static char *coroutine_warning_text(const char *filename, int line, const char *qualname) {
    char source[512];
    bool has_source = coroutine_source_line(filename, line, source, sizeof source);
    const char *format = has_source ? "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n  %s\n%s"
                                    : "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n%s%s";
    const char *hint = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    int length = snprintf(NULL, 0, format, filename, line, qualname, has_source ? source : "", hint);
    if (length < 0) return NULL;
    char *text = malloc((size_t)length + 1);
    if (text != NULL) snprintf(text, (size_t)length + 1, format, filename, line, qualname, has_source ? source : "", hint);
    return text;
}

/* The warnings module's "default" action shows a warning once per module
 * and line: remember it in the module's __warningregistry__, as CPython.
 * True if this one was already shown. Errors count as "not shown". */
static bool coroutine_already_warned(Thread *thread, Frame *frame, Generator *coroutine, int line) {
    Str *registry_name = str_intern_c(thread, "__warningregistry__");
    Str *message = str_printf(thread, "coroutine '%s' was never awaited", coroutine->qualname->chars);
    if (registry_name == NULL || message == NULL) goto failed;
    Value registry = dict_get_str(frame->globals, registry_name);
    if (!value_is_exact(registry, &type_dict)) {
        Dict *fresh = dict_new(thread);
        if (fresh == NULL || !dict_set_str(thread, frame->globals, registry_name, OBJECT_VALUE(fresh))) goto failed;
        registry = OBJECT_VALUE(fresh);
    }
    Value items[3] = {OBJECT_VALUE(message), OBJECT_VALUE(&type_RuntimeWarning), INT_VALUE(line)};
    Tuple *key = tuple_from_array(thread, items, 3);
    Value seen;
    if (key == NULL || !dict_get(thread, AS_DICT(registry), OBJECT_VALUE(key), &seen)) goto failed;
    if (!IS_EMPTY(seen)) return true;
    if (!dict_set(thread, AS_DICT(registry), OBJECT_VALUE(key), BOOL_VALUE(true))) goto failed;
    return false;
failed:
    error_clear(thread);
    return false;
}

void coroutine_note_dropped(Thread *thread, Frame *frame, Value value) {
    Generator *coroutine = (Generator *)AS_OBJECT(value);
    if (coroutine->state != GENERATOR_CREATED || coroutine->unawaited_warning != NULL) return;
    int line = frame_current_line(frame);
    if (coroutine_already_warned(thread, frame, coroutine, line)) {
        coroutine->unawaited_warning = malloc(1); /* "" : collected silently */
        if (coroutine->unawaited_warning != NULL) coroutine->unawaited_warning[0] = '\0';
    } else {
        coroutine->unawaited_warning =
            coroutine_warning_text(frame->code->filename->chars, line, coroutine->qualname->chars);
    }
    /* Collect soon, so the warning comes out near the line, as in CPython. */
    thread->runtime->collection_pending = true;
    atomic_fetch_or_explicit(&thread->eval_breaker, EVAL_BREAKER_COLLECT, memory_order_relaxed);
}

/* At exit every "sys:1" warning has the same location, so CPython shows
 * each text once. The objects after this one in the heap list are not freed
 * yet (the sweep unlinks and frees one at a time): if one of them will print
 * the same warning, this one stays silent. */
static bool coroutine_warned_later(Generator *coroutine) {
    for (Object *object = coroutine->header.next; object != NULL; object = object->next) {
        if (object->type != &type_coroutine) continue;
        Generator *other = (Generator *)object;
        if (other->state == GENERATOR_CREATED && other->unawaited_warning == NULL &&
            str_equal(other->qualname, coroutine->qualname))
            return true;
    }
    return false;
}

/* A coroutine nobody dropped by a statement: CPython names the line running
 * when it is freed; Baton names the main thread's current line, or "sys:1"
 * when no code runs (at exit), as CPython does at exit. */
static void coroutine_warn_here(Generator *coroutine) {
    Runtime *runtime = coroutine->runtime;
    Frame *frame = runtime->threads != NULL && runtime->main_thread != NULL ? runtime->main_thread->frame : NULL;
    if (frame == NULL) {
        if (!coroutine_warned_later(coroutine))
            fprintf(stderr, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", coroutine->qualname->chars);
        return;
    }
    char *text = coroutine_warning_text(frame->code->filename->chars, frame_current_line(frame),
                                        coroutine->qualname->chars);
    if (text != NULL) fputs(text, stderr);
    free(text);
}

size_t coroutine_finalize(Runtime *runtime, Object *object) {
    (void)runtime;
    Generator *coroutine = (Generator *)object;
    if (coroutine->state == GENERATOR_CREATED) {
        if (coroutine->unawaited_warning != NULL) fputs(coroutine->unawaited_warning, stderr);
        else coroutine_warn_here(coroutine);
    }
    free(coroutine->unawaited_warning);
    coroutine->unawaited_warning = NULL;
    return 0;
}

/* ---- Types ---- */

static const MethodDef coroutine_extra_methods[] = {
    {"__await__", coroutine_await_method},
    {NULL, NULL},
};

static const MethodDef coroutine_wrapper_methods[] = {
    {"__iter__", coroutine_wrapper_iter},
    {"__next__", coroutine_wrapper_next},
    {"send", coroutine_wrapper_send},
    {"throw", coroutine_wrapper_throw},
    {"close", coroutine_wrapper_close},
    {NULL, NULL},
};

Type type_coroutine_wrapper = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "coroutine_wrapper",
    .base = &type_object,
    .instance_size = sizeof(CoroutineWrapper),
    .trace = coroutine_wrapper_trace,
    .flags = TYPE_ABSTRACT_NEW,
};

void coroutine_init_types(Thread *thread) {
    type_add_methods(thread, &type_coroutine, coroutine_extra_methods);
    type_ready(thread, &type_coroutine_wrapper);
    type_add_methods(thread, &type_coroutine_wrapper, coroutine_wrapper_methods);
    async_generator_init_types(thread);
}
