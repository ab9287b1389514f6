/* exception.c: BaseException and the built-in exception hierarchy.
 *
 * Every built-in exception is a static Type of BUILTIN_EXCEPTIONS
 * (exception.h) whose instances are ExceptionObjects. BaseException owns
 * what every exception has: args, __str__/__repr__, __traceback__,
 * __cause__, __context__, __suppress_context__ and notes. A few "kinds" add
 * their own attributes and constructor logic (StopIteration.value,
 * OSError.errno, SyntaxError.lineno...): those attributes live in the
 * instance's __dict__, set to None by __new__ and filled by the kind's
 * __init__, so a subclass that overrides __init__ still sees None as
 * CPython does. ExceptionGroup is in exception_group.c, tracebacks and
 * printing in traceback.c. */
#include "exception.h"

#include <errno.h>
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- The types ---- */

static void exception_trace(Object *object, GcTracer *tracer) {
    ExceptionObject *exception = (ExceptionObject *)object;
    gc_mark_object(tracer, (Object *)exception->dict);
    gc_mark_object(tracer, (Object *)exception->args);
    gc_mark_value(tracer, exception->traceback);
    gc_mark_value(tracer, exception->cause);
    gc_mark_value(tracer, exception->context);
}

static bool exception_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

#define DEFINE_EXCEPTION_TYPE(name, python_name, base_name)                    \
    Type type_##name = {                                                     \
        .header = {.type = &type_type, .flags = OBJECT_STATIC},              \
        .c_name = python_name,                                               \
        .base = &type_##base_name,                                           \
        .instance_size = sizeof(ExceptionObject),                            \
        .flags = TYPE_EXCEPTION | TYPE_BASETYPE | TYPE_HAS_DICT,             \
        .trace = exception_trace,                                            \
        .new_instance = exception_new_instance,                              \
    };
BUILTIN_EXCEPTIONS(DEFINE_EXCEPTION_TYPE)
#undef DEFINE_EXCEPTION_TYPE

/* ---- Helpers shared by the exception files ---- */

Value exception_attribute(Thread *thread, ExceptionObject *exception, const char *name) {
    if (exception->dict == NULL) return NONE_VALUE;
    Value value = dict_get_c(thread, exception->dict, name);
    return IS_EMPTY(value) ? NONE_VALUE : value;
}

bool exception_set_attribute(Thread *thread, ExceptionObject *exception, const char *name, Value value) {
    if (exception->dict == NULL && (exception->dict = dict_new(thread)) == NULL) return false;
    return dict_set_c(thread, exception->dict, name, value);
}

bool exception_check_self(Thread *thread, int argc, Value *argv, Type *owner, const char *method,
                          ExceptionObject **self) {
    if (argc < 1)
        return error_set(thread, &type_TypeError, "descriptor '%s' of '%s' object needs an argument", method,
                         type_name(owner));
    if (!value_is_instance(argv[0], owner))
        return error_set(thread, &type_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                         method, type_name(owner), value_type_name(argv[0]));
    *self = AS_EXCEPTION(argv[0]);
    return true;
}

bool exception_sequence_tuple(Thread *thread, Value sequence, Tuple **result) {
    if (value_is_exact(sequence, &type_tuple)) {
        *result = AS_TUPLE(sequence);
        return true;
    }
    if (value_is_exact(sequence, &type_list)) {
        List *list = AS_LIST(sequence);
        *result = list->count == 0 ? thread->runtime->empty_tuple : tuple_from_array(thread, list->items, list->count);
        return *result != NULL;
    }
    List *items = list_new(thread, 0);
    if (items == NULL || !gc_push_root(thread, OBJECT_VALUE(items))) return false;
    bool ok = list_extend(thread, items, sequence);
    gc_pop_roots(thread, 1);
    if (!ok) return false;
    *result = tuple_from_array(thread, items->items, items->count);
    return *result != NULL;
}

/* Keyword arguments of a constructor that accepts only `names` (CPython's
 * "|$OO:ImportError" formats): values[i] gets the value for names[i], or
 * stays as it was when absent. */
