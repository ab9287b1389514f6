/* class_attribute.c: the attribute protocol, as CPython's
 * object.__getattribute__ / __setattr__ / __delattr__ and type's.
 *
 * An attribute found on the class is looked at first: a data descriptor
 * (property, getset, or an object whose class defines __set__/__delete__)
 * wins over the instance dict; otherwise the instance dict wins, and a
 * class attribute is bound by class_bind (functions become bound methods).
 * On a class object the metatype (`type`) plays the class's part.
 * class_lookup_method is LOAD_METHOD's shortcut that skips making a bound
 * method. */
#include "class.h"

#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "module.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- The lookup cache ----
 *
 * type_lookup runs for every attribute access, method call and operator on
 * an object, and walking the MRO's dicts is most of its cost. A
 * direct-mapped cache remembers each (class, interned name) answer, absent
 * names included. An entry is valid while nothing changed: the epoch counts
 * changes of any class dict (type_modified, so a change in a base reaches
 * every subclass at once), and the class's own dict version catches start-up
 * code that fills built-in types' dicts directly.
 *
 * The cache is process-wide, as the static types are, and only the thread
 * holding the GIL touches it. It is a root of the collector: lookup_root is
 * a static object registered with the static types whose (private) type's
 * trace marks the valid entries and empties the stale ones, so a cached
 * class, name or value is never freed while an entry points at it. */

#define LOOKUP_CACHE_BITS 10
#define LOOKUP_CACHE_SIZE (1u << LOOKUP_CACHE_BITS)

typedef struct LookupEntry {
    Type *type;            /* the class looked in; NULL when the entry is free */
    Str *name;             /* the interned name looked up */
    uint64_t epoch;        /* lookup_epoch when the entry was filled */
    uint64_t dict_version; /* type->dict->version then */
    Value value;           /* the answer; EMPTY for an absent name */
    Type *owner;           /* the class of the MRO that holds it */
    uint32_t plan;         /* PLAN_* bits once PLAN_KNOWN is set (class_attribute_plan) */
} LookupEntry;

static LookupEntry lookup_entries[LOOKUP_CACHE_SIZE];
uint64_t class_lookup_epoch = 1; /* entries filled in another epoch are stale */

static bool lookup_entry_valid(const LookupEntry *entry) {
    return entry->type != NULL && entry->epoch == class_lookup_epoch && entry->type->dict != NULL &&
           entry->dict_version == entry->type->dict->version;
}

/* Mark what the valid entries hold; drop the others. */
static void lookup_cache_trace(Object *object, GcTracer *tracer) {
    (void)object;
    for (size_t i = 0; i < LOOKUP_CACHE_SIZE; i++) {
        LookupEntry *entry = &lookup_entries[i];
        if (!lookup_entry_valid(entry)) {
            entry->type = NULL;
            continue;
        }
        gc_mark_object(tracer, &entry->type->header);
        gc_mark_object(tracer, &entry->name->header);
        gc_mark_value(tracer, entry->value);
        gc_mark_object(tracer, (Object *)entry->owner);
    }
}

/* The private type of lookup_root: only its trace matters. */
static Type lookup_cache_type = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "lookup_cache",
    .base = &type_object,
    .flags = TYPE_ABSTRACT_NEW,
    .trace = lookup_cache_trace,
};

/* Registered as a static type so the collector visits it at every
 * collection; it stands for the whole cache. */
static Type lookup_root = {
    .header = {.type = &lookup_cache_type, .flags = OBJECT_STATIC},
    .c_name = "lookup_cache_root",
};

void type_lookup_cache_init(Thread *thread) {
    memset(lookup_entries, 0, sizeof lookup_entries);
    class_lookup_epoch++;
    runtime_register_static_type(thread, &lookup_root);
}

void type_modified(Type *type) {
    type->version++;
    class_lookup_epoch++;
}

/* The MRO walk itself. */
static Value type_lookup_walk(Type *type, Str *name, Type **owner) {
    for (Type *t = type; t != NULL; t = t->base) {
        if (t->dict == NULL) continue;
        Value value = dict_get_str(t->dict, name);
        if (!IS_EMPTY(value)) {
            *owner = t;
            return value;
        }
    }
    *owner = NULL;
    return EMPTY_VALUE;
}

static inline LookupEntry *lookup_slot(Type *type, Str *name) {
    uint64_t key = ((uint64_t)(uintptr_t)type >> 4) ^ ((uint64_t)(uintptr_t)name << 7);
    return &lookup_entries[(key * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - LOOKUP_CACHE_BITS)];
}

