/* generator.h: generator objects.
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
    struct Str *name;          /* __name__ */
    struct Str *qualname;      /* __qualname__ */
    Value handled_exception;   /* the exception its `except` block handles while suspended; EMPTY if none */
} Generator;

extern Type type_generator;

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

void generator_init_type(Thread *thread);

#endif
