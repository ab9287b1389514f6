/* ops.c: the generic object protocol (ops.h): calls, str/repr/format,
 * hash, truth, len, attributes, items, `in`, isinstance, and the repr
 * recursion guard.
 *
 * Each operation first tries fast paths for the exact built-in types, then
 * the dunder method found on the value's type (type_lookup), so built-in
 * and user classes answer the same way. Comparisons and arithmetic are in
 * ops_compare.c, iteration in ops_iter.c. */
#include "ops.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval.h"
#include "eval_call.h"
#include "exception.h"
#include "format.h"
#include "function.h"
#include "gc.h"
#include "list.h"
#include "module.h"
#include "number.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

static size_t keyword_count(Tuple *kwnames) { return kwnames != NULL ? kwnames->count : 0; }

static bool is_native(Value value) {
    if (!IS_OBJECT(value)) return false;
    Type *type = AS_OBJECT(value)->type;
    return type == &type_native_function || type == &type_method_descriptor;
}

/* ---- Calls ---- */

/* Call `function` (a Python function, an unbound native, or anything)
 * with `self` in front of the arguments. */
bool object_call_with_self(Thread *thread, Value callable, Value self, int argc, Value *argv, Tuple *kwnames,
                           Value *result) {
    size_t total = (size_t)argc + keyword_count(kwnames) + 1;
    Value small[16];
    Value *args = total <= 16 ? small : malloc(total * sizeof(Value));
    if (args == NULL) return error_no_memory(thread);
    args[0] = self;
    if (total > 1) memcpy(args + 1, argv, (total - 1) * sizeof(Value));
    bool ok;
    if (value_is_exact(callable, &type_function))
        ok = eval_call_function(thread, AS_FUNCTION(callable), argc + 1, args, kwnames, result);
    else if (is_native(callable) && IS_EMPTY(AS_NATIVE(callable)->self))
        ok = AS_NATIVE(callable)->function(thread, argc + 1, args, kwnames, result);
    else
        ok = object_call(thread, callable, argc + 1, args, kwnames, result);
    if (args != small) free(args);
    return ok;
}

bool object_call(Thread *thread, Value callable, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Type *type = value_type(callable);
    if (IS_OBJECT(callable)) {
        if (type == &type_function)
            return eval_call_function(thread, AS_FUNCTION(callable), argc, argv, kwnames, result);
        if (is_native(callable)) {
            NativeFunction *native = AS_NATIVE(callable);
            if (IS_EMPTY(native->self)) return native->function(thread, argc, argv, kwnames, result);
            size_t total = (size_t)argc + keyword_count(kwnames) + 1;
            Value small[16];
            Value *args = total <= 16 ? small : malloc(total * sizeof(Value));
            if (args == NULL) return error_no_memory(thread);
            args[0] = native->self;
            if (total > 1) memcpy(args + 1, argv, (total - 1) * sizeof(Value));
            bool ok = native->function(thread, argc + 1, args, kwnames, result);
            if (args != small) free(args);
            return ok;
        }
        if (type == &type_method) {
            BoundMethod *method = AS_BOUND_METHOD(callable);
            return object_call_with_self(thread, method->function, method->self, argc, argv, kwnames, result);
        }
        if (type_is_subtype(type, &type_type))
            return class_type_call(thread, AS_TYPE(callable), argc, argv, kwnames, result);
    }
    Value call = type_lookup(type, thread->runtime->names.call);
    if (IS_EMPTY(call)) return error_set(thread, &type_TypeError, "'%s' object is not callable", type_name(type));
    return class_call_bound(thread, call, callable, argc, argv, kwnames, result);
}

bool object_call_method(Thread *thread, Value object, Str *name, int argc, Value *argv, Value *result) {
    Value method;
    bool needs_self;
    if (!class_lookup_method(thread, object, name, &method, &needs_self)) return false;
    if (needs_self) return object_call_with_self(thread, method, object, argc, argv, NULL, result);
    if (!gc_push_root(thread, method)) return false;
    bool ok = object_call(thread, method, argc, argv, NULL, result);
    gc_pop_roots(thread, 1);
    return ok;
}

bool object_call_dunder(Thread *thread, Value value, Str *name, int argc, Value *argv, Value *result, bool *found) {
    Value attribute = type_lookup(value_type(value), name);
    *found = !IS_EMPTY(attribute);
    if (!*found) return true;
    return class_call_bound(thread, attribute, value, argc, argv, NULL, result);
}

