def inner():
    try:
        yield 1
    except ValueError:
        print("inner handled")
        yield 2

def outer():
    yield from inner()
    yield 3

it = outer()
print(next(it))
print(it.throw(ValueError))
print(next(it))