/* The cache's entry for (type, name) when it holds a valid answer, else
 * NULL. Kept tiny: it is the hit path of every attribute access. */
static inline LookupEntry *lookup_probe(Type *type, Str *name) {
    LookupEntry *entry = lookup_slot(type, name);
    if (entry->type == type && entry->name == name && entry->epoch == class_lookup_epoch && type->dict != NULL &&
        entry->dict_version == type->dict->version)
        return entry;
    return NULL;
}

/* Walk the MRO and remember the answer (the plan is not known yet). */
static LookupEntry *lookup_fill(Type *type, Str *name) {
    Type *owner;
    Value value = type_lookup_walk(type, name, &owner);
    LookupEntry *entry = lookup_slot(type, name);
    *entry = (LookupEntry){type, name, class_lookup_epoch, type->dict->version, value, owner, 0};
    return entry;
}

Value type_lookup_owner(Type *type, Str *name, Type **owner) {
    LookupEntry *entry = lookup_probe(type, name);
    if (entry == NULL) {
        if (!name->is_interned || type->dict == NULL) {
            Type *found_owner;
            Value value = type_lookup_walk(type, name, &found_owner);
            if (owner != NULL && found_owner != NULL) *owner = found_owner;
            return value;
        }
        entry = lookup_fill(type, name);
    }
    if (owner != NULL && entry->owner != NULL) *owner = entry->owner;
    return entry->value;
}

Value type_lookup(Type *type, Str *name) { return type_lookup_owner(type, name, NULL); }

/* ---- Instance dicts ---- */

Dict **object_instance_dict_slot(Value object) {
    if (!IS_OBJECT(object)) return NULL;
    Object *o = AS_OBJECT(object);
    if (o->type->flags & TYPE_EXCEPTION) return &((ExceptionObject *)o)->dict;
    if (o->type->flags & TYPE_HAS_DICT) return &((Instance *)o)->dict;
    if (o->type == &type_function) return &((Function *)o)->dict; /* f.calls = 0 */
    /* Built-in types other than module keep no dict (subclasses are heap types). */
    if (!(o->type->flags & TYPE_HEAPTYPE) && o->type != &type_module) return NULL;
    if (type_is_subtype(o->type, &type_module)) return &((Module *)o)->dict;
    if (o->type->trace == str_subclass_trace) return str_subclass_dict_slot((Str *)o);
    return class_trailing_dict_slot(o);
}

Dict *object_instance_dict(Value object) {
    Dict **slot = object_instance_dict_slot(object);
    return slot != NULL ? *slot : NULL;
}

Dict *object_instance_dict_make(Thread *thread, Value object) {
    Dict **slot = object_instance_dict_slot(object);
    if (slot == NULL) return NULL;
    if (*slot == NULL) *slot = dict_new(thread);
    return *slot;
}

/* ---- Descriptors ---- */

static bool is_native(Value value) {
    if (!IS_OBJECT(value)) return false;
    Type *type = AS_OBJECT(value)->type;
    return type == &type_native_function || type == &type_method_descriptor;
}

/* A native found in a built-in type's dict: binds to the instance. */
static bool is_method_descriptor(Value value) {
    return is_native(value) && (AS_NATIVE(value)->header.type == &type_method_descriptor ||
                                (AS_NATIVE(value)->owner != NULL && IS_EMPTY(AS_NATIVE(value)->self)));
}

bool class_is_data_descriptor(Thread *thread, Value attribute) {
    if (!IS_OBJECT(attribute)) return false;
    Type *type = AS_OBJECT(attribute)->type;
    if (type == &type_property || type == &type_getset || type == &type_member_descriptor) return true;
    if (type == &type_function || type == &type_native_function || type == &type_method_descriptor ||
        type == &type_staticmethod || type == &type_classmethod || type == &type_str || type == &type_type)
        return false;
    Names *names = &thread->runtime->names;
    return !IS_EMPTY(type_lookup(type, names->set)) || !IS_EMPTY(type_lookup(type, names->delete));
}

