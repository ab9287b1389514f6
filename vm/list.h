/* list.h: the mutable sequence. */
#ifndef BATON_LIST_H
#define BATON_LIST_H

#include "runtime.h"

typedef struct List {
    Object header;
    size_t count;
    size_t capacity;
    Value *items;
} List;

#define AS_LIST(v) ((List *)AS_OBJECT(v))

List *list_new(Thread *thread, size_t capacity);
List *list_from_array(Thread *thread, const Value *items, size_t count);
bool list_append(Thread *thread, List *list, Value item);
/* Append every item of an iterable (list.extend). */
bool list_extend(Thread *thread, List *list, Value iterable);
/* Sort in place, as list.sort (stable; `key` EMPTY for none). */
bool list_sort(Thread *thread, List *list, Value key, bool reverse);

void list_init_type(Thread *thread);

#endif
