# A folder placed before the standard library on sys.path shadows a
# pure-Python stdlib module (heapq) but not a built-in one (time), as in
# CPython; sys.path.append puts a folder after the stdlib.
import sys

here = __file__.rsplit("/", 1)[0]
sys.path.append(here + "/_shadow")
import heapq
print(hasattr(heapq, "SHADOW"), hasattr(heapq, "heappush"))
del sys.modules["heapq"]
sys.path.remove(here + "/_shadow")
sys.path.insert(0, here + "/_shadow")
import heapq
import time
print(heapq.SHADOW, hasattr(time, "SHADOW"), hasattr(time, "sleep"))
