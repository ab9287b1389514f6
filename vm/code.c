/* code.c: the `code` type. A code object is the compiler's output for one
 * module, class body, function, lambda or comprehension: its instructions,
 * per-instruction source positions, exception table, constants and names
 * (layout in code.h). The compiler fills the fields after code_new; the VM
 * and dis only read them. Python sees them through read-only co_*
 * attributes (co_name, co_consts, co_varnames...), as CPython's. */
#include <stdlib.h>

#include "class.h"
#include "code.h"
#include "dict.h"
#include "error.h"
#include "frame.h"
#include "function.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"

static void code_trace(Object *object, GcTracer *tracer);
static size_t code_finalize(Runtime *runtime, Object *object);

Type type_code = {
    .header = {.type = &type_type, .flags = OBJECT_STATIC},
    .c_name = "code",
    .base = &type_object,
    .instance_size = sizeof(Code),
    .flags = TYPE_ABSTRACT_NEW,
    .trace = code_trace,
    .finalize = code_finalize,
};

/* An empty code object: the compiler fills every field. Names default to
 * "?" so a half-built object still prints. */
Code *code_new(Thread *thread) {
    Code *code = ALLOCATE_OBJECT(thread, Code, &type_code);
    if (code == NULL) return NULL;
    code->first_line = 1;
    return code;
}

void code_set_layout(Code *code) {
    size_t slots = (size_t)code->local_count + (size_t)code->cell_count + (size_t)code->free_count +
                   (size_t)code->stack_size;
    size_t size = sizeof(Frame) + slots * sizeof(Value);
    code->frame_bytes = (uint32_t)((size + 15u) & ~(size_t)15u); /* the next frame stays aligned */
    code->plain_parameters = (code->flags & (CODE_VARARGS | CODE_VARKEYWORDS)) == 0 &&
                             code->keyword_only_count == 0 && code->cell_count == 0 && code->free_count == 0;
}

/* Instructions outside the array (a frame that has not started) report the
 * first line, so tracebacks always have something to print. */
SourcePosition code_position(const Code *code, uint32_t index) {
    if (code->positions != NULL && index < code->instruction_count) return code->positions[index];
    SourcePosition none = {code->first_line, code->first_line, -1, -1};
    return none;
}

static void code_mark_tuple(GcTracer *tracer, struct Tuple *tuple) {
    if (tuple != NULL) gc_mark_object(tracer, (Object *)tuple);
}

static void code_trace(Object *object, GcTracer *tracer) {
    Code *code = (Code *)object;
    code_mark_tuple(tracer, code->constants);
    code_mark_tuple(tracer, code->names);
    code_mark_tuple(tracer, code->local_names);
    code_mark_tuple(tracer, code->cell_names);
    code_mark_tuple(tracer, code->free_names);
    if (code->name != NULL) gc_mark_object(tracer, (Object *)code->name);
    if (code->qualname != NULL) gc_mark_object(tracer, (Object *)code->qualname);
    if (code->filename != NULL) gc_mark_object(tracer, (Object *)code->filename);
    /* The memo keeps its dicts alive, so a freed dict's address can never
     * come back with a matching version. */
    if (code->global_cache != NULL && code->names != NULL) {
        for (size_t i = 0; i < code->names->count; i++) {
            GlobalCacheEntry *entry = &code->global_cache[i];
            gc_mark_object(tracer, (Object *)entry->globals);
            gc_mark_object(tracer, (Object *)entry->builtins);
            gc_mark_value(tracer, entry->value);
        }
    }
    /* The same for the attribute memo's classes. */
    if (code->attribute_cache != NULL && code->names != NULL)
        for (size_t i = 0; i < code->names->count; i++) gc_mark_object(tracer, (Object *)code->attribute_cache[i].type);
}

GlobalCacheEntry *code_global_cache(Thread *thread, Code *code) {
    if (code->global_cache != NULL) return code->global_cache;
    size_t count = code->names != NULL ? code->names->count : 0;
    code->global_cache = calloc(count > 0 ? count : 1, sizeof(GlobalCacheEntry));
    if (code->global_cache == NULL) {
        error_no_memory(thread);
        return NULL;
    }
    return code->global_cache;
}