static bool exception_parse_keywords(Thread *thread, const char *owner, const char *const *names, Tuple *kwnames,
                                     const Value *kwvalues, Value *values) {
    if (kwnames == NULL) return true;
    for (size_t k = 0; k < kwnames->count; k++) {
        Str *keyword = AS_STR(kwnames->items[k]);
        int found = -1;
        for (int i = 0; names[i] != NULL && found < 0; i++)
            if (strcmp(keyword->chars, names[i]) == 0) found = i;
        if (found < 0)
            return error_set(thread, &type_TypeError, "'%s' is an invalid keyword argument for %s()", keyword->chars,
                             owner);
        values[found] = kwvalues[k];
    }
    return true;
}

/* BaseException.__init__ refuses keyword arguments, naming the class. */
static bool exception_no_keywords(Thread *thread, ExceptionObject *self, Tuple *kwnames) {
    return error_check_no_kwargs(thread, type_name(self->header.type), kwnames);
}

/* Set several attributes from parallel arrays of names and values. */
static bool exception_set_attributes(Thread *thread, ExceptionObject *self, const char *const *names,
                                     const Value *values) {
    for (int i = 0; names[i] != NULL; i++)
        if (!exception_set_attribute(thread, self, names[i], values[i])) return false;
    return true;
}

/* ---- The kinds: constructor logic of the exceptions with attributes ---- */

static bool base_exception_init_args(Thread *thread, ExceptionObject *self, int argc, Value *argv,
                                     Tuple *kwnames) {
    (void)argc, (void)argv;
    return exception_no_keywords(thread, self, kwnames);
}

static const char *const stop_iteration_attributes[] = {"value", NULL};

static bool stop_iteration_init_args(Thread *thread, ExceptionObject *self, int argc, Value *argv,
                                     Tuple *kwnames) {
    if (!exception_no_keywords(thread, self, kwnames)) return false;
    return exception_set_attribute(thread, self, "value", argc > 0 ? argv[0] : NONE_VALUE);
}

static const char *const system_exit_attributes[] = {"code", NULL};

static bool system_exit_init_args(Thread *thread, ExceptionObject *self, int argc, Value *argv, Tuple *kwnames) {
    if (!exception_no_keywords(thread, self, kwnames)) return false;
    Value code = NONE_VALUE;
    if (argc == 1) code = argv[0];
    if (argc > 1) code = OBJECT_VALUE(self->args);
    return exception_set_attribute(thread, self, "code", code);
}

static const char *const import_error_attributes[] = {"msg", "name", "path", NULL};
static const char *const import_error_keywords[] = {"name", "path", NULL};

static bool import_error_init_args(Thread *thread, ExceptionObject *self, int argc, Value *argv, Tuple *kwnames) {
    Value values[3] = {NONE_VALUE, NONE_VALUE, NONE_VALUE};
    if (!exception_parse_keywords(thread, "ImportError", import_error_keywords, kwnames, argv + argc, values + 1))
        return false;
    if (argc == 1) values[0] = argv[0];
    return exception_set_attributes(thread, self, import_error_attributes, values);
}

static const char *const attribute_error_attributes[] = {"name", "obj", NULL};

static bool attribute_error_init_args(Thread *thread, ExceptionObject *self, int argc, Value *argv,
                                      Tuple *kwnames) {
    Value values[2] = {NONE_VALUE, NONE_VALUE};
    if (!exception_parse_keywords(thread, "AttributeError", attribute_error_attributes, kwnames, argv + argc, values))
        return false;
    return exception_set_attributes(thread, self, attribute_error_attributes, values);
}

static const char *const name_error_attributes[] = {"name", NULL};

static bool name_error_init_args(Thread *thread, ExceptionObject *self, int argc, Value *argv, Tuple *kwnames) {
    Value values[1] = {NONE_VALUE};
    if (!exception_parse_keywords(thread, "NameError", name_error_attributes, kwnames, argv + argc, values))
        return false;
    return exception_set_attributes(thread, self, name_error_attributes, values);
}

