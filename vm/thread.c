/* thread.c: OS threads, their thread states, semaphore locks and SIGINT
 * (thread.h says how they fit together).
 *
 * A new thread's life: its creator (holding the GIL) makes the Thread,
 * roots the callable and its arguments in it, links it into
 * runtime->threads and starts a detached pthread with every signal
 * blocked; the pthread takes the GIL, runs the call, reports an uncaught
 * exception, then, still holding the GIL, keeps its GIL statistics in the
 * runtime, unlinks its state, hands the GIL on and frees what it owned.
 * Signals have to reach a handler through process-wide state: the two
 * statics below are set once at start-up (there is one runtime per
 * process) and read by the handler. */
#include "thread.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "exception.h"
#include "frame.h"
#include "deadlock.h"
#include "gc.h"
#include "gil.h"
#include "gil_trace.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* The main thread, for the SIGINT handler (set once by thread_init_main). */
static Thread *signal_main_thread;
/* The main thread must raise KeyboardInterrupt and has not yet: a mix of
 * the bits below (0: nothing pending). */
static atomic_int sigint_pending;
/* How many real SIGINTs the handler has taken (thread_kill_self). */
static atomic_uint sigint_arrivals;
static bool sigint_handler_installed;
enum {
    SIGINT_FROM_OS = 1,         /* a real SIGINT arrived: it ends a wait */
    SIGINT_FROM_INTERRUPT = 2,  /* _thread.interrupt_main(): it does not */
};

/* ---- Signals ---- */

/* Async-signal-safe: two lock-free atomic operations. */
static void thread_mark_sigint(int source) {
    atomic_fetch_or(&sigint_pending, source);
    if (signal_main_thread != NULL)
        atomic_fetch_or_explicit(&signal_main_thread->eval_breaker, EVAL_BREAKER_SIGNAL, memory_order_relaxed);
}

static void thread_on_sigint(int signal_number) {
    (void)signal_number;
    thread_mark_sigint(SIGINT_FROM_OS);
    atomic_fetch_add(&sigint_arrivals, 1);
}

/* Without SA_RESTART, so that a blocking call in the main thread returns
 * EINTR and can raise KeyboardInterrupt. */
