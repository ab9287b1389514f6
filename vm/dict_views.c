/* dict_views.c: dict.keys()/values()/items() views and the iterators over
 * a dict and its views.
 *
 * A view is a live window on its dict. Iterators remember the dict's size
 * when they started and raise CPython's RuntimeError when it changes
 * ("dictionary changed size during iteration"), or when the size is the
 * same but keys were swapped ("dictionary keys changed during iteration").
 * keys and items views support the set operators by building a set. */
#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "number.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

static void dict_view_trace(Object *object, GcTracer *tracer);
static void dict_iterator_trace(Object *object, GcTracer *tracer);

#define DICT_VIEW_TYPE(variable, name)                                         \
    Type variable = {                                                          \
        .header = {.type = &type_type, .flags = OBJECT_STATIC},                \
        .c_name = name,                                                        \
        .base = &type_object,                                                  \
        .instance_size = sizeof(DictView),                                     \
        .flags = TYPE_ABSTRACT_NEW,                                            \
        .trace = dict_view_trace,                                              \
    };
DICT_VIEW_TYPE(type_dict_keys, "dict_keys")
DICT_VIEW_TYPE(type_dict_values, "dict_values")
DICT_VIEW_TYPE(type_dict_items, "dict_items")

#define DICT_ITERATOR_TYPE(variable, name)                                     \
    Type variable = {                                                          \
        .header = {.type = &type_type, .flags = OBJECT_STATIC},                \
        .c_name = name,                                                        \
        .base = &type_object,                                                  \
        .instance_size = sizeof(DictIterator),                                 \
        .flags = TYPE_ABSTRACT_NEW,                                            \
        .trace = dict_iterator_trace,                                          \
    };
DICT_ITERATOR_TYPE(type_dict_key_iterator, "dict_keyiterator")
DICT_ITERATOR_TYPE(type_dict_value_iterator, "dict_valueiterator")
DICT_ITERATOR_TYPE(type_dict_item_iterator, "dict_itemiterator")
DICT_ITERATOR_TYPE(type_dict_reverse_key_iterator, "dict_reversekeyiterator")
DICT_ITERATOR_TYPE(type_dict_reverse_value_iterator, "dict_reversevalueiterator")
DICT_ITERATOR_TYPE(type_dict_reverse_item_iterator, "dict_reverseitemiterator")

static Type *const dict_view_types[] = {&type_dict_keys, &type_dict_values, &type_dict_items};
static Type *const dict_iterator_types[2][3] = {
    {&type_dict_key_iterator, &type_dict_value_iterator, &type_dict_item_iterator},
    {&type_dict_reverse_key_iterator, &type_dict_reverse_value_iterator, &type_dict_reverse_item_iterator},
};

static void dict_view_trace(Object *object, GcTracer *tracer) {
    gc_mark_object(tracer, (Object *)((DictView *)object)->dict);
}

static void dict_iterator_trace(Object *object, GcTracer *tracer) {
    DictIterator *iterator = (DictIterator *)object;
    if (iterator->dict != NULL) gc_mark_object(tracer, (Object *)iterator->dict);
}

/* Which kind of view or iterator a type is, and whether it runs backwards. */
static DictViewKind dict_kind_of(Type *type, bool *reverse) {
    if (reverse != NULL) *reverse = false;
    for (int r = 0; r < 2; r++)
        for (int k = 0; k < 3; k++)
            if (dict_iterator_types[r][k] == type || (r == 0 && dict_view_types[k] == type)) {
                if (reverse != NULL) *reverse = r == 1 && dict_iterator_types[r][k] == type;
                return (DictViewKind)k;
            }
    return DICT_KEYS;
}

DictView *dict_view_new(Thread *thread, Dict *dict, DictViewKind kind) {
    DictView *view = ALLOCATE_OBJECT(thread, DictView, dict_view_types[kind]);
    if (view != NULL) view->dict = dict;
    return view;
}