bool class_bind(Thread *thread, Value attribute, Value instance, Type *owner, Value *result) {
    *result = attribute;
    if (!IS_OBJECT(attribute)) return true;
    Type *type = AS_OBJECT(attribute)->type;
    if (type == &type_function) {
        if (IS_EMPTY(instance)) return true;
        BoundMethod *method = bound_method_new(thread, attribute, instance);
        if (method == NULL) return false;
        *result = OBJECT_VALUE(method);
        return true;
    }
    if (is_native(attribute)) {
        if (IS_EMPTY(instance) || !is_method_descriptor(attribute)) return true;
        NativeFunction *unbound = AS_NATIVE(attribute);
        NativeFunction *bound = native_new(thread, unbound->name, unbound->function, instance);
        if (bound == NULL) return false;
        bound->owner = unbound->owner;
        *result = OBJECT_VALUE(bound);
        return true;
    }
    if (type == &type_staticmethod) {
        *result = ((MethodWrapper *)AS_OBJECT(attribute))->function;
        return true;
    }
    if (type == &type_classmethod) {
        BoundMethod *method = bound_method_new(thread, ((MethodWrapper *)AS_OBJECT(attribute))->function,
                                               OBJECT_VALUE(owner));
        if (method == NULL) return false;
        *result = OBJECT_VALUE(method);
        return true;
    }
    if (type == &type_property) {
        if (IS_EMPTY(instance)) return true;
        return property_get(thread, (Property *)AS_OBJECT(attribute), instance, result);
    }
    if (type == &type_getset) {
        if (IS_EMPTY(instance)) return true;
        return ((GetSet *)AS_OBJECT(attribute))->def->get(thread, instance, result);
    }
    if (type == &type_member_descriptor) return IS_EMPTY(instance) || member_get(thread, attribute, instance, result);
    if (type == &type_str || type == &type_type) return true;
    Value get = type_lookup(type, thread->runtime->names.get);
    if (IS_EMPTY(get)) return true;
    Value args[2] = {IS_EMPTY(instance) ? NONE_VALUE : instance, OBJECT_VALUE(owner)};
    return class_call_bound(thread, get, attribute, 2, args, NULL, result);
}

bool class_call_bound(Thread *thread, Value attribute, Value self, int argc, Value *argv, Tuple *kwnames,
                      Value *result) {
    if (value_is_exact(attribute, &type_function) || is_method_descriptor(attribute))
        return object_call_with_self(thread, attribute, self, argc, argv, kwnames, result);
    if (value_is_exact(attribute, &type_staticmethod))
        return object_call(thread, ((MethodWrapper *)AS_OBJECT(attribute))->function, argc, argv, kwnames, result);
    Value bound;
    if (!class_bind(thread, attribute, self, value_type(self), &bound)) return false;
    if (!gc_push_root(thread, bound)) return false;
    bool ok = object_call(thread, bound, argc, argv, kwnames, result);
    gc_pop_roots(thread, 1);
    return ok;
}

/* Set (value) or delete (EMPTY) through a data descriptor. */
static bool descriptor_set(Thread *thread, Value descriptor, Value instance, Value value) {
    Type *type = AS_OBJECT(descriptor)->type;
    if (type == &type_property) return property_set(thread, (Property *)AS_OBJECT(descriptor), instance, value);
    if (type == &type_member_descriptor) return member_set(thread, descriptor, instance, value);
    if (type == &type_getset) {
        GetSet *getset = (GetSet *)AS_OBJECT(descriptor);
        if (getset->def->set == NULL)
            return error_set(thread, &type_AttributeError, "attribute '%s' of '%s' objects is not writable",
                             getset->def->name, type_name(getset->owner));
        return getset->def->set(thread, instance, value);
    }
    Names *names = &thread->runtime->names;
    Str *method_name = IS_EMPTY(value) ? names->delete : names->set;
    Value method = type_lookup(type, method_name);
    if (IS_EMPTY(method)) return error_set(thread, &type_AttributeError, "%s", method_name->chars);
    Value args[2] = {instance, value}, ignored;
    return class_call_bound(thread, method, descriptor, IS_EMPTY(value) ? 1 : 2, args, NULL, &ignored);
}

/* ---- Attribute plans ---- */

/* The PLAN_* bits for `attribute`, found for a name on `type`. */
static uint32_t plan_compute(Thread *thread, Type *type, Value attribute) {
    Names *names = &thread->runtime->names;
    uint32_t flags = PLAN_KNOWN;
    if (class_is_native(type_lookup(type, names->getattribute), class_object_getattribute)) flags |= PLAN_GENERIC_GET;
    if (class_is_native(type_lookup(type, names->setattr), class_object_setattr)) flags |= PLAN_GENERIC_SET;
    if (class_is_native(type_lookup(type, names->delattr), class_object_delattr)) flags |= PLAN_GENERIC_DELETE;
    if (IS_EMPTY(attribute)) return flags;
    if (class_is_data_descriptor(thread, attribute)) return flags | PLAN_DATA_DESCRIPTOR;
    if (value_is_exact(attribute, &type_function) || is_method_descriptor(attribute)) flags |= PLAN_METHOD;
    return flags;
}

