# dis.dis of a class, a module, a method, a code object and source strings,
# checked against python3 -m dis / CPython's dis.dis on the same objects:
# a class or module prints "Disassembly of NAME:" for each function, method,
# classmethod, staticmethod and nested class in name order, each followed by
# a blank line (properties and plain values are skipped; what cannot be
# disassembled prints "Sorry: ..."); a string is compiled as <dis>, as an
# expression when it is one, and its module code starts with line 0's
# RESUME; depth=0 stops before nested code objects.
import dis
import _dis_target
from _capture import show


class Shapes:
    sides = 4
    size = staticmethod(len)

    def area(self, width):
        return width * self.sides

    @staticmethod
    def unit():
        return 1

    @classmethod
    def make(cls):
        return cls()

    @property
    def name(self):
        return "square"

    class Inner:
        def hello(self):
            return "hi"


show(Shapes)
print("-- module")
show(_dis_target)
print("-- bound method")
show(Shapes().area)
print("-- code object")
show(Shapes.unit.__code__)
print("-- expression")
show("a.b + c[1]")
print("-- statements")
show("x = 1\nif x:\n    del x")
print("-- depth")
show("def f():\n    return lambda: 1", depth=0)
print("-- depth 1")
show("def f():\n    return lambda: 1", depth=1)
