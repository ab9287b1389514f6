/* gil_trace.c: the GIL trace recorder and its Chrome Trace Event JSON
 * writer (gil_trace.h says who may touch what, and when). The HTML page
 * (gil_trace_page.c) embeds the same JSON.
 *
 * A buffer is a list of chunks of fixed size, so appending never moves
 * the events already recorded. Times are kept in nanoseconds from the
 * start of the trace and written in microseconds. A state event opens a
 * slice that the thread's next state event closes; the last one is closed
 * by the end of the trace (gil_trace_close). */
#include "gil_trace.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "code.h"
#include "frame.h"
#include "gil.h"
#include "str.h"
#include "thread.h"

#define GIL_TRACE_CHUNK_EVENTS 1024

typedef struct GilTraceEvent {
    uint64_t time_ns;    /* from the start of the trace */
    uint64_t target;     /* drop request: the asked thread's number */
    int32_t line;        /* a new state: the line where it began; 0 if unknown */
    uint32_t file;       /* its file: an index into the buffer's files, plus one; 0 if unknown */
    uint8_t kind;        /* GilTraceKind */
    uint8_t reason;      /* GilBlock, for GIL_TRACE_BLOCKED */
} GilTraceEvent;

typedef struct GilTraceChunk {
    struct GilTraceChunk *next;
    size_t count;
    GilTraceEvent events[GIL_TRACE_CHUNK_EVENTS];
} GilTraceChunk;

struct GilTraceBuffer {
    GilTrace *trace;
    uint64_t number;          /* the thread's Thread.number */
    char *name;               /* its Python name (malloc'd); NULL until known */
    GilTraceChunk *first;
    GilTraceChunk *last;
    GilTraceKind state;       /* the state it is in now */
    uint64_t last_ns;         /* the time of the newest event: times never go back */
    char **files;             /* file names of the lines recorded, malloc'd copies */
    uint32_t file_count;
    uint32_t file_capacity;
    struct GilTraceBuffer *next; /* the recorder's buffers, in the order they were added */
};

struct GilTrace {
    char *path;                /* where the file goes (JSON or HTML); NULL: no file */
    bool timeline;             /* print the text timeline at the end */
    uint64_t start_ns;         /* gil_now_ns() when the trace began */
    uint64_t stop_ns;          /* from start_ns to the end of the trace (gil_trace_close) */
    GilTraceBuffer *buffers;
    GilTraceBuffer **buffers_tail;
    GilTraceBuffer **sorted;   /* by thread number, made by gil_trace_close */
    size_t buffer_count;
};

/* ---- The recorder ---- */

static bool gil_trace_ends_with(const char *path, const char *ending) {
    size_t length = strlen(path), ending_length = strlen(ending);
    return length > ending_length && strcmp(path + length - ending_length, ending) == 0;
}

GilTraceFormat gil_trace_format(const char *path) {
    if (gil_trace_ends_with(path, ".json")) return GIL_TRACE_FORMAT_JSON;
    if (gil_trace_ends_with(path, ".html")) return GIL_TRACE_FORMAT_HTML;
    return GIL_TRACE_FORMAT_UNKNOWN;
}

GilTrace *gil_trace_new(const char *path, bool timeline) {
    GilTrace *trace = calloc(1, sizeof(GilTrace));
    if (trace == NULL) return NULL;
    if (path != NULL && (trace->path = strdup(path)) == NULL) {
        free(trace);
        return NULL;
    }
    trace->timeline = timeline;
    trace->start_ns = gil_now_ns();
    trace->buffers_tail = &trace->buffers;
    return trace;
}

static void gil_trace_free_buffer(GilTraceBuffer *buffer) {
    for (GilTraceChunk *chunk = buffer->first; chunk != NULL;) {
        GilTraceChunk *next = chunk->next;
        free(chunk);
        chunk = next;
    }
    for (uint32_t i = 0; i < buffer->file_count; i++) free(buffer->files[i]);
    free(buffer->files);
    free(buffer->name);
    free(buffer);
}

void gil_trace_free(GilTrace *trace) {
    if (trace == NULL) return;
    for (GilTraceBuffer *buffer = trace->buffers; buffer != NULL;) {
        GilTraceBuffer *next = buffer->next;
        gil_trace_free_buffer(buffer);
        buffer = next;
    }
    free(trace->sorted);
    free(trace->path);
    free(trace);
}

const char *gil_trace_path(const GilTrace *trace) { return trace->path; }


