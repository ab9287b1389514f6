class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return False

def g():
    with Ctx():
        yield 1
        yield 2

for x in g():
    print(x)
it = g()
next(it)
it.close()
