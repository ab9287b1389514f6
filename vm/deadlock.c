/* deadlock.c: noticing that every thread is stuck in a lock wait, and the
 * report that says which thread waits where (deadlock.h explains how).
 *
 * The report, for a program whose two threads take two locks in opposite
 * orders while the main thread joins them:
 *
 *   Deadlock: every thread is waiting for another one, and none can go on.
 *     MainThread waits in Thread.join(), at line 21 of transfer.py:
 *       first.join()
 *     Thread-1 (move) waits for a lock held by Thread-2 (move), at line 11 of transfer.py:
 *       with target:
 *     Thread-2 (move) waits for a lock held by Thread-1 (move), at line 11 of transfer.py:
 *       with target:
 *   Baton stopped the program: CPython would wait here for ever.
 *
 * A thread waiting inside the embedded standard library is shown by the
 * library call the program made (Thread.join, Queue.get, Event.wait...)
 * and the program's own line that made it. */
#include "deadlock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "code.h"
#include "exception.h"
#include "frame.h"
#include "gil.h"
#include "import.h"
#include "str.h"
#include "thread.h"

void deadlock_wait_begin(Thread *thread, ThreadLock *lock, DeadlockWatch *watch) {
    Runtime *runtime = thread->runtime;
    thread->stuck_on = lock;
    watch->events = atomic_load(&runtime->lock_events);
    watch->quiet_looks = 0;
    atomic_fetch_sub(&runtime->threads_not_stuck, 1);
}

void deadlock_wait_end(Thread *thread) {
    Runtime *runtime = thread->runtime;
    atomic_fetch_add(&runtime->threads_not_stuck, 1);
    atomic_fetch_add(&runtime->lock_events, 1);
    thread->stuck_on = NULL;
}

void deadlock_note_event(Runtime *runtime) { atomic_fetch_add(&runtime->lock_events, 1); }

/* ---- The report ---- */

static bool deadlock_in_stdlib(const Frame *frame) {
    const char *filename = frame->code->filename->chars;
    size_t root = strlen(IMPORT_EMBEDDED_ROOT);
    return strncmp(filename, IMPORT_EMBEDDED_ROOT, root) == 0 && filename[root] == '/';
}

const Frame *deadlock_library_call(const Frame *frame) {
    const Frame *library = NULL;
    for (; frame != NULL && deadlock_in_stdlib(frame); frame = frame->caller) library = frame;
    return library;
}

/* The library calls whose lock waits have a reason of their own. */
static const struct {
    const char *qualname;
    GilBlock reason;
} library_waits[] = {
    {"Thread.join", GIL_BLOCK_JOIN},         {"_shutdown", GIL_BLOCK_JOIN},
    {"Condition.wait", GIL_BLOCK_CONDITION}, {"Condition.wait_for", GIL_BLOCK_CONDITION},
    {"Event.wait", GIL_BLOCK_CONDITION},     {"Barrier.wait", GIL_BLOCK_CONDITION},
    {"Future.result", GIL_BLOCK_CONDITION},  {"Future.exception", GIL_BLOCK_CONDITION},
};

GilBlock deadlock_lock_wait_reason(const Frame *frame) {
    const Frame *library = deadlock_library_call(frame);
    if (library == NULL) return GIL_BLOCK_LOCK;
    const char *qualname = library->code->qualname->chars;
    for (size_t i = 0; i < sizeof library_waits / sizeof library_waits[0]; i++)
        if (strcmp(qualname, library_waits[i].qualname) == 0) return library_waits[i].reason;
    const char *filename = library->code->filename->chars;
    size_t length = strlen(filename);
    if (length >= 9 && strcmp(filename + length - 9, "/queue.py") == 0) return GIL_BLOCK_QUEUE;
    return GIL_BLOCK_LOCK;
}

static void deadlock_append_name(StringBuilder *out, const Thread *thread) {
    if (thread->name != NULL) builder_append_str(out, thread->name);
    else builder_append_c(out, "a thread started by _thread.start_new_thread");
}

static const Thread *deadlock_find_thread(const Runtime *runtime, uint64_t ident) {
    for (const Thread *thread = runtime->threads; thread != NULL; thread = thread->next_thread)
        if (thread->ident == ident) return thread;
    return NULL;
}

