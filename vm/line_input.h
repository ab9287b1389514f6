/* line_input.h: one line of the REPL, read the way lua.c reads its lines
 * (its lua_readline / lua_saveline / lua_freeline): with GNU readline or
 * libedit when CMake found one (BATON_READLINE, cmake/line_editing.cmake),
 * which brings line editing, a history kept in a file and tab completion;
 * with plain reads of standard input otherwise, and whenever standard input
 * or output is not a terminal (a pipe, a file).
 *
 * Waiting for input releases the GIL, so other threads run while the user
 * types. What they print to the terminal meanwhile erases the line being
 * edited, which is drawn again below their output (io.h's terminal guard).
 * Everything here runs in the main thread, with the GIL held except while
 * waiting for a key. */
#ifndef BATON_LINE_INPUT_H
#define BATON_LINE_INPUT_H

#include <stddef.h>

#include "runtime.h"

/* Candidates for completing a word: malloc'd strings. */
typedef struct LineInputMatches {
    char **items;
    size_t count;
    size_t capacity;
} LineInputMatches;

/* Add a copy of `length` bytes of `text`; false if memory ran out. */
bool line_input_add_match(LineInputMatches *matches, const char *text, size_t length);

/* Tab completion: add to `matches` every completion of `word`, the text
 * before the cursor back to the last delimiter (dots included: "math.sq"),
 * each one whole ("math.sqrt("). Called with the GIL held; it may run
 * Python code, and must leave no exception set. */
typedef void LineInputCompleter(Thread *thread, void *context, const char *word, LineInputMatches *matches);

typedef struct LineInput {
    Thread *thread;                /* the thread that reads (the main thread) */
    bool editing;                  /* a line editor is in use: both stdin and stdout are terminals */
    char *history_path;            /* the history file (malloc'd); NULL: no history */
    bool history_changed;          /* lines were added since the file was read */
    char *last_remembered;         /* the last line added to the history, to skip repeats */
    LineInputCompleter *completer; /* tab completion; NULL: none */
    void *completer_context;       /* its first argument */
    /* While a line is being edited through readline's callback interface: */
    char *line;                    /* the line readline handed over (malloc'd by readline) */
    bool line_done;                /* readline finished the line (line NULL: end of input) */
    bool line_shown;               /* the prompt and the line are on the screen, not erased */
    bool in_editor;                /* readline's own code runs: output leaves the screen alone */
    bool terminal_fd[3];           /* which of descriptors 0, 1, 2 are terminals */
    unsigned short columns, rows;  /* the terminal's size when last looked at; 0: not yet */
} LineInput;

typedef enum LineInputStatus {
    LINE_INPUT_LINE,  /* a line was read */
    LINE_INPUT_END,   /* end of input: Ctrl-D on an empty line, the end of a pipe or file */
    LINE_INPUT_ERROR, /* an exception is set: KeyboardInterrupt for Ctrl-C, or an I/O error */
} LineInputStatus;

/* Prepare to read: choose between the line editor and plain reads, load
 * the history from `history_path` (may be NULL: no history). */
void line_input_open(LineInput *input, Thread *thread, const char *history_path, LineInputCompleter *completer,
                     void *completer_context);

/* Show `prompt` and read one line. On LINE_INPUT_LINE, *line is a malloc'd
 * copy without its newline (the caller frees it) and *length its length. The
 * prompt goes to stderr for plain reads (as python3 writes it without
 * readline) and to stdout through the editor (as python3's readline does). */
LineInputStatus line_input_read(LineInput *input, const char *prompt, char **line, size_t *length);

/* Add a line to the history (empty lines and repeats are skipped). */
void line_input_remember(LineInput *input, const char *line);

/* Save the history and free what `input` holds. */
void line_input_close(LineInput *input);

/* The editor this build uses: "GNU readline", "libedit" or "none". */
const char *line_input_editor_name(void);

#endif
