/* builtins.h: the builtins module (print, len, sorted...), the sys module,
 * and the one argument parser every native of this part shares.
 *
 * The builtins are split by concept: builtins.c (the module, objects and
 * attributes, introspection), builtins_args.c (argument parsing),
 * builtins_iter.c (enumerate, zip, map, filter, reversed and the
 * callable_iterator), builtins_reduce.c (sum, min, max, any, all, sorted),
 * builtins_numeric.c (abs, round, divmod, pow, hex, oct, bin),
 * builtins_io.c (print, input). File objects are io.c's; sys is
 * stdlib/mod_sys.c. Each file's natives are listed in one MethodDef table. */
#ifndef BATON_BUILTINS_H
#define BATON_BUILTINS_H

#include "runtime.h"

struct Dict;
struct Tuple;

/* Create the builtins module and set runtime->builtins. */
bool builtins_init(Thread *thread);
/* Create the sys module (argv, exit, stdout/stderr, version, path,
 * getrecursionlimit/setrecursionlimit, modules) and register it. */
bool sys_init(Thread *thread);

/* Flush sys.stdout and sys.stderr (and the original streams behind them)
 * without running Python code. stdout is line-buffered on a terminal and
 * block-buffered otherwise, as CPython's; main.c calls this at exit, after
 * the traceback of an uncaught exception, as CPython does. */
void builtins_flush_stdout(Thread *thread);

/* How a native reports a wrong argument count: CPython's builtins use four
 * families of messages, and each builtin keeps its own. */
typedef enum ArgStyle {
    ARGS_EXACTLY_ONE, /* "len() takes exactly one argument (2 given)" */
    ARGS_NONE,        /* "globals() takes no arguments (1 given)" */
    ARGS_EXPECTED,    /* "getattr expected at least 2 arguments, got 1" */
    ARGS_CLINIC,      /* "pow() takes at most 3 arguments (4 given)", "missing required argument" */
} ArgStyle;

/* The signature of a native, for builtins_parse_args. */
typedef struct ArgSpec {
    const char *name;            /* the name messages show: "getattr" */
    ArgStyle style;              /* which family of count messages */
    int min_args;                /* fewest positional arguments */
    int max_args;                /* most positional arguments; -1: any (the caller reads argv itself) */
    const char *const *params;   /* parameter names, positional ones first, NULL-terminated; NULL: no keywords */
    int positional_only;         /* how many leading params cannot be passed by keyword */
    int keyword_limit;           /* > 0: "takes at most N keyword arguments" (min, max, sort, zip) */
    const char *keyword_owner;   /* the name keyword messages show when not `name` ("sort") */
} ArgSpec;

/* Check argc/kwnames against `spec` with CPython's messages and store one
 * value per parameter in `out` (EMPTY when not given). Without params, out
 * receives the positional arguments (at most max_args). With max_args -1,
 * out receives only the keyword parameters and argv keeps the positionals.
 * `out` may be NULL for ARGS_NONE. */
bool builtins_parse_args(Thread *thread, const ArgSpec *spec, int argc, Value *argv, struct Tuple *kwnames,
                         Value *out);

/* The iterator types of builtins_iter.c. */
extern Type type_enumerate, type_zip, type_map, type_filter, type_reversed;

/* iter(callable, sentinel)'s iterator (builtins_iter.c). */
bool builtins_callable_iterator_new(Thread *thread, Value callable, Value sentinel, Value *result);

/* Registration of the split files' natives into the builtins dict. */
bool builtins_iter_init(Thread *thread, struct Dict *builtins);
bool builtins_reduce_init(Thread *thread, struct Dict *builtins);
bool builtins_numeric_init(Thread *thread, struct Dict *builtins);
bool builtins_io_init(Thread *thread, struct Dict *builtins);

#endif
