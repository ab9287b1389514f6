/* line_trace.c: --trace and --trace=user (line_trace.h): decide, before
 * each instruction, whether it starts a line worth printing, and print it
 * with its source text into sys.stdout's own buffer, so that trace lines
 * and the program's output come out in the order they happened. */
#include "line_trace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "import.h"
#include "io.h"
#include "module.h"
#include "opcodes.h"
#include "str.h"
#include "thread.h"

/* How many source files the tracer keeps read (a user file and the library
 * files it calls into, alternately). */
#define LINE_TRACE_FILES_KEPT 8

/* A source file, read once, with where each of its lines starts. */
typedef struct SourceFile {
    char *filename;      /* a malloc'd copy; NULL: an empty slot */
    char *text;          /* its text (traceback_read_source), NULL if unreadable */
    size_t length;       /* bytes of text */
    size_t *line_starts; /* byte offset of each line's first byte */
    size_t line_count;
} SourceFile;

typedef struct LineTrace {
    LineTraceScope scope;
    bool printed;                     /* some thread has printed a line */
    uint64_t last_thread_number;      /* Thread.number of the thread that printed last */
    char *last_thread_name;           /* its name then (malloc'd): it may have ended since */
    SourceFile files[LINE_TRACE_FILES_KEPT];
    size_t next_file;                 /* the slot the next file read replaces */
} LineTrace;

bool line_trace_parse_option(const char *option, LineTraceScope *scope) {
    if (strcmp(option, "--trace") == 0 || strcmp(option, "--trace=all") == 0) {
        *scope = LINE_TRACE_ALL;
        return true;
    }
    if (strcmp(option, "--trace=user") == 0) {
        *scope = LINE_TRACE_USER;
        return true;
    }
    return false;
}

bool line_trace_start(Runtime *runtime, LineTraceScope scope) {
    LineTrace *trace = calloc(1, sizeof(LineTrace));
    if (trace == NULL) return false;
    trace->scope = scope;
    runtime->line_trace = trace;
    return true;
}

static void source_file_clear(SourceFile *file) {
    free(file->filename);
    free(file->text);
    free(file->line_starts);
    memset(file, 0, sizeof *file);
}

void line_trace_free(Runtime *runtime) {
    LineTrace *trace = runtime->line_trace;
    if (trace == NULL) return;
    for (int i = 0; i < LINE_TRACE_FILES_KEPT; i++) source_file_clear(&trace->files[i]);
    free(trace->last_thread_name);
    free(trace);
    runtime->line_trace = NULL;
}

/* ---- Source lines ---- */

/* Read `filename` (from the embedded library or from disk) into `file`
 * and index its lines. An unreadable file is kept too, with no text. */
static void source_file_load(SourceFile *file, const char *filename) {
    file->filename = strdup(filename);
    file->text = traceback_read_source(filename, &file->length);
    if (file->text == NULL) return;
    size_t count = 1;
    for (size_t i = 0; i < file->length; i++)
        if (file->text[i] == '\n') count++;
    file->line_starts = malloc(count * sizeof(size_t));
    if (file->line_starts == NULL) return;
    file->line_starts[0] = 0;
    file->line_count = 1;
    for (size_t i = 0; i < file->length; i++)
        if (file->text[i] == '\n') file->line_starts[file->line_count++] = i + 1;
}

/* The file `filename`, read now unless it is among the ones kept. */
static SourceFile *source_file_find(LineTrace *trace, const char *filename) {
    for (int i = 0; i < LINE_TRACE_FILES_KEPT; i++) {
        SourceFile *file = &trace->files[i];
        if (file->filename != NULL && strcmp(file->filename, filename) == 0) return file;
    }
    SourceFile *file = &trace->files[trace->next_file];
    trace->next_file = (trace->next_file + 1) % LINE_TRACE_FILES_KEPT;
    source_file_clear(file);
    source_file_load(file, filename);
    return file;
}

/* Append line `number` (1-based) of the file as it is, indentation kept,
 * without its line ending; nothing if the file or the line is missing. */
static void source_append_line(LineTrace *trace, const char *filename, int number, StringBuilder *out) {
    SourceFile *file = source_file_find(trace, filename);
    if (file->line_starts == NULL || number < 1 || (size_t)number > file->line_count) return;
    size_t start = file->line_starts[number - 1];
    size_t end = (size_t)number < file->line_count ? file->line_starts[number] - 1 : file->length;
    if (end > start && file->text[end - 1] == '\r') end--;
    builder_append(out, file->text + start, end - start);
}

/* ---- Printing ---- */

/* The code of the embedded standard library, hidden by --trace=user. */
static bool line_trace_in_library(const Code *code) {
    const char *filename = code->filename->chars;
    size_t root = strlen(IMPORT_EMBEDDED_ROOT);
    return strncmp(filename, IMPORT_EMBEDDED_ROOT, root) == 0 && filename[root] == '/';
}

/* A thread's name as Python shows it (thread_unnamed_name for one that
 * threading has not named, as gil.stats() says). */
static void line_trace_append_thread_name(Thread *thread, StringBuilder *out) {
    char unnamed[THREAD_UNNAMED_NAME_SIZE];
    if (thread->name != NULL) builder_append_str(out, thread->name);
    else builder_append_c(out, thread_unnamed_name(thread->number, unnamed));
}

/* Start a trace line in `out`: first "--- GIL: A -> B" if another thread
 * printed last, then "[name] " once a second thread has ever started. */
