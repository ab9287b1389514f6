class C:
    pass
print(type(C) is type, type(type) is type, isinstance(C, type), isinstance(C(), type))
print(type(int), int.__name__, C.__mro__ == (C, object))
T = type("T", (C,), {"f": lambda self: 42})
print(T().f(), T.__bases__[0].__name__, isinstance(T(), C))
