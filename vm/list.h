/* list.h: the mutable sequence.
 *
 * Items live in a malloc'd array that grows geometrically (amortised O(1)
 * append); its size is reported to the collector with gc_account. */
#ifndef BATON_LIST_H
#define BATON_LIST_H

#include "runtime.h"

typedef struct List {
    Object header;
    size_t count;    /* items in use */
    size_t capacity; /* length of the items array */
    Value *items;    /* malloc'd; NULL when capacity is 0 */
} List;

#define AS_LIST(v) ((List *)AS_OBJECT(v))

extern Type type_list_iterator, type_list_reverse_iterator;

List *list_new(Thread *thread, size_t capacity);
List *list_from_array(Thread *thread, const Value *items, size_t count);
bool list_append(Thread *thread, List *list, Value item);
/* Append every item of an iterable (list.extend). */
bool list_extend(Thread *thread, List *list, Value iterable);
/* Make room for at least `capacity` items. */
bool list_reserve(Thread *thread, List *list, size_t capacity);
/* Give the items array to `to` (emptying `from`), keeping the collector's accounting. */
void list_move_items(List *from, List *to);
/* Sort in place, as list.sort (stable; `key` EMPTY for none). */
bool list_sort(Thread *thread, List *list, Value key, bool reverse);

void list_init_type(Thread *thread);

#endif