static void line_trace_begin(Thread *thread, StringBuilder *out) {
    LineTrace *trace = thread->runtime->line_trace;
    if (!trace->printed || trace->last_thread_number != thread->number) {
        StringBuilder name;
        builder_init(&name);
        line_trace_append_thread_name(thread, &name);
        builder_append_char(&name, '\0');
        if (trace->printed)
            builder_printf(out, "--- GIL: %s -> %s\n", trace->last_thread_name != NULL ? trace->last_thread_name : "?",
                           name.chars != NULL ? name.chars : "?");
        free(trace->last_thread_name);
        trace->last_thread_name = name.chars; /* the builder's buffer, kept (NULL without memory) */
        trace->last_thread_number = thread->number;
        trace->printed = true;
    }
    if (thread->runtime->threads_created > 0) {
        builder_append_char(out, '[');
        line_trace_append_thread_name(thread, out);
        builder_append_c(out, "] ");
    }
}

/* Write a finished trace line where print() would: into sys.stdout's
 * buffer when it is one of Baton's files (so program output and trace
 * lines keep their order), else straight to the process's stdout. */
static void line_trace_write(Thread *thread, StringBuilder *out) {
    if (out->chars == NULL) return;
    Module *sys = thread->runtime->sys_module;
    Value stream = sys != NULL ? dict_get_c(thread, sys->dict, "stdout") : EMPTY_VALUE;
    if (!IS_FILE(stream) && sys != NULL) stream = dict_get_c(thread, sys->dict, "__stdout__");
    if (IS_FILE(stream) && io_write_text(thread, AS_FILE(stream), out->chars, out->length)) return;
    error_clear(thread);
    builtins_flush_stdout(thread);
    fwrite(out->chars, 1, out->length, stdout);
    fflush(stdout);
}

/* The file's name without its folder and extension, as trace's modulename. */
static void line_trace_append_module_name(const char *filename, StringBuilder *out) {
    const char *slash = strrchr(filename, '/');
    const char *base = slash != NULL ? slash + 1 : filename;
    const char *dot = strrchr(base, '.');
    size_t length = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
    builder_append(out, base, length);
}

/* " --- modulename: M, funcname: F": a function starts or a generator
 * (or coroutine) resumes. */
static void line_trace_print_call(Thread *thread, const Code *code) {
    StringBuilder out;
    builder_init(&out);
    line_trace_begin(thread, &out);
    builder_append_c(&out, " --- modulename: ");
    line_trace_append_module_name(code->filename->chars, &out);
    builder_append_c(&out, ", funcname: ");
    builder_append_str(&out, code->name);
    builder_append_char(&out, '\n');
    line_trace_write(thread, &out);
    builder_free(&out);
}

/* "file.py(LINE): source": a thread starts line `line`. */
static void line_trace_print_line(Thread *thread, const Code *code, int line) {
    const char *filename = code->filename->chars;
    const char *slash = strrchr(filename, '/');
    StringBuilder out;
    builder_init(&out);
    line_trace_begin(thread, &out);
    builder_printf(&out, "%s(%d): ", slash != NULL ? slash + 1 : filename, line);
    source_append_line(thread->runtime->line_trace, filename, line, &out);
    builder_append_char(&out, '\n');
    line_trace_write(thread, &out);
    builder_free(&out);
}

/* ---- Deciding ---- */

/* The line of the instruction the frame ran last before it called out (or
 * was suspended): frame->ip still points one past it. -1 if none. */
static int line_trace_line_before(const Frame *frame) {
    const Code *code = frame->code;
    if (frame->ip <= code->instructions) return -1;
    return code_position(code, (uint32_t)(frame->ip - code->instructions - 1)).line;
}

void line_trace_instruction(Thread *thread, Frame *frame, const uint32_t *instruction) {
    LineTrace *trace = thread->runtime->line_trace;
    const Code *code = frame->code;
    if (trace->scope == LINE_TRACE_USER && line_trace_in_library(code)) return;
    Opcode opcode = (Opcode)INSTRUCTION_OPCODE(*instruction);
    if (opcode == OP_RETURN_GENERATOR) return; /* the call that makes a generator: its RESUME comes later */
    uint32_t index = (uint32_t)(instruction - code->instructions);
    int line = code_position(code, index).line;
    LineTracePosition *last = &thread->line_trace_position;
    if (opcode == OP_RESUME) {
        /* A function starts (argument 0): its first line is new whatever
         * it is. A generator resumes after its yield, on the yield's line. */
        line_trace_print_call(thread, code);
        last->frame = frame;
        last->line = INSTRUCTION_ARGUMENT(*instruction) == 0 ? -1 : line;
        last->index = index;
        return;
    }
    if (line <= 0 || (code->line_inherited != NULL && code->line_inherited[index])) {
        /* No line of its own: it belongs to the line that ran before it,
         * whichever that was (CPython duplicates such code per predecessor). */
        if (last->frame == frame) last->index = index;
        return;
    }
    bool new_line;
    if (last->frame != frame) {
        /* Back in a frame from a call, a yield or an exception: compare
         * with the line the frame was on when it left. */
        new_line = line != line_trace_line_before(frame);
    } else {
        /* The same frame: a new line, or a jump back within the same one
         * (a loop on one line goes round), but not the jump back to SEND
         * of a `yield from` or `await` resumed (as CPython 3.11). */
        new_line = line != last->line || (index < last->index && opcode != OP_SEND);
    }
    last->frame = frame;
    last->line = line;
    last->index = index;
    if (new_line) line_trace_print_line(thread, code, line);
}
