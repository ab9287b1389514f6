/* io_methods.c: the methods and attributes Python code calls on a File
 * (read, write, readline, iteration by line, seek, close, `with`...).
 *
 * Each method checks its arguments with builtins_parse_args, then calls the
 * buffered primitives of io.c; nothing here touches a descriptor directly
 * except fileno/isatty. Attributes (name, mode, closed, encoding) are
 * properties whose getters are natives. */
#include "io.h"

#include <stdio.h>
#include <unistd.h>

#include "builtins.h"
#include "bytes.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* argv[0] as a File, or a TypeError for a foreign self. */
static File *self_file(Thread *thread, Value self, const char *method) {
    if (IS_FILE(self)) return AS_FILE(self);
    error_set(thread, &type_TypeError, "descriptor '%s' for '_io.TextIOWrapper' objects doesn't apply to a '%s' object",
              method, value_type_name(self));
    return NULL;
}

/* A size argument: None or absent mean -1 (no limit). */
static bool size_argument(Thread *thread, Value value, int64_t *size) {
    *size = -1;
    if (IS_EMPTY(value) || IS_NONE(value)) return true;
    return value_as_index(thread, value, size);
}

/* Parse the optional size argument shared by read, readline, readlines. */
static File *sized_call(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, int64_t *size) {
    ArgSpec spec = {name, ARGS_EXPECTED, 0, 1, NULL, 0, 0, NULL};
    Value size_value;
    File *file = self_file(thread, argv[0], name);
    if (file == NULL || !builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, &size_value)) return NULL;
    if (!size_argument(thread, size_value, size) || !io_check_readable(thread, file)) return NULL;
    return file;
}

static bool file_read(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    int64_t size;
    File *file = sized_call(thread, "read", argc, argv, kwnames, &size);
    if (file == NULL) return false;
    StringBuilder builder;
    builder_init(&builder);
    bool ok = file->binary ? io_read_bytes(thread, file, size, &builder)
                           : io_read_text(thread, file, size, false, &builder);
    if (!ok) {
        builder_free(&builder);
        return false;
    }
    return io_finish_read(thread, file, &builder, result);
}

static bool file_readline(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    int64_t size;
    File *file = sized_call(thread, "readline", argc, argv, kwnames, &size);
    return file != NULL && io_readline(thread, file, size, result);
}

/* The length of a line read (str or bytes); 0 at end of file. */
static size_t line_length(Value line) {
    return IS_STR(line) ? AS_STR(line)->length : AS_BYTES(line)->length;
}

static bool file_readlines(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    int64_t hint;
    File *file = sized_call(thread, "readlines", argc, argv, kwnames, &hint);
    if (file == NULL) return false;
    List *lines = list_new(thread, 0);
    if (lines == NULL) return false;
    size_t total = 0;
    for (;;) {
        Value line;
        if (!io_readline(thread, file, -1, &line)) return false;
        if (line_length(line) == 0) break;
        if (!list_append(thread, lines, line)) return false;
        total += line_length(line);
        if (hint > 0 && total >= (size_t)hint) break;
    }
    *result = OBJECT_VALUE(lines);
    return true;
}

/* Write one str (text files) or bytes-like object (binary files); *count
 * is what write() returns: characters or bytes. */
static bool file_write_value(Thread *thread, File *file, Value data, int64_t *count) {
    if (!io_check_open(thread, file)) return false;
    if (file->binary) {
        if (value_is_instance(data, &type_bytes)) {
            *count = (int64_t)AS_BYTES(data)->length;
            return io_write_bytes(thread, file, AS_BYTES(data)->data, AS_BYTES(data)->length);
        }
        if (value_is_instance(data, &type_bytearray)) {
            *count = (int64_t)AS_BYTEARRAY(data)->length;
            return io_write_bytes(thread, file, AS_BYTEARRAY(data)->data, AS_BYTEARRAY(data)->length);
        }
        return error_set(thread, &type_TypeError, "a bytes-like object is required, not '%s'",
                         value_type_name(data));
    }
    if (!IS_STR(data))
        return error_set(thread, &type_TypeError, "write() argument must be str, not %s", value_type_name(data));
    *count = (int64_t)AS_STR(data)->char_count;
    return io_write_text(thread, file, AS_STR(data)->chars, AS_STR(data)->length);
}

