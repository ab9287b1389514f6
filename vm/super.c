/* super.c: the super type.
 *
 * super(C, obj) looks attributes up in type(obj)'s MRO starting after C and
 * binds what it finds to obj. With no arguments (the usual form inside a
 * method), C comes from the method's __class__ cell, which the compiler
 * creates for any function of a class body that mentions super, and obj is
 * the method's first argument, both read from the calling frame. */
#include "class.h"

#include <stdio.h>

#include "code.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "frame.h"
#include "function.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"

static void super_trace(Object *object, GcTracer *tracer);
static bool super_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result);

Type type_super = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "super",
    .base = &type_object,
    .instance_size = sizeof(Super),
    .flags = TYPE_BASETYPE,
    .trace = super_trace,
    .new_instance = super_new_instance,
};

static void super_trace(Object *object, GcTracer *tracer) {
    Super *super = (Super *)object;
    gc_mark_object(tracer, (Object *)super->type);
    gc_mark_value(tracer, super->self);
    gc_mark_object(tracer, (Object *)super->self_type);
}

/* The class whose MRO super walks: obj itself when it is a subclass of
 * `type` (super in a classmethod), else type(obj). */
static Type *super_check(Thread *thread, Type *type, Value object) {
    if (IS_TYPE(object) && type_is_subtype(AS_TYPE(object), type)) return AS_TYPE(object);
    if (value_is_instance(object, type)) return value_type(object);
    error_set(thread, &type_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* The first argument of the running function: its cell's contents when the
 * argument is captured by a closure. */
static Value super_first_argument(Frame *frame) {
    Code *code = frame->code;
    for (int i = 0; i < code->cell_count; i++) {
        if (code->cell_argument == NULL || code->cell_argument[i] != 0) continue;
        Value cell = frame->slots[code->local_count + i];
        if (value_is_exact(cell, &type_cell)) return AS_CELL(cell)->value;
    }
    return frame->slots[0];
}

/* super() with no arguments: __class__ and the first argument of the
 * calling frame, with CPython's RuntimeErrors. */
static bool super_from_frame(Thread *thread, Type **type, Value *self) {
    Frame *frame = thread->frame;
    if (frame == NULL) return error_set(thread, &type_RuntimeError, "super(): no current frame");
    Code *code = frame->code;
    if (code->argument_count == 0) return error_set(thread, &type_RuntimeError, "super(): no arguments");
    *self = super_first_argument(frame);
    if (IS_EMPTY(*self)) return error_set(thread, &type_RuntimeError, "super(): arg[0] deleted");
    Str *class_name = thread->runtime->names.class;
    for (int i = 0; code->free_names != NULL && i < (int)code->free_names->count; i++) {
        if (!str_equal(AS_STR(code->free_names->items[i]), class_name)) continue;
        Value cell = frame->slots[code->local_count + code->cell_count + i];
        if (!value_is_exact(cell, &type_cell) || IS_EMPTY(AS_CELL(cell)->value))
            return error_set(thread, &type_RuntimeError, "super(): empty __class__ cell");
        Value class_value = AS_CELL(cell)->value;
        if (!IS_TYPE(class_value))
            return error_set(thread, &type_RuntimeError, "super(): __class__ is not a type (%s)",
                             value_type_name(class_value));
        *type = AS_TYPE(class_value);
        return true;
    }
    return error_set(thread, &type_RuntimeError, "super(): __class__ cell not found");
}

/* super(), super(type), super(type, obj) */
static bool super_new_instance(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!error_check_no_kwargs(thread, "super", kwnames)) return false;
    if (argc > 3) return error_set(thread, &type_TypeError, "super() takes at most 2 arguments (%d given)", argc - 1);
    Type *type;
    Value self = EMPTY_VALUE;
    if (argc == 1) {
        if (!super_from_frame(thread, &type, &self)) return false;
    } else {
        if (!IS_TYPE(argv[1]))
            return error_set(thread, &type_TypeError, "super() argument 1 must be a type, not %s",
                             value_type_name(argv[1]));
        type = AS_TYPE(argv[1]);
        if (argc == 3 && !IS_NONE(argv[2])) self = argv[2];
    }
    Type *self_type = NULL;
    if (!IS_EMPTY(self) && (self_type = super_check(thread, type, self)) == NULL) return false;
    Type *super_type = AS_TYPE(argv[0]);
    Super *super = (Super *)object_allocate(thread, super_type, super_type->instance_size);
    if (super == NULL) return false;
    super->type = type;
    super->self = self;
    super->self_type = self_type;
    *result = OBJECT_VALUE(super);
    return true;
}

bool super_getattr(Thread *thread, Value value, Str *name, Value *result, bool raise) {
    Super *super = (Super *)AS_OBJECT(value);
    if (super->self_type != NULL && !str_equal(name, thread->runtime->names.class)) {
        Tuple *mro = super->self_type->mro;
        size_t i = 0;
        while (i < mro->count && AS_OBJECT(mro->items[i]) != &super->type->header) i++;
        for (i++; i < mro->count; i++) {
            Type *type = AS_TYPE(mro->items[i]);
            Value attribute = type->dict != NULL ? dict_get_str(type->dict, name) : EMPTY_VALUE;
            if (IS_EMPTY(attribute)) continue;
            Value instance = value_is(super->self, OBJECT_VALUE(super->self_type)) ? EMPTY_VALUE : super->self;
            return class_bind(thread, attribute, instance, super->self_type, result);
        }
    }
    return generic_getattr_optional(thread, value, name, result, raise);
}

static bool super_getattribute(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)kwnames;
    if (!error_check_argc(thread, "__getattribute__", argc - 1, 1, 1)) return false;
    if (!IS_STR(argv[1]))
        return error_set(thread, &type_TypeError, "attribute name must be string, not '%s'", value_type_name(argv[1]));
    return super_getattr(thread, argv[0], AS_STR(argv[1]), result, true);
}

