/* repl.h: the interactive loop: `baton` with no script on a terminal, and
 * `baton -i` (after the script, in its globals). docs/repl.md tells how it
 * behaves; repl.c how it works. */
#ifndef BATON_REPL_H
#define BATON_REPL_H

#include "runtime.h"

struct Module;

/* Read, run and echo entries in `module`'s globals until the end of input
 * (true) or an uncaught SystemExit (false, the exception left set for the
 * caller to turn into the exit status). With `banner`, first print the
 * banner on stderr. Tracebacks and Ctrl-C never end the loop. */
bool repl_run(Thread *thread, struct Module *module, bool banner);

#endif
