/* code.c: the `code` type. A code object is the compiler's output for one
 * module, class body, function, lambda or comprehension: its instructions,
 * per-instruction source positions, exception table, constants and names
 * (layout in code.h). The compiler fills the fields after code_new; the VM
 * and dis only read them. */
#include <stdlib.h>

#include "class.h"
#include "code.h"
#include "error.h"
#include "function.h"
#include "gc.h"
#include "str.h"
#include "tuple.h"

static void code_trace(Object *object, GcTracer *tracer);
static void code_finalize(Object *object);

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
}

static void code_finalize(Object *object) {
    Code *code = (Code *)object;
    free(code->instructions);
    free(code->positions);
    free(code->exception_table);
    free(code->cell_argument);
    code->instructions = NULL;
    code->positions = NULL;
    code->exception_table = NULL;
    code->cell_argument = NULL;
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

void code_init_type(Thread *thread) {
    type_ready(thread, &type_code);
    type_add_methods(thread, &type_code, code_methods);
}