void gil_trace_add_thread(GilTrace *trace, Thread *thread) {
    GilTraceBuffer *buffer = calloc(1, sizeof(GilTraceBuffer));
    thread->gil_trace_buffer = buffer;
    if (buffer == NULL) return;
    buffer->trace = trace;
    buffer->number = thread->number;
    buffer->state = GIL_TRACE_ENDED;
    *trace->buffers_tail = buffer;
    trace->buffers_tail = &buffer->next;
    trace->buffer_count++;
}

void gil_trace_keep_name(Thread *thread) {
    GilTraceBuffer *buffer = thread->gil_trace_buffer;
    if (buffer == NULL || thread->name == NULL) return;
    char *name = strdup(thread->name->chars);
    if (name == NULL) return;
    free(buffer->name);
    buffer->name = name;
}

/* ---- Recording ---- */

/* The next free event, in a new chunk if the last one is full; NULL
 * without memory (the event is lost). */
static GilTraceEvent *gil_trace_new_event(GilTraceBuffer *buffer) {
    GilTraceChunk *chunk = buffer->last;
    if (chunk == NULL || chunk->count == GIL_TRACE_CHUNK_EVENTS) {
        GilTraceChunk *fresh = malloc(sizeof(GilTraceChunk));
        if (fresh == NULL) return NULL;
        fresh->next = NULL;
        fresh->count = 0;
        if (chunk != NULL) chunk->next = fresh;
        else buffer->first = fresh;
        buffer->last = chunk = fresh;
    }
    return &chunk->events[chunk->count++];
}

/* The file's index in the buffer's table, plus one; 0 without memory. */
static uint32_t gil_trace_file_index(GilTraceBuffer *buffer, const char *file) {
    for (uint32_t i = buffer->file_count; i > 0; i--)
        if (strcmp(buffer->files[i - 1], file) == 0) return i;
    if (buffer->file_count == buffer->file_capacity) {
        uint32_t capacity = buffer->file_capacity < 4 ? 4 : buffer->file_capacity * 2;
        char **files = realloc(buffer->files, capacity * sizeof(char *));
        if (files == NULL) return 0;
        buffer->files = files;
        buffer->file_capacity = capacity;
    }
    char *copy = strdup(file);
    if (copy == NULL) return 0;
    buffer->files[buffer->file_count++] = copy;
    return buffer->file_count;
}

void gil_trace_record(Thread *thread, GilTraceKind kind, GilBlock reason, uint64_t now_ns, const struct Frame *frame,
                      const Thread *target) {
    GilTraceBuffer *buffer = thread->gil_trace_buffer;
    if (buffer == NULL) return;
    uint64_t start = buffer->trace->start_ns;
    uint64_t time = now_ns > start ? now_ns - start : 0;
    if (time < buffer->last_ns) time = buffer->last_ns;
    GilTraceEvent *event = gil_trace_new_event(buffer);
    if (event == NULL) return;
    *event = (GilTraceEvent){time, target != NULL ? target->number : 0, 0, 0, (uint8_t)kind, (uint8_t)reason};
    if (frame != NULL) {
        event->line = frame_current_line(frame);
        if (frame->code->filename != NULL) event->file = gil_trace_file_index(buffer, frame->code->filename->chars);
    }
    buffer->last_ns = time;
    if (kind <= GIL_TRACE_ENDED) buffer->state = kind;
}

GilTraceKind gil_trace_current_state(const Thread *thread) {
    return thread->gil_trace_buffer != NULL ? thread->gil_trace_buffer->state : GIL_TRACE_ENDED;
}

/* ---- Closing ---- */

static int gil_trace_compare_buffers(const void *left, const void *right) {
    uint64_t a = (*(GilTraceBuffer *const *)left)->number, b = (*(GilTraceBuffer *const *)right)->number;
    return (a > b) - (a < b);
}

/* A thread that never got a name: "_thread-N", as the gil module shows it. */
static void gil_trace_default_name(GilTraceBuffer *buffer) {
    if (buffer->name != NULL) return;
    char unnamed[THREAD_UNNAMED_NAME_SIZE];
    buffer->name = strdup(thread_unnamed_name(buffer->number, unnamed));
}

void gil_trace_close(GilTrace *trace, uint64_t now_ns) {
    trace->stop_ns = now_ns > trace->start_ns ? now_ns - trace->start_ns : 0;
    trace->sorted = malloc((trace->buffer_count + 1) * sizeof(GilTraceBuffer *));
    size_t count = 0;
    for (GilTraceBuffer *buffer = trace->buffers; buffer != NULL; buffer = buffer->next) {
        gil_trace_default_name(buffer);
        if (buffer->last_ns > trace->stop_ns) trace->stop_ns = buffer->last_ns;
        if (trace->sorted != NULL) trace->sorted[count++] = buffer;
    }
    if (trace->sorted == NULL) trace->buffer_count = 0; /* without memory, an empty trace */
    else qsort(trace->sorted, count, sizeof(GilTraceBuffer *), gil_trace_compare_buffers);
}

