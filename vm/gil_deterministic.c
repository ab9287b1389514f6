/* gil_deterministic.c: the GIL's clock, and the deterministic policy's
 * scheduler (--gil=deterministic --seed=N; docs/gil.md "The deterministic
 * policy").
 *
 * Under the other policies the operating system decides when a waiter wakes
 * and who gets a free GIL, so two runs of a racy program interleave
 * differently. Here nothing is left to it:
 *   - Exactly one thread runs at a time, and the holder itself names the
 *     next one (gil.c hands the GIL to it directly, as fifo does): a thread
 *     runs only when it is chosen, never because it woke up first.
 *   - The holder keeps the GIL for a number of check points drawn from a
 *     generator seeded with N (on average one switch interval of virtual
 *     time), then hands it to a ready thread the generator picks.
 *   - Time is virtual: every check point moves the clock on by
 *     GIL_VIRTUAL_CHECK_POINT_NS. A sleep or a timed wait gives the GIL up
 *     until the clock reaches its deadline; when no thread is ready, the
 *     clock jumps to the nearest deadline. time.monotonic() reads it.
 *   - A lock wait gives the GIL up until the lock is free. A thread is
 *     "ready" or "blocked" by what it waits for, never by when its pthread
 *     gets round to asking, so the choice is the same on every machine.
 * Reading input keeps the GIL (the outside world cannot be replayed); with
 * no thread ready and no deadline left, the program is deadlocked and the
 * main thread reports it at once (deadlock.h). */
#include "gil_internal.h"

#include <time.h>

#include "deadlock.h"
#include "gil_trace.h"
#include "thread.h"

/* Where the virtual clock starts: any fixed reading will do, as long as it
 * is not 0, which marks "no time" in the statistics. */
#define VIRTUAL_CLOCK_START_NS ((uint64_t)1000 * 1000000000u)

/* The virtual clock: written by the GIL holder only, read by anyone. */
static atomic_bool virtual_clock_on;
static _Atomic uint64_t virtual_now_ns;
static int64_t wall_clock_at_start_ns; /* CLOCK_REALTIME when the clock started */

