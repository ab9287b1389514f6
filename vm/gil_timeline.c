/* gil_timeline.c: --gil-timeline, a GIL trace drawn as text on stderr.
 *
 * One row per thread, time running left to right, one character per
 * column ("bucket" of time): the state that covers most of the bucket
 * wins. Then a table of each thread's totals:
 *
 *   GIL timeline: each column = 5 ms, 0 to 300 ms
 *   MainThread      |##......jjjjjjjjjjjjjjjjjjjjjjjjjjjj#|
 *   Thread-1 (spin) |  #####.....#####.....#####..        |
 */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "gil.h"
#include "gil_trace.h"

/* A bucket's time by state: running, waiting, then one per block reason
 * (GIL_BLOCK_NONE's place is unused). */
enum { TIMELINE_RUNNING, TIMELINE_WAITING, TIMELINE_BLOCKED, TIMELINE_STATES = TIMELINE_BLOCKED + GIL_BLOCK_COUNT };

/* The letter of each blocking reason, in GilBlock's order. */
static const char blocked_letters[GIL_BLOCK_COUNT + 1] = "?sljicqx";

#define TIMELINE_NAME_WIDTH_MAX 24
#define TIMELINE_COLUMNS_MIN 10

/* A thread's totals, for the table. */
typedef struct TimelineTotals {
    uint64_t held_ns;
    uint64_t waited_ns;
    uint64_t blocked_ns;
    uint64_t acquisitions;
} TimelineTotals;

int gil_timeline_width(void) {
    struct winsize size;
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    const char *columns = getenv("COLUMNS");
    if (columns != NULL && atoi(columns) > 0) return atoi(columns);
    return 80;
}

static int timeline_state(const GilTraceSlice *slice) {
    if (slice->state == GIL_TRACE_RUNNING) return TIMELINE_RUNNING;
    if (slice->state == GIL_TRACE_WAITING) return TIMELINE_WAITING;
    return TIMELINE_BLOCKED + (int)slice->reason;
}

static void timeline_count(TimelineTotals *totals, const GilTraceSlice *slice) {
    uint64_t length = slice->end_ns - slice->start_ns;
    if (slice->state == GIL_TRACE_RUNNING) {
        totals->held_ns += length;
        totals->acquisitions++;
    } else if (slice->state == GIL_TRACE_WAITING) {
        totals->waited_ns += length;
    } else {
        totals->blocked_ns += length;
    }
}

/* Spread one slice's time over the buckets it covers. */
static void timeline_spread(double *coverage, int columns, double bucket_ns, const GilTraceSlice *slice) {
    double start = (double)slice->start_ns, end = (double)slice->end_ns;
    int first = (int)(start / bucket_ns), last = (int)(end / bucket_ns);
    if (last >= columns) last = columns - 1;
    for (int column = first; column <= last; column++) {
        double from = column * bucket_ns, to = from + bucket_ns;
        double overlap = (end < to ? end : to) - (start > from ? start : from);
        if (overlap > 0) coverage[column * TIMELINE_STATES + timeline_state(slice)] += overlap;
    }
}

/* The character of one bucket: the state covering most of it, or ' ' if
 * the thread was mostly not alive. */
static char timeline_character(const double *states, double bucket_ns) {
    double alive = 0, best = 0;
    int best_state = -1;
    for (int state = 0; state < TIMELINE_STATES; state++) {
        alive += states[state];
        if (states[state] > best) {
            best = states[state];
            best_state = state;
        }
    }
    if (best_state < 0 || bucket_ns - alive > best) return ' ';
    if (best_state == TIMELINE_RUNNING) return '#';
    if (best_state == TIMELINE_WAITING) return '.';
    return blocked_letters[best_state - TIMELINE_BLOCKED];
}

/* Draw one thread's row and add up its totals. */
static void timeline_row(FILE *stream, const GilTraceBuffer *buffer, int name_width, int columns, double bucket_ns,
                         double *coverage, TimelineTotals *totals) {
    memset(coverage, 0, (size_t)columns * TIMELINE_STATES * sizeof(double));
    memset(totals, 0, sizeof *totals);
    GilTraceCursor cursor = gil_trace_cursor(buffer);
    GilTraceSlice slice;
    while (gil_trace_next_slice(&cursor, &slice)) {
        timeline_spread(coverage, columns, bucket_ns, &slice);
        timeline_count(totals, &slice);
    }
    fprintf(stream, "%-*.*s |", name_width, name_width, gil_trace_thread_name(buffer));
    for (int column = 0; column < columns; column++)
        fputc(timeline_character(&coverage[column * TIMELINE_STATES], bucket_ns), stream);
    fputs("|\n", stream);
}

static void timeline_legend(FILE *stream) {
    fputs("# running  . waiting for the GIL  (blank) not alive\nblocked:", stream);
    for (int reason = GIL_BLOCK_NONE + 1; reason < GIL_BLOCK_COUNT; reason++)
        fprintf(stream, "  %c %s", blocked_letters[reason], gil_block_name((GilBlock)reason));
    fputc('\n', stream);
}

static void timeline_table_row(FILE *stream, int name_width, const char *name, const TimelineTotals *totals) {
    fprintf(stream, "%-*.*s %9.3f %9.3f %9.3f %9llu\n", name_width, name_width, name, (double)totals->held_ns / 1e9,
            (double)totals->waited_ns / 1e9, (double)totals->blocked_ns / 1e9,
            (unsigned long long)totals->acquisitions);
}

static int timeline_name_width(GilTrace *trace) {
    int width = 6; /* "thread" */
    for (size_t i = 0; i < gil_trace_thread_count(trace); i++) {
        int length = (int)strlen(gil_trace_thread_name(gil_trace_thread(trace, i)));
        if (length > width) width = length;
    }
    return width > TIMELINE_NAME_WIDTH_MAX ? TIMELINE_NAME_WIDTH_MAX : width;
}

void gil_timeline_print(GilTrace *trace, FILE *stream, int width) {
    size_t count = gil_trace_thread_count(trace);
    int name_width = timeline_name_width(trace);
    int columns = width - name_width - 3;
    if (columns < TIMELINE_COLUMNS_MIN) columns = TIMELINE_COLUMNS_MIN;
    uint64_t duration = gil_trace_duration_ns(trace);
    double bucket_ns = duration > 0 ? (double)duration / columns : 1;
    double *coverage = malloc((size_t)columns * TIMELINE_STATES * sizeof(double));
    TimelineTotals *totals = calloc(count + 1, sizeof(TimelineTotals));
    if (coverage == NULL || totals == NULL) {
        free(coverage);
        free(totals);
        fputs("GIL timeline: out of memory\n", stream);
        return;
    }
    fprintf(stream, "GIL timeline: each column = %.3g ms, 0 to %.0f ms\n", bucket_ns / 1e6, (double)duration / 1e6);
    for (size_t i = 0; i < count; i++)
        timeline_row(stream, gil_trace_thread(trace, i), name_width, columns, bucket_ns, coverage, &totals[i]);
    timeline_legend(stream);
    fprintf(stream, "\n%-*s %9s %9s %9s %9s\n", name_width, "thread", "held (s)", "waited", "blocked", "acquired");
    for (size_t i = 0; i < count; i++)
        timeline_table_row(stream, name_width, gil_trace_thread_name(gil_trace_thread(trace, i)), &totals[i]);
    free(coverage);
    free(totals);
}
