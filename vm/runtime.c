/* runtime.c: creating and destroying the runtime and its main thread.
 *
 * runtime_create is the one place that knows the start-up order: the heap,
 * the interned names, then every built-in type (each file's *_init_type
 * fills its static types' dicts), then the builtins and sys modules. */
#include "runtime.h"

#include <stdlib.h>

#include "builtins.h"
#include "class.h"
#include "code.h"
#include "dict.h"
#include "error.h"
#include "exception.h"
#include "frame.h"
#include "function.h"
#include "gc.h"
#include "gil.h"
#include "line_trace.h"
#include "list.h"
#include "module.h"
#include "number.h"
#include "ops.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "thread.h"
#include "tuple.h"
#include "bigint.h"
#include "bytes.h"

static bool intern_common_names(Thread *thread) {
    Names *names = &thread->runtime->names;
#define INTERN_NAME(field, text)                         \
    if ((names->field = str_intern_c(thread, text)) == NULL) \
        return false;
    COMMON_NAMES(INTERN_NAME)
#undef INTERN_NAME
    return true;
}

/* Every built-in type's methods, in dependency order: `type` and `object`
 * first, since type_ready gives every other type `object` as its root. */
static void initialize_types(Thread *thread) {
    class_init_types(thread);
    object_init_type(thread);
    str_init_type(thread);
    number_init_types(thread);
    tuple_init_type(thread);
    list_init_type(thread);
    dict_init_type(thread);
    set_init_type(thread);
    range_init_type(thread);
    bytes_init_type(thread);
    function_init_types(thread);
    code_init_type(thread);
    module_init_type(thread);
    exception_init_types(thread);
}

Thread *runtime_create(int argc, char **argv) {
    Runtime *runtime = calloc(1, sizeof(Runtime));
    Thread *thread = calloc(1, sizeof(Thread));
    if (runtime == NULL || thread == NULL) {
        free(runtime);
        free(thread);
        return NULL;
    }
    runtime->argc = argc;
    runtime->argv = argv;
    runtime->program_name = argc > 0 ? argv[0] : "baton";
    runtime->recursion_limit = 1000;
    runtime->int_max_str_digits = BIGINT_DEFAULT_MAX_STR_DIGITS;
    runtime->memory_error = NONE_VALUE;
    gc_initialize(runtime);
    thread->runtime = runtime;
    thread->exception = EMPTY_VALUE;
    thread->handled_exception = EMPTY_VALUE;
    runtime->threads = thread;
    runtime->main_thread = thread;
    runtime->thread_count = 1;
    atomic_store(&runtime->threads_not_stuck, 1);
    /* The main thread holds the GIL from the start. */
    if (!gil_thread_init(thread) || !gil_create(runtime) || !thread_init_main(thread)) return NULL;
    thread->gil_stats.acquisitions = 1;
    thread->gil_stats.held_since_ns = gil_now_ns();
    if (runtime->gc_stress) atomic_store(&thread->eval_breaker, EVAL_BREAKER_COLLECT);

    if (!intern_common_names(thread)) return NULL;
    initialize_types(thread);
    if (error_occurred(thread)) return NULL;
    runtime->empty_tuple = tuple_new(thread, 0);
    runtime->modules = dict_new(thread);
    ExceptionObject *memory_error = exception_new(thread, &type_MemoryError, runtime->empty_tuple);
    if (runtime->empty_tuple == NULL || runtime->modules == NULL || memory_error == NULL) return NULL;
    runtime->memory_error = OBJECT_VALUE(memory_error);
    if (!builtins_init(thread) || !sys_init(thread)) return NULL;
    thread->name = str_from_c(thread, "MainThread");
    if (thread->name == NULL) return NULL;
    return thread;
}

bool runtime_register_static_type(Thread *thread, Type *type) {
    Runtime *runtime = thread->runtime;
    for (size_t i = 0; i < runtime->static_type_count; i++)
        if (runtime->static_types[i] == type) return true;
    if (runtime->static_type_count == runtime->static_type_capacity) {
        size_t capacity = runtime->static_type_capacity < 64 ? 64 : runtime->static_type_capacity * 2;
        Type **types = realloc(runtime->static_types, capacity * sizeof(Type *));
        if (types == NULL) return error_no_memory(thread);
        runtime->static_types = types;
        runtime->static_type_capacity = capacity;
    }
    runtime->static_types[runtime->static_type_count++] = type;
    return true;
}

void runtime_destroy(Runtime *runtime) {
    for (Thread *thread = runtime->threads; thread != NULL;) {
        Thread *next = thread->next_thread;
        frame_free_chunks(thread);
        free(thread->roots);
        gil_thread_free(thread);
        free(thread);
        thread = next;
    }
    runtime->threads = NULL;
    gc_free_all(runtime);
    pool_destroy(&runtime->pool);
    str_table_free(&runtime->interned);
    free(runtime->static_types);
    gil_destroy(runtime);
    line_trace_free(runtime);
    free(runtime);
}

Value runtime_builtin(Thread *thread, const char *name) {
    if (thread->runtime->builtins == NULL) return EMPTY_VALUE;
    return dict_get_c(thread, thread->runtime->builtins, name);
}
