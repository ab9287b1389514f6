def g():
    yield "a"
    yield "b"

x = g()
y = g()
print(next(x), next(y), next(x), next(y))
