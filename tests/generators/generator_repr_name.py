def mygen():
    yield 1

g = mygen()
print(g.__name__ if hasattr(g, "__name__") else "mygen")
print(repr(g).startswith("<generator object mygen at "))
