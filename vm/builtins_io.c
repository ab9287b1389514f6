/* builtins_io.c: the builtins that talk to streams: print, input, open,
 * and builtins_flush_stdout for main.c.
 *
 * print and input find sys.stdout / sys.stdin in the sys module each call,
 * as CPython does, so a program may replace them. When the stream is one of
 * io.c's File objects the text goes straight into its buffer; any other
 * object gets its write() / readline() methods called. */
#include "builtins.h"

#include <string.h>

#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "io.h"
#include "module.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* sys.<name> (stdout, stdin...), EMPTY when sys or the name is missing. */
static Value sys_stream(Thread *thread, const char *name) {
    Module *sys = thread->runtime->sys_module;
    if (sys == NULL) return EMPTY_VALUE;
    return dict_get_c(thread, sys->dict, name);
}

/* A stream that print/input may write to: a File, or the bound write
 * method of any other object (rooted by the caller). */
typedef struct Writer {
    File *file;   /* the fast path, or NULL */
    Value write;  /* file.write otherwise */
} Writer;

static bool writer_put(Thread *thread, Writer *writer, Str *text) {
    if (writer->file != NULL) return io_write_text(thread, writer->file, text->chars, text->length);
    Value ignored, argument = OBJECT_VALUE(text);
    if (!gc_push_root(thread, argument)) return false;
    bool ok = object_call(thread, writer->write, 1, &argument, NULL, &ignored);
    gc_pop_roots(thread, 1);
    return ok;
}

/* print's sep and end: a str, or None/absent for the default. */
static bool separator_argument(Thread *thread, const char *name, Value value, const char *fallback, Str **result) {
    if (IS_EMPTY(value) || IS_NONE(value)) {
        *result = str_intern_c(thread, fallback);
        return *result != NULL;
    }
    if (!IS_STR(value)) {
        error_set(thread, &type_TypeError, "%s must be None or a string, not %s", name, value_type_name(value));
        return false;
    }
    *result = AS_STR(value);
    return true;
}

/* Write str() of each value with separators and the end. */
static bool print_values(Thread *thread, Writer *writer, int argc, Value *argv, Str *sep, Str *end) {
    for (int i = 0; i < argc; i++) {
        Str *text;
        if (i > 0 && !writer_put(thread, writer, sep)) return false;
        if (!object_str(thread, argv[i], &text) || !writer_put(thread, writer, text)) return false;
    }
    return writer_put(thread, writer, end);
}

static bool print_flush(Thread *thread, Value file) {
    if (IS_FILE(file)) return io_flush(thread, AS_FILE(file));
    Value ignored;
    return object_call_method(thread, file, thread->runtime->names.flush, 0, NULL, &ignored);
}

/* print(*values, sep=' ', end='\n', file=None, flush=False) */
static bool builtin_print(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"sep", "end", "file", "flush", NULL};
    static const ArgSpec spec = {"print", ARGS_CLINIC, 0, -1, params, 0, 0, NULL};
    Value keywords[4];
    Str *sep, *end;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, keywords) ||
        !separator_argument(thread, "sep", keywords[0], " ", &sep) ||
        !separator_argument(thread, "end", keywords[1], "\n", &end))
        return false;
    *result = NONE_VALUE;
    Value file = keywords[2];
    if (IS_EMPTY(file) || IS_NONE(file)) {
        file = sys_stream(thread, "stdout");
        if (IS_EMPTY(file)) return error_set(thread, &type_RuntimeError, "lost sys.stdout");
        if (IS_NONE(file)) return true;
    }
    Writer writer = {IS_FILE(file) ? AS_FILE(file) : NULL, EMPTY_VALUE};
    if (writer.file == NULL && !object_getattr(thread, file, thread->runtime->names.write, &writer.write))
        return false;
    /* The default sep and end are interned strings, which the collector
     * frees when nothing else holds them: a user __str__ or write() may
     * collect, so they are rooted with the stream. */
    Value roots[] = {file, writer.write, OBJECT_VALUE(sep), OBJECT_VALUE(end)};
    int rooted = 0;
    while (rooted < 4 && gc_push_root(thread, roots[rooted])) rooted++;
    bool ok = rooted == 4 && print_values(thread, &writer, argc, argv, sep, end);
    bool flush = false;
    if (ok && !IS_EMPTY(keywords[3])) ok = object_truthy(thread, keywords[3], &flush);
    if (ok && flush) ok = print_flush(thread, file);
    gc_pop_roots(thread, rooted);
    return ok;
}

