def g():
    print("body")
    yield 1

it = g()
it.close()
print(next(it, "closed before start"))
