/* exception_group.c: BaseExceptionGroup and ExceptionGroup (PEP 654).
 *
 * A group is an ExceptionObject whose __dict__ holds `message` (a str) and
 * `exceptions` (a non-empty tuple of exception instances). Its __new__
 * checks the arguments as CPython does and picks the class: a
 * BaseExceptionGroup of only Exceptions becomes an ExceptionGroup, and an
 * ExceptionGroup refuses to hold BaseExceptions. split() and subgroup()
 * walk nested groups, rebuilding the parts through derive() and copying the
 * traceback, cause, context and notes of the original, as CPython does.
 *
 * Baton's classes have single inheritance, so ExceptionGroup's C base is
 * Exception; exception_group_init_types gives it CPython's __mro__
 * (ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object)
 * and BaseExceptionGroup's methods, and the code here asks
 * exception_type_is_group rather than isinstance(x, BaseExceptionGroup). */
#include "exception.h"

#include "class.h"
#include "dict.h"
#include "error.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

bool exception_type_is_group(Type *type) {
    return type_is_subtype(type, &type_BaseExceptionGroup) || type_is_subtype(type, &type_ExceptionGroup);
}

Tuple *exception_group_items(Thread *thread, Value exception) {
    if (!IS_EXCEPTION(exception) || !exception_type_is_group(value_type(exception))) return NULL;
    Value items = exception_attribute(thread, AS_EXCEPTION(exception), "exceptions");
    if (!value_is_instance(items, &type_tuple)) return NULL;
    return AS_TUPLE(items);
}

/* Anything CPython's PySequence_Check accepts that a teaching program
 * passes: tuples, lists, and objects with __getitem__ that are not dicts. */
static bool exception_group_is_sequence(Thread *thread, Value value) {
    if (value_is_instance(value, &type_tuple) || value_is_instance(value, &type_list)) return true;
    if (value_is_instance(value, &type_dict)) return false;
    return !IS_EMPTY(type_lookup(value_type(value), thread->runtime->names.getitem));
}

