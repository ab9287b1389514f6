/* repl.c: the interactive loop (repl.h): lua.c's doREPL with CPython's
 * behaviour.
 *
 * An entry is read line by line. After each line the whole entry is
 * compiled in interactive mode, and the parser itself answers whether it is
 * incomplete (parser.c, parser_decide_incomplete): input that ends inside
 * brackets, a triple-quoted string or after a backslash, after a block
 * header, or in a block that no empty line has closed yet. Then the next
 * line is read after the sys.ps2 prompt. A complete entry runs in the
 * globals of __main__; its expression statements echo their repr and set
 * builtins._ (PRINT_EXPR). A traceback is printed and the loop goes on;
 * only the end of input and SystemExit end it. Lines come from
 * line_input.c (readline, libedit or plain reads, the GIL released while
 * waiting), completions from repl_complete.c. */
#include "repl.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "compiler.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "exception.h"
#include "gc.h"
#include "gil.h"
#include "line_input.h"
#include "module.h"
#include "ops.h"
#include "repl_complete.h"
#include "str.h"

/* The name code typed at the prompt runs under, as python3's. */
#define REPL_FILENAME "<stdin>"

typedef struct Repl {
    Thread *thread;
    Module *module;   /* where entries run (__main__), rooted while the loop runs */
    LineInput input;  /* where lines come from */
} Repl;

/* What one turn of the loop leads to. */
typedef enum ReplStep {
    REPL_NEXT, /* read the next entry */
    REPL_END,  /* the end of input: leave */
    REPL_EXIT, /* SystemExit is set on the thread: leave */
} ReplStep;

/* ---- Start ---- */

/* sys.ps1 and sys.ps2, set as python3 sets them when it turns interactive
 * (unless the program already did). */
static void repl_set_default_prompts(Thread *thread) {
    Module *sys = thread->runtime->sys_module;
    static const char *const defaults[][2] = {{"ps1", ">>> "}, {"ps2", "... "}};
    for (int i = 0; sys != NULL && i < 2; i++) {
        if (!IS_EMPTY(dict_get_c(thread, sys->dict, defaults[i][0]))) continue;
        Str *prompt = str_from_c(thread, defaults[i][1]);
        if (prompt == NULL || !dict_set_c(thread, sys->dict, defaults[i][0], OBJECT_VALUE(prompt))) break;
    }
    error_clear(thread);
}

/* The history file: $BATON_HISTORY, else ~/.baton_history; none when
 * $BATON_NO_HISTORY is set (to anything but the empty string). */
static const char *repl_history_path(char *buffer, size_t size) {
    const char *off = getenv("BATON_NO_HISTORY");
    if (off != NULL && off[0] != '\0') return NULL;
    const char *path = getenv("BATON_HISTORY");
    if (path != NULL && path[0] != '\0') return path;
    const char *home = getenv("HOME");
    if (home == NULL || home[0] == '\0') return NULL;
    if (snprintf(buffer, size, "%s/.baton_history", home) >= (int)size) return NULL;
    return buffer;
}

/* On stderr, as python3's: the version, the GIL policy, how to leave. */
static void repl_print_banner(Repl *repl) {
    Runtime *runtime = repl->thread->runtime;
    fprintf(stderr, "Baton %s (Python 3.11 subset, GIL policy: %s)\n", BATON_VERSION,
            gil_policy_name(gil_get_policy(runtime)));
    fprintf(stderr, "Type \"exit()\" or press Ctrl-D to leave. Line editing: %s.\n",
            repl->input.editing ? line_input_editor_name() : "off");
    fflush(stderr);
}

/* ---- Reading an entry ---- */

/* str(sys.ps1) or str(sys.ps2) as a malloc'd string; "" when it is missing
 * or its str() fails (NULL only when memory ran out). */
static char *repl_prompt(Thread *thread, const char *name) {
    Module *sys = thread->runtime->sys_module;
    Value value = sys == NULL ? EMPTY_VALUE : dict_get_c(thread, sys->dict, name);
    Str *text = NULL;
    if (IS_EMPTY(value) || !object_str(thread, value, &text)) text = NULL;
    error_clear(thread);
    const char *chars = text != NULL ? text->chars : "";
    size_t size = strlen(chars) + 1;
    char *prompt = malloc(size);
    if (prompt != NULL) memcpy(prompt, chars, size);
    return prompt;
}

/* One line, after the first prompt or the continuation one. What the last
 * entry printed goes out first, as python3 flushes after each statement. */
static LineInputStatus repl_read_line(Repl *repl, bool first, char **line, size_t *length) {
    builtins_flush_stdout(repl->thread);
    fflush(stdout);
    char *prompt = repl_prompt(repl->thread, first ? "ps1" : "ps2");
    LineInputStatus status = line_input_read(&repl->input, prompt != NULL ? prompt : "", line, length);
    free(prompt);
    return status;
}

