def g():
    x = yield
    print("received", x)
    y = yield x * 2
    print("received", y)

it = g()
print(next(it))
print(it.send(21))
try:
    it.send("last")
except StopIteration:
    print("done")
