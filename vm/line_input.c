/* line_input.c: reading the REPL's lines (line_input.h): through GNU
 * readline or libedit when the build has one and both ends are terminals,
 * plain reads of sys.__stdin__ otherwise.
 *
 * The editor is driven through its callback interface, as CPython's
 * readline module does: the main thread waits for a key with poll() and the
 * GIL released, then takes the GIL back and hands the key to
 * rl_callback_read_char(). So every call into the editor, from the main
 * thread or from another thread's output (the terminal guard), happens
 * under the GIL and never two at once. readline keeps its state in globals
 * and its callbacks take no argument: `active_input` tells them which
 * LineInput is reading, the one piece of process-wide state here. */
#include "line_input.h"

#include <ctype.h>
#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "dict.h"
#include "error.h"
#include "exception.h"
#include "gil.h"
#include "io.h"
#include "module.h"
#include "str.h"
#include "thread.h"

#if defined(BATON_LINE_EDITOR_READLINE)
#include <readline/history.h>
#include <readline/readline.h>
#define LINE_INPUT_EDITOR_NAME "GNU readline"
#elif defined(BATON_LINE_EDITOR_LIBEDIT)
#include <editline/readline.h>
#define LINE_INPUT_EDITOR_NAME "libedit"
#else
#define LINE_INPUT_EDITOR_NAME "none"
#endif

#if defined(BATON_LINE_EDITOR_READLINE) || defined(BATON_LINE_EDITOR_LIBEDIT)
#define LINE_INPUT_HAS_EDITOR 1
#else
#define LINE_INPUT_HAS_EDITOR 0
#endif

/* How many lines the history keeps. */
#define LINE_INPUT_HISTORY_SIZE 1000
/* How long one wait for a key lasts before it looks again for a Ctrl-C
 * that arrived just before the wait began, in milliseconds. */
#define LINE_INPUT_WAIT_SLICE_MS 250

const char *line_input_editor_name(void) { return LINE_INPUT_EDITOR_NAME; }

bool line_input_add_match(LineInputMatches *matches, const char *text, size_t length) {
    if (matches->count == matches->capacity) {
        size_t capacity = matches->capacity == 0 ? 32 : matches->capacity * 2;
        char **items = realloc(matches->items, capacity * sizeof(char *));
        if (items == NULL) return false;
        matches->items = items;
        matches->capacity = capacity;
    }
    char *copy = malloc(length + 1);
    if (copy == NULL) return false;
    memcpy(copy, text, length);
    copy[length] = '\0';
    matches->items[matches->count++] = copy;
    return true;
}

/* ---- Waiting with the GIL released ---- */

/* Wait until `fd` has input (or its end, or an error that the read will
 * report), the GIL released meanwhile. False with KeyboardInterrupt set when
 * Ctrl-C comes first. A signal that lands between the check and poll() does
 * not interrupt it, so each wait is one slice long and the check is made
 * again between slices. */
static bool line_input_wait(Thread *thread, int fd) {
    struct pollfd poll_fd = {.fd = fd, .events = POLLIN};
    for (;;) {
        if (thread_signal_pending(thread)) {
            if (!thread_handle_signals(thread)) return false;
            continue;
        }
        gil_blocking_begin(thread, GIL_BLOCK_IO, NULL);
        int status = poll(&poll_fd, 1, LINE_INPUT_WAIT_SLICE_MS);
        int error = status < 0 ? errno : 0;
        gil_blocking_end(thread);
        if (status > 0 || (status < 0 && error != EINTR)) return true;
    }
}

/* ---- Plain reads ---- */

/* sys.__stdin__, the stream input() reads too: sharing its buffer keeps
 * what one reads ahead from being lost to the other. */
static File *line_input_stdin(Thread *thread) {
    Module *sys = thread->runtime->sys_module;
    if (sys == NULL) return NULL;
    Value stream = dict_get_c(thread, sys->dict, "__stdin__");
    if (IS_EMPTY(stream)) error_clear(thread);
    return IS_FILE(stream) ? AS_FILE(stream) : NULL;
}

/* The prompt on stderr, then one line of sys.__stdin__ (python3's
 * PyOS_StdioReadline). */
static LineInputStatus line_input_read_plain(LineInput *input, const char *prompt, char **line, size_t *length) {
    Thread *thread = input->thread;
    fputs(prompt, stderr);
    fflush(stderr);
    File *file = line_input_stdin(thread);
    if (file == NULL) {
        error_set(thread, &type_RuntimeError, "lost sys.__stdin__");
        return LINE_INPUT_ERROR;
    }
    if (file->fd >= 0 && file->in_start == file->in_end && !line_input_wait(thread, file->fd)) return LINE_INPUT_ERROR;
    Value text;
    if (!io_readline(thread, file, -1, &text)) return LINE_INPUT_ERROR;
    if (!IS_STR(text) || AS_STR(text)->length == 0) return LINE_INPUT_END;
    Str *chars = AS_STR(text);
    size_t used = chars->length;
    if (chars->chars[used - 1] == '\n') used--;
    *line = malloc(used + 1);
    if (*line == NULL) {
        error_no_memory(thread);
        return LINE_INPUT_ERROR;
    }
    memcpy(*line, chars->chars, used);
    (*line)[used] = '\0';
    *length = used;
    return LINE_INPUT_LINE;
}