void class_attribute_plan(Thread *thread, Type *type, Str *name, AttributePlan *plan) {
    LookupEntry *entry = lookup_probe(type, name);
    if (entry != NULL && entry->plan != 0) {
        *plan = (AttributePlan){entry->value, entry->owner, entry->plan};
        return;
    }
    Type *owner = NULL;
    Value attribute = type_lookup_owner(type, name, &owner);
    uint32_t flags = plan_compute(thread, type, attribute);
    /* The lookups of the dunders may have taken the entry's slot. */
    entry = lookup_probe(type, name);
    if (entry != NULL) entry->plan = flags;
    *plan = (AttributePlan){attribute, owner, flags};
}

/* Where the instance dict of `object` lives (the dict may not exist yet)
 * when the cached plan for `name` lets an access go straight to it (bits
 * `wanted` set, no data descriptor); NULL otherwise. */
static inline Dict **plain_instance_dict_slot(Value object, Str *name, uint32_t wanted) {
    if (!IS_OBJECT(object)) return NULL;
    Type *type = AS_OBJECT(object)->type;
    if (!(type->flags & TYPE_HAS_DICT) || (type->flags & TYPE_EXCEPTION)) return NULL;
    LookupEntry *entry = lookup_probe(type, name);
    if (entry == NULL || (entry->plan & (wanted | PLAN_DATA_DESCRIPTOR)) != wanted) return NULL;
    return &((Instance *)AS_OBJECT(object))->dict;
}

/* Remember where `name` sat in the instance dict of `object` (whose plan
 * allows `operation`), for the next LOAD_ATTR/STORE_ATTR of that name in
 * `code`. Without memory for the memo, nothing is remembered. */
static void attribute_cache_fill(Code *code, int name_index, Value object, Dict *dict, Str *name,
                                 uint32_t operation) {
    int64_t entry = dict_find_str(dict, name);
    if (entry < 0 || entry > (int64_t)UINT32_MAX) return;
    if (code->attribute_cache == NULL) {
        code->attribute_cache = calloc(code->names->count, sizeof(AttributeCacheEntry));
        if (code->attribute_cache == NULL) return;
    }
    Type *type = AS_OBJECT(object)->type;
    AttributeCacheEntry *cache = &code->attribute_cache[name_index];
    uint32_t operations = operation;
    if (cache->type == type && cache->epoch == class_lookup_epoch && cache->dict_version == type->dict->version &&
        cache->entry == (uint32_t)entry)
        operations |= cache->operations & (ATTRIBUTE_CACHE_LOAD | ATTRIBUTE_CACHE_STORE);
    *cache = (AttributeCacheEntry){type, class_lookup_epoch, type->dict->version, (uint32_t)entry, operations,
                                   EMPTY_VALUE};
}

bool class_instance_attribute(Code *code, int name_index, Value object, Value *result) {
    Str *name = AS_STR(code->names->items[name_index]);
    Dict **slot = plain_instance_dict_slot(object, name, PLAN_GENERIC_GET);
    Dict *dict = slot != NULL ? *slot : NULL;
    if (dict == NULL) return false;
    Value value = dict_get_str(dict, name);
    if (IS_EMPTY(value)) return false;
    attribute_cache_fill(code, name_index, object, dict, name, ATTRIBUTE_CACHE_LOAD);
    *result = value;
    return true;
}

/* The instance dict of `object` when the memo says the plan for name
 * `name_index` is the plain store and the name goes next in its instance
 * dict: a new instance getting its attributes in the order the earlier
 * ones got them (`*dict` may be NULL: the instance has none yet). */
static bool store_appends(const Code *code, int name_index, Value object, Dict ***slot) {
    const AttributeCacheEntry *cache = class_attribute_memo(code, name_index, object, ATTRIBUTE_CACHE_STORE);
    if (cache == NULL) return false;
    *slot = &((Instance *)AS_OBJECT(object))->dict;
    return (**slot == NULL ? 0 : (**slot)->entry_count) == cache->entry;
}