/* What a thread stuck in a plain lock wait waits for: whose lock. */
static void deadlock_append_lock(StringBuilder *out, const Runtime *runtime, const Thread *thread) {
    uint64_t holder = thread->stuck_on != NULL ? thread_lock_holder(thread->stuck_on) : 0;
    const Thread *owner = deadlock_find_thread(runtime, holder);
    if (holder == 0) {
        builder_append_c(out, " waits for a lock");
    } else if (owner == thread) {
        builder_append_c(out, " waits for a lock that it holds itself");
    } else if (owner != NULL) {
        builder_append_c(out, " waits for a lock held by ");
        deadlock_append_name(out, owner);
    } else {
        builder_append_c(out, " waits for a lock held by a thread that has ended");
    }
}

/* One thread's lines: who, what it waits in or for, and where. */
static void deadlock_append_thread(StringBuilder *out, const Runtime *runtime, const Thread *thread,
                                   const Thread *reporter) {
    /* The reporter left its blocking section to report: its frame is current. */
    const Frame *user = thread == reporter ? thread->frame : thread->blocked_frame;
    const Frame *library = deadlock_library_call(user);
    if (library != NULL) user = library->caller;
    builder_append_c(out, "  ");
    deadlock_append_name(out, thread);
    if (library != NULL) builder_printf(out, " waits in %s()", library->code->qualname->chars);
    else deadlock_append_lock(out, runtime, thread);
    if (user == NULL) {
        builder_append_c(out, ", at the end of the program, for the threads that are not daemons\n");
        return;
    }
    const char *filename = user->code->filename->chars;
    int line = frame_current_line(user);
    builder_printf(out, ", at line %d of %s:\n    ", line, filename);
    if (!traceback_append_source_line(filename, line, out)) builder_append_c(out, "(source not available)");
    builder_append_char(out, '\n');
}

/* Print the report and end the process; the caller holds the GIL. The
 * main thread comes first, then the others in the order they started. */
static _Noreturn void deadlock_report(Thread *reporter) {
    Runtime *runtime = reporter->runtime;
    builtins_flush_stdout(reporter);
    StringBuilder out;
    builder_init(&out);
    builder_append_c(&out, "Deadlock: every thread is waiting for another one, and none can go on.\n");
    deadlock_append_thread(&out, runtime, runtime->main_thread, reporter);
    int count = 0;
    for (Thread *thread = runtime->threads; thread != NULL; thread = thread->next_thread) count++;
    const Thread **newest_first = malloc(sizeof(Thread *) * (size_t)count);
    if (newest_first != NULL) {
        int index = 0;
        for (Thread *thread = runtime->threads; thread != NULL; thread = thread->next_thread)
            newest_first[index++] = thread;
        for (int i = count - 1; i >= 0; i--)
            if (newest_first[i] != runtime->main_thread)
                deadlock_append_thread(&out, runtime, newest_first[i], reporter);
        free(newest_first);
    }
    builder_append_c(&out, "Baton stopped the program: CPython would wait here for ever.\n");
    if (out.chars != NULL) fwrite(out.chars, 1, out.length, stderr);
    fflush(stderr);
    _exit(DEADLOCK_EXIT_STATUS);
}

/* True when this look, and the ones before it, saw every thread stuck and
 * nothing happen. */
static bool deadlock_quiet(Runtime *runtime, DeadlockWatch *watch) {
    uint64_t events = atomic_load(&runtime->lock_events);
    if (atomic_load(&runtime->threads_not_stuck) > 0 || events != watch->events) {
        watch->events = events;
        watch->quiet_looks = 0;
        return false;
    }
    return ++watch->quiet_looks >= DEADLOCK_QUIET_LOOKS;
}

void deadlock_report_stuck(Thread *reporter) {
    atomic_store(&reporter->runtime->deadlock_reported, true);
    deadlock_report(reporter);
}

void deadlock_look(Thread *thread, DeadlockWatch *watch) {
    Runtime *runtime = thread->runtime;
    if (!deadlock_quiet(runtime, watch)) return;
    if (atomic_exchange(&runtime->deadlock_reported, true)) return;
    /* Every other thread is stuck outside the GIL: it is free to take. */
    if (thread->gil_released) gil_acquire(thread);
    deadlock_report(thread);
}
