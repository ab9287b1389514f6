/* eval_call.c: argument binding and the call paths.
 *
 * The dispatch loop calls Python functions inline (it pushes the frame that
 * eval_prepare_frame returns and carries on); everything else that calls,
 * from C or from the loop, comes through here: eval_call for any callable,
 * eval_call_function / eval_module / eval_class_body for nested runs of the
 * loop. eval_bind_arguments gives each parameter its value with CPython
 * 3.11's TypeError for every kind of bad call. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "class.h"
#include "dict.h"
#include "error.h"
#include "eval_call.h"
#include "exception.h"
#include "gc.h"
#include "module.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"

/* ---- Recursion accounting ---- */

/* One more Python frame; RecursionError past sys.getrecursionlimit(). */
static bool eval_enter_frame(Thread *thread) {
    if (thread->call_depth > thread->runtime->recursion_limit)
        return error_set(thread, &type_RecursionError, "maximum recursion depth exceeded");
    thread->call_depth++;
    return true;
}

/* Half the stack size limit (8 MiB when unlimited or unknown): the other
 * half is left to the natives and C recursions that run past the last
 * check. A thread's stack is as large as the limit (glibc's default). */
static size_t eval_stack_budget_bytes(void) {
    const size_t fallback = (size_t)8 << 20;
    struct rlimit limit;
    if (getrlimit(RLIMIT_STACK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur < ((size_t)1 << 20))
        return fallback / 2;
    size_t size = limit.rlim_cur > (rlim_t)SIZE_MAX ? SIZE_MAX : (size_t)limit.rlim_cur;
    return size / 2;
}

/* Would one more nested run of the loop (or C recursion) overrun the C
 * stack? A nested loop costs one eval_run frame, small in a release build
 * but tens of KiB under AddressSanitizer, so counting levels alone cannot
 * keep a deep recursion through natives (__repr__, __getattr__...) from
 * crashing. The first check on a thread records where its stack starts. */
static bool eval_stack_exhausted(Thread *thread) {
    char here;
    uintptr_t address = (uintptr_t)&here;
    if (thread->c_stack_base == 0) {
        thread->c_stack_base = address;
        thread->c_stack_budget = eval_stack_budget_bytes();
    }
    uintptr_t base = thread->c_stack_base;
    size_t used = base > address ? base - address : address - base;
    return used > thread->c_stack_budget;
}

bool eval_enter_recursion(Thread *thread, const char *where) {
    if (thread->native_depth >= EVAL_NATIVE_DEPTH_LIMIT || thread->call_depth >= thread->runtime->recursion_limit ||
        eval_stack_exhausted(thread))
        return error_set(thread, &type_RecursionError, "maximum recursion depth exceeded%s", where);
    thread->native_depth++;
    thread->call_depth++;
    return true;
}

bool eval_enter_native(Thread *thread) { return eval_enter_recursion(thread, " while calling a Python object"); }

/* ---- Argument binding ---- */

static const char *eval_qualname(Function *function) { return function->qualname->chars; }

/* Join quoted names as CPython lists them: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
static void eval_join_names(StringBuilder *builder, Str **names, int count) {
    for (int i = 0; i < count; i++) {
        if (i > 0) builder_append_c(builder, count == 2 ? " and " : (i == count - 1 ? ", and " : ", "));
        builder_printf(builder, "'%s'", names[i]->chars);
    }
}

/* "f() missing 2 required positional arguments: 'a' and 'b'": the names are
 * the parameters in [start, end) still unbound. */
static bool eval_missing_arguments(Thread *thread, Function *function, Value *slots, int start, int end,
                                   const char *kind) {
    Tuple *names = function->code->local_names;
    Str *missing[end - start > 0 ? end - start : 1];
    int count = 0;
    for (int i = start; i < end; i++)
        if (IS_EMPTY(slots[i])) missing[count++] = AS_STR(names->items[i]);
    StringBuilder builder;
    builder_init(&builder);
    builder_printf(&builder, "%s() missing %d required %s argument%s: ", eval_qualname(function), count, kind,
                   count == 1 ? "" : "s");
    eval_join_names(&builder, missing, count);
    builder_append_char(&builder, '\0');
    error_set(thread, &type_TypeError, "%s", builder.chars);
    builder_free(&builder);
    return false;
}

/* "f() takes 2 positional arguments but 3 were given", with the keyword-only
 * arguments given counted as CPython does. */
static bool eval_too_many_positional(Thread *thread, Function *function, Value *slots, int given) {
    Code *code = function->code;
    int defaults = function->defaults != NULL ? (int)function->defaults->count : 0;
    int keyword_only_given = 0;
    for (int i = code->argument_count; i < code->argument_count + code->keyword_only_count; i++)
        if (!IS_EMPTY(slots[i])) keyword_only_given++;
    char signature[64], keyword_note[96] = "";
    bool plural;
    if (defaults > 0) {
        plural = true;
        snprintf(signature, sizeof signature, "from %d to %d", code->argument_count - defaults, code->argument_count);
    } else {
        plural = code->argument_count != 1;
        snprintf(signature, sizeof signature, "%d", code->argument_count);
    }
    if (keyword_only_given > 0)
        snprintf(keyword_note, sizeof keyword_note, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", keyword_only_given, keyword_only_given != 1 ? "s" : "");
    return error_set(thread, &type_TypeError, "%s() takes %s positional argument%s but %d%s %s given",
                     eval_qualname(function), signature, plural ? "s" : "", given, keyword_note,
                     given == 1 && keyword_only_given == 0 ? "was" : "were");
}

/* The parameter index named `name` among [start, end), or -1. */
static int eval_find_parameter(Tuple *names, Str *name, int start, int end) {
    for (int i = start; i < end; i++)
        if (AS_OBJECT(names->items[i]) == (Object *)name) return i;
    for (int i = start; i < end; i++)
        if (str_equal(AS_STR(names->items[i]), name)) return i;
    return -1;
}

/* An unknown keyword: either a positional-only parameter passed by name, or
 * simply unexpected. */
static bool eval_bad_keyword(Thread *thread, Function *function, Tuple *kwnames, Str *name) {
    Code *code = function->code;
    if (eval_find_parameter(code->local_names, name, 0, code->positional_only_count) < 0)
        return error_set(thread, &type_TypeError, "%s() got an unexpected keyword argument '%s'",
                         eval_qualname(function), name->chars);
    StringBuilder builder;
    builder_init(&builder);
    int count = 0;
    for (size_t k = 0; k < kwnames->count; k++) {
        Str *keyword = AS_STR(kwnames->items[k]);
        if (eval_find_parameter(code->local_names, keyword, 0, code->positional_only_count) < 0) continue;
        if (count++ > 0) builder_append_c(&builder, ", ");
        builder_append_str(&builder, keyword);
    }
    builder_append_char(&builder, '\0');
    error_set(thread, &type_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
              eval_qualname(function), builder.chars);
    builder_free(&builder);
    return false;
}

/* Bind keyword arguments to parameters, or into **kwargs. */
static bool eval_bind_keywords(Thread *thread, Function *function, Value *slots, Value *values, Tuple *kwnames,
                               Dict *kwargs) {
    Code *code = function->code;
    int total = code->argument_count + code->keyword_only_count;
    for (size_t k = 0; k < kwnames->count; k++) {
        Str *name = AS_STR(kwnames->items[k]);
        int index = eval_find_parameter(code->local_names, name, code->positional_only_count, total);
        if (index < 0) {
            if (kwargs == NULL) return eval_bad_keyword(thread, function, kwnames, name);
            if (!dict_set_str(thread, kwargs, name, values[k])) return false;
            continue;
        }
        if (!IS_EMPTY(slots[index]))
            return error_set(thread, &type_TypeError, "%s() got multiple values for argument '%s'",
                             eval_qualname(function), name->chars);
        slots[index] = values[k];
    }
    return true;
}

/* Fill unbound parameters from __defaults__ and __kwdefaults__, then report
 * what is still missing. */
static bool eval_apply_defaults(Thread *thread, Function *function, Value *slots) {
    Code *code = function->code;
    int count = code->argument_count;
    int defaults = function->defaults != NULL ? (int)function->defaults->count : 0;
    for (int i = count - defaults; i < count; i++)
        if (i >= 0 && IS_EMPTY(slots[i])) slots[i] = function->defaults->items[i - (count - defaults)];
    for (int i = 0; i < count; i++)
        if (IS_EMPTY(slots[i])) return eval_missing_arguments(thread, function, slots, 0, count, "positional");
    int total = count + code->keyword_only_count;
    bool missing = false;
    for (int i = count; i < total; i++) {
        if (!IS_EMPTY(slots[i])) continue;
        if (function->keyword_defaults != NULL)
            slots[i] = dict_get_str(function->keyword_defaults, AS_STR(code->local_names->items[i]));
        if (IS_EMPTY(slots[i])) missing = true;
    }
    if (missing) return eval_missing_arguments(thread, function, slots, count, total, "keyword-only");
    return true;
}

bool eval_bind_arguments(Thread *thread, Function *function, Frame *frame, int argc, Value *argv, Tuple *kwnames) {
    Code *code = function->code;
    Value *slots = frame->slots;
    int count = code->argument_count;
    int total = count + code->keyword_only_count;
    bool has_varargs = (code->flags & CODE_VARARGS) != 0;
    int copied = argc < count ? argc : count;
    for (int i = 0; i < copied; i++) slots[i] = argv[i];
    if (has_varargs) {
        Tuple *rest = argc > count ? tuple_from_array(thread, argv + count, (size_t)(argc - count))
                                   : thread->runtime->empty_tuple;
        if (rest == NULL) return false;
        slots[total] = OBJECT_VALUE(rest);
    }
    Dict *kwargs = NULL;
    if (code->flags & CODE_VARKEYWORDS) {
        if ((kwargs = dict_new(thread)) == NULL) return false;
        slots[total + (has_varargs ? 1 : 0)] = OBJECT_VALUE(kwargs);
    }
    if (kwnames != NULL && kwnames->count > 0 &&
        !eval_bind_keywords(thread, function, slots, argv + argc, kwnames, kwargs))
        return false;
    if (argc > count && !has_varargs) return eval_too_many_positional(thread, function, slots, argc);
    return eval_apply_defaults(thread, function, slots);
}

/* Make the cells of the code's cell variables (an argument that is a cell
 * starts with the argument's value) and copy the closure's cells. */
static bool eval_init_cells(Thread *thread, Frame *frame, Function *function) {
    Code *code = frame->code;
    Value *cells = frame->slots + code->local_count;
    for (int i = 0; i < code->cell_count; i++) {
        int32_t argument = code->cell_argument != NULL ? code->cell_argument[i] : -1;
        Cell *cell = cell_new(thread, argument >= 0 ? frame->slots[argument] : EMPTY_VALUE);
        if (cell == NULL) return false;
        cells[i] = OBJECT_VALUE(cell);
    }
    if (code->free_count > 0) {
        Tuple *closure = function != NULL ? function->closure : NULL;
        if (closure == NULL || closure->count < (size_t)code->free_count)
            return error_set(thread, &type_SystemError, "closure of %s() has the wrong size", code->name->chars);
        memcpy(cells + code->cell_count, closure->items, sizeof(Value) * (size_t)code->free_count);
    }
    return true;
}

/* Frame setup shared by every way of running code. */
static Frame *eval_new_frame(Thread *thread, Code *code, Function *function, Dict *globals, Dict *builtins) {
    if (!eval_enter_frame(thread)) return NULL;
    Frame *frame = frame_push(thread, code);
    if (frame == NULL) {
        thread->call_depth--;
        return NULL;
    }
    frame->function = function;
    frame->globals = globals;
    frame->builtins = builtins != NULL ? builtins : thread->runtime->builtins;
    return frame;
}

/* Undo eval_new_frame after a failure before the frame ran. */
static Frame *eval_discard_frame(Thread *thread, Frame *frame) {
    frame_pop(thread, frame);
    thread->call_depth--;
    return NULL;
}

Frame *eval_prepare_frame(Thread *thread, Function *function, int argc, Value *argv, Tuple *kwnames) {
    Frame *plain = kwnames == NULL ? eval_push_plain_frame(thread, function, argc, argv) : NULL;
    return plain != NULL ? plain : eval_bind_frame(thread, function, argc, argv, kwnames);
}

Frame *eval_bind_frame(Thread *thread, Function *function, int argc, Value *argv, Tuple *kwnames) {
    Code *code = function->code;
    Frame *frame = eval_new_frame(thread, code, function, function->globals, function->builtins);
    if (frame == NULL) return NULL;
    bool simple = kwnames == NULL && argc == code->argument_count &&
                  (code->flags & (CODE_VARARGS | CODE_VARKEYWORDS)) == 0 && code->keyword_only_count == 0;
    if (simple) {
        if (argc > 0) memcpy(frame->slots, argv, sizeof(Value) * (size_t)argc); /* argv may be NULL then */
    } else if (!eval_bind_arguments(thread, function, frame, argc, argv, kwnames)) {
        return eval_discard_frame(thread, frame);
    }
    if ((code->cell_count | code->free_count) != 0 && !eval_init_cells(thread, frame, function))
        return eval_discard_frame(thread, frame);
    return frame;
}

/* ---- Entry points that run the loop from C ---- */

bool eval_call_function(Thread *thread, Function *function, int argc, Value *argv, Tuple *kwnames, Value *result) {
    Frame *frame = eval_prepare_frame(thread, function, argc, argv, kwnames);
    if (frame == NULL) return false;
    return eval_run(thread, frame, false, result);
}

/* The builtins a module's code sees: its __builtins__, else the runtime's. */
static Dict *eval_module_builtins(Thread *thread, Dict *globals) {
    Value builtins = dict_get_str(globals, thread->runtime->names.builtins);
    if (value_is_exact(builtins, &type_dict)) return AS_DICT(builtins);
    if (value_is_exact(builtins, &type_module)) return AS_MODULE(builtins)->dict;
    return thread->runtime->builtins;
}

bool eval_module(Thread *thread, Code *code, Dict *globals, Value *result) {
    Frame *frame = eval_new_frame(thread, code, NULL, globals, eval_module_builtins(thread, globals));
    if (frame == NULL) return false;
    frame->locals = globals;
    if ((code->cell_count | code->free_count) != 0 && !eval_init_cells(thread, frame, NULL)) {
        eval_discard_frame(thread, frame);
        return false;
    }
    return eval_run(thread, frame, false, result);
}

bool eval_class_body(Thread *thread, Function *body, Dict *namespace, Value *result) {
    Frame *frame = eval_prepare_frame(thread, body, 0, NULL, NULL);
    if (frame == NULL) return false;
    frame->locals = namespace;
    return eval_run(thread, frame, false, result);
}

/* ---- Calling anything ---- */

/* Copy self and the arguments into one array: `small` when they fit, else
 * the heap (the caller frees it when it differs from `small`). */
#define EVAL_SMALL_ARGS 16
static Value *eval_prepend_self(Thread *thread, Value self, int argc, Value *argv, Tuple *kwnames, Value *small) {
    size_t count = (size_t)argc + (kwnames != NULL ? kwnames->count : 0);
    Value *buffer = count + 1 <= EVAL_SMALL_ARGS ? small : malloc(sizeof(Value) * (count + 1));
    if (buffer == NULL) {
        error_no_memory(thread);
        return NULL;
    }
    buffer[0] = self;
    if (count > 0) memcpy(buffer + 1, argv, sizeof(Value) * count);
    return buffer;
}

/* Call a native or any callable with `self` first. */
static bool eval_call_with_self(Thread *thread, Value callable, NativeFunction *native, Value self, int argc,
                                Value *argv, Tuple *kwnames, Value *result) {
    Value small[EVAL_SMALL_ARGS];
    Value *buffer = eval_prepend_self(thread, self, argc, argv, kwnames, small);
    if (buffer == NULL) return false;
    bool ok = native != NULL ? native->function(thread, argc + 1, buffer, kwnames, result)
                             : eval_call(thread, callable, argc + 1, buffer, kwnames, result);
    if (buffer != small) free(buffer);
    return ok;
}

bool eval_call_native(Thread *thread, NativeFunction *native, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (!IS_EMPTY(native->self))
        return eval_call_with_self(thread, EMPTY_VALUE, native, native->self, argc, argv, kwnames, result);
    if (native->header.type == &type_method_descriptor) {
        /* An unbound method of a built-in type checks its receiver. */
        if (argc < 1)
            return error_set(thread, &type_TypeError, "unbound method %s.%s() needs an argument",
                             type_name(native->owner), native->name);
        if (!value_is_instance(argv[0], native->owner))
            return error_set(thread, &type_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             native->name, type_name(native->owner), value_type_name(argv[0]));
    }
    return native->function(thread, argc, argv, kwnames, result);
}

bool eval_call(Thread *thread, Value callable, int argc, Value *argv, Tuple *kwnames, Value *result) {
    if (IS_OBJECT(callable)) {
        Type *type = AS_OBJECT(callable)->type;
        if (type == &type_function) return eval_call_function(thread, AS_FUNCTION(callable), argc, argv, kwnames, result);
        if (type == &type_native_function || type == &type_method_descriptor)
            return eval_call_native(thread, AS_NATIVE(callable), argc, argv, kwnames, result);
        if (type == &type_method) {
            BoundMethod *method = AS_BOUND_METHOD(callable);
            return eval_call_with_self(thread, method->function, NULL, method->self, argc, argv, kwnames, result);
        }
    }
    return object_call(thread, callable, argc, argv, kwnames, result);
}
