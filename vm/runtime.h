/* runtime.h: the runtime (one per process) and the thread state (one per
 * Python thread).
 *
 * There is no hidden global mutable state: everything the interpreter owns
 * hangs off the Runtime, and everything a running thread owns hangs off its
 * Thread. Every VM function takes the current Thread as its first argument,
 * reaches the runtime through thread->runtime, and raises exceptions by
 * setting thread->exception (error.h). The collector's roots are exactly:
 * every Thread (its frames, their slots and stacks, its exceptions, its
 * temporary roots), the runtime's fields below, and the static types. */
#ifndef BATON_RUNTIME_H
#define BATON_RUNTIME_H

#include <stdatomic.h>

#include "object.h"
#include "names.h"
#include "pool.h"

struct Frame;
struct FrameChunk;
struct Dict;
struct Module;
struct Str;
struct Tuple;
struct List;

/* Interned strings: a hash set of Str objects, weak for the collector (an
 * interned string nobody else reaches is dropped from the table). */
typedef struct StrTable {
    struct Str **slots; /* NULL = free, TOMBSTONE = deleted (str.c) */
    size_t count;       /* live + deleted slots */
    size_t capacity;    /* a power of two */
} StrTable;

/* Bits of Thread.eval_breaker: why the dispatch loop must stop at its next
 * check point. One word, so the loop tests them all with one relaxed load. */
enum {
    EVAL_BREAKER_COLLECT = 1u << 0,  /* a garbage collection is due */
    EVAL_BREAKER_GIL_DROP = 1u << 1, /* another thread asked for the GIL */
    EVAL_BREAKER_SIGNAL = 1u << 2,   /* a signal handler must run (main thread) */
    EVAL_BREAKER_ASYNC_EXCEPTION = 1u << 3, /* an exception was sent to this thread */
    EVAL_BREAKER_TRACE = 1u << 4,    /* tracing is on */
};

/* What a thread in a blocking section waits for (gil_blocking_begin): the
 * deadlock report and the GIL statistics name it. */
typedef enum GilBlock {
    GIL_BLOCK_NONE,      /* running or waiting for the GIL, not blocked */
    GIL_BLOCK_SLEEP,     /* time.sleep */
    GIL_BLOCK_LOCK,      /* Lock.acquire / RLock.acquire */
    GIL_BLOCK_JOIN,      /* waiting for a thread to end */
    GIL_BLOCK_IO,        /* reading, writing or opening a file or stream */
    GIL_BLOCK_CONDITION, /* Condition.wait, Event.wait */
    GIL_BLOCK_QUEUE,     /* Queue.get / put */
    GIL_BLOCK_SELECT,    /* select / poll */
    GIL_BLOCK_COUNT
} GilBlock;

/* Per-thread GIL statistics (for the gil module, gil.c fills them).
 * Written only while holding the GIL, by the thread itself or by
 * gil.reset_stats(), so any GIL holder may read them (gil_stats_of adds
 * the stretch in progress). A blocking call counts as a release and a new
 * acquisition even while only one thread exists and Baton keeps the GIL
 * (nobody could take it): the numbers do not depend on that shortcut. */
typedef struct GilStats {
    uint64_t acquisitions;      /* times it took the GIL */
    uint64_t forced_drops;      /* times it dropped it because another thread asked */
    uint64_t voluntary_releases; /* times it released it around a blocking call */
    uint64_t held_ns;           /* total time holding the GIL outside blocking calls (up to held_since_ns) */
    uint64_t waited_ns;         /* total time waiting to take it */
    uint64_t max_wait_ns;       /* the longest single wait */
    uint64_t blocked_ns[GIL_BLOCK_COUNT]; /* time in blocking sections, by reason */
    uint64_t held_since_ns;     /* when the held clock last started (0: stopped, not running bytecode) */
} GilStats;

/* The GIL statistics of a thread that ended, kept for gil.stats() in
 * runtime->finished_threads (gil_stats_keep). */
typedef struct FinishedThread {
    char *name;          /* its last name, a malloc'd copy; NULL if it never had one */
    size_t name_length;  /* bytes of name, without the NUL */
    uint64_t number;     /* its Thread.number */
    GilStats gil_stats;  /* its statistics when it ended */
} FinishedThread;

/* Where --trace (line_trace.c) last saw a thread: the frame, line and
 * instruction of the last instruction it traced, to tell a new line (or a
 * loop going round on the same line) from the rest of the current one. */
typedef struct LineTracePosition {
    const struct Frame *frame;  /* NULL: nothing traced yet */
    int line;                   /* -1: print the next line whatever it is */
    uint32_t index;             /* the instruction's index in frame->code */
} LineTracePosition;

