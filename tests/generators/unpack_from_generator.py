def g():
    yield 1
    yield 2
    yield 3

a, b, c = g()
print(a, b, c)
first, *rest = g()
print(first, rest)
*init, last = g()
print(init, last)
try:
    x, y = g()
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z, w = g()
except ValueError as e:
    print(type(e).__name__, e)
