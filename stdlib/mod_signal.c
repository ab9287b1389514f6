/* mod_signal.c: a minimal signal module, so that a program can send itself
 * Ctrl-C as CPython programs do: os.kill(os.getpid(), signal.SIGINT).
 *
 * Only the constant SIGINT for now, a plain int (CPython's is a member of
 * the IntEnum signal.Signals, equal to 2 too). Baton handles SIGINT itself
 * (vm/thread.c: KeyboardInterrupt in the main thread); signal.signal() and
 * the other signals are not available. */
#include <signal.h>

#include "dict.h"
#include "modules.h"

bool signal_module_init(Thread *thread, Module *module) {
    return dict_set_c(thread, module->dict, "SIGINT", INT_VALUE(SIGINT));
}