static bool file_write(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"write", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value data;
    File *file = self_file(thread, argv[0], "write");
    if (file == NULL || !builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, &data)) return false;
    int64_t count;
    if (!file_write_value(thread, file, data, &count)) return false;
    *result = INT_VALUE(count);
    return true;
}

static bool file_writelines(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"writelines", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value lines, iterator;
    File *file = self_file(thread, argv[0], "writelines");
    if (file == NULL || !builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, &lines)) return false;
    if (!io_check_open(thread, file) || !object_get_iter(thread, lines, &iterator)) return false;
    if (!gc_push_root(thread, iterator)) return false;
    bool ok = true;
    for (;;) {
        Value line;
        int64_t count;
        if (!(ok = object_iter_next(thread, iterator, &line)) || IS_EMPTY(line)) break;
        if (!(ok = file_write_value(thread, file, line, &count))) break;
    }
    gc_pop_roots(thread, 1);
    *result = NONE_VALUE;
    return ok;
}

/* A method taking no argument: checks and returns the File. */
static File *plain_call(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames) {
    ArgSpec spec = {name, ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    File *file = self_file(thread, argv[0], name);
    if (file == NULL || !builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, NULL)) return NULL;
    return file;
}

static bool file_close(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "close", argc, argv, kwnames);
    *result = NONE_VALUE;
    return file != NULL && io_close(thread, file);
}

static bool file_flush(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "flush", argc, argv, kwnames);
    *result = NONE_VALUE;
    return file != NULL && io_check_open(thread, file) && io_flush(thread, file);
}

static bool file_fileno(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "fileno", argc, argv, kwnames);
    if (file == NULL) return false;
    if (file->fd < 0) return error_set(thread, &type_ValueError, "I/O operation on closed file");
    *result = INT_VALUE(file->fd);
    return true;
}

static bool file_isatty(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "isatty", argc, argv, kwnames);
    if (file == NULL || !io_check_open(thread, file)) return false;
    *result = BOOL_VALUE(isatty(file->fd));
    return true;
}

/* readable(), writable(), seekable(): one helper, the flag picked by name. */
static bool file_capability(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames,
                            Value *result) {
    File *file = plain_call(thread, name, argc, argv, kwnames);
    if (file == NULL || !io_check_open(thread, file)) return false;
    bool answer = name[0] == 'r' ? file->readable : name[0] == 'w' ? file->writable : file->seekable;
    *result = BOOL_VALUE(answer);
    return true;
}

static bool file_readable(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return file_capability(thread, "readable", argc, argv, kwnames, result);
}

static bool file_writable(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return file_capability(thread, "writable", argc, argv, kwnames, result);
}

static bool file_seekable(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    return file_capability(thread, "seekable", argc, argv, kwnames, result);
}

static bool file_tell(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "tell", argc, argv, kwnames);
    int64_t position;
    if (file == NULL || !io_check_open(thread, file) || !io_tell(thread, file, &position)) return false;
    *result = INT_VALUE(position);
    return true;
}

/* Text files allow only seeks to a tell() cookie or to the end, as CPython. */
static bool check_text_seek(Thread *thread, File *file, int64_t offset, int64_t whence) {
    if (whence < 0 || whence > 2)
        return error_set(thread, &type_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (file->binary || whence == 0 || offset == 0) return true;
    return io_unsupported(thread, whence == 1 ? "can't do nonzero cur-relative seeks"
                                              : "can't do nonzero end-relative seeks");
}

static bool file_seek(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"seek", ARGS_EXPECTED, 1, 2, NULL, 0, 0, NULL};
    Value args[2];
    File *file = self_file(thread, argv[0], "seek");
    if (file == NULL || !builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, args)) return false;
    int64_t offset, whence = 0, position;
    if (!value_as_index(thread, args[0], &offset)) return false;
    if (!IS_EMPTY(args[1]) && !value_as_index(thread, args[1], &whence)) return false;
    if (!io_check_open(thread, file) || !check_text_seek(thread, file, offset, whence)) return false;
    if (!io_seek(thread, file, offset, (int)whence, &position)) return false;
    *result = INT_VALUE(position);
    return true;
}

static bool file_iter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "__iter__", argc, argv, kwnames);
    if (file == NULL || !io_check_open(thread, file)) return false;
    *result = argv[0];
    return true;
}

