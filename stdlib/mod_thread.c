/* mod_thread.c: the _thread module, CPython's low-level thread API.
 *
 * start_new_thread, the lock type (allocate_lock / LockType), RLock,
 * get_ident, get_native_id, stack_size, exit, interrupt_main, error,
 * TIMEOUT_MAX and _count, as CPython 3.11 has them, plus three Baton
 * extras that stdlib/threading.py uses: _set_name(name) (the thread's name
 * for reports), _format_exception(exc) and _daemon_threads_allowed(). The
 * OS side (pthreads, semaphores, the GIL around waits, Ctrl-C) is
 * vm/thread.c's; this file is the Python face of it. */
#include <math.h>
#include <signal.h>
#include <stdio.h>

#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gil.h"
#include "modules.h"
#include "number.h"
#include "ops.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"

/* The largest timeout, in seconds (CPython's PY_TIMEOUT_MAX / 1e6). */
#define THREAD_TIMEOUT_MAX 9223372036.0
/* acquire()'s "no timeout given": -1 second, in nanoseconds. */
#define TIMEOUT_UNSET_NS (-1000000000LL)

/* A _thread.lock: a semaphore owned by the object. */
typedef struct Lock {
    Object header;
    ThreadLock *lock; /* the OS-level lock (thread.c) */
} Lock;

/* A _thread.RLock: a lock plus its owner and recursion count. */
typedef struct RLock {
    Object header;
    ThreadLock *lock; /* the OS-level lock (thread.c) */
    uint64_t owner;   /* the owning thread's ident; 0 when unowned */
    uint64_t count;   /* how many times the owner acquired it */
} RLock;

static size_t lock_finalize(Runtime *runtime, Object *object) {
    (void)runtime;
    thread_lock_free(((Lock *)object)->lock);
    return 0;
}
static size_t rlock_finalize(Runtime *runtime, Object *object) {
    (void)runtime;
    thread_lock_free(((RLock *)object)->lock);
    return 0;
}
static bool rlock_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);
static bool lock_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_thread_lock = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "_thread.lock",
    .base = &type_object,
    .instance_size = sizeof(Lock),
    .flags = 0,
    .finalize = lock_finalize,
    .new_instance = lock_new_instance, /* refuses: allocate_lock() makes them */
};

Type type_thread_rlock = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "_thread.RLock",
    .base = &type_object,
    .instance_size = sizeof(RLock),
    .flags = 0,
    .finalize = rlock_finalize,
    .new_instance = rlock_new_instance, /* _thread.RLock() */
};

/* ---- acquire()'s arguments, shared by both lock types ---- */

/* A timeout in seconds -> nanoseconds, rounded up, with CPython's errors. */
static bool thread_timeout_ns(Thread *thread, Value value, int64_t *nanoseconds) {
    if (IS_FLOAT(value)) {
        double seconds = AS_FLOAT(value);
        if (isnan(seconds)) return error_set(thread, &type_ValueError, "Invalid value NaN (not a number)");
        double scaled = ceil(seconds * 1e9);
        if (!(scaled >= -9.2233720368547758e18 && scaled < 9.2233720368547758e18))
            return error_set(thread, &type_OverflowError, "timestamp out of range for platform time_t");
        *nanoseconds = (int64_t)scaled;
        return true;
    }
    int64_t seconds;
    if (!value_as_index(thread, value, &seconds)) return false;
    if (seconds > 9223372036LL || seconds < -9223372036LL)
        return error_set(thread, &type_OverflowError, "timestamp too large to convert to C _PyTime_t");
    *nanoseconds = seconds * 1000000000LL;
    return true;
}

/* acquire(blocking=True, timeout=-1) -> how long to wait: -1 for ever, 0
 * only try, else nanoseconds. argv[0] is self. */
