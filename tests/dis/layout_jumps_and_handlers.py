# The parts of the dis layout beyond straight-line code, each checked
# against python3 -m dis on the same function: ">>" on every jump target
# and exception handler, "(to N)" with the target's offset, the meanings of
# COMPARE_OP, IS_OP, CONTAINS_OP, FORMAT_VALUE, MAKE_FUNCTION and
# BUILD_SLICE arguments, the ExceptionTable block ("start to end -> target
# [depth]" with " lasti"), and nested code objects printed after their
# parent under "Disassembly of <code object ...>:" (addresses hidden).
# Baton's jump arguments are instruction indexes, CPython's are relative.
import dis
from _capture import show


def branches(items, limit):
    total = 0
    for item in items:
        if item is None or item in (1, 2):
            continue
        if item < limit:
            total += item
        else:
            break
    return total


def handlers(value):
    try:
        result = 10 // value
    except ZeroDivisionError as error:
        result = str(error)
    finally:
        print("done")
    return f"{result!r:>6} {value}"


def nested(scale):
    def times(x, factor=2):
        return x * factor * scale
    return [times(x) for x in range(3)][1:]


show(branches)
print()
show(handlers)
print()
show(nested)
