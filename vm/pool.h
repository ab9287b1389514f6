/* pool.h: small blocks for heap objects, without a malloc per object.
 *
 * Most objects are small and short-lived (an instance, its dict, a bound
 * method, a float...). The collector frees them in bulk, and the program
 * makes new ones of the same sizes at once: a free list per size class
 * (multiples of POOL_GRAIN bytes up to POOL_LARGEST) turns both into a
 * few pointer moves. The blocks come from arenas of POOL_ARENA_BYTES that
 * stay until the runtime is destroyed. Bigger blocks go to malloc.
 *
 * Only the GIL holder allocates and frees objects, so the pool needs no
 * lock; it lives in the Runtime. Under AddressSanitizer the pool steps
 * aside and every block is a malloc of its own, so a use after the sweep
 * is still reported (the GC stress run depends on it). */
#ifndef BATON_POOL_H
#define BATON_POOL_H

#include <stddef.h>

#define POOL_GRAIN 16
#define POOL_LARGEST 512
#define POOL_CLASS_COUNT (POOL_LARGEST / POOL_GRAIN)
#define POOL_ARENA_BYTES (256 * 1024)

typedef struct PoolArena PoolArena;

typedef struct Pool {
    void *free_blocks[POOL_CLASS_COUNT]; /* per class, a list linked through the blocks' first word */
    char *unused;                        /* the newest arena's part never handed out */
    char *unused_end;
    PoolArena *arenas;                   /* every arena, newest first */
} Pool;

/* A zeroed block of `size` bytes, or NULL if memory is exhausted. */
void *pool_allocate(Pool *pool, size_t size);
/* Give back a block that pool_allocate made with the same `size`. */
void pool_free(Pool *pool, void *block, size_t size);
/* Free every arena (runtime_destroy, after the last object is freed). */
void pool_destroy(Pool *pool);

#endif
