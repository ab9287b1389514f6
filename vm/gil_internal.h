/* gil_internal.h: the GIL's own structures, shared by the files that make
 * it up: gil.c (taking, dropping and handing it on under every policy, the
 * statistics, attaching traces) and gil_deterministic.c (the deterministic
 * policy's scheduler and virtual clock). Nothing else includes this. */
#ifndef BATON_GIL_INTERNAL_H
#define BATON_GIL_INTERNAL_H

#include <pthread.h>

#include "gil.h"

/* One thread's place in the GIL's queue and its own wake-up signal. */
typedef struct GilWaiter {
    pthread_cond_t wake;     /* signalled when the GIL is handed to this thread (fifo, priority, deterministic) */
    Thread *thread;          /* the thread it belongs to */
    struct GilWaiter *next;  /* the next waiter in the queue */
    bool queued;             /* in the queue now */
    bool interactive;        /* priority: back from a blocking call (not demoted) */
    int ticks;               /* legacy: check points left before the next release */
    uint64_t waiting_since_ns; /* when it began to want the GIL (0: it does not); under the GIL's mutex */
    /* deterministic, under the GIL's mutex: a thread is ready to run unless
     * `blocked`, when it waits until `wake_lock` (if not NULL) is free or
     * the virtual clock reaches `wake_deadline_ns` (if not 0). */
    bool blocked;
    struct ThreadLock *wake_lock;
    uint64_t wake_deadline_ns;
} GilWaiter;

typedef struct Gil {
    pthread_mutex_t mutex;       /* guards every field below but interval_us and finalizing, and the waiters */
    pthread_cond_t cond;         /* cpython, legacy: the GIL became free */
    pthread_cond_t switch_cond;  /* cpython: the holder changed (forced switching) */
    Thread *holder;              /* who holds it; NULL: free */
    Thread *last_holder;         /* the last thread that took it */
    uint64_t switch_number;      /* bumped at every change of holder */
    int waiting;                 /* threads waiting to take it */
    GilWaiter *queue_head;       /* fifo, priority: the waiters in order */
    GilWaiter *queue_tail;
    GilPolicy policy;            /* set before any second thread exists */
    atomic_long interval_us;     /* the switch interval */
    atomic_bool finalizing;      /* the program is ending: only finalizer runs bytecode */
    Thread *finalizer;           /* the thread that ends the program */
    /* deterministic (gil_deterministic.c), used by the GIL holder only. */
    uint64_t random_state;       /* the seeded generator's state */
    uint64_t countdown;          /* check points left until the next handoff */
    bool deadlocked;             /* no thread can ever run again: the main thread reports it */
} Gil;

static inline void gil_breaker_set(Thread *thread, unsigned bits) {
    atomic_fetch_or_explicit(&thread->eval_breaker, bits, memory_order_relaxed);
}

static inline void gil_breaker_clear(Thread *thread, unsigned bits) {
    atomic_fetch_and_explicit(&thread->eval_breaker, ~bits, memory_order_relaxed);
}

static inline bool gil_is_finalizing(Gil *gil) {
    return atomic_load_explicit(&gil->finalizing, memory_order_relaxed);
}

/* ---- The deterministic policy (gil_deterministic.c) ---- */

/* Start the virtual clock and seed the generator (gil_set_policy). */
void deterministic_start(Runtime *runtime, uint64_t seed);
/* The thread to run next, chosen by the seed among the ready threads other
 * than `yielder` (a thread giving the GIL up at a check point; NULL when
 * the holder blocks or ends). Wakes the blocked threads whose wait is over
 * first; when nobody is ready, the clock jumps to the nearest deadline;
 * with no deadline left, sets gil->deadlocked and picks the main thread.
 * Under the mutex, by the holder. */
Thread *deterministic_choose(Gil *gil, Runtime *runtime, Thread *yielder);
/* Draw the number of check points the holder keeps the GIL for (at every
 * handoff, and when sys.setswitchinterval changes the mean). */
void deterministic_draw_countdown(Gil *gil);
/* At a check point of the holder: advance the virtual clock; true when the
 * countdown ran out and another thread is ready to take over. */
bool deterministic_switch_due(Thread *thread);

#endif
