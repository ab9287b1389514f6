/* gil_trace.h: the GIL trace recorder (--gil-trace, --gil-timeline,
 * gil.trace_start/trace_stop; docs/gil.md "Tracing the GIL").
 *
 * While a trace runs, every thread appends events to its own buffer: the
 * state it enters (running: holds the GIL; waiting: wants it; blocked: in
 * a blocking call, with the reason and the line) and instants (a drop
 * request, a forced switch, a false alarm). A thread appends only to its
 * own buffer and only while it holds the GIL or the GIL's mutex; the
 * recorder is attached, started and detached by the GIL holder under the
 * mutex (gil.c), so no buffer is ever touched by two threads at once.
 * Buffers outlive their threads until the trace is written: as Chrome
 * Trace Event JSON (gil_trace.c), as a web page that draws that JSON
 * (gil_trace_page.c) or as a text timeline (gil_timeline.c). */
#ifndef BATON_GIL_TRACE_H
#define BATON_GIL_TRACE_H

#include <stdio.h>

#include "runtime.h"

typedef enum GilTraceKind {
    /* A new state: it lasts until the thread's next state event. */
    GIL_TRACE_RUNNING,
    GIL_TRACE_WAITING,
    GIL_TRACE_BLOCKED,
    GIL_TRACE_ENDED, /* the thread is gone */
    /* Instants. */
    GIL_TRACE_DROP_REQUEST,  /* this thread asked `target` to drop the GIL */
    GIL_TRACE_FORCED_SWITCH, /* this thread dropped the GIL on request */
    GIL_TRACE_FALSE_ALARM,   /* woken up, this thread found the GIL taken again */
} GilTraceKind;

typedef struct GilTrace GilTrace;
typedef struct GilTraceBuffer GilTraceBuffer;

/* What a trace file holds, told by the ending of its name. */
typedef enum GilTraceFormat {
    GIL_TRACE_FORMAT_UNKNOWN, /* neither ending: callers refuse the name */
    GIL_TRACE_FORMAT_JSON,    /* NAME.json: Chrome Trace Event JSON */
    GIL_TRACE_FORMAT_HTML,    /* NAME.html: a page drawing the same JSON */
} GilTraceFormat;
GilTraceFormat gil_trace_format(const char *path);

/* A new recorder (not attached yet): it writes a file to `path` if not
 * NULL (JSON or HTML, by gil_trace_format), a timeline to stderr if
 * `timeline`. NULL without memory. */
GilTrace *gil_trace_new(const char *path, bool timeline);
void gil_trace_free(GilTrace *trace);
const char *gil_trace_path(const GilTrace *trace);

/* Give `thread` a buffer in the recorder (the GIL holder calls it, at
 * attach time and when a thread is created). Without memory the thread is
 * simply not traced. */
void gil_trace_add_thread(GilTrace *trace, Thread *thread);
/* Copy the thread's Python name into its buffer (it may change until the
 * thread ends). */
void gil_trace_keep_name(Thread *thread);

/* Append an event to the thread's own buffer at `now_ns` (gil_now_ns).
 * `frame` (may be NULL) gives the line of a new state; `target` is the
 * asked thread of a drop request. */
void gil_trace_record(Thread *thread, GilTraceKind kind, GilBlock reason, uint64_t now_ns,
                      const struct Frame *frame, const Thread *target);
/* The state the thread's buffer is in now (GIL_TRACE_ENDED if none yet). */
GilTraceKind gil_trace_current_state(const Thread *thread);

/* The trace stopped at `now_ns`: every state still open ends there. */
void gil_trace_close(GilTrace *trace, uint64_t now_ns);

/* Write what the trace was made for: the file to its path (the process
 * named after the GIL policy and the script), the timeline to stderr.
 * False with errno set if the file could not be written. */
bool gil_trace_output(GilTrace *trace, Runtime *runtime);
/* Write a closed trace to `out` as Chrome Trace Event JSON, the process
 * named `process_name` (gil_trace.c). Its strings never hold '<', '>' or
 * '&' (written \u003c...), so it can sit inside an HTML <script>. */
void gil_trace_write_json(GilTrace *trace, FILE *out, const char *process_name);
/* Write a closed trace to `out` as a self-contained HTML page: the page
 * template with the JSON inside (gil_trace_page.c). */
void gil_trace_write_page(GilTrace *trace, FILE *out, const char *process_name);
/* Print the text timeline (gil_timeline.c) to `stream`, `width` columns. */
void gil_timeline_print(GilTrace *trace, FILE *stream, int width);
/* The width of the terminal on stderr, else $COLUMNS, else 80. */
int gil_timeline_width(void);

/* ---- Reading a closed trace (gil_trace.c for gil_timeline.c) ---- */

/* One stretch of a thread's life in one state. */
typedef struct GilTraceSlice {
    GilTraceKind state;  /* running, waiting or blocked */
    GilBlock reason;     /* blocked: why */
    uint64_t start_ns;   /* from the start of the trace */
    uint64_t end_ns;
    int line;            /* where it began; 0 if unknown */
    const char *file;    /* NULL if unknown */
} GilTraceSlice;

/* The buffers in the order of their threads' creation. */
size_t gil_trace_thread_count(const GilTrace *trace);
const GilTraceBuffer *gil_trace_thread(const GilTrace *trace, size_t index);
const char *gil_trace_thread_name(const GilTraceBuffer *buffer);
uint64_t gil_trace_duration_ns(const GilTrace *trace);

/* Walk a thread's slices: make a cursor, call next until it returns
 * false. */
typedef struct GilTraceCursor {
    const GilTraceBuffer *buffer;
    const struct GilTraceChunk *chunk; /* where the walk is */
    size_t index;
} GilTraceCursor;
GilTraceCursor gil_trace_cursor(const GilTraceBuffer *buffer);
bool gil_trace_next_slice(GilTraceCursor *cursor, GilTraceSlice *slice);

#endif