/* True if `dict` has a key spelled `text` (no thread needed: a scan). */
static bool dict_has_text(Dict *dict, const char *text) {
    size_t position = 0;
    Value key, value;
    while (dict != NULL && dict_next(dict, &position, &key, &value))
        if (IS_STR(key) && strcmp(AS_STR(key)->chars, text) == 0) return true;
    return false;
}

bool object_is_callable(Value value) {
    Type *type = value_type(value);
    if (type == &type_function || type == &type_method || is_native(value) || type_is_subtype(type, &type_type))
        return true;
    for (Type *t = type; t != NULL; t = t->base)
        if (dict_has_text(t->dict, "__call__")) return true;
    return false;
}

/* ---- The C recursion guard ---- */

bool object_enter_recursion(Thread *thread, const char *where) { return eval_enter_recursion(thread, where); }

void object_leave_recursion(Thread *thread) { eval_leave_native(thread); }

/* ---- str, repr, format ---- */

/* The text of None, bools, ints and floats (their str and repr agree). */
/* Decimal text of a small int, without printf (str(i) is a hot path). */
static Str *int_text(Thread *thread, int64_t value) {
    char buffer[24];
    char *end = buffer + sizeof buffer, *cursor = end;
    uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
    do {
        *--cursor = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) *--cursor = '-';
    return str_new(thread, cursor, (size_t)(end - cursor));
}

static Str *immediate_text(Thread *thread, Value value) {
    switch (value.tag) {
    case VALUE_NONE: return str_intern_c(thread, "None");
    case VALUE_BOOL: return str_intern_c(thread, AS_BOOL(value) ? "True" : "False");
    case VALUE_INT: return int_text(thread, AS_INT(value));
    case VALUE_FLOAT: return float_repr(thread, AS_FLOAT(value));
    default: return NULL;
    }
}

/* Call a __str__/__repr__-like dunder and insist on a str result. The
 * call may recurse through containers (a list's repr asks its items'), so
 * it is guarded against C stack exhaustion. */
static bool call_text_dunder(Thread *thread, Value value, Value method, const char *dunder, Str **result) {
    Value text;
    const char *where = strcmp(dunder, "__repr__") == 0 ? " while getting the repr of an object"
                                                        : " while getting the str of an object";
    if (!object_enter_recursion(thread, where)) return false;
    bool ok = class_call_bound(thread, method, value, 0, NULL, NULL, &text);
    object_leave_recursion(thread);
    if (!ok) return false;
    if (!IS_STR(text))
        return error_set(thread, &type_TypeError, "%s returned non-string (type %s)", dunder, value_type_name(text));
    *result = value_is_exact(text, &type_str) ? AS_STR(text) : str_new(thread, AS_STR(text)->chars, AS_STR(text)->length);
    return *result != NULL;
}

bool object_repr(Thread *thread, Value value, Str **result) {
    if (!IS_OBJECT(value)) return (*result = immediate_text(thread, value)) != NULL;
    if (value_is_exact(value, &type_str)) return (*result = str_repr(thread, AS_STR(value))) != NULL;
    Value method = type_lookup(value_type(value), thread->runtime->names.repr);
    if (IS_EMPTY(method)) return (*result = class_default_repr(thread, value)) != NULL;
    return call_text_dunder(thread, value, method, "__repr__", result);
}

bool object_str(Thread *thread, Value value, Str **result) {
    if (!IS_OBJECT(value)) return (*result = immediate_text(thread, value)) != NULL;
    if (value_is_exact(value, &type_str)) {
        *result = AS_STR(value);
        return true;
    }
    Type *owner = NULL;
    Value method = type_lookup_owner(value_type(value), thread->runtime->names.str, &owner);
    if (IS_EMPTY(method) || owner == &type_object) return object_repr(thread, value, result);
    return call_text_dunder(thread, value, method, "__str__", result);
}

bool object_format(Thread *thread, Value value, Str *spec, Str **result) {
    if (IS_INT(value) || IS_BOOL(value) || IS_FLOAT(value) || value_is_exact(value, &type_str))
        return format_builtin(thread, value, spec, result);
    if (spec->length == 0 && IS_NONE(value)) return object_str(thread, value, result);
    Value argument = OBJECT_VALUE(spec), text;
    bool found;
    if (!object_call_dunder(thread, value, thread->runtime->names.format, 1, &argument, &text, &found)) return false;
    if (!found) return object_str(thread, value, result);
    if (!IS_STR(text))
        return error_set(thread, &type_TypeError, "__format__ must return a str, not %s", value_type_name(text));
    *result = AS_STR(text);
    return true;
}