#if LINE_INPUT_HAS_EDITOR

/* The LineInput the editor reads for now (see the top of the file). */
static LineInput *active_input;

/* ---- Around other threads' output ---- */

/* Erase the prompt and the line being edited from the screen. */
static void line_input_hide(void) {
#if defined(BATON_LINE_EDITOR_READLINE) && RL_READLINE_VERSION >= 0x0700
    rl_clear_visible_line();
#else
    fputs("\r\033[K", rl_outstream);
#endif
    fflush(rl_outstream);
}

/* Draw the prompt and the line again where the cursor is. */
static void line_input_show(LineInput *input) {
    rl_forced_update_display();
    fflush(rl_outstream);
    input->line_shown = true;
}

/* The terminal guard (io.h): another thread writes to a terminal while a
 * line is being edited. The line is erased before the output and drawn
 * again after it once the output ended its line; otherwise at the next key.
 * While readline's own code runs (completion may run Python code, and so
 * let other threads run), the screen is left alone. */
static void line_input_guard(int fd, bool before, bool line_ended) {
    LineInput *input = active_input;
    if (input == NULL || input->in_editor || fd < 0 || fd > 2 || !input->terminal_fd[fd]) return;
    if (before && input->line_shown) {
        line_input_hide();
        input->line_shown = false;
    } else if (!before && line_ended && !input->line_shown) {
        line_input_show(input);
    }
}

/* ---- Completion ---- */

static void line_input_free_matches(LineInputMatches *matches) {
    for (size_t i = 0; i < matches->count; i++) free(matches->items[i]);
    free(matches->items);
    matches->items = NULL;
    matches->count = matches->capacity = 0;
}

/* Hands out the matches one by one to rl_completion_matches, which takes
 * them over (and frees them). */
static LineInputMatches pending_matches;
static size_t pending_next;

static char *line_input_next_match(const char *text, int state) {
    (void)text, (void)state;
    if (pending_next >= pending_matches.count) return NULL;
    char *match = pending_matches.items[pending_next];
    pending_matches.items[pending_next++] = NULL;
    return match;
}

/* A Tab with only blanks before the cursor indents, as python3's does. */
static bool line_input_blank_before_cursor(void) {
    for (int i = 0; i < rl_point && rl_line_buffer[i] != '\0'; i++)
        if (!isspace((unsigned char)rl_line_buffer[i])) return false;
    return true;
}

static char **line_input_indent(void) {
    char **result = malloc(2 * sizeof(char *));
    if (result == NULL) return NULL;
    result[0] = malloc(5);
    if (result[0] == NULL) {
        free(result);
        return NULL;
    }
    memcpy(result[0], "    ", 5);
    result[1] = NULL;
    return result;
}

static char **line_input_attempt_completion(const char *text, int start, int end) {
    (void)start, (void)end;
    LineInput *input = active_input;
    rl_attempted_completion_over = 1; /* never fall back to file names */
    rl_completion_append_character = '\0';
    if (input == NULL || input->completer == NULL) return NULL;
    if (text[0] == '\0' && line_input_blank_before_cursor()) return line_input_indent();
    line_input_free_matches(&pending_matches);
    pending_next = 0;
    input->completer(input->thread, input->completer_context, text, &pending_matches);
    char **result = pending_matches.count == 0 ? NULL : rl_completion_matches(text, line_input_next_match);
    line_input_free_matches(&pending_matches);
    return result;
}

/* ---- Reading a line ---- */

static void line_input_on_line(char *line) {
    active_input->line = line;
    active_input->line_done = true;
    rl_callback_handler_remove(); /* as CPython: no prompt is drawn for a next line */
}

/* Ctrl-C: drop the line being edited and give the terminal back. */
static void line_input_cancel(void) {
#if defined(BATON_LINE_EDITOR_READLINE)
    rl_free_line_state();
#if RL_READLINE_VERSION >= 0x0700
    rl_callback_sigcleanup();
#endif
    rl_cleanup_after_signal();
#endif
    rl_callback_handler_remove();
}

/* The editor watches for a resized terminal (SIGWINCH) only while one of
 * its calls runs, never while Baton waits for a key: tell it when the size
 * changed since the last look. */
static void line_input_follow_resize(LineInput *input) {
    struct winsize size;
    if (ioctl(fileno(rl_outstream), TIOCGWINSZ, &size) != 0) return;
    bool changed = input->columns != 0 && (size.ws_col != input->columns || size.ws_row != input->rows);
    input->columns = size.ws_col;
    input->rows = size.ws_row;
    if (changed) rl_resize_terminal();
}