DictIterator *dict_iterator_new(Thread *thread, Dict *dict, DictViewKind kind, bool reverse) {
    DictIterator *iterator = ALLOCATE_OBJECT(thread, DictIterator, dict_iterator_types[reverse][kind]);
    if (iterator == NULL) return NULL;
    iterator->dict = dict;
    iterator->position = reverse ? dict->entry_count : 0;
    iterator->expected_count = dict->count;
    iterator->remaining = (int64_t)dict->count;
    return iterator;
}

/* The entry an iterator produces next, or NULL at the end. */
static DictEntry *dict_iterator_advance(DictIterator *iterator, bool reverse) {
    Dict *dict = iterator->dict;
    if (reverse) {
        while (iterator->position > 0) {
            if (iterator->position > dict->entry_count) {
                iterator->position = dict->entry_count;
                continue;
            }
            DictEntry *entry = &dict->entries[--iterator->position];
            if (!IS_EMPTY(entry->key)) return entry;
        }
        return NULL;
    }
    while (iterator->position < dict->entry_count) {
        DictEntry *entry = &dict->entries[iterator->position++];
        if (!IS_EMPTY(entry->key)) return entry;
    }
    return NULL;
}

bool dict_iterator_next(Thread *thread, Value value, Value *item) {
    DictIterator *iterator = (DictIterator *)AS_OBJECT(value);
    *item = EMPTY_VALUE;
    Dict *dict = iterator->dict;
    if (dict == NULL) return true;
    if (dict->count != iterator->expected_count) {
        iterator->expected_count = (size_t)-1; /* stay failed */
        return error_set(thread, &type_RuntimeError, "dictionary changed size during iteration");
    }
    bool reverse;
    DictViewKind kind = dict_kind_of(iterator->header.type, &reverse);
    DictEntry *entry = dict_iterator_advance(iterator, reverse);
    if (entry == NULL) {
        iterator->dict = NULL;
        return true;
    }
    if (iterator->remaining-- <= 0) {
        iterator->dict = NULL;
        return error_set(thread, &type_RuntimeError, "dictionary keys changed during iteration");
    }
    if (kind == DICT_KEYS) {
        *item = entry->key;
    } else if (kind == DICT_VALUES) {
        *item = entry->value;
    } else {
        Value pair[2] = {entry->key, entry->value};
        Tuple *tuple = tuple_from_array(thread, pair, 2);
        if (tuple == NULL) return false;
        *item = OBJECT_VALUE(tuple);
    }
    return true;
}

static bool dict_iterator_next_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    if (!dict_iterator_next(thread, argv[0], result)) return false;
    if (IS_EMPTY(*result)) return error_set_empty(thread, &type_StopIteration);
    return true;
}

static bool dict_iterator_length_hint(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    DictIterator *iterator = (DictIterator *)AS_OBJECT(argv[0]);
    bool live = iterator->dict != NULL && iterator->dict->count == iterator->expected_count;
    *result = INT_VALUE(live && iterator->remaining > 0 ? iterator->remaining : 0);
    return true;
}

static const MethodDef dict_iterator_methods[] = {
    {"__iter__", sequence_iter_self},
    {"__next__", dict_iterator_next_method},
    {"__length_hint__", dict_iterator_length_hint},
    {NULL, NULL},
};

/* ---- Views ---- */

static bool dict_view_len_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)thread, (void)argc, (void)kwnames;
    *result = INT_VALUE((int64_t)((DictView *)AS_OBJECT(argv[0]))->dict->count);
    return true;
}

static bool dict_view_iterate(Thread *thread, Value view, bool reverse, Value *result) {
    DictView *self = (DictView *)AS_OBJECT(view);
    DictIterator *iterator = dict_iterator_new(thread, self->dict, dict_kind_of(self->header.type, NULL), reverse);
    if (iterator == NULL) return false;
    *result = OBJECT_VALUE(iterator);
    return true;
}

static bool dict_view_iter_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    return dict_view_iterate(thread, argv[0], false, result);
}

static bool dict_view_reversed_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "__reversed__", kwnames, argc - 1, 0, 0)) return false;
    return dict_view_iterate(thread, argv[0], true, result);
}

