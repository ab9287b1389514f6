class C:
    pass

c = C()
print(c.__class__ is C, isinstance(c, object), C.__base__ is object)
print(c.__eq__(c), c.__eq__(1), c.__ne__(1))
print(type(c.__hash__()).__name__, c.__str__() == c.__repr__())
