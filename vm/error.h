/* error.h: raising and inspecting exceptions from C.
 *
 * The runtime never longjmps. A C function that fails sets the current
 * thread's exception and returns false (or NULL); its caller passes the
 * failure up the same way until the dispatch loop unwinds Python frames.
 * Messages follow CPython 3.11 to the byte: copy them from `python3`. */
#ifndef BATON_ERROR_H
#define BATON_ERROR_H

#include "runtime.h"

struct Str;
struct Tuple;

/* Raise a new instance of `type` whose single argument is the formatted
 * message (printf-style). Always returns false. */
bool error_set(Thread *thread, Type *type, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Raise an instance of `type` with no arguments (`raise StopIteration`). */
bool error_set_empty(Thread *thread, Type *type);

/* Raise `exception`: an exception instance, or an exception class which is
 * called with no arguments. A non-exception raises TypeError
 * ("exceptions must derive from BaseException"). Always returns false. */
bool error_raise(Thread *thread, Value exception);

/* `raise exception from cause`: as error_raise, then set __cause__ (an
 * exception instance or class, or None) and __suppress_context__. A bad
 * cause raises TypeError ("exception causes must derive from
 * BaseException"). Always returns false. */
bool error_raise_from(Thread *thread, Value exception, Value cause);

/* Raise an exception instance as it is (no checks), chaining the exception
 * being handled as its __context__ as CPython does. Always returns false. */
bool error_set_object(Thread *thread, Value exception);

/* Raise the OSError subclass CPython picks for `errno_value`
 * (FileNotFoundError for ENOENT...) with strerror's text, and `filename`
 * unless NULL: "[Errno 2] No such file or directory: 'x'". As CPython's
 * PyErr_SetFromErrnoWithFilename. Always returns false. */
bool error_set_from_errno(Thread *thread, int errno_value, const char *filename);

/* Raise MemoryError (uses a preallocated instance when the heap is full). */
bool error_no_memory(Thread *thread);

/* Raise SyntaxError (or `type`, a subclass such as IndentationError) with
 * CPython's attributes: msg, filename, lineno, offset (1-based column),
 * text (the source line), end_lineno, end_offset. */
bool error_set_syntax(Thread *thread, Type *type, const char *message, const char *filename, int line,
                      int column, int end_line, int end_column, const char *line_text);

/* Record which name the NameError or AttributeError just raised is about,
 * and for AttributeError on which object (`object` EMPTY otherwise): its
 * `name`/`obj` attributes, from which the printed traceback offers
 * CPython's ". Did you mean: 'x'?". Does nothing for other exceptions. */
void error_attach_name(Thread *thread, struct Str *name, Value object);

/* The raising functions always return false. Saying so in a macro lets the
 * compiler see it at every call site, so it does not warn that an output
 * argument "may be used uninitialized" on the error path. (error.c defines
 * the functions with their names in parentheses, which macros skip.) */
static inline bool error_false(bool raised) {
    (void)raised;
    return false;
}
#define error_set(...) error_false(error_set(__VA_ARGS__))
#define error_set_empty(...) error_false(error_set_empty(__VA_ARGS__))
#define error_raise(...) error_false(error_raise(__VA_ARGS__))
#define error_no_memory(...) error_false(error_no_memory(__VA_ARGS__))

static inline bool error_occurred(Thread *thread) { return !IS_EMPTY(thread->exception); }

/* True if the current exception is an instance of `type` (or a subclass). */
bool error_matches(Thread *thread, Type *type);

/* Take the current exception and clear it. */
static inline Value error_fetch(Thread *thread) {
    Value exception = thread->exception;
    thread->exception = EMPTY_VALUE;
    return exception;
}
static inline void error_clear(Thread *thread) { thread->exception = EMPTY_VALUE; }

/* Report the current exception as CPython's "unraisable" hook does when a
 * finalizer fails ("Exception ignored in: <repr of object>" then the
 * traceback, on stderr), and clear it. */
void error_write_unraisable(Thread *thread, Value object);

/* Argument-checking helpers for native functions. `name` is the function
 * name as Python shows it. Messages are CPython's:
 *   "len() takes exactly one argument (2 given)" and the like. */
bool error_check_no_kwargs(Thread *thread, const char *name, struct Tuple *kwnames);
bool error_check_argc(Thread *thread, const char *name, int argc, int min, int max);

#endif