/* Flush a stream before input() reads, ignoring streams that cannot. */
static bool input_flush(Thread *thread, const char *name) {
    Value stream = sys_stream(thread, name);
    if (IS_EMPTY(stream) || IS_NONE(stream)) return true;
    return print_flush(thread, stream);
}

/* Read one line from sys.stdin, without its newline. */
static bool input_read_line(Thread *thread, Value *result) {
    Value stdin_stream = sys_stream(thread, "stdin");
    if (IS_EMPTY(stdin_stream) || IS_NONE(stdin_stream))
        return error_set(thread, &type_RuntimeError, "input(): lost sys.stdin");
    Value line;
    if (IS_FILE(stdin_stream)) {
        if (!io_readline(thread, AS_FILE(stdin_stream), -1, &line)) return false;
    } else {
        Str *readline = str_intern_c(thread, "readline");
        if (readline == NULL || !object_call_method(thread, stdin_stream, readline, 0, NULL, &line)) return false;
    }
    if (!IS_STR(line)) return error_set(thread, &type_TypeError, "object.readline() returned non-string");
    Str *text = AS_STR(line);
    if (text->length == 0) return error_set(thread, &type_EOFError, "EOF when reading a line");
    if (text->chars[text->length - 1] != '\n') {
        *result = line;
        return true;
    }
    Str *stripped = str_new(thread, text->chars, text->length - 1);
    if (stripped == NULL) return false;
    *result = OBJECT_VALUE(stripped);
    return true;
}

/* input([prompt]) */
static bool builtin_input(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"input", ARGS_EXPECTED, 0, 1, NULL, 0, 0, NULL};
    Value prompt;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &prompt)) return false;
    if (!input_flush(thread, "stderr") || !input_flush(thread, "stdout")) return false;
    if (!IS_EMPTY(prompt)) {
        Value stdout_stream = sys_stream(thread, "stdout");
        if (IS_EMPTY(stdout_stream) || IS_NONE(stdout_stream))
            return error_set(thread, &type_RuntimeError, "input(): lost sys.stdout");
        Str *text, *empty = str_intern_c(thread, "");
        Writer writer = {IS_FILE(stdout_stream) ? AS_FILE(stdout_stream) : NULL, EMPTY_VALUE};
        if (empty == NULL || !object_str(thread, prompt, &text)) return false;
        if (writer.file == NULL && !object_getattr(thread, stdout_stream, thread->runtime->names.write, &writer.write))
            return false;
        Value text_value = OBJECT_VALUE(text);
        if (!print_values(thread, &writer, 1, &text_value, empty, empty) || !print_flush(thread, stdout_stream))
            return false;
    }
    return input_read_line(thread, result);
}

void builtins_flush_stdout(Thread *thread) {
    static const char *const names[] = {"stdout", "__stdout__", "stderr", "__stderr__", NULL};
    for (int i = 0; names[i] != NULL; i++) {
        Value stream = sys_stream(thread, names[i]);
        if (IS_FILE(stream)) io_flush_quietly(AS_FILE(stream));
    }
}

static const MethodDef io_functions[] = {
    {"print", builtin_print},
    {"input", builtin_input},
    {"open", io_open},
    {NULL, NULL},
};

bool builtins_io_init(Thread *thread, Dict *builtins) {
    Str *module_name = str_intern_c(thread, "builtins");
    return module_name != NULL && dict_add_natives(thread, builtins, io_functions, OBJECT_VALUE(module_name));
}
