/* gil.c: the global interpreter lock (gil.h says what it is and why).
 *
 * The GIL is a pointer, `holder`, guarded by one mutex. A thread that wants
 * it while another holds it waits on a condition variable: the shared one
 * (`cond`) under the cpython and legacy policies, where every waiter races
 * for a free GIL, or its own (GilWaiter.wake) under fifo and priority,
 * where the releaser picks the next holder from the queue and sets
 * `holder` before waking it, so nobody can take it in between; under
 * deterministic the releaser sets `holder` to the thread the seeded
 * scheduler picks (gil_deterministic.c).
 *
 *     holder: T1 ──drop──▶ NULL ──take──▶ T2          (cpython, legacy)
 *     holder: T1 ──handoff: holder = queue head──▶ T2  (fifo, priority)
 *     holder: T1 ──handoff: holder = seed's pick──▶ T2 (deterministic)
 *
 * A waiter that waited a whole switch interval without any change of holder
 * sets EVAL_BREAKER_GIL_DROP in the holder's eval breaker; the holder sees
 * it at its next check point (gil_check_point) and yields.
 *
 * The statistics (GilStats, for the gil module) follow each thread through
 * three clocks that never overlap: held (running bytecode with the GIL),
 * waited (wanting the GIL: from a forced drop or the end of a blocking
 * wait until it is taken again) and blocked (inside a blocking call). The
 * same changes go to the GIL trace when one runs (gil_trace.h): each hook
 * costs one test of runtime->gil_trace otherwise. Only this file and
 * thread.c include <pthread.h>. */
#include "gil_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gc.h"
#include "gil_trace.h"
#include "str.h"
#include "thread.h"

static const char *const policy_names[] = {"cpython", "legacy", "fifo", "priority", "deterministic"};
static const char *const block_names[GIL_BLOCK_COUNT] = {"running", "sleep", "lock", "join",
                                                         "io", "condition", "queue", "select"};

/* ---- Small helpers ---- */

bool gil_parse_policy(const char *name, GilPolicy *policy) {
    for (int i = 0; i < (int)(sizeof policy_names / sizeof policy_names[0]); i++) {
        if (strcmp(name, policy_names[i]) == 0) {
            *policy = (GilPolicy)i;
            return true;
        }
    }
    return false;
}

const char *gil_policy_name(GilPolicy policy) { return policy_names[policy]; }

const char *gil_block_name(GilBlock reason) { return block_names[reason]; }

/* The time from `since` to `until`; 0 if gil.reset_stats() moved `since`
 * past `until`. */
static uint64_t elapsed_ns(uint64_t since, uint64_t until) { return until > since ? until - since : 0; }


/* Wait on `cond` for at most `interval_us`; true if the time ran out. The
 * conditions use CLOCK_MONOTONIC, so a change of wall clock does not
 * matter. */
static bool timed_wait(pthread_cond_t *cond, pthread_mutex_t *mutex, long interval_us) {
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    if (interval_us < 1) interval_us = 1;
    long long nanoseconds = deadline.tv_nsec + (long long)interval_us * 1000;
    deadline.tv_sec += (time_t)(nanoseconds / 1000000000);
    deadline.tv_nsec = (long)(nanoseconds % 1000000000);
    return pthread_cond_timedwait(cond, mutex, &deadline) == ETIMEDOUT;
}

/* A condition variable that waits on the monotonic clock. */
static bool cond_init(pthread_cond_t *cond) {
    pthread_condattr_t attributes;
    if (pthread_condattr_init(&attributes) != 0) return false;
    pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC);
    bool ok = pthread_cond_init(cond, &attributes) == 0;
    pthread_condattr_destroy(&attributes);
    return ok;
}

/* ---- Creation ---- */

bool gil_create(Runtime *runtime) {
    Gil *gil = calloc(1, sizeof(Gil));
    if (gil == NULL) return false;
    if (pthread_mutex_init(&gil->mutex, NULL) != 0 || !cond_init(&gil->cond) || !cond_init(&gil->switch_cond)) {
        free(gil);
        return false;
    }
    gil->policy = GIL_POLICY_CPYTHON;
    atomic_init(&gil->interval_us, GIL_DEFAULT_INTERVAL_US);
    atomic_init(&gil->finalizing, false);
    gil->holder = runtime->main_thread;
    gil->last_holder = runtime->main_thread;
    runtime->gil = gil;
    return true;
}