size_t gil_trace_thread_count(const GilTrace *trace) { return trace->buffer_count; }

const GilTraceBuffer *gil_trace_thread(const GilTrace *trace, size_t index) { return trace->sorted[index]; }

const char *gil_trace_thread_name(const GilTraceBuffer *buffer) {
    return buffer->name != NULL ? buffer->name : "?";
}

uint64_t gil_trace_duration_ns(const GilTrace *trace) { return trace->stop_ns; }

/* ---- Walking the events ---- */

GilTraceCursor gil_trace_cursor(const GilTraceBuffer *buffer) { return (GilTraceCursor){buffer, buffer->first, 0}; }

/* The cursor's next event and a step past it; NULL at the end. */
static const GilTraceEvent *gil_trace_next_event(GilTraceCursor *cursor) {
    while (cursor->chunk != NULL && cursor->index == cursor->chunk->count) {
        cursor->chunk = cursor->chunk->next;
        cursor->index = 0;
    }
    return cursor->chunk != NULL ? &cursor->chunk->events[cursor->index++] : NULL;
}

static bool gil_trace_is_state(const GilTraceEvent *event) { return event->kind <= GIL_TRACE_ENDED; }

/* The next state event after the cursor (instants are skipped). */
static const GilTraceEvent *gil_trace_next_state(GilTraceCursor *cursor) {
    for (const GilTraceEvent *event; (event = gil_trace_next_event(cursor)) != NULL;)
        if (gil_trace_is_state(event)) return event;
    return NULL;
}

bool gil_trace_next_slice(GilTraceCursor *cursor, GilTraceSlice *slice) {
    const GilTraceBuffer *buffer = cursor->buffer;
    for (;;) {
        const GilTraceEvent *begin = gil_trace_next_state(cursor);
        if (begin == NULL) return false;
        if (begin->kind == GIL_TRACE_ENDED) continue;
        GilTraceCursor ahead = *cursor;
        const GilTraceEvent *end = gil_trace_next_state(&ahead);
        slice->state = (GilTraceKind)begin->kind;
        slice->reason = (GilBlock)begin->reason;
        slice->start_ns = begin->time_ns;
        slice->end_ns = end != NULL ? end->time_ns : buffer->trace->stop_ns;
        slice->line = begin->line;
        slice->file = begin->file != 0 ? buffer->files[begin->file - 1] : NULL;
        return true;
    }
}

/* ---- The JSON ---- */

/* A JSON string. '<', '>' and '&' are escaped too (as \u003c...), which
 * JSON allows: then no string (a thread's name, a file's) can close the
 * <script> element that holds the JSON in the HTML page. */
static void json_string(FILE *out, const char *text) {
    fputc('"', out);
    for (const unsigned char *c = (const unsigned char *)text; *c != '\0'; c++) {
        if (*c == '"' || *c == '\\') fprintf(out, "\\%c", *c);
        else if (*c < 0x20 || *c == '<' || *c == '>' || *c == '&') fprintf(out, "\\u%04x", *c);
        else fputc(*c, out);
    }
    fputc('"', out);
}

static void json_time(FILE *out, const char *key, uint64_t nanoseconds) {
    fprintf(out, ",\"%s\":%llu.%03llu", key, (unsigned long long)(nanoseconds / 1000),
            (unsigned long long)(nanoseconds % 1000));
}

/* The common head of an event: {"name":...,"ph":...,"pid":...,"tid":...
 * (a thread's track is its number plus one: tid 0 means "no thread" to
 * some viewers). */
static void json_event_head(FILE *out, bool *first, const char *name, const char *phase, uint64_t number) {
    fputs(*first ? "\n" : ",\n", out);
    *first = false;
    fputs("{\"name\":", out);
    json_string(out, name);
    fprintf(out, ",\"ph\":\"%s\",\"pid\":%ld,\"tid\":%llu", phase, (long)getpid(), (unsigned long long)number + 1);
}

static void json_metadata(FILE *out, bool *first, const char *kind, uint64_t number, const char *name) {
    json_event_head(out, first, kind, "M", number);
    fputs(",\"args\":{\"name\":", out);
    json_string(out, name);
    fputs("}}", out);
}

static const char *gil_trace_slice_name(const GilTraceSlice *slice, char *text, size_t size) {
    if (slice->state == GIL_TRACE_RUNNING) return "running";
    if (slice->state == GIL_TRACE_WAITING) return "waiting for the GIL";
    snprintf(text, size, "blocked: %s", gil_block_name(slice->reason));
    return text;
}