static void thread_install_sigint(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = thread_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    struct sigaction previous;
    /* Keep a SIGINT that the parent ignores ignored, as python3 does. */
    if (sigaction(SIGINT, NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) return;
    sigint_handler_installed = sigaction(SIGINT, &action, NULL) == 0;
}

int thread_kill(pid_t pid, int signal_number) {
    unsigned seen = atomic_load(&sigint_arrivals);
    if (kill(pid, signal_number) != 0) return errno;
    if (pid != getpid() || signal_number != SIGINT || !sigint_handler_installed) return 0;
    /* Wait for the handler, for a second at most (another thread may be
     * taking its time with the signal). */
    struct timespec nap = {0, 100000};
    for (int naps = 0; naps < 10000 && atomic_load(&sigint_arrivals) == seen; naps++) nanosleep(&nap, NULL);
    return 0;
}

bool thread_init_main(Thread *main_thread) {
    signal_main_thread = main_thread;
    main_thread->ident = thread_current_ident();
    main_thread->native_id = thread_current_native_id();
    thread_install_sigint();
    return true;
}

bool thread_signal_pending(Thread *thread) {
    return thread == signal_main_thread && atomic_load(&sigint_pending) != 0;
}

/* One that came after the last check point but before a wait began (or
 * between two slices of a long wait) did not interrupt the wait, it only
 * set the flag: a wait looks at it before sleeping, or it would sleep on. */
bool thread_sigint_arrived(Thread *thread) {
    return thread == signal_main_thread && (atomic_load(&sigint_pending) & SIGINT_FROM_OS) != 0;
}

bool thread_handle_signals(Thread *thread) {
    atomic_fetch_and_explicit(&thread->eval_breaker, ~(unsigned)EVAL_BREAKER_SIGNAL, memory_order_relaxed);
    if (thread != signal_main_thread || atomic_exchange(&sigint_pending, 0) == 0) return true;
    return error_set_empty(thread, &type_KeyboardInterrupt);
}

/* As CPython's: the signal is only marked as pending, so the main thread
 * raises at its next check point; a wait it is in goes on (only a real
 * signal interrupts a wait). */
void thread_interrupt_main(Runtime *runtime) {
    (void)runtime;
    thread_mark_sigint(SIGINT_FROM_INTERRUPT);
}

const char *thread_unnamed_name(uint64_t number, char buffer[THREAD_UNNAMED_NAME_SIZE]) {
    snprintf(buffer, THREAD_UNNAMED_NAME_SIZE, "_thread-%llu", (unsigned long long)number);
    return buffer;
}

_Noreturn void thread_exit_by_sigint(void) {
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    kill(getpid(), SIGINT);
    _exit(130); /* not reached unless SIGINT is somehow held back */
}

/* ---- Idents ---- */

uint64_t thread_current_ident(void) { return (uint64_t)pthread_self(); }

uint64_t thread_current_native_id(void) { return (uint64_t)gettid(); }

/* ---- Stack sizes ---- */

size_t thread_min_stack_size(void) { return (size_t)32768; }

size_t thread_get_stack_size(Runtime *runtime) {
    return runtime->thread_stack_size;
}

bool thread_set_stack_size(Runtime *runtime, size_t size) {
    if (size != 0 && size < thread_min_stack_size()) return false;
    runtime->thread_stack_size = size;
    return true;
}

/* Nested dispatch loops run on the C stack: give a new thread as much as
 * the main thread gets (RLIMIT_STACK, at least 8 MiB), or what
 * _thread.stack_size asked for. */
static size_t thread_stack_size(const Runtime *runtime) {
    if (runtime->thread_stack_size != 0) return runtime->thread_stack_size;
    size_t size = (size_t)8 << 20;
    struct rlimit limit;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && (size_t)limit.rlim_cur > size &&
        (size_t)limit.rlim_cur <= ((size_t)1 << 30))
        size = (size_t)limit.rlim_cur;
    return size;
}

/* ---- Thread states ---- */

/* A fresh state, linked into the runtime's list (the GIL is held). */
static Thread *thread_state_new(Thread *creator) {
    Runtime *runtime = creator->runtime;
    Thread *thread = calloc(1, sizeof(Thread));
    if (thread == NULL || !gil_thread_init(thread)) {
        free(thread);
        error_no_memory(creator);
        return NULL;
    }
    thread->runtime = runtime;
    thread->number = ++runtime->threads_created;
    thread->exception = EMPTY_VALUE;
    thread->handled_exception = EMPTY_VALUE;
    if (runtime->gc_stress) atomic_store(&thread->eval_breaker, EVAL_BREAKER_COLLECT);
    thread->next_thread = runtime->threads;
    runtime->threads = thread;
    runtime->thread_count++;
    if (runtime->gil_trace != NULL) gil_trace_add_thread(runtime->gil_trace, thread);
    gil_thread_created(thread);
    atomic_fetch_add(&runtime->threads_not_stuck, 1);
    return thread;
}

/* Unlink a state (the GIL is held). */
static void thread_state_unlink(Thread *thread) {
    Runtime *runtime = thread->runtime;
    for (Thread **link = &runtime->threads; *link != NULL; link = &(*link)->next_thread) {
        if (*link == thread) {
            *link = thread->next_thread;
            break;
        }
    }
    runtime->thread_count--;
    atomic_fetch_sub(&runtime->threads_not_stuck, 1);
    deadlock_note_event(runtime);
}

/* Free an unlinked state: only malloc'd memory, no heap object. */
static void thread_state_free(Thread *thread) {
    frame_free_chunks(thread);
    free(thread->roots);
    gil_thread_free(thread);
    free(thread);
}