static void gil_forget_finished_threads(Runtime *runtime);

void gil_destroy(Runtime *runtime) {
    gil_forget_finished_threads(runtime);
    Gil *gil = runtime->gil;
    if (gil == NULL) return;
    pthread_mutex_destroy(&gil->mutex);
    pthread_cond_destroy(&gil->cond);
    pthread_cond_destroy(&gil->switch_cond);
    free(gil);
    runtime->gil = NULL;
}

void gil_set_policy(Runtime *runtime, GilPolicy policy, uint64_t seed) {
    runtime->gil->policy = policy;
    if (policy == GIL_POLICY_DETERMINISTIC) deterministic_start(runtime, seed);
}

GilPolicy gil_get_policy(Runtime *runtime) { return runtime->gil->policy; }

double gil_get_switch_interval(Runtime *runtime) {
    return (double)atomic_load(&runtime->gil->interval_us) / 1e6;
}

void gil_set_switch_interval(Runtime *runtime, double seconds) {
    /* Whole microseconds, as CPython keeps it (1e-9 reads back as 0.0). */
    double microseconds = seconds * 1e6;
    long value = microseconds > 1e12 ? (long)1e12 : (long)microseconds;
    atomic_store(&runtime->gil->interval_us, value);
    if (runtime->gil->policy == GIL_POLICY_DETERMINISTIC) deterministic_draw_countdown(runtime->gil);
}

bool gil_thread_init(Thread *thread) {
    GilWaiter *waiter = calloc(1, sizeof(GilWaiter));
    if (waiter == NULL) return false;
    if (!cond_init(&waiter->wake)) {
        free(waiter);
        return false;
    }
    waiter->thread = thread;
    waiter->interactive = true;
    waiter->ticks = GIL_LEGACY_CHECK_INTERVAL;
    thread->gil_waiter = waiter;
    return true;
}

void gil_thread_free(Thread *thread) {
    if (thread->gil_waiter == NULL) return;
    pthread_cond_destroy(&thread->gil_waiter->wake);
    free(thread->gil_waiter);
    thread->gil_waiter = NULL;
}

/* ---- The queue (fifo, priority) ---- */

/* Put a waiter in the queue: at the tail, or (priority policy, interactive
 * thread) after the last interactive waiter, ahead of every demoted one. */
static void queue_push(Gil *gil, GilWaiter *waiter) {
    waiter->next = NULL;
    waiter->queued = true;
    GilWaiter **link = &gil->queue_head;
    if (gil->policy == GIL_POLICY_PRIORITY && waiter->interactive) {
        while (*link != NULL && (*link)->interactive) link = &(*link)->next;
        waiter->next = *link;
        *link = waiter;
        if (waiter->next == NULL) gil->queue_tail = waiter;
        return;
    }
    if (gil->queue_tail != NULL) gil->queue_tail->next = waiter;
    else gil->queue_head = waiter;
    gil->queue_tail = waiter;
}

static void queue_remove(Gil *gil, GilWaiter *waiter) {
    GilWaiter *previous = NULL;
    for (GilWaiter *each = gil->queue_head; each != NULL; previous = each, each = each->next) {
        if (each != waiter) continue;
        if (previous != NULL) previous->next = each->next;
        else gil->queue_head = each->next;
        if (gil->queue_tail == each) gil->queue_tail = previous;
        break;
    }
    waiter->queued = false;
    waiter->next = NULL;
}

static bool gil_queued_policy(const Gil *gil) {
    return gil->policy == GIL_POLICY_FIFO || gil->policy == GIL_POLICY_PRIORITY;
}

/* ---- Taking and dropping (the mutex is held) ---- */

/* deterministic: hand the GIL to the thread the scheduler picks. Its drop
 * request stays up: it counts check points (gil_yield). */
static void gil_hand_on_deterministic(Gil *gil, Thread *releaser, Thread *yielder) {
    Thread *next = deterministic_choose(gil, releaser->runtime, yielder);
    gil->holder = next;
    deterministic_draw_countdown(gil);
    if (next != releaser) pthread_cond_signal(&next->gil_waiter->wake);
}

