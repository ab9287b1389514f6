/* pool.c: size-class free lists over big arenas for small objects (pool.h
 * says why and when). */
#include "pool.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define POOL_BYPASS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_BYPASS 1
#endif
#endif

struct PoolArena {
    PoolArena *next;
    max_align_t align; /* the blocks that follow are aligned for anything */
};

#ifndef POOL_BYPASS
/* The size class of a block of `size` bytes (1 to POOL_LARGEST). */
static size_t pool_class(size_t size) { return (size - 1) / POOL_GRAIN; }

/* Hand out a fresh block of class `index` from the arena's unused part,
 * starting a new arena when it is used up. */
static void *pool_carve(Pool *pool, size_t index) {
    size_t block_size = (index + 1) * POOL_GRAIN;
    if ((size_t)(pool->unused_end - pool->unused) < block_size) {
        PoolArena *arena = malloc(POOL_ARENA_BYTES);
        if (arena == NULL) return NULL;
        arena->next = pool->arenas;
        pool->arenas = arena;
        pool->unused = (char *)&arena->align;
        pool->unused_end = (char *)arena + POOL_ARENA_BYTES;
    }
    void *block = pool->unused;
    pool->unused += block_size;
    return block;
}
#endif

void *pool_allocate(Pool *pool, size_t size) {
#ifdef POOL_BYPASS
    (void)pool;
    return calloc(1, size);
#else
    if (size == 0 || size > POOL_LARGEST) return calloc(1, size);
    size_t index = pool_class(size);
    void *block = pool->free_blocks[index];
    if (block != NULL) pool->free_blocks[index] = *(void **)block;
    else block = pool_carve(pool, index);
    if (block != NULL) memset(block, 0, (index + 1) * POOL_GRAIN);
    return block;
#endif
}

void pool_free(Pool *pool, void *block, size_t size) {
#ifdef POOL_BYPASS
    (void)pool;
    (void)size;
    free(block);
#else
    if (size == 0 || size > POOL_LARGEST) {
        free(block);
        return;
    }
    size_t index = pool_class(size);
    *(void **)block = pool->free_blocks[index];
    pool->free_blocks[index] = block;
#endif
}

void pool_destroy(Pool *pool) {
    while (pool->arenas != NULL) {
        PoolArena *next = pool->arenas->next;
        free(pool->arenas);
        pool->arenas = next;
    }
    memset(pool, 0, sizeof *pool);
}
