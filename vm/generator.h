/* generator.h: generator, coroutine and async generator objects.
 *
 * The three share one struct and one resume path: they differ only in their
 * type (chosen from the code's CODE_GENERATOR / CODE_COROUTINE /
 * CODE_ASYNC_GENERATOR flag), their messages and a few methods
 * (coroutine.c adds __await__, async_generator.c __anext__/asend/athrow/
 * aclose).
 *
 * Calling a generator function runs its first instruction, RETURN_GENERATOR,
 * which copies the frame (slots and stack included) into a new Generator and
 * returns it. The frame then lives inside the generator object
 * (frame->owned_by_generator) right after the Generator struct. Each resume
 * (next, send, throw, a for loop) runs that frame in a nested run of the
 * dispatch loop with the frame as its entry; YIELD_VALUE leaves the run and
 * marks the generator suspended, RETURN_VALUE leaves it finished. */
#ifndef BATON_GENERATOR_H
#define BATON_GENERATOR_H

#include "frame.h"

struct Str;

typedef enum GeneratorState {
    GENERATOR_CREATED,   /* not started yet */
    GENERATOR_SUSPENDED, /* stopped at a yield */
    GENERATOR_RUNNING,   /* its frame is on the thread's frame chain */
    GENERATOR_FINISHED,  /* returned or raised: the frame is dead */
} GeneratorState;

typedef struct Generator {
    Object header;
    Frame *frame;              /* the generator's own frame, stored right after this struct */
    GeneratorState state;
    bool async_running;        /* async generator: an asend/athrow awaitable is driving it (ag_running) */
    bool async_closed;         /* async generator: closed or exhausted, athrow()/aclose() end at once */
    struct Str *name;          /* __name__ */
    struct Str *qualname;      /* __qualname__ */
    Value handled_exception;   /* the exception its `except` block handles while suspended; EMPTY if none */
    Runtime *runtime;          /* coroutines: for the "never awaited" warning printed when collected */
    char *unawaited_warning;   /* coroutine dropped unstarted by a statement: the warning text (malloc'd), or NULL */
} Generator;

extern Type type_generator, type_coroutine, type_async_generator;

/* Exactly a generator or a coroutine: the objects SEND and `yield from`
 * resume directly instead of calling send(). */
static inline bool generator_is_resumable(Value value) {
    return value_is_exact(value, &type_generator) || value_is_exact(value, &type_coroutine);
}

/* Where the frame starts inside a Generator allocation. */
#define GENERATOR_FRAME_OFFSET ((sizeof(Generator) + 15u) & ~(size_t)15u)

/* The generator owning `frame` (frame->owned_by_generator must be true). */
static inline Generator *generator_from_frame(Frame *frame) {
    return (Generator *)(void *)((char *)frame - GENERATOR_FRAME_OFFSET);
}

/* RETURN_GENERATOR: a new generator holding a copy of `frame` (whose ip and
 * stack_top are up to date). NULL with an exception set on failure. */
Generator *generator_new(Thread *thread, Frame *frame);

/* Resume with `sent` (or, with `throwing`, raise thread->exception inside it).
 * On success *returned tells whether it finished (*result its return value)
 * or yielded (*result the value). No StopIteration is made: for loops and
 * SEND use this directly. */
bool generator_resume(Thread *thread, Generator *generator, Value sent, bool throwing, Value *result,
                      bool *returned);

/* Raise `exception` inside the generator at its paused yield (delegating
 * first to the iterator of a `yield from` or `await` in progress), as
 * throw() does. *result and *returned as generator_resume. */
bool generator_throw(Thread *thread, Generator *generator, Value exception, Value *result, bool *returned);

/* The iterator a suspended `yield from` or `await` delegates to, or EMPTY. */
Value generator_delegate(Generator *generator);

/* The exception throw(type[, value]) describes, as CPython builds it. */
bool generator_make_exception(Thread *thread, Value type, Value value, Value *exception);

/* Raise StopIteration carrying `value` (no argument for None). Always false. */
bool generator_raise_stop(Thread *thread, Value value);

/* Readies generator, coroutine and async generator types (and, through
 * coroutine_init_types, the awaitables of coroutine.h). */
/* Take the current StopIteration and return its value (None if none). */
Value generator_fetch_stop_value(Thread *thread);

/* SEND's work: resume `receiver` (a generator or coroutine directly, else
 * through __next__ or send()) with `sent`. *returned tells whether it
 * finished, *result then being its return value (StopIteration's value). */
bool generator_send_to(Thread *thread, Value receiver, Value sent, Value *result, bool *returned);

void generator_init_type(Thread *thread);

#endif