/* Make the GIL free or hand it to the next waiter; `releaser` gives it up,
 * and if it `yields` (forced to, at a check point) it is not chosen when
 * another thread can run. */
static void gil_hand_on(Gil *gil, Thread *releaser, bool yields) {
    if (gil->policy == GIL_POLICY_DETERMINISTIC) {
        gil_hand_on_deterministic(gil, releaser, yields ? releaser : NULL);
        return;
    }
    if (gil_queued_policy(gil) && gil->queue_head != NULL) {
        GilWaiter *next = gil->queue_head;
        queue_remove(gil, next);
        /* A drop request from now on is for the new holder's turn: clear a
         * stale one here, not when it wakes (one made meanwhile would be lost). */
        gil_breaker_clear(next->thread, EVAL_BREAKER_GIL_DROP);
        gil->holder = next->thread; /* set before waking: nobody can slip in */
        pthread_cond_signal(&next->wake);
        return;
    }
    gil->holder = NULL;
    pthread_cond_signal(&gil->cond);
}

/* Never run bytecode again: the program is ending and this thread is not
 * the one ending it. Hand the GIL on if it was handed to us, then sleep for
 * good; the process exits under us. (CPython 3.14 hangs such threads too:
 * pthread_exit would unwind a C stack that is not ready for it.) */
static _Noreturn void gil_park_forever(Gil *gil, Thread *thread) {
    if (thread->gil_waiter->queued) queue_remove(gil, thread->gil_waiter);
    if (gil->holder == thread) gil_hand_on(gil, thread, false);
    pthread_cond_broadcast(&gil->switch_cond);
    pthread_mutex_unlock(&gil->mutex);
    for (;;) pause();
}

static bool gil_must_park(Gil *gil, Thread *thread) {
    return atomic_load_explicit(&gil->finalizing, memory_order_relaxed) && thread != gil->finalizer;
}

/* Record an event of `thread` in the trace, if one runs; the thread holds
 * the GIL or its mutex. */
static void gil_trace_event(Thread *thread, GilTraceKind kind, uint64_t now, const Thread *target) {
    if (thread->runtime->gil_trace != NULL) gil_trace_record(thread, kind, GIL_BLOCK_NONE, now, NULL, target);
}

/* `asker` wants the GIL: the holder must drop it at its next check point. */
static void gil_request_drop(Gil *gil, Thread *asker) {
    gil_breaker_set(gil->holder, EVAL_BREAKER_GIL_DROP);
    if (asker->runtime->gil_trace != NULL) gil_trace_event(asker, GIL_TRACE_DROP_REQUEST, gil_now_ns(), gil->holder);
}

/* A waiter waited a whole interval and nothing changed: ask the holder to
 * drop the GIL at its next check point. */
static void gil_ask_holder(Gil *gil, Thread *asker, bool timed_out, uint64_t seen_switch) {
    if (timed_out && gil->holder != NULL && gil->switch_number == seen_switch) gil_request_drop(gil, asker);
}

/* cpython and legacy: wait until the GIL is free and take it. */
static void gil_take_shared(Gil *gil, Thread *thread) {
    if (gil->holder == NULL) return;
    gil->waiting++;
    /* legacy: the holder must reach its tick counting at check points. */
    if (gil->policy == GIL_POLICY_LEGACY) gil_request_drop(gil, thread);
    while (gil->holder != NULL) {
        uint64_t seen = gil->switch_number;
        bool timed_out = false;
        if (gil->policy == GIL_POLICY_LEGACY) pthread_cond_wait(&gil->cond, &gil->mutex);
        else timed_out = timed_wait(&gil->cond, &gil->mutex, atomic_load(&gil->interval_us));
        if (gil_must_park(gil, thread)) {
            gil->waiting--;
            gil_park_forever(gil, thread);
        }
        /* Woken up, only to find the GIL taken again. */
        if (!timed_out && gil->holder != NULL) gil_trace_event(thread, GIL_TRACE_FALSE_ALARM, gil_now_ns(), NULL);
        if (gil->policy != GIL_POLICY_LEGACY) gil_ask_holder(gil, thread, timed_out, seen);
    }
    gil->waiting--;
}