/* ---- hash, truth, len ---- */

static bool unhashable(Thread *thread, Value value) {
    return error_set(thread, &type_TypeError, "unhashable type: '%s'", value_type_name(value));
}

/* The hash a __hash__ method's result stands for, as CPython reduces it. */
static bool hash_from_result(Thread *thread, Value returned, int64_t *result) {
    if (IS_INT(returned) || IS_BOOL(returned)) {
        int64_t hash = IS_INT(returned) ? AS_INT(returned) : AS_BOOL(returned);
        *result = hash == -1 ? -2 : hash;
        return true;
    }
    if (value_is_instance(returned, &type_int)) return object_hash(thread, returned, result);
    return error_set(thread, &type_TypeError, "__hash__ method should return an integer");
}

/* hash() by a tuple's items (method EMPTY) or by a __hash__ method, which
 * may recurse through nested containers: guarded as repr is. */
static bool hash_guarded(Thread *thread, Value value, Value method, int64_t *result) {
    if (!object_enter_recursion(thread, " while getting the hash of an object")) return false;
    bool ok;
    if (IS_EMPTY(method)) {
        ok = tuple_hash(thread, AS_TUPLE(value), result);
    } else {
        Value returned;
        ok = class_call_bound(thread, method, value, 0, NULL, NULL, &returned) &&
             hash_from_result(thread, returned, result);
    }
    object_leave_recursion(thread);
    return ok;
}

bool object_hash(Thread *thread, Value value, int64_t *result) {
    switch (value.tag) {
    case VALUE_BOOL: *result = AS_BOOL(value); return true;
    case VALUE_INT: *result = int_hash(AS_INT(value)); return true;
    case VALUE_FLOAT: *result = float_hash(AS_FLOAT(value)); return true;
    default: break;
    }
    Type *type = value_type(value);
    if (type == &type_str) {
        *result = str_hash(AS_STR(value));
        return true;
    }
    if (type == &type_tuple) return hash_guarded(thread, value, EMPTY_VALUE, result);
    if (type == &type_bytes) {
        *result = bytes_hash(AS_BYTES(value));
        return true;
    }
    if (type == &type_list || type == &type_dict || type == &type_set || type == &type_bytearray)
        return unhashable(thread, value);
    Type *owner = NULL;
    Value method = type_lookup_owner(type, thread->runtime->names.hash, &owner);
    if (IS_EMPTY(method) || IS_NONE(method)) return unhashable(thread, value);
    if (owner == &type_object) {
        *result = class_identity_hash(value);
        return true;
    }
    return hash_guarded(thread, value, method, result);
}

/* What __len__ returned, as a non-negative C length. */
static bool length_from_result(Thread *thread, Value returned, int64_t *result) {
    int64_t length;
    if (IS_INT(returned) || IS_BOOL(returned)) {
        length = IS_INT(returned) ? AS_INT(returned) : AS_BOOL(returned);
    } else if (value_is_instance(returned, &type_int)) {
        bool negative;
        if (!object_compare_bool(thread, returned, INT_VALUE(0), COMPARE_LT, &negative)) return false;
        if (!negative)
            return error_set(thread, &type_OverflowError, "cannot fit 'int' into an index-sized integer");
        length = -1;
    } else if (!value_as_index(thread, returned, &length)) {
        return false;
    }
    if (length < 0) return error_set(thread, &type_ValueError, "__len__() should return >= 0");
    *result = length;
    return true;
}

/* len() of the exact built-in containers; false if `value` is not one. */
static bool builtin_length(Value value, int64_t *result) {
    if (!IS_OBJECT(value)) return false;
    Type *type = AS_OBJECT(value)->type;
    if (type == &type_str) *result = (int64_t)AS_STR(value)->char_count;
    else if (type == &type_list) *result = (int64_t)AS_LIST(value)->count;
    else if (type == &type_tuple) *result = (int64_t)AS_TUPLE(value)->count;
    else if (type == &type_dict) *result = (int64_t)AS_DICT(value)->count;
    else if (type == &type_set || type == &type_frozenset) *result = (int64_t)AS_SET(value)->used;
    else if (type == &type_bytes) *result = (int64_t)AS_BYTES(value)->length;
    else if (type == &type_bytearray) *result = (int64_t)AS_BYTEARRAY(value)->length;
    else if (type == &type_range) *result = AS_RANGE(value)->length;
    else return false;
    return true;
}

