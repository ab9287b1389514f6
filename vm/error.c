/* error.c: raising exceptions from C (everything error.h declares).
 *
 * A failing C function makes an exception instance (exception.c), stores
 * it in thread->exception with error_set_object and returns false; the
 * dispatch loop (eval.c) later unwinds Python frames and adds traceback
 * entries (traceback.c). error_set_object is also where implicit exception
 * chaining happens, as in CPython: an exception raised while another one is
 * being handled gets it as its __context__. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "class.h"
#include "exception.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* The exception an `except` block is handling, or EMPTY when none. */
static Value error_handled(Thread *thread) {
    Value handled = thread->handled_exception;
    return IS_EXCEPTION(handled) ? handled : EMPTY_VALUE;
}

/* Before `exception` gets `handled` as its __context__, cut the context
 * chain of `handled` where it reaches `exception`, so no cycle forms. A
 * pre-existing cycle is detected with Floyd's tortoise and hare. */
static void error_break_context_cycle(Value handled, Value exception) {
    ExceptionObject *node = AS_EXCEPTION(handled);
    ExceptionObject *slow = node;
    bool move_slow = false;
    while (IS_EXCEPTION(node->context)) {
        ExceptionObject *context = AS_EXCEPTION(node->context);
        if ((Object *)context == AS_OBJECT(exception)) {
            node->context = NONE_VALUE;
            return;
        }
        node = context;
        if (node == slow) return;
        if (move_slow) slow = AS_EXCEPTION(slow->context);
        move_slow = !move_slow;
    }
}

bool error_set_object(Thread *thread, Value exception) {
    Value handled = error_handled(thread);
    if (IS_EXCEPTION(exception) && !IS_EMPTY(handled) && !value_is(handled, exception)) {
        error_break_context_cycle(handled, exception);
        AS_EXCEPTION(exception)->context = handled;
    }
    thread->exception = exception;
    return false;
}

/* Raise a new `type` instance with the given argument tuple. */
static bool error_set_with_args(Thread *thread, Type *type, Tuple *args) {
    if (args == NULL) return false;
    ExceptionObject *exception = exception_new(thread, type, args);
    if (exception == NULL) return false;
    return error_set_object(thread, OBJECT_VALUE(exception));
}

bool (error_set)(Thread *thread, Type *type, const char *format, ...) {
    char small[256];
    va_list arguments;
    va_start(arguments, format);
    int length = vsnprintf(small, sizeof small, format, arguments);
    va_end(arguments);
    if (length < 0) length = 0;
    char *text = small;
    if ((size_t)length >= sizeof small) {
        text = malloc((size_t)length + 1);
        if (text == NULL) return error_no_memory(thread);
        va_start(arguments, format);
        vsnprintf(text, (size_t)length + 1, format, arguments);
        va_end(arguments);
    }
    Str *message = str_new(thread, text, (size_t)length);
    if (text != small) free(text);
    if (message == NULL) return false;
    Value item = OBJECT_VALUE(message);
    return error_set_with_args(thread, type, tuple_from_array(thread, &item, 1));
}

bool (error_set_empty)(Thread *thread, Type *type) {
    return error_set_with_args(thread, type, thread->runtime->empty_tuple);
}

/* Call an exception class with no arguments, as `raise ValueError` does,
 * checking that it really produced an exception. */
static bool error_instantiate(Thread *thread, Value type, Value *result) {
    if (!object_call(thread, type, 0, NULL, NULL, result)) return false;
    if (IS_EXCEPTION(*result)) return true;
    Str *type_repr = NULL, *result_repr = NULL;
    Value result_type = OBJECT_VALUE(value_type(*result));
    if (!object_repr(thread, type, &type_repr) || !object_repr(thread, result_type, &result_repr)) return false;
    return error_set(thread, &type_TypeError,
                     "calling %s should have returned an instance of BaseException, not %s", type_repr->chars,
                     result_repr->chars);
}

/* True if `value` is BaseException or one of its subclasses. */
static bool error_is_exception_class(Value value) {
    return IS_TYPE(value) && type_is_subtype(AS_TYPE(value), &type_BaseException);
}

/* `raise x`: x an exception instance or class; *result the instance. */
static bool error_make_instance(Thread *thread, Value exception, Value *result) {
    if (error_is_exception_class(exception)) return error_instantiate(thread, exception, result);
    if (IS_EXCEPTION(exception)) {
        *result = exception;
        return true;
    }
    return error_set(thread, &type_TypeError, "exceptions must derive from BaseException");
}

bool (error_raise)(Thread *thread, Value exception) {
    Value instance;
    if (!error_make_instance(thread, exception, &instance)) return false;
    return error_set_object(thread, instance);
}

bool error_raise_from(Thread *thread, Value exception, Value cause) {
    Value instance, fixed_cause = NONE_VALUE;
    if (!error_make_instance(thread, exception, &instance)) return false;
    if (error_is_exception_class(cause)) {
        if (!gc_push_root(thread, instance)) return false;
        bool made = error_instantiate(thread, cause, &fixed_cause);
        gc_pop_roots(thread, 1);
        if (!made) return false;
    } else if (IS_EXCEPTION(cause)) {
        fixed_cause = cause;
    } else if (!IS_NONE(cause)) {
        return error_set(thread, &type_TypeError, "exception causes must derive from BaseException");
    }
    AS_EXCEPTION(instance)->cause = fixed_cause;
    AS_EXCEPTION(instance)->suppress_context = true;
    return error_set_object(thread, instance);
}