/* fifo and priority: queue up, and wait until the releaser hands it over.
 * True if it was handed over (false: it was free and nobody queued). */
static bool gil_take_queued(Gil *gil, Thread *thread) {
    GilWaiter *waiter = thread->gil_waiter;
    if (gil->holder == NULL && gil->queue_head == NULL) return false;
    queue_push(gil, waiter);
    gil->waiting++;
    /* priority: an interactive thread need not wait for a CPU-bound one. */
    if (gil->policy == GIL_POLICY_PRIORITY && waiter->interactive && gil->holder != NULL &&
        !gil->holder->gil_waiter->interactive)
        gil_request_drop(gil, thread);
    while (gil->holder != thread) {
        uint64_t seen = gil->switch_number;
        bool timed_out = timed_wait(&waiter->wake, &gil->mutex, atomic_load(&gil->interval_us));
        if (gil_must_park(gil, thread)) {
            gil->waiting--;
            gil_park_forever(gil, thread);
        }
        if (gil->holder != thread) gil_ask_holder(gil, thread, timed_out, seen);
    }
    gil->waiting--;
    return true;
}

/* deterministic: wait until the holder hands the GIL to this thread. */
static void gil_take_designated(Gil *gil, Thread *thread) {
    while (gil->holder != thread) {
        pthread_cond_wait(&thread->gil_waiter->wake, &gil->mutex);
        if (gil_must_park(gil, thread)) gil_park_forever(gil, thread);
    }
}

/* What every policy does once the thread holds the GIL (`handed_over` by
 * gil_hand_on, which already cleared a stale drop request). */
static void gil_took(Gil *gil, Thread *thread, bool handed_over) {
    gil->holder = thread;
    if (gil->last_holder != thread) {
        gil->last_holder = thread;
        gil->switch_number++;
        pthread_cond_broadcast(&gil->switch_cond);
    }
    /* A drop request left from before is stale, except under legacy, where
     * it stays up while anyone waits (the holder counts ticks). */
    if ((gil->policy == GIL_POLICY_LEGACY && gil->waiting > 0) || gil->policy == GIL_POLICY_DETERMINISTIC)
        gil_breaker_set(thread, EVAL_BREAKER_GIL_DROP);
    else if (!handed_over) gil_breaker_clear(thread, EVAL_BREAKER_GIL_DROP);
}

/* A collection may have been asked for by a thread that then blocked: the
 * new holder must see it (and not a stale request from before). */
static void gil_sync_collect_request(Thread *thread) {
    Runtime *runtime = thread->runtime;
    if (runtime->gc_stress || runtime->collection_pending) gil_breaker_set(thread, EVAL_BREAKER_COLLECT);
    else gil_breaker_clear(thread, EVAL_BREAKER_COLLECT);
}

/* The thread holds the GIL since `now`, after waiting `waited`. */
static void gil_count_acquisition(Thread *thread, uint64_t now, uint64_t waited) {
    GilStats *stats = &thread->gil_stats;
    stats->acquisitions++;
    stats->waited_ns += waited;
    if (waited > stats->max_wait_ns) stats->max_wait_ns = waited;
    stats->held_since_ns = now;
}

/* Stop the held clock at `now` (the thread stops running bytecode). */
static void gil_stop_held_clock(Thread *thread, uint64_t now) {
    GilStats *stats = &thread->gil_stats;
    if (stats->held_since_ns != 0) stats->held_ns += elapsed_ns(stats->held_since_ns, now);
    stats->held_since_ns = 0;
}

/* Take the GIL, wanted since `start` (now, or the end of a blocking wait),
 * so that the wait counts from there; unless a forced drop already started
 * the wait (gil_drop). Under the deterministic policy the thread's pthread
 * may get here at any time: when it began to want the GIL is what the
 * scheduler, its creator or its own forced drop said. Returns when the
 * wait for the GIL began. */