static const char *const syntax_error_attributes[] = {
    "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line", NULL};

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static bool syntax_error_init_args(Thread *thread, ExceptionObject *self, int argc, Value *argv, Tuple *kwnames) {
    if (!exception_no_keywords(thread, self, kwnames)) return false;
    if (argc >= 1 && !exception_set_attribute(thread, self, "msg", argv[0])) return false;
    if (argc != 2) return true;
    Tuple *details;
    if (!exception_sequence_tuple(thread, argv[1], &details)) return false;
    if (details->count < 4)
        return error_set(thread, &type_TypeError, "function takes at least 4 arguments (%zu given)", details->count);
    if (details->count > 6)
        return error_set(thread, &type_TypeError, "function takes at most 6 arguments (%zu given)", details->count);
    if (details->count == 5)
        return error_set(thread, &type_TypeError, "end_offset must be provided when end_lineno is provided");
    for (size_t i = 0; i < details->count; i++)
        if (!exception_set_attribute(thread, self, syntax_error_attributes[i + 1], details->items[i])) return false;
    return true;
}

static const char *const unicode_decode_error_attributes[] = {"encoding", "object", "start", "end", "reason", NULL};

/* UnicodeDecodeError(encoding, object, start, end, reason) */
static bool unicode_decode_error_init_args(Thread *thread, ExceptionObject *self, int argc, Value *argv,
                                           Tuple *kwnames) {
    if (!exception_no_keywords(thread, self, kwnames)) return false;
    if (argc != 5) return error_set(thread, &type_TypeError, "function takes exactly 5 arguments (%d given)", argc);
    for (int i = 0; i < 5; i += 4)
        if (!IS_STR(argv[i]))
            return error_set(thread, &type_TypeError, "argument %d must be str, not %s", i + 1,
                             value_type_name(argv[i]));
    Value values[5] = {argv[0], argv[1], argv[2], argv[3], argv[4]};
    if (value_is_instance(argv[1], &type_bytearray)) {
        ByteArray *array = AS_BYTEARRAY(argv[1]);
        Bytes *copy = bytes_new(thread, array->data, array->length);
        if (copy == NULL) return false;
        values[1] = OBJECT_VALUE(copy);
    } else if (!value_is_instance(argv[1], &type_bytes)) {
        return error_set(thread, &type_TypeError, "a bytes-like object is required, not '%s'",
                         value_type_name(argv[1]));
    }
    for (int i = 2; i < 4; i++) {
        int64_t index;
        if (!value_as_index(thread, argv[i], &index)) return false;
        values[i] = INT_VALUE(index);
    }
    return exception_set_attributes(thread, self, unicode_decode_error_attributes, values);
}

static const char *const os_error_attributes[] = {"errno", "strerror", "filename", "filename2", NULL};

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a
 * filename, args keeps only (errno, strerror), as CPython. */
static bool os_error_init_args(Thread *thread, ExceptionObject *self, int argc, Value *argv, Tuple *kwnames) {
    if (!exception_no_keywords(thread, self, kwnames)) return false;
    if (argc < 2 || argc > 5) return true;
    Value values[4] = {argv[0], argv[1], argc >= 3 ? argv[2] : NONE_VALUE, argc == 5 ? argv[4] : NONE_VALUE};
    if (IS_NONE(values[2])) values[3] = NONE_VALUE;
    if (!exception_set_attributes(thread, self, os_error_attributes, values)) return false;
    if (IS_NONE(values[2])) return true;
    Tuple *args = tuple_from_array(thread, argv, 2);
    if (args == NULL) return false;
    self->args = args;
    return true;
}

/* CPython's errno -> OSError subclass table (OSError(2, ...) is a
 * FileNotFoundError). */