bool object_length(Thread *thread, Value value, int64_t *result) {
    if (builtin_length(value, result)) return true;
    Value returned;
    bool found;
    if (!object_call_dunder(thread, value, thread->runtime->names.len, 0, NULL, &returned, &found)) return false;
    if (!found) return error_set(thread, &type_TypeError, "object of type '%s' has no len()", value_type_name(value));
    return length_from_result(thread, returned, result);
}

bool object_truthy(Thread *thread, Value value, bool *result) {
    switch (value.tag) {
    case VALUE_NONE:
    case VALUE_EMPTY: *result = false; return true;
    case VALUE_BOOL: *result = AS_BOOL(value); return true;
    case VALUE_INT: *result = AS_INT(value) != 0; return true;
    case VALUE_FLOAT: *result = AS_FLOAT(value) != 0.0; return true;
    case VALUE_OBJECT: break;
    }
    int64_t length;
    if (builtin_length(value, &length)) {
        *result = length > 0;
        return true;
    }
    Names *names = &thread->runtime->names;
    Value returned;
    bool found;
    if (!object_call_dunder(thread, value, names->dunder_bool, 0, NULL, &returned, &found)) return false;
    if (found) {
        if (!IS_BOOL(returned))
            return error_set(thread, &type_TypeError, "__bool__ should return bool, returned %s",
                             value_type_name(returned));
        *result = AS_BOOL(returned);
        return true;
    }
    if (!object_call_dunder(thread, value, names->len, 0, NULL, &returned, &found)) return false;
    if (!found) {
        *result = true;
        return true;
    }
    if (!length_from_result(thread, returned, &length)) return false;
    *result = length > 0;
    return true;
}

/* ---- Attributes ---- */

static bool missing_attribute(Thread *thread, Value object, Str *name) {
    if (IS_TYPE(object))
        return error_set(thread, &type_AttributeError, "type object '%s' has no attribute '%s'",
                         type_name(AS_TYPE(object)), name->chars);
    return error_set(thread, &type_AttributeError, "'%s' object has no attribute '%s'", value_type_name(object),
                     name->chars);
}

/* __getattribute__ (the C one when it is object's, type's, a module's or
 * super's), then __getattr__ when that raised AttributeError or found
 * nothing. With raise false an absent attribute is EMPTY, no error. */
static bool attribute_lookup(Thread *thread, Value object, Str *name, Value *result, bool raise) {
    Type *type = value_type(object);
    if (type == &type_module) return module_getattr(thread, object, name, result, raise);
    if (type == &type_super) return super_getattr(thread, object, name, result, raise);
    Names *names = &thread->runtime->names;
    AttributePlan plan;
    class_attribute_plan(thread, type, name, &plan);
    bool ok;
    if (plan.flags & PLAN_GENERIC_GET) {
        ok = generic_getattr_planned(thread, object, name, &plan, result, false);
    } else {
        Value getattribute = type_lookup(type, names->getattribute);
        if (class_is_native(getattribute, class_type_getattribute) && IS_TYPE(object)) {
            ok = type_getattr(thread, AS_TYPE(object), name, result, false);
        } else {
            Value argument = OBJECT_VALUE(name);
            ok = class_call_bound(thread, getattribute, object, 1, &argument, NULL, result);
        }
    }
    if (ok && !IS_EMPTY(*result)) return true;
    Value getattr = type_lookup(type, names->getattr);
    if (!ok && (IS_EMPTY(getattr) || !error_matches(thread, &type_AttributeError))) return false;
    if (!IS_EMPTY(getattr)) {
        error_clear(thread);
        Value argument = OBJECT_VALUE(name);
        return class_call_bound(thread, getattr, object, 1, &argument, NULL, result);
    }
    /* A bound method shows its function's own attributes (obj.f.tag). */
    if (type == &type_method) {
        if (!attribute_lookup(thread, AS_BOUND_METHOD(object)->function, name, result, false)) return false;
        if (!IS_EMPTY(*result)) return true;
    }
    *result = EMPTY_VALUE;
    return raise ? missing_attribute(thread, object, name) : true;
}

bool object_getattr(Thread *thread, Value object, Str *name, Value *result) {
    return attribute_lookup(thread, object, name, result, true);
}

bool object_getattr_optional(Thread *thread, Value object, Str *name, Value *result) {
    if (attribute_lookup(thread, object, name, result, false)) return true;
    if (!error_matches(thread, &type_AttributeError)) return false;
    error_clear(thread);
    *result = EMPTY_VALUE;
    return true;
}