static bool file_next(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "__next__", argc, argv, kwnames);
    if (file == NULL || !io_readline(thread, file, -1, result)) return false;
    if (line_length(*result) == 0) return error_set_empty(thread, &type_StopIteration);
    return true;
}

static bool file_enter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "__enter__", argc, argv, kwnames);
    if (file == NULL || !io_check_open(thread, file)) return false;
    *result = argv[0];
    return true;
}

static bool file_exit(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc;
    (void)kwnames;
    File *file = self_file(thread, argv[0], "__exit__");
    *result = NONE_VALUE;
    return file != NULL && io_close(thread, file);
}

/* The class name CPython's io stack would show for this file. */
static const char *file_class_name(const File *file) {
    if (!file->binary) return "TextIOWrapper";
    if (file->write_through) return "FileIO";
    if (file->readable && file->writable) return "BufferedRandom";
    return file->readable ? "BufferedReader" : "BufferedWriter";
}

static bool file_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "__repr__", argc, argv, kwnames);
    Str *name;
    if (file == NULL || !object_repr(thread, file->name, &name)) return false;
    StringBuilder builder;
    builder_init(&builder);
    builder_printf(&builder, "<_io.%s name=%s", file_class_name(file), name->chars);
    if (!file->binary || file->write_through) builder_printf(&builder, " mode='%s'", file->mode->chars);
    if (file->encoding != NULL) builder_printf(&builder, " encoding='%s'", file->encoding->chars);
    if (file->binary && file->write_through) builder_printf(&builder, " closefd=%s", file->close_fd ? "True" : "False");
    builder_append_char(&builder, '>');
    Str *text = builder_finish(thread, &builder);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* ---- attributes ---- */

static bool file_get_name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "name", argc, argv, kwnames);
    if (file == NULL) return false;
    *result = file->name;
    return true;
}

static bool file_get_mode(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "mode", argc, argv, kwnames);
    if (file == NULL) return false;
    *result = OBJECT_VALUE(file->mode);
    return true;
}

static bool file_get_closed(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "closed", argc, argv, kwnames);
    if (file == NULL) return false;
    *result = BOOL_VALUE(file->fd < 0);
    return true;
}

static bool file_get_encoding(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    File *file = plain_call(thread, "encoding", argc, argv, kwnames);
    if (file == NULL) return false;
    if (file->encoding == NULL)
        return error_set(thread, &type_AttributeError, "'_io.%s' object has no attribute 'encoding'",
                         file_class_name(file));
    *result = OBJECT_VALUE(file->encoding);
    return true;
}

/* Put a read-only property whose getter is a native into `type`'s dict. */
static bool add_property(Thread *thread, Type *type, const MethodDef *getter) {
    NativeFunction *function = native_new(thread, getter->name, getter->function, EMPTY_VALUE);
    Property *property = ALLOCATE_OBJECT(thread, Property, &type_property);
    if (function == NULL || property == NULL) return false;
    property->getter = OBJECT_VALUE(function);
    property->setter = property->deleter = property->doc = NONE_VALUE;
    return dict_set_c(thread, type->dict, getter->name, OBJECT_VALUE(property));
}

static const MethodDef file_methods[] = {
    {"read", file_read},           {"readline", file_readline}, {"readlines", file_readlines},
    {"write", file_write},         {"writelines", file_writelines}, {"close", file_close},
    {"flush", file_flush},         {"fileno", file_fileno},     {"isatty", file_isatty},
    {"readable", file_readable},   {"writable", file_writable}, {"seekable", file_seekable},
    {"seek", file_seek},           {"tell", file_tell},         {"__iter__", file_iter},
    {"__next__", file_next},       {"__enter__", file_enter},   {"__exit__", file_exit},
    {"__repr__", file_repr},       {NULL, NULL},
};

static const MethodDef file_properties[] = {
    {"name", file_get_name},
    {"mode", file_get_mode},
    {"closed", file_get_closed},
    {"encoding", file_get_encoding},
    {NULL, NULL},
};

bool io_methods_init(Thread *thread) {
    if (!type_add_methods(thread, &type_file, file_methods)) return false;
    for (const MethodDef *getter = file_properties; getter->name != NULL; getter++)
        if (!add_property(thread, &type_file, getter)) return false;
    return true;
}