/* x in view: a key lookup for keys, key lookup plus value == for items, a walk for values. */
static bool dict_view_contains_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "__contains__", kwnames, argc - 1, 1, 1)) return false;
    DictView *view = (DictView *)AS_OBJECT(argv[0]);
    DictViewKind kind = dict_kind_of(view->header.type, NULL);
    Value found;
    bool equal = false;
    if (kind == DICT_KEYS) {
        if (!dict_get(thread, view->dict, argv[1], &found)) return false;
        equal = !IS_EMPTY(found);
    } else if (kind == DICT_ITEMS) {
        if (value_is_instance(argv[1], &type_tuple) && AS_TUPLE(argv[1])->count == 2) {
            Tuple *pair = AS_TUPLE(argv[1]);
            if (!dict_get(thread, view->dict, pair->items[0], &found)) return false;
            if (!IS_EMPTY(found) && !object_equal(thread, found, pair->items[1], &equal)) return false;
        }
    } else {
        List *values = list_new(thread, 0);
        if (values == NULL || !list_extend(thread, values, argv[0])) return false;
        int64_t index;
        if (!sequence_find(thread, OBJECT_VALUE(values), argv[1], 0, INT64_MAX, &index)) return false;
        equal = index >= 0;
    }
    *result = BOOL_VALUE(equal);
    return true;
}

/* dict_keys([1, 2]): the type name around the repr of the view's list. */
static bool dict_view_repr_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    const char *name = type_name(value_type(argv[0]));
    int status = object_repr_enter(thread, argv[0]);
    if (status != 0) {
        Str *text = status > 0 ? str_from_c(thread, "...") : NULL;
        if (text == NULL) return false;
        *result = OBJECT_VALUE(text);
        return true;
    }
    List *items = list_new(thread, 0);
    Str *repr = NULL;
    bool ok = items != NULL && list_extend(thread, items, argv[0]) && object_repr(thread, OBJECT_VALUE(items), &repr);
    object_repr_leave(thread, argv[0]);
    if (!ok) return false;
    Str *text = str_printf(thread, "%s(%s)", name, repr->chars);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* A new set of the view's (or any iterable's) items. */
static Set *dict_view_to_set(Thread *thread, Value iterable) {
    Set *set = set_new(thread, &type_set);
    if (set == NULL) return NULL;
    if (!gc_push_root(thread, OBJECT_VALUE(set))) return NULL;
    bool ok = set_update(thread, set, iterable);
    gc_pop_roots(thread, 1);
    return ok ? set : NULL;
}

/* left OP right for the set operators of keys/items views: set(left) OP= right. */
static bool dict_view_set_operation(Thread *thread, Value left, Value right, SetOperator op, Value *result) {
    Set *set = dict_view_to_set(thread, left);
    if (set == NULL || !gc_push_root(thread, OBJECT_VALUE(set))) return false;
    bool ok = set_inplace_operation(thread, set, right, op);
    gc_pop_roots(thread, 1);
    *result = OBJECT_VALUE(set);
    return ok;
}

