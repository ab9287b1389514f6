# An exception raised by a module's body reaches the importer; the module
# is not left in sys.modules, so the next import runs it again.
import sys

try:
    import _raises
except ValueError as error:
    print("caught:", error, "_raises" in sys.modules)

import _raises
