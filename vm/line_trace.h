/* line_trace.h: --trace, each line the program runs, as it runs.
 *
 * In the format of `python3 -m trace --trace`: a " --- modulename: M,
 * funcname: F" line when a function starts or a generator resumes, and
 * "file.py(LINE): source" when a thread starts a new line, or goes round a
 * loop back to the line it is on. Once a second thread has started, each
 * line names its thread ("[Thread-1 (work)] "), and a "--- GIL: A -> B"
 * line says when the thread that prints is not the one that printed last.
 * --trace=user leaves out the embedded standard library.
 *
 * The dispatch loop calls line_trace_instruction before every instruction
 * through the same dispatch table trick as --switch-check=every (eval.c),
 * so with tracing off nothing runs. The tracer's state is touched only by
 * the GIL holder. docs/trace.md tells the story. */
#ifndef BATON_LINE_TRACE_H
#define BATON_LINE_TRACE_H

#include "frame.h"
#include "runtime.h"

typedef enum LineTraceScope {
    LINE_TRACE_ALL,  /* --trace: every line, the standard library's too */
    LINE_TRACE_USER, /* --trace=user: only files that are not embedded */
} LineTraceScope;

/* "--trace", "--trace=all", "--trace=user" -> the scope; false for any
 * other option. */
bool line_trace_parse_option(const char *option, LineTraceScope *scope);

/* Turn tracing on (main.c, before the program runs). False without memory. */
bool line_trace_start(Runtime *runtime, LineTraceScope scope);
/* Free the tracer (runtime_destroy); nothing if tracing is off. */
void line_trace_free(Runtime *runtime);

/* Before `instruction` of `frame` runs (eval.c's check before every
 * instruction): print what it starts, if anything. It runs no Python code,
 * never collects and never releases the GIL, so the loop needs to save
 * nothing; it reads frame->ip, which still says where the frame last
 * stopped (one past its call, for a frame that called out). */
void line_trace_instruction(Thread *thread, Frame *frame, const uint32_t *instruction);

#endif