#define DICT_VIEW_OPERATOR(fn, op, reflected)                                                       \
    static bool fn(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {          \
        if (!container_check_args(thread, #fn, kwnames, argc - 1, 1, 1)) return false;              \
        return reflected ? dict_view_set_operation(thread, argv[1], argv[0], op, result)            \
                         : dict_view_set_operation(thread, argv[0], argv[1], op, result);           \
    }
DICT_VIEW_OPERATOR(dict_view_and_method, SET_AND, false)
DICT_VIEW_OPERATOR(dict_view_or_method, SET_OR, false)
DICT_VIEW_OPERATOR(dict_view_sub_method, SET_SUB, false)
DICT_VIEW_OPERATOR(dict_view_xor_method, SET_XOR, false)
DICT_VIEW_OPERATOR(dict_view_rand_method, SET_AND, true)
DICT_VIEW_OPERATOR(dict_view_ror_method, SET_OR, true)
DICT_VIEW_OPERATOR(dict_view_rsub_method, SET_SUB, true)
DICT_VIEW_OPERATOR(dict_view_rxor_method, SET_XOR, true)

/* keys/items views compare with sets and other views as sets do. */
static bool dict_view_compare(Thread *thread, int argc, Value *argv, Tuple *kwnames, CompareOperator op,
                              Value *result) {
    if (!container_check_args(thread, "__eq__", kwnames, argc - 1, 1, 1)) return false;
    Type *other = value_type(argv[1]);
    if (!type_is_subtype(other, &type_set) && !type_is_subtype(other, &type_frozenset) &&
        other != &type_dict_keys && other != &type_dict_items) {
        *result = NOT_IMPLEMENTED_VALUE;
        return true;
    }
    Set *left = dict_view_to_set(thread, argv[0]);
    if (left == NULL || !gc_push_root(thread, OBJECT_VALUE(left))) return false;
    Set *right = dict_view_to_set(thread, argv[1]);
    bool ok = right != NULL && object_compare(thread, OBJECT_VALUE(left), OBJECT_VALUE(right), op, result);
    gc_pop_roots(thread, 1);
    return ok;
}

#define DICT_VIEW_COMPARE(fn, op)                                                               \
    static bool fn(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {      \
        return dict_view_compare(thread, argc, argv, kwnames, op, result);                     \
    }
DICT_VIEW_COMPARE(dict_view_lt_method, COMPARE_LT)
DICT_VIEW_COMPARE(dict_view_le_method, COMPARE_LE)
DICT_VIEW_COMPARE(dict_view_eq_method, COMPARE_EQ)
DICT_VIEW_COMPARE(dict_view_ne_method, COMPARE_NE)
DICT_VIEW_COMPARE(dict_view_gt_method, COMPARE_GT)
DICT_VIEW_COMPARE(dict_view_ge_method, COMPARE_GE)

static bool dict_view_isdisjoint_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!container_check_args(thread, "isdisjoint", kwnames, argc - 1, 1, 1)) return false;
    Value common;
    if (!dict_view_set_operation(thread, argv[0], argv[1], SET_AND, &common)) return false;
    *result = BOOL_VALUE(AS_SET(common)->used == 0);
    return true;
}

static const MethodDef dict_values_methods[] = {
    {"__len__", dict_view_len_method},
    {"__iter__", dict_view_iter_method},
    {"__reversed__", dict_view_reversed_method},
    {"__repr__", dict_view_repr_method},
    {NULL, NULL},
};

/* keys and items views: the values view's methods plus the set-like ones. */
static const MethodDef dict_setlike_view_methods[] = {
    {"__contains__", dict_view_contains_method},
    {"__and__", dict_view_and_method},
    {"__or__", dict_view_or_method},
    {"__sub__", dict_view_sub_method},
    {"__xor__", dict_view_xor_method},
    {"__rand__", dict_view_rand_method},
    {"__ror__", dict_view_ror_method},
    {"__rsub__", dict_view_rsub_method},
    {"__rxor__", dict_view_rxor_method},
    {"__lt__", dict_view_lt_method},
    {"__le__", dict_view_le_method},
    {"__eq__", dict_view_eq_method},
    {"__ne__", dict_view_ne_method},
    {"__gt__", dict_view_gt_method},
    {"__ge__", dict_view_ge_method},
    {"isdisjoint", dict_view_isdisjoint_method},
    {NULL, NULL},
};

void dict_views_init_types(Thread *thread) {
    static const MethodDef values_contains[] = {{"__contains__", dict_view_contains_method}, {NULL, NULL}};
    for (int k = 0; k < 3; k++) {
        type_ready(thread, dict_view_types[k]);
        type_add_methods(thread, dict_view_types[k], dict_values_methods);
        type_add_methods(thread, dict_view_types[k], k == DICT_VALUES ? values_contains : dict_setlike_view_methods);
        if (k != DICT_VALUES) dict_set_str(thread, dict_view_types[k]->dict, thread->runtime->names.hash, NONE_VALUE);
    }
    for (int r = 0; r < 2; r++) {
        for (int k = 0; k < 3; k++) {
            type_ready(thread, dict_iterator_types[r][k]);
            type_add_methods(thread, dict_iterator_types[r][k], dict_iterator_methods);
        }
    }
}
