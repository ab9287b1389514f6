class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, float))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(B, (str, A)), issubclass(A, object))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), isinstance(None, type(None)))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