static uint64_t gil_acquire_since(Thread *thread, uint64_t start) {
    Gil *gil = thread->runtime->gil;
    GilWaiter *waiter = thread->gil_waiter;
    pthread_mutex_lock(&gil->mutex);
    if (gil_must_park(gil, thread)) gil_park_forever(gil, thread);
    bool handed_over = false;
    if (gil->policy == GIL_POLICY_DETERMINISTIC) {
        gil_take_designated(gil, thread);
        handed_over = true;
    } else {
        if (waiter->waiting_since_ns == 0) waiter->waiting_since_ns = start;
        if (thread->runtime->gil_trace != NULL && gil_trace_current_state(thread) != GIL_TRACE_WAITING)
            gil_trace_event(thread, GIL_TRACE_WAITING, waiter->waiting_since_ns, NULL);
        if (gil_queued_policy(gil)) handed_over = gil_take_queued(gil, thread);
        else gil_take_shared(gil, thread);
    }
    gil_took(gil, thread, handed_over);
    uint64_t now = gil_now_ns();
    uint64_t wanted_since = waiter->waiting_since_ns != 0 ? waiter->waiting_since_ns : now;
    uint64_t waited = elapsed_ns(wanted_since, now); /* reset_stats may have moved it */
    waiter->waiting_since_ns = 0;
    gil_trace_event(thread, GIL_TRACE_RUNNING, now, NULL);
    pthread_mutex_unlock(&gil->mutex);
    /* Holding the GIL from here: the statistics are ours to write. */
    gil_count_acquisition(thread, now, waited);
    gil_sync_collect_request(thread);
    return wanted_since;
}

void gil_acquire(Thread *thread) { gil_acquire_since(thread, gil_now_ns()); }

void gil_thread_created(Thread *thread) {
    Gil *gil = thread->runtime->gil;
    if (gil->policy != GIL_POLICY_DETERMINISTIC) return;
    pthread_mutex_lock(&gil->mutex);
    uint64_t now = gil_now_ns();
    thread->gil_waiter->waiting_since_ns = now;
    gil_trace_event(thread, GIL_TRACE_WAITING, now, NULL);
    pthread_mutex_unlock(&gil->mutex);
}

/* Give the GIL up at `now` (the mutex is not held). A thread forced to drop
 * it `wants_it_back`: its wait for the GIL begins now, and it is demoted. */
static void gil_drop(Thread *thread, uint64_t now, bool wants_it_back) {
    Gil *gil = thread->runtime->gil;
    gil_stop_held_clock(thread, now);
    pthread_mutex_lock(&gil->mutex);
    if (wants_it_back) {
        thread->gil_waiter->waiting_since_ns = now;
        /* priority: demoted, a CPU-bound thread. Under the mutex: a waiter
         * reads the holder's flag (gil_take_queued). */
        thread->gil_waiter->interactive = false;
    }
    if (gil->holder == thread) gil_hand_on(gil, thread, wants_it_back);
    pthread_mutex_unlock(&gil->mutex);
}

/* One critical section, and nothing of the runtime touched after it: once
 * the GIL is handed on, the main thread may end the program and free it. */
void gil_release(Thread *thread) {
    Gil *gil = thread->runtime->gil;
    if (thread->runtime->gil_trace != NULL) {
        gil_trace_keep_name(thread);
        gil_trace_event(thread, GIL_TRACE_ENDED, gil_now_ns(), NULL);
    }
    pthread_mutex_lock(&gil->mutex);
    if (gil->last_holder == thread) gil->last_holder = NULL; /* the state is about to be freed */
    if (gil->holder == thread) gil_hand_on(gil, thread, false);
    pthread_mutex_unlock(&gil->mutex);
}

/* ---- Check points ---- */

/* Forced switching (cpython): after dropping on request, wait until some
 * other thread has taken the GIL, so that this one, still on its CPU,
 * cannot take it straight back. Stop waiting if nobody waits any more (a
 * waiter that parked at exit must not leave us here forever). */
static void gil_wait_for_switch(Gil *gil, Thread *thread) {
    pthread_mutex_lock(&gil->mutex);
    while (gil->last_holder == thread && gil->holder == NULL && gil->waiting > 0 &&
           !atomic_load_explicit(&gil->finalizing, memory_order_relaxed))
        pthread_cond_wait(&gil->switch_cond, &gil->mutex);
    pthread_mutex_unlock(&gil->mutex);
}