/* "<super: <class 'C'>, <C object>>" */
static bool super_repr(Thread *thread, int argc, Value *argv, Tuple *kwnames, Value *result) {
    (void)argc, (void)kwnames;
    Super *super = (Super *)AS_OBJECT(argv[0]);
    const char *name = type_name(super->type);
    Str *str = super->self_type != NULL
                   ? str_printf(thread, "<super: <class '%s'>, <%s object>>", name, type_name(super->self_type))
                   : str_printf(thread, "<super: <class '%s'>, NULL>", name);
    if (str == NULL) return false;
    *result = OBJECT_VALUE(str);
    return true;
}

static bool super_get_thisclass(Thread *thread, Value self, Value *result) {
    (void)thread;
    *result = OBJECT_VALUE(((Super *)AS_OBJECT(self))->type);
    return true;
}

static bool super_get_self(Thread *thread, Value self, Value *result) {
    (void)thread;
    Value value = ((Super *)AS_OBJECT(self))->self;
    *result = IS_EMPTY(value) ? NONE_VALUE : value;
    return true;
}

static bool super_get_self_class(Thread *thread, Value self, Value *result) {
    (void)thread;
    Type *type = ((Super *)AS_OBJECT(self))->self_type;
    *result = type != NULL ? OBJECT_VALUE(type) : NONE_VALUE;
    return true;
}

static const MethodDef super_methods[] = {
    {"__getattribute__", super_getattribute},
    {"__repr__", super_repr},
    {NULL, NULL},
};

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {"__self_class__", super_get_self_class, NULL},
    {NULL, NULL, NULL},
};

void super_init_type(Thread *thread) {
    type_ready(thread, &type_super);
    type_add_methods(thread, &type_super, super_methods);
    type_add_getsets(thread, &type_super, super_getsets);
}
