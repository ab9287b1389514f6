/* gc.c: the heap and its precise, non-moving mark-sweep collector.
 *
 * Every heap object is malloc'd by object_allocate and linked into one list
 * (runtime->objects). A collection marks everything reachable from the roots
 * (the thread states, the runtime's own fields, the static types), tracing
 * each object through its type's `trace` function with an explicit gray
 * stack (so deep structures never recurse in C), then sweeps the list and
 * frees what was not marked, calling the type's `finalize` first.
 *
 * Collections happen only at the dispatch loop's check points (gc.h tells
 * why); allocation merely counts bytes and raises collection_pending. */
#include "gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "frame.h"
#include "list.h"
#include "pool.h"
#include "str.h"

/* The first collection happens after this many bytes; later ones after the
 * heap has grown to GC_GROWTH_FACTOR times what survived. */
#define GC_INITIAL_THRESHOLD (4u * 1024u * 1024u)
#define GC_GROWTH_FACTOR 2

/* Stress mode (BATON_GC_STRESS=1) collects at every check point while the
 * heap holds at most GC_STRESS_SMALL_HEAP live objects (start-up leaves
 * about 1,700), which covers ordinary tests. Past that, a collection at
 * every check point would make a program that builds a big structure
 * quadratic (100,000 nested lists: 5e9 marks), so stress then collects
 * whenever the heap has grown by a quarter (GC_STRESS_GROWTH_DIVISOR),
 * much more often than the normal schedule. */
#define GC_STRESS_SMALL_HEAP 5000u
#define GC_STRESS_GROWTH_DIVISOR 4

/* Ask the thread to collect at its next check point. */
static void request_collection(Thread *thread) {
    thread->runtime->collection_pending = true;
    atomic_fetch_or_explicit(&thread->eval_breaker, EVAL_BREAKER_COLLECT, memory_order_relaxed);
}

Object *object_allocate(Thread *thread, Type *type, size_t size) {
    Runtime *runtime = thread->runtime;
    Object *object = pool_allocate(&runtime->pool, size);
    if (object == NULL) {
        error_no_memory(thread);
        return NULL;
    }
    object->type = type;
    object->size = size > UINT32_MAX ? UINT32_MAX : (uint32_t)size;
    object->next = runtime->objects;
    runtime->objects = object;
    runtime->bytes_allocated += size;
    if (runtime->bytes_allocated > runtime->next_collection) request_collection(thread);
    return object;
}

void gc_account(Runtime *runtime, long long delta) {
    if (delta < 0 && (size_t)(-delta) > runtime->bytes_allocated) {
        runtime->bytes_allocated = 0;
        return;
    }
    runtime->bytes_allocated += (size_t)delta;
    if (delta > 0 && runtime->bytes_allocated > runtime->next_collection) {
        runtime->collection_pending = true;
        for (Thread *thread = runtime->threads; thread != NULL; thread = thread->next_thread)
            atomic_fetch_or_explicit(&thread->eval_breaker, EVAL_BREAKER_COLLECT, memory_order_relaxed);
    }
}

/* Grow a pointer array by doubling. Aborts only when even the collector's
 * own bookkeeping cannot be allocated: there is no way to go on then. */
static void *grow_array(void *array, size_t *capacity, size_t element_size) {
    size_t new_capacity = *capacity < 64 ? 64 : *capacity * 2;
    void *grown = realloc(array, new_capacity * element_size);
    if (grown == NULL) {
        static const char message[] = "baton: out of memory in the garbage collector\n";
        fwrite(message, 1, sizeof message - 1, stderr);
        abort();
    }
    *capacity = new_capacity;
    return grown;
}

void gc_mark_object(GcTracer *tracer, Object *object) {
    if (object == NULL || (object->flags & OBJECT_MARKED)) return;
    Runtime *runtime = tracer->runtime;
    object->flags |= OBJECT_MARKED;
    if (object->flags & OBJECT_STATIC) {
        if (runtime->marked_static_count == runtime->marked_static_capacity)
            runtime->marked_statics =
                grow_array(runtime->marked_statics, &runtime->marked_static_capacity, sizeof(Object *));
        runtime->marked_statics[runtime->marked_static_count++] = object;
    }
    if (runtime->gray_count == runtime->gray_capacity)
        runtime->gray_stack = grow_array(runtime->gray_stack, &runtime->gray_capacity, sizeof(Object *));
    runtime->gray_stack[runtime->gray_count++] = object;
}