/* Drop the GIL on request, then queue up for it again. */
static void gil_switch(Thread *thread) {
    Gil *gil = thread->runtime->gil;
    thread->gil_stats.forced_drops++;
    uint64_t now = gil_now_ns();
    if (thread->runtime->gil_trace != NULL) {
        gil_trace_event(thread, GIL_TRACE_FORCED_SWITCH, now, NULL);
        gil_trace_record(thread, GIL_TRACE_WAITING, GIL_BLOCK_NONE, now, thread->frame, NULL);
    }
    gil_drop(thread, now, true); /* from here it waits, the forced switch included */
    if (gil->policy == GIL_POLICY_CPYTHON) gil_wait_for_switch(gil, thread);
    gil_acquire(thread);
}

/* Someone asked for the GIL: yield it as the policy says, then queue up
 * for it again. */
static void gil_yield(Thread *thread) {
    Gil *gil = thread->runtime->gil;
    if (gil->policy == GIL_POLICY_DETERMINISTIC) {
        if (deterministic_switch_due(thread)) gil_switch(thread);
        return;
    }
    GilWaiter *waiter = thread->gil_waiter;
    pthread_mutex_lock(&gil->mutex);
    bool anyone_waiting = gil->waiting > 0;
    if (gil->policy != GIL_POLICY_LEGACY || !anyone_waiting) gil_breaker_clear(thread, EVAL_BREAKER_GIL_DROP);
    pthread_mutex_unlock(&gil->mutex);
    if (!anyone_waiting) return; /* a stale request: the waiter left */
    if (gil->policy == GIL_POLICY_LEGACY) {
        if (--waiter->ticks > 0) return;
        waiter->ticks = GIL_LEGACY_CHECK_INTERVAL;
    }
    gil_switch(thread);
}

bool gil_check_point(Thread *thread) {
    unsigned bits = atomic_load_explicit(&thread->eval_breaker, memory_order_relaxed);
    if (bits & EVAL_BREAKER_COLLECT) gc_collect(thread);
    if ((bits & EVAL_BREAKER_SIGNAL) && !thread_handle_signals(thread)) return false;
    if (bits & EVAL_BREAKER_GIL_DROP) gil_yield(thread);
    return true;
}

/* ---- Blocking sections ---- */

/* Whether a blocking call gives the GIL up: not while only one thread
 * exists (nobody could take it), nor at the end of the program. The
 * deterministic policy gives it up even then, for the scheduler to move
 * the clock on (gil_wait_deterministic), but not to read input. */
static bool gil_releases_for(Runtime *runtime, GilBlock reason) {
    if (gil_is_finalizing(runtime->gil)) return false;
    if (runtime->gil->policy == GIL_POLICY_DETERMINISTIC) return reason != GIL_BLOCK_IO;
    return runtime->thread_count > 1;
}

/* The statistics count a release and, at the end, an acquisition, even
 * when the GIL is kept because no other thread exists (runtime.h). */
void gil_blocking_begin(Thread *thread, GilBlock reason, Object *object) {
    Runtime *runtime = thread->runtime;
    uint64_t now = gil_now_ns();
    thread->blocked_reason = reason;
    thread->blocked_object = object;
    thread->blocked_frame = thread->frame;
    thread->blocked_since_ns = now;
    thread->gil_released = gil_releases_for(runtime, reason);
    thread->gil_stats.voluntary_releases++;
    if (runtime->gil_trace != NULL) gil_trace_record(thread, GIL_TRACE_BLOCKED, reason, now, thread->frame, NULL);
    if (thread->gil_released) gil_drop(thread, now, false);
    else gil_stop_held_clock(thread, now);
}

/* The blocked clock stops when the wait ends, before the GIL is taken
 * back: the time it takes to get it counts as waiting. */
void gil_blocking_end(Thread *thread) {
    uint64_t wait_ended = gil_now_ns();
    if (thread->gil_released) {
        thread->gil_released = false;
        thread->gil_waiter->interactive = true; /* priority: back from a blocking call */
        wait_ended = gil_acquire_since(thread, wait_ended);
    } else {
        gil_count_acquisition(thread, wait_ended, 0);
        gil_trace_event(thread, GIL_TRACE_RUNNING, wait_ended, NULL);
    }
    GilStats *stats = &thread->gil_stats;
    stats->blocked_ns[thread->blocked_reason] += elapsed_ns(thread->blocked_since_ns, wait_ended);
    thread->blocked_reason = GIL_BLOCK_NONE;
    thread->blocked_object = NULL;
    thread->blocked_frame = NULL;
}