static Type *os_error_subclass(int64_t code) {
    switch (code) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS: return &type_BlockingIOError;
    case ECHILD: return &type_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return &type_BrokenPipeError;
    case ECONNABORTED: return &type_ConnectionAbortedError;
    case ECONNREFUSED: return &type_ConnectionRefusedError;
    case ECONNRESET: return &type_ConnectionResetError;
    case EEXIST: return &type_FileExistsError;
    case ENOENT: return &type_FileNotFoundError;
    case EISDIR: return &type_IsADirectoryError;
    case ENOTDIR: return &type_NotADirectoryError;
    case EINTR: return &type_InterruptedError;
    case EACCES:
    case EPERM: return &type_PermissionError;
    case ESRCH: return &type_ProcessLookupError;
    case ETIMEDOUT: return &type_TimeoutError;
    default: return NULL;
    }
}

/* The class OSError(args) really makes: a subclass picked by errno when
 * OSError itself is called with 2 to 5 arguments. */
static Type *os_error_actual_type(Type *type, int argc, const Value *argv) {
    if (type != &type_OSError || argc < 2 || argc > 5 || !IS_INT(argv[0])) return type;
    Type *subclass = os_error_subclass(AS_INT(argv[0]));
    return subclass != NULL ? subclass : type;
}

typedef bool (*ExceptionInitFn)(Thread *thread, ExceptionObject *self, int argc, Value *argv, Tuple *kwnames);

/* A kind: a built-in exception class whose instances carry attributes
 * beyond args, with the constructor logic that fills them. */
typedef struct ExceptionKind {
    Type *type;
    const char *const *attributes; /* NULL-terminated; None until __init__ sets them */
    ExceptionInitFn init;
} ExceptionKind;

static const ExceptionKind exception_kinds[] = {
    {&type_StopIteration, stop_iteration_attributes, stop_iteration_init_args},
    {&type_SystemExit, system_exit_attributes, system_exit_init_args},
    {&type_ImportError, import_error_attributes, import_error_init_args},
    {&type_AttributeError, attribute_error_attributes, attribute_error_init_args},
    {&type_NameError, name_error_attributes, name_error_init_args},
    {&type_SyntaxError, syntax_error_attributes, syntax_error_init_args},
    {&type_UnicodeDecodeError, unicode_decode_error_attributes, unicode_decode_error_init_args},
    {&type_OSError, os_error_attributes, os_error_init_args},
    {&type_BaseException, NULL, base_exception_init_args},
};

/* The kind an exception class belongs to (BaseException's at worst). */
static const ExceptionKind *exception_kind_of(Type *type) {
    size_t count = sizeof exception_kinds / sizeof exception_kinds[0];
    for (size_t i = 0; i + 1 < count; i++)
        if (type_is_subtype(type, exception_kinds[i].type)) return &exception_kinds[i];
    return &exception_kinds[count - 1];
}

/* ---- Creating instances ---- */

ExceptionObject *exception_allocate(Thread *thread, Type *type, Tuple *args) {
    size_t size = type->instance_size > sizeof(ExceptionObject) ? type->instance_size : sizeof(ExceptionObject);
    ExceptionObject *exception = (ExceptionObject *)object_allocate(thread, type, size);
    if (exception == NULL) return NULL;
    exception->args = args != NULL ? args : thread->runtime->empty_tuple;
    exception->traceback = exception->cause = exception->context = NONE_VALUE;
    exception->dict = dict_new(thread);
    if (exception->dict == NULL) return NULL;
    const char *const *attributes = exception_kind_of(type)->attributes;
    for (int i = 0; attributes != NULL && attributes[i] != NULL; i++)
        if (!exception_set_attribute(thread, exception, attributes[i], NONE_VALUE)) return NULL;
    return exception;
}

ExceptionObject *exception_new(Thread *thread, Type *type, Tuple *args) {
    if (args == NULL) args = thread->runtime->empty_tuple;
    if (exception_type_is_group(type)) return exception_group_create(thread, type, args);
    type = os_error_actual_type(type, (int)args->count, args->items);
    ExceptionObject *exception = exception_allocate(thread, type, args);
    if (exception == NULL) return NULL;
    /* The kind's init may run Python code (__index__, iterators). */
    if (!gc_push_root(thread, OBJECT_VALUE(exception))) return NULL;
    bool ok = exception_kind_of(type)->init(thread, exception, (int)args->count, args->items, NULL);
    gc_pop_roots(thread, 1);
    return ok ? exception : NULL;
}