/* The class a group of `items` really gets, or NULL with TypeError set. */
static Type *exception_group_class(Thread *thread, Type *type, Tuple *items) {
    bool nested_base = false;
    for (size_t i = 0; i < items->count; i++) {
        if (!IS_EXCEPTION(items->items[i])) {
            error_set(thread, &type_ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
            return NULL;
        }
        if (!value_is_instance(items->items[i], &type_Exception)) nested_base = true;
    }
    if (type == &type_BaseExceptionGroup) return nested_base ? type : &type_ExceptionGroup;
    if (!nested_base) return type;
    if (type == &type_ExceptionGroup) {
        error_set(thread, &type_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        return NULL;
    }
    if (type_is_subtype(type, &type_Exception)) {
        error_set(thread, &type_TypeError, "Cannot nest BaseExceptions in '%s'", type_name(type));
        return NULL;
    }
    return type;
}

/* BaseExceptionGroup.__new__(type, message, exceptions) with `args` the
 * argument tuple (kept as the group's args). */
ExceptionObject *exception_group_create(Thread *thread, Type *type, Tuple *args) {
    if (args->count != 2) {
        error_set(thread, &type_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                  args->count);
        return NULL;
    }
    Value message = args->items[0], sequence = args->items[1];
    if (!IS_STR(message)) {
        error_set(thread, &type_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                  value_type_name(message));
        return NULL;
    }
    if (!exception_group_is_sequence(thread, sequence)) {
        error_set(thread, &type_TypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    if (!gc_push_root(thread, OBJECT_VALUE(args))) return NULL;
    Tuple *items;
    bool converted = exception_sequence_tuple(thread, sequence, &items);
    gc_pop_roots(thread, 1);
    if (!converted) return NULL;
    if (items->count == 0) {
        error_set(thread, &type_ValueError, "second argument (exceptions) must be a non-empty sequence");
        return NULL;
    }
    Type *actual = exception_group_class(thread, type, items);
    if (actual == NULL) return NULL;
    ExceptionObject *group = exception_allocate(thread, actual, args);
    if (group == NULL || !exception_set_attribute(thread, group, "message", message) ||
        !exception_set_attribute(thread, group, "exceptions", OBJECT_VALUE(items)))
        return NULL;
    return group;
}

/* self as a group, for the methods below. */
static bool exception_group_self(Thread *thread, int argc, Value *argv, const char *method, ExceptionObject **self,
                                 Tuple **items) {
    *items = NULL;
    if (argc < 1 || !IS_EXCEPTION(argv[0]) || !exception_type_is_group(value_type(argv[0]))) {
        if (!exception_check_self(thread, argc, argv, &type_BaseExceptionGroup, method, self)) return false;
        return error_set(thread, &type_TypeError, "exception group has no exceptions");
    }
    *self = AS_EXCEPTION(argv[0]);
    *items = exception_group_items(thread, argv[0]);
    if (*items == NULL) return error_set(thread, &type_TypeError, "exception group has no exceptions");
    return true;
}

/* "msg (2 sub-exceptions)" */
static bool exception_group_str(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    ExceptionObject *self;
    Tuple *items;
    if (!exception_group_self(thread, argc, argv, "__str__", &self, &items)) return false;
    Str *message;
    if (!object_str(thread, exception_attribute(thread, self, "message"), &message)) return false;
    Str *text = str_printf(thread, "%s (%zu sub-exception%s)", message->chars, items->count,
                           items->count > 1 ? "s" : "");
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* derive(excs): a group with the same message; split and subgroup call it
 * (through the method, so subclasses may override it). */
static bool exception_group_derive(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    ExceptionObject *self;
    Tuple *items;
    if (!exception_group_self(thread, argc, argv, "derive", &self, &items)) return false;
    if (!error_check_no_kwargs(thread, "BaseExceptionGroup.derive", kwnames) ||
        !error_check_argc(thread, "BaseExceptionGroup.derive", argc - 1, 1, 1))
        return false;
    Value pair[2] = {exception_attribute(thread, self, "message"), argv[1]};
    Tuple *args = tuple_from_array(thread, pair, 2);
    if (args == NULL) return false;
    ExceptionObject *group = exception_group_create(thread, &type_BaseExceptionGroup, args);
    if (group == NULL) return false;
    *result = OBJECT_VALUE(group);
    return true;
}

/* ---- split and subgroup ---- */

typedef struct GroupMatcher {
    bool is_predicate; /* a callable rather than an exception type or tuple of them */
    Value condition;
} GroupMatcher;

static bool exception_group_is_exception_class(Value value) {
    return IS_TYPE(value) && type_is_subtype(AS_TYPE(value), &type_BaseException);
}

static bool exception_group_matcher(Thread *thread, Value condition, GroupMatcher *matcher) {
    matcher->condition = condition;
    matcher->is_predicate = !IS_TYPE(condition) && object_is_callable(condition);
    if (matcher->is_predicate || exception_group_is_exception_class(condition)) return true;
    if (value_is_exact(condition, &type_tuple)) {
        Tuple *types = AS_TUPLE(condition);
        bool all_classes = true;
        for (size_t i = 0; i < types->count; i++)
            all_classes = all_classes && exception_group_is_exception_class(types->items[i]);
        if (all_classes) return true;
    }
    return error_set(thread, &type_TypeError, "expected a function, exception type or tuple of exception types");
}

static bool exception_group_matches(Thread *thread, const GroupMatcher *matcher, Value exception, bool *result) {
    if (!matcher->is_predicate) return object_isinstance(thread, exception, matcher->condition, result);
    Value verdict;
    if (!object_call(thread, matcher->condition, 1, &exception, NULL, &verdict)) return false;
    return object_truthy(thread, verdict, result);
}

/* The notes list of `exception` copied, so the parts of a split have
 * their own; EMPTY when it has none. */
static bool exception_group_copy_notes(Thread *thread, ExceptionObject *original, Value *copy) {
    *copy = EMPTY_VALUE;
    Value notes = original->dict != NULL ? dict_get_c(thread, original->dict, "__notes__") : EMPTY_VALUE;
    if (!value_is_instance(notes, &type_list) && !value_is_instance(notes, &type_tuple)) return true;
    List *list = list_new(thread, 0);
    if (list == NULL || !list_extend(thread, list, notes)) return false;
    *copy = OBJECT_VALUE(list);
    return true;
}

/* original.derive(parts), with the original's traceback, cause, context
 * and notes. */
static bool exception_group_subset(Thread *thread, Value original, List *parts, Value *result) {
    Str *derive = str_intern_c(thread, "derive");
    Value argument = OBJECT_VALUE(parts);
    if (derive == NULL || !object_call_method(thread, original, derive, 1, &argument, result)) return false;
    if (!IS_EXCEPTION(*result) || !exception_type_is_group(value_type(*result)))
        return error_set(thread, &type_TypeError, "derive must return an instance of BaseExceptionGroup");
    ExceptionObject *from = AS_EXCEPTION(original), *to = AS_EXCEPTION(*result);
    to->traceback = from->traceback;
    to->context = from->context;
    to->cause = from->cause;
    to->suppress_context = true;
    Value notes;
    if (!exception_group_copy_notes(thread, from, &notes)) return false;
    return IS_EMPTY(notes) || exception_set_attribute(thread, to, "__notes__", notes);
}

/* Split `exception` by `matcher` into *match and *rest (EMPTY for none),
 * recursing into nested groups. */
static bool exception_group_split_recursive(Thread *thread, Value exception, const GroupMatcher *matcher,
                                            bool want_rest, Value *match, Value *rest) {
    *match = *rest = EMPTY_VALUE;
    bool matched;
    if (!exception_group_matches(thread, matcher, exception, &matched)) return false;
    Tuple *items = matched ? NULL : exception_group_items(thread, exception);
    if (matched || items == NULL) {
        if (matched) *match = exception;
        else if (want_rest) *rest = exception;
        return true;
    }
    List *matches = list_new(thread, 0), *rests = list_new(thread, 0);
    if (matches == NULL || rests == NULL) return false;
    Value roots[4] = {exception, OBJECT_VALUE(items), OBJECT_VALUE(matches), OBJECT_VALUE(rests)};
    int pushed = 0;
    bool ok = true;
    while (ok && pushed < 4) ok = gc_push_root(thread, roots[pushed++]);
    for (size_t i = 0; ok && i < items->count; i++) {
        Value part_match, part_rest;
        ok = exception_group_split_recursive(thread, items->items[i], matcher, want_rest, &part_match, &part_rest);
        if (ok && !IS_EMPTY(part_match)) ok = list_append(thread, matches, part_match);
        if (ok && !IS_EMPTY(part_rest)) ok = list_append(thread, rests, part_rest);
    }
    if (ok && matches->count > 0) ok = exception_group_subset(thread, exception, matches, match);
    if (ok && rests->count > 0 && want_rest) {
        ok = gc_push_root(thread, *match);
        if (ok) pushed++;
        ok = ok && exception_group_subset(thread, exception, rests, rest);
    }
    gc_pop_roots(thread, pushed);
    return ok;
}

static Value exception_group_or_none(Value value) { return IS_EMPTY(value) ? NONE_VALUE : value; }

/* split(condition) -> (match, rest), or subgroup(condition) -> match. */
static bool exception_group_split_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, const char *name,
                                         bool want_rest, Value *match, Value *rest) {
    ExceptionObject *self;
    Tuple *items;
    if (!exception_group_self(thread, argc, argv, name, &self, &items)) return false;
    if (!error_check_no_kwargs(thread, name, kwnames) || !error_check_argc(thread, name, argc - 1, 1, 1)) return false;
    GroupMatcher matcher;
    if (!exception_group_matcher(thread, argv[1], &matcher)) return false;
    return exception_group_split_recursive(thread, argv[0], &matcher, want_rest, match, rest);
}

static bool exception_group_split(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value pair[2];
    if (!exception_group_split_method(thread, argc, argv, kwnames, "BaseExceptionGroup.split", true, &pair[0],
                                      &pair[1]))
        return false;
    pair[0] = exception_group_or_none(pair[0]);
    pair[1] = exception_group_or_none(pair[1]);
    Tuple *tuple = tuple_from_array(thread, pair, 2);
    if (tuple == NULL) return false;
    *result = OBJECT_VALUE(tuple);
    return true;
}

static bool exception_group_subgroup(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Value match, rest;
    if (!exception_group_split_method(thread, argc, argv, kwnames, "BaseExceptionGroup.subgroup", false, &match,
                                      &rest))
        return false;
    *result = exception_group_or_none(match);
    return true;
}

static const MethodDef exception_group_methods[] = {
    {"__str__", exception_group_str},
    {"derive", exception_group_derive},
    {"split", exception_group_split},
    {"subgroup", exception_group_subgroup},
    {NULL, NULL},
};

/* ExceptionGroup's MRO as CPython's, BaseExceptionGroup included. */
static bool exception_group_fix_mro(Thread *thread) {
    Value classes[5] = {OBJECT_VALUE(&type_ExceptionGroup), OBJECT_VALUE(&type_BaseExceptionGroup),
                        OBJECT_VALUE(&type_Exception), OBJECT_VALUE(&type_BaseException),
                        OBJECT_VALUE(&type_object)};
    Tuple *mro = tuple_from_array(thread, classes, 5);
    if (mro == NULL) return false;
    type_ExceptionGroup.mro = mro;
    type_ExceptionGroup.version++;
    return true;
}

/* The methods go in both dicts: the object model looks methods up along
 * the C base chain, where ExceptionGroup's base is Exception. */
bool exception_group_init_types(Thread *thread) {
    return exception_group_fix_mro(thread) &&
           type_add_methods(thread, &type_BaseExceptionGroup, exception_group_methods) &&
           type_add_methods(thread, &type_ExceptionGroup, exception_group_methods);
}