/* Set (value) or delete (EMPTY) through __setattr__ / __delattr__. */
static bool attribute_store(Thread *thread, Value object, Str *name, Value value) {
    Type *type = value_type(object);
    if (type == &type_module) return module_setattr(thread, object, name, value);
    bool deleting = IS_EMPTY(value);
    AttributePlan plan;
    class_attribute_plan(thread, type, name, &plan);
    if (plan.flags & (deleting ? PLAN_GENERIC_DELETE : PLAN_GENERIC_SET))
        return generic_store_planned(thread, object, name, &plan, value);
    Names *names = &thread->runtime->names;
    Value method = type_lookup(type, deleting ? names->delattr : names->setattr);
    if (class_is_native(method, deleting ? class_type_delattr : class_type_setattr) && IS_TYPE(object))
        return type_setattr(thread, AS_TYPE(object), name, value);
    Value args[2] = {OBJECT_VALUE(name), value}, ignored;
    return class_call_bound(thread, method, object, deleting ? 1 : 2, args, NULL, &ignored);
}

bool object_setattr(Thread *thread, Value object, Str *name, Value value) {
    return attribute_store(thread, object, name, value);
}

bool object_delattr(Thread *thread, Value object, Str *name) {
    return attribute_store(thread, object, name, EMPTY_VALUE);
}

/* ---- Items ---- */

/* An in-range int index into an exact list or tuple, or NULL. */
static Value *sequence_slot(Value container, Value key) {
    if (!IS_INT(key) || !IS_OBJECT(container)) return NULL;
    Type *type = AS_OBJECT(container)->type;
    Value *items;
    int64_t count;
    if (type == &type_list) {
        items = AS_LIST(container)->items;
        count = (int64_t)AS_LIST(container)->count;
    } else if (type == &type_tuple) {
        items = AS_TUPLE(container)->items;
        count = (int64_t)AS_TUPLE(container)->count;
    } else {
        return NULL;
    }
    int64_t index = AS_INT(key);
    if (index < 0) index += count;
    return index >= 0 && index < count ? &items[index] : NULL;
}

/* C[key] on a class: its __class_getitem__, else not subscriptable. */
static bool class_subscript(Thread *thread, Type *type, Value key, Value *result) {
    Str *name = str_intern_c(thread, "__class_getitem__");
    Value method;
    if (name == NULL || !type_getattr(thread, type, name, &method, false)) return false;
    if (IS_EMPTY(method))
        return error_set(thread, &type_TypeError, "type '%s' is not subscriptable", type_name(type));
    if (!gc_push_root(thread, method)) return false;
    bool ok = object_call(thread, method, 1, &key, NULL, result);
    gc_pop_roots(thread, 1);
    return ok;
}

bool object_getitem(Thread *thread, Value container, Value key, Value *result) {
    Value *slot = sequence_slot(container, key);
    if (slot != NULL) {
        *result = *slot;
        return true;
    }
    if (value_is_exact(container, &type_dict) && IS_OBJECT(key) && AS_OBJECT(key)->type == &type_str) {
        Value found = dict_get_str(AS_DICT(container), AS_STR(key));
        if (!IS_EMPTY(found)) {
            *result = found;
            return true;
        }
    }
    bool found;
    if (!object_call_dunder(thread, container, thread->runtime->names.getitem, 1, &key, result, &found)) return false;
    if (found) return true;
    if (IS_TYPE(container)) return class_subscript(thread, AS_TYPE(container), key, result);
    return error_set(thread, &type_TypeError, "'%s' object is not subscriptable", value_type_name(container));
}

bool object_setitem(Thread *thread, Value container, Value key, Value value) {
    if (value_is_exact(container, &type_list)) {
        Value *slot = sequence_slot(container, key);
        if (slot != NULL) {
            *slot = value;
            return true;
        }
    }
    if (value_is_exact(container, &type_dict)) return dict_set(thread, AS_DICT(container), key, value);
    Value args[2] = {key, value}, ignored;
    bool found;
    if (!object_call_dunder(thread, container, thread->runtime->names.setitem, 2, args, &ignored, &found))
        return false;
    if (found) return true;
    return error_set(thread, &type_TypeError, "'%s' object does not support item assignment",
                     value_type_name(container));
}

