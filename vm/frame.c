/* frame.c: the per-thread frame stack.
 *
 * A thread's frames and their slots are carved out of big chunks of memory
 * used like a stack: pushing a frame bumps the chunk's `top`, popping moves it
 * back. Chunks never move once allocated, so a Frame pointer stays valid for
 * the frame's whole life. When a frame does not fit in the newest chunk a new
 * chunk is linked in front; when the newest chunk empties and an older frame
 * pops, the empty chunk is freed. Generator frames are copied out of the
 * stack into their generator object (generator.c) and never come back. */
#include "frame.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "function.h"

/* Chunks are big enough that only a deep recursion crosses a boundary. */
#define FRAME_CHUNK_SIZE (256u * 1024u)

/* Link a new chunk able to hold at least `needed` bytes. */
static FrameChunk *frame_new_chunk(Thread *thread, size_t needed) {
    size_t size = needed > FRAME_CHUNK_SIZE ? needed : FRAME_CHUNK_SIZE;
    FrameChunk *chunk = malloc(sizeof(FrameChunk) + size + 16u);
    if (chunk == NULL) return NULL;
    chunk->previous = thread->chunk;
    /* Align the first frame on 16 bytes. */
    uintptr_t start = ((uintptr_t)chunk->data + 15u) & ~(uintptr_t)15u;
    chunk->top = (char *)start;
    chunk->limit = chunk->data + size + 16u;
    thread->chunk = chunk;
    return chunk;
}

Frame *frame_push_in_new_chunk(Thread *thread, Code *code) {
    if (frame_new_chunk(thread, code->frame_bytes) == NULL) {
        error_no_memory(thread);
        return NULL;
    }
    return frame_push(thread, code);
}

void frame_pop_across_chunks(Thread *thread, Frame *frame) {
    FrameChunk *chunk = thread->chunk;
    while (chunk != NULL && !frame_in_chunk(chunk, frame)) {
        /* The newest chunk is empty: give it back and step to the older one. */
        FrameChunk *previous = chunk->previous;
        free(chunk);
        chunk = previous;
    }
    thread->chunk = chunk;
    if (chunk != NULL) chunk->top = (char *)frame;
}

int frame_current_line(const Frame *frame) {
    const uint32_t *start = frame->code->instructions;
    uint32_t index = frame->ip > start ? (uint32_t)(frame->ip - start) - 1 : 0;
    return code_position(frame->code, index).line;
}

void frame_trace(Frame *frame, struct GcTracer *tracer) {
    gc_mark_object(tracer, (Object *)frame->code);
    gc_mark_object(tracer, (Object *)frame->function);
    gc_mark_object(tracer, (Object *)frame->globals);
    gc_mark_object(tracer, (Object *)frame->builtins);
    gc_mark_object(tracer, (Object *)frame->locals);
    if (frame->stack_top > frame->slots) gc_mark_values(tracer, frame->slots, (size_t)(frame->stack_top - frame->slots));
}

void frame_free_chunks(Thread *thread) {
    FrameChunk *chunk = thread->chunk;
    while (chunk != NULL) {
        FrameChunk *previous = chunk->previous;
        free(chunk);
        chunk = previous;
    }
    thread->chunk = NULL;
}
