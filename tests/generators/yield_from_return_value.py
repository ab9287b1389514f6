def inner():
    yield 1
    yield 2
    return 42

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield r + 1

print(list(outer()))