bool object_delitem(Thread *thread, Value container, Value key) {
    Value ignored;
    bool found;
    if (!object_call_dunder(thread, container, thread->runtime->names.delitem, 1, &key, &ignored, &found))
        return false;
    if (found) return true;
    return error_set(thread, &type_TypeError, "'%s' object doesn't support item deletion",
                     value_type_name(container));
}

/* `item in container` by iterating (no __contains__). */
static bool contains_by_iteration(Thread *thread, Value container, Value item, bool *result) {
    Names *names = &thread->runtime->names;
    Type *type = value_type(container);
    if (IS_EMPTY(type_lookup(type, names->iter)) && IS_EMPTY(type_lookup(type, names->getitem)))
        return error_set(thread, &type_TypeError, "argument of type '%s' is not iterable", type_name(type));
    Value iterator;
    if (!object_get_iter(thread, container, &iterator) || !gc_push_root(thread, iterator)) return false;
    bool ok = true;
    *result = false;
    for (;;) {
        Value next;
        if (!(ok = object_iter_next(thread, iterator, &next)) || IS_EMPTY(next)) break;
        if (!(ok = gc_push_root(thread, next))) break;
        ok = object_equal(thread, next, item, result);
        gc_pop_roots(thread, 1);
        if (!ok || *result) break;
    }
    gc_pop_roots(thread, 1);
    return ok;
}

bool object_contains(Thread *thread, Value container, Value item, bool *result) {
    Type *type = value_type(container);
    if (type == &type_dict) {
        Value found;
        if (!dict_get(thread, AS_DICT(container), item, &found)) return false;
        *result = !IS_EMPTY(found);
        return true;
    }
    if (type == &type_set || type == &type_frozenset) return set_contains(thread, AS_SET(container), item, result);
    Value returned;
    bool found;
    if (!object_call_dunder(thread, container, thread->runtime->names.contains, 1, &item, &returned, &found))
        return false;
    if (found) return object_truthy(thread, returned, result);
    return contains_by_iteration(thread, container, item, result);
}

/* ---- isinstance, issubclass ---- */

/* Check `type` against a class or a (nested) tuple of classes; *valid is
 * false when classinfo holds something else. Nested tuples recurse, so the
 * depth is guarded ("in __instancecheck__"). */
static bool class_info_match(Thread *thread, Type *type, Value classinfo, const char *where, bool *result,
                             bool *valid) {
    if (IS_TYPE(classinfo)) {
        if (type_is_subtype(type, AS_TYPE(classinfo))) *result = true;
        return true;
    }
    if (!value_is_instance(classinfo, &type_tuple)) {
        *valid = false;
        return true;
    }
    if (!object_enter_recursion(thread, where)) return false;
    Tuple *tuple = AS_TUPLE(classinfo);
    bool ok = true;
    for (size_t i = 0; ok && i < tuple->count && !*result && *valid; i++)
        ok = class_info_match(thread, type, tuple->items[i], where, result, valid);
    object_leave_recursion(thread);
    return ok;
}

bool object_isinstance(Thread *thread, Value value, Value classinfo, bool *result) {
    bool valid = true;
    *result = false;
    if (!class_info_match(thread, value_type(value), classinfo, " in __instancecheck__", result, &valid)) return false;
    if (!valid && !*result)
        return error_set(thread, &type_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return true;
}

bool object_issubclass(Thread *thread, Value cls, Value classinfo, bool *result) {
    if (!IS_TYPE(cls)) return error_set(thread, &type_TypeError, "issubclass() arg 1 must be a class");
    bool valid = true;
    *result = false;
    if (!class_info_match(thread, AS_TYPE(cls), classinfo, " in __subclasscheck__", result, &valid)) return false;
    if (!valid && !*result)
        return error_set(thread, &type_TypeError,
                         "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return true;
}

/* ---- The repr recursion guard ---- */

int object_repr_enter(Thread *thread, Value container) {
    if (thread->repr_in_progress == NULL && (thread->repr_in_progress = list_new(thread, 8)) == NULL) return -1;
    List *list = thread->repr_in_progress;
    for (size_t i = 0; i < list->count; i++)
        if (value_is(list->items[i], container)) return 1;
    return list_append(thread, list, container) ? 0 : -1;
}

void object_repr_leave(Thread *thread, Value container) {
    List *list = thread->repr_in_progress;
    if (list == NULL) return;
    for (size_t i = list->count; i-- > 0;) {
        if (!value_is(list->items[i], container)) continue;
        memmove(&list->items[i], &list->items[i + 1], (list->count - i - 1) * sizeof(Value));
        list->count--;
        return;
    }
}