/* An exception escaped the thread's function: SystemExit ends the thread
 * quietly; anything else is reported as CPython 3.11's unraisable hook
 * does for _thread.start_new_thread. */
static void thread_report_uncaught(Thread *thread, Value callable) {
    Value exception = error_fetch(thread);
    if (value_is_instance(exception, &type_SystemExit)) return;
    if (!gc_push_root(thread, exception)) {
        error_clear(thread);
        return;
    }
    Str *text = NULL;
    if (!object_repr(thread, callable, &text)) error_clear(thread);
    fprintf(stderr, "Exception ignored in thread started by: %s\n", text != NULL ? text->chars : "<object>");
    exception_print_unraisable(thread, exception);
    gc_pop_roots(thread, 1);
}

/* The body of every new pthread. Its roots hold the callable, the
 * arguments tuple and the keyword names (or None). */
static void *thread_main(void *argument) {
    Thread *thread = argument;
    char stack_base;
    thread->c_stack_base = (uintptr_t)&stack_base;
    thread->c_stack_budget = thread_stack_size(thread->runtime) / 2;
    gil_acquire(thread);
    thread->native_id = thread_current_native_id();
    Value callable = thread->roots[0];
    Tuple *arguments = AS_TUPLE(thread->roots[1]);
    Tuple *kwnames = IS_NONE(thread->roots[2]) ? NULL : AS_TUPLE(thread->roots[2]);
    int argc = (int)arguments->count - (kwnames != NULL ? (int)kwnames->count : 0);
    Value result;
    if (!object_call(thread, callable, argc, arguments->items, kwnames, &result))
        thread_report_uncaught(thread, callable);
    thread->root_count = 0;
    thread->frame = NULL;
    gil_stats_keep(thread); /* gil.stats() shows it after its end */
    thread_state_unlink(thread);
    gil_release(thread);
    thread_state_free(thread);
    return NULL;
}

/* Start a detached pthread with every signal blocked (it inherits the
 * mask), so that signals go to the main thread only. */
static int thread_spawn(Thread *thread, pthread_t *handle) {
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return ENOMEM;
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    int status = pthread_attr_setstacksize(&attributes, thread_stack_size(thread->runtime));
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &previous);
    if (status == 0) status = pthread_create(handle, &attributes, thread_main, thread);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    pthread_attr_destroy(&attributes);
    return status;
}

bool thread_start(Thread *creator, Value callable, Tuple *arguments, Tuple *kwnames, uint64_t *ident) {
    Thread *thread = thread_state_new(creator);
    if (thread == NULL) return false;
    Value roots[3] = {callable, OBJECT_VALUE(arguments), kwnames != NULL ? OBJECT_VALUE(kwnames) : NONE_VALUE};
    if (!gc_push_roots(thread, roots, 3)) {
        error_clear(thread);
        thread_state_unlink(thread);
        thread_state_free(thread);
        return error_no_memory(creator);
    }
    pthread_t handle;
    int status = thread_spawn(thread, &handle);
    if (status != 0) {
        thread_state_unlink(thread);
        thread_state_free(thread);
        return error_set(creator, &type_RuntimeError, "can't start new thread");
    }
    /* It cannot run before we release the GIL, so this write is seen. */
    thread->ident = (uint64_t)handle;
    *ident = thread->ident;
    return true;
}

/* ---- Waiting ---- */

/* An absolute CLOCK_MONOTONIC time `timeout_ns` from now. */
static struct timespec thread_deadline(int64_t timeout_ns) {
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    int64_t nanoseconds = (int64_t)deadline.tv_nsec + timeout_ns % 1000000000;
    deadline.tv_sec += (time_t)(timeout_ns / 1000000000 + nanoseconds / 1000000000);
    deadline.tv_nsec = (long)(nanoseconds % 1000000000);
    return deadline;
}

