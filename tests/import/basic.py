# import, import as, from-import, caching in sys.modules, module attributes.
import sys
import _helper
import _helper as h
from _helper import a, b as c, greet

print(_helper is h, a, c, greet("you"))
import _helper
print("loads:", _helper.loads)
print(sys.modules["_helper"] is _helper)

here = __file__.rsplit("/", 1)[0]
print(_helper.__name__, _helper.__file__ == here + "/_helper.py")
print(repr(_helper.__package__), _helper.__spec__.name, _helper.__spec__.origin == _helper.__file__)
print(type(_helper.__builtins__).__name__, _helper.__doc__)
print(sorted(k for k in vars(_helper) if k.startswith("__")))
print(repr(_helper) == "<module '_helper' from '" + here + "/_helper.py'>")
print(__name__, __package__, __spec__)

# A module's globals are its attributes, and changes are seen by everyone.
_helper.a = "changed"
from _helper import a
print(a)
del sys.modules["_helper"]
import _helper
print("loads after del:", _helper.loads, _helper.a)