/* The colour names of chrome://tracing (Perfetto picks its own). */
static const char *gil_trace_slice_colour(const GilTraceSlice *slice) {
    if (slice->state == GIL_TRACE_RUNNING) return "thread_state_running";
    if (slice->state == GIL_TRACE_WAITING) return "thread_state_runnable";
    return slice->reason == GIL_BLOCK_IO ? "thread_state_iowait" : "thread_state_sleeping";
}

static void json_slice(FILE *out, bool *first, uint64_t number, const GilTraceSlice *slice) {
    char text[64];
    json_event_head(out, first, gil_trace_slice_name(slice, text, sizeof text), "X", number);
    fprintf(out, ",\"cat\":\"gil\",\"cname\":\"%s\"", gil_trace_slice_colour(slice));
    json_time(out, "ts", slice->start_ns);
    json_time(out, "dur", slice->end_ns - slice->start_ns);
    if (slice->file != NULL) {
        fputs(",\"args\":{\"file\":", out);
        json_string(out, slice->file);
        fprintf(out, ",\"line\":%d}", slice->line);
    }
    fputs("}", out);
}

static void json_instant(FILE *out, bool *first, const GilTraceBuffer *buffer, const GilTraceEvent *event) {
    static const char *const names[] = {[GIL_TRACE_DROP_REQUEST] = "drop request",
                                        [GIL_TRACE_FORCED_SWITCH] = "forced switch",
                                        [GIL_TRACE_FALSE_ALARM] = "false alarm"};
    bool request = event->kind == GIL_TRACE_DROP_REQUEST;
    json_event_head(out, first, names[event->kind], "i", request ? event->target : buffer->number);
    fputs(",\"cat\":\"gil\",\"s\":\"t\"", out);
    json_time(out, "ts", event->time_ns);
    if (request) {
        fputs(",\"args\":{\"by\":", out);
        json_string(out, gil_trace_thread_name(buffer));
        fputs("}", out);
    }
    fputs("}", out);
}

static void json_thread(FILE *out, bool *first, const GilTraceBuffer *buffer) {
    json_metadata(out, first, "thread_name", buffer->number, gil_trace_thread_name(buffer));
    json_event_head(out, first, "thread_sort_index", "M", buffer->number);
    fprintf(out, ",\"args\":{\"sort_index\":%llu}}", (unsigned long long)buffer->number);
    GilTraceCursor cursor = gil_trace_cursor(buffer);
    GilTraceSlice slice;
    while (gil_trace_next_slice(&cursor, &slice))
        if (slice.end_ns > slice.start_ns) json_slice(out, first, buffer->number, &slice);
    cursor = gil_trace_cursor(buffer);
    for (const GilTraceEvent *event; (event = gil_trace_next_event(&cursor)) != NULL;)
        if (!gil_trace_is_state(event)) json_instant(out, first, buffer, event);
}

void gil_trace_write_json(GilTrace *trace, FILE *out, const char *process_name) {
    bool first = true;
    fputs("{\"traceEvents\":[", out);
    json_metadata(out, &first, "process_name", 0, process_name);
    for (size_t i = 0; i < trace->buffer_count; i++) json_thread(out, &first, trace->sorted[i]);
    fputs("\n],\n\"displayTimeUnit\":\"ms\"}\n", out);
}

/* ---- The file ---- */

/* Write the trace to its path, as JSON or as the HTML page by the name's
 * ending. False with errno set if it could not be written. */
static bool gil_trace_write_file(GilTrace *trace, const char *process_name) {
    FILE *out = fopen(trace->path, "w");
    if (out == NULL) return false;
    errno = 0;
    if (gil_trace_format(trace->path) == GIL_TRACE_FORMAT_HTML) gil_trace_write_page(trace, out, process_name);
    else gil_trace_write_json(trace, out, process_name);
    bool ok = !ferror(out);
    if (fclose(out) != 0) ok = false;
    if (!ok && errno == 0) errno = EIO;
    return ok;
}

/* The process is named by its command line's essentials ("baton
 * --gil=cpython script.py"): pictures of two policies then say which is
 * which. */
bool gil_trace_output(GilTrace *trace, Runtime *runtime) {
    char process_name[256];
    snprintf(process_name, sizeof process_name, "baton --gil=%s %s", gil_policy_name(gil_get_policy(runtime)),
             runtime->argc > 0 ? runtime->argv[0] : "");
    bool ok = trace->path == NULL || gil_trace_write_file(trace, process_name);
    if (trace->timeline) gil_timeline_print(trace, stderr, gil_timeline_width());
    return ok;
}