static Code *repl_compile(Thread *thread, const StringBuilder *source, bool *incomplete) {
    return compile_string(thread, source->chars != NULL ? source->chars : "", source->length, REPL_FILENAME,
                          COMPILE_INTERACTIVE, incomplete);
}

/* The end of input inside an entry: python3 runs what was typed, its last
 * block closed as by an empty line. If even that does not compile, the
 * error is the one for the entry as it stands ("'(' was never closed",
 * "expected an indented block" on the header's line). */
static Code *repl_compile_at_end(Thread *thread, StringBuilder *source) {
    bool incomplete = false;
    Code *code = repl_compile(thread, source, &incomplete);
    if (code != NULL || !incomplete) return code;
    Value first_error = error_fetch(thread);
    builder_append_char(source, '\n');
    if (gc_push_root(thread, first_error)) {
        code = repl_compile(thread, source, &incomplete);
        gc_pop_roots(thread, 1);
    }
    if (code != NULL) return code;
    error_clear(thread);
    thread->exception = first_error;
    return NULL;
}

/* Reading failed: Ctrl-C at a prompt cancels the entry, as python3's
 * "KeyboardInterrupt" line says; any other error (standard input closed or
 * unreadable) is reported and ends the loop. */
static ReplStep repl_input_failed(Repl *repl) {
    Thread *thread = repl->thread;
    Value exception = error_fetch(thread);
    if (value_is_instance(exception, &type_KeyboardInterrupt)) {
        fputs("\nKeyboardInterrupt\n", stderr);
        fflush(stderr);
        return REPL_NEXT;
    }
    exception_print(thread, exception);
    return REPL_END;
}

/* Read lines until they make a complete entry, and compile it. NULL when
 * there is nothing to run: *step says whether to go on (a SyntaxError may
 * then be set on the thread, to report) or to leave. */
static Code *repl_read_entry(Repl *repl, ReplStep *step) {
    Thread *thread = repl->thread;
    StringBuilder source;
    builder_init(&source);
    Code *code = NULL;
    *step = REPL_NEXT;
    for (bool first = true;; first = false) {
        char *line = NULL;
        size_t length = 0;
        LineInputStatus status = repl_read_line(repl, first, &line, &length);
        if (status == LINE_INPUT_ERROR) {
            *step = repl_input_failed(repl);
            break;
        }
        if (status == LINE_INPUT_END) {
            fputs("\n", stderr);
            fflush(stderr);
            if (first) *step = REPL_END;
            else code = repl_compile_at_end(thread, &source);
            break;
        }
        line_input_remember(&repl->input, line);
        builder_append(&source, line, length);
        builder_append_char(&source, '\n');
        free(line);
        if (first && length == 0) break; /* an empty line: a new prompt */
        bool incomplete = false;
        code = repl_compile(thread, &source, &incomplete);
        if (code != NULL || !incomplete) break;
        error_clear(thread);
    }
    builder_free(&source);
    return code;
}

/* ---- Running an entry ---- */

/* An exception came out of an entry: SystemExit ends the loop (left set
 * for the caller), anything else is printed as python3 prints it. */
static ReplStep repl_report(Repl *repl) {
    Thread *thread = repl->thread;
    Value exception = error_fetch(thread);
    if (value_is_instance(exception, &type_SystemExit)) {
        thread->exception = exception;
        return REPL_EXIT;
    }
    builtins_flush_stdout(thread);
    exception_print(thread, exception);
    return REPL_NEXT;
}

static ReplStep repl_step(Repl *repl) {
    Thread *thread = repl->thread;
    ReplStep step;
    Code *code = repl_read_entry(repl, &step);
    if (code == NULL) return step == REPL_NEXT && !IS_EMPTY(thread->exception) ? repl_report(repl) : step;
    Value result;
    bool ok = eval_module(thread, code, repl->module->dict, &result);
    builtins_flush_stdout(thread);
    return ok ? REPL_NEXT : repl_report(repl);
}

bool repl_run(Thread *thread, Module *module, bool banner) {
    Repl repl = {.thread = thread, .module = module};
    if (!gc_push_root(thread, OBJECT_VALUE(module))) return false;
    repl_set_default_prompts(thread);
    char history_buffer[PATH_MAX];
    const char *history = repl_history_path(history_buffer, sizeof history_buffer);
    line_input_open(&repl.input, thread, history, repl_complete, module->dict);
    if (banner) repl_print_banner(&repl);
    ReplStep step;
    do {
        step = repl_step(&repl);
    } while (step == REPL_NEXT);
    line_input_close(&repl.input);
    gc_pop_roots(thread, 1);
    return step == REPL_END;
}