/* One key through the editor, the guard told to keep off meanwhile. */
static void line_input_feed_key(LineInput *input) {
    if (!input->line_shown) line_input_show(input);
    line_input_follow_resize(input);
    input->in_editor = true;
    rl_callback_read_char();
    input->in_editor = false;
}

static LineInputStatus line_input_read_edited(LineInput *input, const char *prompt, char **line, size_t *length) {
    Thread *thread = input->thread;
    fflush(stdout);
    input->line = NULL;
    input->line_done = false;
    input->line_shown = true;
    active_input = input;
    line_input_follow_resize(input);
    rl_callback_handler_install(prompt, line_input_on_line);
    io_set_terminal_guard(line_input_guard);
    bool interrupted = false;
    while (!input->line_done) {
        if (!line_input_wait(thread, fileno(rl_instream))) {
            interrupted = true;
            break;
        }
        line_input_feed_key(input);
    }
    io_set_terminal_guard(NULL);
    if (interrupted) line_input_cancel();
    active_input = NULL;
    if (interrupted) return LINE_INPUT_ERROR;
    if (input->line == NULL) return LINE_INPUT_END;
    *line = input->line;
    *length = strlen(input->line);
    input->line = NULL;
    return LINE_INPUT_LINE;
}

static void line_input_setup_editor(LineInput *input) {
    /* Word breaks as python3's rlcompleter: not '.', so "math.sq" is one word. */
    static char word_breaks[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    setlocale(LC_CTYPE, ""); /* as python3: the terminal's encoding, so é is a letter, not Meta-C */
    rl_readline_name = "baton"; /* for $if baton in ~/.inputrc */
    rl_instream = stdin;
    rl_outstream = stdout;
    rl_catch_signals = 0; /* Ctrl-C is Baton's (thread.c): it ends the wait */
    rl_completer_word_break_characters = word_breaks;
    rl_attempted_completion_function = line_input_attempt_completion;
#if defined(BATON_LINE_EDITOR_READLINE) && RL_READLINE_VERSION >= 0x0700
    /* As python3 (bpo-42819): a pasted block runs line by line, rather than
     * arriving as one line that holds several statements. */
    rl_initialize();
    rl_variable_bind("enable-bracketed-paste", "off");
#endif
    using_history();
    stifle_history(LINE_INPUT_HISTORY_SIZE);
    if (input->history_path != NULL) read_history(input->history_path);
}

static void line_input_add_history(const char *line) { add_history(line); }

static void line_input_save_history(LineInput *input) {
    if (input->history_path == NULL || !input->history_changed) return;
    write_history(input->history_path);
    history_truncate_file(input->history_path, LINE_INPUT_HISTORY_SIZE);
}

#else /* no line editor */

static LineInputStatus line_input_read_edited(LineInput *input, const char *prompt, char **line, size_t *length) {
    return line_input_read_plain(input, prompt, line, length);
}

static void line_input_setup_editor(LineInput *input) { (void)input; }

static void line_input_add_history(const char *line) { (void)line; }

static void line_input_save_history(LineInput *input) { (void)input; }

#endif

/* ---- The interface ---- */

void line_input_open(LineInput *input, Thread *thread, const char *history_path, LineInputCompleter *completer,
                     void *completer_context) {
    memset(input, 0, sizeof *input);
    input->thread = thread;
    for (int fd = 0; fd < 3; fd++) input->terminal_fd[fd] = isatty(fd) != 0;
    input->editing = LINE_INPUT_HAS_EDITOR && input->terminal_fd[0] && input->terminal_fd[1];
    if (!input->editing) return;
    input->completer = completer;
    input->completer_context = completer_context;
    if (history_path != NULL) {
        size_t size = strlen(history_path) + 1;
        input->history_path = malloc(size);
        if (input->history_path != NULL) memcpy(input->history_path, history_path, size);
    }
    line_input_setup_editor(input);
}

LineInputStatus line_input_read(LineInput *input, const char *prompt, char **line, size_t *length) {
    *line = NULL;
    *length = 0;
    if (input->editing) return line_input_read_edited(input, prompt, line, length);
    return line_input_read_plain(input, prompt, line, length);
}

void line_input_remember(LineInput *input, const char *line) {
    if (!input->editing || line[0] == '\0') return;
    if (input->last_remembered != NULL && strcmp(input->last_remembered, line) == 0) return;
    size_t size = strlen(line) + 1;
    char *copy = malloc(size);
    if (copy == NULL) return;
    memcpy(copy, line, size);
    free(input->last_remembered);
    input->last_remembered = copy;
    line_input_add_history(line);
    input->history_changed = true;
}

void line_input_close(LineInput *input) {
    if (input->editing) line_input_save_history(input);
    free(input->history_path);
    free(input->last_remembered);
    input->history_path = input->last_remembered = NULL;
}
