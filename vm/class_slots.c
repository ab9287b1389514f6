/* class_slots.c: __slots__, and the member descriptors that serve them.
 *
 * A class whose body sets __slots__ (and derives from object, or from
 * classes that do) keeps those attributes in fixed Value cells after the
 * Instance header instead of in a __dict__: its instance_size grows by one
 * Value per slot (a subclass's slots follow its base's), its trace marks
 * them, and unless "__dict__" is among the slots or a base already has one
 * its instances get no __dict__ at all, so other attributes are refused
 * ("'Point' object has no attribute 'z'"). Each slot name is bound in the
 * class to a member_descriptor, a data descriptor that reads and writes
 * its cell: <member 'x' of 'Point' objects>. A cell still EMPTY (the
 * zero-filled allocation) is an unset attribute. */
#include <string.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

typedef struct MemberDescriptor {
    Object header;
    Str *name;    /* the (mangled) slot name */
    Type *owner;  /* the class whose __slots__ declared it */
    size_t index; /* the cell after the Instance header */
} MemberDescriptor;

#define AS_MEMBER(v) ((MemberDescriptor *)AS_OBJECT(v))

/* The Value cells of an instance with slots, and how many there are. */
static Value *slots_cells(Object *object, size_t *count) {
    *count = (object->type->instance_size - sizeof(Instance)) / sizeof(Value);
    return (Value *)((char *)object + sizeof(Instance));
}

void class_slots_trace(Object *object, GcTracer *tracer) {
    gc_mark_object(tracer, (Object *)((Instance *)object)->dict);
    size_t count;
    Value *cells = slots_cells(object, &count);
    gc_mark_values(tracer, cells, count);
}

static void member_trace(Object *object, GcTracer *tracer) {
    MemberDescriptor *member = (MemberDescriptor *)object;
    gc_mark_object(tracer, (Object *)member->name);
    gc_mark_object(tracer, (Object *)member->owner);
}

Type type_member_descriptor = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "member_descriptor",
    .base = &type_object,
    .instance_size = sizeof(MemberDescriptor),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = member_trace,
};

/* The cell of `member` in `instance`, or TypeError when the instance is
 * not of the class that declared the slot. */
static bool member_cell(Thread *thread, MemberDescriptor *member, Value instance, Value **cell) {
    if (!value_is_instance(instance, member->owner))
        return error_set(thread, &type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         member->name->chars, type_name(member->owner), value_type_name(instance));
    size_t count;
    *cell = slots_cells(AS_OBJECT(instance), &count) + member->index;
    return true;
}

bool member_get(Thread *thread, Value descriptor, Value instance, Value *result) {
    MemberDescriptor *member = AS_MEMBER(descriptor);
    Value *cell;
    if (!member_cell(thread, member, instance, &cell)) return false;
    if (IS_EMPTY(*cell)) {
        error_set(thread, &type_AttributeError, "'%s' object has no attribute '%s'", value_type_name(instance),
                  member->name->chars);
        error_attach_name(thread, member->name, instance);
        return false;
    }
    *result = *cell;
    return true;
}

/* Store `value` in the slot, or delete it when value is EMPTY (an unset
 * slot then raises AttributeError naming just the attribute, as CPython). */
bool member_set(Thread *thread, Value descriptor, Value instance, Value value) {
    MemberDescriptor *member = AS_MEMBER(descriptor);
    Value *cell;
    if (!member_cell(thread, member, instance, &cell)) return false;
    if (IS_EMPTY(value) && IS_EMPTY(*cell)) return error_set(thread, &type_AttributeError, "%s", member->name->chars);
    *cell = value;
    return true;
}

static bool member_check_self(Thread *thread, const char *name, int argc, Value *argv, Tuple *kwnames, int min,
                              int max) {
    if (argc < 1 || !value_is_instance(argv[0], &type_member_descriptor))
        return error_set(thread, &type_TypeError, "descriptor '%s' requires a 'member_descriptor' object", name);
    return error_check_no_kwargs(thread, name, kwnames) && error_check_argc(thread, name, argc - 1, min, max);
}

/* __get__(instance, owner=None): the descriptor itself on the class. */
static bool member_get_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!member_check_self(thread, "__get__", argc, argv, kwnames, 1, 2)) return false;
    if (IS_NONE(argv[1])) {
        *result = argv[0];
        return true;
    }
    return member_get(thread, argv[0], argv[1], result);
}

static bool member_set_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!member_check_self(thread, "__set__", argc, argv, kwnames, 2, 2)) return false;
    *result = NONE_VALUE;
    return member_set(thread, argv[0], argv[1], argv[2]);
}

static bool member_delete_method(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!member_check_self(thread, "__delete__", argc, argv, kwnames, 1, 1)) return false;
    *result = NONE_VALUE;
    return member_set(thread, argv[0], argv[1], EMPTY_VALUE);
}