/* BaseException.__new__(cls, *args): keyword arguments are left to
 * __init__. OSError's picks the subclass for errno here; groups check
 * their arguments and pick their class (exception_group.c). */
static bool exception_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (argc < 1 || !IS_TYPE(argv[0]) || !type_is_subtype(AS_TYPE(argv[0]), &type_BaseException))
        return error_set(thread, &type_TypeError, "BaseException.__new__(X): X is not a type object");
    Type *type = os_error_actual_type(AS_TYPE(argv[0]), argc - 1, argv + 1);
    Tuple *args = tuple_from_array(thread, argv + 1, (size_t)(argc - 1));
    if (args == NULL) return false;
    ExceptionObject *exception = exception_type_is_group(type) ? exception_group_create(thread, type, args)
                                                               : exception_allocate(thread, type, args);
    if (exception == NULL) return false;
    *result = OBJECT_VALUE(exception);
    return true;
}

/* The __init__ every kind publishes: check self, store args, then the
 * kind's own logic. */
static bool exception_run_init(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result, Type *owner,
                               ExceptionInitFn init) {
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, owner, "__init__", &self)) return false;
    Tuple *args = tuple_from_array(thread, argv + 1, (size_t)(argc - 1));
    if (args == NULL) return false;
    self->args = args;
    if (!init(thread, self, argc - 1, argv + 1, kwnames)) return false;
    *result = NONE_VALUE;
    return true;
}

#define EXCEPTION_INIT_METHOD(prefix, owner)                                                               \
    static bool prefix##_init(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {   \
        return exception_run_init(thread, argc, argv, kwnames, result, &type_##owner, prefix##_init_args); \
    }
EXCEPTION_INIT_METHOD(base_exception, BaseException)
EXCEPTION_INIT_METHOD(stop_iteration, StopIteration)
EXCEPTION_INIT_METHOD(system_exit, SystemExit)
EXCEPTION_INIT_METHOD(import_error, ImportError)
EXCEPTION_INIT_METHOD(attribute_error, AttributeError)
EXCEPTION_INIT_METHOD(name_error, NameError)
EXCEPTION_INIT_METHOD(syntax_error, SyntaxError)
EXCEPTION_INIT_METHOD(unicode_decode_error, UnicodeDecodeError)
EXCEPTION_INIT_METHOD(os_error, OSError)
#undef EXCEPTION_INIT_METHOD

/* ---- BaseException's methods ---- */

bool exception_args_str(Thread *thread, ExceptionObject *self, Value *result) {
    Tuple *args = self->args;
    if (args->count == 0) {
        Str *empty = str_new(thread, "", 0);
        if (empty == NULL) return false;
        *result = OBJECT_VALUE(empty);
        return true;
    }
    Str *text;
    if (!object_str(thread, args->count == 1 ? args->items[0] : OBJECT_VALUE(args), &text)) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static bool base_exception_str(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, &type_BaseException, "__str__", &self)) return false;
    return exception_args_str(thread, self, result);
}

/* ValueError('bad'), ValueError(), ValueError(1, 2): the class's own name. */
static bool base_exception_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, &type_BaseException, "__repr__", &self)) return false;
    Tuple *args = self->args;
    Str *inner;
    if (!object_repr(thread, args->count == 1 ? args->items[0] : OBJECT_VALUE(args), &inner)) return false;
    const char *format = args->count == 1 ? "%s(%s)" : "%s%s";
    Str *text = str_printf(thread, format, type_name(self->header.type), inner->chars);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* A traceback value as __traceback__ accepts it. */
static bool exception_check_traceback(Thread *thread, Value traceback) {
    if (IS_NONE(traceback) || value_is_exact(traceback, &type_traceback)) return true;
    return error_set(thread, &type_TypeError, "__traceback__ must be a traceback or None");
}

static bool base_exception_with_traceback(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, &type_BaseException, "with_traceback", &self)) return false;
    if (!error_check_no_kwargs(thread, "BaseException.with_traceback", kwnames) ||
        !error_check_argc(thread, "BaseException.with_traceback", argc - 1, 1, 1))
        return false;
    if (!exception_check_traceback(thread, argv[1])) return false;
    self->traceback = argv[1];
    *result = argv[0];
    return true;
}