int class_instance_store(Thread *thread, Code *code, int name_index, Value object, Value value) {
    Str *name = AS_STR(code->names->items[name_index]);
    Dict **slot;
    if (store_appends(code, name_index, object, &slot)) {
        if (*slot == NULL && (*slot = dict_new(thread)) == NULL) return -1;
        return dict_set_str(thread, *slot, name, value) ? 1 : -1;
    }
    slot = plain_instance_dict_slot(object, name, PLAN_GENERIC_SET);
    if (slot == NULL) return 0;
    if (*slot == NULL && (*slot = dict_new(thread)) == NULL) return -1; /* the first attribute of an instance */
    Dict *dict = *slot;
    if (!dict_set_str(thread, dict, name, value)) return -1;
    attribute_cache_fill(code, name_index, object, dict, name, ATTRIBUTE_CACHE_STORE);
    return 1;
}

/* ---- The generic protocol ---- */

bool generic_getattr_planned(Thread *thread, Value object, Str *name, const AttributePlan *plan, Value *result,
                             bool raise) {
    Type *type = value_type(object);
    if (plan->flags & PLAN_DATA_DESCRIPTOR) return class_bind(thread, plan->attribute, object, type, result);
    Dict *dict = object_instance_dict(object);
    if (dict != NULL) {
        Value value = dict_get_str(dict, name);
        if (!IS_EMPTY(value)) {
            *result = value;
            return true;
        }
    }
    if (!IS_EMPTY(plan->attribute)) return class_bind(thread, plan->attribute, object, type, result);
    *result = EMPTY_VALUE;
    if (!raise) return true;
    return error_set(thread, &type_AttributeError, "'%s' object has no attribute '%s'", type_name(type), name->chars);
}

bool generic_getattr_optional(Thread *thread, Value object, Str *name, Value *result, bool raise) {
    AttributePlan plan;
    class_attribute_plan(thread, value_type(object), name, &plan);
    return generic_getattr_planned(thread, object, name, &plan, result, raise);
}

bool generic_getattr(Thread *thread, Value object, Str *name, Value *result) {
    return generic_getattr_optional(thread, object, name, result, true);
}

bool generic_store_planned(Thread *thread, Value object, Str *name, const AttributePlan *plan, Value value) {
    Type *type = value_type(object);
    if (plan->flags & PLAN_DATA_DESCRIPTOR) return descriptor_set(thread, plan->attribute, object, value);
    Dict *dict = IS_EMPTY(value) ? object_instance_dict(object) : object_instance_dict_make(thread, object);
    if (dict == NULL && error_occurred(thread)) return false;
    if (dict != NULL) {
        if (!IS_EMPTY(value)) return dict_set_str(thread, dict, name, value);
        if (dict_delete_str(dict, name)) return true;
    }
    if (!IS_EMPTY(plan->attribute) && object_instance_dict_slot(object) == NULL)
        return error_set(thread, &type_AttributeError, "'%s' object attribute '%s' is read-only", type_name(type),
                         name->chars);
    return error_set(thread, &type_AttributeError, "'%s' object has no attribute '%s'", type_name(type), name->chars);
}

/* Setting (value) or deleting (EMPTY) an instance attribute. */
static bool generic_store(Thread *thread, Value object, Str *name, Value value) {
    AttributePlan plan;
    class_attribute_plan(thread, value_type(object), name, &plan);
    return generic_store_planned(thread, object, name, &plan, value);
}

bool generic_setattr(Thread *thread, Value object, Str *name, Value value) {
    return generic_store(thread, object, name, value);
}

bool generic_delattr(Thread *thread, Value object, Str *name) { return generic_store(thread, object, name, EMPTY_VALUE); }

/* ---- Attributes of classes ---- */

bool type_getattr(Thread *thread, Type *type, Str *name, Value *result, bool raise) {
    Value self = OBJECT_VALUE(type);
    Type *meta = type->header.type;
    Value meta_attribute = type_lookup(meta, name);
    if (!IS_EMPTY(meta_attribute) && class_is_data_descriptor(thread, meta_attribute))
        return class_bind(thread, meta_attribute, self, meta, result);
    Value attribute = type_lookup(type, name);
    if (!IS_EMPTY(attribute)) return class_bind(thread, attribute, EMPTY_VALUE, type, result);
    if (!IS_EMPTY(meta_attribute)) return class_bind(thread, meta_attribute, self, meta, result);
    *result = EMPTY_VALUE;
    if (!raise) return true;
    return error_set(thread, &type_AttributeError, "type object '%s' has no attribute '%s'", type_name(type),
                     name->chars);
}

