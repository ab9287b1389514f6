/* repl_complete.h: the REPL's tab completion (a LineInputCompleter).
 *
 * As python3's rlcompleter: a plain word completes to keywords, then the
 * names of __main__ and of builtins; "a.b.pre" completes to the attributes
 * of the object that a.b names (found by looking up a and getting b, no
 * other code evaluated), those starting with "_" only when "_" is typed.
 * Callables get "(", keywords a space or a colon. */
#ifndef BATON_REPL_COMPLETE_H
#define BATON_REPL_COMPLETE_H

#include "line_input.h"

struct Dict;

/* `context` is the REPL's globals, a struct Dict *. */
void repl_complete(Thread *thread, void *context, const char *word, LineInputMatches *matches);

#endif
