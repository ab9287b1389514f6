/* thread.h: OS threads, their thread states, OS-level locks and signals.
 *
 * One pthread per Python thread (DESIGN.md "Threads, exit, signals"). A new
 * thread's state is made and linked into runtime->threads by its creator,
 * under the GIL; the new pthread then takes the GIL, runs its callable, and
 * at its end unlinks and frees its own state and hands the GIL on. The
 * locks behind _thread's lock objects are POSIX semaphores, so a wait in
 * the main thread is interrupted by Ctrl-C (EINTR) as in CPython. Only the
 * main thread handles signals: every other thread blocks them. This file
 * and gil.c are the only ones that include <pthread.h>. */
#ifndef BATON_THREAD_H
#define BATON_THREAD_H

#include <sys/types.h>

#include "runtime.h"

struct Tuple;

/* Make the main thread's OS-side state and install the SIGINT handler
 * (runtime_create). */
bool thread_init_main(Thread *main_thread);

/* Start a thread running callable(*argv, **kw): `arguments` holds the
 * positional values then one value per name of `kwnames` (may be NULL).
 * Sets *ident to its get_ident() number. If `report_to` is not EMPTY, an
 * uncaught exception (other than SystemExit) is printed as CPython's
 * "Exception ignored in thread started by: <report_to>" and a traceback. */
bool thread_start(Thread *creator, Value callable, struct Tuple *arguments, struct Tuple *kwnames, uint64_t *ident);

/* threading.get_ident() / get_native_id() of the calling OS thread. */
uint64_t thread_current_ident(void);
uint64_t thread_current_native_id(void);

/* The stack size of new threads (_thread.stack_size); 0 = the default.
 * False if `size` is refused (too small): the caller raises. */
size_t thread_get_stack_size(Runtime *runtime);
bool thread_set_stack_size(Runtime *runtime, size_t size);
/* The smallest stack size thread_set_stack_size accepts (besides 0). */
size_t thread_min_stack_size(void);

/* ---- OS-level locks (the state of a _thread.lock) ---- */

typedef struct ThreadLock ThreadLock;

typedef enum ThreadLockResult {
    THREAD_LOCK_ACQUIRED,
    THREAD_LOCK_TIMED_OUT,
    THREAD_LOCK_FAILED, /* an exception is set (KeyboardInterrupt in the main thread) */
} ThreadLockResult;

ThreadLock *thread_lock_new(void);
void thread_lock_free(ThreadLock *lock);
/* Acquire: timeout_ns < 0 waits for ever (watching for a deadlock,
 * deadlock.h), 0 only tries. Waits release the GIL (recording `reason`
 * and `owner`, the Python object waited on, for the statistics) and, in
 * the main thread, are interrupted by Ctrl-C: KeyboardInterrupt is raised
 * and THREAD_LOCK_FAILED returned. */
ThreadLockResult thread_lock_acquire(Thread *thread, ThreadLock *lock, int64_t timeout_ns, GilBlock reason,
                                     Object *owner);
/* Release; false if it was not locked. */
bool thread_lock_release(Thread *thread, ThreadLock *lock);
/* The ident of the thread that acquired it last, 0 when it is unlocked
 * (a lock may be released by another thread than its taker). */
uint64_t thread_lock_holder(ThreadLock *lock);
bool thread_lock_is_locked(ThreadLock *lock);

/* ---- Signals ---- */

/* At a check point with EVAL_BREAKER_SIGNAL set: in the main thread, raise
 * KeyboardInterrupt for a pending SIGINT (false, exception set). */
bool thread_handle_signals(Thread *thread);
/* True in the main thread when a signal arrived that it has not handled:
 * blocking waits interrupted by EINTR ask this to decide to stop. */
bool thread_signal_pending(Thread *thread);
/* True in the main thread when a real SIGINT is pending (not one made by
 * _thread.interrupt_main(), which interrupts no wait, as in CPython). */
bool thread_sigint_arrived(Thread *thread);
/* os.kill(): send a signal; 0 or an errno value. A SIGINT sent to this
 * very process returns only once the main thread's handler has taken it,
 * as in CPython, where the sending thread may take it itself: so the
 * KeyboardInterrupt is on its way before the sender goes on (which the
 * deterministic GIL policy needs to replay a run). */
int thread_kill(pid_t pid, int signal_number);
/* _thread.interrupt_main(): as if SIGINT arrived in the main thread. */
void thread_interrupt_main(Runtime *runtime);

/* The name shown (gil.stats(), GIL traces, --trace) for a thread that
 * threading did not name (one from _thread.start_new_thread): "_thread-N",
 * N its creation number, written into `buffer`. Named threads, the main
 * one included, show their own name. */
#define THREAD_UNNAMED_NAME_SIZE 32
const char *thread_unnamed_name(uint64_t number, char buffer[THREAD_UNNAMED_NAME_SIZE]);
/* End the process as a SIGINT would (exit status 130 from a shell), after
 * an uncaught KeyboardInterrupt, as python3 does. */
_Noreturn void thread_exit_by_sigint(void);

/* Before a read() that may block: if `fd` has no input ready, wait for it
 * with the GIL released (recorded as "io"). False with KeyboardInterrupt
 * set if Ctrl-C arrives meanwhile in the main thread. Regular files are
 * always ready, so they cost one poll() call and no release. */
bool thread_wait_readable(Thread *thread, int fd);

/* A blocking sleep for `seconds` with the GIL released; in the main thread
 * Ctrl-C ends it with KeyboardInterrupt (false). */
bool thread_sleep(Thread *thread, double seconds);

#endif
