/* exception.h: exception objects, the built-in exception hierarchy, and
 * tracebacks.
 *
 * An exception instance is an ExceptionObject; user subclasses of
 * BaseException make the same layout plus their __dict__. As the VM unwinds a
 * frame it prepends a TracebackEntry, so the chain reads outermost first as
 * CPython prints it. */
#ifndef BATON_EXCEPTION_H
#define BATON_EXCEPTION_H

#include "code.h"

struct Dict;
struct Tuple;
struct Str;
struct StringBuilder;

typedef struct TracebackEntry {
    Object header;
    struct TracebackEntry *next; /* the entry for the next inner frame */
    Code *code;
    uint32_t instruction;        /* the instruction that raised or called */
    struct Dict *globals;        /* the frame's globals (NameError suggestions), or NULL */
} TracebackEntry;

typedef struct ExceptionObject {
    Object header;
    struct Dict *dict;       /* __dict__ (attributes of subclasses, SyntaxError's...) */
    struct Tuple *args;
    Value traceback;         /* TracebackEntry or None */
    Value cause;             /* __cause__: None or an exception */
    Value context;           /* __context__: None or an exception */
    bool suppress_context;   /* __suppress_context__ */
} ExceptionObject;

#define AS_EXCEPTION(v) ((ExceptionObject *)AS_OBJECT(v))
#define IS_EXCEPTION(v) (IS_OBJECT(v) && (AS_OBJECT(v)->type->flags & TYPE_EXCEPTION))

extern Type type_traceback;

/* The built-in exceptions, as X(c_name, python_name, base). */
#define BUILTIN_EXCEPTIONS(X)                                    \
    X(BaseException, "BaseException", object)                    \
    X(SystemExit, "SystemExit", BaseException)                   \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)     \
    X(GeneratorExit, "GeneratorExit", BaseException)             \
    X(Exception, "Exception", BaseException)                     \
    X(StopIteration, "StopIteration", Exception)                 \
    X(StopAsyncIteration, "StopAsyncIteration", Exception)       \
    X(ArithmeticError, "ArithmeticError", Exception)             \
    X(FloatingPointError, "FloatingPointError", ArithmeticError) \
    X(OverflowError, "OverflowError", ArithmeticError)           \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)   \
    X(AssertionError, "AssertionError", Exception)               \
    X(AttributeError, "AttributeError", Exception)               \
    X(BufferError, "BufferError", Exception)                     \
    X(EOFError, "EOFError", Exception)                           \
    X(ImportError, "ImportError", Exception)                     \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)   \
    X(LookupError, "LookupError", Exception)                     \
    X(IndexError, "IndexError", LookupError)                     \
    X(KeyError, "KeyError", LookupError)                         \
    X(MemoryError, "MemoryError", Exception)                     \
    X(NameError, "NameError", Exception)                         \
    X(UnboundLocalError, "UnboundLocalError", NameError)         \
    X(OSError, "OSError", Exception)                             \
    X(BlockingIOError, "BlockingIOError", OSError)               \
    X(ChildProcessError, "ChildProcessError", OSError)           \
    X(ConnectionError, "ConnectionError", OSError)               \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError)       \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError) \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError) \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError)     \
    X(FileExistsError, "FileExistsError", OSError)               \
    X(FileNotFoundError, "FileNotFoundError", OSError)           \
    X(InterruptedError, "InterruptedError", OSError)             \
    X(IsADirectoryError, "IsADirectoryError", OSError)           \
    X(NotADirectoryError, "NotADirectoryError", OSError)         \
    X(PermissionError, "PermissionError", OSError)               \
    X(ProcessLookupError, "ProcessLookupError", OSError)         \
    X(TimeoutError, "TimeoutError", OSError)                     \
    X(ReferenceError, "ReferenceError", Exception)               \
    X(RuntimeError, "RuntimeError", Exception)                   \
    X(NotImplementedError, "NotImplementedError", RuntimeError)  \
    X(RecursionError, "RecursionError", RuntimeError)            \
    X(SyntaxError, "SyntaxError", Exception)                     \
    X(IndentationError, "IndentationError", SyntaxError)         \
    X(TabError, "TabError", IndentationError)                    \
    X(SystemError, "SystemError", Exception)                     \
    X(TypeError, "TypeError", Exception)                         \
    X(ValueError, "ValueError", Exception)                       \
    X(UnicodeError, "UnicodeError", ValueError)                  \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)    \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)    \
    X(Warning, "Warning", Exception)                             \
    X(DeprecationWarning, "DeprecationWarning", Warning)         \
    X(RuntimeWarning, "RuntimeWarning", Warning)                 \
    X(UserWarning, "UserWarning", Warning)                       \
    X(BaseExceptionGroup, "BaseExceptionGroup", BaseException)   \
    X(ExceptionGroup, "ExceptionGroup", Exception)

