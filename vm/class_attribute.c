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

#include "dict.h"
#include "error.h"
#include "exception.h"
#include "function.h"
#include "gc.h"
#include "module.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- Instance dicts ---- */

/* Where `object` keeps its dict pointer, or NULL if it has none. */
static Dict **instance_dict_slot(Value object) {
    if (!IS_OBJECT(object)) return NULL;
    Object *o = AS_OBJECT(object);
    if (o->type->flags & TYPE_EXCEPTION) return &((ExceptionObject *)o)->dict;
    if (o->type->flags & TYPE_HAS_DICT) return &((Instance *)o)->dict;
    if (type_is_subtype(o->type, &type_module)) return &((Module *)o)->dict;
    return NULL;
}

Dict *object_instance_dict(Value object) {
    Dict **slot = instance_dict_slot(object);
    return slot != NULL ? *slot : NULL;
}

Dict *object_instance_dict_make(Thread *thread, Value object) {
    Dict **slot = instance_dict_slot(object);
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
    if (type == &type_property || type == &type_getset) return true;
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

/* ---- The generic protocol ---- */

bool generic_getattr_optional(Thread *thread, Value object, Str *name, Value *result, bool raise) {
    Type *type = value_type(object);
    Value attribute = type_lookup(type, name);
    if (!IS_EMPTY(attribute) && class_is_data_descriptor(thread, attribute))
        return class_bind(thread, attribute, object, type, result);
    Dict *dict = object_instance_dict(object);
    if (dict != NULL) {
        Value value = dict_get_str(dict, name);
        if (!IS_EMPTY(value)) {
            *result = value;
            return true;
        }
    }
    if (!IS_EMPTY(attribute)) return class_bind(thread, attribute, object, type, result);
    *result = EMPTY_VALUE;
    if (!raise) return true;
    return error_set(thread, &type_AttributeError, "'%s' object has no attribute '%s'", type_name(type), name->chars);
}

bool generic_getattr(Thread *thread, Value object, Str *name, Value *result) {
    return generic_getattr_optional(thread, object, name, result, true);
}

/* Setting (value) or deleting (EMPTY) an instance attribute. */
static bool generic_store(Thread *thread, Value object, Str *name, Value value) {
    Type *type = value_type(object);
    Value attribute = type_lookup(type, name);
    if (!IS_EMPTY(attribute) && class_is_data_descriptor(thread, attribute))
        return descriptor_set(thread, attribute, object, value);
    Dict *dict = IS_EMPTY(value) ? object_instance_dict(object) : object_instance_dict_make(thread, object);
    if (dict == NULL && error_occurred(thread)) return false;
    if (dict != NULL) {
        if (!IS_EMPTY(value)) return dict_set_str(thread, dict, name, value);
        if (dict_delete_str(dict, name)) return true;
    }
    if (!IS_EMPTY(attribute) && instance_dict_slot(object) == NULL)
        return error_set(thread, &type_AttributeError, "'%s' object attribute '%s' is read-only", type_name(type),
                         name->chars);
    return error_set(thread, &type_AttributeError, "'%s' object has no attribute '%s'", type_name(type), name->chars);
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
    type->version++;
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

bool class_lookup_method(Thread *thread, Value object, Str *name, Value *method, bool *needs_self) {
    Type *type = value_type(object);
    *needs_self = false;
    Value getattribute = type_lookup(type, thread->runtime->names.getattribute);
    if (class_is_native(getattribute, class_object_getattribute)) {
        Value attribute = type_lookup(type, name);
        if (value_is_exact(attribute, &type_function) || is_method_descriptor(attribute)) {
            Dict *dict = object_instance_dict(object);
            Value own = dict != NULL ? dict_get_str(dict, name) : EMPTY_VALUE;
            *needs_self = IS_EMPTY(own);
            *method = IS_EMPTY(own) ? attribute : own;
            return true;
        }
    }
    return object_getattr(thread, object, name, method);
}
