/* gil.h: the global interpreter lock.
 *
 * One baton, many runners: a thread runs bytecode only while it holds the
 * GIL. The holder gives it up at a check point of the dispatch loop when
 * another thread asked for it (EVAL_BREAKER_GIL_DROP in the holder's eval
 * breaker), and around every call that may block (gil_blocking_begin/end,
 * CPython's Py_BEGIN/END_ALLOW_THREADS). How waiters ask and who gets it
 * next is the policy, chosen at start-up with --gil=POLICY:
 *   cpython   CPython 3.2+: wait one switch interval, then ask; the holder
 *             drops and waits until someone else took it; the OS picks who.
 *   legacy    Python 2: the holder releases and re-takes it every 100
 *             check points, no handoff (the "GIL battle").
 *   fifo      Ruby 3.3: a queue with direct handoff, round-robin.
 *   priority  Beazley 2010: threads back from a blocking call jump the
 *             queue and may ask at once; a thread forced to drop is demoted.
 *   deterministic  handoffs at check-point counts drawn from --seed=N, and
 *             a virtual clock: the same interleaving on every run
 *             (gil_deterministic.c).
 * While only one thread exists, nothing here runs: the check points cost
 * one relaxed load of the eval breaker. docs/gil.md draws it all. */
#ifndef BATON_GIL_H
#define BATON_GIL_H

#include "runtime.h"

typedef enum GilPolicy {
    GIL_POLICY_CPYTHON,
    GIL_POLICY_LEGACY,
    GIL_POLICY_FIFO,
    GIL_POLICY_PRIORITY,
    GIL_POLICY_DETERMINISTIC,
} GilPolicy;

/* How many check points the legacy policy runs between two releases. */
#define GIL_LEGACY_CHECK_INTERVAL 100
/* The default switch interval, in microseconds (sys.getswitchinterval()). */
#define GIL_DEFAULT_INTERVAL_US 5000

/* deterministic: how far one check point moves the virtual clock on. */
#define GIL_VIRTUAL_CHECK_POINT_NS 100

/* "cpython", "legacy", "fifo", "priority", "deterministic" -> the policy;
 * false if unknown. */
bool gil_parse_policy(const char *name, GilPolicy *policy);
const char *gil_policy_name(GilPolicy policy);

/* Create the GIL, held by the runtime's main thread (runtime_create).
 * False if memory or the OS primitives are exhausted. */
bool gil_create(Runtime *runtime);
/* Free it (runtime_destroy, when no other thread is left). */
void gil_destroy(Runtime *runtime);
/* Choose the policy (main.c, before any other thread exists); `seed` seeds
 * the deterministic policy's handoffs. */
void gil_set_policy(Runtime *runtime, GilPolicy policy, uint64_t seed);
GilPolicy gil_get_policy(Runtime *runtime);

/* The switch interval in seconds (sys.setswitchinterval/getswitchinterval). */
double gil_get_switch_interval(Runtime *runtime);
void gil_set_switch_interval(Runtime *runtime, double seconds);

/* Per-thread waiting state: made when a thread state is created, freed when
 * it ends. */
bool gil_thread_init(Thread *thread);
void gil_thread_free(Thread *thread);

/* A new thread's state was just linked into the runtime by its creator,
 * which holds the GIL: under the deterministic policy it is ready to run
 * from now on, whenever its pthread gets going. */
void gil_thread_created(Thread *thread);

/* Take the GIL, waiting as the policy says. A thread other than the
 * finalizing one that asks after gil_begin_finalization never returns. */
void gil_acquire(Thread *thread);
/* Give it up for good (a thread that ends), handing it on. */
void gil_release(Thread *thread);

/* The slow path of a check point, run when the eval breaker is not zero:
 * collect garbage, raise KeyboardInterrupt for a pending signal (main
 * thread), drop the GIL if asked. False with an exception set if the
 * thread must raise. The frame state must be saved (the collector runs). */
bool gil_check_point(Thread *thread);

/* Around a call that may block (sleep, lock wait, read...): record what the
 * thread waits for and release the GIL; then take it back. Between the two
 * the thread must touch no heap object (DESIGN.md "Memory"): everything it
 * uses afterwards must be reachable from its frames, and `object` (may be
 * NULL) from its caller. Nothing is released while only one thread exists
 * or during finalization. Pairs do not nest. */
void gil_blocking_begin(Thread *thread, GilBlock reason, Object *object);
void gil_blocking_end(Thread *thread);
/* The name of a blocking reason: "sleep", "lock", "join", "io"... */
const char *gil_block_name(GilBlock reason);

/* The program is ending (main.c, after threading._shutdown): from now on no
 * thread but `thread` ever runs bytecode again; the others park for good
 * when they next ask for the GIL. */
void gil_begin_finalization(Thread *thread);

/* Monotonic time in nanoseconds (for statistics and timeouts): the virtual
 * clock under the deterministic policy. */
uint64_t gil_now_ns(void);
/* Under the deterministic policy, the time module's clocks follow the
 * virtual clock: true and its reading (`wall_clock`: as time.time() counts,
 * from the real time the program started) in *nanoseconds. False under the
 * other policies. */
bool gil_virtual_time_ns(bool wall_clock, int64_t *nanoseconds);

/* ---- Waiting under the deterministic policy (gil_deterministic.c) ---- */

/* A blocking wait that no operating-system wait may end: give the GIL up
 * until `lock` (if not NULL) is free or the virtual clock reaches
 * `deadline_ns` (if not 0), as gil_blocking_begin/end do around a real
 * wait, and return holding it. It may also return early, when Ctrl-C is
 * pending for the main thread: the caller checks its condition again. If
 * no thread can ever run again, reports the deadlock and ends the process. */
struct ThreadLock;
/* The deadline of a wait of `timeout_ns` from now on the virtual clock,
 * for gil_wait_deterministic (the clock's end at the latest). */
uint64_t gil_virtual_deadline(int64_t timeout_ns);
void gil_wait_deterministic(Thread *thread, GilBlock reason, Object *owner, struct ThreadLock *lock,
                            uint64_t deadline_ns);

/* ---- Statistics (the gil module, stdlib/mod_gil.c) ----
 * Every function here is called by the GIL holder. */

/* How many ended threads' statistics are kept (the newest ones). */
#define GIL_FINISHED_THREADS_KEPT 1000

/* The thread that holds the GIL now: the caller, when called from Python. */
Thread *gil_holder(Runtime *runtime);
/* A live thread's statistics up to this moment: they include the stretch
 * in progress (the caller's time holding the GIL, another thread's wait
 * for the GIL or blocking call that has not ended yet). */
GilStats gil_stats_of(Thread *thread);
/* A thread is ending (thread.c, the GIL still held): keep its statistics
 * under its name in runtime->finished_threads. Best effort: without
 * memory, the record is dropped. */
void gil_stats_keep(Thread *thread);
/* Start every live thread's statistics again from zero, now, and forget
 * the ended threads (gil.reset_stats()). */
void gil_stats_reset(Runtime *runtime);

/* ---- Traces (gil_trace.h) ----
 * Both are called by the GIL holder. */

struct GilTrace;
/* Start recording into `trace`: every live thread gets a buffer and its
 * present state. False if a trace already runs (then nothing changes). */
bool gil_trace_attach(Thread *thread, struct GilTrace *trace);
/* Stop recording: the trace (closed now, ready to write) or NULL if none
 * ran. The caller frees it. */
struct GilTrace *gil_trace_detach(Thread *thread);

#endif
