/* builtins.h: the builtins module (print, len, range...) and the small
 * built-in modules of the core (sys). Each module's natives are listed in one
 * MethodDef table in its own file. */
#ifndef BATON_BUILTINS_H
#define BATON_BUILTINS_H

#include "runtime.h"

/* Create the builtins module and set runtime->builtins. */
bool builtins_init(Thread *thread);
/* Create the sys module (argv, exit, stdout/stderr, version, path,
 * getrecursionlimit/setrecursionlimit, modules) and register it. */
bool sys_init(Thread *thread);

/* print() to stdout / stderr from C, with Python's buffering rules: stdout
 * is line-buffered on a terminal, block-buffered otherwise; flushed at exit
 * and before anything is written to stderr. */
void builtins_flush_stdout(Thread *thread);

#endif