static bool base_exception_add_note(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, &type_BaseException, "add_note", &self)) return false;
    if (!error_check_no_kwargs(thread, "BaseException.add_note", kwnames) ||
        !error_check_argc(thread, "BaseException.add_note", argc - 1, 1, 1))
        return false;
    if (!IS_STR(argv[1]))
        return error_set(thread, &type_TypeError, "note must be a str, not '%s'", value_type_name(argv[1]));
    Value notes = self->dict != NULL ? dict_get_c(thread, self->dict, "__notes__") : EMPTY_VALUE;
    if (IS_EMPTY(notes)) {
        List *list = list_new(thread, 0);
        if (list == NULL) return false;
        notes = OBJECT_VALUE(list);
        if (!exception_set_attribute(thread, self, "__notes__", notes)) return false;
    }
    if (!value_is_instance(notes, &type_list))
        return error_set(thread, &type_TypeError, "Cannot add note: __notes__ is not a list");
    if (!list_append(thread, AS_LIST(notes), argv[1])) return false;
    *result = NONE_VALUE;
    return true;
}

/* ---- BaseException's attributes (properties) ---- */

/* A deleted attribute that may not be (setters get EMPTY to delete). */
static bool exception_check_not_deleted(Thread *thread, Value value, const char *name) {
    if (!IS_EMPTY(value)) return true;
    return error_set(thread, &type_TypeError, "%s may not be deleted", name);
}

static bool exception_get_args(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(AS_EXCEPTION(self)->args);
    return true;
}

static bool exception_set_args(Thread *thread, Value self, Value value) {
    Tuple *args;
    if (!exception_check_not_deleted(thread, value, "args") || !exception_sequence_tuple(thread, value, &args))
        return false;
    AS_EXCEPTION(self)->args = args;
    return true;
}

static bool exception_get_traceback(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = AS_EXCEPTION(self)->traceback;
    return true;
}

static bool exception_set_traceback(Thread *thread, Value self, Value value) {
    if (!exception_check_not_deleted(thread, value, "__traceback__") || !exception_check_traceback(thread, value))
        return false;
    AS_EXCEPTION(self)->traceback = value;
    return true;
}

/* __cause__ and __context__ accept None or an exception instance. */
static bool exception_check_link(Thread *thread, Value value, const char *name, const char *what) {
    if (!exception_check_not_deleted(thread, value, name)) return false;
    if (IS_NONE(value) || IS_EXCEPTION(value)) return true;
    return error_set(thread, &type_TypeError, "exception %s must be None or derive from BaseException", what);
}

static bool exception_get_cause(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = AS_EXCEPTION(self)->cause;
    return true;
}

static bool exception_set_cause(Thread *thread, Value self, Value value) {
    if (!exception_check_link(thread, value, "__cause__", "cause")) return false;
    AS_EXCEPTION(self)->cause = value;
    AS_EXCEPTION(self)->suppress_context = true;
    return true;
}

static bool exception_get_context(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = AS_EXCEPTION(self)->context;
    return true;
}

static bool exception_set_context(Thread *thread, Value self, Value value) {
    if (!exception_check_link(thread, value, "__context__", "context")) return false;
    AS_EXCEPTION(self)->context = value;
    return true;
}

static bool exception_get_suppress_context(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = BOOL_VALUE(AS_EXCEPTION(self)->suppress_context);
    return true;
}

static bool exception_set_suppress_context(Thread *thread, Value self, Value value) {
    if (IS_EMPTY(value)) return error_set(thread, &type_TypeError, "can't delete numeric/char attribute");
    if (!IS_BOOL(value)) return error_set(thread, &type_TypeError, "attribute value type must be bool");
    AS_EXCEPTION(self)->suppress_context = AS_BOOL(value);
    return true;
}

/* ---- The __str__ of the kinds ---- */

