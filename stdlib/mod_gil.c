/* mod_gil.c: the `gil` module, Baton's own window on the GIL (docs/gil.md,
 * "The gil module"):
 *   holder()       the name of the thread that holds the GIL: the caller
 *   stats()        {thread name: {'acquisitions', 'forced_drops',
 *                  'voluntary_releases', 'held', 'waited', 'max_wait',
 *                  'blocked': {reason: seconds}}}, for every live thread
 *                  and the last ended ones, in the order they started
 *   policy()       'cpython', 'legacy', 'fifo', 'priority' or
 *                  'deterministic' (--gil=)
 *   reset_stats()  every count starts again from zero, ended threads go
 *   trace_start(path), trace_stop()
 *                  record what the GIL does (vm/gil_trace.h) and write
 *                  it to path: path.json as Chrome Trace Event JSON,
 *                  path.html as a timeline page
 * vm/gil.c keeps the numbers (GilStats, the finished threads' records);
 * this file only turns them into Python values. A thread that threading
 * has not named (one started by _thread.start_new_thread) is shown as
 * "_thread-N", N its creation number; a name used twice gets " #2"... */
#include <errno.h>
#include <stdlib.h>

#include "builtins.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gil.h"
#include "gil_trace.h"
#include "modules.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"

/* One entry of stats(): a live thread or an ended one. */
typedef struct StatsRow {
    const char *name;   /* the thread's name; NULL if it has none */
    size_t name_length; /* bytes of name */
    uint64_t number;    /* its creation number: rows are shown in this order */
    GilStats stats;     /* its statistics up to now */
} StatsRow;

/* A thread's name as Python sees it: its own, or "_thread-N". */
static Str *gil_thread_name(Thread *thread, const char *name, size_t length, uint64_t number) {
    if (name != NULL) return str_new(thread, name, length);
    char unnamed[THREAD_UNNAMED_NAME_SIZE];
    return str_from_c(thread, thread_unnamed_name(number, unnamed));
}

static Str *gil_live_thread_name(Thread *thread, Thread *named) {
    if (named->name != NULL) return named->name;
    return gil_thread_name(thread, NULL, 0, named->number);
}

/* The functions all take no arguments; "gil.stats() takes no arguments
 * (1 given)" otherwise, as CPython says for time.time(1). */
static bool gil_no_arguments(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames) {
    ArgSpec spec = {name, ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    return builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL);
}

/* gil.holder(): called from Python, the holder is the caller. */
static bool gil_holder_function(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!gil_no_arguments(thread, "gil.holder", argc, argv, kwnames)) return false;
    Thread *holder = gil_holder(thread->runtime);
    if (holder == NULL) {
        *result = NONE_VALUE;
        return true;
    }
    Str *name = gil_live_thread_name(thread, holder);
    if (name == NULL) return false;
    *result = OBJECT_VALUE(name);
    return true;
}

/* gil.policy(): the policy chosen with --gil=. */
static bool gil_policy_function(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!gil_no_arguments(thread, "gil.policy", argc, argv, kwnames)) return false;
    Str *name = str_from_c(thread, gil_policy_name(gil_get_policy(thread->runtime)));
    if (name == NULL) return false;
    *result = OBJECT_VALUE(name);
    return true;
}

/* gil.interval(): the switch interval in seconds (sys.getswitchinterval()):
 * how long a waiter waits before it asks the holder to drop the GIL. */
static bool gil_interval_function(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!gil_no_arguments(thread, "gil.interval", argc, argv, kwnames)) return false;
    *result = FLOAT_VALUE(gil_get_switch_interval(thread->runtime));
    return true;
}

/* gil.reset_stats(). */
static bool gil_reset_stats_function(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!gil_no_arguments(thread, "gil.reset_stats", argc, argv, kwnames)) return false;
    gil_stats_reset(thread->runtime);
    *result = NONE_VALUE;
    return true;
}

/* ---- trace_start(path), trace_stop() ---- */

/* gil.trace_start(path): a fresh recorder, attached now. The path must
 * end in .json or .html, as --gil-trace's. */
static bool gil_trace_start_function(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"trace_start", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value path;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &path)) return false;
    if (!IS_STR(path))
        return error_set(thread, &type_TypeError, "trace_start() argument must be str, not %s", value_type_name(path));
    if (gil_trace_format(AS_STR(path)->chars) == GIL_TRACE_FORMAT_UNKNOWN)
        return error_set(thread, &type_ValueError, "trace_start() needs a file name ending in .json or .html, not '%s'",
                         AS_STR(path)->chars);
    if (thread->runtime->gil_trace != NULL) return error_set(thread, &type_RuntimeError, "trace already started");
    GilTrace *trace = gil_trace_new(AS_STR(path)->chars, false);
    if (trace == NULL) return error_no_memory(thread);
    if (!gil_trace_attach(thread, trace)) {
        gil_trace_free(trace);
        return error_set(thread, &type_RuntimeError, "trace already started");
    }
    *result = NONE_VALUE;
    return true;
}

/* gil.trace_stop(): stop recording and write the file (an OSError if it
 * cannot be written; the trace is stopped all the same). */
static bool gil_trace_stop_function(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!gil_no_arguments(thread, "gil.trace_stop", argc, argv, kwnames)) return false;
    GilTrace *trace = gil_trace_detach(thread);
    if (trace == NULL) return error_set(thread, &type_RuntimeError, "no trace started");
    bool ok = gil_trace_output(trace, thread->runtime);
    int error = errno;
    bool done = ok || error_set_from_errno(thread, error, gil_trace_path(trace));
    gil_trace_free(trace);
    if (!done) return false;
    *result = NONE_VALUE;
    return true;
}