/* Setting (value) or deleting (EMPTY) a class attribute. */
bool type_setattr(Thread *thread, Type *type, Str *name, Value value) {
    Value meta_attribute = type_lookup(type->header.type, name);
    if (!IS_EMPTY(meta_attribute) && class_is_data_descriptor(thread, meta_attribute))
        return descriptor_set(thread, meta_attribute, OBJECT_VALUE(type), value);
    if (!(type->flags & TYPE_HEAPTYPE))
        return error_set(thread, &type_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->chars,
                         type_name(type));
    type_modified(type);
    if (!IS_EMPTY(value)) return dict_set_str(thread, type->dict, name, value);
    if (dict_delete_str(type->dict, name)) return true;
    return error_set(thread, &type_AttributeError, "type object '%s' has no attribute '%s'", type_name(type),
                     name->chars);
}

static bool attribute_name(Thread *thread, Value name) {
    if (IS_STR(name)) return true;
    return error_set(thread, &type_TypeError, "attribute name must be string, not '%s'", value_type_name(name));
}

bool class_type_getattribute(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__getattribute__", argc - 1, 1, 1) || !attribute_name(thread, argv[1])) return false;
    if (!IS_TYPE(argv[0])) return generic_getattr(thread, argv[0], AS_STR(argv[1]), result);
    return type_getattr(thread, AS_TYPE(argv[0]), AS_STR(argv[1]), result, true);
}

bool class_type_setattr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__setattr__", argc - 1, 2, 2) || !attribute_name(thread, argv[1])) return false;
    *result = NONE_VALUE;
    if (!IS_TYPE(argv[0])) return generic_setattr(thread, argv[0], AS_STR(argv[1]), argv[2]);
    return type_setattr(thread, AS_TYPE(argv[0]), AS_STR(argv[1]), argv[2]);
}

bool class_type_delattr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__delattr__", argc - 1, 1, 1) || !attribute_name(thread, argv[1])) return false;
    *result = NONE_VALUE;
    if (!IS_TYPE(argv[0])) return generic_delattr(thread, argv[0], AS_STR(argv[1]));
    return type_setattr(thread, AS_TYPE(argv[0]), AS_STR(argv[1]), EMPTY_VALUE);
}

/* ---- LOAD_METHOD ---- */

/* Remember that name number `name_index` of `code` is the plain method
 * `method` on objects of the type of `object`, if where such objects keep
 * their own dict is known to class_method_cached: a plain instance dict,
 * or none at all. */
static void method_cache_fill(Code *code, int name_index, Value object, Value method) {
    Dict **slot = object_instance_dict_slot(object);
    Object *instance = AS_OBJECT(object);
    bool plain_dict = (instance->type->flags & TYPE_HAS_DICT) && !(instance->type->flags & TYPE_EXCEPTION);
    if (slot != NULL && !plain_dict) return;
    if (code->attribute_cache == NULL) {
        code->attribute_cache = calloc(code->names->count, sizeof(AttributeCacheEntry));
        if (code->attribute_cache == NULL) return;
    }
    Type *type = instance->type;
    code->attribute_cache[name_index] = (AttributeCacheEntry){
        type, class_lookup_epoch, type->dict->version, plain_dict ? 1 : 0, ATTRIBUTE_CACHE_METHOD, method};
}

bool class_load_method(Thread *thread, Code *code, int name_index, Value object, Value *method, bool *needs_self) {
    if (!class_lookup_method(thread, object, AS_STR(code->names->items[name_index]), method, needs_self)) return false;
    if (*needs_self && IS_OBJECT(object) && AS_OBJECT(object)->type->dict != NULL)
        method_cache_fill(code, name_index, object, *method);
    return true;
}

bool class_lookup_method(Thread *thread, Value object, Str *name, Value *method, bool *needs_self) {
    AttributePlan plan;
    class_attribute_plan(thread, value_type(object), name, &plan);
    *needs_self = false;
    if ((plan.flags & (PLAN_GENERIC_GET | PLAN_METHOD)) == (PLAN_GENERIC_GET | PLAN_METHOD)) {
        Dict *dict = object_instance_dict(object);
        Value own = dict != NULL ? dict_get_str(dict, name) : EMPTY_VALUE;
        *needs_self = IS_EMPTY(own);
        *method = IS_EMPTY(own) ? plan.attribute : own;
        return true;
    }
    return object_getattr(thread, object, name, method);
}
