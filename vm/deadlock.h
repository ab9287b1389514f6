/* deadlock.h: the deadlock report (SPEC.md section 3).
 *
 * CPython waits for ever when every thread waits for another one. Baton
 * notices and says so: when every live thread is in a lock wait without a
 * timeout (Lock.acquire(), join, Queue.get, Event.wait, Condition.wait...
 * all end in one), nothing outside the program can end any of those waits,
 * so the program is stuck. The report names each thread, what it waits in,
 * and its line, then ends the process with exit status 3.
 *
 * How it is noticed, without a watchdog thread: such a wait (thread.c)
 * sleeps in slices of DEADLOCK_LOOK_NS; after each slice it looks at two
 * counters of the runtime: how many threads are not stuck, and how many
 * lock releases or ends of stuck waits happened. Nobody free and nothing
 * happening for DEADLOCK_QUIET_LOOKS looks in a row is a deadlock (a thread
 * just woken by a release has had a whole look's time to leave its wait).
 * A wait with a timeout, a sleep, or reading input is never stuck: time or
 * the outside world ends it. */
#ifndef BATON_DEADLOCK_H
#define BATON_DEADLOCK_H

#include "runtime.h"

#define DEADLOCK_LOOK_NS 100000000 /* a stuck wait looks every 0.1 s */
#define DEADLOCK_QUIET_LOOKS 3     /* looks in a row with nothing happening */
#define DEADLOCK_EXIT_STATUS 3

/* One stuck wait's memory of what it saw at its last look. */
typedef struct DeadlockWatch {
    uint64_t events; /* runtime->lock_events then */
    int quiet_looks; /* looks in a row that saw every thread stuck and nothing happen */
} DeadlockWatch;

/* A thread begins / ends a lock wait without a timeout on `lock`. */
void deadlock_wait_begin(Thread *thread, struct ThreadLock *lock, DeadlockWatch *watch);
void deadlock_wait_end(Thread *thread);

/* The outermost frame of the embedded standard library that `frame` runs
 * in: the library call the program made (Thread.join, Queue.get...), or
 * NULL when the program's own code is running. */
const struct Frame *deadlock_library_call(const struct Frame *frame);
/* Why a thread whose innermost frame is `frame` waits for a lock, for the
 * GIL's statistics and traces: join, condition (Event, Condition, Barrier,
 * Future), queue, or plain lock. */
GilBlock deadlock_lock_wait_reason(const struct Frame *frame);

/* A lock was released (something happened: no deadlock now). */
void deadlock_note_event(Runtime *runtime);

/* A slice of a stuck wait ran out (the thread is in a blocking section).
 * Returns if the program is not deadlocked; otherwise prints the report
 * on stderr and ends the process. */
void deadlock_look(Thread *thread, DeadlockWatch *watch);

/* The deterministic policy's scheduler found every thread in a lock wait
 * without a timeout (gil_deterministic.c): print the report and end the
 * process. `reporter` holds the GIL and has left its blocking section. */
_Noreturn void deadlock_report_stuck(Thread *reporter);

#endif
