class A: pass
class B(A): pass
class C: pass
objs = [A(), B(), C(), 1]
print([isinstance(o, A) for o in objs])
print([type(o).__name__ for o in objs])
print(isinstance(B(), (C, A)), issubclass(B, B), type(B()) == A)
