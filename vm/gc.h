/* gc.h: the precise, non-moving mark-sweep collector.
 *
 * Allocation (object_allocate, object.h) never collects: it only counts bytes
 * and, past a threshold, sets runtime->collection_pending. The dispatch loop
 * runs the collection at its next check point (function entry, backward
 * jump, after a call), where every live value is in a frame or on a value
 * stack. So C code may keep fresh objects in C variables freely, as long as
 * it does not call back into Python code (object_call and friends, which run
 * check points) while holding them; across such a call it pushes them with
 * gc_push_root and pops them after. With BATON_GC_STRESS=1 in the
 * environment, every check point collects: CI runs the whole suite so. */
#ifndef BATON_GC_H
#define BATON_GC_H

#include "runtime.h"

typedef struct GcTracer {
    Runtime *runtime;
} GcTracer;

/* Mark a value or object as reachable (called from Type.trace functions). */
void gc_mark_value(GcTracer *tracer, Value value);
void gc_mark_object(GcTracer *tracer, Object *object);
/* Mark `count` consecutive values. */
void gc_mark_values(GcTracer *tracer, const Value *values, size_t count);

/* Collect now. Only the thread that holds the GIL, at a check point. (In
 * stress mode a large heap is collected only when it has grown by a
 * quarter, so that stress runs stay linear.) */
void gc_collect(Thread *thread);

/* Called at check points: collect if an allocation asked for it (it sets
 * EVAL_BREAKER_COLLECT; in stress mode the bit is never cleared). */
static inline void gc_maybe_collect(Thread *thread) {
    if (atomic_load_explicit(&thread->eval_breaker, memory_order_relaxed) & EVAL_BREAKER_COLLECT) gc_collect(thread);
}

/* Temporary roots for C code that holds values across a call into Python.
 * Pops must match pushes; gc_pop_roots takes the count to pop. Returns
 * false (MemoryError set) if the root stack cannot grow. */
bool gc_push_root(Thread *thread, Value value);
void gc_pop_roots(Thread *thread, int count);
/* Push `count` values at once; on failure none stays pushed. */
bool gc_push_roots(Thread *thread, const Value *values, int count);

/* Account for memory an object owns outside its own allocation (a list's
 * item array...), so big containers trigger collections too. Negative
 * deltas give memory back. */
void gc_account(Runtime *runtime, long long delta);

/* Set the first threshold and read BATON_GC_STRESS (runtime.c). */
void gc_initialize(Runtime *runtime);

/* Free every object (at runtime teardown). */
void gc_free_all(Runtime *runtime);

#endif