bool thread_sleep(Thread *thread, double seconds) {
    int64_t nanoseconds = (int64_t)(seconds * 1e9);
    if (gil_get_policy(thread->runtime) == GIL_POLICY_DETERMINISTIC) {
        uint64_t deadline = gil_virtual_deadline(nanoseconds);
        do {
            gil_wait_deterministic(thread, GIL_BLOCK_SLEEP, NULL, NULL, deadline);
            if (thread_sigint_arrived(thread) && !thread_handle_signals(thread)) return false;
        } while (gil_now_ns() < deadline);
        return true;
    }
    struct timespec deadline = thread_deadline(nanoseconds);
    for (;;) {
        gil_blocking_begin(thread, GIL_BLOCK_SLEEP, NULL);
        int status = thread_sigint_arrived(thread) ? EINTR
                                                   : clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        gil_blocking_end(thread);
        if (status == 0) return true;
        if (status != EINTR) return error_set_from_errno(thread, status, NULL);
        if (!thread_handle_signals(thread)) return false;
    }
}

bool thread_wait_readable(Thread *thread, int fd) {
    struct pollfd poll_fd = {.fd = fd, .events = POLLIN};
    if (poll(&poll_fd, 1, 0) != 0) return true; /* ready, or an error read() will report */
    for (;;) {
        gil_blocking_begin(thread, GIL_BLOCK_IO, NULL);
        int status = poll(&poll_fd, 1, -1);
        int error = status < 0 ? errno : 0;
        gil_blocking_end(thread);
        if (status >= 0 || error != EINTR) return true;
        if (!thread_signal_pending(thread)) continue;
        if (!thread_handle_signals(thread)) return false;
    }
}

/* ---- Locks ---- */

struct ThreadLock {
    sem_t semaphore;              /* 1: unlocked, 0: locked */
    _Atomic uint64_t holder;      /* the ident of the thread that took it; 0 when unlocked */
};

ThreadLock *thread_lock_new(void) {
    ThreadLock *lock = malloc(sizeof(ThreadLock));
    if (lock == NULL) return NULL;
    if (sem_init(&lock->semaphore, 0, 1) != 0) {
        free(lock);
        return NULL;
    }
    atomic_init(&lock->holder, 0);
    return lock;
}

void thread_lock_free(ThreadLock *lock) {
    if (lock == NULL) return;
    sem_destroy(&lock->semaphore);
    free(lock);
}

/* One blocking wait until `deadline`, the GIL released: 0, or an errno
 * value (EINTR when a signal is pending for this thread, ETIMEDOUT). A
 * SIGINT that is already pending ends it before it sleeps (without that,
 * a wait without a timeout would end in a false deadlock report). */
static int thread_lock_wait(Thread *thread, ThreadLock *lock, const struct timespec *deadline) {
    for (;;) {
        if (thread_sigint_arrived(thread)) return EINTR;
        if (sem_clockwait(&lock->semaphore, CLOCK_MONOTONIC, deadline) == 0) return 0;
        if (errno != EINTR) return errno;
        if (thread_signal_pending(thread)) return EINTR;
    }
}

/* The lock is ours: remember who holds it (for the deadlock report). */
static ThreadLockResult thread_lock_took(Thread *thread, ThreadLock *lock) {
    atomic_store_explicit(&lock->holder, thread->ident, memory_order_relaxed);
    return THREAD_LOCK_ACQUIRED;
}

/* After a wait ended by a signal: raise KeyboardInterrupt (false), or
 * carry on waiting if there is nothing to raise. */
static bool thread_lock_interrupted(Thread *thread, int status) {
    if (status != EINTR) {
        error_set_from_errno(thread, status, NULL);
        return false;
    }
    return thread_handle_signals(thread);
}

/* A wait without a timeout: only another thread can end it, so it sleeps
 * in slices and looks for a deadlock between them (deadlock.h). */