static bool thread_acquire_args(Thread *thread, int argc, Value *argv, Tuple *kwnames, int64_t *timeout) {
    static const char *const params[] = {"blocking", "timeout", NULL};
    static const ArgSpec spec = {"acquire", ARGS_CLINIC, 0, 2, params, 0, 0, NULL};
    Value values[2];
    if (!builtins_parse_args(thread, &spec, argc - 1, argv + 1, kwnames, values)) return false;
    int64_t blocking = 1; /* an int, as CPython's "i" format wants */
    if (!IS_EMPTY(values[0]) && !value_as_index(thread, values[0], &blocking)) return false;
    int64_t nanoseconds = TIMEOUT_UNSET_NS;
    if (!IS_EMPTY(values[1]) && !thread_timeout_ns(thread, values[1], &nanoseconds)) return false;
    if (!blocking && nanoseconds != TIMEOUT_UNSET_NS)
        return error_set(thread, &type_ValueError, "can't specify a timeout for a non-blocking call");
    if (nanoseconds < 0 && nanoseconds != TIMEOUT_UNSET_NS)
        return error_set(thread, &type_ValueError, "timeout value must be positive");
    if (!blocking) *timeout = 0;
    else if (nanoseconds == TIMEOUT_UNSET_NS) *timeout = -1;
    else *timeout = nanoseconds;
    return true;
}

/* Wait for an OS lock on behalf of `owner`; *acquired says if it was got. */
static bool thread_wait_lock(Thread *thread, ThreadLock *lock, int64_t timeout, Object *owner, bool *acquired) {
    ThreadLockResult outcome = thread_lock_acquire(thread, lock, timeout, GIL_BLOCK_LOCK, owner);
    if (outcome == THREAD_LOCK_FAILED) return false;
    *acquired = outcome == THREAD_LOCK_ACQUIRED;
    return true;
}

/* ---- _thread.lock ---- */

static Lock *lock_new(Thread *thread) {
    ThreadLock *os_lock = thread_lock_new();
    if (os_lock == NULL) {
        error_no_memory(thread);
        return NULL;
    }
    Lock *lock = ALLOCATE_OBJECT(thread, Lock, &type_thread_lock);
    if (lock == NULL) {
        thread_lock_free(os_lock);
        return NULL;
    }
    lock->lock = os_lock;
    return lock;
}

static bool lock_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    (void)result;
    return error_set(thread, &type_TypeError, "cannot create '_thread.lock' instances");
}

#define AS_LOCK(v) ((Lock *)AS_OBJECT(v))
#define AS_RLOCK(v) ((RLock *)AS_OBJECT(v))

static bool lock_acquire(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    int64_t timeout;
    bool acquired;
    if (!thread_acquire_args(thread, argc, argv, kwnames, &timeout) ||
        !thread_wait_lock(thread, AS_LOCK(argv[0])->lock, timeout, AS_OBJECT(argv[0]), &acquired))
        return false;
    *result = BOOL_VALUE(acquired);
    return true;
}

static bool lock_release(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "release", kwnames) || !error_check_argc(thread, "release", argc - 1, 0, 0))
        return false;
    if (!thread_lock_release(thread, AS_LOCK(argv[0])->lock))
        return error_set(thread, &type_RuntimeError, "release unlocked lock");
    *result = NONE_VALUE;
    return true;
}

static bool lock_exit(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc;
    (void)kwnames;
    if (!thread_lock_release(thread, AS_LOCK(argv[0])->lock))
        return error_set(thread, &type_RuntimeError, "release unlocked lock");
    *result = NONE_VALUE;
    return true;
}

static bool lock_locked(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "locked", kwnames) || !error_check_argc(thread, "locked", argc - 1, 0, 0))
        return false;
    *result = BOOL_VALUE(thread_lock_is_locked(AS_LOCK(argv[0])->lock));
    return true;
}

static bool lock_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc;
    (void)kwnames;
    Lock *lock = AS_LOCK(argv[0]);
    Str *text = str_printf(thread, "<%s %s object at %p>", thread_lock_is_locked(lock->lock) ? "locked" : "unlocked",
                           "_thread.lock", (void *)lock);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire},   {"acquire_lock", lock_acquire}, {"__enter__", lock_acquire},
    {"release", lock_release},   {"release_lock", lock_release}, {"__exit__", lock_exit},
    {"locked", lock_locked},     {"locked_lock", lock_locked},   {"__repr__", lock_repr},
    {NULL, NULL},
};

/* ---- _thread.RLock ---- */

