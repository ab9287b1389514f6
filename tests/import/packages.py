# Packages: __init__, submodules as attributes, relative imports, dotted imports.
import sys
import _pkg.sub.deep
print(_pkg.sub.deep.THREE, _pkg.sub.deep.first is _pkg.first, _pkg.deep_alias is _pkg.sub.deep)
print(_pkg.ONE, _pkg.sub.sibling.WHO, hasattr(_pkg, "second"))
print([name for name in sorted(sys.modules) if name.startswith("_pkg")])
print(_pkg.__path__ == [__file__.rsplit("/", 1)[0] + "/_pkg"], _pkg.__package__, _pkg.sub.deep.__package__)
print(_pkg.__spec__.submodule_search_locations == _pkg.__path__, _pkg.__spec__.parent, _pkg.sub.deep.__spec__.parent)
import _pkg.sub.sibling as s
print(s.WHO, s.__name__)
from _pkg import second, sub
print(second.TWO, sub.__name__)
from _pkg.sub import deep
print(deep.__name__)
m = __import__("_pkg.sub", fromlist=["sibling"])
print(m.__name__, __import__("_pkg.sub").__name__)