static size_t code_finalize(Runtime *runtime, Object *object) {
    (void)runtime;
    Code *code = (Code *)object;
    free(code->instructions);
    free(code->positions);
    free(code->line_inherited);
    free(code->exception_table);
    free(code->cell_argument);
    free(code->global_cache);
    free(code->attribute_cache);
    code->global_cache = NULL;
    code->attribute_cache = NULL;
    code->instructions = NULL;
    code->positions = NULL;
    code->line_inherited = NULL;
    code->exception_table = NULL;
    code->cell_argument = NULL;
    return 0;
}

/* repr(code): <code object f at 0x..., file "x.py", line 1>, as CPython. */
static bool code_repr_method(Thread *thread, int argc, Value *argv, struct Tuple *kwnames, Value *result) {
    (void)argc;
    (void)kwnames;
    Code *code = AS_CODE(argv[0]);
    Str *text = str_printf(thread, "<code object %s at %p, file \"%s\", line %d>",
                           code->name != NULL ? code->name->chars : "?", (void *)code,
                           code->filename != NULL ? code->filename->chars : "?", code->first_line);
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

static const MethodDef code_methods[] = {
    {"__repr__", code_repr_method},
    {NULL, NULL},
};

/* ---- co_* attributes, read-only as in CPython ---- */

/* A str field, or "?" for a half-built code object. */
static bool code_str_result(Thread *thread, Str *field, Value *result) {
    Str *text = field != NULL ? field : str_from_c(thread, "?");
    if (text == NULL) return false;
    *result = OBJECT_VALUE(text);
    return true;
}

/* A tuple field; the compiler leaves empty ones NULL, Python sees (). */
static bool code_tuple_result(Thread *thread, Tuple *field, Value *result) {
    Tuple *tuple = field != NULL ? field : tuple_new(thread, 0);
    if (tuple == NULL) return false;
    *result = OBJECT_VALUE(tuple);
    return true;
}

static bool code_int_result(int64_t number, Value *result) {
    *result = INT_VALUE(number);
    return true;
}

#define CODE_GETTER(attribute, expression)                                   \
    static bool code_get_##attribute(Thread *thread, Value self, Value *result) { \
        Code *code = AS_CODE(self);                                          \
        (void)thread;                                                        \
        (void)code;                                                          \
        return expression;                                                   \
    }

CODE_GETTER(name, code_str_result(thread, code->name, result))
CODE_GETTER(qualname, code_str_result(thread, code->qualname != NULL ? code->qualname : code->name, result))
CODE_GETTER(filename, code_str_result(thread, code->filename, result))
CODE_GETTER(firstlineno, code_int_result(code->first_line, result))
CODE_GETTER(argcount, code_int_result(code->argument_count, result))
CODE_GETTER(posonlyargcount, code_int_result(code->positional_only_count, result))
CODE_GETTER(kwonlyargcount, code_int_result(code->keyword_only_count, result))
CODE_GETTER(nlocals, code_int_result(code->local_count, result))
CODE_GETTER(stacksize, code_int_result(code->stack_size, result))
CODE_GETTER(flags, code_int_result(code->flags, result))
CODE_GETTER(varnames, code_tuple_result(thread, code->local_names, result))
CODE_GETTER(cellvars, code_tuple_result(thread, code->cell_names, result))
CODE_GETTER(freevars, code_tuple_result(thread, code->free_names, result))
CODE_GETTER(consts, code_tuple_result(thread, code->constants, result))
CODE_GETTER(names, code_tuple_result(thread, code->names, result))

#undef CODE_GETTER

static const GetSetDef code_properties[] = {
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_posonlyargcount", code_get_posonlyargcount, NULL},
    {"co_kwonlyargcount", code_get_kwonlyargcount, NULL},
    {"co_nlocals", code_get_nlocals, NULL},
    {"co_stacksize", code_get_stacksize, NULL},
    {"co_flags", code_get_flags, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_cellvars", code_get_cellvars, NULL},
    {"co_freevars", code_get_freevars, NULL},
    {"co_consts", code_get_consts, NULL},
    {"co_names", code_get_names, NULL},
    {NULL, NULL, NULL},
};

void code_init_type(Thread *thread) {
    type_ready(thread, &type_code);
    type_add_methods(thread, &type_code, code_methods);
    type_add_getsets(thread, &type_code, code_properties);
}