bool error_set_from_errno(Thread *thread, int errno_value, const char *filename) {
    Tuple *args = tuple_new(thread, filename != NULL ? 3 : 2);
    if (args == NULL) return false;
    Str *message = str_from_c(thread, strerror(errno_value));
    if (message == NULL) return false;
    args->items[0] = INT_VALUE(errno_value);
    args->items[1] = OBJECT_VALUE(message);
    if (filename != NULL) {
        Str *name = str_from_c(thread, filename);
        if (name == NULL) return false;
        args->items[2] = OBJECT_VALUE(name);
    }
    return error_set_with_args(thread, &type_OSError, args);
}

bool (error_no_memory)(Thread *thread) {
    Value memory_error = thread->runtime->memory_error;
    if (!IS_EXCEPTION(memory_error)) {
        /* Start-up, before the instance exists: raise the class itself. */
        thread->exception = OBJECT_VALUE(&type_MemoryError);
        return false;
    }
    ExceptionObject *exception = AS_EXCEPTION(memory_error);
    exception->traceback = NONE_VALUE;
    exception->cause = NONE_VALUE;
    exception->context = NONE_VALUE;
    exception->suppress_context = false;
    return error_set_object(thread, memory_error);
}

/* A str value from C text, or None when `text` is NULL. */
static bool error_optional_str(Thread *thread, const char *text, Value *result) {
    if (text == NULL) {
        *result = NONE_VALUE;
        return true;
    }
    Str *str = str_from_c(thread, text);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

bool error_set_syntax(Thread *thread, Type *type, const char *message, const char *filename, int line,
                      int column, int end_line, int end_column, const char *line_text) {
    Tuple *details = tuple_new(thread, 6);
    Tuple *args = tuple_new(thread, 2);
    if (details == NULL || args == NULL) return false;
    if (!error_optional_str(thread, filename, &details->items[0])) return false;
    details->items[1] = INT_VALUE(line);
    details->items[2] = column > 0 ? INT_VALUE(column) : NONE_VALUE;
    if (!error_optional_str(thread, line_text, &details->items[3])) return false;
    details->items[4] = end_line > 0 ? INT_VALUE(end_line) : NONE_VALUE;
    details->items[5] = end_line > 0 && end_column > 0 ? INT_VALUE(end_column) : NONE_VALUE;
    if (IS_NONE(details->items[4])) details->items[5] = NONE_VALUE;
    if (!error_optional_str(thread, message, &args->items[0])) return false;
    args->items[1] = OBJECT_VALUE(details);
    return error_set_with_args(thread, type, args);
}

void error_attach_name(Thread *thread, Str *name, Value object) {
    Value exception = thread->exception;
    bool is_name_error = value_is_instance(exception, &type_NameError);
    if (!IS_EXCEPTION(exception) || (!is_name_error && !value_is_instance(exception, &type_AttributeError))) return;
    ExceptionObject *object_exception = AS_EXCEPTION(exception);
    if (!exception_set_attribute(thread, object_exception, "name", OBJECT_VALUE(name)) ||
        (!is_name_error && !IS_EMPTY(object) && !exception_set_attribute(thread, object_exception, "obj", object)))
        thread->exception = exception; /* out of memory: keep the original error */
}

bool error_matches(Thread *thread, Type *type) {
    return !IS_EMPTY(thread->exception) && value_is_instance(thread->exception, type);
}

bool error_check_no_kwargs(Thread *thread, const char *name, struct Tuple *kwnames) {
    if (kwnames == NULL || kwnames->count == 0) return true;
    return error_set(thread, &type_TypeError, "%s() takes no keyword arguments", name);
}

bool error_check_argc(Thread *thread, const char *name, int argc, int min, int max) {
    if (argc >= min && (max < 0 || argc <= max)) return true;
    if (min == max && max == 0)
        return error_set(thread, &type_TypeError, "%s() takes no arguments (%d given)", name, argc);
    if (min == max && max == 1)
        return error_set(thread, &type_TypeError, "%s() takes exactly one argument (%d given)", name, argc);
    if (min == max)
        return error_set(thread, &type_TypeError, "%s expected %d arguments, got %d", name, min, argc);
    int bound = argc < min ? min : max;
    return error_set(thread, &type_TypeError, "%s expected %s %d argument%s, got %d", name,
                     argc < min ? "at least" : "at most", bound, bound == 1 ? "" : "s", argc);
}

void error_write_unraisable(Thread *thread, Value object) {
    Value exception = error_fetch(thread);
    if (!gc_push_root(thread, exception)) {
        error_clear(thread);
        return;
    }
    builtins_flush_stdout(thread);
    Str *text = NULL;
    if (object_repr(thread, object, &text))
        fprintf(stderr, "Exception ignored in: %s\n", text->chars);
    else
        error_clear(thread);
    exception_print_unraisable(thread, exception);
    gc_pop_roots(thread, 1);
}