static bool rlock_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc;
    (void)argv;
    (void)kwnames;
    ThreadLock *os_lock = thread_lock_new();
    if (os_lock == NULL) return error_no_memory(thread);
    RLock *rlock = ALLOCATE_OBJECT(thread, RLock, &type_thread_rlock);
    if (rlock == NULL) {
        thread_lock_free(os_lock);
        return false;
    }
    rlock->lock = os_lock;
    *result = OBJECT_VALUE(rlock);
    return true;
}

/* Take an RLock for the calling thread (the lock is already held by it
 * or was just acquired). */
static bool rlock_take(Thread *thread, RLock *rlock, int64_t timeout, Value *result) {
    uint64_t me = thread_current_ident();
    if (rlock->count > 0 && rlock->owner == me) {
        if (rlock->count == UINT64_MAX) return error_set(thread, &type_OverflowError, "Internal lock count overflowed");
        rlock->count++;
        *result = BOOL_VALUE(true);
        return true;
    }
    bool acquired;
    if (!thread_wait_lock(thread, rlock->lock, timeout, &rlock->header, &acquired)) return false;
    if (acquired) {
        rlock->owner = me;
        rlock->count = 1;
    }
    *result = BOOL_VALUE(acquired);
    return true;
}

static bool rlock_acquire(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    int64_t timeout;
    if (!thread_acquire_args(thread, argc, argv, kwnames, &timeout)) return false;
    return rlock_take(thread, AS_RLOCK(argv[0]), timeout, result);
}

static bool rlock_owned(RLock *rlock) { return rlock->count > 0 && rlock->owner == thread_current_ident(); }

static bool rlock_release(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc;
    (void)kwnames;
    RLock *rlock = AS_RLOCK(argv[0]);
    if (!rlock_owned(rlock)) return error_set(thread, &type_RuntimeError, "cannot release un-acquired lock");
    if (--rlock->count == 0) {
        rlock->owner = 0;
        thread_lock_release(thread, rlock->lock);
    }
    *result = NONE_VALUE;
    return true;
}

static bool rlock_is_owned(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread;
    (void)argc;
    (void)kwnames;
    *result = BOOL_VALUE(rlock_owned(AS_RLOCK(argv[0])));
    return true;
}

/* _release_save(): release completely, returning (count, owner) for
 * _acquire_restore (threading.Condition.wait uses the pair). */
static bool rlock_release_save(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc;
    (void)kwnames;
    RLock *rlock = AS_RLOCK(argv[0]);
    if (rlock->count == 0) return error_set(thread, &type_RuntimeError, "cannot release un-acquired lock");
    Tuple *state = tuple_new(thread, 2);
    if (state == NULL) return false;
    state->items[0] = INT_VALUE((int64_t)rlock->count);
    state->items[1] = INT_VALUE((int64_t)rlock->owner);
    rlock->count = 0;
    rlock->owner = 0;
    thread_lock_release(thread, rlock->lock);
    *result = OBJECT_VALUE(state);
    return true;
}

static bool rlock_acquire_restore(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (argc != 2 || !value_is_instance(argv[1], &type_tuple) || AS_TUPLE(argv[1])->count != 2 || !IS_INT(AS_TUPLE(argv[1])->items[0]) ||
        !IS_INT(AS_TUPLE(argv[1])->items[1]))
        return error_set(thread, &type_TypeError, "_acquire_restore() argument 1 must be a (count, owner) tuple");
    RLock *rlock = AS_RLOCK(argv[0]);
    bool acquired;
    if (!thread_wait_lock(thread, rlock->lock, -1, &rlock->header, &acquired)) return false;
    rlock->count = (uint64_t)AS_INT(AS_TUPLE(argv[1])->items[0]);
    rlock->owner = (uint64_t)AS_INT(AS_TUPLE(argv[1])->items[1]);
    *result = NONE_VALUE;
    return true;
}

static bool rlock_enter(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc;
    (void)kwnames;
    return rlock_take(thread, AS_RLOCK(argv[0]), -1, result);
}

