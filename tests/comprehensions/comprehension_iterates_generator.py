def g():
    yield 3
    yield 1
    yield 2

print([x for x in g()])
print({x for x in g()})
print({x: None for x in g()})