static ThreadLockResult thread_lock_wait_forever(Thread *thread, ThreadLock *lock, GilBlock reason,
                                                 Object *owner) {
    DeadlockWatch watch;
    deadlock_wait_begin(thread, lock, &watch);
    ThreadLockResult result = THREAD_LOCK_ACQUIRED;
    for (;;) {
        gil_blocking_begin(thread, reason, owner);
        int status;
        for (;;) {
            struct timespec slice = thread_deadline(DEADLOCK_LOOK_NS);
            status = thread_lock_wait(thread, lock, &slice);
            if (status != ETIMEDOUT) break;
            deadlock_look(thread, &watch);
        }
        gil_blocking_end(thread);
        if (status == 0) break;
        if (!thread_lock_interrupted(thread, status)) {
            result = THREAD_LOCK_FAILED;
            break;
        }
    }
    deadlock_wait_end(thread);
    return result == THREAD_LOCK_ACQUIRED ? thread_lock_took(thread, lock) : result;
}

/* Under the deterministic policy no thread waits on the semaphore: the
 * scheduler runs the others until the lock is free or the virtual deadline
 * passes (a wait without a timeout has none: deadlock.h's counters are
 * kept for the report, which the scheduler makes at once). */
static ThreadLockResult thread_lock_wait_deterministic(Thread *thread, ThreadLock *lock, int64_t timeout_ns,
                                                       GilBlock reason, Object *owner) {
    uint64_t deadline = timeout_ns < 0 ? 0 : gil_virtual_deadline(timeout_ns);
    DeadlockWatch watch;
    if (timeout_ns < 0) deadlock_wait_begin(thread, lock, &watch);
    ThreadLockResult result;
    for (;;) {
        gil_wait_deterministic(thread, reason, owner, lock, deadline);
        if (sem_trywait(&lock->semaphore) == 0) {
            result = THREAD_LOCK_ACQUIRED;
            break;
        }
        if (thread_sigint_arrived(thread) && !thread_handle_signals(thread)) {
            result = THREAD_LOCK_FAILED;
            break;
        }
        if (deadline != 0 && gil_now_ns() >= deadline) {
            result = THREAD_LOCK_TIMED_OUT;
            break;
        }
    }
    if (timeout_ns < 0) deadlock_wait_end(thread);
    return result == THREAD_LOCK_ACQUIRED ? thread_lock_took(thread, lock) : result;
}

ThreadLockResult thread_lock_acquire(Thread *thread, ThreadLock *lock, int64_t timeout_ns, GilBlock reason,
                                     Object *owner) {
    if (sem_trywait(&lock->semaphore) == 0) return thread_lock_took(thread, lock);
    if (timeout_ns == 0) return THREAD_LOCK_TIMED_OUT;
    if (reason == GIL_BLOCK_LOCK) reason = deadlock_lock_wait_reason(thread->frame);
    if (gil_get_policy(thread->runtime) == GIL_POLICY_DETERMINISTIC)
        return thread_lock_wait_deterministic(thread, lock, timeout_ns, reason, owner);
    if (timeout_ns < 0) return thread_lock_wait_forever(thread, lock, reason, owner);
    struct timespec deadline = thread_deadline(timeout_ns);
    for (;;) {
        gil_blocking_begin(thread, reason, owner);
        int status = thread_lock_wait(thread, lock, &deadline);
        gil_blocking_end(thread);
        if (status == 0) return thread_lock_took(thread, lock);
        if (status == ETIMEDOUT) return THREAD_LOCK_TIMED_OUT;
        if (!thread_lock_interrupted(thread, status)) return THREAD_LOCK_FAILED;
    }
}

bool thread_lock_release(Thread *thread, ThreadLock *lock) {
    if (!thread_lock_is_locked(lock)) return false;
    atomic_store_explicit(&lock->holder, 0, memory_order_relaxed);
    sem_post(&lock->semaphore);
    deadlock_note_event(thread->runtime);
    return true;
}

uint64_t thread_lock_holder(ThreadLock *lock) { return atomic_load_explicit(&lock->holder, memory_order_relaxed); }

bool thread_lock_is_locked(ThreadLock *lock) {
    int value = 0;
    sem_getvalue(&lock->semaphore, &value);
    return value <= 0;
}