/* ---- Finalization ---- */

void gil_begin_finalization(Thread *thread) {
    Gil *gil = thread->runtime->gil;
    pthread_mutex_lock(&gil->mutex);
    gil->finalizer = thread;
    atomic_store(&gil->finalizing, true);
    /* Wake every waiter so that it parks now. */
    pthread_cond_broadcast(&gil->cond);
    for (GilWaiter *waiter = gil->queue_head; waiter != NULL; waiter = waiter->next)
        pthread_cond_signal(&waiter->wake);
    for (Thread *each = thread->runtime->threads; gil->policy == GIL_POLICY_DETERMINISTIC && each != NULL;
         each = each->next_thread)
        pthread_cond_signal(&each->gil_waiter->wake);
    pthread_mutex_unlock(&gil->mutex);
}

/* ---- Statistics (the gil module) ---- */

Thread *gil_holder(Runtime *runtime) {
    Gil *gil = runtime->gil;
    pthread_mutex_lock(&gil->mutex);
    Thread *holder = gil->holder;
    pthread_mutex_unlock(&gil->mutex);
    return holder;
}

/* The caller holds the GIL, so `thread` is not writing its statistics; a
 * wait for the GIL in progress is read under the mutex. A thread whose
 * blocking wait ended and that now waits for the GIL was blocked until it
 * began to wait. */
GilStats gil_stats_of(Thread *thread) {
    Gil *gil = thread->runtime->gil;
    pthread_mutex_lock(&gil->mutex);
    uint64_t waiting_since = thread->gil_waiter->waiting_since_ns;
    uint64_t now = gil_now_ns();
    pthread_mutex_unlock(&gil->mutex);
    GilStats stats = thread->gil_stats;
    if (stats.held_since_ns != 0) stats.held_ns += elapsed_ns(stats.held_since_ns, now);
    if (thread->blocked_reason != GIL_BLOCK_NONE) {
        uint64_t blocked_until = waiting_since != 0 ? waiting_since : now;
        stats.blocked_ns[thread->blocked_reason] += elapsed_ns(thread->blocked_since_ns, blocked_until);
    }
    if (waiting_since != 0) {
        uint64_t waiting = elapsed_ns(waiting_since, now);
        stats.waited_ns += waiting;
        if (waiting > stats.max_wait_ns) stats.max_wait_ns = waiting;
    }
    return stats;
}

/* Where the next record goes: a new slot at the end or, once
 * GIL_FINISHED_THREADS_KEPT are kept, the oldest record's, so that a
 * program starting thread after thread pays the same for each (gil.stats()
 * sorts the records itself). NULL without memory. */
static FinishedThread *gil_finished_slot(Runtime *runtime) {
    if (runtime->finished_thread_count == GIL_FINISHED_THREADS_KEPT) {
        FinishedThread *oldest = &runtime->finished_threads[runtime->finished_thread_oldest];
        runtime->finished_thread_oldest = (runtime->finished_thread_oldest + 1) % GIL_FINISHED_THREADS_KEPT;
        free(oldest->name);
        return oldest;
    }
    if (runtime->finished_thread_count == runtime->finished_thread_capacity) {
        size_t capacity = runtime->finished_thread_capacity < 8 ? 8 : runtime->finished_thread_capacity * 2;
        if (capacity > GIL_FINISHED_THREADS_KEPT) capacity = GIL_FINISHED_THREADS_KEPT;
        FinishedThread *records = realloc(runtime->finished_threads, capacity * sizeof(FinishedThread));
        if (records == NULL) return NULL;
        runtime->finished_threads = records;
        runtime->finished_thread_capacity = capacity;
    }
    return &runtime->finished_threads[runtime->finished_thread_count++];
}