static bool exception_return_str(Str *text, Value *result) {
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* KeyError's message is the repr of its key, so KeyError('') shows ''. */
static bool key_error_str(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, &type_KeyError, "__str__", &self)) return false;
    if (self->args->count != 1) return exception_args_str(thread, self, result);
    Str *text;
    if (!object_repr(thread, self->args->items[0], &text)) return false;
    return exception_return_str(text, result);
}

static bool import_error_str(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, &type_ImportError, "__str__", &self)) return false;
    Value message = exception_attribute(thread, self, "msg");
    if (IS_STR(message)) {
        *result = message;
        return true;
    }
    return exception_args_str(thread, self, result);
}

/* str() of each value into `texts`, reprs where `use_repr` says so. */
static bool exception_texts(Thread *thread, const Value *values, const bool *use_repr, int count, Str **texts) {
    for (int i = 0; i < count; i++) {
        bool ok = use_repr[i] ? object_repr(thread, values[i], &texts[i]) : object_str(thread, values[i], &texts[i]);
        if (!ok) return false;
    }
    return true;
}

/* "[Errno 2] No such file or directory: 'x'" (and " -> 'y'" for a second
 * filename). */
static bool os_error_str(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, &type_OSError, "__str__", &self)) return false;
    Value values[4];
    for (int i = 0; i < 4; i++) values[i] = exception_attribute(thread, self, os_error_attributes[i]);
    static const bool use_repr[4] = {false, false, true, true};
    int count = !IS_NONE(values[2]) ? (!IS_NONE(values[3]) ? 4 : 3) : 2;
    if (count == 2 && (IS_NONE(values[0]) || IS_NONE(values[1]))) return exception_args_str(thread, self, result);
    Str *texts[4];
    if (!exception_texts(thread, values, use_repr, count, texts)) return false;
    StringBuilder builder;
    builder_init(&builder);
    builder_printf(&builder, "[Errno %s] %s", texts[0]->chars, texts[1]->chars);
    if (count >= 3) builder_printf(&builder, ": %s", texts[2]->chars);
    if (count == 4) builder_printf(&builder, " -> %s", texts[3]->chars);
    return exception_return_str(builder_finish(thread, &builder), result);
}

/* "invalid syntax (x.py, line 3)": the file's base name and the line. */
static bool syntax_error_str(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, &type_SyntaxError, "__str__", &self)) return false;
    Value filename = exception_attribute(thread, self, "filename");
    Value line = exception_attribute(thread, self, "lineno");
    Str *message;
    if (!object_str(thread, exception_attribute(thread, self, "msg"), &message)) return false;
    const char *base = NULL;
    if (IS_STR(filename)) {
        const char *slash = strrchr(AS_STR(filename)->chars, '/');
        base = slash != NULL ? slash + 1 : AS_STR(filename)->chars;
    }
    bool has_line = IS_INT(line);
    if (base == NULL && !has_line) return exception_return_str(message, result);
    StringBuilder builder;
    builder_init(&builder);
    builder_append_str(&builder, message);
    if (base != NULL && has_line)
        builder_printf(&builder, " (%s, line %lld)", base, (long long)AS_INT(line));
    else if (base != NULL)
        builder_printf(&builder, " (%s)", base);
    else
        builder_printf(&builder, " (line %lld)", (long long)AS_INT(line));
    return exception_return_str(builder_finish(thread, &builder), result);
}

/* "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" */
static bool unicode_decode_error_str(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    ExceptionObject *self;
    if (!exception_check_self(thread, argc, argv, &type_UnicodeDecodeError, "__str__", &self)) return false;
    Value values[5];
    for (int i = 0; i < 5; i++) values[i] = exception_attribute(thread, self, unicode_decode_error_attributes[i]);
    if (!value_is_instance(values[1], &type_bytes) || !IS_INT(values[2]) || !IS_INT(values[3])) {
        Str *empty = str_new(thread, "", 0);
        return exception_return_str(empty, result);
    }
    static const bool use_repr[5] = {false, false, false, false, false};
    Str *texts[5];
    if (!exception_texts(thread, values, use_repr, 5, texts)) return false;
    Bytes *object = AS_BYTES(values[1]);
    int64_t start = AS_INT(values[2]), end = AS_INT(values[3]);
    Str *text;
    if (start >= 0 && (size_t)start < object->length && end == start + 1)
        text = str_printf(thread, "'%s' codec can't decode byte 0x%02x in position %lld: %s", texts[0]->chars,
                          object->data[start], (long long)start, texts[4]->chars);
    else
        text = str_printf(thread, "'%s' codec can't decode bytes in position %lld-%lld: %s", texts[0]->chars,
                          (long long)start, (long long)(end - 1), texts[4]->chars);
    return exception_return_str(text, result);
}

