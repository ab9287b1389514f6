vals = [1, 1.0, True, "1", None, [1]]
print([type(v).__name__ for v in vals])
print([isinstance(v, (int, float)) for v in vals])
print(type(True) is bool, type(1) is int, bool.__mro__ if False else bool.__bases__)
