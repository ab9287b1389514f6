def g():
    yield 1

it = g()
try:
    it.send(3)
except TypeError as e:
    print(type(e).__name__, e)
print(it.send(None))
