class A: pass
class B(A): pass
class C(B): pass
c = C()
print(isinstance(c, A), isinstance(c, (int, B)), issubclass(C, A), issubclass(A, C), issubclass(C, (int, A)))
print(type(c) is C, type(c) == B, C.__base__.__name__, [k.__name__ for k in C.__mro__])
print(isinstance(True, bool), isinstance(1, bool), isinstance(None, object), isinstance(int, type))
