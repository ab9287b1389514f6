/* ast.c: the arena that holds a parse's AST (ast.h).
 *
 * The parser allocates every node, list and string of a tree from one
 * Arena, a chain of large malloc'd blocks, and the compiler frees the whole
 * tree at once with arena_free when it has emitted the bytecode. */
#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Blocks are at least this big; a larger request gets a block of its own. */
#define ARENA_BLOCK_SIZE (64 * 1024)
/* Every allocation is aligned for the widest field of a node (pointer, double). */
#define ARENA_ALIGNMENT 8

void arena_init(Arena *arena) { arena->blocks = NULL; }

/* Carve `size` bytes from the newest block, starting a new block when it is
 * full. Memory is zeroed so fresh nodes have NULL lists and pointers. The
 * only failure is malloc's: the parser bounds the input size, so running out
 * here means the machine is out of memory, and there is no sane way on. */
void *arena_allocate(Arena *arena, size_t size) {
    size = (size + ARENA_ALIGNMENT - 1) & ~(size_t)(ARENA_ALIGNMENT - 1);
    ArenaBlock *block = arena->blocks;
    if (block == NULL || block->capacity - block->used < size) {
        size_t capacity = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;
        block = malloc(sizeof(ArenaBlock) + capacity);
        if (block == NULL) {
            fprintf(stderr, "baton: out of memory while parsing\n");
            abort();
        }
        block->used = 0;
        block->capacity = capacity;
        if (arena->blocks != NULL && size > ARENA_BLOCK_SIZE) {
            /* Keep the current block for small requests: slot the big one behind it. */
            block->next = arena->blocks->next;
            arena->blocks->next = block;
        } else {
            block->next = arena->blocks;
            arena->blocks = block;
        }
    }
    void *memory = block->data + block->used;
    block->used += size;
    memset(memory, 0, size);
    return memory;
}

char *arena_strndup(Arena *arena, const char *chars, size_t length) {
    char *copy = arena_allocate(arena, length + 1);
    memcpy(copy, chars, length);
    copy[length] = '\0';
    return copy;
}

void arena_free(Arena *arena) {
    ArenaBlock *block = arena->blocks;
    while (block != NULL) {
        ArenaBlock *next = block->next;
        free(block);
        block = next;
    }
    arena->blocks = NULL;
}