typedef struct Thread {
    struct Runtime *runtime;
    atomic_uint eval_breaker;    /* EVAL_BREAKER_* bits, tested at every check point */
    struct Thread *next_thread;  /* the runtime's list of live threads */
    struct Frame *frame;         /* innermost frame now running; NULL when idle */
    struct FrameChunk *chunk;    /* the newest chunk of this thread's frame stack (frame.c) */
    Value exception;             /* the exception being raised; EMPTY when none */
    Value handled_exception;     /* the exception an `except` block is handling (sys.exc_info) */
    Value *roots;                /* temporary roots pushed by C code (gc_push_root) */
    int root_count;              /* how many of `roots` are in use */
    int root_capacity;           /* the length of `roots` */
    int call_depth;              /* Python frames plus native re-entries, for RecursionError */
    int native_depth;            /* nested dispatch loops on the C stack */
    uintptr_t c_stack_base;      /* where this thread's C stack starts (set at the first nested loop) */
    size_t c_stack_budget;       /* how much of it nested loops may use, in bytes */
    struct List *repr_in_progress; /* containers whose repr is being built, to print [...] for cycles */
    struct Str *name;            /* the thread's name ("MainThread"); NULL until threading names it */
    uint64_t number;             /* the order of creation: 0 for the main thread, then 1, 2... */
    uint64_t ident;              /* threading.get_ident() */
    uint64_t native_id;          /* threading.get_native_id(): the OS thread id */

    /* The GIL and the OS thread (gil.c, thread.c). Only the thread itself
     * writes these, while it holds the GIL, unless said otherwise. */
    struct GilWaiter *gil_waiter; /* how the GIL wakes this thread (gil.c) */
    bool gil_released;           /* inside a blocking section that released the GIL */
    GilBlock blocked_reason;     /* what it is blocked on now (GIL_BLOCK_NONE: not blocked) */
    Object *blocked_object;      /* the lock/thread it waits on, kept alive by its caller; NULL if none */
    struct Frame *blocked_frame; /* the Python frame that blocked (its line for the report) */
    struct ThreadLock *stuck_on; /* the lock of a wait without timeout (deadlock.c); else NULL */
    uint64_t blocked_since_ns;   /* when the blocking section began (gil.reset_stats() moves it to its own time) */
    GilStats gil_stats;          /* GIL statistics */
    LineTracePosition line_trace_position; /* --trace's bookmark in this thread (line_trace.c) */
    struct GilTraceBuffer *gil_trace_buffer; /* its events while a GIL trace runs (gil_trace.h); else NULL */
} Thread;

typedef struct Runtime {
    /* The heap (gc.c). */
    Object *objects;            /* every heap object, linked through Object.next */
    Pool pool;                  /* where small objects' memory comes from (pool.c) */
    size_t bytes_allocated;     /* bytes in live and not-yet-swept objects */
    size_t next_collection;     /* collect when bytes_allocated passes this */
    bool gc_stress;             /* collect at every check point (BATON_GC_STRESS=1) */
    bool gc_stress_big_heap;    /* stress mode on a big heap: collect on growth instead (gc.c) */
    bool collection_pending;    /* an allocation crossed next_collection */
    Object **gray_stack;        /* the collector's work list */
    size_t gray_count;
    size_t gray_capacity;
    Object **marked_statics;    /* static objects marked in this collection (to unmark after) */
    size_t marked_static_count;
    size_t marked_static_capacity;
    Object **finalization_queue; /* unreachable objects waiting for their run_finalizer: roots */
    size_t finalization_count;
    size_t finalization_capacity;
    bool running_finalizers;    /* finalizers are running (a collection inside one queues, not runs) */
    Type **static_types;        /* every built-in type, registered by type_ready: always roots */
    size_t static_type_count;
    size_t static_type_capacity;

    /* Strings and names (str.c, names.h). */
    StrTable interned;          /* interned strings, weak */
    Names names;                /* interned common names: names.init is "__init__" */

    /* Modules (module.c, builtins.c). */
    struct Dict *modules;       /* sys.modules */
    struct Dict *builtins;      /* the builtins module's dict */
    struct Module *main_module; /* __main__ */
    struct Module *sys_module;  /* sys */
    struct Tuple *empty_tuple;  /* the one () */
    Value memory_error;         /* a MemoryError made in advance, raised when allocation fails */

    /* Threads (thread.c) and the GIL (gil.c). The list and count change
     * only under the GIL. */
    Thread *threads;            /* every live thread state */
    Thread *main_thread;
    struct Gil *gil;            /* the global interpreter lock */
    int thread_count;           /* live threads, the main one included */
    uint64_t threads_created;   /* threads started so far, the main one not counted (Thread.number) */
    FinishedThread *finished_threads; /* the GIL statistics of ended threads, in no order (gil.c) */
    size_t finished_thread_count;
    size_t finished_thread_capacity;
    size_t finished_thread_oldest; /* once GIL_FINISHED_THREADS_KEPT are kept: the oldest, replaced next */
    size_t thread_stack_size;   /* _thread.stack_size() for new threads; 0: the default */
    struct GilTrace *gil_trace; /* the GIL trace being recorded (gil_trace.h); NULL: none. Changed by
                                   the GIL holder under the GIL's mutex, read under either */
    /* The deadlock watch (deadlock.c), read by threads blocked outside the
     * GIL: how many live threads are not in a wait that only another
     * thread can end, and a count bumped by every lock release and every
     * end of such a wait (activity means no deadlock). */
    atomic_int threads_not_stuck;
    atomic_uint_fast64_t lock_events;
    atomic_bool deadlock_reported;
    bool switch_check_every;    /* --switch-check=every: every instruction is a check point */
    struct LineTrace *line_trace; /* --trace: the line tracer (line_trace.c); NULL when off */
    int recursion_limit;        /* sys.getrecursionlimit(), default 1000 */
    int64_t int_max_str_digits; /* sys.get_int_max_str_digits(), default 4300; 0 = no limit */

    /* The command line, for sys.argv and tracebacks. */
    int argc;
    char **argv;
    const char *program_name;   /* argv[0] of the baton executable */
} Runtime;

/* Create the runtime and its main thread, register every built-in type and
 * module. Returns the main thread, or NULL if memory is exhausted. */
Thread *runtime_create(int argc, char **argv);

/* Tear down: free every object and the runtime itself. */
void runtime_destroy(Runtime *runtime);

/* Record a static type as a permanent root (type_ready calls it), so its
 * dict survives collections while no object of the type exists. */
bool runtime_register_static_type(Thread *thread, Type *type);

/* Look up a built-in name (e.g. for error messages); EMPTY if absent. */
Value runtime_builtin(Thread *thread, const char *name);

#endif