static bool rlock_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc;
    (void)kwnames;
    RLock *rlock = AS_RLOCK(argv[0]);
    Str *text = str_printf(thread, "<%s _thread.RLock object owner=%llu count=%llu at %p>",
                           rlock->count > 0 ? "locked" : "unlocked", (unsigned long long)rlock->owner,
                           (unsigned long long)rlock->count, (void *)rlock);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire},
    {"__enter__", rlock_enter},
    {"release", rlock_release},
    {"__exit__", rlock_release},
    {"_is_owned", rlock_is_owned},
    {"_release_save", rlock_release_save},
    {"_acquire_restore", rlock_acquire_restore},
    {"__repr__", rlock_repr},
    {NULL, NULL},
};

/* ---- Module functions ---- */

/* start_new_thread(function, args[, kwargs]) -> ident */
static bool thread_start_new_thread(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"start_new_thread", ARGS_EXPECTED, 2, 3, NULL, 0, 0, NULL};
    Value args[3];
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, args)) return false;
    if (!object_is_callable(args[0])) return error_set(thread, &type_TypeError, "first arg must be callable");
    if (!value_is_instance(args[1], &type_tuple)) return error_set(thread, &type_TypeError, "2nd arg must be a tuple");
    if (!IS_EMPTY(args[2]) && !value_is_instance(args[2], &type_dict))
        return error_set(thread, &type_TypeError, "optional 3rd arg must be a dictionary");
    Tuple *positional = AS_TUPLE(args[1]);
    Dict *keywords = IS_EMPTY(args[2]) ? NULL : AS_DICT(args[2]);
    size_t keyword_count = keywords != NULL ? keywords->count : 0;
    /* One array: the positional values, then the keyword values. */
    Tuple *all = tuple_new(thread, positional->count + keyword_count);
    Tuple *names = keyword_count > 0 ? tuple_new(thread, keyword_count) : NULL;
    if (all == NULL || (keyword_count > 0 && names == NULL)) return false;
    for (size_t i = 0; i < positional->count; i++) all->items[i] = positional->items[i];
    size_t position = 0, index = 0;
    Value key, value;
    while (keywords != NULL && dict_next(keywords, &position, &key, &value)) {
        if (!IS_STR(key)) return error_set(thread, &type_TypeError, "keywords must be strings");
        names->items[index] = key;
        all->items[positional->count + index++] = value;
    }
    uint64_t ident;
    if (!thread_start(thread, args[0], all, names, &ident)) return false;
    *result = INT_VALUE((int64_t)ident);
    return true;
}

static bool thread_allocate_lock(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argv;
    if (!error_check_no_kwargs(thread, "allocate_lock", kwnames) ||
        !error_check_argc(thread, "allocate_lock", argc, 0, 0))
        return false;
    Lock *lock = lock_new(thread);
    if (lock == NULL) return false;
    *result = OBJECT_VALUE(lock);
    return true;
}

static bool thread_get_ident(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"get_ident", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    *result = INT_VALUE((int64_t)thread_current_ident());
    return true;
}

static bool thread_get_native_id(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"get_native_id", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    *result = INT_VALUE((int64_t)thread_current_native_id());
    return true;
}

/* _count(): threads started by start_new_thread that are still alive. */
static bool thread_count(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"_count", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    *result = INT_VALUE(thread->runtime->thread_count - 1);
    return true;
}

/* stack_size([size]) -> the previous size */
static bool thread_stack_size(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"stack_size", ARGS_EXPECTED, 0, 1, NULL, 0, 0, NULL};
    Value size_arg;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &size_arg)) return false;
    size_t previous = thread_get_stack_size(thread->runtime);
    if (!IS_EMPTY(size_arg)) {
        int64_t size;
        if (!value_as_index(thread, size_arg, &size)) return false;
        if (size < 0) return error_set(thread, &type_ValueError, "size must be 0 or a positive value");
        if (!thread_set_stack_size(thread->runtime, (size_t)size))
            return error_set(thread, &type_ValueError, "size not valid: %lld bytes", (long long)size);
    }
    *result = INT_VALUE((int64_t)previous);
    return true;
}

static bool thread_exit(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"exit", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    (void)result;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    return error_set_empty(thread, &type_SystemExit);
}

