def g():
    yield 1
    yield 2

def f(a, b, c=0):
    return a + b + c

print(f(*g()))
print([*g(), *g()])
print((*g(),))
print({*g()})