void gil_stats_keep(Thread *thread) {
    Runtime *runtime = thread->runtime;
    gil_stop_held_clock(thread, gil_now_ns());
    FinishedThread record = {NULL, 0, thread->number, thread->gil_stats};
    if (thread->name != NULL) {
        record.name_length = thread->name->length;
        record.name = malloc(record.name_length + 1);
        if (record.name == NULL) return;
        memcpy(record.name, thread->name->chars, record.name_length + 1);
    }
    FinishedThread *slot = gil_finished_slot(runtime);
    if (slot == NULL) {
        free(record.name);
        return;
    }
    *slot = record;
}

static void gil_forget_finished_threads(Runtime *runtime) {
    for (size_t i = 0; i < runtime->finished_thread_count; i++) free(runtime->finished_threads[i].name);
    free(runtime->finished_threads);
    runtime->finished_threads = NULL;
    runtime->finished_thread_count = 0;
    runtime->finished_thread_capacity = 0;
    runtime->finished_thread_oldest = 0;
}

/* Every clock running now (the caller's held clock, a wait for the GIL, a
 * blocking call) restarts from now, so the next reading counts only what
 * happens after the reset. Waits are moved under the mutex. */
void gil_stats_reset(Runtime *runtime) {
    Gil *gil = runtime->gil;
    pthread_mutex_lock(&gil->mutex);
    uint64_t now = gil_now_ns();
    for (Thread *thread = runtime->threads; thread != NULL; thread = thread->next_thread) {
        bool running = thread->gil_stats.held_since_ns != 0;
        memset(&thread->gil_stats, 0, sizeof thread->gil_stats);
        if (running) thread->gil_stats.held_since_ns = now;
        if (thread->blocked_reason != GIL_BLOCK_NONE) thread->blocked_since_ns = now;
        if (thread->gil_waiter->waiting_since_ns != 0) thread->gil_waiter->waiting_since_ns = now;
    }
    pthread_mutex_unlock(&gil->mutex);
    gil_forget_finished_threads(runtime);
}

/* ---- Traces (gil_trace.h) ---- */

/* What `each` is doing as the trace starts: the caller runs; a thread
 * that wants the GIL, or has not started yet, waits; else it is blocked. */
static void gil_trace_initial_state(Thread *caller, Thread *each, uint64_t now) {
    if (each == caller) gil_trace_record(each, GIL_TRACE_RUNNING, GIL_BLOCK_NONE, now, NULL, NULL);
    else if (each->gil_waiter->waiting_since_ns == 0 && each->blocked_reason != GIL_BLOCK_NONE)
        gil_trace_record(each, GIL_TRACE_BLOCKED, each->blocked_reason, now, each->blocked_frame, NULL);
    else gil_trace_record(each, GIL_TRACE_WAITING, GIL_BLOCK_NONE, now, NULL, NULL);
}

/* Under the mutex, so that no thread records meanwhile: the others record
 * only while holding the GIL (the caller has it) or the mutex. */
bool gil_trace_attach(Thread *thread, GilTrace *trace) {
    Runtime *runtime = thread->runtime;
    Gil *gil = runtime->gil;
    pthread_mutex_lock(&gil->mutex);
    bool free_to_start = runtime->gil_trace == NULL;
    if (free_to_start) {
        uint64_t now = gil_now_ns();
        for (Thread *each = runtime->threads; each != NULL; each = each->next_thread) {
            gil_trace_add_thread(trace, each);
            gil_trace_initial_state(thread, each, now);
        }
        runtime->gil_trace = trace;
    }
    pthread_mutex_unlock(&gil->mutex);
    return free_to_start;
}

GilTrace *gil_trace_detach(Thread *thread) {
    Runtime *runtime = thread->runtime;
    Gil *gil = runtime->gil;
    pthread_mutex_lock(&gil->mutex);
    GilTrace *trace = runtime->gil_trace;
    uint64_t now = gil_now_ns();
    for (Thread *each = runtime->threads; trace != NULL && each != NULL; each = each->next_thread) {
        gil_trace_keep_name(each);
        each->gil_trace_buffer = NULL;
    }
    runtime->gil_trace = NULL;
    pthread_mutex_unlock(&gil->mutex);
    if (trace != NULL) gil_trace_close(trace, now);
    return trace;
}
