/* list_sort.c: list.sort(key=, reverse=), a stable merge sort.
 *
 * As in CPython, the list appears empty while it is being sorted (a key
 * function or __lt__ that looks at it sees []), and a list modified during
 * the sort raises ValueError. The sort orders an array of indices rather
 * than the values themselves, so every value stays in a collector-visible
 * place (the saved items and the keys, both held by rooted lists) while
 * Python code runs. reverse=True reverses, sorts, and reverses back, which
 * keeps equal items in their original order, exactly as CPython does. */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "exception.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "str.h"

typedef struct SortState {
    Thread *thread;
    const Value *keys; /* the sort keys, indexed like the saved items */
    bool all_int;      /* every key is an immediate int: compare directly */
    bool all_str;      /* every key is an exact str: compare bytes */
} SortState;

/* keys[a] < keys[b], with fast paths for homogeneous ints and strs. */
static bool sort_less(SortState *state, size_t a, size_t b, bool *less) {
    Value x = state->keys[a], y = state->keys[b];
    if (state->all_int) {
        *less = AS_INT(x) < AS_INT(y);
        return true;
    }
    if (state->all_str) {
        *less = str_compare(AS_STR(x), AS_STR(y)) < 0;
        return true;
    }
    return object_compare_bool(state->thread, x, y, COMPARE_LT, less);
}

/* Stable insertion sort of order[start, end). */
static bool sort_insertion(SortState *state, size_t *order, size_t start, size_t end) {
    for (size_t i = start + 1; i < end; i++) {
        size_t moving = order[i], j = i;
        while (j > start) {
            bool less;
            if (!sort_less(state, moving, order[j - 1], &less)) return false;
            if (!less) break;
            order[j] = order[j - 1];
            j--;
        }
        order[j] = moving;
    }
    return true;
}

/* Merge the sorted runs order[start, middle) and order[middle, end) through
 * `scratch`; a right item goes first only if strictly less (stability). */
static bool sort_merge(SortState *state, size_t *order, size_t *scratch, size_t start, size_t middle, size_t end) {
    size_t left = start, right = middle, out = start;
    while (left < middle && right < end) {
        bool less;
        if (!sort_less(state, order[right], order[left], &less)) return false;
        scratch[out++] = less ? order[right++] : order[left++];
    }
    while (left < middle) scratch[out++] = order[left++];
    while (right < end) scratch[out++] = order[right++];
    memcpy(order + start, scratch + start, (end - start) * sizeof(size_t));
    return true;
}

#define SORT_RUN 8

/* Bottom-up merge sort of the index array: insertion-sorted runs, then merges. */
static bool sort_indices(SortState *state, size_t *order, size_t *scratch, size_t count) {
    for (size_t start = 0; start < count; start += SORT_RUN) {
        size_t end = start + SORT_RUN < count ? start + SORT_RUN : count;
        if (!sort_insertion(state, order, start, end)) return false;
    }
    for (size_t width = SORT_RUN; width < count; width *= 2) {
        for (size_t start = 0; start + width < count; start += 2 * width) {
            size_t end = start + 2 * width < count ? start + 2 * width : count;
            if (!sort_merge(state, order, scratch, start, start + width, end)) return false;
        }
    }
    return true;
}

static void sort_reverse_values(Value *items, size_t count) {
    for (size_t i = 0, j = count; i + 1 < j; i++, j--) {
        Value swap = items[i];
        items[i] = items[j - 1];
        items[j - 1] = swap;
    }
}

/* Call the key function on every item, into `keys` (a rooted list). */
static bool sort_compute_keys(Thread *thread, Value key, List *saved, List *keys) {
    for (size_t i = 0; i < saved->count; i++) {
        Value item = saved->items[i], result;
        if (!object_call(thread, key, 1, &item, NULL, &result)) return false;
        if (!list_append(thread, keys, result)) return false;
    }
    return true;
}

/* Which fast comparison applies to these keys. */
static void sort_classify(SortState *state, size_t count) {
    state->all_int = state->all_str = true;
    for (size_t i = 0; i < count; i++) {
        Value key = state->keys[i];
        if (!IS_INT(key)) state->all_int = false;
        if (!value_is_exact(key, &type_str)) state->all_str = false;
    }
}

/* Sort saved->items in place by the keys. */
static bool sort_saved(Thread *thread, List *saved, const Value *keys) {
    size_t count = saved->count;
    if (count < 2) return true;
    size_t *order = malloc(count * 2 * sizeof(size_t));
    Value *sorted = malloc(count * sizeof(Value));
    if (order == NULL || sorted == NULL) {
        free(order);
        free(sorted);
        return error_no_memory(thread);
    }
    for (size_t i = 0; i < count; i++) order[i] = i;
    SortState state = {.thread = thread, .keys = keys};
    sort_classify(&state, count);
    bool ok = sort_indices(&state, order, order + count, count);
    if (ok) {
        for (size_t i = 0; i < count; i++) sorted[i] = saved->items[order[i]];
        memcpy(saved->items, sorted, count * sizeof(Value));
    }
    free(order);
    free(sorted);
    return ok;
}

/* Give the sorted items back; if the list was filled meanwhile, its new
 * items are dropped and the sort fails, as CPython. */
static bool sort_restore(Thread *thread, List *list, List *saved, bool ok) {
    bool modified = list->count != 0 || list->items != NULL;
    if (modified) {
        List *discarded = list_new(thread, 0);
        if (discarded != NULL) list_move_items(list, discarded);
    }
    list_move_items(saved, list);
    if (ok && modified) return error_set(thread, &type_ValueError, "list modified during sort");
    return ok;
}

/* Push the values as temporary roots; on failure pop what was pushed. */
bool list_sort(Thread *thread, List *list, Value key, bool reverse) {
    List *saved = list_new(thread, 0);
    List *keys = IS_EMPTY(key) ? NULL : list_new(thread, list->count);
    if (saved == NULL || (!IS_EMPTY(key) && keys == NULL)) return false;
    Value roots[3] = {OBJECT_VALUE(list), OBJECT_VALUE(saved), OBJECT_VALUE(keys)};
    int root_count = keys != NULL ? 3 : 2;
    if (!gc_push_roots(thread, roots, root_count)) return false;
    list_move_items(list, saved);
    if (reverse) sort_reverse_values(saved->items, saved->count);
    bool ok = keys == NULL || sort_compute_keys(thread, key, saved, keys);
    if (ok) ok = sort_saved(thread, saved, keys != NULL ? keys->items : saved->items);
    if (reverse) sort_reverse_values(saved->items, saved->count);
    gc_pop_roots(thread, root_count);
    return sort_restore(thread, list, saved, ok);
}