static int64_t clock_read_ns(clockid_t clock) {
    struct timespec now;
    clock_gettime(clock, &now);
    return (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

uint64_t gil_now_ns(void) {
    if (atomic_load_explicit(&virtual_clock_on, memory_order_relaxed))
        return atomic_load_explicit(&virtual_now_ns, memory_order_relaxed);
    return (uint64_t)clock_read_ns(CLOCK_MONOTONIC);
}

bool gil_virtual_time_ns(bool wall_clock, int64_t *nanoseconds) {
    if (!atomic_load_explicit(&virtual_clock_on, memory_order_relaxed)) return false;
    *nanoseconds = (int64_t)gil_now_ns();
    int64_t offset = wall_clock ? wall_clock_at_start_ns - (int64_t)VIRTUAL_CLOCK_START_NS : 0;
    *nanoseconds = *nanoseconds > INT64_MAX - offset ? INT64_MAX : *nanoseconds + offset;
    return true;
}

/* The clock stops at the end of its range (292 years from 0), so that the
 * time module's signed readings never wrap; no deadline lies beyond it
 * (gil_virtual_deadline), or the clock could never reach it. */
#define VIRTUAL_CLOCK_END_NS ((uint64_t)INT64_MAX)

static void virtual_clock_set(uint64_t nanoseconds) {
    if (nanoseconds > VIRTUAL_CLOCK_END_NS) nanoseconds = VIRTUAL_CLOCK_END_NS;
    atomic_store_explicit(&virtual_now_ns, nanoseconds, memory_order_relaxed);
}

uint64_t gil_virtual_deadline(int64_t timeout_ns) {
    uint64_t now = gil_now_ns();
    uint64_t timeout = timeout_ns > 0 ? (uint64_t)timeout_ns : 0;
    return timeout > VIRTUAL_CLOCK_END_NS - now ? VIRTUAL_CLOCK_END_NS : now + timeout;
}

/* ---- The seeded generator (SplitMix64: small, and the same everywhere) ---- */

static uint64_t deterministic_random(Gil *gil) {
    uint64_t z = (gil->random_state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

/* Check points until the next handoff: 1 to twice the number of check
 * points in one switch interval, so one interval on average. Drawn anew
 * at every handoff and when the interval changes. */
void deterministic_draw_countdown(Gil *gil) {
    uint64_t interval_ns = (uint64_t)atomic_load(&gil->interval_us) * 1000;
    uint64_t mean = interval_ns / GIL_VIRTUAL_CHECK_POINT_NS;
    if (mean < 1) mean = 1;
    gil->countdown = 1 + deterministic_random(gil) % (2 * mean);
}

void deterministic_start(Runtime *runtime, uint64_t seed) {
    Gil *gil = runtime->gil;
    gil->random_state = seed;
    deterministic_draw_countdown(gil);
    wall_clock_at_start_ns = clock_read_ns(CLOCK_REALTIME);
    virtual_clock_set(VIRTUAL_CLOCK_START_NS);
    atomic_store(&virtual_clock_on, true);
    /* The main thread holds the GIL since now, and counts check points. */
    runtime->main_thread->gil_stats.held_since_ns = VIRTUAL_CLOCK_START_NS;
    gil_breaker_set(runtime->main_thread, EVAL_BREAKER_GIL_DROP);
}

/* ---- Who is ready ---- */

/* A blocked thread whose wait is over at `now` (its lock is free, its
 * deadline passed, or Ctrl-C is waiting for the main thread) becomes
 * ready: it wants the GIL from the moment its wait ended. */
static void deterministic_wake_if_over(GilWaiter *waiter, uint64_t now) {
    Thread *thread = waiter->thread;
    bool deadline_passed = waiter->wake_deadline_ns != 0 && waiter->wake_deadline_ns <= now;
    bool lock_free = waiter->wake_lock != NULL && !thread_lock_is_locked(waiter->wake_lock);
    if (!deadline_passed && !lock_free && !thread_sigint_arrived(thread)) return;
    uint64_t ended = deadline_passed && !lock_free ? waiter->wake_deadline_ns : now;
    waiter->blocked = false;
    waiter->waiting_since_ns = ended;
    if (thread->runtime->gil_trace != NULL) gil_trace_record(thread, GIL_TRACE_WAITING, GIL_BLOCK_NONE, ended, NULL, NULL);
}

/* Wake the threads whose wait is over; count the ready ones but `yielder`
 * and find the nearest deadline of those still blocked (0: none). */
static int deterministic_survey(Runtime *runtime, Thread *yielder, uint64_t *nearest_deadline) {
    uint64_t now = gil_now_ns();
    int ready = 0;
    *nearest_deadline = 0;
    for (Thread *thread = runtime->threads; thread != NULL; thread = thread->next_thread) {
        GilWaiter *waiter = thread->gil_waiter;
        if (waiter->blocked) deterministic_wake_if_over(waiter, now);
        if (!waiter->blocked) {
            if (thread != yielder) ready++;
            continue;
        }
        uint64_t deadline = waiter->wake_deadline_ns;
        if (deadline != 0 && (*nearest_deadline == 0 || deadline < *nearest_deadline)) *nearest_deadline = deadline;
    }
    return ready;
}

/* The `index`-th ready thread but `yielder`, in the runtime's order. */
static Thread *deterministic_ready_thread(Runtime *runtime, Thread *yielder, int index) {
    for (Thread *thread = runtime->threads; thread != NULL; thread = thread->next_thread) {
        if (thread->gil_waiter->blocked || thread == yielder) continue;
        if (index-- == 0) return thread;
    }
    return NULL;
}

Thread *deterministic_choose(Gil *gil, Runtime *runtime, Thread *yielder) {
    if (gil_is_finalizing(gil)) return gil->finalizer;
    for (;;) {
        uint64_t nearest_deadline;
        int ready = deterministic_survey(runtime, yielder, &nearest_deadline);
        if (ready > 0) return deterministic_ready_thread(runtime, yielder, (int)(deterministic_random(gil) % (uint64_t)ready));
        if (yielder != NULL) return yielder;
        if (nearest_deadline == 0) {
            gil->deadlocked = true;
            return runtime->main_thread;
        }
        virtual_clock_set(nearest_deadline); /* everyone waits on time: it jumps */
    }
}

bool deterministic_switch_due(Thread *thread) {
    Gil *gil = thread->runtime->gil;
    virtual_clock_set(gil_now_ns() + GIL_VIRTUAL_CHECK_POINT_NS);
    if (--gil->countdown > 0 || gil_is_finalizing(gil)) return false;
    deterministic_draw_countdown(gil);
    pthread_mutex_lock(&gil->mutex);
    uint64_t nearest_deadline;
    bool someone_ready = deterministic_survey(thread->runtime, thread, &nearest_deadline) > 0;
    pthread_mutex_unlock(&gil->mutex);
    return someone_ready;
}

/* ---- Blocking waits ---- */

/* The thread kept the GIL (the program is ending and nobody else may run):
 * its wait is over when its lock is free, else when the clock reaches its
 * deadline; without a deadline it can never end. */
static void deterministic_wait_alone(Thread *thread, struct ThreadLock *lock, uint64_t deadline_ns) {
    if (lock != NULL && !thread_lock_is_locked(lock)) return;
    if (deadline_ns == 0) thread->runtime->gil->deadlocked = true;
    else if (deadline_ns > gil_now_ns()) virtual_clock_set(deadline_ns);
}

/* No thread can run again and this one, the main thread, holds the GIL.
 * A Ctrl-C may still be on its way (a thread that pressed it just ended):
 * wait for one as long as the other policies take to see a deadlock
 * (deadlock.h), then report. */
static void deterministic_deadlocked(Thread *thread) {
    thread->runtime->gil->deadlocked = false;
    struct timespec nap = {0, 10000000};
    for (long waited = 0; waited < (long)DEADLOCK_LOOK_NS * DEADLOCK_QUIET_LOOKS; waited += nap.tv_nsec) {
        if (thread_sigint_arrived(thread)) return; /* the caller raises KeyboardInterrupt */
        nanosleep(&nap, NULL);
    }
    deadlock_report_stuck(thread);
}

static void deterministic_set_wait(Gil *gil, GilWaiter *waiter, bool blocked, struct ThreadLock *lock,
                                   uint64_t deadline_ns) {
    pthread_mutex_lock(&gil->mutex);
    waiter->blocked = blocked;
    waiter->wake_lock = lock;
    waiter->wake_deadline_ns = deadline_ns;
    pthread_mutex_unlock(&gil->mutex);
}

void gil_wait_deterministic(Thread *thread, GilBlock reason, Object *owner, struct ThreadLock *lock,
                            uint64_t deadline_ns) {
    Gil *gil = thread->runtime->gil;
    deterministic_set_wait(gil, thread->gil_waiter, true, lock, deadline_ns);
    gil_blocking_begin(thread, reason, owner);
    if (!thread->gil_released) deterministic_wait_alone(thread, lock, deadline_ns);
    gil_blocking_end(thread);
    deterministic_set_wait(gil, thread->gil_waiter, false, NULL, 0);
    if (gil->deadlocked) deterministic_deadlocked(thread);
}