#define DECLARE_EXCEPTION_TYPE(c_name, python_name, base) extern Type type_##c_name;
BUILTIN_EXCEPTIONS(DECLARE_EXCEPTION_TYPE)
#undef DECLARE_EXCEPTION_TYPE

/* A new instance of exception class `type` with `args`. */
ExceptionObject *exception_new(Thread *thread, Type *type, struct Tuple *args);

/* Record that the exception passed through instruction `instruction` of
 * `code` (the VM calls this once per frame as it unwinds). */
bool exception_add_traceback(Thread *thread, Value exception, Code *code, uint32_t instruction);

/* Print an uncaught exception as CPython does to stderr: the chain of
 * causes/contexts ("The above exception was the direct cause..."), each
 * with "Traceback (most recent call last):", one "  File ..., line N, in f"
 * entry per frame with the stripped source line, and "Type: message". */
void exception_print(Thread *thread, Value exception);

/* Print an exception that cannot be raised as CPython's unraisable hook
 * does, after its "Exception ignored in: ..." line: its own traceback (no
 * chain) and "Type: message", with the ": " even when the message is
 * empty. */
void exception_print_unraisable(Thread *thread, Value exception);

/* The "Type: message" last line of a traceback ("ValueError: bad"). */
struct Str *exception_summary(Thread *thread, Value exception);

/* The full text exception_print writes (traceback.format_exception and
 * threading's excepthook use it). NULL only if memory ran out. */
struct Str *exception_format(Thread *thread, Value exception);

/* Append line `number` of `filename` (a file, or an embedded stdlib
 * module's "<baton>/NAME.py"), without its indentation, to `out`; false if
 * it cannot be read. */
bool traceback_append_source_line(const char *filename, int number, struct StringBuilder *out);
/* The whole text of `filename` as tracebacks show it: the embedded
 * library's source, or the file on disk (malloc'd, NUL-terminated, its
 * length in *length); NULL if there is none ("<string>", unreadable). */
char *traceback_read_source(const char *filename, size_t *length);

void exception_init_types(Thread *thread);

/* ---- Shared by exception.c, exception_group.c and traceback.c ---- */

/* Allocate an instance of `type` with `args`, its kind's attributes set to
 * None, without running any __init__. */
ExceptionObject *exception_allocate(Thread *thread, Type *type, struct Tuple *args);
/* An attribute kept in the instance dict (None when absent). */
Value exception_attribute(Thread *thread, ExceptionObject *exception, const char *name);
bool exception_set_attribute(Thread *thread, ExceptionObject *exception, const char *name, Value value);
/* argv[0] as an instance of `owner`, with CPython's descriptor errors. */
bool exception_check_self(Thread *thread, int argc, Value *argv, Type *owner, const char *method,
                          ExceptionObject **self);
/* tuple(sequence) */
bool exception_sequence_tuple(Thread *thread, Value sequence, struct Tuple **result);
/* BaseException.__str__: '', str(arg), or str(args). */
bool exception_args_str(Thread *thread, ExceptionObject *self, Value *result);

/* exception_group.c: a group made as BaseExceptionGroup.__new__(type,
 * *args) does; its sub-exceptions (NULL if `exception` is no group). */
ExceptionObject *exception_group_create(Thread *thread, Type *type, struct Tuple *args);
struct Tuple *exception_group_items(Thread *thread, Value exception);
/* BaseExceptionGroup or ExceptionGroup or a subclass (ExceptionGroup's C
 * base is Exception: single inheritance). */
bool exception_type_is_group(Type *type);
bool exception_group_init_types(Thread *thread);
/* traceback.c */
void traceback_init_type(Thread *thread);

#endif