/* ---- Registration ---- */

static const MethodDef base_exception_methods[] = {
    {"__init__", base_exception_init},
    {"__str__", base_exception_str},
    {"__repr__", base_exception_repr},
    {"with_traceback", base_exception_with_traceback},
    {"add_note", base_exception_add_note},
    {NULL, NULL},
};

static const GetSetDef base_exception_getsets[] = {
    {"args", exception_get_args, exception_set_args},
    {"__traceback__", exception_get_traceback, exception_set_traceback},
    {"__cause__", exception_get_cause, exception_set_cause},
    {"__context__", exception_get_context, exception_set_context},
    {"__suppress_context__", exception_get_suppress_context, exception_set_suppress_context},
    {NULL, NULL, NULL},
};

static const MethodDef stop_iteration_methods[] = {{"__init__", stop_iteration_init}, {NULL, NULL}};
static const MethodDef system_exit_methods[] = {{"__init__", system_exit_init}, {NULL, NULL}};
static const MethodDef key_error_methods[] = {{"__str__", key_error_str}, {NULL, NULL}};
static const MethodDef import_error_methods[] = {
    {"__init__", import_error_init}, {"__str__", import_error_str}, {NULL, NULL}};
static const MethodDef attribute_error_methods[] = {{"__init__", attribute_error_init}, {NULL, NULL}};
static const MethodDef name_error_methods[] = {{"__init__", name_error_init}, {NULL, NULL}};
static const MethodDef syntax_error_methods[] = {
    {"__init__", syntax_error_init}, {"__str__", syntax_error_str}, {NULL, NULL}};
static const MethodDef unicode_decode_error_methods[] = {
    {"__init__", unicode_decode_error_init}, {"__str__", unicode_decode_error_str}, {NULL, NULL}};
static const MethodDef os_error_methods[] = {{"__init__", os_error_init}, {"__str__", os_error_str}, {NULL, NULL}};

typedef struct ExceptionMethods {
    Type *type;
    const MethodDef *methods;
} ExceptionMethods;

static const ExceptionMethods exception_method_tables[] = {
    {&type_BaseException, base_exception_methods},
    {&type_StopIteration, stop_iteration_methods},
    {&type_SystemExit, system_exit_methods},
    {&type_KeyError, key_error_methods},
    {&type_ImportError, import_error_methods},
    {&type_AttributeError, attribute_error_methods},
    {&type_NameError, name_error_methods},
    {&type_SyntaxError, syntax_error_methods},
    {&type_UnicodeDecodeError, unicode_decode_error_methods},
    {&type_OSError, os_error_methods},
    {NULL, NULL},
};

#define LIST_EXCEPTION_TYPE(name, python_name, base_name) &type_##name,
static Type *const exception_all_types[] = {BUILTIN_EXCEPTIONS(LIST_EXCEPTION_TYPE) NULL};
#undef LIST_EXCEPTION_TYPE

void exception_init_types(Thread *thread) {
    for (Type *const *type = exception_all_types; *type != NULL; type++)
        if (!type_ready(thread, *type)) return;
    for (const ExceptionMethods *table = exception_method_tables; table->type != NULL; table++)
        if (!type_add_methods(thread, table->type, table->methods)) return;
    if (!type_add_getsets(thread, &type_BaseException, base_exception_getsets)) return;
    if (!exception_group_init_types(thread)) return;
    traceback_init_type(thread);
}