/* interrupt_main(signum=SIGINT): KeyboardInterrupt in the main thread. */
static bool thread_interrupt_main_fn(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const char *const params[] = {"signum", NULL};
    static const ArgSpec spec = {"interrupt_main", ARGS_CLINIC, 0, 1, params, 0, 0, NULL};
    Value signum_arg;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &signum_arg)) return false;
    int64_t signum = SIGINT;
    if (!IS_EMPTY(signum_arg) && !value_as_index(thread, signum_arg, &signum)) return false;
    if (signum < 1 || signum >= 65) return error_set(thread, &type_ValueError, "signal number out of range");
    if (signum == SIGINT) thread_interrupt_main(thread->runtime);
    *result = NONE_VALUE;
    return true;
}

/* _set_name(name[, ident]): the name the VM shows (gil.stats(), traces, the
 * deadlock report) for the calling thread, or for the live thread `ident`
 * (Thread.name set from another thread); an ended thread is left alone
 * (Baton extra). */
static bool thread_set_name(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"_set_name", ARGS_EXPECTED, 1, 2, NULL, 0, 0, NULL};
    Value arguments[2] = {EMPTY_VALUE, EMPTY_VALUE};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, arguments)) return false;
    Value name = arguments[0];
    if (!IS_STR(name))
        return error_set(thread, &type_TypeError, "_set_name() argument must be str, not %s", value_type_name(name));
    Thread *named = thread;
    if (!IS_EMPTY(arguments[1])) {
        if (!IS_INT(arguments[1]))
            return error_set(thread, &type_TypeError, "_set_name() ident must be int, not %s",
                             value_type_name(arguments[1]));
        named = thread->runtime->threads;
        while (named != NULL && named->ident != (uint64_t)AS_INT(arguments[1])) named = named->next_thread;
    }
    if (named != NULL) named->name = AS_STR(name);
    *result = NONE_VALUE;
    return true;
}

/* _format_exception(exc): the text CPython prints for an uncaught exc, with
 * its chain and traceback (threading.excepthook and logging use it). */
static bool thread_format_exception(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"_format_exception", ARGS_EXACTLY_ONE, 1, 1, NULL, 0, 0, NULL};
    Value exception;
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, &exception)) return false;
    if (!IS_EXCEPTION(exception)) return error_set(thread, &type_TypeError, "_format_exception() argument must be an exception");
    Str *text = exception_format(thread, exception);
    if (text == NULL) return error_no_memory(thread);
    *result = OBJECT_VALUE(text);
    return true;
}

static bool thread_daemon_threads_allowed(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    static const ArgSpec spec = {"_daemon_threads_allowed", ARGS_NONE, 0, 0, NULL, 0, 0, NULL};
    if (!builtins_parse_args(thread, &spec, argc, argv, kwnames, NULL)) return false;
    *result = BOOL_VALUE(true);
    return true;
}

static const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new_thread},
    {"start_new", thread_start_new_thread},
    {"allocate_lock", thread_allocate_lock},
    {"allocate", thread_allocate_lock},
    {"get_ident", thread_get_ident},
    {"get_native_id", thread_get_native_id},
    {"_count", thread_count},
    {"stack_size", thread_stack_size},
    {"exit", thread_exit},
    {"exit_thread", thread_exit},
    {"interrupt_main", thread_interrupt_main_fn},
    {"_set_name", thread_set_name},
    {"_format_exception", thread_format_exception},
    {"_daemon_threads_allowed", thread_daemon_threads_allowed},
    {NULL, NULL},
};

bool thread_module_init(Thread *thread, Module *module) {
    if (type_thread_lock.dict == NULL) {
        if (!type_ready(thread, &type_thread_lock) || !type_add_methods(thread, &type_thread_lock, lock_methods) ||
            !type_ready(thread, &type_thread_rlock) || !type_add_methods(thread, &type_thread_rlock, rlock_methods))
            return false;
    }
    Dict *dict = module->dict;
    return dict_add_natives(thread, dict, thread_functions, OBJECT_VALUE(module->name)) &&
           dict_set_c(thread, dict, "LockType", OBJECT_VALUE(&type_thread_lock)) &&
           dict_set_c(thread, dict, "RLock", OBJECT_VALUE(&type_thread_rlock)) &&
           dict_set_c(thread, dict, "error", OBJECT_VALUE(&type_RuntimeError)) &&
           dict_set_c(thread, dict, "TIMEOUT_MAX", FLOAT_VALUE(THREAD_TIMEOUT_MAX));
}
