/* frame.h: activation records.
 *
 * Frames live on the heap, never on the C stack, so a Python call does not
 * recurse in C, a generator can keep its frame when it suspends, and deep
 * recursion ends in RecursionError. A thread's frames and their slots come
 * from its frame stack: chunks of memory used like a stack (frame.c), so a
 * call costs a pointer bump. A generator's frame lives in the generator
 * object instead. Frames chain through `caller`; the thread's innermost frame
 * is thread->frame. */
#ifndef BATON_FRAME_H
#define BATON_FRAME_H

#include "code.h"

struct Function;
struct Dict;

typedef struct Frame {
    struct Frame *caller;       /* the frame below on this thread's stack, or NULL */
    Code *code;
    struct Function *function;  /* NULL for module code and class bodies run from C */
    struct Dict *globals;
    struct Dict *builtins;
    struct Dict *locals;        /* module and class bodies: the *_NAME namespace; NULL in functions */
    const uint32_t *ip;         /* the next instruction to run */
    Value *stack_top;           /* one past the top of the value stack */
    bool is_entry;              /* returning from it leaves the dispatch loop (called from C) */
    bool owned_by_generator;    /* lives in a generator object, not on the frame stack */
    bool is_constructor;        /* an __init__ run inline by a class call: the caller keeps the
                                   instance on its stack, and a non-None return is a TypeError */
    Value slots[];              /* locals, cells, free variables, then the value stack */
} Frame;

/* A chunk of a thread's frame stack. */
typedef struct FrameChunk {
    struct FrameChunk *previous;
    char *top;    /* first free byte */
    char *limit;  /* one past the end */
    char data[];
} FrameChunk;

Frame *frame_push_in_new_chunk(Thread *thread, Code *code);
void frame_pop_across_chunks(Thread *thread, Frame *frame);

/* Push a frame for `code` with room for its slots and stack; slots are
 * EMPTY. NULL with MemoryError set on failure. Inline: every call does it. */
static inline Frame *frame_push(Thread *thread, Code *code) {
    FrameChunk *chunk = thread->chunk;
    if (chunk == NULL || (size_t)(chunk->limit - chunk->top) < code->frame_bytes)
        return frame_push_in_new_chunk(thread, code);
    Frame *frame = (Frame *)chunk->top;
    chunk->top += code->frame_bytes;
    frame->caller = thread->frame;
    frame->code = code;
    frame->function = NULL;
    frame->globals = NULL;
    frame->builtins = NULL;
    frame->locals = NULL;
    frame->ip = code->instructions;
    frame->is_entry = false;
    frame->owned_by_generator = false;
    frame->is_constructor = false;
    int slot_count = code->local_count + code->cell_count + code->free_count;
    Value *slots = frame->slots;
    for (int i = 0; i < slot_count; i++) slots[i] = EMPTY_VALUE;
    frame->stack_top = slots + slot_count;
    return frame;
}

/* True if `frame` lies inside `chunk`. */
static inline bool frame_in_chunk(const FrameChunk *chunk, const Frame *frame) {
    return (const char *)frame >= chunk->data && (const char *)frame < chunk->limit;
}

/* Pop the innermost frame pushed by frame_push. */
static inline void frame_pop(Thread *thread, Frame *frame) {
    if (frame->owned_by_generator) return;
    FrameChunk *chunk = thread->chunk;
    if (chunk != NULL && frame_in_chunk(chunk, frame))
        chunk->top = (char *)frame;
    else
        frame_pop_across_chunks(thread, frame);
}
/* The instruction index now executing (ip - 1), for tracebacks. */
static inline uint32_t frame_instruction_index(const Frame *frame) {
    return (uint32_t)(frame->ip - frame->code->instructions) - 1;
}
/* The line now executing. */
int frame_current_line(const Frame *frame);

/* Mark everything a frame refers to (its code, function, dicts, slots up
 * to stack_top). */
struct GcTracer;
void frame_trace(Frame *frame, struct GcTracer *tracer);
void frame_free_chunks(Thread *thread);

#endif
