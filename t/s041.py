def f():
    nonlocal x
    yield
    yield 1, 2
    x = yield y
    yield from z
    del a, b[0], c.d, (e, f), [g]
