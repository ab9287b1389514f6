/* value.h: the tagged value every part of the VM passes around.
 *
 * Lua's TValue is the model: a small struct holding a tag and a union.
 * None, bool, 64-bit int and float live inside the value itself; every other
 * Python value is a pointer to a heap Object (object.h). VALUE_EMPTY is not a
 * Python value: it marks an unbound local, an absent optional argument, the
 * "no self" slot of a call, or a missing dictionary entry. */
#ifndef BATON_VALUE_H
#define BATON_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct Object;

typedef enum ValueTag {
    VALUE_EMPTY = 0, /* not a Python value: "nothing here" */
    VALUE_NONE,
    VALUE_BOOL,
    VALUE_INT,    /* immediate signed 64-bit integer */
    VALUE_FLOAT,  /* immediate IEEE double */
    VALUE_OBJECT, /* pointer to a heap object */
} ValueTag;

typedef struct Value {
    ValueTag tag;
    union {
        bool boolean;
        int64_t integer;
        double number;
        struct Object *object;
    } as;
} Value;

#define EMPTY_VALUE ((Value){VALUE_EMPTY, {.integer = 0}})
#define NONE_VALUE ((Value){VALUE_NONE, {.integer = 0}})
#define BOOL_VALUE(b) ((Value){VALUE_BOOL, {.boolean = (b)}})
#define INT_VALUE(i) ((Value){VALUE_INT, {.integer = (i)}})
#define FLOAT_VALUE(d) ((Value){VALUE_FLOAT, {.number = (d)}})
#define OBJECT_VALUE(o) ((Value){VALUE_OBJECT, {.object = (struct Object *)(o)}})

#define IS_EMPTY(v) ((v).tag == VALUE_EMPTY)
#define IS_NONE(v) ((v).tag == VALUE_NONE)
#define IS_BOOL(v) ((v).tag == VALUE_BOOL)
#define IS_INT(v) ((v).tag == VALUE_INT)
#define IS_FLOAT(v) ((v).tag == VALUE_FLOAT)
#define IS_OBJECT(v) ((v).tag == VALUE_OBJECT)

#define AS_BOOL(v) ((v).as.boolean)
#define AS_INT(v) ((v).as.integer)
#define AS_FLOAT(v) ((v).as.number)
#define AS_OBJECT(v) ((v).as.object)

/* Identity, as Python's `is`: same immediate or same object. */
static inline bool value_is(Value a, Value b) {
    if (a.tag != b.tag) return false;
    switch (a.tag) {
    case VALUE_EMPTY:
    case VALUE_NONE: return true;
    case VALUE_BOOL: return a.as.boolean == b.as.boolean;
    case VALUE_INT: return a.as.integer == b.as.integer;
    case VALUE_FLOAT: return a.as.number == b.as.number || (a.as.number != a.as.number && b.as.number != b.as.number);
    case VALUE_OBJECT: return a.as.object == b.as.object;
    }
    return false;
}

#endif