static bool member_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!member_check_self(thread, "__repr__", argc, argv, kwnames, 0, 0)) return false;
    MemberDescriptor *member = AS_MEMBER(argv[0]);
    Str *repr = str_printf(thread, "<member '%s' of '%s' objects>", member->name->chars, type_name(member->owner));
    if (repr == NULL) return false;
    *result = OBJECT_VALUE(repr);
    return true;
}

static bool member_get_name(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(AS_MEMBER(self)->name);
    return true;
}

static bool member_get_objclass(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(AS_MEMBER(self)->owner);
    return true;
}

static const MethodDef member_methods[] = {
    {"__get__", member_get_method},
    {"__set__", member_set_method},
    {"__delete__", member_delete_method},
    {"__repr__", member_repr},
    {NULL, NULL},
};

static const GetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL},
    {"__qualname__", member_get_name, NULL},
    {"__objclass__", member_get_objclass, NULL},
    {NULL, NULL, NULL},
};

void class_slots_init_type(Thread *thread) {
    type_ready(thread, &type_member_descriptor);
    type_add_methods(thread, &type_member_descriptor, member_methods);
    type_add_getsets(thread, &type_member_descriptor, member_getsets);
}

/* ---- Making a class with __slots__ ---- */

/* A private name (__x, not __x__) as the compiler mangles it in the class
 * body: _Class__x, the class name stripped of leading underscores. */
static Str *slots_mangle(Thread *thread, Type *type, Str *name) {
    size_t length = name->length;
    bool private = length > 2 && name->chars[0] == '_' && name->chars[1] == '_' &&
                   !(name->chars[length - 1] == '_' && name->chars[length - 2] == '_');
    const char *class_name = type->name->chars;
    while (*class_name == '_') class_name++;
    if (!private || *class_name == '\0') return str_intern_str(thread, name);
    Str *mangled = str_printf(thread, "_%s%s", class_name, name->chars);
    return mangled == NULL ? NULL : str_intern_str(thread, mangled);
}

/* Bind one slot name to a new member descriptor in the namespace. */
static bool slots_add_member(Thread *thread, Type *type, Dict *namespace, Str *name, size_t index) {
    if (!IS_EMPTY(dict_get_str(namespace, name)))
        return error_set(thread, &type_ValueError, "'%s' in __slots__ conflicts with class variable", name->chars);
    MemberDescriptor *member = ALLOCATE_OBJECT(thread, MemberDescriptor, &type_member_descriptor);
    if (member == NULL) return false;
    member->name = name;
    member->owner = type;
    member->index = index;
    return dict_set_str(thread, namespace, name, OBJECT_VALUE(member));
}

/* The slot names: a single str, or an iterable of strs (collected into a
 * tuple, which also keeps them reachable). */
static bool slots_names(Thread *thread, Value slots, Tuple **names) {
    if (IS_STR(slots)) {
        *names = tuple_from_array(thread, &slots, 1);
        return *names != NULL;
    }
    if (!tuple_from_iterable(thread, slots, names)) return false;
    for (size_t i = 0; i < (*names)->count; i++) {
        Value item = (*names)->items[i];
        if (!IS_STR(item))
            return error_set(thread, &type_TypeError, "__slots__ items must be strings, not '%s'", value_type_name(item));
        if (!str_is_identifier(AS_STR(item)))
            return error_set(thread, &type_TypeError, "__slots__ must be identifiers");
    }
    return true;
}

bool class_apply_slots(Thread *thread, Type *type, Dict *namespace, bool base_has_dict) {
    Str *slots_name = str_intern_c(thread, "__slots__");
    if (slots_name == NULL) return false;
    Value slots = dict_get_str(namespace, slots_name);
    if (IS_EMPTY(slots)) {
        if (type->trace == class_slots_trace) type->flags |= TYPE_HAS_DICT; /* a subclass without __slots__ */
        return true;
    }
    Tuple *names;
    Value roots[2] = {OBJECT_VALUE(type), OBJECT_VALUE(namespace)}; /* iterating may run Python code */
    if (!gc_push_roots(thread, roots, 2)) return false;
    bool ok = slots_names(thread, slots, &names);
    gc_pop_roots(thread, 2);
    if (!ok) return false;
    bool wants_dict = false;
    size_t index = (type->instance_size - sizeof(Instance)) / sizeof(Value);
    for (size_t i = 0; i < names->count; i++) {
        Str *name = AS_STR(names->items[i]);
        if (strcmp(name->chars, "__dict__") == 0) {
            wants_dict = true;
            continue;
        }
        if (strcmp(name->chars, "__weakref__") == 0) continue;
        Str *mangled = slots_mangle(thread, type, name);
        if (mangled == NULL || !slots_add_member(thread, type, namespace, mangled, index++)) return false;
    }
    type->instance_size = sizeof(Instance) + index * sizeof(Value);
    type->trace = class_slots_trace;
    if (base_has_dict || wants_dict) type->flags |= TYPE_HAS_DICT;
    else type->flags &= ~(uint32_t)TYPE_HAS_DICT;
    return true;
}