void gc_mark_value(GcTracer *tracer, Value value) {
    if (IS_OBJECT(value)) gc_mark_object(tracer, AS_OBJECT(value));
}

void gc_mark_values(GcTracer *tracer, const Value *values, size_t count) {
    for (size_t i = 0; i < count; i++) gc_mark_value(tracer, values[i]);
}

/* Everything one thread state keeps alive. */
static void mark_thread(GcTracer *tracer, Thread *thread) {
    for (struct Frame *frame = thread->frame; frame != NULL; frame = frame->caller) frame_trace(frame, tracer);
    gc_mark_value(tracer, thread->exception);
    gc_mark_value(tracer, thread->handled_exception);
    gc_mark_values(tracer, thread->roots, (size_t)thread->root_count);
    gc_mark_object(tracer, (Object *)thread->repr_in_progress);
    gc_mark_object(tracer, (Object *)thread->name);
}

static void mark_roots(GcTracer *tracer) {
    Runtime *runtime = tracer->runtime;
    for (Thread *thread = runtime->threads; thread != NULL; thread = thread->next_thread) mark_thread(tracer, thread);
    for (size_t i = 0; i < runtime->static_type_count; i++) gc_mark_object(tracer, &runtime->static_types[i]->header);
    gc_mark_object(tracer, (Object *)runtime->modules);
    gc_mark_object(tracer, (Object *)runtime->builtins);
    gc_mark_object(tracer, (Object *)runtime->main_module);
    gc_mark_object(tracer, (Object *)runtime->sys_module);
    gc_mark_object(tracer, (Object *)runtime->empty_tuple);
    gc_mark_value(tracer, runtime->memory_error);
    for (size_t i = 0; i < runtime->finalization_count; i++) gc_mark_object(tracer, runtime->finalization_queue[i]);
#define MARK_NAME(field, text) gc_mark_object(tracer, (Object *)runtime->names.field);
    COMMON_NAMES(MARK_NAME)
#undef MARK_NAME
}

/* Pop gray objects until none is left, marking what each refers to. */
static void trace_references(GcTracer *tracer) {
    Runtime *runtime = tracer->runtime;
    while (runtime->gray_count > 0) {
        Object *object = runtime->gray_stack[--runtime->gray_count];
        gc_mark_object(tracer, &object->type->header);
        if (object->type->trace != NULL) object->type->trace(object, tracer);
    }
}

/* Keep unreachable objects that want a Python-level finalizer, and what
 * they refer to, for one more cycle: queue them for gc_run_finalizers. */
static void queue_finalizers(GcTracer *tracer) {
    Runtime *runtime = tracer->runtime;
    size_t first = runtime->finalization_count;
    for (Object *object = runtime->objects; object != NULL; object = object->next) {
        if ((object->flags & (OBJECT_MARKED | OBJECT_FINALIZED)) || object->type->needs_finalizer == NULL ||
            !object->type->needs_finalizer(object))
            continue;
        if (runtime->finalization_count == runtime->finalization_capacity)
            runtime->finalization_queue =
                grow_array(runtime->finalization_queue, &runtime->finalization_capacity, sizeof(Object *));
        runtime->finalization_queue[runtime->finalization_count++] = object;
    }
    for (size_t i = first; i < runtime->finalization_count; i++) {
        Object *object = runtime->finalization_queue[i];
        object->flags |= OBJECT_FINALIZED;
        gc_mark_object(tracer, object);
    }
    trace_references(tracer);
}

/* Run the queued finalizers (after a collection, at a check point, so
 * Python code may run). Each object's finalizer runs once; the object is
 * freed by a later collection if it stays unreachable. */
static void gc_run_finalizers(Thread *thread) {
    Runtime *runtime = thread->runtime;
    while (runtime->finalization_count > 0) {
        Object *object = runtime->finalization_queue[runtime->finalization_count - 1];
        /* Rooted while it runs, since it leaves the queue first. */
        if (!gc_push_root(thread, OBJECT_VALUE(object))) return;
        runtime->finalization_count--;
        object->type->run_finalizer(thread, object);
        gc_pop_roots(thread, 1);
    }
}

/* Free a list of dead objects (linked through `next`). All are finalized
 * before any is freed: a dead object's class may be dead too, and come
 * first (after `obj.__class__ = Newer`), and finalizing reads the class. */
