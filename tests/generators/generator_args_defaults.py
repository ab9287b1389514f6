def g(a, b=10, *rest, key="k"):
    yield a
    yield b
    yield rest
    yield key

print(list(g(1)))
print(list(g(1, 2, 3, 4, key="z")))
