print(type(1), type("a"), type([]), type(None), type(type), type(len), type(print))
class C: pass
print(type(C()), type(C), type(C()) is C, type(3.0).__name__)
print(repr("a"), repr(1.5), repr([1, "x"]), repr(None), repr(int), repr(C).startswith("<class '__main__.C'>"))
T = type("T", (), {"x": 1})
print(T.x, T.__name__)
