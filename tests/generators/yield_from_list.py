def g():
    yield from [1, 2, 3]
    yield from "ab"
    yield from range(2)

print(list(g()))