static void free_dead(Runtime *runtime, Object *dead) {
    for (Object *object = dead; object != NULL; object = object->next) {
        size_t bytes = object->size;
        if (object->type->finalize != NULL) bytes += object->type->finalize(runtime, object);
        runtime->bytes_allocated = runtime->bytes_allocated >= bytes ? runtime->bytes_allocated - bytes : 0;
    }
    while (dead != NULL) {
        Object *next = dead->next;
        pool_free(&runtime->pool, dead, dead->size);
        dead = next;
    }
}

/* Free every unmarked object; returns how many heap objects survived. */
static size_t sweep(Runtime *runtime) {
    size_t survivors = 0;
    Object *dead = NULL;
    Object **link = &runtime->objects;
    while (*link != NULL) {
        Object *object = *link;
        if (object->flags & OBJECT_MARKED) {
            object->flags &= ~(uint32_t)OBJECT_MARKED;
            survivors++;
            link = &object->next;
        } else {
            *link = object->next;
            object->next = dead;
            dead = object;
        }
    }
    free_dead(runtime, dead);
    for (size_t i = 0; i < runtime->marked_static_count; i++)
        runtime->marked_statics[i]->flags &= ~(uint32_t)OBJECT_MARKED;
    runtime->marked_static_count = 0;
    return survivors;
}

void gc_collect(Thread *thread) {
    Runtime *runtime = thread->runtime;
    if (runtime->gc_stress && runtime->gc_stress_big_heap && !runtime->collection_pending) return;
    GcTracer tracer = {runtime};
    mark_roots(&tracer);
    trace_references(&tracer);
    queue_finalizers(&tracer);
    str_table_remove_unmarked(&runtime->interned);
    size_t survivors = sweep(runtime);
    size_t threshold = runtime->bytes_allocated * GC_GROWTH_FACTOR;
    runtime->next_collection = threshold < GC_INITIAL_THRESHOLD ? GC_INITIAL_THRESHOLD : threshold;
    runtime->gc_stress_big_heap = survivors > GC_STRESS_SMALL_HEAP;
    if (runtime->gc_stress && runtime->gc_stress_big_heap)
        runtime->next_collection = runtime->bytes_allocated + runtime->bytes_allocated / GC_STRESS_GROWTH_DIVISOR;
    runtime->collection_pending = false;
    if (!runtime->gc_stress)
        atomic_fetch_and_explicit(&thread->eval_breaker, ~(unsigned)EVAL_BREAKER_COLLECT, memory_order_relaxed);
    if (runtime->finalization_count > 0 && !runtime->running_finalizers) {
        runtime->running_finalizers = true;
        gc_run_finalizers(thread);
        runtime->running_finalizers = false;
    }
}

bool gc_push_root(Thread *thread, Value value) {
    if (thread->root_count == thread->root_capacity) {
        int capacity = thread->root_capacity < 16 ? 16 : thread->root_capacity * 2;
        Value *roots = realloc(thread->roots, (size_t)capacity * sizeof(Value));
        if (roots == NULL) return error_no_memory(thread);
        thread->roots = roots;
        thread->root_capacity = capacity;
    }
    thread->roots[thread->root_count++] = value;
    return true;
}

bool gc_push_roots(Thread *thread, const Value *values, int count) {
    for (int i = 0; i < count; i++) {
        if (!gc_push_root(thread, values[i])) {
            gc_pop_roots(thread, i);
            return false;
        }
    }
    return true;
}

void gc_pop_roots(Thread *thread, int count) {
    thread->root_count -= count;
}

void gc_free_all(Runtime *runtime) {
    free_dead(runtime, runtime->objects);
    runtime->objects = NULL;
    free(runtime->gray_stack);
    free(runtime->marked_statics);
    free(runtime->finalization_queue);
    runtime->finalization_queue = NULL;
    runtime->finalization_count = 0;
    runtime->gray_stack = NULL;
    runtime->marked_statics = NULL;
}

void gc_initialize(Runtime *runtime) {
    runtime->next_collection = GC_INITIAL_THRESHOLD;
    const char *stress = getenv("BATON_GC_STRESS");
    runtime->gc_stress = stress != NULL && strcmp(stress, "") != 0 && strcmp(stress, "0") != 0;
}
