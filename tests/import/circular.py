# Circular imports: partially initialised modules, as CPython's.
import sys
import _circ_a
print(_circ_a.A, _circ_a._circ_b.B)

try:
    import _circ_c
except ImportError as error:
    here = __file__.rsplit("/", 1)[0]
    print(str(error).replace(here, "{dir}"))
    print(error.name, error.path.replace(here, "{dir}"))
    print("_circ_c" in sys.modules, "_circ_d" in sys.modules)

from _circ import x, y
print(x.X, y.Y, y.x_value())