/* ---- stats() ---- */

static Value gil_seconds(uint64_t nanoseconds) { return FLOAT_VALUE((double)nanoseconds / 1e9); }

/* {reason: seconds} for the reasons the thread was blocked on at all. */
static Dict *gil_blocked_dict(Thread *thread, const GilStats *stats) {
    Dict *blocked = dict_new(thread);
    for (int reason = GIL_BLOCK_NONE + 1; blocked != NULL && reason < GIL_BLOCK_COUNT; reason++) {
        if (stats->blocked_ns[reason] == 0) continue;
        if (!dict_set_c(thread, blocked, gil_block_name((GilBlock)reason), gil_seconds(stats->blocked_ns[reason])))
            return NULL;
    }
    return blocked;
}

/* One thread's dict: counts as ints, times in seconds as floats. */
static Dict *gil_thread_dict(Thread *thread, const GilStats *stats) {
    Dict *dict = dict_new(thread);
    Dict *blocked = gil_blocked_dict(thread, stats);
    if (dict == NULL || blocked == NULL) return NULL;
    bool ok = dict_set_c(thread, dict, "acquisitions", INT_VALUE((int64_t)stats->acquisitions)) &&
              dict_set_c(thread, dict, "forced_drops", INT_VALUE((int64_t)stats->forced_drops)) &&
              dict_set_c(thread, dict, "voluntary_releases", INT_VALUE((int64_t)stats->voluntary_releases)) &&
              dict_set_c(thread, dict, "held", gil_seconds(stats->held_ns)) &&
              dict_set_c(thread, dict, "waited", gil_seconds(stats->waited_ns)) &&
              dict_set_c(thread, dict, "max_wait", gil_seconds(stats->max_wait_ns)) &&
              dict_set_c(thread, dict, "blocked", OBJECT_VALUE(blocked));
    return ok ? dict : NULL;
}

static int gil_compare_rows(const void *left, const void *right) {
    uint64_t a = ((const StatsRow *)left)->number, b = ((const StatsRow *)right)->number;
    return (a > b) - (a < b);
}

/* Every live thread's row and every kept ended thread's, in the order the
 * threads were created; a malloc'd array, NULL without memory. */
static StatsRow *gil_collect_rows(Runtime *runtime, size_t *count) {
    size_t live = 0;
    for (Thread *each = runtime->threads; each != NULL; each = each->next_thread) live++;
    StatsRow *rows = malloc((live + runtime->finished_thread_count) * sizeof(StatsRow));
    if (rows == NULL) return NULL;
    size_t index = 0;
    for (Thread *each = runtime->threads; each != NULL; each = each->next_thread) {
        Str *name = each->name;
        rows[index++] = (StatsRow){name != NULL ? name->chars : NULL, name != NULL ? name->length : 0, each->number,
                                   gil_stats_of(each)};
    }
    for (size_t i = 0; i < runtime->finished_thread_count; i++) {
        const FinishedThread *ended = &runtime->finished_threads[i];
        rows[index++] = (StatsRow){ended->name, ended->name_length, ended->number, ended->gil_stats};
    }
    qsort(rows, index, sizeof(StatsRow), gil_compare_rows);
    *count = index;
    return rows;
}

/* `name`, or "name #2", "name #3"... if threads already shown have it. */
static Str *gil_unique_key(Thread *thread, Dict *shown, Str *name) {
    if (IS_EMPTY(dict_get_str(shown, name))) return name;
    for (int suffix = 2;; suffix++) {
        StringBuilder builder;
        builder_init(&builder);
        builder_append(&builder, name->chars, name->length);
        builder_printf(&builder, " #%d", suffix);
        Str *key = builder_finish(thread, &builder);
        if (key == NULL || IS_EMPTY(dict_get_str(shown, key))) return key;
    }
}

static bool gil_add_row(Thread *thread, Dict *shown, const StatsRow *row) {
    Str *name = gil_thread_name(thread, row->name, row->name_length, row->number);
    Str *key = name != NULL ? gil_unique_key(thread, shown, name) : NULL;
    Dict *value = gil_thread_dict(thread, &row->stats);
    return key != NULL && value != NULL && dict_set_str(thread, shown, key, OBJECT_VALUE(value));
}

/* gil.stats(). Nothing here runs Python code, so no collection can happen
 * while the fresh dicts are only in C variables (gc.h). */
static bool gil_stats_function(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!gil_no_arguments(thread, "gil.stats", argc, argv, kwnames)) return false;
    size_t count = 0;
    StatsRow *rows = gil_collect_rows(thread->runtime, &count);
    if (rows == NULL) return error_no_memory(thread);
    Dict *shown = dict_new(thread);
    bool ok = shown != NULL;
    for (size_t i = 0; ok && i < count; i++) ok = gil_add_row(thread, shown, &rows[i]);
    free(rows);
    if (!ok) return false;
    *result = OBJECT_VALUE(shown);
    return true;
}

static const MethodDef gil_functions[] = {
    {"holder", gil_holder_function},
    {"stats", gil_stats_function},
    {"policy", gil_policy_function},
    {"interval", gil_interval_function},
    {"reset_stats", gil_reset_stats_function},
    {"trace_start", gil_trace_start_function},
    {"trace_stop", gil_trace_stop_function},
    {NULL, NULL},
};

bool gil_module_init(Thread *thread, Module *module) {
    return dict_add_natives(thread, module->dict, gil_functions, OBJECT_VALUE(module->name));
}
